"""Phrase tables per language: the seed's hard classes, mailbox full, temporary forms and the
sender side, read as a user of the verdict would need them.

Each case is a reply as a server in that language words it (the examples of the tables are
checked elsewhere; these are other wordings, so the tables are tested for the meaning, not
for their own strings). Every rule, text or provider, names its source.
"""

# The replies are in their languages' own letters (Cyrillic, the Turkish dotless i), which
# ruff takes for look-alikes of Latin ones: intended here.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bouncesink.classify import classify, hosts
from bouncesink.classify.patterns import TABLES, fold
from bouncesink.types import Action, Kind, MessageType, Reason, RecipientRecord, Report

DSN = Report(message_type=MessageType.DSN)
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "sisimai"

U, H, S, N = Reason.USERUNKNOWN, Reason.HOSTUNKNOWN, Reason.SUSPEND, Reason.NOTACCEPT


def verdict(text: str, status: str | None = None, command: str | None = "RCPT") -> Any:
    record = RecipientRecord(
        "cat@example.org", action=Action.FAILED, status=status, diagnostic=text, command=command
    )
    return classify(record, DSN)


# (language, reply, reason): the seed's bad mailbox, bad domain and inactive mailbox.
HARD: list[tuple[str, str, Reason]] = [
    ("fr", "550 Adresse d au moins un destinataire invalide. Invalid recipient.", U),
    ("fr", "550 L'adresse e-mail que vous avez saisie est introuvable", U),
    ("fr", "550 Cette adresse n'est plus attribuée", U),
    ("fr", "550 Le nom de domaine est inexistant", H),
    ("fr", "550 Le domaine du destinataire n'est plus en service", H),
    ("fr", "556 Ce domaine n'accepte aucun courrier", N),
    # the seed's own words, each class whole (design.md, "Vocabulary")
    ("fr", "550 Domaine indisponible", H),
    ("fr", "550 Nom de domaine non valide", H),
    ("fr", "550 Le domaine n'existe plus", H),
    ("fr", "550 Boîte aux lettres indisponible", U),
    ("fr", "550 Boîte aux lettres non connue", U),
    ("fr", "550 Cette boîte aux lettres n'est plus disponible", U),
    ("en", "550 Domain withdrawn", H),
    ("en", "550 Bad domain", H),
    ("en", "550 Illegal domain", H),
    ("en", "550 Domain unavailable", H),
    ("en", "550 Domain no longer in use", H),
    ("en", "550 No mailbox", U),
    ("en", "550 Mailbox not here", U),
    ("en", "550 Mailbox no longer valid", U),
    ("en", "550 Mailbox no longer available", U),
    ("en", "550 Mailbox exists but is inactive", S),
    ("en", "550 The recipient's mailbox was deleted", U),
    ("en", "550 The address you sent to is no longer valid", U),
    ("en", "550 The domain name has expired", H),
    ("en", "550 Recipient no longer with company", S),
    ("fr", "550 Le compte du destinataire est clôturé", S),
    ("de", "550 Die eingegebene E-Mail-Adresse wurde nicht gefunden", U),
    ("de", "550 Empfängeradresse ist nicht mehr gültig", U),
    ("de", "550 Ungültiger Empfänger", U),
    ("de", "550 Das Postfach wurde gelöscht", U),
    ("de", "550 Unbekannte Domäne", H),
    ("de", "556 Diese Domain nimmt keine E-Mails an", N),
    ("de", "550 Das Postfach des Empfängers ist stillgelegt", S),
    # Domino's "not listed in Domino Directory", in German, French, Japanese.
    ("de", "Benutzer Max Muster ist im Domino-Verzeichnis nicht gefunden", U),
    ("fr", "L'utilisateur ne figure pas dans l'annuaire Domino", U),
    ("ja", "宛先 user@example.jp は Domino ディレクトリに登録されていません", U),
    ("es", "550 No se puede encontrar la dirección de correo", U),
    ("es", "550 El usuario ya no existe", U),
    ("es", "550 Buzón de correo no disponible", U),
    ("es", "550 El nombre de dominio no existe", H),
    ("es", "550 La cuenta está cancelada", S),
    ("es", "556 Este dominio no acepta correo", N),
    ("es", "550 La cuenta del destinatario está suspendida", S),
    ("it", "550 L'indirizzo email non è valido", U),
    ("it", "550 Utente sconosciuto", U),
    ("it", "550 Dominio non trovato", H),
    ("it", "550 L'account è stato chiuso", S),
    ("it", "556 Questo dominio non accetta messaggi", N),
    ("it", "550 L'account del destinatario è scaduto", S),
    ("pt", "550 Não foi possível encontrar o endereço de e-mail", U),
    ("pt", "550 Caixa postal indisponível", U),
    ("pt", "550 Nome de domínio inexistente", H),
    ("pt", "550 A conta foi desabilitada", S),
    ("pt", "556 Este domínio não aceita mensagens", N),
    ("nl", "550 Het e-mailadres is niet meer geldig", U),
    ("nl", "550 Ontvanger bestaat niet", U),
    ("nl", "550 Onbekend domein", H),
    ("nl", "550 Mailbox is gesloten", S),
    ("nl", "556 Het domein accepteert geen berichten", N),
    ("ru", "550 Адресат не найден", U),
    ("ru", "550 Такого пользователя не существует", U),
    ("ru", "550 Неизвестный получатель", U),
    ("ru", "550 Почтовый ящик удалён", U),
    ("ru", "550 Домен получателя не существует", H),
    ("ru", "550 Учётная запись заблокирована", S),
    ("ru", "550 Аккаунт получателя отключен", S),
    ("ru", "556 Этот домен не принимает почту", N),
    ("pl", "550 Użytkownik nie istnieje", U),
    ("pl", "550 Nie ma takiej skrzynki", U),
    ("pl", "550 Adres e-mail jest nieaktualny", U),
    ("pl", "550 Nie ma takiej domeny", H),
    ("pl", "550 Konto zostało zawieszone", S),
    ("pl", "556 Domena odbiorcy nie przyjmuje poczty", N),
    ("cs", "550 Uživatel neexistuje", U),
    ("cs", "550 Doména neexistuje", H),
    ("cs", "550 Účet byl zablokován", S),
    ("sv", "550 Mottagaren finns inte", U),
    ("sv", "550 Domänen finns inte", H),
    ("sv", "550 Kontot är spärrat", S),
    ("da", "550 Modtageren findes ikke", U),
    ("da", "550 Domænet findes ikke", H),
    ("da", "550 Kontoen er lukket", S),
    ("no", "550 Mottakeren finnes ikke", U),
    ("no", "550 Domenet finnes ikke", H),
    ("no", "550 Kontoen er stengt", S),
    ("fi", "550 Vastaanottajaa ei löydy", U),
    ("fi", "550 Verkkotunnusta ei löytynyt", H),
    ("fi", "550 Tili on suljettu", S),
    ("hu", "550 Ismeretlen címzett", U),
    ("hu", "550 A domain nem található", H),
    ("hu", "550 A fiók le van tiltva", S),
    ("tr", "550 Kullanıcı bulunamadı", U),
    ("tr", "550 Alan adı bulunamadı", H),
    ("tr", "550 Hesap askıya alındı", S),
    ("ro", "550 Destinatarul nu există", U),
    ("ro", "550 Domeniul nu a fost găsit", H),
    ("ro", "550 Contul este suspendat", S),
    ("ja", "550 そのようなユーザーは存在しません", U),
    ("ja", "550 宛先ドメインが不明", H),
    ("ja", "550 このアカウントは休止中です", S),
    ("ja", "556 宛先ドメインはメールを受信しません", N),
    ("zh", "550 收件人不存在", U),
    ("zh", "550 郵件地址無效", U),
    ("zh", "550 域名不存在", H),
    ("zh", "550 该用户已被禁用", S),
    ("zh", "556 此網域不接受郵件", N),
    ("zh", "550 该用户未开通邮箱", U),
    ("zh", "550 收件人账户已被锁定", S),
    ("ko", "550 사용자를 찾을 수 없습니다", U),
    ("ko", "550 존재하지 않는 도메인입니다", H),
    ("ko", "550 휴면 계정입니다: 계정이 휴면 상태", S),
]


