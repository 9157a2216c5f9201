from pydantic import Field

from .base_model import BaseModel
from .fragments import OrganizationFields


class OrgsGet(BaseModel):
    orgs_get: "OrgsGetOrgsGet" = Field(alias="orgsGet")


OrgsGetOrgsGet = OrganizationFields
OrgsGet.model_rebuild()
