"""GraphQL types of recurring task rules and their occurrences."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from backend.core.arguments import Bounds
from backend.core.fields import bounded_field, register_input
from backend.core.resolvers import AppInfo
from backend.core.rows import FromRow, from_row
from backend.task_recurrences import models, rules
from backend.task_recurrences.models import RecurrenceMode as RecurrenceModeValue
from backend.task_recurrences.rules import Frequency as FrequencyValue
from backend.task_recurrences.rules import Weekday as WeekdayValue
from backend.tasks.loaders import tasks_by_id
from backend.tasks.types import Task

strawberry.enum(
    RecurrenceModeValue,
    name="RecurrenceMode",
    description=(
        "schedule: a task on each of the rule's dates; after_completion: the next task is due "
        "`interval` units of `frequency` after the previous one is completed."
    ),
)
RecurrenceMode = RecurrenceModeValue
strawberry.enum(FrequencyValue, name="RecurrenceFrequency", description="The rule's unit.")
Frequency = FrequencyValue
strawberry.enum(WeekdayValue, name="Weekday", description="A day of the week, MO to SU.")
Weekday = WeekdayValue


@strawberry.input(description="Which dates a task recurs on.")
class RecurrenceRuleInput:
    frequency: Frequency = strawberry.field(description="DAILY, WEEKLY, MONTHLY or YEARLY.")
    interval: int = strawberry.field(
        default=1, description="Every `interval` days/weeks/months/years; 2 = every other."
    )
    weekdays: list[Weekday] | None = bounded_field(
        Bounds(max_items=len(WeekdayValue)),
        default=None,
        description="WEEKLY: the days (default: starts_on's day). MONTHLY/YEARLY with nth: one day.",
    )
    month_day: int | None = strawberry.field(
        default=None,
        description=(
            "MONTHLY/YEARLY: day 1 to 31, or -1 for the last day. 29 to 31 fall on the last day "
            "of shorter months. Default: starts_on's day."
        ),
    )
    nth: int | None = strawberry.field(
        default=None,
        description="With one weekday: 1 to 5, or -1 for the last, e.g. nth=2, weekdays=[TU].",
    )
    month: int | None = strawberry.field(
        default=None, description="YEARLY: month 1 to 12 (default: starts_on's month)."
    )

    def to_rule(self) -> rules.Rule:
        return rules.Rule(
            frequency=self.frequency,
            interval=self.interval,
            weekdays=tuple(self.weekdays or ()),
            month_day=self.month_day,
            nth=self.nth,
            month=self.month,
        )


register_input(rules.Rule, RecurrenceRuleInput, RecurrenceRuleInput.to_rule)


@strawberry.type(description="Which dates a task recurs on.")
class RecurrenceRule:
    frequency: Frequency
    interval: int
    weekdays: list[Weekday]
    month_day: int | None
    nth: int | None
    month: int | None
    rrule: str = strawberry.field(description="The same rule as RFC 5545 RRULE text.")

    @classmethod
    def from_text(cls, text: str) -> RecurrenceRule:
        rule = rules.Rule.parse(text)
        return cls(
            frequency=rule.frequency,
            interval=rule.interval,
            weekdays=list(rule.weekdays),
            month_day=rule.month_day,
            nth=rule.nth,
            month=rule.month,
            rrule=text,
        )


@strawberry.type(description="A rule that creates a task on a schedule or after completion.")
class TaskRecurrence:
    id: strawberry.ID
    project_id: strawberry.ID
    template_task_id: strawberry.ID | None
    title: str
    description: str | None
    rule: RecurrenceRule
    mode: RecurrenceMode
    starts_on: date
    ends_on: date | None
    count: int | None = strawberry.field(description="Ends after this many occurrences.")
    timezone: str = strawberry.field(description="IANA time zone that decides what 'today' is.")
    paused: bool
    next_run_at: datetime | None = strawberry.field(
        description="When the scheduler next looks at the rule; null once paused or ended."
    )
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_model(cls, row: models.TaskRecurrence) -> TaskRecurrence:
        return from_row(cls, row, rule=RecurrenceRule.from_text(row.rule))


@strawberry.type(description="A task a recurrence rule created.")
class TaskRecurrenceOccurrence(FromRow):
    id: strawberry.ID
    recurrence_id: strawberry.ID
    occurrence_key: str = strawberry.field(
        description="The rule's date, or after:<task id> for after-completion rules."
    )
    due_on: date
    task_id: strawberry.ID | None = strawberry.field(description="Null if the task was deleted.")
    created_at: datetime

    @strawberry.field(description="The task created, if it still exists.")
    async def task(self, info: AppInfo) -> Task | None:
        if self.task_id is None:
            return None
        row = await info.context.loaders.get(tasks_by_id).load(str(self.task_id))
        return None if row is None else Task.from_model(row)
