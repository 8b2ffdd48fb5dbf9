# shellcheck shell=bash
# Shared helpers for the run-<mta>.sh scripts.  Source it; do not run it.
#
# Layout.  Under $LAB_DIR (default /var/tmp/bouncesink-mta-lab), built once
# and reused:
#   roots/<mta>/        Debian 12 chroot (mmdebstrap) holding that MTA only, so
#                       Postfix, Exim and OpenSMTPD never conflict with each
#                       other or with the host's own MTA packages.
#   roots/<mta>.lock    held while a run uses that chroot (runs of the same
#                       MTA wait for each other, up to $LOCK_WAIT_S seconds)
#   log/mmdebstrap-*    how the chroots were built
# Under $STATE_DIR (default $LAB_DIR), the files of one run; give each run of
# a different MTA its own STATE_DIR (and network namespace) to run them side
# by side:
#   run/  log/          pid files and logs of the helper servers
#   capture/<mta>/      raw messages received by the capture server
#   out/<mta>/          the DSNs, renamed <mta>-<scenario>-<action>.eml
#   sent-<mta>.jsonl    the probes sent (message id, VERP sender, time)
#
# Addresses (loopback only; every service of the lab has its own IP so that
# no MTA can mix them up, see the Exim "continued connection" pitfall):
#   127.0.0.1:2525  bounce sink (capture server, or the sink under test)
#   127.0.0.2:2526  "recipient MX" that rejects according to the local part
#   127.0.1.N:2526  the same server, for the Nth cell of the matrix (matrix.json)
#   127.0.0.3:2527  tarpit (accepts TCP, never greets)
#   127.0.0.4:2599  nothing listens: connection refused
#   127.0.0.5:53    lab DNS (NXDOMAIN / SERVFAIL / null MX), the only
#                   nameserver in every chroot's /etc/resolv.conf
#   127.0.0.1:1002x SMTP submission port of the MTA under test

set -euo pipefail

LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAB_DIR=${LAB_DIR:-/var/tmp/bouncesink-mta-lab}
STATE_DIR=${STATE_DIR:-$LAB_DIR}
LOCK_WAIT_S=${LOCK_WAIT_S:-600}
SINK_ADDR=${SINK_ADDR:-127.0.0.1:2525}
SINK_HOST=${SINK_ADDR%:*}
SINK_PORT=${SINK_ADDR##*:}
# START_CAPTURE=0: do not start the capture server, something else (the sink
# under test) already listens on $SINK_ADDR.
START_CAPTURE=${START_CAPTURE:-1}
REJECT_HOST=127.0.0.2 REJECT_PORT=2526
TARPIT_HOST=127.0.0.3 TARPIT_PORT=2527
CLOSED_HOST=127.0.0.4 CLOSED_PORT=2599
DNS_HOST=127.0.0.5
BOUNCE_DOMAIN=${BOUNCE_DOMAIN:-bounces.example.test}
MTA_HOSTNAME=mta.example.test
# How quickly deferred mail produces "delayed" and then "failed" DSNs.
DELAY_WARNING_S=${DELAY_WARNING_S:-20}
LIFETIME_S=${LIFETIME_S:-60}
RETRY_S=${RETRY_S:-10}
PYTHON=${PYTHON:-/usr/bin/python3}
LABSMTP="$LIB_DIR/labsmtp.py"

# Scenarios: name | recipients (comma separated) | extra options for "send"
# | number of DSNs expected (OpenSMTPD sends 2 for nullmx).  The reject
# server decides by the local part (user-unknown, mailbox-full, ...; "+tag"
# suffixes are ignored), the lab DNS by the domain name (servfail, nullmx,
# anything else is NXDOMAIN).
SCENARIOS=(
  "user-unknown|user-unknown@reject.example.test||1"
  "mailbox-full|mailbox-full@reject.example.test||1"
  "host-unknown|host-unknown@reject.example.test||1"
  "spam-at-data|spam@reject.example.test||1"
  "multi-rcpt|user-unknown+multi@reject.example.test,mailbox-full+multi@reject.example.test,ok+multi@reject.example.test||1"
  "ret-hdrs|user-unknown+hdrs@reject.example.test|--notify FAILURE --ret HDRS --envid ENV-ret-hdrs|1"
  "notify-success|ok+success@reject.example.test|--notify SUCCESS,FAILURE,DELAY --envid ENV-success|1"
  "nxdomain|someone@nosuchdomain.example.test||1"
  "nullmx|someone@nullmx.example.test||1"
  "greylist-4xx|greylist@reject.example.test||2"
  "tempfail-data|tempfail@reject.example.test||2"
  "conn-refused|someone@down.example.test||2"
  "greeting-timeout|someone@tarpit.example.test||2"
  "dns-servfail|someone@servfail.example.test||2"
)

log() { printf '%s [%s] %s\n' "$(date +%T)" "${MTA:-lab}" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

need_root() { [ "$(id -u)" = 0 ] || die "run as root"; }

# apt-get install on the host, waiting for the dpkg lock if needed.
host_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing on the host: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q "${missing[@]}" >/dev/null
}

# The helpers need an interpreter with aiosmtpd: the system python3 with
# python3-aiosmtpd by default, or any PYTHON=... (a virtualenv) that has it.
host_prereqs() {
  if ! "$PYTHON" -c 'import aiosmtpd' 2>/dev/null; then
    [ "$PYTHON" = /usr/bin/python3 ] && host_install python3-aiosmtpd
    "$PYTHON" -c 'import aiosmtpd' 2>/dev/null || die "$PYTHON cannot import aiosmtpd (set PYTHON=...)"
  fi
}

# lock_chroot "$@": run the calling script again under an exclusive lock of
# its MTA's chroot (one run per chroot at a time).  flock -o keeps the lock in
# the flock process only: the MTA daemons the script starts do not inherit it.
lock_chroot() {
  [ -n "${LAB_LOCKED:-}" ] && return 0
  mkdir -p "$LAB_DIR/roots"
  LAB_LOCKED=1 exec flock -o -w "$LOCK_WAIT_S" -E 75 "$LAB_DIR/roots/$MTA.lock" "$0" "$@"
}

# ensure_chroot NAME PACKAGES [DEBCONF-SELECTIONS]
# Builds $LAB_DIR/roots/NAME once (about 15-30 s), then reuses it.
ensure_chroot() {
  local name=$1 pkgs=$2 preseed=${3:-} root="$LAB_DIR/roots/$1" sources aptopts
  if [ ! -e "$root/.lab-complete" ]; then
    rm -rf "$root"
    mkdir -p "$LAB_DIR/roots" "$LAB_DIR/log"
    host_install mmdebstrap
    if [ -e /etc/apt/sources.list.d/debian.sources ]; then
      sources=/etc/apt/sources.list.d/debian.sources
    else
      sources=/etc/apt/sources.list
    fi
    # Carry over the host's proxy / clock-skew settings, if any.
    aptopts=$(apt-config dump | grep -E '^Acquire::(https?::Proxy|Check-Valid-Until|Check-Date) ' || true)
    log "building chroot $root ($pkgs)"
    mmdebstrap --variant=minbase --include="$pkgs" \
      ${aptopts:+--aptopt="$aptopts"} \
      ${preseed:+--essential-hook="printf '%s\n' '$preseed' | chroot \"\$1\" debconf-set-selections"} \
      bookworm "$root" "$sources" >"$LAB_DIR/log/mmdebstrap-$name.log" 2>&1 \
      || die "mmdebstrap failed, see $LAB_DIR/log/mmdebstrap-$name.log"
    touch "$root/.lab-complete"
  fi
  # Name resolution inside the chroot: /etc/hosts, then the lab DNS only.
  # Nothing an MTA in the chroot looks up can ever reach the host's resolver.
  printf 'nameserver %s\noptions attempts:1 timeout:2\n' "$DNS_HOST" >"$root/etc/resolv.conf"
  printf '127.0.0.1\tlocalhost %s\n' "$MTA_HOSTNAME" >"$root/etc/hosts"
  echo "$MTA_HOSTNAME" >"$root/etc/mailname"
  ROOT=$root
}

# ensure_mta_chroot MTA: the chroot of one of the lab MTAs, sets ROOT.
ensure_mta_chroot() {
  case $1 in
    # "No configuration": the package writes no main.cf; run-postfix.sh does.
    postfix)   ensure_chroot postfix postfix "postfix postfix/main_mailer_type select No configuration" ;;
    exim)      ensure_chroot exim exim4-daemon-light ;;
    opensmtpd) ensure_chroot opensmtpd opensmtpd ;;
    # sendmail-bin brings sendmail-cf and m4: run-sendmail.sh builds sendmail.cf itself.
    sendmail)  ensure_chroot sendmail sendmail-bin ;;
    *) die "unknown MTA $1" ;;
  esac
}

