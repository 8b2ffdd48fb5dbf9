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
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"thu (?:qua|co kich thuoc qua) lon|kich thuoc (?:cua )?(?:thu|"
        r"email) vuot qua",
        "552 Kích thước email vượt quá giới hạn",
        source=(_TOO_LARGE + ", Vietnamese wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"het thoi gian cho|(?:qua|het) thoi gian ket noi|"
        r"may chu khong (?:phan hoi|tra loi)|ket noi (?:bi )?(?:tu choi|mat|"
        r"gian [đd]oan|[đd]at lai|ngat)|mat ket noi",
        "Kết nối bị gián đoạn",
        source=(_NO_ANSWER + ", Vietnamese wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"vong lap (?:thu|email|mail)|qua nhieu (?:buoc chuyen tiep|buoc nhay|"
        r"hop)",
        "554 Vòng lặp email",
        source=(_LOOP + ", Vietnamese wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"cau hinh (?:sai|khong (?:dung|chinh xac))|loi cau hinh",
        "451 Lỗi cấu hình máy chủ",
        source=(_CONFIG + ", Vietnamese wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"[đd]inh dang (?:thu |email )?khong hop le|sai [đd]inh dang",
        "554 Thư sai định dạng",
        source=(_MALFORMED + ", Vietnamese wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"tep [đd]inh kem (?:\w+ ){0,2}?khong [đd]uoc (?:phep|cho phep)|"
        r"tep [đd]inh kem bi chan",
        "552 Tệp đính kèm loại này không được phép",
        source=(_ATTACHMENT + ", Vietnamese wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"(?:phat hien|chua|nhiem) virus|virus (?:[đd]uoc phat hien|"
        r"trong thu)|ma [đd]oc",
        "554 Thư chứa virus",
        source=(_VIRUS + ", Vietnamese wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"thu rac",
        "554 Thư rác",
        source=(_SPAM + ", Vietnamese wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"bo loc noi dung",
        "550 Bị chặn bởi bộ lọc nội dung",
        source=(_FILTER + ", Vietnamese wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"danh sach [đd]en",
        "554 Máy chủ của bạn nằm trong danh sách đen",
        source=(_BLOCK_LIST + ", Vietnamese wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"qua nhieu (?:thu|email|ket noi)\b|gioi han gui",
        "421 Quá nhiều kết nối từ IP của bạn",
        source=(_RATE + ", Vietnamese wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"[đd]ong ket noi",
        "Máy chủ đã đóng kết nối",
        source=(_NO_ANSWER + ", Vietnamese wording; no server sample on record"),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        2,
        r"dung luong (?:cua )?thu vuot qua",
        "552 Dung lượng của thư vượt quá giới hạn",
        source=(_TOO_LARGE + ", Vietnamese wording; no server sample on record"),
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
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"(?:pesan|mesej|email|surel) terlalu besar|(?:ukuran|saiz) (?:pesan|"
        r"mesej|email) (?:melebihi|terlalu besar)",
        "552 Ukuran email melebihi batas",
        source=(_TOO_LARGE + ", Indonesian and Malay wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"waktu (?:koneksi|sambungan|tunggu) (?:habis|tamat)|(?:koneksi|"
        r"sambungan) (?:\w+ ){0,2}?(?:habis waktu|tamat masa|ditolak|terputus|"
        r"direset|diset semula)|server tidak (?:merespons|merespon|"
        r"menanggapi)|pelayan tidak (?:bertindak balas|memberi respons|"
        r"menjawab)|(?:kehilangan|terputus) (?:koneksi|sambungan)",
        "Koneksi terputus",
        source=(_NO_ANSWER + ", Indonesian and Malay wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"loop (?:email|surel|mel)|gelung (?:mel|e-mel)|terlalu banyak (?:hop|"
        r"lompatan)",
        "554 Gelung mel dikesan",
        source=(_LOOP + ", Indonesian and Malay wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"salah (?:konfigurasi|dikonfigurasi)|(?:kesalahan|ralat) konfigurasi|"
        r"tidak dikonfigurasi(?:kan)? dengan (?:benar|betul)",
        "451 Kesalahan konfigurasi server",
        source=(_CONFIG + ", Indonesian and Malay wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"format (?:pesan|mesej|email) tidak (?:valid|sah)|(?:pesan|"
        r"mesej) (?:rusak|rosak|cacat)",
        "554 Format mesej tidak sah",
        source=(_MALFORMED + ", Indonesian and Malay wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"lampiran (?:\w+ ){0,2}?tidak (?:diizinkan|dibenarkan|diperbolehkan)|"
        r"lampiran (?:diblokir|disekat)",
        "552 Lampiran jenis ini tidak dibenarkan",
        source=(_ATTACHMENT + ", Indonesian and Malay wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"virus (?:terdeteksi|dikesan|ditemukan)|(?:mengandung|mengandungi|"
        r"terinfeksi|dijangkiti) virus|(?:terdeteksi|dikesan|ditemukan) virus",
        "554 Pesan mengandung virus",
        source=(_VIRUS + ", Indonesian and Malay wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"(?:terdeteksi|dikesan|ditandai|dikenal pasti) sebagai spam|(?:pesan|"
        r"mel|surel|email) sampah",
        "554 Mel sampah",
        source=(_SPAM + ", Indonesian and Malay wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"filter konten|penapis kandungan",
        "550 Diblokir oleh filter konten",
        source=(_FILTER + ", Indonesian and Malay wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"daftar hitam|senarai hitam",
        "554 Server Anda masuk daftar hitam",
        source=(_BLOCK_LIST + ", Indonesian and Malay wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"terlalu banyak (?:pesan|mesej|email|koneksi|sambungan)|"
        r"batas pengiriman|had penghantaran",
        "421 Terlalu banyak sambungan dari IP anda",
        source=(_RATE + ", Indonesian and Malay wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"batas waktu (?:koneksi|sambungan) terlampaui|menutup (?:koneksi|"
        r"sambungan)",
        "Server menutup koneksi",
        source=(_NO_ANSWER + ", Indonesian and Malay wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        2,
        r"(?:terinfeksi|dijangkiti) (?:malware|perisian hasad)",
        "554 Lampiran dijangkiti perisian hasad",
        source=(_VIRUS + ", Indonesian and Malay wording; no server sample on record"),
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
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"ข้อความ(?:มี)?ขนาดใหญ่เกิน|ขนาด(?:ของ)?ข้อความเกิน|ข้อความใหญ่เกินไป",
        "552 ข้อความใหญ่เกินไป",
        source=(_TOO_LARGE + ", Thai wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"เชื่อมต่อ.{0,20}?(?:หมดเวลา|ถูกปฏิเสธ|ขาดหาย|หลุด|ถูกรีเซ็ต|ถูกตัด)|"
        r"หมดเวลา(?:การ)?เชื่อมต่อ|เซิร์ฟเวอร์ไม่ตอบสนอง|"
        r"ไม่มีการตอบสนองจากเซิร์ฟเวอร์",
        "การเชื่อมต่อหลุด",
        source=(_NO_ANSWER + ", Thai wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"วนซ้(?:\u0e4d\u0e32|\u0e33)|ฮอปมากเกินไป",
        "554 อีเมลวนซ้ำ",
        source=(_LOOP + ", Thai wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"(?:ตั้งค่า|หนดค่า)ไม่ถูกต้อง|ข้อผิดพลาด(?:ใน)?(?:การ)?(?:ตั้งค่า|"
        r"\S{1,3}หนดค่า)",
        "451 ข้อผิดพลาดในการตั้งค่าเซิร์ฟเวอร์",
        source=(_CONFIG + ", Thai wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"รูปแบบ(?:ข้อความ|อีเมล)?ไม่ถูกต้อง|ข้อความ(?:เสียหาย|ผิดรูปแบบ)",
        "554 ข้อความผิดรูปแบบ",
        source=(_MALFORMED + ", Thai wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"ไม่อนุญาตให้แนบไฟล์|ไฟล์แนบ\S{0,12}?ไม่(?:ได้รับ)?อนุญาต|"
        r"ไฟล์แนบ\S{0,12}?ถูกบล็อก",
        "552 ไฟล์แนบประเภทนี้ไม่ได้รับอนุญาต",
        source=(_ATTACHMENT + ", Thai wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"ไวรัส|มัลแวร์",
        "554 ข้อความมีไวรัส",
        source=(_VIRUS + ", Thai wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"สแปม|จดหมายขยะ|อีเมลขยะ",
        "554 อีเมลขยะ",
        source=(_SPAM + ", Thai wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"(?:ตัว|การ)กรองเนื้อหา",
        "550 ถูกบล็อกโดยตัวกรองเนื้อหา",
        source=(_FILTER + ", Thai wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"บัญชีด[\u0e4d\u0e33]|แบล็กลิสต์",
        "554 เซิร์ฟเวอร์ของคุณอยู่ในแบล็กลิสต์",
        source=(_BLOCK_LIST + ", Thai wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"ส่ง(?:ข้อความ|อีเมล)?มากเกินไป|(?:ข้อความ|อีเมล|"
        r"การเชื่อมต่อ)มากเกินไป|ขีด\S{1,4}กัดการส่ง|ส่งให้ช้าลง",
        "421 การเชื่อมต่อมากเกินไปจาก IP ของคุณ",
        source=(_RATE + ", Thai wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"หมดเวลารอ|ปิดการเชื่อมต่อ",
        "เซิร์ฟเวอร์ปิดการเชื่อมต่อ",
        source=(_NO_ANSWER + ", Thai wording; no server sample on record"),
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
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"संदेश (?:बहुत|अत्यधिक|काफी) ब\S{1,3}ा है|"
        r"संदेश का आकार .{0,30}(?:अधिक|पार)",
        "552 संदेश का आकार सीमा से अधिक है",
        source=(_TOO_LARGE + ", Hindi wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"कनेक्शन (?:का )?(?:समय समाप्त|टाइमआउट)|(?:सर्वर|"
        r"होस्ट) (?:से )?(?:कोई )?(?:जवाब|उत्तर|प्रतिक्रिया) नहीं|"
        r"कनेक्शन .{0,20}?(?:अस्वीकार|टूट|खो|रीसेट|बंद) (?:कर दिया|हो गया|गया)",
        "सर्वर से कनेक्शन खो गया",
        source=(_NO_ANSWER + ", Hindi wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"मेल लूप|लूप का पता|बहुत अधिक हॉप|हॉप की संख्या",
        "554 मेल लूप",
        source=(_LOOP + ", Hindi wording; no server sample on record"),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"गलत (?:तरीके से )?कॉन्\S{1,3}िगर|कॉन्\S{1,3}िगरेशन (?:में )?त्रुटि",
        "451 सर्वर कॉन्फ़िगरेशन में त्रुटि",
        source=(_CONFIG + ", Hindi wording; no server sample on record"),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"प्रारूप (?:अमान्य|गलत)|(?:विकृत|दूषित) संदेश|गलत प्रारूप",
        "554 गलत प्रारूप वाला संदेश",
        source=(_MALFORMED + ", Hindi wording; no server sample on record"),
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"अनुलग्नक .{0,20}?(?:अनुमत नहीं|प्रतिबंधित|अवरुद्ध)|(?:प्रतिबंधित|"
        r"अवरुद्ध) .{0,20}?अनुलग्नक",
        "552 प्रतिबंधित प्रकार का अनुलग्नक",
        source=(_ATTACHMENT + ", Hindi wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        1,
        r"वायरस|मैलवेयर",
        "554 संदेश में वायरस है",
        source=(_VIRUS + ", Hindi wording; no server sample on record"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"स्पैम|अवांछित (?:ईमेल|संदेश|मेल)",
        "554 अवांछित ईमेल",
        source=(_SPAM + ", Hindi wording; no server sample on record"),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"(?:सामग्री|कंटेंट) \S{1,4}िल्टर",
        "550 सामग्री फ़िल्टर द्वारा अवरुद्ध",
        source=(_FILTER + ", Hindi wording; no server sample on record"),
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"ब्लैकलिस्ट|काली सूची|ब्लॉक ?सूची|ब्लॉकलिस्ट",
        "554 आपका सर्वर काली सूची में है",
        source=(_BLOCK_LIST + ", Hindi wording; no server sample on record"),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"बहुत अधिक (?:संदेश|ईमेल|कनेक्शन)|भेजने की (?:सीमा|दर)|गति धीमी",
        "421 आपके IP से बहुत अधिक कनेक्शन",
        source=(_RATE + ", Hindi wording; no server sample on record"),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"निर्धारित समय में (?:उत्तर|जवाब) नहीं",
        "निर्धारित समय में जवाब नहीं मिला",
        source=(_NO_ANSWER + ", Hindi wording; no server sample on record"),
    ),
    Pattern(
        R.VIRUSDETECTED,
        2,
        r"संक्रमित",
        "554 संक्रमित फ़ाइल",
        source=(_VIRUS + ", Hindi wording; no server sample on record"),
    ),
)
