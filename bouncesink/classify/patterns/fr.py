"""French phrases: the product's own seed patterns first, then those of French providers
(Orange/Wanadoo, SFR, Free, La Poste). Folded text: no accents ("boîte" → "boite")."""

from __future__ import annotations

from bouncesink.classify.patterns.table import Pattern
from bouncesink.types import Reason as R

SEED = (
    "the product's seed (design.md: the provider's French description of bad domain, bad "
    "mailbox, inactive mailbox)"
)

_BAL = (
    r"(?:boite aux lettres|boite|bal|adresse(?: e-?mail| electronique| de messagerie)?|"
    r"destinataire|utilisateur|compte|messagerie)"
)

# Every subject a server uses for the recipient's address, its qualifier included ("boîte
# mail", "adresse courriel", "compte de messagerie"); not "messagerie" alone (the service), not
# the "destinataire" of a domain or a server ("domaine du destinataire").
_SUJET = (
    r"(?<!domaine )(?<!domaine du )(?<!serveur du )"
    r"(?:boite aux lettres|boite (?:mail|e-?mail|de messagerie|de reception)|boite|bal|"
    r"compte(?: de messagerie| e-?mail| mail| utilisateur)?|utilisateur|destinataire|"
    r"adresse(?: e-?mail| mail| electronique| courriel| de messagerie| de courriel)?)"
    r"(?: du destinataire)?"
)
_SUJET_MOTS = ("boite", "bal", "compte", "utilisateur", "destinataire", "adresse")

