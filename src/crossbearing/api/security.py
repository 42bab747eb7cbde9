"""What keeps the server safe to open: security headers on every response, a Host allow-list
(against DNS rebinding), an optional bearer token, and CSV cells that a spreadsheet cannot run."""

from __future__ import annotations

import hmac
import json
import re
from typing import Iterable, Optional
from urllib.parse import parse_qsl

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
# Paths anyone may fetch even when a token is set: code and styles, no data.
PUBLIC_PREFIXES = ("/static/", "/static-docs/")
PUBLIC_PATHS = ("/openapi.json", "/docs", "/redoc", "/favicon.ico")


def host_name(header: str) -> str:
    """The name part of a Host header: 'localhost:8321' → 'localhost', '[::1]:80' → '::1'."""
    h = header.strip().lower()
    if h.startswith("["):
        return h[1:h.find("]")] if "]" in h else h
    return h.rsplit(":", 1)[0] if h.count(":") == 1 else h


class Guard:
    """ASGI middleware: refuse unknown Host headers and (with a token) unauthenticated requests;
    add the security headers to every response, streamed ones included."""

    def __init__(self, app, hosts: Optional[Iterable[str]] = LOOPBACK_HOSTS, token: Optional[str] = None):
        self.app = app
        self.hosts = None if hosts is None or "*" in hosts else {host_name(h) for h in hosts}
        self.token = token or None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        if self.hosts is not None:
            host = host_name(headers.get(b"host", b"").decode("latin-1"))
            if host not in self.hosts:
                return await _reply(send, 400, {"detail": f"Host {host!r} is not served here; allowed: "
                                                          f"{', '.join(sorted(self.hosts))} (crossbearing serve "
                                                          "--allow-host adds one)", "parameter": "Host"})
        if self.token and not self._public(scope["path"]) and not self._authorised(scope, headers):
            return await _reply(send, 401, {"detail": "a token is required: send 'Authorization: Bearer TOKEN' "
                                                      "or add ?token=TOKEN"},
                                [(b"www-authenticate", b'Bearer realm="crossbearing"')])

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": list(message.get("headers", []))
                           + [(k, v) for k, v in HEADERS if k not in have]}
            await send(message)

        return await self.app(scope, receive, send_with_headers)

    @staticmethod
    def _public(path: str) -> bool:
        return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)

    def _authorised(self, scope, headers) -> bool:
        auth = headers.get(b"authorization", b"").decode("latin-1")
        if auth[:7].lower() == "bearer " and hmac.compare_digest(auth[7:].strip().encode(), self.token.encode()):
            return True
        for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True):
            if k == "token" and hmac.compare_digest(v.encode(), self.token.encode()):
                return True
        return False


async def _reply(send, status: int, body: dict, extra: list = ()) -> None:
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
                            *extra, *HEADERS]})
    await send({"type": "http.response.body", "body": data})


_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
_RISKY = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: str) -> str:
    """A cell a spreadsheet shows as text: one starting with = + - @ (or tab / CR) gets a leading
    single quote, unless it is a plain number such as -3.5."""
    if value and value.startswith(_RISKY) and not _NUMBER.match(value):
        return "'" + value
    return value
