"""One masking rule for every interface: expected errors keep their message, others get a request id."""

from __future__ import annotations

import logging
import uuid

from graphql import GraphQLError

from backend.core.errors import ServiceError
from backend.core.interfaces import current_request_id

logger = logging.getLogger("trcr.errors")


def mask_error(error: GraphQLError) -> GraphQLError:
    original = error.original_error
    if isinstance(original, ServiceError):
        return GraphQLError(
            original.message,
            nodes=error.nodes,
            path=error.path,
            extensions={
                "code": original.code.value,
                "field": original.field,
                "reason": original.reason,
            },
        )
    if original is None:
        # graphql-core's own errors (syntax, validation, variables) describe the caller's document.
        return error
    # The request's own id when an entry point set one (the audit log carries the same id).
    request_id = current_request_id() or uuid.uuid4().hex[:16]
    logger.error("Unexpected error, request id %s", request_id, exc_info=original)
    return GraphQLError(
        f"Unexpected error. Request id: {request_id}",
        nodes=error.nodes,
        path=error.path,
        extensions={"code": "INTERNAL", "request_id": request_id},
    )


def mask_errors(errors: list[GraphQLError]) -> list[GraphQLError]:
    return [mask_error(error) for error in errors]
