"""The `trcr` command: serve, init, tokens create/list/revoke, invitations accept, migrate,
schema export."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from backend import commit_hooks
from backend.core import db
from backend.core.errors import ServiceError
from backend.core.interfaces import Interface, via
from backend.settings import Settings

T = TypeVar("T")

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema.graphql"


def export_schema() -> str:
    from backend.schema import schema

    return schema.as_str() + "\n"


async def _with_db(
    settings: Settings, work: Callable[[], Awaitable[T]], *, command: str | None = None
) -> T:
    await db.migrate(settings.database_url)
    await db.init(settings.database_url)
    try:
        # Changes a command makes are audited as coming through the CLI, under its name.
        with via(Interface.CLI, operation=command):
            return await work()
    finally:
        await db.close()


def _client_setup_line(settings: Settings, token: str) -> str:
    return f'claude mcp add trcr --transport http {settings.mcp_url} --header "Authorization: Bearer {token}"'


def _tokens_hint(slugs: Sequence[str]) -> str:
    org = slugs[0] if len(slugs) == 1 else "SLUG"
    known = f" (organizations: {', '.join(slugs)})" if slugs else ""
    return (
        "Tokens are shown once. To get a new one: "
        f"./dev trcr tokens create --email EMAIL --org {org}{known}"
    )


async def _first_start_workspace(settings: Settings) -> str | list[str]:
    """On an empty embedded database, create a workspace so a newcomer can act at once; the
    token, or else the existing organizations' slugs (for the hint on getting a token)."""
    from backend.orgs.models import Organization
    from backend.orgs.service import create_workspace, organization_slugs

    if db.is_postgres(settings.database_url) or await Organization.exists():
        return await organization_slugs()
    workspace = await create_workspace(
        org_name="My workspace", email="owner@localhost", name="Owner"
    )
    return workspace.token


def cmd_serve(settings: Settings, _args: argparse.Namespace) -> int:
    import uvicorn

    from trcr.app import create_app

    token = asyncio.run(
        _with_db(settings, lambda: _first_start_workspace(settings), command="serve")
    )
    if isinstance(token, str):
        print("Created a workspace on the empty database. Your Personal Access Token (shown once):")
        print(f"\n    {token}\n")
        print("Connect Claude Code to this server:")
        print(f"\n    {_client_setup_line(settings, token)}\n", flush=True)
    else:
        print(_tokens_hint(token), flush=True)
    print(
        f"GraphQL: http://{settings.host}:{settings.port}/graphql   MCP: {settings.mcp_url}",
        flush=True,
    )
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level="info",
        # WebSocket messages obey the request body cap, refused (1009) before they are buffered.
        ws_max_size=settings.max_body_bytes,
        ws_per_message_deflate=settings.ws_compression,
    )
    return 0


def cmd_init(settings: Settings, args: argparse.Namespace) -> int:
    from backend.orgs.service import create_workspace, find_by_name

    async def work() -> tuple[Any, str]:
        twin = await find_by_name(args.org_name)
        if twin is not None and not args.allow_duplicate_name:
            raise ServiceError(
                f"An organization named '{twin.name}' already exists (slug {twin.slug}). For a "
                f"token in it: trcr tokens create --email EMAIL --org {twin.slug}. To create "
                "another organization with the same name anyway, add --allow-duplicate-name.",
                field="org_name",
            )
        workspace = await create_workspace(org_name=args.org_name, email=args.email, name=args.name)
        from backend.orgs.models import Organization

        slug = (await Organization.get(id=workspace.organization_id)).slug
        return workspace, slug

    workspace, slug = asyncio.run(_with_db(settings, work, command="init"))
    if args.json:
        print(
            json.dumps(
                {
                    "organization_id": workspace.organization_id,
                    "user_id": workspace.user_id,
                    "token": workspace.token,
                }
            )
        )
    else:
        print(f"Organization '{args.org_name}' created (slug {slug}); owner {args.email}.")
        print(f"Personal Access Token (shown once): {workspace.token}")
        print(f"Connect Claude Code to the server at {settings.mcp_url} (--port, --host or")
        print("TRCR_PUBLIC_URL give another address):")
        print(_client_setup_line(settings, workspace.token))
    return 0


def cmd_tokens_create(settings: Settings, args: argparse.Namespace) -> int:
    async def work() -> dict[str, Any]:
        from backend.members.service import is_member
        from backend.orgs.service import find_organization
        from backend.users.models import User
        from backend.users.service import issue_token, normalize_email

        organization = await find_organization(args.org)
        user = await User.get_or_none(email=normalize_email(args.email))
        if user is None or not await is_member(
            organization_id=str(organization.id), user_id=user.id
        ):
            raise ServiceError(f"{args.email} is not a member of {args.org}.", field="email")
        from backend.core.principal import Principal
        from backend.core.unit_of_work import unit_of_work
        from backend.members.service import role_of
        from backend.users.events import TokenEvent

        role = await role_of(organization_id=organization.id, user_id=user.id)
        assert role is not None  # checked just above
        acting = Principal(user_id=str(user.id), organization_id=str(organization.id), role=role)
        # A unit of work like any change: the audit log records it (interface cli).
        async with unit_of_work(acting) as uow:
            record, plaintext = await issue_token(
                user_id=user.id,
                organization_id=organization.id,
                name=args.name,
                expires_in_days=args.expires_in_days,
            )
            uow.record(TokenEvent.CREATED, record.id)
        return {
            "token_id": str(record.id),
            "token": plaintext,
            "expires_at": record.expires_at and record.expires_at.isoformat(),
        }

    result = asyncio.run(_with_db(settings, work, command="tokens create"))
    print(
        json.dumps(result)
        if args.json
        else f"Personal Access Token (shown once): {result['token']}"
    )
    return 0


