from decimal import Decimal
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import DiscountKind, FormFieldKind, RecurrenceFrequency, Weekday


class DiscountInput(BaseModel):
    """An invoice discount, applied before tax."""

    kind: DiscountKind
    "PERCENT or AMOUNT."
    value: Decimal
    "The percent (0 to 100) or the amount in the invoice's currency."


class FormFieldInput(BaseModel):
    """One field of a public form."""

    name: str
    "The answer's key: 1 to 40 of a-z, 0-9 and _, starting with a letter."
    label: str
    "What the page shows beside the field."
    kind: FormFieldKind
    "What the field takes."
    required: bool = False
    "Whether it must be filled."
    options: Optional[list[str]] = None
    "A select's choices, 1 to 50."


class RecurrenceRuleInput(BaseModel):
    """Which dates a task recurs on."""

    frequency: RecurrenceFrequency
    "DAILY, WEEKLY, MONTHLY or YEARLY."
    interval: int = 1
    "Every `interval` days/weeks/months/years; 2 = every other."
    weekdays: Optional[list[Weekday]] = None
    "WEEKLY: the days (default: starts_on's day). MONTHLY/YEARLY with nth: one day. At most 7 items."
    month_day: Optional[int] = Field(alias="monthDay", default=None)
    "MONTHLY/YEARLY: day 1 to 31, or -1 for the last day. 29 to 31 fall on the last day of shorter months. Default: starts_on's day."
    nth: Optional[int] = None
    "With one weekday: 1 to 5, or -1 for the last, e.g. nth=2, weekdays=[TU]."
    month: Optional[int] = None
    "YEARLY: month 1 to 12 (default: starts_on's month)."
