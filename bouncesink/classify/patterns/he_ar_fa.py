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
)