@pytest.mark.parametrize(("lang", "text", "reason"), HARD)
def test_hard_class_in_each_language(lang: str, text: str, reason: Reason) -> None:
    got = verdict(text)
    assert got.reason is reason, got
    assert got.kind is Kind.HARD, got
    assert got.rule.startswith(f"text:{lang}:"), got.rule


# (language, reply): mailbox full, a soft failure.
FULL: list[tuple[str, str]] = [
    ("fr", "552 Boîte aux lettres pleine"),
    ("de", "552 Das Postfach des Empfängers ist voll"),
    ("de", "552 Speicherplatz überschritten"),
    ("es", "552 El buzón está lleno"),
    ("it", "552 La casella di posta è piena"),
    ("pt", "552 A caixa de entrada está cheia"),
    ("nl", "552 Opslaglimiet bereikt"),
    ("ru", "552 Почтовый ящик переполнен"),
    ("ru", "552 Превышен размер почтового ящика"),
    ("pl", "552 Skrzynka odbiorcy jest przepełniona"),
    ("cs", "552 Plná schránka"),
    ("sv", "552 Inkorgen är full"),
    ("da", "552 Postkassen er fuld"),
    ("no", "552 Postkassen er full"),
    ("fi", "552 Postilaatikko on täynnä"),
    ("hu", "552 A postafiók megtelt"),
    ("tr", "552 Posta kutusu dolu"),
    ("ro", "552 Căsuța poștală este plină"),
    ("ja", "552 メールボックスの容量を超過しました: 保存容量を超えています"),
    ("ja", "552 受信箱の容量が制限を超過しています"),
    ("zh", "552 收件容量已满"),
    ("ko", "552 메일함 용량 초과"),
]


