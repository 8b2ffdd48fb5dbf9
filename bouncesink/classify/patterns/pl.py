"""Polish phrases. Folded text drops most Polish marks ("użytkownik" is ``uzytkownik``,
"niedostępna" ``niedostepna``, "wiadomość" ``wiadomosc``) but keeps "ł", which has no
decomposition: entries accept both (``zosta(?:ł|l)``), as servers write either.

Onet, WP and Interia answer in English at the SMTP level and explain the replies in Polish
on their help pages (cited below); Polish text also comes from localized Exchange and from
bounce-handling vendors' classifications. A reply about the sender ("adres nadawcy") is
read first (``REASON_ORDER``); "tymczasowo" / "chwilowo" keep a reply soft. Numbers are
stable: append, never renumber.
"""

# The phrases are in the language's own letters (Cyrillic, the Turkish dotless i, the Polish
# l with stroke), which ruff takes for look-alikes of Latin ones: intended here.
# ruff: noqa: RUF001

from __future__ import annotations

from bouncesink.classify.patterns.table import SEED, Pattern
from bouncesink.types import Reason as R

_INTERIA = "Interia help 'Dlaczego wiadomość nie została dostarczona?' (pomoc.poczta.interia.pl)"
_SARE = "SARE bounce analysis (sare.pl/baza-wiedzy/2017/03/21/analiza-zwrotow)"
_KONTO = "konto.pl help 'Informacje zwrotne o niedostarczeniu wiadomości' (support.konto.pl)"


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


# A relative clause between the recipient's mailbox and its predicate ("skrzynka, do której
# próbujesz wysłać wiadomość, nie istnieje"), set off by commas, within one clause. Not one
# that names where the reader sends from or what it uses ("z którego", "od", "używasz"): ours.
_REL = (
    r", (?:(?:do|na|pod|dla) (?:ktor\w*|kogo)|ktor(?:ego|emu|ej|a|ym)|gdzie) "
    r"(?:(?!\b(?:z|ze|od|uzywa\w*)\b)[^.;:!?,]){1,50},?"
)
_SUBJECT = r"\b(?:konto|skrzynka(?: pocztowa)?|adres(?: e-?mail)?|uzytkownik|adresat|odbiorca)"
_INACTIVE = (
    r"(?:jest |zosta(?:ł|l)[oa]? )?(?:zablokowan[aey]|zawieszon[aey]|wy(?:ł|l)aczon[aey]|"
    r"nieaktywn[aey]|dezaktywowan[aey]|zamkniet[aey])"
)
_UNKNOWN = (
    r"(?:nie istnieje|nie zosta(?:ł|l)[oa]? znalezion[ey]|jest nieznan[ya]|nie jest znan[ya]|"
    r"jest nieprawid(?:ł|l)ow[ya])"
)
# "your recipient's": "adres twojego odbiorcy"
_THEIRS = (
    r"\b(?:konto|skrzynka(?: pocztowa)?|adres(?: e-?mail)?) (?:twojego|twojej|waszego|"
    r"panskiego) (?:odbiorcy|adresata) "
)


