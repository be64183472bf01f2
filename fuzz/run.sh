#!/usr/bin/env bash
# Run every fuzz target for a bounded time (default 60 s each) and stop at
# the first crash, which cargo fuzz saves under fuzz/artifacts/<target>/.
# Needs cargo-fuzz (`cargo install cargo-fuzz`). The toolchain here is
# stable: RUSTC_BOOTSTRAP lets it take the sanitizer flags libFuzzer needs.
#   bash fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(csv_rows vcard amounts dates durations config)
export RUSTC_BOOTSTRAP=1
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  echo "== $t: ${secs}s"
  cargo fuzz run "$t" "corpus/$t" -- -max_total_time="$secs" -max_len=4096 2>&1 | grep -E "^(#[0-9]+.*DONE|Done|==.*ERROR|SUMMARY|thread .* panicked)" || true
  if ls "artifacts/$t"/crash-* >/dev/null 2>&1; then echo "crash in $t: see fuzz/artifacts/$t"; exit 1; fi
done
