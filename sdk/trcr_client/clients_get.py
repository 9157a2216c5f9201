from pydantic import Field

from .base_model import BaseModel
from .fragments import ClientFields


class ClientsGet(BaseModel):
    clients_get: "ClientsGetClientsGet" = Field(alias="clientsGet")


ClientsGetClientsGet = ClientFields
ClientsGet.model_rebuild()
