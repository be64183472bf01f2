#!/usr/bin/env bash
# `carnet sync` of a 1,000-customer demo shop to a local Radicale (release
# build; Radicale from target/venv, as .ci/run installs it). Prints the
# first sync's and a no-change sync's wall time; never run by CI.
#   bash bench/sync.sh [CUSTOMERS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
[[ -n ${SKIP_BUILD:-} ]] || cargo build --release --quiet
BIN=$PWD/target/release/carnet
PY=${CARNET_TEST_PYTHON:-$PWD/target/venv/bin/python}
dir=$(mktemp -d)
trap 'kill $rad 2>/dev/null; rm -rf "$dir"' EXIT
mkdir -p "$dir/c/collection-root/shop/contacts" "$dir/c/collection-root/shop/calendar"
echo '{"tag": "VADDRESSBOOK"}' > "$dir/c/collection-root/shop/contacts/.Radicale.props"
echo '{"tag": "VCALENDAR"}' > "$dir/c/collection-root/shop/calendar/.Radicale.props"
echo 'shop:pw' > "$dir/users"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf '[server]\nhosts = 127.0.0.1:%s\n[auth]\ntype = htpasswd\nhtpasswd_filename = %s\nhtpasswd_encryption = plain\n[storage]\nfilesystem_folder = %s\n[logging]\nlevel = warning\n' \
  "$port" "$dir/users" "$dir/c" > "$dir/radicale.conf"
"$PY" -m radicale --config "$dir/radicale.conf" 2>/dev/null & rad=$!
until python3 -c "import socket; socket.create_connection(('127.0.0.1',$port))" 2>/dev/null; do sleep 0.1; done
export CARNET_DB=$dir/shop.db CARNET_CONFIG=$dir/carnet.toml CARNET_NOW=2024-06-30 NO_COLOR=1 CARNET_SYNC_PASSWORD=pw
printf '[sync]\ncarddav = "http://127.0.0.1:%s/shop/contacts/"\ncaldav = "http://127.0.0.1:%s/shop/calendar/"\nusername = "shop"\n' "$port" "$port" > "$CARNET_CONFIG"
"$BIN" demo --customers "$n" -q >/dev/null
t() { local s=$(date +%s%N); /usr/bin/time -f "%U+%S s CPU in carnet" -o "$dir/cpu" "$@" >/dev/null 2>"$dir/err"; local e=$(date +%s%N); echo "$(( (e - s) / 1000000 )) ms ($(cat "$dir/cpu")): $(cat "$dir/err")"; }
echo "first sync of $n customers:  $(t "$BIN" sync)"
echo "no-change sync:              $(t "$BIN" sync)"
echo "no-change sync (again):      $(t "$BIN" sync)"
