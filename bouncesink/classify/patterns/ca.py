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
)
