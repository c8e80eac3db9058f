#!/usr/bin/env bash
# Runs schemathesis (property-based API testing from the OpenAPI document) against a real
# `latchkey serve`: every operation, generated inputs, and the two checks that matter here:
# no server error, and every response matches its schema.
#
#   ./scripts/schemathesis.sh [path/to/latchkey]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/debug/latchkey}
command -v schemathesis >/dev/null || python3 -m pip install -q schemathesis >/dev/null \
  || { echo "install schemathesis (pip install schemathesis)" >&2; exit 1; }
WORK=$(mktemp -d /tmp/latchkey-st.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export LATCHKEY_CAPTCHA=off LATCHKEY_PASSWORD_HASH__MEMORY_KIB=1024 LATCHKEY_PASSWORD_HASH__ITERATIONS=1
LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD=Schema-Test-Admin-1 "$BIN" serve --listen "127.0.0.1:$PORT" --data-dir "$WORK/data" >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
TOKEN=$("$BIN" token create --name schemathesis --scope write --owner admin --data-dir "$WORK/data" | tail -n1)
schemathesis run "http://127.0.0.1:$PORT/api/v1/openapi.json" -H "Authorization: Bearer $TOKEN" \
  --checks not_a_server_error,response_schema_conformance --max-examples 15
