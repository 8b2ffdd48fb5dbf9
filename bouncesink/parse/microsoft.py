"""Plain-text bounces of Microsoft Exchange (2003 to 2019), Office 365 and Outlook.com, in
English and in the languages Exchange writes them in most (German, French, Spanish, Italian);
and hMailServer's, which opens with Exchange's sentence ("Your message did not reach some or all
of the intended recipients") and then labels the remote server's reply its own way."""

from __future__ import annotations

import dataclasses
import logging
import re

from bouncesink.parse._context import Context
from bouncesink.parse._formats import MARKER_WINDOW, TextFormat, branches_of, marker_of
from bouncesink.parse._refine import Refiner, detect_refined, gate_of, stated_reason_first
from bouncesink.types import Action, MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "microsoft"
MESSAGE_TYPE = MessageType.BOUNCE

# Exchange's marker, alternative by alternative: (the literal every match of it starts with,
# in lower case; the regex). Case-insensitive and without a common prefix, the whole
# alternation would be tried at every position of a text that merely says "your message".
_EXCHANGE_MARKERS: tuple[tuple[str, str], ...] = (
    (
        "your message did not reach",
        r"Your message did not reach some or all of the intended recipients",
    ),
    (
        "the following recipient(s) c",
        r"The following recipient\(s\) (?:could not be reached|cannot be reached)",
    ),
    # Exchange 2003 lists To: under "Your message" (Domino lists Subject:); Exchange 2000
    # writes "Delivery to the following recipients failed." ("... failed permanently:" is
    # Gmail's older report, and an unnamed MTA's).
    ("your message", r"^Your message[ \t]*\n(?:[ \t]*\n){0,2}[ \t]+To:"),
    (
        "delivery to the following recipient",
        r"Delivery to the following recipients? failed(?! permanently)",
    ),
    ("did not reach the following recipient", r"did not reach the following recipient"),
    (
        "this message could not be delivered to the following recipient",
        r"This message could not be delivered to the following recipient",
    ),
)

# The opening sentence of Exchange's report in other languages: 2007-2019 ("Delivery has failed
# to these recipients or groups:", "Delivery is delayed to..."), Office 365 ("Your message to
# rcpt couldn't be delivered."), 2003 ("Your message did not reach some or all...").
# (ASCII pieces of them: a key with a Latin-1 letter costs a scan of an ASCII text too)
_LOCALIZED_KEYS = (
    "destinata",  # fr "destinataires ou groupes", es "destinatarios o grupos", it "destinatari"
    "no pudo entregarse",  # es, Office 365: "Su mensaje para rcpt no pudo entregarse."
    "n'a pas pu",  # fr, Office 365: "Votre message à rcpt n'a pas pu être remis."
    "empf",  # de: "... an folgende Empfänger oder Gruppen ...", 2003: "... alle Empfänger ..."
    "bermittelt werden",  # de, Office 365: "Ihre Nachricht an rcpt konnte nicht übermittelt ..."
)
_LOCALIZED_MARKER = re.compile(
    r"(?:Zustellung|Übermittlung) an folgende Empfänger oder Gruppen"
    r"|(?:remise|distribution) aux destinataires ou groupes suivants"
    r"|entrega a estos destinatarios o grupos"
    r"|Recapito (?:non riuscito )?a questi destinatari o gruppi"
    r"|Ihre Nachricht an .{1,200} konnte nicht übermittelt werden"
    r"|Votre message (?:à|pour) .{1,200} n'a pas pu être remis"
    r"|Su mensaje para .{1,200} no pudo entregarse"
    r"|Ihre Nachricht hat einige oder alle Empfänger nicht erreicht"
)
# A delay notice in those languages says so in its opening sentence ("... wird verzögert:",
# "... est différée :", "... se ha retrasado:"): the English words of _text.DELAYED_RE are not
# there.
_LOCALIZED_DELAY_RE = re.compile(r"verzögert|différée|retardée|retrasad|ritardat", re.I)

# hMailServer: under each recipient, either the remote server's words or its own.
_HMAIL_REASON = re.compile(
    r"^[ \t]+(?:Remote server replied|Error Description):[ \t]*(?P<text>[^\n]+)", re.M
)

FORMATS: tuple[TextFormat, ...] = (
    TextFormat(
        name="office365",
        keys=(
            "delivery has failed to these",
            "delivery is delayed to these",
            "your message couldn't",
            "your message could not",
            "your message wasn't",
            "your message was not",
            "couldn't be delivered",
        ),
        marker=re.compile(
            # (not EZweb's "Your message was not delivered within 0 days and 1 hours.")
            r"Delivery has failed to these recipients or groups|Your message (?:couldn't|could not|"
            r"wasn't|was not) (?:be )?delivered(?! within)"
            r"|Your message to .{1,200} couldn't be delivered"
            r"|Delivery is delayed to these recipients or groups",
            re.I,
        ),
        example="Delivery has failed to these recipients or groups: rcpt@x ... Remote Server "
        "returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'",
    ),
    TextFormat(
        name="hmailserver",  # before Exchange, whose opening sentence it shares
        keys=("error type:",),
        marker=re.compile(r"^The following recipient\(s\) could not be reached:", re.M),
        example="The following recipient(s) could not be reached: rcpt@x / Error Type: SMTP / "
        "Remote server (192.0.2.1) issued an error. / hMailServer sent: RCPT TO:<rcpt@x> / "
        "Remote server replied: 550 5.1.1 ...",
        recipient=re.compile(
            r"^(?P<addr>[^\s@<>()'\"]{1,64}@[^\s@<>()'\"]{1,255})[ \t]*\n[ \t]+Error Type:", re.M
        ),
        reason=_HMAIL_REASON,
    ),
    TextFormat(
        name="exchange",
        keys=(
            "did not reach some or all",
            "could not be reached",
            "cannot be reached",
            "your message",
            "delivery to the following recipient",
            "could not be delivered to the following recipient",
        ),
        marker=marker_of(_EXCHANGE_MARKERS, re.I | re.M),
        branches=branches_of(_EXCHANGE_MARKERS, re.I | re.M),
        example="Your message did not reach some or all of the intended recipients. ... "
        "rcpt@x on 4/29/2010 The e-mail account does not exist",
    ),
)


GATE = gate_of(FORMATS)

# In the other languages (a text with no letter outside ASCII is in none of them: looked for
# only after the English formats, and only in a text that has one).
LOCALIZED: tuple[TextFormat, ...] = (
    TextFormat(
        name="exchange",
        keys=_LOCALIZED_KEYS,
        marker=_LOCALIZED_MARKER,
        example="Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen: rcpt@x "
        "... Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
    ),
)
LOCALIZED_GATE = gate_of(LOCALIZED)


def _localized(report: str, record: RecipientRecord) -> RecipientRecord:
    """A delay notice says so in its opening sentence."""
    if record.action is Action.FAILED and _LOCALIZED_DELAY_RE.search(report[:400]):
        return dataclasses.replace(record, action=Action.DELAYED)
    return record


REFINERS: dict[str, Refiner] = {
    "hmailserver": stated_reason_first(_HMAIL_REASON),
    "exchange": _localized,
}


def detect(ctx: Context) -> list[RecipientRecord] | None:
    records = detect_refined(ctx, FORMATS, GATE, REFINERS)
    if records is None and not all(w.isascii() for w in ctx.windows(MARKER_WINDOW)):
        records = detect_refined(ctx, LOCALIZED, LOCALIZED_GATE, REFINERS)
    return records
