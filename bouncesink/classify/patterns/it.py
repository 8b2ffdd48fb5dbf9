"""Italian phrases. Folded text: "è" is ``e``, "più" ``piu``.

Italian servers (Libero, Aruba, Register) answer mostly in English; Italian text comes from
localized reports and clients ("Si è verificato un errore durante l'invio della posta",
pastebin.com/jbjwaui9, whose own cause was an SPF refusal: read by the English tables as a
block). A temporary wording ("temporaneamente non disponibile") matches no hard entry.
Numbers are stable: append, never renumber.
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
        r"casella (?:di posta )?(?:e )?(?:piena|satura)|quota (?:superata|esaurita)|spazio "
        r"(?:esaurito|insufficiente)",
        "552 5.2.2 Casella piena",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation), Italian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"messaggio (?:e )?troppo grande|dimensione (?:del messaggio )?(?:supera|eccede)",
        "552 Messaggio troppo grande",
        source=(
            "RFC 3463 §3.4 (X.3.4 message too big for system), Italian wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:casella|account|utente) (?:e |e stat[oa] )?(?:disattivat[oa]|sospes[oa]|"
        r"disabilitat[oa]|bloccat[oa])",
        "550 Casella disattivata",
        source=(
            "RFC 3463 §3.3 (X.2.1 mailbox disabled, not accepting messages), Italian wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:utente|indirizzo|casella|destinatario)(?: di posta| email)? (?:e )?(?:sconosciut[oa]|"
        r"inesistente|non esiste|non trovat[oa]|non valid[oa]|errat[oa])",
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
    # --- added: the seed's hard classes in Italian ----------------------------------------------
    Pattern(
        R.USERUNKNOWN,
        3,
        r"(?:indirizzo|casella|utente|destinatario)(?: di posta(?: elettronica)?| email| e-mail)? "
        r"(?:non (?:e )?(?:piu )?(?:valid[oa]|disponibile|riconosciut[oa])|cancellat[oa])|"
        r"impossibile trovare (?:l'|l )?indirizzo|indirizzo (?:di posta(?: elettronica)? "
        r")?(?:immesso |specificato )?non (?:e stato )?trovato",
        "550 5.1.1 L'indirizzo di posta elettronica non è più valido",
        source="RFC 3463 §3.2 (X.1.1), Italian wording of the seed's 'unavailable, no longer "
        "valid'; no server sample on record",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:casella|account|utente|indirizzo)(?: di posta(?: elettronica)?| email)?(?: del "
        r"destinatario)? (?:e |e stat[oa] )?(?:chius[oa]|scadut[oa]|non (?:piu )?attiv[oa]|"
        r"inattiv[oa])",
        "550 5.2.1 La casella di posta è stata chiusa",
        source="RFC 3463 §3.3 (X.2.1), Italian wording of the seed's 'closed, expired, no "
        "longer active'; no server sample on record",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"dominio (?:e )?(?:non valido|non trovato|errato)|nome di dominio (?:non valido|"
        r"inesistente)",
        "550 5.1.2 Dominio non valido",
        source="RFC 3463 §3.2 (X.1.2), Italian wording; no server sample on record",
    ),
    Pattern(
        R.MAILBOXFULL,
        2,
        r"casella (?:di posta )?(?:del destinatario )?(?:e )?(?:piena|satura)|superat[oa] (?:la |"
        r"il )?(?:quota|limite di spazio)",
        "552 5.2.2 La casella del destinatario è piena",
        source="RFC 3463 §3.3 (X.2.2), Italian wording; no server sample on record",
    ),
    # --- sender side ----------------------------------------------------------------------------
    Pattern(
        R.REJECTED,
        1,
        r"mittente (?:non (?:e )?valido|rifiutato|sconosciuto|non autorizzato|bloccato|"
        r"inesistente)|(?:indirizzo(?: e-?mail| di posta(?: elettronica)?)?|dominio) (?:del |di "
        r")mittente (?:non (?:e )?valido|rifiutato|sconosciuto|inesistente|non esiste)",
        "553 5.1.8 Indirizzo del mittente non valido",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Italian wording; no server sample on record",
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip\b.{0,40}(?:bloccat[oa]|rifiutat[oa]|in (?:una )?(?:lista nera|blacklist))|lista "
        r"nera",
        "554 Il tuo indirizzo IP è in lista nera",
        source="RFC 3463 §3.8 (X.7.1) refusing the sending host, Italian wording; no server "
        "sample on record",
        hint=("bloccat", "rifiutat", "lista nera", "blacklist"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"posta indesiderata|(?:considerat[oa]|identificat[oa]|classificat[oa]|rilevat[oa]) come "
        r"(?:spam|posta indesiderata)|messaggio indesiderato",
        "550 Messaggio classificato come posta indesiderata",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, Italian wording; no server sample on "
        "record",
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"violazione (?:della |delle )?(?:politica|politiche|policy)|per motivi di (?:sicurezza|"
        r"policy)",
        "550 Messaggio rifiutato per motivi di sicurezza",
        source="RFC 3463 §3.8 (X.7.1 local policy), Italian wording; no server sample on record",
    ),
    Pattern(
        R.NORELAYING,
        1,
        r"relay (?:non (?:consentito|permesso|autorizzato)|negato)|inoltro non (?:consentito|"
        r"autorizzato)",
        "554 Relay non consentito",
        source="RFC 5321 §3.6.2 (relaying refused), Italian wording; no server sample on record",
    ),
    # --- temporary ------------------------------------------------------------------------------
    Pattern(
        R.SYSTEMERROR,
        1,
        r"temporaneamente (?:non disponibile|bloccat[oa]|irraggiungibile)|(?:riprova|riprovare|"
        r"riprovi) (?:piu tardi|in seguito)|errore temporaneo",
        "450 Casella temporaneamente non disponibile, riprovare più tardi",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Italian wording; no server sample on "
        "record",
    ),
    Pattern(
        R.NOTACCEPT,
        1,
        r"dominio[^.]{0,30}non accetta (?:posta|messaggi|e-?mail)",
        "556 Il dominio non accetta posta",
        source="RFC 7505 (null MX) / RFC 7504 (556), Italian wording; no server sample on record",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        3,
        # not where the reply asks to be tried later (a state, not the address)
        r"(?:\bdominio non (?:e )?(?:piu )?disponibile)"
        r"(?![^.;]{0,60}tardi)",
        "550 Dominio non disponibile",
        source=_SEED_W + " ('domain ... unavailable'), Italian wording",
    ),
    Pattern(
        R.USERUNKNOWN,
        4,
        r"indirizzo (?:del )?destinatario (?:e stato )?(?:rifiutato|respinto)|destinatario "
        r"(?:rifiutato|respinto)",
        "550 Indirizzo del destinatario rifiutato",
        source=_SEED_W + " ('recipient address rejected'), Italian wording",
    ),
    Pattern(
        R.SUSPEND,
        3,
        r"(?:casella|account|utenza|indirizzo)(?: di posta)? non e piu attiv[ao]",
        "550 La casella non è più attiva",
        source=_SEED_W + " ('the mailbox is no longer active'), Italian wording",
    ),
    Pattern(
        R.SYSTEMERROR,
        2,
        # "unavailable" with a request to be tried later: a state of the mailbox, not
        # its verdict (RFC 5321 §4.2.1); scanned before the hard "unavailable" entries
        r"\b(?:casella|dominio|indirizzo|utente|destinatario)(?: di posta(?: elettronica)?)? non "
        r"(?:e )?disponibile.{0,60}(?:piu tardi|riprova)",
        "550 Casella non disponibile, riprova più tardi",
        source=_SEED_W + " (its temporary forms stay soft), Italian wording; RFC 5321 §4.2.1",
        early=True,
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"connessione\b.{0,30}(?:rifiutata|persa|interrotta|chiusa|scaduta|ripristinata|fallita)|ti"
        r"meout (?:della|di|nella) connessione|(?:il )?server (?:remoto )?non risponde|nessuna "
        r"risposta dal (?:server|host)|nessun percorso",
        "Connessione interrotta dal server remoto",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Italian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"loop (?:di (?:posta|instradamento|consegna)|rilevato)|rilevato (?:un )?loop|troppi "
        r"(?:hop|salti|passaggi)",
        "554 Loop di consegna: troppi passaggi",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Italian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"configurat[oa] (?:in modo )?(?:errat|non corrett)|errore di configurazione",
        "451 Il server di posta è configurato in modo non corretto",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Italian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"messaggio\b.{0,40}(?:formato non valido|mal formato|malformato|non conforme)",
        "554 Il messaggio è malformato",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Italian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        2,
        r"allegat[oi]\b.{0,40}(?:non (?:consentit|ammess|permess)|vietat|bloccat)",
        "552 Allegato vietato (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Italian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"filtro (?:dei |di )?contenut[oi]",
        "550 Bloccato dal filtro contenuti",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Italian wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"troppi (?:messaggi|invii|email|connessioni)|limite di invio",
        "421 Troppe connessioni: troppi messaggi dal tuo IP",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Italian wording; no server sample on "
            "record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"tempo (?:scaduto|esaurito)\b.{0,30}connession|timeout\b.{0,30}connession",
        "Tempo esaurito per la connessione",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Italian wording; no server sample on record"
        ),
    ),
    Pattern(
        R.REJECTED,
        2,
        # A reply answers the client that sent the message: "il tuo account", and "il suo" at the
        # start of a sentence (within one, "suo" may be the recipient's: "his, her"), are our
        # sender's own account, address or domain; "il suo destinatario" is the recipient.
        r"(?:(?:^|(?<=[0-9.!?:;>\]] ))(?:il |la )?su[oa]|\b(?:il |la )?tu[oa]) (?:account|casella(?"
        r": di "
        r"posta)?|indirizzo(?: e-?mail| di posta(?: elettronica)?)?|dominio) (?:e |e stato |e stata"
        r" |"
        r"risulta |e temporaneamente )?(?:sospes[oa]|disattivat[oa]|disabilitat[oa]|bloccat[oa]|"
        r"chius[oa]|non (?:e )?valid[oa]|non esiste|inesistente|sconosciut[oa]|non riconosciut[oa])"
        r"|\bnon (?:e|sei) autorizzat[oa] a (?:inviare|spedire)|\bnon (?:ha|hai) (?:il )?permesso "
        r"di (?:inviare|spedire)",
        "550 Il suo account è stato sospeso",
        source="RFC 5321 §4.2 (a reply answers the SMTP client: 'suo/tuo' is the sender) and "
        "RFC 3463 §3.2/§3.8 (X.1.7/X.1.8 bad sender's address, X.7.1), Italian wording; no "
        "server sample on record",
        early=True,
    ),
    Pattern(
        R.USERUNKNOWN,
        5,
        # The recipient's address with a relative clause before its predicate ("la casella che ha
        # cercato di raggiungere non esiste", "l'indirizzo a cui ha scritto è sconosciuto").
        r"\b(?:casella(?: di posta)?|account|indirizzo(?: e-?mail)?|utente|destinatario)(?: (?:che|"
        r"a cui|al quale|alla quale|cui) [^.;:!?]{1,40}?| del (?:suo|tuo) destinatario) (?:non "
        r"esiste|e (?:sconosciut[oa]|inesistente|non valid[oa])|non e (?:valid[oa]|stat[oa] "
        r"trovat[oa]))",
        "550 La casella che ha cercato di raggiungere non esiste",
        source=_SEED_W + " ('unknown, not found, no longer valid'); RFC 3463 §3.2 (X.1.1), "
        "Italian wording; no server sample on record",
    ),
    Pattern(
        R.SUSPEND,
        4,
        # ... or disabled, also "l'account del destinatario è stato disattivato".
        r"\b(?:casella(?: di posta)?|account|indirizzo(?: e-?mail)?)(?: (?:che|a cui|al quale|alla "
        r"quale|cui) [^.;:!?]{1,40}?| del(?: suo| tuo)? destinatario) (?:e |e stato |e stata )?(?:"
        r"disattivat[oa]|sospes[oa]|disabilitat[oa]|chius[oa]|bloccat[oa]|non (?:e )?piu "
        r"attiv[oa])",
        "550 L'account a cui sta scrivendo è stato disattivato",
        source=_SEED_W + " ('the mailbox exists but is no longer active'); RFC 3463 §3.3 (X.2.1), "
        "Italian wording; no server sample on record",
    ),
)
