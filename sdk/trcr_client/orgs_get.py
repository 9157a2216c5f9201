from datetime import datetime

from pydantic import Field

from .base_model import BaseModel


class OrgsGet(BaseModel):
    orgs_get: "OrgsGetOrgsGet" = Field(alias="orgsGet")


class OrgsGetOrgsGet(BaseModel):
    id: str
    name: str
    slug: str
    created_at: datetime = Field(alias="createdAt")


OrgsGet.model_rebuild()
