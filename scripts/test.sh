#!/usr/bin/env bash
# Runs every Latchkey test: formatting, lints, unit, storage conformance on SQLite and
# PostgreSQL, HTTP and CLI tests, and the browser suite in headless Chromium.
#
# It installs what is missing (Debian: chromium, postgresql, slapd, samba; npm: the e2e packages),
# starts a throwaway PostgreSQL on a high loopback port when none answers, and always sets up a
# fresh OpenLDAP (ports 3890/6360/6361) and Samba AD DC (ports 389/636, needs root) under
# .ci-work/ldap (scripts/ldap/). Anything it cannot get makes it fail with a message saying what
# to install; nothing is skipped.
#
#   ./scripts/test.sh            everything
#   ./scripts/test.sh --no-browser   everything but the browser suite (quicker while coding)
#   LATCHKEY_TEST_LDAP_REUSE=1 ./scripts/test.sh   reuse directory servers that already answer
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=${LATCHKEY_TEST_WORK:-$ROOT/.ci-work}
mkdir -p "$WORK"
BROWSER=1
[ "${1:-}" = "--no-browser" ] && BROWSER=0

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root to run: $*"; fi; }
APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null || die "apt-get not found; install these packages by hand: $*"
  if [ $APT_UPDATED = 0 ]; then as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null || die "could not install $*"
}

# ---------------------------------------------------------------- PostgreSQL
PG_STARTED_DIR=""
LDAP_STARTED=""   # directory servers this run started (stopped again on exit)
cleanup() {
  if [ -n "$PG_STARTED_DIR" ]; then
    as_root runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_STARTED_DIR/data" -m fast stop >/dev/null 2>&1 || true
  fi
  for s in $LDAP_STARTED; do ldap_run "$s" stop >/dev/null 2>&1 || true; done
}
trap cleanup EXIT

pg_answers() { psql "$1" -Atqc 'select 1' >/dev/null 2>&1; }

if [ -z "${LATCHKEY_TEST_PG_URL:-}" ]; then
  command -v psql >/dev/null || apt_install postgresql-client
  if pg_answers "postgres://postgres@127.0.0.1:5432/postgres"; then
    export LATCHKEY_TEST_PG_URL="postgres://postgres@127.0.0.1:5432/postgres"
  else
    say "No PostgreSQL on 127.0.0.1:5432: starting a throwaway one on port 55432"
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then apt_install postgresql; PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1); fi
    PG_STARTED_DIR=$(mktemp -d /tmp/latchkey-pg.XXXXXX)
    chown postgres:postgres "$PG_STARTED_DIR" 2>/dev/null || as_root chown postgres:postgres "$PG_STARTED_DIR"
    as_root runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_STARTED_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
      || die "initdb failed (install postgresql)"
    as_root runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_STARTED_DIR/data" -l "$PG_STARTED_DIR/pg.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p 55432 -k $PG_STARTED_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
      || die "PostgreSQL did not start; see $PG_STARTED_DIR/pg.log"
    export LATCHKEY_TEST_PG_URL="postgres://postgres@127.0.0.1:55432/postgres"
  fi
fi
pg_answers "$LATCHKEY_TEST_PG_URL" || die "PostgreSQL at $LATCHKEY_TEST_PG_URL does not answer"
say "PostgreSQL for the conformance suite: $LATCHKEY_TEST_PG_URL"

# ---------------------------------------------------------------- SMTP server for the delivery tests
python3 -c 'import aiosmtpd' 2>/dev/null || python3 -m pip install -q aiosmtpd==1.4.6 \
  || die "could not install aiosmtpd (pip install aiosmtpd==1.4.6)"
command -v oathtool >/dev/null || apt_install oathtool

# ---------------------------------------------------------------- Directory servers (OpenLDAP, Samba AD DC)
export LATCHKEY_LDAP_WORK=${LATCHKEY_LDAP_WORK:-$WORK/ldap}
ldap_run() { as_root env LATCHKEY_LDAP_WORK="$LATCHKEY_LDAP_WORK" "$ROOT/scripts/ldap/$1.sh" "$2"; }
{ [ -x /usr/sbin/slapd ] && command -v ldapsearch >/dev/null; } || apt_install slapd ldap-utils
[ -x /usr/sbin/slapd ] || die "slapd is missing after install (apt-get install slapd ldap-utils)"
{ [ -x /usr/sbin/samba ] && command -v samba-tool >/dev/null; } || apt_install samba samba-ad-dc krb5-user winbind
[ -x /usr/sbin/samba ] || die "samba is missing after install (apt-get install samba samba-ad-dc krb5-user winbind)"

