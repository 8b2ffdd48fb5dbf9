"""Turkish and Romanian phrases, one table each.

Turkish folded text keeps the dotless "ı" (no decomposition) but drops the other marks
("geçersiz" is ``gecersiz``, "gönderen" ``gonderen``); entries accept ``[ıi]`` where servers
write either. Romanian folded text drops every mark, comma-below and cedilla forms alike
("căsuța" is ``casuta``, "încercați" ``incercati``). Numbers are stable.
"""

# The phrases are in the language's own letters (Cyrillic, the Turkish dotless i, the Polish
# l with stroke), which ruff takes for look-alikes of Latin ones: intended here.
# ruff: noqa: RUF001, RUF002, RUF003

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


# A Romanian relative clause between the recipient's mailbox and its predicate ("căsuța pe care
# ați încercat să o contactați nu există"), within one clause. Not one that names where the
# reader sends from or what it uses ("de pe care", "din care", "folosiți"): that is ours.
_REL_RO = (
    r",? (?:pe care|la care|catre care|caruia|careia|carora|in care|unde)"
    r"(?: (?:(?!\b(?:de la|din|folos\w*|utiliz\w*)\b)[^.;:!?,]){1,50}?)?,?"
)
_RO_INACTIVE = r"(?:este |a fost )?(?:dezactivat|suspendat|blocat|inchis|inactiv|expirat)a?\b"
_RO_UNKNOWN = (
    r"(?:nu (?:mai )?exista|nu a fost gasita?|este necunoscuta?|este invalida?|nu (?:este|e) "
    r"valida?)"
)

