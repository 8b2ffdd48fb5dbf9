#!/usr/bin/env bash
# One-time setup, the only step that needs the Debian mirror: installs the
# host packages the lab uses (mmdebstrap, python3-aiosmtpd, iproute2) and
# builds one Debian 12 chroot per MTA under $LAB_DIR/roots (15-30 s each).
# Run it before lab-netns.sh, whose namespace has no network at all.
#
# usage: prepare.sh [postfix] [exim] [opensmtpd] [sendmail]    (default: all four)
MTA=prepare
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

need_root
mkdir -p "$LAB_DIR/run" "$LAB_DIR/log"
[ $# -gt 0 ] || set -- postfix exim opensmtpd sendmail
if ! dpkg-query -W mmdebstrap python3-aiosmtpd >/dev/null 2>&1; then
  apt-get -o DPkg::Lock::Timeout=300 update -q >/dev/null
fi
host_install mmdebstrap python3-aiosmtpd iproute2
host_prereqs
for m in "$@"; do
  ensure_mta_chroot "$m"
  log "$m chroot ready: $ROOT"
done
