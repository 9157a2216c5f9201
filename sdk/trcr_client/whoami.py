from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import Permission, Role


class Whoami(BaseModel):
    whoami: "WhoamiWhoami"


class WhoamiWhoami(BaseModel):
    user: "WhoamiWhoamiUser"
    organization: "WhoamiWhoamiOrganization"
    role: Role
    permissions: list[Permission]
    token_name: Optional[str] = Field(alias="tokenName")
    token_expires_at: Optional[datetime] = Field(alias="tokenExpiresAt")
    token_read_only: bool = Field(alias="tokenReadOnly")


class WhoamiWhoamiUser(BaseModel):
    id: str
    name: str
    email: Optional[str]


class WhoamiWhoamiOrganization(BaseModel):
    id: str
    name: str
    slug: str
    created_at: datetime = Field(alias="createdAt")


Whoami.model_rebuild()
WhoamiWhoami.model_rebuild()
