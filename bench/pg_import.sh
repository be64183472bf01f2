#!/usr/bin/env bash
# `purchase import` of one CSV into SQLite and into PostgreSQL (COPY), side
# by side, and `db copy` of the imported shop to a server. Release build;
# a server on its unix socket, as `.ci/pg-cluster start` prints its URL.
# Prints medians of RUNS runs (3 by default); never run by CI.
#   CARNET_BENCH_POSTGRES="$(.ci/pg-cluster start)" bash bench/pg_import.sh [ROWS CUSTOMERS]
# Default: 1,000,000 purchases of 100,000 customers (the 100k bench shop's
# size, generated as bench/run.sh does with bench/gen_purchases.py).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${CARNET_BENCH_POSTGRES:?the URL .ci/pg-cluster start prints}
ROWS=${1:-1000000}
CUSTOMERS=${2:-100000}
RUNS=${RUNS:-3}
cargo build --release --quiet
BIN=$PWD/target/release/carnet
DATA=bench/data
mkdir -p "$DATA"
export CARNET_CONFIG=$DATA/none.toml CARNET_NOW=2024-01-01 NO_COLOR=1
CSV=$DATA/pg_p${ROWS}_c${CUSTOMERS}.csv
[[ -f $CSV ]] || python3 bench/gen_purchases.py "$ROWS" "$CUSTOMERS" "$CSV"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# The base URL with its database name replaced (the query, host=..., kept).
url_of() { sed -E "s#^(postgres(ql)?://[^/]*)/[^?]*#\1/$1#" <<<"$BASE"; }
fresh_pg() {
  psql -q "$BASE" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
  url_of "$1"
}
secs() { local s=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; local e=$(date +%s%N); echo "scale=2; ($e - $s) / 1000000000" | bc; }

echo "purchase import of $ROWS rows, $CUSTOMERS customers (all created by the import), $RUNS runs"
for i in $(seq "$RUNS"); do
  rm -f $DATA/pgimp.db*
  secs "$BIN" --db $DATA/pgimp.db purchase import "$CSV" -q
done | tee $DATA/pg_import_sqlite.txt | median | sed 's/^/  SQLite file:  median s /'
for i in $(seq "$RUNS"); do
  url=$(fresh_pg carnet_bench_import)
  # Migrations first, as a shop's server database already has them.
  "$BIN" --db "$url" report refresh >/dev/null 2>&1 || true
  secs "$BIN" --db "$url" purchase import "$CSV" -q
done | tee $DATA/pg_import_pg.txt | median | sed 's/^/  PostgreSQL:   median s /'
url=$(url_of carnet_bench_import)
echo "  rows on the server: $(psql -tA "$url" -c 'SELECT count(*) FROM purchases'), totals rows: $(psql -tA "$url" -c 'SELECT count(*) FROM customer_totals')"

echo "db copy of that shop (SQLite file to an empty server database), $RUNS runs"
rm -f $DATA/pgimp.db*
"$BIN" --db $DATA/pgimp.db purchase import "$CSV" -q
for i in $(seq "$RUNS"); do
  url=$(fresh_pg carnet_bench_copy)
  secs "$BIN" --db $DATA/pgimp.db db copy --to "$url"
done | median | sed 's/^/  db copy:      median s /'
