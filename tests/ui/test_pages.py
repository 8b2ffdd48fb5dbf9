"""The operator's page in a real browser (Debian's headless chromium, through selenium),
against a real `bouncesink serve` that received the bounces of tests/data over SMTP: what the
page shows is what `bouncesink stats`, `messages`, `check` and the API say of the same data.
A screenshot of each view goes to tests/ui/screenshots/."""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import httpx

from .conftest import READ_TOKEN, REMOTE_NAME, SCREENSHOTS, WRITE_TOKEN, Site

Driver = Any  # selenium's WebDriver (imported only when chromium is there)
COOKIE = "bouncesink_session"
FAILURE_KINDS = ("hard", "soft", "block", "complaint", "unknown")
RANKED = ("hard", "block", "complaint")


def by_css(driver: Driver, selector: str) -> Any:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, selector)


def all_css(driver: Driver, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(driver.find_elements(By.CSS_SELECTOR, selector))


def logged_out(driver: Driver, site: Site) -> None:
    """No session cookie for the site (cookies are deleted for the page's own host)."""
    driver.get(site.base + "/ui/static/ui.css")
    driver.delete_all_cookies()


def login(driver: Driver, site: Site, token: str, path: str = "/ui/") -> None:
    logged_out(driver, site)
    driver.get(site.base + path)
    assert "/ui/login" in driver.current_url
    by_css(driver, "#token").send_keys(token)
    by_css(driver, "main form button[type=submit]").click()
    at(driver, site.base + path)


def at(driver: Driver, url: str) -> None:
    """Wait (a few seconds at most) until the browser is at `url`."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 10).until(lambda d: d.current_url == url, f"never at {url}")


def shot(driver: Driver, name: str) -> None:
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def csrf_of(driver: Driver) -> str:
    return str(by_css(driver, "form.logout input[name=csrf]").get_attribute("value"))


def post_from_page(driver: Driver, path: str, fields: dict[str, str]) -> int:
    """POST a form from the page itself (its cookie, its Origin); the answer's status."""
    script = """
        const [path, fields, done] = arguments;
        fetch(path, {method: "POST", body: new URLSearchParams(fields), redirect: "manual"})
          .then(r => done(r.status), e => done(String(e)));
    """
    return int(driver.execute_async_script(script, path, fields))


def stats_lines(text: str) -> tuple[dict[str, int], dict[str, int]]:
    """`bouncesink stats`'s events per kind and addresses per state, from its output."""
    events_line, states_line = text.splitlines()[:2]
    events = dict(
        (kind, int(n))
        for kind, n in (p.split() for p in events_line.split(": ", 1)[1].split(", "))
        if events_line.split(": ", 1)[1] != "none"
    )
    states = {s: int(n) for s, n in (p.split() for p in states_line.split(": ")[1].split(", "))}
    return events, states


def number(driver: Driver, selector: str) -> int:
    return int(by_css(driver, selector).text.replace(",", ""))


# -- access -------------------------------------------------------------------------------------


def test_no_page_or_fragment_without_a_session(site: Site, browser: Driver) -> None:
    origin = {"Origin": site.base}
    with httpx.Client(base_url=site.base, timeout=30) as client:
        for path in ("/ui/", "/ui/addresses/a@example.com", "/ui/messages/1/raw", "/ui/rates"):
            got = client.get(path)
            assert got.status_code == 303, path
            location = urlsplit(got.headers["Location"])
            assert (location.path, parse_qs(location.query)["next"]) == ("/ui/login", [path])
        fragment = client.get("/ui/fragment/overview")
        assert fragment.status_code == 401
        assert fragment.headers["Content-Type"].startswith("application/problem+json")
        posted = client.post(
            f"/ui/addresses/{site.hard_addresses[0]}/unsuppress", data={}, headers=origin
        )
        assert posted.status_code == 401
        client.cookies.set(COOKIE, "eyJ0IjoxfQ.AAAA")  # not signed by the daemon
        assert client.get("/ui/").status_code == 303
        assert client.get("/ui").headers["Location"] == "/ui/"
        assert client.get("/ui/static/ui.css").status_code == 200  # no data in it
    assert site.cli_json("check", site.hard_addresses[0])[0]["state"] == "suppressed"

    logged_out(browser, site)
    browser.get(site.base + "/ui/messages?status=unparsable")
    assert "/ui/login" in browser.current_url
    shot(browser, "login")
    by_css(browser, "#token").send_keys(READ_TOKEN)
    by_css(browser, "main form button[type=submit]").click()
    at(browser, site.base + "/ui/messages?status=unparsable")  # back where it was going


def test_a_wrong_token_is_refused(site: Site, browser: Driver) -> None:
    logged_out(browser, site)
    browser.get(site.base + "/ui/login")
    by_css(browser, "#token").send_keys("not-a-token-of-this-daemon")
    by_css(browser, "main form button[type=submit]").click()
    assert "not valid" in by_css(browser, "[role=alert]").text
    assert browser.get_cookie(COOKIE) is None


def test_the_session_cookie_is_signed_httponly_strict_and_secure_off_loopback(
    site: Site, browser: Driver
) -> None:
    login(browser, site, WRITE_TOKEN)
    cookie = browser.get_cookie(COOKIE)
    assert cookie is not None
    assert cookie["httpOnly"] is True and cookie["sameSite"] == "Strict"
    assert cookie["path"] == "/ui/"
    assert cookie["secure"] is False  # plain http on 127.0.0.1: kept, never leaves the host
    assert WRITE_TOKEN not in cookie["value"]
    assert browser.execute_script("return document.cookie") == ""  # no script reads it
    # The same login under another host name: the cookie is Secure.
    with httpx.Client(base_url=site.base, timeout=30) as client:
        got = client.post(
            "/ui/login",
            data={"token": WRITE_TOKEN},
            headers={"Host": "bounces.example.org", "Origin": "https://bounces.example.org"},
        )
    assert got.status_code == 303
    set_cookie = got.headers["Set-Cookie"]
    assert "Secure" in set_cookie and "HttpOnly" in set_cookie and "SameSite=Strict" in set_cookie


def test_over_plain_http_under_another_name_the_browser_refuses_the_cookie(
    site: Site, browser: Driver
) -> None:
    """What an operator sees who opens the page over plain http, not on 127.0.0.1: the
    cookie is Secure, Chromium does not keep it, and the page says why."""
    remote = f"http://{REMOTE_NAME}:{site.port}"
    browser.delete_all_cookies()
    browser.get(remote + "/ui/login")
    by_css(browser, "#token").send_keys(READ_TOKEN)
    by_css(browser, "main form button[type=submit]").click()
    assert "did not keep the session cookie" in by_css(browser, "[role=alert]").text
    assert "/ui/login/check" in browser.current_url
    assert browser.get_cookie(COOKIE) is None
    browser.get(remote + "/ui/")
    assert "/ui/login" in browser.current_url


# -- overview -----------------------------------------------------------------------------------


def test_the_overview_shows_what_stats_and_messages_say(site: Site, browser: Driver) -> None:
    outputs = site.cli_many(
        ("messages", "--limit", "1"),
        ("stats", "--since", "24h"),
        ("stats", "--since", "30d"),
        *(("stats", "--since", "24h", "--kind", k, "--json") for k in RANKED),
    )
    head = outputs[0].splitlines()[0].removeprefix("messages: ")
    counts = {k: int(v) for k, v in (pair.split() for pair in head.split(", "))}
    (events, states), (events30, _) = stats_lines(outputs[1]), stats_lines(outputs[2])
    tops = {
        kind: [json.loads(line) for line in out.splitlines()]
        for kind, out in zip(RANKED, outputs[3:], strict=True)
    }
    login(browser, site, READ_TOKEN)
    assert number(browser, "#count-received") == sum(counts.values())
    assert number(browser, "#count-processed") == counts.get("processed", 0)
    assert number(browser, "#count-unparsable") == counts.get("unparsable", 0) == 1
    assert number(browser, "#count-backlog") == 0
    for kind in FAILURE_KINDS:
        assert number(browser, f"#total-{kind}") == events.get(kind, 0), kind
    assert events.get("hard", 0) > 0 and events.get("block", 0) > 0
    _check_chart(browser, events)
    _check_tops(browser, tops)
    # every suppression happened today: the chart's bars add up to the addresses suppressed
    assert sum(_chart_sum(browser, "suppressions").values()) == states["suppressed"]
    shot(browser, "overview")
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, int(height) + 100)  # the whole page, for the README
    try:
        shot(browser, "overview-full")
    finally:
        browser.set_window_size(1280, 1000)

    by_css(browser, "a[href='/ui/?span=30d']").click()  # the charts are fetched in place
    at(browser, site.base + "/ui/?span=30d")
    assert "last 30d" in by_css(browser, "#failures-caption").text
    assert by_css(browser, "a[aria-current=true]").text == "last 30d"
    for kind in FAILURE_KINDS:
        assert number(browser, f"#total-{kind}") == events30.get(kind, 0), kind
    _check_chart(browser, events30)