def cmd_tokens_list(settings: Settings, args: argparse.Namespace) -> int:
    """The organization's tokens (never a secret), as orgs_tokens_list shows them to admins."""

    async def work() -> list[dict[str, Any]]:
        from backend.orgs.service import find_organization
        from backend.users.models import PersonalAccessToken, User
        from backend.users.service import normalize_email

        organization = await find_organization(args.org)
        query = PersonalAccessToken.filter(organization_id=organization.id)
        if args.email:
            user = await User.get_or_none(email=normalize_email(args.email))
            query = query.filter(user_id=None if user is None else user.id)
        if not args.include_revoked:
            query = query.filter(revoked_at__isnull=True)
        records = await query.order_by("created_at").prefetch_related("user")
        return [
            {
                "token_id": str(record.id),
                "owner": record.user.email,
                "name": record.name,
                "prefix": record.prefix,
                "created_at": record.created_at.isoformat(),
                "last_used_at": record.last_used_at and record.last_used_at.isoformat(),
                "expires_at": record.expires_at and record.expires_at.isoformat(),
                "revoked_at": record.revoked_at and record.revoked_at.isoformat(),
                "read_only": record.read_only,
            }
            for record in records
        ]

    rows = asyncio.run(_with_db(settings, work))
    if args.json:
        print(json.dumps(rows))
        return 0
    if not rows:
        print("No tokens.")
    for row in rows:
        flags = [
            "read-only" if row["read_only"] else "read-write",
            f"expires {row['expires_at']}" if row["expires_at"] else "never expires",
            f"last used {row['last_used_at']}" if row["last_used_at"] else "never used",
        ]
        if row["revoked_at"]:
            flags.append(f"revoked {row['revoked_at']}")
        print(
            f"{row['token_id']}  {row['prefix']}…  {row['owner']}  '{row['name']}'  "
            + ", ".join(flags)
        )
    return 0


def cmd_tokens_revoke(settings: Settings, args: argparse.Namespace) -> int:
    """Revoke a token by id; it stops working at once (sockets close on the next check)."""

    async def work() -> dict[str, Any]:
        from backend.core.ids import parse_id
        from backend.core.permissions import Role
        from backend.core.principal import Principal
        from backend.members.service import role_of
        from backend.users.models import PersonalAccessToken
        from backend.users.service import revoke

        record = await PersonalAccessToken.get_or_none(
            id=parse_id(args.token_id, entity="token", field="token_id")
        )
        if record is None:
            raise ServiceError(
                f"No token with id {args.token_id}. `trcr tokens list --org SLUG` lists them.",
                field="token_id",
            )
        # Shell access on the server acts for the token's owner; the change is theirs.
        role = await role_of(organization_id=record.organization_id, user_id=record.user_id)
        owner = Principal(
            user_id=str(record.user_id),
            organization_id=str(record.organization_id),
            role=role or Role.GUEST,
        )
        already = record.revoked_at is not None
        await revoke(owner, record)
        return {
            "token_id": str(record.id),
            "revoked_at": record.revoked_at and record.revoked_at.isoformat(),
            "already_revoked": already,
        }

    result = asyncio.run(_with_db(settings, work))
    if args.json:
        print(json.dumps(result))
    elif result["already_revoked"]:
        print(f"Token {result['token_id']} was already revoked at {result['revoked_at']}.")
    else:
        print(f"Token {result['token_id']} revoked; it no longer works.")
    return 0


ACCEPT_MUTATION = """
mutation($secret: String!, $name: String!) {
  membersInvitationsAccept(secret: $secret, name: $name) {
    result { organizationId userId role token { plaintext token { id expiresAt } } }
    errors { code field message reason }
  }
}"""


def _accept_over_http(server: str, secret: str, name: str) -> dict[str, Any]:
    import httpx

    response = httpx.post(
        f"{server.rstrip('/')}/graphql",
        json={"query": ACCEPT_MUTATION, "variables": {"secret": secret, "name": name}},
        timeout=30,
    )
    body = response.json()
    if response.status_code != 200 or body.get("errors"):
        messages = (
            "; ".join(e.get("message", "") for e in body.get("errors") or []) or response.text
        )
        raise ServiceError(f"The server refused the request ({response.status_code}): {messages}")
    payload = body["data"]["membersInvitationsAccept"]
    if payload["errors"]:
        raise ServiceError(" ".join(error["message"] for error in payload["errors"]))
    result = payload["result"]
    return {
        "organization_id": result["organizationId"],
        "user_id": result["userId"],
        "role": result["role"].lower(),
        "token": result["token"]["plaintext"],
        "expires_at": result["token"]["token"]["expiresAt"],
    }


