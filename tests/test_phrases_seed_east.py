"""The seed's hard classes, soft classes and their temporary forms in Russian, Ukrainian, Polish,
Czech, Slovak, Japanese, Chinese (simplified and traditional) and Korean.

The seed (design.md, "Vocabulary") names a bad domain (withdrawn, bad, invalid, unknown,
illegal, unavailable, no longer in use), a bad mailbox (none, bad, invalid, unknown, illegal,
unavailable, not known, not here, not found, no longer valid or available; "recipient address
rejected") and an inactive mailbox (it exists but is no longer active). Each case is a reply as a
server in that language words it, read with no DSN status: only the words decide. A temporary
form, or the service (not the address) being unavailable, is never hard; a refusal of the
sender is a block.
"""

from __future__ import annotations

import collections
from typing import Any

import pytest

from bouncesink.types import Kind, Reason
from tests.test_phrases import verdict

U, H, S = Reason.USERUNKNOWN, Reason.HOSTUNKNOWN, Reason.SUSPEND
FULL = "full"  # mailbox full: soft
SOFT = "soft"  # any soft reading
NOT_HARD = "not hard"  # a temporary or service-level wording: anything but hard
BLOCK = "block"  # the sender refused

CASES: list[tuple[str, str, Reason | str]] = [
    # --- Russian --------------------------------------------------------------------------------
    ("ru", "550 Домен не существует", H),
    ("ru", "550 Домен больше не используется", H),
    ("ru", "550 Домен отозван", H),
    ("ru", "550 Неверный домен", H),
    ("ru", "550 Недопустимый домен", H),
    ("ru", "550 Недействительный домен получателя", H),
    ("ru", "550 Домен недоступен", H),
    ("ru", "550 Неизвестный домен", H),
    ("ru", "550 Домен получателя не найден", H),
    ("ru", "550 Почтовый ящик не существует", U),
    ("ru", "550 Нет такого почтового ящика", U),
    ("ru", "550 Неверный почтовый ящик", U),
    ("ru", "550 Недействительный адрес получателя", U),
    ("ru", "550 Неизвестный почтовый ящик", U),
    ("ru", "550 Недопустимый адрес получателя", U),
    ("ru", "550 Почтовый ящик недоступен", U),
    ("ru", "550 Почтовый ящик не найден", U),
    ("ru", "550 Почтовый ящик больше не действителен", U),
    ("ru", "550 Почтовый ящик больше не доступен", U),
    ("ru", "550 Адрес получателя отклонён", U),
    ("ru", "550 Пользователь не найден", U),
    ("ru", "550 Почтовый ящик отсутствует", U),
    ("ru", "550 Почтовый ящик неактивен", S),
    ("ru", "550 Почтовый ящик существует, но не активен", S),
    ("ru", "550 Почтовый ящик больше не активен", S),
    ("ru", "550 Аккаунт деактивирован", S),
    ("ru", "550 Почтовый ящик заморожен", S),
    ("ru", "552 Ящик переполнен", FULL),
    ("ru", "452 Недостаточно места в почтовом ящике", FULL),
    ("ru", "451 Сервер получателя не отвечает", SOFT),
    ("ru", "421 Соединение разорвано", SOFT),
    ("ru", "550 Почтовый ящик временно недоступен", NOT_HARD),
    ("ru", "550 Домен временно недоступен", NOT_HARD),
    ("ru", "550 Сервис временно недоступен", NOT_HARD),
    ("ru", "550 Сервис недоступен", NOT_HARD),
    ("ru", "550 Почтовый сервис недоступен", NOT_HARD),
    ("ru", "554 Сообщение отклонено как спам", BLOCK),
    ("ru", "554 Ваш IP-адрес находится в черном списке", BLOCK),
    ("ru", "553 Адрес отправителя отклонён", BLOCK),
    # --- Ukrainian ------------------------------------------------------------------------------
    ("uk", "550 Домен не існує", H),
    ("uk", "550 Домен більше не використовується", H),
    ("uk", "550 Невідомий домен", H),
    ("uk", "550 Недійсний домен", H),
    ("uk", "550 Домен недоступний", H),
    ("uk", "550 Поштова скринька не існує", U),
    ("uk", "550 Поштову скриньку не знайдено", U),
    ("uk", "550 Користувача не знайдено", U),
    ("uk", "550 Невідомий одержувач", U),
    ("uk", "550 Немає такої поштової скриньки", U),
    ("uk", "550 Недійсна адреса одержувача", U),
    ("uk", "550 Поштова скринька недоступна", U),
    ("uk", "550 Поштова скринька більше не дійсна", U),
    ("uk", "550 Адресу одержувача відхилено", U),
    ("uk", "550 Поштова скринька неактивна", S),
    ("uk", "550 Обліковий запис заблоковано", S),
    ("uk", "550 Поштова скринька існує, але не активна", S),
    ("uk", "552 Поштова скринька переповнена", FULL),
    ("uk", "451 Сервер одержувача не відповідає", SOFT),
    ("uk", "550 Поштова скринька тимчасово недоступна", NOT_HARD),
    ("uk", "550 Домен тимчасово недоступний", NOT_HARD),
    ("uk", "550 Сервіс тимчасово недоступний", NOT_HARD),
    ("uk", "554 Повідомлення визнано спамом", BLOCK),
    # --- Polish ---------------------------------------------------------------------------------
    ("pl", "550 Domena nie istnieje", H),
    ("pl", "550 Domena nie jest już używana", H),
    ("pl", "550 Nieprawidłowa domena", H),
    ("pl", "550 Nieznana domena", H),
    ("pl", "550 Domena jest niedostępna", H),
    ("pl", "550 Błędna domena", H),
    ("pl", "550 Niedozwolona domena", H),
    ("pl", "550 Domena wycofana", H),
    ("pl", "550 Skrzynka nie istnieje", U),
    ("pl", "550 Nieprawidłowa skrzynka pocztowa", U),
    ("pl", "550 Nieznany adresat", U),
    ("pl", "550 Skrzynka pocztowa niedostępna", U),
    ("pl", "550 Nie znaleziono skrzynki pocztowej", U),
    ("pl", "550 Skrzynka nie została znaleziona", U),
    ("pl", "550 Skrzynka nie jest już ważna", U),
    ("pl", "550 Adres odbiorcy odrzucony", U),
    ("pl", "550 Brak takiego użytkownika", U),
    ("pl", "550 Adres e-mail nie istnieje", U),
    ("pl", "550 Skrzynka nieaktywna", S),
    ("pl", "550 Skrzynka istnieje, ale jest nieaktywna", S),
    ("pl", "550 Konto zostało dezaktywowane", S),
    ("pl", "550 Skrzynka nie jest już aktywna", S),
    ("pl", "552 Skrzynka odbiorcy jest pełna", FULL),
    ("pl", "451 Serwer odbiorcy nie odpowiada", SOFT),
    ("pl", "421 Połączenie zostało przerwane", SOFT),
    ("pl", "550 Skrzynka tymczasowo niedostępna", NOT_HARD),
    ("pl", "550 Domena chwilowo niedostępna", NOT_HARD),
    ("pl", "550 Usługa niedostępna", NOT_HARD),
    ("pl", "554 Wiadomość została uznana za spam", BLOCK),
    ("pl", "554 Twój adres IP jest na czarnej liście", BLOCK),
    # --- Czech ----------------------------------------------------------------------------------
    ("cs", "550 Doména neexistuje", H),
    ("cs", "550 Neplatná doména", H),
    ("cs", "550 Neznámá doména", H),
    ("cs", "550 Doména není dostupná", H),
    ("cs", "550 Doména se již nepoužívá", H),
    ("cs", "550 Schránka neexistuje", U),
    ("cs", "550 Neznámý příjemce", U),
    ("cs", "550 Neplatná adresa příjemce", U),
    ("cs", "550 Schránka nebyla nalezena", U),
    ("cs", "550 Schránka není dostupná", U),
    ("cs", "550 Adresa příjemce odmítnuta", U),
    ("cs", "550 Uživatel nenalezen", U),
    ("cs", "550 Schránka již není platná", U),
    ("cs", "550 Schránka je neaktivní", S),
    ("cs", "550 Účet byl deaktivován", S),
    ("cs", "552 Schránka je plná", FULL),
    ("cs", "451 Server příjemce neodpovídá", SOFT),
    ("cs", "550 Schránka je dočasně nedostupná", NOT_HARD),
    ("cs", "550 Služba není dostupná", NOT_HARD),
    ("cs", "554 Zpráva byla označena jako spam", BLOCK),
    # --- Slovak ---------------------------------------------------------------------------------
    ("sk", "550 Neplatná doména", H),
    ("sk", "550 Neznáma doména", H),
    ("sk", "550 Doména sa už nepoužíva", H),
    ("sk", "550 Schránka neexistuje", U),
    ("sk", "550 Používateľ neexistuje", U),
    ("sk", "550 Neznámy príjemca", U),
    ("sk", "550 Neplatná adresa príjemcu", U),
    ("sk", "550 Schránka nebola nájdená", U),
    ("sk", "550 Schránka je nedostupná", U),
    ("sk", "550 Adresa príjemcu bola odmietnutá", U),
    ("sk", "550 Schránka je neaktívna", S),
    ("sk", "550 Účet bol deaktivovaný", S),
    ("sk", "552 Schránka je plná", FULL),
    ("sk", "550 Schránka je dočasne nedostupná", NOT_HARD),
    ("sk", "550 Služba je nedostupná", NOT_HARD),
    ("sk", "554 Správa bola označená ako spam", BLOCK),
    # --- Japanese -------------------------------------------------------------------------------
    ("ja", "550 ドメインが存在しません", H),
    ("ja", "550 無効なドメインです", H),
    ("ja", "550 不明なドメイン", H),
    ("ja", "550 このドメインは使用されていません", H),
    ("ja", "550 ドメインが無効です", H),
    ("ja", "550 宛先ドメインが見つかりません", H),
    ("ja", "550 メールボックスが存在しません", U),
    ("ja", "550 メールボックスが見つかりません", U),
    ("ja", "550 無効なメールアドレスです", U),
    ("ja", "550 メールアドレスが無効です", U),
    ("ja", "550 宛先アドレスが不正です", U),
    ("ja", "550 このメールアドレスは現在使われておりません", U),
    ("ja", "550 受信者のアドレスが拒否されました", U),
    ("ja", "550 メールボックスが利用できません", U),
    ("ja", "550 不明な宛先", U),
    ("ja", "550 該当するユーザーが存在しません", U),
    ("ja", "550 メールボックスは現在利用停止中です", S),
    ("ja", "550 このアカウントは無効化されています", S),
    ("ja", "550 メールボックスは存在しますが、有効ではありません", S),
    ("ja", "552 メールボックスがいっぱいです", FULL),
    ("ja", "451 宛先サーバーが応答しません", SOFT),
    ("ja", "421 接続が切断されました", SOFT),
    ("ja", "550 一時的に利用できません", NOT_HARD),
    ("ja", "550 メールボックスは一時的に利用できません", NOT_HARD),
    ("ja", "550 サービスを利用できません", NOT_HARD),
    ("ja", "554 迷惑メールと判断されたため拒否しました", BLOCK),
    ("ja", "554 送信元IPアドレスがブラックリストに登録されています", BLOCK),
    # --- Chinese, simplified --------------------------------------------------------------------
    ("zh", "550 无效的域名", H),
    ("zh", "550 域名无效", H),
    ("zh", "550 未知域名", H),
    ("zh", "550 该域名已不再使用", H),
    ("zh", "550 域名不可用", H),
    ("zh", "550 邮箱不存在", U),
    ("zh", "550 该邮箱不存在", U),
    ("zh", "550 收件人地址无效", U),
    ("zh", "550 无效的收件人", U),
    ("zh", "550 未知用户", U),
    ("zh", "550 邮箱地址不可用", U),
    ("zh", "550 找不到该邮箱", U),
    ("zh", "550 收件人地址被拒绝", U),
    ("zh", "550 邮箱已失效", U),
    ("zh", "550 该邮箱已注销", U),
    ("zh", "550 该邮箱已停用", S),
    ("zh", "550 邮箱处于非活动状态", S),
    ("zh", "550 该账户已被冻结", S),
    ("zh", "552 邮箱已满", FULL),
    ("zh", "552 收件人邮箱空间不足", FULL),
    ("zh", "451 对方服务器无响应", SOFT),
    ("zh", "421 连接中断", SOFT),
    ("zh", "550 邮箱暂时不可用", NOT_HARD),
    ("zh", "550 服务不可用", NOT_HARD),
    ("zh", "554 邮件被识别为垃圾邮件", BLOCK),
    ("zh", "554 您的IP已被列入黑名单", BLOCK),
    # --- Chinese, traditional -------------------------------------------------------------------
    ("zh", "550 網域不存在", H),
    ("zh", "550 無效的網域", H),
    ("zh", "550 網域名稱無效", H),
    ("zh", "550 收件者不存在", U),
    ("zh", "550 信箱不存在", U),
    ("zh", "550 找不到此信箱", U),
    ("zh", "550 無效的收件者", U),
    ("zh", "550 收件者地址遭拒", U),
    ("zh", "550 此帳號已停用", S),
    ("zh", "550 信箱已停用", S),
    ("zh", "552 信箱已滿", FULL),
    ("zh", "550 信箱暫時無法使用", NOT_HARD),
    ("zh", "550 服務無法使用", NOT_HARD),
    ("zh", "554 郵件被判定為垃圾郵件", BLOCK),
    # --- Korean ---------------------------------------------------------------------------------
    ("ko", "550 잘못된 도메인입니다", H),
    ("ko", "550 유효하지 않은 도메인", H),
    ("ko", "550 알 수 없는 도메인", H),
    ("ko", "550 더 이상 사용되지 않는 도메인입니다", H),
    ("ko", "550 도메인을 찾을 수 없습니다", H),
    ("ko", "550 존재하지 않는 메일 주소입니다", U),
    ("ko", "550 수신자 주소가 잘못되었습니다", U),
    ("ko", "550 메일함이 존재하지 않습니다", U),
    ("ko", "550 받는 사람을 찾을 수 없습니다", U),
    ("ko", "550 유효하지 않은 수신자", U),
    ("ko", "550 알 수 없는 사용자", U),
    ("ko", "550 수신자 주소가 거부되었습니다", U),
    ("ko", "550 메일함을 사용할 수 없습니다", U),
    ("ko", "550 더 이상 유효하지 않은 메일 주소입니다", U),
    ("ko", "550 휴면 계정입니다", S),
    ("ko", "550 비활성화된 계정입니다", S),
    ("ko", "550 메일함이 비활성 상태입니다", S),
    ("ko", "550 사용 중지된 계정입니다", S),
    ("ko", "552 메일함이 가득 찼습니다", FULL),
    ("ko", "451 수신 서버가 응답하지 않습니다", SOFT),
    ("ko", "421 연결이 끊어졌습니다", SOFT),
    ("ko", "550 메일함을 일시적으로 사용할 수 없습니다", NOT_HARD),
    ("ko", "550 서비스를 사용할 수 없습니다", NOT_HARD),
    ("ko", "554 스팸으로 분류되었습니다", BLOCK),
    ("ko", "554 IP가 차단되었습니다", BLOCK),
    # the sender's address or domain in the same words is not the recipient's; temporary forms
    ("ru", "553 Недопустимый адрес отправителя", NOT_HARD),
    ("ru", "550 Адрес получателя отклонён: сообщение распознано как спам", BLOCK),
    ("uk", "550 Обліковий запис тимчасово заблоковано", NOT_HARD),
    ("uk", "550 Поштова скринька недоступна, спробуйте пізніше", NOT_HARD),
    ("pl", "550 Domena odbiorcy jest tymczasowo niedostępna", NOT_HARD),
    ("sk", "550 Účet je dočasne zablokovaný", NOT_HARD),
    ("ja", "550 送信者のメールアドレスが無効です", BLOCK),
    ("zh", "553 发件人域名无效", BLOCK),
    ("ko", "550 발신자 주소가 잘못되었습니다", BLOCK),
    ("ko", "550 계정이 일시적으로 비활성화되었습니다", NOT_HARD),
]


