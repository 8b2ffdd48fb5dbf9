"""Czech phrases. Folded text drops every Czech mark ("uživatel" is ``uzivatel``,
"schránka" ``schranka``, "dočasně" ``docasne``).

Seznam.cz sends its reports in Czech and English ("Vaše zpráva pro ... nemohla být
doručena", with an English reason); Czech hosting providers explain the replies on their
help pages (cited below). Numbers are stable: append, never renumber.
"""

# The phrases are in the language's own letters (Cyrillic, the Turkish dotless i, the Polish
# l with stroke), which ruff takes for look-alikes of Latin ones: intended here.
# ruff: noqa: RUF001

from __future__ import annotations

from bouncesink.classify.patterns.table import SEED, Pattern
from bouncesink.types import Reason as R

_SEZNAM = "Seznam help 'Uživatel neexistuje' (napoveda.seznam.cz/uzivatel-neexistuje)"


def _you(language: str) -> str:
    """The source of a rule reading 'your account/address/domain' as our sender's."""
    return (
        "RFC 5321 §4.2 (a reply answers the SMTP client: 'your' is the sender) and RFC 3463 §3.8 "
        f"(X.7.1) / §3.2 (X.1.7/X.1.8 bad sender's address), {language} wording; no server "
        "sample on record"
    )


def _rel(language: str) -> str:
    """The source of a rule reading the recipient through a relative clause or a genitive."""
    return (
        SEED + " and RFC 3463 §3.2 (X.1.1) / §3.3 (X.2.1): 'the mailbox you tried to reach', "
        f"'your recipient's address' keep the recipient the subject, {language} wording; no "
        "server sample on record"
    )


# A relative clause between the recipient's mailbox and its predicate ("schránka, kterou se
# pokoušíte kontaktovat, neexistuje"), set off by commas, within one clause; the pronoun is not
# the clause's subject ("která odeslala"). Not one that names where the reader sends from or
# what it uses ("z které", "od", "používáte"): that is ours.
_REL = (
    r", (?:(?:na|do|k|ke|pro|pre|u) (?:kter|ktor)\w*|kterou|ktoru|kteremu|ktoremu|kterym|ktorym|"
    r"kam|kde) (?:(?!\b(?:z|ze|zo|od|pouziv\w*)\b)[^.;:!?,]){1,50},?"
)
_SUBJECT = r"\b(?:ucet|schranka|uzivatel|pouzivatel|adresa|prijemce|prijemca|adresat)"
_INACTIVE = (
    r"(?:(?:je |byl[ao]? |bol[ao]? )?(?:zablokovan|deaktivovan|zrusen|pozastaven|vypnut)[yaeo]?\b"
    r"|(?:je )?neaktivn[iyae])"
)
_UNKNOWN = (
    r"(?:neexistuje|nebyl[ao]? nalezen[ao]?|nebol[ao]? najden[ao]?|je neznam[ayae]|"
    r"neni znam[ya]|nie je znam[ya]|je neplatn[ay])"
)
# "your recipient's": "účet vašeho příjemce", "účet vášho príjemcu"
_THEIRS = (
    r"\b(?:ucet|schranka|adresa) (?:vaseho|tveho|vasho|tvojho) (?:prijemce|prijemcu|adresata) "
)


