"""English phrases of refusals caused by the *sender*: authentication, reverse DNS, reputation,
block lists, spam, viruses, policy, relaying, our own sender address. All are kind ``block``:
such a refusal says nothing about the recipient's address and never suppresses it.

Folded text (see ``table``). Numbers are stable: append, never renumber.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import Pattern
from bouncesink.types import Reason as R

ENTRIES: tuple[Pattern, ...] = (
    # --- authentication (SPF, DKIM, DMARC) -----------------------------------------------------
    Pattern(
        R.AUTHFAILURE,
        1,
        r"\b(?:spf|dkim|dmarc)\b.{0,60}?(?:fail|reject|policy|not pass|didn't pass|did not pass|"
        r"violat|invalid|error|check|align|verif|missing)",
        "550 5.7.1 Email rejected per DMARC policy for example.com",
        source="corpus: lhost-dragonfly-01, lhost-postfix-70",
    ),
    Pattern(
        R.AUTHFAILURE,
        2,
        r"(?:fail(?:ed|s|ure|ing)?|not pass|did not pass|didn't pass|rejected by|per|bad|"
        r"violat\w*) "
        r"(?:both |the )?(?:\S+ )?(?:spf|dkim|dmarc)\b",
        "550 5.7.1 Message failed the DMARC check",
        source="corpus: lhost-dragonfly-02, lhost-exim-29",
    ),
    Pattern(
        R.AUTHFAILURE,
        3,
        r"sender policy framework|domain-?based message authentication|"
        r"authentication information|not authenticated (?:by|with)|authenticate with (?:either )?"
        r"(?:spf|dkim)|sender is unauthenticated|unauthenticated e-?mail from "
        r"\S+ is not accepted",
        "550 5.7.26 This message does not have authentication information",
        source="corpus: lhost-dragonfly-01, lhost-postfix-70",
    ),
    # --- reverse DNS ---------------------------------------------------------------------------
    Pattern(
        R.REQUIREPTR,
        1,
        r"reverse (?:dns|lookup|hostname|name|address|resolution)|\brdns\b|\bptr\b",
        "550 5.7.25 The IP address sending this message does not have a PTR record setup",
        source="corpus: lhost-dragonfly-06, lhost-exim-32",
    ),
    Pattern(
        R.REQUIREPTR,
        2,
        r"cannot find your hostname|can(?:no|')t resolve your (?:ip|address|hostname)|"
        r"(?:ip|client) name lookup failed|unresolvable (?:ip|client)|no dns (?:name|entry) "
        r"for (?:your|the client)|unverif(?:i|y)able (?:sending )?ips?|mismatches client ip",
        "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]",
        source="corpus: lhost-exim-38, lhost-outlook-09",
        hint=(
            "hostname",
            "resolve your",
            "name lookup failed",
            "unresolvable",
            "no dns",
            "unverif",
            "mismatches client ip",
        ),
    ),
    # --- reputation ----------------------------------------------------------------------------
    Pattern(
        R.BADREPUTATION,
        1,
        r"(?:ip|sender|domain|poor|bad|low)(?: e-?mail)? reputation|reputation (?:of|is|too)|"
        r"senderbase|"
        r"sender score",
        "451 4.7.650 The mail server has been temporarily rate limited due to IP reputation",
        source=(
            "corpus: rhost-microsoft-05 (Office 365 4.7.650); Microsoft 'Email non-delivery "
            "reports and SMTP errors in Exchange Online' (4.7.650-4.7.699: IP throttled for "
            "reputation)"
        ),
        hint=("reputation", "senderbase", "sender score"),
    ),
    # --- blocked: the sending host or IP is refused --------------------------------------------
    Pattern(
        R.BLOCKED,
        1,
        r"(?:black|block|deny|ban)[ -]?list|\bdnsbl\b|\brbls?\b|spamhaus|spamcop|\bsorbs\b|"
        r"barracudacentral|\bsurbl\b|\buceprotect",
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
        source="corpus: lhost-amazonses-15, lhost-exim-31",
    ),
    Pattern(
        R.BLOCKED,
        2,
        r"(?:blocked|listed) (?:using|by|on|in|at) \S+\.(?:org|net|com|info)",
        "550 blocked using bl.example.net",
        source="corpus: lhost-amazonses-15, lhost-gmail-04",
    ),
    Pattern(
        R.BLOCKED,
        3,
        r"(?:client|sending|your|remote|connecting|source) (?:host|ip|server|ip address|"
        r"mail server|network) (?:\[[^]]*\] |\S+ )?(?:is |has been |was )?(?:blocked|banned|"
        r"blacklisted|refused|rejected|denied|not (?:allowed|permitted|authorized) to send)",
        "554 5.7.1 Client host rejected: IP address is blocked",
        source="corpus: lhost-amazonses-15, lhost-gmail-04",
    ),
    Pattern(
        R.BLOCKED,
        4,
        r"\bip\b.{0,40}(?:blocked|banned|not allowed|not authorized|listed|refused|rejected)|"
        r"(?:blocked|banned|refused).{0,30}\bip\b",
        "550 5.7.1 The IP you're using to send mail is not authorized to send email directly",
        source="corpus: lhost-qmail-09, lhost-sendmail-33",
        hint=(
            "blocked",
            "banned",
            "not allowed",
            "not authorized",
            "listed",
            "refused",
            "rejected",
        ),
    ),
    Pattern(
        R.BLOCKED,
        5,
        r"dynamic (?:ip|address|pool|range)|dial-?up|residential|\bdul\b|generic "
        r"(?:rdns|reverse)",
        "550 Mail from dynamic IP addresses is not accepted",
        source="corpus: rhost-cox-01 (Cox, dynamic address); AOL's DYN:T1 code (host:aol:01)",
    ),
    Pattern(
        R.BLOCKED,
        6,
        # (Postfix's "host X refused to talk to me: <reply>" names the stage, a refused
        # greeting, not its cause: the reply after it decides; see engine._refine. The
        # literals after "access denied" are whole words: "banned recipient" is no "ip".)
        r"connection (?:rejected|denied) (?:by|from|due)|access denied.{0,20}\b(?:ip|"
        r"host|connection)\b|service unavailable[;,] client host|"
        r"not accepting connections|invalid ip for sending",
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
        source=(
            "corpus: lhost-gmail-04; Postfix smtpd_check.c (reject_rbl_client: 'Service "
            "unavailable; Client host [x] blocked using <zone>')"
        ),
    ),
    Pattern(
        R.BLOCKED,
        7,
        r"helo command rejected|invalid helo|bad helo|helo .{0,30}(?:rejected|refused|invalid)",
        "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
        source=(
            "Postfix smtpd_check.c (reject_non_fqdn_helo_hostname, "
            "reject_invalid_helo_hostname: 'Helo command rejected: need fully-qualified "
            "hostname')"
        ),
    ),
    # --- spam ----------------------------------------------------------------------------------
    Pattern(
        R.SPAMDETECTED,
        1,
        r"\bspams?\b|\bspammy\b|junk ?mail|unsolicited (?:mail|e-?mail|bulk|commercial|message)",
        "550 5.7.1 Our system has detected that this message is likely unsolicited mail",
        source="corpus: lhost-amavis-03, lhost-exim-55",
    ),
    Pattern(
        R.SPAMDETECTED,
        2,
        r"(?:message|mail|content)\b.{0,30}(?:looks|seems|appears|classified|considered|"
        r"identified|detected|scored|determined) (?:like|to be|as)? ?(?:spam|junk|bulk|"
        r"suspicious|a phish)",
        "554 Message was identified as bulk",
        source=(
            "RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused) with a spam "
            "verdict; no corpus sample on record"
        ),
    ),
    Pattern(
        R.SPAMDETECTED,
        3,
        r"\bphish|suspicious (?:content|message|mail|url|link)|high (?:spam|probability)|"
        r"content rejected|\bube\b",
        "550 5.7.1 Message content rejected, UBE",
        source="corpus: lhost-postfix-62, lhost-sendmail-38",
    ),
    # --- virus ---------------------------------------------------------------------------------
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"\bvirus|malware|infected|\btrojan|malicious (?:content|code|attachment|software)",
        "550 5.7.0 Message contains a virus",
        source="corpus: lhost-amavis-03, lhost-googlegroups-14",
    ),
    # --- policy --------------------------------------------------------------------------------
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"policy violation|violat(?:es|ed|ion of) (?:our|the|local|\S+) ?(?:\S+ )?polic|"
        r"against (?:our|the) (?:\S+ )?polic",
        "550 5.7.1 Message rejected: policy violation",
        source="corpus: lhost-dragonfly-18, lhost-postfix-51",
    ),
    Pattern(
        R.POLICYVIOLATION,
        2,
        r"(?:prohibited|forbidden|banned|blocked|dangerous|unacceptable|disallowed) "
        r"(?:attachment|file|content|extension|attachment type)|attachment.{0,30}(?:not "
        r"allowed|prohibited|blocked|rejected)",
        "552 5.7.0 Prohibited attachment type: .exe",
        source=(
            "RFC 3463 §3.8 (X.7.1 delivery not authorized: local policy); no corpus sample on "
            "record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        3,
        r"(?:rejected|refused|blocked) (?:due to|for|by) (?:local |security |our |content |"
        r"the )?polic|local policy|policy reasons|not allowed by (?:local )?policy|"
        r"administrative prohibition|denied by (?:local )?policy",
        "554 5.7.9 Message not accepted for policy reasons",
        source="corpus: lhost-dragonfly-03, lhost-postfix-42",
    ),
    # --- relaying ------------------------------------------------------------------------------
    Pattern(
        R.NORELAYING,
        1,
        r"relay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed|authorized)|prohibited|"
        r"forbidden|refused)|(?:unable|not permitted|not allowed|cannot|can't|not authorized) "
        r"to relay|we do not relay|no relaying|relay not",
        "554 5.7.1 <cat@example.com>: Relay access denied",
        source="corpus: lhost-amazonses-21, lhost-dragonfly-15",
    ),
    Pattern(
        R.NORELAYING,
        2,
        r"as a relay|open relay|not configured to relay|not (?:a )?local (?:domain|host)|"
        r"relaying mail to \S+ is not allowed|does not relay",
        "553 you are trying to use me as a relay, but I have not been configured to let you",
        source="corpus: lhost-postfix-44; RFC 5321 §3.6.2 (relaying refused) / RFC 3463 X.7.1",
    ),
    # --- our sender address refused -----------------------------------------------------------
    Pattern(
        R.REJECTED,
        1,
        r"sender(?:'s)? (?:e-?mail address |address |domain |e-?mail |mailbox |account |user )?"
        r"(?:was |is |has been )?(?:rejected|refused|denied|blocked|"
        r"not (?:allowed|accepted|authorized|permitted|valid)|invalid|unknown|verify failed|"
        r"verification failed|does not exist|doesn't exist|disabled)",
        "553 5.1.8 <cat@example.jp>... Sender address rejected: Domain not found",
        source="corpus: lhost-office365-05, lhost-qmail-03",
    ),
    Pattern(
        R.REJECTED,
        2,
        r"(?:invalid|bad|unknown|unverified|blocked|forged|illegal|unroutable|unrouteable) "
        r"(?:envelope )?(?:sender|mail from|from address|return.path)(?! ip\b)",
        "550 Unroutable sender address",
        source="corpus: lhost-exim-36, make-test-21",
    ),
    Pattern(
        R.REJECTED,
        3,
        r"domain of sender address|sender domain (?:must|does not|is not|not)|mail from:? "
        r".{0,60}(?:rejected|refused|denied|not allowed)|unresolvable rfc ?\.?5321 from domain|"
        r"from:? domain is invalid|provide a valid from",
        "501 5.1.8 <cat@invalid>: Domain of sender address cat@invalid does not exist",
        source="corpus: lhost-exim-45, lhost-postfix-10",
    ),
    Pattern(
        R.REJECTED,
        4,
        r"(?:sender|from:?) .{0,60}(?:is )?(?:on|in) (?:the |our |my )?(?:black ?list|block ?list|"
        r"deny ?list)|(?:you|sender) (?:are|is) not allowed to send (?:mail|messages|email) to",
        "550 Sender is in the blacklist",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8 bad sender's address); no corpus sample on record",
    ),
    # --- early: phrases that hold a stronger-looking word of another reason -------------------
    Pattern(
        R.REJECTED,
        5,
        r"(?:sending|send) (?:to/from|from) an address that (?:has been|is) (?:black|block)"
        r"listed|not a member of (?:this|the) (?:mailing )?list|only members (?:can|may) post|"
        r"(?:don't|do not|doesn't|not) have permission to post|group you tried to contact",
        "Sorry, you are sending to/from an address that has been blacklisted",
        source="corpus: lhost-exim-57, lhost-fml-02",
        hint=("listed", "not a member", "only members", "permission to post", "group you tried"),
        early=True,
    ),
    Pattern(
        R.SECURITYERROR,
        2,
        r"unauthenticated senders?|(?:relay|send)\w*(?: \S+){0,4} without authentication|"
        r"turn on smtp authentication",
        "550 is not permitted to relay through this server without authentication",
        source="corpus: lhost-postfix-65, lhost-sendmail-53, rhost-messagelabs-01",
        early=True,
    ),
    # --- later additions (numbers continue per reason) ----------------------------------------
    Pattern(
        R.POLICYVIOLATION,
        4,
        r"reject(?:ed)? due to polic|content restrictions|illegal attachment|"
        r"contains (?:a )?(?:banned|prohibited) "
        r"(?:word|file|attachment)",
        "552-5.7.0 Our system detected an illegal attachment on your message",
        source=(
            "corpus: make-test-24; Google Workspace SMTP error reference (552 5.7.0 illegal "
            "attachment)"
        ),
    ),
    Pattern(
        R.SPAMDETECTED,
        4,
        r"content denied|under suspicion of spam",
        "550 Mail content denied",
        source=(
            "QQ Mail (Tencent) '550 Mail content denied' with its service.mail.qq.com help "
            "link; no corpus sample on record"
        ),
    ),
    Pattern(
        R.SPAMDETECTED,
        5,
        r"\b(?:uribl|surbl)\b|(?:black|block)(?:ed|listed) (?:url|uri|link|domain)s? in (?:the )?"
        r"(?:message|body|content)|(?:url|uri|link)s? (?:in (?:the )?message )?(?:is |are )?"
        r"(?:black|block)listed",
        "550-REJECTED - Blacklisted URL in message. (example.com) in [black].",
        source="corpus: lhost-imailserver-06; URI block lists (SURBL, URIBL) as cited in the reply",
        # A link the message carries is on a URI block list: the content is refused, not the
        # sending host (checked before the host block lists' wording).
        early=True,
    ),
    Pattern(
        R.NORELAYING,
        3,
        r"list of allowed rcpthosts?",
        "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
        source=(
            "qmail-smtpd.c ('553 sorry, that domain isn't in my list of allowed rcpthosts "
            "(#5.7.1)')"
        ),
    ),
    Pattern(
        R.AUTHFAILURE,
        4,
        r"anti-?spoofing",
        "550 Rejected by header based Anti-Spoofing policy",
        source=(
            "Mimecast 'Rejected by header based Anti-Spoofing policy' (Mimecast SMTP error "
            "codes); no corpus sample on record"
        ),
    ),
    # --- more wordings of the same families (numbers continue per reason) ---------------------
    Pattern(
        R.AUTHFAILURE,
        5,
        r"spf\.pobox\.com|inspect your spf|spf settings",
        "550 5.7.1 Please inspect your SPF settings",
        source="corpus: lhost-exim-29, lhost-office365-03",
    ),
    Pattern(
        R.REQUIREPTR,
        3,
        r"forward dns entry|unresolvable relay host",
        "550 5.7.25 The corresponding forward DNS entry does not point to the sending IP",
        source=(
            "corpus: rhost-google-06 (Gmail 5.7.25); Google Workspace SMTP error reference "
            "(550 5.7.25 PTR)"
        ),
    ),
    Pattern(
        R.BADREPUTATION,
        2,
        # Refused or slowed *because of* reputation: the cause, not the rate limit it led to.
        r"(?:rate limited|deferred|blocked|rejected) due to (?:\S+ )?reputation",
        "451 4.7.650 The mail server has been temporarily rate limited due to IP reputation",
        source=(
            "corpus: rhost-microsoft-05 (Office 365 4.7.650); Microsoft 'Email non-delivery "
            "reports and SMTP errors in Exchange Online'"
        ),
        hint=("reputation",),
        early=True,
    ),
    Pattern(
        R.BLOCKED,
        8,
        r"said: [45]\d\d blocked\b|blocked using\b|(?:blocked|refused) - see http|confirm this "
        r"mail server|requires confirmation|bad ip profile|network not allowed|no access from "
        r"mail server|accepting mail from your ip|smtp server of your isp|has not passed "
        r"validation|open proxy|forbidden by your ip|after initial connection",
        "550 5.7.1 Please use the SMTP server of your ISP",
        source="corpus: lhost-amazonses-15, lhost-exim-32",
    ),
    Pattern(
        R.BLOCKED,
        9,
        r"looks suspiciously like spammer|too many unwanted messages|was blocked by (?!the "
        r"recipient)|not allowed to connect|:blocked\)|mail server at \S+ is blocked|due to user "
        r"complaints|blocked for abuse|bad (?:sender )?ip\b|spam ips blocked|spams? from your ip|"
        r"(?:currently|you are) sending spam|not allowed to send (?:e-?)?mail from|to submit "
        r"messages to this|no valid recipients from",
        "421 Too many spams from your IP",
        source=(
            "corpus: lhost-exim-47; QQ Mail's 'Too many spams from your IP' refusal (the example)"
        ),
    ),
    Pattern(
        R.SPAMDETECTED,
        6,
        r"appears to be unsolicited|spamassassin|\bbulk (?:e-?mail|mail)\b|bulk\.advertising|"
        r"spamprofiler|\bspamming\b|recurrent pattern detection|mass mailer|blocked by our "
        r"(?:spam )?filter|\banti-?spam checks",
        "550 5.7.1 Rejected: SpamAssassin score 7.5",
        source="corpus: lhost-amavis-03 (amavisd-new / SpamAssassin)",
    ),
    Pattern(
        R.VIRUSDETECTED,
        2,
        r"potentially executable attachment",
        "552-5.7.0 This message was blocked because it has a potentially executable attachment",
        source=(
            "Google Workspace SMTP error reference (support.google.com/a/answer/3726730: 552 "
            "5.7.0 potentially executable attachment)"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        5,
        r"not accepting mail with|organizational settings|content presents a potential|"
        r"messages containing (?:images|attachments)|header error|header are not accepted",
        "550 5.7.1 Because the recipient is not accepting mail with attachments",
        source="corpus: lhost-postfix-28, lhost-sendmail-09",
    ),
    Pattern(
        R.NORELAYING,
        4,
        r"insecure mail relay|send to a non-local|not a gateway|relaying mail to|"
        r"we don't handle mail for|we do not handle mail for",
        "550 5.7.1 Insecure mail relay",
        source="RFC 5321 §3.6.2 (relaying refused) / RFC 3463 X.7.1; no corpus sample on record",
    ),
    Pattern(
        R.REJECTED,
        6,
        r"\bbatv\b|bogus mail from|purported responsible address|valid sender domain|bouncedeny|"
        r"senderfilterconfig|(?:empty|null) (?:envelope )?senders? (?:is |are )?not allowed|"
        r"third-party dsns|unsigned dsn|returned mail not accepted|from a different address or "
        r"alias|sender is (?:a )?spammer|not pre-?approved|sender domain is empty|backscatter "
        r"protection|email address is not verified|invalid domain, see|access denied \(in reply "
        r"to mail from command\)|mail from not owned|does not accept (?:e-?)?mail from\b(?! any)|"
        r"doesn't accept (?:e-?)?mail from\b(?! any)",
        "550 5.7.1 The message has been rejected by BATV defense",
        source="corpus: lhost-exim-43, lhost-googleworkspace-01, lhost-postfix-54",
    ),
    Pattern(
        R.REJECTED,
        7,
        r"(?:sender|email|e-mail) address (?:has been|is) (?:black|block)listed|"
        r"\(sender blacklisted\)",
        "553 Sorry, your email address has been blacklisted",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8 bad sender's address); no corpus sample on record",
        hint=("blacklisted", "blocklisted"),
    ),
    Pattern(
        R.REJECTED,
        8,
        # Mailing lists that take posts from their members only (see 05).
        r"not allowed to post to this (?:mailing )?list|by non-member to a members-only list|"
        r"closed mailing list|not subscribed to this group",
        "550 You are not allowed to post to this mailing list",
        source="Mailman / Google Groups member-only posting refusals; no corpus sample on record",
    ),
    Pattern(
        R.SECURITYERROR,
        4,
        # qmail: "you don't authenticate or the domain isn't in my list of allowed rcpthosts".
        r"(?:don't|do not) authenticate",
        "553 sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts",
        source=(
            "qmail-smtpd.c with SMTP AUTH ('553 sorry, you don't authenticate or the domain "
            "isn't in my list of allowed rcpthosts')"
        ),
        early=True,
    ),
    Pattern(
        R.REJECTED,
        9,
        # Our own sending account is stopped at the provider we relay through (Mail.ru): about
        # the sender, not the recipient's "account ... disabled" (suspend).
        r"(?:message )?sending (?:for|from) (?:this|your) account (?:is|has been) (?:disabled|"
        r"blocked|suspended)",
        "550 message sending for this account is disabled",
        source="Mail.ru's reply as mailout.ru/2015/09 explains it (the sender's account, "
        "restored by a password reset or an ownership check); no corpus sample on record",
    ),
    Pattern(
        R.AUTHFAILURE,
        6,
        # SPF named as the verdict, before or after it: "[SPF] 192.0.2.1 is not allowed to send
        # mail from example.org", "550 5.1.0 <id> blocked by SPF".
        r"\[spf\]|blocked by spf|\bspf\b\W+(?:\S+ ){0,3}is not allowed to send",
        "550 5.7.0 [SPF] 192.0.2.25 is not allowed to send mail from example.org",
        source=(
            "Interia (pomoc.poczta.interia.pl, '550 5.7.0 [SPF] host is not allowed to send mail "
            "from domain'); C4 (faq.c4.cz, '[SPF] 1.2.3.4 is not allowed to send mail from'); "
            "Forpsi (wiki.aspone.cz, '550 5.1.0 <id> blocked by SPF')"
        ),
    ),
    Pattern(
        R.REJECTED,
        10,
        # RFC 7505 §4.2: X.7.27 "Sender address has null MX" is about our sender (X.1.10 is the
        # recipient's); its words must not read as the recipient domain's null MX (notaccept).
        r"sender address (?:has|with) (?:a )?null mx",
        "550 5.7.27 Sender address has null MX",
        source="RFC 7505 §4.2 and the IANA enhanced status code registry (X.7.27)",
    ),
    Pattern(
        R.BLOCKED,
        10,
        # Korean portals filter the sending IP until it is registered with them.
        r"your ip ?(?:\([^)]*\) )?is filtered|you must register your ip",
        "421 4.3.2 Your IP(192.0.2.25) is filtered and this connection will be closed. You "
        "must register your IP to http://realip.naver.com",
        source=(
            "Naver and Hanafos replies as Korean administrators list them "
            "(puffinknight.tistory.com/102, blog.jinbo.net/007/archive/20051107)"
        ),
    ),
    # --- MTA texts (provider replies, second set) ----------------------------------------------
    Pattern(
        R.REJECTED,
        11,
        # Said of our MAIL FROM, though it names no sender word a recipient rule would yield to.
        r"no mx for your (?:from|sender|mail from|envelope sender) address",
        "550 No MX for your FROM address",
        source="Haraka, plugins/mail_from.is_resolvable.js (our sender domain has no MX nor A)",
    ),
    Pattern(
        R.REJECTED,
        12,
        r"envelope sender is in my badmailfrom list",
        "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)",
        source="qmail, qmail-smtpd.c err_bmf (our sender on the receiver's bad sender list)",
    ),
    Pattern(
        R.REJECTED,
        13,
        # A reply speaks to the client that sent the message: "your account" is our sender's own
        # (at the relay or provider it sends through), never the recipient's mailbox (suspend).
        # Its address or domain too ("your address is not valid", "your domain does not
        # exist"); "your recipient's ..." is the recipient's (no rule here).
        r"your (?:e-?mail |mail |user |sending |smtp |sender |return )?(?:account|address|"
        r"domain(?: name)?) (?:is |has been |was |does |did )?(?:temporarily |permanently )?(?:"
        r"disabled|deactivated|suspended|discontinued|terminated|closed|locked|blocked|"
        r"blacklisted|frozen|invalid|unknown|not (?:valid|known|found|exist|allowed|permitted|"
        r"authori[sz]ed)|(?:does ?n[o']?t|doesnt) exist|no longer (?:valid|exists?|in use))",
        "550 Your account has been disabled",
        source="RFC 5321 §2.3.2 (the reply goes to the SMTP client: 'your' is the sender) and "
        "RFC 3463 §3.8 (X.7.1 delivery not authorized); no server sample on record",
        early=True,
    ),
    Pattern(
        R.NORELAYING,
        5,
        r"delivery is not allowed to this address",
        "550 Delivery is not allowed to this address.",
        source=(
            "hMailServer, source/Server/SMTP/SMTPConnection.cpp (the IP range's relay rules "
            "refuse the delivery)"
        ),
    ),
    Pattern(
        R.NORELAYING,
        6,
        r"i cannot deliver mail for",
        "550 I cannot deliver mail for <jane.doe@example.com>",
        source=(
            "Haraka, connection.js (no plugin accepted the recipient: 'No plugin determined if "
            "relaying was allowed')"
        ),
    ),
    Pattern(
        R.REQUIREPTR,
        4,
        r"no fcrdns match",
        "554 Sorry, no FCrDNS match found",
        source="Haraka, plugins/connect.fcrdns.js (our PTR does not resolve back to our IP)",
    ),
    Pattern(
        R.AUTHFAILURE,
        7,
        r"sender id \(pra\) not permitted",
        "550 5.7.1 Sender ID (PRA) Not Permitted",
        source=(
            "Microsoft, 'Sender ID' (Exchange Server anti-spam: our IP is not permitted for the "
            "purported responsible address)"
        ),
    ),
)