ENTRIES: tuple[Pattern, ...] = (
    # --- quota and size -------------------------------------------------------------------------
    Pattern(
        R.MAILBOXFULL,
        1,
        r"skrzynka (?:pocztowa )?(?:odbiorcy )?(?:jest )?(?:pe(?:ł|l)na|przepe(?:ł|l)niona|"
        r"zape(?:ł|l)niona)|przekroczon[aoy] (?:pojemnosc|powierzchni[ae]|rozmiar|limit miejsca|"
        r"kwot[ae]|quot[ae])(?: skrzynki(?: odbiorczej)?)?|brak (?:wolnego )?miejsca w skrzynce",
        "552 5.2.2 Skrzynka odbiorcy jest pełna",
        source=_KONTO + " ('przekroczona powierzchnia skrzynki odbiorczej'); webspeed.pl "
        "('Skrzynka odbiorcy osiągnęła limit pojemności')",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"wiadomosc (?:jest )?zbyt (?:duza|d(?:ł|l)uga)|przekroczono (?:maksymalny )?rozmiar "
        r"wiadomosci",
        "552 5.3.4 Wiadomość zbyt duża",
        source=_SARE + " ('523 – Wiadomość zbyt długa')",
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"przekroczono limit (?:wysy(?:ł|l)ania|wiadomosci|po(?:ł|l)aczen)|zbyt (?:wiele|duzo) "
        r"(?:wiadomosci|po(?:ł|l)aczen|odbiorcow)",
        "421 Przekroczono limit wysyłania wiadomości",
        source="Onet help on bounced mail ('Przekroczono limit wysyłania i odbierania poczty', "
        "pomoc.poczta.onet.pl)",
    ),
    # --- sender side ----------------------------------------------------------------------------
    Pattern(
        R.REJECTED,
        1,
        r"(?:adres(?: e-?mail)?|domena|konto) nadawcy (?:nie istnieje|jest nieprawid(?:ł|l)owy|"
        r"jest nieznan[ya]|zosta(?:ł|l)[ao]? odrzucon[ya]|zosta(?:ł|l)[ao]? zablokowan[ey]|"
        r"odrzucon[ya]|zablokowan[ey])|(?:niew(?:ł|l)asciwy|nieprawid(?:ł|l)owy|nieznany) "
        r"(?:adres )?nadawc[ay]|nadawca (?:odrzucony|zablokowany|nieznany|nie jest uprawniony)",
        "553 5.1.7 Niewłaściwy adres nadawcy",
        source=_SARE + " ('517 – Niewłaściwy adres nadawcy')",
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip\b.{0,60}(?:zablokowan|odrzucon|na czarnej liscie)|czarn(?:ej|a) list",
        "550 IP, z którego próbujesz wysłać wiadomość, jest zablokowane",
        source=_INTERIA + " ('IP, z którego próbujesz wysłać wiadomość jest zablokowane')",
        hint=("zablokowan", "odrzucon", "czarn"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"(?:oznaczon|uznan|rozpoznan|zakwalifikowan)[aoy] (?:jako|za) spam|niechcian[aey] "
        r"(?:wiadomosc|poczt)",
        "550 Wiadomość oznaczona jako spam",
        source="Onet help on bounced mail ('Wiadomość oznaczona jako spam lub wiadomość została "
        "odrzucona')",
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"narusza (?:polityke|zasady|regulamin)|naruszenie (?:polityki|zasad|regulaminu)|ze "
        r"wzgledow bezpieczenstwa",
        "550 Wiadomość odrzucona ze względów bezpieczeństwa",
        source="RFC 3463 §3.8 (X.7.1 local policy), Polish wording; no server sample on record",
    ),
    # --- inactive mailbox ------------------------------------------------------------------------
    Pattern(
        R.SUSPEND,
        1,
        r"(?:konto|skrzynka(?: pocztowa)?|uzytkownik|adres)(?: odbiorcy)? (?:jest |zosta(?:ł|"
        r"l)[oa]? )?(?:zablokowan[aey]|zawieszon[aey]|wy(?:ł|l)aczon[aey]|nieaktywn[aey]|"
        r"dezaktywowan[aey]|zamkniet[aey])|nieaktywna skrzynka",
        "550 5.2.1 Konto odbiorcy zostało zablokowane",
        source=_SARE + " ('521 – Nieaktywna skrzynka pocztowa'); " + _INTERIA + " ('konto ... "
        "zostało zablokowane lub zawieszone')",
    ),
    # --- bad mailbox -----------------------------------------------------------------------------
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:uzytkownik|adresat|odbiorca|konto|skrzynka(?: pocztowa)?|adres(?: e-?mail)?)(?: "
        r"odbiorcy)? (?:nie istnieje|nie zosta(?:ł|l)[oa]? znalezion[ey]|jest nieznany|nie jest "
        r"znany)|nie ma (?:takiego|takiej) (?:uzytkownika|adresata|odbiorcy|skrzynki|konta|adresu)",
        "550 5.1.1 Użytkownik nie istnieje",
        source=_INTERIA
        + " ('Konto do którego próbujesz wysłać maila nie istnieje'); "
        + _SARE
        + " ('użytkownik o podanym adresie nie istnieje')",
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        r"(?:nieznany|nieistniejacy|nieprawid(?:ł|l)owy|błedny|bledny) (?:uzytkownik|adresat|"
        r"odbiorca|adres(?: e-?mail)?(?! nadawcy))|skrzynka (?:pocztowa )?(?:odbiorcy )?(?:jest "
        r")?niedostepna|adres (?:e-?mail )?(?:jest )?(?:juz )?nieaktualny",
        "550 5.1.1 Nieznany adres email",
        source=_SARE + " ('513 – Nieznany adres email'); " + _KONTO + " ('nie ma takiej "
        "skrzynki, czyli adres e-mail jest nieaktualny')",
    ),
    # --- bad domain ------------------------------------------------------------------------------
    Pattern(
        R.NOTACCEPT,
        1,
        r"(?:domena|serwer|system)[^.]{0,30}nie (?:przyjmuje|akceptuje) (?:poczty|wiadomosci)",
        "556 System nie akceptuje wiadomości zewnętrznych",
        source=_SARE + " ('532 – System nie akceptuje wiadomości zewnętrznych')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"nie ma takiej domeny|(?:nieistniejaca|nieznana|nieprawid(?:ł|l)owa) domena|domena "
        r"(?:odbiorcy )?(?:nie istnieje|jest nieznana|nie zosta(?:ł|l)a znaleziona)",
        "550 5.1.2 Nie ma takiej domeny",
        source=_SARE + " ('512 – Nie ma takiej domeny')",
    ),
    # --- temporary ------------------------------------------------------------------------------
    Pattern(
        R.SYSTEMERROR,
        1,
        r"tymczasowo (?:niedostepn|zablokowan|wy(?:ł|l)aczon)\w*|chwilowo niedostepn\w*|sprobuj "
        r"(?:ponownie )?pozniej|tymczasowy b(?:ł|l)ad",
        "450 Skrzynka tymczasowo niedostępna, spróbuj ponownie później",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Polish wording; no server sample on "
        "record",
    ),
    # --- the seed's own words, each class whole (design.md, "Vocabulary") ----------------------
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"domena (?:odbiorcy )?(?:nie jest juz (?:uzywana|aktywna)|(?:jest )?niedostepna|"
        r"(?:zosta(?:ł|l)a )?wycofana|juz nie istnieje)(?:$|[.,;:)])|(?:b(?:ł|l)edna|niedozwolona|"
        r"niepoprawna) domena",
        "550 Domena nie jest już używana / Błędna domena",
        source=SEED + ", Polish wording ('domena ... wycofana, błędna, niedozwolona, "
        "niedostępna, nie jest już używana')",
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        r"(?:nieprawid(?:ł|l)owa|b(?:ł|l)edna|nieznana|nieistniejaca|niepoprawna|niedozwolona) "
        r"skrzynka|nie znaleziono (?:skrzynki|uzytkownika|adresata|odbiorcy|adresu)|skrzynka "
        r"(?:pocztowa )?(?:odbiorcy )?nie zosta(?:ł|l)a znaleziona|(?:skrzynka(?: pocztowa)?|"
        r"adres(?: e-?mail)?)(?: odbiorcy)? nie jest juz wazn[ya]|adres (?:e-?mail )?odbiorcy "
        r"(?:zosta(?:ł|l) )?odrzucony|brak (?:takiego|takiej) (?:uzytkownika|adresata|odbiorcy|"
        r"skrzynki|konta|adresu)",
        "550 Nie znaleziono skrzynki pocztowej / Adres odbiorcy odrzucony",
        source=SEED + ", Polish wording ('skrzynka ... nieprawidłowa, nieznana, nie znaleziona, "
        "nie jest już ważna'; 'Recipient address rejected': 'adres odbiorcy odrzucony')",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:skrzynka(?: pocztowa)?|konto|adres(?: e-?mail)?)(?: odbiorcy)? (?:istnieje,? ale "
        r"(?:jest )?(?:nieaktywn[aey]|nie jest aktywn[aey])|nie jest juz aktywn[aey])",
        "550 Skrzynka istnieje, ale jest nieaktywna",
        source=SEED + ", Polish wording ('skrzynka istnieje, ale nie jest już aktywna')",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        2,
        r"wiadomosc (?:jest )?(?:za|zbyt) duza|rozmiar wiadomosci (?:przekracza|jest zbyt duzy)",
        "552 Rozmiar wiadomości przekracza limit",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), Polish wording; no server sample "
            "on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"(?:limit|przekroczono) czasu (?:połaczenia|oczekiwania)|połaczeni\w*\b.{0,20}(?:odrzucon|"
        r"zerwan|przerwan|utracon|zresetowan)|(?:utracono|zerwano|przerwano) połaczenie|serwer nie "
        r"odpowiada|brak odpowiedzi (?:od|z) serwera|brak trasy",
        "Połączenie z serwerem zostało zerwane",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Polish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"petl\w* (?:pocztow|poczty|routingu)|wykryto petle|zbyt wiele przeskokow",
        "554 Pętla poczty: zbyt wiele przeskoków",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Polish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"(?:zle|nieprawidłowo|błednie) skonfigurowan|bład konfiguracji",
        "451 Serwer pocztowy jest błędnie skonfigurowany",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Polish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"wiadomosc\w*\b.{0,40}nieprawidłowy format|nieprawidłowo sformatowan\w* "
        r"wiadomosc|uszkodzona wiadomosc",
        "554 Nieprawidłowo sformatowana wiadomość",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Polish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        2,
        r"niedozwolony (?:typ )?załacznik|"
        r"załacznik\w*\b.{0,30}(?:niedozwolon|zablokowan|zabronion)",
        "552 Załącznik zablokowany (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Polish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"wykryto wirus|zawiera wirus|wirus\w* (?:w wiadomosci|wykryt)",
        "554 Wiadomość zawiera wirusa",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: virus, a refusal of our "
            "content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused), Polish "
            "wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"filtr\w* tresci",
        "550 Zablokowane przez filtr treści",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Polish wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"zamkn\w* połaczenie|połaczenie (?:zostało )?zamkniete",
        "Połączenie zostało zamknięte",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Polish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.REJECTED,
        2,
        # A reply speaks to the client that sent the message: "twoje konto", "pańskie konto",
        # "twoja domena" are our sender's own; "adres twojego odbiorcy" (your recipient's
        # address) is not read here.
        r"\b(?:twoj[ae]?|panski[e]?|panska|pana|pani|wasz[ae]?|panstwa) (?:konto(?: e-?mail| "
        r"pocztowe)?|adres(?: e-?mail)?|domena|skrzynka(?: pocztowa)?|nazwa domeny) "
        r"(?:(?:(?:jest|zosta(?:ł|l)[oa]?) )?(?:(?:tymczasowo|trwale|czasowo) )?"
        r"(?:zablokowan[aey]|zawieszon[aey]|wy(?:ł|l)aczon[aey]|nieaktywn[aey]|"
        r"dezaktywowan[aey]|zamkniet[aey]|usuniet[aey]|nieprawid(?:ł|l)ow[aey]|niepoprawn[aey]|"
        r"nieznan[aey]|niewazn[aey]|odrzucon[aey])|nie istnieje|nie zosta(?:ł|l)[oa]? "
        r"znalezion[aey])|"
        r"\bnie (?:masz|macie|ma pan(?:i|stwo)?) (?:uprawnien|uprawnienia|prawa|pozwolenia|"
        r"zgody) (?:(?:do|na) )?wys|\bnie (?:jestes|jestescie|jest pan(?:i)?) (?:uprawnion|"
        r"upowaznion|autoryzowan)\w* do wys",
        "550 Twoje konto zostało zablokowane",
        source=_you("Polish"),
        early=True,
    ),
    Pattern(
        R.SUSPEND,
        3,
        _SUBJECT + _REL + " " + _INACTIVE + "|" + _THEIRS + _INACTIVE,
        "550 Konto, do którego piszesz, zostało wyłączone",
        source=_rel("Polish"),
    ),
    Pattern(
        R.USERUNKNOWN,
        4,
        _SUBJECT + _REL + " " + _UNKNOWN + "|" + _THEIRS + _UNKNOWN,
        "550 Skrzynka, do której próbujesz wysłać wiadomość, nie istnieje",
        source=_rel("Polish"),
    ),
)
