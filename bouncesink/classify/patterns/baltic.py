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

# The words quoted, and the Belarusian phrases, are in Cyrillic letters, which ruff takes for
# look-alikes of Latin ones.
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
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"паведамленне (?:занадта|вельмі|празмерна) вялікае|"
        r"памер (?:паведамлення|ліста) перавышае",
        "552 Памер ліста перавышае ліміт",
        source=(_TOO_LARGE + ", Belarusian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"(?:скончыуся|мінуу|вычарпаны) (?:час|тэрмін) чакання|"
        r"час чакання (?:злучэння )?(?:скончыуся|мінуу)|сервер не адказвае|"
        r"злучэнн\w* (?:\w+ ){0,3}?(?:адмоулена|страчана|разарвана|перарвана|"
        r"скінута)|(?:адмоулена|страчана|разарвана) (?:у )?злучэнн",
        "Злучэнне з серверам разарвана",
        source=(_NO_ANSWER + ", Belarusian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"пятл\w* (?:пошты|дастаукі|маршрутызацыі)|выяулена пятля|"
        r"занадта шмат (?:пераходау|хопау)",
        "554 Выяулена пятля пошты",
        source=(_LOOP + ", Belarusian wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"няправільна (?:наладжан|сканфігураван)|"
        r"памылка (?:\w+ )?(?:канфігурацыі|налад)",
        "451 Памылка канфігурацыі сервера",
        source=(_CONFIG + ", Belarusian wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"няправільны фармат|няправільна адфарматаван|"
        r"пашкоджан\w* (?:паведамленн|ліст)",
        "554 Пашкоджанае паведамленне",
        source=(_MALFORMED + ", Belarusian wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"укладанн\w* (?:\w+ )?(?:не дазволен|забаронен)|(?:забаронен|"
        r"недапушчальн)\w* (?:тып )?укладанн",
        "552 Забаронены тып укладання",
        source=(_ATTACHMENT + ", Belarusian wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"(?:выяулен|зноидзен)\w* (?:\w+ )?вірус|вірус\w* (?:выяулен|"
        r"зноидзен)|змяшчае вірус",
        "554 Паведамленне змяшчае вірус",
        source=(_VIRUS + ", Belarusian wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"\bспам\b|непажадан\w* (?:пошт|ліст|паведамленн)",
        "554 Непажаданая пошта",
        source=(_SPAM + ", Belarusian wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"фільтр\w* змесціва",
        "550 Заблакавана фільтрам змесціва",
        source=(_FILTER + ", Belarusian wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"чорн\w* спіс",
        "554 Ваш сервер у чорным спісе",
        source=(_BLOCK_LIST + ", Belarusian wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"занадта шмат (?:паведамленняу|лістоу|злучэнняу)|"
        r"перавышан\w* (?:ліміт|абмежаванне) (?:адпраукі|паведамленняу)|"
        r"ліміт адпраукі",
        "421 Занадта шмат злучэнняу з вашага IP",
        source=(_RATE + ", Belarusian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"закрыу злучэнне",
        "Сервер закрыў злучэнне",
        source=(_NO_ANSWER + ", Belarusian wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        2,
        r"няправільн\w* структур",
        "554 Няправільная структура ліста",
        source=(_MALFORMED + ", Belarusian wording; no server sample on record"),
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
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"laiskas (?:yra )?(?:per|pernelyg) didelis|(?:laisko|zinutes|"
        r"pranesimo) dydis (?:virsija|per didelis)",
        "552 Žinutės dydis viršija leistiną",
        source=(_TOO_LARGE + ", Lithuanian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"(?:baigesi|pasibaige|virsytas) (?:\w+ ){0,2}laukimo laikas|"
        r"laukimo laikas (?:baigesi|pasibaige|virsytas)|serveris neatsako|"
        r"rysys (?:\w+ ){0,2}?(?:atmestas|nutruko|nutrauktas|prarastas|"
        r"atkurtas)|rysi nutrauke|(?:nutruko|prarastas|atmestas) rysys",
        "Ryšys su serveriu prarastas",
        source=(_NO_ANSWER + ", Lithuanian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"pasto kilp\w*|(?:aptikta|nustatyta) kilpa|per daug (?:persokimu|"
        r"sokiu|tarpiniu)",
        "554 Aptikta pašto kilpa",
        source=(_LOOP + ", Lithuanian wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"netinkamai (?:sukonfiguruot|konfiguruot)\w*|(?:konfiguracijos|"
        r"nustatymu) klaida",
        "451 Serverio konfigūracijos klaida",
        source=(_CONFIG + ", Lithuanian wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:netinkamas|neteisingas|sugadintas) (?:laisko |zinutes )?formatas|"
        r"(?:sugadintas|netinkamai suformatuotas) laiskas",
        "554 Netinkamai suformatuotas laiškas",
        source=(_MALFORMED + ", Lithuanian wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"pried\w* (?:tipas )?(?:neleidziam|draudziam|uzblokuot)\w*|"
        r"(?:neleistin|draudziam)\w* pried",
        "552 Draudžiamas priedo tipas",
        source=(_ATTACHMENT + ", Lithuanian wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"(?:aptikt|rast)\w* virus\w*|virus\w* (?:aptikt|rast)\w*|"
        r"uzkrest\w* (?:laisk|pried|virus)\w*",
        "554 Laiške rastas virusas",
        source=(_VIRUS + ", Lithuanian wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"slamst\w*|nepageidaujam\w* (?:laisk|past)\w*",
        "554 Nepageidaujamas laiškas",
        source=(_SPAM + ", Lithuanian wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"turinio filtr\w*",
        "550 Užblokuota turinio filtro",
        source=(_FILTER + ", Lithuanian wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"juod\w* sara\w*",
        "554 Jūsų serveris juodajame sąraše",
        source=(_BLOCK_LIST + ", Lithuanian wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"per daug (?:laisku|zinuciu|pranesimu|prisijungimu|rysiu)|"
        r"siuntimo (?:limit|apribojim|rib)\w*",
        "421 Per daug prisijungimų iš jūsų IP",
        source=(_RATE + ", Lithuanian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"neatsake per (?:nustatyta|numatyta) laika",
        "Serveris neatsakė per numatytą laiką",
        source=(_NO_ANSWER + ", Lithuanian wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        2,
        r"brukal\w*",
        "554 Brukalas",
        source=(_SPAM + ", Lithuanian wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        2,
        r"klaiding\w* (?:serverio )?konfiguracij",
        "451 Klaidinga konfigūracija",
        source=(_CONFIG + ", Lithuanian wording; no server sample on record"),
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
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"(?:zinojums|vestule) ir parak liel\w*|(?:zinojuma|"
        r"vestules) izmers (?:parsniedz|ir parak liels)",
        "552 Vēstule ir pārāk liela",
        source=(_TOO_LARGE + ", Latvian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"(?:gaidisanas|noildzes) laiks (?:beidzas|ir beidzies|iztecejis)|"
        r"serveris neatbild|savienojum\w* (?:\w+ ){0,3}?(?:atteikts|"
        r"partraukts|zaudets|atiestatit\w*|noraidits)|"
        r"savienojumu (?:atiestatija|partrauca)",
        "Savienojums ar serveri zaudēts",
        source=(_NO_ANSWER + ", Latvian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"pasta cilp\w*|(?:konstateta|atklata|noteikta) cilpa|"
        r"parak daudz (?:parlecienu|lecienu|posmu)",
        "554 Pasta cilpa",
        source=(_LOOP + ", Latvian wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"nepareizi (?:konfigurets|nokonfigurets|iestatits)|(?:konfiguracijas|"
        r"iestatijumu) kluda",
        "451 Servera konfigurācijas kļūda",
        source=(_CONFIG + ", Latvian wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:nederigs|nepareizs|bojats) (?:zinojuma |vestules )?formats|"
        r"(?:bojats|nepareizi formatets) (?:zinojums|vestule)",
        "554 Nepareizi formatēts ziņojums",
        source=(_MALFORMED + ", Latvian wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"pielikum\w* (?:tips |veids )?(?:nav atlauts|ir aizliegts)|"
        r"(?:aizliegt|neatlaut)\w* pielikum",
        "552 Aizliegts pielikuma tips",
        source=(_ATTACHMENT + ", Latvian wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"(?:atrast|konstatet|atklat)\w* viruss|viruss (?:atrasts|konstatets)|"
        r"satur virusu|inficet\w* (?:zinojum|pielikum|vestul)\w*",
        "554 Ziņojums satur vīrusu",
        source=(_VIRUS + ", Latvian wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"surogatpast\w*|nevelam\w* (?:pasts|vestul)\w*",
        "554 Nevēlams pasts",
        source=(_SPAM + ", Latvian wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"satura filtr\w*",
        "550 Bloķēts ar satura filtru",
        source=(_FILTER + ", Latvian wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"meln\w* sarakst\w*",
        "554 Jūsu serveris ir melnajā sarakstā",
        source=(_BLOCK_LIST + ", Latvian wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"parak daudz (?:zinojumu|vestulu|savienojumu|e-pastu)|"
        r"sutisanas (?:limit|ierobezojum)\w*",
        "421 Pārāk daudz savienojumu no jūsu IP",
        source=(_RATE + ", Latvian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"aizvera savienojumu",
        "Serveris aizvēra savienojumu",
        source=(_NO_ANSWER + ", Latvian wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        2,
        r"mestul\w*",
        "554 Mēstule",
        source=(_SPAM + ", Latvian wording; no server sample on record"),
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
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"(?:kiri|sonum|e-kiri) on liiga suur|(?:kirja|sonumi) suurus uletab",
        "552 Kirja suurus ületab piirangu",
        source=(_TOO_LARGE + ", Estonian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"(?:uhenduse )?ooteaeg (?:uletati|sai labi|on uletatud)|"
        r"server ei vasta|uhendus\w* (?:\w+ ){0,2}?(?:katkes|keelduti|"
        r"katkestati|lahtestati)|(?:lahtestas|katkestas) uhenduse",
        "Ühendus serveriga katkestati",
        source=(_NO_ANSWER + ", Estonian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"(?:meili|posti|kirja) ?silmus|silmus (?:tuvastati|avastati)|"
        r"liiga palju (?:hupp|vahelul)\w*",
        "554 Tuvastati postisilmus",
        source=(_LOOP + ", Estonian wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"valesti (?:konfigureeritud|seadistatud)|(?:konfiguratsiooni|"
        r"seadistuse) ?viga",
        "451 Serveri seadistuse viga",
        source=(_CONFIG + ", Estonian wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:vigane|vale|rikutud) (?:sonumi |kirja )?vorming|(?:vigane|"
        r"rikutud) (?:kiri|sonum)\b",
        "554 Vigane kirja vorming",
        source=(_MALFORMED + ", Estonian wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"manus\w* (?:pole|ei ole) lubatud|(?:keelatud|"
        r"lubamatu) (?:\w+ )?manus",
        "552 Keelatud tüüpi manus",
        source=(_ATTACHMENT + ", Estonian wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"viirus",
        "554 Kiri sisaldab viirust",
        source=(_VIRUS + ", Estonian wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"rampspost\w*",
        "554 Kiri on rämpspost",
        source=(_SPAM + ", Estonian wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"sisu ?filt\w*",
        "550 Blokeeritud sisufiltri poolt",
        source=(_FILTER + ", Estonian wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"must\w* nimekir\w*",
        "554 Teie server on mustas nimekirjas",
        source=(_BLOCK_LIST + ", Estonian wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"liiga palju (?:kirju|sonumeid|uhendusi|e-kirju)|saatmis(?:limiit|"
        r"piirang)\w*",
        "421 Liiga palju ühendusi teie IP-aadressilt",
        source=(_RATE + ", Estonian wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        2,
        r"(?:manus|kiri) on nakatunud|nakatunud (?:manus|kiri)",
        "554 Nakatunud manus",
        source=(_VIRUS + ", Estonian wording; no server sample on record"),
    ),
)
