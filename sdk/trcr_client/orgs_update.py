from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import OrganizationFields


class OrgsUpdate(BaseModel):
    orgs_update: "OrgsUpdateOrgsUpdate" = Field(alias="orgsUpdate")


class OrgsUpdateOrgsUpdate(BaseModel):
    result: Optional["OrgsUpdateOrgsUpdateResult"]
    errors: list["OrgsUpdateOrgsUpdateErrors"]


OrgsUpdateOrgsUpdateResult = OrganizationFields


class OrgsUpdateOrgsUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


OrgsUpdate.model_rebuild()
OrgsUpdateOrgsUpdate.model_rebuild()
