from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ClientFields


class ClientsDelete(BaseModel):
    clients_delete: "ClientsDeleteClientsDelete" = Field(alias="clientsDelete")


class ClientsDeleteClientsDelete(BaseModel):
    result: Optional["ClientsDeleteClientsDeleteResult"]
    errors: list["ClientsDeleteClientsDeleteErrors"]


ClientsDeleteClientsDeleteResult = ClientFields


class ClientsDeleteClientsDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ClientsDelete.model_rebuild()
ClientsDeleteClientsDelete.model_rebuild()
