"""What each lab scenario must give, per MTA: DSNs, recipient verdicts, address states.

Shared by the live test (test_real_mtas.py) and the offline one over the DSNs the lab once
produced (test_observed.py). The decisions behind the table are in test_real_mtas.py's
docstring: null MX is notaccept (RFC 7505), a message dropped at the end of its queue lifetime
is expired.
"""

from __future__ import annotations

from dataclasses import dataclass

RJ = "reject.example.test"


@dataclass(frozen=True, slots=True)
class Record:
    """One recipient record of one DSN and the verdict bouncesink must record for it."""

    address: str
    action: str  # the DSN's Action field, as the MTA wrote it
    kind: str
    category: str
    reason: str | None = None  # None: not checked (a warning's reason is the trouble so far)

    @property
    def verdict(self) -> tuple[str, str, str | None]:
        return self.kind, self.category, self.reason


@dataclass(frozen=True, slots=True)
class Scenario:
    dsns: tuple[tuple[Record, ...], ...]  # the DSNs, in order of arrival, and their records
    states: dict[str, str]  # address -> state at the end ("active": nothing held against it)
    warning_first: bool = False  # DSN 0 is a delay warning that must leave the address alone


def failed(address: str, kind: str, category: str, reason: str, state: str) -> Scenario:
    return Scenario(((Record(address, "failed", kind, category, reason),),), {address: state})


def expiry(address: str, final_action: str = "failed") -> Scenario:
    """A delay warning, then the DSN of a message dropped when its queue lifetime ran out."""
    return Scenario(
        (
            (Record(address, "delayed", "delayed", "delayed"),),
            (Record(address, final_action, "soft", "message-expired", "expired"),),
        ),
        {address: "soft"},
        warning_first=True,
    )


def success(address: str, action: str) -> Scenario:
    record = Record(address, action, "delivered", "delivered", "delivered")
    return Scenario(((record,),), {address: "active"})


SCENARIOS: dict[str, Scenario] = {
    "user-unknown": failed(
        f"user-unknown@{RJ}", "hard", "bad-mailbox", "userunknown", "suppressed"
    ),
    "mailbox-full": failed(f"mailbox-full@{RJ}", "soft", "quota-issues", "mailboxfull", "soft"),
    "host-unknown": failed(f"host-unknown@{RJ}", "hard", "bad-domain", "hostunknown", "suppressed"),
    # refused because of us (554 5.7.1 ... spam after DATA): never held against the address
    "spam-at-data": failed(f"spam@{RJ}", "block", "spam-related", "spamdetected", "active"),
    "multi-rcpt": Scenario(
        (
            (
                Record(f"user-unknown+multi@{RJ}", "failed", "hard", "bad-mailbox", "userunknown"),
                Record(f"mailbox-full+multi@{RJ}", "failed", "soft", "quota-issues", "mailboxfull"),
            ),
        ),
        {
            f"user-unknown+multi@{RJ}": "suppressed",
            f"mailbox-full+multi@{RJ}": "soft",
            f"ok+multi@{RJ}": "active",  # delivered, no DSN asked for: no record at all
        },
    ),
    "ret-hdrs": failed(
        f"user-unknown+hdrs@{RJ}", "hard", "bad-mailbox", "userunknown", "suppressed"
    ),
    # the recipient's MX offers no DSN extension: Postfix and OpenSMTPD say "relayed"
    "notify-success": success(f"ok+success@{RJ}", "relayed"),
    "nxdomain": failed(
        "someone@nosuchdomain.example.test", "hard", "bad-domain", "hostunknown", "suppressed"
    ),
    "nullmx": failed(
        "someone@nullmx.example.test", "hard", "bad-domain", "notaccept", "suppressed"
    ),
    "greylist-4xx": expiry(f"greylist@{RJ}"),
    "tempfail-data": expiry(f"tempfail@{RJ}"),
    "conn-refused": expiry("someone@down.example.test"),
    "greeting-timeout": expiry("someone@tarpit.example.test"),
    "dns-servfail": expiry("someone@servfail.example.test"),
}