def _check_chart(browser: Driver, events: dict[str, int]) -> None:
    """The bars' titles and the table under the chart add up to the command's totals."""
    from_titles = _chart_sum(browser, "failures")
    rows = all_css(browser, "#failures-table tbody tr")
    assert rows
    from_table: Counter[str] = Counter()
    for row in rows:
        cells = [c.get_attribute("textContent") for c in row.find_elements("css selector", "td")]
        for kind, cell in zip(FAILURE_KINDS, cells, strict=False):
            from_table[kind] += int(cell)
    for kind in FAILURE_KINDS:
        assert from_titles[kind] == from_table[kind] == events.get(kind, 0), kind


def _check_tops(browser: Driver, tops: dict[str, list[dict[str, Any]]]) -> None:
    """Each kind's top destination domains are those `stats --kind K` counts most, with
    the same counts (most first, ties by name)."""
    for kind, rows in tops.items():
        per_domain: Counter[str] = Counter()
        for row in rows:
            per_domain[str(row["domain"])] += int(str(row["count"]))
        expected = sorted(per_domain.items(), key=lambda item: (-item[1], item[0]))[:10]
        shown = [
            (
                tr.find_element("css selector", "th").get_attribute("textContent"),
                int(tr.find_element("css selector", "td").get_attribute("textContent")),
            )
            for tr in all_css(browser, f"#top-domains-{kind} tbody tr")
            if tr.find_elements("css selector", "th")
        ]
        assert shown == expected, kind
        providers = all_css(browser, f"#top-providers-{kind} tbody td.num")
        assert sum(int(td.text) for td in providers) <= sum(per_domain.values())
    hard_providers = all_css(browser, "#top-providers-hard tbody th")
    assert hard_providers  # the providers' ranking has someone in it


