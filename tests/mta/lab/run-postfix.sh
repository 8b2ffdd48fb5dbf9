#!/usr/bin/env bash
# Make a real Postfix (Debian 12: 3.7) generate bounces (DSNs) and deliver
# them to the bounce sink at $SINK_ADDR (default 127.0.0.1:2525).
#
# usage: run-postfix.sh [SCENARIO...]   all scenarios of lib.sh by default
#        run-postfix.sh --stop          stop what an interrupted run left
#
# Postfix runs inside its own Debian 12 chroot ($LAB_DIR/roots/postfix), so
# the host's packages and /etc/postfix are never touched.  Runs as root.
# Environment: LAB_DIR, SINK_ADDR, START_CAPTURE, DELAY_WARNING_S,
# LIFETIME_S, RETRY_S, BOUNCE_DOMAIN (see lib.sh); POLICY_SERVICE (below);
# SINK_NEXTHOP: where the DSNs go (default smtp:[SINK_HOST]:SINK_PORT; e.g.
# lmtp:inet:127.0.0.1:2424 for a sink's LMTP listener).
MTA=postfix
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
SUBMIT_PORT=10025

postfix_running() { [ -n "${ROOT:-}" ] && in_root postfix status >/dev/null 2>&1; }

stop_all() {
  if postfix_running; then log "stopping postfix"; in_root postfix stop >/dev/null 2>&1 || true; fi
  stop_lab_servers
}

write_config() {
  local cf="$ROOT/etc/postfix"
  cat >"$cf/main.cf" <<EOF
# Lab Postfix: accepts submissions on 127.0.0.1:$SUBMIT_PORT, relays only
# to loopback addresses listed in the transport table; every other domain
# is looked up in the lab DNS (chroot /etc/resolv.conf -> $DNS_HOST).
compatibility_level = 3.6
myhostname = $MTA_HOSTNAME
mydomain = example.test
myorigin = \$myhostname
mydestination = \$myhostname, localhost
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relay_domains =
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
smtpd_banner = \$myhostname ESMTP
transport_maps = texthash:/etc/postfix/transport
alias_maps =
alias_database =
biff = no
append_dot_mydomain = no
# No syslog daemon in the chroot: log to a file through postlogd.
maillog_file = /var/log/postfix.log
smtp_tls_security_level = none
smtpd_tls_security_level = none
# Fast retries and short lifetimes, so that "delayed" and "failed"
# (expired) DSNs come within a minute or two instead of hours and days.
queue_run_delay = ${RETRY_S}s
minimal_backoff_time = ${RETRY_S}s
maximal_backoff_time = $((RETRY_S * 3 / 2))s
delay_warning_time = ${DELAY_WARNING_S}s
maximal_queue_lifetime = ${LIFETIME_S}s
bounce_queue_lifetime = ${LIFETIME_S}s
smtp_connect_timeout = 5s
smtp_helo_timeout = 10s
EOF
  # Outbound suppression: POLICY_SERVICE=inet:127.0.0.1:10040 makes smtpd ask that policy
  # service (SMTP access policy delegation) about every recipient submitted; its REJECT
  # shows as "refused" in sent-postfix.jsonl.  Unset: no policy service.
  if [ -n "${POLICY_SERVICE:-}" ]; then
    printf '%s\n' "smtpd_recipient_restrictions = check_policy_service $POLICY_SERVICE" \
      "smtpd_policy_service_timeout = 10s" >>"$cf/main.cf"
  fi

  {
    echo "# domain                 next hop (IP literal in brackets: no DNS lookup)"
    printf '%-24s %s\n' \
      "$BOUNCE_DOMAIN" "${SINK_NEXTHOP:-smtp:[$SINK_HOST]:$SINK_PORT}" \
      reject.example.test "smtp:[$REJECT_HOST]:$REJECT_PORT" \
      tarpit.example.test "smtp:[$TARPIT_HOST]:$TARPIT_PORT" \
      down.example.test "smtp:[$CLOSED_HOST]:$CLOSED_PORT"
    echo "# the matrix's cells, one \"recipient MX\" address each"
    local domain ip _cell
    while read -r domain ip _cell; do
      printf '%-24s %s\n' "$domain" "smtp:[$ip]:$REJECT_PORT"
    done < <(matrix_routes)
    echo "# mail to postmaster (double bounces, notices) is thrown away"
    printf '%-24s %s\n' "$MTA_HOSTNAME" discard: localhost discard:
  } >"$cf/transport"

  # master.cf written from scratch: no service is chrooted (chroot column
  # "n"; Debian's default "y" would need copies of /etc files in the queue
  # directory), and smtpd listens on the lab submission port only.
  cat >"$cf/master.cf" <<EOF
# service type  private unpriv  chroot  wakeup  maxproc command
127.0.0.1:$SUBMIT_PORT inet n - n - - smtpd
pickup     unix  n       -       n       60      1       pickup
cleanup    unix  n       -       n       -       0       cleanup
qmgr       unix  n       -       n       300     1       qmgr
tlsmgr     unix  -       -       n       1000?   1       tlsmgr
rewrite    unix  -       -       n       -       -       trivial-rewrite
bounce     unix  -       -       n       -       0       bounce
defer      unix  -       -       n       -       0       bounce
trace      unix  -       -       n       -       0       bounce
verify     unix  -       -       n       -       1       verify
flush      unix  n       -       n       1000?   0       flush
proxymap   unix  -       -       n       -       -       proxymap
proxywrite unix  -       -       n       -       1       proxymap
smtp       unix  -       -       n       -       -       smtp
relay      unix  -       -       n       -       -       smtp
lmtp       unix  -       -       n       -       -       lmtp
showq      unix  n       -       n       -       -       showq
error      unix  -       -       n       -       -       error
retry      unix  -       -       n       -       -       error
discard    unix  -       -       n       -       -       discard
local      unix  -       n       n       -       -       local
anvil      unix  -       -       n       -       1       anvil
scache     unix  -       -       n       -       1       scache
postlog    unix-dgram n  -       n       -       1       postlogd
EOF
  in_root postfix check || die "postfix check failed"
}

queue_count() { in_root postqueue -j | wc -l; }

main() {
  need_root
  lock_chroot "$@"
  mkdir -p "$STATE_DIR/run" "$STATE_DIR/log"
  if [ "${1:-}" = --stop ]; then
    ROOT=$LAB_DIR/roots/postfix; [ -d "$ROOT" ] || ROOT=; stop_all; exit 0
  fi
  host_prereqs
  ensure_mta_chroot "$MTA"
  trap stop_all EXIT
  postfix_running && in_root postfix stop >/dev/null 2>&1
  write_config
  start_lab_servers
  in_root postsuper -d ALL >/dev/null 2>&1 || true   # start with an empty queue
  : >"$ROOT/var/log/postfix.log"
  in_root postfix start >/dev/null 2>&1 || die "postfix start failed, see $ROOT/var/log/postfix.log"
  wait_tcp 127.0.0.1 "$SUBMIT_PORT"
  select_scenarios "$@"
  send_scenarios 127.0.0.1 "$SUBMIT_PORT"
  local rc=0
  wait_done $((LIFETIME_S + 60)) queue_count || rc=1
  cp "$ROOT/var/log/postfix.log" "$STATE_DIR/log/postfix-maillog.log"
  collect
  return $rc   # 1: the queue did not empty in time
}

main "$@"
