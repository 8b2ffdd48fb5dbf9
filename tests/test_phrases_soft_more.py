"""The seed's soft categories and the refusals of *us* in the 18 languages added last: Greek,
Hebrew, Arabic, Persian, Bulgarian, Serbian (Cyrillic and Latin), Croatian, Slovenian,
Belarusian, Lithuanian, Latvian, Estonian, Catalan, Vietnamese, Indonesian, Malay, Thai, Hindi.

tests/test_phrases_seed_more.py reads these languages' hard classes, a full mailbox and a
refusal of our sender; this set asks the rest of the seed (design.md, "Vocabulary"): a message
too large, no answer from the host (timed out, refused), a bad connection (lost, reset),
routing (mail loop, too many hops), protocol errors, configuration (server misconfigured, local
configuration error), content (malformed message, attachment type not allowed, virus) and spam
(looks like spam, content filter, block list, too many messages, greylisting). None of them
says the address is gone: each must read as soft, or as a block where the refusal is of our
sender, IP or content -- never hard. The expected meaning of each category (kind, category,
reason where only one is right) is ``tests.test_phrases_soft.WANT``, shared with the 22 older
languages.

Sources, per category (the same for every language): the seed's words above, with RFC 3463's
detail code of that meaning -- X.3.4 message too big, X.4.1 no answer from host, X.4.2 bad
connection, X.4.6 routing loop (and RFC 5321 §6.3, hop count), X.5.x / RFC 5321 §4.2.2
(500-504) protocol, X.3.5 system incorrectly configured, X.6.0 media error (RFC 5322 format),
X.7.1 message refused (attachment, virus, spam, filter, block list), X.7.0 / RFC 5321 §4.2.2
(421, 450-452) too many messages, RFC 6647 greylisting (a 4xx asking to retry later). The
wordings are ours, as servers in those languages word them (localized MTAs, webmail providers'
help pages, translated product strings): no server sample on record for any of them. Each is a
bare reply without an enhanced status (only the words decide), in formal and informal forms,
and where servers drop the marks (Vietnamese without tones, Serbian/Croatian without diacritics,
Persian with the Arabic yeh) without them.

Run as a script, the file prints the figure per language and per category and every case read
as hard.
"""

# The replies are in their languages' own letters (Greek, Cyrillic), which ruff takes for
# look-alikes of Latin ones: intended here.
# ruff: noqa: RUF001

from __future__ import annotations

import collections
from typing import Any

import pytest

from bouncesink.types import Kind
from tests.test_phrases import verdict
from tests.test_phrases_soft import WANT, reads_as

