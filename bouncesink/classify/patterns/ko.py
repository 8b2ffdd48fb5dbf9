"""Korean phrases, matched as NFKC text (Hangul syllables as sent).

Naver, Daum/Kakao and Korean ISPs answer mostly in English at the SMTP level; Korean text
comes from domestic groupware and hosting servers and from their help pages, which explain
the replies in Korean (cited below). Numbers are stable: append, never renumber.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import SEED, Pattern
from bouncesink.types import Reason as R

_RETURN_TYPES = (
    "puffinknight.tistory.com/102 (Korean return-mail types: '받는사람이 존재하지 않는 경우', "
    "'받는사람이 사용중지된 경우', '받는사람의 메일용량이 초과된 경우', '스팸설정(수신거부)')"
)


ENTRIES: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"(?:메일함|편지함|사서함|받은 ?편지함)(?:의)?(?: 용량)?(?:이|가)? ?(?:가득 ?찼|꽉 ?찼|"
        r"초과)|(?:메일 ?)?용량(?:이|을)? ?초과|저장 ?공간(?:이)? ?부족",
        "552 5.2.2 수신자의 메일함이 가득 찼습니다",
        source=_RETURN_TYPES + "; foxydog.tistory.com/180 ('메일함이 가득 찼습니다')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:발신자|보낸 ?사람|발송자)(?:의)? ?(?:메일 ?)?(?:주소|도메인)?(?:가|이|를|을)? "
        r"?(?:찾을 수 없|존재하지 않|잘못|거부|차단)",
        "553 5.1.8 발신자 주소를 찾을 수 없습니다",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Korean wording; no server sample on record",
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"ip(?:가|이|를|을)? ?(?:차단|거부|블랙리스트)|블랙리스트",
        "554 발송 IP가 차단되었습니다",
        source="Korean return-mail guides (blog.jinbo.net/007/archive/20051107: spam-filtered IP "
        "refusals); RFC 3463 §3.8",
        hint=("차단", "거부", "블랙리스트"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"스팸(?:으로)? ?(?:분류|판정|간주|의심)|스팸 ?메일",
        "550 스팸으로 분류되었습니다",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, Korean wording; no server sample on "
        "record",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:계정|사용자|메일함|받는 ?사람|수신자)(?:이|가|은|는)? ?(?:사용 ?중지|정지|비활성화|"
        r"휴면|잠김|잠겼)",
        "550 5.2.1 받는사람이 사용중지된 계정입니다",
        source=_RETURN_TYPES,
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:수신자|받는 ?사람|사용자|계정|메일 ?주소)(?:를|을|가|이|는|은)? ?(?:찾을 수 없습니다|"
        r"존재하지 않습니다|존재하지 않는)|존재하지 않는 (?:사용자|계정|메일 ?주소|수신자)|"
        r"(?:없는|잘못된) (?:사용자|계정|메일 ?주소|수신자)",
        "550 5.1.1 받는사람이 존재하지 않습니다",
        source=_RETURN_TYPES,
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"도메인(?: 이름)?(?:이|을|를|은|는)? ?(?:존재하지 않|찾을 수 없)|존재하지 않는 도메인",
        "550 5.1.2 도메인을 찾을 수 없습니다",
        source="blog.jinbo.net/007/archive/20051107 ('수신측 서버의 도메인을 못찾아'); RFC 3463 "
        "§3.2",
    ),
    Pattern(
        R.FILTERED,
        1,
        r"수신 ?거부",
        "550 수신거부 설정에 의해 차단되었습니다",
        source=_RETURN_TYPES,
    ),
    Pattern(
        R.SYSTEMERROR,
        1,
        r"일시적(?:인|으로)? ?(?:오류|장애|문제|사용할 수 없)|잠시 후 다시 (?:시도|보내)",
        "450 일시적인 오류입니다. 잠시 후 다시 시도하세요",
        source="blog.jinbo.net/007/archive/20051107 ('451 Temporary system failure: 수신 서버의 "
        "일시적인 장애'); RFC 5321 §4.2.1",
    ),
    # --- the seed's own words, each class whole (design.md, "Vocabulary") ----------------------
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"(?:잘못된|유효하지 않은|알 수 없는|더 이상 사용되지 않는) 도메인|도메인(?:이|은|는)? "
        r"?(?:잘못되었|유효하지 않|더 이상 사용되지 않)",
        "550 잘못된 도메인입니다 / 더 이상 사용되지 않는 도메인입니다",
        source=SEED + ", Korean wording ('도메인 ... 잘못된, 유효하지 않은, 알 수 없는, 더 이상 "
        "사용되지 않는')",
    ),
    Pattern(
        R.USERUNKNOWN,
        2,
        r"(?:수신자|받는 ?사람|메일 ?주소|이메일 ?주소)(?: 주소)?(?:가|이|는|은)? ?(?:잘못되었|"
        r"잘못됐|유효하지 않|거부되었|거부됐)|메일함(?:이|은|는)? ?(?:존재하지 않|없습니다)|"
        r"메일함을 (?:사용할 수 없|찾을 수 없)|(?:유효하지 않은|알 수 없는) "
        r"(?:수신자|사용자|메일 ?주소|이메일 ?주소|주소|받는 ?사람|메일함)",
        "550 수신자 주소가 잘못되었습니다 / 메일함을 사용할 수 없습니다",
        source=SEED + ", Korean wording ('메일함 ... 잘못된, 유효하지 않은, 알 수 없는, 사용할 수 "
        "없는'; 'Recipient address rejected': '수신자 주소가 거부되었습니다')",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:휴면|비활성화된|비활성|사용 ?중지된|정지된|잠긴) (?:계정|메일함|사용자|메일 ?주소)|"
        r"(?:계정|메일함)(?:이|가|은|는)? ?비활성 ?상태",
        "550 휴면 계정입니다 / 메일함이 비활성 상태입니다",
        source=SEED + ", Korean wording ('메일함은 존재하지만 더 이상 활성 상태가 아님'); "
        "Naver and Daum's dormant accounts ('휴면 계정')",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"(?:메시지|메일) 크기가 (?:너무 큽니다|너무 커|제한을 초과)|크기 제한 초과",
        "552 메일 크기 제한 초과",
        source=(
            "the product's seed (design.md, 'Vocabulary': quota: message too large); RFC 3463 §3.4 "
            "(X.3.4 message too big for system); RFC 1870 (SIZE), Korean wording; no server sample "
            "on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"연결 시간(?:이)? 초과|연결(?:이)? (?:거부|끊어|끊김|재설정|실패)|"
        r"응답하지 않|응답 없음|시간 초과",
        "서버와의 연결이 끊김",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Korean wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"메일 루프|루프(?:가)? 감지|홉 수가 너무 많|홉 수 초과",
        "554 홉 수 초과 (메일 루프)",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Korean wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"(?:설정|구성) 오류|잘못 구성",
        "451 메일 서버가 잘못 구성되었습니다",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Korean wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:메시지|메일) 형식(?:이)? (?:잘못|올바르지)|잘못된 (?:메시지|메일) 형식",
        "554 메일 형식이 올바르지 않습니다",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Korean wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"허용되지 않는 첨부|첨부 ?파일.{0,20}(?:허용되지|차단|금지)",
        "552 첨부파일이 차단되었습니다 (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Korean wording; no server sample on record"
        ),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"바이러스",
        "554 바이러스 감염 메일",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: virus, a refusal of our "
            "content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused), Korean "
            "wording; no server sample on record"
        ),
    ),
    Pattern(
        R.SPAMDETECTED,
        2,
        r"스팸으로 (?:판단|인식|감지)",
        "550 스팸으로 인식되었습니다",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: the message looks like spam, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Korean wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        2,
        r"콘텐츠 필터|내용 필터",
        "550 내용 필터에 의해 차단됨",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Korean wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"너무 많은 (?:메시지|메일|연결)|발송 (?:한도|제한) 초과|전송량 제한",
        "421 발송 한도 초과",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Korean wording; no server sample on "
            "record"
        ),
    ),
    # --- "you": our sender addressed, the recipient named through "you" -----------------------
    Pattern(
        R.REJECTED,
        2,
        # A reply speaks to the client that sent the message: "귀하의 계정" is our sender's own
        # account, address or domain, never the recipient's (suspend); the possessive stands
        # right before the noun ("귀하의 수신자의 계정" is the recipient's). Korean drops the
        # subject: "(이 주소로) 보낼 권한이 없습니다" is the sender's lack of permission.
        r"(?:귀하|당신|고객님|회원님|사용자님)(?:의)? ?(?:(?:이메일|메일|전자 ?메일|발신) ?)?"
        r"(?:계정|주소|도메인|메일함|아이디)(?:이|가|은|는|을|를)? ?(?:현재 )?"
        r"(?:사용(?:이)? ?중지|정지|비활성화|휴면|잠김|잠겼|잠금|차단|해지|유효하지 않|"
        r"잘못되|잘못됐|알 수 없|존재하지 않|찾을 수 없|거부|등록되지 않)|"
        r"(?:보낼|보내실|발송할|발송하실|전송할|전송하실)(?: 수 있는)? 권한(?:이|은)? ?없",
        "550 귀하의 계정이 정지되었습니다",
        source="RFC 5321 §4.2 (a reply answers the SMTP client: 'your' is the sender) and RFC "
        "3463 §3.8 (X.7.1) / §3.2 (X.1.7/X.1.8 bad sender's address), Korean wording; no "
        "server sample on record",
        early=True,
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        # The recipient's address named by a relative (adnominal) clause: "보낸 주소" (the
        # address sent to), "연락하려는 메일함" (the mailbox one tries to reach).
        r"(?:보낸|보내신|보내는|보내시는|보내려는|보내려고 하는|보내려고 한|발송한|발송하신|"
        r"발송하려는|전송한|전송하신|전송하려는|연락하려는|연락하신|입력한|입력하신|작성한|"
        r"지정한|지정하신) (?:주소|(?:전자 ?|이)?메일 ?주소|계정|메일함|사용자|수신자)(?:가|이|는|"
        r"은|를|을)? ?(?:존재하지 않|찾을 수 없|유효하지 않|알 수 없|없습니다)",
        "550 보낸 주소가 존재하지 않습니다",
        source=SEED + ", Korean wording with an adnominal clause ('보낸 주소', '연락하려는 "
        "메일함'); RFC 3463 §3.2 (X.1.1); no server sample on record",
    ),
    Pattern(
        R.SUSPEND,
        3,
        r"(?:보낸|보내신|보내는|보내시는|보내려는|보내려고 하는|보내려고 한|발송한|발송하신|"
        r"발송하려는|전송한|전송하신|전송하려는|연락하려는|연락하신|입력한|입력하신|작성한|"
        r"지정한|지정하신) (?:주소|(?:전자 ?|이)?메일 ?주소|계정|메일함|사용자|수신자)(?:가|이|는|"
        r"은)? ?(?:사용 ?중지|정지|비활성화|휴면|잠김|잠겼|해지)",
        "550 보내려는 계정이 비활성화되었습니다",
        source=SEED + ", Korean wording with an adnominal clause ('보내려는 계정'); RFC 3463 "
        "§3.2 (X.2.1); no server sample on record",
    ),
    Pattern(
        R.USERUNKNOWN,
        4,
        # The recipient's address, "your" or not ("귀하의 수신자 주소를 찾을 수 없습니다"): the
        # possessive of the recipient before the noun.
        r"(?:수신자|받는 ?사람|받는 ?분)(?:의)? (?:(?:이)?메일 ?)?(?:주소|계정|메일함)(?:를|을|가|"
        r"이|는|은)? ?(?:찾을 수 없|존재하지 않|유효하지 않|알 수 없)",
        "550 귀하의 수신자 주소를 찾을 수 없습니다",
        source=SEED + ", Korean wording ('the recipient's address'); RFC 3463 §3.2 (X.1.1); no "
        "server sample on record",
    ),
)
