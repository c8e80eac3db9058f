#!/usr/bin/env bash
# Throwaway OpenLDAP 2.5 (Debian 12 slapd) for the Latchkey tests: ppolicy, RFC 3062, ldaps, StartTLS.
# No systemd; everything lives in $LATCHKEY_LDAP_WORK/openldap (default <repo>/.ci-work/ldap).
#
#   openldap.sh setup    wipe and recreate the config, database and certs (server must be stopped)
#   openldap.sh start    start slapd and wait until it answers over ldaps (fails with the log tail)
#   openldap.sh stop     stop slapd (by PID) and wait for it to exit
#   openldap.sh status   exit 0 if our slapd answers over ldaps
#   openldap.sh env      print the export lines the Rust tests read
#
# Listens on ldap://127.0.0.1:3890 (StartTLS), ldaps://127.0.0.1:6360 and ldaps://127.0.0.2:6361.
# The leaf cert only names IP:127.0.0.1 and DNS:localhost, so 127.0.0.2:6361 is a TLS name mismatch.
# The default policy (cn=default,ou=policies) ages passwords (pwdMaxAge 90 days, so the overlay
# stamps pwdChangedTime), and the service account may read olcPPolicyDefault in cn=config, to
# find that default policy for password expiry.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/ca.sh"

DIR="$LATCHKEY_LDAP_WORK/openldap"
BASE=dc=example,dc=org
ADMIN_DN="cn=admin,$BASE"; ADMIN_PW=adminpw
SVC_DN="cn=pwreset,ou=services,$BASE"; SVC_PW=servicepw
URL_PLAIN=ldap://127.0.0.1:3890
URL_TLS=ldaps://127.0.0.1:6360
URL_MISMATCH=ldaps://127.0.0.2:6361
LOG="$DIR/slapd.log"

die() { printf 'openldap.sh: %s\n' "$*" >&2; exit 1; }

need() {
  [ -x /usr/sbin/slapd ] && command -v slapadd >/dev/null || die "slapd not installed (apt-get install slapd ldap-utils)"
  command -v ldapsearch >/dev/null || die "ldapsearch not found (apt-get install ldap-utils)"
}

