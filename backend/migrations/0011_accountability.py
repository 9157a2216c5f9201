from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from backend.notifications.kinds import NotificationKind
from backend.users.models import WeekStart
from json import dumps, loads
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.indexes import Index
from typing import Any

# The audit log is append-only in the database too, whatever code runs: UPDATE is always
# refused; DELETE only once the entry's organization row is gone (deleting an organization
# cascades to its log, and nothing else may delete an entry).
_SQLITE_TRIGGERS = [
    """CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
    BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END""",
    """CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
    WHEN EXISTS (SELECT 1 FROM organizations WHERE id = OLD.organization_id)
    BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END""",
]
_POSTGRES_TRIGGERS = [
    """CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' AND NOT EXISTS (
            SELECT 1 FROM organizations WHERE id = OLD.organization_id
        ) THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit entries are append-only' USING ERRCODE = 'insufficient_privilege';
    END $$""",
    """CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()""",
]


async def _append_only(apps: object, schema_editor: Any) -> None:
    """Raw SQL (triggers), per dialect: tortoise has no trigger operation."""
    client = schema_editor.client
    dialect = client.capabilities.dialect
    for statement in _POSTGRES_TRIGGERS if dialect == "postgres" else _SQLITE_TRIGGERS:
        await client.execute_script(statement)


class Migration(migrations.Migration):
    dependencies = [('models', '0010_collaboration')]

    initial = False

    operations = [
        ops.CreateModel(
            name='AuditEntry',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('models.Organization', source_field='organization_id', db_constraint=True, to_field='id', on_delete=OnDelete.CASCADE)),
                ('occurred_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('actor_id', fields.UUIDField(null=True)),
                ('token_id', fields.UUIDField(null=True)),
                ('token_name', fields.CharField(null=True, max_length=200)),
                ('interface', fields.CharField(max_length=20)),
                ('operation', fields.CharField(null=True, max_length=200)),
                ('entity_type', fields.CharField(max_length=100)),
                ('entity_id', fields.CharField(max_length=100)),
                ('action', fields.CharField(max_length=100)),
                ('changes', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('request_id', fields.CharField(null=True, max_length=64)),
            ],
            options={'table': 'audit_entries', 'app': 'models', 'indexes': [Index(fields=['organization_id', 'occurred_at']), Index(fields=['organization_id', 'entity_type', 'entity_id']), Index(fields=['organization_id', 'actor_id'])], 'pk_attr': 'id', 'table_description': 'Written once by the audit commit hook, never changed: database triggers refuse UPDATE,'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Notification',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('organization', fields.ForeignKeyField('models.Organization', source_field='organization_id', db_constraint=True, to_field='id', on_delete=OnDelete.CASCADE)),
                ('recipient', fields.ForeignKeyField('models.User', source_field='recipient_id', db_constraint=True, to_field='id', on_delete=OnDelete.CASCADE)),
                ('actor_id', fields.UUIDField(null=True)),
                ('kind', fields.CharEnumField(description='TASK_ASSIGNED: task_assigned\nMENTIONED: mentioned\nTASK_COMMENTED: task_commented\nTASK_COMPLETED: task_completed\nTASK_MOVED: task_moved\nTASK_DUE_TOMORROW: task_due_tomorrow\nINVOICE_PAID: invoice_paid\nINVITATION_ACCEPTED: invitation_accepted', enum_type=NotificationKind, max_length=40)),
                ('entity_type', fields.CharField(max_length=100)),
                ('entity_id', fields.CharField(max_length=100)),
                ('text', fields.CharField(max_length=300)),
                ('read_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('dismissed_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('dedupe_key', fields.CharField(null=True, max_length=200)),
            ],
            options={'table': 'notifications', 'app': 'models', 'unique_together': (('recipient', 'dedupe_key'),), 'indexes': [Index(fields=['recipient_id', 'organization_id', 'created_at'])], 'pk_attr': 'id'},
            bases=['Entity'],
        ),
        ops.CreateModel(
            name='UserPreferences',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('user', fields.OneToOneField('models.User', source_field='user_id', db_constraint=True, to_field='id', related_name='preferences', on_delete=OnDelete.CASCADE)),
                ('muted_notification_kinds', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('week_start', fields.CharEnumField(null=True, description='MONDAY: monday\nSUNDAY: sunday\nSATURDAY: saturday', enum_type=WeekStart, max_length=10)),
            ],
            options={'table': 'user_preferences', 'app': 'models', 'pk_attr': 'id', 'table_description': "A user's own settings, one row made on the first users_update_preferences."},
            bases=['Entity'],
        ),
        ops.RunPython(_append_only),
    ]
