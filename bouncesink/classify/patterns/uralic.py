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


# A relative clause between the recipient's mailbox and its predicate ("postilaatikkoa, jota
# yritit tavoittaa, ei ole olemassa"; "a postafiók, amelyet el akart érni, nem létezik"), set
# off by commas, within one clause. Not one that names where the reader sends from or what it
# uses ("josta/jolta/jolla lähetät", "amelyről/ahonnan", "käytät", "használ"): that is ours.
_REL_FI = (
    r", (?:jo(?!sta\b|lta\b|lla\b)\w*|mihin|minne) "
    r"(?:(?!\bkayt\w*)[^.;:!?,]){1,40},?"
)
_REL_HU = (
    r", (?:(?:amely|ami|aki)(?!\w*(?:rol|bol|tol)\b)\w*|ahova|ahol) "
    r"(?:(?!\bhasznal\w*)[^.;:!?,]){1,50},?"
)
# Hungarian predicates of an inactive mailbox and of a dead one (SUSPEND 1's, USERUNKNOWN 1's).
_HU_INACTIVE = (
    r"(?:le van tiltva|letiltva|zarolva|fel van fuggesztve|felfuggesztve|inaktiv|nem aktiv)"
)
_HU_UNKNOWN = r"(?:nem (?:letezik|talalhato)|ismeretlen|ervenytelen|megszunt|torolve)"

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
    Pattern(
        R.REJECTED,
        3,
        # A reply speaks to the client that sent the message: the second person's suffix
        # ("tilisi", "osoitteenne", "verkkotunnustasi") is our sender's own account, address or
        # domain; "vastaanottajasi tili" (your recipient's account) is not read here.
        r"(?<!-)\b(?:sahkoposti|kayttaja|lahettaja)?(?:tili|tilia|osoittee|osoitetta|verkkotunnukse|"
        r"verkkotunnusta|postilaatikko|postilaatikkoa|toimialuee|toimialuetta)(?:si|nne) "
        r"(?:on (?:(?:tilapaisesti|pysyvasti) )?(?:estetty|suljettu|poistettu(?: kaytosta)?|"
        r"lukittu|jaadytetty|passiivinen|virheellinen|tuntematon|hylatty|kielletty|keskeytetty|"
        r"lakkautettu|mustalla listalla)|ei (?:ole olemassa|kelpaa|ole kelvollinen|ole voimassa|"
        r"ole (?:enaa )?kaytossa|ole aktiivinen|loydy|loytynyt))|"
        r"\b(?:sinulla|teilla) ei ole (?:oikeutta|oikeuksia|lupaa) lahettaa|"
        r"\b(?:et|ette) saa lahettaa",
        "550 Tilisi on estetty",
        source=_you("Finnish"),
        early=True,
    ),
    Pattern(
        R.SUSPEND,
        3,
        r"\b(?:tili|kayttajatili|sahkopostitili|postilaatikko|osoite|sahkopostiosoite|kayttaja)"
        + _REL_FI
        + r" on (?:suljettu|poistettu kaytosta|estetty|lukittu|jaadytetty|passiivinen|"
        r"lakkautettu)",
        "550 Tili, jolle kirjoitat, on poistettu käytöstä",
        source=_rel("Finnish"),
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        r"\b(?:vastaanottajaa|kayttajaa|osoitetta|sahkopostiosoitetta|postilaatikkoa|tilia)"
        + _REL_FI
        + r" ei (?:ole olemassa|loydy|loytynyt)|"
        r"\b(?:vastaanottaja|kayttaja|osoite|sahkopostiosoite|postilaatikko)"
        + _REL_FI
        + r" on (?:tuntematon|virheellinen)",
        "550 Postilaatikkoa, jota yritit tavoittaa, ei ole olemassa",
        source=_rel("Finnish"),
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
    Pattern(
        R.REJECTED,
        2,
        # A reply speaks to the client that sent the message: "az Ön fiókja", "a fiókod" are
        # our sender's own account, address or domain; "az Ön címzettjének fiókja" (your
        # recipient's account) is not read here.
        r"(?:\b(?:az )?on(?:ok)? (?:e-?mail[ -]?)?(?:fiokja|cime|postafiokja|domainje|"
        r"domainneve|tartomanya|felhasznaloi fiokja)|(?<!-)\b(?:e-?mail[ -]?)?(?:fiokod|cimed|"
        r"postafiokod|domained|domainod|domainneved|tartomanyod|felhasznaloi fiokod)) "
        r"(?:(?:ideiglenesen|vegleg(?:esen)?) )?(?:le van tiltva|letiltva|le lett tiltva|"
        r"fel van fuggesztve|fel lett fuggesztve|felfuggesztve|zarolva|le van zarva|megszunt|"
        r"meg lett szuntetve|megszuntetve|inaktiv|nem aktiv|deaktivalva|ervenytelen|ismeretlen|"
        r"nem letezik|nem ervenyes|torolve|blokkolva|tiltva|tiltolistan)|"
        # "we (they) blocked your account": the object's case and an active verb
        r"(?:\b(?:az )?on(?:ok)? (?:e-?mail[ -]?|felhasznaloi )?(?:fiokjat|cimet|postafiokjat|"
        r"domainjet)|\b(?:e-?mail[ -]?|felhasznaloi )?(?:fiokodat|cimedet|postafiokodat|"
        r"domainedet)) (?:(?:ideiglenesen|vegleg(?:esen)?) )?(?:letiltott|felfuggesztett|zarolt|"
        r"megszuntett|torolt|deaktivalt|blokkolt)(?:uk|ak|ek)\b|"
        r"\b(?:onnek|neked|onoknek) nincs (?:jogosultsaga|jogosultsagod|engedelye|engedelyed|"
        r"joga|jogod) [^.;]{0,40}kuld|\bnincs (?:jogosultsagod|engedelyed|jogod) [^.;]{0,40}"
        r"kuld|\b(?:on|te) nem (?:jogosult|kuldhet)",
        "550 Az Ön fiókja le van tiltva",
        source=_you("Hungarian"),
        early=True,
    ),
    Pattern(
        R.SUSPEND,
        3,
        r"\b(?:postafiok|fiok|felhasznalo|cimzett|cim|e-?mail[ -]?cim)"
        + _REL_HU
        + f" {_HU_INACTIVE}|"
        # the recipient's account: "a címzett fiókja le van tiltva", "a címzett fiókját
        # megszüntették" (they closed the recipient's account)
        + r"\bcimzett(?:je|jenek)? (?:e-?mail[ -]?)?(?:fiokja|postafiokja|cime) "
        + _HU_INACTIVE
        + r"|\bcimzett(?:je|jenek)? (?:e-?mail[ -]?)?(?:fiokjat|postafiokjat) (?:letiltottak|"
        r"felfuggesztettek|megszuntettek|zaroltak|deaktivaltak)",
        "550 A fiók, amelyre ír, le van tiltva",
        source=_rel("Hungarian"),
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        r"\b(?:postafiok|fiok|felhasznalo|cimzett|cim|e-?mail[ -]?cim)"
        + _REL_HU
        + f" {_HU_UNKNOWN}|"
        + r"\bcimzett(?:je|jenek)? (?:e-?mail[ -]?)?(?:fiokja|postafiokja|cime) "
        + _HU_UNKNOWN,
        "550 A postafiók, amelyet el akart érni, nem létezik",
        source=_rel("Hungarian"),
    ),
)
