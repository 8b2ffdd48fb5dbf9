#!/usr/bin/env bash
# Make a real Exim (Debian 12: 4.96, exim4-daemon-light) generate bounces
# (DSNs) and deliver them to the bounce sink at $SINK_ADDR.
#
# usage: run-exim.sh [SCENARIO...]   all scenarios of lib.sh by default
#        run-exim.sh --stop          stop what an interrupted run left
#
# Exim runs inside its own Debian 12 chroot ($LAB_DIR/roots/exim): Debian's
# MTA packages conflict with each other, the chroot lets Exim coexist with
# Postfix (host or lab).  Runs as root.  Environment: see lib.sh; and
# SINK_LMTP_PORT: the DSNs go to the sink's LMTP listener on SINK_HOST:PORT
# (a manualroute router to an smtp transport speaking LMTP) instead of SMTP.
MTA=exim
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
SUBMIT_PORT=10026
PIDFILE=/var/spool/exim4/exim-daemon.pid   # inside the chroot

exim_pid() {
  local pid
  [ -n "${ROOT:-}" ] && [ -f "$ROOT$PIDFILE" ] || return 1
  pid=$(cat "$ROOT$PIDFILE")
  [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = exim4 ] && echo "$pid"
}

stop_exim() {
  local pid
  if pid=$(exim_pid); then
    log "stopping exim (pid $pid)"
    kill "$pid"
    for _ in $(seq 50); do [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = exim4 ] || break; sleep 0.1; done
  fi
  if [ -n "${ROOT:-}" ]; then rm -f "$ROOT$PIDFILE"; fi
}

stop_all() { stop_exim; stop_lab_servers; }

write_config() {
  # the matrix's cells, one "recipient MX" address each
  local domain ip _cell matrix_routes_list=""
  while read -r domain ip _cell; do
    matrix_routes_list+=" ; \\
               $domain $ip::$REJECT_PORT"
  done < <(matrix_routes)
  local lmtp_router="" lmtp_transport=""
  if [ -n "${SINK_LMTP_PORT:-}" ]; then
    lmtp_router="bouncesink:
  driver = manualroute
  domains = $BOUNCE_DOMAIN
  route_list = * $SINK_HOST
  self = send
  transport = bouncesink_lmtp"
    lmtp_transport="bouncesink_lmtp:
  driver = smtp
  protocol = lmtp
  port = $SINK_LMTP_PORT
  allow_localhost
  hosts_avoid_tls = *"
  fi
  # /etc/exim4/exim4.conf, when present, is used instead of Debian's
  # generated configuration (update-exim4.conf is not involved).
  cat >"$ROOT/etc/exim4/exim4.conf" <<EOF
# Lab Exim: accepts submissions on 127.0.0.1:$SUBMIT_PORT, routes the lab
# domains to loopback addresses, everything else through the lab DNS
# (chroot /etc/resolv.conf -> $DNS_HOST).
primary_hostname = $MTA_HOSTNAME
qualify_domain = $MTA_HOSTNAME
domainlist local_domains = $MTA_HOSTNAME : localhost
local_interfaces = 127.0.0.1
daemon_smtp_ports = $SUBMIT_PORT
disable_ipv6 = true
# no reverse DNS / ident lookups of SMTP clients
host_lookup =
rfc1413_hosts =
keep_environment =
tls_advertise_hosts =
# accept NOTIFY=, RET=, ENVID= (Exim does not offer DSN by default)
dsn_advertise_hosts = 127.0.0.0/8
pid_file_path = $PIDFILE
log_file_path = /var/log/exim4/%slog
never_users = root
acl_smtp_rcpt = acl_check_rcpt
# one "delayed" warning after ${DELAY_WARNING_S}s (the next one would come a day later)
delay_warning = ${DELAY_WARNING_S}s:1d
ignore_bounce_errors_after = 1m
timeout_frozen_after = 10m

begin acl
acl_check_rcpt:
  accept hosts = 127.0.0.0/8
  deny   message = relay not permitted

begin routers
$lmtp_router
# The lab hosts.  Every one has its own IP: with all of them on 127.0.0.1,
# Exim sent a message routed to 127.0.0.1:2599 down its open connection to
# 127.0.0.1:2525 (continued delivery), i.e. into the bounce sink.
lab_routes:
  driver = manualroute
  domains = ! +local_domains
  transport = remote_smtp
  # 127.0.0.1 is one of Exim's own addresses: deliver there anyway
  self = send
  route_list = $BOUNCE_DOMAIN $SINK_HOST::$SINK_PORT ; \\
               reject.example.test $REJECT_HOST::$REJECT_PORT ; \\
               tarpit.example.test $TARPIT_HOST::$TARPIT_PORT ; \\
               down.example.test $CLOSED_HOST::$CLOSED_PORT$matrix_routes_list
# Everything else: MX/A lookups, answered by the lab DNS.
dnslookup:
  driver = dnslookup
  domains = ! +local_domains
  transport = remote_smtp
  no_more
# Mail for postmaster/root (double bounces, ...) is thrown away.
discard_local:
  driver = redirect
  data = :blackhole:

begin transports
$lmtp_transport
remote_smtp:
  driver = smtp
  allow_localhost
  connect_timeout = 5s
  command_timeout = 10s

begin retry
# retry every ${RETRY_S}s; bounce once the first failure is ${LIFETIME_S}s old
*   *   F,${LIFETIME_S}s,${RETRY_S}s

begin rewrite
EOF
  in_root exim4 -bV >/dev/null || die "exim4 -bV: configuration error"
}

queue_count() { in_root exim4 -bpc; }

main() {
  need_root
  lock_chroot "$@"
  mkdir -p "$STATE_DIR/run" "$STATE_DIR/log"
  if [ "${1:-}" = --stop ]; then
    ROOT=$LAB_DIR/roots/exim; [ -d "$ROOT" ] || ROOT=; stop_all; exit 0
  fi
  host_prereqs
  ensure_mta_chroot "$MTA"
  trap stop_all EXIT
  stop_exim
  write_config
  start_lab_servers
  # empty queue, forget old retry/wait hints, fresh logs
  rm -rf "$ROOT"/var/spool/exim4/input/* "$ROOT"/var/spool/exim4/msglog/* "$ROOT"/var/spool/exim4/db/*
  rm -f "$ROOT"/var/log/exim4/*log
  # -bd: daemon (detaches, writes the pid file); -qNs: queue runner every N s
  in_root exim4 -bd -q"${RETRY_S}"s || die "exim4 -bd failed"
  wait_tcp 127.0.0.1 "$SUBMIT_PORT"
  select_scenarios "$@"
  send_scenarios 127.0.0.1 "$SUBMIT_PORT"
  local rc=0
  wait_done $((LIFETIME_S + 60)) queue_count || rc=1
  cp "$ROOT/var/log/exim4/mainlog" "$STATE_DIR/log/exim-mainlog.log"
  collect
  return $rc   # 1: the queue did not empty in time
}

main "$@"
