"""The seed's three hard classes (design.md, "Vocabulary": bad domain, bad mailbox, inactive
mailbox) and its soft ones, in the words servers of western, northern and central Europe and
Turkey use for them: German, Dutch, Swedish, Danish, Norwegian, Finnish, Hungarian, Spanish,
Italian, Portuguese (Portugal and Brazil), Romanian, Turkish.

Each seed word is asked for in the phrasings a server or provider of that language uses, not
in the tables' own examples: the tables are tested for the meaning. Their temporary forms and
a service (not an address) being unavailable must never read as hard; a refusal because of
the sender must read as a block.
"""

# Turkish replies hold the dotless i, which ruff takes for a look-alike of a Latin one.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from bouncesink.types import Kind, Reason
from tests.test_phrases import verdict

U, H, S = Reason.USERUNKNOWN, Reason.HOSTUNKNOWN, Reason.SUSPEND

# Languages whose folded words are the same as another's: Norwegian "ugyldig postkasse" is
# Danish too, Portuguese "domínio inválido" folds to Spanish "dominio invalido"; the rule of
# either language may read it.
SAME_WORDS: dict[str, tuple[str, ...]] = {"no": ("no", "da"), "pt": ("pt", "es")}

# (language, reply, reason): every case is a hard bounce of that class.
HARD: list[tuple[str, str, Reason]] = [
    # German
    ("de", "550 Domain existiert nicht mehr", H),
    ("de", "550 Ungültige Domain", H),
    ("de", "550 Die Domain ist ungültig", H),
    ("de", "550 Domain nicht verfügbar", H),
    ("de", "550 Domäne nicht gefunden", H),
    ("de", "550 Diese Domain wird nicht mehr verwendet", H),
    ("de", "550 Unzulässige Domain", H),
    ("de", "550 Postfach nicht verfügbar", U),
    ("de", "550 Kein solches Postfach", U),
    ("de", "550 Postfach existiert nicht", U),
    ("de", "550 Ungültiges Postfach", U),
    ("de", "550 Unbekanntes Postfach", U),
    ("de", "550 Postfach nicht gefunden", U),
    ("de", "550 Postfach ist nicht mehr gültig", U),
    ("de", "550 Das Postfach ist nicht mehr verfügbar", U),
    ("de", "550 Empfängeradresse abgelehnt", U),
    ("de", "550 Der Empfänger ist hier nicht bekannt", U),
    ("de", "550 Benutzer existiert nicht", U),
    ("de", "550 Das Postfach ist nicht mehr aktiv", S),
    ("de", "550 Postfach inaktiv", S),
    ("de", "550 Das Postfach existiert, ist aber nicht mehr aktiv", S),
    # Dutch
    ("nl", "550 Domein bestaat niet meer", H),
    ("nl", "550 Ongeldig domein", H),
    ("nl", "550 Domein niet gevonden", H),
    ("nl", "550 Domeinnaam bestaat niet", H),
    ("nl", "550 Domein is niet beschikbaar", H),
    ("nl", "550 Dit domein is niet meer in gebruik", H),
    ("nl", "550 Mailbox niet beschikbaar", U),
    ("nl", "550 Mailbox bestaat niet", U),
    ("nl", "550 Onbekende mailbox", U),
    ("nl", "550 Ongeldige mailbox", U),
    ("nl", "550 Postbus niet gevonden", U),
    ("nl", "550 Geen mailbox met die naam", U),
    ("nl", "550 Ontvangersadres geweigerd", U),
    ("nl", "550 Onbekende gebruiker", U),
    ("nl", "550 Het e-mailadres bestaat niet", U),
    ("nl", "550 Mailbox is niet meer beschikbaar", U),
    ("nl", "550 Mailbox is niet meer actief", S),
    ("nl", "550 Mailbox inactief", S),
    # Swedish
    ("sv", "550 Domänen existerar inte längre", H),
    ("sv", "550 Ogiltig domän", H),
    ("sv", "550 Okänd domän", H),
    ("sv", "550 Domänen används inte längre", H),
    ("sv", "550 Brevlådan finns inte", U),
    ("sv", "550 Okänd mottagare", U),
    ("sv", "550 Ogiltig brevlåda", U),
    ("sv", "550 Brevlådan är inte tillgänglig", U),
    ("sv", "550 Användaren finns inte", U),
    ("sv", "550 Mottagaradressen avvisades", U),
    ("sv", "550 E-postadressen finns inte", U),
    ("sv", "550 Brevlådan är inaktiv", S),
    ("sv", "550 Kontot är inaktiverat", S),
    # Danish
    ("da", "550 Domænet eksisterer ikke længere", H),
    ("da", "550 Ugyldigt domæne", H),
    ("da", "550 Ukendt domæne", H),
    ("da", "550 Postkassen findes ikke", U),
    ("da", "550 Ukendt modtager", U),
    ("da", "550 Ugyldig postkasse", U),
    ("da", "550 Postkassen er ikke tilgængelig", U),
    ("da", "550 Brugeren findes ikke", U),
    ("da", "550 E-mailadressen findes ikke", U),
    ("da", "550 Postkassen er inaktiv", S),
    ("da", "550 Kontoen er deaktiveret", S),
    # Norwegian
    ("no", "550 Domenet eksisterer ikke lenger", H),
    ("no", "550 Ugyldig domene", H),
    ("no", "550 Ukjent domene", H),
    ("no", "550 Postkassen finnes ikke", U),
    ("no", "550 Ukjent mottaker", U),
    ("no", "550 Ugyldig postkasse", U),
    ("no", "550 Postkassen er ikke tilgjengelig", U),
    ("no", "550 Brukeren finnes ikke", U),
    ("no", "550 E-postadressen finnes ikke", U),
    ("no", "550 Postkassen er inaktiv", S),
    ("no", "550 Kontoen er deaktivert", S),
    # Finnish
    ("fi", "550 Verkkotunnusta ei ole olemassa", H),
    ("fi", "550 Virheellinen verkkotunnus", H),
    ("fi", "550 Tuntematon verkkotunnus", H),
    ("fi", "550 Postilaatikkoa ei ole olemassa", U),
    ("fi", "550 Tuntematon vastaanottaja", U),
    ("fi", "550 Virheellinen vastaanottaja", U),
    ("fi", "550 Käyttäjää ei löydy", U),
    ("fi", "550 Sähköpostiosoitetta ei ole olemassa", U),
    ("fi", "550 Postilaatikko ei ole käytettävissä", U),
    ("fi", "550 Tili ei ole enää käytössä", S),
    ("fi", "550 Postilaatikko ei ole aktiivinen", S),
    # Hungarian
    ("hu", "550 A domain nem létezik", H),
    ("hu", "550 Érvénytelen domain", H),
    ("hu", "550 Ismeretlen domain", H),
    ("hu", "550 A postafiók nem létezik", U),
    ("hu", "550 Ismeretlen felhasználó", U),
    ("hu", "550 Érvénytelen címzett", U),
    ("hu", "550 A címzett nem létezik", U),
    ("hu", "550 Az e-mail cím nem létezik", U),
    ("hu", "550 A postafiók nem elérhető", U),
    ("hu", "550 A postafiók inaktív", S),
    ("hu", "550 A fiók nem aktív", S),
    # Spanish
    ("es", "550 El dominio ya no existe", H),
    ("es", "550 Dominio no válido", H),
    ("es", "550 Dominio inválido", H),
    ("es", "550 Dominio desconocido", H),
    ("es", "550 Dominio inexistente", H),
    ("es", "550 El dominio no está disponible", H),
    ("es", "550 Dominio no encontrado", H),
    ("es", "550 Buzón inexistente", U),
    ("es", "550 Buzón no válido", U),
    ("es", "550 Buzón desconocido", U),
    ("es", "550 Buzón no encontrado", U),
    ("es", "550 No existe el buzón", U),
    ("es", "550 El buzón ya no está disponible", U),
    ("es", "550 Usuario desconocido", U),
    ("es", "550 Dirección de destinatario rechazada", U),
    ("es", "550 La dirección de correo no existe", U),
    ("es", "550 El buzón no existe", U),
    ("es", "550 Buzón inactivo", S),
    ("es", "550 El buzón ya no está activo", S),
    ("es", "550 La cuenta está desactivada", S),
    # Italian
    ("it", "550 Il dominio non esiste più", H),
    ("it", "550 Dominio non valido", H),
    ("it", "550 Dominio inesistente", H),
    ("it", "550 Dominio sconosciuto", H),
    ("it", "550 Dominio non disponibile", H),
    ("it", "550 Casella inesistente", U),
    ("it", "550 Casella di posta inesistente", U),
    ("it", "550 Casella non valida", U),
    ("it", "550 Casella sconosciuta", U),
    ("it", "550 Casella non trovata", U),
    ("it", "550 Casella di posta non disponibile", U),
    ("it", "550 La casella non è più disponibile", U),
    ("it", "550 Utente inesistente", U),
    ("it", "550 Destinatario sconosciuto", U),
    ("it", "550 Indirizzo del destinatario rifiutato", U),
    ("it", "550 L'indirizzo non esiste", U),
    ("it", "550 Casella disattivata", S),
    ("it", "550 Casella inattiva", S),
    ("it", "550 La casella non è più attiva", S),
    # Portuguese (Portugal and Brazil)
    ("pt", "550 O domínio não existe mais", H),
    ("pt", "550 O domínio já não existe", H),
    ("pt", "550 Domínio inválido", H),
    ("pt", "550 Domínio desconhecido", H),
    ("pt", "550 Domínio não encontrado", H),
    ("pt", "550 Domínio indisponível", H),
    ("pt", "550 Caixa postal inexistente", U),
    ("pt", "550 Caixa de correio inexistente", U),
    ("pt", "550 Caixa de correio inválida", U),
    ("pt", "550 Caixa postal não encontrada", U),
    ("pt", "550 Caixa de correio desconhecida", U),
    ("pt", "550 Usuário desconhecido", U),
    ("pt", "550 Utilizador desconhecido", U),
    ("pt", "550 Endereço do destinatário rejeitado", U),
    ("pt", "550 O endereço de e-mail não existe", U),
    ("pt", "550 Conta de e-mail inexistente", U),
    ("pt", "550 Caixa postal desativada", S),
    ("pt", "550 Caixa de correio inativa", S),
    ("pt", "550 A conta está inativa", S),
    # Romanian
    ("ro", "550 Domeniul nu mai există", H),
    ("ro", "550 Domeniu invalid", H),
    ("ro", "550 Domeniu necunoscut", H),
    ("ro", "550 Domeniul nu există", H),
    ("ro", "550 Căsuța poștală nu există", U),
    ("ro", "550 Utilizator necunoscut", U),
    ("ro", "550 Destinatar necunoscut", U),
    ("ro", "550 Adresa de e-mail nu există", U),
    ("ro", "550 Căsuța poștală nu este disponibilă", U),
    ("ro", "550 Căsuță poștală invalidă", U),
    ("ro", "550 Căsuța poștală este inactivă", S),
    ("ro", "550 Contul este dezactivat", S),
    # Turkish
    ("tr", "550 Alan adı artık mevcut değil", H),
    ("tr", "550 Geçersiz alan adı", H),
    ("tr", "550 Bilinmeyen alan adı", H),
    ("tr", "550 Alan adı mevcut değil", H),
    ("tr", "550 Posta kutusu bulunamadı", U),
    ("tr", "550 Posta kutusu mevcut değil", U),
    ("tr", "550 Geçersiz posta kutusu", U),
    ("tr", "550 Bilinmeyen alıcı", U),
    ("tr", "550 Böyle bir kullanıcı yok", U),
    ("tr", "550 E-posta adresi mevcut değil", U),
    ("tr", "550 Alıcı adresi reddedildi", U),
    ("tr", "550 Posta kutusu devre dışı", S),
    ("tr", "550 Hesap aktif değil", S),
]

