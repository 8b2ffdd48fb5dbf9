"""The one outgoing request of the intake: an HTTPS GET to Amazon SNS (a signing certificate,
a subscription confirmation). The SES intake checks the URL's host before asking.

:class:`HttpsGetter` verifies the server's certificate with the system's CAs and follows no
redirect. Tests build it with an SSL context and a resolver of their own, which send the
request to a local server that holds a certificate for the SNS host name: the URL and its
check stay what they are in production.
"""

from __future__ import annotations

import ssl
from collections.abc import Awaitable, Callable

import aiohttp
from aiohttp.abc import AbstractResolver

HttpsGet = Callable[[str], Awaitable[bytes]]

MAX_BYTES = 64 * 1024  # a PEM certificate is a few kilobytes; a confirmation answer less


class FetchError(Exception):
    """The GET did not give a 200 answer of at most MAX_BYTES; `status` is the answer's
    status when there was one."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class HttpsGetter:
    """GET over HTTPS, verified, without redirects; raises :class:`FetchError`."""

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext | None = None,
        resolver: AbstractResolver | None = None,
        timeout_seconds: float = 10.0,
    ) -> None:
        self._ssl = ssl_context or ssl.create_default_context()
        self._resolver = resolver
        self._timeout = aiohttp.ClientTimeout(total=timeout_seconds)

    async def __call__(self, url: str) -> bytes:
        if not url.startswith("https://"):
            raise FetchError(f"not an https URL: {url}")
        connector = aiohttp.TCPConnector(ssl=self._ssl, resolver=self._resolver)
        try:
            async with (
                aiohttp.ClientSession(connector=connector, timeout=self._timeout) as session,
                session.get(url, allow_redirects=False) as response,
            ):
                if response.status != 200:
                    raise FetchError(f"GET {url} answered {response.status}", response.status)
                data = await response.content.read(MAX_BYTES + 1)
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise FetchError(f"GET {url} failed: {exc!r}") from exc
        if len(data) > MAX_BYTES:
            raise FetchError(f"GET {url} gave more than {MAX_BYTES} bytes")
        return data