# (language, category of WANT, reply)
CASES: list[tuple[str, str, str]] = [
    # --- Greek ----------------------------------------------------------------------------------
    ("el", "large", "552 Το μήνυμα είναι πολύ μεγάλο"),
    ("el", "large", "552 Το μέγεθος του μηνύματος υπερβαίνει το επιτρεπόμενο όριο"),
    ("el", "large", "552 ΤΟ ΜΗΝΥΜΑ ΕΙΝΑΙ ΠΟΛΥ ΜΕΓΑΛΟ"),
    ("el", "timeout", "Λήξη χρονικού ορίου σύνδεσης"),
    ("el", "timeout", "550 Ο διακομιστής δεν απαντά"),
    ("el", "refused", "550 Η σύνδεση απορρίφθηκε"),
    ("el", "lost", "550 Η σύνδεση με τον διακομιστή χάθηκε"),
    ("el", "lost", "Η σύνδεση επαναφέρθηκε από τον απομακρυσμένο υπολογιστή"),
    ("el", "loop", "554 Εντοπίστηκε βρόχος αλληλογραφίας"),
    ("el", "loop", "554 Πάρα πολλά άλματα"),
    ("el", "protocol", "503 Λάθος σειρά εντολών"),
    ("el", "protocol", "501 Συντακτικό σφάλμα"),
    ("el", "config", "550 Ο διακομιστής δεν έχει ρυθμιστεί σωστά"),
    ("el", "config", "550 Σφάλμα τοπικών ρυθμίσεων"),
    ("el", "malformed", "554 Το μήνυμα απορρίφθηκε: μη έγκυρη μορφή μηνύματος"),
    ("el", "attachment", "552 Ο τύπος συνημμένου δεν επιτρέπεται"),
    ("el", "virus", "554 Εντοπίστηκε ιός στο μήνυμα"),
    ("el", "spam", "554 Το μήνυμα χαρακτηρίστηκε ως ανεπιθύμητο (spam)"),
    ("el", "filter", "554 Το μήνυμα απορρίφθηκε από το φίλτρο περιεχομένου"),
    ("el", "blocklist", "554 Η διεύθυνση IP σας βρίσκεται σε μαύρη λίστα"),
    ("el", "rate", "421 Πάρα πολλά μηνύματα, μειώστε τον ρυθμό αποστολής"),
    ("el", "rate", "550 Υπέρβαση ορίου αποστολής"),
    ("el", "grey", "451 Greylisting: δοκιμάστε ξανά αργότερα"),
    # --- Hebrew ---------------------------------------------------------------------------------
    ("he", "large", "552 ההודעה גדולה מדי"),
    ("he", "large", "552 גודל ההודעה חורג מהמותר"),
    ("he", "timeout", "תם הזמן הקצוב לחיבור"),
    ("he", "timeout", "550 השרת אינו מגיב"),
    ("he", "refused", "550 החיבור נדחה"),
    ("he", "lost", "550 החיבור לשרת אבד"),
    ("he", "lost", "החיבור אופס על ידי הצד השני"),
    ("he", "loop", "554 זוהתה לולאת דואר"),
    ("he", "loop", "554 חריגה ממספר הקפיצות המרבי"),
    ("he", "protocol", "503 פקודה שלא לפי הסדר"),
    ("he", "protocol", "501 שגיאת תחביר"),
    ("he", "config", "550 השרת אינו מוגדר כראוי"),
    ("he", "config", "550 שגיאת תצורה מקומית"),
    ("he", "malformed", "554 ההודעה נדחתה: פורמט הודעה שגוי"),
    ("he", "attachment", "552 סוג הקובץ המצורף אינו מורשה"),
    ("he", "virus", "554 נמצא וירוס בהודעה"),
    ("he", "spam", "554 ההודעה זוהתה כדואר זבל"),
    ("he", "filter", "554 ההודעה נחסמה על ידי מסנן התוכן"),
    ("he", "blocklist", "554 כתובת ה-IP שלך נמצאת ברשימה שחורה"),
    ("he", "rate", "421 יותר מדי הודעות, האט את קצב השליחה"),
    ("he", "rate", "550 חריגה ממגבלת השליחה"),
    ("he", "grey", "451 רשימה אפורה (greylisting), נסה שוב מאוחר יותר"),
    # --- Arabic ---------------------------------------------------------------------------------
    ("ar", "large", "552 الرسالة كبيرة جدًا"),
    ("ar", "large", "552 حجم الرسالة يتجاوز الحد المسموح به"),
    ("ar", "timeout", "انتهت مهلة الاتصال"),
    ("ar", "timeout", "550 الخادم لا يستجيب"),
    ("ar", "refused", "550 تم رفض الاتصال"),
    ("ar", "lost", "550 انقطع الاتصال بالخادم"),
    ("ar", "lost", "تمت إعادة تعيين الاتصال من قبل الطرف الآخر"),
    ("ar", "loop", "554 تم اكتشاف حلقة بريد"),
    ("ar", "loop", "554 عدد كبير جدًا من القفزات"),
    ("ar", "protocol", "503 أمر خارج التسلسل"),
    ("ar", "protocol", "501 خطأ في بناء الجملة"),
    ("ar", "config", "550 الخادم غير مهيأ بشكل صحيح"),
    ("ar", "config", "550 خطأ في التكوين المحلي"),
    ("ar", "malformed", "554 تم رفض الرسالة: تنسيق الرسالة غير صالح"),
    ("ar", "attachment", "552 نوع المرفق غير مسموح به"),
    ("ar", "virus", "554 تم اكتشاف فيروس في الرسالة"),
    ("ar", "spam", "554 تم تصنيف الرسالة كبريد عشوائي"),
    ("ar", "spam", "554 الرسالة تبدو كرسالة مزعجة (سبام)"),
    ("ar", "filter", "554 تم رفض الرسالة بواسطة مرشح المحتوى"),
    ("ar", "blocklist", "554 عنوان IP الخاص بك مدرج في القائمة السوداء"),
    ("ar", "rate", "421 عدد كبير جدًا من الرسائل، يرجى الإبطاء"),
    ("ar", "rate", "550 تم تجاوز حد الإرسال"),
    ("ar", "grey", "451 القائمة الرمادية، يرجى المحاولة مرة أخرى لاحقًا"),
    # --- Persian --------------------------------------------------------------------------------
    ("fa", "large", "552 پیام بیش از حد بزرگ است"),
    ("fa", "large", "552 اندازه پیام از حد مجاز بیشتر است"),
    ("fa", "timeout", "مهلت اتصال به پایان رسید"),
    ("fa", "timeout", "550 سرور پاسخ نمی‌دهد"),
    ("fa", "refused", "550 اتصال رد شد"),
    ("fa", "lost", "550 اتصال با سرور قطع شد"),
    ("fa", "lost", "اتصال توسط طرف مقابل بازنشانی شد"),
    ("fa", "loop", "554 حلقه ایمیل شناسایی شد"),
    ("fa", "loop", "554 تعداد پرش‌ها بیش از حد است"),
    ("fa", "protocol", "503 ترتیب دستورات نادرست است"),
    ("fa", "protocol", "501 خطای نحوی"),
    ("fa", "config", "550 سرور به درستی پیکربندی نشده است"),
    ("fa", "config", "550 خطای پیکربندی محلی"),
    ("fa", "malformed", "554 پیام رد شد: قالب پیام نامعتبر است"),
    ("fa", "attachment", "552 نوع پیوست مجاز نیست"),
    ("fa", "virus", "554 ویروس در پیام شناسایی شد"),
    ("fa", "spam", "554 پیام به عنوان هرزنامه شناسایی شد"),
    ("fa", "spam", "554 پيام به عنوان هرزنامه شناسايي شد"),
    ("fa", "filter", "554 پیام توسط فیلتر محتوا رد شد"),
    ("fa", "blocklist", "554 آدرس IP شما در لیست سیاه قرار دارد"),
    ("fa", "rate", "421 تعداد پیام‌ها بیش از حد مجاز است، لطفا آهسته‌تر ارسال کنید"),
    ("fa", "rate", "550 از سقف ارسال فراتر رفته‌اید"),
    ("fa", "grey", "451 لیست خاکستری؛ لطفا بعدا دوباره تلاش کنید"),
    # --- Bulgarian ------------------------------------------------------------------------------
    ("bg", "large", "552 Съобщението е твърде голямо"),
    ("bg", "large", "552 Размерът на съобщението надвишава допустимия"),
    ("bg", "timeout", "Времето за изчакване на връзката изтече"),
    ("bg", "timeout", "550 Сървърът не отговаря"),
    ("bg", "refused", "550 Връзката е отказана"),
    ("bg", "lost", "550 Връзката със сървъра е прекъсната"),
    ("bg", "lost", "Връзката е нулирана от отсрещната страна"),
    ("bg", "loop", "554 Открит е пощенски цикъл"),
    ("bg", "loop", "554 Твърде много преходи"),
    ("bg", "protocol", "503 Грешна последователност на командите"),
    ("bg", "protocol", "501 Синтактична грешка"),
    ("bg", "config", "550 Сървърът е неправилно конфигуриран"),
    ("bg", "config", "550 Локална грешка в конфигурацията"),
    ("bg", "malformed", "554 Съобщението е отхвърлено: невалиден формат"),
    ("bg", "attachment", "552 Типът на прикачения файл не е разрешен"),
    ("bg", "virus", "554 Открит е вирус в съобщението"),
    ("bg", "spam", "554 Съобщението е определено като спам"),
    ("bg", "filter", "554 Съобщението е отхвърлено от филтъра за съдържание"),
    ("bg", "blocklist", "554 Вашият IP адрес е в черен списък"),
    ("bg", "rate", "421 Твърде много съобщения, намалете скоростта"),
    ("bg", "rate", "550 Превишен лимит за изпращане"),
    ("bg", "grey", "451 Сив списък, моля опитайте отново по-късно"),
    # --- Serbian, Cyrillic ----------------------------------------------------------------------
    ("sr", "large", "552 Порука је превелика"),
    ("sr", "large", "552 Величина поруке премашује дозвољену"),
    ("sr", "timeout", "Истекло је време за повезивање"),
    ("sr", "timeout", "550 Сервер не одговара"),
    ("sr", "refused", "550 Веза је одбијена"),
    ("sr", "lost", "550 Веза са сервером је прекинута"),
    ("sr", "lost", "Везу је ресетовала друга страна"),
    ("sr", "loop", "554 Откривена је петља поште"),
    ("sr", "loop", "554 Превише скокова"),
    ("sr", "protocol", "503 Погрешан редослед команди"),
    ("sr", "protocol", "501 Синтаксна грешка"),
    ("sr", "config", "550 Сервер је погрешно конфигурисан"),
    ("sr", "config", "550 Локална грешка у конфигурацији"),
    ("sr", "malformed", "554 Порука је одбијена: неисправан формат"),
    ("sr", "attachment", "552 Тип прилога није дозвољен"),
    ("sr", "virus", "554 У поруци је пронађен вирус"),
    ("sr", "spam", "554 Порука је означена као спам"),
    ("sr", "filter", "554 Поруку је одбио филтер садржаја"),
    ("sr", "blocklist", "554 Ваша IP адреса је на црној листи"),
    ("sr", "rate", "421 Превише порука, успорите"),
    ("sr", "rate", "550 Прекорачено ограничење слања"),
    ("sr", "grey", "451 Сива листа, покушајте поново касније"),
    # --- Serbian, Latin (with and without diacritics) -------------------------------------------
    ("sr", "large", "552 Poruka je prevelika"),
    ("sr", "timeout", "Isteklo je vreme za povezivanje"),
    ("sr", "refused", "550 Veza je odbijena"),
    ("sr", "lost", "550 Veza sa serverom je prekinuta"),
    ("sr", "loop", "554 Otkrivena je petlja poste"),
    ("sr", "config", "550 Server je pogresno konfigurisan"),
    ("sr", "malformed", "554 Poruka je odbijena: neispravan format"),
    ("sr", "attachment", "552 Tip priloga nije dozvoljen"),
    ("sr", "virus", "554 U poruci je pronadjen virus"),
    ("sr", "spam", "554 Poruka je označena kao spam"),
    ("sr", "filter", "554 Poruku je odbio filter sadrzaja"),
    ("sr", "blocklist", "554 Vasa IP adresa je na crnoj listi"),
    ("sr", "rate", "421 Previse poruka, usporite"),
    # --- Croatian -------------------------------------------------------------------------------
    ("hr", "large", "552 Poruka je prevelika"),
    ("hr", "large", "552 Veličina poruke premašuje dopuštenu"),
    ("hr", "timeout", "Isteklo je vrijeme čekanja veze"),
    ("hr", "timeout", "550 Poslužitelj ne odgovara"),
    ("hr", "refused", "550 Veza je odbijena"),
    ("hr", "lost", "550 Veza s poslužiteljem je prekinuta"),
    ("hr", "lost", "Veza je resetirana od strane udaljenog računala"),
    ("hr", "loop", "554 Otkrivena je petlja pošte"),
    ("hr", "loop", "554 Previše skokova"),
    ("hr", "protocol", "503 Pogrešan redoslijed naredbi"),
    ("hr", "protocol", "501 Sintaktička pogreška"),
    ("hr", "config", "550 Poslužitelj je pogrešno konfiguriran"),
    ("hr", "config", "550 Lokalna pogreska konfiguracije"),
    ("hr", "malformed", "554 Poruka je odbijena: neispravan format poruke"),
    ("hr", "attachment", "552 Vrsta privitka nije dopuštena"),
    ("hr", "virus", "554 U poruci je otkriven virus"),
    ("hr", "spam", "554 Poruka je označena kao neželjena pošta"),
    ("hr", "filter", "554 Poruku je odbio filtar sadržaja"),
    ("hr", "blocklist", "554 Vaša IP adresa nalazi se na crnoj listi"),
    ("hr", "rate", "421 Previše poruka, usporite slanje"),
    ("hr", "rate", "550 Prekoračeno ograničenje slanja"),
    ("hr", "grey", "451 Siva lista, pokušajte ponovno kasnije"),
    # --- Slovenian ------------------------------------------------------------------------------
    ("sl", "large", "552 Sporočilo je preveliko"),
    ("sl", "large", "552 Velikost sporočila presega dovoljeno omejitev"),
    ("sl", "timeout", "Časovna omejitev povezave je potekla"),
    ("sl", "timeout", "550 Strežnik se ne odziva"),
    ("sl", "refused", "550 Povezava je bila zavrnjena"),
    ("sl", "lost", "550 Povezava s strežnikom je bila prekinjena"),
    ("sl", "lost", "Povezavo je ponastavil oddaljeni računalnik"),
    ("sl", "loop", "554 Zaznana je poštna zanka"),
    ("sl", "loop", "554 Preveč skokov"),
    ("sl", "protocol", "503 Napačno zaporedje ukazov"),
    ("sl", "protocol", "501 Skladenjska napaka"),
    ("sl", "config", "550 Strežnik je napačno konfiguriran"),
    ("sl", "config", "550 Napaka v lokalni konfiguraciji"),
    ("sl", "malformed", "554 Sporočilo zavrnjeno: neveljavna oblika sporočila"),
    ("sl", "attachment", "552 Vrsta priponke ni dovoljena"),
    ("sl", "virus", "554 V sporočilu je bil najden virus"),
    ("sl", "spam", "554 Sporočilo je označeno kot neželena pošta"),
    ("sl", "filter", "554 Sporočilo je zavrnil filter vsebine"),
    ("sl", "blocklist", "554 Vaš IP naslov je na črnem seznamu"),
    ("sl", "rate", "421 Preveč sporočil, upočasnite pošiljanje"),
    ("sl", "rate", "550 Presežena omejitev pošiljanja"),
    ("sl", "grey", "451 Siva lista, poskusite znova pozneje"),
    # --- Belarusian -----------------------------------------------------------------------------
    ("be", "large", "552 Паведамленне занадта вялікае"),
    ("be", "large", "552 Памер паведамлення перавышае дапушчальны"),
    ("be", "timeout", "Скончыўся час чакання злучэння"),
    ("be", "timeout", "550 Сервер не адказвае"),
    ("be", "refused", "550 У злучэнні адмоўлена"),
    ("be", "lost", "550 Злучэнне з серверам страчана"),
    ("be", "lost", "Злучэнне скінута аддаленым бокам"),
    ("be", "loop", "554 Выяўлена пятля пошты"),
    ("be", "loop", "554 Занадта шмат пераходаў"),
    ("be", "protocol", "503 Няправільная паслядоўнасць каманд"),
    ("be", "protocol", "501 Сінтаксічная памылка"),
    ("be", "config", "550 Сервер няправільна наладжаны"),
    ("be", "config", "550 Памылка лакальнай канфігурацыі"),
    ("be", "malformed", "554 Паведамленне адхілена: няправільны фармат"),
    ("be", "attachment", "552 Тып укладання не дазволены"),
    ("be", "virus", "554 У паведамленні выяўлены вірус"),
    ("be", "spam", "554 Паведамленне распазнана як спам"),
    ("be", "filter", "554 Паведамленне адхілена фільтрам змесціва"),
    ("be", "blocklist", "554 Ваш IP-адрас знаходзіцца ў чорным спісе"),
    ("be", "rate", "421 Занадта шмат паведамленняў, запаволіце адпраўку"),
    ("be", "rate", "550 Перавышаны ліміт адпраўкі"),
    ("be", "grey", "451 Шэры спіс, паспрабуйце пазней"),
    # --- Lithuanian -----------------------------------------------------------------------------
    ("lt", "large", "552 Laiškas per didelis"),
    ("lt", "large", "552 Laiško dydis viršija leistiną ribą"),
    ("lt", "timeout", "Baigėsi ryšio laukimo laikas"),
    ("lt", "timeout", "550 Serveris neatsako"),
    ("lt", "refused", "550 Ryšys atmestas"),
    ("lt", "lost", "550 Ryšys su serveriu nutrūko"),
    ("lt", "lost", "Ryšį nutraukė nutolęs kompiuteris"),
    ("lt", "loop", "554 Aptikta pašto kilpa"),
    ("lt", "loop", "554 Per daug peršokimų"),
    ("lt", "protocol", "503 Neteisinga komandų seka"),
    ("lt", "protocol", "501 Sintaksės klaida"),
    ("lt", "config", "550 Serveris netinkamai sukonfigūruotas"),
    ("lt", "config", "550 Vietinės konfigūracijos klaida"),
    ("lt", "malformed", "554 Laiškas atmestas: netinkamas laiško formatas"),
    ("lt", "attachment", "552 Priedo tipas neleidžiamas"),
    ("lt", "virus", "554 Laiške aptiktas virusas"),
    ("lt", "spam", "554 Laiškas pažymėtas kaip šlamštas"),
    ("lt", "filter", "554 Laišką atmetė turinio filtras"),
    ("lt", "blocklist", "554 Jūsų IP adresas yra juodajame sąraše"),
    ("lt", "rate", "421 Per daug laiškų, sulėtinkite siuntimą"),
    ("lt", "rate", "550 Viršytas siuntimo limitas"),
    ("lt", "grey", "451 Pilkasis sąrašas, bandykite vėliau"),
    # --- Latvian --------------------------------------------------------------------------------
    ("lv", "large", "552 Ziņojums ir pārāk liels"),
    ("lv", "large", "552 Vēstules izmērs pārsniedz atļauto"),
    ("lv", "timeout", "Savienojuma gaidīšanas laiks beidzās"),
    ("lv", "timeout", "550 Serveris neatbild"),
    ("lv", "refused", "550 Savienojums atteikts"),
    ("lv", "lost", "550 Savienojums ar serveri tika pārtraukts"),
    ("lv", "lost", "Savienojumu atiestatīja otra puse"),
    ("lv", "loop", "554 Konstatēta pasta cilpa"),
    ("lv", "loop", "554 Pārāk daudz pārlēcienu"),
    ("lv", "protocol", "503 Nepareiza komandu secība"),
    ("lv", "protocol", "501 Sintakses kļūda"),
    ("lv", "config", "550 Serveris ir nepareizi konfigurēts"),
    ("lv", "config", "550 Lokālās konfigurācijas kļūda"),
    ("lv", "malformed", "554 Ziņojums noraidīts: nederīgs ziņojuma formāts"),
    ("lv", "attachment", "552 Pielikuma tips nav atļauts"),
    ("lv", "virus", "554 Ziņojumā atrasts vīruss"),
    ("lv", "spam", "554 Ziņojums atzīts par surogātpastu"),
    ("lv", "filter", "554 Ziņojumu noraidīja satura filtrs"),
    ("lv", "blocklist", "554 Jūsu IP adrese ir melnajā sarakstā"),
    ("lv", "rate", "421 Pārāk daudz ziņojumu, samaziniet sūtīšanas ātrumu"),
    ("lv", "rate", "550 Pārsniegts sūtīšanas limits"),
    ("lv", "grey", "451 Pelēkais saraksts, lūdzu, mēģiniet vēlāk"),
    # --- Estonian -------------------------------------------------------------------------------
    ("et", "large", "552 Kiri on liiga suur"),
    ("et", "large", "552 Sõnumi suurus ületab lubatud piiri"),
    ("et", "timeout", "Ühenduse ooteaeg ületati"),
    ("et", "timeout", "550 Server ei vasta"),
    ("et", "refused", "550 Ühendusest keelduti"),
    ("et", "lost", "550 Ühendus serveriga katkes"),
    ("et", "lost", "Kaugarvuti lähtestas ühenduse"),
    ("et", "loop", "554 Tuvastati meilisilmus"),
    ("et", "loop", "554 Liiga palju hüppeid"),
    ("et", "protocol", "503 Vale käskude järjekord"),
    ("et", "protocol", "501 Süntaksiviga"),
    ("et", "config", "550 Server on valesti konfigureeritud"),
    ("et", "config", "550 Kohaliku konfiguratsiooni viga"),
    ("et", "malformed", "554 Kiri lükati tagasi: vigane sõnumi vorming"),
    ("et", "attachment", "552 Selle tüübiga manused pole lubatud"),
    ("et", "virus", "554 Kirjast leiti viirus"),
    ("et", "spam", "554 Kiri tuvastati rämpspostina"),
    ("et", "filter", "554 Sisufilter lükkas kirja tagasi"),
    ("et", "blocklist", "554 Teie IP-aadress on mustas nimekirjas"),
    ("et", "rate", "421 Liiga palju kirju, aeglustage saatmist"),
    ("et", "rate", "550 Saatmislimiit ületatud"),
    ("et", "grey", "451 Hall nimekiri, proovige hiljem uuesti"),
    # --- Catalan --------------------------------------------------------------------------------
    ("ca", "large", "552 El missatge és massa gran"),
    ("ca", "large", "552 La mida del missatge supera el màxim permès"),
    ("ca", "timeout", "S'ha esgotat el temps d'espera de la connexió"),
    ("ca", "timeout", "550 El servidor no respon"),
    ("ca", "refused", "550 Connexió rebutjada"),
    ("ca", "lost", "550 S'ha perdut la connexió amb el servidor"),
    ("ca", "lost", "Connexió restablerta per l'altre extrem"),
    ("ca", "loop", "554 S'ha detectat un bucle de correu"),
    ("ca", "loop", "554 Massa salts"),
    ("ca", "protocol", "503 Ordre fora de seqüència"),
    ("ca", "protocol", "501 Error de sintaxi"),
    ("ca", "config", "550 Servidor mal configurat"),
    ("ca", "config", "550 Error de configuració local"),
    ("ca", "malformed", "554 Missatge rebutjat: format incorrecte"),
    ("ca", "attachment", "552 Tipus de fitxer adjunt no permès"),
    ("ca", "virus", "554 S'ha detectat un virus al missatge"),
    ("ca", "spam", "554 El missatge s'ha classificat com a correu brossa"),
    ("ca", "filter", "554 Missatge rebutjat pel filtre de contingut"),
    ("ca", "blocklist", "554 La vostra adreça IP és en una llista negra"),
    ("ca", "rate", "421 Massa missatges, reduïu el ritme d'enviament"),
    ("ca", "rate", "550 S'ha superat el límit d'enviament"),
    ("ca", "grey", "451 Llista grisa, torneu-ho a provar més tard"),
    # --- Vietnamese (with and without tones) ----------------------------------------------------
    ("vi", "large", "552 Thư quá lớn"),
    ("vi", "large", "552 Kích thước thư vượt quá giới hạn cho phép"),
    ("vi", "timeout", "Hết thời gian chờ kết nối"),
    ("vi", "timeout", "550 May chu khong phan hoi"),
    ("vi", "refused", "550 Kết nối bị từ chối"),
    ("vi", "lost", "550 Mất kết nối với máy chủ"),
    ("vi", "lost", "Ket noi bi dat lai boi may tu xa"),
    ("vi", "loop", "554 Phát hiện vòng lặp thư"),
    ("vi", "loop", "554 Quá nhiều bước chuyển tiếp"),
    ("vi", "protocol", "503 Lệnh sai thứ tự"),
    ("vi", "protocol", "501 Lỗi cú pháp"),
    ("vi", "config", "550 Máy chủ bị cấu hình sai"),
    ("vi", "config", "550 Loi cau hinh cuc bo"),
    ("vi", "malformed", "554 Thư bị từ chối: định dạng thư không hợp lệ"),
    ("vi", "attachment", "552 Loại tệp đính kèm không được phép"),
    ("vi", "virus", "554 Phát hiện virus trong thư"),
    ("vi", "spam", "554 Thư bị đánh dấu là thư rác"),
    ("vi", "spam", "554 Thu bi danh dau la thu rac"),
    ("vi", "filter", "554 Thư bị bộ lọc nội dung từ chối"),
    ("vi", "blocklist", "554 Địa chỉ IP của bạn nằm trong danh sách đen"),
    ("vi", "rate", "421 Quá nhiều thư, vui lòng gửi chậm lại"),
    ("vi", "rate", "550 Vuot qua gioi han gui thu"),
    ("vi", "grey", "451 Danh sách xám, vui lòng thử lại sau"),
    # --- Indonesian -----------------------------------------------------------------------------
    ("id", "large", "552 Pesan terlalu besar"),
    ("id", "large", "552 Ukuran pesan melebihi batas yang diizinkan"),
    ("id", "timeout", "Waktu koneksi habis"),
    ("id", "timeout", "550 Server tidak merespons"),
    ("id", "refused", "550 Koneksi ditolak"),
    ("id", "lost", "550 Koneksi ke server terputus"),
    ("id", "lost", "Koneksi direset oleh peer"),
    ("id", "loop", "554 Terdeteksi loop email"),
    ("id", "loop", "554 Terlalu banyak hop"),
    ("id", "protocol", "503 Urutan perintah salah"),
    ("id", "protocol", "501 Kesalahan sintaks"),
    ("id", "config", "550 Server salah konfigurasi"),
    ("id", "config", "550 Kesalahan konfigurasi lokal"),
    ("id", "malformed", "554 Pesan ditolak: format pesan tidak valid"),
    ("id", "attachment", "552 Jenis lampiran tidak diizinkan"),
    ("id", "virus", "554 Virus terdeteksi dalam pesan"),
    ("id", "spam", "554 Pesan terdeteksi sebagai spam"),
    ("id", "filter", "554 Pesan ditolak oleh filter konten"),
    ("id", "blocklist", "554 Alamat IP Anda masuk daftar hitam"),
    ("id", "rate", "421 Terlalu banyak pesan, harap perlambat pengiriman"),
    ("id", "rate", "550 Batas pengiriman terlampaui"),
    ("id", "grey", "451 Greylisting, silakan coba lagi nanti"),
    # --- Malay ----------------------------------------------------------------------------------
    ("ms", "large", "552 Mesej terlalu besar"),
    ("ms", "large", "552 Saiz mesej melebihi had yang dibenarkan"),
    ("ms", "timeout", "Sambungan tamat masa"),
    ("ms", "timeout", "550 Pelayan tidak bertindak balas"),
    ("ms", "refused", "550 Sambungan ditolak"),
    ("ms", "lost", "550 Sambungan ke pelayan terputus"),
    ("ms", "loop", "554 Gelung mel dikesan"),
    ("ms", "loop", "554 Terlalu banyak lompatan"),
    ("ms", "protocol", "503 Arahan tidak mengikut urutan"),
    ("ms", "protocol", "501 Ralat sintaks"),
    ("ms", "config", "550 Pelayan tidak dikonfigurasikan dengan betul"),
    ("ms", "config", "550 Ralat konfigurasi setempat"),
    ("ms", "malformed", "554 Mesej ditolak: format mesej tidak sah"),
    ("ms", "attachment", "552 Jenis lampiran tidak dibenarkan"),
    ("ms", "virus", "554 Virus dikesan dalam mesej"),
    ("ms", "spam", "554 Mesej dikesan sebagai spam"),
    ("ms", "filter", "554 Mesej ditolak oleh penapis kandungan"),
    ("ms", "blocklist", "554 Alamat IP anda tersenarai dalam senarai hitam"),
    ("ms", "rate", "421 Terlalu banyak mesej, sila perlahankan penghantaran"),
    ("ms", "rate", "550 Had penghantaran telah dilampaui"),
    ("ms", "grey", "451 Senarai kelabu, sila cuba lagi kemudian"),
    # --- Thai -----------------------------------------------------------------------------------
    ("th", "large", "552 ข้อความมีขนาดใหญ่เกินไป"),
    ("th", "large", "552 ขนาดข้อความเกินขีดจำกัดที่อนุญาต"),
    ("th", "timeout", "การเชื่อมต่อหมดเวลา"),
    ("th", "timeout", "550 เซิร์ฟเวอร์ไม่ตอบสนอง"),
    ("th", "refused", "550 การเชื่อมต่อถูกปฏิเสธ"),
    ("th", "lost", "550 การเชื่อมต่อกับเซิร์ฟเวอร์ขาดหาย"),
    ("th", "lost", "การเชื่อมต่อถูกรีเซ็ตโดยปลายทาง"),
    ("th", "loop", "554 ตรวจพบการวนซ้ำของอีเมล"),
    ("th", "loop", "554 จำนวนฮอปมากเกินไป"),
    ("th", "protocol", "503 ลำดับคำสั่งไม่ถูกต้อง"),
    ("th", "protocol", "501 ไวยากรณ์ผิดพลาด"),
    ("th", "config", "550 เซิร์ฟเวอร์ตั้งค่าไม่ถูกต้อง"),
    ("th", "config", "550 ข้อผิดพลาดในการกำหนดค่าภายใน"),
    ("th", "malformed", "554 ข้อความถูกปฏิเสธ: รูปแบบข้อความไม่ถูกต้อง"),
    ("th", "attachment", "552 ไม่อนุญาตให้แนบไฟล์ประเภทนี้"),
    ("th", "virus", "554 ตรวจพบไวรัสในข้อความ"),
    ("th", "spam", "554 ข้อความถูกระบุว่าเป็นสแปม"),
    ("th", "filter", "554 ข้อความถูกปฏิเสธโดยตัวกรองเนื้อหา"),
    ("th", "blocklist", "554 ที่อยู่ IP ของคุณอยู่ในบัญชีดำ"),
    ("th", "rate", "421 ส่งข้อความมากเกินไป กรุณาส่งให้ช้าลง"),
    ("th", "rate", "550 เกินขีดจำกัดการส่ง"),
    ("th", "grey", "451 รายการสีเทา (greylisting) กรุณาลองใหม่ภายหลัง"),
    # --- Hindi ----------------------------------------------------------------------------------
    ("hi", "large", "552 संदेश बहुत बड़ा है"),
    ("hi", "large", "552 संदेश का आकार अनुमत सीमा से अधिक है"),
    ("hi", "timeout", "कनेक्शन का समय समाप्त हो गया"),
    ("hi", "timeout", "550 सर्वर जवाब नहीं दे रहा है"),
    ("hi", "refused", "550 कनेक्शन अस्वीकार कर दिया गया"),
    ("hi", "lost", "550 सर्वर से कनेक्शन टूट गया"),
    ("hi", "lost", "कनेक्शन दूसरी ओर से रीसेट कर दिया गया"),
    ("hi", "loop", "554 मेल लूप का पता चला"),
    ("hi", "loop", "554 बहुत अधिक हॉप"),
    ("hi", "protocol", "503 आदेश गलत क्रम में है"),
    ("hi", "protocol", "501 सिंटैक्स त्रुटि"),
    ("hi", "config", "550 सर्वर गलत तरीके से कॉन्फ़िगर किया गया है"),
    ("hi", "config", "550 स्थानीय कॉन्फ़िगरेशन त्रुटि"),
    ("hi", "malformed", "554 संदेश अस्वीकृत: संदेश का प्रारूप अमान्य है"),
    ("hi", "attachment", "552 इस प्रकार का अनुलग्नक अनुमत नहीं है"),
    ("hi", "virus", "554 संदेश में वायरस पाया गया"),
    ("hi", "spam", "554 संदेश को स्पैम के रूप में पहचाना गया"),
    ("hi", "filter", "554 संदेश सामग्री फ़िल्टर द्वारा अस्वीकार कर दिया गया"),
    ("hi", "blocklist", "554 आपका IP पता ब्लैकलिस्ट में है"),
    ("hi", "rate", "421 बहुत अधिक संदेश, कृपया भेजने की गति धीमी करें"),
    ("hi", "rate", "550 भेजने की सीमा पार हो गई"),
    ("hi", "grey", "451 ग्रेलिस्टिंग, कृपया बाद में पुनः प्रयास करें"),
]

