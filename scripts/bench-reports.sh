#!/usr/bin/env bash
# "Usage & insights" against a large audit log: a release build of Latchkey on loopback,
# with EVENTS audit events (default 200,000) spread over the report's 30 days, written
# straight into its SQLite database (the reports don't read the hash chain). Signs in as
# the administrator, views /admin/reports VIEWS times (default 5), and prints each view's
# render time and the server's resident memory (VmRSS) before and after.
#
# Target: each view under a second, and memory up by less than 5 MB over all the views.
#
#   ./scripts/bench-reports.sh [EVENTS] [VIEWS]
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-200000}
VIEWS=${2:-5}
PASSWORD=Bench-Reports-Admin-1
# One cargo build at a time on a shared machine.
if command -v flock >/dev/null; then LOCK=(flock /tmp/latchkey-cargo.lock); else LOCK=(); fi
"${LOCK[@]}" cargo build --release --locked --quiet -p latchkey
BIN=target/release/latchkey
WORK=$(mktemp -d /tmp/latchkey-bench-reports.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"

LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD=$PASSWORD LATCHKEY_CAPTCHA=off LATCHKEY_LOG=warn \
  "$BIN" serve --listen "127.0.0.1:$PORT" --data-dir "$WORK/data" >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -fs "$URL/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fs "$URL/healthz" >/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
rss() { awk '/VmRSS/ {print $2}' "/proc/$PID/status"; }

# The events: resets, unlocks, failed verifications (with a method, some with a reason),
# rejected passwords, blocks and sign-ins, at random times over the last 30 days.
python3 - "$WORK/data/latchkey.db" "$EVENTS" <<'PY'
import sqlite3, sys, time
start = time.monotonic()
db = sqlite3.connect(sys.argv[1], timeout=30)
db.execute("""
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)
INSERT INTO audit_events (time, activity, actor, target, client_ip, result, correlation_id, details)
SELECT ?1 - abs(random()) % (30 * 86400),
       CASE i % 8 WHEN 0 THEN 'Reset password (self-service)'
                  WHEN 1 THEN 'Unlock user account (self-service)'
                  WHEN 2 THEN 'User failed a verification option'
                  WHEN 3 THEN 'User failed a verification option'
                  WHEN 4 THEN 'User submitted a new password'
                  WHEN 5 THEN 'Blocked from self-service password reset'
                  ELSE 'Sign-in' END,
       'user' || (i % 5000), 'user' || (i % 5000), '192.0.2.' || (i % 250),
       CASE WHEN i % 8 IN (2, 3, 4) OR i % 24 = 6 THEN 'failure' ELSE 'success' END,
       lower(hex(randomblob(16))),
       CASE i % 8 WHEN 2 THEN json_object('method', CASE i % 3 WHEN 0 THEN 'email' WHEN 1 THEN 'mobile' ELSE 'app' END)
                  WHEN 3 THEN json_object('method', 'email', 'reason', 'destination did not match')
                  WHEN 4 THEN json_object('rejected', CASE i % 2 WHEN 0 THEN 'too common' ELSE NULL END)
                  WHEN 5 THEN json_object('reason', 'limit', 'count', 5)
                  WHEN 6 THEN json_object('reason', 'wrong password')
                  ELSE '{}' END
FROM n
""", (int(time.time()), int(sys.argv[2])))
db.commit()
print(f"inserted {sys.argv[2]} audit events in {time.monotonic() - start:.1f} s")
PY

# Sign in: the form's CSRF token from the sign-in page, then the form.
JAR="$WORK/cookies"
curl -fs -c "$JAR" "$URL/" -o "$WORK/signin.html"
TOKEN=$(grep -o 'name="csrf" value="[^"]*"' "$WORK/signin.html" | head -n1 | sed 's/.*value="//; s/"$//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null -H "Origin: $URL" \
  --data-urlencode "csrf=$TOKEN" --data-urlencode username=admin --data-urlencode "password=$PASSWORD" "$URL/"
CODE=$(curl -s -b "$JAR" -o "$WORK/reports.html" -w '%{http_code}' "$URL/admin/reports?days=1")
[ "$CODE" = 200 ] && grep -q 'Usage &amp; insights' "$WORK/reports.html" \
  || { echo "could not sign in as admin (GET /admin/reports answered $CODE)" >&2; exit 1; }

sleep 2
BEFORE=$(rss)
echo "RSS before: ${BEFORE} KiB"
for i in $(seq 1 "$VIEWS"); do
  OUT=$(curl -s -b "$JAR" -o "$WORK/reports.html" -w '%{http_code} %{time_total}' "$URL/admin/reports")
  set -- $OUT
  [ "$1" = 200 ] || { echo "view $i answered $1" >&2; exit 1; }
  awk -v i="$i" -v t="$2" -v r="$(rss)" 'BEGIN { printf "view %d: %4.0f ms, RSS %s KiB\n", i, t * 1000, r }'
done
AFTER=$(rss)
echo "RSS after:  ${AFTER} KiB ($(( (AFTER - BEFORE) / 1024 )) MB more; $(( AFTER - BEFORE )) KiB)"
# What the page counted, as a check that the events were seen.
grep -o '<tr><td>User failed a verification option: email</td><td>[0-9]*</td></tr>' "$WORK/reports.html" | head -n1
