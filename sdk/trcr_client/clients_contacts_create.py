from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ClientContactFields


class ClientsContactsCreate(BaseModel):
    clients_contacts_create: "ClientsContactsCreateClientsContactsCreate" = Field(
        alias="clientsContactsCreate"
    )


class ClientsContactsCreateClientsContactsCreate(BaseModel):
    result: Optional["ClientsContactsCreateClientsContactsCreateResult"]
    errors: list["ClientsContactsCreateClientsContactsCreateErrors"]


ClientsContactsCreateClientsContactsCreateResult = ClientContactFields


class ClientsContactsCreateClientsContactsCreateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ClientsContactsCreate.model_rebuild()
ClientsContactsCreateClientsContactsCreate.model_rebuild()
