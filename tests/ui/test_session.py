"""The page's session cookies and CSRF tokens, without a browser: what is accepted, what is
refused (forged, expired, logged out, a token removed), and what a token's scope becomes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bouncesink.ui.session import SESSION_SECONDS, Sessions

READ = "read-token-aaaaaaaaaaaa"
WRITE = "write-token-bbbbbbbbbbb"
NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def test_a_session_names_its_token_and_scope_but_never_holds_the_token() -> None:
    sessions = Sessions([READ], [WRITE])
    read, write = sessions.login(READ, NOW), sessions.login(WRITE, NOW)
    assert read is not None and write is not None
    assert (read.may_write, write.may_write) == (False, True)
    cookie = sessions.cookie(write)
    assert WRITE not in cookie
    assert sessions.read(cookie, NOW) == write
    assert sessions.login("not-a-configured-token", NOW) is None


def test_forged_expired_and_logged_out_sessions_are_refused() -> None:
    sessions = Sessions([READ], [WRITE])
    session = sessions.login(READ, NOW)
    assert session is not None
    cookie = sessions.cookie(session)
    payload, _, signature = cookie.partition(".")
    other = Sessions([READ], [WRITE, "another-write-token-cc"])  # another key
    for forged in ("", "x", f"{payload}.{signature[:-2]}AA", other.cookie(session), "a.b.c"):
        assert sessions.read(forged, NOW) is None, forged
    assert sessions.read(cookie, NOW + timedelta(seconds=SESSION_SECONDS)) is None
    sessions.revoke(session, NOW)
    assert sessions.read(cookie, NOW) is None


def test_the_configured_tokens_decide_at_each_request() -> None:
    before = Sessions([READ], [WRITE])
    session = before.login(WRITE, NOW)
    assert session is not None
    cookie = before.cookie(session)
    # the same configuration in another process (a restart, a second instance): accepted
    assert Sessions([READ], [WRITE]).read(cookie, NOW) == session
    # the token moved to the read tokens: the session may read, no longer write
    moved = Sessions([READ, WRITE], []).read(cookie, NOW)
    assert moved is not None and not moved.may_write
    # the token removed: the key changes and the session ends
    assert Sessions([READ], []).read(cookie, NOW) is None


def test_the_csrf_token_belongs_to_one_session() -> None:
    sessions = Sessions([READ], [WRITE])
    first, second = sessions.login(READ, NOW), sessions.login(READ, NOW)
    assert first is not None and second is not None
    token = sessions.csrf(first)
    assert sessions.csrf_ok(first, token)
    assert not sessions.csrf_ok(second, token)
    assert not sessions.csrf_ok(first, None) and not sessions.csrf_ok(first, "0" * 64)
