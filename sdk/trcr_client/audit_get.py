from pydantic import Field

from .base_model import BaseModel
from .fragments import AuditEntryFields


class AuditGet(BaseModel):
    audit_get: "AuditGetAuditGet" = Field(alias="auditGet")


AuditGetAuditGet = AuditEntryFields
AuditGet.model_rebuild()
