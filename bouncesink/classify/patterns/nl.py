"""Dutch phrases. Folded text (Dutch uses few accents: "geïnactiveerd" is ``geinactiveerd``).

Numbers are stable: append, never renumber. A sender-side wording ("afzenderadres is
ongeldig") is read first (``REASON_ORDER``), before the recipient's "adres is ongeldig" it
contains.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import Pattern
from bouncesink.types import Reason as R

_SEED_W = (
    "the product's seed (design.md: the provider's description of bad domain, bad mailbox, "
    "inactive mailbox)"
)

ENTRIES: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:mailbox|postvak|postbus|brievenbus|inbox) (?:is )?(?:vol|overvol)|quot(?:um|a) (?:is "
        r")?(?:overschreden|bereikt)",
        "552 5.2.2 Mailbox is vol",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation), Dutch wording; no server sample on record"
        ),
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:account|mailbox|postvak|gebruiker) (?:is )?(?:gedeactiveerd|uitgeschakeld|"
        r"geblokkeerd|opgeschort|inactief)",
        "550 Account is gedeactiveerd",
        source=(
            "RFC 3463 §3.3 (X.2.1 mailbox disabled, not accepting messages), Dutch wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"onbekende (?:gebruiker|ontvanger|geadresseerde)|(?:gebruiker|ontvanger|adres|(?:e-mail|"
        r"email)adres|mailbox|postvak|account) (?:is )?(?:onbekend|bestaat niet|ongeldig|niet "
        r"gevonden)",
        "550 5.1.1 Onbekende gebruiker",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Dutch wording; no server "
            "sample on record"
        ),
        hint=("onbekend", "bestaat niet", "ongeldig", "niet gevonden"),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"onbekend domein|domein (?:is )?(?:onbekend|bestaat niet)",
        "550 Domein bestaat niet",
        source=(
            "RFC 3463 §3.2 (X.1.2 bad destination system address), Dutch wording; no server "
            "sample on record"
        ),
    ),
    # --- added: the seed's hard classes in Dutch ------------------------------------------------
    Pattern(
        R.USERUNKNOWN,
        2,
        r"\b(?:e-mailadres|emailadres|adres|ontvanger|mailbox|postvak|gebruiker) (?:is )?(?:niet "
        r"(?:meer )?(?:geldig|beschikbaar|bekend)|bestaat niet meer|opgeheven)|(?:opgegeven|"
        r"ingevoerde) e-?mailadres (?:is )?niet gevonden|geen (?:geldige )?(?:gebruiker|ontvanger|"
        r"mailbox) (?:met|onder) (?:die|deze) naam",
        "550 5.1.1 Het e-mailadres is niet meer geldig",
        source="RFC 3463 §3.2 (X.1.1), Dutch wording of the seed's 'unavailable, no longer "
        "valid'; no server sample on record",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"\b(?:account|mailbox|postvak|e-mailadres|emailadres|adres) (?:is )?(?:gesloten|verlopen|"
        r"niet (?:meer )?actief|gedeactiveerd|geblokkeerd|uitgeschakeld)",
        "550 5.2.1 Mailbox is niet meer actief",
        source="RFC 3463 §3.3 (X.2.1), Dutch wording; no server sample on record",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"(?:ongeldig|onbekend) domein|domein(?:naam)? (?:is )?(?:ongeldig|niet gevonden)",
        "550 5.1.2 Domeinnaam niet gevonden",
        source="RFC 3463 §3.2 (X.1.2), Dutch wording; no server sample on record",
    ),
    Pattern(
        R.MAILBOXFULL,
        2,
        r"(?:mailbox|postvak|postbus|inbox|brievenbus) van de ontvanger (?:is )?(?:vol|overvol)|"
        r"opslaglimiet (?:is )?(?:bereikt|overschreden)|onvoldoende opslagruimte",
        "552 5.2.2 De mailbox van de ontvanger is vol",
        source="RFC 3463 §3.3 (X.2.2), Dutch wording; no server sample on record",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"bericht (?:is )?te groot|maximale berichtgrootte (?:is )?overschreden",
        "552 5.3.4 Bericht is te groot",
        source="RFC 3463 §3.4 (X.3.4), Dutch wording; no server sample on record",
    ),
    # --- sender side ----------------------------------------------------------------------------
    Pattern(
        R.REJECTED,
        1,
        r"afzender[a-z-]{0,15} (?:is )?(?:ongeldig|onbekend|geweigerd|geblokkeerd|niet "
        r"toegestaan)|(?:ongeldige|onbekende) afzender|adres van de afzender (?:is )?(?:ongeldig|"
        r"onbekend)",
        "553 5.1.8 Afzenderadres is ongeldig",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Dutch wording; no server sample on record",
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip\b.{0,40}(?:geblokkeerd|geweigerd|op (?:een |de )?zwarte lijst)|zwarte lijst",
        "554 Uw IP-adres staat op een zwarte lijst",
        source="RFC 3463 §3.8 (X.7.1) refusing the sending host, Dutch wording; no server "
        "sample on record",
        hint=("geblokkeerd", "geweigerd", "zwarte lijst"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"(?:aangemerkt|beschouwd|gemarkeerd) als (?:spam|ongewenste e-?mail)|ongewenste "
        r"(?:e-?mail|berichten)",
        "550 Bericht aangemerkt als spam",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, Dutch wording; no server sample on "
        "record",
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"in strijd met (?:het |ons )?beleid",
        "550 Bericht is in strijd met ons beleid",
        source="RFC 3463 §3.8 (X.7.1 local policy), Dutch wording; no server sample on record",
    ),
    Pattern(
        R.NORELAYING,
        1,
        r"relay(?:en)? (?:is )?(?:niet toegestaan|geweigerd)",
        "554 Relayen niet toegestaan",
        source="RFC 5321 §3.6.2 (relaying refused), Dutch wording; no server sample on record",
    ),
    # --- temporary ------------------------------------------------------------------------------
    Pattern(
        R.SYSTEMERROR,
        1,
        r"tijdelijk (?:niet beschikbaar|onbereikbaar|geblokkeerd)|probeer het later (?:opnieuw|"
        r"nog eens)|tijdelijke (?:fout|storing)",
        "450 Mailbox tijdelijk niet beschikbaar, probeer het later opnieuw",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Dutch wording; no server sample on "
        "record",
    ),
    Pattern(
        R.NOTACCEPT,
        1,
        r"domein[^.]{0,30}accepteert geen (?:e-?mail|berichten|post)",
        "556 Dit domein accepteert geen e-mail",
        source="RFC 7505 (null MX) / RFC 7504 (556), Dutch wording; no server sample on record",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        3,
        # not where the reply asks to be tried later (a state, not the address)
        r"(?:domeinnaam (?:bestaat niet|is onbekend|is ongeldig|niet gevonden)|\bdomein(?:naam)? "
        r"(?:is )?niet (?:meer )?(?:beschikbaar|in gebruik)|\bdomein(?:naam)? (?:bestaat niet "
        r"meer|wordt niet meer gebruikt))"
        r"(?![^.;]{0,60}later)",
        "550 Dit domein is niet meer in gebruik",
        source=_SEED_W + " ('domain ... unavailable, no longer in use'), Dutch wording",
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        r"(?:onbekende|ongeldige) (?:mailbox|postbus|brievenbus)|\b(?:mailbox|postbus|"
        r"brievenbus) (?:is )?(?:niet gevonden|onbekend|ongeldig)|geen (?:mailbox|postbus|"
        r"gebruiker) met (?:die|deze) naam|ontvangers?adres (?:is |werd )?(?:geweigerd|"
        r"afgewezen)",
        "550 Onbekende mailbox / Ontvangersadres geweigerd",
        source=_SEED_W
        + " ('mailbox ... unknown, bad, not found; recipient address rejected'), Dutch wording",
    ),
    Pattern(
        R.SYSTEMERROR,
        2,
        # "unavailable" with a request to be tried later: a state of the mailbox, not
        # its verdict (RFC 5321 §4.2.1); scanned before the hard "unavailable" entries
        r"\b(?:mailbox|postvak|postbus|domein|e-?mailadres|adres|ontvanger) (?:is )?niet "
        r"beschikbaar.{0,60}later",
        "550 Mailbox niet beschikbaar, probeer het later opnieuw",
        source=_SEED_W + " (its temporary forms stay soft), Dutch wording; RFC 5321 §4.2.1",
        early=True,
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"verbinding\b.{0,30}(?:geweigerd|verbroken|verloren|verlopen|time-?out|onderbroken|mislukt"
        r"|gereset|afgebroken)|time-?out (?:bij|tijdens) (?:de "
        r")?verbinding|(?:server|host|mailserver) (?:reageert|antwoordt) niet|geen "
        r"(?:antwoord|reactie) van (?:de )?(?:server|host)|geen route naar",
        "De verbinding met de mailserver is onderbroken",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Dutch wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"(?:e-?mail|mail|post)-?lus|lus gedetecteerd|te veel (?:hops|sprongen)",
        "554 Maillus: te veel sprongen",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Dutch wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"(?:verkeerd|onjuist|foutief) geconfigureerd|configuratiefout|configuratieprobleem",
        "451 De mailserver is onjuist geconfigureerd",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Dutch wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"bericht\b.{0,40}(?:ongeldig|onjuist|beschadigd) (?:formaat|opgemaakt)|ongeldig "
        r"berichtformaat|misvormd bericht|bericht (?:is )?misvormd",
        "554 Misvormd bericht",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Dutch wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        2,
        r"bijlage(?:type|n)?\b.{0,40}(?:niet toegestaan|geblokkeerd|verboden)|(?:niet "
        r"toegestane|verboden) bijlage",
        "552 Bijlagen van dit type zijn niet toegestaan",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Dutch wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"inhoudsfilter|contentfilter",
        "550 Tegengehouden door het contentfilter",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Dutch wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"te veel (?:berichten|e-?mails|verbindingen)|verzendlimiet",
        "421 Te veel verbindingen vanaf uw IP-adres",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Dutch wording; no server sample on "
            "record"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        2,
        r"bericht\w*\b.{0,30}(?:overschrijdt|groter dan) de (?:maximale|toegestane) "
        r"(?:grootte|omvang)|bericht is te groot|maximale berichtgrootte",
        "552 Maximale berichtgrootte overschreden",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), Dutch wording; no server sample "
            "on record"
        ),
    ),
    Pattern(
        R.BLOCKED,
        2,
        r"blokkeerlijst|blokkadelijst|zwarte lijst|\bip-?adres\w*\b.{0,40}geblokkeerd",
        "554 Uw IP-adres is geblokkeerd",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: IP or sender on a block list, a "
            "refusal of us); RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused), Dutch "
            "wording; no server sample on record"
        ),
    ),
    Pattern(
        R.REJECTED,
        2,
        # A reply answers the client that sent the message: "uw account", "uw adres", "uw
        # domein" are our sender's own; "uw ontvanger" is the recipient (no rule here).
        r"\buw (?:e-?mail|afzender)?(?:account|adres|e-?mailadres|emailadres|domein(?:naam)?) (?:is"
        r" "
        r"|werd |wordt )?(?:tijdelijk |permanent )?(?:geblokkeerd|uitgeschakeld|gedeactiveerd|"
        r"opgeschort|geschorst|afgesloten|ongeldig|onbekend|niet (?:geldig|bekend|gevonden|"
        r"toegestaan)|bestaat niet)|\bu (?:mag geen|mag niet|bent niet bevoegd|heeft geen "
        r"toestemming|hebt geen toestemming)\b[^.;:!?]{0,40}?(?:sturen|verzenden|versturen|mailen)",
        "550 Uw account is geblokkeerd",
        source="RFC 5321 §4.2 (a reply answers the SMTP client: 'uw' is the sender) and RFC 3463 "
        "§3.2/§3.8 (X.1.7/X.1.8 bad sender's address, X.7.1), Dutch wording; no server sample on "
        "record",
        early=True,
    ),
    Pattern(
        R.USERUNKNOWN,
        4,
        # The recipient's address with a relative clause before its predicate ("de mailbox die u
        # probeerde te bereiken bestaat niet").
        r"\b(?:mailbox|postvak|postbus|account|adres|e-?mailadres|emailadres|gebruiker|ontvanger) "
        r"(?:die|dat|waarnaar|waaraan|aan wie|naar wie) [^.;:!?]{1,40}? (?:bestaat niet(?: meer)?|"
        r"is (?:onbekend|ongeldig|niet (?:meer )?(?:geldig|bekend|gevonden)))",
        "550 De mailbox die u probeerde te bereiken bestaat niet",
        source=_SEED_W + " ('unknown, not found, no longer valid'); RFC 3463 §3.2 (X.1.1), Dutch "
        "wording; no server sample on record",
    ),
    Pattern(
        R.SUSPEND,
        3,
        # ... or a closed account, also "het account van de ontvanger is opgeheven" (closed: the
        # seed's inactive mailbox, not an unknown one).
        r"\b(?:mailbox|postvak|postbus|account|adres|e-?mailadres|emailadres)(?: (?:die|dat|"
        r"waarnaar|waaraan) [^.;:!?]{1,40}?| van (?:de|uw) (?:ontvanger|geadresseerde)) (?:is |werd"
        r" "
        r")?(?:uitgeschakeld|gedeactiveerd|geblokkeerd|gesloten|opgeheven|inactief|niet meer "
        r"actief)",
        "550 Het account waarnaar u schrijft is uitgeschakeld",
        source=_SEED_W + " ('the mailbox exists but is no longer active'); RFC 3463 §3.3 (X.2.1), "
        "Dutch wording; no server sample on record",
    ),
)
