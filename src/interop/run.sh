#!/usr/bin/env bash
# Interop test: generates a Python client from proto/ with Debian's protoc, starts the real server
# on a free port with a fresh, unseeded database, and runs src/interop/python/scenario.py against
# it over a socket. Run from the repository root after `make build` (`make interop` does both);
# it needs target/classes and target/classpath.txt.
#
# Debian packages: python3-grpcio python3-protobuf protobuf-compiler protobuf-compiler-grpc.
set -euo pipefail

PY=/usr/bin/python3                  # Debian's python: sees python3-grpcio and python3-protobuf
PROTOC=/usr/bin/protoc               # Debian's protoc 3.21: newer protoc output fails on its runtime
PLUGIN=/usr/bin/grpc_python_plugin   # from protobuf-compiler-grpc
WKT=/usr/include                     # google/protobuf/*.proto, shipped with Debian's protoc

for tool in "$PY" "$PROTOC" "$PLUGIN"; do
  [ -x "$tool" ] || { echo "interop: $tool is missing" >&2; exit 2; }
done
for f in target/classes/dev/claimledger/server/ClaimLedgerServer.class target/classpath.txt; do
  [ -e "$f" ] || { echo "interop: $f is missing; run 'make build' first" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/claimledger-interop.XXXXXX")
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Generated code: the service protos, and minimal wire-compatible copies of google.rpc.Status,
# ErrorInfo and BadRequest (Debian has no python3-googleapis-common-protos).
gen="$work/gen"
mkdir -p "$gen"
"$PROTOC" -I proto -I src/interop/python/rpc_protos -I "$WKT" \
  --python_out="$gen" \
  --plugin=protoc-gen-grpc_python="$PLUGIN" --grpc_python_out="$gen" \
  proto/claimledger/v1/*.proto \
  src/interop/python/rpc_protos/google/rpc/status.proto \
  src/interop/python/rpc_protos/google/rpc/error_details.proto

port=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

log="$work/server.log"
java -cp "target/classes:$(cat target/classpath.txt)" dev.claimledger.server.ClaimLedgerServer \
  --port "$port" --db "$work/ledger.db" --seed=never >"$log" 2>&1 &
server_pid=$!
echo "interop: server pid $server_pid on 127.0.0.1:$port, database $work/ledger.db"

status=0
"$PY" src/interop/python/scenario.py --target "127.0.0.1:$port" --gen "$gen" || status=$?

if [ "$status" -ne 0 ]; then
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "interop: the server exited early" >&2
  fi
  echo "interop: the scenario failed (exit $status); server log follows" >&2
  echo "----- server log -----" >&2
  cat "$log" >&2
  echo "----- end of server log -----" >&2
fi
exit "$status"
