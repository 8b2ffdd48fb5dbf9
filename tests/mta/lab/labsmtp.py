#!/usr/bin/env python3
"""Small loopback-only helpers for making real MTAs produce real bounces (DSNs).

Sub-commands (each runs in the foreground until SIGTERM/SIGINT):

  capture  SMTP server that accepts everything and stores each message
           verbatim as NNNN.eml plus NNNN.json (envelope, SMTP options,
           arrival time).  Stand-in for the bounce sink under test.
  reject   SMTP server playing "the recipient's mail server": it answers
           RCPT TO / DATA according to the recipient's local part (see
           REJECT_RULES), e.g. user-unknown@... -> 550 5.1.1.
  dns      Tiny authoritative-for-everything DNS server (UDP) for the chroot
           of an MTA: NXDOMAIN for every name, SERVFAIL for names that
           contain "servfail", a null MX (RFC 7505) for names that contain
           "nullmx".  Lets an MTA fail "domain not found" for real without
           any traffic leaving the machine.
  tarpit   TCP server that accepts connections and never says anything
           (gives "timed out while receiving the initial server greeting").
  send     Submit one probe message over SMTP (what the application whose
           bounces we collect would do), with optional DSN parameters.
           Prints one JSON line; recipients the MTA refused are under
           "refused" (e.g. by a policy service refusing suppressed ones).
  collect  After a run: name each captured message after the probe it
           answers (matched by envelope recipient = the probe's VERP sender)
           and the DSN action it reports, and print the delay per DSN.

Only aiosmtpd (Debian: python3-aiosmtpd, or PyPI) and the standard library are
needed.  Every listener
refuses to bind to anything but a loopback address.
"""

from __future__ import annotations

import argparse
import asyncio
import email.utils
import ipaddress
import json
import os
import signal
import smtplib
import struct
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any, cast

Closer = Callable[[], object]


def host_port(text: str, default_port: int) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host:
        host, port = text, str(default_port)
    if not ipaddress.ip_address(host).is_loopback:
        sys.exit(f"refusing to use non-loopback address {host}")
    return host, int(port)


def log(name: str, msg: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} [{name}] {msg}", flush=True)


