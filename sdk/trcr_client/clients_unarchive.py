from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ClientFields


class ClientsUnarchive(BaseModel):
    clients_unarchive: "ClientsUnarchiveClientsUnarchive" = Field(
        alias="clientsUnarchive"
    )


class ClientsUnarchiveClientsUnarchive(BaseModel):
    result: Optional["ClientsUnarchiveClientsUnarchiveResult"]
    errors: list["ClientsUnarchiveClientsUnarchiveErrors"]


ClientsUnarchiveClientsUnarchiveResult = ClientFields


class ClientsUnarchiveClientsUnarchiveErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ClientsUnarchive.model_rebuild()
ClientsUnarchiveClientsUnarchive.model_rebuild()
