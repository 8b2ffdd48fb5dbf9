"""Russian phrases. Folded text keeps Cyrillic but drops combining marks: "й" becomes ``и``
("почтовый" is ``почтовыи``, "найден" ``наиден``) and "ё" becomes ``е`` ("истёк" is
``истек``); the entries are written in that form, the examples as servers send them.

Mail.ru and Yandex answer in English at the SMTP level (their help pages explain the replies
in Russian); Russian text comes from localized Exchange reports ("Не удалось выполнить
доставку следующим получателям или группам", pastebin.com/DgfMzBht), from Russian hosting
servers' own templates and from gateways. A reply about the sender ("адрес отправителя",
"отправитель") is read before the recipient's words it contains (``REASON_ORDER``), and
"временно" (temporarily) keeps a reply soft. Numbers are stable: append, never renumber.
"""

# The phrases are in the language's own letters (Cyrillic, the Turkish dotless i, the Polish
# l with stroke), which ruff takes for look-alikes of Latin ones: intended here.
# ruff: noqa: RUF001, RUF002, RUF003

from __future__ import annotations

from bouncesink.classify.patterns.table import SEED, Pattern
from bouncesink.types import Reason as R

_MAILRU = "Mail.ru's replies as mailout.ru/2015/09 explains them in Russian"
_YOUR = (
    "RFC 5321 §4.2 (a reply answers the SMTP client: 'your' is the sender) and RFC 3463 §3.8 "
    "(X.7.1) / §3.2 (X.1.7/X.1.8 bad sender's address)"
)
# A relative clause between the recipient's noun and its predicate, within one clause
# ("ящик, на который вы пишете, не существует"; "скринька, на яку ви пишете, не існує"): set
# off by commas, opened by a relative pronoun, no sentence end inside.
# A participial clause with "you" as its agent ("адрес, указанный вами, ...") is one too.
_REL_RU = (
    r", (?:(?:(?:на|к|в|во|для|по|с|до|от) )?(?:котор\w+|куда)\b[^,.;:!?]{1,60}|[^,.;:!?]{0,40}"
    r"\b(?:вами|тобои)\b[^,.;:!?]{0,40}),"
)
_REL_UK = (
    r", (?:(?:(?:на|до|в|у|для|з|із|від) )?(?:як\w+|куди|що)\b[^,.;:!?]{1,60}|[^,.;:!?]{0,40}"
    r"\b(?:вами|тобою)\b[^,.;:!?]{0,40}),"
)

