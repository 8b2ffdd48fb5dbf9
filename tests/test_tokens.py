from __future__ import annotations

import contextlib
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bouncesink.errors import TokenError
from bouncesink.tokens import MAX_PAYLOAD, TokenMode, make_token, parse_keys, verify

KEYS = {1: b"old-secret-0123456789", 2: b"new-secret-0123456789"}
TODAY = date(2026, 11, 27)


def test_short_address_round_trips_and_names_the_recipient() -> None:
    local = make_token(2, KEYS[2], TODAY, address="ann@example.com")
    assert local.startswith("b-") and local == local.lower() and len(local) <= 64
    info = verify(local, KEYS, TODAY, max_age_days=30)
    assert (info.mode, info.address, info.key_id) == (TokenMode.ADDRESS, "ann@example.com", 2)
    assert info.matches("Ann@Example.COM")
    assert not info.matches("bob@example.com")


def test_long_address_gets_a_digest_that_recognises_it() -> None:
    address = "firstname.middlename.lastname@subsidiary.example-corporation.com"
    local = make_token(1, KEYS[1], TODAY, address=address)
    assert len(local) <= 64
    info = verify(local, KEYS, TODAY, max_age_days=30)
    assert info.mode is TokenMode.DIGEST and info.address is None
    assert info.matches(address.upper())
    assert not info.matches("someone.else@example.com")


def test_opaque_id() -> None:
    local = make_token(1, KEYS[1], TODAY, opaque_id=b"\x00\x01campaign-42")
    assert verify(local, KEYS, TODAY, 30).opaque_id == b"\x00\x01campaign-42"


def test_uppercased_by_an_mta_still_verifies() -> None:
    local = make_token(1, KEYS[1], TODAY, address="ann@example.com")
    assert verify(local.upper(), KEYS, TODAY, 30).address == "ann@example.com"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda t: t[:-1] + ("a" if t[-1] != "a" else "b"), "canonical|signature"),
        (lambda t: t[:20] + ("a" if t[20] != "a" else "b") + t[21:], "signature does not match"),
        (lambda t: "x-" + t[2:], "no token"),
        (lambda t: t[:10], "too short"),
        (lambda t: t + "!", "not base32"),
    ],
)
def test_forged_or_damaged_tokens_are_refused(mutate: object, message: str) -> None:
    local = make_token(1, KEYS[1], TODAY, address="ann@example.com")
    with pytest.raises(TokenError, match=message):
        verify(mutate(local), KEYS, TODAY, 30)  # type: ignore[operator]


def test_unknown_key_and_rotation() -> None:
    local = make_token(1, KEYS[1], TODAY, address="ann@example.com")
    with pytest.raises(TokenError, match="unknown key id 1"):
        verify(local, {2: KEYS[2]}, TODAY, 30)
    other = make_token(1, b"someone-elses-secret-xx", TODAY, address="ann@example.com")
    with pytest.raises(TokenError, match="signature"):
        verify(other, KEYS, TODAY, 30)


def test_expiry() -> None:
    local = make_token(1, KEYS[1], TODAY - timedelta(days=31), address="ann@example.com")
    assert verify(local, KEYS, TODAY - timedelta(days=1), 30).address == "ann@example.com"
    with pytest.raises(TokenError, match="expired"):
        verify(local, KEYS, TODAY, 30)


def test_parse_keys() -> None:
    assert parse_keys(["7:abcdefghijklmnopq"]) == {7: b"abcdefghijklmnopq"}
    with pytest.raises(TokenError):
        parse_keys(["short:x"])


@given(st.emails())
def test_every_address_fits_a_local_part_and_is_recognised(address: str) -> None:
    local = make_token(2, KEYS[2], TODAY, address=address)
    assert len(local.encode()) <= 64
    assert verify(local, KEYS, TODAY, 30).matches(address)


@given(st.text(max_size=80))
def test_random_local_parts_never_crash_verify(text: str) -> None:
    with contextlib.suppress(TokenError):
        verify("b-" + text, KEYS, TODAY, 30)


def test_payload_budget_is_what_the_local_part_allows() -> None:
    address = "a" * (MAX_PAYLOAD - len("@x.io")) + "@x.io"
    local = make_token(1, KEYS[1], TODAY, address=address)
    assert len(local) <= 64 and verify(local, KEYS, TODAY, 30).mode is TokenMode.ADDRESS