# (language, reply): sending too fast, a rate limit (soft), not a verdict on the address.
RATE: list[tuple[str, str]] = [
    ("ru", "421 Слишком много писем от вашего сервера"),
    ("pl", "421 Przekroczono limit wysyłania wiadomości"),
    ("zh", "451 发信频率过高,请稍后再试"),
]


@pytest.mark.parametrize(("lang", "text"), RATE)
def test_a_rate_limit_is_soft(lang: str, text: str) -> None:
    got = verdict(text)
    assert got.reason is Reason.RATELIMITED, got
    assert got.kind is Kind.SOFT, got


@pytest.mark.parametrize(("lang", "text"), FULL)
def test_mailbox_full_is_soft(lang: str, text: str) -> None:
    got = verdict(text)
    assert got.reason is Reason.MAILBOXFULL, got
    assert got.kind is Kind.SOFT, got


# Temporary wordings of the same words: never a hard verdict, whatever the reply code says.
TRANSIENT: list[str] = [
    "550 Mailbox temporarily unavailable, try again later",
    "550 Boîte aux lettres temporairement indisponible, réessayez plus tard",
    "550 Domaine temporairement indisponible",
    "550 Domain temporarily unavailable",
    "550 Mailbox not here, try again later",
    "451 Your message has expired in the queue of the domain",
    "550 Message expired: delivery time for example.com exceeded",
    "550 TLS certificate for domain example.com has expired",
    # A hard wording followed by the language's "try again later": a passing state.
    "550 Empfänger unbekannt, bitte versuchen Sie es später erneut",
    "550 Onbekende ontvanger, probeer het later opnieuw",
    "550 Usuario desconocido, inténtelo de nuevo más tarde",
    "550 Utente sconosciuto, riprovare più tardi",
    "550 Usuário desconhecido, tente novamente mais tarde",
    "550 Okänd mottagare, försök igen senare",
    "550 Ukendt modtager, prøv igen senere",
    "550 Tuntematon vastaanottaja, yritä myöhemmin uudelleen",
    "550 Ismeretlen címzett, próbálja újra később",
    "550 Destinatar necunoscut, încercați din nou mai târziu",
    "550 Bilinmeyen alıcı, daha sonra tekrar deneyin",
    "550 Nieznany odbiorca, spróbuj ponownie później",
    "550 Neznámý příjemce, zkuste to prosím později",
    "550 Неизвестный получатель, повторите попытку позже",
    "550 Невідомий одержувач, спробуйте пізніше",
    "550 宛先が見つかりません。しばらくしてから再度お試しください",
    "550 收件人不存在,请稍后再试",
    "550 수신자를 찾을 수 없습니다. 잠시 후 다시 시도하세요",
    "550 Your sender domain has expired",
    # our sender's domain, not the recipient's
    "550 Your sender domain example.com is no longer valid",
    "553 Sender domain withdrawn",
    "550 The mail from domain is no longer valid",
    "550 Sender domain is bad",
    "550 Postfach vorübergehend nicht verfügbar",
    "550 Konto vorübergehend gesperrt, bitte versuchen Sie es später erneut",
    "550 Buzón temporalmente no disponible, inténtelo más tarde",
    "550 Casella temporaneamente non disponibile, riprovare più tardi",
    "550 Caixa postal temporariamente indisponível, tente mais tarde",
    "550 Mailbox tijdelijk niet beschikbaar, probeer het later opnieuw",
    "550 Почтовый ящик временно недоступен, повторите попытку позже",
    "550 Учётная запись временно заблокирована",
    "550 Skrzynka tymczasowo niedostępna, spróbuj ponownie później",
    "550 Schránka je dočasně nedostupná, zkuste to znovu později",
    "550 Brevlådan är tillfälligt otillgänglig, försök igen senare",
    "550 Postkassen er midlertidigt utilgængelig, prøv igen senere",
    "550 Postkassen er midlertidig utilgjengelig, prøv igjen senere",
    "550 Postilaatikko on tilapäisesti poissa käytöstä, yritä myöhemmin uudelleen",
    "550 A postafiók ideiglenesen nem érhető el, próbálja újra később",
    "550 Posta kutusu geçici olarak kullanılamıyor, daha sonra tekrar deneyin",
    "550 Căsuța poștală este temporar indisponibilă, încercați mai târziu",
    "550 一時的に受信できません。しばらくしてから再度送信してください",
    "550 邮箱暂时无法接收邮件,请稍后再试",
    "550 일시적인 오류입니다. 잠시 후 다시 시도하세요",
    # Outlook's Spanish heading over a temporary refusal (pastebin.com/12qpX1rU).
    "No se puede localizar a los destinatarios siguientes: Error del servidor: '451 Requested "
    "action aborted: local error in processing'",
    # Exchange's Swedish delay notice (pastebin.com/1wwHRNXn).
    "Det här meddelande har inte levererats än. Fler försök att leverera kommer att göras.",
]


