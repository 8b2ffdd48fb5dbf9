"""Catalan phrases. Folded text drops every mark ("bústia" is ``bustia``, "adreça" ``adreca``,
"vàlid" ``valid``); the middle dot of "il·legal" stays.

Catalan servers and localized reports say "domini" (domain), "bústia" (mailbox), "usuari",
"destinatari" (recipient) and "remitent" (sender); close to Spanish, but not the same words
("usuari" is not followed by the Spanish "o"), so the Spanish table and this one do not read
each other's replies. A refusal that names the sender is read before the recipient's words
(``REASON_ORDER``), and "temporalment" (temporarily) or "més tard" (later) keeps a reply soft
(``engine._TEMPORARY_RE``). Numbers are stable: append, never renumber.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import SEED, Pattern
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

_CA_MAIL = r"(?: de correu(?: electronic)?| electronica)?"

CA: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"bustia(?: de correu)?(?: del destinatari)? (?:esta |es )?(?:plena|completa)|"
        r"(?:s'ha )?(?:superat|excedit) (?:la )?quota|quota (?:superada|excedida)",
        "452 La bústia està plena",
        source="RFC 3463 §3.3 (X.2.2 mailbox full) and RFC 5321 §4.2.2 (452), Catalan wording "
        "('la bústia està plena', 's'ha superat la quota')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:adreca|domini)" + _CA_MAIL + r" del remitent (?:rebutjad\w*|no (?:es )?valid\w*|"
        r"desconegu\w*|bloquejad\w*|no existeix)|remitent (?:rebutjat|bloquejat|no valid|"
        r"desconegut)",
        "553 Adreça del remitent rebutjada",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8: the sender's address or domain), Catalan wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:bustia|compte)(?: de correu)?(?: del destinatari)? (?:esta |es )?(?:inactiv\w*|"
        r"desactivad\w*|desactivat|deshabilitat\w*|suspes\w*|bloquejat\w*)|(?:bustia|compte)"
        r"(?: de correu)? existeix,? (?:pero|tot i que) (?:ja )?no (?:esta|es) activ\w*|"
        r"(?:bustia|compte) (?:ja )?no (?:esta|es) activ\w*",
        "550 La bústia existeix però ja no està activa",
        source=SEED + ", Catalan wording ('la bústia existeix però ja no està activa', 'el "
        "compte està desactivat')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:bustia|usuari|destinatari|adreca)" + _CA_MAIL + r"(?: del destinatari)? (?:no "
        r"existeix|(?:ja )?no (?:es|esta) (?:valid\w*|disponible)|no valid\w*|desconegu\w*|"
        r"rebutjad\w*|incorrect\w*|no es troba\w*|il[·.]?legal)|no existeix (?:aquesta|aquest|"
        r"cap|la|el) (?:bustia|usuari|destinatari|adreca)|no s'ha (?:pogut )?trobat (?:la "
        r"bustia|l'usuari|el destinatari|l'adreca)",
        "550 Adreça del destinatari rebutjada / Usuari desconegut",
        source=SEED + ", Catalan wording ('la bústia no existeix, usuari desconegut, no s'ha "
        "trobat, no està disponible, ja no és vàlida'; 'Recipient address rejected': 'adreça "
        "del destinatari rebutjada')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"domini(?: del destinatari)? (?:no existeix|(?:ja )?no (?:es|esta) (?:valid\w*|"
        r"disponible|en us)|no valid\w*|desconegut|retirat|incorrect\w*|il[·.]?legal|no "
        r"permes|inexistent)",
        "550 El domini ja no està en ús / Domini desconegut",
        source=SEED + ", Catalan wording ('domini retirat, incorrecte, no vàlid, desconegut, "
        "il·legal, no disponible, ja no està en ús')",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"missatge es massa gran|(?:mida|grandaria) del missatge (?:supera|"
        r"excedeix|es massa gran)",
        "552 La mida del missatge excedeix el límit",
        source=(_TOO_LARGE + ", Catalan wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"esgotat el temps d'espera|temps d'espera (?:esgotat|excedit)|"
        r"el servidor no respon|connexio (?:\w+ ){0,2}?(?:rebutjada|perduda|"
        r"interrompuda|restablerta|tancada)|perdut la connexio",
        "S'ha perdut la connexió",
        source=(_NO_ANSWER + ", Catalan wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"bucle de correu|(?:massa|masses|excessius) salts",
        "554 Bucle de correu detectat",
        source=(_LOOP + ", Catalan wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"mal configurat\b|error de configuracio\b",
        "451 Error de configuració del servidor",
        source=(_CONFIG + ", Catalan wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"format (?:de missatge |del missatge )?incorrecte|"
        r"missatge (?:mal format|malformat)",
        "554 Missatge mal format",
        source=(_MALFORMED + ", Catalan wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"(?:fitxers?|arxius?) adjunts? (?:\S+ ){0,3}?no (?:permes|permesos)|"
        r"adjunts? no permes",
        "552 Fitxers adjunts d'aquest tipus no permesos",
        source=(_ATTACHMENT + ", Catalan wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"(?:detectat|trobat) un virus|conte un virus|virus (?:detectat|"
        r"trobat)",
        "554 El missatge conté un virus",
        source=(_VIRUS + ", Catalan wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"correu brossa|\bbrossa\b",
        "554 Correu brossa",
        source=(_SPAM + ", Catalan wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"filtre de contingut",
        "550 Bloquejat pel filtre de contingut",
        source=(_FILTER + ", Catalan wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"llista negra|llista de bloqueig",
        "554 El vostre servidor és en una llista de bloqueig",
        source=(_BLOCK_LIST + ", Catalan wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"massa (?:missatges|connexions)|limit d'enviament",
        "421 Massa connexions des de la vostra IP",
        source=(_RATE + ", Catalan wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"temps d'espera exhaurit|ha tancat la connexio",
        "El servidor ha tancat la connexió",
        source=(_NO_ANSWER + ", Catalan wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        2,
        r"(?:missatge|fitxer) infectat",
        "554 Fitxer infectat",
        source=(_VIRUS + ", Catalan wording; no server sample on record"),
    ),
)