# PID of our slapd, if it is running (slapd removes its pid file before exiting, so keep a copy)
our_pid() {
  local f pid
  for f in "$DIR/slapd.pid" "$DIR/slapd.pid.keep"; do
    [ -s "$f" ] || continue
    pid=$(cat "$f")
    if [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "slapd.*$DIR/slapd.d"; then
      echo "$pid"; return 0
    fi
  done
  return 1
}

answers() {
  LDAPTLS_CACERT="$DIR/tls/ca.pem" ldapsearch -x -H "$URL_TLS" -b "" -s base namingContexts >/dev/null 2>&1
}

cmd_setup() {
  need
  if our_pid >/dev/null; then die "slapd is running from $DIR; run '$0 stop' first"; fi
  rm -rf "$DIR"; mkdir -p "$DIR"/{slapd.d,db}
  ldap_ca_issue_leaf "$DIR/tls" localhost "IP:127.0.0.1,DNS:localhost" || die "could not create the TLS certificate"

  local admin_hash svc_hash
  admin_hash=$(slappasswd -h '{SSHA}' -s "$ADMIN_PW")
  cat > "$DIR/config.ldif" <<L
dn: cn=config
objectClass: olcGlobal
cn: config
olcPidFile: $DIR/slapd.pid
olcArgsFile: $DIR/slapd.args
olcLogLevel: none
olcTLSCertificateFile: $DIR/tls/cert.pem
olcTLSCertificateKeyFile: $DIR/tls/key.pem
olcTLSCACertificateFile: $DIR/tls/ca.pem

dn: cn=module{0},cn=config
objectClass: olcModuleList
cn: module{0}
olcModulePath: /usr/lib/ldap
olcModuleLoad: back_mdb
olcModuleLoad: ppolicy
olcModuleLoad: memberof

dn: cn=schema,cn=config
objectClass: olcSchemaConfig
cn: schema

include: file:///etc/ldap/schema/core.ldif
include: file:///etc/ldap/schema/cosine.ldif
include: file:///etc/ldap/schema/nis.ldif
include: file:///etc/ldap/schema/inetorgperson.ldif

dn: olcDatabase={-1}frontend,cn=config
objectClass: olcDatabaseConfig
objectClass: olcFrontendConfig
olcDatabase: {-1}frontend
olcPasswordHash: {SSHA}

dn: olcDatabase={0}config,cn=config
objectClass: olcDatabaseConfig
olcDatabase: {0}config
olcAccess: {0}to * by dn.exact=gidNumber=0+uidNumber=0,cn=peercred,cn=external,cn=auth manage by * break
olcAccess: {1}to attrs=entry,objectClass,olcPPolicyDefault by dn.exact="$SVC_DN" read by * none
olcAccess: {2}to * by * none

dn: olcDatabase={1}mdb,cn=config
objectClass: olcDatabaseConfig
objectClass: olcMdbConfig
olcDatabase: {1}mdb
olcSuffix: $BASE
olcRootDN: $ADMIN_DN
olcRootPW: $admin_hash
olcDbDirectory: $DIR/db
olcDbMaxSize: 104857600
olcDbIndex: objectClass eq
olcDbIndex: uid,mail,cn eq
olcDbIndex: entryUUID eq
olcDbIndex: modifyTimestamp eq
olcLimits: {0}dn.exact="$SVC_DN" size=unlimited time=unlimited
olcAccess: {0}to attrs=userPassword by self write by dn.exact="$SVC_DN" write by anonymous auth by * none
olcAccess: {1}to attrs=pwdAccountLockedTime,pwdFailureTime,pwdReset by dn.exact="$SVC_DN" manage by self read by users read by * none
olcAccess: {2}to attrs=pwdHistory by dn.exact="$SVC_DN" read by * none
olcAccess: {3}to * by self read by dn.exact="$SVC_DN" read by users read by * none

dn: olcOverlay={0}memberof,olcDatabase={1}mdb,cn=config
objectClass: olcOverlayConfig
objectClass: olcMemberOf
olcOverlay: {0}memberof
olcMemberOfRefInt: TRUE

dn: olcOverlay={1}ppolicy,olcDatabase={1}mdb,cn=config
objectClass: olcOverlayConfig
objectClass: olcPPolicyConfig
olcOverlay: {1}ppolicy
olcPPolicyDefault: cn=default,ou=policies,$BASE
olcPPolicyHashCleartext: TRUE
olcPPolicyUseLockout: TRUE
L
  slapadd -n 0 -F "$DIR/slapd.d" -l "$DIR/config.ldif" >"$DIR/slapadd.log" 2>&1 || { cat "$DIR/slapadd.log" >&2; die "slapadd of cn=config failed"; }

  svc_hash=$(slappasswd -h '{SSHA}' -s "$SVC_PW")
  cat > "$DIR/data.ldif" <<L
dn: $BASE
objectClass: dcObject
objectClass: organization
dc: example
o: Example

dn: ou=people,$BASE
objectClass: organizationalUnit
ou: people

dn: ou=groups,$BASE
objectClass: organizationalUnit
ou: groups

dn: ou=services,$BASE
objectClass: organizationalUnit
ou: services

dn: ou=policies,$BASE
objectClass: organizationalUnit
ou: policies

dn: $SVC_DN
objectClass: organizationalRole
objectClass: simpleSecurityObject
cn: pwreset
userPassword: $svc_hash

dn: cn=default,ou=policies,$BASE
objectClass: organizationalRole
objectClass: pwdPolicy
cn: default
pwdAttribute: userPassword
pwdLockout: TRUE
pwdMaxFailure: 3
pwdLockoutDuration: 0
pwdFailureCountInterval: 0
pwdInHistory: 3
pwdMinLength: 8
pwdCheckQuality: 2
pwdAllowUserChange: TRUE
pwdMustChange: FALSE
pwdMaxAge: 7776000
L
  slapadd -n 1 -F "$DIR/slapd.d" -l "$DIR/data.ldif" >>"$DIR/slapadd.log" 2>&1 || { cat "$DIR/slapadd.log" >&2; die "slapadd of the data failed"; }
  echo "openldap: set up in $DIR"
}

cmd_start() {
  need
  [ -d "$DIR/slapd.d/cn=config" ] || die "not set up: run '$0 setup' first"
  if our_pid >/dev/null; then
    answers && { echo "openldap: already running"; return 0; }
    die "slapd from $DIR is running but does not answer on $URL_TLS; see $LOG"
  fi
  rm -f "$DIR/slapd.pid" "$DIR/slapd.pid.keep"
  # -d keeps slapd in the foreground with its messages in our log; setsid detaches it from us.
  # Level "none" still logs errors (e.g. bind failures); LATCHKEY_SLAPD_DEBUG=stats logs every operation.
  setsid /usr/sbin/slapd -d "${LATCHKEY_SLAPD_DEBUG:-none}" -F "$DIR/slapd.d" \
    -h "$URL_PLAIN/ $URL_TLS/ $URL_MISMATCH/" </dev/null >"$LOG" 2>&1 &
  local pid=$! i
  echo "$pid" > "$DIR/slapd.pid.keep"
  for i in $(seq 1 300); do
    answers && { echo "openldap: running (pid $pid) on $URL_PLAIN $URL_TLS $URL_MISMATCH"; return 0; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "---- tail of $LOG" >&2; tail -n 30 "$LOG" >&2 || true
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    die "slapd did not answer on $URL_TLS within 30 s; see $LOG"
  fi
  die "slapd exited at startup (port 3890/6360/6361 already in use? see $LOG)"
}

cmd_stop() {
  local pid
  pid=$(our_pid) || { echo "openldap: not running"; return 0; }
  ldap_stop openldap "$pid" "$DIR/slapd.pid" "$DIR/slapd.pid.keep"
}

cmd_env() {
  cat <<E
export LATCHKEY_TEST_LDAP_CA=$CA_DIR/ca.pem
export LATCHKEY_TEST_OPENLDAP_URL=$URL_TLS
export LATCHKEY_TEST_OPENLDAP_STARTTLS_URL=$URL_PLAIN
export LATCHKEY_TEST_OPENLDAP_MISMATCH_URL=$URL_MISMATCH
export LATCHKEY_TEST_OPENLDAP_BASE=$BASE
export LATCHKEY_TEST_OPENLDAP_ADMIN_DN=$ADMIN_DN
export LATCHKEY_TEST_OPENLDAP_ADMIN_PASSWORD=$ADMIN_PW
export LATCHKEY_TEST_OPENLDAP_SERVICE_DN=$SVC_DN
export LATCHKEY_TEST_OPENLDAP_SERVICE_PASSWORD=$SVC_PW
E
}

case "${1:-}" in
  setup) cmd_setup ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) our_pid >/dev/null && answers ;;
  env) cmd_env ;;
  *) echo "usage: $0 setup|start|stop|status|env" >&2; exit 2 ;;
esac
