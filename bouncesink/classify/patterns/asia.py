"""Vietnamese, Indonesian / Malay, Thai and Hindi phrases.

- Vietnamese: folding drops the tones and the other marks ("hộp thư" is ``hop thu``,
  "không tồn tại" ``khong ton tai``, "người nhận" ``nguoi nhan``); "đ" stays ``đ``, and many
  servers write plain ``d`` instead, so the entries accept ``[đd]``.
- Indonesian and Malay share most words ("tidak", "alamat", "penerima", "ditolak"); Malay
  has its own "peti mel" (mailbox), "wujud" (exist), "dijumpai" (found), "akaun"
  (account), "penghantar" (sender).
- Thai writes no spaces between words and has no case; folding (NFKC) splits "ำ" into
  "ํ" + "า", a letter the entries avoid. The entries are runs of Thai letters (every one
  gives the matcher a keyword), with an optional space where servers put one.
- Hindi (Devanagari) is left as written; a vowel sign is not a word character for ``\\w``,
  so the entries spell the words out.

A refusal that names the sender ("người gửi", "pengirim", "ผู้ส่ง", "प्रेषक") is read before the
recipient's words (``REASON_ORDER``), and the words for temporarily and later ("tạm thời",
"thử lại sau", "sementara", "coba lagi", "ชั่วคราว", "ภายหลัง", "अस्थायी", "बाद में") keep a
reply soft (``engine._TEMPORARY_RE``). Numbers are stable: append, never renumber.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import QUOTA, SEED, SENDER, Pattern
from bouncesink.types import Reason as R

# --- Vietnamese ---------------------------------------------------------------------------------

_VI_ADDRESS = r"[đd]ia chi(?: email| e-mail| thu(?: [đd]ien tu)?)?"

VI: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"hop thu(?: (?:cua )?nguoi nhan)? (?:[đd]a )?(?:bi )?[đd]ay\b|hop thu (?:[đd]a )?"
        r"vuot qua|(?:vuot qua|het) (?:dung luong|han muc)",
        "452 Hộp thư đã đầy",
        source=QUOTA + ", Vietnamese wording ('hộp thư đã đầy', 'vượt quá dung lượng')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:" + _VI_ADDRESS + r"|ten mien) (?:cua )?nguoi gui (?:bi tu choi|bi chan|khong "
        r"(?:hop le|ton tai|xac [đd]inh|[đd]uoc phep))|nguoi gui (?:bi tu choi|bi chan)",
        "553 Địa chỉ người gửi bị từ chối",
        source=SENDER + ", Vietnamese wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:hop thu|tai khoan)(?: nay)?(?: (?:cua )?nguoi nhan)? (?:(?:[đd]a )?bi (?:vo hieu "
        r"hoa|khoa|[đd]inh chi)|khong (?:con )?hoat [đd]ong|ton tai nhung khong (?:con )?hoat "
        r"[đd]ong)",
        "550 Hộp thư tồn tại nhưng không còn hoạt động",
        source=SEED + ", Vietnamese wording ('hộp thư tồn tại nhưng không còn hoạt động', "
        "'hộp thư đã bị vô hiệu hóa')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:hop thu|nguoi dung|nguoi nhan|" + _VI_ADDRESS + r"(?: (?:cua )?nguoi nhan)?)"
        r"(?: nay)? (?:khong (?:ton tai|hop le|xac [đd]inh|kha dung|co that|[đd]uoc biet)|"
        r"khong con (?:hop le|ton tai|kha dung|[đd]uoc su dung)|bi tu choi)|khong (?:tim thay|"
        r"co) (?:hop thu|nguoi dung|nguoi nhan|[đd]ia chi)",
        "550 Địa chỉ người nhận bị từ chối / Người dùng không xác định",
        source=SEED + ", Vietnamese wording ('hộp thư không tồn tại, người dùng không xác "
        "định, không tìm thấy, không khả dụng, không còn hợp lệ'; 'Recipient address "
        "rejected': 'địa chỉ người nhận bị từ chối')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"ten mien(?: (?:cua )?nguoi nhan)? (?:khong (?:ton tai|hop le|xac [đd]inh|kha dung|"
        r"[đd]uoc phep)|khong con (?:[đd]uoc su dung|ton tai|hop le|hoat [đd]ong)|(?:[đd]a )?bi "
        r"thu hoi)",
        "550 Tên miền không còn được sử dụng / Tên miền không xác định",
        source=SEED + ", Vietnamese wording ('tên miền đã bị thu hồi, không hợp lệ, không xác "
        "định, không được phép, không khả dụng, không còn được sử dụng')",
    ),
)

# --- Indonesian and Malay -----------------------------------------------------------------------

_ID_MAILBOX = r"(?:kotak surat|peti mel)"
_ID_SENDER = r"(?:pengirim|penghantar)"
_ID_NO = r"(?:(?:sudah |telah )?tidak (?:lagi )?)"

ID: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        _ID_MAILBOX + r"(?: penerima)? (?:sudah |telah )?penuh|kuota (?:kotak surat |peti mel )?"
        r"(?:telah |sudah )?(?:terlampaui|habis|penuh)|melebihi kuota",
        "452 Kotak surat penuh",
        source=QUOTA + ", Indonesian and Malay wording ('kotak surat penuh', 'peti mel "
        "penuh', 'kuota telah terlampaui')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:alamat|domain)(?: email| e-?mel)? " + _ID_SENDER + r" (?:ditolak|diblokir|tidak "
        r"(?:valid|sah|dikenal\w*|ada|diizinkan))|" + _ID_SENDER + r" (?:ditolak|diblokir)",
        "553 Alamat pengirim ditolak",
        source=SENDER + ", Indonesian and Malay wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:"
        + _ID_MAILBOX
        + r"|akun|akaun)(?: (?:tersebut|ini|penerima))? (?:"
        + _ID_NO
        + r"aktif|(?:telah |sudah )?(?:dinonaktifkan|dinyahaktifkan|diblokir|ditangguhkan|"
        r"digantung)|ada,? (?:tetapi|namun) " + _ID_NO + r"aktif)",
        "550 Kotak surat ada tetapi sudah tidak aktif",
        source=SEED + ", Indonesian and Malay wording ('kotak surat ada tetapi sudah tidak "
        "aktif', 'akun telah dinonaktifkan', 'akaun telah dinyahaktifkan')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:" + _ID_MAILBOX + r"|pengguna|penerima|alamat(?: email| e-?mel| surel)?(?: "
        r"penerima)?)(?: (?:tersebut|ini))? (?:" + _ID_NO + r"(?:ada|ditemukan|dijumpai|"
        r"dikenal\w*|valid|sah|tersedia|wujud|berlaku|diketahui)|ditolak)|tidak (?:ada|"
        r"ditemukan|wujud) (?:" + _ID_MAILBOX + r"|pengguna|penerima)",
        "550 Alamat penerima ditolak / Pengguna tidak dikenal",
        source=SEED + ", Indonesian and Malay wording ('kotak surat tidak ada, pengguna tidak "
        "dikenal, tidak ditemukan, tidak tersedia, sudah tidak berlaku', 'peti mel tidak "
        "wujud'; 'Recipient address rejected': 'alamat penerima ditolak')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?<!pengirim )(?<!penghantar )\bdomain(?: penerima)? (?:" + _ID_NO + r"(?:ada|"
        r"dikenal\w*|valid|sah|tersedia|wujud|digunakan|ditemukan|berlaku)|(?:telah |sudah )?"
        r"ditarik)",
        "550 Domain sudah tidak digunakan lagi / Domain tidak dikenal",
        source=SEED + ", Indonesian and Malay wording ('domain telah ditarik, tidak valid, "
        "tidak dikenal, tidak tersedia, sudah tidak digunakan lagi', 'domain tidak wujud')",
    ),
)

# --- Thai ---------------------------------------------------------------------------------------

_TH_MAILBOX = r"(?:กล่องจดหมาย|กล่องอีเมล)"

TH: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        _TH_MAILBOX + r"(?:ของผู้รับ)? ?(?:เต็ม|มีพื้นที่ไม่เพียงพอ)|เกินโควต้?า|พื้นที่(?:จัดเก็บ|"
        r"กล่องจดหมาย)?เต็ม",
        "452 กล่องจดหมายเต็ม",
        source=QUOTA + ", Thai wording ('กล่องจดหมายเต็ม', 'เกินโควตา')",
    ),
    Pattern(
        R.REJECTED,
        1,
        r"(?:ที่อยู่(?:อีเมล)?|โดเมน)(?:ของ)?ผู้ส่ง ?(?:ถูกปฏิเสธ|ไม่ถูกต้อง|ไม่มีอยู่|ถูกบล็อก|"
        r"ไม่ได้รับอนุญาต)|ผู้ส่ง ?(?:ถูกปฏิเสธ|ถูกบล็อก)",
        "553 ที่อยู่ผู้ส่งถูกปฏิเสธ",
        source=SENDER + ", Thai wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:" + _TH_MAILBOX + r"|บัญชี(?:ผู้ใช้)?)(?:นี้)?(?:ของผู้รับ)? ?(?:ถูก(?:ระงับ|ปิด)"
        r"(?:การ)?ใช้งาน|ถูกระงับ|ถูกปิด|ไม่มีการใช้งาน|ไม่ได้ใช้งาน|ไม่ได้เปิดใช้งาน|มีอยู่แต่ ?"
        r"(?:ไม่ได้ใช้งาน|ไม่มีการใช้งาน|ถูกระงับ|ถูกปิด))",
        "550 กล่องจดหมายมีอยู่แต่ไม่ได้ใช้งานแล้ว",
        source=SEED + ", Thai wording ('กล่องจดหมายมีอยู่แต่ไม่ได้ใช้งานแล้ว', 'บัญชีถูกปิดใช้งาน')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:" + _TH_MAILBOX + r"|ผู้ใช้|ผู้รับ|ที่อยู่(?:อีเมล)?(?:ของ)?(?:ผู้รับ)?)(?:นี้)? ?"
        r"(?:ไม่มีอยู่|ไม่ถูกต้อง|ไม่พร้อมใช้งาน|ไม่สามารถใช้งานได้|ใช้(?:งาน)?ไม่ได้|ถูกปฏิเสธ|"
        r"ไม่รู้จัก)|(?:ไม่มี|ไม่พบ|ไม่รู้จัก)(?:" + _TH_MAILBOX + r"|ผู้ใช้|ผู้รับ|ที่อยู่อีเมล)",
        "550 ที่อยู่ผู้รับถูกปฏิเสธ / ไม่รู้จักผู้ใช้",
        source=SEED + ", Thai wording ('ไม่มีกล่องจดหมายนี้, ไม่รู้จักผู้ใช้, ไม่พบ, "
        "ไม่พร้อมใช้งาน, ใช้ไม่ได้อีกต่อไป'; 'Recipient address rejected': "
        "'ที่อยู่ผู้รับถูกปฏิเสธ')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"โดเมน(?:นี้)?(?:ของผู้รับ)? ?(?:ไม่มีอยู่|ไม่ถูกต้อง|ไม่พร้อมใช้งาน|ไม่สามารถใช้งานได้|"
        r"ไม่ได้ใช้(?:งาน)?แล้ว|ไม่มีการใช้งานแล้ว|ถูกเพิกถอน|ไม่รู้จัก|ไม่ได้รับอนุญาต)|"
        r"(?:ไม่มี|ไม่พบ|ไม่รู้จัก)โดเมน",
        "550 โดเมนนี้ไม่ได้ใช้งานแล้ว / ไม่รู้จักโดเมน",
        source=SEED + ", Thai wording ('โดเมนถูกเพิกถอน, ไม่ถูกต้อง, ไม่รู้จัก, ไม่มีอยู่, "
        "ไม่พร้อมใช้งาน, ไม่ได้ใช้งานแล้ว')",
    ),
)

# --- Hindi --------------------------------------------------------------------------------------

_HI_MAILBOX = r"(?:मेल ?बॉक्स)"
_HI_SENDER = r"(?:प्रेषक|भेजने वाले)"

HI: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        _HI_MAILBOX + r"(?: (?:पूरा )?भर गया| ?भरा हुआ| पूर्ण)|कोटा (?:पार|समाप्त|पूरा|भर)",
        "452 मेलबॉक्स भरा हुआ है",
        source=QUOTA + ", Hindi wording ('मेलबॉक्स भरा हुआ है', 'कोटा पार हो गया')",
    ),
    Pattern(
        R.REJECTED,
        1,
        _HI_SENDER + r" (?:का|के) (?:ईमेल )?(?:पता|डोमेन) (?:अस्वीकार|अमान्य|अज्ञात|अवरुद्ध|"
        r"ब्लॉक)|(?:अमान्य|अज्ञात) " + _HI_SENDER + r"|प्रेषक (?:को )?(?:अस्वीकार|अवरुद्ध|"
        r"ब्लॉक)",
        "553 प्रेषक का पता अस्वीकार कर दिया गया",
        source=SENDER + ", Hindi wording",
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:" + _HI_MAILBOX + r"|खाता|अकाउंट)(?: (?:को )?(?:निष्क्रिय|अक्षम|बंद|निलंबित)| मौजूद "
        r"है,? (?:लेकिन|परंतु|पर) (?:अब )?सक्रिय नहीं| अब सक्रिय नहीं)",
        "550 मेलबॉक्स मौजूद है लेकिन अब सक्रिय नहीं है",
        source=SEED + ", Hindi wording ('मेलबॉक्स मौजूद है लेकिन अब सक्रिय नहीं है', 'खाता "
        "अक्षम कर दिया गया है')",
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?<!प्रेषक का )(?<!भेजने वाले का )(?:" + _HI_MAILBOX + r"|उपयोगकर्ता|प्राप्तकर्ता|"
        r"(?:ईमेल )?पता)(?: का पता)? (?:(?:अब )?(?:मौजूद|मान्य|उपलब्ध) नहीं|अमान्य|अज्ञात|"
        r"नहीं मिल[ाी]|अस्वीकार (?:कर दिया|किया))|(?:अज्ञात|अमान्य|अवैध) (?:उपयोगकर्ता|"
        r"प्राप्तकर्ता|पता|" + _HI_MAILBOX + r")|ऐसा कोई (?:" + _HI_MAILBOX + r"|उपयोगकर्ता|"
        r"प्राप्तकर्ता|पता) नहीं",
        "550 प्राप्तकर्ता का पता अस्वीकार कर दिया गया / अज्ञात उपयोगकर्ता",
        source=SEED + ", Hindi wording ('मेलबॉक्स मौजूद नहीं है, अज्ञात उपयोगकर्ता, नहीं "
        "मिला, उपलब्ध नहीं है, अब मान्य नहीं है'; 'Recipient address rejected': "
        "'प्राप्तकर्ता का पता अस्वीकार कर दिया गया')",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"(?<!प्रेषक का )(?<!भेजने वाले का )डोमेन(?: नाम)? (?:(?:अब )?(?:मौजूद|मान्य|उपलब्ध|"
        r"उपयोग में) नहीं|अमान्य|अज्ञात|वापस ले लिया गया|का अस्तित्व नहीं)|(?:अज्ञात|अमान्य|"
        r"अवैध) डोमेन",
        "550 डोमेन अब उपयोग में नहीं है / अज्ञात डोमेन",
        source=SEED + ", Hindi wording ('डोमेन वापस ले लिया गया, अमान्य, अज्ञात, अवैध, "
        "उपलब्ध नहीं, अब उपयोग में नहीं है')",
    ),
)