def _chart_sum(browser: Driver, chart: str) -> Counter[str]:
    """The values of a chart's bars, added up per series, read from their titles."""
    found: Counter[str] = Counter()
    for title in all_css(browser, f"#{chart} svg rect title"):
        text = title.get_attribute("textContent")
        matched = re.fullmatch(r".+: (\d+) ([\w-]+)", text)
        assert matched, text
        found[matched.group(2)] += int(matched.group(1))
    return found


# -- addresses ----------------------------------------------------------------------------------


def test_a_search_finds_the_address_with_its_evidence(site: Site, browser: Driver) -> None:
    from selenium.webdriver.common.keys import Keys

    address = site.hard_addresses[0]
    login(browser, site, READ_TOKEN, "/ui/addresses")
    shot(browser, "addresses")
    listed = [a.text for a in all_css(browser, "#address-list tbody th a")]
    while 'rel="next"' in browser.page_source:  # keyset pages, 50 a page
        by_css(browser, "a[rel=next]").click()
        listed += [a.text for a in all_css(browser, "#address-list tbody th a")]
    suppressed = [str(row["address"]) for row in site.cli_json("list", "--state", "suppressed")]
    assert listed == suppressed and len(listed) > 50  # the same, in the same order
    assert address in listed
    browser.get(site.base + "/ui/addresses")
    box = by_css(browser, "#q")
    box.send_keys(address, Keys.ENTER)  # the keyboard alone
    at(browser, site.base + "/ui/addresses/" + quote(address, safe="@+"))
    (info,) = site.cli_json("check", address)
    assert by_css(browser, "#address-facts .state").text == info["state"] == "suppressed"
    api = httpx.get(
        f"{site.base}/v1/addresses/{address}/events",
        headers={"Authorization": f"Bearer {READ_TOKEN}"},
    ).json()["items"]
    rules = [c.text for c in all_css(browser, "#events tbody td code")]
    assert rules == [event["rule"] for event in api]
    shot(browser, "address")
    raw = by_css(browser, "#events a[href$='/raw']")
    raw.click()
    assert address.lower() in browser.find_element("tag name", "body").text.lower()
    browser.back()

    browser.get(site.base + "/ui/addresses/not-an-address")  # a page that says why
    assert "not an e-mail address" in by_css(browser, "[role=alert]").text
    domain = address.split("@")[1]
    browser.get(site.base + "/ui/addresses")
    by_css(browser, "#q").send_keys(domain, Keys.ENTER)
    found = [a.text for a in all_css(browser, "#address-list tbody th a")]
    assert address in found and all(a.endswith("@" + domain) for a in found)


