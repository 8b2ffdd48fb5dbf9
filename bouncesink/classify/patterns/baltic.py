"""Belarusian, Lithuanian, Latvian and Estonian phrases.

Folded text drops the marks: Belarusian "ў" and "й" are ``у`` and ``и`` ("несапраўдны" is
``несапраудны``, "знойдзена" ``зноидзена``; "і" stays); Lithuanian "dėžutė" is ``dezute``,
"nežinomas" ``nezinomas``; Latvian "domēns" is ``domens``, "saņēmēja" ``sanemeja``;
Estonian "lükati" is ``lukati``, "täis" ``tais``.

The Baltic languages put the owner before the noun ("gavėjo adresas", "saņēmēja adrese",
"saaja aadress"; the sender's: "siuntėjo", "sūtītāja", "saatja"): an address that follows the
sender's word is not read as the recipient's. A refusal that names the sender is read before
the recipient's words (``REASON_ORDER``), and the words for temporarily and later ("часова",
"пазней", "laikinai", "vėliau", "īslaicīgi", "vēlāk", "ajutiselt", "hiljem") keep a reply
soft (``engine._TEMPORARY_RE``). Numbers are stable: append, never renumber.
"""

# The words quoted are in Cyrillic letters, which ruff takes for look-alikes of Latin ones.
# ruff: noqa: RUF002

from __future__ import annotations

from bouncesink.classify.patterns.table import QUOTA, SEED, SENDER, Pattern
from bouncesink.types import Reason as R

# --- Belarusian ---------------------------------------------------------------------------------

BE: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"скрын\w*(?: атрымальніка)? (?:перапоунен\w*|запоунен\w*)|перавышан\w* (?:квот\w*|"
        r"памер\w*)",
        "452 Паштовая скрыня перапоўнена",
        source=QUOTA + ", Belarusian wording ('паштовая скрыня перапоўнена')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:адрас|дамен) адпрауніка (?:адхілен\w*|несапрауд\w*|невядом\w*|заблакірав\w*)|"
        r"(?:несапрауд|невядом|няправільн)\w* (?:адрас|дамен) адпрауніка|адпраунік "
        r"(?:адхілены|заблакіраваны)",
        "553 Адрас адпраўніка адхілены",
        source=SENDER + ", Belarusian wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:скрын\w*|уліков\w* запіс|акаунт)(?: атрымальніка)? (?:неактыун\w*|не актыун\w*|"
        r"дэактывав\w*|заблакірав\w*|адключан\w*|існуе,? але (?:больш )?не актыун\w*|больш не "
        r"актыун\w*)",
        "550 Паштовая скрыня існуе, але больш не актыўная",
        source=SEED + ", Belarusian wording ('паштовая скрыня існуе, але больш не актыўная', "
        "'уліковы запіс дэактываваны')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:скрын\w*|карыстальнік\w*|атрымальнік\w*|адрас\w*)(?: атрымальніка)? (?:не існуе|"
        r"не зноидзен\w*|недаступн\w*|невядом\w*|больш не (?:існуе|сапрауд\w*|даступн\w*)|"
        r"адхілен\w*)|(?:невядом|несапрауд|неіснуюч|няправільн|недапушчальн)\w* "
        r"(?:карыстальнік|атрымальнік|адрас\b(?! адпрауніка)|паштов\w* скрын|скрын)|няма "
        r"так\w* (?:паштов\w* )?(?:скрын\w*|карыстальніка|атрымальніка|адраса)",
        "550 Адрас атрымальніка адхілены / Невядомы карыстальнік",
        source=SEED + ", Belarusian wording ('паштовая скрыня не існуе, невядомы "
        "карыстальнік, не знойдзена, недаступная, больш не сапраўдны'; 'Recipient address "
        "rejected': 'адрас атрымальніка адхілены')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"дамен(?: атрымальніка)? (?:не існуе|не зноидзен\w*|невядом\w*|недаступн\w*|больш не "
        r"(?:выкарыстоуваецца|існуе|сапрауд\w*))|(?:невядом|несапрауд|неіснуюч|няправільн|"
        r"недапушчальн)\w* дамен\b(?! адпрауніка)",
        "550 Дамен больш не выкарыстоўваецца / Невядомы дамен",
        source=SEED + ", Belarusian wording ('дамен не існуе, невядомы, несапраўдны, "
        "недапушчальны, недаступны, больш не выкарыстоўваецца')",
    ),
)

# --- Lithuanian ---------------------------------------------------------------------------------

_LT_BAD = r"(?:nezinom|netinkam|neteising|negaliojant|neegzistuojanc|neleistin)\w*"

