from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import AuditEntryFields


class AuditList(BaseModel):
    audit_list: "AuditListAuditList" = Field(alias="auditList")


class AuditListAuditList(BaseModel):
    items: list["AuditListAuditListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


AuditListAuditListItems = AuditEntryFields
AuditList.model_rebuild()
AuditListAuditList.model_rebuild()
