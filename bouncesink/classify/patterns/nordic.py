"""Swedish, Danish and Norwegian phrases, one table each. Folded text: "å", "ä", "ö" lose
their marks ("brevlådan" is ``brevladan``, "försök" ``forsok``); "æ" and "ø" have no
decomposition and stay, so entries accept both spellings (``pr(?:ø|o)v``, ``dom(?:æ|ae)ne``).

Scandinavian text comes mostly from localized Exchange reports (Swedish: "Leveransen till
följande mottagare eller grupper är försenad", pastebin.com/1wwHRNXn, a delay notice) and
administrators' templates. Numbers are stable: append, never renumber.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import Pattern
from bouncesink.types import Reason as R

_SEED_W = (
    "the product's seed (design.md: the provider's description of bad domain, bad mailbox, "
    "inactive mailbox)"
)

_NO_SAMPLE = "no server sample on record"


def _you(language: str) -> str:
    """The source of a rule reading 'your account/address/domain' as our sender's."""
    return (
        "RFC 5321 §4.2 (a reply answers the SMTP client: 'your' is the sender) and RFC 3463 §3.8 "
        f"(X.7.1) / §3.2 (X.1.7/X.1.8 bad sender's address), {language} wording; " + _NO_SAMPLE
    )


def _rel(language: str) -> str:
    """The source of a rule reading the recipient through a relative clause or a genitive."""
    return (
        _SEED_W + " and RFC 3463 §3.2 (X.1.1) / §3.3 (X.2.1): 'the mailbox you tried to reach', "
        f"'the recipient's account' keep the recipient the subject, {language} wording; "
        + _NO_SAMPLE
    )


# A relative clause about the reader between the recipient's mailbox and its predicate ("the
# mailbox you tried to reach does not exist"), within one clause. Not one that names where the
# reader sends from or what it uses ("the address you send from", "the account you use"): that
# address is ours.
_REL_SV = (
    r",? (?:som |dit |till vilken |till vilket )?(?:du|ni) "
    r"(?:(?!\b(?:fran|anvand\w*)\b)[^.;:!?,]){1,40}?,?"
)
_REL_DA = r",? (?:som |der |hvortil )?du (?:(?!\b(?:fra|bruger|anvender)\b)[^.;:!?,]){1,40}?,?"
_REL_NO = r",? (?:som |hvor )?du (?:(?!\b(?:fra|bruker|benytter)\b)[^.;:!?,]){1,40}?,?"

# Swedish predicates of an inactive mailbox (SUSPEND 1's, with the passive "har inaktiverats").
_SV_INACTIVE = (
    r"(?:ar |har )?(?:blivit )?(?:avstangd|avstangts?|avaktiverad|avaktiverats?|inaktiverad|"
    r"inaktiverats?|sparrad|sparrats?|inaktivt?|stangd|stangts?|avslutad|avslutats?|upphort)"
)
_SV_UNKNOWN = (
    r"(?:finns inte(?: langre)?|existerar inte|hittades inte|kunde inte hittas|ar okant?|"
    r"ar ogiltigt?|ar inte giltigt?)"
)
_DA_INACTIVE = (
    r"(?:er |er blevet |blev |blevet )?(?:deaktiveret|sp(?:æ|ae)rret|lukket|suspenderet|inaktiv|"
    r"nedlagt)"
)
_DA_UNKNOWN = (
    r"(?:findes ikke|eksisterer ikke|blev ikke fundet|er ukendt|er ugyldig|kunne ikke findes)"
)
_NO_INACTIVE = (
    r"(?:er |har blitt |ble |er blitt )?(?:deaktivert|sperret|stengt|suspendert|inaktiv|"
    r"avsluttet|nedlagt)"
)
_NO_UNKNOWN = r"(?:finnes ikke|eksisterer ikke|ble ikke funnet|er ukjent|er ugyldig)"

