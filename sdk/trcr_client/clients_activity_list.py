from datetime import datetime
from decimal import Decimal
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ClientActivityKind


class ClientsActivityList(BaseModel):
    clients_activity_list: "ClientsActivityListClientsActivityList" = Field(
        alias="clientsActivityList"
    )


class ClientsActivityListClientsActivityList(BaseModel):
    items: list["ClientsActivityListClientsActivityListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


class ClientsActivityListClientsActivityListItems(BaseModel):
    kind: ClientActivityKind
    occurred_at: datetime = Field(alias="occurredAt")
    summary: str
    entity_id: str = Field(alias="entityId")
    actor_id: Optional[str] = Field(alias="actorId")
    project_id: Optional[str] = Field(alias="projectId")
    invoice_id: Optional[str] = Field(alias="invoiceId")
    payment_id: Optional[str] = Field(alias="paymentId")
    note_id: Optional[str] = Field(alias="noteId")
    amount: Optional[Decimal]
    currency: Optional[str]


ClientsActivityList.model_rebuild()
ClientsActivityListClientsActivityList.model_rebuild()
