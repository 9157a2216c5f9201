from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.indexes import Index


class Migration(migrations.Migration):
    dependencies = [("models", "0013_money_places")]

    initial = False

    operations = [
        ops.RemoveIndex(
            model_name="Attachment",
            name=None,
            fields=["organization_id", "entity_type", "entity_id"],
        ),
        ops.AddIndex(
            model_name="Attachment",
            index=Index(fields=["organization_id", "entity_type", "entity_id", "created_at", "id"]),
        ),
        ops.RemoveIndex(
            model_name="AuditEntry",
            name=None,
            fields=["organization_id", "entity_type", "entity_id"],
        ),
        ops.RemoveIndex(
            model_name="AuditEntry",
            name=None,
            fields=["organization_id", "actor_id"],
        ),
        ops.AddIndex(
            model_name="AuditEntry",
            index=Index(
                fields=["organization_id", "entity_type", "entity_id", "occurred_at", "id"]
            ),
        ),
        ops.AddIndex(
            model_name="AuditEntry",
            index=Index(fields=["organization_id", "actor_id", "occurred_at", "id"]),
        ),
        ops.AddIndex(
            model_name="ChatChannelMember",
            index=Index(fields=["channel_id", "created_at", "id"]),
        ),
        ops.RemoveIndex(
            model_name="ClientContact",
            name=None,
            fields=["client_id"],
        ),
        ops.AddIndex(
            model_name="ClientContact",
            index=Index(fields=["client_id", "created_at", "id"]),
        ),
        ops.AddIndex(
            model_name="GitCommit",
            index=Index(fields=["repository_id", "committed_at", "id"]),
        ),
        ops.AddIndex(
            model_name="GitRepository",
            index=Index(fields=["organization_id", "created_at", "id"]),
        ),
        ops.AddIndex(
            model_name="Invitation",
            index=Index(fields=["organization_id", "created_at", "id"]),
        ),
        ops.RemoveIndex(
            model_name="Invoice",
            name=None,
            fields=["client_id"],
        ),
        ops.AddIndex(
            model_name="Invoice",
            index=Index(fields=["organization_id", "created_at", "id"]),
        ),
        ops.AddIndex(
            model_name="Invoice",
            index=Index(fields=["client_id", "created_at", "id"]),
        ),
        ops.AddIndex(
            model_name="Membership",
            index=Index(fields=["organization_id", "created_at", "id"]),
        ),
        ops.AddIndex(
            model_name="Milestone",
            index=Index(fields=["project_id", "target_date", "id"]),
        ),
        ops.RemoveIndex(
            model_name="Payment",
            name=None,
            fields=["invoice_id"],
        ),
        ops.AddIndex(
            model_name="Payment",
            index=Index(fields=["organization_id", "created_at", "id"]),
        ),
        ops.AddIndex(
            model_name="Payment",
            index=Index(fields=["invoice_id", "created_at", "id"]),
        ),
        ops.AddIndex(
            model_name="PersonalAccessToken",
            index=Index(fields=["organization_id", "created_at", "id"]),
        ),
        ops.AddIndex(
            model_name="PersonalAccessToken",
            index=Index(fields=["user_id", "created_at", "id"]),
        ),
        ops.AddIndex(
            model_name="Project",
            index=Index(fields=["organization_id", "created_at", "id"]),
        ),
        ops.AddIndex(
            model_name="ProjectMember",
            index=Index(fields=["project_id", "created_at", "id"]),
        ),
        ops.AddIndex(
            model_name="PublicForm",
            index=Index(fields=["organization_id", "created_at", "id"]),
        ),
        ops.AddIndex(
            model_name="Task",
            index=Index(fields=["organization_id", "position", "id"]),
        ),
        ops.RemoveIndex(
            model_name="TaskComment",
            name=None,
            fields=["task_id"],
        ),
        ops.AddIndex(
            model_name="TaskComment",
            index=Index(fields=["task_id", "created_at", "id"]),
        ),
        ops.AddIndex(
            model_name="TaskRecurrence",
            index=Index(fields=["organization_id", "created_at", "id"]),
        ),
        ops.AddIndex(
            model_name="TaskRecurrenceOccurrence",
            index=Index(fields=["recurrence_id", "due_on", "id"]),
        ),
        ops.RemoveIndex(
            model_name="TimeEntry",
            name=None,
            fields=["user_id", "started_at"],
        ),
        ops.RemoveIndex(
            model_name="TimeEntry",
            name=None,
            fields=["project_id"],
        ),
        ops.RemoveIndex(
            model_name="TimeEntry",
            name=None,
            fields=["task_id"],
        ),
        ops.AddIndex(
            model_name="TimeEntry",
            index=Index(fields=["organization_id", "user_id", "started_at", "id"]),
        ),
        ops.AddIndex(
            model_name="TimeEntry",
            index=Index(fields=["project_id", "started_at", "id"]),
        ),
        ops.AddIndex(
            model_name="TimeEntry",
            index=Index(fields=["task_id", "started_at", "id"]),
        ),
    ]