# (language, category, reply, DSN status): a 5.x.x status that points elsewhere than the words.
# As in tests/test_phrases_soft.py: RFC 3463's subject and detail codes "provide more specific
# information" beside the text, never overrule it; a server that says "mailbox full" or "looks
# like spam" has found the mailbox, and its 5.1.1 is a one-code-for-every-refusal; a generic
# X.4.4 ("unable to route") or X.1.2 leaves the meaning to the words: a loop or a timeout is no
# unroutable domain.
STATUS_CASES: list[tuple[str, str, str, str]] = [
    ("el", "loop", "554 5.4.4 Εντοπίστηκε βρόχος αλληλογραφίας", "5.4.4"),
    ("el", "filter", "550 5.1.1 Το μήνυμα απορρίφθηκε από το φίλτρο περιεχομένου", "5.1.1"),
    ("he", "timeout", "550 5.4.4 תם הזמן הקצוב לחיבור", "5.4.4"),
    ("he", "large", "552 5.1.1 ההודעה גדולה מדי", "5.1.1"),
    ("ar", "full", "550 5.1.1 صندوق البريد ممتلئ", "5.1.1"),
    ("ar", "virus", "550 5.1.1 تم اكتشاف فيروس في الرسالة", "5.1.1"),
    ("fa", "loop", "554 5.4.4 حلقه ایمیل شناسایی شد", "5.4.4"),
    ("bg", "timeout", "550 5.4.4 Времето за изчакване на връзката изтече", "5.4.4"),
    ("bg", "loop", "550 5.1.2 Твърде много преходи", "5.1.2"),
    ("sr", "spam", "554 5.1.1 Порука је означена као спам", "5.1.1"),
    ("hr", "full", "550 5.1.1 Poštanski sandučić je pun", "5.1.1"),
    ("sl", "loop", "554 5.4.4 Zaznana je poštna zanka", "5.4.4"),
    ("be", "timeout", "550 5.4.4 Сервер не адказвае", "5.4.4"),
    ("lt", "large", "552 5.1.1 Laiškas per didelis", "5.1.1"),
    ("lv", "virus", "554 5.1.1 Ziņojumā atrasts vīruss", "5.1.1"),
    ("et", "lost", "550 5.4.4 Ühendus serveriga katkes", "5.4.4"),
    ("ca", "full", "550 5.1.1 La bústia és plena", "5.1.1"),
    ("vi", "loop", "554 5.4.4 Phat hien vong lap thu", "5.4.4"),
    ("id", "config", "550 5.1.2 Server salah konfigurasi", "5.1.2"),
    ("ms", "blocklist", "550 5.1.1 Alamat IP anda tersenarai dalam senarai hitam", "5.1.1"),
    ("th", "loop", "554 5.4.4 ตรวจพบการวนซ้ำของอีเมล", "5.4.4"),
    ("hi", "timeout", "550 5.4.4 कनेक्शन का समय समाप्त हो गया", "5.4.4"),
]

