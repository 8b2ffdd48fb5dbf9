#!/usr/bin/env bash
# Make a real OpenSMTPD (Debian 12: 6.8.0p2) generate bounces (DSNs) and
# deliver them to the bounce sink at $SINK_ADDR.
#
# usage: run-opensmtpd.sh [SCENARIO...]   all scenarios of lib.sh but
#                                         greeting-timeout by default
#        run-opensmtpd.sh --stop          stop what an interrupted run left
#
# OpenSMTPD runs inside its own Debian 12 chroot ($LAB_DIR/roots/opensmtpd),
# in the foreground (-d) so that its log goes to a file: there is no syslog
# daemon in the chroot.  Runs as root.  Environment: see lib.sh.
MTA=opensmtpd
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
SUBMIT_PORT=10027

smtpd_pid() {
  local pid
  [ -f "$STATE_DIR/run/smtpd.pid" ] || return 1
  pid=$(cat "$STATE_DIR/run/smtpd.pid")
  [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = smtpd ] && echo "$pid"
}

stop_smtpd() {
  local pid
  if pid=$(smtpd_pid); then
    log "stopping smtpd (pid $pid)"
    kill "$pid"
    for _ in $(seq 50); do [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = smtpd ] || break; sleep 0.1; done
  fi
  rm -f "$STATE_DIR/run/smtpd.pid"
}

stop_all() { stop_smtpd; stop_lab_servers; }

write_config() {
  # the matrix's cells, one "recipient MX" address each
  local domain ip _cell n=0 matrix_actions="" matrix_matches=""
  while read -r domain ip _cell; do
    n=$((n + 1))
    matrix_actions+="action \"matrix$n\" relay host smtp+notls://$ip:$REJECT_PORT helo $MTA_HOSTNAME"$'\n'
    matrix_matches+="match from any for domain \"$domain\" action \"matrix$n\""$'\n'
  done < <(matrix_routes)
  cat >"$ROOT/etc/smtpd.conf" <<EOF
# Lab OpenSMTPD: accepts submissions on 127.0.0.1:$SUBMIT_PORT, relays the
# lab domains to loopback addresses, everything else after MX lookups in the
# lab DNS (chroot /etc/resolv.conf -> $DNS_HOST).
# Expire undeliverable mail after ${LIFETIME_S}s (default 4d), warn after
# ${DELAY_WARNING_S}s (default 4h).  Retry intervals are built in (minutes).
queue ttl ${LIFETIME_S}s
bounce warn-interval ${DELAY_WARNING_S}s
table aliases { postmaster = root }
listen on 127.0.0.1 port $SUBMIT_PORT hostname $MTA_HOSTNAME

action "sink"   relay host smtp+notls://$SINK_HOST:$SINK_PORT helo $MTA_HOSTNAME
action "reject" relay host smtp+notls://$REJECT_HOST:$REJECT_PORT helo $MTA_HOSTNAME
action "tarpit" relay host smtp+notls://$TARPIT_HOST:$TARPIT_PORT helo $MTA_HOSTNAME
action "down"   relay host smtp+notls://$CLOSED_HOST:$CLOSED_PORT helo $MTA_HOSTNAME
action "mx"     relay helo $MTA_HOSTNAME
action "local"  mbox alias <aliases>
$matrix_actions

# "from any" opens nothing: smtpd listens on 127.0.0.1 only.
match from any for domain "$BOUNCE_DOMAIN" action "sink"
match from any for domain "reject.example.test" action "reject"
match from any for domain "tarpit.example.test" action "tarpit"
match from any for domain "down.example.test" action "down"
$matrix_matches
match from any for local action "local"
match from any for any action "mx"
EOF
  local out
  out=$(in_root smtpd -n -f /etc/smtpd.conf 2>&1) || die "smtpd -n: $out"
}

queue_count() { in_root smtpctl show queue | wc -l; }

main() {
  need_root
  lock_chroot "$@"
  mkdir -p "$STATE_DIR/run" "$STATE_DIR/log"
  if [ "${1:-}" = --stop ]; then
    ROOT=$LAB_DIR/roots/opensmtpd; [ -d "$ROOT" ] || ROOT=; stop_all; exit 0
  fi
  host_prereqs
  ensure_mta_chroot "$MTA"
  trap stop_all EXIT
  stop_smtpd
  write_config
  start_lab_servers
  rm -rf "$ROOT"/var/spool/smtpd/*       # empty queue; smtpd recreates the directories
  # -d: stay in the foreground and log to stderr
  setsid chroot "$ROOT" smtpd -d -f /etc/smtpd.conf >"$STATE_DIR/log/opensmtpd.log" 2>&1 </dev/null &
  echo $! >"$STATE_DIR/run/smtpd.pid"
  wait_tcp 127.0.0.1 "$SUBMIT_PORT"
  # greeting-timeout is left out unless asked for: smtpd waits 5 minutes
  # for a greeting (built in), and a message in flight does not expire.
  # shellcheck disable=SC2046  # scenario names contain no blanks
  [ $# -gt 0 ] || set -- $(scenario_names | grep -vx greeting-timeout)
  select_scenarios "$@"
  send_scenarios 127.0.0.1 "$SUBMIT_PORT"
  local limit=$((LIFETIME_S + 60))
  printf '%s\n' "$@" | grep -qx greeting-timeout && limit=$((LIFETIME_S + 420))
  local rc=0
  wait_done "$limit" queue_count || rc=1
  collect
  return $rc   # 1: the queue did not empty in time
}

main "$@"
