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
    # How often those loops look for due work (the recurrence scheduler, due-date reminders).
    recurrence_poll_seconds: float = 30.0
    reminder_poll_seconds: float = 300.0
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
    # SIGTERM: how long in-flight requests and the shutdown (relay flush) get before the process
    # exits anyway. Orchestrators wait about 30 s before SIGKILL; stay below theirs.
    shutdown_seconds: float = 20.0
    # Realtime delivery: how long relayed events stay in the outbox for `events(after: N)`
    # replays (older cursors get `stream.resync`), each subscriber's queue bound (a subscriber
    # that falls this far behind is closed with 4008), and how often the relay looks for rows
    # other processes committed (its own commits wake it at once).
    event_retention_seconds: float = 86400.0
    subscriber_queue: int = 1000
    relay_poll_seconds: float = 0.5
    # /readyz answers 503 while the oldest unrelayed event is older than this.
    outbox_max_lag_seconds: float = 30.0
    # GET /metrics answers only with `Authorization: Bearer <this>`; empty: metrics are off.
    metrics_token: str = ""
    # `trcr serve`'s log lines on stderr: json (one object per line) or text.
    log_format: str = "json"

    @property
    def shutdown_requests_seconds(self) -> float:
        """Of the shutdown deadline: what in-flight requests get to finish."""
        return self.shutdown_seconds * 0.75

    @property
    def shutdown_flush_seconds(self) -> float:
        """Of the shutdown deadline: what the relay gets to publish what is pending, after."""
        return self.shutdown_seconds - self.shutdown_requests_seconds

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
            recurrence_poll_seconds=float(
                env.get("TRCR_RECURRENCE_POLL_SECONDS", base.recurrence_poll_seconds)
            ),
            reminder_poll_seconds=float(
                env.get("TRCR_REMINDER_POLL_SECONDS", base.reminder_poll_seconds)
            ),
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
            event_retention_seconds=float(
                env.get("TRCR_EVENT_RETENTION_SECONDS", base.event_retention_seconds)
            ),
            subscriber_queue=int(env.get("TRCR_SUBSCRIBER_QUEUE", base.subscriber_queue)),
            relay_poll_seconds=float(env.get("TRCR_RELAY_POLL_SECONDS", base.relay_poll_seconds)),
            outbox_max_lag_seconds=float(
                env.get("TRCR_OUTBOX_MAX_LAG_SECONDS", base.outbox_max_lag_seconds)
            ),
            metrics_token=env.get("TRCR_METRICS_TOKEN", base.metrics_token),
            log_format=env.get("TRCR_LOG_FORMAT", base.log_format),
            max_attachment_bytes=int(
                env.get("TRCR_MAX_ATTACHMENT_BYTES", base.max_attachment_bytes)
            ),
            shutdown_seconds=float(env.get("TRCR_SHUTDOWN_SECONDS", base.shutdown_seconds)),
        )