# A second round, in other words than the first, written after the first round's rules and
# before any rule for these (same sources; no server sample on record): (language, category
# of WANT, reply).
SECOND: list[tuple[str, str, str]] = [
    ("el", "timeout", "Η σύνδεση έληξε λόγω αδράνειας"),
    ("el", "spam", "554 Το μήνυμά σας εντοπίστηκε ως spam"),
    ("el", "rate", "450 Υπερβήκατε το όριο μηνυμάτων ανά ώρα"),
    ("el", "config", "451 Εσφαλμένη διαμόρφωση διακομιστή"),
    ("he", "virus", "554 ההודעה מכילה קובץ נגוע"),
    ("he", "lost", "השרת המרוחק סגר את החיבור"),
    ("he", "large", "552 ההודעה חורגת מהגודל המרבי המותר"),
    ("he", "attachment", "552 קבצי exe אינם מותרים"),
    ("ar", "timeout", "انتهى الوقت المحدد للاتصال بالخادم"),
    ("ar", "blocklist", "554 عنوان IP الخاص بك مدرج في قائمة حظر RBL"),
    ("ar", "config", "451 إعدادات الخادم غير صحيحة"),
    ("fa", "timeout", "زمان اتصال به سرور به پایان رسید"),
    ("fa", "spam", "550 ایمیل شما به عنوان اسپم علامت‌گذاری شد"),
    ("fa", "rate", "421 ارسال بیش از حد مجاز؛ لطفا کمی صبر کنید"),
    ("bg", "lost", "Отдалеченият сървър затвори връзката"),
    ("bg", "virus", "554 Прикаченият файл е заразен"),
    ("bg", "rate", "450 Достигнат е дневният лимит за изпращане"),
    ("bg", "malformed", "554 Писмото не отговаря на RFC 5322"),
    ("sr", "timeout", "Време за одговор је истекло"),
    ("sr", "spam", "554 Порука је препозната као нежељена"),
    ("sr", "rate", "421 Previše konekcija sa vaše adrese"),
    ("hr", "large", "552 Poruka premašuje najveću dopuštenu veličinu"),
    ("hr", "lost", "Udaljeni poslužitelj zatvorio je vezu"),
    ("hr", "spam", "554 Poruka je prepoznata kao spam"),
    ("sl", "timeout", "Strežnik ni odgovoril v predpisanem času"),
    ("sl", "virus", "554 Priponka je okužena"),
    ("sl", "blocklist", "554 Vaš IP je uvrščen na seznam blokiranih"),
    ("sl", "rate", "421 Poslali ste preveč sporočil"),
    ("be", "lost", "Аддалены сервер закрыў злучэнне"),
    ("be", "rate", "421 Вы адпраўляеце занадта шмат лістоў"),
    ("be", "malformed", "554 Ліст мае няправільную структуру"),
    ("lt", "timeout", "Serveris neatsakė per nustatytą laiką"),
    ("lt", "spam", "554 Laiškas atpažintas kaip brukalas"),
    ("lt", "config", "451 Klaidinga serverio konfigūracija"),
    ("lv", "lost", "Attālais serveris aizvēra savienojumu"),
    ("lv", "large", "552 Ziņojuma izmērs pārsniedz maksimālo pieļaujamo"),
    ("lv", "spam", "554 Vēstule atzīta par mēstuli"),
    ("et", "timeout", "Server ei vastanud ettenähtud aja jooksul"),
    ("et", "virus", "554 Manus on nakatunud"),
    ("et", "rate", "421 Saatsite liiga palju kirju"),
    ("ca", "timeout", "Temps d'espera exhaurit"),
    ("ca", "lost", "El servidor remot ha tancat la connexió"),
    ("ca", "blocklist", "554 La vostra IP apareix a una llista de bloqueig (RBL)"),
    ("ca", "virus", "554 Missatge infectat"),
    ("vi", "timeout", "Hết thời gian chờ phản hồi từ máy chủ"),
    ("vi", "lost", "May chu tu xa da dong ket noi"),
    ("vi", "spam", "554 Thư của bạn bị nghi là spam"),
    ("vi", "large", "552 Dung lượng thư vượt quá mức cho phép"),
    ("id", "timeout", "Batas waktu koneksi terlampaui"),
    ("id", "virus", "554 Lampiran terinfeksi malware"),
    ("ms", "lost", "Pelayan jauh telah menutup sambungan"),
    ("ms", "spam", "554 Mesej anda disyaki spam"),
    ("th", "timeout", "หมดเวลารอการตอบกลับจากเซิร์ฟเวอร์"),
    ("th", "lost", "เซิร์ฟเวอร์ปลายทางปิดการเชื่อมต่อ"),
    ("th", "spam", "554 อีเมลของคุณถูกจัดเป็นสแปม"),
    ("hi", "timeout", "सर्वर ने निर्धारित समय में उत्तर नहीं दिया"),
    ("hi", "lost", "दूरस्थ सर्वर ने कनेक्शन बंद कर दिया"),
    ("hi", "virus", "554 अनुलग्नक संक्रमित है"),
]