LT: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"dezut\w*(?: gavejo)? (?:yra )?(?:pilna|perpildyt\w*)|virsyt\w* (?:pasto dezutes )?"
        r"(?:kvot\w*|dyd\w*|limit\w*)|kvota (?:yra )?virsyt\w*",
        "452 Pašto dėžutė pilna",
        source=QUOTA + ", Lithuanian wording ('pašto dėžutė pilna', 'viršyta kvota')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"siuntejo (?:el\. pasto )?(?:adres\w*|domen\w*) (?:atmest\w*|netinkam\w*|neteising\w*|"
        r"nezinom\w*|uzblokuot\w*|neegzistuoja)|" + _LT_BAD + r" siuntejo (?:adres|domen)\w*|"
        r"siuntejas (?:atmestas|uzblokuotas)",
        "553 Siuntėjo adresas atmestas",
        source=SENDER + ", Lithuanian wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:dezut\w*|paskyr\w*)(?: gavejo)? (?:(?:yra )?neaktyv\w*|isjungt\w*|deaktyvuot\w*|"
        r"uzblokuot\w*|sustabdyt\w*|egzistuoja,? (?:bet|taciau) (?:nebera|nera|jau nebe) "
        r"aktyv\w*|nebera aktyv\w*|nebeaktyv\w*)",
        "550 Pašto dėžutė egzistuoja, bet nebėra aktyvi",
        source=SEED + ", Lithuanian wording ('pašto dėžutė egzistuoja, bet nebėra aktyvi', "
        "'paskyra išjungta')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?<!siuntejo )(?:gavejo )?(?:pasto dezut\w*|dezut\w*|vartotoj\w*|naudotoj\w*|"
        r"gavej\w*|(?:el\. pasto )?adres\w*) (?:neegzistuoja|nerast\w*|nepasiekiam\w*|"
        r"nebegalioj\w*|nebeegzistuoja|(?:yra )?atmest\w*|nezinom\w*|negaliojant\w*)|"
        + _LT_BAD
        + r" (?:gavejo )?(?:vartotoj|naudotoj|gavej|adres|pasto dezut|dezut)\w*|tokio\w* "
        r"(?:pasto )?(?:dezut|vartotoj|naudotoj|gavej|adres)\w* (?:nera|neegzistuoja)",
        "550 Gavėjo adresas atmestas / Nežinomas vartotojas",
        source=SEED + ", Lithuanian wording ('pašto dėžutė neegzistuoja, nežinomas "
        "vartotojas, nerasta, nepasiekiama, nebegalioja'; 'Recipient address rejected': "
        "'gavėjo adresas atmestas')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?<!siuntejo )(?:domen\w*|domeno vardas)(?: gavejo)? (?:neegzistuoja|nerast\w*|"
        r"nezinom\w*|nepasiekiam\w*|nebenaudojam\w*|nebegalioj\w*|(?:yra )?(?:atsaukt\w*|"
        r"netinkam\w*|neteising\w*))|" + _LT_BAD + r" (?:gavejo )?domen\w*",
        "550 Domenas nebenaudojamas / Nežinomas domenas",
        source=SEED + ", Lithuanian wording ('domenas neegzistuoja, nežinomas, netinkamas, "
        "neleistinas, nepasiekiamas, nebenaudojamas')",
    ),
)

# --- Latvian ------------------------------------------------------------------------------------

_LV_BAD = r"(?:nezinam|nederig|neeksistejos|nepareiz|neatlaut)\w*"

LV: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"pastkastit\w*(?: ir)? (?:pilna|parpildit\w*)|parsniegt\w* (?:pastkastites )?"
        r"(?:kvot\w*|apjom\w*|limit\w*)|kvota (?:ir )?parsniegt\w*",
        "452 Pastkastīte ir pilna",
        source=QUOTA + ", Latvian wording ('pastkastīte ir pilna', 'pārsniegta kvota')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"sutitaja (?:e-pasta )?(?:adres\w*|domen\w*) (?:(?:ir )?noraidit\w*|nederig\w*|nav "
        r"derig\w*|bloket\w*|neeksiste)|" + _LV_BAD + r" sutitaja (?:adres|domen)\w*|sutitajs "
        r"(?:ir )?(?:noraidits|blokets)",
        "553 Sūtītāja adrese noraidīta",
        source=SENDER + ", Latvian wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:pastkastit\w*|konts|konta)(?: ir)? (?:neaktiv\w*|atspejot\w*|deaktivizet\w*|"
        r"blokets?|slegt\w*|eksiste,? (?:bet|tacu) (?:vairs )?nav aktiv\w*|vairs nav aktiv\w*)",
        "550 Pastkastīte eksistē, bet vairs nav aktīva",
        source=SEED + ", Latvian wording ('pastkastīte eksistē, bet vairs nav aktīva', 'konts "
        "ir atspējots')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?<!sutitaja )(?:sanemeja )?(?:pastkastit\w*|lietotaj\w*|sanemej\w*|(?:e-pasta )?"
        r"adres\w*) (?:neeksiste|nav (?:atrast\w*|pieejam\w*|derig\w*|zinam\w*)|(?:ir )?"
        r"noraidit\w*|vairs (?:nav (?:derig|pieejam)\w*|neeksiste)|ir nederig\w*)|"
        + _LV_BAD
        + r" (?:sanemej\w* )?(?:lietotaj|sanemej|adres|pastkastit)\w*|sad\w* "
        r"(?:pastkastit|lietotaj|adres)\w* nav",
        "550 Saņēmēja adrese noraidīta / Nezināms lietotājs",
        source=SEED + ", Latvian wording ('pastkastīte neeksistē, nezināms lietotājs, nav "
        "atrasta, nav pieejama, vairs nav derīga'; 'Recipient address rejected': 'saņēmēja "
        "adrese noraidīta')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?<!sutitaja )domen[as]?\b(?: ir)? (?:neeksiste|nav (?:pieejam\w*|derig\w*|zinam\w*|"
        r"atrast\w*)|vairs (?:netiek izmantots|neeksiste|nav (?:derig|pieejam)\w*)|(?:ir )?"
        r"atsaukt\w*|ir nederig\w*)|" + _LV_BAD + r" domen[as]?\b",
        "550 Domēns vairs netiek izmantots / Nezināms domēns",
        source=SEED + ", Latvian wording ('domēns neeksistē, nezināms, nederīgs, neatļauts, "
        "nav pieejams, vairs netiek izmantots')",
    ),
)