ldap_up() {  # ldap_up openldap|samba "name" "log"
  if [ "${LATCHKEY_TEST_LDAP_REUSE:-0}" = 1 ] && ldap_run "$1" status; then
    say "$2: reusing the running server (LATCHKEY_TEST_LDAP_REUSE=1)"
  else
    say "$2: fresh setup in $LATCHKEY_LDAP_WORK/$1"
    ldap_run "$1" stop >/dev/null || die "$2: could not stop the old server; see $3"
    ldap_run "$1" setup || die "$2: setup failed; see the messages above and $LATCHKEY_LDAP_WORK/$1"
    LDAP_STARTED="$LDAP_STARTED $1"
    ldap_run "$1" start || die "$2: did not start; see $3${4:+ ($4)}"
  fi
  local vars
  vars=$(ldap_run "$1" env) || die "$2: could not read its settings ($ROOT/scripts/ldap/$1.sh env)"
  eval "$vars"
}
ldap_up openldap "OpenLDAP" "$LATCHKEY_LDAP_WORK/openldap/slapd.log" "ports 3890, 6360, 127.0.0.2:6361 must be free"
ldap_up samba "Samba AD DC" "$LATCHKEY_LDAP_WORK/samba/log.samba" \
  "needs root and free ports 389/636: stop any system slapd or samba, e.g. systemctl stop slapd"
say "Directory servers: $LATCHKEY_TEST_OPENLDAP_URL (OpenLDAP), $LATCHKEY_TEST_AD_URL (Samba AD), CA $LATCHKEY_TEST_LDAP_CA"

# ---------------------------------------------------------------- Rust
# ---------------------------------------------------------------- C libraries (webauthn-rs builds on OpenSSL 3)
{ command -v pkg-config >/dev/null && pkg-config --exists 'openssl >= 3'; } || apt_install pkg-config libssl-dev

say "cargo fmt --check"
cargo fmt --all -- --check || die "formatting: run cargo fmt --all"
say "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
say "cargo test (unit, storage conformance on SQLite and PostgreSQL, HTTP, CLI)"
cargo test --workspace --locked 2>&1 | tee "$WORK/cargo-test.log"
RUST_PASSED=$(grep -E '^test result:' "$WORK/cargo-test.log" | awk '{s+=$4} END {print s+0}')
RUST_FAILED=$(grep -E '^test result:' "$WORK/cargo-test.log" | awk '{s+=$6} END {print s+0}')

# ---------------------------------------------------------------- Browser
E2E_PASSED=0; E2E_FAILED=0
if [ $BROWSER = 1 ]; then
  say "Browser suite (headless Chromium, axe-core)"
  [ -x /usr/bin/chromium ] || apt_install chromium
  command -v node >/dev/null || apt_install nodejs npm
  cargo build --locked -p latchkey
  ( cd e2e && { [ -d node_modules/playwright-core ] && [ -d node_modules/axe-core ] || npm ci --no-audit --no-fund; } ) \
    || die "npm could not install the e2e packages"
  set +e
  ( cd e2e && LATCHKEY_BIN="$ROOT/target/debug/latchkey" npm test 2>&1 ) | tee "$WORK/e2e.log"
  E2E_STATUS=${PIPESTATUS[0]}
  set -e
  E2E_PASSED=$(grep -E '^# pass ' "$WORK/e2e.log" | awk '{print $3}' | tail -n1); E2E_PASSED=${E2E_PASSED:-0}
  E2E_FAILED=$(grep -E '^# fail ' "$WORK/e2e.log" | awk '{print $3}' | tail -n1); E2E_FAILED=${E2E_FAILED:-0}
  [ "$E2E_STATUS" = 0 ] || die "browser suite failed"
  [ "$E2E_PASSED" -gt 0 ] || die "browser suite ran no test"
fi

# ---------------------------------------------------------------- API, property-based
say "schemathesis against the OpenAPI document"
cargo build --locked -p latchkey
ST_PASSED=0; ST_FAILED=0
if ./scripts/schemathesis.sh target/debug/latchkey 2>&1 | tee "$WORK/schemathesis.log"; then ST_PASSED=1; else ST_FAILED=1; fi
[ "$ST_FAILED" = 0 ] || die "schemathesis found server errors or responses that break the schema"

echo
echo "tests: $((RUST_PASSED + E2E_PASSED + ST_PASSED)) passed, $((RUST_FAILED + E2E_FAILED + ST_FAILED)) failed"