ENTRIES: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"schranka (?:prijemce )?(?:je )?(?:plna|preplnena)|prekrocen[ao]? (?:kvota|limit "
        r"schranky|velikost schranky)|plna schranka",
        "552 5.2.2 Schránka příjemce je plná",
        source="eabm.cz on the commonest bounces ('Příjemce má plnou schránku'); RFC 3463 §3.3",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"zprava (?:je )?prilis velka",
        "552 5.3.4 Zpráva je příliš velká",
        source="RFC 3463 §3.4 (X.3.4), Czech wording; no server sample on record",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:adresa|domena|ucet) odesilatele (?:neexistuje|je neplatna|byla odmitnuta|je neznama|"
        r"je zablokovan[ay])|(?:neplatny|neznamy) odesilatel|odesilatel (?:byl )?odmitnut",
        "553 5.1.8 Adresa odesílatele neexistuje",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Czech wording; no server sample on record",
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip\b.{0,40}(?:zablokovan|odmitnut|blokovan|na cernem seznamu)|cern(?:y|em) seznam",
        "554 Vaše IP adresa je na černém seznamu",
        source="eabm.cz on the commonest bounces ('Email byl zablokován některým blacklistem'); "
        "RFC 3463 §3.8",
        hint=("zablokovan", "odmitnut", "blokovan", "cern"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"(?:oznacen[ao]?|vyhodnocen[ao]?|rozpoznan[ao]?) jako spam|nevyzadan(?:a|e) (?:posta|"
        r"zprav)",
        "550 Zpráva byla vyhodnocena jako spam",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, Czech wording; no server sample on "
        "record",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:ucet|schranka|uzivatel|adresa)(?: prijemce)? (?:je |byl[ao]? )?(?:zablokovan[ya]?|"
        r"deaktivovan[ya]?|zrusen[ya]?|pozastaven[ya]?|neaktivni|vypnut[ay]?)",
        "550 5.2.1 Účet příjemce byl zrušen",
        source="RFC 3463 §3.3 (X.2.1), Czech wording of the seed's 'deactivated, closed, "
        "blocked'; no server sample on record",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:uzivatel|adresat|prijemce|schranka|adresa|ucet)(?: prijemce)? (?:neexistuje|"
        r"nebyl[ao]? nalezen[ao]?|je neznam[ya]|neni znam[ya])|neexistujici (?:uzivatel|adresa|"
        r"schranka|prijemce)|(?:neplatna|chybna) (?:adresa|schranka)(?! odesilatele)",
        "550 5.1.1 Uživatel neexistuje",
        source=_SEZNAM + "; c4.cz help 'Odeslaný e-mail se vrací zpět s chybou' ('Schránka "
        "neexistuje')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"domena (?:neexistuje|nebyla nalezena|je neplatna)|(?:neexistujici|neplatna) domena",
        "550 5.1.2 Doména neexistuje",
        source="eabm.cz on the commonest bounces ('Email byl zaslán na neexistující doménu'); "
        "RFC 3463 §3.2",
    ),
    Pattern(
        R.SYSTEMERROR,
        1,
        r"docasne (?:nedostupn|nelze|zablokovan)\w*|zkuste to (?:znovu )?pozdeji|docasna chyba",
        "450 Schránka je dočasně nedostupná, zkuste to znovu později",
        source="mydreams.cz on bounce messages ('Dočasný lokální problém – zkuste to prosím "
        "později'); RFC 5321 §4.2.1",
    ),
    # --- the seed's own words, each class whole (design.md, "Vocabulary"); Czech and Slovak ----
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"(?:neznama|neplatna|chybna|nepovolena) domena|domena (?:prijemce |prijemcu )?(?:neni "
        r"dostupna|nie je dostupna|je nedostupna|se jiz nepouziva|sa uz nepouziva|jiz neexistuje|"
        r"uz neexistuje)(?:$|[.,;:)])",
        "550 Neznámá doména / Doména se již nepoužívá",
        source=SEED + ", Czech and Slovak wording ('doména ... neplatná, neznámá, nedostupná, "
        "se již nepoužívá / sa už nepoužíva')",
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        r"neznam[yaeio] (?:prijemc[ea]|uzivatel|pouzivatel|adresat)|(?:uzivatel|pouzivatel|"
        r"prijemce|prijemca|adresat) (?:nenalezen|nenajdeny|nebol najdeny)|(?:schranka|adresa|"
        r"ucet)(?: prijemce| prijemcu)? (?:neni dostupna|nie je dostupna|je nedostupna|nebola "
        r"najdena|jiz neni platna|uz nie je platna|(?:byla |bola )?(?:odmitnuta|odmietnuta))"
        r"(?:$|[.,;:)])|(?:pouzivatel|schranka) neexistuje",
        "550 Neznámý příjemce / Schránka nebola nájdená",
        source=SEED + ", Czech and Slovak wording ('schránka ... neznámá, nenalezena, nedostupná, "
        "již není platná'; 'Recipient address rejected': 'adresa příjemce odmítnuta')",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:ucet|schranka|pouzivatel|adresa)(?: prijemcu)? (?:je |bol[ao]? )?(?:neaktivn[aey]|"
        r"deaktivovan[yaeo]?|zablokovan[yaeo]?|zrusen[yaeo]?|pozastaven[yaeo]?)|(?:schranka|"
        r"ucet)(?: prijemce| prijemcu)? (?:uz|jiz) (?:nie je|neni) aktivn\w*|existuje,? ale (?:je "
        r")?(?:neaktivn\w*|nie je aktivn\w*|neni aktivn\w*)",
        "550 Schránka je neaktívna / Účet bol deaktivovaný",
        source=SEED + ", Slovak wording; Czech 'schránka existuje, ale není aktivní'",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        2,
        r"sprava je prilis velka|(?:zprava|sprava) (?:je )?moc velka",
        "552 Správa je príliš veľká",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), Czech and Slovak wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"vyprs(?:el|al) casovy limit|casov\w* limit (?:pripojeni|spojeni)\w* "
        r"vyprs|spojeni\w*\b.{0,20}(?:odmitnut|odmietnut|prerusen|ztracen|straten|resetovan)|server"
        r" (?:neodpovida|neodpoveda)|zadna odpoved od serveru|ziadna odpoved zo servera",
        "Spojení se serverem bylo ztraceno",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Czech and Slovak wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"(?:smycka|slucka) (?:posty|postovni|zprav|sprav)|zjisten\w* smycka|zisten\w* "
        r"slucka|prilis (?:mnoho|vela) skok",
        "554 Smyčka pošty: příliš mnoho skoků",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Czech and Slovak wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"(?:spatne|nespravne|chybne) nakonfigurovan|chyba (?:mistni |miestnej )?konfigura",
        "451 Poštovní server je chybně nakonfigurován",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Czech and Slovak wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:zprava|sprava)\w*\b.{0,40}neplatn\w* format|poskozen\w* zprava|poskoden\w* sprava",
        "554 Poškozená zpráva",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Czech and Slovak wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"typ prilohy\b.{0,20}(?:neni|nie je) povolen|(?:nepovolen|zakazan)\w* "
        r"priloh|priloh\w*\b.{0,20}(?:neni|nie je) povolen",
        "552 Zakázaná příloha (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Czech and Slovak wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"obsahov\w* filtr",
        "550 Zablokováno obsahovým filtrem",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Czech and Slovak "
            "wording; no server sample on record"
        ),
    ),
    Pattern(
        R.BLOCKED,
        2,
        r"cern(?:e|a|ou) listin|ciern(?:ej|a|u) listin|\bip "
        r"adres\w*\b.{0,40}(?:blokovan|zablokovan)",
        "554 IP adresa odesílatele je na černé listině",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: IP or sender on a block list, a "
            "refusal of us); RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused), Czech "
            "and Slovak wording; no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"prilis (?:mnoho|vela) (?:zprav|sprav|spojeni|pripojeni)",
        "421 Příliš mnoho spojení z vaší IP adresy",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Czech and Slovak wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.REJECTED,
        2,
        # A reply speaks to the client that sent the message: "váš účet", "vaše adresa",
        # "vaša doména" (Czech and Slovak) are our sender's own; "účet vašeho příjemce" (your
        # recipient's account) is not read here.
        r"\b(?:vas|vase|vasa|vasi|tvuj|tvoj|tvoje|tvoja) (?:(?:e-?mailov[ya]|postovni|postova|"
        r"uzivatelsk[yi]) )?(?:ucet|adresa|domena|schranka) "
        r"(?:(?:(?:je|byl[ao]?|bol[ao]?) )?(?:(?:docasne|trvale|natrvalo) )?(?:zablokovan|"
        r"deaktivovan|zrusen|pozastaven|vypnut|smazan|zmazan|odmitnut|odmietnut|zakazan)[yaeo]?"
        r"\b|(?:je )?(?:neplatn|neznam|neaktivn)[yaeoi]\b|neexistuje|nebyl[ao]? nalezen[ao]?|"
        r"nebol[ao]? najden[ao]?|neni platn[ay]|nie je platn[ay])|"
        r"\bnemate (?:opravneni|opravnenie|povoleni|povolenie|pravo) (?:k |na )?(?:odesil|odesl|"
        r"posil|posl|posiel|odosiel|odosl)|\bnemas (?:opravneni|opravnenie|povoleni|povolenie|"
        r"pravo) (?:k |na )?(?:odesil|odesl|posil|posl|posiel|odosiel|odosl)|"
        r"\bnejste opravnen\w* (?:k )?(?:odesil|odesl|posil|posl)|"
        r"\bnie ste opravnen\w* (?:na )?(?:posiel|odosiel|posl|odosl)",
        "550 Váš účet byl zablokován",
        source=_you("Czech and Slovak"),
        early=True,
    ),
    Pattern(
        R.SUSPEND,
        3,
        _SUBJECT + _REL + " " + _INACTIVE + "|" + _THEIRS + _INACTIVE,
        "550 Účet, kterému píšete, byl deaktivován",
        source=_rel("Czech and Slovak"),
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        _SUBJECT + _REL + " " + _UNKNOWN + "|" + _THEIRS + _UNKNOWN,
        "550 Schránka, kterou se pokoušíte kontaktovat, neexistuje",
        source=_rel("Czech and Slovak"),
    ),
)
