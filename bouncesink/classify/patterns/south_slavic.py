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

# --- Bulgarian ----------------------------------------------------------------------------------

_BG_SENDER = r"(?:подател|изпращач)я"

BG: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"кутия(?:та)?(?: на получателя)? е (?:пълна|препълнена)|превишен\w* (?:квота|лимит|"
        r"размер)|квота(?:та)?[^.;]{0,30} (?:е )?превишена",
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
)

# --- Serbian, Cyrillic --------------------------------------------------------------------------

SR: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"сандуче(?: примаоца)? је (?:пуно|препуно)|прекорачен\w* (?:квот\w*|ограничењ\w*)|"
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
)

# --- Croatian, Serbian and Bosnian in Latin script ---------------------------------------------

_SH_SENDER = r"(?:posiljatelja|posiljaoca)"  # pošiljatelja (hr), pošiljaoca (sr)
_SH_FOUND = r"prona(?:đ|dj|d)en\w*"

SH: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"sanduc(?:e|ic)(?: primaoca| primatelja)? je (?:pun[oa]?|prepun\w*)|prekoracen\w* "
        r"(?:kvot\w*|ogranicenj\w*)|kvota[^.;]{0,30} (?:je )?prekoracen\w*",
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
)

# --- Slovenian ----------------------------------------------------------------------------------

SL: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"predal(?: prejemnika)? je (?:poln|prepoln)\w*|presezen\w* (?:kvot\w*|omejit\w*)|"
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
)