# in_root CMD...: run a command inside the MTA's chroot.
in_root() { chroot "$ROOT" "$@"; }

# start_bg NAME CMD...: start a helper in the background (own session), pid file in run/.
start_bg() {
  local name=$1; shift
  stop_bg "$name"
  setsid "$@" >"$STATE_DIR/log/$name.log" 2>&1 </dev/null &
  echo $! >"$STATE_DIR/run/$name.pid"
}

stop_bg() {
  local pidfile="$STATE_DIR/run/$1.pid" pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null && grep -q labsmtp "/proc/$pid/cmdline" 2>/dev/null; then
    kill "$pid"
    # (a zombie, whose cmdline is empty, counts as stopped)
    for _ in $(seq 50); do grep -q labsmtp "/proc/$pid/cmdline" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$pidfile"
}

# wait_tcp HOST PORT [SECONDS]
wait_tcp() {
  for _ in $(seq $((${3:-10} * 10))); do
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null && return 0
    sleep 0.1
  done
  die "nothing listens on $1:$2"
}

# Refuse to run when a lab address is already taken (another lab run, ...).
check_free() {
  local addr
  for addr in "$@"; do
    if (exec 3<>"/dev/tcp/${addr%:*}/${addr##*:}") 2>/dev/null; then
      die "$addr is already in use (another lab run? stop it first)"
    fi
  done
}

start_lab_servers() {
  mkdir -p "$STATE_DIR/run" "$STATE_DIR/log"
  stop_lab_servers
  check_free "$REJECT_HOST:$REJECT_PORT" "$TARPIT_HOST:$TARPIT_PORT" "$CLOSED_HOST:$CLOSED_PORT"
  start_bg reject "$PYTHON" "$LABSMTP" reject --listen "$REJECT_HOST:$REJECT_PORT"
  start_bg tarpit "$PYTHON" "$LABSMTP" tarpit --listen "$TARPIT_HOST:$TARPIT_PORT"
  start_bg dns "$PYTHON" "$LABSMTP" dns --listen "$DNS_HOST:53"
  if [ "$START_CAPTURE" = 1 ]; then
    check_free "$SINK_ADDR"
    rm -rf "$STATE_DIR/capture/$MTA"
    start_bg capture "$PYTHON" "$LABSMTP" capture --listen "$SINK_ADDR" --outdir "$STATE_DIR/capture/$MTA"
    wait_tcp "$SINK_HOST" "$SINK_PORT"
  else
    wait_tcp "$SINK_HOST" "$SINK_PORT" 2   # the sink under test must already listen
  fi
  wait_tcp "$REJECT_HOST" "$REJECT_PORT"
  wait_tcp "$TARPIT_HOST" "$TARPIT_PORT"
  sleep 0.3
  grep -q listening "$STATE_DIR/log/dns.log" || die "lab DNS did not start on $DNS_HOST:53 (see $STATE_DIR/log/dns.log)"
}

stop_lab_servers() {
  stop_bg capture; stop_bg reject; stop_bg tarpit; stop_bg dns
}

scenario_names() { local s; for s in "${SCENARIOS[@]}"; do echo "${s%%|*}"; done; }

# The matrix (matrix.json): one probe per cell, and one per group of cells,
# as scenario lines (same format as SCENARIOS).  Selected by name, or all of
# them with "@matrix"; never part of the default selection.
matrix_scenarios() { "$PYTHON" "$LABSMTP" matrix scenarios; }

# matrix_routes: "DOMAIN IP CELL" for each cell of the matrix, which has a
# recipient domain and a "recipient MX" address of its own.
matrix_routes() { "$PYTHON" "$LABSMTP" matrix routes; }