@pytest.mark.parametrize("text", TRANSIENT)
@pytest.mark.parametrize("status", [None, "5.0.0"])
def test_a_temporary_wording_is_never_hard(text: str, status: str | None) -> None:
    got = verdict(text, status)
    assert got.kind is not Kind.HARD, got


# Refusals because of *us*: our sender address, our IP, our content. Never a bad recipient,
# even where a recipient's word ("adresse ... invalide", "ящик ... заблокирован") is inside.
SENDER: list[str] = [
    "553 5.1.8 Sender address rejected: Domain not found",
    "553 Adresse d'expéditeur invalide",
    "553 Le domaine de l'expéditeur est inconnu",
    "553 Absenderadresse ungültig",
    "553 Die Absenderdomain existiert nicht",
    "550 Ihre IP-Adresse wurde gesperrt",
    "550 Nachricht als Spam eingestuft",
    # Exchange Online in German: no right to send on behalf of that user (pastebin.com/dUJNHrB0).
    "Diese Nachricht konnte nicht gesendet werden. Sie besitzen nicht die Berechtigung, die "
    "Nachricht im Auftrag des angegebenen Benutzers zu senden.",
    "553 La dirección del remitente no es válida",
    "554 Su IP está en listas negras",
    "553 Indirizzo del mittente non valido",
    "553 Endereço do remetente inválido",
    # Exchange in Portuguese over a sender verification (pastebin.com/BxEWDHGy).
    "Ocorreu um problema ao se entregar essa mensagem para esse endereço de email. A seguinte "
    "organização rejeitou sua mensagem: #5.0.0 smtp;550 Verification failed for "
    "<b@example.net> No Such User Here Sender verify failed",
    # An Italian client's report of an SPF refusal behind a recipient check
    # (pastebin.com/jbjwaui9).
    "Si è verificato un errore durante l'invio della posta. Il server di posta ha risposto: "
    "5.1.1 <cat@example.org>: Recipient address rejected: undeliverable address: host "
    "mx.example.org[192.0.2.1] said: 550 SPF: 192.0.2.2 is not allowed to send mail from "
    "example.net (in reply to RCPT TO command).",
    "553 Afzenderadres is ongeldig",
    "553 Неверный адрес отправителя",
    "553 Адрес отправителя не существует",
    "554 Ваш IP-адрес заблокирован",
    "550 Письмо не прошло проверку DMARC",
    "553 Adres nadawcy nie istnieje",
    "550 IP, z którego próbujesz wysłać wiadomość, jest zablokowane",
    "553 Adresa odesílatele neexistuje",
    "553 Avsändaradressen är ogiltig",
    "553 Afsenderadressen er ugyldig",
    "553 Avsenderadressen er ugyldig",
    "553 Lähettäjän osoite on virheellinen",
    "553 A feladó címe érvénytelen",
    "553 Gönderen e-posta adresi geçersiz",
    "553 Adresa expeditorului este invalidă",
    "553 送信者のメールアドレスが存在しません",
    "553 发件人地址不存在",
    "554 您的IP已被列入黑名单",
    "553 발신자 주소를 찾을 수 없습니다",
    # The sender's address named in a longer or compound form, beside the recipient's words
    # ("e-mail address ... invalid") it contains.
    "550 Absender-E-Mail-Adresse ungültig",
    "553 E-Mail-Adresse des Absenders ungültig",
    "553 Afzender-e-mailadres is ongeldig",
    "553 E-mailadres van de afzender is ongeldig",
    "553 Avsändarens e-postadress är ogiltig",
    "553 Afsenders e-mailadresse er ugyldig",
    "553 Avsenders e-postadresse er ugyldig",
    "553 Lähettäjän sähköpostiosoite on virheellinen",
    "553 Adres e-mail nadawcy nie istnieje",
    "553 La dirección de correo electrónico del remitente no es válida",
    "553 Indirizzo email del mittente non valido",
    "553 Endereço de e-mail do remetente inválido",
    "553 Adresse e-mail de l'expéditeur invalide",
    "553 Адрес электронной почты отправителя не существует",
    "553 E-mailová adresa odesílatele neexistuje",
    "553 A feladó e-mail címe ismeretlen",
    # Mail.ru stopped our own sending account (mailout.ru/2015/09).
    "550 message sending for this account is disabled",
]


