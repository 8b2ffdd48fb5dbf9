"""Text patterns per reason and per language, compiled once into one :class:`Matcher`.

``REASON_ORDER`` decides between reasons when one text holds phrases of several: quota and
size first (they are precise and often come with a vague "user" word), then every refusal
caused by *us* (authentication, reverse DNS, reputation, block lists, spam, virus, policy,
relaying, our sender address) so that such a refusal is never read as a bad mailbox, then the
recipient-side verdicts, then the system and transient ones (a precise network or system cause
before the generic "expired" it led to).
"""

from __future__ import annotations

from bouncesink.classify.patterns import (
    asia,
    baltic,
    ca,
    cs,
    de,
    el,
    en,
    en_sender,
    es,
    fr,
    he_ar_fa,
    it,
    ja,
    ko,
    nl,
    nordic,
    pl,
    pt,
    ru,
    south_slavic,
    tr_ro,
    uralic,
    zh,
)
from bouncesink.classify.patterns.table import Matcher, Pattern, TextMatch, fold, trigrams
from bouncesink.types import Reason as R

REASON_ORDER: tuple[R, ...] = (
    R.MAILBOXFULL,
    R.EMAILTOOLARGE,
    R.RATELIMITED,
    R.NOTCOMPLIANTRFC,
    R.AUTHFAILURE,
    R.REQUIREPTR,
    R.BADREPUTATION,
    R.REJECTED,
    R.BLOCKED,
    R.VIRUSDETECTED,
    R.SPAMDETECTED,
    R.POLICYVIOLATION,
    R.NORELAYING,
    R.SUSPEND,
    R.HASMOVED,
    R.USERUNKNOWN,
    R.NOTACCEPT,
    R.HOSTUNKNOWN,
    R.FILTERED,
    R.SUPPRESSED,
    R.FAILEDSTARTTLS,
    R.SYSTEMFULL,
    R.CONTENTERROR,
    R.SYNTAXERROR,
    R.MAILERERROR,
    R.NETWORKERROR,
    R.SYSTEMERROR,
    R.EXPIRED,
    R.SECURITYERROR,
)

# Reasons that put the fault on the sending side: kind block, never a bad mailbox.
SENDER_SIDE: frozenset[R] = frozenset(
    {
        R.AUTHFAILURE,
        R.REQUIREPTR,
        R.BADREPUTATION,
        R.BLOCKED,
        R.VIRUSDETECTED,
        R.SPAMDETECTED,
        R.POLICYVIOLATION,
        R.NORELAYING,
        R.REJECTED,
    }
)

# One table per language (rule ids ``text:<lang>:<reason>:<NN>``); the order only breaks ties
# between equally placed matches of the same reason.
TABLES: tuple[tuple[str, tuple[Pattern, ...]], ...] = (
    ("en", en_sender.ENTRIES + en.ENTRIES),
    ("fr", fr.ENTRIES),
    ("de", de.ENTRIES),
    ("es", es.ENTRIES),
    ("it", it.ENTRIES),
    ("pt", pt.ENTRIES),
    ("nl", nl.ENTRIES),
    ("ja", ja.ENTRIES),
    ("zh", zh.ENTRIES),
    ("ru", ru.ENTRIES),
    ("pl", pl.ENTRIES),
    ("cs", cs.ENTRIES),
    ("sv", nordic.SV),
    ("da", nordic.DA),
    ("no", nordic.NO),
    ("fi", uralic.FI),
    ("hu", uralic.HU),
    ("tr", tr_ro.TR),
    ("ro", tr_ro.RO),
    ("ko", ko.ENTRIES),
    ("el", el.EL),
    ("he", he_ar_fa.HE),
    ("ar", he_ar_fa.AR),
    ("fa", he_ar_fa.FA),
    ("bg", south_slavic.BG),
    ("sr", south_slavic.SR),
    ("sh", south_slavic.SH),
    ("sl", south_slavic.SL),
    ("be", baltic.BE),
    ("lt", baltic.LT),
    ("lv", baltic.LV),
    ("et", baltic.ET),
    ("ca", ca.CA),
    ("vi", asia.VI),
    ("id", asia.ID),
    ("th", asia.TH),
    ("hi", asia.HI),
)

MATCHER = Matcher(TABLES, REASON_ORDER)

__all__ = [
    "MATCHER",
    "REASON_ORDER",
    "SENDER_SIDE",
    "TABLES",
    "Pattern",
    "TextMatch",
    "fold",
    "trigrams",
]
