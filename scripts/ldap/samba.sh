#!/usr/bin/env bash
# Throwaway Samba 4.17 AD DC (Debian 12) for the Latchkey tests: unicodePwd over LDAPS, lockout,
# and a delegated (non-admin) password reset account. No systemd; everything lives in
# $LATCHKEY_LDAP_WORK/samba (default <repo>/.ci-work/ldap). Needs root: Samba's ports are fixed
# (389, 636, 88, 464, 135, 3268, 3269, 49152+) and cannot be moved.
#
#   samba.sh setup    wipe and re-provision the domain EXAMPLE.TEST (server must be stopped)
#   samba.sh start    start samba and wait until it answers over ldaps (fails with the log tail)
#   samba.sh stop     stop samba (by PID) and wait for it to exit
#   samba.sh status   exit 0 if our samba answers over ldaps
#   samba.sh env      print the export lines the Rust tests read
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/ca.sh"

DIR="$LATCHKEY_LDAP_WORK/samba"
CONF="$DIR/etc/smb.conf"
LOG="$DIR/log.samba"
BASE="DC=example,DC=test"
ADMIN_DN="CN=Administrator,CN=Users,$BASE"; ADMIN_PW='Passw0rd!Admin'
SVC_SAM=latchkey-svc; SVC_DN="CN=$SVC_SAM,CN=Users,$BASE"; SVC_PW='Svc#Passw0rd1'
OU="OU=Latchkey,$BASE"
GROUP_DN="CN=SSPR-Users,$OU"
URL=ldaps://127.0.0.1:636
# schema GUIDs
CR_RESET_PASSWORD=00299570-246d-11d0-a768-00aa006e0529
ATTR_LOCKOUT_TIME=28630ebf-41d5-11d1-a9c1-0000f80367c1
ATTR_PWD_LAST_SET=bf967a0a-0de6-11d0-a285-00aa003049e2
CLASS_USER=bf967aba-0de6-11d0-a285-00aa003049e2

die() { printf 'samba.sh: %s\n' "$*" >&2; exit 1; }

need() {
  command -v samba-tool >/dev/null && [ -x /usr/sbin/samba ] \
    || die "Samba AD DC not installed (apt-get install samba samba-ad-dc krb5-user winbind)"
  command -v ldapsearch >/dev/null || die "ldapsearch not found (apt-get install ldap-utils)"
  [ "$(id -u)" = 0 ] || die "the Samba AD DC must run as root (its ports 389/636 are fixed)"
}

our_pid() {
  local f pid
  for f in "$DIR/run/samba.pid" "$DIR/samba.pid.keep"; do
    [ -s "$f" ] || continue
    pid=$(tr -dc 0-9 < "$f")
    [ -n "$pid" ] || continue
    # samba rewrites its command line ("samba: root process"), so check the binary and that it
    # has files of $DIR open
    if [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = /usr/sbin/samba ] \
       && ls -l "/proc/$pid/fd" 2>/dev/null | grep -qF -- "$DIR/"; then
      echo "$pid"; return 0
    fi
  done
  return 1
}

answers() {
  LDAPTLS_CACERT="$CA_DIR/ca.pem" ldapsearch -x -H "$URL" -b "" -s base defaultNamingContext >/dev/null 2>&1
}

