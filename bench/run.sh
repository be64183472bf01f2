#!/usr/bin/env bash
# Benchmarks on a release build. Prints medians; never run by CI.
#   bash bench/run.sh [import|categories|list|demo|analytics|remind|campaign|counter|rfmref|clv|clvref|all]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
BIN=$PWD/target/release/carnet
DATA=bench/data
mkdir -p "$DATA"
export CARNET_CONFIG=$DATA/none.toml CARNET_NOW=2024-01-01 NO_COLOR=1

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# time_ms N cmd...: run N times, print the median wall time in ms.
time_ms() {
  local n=$1; shift
  for _ in $(seq "$n"); do
    local s=$(date +%s%N); "$@" >/dev/null 2>&1; local e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | median
}

what=${1:-all}
if [[ $what == import || $what == all ]]; then
  [[ -f $DATA/p10m.csv ]] || python3 bench/gen_purchases.py 10000000 1000000 $DATA/p10m.csv
  for i in 1 2 3; do
    rm -f $DATA/imp.db*
    /usr/bin/time -f "%e s, peak %M KB" "$BIN" --db $DATA/imp.db purchase import $DATA/p10m.csv -q 2>&1 | tail -1
  done | tee $DATA/import.txt
  echo "import 10M rows: median $(awk '{print $1}' $DATA/import.txt | median) s"
fi
if [[ $what == categories || $what == all ]]; then
  # The same 10M rows with a category and a channel column (issue 14:
  # import within 15 % of the plain one; reports under 3 s and 300 MB).
  [[ -f $DATA/p10m_cat.csv ]] || python3 bench/gen_purchases.py 10000000 1000000 $DATA/p10m_cat.csv categories
  for i in 1 2 3; do
    rm -f $DATA/cat.db*
    /usr/bin/time -f "%e s, peak %M KB" "$BIN" --db $DATA/cat.db purchase import $DATA/p10m_cat.csv -q 2>&1 | tail -1
  done | tee $DATA/import_cat.txt
  echo "import 10M rows with category and channel: median $(awk '{print $1}' $DATA/import_cat.txt | median) s"
  for cmd in "report categories" "report categories --cross" "report channels" "report categories --customers --format csv" "report rfm --category Bouquets" "report rfm --category Bouquets --customers --format csv"; do
    ms=$(time_ms 3 "$BIN" --db $DATA/cat.db $cmd)
    peak=$( { /usr/bin/time -f "%M" "$BIN" --db $DATA/cat.db $cmd >/dev/null; } 2>&1 | tail -1)
    echo "10M with categories: $cmd: median $ms ms, peak $((peak / 1024)) MB"
  done
fi
if [[ $what == demo || $what == all ]]; then
  for i in 1 2 3; do
    rm -f $DATA/demo100k.db*
    s=$(date +%s%N); "$BIN" --db $DATA/demo100k.db demo --customers 100000 -q >/dev/null; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | median | sed 's/^/demo --customers 100000: median ms /'
fi
if [[ $what == list || $what == all ]]; then
  [[ -f $DATA/demo100k.db ]] || "$BIN" --db $DATA/demo100k.db demo --customers 100000 -q >/dev/null
  echo "contact list --limit 20 (100k contacts): median $(time_ms 21 "$BIN" --db $DATA/demo100k.db contact list --limit 20) ms"
fi
if [[ $what == analytics || $what == all ]]; then
  for size in p1m p10m; do
    [[ -f $DATA/$size.csv ]] || { [[ $size == p1m ]] && python3 bench/gen_purchases.py 1000000 100000 $DATA/p1m.csv || python3 bench/gen_purchases.py 10000000 1000000 $DATA/p10m.csv; }
    db=$DATA/an_$size.db
    [[ -f $db ]] || "$BIN" --db $db purchase import $DATA/$size.csv -q
    "$BIN" --db $db segment add lapsed --visits 3.. --last-purchase-before 90d -q >/dev/null 2>&1 || true
    "$BIN" --db $db segment add big-at-risk --rfm "at risk" --spent 100.. -q >/dev/null 2>&1 || true
    for cmd in "report rfm --customers --format csv" "report rfm" "report value-matrix" "report value-matrix --customers --format csv" "segment list"; do
      ms=$(time_ms 5 "$BIN" --db $db $cmd)
      peak=$( { /usr/bin/time -f "%M" "$BIN" --db $db $cmd >/dev/null; } 2>&1 | tail -1)
      echo "$size: $cmd: median $ms ms, peak $((peak / 1024)) MB"
    done
  done