def run_forever(start_coro: Callable[[], Awaitable[Closer]]) -> None:
    """Run start_coro() then wait for SIGTERM/SIGINT."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        closer = await start_coro()
        await stop.wait()
        closer()

    asyncio.run(main())


# --------------------------------------------------------------------- capture
class CaptureHandler:
    def __init__(self, outdir: str) -> None:
        self.outdir = outdir
        os.makedirs(outdir, exist_ok=True)
        existing = [f for f in os.listdir(outdir) if f.endswith(".eml")]
        self.counter = len(existing)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.counter += 1
        base = os.path.join(self.outdir, f"{self.counter:04d}")
        raw = envelope.original_content or envelope.content
        # Write the JSON first and the .eml last (atomically), so that a
        # watcher that waits for *.eml always finds the matching JSON.
        meta = {
            "received_at": time.time(),
            "peer": list(session.peer[:2]),
            "helo": session.host_name,
            "mail_from": envelope.mail_from,
            "mail_options": envelope.mail_options,
            "rcpt_tos": envelope.rcpt_tos,
            "rcpt_options": envelope.rcpt_options,
            "size": len(raw),
        }
        write_capture(base, meta, raw)
        log(
            "capture",
            f"from={envelope.mail_from} to={envelope.rcpt_tos} "
            f"size={len(raw)} helo={session.host_name} -> {base}.eml",
        )
        return "250 2.0.0 Ok: captured"


def write_capture(base: str, meta: dict[str, Any], raw: bytes) -> None:
    with open(base + ".json", "w") as f:
        json.dump(meta, f, indent=1)
    with open(base + ".eml.tmp", "wb") as f:
        f.write(raw)
    os.rename(base + ".eml.tmp", base + ".eml")


def cmd_capture(args: argparse.Namespace) -> None:
    from aiosmtpd.smtp import SMTP

    host, port = host_port(args.listen, 2525)
    handler = CaptureHandler(args.outdir)

    async def start() -> Closer:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: SMTP(
                handler,
                hostname="capture.example.test",
                enable_SMTPUTF8=True,
                decode_data=False,
                data_size_limit=None,
            ),
            host,
            port,
        )
        log("capture", f"listening on {host}:{port}, writing to {args.outdir}")
        return server.close

    run_forever(start)


# ---------------------------------------------------------------------- reject
# Recipient local part -> (stage, SMTP reply).  stage "rcpt": reply to RCPT TO;
# stage "data": accept RCPT TO, reply to the end of DATA.  "{rcpt}" becomes
# the recipient address.  Unlisted local parts are accepted and delivered.
REJECT_RULES = {
    "user-unknown": (
        "rcpt",
        "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table",
    ),
    "mailbox-full": ("rcpt", "552 5.2.2 <{rcpt}>: Mailbox full"),
    "host-unknown": ("rcpt", "550 5.1.2 <{rcpt}>: Host unknown"),
    "spam": ("data", "554 5.7.1 Message rejected as spam"),
    "greylist": (
        "rcpt",
        "450 4.2.0 <{rcpt}>: Recipient address rejected: Greylisted, try again later",
    ),
    "tempfail": ("data", "451 4.3.0 Temporary local problem, try again later"),
}


def reject_rule(address: str) -> tuple[str, str] | None:
    local = address.rsplit("@", 1)[0].lower()
    for prefix, rule in REJECT_RULES.items():
        if local == prefix or local.startswith(prefix + "+") or local.startswith(prefix + "-"):
            return rule
    return None


class RejectHandler:
    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        rule = reject_rule(address)
        if rule and rule[0] == "rcpt":
            reply = rule[1].format(rcpt=address)
            log("reject", f"RCPT <{address}> -> {reply}")
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        for rcpt in envelope.rcpt_tos:
            rule = reject_rule(rcpt)
            if rule and rule[0] == "data":
                reply = rule[1].format(rcpt=rcpt)
                log("reject", f"DATA for <{rcpt}> -> {reply}")
                return reply
        log("reject", f"accepted from=<{envelope.mail_from}> to={envelope.rcpt_tos}")
        return "250 2.0.0 Ok: delivered"


def cmd_reject(args: argparse.Namespace) -> None:
    from aiosmtpd.smtp import SMTP

    host, port = host_port(args.listen, 2526)

    async def start() -> Closer:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: SMTP(
                RejectHandler(),
                hostname="mx.reject.example.test",
                enable_SMTPUTF8=True,
                decode_data=False,
            ),
            host,
            port,
        )
        log("reject", f"listening on {host}:{port}")
        return server.close

    run_forever(start)


# ------------------------------------------------------------------------- dns
def dns_answer(query: bytes) -> tuple[bytes, str, int, int] | None:
    """Build the reply to one DNS query (bytes), or None to ignore it."""
    if len(query) < 12:
        return None
    qid, flags, qdcount = struct.unpack("!HHH", query[:6])
    if flags & 0x8000 or qdcount != 1:
        return None
    # Parse the single question: labels, then QTYPE and QCLASS.
    pos, labels = 12, []
    while pos < len(query) and query[pos] != 0:
        n = query[pos]
        labels.append(query[pos + 1 : pos + 1 + n].decode("ascii", "replace"))
        pos += 1 + n
    pos += 1
    qtype, _qclass = struct.unpack("!HH", query[pos : pos + 4])
    question = query[12 : pos + 4]
    name = ".".join(labels).lower()
    rd = flags & 0x0100
    answers = b""
    if "servfail" in name:
        rcode = 2
    elif "nullmx" in name and qtype == 15:
        rcode = 0  # MX 0 "." : the domain accepts no mail (RFC 7505)
        answers = struct.pack("!HHHIHHB", 0xC00C, 15, 1, 300, 3, 0, 0)
    elif "nullmx" in name:
        rcode = 0  # the name exists, with no data of this type
    else:
        rcode = 3  # NXDOMAIN
    # QR=1, AA=1, RD copied, RA=1
    rflags = 0x8000 | 0x0400 | rd | 0x0080 | rcode
    header = struct.pack("!HHHHHH", qid, rflags, 1, 1 if answers else 0, 0, 0)
    return header + question + answers, name, qtype, rcode


class DNSProtocol(asyncio.DatagramProtocol):
    transport: asyncio.DatagramTransport

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # (the selector loop's datagram transport is no DatagramTransport subclass)
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str | Any, int]) -> None:
        try:
            result = dns_answer(data)
        except Exception as exc:  # malformed query: ignore it
            log("dns", f"bad query from {addr}: {exc}")
            return
        if result:
            reply, name, qtype, rcode = result
            log("dns", f"{name} type={qtype} -> rcode={rcode}")
            self.transport.sendto(reply, addr)


def cmd_dns(args: argparse.Namespace) -> None:
    host, port = host_port(args.listen, 53)

    async def start() -> Closer:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(DNSProtocol, local_addr=(host, port))
        log("dns", f"listening on {host}:{port}/udp")
        return transport.close

    run_forever(start)


# ---------------------------------------------------------------------- tarpit
def cmd_tarpit(args: argparse.Namespace) -> None:
    host, port = host_port(args.listen, 2527)
    conns: set[asyncio.StreamWriter] = set()

    async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conns.add(writer)
        log("tarpit", f"connection from {writer.get_extra_info('peername')}")
        try:
            await reader.read()  # say nothing until the client gives up
        finally:
            conns.discard(writer)
            writer.close()

    async def start() -> Closer:
        server = await asyncio.start_server(hold, host, port)
        log("tarpit", f"listening on {host}:{port}")

        def close() -> None:
            for w in list(conns):
                w.close()
            server.close()

        return close

    run_forever(start)


# ------------------------------------------------------------------------ send
def cmd_send(args: argparse.Namespace) -> None:
    host, port = host_port(args.server, 25)
    msgid = email.utils.make_msgid(domain="app.example.test")
    body = (
        f"From: Example App <{args.header_from}>\r\n"
        f"To: {', '.join(f'<{r}>' for r in args.to)}\r\n"
        f"Subject: {args.subject}\r\n"
        f"Date: {email.utils.formatdate(localtime=False)}\r\n"
        f"Message-ID: {msgid}\r\n"
        f"X-Probe-Scenario: {args.subject}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n"
        "\r\n"
        "This is a probe message whose only purpose is to bounce.\r\n"
    )
    mail_opts: list[str] = []
    rcpt_opts: list[str] = []
    if args.ret:
        mail_opts.append(f"RET={args.ret}")
    if args.envid:
        mail_opts.append(f"ENVID={args.envid}")
    if args.notify:
        rcpt_opts.append(f"NOTIFY={args.notify}")
    sent_at = time.time()
    # Recipients the MTA refuses at RCPT (its policy service, say) are recorded, not fatal.
    refused: dict[str, tuple[int, bytes]]
    with smtplib.SMTP(host, port, local_hostname="app.example.test", timeout=30) as s:
        s.ehlo()
        if (mail_opts or rcpt_opts) and not s.has_extn("dsn"):
            sys.exit("server does not offer DSN; drop --ret/--envid/--notify")
        try:
            refused = s.sendmail(
                args.mail_from, args.to, body.encode("ascii"), mail_opts, rcpt_opts
            )
        except smtplib.SMTPRecipientsRefused as exc:
            refused = exc.recipients
    print(
        json.dumps(
            {
                "message_id": msgid,
                "mail_from": args.mail_from,
                "to": args.to,
                "sent_at": sent_at,
                "refused": {
                    r: f"{code} {text.decode(errors='replace')}"
                    for r, (code, text) in refused.items()
                },
            }
        ),
        flush=True,
    )
    if len(refused) == len(args.to):
        sys.exit(3)  # nothing was sent


# --------------------------------------------------------------------- collect
def dsn_fields(raw: bytes) -> tuple[str, str]:
    """(action, status) of the first recipient in a DSN, or ("no-dsn", "")."""
    import email
    import email.message
    from email import policy

    msg = email.message_from_bytes(raw, policy=policy.compat32)
    for part in msg.walk():
        if part.get_content_type() == "message/delivery-status":
            # compat32 parses the status groups as a list of Message objects
            groups = part.get_payload()
            for group in groups[1:] if isinstance(groups, list) else []:
                if not isinstance(group, email.message.Message):
                    continue
                action = (group.get("Action") or "").strip().lower()
                if action:
                    return action, (group.get("Status") or "").strip()
            text = part.as_string()
            for line in text.splitlines():
                if line.lower().startswith("action:"):
                    return line.split(":", 1)[1].strip().lower(), ""
    return "no-dsn", ""


def cmd_collect(args: argparse.Namespace) -> None:
    import shutil

    sent: dict[str, dict[str, Any]] = {}
    with open(args.sent) as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                sent[rec["mail_from"].lower()] = rec
    os.makedirs(args.outdir, exist_ok=True)
    used: set[str] = set()
    print("mta\tscenario\taction\tstatus\tseconds\tfile")
    for name in sorted(os.listdir(args.capture)):
        if not name.endswith(".eml"):
            continue
        base = os.path.join(args.capture, name[:-4])
        with open(base + ".json") as f:
            meta = json.load(f)
        with open(base + ".eml", "rb") as f:
            raw = f.read()
        rcpt = (meta["rcpt_tos"] or [""])[0].lower()
        probe = sent.get(rcpt)
        scenario = probe["scenario"] if probe else "unmatched"
        action, status = dsn_fields(raw)
        if meta["mail_from"] not in ("", "<>"):
            action = "not-a-bounce"  # null sender expected on every DSN
        secs = meta["received_at"] - probe["sent_at"] if probe else float("nan")
        fname = f"{args.mta}-{scenario}-{action}.eml"
        n = 2
        while fname in used:
            fname = f"{args.mta}-{scenario}-{action}-{n}.eml"
            n += 1
        used.add(fname)
        shutil.copyfile(base + ".eml", os.path.join(args.outdir, fname))
        print(f"{args.mta}\t{scenario}\t{action}\t{status}\t{secs:.2f}\t{fname}")


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = p.add_subparsers(dest="cmd", required=True)

    c = sub.add_parser("capture")
    c.add_argument("--listen", default="127.0.0.1:2525")
    c.add_argument("--outdir", required=True)
    c.set_defaults(func=cmd_capture)

    r = sub.add_parser("reject")
    r.add_argument("--listen", default="127.0.0.1:2526")
    r.set_defaults(func=cmd_reject)

    d = sub.add_parser("dns")
    d.add_argument("--listen", default="127.0.0.1:53")
    d.set_defaults(func=cmd_dns)

    t = sub.add_parser("tarpit")
    t.add_argument("--listen", default="127.0.0.1:2527")
    t.set_defaults(func=cmd_tarpit)

    s = sub.add_parser("send")
    s.add_argument("--server", default="127.0.0.1:25")
    s.add_argument("--mail-from", required=True, help="envelope sender (VERP address)")
    s.add_argument("--header-from", default="noreply@app.example.test")
    s.add_argument("--to", action="append", required=True)
    s.add_argument("--subject", default="bounce probe")
    s.add_argument("--ret", choices=["FULL", "HDRS"])
    s.add_argument("--envid")
    s.add_argument("--notify", help="e.g. FAILURE,DELAY or SUCCESS,FAILURE,DELAY")
    s.set_defaults(func=cmd_send)

    k = sub.add_parser("collect")
    k.add_argument("--mta", required=True)
    k.add_argument("--sent", required=True, help="JSON lines written by send")
    k.add_argument("--capture", required=True, help="directory of the capture server")
    k.add_argument("--outdir", required=True)
    k.set_defaults(func=cmd_collect)

    args = p.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
