"""`GET/POST /forms/{slug}` over real HTTP against `trcr serve`, without a token: missing, forged
and retired slugs, closed forms, validation messages, escaping, honeypot, rate limit, body cap."""

from __future__ import annotations

import json
import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from backend.audit.models import AuditEntry
from backend.public_forms import service
from backend.public_forms.models import PublicFormSubmission
from tests.backend.public_forms.support import contact_form
from tests.conftest import Workspace
from tests.support import Database, ServerProcess

GOOD = {"name": "Ada", "email": "ada@example.test", "message": "Hello", "consent": "on"}
RATE = 5


@pytest.fixture(scope="module")
def forms_server(
    database: Database, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    """A server with a small per-address budget for form submissions."""
    process = ServerProcess(
        database_url=database.url, env={"TRCR_FORM_RATE_LIMIT": f"{RATE}/minute"}
    )
    process.start(Path(tmp_path_factory.mktemp("forms-logs")))
    try:
        yield process
    finally:
        process.stop()


@pytest_asyncio.fixture
async def http(forms_server: ServerProcess) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=forms_server.base_url, timeout=30) as client:
        yield client


async def _count(form_id: object) -> int:
    return await PublicFormSubmission.filter(form_id=form_id).count()


async def test_the_page_is_plain_escaped_html_with_every_field_and_the_honeypot(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    form = await contact_form(workspace, "PGE", description='Say "hi" <b>bold</b>')

    page = await http.get(f"/forms/{form.slug}")

    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    html = page.text
    assert "<title>Contact &lt;us&gt;</title>" in html
    assert "Say &#34;hi&#34; &lt;b&gt;bold&lt;/b&gt;" in html
    assert "<script" not in html
    for name in ("name", "email", "message", "budget", "start", "plan", "consent", "website_url"):
        assert f'name="{name}"' in html
    assert f'action="/forms/{form.slug}"' in html


async def test_missing_forged_retired_and_closed_slugs_take_nothing(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    form = await contact_form(workspace, "SLG")
    retired = form.slug
    await service.update_form(workspace.principal(), form_id=str(form.id), new_slug=True)
    closed = await contact_form(workspace, "CLS", is_open=False)
    forged = secrets.token_urlsafe(12)

    assert (await http.get("/forms/")).status_code == 404
    assert (await http.get(f"/forms/{forged}")).status_code == 404
    assert (await http.get(f"/forms/{retired}")).status_code == 404
    assert (await http.get(f"/forms/{'x' * 500}")).status_code == 404
    assert (await http.get(f"/forms/{closed.slug}")).status_code == 410
    assert (await http.post(f"/forms/{forged}", json=GOOD)).status_code == 404
    assert (await http.post(f"/forms/{retired}", data=GOOD)).status_code == 404
    assert (await http.post(f"/forms/{closed.slug}", json=GOOD)).status_code == 410
    assert await _count(form.id) == 0 and await _count(closed.id) == 0


async def test_json_and_form_encoded_submissions_are_stored(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    form = await contact_form(workspace, "SUB")

    as_json = await http.post(f"/forms/{form.slug}", json={**GOOD, "consent": True, "budget": 12})
    as_form = await http.post(f"/forms/{form.slug}", data={**GOOD, "plan": "Pro"})

    assert as_json.status_code == 201 and as_json.json()["status"] == "received"
    assert as_form.status_code == 201 and "your answers were received" in as_form.text
    stored = await PublicFormSubmission.filter(form_id=form.id).order_by("created_at")
    assert [s.answers["budget"] for s in stored] == ["12", None]
    assert [s.answers["plan"] for s in stored] == [None, "Pro"]
    # Each submission is audited as the public form, on behalf of the form's creator.
    entries = await AuditEntry.filter(
        organization_id=workspace.organization_id, entity_id__in=[str(s.id) for s in stored]
    )
    assert sorted((e.interface, e.operation) for e in entries) == [
        ("public_form", "public_forms.submit"),
        ("public_form", "public_forms.submit"),
    ]


async def test_invalid_answers_get_a_message_per_field_and_nothing_is_reflected_raw(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    form = await contact_form(workspace, "VAL")
    evil = '"><script>alert(1)</script>'

    as_json = await http.post(f"/forms/{form.slug}", json={"name": evil, "email": "nope"})
    as_form = await http.post(f"/forms/{form.slug}", data={"name": evil, "email": "nope"})

    assert as_json.status_code == 422
    assert {e["field"]: e["message"] for e in as_json.json()["errors"]} == {
        "email": "Email: enter an email address like name@example.com.",
        "message": "Message: this field is required.",
        "consent": "I agree to be contacted: tick this box to continue.",
    }
    assert as_form.status_code == 422
    assert "<script>alert(1)</script>" not in as_form.text
    assert "&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in as_form.text  # kept, escaped
    assert "Email: enter an email address like name@example.com." in as_form.text
    assert await _count(form.id) == 0


async def test_a_filled_honeypot_looks_accepted_but_stores_nothing(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    form = await contact_form(workspace, "HNY")

    response = await http.post(f"/forms/{form.slug}", data={**GOOD, "website_url": "http://spam"})

    assert response.status_code == 201
    assert await _count(form.id) == 0


async def test_bodies_other_than_form_or_json_and_oversized_ones_are_refused(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    form = await contact_form(workspace, "BDY")

    text = await http.post(
        f"/forms/{form.slug}", content=b"name=Ada", headers={"Content-Type": "text/plain"}
    )
    broken = await http.post(
        f"/forms/{form.slug}", content=b"{nope", headers={"Content-Type": "application/json"}
    )
    huge = await http.post(
        f"/forms/{form.slug}",
        content=json.dumps({**GOOD, "message": "x" * 70_000}).encode(),
        headers={"Content-Type": "application/json"},
    )

    assert text.status_code == 400 and broken.status_code == 400
    assert huge.status_code == 413
    assert await _count(form.id) == 0


async def test_one_address_gets_a_few_submissions_per_minute(
    http: httpx.AsyncClient, workspace: Workspace
) -> None:
    form = await contact_form(workspace, "RTE")

    answers = [await http.post(f"/forms/{form.slug}", json=GOOD) for _ in range(RATE + 1)]

    assert [r.status_code for r in answers] == [201] * RATE + [429]
    assert int(answers[-1].headers["retry-after"]) >= 1
    assert await _count(form.id) == RATE
    other = await contact_form(workspace, "RTF")  # the budget is per form
    assert (await http.post(f"/forms/{other.slug}", json=GOOD)).status_code == 201
