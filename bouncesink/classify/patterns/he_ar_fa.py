"""Hebrew, Arabic and Persian phrases. Folding leaves these scripts as they are written (no
case, no marks dropped): the entries allow what varies in practice.

- Hebrew joins the article and prepositions to the word ("הדומיין", "הנמען", "תיבת
  הדואר"): an optional ``(?:ה)?`` before the noun. "דומיין" and "מתחם" are the domain,
  "תיבת דואר" the mailbox, "נמען" the recipient, "שולח" the sender.
- Arabic: "نطاق" the domain, "صندوق البريد" the mailbox, "المستلم" / "المرسل إليه" the
  recipient, "المرسل" alone the sender (the recipient's "المرسل إليه" is kept apart from
  it). The alif with or without hamza varies (``[اإأآ]``); a tanwin after a word is not a
  letter, so entries stop at the stem ("صالح" for "صالحًا").
- Persian writes "ی" and "ک" where Arabic has "ي" and "ك", and many servers type the Arabic
  ones: both are accepted. A zero-width non-joiner (U+200C) or a space joins "نمی‌شود",
  "صندوق‌پستی", "غیر‌فعال".

A refusal that names the sender is read before the recipient's words (``REASON_ORDER``),
and the words for temporarily and later ("זמנית", "מאוחר יותר", "مؤقت", "لاحق", "موقت",
"بعداً") keep a reply soft (``engine._TEMPORARY_RE``). Numbers are stable: append, never
renumber.
"""

# The phrases are in Arabic letters, some of which ruff takes for look-alikes of Latin ones.
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

# --- Hebrew -------------------------------------------------------------------------------------

_HE_NOT = r"(?:(?:כבר )?(?:אינ[הו]|איננ[הו]|לא))"