# Replies that still read as hard, each with why: the never-hard test's expected failure, strict,
# so that a fixed one must leave this list and any other hard reading fails at once. (Before
# the tables read these languages' soft words, 17 of the status cases read hard: a loop, a
# timeout or a lost connection beside 5.4.4, a virus, a filter, a block list or a message too
# large beside 5.1.1.)
STILL_HARD: dict[str, str] = {
    "550 5.1.2 Твърде много преходи": (
        "a loop beside a firm 5.1.2 (bad destination system): the status wins in every language "
        "(English '550 5.1.2 Too many hops' too), because the network verdict that a loop reads "
        "as also covers 'Host unknown ... host not found', which must stay a dead domain beside "
        "5.1.2 (tests/data/provider_replies/mta_defaults.tsv:44)"
    ),
}

# Replies whose reading is not yet their meaning, each with why (strict).
READS_OTHERWISE: dict[str, str] = dict(STILL_HARD)


def _rows() -> list[tuple[str, str, str, str | None]]:
    """Every case as (language, category, reply, status)."""
    rows: list[tuple[str, str, str, str | None]] = [(g, c, t, None) for g, c, t in CASES]
    rows += [(g, c, t, s) for g, c, t, s in STATUS_CASES]
    return rows


def _second() -> list[tuple[str, str, str, str | None]]:
    return [(g, c, t, None) for g, c, t in SECOND]