@pytest.mark.parametrize("text", SENDER)
@pytest.mark.parametrize("status", [None, "5.1.1", "5.0.0"])
def test_a_refusal_because_of_us_is_a_block(text: str, status: str | None) -> None:
    got = verdict(text, status)
    assert got.kind is Kind.BLOCK, got


# Localized reports seen in the wild, whole, with what they mean.
SAMPLES: list[tuple[str, Reason, Kind]] = [
    (
        # A French hosting provider's wrapper around an English cause (pastebin.com/eR77TFeJ):
        # its own sentences say nothing of the address, the cause decides.
        "Ceci est un message d'echec automatiquement envoye par nos systemes. Nous sommes "
        "desoles de vous informer que l'email n'a pu etre envoye. En effet le serveur "
        "destinataire n'a pas ete en mesure de traiter le message. Si vous n'avez jamais envoye "
        "d'email a l'adresse mentionnee nous vous invitons a modifier d'urgence vos mots de "
        "passe de messagerie. <dgs@example.f>: Host or domain name not found. Name service "
        "error for name=example.f type=A: Host not found",
        H,
        Kind.HARD,
    ),
    (
        # Exchange Server in German (pastebin.com/BsjRCWQL).
        "Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. Überprüfen Sie die "
        "E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden.",
        U,
        Kind.HARD,
    ),
    (
        # Exchange Server in Spanish (pastebin.com/JHaPQHk7).
        "No se pudo encontrar la dirección de correo electrónico que escribiste. Comprueba la "
        "dirección de correo electrónico del destinatario y trata de volver a mandar el mensaje.",
        U,
        Kind.HARD,
    ),
    (
        # Exchange in Finnish: the queue gave up (pastebin.com/7ZMwtfqv).
        "Palvelin on yrittänyt toimittaa tätä viestiä siinä onnistumatta ja on lopettanut "
        "yrittämisen. Yritä lähettää viesti uudelleen.",
        Reason.EXPIRED,
        Kind.SOFT,
    ),
    (
        # Exchange in Russian: a permission refusal (pastebin.com/DgfMzBht).
        "Сообщение не было доставлено из-за проблемы с разрешениями или безопасностью. "
        "Сообщение мог отклонить модератор.",
        Reason.FILTERED,
        Kind.SOFT,
    ),
]


