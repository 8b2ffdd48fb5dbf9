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
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

from bouncesink.classify.patterns.table import Pattern
from bouncesink.types import Reason as R

_MAILRU = "Mail.ru's replies as mailout.ru/2015/09 explains them in Russian"

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
)
