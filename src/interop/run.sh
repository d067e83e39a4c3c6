#!/usr/bin/env bash
# Generates a Python client from proto/ with Debian's protoc, starts the real server on a free
# port with an empty database, and runs the interop scenario against it over a socket.
# Run from the repository root after `make build` (the Makefile's interop target does both).
set -euo pipefail

PY=/usr/bin/python3          # Debian's python, which sees python3-grpcio and python3-protobuf
PROTOC=/usr/bin/protoc       # Debian's protoc 3.21: newer generated code fails on Debian's runtime
PLUGIN=/usr/bin/grpc_python_plugin

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/gen"
"$PROTOC" -I proto -I src/interop/python/protos -I /usr/include \
  --python_out="$work/gen" --grpc_python_out="$work/gen" --plugin=protoc-gen-grpc_python="$PLUGIN" \
  proto/claimledger/v1/*.proto src/interop/python/protos/interop_rpc.proto

port=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

java -cp "target/classes:$(cat target/classpath.txt)" dev.claimledger.server.ClaimLedgerServer \
  --port "$port" --db "$work/ledger.db" --seed never >"$work/server.log" 2>&1 &
server_pid=$!

if ! "$PY" src/interop/python/scenario.py --target "127.0.0.1:$port" --gen "$work/gen"; then
  echo "interop: the scenario failed; server log follows" >&2
  cat "$work/server.log" >&2
  exit 1
fi
