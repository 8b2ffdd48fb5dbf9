#!/usr/bin/env bash
# Make a real Sendmail (Debian 12: 8.17) generate bounces (DSNs) and deliver
# them to the bounce sink at $SINK_ADDR.
#
# usage: run-sendmail.sh [SCENARIO...]   all scenarios of lib.sh by default
#        run-sendmail.sh --stop          stop what an interrupted run left
#
# Sendmail runs inside its own Debian 12 chroot ($LAB_DIR/roots/sendmail),
# with a sendmail.cf built here from an m4 file of our own (Debian's
# sendmailconfig is not involved).  Runs as root.  Environment: see lib.sh.
MTA=sendmail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
SUBMIT_PORT=10028
PIDFILE=/run/lab-sendmail.pid   # inside the chroot
QUEUE=/var/spool/mqueue         # inside the chroot

sendmail_pid() {
  local pid
  [ -n "${ROOT:-}" ] && [ -f "$ROOT$PIDFILE" ] || return 1
  pid=$(head -n 1 "$ROOT$PIDFILE")
  grep -q sendmail "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
}

stop_sendmail() {
  local pid
  if pid=$(sendmail_pid); then
    log "stopping sendmail (pid $pid)"
    kill "$pid"
    for _ in $(seq 50); do grep -q sendmail "/proc/$pid/cmdline" 2>/dev/null || break; sleep 0.1; done
  fi
  if [ -n "${ROOT:-}" ]; then rm -f "$ROOT$PIDFILE"; fi
}

stop_all() { stop_sendmail; stop_lab_servers; }

write_config() {
  # Our files in a directory of root's own: Sendmail refuses maps in a directory that
  # another user owns (Debian's /etc/mail belongs to smmta).
  local mail="$ROOT/etc/lab-sendmail" domain ip _cell
  mkdir -p "$mail"; chown root:root "$mail"; chmod 0755 "$mail"
  # Each of Sendmail's SMTP mailers talks to one port: relay to the sink, esmtp to
  # the "recipient MX", smtp8 to the tarpit, dsmtp to the closed port, smtp to
  # port 25 of whatever the lab DNS names (it names nothing).
  cat >"$mail/lab.mc" <<EOF
divert(-1)
Lab Sendmail: accepts submissions on 127.0.0.1:$SUBMIT_PORT, routes the lab
domains to loopback addresses (mailertable), everything else through the lab
DNS (chroot /etc/resolv.conf -> $DNS_HOST).
divert(0)dnl
include(\`/usr/share/sendmail/cf/m4/cf.m4')dnl
VERSIONID(\`bouncesink lab')dnl
OSTYPE(\`debian')dnl
define(\`confDOMAIN_NAME', \`$MTA_HOSTNAME')dnl
define(\`confPID_FILE', \`$PIDFILE')dnl
define(\`confDONT_PROBE_INTERFACES', \`True')dnl
define(\`confTO_IDENT', \`0s')dnl
define(\`confTO_CONNECT', \`5s')dnl
define(\`confTO_INITIAL', \`10s')dnl
define(\`confTO_QUEUEWARN', \`${DELAY_WARNING_S}s')dnl
define(\`confTO_QUEUERETURN', \`${LIFETIME_S}s')dnl
define(\`confDELIVERY_MODE', \`background')dnl
define(\`confMAX_QUEUE_CHILDREN', \`20')dnl
define(\`ALIAS_FILE', \`')dnl
define(\`RELAY_MAILER_ARGS', \`TCP \$h $SINK_PORT')dnl
define(\`ESMTP_MAILER_ARGS', \`TCP \$h $REJECT_PORT')dnl
define(\`SMTP8_MAILER_ARGS', \`TCP \$h $TARPIT_PORT')dnl
define(\`DSMTP_MAILER_ARGS', \`TCP \$h $CLOSED_PORT')dnl
DAEMON_OPTIONS(\`Port=$SUBMIT_PORT, Addr=127.0.0.1, Name=MTA')dnl
FEATURE(\`promiscuous_relay')dnl   only 127.0.0.1 listens, in the lab
FEATURE(\`accept_unresolvable_domains')dnl   the lab DNS knows no domain
define(\`confHOST_STATUS_DIRECTORY', \`')dnl   nothing remembered from run to run
FEATURE(\`mailertable', \`hash -o /etc/lab-sendmail/mailertable')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl
EOF
  {
    printf '%s\t%s\n' \
      "$BOUNCE_DOMAIN" "relay:[$SINK_HOST]" \
      reject.example.test "esmtp:[$REJECT_HOST]" \
      tarpit.example.test "smtp8:[$TARPIT_HOST]" \
      down.example.test "dsmtp:[$CLOSED_HOST]" \
      "$MTA_HOSTNAME" "local:" localhost "local:"
    # the matrix's cells, one "recipient MX" address each
    while read -r domain ip _cell; do
      printf '%s\t%s\n' "$domain" "esmtp:[$ip]"
    done < <(matrix_routes)
  } >"$mail/mailertable"
  in_root makemap hash /etc/lab-sendmail/mailertable <"$mail/mailertable" \
    || die "makemap failed"
  # (m4 warns that promiscuous_relay makes an open relay: not here, see above)
  in_root m4 /etc/lab-sendmail/lab.mc 2>/dev/null >"$mail/sendmail.cf" || die "m4 failed on lab.mc"
}

queue_count() { find "$ROOT$QUEUE" -maxdepth 1 -name 'qf*' | wc -l; }

main() {
  need_root
  lock_chroot "$@"
  mkdir -p "$STATE_DIR/run" "$STATE_DIR/log"
  if [ "${1:-}" = --stop ]; then
    ROOT=$LAB_DIR/roots/sendmail; [ -d "$ROOT" ] || ROOT=; stop_all; exit 0
  fi
  host_prereqs
  ensure_mta_chroot "$MTA"
  trap stop_all EXIT
  stop_sendmail
  write_config
  start_lab_servers
  rm -f "$ROOT$QUEUE"/* "$ROOT"/var/spool/mqueue-client/* 2>/dev/null || true
  # The daemon runs as root here (no RunAsUser): a queue of root's own.
  chown root:root "$ROOT$QUEUE"; chmod 0700 "$ROOT$QUEUE"
  # -bd: daemon (detaches, writes the pid file); -qNs: queue runner every N s
  in_root /usr/sbin/sendmail -C/etc/lab-sendmail/sendmail.cf -bd -q"${RETRY_S}"s \
    >"$STATE_DIR/log/sendmail.log" 2>&1 || die "sendmail -bd failed"
  wait_tcp 127.0.0.1 "$SUBMIT_PORT"
  select_scenarios "$@"
  send_scenarios 127.0.0.1 "$SUBMIT_PORT"
  local rc=0
  wait_done $((LIFETIME_S + 60)) queue_count || rc=1
  collect
  return $rc   # 1: the queue did not empty in time
}

main "$@"
