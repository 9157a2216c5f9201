"""Audit log reads (the log has no mutations)."""

from __future__ import annotations

import strawberry

from backend.audit import service
from backend.audit.types import AuditEntry
from backend.core.fields import connection, query


@strawberry.type
class AuditQuery:
    audit_list = connection(
        service.list_entries,
        AuditEntry,
        description="The organization's audit log, newest first: every change, who made it "
        "and through which interface. Needs view_audit.",
    )
    audit_get = query(
        service.get_entry, AuditEntry, description="One audit entry with its changed fields."
    )
