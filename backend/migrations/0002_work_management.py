from tortoise import migrations
from tortoise.migrations import operations as ops
from backend.task_recurrences.models import RecurrenceMode
from backend.task_statuses.models import AutoAdvanceTrigger
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields


class Migration(migrations.Migration):
    dependencies = [("models", "0001_initial")]

    initial = False

    operations = [
        ops.CreateModel(
            name="Label",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "organization",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="organization_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="labels",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("name", fields.CharField(max_length=60)),
                ("name_key", fields.CharField(max_length=60)),
                ("color", fields.CharField(null=True, max_length=7)),
            ],
            options={
                "table": "labels",
                "app": "models",
                "unique_together": (("organization", "name_key"),),
                "pk_attr": "id",
            },
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="Milestone",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "organization",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="organization_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="milestones",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "project",
                    fields.ForeignKeyField(
                        "models.Project",
                        source_field="project_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="milestones",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("title", fields.CharField(max_length=200)),
                ("target_date", fields.DateField()),
                ("color", fields.CharField(null=True, max_length=7)),
                ("description", fields.TextField(null=True, unique=False)),
            ],
            options={"table": "milestones", "app": "models", "pk_attr": "id"},
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="TaskChecklistItem",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "task",
                    fields.ForeignKeyField(
                        "models.Task",
                        source_field="task_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="checklist_items",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("text", fields.CharField(max_length=500)),
                ("done", fields.BooleanField(default=False)),
                ("done_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ("position", fields.IntField()),
            ],
            options={"table": "task_checklist_items", "app": "models", "pk_attr": "id"},
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="TaskComment",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "task",
                    fields.ForeignKeyField(
                        "models.Task",
                        source_field="task_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="comments",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "author",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="author_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("body", fields.TextField(unique=False)),
                ("edited_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={"table": "task_comments", "app": "models", "pk_attr": "id"},
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="TaskCommentMention",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "comment",
                    fields.ForeignKeyField(
                        "models.TaskComment",
                        source_field="comment_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="mentions",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "user",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="user_id",
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
            ],
            options={
                "table": "task_comment_mentions",
                "app": "models",
                "unique_together": (("comment", "user"),),
                "pk_attr": "id",
                "table_description": "A user @mentioned in a comment (notifications are built on these later).",
            },
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="TaskDependency",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "organization",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="organization_id",
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "task",
                    fields.ForeignKeyField(
                        "models.Task",
                        source_field="task_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="dependencies",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "depends_on",
                    fields.ForeignKeyField(
                        "models.Task",
                        source_field="depends_on_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="dependents",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
            ],
            options={
                "table": "task_dependencies",
                "app": "models",
                "unique_together": (("task", "depends_on"),),
                "pk_attr": "id",
                "table_description": "`task` cannot be completed before `depends_on` is (depends_on blocks task).",
            },
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="TaskGroup",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "organization",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="organization_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="task_groups",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "project",
                    fields.ForeignKeyField(
                        "models.Project",
                        source_field="project_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="task_groups",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("name", fields.CharField(max_length=100)),
                ("position", fields.IntField()),
            ],
            options={"table": "task_groups", "app": "models", "pk_attr": "id"},
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="TaskLabel",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "task",
                    fields.ForeignKeyField(
                        "models.Task",
                        source_field="task_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="task_labels",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "label",
                    fields.ForeignKeyField(
                        "models.Label",
                        source_field="label_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="task_labels",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
            ],
            options={
                "table": "task_labels",
                "app": "models",
                "unique_together": (("task", "label"),),
                "pk_attr": "id",
            },
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="TaskRecurrence",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "organization",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="organization_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="task_recurrences",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "project",
                    fields.ForeignKeyField(
                        "models.Project",
                        source_field="project_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="task_recurrences",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "template_task",
                    fields.ForeignKeyField(
                        "models.Task",
                        source_field="template_task_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                (
                    "created_by",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="created_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("title", fields.CharField(max_length=500)),
                ("description", fields.TextField(null=True, unique=False)),
                ("rule", fields.CharField(max_length=500)),
                (
                    "mode",
                    fields.CharEnumField(
                        description="SCHEDULE: schedule\nAFTER_COMPLETION: after_completion",
                        enum_type=RecurrenceMode,
                        max_length=20,
                    ),
                ),
                ("starts_on", fields.DateField()),
                ("ends_on", fields.DateField(null=True)),
                ("count", fields.IntField(null=True)),
                ("timezone", fields.CharField(default="UTC", max_length=64)),
                ("paused", fields.BooleanField(default=False)),
                (
                    "next_run_at",
                    fields.DatetimeField(
                        null=True, db_index=True, auto_now=False, auto_now_add=False
                    ),
                ),
            ],
            options={"table": "task_recurrences", "app": "models", "pk_attr": "id"},
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="TaskRecurrenceOccurrence",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "recurrence",
                    fields.ForeignKeyField(
                        "models.TaskRecurrence",
                        source_field="recurrence_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="occurrences",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("occurrence_key", fields.CharField(max_length=80)),
                ("due_on", fields.DateField()),
                (
                    "task",
                    fields.ForeignKeyField(
                        "models.Task",
                        source_field="task_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
            ],
            options={
                "table": "task_recurrence_occurrences",
                "app": "models",
                "unique_together": (("recurrence", "occurrence_key"),),
                "pk_attr": "id",
            },
            bases=["Entity"],
        ),
        ops.AddField(
            model_name="Project",
            name="billable",
            field=fields.BooleanField(default=True, db_default=True),
        ),
        ops.AddField(
            model_name="Project",
            name="budget_hours",
            field=fields.DecimalField(null=True, max_digits=10, decimal_places=2),
        ),
        ops.AddField(
            model_name="Project",
            name="hourly_rate",
            field=fields.DecimalField(null=True, max_digits=12, decimal_places=2),
        ),
        ops.AddField(
            model_name="Task",
            name="estimate_minutes",
            field=fields.IntField(null=True),
        ),
        ops.AddField(
            model_name="Task",
            name="group",
            field=fields.ForeignKeyField(
                "models.TaskGroup",
                source_field="group_id",
                null=True,
                db_constraint=True,
                to_field="id",
                related_name="tasks",
                on_delete=OnDelete.SET_NULL,
            ),
        ),
        ops.AddField(
            model_name="Task",
            name="milestone",
            field=fields.ForeignKeyField(
                "models.Milestone",
                source_field="milestone_id",
                null=True,
                db_constraint=True,
                to_field="id",
                related_name="tasks",
                on_delete=OnDelete.SET_NULL,
            ),
        ),
        ops.AddField(
            model_name="Task",
            name="parent_task",
            field=fields.ForeignKeyField(
                "models.Task",
                source_field="parent_task_id",
                null=True,
                db_constraint=True,
                to_field="id",
                related_name="subtasks",
                on_delete=OnDelete.SET_NULL,
            ),
        ),
        ops.AddField(
            model_name="TaskStatus",
            name="auto_advance_on",
            field=fields.CharEnumField(
                null=True,
                description="TIMER_STARTED: timer_started\nCHECKLIST_COMPLETED: checklist_completed\nBLOCKERS_DONE: blockers_done",
                enum_type=AutoAdvanceTrigger,
                max_length=30,
            ),
        ),
        ops.AddField(
            model_name="TaskStatus",
            name="auto_advance_to",
            field=fields.ForeignKeyField(
                "models.TaskStatus",
                source_field="auto_advance_to_id",
                null=True,
                db_constraint=True,
                to_field="id",
                on_delete=OnDelete.SET_NULL,
            ),
        ),
        ops.AddField(
            model_name="TaskStatus",
            name="project",
            field=fields.ForeignKeyField(
                "models.Project",
                source_field="project_id",
                null=True,
                db_constraint=True,
                to_field="id",
                related_name="task_statuses",
                on_delete=OnDelete.CASCADE,
            ),
        ),
    ]