def _params(known: dict[str, str], rows: list[Any] | None = None) -> list[Any]:
    params = []
    for lang, category, text, status in _rows() if rows is None else rows:
        why = known.get(text)
        marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
        params.append(pytest.param(lang, category, text, status, marks=marks))
    return params


@pytest.mark.parametrize(("lang", "category", "text", "status"), _params(STILL_HARD))
def test_never_hard(lang: str, category: str, text: str, status: str | None) -> None:
    got = verdict(text, status)
    assert got.kind is not Kind.HARD, (lang, got)


@pytest.mark.parametrize(("lang", "category", "text", "status"), _params(READS_OTHERWISE))
def test_reads_as_its_meaning(lang: str, category: str, text: str, status: str | None) -> None:
    got = verdict(text, status)
    assert reads_as(got, category), (lang, got)


@pytest.mark.parametrize(("lang", "category", "text", "status"), _params({}, _second()))
def test_a_second_wording_is_never_hard(
    lang: str, category: str, text: str, status: str | None
) -> None:
    got = verdict(text, status)
    assert got.kind is not Kind.HARD, (lang, got)


@pytest.mark.parametrize(("lang", "category", "text", "status"), _second())
def test_a_second_wording_reads_as_its_meaning(
    lang: str, category: str, text: str, status: str | None
) -> None:
    got = verdict(text, status)
    assert reads_as(got, category), (lang, got)


