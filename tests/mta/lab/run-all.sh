#!/usr/bin/env bash
# Run every MTA of the lab one after the other (about 5 minutes) and print
# one table of all DSNs received: mta, scenario, action, status, seconds.
# usage: run-all.sh [MTA...]     (default: postfix exim opensmtpd)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
LAB_DIR=${LAB_DIR:-/var/tmp/bouncesink-mta-lab}
STATE_DIR=${STATE_DIR:-$LAB_DIR}
[ $# -gt 0 ] || set -- postfix exim opensmtpd
rc=0
for m in "$@"; do
  "$here/run-$m.sh" >/dev/null || rc=1
done
if [ "${START_CAPTURE:-1}" = 1 ]; then
  for m in "$@"; do
    tail -n +2 "$STATE_DIR/out/$m.timings.tsv" 2>/dev/null || true
  done
fi
exit $rc