cmd_setup() {
  need
  if our_pid >/dev/null; then die "samba is running from $DIR; run '$0 stop' first"; fi
  rm -rf "$DIR"; mkdir -p "$DIR/run"
  : > "$DIR/empty.conf"   # don't inherit /etc/samba/smb.conf
  samba-tool domain provision -s "$DIR/empty.conf" \
    --use-rfc2307 --realm=EXAMPLE.TEST --domain=EXAMPLE --server-role=dc \
    --dns-backend=NONE --adminpass="$ADMIN_PW" --targetdir="$DIR" \
    --host-name=dc1 --host-ip=127.0.0.1 \
    --option="interfaces=lo" --option="bind interfaces only=yes" >"$DIR/provision.log" 2>&1 \
    || { tail -n 30 "$DIR/provision.log" >&2; die "samba-tool domain provision failed; see $DIR/provision.log"; }

  local T="$DIR/private/mytls"
  ldap_ca_issue_leaf "$T" dc1.example.test "IP:127.0.0.1,DNS:localhost,DNS:dc1.example.test" \
    || die "could not create the TLS certificate"

  sed -i '/^\s*server services\s*=/d; /^\s*log file\s*=/d' "$CONF"
  sed -i "/^\[global\]/a\\
\tserver services = ldap, cldap, kdc, rpc\\
\tlog file = $LOG\\
\tncalrpc dir = $DIR/ncalrpc\\
\tpid directory = $DIR/run\\
\told password allowed period = 0\\
\ttls enabled = yes\\
\ttls keyfile = $T/key.pem\\
\ttls certfile = $T/cert.pem\\
\ttls cafile = $T/ca.pem" "$CONF"

  {
    samba-tool domain passwordsettings set -s "$CONF" --account-lockout-threshold=3 \
      --account-lockout-duration=0 --reset-account-lockout-after=0 --min-pwd-age=0 \
      --history-length=3 --min-pwd-length=8 --complexity=on
    samba-tool ou create -s "$CONF" "$OU"
    samba-tool group add -s "$CONF" SSPR-Users --groupou=OU=Latchkey \
      --description="Users allowed to reset their password with Latchkey"
    samba-tool user create -s "$CONF" "$SVC_SAM" "$SVC_PW" --description="Latchkey password reset service"
    samba-tool user setexpiry -s "$CONF" "$SVC_SAM" --noexpiry
  } >"$DIR/setup.log" 2>&1 || { tail -n 30 "$DIR/setup.log" >&2; die "domain setup failed; see $DIR/setup.log"; }

  # Delegation on OU=Latchkey, inherited by user objects below it only:
  # Reset Password (control access right), write lockoutTime, write pwdLastSet.
  local sid sddl
  sid=$(samba-tool user show -s "$CONF" "$SVC_SAM" --attributes=objectSid 2>>"$DIR/setup.log" | sed -n 's/^objectSid: //p')
  [ -n "$sid" ] || die "could not read the SID of $SVC_SAM; see $DIR/setup.log"
  sddl="(OA;CIIO;CR;$CR_RESET_PASSWORD;$CLASS_USER;$sid)"
  sddl+="(OA;CIIO;WP;$ATTR_LOCKOUT_TIME;$CLASS_USER;$sid)"
  sddl+="(OA;CIIO;WP;$ATTR_PWD_LAST_SET;$CLASS_USER;$sid)"
  echo "$sddl" > "$DIR/delegation.sddl"
  samba-tool dsacl set -s "$CONF" --objectdn="$OU" --sddl="$sddl" >>"$DIR/setup.log" 2>&1 \
    || { tail -n 30 "$DIR/setup.log" >&2; die "samba-tool dsacl set failed; see $DIR/setup.log"; }
  echo "samba: set up in $DIR (delegation SDDL in $DIR/delegation.sddl)"
}

cmd_start() {
  need
  [ -f "$CONF" ] || die "not set up: run '$0 setup' first"
  if our_pid >/dev/null; then
    answers && { echo "samba: already running"; return 0; }
    die "samba from $DIR is running but does not answer on $URL; see $LOG"
  fi
  local busy
  busy=$(ss -Hltnp '( sport = :389 or sport = :636 )' 2>/dev/null || true)
  [ -z "$busy" ] || die "something else already listens on port 389/636, which the Samba AD DC needs (stop it first):
$busy"
  rm -f "$DIR/run/samba.pid" "$DIR/samba.pid.keep"
  : > "$LOG"
  /usr/sbin/samba -D -M single -s "$CONF" </dev/null >>"$LOG" 2>&1 || { tail -n 30 "$LOG" >&2; die "samba failed to start; see $LOG"; }
  local i pid=""
  for i in $(seq 1 300); do
    [ -n "$pid" ] || { pid=$(our_pid || true); [ -z "$pid" ] || echo "$pid" > "$DIR/samba.pid.keep"; }
    answers && [ -n "$pid" ] && { echo "samba: running (pid $pid) on $URL"; return 0; }
    sleep 0.1
  done
  echo "---- tail of $LOG" >&2; tail -n 30 "$LOG" >&2 || true
  [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
  die "samba did not answer on $URL within 30 s; see $LOG"
}

cmd_stop() {
  local pid
  pid=$(our_pid) || { echo "samba: not running"; return 0; }
  ldap_stop samba "$pid" "$DIR/run/samba.pid" "$DIR/samba.pid.keep"
}

cmd_env() {
  cat <<E
export LATCHKEY_TEST_LDAP_CA=$CA_DIR/ca.pem
export LATCHKEY_TEST_AD_URL=$URL
export LATCHKEY_TEST_AD_BASE='$BASE'
export LATCHKEY_TEST_AD_ADMIN_DN='$ADMIN_DN'
export LATCHKEY_TEST_AD_ADMIN_PASSWORD='$ADMIN_PW'
export LATCHKEY_TEST_AD_SERVICE_DN='$SVC_DN'
export LATCHKEY_TEST_AD_SERVICE_PASSWORD='$SVC_PW'
export LATCHKEY_TEST_AD_OU='$OU'
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
