from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import PaymentFields


class PaymentsList(BaseModel):
    payments_list: "PaymentsListPaymentsList" = Field(alias="paymentsList")


class PaymentsListPaymentsList(BaseModel):
    items: list["PaymentsListPaymentsListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


PaymentsListPaymentsListItems = PaymentFields
PaymentsList.model_rebuild()
PaymentsListPaymentsList.model_rebuild()