TR: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"posta kutusu (?:dolu|doldu)|kota (?:as[ıi]ld[ıi]|doldu)|yetersiz (?:depolama|disk) alan",
        "552 5.2.2 Alıcının posta kutusu dolu",
        source="RFC 3463 §3.3 (X.2.2), Turkish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.REJECTED,
        1,
        r"gonderen(?: e-?posta)?(?: adresi| alan ad[ıi])? (?:gecersiz|reddedildi|engellendi|"
        r"bilinmiyor|bulunamad[ıi])|(?:gecersiz|bilinmeyen) gonderen",
        "553 5.1.8 Gönderen adresi geçersiz",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Turkish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip\b.{0,40}(?:engellendi|engelli|kara listede|reddedildi)|kara liste",
        "554 IP adresiniz kara listede",
        source="RFC 3463 §3.8 (X.7.1) refusing the sending host, Turkish wording; " + _NO_SAMPLE,
        hint=("engel", "kara liste", "reddedildi"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"(?:spam|istenmeyen (?:posta|e-?posta|ileti)) olarak (?:alg[ıi]land|isaretlen|"
        r"degerlendiril)|istenmeyen (?:posta|e-?posta|ileti)",
        "550 İleti istenmeyen posta olarak algılandı",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, Turkish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:hesap|hesab[ıi]|posta kutusu|kullan[ıi]c[ıi]) (?:ask[ıi]ya al[ıi]nd[ıi]|ask[ıi]da|"
        r"devre d[ıi]s[ıi]|engellendi|kapat[ıi]ld[ıi]|kapal[ıi]|pasif|aktif degil)",
        "550 5.2.1 Hesap askıya alındı",
        source="RFC 3463 §3.3 (X.2.1), Turkish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:kullan[ıi]c[ıi]|alıcı|alici|e-posta adresi|eposta adresi|posta kutusu|hesap) "
        r"(?:bulunamad[ıi]|mevcut degil|tan[ıi]nm[ıi]yor|gecersiz)|(?:bilinmeyen|gecersiz|"
        r"olmayan) (?:kullan[ıi]c[ıi]|al[ıi]c[ıi]|e-?posta adresi)|boyle bir (?:kullan[ıi]c[ıi]|"
        r"adres|hesap) (?:yok|bulunmuyor)",
        "550 5.1.1 Kullanıcı bulunamadı",
        source="RFC 3463 §3.2 (X.1.1), Turkish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?:alan ad[ıi]|etki alan[ıi]) (?:bulunamad[ıi]|mevcut degil|gecersiz)|(?:gecersiz|"
        r"bilinmeyen) (?:alan ad[ıi]|etki alan[ıi])",
        "550 5.1.2 Alan adı bulunamadı",
        source="RFC 3463 §3.2 (X.1.2), Turkish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.SYSTEMERROR,
        1,
        r"gecici olarak (?:kullan[ıi]lam[ıi]yor|ulas[ıi]lam[ıi]yor|engellendi)|daha sonra tekrar "
        r"deneyin|gecici (?:hata|sorun)",
        "450 Posta kutusu geçici olarak kullanılamıyor, daha sonra tekrar deneyin",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Turkish wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"alan ad[ıi] art[ıi]k (?:mevcut degil|yok|kullan[ıi]lm[ıi]yor)",
        "550 Alan adı artık mevcut değil",
        source=_SEED_W + " ('domain ... no longer in use'), Turkish wording",
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        r"gecersiz (?:posta kutusu|al[ıi]c[ıi])|al[ıi]c[ıi](?: e-posta)? adresi reddedildi",
        "550 Geçersiz posta kutusu / Alıcı adresi reddedildi",
        source=_SEED_W + " ('mailbox ... bad; recipient address rejected'), Turkish wording",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"(?:ileti|mesaj|e-?posta)\w* (?:cok|fazla|asırı) buyuk|boyut\w* (?:sınırı "
        r")?(?:asıldı|asıyor)",
        "552 Mesaj boyutu sınırı aşıldı",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), Turkish wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"baglantı\w*\b.{0,30}(?:zaman asımı|reddedildi|koptu|kesildi|sıfırlandı|basarısız)|zaman "
        r"asımı|sunucu (?:yanıt|cevap) vermiyor|sunucudan yanıt (?:yok|alınamadı)|rota yok",
        "Sunucuyla bağlantı kesildi",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Turkish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"(?:posta|e-?posta) dongusu|dongu algılandı|cok fazla (?:atlama|sekme)",
        "554 Döngü algılandı: çok fazla atlama",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Turkish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"yanlıs yapılandırıl|yapılandırma hatası|hatalı yapılandır",
        "451 Posta sunucusu hatalı yapılandırılmış",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Turkish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:ileti|mesaj)\w*\b.{0,40}gecersiz (?:bicim|format)|hatalı bicimlendirilmis",
        "554 Mesaj geçersiz biçimde",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Turkish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"\bek(?:i|ler|in)?\b.{0,20}(?:izin verilmiyor|yasak|engellendi)",
        "552 Ek engellendi (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Turkish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"icerik filtre",
        "550 İçerik filtresi engelledi",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Turkish wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"cok fazla (?:ileti|mesaj|e-?posta|baglantı)|gonderim sınırı",
        "421 IP adresinizden çok fazla bağlantı",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Turkish wording; no server sample on "
            "record"
        ),
    ),
    Pattern(
        R.REJECTED,
        2,
        # A reply speaks to the client that sent the message: the second person's suffix
        # ("hesabınız", "adresiniz", "alan adınız") is our sender's own account, address or
        # domain; "alıcınızın hesabı" (your recipient's account) is not read here.
        r"(?<!\bip )\b(?:sizin )?(?:e-?posta |kullan[ıi]c[ıi] )?(?:hesab[ıi]n[ıi]z|adresiniz|"
        r"alan ad[ıi]n[ıi]z|etki alan[ıi]n[ıi]z|posta kutunuz) (?:(?:gecici|kal[ıi]c[ıi]) "
        r"olarak )?(?:ask[ıi]ya al[ıi]n(?:d[ıi]|m[ıi]s(?:t[ıi]r)?)|ask[ıi]da|devre d[ıi]s[ıi]|"
        r"engellen(?:di|mis(?:tir)?)|kapat[ıi]l(?:d[ıi]|m[ıi]s(?:t[ıi]r)?)|silin(?:di|mis(?:tir)?)|"
        r"kapal[ıi]|pasif|aktif degil|gecersiz|bilinmiyor|tan[ıi]nm[ıi]yor|"
        r"mevcut degil|bulunamad[ıi]|silindi|donduruldu|kilitlendi|reddedildi|kara listede)|"
        r"gonder(?:me|mek|meye)? (?:yetkiniz|izniniz|hakk[ıi]n[ıi]z) (?:yok|bulunmuyor)|"
        r"gonder(?:me|mek)(?:ye)? (?:yetkisine|iznine) sahip degilsiniz|"
        r"gondermenize izin verilmiyor",
        "550 Hesabınız askıya alındı",
        source=_you("Turkish"),
        early=True,
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        # A participle of the second person before the recipient's address ("yazdığınız adres":
        # the address you wrote to); not the one the reader uses ("kullandığınız").
        r"\b(?!kulland)\w+(?:d|t)[ıiu]g[ıiu]n[ıiu]z (?:e-?posta )?(?:adres(?:i)?|posta kutusu|"
        r"hesap|kullan[ıi]c[ıi]) (?:bilinmiyor|tan[ıi]nm[ıi]yor|bulunamad[ıi]|mevcut degil|"
        r"gecersiz)",
        "550 Yazdığınız adres bilinmiyor",
        source=_rel("Turkish"),
        hint=("bilinmiyor", "nm", "bulunamad", "mevcut degil", "gecersiz"),
    ),
)

