#!/usr/bin/env bash
# Load driver: a release build of Latchkey under wrk, on loopback only, bounded in time.
#
#  1. pages alone: GET / (the sign-in page) as fast as wrk can ask;
#  2. hashing saturated: sign-ins with wrong passwords for random unknown users (each costs
#     one Argon2id verification with the default OWASP parameters) while a second wrk
#     measures the latency of cheap requests (GET /healthz) at the same time;
#  3. resident memory when idle and its peak under load.
#
#   ./scripts/load.sh [SECONDS]      (default 10 per phase)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
command -v wrk >/dev/null || { echo "install wrk (Debian package wrk)" >&2; exit 1; }
cargo build --release --locked -p latchkey >/dev/null
BIN=target/release/latchkey
WORK=$(mktemp -d /tmp/latchkey-load.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"

LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD=Load-Test-Admin-1 LATCHKEY_LOG=warn \
  "$BIN" serve --listen "127.0.0.1:$PORT" --data-dir "$WORK/data" >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -fs "$URL/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
rss() { awk '/VmRSS/ {print $2}' "/proc/$PID/status"; }
HWM() { awk '/VmHWM/ {print $2}' "/proc/$PID/status"; }
# Idle: after start-up work (migrations, the first hash) has settled.
sleep 15
IDLE=$(rss)

COOKIE=$(curl -s -D - "$URL/" -o "$WORK/page.html" | awk -F': ' 'tolower($1)=="set-cookie" {split($2,a,";"); print a[1]}')
TOKEN=$(grep -o 'name="csrf" value="[^"]*"' "$WORK/page.html" | head -n1 | sed 's/.*value="//; s/"$//')

cat > "$WORK/signin.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "$COOKIE"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) busy = 0; other = 0; math.randomseed(os.time() + math.floor(os.clock() * 1e6)) end
request = function()
  local body = "csrf=$TOKEN&username=load" .. math.random(1, 2000000000) .. "&password=wrong-" .. math.random(1, 2000000000)
  return wrk.format(nil, "/", nil, body)
end
response = function(status)
  if status == 503 then busy = busy + 1 elseif status ~= 401 then other = other + 1 end
end
done = function(summary, latency, requests)
  local b, o = 0, 0
  for _, t in ipairs(threads) do b = b + t:get("busy"); o = o + t:get("other") end
  io.write(string.format("sign-in answers: %d refused fast with 503 (hashing queue full), %d unexpected statuses\n", b, o))
end
LUA

echo "== 1. pages alone: GET / for ${DURATION}s"
wrk -t2 -c64 -d"${DURATION}s" --latency "$URL/" | grep -E "Requests/sec|Latency|99%"
echo
echo "== 2. hashing saturated (POST / sign-ins) + cheap requests (GET /healthz), ${DURATION}s"
wrk -t1 -c8 -d"${DURATION}s" --latency -s "$WORK/signin.lua" "$URL/" > "$WORK/hash.out" &
HASH=$!
sleep 1
wrk -t1 -c4 -d"$((DURATION - 2))s" --latency "$URL/healthz" > "$WORK/cheap.out"
wait $HASH
echo "-- sign-ins (each one Argon2id verification):"
grep -E "Requests/sec|Latency |99%|sign-in answers" "$WORK/hash.out"
echo "-- cheap requests meanwhile:"
grep -E "Requests/sec|Latency |99%" "$WORK/cheap.out"
echo
PEAK=$(HWM)
sleep 25
echo "== 3. memory: idle ${IDLE} KiB resident, peak ${PEAK} KiB under load, $(rss) KiB once idle again"
