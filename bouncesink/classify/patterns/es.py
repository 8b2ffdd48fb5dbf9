"""Spanish phrases. Folded text: "dirección" is ``direccion``, "buzón" ``buzon``, "válido"
``valido``; "ñ" becomes ``n``.

Spanish text comes from localized Exchange reports ("No se pudo encontrar la dirección de
correo electrónico que escribiste"), from hosting providers' own servers and from RFC 5321's
replies as they are translated ("buzón de correo no disponible"). Outlook's "No se puede
localizar a los destinatarios siguientes" is a heading over any failure, temporary ones
included (pastebin.com/12qpX1rU: a 451), and is deliberately not read. Numbers are stable.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import Pattern
from bouncesink.types import Reason as R

_SEED_W = (
    "the product's seed (design.md: the provider's description of bad domain, bad mailbox, "
    "inactive mailbox)"
)

ENTRIES: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:buzon|casilla|bandeja)(?: de correo| de entrada)? (?:esta )?(?:llen[oa]|saturad[oa]|"
        r"excedid[oa])|cuota (?:excedida|superada|llena)",
        "552 5.2.2 El buzon esta lleno",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation), Spanish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"mensaje (?:es )?demasiado grande|tamano (?:del mensaje )?(?:excede|supera)",
        "552 Mensaje demasiado grande",
        source=(
            "RFC 3463 §3.4 (X.3.4 message too big for system), Spanish wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:cuenta|buzon|usuario|casilla) (?:esta |ha sido )?(?:desactivad[oa]|suspendid[oa]|"
        r"inactiv[oa]|deshabilitad[oa]|bloquead[oa])",
        "550 Cuenta desactivada",
        source=(
            "RFC 3463 §3.3 (X.2.1 mailbox disabled, not accepting messages), Spanish wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        # "el dominio del destinatario no existe" is the domain (Exchange Online's Spanish NDR,
        # pastebin.com/a6MD8UcR), read by hostunknown 1.
        r"(?<!dominio del )(?:usuario|destinatario|direccion|cuenta|buzon|casilla)(?: de correo)?"
        r"(?: electronico)? "
        r"(?:es )?(?:desconocid[oa]|no existe|inexistente|invalid[oa]|no encontrad[oa]|no "
        r"valid[oa])",
        "550 5.1.1 Usuario desconocido",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Spanish wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        r"no existe (?:el |la |ese |esa |dicha )?(?:usuario|destinatario|direccion|cuenta|buzon|"
        r"persona)",
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
    # --- added: the seed's hard classes in Spanish ----------------------------------------------
    Pattern(
        R.USERUNKNOWN,
        3,
        r"no se (?:pudo|puede|ha podido) encontrar la direccion(?: de correo(?: electronico)?)?|"
        r"buzon (?:de correo )?(?:no disponible|inexistente)|(?<!dominio del )(?:usuario|"
        r"destinatario|buzon|cuenta|direccion) (?:ya )?no (?:existe|es valid[oa])|no hay "
        r"(?:ningun )?(?:usuario|buzon|"
        r"destinatario) (?:con ese nombre|con esa direccion)",
        "No se pudo encontrar la dirección de correo electrónico que escribiste. Comprueba la "
        "dirección de correo electrónico del destinatario",
        source="Exchange Server NDR in Spanish, pastebin.com/JHaPQHk7 ('550 5.1.1 "
        "RESOLVER.ADR.ExRecipNotFound'); RFC 5321 550 as ionos.es translates it ('buzón de "
        "correo no disponible')",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:cuenta|buzon|usuario|casilla|direccion)(?: de correo)?(?: del destinatario)? (?:esta "
        r"|ha sido |fue )?(?:cerrad[oa]|cancelad[oa]|dad[oa] de baja|expirad[oa]|caducad[oa]|"
        r"inhabilitad[oa]|desactivad[oa]|suspendid[oa]|bloquead[oa])|(?:cuenta|buzon) (?:ya )?no "
        r"(?:esta )?activ[oa]",
        "550 5.2.1 La cuenta del destinatario ha sido dada de baja",
        source="RFC 3463 §3.3 (X.2.1), Spanish wording of the seed's 'closed, expired, "
        "deactivated'; no server sample on record",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"dominio (?:no (?:valido|encontrado)|incorrecto)|nombre de dominio (?:no existe|"
        r"desconocido|no encontrado)|(?:no existe|no se encontro) (?:el )?dominio",
        "550 5.1.2 Nombre de dominio no encontrado",
        source="RFC 3463 §3.2 (X.1.2), Spanish wording; no server sample on record",
    ),
    Pattern(
        R.NOTACCEPT,
        1,
        r"dominio[^.]{0,30}no acepta (?:correo|mensajes|e-?mails?)",
        "556 El dominio no acepta correo",
        source="RFC 7505 (null MX) / RFC 7504 (556), Spanish wording; no server sample on record",
    ),
    Pattern(
        R.MAILBOXFULL,
        2,
        r"(?:buzon|casilla|cuenta)(?: de correo)? del destinatario (?:esta )?(?:llen[oa]|"
        r"complet[oa])|(?:excede|supera|ha superado|ha excedido) (?:la |su )?cuota|espacio (?:de "
        r"almacenamiento )?insuficiente",
        "552 5.2.2 El buzón del destinatario está lleno",
        source="RFC 3463 §3.3 (X.2.2), Spanish wording; no server sample on record",
    ),
    # --- sender side ----------------------------------------------------------------------------
    Pattern(
        R.REJECTED,
        1,
        r"(?:direccion(?: de correo(?: electronico)?)?|dominio|cuenta) del remitente (?:no (?:es "
        r")?valid[oa]|invalid[oa]|rechazad[oa]|no existe|desconocid[oa]|bloquead[oa]|no "
        r"autorizad[oa])|remitente (?:no (?:es )?valido|rechazado|desconocido|invalido|bloqueado|"
        r"no autorizado|no permitido|(?:esta )?en (?:la )?lista negra)",
        "553 5.1.8 Dirección del remitente no válida",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Spanish wording; no server sample on record",
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip\b.{0,40}(?:bloquead[oa]|rechazad[oa]|listad[oa])|listas? negras?",
        "554 Su dirección IP está bloqueada por estar en listas negras",
        source="RFC 3463 §3.8 (X.7.1) refusing the sending host, Spanish wording; no server "
        "sample on record",
        hint=("bloquead", "rechazad", "listad", "negra"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"correo no deseado|(?:considerado|identificado|clasificado|detectado) como (?:spam|"
        r"correo no deseado)|mensaje no solicitado",
        "550 Mensaje considerado como correo no deseado",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, Spanish wording; no server sample on "
        "record",
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"infringe (?:la |las |nuestras )?politicas?|por razones de (?:politica|seguridad)|"
        r"politicas? (?:local(?:es)?|de seguridad)",
        "550 Mensaje rechazado por razones de política",
        source="RFC 3463 §3.8 (X.7.1 local policy), Spanish wording; no server sample on record",
    ),
    Pattern(
        R.NORELAYING,
        1,
        r"relay(?:ing)? (?:no permitido|denegado|rechazado)|retransmision (?:no permitida|"
        r"denegada)",
        "554 Relay no permitido",
        source="RFC 5321 §3.6.2 (relaying refused), Spanish wording; no server sample on record",
    ),
    # --- temporary ------------------------------------------------------------------------------
    Pattern(
        R.SYSTEMERROR,
        1,
        r"temporalmente (?:no disponible|inaccesible|bloquead[oa])|(?:intentelo|intente|vuelva a "
        r"intentarlo|pruebe) (?:de nuevo |nuevamente )?mas tarde|(?:error|fallo) temporal",
        "450 Buzón temporalmente no disponible, inténtelo de nuevo más tarde",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Spanish wording; no server sample on "
        "record",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        3,
        r"(?:el )?dominio del destinatario no existe",
        "El sistema de nombres de dominio (DNS) ha informado que el dominio del destinatario no "
        "existe.",
        source=(
            "Exchange Online NDR in Spanish (the DNS says the recipient's domain does not exist), "
            "pastebin.com/a6MD8UcR, which links Microsoft's page on it "
            "(go.microsoft.com/fwlink/?LinkId=389361)"
        ),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        4,
        # not where the reply asks to be tried later (a state, not the address)
        r"(?:\bdominio ya no existe|\bdominio (?:ya )?no (?:esta )?(?:disponible|en uso))"
        r"(?![^.;]{0,60}tarde)",
        "550 El dominio no está disponible",
        source=_SEED_W + " ('domain ... unavailable, no longer in use'), Spanish wording",
    ),
    Pattern(
        R.USERUNKNOWN,
        4,
        # not where the reply asks to be tried later (a state, not the address)
        r"(?:(?:buzon|direccion de correo(?: electronico)?) ya no (?:esta disponible|existe|es "
        r"valid[ao])|direccion (?:de(?:l)? destinatario|de destino) rechazada|destinatario "
        r"rechazado)"
        r"(?![^.;]{0,60}tarde)",
        "550 El buzón ya no está disponible / Dirección de destinatario rechazada",
        source=_SEED_W
        + " ('mailbox ... no longer valid or available; recipient address rejected'), "
        "Spanish wording",
    ),
    Pattern(
        R.SYSTEMERROR,
        2,
        # "unavailable" with a request to be tried later: a state of the mailbox, not
        # its verdict (RFC 5321 §4.2.1); scanned before the hard "unavailable" entries
        r"\b(?:buzon|dominio|direccion|cuenta|destinatario)(?: de correo(?: electronico)?)? "
        r"(?:no (?:esta )?disponible|esta inactiv[oa]).{0,60}mas tarde",
        "550 Buzón de correo no disponible, inténtelo más tarde",
        source=_SEED_W + " (its temporary forms stay soft), Spanish wording; RFC 5321 §4.2.1",
        early=True,
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"conexion\b.{0,30}(?:rechazada|perdida|interrumpida|cerrada|restablecida|agotad|expirad|fa"
        r"llid)|tiempo de espera (?:de (?:la )?conexion )?agotado|(?:el )?servidor (?:remoto )?no "
        r"responde|sin respuesta del (?:servidor|host)|no hay ruta",
        "Conexión interrumpida por el servidor remoto",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Spanish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"bucle (?:de (?:correo|enrutamiento|entrega)|detectado)|demasiados saltos",
        "554 Se detectó un bucle de entrega",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Spanish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"mal configurad|configurad[oa] incorrectamente|error de configuracion",
        "451 El servidor de correo está configurado incorrectamente",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Spanish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"mensaje\b.{0,40}(?:formato (?:incorrecto|invalido|no valido)|mal formado|malformado)",
        "554 El mensaje está mal formado",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Spanish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        2,
        r"adjuntos?\b.{0,40}(?:no (?:permitid|autorizad|admitid)|prohibid|bloquead)",
        "552 Archivo adjunto prohibido (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Spanish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"filtro de contenidos?",
        "550 Bloqueado por el filtro de contenidos",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Spanish wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"demasiados (?:mensajes|correos|envios|conexiones)|limite de envio",
        "421 Demasiadas conexiones: demasiados mensajes desde su IP",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Spanish wording; no server sample on "
            "record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"agoto el tiempo de espera|tiempo de espera agotado",
        "Se agotó el tiempo de espera",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Spanish wording; no server sample on record"
        ),
    ),
    Pattern(
        R.REJECTED,
        2,
        # A reply answers the client that sent the message: "tu cuenta", and "su cuenta" at the
        # start of a sentence (within one, "su" may be the recipient's: "his, her"), "su
        # dirección", "su dominio" are our sender's own; "su destinatario" is the recipient.
        r"(?:(?:^|(?<=[0-9.!?:;>\]] ))su|\btu) (?:cuenta|direccion(?: de correo(?: electronico)?)?|"
        r"correo"
        r"(?: electronico)?|dominio) (?:ha sido |fue |esta |es |se encuentra )?(?:temporalmente |"
        r"permanentemente )?(?:suspendida|desactivada|deshabilitada|bloqueada|cerrada|cancelada|"
        r"invalida|desconocida|desconocido|inexistente|no (?:es )?valid[oa]|no existe)|\bno "
        r"(?:esta|estas) autorizad[oa]s? a (?:enviar|mandar)|\bno tienes? permiso para (?:enviar|"
        r"mandar)",
        "550 Su cuenta ha sido suspendida",
        source="RFC 5321 §4.2 (a reply answers the SMTP client: 'su/tu' is the sender) and "
        "RFC 3463 §3.2/§3.8 (X.1.7/X.1.8 bad sender's address, X.7.1), Spanish wording; no "
        "server sample on record",
        early=True,
    ),
    Pattern(
        R.USERUNKNOWN,
        5,
        # The recipient's address with a relative clause before its predicate ("el buzón que
        # intentó contactar no existe", "la dirección a la que escribió es desconocida").
        r"\b(?:buzon|cuenta|direccion(?: de correo(?: electronico)?)?|usuario|destinatario|"
        r"casilla)(?: (?:que|al que|a la que|a quien|con el que|con la que|del que|de la que) "
        r"[^.;:!?]{1,40}?| de (?:su|tu) destinatario) (?:no existe|es (?:desconocid[oa]|invalid[oa]"
        r"|inexistente)|no es valid[oa]|no (?:fue|ha sido) encontrad[oa])",
        "550 El buzón que intentó contactar no existe",
        source=_SEED_W + " ('unknown, not found, no longer valid'); RFC 3463 §3.2 (X.1.1), "
        "Spanish wording; no server sample on record",
    ),
    Pattern(
        R.SUSPEND,
        3,
        r"\b(?:buzon|cuenta|direccion(?: de correo(?: electronico)?)?|casilla)(?: (?:que|al que|a "
        r"la que|a quien|con el que|con la que) [^.;:!?]{1,40}?| de (?:su|tu) destinatario) (?:ha "
        r"sido |fue |esta )?(?:desactivad[oa]|suspendid[oa]|deshabilitad[oa]|cerrad[oa]|cancelad[oa"
        r"]"
        r"|inactiv[oa])",
        "550 La cuenta a la que escribe ha sido desactivada",
        source=_SEED_W + " ('the mailbox exists but is no longer active'); RFC 3463 §3.3 (X.2.1), "
        "Spanish wording; no server sample on record",
    ),
)
