"""Japanese phrases, matched as NFKC text (half-width katakana become full-width; Latin
letters are lower-cased, so "IPアドレス" is ``ipアドレス``).

Japanese carriers (docomo, au, SoftBank) answer in English; Japanese text comes from
domestic hosting and groupware servers, localized Exchange and Domino. Numbers are stable.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import SEED, Pattern
from bouncesink.types import Reason as R

ENTRIES: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:メールボックス|受信箱|容量)(?:が|の容量が)?(?:一杯|いっぱい|満杯|不足)|容量(?:超過|"
        r"オーバー|を超え)",
        "552 メールボックスがいっぱいです",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation), Japanese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"(?:メール|メッセージ)の?サイズ(?:が|は)?(?:大きすぎ|制限を超え|上限を超え)",
        "552 メールのサイズが大きすぎます",
        source=(
            "RFC 3463 §3.4 (X.3.4 message too big for system), Japanese wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:アカウント|メールボックス|メールアドレス)(?:が|は)?(?:停止|無効|利用停止|凍結)",
        "550 このアカウントは停止されています",
        source=(
            "RFC 3463 §3.3 (X.2.1 mailbox disabled, not accepting messages), Japanese "
            "wording; no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"宛先不明|(?:宛先|メールアドレス|アドレス|ユーザー?|アカウント|メールボックス|"
        r"受信者)(?:が|は)?(?:存在しません|存在しない|見つかりません|不明)|存在しない(?:ユーザー?|"
        r"アドレス|メールアドレス)",
        "550 このメールアドレスは存在しません",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Japanese wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"ドメイン(?:が|は)?(?:存在しません|見つかりません|不明)|存在しないドメイン",
        "550 ドメインが存在しません",
        source=(
            "RFC 3463 §3.2 (X.1.2 bad destination system address), Japanese wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"受信拒否",
        "550 受信拒否されました",
        source=(
            "RFC 3463 §3.8 (X.7.1 refused by the recipient's own rule), Japanese wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"迷惑メール",
        "550 迷惑メールと判定されました",
        source=(
            "RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused) with a spam "
            "verdict, Japanese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        r"(?:アドレス|メールアドレス)(?:は|が)?(?:現在)?(?:使われておりません|使用されていません)",
        "550 このアドレスは現在使われておりません",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Japanese wording; no "
            "server sample on record"
        ),
    ),
    # Lotus Notes / Domino in Japanese: "not in the directory list", its "User not listed in
    # public Name & Address Book" (text:en:userunknown:08).
    Pattern(
        R.USERUNKNOWN,
        3,
        r"ディレクトリのリストにありません",
        "ディレクトリのリストにありません ------- Failure Reasons --------",
        source=(
            "corpus: lhost-notes-02 (Lotus Domino, Japanese); the same report in English, 'User "
            "not listed in public Name & Address Book', is "
            "corpus lhost-notes-03 (text:en:userunknown:08)"
        ),
    ),
    # --- added: the seed's hard classes in Japanese ---------------------------------------------
    Pattern(
        R.USERUNKNOWN,
        4,
        r"(?:宛先|入力した|受信者の)(?:の)?(?:メール ?)?アドレスが(?:見つかりません|"
        r"見つかりませんでした|正しくありません)|(?:そのような|該当する)(?:ユーザー?|"
        r"メールアドレス|アカウント)(?:は|が)(?:存在しません|ありません)|"
        r"受取人が(?:見つかりません|存在しません)",
        "550 5.1.1 入力したメール アドレスが見つかりませんでした",
        source="RFC 3463 §3.2 (X.1.1), Japanese wording of Exchange's 'The email address you "
        "entered couldn't be found'; no server sample on record",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:アカウント|メールボックス|メールアドレス|ユーザー?)(?:は|が)?(?:無効化|休止|解約|"
        r"ロック|凍結)(?:され|中)",
        "550 5.2.1 このアカウントは無効化されています",
        source="RFC 3463 §3.3 (X.2.1), Japanese wording of the seed's 'deactivated, closed, "
        "blocked'; no server sample on record",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"ドメイン名?(?:が|は)?(?:正しくありません|無効です|見つかりませんでした)|"
        r"宛先ドメインが(?:存在しません|不明)",
        "550 5.1.2 宛先ドメインが存在しません",
        source="RFC 3463 §3.2 (X.1.2), Japanese wording; no server sample on record",
    ),
    Pattern(
        R.MAILBOXFULL,
        2,
        r"(?:容量|メールボックス)の?(?:上限|制限)(?:に達|を超過)|保存容量を超え|空き容量が(?:不足|"
        r"ありません)",
        "552 5.2.2 メールボックスの容量の上限に達しています",
        source="Xserver support FAQ on mail refused for a full mailbox "
        "('メールボックスの容量超過', "
        "www.xserver.ne.jp support/faq service_mail_trouble_method_receive); RFC 3463 §3.3",
    ),
    # --- sender side ----------------------------------------------------------------------------
    Pattern(
        R.REJECTED,
        1,
        r"(?:送信者|差出人|送信元)の?(?:メール ?)?アドレス(?:が|は)?(?:無効|拒否|不正|"
        r"存在しません|見つかりません)|(?:送信者|差出人|送信元)(?:が|は)拒否",
        "553 5.1.8 送信者のメールアドレスが無効です",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Japanese wording; no server sample on record",
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"(?:ipアドレス|送信元ip|送信元サーバー?)(?:が|は)?(?:拒否|ブロック|ブラックリスト)|"
        r"ブラックリスト",
        "554 送信元IPアドレスがブラックリストに登録されています",
        source="RFC 3463 §3.8 (X.7.1) refusing the sending host, Japanese wording; no server "
        "sample on record",
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"ポリシー(?:違反|により拒否|に違反)|セキュリティ(?:ポリシー|上の理由)",
        "550 セキュリティポリシーにより拒否されました",
        source="RFC 3463 §3.8 (X.7.1 local policy), Japanese wording; no server sample on record",
    ),
    # --- temporary ------------------------------------------------------------------------------
    Pattern(
        R.SYSTEMERROR,
        1,
        r"一時的(?:に|な)(?:利用できません|受信できません|エラー|障害|問題)|"
        r"しばらく(?:時間を置いて|して)から(?:再度|もう一度)",
        "450 一時的に受信できません。しばらくしてから再度送信してください",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Japanese wording; no server sample on "
        "record",
    ),
    Pattern(
        R.NOTACCEPT,
        1,
        r"ドメイン[^。]{0,20}(?:メールを受け付けていません|メールを受信しません)",
        "556 このドメインはメールを受け付けていません",
        source="RFC 7505 (null MX) / RFC 7504 (556), Japanese wording; no server sample on record",
    ),
    Pattern(
        R.USERUNKNOWN,
        5,
        # Domino's "User ... not listed in Domino Directory", in Japanese (see also 03).
        r"domino ?ディレクトリ(?:に|には|で)(?:見つかりません|ありません|登録されていません)",
        "ユーザー taro.yamada@example.jp は Domino ディレクトリには見つかりません",
        source="corpus: lhost-notes-02 (Domino in Japanese, 'ディレクトリのリストにありません'); "
        "the English report, 'User ... not listed in Domino Direc"
        "tory', is corpus lhost-notes-03 (text:en:userunknown:08)",
    ),
    Pattern(
        R.MAILBOXFULL,
        3,
        r"容量が(?:上限|制限)を(?:超え|超過)",
        "552 5.2.2 受信者のメールボックスの容量が上限を超えています",
        source="Xserver support FAQ on mail refused for a full mailbox "
        "('メールボックスの容量超過'); RFC 3463 §3.3, Japanese wording",
    ),
    # --- the seed's own words, each class whole (design.md, "Vocabulary") ----------------------
    Pattern(
        R.USERUNKNOWN,
        7,
        # "無効" said of an address is invalid (bad mailbox); said of an account, or with "化"
        # (made invalid), it is disabled (suspend 1, scanned earlier): this one goes first. The
        # sender's address ("送信者の...") is not the recipient's (nor "アドレス" inside it).
        r"(?<!送信者の)(?<!差出人の)(?<!送信元の)(?<!送信者)(?<!差出人)(?<!送信元)(?<!ール)(?<!ル )"
        r"(?:メール ?アドレス|アドレス)(?:が|は)(?:無効|不正)(?:です|となっています|$|。)",
        "550 メールアドレスが無効です",
        source=SEED + ", Japanese wording ('アドレス ... 無効、不正')",
        early=True,
    ),
    Pattern(
        R.USERUNKNOWN,
        8,
        r"(?:無効な|不正な)(?:メール ?)?(?:アドレス|宛先|受信者|ユーザー?)|不明な(?:宛先|"
        r"ユーザー?|受信者|メールボックス)|(?:受信者|宛先)の?(?:メール ?)?アドレスが拒否され|"
        r"メールボックスが(?:利用|使用)できません",
        "550 無効なメールアドレスです / 受信者のアドレスが拒否されました",
        source=SEED + ", Japanese wording ('無効な、不明な、利用できないメールボックス'; "
        "'Recipient address rejected': '受信者のアドレスが拒否されました')",
    ),
    Pattern(
        R.SUSPEND,
        3,
        r"(?:アカウント|メールボックス|メールアドレス|ユーザー?)(?:が|は)?(?:現在)?(?:利用停止中|"
        r"停止中|使用停止|休止中)|(?:メールボックス|アカウント)(?:は|が)存在しますが、?"
        r"(?:有効ではありません|無効|非アクティブ|利用停止)|(?:メールボックス|アカウント)(?:は|"
        r"が)?非アクティブ",
        "550 メールボックスは存在しますが、有効ではありません",
        source=SEED + ", Japanese wording ('メールボックスは存在するが有効ではない')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        3,
        r"(?:無効な|不明な|不正な)ドメイン|ドメイン名?(?:が|は)?(?:無効です|不正です|"
        r"(?:もう)?(?:使用|使われ)されていません|使われていません|廃止され)",
        "550 無効なドメインです / このドメインは使用されていません",
        source=SEED + ", Japanese wording ('ドメイン ... 無効、不明、不正、使用されていない')",
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"タイムアウト|接続(?:が|は)?(?:拒否|切断|失敗|リセット)|応答(?:が)?(?:ありません|ない)|応答なし|到達できません",
        "接続がリセットされました",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Japanese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"(?:メール)?ループ(?:を|が)?(?:検出|発生)|メールループ|ホップ数(?:が)?(?:多すぎ|超過|上限)",
        "554 ホップ数が上限を超えました(ループ)",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Japanese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"設定(?:に|の)?(?:誤り|エラー|ミス|不備)|構成エラー",
        "451 メールサーバーの設定に不備があります",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Japanese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:メッセージ|メール)の?(?:形式|フォーマット|書式)が(?:不正|正しくありません|無効)",
        "554 メールの書式が正しくありません",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Japanese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        2,
        r"添付ファイル.{0,20}(?:許可されていません|禁止|拒否|ブロック)",
        "552 添付ファイルがブロックされました(.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Japanese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"(?:ウイルス|ウィルス)(?:が|を)?(?:検出|含まれ|検知)",
        "554 ウイルスが含まれています",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: virus, a refusal of our "
            "content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused), Japanese "
            "wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        2,
        r"コンテンツフィルタ",
        "550 コンテンツフィルタでブロックされました",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Japanese wording; "
            "no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"(?:送信|接続)(?:数|回数|頻度)が(?:多すぎ|上限|制限)|送信数(?:が)?多すぎ|流量制限",
        "421 接続数が上限に達しました",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Japanese wording; no server sample on "
            "record"
        ),
    ),
    # --- "you": our sender addressed ---------------------------------------------------------
    Pattern(
        R.REJECTED,
        2,
        # A reply speaks to the client that sent the message: "あなたの/お客様のアカウント" is our
        # sender's own account, address or domain, never the recipient's (suspend); the
        # possessive stands right before the noun ("あなたの宛先の..." is the recipient's).
        r"(?:(?:あなた|貴方|お客様|お客さま|貴殿|貴社|きみ|君)の|ご利用の|ご使用の)"
        r"(?:メール ?)?(?:アカウント|アドレス|ドメイン|メールボックス|ユーザー?(?:id)?)(?:名)?"
        r"(?:が|は)?(?:現在)?(?:停止|無効|利用停止|"
        r"凍結|ロック|休止|解約|ブロック|拒否|不正|正しくありません|存在しません|存在しない|"
        r"見つかりません|不明|登録されていません)|(?:あなた|貴方|お客様|お客さま|貴殿|貴社)"
        r"(?:には|に|は)[^。]{0,30}(?:送信|送る|送付)(?:する)?(?:権限が(?:ありません|ない)|"
        r"ことは?(?:許可されていません|禁止されています))|(?:アドレス|宛先)(?:へ|に)の?送信(?:は|が)"
        r"(?:許可されていません|禁止されています)",
        "550 お客様のアカウントは停止されています",
        source="RFC 5321 §4.2 (a reply answers the SMTP client: 'your' is the sender) and RFC "
        "3463 §3.8 (X.7.1) / §3.2 (X.1.7/X.1.8 bad sender's address), Japanese wording; no "
        "server sample on record",
        early=True,
    ),
)