ENTRIES: tuple[Pattern, ...] = (
    # --- quota and size -------------------------------------------------------------------------
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:почтовыи ящик|ящик)(?: получателя)? (?:переполнен|заполнен|полон)|превышен[ао]? "
        r"(?:квота|размер (?:почтового )?ящика|объем (?:почтового )?ящика|лимит (?:размера "
        r")?(?:почтового )?ящика)|квота (?:ящика )?(?:превышена|исчерпана)|недостаточно "
        r"(?:свободного )?места в (?:почтовом )?ящике",
        "552 5.2.2 Почтовый ящик получателя переполнен",
        source=_MAILRU + " ('Mailbox Full', 'User quota exceeded': 'лимит свободного места ... "
        "в почтовом ящике превышен'); RFC 3463 §3.3",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"(?:письмо|сообщение) слишком (?:большое|велико)|(?:превышен|превышает) (?:максимальныи "
        r")?размер (?:письма|сообщения)",
        "552 5.3.4 Сообщение слишком большое",
        source="RFC 3463 §3.4 (X.3.4), Russian wording; no server sample on record",
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"слишком много (?:писем|сообщении|соединении|подключении|получателеи)|превышен лимит "
        r"(?:отправки|на отправку|писем|сообщении)",
        "421 Слишком много соединений",
        source="nic.ru mail diagnostics (sending limit, '50 letters per 15 minutes'); RFC 5321 "
        "§4.2.2 (421/450), Russian wording",
    ),
    # --- sender side ----------------------------------------------------------------------------
    Pattern(
        R.AUTHFAILURE,
        1,
        r"(?:не прошл[оаи]|не проходит|провалил[оаи]?) (?:проверку )?(?:spf|dkim|dmarc)|"
        r"(?:политик[аиеу]|политикои) dmarc",
        "550 5.7.1 Письмо не прошло проверку DMARC",
        source="Mail.ru's DMARC refusals as viws.ru explains them in Russian "
        "(help.mail.ru/mail-help/postmaster/dmarc); RFC 7489",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:адрес(?: электроннои почты)?|домен|ящик|аккаунт) отправителя (?:не наиден|не "
        r"существует|неверен|отклонен|заблокирован|недеиствителен|запрещен)|отправитель "
        r"(?:отклонен|заблокирован|не авторизован|неизвестен|запрещен)|(?:неверныи|"
        r"недеиствительныи|неизвестныи) (?:адрес|домен) отправителя",
        "553 5.1.8 Адрес отправителя не существует",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Russian wording; no server sample on record",
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip\b.{0,40}(?:заблокирован|в черном списке|запрещен|отклонен)|черн(?:ыи|ом|ого) списк",
        "554 Ваш IP-адрес заблокирован",
        source="nic.ru mail diagnostics ('connection from your IP address ... temporarily "
        "blocked'); RFC 3463 §3.8, Russian wording",
        hint=("заблокирован", "черн", "запрещен", "отклонен"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"(?:признано|распознано|определено|помечено) как спам|подозрение на спам|"
        r"нежелательн(?:ое|ая|ые|ую) (?:письмо|почта|почту|сообщение|рассылк)|\bспам\b",
        "550 Сообщение распознано как спам",
        source="nic.ru mail diagnostics ('incoming letter was identified as spam'); "
        "errorsmaster.ru on Mail.ru's '550 spam message rejected'",
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"\bвирус|вредоносн",
        "550 Сообщение содержит вирус",
        source="RFC 3463 §3.8 (X.7.1) with a virus verdict, Russian wording; no server sample on "
        "record",
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"(?:нарушение|нарушает) (?:политики|правил|политику)|по соображениям безопасности|"
        r"политик(?:и|ои) безопасности",
        "550 Сообщение отклонено по соображениям безопасности",
        source="RFC 3463 §3.8 (X.7.1 local policy), Russian wording; no server sample on record",
    ),
    Pattern(
        R.NORELAYING,
        1,
        r"ретрансляция (?:запрещена|не разрешена)|пересылка (?:запрещена|не разрешена)",
        "554 Ретрансляция запрещена",
        source="RFC 5321 §3.6.2 (relaying refused), Russian wording; viws.ru on '550 Relay "
        "prohibited'",
    ),
    # --- inactive mailbox ------------------------------------------------------------------------
    Pattern(
        R.SUSPEND,
        1,
        r"(?:почтовыи ящик|ящик|учетная запись|аккаунт|пользователь|адрес)(?: получателя)? "
        r"(?:заблокирован|отключен|деактивирован|приостановлен|неактивен|не активен|закрыт)",
        "550 5.2.1 Почтовый ящик получателя заблокирован",
        source="Yandex 'Report on non-delivery' help ('Policy rejection on the target address': "
        "the recipient's account is blocked); RFC 3463 §3.3, Russian wording",
    ),
    # --- bad mailbox -----------------------------------------------------------------------------
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:пользователь|получатель|адресат|почтовыи ящик|ящик|адрес(?: электроннои почты)?|"
        r"учетная запись|аккаунт)(?: получателя)? (?:не наиден|не существует|не зарегистрирован|"
        r"неизвестен|не обнаружен)",
        "550 5.1.1 Пользователь не найден",
        source=_MAILRU + " ('User not found', 'No such user': 'электронный ящик ... удален'); "
        "RFC 3463 §3.2",
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        r"(?:неизвестныи|несуществующии|неверныи|недеиствительныи|некорректныи) (?:пользователь|"
        r"получатель|адресат|адрес(?! отправител)(?: получателя)?|почтовыи ящик|ящик)|такого "
        r"(?:пользователя|ящика|адреса|адресата) (?:нет|не существует)|нет такого (?:пользователя|"
        r"ящика|адреса|адресата)",
        "550 5.1.1 Такого почтового ящика нет / неизвестный получатель",
        source="RFC 3463 §3.2 (X.1.1), Russian wording; no server sample on record",
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        r"(?:почтовыи ящик|ящик|адрес|пользователь|аккаунт)(?: получателя)? (?:недоступен|удален|"
        r"больше не (?:существует|деиствителен|используется))",
        "550 Почтовый ящик недоступен",
        source="RFC 5321 §4.2.2 (550 mailbox unavailable), Russian wording of the seed's "
        "'unavailable, no longer valid'; " + _MAILRU,
    ),
    # --- bad domain ------------------------------------------------------------------------------
    Pattern(
        R.NOTACCEPT,
        1,
        r"домен[^.]{0,30}не принимает (?:почту|письма|сообщения)",
        "556 Домен не принимает почту",
        source="RFC 7505 (null MX) / RFC 7504 (556), Russian wording; no server sample on record",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"домен(?: получателя)? (?:не наиден|не существует|неизвестен|не зарегистрирован)|"
        r"(?:несуществующии|неизвестныи|неверныи) домен(?! отправител)|доменное имя не (?:наидено|"
        r"существует)",
        "550 5.1.2 Домен получателя не существует",
        source="RFC 3463 §3.2 (X.1.2), Russian wording; no server sample on record",
    ),
    # --- the recipient's own rule ----------------------------------------------------------------
    Pattern(
        R.FILTERED,
        1,
        r"из-за проблемы с разрешениями или безопасностью|принимать сообщения (?:электроннои "
        r"почты )?лишь от некоторых",
        "Сообщение не было доставлено из-за проблемы с разрешениями или безопасностью. Сообщение "
        "мог отклонить модератор, адресат может принимать сообщения электронной почты лишь от "
        "некоторых получателей",
        source="Exchange Server NDR in Russian, pastebin.com/DgfMzBht",
    ),
    # --- temporary ------------------------------------------------------------------------------
    Pattern(
        R.SYSTEMERROR,
        1,
        r"временно (?:недоступ\w*|заблокирован\w*|не может|не принимает)|повторите (?:попытку "
        r")?позже|попробуите (?:еще раз )?позже|временная (?:ошибка|проблема)",
        "450 Почтовый ящик временно недоступен, повторите попытку позже",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Russian wording; nic.ru mail "
        "diagnostics ('451 Please try another server')",
    ),
    Pattern(
        R.EXPIRED,
        1,
        r"срок (?:доставки|хранения|жизни) (?:сообщения )?(?:истек|превышен)|не удалось доставить "
        r"в течение",
        "Срок доставки сообщения истёк",
        source="RFC 3463 §3.5 (X.4.7), Russian wording; no server sample on record",
    ),
    # --- the seed's own words, each class whole (design.md, "Vocabulary") ----------------------
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"домен(?: получателя)? (?:больше не (?:используется|существует|деиствителен|доступен)|"
        r"отозван|недоступен)(?:$|[.,;:)])|(?:недопустимыи|недеиствительныи|некорректныи|"
        r"неправильныи) домен(?! отправител)",
        "550 Домен больше не используется / Недопустимый домен",
        source=SEED + ", Russian wording ('домен ... отозван, неверный, недопустимый, "
        "недоступен, больше не используется')",
    ),
    Pattern(
        R.USERUNKNOWN,
        4,
        r"(?:нет|не существует) такого (?:почтового )?ящика|(?:недопустимыи|неправильныи) "
        r"(?:адрес(?! отправител)(?: получателя)?|почтовыи ящик|ящик|получатель)|(?:почтовыи ящик|"
        r"ящик|адрес)(?: получателя)? (?:больше не доступен|отсутствует|недеиствителен|не "
        r"деиствителен)|адрес (?:получателя|адресата) отклонен",
        "550 Нет такого почтового ящика / Адрес получателя отклонён",
        source=SEED + ", Russian wording ('нет ящика, недопустимый, больше не доступен'; "
        "'Recipient address rejected': 'адрес получателя отклонён')",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:почтовыи ящик|ящик|учетная запись|аккаунт|адрес)(?: получателя)? (?:существует,? "
        r"но (?:он[ао]? )?(?:не актив\w*|неактив\w*)|больше не актив\w*|заморожен)",
        "550 Почтовый ящик существует, но не активен",
        source=SEED + ", Russian wording ('ящик существует, но больше не активен'); Mail.ru's "
        "help on a mailbox frozen after long disuse ('ящик заморожен')",
    ),
    # --- Ukrainian (folded: "й" is ``и``, "ї" is ``і``; "і", "є" stay) ----------------------
    Pattern(
        R.SYSTEMERROR,
        2,
        # "тимчасово" (temporarily): the address may come back; scanned before the hard
        # readings of the same words below.
        r"тимчасово (?:недоступн\w*|заблокован\w*|вимкнен\w*|відключен\w*|не може|не приимає)|"
        r"(?:спробуите|повторіть)(?: спробу| ще раз)? пізніше",
        "550 Поштова скринька тимчасово недоступна, спробуйте пізніше",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Ukrainian wording",
        early=True,
    ),
    Pattern(
        R.MAILBOXFULL,
        2,
        r"скриньк\w*(?: одержувача)? (?:переповнен\w*|заповнен\w*)|перевищено (?:квоту|розмір "
        r"(?:поштовоі )?скриньки)",
        "552 Поштова скринька переповнена",
        source="RFC 3463 §3.3 (X.2.2), Ukrainian wording",
    ),
    Pattern(
        R.SPAMDETECTED,
        2,
        r"(?:визнано|розпізнано|позначено)(?: як)? спам\w*|\bспамом\b",
        "554 Повідомлення визнано спамом",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, Ukrainian wording",
    ),
    Pattern(
        R.SUSPEND,
        3,
        r"(?:(?:поштов\w* )?скриньк\w*|обліковии запис|акаунт|користувач)(?: одержувача)? "
        r"(?:неактивн\w*|не активн\w*|заблокован\w*|деактивован\w*|вимкнен\w*|існує,? але "
        r"(?:не активн\w*|неактивн\w*)|більше не активн\w*)",
        "550 Поштова скринька існує, але не активна",
        source=SEED + ", Ukrainian wording ('скринька існує, але більше не активна')",
    ),
    Pattern(
        R.USERUNKNOWN,
        5,
        r"(?:(?:поштов\w* )?скриньк\w*|користувач\w*|одержувач\w*|адрес[аиу]?(?: електронноі "
        r"пошти)?)(?: одержувача)? (?:не існує|не знаиден\w*|невідом\w*|недоступн\w*|більше не "
        r"(?:існує|діисн\w*|доступн\w*)|відхилен\w*)|(?:невідом|недіисн|неіснуюч|неправильн|"
        r"некоректн|недопустим)\w* (?:одержувач|користувач|адрес(?!\w* (?:відправник|отправител))|"
        r"поштов\w* "
        r"скриньк|скриньк)|немає таког?[оі] (?:поштовоі )?(?:скриньки|користувача|одержувача|"
        r"адресата)",
        "550 Поштову скриньку не знайдено / Невідомий одержувач",
        source=SEED + ", Ukrainian wording ('скринька ... немає, невідома, недійсна, недоступна, "
        "не знайдена, більше не дійсна'; 'адресу одержувача відхилено')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        3,
        r"домен(?: одержувача)? (?:не існує|не знаидено|невідомии|недоступнии|більше не "
        r"(?:використовується|існує|діисн\w*))|(?:невідомии|недіиснии|неіснуючии|неправильнии|"
        r"недопустимии) домен(?! відправник)",
        "550 Домен не існує / Невідомий домен",
        source=SEED + ", Ukrainian wording ('домен ... невідомий, недійсний, недоступний, більше "
        "не використовується')",
    ),
    Pattern(
        R.REJECTED,
        2,
        # Our sender, not the recipient: read before the recipient's words above.
        r"(?:адрес[аиу]?(?: електронноі пошти)?|домен|скриньк\w*|акаунт|обліковии запис) "
        r"відправника (?:відхилен\w*|не існує|не знаидено|недіисн\w*|невідом\w*|заблокован\w*|"
        r"заборонен\w*)|(?:недіисн|невідом|неіснуюч|неправильн|недопустим|некоректн)\w* "
        r"(?:адрес\w*|домен) відправника|відправник\w* (?:відхилен\w*|заблокован\w*|невідом\w*|"
        r"заборонен\w*)",
        "553 Адресу відправника відхилено",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8: the sender's address or domain), Ukrainian wording "
        "of the Russian 'адрес отправителя отклонён' (text:ru:rejected:01)",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        2,
        r"(?:занадто|надто) велик|завелик|розмір (?:повідомлення|листа) перевищ",
        "552 Розмір листа перевищує ліміт",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), Russian and Ukrainian wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"(?:время ожидания|таимаут)\w*\b.{0,20}соединени|соединени\w*\b.{0,20}(?:разорван|сброшен|"
        r"потерян|прерван|истекл)|в соединении отказано|сервер не отвечает|нет ответа от "
        r"сервера|нет маршрута|час очікування\w*\b.{0,20}з.?єднан|з.?єднанн\w*\b.{0,20}(?:розірван|"
        r"скинут|втрачен|перерван)|у з.?єднанні відмовлено|сервер не відповідає|немає відповіді "
        r"від сервера|немає маршруту",
        "Соединение с сервером потеряно",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Russian and Ukrainian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"петл\w* (?:маршрутизации|почты|доставки|маршрутизаці|пошти)|(?:почтов\w*|обнаружена|пошт"
        r"ов\w*|виявлено) петл|слишком много (?:пересылок|переходов)|забагато "
        r"(?:пересилань|переходів)",
        "554 Почтовая петля: слишком много переходов",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Russian and Ukrainian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"неправильно (?:настроен|сконфигурирован|налаштован)|ошибк\w* (?:локальнои "
        r")?(?:конфигурации|настроики)|помилк\w* (?:локальноі )?(?:конфігураці|налаштуван)",
        "451 Почтовый сервер неправильно сконфигурирован",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Russian and Ukrainian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:сообщени|письм|повідомлен|лист)\w*\b.{0,40}(?:неверн|неправильн|некорректн)\w* "
        r"формат|(?:неверн|неправильн|некорректн)\w* формат "
        r"(?:сообщения|письма|повідомлення|листа)",
        "554 Некорректный формат письма",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Russian and Ukrainian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        2,
        r"(?:недопустим|запрещенн|недозволен|заборонен)\w* (?:тип "
        r")?(?:вложени|вкладен)|вложени\w*\b.{0,30}(?:не "
        r"допускается|запрещен)|вкладен\w*\b.{0,30}(?:не дозволен|заборонен)",
        "552 Запрещенное вложение (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Russian and Ukrainian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.VIRUSDETECTED,
        2,
        r"виявлено вірус|містить вірус|вірус\w* виявлено",
        "554 Лист містить вірус",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: virus, a refusal of our "
            "content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused), Russian and "
            "Ukrainian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        2,
        r"контент-?фильтр|фильтр\w* (?:содержимого|контента)|контент-?фільтр|фільтр\w* "
        r"(?:вмісту|контенту)",
        "550 Заблокировано фильтром содержимого",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Russian and "
            "Ukrainian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.BLOCKED,
        2,
        r"чорн\w* списк|заблоковано\b.{0,40}\bip|\bip\b.{0,40}заблоковано",
        "554 IP-адресу відправника внесено до чорного списку",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: IP or sender on a block list, a "
            "refusal of us); RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused), "
            "Russian and Ukrainian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        2,
        r"забагато (?:повідомлень|листів|з.?єднань)|перевищено ліміт надсилання",
        "421 Забагато з'єднань з вашої IP-адреси",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Russian and Ukrainian wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"истекло время ожидания|время ожидания\b.{0,20}истекло|закрыл\w* соединение|соединение "
        r"(?:было )?закрыто|минув час очікування|час очікування\b.{0,30}(?:минув|вичерпано)|закрив"
        r"\w* з.?єднання|з.?єднання (?:було )?закрито",
        "Соединение было закрыто удалённым сервером",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Russian and Ukrainian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        3,
        r"размер (?:письма|сообщения) превышает",
        "552 Размер сообщения превышает лимит",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), Russian and Ukrainian wording; "
            "no server sample on record"
        ),
    ),
    # --- "you": our sender addressed, the recipient named through "you" -----------------------
    Pattern(
        R.REJECTED,
        3,
        # A reply speaks to the client that sent the message: "ваш аккаунт" (formal or "твой")
        # is our sender's own account, address or domain, never the recipient's (suspend).
        r"(?:ваш[аеи]?|тво[иея]) (?:учетная запись|учетную запись|аккаунт|профиль|(?:почтовыи )?"
        r"ящик|(?:электронныи |почтовыи )?адрес(?:а|у)?\b(?! получател| адресат)(?: электроннои "
        r"почты)?|e-?mail(?: адрес)?|домен(?:ное имя)?) (?:был[аио]? |временно |навсегда )*(?:"
        r"заблокирован|отключен|деактивирован|приостановлен|неактивен|не активен|закрыт|"
        r"заморожен|недеиствителен|не деиствителен|неверен|некорректен|неизвестен|не существует|"
        r"не наиден|не зарегистрирован|запрещен|отклонен)|(?:вам|тебе) (?:запрещено|не "
        r"разрешено|не позволено) (?:отправлять|посылать|отсылать|писать)|(?:у вас|у тебя) нет "
        r"(?:прав[а]?|разрешения) (?:на )?(?:отправк|отправля|посыла)|(?:вы|ты) не (?:имеете|"
        r"имеешь) (?:права|разрешения) (?:на )?(?:отправк|отправля|посыла)",
        "550 Ваша учетная запись заблокирована",
        source=_YOUR + ", Russian wording; no server sample on record",
        early=True,
    ),
    Pattern(
        R.SUSPEND,
        4,
        r"(?:почтовыи ящик|ящик|учетная запись|аккаунт|адрес(?: электроннои почты)?|пользователь|"
        r"получатель|адресат)(?:" + _REL_RU + r"| (?:вашего|твоего) (?:получателя|адресата)) "
        r"(?:был[аио]? )?(?:заблокирован|отключен|деактивирован|приостановлен|неактивен|не "
        r"активен|закрыт|заморожен)",
        "550 Учетная запись, которой вы пишете, отключена",
        source=SEED + ", Russian wording with a relative clause ('ящик, которому вы пишете') or "
        "'вашего получателя' between subject and predicate; RFC 3463 §3.2 (X.2.1)",
    ),
    Pattern(
        R.USERUNKNOWN,
        6,
        r"(?:почтовыи ящик|ящик|учетная запись|аккаунт|адрес(?: электроннои почты)?|пользователь|"
        r"получатель|адресат)(?:" + _REL_RU + r"| (?:вашего|твоего) (?:получателя|адресата)) "
        r"(?:не наиден|не существует|не зарегистрирован|неизвестен|не обнаружен|недоступен|"
        r"удален|отсутствует|недеиствителен|больше не (?:существует|деиствителен|используется))",
        "550 Почтовый ящик, на который вы пытаетесь написать, не существует",
        source=SEED + ", Russian wording with a relative clause ('ящик, на который вы пишете') or "
        "'вашего получателя' between subject and predicate; RFC 3463 §3.2 (X.1.1)",
    ),
    Pattern(
        R.REJECTED,
        4,
        # Ukrainian: "ваш обліковий запис" (formal or "твій") is our sender's own, as above.
        r"(?:ваш[аеі]?|тві[иі]|тво[яє]) (?:обліковии запис|акаунт|профіль|(?:поштов\w* )?"
        r"скриньк\w*|(?:електронн\w* |поштов\w* )?адрес[аиу]?\b(?! одержувач| адресат)(?: "
        r"електронноі пошти)?|e-?mail(?: адрес\w*)?|домен) (?:(?:був|була|було|тимчасово|назавжди)"
        r" )*(?:заблокован\w*|вимкнен\w*|відключен\w*|деактивован\w*|призупинен\w*|"
        r"неактивн\w*|не активн\w*|закрит\w*|недіисн\w*|невірн\w*|неправильн\w*|невідом\w*|не "
        r"існує|не знаидено|не знаиден\w*|не зареєстрован\w*|заборонен\w*|відхилен\w*)|"
        r"(?:вам|тобі) (?:заборонено|не дозволено) (?:надсилати|відправляти|писати)|(?:у вас|у "
        r"тебе) немає (?:прав[а]?|дозволу) (?:на )?(?:надсила|відправ)|(?:ви|ти) не (?:маєте|маєш)"
        r" (?:права|дозволу) (?:на )?(?:надсила|відправ)",
        "550 Ваш обліковий запис заблоковано",
        source=_YOUR + ", Ukrainian wording; no server sample on record",
        early=True,
    ),
    Pattern(
        R.SUSPEND,
        5,
        r"(?:(?:поштов\w* )?скриньк\w*|обліковии запис|акаунт|адрес[аиу]?|користувач|одержувач|"
        r"адресат)(?:" + _REL_UK + r"| (?:вашого|твого) (?:одержувача|адресата)) (?:(?:був|була|"
        r"було) )?(?:заблокован\w*|вимкнен\w*|відключен\w*|деактивован\w*|призупинен\w*|"
        r"неактивн\w*|не активн\w*|закрит\w*)",
        "550 Обліковий запис, якому ви пишете, вимкнено",
        source=SEED + ", Ukrainian wording with a relative clause ('скринька, якій ви пишете') "
        "or 'вашого одержувача' between subject and predicate; RFC 3463 §3.2 (X.2.1)",
    ),
    Pattern(
        R.USERUNKNOWN,
        7,
        r"(?:(?:поштов\w* )?скриньк\w*|обліковии запис|акаунт|адрес[аиу]?(?: електронноі "
        r"пошти)?|користувач|одержувач|адресат)(?:" + _REL_UK + r"| (?:вашого|твого) "
        r"(?:одержувача|адресата)) (?:не існує|не знаидено|не знаиден\w*|невідом\w*|"
        r"недоступн\w*|недіисн\w*|відсутн\w*|більше не (?:існує|діисн\w*))",
        "550 Поштова скринька, на яку ви намагаєтеся написати, не існує",
        source=SEED + ", Ukrainian wording with a relative clause ('скринька, на яку ви пишете') "
        "or 'вашого одержувача' between subject and predicate; RFC 3463 §3.2 (X.1.1)",
    ),
    Pattern(
        R.REJECTED,
        5,
        # Sending from "your" account, address or domain refused ("Отправка писем с вашего
        # аккаунта запрещена", "Надсилання листів з вашого облікового запису заборонено").
        r"(?:отправк\w*|отправлять|посылать)[^.;:!?]{0,30} с (?:вашего|твоего|вашеи|твоеи) "
        r"(?:аккаунта|учетнои записи|адреса|ящика|почтового ящика|домена) (?:запрещен\w*|"
        r"заблокирован\w*|не разрешен\w*|ограничен\w*)|(?:надсилання|відправлення|надсилати|"
        r"відправляти)[^.;:!?]{0,30} з (?:вашого|твого|вашоі|твоєі) (?:облікового запису|"
        r"акаунта|адреси|скриньки|поштовоі скриньки|домену) (?:заборонен\w*|заблокован\w*|не "
        r"дозволен\w*|обмежен\w*)",
        "550 Отправка писем с вашего аккаунта запрещена",
        source=_YOUR + ", Russian and Ukrainian wording; no server sample on record",
        early=True,
    ),
    Pattern(
        R.USERUNKNOWN,
        8,
        # The recipient "of your message" ("Получатель вашего письма не существует",
        # "Одержувача вашого листа не знайдено").
        r"(?:получатель|адресат|получателя|адресата) (?:вашего|твоего) (?:письма|сообщения) "
        r"(?:не наиден|не существует|не зарегистрирован|неизвестен|не обнаружен)|(?:одержувач|"
        r"адресат)\w* (?:вашого|твого) (?:листа|повідомлення) (?:не існує|не знаидено|не "
        r"знаиден\w*|невідом\w*)",
        "550 Получатель вашего письма не существует",
        source=SEED + ", Russian and Ukrainian wording ('the recipient of your message'); RFC "
        "3463 §3.2 (X.1.1); no server sample on record",
    ),
)
