"""A message over [smtp].max_message_size: refused with an enhanced status code, counted."""

from __future__ import annotations

import asyncio
import smtplib
from collections.abc import Sequence

from bouncesink.metrics import Metrics
from bouncesink.pipeline import Incoming
from bouncesink.smtp import BounceHandler, SmtpLimits, start_server


async def never(items: Sequence[Incoming]) -> list[int]:
    raise AssertionError("nothing over the limit is stored")


async def test_too_large_is_552_5_3_4_and_counted() -> None:
    metrics = Metrics(process=False)
    handler = BounceHandler(["bounces.example.org"], never, 10, metrics=metrics)  # type: ignore[arg-type]
    limits = SmtpLimits(max_message_size=1000)
    server, _ = await start_server(
        handler, "127.0.0.1", 0, hostname="mx.test", limits=limits, metrics=metrics
    )
    host, port = server.sockets[0].getsockname()[:2]

    def talk() -> tuple[tuple[int, bytes], tuple[int, bytes]]:
        with smtplib.SMTP(host, port, timeout=10) as client:
            client.ehlo()
            at_mail = client.docmd("MAIL FROM:<> SIZE=5000")
            client.rset()
            client.mail("")
            client.rcpt("b@bounces.example.org")
            at_data = client.data(b"Subject: x\r\n\r\n" + b"y" * 3000 + b"\r\n")
            return at_mail, at_data

    try:
        (mail_code, mail_text), (data_code, data_text) = await asyncio.to_thread(talk)
    finally:
        server.close()
        await server.wait_closed()
    assert (mail_code, mail_text.split()[0]) == (552, b"5.3.4")
    assert (data_code, data_text.split()[0]) == (552, b"5.3.4")
    rendered = metrics.render().decode()
    assert 'bouncesink_messages_refused_total{cause="too-large"} 2.0' in rendered
