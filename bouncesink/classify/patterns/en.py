"""English phrases of MTAs and mailbox providers, per reason (folded text, see ``table``).

Order inside a reason matters only for which rule id is reported; the order *between*
reasons is :data:`bouncesink.classify.patterns.REASON_ORDER`. Keep numbers stable: append.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import Pattern
from bouncesink.types import Reason as R

_WHO = r"(?:user|recipient|mailbox|address|account|addressee|e-?mail address|local user|person)"

ENTRIES: tuple[Pattern, ...] = (
    # --- mailbox full --------------------------------------------------------------------------
    Pattern(
        R.MAILBOXFULL,
        1,
        r"mail ?box (?:is )?(?:full|over ?quota|overfull)",
        "552 5.2.2 <cat@example.jp>... Mailbox Full",
    ),
    Pattern(
        R.MAILBOXFULL,
        2,
        r"(?:over|exceed(?:ed|s)?|reached) (?:the |his |her |their |its )?"
        r"(?:allowed |storage |disk |mailbox |mail ?box size )?quota",
        "452 4.2.2 user is over quota",
    ),
    Pattern(
        R.MAILBOXFULL,
        3,
        r"quota (?:exceeded|full|violation|overflow|limit (?:exceeded|reached))",
        "Mailbox quota exceeded",
    ),
    Pattern(
        R.MAILBOXFULL,
        4,
        r"exceeded (?:its |the |his |her )?storage allocation",
        "552 Requested mail action aborted: exceeded storage allocation",
    ),
    Pattern(
        R.MAILBOXFULL,
        5,
        r"(?:inbox|account|mailbox|mail ?folder) (?:is )?(?:full|out of "
        r"(?:storage|space))|out of storage space",
        "The email account that you tried to reach is over quota / inbox is out of storage space",
    ),
    Pattern(
        R.MAILBOXFULL,
        6,
        r"mail ?box (?:size )?(?:limit )?(?:exceeded|has exceeded)|"
        r"mail ?box size limit",
        "Mailbox size limit exceeded",
    ),
    Pattern(
        R.MAILBOXFULL,
        7,
        r"(?:user|recipient)(?:'s)? (?:mailbox|storage) (?:is )?(?:full|"
        r"exceeded)|not enough (?:storage|space) (?:in|for) (?:the )?(?:mailbox|user)",
        "550 Recipient's mailbox is full",
    ),
    Pattern(
        R.MAILBOXFULL,
        8,
        r"disk quota exceeded|would exceed (?:the )?(?:mailbox )?quota",
        "maildir delivery failed: Disk quota exceeded",
    ),
    # --- message too large ---------------------------------------------------------------------
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"message (?:is )?too (?:big|large)|too large message",
        "552 5.3.4 Message too big",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        2,
        r"(?:message|mail|email) (?:size|length) (?:exceeds|is over|"
        r"too large|limit)|exceeds? (?:the )?(?:maximum |max )?(?:message |mail )?size",
        "552 Message size exceeds fixed maximum message size",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        3,
        r"size (?:limit )?exceeded|message file too big",
        "552 5.2.3 Message size limit exceeded",
    ),
    # --- rate limits ---------------------------------------------------------------------------
    Pattern(
        R.RATELIMITED,
        1,
        r"too many (?:connections|concurrent|sessions|messages|emails|"
        r"mails|recipients|simultaneous)",
        "421 4.7.0 Too many connections from your IP",
    ),
    Pattern(
        R.RATELIMITED,
        2,
        r"rate ?limit|throttl|receiving mail at a rate|too fast|"
        r"exceeded (?:the )?(?:sending |connection )?rate",
        "452 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents",
    ),
    Pattern(
        R.RATELIMITED,
        3,
        r"(?:daily|hourly) (?:user )?(?:sending )?(?:quota|limit)|"
        r"sending (?:quota|limit) exceeded",
        "550 5.4.5 Daily user sending quota exceeded",
    ),
    # --- authentication (SPF, DKIM, DMARC) -----------------------------------------------------
    Pattern(
        R.AUTHFAILURE,
        1,
        r"\b(?:spf|dkim|dmarc)\b.{0,60}?(?:fail|reject|policy|not pass|"
        r"didn't pass|did not pass|violat|invalid|error|check|align|verif|missing)",
        "550 5.7.1 Email rejected per DMARC policy for example.com",
    ),
    Pattern(
        R.AUTHFAILURE,
        2,
        r"(?:fail(?:ed|s|ure)?|not pass|did not pass|rejected by|per|"
        r"violat\w*) (?:the )?(?:\S+ )?(?:spf|dkim|dmarc)\b",
        "550 5.7.1 Message failed the DMARC check",
    ),
    Pattern(
        R.AUTHFAILURE,
        3,
        r"sender policy framework|domain-?based message authentication|"
        r"authentication information|not authenticated (?:by|with)|unauthenticated "
        r"(?:email|mail|message|sender)",
        "this message does not have authentication information",
    ),
    # --- reverse DNS ---------------------------------------------------------------------------
    Pattern(
        R.REQUIREPTR,
        1,
        r"reverse (?:dns|lookup|hostname|name|address|resolution)|"
        r"\brdns\b|\bptr\b",
        "550 5.7.25 The IP address sending this message does not have a PTR record setup",
    ),
    Pattern(
        R.REQUIREPTR,
        2,
        r"cannot find your hostname|can(?:no|')t resolve your (?:ip|address|"
        r"hostname)|(?:ip|client) name lookup failed|unresolvable (?:ip|client)|"
        r"no dns (?:name|entry) for (?:your|the client)",
        "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]",
    ),
    # --- reputation ----------------------------------------------------------------------------
    Pattern(
        R.BADREPUTATION,
        1,
        r"(?:ip|sender|domain|poor|bad|low) reputation|reputation "
        r"(?:of|is|too)|senderbase|sender score",
        "451 4.7.650 The mail server has been temporarily rate limited due to IP reputation",
    ),
    # --- blocked: the sending host or IP is refused --------------------------------------------
    Pattern(
        R.BLOCKED,
        1,
        r"(?:black|block|deny|ban)[ -]?list|\bdnsbl\b|\brbls?\b|"
        r"spamhaus|spamcop|\bsorbs\b|barracudacentral|\bsurbl\b|\buceprotect",
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
    ),
    Pattern(
        R.BLOCKED,
        2,
        r"(?:blocked|listed) (?:using|by|on|in|at) \S+\.(?:org|net|com|info)",
        "550 blocked using bl.example.net",
    ),
    Pattern(
        R.BLOCKED,
        3,
        r"(?:client|sending|your|remote|connecting|source) (?:host|ip|"
        r"server|ip address|mail server|network) (?:\[[^]]*\] |\S+ )?"
        r"(?:is |has been |was )?(?:blocked|banned|blacklisted|refused|rejected|denied|"
        r"not (?:allowed|permitted|authorized) to send)",
        "554 5.7.1 Client host rejected: IP address is blocked",
    ),
    Pattern(
        R.BLOCKED,
        4,
        r"\bip\b.{0,40}(?:blocked|banned|not allowed|not authorized|listed|"
        r"refused|rejected)|(?:blocked|banned|refused).{0,30}\bip\b",
        "550 5.7.1 The IP you're using to send mail is not authorized to send email directly",
    ),
    Pattern(
        R.BLOCKED,
        5,
        r"dynamic (?:ip|address|pool|range)|dial-?up|residential|"
        r"\bdul\b|generic (?:rdns|reverse)",
        "550 Mail from dynamic IP addresses is not accepted",
    ),
    Pattern(
        R.BLOCKED,
        6,
        r"connection (?:refused|rejected|denied) (?:by|from|due)|"
        r"access denied.{0,20}(?:ip|host|connection)|service unavailable[;,] client host",
        "554 Service unavailable; Client host [192.0.2.1] rejected",
    ),
    Pattern(
        R.BLOCKED,
        7,
        r"helo command rejected|invalid helo|bad helo|helo .{0,30}"
        r"(?:rejected|refused|invalid)",
        "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
    ),
    # --- spam ----------------------------------------------------------------------------------
    Pattern(
        R.SPAMDETECTED,
        1,
        r"\bspam\b|\bspams\b|\bspammy\b|junk ?mail|"
        r"unsolicited (?:mail|e-?mail|bulk|commercial|message)",
        "550 5.7.1 Our system has detected that this message is likely unsolicited mail",
    ),
    Pattern(
        R.SPAMDETECTED,
        2,
        r"(?:message|mail|content)\b.{0,30}(?:looks|seems|appears|"
        r"classified|considered|identified|detected|scored|determined) (?:like|to be|as)? ?"
        r"(?:spam|junk|bulk|suspicious|a phish)",
        "554 Message was identified as bulk",
    ),
    Pattern(
        R.SPAMDETECTED,
        3,
        r"\bphish|suspicious (?:content|message|mail|url|link)|"
        r"high (?:spam|probability)",
        "550 5.7.1 Message rejected: suspicious content",
    ),
    # --- virus ---------------------------------------------------------------------------------
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"\bvirus|malware|infected|\btrojan|malicious (?:content|code|"
        r"attachment|software)",
        "550 5.7.0 Message contains a virus",
    ),
    # --- policy --------------------------------------------------------------------------------
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"policy violation|violat(?:es|ed|ion of) (?:our|the|local|"
        r"\S+) ?(?:\S+ )?polic|against (?:our|the) (?:\S+ )?polic",
        "550 5.7.1 Message rejected: policy violation",
    ),
    Pattern(
        R.POLICYVIOLATION,
        2,
        r"(?:prohibited|forbidden|banned|blocked|dangerous|"
        r"unacceptable|disallowed) (?:attachment|file|content|extension|attachment type)|"
        r"attachment.{0,30}(?:not allowed|prohibited|blocked|rejected)",
        "552 5.7.0 Prohibited attachment type: .exe",
    ),
    Pattern(
        R.POLICYVIOLATION,
        3,
        r"(?:rejected|refused|blocked) (?:due to|for|by) (?:local |"
        r"security |our |content |the )?polic|local policy|policy reasons|"
        r"not allowed by (?:local )?policy|administrative prohibition",
        "554 5.7.1 Message rejected due to local policy",
    ),
    # --- relaying ------------------------------------------------------------------------------
    Pattern(
        R.NORELAYING,
        1,
        r"relay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed|"
        r"authorized)|prohibited|forbidden|refused)|(?:unable|not permitted|not allowed|"
        r"cannot|can't|not authorized) to relay|we do not relay|no relaying|relay not",
        "554 5.7.1 <cat@example.com>: Relay access denied",
    ),
    Pattern(
        R.NORELAYING,
        2,
        r"as a relay|open relay|not (?:a )?local (?:domain|host)|"
        r"relaying mail to \S+ is not allowed|does not relay",
        "553 you are trying to use me as a relay, but I have not been configured to let you",
    ),
    # --- sender refused ------------------------------------------------------------------------
    Pattern(
        R.REJECTED,
        1,
        r"sender (?:address |domain |e-?mail )?(?:rejected|refused|denied|"
        r"blocked|not (?:allowed|accepted|authorized|permitted)|invalid|unknown|verify "
        r"failed|verification failed)",
        "553 5.1.8 <cat@example.jp>... Sender address rejected: Domain not found",
    ),
    Pattern(
        R.REJECTED,
        2,
        r"(?:invalid|bad|unknown|unverified|blocked|forged|illegal|unroutable|unrouteable) "
        r"(?:envelope )?(?:sender|mail from|from address|return.path)",
        "550 Invalid sender <cat@example.jp>",
    ),
    Pattern(
        R.REJECTED,
        3,
        r"domain of sender address|sender domain (?:must|does not|is not|not)|"
        r"mail from:? .{0,60}(?:rejected|refused|denied|not allowed)|"
        r"unresolvable rfc ?\.?5321 from domain",
        "501 5.1.8 <cat@invalid>: Domain of sender address cat@invalid does not exist",
    ),
    Pattern(
        R.REJECTED,
        4,
        r"(?:sender|from:?) .{0,60}(?:is )?(?:on|in) (?:the |our )?"
        r"(?:black ?list|block ?list|deny ?list)|(?:you|sender) (?:are|is) not allowed to "
        r"send (?:mail|messages|email) to",
        "550 Sender is in the blacklist",
    ),
    # --- account disabled ----------------------------------------------------------------------
    Pattern(
        R.SUSPEND,
        1,
        rf"{_WHO}(?: that you tried to reach)? (?:is |has been |was )?"
        r"(?:temporarily |permanently )?"
        r"(?:disabled|deactivated|suspended|inactive|locked|frozen|expired|closed|"
        r"terminated|not active|on hold|unavailable due to inactivity)",
        "550 5.2.1 The email account that you tried to reach is disabled",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:disabled|deactivated|suspended|inactive|closed|expired|locked) "
        r"(?:user|mailbox|account|recipient|e-?mail account)|account (?:is )?(?:not "
        r"active|unavailable)|user (?:has )?(?:left|quit)",
        "550 5.0.0 <cat@example.jp>... Inactive user",
    ),
    Pattern(
        R.SUSPEND,
        3,
        r"mailbox (?:is )?(?:currently )?(?:suspended|disabled)|no longer (?:active|"
        r"in use|accepts? (?:mail|e-?mail|messages))",
        "554 delivery error: dd This mailbox is disabled (554.30)",
    ),
    # --- moved ---------------------------------------------------------------------------------
    Pattern(
        R.HASMOVED,
        1,
        r"has moved|(?:address|mailbox|user) (?:has )?(?:been )?(?:changed|"
        r"replaced|moved)|(?:new|changed) (?:e-?mail )?address is|has been replaced by",
        "551 5.1.6 <cat@example.jp>... cat@example.org has been replaced by cat@example.net",
    ),
    # --- unknown user --------------------------------------------------------------------------
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:user|recipient|addressee|mailbox|local ?part|alias) "
        r"(?:name )?(?:is )?(?:unknown|not known|unknown or illegal)|unknown (?:user|"
        r"recipient|addressee|mailbox|local ?part|e-?mail address|account|alias)",
        "550 5.1.1 <cat@example.jp>... User Unknown",
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        r"(?:no such|invalid|non-?existent|nonexistent|bad|unrecognized|"
        r"illegal) (?:e-?mail )?(?:user|recipient|mailbox|address|account|local user|person|"
        r"addressee|destination (?:mailbox|address))",
        "550 5.1.1 <cat@example.jp>: Recipient address rejected: No such user",
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        rf"{_WHO}(?: \S+| that you tried to reach)? (?:does not|doesn't|"
        r"did not|do not|no longer) exists?|(?:does not|doesn't) exist (?:here|on this)",
        "550-5.1.1 The email account that you tried to reach does not exist",
    ),
    Pattern(
        R.USERUNKNOWN,
        4,
        rf"{_WHO} (?:was |is )?(?:not found|not valid|invalid|unavailable|"
        r"not available|rejected: (?:user unknown|undeliverable|access denied|no such))",
        "550 5.1.1 Mailbox not found",
    ),
    Pattern(
        R.USERUNKNOWN,
        5,
        r"no mailbox (?:here )?(?:by that name|for)|no such mailbox|"
        r"mailbox (?:does not exist|unavailable)|not a (?:valid|known) (?:user|recipient|"
        r"mailbox|address)",
        "550 sorry, no mailbox here by that name. (#5.1.1)",
    ),
    Pattern(
        R.USERUNKNOWN,
        6,
        r"(?:doesn't|does not) have an? \S+ account|not our customer|"
        r"recipient (?:address )?rejected|address (?:is )?(?:not|no longer) (?:valid|in use)|"
        r"user not local|undeliverable address|unknown or invalid",
        "554 delivery error: dd This user doesn't have a yahoo.com account",
    ),
    Pattern(
        R.USERUNKNOWN,
        7,
        r"(?:no account|no user) (?:by that name|with that address)|"
        r"(?:rcpt|recipient) .{0,40}not (?:found|recognized)|"
        r"(?:address|user) lookup failed|\brecip(?:ient)?notfound|email address could not be found",
        "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
    ),
    # --- unknown domain ------------------------------------------------------------------------
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?:host|domain)(?: name)? (?:or domain name )?(?:not found|"
        r"unknown|does not exist|doesn't exist|is not known|lookup failed|not resolvable)|"
        r"unknown (?:host|domain)|no such (?:host|domain)|nxdomain",
        "550 5.4.4 <cat@example.jp>: Host or domain name not found. Name service error",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"unrouteable (?:address|mail domain|domain)|unroutable "
        r"(?:address|domain)|no (?:valid )?(?:mx|mail exchanger)|illegal host/domain|"
        r"invalid (?:recipient )?domain|(?:recipient|destination) domain (?:is )?(?:invalid|"
        r"unknown|not found)|domain (?:is )?(?:not (?:valid|configured)|invalid)",
        "550 Unrouteable address",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        3,
        r"name service error|dns (?:lookup )?(?:error|failure).{0,30}"
        r"(?:domain|host|mx)|no (?:a|mx|aaaa) records?",
        "Name service error for name=example.invalid type=MX: Host not found",
    ),
    # --- domain accepts no mail ----------------------------------------------------------------
    Pattern(
        R.NOTACCEPT,
        1,
        r"(?:does not|doesn't|do not|will not|not) accept(?:ing)? "
        r"(?:any )?(?:e-?)?mail|null mx|accepts no mail|no mail (?:is )?accepted|"
        r"not accepting (?:network )?messages",
        "556 5.1.10 Recipient address has null MX / domain does not accept mail",
    ),
    # --- refused by the recipient's own filter -------------------------------------------------
    Pattern(
        R.FILTERED,
        1,
        r"rejected by (?:the )?(?:recipient|user|addressee)|recipient(?:'s)? "
        r"(?:filter|rules|preferences)|(?:user|recipient) (?:has )?(?:refused|rejected|"
        r"blocked|filtered)|delivery (?:not authorized|prohibited)|content filter",
        "550 5.7.1 Delivery not authorized, message refused",
    ),
    Pattern(
        R.FILTERED,
        2,
        r"only accepts? (?:mail|messages) from|(?:don't|do not|doesn't) have "
        r"permission to (?:post|send)|not (?:authorized|allowed|permitted) to (?:post|send) "
        r"(?:to|messages to)|refused by (?:the )?(?:recipient|user|mailbox)",
        "You don't have permission to post to this group",
    ),
    # --- TLS -----------------------------------------------------------------------------------
    Pattern(
        R.FAILEDSTARTTLS,
        1,
        r"starttls|tls (?:negotiation|handshake|connection) "
        r"(?:failed|error)|(?:tls|ssl|encryption) (?:is )?required|"
        r"must (?:issue|use) (?:a )?(?:starttls|tls)",
        "530 5.7.0 Must issue a STARTTLS command first",
    ),
    # --- mail system problems ------------------------------------------------------------------
    Pattern(
        R.SYSTEMFULL,
        1,
        r"insufficient (?:system )?(?:storage|disk|space)|mail system "
        r"(?:is )?full|(?:disk|filesystem|file system|spool) (?:is )?full|no space left|"
        r"out of (?:disk )?space",
        "452 4.3.1 Insufficient system storage",
    ),
    Pattern(
        R.SECURITYERROR,
        1,
        r"authentication (?:is )?required|must (?:be )?authenticated|"
        r"(?:auth|authentication) (?:failed|credentials invalid)|certificate|"
        r"not authorized|unauthorized|security (?:policy|reasons)|access denied",
        "530 5.7.1 Authentication required",
    ),
    Pattern(
        R.SYSTEMERROR,
        1,
        r"system error|internal (?:server )?error|(?:local )?configuration "
        r"error|temporary (?:local )?problem|server error|mail loops? back|loops? back to "
        r"myself|routing loop|too many hops|hop count exceeded|mail loop",
        "554 5.4.6 Too many hops",
    ),
    Pattern(
        R.SYSTEMERROR,
        2,
        r"local error in processing|error in processing|requested action aborted: (?:local )?"
        r"error",
        "451 Requested action aborted: local error in processing",
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"connection (?:timed out|refused|reset|lost|closed|failed|"
        r"dropped)|timed out|time-?out|no route to host|network (?:is )?unreachable|"
        r"(?:could not|couldn't|unable to|cannot|can't) connect|lost connection|"
        r"host (?:is )?unreachable|temporary failure in name resolution|dns (?:error|"
        r"failure|lookup failed)",
        "Connection timed out",
    ),
    Pattern(
        R.EXPIRED,
        1,
        r"(?:message|delivery time) expired|retry time(?:out)? (?:not reached|"
        r"exceeded)|queue (?:lifetime|time|timeout)|too long in (?:the )?queue|"
        r"(?:could not|couldn't|was not|has not been|not) (?:be )?delivered (?:for|in|within) "
        r"(?:the (?:last )?)?\d+|giving up|no (?:further )?(?:retries|attempts)|\bexpired\b",
        "Message expired after 5 days / retry timeout exceeded",
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"x-unix|(?:command|mailer|program|pipe)(?: \S+)? (?:died|failed|"
        r"error)|procmail|exit (?:code|status) \d|unknown mailer",
        "550 5.0.0 Unknown mailer error 1",
    ),
    Pattern(
        R.SYNTAXERROR,
        1,
        r"syntax error|command (?:unrecognized|not (?:recognized|"
        r"implemented))|unrecognized command|bad sequence of commands|out of sequence|"
        r"line too long|invalid command",
        "503 5.5.0 Bad sequence of commands",
    ),
    Pattern(
        R.NOTCOMPLIANTRFC,
        1,
        r"rfc ?(?:2822|5322|822|5321|2821)\W{0,3}(?:complian|section|"
        r"violation|requires|standard)|not (?:rfc|standards?)[- ]?(?:\d+ )?complian|"
        r"does not (?:comply|conform)|(?:multiple|duplicate) (?:from|to|subject|"
        r"date|message-id|sender)|missing (?:date|from|message-id|required) header|bare lf",
        "550 5.7.1 This message is not RFC 5322 compliant",
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"content (?:rejected|error|not (?:accepted|allowed))|"
        r"(?:invalid|malformed|bad) (?:message )?(?:header|mime|content|encoding)|"
        r"header (?:too long|is too large)|8-?bit (?:data|characters) not",
        "554 5.6.0 Message content rejected",
    ),
    Pattern(
        R.SUPPRESSED,
        1,
        r"suppression list|(?:address|recipient) (?:is )?suppressed|"
        r"previously bounced|bounced address|on (?:our|the) do.not.(?:mail|send) list",
        "550 Address on the account-level suppression list",
    ),
)
