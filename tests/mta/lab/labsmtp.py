#!/usr/bin/env python3
"""Small loopback-only helpers for making real MTAs produce real bounces (DSNs).

Sub-commands (each runs in the foreground until SIGTERM/SIGINT):

  capture  SMTP server that accepts everything and stores each message
           verbatim as NNNN.eml plus NNNN.json (envelope, SMTP options,
           arrival time).  Stand-in for the bounce sink under test.
  reject   SMTP server playing "the recipient's mail server": it answers
           RCPT TO / DATA / end of data according to the recipient's local
           part (see REJECT_RULES and the cells of matrix.json), e.g.
           user-unknown@... -> 550 5.1.1.
  matrix   Print the matrix's probes as scenario lines for lib.sh
           ("scenarios"), or the domain and IP of each cell ("routes").
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
  send-many  The same for every scenario line read on stdin, in one process.
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
# "data": accept RCPT TO, reply to the DATA command itself; "eod": accept RCPT
# TO and DATA, reply after the message (end of data).  "{rcpt}" becomes the
# recipient address.  Unlisted local parts are accepted and delivered, unless
# they name a cell of the matrix (matrix.json, below).
REJECT_RULES = {
    "user-unknown": (
        "rcpt",
        "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table",
    ),
    "mailbox-full": ("rcpt", "552 5.2.2 <{rcpt}>: Mailbox full"),
    "host-unknown": ("rcpt", "550 5.1.2 <{rcpt}>: Host unknown"),
    "spam": ("eod", "554 5.7.1 Message rejected as spam"),
    "greylist": (
        "rcpt",
        "450 4.2.0 <{rcpt}>: Recipient address rejected: Greylisted, try again later",
    ),
    "tempfail": ("eod", "451 4.3.0 Temporary local problem, try again later"),
}

# The matrix: one cell per reply of a real receiver (provider, language, stage,
# permanent or transient), with the verdict it must get; see README.md.  The
# local part of a matrix recipient is the cell id, optionally with a "+tag".
MATRIX_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "matrix.json")
MATRIX_DOMAIN = "reject.example.test"
# Each cell's recipient has a domain and an IP of its own (c<N>.reject.example.test
# -> 127.0.1.N), as real receivers do: an MTA that marks a host as failing after a
# 421 (Exim, Postfix) or after ten refused messages in a row (OpenSMTPD's
# "host-rejects-all-mails") then holds back that cell only, not the others.
CELL_NET = "127.0.1."


def load_matrix(path: str = MATRIX_FILE) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        doc: dict[str, Any] = json.load(f)
    return doc


def matrix_cells(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {cell["id"]: cell for cell in doc["cells"]}


def cell_hosts(doc: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Cell id -> (its recipient domain, the IP of its own "recipient MX")."""
    if len(doc["cells"]) > 254:
        raise SystemExit("matrix.json: more than 254 cells do not fit in 127.0.1.0/24")
    return {
        cell["id"]: (f"c{n}.{MATRIX_DOMAIN}", f"{CELL_NET}{n}")
        for n, cell in enumerate(doc["cells"], 1)
    }


def matrix_reply(cell: dict[str, Any], rcpt: str) -> str:
    return "\r\n".join(line.replace("{rcpt}", rcpt) for line in cell["reply"])


