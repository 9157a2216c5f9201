"""Request budgets (TRCR_RATE_LIMIT): per token, or per client IP without one, on /graphql and /mcp.

Counters live in this process (the `limits` library's memory storage): with several replicas each
one counts its own share, so a client behind a round-robin balancer gets up to N times the budget.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass
from functools import lru_cache

from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage
from limits.aio.strategies import MovingWindowRateLimiter
from starlette.types import ASGIApp, Receive, Scope, Send

from backend.core import tokens
from backend.core.auth import bearer_token

OFF = {"", "0", "off", "none", "false", "no"}


@dataclass(frozen=True)
class Budget:
    """One rate ("600/minute") shared by every endpoint of the process; None when turned off."""

    item: RateLimitItem | None
    limiter: MovingWindowRateLimiter

    @property
    def description(self) -> str:
        return str(self.item) if self.item is not None else "unlimited"

    async def spend(self, token: str | None, client_host: str | None) -> int | None:
        """Counts one request; None if it may run, else the seconds until it may be retried."""
        if self.item is None:
            return None
        key = key_for(token, client_host)
        if await self.limiter.hit(self.item, key):
            return None
        stats = await self.limiter.get_window_stats(self.item, key)
        return max(1, math.ceil(stats.reset_time - time.time()))

    def refusal(self, retry_after: int) -> str:
        return (
            f"Rate limit exceeded: this token (or address) may make {self.description} "
            f"requests. Retry after {retry_after} seconds."
        )


def key_for(token: str | None, client_host: str | None) -> str:
    # Only a token that passes its checksum gets its own budget, so garbage tokens cannot be
    # used to dodge the per-address one.
    if token and tokens.is_well_formed(token):
        return f"pat:{tokens.hash_token(token)}"
    return f"ip:{client_host or 'unknown'}"


@lru_cache(maxsize=8)
def budget(rate: str) -> Budget:
    """The process-wide budget for a rate string; raises ValueError on one that does not parse."""
    item = None if rate.strip().lower() in OFF else parse(rate)
    return Budget(item=item, limiter=MovingWindowRateLimiter(MemoryStorage()))


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


class RateLimit:
    """429 with Retry-After once a caller has spent its budget (HTTP requests; /graphql)."""

    def __init__(self, app: ASGIApp, rate: str) -> None:
        self.app = app
        self.budget = budget(rate)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.budget.item is None:
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        token = bearer_token(_header(scope, b"authorization"))
        retry_after = await self.budget.spend(token, client[0] if client else None)
        if retry_after is None:
            await self.app(scope, receive, send)
            return
        body = json.dumps(
            {
                "errors": [
                    {
                        "message": self.budget.refusal(retry_after),
                        "extensions": {"code": "RATE_LIMITED", "retry_after": retry_after},
                    }
                ]
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 429,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"retry-after", str(retry_after).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
