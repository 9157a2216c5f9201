"""GET /metrics: every metric of this process in the Prometheus text format, behind a bearer token.

Off unless TRCR_METRICS_TOKEN is set: then a scraper sends `Authorization: Bearer <that token>`
(Prometheus: `authorization: {credentials_file: …}`). The figures say how busy the service is
and which operations it runs, which is no one else's business.
"""

from __future__ import annotations

import hmac
import json

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest
from starlette.types import Receive, Scope, Send


async def _answer(
    send: Send, status: int, body: bytes, content_type: bytes, extra: list[tuple[bytes, bytes]]
) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers + extra})
    await send({"type": "http.response.body", "body": body})


def _error(message: str) -> bytes:
    return json.dumps({"errors": [{"message": message}]}).encode()


MIN_TOKEN_LENGTH = 16


class MetricsEndpoint:
    """The /metrics ASGI app; `token` empty means metrics are not served (404 saying how)."""

    def __init__(self, token: str) -> None:
        if token and len(token) < MIN_TOKEN_LENGTH:
            raise ValueError(
                f"TRCR_METRICS_TOKEN must be at least {MIN_TOKEN_LENGTH} characters (e.g. "
                "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`)."
            )
        self.expected = f"Bearer {token}".encode() if token else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        json_type = b"application/json"
        if self.expected is None:
            message = "Metrics are off on this server: set TRCR_METRICS_TOKEN to serve them."
            await _answer(send, 404, _error(message), json_type, [])
            return
        given = next((v for k, v in scope["headers"] if k == b"authorization"), b"")
        if not hmac.compare_digest(given, self.expected):  # constant time: no guessing by timing
            message = "Send 'Authorization: Bearer <TRCR_METRICS_TOKEN>' to read the metrics."
            challenge = [(b"www-authenticate", b'Bearer realm="trcr-metrics"')]
            await _answer(send, 401, _error(message), json_type, challenge)
            return
        await _answer(send, 200, generate_latest(REGISTRY), CONTENT_TYPE_LATEST.encode(), [])