fi
if [[ $what == remind || $what == all ]]; then
  db=$DATA/remind100k.db
  if [[ ! -f $db ]]; then
    "$BIN" --db $db demo --customers 100000 -q >/dev/null
    # Top up to 1,000,000 interactions, 1 % with a follow-up (half of them done).
    python3 - "$db" <<'PY'
import sqlite3, sys, random
c = sqlite3.connect(sys.argv[1]); rng = random.Random(7)
n = 1_000_000 - c.execute("select count(*) from interactions").fetchone()[0]
today = c.execute("select max(day) from purchases").fetchone()[0]
rows = []
for i in range(n):
    day = today - rng.randrange(730)
    fu = day + rng.randrange(1, 30) if rng.random() < 0.01 else None
    done = "2024-01-01T00:00:00Z" if fu and rng.random() < 0.5 else None
    rows.append((rng.randrange(1, 100001), "call", "2024-01-01T12:00:00Z", day, "bench", fu, done))
c.executemany("insert into interactions (contact_id, kind, at, day, summary, follow_up, follow_up_done_at) values (?,?,?,?,?,?,?)", rows)
c.commit()
PY
  fi
  echo "remind (100k contacts, $(sqlite3 $db 'select count(*) from interactions') interactions): median $(time_ms 21 "$BIN" --db $db remind) ms; --within 7d: $(time_ms 21 "$BIN" --db $db remind --within 7d) ms; ics: $(time_ms 21 "$BIN" --db $db remind --format ics) ms"
  echo "remind output lines: $("$BIN" --db $db remind | wc -l)"
fi
if [[ $what == campaign || $what == all ]]; then
  db=$DATA/campaign100k.db
  [[ -f $db ]] || "$BIN" --db $db demo --customers 100000 -q >/dev/null
  "$BIN" --db $db segment add everyone --created-before 2100-01-01 -q >/dev/null 2>&1 || true
  "$BIN" --db $db campaign create bench --channel email --segment everyone --holdout 10% -q >/dev/null 2>&1 || true
  "$BIN" --db $db consent withdraw bench-suppressed@example.org --channel email -q >/dev/null 2>&1 || true
  echo "campaign preview (segment of $("$BIN" --db $db segment list --format csv | grep '^everyone,' | cut -d, -f3) contacts, suppression list not empty): median $(time_ms 11 "$BIN" --db $db campaign preview bench --format csv) ms"
fi
if [[ $what == counter || $what == all ]]; then
  # At the counter, on 1M customers / 10M purchases (issue 15: under 50 ms).
  db=$DATA/counter10m.db
  [[ -f $db ]] || { [[ -f $DATA/p10m.csv ]] || python3 bench/gen_purchases.py 10000000 1000000 $DATA/p10m.csv; "$BIN" --db $db purchase import $DATA/p10m.csv -q; }
  "$BIN" --db $db report rfm >/dev/null   # the kept totals in step once after the bulk import
  "$BIN" --db $db contact show C0000042 >/dev/null
  echo "10M: purchase list --limit 5: median $(time_ms 11 "$BIN" --db $db purchase list --limit 5) ms"
  echo "10M: contact show C0000042 (figures kept): median $(time_ms 11 "$BIN" --db $db contact show C0000042) ms"
  echo "10M: purchase add: median $(time_ms 11 "$BIN" --db $db purchase add C0000042 12.50 -q) ms"
  for i in 1 2 3; do
    "$BIN" --db $db purchase add C0000043 3.00 -q >/dev/null
    s=$(date +%s%N); "$BIN" --db $db contact show C0000042 >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
  done | median | sed 's/^/10M: contact show, the first after a sale: median ms /'
  # The first card of a later day stands in with the kept figures (a week
  # at most); past a week it works every customer's figures out again.
  for d in 02 03 04; do
    s=$(date +%s%N); CARNET_NOW=2024-01-$d "$BIN" --db $db contact show C0000042 >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
  done | median | sed 's/^/10M: contact show, the first of a later day: median ms /'
  for d in 2024-01-12 2024-01-20 2024-01-28; do
    s=$(date +%s%N); CARNET_NOW=$d "$BIN" --db $db contact show C0000042 >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
  done | median | sed 's/^/10M: contact show, a week on (figures worked out again): median ms /'
