from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ClientFields


class ClientsUpdate(BaseModel):
    clients_update: "ClientsUpdateClientsUpdate" = Field(alias="clientsUpdate")


class ClientsUpdateClientsUpdate(BaseModel):
    result: Optional["ClientsUpdateClientsUpdateResult"]
    errors: list["ClientsUpdateClientsUpdateErrors"]


ClientsUpdateClientsUpdateResult = ClientFields


class ClientsUpdateClientsUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ClientsUpdate.model_rebuild()
ClientsUpdateClientsUpdate.model_rebuild()
