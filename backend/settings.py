"""Server configuration read from the environment (TRCR_*), overridable by CLI flags."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_DATABASE_URL = f"sqlite://{Path.cwd() / 'trcr.sqlite3'}"


def _split(value: str | None, default: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return default
    return tuple(item.strip() for item in value.split(",") if item.strip())


def _flag(value: str | None) -> bool:
    """On unless set to 0, false, no or off."""
    return value is None or value.strip().lower() not in {"0", "false", "no", "off"}


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    broker_url: str = "memory://"
    host: str = "127.0.0.1"
    port: int = 8000
    # Host headers the server answers to (DNS-rebinding protection for /mcp and /graphql).
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "127.0.0.1:*", "localhost", "localhost:*")
    # Browser origins allowed to open WebSockets and call /mcp.
    allowed_origins: tuple[str, ...] = (
        "http://127.0.0.1",
        "http://127.0.0.1:*",
        "http://localhost",
        "http://localhost:*",
    )
    introspection: bool = True
    graphiql: bool = True
    # The recurring-task scheduler runs in every server process; tests that own their clock
    # turn it off and drive it directly.
    scheduler: bool = True
    max_body_bytes: int = 1_000_000
    max_query_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 2_000
    # The largest response /graphql (HTTP and WebSocket messages) and /mcp send.
    max_response_bytes: int = 10_000_000
    # Requests per token (per client IP without a valid one) on /graphql and /mcp; "off" disables.
    rate_limit: str = "600/minute"
    # How often an open WebSocket re-checks its token while idle (every operation checks too).
    ws_reauthorize_seconds: float = 60.0
    # Per-message deflate on WebSockets (TRCR_WS_COMPRESSION). Off: events are ~100-byte JSON,
    # which deflate barely shrinks, while it costs memory per connection and CPU per message
    # (measured by bench/events_fanout.py).
    ws_compression: bool = False
    public_url: str = field(default="")
    # Mail: SMTP when set (smtp://user:password@host:port, smtps://… for TLS); otherwise `.eml`
    # files in the outbox folder, so nothing leaves a fresh install unasked.
    smtp_url: str = ""
    mail_outbox: Path = field(default_factory=lambda: Path.cwd() / "outbox")
    mail_from: str = "TRCR <trcr@localhost>"
    # How often failed mail is retried.
    mail_retry_seconds: float = 30.0
    # Attachment bytes: file://./attachments (a folder) or s3://bucket/prefix?endpoint_url=…
    storage_url: str = "file://./attachments"
    # The largest file POST /attachments takes (over MCP/GraphQL, base64 is capped at 512 KiB).
    max_attachment_bytes: int = 10 * 1024 * 1024
    # Public form submissions per client address and form (POST /forms/{slug}); "off" disables.
    form_rate_limit: str = "10/minute"
    # The largest public form submission body.
    max_form_bytes: int = 64 * 1024

    @property
    def base_url(self) -> str:
        """Where clients reach this server (TRCR_PUBLIC_URL, else host and port)."""
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")

    @property
    def mcp_url(self) -> str:
        return f"{self.base_url}/mcp"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        base = cls()
        return replace(
            base,
            database_url=env.get("TRCR_DATABASE_URL", base.database_url),
            broker_url=env.get("TRCR_BROKER_URL", base.broker_url),
            host=env.get("TRCR_HOST", base.host),
            port=int(env.get("TRCR_PORT", base.port)),
            allowed_hosts=_split(env.get("TRCR_ALLOWED_HOSTS"), base.allowed_hosts),
            allowed_origins=_split(env.get("TRCR_ALLOWED_ORIGINS"), base.allowed_origins),
            introspection=_flag(env.get("TRCR_INTROSPECTION")),
            graphiql=_flag(env.get("TRCR_GRAPHIQL")),
            scheduler=_flag(env.get("TRCR_SCHEDULER")),
            ws_reauthorize_seconds=float(
                env.get("TRCR_WS_REAUTHORIZE_SECONDS", base.ws_reauthorize_seconds)
            ),
            ws_compression=_flag(env.get("TRCR_WS_COMPRESSION", "0")),
            public_url=env.get("TRCR_PUBLIC_URL", ""),
            smtp_url=env.get("TRCR_SMTP_URL", ""),
            mail_outbox=Path(env["TRCR_MAIL_OUTBOX"])
            if "TRCR_MAIL_OUTBOX" in env
            else base.mail_outbox,
            mail_from=env.get("TRCR_MAIL_FROM", base.mail_from),
            mail_retry_seconds=float(env.get("TRCR_MAIL_RETRY_SECONDS", base.mail_retry_seconds)),
            rate_limit=env.get("TRCR_RATE_LIMIT", base.rate_limit),
            max_response_bytes=int(env.get("TRCR_MAX_RESPONSE_BYTES", base.max_response_bytes)),
            storage_url=env.get("TRCR_STORAGE_URL", base.storage_url),
            form_rate_limit=env.get("TRCR_FORM_RATE_LIMIT", base.form_rate_limit),
            max_form_bytes=int(env.get("TRCR_MAX_FORM_BYTES", base.max_form_bytes)),
            max_attachment_bytes=int(
                env.get("TRCR_MAX_ATTACHMENT_BYTES", base.max_attachment_bytes)
            ),
        )