def matrix_probes(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Every probe of the matrix: name, recipients, for each recipient the cell whose
    reply it gets (None: delivered), and the recipients each DSN reports, in order.

    A cell alone is one probe to <cell-id>@c<N>.reject.example.test.  A group is
    one probe to several recipients, <cell-id>+<group>@reject.example.test (or
    ok+<group>), all at 127.0.0.2:
    a recipient refused at RCPT gets its own cell's reply; every recipient
    accepted at RCPT gets the reply to DATA of the first "data" cell among them,
    else the reply after the message of the first "eod" cell, else is delivered.
    The permanent failures come in one DSN; a transient cell (a group's must be
    refused at RCPT) in a delay warning, then in the DSN of its expiry.
    Probes with a transient cell come first, so that their queue lifetime starts
    early.
    """
    cells = matrix_cells(doc)
    hosts = cell_hosts(doc)
    probes = []
    for cell in doc["cells"]:
        rcpts = [[f"{cell['id']}@{hosts[cell['id']][0]}", cell["id"]]]
        probes.append({"name": cell["id"], "rcpts": rcpts})
    for group in doc["groups"]:
        members = group["rcpts"]
        accepted = [m for m in members if m == "ok" or cells[m]["stage"] != "rcpt"]
        if any(m != "ok" and cells[m]["mode"] == "transient" for m in accepted):
            raise SystemExit(
                f"matrix.json: {group['id']}: a transient cell must be refused at RCPT"
            )
        final = next((m for m in accepted if m != "ok" and cells[m]["stage"] == "data"), None)
        final = final or next((m for m in accepted if m != "ok"), None)
        rcpts = []
        for m in members:
            answer = m if m != "ok" and cells[m]["stage"] == "rcpt" else final
            rcpts.append([f"{m}+{group['id']}@{MATRIX_DOMAIN}", answer])
        probes.append({"name": group["id"], "rcpts": rcpts})
    first = []
    for probe in probes:
        failed = [a for a, c in probe["rcpts"] if c and cells[c]["mode"] == "permanent"]
        deferred = [a for a, c in probe["rcpts"] if c and cells[c]["mode"] == "transient"]
        probe["reports"] = ([failed] if failed else []) + ([deferred, deferred] if deferred else [])
        probe["dsns"] = len(probe["reports"])
        first.append(not deferred)
    return [p for _, p in sorted(zip(first, probes, strict=True), key=lambda fp: fp[0])]


class Rules:
    """What the "recipient MX" answers, by the recipient's local part."""

    def __init__(self, matrix: dict[str, Any] | None) -> None:
        self.cells = matrix_cells(matrix) if matrix else {}

    def rule(self, address: str) -> tuple[str, str] | None:
        local = address.rsplit("@", 1)[0]
        cell = self.cells.get(local.split("+", 1)[0])
        if cell is not None:
            return cell["stage"], matrix_reply(cell, address)
        local = local.lower()
        for prefix, (stage, reply) in REJECT_RULES.items():
            if local == prefix or local.startswith(prefix + "+") or local.startswith(prefix + "-"):
                return stage, reply.format(rcpt=address)
        return None

    def after_rcpt(self, rcpts: list[str], stage: str) -> tuple[str, str] | None:
        """(recipient, reply) of the first accepted recipient with a rule for `stage`."""
        for rcpt in rcpts:
            rule = self.rule(rcpt)
            if rule and rule[0] == stage:
                return rcpt, rule[1]
        return None


class RejectHandler:
    def __init__(self, rules: Rules) -> None:
        self.rules = rules

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        rule = self.rules.rule(address)
        if rule and rule[0] == "rcpt":
            log("reject", f"RCPT <{address}> -> {rule[1]!r}")
            return rule[1]
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        found = self.rules.after_rcpt(envelope.rcpt_tos, "eod")
        if found:
            log("reject", f"end of data for <{found[0]}> -> {found[1]!r}")
            return found[1]
        log("reject", f"accepted from=<{envelope.mail_from}> to={envelope.rcpt_tos}")
        return "250 2.0.0 Ok: delivered"


def reject_smtp_class(rules: Rules) -> Any:
    """aiosmtpd's SMTP, answering the DATA command itself for the "data" stage."""
    from aiosmtpd.smtp import SMTP, syntax

    class RejectSMTP(SMTP):  # type: ignore[misc]
        @syntax("DATA")
        async def smtp_DATA(self, arg: str) -> None:
            envelope = self.envelope
            if envelope is not None and envelope.rcpt_tos and not arg:
                found = rules.after_rcpt(envelope.rcpt_tos, "data")
                if found:
                    log("reject", f"DATA for <{found[0]}> -> {found[1]!r}")
                    await self.push(found[1])
                    return
            await super().smtp_DATA(arg)

    return RejectSMTP


def cmd_reject(args: argparse.Namespace) -> None:
    host, port = host_port(args.listen, 2526)
    matrix = load_matrix(args.matrix) if os.path.exists(args.matrix) else None
    rules = Rules(matrix)
    smtp_class = reject_smtp_class(rules)
    # the cells of the matrix each have an address of their own
    hosts = [host] + ([ip for _, ip in cell_hosts(matrix).values()] if matrix else [])

    async def start() -> Closer:
        loop = asyncio.get_running_loop()
        servers = []
        for h in hosts:
            host_port(h, port)  # loopback only
            servers.append(
                await loop.create_server(
                    lambda: smtp_class(
                        RejectHandler(rules),
                        hostname="mx.reject.example.test",
                        enable_SMTPUTF8=True,  # replies in UTF-8 (the matrix's languages)
                        decode_data=False,
                    ),
                    h,
                    port,
                )
            )
        log("reject", f"listening on {', '.join(hosts)} port {port}")

        def close() -> None:
            for server in servers:
                server.close()

        return close

    run_forever(start)


def cmd_matrix(args: argparse.Namespace) -> None:
    """Print the matrix's probes as lib.sh scenario lines, or its routes."""
    doc = load_matrix(args.matrix)
    if args.what == "routes":
        for cell_id, (domain, ip) in cell_hosts(doc).items():
            print(f"{domain} {ip} {cell_id}")
        return
    for probe in matrix_probes(doc):
        rcpts = ",".join(address for address, _ in probe["rcpts"])
        print(f"{probe['name']}|{rcpts}||{probe['dsns']}")


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
def send_probe(args: argparse.Namespace) -> dict[str, Any]:
    """Submit one probe; the record of what was sent (recipients refused at RCPT included)."""
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
    return {
        "message_id": msgid,
        "mail_from": args.mail_from,
        "to": args.to,
        "sent_at": sent_at,
        "refused": {
            r: f"{code} {text.decode(errors='replace')}" for r, (code, text) in refused.items()
        },
    }


def cmd_send(args: argparse.Namespace) -> None:
    record = send_probe(args)
    print(json.dumps(record), flush=True)
    if len(record["refused"]) == len(args.to):
        sys.exit(3)  # nothing was sent


def cmd_send_many(args: argparse.Namespace) -> None:
    """One probe per scenario line read on stdin (name|rcpts|options|DSNs), in one process.

    Prints one JSON line per probe, with "scenario" and "dsns": the DSNs to expect (0 when
    the MTA refused every recipient, e.g. its policy service).  The envelope sender is a
    VERP address for the first recipient, e.g.
    bounce+user-unknown=reject.example.test@bounces.example.test
    """
    probe_parser = argparse.ArgumentParser(prog="send-many options")
    probe_parser.add_argument("--ret", choices=["FULL", "HDRS"])
    probe_parser.add_argument("--envid")
    probe_parser.add_argument("--notify")
    for line in sys.stdin:
        if not line.strip():
            continue
        name, rcpts, opts, dsns = line.rstrip("\n").split("|")
        to = rcpts.split(",")
        local, _, domain = to[0].rpartition("@")
        probe = probe_parser.parse_args(opts.split())
        probe.server, probe.header_from, probe.to = args.server, args.header_from, to
        probe.mail_from = f"bounce+{local}={domain}@{args.bounce_domain}"
        probe.subject = f"{args.subject_prefix} {name}"
        record = send_probe(probe)
        everyone_refused = len(record["refused"]) == len(to)
        print(
            json.dumps({"scenario": name, **record, "dsns": 0 if everyone_refused else int(dsns)}),
            flush=True,
        )


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
    r.add_argument("--matrix", default=MATRIX_FILE, help="the matrix's cells (JSON)")
    r.set_defaults(func=cmd_reject)

    m = sub.add_parser("matrix")
    m.add_argument("what", choices=["scenarios", "routes"])
    m.add_argument("--matrix", default=MATRIX_FILE)
    m.set_defaults(func=cmd_matrix)

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

    sm = sub.add_parser("send-many")
    sm.add_argument("--server", default="127.0.0.1:25")
    sm.add_argument("--bounce-domain", required=True)
    sm.add_argument("--header-from", default="noreply@app.example.test")
    sm.add_argument("--subject-prefix", default="bounce probe")
    sm.set_defaults(func=cmd_send_many)

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