fi
if [[ $what == rfmref || $what == all ]]; then
  # report rfm --customers --format csv against pandas and DuckDB doing the
  # same rule (bench/rfm_pandas.py, bench/rfm_duckdb.py; pip install pandas duckdb).
  [[ -f $DATA/p650k.csv ]] || python3 bench/gen_purchases.py 650000 100000 $DATA/p650k.csv
  db=$DATA/rfm650k.db
  [[ -f $db ]] || "$BIN" --db $db purchase import $DATA/p650k.csv -q
  "$BIN" --db $db report rfm >/dev/null
  [[ -f $DATA/p650k.duckdb ]] || python3 bench/rfm_duckdb.py load $DATA/p650k.csv $DATA/p650k.duckdb
  c=$(time_ms 21 "$BIN" --db $db report rfm --customers --format csv)
  p=$(time_ms 5 python3 bench/rfm_pandas.py $DATA/p650k.csv $CARNET_NOW /tmp/rfm_pandas.csv)
  d=$(time_ms 5 python3 bench/rfm_duckdb.py run $DATA/p650k.duckdb $CARNET_NOW /tmp/rfm_duckdb.csv)
  echo "100k customers / 650k purchases, report rfm --customers --format csv: carnet $c ms, pandas $p ms ($(awk -v a=$p -v b=$c 'BEGIN{printf "%.1f", a/b}')x), DuckDB $d ms ($(awk -v a=$d -v b=$c 'BEGIN{printf "%.1f", a/b}')x)"
fi
if [[ $what == clv || $what == all ]]; then
  # Lifetime value on 1M customers (issue 12: under 2 s and 300 MB).
  [[ -f $DATA/bg1m.csv ]] || python3 bench/gen_bgnbd.py 10000000 1000000 $DATA/bg1m.csv
  db=$DATA/clv1m.db
  [[ -f $db ]] || "$BIN" --db $db purchase import $DATA/bg1m.csv -q
  "$BIN" --db $db report rfm >/dev/null
  for cmd in "report clv --customers --format csv" "report clv" "report clv --model --format json"; do
    ms=$(time_ms 3 "$BIN" --db $db $cmd)
    peak=$( { /usr/bin/time -f "%M" "$BIN" --db $db $cmd >/dev/null; } 2>&1 | tail -1)
    echo "1M customers: $cmd: median $ms ms, peak $((peak / 1024)) MB"
  done
fi
if [[ $what == clvref || $what == all ]]; then
  # report clv --customers --format csv on 100k customers / ~650k purchases
  # against the Python lifetimes package doing the same job end to end
  # (bench/clv_lifetimes.py; pip install lifetimes). Issue 12: at least 40x.
  [[ -f $DATA/bg100k.csv ]] || python3 bench/gen_bgnbd.py 650000 100000 $DATA/bg100k.csv
  db=$DATA/bg100k.db
  [[ -f $db ]] || "$BIN" --db $db purchase import $DATA/bg100k.csv -q
  "$BIN" --db $db report rfm >/dev/null
  c=$(time_ms 21 "$BIN" --db $db report clv --customers --format csv)
  l=$(time_ms 5 python3 bench/clv_lifetimes.py $DATA/bg100k.csv $CARNET_NOW /tmp/clv_lifetimes.csv)
  echo "100k customers, report clv --customers --format csv: carnet $c ms, lifetimes $l ms ($(awk -v a=$l -v b=$c 'BEGIN{printf "%.1f", a/b}')x)"
fi
