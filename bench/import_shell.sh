#!/usr/bin/env bash
# `purchase import` against the sqlite3 shell importing the same CSV into a
# bare table with one index (issue 25's floor), runs interleaved. Prints
# median wall time, CPU time (user + sys) and peak memory of each.
#   bash bench/import_shell.sh BINARY [CSV] [RUNS]
# CSV defaults to the 100,000-customer / 650,000-purchase file.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "$1") RUNS=${3:-5}
DATA=bench/data
mkdir -p "$DATA"
export CARNET_CONFIG=$DATA/none.toml CARNET_NOW=2024-01-01 NO_COLOR=1
[[ -f $DATA/p650k.csv ]] || python3 bench/gen_purchases.py 650000 100000 $DATA/p650k.csv
CSV=${2:-$DATA/p650k.csv}
command -v sqlite3 >/dev/null || { echo "the sqlite3 shell is needed (apt-get install sqlite3)" >&2; exit 1; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { # timed CMD…: "wall_ms cpu_ms peak_kb"
  local s=$(date +%s%N)
  /usr/bin/time -o "$DATA/imp_time.txt" -f "%U %S %M" "$@" >/dev/null 2>&1
  local e=$(date +%s%N)
  read -r u sy m < <(tail -1 "$DATA/imp_time.txt")
  echo "$(( (e - s) / 1000000 )) $(awk -v u=$u -v s=$sy 'BEGIN{printf "%d", (u+s)*1000}') $m"
}
cat > "$DATA/imp_shell.sql" <<SQL
PRAGMA journal_mode = WAL;
CREATE TABLE purchases (customer_id TEXT, date TEXT, amount TEXT);
CREATE INDEX purchases_by_customer ON purchases (customer_id);
.import --csv --skip 1 $CSV purchases
SQL
c=() s=()
for _ in $(seq "$RUNS"); do
  rm -f "$DATA"/imp_carnet.db* "$DATA"/imp_shell.db*
  c+=("$(timed "$BIN" --db "$DATA/imp_carnet.db" purchase import "$CSV" -q)")
  s+=("$(timed sqlite3 "$DATA/imp_shell.db" ".read $DATA/imp_shell.sql")")
done
stat() {
  local w cp p
  w=$(printf '%s\n' "$@" | awk '{print $1}' | median)
  cp=$(printf '%s\n' "$@" | awk '{print $2}' | median)
  p=$(printf '%s\n' "$@" | awk '{print $3}' | median)
  echo "$w ms | $cp ms | $((p / 1024)) MB"
}
rows=$(($(wc -l < "$CSV") - 1))
echo "| import of $rows rows ($(basename "$CSV")), $RUNS runs | wall | CPU | peak |"
echo "|---|---|---|---|"
echo "| carnet \`purchase import\` | $(stat "${c[@]}") |"
echo "| sqlite3 shell \`.import\`, bare table + one index | $(stat "${s[@]}") |"
