#!/usr/bin/env bash
# Two builds side by side on one shop of 100,000 customers / 650,000
# purchases (bench/gen_purchases.py), runs interleaved (old, new, old, new…)
# so a busy hour of this shared machine weighs on both alike. Prints one
# Markdown table row per command: median wall time and peak memory of each.
#   bash bench/compare.sh OLD_BINARY NEW_BINARY [RUNS]
# Build the old binary from the commit before in a directory of its own:
#   git archive BASE | tar -x -C /tmp/before && (cd /tmp/before && cargo build --release)
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=$1 NEW=$2 RUNS=${3:-5}
DATA=bench/data
mkdir -p "$DATA"
export CARNET_CONFIG=$DATA/none.toml CARNET_NOW=2024-01-01 NO_COLOR=1
[[ -f $DATA/p650k.csv ]] || python3 bench/gen_purchases.py 650000 100000 $DATA/p650k.csv

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# one BIN DB ARGS...: "ms peak_kb" of one run.
one() {
  local bin=$1 db=$2; shift 2
  local s=$(date +%s%N)
  /usr/bin/time -o "$DATA/peak.txt" -f "%M" "$bin" --db "$db" "$@" >/dev/null 2>&1
  local peak=$(tail -1 "$DATA/peak.txt")
  local e=$(date +%s%N)
  echo "$(( (e - s) / 1000000 )) $peak"
}
# row LABEL SETUP ARGS...: SETUP (a function or :) runs before each run.
row() {
  local label=$1 setup=$2; shift 2
  local o=() n=()
  for _ in $(seq "$RUNS"); do
    $setup old; o+=("$(one "$OLD" "$DATA/cmp_old.db" "$@")")
    $setup new; n+=("$(one "$NEW" "$DATA/cmp_new.db" "$@")")
  done
  local om=$(printf '%s\n' "${o[@]}" | awk '{print $1}' | median) nm=$(printf '%s\n' "${n[@]}" | awk '{print $1}' | median)
  local op=$(printf '%s\n' "${o[@]}" | awk '{print $2}' | median) np=$(printf '%s\n' "${n[@]}" | awk '{print $2}' | median)
  echo "| \`$label\` | $om ms | $nm ms | $(awk -v a=$om -v b=$nm 'BEGIN{printf "%.2f", (b>0)?a/b:0}')× | $((op / 1024)) MB | $((np / 1024)) MB |"
}
fresh() { rm -f "$DATA/cmp_$1.db" "$DATA/cmp_$1.db-wal" "$DATA/cmp_$1.db-shm"; }
# A copy of the imported shop for each write, so every run writes the same.
copy() { cp "$DATA/base_$1.db" "$DATA/cmp_$1.db"; rm -f "$DATA/cmp_$1.db-wal" "$DATA/cmp_$1.db-shm"; }

echo "| command (100k customers / 650k purchases) | before | after | before/after | peak before | peak after |"
echo "|---|---|---|---|---|---|"
row "purchase import" fresh purchase import "$DATA/p650k.csv" -q
for side in old new; do
  bin=$OLD; [[ $side == new ]] && bin=$NEW
  # The old build rebuilds its kept figures at the first report: done here, untimed.
  "$bin" --db "$DATA/cmp_$side.db" report rfm >/dev/null
  cp "$DATA/cmp_$side.db" "$DATA/base_$side.db"
done
row "report rfm --customers --format csv" : report rfm --customers --format csv
row "report rfm" : report rfm
row "report value-matrix" : report value-matrix
row "report clv --customers --format csv" : report clv --customers --format csv
row "report clv" : report clv
row "segment list" : segment list
row "contact show id:4242" : contact show id:4242
row "purchase list --limit 5" : purchase list --limit 5
row "remind" : remind
row "purchase add" copy purchase add id:4242 12.50 -q
row "import undo 1" copy import undo 1 --yes
