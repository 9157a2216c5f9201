"""The attachments' HTTP face for frontends: `POST /attachments` (multipart, Bearer token) and
`GET /attachments/{id}` (Bearer token; the entity's read access). Thin: the service decides."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from backend.attachments import content, service
from backend.core.auth import bearer_token
from backend.core.errors import ErrorCode, Invalid, ServiceError, Unauthenticated
from backend.core.principal import Principal
from backend.users.authentication import authenticate

_STATUS = {
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.INVALID: 400,
    ErrorCode.CONFLICT: 409,
    ErrorCode.UNAUTHENTICATED: 401,
}


def _error(error: ServiceError) -> JSONResponse:
    headers = (
        {"WWW-Authenticate": 'Bearer realm="trcr", error="invalid_token"'}
        if error.code is ErrorCode.UNAUTHENTICATED
        else None
    )
    return JSONResponse(
        {"errors": [{"message": error.message, "code": error.code.value, "reason": error.reason}]},
        status_code=_STATUS[error.code],
        headers=headers,
    )


async def _principal(request: Request) -> Principal:
    return await authenticate(bearer_token(request.headers.get("authorization")))


async def download(request: Request) -> Response:
    try:
        principal = await _principal(request)
        attachment, data = await service.read_content(
            principal, attachment_id=request.path_params["attachment_id"]
        )
    except ServiceError as error:
        return _error(error)
    return Response(
        data,
        media_type=attachment.content_type,
        headers={
            "Content-Disposition": content.content_disposition(attachment.filename),
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "Cache-Control": "private, no-store",
        },
    )


def upload_endpoint(max_bytes: int) -> Callable[[Request], Awaitable[Response]]:
    async def upload(request: Request) -> Response:
        try:
            principal = await _principal(request)
        except Unauthenticated as error:
            return _error(error)
        try:
            form = await request.form(max_files=1, max_fields=5, max_part_size=64 * 1024)
        except Exception:  # python-multipart's parse errors, a non-multipart body
            return _error(
                Invalid(
                    "Send multipart/form-data with fields entity_type, entity_id and file.",
                    reason="BAD_MULTIPART",
                )
            )
        try:
            upload_file = form.get("file")
            entity_type, entity_id = form.get("entity_type"), form.get("entity_id")
            if (
                not isinstance(upload_file, UploadFile)
                or not isinstance(entity_type, str)
                or not isinstance(entity_id, str)
            ):
                return _error(
                    Invalid(
                        "Send multipart/form-data with fields entity_type, entity_id and file.",
                        reason="BAD_MULTIPART",
                    )
                )
            data = await upload_file.read(max_bytes + 1)
            attachment = await service.store(
                principal,
                entity_type=entity_type,
                entity_id=entity_id,
                filename=upload_file.filename or "attachment",
                data=data,
                max_bytes=max_bytes,
            )
        except ServiceError as error:
            return _error(error)
        finally:
            await form.close()
        return JSONResponse(
            {
                "id": str(attachment.id),
                "filename": attachment.filename,
                "content_type": attachment.content_type,
                "size": attachment.size,
                "sha256": attachment.sha256,
                "download_url": service.download_url(attachment.id),
            },
            status_code=201,
        )

    return upload


def download_route() -> Route:
    return Route("/attachments/{attachment_id}", download, methods=["GET"])


def upload_route(max_bytes: int) -> Route:
    return Route("/attachments", upload_endpoint(max_bytes), methods=["POST"])
