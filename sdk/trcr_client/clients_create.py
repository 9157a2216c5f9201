from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ClientFields


class ClientsCreate(BaseModel):
    clients_create: "ClientsCreateClientsCreate" = Field(alias="clientsCreate")


class ClientsCreateClientsCreate(BaseModel):
    result: Optional["ClientsCreateClientsCreateResult"]
    errors: list["ClientsCreateClientsCreateErrors"]


ClientsCreateClientsCreateResult = ClientFields


class ClientsCreateClientsCreateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ClientsCreate.model_rebuild()
ClientsCreateClientsCreate.model_rebuild()
