"""The public forms' HTTP face: `GET /forms/{slug}` (a plain HTML page, no JavaScript) and
`POST /forms/{slug}` (form-encoded or JSON, no token). Thin: the service checks and stores.

Abuse protection: a per-address rate limit per form (TRCR_FORM_RATE_LIMIT, the `limits`
library), the hidden honeypot field (a filled one is answered like a success and stored
nowhere), the body cap (the route's BodySizeLimit) and autoescaped templates (jinja2).
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from limits import parse
from limits.aio.storage import MemoryStorage
from limits.aio.strategies import MovingWindowRateLimiter
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from backend.public_forms import service
from backend.public_forms.form_fields import HONEYPOT

_templates = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True
)
_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}

Endpoint = Callable[[Request], Awaitable[Response]]


def _page(status: int, **context: Any) -> HTMLResponse:
    context.setdefault("errors", {})
    context.setdefault("values", {})
    context.setdefault("fields", [])
    context.setdefault("honeypot", HONEYPOT)
    html = _templates.get_template("form.html").render(**context)
    return HTMLResponse(html, status_code=status, headers=_HEADERS)


def _form_page(form: Any, request: Request, status: int = 200, **context: Any) -> HTMLResponse:
    return _page(
        status,
        title=form.title,
        description=form.description,
        fields=[f.as_json() for f in service.fields_of(form)],
        action=request.url.path,
        state="form",
        **context,
    )


def _wants_json(request: Request) -> bool:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    return content_type == "application/json"


async def show(request: Request) -> Response:
    form = await service.open_form(request.path_params["slug"])
    if form is None:
        return _page(404, title="Form not found", state="missing")
    if not form.is_open:
        return _page(410, title=form.title, state="closed")
    return _form_page(form, request)


def submit_endpoint(rate: str) -> Endpoint:
    item = None if rate.strip().lower() in {"", "off", "0", "none"} else parse(rate)
    limiter = MovingWindowRateLimiter(MemoryStorage())

    async def submit(request: Request) -> Response:
        slug = request.path_params["slug"]
        as_json = _wants_json(request)
        if item is not None:
            key = f"form:{slug}:{request.client.host if request.client else 'unknown'}"
            if not await limiter.hit(item, key):
                stats = await limiter.get_window_stats(item, key)
                retry = max(1, math.ceil(stats.reset_time - time.time()))
                message = f"Too many submissions from your address; try again in {retry} seconds."
                headers = {"Retry-After": str(retry)}
                if as_json:
                    return JSONResponse({"error": message}, status_code=429, headers=headers)
                page = _page(429, title="Please wait", state="closed")
                page.headers.update(headers)
                return page
        form = await service.open_form(slug)
        if form is None:
            if as_json:
                return JSONResponse({"error": "There is no form at this address."}, status_code=404)
            return _page(404, title="Form not found", state="missing")
        if not form.is_open:
            if as_json:
                return JSONResponse({"error": "This form is closed."}, status_code=410)
            return _page(410, title=form.title, state="closed")
        raw = await _answers(request, as_json)
        if raw is None:
            message = "Send the answers form-encoded or as a JSON object."
            if as_json:
                return JSONResponse({"error": message}, status_code=400)
            return _form_page(form, request, 400, errors={"_": message})
        checked, submission = await service.submit(form, raw)
        if checked.errors:
            if as_json:
                errors = [{"field": k, "message": v} for k, v in checked.errors.items()]
                return JSONResponse({"errors": errors}, status_code=422)
            values = {k: v for k, v in raw.items() if isinstance(v, str | bool)}
            return _form_page(form, request, 422, errors=checked.errors, values=values)
        if as_json:
            body: dict[str, Any] = {"status": "received"}
            if submission is not None:
                body["id"] = str(submission.id)
            return JSONResponse(body, status_code=201)
        return _page(201, title=form.title, state="thanks")

    return submit


async def _answers(request: Request, as_json: bool) -> dict[str, object] | None:
    if as_json:
        try:
            data = json.loads(await request.body())
        except ValueError:
            return None
        return data if isinstance(data, dict) else None
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        return None
    try:
        form = await request.form(max_files=0, max_fields=200, max_part_size=64 * 1024)
    except Exception:  # python-multipart's parse errors
        return None
    try:
        return {key: value for key, value in form.multi_items() if isinstance(value, str)}
    finally:
        await form.close()


def routes(rate: str) -> tuple[Route, Route]:
    return (
        Route("/forms/{slug}", show, methods=["GET"]),
        Route("/forms/{slug}", submit_endpoint(rate), methods=["POST"]),
    )