@pytest.mark.parametrize(("text", "reason", "kind"), SAMPLES)
def test_localized_reports(text: str, reason: Reason, kind: Kind) -> None:
    got = verdict(text)
    assert (got.reason, got.kind) == (reason, kind), got


def test_cyrillic_short_i_is_folded_as_the_tables_expect() -> None:
    # NFKD splits "й" into "и" + U+0306 and "ё" into "е" + U+0308; fold drops the marks.
    assert fold("Почтовый ящик не найден, срок истёк") == "почтовыи ящик не наиден, срок истек"
    assert fold("Użytkownik, skrzynka pełna") == "uzytkownik, skrzynka pełna"  # "ł" stays
    assert fold("Kullanıcı İleti") == "kullanıcı ileti"  # dotless i stays, dotted capital folds


# --- every rule names its source -------------------------------------------------------------

RULES: list[tuple[str, str, str, str]] = [
    (f"text:{lang}:{p.reason.value}:{p.number:02d}", p.regex, p.example, p.source)
    for lang, table in TABLES
    for p in table
] + [
    (f"host:{host}:{r.number:02d}", r.regex, r.example, r.source)
    for host, rules in hosts.HOST_TEXT_RULES.items()
    for r in rules
]


@pytest.mark.parametrize(("rule", "regex", "example", "source"), RULES, ids=[r[0] for r in RULES])
def test_every_rule_names_its_source_and_matches_its_example(
    rule: str, regex: str, example: str, source: str
) -> None:
    assert source.strip(), f"{rule} names no source"
    assert re.search(regex, fold(example)), f"{rule}: {example!r}"


_CORPUS_NAME = re.compile(r"\b((?:lhost|rhost|rfc\d+|arf|make-test|issue|is-not|size)[\w-]*-\d+)\b")


def test_corpus_files_named_as_sources_exist() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    stems = {p.stem for p in CORPUS.rglob("*") if p.is_file()}
    named = {m for _, _, _, source in RULES for m in _CORPUS_NAME.findall(source)}
    assert named, "no corpus file is named at all"
    assert sorted(named - stems) == []
