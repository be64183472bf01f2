#!/usr/bin/env bash
# Eight counters at once on one shop: each process runs a mix of the
# counter's commands (contact show, purchase add, purchase list --limit 5)
# for ROUNDS rounds; every command's wall time is recorded, and the median
# and 99th percentile per command are printed (Markdown). Never run by CI.
#   bash bench/counters.sh BINARY DB_OR_URL [PROCESSES] [ROUNDS]
# DB_OR_URL is a big shop (bench/scale.sh makes one: bench/data/scale10m.db,
# and its PostgreSQL copy).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "$1") DB=$2 P=${3:-8} ROUNDS=${4:-25}
DATA=bench/data
mkdir -p "$DATA"
export CARNET_CONFIG=$DATA/none.toml CARNET_NOW=2024-01-01 NO_COLOR=1
out=$(mktemp -d)
counter() { # counter K: one process's rounds, "command ms" lines
  local k=$1
  for r in $(seq "$ROUNDS"); do
    local c
    c=$(printf 'C%07d' $(( (k * 7919 + r * 104729) % 1000000 )))
    for cmd in "contact show $c" "purchase add $c 4.20 -q" "purchase list --limit 5"; do
      local s=$(date +%s%N)
      # shellcheck disable=SC2086
      "$BIN" --db "$DB" $cmd >/dev/null 2>>"$out/errors" || echo "failed: $cmd" >>"$out/errors"
      local e=$(date +%s%N)
      echo "${cmd%% C*} $(( (e - s) / 1000 ))"
    done
  done >"$out/counter$k"
}
for k in $(seq "$P"); do counter "$k" & done
wait
cat "$out"/counter* | python3 -c '
import sys, collections
t = collections.defaultdict(list)
for line in sys.stdin:
    cmd, us = line.rsplit(" ", 1)
    cmd = cmd.split(" C")[0].replace(" 4.20 -q", "")
    t[cmd].append(int(us) / 1000)
print("| command ('"$P"' processes at once) | runs | median | 99th percentile | max |")
print("|---|---|---|---|---|")
for cmd, v in sorted(t.items()):
    v.sort()
    p = lambda q: v[min(len(v) - 1, int(q * len(v)))]
    print(f"| `{cmd}` | {len(v)} | {p(0.5):.0f} ms | {p(0.99):.0f} ms | {v[-1]:.0f} ms |")
'
if [[ -s $out/errors ]]; then echo "errors:"; sort "$out/errors" | uniq -c | head; fi
rm -rf "$out"
