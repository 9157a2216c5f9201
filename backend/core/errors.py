"""Expected failures of the service layer: a code, the field at fault, and what to do about it."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    NOT_FOUND = "NOT_FOUND"
    FORBIDDEN = "FORBIDDEN"
    INVALID = "INVALID"
    CONFLICT = "CONFLICT"
    UNAUTHENTICATED = "UNAUTHENTICATED"


class ServiceError(Exception):
    """A failure the caller can act on. Its message is shown to users and assistants as is.

    `reason` is the machine-readable cause beside the code (`NAME_TAKEN`, `DEPENDENCY_CYCLE`), so
    clients branch on it instead of parsing messages; it defaults to the code itself. A reason is
    an UPPER_SNAKE_CASE string that the raising domain names; once published it never changes.
    """

    code: ErrorCode = ErrorCode.INVALID

    def __init__(
        self, message: str, *, field: str | None = None, reason: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.reason = reason or self.code.value


class NotFound(ServiceError):
    code = ErrorCode.NOT_FOUND

    @classmethod
    def entity(cls, entity: str, entity_id: object, *, field: str | None = None) -> NotFound:
        return cls(
            f"No {entity} with id {entity_id!s} exists in this organization. "
            f"Check the id, or list {entity}s to find the right one.",
            field=field,
        )


class Forbidden(ServiceError):
    code = ErrorCode.FORBIDDEN


class Invalid(ServiceError):
    code = ErrorCode.INVALID


class Conflict(ServiceError):
    code = ErrorCode.CONFLICT


class Unauthenticated(ServiceError):
    code = ErrorCode.UNAUTHENTICATED