def test_a_read_token_may_not_unsuppress(site: Site, browser: Driver) -> None:
    address = site.hard_addresses[0]
    login(browser, site, READ_TOKEN, "/ui/addresses/" + quote(address, safe="@+"))
    assert "may read, not write" in by_css(browser, "#read-only").text
    assert 'id="unsuppress-form"' not in browser.page_source
    status = post_from_page(
        browser, f"/ui/addresses/{address}/unsuppress", {"csrf": csrf_of(browser), "note": "x"}
    )
    assert status == 403
    (info,) = site.cli_json("check", address)
    assert info["state"] == "suppressed"


def test_a_write_token_unsuppresses_with_a_note(site: Site, browser: Driver) -> None:
    address = site.hard_addresses[1]
    login(browser, site, WRITE_TOKEN, "/ui/addresses/" + quote(address, safe="@+"))
    by_css(browser, "#unsuppress-note").send_keys("the recipient wrote to us")
    by_css(browser, "#unsuppress-form button").click()
    assert "unsuppressed" in by_css(browser, "[role=status]").text
    assert by_css(browser, "#address-facts .state").text == "active"
    (info,) = site.cli_json("check", address)
    assert info["state"] == "active"
    first = by_css(browser, "#events tbody tr").text
    assert "unsuppress by token:" in first and "the recipient wrote to us" in first


def test_every_post_needs_the_sessions_csrf_token_and_this_origin(
    site: Site, browser: Driver
) -> None:
    login(browser, site, WRITE_TOKEN, "/ui/addresses")
    cookie = browser.get_cookie(COOKIE)
    assert cookie is not None
    token = csrf_of(browser)
    probe = "csrf-probe@example.com"
    path = f"/ui/addresses/{probe}/suppress"
    refused = [
        ({"note": "n"}, {"Origin": site.base}),  # no CSRF token
        ({"csrf": "0" * 64}, {"Origin": site.base}),  # not this session's
        ({"csrf": token}, {"Origin": "http://evil.example"}),  # another site's form
        ({"csrf": token}, {}),  # no Origin
    ]
    with httpx.Client(base_url=site.base, cookies={COOKIE: cookie["value"]}) as client:
        for form, headers in refused:
            got = client.post(path, data=form, headers=headers)
            assert got.status_code == 403, (form, headers)
        assert site.cli_json("check", probe)[0]["state"] == "active"  # nothing recorded
        accepted = client.post(path, data={"csrf": token}, headers={"Origin": site.base})
        assert accepted.status_code == 303
    assert site.cli_json("check", probe)[0]["state"] == "suppressed"


def test_logout_ends_the_session(site: Site, browser: Driver) -> None:
    login(browser, site, READ_TOKEN)
    cookie = browser.get_cookie(COOKIE)
    assert cookie is not None
    by_css(browser, "form.logout button").click()
    assert "logged out" in by_css(browser, "[role=status]").text
    assert "/ui/login?bye=1" in browser.current_url
    browser.get(site.base + "/ui/")
    assert "/ui/login" in browser.current_url
    with httpx.Client(base_url=site.base, cookies={COOKIE: cookie["value"]}) as client:
        assert client.get("/ui/").status_code == 303  # the old cookie's value is refused too


# -- messages -----------------------------------------------------------------------------------


