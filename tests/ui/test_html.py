"""What a bounce says reaches the page as text, never as markup: every value is escaped."""

from __future__ import annotations

from datetime import UTC, datetime

from bouncesink.store import StoredEvent
from bouncesink.ui import blocks
from bouncesink.ui.html import Html, esc, fmt, join

HOSTILE = '<script>alert("x")</script>'


def test_values_are_escaped_and_html_passes_through() -> None:
    assert fmt("<td>{}</td>", HOSTILE) == (
        "<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td>"
    )
    assert fmt("<td>{}</td>", Html("<b>kept</b>")) == "<td><b>kept</b></td>"
    assert fmt('<a href="{}">', '" onclick="x') == '<a href="&quot; onclick=&quot;x">'
    assert esc(None) == "" and join(["<", Html("<br>")]) == "&lt;<br>"


def test_a_diagnostic_with_markup_is_shown_as_text() -> None:
    event = StoredEvent(
        id=1,
        message_id=7,
        record_index=0,
        address="a@example.com",
        domain="example.com",
        occurred_at=datetime(2026, 12, 3, tzinfo=UTC),
        kind="hard",
        category="bad-mailbox",
        reason="userunknown",
        rule="status:5.1.1",
        action="failed",
        status="5.1.1",
        reply_code=550,
        diagnostic=f"550 {HOSTILE}",
        remote_mta="mx.example.com",
        source=None,
        manual=None,
        actor=None,
        note=None,
        expires_at=None,
        trusted=True,
    )
    html = blocks.event_table([event], None, False)
    assert "<script>" not in html and "&lt;script&gt;" in html