# (language, reply): the mailbox is full, soft.
FULL: list[tuple[str, str]] = [
    ("de", "552 Postfach ist voll"),
    ("de", "552 Speicherplatz des Postfachs erschöpft"),
    ("nl", "552 Mailbox is vol"),
    ("nl", "552 Postbus vol"),
    ("sv", "552 Brevlådan är full"),
    ("da", "552 Postkassen er fyldt"),
    ("no", "552 Postkassen er full"),
    ("fi", "552 Postilaatikko täynnä"),
    ("hu", "552 A postafiók tele van"),
    ("es", "552 Buzón lleno"),
    ("es", "552 Cuota excedida"),
    ("it", "552 Casella piena"),
    ("it", "552 Quota superata"),
    ("pt", "552 Caixa postal cheia"),
    ("pt", "552 Caixa de correio cheia"),
    ("ro", "552 Căsuța poștală este plină"),
    ("ro", "552 Cota depășită"),
    ("tr", "552 Posta kutusu dolu"),
    ("tr", "552 Kota aşıldı"),
]

# Temporary forms and a service (not an address) out of order: never hard.
NOT_HARD: list[tuple[str, str]] = [
    ("de", "450 Postfach vorübergehend nicht verfügbar"),
    ("de", "550 Domain vorübergehend nicht verfügbar"),
    ("de", "550 Dienst nicht verfügbar"),
    ("de", "421 Der Server antwortet nicht"),
    ("de", "451 Verbindung unterbrochen"),
    ("de", "451 Bitte versuchen Sie es später erneut"),
    ("nl", "450 Mailbox tijdelijk niet beschikbaar"),
    ("nl", "421 Dienst niet beschikbaar"),
    ("nl", "421 Server reageert niet"),
    ("sv", "450 Brevlådan är tillfälligt otillgänglig"),
    ("sv", "421 Tjänsten är inte tillgänglig"),
    ("da", "450 Postkassen er midlertidigt utilgængelig"),
    ("da", "421 Tjenesten er ikke tilgængelig"),
    ("no", "450 Postkassen er midlertidig utilgjengelig"),
    ("no", "421 Tjenesten er ikke tilgjengelig"),
    ("fi", "450 Postilaatikko ei ole tilapäisesti käytettävissä"),
    ("fi", "421 Palvelu ei ole käytettävissä"),
    ("hu", "450 A postafiók átmenetileg nem érhető el"),
    ("hu", "421 A szolgáltatás nem érhető el"),
    ("es", "450 Buzón temporalmente no disponible"),
    ("es", "550 Dominio temporalmente no disponible"),
    ("es", "421 Servicio no disponible"),
    ("es", "421 El servidor no responde"),
    ("es", "451 Inténtelo de nuevo más tarde"),
    ("it", "450 Casella temporaneamente non disponibile"),
    ("it", "550 Dominio temporaneamente non disponibile"),
    ("it", "421 Servizio non disponibile"),
    ("it", "421 Il server non risponde"),
    ("it", "451 Riprovare più tardi"),
    ("pt", "450 Caixa postal temporariamente indisponível"),
    ("pt", "421 Serviço indisponível"),
    ("pt", "421 Serviço não disponível"),
    ("pt", "421 O servidor não responde"),
    ("pt", "451 Tente novamente mais tarde"),
    ("ro", "450 Căsuța poștală este temporar indisponibilă"),
    ("ro", "421 Serviciul nu este disponibil"),
    ("tr", "450 Posta kutusu geçici olarak kullanılamıyor"),
    ("tr", "421 Hizmet kullanılamıyor"),
    ("tr", "451 Lütfen daha sonra tekrar deneyin"),
    # the "unavailable" wordings above with a request to be tried later: a state, not the address
    ("de", "550 Domain nicht verfügbar, bitte versuchen Sie es später erneut"),
    ("nl", "550 Domein is niet beschikbaar, probeer het later opnieuw"),
    ("sv", "550 Brevlådan är inte tillgänglig, försök igen senare"),
    ("da", "550 Postkassen er ikke tilgængelig, prøv igen senere"),
    ("no", "550 Postkassen er ikke tilgjengelig, prøv igjen senere"),
    ("fi", "550 Postilaatikko ei ole käytettävissä, yritä myöhemmin uudelleen"),
    ("hu", "550 A postafiók nem elérhető, próbálja újra később"),
    ("hu", "550 A postafiók átmenetileg nem érhető el"),
    ("es", "550 El dominio no está disponible, inténtelo más tarde"),
    ("es", "550 El dominio no está disponible temporalmente"),
    ("it", "550 Dominio non disponibile, riprovare più tardi"),
    ("pt", "550 Domínio indisponível, tente novamente mais tarde"),
    ("ro", "550 Căsuța poștală nu este disponibilă, încercați mai târziu"),
    ("de", "550 Postfach nicht verfügbar, versuchen Sie es später erneut"),
    ("nl", "550 Mailbox niet beschikbaar, probeer het later opnieuw"),
    ("es", "550 Buzón no disponible. Vuelva a intentarlo más tarde"),
    ("it", "550 Casella di posta non disponibile, riprovare più tardi"),
    ("pt", "550 Caixa postal indisponível, tente novamente mais tarde"),
    ("tr", "550 Posta kutusu kullanılamıyor, daha sonra tekrar deneyin"),
    # a service or a server, not the address
    ("de", "550 E-Mail-Dienst ist nicht verfügbar"),
    ("de", "550 Mailserver nicht verfügbar"),
    ("es", "550 Servicio de correo no disponible"),
    ("it", "550 Il servizio di posta non è disponibile"),
]

