"""Phrases in German, Spanish, Italian, Portuguese, Dutch and Japanese, one table each.

Folded text (see ``table``): "Empfänger" is written ``empfanger`` (and ``empfaenger`` for
the transliterated form), "não" ``nao``. Japanese is matched as NFKC text.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import Pattern
from bouncesink.types import Reason as R

DE: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:postfach|mailbox|postfachspeicher|speicherplatz|"
        r"speicher) (?:des empfa(?:e)?ngers )?(?:ist )?(?:voll|u(?:e)?berfu(?:e)?llt|"
        r"erscho(?:e)?pft|u(?:e)?berschritten)|quota (?:u(?:e)?berschritten|erreicht)",
        "552 5.2.2 Postfach voll",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation), German wording; no server sample on record"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"nachricht (?:ist )?zu gross|(?:nachrichten|mail)gro(?:ss|ß)e "
        r"u(?:e)?berschritten",
        "552 Nachricht ist zu gross",
        source=(
            "RFC 3463 §3.4 (X.3.4 message too big for system), German wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:postfach|konto|account|benutzer|empfa(?:e)?nger) (?:ist |wurde )?"
        r"(?:deaktiviert|gesperrt|inaktiv|stillgelegt|abgeschaltet)",
        "550 Postfach deaktiviert",
        source=(
            "RFC 3463 §3.3 (X.2.1 mailbox disabled, not accepting messages), German wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:benutzer|empfa(?:e)?nger|adresse|postfach|nutzer|konto|"
        r"mailbox|(?:e-mail|email)-adresse|empfa(?:e)?ngeradresse)(?:name)? (?:ist )?(?:unbekannt|"
        r"existiert nicht|nicht gefunden|nicht vorhanden|ungu(?:e)?ltig)",
        "550 5.1.1 Benutzer unbekannt",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), German wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        r"unbekannte[rs]? (?:benutzer|empfa(?:e)?nger|adresse|postfach|"
        r"nutzer)|kein (?:benutzer|postfach|empfa(?:e)?nger)",
        "550 Unbekannter Empfaenger",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), German wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"domain (?:ist )?(?:unbekannt|existiert nicht|nicht gefunden)|"
        r"unbekannte domain",
        "550 Domain existiert nicht",
        source=(
            "RFC 3463 §3.2 (X.1.2 bad destination system address), German wording; no server "
            "sample on record"
        ),
    ),
)

ES: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:buzon|casilla|bandeja)(?: de correo| de entrada)? (?:esta )?"
        r"(?:llen[oa]|saturad[oa]|excedid[oa])|cuota (?:excedida|superada|llena)",
        "552 5.2.2 El buzon esta lleno",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation), Spanish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"mensaje (?:es )?demasiado grande|tamano (?:del mensaje )?"
        r"(?:excede|supera)",
        "552 Mensaje demasiado grande",
        source=(
            "RFC 3463 §3.4 (X.3.4 message too big for system), Spanish wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:cuenta|buzon|usuario|casilla) (?:esta |ha sido )?(?:desactivad[oa]|"
        r"suspendid[oa]|inactiv[oa]|deshabilitad[oa]|bloquead[oa])",
        "550 Cuenta desactivada",
        source=(
            "RFC 3463 §3.3 (X.2.1 mailbox disabled, not accepting messages), Spanish wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:usuario|destinatario|direccion|cuenta|buzon|casilla)"
        r"(?: de correo)?(?: electronico)? (?:es )?(?:desconocid[oa]|no existe|inexistente|"
        r"invalid[oa]|no encontrad[oa]|no valid[oa])",
        "550 5.1.1 Usuario desconocido",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Spanish wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        r"no existe (?:el |la |ese |esa |dicha )?(?:usuario|destinatario|direccion|cuenta|"
        r"buzon|persona)",
        "550 No existe el usuario",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Spanish wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"dominio (?:es )?(?:desconocido|no existe|inexistente|invalido)",
        "550 Dominio desconocido",
        source=(
            "RFC 3463 §3.2 (X.1.2 bad destination system address), Spanish wording; no server "
            "sample on record"
        ),
    ),
)

IT: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"casella (?:di posta )?(?:e )?(?:piena|satura)|"
        r"quota (?:superata|esaurita)|spazio (?:esaurito|insufficiente)",
        "552 5.2.2 Casella piena",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation), Italian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"messaggio (?:e )?troppo grande|dimensione (?:del messaggio )?"
        r"(?:supera|eccede)",
        "552 Messaggio troppo grande",
        source=(
            "RFC 3463 §3.4 (X.3.4 message too big for system), Italian wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:casella|account|utente) (?:e |e stat[oa] )?(?:disattivat[oa]|"
        r"sospes[oa]|disabilitat[oa]|bloccat[oa])",
        "550 Casella disattivata",
        source=(
            "RFC 3463 §3.3 (X.2.1 mailbox disabled, not accepting messages), Italian wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:utente|indirizzo|casella|destinatario)(?: di posta| email)? "
        r"(?:e )?(?:sconosciut[oa]|inesistente|non esiste|non trovat[oa]|non valid[oa]|"
        r"errat[oa])",
        "550 5.1.1 Utente sconosciuto",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Italian wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"dominio (?:e )?(?:sconosciuto|inesistente|non esiste)",
        "550 Dominio inesistente",
        source=(
            "RFC 3463 §3.2 (X.1.2 bad destination system address), Italian wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        r"nessun (?:utente|destinatario)\b",
        "550 Nessun utente simile in questo indirizzo",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Italian wording; no "
            "server sample on record"
        ),
    ),
)

PT: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"caixa (?:postal|de correio|de entrada)? ?(?:esta )?(?:cheia|"
        r"lotada)|(?:cota|quota) (?:excedida|esgotada|ultrapassada)",
        "552 5.2.2 Caixa postal cheia",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation), Portuguese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"mensagem (?:e )?(?:muito|demasiado) grande|tamanho "
        r"(?:da mensagem )?(?:excede|ultrapassa)",
        "552 Mensagem muito grande",
        source=(
            "RFC 3463 §3.4 (X.3.4 message too big for system), Portuguese wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:conta|caixa postal|usuario|utilizador)(?: de e-?mail)? (?:esta |foi )?"
        r"(?:desativad[oa]|suspens[oa]|inativ[oa]|bloquead[oa])",
        "550 Conta desativada",
        source=(
            "RFC 3463 §3.3 (X.2.1 mailbox disabled, not accepting messages), Portuguese "
            "wording; no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:usuario|utilizador|endereco|conta|caixa postal|destinatario)"
        r"(?: de e-?mail)? (?:e )?(?:desconhecid[oa]|inexistente|nao existe|invalid[oa]|"
        r"nao encontrad[oa])",
        "550 5.1.1 Usuario desconhecido",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Portuguese wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"dominio (?:e )?(?:desconhecido|inexistente|nao existe)",
        "550 Dominio inexistente",
        source=(
            "RFC 3463 §3.2 (X.1.2 bad destination system address), Portuguese wording; no "
            "server sample on record"
        ),
    ),
)

NL: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:mailbox|postvak|postbus|brievenbus|inbox) (?:is )?(?:vol|"
        r"overvol)|quot(?:um|a) (?:is )?(?:overschreden|bereikt)",
        "552 5.2.2 Mailbox is vol",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation), Dutch wording; no server sample on record"
        ),
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:account|mailbox|postvak|gebruiker) (?:is )?(?:gedeactiveerd|"
        r"uitgeschakeld|geblokkeerd|opgeschort|inactief)",
        "550 Account is gedeactiveerd",
        source=(
            "RFC 3463 §3.3 (X.2.1 mailbox disabled, not accepting messages), Dutch wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"onbekende (?:gebruiker|ontvanger|geadresseerde)|(?:gebruiker|"
        r"ontvanger|adres|(?:e-mail|email)adres|mailbox|postvak|account) (?:is )?(?:onbekend|"
        r"bestaat niet|ongeldig|niet gevonden)",
        "550 5.1.1 Onbekende gebruiker",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Dutch wording; no server "
            "sample on record"
        ),
        hint=("onbekend", "bestaat niet", "ongeldig", "niet gevonden"),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"onbekend domein|domein (?:is )?(?:onbekend|bestaat niet)",
        "550 Domein bestaat niet",
        source=(
            "RFC 3463 §3.2 (X.1.2 bad destination system address), Dutch wording; no server "
            "sample on record"
        ),
    ),
)

JA: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:メールボックス|受信箱|容量)(?:が|の容量が)?(?:一杯|いっぱい|"
        r"満杯|不足)|容量(?:超過|オーバー|を超え)",
        "552 メールボックスがいっぱいです",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation), Japanese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"(?:メール|メッセージ)の?サイズ(?:が|は)?(?:大きすぎ|制限を超え|"
        r"上限を超え)",
        "552 メールのサイズが大きすぎます",
        source=(
            "RFC 3463 §3.4 (X.3.4 message too big for system), Japanese wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:アカウント|メールボックス|メールアドレス)(?:が|は)?(?:停止|無効|"
        r"利用停止|凍結)",
        "550 このアカウントは停止されています",
        source=(
            "RFC 3463 §3.3 (X.2.1 mailbox disabled, not accepting messages), Japanese "
            "wording; no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"宛先不明|(?:宛先|メールアドレス|アドレス|ユーザー?|アカウント|メールボックス|"
        r"受信者)(?:が|は)?(?:存在しません|存在しない|見つかりません|不明)|"
        r"存在しない(?:ユーザー?|アドレス|メールアドレス)",
        "550 このメールアドレスは存在しません",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Japanese wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"ドメイン(?:が|は)?(?:存在しません|見つかりません|不明)|"
        r"存在しないドメイン",
        "550 ドメインが存在しません",
        source=(
            "RFC 3463 §3.2 (X.1.2 bad destination system address), Japanese wording; no "
            "server sample on record"
        ),
    ),
)

JA_MORE: tuple[Pattern, ...] = (
    Pattern(
        R.FILTERED,
        1,
        r"受信拒否",
        "550 受信拒否されました",
        source=(
            "RFC 3463 §3.8 (X.7.1 refused by the recipient's own rule), Japanese wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"迷惑メール",
        "550 迷惑メールと判定されました",
        source=(
            "RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused) with a spam "
            "verdict, Japanese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        r"(?:アドレス|メールアドレス)(?:は|が)?(?:現在)?(?:使われておりません|使用されていません)",
        "550 このアドレスは現在使われておりません",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Japanese wording; no "
            "server sample on record"
        ),
    ),
    # Lotus Notes / Domino in Japanese: "not in the directory list", its "User not listed in
    # public Name & Address Book" (text:en:userunknown:08).
    Pattern(
        R.USERUNKNOWN,
        3,
        r"ディレクトリのリストにありません",
        "ディレクトリのリストにありません ------- Failure Reasons --------",
        source="corpus: lhost-notes-02 (Lotus Domino, Japanese)",
    ),
)

# Chinese (Tencent QQ, NetEase 163, Sina...), simplified characters as they send them.
ZH: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:邮箱|信箱)(?:已满|空间不足|容量不足)|空间不足",
        "552 邮箱已满",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation), Chinese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:用户|收件人|邮箱|帐号|账号)(?:名)?不存在",
        "550 用户不存在",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Chinese wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"垃圾邮件",
        "550 被识别为垃圾邮件",
        source=(
            "RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused) with a spam "
            "verdict, Chinese wording; no server sample on record"
        ),
    ),
)
