"""`GET /invoices/{id}.pdf`: the invoice's PDF for a Bearer PAT, under the rules of invoices_get
(manage_billing; another organization's invoice is not found)."""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import Response

from backend.core.auth import bearer_token
from backend.core.errors import ErrorCode, ServiceError, Unauthenticated
from backend.invoices import service
from backend.users.authentication import authenticate

_STATUS = {
    ErrorCode.UNAUTHENTICATED: 401,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.INVALID: 400,
    ErrorCode.CONFLICT: 409,
}


def _error(error: ServiceError) -> Response:
    headers = {}
    if isinstance(error, Unauthenticated):
        headers["WWW-Authenticate"] = 'Bearer realm="trcr", error="invalid_token"'
    body = {"errors": [{"message": error.message, "extensions": {"code": error.code.value}}]}
    return Response(
        json.dumps(body),
        status_code=_STATUS[error.code],
        media_type="application/json",
        headers=headers,
    )


async def invoice_pdf(request: Request) -> Response:
    try:
        principal = await authenticate(bearer_token(request.headers.get("authorization")))
        invoice, pdf = await service.invoice_pdf(
            principal, invoice_id=request.path_params["invoice_id"]
        )
    except ServiceError as error:
        return _error(error)
    filename = f"{invoice.number or f'draft-{invoice.id}'}.pdf"
    return Response(
        pdf,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'inline; filename="{filename}"',
            "Cache-Control": "private, no-store",
        },
    )
