"""French phrases: the product's own seed patterns first, then those of French providers
(Orange/Wanadoo, SFR, Free, La Poste). Folded text: no accents ("boîte" → "boite")."""

from __future__ import annotations

from bouncesink.classify.patterns.table import Pattern
from bouncesink.types import Reason as R

_BAL = (
    r"(?:boite aux lettres|boite|bal|adresse(?: e-?mail| electronique| de messagerie)?|"
    r"destinataire|utilisateur|compte|messagerie)"
)

ENTRIES: tuple[Pattern, ...] = (
    # --- quota ---------------------------------------------------------------------------------
    Pattern(
        R.MAILBOXFULL,
        1,
        rf"{_BAL}(?: du destinataire)? (?:est )?(?:pleine?|saturee?)|"
        r"quota (?:(?:de stockage )?(?:est )?(?:depasse|atteint|plein))|depassement de quota|"
        r"espace (?:de stockage )?insuffisant",
        "552 5.2.2 Boite du destinataire pleine",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"message (?:est )?trop (?:volumineux|gros|grand)|taille "
        r"(?:du message |maximale )?(?:depasse|excede|trop)",
        "552 5.3.4 Message trop volumineux",
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"trop de (?:messages|connexions|destinataires|mails|courriels)",
        "421 Trop de connexions",
    ),
    # --- sender side ---------------------------------------------------------------------------
    Pattern(
        R.BLOCKED,
        1,
        r"liste noire|(?:adresse )?ip .{0,40}(?:bloquee|refusee|listee|"
        r"blacklistee)|service refuse",
        "550 5.7.1 Service refuse. Veuillez essayer plus tard.",
        hint=("liste noire", "bloquee", "refusee", "listee", "blacklistee", "service refuse"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"\bpourriel|courrier (?:indesirable|non sollicite)|"
        r"message (?:indesirable|considere comme (?:spam|indesirable))",
        "554 Message considere comme indesirable",
    ),
    Pattern(R.NORELAYING, 1, r"relais (?:refuse|interdit|non autorise)", "554 Relais refuse"),
    Pattern(
        R.REJECTED,
        1,
        r"adresse (?:d'|de l')?(?:expediteur|emetteur) (?:refusee|rejetee|"
        r"invalide|inconnue)|expediteur (?:refuse|rejete|invalide|inconnu)",
        "550 5.1.0 Adresse d'expediteur refusee",
    ),
    # --- inactive mailbox (seed) ---------------------------------------------------------------
    Pattern(
        R.SUSPEND,
        1,
        r"(?:boite(?: aux lettres)?|bal|compte|messagerie|adresse)"
        r"(?: du destinataire)? (?:est )?(?:inactive?|desactivee?|suspendue?|fermee?|"
        r"bloquee?|archivee?|non active|supprimee?)",
        "550 5.2.1 Boite du destinataire archivee / boite inactive",
    ),
    # --- bad mailbox (seed) --------------------------------------------------------------------
    Pattern(
        R.USERUNKNOWN,
        1,
        r"adresse du destinataire (?:rejetee|refusee|inconnue|invalide)",
        "550 5.1.1 Adresse du destinataire rejetee",
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        rf"{_BAL} (?:est )?(?:aucune?|mauvaise|invalide|inconnue?|"
        r"illegale|non disponible|pas connue?|pas ici|pas trouvee?|introuvable|inexistante?|"
        r"n'existe (?:pas|plus)|plus valide|plus disponible|non valide|erronee)",
        "550 Adresse inconnue / boite aux lettres invalide",
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        r"(?:aucune?|mauvaise|pas de) (?:boite(?: aux lettres)?|bal|"
        r"adresse|destinataire|utilisateur)(?: de ce nom)?",
        "550 Aucune boite aux lettres de ce nom",
    ),
    # --- bad domain (seed) ---------------------------------------------------------------------
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?:nom de )?domaine (?:est )?(?:retire|mauvais|invalide|"
        r"inconnu|illegal|non disponible|plus d'usage|n'existe pas|introuvable|inexistant)|"
        r"mauvais domaine|domaine du destinataire (?:est )?(?:inconnu|invalide)",
        "550 5.1.2 Domaine inconnu",
    ),
    # --- transient -----------------------------------------------------------------------------
    Pattern(
        R.NETWORKERROR,
        1,
        r"hote (?:injoignable|inaccessible)|connexion (?:refusee|"
        r"impossible|interrompue|perdue|expiree)|delai d'attente (?:depasse|expire)",
        "421 Connexion impossible avec l'hote",
    ),
    Pattern(
        R.EXPIRED,
        1,
        r"delai (?:de (?:livraison|remise) )?(?:depasse|expire)|"
        r"n'a pas pu etre (?:remis|distribue|livre) (?:depuis|pendant|en) \d+",
        "Delai de livraison depasse",
    ),
    # --- more wordings (numbers continue per reason) -------------------------------------------
    Pattern(
        R.EMAILTOOLARGE,
        2,
        r"taille limite (?:du message )?(?:atteinte|depassee)",
        "552 Taille limite du message atteinte",
    ),
    Pattern(
        R.REJECTED,
        2,
        r"emetteur (?:invalide|refuse|inconnu)",
        "553 5.1.8 Emetteur invalide",
    ),
    Pattern(
        R.SECURITYERROR,
        1,
        r"authentification (?:invalide|requise|obligatoire)",
        "535 5.7.8 Authentification invalide",
    ),
)
