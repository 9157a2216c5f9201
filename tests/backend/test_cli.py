"""The `trcr` command as a user runs it, and the checked-in schema.graphql."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import httpx

from tests.support import ROOT, ServerProcess
from trcr.cli import SCHEMA_PATH, export_schema


def trcr(*args: str, database: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "trcr.cli", "--database-url", f"sqlite://{database}", *args]
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )


def test_schema_graphql_is_the_export_of_the_code() -> None:
    assert SCHEMA_PATH.read_text() == export_schema(), (
        "schema.graphql is stale: run `trcr schema export`"
    )


def test_init_json_and_tokens_create(tmp_path: Path) -> None:
    database = tmp_path / "cli.sqlite3"
    created = trcr(
        "init", "--org-name", "Acme Inc", "--email", "Ada@Example.com", "--json", database=database
    )
    assert created.returncode == 0, created.stderr
    workspace = json.loads(created.stdout)
    assert set(workspace) == {"organization_id", "user_id", "token"}
    assert workspace["token"].startswith("trcr_pat_")

    token = trcr(
        "tokens",
        "create",
        "--email",
        "ada@example.com",
        "--org",
        "acme-inc",
        "--expires-in-days",
        "7",
        "--json",
        database=database,
    )
    assert token.returncode == 0, token.stderr
    issued = json.loads(token.stdout)
    assert issued["token"].startswith("trcr_pat_") and issued["token"] != workspace["token"]
    assert issued["expires_at"] is not None

    refused = trcr(
        "tokens", "create", "--email", "nobody@example.com", "--org", "acme-inc", database=database
    )
    assert refused.returncode == 2 and "not a member" in refused.stderr


def test_first_start_prints_a_working_token_and_the_claude_code_line(tmp_path: Path) -> None:
    server = ServerProcess(database_url=f"sqlite://{tmp_path / 'fresh.sqlite3'}")
    server.start(tmp_path)
    try:
        log = server.log()
        token = re.search(r"trcr_pat_[0-9A-Za-z]+", log)
        assert token is not None, log
        assert (
            f'claude mcp add trcr --transport http http://127.0.0.1:{server.port}/mcp --header "Authorization: Bearer {token.group(0)}"'
            in log
        )
        response = httpx.post(
            f"{server.base_url}/graphql",
            json={"query": "{ whoami { role organization { name } } }"},
            headers={"Authorization": f"Bearer {token.group(0)}"},
        )
        assert response.json()["data"]["whoami"] == {
            "role": "OWNER",
            "organization": {"name": "My workspace"},
        }
    finally:
        server.stop()
    restarted = ServerProcess(database_url=server.database_url)
    restarted.start(tmp_path)
    restarted.stop()
    assert "trcr_pat_" not in restarted.log(), "a second start must not create another workspace"


def test_init_prints_the_slug_and_refuses_a_second_organization_of_the_same_name(
    tmp_path: Path,
) -> None:
    database = tmp_path / "twice.sqlite3"
    first = trcr("init", "--org-name", "Acme", "--email", "ada@example.com", database=database)
    assert first.returncode == 0, first.stderr
    assert "created (slug acme)" in first.stdout

    again = trcr("init", "--org-name", "ACME", "--email", "bob@example.com", database=database)
    assert again.returncode == 2
    assert "already exists (slug acme)" in again.stderr
    assert "tokens create --email EMAIL --org acme" in again.stderr
    assert "--allow-duplicate-name" in again.stderr

    anyway = trcr(
        "init", "--org-name", "Acme", "--email", "bob@example.com", "--allow-duplicate-name",
        database=database,
    )  # fmt: skip
    assert anyway.returncode == 0, anyway.stderr
    assert "created (slug acme-" in anyway.stdout


def test_a_restart_says_how_to_get_a_token_again(tmp_path: Path) -> None:
    database = tmp_path / "restart.sqlite3"
    assert (
        trcr("init", "--org-name", "Acme", "--email", "a@example.com", database=database).returncode
        == 0
    )
    server = ServerProcess(database_url=f"sqlite://{database}")
    server.start(tmp_path)
    server.stop()
    assert "tokens create --email EMAIL --org acme (organizations: acme)" in server.log()


def test_init_prints_the_claude_code_line_for_the_port_given(tmp_path: Path) -> None:
    database = tmp_path / "port.sqlite3"
    done = trcr(
        "init", "--org-name", "Acme", "--email", "a@example.com", "--port", "8123",
        database=database,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    token = re.search(r"trcr_pat_[0-9A-Za-z]+", done.stdout)
    assert token is not None, done.stdout
    assert (
        "claude mcp add trcr --transport http http://127.0.0.1:8123/mcp "
        f'--header "Authorization: Bearer {token.group(0)}"'
    ) in done.stdout


def test_dev_alone_prints_its_usage_and_nothing_else() -> None:
    done = subprocess.run(
        [str(ROOT / "dev")], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0 and done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Developer entry point")
    # Every other line documents one command (or continues the one above it).
    assert all(line.startswith(("  ./dev ", "     ")) for line in lines[1:]), lines
    assert any(line.startswith("  ./dev trcr") for line in lines)