def reads_as(got: Any, want: Reason | str) -> bool:
    """Whether the verdict *got* is what *want* asks for."""
    kind, reason = got.kind, got.reason
    if isinstance(want, Reason):
        return bool(kind is Kind.HARD and reason is want)
    if want == FULL:
        return bool(kind is Kind.SOFT and reason is Reason.MAILBOXFULL)
    if want == SOFT:
        return bool(kind is Kind.SOFT)
    if want == BLOCK:
        return bool(kind is Kind.BLOCK)
    return bool(kind is not Kind.HARD)


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_the_seed_words_read_as_their_class(lang: str, text: str, want: Reason | str) -> None:
    got = verdict(text)
    assert reads_as(got, want), (lang, got)


def print_figures(cases: list[tuple[str, str, Reason | str]]) -> None:
    """The figure per language: how many of *cases* read as they should, and each gap."""
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for lang, text, want in cases:
        got = verdict(text)
        total[lang] += 1
        if reads_as(got, want):
            right[lang] += 1
        else:
            print(f"GAP {lang} {text!r}: want {want}, got {got.kind.value} {got.reason.value}")
    for lang in total:
        print(f"{lang}: {right[lang]}/{total[lang]}")
    print(f"all: {sum(right.values())}/{sum(total.values())}")


if __name__ == "__main__":
    print_figures(CASES)