SV: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:brevladan|inkorgen|postladan|mottagarens brevlada) (?:ar )?(?:full|overfull)|"
        r"(?:kvoten|lagringsutrymmet) (?:ar )?(?:overskriden|fullt?|slut)",
        "552 5.2.2 Mottagarens brevlåda är full",
        source="RFC 3463 §3.3 (X.2.2), Swedish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.REJECTED,
        1,
        r"avsandar[a-z-]{0,15}(?: e-postadress| adress| doman)? (?:ar |har )?(?:ogiltig|okand|"
        r"avvisad|blockerad|nekad)|(?:ogiltig|okand) avsandare",
        "553 5.1.8 Avsändaradressen är ogiltig",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Swedish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip\b.{0,40}(?:blockerad|svartlistad|nekad|avvisad)|svartlist",
        "554 Din IP-adress är svartlistad",
        source="RFC 3463 §3.8 (X.7.1) refusing the sending host, Swedish wording; " + _NO_SAMPLE,
        hint=("blockerad", "svartlist", "nekad", "avvisad"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"(?:klassad|markt|bedomd|identifierad) som (?:spam|skrappost)|skrappost",
        "550 Meddelandet klassades som skräppost",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, Swedish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"\b(?:kontot|brevladan|anvandaren|adressen|e-postadressen) (?:ar |har )?(?:blivit "
        r")?(?:avstangd|avstangt|avaktiverad|avaktiverat|sparrad|sparrat|inaktivt?|stangd|stangt|"
        r"upphort)",
        "550 5.2.1 Kontot är avstängt",
        source="RFC 3463 §3.3 (X.2.1), Swedish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"\b(?:mottagaren|anvandaren|adressen|e-postadressen|brevladan|kontot) (?:finns inte|"
        r"existerar inte|hittades inte|ar okand|ar ogiltig|kunde inte hittas)|(?:okand|ogiltig) "
        r"(?:mottagare|anvandare|e-postadress)|e-postadressen du angav (?:kunde inte hittas|"
        r"hittades inte)",
        "550 5.1.1 Mottagaren finns inte",
        source="RFC 3463 §3.2 (X.1.1), Swedish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"domanen (?:finns inte|existerar inte|hittades inte|ar ogiltig)|(?:okand|ogiltig) doman",
        "550 5.1.2 Domänen finns inte",
        source="RFC 3463 §3.2 (X.1.2), Swedish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.SYSTEMERROR,
        1,
        r"har inte levererats an|fler forsok att leverera kommer att goras|tillfalligt "
        r"(?:otillganglig|ej tillganglig|blockerad)|forsok igen senare",
        "Det här meddelande har inte levererats än. Fler försök att leverera kommer att göras.",
        source="Exchange delay notice in Swedish, pastebin.com/1wwHRNXn; RFC 5321 §4.2.1",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        2,
        # not where the reply asks to be tried later (a state, not the address)
        r"(?:domanen (?:anvands inte langre|(?:ar )?(?:inte|ej) (?:langre )?(?:tillganglig|"
        r"i bruk)))"
        r"(?![^.;]{0,60}senare)",
        "550 Domänen används inte längre",
        source=_SEED_W + " ('domain ... unavailable, no longer in use'), Swedish wording",
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        # not where the reply asks to be tried later (a state, not the address)
        r"(?:(?:ogiltig|okand) (?:brevlada|postlada)|\b(?:brevladan|postladan|mottagaren|"
        r"e-postadressen) (?:ar )?(?:(?:inte|ej) (?:langre )?tillganglig|otillganglig)|"
        r"mottagar(?:adress)?en (?:avvisades|har avvisats|nekades))"
        r"(?![^.;]{0,60}senare)",
        "550 Brevlådan är inte tillgänglig / Mottagaradressen avvisades",
        source=_SEED_W
        + " ('mailbox ... bad, unavailable; recipient address rejected'), Swedish wording",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"meddelandet (?:ar )?for stort|for stort meddelande|storleksgrans",
        "552 För stort meddelande",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), Swedish wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"anslutning(?:en)?\b.{0,30}(?:nekades|brots|avbrots|tidsgrans|timeout|aterstalldes|misslyc"
        r"kades)|tidsgransen (?:for anslutningen )?overskreds|(?:servern|vardet) svarar inte|inget "
        r"svar fran (?:servern|vardet)|ingen vag till",
        "Anslutningen avbröts av fjärrservern",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Swedish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"(?:e-?post|post)slinga|slinga upptackt|for manga hopp",
        "554 Postslinga: för många hopp",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Swedish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"felkonfigurerad|konfigurationsfel|felaktigt konfigurerad",
        "451 E-postservern är felaktigt konfigurerad",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Swedish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"meddelande(?:t)?\b.{0,40}(?:felaktigt|ogiltigt) format|felformaterat meddelande",
        "554 Felformaterat meddelande",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Swedish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"bilag(?:a|an|or|etypen)\b.{0,40}(?:inte tillat|ej tillat|blockerad|forbjuden)",
        "552 Bilagan är inte tillåten (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Swedish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"innehallsfilt(?:er|ret)",
        "550 Stoppat av innehållsfilter",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Swedish wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.BLOCKED,
        2,
        r"blockeringslista|svartlist|sparrlista|\bip-?adress\w*\b.{0,40}(?:blockerad|sparrad)",
        "554 Avsändarens IP-adress är svartlistad",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: IP or sender on a block list, a "
            "refusal of us); RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused), "
            "Swedish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"for manga (?:meddelanden|e-?postmeddelanden|anslutningar)|sandningsgrans",
        "421 För många anslutningar från din IP-adress",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Swedish wording; no server sample on "
            "record"
        ),
    ),
    Pattern(
        R.REJECTED,
        2,
        # A reply speaks to the client that sent the message: "ditt konto", "din adress" (and
        # the formal "ert", "er") are our sender's own, never the recipient's ("din mottagares
        # konto" names the recipient, and is not read here).
        r"\b(?:din|ditt|er|ert) (?:e-?post|mejl|mail|avsandar)?(?:konto|adress|"
        r"doman|domannamn|brevlada) "
        r"(?:(?:(?:ar|har|blev|har blivit) )?(?:(?:tillfalligt|permanent) )?(?:avstangd|"
        r"avstangts?|avaktiverad|avaktiverats?|inaktiverad|inaktiverats?|sparrad|sparrats?|"
        r"blockerad|blockerats?|stangd|stangts?|avslutad|avslutats?|ogiltigt?|okant?|inaktivt?|"
        r"upphort|raderad|raderats?|avvisad|avvisats?|nekad|svartlistad)|finns inte|existerar "
        r"inte|hittades inte|kunde inte hittas|ar inte giltigt?)|"
        r"\b(?:du|ni) (?:har inte|saknar) (?:behorighet|tillstand|ratt|rattighet(?:er)?) att "
        r"skicka|\b(?:du|ni) (?:far|ar) inte (?:behoriga? att )?skicka",
        "550 Ditt konto har spärrats",
        source=_you("Swedish"),
        early=True,
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"\b(?:kontot|brevladan|postladan|anvandaren|adressen|e-postadressen|mottagaren)"
        + f"(?:{_REL_SV})? {_SV_INACTIVE}|"
        + r"\b(?:den|det) (?:mottagare|anvandare|e-?postadress|adress|brevlada|postlada|konto)"
        + f"{_REL_SV} {_SV_INACTIVE}|"
        + r"\bmottagar(?:en|e)s (?:e-?post)?(?:konto|brevlada|postlada|adress) "
        + _SV_INACTIVE,
        "550 Kontot du skriver till har inaktiverats",
        source=_rel("Swedish"),
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        r"\b(?:mottagaren|anvandaren|adressen|e-postadressen|brevladan|postladan|kontot)"
        + f"{_REL_SV} {_SV_UNKNOWN}|"
        # "den e-postadress du skrev till": a determiner and the indefinite noun
        + r"\b(?:den|det) (?:mottagare|anvandare|e-?postadress|adress|brevlada|postlada|konto)"
        + f"{_REL_SV} {_SV_UNKNOWN}|"
        + r"\bmottagar(?:en|e)s (?:e-?post)?(?:adress|brevlada|postlada|konto) "
        + _SV_UNKNOWN,
        "550 Brevlådan du försökte nå finns inte",
        source=_rel("Swedish"),
    ),
)

