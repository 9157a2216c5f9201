from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import OrganizationTokenFields


class OrgsTokensRevoke(BaseModel):
    orgs_tokens_revoke: "OrgsTokensRevokeOrgsTokensRevoke" = Field(
        alias="orgsTokensRevoke"
    )


class OrgsTokensRevokeOrgsTokensRevoke(BaseModel):
    result: Optional["OrgsTokensRevokeOrgsTokensRevokeResult"]
    errors: list["OrgsTokensRevokeOrgsTokensRevokeErrors"]


OrgsTokensRevokeOrgsTokensRevokeResult = OrganizationTokenFields


class OrgsTokensRevokeOrgsTokensRevokeErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


OrgsTokensRevoke.model_rebuild()
OrgsTokensRevokeOrgsTokensRevoke.model_rebuild()