def cmd_invitations_accept(settings: Settings, args: argparse.Namespace) -> int:
    """Accept an invitation with the secret from its mail: on a server (--server URL, as an
    invitee does) or directly on the database (shell access on the server)."""
    if args.server:
        result = _accept_over_http(args.server, args.secret, args.name)
    else:

        async def work() -> dict[str, Any]:
            from backend.members.invitations import accept_invitation

            accepted = await accept_invitation(secret=args.secret, name=args.name)
            return {
                "organization_id": str(accepted.membership.organization_id),
                "user_id": str(accepted.membership.user_id),
                "role": str(accepted.membership.role),
                "token": accepted.plaintext,
                "expires_at": accepted.token.expires_at and accepted.token.expires_at.isoformat(),
            }

        result = asyncio.run(_with_db(settings, work))
    if args.json:
        print(json.dumps(result))
    else:
        print(f"You joined the organization as {result['role']}.")
        print(f"Personal Access Token (shown once): {result['token']}")
    return 0


def cmd_migrate(settings: Settings, _args: argparse.Namespace) -> int:
    asyncio.run(db.migrate(settings.database_url))
    print("Migrations applied.")
    return 0


def cmd_schema_export(_settings: Settings, args: argparse.Namespace) -> int:
    Path(args.output).write_text(export_schema())
    print(f"Wrote {args.output}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trcr", description="TRCR workspace backend")
    parser.add_argument(
        "--database-url", help="overrides TRCR_DATABASE_URL (default: SQLite file ./trcr.sqlite3)"
    )
    parser.add_argument(
        "--broker-url", help="overrides TRCR_BROKER_URL (memory://, redis://…, postgres://…)"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the server")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--allowed-hosts", help="comma-separated Host patterns")
    serve.add_argument("--allowed-origins", help="comma-separated browser origins")
    serve.set_defaults(run=cmd_serve)

    init = commands.add_parser("init", help="create an organization, its owner and a token")
    init.add_argument("--org-name", required=True)
    init.add_argument("--email", required=True)
    init.add_argument("--name")
    init.add_argument("--json", action="store_true")
    # The printed client line names the server's address: give the serve flags used there.
    init.add_argument("--host", help="the host the server runs on (for the printed client line)")
    init.add_argument("--port", type=int, help="the port the server runs on (likewise)")
    init.add_argument(
        "--allow-duplicate-name",
        action="store_true",
        help="create the organization even if one with this name exists",
    )
    init.set_defaults(run=cmd_init)

    tokens = commands.add_parser("tokens", help="Personal Access Tokens").add_subparsers(
        dest="tokens_command", required=True
    )
    create = tokens.add_parser("create", help="create a token for a member")
    create.add_argument("--email", required=True)
    create.add_argument("--org", required=True, help="organization slug")
    create.add_argument("--name", default="CLI token")
    create.add_argument("--expires-in-days", type=int)
    create.add_argument("--json", action="store_true")
    create.set_defaults(run=cmd_tokens_create)
    listing = tokens.add_parser("list", help="list an organization's tokens (never secrets)")
    listing.add_argument("--org", required=True, help="organization slug")
    listing.add_argument("--email", help="only this member's tokens")
    listing.add_argument("--include-revoked", action="store_true")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=cmd_tokens_list)
    revoke = tokens.add_parser("revoke", help="revoke a token by id (from tokens list)")
    revoke.add_argument("--token-id", required=True)
    revoke.add_argument("--json", action="store_true")
    revoke.set_defaults(run=cmd_tokens_revoke)

    invitations = commands.add_parser("invitations", help="invitations").add_subparsers(
        dest="invitations_command", required=True
    )
    accept = invitations.add_parser(
        "accept", help="accept an invitation with the secret from its mail"
    )
    accept.add_argument("--secret", required=True)
    accept.add_argument("--name", required=True, help="your name, as colleagues will see it")
    accept.add_argument(
        "--server",
        help="the server's address (e.g. https://trcr.example.com); without it, the database",
    )
    accept.add_argument("--json", action="store_true")
    accept.set_defaults(run=cmd_invitations_accept)

    migrate = commands.add_parser("migrate", help="apply database migrations")
    migrate.set_defaults(run=cmd_migrate)

    schema = commands.add_parser("schema", help="GraphQL schema").add_subparsers(
        dest="schema_command", required=True
    )
    export = schema.add_parser("export", help="write the SDL")
    export.add_argument("--output", default=str(SCHEMA_PATH))
    export.set_defaults(run=cmd_schema_export)
    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    settings = Settings.from_env()
    overrides: dict[str, Any] = {}
    for name in ("database_url", "broker_url", "host", "port"):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = value
    for name in ("allowed_hosts", "allowed_origins"):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = tuple(v.strip() for v in value.split(",") if v.strip())
    return replace(settings, **overrides)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    commit_hooks.install()
    try:
        return int(args.run(settings_from(args), args))
    except ServiceError as error:
        print(f"error: {error.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
