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
)
