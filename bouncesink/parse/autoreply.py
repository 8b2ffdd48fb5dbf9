"""RFC 3834 auto-replies: vacation notices, out-of-office, challenge-response.

One record for the address that answered (the From of the auto-reply). Run after the bounce
detectors: Postfix marks its own bounces ``Auto-Submitted: auto-replied`` too, and a message
from a mailer daemon or postmaster is never somebody's vacation notice.
"""

from __future__ import annotations

import logging
import re

from bouncesink.parse._address import clean_address, is_system_address
from bouncesink.parse._context import Context
from bouncesink.types import Action, MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "autoreply"
MESSAGE_TYPE = MessageType.AUTOREPLY

# (header, pattern on its value): any match marks an auto-reply (RFC 3834 and vendor headers).
HEADER_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Auto-Submitted", re.compile(r"^\s*auto-replied", re.I)),  # RFC 3834
    ("X-Autoreply", re.compile(r"^\s*(?:yes|true|1)?\s*$", re.I)),  # Zimbra, cPanel
    ("X-Autorespond", re.compile(r".", re.I)),  # various
    ("X-Autoresponder", re.compile(r".", re.I)),
    ("X-Auto-Reply-From", re.compile(r".", re.I)),
    ("X-Mail-Autoreply", re.compile(r".", re.I)),  # OpenXchange
    ("X-Vacation", re.compile(r".", re.I)),
    ("Precedence", re.compile(r"^\s*auto[_-]?reply", re.I)),
    ("X-Boxtrapper", re.compile(r".", re.I)),  # cPanel challenge-response
    ("X-Spam-Challenge", re.compile(r".", re.I)),
)

# Exchange and Outlook send an out-of-office reply marked "Auto-Submitted: auto-generated"
# (not RFC 3834's auto-replied) with "X-Auto-Response-Suppress: All" ([MS-OXCMAIL] 2.2.3.2.14),
# its subject prefixed in the mailbox's language: the pair marks the reply whatever the
# language. A bounce of Exchange's is read by the detectors before this one.
EXCHANGE_AUTO_RE = re.compile(r"^\s*auto-generated", re.I)

# A subject alone is not enough on mail sent to a list.
MAILING_LIST_HEADERS = ("List-Unsubscribe", "List-Id", "List-Post", "Feedback-ID")

# Subjects of vacation notices and challenge-responses, several languages.
SUBJECT_RE = re.compile(
    r"^\s*(?:"
    r"auto(?:matic|matische|matisch)?[ \-_]?(?:reply|response|respons|antwort|antwoord)"
    r"|auto:|autoreply|out of (?:the )?office|vacation|away from|on holiday|on leave"
    r"|abwesenheit|abwesend|automatische antwort|urlaub"
    r"|r[ée]ponse automatique|message d'absence|absence du bureau|en cong[ée]s?\b"
    r"|respuesta autom[áa]tica|fuera de la oficina"
    r"|risposta automatica|fuori ufficio"
    r"|automatisch antwoord|afwezig|buiten kantoor"
    r"|resposta autom[áa]tica|ausente do escrit[óo]rio"
    r"|自動応答|自動返信|不在"
    # Outlook's "Automatic reply:" prefix in its other languages (sv/da/nb, fi, pl, cs, sk,
    # hu, ro, tr, ru, uk, bg, el, hr, sl, lt, lv, et, zh-CN, zh-TW, ko, he, ar, vi, id) and
    # the Russian and Chinese webmails' own ("Автоответ", "自动回复")
    r"|automati(?:sk|skt) svar|automaattinen vastaus|odpowied[źz] automatyczna"
    r"|automatick[áa] odpov[ěe][ďd]|automatikus v[áa]lasz|r[ăa]spuns automat"
    r"|otomatik yan[\u0131i]t|автоматический ответ|автоматична відповідь|автоматичен отговор"
    r"|αυτόματη απάντηση|automatski odgovor|samodejni odgovor|automatinis atsakymas"
    r"|autom[āa]tisk[āa] atbilde|automaatvastus|автоответ|自动答复|自动回复|自動回覆|자동 회신"
    r"|תשובה אוטומטית|رد تلقائي|tr[ảa] l[ờo]i t[ựu] đ[ộo]ng|balasan otomatis"
    r"|please confirm your (?:e-?mail|message)|verify your (?:e-?mail|message)"
    r"|(?:sender )?(?:verification|confirmation) required"
    r"|your e-?mail requires verification"  # cPanel BoxTrapper's verify template
    # Mailman's held-post notice, sent through autorespond_to_sender (Mailman 3
    # chains/hold.py: "Your message to ${fqdn_listname} awaits moderator approval"; Mailman 2
    # Hold.py the same with the list's name)
    r"|your message to \S.{0,150} awaits moderator approval"
    r")",
    re.I,
)
SUBJECT_ANYWHERE_RE = re.compile(
    r"\b(?:out of (?:the )?office|away until|on vacation|auto(?:matic)?[ \-]?reply"
    r"|autorespons\w*|abwesenheitsnotiz|r[ée]ponse automatique)\b",
    re.I,
)


def is_autoreply(ctx: Context) -> bool:
    if ctx.sender is not None and is_system_address(ctx.sender):
        return False
    for name, pattern in HEADER_RULES:
        value = ctx.headers.get(name.lower())
        if value is not None and pattern.search(value):
            return True
    if ctx.has_header("X-Auto-Response-Suppress") and EXCHANGE_AUTO_RE.match(
        ctx.header("Auto-Submitted")
    ):
        return True
    if any(ctx.has_header(name) for name in MAILING_LIST_HEADERS):
        return False  # a newsletter titled "Out of office furniture", not a notice
    subject = ctx.subject
    return bool(SUBJECT_RE.search(subject) or SUBJECT_ANYWHERE_RE.search(subject))


def detect(ctx: Context) -> list[RecipientRecord] | None:
    if not is_autoreply(ctx):
        return None
    addr = ctx.sender
    reply_to = ctx.header("Reply-To")
    if addr is None and reply_to:
        addr = clean_address(reply_to)
    return [
        RecipientRecord(
            recipient=addr,
            action=Action.AUTOREPLY,
            diagnostic=ctx.subject or None,
            source=NAME,
        )
    ]
