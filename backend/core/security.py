"""Request protection: query depth/alias/token limits (rules built once), CSRF and body-size guards,
the response budget."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from graphql import (
    ASTValidationRule,
    DocumentNode,
    GraphQLError,
    GraphQLSchema,
    ValidationContext,
    parse,
    specified_rules,
    validate,
)
from graphql.validation import NoSchemaIntrospectionCustomRule
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.extensions import SchemaExtension
from strawberry.extensions.max_aliases import create_validator as alias_limit_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_limit_rule

from backend.core.origins import matches
from backend.settings import Settings


@lru_cache(maxsize=8)
def _rules(
    max_depth: int, max_aliases: int, introspection: bool
) -> tuple[type[ASTValidationRule], ...]:
    # strawberry's limiter extensions build a new rule class per request, which defeats the
    # validation cache (STACK-NOTES); these classes are built once per configuration.
    rules: list[type[ASTValidationRule]] = [
        depth_limit_rule(max_depth, None, None),
        alias_limit_rule(max_aliases),
    ]
    if not introspection:
        rules += [NoSchemaIntrospectionCustomRule, HideSuggestions]
    return tuple(rules)


class HideSuggestions(ASTValidationRule):
    """No "Did you mean …" in validation errors: without introspection they would leak the schema.

    strawberry calls graphql-core's validate() without its hide_suggestions flag; every rule reads
    the flag from the shared context when it reports, so setting it at construction covers them all.
    """

    def __init__(self, context: ValidationContext) -> None:
        super().__init__(context)
        context._hide_suggestions = True


@dataclass(frozen=True)
class ResponseBudget:
    """The most bytes one response may carry (TRCR_MAX_RESPONSE_BYTES): over it, an error is
    sent instead of the data, so a small query cannot make the server send megabytes."""

    max_bytes: int

    reason = "RESPONSE_TOO_LARGE"

    def exceeded(self, size: int) -> bool:
        return size > self.max_bytes

    def message(self, size: int) -> str:
        return (
            f"The response would be {size} bytes, over the {self.max_bytes}-byte budget; "
            "ask for fewer items (a smaller limit) or fewer fields."
        )

    def errors(self, size: int) -> list[dict[str, object]]:
        """The GraphQL `errors` that replace an over-budget result."""
        extensions = {"code": "INVALID", "reason": self.reason}
        return [{"message": self.message(size), "extensions": extensions}]


def validation_rules(settings: Settings) -> list[type[ASTValidationRule]]:
    return list(_rules(settings.max_query_depth, settings.max_aliases, settings.introspection))


# Distinct documents remembered (a frontend sends a few hundred; an attacker's variety only
# evicts, the limits below still apply to every new one).
DOCUMENT_CACHE_SIZE = 512


@dataclass(frozen=True)
class _Prepared:
    document: DocumentNode
    errors: tuple[GraphQLError, ...]


def prepared_documents(settings: Settings) -> Callable[[], SchemaExtension]:
    """One schema extension that parses (within the token limit) and validates (graphql-core's
    rules and ours) each document once, remembering both by the query text.

    It does what strawberry's MaxTokensLimiter, ParserCache, AddValidationRules and
    ValidationCache do together, as one extension: strawberry builds every extension and its hook
    context managers per request, which cost more than the cached work itself (bench/whoami.py).
    Subscriptions and WebSocket operations pass through the same hooks.
    """
    rules = (*specified_rules, *validation_rules(settings))
    max_tokens = settings.max_tokens

    @lru_cache(maxsize=DOCUMENT_CACHE_SIZE)
    def prepare(schema: GraphQLSchema, query: str) -> _Prepared:
        # A GraphQLError (syntax, too many tokens) is raised, not remembered.
        document = parse(query, max_tokens=max_tokens)
        return _Prepared(document, tuple(validate(schema, document, rules)))

    class PreparedDocuments(SchemaExtension):
        def on_parse(self) -> Iterator[None]:
            context = self.execution_context
            if context.graphql_document is None and context.query:
                prepared = prepare(context.schema._schema, context.query)
                context.graphql_document = prepared.document
                # Set now: strawberry then skips its own validation step.
                context.pre_execution_errors = list(prepared.errors)
            yield

    return PreparedDocuments


async def _send_json(send: Send, status: int, body: dict[str, object]) -> None:
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


class BodySizeLimit:
    """Refuses request bodies over the limit with 413, whether or not Content-Length is honest,
    and WebSocket messages over the same limit by closing the socket with 1009."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            await self.app(scope, self._limited_websocket(receive, send), send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await _send_json(send, 413, self._error())
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge
            return message

        try:
            await self.app(scope, limited_receive, send)
        except _TooLarge:
            await _send_json(send, 413, self._error())

    def _error(self) -> dict[str, object]:
        return {
            "errors": [
                {"message": f"Request body exceeds {self.max_bytes} bytes. Send a smaller request."}
            ]
        }

    def _limited_websocket(self, receive: Receive, send: Send) -> Receive:
        """A receive that closes the socket (1009, message too big) on an oversized message and
        tells the app the client is gone. `trcr serve` also sets uvicorn's ws_max_size to the
        same limit, so such a frame is refused before it is buffered; this holds on any server."""

        async def limited_receive() -> Message:
            message = await receive()
            if message["type"] == "websocket.receive":
                text = message.get("text")
                size = len(text.encode()) if text is not None else len(message.get("bytes") or b"")
                if size > self.max_bytes:
                    reason = f"Message exceeds {self.max_bytes} bytes."
                    await send({"type": "websocket.close", "code": 1009, "reason": reason})
                    return {"type": "websocket.disconnect", "code": 1009, "reason": reason}
            return message

        return limited_receive


class _TooLarge(Exception):
    pass


_SAFE_CONTENT_TYPES = ("application/json", "application/graphql-response+json")


class CsrfProtection:
    """A browser form cannot send JSON or custom headers cross-site, so POSTs need one of them."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            headers = dict(scope["headers"])
            content_type = (
                headers.get(b"content-type", b"").decode("latin-1").split(";")[0].strip().lower()
            )
            if content_type not in _SAFE_CONTENT_TYPES and b"x-trcr-csrf" not in headers:
                await _send_json(
                    send,
                    415,
                    {
                        "errors": [
                            {
                                "message": "POST requests need 'Content-Type: application/json' "
                                "(or an 'X-TRCR-CSRF' header)."
                            }
                        ]
                    },
                )
                return
        await self.app(scope, receive, send)


class HostOriginGuard:
    """DNS-rebinding protection before anything else runs: unknown Host → 421, unknown Origin → 403.

    Requests without an Origin header are not from browsers and pass the Origin check.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        allowed_hosts: tuple[str, ...],
        allowed_origins: tuple[str, ...] | None,
    ) -> None:
        self.app = app
        self.allowed_hosts = allowed_hosts
        self.allowed_origins = allowed_origins

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = dict(scope["headers"])
            host = headers.get(b"host", b"").decode("latin-1")
            if not matches(host, self.allowed_hosts):
                await _send_json(
                    send, 421, {"errors": [{"message": f"Host '{host}' is not served here."}]}
                )
                return
            origin = headers.get(b"origin")
            if (
                self.allowed_origins is not None
                and origin is not None
                and not matches(origin.decode("latin-1"), self.allowed_origins)
            ):
                await _send_json(
                    send,
                    403,
                    {"errors": [{"message": "Requests from this origin are not allowed."}]},
                )
                return
        await self.app(scope, receive, send)