# --- Estonian -----------------------------------------------------------------------------------

_ET_BAD = r"(?:tundmatu|vigane|kehtetu|olematu|lubamatu|vale)"

ET: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"postkast\w*(?: on)? tais\b|(?:postkasti )?(?:kvoot|mahupiirang|piirang)\w*(?: on)? "
        r"uletatud",
        "452 Postkast on täis",
        source=QUOTA + ", Estonian wording ('postkast on täis', 'kvoot on ületatud')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"saatja (?:e-posti )?(?:aadress\w*|domeen\w*) (?:lukati tagasi|on (?:vigane|kehtetu|"
        r"tundmatu|blokeeritud|keelatud)|ei (?:eksisteeri|ole lubatud))|" + _ET_BAD + r" saatja "
        r"(?:aadress|domeen)\w*|saatja (?:on )?(?:tagasi lukatud|blokeeritud)",
        "553 Saatja aadress lükati tagasi",
        source=SENDER + ", Estonian wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:postkast\w*|konto\w*)(?: on)? (?:mitteaktiivne|passiivne|deaktiveeritud|keelatud|"
        r"suletud|blokeeritud|peatatud)|(?:postkast\w*|konto\w*) on olemas,? (?:kuid|aga) "
        r"(?:pole|ei ole) (?:enam )?aktiivne|(?:postkast\w*|konto\w*) (?:pole|ei ole) enam "
        r"aktiivne",
        "550 Postkast on olemas, kuid pole enam aktiivne",
        source=SEED + ", Estonian wording ('postkast on olemas, kuid pole enam aktiivne', "
        "'konto on deaktiveeritud')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?<!saatja )(?:saaja )?(?:postkast\w*|kasutaja\w*|adressaat\w*|saaja|(?:e-posti )?"
        r"aadress\w*) (?:ei (?:eksisteeri|ole (?:olemas|saadaval|kehtiv\w*)|kehti(?: enam)?|"
        r"leitud)|pole (?:olemas|saadaval|kehtiv\w*)|(?:on )?tundmatu|lukati tagasi|on "
        r"(?:kehtetu|vigane|tagasi lukatud))|" + _ET_BAD + r" (?:saaja )?(?:kasutaja|"
        r"adressaat|saaja|aadress|postkast)\w*|sellist (?:postkasti|kasutajat|aadressi|"
        r"adressaati) (?:ei ole|pole)",
        "550 Saaja aadress lükati tagasi / Tundmatu kasutaja",
        source=SEED + ", Estonian wording ('postkasti ei eksisteeri, tundmatu kasutaja, ei "
        "leitud, ei ole saadaval, ei kehti enam'; 'Recipient address rejected': 'saaja "
        "aadress lükati tagasi')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?<!saatja )domeen\w*(?: on)? (?:ei (?:eksisteeri|ole (?:olemas|saadaval|kehtiv\w*|"
        r"enam kasutusel))|pole (?:olemas|saadaval|enam kasutusel)|ei leitud|tundmatu|kehtetu|"
        r"vigane|tagasi voetud)|" + _ET_BAD + r" domeen\w*",
        "550 Domeen ei ole enam kasutusel / Tundmatu domeen",
        source=SEED + ", Estonian wording ('domeeni ei eksisteeri, tundmatu, vigane, kehtetu, "
        "lubamatu, pole saadaval, ei ole enam kasutusel')",
    ),
)
