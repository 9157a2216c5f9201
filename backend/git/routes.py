"""The webhook's HTTP face: the request in, webhooks.receive, the reply out."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from backend.git import webhooks


async def git_webhook(request: Request) -> JSONResponse:
    headers = {key.lower(): value for key, value in request.headers.items()}
    reply = await webhooks.receive(
        request.path_params["repository_id"], headers, await request.body()
    )
    return JSONResponse(reply.body, status_code=reply.status)


def webhook_route() -> Route:
    return Route("/webhooks/git/{repository_id}", git_webhook, methods=["POST"])
