"""Greek phrases. Folded text drops the tonos and the dialytika ("τομέας" is ``τομεας``,
"διεύθυνση" ``διευθυνση``) and is lower case; a final sigma stays ``ς`` (upper case text
lowered by Python ends a word with ``ς`` too), so the entries accept ``[σς]``.

Greek servers and localized reports word the seed's classes with "τομέας" (domain),
"θυρίδα" / "γραμματοκιβώτιο" (mailbox), "χρήστης" (user), "παραλήπτης" (recipient) and
"αποστολέας" (sender): a refusal that names the sender is read before the recipient's words
(``REASON_ORDER``), and "προσωρινά" (temporarily) or "αργότερα" (later) keeps a reply soft
(``engine._TEMPORARY_RE``). Numbers are stable: append, never renumber.
"""

# The phrases are in Greek letters, which ruff takes for look-alikes of Latin ones.
# ruff: noqa: RUF001

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

EL: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:θυριδα|γραμματοκιβωτιο)(?: του παραληπτη)? (?:ειναι )?(?:γεματ\w*|πληρη[σς]|"
        r"πληρες)|υπερβαση (?:του )?οριου (?:χωρου|αποθηκευσ\w*|μεγεθου[σς])|"
        r"(?:ο )?χωρο[σς] (?:της θυριδας |του γραμματοκιβωτιου )?(?:εχει )?εξαντληθηκε",
        "452 Η θυρίδα του παραλήπτη είναι γεμάτη",
        source="RFC 3463 §3.3 (X.2.2 mailbox full) and RFC 5321 §4.2.2 (452), Greek wording "
        "('θυρίδα γεμάτη', 'υπέρβαση ορίου χώρου')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:διευθυνση|(?:ονομα )?τομεα[σς]?) (?:του )?αποστολεα (?:απορριφθηκε|δεν (?:υπαρχει|"
        r"ειναι εγκυρ\w*|επιτρεπεται)|ειναι (?:μη εγκυρ\w*|αγνωστ\w*))|(?:μη εγκυρ\w*|αγνωστ\w*|"
        r"λανθασμεν\w*|μη επιτρεπτ\w*) (?:διευθυνση|τομεα[σς]?) (?:του )?αποστολεα|"
        r"ο αποστολεα[σς] (?:απορριφθηκε|εχει αποκλειστει)",
        "553 Η διεύθυνση αποστολέα απορρίφθηκε",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8: the sender's address or domain), Greek wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:θυριδα|γραμματοκιβωτιο|λογαριασμο[σς]?)(?: του παραληπτη)? (?:ειναι |εχει )?"
        r"(?:ανενεργ\w*|απενεργοποιη\w*|ανασταλει|σε αναστολη|υπαρχει,? αλλα δεν ειναι "
        r"(?:πλεον )?ενεργ\w*|δεν ειναι πλεον ενεργ\w*)",
        "550 Η θυρίδα υπάρχει αλλά δεν είναι πλέον ενεργή",
        source=SEED + ", Greek wording ('η θυρίδα υπάρχει αλλά δεν είναι πλέον ενεργή', "
        "'ο λογαριασμός έχει απενεργοποιηθεί')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:(?:ταχυδρομικη )?θυριδα|γραμματοκιβωτιο|χρηστη[σς]?|παραληπτη[σς]?|διευθυνση"
        r"(?: email| ηλεκτρονικου ταχυδρομειου)?)(?: του παραληπτη| παραληπτη)? (?:δεν "
        r"(?:υπαρχει|βρεθηκε|βρισκεται εδω|ειναι (?:πλεον )?(?:διαθεσιμ\w*|εγκυρ\w*|γνωστ\w*))|"
        r"ειναι (?:αγνωστ\w*|μη εγκυρ\w*|μη διαθεσιμ\w*)|απορριφθηκε)|(?:αγνωστ\w*|μη "
        r"εγκυρ\w*|λανθασμεν\w*|μη επιτρεπτ\w*|ανυπαρκτ\w*) (?:χρηστη[σς]?|παραληπτη[σς]?|"
        r"θυριδα|γραμματοκιβωτιο|διευθυνση(?: email)?(?: του)? παραληπτη)|δεν υπαρχει "
        r"(?:τετοι[αο]|τετοιο[σς]) (?:θυριδα|γραμματοκιβωτιο|χρηστη[σς]|παραληπτη[σς]|"
        r"διευθυνση)",
        "550 Η διεύθυνση του παραλήπτη απορρίφθηκε / Άγνωστος χρήστης",
        source=SEED + ", Greek wording ('η θυρίδα δεν υπάρχει, άγνωστος χρήστης, δεν βρέθηκε, "
        "δεν είναι διαθέσιμο, δεν είναι πλέον έγκυρη'; 'Recipient address rejected': 'η "
        "διεύθυνση του παραλήπτη απορρίφθηκε')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?:ονομα )?τομεα[σς]?(?: του παραληπτη| παραληπτη)? (?:δεν (?:υπαρχει|ειναι "
        r"(?:πλεον )?(?:εγκυρ\w*|διαθεσιμ\w*|γνωστ\w*|σε χρηση)|χρησιμοποιειται (?:πλεον|πια))|"
        r"εχει αποσυρθει|αποσυρθηκε|ειναι (?:αγνωστ\w*|μη εγκυρ\w*|μη διαθεσιμ\w*))|"
        r"(?:αγνωστ\w*|μη εγκυρ\w*|λανθασμεν\w*|μη επιτρεπτ\w*|ανυπαρκτ\w*) (?:ονομα )?"
        r"τομεα[σς]?\b(?! (?:του )?αποστολεα)",
        "550 Ο τομέας δεν χρησιμοποιείται πλέον / Άγνωστος τομέας",
        source=SEED + ", Greek wording ('ο τομέας έχει αποσυρθεί, δεν είναι έγκυρος, άγνωστος, "
        "μη επιτρεπτός, δεν είναι διαθέσιμος, δεν χρησιμοποιείται πλέον')",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"μηνυμα (?:ειναι )?(?:πολυ|υπερβολικα|παρα πολυ) μεγαλο|"
        r"μεγεθο[σς] (?:του )?μηνυματο[σς] (?:υπερβαινει|ξεπερνα|"
        r"ειναι (?:πολυ )?μεγαλο)",
        "552 Το μέγεθος του μηνύματος ξεπερνά το όριο",
        source=(_TOO_LARGE + ", Greek wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"(?:ληξη|εληξε) (?:του )?χρονικου οριου|(?:διακομιστη[σς]|"
        r"εξυπηρετητη[σς]) δεν (?:απαντα|ανταποκρινεται)|"
        r"συνδεση (?:\w+ ){0,4}(?:απορριφθηκε|χαθηκε|διακοπηκε|επαναφερθηκε|"
        r"τερματιστηκε)|απωλεια (?:της )?συνδεσης",
        "Η σύνδεση διακόπηκε απροσδόκητα",
        source=(_NO_ANSWER + ", Greek wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"βροχο[σς] (?:αλληλογραφιας|ταχυδρομειου|μηνυματων|δρομολογησης)|"
        r"(?:παρα|υπερβολικα) πολλα (?:αλματα|hops)|"
        r"αριθμο[σς]? (?:των )?(?:αλματων|hops)",
        "554 Βρόχος ταχυδρομείου: πάρα πολλά άλματα",
        source=(_LOOP + ", Greek wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"δεν (?:εχει |ειναι )?ρυθμιστει σωστα|εσφαλμενα ρυθμισμεν|"
        r"λανθασμεν\w* (?:ρυθμιση|ρυθμισεις|διαμορφωση)|"
        r"σφαλμα (?:\w+ )?(?:ρυθμισ\w*|διαμορφωσ\w*)",
        "451 Σφάλμα διαμόρφωσης του διακομιστή",
        source=(_CONFIG + ", Greek wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:μη εγκυρη|λανθασμενη|εσφαλμενη|κακη) μορφη (?:του )?μηνυματο[σς]|"
        r"μηνυμα (?:με )?(?:κακη|λανθασμενη|μη εγκυρη) μορφη|"
        r"κακοσχηματισμεν\w* μηνυμα",
        "554 Λανθασμένη μορφή μηνύματος",
        source=(_MALFORMED + ", Greek wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"συνημμεν\w* (?:\w+ ){0,3}δεν επιτρεπ|(?:μη επιτρεπτ\w*|"
        r"απαγορευμεν\w*) (?:τυπο[σς] )?(?:αρχει\w* |συνημμεν)",
        "552 Μη επιτρεπτός τύπος συνημμένου",
        source=(_ATTACHMENT + ", Greek wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"(?:εντοπιστηκε|βρεθηκε|ανιχνευτηκε|περιεχει) (?:εναν? )?ιο[σς]?\b|"
        r"\bιο[σς] (?:εντοπιστηκε|βρεθηκε|ανιχνευτηκε)|κακοβουλο λογισμικο",
        "554 Το μήνυμα περιέχει ιό",
        source=(_VIRUS + ", Greek wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"ανεπιθυμητ\w* (?:μηνυμα|αλληλογραφια|περιεχομενο)|(?:χαρακτηριστηκε|"
        r"επισημανθηκε|αναγνωριστηκε|θεωρηθηκε|θεωρειται) ως ανεπιθυμητ",
        "554 Το μήνυμα θεωρείται ανεπιθύμητη αλληλογραφία",
        source=(_SPAM + ", Greek wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"φιλτρ\w* (?:του )?περιεχομενου",
        "550 Απορρίφθηκε από φίλτρο περιεχομένου",
        source=(_FILTER + ", Greek wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"μαυρ\w* λιστ\w*|λιστ\w* αποκλεισμου",
        "554 Η IP σας είναι σε λίστα αποκλεισμού",
        source=(_BLOCK_LIST + ", Greek wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"(?:παρα|υπερβολικα) πολλ\w* (?:μηνυματα|συνδεσεις|αιτηματα)|"
        r"υπερβαση (?:του )?οριου (?:αποστολης|μηνυματων|συνδεσεων)|"
        r"μειωστε (?:τον )?ρυθμο",
        "421 Πάρα πολλές συνδέσεις από τη διεύθυνσή σας",
        source=(_RATE + ", Greek wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"(?:συνδεση|συνεδρια) εληξε|λογω αδρανειας",
        "Η συνεδρία έληξε λόγω αδράνειας",
        source=(_NO_ANSWER + ", Greek wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        2,
        r"(?:υπερβηκατε|υπερβηκε) (?:το )?οριο (?:μηνυματων|αποστολης|"
        r"συνδεσεων)",
        "421 Υπερβήκατε το όριο αποστολής",
        source=(_RATE + ", Greek wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        2,
        r"εσφαλμενη (?:ρυθμιση|διαμορφωση)",
        "451 Εσφαλμένη ρύθμιση",
        source=(_CONFIG + ", Greek wording; no server sample on record"),
    ),
)
