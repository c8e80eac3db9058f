# Shared test CA for the throwaway directory servers (sourced by openldap.sh and samba.sh).
#
# Sets ROOT (repo root), LATCHKEY_LDAP_WORK (default $ROOT/.ci-work/ldap) and CA_DIR, and defines:
#   ldap_ca_ensure                      create $CA_DIR/{ca.pem,ca.key} once (kept across setups)
#   ldap_ca_issue_leaf DIR CN SAN       write DIR/{key.pem,cert.pem,ca.pem}: a CA:FALSE serverAuth leaf
#   ldap_stop NAME PID FILES...         stop PID (TERM, up to 15 s, then KILL) and remove FILES
# rustls/webpki (used by ldap3) needs a real CA + a leaf with an IP SAN when connecting by IP.
ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
LATCHKEY_LDAP_WORK=${LATCHKEY_LDAP_WORK:-$ROOT/.ci-work/ldap}
CA_DIR="$LATCHKEY_LDAP_WORK/ca"

ldap_ca_ensure() {
  command -v openssl >/dev/null || { echo "openssl not found (apt-get install openssl)" >&2; return 1; }
  mkdir -p "$CA_DIR"
  (
    # both scripts may run at once: serialise CA creation
    exec 9>"$CA_DIR/.lock"
    flock 9
    if [ -s "$CA_DIR/ca.pem" ] && [ -s "$CA_DIR/ca.key" ] \
       && openssl x509 -in "$CA_DIR/ca.pem" -noout -checkend 86400 >/dev/null 2>&1; then
      exit 0
    fi
    rm -f "$CA_DIR/ca.pem" "$CA_DIR/ca.key" "$CA_DIR/ca.srl"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Latchkey Test CA" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -keyout "$CA_DIR/ca.key.tmp" -out "$CA_DIR/ca.pem.tmp" 2>/dev/null
    chmod 600 "$CA_DIR/ca.key.tmp"
    mv "$CA_DIR/ca.key.tmp" "$CA_DIR/ca.key"; mv "$CA_DIR/ca.pem.tmp" "$CA_DIR/ca.pem"
  )
}

ldap_ca_issue_leaf() {
  local dir=$1 cn=$2 san=$3
  ldap_ca_ensure || return 1
  mkdir -p "$dir"
  openssl req -newkey rsa:2048 -nodes -subj "/CN=$cn" -keyout "$dir/key.pem" -out "$dir/server.csr" 2>/dev/null || return 1
  printf 'subjectAltName=%s\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' "$san" > "$dir/ext.cnf"
  (
    exec 9>"$CA_DIR/.lock"; flock 9
    openssl x509 -req -in "$dir/server.csr" -CA "$CA_DIR/ca.pem" -CAkey "$CA_DIR/ca.key" -CAcreateserial \
      -days 825 -extfile "$dir/ext.cnf" -out "$dir/cert.pem" 2>/dev/null
  ) || return 1
  cp "$CA_DIR/ca.pem" "$dir/ca.pem"
  chmod 600 "$dir/key.pem"
}

# Stops a server by its PID: TERM, then up to 15 s for it to exit (waiting on the process,
# not its pid file), then KILL; removes the pid files named after it either way.
ldap_stop() {
  local name=$1 pid=$2 i
  shift 2
  kill "$pid" 2>/dev/null || true
  for i in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$@"; echo "$name: stopped"; return 0; }
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true; sleep 0.2
  rm -f "$@"
  echo "$name: had to kill -9 (pid $pid)" >&2
}
