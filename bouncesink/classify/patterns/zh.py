"""Chinese phrases, simplified and traditional characters as sent (Tencent QQ, NetEase
163/126, Sina, Coremail-based servers, Hong Kong and Taiwan hosts).

Chinese mail hosts publish the bounce texts they answer with and their meaning (the
"退信" help pages cited below); most SMTP replies are English, the Chinese text is in the
providers' own bounce bodies. Numbers are stable: append, never renumber.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import SEED, Pattern
from bouncesink.types import Reason as R

_HELP = (
    "emailhost.com.cn bounce help ('[退信] 收件人不存在', '收件容量满', '域名不存在', "
    "'垃圾邮件退信'); tnet.hk bounce help (tradi"
    "tional: '對方用戶不存在', '帳號被禁用(凍結、鎖定、刪除等)')"
)


ENTRIES: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:邮箱|信箱)(?:已满|空间不足|容量不足)|空间不足",
        "552 邮箱已满",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation), Chinese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:用户|收件人|邮箱|帐号|账号)(?:名)?不存在",
        "550 用户不存在",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Chinese wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"垃圾邮件",
        "550 被识别为垃圾邮件",
        source=(
            "RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused) with a spam "
            "verdict, Chinese wording; no server sample on record"
        ),
    ),
    # --- added: the seed's hard classes in Chinese ----------------------------------------------
    Pattern(
        R.USERUNKNOWN,
        2,
        r"(?:用戶|收件人|郵箱|帳號|帳戶|账户|对方用户|對方用戶)(?:名)?不存在|(?:收件人|用户|"
        r"用戶)(?:地址)?(?:无效|無效|错误|錯誤)|(?:邮箱|郵箱|邮件地址|郵件地址)(?:无效|無效|"
        r"不可用|已注销|已註銷)|查[无無]此(?:人|用户|用戶)",
        "550 對方用戶不存在",
        source=_HELP,
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:帐号|账号|帳號|用户|用戶|邮箱|郵箱)(?:已)?(?:被)?(?:冻结|凍結|禁用|停用|锁定|鎖定)|"
        r"(?:帐号|账号|帳號)(?:已)?(?:过期|過期)",
        "550 该帐号已被冻结",
        source=_HELP + "; help.szhot.com bounce help ('此用户被禁用…可能帐号被冻结或删除')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?:收件人)?域名不存在|網域不存在|(?:收件人)?域名(?:无效|無效)|(?:无法|無法)找到(?:对方|"
        r"對方)?(?:域名|網域)",
        "550 域名不存在",
        source=_HELP,
    ),
    Pattern(
        R.MAILBOXFULL,
        2,
        r"(?:郵箱|信箱)(?:空間|容量)?(?:已滿|不足|不夠)|收件容量(?:已)?满|(?:对方|對方)(?:邮箱|"
        r"郵箱)(?:空间|空間)(?:不够|不夠)",
        "552 對方郵箱空間不夠,無法接收新郵件",
        source=_HELP,
    ),
    # --- sender side ----------------------------------------------------------------------------
    Pattern(
        R.REJECTED,
        1,
        r"(?:发件人|發件人)(?:地址)?(?:无效|無效|被拒绝|被拒絕|不存在|被禁止|在.{0,10}黑名[单單])|"
        r"(?:发信|發信)(?:地址|人)(?:伪造|偽造)",
        "553 发件人地址无效",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Chinese wording; fobhost.com bounce help ('553 "
        "Invalid sender: 投递方发信地址伪装')",
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"(?<![a-z])ip(?:地址)?(?:被)?(?:屏蔽|封禁|拒绝|拒絕|列入黑名[单單])|黑名[单單]",
        "554 发件人IP被屏蔽",
        source="fobhost.com bounce help ('remote ip is forbidden: 发件人IP被屏蔽'); RFC 3463 §3.8",
        hint=("屏蔽", "封禁", "拒绝", "拒絕", "黑名"),
    ),
    Pattern(
        R.SPAMDETECTED,
        2,
        r"垃圾郵件|廣告郵件|广告邮件",
        "550 被識別為垃圾郵件",
        source=_HELP,
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"(?:违反|違反)了?.{0,6}(?:策略|政策|规定|規定)",
        "550 邮件违反了安全策略",
        source="RFC 3463 §3.8 (X.7.1 local policy), Chinese wording; no server sample on record",
    ),
    # --- temporary ------------------------------------------------------------------------------
    Pattern(
        R.SYSTEMERROR,
        1,
        r"(?:暂时|暫時)(?:无法|無法|不可用)|(?:请|請)稍[后後](?:再试|再試|重试|重試)|系[统統]繁忙",
        "450 邮箱暂时无法接收邮件,请稍后再试",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Chinese wording; no server sample on "
        "record",
    ),
    Pattern(
        R.NOTACCEPT,
        1,
        r"(?:域名|網域)[^。]{0,10}(?:不接收|不接受)(?:任何)?(?:邮件|郵件)",
        "556 该域名不接收任何邮件",
        source="RFC 7505 (null MX) / RFC 7504 (556), Chinese wording; no server sample on record",
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"(?:发信|發信|发送|發送)(?:频率|頻率)(?:过快|過快|过高|過高)|(?:发信|"
        r"發信)数(?:量)?超(?:过|出)?限制",
        "451 4.7.1 发信频率过快,请稍后再试",
        source="emailhost.com.cn bounce help ('[退信] 发信数超限制: sending quota exceeded'); "
        "RFC 5321 §4.2.2 (421/450/452), Chinese wording",
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        r"未开通(?:qq)?(?:邮箱|邮件)|未開通(?:qq)?(?:郵箱|郵件)",
        "550 5.1.1 该用户未开通QQ邮箱",
        source="RFC 3463 §3.2 (X.1.1): the address has no mailbox ('未开通邮箱', QQ Mail's "
        "wording); no server sample on record",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:帐户|账户|帳戶)(?:已)?(?:被)?(?:冻结|凍結|禁用|停用|锁定|鎖定|注销|註銷)",
        "550 5.2.1 收件人帐户已被冻结",
        source=(
            "emailhost.com.cn / tnet.hk bounce help "
            "(禁用, 凍結, 鎖定); help.szhot.com ('帐号被冻结'); "
            "RFC 3463 §3.3"
        ),
    ),
    # --- the seed's own words, each class whole (design.md, "Vocabulary"); simplified and
    # traditional (Taiwan and Hong Kong write 收件者, 信箱, 網域) ------------------------------
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"(?:无效|無效|未知|错误|錯誤)的?(?:域名|網域)|(?<!发件人)(?<!發件人)(?:域名|網域)"
        r"(?:名稱|名称)?(?:无效|無效|不可用|已不再使用|不再使用|已失效)",
        "550 无效的域名 / 该域名已不再使用",
        source=SEED + ", Chinese wording ('域名 ... 无效、未知、不可用、已不再使用')",
    ),
    Pattern(
        R.USERUNKNOWN,
        5,
        r"(?:无效|無效|未知|错误|錯誤)的?(?:收件人|收件者|用户|用戶|邮箱|信箱|郵箱)|(?:邮箱|郵箱|"
        r"信箱)地址(?:无效|無效|不可用|無法使用)|(?:找不到|查无|查無)(?:该|此|該)?(?:邮箱|信箱|"
        r"郵箱|用户|用戶|收件人|收件者)|(?:收件人|收件者)(?:地址)?(?:被拒绝|被拒絕|遭拒|遭到拒絕)|"
        r"(?:邮箱|郵箱|信箱)(?:已)?失效|(?:收件者|信箱)不存在",
        "550 无效的收件人 / 收件人地址被拒绝",
        source=SEED + ", Chinese wording ('邮箱 ... 无效、未知、找不到、已失效'; 'Recipient "
        "address rejected': '收件人地址被拒绝')",
    ),
    Pattern(
        R.SUSPEND,
        3,
        r"信箱(?:已)?(?:被)?(?:停用|冻结|凍結|禁用|鎖定)|(?:邮箱|郵箱|信箱|帐号|账号|帳號|账户|"
        r"帳戶)(?:处于|處於)?(?:非活动|非活動|不活跃|不活躍)(?:状态|狀態)?",
        "550 邮箱处于非活动状态 / 信箱已停用",
        source=SEED + ", Chinese wording ('邮箱存在但不再活动')",
    ),
    Pattern(
        R.REJECTED,
        2,
        r"(?:发件人|發件人|发信人|發信人)的?(?:域名|網域)(?:无效|無效|不存在|错误|錯誤)",
        "553 发件人域名无效",
        source="RFC 3463 §3.2 (X.1.8: bad sender's system address), Chinese wording; the "
        "sender's domain, not the recipient's (hostunknown 1 would read it otherwise)",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"(?:邮件|郵件|信件)(?:大小)?(?:太大|过大|過大|超过大小限制|超出大小限制)",
        "552 邮件过大",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), Chinese wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"(?:连接|連接|連線|连线)(?:超时|逾时|逾時|超時|被拒绝|被拒絕|中断|中斷|断开|斷開|被重置)|(?:服务器|伺服器|服務器)(?:无|無|没有|沒有)(?:响应|"
        r"回应|回應|響應)|无法连接|無法連線|没有路由",
        "与服务器的连接断开",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Chinese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"邮件循环|郵件循環|(?:检测到|偵測到)(?:邮件)?循环|跳数过多|跳數過多|跳数超过",
        "554 跳数超过上限,可能存在邮件循环",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Chinese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"配置错误|配置錯誤|设定错误|設定錯誤|配置不正确",
        "451 邮件服务器配置不正确",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Chinese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:邮件|郵件|信件)格式(?:错误|錯誤|不正确|無效|无效|不合法)",
        "554 信件格式不合法",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Chinese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        2,
        r"(?:不允许|不允許|禁止)的?附件|附件类型(?:不允许|被禁止)|附件類型(?:不允許|被禁止)",
        "552 禁止的附件(.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Chinese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"(?:检测到|偵測到|发现|發現|含有|包含)病毒|病毒(?:邮件|郵件)",
        "554 发现病毒",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: virus, a refusal of our "
            "content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused), Chinese "
            "wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"内容过滤|內容過濾",
        "550 被内容过滤拦截",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Chinese wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        2,
        r"(?:发送|發送|发信|發信|连接|連線)频率|頻率過高|频率过快|頻率過快|(?:发送|發送)(?:过于|過於)频繁",
        "421 发信频率过高",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Chinese wording; no server sample on "
            "record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"(?:连接|連接|連線|连线).{0,8}(?:超时|逾时|逾時|超時)",
        "连接远程服务器超时",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Chinese wording; no server sample on record"
        ),
    ),
    # --- "you": our sender addressed, the recipient named through "you" -----------------------
    Pattern(
        R.REJECTED,
        3,
        # A reply speaks to the client that sent the message: "您的帐户" is our sender's own
        # account, address or domain, never the recipient's (suspend); the possessive stands
        # right before the noun ("您的收件人的帐户" is the recipient's).
        r"(?:您|你|贵方|貴方)的?(?:(?:电子)?(?:邮件|邮箱)地址|(?:電子)?(?:郵件|郵箱|信箱)地址|"
        r"(?:发件|發件|发信|發信)?地址|帐户|账户|帳戶|帐号|账号|帳號|邮箱|郵箱|信箱|域名|網域)(?:已经|已經|已)?(?:被)?"
        r"(?:冻结|凍結|禁用|停用|锁定|鎖定|注销|註銷|封禁|封锁|封鎖|暂停|暫停|停权|停權|无效|無效|不存在|"
        r"错误|錯誤|未知|过期|過期|未注册|未註冊)|(?:您|你)(?:没有|沒有|无|無)(?:权|權)(?:限)?"
        r"(?:向|给|給|对|對)?[^。,]{0,15}(?:发送|發送|发信|發信|寄送|寄信|发邮件|發郵件)|"
        r"(?:您|你)(?:没有|沒有)[^。,]{0,20}的(?:权限|權限)|(?:您|你)(?:被)?禁止(?:向|给|給)[^。,]{0,15}(?:发送|發送|发信|發信|寄送)",
        "550 您的帐户已被禁用",
        source="RFC 5321 §4.2 (a reply answers the SMTP client: 'your' is the sender) and RFC "
        "3463 §3.8 (X.7.1) / §3.2 (X.1.7/X.1.8 bad sender's address), Chinese wording "
        "(simplified and traditional); no server sample on record",
        early=True,
    ),
    Pattern(
        R.USERUNKNOWN,
        6,
        # The recipient's address named by a relative clause on "you" ("您发送的地址", "the
        # address you sent to"): a verb between "您" and "的", so never "您的" (rejected 3).
        r"(?:您|你)(?:所|要|想|正在)?(?:发送|發送|发信|發信|写信|寫信|联系|聯繫|联络|聯絡|寄信|"
        r"寄送|发|發|寄|写|寫)(?:邮件|郵件|信)?(?:到|至|给|給)?的(?:(?:收件人|收件者|邮件|郵件|"
        r"电子邮件|電子郵件)?地址|邮箱|郵箱|信箱|用户|用戶|收件人|收件者)(?:地址)?(?:不存在|无效|"
        r"無效|未知|错误|錯誤|不可用)",
        "550 您发送的地址不存在",
        source=SEED + ", Chinese wording with a relative clause on 'you' ('您发送的地址'); RFC "
        "3463 §3.2 (X.1.1); no server sample on record",
    ),
)