HE: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"תיבת (?:ה)?דואר(?: (?:של )?(?:ה)?נמען)? (?:מלאה|מלא)|חריגה (?:מ|מן )(?:ה)?מכס|"
        r"(?:ה)?מכסה (?:מלאה|נוצלה|הסתיימה|חרגה)",
        "452 תיבת הדואר מלאה",
        source="RFC 3463 §3.3 (X.2.2 mailbox full) and RFC 5321 §4.2.2 (452), Hebrew wording "
        "('תיבת הדואר מלאה', 'חריגה ממכסת האחסון')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:(?:ה)?כתובת|(?:ה)?(?:דומיין|מתחם)) (?:של )?(?:ה)?שולח (?:נדח\w*|חסומ\w*|"
        + _HE_NOT
        + r" (?:חוקי\w*|תקי[נן]\w*|תקפ\w*|קיי?[מם]\w*|מורש\w*|ידוע\w*))|(?:ה)?שולח (?:נדחה|חסום)",
        "553 כתובת השולח נדחתה",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8: the sender's address or domain), Hebrew wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:תיבת (?:ה)?דואר|(?:ה)?חשבון)(?: (?:של )?(?:ה)?נמען)? (?:"
        + _HE_NOT
        + r" פעיל\w*|הושבת\w*|מושבת\w*|הוקפא\w*|קיי?[מם]\w*,? (?:אך|אבל) "
        + _HE_NOT
        + r" פעיל\w*)",
        "550 תיבת הדואר קיימת אך אינה פעילה עוד",
        source=SEED + ", Hebrew wording ('תיבת הדואר קיימת אך אינה פעילה עוד', 'החשבון הושבת')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:תיבת (?:ה)?דואר|(?:ה)?משתמש|(?:ה)?נמען|(?:ה)?כתובת(?: (?:ה)?דוא\"ל)?)"
        r"(?: (?:של )?(?:ה)?נמען)? (?:"
        + _HE_NOT
        + r" (?:קיי?[מם]\w*|ידוע\w*|מוכר\w*|חוקי\w*|תקי[נן]\w*|תקפ\w*|זמי[נן]\w*|נמצא\w*|כאן)|"
        r"נדח\w*)|אין (?:תיבת דואר|משתמש|נמען|כתובת) כז[הו]",
        "550 כתובת הנמען נדחתה / משתמש לא ידוע",
        source=SEED + ", Hebrew wording ('תיבת הדואר אינה קיימת, משתמש לא ידוע, לא נמצאה, "
        "אינה זמינה, אינה תקפה עוד'; 'Recipient address rejected': 'כתובת הנמען נדחתה')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?:שם )?(?:ה)?(?:דומיין|מתחם)(?: (?:של )?(?:ה)?נמען)? (?:"
        + _HE_NOT
        + r" (?:קיי?[מם]\w*|ידוע\w*|מוכר\w*|חוקי\w*|תקי[נן]\w*|תקפ\w*|זמי[נן]\w*|נמצא\w*|בשימוש)|"
        r"בוטל\w*)",
        "550 הדומיין כבר אינו בשימוש / דומיין לא ידוע",
        source=SEED + ", Hebrew wording ('הדומיין בוטל, אינו תקין, לא ידוע, לא חוקי, אינו "
        "זמין, כבר אינו בשימוש')",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"הודעה גדולה מדי|גודל ה?הודעה (?:חורג|עולה על|גדול מ)|"
        r"הודעה חורגת מ\S*גודל",
        "552 גודל ההודעה עולה על המותר",
        source=(_TOO_LARGE + ", Hebrew wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"(?:תם|פג) ה?זמן ה?קצוב|זמן ה?המתנה (?:ל\S+ )?(?:תם|פג|הסתיים)|"
        r"ה?שרת (?:אינו|לא|איננו) (?:מגיב|עונה)|חיבור (?:\S+ ){0,4}?(?:נדחה|"
        r"אבד|נותק|נסגר|אופס)|(?:אבד|נותק|נדחה) ה?חיבור|אין מענה מ",
        "החיבור נותק באופן בלתי צפוי",
        source=(_NO_ANSWER + ", Hebrew wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"לולאת (?:דואר|הודעות|ניתוב)|זוהתה לולאה|(?:יותר מדי|"
        r"מספר רב מדי של) (?:קפיצות|תחנות|hops)|מספר ה?קפיצות",
        "554 לולאת דואר: יותר מדי קפיצות",
        source=(_LOOP + ", Hebrew wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"(?:אינו|לא|איננו) מוגדר (?:כראוי|נכון|כהלכה)|הגדרה שגויה|"
        r"הגדרות שגויות|שגיאת (?:תצורה|הגדרות|קונפיגורציה)|תצורה שגויה",
        "451 שגיאת הגדרות בשרת",
        source=(_CONFIG + ", Hebrew wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:פורמט|מבנה) ה?הודעה (?:שגוי|אינו תקין|לא תקין|פגום)|"
        r"הודעה (?:פגומה|בפורמט שגוי)|פורמט (?:שגוי|לא תקין)",
        "554 מבנה ההודעה אינו תקין",
        source=(_MALFORMED + ", Hebrew wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"קובץ ה?מצורף (?:\S+ ){0,2}?(?:אינו|לא) (?:מורשה|מותר)|"
        r"קבצים ה?מצורפים (?:\S+ ){0,2}?(?:אינם|לא) (?:מורשים|מותרים)|"
        r"קובץ מצורף (?:חסום|אסור)",
        "552 קבצים מצורפים מסוג זה אינם מותרים",
        source=(_ATTACHMENT + ", Hebrew wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"וירוס|תוכנה זדונית|נוזקה",
        "554 ההודעה מכילה וירוס",
        source=(_VIRUS + ", Hebrew wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"דואר זבל|ספאם",
        "554 ההודעה סווגה כספאם",
        source=(_SPAM + ", Hebrew wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"(?:מסנן|סינון) ה?תוכן",
        "550 נחסם על ידי סינון התוכן",
        source=(_FILTER + ", Hebrew wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"רשימה שחורה|רשימ\S* ה?חסימה|רשימת ה?חסומים",
        "554 השרת שלך נמצא ברשימת חסימה",
        source=(_BLOCK_LIST + ", Hebrew wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"מגבלת ה?(?:שליחה|הודעות|חיבורים)|יותר מדי (?:הודעות|חיבורים|מיילים)|"
        r"קצב ה?שליחה",
        "421 יותר מדי חיבורים מכתובת ה-IP שלך",
        source=(_RATE + ", Hebrew wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        2,
        r"קובץ נגוע|נגוע(?:ה)? ב",
        "554 קובץ נגוע",
        source=(_VIRUS + ", Hebrew wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"סגר את ה?חיבור",
        "השרת סגר את החיבור",
        source=(_NO_ANSWER + ", Hebrew wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        2,
        r"קבצי \S+ (?:אינם|לא) (?:מותרים|מורשים)",
        "552 קבצי zip אינם מורשים",
        source=(_ATTACHMENT + ", Hebrew wording; no server sample on record"),
    ),
)

# --- Arabic -------------------------------------------------------------------------------------

_AR_NOT = r"(?:غير (?:موجود|معروف|صالح|صحيح|متاح|متوفر|مسموح)|لم يعد (?:صالح|موجود|متاح|متوفر))"

AR: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"صندوق (?:ال)?بريد(?: (?:ال)?[اإ]لكتروني)?(?: (?:لل|ال)مستلم)? (?:ممتلئ|ممتل[ئي]\w*|"
        r"مملوء)|(?:تم )?تجاوز (?:ال)?(?:حصة|سعة|مساحة)|(?:ال)?سعة (?:ال)?تخزين\w* ممتلئة",
        "452 صندوق البريد ممتلئ",
        source="RFC 3463 §3.3 (X.2.2 mailbox full) and RFC 5321 §4.2.2 (452), Arabic wording "
        "('صندوق البريد ممتلئ', 'تم تجاوز حصة التخزين')",
    ),
    Pattern(
        R.REJECTED,
        1,
        # "المرسل" alone is the sender; "المرسل إليه" is the recipient.
        r"تم (?:رفض|حظر) (?:عنوان|نطاق|اسم نطاق) (?:ال)?مرسل(?! [اإ]ليه)|(?:عنوان|نطاق|اسم "
        r"نطاق) (?:ال)?مرسل(?! [اإ]ليه) (?:مرفوض|محظور|غير (?:صالح|صحيح|معروف|موجود|مسموح))",
        "553 تم رفض عنوان المرسل",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8: the sender's address or domain), Arabic wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:صندوق (?:ال)?بريد|(?:ال)?حساب)(?: (?:ال)?مستلم)? (?:غير (?:نشط|مفعل|فعال)|معطل|"
        r"موقوف|مجمد|موجود،? ?(?:و)?لكنه غير (?:نشط|مفعل|فعال)|لم يعد (?:نشط|فعال|مفعل))|"
        r"تم (?:تعطيل|[اإ]يقاف|تجميد) (?:ال)?حساب|تم (?:تعطيل|[اإ]يقاف) صندوق (?:ال)?بريد",
        "550 صندوق البريد موجود ولكنه غير نشط",
        source=SEED + ", Arabic wording ('صندوق البريد موجود ولكنه غير نشط', 'تم تعطيل الحساب')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:صندوق (?:ال)?بريد|(?:ال)?مستخدم|(?:ال)?مستلم|(?:ال)?مرسل [اإ]ليه|عنوان "
        r"(?:ال)?(?:بريد|مستلم|مرسل [اإ]ليه))(?: (?:ال)?[اإ]لكتروني)?(?: (?:لل|ال)مستلم)? "
        r"(?:" + _AR_NOT + r"|مرفوض)|(?:لا يوجد|لم يتم العثور على) (?:صندوق (?:ال)?بريد|"
        r"(?:ال)?مستخدم|(?:ال)?مستلم|(?:ال)?عنوان)|تم رفض عنوان (?:ال)?(?:مستلم|مرسل [اإ]ليه)",
        "550 تم رفض عنوان المستلم / مستخدم غير معروف",
        source=SEED + ", Arabic wording ('صندوق البريد غير موجود، مستخدم غير معروف، لم يتم "
        "العثور، غير متاح، لم يعد صالحًا'; 'Recipient address rejected': 'تم رفض عنوان "
        "المستلم')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?:اسم )?(?:ال)?(?:نطاق|دومين)(?: (?:ال)?مستلم)? (?:" + _AR_NOT + r"|لم يعد "
        r"(?:مستخدم|قيد الاستخدام)|غير مسموح|مسحوب|ملغ[ىي])|تم (?:سحب|[اإ]لغاء) "
        r"(?:ال)?(?:نطاق|دومين)",
        "550 النطاق لم يعد مستخدما / نطاق غير معروف",
        source=SEED + ", Arabic wording ('تم سحب النطاق، غير صالح، غير معروف، غير مسموح، "
        "غير متاح، لم يعد مستخدما')",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"رسالة كبيرة (?:جد|للغاية)|حجم (?:ال)?رسالة (?:يتجاوز|يتخطى|"
        r"[أا]كبر من|تجاوز)|الحد (?:ال)?[أا]قصى لحجم (?:ال)?رسالة",
        "552 تجاوز حجم الرسالة الحد الأقصى لحجم الرسالة",
        source=(_TOO_LARGE + ", Arabic wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"(?:انتهت|نفدت) مهلة|مهلة (?:ال)?اتصال|(?:ال)?خادم (?:لا|"
        r"غير) (?:يستجيب|يرد)|(?:رفض|انقطع|فقد|فقدان|قطع) (?:ال)?اتصال|"
        r"(?:ال)?اتصال (?:مرفوض|مقطوع)|[إا]عادة تعيين (?:ال)?اتصال",
        "فقدان الاتصال بالخادم البعيد",
        source=(_NO_ANSWER + ", Arabic wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"حلقة (?:ال)?(?:بريد|توجيه|رسائل)|"
        r"عدد (?:كبير جد\S* من )?(?:ال)?(?:قفزات|محطات)",
        "554 حلقة توجيه: عدد القفزات كبير",
        source=(_LOOP + ", Arabic wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"غير (?:مهي[أا]|مكون|معد) (?:بشكل (?:صحيح|سليم)|جيدا)|"
        r"خط[أا] في (?:ال)?(?:تكوين|تهيئة|[إا]عدادات)|(?:تكوين|"
        r"[إا]عدادات) خاطئ",
        "451 إعدادات خاطئة في الخادم",
        source=(_CONFIG + ", Arabic wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"تنسيق (?:ال)?رسالة (?:غير (?:صالح|صحيح|سليم)|خاطئ|تالف)|"
        r"رسالة (?:مشوهة|تالفة)|تنسيق غير (?:صالح|صحيح)",
        "554 رسالة مشوهة",
        source=(_MALFORMED + ", Arabic wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"مرفق(?:ات)? (?:\S+ ){0,3}?(?:غير مسموح|محظور|ممنوع)",
        "552 المرفقات من هذا النوع محظورة",
        source=(_ATTACHMENT + ", Arabic wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"فيروس|برمجي[ةا]ت? خبيث|برنامج (?:خبيث|ضار)",
        "554 الرسالة تحتوي على فيروس",
        source=(_VIRUS + ", Arabic wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"بريد (?:ال)?(?:عشوائي|مزعج|غير (?:ال)?مرغوب)|رسال[ةه] مزعج|"
        r"رسائل مزعجة|سبام",
        "554 رسالة غير مرغوب فيها: بريد مزعج",
        source=(_SPAM + ", Arabic wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"(?:مرشح|فلتر|تصفية) (?:ال)?محتوى",
        "550 تم الحظر بواسطة فلتر المحتوى",
        source=(_FILTER + ", Arabic wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"(?:ال)?قائمة (?:ال)?سوداء|قوائم (?:ال)?حظر|قائمة (?:ال)?حظر",
        "554 عنوانك مدرج في قائمة الحظر",
        source=(_BLOCK_LIST + ", Arabic wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"عدد كبير جد\S* من (?:ال)?(?:رسائل|اتصالات)|حد (?:ال)?[إا]رسال|"
        r"معدل (?:ال)?[إا]رسال|يرجى (?:ال)?[إا]بطاء",
        "421 عدد كبير جدا من الاتصالات",
        source=(_RATE + ", Arabic wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"انتهى (?:ال)?وقت (?:ال)?محدد",
        "انتهى الوقت المحدد",
        source=(_NO_ANSWER + ", Arabic wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        2,
        r"[إا]عدادات (?:\S+ )?غير (?:صحيحة|سليمة)",
        "451 إعدادات غير صحيحة",
        source=(_CONFIG + ", Arabic wording; no server sample on record"),
    ),
)

# --- Persian ------------------------------------------------------------------------------------

_YE, _KAF, _ZW = "[یي]", "[کك]", "[\u200c ]?"
_FA_MAILBOX = rf"صندوق{_ZW}پست{_YE}"
_FA_RECIPIENT = rf"گ{_YE}رنده"
_FA_BAD = (
    rf"(?:وجود ندارد|ناشناخته|ناشناس|نامعتبر|غ{_YE}ر{_ZW}مجاز|در دسترس ن{_YE}ست|"
    rf"(?:{_YE}افت|پ{_YE}دا) نشد|(?:د{_YE}گر )?معتبر ن{_YE}ست)"
)

FA: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        rf"{_FA_MAILBOX}(?: {_FA_RECIPIENT})? پر (?:است|شده)|سهم{_YE}ه(?: فضا{_YE}?)?"
        rf"(?: {_FA_MAILBOX})? (?:تمام|پر) شده|فضا{_YE} {_FA_MAILBOX} پر",
        "452 صندوق پستی پر است",
        source="RFC 3463 §3.3 (X.2.2 mailbox full) and RFC 5321 §4.2.2 (452), Persian "
        "wording ('صندوق پستی پر است', 'سهمیه تمام شده')",
    ),
    Pattern(
        R.REJECTED,
        1,
        rf"(?:آدرس|نشان{_YE}|دامنه|ا{_YE}م{_YE}ل) (?:فرستنده|ارسال{_ZW}{_KAF}ننده) (?:رد شد|"
        rf"نامعتبر|مسدود|غ{_YE}ر{_ZW}مجاز|ناشناخته|وجود ندارد)|فرستنده (?:رد شد|مسدود شده)",
        "553 آدرس فرستنده رد شد",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8: the sender's address or domain), Persian wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        rf"(?:{_FA_MAILBOX}|حساب(?: {_KAF}اربر{_YE})?)(?: {_FA_RECIPIENT})? (?:غ{_YE}ر{_ZW}فعال|"
        rf"مسدود|(?:وجود دارد،? )?(?:اما|ول{_YE}) (?:د{_YE}گر )?فعال ن{_YE}ست|د{_YE}گر فعال "
        rf"ن{_YE}ست)",
        "550 صندوق پستی وجود دارد اما دیگر فعال نیست",
        source=SEED + ", Persian wording ('صندوق پستی وجود دارد اما دیگر فعال نیست', 'حساب "
        "کاربری غیرفعال شده است')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        rf"(?:{_FA_MAILBOX}|{_KAF}اربر|{_FA_RECIPIENT}|آدرس(?: ا{_YE}م{_YE}ل)?|نشان{_YE})"
        rf"(?: {_FA_RECIPIENT})? (?:است )?(?:{_FA_BAD}|رد شد)",
        "550 آدرس گیرنده رد شد / کاربر ناشناخته",
        source=SEED + ", Persian wording ('صندوق پستی وجود ندارد، کاربر ناشناخته، یافت نشد، "
        "در دسترس نیست، دیگر معتبر نیست'; 'Recipient address rejected': 'آدرس گیرنده رد "
        "شد')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        rf"دامنه(?: {_FA_RECIPIENT})? (?:است )?(?:{_FA_BAD}|لغو شده|د{_YE}گر (?:مورد )?"
        rf"استفاده نم{_YE}{_ZW}شود)",
        "550 این دامنه دیگر استفاده نمی\u200cشود / دامنه ناشناخته",
        source=SEED + ", Persian wording ('دامنه لغو شده، نامعتبر، ناشناخته، غیرمجاز، در "
        "دسترس نیست، دیگر استفاده نمی‌شود')",
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"پ[یي]ام (?:ب[یي]ش از حد|خ[یي]ل[یي]) بزرگ|(?:اندازه|"
        r"حجم) (?:[یي] )?پ[یي]ام (?:از حد مجاز )?(?:ب[یي]شتر|بزرگ|ب[یي]ش)",
        "552 حجم پیام بیش از حد مجاز است",
        source=(_TOO_LARGE + ", Persian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"مهلت (?:اتصال|ارتباط)|(?:زمان|"
        r"مهلت) انتظار (?:\S+ )?(?:به پا[یي]ان رس[یي]د|تمام شد)|"
        r"سرور پاسخ[\u200c ]?نم[یي][\u200c ]?ده|اتصال (?:\S+ ){0,3}?(?:رد شد|"
        r"قطع شد|از دست رفت|بازنشان[یي] شد)",
        "اتصال با سرور مقصد قطع شد",
        source=(_NO_ANSWER + ", Persian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"حلقه (?:ا[یي]م[یي]ل|نامه|پست[یي]?|مس[یي]ر[یي]اب[یي])|تعداد پرش|"
        r"پرش[\u200c ]?ها[یي]? (?:ب[یي]ش از حد|ز[یي]اد)",
        "554 حلقه مسیریابی: تعداد پرش\u200cها زیاد است",
        source=(_LOOP + ", Persian wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"به[\u200c ]?درست[یي] پ[یي][کك]ربند[یي] نشده|"
        r"پ[یي][کك]ربند[یي] (?:نادرست|اشتباه)|"
        r"خطا[یي]? (?:در )?پ[یي][کك]ربند[یي]",
        "451 پیکربندی نادرست سرور",
        source=(_CONFIG + ", Persian wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"(?:قالب|فرمت) (?:پ[یي]ام )?(?:نامعتبر|نادرست|اشتباه)",
        "554 فرمت پیام نادرست است",
        source=(_MALFORMED + ", Persian wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"پ[یي]وست (?:\S+ ){0,2}?(?:مجاز ن[یي]ست|غ[یي]ر[\u200c ]?مجاز|ممنوع)",
        "552 پیوست غیرمجاز",
        source=(_ATTACHMENT + ", Persian wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"و[یي]روس|بدافزار",
        "554 پیام حاوی ویروس است",
        source=(_VIRUS + ", Persian wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"هرزنامه|اسپم|(?:ا[یي]م[یي]ل|نامه|پ[یي]ام) ناخواسته",
        "554 ایمیل ناخواسته (اسپم)",
        source=(_SPAM + ", Persian wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"(?:ف[یي]لتر|پالا[یي]ه|ف[یي]لتر[یي]نگ) (?:محتوا|محتو[یي]ات)",
        "550 مسدود شده توسط پالایه محتوا",
        source=(_FILTER + ", Persian wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"(?:ل[یي]ست|فهرست) (?:س[یي]اه|مسدود)",
        "554 سرور شما در فهرست سیاه است",
        source=(_BLOCK_LIST + ", Persian wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"تعداد (?:پ[یي]ام|ا[یي]م[یي]ل|نامه|"
        r"اتصال)[\u200c ]?(?:ها)? (?:ب[یي]ش از حد|ز[یي]اد)|سقف (?:ارسال|"
        r"پ[یي]ام)|محدود[یي]ت (?:ارسال|نرخ)",
        "421 محدودیت ارسال: تعداد اتصال\u200cها زیاد است",
        source=(_RATE + ", Persian wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"زمان اتصال (?:\S+ ){0,3}?به پا[یي]ان رس[یي]د",
        "زمان اتصال به پایان رسید",
        source=(_NO_ANSWER + ", Persian wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        2,
        r"ارسال ب[یي]ش از حد",
        "421 ارسال بیش از حد",
        source=(_RATE + ", Persian wording; no server sample on record"),
    ),
)
