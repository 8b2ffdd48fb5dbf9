"""Finnish and Hungarian phrases, one table each. Folded text drops their marks ("käyttäjä"
is ``kayttaja``, "törölve" ``torolve``, "érvénytelen" ``ervenytelen``).

Finnish text comes from localized Exchange reports (pastebin.com/7ZMwtfqv: "Palvelin on
yrittänyt toimittaa tätä viestiä siinä onnistumatta ja on lopettanut yrittämisen", the queue
gave up) and administrators' templates; Hungarian from localized Exchange ("Létrehozó
kiszolgáló", pastebin.com/zJNvt8hM) and hosting servers. Numbers are stable.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import Pattern
from bouncesink.types import Reason as R

_SEED_W = (
    "the product's seed (design.md: the provider's description of bad domain, bad mailbox, "
    "inactive mailbox)"
)

_NO_SAMPLE = "no server sample on record"

FI: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"postilaatikko on (?:taynna|ylittanyt)|kiintio (?:on )?(?:ylittynyt|taynna|ylitetty)",
        "552 5.2.2 Vastaanottajan postilaatikko on täynnä",
        source="RFC 3463 §3.3 (X.2.2), Finnish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.REJECTED,
        1,
        r"lahettaja(?:n (?:osoite|sahkopostiosoite|verkkotunnus))? (?:on )?(?:virheellinen|"
        r"tuntematon|hylatty|estetty)|(?:virheellinen|tuntematon) lahettaja",
        "553 5.1.8 Lähettäjän osoite on virheellinen",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Finnish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip\b.{0,40}(?:estetty|mustalla listalla|hylatty)|mustalla listalla|musta lista",
        "554 IP-osoitteesi on mustalla listalla",
        source="RFC 3463 §3.8 (X.7.1) refusing the sending host, Finnish wording; " + _NO_SAMPLE,
        hint=("estetty", "musta", "hylatty"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"(?:luokiteltu|tunnistettu|merkitty) roskapostiksi|roskaposti",
        "550 Viesti luokiteltiin roskapostiksi",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, Finnish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:tili|postilaatikko|kayttaja|osoite) on (?:suljettu|poistettu kaytosta|estetty|"
        r"lukittu|jaadytetty|passiivinen)",
        "550 5.2.1 Tili on suljettu",
        source="RFC 3463 §3.3 (X.2.1), Finnish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:vastaanottajaa|kayttajaa|osoitetta|postilaatikkoa|tilia|sahkopostiosoitetta) ei "
        r"(?:ole olemassa|loydy|loytynyt)|(?:tuntematon|virheellinen) (?:vastaanottaja|kayttaja|"
        r"sahkopostiosoite)",
        "550 5.1.1 Vastaanottajaa ei ole olemassa",
        source="RFC 3463 §3.2 (X.1.1), Finnish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?:verkkotunnusta|toimialuetta) ei (?:ole olemassa|loydy|loytynyt)|tuntematon "
        r"(?:verkkotunnus|toimialue)",
        "550 5.1.2 Verkkotunnusta ei ole olemassa",
        source="RFC 3463 §3.2 (X.1.2), Finnish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.SYSTEMERROR,
        1,
        r"tilapaisesti (?:poissa kaytosta|ei kaytettavissa|estetty)|yrita myohemmin uudelleen",
        "450 Postilaatikko on tilapäisesti poissa käytöstä, yritä myöhemmin uudelleen",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Finnish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.EXPIRED,
        1,
        r"on lopettanut yrittamisen|yrittanyt toimittaa tata viestia siina onnistumatta",
        "Palvelin on yrittänyt toimittaa tätä viestiä siinä onnistumatta ja on lopettanut "
        "yrittämisen.",
        source="Exchange NDR in Finnish, pastebin.com/7ZMwtfqv ('550 4.4.7 QUEUE.Expired')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"virheellinen verkkotunnus|verkkotunnus on virheellinen",
        "550 Virheellinen verkkotunnus",
        source=_SEED_W + " ('domain ... bad, invalid'), Finnish wording",
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        # not where the reply asks to be tried later (a state, not the address)
        r"(?:(?:postilaatikko|sahkopostiosoite|vastaanottaja) ei ole (?:enaa )?kaytettavissa)"
        r"(?![^.;]{0,60}myohemmin)",
        "550 Postilaatikko ei ole käytettävissä",
        source=_SEED_W + " ('mailbox ... unavailable, no longer available'), Finnish wording",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:tili|postilaatikko|kayttajatili|sahkopostiosoite) ei ole (?:enaa )?(?:kaytossa|"
        r"aktiivinen)",
        "550 Tili ei ole enää käytössä",
        source=_SEED_W + " ('the mailbox is no longer active'), Finnish wording",
    ),
    Pattern(
        R.REJECTED,
        2,
        r"lahettajan (?:sahkoposti)?osoite (?:hylattiin|on hylatty|torjuttiin)",
        "553 Lähettäjän osoite hylättiin",
        source=_SEED_W + " (the sender's address refused, never the recipient's), Finnish wording",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"viesti on liian suuri|liian suuri viesti|viestin koko ylittaa",
        "552 Viestin koko ylittää sallitun rajan",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), Finnish wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"yhtey(?:s|den)\b.{0,20}(?:aikakatkaisu|evattiin|hylattiin|katkesi|katkaistiin|epaonnistui"
        r"|nollattiin)|aikakatkaisu|palvelin ei vastaa|ei vastausta palvelimelta|ei reittia",
        "Yhteys palvelimeen katkaistiin",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Finnish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"(?:posti|sahkoposti)silmukka|silmukka havaittu|liian monta hyppya",
        "554 Sähköpostisilmukka: liian monta hyppyä",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Finnish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"maaritetty vaarin|maaritysvirhe|konfiguraatiovirhe|virheellinen maaritys",
        "451 Palvelimen määritysvirhe",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Finnish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"viesti\w*\b.{0,40}virheellinen (?:muoto|rakenne)|virheellisesti muotoiltu viesti",
        "554 Virheellisesti muotoiltu viesti",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Finnish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"liite\w*\b.{0,40}(?:ei ole sallittu|ei sallittu|estetty|kielletty)",
        "552 Liitetiedosto on estetty (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Finnish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"sisaltosuodat",
        "550 Sisältösuodattimen estämä",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Finnish wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.BLOCKED,
        2,
        r"estolist|mustalla listalla|mustalle listalle",
        "554 Lähettäjän IP-osoite on mustalla listalla",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: IP or sender on a block list, a "
            "refusal of us); RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused), "
            "Finnish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"liian monta (?:viestia|yhteytta)|lahetysraja",
        "421 Liian monta yhteyttä IP-osoitteestasi",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Finnish wording; no server sample on "
            "record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"katkaisi yhteyden|yhteys (?:katkesi|katkaistiin)",
        "Etäpalvelin katkaisi yhteyden",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Finnish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"sisalta\w* (?:viruksen|viruksia|haittaohjelm)|(?:virus|haittaohjelma) "
        r"(?:loytyi|havaittu)|loytyi virus",
        "554 Haittaohjelma havaittu",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: virus, a refusal of our "
            "content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused), Finnish "
            "wording; no server sample on record"
        ),
    ),
)

HU: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:postafiok|postalada)(?:ja)? (?:megtelt|tele van|betelt)|(?:kvota|tarhely) "
        r"(?:tullepve|megtelt|elfogyott)",
        "552 5.2.2 A címzett postafiókja megtelt",
        source="RFC 3463 §3.3 (X.2.2), Hungarian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.REJECTED,
        1,
        r"felado(?: cime| e-?mail cime| domainje)? (?:ervenytelen|ismeretlen|elutasitva|letiltva|"
        r"tiltott)|(?:ervenytelen|ismeretlen) felado",
        "553 5.1.8 A feladó címe érvénytelen",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Hungarian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip\b.{0,40}(?:letiltva|tiltolist|feketelist|elutasitva)|feketelist|tiltolist",
        "554 Az IP-címe feketelistán van",
        source="RFC 3463 §3.8 (X.7.1) refusing the sending host, Hungarian wording; " + _NO_SAMPLE,
        hint=("letiltva", "tiltolist", "feketelist", "elutasitva"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"(?:spamnek|levelszemetnek) (?:minosit|itel|jelol)\w*|keretlen (?:level|uzenet)",
        "550 Az üzenetet spamnek minősítettük",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, Hungarian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:fiok|postafiok|felhasznalo|cim) (?:le van tiltva|letiltva|zarolva|felfuggesztve|"
        r"inaktiv)",
        "550 5.2.1 A postafiók le van tiltva",
        source="RFC 3463 §3.3 (X.2.1), Hungarian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:felhasznalo|cimzett|e-mail cim|email cim|postafiok|fiok) (?:nem (?:letezik|"
        r"talalhato)|ismeretlen|ervenytelen|megszunt|torolve)|(?:ismeretlen|ervenytelen|nem "
        r"letezo) (?:felhasznalo|cimzett|e-?mail cim)",
        "550 5.1.1 A felhasználó nem létezik",
        source="RFC 3463 §3.2 (X.1.1), Hungarian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?:domain|tartomany) (?:nem letezik|nem talalhato|ismeretlen|ervenytelen)|(?:ismeretlen|"
        r"ervenytelen|nem letezo) (?:domain|tartomany)",
        "550 5.1.2 A domain nem létezik",
        source="RFC 3463 §3.2 (X.1.2), Hungarian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.SYSTEMERROR,
        1,
        r"ideiglenesen (?:nem erheto el|elerhetetlen|letiltva)|probalja (?:ujra )?kesobb|atmeneti "
        r"hiba",
        "450 A postafiók ideiglenesen nem érhető el, próbálja újra később",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Hungarian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        # not where the reply asks to be tried later (a state, not the address)
        r"(?:(?:postafiok|cimzett) (?:nem elerheto|nem erheto el)(?! (?:atmenetileg|ideiglenesen)))"
        r"(?![^.;]{0,60}kesobb)",
        "550 A postafiók nem elérhető",
        source=_SEED_W + " ('mailbox ... unavailable'), Hungarian wording",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:postafiok|fiok) nem aktiv",
        "550 A fiók nem aktív",
        source=_SEED_W + " ('the mailbox is no longer active'), Hungarian wording",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"(?:az )?uzenet (?:merete )?tul nagy|tul nagy (?:az )?uzenet",
        "552 Az üzenet mérete túl nagy",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), Hungarian wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"kapcsolat\w*\b.{0,20}(?:elutasitva|megszakadt|idotullep|megszakitva|visszaallitva|sikerte"
        r"len)|idotullepes|(?:kiszolgalo|szerver) nem valaszol|nincs valasz a "
        r"(?:kiszolgalotol|szervertol)|nincs utvonal",
        "A kapcsolat a kiszolgálóval megszakítva",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Hungarian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"levelhurok|hurok eszlelve|tul sok ugras",
        "554 Hurok észlelve: túl sok ugrás",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Hungarian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"hibasan (?:van )?konfigur|konfiguracios hiba|rosszul (?:van )?beallitva|beallitasi hiba",
        "451 A levelezőszerver rosszul van beállítva",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Hungarian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"uzenet\w*\b.{0,40}hibas formatum|hibas formatumu uzenet|serult uzenet",
        "554 Hibás formátumú üzenet",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Hungarian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"mellekle\w*\b.{0,40}(?:nem engedelyezett|nem megengedett|tiltott|blokkolva)",
        "552 A melléklet tiltott (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Hungarian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"tartalomszur",
        "550 A tartalomszűrő blokkolta",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Hungarian wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"tul sok (?:uzenet|level|kapcsolat)|kuldesi korlat",
        "421 Túl sok kapcsolat az Ön IP-címéről",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Hungarian wording; no server sample on "
            "record"
        ),
    ),
)
