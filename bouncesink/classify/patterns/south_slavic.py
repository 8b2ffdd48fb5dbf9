"""Bulgarian, Serbian (Cyrillic), Croatian / Serbian / Bosnian in Latin script, and Slovenian
phrases.

Folded text drops the Latin marks ("poštansko sanduče" is ``postansko sanduce``, "nevažeći"
``nevazeci``; "đ" stays ``đ``) and the Cyrillic breve ("домейн" is ``домеин``); the Serbian
letters "ђ", "ћ", "ј", "љ", "њ", "џ" stay as they are. The Latin-script table ``sh`` holds the
words Croatian, Serbian and Bosnian servers share ("nepoznat korisnik", "adresa ... je
odbijena") with each one's own ("domena" / "domen", "sandučić" / "sanduče", "primatelja" /
"primaoca", "pošiljatelja" / "pošiljaoca").

A refusal that names the sender ("подател", "пошиљаоца", "pošiljatelja", "pošiljaoca") is read
before the recipient's words (``REASON_ORDER``), and the words for temporarily and later
("временно", "по-късно", "привремено", "касније", "privremeno", "kasnije", "začasno",
"pozneje") keep a reply soft (``engine._TEMPORARY_RE``). Numbers are stable: append, never
renumber.
"""

# The phrases are in Cyrillic letters, which ruff takes for look-alikes of Latin ones.
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

from bouncesink.classify.patterns.table import QUOTA, SEED, SENDER, Pattern
from bouncesink.types import Reason as R

# Sources of the seed's soft categories and refusals of us (design.md, "Vocabulary"), each with
# RFC 3463's detail code of that meaning; the wordings of this table are ours ("no server
# sample on record"), as a server in that language would word the meaning.
_VOCAB = "the product's seed (design.md, 'Vocabulary': "
_TOO_LARGE = _VOCAB + "quota: message too large); RFC 3463 §3.4 (X.3.4 message too big for system)"
_NO_ANSWER = (
    _VOCAB + "no answer from host: timed out, refused; bad connection: lost, reset); RFC 3463 "
    "§3.5 (X.4.1 no answer from host, X.4.2 bad connection)"
)
_LOOP = (
    _VOCAB + "routing: mail loop, too many hops); RFC 3463 §3.5 (X.4.6 routing loop detected); "
    "RFC 5321 §6.3 (loop detection by hop count)"
)
_CONFIG = (
    _VOCAB + "configuration: server misconfigured, local configuration error); RFC 3463 §3.4 "
    "(X.3.5 system incorrectly configured)"
)
_MALFORMED = (
    _VOCAB + "content: message refused as malformed, a refusal of our content); RFC 3463 §3.7 "
    "(X.6.0 other or undefined media error); RFC 5322"
)
_REFUSED = "RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused)"
_ATTACHMENT = (
    _VOCAB + "content: attachment type not allowed, a refusal of our content); " + _REFUSED
)
_VIRUS = _VOCAB + "content: virus, a refusal of our content); " + _REFUSED
_SPAM = _VOCAB + "spam: looks like spam, a refusal of our message); " + _REFUSED
_FILTER = (
    _VOCAB + "spam: rejected by content filter); read as the English table reads 'content "
    "filter' (text:en:filtered:01)"
)
_BLOCK_LIST = _VOCAB + "spam: IP or sender on a block list, a refusal of us); " + _REFUSED
_RATE = (
    _VOCAB + "spam: rate limited, too many messages); RFC 3463 §3.5 (X.4.5 mail system "
    "congestion); RFC 5321 §4.2.2 (421, 451)"
)

# --- Bulgarian ----------------------------------------------------------------------------------

_BG_SENDER = r"(?:подател|изпращач)я"