DA: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:postkassen|indbakken|modtagerens postkasse) (?:er )?(?:fuld|overfyldt)|kvoten (?:er "
        r")?overskredet",
        "552 5.2.2 Modtagerens postkasse er fuld",
        source="RFC 3463 §3.3 (X.2.2), Danish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.REJECTED,
        1,
        r"afsender[a-zæø-]{0,15}(?: e-?mailadresse| adresse| dom(?:æ|ae)ne)? (?:er )?(?:ugyldig|"
        r"ukendt|afvist|blokeret)|(?:ugyldig|ukendt) afsender",
        "553 5.1.8 Afsenderadressen er ugyldig",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Danish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip\b.{0,40}(?:blokeret|sortlistet|afvist)|sortlist|sort liste",
        "554 Din IP-adresse er blokeret",
        source="RFC 3463 §3.8 (X.7.1) refusing the sending host, Danish wording; " + _NO_SAMPLE,
        hint=("blokeret", "sortlist", "afvist", "sort liste"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"(?:klassificeret|markeret|vurderet) som (?:spam|u(?:ø|o)nsket)|(?:uønsket|uonsket) "
        r"(?:e-?mail|post)",
        "550 Meddelelsen er klassificeret som spam",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, Danish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"\b(?:kontoen|postkassen|brugeren|adressen) (?:er |blevet )?(?:deaktiveret|sp(?:æ|"
        r"ae)rret|lukket|suspenderet|inaktiv)",
        "550 5.2.1 Kontoen er deaktiveret",
        source="RFC 3463 §3.3 (X.2.1), Danish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"\b(?:modtageren|brugeren|adressen|e-mailadressen|emailadressen|postkassen|kontoen) "
        r"(?:findes ikke|eksisterer ikke|blev ikke fundet|er ukendt|er ugyldig|kunne ikke findes)|"
        r"(?:ukendt|ugyldig) (?:modtager|bruger|e-?mailadresse)",
        "550 5.1.1 Modtageren findes ikke",
        source="RFC 3463 §3.2 (X.1.1), Danish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"dom(?:æ|ae)net (?:findes ikke|eksisterer ikke|er ugyldigt|er ukendt)|(?:ukendt|"
        r"ugyldigt) dom(?:æ|ae)ne",
        "550 5.1.2 Domænet findes ikke",
        source="RFC 3463 §3.2 (X.1.2), Danish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.SYSTEMERROR,
        1,
        r"midlertidigt (?:utilg(?:æ|ae)ngelig|ikke tilg(?:æ|ae)ngelig|blokeret)|(?:prøv|prov) "
        r"igen senere|midlertidig fejl",
        "450 Postkassen er midlertidigt utilgængelig, prøv igen senere",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Danish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        # not where the reply asks to be tried later (a state, not the address)
        r"(?:ugyldig (?:postkasse|modtager)|\b(?:postkassen|modtageren|e-?mailadressen) (?:er )?"
        r"(?:ikke (?:l(?:æ|ae)ngere )?tilg(?:æ|ae)ngelig|utilg(?:æ|ae)ngelig))"
        r"(?![^.;]{0,60}senere)",
        "550 Postkassen er ikke tilgængelig",
        source=_SEED_W + " ('mailbox ... bad, unavailable'), Danish wording",
    ),
    Pattern(
        R.REJECTED,
        2,
        r"afsender[a-z-]{0,15} (?:blev |er blevet )?afvist",
        "553 Afsenderadressen blev afvist",
        source=_SEED_W + " (the sender's address refused, never the recipient's), Danish wording",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"(?:beskeden|meddelelsen|e-?mailen) er for stor|for stor (?:besked|meddelelse)",
        "552 Meddelelsen er for stor",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), Danish wording; no server sample "
            "on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"forbindelsen\b.{0,30}(?:timeout|afvist|afbrudt|nulstillet|mistet|tabt|mislykkedes)|(?:ser"
        r"veren|værten) svarer ikke|intet svar fra (?:serveren|værten)|ingen rute til",
        "Forbindelsen til mailserveren blev nulstillet",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Danish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"(?:mail|e-?mail|post)løkke|løkke (?:registreret|opdaget)|for mange hop\b",
        "554 Løkke opdaget: for mange hop",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Danish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"forkert konfigureret|konfigurationsfejl|fejlkonfigureret",
        "451 Mailserveren er fejlkonfigureret",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Danish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:beskeden|meddelelsen)\b.{0,40}ugyldigt format|fejlformateret (?:besked|meddelelse)",
        "554 Meddelelsen har ugyldigt format",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Danish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"vedhæft\w*\b.{0,40}(?:ikke tilladt|blokeret|forbudt)",
        "552 Vedhæftet fil er blokeret (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Danish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"indholdsfilt(?:er|eret)",
        "550 Stoppet af indholdsfilter",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Danish wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.BLOCKED,
        2,
        r"blokeringsliste|sortlist|\bip-?adresse\w*\b.{0,40}(?:blokeret|spærret)",
        "554 Afsenderens IP-adresse er sortlistet",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: IP or sender on a block list, a "
            "refusal of us); RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused), "
            "Danish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"for mange (?:beskeder|meddelelser|e-?mails|forbindelser)|afsendelsesgrænse",
        "421 For mange forbindelser fra din IP-adresse",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Danish wording; no server sample on "
            "record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"tidsgrænsen\b.{0,30}(?:overskredet|udløb)",
        "Tidsgrænsen udløb",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Danish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.REJECTED,
        3,
        # A reply speaks to the client that sent the message: "din konto", "dit domæne" are our
        # sender's own, never the recipient's ("din modtagers konto" is not read here).
        r"\b(?:din|dit) (?:e-?mail|mail)?(?:konto|adresse|dom(?:æ|ae)ne|dom(?:æ|ae)nenavn|"
        r"postkasse) "
        r"(?:(?:(?:er|blev|er blevet) )?(?:(?:midlertidigt|permanent) )?(?:deaktiveret|sp(?:æ|ae)"
        r"rret|lukket|suspenderet|blokeret|inaktiv|ugyldigt?|ukendt|slettet|nedlagt|afvist|"
        r"sortlistet)|findes ikke|eksisterer ikke|blev ikke fundet|er ikke gyldigt?)|"
        r"\bdu (?:har ikke|mangler) (?:tilladelse|ret|lov|rettighed(?:er)?) til at sende|"
        r"\bdu ma ikke sende|\bdu er ikke (?:autoriseret|berettiget) til at sende",
        "550 Din konto er blevet spærret",
        source=_you("Danish"),
        early=True,
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"\b(?:kontoen|postkassen|brugeren|adressen|e-?mailadressen|modtageren)"
        + f"(?:{_REL_DA})? {_DA_INACTIVE}|"
        + r"\b(?:den|det) (?:modtager|bruger|e-?mailadresse|adresse|postkasse|konto)"
        + f"{_REL_DA} {_DA_INACTIVE}|"
        + r"\bmodtager(?:en)?s (?:e-?mail)?(?:konto|postkasse|adresse) "
        + _DA_INACTIVE,
        "550 Kontoen, du skriver til, er blevet deaktiveret",
        source=_rel("Danish"),
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        r"\b(?:modtageren|brugeren|adressen|e-?mailadressen|postkassen|kontoen)"
        + f"{_REL_DA} {_DA_UNKNOWN}|"
        # "den postkasse, du skriver til": a determiner and the indefinite noun
        + r"\b(?:den|det) (?:modtager|bruger|e-?mailadresse|adresse|postkasse|konto)"
        + f"{_REL_DA} {_DA_UNKNOWN}|"
        + r"\bmodtager(?:en)?s (?:e-?mail)?(?:adresse|postkasse|konto) "
        + _DA_UNKNOWN,
        "550 Postkassen, du forsøgte at nå, findes ikke",
        source=_rel("Danish"),
    ),
)