def print_figures(rows: list[tuple[str, str, str, str | None]]) -> None:
    """The figure per language and per category, and every reply read otherwise."""
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    hard: collections.Counter[str] = collections.Counter()
    by_cat: collections.Counter[str] = collections.Counter()
    cat_total: collections.Counter[str] = collections.Counter()
    for lang, category, text, status in rows:
        got = verdict(text, status)
        total[lang] += 1
        cat_total[category] += 1
        if reads_as(got, category):
            right[lang] += 1
            by_cat[category] += 1
            continue
        if got.kind is Kind.HARD:
            hard[lang] += 1
        mark = "HARD" if got.kind is Kind.HARD else "GAP"
        print(
            f"{mark} {lang} {category} {text!r} {status or ''}: got {got.kind.value} "
            f"{got.category.value} {got.reason.value} ({got.rule})"
        )
    print("per language (right/total, hard):")
    for lang in total:
        print(f"  {lang}: {right[lang]}/{total[lang]}, hard {hard[lang]}")
    print("per category:")
    for category in WANT:
        if cat_total[category]:
            print(f"  {category}: {by_cat[category]}/{cat_total[category]}")
    print(f"all: {sum(right.values())}/{sum(total.values())}, hard {sum(hard.values())}")


if __name__ == "__main__":
    print_figures(_rows())
    print("second round:")
    print_figures(_second())
