#!/usr/bin/env bash
# Directory benchmark: write-back latency (the admin reset step with and without it,
# p50/p99) and the first sync of 10,000 generated accounts, against a throwaway OpenLDAP
# slapd on loopback (scripts/ldap/openldap.sh), release build.
#
#   ./scripts/bench-directory.sh                 (BENCH_USERS=10000 BENCH_RESETS=100)
set -euo pipefail
cd "$(dirname "$0")/.."
export LATCHKEY_LDAP_WORK=${LATCHKEY_LDAP_WORK:-$(mktemp -d /tmp/latchkey-bench-ldap.XXXXXX)}
command -v slapd >/dev/null || [ -x /usr/sbin/slapd ] || { echo "install slapd and ldap-utils (Debian)" >&2; exit 1; }
scripts/ldap/openldap.sh setup >/dev/null
scripts/ldap/openldap.sh start >/dev/null
trap 'scripts/ldap/openldap.sh stop >/dev/null 2>&1 || true' EXIT
eval "$(scripts/ldap/openldap.sh env)"
cargo bench --locked -p latchkey-web --bench directory