# Refusals because of the sender: a block, never a bad mailbox.
SENDER: list[tuple[str, str]] = [
    ("de", "550 Absenderadresse abgelehnt"),
    ("de", "554 Nachricht wegen Spamverdacht abgelehnt"),
    ("nl", "553 Afzenderadres geweigerd"),
    ("nl", "554 Bericht geweigerd als spam"),
    ("sv", "553 Avsändaradressen avvisades"),
    ("da", "553 Afsenderadressen blev afvist"),
    ("no", "553 Avsenderadressen ble avvist"),
    ("fi", "553 Lähettäjän osoite hylättiin"),
    ("hu", "553 A feladó címe elutasítva"),
    ("es", "553 Dirección del remitente rechazada"),
    ("es", "554 Mensaje rechazado por spam"),
    ("it", "553 Indirizzo del mittente rifiutato"),
    ("it", "554 Messaggio rifiutato perché considerato spam"),
    ("pt", "553 Endereço do remetente rejeitado"),
    ("pt", "554 Mensagem rejeitada como spam"),
    ("ro", "553 Adresa expeditorului a fost respinsă"),
    ("tr", "553 Gönderen adresi reddedildi"),
]


@pytest.mark.parametrize(("lang", "text", "reason"), HARD)
def test_each_seed_class_reads_hard(lang: str, text: str, reason: Reason) -> None:
    got = verdict(text)
    assert (got.kind, got.reason) == (Kind.HARD, reason), got
    assert got.rule.split(":")[1] in SAME_WORDS.get(lang, (lang,)), got.rule


@pytest.mark.parametrize(("lang", "text"), FULL)
def test_a_full_mailbox_is_soft(lang: str, text: str) -> None:
    got = verdict(text)
    assert (got.kind, got.reason) == (Kind.SOFT, Reason.MAILBOXFULL), got


@pytest.mark.parametrize(("lang", "text"), NOT_HARD)
@pytest.mark.parametrize("status", [None, "5.0.0"])
def test_a_temporary_or_service_wording_is_never_hard(
    lang: str, text: str, status: str | None
) -> None:
    got = verdict(text, status)
    assert got.kind is not Kind.HARD, got


@pytest.mark.parametrize(("lang", "text"), SENDER)
def test_a_refusal_because_of_the_sender_is_a_block(lang: str, text: str) -> None:
    got = verdict(text)
    assert got.kind is Kind.BLOCK, got