BG: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"кутия(?:та)?(?: на получателя)? е (?:пълна|препълнена)|превишен\w* (?:квота|лимит|"
        r"размер)(?! за изпращане)|квота(?:та)?[^.;]{0,30} (?:е )?превишена",
        "452 Пощенската кутия е пълна",
        source=QUOTA + ", Bulgarian wording ('пощенската кутия е пълна', 'превишена квота')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:адрес(?:ът)?|домеин(?:ът)?) на " + _BG_SENDER + r" (?:е )?(?:отхвърлен|невалиден|"
        r"неизвестен|блокиран|забранен)|(?:невалиден|неизвестен|недопустим|грешен) "
        r"(?:адрес|домеин) на " + _BG_SENDER + r"|(?:подателят|изпращачът) (?:е )?(?:отхвърлен|"
        r"блокиран)",
        "553 Адресът на подателя е отхвърлен",
        source=SENDER + ", Bulgarian wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:кутия(?:та)?|акаунт(?:ът)?|профил(?:ът)?)(?: на получателя)? (?:е (?:неактив\w*|"
        r"деактивиран\w*|блокиран\w*|спрян\w*|закрит\w*)|съществува,? но (?:вече )?не е "
        r"активн\w*|вече не е активн\w*)",
        "550 Пощенската кутия съществува, но вече не е активна",
        source=SEED + ", Bulgarian wording ('пощенската кутия съществува, но вече не е "
        "активна', 'акаунтът е деактивиран')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:кутия(?:та)?|потребител(?:ят|я)?|получател(?:ят|я)?|адрес(?:ът|а)?)(?: на "
        r"получателя)? (?:не съществува|не е (?:намерен\w*|валиден\w*|валидна|достъп\w*|"
        r"открит\w*)|е (?:недостъп\w*|невалид\w*|неизвестен\w*|отхвърлен\w*)|вече не "
        r"(?:е (?:валид|достъп)\w*|съществува))|(?:неизвест(?:ен|на|но)|непознат[аио]?|"
        r"невалид(?:ен|на|но)|несъществуващ[аио]?|греш(?:ен|на|но)|недопустим[аио]?) "
        r"(?:потребител|получател|адрес\b(?! на "
        + _BG_SENDER
        + r")|пощенска кутия|кутия)|няма такава (?:пощенска )?кутия|няма такъв "
        r"(?:потребител|получател|адрес)",
        "550 Адресът на получателя е отхвърлен / Неизвестен потребител",
        source=SEED + ", Bulgarian wording ('пощенската кутия не съществува, неизвестен "
        "потребител, не е намерена, е недостъпна, вече не е валиден'; 'Recipient address "
        "rejected': 'адресът на получателя е отхвърлен')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"домеин(?:ът|а)?(?: на получателя)? (?:не съществува|вече не (?:се използва|"
        r"съществува|е валиден)|не се използва|е (?:недостъп\w*|невалид\w*|неизвест\w*|"
        r"оттеглен\w*)|не е (?:валиден|достъпен|намерен))|(?:неизвестен|непознат|невалиден|"
        r"несъществуващ|грешен|недопустим) домеин\b(?! на " + _BG_SENDER + r")",
        "550 Домейнът вече не се използва / Неизвестен домейн",
        source=SEED + ", Bulgarian wording ('домейнът е оттеглен, невалиден, неизвестен, "
        "недопустим, недостъпен, вече не се използва')",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"(?:съобщението|писмото) е (?:твърде|прекалено|много) голямо|"
        r"размер\w* на (?:съобщението|писмото) (?:надвишава|превишава|"
        r"е твърде голям)",
        "552 Писмото е прекалено голямо",
        source=(_TOO_LARGE + ", Bulgarian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"(?:времето|срокът) за (?:изчакване|отговор|"
        r"свързване)\b.{0,30}изтече|изтече (?:времето|срокът) за|"
        r"сървърът не отговаря|няма отговор от (?:сървъра|хоста)|"
        r"връзката (?:\w+ ){0,3}?(?:е )?(?:отказана|прекъсната|загубена|"
        r"нулирана|затворена)|(?:отказана|прекъсната|загубена) връзка",
        "Връзката със сървъра е загубена",
        source=(_NO_ANSWER + ", Bulgarian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"(?:пощенски|имеил) цикъл|цикъл (?:на|в) (?:пощата|доставката|"
        r"маршрутизацията)|(?:твърде|прекалено) много (?:преходи|хопове|"
        r"скокове)",
        "554 Пощенски цикъл: прекалено много преходи",
        source=(_LOOP + ", Bulgarian wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"(?:неправилно|грешно) конфигуриран|грешка в (?:\w+ )?конфигурацията|"
        r"конфигурационна грешка",
        "451 Конфигурационна грешка на сървъра",
        source=(_CONFIG + ", Bulgarian wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:невалиден|неправилен|грешен|повреден) формат|(?:неправилно|"
        r"грешно) форматиран\w* (?:съобщение|писмо)|(?:повредено|"
        r"деформирано) (?:съобщение|писмо)",
        "554 Неправилно форматирано съобщение",
        source=(_MALFORMED + ", Bulgarian wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"прикачен\w*(?: фаил\w*)? не (?:е|са) разрешен|(?:забранен|"
        r"неразрешен)\w* (?:тип )?(?:прикачен|приложен)",
        "552 Забранен тип прикачен файл",
        source=(_ATTACHMENT + ", Bulgarian wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"(?:открит|намерен|засечен)\w* (?:е )?вирус|"
        r"вирус\w* (?:е )?(?:открит|намерен)|съдържа вирус|"
        r"заразен\w* (?:с вирус|съобщение|файл)",
        "554 Съобщението съдържа вирус",
        source=(_VIRUS + ", Bulgarian wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"\bспам\b|нежелан\w* (?:поща|съобщени\w*|писм\w*)",
        "554 Писмото е нежелана поща",
        source=(_SPAM + ", Bulgarian wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"филтър\w* за съдържание|филтриране на съдържанието",
        "550 Блокирано от филтъра за съдържание",
        source=(_FILTER + ", Bulgarian wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"черен списък|черния списък|списък за блокиране|блокиращ списък",
        "554 Адресът ви е в списък за блокиране",
        source=(_BLOCK_LIST + ", Bulgarian wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"(?:твърде|прекалено) много (?:съобщения|писма|връзки|имеили)|"
        r"(?:превишен|надвишен)\w* (?:е )?(?:лимит|ограничение)\w* (?:за|"
        r"на) (?:изпращане|съобщения)|лимит\w* за изпращане",
        "421 Прекалено много връзки от вашия IP адрес",
        source=(_RATE + ", Bulgarian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"затвори връзката",
        "Сървърът затвори връзката",
        source=(_NO_ANSWER + ", Bulgarian wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        2,
        r"(?:фаил|писмо|съобщение)\w* (?:е )?заразен",
        "554 Файлът е заразен",
        source=(_VIRUS + ", Bulgarian wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        2,
        r"не отговаря на rfc",
        "554 Съобщението не отговаря на RFC 5322",
        source=(_MALFORMED + ", Bulgarian wording; no server sample on record"),
    ),
)

# --- Serbian, Cyrillic --------------------------------------------------------------------------

SR: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"сандуче(?: примаоца)? је (?:пуно|препуно)|прекорачен\w* (?:квот\w*|"
        r"ограничењ\w*)\b(?! слања)|"
        r"квота[^.;]{0,30} (?:је )?прекорачен\w*",
        "452 Поштанско сандуче је пуно",
        source=QUOTA + ", Serbian wording ('поштанско сандуче је пуно', 'прекорачена квота')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:адрес[аеу]|домен[ау]?) пошиљаоца (?:је )?(?:одбијен\w*|неважећ\w*|непознат\w*|"
        r"блокиран\w*)|(?:неважећ|непознат|погрешн|недозвољен)\w* (?:адрес[аеу]|домен[ау]?) "
        r"пошиљаоца|пошиљалац (?:је )?(?:одбијен|блокиран)",
        "553 Адреса пошиљаоца је одбијена",
        source=SENDER + ", Serbian wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:сандуче|налог)(?: примаоца)? (?:је (?:неактив\w*|деактивиран\w*|онемогућен\w*|"
        r"блокиран\w*|суспендован\w*)|постоји,? али (?:више )?није активн\w*|више није "
        r"активн\w*)",
        "550 Поштанско сандуче постоји, али више није активно",
        source=SEED + ", Serbian wording ('поштанско сандуче постоји, али више није активно', "
        "'налог је деактивиран')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:сандуче|корисник|прималац|адреса(?: е-поште)?)(?: примаоца)? (?:не постоји|није "
        r"(?:пронађен\w*|доступ\w*|важећ\w*|познат\w*)|је (?:одбијен\w*|недоступ\w*|неважећ\w*|"
        r"непознат\w*)|више (?:не постоји|није (?:важећ|доступ)\w*))|(?:непознат|неважећ|"
        r"непостојећ|погрешн|недозвољен)\w* (?:корисник|прималац|адрес[аеу]\b(?! пошиљаоца)|"
        r"поштанско сандуче|сандуче)|не постоји такво (?:поштанско )?сандуче|не постоји такав "
        r"(?:корисник|прималац)",
        "550 Адреса примаоца је одбијена / Непознат корисник",
        source=SEED + ", Serbian wording ('поштанско сандуче не постоји, непознат корисник, "
        "није пронађено, није доступно, више није важећа'; 'Recipient address rejected': "
        "'адреса примаоца је одбијена')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"домен[ау]?(?: примаоца)? (?:не постоји|није (?:доступ\w*|важећ\w*|познат\w*|"
        r"пронађен\w*)|је (?:недоступ\w*|неважећ\w*|непознат\w*|повучен\w*)|се више не користи|"
        r"више (?:не постоји|није (?:важећ\w*|у употреби)))|(?:непознат|неважећ|непостојећ|"
        r"погреша?н|недозвољен)\w* домен[ау]?\b(?! пошиљаоца)",
        "550 Домен се више не користи / Непознат домен",
        source=SEED + ", Serbian wording ('домен је повучен, неважећи, непознат, недозвољен, "
        "није доступан, се више не користи')",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"порука је (?:превелика|сувише велика|преголема)|"
        r"величина поруке (?:премашује|прелази|је превелика)",
        "552 Величина поруке прелази дозвољену",
        source=(_TOO_LARGE + ", Serbian (Cyrillic) wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"истекло је време (?:за|чекања)|време (?:за повезивање|"
        r"чекања) је истекло|сервер не одговара|"
        r"веза (?:са \w+ )?(?:је )?(?:одбијена|прекинута|изгубљена|"
        r"ресетована)|везу је (?:ресетовала|прекинула|одбила|ресетовао|"
        r"прекинуо)",
        "Веза је изгубљена",
        source=(_NO_ANSWER + ", Serbian (Cyrillic) wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"петља (?:поште|е-поште|порука|рутирања)|(?:откривена|"
        r"детектована) (?:је )?петља|превише (?:скокова|хопова|преусмеравања)",
        "554 Детектована је петља е-поште",
        source=(_LOOP + ", Serbian (Cyrillic) wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"(?:погрешно|неисправно|лоше) (?:је )?конфигурисан|"
        r"грешка у (?:\w+ )?конфигурацији|конфигурациона грешка",
        "451 Конфигурациона грешка сервера",
        source=(_CONFIG + ", Serbian (Cyrillic) wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"неисправ\w* формат\w*|(?:оштећена|неисправна) порука|"
        r"формат поруке (?:није исправан|је неисправан)",
        "554 Формат поруке није исправан",
        source=(_MALFORMED + ", Serbian (Cyrillic) wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"(?:тип|врста) прилога (?:није дозвољен\w*|је забрањен\w*)|"
        r"прилоз?\w* (?:ове врсте |овог типа )?(?:није|нису) дозвољен|"
        r"забрањен\w* (?:тип )?прилог",
        "552 Прилози ове врсте нису дозвољени",
        source=(_ATTACHMENT + ", Serbian (Cyrillic) wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"(?:пронађен|откривен|детектован)\w* (?:је )?вирус|"
        r"вирус (?:је )?(?:пронађен|откривен)|садржи вирус|"
        r"заражен\w* (?:вирусом|порука|прилог)",
        "554 Порука садржи вирус",
        source=(_VIRUS + ", Serbian (Cyrillic) wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"\bспам\b|нежељен\w* пошт\w*",
        "554 Нежељена пошта",
        source=(_SPAM + ", Serbian (Cyrillic) wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"филтер\w* садржаја",
        "550 Блокирано филтером садржаја",
        source=(_FILTER + ", Serbian (Cyrillic) wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"црн(?:ој|а|у|е) лист\w*|листи? блокираних",
        "554 Ваш сервер је на листи блокираних",
        source=(_BLOCK_LIST + ", Serbian (Cyrillic) wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"превише (?:порука|веза|конекција|имејлова)|(?:прекорачено|"
        r"премашено) ограничење (?:слања|порука)|ограничење слања",
        "421 Превише веза са ваше IP адресе",
        source=(_RATE + ", Serbian (Cyrillic) wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"време за одговор је истекло",
        "Време за одговор је истекло",
        source=(_NO_ANSWER + ", Serbian (Cyrillic) wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        2,
        r"препозна\w* као нежељен",
        "554 Препознато као нежељено",
        source=(_SPAM + ", Serbian (Cyrillic) wording; no server sample on record"),
    ),
)

# --- Croatian, Serbian and Bosnian in Latin script ---------------------------------------------

_SH_SENDER = r"(?:posiljatelja|posiljaoca)"  # pošiljatelja (hr), pošiljaoca (sr)
_SH_FOUND = r"prona(?:đ|dj|d)en\w*"

SH: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"sanduc(?:e|ic)(?: primaoca| primatelja)? je (?:pun[oa]?|prepun\w*)|prekoracen\w* "
        r"(?:kvot\w*|ogranicenj\w*)\b(?! slanja)|kvota[^.;]{0,30} (?:je )?prekoracen\w*",
        "452 Poštanski sandučić je pun",
        source=QUOTA + ", Croatian and Serbian wording ('poštanski sandučić je pun', "
        "'poštansko sanduče je puno', 'prekoračena kvota')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:adres[aeu]|domen[au]?)(?: e-poste)? " + _SH_SENDER + r" (?:je )?(?:odbijen\w*|"
        r"nevazec\w*|nepoznat\w*|blokiran\w*|nije dozvoljen\w*)|(?:nevazec|nepoznat|neispravn|"
        r"pogresn|nedozvoljen)\w* (?:adres[aeu]|domen[au]?) " + _SH_SENDER + r"|"
        r"(?:posiljalac|posiljatelj) (?:je )?(?:odbijen|blokiran)",
        "553 Adresa pošiljatelja je odbijena",
        source=SENDER + ", Croatian and Serbian wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:sanduc(?:e|ic)|korisnick\w* racun|racun|nalog)(?: primaoca| primatelja)? (?:je "
        r"(?:neaktiv\w*|deaktiviran\w*|onemogucen\w*|blokiran\w*|suspendiran\w*|ugasen\w*)|"
        r"postoji,? (?:ali|no) (?:vise )?nije aktiv\w*|vise nije aktiv\w*)",
        "550 Sandučić postoji, ali više nije aktivan",
        source=SEED + ", Croatian and Serbian wording ('sandučić postoji, ali više nije "
        "aktivan', 'korisnički račun je onemogućen', 'nalog je deaktiviran')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:sanduc(?:e|ic)|korisnik|primalac|primatelj|adresa(?: e-poste)?)(?: primaoca| "
        r"primatelja)? (?:ne postoji|nije (?:" + _SH_FOUND + r"|dostup\w*|vazec\w*|valjan\w*|"
        r"poznat\w*)|je (?:odbijen\w*|nedostup\w*|nevazec\w*|nepoznat\w*)|vise (?:ne postoji|"
        r"nije (?:vazec|valjan|dostup)\w*))|(?:nepoznat|nevazec|neispravn|nepostojec|pogresn|"
        r"nedozvoljen|nedopusten)\w* (?:korisnik|primalac|primatelj|adres[aeu]\b(?! "
        + _SH_SENDER
        + r")|postansk[oi] sanduc\w*|sanduc\w*)|ne postoji (?:takav|takvo) "
        r"(?:postansk[oi] )?(?:sanduc\w*|korisnik|primalac|primatelj)",
        "550 Adresa primatelja je odbijena / Nepoznat korisnik",
        source=SEED + ", Croatian and Serbian wording ('poštanski sandučić ne postoji, "
        "nepoznat korisnik, nije pronađen, nije dostupan, više nije važeća'; 'Recipient "
        "address rejected': 'adresa primatelja / primaoca je odbijena')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"domen[au]?(?: primaoca| primatelja)? (?:ne postoji|nije (?:dostup\w*|vazec\w*|"
        r"valjan\w*|poznat\w*|" + _SH_FOUND + r")|je (?:nedostup\w*|nevazec\w*|nepoznat\w*|"
        r"povucen\w*)|se vise ne koristi|vise (?:ne postoji|nije (?:vazec\w*|valjan\w*|u "
        r"upotrebi)))|(?:nepoznat|nevazec|neispravn|nepostojec|pogresa?n|nedozvoljen|"
        r"nedopusten)\w* domen[au]?\b(?! " + _SH_SENDER + r")",
        "550 Domena se više ne koristi / Nepoznata domena",
        source=SEED + ", Croatian and Serbian wording ('domena je povučena, nevažeća, "
        "nepoznata, nedopuštena, nije dostupna, se više ne koristi'; Serbian 'domen')",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"poruka je (?:prevelika|previse velika|suvise velika)|"
        r"velicina poruke (?:premasuje|prelazi|je prevelika)",
        "552 Velicina poruke prelazi dopustenu",
        source=(
            _TOO_LARGE
            + ", Croatian, Serbian and Bosnian (Latin script) wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"isteklo je vr(?:ij)?eme (?:za povezivanje|cekanja)|vr(?:ij)?eme (?:cekanja|"
        r"za povezivanje)(?: veze)? je isteklo|(?:posluzitelj|"
        r"server) ne odgovara|veza (?:sa? \w+ )?(?:je )?(?:odbijena|prekinuta|"
        r"izgubljena|resetirana|resetovana)|vezu je (?:resetira|resetova|"
        r"prekinu|odbi)\w*",
        "Veza je izgubljena",
        source=(
            _NO_ANSWER
            + ", Croatian, Serbian and Bosnian (Latin script) wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"petlj\w* (?:poste|e-poste|poruka|usmjeravanja|rutiranja)|"
        r"(?:otkrivena|detektirana|detektovana) (?:je )?petlja|"
        r"previse (?:skokova|hopova|preusmjeravanja|preusmeravanja)",
        "554 Detektirana je petlja e-poste",
        source=(
            _LOOP
            + ", Croatian, Serbian and Bosnian (Latin script) wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"(?:pogresno|neispravno|lose) (?:je )?konfiguri(?:ran|san)|"
        r"(?:pogreska|greska) (?:u )?(?:\w+ )?konfiguracij|"
        r"konfiguracijska (?:pogreska|greska)",
        "451 Greska u konfiguraciji servera",
        source=(
            _CONFIG
            + ", Croatian, Serbian and Bosnian (Latin script) wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"neispravan format|neispravno formatiran\w*|(?:ostecena|"
        r"neispravna) poruka|format poruke (?:nije ispravan|je neispravan)",
        "554 Neispravno formatirana poruka",
        source=(
            _MALFORMED
            + ", Croatian, Serbian and Bosnian (Latin script) wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"(?:vrsta|tip) (?:privitka|priloga) (?:nije (?:dopusten|dozvoljen)|"
        r"je zabranjen)\w*|(?:privi[tc]|prilo[gz])\w* (?:ove vrste |"
        r"ovog tipa )?(?:nije|nisu) (?:dopusten|dozvoljen)|"
        r"zabranjen\w* (?:vrsta |tip )?(?:privit|prilog)",
        "552 Privici ove vrste nisu dopusteni",
        source=(
            _ATTACHMENT
            + ", Croatian, Serbian and Bosnian (Latin script) wording; no server sample on record"
        ),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"(?:pronađen|pronadjen|pronaden|otkriven|detektiran|"
        r"detektovan)\w* (?:je )?virus|virus (?:je )?(?:pronađen|pronadjen|"
        r"otkriven)|sadrzi virus|zarazen\w* (?:virusom|poruka|privitak|prilog)",
        "554 Poruka sadrzi virus",
        source=(
            _VIRUS
            + ", Croatian, Serbian and Bosnian (Latin script) wording; no server sample on record"
        ),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"nezeljen\w* post\w*",
        "554 Nezeljena posta",
        source=(
            _SPAM
            + ", Croatian, Serbian and Bosnian (Latin script) wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"filt(?:a|e)r\w* sadrzaja",
        "550 Blokirano filterom sadrzaja",
        source=(
            _FILTER
            + ", Croatian, Serbian and Bosnian (Latin script) wording; no server sample on record"
        ),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"crn(?:oj|a|u|e) list\w*",
        "554 Vas server je na crnoj listi",
        source=(
            _BLOCK_LIST
            + ", Croatian, Serbian and Bosnian (Latin script) wording; no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"previse (?:poruka|veza|konekcija)|(?:prekoracen|"
        r"premasen)\w* (?:je )?ogranicenj\w* (?:slanja|poruka)|"
        r"ogranicenje slanja",
        "421 Previse veza s vase IP adrese",
        source=(
            _RATE
            + ", Croatian, Serbian and Bosnian (Latin script) wording; no server sample on record"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        2,
        r"poruka premasuje (?:najvecu )?(?:dop?ustenu|dozvoljenu) velicinu",
        "552 Poruka premasuje dozvoljenu velicinu",
        source=(
            _TOO_LARGE
            + ", Croatian, Serbian and Bosnian (Latin script) wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"zatvori\w* (?:je )?vezu",
        "Server je zatvorio vezu",
        source=(
            _NO_ANSWER
            + ", Croatian, Serbian and Bosnian (Latin script) wording; no server sample on record"
        ),
    ),
)

# --- Slovenian ----------------------------------------------------------------------------------

SL: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"predal(?: prejemnika)? je (?:poln|prepoln)\w*|presezen\w* (?:kvot\w*|"
        r"omejit\w*)\b(?! posiljanja)|"
        r"kvota[^.;]{0,30} (?:je )?presezen\w*",
        "452 Poštni predal je poln",
        source=QUOTA + ", Slovenian wording ('poštni predal je poln', 'presežena kvota')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:naslov|domen[ae]?)(?: e-poste)? posiljatelja (?:je )?(?:zavrnjen\w*|neveljav\w*|"
        r"neznan\w*|blokiran\w*)|(?:neveljav|neznan|napacn|nedovoljen)\w* (?:naslov|"
        r"domen[ae]?) posiljatelja|posiljatelj (?:je )?(?:zavrnjen|blokiran)",
        "553 Naslov pošiljatelja je zavrnjen",
        source=SENDER + ", Slovenian wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:predal|racun)(?: prejemnika)? (?:je (?:neaktiv\w*|onemogocen\w*|deaktiviran\w*|"
        r"blokiran\w*|zaprt\w*)|obstaja,? (?:vendar|ampak|a) (?:ni vec|ni) aktiv\w*|ni vec "
        r"aktiv\w*)",
        "550 Poštni predal obstaja, vendar ni več aktiven",
        source=SEED + ", Slovenian wording ('poštni predal obstaja, vendar ni več aktiven', "
        "'račun je onemogočen')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:predal|uporabnik|prejemnik|naslov(?: e-poste)?)(?: prejemnika)? (?:ne obstaja|ni "
        r"(?:bil[a]? )?(?:najden\w*|na voljo|veljaven|znan)|je (?:zavrnjen\w*|neveljaven\w*|"
        r"neznan\w*|nedosegljiv\w*)|ni vec (?:veljaven|na voljo|dosegljiv\w*))|(?:neznan|"
        r"neveljav|neobstojec|napacn|nedovoljen)\w* (?:uporabnik|prejemnik|naslov\b(?! "
        r"posiljatelja)|postni predal|predal)|ni takega (?:postnega predala|predala|uporabnika|"
        r"prejemnika|naslova)|(?:postnega )?predala ni (?:mogoce najti|bilo mogoce najti)|"
        r"(?:uporabnika|prejemnika) ni (?:mogoce )?najti",
        "550 Naslov prejemnika je zavrnjen / Neznan uporabnik",
        source=SEED + ", Slovenian wording ('poštni predal ne obstaja, neznan uporabnik, ni "
        "bil najden, ni na voljo, ni več veljaven'; 'Recipient address rejected': 'naslov "
        "prejemnika je zavrnjen')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"domen[ae]?(?: prejemnika)? (?:ne obstaja|ni (?:na voljo|veljavn\w*|znan\w*|"
        r"najden\w*)|je (?:neveljavn\w*|neznan\w*|(?:bila )?umaknjen\w*)|se ne uporablja vec|"
        r"se vec ne uporablja|ni vec (?:v uporabi|veljavn\w*|na voljo))|(?:neznan|neveljavn|"
        r"neobstojec|napacn|nedovoljen)\w* domen[ae]?\b(?! posiljatelja)",
        "550 Domena se ne uporablja več / Neznana domena",
        source=SEED + ", Slovenian wording ('domena je bila umaknjena, neveljavna, neznana, "
        "nedovoljena, ni na voljo, se ne uporablja več')",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"sporocilo je (?:preveliko|predolgo)|velikost sporocila (?:presega|"
        r"je prevelika)",
        "552 Velikost sporocila presega omejitev",
        source=(_TOO_LARGE + ", Slovenian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"casovna omejitev (?:povezave )?je (?:potekla|pretekla)|(?:potekla|"
        r"pretekla) je casovna omejitev|streznik se ne odziva|"
        r"povezava (?:\w+ ){0,4}?(?:zavrnjena|prekinjena|izgubljena|"
        r"ponastavljena)|povezavo je (?:ponastavil|prekinil|zavrnil)\w*|"
        r"(?:izgubljena|prekinjena) povezava",
        "Povezava je bila izgubljena",
        source=(_NO_ANSWER + ", Slovenian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"postn\w* zank\w*|zanka (?:poste|usmerjanja)|(?:zaznana|"
        r"odkrita) (?:je )?zanka|prevec (?:skokov|preskokov|posredovanj)",
        "554 Zaznana je zanka: prevec skokov",
        source=(_LOOP + ", Slovenian wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"(?:napacno|nepravilno|slabo) (?:je )?konfiguriran|"
        r"napaka v (?:\w+ )?konfiguraciji|konfiguracijska napaka",
        "451 Konfiguracijska napaka streznika",
        source=(_CONFIG + ", Slovenian wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"neveljavn\w* (?:oblik|format)\w*|(?:poskodovano|"
        r"nepravilno oblikovano) sporocilo",
        "554 Nepravilno oblikovano sporocilo",
        source=(_MALFORMED + ", Slovenian wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"(?:vrsta|tip) priponke (?:ni dovoljen|je prepovedan)\w*|"
        r"priponk\w* (?:te vrste |tega tipa )?(?:ni|niso) dovoljen\w*|"
        r"prepovedan\w* (?:vrsta |tip )?priponk",
        "552 Priponke te vrste niso dovoljene",
        source=(_ATTACHMENT + ", Slovenian wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"(?:najden|zaznan|odkrit)\w* (?:je )?(?:bil )?virus|"
        r"virus (?:je )?(?:bil )?(?:najden|zaznan|odkrit)|vsebuje virus|"
        r"okuzen\w* (?:z virusom|sporocilo|priponka)",
        "554 Sporocilo vsebuje virus",
        source=(_VIRUS + ", Slovenian wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"nezelen\w* post\w*",
        "554 Nezelena posta",
        source=(_SPAM + ", Slovenian wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"filt(?:e)?r\w* vsebine",
        "550 Blokirano s filtrom vsebine",
        source=(_FILTER + ", Slovenian wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"crn\w* seznam\w*",
        "554 Vas streznik je na crnem seznamu",
        source=(_BLOCK_LIST + ", Slovenian wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"prevec (?:sporocil|povezav|e-sporocil)|(?:presezena|"
        r"prekoracena) (?:je )?omejitev (?:posiljanja|sporocil)|"
        r"omejitev posiljanja",
        "421 Prevec povezav z vasega IP naslova",
        source=(_RATE + ", Slovenian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"ni odgovoril v (?:predpisanem|dolocenem) casu",
        "Streznik ni odgovoril v dolocenem casu",
        source=(_NO_ANSWER + ", Slovenian wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        2,
        r"(?:priponka|sporocilo) je okuzen\w*",
        "554 Sporocilo je okuzeno",
        source=(_VIRUS + ", Slovenian wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        2,
        r"seznam\w* blokiranih",
        "554 Na seznamu blokiranih",
        source=(_BLOCK_LIST + ", Slovenian wording; no server sample on record"),
    ),
)
