"""English phrases about the recipient, its mailbox or domain, and the delivery itself.

Sender-side refusals (block lists, SPF, spam...) are in ``en_sender``. Folded text (see
``table``). Order between reasons is ``REASON_ORDER``; numbers are stable: append.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import SEED, Pattern
from bouncesink.types import Reason as R

# "domain" said of the recipient's: not our sender's ("sender domain", "your domain", "mail
# from domain") nor a certificate's "for domain X".
_RECIPIENTS_DOMAIN = r"(?<!sender )(?<!your )(?<!from )(?<!for )(?<!certificate )domain"

_WHO = (
    r"(?:user|recipient|mailbox|address|account|addressee|email address|e-mail address|"
    r"local user|person)"
)

# Every subject a server uses for the recipient's address, its qualifier included ("mail
# account", "destination address"), not our sender's, an IP's or a host's.
_SUBJECT = (
    r"(?<!sender )(?<!sender's )(?<!your )(?<!from )(?<!ip )(?<!host )(?<!return )"
    r"(?:(?:e-?mail |mail |user |destination |recipient(?:'s)? )?(?:account|address|mailbox)|"
    r"user|recipient|addressee|mailbox)"
)
_SUBJECT_WORDS = ("account", "address", "user", "recipient", "mailbox")

ENTRIES: tuple[Pattern, ...] = (
    # --- mailbox full --------------------------------------------------------------------------
    Pattern(
        R.MAILBOXFULL,
        1,
        r"mail ?box (?:is )?(?:full|over ?quota|overfull)",
        "552 5.2.2 <cat@example.jp>... Mailbox Full",
        source="corpus: lhost-amazonses-03, lhost-dragonfly-12",
    ),
    Pattern(
        R.MAILBOXFULL,
        2,
        r"(?:over|exceed(?:ed|s|ing)?|reached) (?:the |his |her |their |its )?(?:allowed |storage |"
        r"disk |mailbox |mail ?box size )?quota",
        "452 4.2.2 user is over quota",
        source="corpus: lhost-mailfoundry-02, lhost-x2-04",
    ),
    Pattern(
        R.MAILBOXFULL,
        3,
        r"quota (?:usage )?(?:exceeded|full|violation|overflow|limit (?:exceeded|reached))",
        "Mailbox quota exceeded",
        source="corpus: lhost-postfix-45, lhost-qmail-08",
    ),
    Pattern(
        R.MAILBOXFULL,
        4,
        r"exceeded (?:its |the |his |her )?storage allocation|account storage limit",
        "552 Requested mail action aborted: exceeded storage allocation",
        source="RFC 5321 §4.2.2 (552 Requested mail action aborted: exceeded storage allocation)",
    ),
    Pattern(
        R.MAILBOXFULL,
        5,
        r"(?:inbox|account|mailbox|mail ?folder) (?:is )?(?:full|out of (?:storage|space))|"
        r"out of storage space",
        "The email account that you tried to reach is over quota / inbox is out of storage space",
        source="corpus: lhost-amazonses-03, lhost-dragonfly-12",
    ),
    Pattern(
        R.MAILBOXFULL,
        6,
        r"mail ?box (?:size )?(?:limit )?(?:exceeded|has exceeded)|mail ?box size limit|"
        r"mail ?box exceeds (?:the )?(?:allowed|maximum) size",
        "User mailbox exceeds allowed size: cat@example.co.jp",
        source="corpus: lhost-biglobe-01, lhost-imailserver-02",
    ),
    Pattern(
        R.MAILBOXFULL,
        7,
        r"(?:user|recipient)(?:'s)? (?:mailbox|storage) (?:is )?(?:full|exceeded)|not enough "
        r"(?:storage|space) (?:in|for) (?:the )?(?:mailbox|user)",
        "550 Recipient's mailbox is full",
        source="corpus: lhost-biglobe-01, rfc3464-38",
    ),
    Pattern(
        R.MAILBOXFULL,
        8,
        r"disk quota exceeded|would exceed (?:the )?(?:mailbox )?quota",
        "maildir delivery failed: Disk quota exceeded",
        source="corpus: lhost-postfix-45, lhost-qmail-08",
    ),
    # --- message too large ---------------------------------------------------------------------
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"message (?:is )?too (?:big|large)|too large message",
        "552 5.3.4 Message too big",
        source="corpus: lhost-dragonfly-14, lhost-receivingses-05",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        2,
        r"(?:message|mail|email) (?:size|length) (?:exceeds|is over|too large|limit)|exceeds? "
        r"(?:the )?(?:maximum |max )?(?:message |mail )?size",
        "552 Message size exceeds fixed maximum message size",
        source="corpus: lhost-dragonfly-08, lhost-einsundeins-02",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        3,
        r"size (?:limit )?exceeded|message file too big",
        "552 5.2.3 Message size limit exceeded",
        source=(
            "corpus: lhost-einsundeins-02 (1&1); RFC 3463 §3.4 (X.3.4 message too big for system)"
        ),
    ),
    # --- rate limits ---------------------------------------------------------------------------
    Pattern(
        R.RATELIMITED,
        1,
        r"too many (?:connections|concurrent|sessions|messages|emails|mails|recipients|"
        r"simultaneous)|sent to too many",
        "421 4.7.0 Too many connections from your IP",
        source="corpus: lhost-postfix-48, rhost-godaddy-03",
    ),
    Pattern(
        R.RATELIMITED,
        2,
        r"rate ?limit|throttl|receiving mail at a rate|too fast|exceeded (?:the )?(?:sending |"
        r"connection )?rate",
        "452 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents",
        source="corpus: lhost-postfix-09, rhost-microsoft-05",
    ),
    Pattern(
        R.RATELIMITED,
        3,
        r"(?:daily|hourly) (?:user )?(?:sending )?(?:quota|limit)|sending (?:quota|limit) "
        r"exceeded",
        "550 5.4.5 Daily user sending quota exceeded",
        source=(
            "Google Workspace SMTP error reference (550 5.4.5 Daily user sending quota exceeded)"
        ),
    ),
    # --- account disabled ----------------------------------------------------------------------
    Pattern(
        R.SUSPEND,
        1,
        rf"{_WHO}(?: that you tried to reach)? (?:is |has been |has |was )?(?:temporarily |"
        r"permanently )?(?:disabled|deactivated|suspended|inactive|locked|frozen|expired|closed|"
        r"terminated|not active|on hold|unavailable due to inactivity)",
        "550 5.2.1 The email account that you tried to reach is disabled",
        source="corpus: lhost-amazonses-20, lhost-postfix-61",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:disabled|deactivated|suspended|inactive|closed|expired|locked) (?:user|mailbox|"
        r"account|recipient|e-?mail account)|account (?:is )?(?:not active|unavailable)|"
        r"user (?:has )?(?:left|quit)",
        "550 5.0.0 <cat@example.jp>... Inactive user",
        source="corpus: lhost-dragonfly-27, lhost-sendmail-35",
    ),
    Pattern(
        R.SUSPEND,
        3,
        r"mailbox (?:is )?(?:currently )?(?:suspended|disabled)|"
        r"(?<!domain )(?<!domain is )(?<!domain name )(?<!domain name is )no longer (?:active|"
        r"in use|accepts? (?:mail|e-?mail|messages))|temporar(?:y|ily) locked|"
        r"(?:user|account|mailbox) \S+@\S+ (?:is )?(?:temporar\w* )?(?:locked|disabled|suspended)",
        "554 delivery error: dd This mailbox is disabled (554.30)",
        source="corpus: lhost-amazonses-19, rfc3834-06; Yahoo 'This mailbox is disabled (554.30)'",
        hint=("suspended", "disabled", "no longer", "locked"),
    ),
    # --- moved ---------------------------------------------------------------------------------
    Pattern(
        R.HASMOVED,
        1,
        r"has moved|no longer on (?:this )?server|(?:address|mailbox|user) (?:has )?(?:been )?"
        r"(?:changed|replaced|moved)|"
        r"(?:new|changed) (?:e-?mail )?address is|has been replaced by",
        "551 5.1.6 <cat@example.jp>... cat@example.org has been replaced by cat@example.net",
        source="corpus: lhost-dragonfly-10, lhost-postfix-16",
    ),
    # --- unknown user --------------------------------------------------------------------------
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:user|recipient|addressee|mailbox|local[- ]?part|alias) (?:name )?(?:is )?(?:unknown|"
        r"not known|unknown or illegal)|unknown (?:user|recipient|addressee|mailbox|local[- ]?part|"
        r"e-?mail address|account|alias)",
        "550 5.1.1 <cat@example.jp>... User Unknown",
        source="corpus: lhost-activehunter-02, lhost-amavis-01",
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        r"(?:no such|invalid|non-?existent|nonexistent|bad|unrecognized|illegal) (?:e-?mail )?"
        r"(?:user|recipient|mailbox|address|account|local user|person|addressee|destination "
        r"(?:mailbox|address))",
        "550 5.1.1 <cat@example.jp>: Recipient address rejected: No such user",
        source="corpus: lhost-apachejames-01, lhost-bigfoot-02",
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        rf"{_WHO}(?: \S+| that you tried to reach)? (?:does not|doesn't|did not|do not|no longer) "
        r"exists?|(?:does not|doesn't) exist (?:here|on this)",
        "550-5.1.1 The email account that you tried to reach does not exist",
        source="corpus: lhost-postfix-10, lhost-receivingses-01",
        hint=("exist",),
    ),
    Pattern(
        R.USERUNKNOWN,
        4,
        rf"{_WHO} (?:was |is )?(?:not found|not valid|invalid|unavailable|not available|"
        # "rejected: access denied" is not here: it is Postfix's default text for an access-map
        # REJECT (554 5.7.1, a rule of the receiver's, www.postfix.org/access.5.html); the
        # Microsoft 365 edge's 5.4.1 form of it, an invalid recipient, is userunknown 14.
        r"rejected: (?:user unknown|undeliverable|no such))",
        "550 5.1.1 Mailbox not found",
        source="corpus: lhost-activehunter-02, lhost-amavis-01",
    ),
    Pattern(
        R.USERUNKNOWN,
        5,
        r"no mailbox (?:here )?(?:by that name|for)|no such mailbox|mailbox (?:does not exist|"
        r"unavail?able)|not a (?:valid|known) (?:user|recipient|mailbox|address)",
        "550 sorry, no mailbox here by that name. (#5.1.1)",
        source="corpus: lhost-activehunter-01, lhost-office365-04",
    ),
    Pattern(
        R.USERUNKNOWN,
        6,
        r"(?:doesn't|does not) have an? \S+ account|not our customer|address (?:is )?(?:not|"
        r"no longer) (?:valid|in use)|user not local|undeliverable address|unknown or invalid",
        "554 delivery error: dd This user doesn't have a yahoo.com account",
        source="corpus: lhost-powermta-02, lhost-sendmail-22",
    ),
    Pattern(
        R.USERUNKNOWN,
        7,
        r"(?:no account|no user) (?:by that name|with that address)|(?:rcpt|recipient)(?! "
        r"domain) .{0,40}not (?:found|recognized)|(?:address|user) lookup failed|"
        r"\brecip(?:ient)? ?notfound|"
        r"(?:email|e-mail) address could not be found|"
        r"address (?:couldn't|could not|cannot|can't) be "
        r"found|no valid recipients?|invalid (?:final )?delivery userid",
        "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
        source="corpus: lhost-exchange2003-01, lhost-exchange2007-01",
    ),
    Pattern(
        R.USERUNKNOWN,
        8,
        r"not listed in (?:the )?(?:public |domino )?(?:name & address book|directory|"
        r"address book)|"
        r"recipient address rejected\.?$",
        "User not listed in public Name & Address Book",
        source="corpus: lhost-notes-03, lhost-postfix-46",
    ),
    # --- domain accepts no mail ----------------------------------------------------------------
    Pattern(
        R.NOTACCEPT,
        1,
        r"(?:does not|doesn't|do not|will not|not) accept(?:ing)? (?:any )?(?:e-?)?mail|"
        r"null mx|accepts no mail|no mail (?:is )?accepted|not accepting (?:network )?messages|"
        r"(?:doesn't|does not) receive (?:e-?)?mail|record indicated no smtp service",
        "The domain example.org doesn't receive email according to the administrator: Null MX",
        source="corpus: lhost-dragonfly-16, lhost-sendmail-57",
        hint=("accept", "null mx", "receive", "no smtp service"),
    ),
    Pattern(
        R.NOTACCEPT,
        2,
        # No MX and no address: the domain exists but has nowhere to receive mail.
        r"no (?:valid )?(?:mx|mail exchanger)|(?:couldn't|could not|cannot) find a mail exchanger|"
        r"no (?:a|mx|aaaa) records?",
        "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)",
        source="corpus: lhost-qmail-11, lhost-yahoo-09",
        hint=("mx", "mail exchanger", "record"),
    ),
    # --- unknown domain ------------------------------------------------------------------------
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?:host|domain)(?: name)?(?: or domain name| [a-z0-9.-]+\.[a-z]{2,})? "
        # Postfix heads a temporary DNS failure with the same words: "Host or domain name not
        # found. Name service error for name=... type=MX: Host not found, try again" (DSN
        # 4.4.3, postfix/src/dns/dns_strerror.c for TRY_AGAIN): not a missing domain.
        r"(?:not found(?!(?:\. name service error for name=\S+ type=\w+: host not found)?, "
        r"try again)|unknown|"
        r"does not exist|doesn't exist|is not known|lookup failed|not resolvable)|unknown "
        r"(?:host|domain)|no such (?:host|domain)|nxdomain",
        "550 5.4.4 <cat@example.jp>: Host or domain name not found. Name service error",
        source="corpus: lhost-dragonfly-04, lhost-exim-50",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"unrouteable (?:address|mail domain|domain)|unroutable (?:address|domain)|"
        r"illegal host/domain|invalid (?:recipient )?domain|(?:recipient|"
        r"destination) domain (?:is )?(?:invalid|unknown|not found)|domain (?:is )?(?:not "
        r"(?:valid|configured)|invalid)",
        "550 Unrouteable address",
        source="corpus: lhost-amazonses-18, lhost-exim-45",
        hint=("unrout", "domain"),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        3,
        r"because the domain is not reachable|"
        r"(?<![@\w.-])(?:[a-z0-9-]+\.)+[a-z]{2,} (?:does not|doesn't) exist",
        "553 example.net does not exist",
        source="corpus: lhost-exim-37, lhost-outlook-03",
        hint=("exist", "not reachable"),
    ),
    # --- refused by the recipient's own filter -------------------------------------------------
    Pattern(
        R.FILTERED,
        1,
        r"rejected by (?:the )?(?:recipient|user|addressee)(?! domain)|recipient(?:'s)? "
        r"(?:filter|rules|preferences)|(?:user|recipient) (?:has )?(?:refused|rejected|blocked|"
        r"filtered)|delivery (?:not authorized|prohibited)|content filter",
        "550 5.7.1 Delivery not authorized, message refused",
        source="corpus: rhost-facebook-03, lhost-office365-03",
    ),
    Pattern(
        R.FILTERED,
        2,
        r"only accept(?:s|ing)? (?:mail|messages|e-?mail) from|"
        r"not (?:authorized|allowed|permitted) to "
        r"(?:post|send) (?:to|messages to)|refused by (?:the )?(?:recipient|user|mailbox)",
        "550 This mailbox only accepts mail from its contacts",
        source=(
            "RFC 3463 §3.8 (X.7.1 refused by the recipient's own rule); no corpus sample on record"
        ),
    ),
    # --- remote side already suppresses the address --------------------------------------------
    Pattern(
        R.SUPPRESSED,
        1,
        r"suppression list|(?:address|recipient) (?:is )?suppressed|previously bounced|"
        r"bounced address|on (?:our|the) do.not.(?:mail|send) list",
        "550 Address on the account-level suppression list",
        source=(
            "Amazon SES account-level suppression list ('Address on the account-level "
            "suppression list')"
        ),
        hint=("suppress", "bounced", "list"),
    ),
    # --- TLS -----------------------------------------------------------------------------------
    Pattern(
        R.FAILEDSTARTTLS,
        1,
        r"starttls|tls (?:negotiation|handshake|connection) (?:failed|error)|(?:tls|ssl|"
        r"encryption) (?:is )?required|must (?:issue|use) (?:a )?(?:starttls|tls)|"
        r"(?:does not|doesn't) support (?:tls|ssl)",
        "530 5.7.0 Must issue a STARTTLS command first",
        source="corpus: lhost-gmail-07; RFC 3207 §4 ('530 Must issue a STARTTLS command first')",
    ),
    # --- mail system problems ------------------------------------------------------------------
    Pattern(
        R.SYSTEMFULL,
        1,
        r"insufficient (?:system )?(?:storage|disk|space)|mail system (?:is )?full|(?:disk|"
        r"filesystem|file system|spool) (?:is )?full|no space left|out of (?:disk )?space",
        "452 4.3.1 Insufficient system storage",
        source="corpus: lhost-sendmail-39; RFC 5321 §4.2.2 (452 insufficient system storage)",
    ),
    Pattern(
        R.NOTCOMPLIANTRFC,
        1,
        r"rfcmessagenoncompliant|"
        r"rfc ?(?:2822|5322|822|5321|2821)\W{0,3}(?:complian|section|violation|requires|"
        r"standard)|not (?:rfc|standards?)[- ]?(?:\d+ )?complian|does not (?:comply|conform)|"
        r"(?:multiple|duplicate) (?:from|to|subject|date|message-id|sender)|multiple addresses "
        r"in from|duplicate header|missing (?:date|from|message-id|required) header|bare lf",
        "550 5.7.1 This message is not RFC 5322 compliant",
        source="corpus: lhost-postfix-28, lhost-sendmail-43",
        hint=(
            "rfc",
            "complian",
            "comply",
            "conform",
            "multiple",
            "duplicate",
            "missing",
            "bare lf",
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"media error|content (?:error|not (?:accepted|allowed))|(?:invalid|malformed|bad) "
        r"(?:message )?(?:header|mime|content|encoding)|header (?:too long|is too large)|"
        r"headers too large|8-?bit (?:data|characters) not",
        "554 5.6.0 Message headers too large",
        source="corpus: lhost-dragonfly-07, lhost-sendmail-44",
        hint=("media error", "content", "header", "mime", "encoding", "bit"),
    ),
    Pattern(
        R.SYNTAXERROR,
        1,
        r"syntax error|malformed address|command (?:unrecognized|not (?:recognized|"
        r"implemented))|unrecognized command|bad sequence of commands|out of sequence|"
        r"line too long|invalid command",
        "503 5.5.0 Bad sequence of commands",
        source="corpus: lhost-exim-52, make-test-02; RFC 5321 §4.2.2 (500-504)",
    ),
    Pattern(
        R.SYNTAXERROR,
        2,
        r"\bprotocol (?:violation|error)|line (?:length )?limit exceeded",
        "550 Protocol violation (in reply to DATA command)",
        source="corpus: lhost-exim-58, lhost-postfix-41",
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"x-unix|(?:command|mailer|program|pipe)(?: \S+)? (?:died|failed|error)|procmail|exit "
        r"(?:code|status) \d|unknown mailer|mailer error|pipe to \||no such file or directory",
        "550 5.0.0 Unknown mailer error 1",
        source="corpus: lhost-dragonfly-13, lhost-exim-44",
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"connection (?:refused|reset|lost|closed|failed|dropped)|no route to host|network "
        r"(?:is )?unreachable|(?:could not|couldn't) connect|lost connection|(?:wasn't|was not) "
        r"able to establish|host (?:is )?unreachable|temporary failure in name resolution|host "
        r"name lookup fail|name server|host not found, try again|dns (?:error|failure|lookup "
        r"failed)",
        "Name service error for name=example.org type=MX: Malformed or unexpected name server",
        source="corpus: lhost-office365-08, lhost-postfix-17",
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"mail loops? back|loops? back to myself|routing loop|too many hops|hop count exceeded|"
        r"mail (?:forwarding )?loop|message is looping",
        "554 5.4.6 Too many hops",
        source="corpus: lhost-sendmail-20, lhost-x2-07",
    ),
    Pattern(
        R.EXPIRED,
        1,
        r"(?:message|delivery time) expired|timed out|time-?out|failing for a long time|in the "
        r"queue too long|retry time(?:out)? (?:not reached|exceeded)|queue (?:lifetime|time|"
        r"timeout)|too long in (?:the )?queue|(?:could not|couldn't|was not|has not been|not) "
        r"(?:be )?delivered (?:for|in|within) (?:the (?:last )?)?\d+|giving up|no (?:further )?"
        r"(?:retries|attempts)|\bexpired\b",
        "Message expired after 5 days / retry timeout exceeded",
        source="corpus: lhost-amazonses-17, lhost-dragonfly-29",
        hint=(
            "expired",
            "timed out",
            "time",
            "queue",
            "retry",
            "delivered",
            "giving up",
            "retries",
            "attempts",
        ),
    ),
    Pattern(
        R.SYSTEMERROR,
        1,
        r"system error|internal (?:server )?error|(?:local )?configuration error|temporary "
        r"(?:local )?problem|server error|service currently unavailable|could not load drd",
        "451 4.3.0 Temporary local problem",
        source="corpus: lhost-postfix-40, lhost-surfcontrol-02",
    ),
    Pattern(
        R.SYSTEMERROR,
        2,
        r"local error in processing|error in processing|requested action aborted: (?:local )?"
        r"error",
        "451 Requested action aborted: local error in processing",
        source="RFC 5321 §4.2.2 (451 Requested action aborted: local error in processing)",
    ),
    Pattern(
        R.SECURITYERROR,
        1,
        r"authentication (?:is )?required|must (?:be )?authenticated|(?:auth|authentication) "
        r"(?:failed|credentials invalid)|certificate|not authorized|unauthorized|security "
        r"(?:policy|reasons)|access denied",
        "530 5.7.1 Authentication required",
        source="corpus: lhost-amazonses-21, lhost-dragonfly-02",
    ),
    # --- later additions (numbers continue per reason) ----------------------------------------
    Pattern(
        R.MAILBOXFULL,
        9,
        r"overquota|quotaexceeded|insufficient storage space for (?:the )?(?:user|recipient)",
        "552 5.2.2 STOREDRV.Deliver.Exception:QuotaExceededException",
        source=(
            "corpus: lhost-exchange2007-02; Exchange Online NDR reference (5.2.2 "
            "STOREDRV.Deliver QuotaExceededException)"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        4,
        r"recipsizelimit|sendsizelimit|maxrecipsize|message too large for",
        "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
        source="Exchange Online NDR reference (5.2.3 RESOLVER.RST.RecipSizeLimit / SendSizeLimit)",
    ),
    Pattern(
        R.RATELIMITED,
        4,
        r"frequency limit|server busy|too quickly|excessive volume|max(?:imum)? (?:number of )?"
        r"messages? per (?:connection|session)",
        "550 Ip frequency limited",
        source=(
            "QQ Mail (Tencent) '550 Ip frequency limited'; RFC 5321 §4.2.2 (421/450/452) with "
            "a rate or connection-count wording"
        ),
    ),
    Pattern(
        R.FILTERED,
        3,
        r"recip(?:ient)?notauthorized|resolver\.rst\.notauthorized|"
        r"not authorized to send to (?:this|the) (?:recipient|group)",
        "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
        source="Exchange Online NDR reference (5.7.1 RESOLVER.RST.NotAuthorized)",
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"connection died|mx records point to non-existent hosts",
        "Connected to 192.0.2.1 but connection died. (#4.4.2)",
        source="qmail-remote.c ('Connected to ... but connection died. (#4.4.2)')",
    ),
    Pattern(
        R.SYSTEMERROR,
        3,
        r"control/locals file|isn't in my control",
        "Although I'm listed as a best-preference MX or A for that host, it isn't in my "
        "control/locals file",
        source=(
            "qmail-remote.c (perm_ambigmx: 'Although I'm listed as a best-preference MX or A "
            "for that host, it isn't in my control/locals file')"
        ),
    ),
    Pattern(
        R.EXPIRED,
        2,
        # Greylisting defers and says nothing more: when the queue gives up, it simply expired.
        r"\bgrey ?list(?:ed|ing)?\b|\bgray ?list(?:ed|ing)?\b",
        "450 4.2.0 <cat@example.org>: Recipient address rejected: Greylisted, try again later",
        source=(
            "postgrey ('Recipient address rejected: Greylisted, see ...'); RFC 3463 §3.5 "
            "(X.4.7 delivery time expired)"
        ),
        early=True,  # "Client host rejected: Greylisted": the deferral, not a block
        hint=("grey", "gray"),
    ),
    Pattern(
        R.MAILERERROR,
        2,
        # A local program's bare exit status (Diagnostic-Code: X-Unix; 127).
        r"^\d{1,3}$",
        "127",
        source="RFC 3464 §2.3.6 (diagnostic-type X-Unix: a local program's exit status)",
        hint=("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
    ),
    # --- more wordings of the same families (numbers continue per reason) ---------------------
    Pattern(
        R.MAILBOXFULL,
        10,
        r"(?:disk ?space|userdisk|domaindisk) quota|full mail ?box|space has been used up|"
        r"too much mail data|too many messages (?:on the server|in (?:the |this )?(?:mailbox|"
        r"folder))|exceeding receiving limits|would exceed (?:the )?maximum allowed storage|"
        r"does not have enough (?:storage |disk )?space|doesn't have enough (?:storage |disk )?"
        r"space",
        "452 4.2.2 The user's space has been used up",
        source=(
            "corpus: make-test-03; RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 "
            "exceeded storage allocation)"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        5,
        # "Line limit" after DATA: too many lines, a size limit ("line length limit" is syntax).
        r"\bline limit exceeded|\bsize limit\b|exceeded (?:the )?(?:maximum|max|allowed) "
        r"(?:inbound |allowed )?(?:message |mail |email )?size",
        "553 Exceeded maximum inbound message size",
        source="corpus: lhost-einsundeins-02, lhost-exim-58",
    ),
    Pattern(
        R.RATELIMITED,
        5,
        r"max(?:imum)? (?:e-?mails|messages) per (?:hour|day|minute)|try again slower|"
        r"unexpected volume|too many (?:errors from|smtp sessions|smtp connections)|"
        r"connection (?:count )?limit|allowable number of posts",
        "451 4.7.1 Client host rejected: Please try again slower",
        source=(
            "corpus: lhost-qmail-19; Postfix postscreen/anvil rate refusals ('Please try "
            "again slower')"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        6,
        # A sending quota of ours, not the recipient's mailbox quota.
        r"throttling failure|daily message quota exceeded",
        "454 Throttling failure: Daily message quota exceeded.",
        source="Amazon SES sending quotas ('454 Throttling failure: Daily message quota exceeded')",
        early=True,
    ),
    Pattern(
        R.SUSPEND,
        4,
        r"archived (?:recipient|mailbox|account)|suspend(?:ed)? the service|user or domain "
        r"(?:is )?(?:disabled|suspended)|account or domain (?:is )?(?:disabled|suspended)|"
        r"rejected: temporarily inactive|"
        r"due to extended inactivity",
        "550 5.2.1 Recipient rejected: Temporarily inactive",
        source=(
            "RFC 3463 §3.3 (X.2.1 mailbox disabled, not accepting messages); no corpus sample "
            "on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        9,
        # Each branch starts with its rarest literal: the matcher tries it only where that occurs.
        r"not present in (?:the )?directory|mailbox not present|address not present|user not "
        r"present|can't accept (?:user|recipient)|addresses (?:were|are) unknown|recipients "
        r"(?:were|are) unknown|not an active address|no mail ?box (?:found|available)|user not "
        r"exists?\b|recipient not exists?\b|mailbox not exists?\b|"
        r"no one at this address|email name is not found|address is wrong or no longer valid|"
        r"invalid or unknown (?:virtual )?user|badrcptto|badrecipientto|validrcptto|"
        r"envelope recipient has been denied|in name directory|recipient is not local|not a "
        r"local address|\baddress unknown(?<!ip address unknown)(?<!sender address unknown)",
        "550 5.1.1 There is no one at this address",
        source="corpus: make-test-29; RFC 3463 §3.2 (X.1.1 bad destination mailbox address)",
    ),
    Pattern(
        R.USERUNKNOWN,
        10,
        r"recipient address rejected(?:\. \(in reply to rcpt to command\)|: "
        r"(?:invalid-recipient|userunknown))|rcpt [<(]\S+[>)] (?:does not|doesn't) exist",
        "550 5.1.1 <cat@example.org>: Recipient address rejected: userunknown",
        source=(
            "corpus: lhost-postfix-46; Postfix smtpd_check.c ('Recipient address rejected: ...')"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        11,
        r"@[^\s<>]+> not found",
        "550 <cat@example.org> not found",
        source="RFC 3463 §3.2 (X.1.1 bad destination mailbox address); no corpus sample on record",
        hint=("> not found",),
    ),
    Pattern(
        R.USERUNKNOWN,
        12,
        # The address between the words: indexed by the verdict, rarer than "user".
        r"user (?:\S+@\S+|\(\S+\)) (?:was not found|(?:is )?unknown)|mailbox \S+@\S+ unavailable",
        "550 5.1.1 User (cat@example.org) unknown",
        source="RFC 3463 §3.2 (X.1.1 bad destination mailbox address); no corpus sample on record",
        hint=("was not found", "unknown", "unavailable"),
    ),
    Pattern(
        R.NOTACCEPT,
        3,
        # Sendmail: the domain's MX is "." (RFC 7505), it receives no mail.
        r"name server: \.: host not found",
        "Name server: .: host not found",
        source="corpus: lhost-sendmail-42; RFC 7505 (a null MX: '.' as the exchange)",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        4,
        r"domain must exist|domain is not reachable|domain mentioned in (?:the )?e-?mail address "
        r"is unknown|name or service not known",
        "550 5.1.2 Recipient domain must exist",
        source="corpus: lhost-outlook-03, rhost-outlook-03",
    ),
    Pattern(
        R.FILTERED,
        4,
        r"restricted sms e-?mail|user rules|account is protected by|\buser reject\b|"
        r"refuses? to (?:receive|accept) (?:your )?(?:mail|e-?mail|messages)|blocked by the "
        r"recipient|sender isn't on the recipient's list",
        "550 5.7.1 You have been blocked by the recipient",
        source=(
            "RFC 3463 §3.8 (X.7.1 refused by the recipient's own rule); no corpus sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        2,
        r"header size|improper use of 8-?bit|(?:8bit|8-bit) data in (?:the )?(?:message )?header|"
        r"mime complexity|improperly-formatted binary|unnecessary base64",
        "550 5.6.9 improper use of 8-bit data in message header",
        source="RFC 6152 §3 (8-bit data without 8BITMIME); no corpus sample on record",
    ),
    Pattern(
        R.MAILERERROR,
        3,
        r"\|\| exit \d",
        "|/usr/local/bin/filter || exit 75",
        source=(
            "Sendmail/Postfix pipe delivery to a program ('|command || exit 75'); no corpus "
            "sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        4,
        r"dns records for the destination|unable to resolve route|forwarding loop count|"
        r"message looping",
        "554 5.4.6 Maximum forwarding loop count exceeded",
        source=(
            "RFC 3463 §3.5 (X.4.1 no answer from host / X.4.2 bad connection); no corpus "
            "sample on record"
        ),
    ),
    Pattern(
        R.EXPIRED,
        3,
        r"delivery attempts will continue|has been delayed|did not respond|after multiple "
        r"(?:retries|attempts)|queue period|could not be delivered for more than",
        "550 Unable to deliver message after multiple retries",
        source="corpus: lhost-gmail-08, lhost-yahoo-13",
    ),
    Pattern(
        R.SYSTEMERROR,
        4,
        r"aliasing/forwarding loop|can't create (?:user )?output file|interrupted system call|"
        r"error while being processed|loop was found in the mail exchanger|queue file write "
        r"error|there is no mdb|server is misconfigured|system config(?:uration)? error",
        "451 4.3.0 Interrupted system call",
        source="RFC 5321 §4.2.2 (451 local error in processing); no corpus sample on record",
    ),
    Pattern(
        R.SECURITYERROR,
        3,
        r"authentication (?:failure|turned on)|not subscribed to ses|executable files are not "
        r"allowed",
        "535 5.7.8 Authentication failure",
        source="corpus: arf-20; RFC 4954 §6 (530/535 authentication required or failed)",
    ),
    Pattern(
        R.MAILBOXFULL,
        11,
        r"\bquota exceed\b",
        "error: quota exceed",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation); no corpus sample on record"
        ),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        5,
        r"(?:remote|recipient|destination) domain (?:does ?n[o']?t|doesnt) exist|mx records? "
        r"points? to non-?existent hosts?",
        "all relevant MX records point to non-existent hosts",
        source=(
            "Exim smtp transport ('all relevant MX records point to non-existent hosts'); RFC "
            "3463 §3.2 (X.1.2 bad destination system address)"
        ),
    ),
    Pattern(
        R.SYSTEMERROR,
        5,
        r"local delivery failed|delivery to (?:file|pipe) forbidden|several matches found in "
        r"(?:the )?(?:domino )?directory",
        "local delivery failed",
        source=(
            "Exim appendfile/LMTP transports ('local delivery failed'); RFC 5321 §4.2.2 (451 "
            "local error in processing)"
        ),
    ),
    Pattern(
        R.SYSTEMERROR,
        6,
        # The same words as a missing or disabled mailbox, said to be temporary: no verdict on
        # the address (the other languages' tables have their own entry of this kind).
        r"(?:mail ?box|user|account|recipient|address) (?:is )?temporarily (?:unavailable|not "
        r"available|unreachable)",
        "550 Mailbox temporarily unavailable, try again later",
        source="RFC 5321 §4.2.1 (4yz: the same request may succeed later) and §4.2.2 (450 "
        "mailbox unavailable); no corpus sample on record",
    ),
    Pattern(
        R.MAILBOXFULL,
        12,
        r"exhausted (?:the |its |his |her |their )?(?:allowed |available )?storage(?: space)?",
        "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed "
        "storage space.",
        source="Web.de / GMX (1&1) over-quota reply, English half (postmaster.web.de); RFC "
        "3463 §3.3 (X.2.2 mailbox full)",
    ),
    Pattern(
        R.USERUNKNOWN,
        13,
        # Oracle (Sun Java System) Messaging Server's address check: the seed's "illegal".
        r"unknown or illegal alias|illegal alias",
        "550 5.1.1 unknown or illegal alias: cat@example.org",
        source=(
            "Oracle Communications Messaging Server error text 'unknown or illegal alias' "
            "(Sun Java System Messaging Server, its ancestor); RFC 3463 §3.2 (X.1.1)"
        ),
    ),
    Pattern(
        R.SYSTEMERROR,
        7,
        # The receiving system short of its own resources, for now (Mimecast's 451).
        r"(?:internal )?resources? (?:are |is )?(?:temporarily |currently )?unavailable|"
        r"insufficient (?:system )?resources",
        "451 Internal resources are temporarily unavailable - "
        "https://community.mimecast.com/docs/DOC-1369#451",
        source=(
            "Mimecast SMTP error codes (community.mimecast.com DOC-1369, 451); RFC 5321 §4.2.2 "
            "(451 local error in processing)"
        ),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        6,
        # hMailServer when the recipient's domain has no MX and no address record.
        r"no mail servers? (?:appears? to )?exists? for the recipients?'? address",
        "No mail servers appear to exists for the recipients address.",
        source=(
            "hMailServer's delivery error text (its SMTP deliverer, 'No mail servers appear to "
            "exists for the recipients address.'); RFC 3463 §3.2 (X.1.2 bad destination system)"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        7,
        # The *sender's* quota or connection count, not the recipient's mailbox: Exchange
        # Online's "550 5.2.2 Submission quota exceeded" wears the mailbox-full code.
        r"(?:submission|sending|send|outbound) quota (?:was |has been )?exceeded|"
        r"sender's submission quota|maximum number of concurrent connections",
        "550 5.2.2 Submission quota exceeded",
        source=(
            "Exchange Online NDR reference (learn.microsoft.com, 5.2.2 'Submission quota "
            "exceeded'; 421 4.3.2 'maximum number of concurrent connections ... exceeded a "
            "limit', smtp.codes/exchangeonline); T-Online 'Send quota exceeded' "
            "(edvservice.bayern)"
        ),
    ),
    Pattern(
        R.MAILBOXFULL,
        13,
        # The local delivery agent could not append to the mailbox: its size limit or the
        # disk quota ("File too large" is EFBIG at Postfix's mailbox_size_limit).
        r"error writing message: (?:file too large|disk quota exceeded)",
        "cannot update mailbox /var/mail/jane for user jane. error writing message: File too large",
        source=(
            "Postfix local(8) (src/local/mailbox.c, mailbox_size_limit in postconf(5)); Yandex "
            "'Report on non-delivery' (yandex.com/support/mail/bounces/other.html, 'Error "
            "writing message: Disk quota exceeded')"
        ),
    ),
    Pattern(
        R.SYNTAXERROR,
        3,
        # Postfix smtpd's smtpd_hard_error_limit: the client made too many protocol errors.
        r"error: too many errors",
        "421 4.7.0 me.com Error: too many errors",
        source=(
            "Postfix smtpd.c (smtpd_hard_error_limit: '421 4.7.0 <host> Error: too many "
            "errors'); iCloud (smtp.codes/icloud)"
        ),
    ),
    Pattern(
        R.FILTERED,
        5,
        # Exchange's recipient restrictions: a group that takes authenticated or listed senders
        # only. A rule of the recipient's own, like Exchange Online's 5.7.124 and 5.7.133-136.
        r"resolver\.rst\.(?:authrequired|notauthorized|restrictedtorecipients)",
        "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
        source=(
            "Microsoft, 'Non-delivery reports in Exchange Server' (learn.microsoft.com: "
            "RESOLVER.RST.AuthRequired / NotAuthorized, restricted distribution groups)"
        ),
    ),
    Pattern(
        R.SUSPEND,
        5,
        # The owner paused or the provider deactivated the address (iCloud lets users
        # deactivate an address; the Korean portals' "Inactive mbox").
        r"inactive (?:e-?mail address|mbox)",
        "550 5.1.1 <jane.doe@icloud.com>: inactive email address",
        source=(
            "iCloud (bentonow.com/smtp-errors/apple: 'inactive email address', an address its "
            "owner deactivated); Korean portals (puffinknight.tistory.com/102: '550 5.1.1 "
            "Inactive mbox')"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        8,
        # A daily or peak limit on our sending (our account or relay), not the recipient's.
        r"(?:daily|peak|hourly) (?:\w+ ){0,3}limit exceeded|reached your daily limit",
        "550 5.4.5 Daily SMTP relay limit exceeded for user.",
        source=(
            "Google Workspace SMTP error reference (support.google.com/a/answer/3726730: 'Daily "
            "user sending limit exceeded', 'Peak SMTP relay limit exceeded'); Exchange Online NDR "
            "reference (5.1.90 'you've reached your daily limit for message recipients')"
        ),
    ),
    # --- MTA and mail-store texts (provider replies, second set) --------------------------------
    Pattern(
        R.USERUNKNOWN,
        14,
        # Microsoft 365's directory-based edge blocking: the recipient is not in the tenant.
        r"5\.4\.1 (?:<[^>]*>: |\[[^\]]*\]: )?recipient address rejected: access denied",
        "550 5.4.1 [jane@contoso.com]: Recipient address rejected: Access denied",
        source=(
            "Microsoft, 'Fix NDR error code 550 5.4.1 in Exchange Online' (learn.microsoft.com: "
            "directory-based edge blocking rejected the message because the recipient's address "
            "is invalid); corpus: lhost-postfix-30, rhost-microsoft-02, lhost-mimecast-01"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        15,
        # GroupWise: the addressee is not a user of the post office that holds the domain.
        r"user not on (?:the |this )?post ?office",
        "ines (User not on post office)",
        source=(
            "Novell/Micro Focus GroupWise: error 53505 'User not on post office' (the post "
            "office holds no such user), as its GWIA undeliverable report gives it per addressee"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        4,
        # Our message itself refused: its header lines are not valid RFC 5322.
        r"headers? fail(?:s|ed)? (?:the )?syntax check|header syntax (?:error|check failed)",
        "550 Message headers fail syntax check",
        source=(
            "Exim: the deny text of acl_check_data's '!verify = header_syntax' in common Exim "
            "configurations (Exim spec, 'Header syntax verification'); nongnu.org's refusal of "
            "a message with a malformed To: header (qemu-devel, 2025-05)"
        ),
    ),
    # --- the seed's own words, each class whole (design.md, "Vocabulary") ----------------------
    Pattern(
        R.HOSTUNKNOWN,
        9,
        # (suspend 3's "no longer in use" leaves a domain's to this one)
        rf"{_RECIPIENTS_DOMAIN}(?: name)?(?: \S+)? (?:is |has been |was )?(?:no longer (?:in use|"
        r"valid|available|exists?)|withdrawn)",
        "550 Domain no longer in use",
        source=SEED + " ('domain ... withdrawn ... no longer in use')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        10,
        r"(?:bad|illegal|withdrawn) (?:recipient |destination )?domain|"
        rf"{_RECIPIENTS_DOMAIN}(?: name)? (?:is )?(?:bad|illegal|unavailable|not available)"
        r"(?:$|[.,;:)])",
        "550 Bad domain / Domain unavailable",
        source=SEED + " ('domain ... bad, illegal, unavailable')",
    ),
    Pattern(
        R.USERUNKNOWN,
        16,
        r"\bno mailbox(?:$|[.,;:)]| (?:here|found|exists?)\b)|mailbox (?:is )?(?:not here|none|"
        r"no longer (?:valid|available|exists?))",
        "550 Mailbox not here / Mailbox no longer valid",
        source=SEED + " ('mailbox ... none, not here, no longer valid or available')",
    ),
    Pattern(
        R.SUSPEND,
        6,
        rf"{_WHO} exists,? but (?:it )?(?:is )?(?:no longer |currently )?(?:inactive|not active|"
        r"disabled)",
        "550 Mailbox exists but is inactive",
        source=SEED + " ('the mailbox exists but is no longer active')",
    ),
    Pattern(
        R.USERUNKNOWN,
        17,
        r"(?:mailbox|e-?mail account|account|address|user)(?: \S+)? (?:was|has been|is) "
        r"(?:deleted|removed|purged)(?:$|[.,;:)]| (?:from|by|on|at)\b)",
        "550 The recipient's mailbox was deleted",
        source=SEED + " ('mailbox ... no longer available': a deleted one)",
    ),
    Pattern(
        R.USERUNKNOWN,
        18,
        r"(?:address|mailbox|e-?mail account)\b[^.;:]{0,30}\bis no longer (?:valid|available|in "
        r"use)",
        "550 The address you sent to is no longer valid",
        source=SEED + " ('mailbox ... no longer valid or available')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        11,
        # The domain's registration ran out: not the message's delivery time (expired).
        rf"{_RECIPIENTS_DOMAIN}(?: name)?(?: \S+)? (?:has |is )?expired",
        "550 The domain name has expired",
        source=SEED + " ('domain ... no longer in use': its registration lapsed)",
    ),
    Pattern(
        R.SUSPEND,
        7,
        r"no longer (?:with|employed (?:by|at|with)|works? (?:for|at|with)) (?:the |this |our )?"
        r"(?:company|organi[sz]ation|firm|business)",
        "550 Recipient no longer with company",
        source=SEED + " ('the mailbox exists but is no longer active': its owner left)",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        7,
        r"all host address lookups failed permanently",
        "all host address lookups failed permanently",
        source="Exim, src/routers/dnslookup.c (no address for any host of the domain)",
    ),
    Pattern(
        R.SYNTAXERROR,
        4,
        r"smtp synchronization error",
        "554 SMTP synchronization error",
        source="Exim, src/smtp_in.c (the client spoke before the server's answer)",
    ),
    Pattern(
        R.NOTCOMPLIANTRFC,
        2,
        r"lines too long for transport",
        "message has lines too long for transport",
        source=(
            "Exim, 'Generic options for transports' (message_linelength_limit: lines over the "
            "RFC 5322 limit of 998 characters)"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        5,
        r"remote host closed (?:the )?connection",
        "Remote host closed connection in response to initial connection",
        source="Exim, src/transports/smtp.c (the server hung up)",
    ),
    Pattern(
        R.NETWORKERROR,
        6,
        r"reply: read error from",
        "reply: read error from mx.example.com.",
        source="Sendmail, sendmail/usersmtp.c reply() (the connection broke while reading)",
    ),
    Pattern(
        R.NETWORKERROR,
        7,
        r"temporary failure in mx lookup|network error on destination mxs",
        "Network error on destination MXs",
        source="OpenSMTPD, usr.sbin/smtpd/mta.c (relay->failstr of temporary failures)",
    ),
    Pattern(
        R.EXPIRED,
        4,
        r"cannot send message for \d+ (?:days?|hours?)",
        "Cannot send message for 5 days",
        source="Sendmail, sendmail/queue.c (the queue timeout)",
    ),
    Pattern(
        R.FAILEDSTARTTLS,
        2,
        # Our TLS policy against the server: the address is not in question.
        r"tls is required, but (?:was )?not offered|server certificate not (?:verified|trusted)",
        "TLS is required, but was not offered by host mx.example.com[192.0.2.10]",
        source=(
            "Postfix, postfix/src/smtp/smtp_proto.c and TLS_README ('TLS is required, but was "
            "not offered by host', DSN 4.7.4; 'Server certificate not trusted/verified', 4.7.5)"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        3,
        r"reject, id=\S+ - banned",
        "554 5.7.0 Reject, id=12345-01 - BANNED: P=p003,L=1,M=application/x-msdownload",
        source="amavisd-new documentation (a banned name or type of attachment in our message)",
    ),
    Pattern(
        R.EXPIRED,
        5,
        r"multiple delivery attempts failed",
        "Reason: multiple delivery attempts failed",
        source=(
            "1&1 IONOS (kundenserver.de) bounces as published: pastebin.com/PXk0HAPS, "
            "pastebin.com/XQxY57Rb (two senders; the relay gave up after its retries)"
        ),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        8,
        r"domain name \([^)]*\) does not appear to be registered",
        "the domain name (example.com) does not appear to be registered.",
        source=(
            "MailEnable NDR (Reason Code: Invalid Domain Name, Error Number 9003) as published: "
            "pastebin.com/vsn7TLG2"
        ),
    ),
    Pattern(
        # read as the status it names (X.4.1, status.WEAK: the queue gave up), as a timeout is
        R.EXPIRED,
        6,
        r"no answer from (?:the )?(?:remote )?(?:host|server)",
        "421 No answer from the remote server",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host); RFC 3463 §3.5 "
            "(X.4.1 no answer from host); no corpus sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        4,
        r"\b(?:server|host|system|mailer|mta) (?:is )?misconfigured|misconfigured (?:mail "
        r"?)?(?:server|host)",
        "451 Mail server misconfigured",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured); "
            "RFC 3463 §3.4 (X.3.5 system incorrectly configured); no corpus sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        5,
        r"malformed (?:message|mail|e-?mail)|(?:message|mail) (?:is |was )?malformed",
        "554 Malformed message refused",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed); "
            "RFC 3463 §3.7 (X.6.0 other or undefined media error); no corpus sample on record"
        ),
    ),
    Pattern(
        R.NOTCOMPLIANTRFC,
        3,
        r"barelinefeedsareillegal|bare (?:linefeeds?|lfs?) (?:are )?(?:illegal|not "
        r"allowed)|missing a valid message-id",
        "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal",
        source=(
            "Microsoft Learn, 'Email non-delivery reports and SMTP errors in Exchange Online' "
            "(5.6.11 SMTPSEND.BareLinefeedsAreIllegal); Google Workspace Admin Help, 'SMTP error "
            "reference' (550 5.7.1 Messages missing a valid Message-ID header are not accepted)"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        9,
        r"limits? (?:for|on) how many messages can be sent",
        "421 RP-001 We have limits for how many messages can be sent per hour and per day.",
        source=(
            "Outlook.com postmaster, troubleshooting (421 RP-001: limits for how many messages can "
            "be sent per hour and per day)"
        ),
    ),
    Pattern(
        # the system status X.3.5 names (status.WEAK: systemerror), as "system configuration
        # error" above and Postfix's "451 4.3.5 Server configuration problem" read
        R.SYSTEMERROR,
        8,
        r"(?:mailer|mail server|server|mta) configuration (?:problem|error)",
        "451 Mail server configuration problem",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured); "
            "Postfix smtpd_check.c ('451 4.3.5 Server configuration problem')"
        ),
    ),
    # --- the seed's classes said of every subject (tests/test_phrases_grammar.py) ------------
    Pattern(
        R.USERUNKNOWN,
        19,
        rf"{_SUBJECT} (?:is |was |has been )?(?:unknown|no longer (?:valid|available))|"
        rf"{_SUBJECT} (?:was|has been|is) (?:deleted|removed)(?:$|[.,;:)!])",
        "550 The user account is no longer valid / Recipient was removed",
        source=SEED + " ('mailbox ... unknown, no longer valid or available'); RFC 3463 §3.2 "
        "(X.1.1 bad destination mailbox address)",
        hint=_SUBJECT_WORDS,
    ),
    Pattern(
        R.USERUNKNOWN,
        20,
        r"(?:unknown|invalid|no such|non-?existent|nonexistent) (?:e-?mail |mail |user |"
        r"destination )(?:account|address|mailbox)|unknown (?:address|addressee)(?:$|[.,;:)!])",
        "550 No such mail account / Unknown destination address",
        source=SEED + " ('mailbox ... none, invalid, unknown'); RFC 3463 §3.2 (X.1.1 bad "
        "destination mailbox address)",
    ),
    Pattern(
        R.SUSPEND,
        8,
        rf"{_SUBJECT} (?:is |was |has been )?(?:permanently )?discontinued|"
        r"(?:disabled|deactivated|inactive|closed|terminated|discontinued) (?:e-?mail |mail |user |"
        r"destination )?(?:account|address|addressee)(?:$|[.,;:)!])",
        "550 The mail account has been discontinued / Disabled destination address",
        source=SEED + " ('the mailbox exists but is no longer active'); RFC 3463 §3.3 (X.2.1 "
        "mailbox disabled, not accepting messages)",
        hint=("discontinued", "disabled", "deactivated", "inactive", "closed", "terminated"),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        12,
        rf"{_RECIPIENTS_DOMAIN}(?: name)?(?: \S+)? (?:was not found|could not be found|is not "
        r"found|is unknown|is invalid)",
        "550 The recipient domain was not found",
        source=SEED + " ('domain ... bad, invalid, withdrawn'); RFC 3463 §3.2 (X.1.2 bad "
        "destination system address)",
        hint=("found", "unknown", "invalid"),
    ),
    Pattern(
        R.MAILBOXFULL,
        14,
        r"(?:mail ?box|account|inbox) storage (?:(?:limit|quota|space) )?(?:is |has been |was )?"
        r"(?:exceeded|full)|storage (?:limit|quota|space) (?:has been |was |is )?exceeded",
        "552 Mailbox storage exceeded",
        source="the product's seed (design.md, 'Vocabulary': quota: storage exceeded); RFC 3463 "
        "§3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage allocation)",
        hint=("storage",),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        13,
        # The recipient's domain or mail server named through the recipient ("domain of the
        # recipient", "the recipient's mail server"): the recipient's own words (bad mailbox)
        # would otherwise read first.
        r"(?:domain(?: name| part)?|mail (?:server|host)|mx) (?:of|in|for) (?:the )?(?:"
        r"recipient|addressee|destination)(?:'s)?(?: e-?mail)?(?: address)? (?:(?:does ?n[o']?t"
        r"|doesnt) exist|is unknown|is (?:not )?(?:invalid|valid)|(?:was |could )?not (?:be )?"
        r"found|no longer exists)|(?:recipient|addressee)(?:'s|s)? (?:mail |e-?mail )?(?:server|"
        r"host|mx)(?: name)? (?:could ?not|cannot|can't) be (?:found|resolved)",
        "550 Domain of the recipient does not exist",
        source=SEED + " ('domain ... unknown, invalid'); RFC 3463 §3.2 (X.1.2 bad destination "
        "system address); no server sample on record",
        early=True,
    ),
    Pattern(
        R.NETWORKERROR,
        8,
        r"(?:server|host|mx)(?: \S+)? (?:is not|isn't|was not|wasn't) (?:responding|answering)|"
        r"(?:server|host|mx)(?: \S+)? (?:refused|rejected|closed|dropped) (?:the |our |my )?"
        r"connection",
        "550 The recipient's mail server is not responding",
        source="the product's seed (design.md, 'Vocabulary': no answer from host; bad "
        "connection); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad connection); no "
        "server sample on record",
    ),
    Pattern(
        R.USERUNKNOWN,
        21,
        # The recipient's address named with a clause that speaks to the sender between it and
        # its predicate: "the mailbox you tried to reach does not exist", "the address you sent
        # your message to is unknown".
        # (Gmail's "... that you tried to reach ..." is userunknown 3's.)
        rf"{_SUBJECT}(?! that you tried to reach)(?: (?:that|which|whom))? you [^.;:!?]{{1,40}}? "
        r"(?:(?:does ?n[o']?t|doesnt) "
        r"exist|is (?:unknown|invalid|not valid|not known)|(?:was |could )?not (?:be )?found|is "
        r"no longer (?:valid|available)|no longer exists)",
        "550 The mailbox you tried to reach does not exist",
        source=SEED + " ('mailbox ... unknown, not found, no longer valid'); RFC 3463 §3.2 "
        "(X.1.1 bad destination mailbox address); no server sample on record",
        hint=("you",),
    ),
    Pattern(
        R.SUSPEND,
        9,
        rf"{_SUBJECT}(?! that you tried to reach)(?: (?:that|which|whom))? you [^.;:!?]{{1,40}}? "
        r"(?:is |has been |was )?(?:"
        r"disabled|deactivated|suspended|inactive|closed|terminated|no longer active)",
        "550 The account you are writing to has been disabled",
        source=SEED + " (a mailbox that exists but is no longer active); RFC 3463 §3.3 (X.2.1 "
        "mailbox disabled); no server sample on record",
        hint=("you",),
    ),
)