ENTRIES: tuple[Pattern, ...] = (
    # --- quota ---------------------------------------------------------------------------------
    Pattern(
        R.MAILBOXFULL,
        1,
        rf"{_BAL}(?: du destinataire)? (?:est )?(?:pleine?|saturee?)|"
        r"quota (?:(?:de stockage )?(?:est )?(?:depasse|atteint|plein))|depassement de quota|"
        r"espace (?:de stockage )?insuffisant",
        "552 5.2.2 Boite du destinataire pleine",
        source=(
            "Orange/Wanadoo '552 5.2.2 Boite du destinataire pleine' (postmaster.orange.fr "
            "OFR codes); RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded "
            "storage allocation)"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"message (?:est )?trop (?:volumineux|gros|grand)|taille (?:du message |maximale "
        r")?(?:depasse|excede|trop)",
        "552 5.3.4 Message trop volumineux",
        source=(
            "RFC 3463 §3.4 (X.3.4 message too big for system), French wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"trop de (?:messages|connexions|destinataires|mails|courriels)",
        "421 Trop de connexions",
        source=(
            "RFC 5321 §4.2.2 (421/450/452) with a rate or connection-count wording, French "
            "wording; no server sample on record"
        ),
    ),
    # --- sender side ---------------------------------------------------------------------------
    Pattern(
        R.BLOCKED,
        1,
        r"liste noire|(?:adresse )?ip .{0,40}(?:bloquee|refusee|listee|blacklistee)|service refuse",
        "550 5.7.1 Service refuse. Veuillez essayer plus tard.",
        source=(
            "RFC 3463 §3.8 (X.7.1) refusing the sending host, French wording; no server "
            "sample on record"
        ),
        hint=("liste noire", "bloquee", "refusee", "listee", "blacklistee", "service refuse"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"\bpourriel|courrier (?:indesirable|non sollicite)|message (?:indesirable|considere "
        r"comme (?:spam|indesirable))",
        "554 Message considere comme indesirable",
        source=(
            "RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused) with a spam "
            "verdict, French wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NORELAYING,
        1,
        r"relais (?:refuse|interdit|non autorise)",
        "554 Relais refuse",
        source=(
            "RFC 5321 §3.6.2 (relaying refused) / RFC 3463 X.7.1, French wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.REJECTED,
        1,
        r"adresse (?:d'|de l')?(?:expediteur|emetteur) (?:refusee|rejetee|invalide|inconnue|"
        r"non valide|n'est pas valide)|"
        r"expediteur (?:refuse|rejete|invalide|inconnu)",
        "550 5.1.0 Adresse d'expediteur refusee",
        source=(
            "RFC 3463 §3.2 (X.1.7 / X.1.8 bad sender's address), French wording; no server "
            "sample on record"
        ),
    ),
    # --- inactive mailbox (seed) ---------------------------------------------------------------
    Pattern(
        R.SUSPEND,
        1,
        r"(?:boite(?: aux lettres)?|bal|compte|messagerie|adresse)(?: du destinataire)? (?:est "
        r")?(?:inactive?|desactivee?|suspendue?|fermee?|bloquee?|archivee?|non active|supprimee?)",
        "550 5.2.1 Boite du destinataire archivee / boite inactive",
        source=(
            "the product's seed (design.md: the provider's French description of bad domain, "
            "bad mailbox, inactive mailbox)"
        ),
    ),
    # --- bad mailbox (seed) --------------------------------------------------------------------
    Pattern(
        R.USERUNKNOWN,
        1,
        r"adresse du destinataire (?:rejetee|refusee|inconnue|invalide)",
        "550 5.1.1 Adresse du destinataire rejetee",
        source=(
            "the product's seed (design.md: the provider's French description of bad domain, "
            "bad mailbox, inactive mailbox)"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        rf"(?<!domaine du ){_BAL} (?:est )?(?:aucune?|mauvaise|invalide|inconnue?|"
        r"illegale|non disponible|pas connue?|pas ici|pas trouvee?|introuvable|inexistante?|"
        r"n'existe (?:pas|plus)|plus valide|plus disponible|non valide|erronee)",
        "550 Adresse inconnue / boite aux lettres invalide",
        source=(
            "the product's seed (design.md: the provider's French description of bad domain, "
            "bad mailbox, inactive mailbox); Orange '550 5.1.1 Adresse d au moins un "
            "destinataire invalide' (OFR_416, pastebin.com/XQgFD6m9)"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        r"(?:aucune?|mauvaise|pas de) (?:boite(?: aux lettres)?|bal|adresse|destinataire|"
        r"utilisateur)(?: de ce nom)?",
        "550 Aucune boite aux lettres de ce nom",
        source=(
            "the product's seed (design.md: the provider's French description of bad domain, "
            "bad mailbox, inactive mailbox)"
        ),
    ),
    # --- bad domain (seed) ---------------------------------------------------------------------
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?:nom de )?domaine (?:est )?(?:retire|mauvais|invalide|inconnu|illegal|non disponible|"
        r"plus d'usage|n'existe pas|introuvable|inexistant)|mauvais domaine|domaine du "
        r"destinataire (?:est )?(?:inconnu|invalide)",
        "550 5.1.2 Domaine inconnu",
        source=(
            "the product's seed (design.md: the provider's French description of bad domain, "
            "bad mailbox, inactive mailbox)"
        ),
    ),
    # --- transient -----------------------------------------------------------------------------
    Pattern(
        R.NETWORKERROR,
        1,
        r"hote (?:injoignable|inaccessible)|connexion (?:refusee|impossible|interrompue|perdue|"
        r"expiree)|delai d'attente (?:depasse|expire)",
        "421 Connexion impossible avec l'hote",
        source=(
            "RFC 3463 §3.5 (X.4.1 no answer from host / X.4.2 bad connection), French "
            "wording; no server sample on record"
        ),
    ),
    Pattern(
        R.EXPIRED,
        1,
        r"delai (?:de (?:livraison|remise) )?(?:depasse|expire)|n'a pas pu etre (?:remis|"
        r"distribue|livre) (?:depuis|pendant|en) \d+",
        "Delai de livraison depasse",
        source=(
            "RFC 3463 §3.5 (X.4.7 delivery time expired), French wording; no server sample on "
            "record"
        ),
    ),
    # --- more wordings (numbers continue per reason) -------------------------------------------
    Pattern(
        R.EMAILTOOLARGE,
        2,
        r"taille limite (?:du message )?(?:atteinte|depassee)",
        "552 Taille limite du message atteinte",
        source=(
            "RFC 3463 §3.4 (X.3.4 message too big for system), French wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.REJECTED,
        2,
        r"emetteur (?:invalide|refuse|inconnu)",
        "553 5.1.8 Emetteur invalide",
        source=(
            "RFC 3463 §3.2 (X.1.7 / X.1.8 bad sender's address), French wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.SECURITYERROR,
        1,
        r"authentification (?:invalide|requise|obligatoire)",
        "535 5.7.8 Authentification invalide",
        source=(
            "RFC 4954 §6 (530/535 authentication required or failed), French wording; no "
            "server sample on record"
        ),
    ),
    # --- added: more of the seed's wordings, the sender side, temporary forms -----------------
    Pattern(
        R.USERUNKNOWN,
        4,
        r"(?:adresse|boite)(?: de messagerie| e-?mail| electronique)?(?: que vous avez (?:entree|"
        r"saisie|indiquee))? (?:est )?introuvable|(?:adresse|boite(?: aux lettres)?|"
        r"compte)[^.]{0,30} n'est plus (?:valide|utilisee?|attribuee?)|cette adresse n'existe "
        r"(?:pas|plus)",
        "550 5.1.1 L'adresse de messagerie que vous avez entrée est introuvable",
        source="RFC 3463 §3.2 (X.1.1), French wording of Exchange's 'The email address you "
        "entered couldn't be found' and of the seed's 'no longer valid'; no server sample on "
        "record",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"domaine[^.]{0,20} n'est plus (?:utilise|en service|d'usage)|nom de domaine (?:est "
        r")?(?:introuvable|inexistant|inconnu)|domaine (?:de destination|du destinataire) (?:est "
        r")?(?:introuvable|inexistant|invalide)",
        "550 5.1.2 Le nom de domaine est introuvable",
        source=SEED + " ('domaine ... plus d'usage'); RFC 3463 §3.2",
    ),
    Pattern(
        R.USERUNKNOWN,
        6,
        # the mailbox itself, not "messagerie" (the service: "service de messagerie
        # indisponible" is the server's state, not the address's)
        r"(?:boite aux lettres|boite|bal|adresse(?: e-?mail| electronique)?|destinataire)"
        r"(?: du destinataire)? (?:est )?(?:indisponible|non connue?)(?:$|[.,;:)])|"
        rf"{_BAL}(?: du destinataire)? n'est (?:plus (?:valide|disponible)|pas connue?)",
        "550 Cette boite aux lettres n'est plus disponible",
        source=SEED + " ('boite aux lettres ... indisponible, non connue, plus valide ou "
        "disponible')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        3,
        r"(?:nom de )?domaine(?: du destinataire)? (?:est )?(?:indisponible|non valide)"
        r"(?:$|[.,;:)])|domaine(?: du destinataire)? n'existe plus",
        "550 Nom de domaine non valide",
        source=SEED + " ('domaine ... invalide, indisponible, plus d'usage')",
    ),
    Pattern(
        R.NOTACCEPT,
        1,
        r"domaine[^.]{0,30}n'accepte (?:aucun|pas de|plus de) (?:courrier|message|mail|e-?mail)s?",
        "556 Ce domaine n'accepte pas de courrier",
        source="RFC 7505 (null MX) / RFC 7504 (556), French wording; no server sample on record",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:compte|boite(?: aux lettres)?|adresse|messagerie)(?: du destinataire)? (?:est |a ete "
        r")?(?:expiree?|resiliee?|cloturee?)|(?:compte|boite|adresse) (?:n'est plus active|"
        r"inactif)",
        "550 5.2.1 Le compte du destinataire a été résilié",
        source=SEED + " ('expired, closed'); RFC 3463 §3.3",
    ),
    Pattern(
        R.REJECTED,
        3,
        r"(?:domaine|adresse(?: e-?mail| electronique| de messagerie)?|boite(?: aux lettres| "
        r"mail)?|compte|utilisateur) (?:de l'|d')(?:expediteur|emetteur) (?:est |a ete )?(?:"
        r"inconnue?|inexistante?|introuvable|invalide|refusee?|n'existe pas|desactivee?|"
        r"suspendue?|bloquee?)|expediteur (?:non autorise|bloque|interdit)",
        "553 5.1.8 Le domaine de l'expéditeur est inconnu",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), French wording; no server sample on record",
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"(?:contraire|non conforme) (?:a|aux) (?:la |nos |notre )?(?:politique|regles)|politique "
        r"(?:de securite|locale)|raisons? de securite",
        "550 5.7.1 Message refusé pour raison de sécurité",
        source="RFC 3463 §3.8 (X.7.1 local policy), French wording; no server sample on record",
    ),
    Pattern(
        R.SYSTEMERROR,
        1,
        r"temporairement (?:indisponible|inaccessible|hors service|bloquee?)|(?:veuillez "
        r")?(?:re)?essayer (?:plus tard|ulterieurement)|reessayez plus tard|(?:erreur|probleme) "
        r"temporaire",
        "450 Boîte temporairement indisponible, veuillez réessayer plus tard",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), French wording; no server sample on "
        "record",
    ),
    Pattern(
        R.USERUNKNOWN,
        5,
        # Domino's "User ... not listed in Domino Directory", in French.
        r"(?:non repertoriee?|introuvable|ne figure pas) dans l'annuaire(?: domino)?",
        "Utilisateur jeanne.martin@example.fr non répertorié dans l'annuaire Domino",
        source="HCL Domino help in French (the directory is 'l'annuaire Domino', "
        "help.hcltechsw.com/domino/11.0.1/fr); the English report, 'User ... not lis"
        "ted in Domino Directory', is corpus lhost-notes-03 (text:en:userunknown:08)",
    ),
    Pattern(
        R.SUSPEND,
        3,
        # The seed's inactive mailbox said with "ne ... plus": it exists, it no longer works.
        r"(?:boite(?: aux lettres)?|bal|compte|messagerie|adresse)(?: du destinataire)? "
        r"n'est plus (?:active?|activee?|en service|utilisee?|ouverte?)",
        "550 La boite aux lettres n'est plus active",
        source=(
            "the product's seed (a mailbox that exists but is no longer active), French; RFC "
            "3463 §3.3 (X.2.1 mailbox disabled); no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"delai (?:d'attente )?de (?:la )?connexion (?:depasse|expire|ecoule)|connexion (?:a "
        r"(?:ete )?)?(?:perdue|interrompue|coupee|reinitialisee|expiree)|(?:le )?serveur "
        r"(?:distant )?ne repond pas|aucune (?:route|reponse) (?:vers|de|du)|pas de reponse "
        r"(?:de|du) (?:l'hote|serveur)",
        "Connexion interrompue par le serveur distant",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), French wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"boucle (?:de (?:messagerie|courrier|routage|distribution)|detectee)|trop de "
        r"(?:sauts|relais)|nombre (?:maximal )?de (?:sauts|relais) (?:depasse|atteint)",
        "554 Trop de sauts : boucle de routage probable",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "French wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"(?:mal|incorrectement) configure|erreur (?:de|dans la) configuration|configuration "
        r"(?:incorrecte|erronee)",
        "451 Le serveur est mal configuré",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "French wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"message\b.{0,40}(?:mal ?forme|format (?:invalide|incorrect|non conforme))|en-tetes? "
        r"(?:invalides?|mal formes?)",
        "554 Le message est mal formé",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, French wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        2,
        r"pieces? jointes?\b.{0,40}(?:non (?:autorise|permis|accepte)|interdit|refuse|bloque)|(?:ty"
        r"pe|extension) de fichier (?:non autorise|interdit)",
        "552 Pièce jointe interdite (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), French wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"filtre (?:de|du) contenu",
        "550 Bloqué par le filtre de contenu",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), French wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        2,
        r"trop de (?:messages|courriels|mails|envois)|limite d'envoi|veuillez ralentir",
        "421 Trop de messages envoyés depuis votre adresse IP",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), French wording; no server sample on "
            "record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        4,
        r"(?:serveur|hote)\b.{0,20}n'a pas repondu|connexion (?:a ete )?fermee|(?:l'hote|le "
        r"serveur) (?:distant )?a (?:ferme|coupe) la connexion",
        "Le serveur n'a pas répondu à temps",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), French wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        2,
        r"probleme de configuration",
        "451 Problème de configuration",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "French wording; no server sample on record"
        ),
    ),
    # --- the seed's classes said of every subject (tests/test_phrases_grammar.py) ------------
    Pattern(
        R.USERUNKNOWN,
        7,
        rf"{_SUJET} (?:est )?(?:inconnue?|invalide|introuvable|inexistante?|non valide|n'est "
        r"pas valide|n'existe (?:pas|plus)|n'a pas ete trouvee?|n'est plus (?:valide|"
        r"disponible)|a ete supprimee?)",
        "550 L'adresse courriel n'a pas été trouvée / La boîte mail a été supprimée",
        source=SEED + " ('boîte aux lettres ... invalide, non connue, plus valide ou "
        "disponible'); RFC 3463 §3.2 (X.1.1 bad destination mailbox address), French wording",
        hint=_SUJET_MOTS,
    ),
    Pattern(
        R.SUSPEND,
        4,
        rf"{_SUJET} (?:est |a ete )?(?:desactivee?|inactif|inactive|fermee?|cloturee?|resiliee?|"
        r"suspendue? pour (?:cause d')?inactivite)|"
        rf"{_SUJET} (?:n'est (?:pas|plus) (?:active?|actif|activee?)|a expire|est expiree?)",
        "550 L'utilisateur n'est pas actif / Le compte a expiré",
        source=SEED + " ('la boîte existe mais n'est plus active'; 'expirée, clôturée'); RFC "
        "3463 §3.3 (X.2.1 mailbox disabled), French wording",
        hint=_SUJET_MOTS,
    ),
    Pattern(
        R.HOSTUNKNOWN,
        4,
        # the registration of the domain lapsed or was withdrawn: not a certificate's
        r"(?<!certificat du )(?<!certificat de )(?:nom de )?domaine(?: du destinataire)? "
        r"(?:a expire|est expire|expire(?:$|[.,;:)])|a ete retire|n'existe (?:pas|plus))",
        "550 Le nom de domaine a expiré",
        source=SEED + " ('domaine ... retiré, plus d'usage': its registration lapsed)",
        hint=("domaine",),
    ),
    Pattern(
        R.MAILBOXFULL,
        2,
        r"quota\b(?! d'envoi)(?! de messages)[^.]{0,40}(?:est )?(?:depasse|atteint)|espace "
        r"(?:de stockage|disque)\b[^.]{0,40}(?:depasse|plein|sature|insuffisant)|boite "
        r"(?:mail|e-?mail) (?:est )?pleine",
        "552 Le quota de la boîte aux lettres est dépassé",
        source="the product's seed (design.md, 'Vocabulary': quota: mailbox full, over quota, "
        "storage exceeded); RFC 3463 §3.3 (X.2.2 mailbox full), French wording",
        hint=("quota", "espace", "pleine"),
    ),
    Pattern(
        R.EXPIRED,
        2,
        r"(?<!certificat )(?<!certificat du )message (?:a |est )?expire|delai (?:de (?:livraison|"
        r"remise|distribution|transmission) )?(?:du message )?(?:a |est )?(?:depasse|expire|"
        r"ecoule)",
        "Le délai de remise du message a expiré",
        source="RFC 3463 §3.5 (X.4.7 delivery time expired), French wording; no server sample "
        "on record",
        hint=("expire", "depasse", "ecoule"),
    ),
    Pattern(
        R.FAILEDSTARTTLS,
        1,
        # our TLS with the server, as the English table reads a certificate (failedstarttls 2)
        r"certificat\b[^.]{0,40}(?:a |est )?(?:expire|invalide|non valide|non reconnu)",
        "Le certificat du serveur a expiré",
        source="RFC 3463 §3.8 (X.7.5 cryptographic failure) / RFC 3207 (STARTTLS), French "
        "wording; no server sample on record",
        hint=("certificat",),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        5,
        # the recipient's domain or server named through the recipient ("serveur du
        # destinataire", "domaine de l'adresse du destinataire"): the recipient's own words
        # (bad mailbox) would otherwise read first.
        r"(?:serveur|hote)(?: de messagerie| mail)? du destinataire (?:est )?(?:introuvable|"
        r"inconnu|inexistant|n'existe pas)|(?:nom de )?domaine (?:de l'adresse |de la boite )?"
        r"du destinataire (?:est )?(?:introuvable|inconnu|inexistant|invalide|n'existe (?:pas|"
        r"plus))",
        "550 Le serveur du destinataire est introuvable",
        source=SEED + " ('domaine ... inconnu, invalide'); RFC 3463 §3.2 (X.1.2), French "
        "wording; no server sample on record",
        early=True,
    ),
    Pattern(
        R.NETWORKERROR,
        5,
        r"serveur(?: de messagerie)?(?: distant| du destinataire| de destination)? (?:ne repond "
        r"pas|n'a pas repondu|a refuse la connexion|a ferme la connexion)",
        "550 Le serveur du destinataire ne répond pas",
        source="the product's seed (design.md, 'Vocabulary': no answer from host; bad "
        "connection), French wording; RFC 3463 §3.5 (X.4.1, X.4.2); no server sample on record",
    ),
    Pattern(
        R.REJECTED,
        4,
        # A reply speaks to the client that sent the message: "votre compte" is our sender's
        # own (at the relay or provider it sends through), never the recipient's (suspend).
        # Its address or domain too ("votre adresse n'est pas valide", "votre domaine n'existe
        # pas"); "l'adresse de votre destinataire" is the recipient's (no rule here).
        r"votre (?:compte|boite(?: aux lettres)?|adresse|messagerie|(?:nom de )?domaine)(?: de "
        r"messagerie| e-?mail| mail| electronique| d'envoi| d'expediteur)? (?:est |a ete |n'est "
        r")?(?:temporairement |definitivement )?(?:desactivee?|suspendue?|bloquee?|fermee?|"
        r"cloturee?|resiliee?|verrouillee?|invalide|inconnue?|introuvable|inexistante?|non "
        r"valide|pas (?:valide|reconnue?)|plus valide|n'existe (?:pas|plus))|vous n'etes pas "
        r"autorisee?s? a (?:envoyer|ecrire|expedier)",
        "550 Votre compte a été désactivé",
        source="RFC 5321 §2.3.2 (the reply goes to the SMTP client: 'votre' is the sender) and "
        "RFC 3463 §3.8 (X.7.1), French wording; no server sample on record",
        early=True,
    ),
    Pattern(
        R.USERUNKNOWN,
        8,
        # The recipient's address named with a clause that speaks to the sender ("la boîte que
        # vous essayez de joindre", "l'adresse à laquelle vous avez écrit"), or as "votre
        # destinataire"'s.
        rf"{_SUJET}(?: (?:que|qui|auquel|a laquelle|a qui|dont) [^.;:!?]{{1,40}}?| de votre "
        r"(?:destinataire|correspondant|interlocuteur)) (?:n'existe (?:pas|plus)|est (?:inconnue?|"
        r"invalide|introuvable|inexistante?)|n'est (?:pas|plus) valide)",
        "550 La boîte aux lettres que vous essayez de joindre n'existe pas",
        source=SEED + " ('boîte ... inconnue, introuvable, plus valide'); RFC 3463 §3.2 (X.1.1), "
        "French wording; no server sample on record",
        hint=_SUJET_MOTS,
    ),
    Pattern(
        R.SUSPEND,
        5,
        rf"{_SUJET}(?: (?:que|qui|auquel|a laquelle|a qui|dont) [^.;:!?]{{1,40}}?| de votre "
        r"(?:destinataire|correspondant|interlocuteur)) (?:est |a ete )?(?:desactivee?|"
        r"suspendue?|fermee?|cloturee?|resiliee?|inactif|inactive)",
        "550 Le compte auquel vous écrivez a été désactivé",
        source=SEED + " ('la boîte existe mais n'est plus active'); RFC 3463 §3.3 (X.2.1), "
        "French wording; no server sample on record",
        hint=_SUJET_MOTS,
    ),
)