# select_scenarios [NAME...]: fills SELECTED with the matching SCENARIOS lines
# (and matrix lines, see matrix_scenarios).
select_scenarios() {
  local s all=("${SCENARIOS[@]}") matrix=()
  SELECTED=()
  if printf '%s\n' "$@" | grep -q '^@matrix$\|^[mg]-'; then
    mapfile -t matrix < <(matrix_scenarios)
    [ ${#matrix[@]} -gt 0 ] || die "no matrix scenarios (matrix.json)"
    all+=("${matrix[@]}")
  fi
  for s in "${all[@]}"; do
    if [ $# -eq 0 ] && [[ $s == [mg]-* ]]; then continue; fi
    if [ $# -eq 0 ] || printf '%s\n' "$@" | grep -qx "${s%%|*}" \
      || { [[ $s == [mg]-* ]] && printf '%s\n' "$@" | grep -qx '@matrix'; }; then
      SELECTED+=("$s")
    fi
  done
  [ ${#SELECTED[@]} -gt 0 ] || die "no such scenario: $*"
}

# send_scenarios SUBMIT_HOST SUBMIT_PORT: one probe per selected scenario, all
# from one process.  The envelope sender is a VERP address for the first
# recipient, e.g. bounce+user-unknown=reject.example.test@bounces.example.test
send_scenarios() {
  local line n
  printf '%s\n' "${SELECTED[@]}" \
    | "$PYTHON" "$LABSMTP" send-many --server "$1:$2" --bounce-domain "$BOUNCE_DOMAIN" \
      --subject-prefix "$MTA" >"$STATE_DIR/sent-$MTA.jsonl" \
    || die "sending the probes failed"
  EXPECTED=0
  while read -r line; do
    # "dsns": 0 when the MTA refused every recipient (its policy service): no DSN to expect
    [[ $line =~ \"dsns\":\ ([0-9]+) ]] || die "no DSN count in: $line"
    n=${BASH_REMATCH[1]}
    EXPECTED=$((EXPECTED + n))
    if [ "$n" = 0 ] && [[ $line =~ ^\{\"scenario\":\ \"([^\"]*)\" ]]; then
      log "${BASH_REMATCH[1]}: every recipient refused"
    fi
  done <"$STATE_DIR/sent-$MTA.jsonl"
  log "sent ${#SELECTED[@]} probe(s), expecting $EXPECTED DSN(s) at $SINK_ADDR"
}

# wait_done SECONDS QUEUE-COUNT-COMMAND...: wait until the MTA queue is empty
# and (with the capture server) all expected DSNs arrived.
wait_done() {
  local limit=$1 start=$SECONDS got=0 queued; shift
  while :; do
    queued=$("$@" 2>/dev/null || echo '?')
    if [ "$START_CAPTURE" = 1 ]; then
      got=$(find "$STATE_DIR/capture/$MTA" -name '*.eml' 2>/dev/null | wc -l)
      [ "$got" -ge "$EXPECTED" ] && [ "$queued" = 0 ] && break
    else
      [ "$queued" = 0 ] && break
    fi
    [ $((SECONDS - start)) -ge "$limit" ] && { log "timeout: $got/$EXPECTED DSNs, queue=$queued"; return 1; }
    sleep 1
  done
  if [ "$START_CAPTURE" = 1 ]; then
    log "done after $((SECONDS - start)) s: $got DSN(s) captured, queue empty"
  else
    log "done after $((SECONDS - start)) s: queue empty, every DSN handed to $SINK_ADDR"
  fi
}

# collect: name the captured DSNs after MTA/scenario/action and print timings.
collect() {
  [ "$START_CAPTURE" = 1 ] || return 0
  rm -rf "$STATE_DIR/out/$MTA"; mkdir -p "$STATE_DIR/out"
  "$PYTHON" "$LABSMTP" collect --mta "$MTA" --sent "$STATE_DIR/sent-$MTA.jsonl" \
    --capture "$STATE_DIR/capture/$MTA" --outdir "$STATE_DIR/out/$MTA" | tee "$STATE_DIR/out/$MTA.timings.tsv"
}
