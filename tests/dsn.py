"""Build RFC 3464 delivery status notifications for tests, shaped like Postfix's."""

from __future__ import annotations

from collections.abc import Sequence

TEMPLATE = """\
Return-Path: <>
Received: by mta.example.net (Postfix) id 4XyZ; {date}
Date: {date}
From: MAILER-DAEMON@mta.example.net (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: b-list@bounces.example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="4XyZ.1700000000/mta.example.net"
Message-Id: <{msgid}@mta.example.net>

This is a MIME-encapsulated message.

--4XyZ.1700000000/mta.example.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mta.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

--4XyZ.1700000000/mta.example.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mta.example.net
X-Postfix-Queue-ID: 4XyZ
Arrival-Date: {date}
{records}
--4XyZ.1700000000/mta.example.net
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: list@example.org
To: {first}
Subject: News
Message-ID: <orig-{msgid}@example.org>

--4XyZ.1700000000/mta.example.net--
"""

RECORD = """
Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: {action}
Status: {status}
Remote-MTA: dns; mx.{domain}
Diagnostic-Code: smtp; {diagnostic}
"""


def dsn(
    recipients: Sequence[tuple[str, str, str]] | str,
    *,
    msgid: str = "1",
    action: str = "failed",
    date: str = "Tue, 3 Nov 2026 10:00:00 +0000",
) -> bytes:
    """A DSN for (recipient, status, diagnostic) triples; a bare address means 5.1.1."""
    if isinstance(recipients, str):
        recipients = [
            (recipients, "5.1.1", "550 5.1.1 <{0}>: Recipient address rejected: User unknown")
        ]
    records = "".join(
        RECORD.format(
            rcpt=rcpt,
            action=action,
            status=status,
            domain=rcpt.rpartition("@")[2],
            diagnostic=diagnostic.format(rcpt),
        )
        for rcpt, status, diagnostic in recipients
    )
    text = TEMPLATE.format(date=date, msgid=msgid, records=records, first=recipients[0][0])
    return text.replace("\n", "\r\n").encode()
