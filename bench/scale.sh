#!/usr/bin/env bash
# Every report as of today and the counter commands on one big shop
# (1,000,000 customers / 10,000,000 purchases: bench/gen_purchases.py),
# on SQLite and, given a PostgreSQL URL, on PostgreSQL side by side, runs
# interleaved. Prints one Markdown row per command: median wall time, CPU
# time (user + sys) and peak memory on each engine. Never run by CI.
#   bash bench/scale.sh BINARY [POSTGRES_URL] [RUNS]
# The SQLite shop is made once (bench/data/scale10m.db, by `purchase
# import`); the PostgreSQL one by `db copy --to POSTGRES_URL` from it when
# that database is empty.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "$1") PG=${2:-} RUNS=${3:-5}
DATA=bench/data
mkdir -p "$DATA"
export CARNET_CONFIG=$DATA/none.toml CARNET_NOW=2024-01-01 NO_COLOR=1
[[ -f $DATA/p10m.csv ]] || python3 bench/gen_purchases.py 10000000 1000000 $DATA/p10m.csv
db=$DATA/scale10m.db
if [[ ! -f $db ]]; then
  /usr/bin/time -f "sqlite import of 10M rows: %e s wall, %U+%S s CPU, peak %M KB" "$BIN" --db $db purchase import $DATA/p10m.csv -q
  "$BIN" --db $db report refresh -q >/dev/null 2>&1 || true
fi
if [[ -n $PG ]] && [[ "$("$BIN" --db "$PG" contact list --limit 1 --format csv 2>/dev/null | wc -l)" -lt 2 ]]; then
  /usr/bin/time -f "db copy to PostgreSQL: %e s wall, %U+%S s CPU, peak %M KB" "$BIN" --db $db db copy --to "$PG"
  "$BIN" --db "$PG" report refresh -q >/dev/null 2>&1 || true
fi

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# one DB ARGS...: "wall_ms cpu_ms peak_kb" of one run.
one() {
  local d=$1; shift
  local s=$(date +%s%N)
  /usr/bin/time -o "$DATA/scale_time.txt" -f "%U %S %M" "$BIN" --db "$d" "$@" >/dev/null 2>"$DATA/scale_err.txt" || { echo "failed: $* on $d: $(head -c 300 "$DATA/scale_err.txt")" >&2; }
  local e=$(date +%s%N)
  read -r u sy m < <(tail -1 "$DATA/scale_time.txt")
  echo "$(( (e - s) / 1000000 )) $(awk -v u=$u -v s=$sy 'BEGIN{printf "%d", (u+s)*1000}') $m"
}
cols() { printf '%s\n' "$@" | awk -v k=$1 '{print $k}'; }
stat() { # stat "runs…": "wall cpu peakMB"
  local w c p
  w=$(printf '%s\n' "$@" | awk '{print $1}' | median)
  c=$(printf '%s\n' "$@" | awk '{print $2}' | median)
  p=$(printf '%s\n' "$@" | awk '{print $3}' | median)
  echo "$w ms | $c ms | $((p / 1024)) MB"
}
row() {
  local s=() p=()
  for _ in $(seq "$RUNS"); do
    s+=("$(one $db "$@")")
    [[ -z $PG ]] || p+=("$(one "$PG" "$@")")
  done
  if [[ -n $PG ]]; then
    echo "| \`$*\` | $(stat "${s[@]}") | $(stat "${p[@]}") |"
  else
    echo "| \`$*\` | $(stat "${s[@]}") |"
  fi
}
if [[ -n $PG ]]; then
  echo "| command (1M customers / 10M purchases) | SQLite wall | CPU | peak | PostgreSQL wall | CPU | peak |"
  echo "|---|---|---|---|---|---|---|"
else
  echo "| command (1M customers / 10M purchases) | wall | CPU | peak |"
  echo "|---|---|---|---|"
fi
row contact show C0000042
row purchase list --limit 5
row purchase add C0000042 12.50 -q
row remind
for r in rfm value-matrix pareto pipeline consent clv profitability categories channels cohorts service satisfaction loyalty-matrix loyalty; do
  row report $r
done
row report migration --from 2023-07-01 --to 2024-01-01
row report rfm --customers --format csv
row report clv --customers --format csv
row segment list