# What one MTA does differently.
OVERRIDES: dict[tuple[str, str], Scenario] = {
    ("exim", "notify-success"): success(f"ok+success@{RJ}", "delivered"),
    # OpenSMTPD 6.8 labels the DSN of an expired envelope "Action: delayed", Status 4.4.7,
    # "Envelope expired", although the message is gone from its queue: it is final.
    **{
        ("opensmtpd", name): expiry(SCENARIOS[name].dsns[0][0].address, final_action="delayed")
        for name in ("greylist-4xx", "tempfail-data", "conn-refused", "dns-servfail")
    },
    # OpenSMTPD 6.8 does not know null MX (RFC 7505): it tries the MX "." until the message
    # expires, and its DSNs never say why.
    ("opensmtpd", "nullmx"): expiry("someone@nullmx.example.test", final_action="delayed"),
    # Postfix's final DSN keeps the last 4.x.x status and text: it is read by the trouble it
    # names, expired only when it names none (product decision, bouncesink/classify/engine.py).
    **{
        ("postfix", name): Scenario(
            (
                SCENARIOS[name].dsns[0],
                (Record(SCENARIOS[name].dsns[1][0].address, "failed", "soft", category, reason),),
            ),
            SCENARIOS[name].states,
            warning_first=True,
        )
        for name, category, reason in (
            ("conn-refused", "no-answer-from-host", "networkerror"),  # "Connection refused"
            ("dns-servfail", "no-answer-from-host", "networkerror"),  # "Host not found, try again"
            # "451 4.3.0 Temporary local problem"
            ("tempfail-data", "routing-errors", "systemerror"),
        )
    },
    # Exim's final DSN quotes the last reply too, with ": retry timeout exceeded": the local
    # problem it names is the trouble, as in Postfix's.
    ("exim", "tempfail-data"): Scenario(
        (
            SCENARIOS["tempfail-data"].dsns[0],
            (
                Record(
                    SCENARIOS["tempfail-data"].dsns[1][0].address,
                    "failed",
                    "soft",
                    "routing-errors",
                    "systemerror",
                ),
            ),
        ),
        SCENARIOS["tempfail-data"].states,
        warning_first=True,
    ),
}

# greeting-timeout takes 5 minutes on OpenSMTPD (its built-in greeting timeout); it costs
# nothing more on the other two, whose timeouts the lab sets to 10 s.
SKIPPED: dict[str, frozenset[str]] = {"opensmtpd": frozenset({"greeting-timeout"})}


def expected(mta: str, name: str) -> Scenario:
    return OVERRIDES.get((mta, name), SCENARIOS[name])


def scenarios_of(mta: str) -> tuple[str, ...]:
    return tuple(s for s in SCENARIOS if s not in SKIPPED.get(mta, frozenset()))


# Misclassifications seen on these real DSNs, not fixed yet: (mta, scenario, DSN index) ->
# (the verdict given, why it is wrong). A test that sees exactly this verdict is marked
# xfail; once it is right the test passes, and the entry can go.
KNOWN_WRONG: dict[tuple[str, str, int], tuple[tuple[str, str, str], str]] = {
    ("opensmtpd", "multi-rcpt", 0): (
        ("soft", "quota-issues", "mailboxfull"),
        "when OpenSMTPD lists user-unknown+multi first, its diagnostic takes in the next "
        "line (mailbox-full+multi's 552 5.2.2 Mailbox full) and that text wins over its own "
        "Status 5.1.1: an unknown user is recorded as mailbox full (order varies per run)",
    ),
}


def judge(
    mta: str, scenario: str, n: int, record: Record, seen: tuple[str, str, str], where: str
) -> str | None:
    """None if `seen` is right for `record`; the note if it is a known misclassification.

    Raises AssertionError for any other verdict.
    """
    right = record.verdict if record.reason else record.verdict[:2]
    if seen[: len(right)] == right:
        return None
    wrong = KNOWN_WRONG.get((mta, scenario, n))
    if wrong is not None and wrong[0] == seen:
        return f"{where}: {wrong[1]}"
    raise AssertionError(f"{where}: {seen} for {record.address}, expected {right}")
