#!/usr/bin/env bash
# contact show with the figures kept (after issue 25's last round) against
# working them out at every card (before: the same code path, reached with
# CARNET_KEEP_FIGURES_FROM above the shop's size), one binary, interleaved
# runs so a busy machine weighs on both alike. Prints Markdown table rows:
# median wall time and median peak memory.
#   bash bench/population.sh BINARY DB [RUNS]
set -euo pipefail
BIN=$1 DB=$2 RUNS=${3:-11}
export CARNET_CONFIG=${CARNET_CONFIG:-bench/data/none.toml} CARNET_NOW=${CARNET_NOW:-2024-01-01} NO_COLOR=1
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
one() {
  local s=$(date +%s%N)
  /usr/bin/time -o /tmp/population_peak.txt -f "%M" "$@" >/dev/null 2>&1
  local e=$(date +%s%N)
  echo "$(( (e - s) / 1000000 )) $(tail -1 /tmp/population_peak.txt)"
}
row() {
  local label=$1; shift
  local o=() n=()
  for _ in $(seq "$RUNS"); do
    o+=("$(CARNET_KEEP_FIGURES_FROM=1000000000 one "$BIN" --db "$DB" "$@")")
    n+=("$(one "$BIN" --db "$DB" "$@")")
  done
  local om=$(printf '%s\n' "${o[@]}" | awk '{print $1}' | median) nm=$(printf '%s\n' "${n[@]}" | awk '{print $1}' | median)
  local op=$(printf '%s\n' "${o[@]}" | awk '{print $2}' | median) np=$(printf '%s\n' "${n[@]}" | awk '{print $2}' | median)
  echo "| \`$label\` | $om ms | $nm ms | $((op / 1024)) MB | $((np / 1024)) MB |"
}
echo "| command ($(sqlite3 "$DB" 'select customers from population') customers) | worked out at read (before) | kept figures (after) | peak before | peak after |"
echo "|---|---|---|---|---|"
row "contact show id:4242" contact show id:4242
row "contact show id:4242 --format json" contact show id:4242 --format json