RO: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:casuta(?: postala)?|mailbox-ul|contul)(?: a destinatarului| destinatarului)? (?:este "
        r")?(?:plina|plin|depasita)|cota (?:a fost )?depasita|spatiu (?:de stocare )?insuficient",
        "552 5.2.2 Căsuța poștală a destinatarului este plină",
        source="RFC 3463 §3.3 (X.2.2), Romanian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:adresa|domeniul) expeditorului (?:nu exista|este invalid[a]?|a fost respins[a]?|este "
        r"necunoscut[a]?|este blocat[a]?)|expeditor(?:ul)? (?:invalid|necunoscut|respins|blocat|"
        r"neautorizat)",
        "553 5.1.8 Adresa expeditorului este invalidă",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Romanian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip\b.{0,40}(?:blocat|respins|lista neagra)|lista neagra",
        "554 Adresa IP este pe lista neagră",
        source="RFC 3463 §3.8 (X.7.1) refusing the sending host, Romanian wording; " + _NO_SAMPLE,
        hint=("blocat", "respins", "lista neagra"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"(?:considerat|identificat|marcat|clasificat)a? (?:ca|drept) spam|mesaj nesolicitat|"
        r"posta nedorita",
        "550 Mesajul a fost marcat ca spam",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, Romanian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:contul|casuta(?: postala)?|utilizatorul|adresa) (?:este |a fost )?(?:dezactivat[a]?|"
        r"suspendat[a]?|blocat[a]?|inchis[a]?|inactiv[a]?|expirat[a]?)",
        "550 5.2.1 Contul a fost dezactivat",
        source="RFC 3463 §3.3 (X.2.1), Romanian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:utilizatorul|destinatarul|adresa(?: de e-?mail)?|casuta(?: postala)?|contul)(?: "
        r"destinatarului)? (?:nu exista|nu a fost gasit[a]?|este necunoscut[a]?|este invalid[a]?)|"
        r"(?:utilizator|destinatar) (?:necunoscut|inexistent)",
        "550 5.1.1 Utilizatorul nu există",
        source="RFC 3463 §3.2 (X.1.1), Romanian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"domeniul (?:nu exista|este invalid|nu a fost gasit|este necunoscut)|domeniu "
        r"(?:inexistent|invalid|necunoscut)",
        "550 5.1.2 Domeniul nu există",
        source="RFC 3463 §3.2 (X.1.2), Romanian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.SYSTEMERROR,
        1,
        r"temporar (?:indisponibil|inaccesibil|blocat)\w*|incercati (?:din nou )?mai tarziu|"
        r"eroare temporara",
        "450 Căsuța poștală este temporar indisponibilă, încercați din nou mai târziu",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Romanian wording; " + _NO_SAMPLE,
    ),
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"domeniul nu mai exista",
        "550 Domeniul nu mai există",
        source=_SEED_W + " ('domain ... no longer in use'), Romanian wording",
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        # not where the reply asks to be tried later (a state, not the address)
        r"(?:casut(?:a|e) postal(?:a|e) (?:nu (?:mai )?este disponibila|invalida))"
        r"(?![^.;]{0,60}tarziu)",
        "550 Căsuța poștală nu este disponibilă",
        source=_SEED_W + " ('mailbox ... bad, unavailable'), Romanian wording",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"mesajul (?:este )?prea mare|dimensiunea mesajului (?:depaseste|este prea mare)",
        "552 Dimensiunea mesajului depășește limita",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), Romanian wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"conexiun\w*\b.{0,20}(?:a expirat|refuzata|pierduta|intrerupta|resetata|esuat)|serverul "
        r"(?:nu raspunde|nu a raspuns)|niciun raspuns de la server|nicio ruta",
        "Conexiunea cu serverul a fost întreruptă",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Romanian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"bucla (?:de (?:e-?mail|posta|rutare)|detectata)|prea multe salturi",
        "554 Buclă de rutare: prea multe salturi",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Romanian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"configurat gresit|configurare gresita|eroare de configurare",
        "451 Serverul de e-mail are o configurare greșită",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Romanian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"mesaj\w*\b.{0,40}format (?:invalid|incorect|gresit)|mesaj (?:malformat|corupt)",
        "554 Mesaj malformat",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Romanian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"atasament\w*\b.{0,40}(?:nu este permis|nepermis|interzis|blocat)",
        "552 Atașament interzis (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Romanian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"filtr(?:ul|u) de continut",
        "550 Blocat de filtrul de conținut",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Romanian wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"prea multe (?:mesaje|conexiuni|e-?mailuri)|limita de trimitere",
        "421 Prea multe conexiuni de la adresa dvs. IP",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Romanian wording; no server sample on "
            "record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"timpul de (?:conectare|asteptare)\b.{0,30}expirat|conectare\b.{0,30}a expirat",
        "Timpul de așteptare a expirat",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Romanian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.REJECTED,
        2,
        # A reply speaks to the client that sent the message: "contul dumneavoastră", "adresa
        # ta" are our sender's own; "contul destinatarului dumneavoastră" (your recipient's
        # account) is not read here.
        r"\b(?:contul|adresa|domeniul|casuta(?: postala)?|numele de domeniu)(?: (?:de )?"
        r"expeditor(?:ului)?)? (?:dumneavoastra|"
        r"dvs\.?|tau|ta|voastra|vostru)(?: de e-?mail)? (?:(?:(?:este|a fost|e) )?(?:(?:temporar|"
        r"definitiv|permanent) )?(?:suspendat|dezactivat|blocat|inchis|inactiv|invalid|"
        r"necunoscut|sters|restrictionat|interzis|respins)a?\b|nu (?:este|e) valida?|nu exista|"
        r"nu a fost gasita?)|"
        r"\bnu (?:aveti|ai) (?:permisiunea|dreptul|autorizatia|autorizarea|voie) (?:de a |sa )"
        r"trimite|\bnu (?:sunteti|esti) (?:autorizat|autorizata|autorizati) (?:sa|de a) trimite",
        "550 Contul dumneavoastră a fost suspendat",
        source=_you("Romanian"),
        early=True,
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"\b(?:contul|casuta(?: postala)?|utilizatorul|adresa(?: de e-?mail)?|destinatarul)"
        + f"{_REL_RO} {_RO_INACTIVE}|"
        # the recipient's account, also "your recipient's" ("contul destinatarului tău")
        + r"\b(?:contul|casuta(?: postala)?|adresa(?: de e-?mail)?)(?: al| a)? (?:destinatarului|"
        r"destinatarei)(?: (?:dumneavoastra|dvs\.?|tau))? " + _RO_INACTIVE,
        "550 Contul căruia îi scrieți a fost dezactivat",
        source=_rel("Romanian"),
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        r"\b(?:contul|casuta(?: postala)?|utilizatorul|adresa(?: de e-?mail)?|destinatarul)"
        + f"{_REL_RO} {_RO_UNKNOWN}|"
        + r"\b(?:contul|casuta(?: postala)?|adresa(?: de e-?mail)?)(?: al| a)? (?:destinatarului|"
        r"destinatarei)(?: (?:dumneavoastra|dvs\.?|tau))? " + _RO_UNKNOWN,
        "550 Căsuța poștală pe care ați încercat să o contactați nu există",
        source=_rel("Romanian"),
    ),
)