NO: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:postkassen|innboksen|mottakerens postkasse) (?:er )?(?:full|overfylt)|kvoten (?:er "
        r")?overskredet",
        "552 5.2.2 Mottakerens postkasse er full",
        source="RFC 3463 §3.3 (X.2.2), Norwegian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.REJECTED,
        1,
        r"avsender[a-z-]{0,15}(?: e-postadresse| adresse| domene)? (?:er )?(?:ugyldig|ukjent|"
        r"avvist|blokkert)|(?:ugyldig|ukjent) avsender",
        "553 5.1.8 Avsenderadressen er ugyldig",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Norwegian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip\b.{0,40}(?:blokkert|svartelistet|avvist)|svarteliste",
        "554 Din IP-adresse er svartelistet",
        source="RFC 3463 §3.8 (X.7.1) refusing the sending host, Norwegian wording; " + _NO_SAMPLE,
        hint=("blokkert", "svarteliste", "avvist"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"(?:klassifisert|merket|vurdert) som (?:spam|u(?:ø|o)nsket)|(?:uønsket|uonsket) e-?post",
        "550 Meldingen er klassifisert som spam",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, Norwegian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"\b(?:kontoen|postkassen|brukeren|adressen) (?:er |har blitt |ble )?(?:deaktivert|"
        r"sperret|stengt|suspendert|inaktiv)",
        "550 5.2.1 Kontoen er deaktivert",
        source="RFC 3463 §3.3 (X.2.1), Norwegian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"\b(?:mottakeren|brukeren|adressen|e-postadressen|postkassen|kontoen) (?:finnes ikke|"
        r"eksisterer ikke|ble ikke funnet|er ukjent|er ugyldig)|(?:ukjent|ugyldig) (?:mottaker|"
        r"bruker|e-postadresse)",
        "550 5.1.1 Mottakeren finnes ikke",
        source="RFC 3463 §3.2 (X.1.1), Norwegian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"domenet (?:finnes ikke|eksisterer ikke|er ugyldig|er ukjent)|(?:ukjent|ugyldig) domene",
        "550 5.1.2 Domenet finnes ikke",
        source="RFC 3463 §3.2 (X.1.2), Norwegian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.SYSTEMERROR,
        1,
        r"midlertidig (?:utilgjengelig|ikke tilgjengelig|sperret)|(?:prøv|prov) igjen senere|"
        r"midlertidig feil",
        "450 Postkassen er midlertidig utilgjengelig, prøv igjen senere",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Norwegian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        # not where the reply asks to be tried later (a state, not the address)
        r"(?:ugyldig (?:postkasse|mottaker)|\b(?:postkassen|mottakeren|e-postadressen) (?:er )?"
        r"(?:ikke (?:lenger )?tilgjengelig|utilgjengelig))"
        r"(?![^.;]{0,60}senere)",
        "550 Postkassen er ikke tilgjengelig",
        source=_SEED_W + " ('mailbox ... bad, unavailable'), Norwegian wording",
    ),
    Pattern(
        R.REJECTED,
        2,
        r"avsender[a-z-]{0,15} (?:ble |er blitt |har blitt )?avvist",
        "553 Avsenderadressen ble avvist",
        source=_SEED_W
        + " (the sender's address refused, never the recipient's), Norwegian wording",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"meldingen er for stor|for stor melding",
        "552 For stor melding",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), Norwegian wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"(?:tilkoblingen|forbindelsen)\b.{0,30}(?:tidsavbrudd|avvist|brutt|tilbakestilt|mistet|mis"
        r"lyktes)|tidsavbrudd (?:for|ved) (?:tilkoblingen|forbindelsen)|(?:serveren|verten) svarer "
        r"ikke|ingen svar fra (?:serveren|verten)|ingen rute til",
        "Forbindelsen til e-postserveren ble tilbakestilt",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Norwegian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"(?:e-?post|post)løkke|løkke oppdaget|for mange hopp",
        "554 Løkke oppdaget: for mange hopp",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Norwegian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"feilkonfigurert|konfigurasjonsfeil|feil konfigurert",
        "451 E-postserveren er feil konfigurert",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Norwegian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"meldingen\b.{0,40}ugyldig format|feilformatert melding",
        "554 Feilformatert melding",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Norwegian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"vedlegg\w*\b.{0,40}(?:ikke tillatt|blokkert|forbudt)",
        "552 Vedlegget er blokkert (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Norwegian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.SPAMDETECTED,
        2,
        r"søppelpost",
        "550 Meldingen ser ut som søppelpost",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: the message looks like spam, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Norwegian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"innholdsfilt(?:er|eret)",
        "550 Stoppet av innholdsfilter",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Norwegian wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.BLOCKED,
        2,
        r"blokkeringsliste|svarteliste|svartelist|\bip-?adresse\w*\b.{0,40}(?:blokkert|sperret)",
        "554 Avsenderens IP-adresse er svartelistet",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: IP or sender on a block list, a "
            "refusal of us); RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused), "
            "Norwegian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"for mange (?:meldinger|e-?poster|tilkoblinger)|sendegrense",
        "421 For mange tilkoblinger fra din IP-adresse",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Norwegian wording; no server sample on "
            "record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"tidsavbrudd\b",
        "Tidsavbrudd mot e-postserveren",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Norwegian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.REJECTED,
        3,
        # A reply speaks to the client that sent the message: "kontoen din", "din konto",
        # "domenet ditt" are our sender's own, never the recipient's ("mottakerens konto").
        r"(?:\b(?:din|ditt) (?:e-post|bruker|avsender)?(?:konto|adresse|domene|domenenavn|"
        r"postkasse)|(?<!-)\b(?:e-post|bruker|avsender)?(?:kontoen|adressen|domenet|domenenavnet|"
        r"postkassen) (?:din|ditt)) "
        r"(?:(?:(?:er|ble|har blitt|er blitt) )?(?:(?:midlertidig|permanent) )?(?:deaktivert|"
        r"sperret|stengt|suspendert|blokkert|inaktiv|ugyldig|ukjent|slettet|avsluttet|avvist|"
        r"svartelistet)|finnes ikke|eksisterer ikke|ble ikke funnet|er ikke gyldig)|"
        r"\bdu (?:har ikke|mangler) (?:tillatelse|rett|lov|rettighet(?:er)?) til a sende|"
        r"\bdu far ikke (?:lov til a )?sende|\bdu er ikke (?:autorisert|berettiget) til a sende",
        "550 Kontoen din er sperret",
        source=_you("Norwegian"),
        early=True,
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"\b(?:kontoen|postkassen|brukeren|adressen|e-postadressen|mottakeren)"
        + f"(?:{_REL_NO})? {_NO_INACTIVE}|"
        + r"\bmottaker(?:en)?s (?:e-post)?(?:konto|postkasse|adresse) "
        + _NO_INACTIVE,
        "550 Kontoen du skriver til er deaktivert",
        source=_rel("Norwegian"),
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        r"\b(?:mottakeren|brukeren|adressen|e-postadressen|postkassen|kontoen)"
        + f"{_REL_NO} {_NO_UNKNOWN}|"
        + r"\bmottaker(?:en)?s (?:e-post)?(?:adresse|postkasse|konto) "
        + _NO_UNKNOWN,
        "550 Postkassen du prøvde å nå finnes ikke",
        source=_rel("Norwegian"),
    ),
)
