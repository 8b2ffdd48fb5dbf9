"""German phrases. Folded text: "Empfänger" is ``empfanger`` (and ``empfaenger`` when
transliterated), "ungültig" ``ungultig``; "ß" stays as it is (``gro(?:ss|ß)e``).

German servers mostly answer in English at the SMTP level; German text comes from localized
Exchange reports ("Die eingegebene E-Mail-Adresse konnte nicht gefunden werden"), from
administrators' own templates and from gateways in front of them. A reply about the sender
("Absenderadresse ungültig") is read before any about the recipient (``REASON_ORDER``), so
the sender-side entries below keep such a reply from reading as a bad mailbox; a temporary
wording ("vorübergehend nicht verfügbar") matches no hard entry and reads as a system error.
Numbers are stable: append, never renumber.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import Pattern
from bouncesink.types import Reason as R

_SEED_W = (
    "the product's seed (design.md: the provider's description of bad domain, bad mailbox, "
    "inactive mailbox)"
)

_EXCHANGE_DE = "Exchange Server NDR in German, pastebin.com/BsjRCWQL"

ENTRIES: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:postfach|mailbox|postfachspeicher|speicherplatz|speicher) (?:des empfa(?:e)?ngers "
        r")?(?:ist )?(?:voll|u(?:e)?berfu(?:e)?llt|erscho(?:e)?pft|u(?:e)?berschritten)|quota "
        r"(?:u(?:e)?berschritten|erreicht)",
        "552 5.2.2 Postfach voll",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation), German wording; no server sample on record"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"nachricht (?:ist )?zu gross|(?:nachrichten|mail)gro(?:ss|ß)e u(?:e)?berschritten",
        "552 Nachricht ist zu gross",
        source=(
            "RFC 3463 §3.4 (X.3.4 message too big for system), German wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:postfach|konto|account|benutzer|empfa(?:e)?nger) (?:ist |wurde )?(?:deaktiviert|"
        r"gesperrt|inaktiv|stillgelegt|abgeschaltet)",
        "550 Postfach deaktiviert",
        source=(
            "RFC 3463 §3.3 (X.2.1 mailbox disabled, not accepting messages), German wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:benutzer|empfa(?:e)?nger|adresse|postfach|nutzer|konto|mailbox|(?:e-mail|"
        r"email)-adresse|empfa(?:e)?ngeradresse)(?:name)? (?:ist )?(?:unbekannt|existiert nicht|"
        r"nicht gefunden|nicht vorhanden|ungu(?:e)?ltig)",
        "550 5.1.1 Benutzer unbekannt",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), German wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        r"unbekannte[rs]? (?:benutzer|empfa(?:e)?nger|adresse|postfach|nutzer)|kein (?:benutzer|"
        r"postfach|empfa(?:e)?nger)",
        "550 Unbekannter Empfaenger",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), German wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"domain (?:ist )?(?:unbekannt|existiert nicht|nicht gefunden)|unbekannte domain",
        "550 Domain existiert nicht",
        source=(
            "RFC 3463 §3.2 (X.1.2 bad destination system address), German wording; no server "
            "sample on record"
        ),
    ),
    # --- added: the seed's hard classes in German -----------------------------------------------
    Pattern(
        R.USERUNKNOWN,
        3,
        r"(?:eingegebene|angegebene) e-?mail-?adresse (?:konnte nicht gefunden werden|wurde nicht "
        r"gefunden|existiert nicht)|(?:e-mail-adresse|e-mailadresse|emailadresse) des "
        r"empfa(?:e)?ngers (?:wurde |konnte )?nicht gefunden",
        "Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. Überprüfen Sie die "
        "E-Mail-Adresse des Empfängers",
        source=_EXCHANGE_DE + " ('550 5.1.1 RESOLVER.ADR.RecipNotFound')",
    ),
    Pattern(
        R.USERUNKNOWN,
        4,
        r"ungu(?:e)?ltige[rs]? (?:empfa(?:e)?nger(?:adresse)?|e-?mail-?adresse|adresse|postfach|"
        r"benutzer)|\b(?:postfach|mailbox|empfa(?:e)?ngeradresse|adresse|konto) (?:ist |wurde "
        r")?(?:nicht (?:mehr )?(?:verfu(?:e)?gbar|vorhanden|gu(?:e)?ltig)|geloscht|aufgelost)",
        "550 Postfach nicht verfügbar / Adresse ist nicht mehr gültig",
        source="RFC 5321 §4.2.2 (550 mailbox unavailable) and RFC 3463 §3.2 (X.1.1), German "
        "wording of the seed's 'unavailable, no longer valid'; no server sample on record",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:postfach|konto|account|benutzerkonto|e-mail-adresse|e-mailadresse|emailadresse)(?: "
        r"des empfa(?:e)?ngers)? (?:ist |wurde )?(?:geschlossen|gekundigt|abgelaufen|nicht mehr "
        r"aktiv|inaktiv|deaktiviert|gesperrt|stillgelegt)",
        "550 5.2.1 Das Konto des Empfängers wurde gekündigt",
        source="RFC 3463 §3.3 (X.2.1 mailbox disabled), German wording of the seed's 'closed, "
        "expired, deactivated'; Adobe Campaign's German bounce labels ('Konto deaktiviert', "
        "AdobeDocs experience-cloud.de-DE bounce-summary.md)",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"doma(?:e)?ne (?:ist )?(?:unbekannt|existiert nicht|nicht gefunden|ungu(?:e)?ltig)|"
        r"unbekannte doma(?:e)?ne|ungu(?:e)?ltige (?:doma(?:e)?ne|domain)|domain (?:ist "
        r")?(?:ungu(?:e)?ltig|nicht (?:mehr )?(?:vorhanden|registriert))",
        "550 5.1.2 Die Domäne existiert nicht",
        source="RFC 3463 §3.2 (X.1.2), German wording ('Domäne' in Exchange's German texts); "
        "Adobe Campaign's German bounce labels ('Ungültige Domain')",
    ),
    Pattern(
        R.NOTACCEPT,
        1,
        r"(?:domain|doma(?:e)?ne)[^.]{0,30}(?:empfa(?:e)?ngt|akzeptiert|nimmt) keine (?:e-?mails?|"
        r"nachrichten)",
        "556 Die Domain empfängt keine E-Mails",
        source="RFC 7505 (null MX) / RFC 7504 (556), German wording; no server sample on record",
        hint=("keine e", "keine nachrichten"),
    ),
    Pattern(
        R.MAILBOXFULL,
        2,
        r"(?:speicherplatz|postfachgro(?:ss|ß)e|kontingent|speicherkontingent|quota) (?:des "
        r"(?:postfachs|empfa(?:e)?ngers) )?(?:ist )?(?:u(?:e)?berschritten|erscho(?:e)?pft|"
        r"aufgebraucht)|postfach (?:des empfa(?:e)?ngers )?(?:ist )?u(?:e)?berfu(?:e)?llt",
        "552 5.2.2 Das Speicherkontingent des Postfachs ist überschritten",
        source="RFC 3463 §3.3 (X.2.2), German wording; Adobe Campaign's German bounce labels "
        "('Postfach voll')",
    ),
    # --- sender side: our address, our IP, our content -----------------------------------------
    Pattern(
        R.REJECTED,
        1,
        r"absender[a-z-]{0,20}(?: ist| wurde)? (?:ungu(?:e)?ltig|unbekannt|abgelehnt|nicht "
        r"(?:zugelassen|erlaubt|akzeptiert|verifiziert|gefunden)|gesperrt|blockiert|"
        r"zuru(?:e)?ckgewiesen|existiert nicht)|(?:ungu(?:e)?ltige[rs]?|unbekannte[rs]?) absender|"
        r"(?:adresse|domain) des absenders (?:ist )?(?:ungu(?:e)?ltig|unbekannt|existiert nicht)",
        "553 5.1.8 Absenderadresse ungültig",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8 bad sender address), German wording; no server "
        "sample on record",
    ),
    Pattern(
        R.REJECTED,
        2,
        r"nicht die berechtigung, die nachricht im auftrag",
        "Diese Nachricht konnte nicht gesendet werden. Sie besitzen nicht die Berechtigung, die "
        "Nachricht im Auftrag des angegebenen Benutzers zu senden.",
        source="Exchange Online report in German, pastebin.com/dUJNHrB0 (send-as permission)",
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip(?:-adresse| adresse)?\b.{0,40}(?:gesperrt|blockiert|abgelehnt|gelistet)|sperrliste|"
        r"schwarze[nr]? liste",
        "554 Ihre IP-Adresse wurde gesperrt",
        source="RFC 3463 §3.8 (X.7.1) refusing the sending host, German wording; no server "
        "sample on record",
        hint=("gesperrt", "blockiert", "abgelehnt", "gelistet", "sperrliste", "schwarze"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"unerwu(?:e)?nschte (?:e-?mails?|nachrichten?|werbung)|als spam (?:eingestuft|erkannt|"
        r"markiert)",
        "550 Die Nachricht wurde als Spam eingestuft",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, German wording; no server sample on "
        "record",
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"versto(?:ss|ß) gegen (?:die |unsere )?(?:richtlinie|richtlinien|sicherheitsrichtlinie)|"
        r"aufgrund (?:von |der |unserer )?(?:sicherheits)?richtlinien",
        "550 Nachricht aufgrund der Richtlinien abgelehnt",
        source="RFC 3463 §3.8 (X.7.1 local policy), German wording; no server sample on record",
    ),
    Pattern(
        R.NORELAYING,
        1,
        r"relay(?:ing)? (?:ist )?(?:nicht (?:erlaubt|gestattet)|verweigert|abgelehnt)",
        "554 Relaying nicht erlaubt",
        source="RFC 5321 §3.6.2 (relaying refused), German wording; no server sample on record",
    ),
    # --- temporary: no verdict on the address ---------------------------------------------------
    Pattern(
        R.SYSTEMERROR,
        1,
        r"voru(?:e)?bergehend (?:nicht (?:verfu(?:e)?gbar|erreichbar|mo(?:e)?glich)|gesperrt|"
        r"deaktiviert)|vorubergehende[rn]? (?:fehler|problem|sto(?:e)?rung)|versuchen sie es "
        r"spa(?:e)?ter (?:noch einmal|erneut)",
        "450 Postfach vorübergehend nicht verfügbar, versuchen Sie es später erneut",
        source="RFC 5321 §4.2.1 (4yz: the same request may succeed later), German wording; no "
        "server sample on record",
    ),
    Pattern(
        R.USERUNKNOWN,
        5,
        # Domino's "User ... not listed in Domino Directory", in German.
        r"nicht im domino-verzeichnis (?:aufgefuhrt|gefunden|vorhanden|eingetragen)|im "
        r"domino-verzeichnis nicht (?:aufgefuhrt|gefunden|vorhanden)",
        "Benutzer anna.weber@example.de (anna.weber@example.de) ist nicht im Domino-Verzeichnis "
        "aufgeführt",
        source="HCL Domino administration help in German (recipients of SMTP mail are looked up "
        "in the 'Domino-Verzeichnis', domino01.uni-oldenburg.de help9_admin); the English report, '"
        "User ... not listed in Domino Directory', is "
        "corpus lhost-notes-03 (text:en:userunknown:08)",
    ),
    Pattern(
        R.MAILBOXFULL,
        3,
        r"speichervolumen (?:des postfachs )?(?:ist )?(?:u(?:e)?berschritten|erscho(?:e)?pft)",
        "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed "
        "storage space.",
        source="Web.de / GMX (1&1) recipient over quota at RCPT TO, postmaster.web.de and "
        "postmaster.gmx.net error pages; RFC 3463 §3.3 (X.2.2 mailbox full)",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        3,
        # not where the reply asks to be tried later (a state, not the address)
        r"(?:\b(?:domain|doma(?:e)?ne) (?:ist )?nicht (?:mehr )?verfu(?:e)?gbar|\b(?:domain|"
        r"doma(?:e)?ne) (?:wird nicht mehr (?:verwendet|genutzt|benutzt)|existiert nicht mehr)|"
        r"unzula(?:e)?ssige (?:domain|doma(?:e)?ne))"
        r"(?![^.;]{0,60}spa(?:e)?ter)",
        "550 Diese Domain wird nicht mehr verwendet",
        source=_SEED_W + " ('domain ... unavailable, illegal, no longer in use'), German wording",
    ),
    Pattern(
        R.USERUNKNOWN,
        6,
        r"kein(?:e)? solche[sr]? (?:postfach|benutzer|empfa(?:e)?nger|adresse|mailbox)|"
        r"empfa(?:e)?nger(?:adresse)? (?:wurde )?abgelehnt|\b(?:empfa(?:e)?nger|benutzer|"
        r"postfach|adresse) (?:ist )?(?:hier )?nicht bekannt",
        "550 Kein solches Postfach / Empfängeradresse abgelehnt",
        source=_SEED_W
        + " ('mailbox ... none, not known; recipient address rejected'), German wording",
    ),
    Pattern(
        R.SUSPEND,
        3,
        r"(?:postfach|konto|adresse) existiert,? (?:ist )?aber (?:ist )?(?:nicht mehr aktiv|"
        r"inaktiv|deaktiviert)",
        "550 Das Postfach existiert, ist aber nicht mehr aktiv",
        source=_SEED_W + " ('the mailbox exists but is no longer active'), German wording",
    ),
    Pattern(
        R.SPAMDETECTED,
        2,
        r"spam-?verdacht",
        "554 Nachricht wegen Spamverdacht abgelehnt",
        source=_SEED_W
        + " (the soft class 'spam': a refusal because of our content), German wording",
    ),
    Pattern(
        R.SYSTEMERROR,
        2,
        # "unavailable" with a request to be tried later: a state of the mailbox, not
        # its verdict (RFC 5321 §4.2.1); scanned before the hard "unavailable" entries
        r"\b(?:postfach|mailbox|domain|doma(?:e)?ne|adresse|empfa(?:e)?nger(?:adresse)?) (?:ist )?"
        r"nicht verfu(?:e)?gbar.{0,60}(?:spa(?:e)?ter|erneut)",
        "550 Postfach nicht verfügbar, versuchen Sie es später erneut",
        source=_SEED_W + " (its temporary forms stay soft), German wording; RFC 5321 §4.2.1",
        early=True,
    ),
    Pattern(
        R.EMAILTOOLARGE,
        2,
        r"(?:nachricht|e-?mail|mail)\w* (?:ist )?zu gro(?:ss|ß)|(?:nachrichten|mail)gro(?:ss|ß)e "
        r"(?:u(?:e)?berschritten|zu hoch)|gro(?:ss|ß)enlimit",
        "552 Die E-Mail ist zu groß",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), German wording; no server sample "
            "on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"verbindung\b.{0,30}(?:zeitu(?:e)?berschreitung|abgelehnt|verweigert|verloren|unterbrochen"
        r"|abgebrochen|zuru(?:e)?ckgesetzt|fehlgeschlagen)|zeitu(?:e)?berschreitung (?:der|bei "
        r"der|beim aufbau der) verbindung|keine antwort vom "
        r"(?:server|host|zielrechner|mailserver)|(?:server|host|mailserver|zielrechner) antwortet "
        r"nicht|keine route zum",
        "Verbindung zum Mailserver unterbrochen",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), German wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"(?:mail|e-?mail|nachrichten)-?schleife|schleife (?:erkannt|entdeckt)|zu viele "
        r"(?:hops|spru(?:e)?nge|weiterleitungen)",
        "554 Schleife erkannt: zu viele Weiterleitungen",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "German wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"(?:falsch|fehlerhaft) konfiguriert|konfigurationsfehler|fehlkonfiguration|fehlerhafte "
        r"konfiguration",
        "451 Fehlerhafte Konfiguration des Mailservers",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "German wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:nachricht|e-?mail)(?!-?adresse)\b.{0,40}(?:fehlerhaft\w*|ungu(?:e)?ltig\w*) "
        r"(?:format|formatiert|aufgebaut)|(?:fehlerhafte|ungu(?:e)?ltige) "
        r"(?:nachricht|kopfzeilen?|header|mime-struktur)",
        "554 Fehlerhafte Kopfzeilen in der Nachricht",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, German wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        2,
        r"(?:datei)?anha(?:e)?nge?\b.{0,40}(?:nicht (?:erlaubt|zula(?:e)?ssig|gestattet)|verboten|b"
        r"lockiert|unzula(?:e)?ssig)|dateityp (?:ist )?nicht (?:erlaubt|zula(?:e)?ssig)",
        "552 Anhang nicht zulässig: ausführbare Datei",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), German wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"inhaltsfilter|content-?filter",
        "550 Vom Inhaltsfilter zurückgewiesen",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), German wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"zu viele (?:nachrichten|e-?mails|mails|verbindungen)|(?:sende|versand)limit|(?:sende|vers"
        r"and)rate",
        "421 Zu viele Verbindungen von Ihrer IP-Adresse",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), German wording; no server sample on "
            "record"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        3,
        r"(?:nachricht|e-?mail)\w*\b.{0,30}u(?:e)?berschreitet die (?:maximale|zula(?:e)?ssige) "
        r"gro(?:ss|ß)e|maximale nachrichtengro(?:ss|ß)e",
        "552 Maximale Nachrichtengröße überschritten",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), German wording; no server sample "
            "on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"(?:zeitlimit|zeitu(?:e)?berschreitung)\b.{0,30}verbindung|verbindung\w*\b.{0,30}(?:zeitli"
        r"mit|getrennt|geschlossen|beendet)",
        "Verbindung vom entfernten Server geschlossen",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), German wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        2,
        r"(?:entspricht|konform) nicht (?:dem |den )?rfc|nicht rfc-?konform",
        "554 Nachricht ist nicht RFC-konform",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, German wording; no server sample on record"
        ),
    ),
    Pattern(
        R.REJECTED,
        3,
        # A reply answers the client that sent the message: "Ihr Konto", "Ihre Adresse", "Ihre
        # Domain" are our sender's own (the formal "Ihr" at the start of a sentence: within one,
        # "ihr" may be the recipient's, "her"); "Ihres Empfängers" is the recipient's.
        r"(?:^|(?<=[0-9.!?:;>\]] ))(?:ihre?|dein(?:e)?) (?:e-?mail-?|absender)?(?:konto|"
        r"benutzerkonto|account|zugang|adresse|e-?mail-?adresse|domain|doma(?:e)?ne) (?:ist |wurde "
        r"|wird )?(?:voru(?:e)?bergehend |dauerhaft )?(?:deaktiviert|gesperrt|blockiert|"
        r"stillgelegt|ungu(?:e)?ltig|unbekannt|nicht (?:gu(?:e)?ltig|bekannt|gefunden|vorhanden|"
        r"zugelassen)|existiert nicht)|\bsie sind nicht berechtigt,? [^.;:!?]{0,40}?(?:zu )?(?:"
        r"senden|schicken|versenden)",
        "550 Ihr Konto wurde gesperrt",
        source="RFC 5321 §4.2 (a reply answers the SMTP client: 'Ihr' is the sender) and RFC "
        "3463 §3.2/§3.8 (X.1.7/X.1.8 bad sender's address, X.7.1), German wording; no server "
        "sample on record",
        early=True,
    ),
    Pattern(
        R.USERUNKNOWN,
        7,
        # The recipient's address with a relative clause between it and its predicate ("das
        # Postfach, das Sie erreichen wollten, existiert nicht"), or named as "Ihres Empfängers".
        r"(?:postfach|konto|adresse|e-?mail-?adresse|empfa(?:e)?nger|benutzer|mailbox)(?:, (?:an "
        r"|bei |zu |fu(?:e)?r )?(?:das|die|der|den|dem|welche[sm]?) [^.;:!?,]{1,50},| (?:ihres|"
        r"deines) empfa(?:e)?ngers) (?:existiert (?:nicht|nicht mehr)|ist (?:unbekannt|ungu(?:e)?"
        r"ltig|nicht (?:bekannt|vorhanden|gu(?:e)?ltig))|wurde nicht gefunden)",
        "550 Das Postfach, das Sie erreichen wollten, existiert nicht",
        source=_SEED_W + " ('unknown, not found, no longer valid'); RFC 3463 §3.2 (X.1.1), "
        "German wording; no server sample on record",
    ),
    Pattern(
        R.SUSPEND,
        4,
        r"(?:postfach|konto|benutzerkonto|account|adresse|e-?mail-?adresse)(?:, (?:an |bei |zu |"
        r"fu(?:e)?r )?(?:das|die|der|den|dem|welche[sm]?) [^.;:!?,]{1,50},| (?:ihres|deines) "
        r"empfa(?:e)?ngers) (?:ist |wurde )?(?:deaktiviert|gesperrt|geschlossen|geku(?:e)?ndigt|"
        r"stillgelegt|inaktiv|nicht mehr aktiv)",
        "550 Das Konto, an das Sie schreiben, wurde deaktiviert",
        source=_SEED_W + " ('the mailbox exists but is no longer active'); RFC 3463 §3.3 (X.2.1),"
        " German wording; no server sample on record",
    ),
)