def test_messages_show_the_unparsable_one_and_reprocess_one(site: Site, browser: Driver) -> None:
    (unparsable,) = site.cli_json("messages", "--status", "unparsable")
    login(browser, site, WRITE_TOKEN, "/ui/messages?status=unparsable")
    (row,) = all_css(browser, "#message-list tbody tr")
    assert row.find_element("css selector", "th").text == str(unparsable["id"])
    assert str(unparsable["error"]) in row.text
    assert "nested too deeply" in row.text
    shot(browser, "messages")

    processed = site.cli_json("messages", "--status", "processed", "--limit", "5")
    message_id = processed[-1]["id"]
    browser.get(f"{site.base}/ui/messages/{message_id}")
    events_before = len(all_css(browser, "#events tbody tr"))
    assert len(all_css(browser, "#events tbody th a[href^='/ui/addresses/']")) == events_before
    by_css(browser, "#reprocess-form button").click()
    result = by_css(browser, "#reprocess-result").text
    assert "nothing changed" in result, result
    assert len(all_css(browser, "#events tbody tr")) == events_before
    shot(browser, "message")


# -- rates, keyboard, phone ---------------------------------------------------------------------


def test_rates_count_the_recipients_a_sender_reports(site: Site, browser: Driver) -> None:
    """Recipients sent, reported through POST /v1/sent, against the hard bounces of the same
    destination: the page's bounce rate is their quotient."""
    hard: Counter[str] = Counter()
    for row in site.cli_json("stats", "--since", "24h", "--kind", "hard"):
        hard[str(row["domain"])] += int(str(row["count"]))
    domain, bounced = sorted(hard.items(), key=lambda item: (-item[1], item[0]))[0]
    hour = datetime.now(UTC).replace(minute=0, second=0, microsecond=0).isoformat()
    posted = httpx.post(
        f"{site.base}/v1/sent",
        json={"counts": [{"domain": domain, "hour": hour, "sent": 1000}]},
        headers={"Authorization": f"Bearer {WRITE_TOKEN}"},
    )
    assert posted.status_code == 200, posted.text
    login(browser, site, READ_TOKEN, "/ui/rates")
    rows = {
        tr.find_element("css selector", "th").text: [
            td.text for td in tr.find_elements("css selector", "td")
        ]
        for tr in all_css(browser, "#rates tbody tr")
    }
    sent, hard_cell, *_, bounce_rate, _complaint_rate = rows[domain]
    assert (int(sent), int(hard_cell)) == (1000, bounced)
    assert bounce_rate.split()[0] == f"{bounced / 1000:.2%}"
    overall = rows["all destinations"]
    assert int(overall[0]) >= 1000 and int(overall[1]) == sum(hard.values())
    assert "review 5.00%" in by_css(browser, "#thresholds").text
    # Overall, hard bounces per recipient sent cross the review level (5 %): the daemon's
    # alert task raises it, and the page shows it, with the same figure.
    overall_rate = sum(hard.values()) / int(overall[0])
    assert 0.05 <= overall_rate < 0.10
    deadline = time.monotonic() + 15
    while 'id="alerts-active"><caption>' not in browser.page_source.replace("\n", ""):
        assert time.monotonic() < deadline, "no alert shown"
        time.sleep(0.5)
        browser.refresh()
    raised = {
        tuple(td.text for td in tr.find_elements("css selector", "th, td"))[:4]
        for tr in all_css(browser, "#alerts-active tbody tr")
    }
    assert ("bounce-rate-review", "all", f"{overall_rate:.2%}", "5.00%") in raised
    shot(browser, "rates")
    browser.get(site.base + "/ui/")
    assert "raised" in by_css(browser, "#alerts-raised").text


def test_keyboard_and_phone(site: Site, browser: Driver) -> None:
    from selenium.webdriver.common.keys import Keys

    login(browser, site, READ_TOKEN)
    browser.set_window_size(390, 844)
    try:
        browser.get(site.base + "/ui/")
        body = browser.find_element("tag name", "body")
        body.send_keys(Keys.TAB)
        skip = browser.switch_to.active_element
        assert skip.get_attribute("class") == "skip" and skip.is_displayed()
        skip.send_keys(Keys.ENTER)
        assert browser.switch_to.active_element.get_attribute("id") == "main"
        width = browser.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert width[0] <= width[1], width  # nothing wider than a phone's screen
        shot(browser, "overview-phone")
        browser.get(site.base + "/ui/addresses")
        for field in all_css(browser, "main input, main select"):
            if field.get_attribute("type") == "hidden":
                continue
            ident = field.get_attribute("id")
            assert all_css(browser, f"label[for='{ident}']"), ident
    finally:
        browser.set_window_size(1280, 1000)
