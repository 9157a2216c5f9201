from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields
from typing import Any


class _WidenDecimal(ops.AlterField):
    """Rates take four places (the most any currency's minor unit has: KWD 3, CLF 4). PostgreSQL
    widens NUMERIC(12,2) to NUMERIC(14,4); SQLite keeps every DECIMAL as VARCHAR(40), so nothing
    changes there, and its table rebuild (drop and re-create) would cascade through the foreign
    keys that point at organizations, projects and memberships."""

    async def database_forward(
        self, app_label: str, old_state: Any, new_state: Any, state_editor: Any = None
    ) -> None:
        if state_editor is not None and state_editor.client.capabilities.dialect != "sqlite":
            await super().database_forward(app_label, old_state, new_state, state_editor)

    async def database_backward(
        self, app_label: str, old_state: Any, new_state: Any, state_editor: Any = None
    ) -> None:
        if state_editor is not None and state_editor.client.capabilities.dialect != "sqlite":
            await super().database_backward(app_label, old_state, new_state, state_editor)


class Migration(migrations.Migration):
    dependencies = [('models', '0012_event_outbox')]

    initial = False

    operations = [
        _WidenDecimal(
            model_name='Client',
            name='hourly_rate',
            field=fields.DecimalField(null=True, max_digits=14, decimal_places=4),
        ),
        _WidenDecimal(
            model_name='Membership',
            name='cost_rate',
            field=fields.DecimalField(null=True, max_digits=14, decimal_places=4),
        ),
        _WidenDecimal(
            model_name='Membership',
            name='hourly_rate',
            field=fields.DecimalField(null=True, max_digits=14, decimal_places=4),
        ),
        _WidenDecimal(
            model_name='Organization',
            name='default_hourly_rate',
            field=fields.DecimalField(null=True, max_digits=14, decimal_places=4),
        ),
        _WidenDecimal(
            model_name='Project',
            name='hourly_rate',
            field=fields.DecimalField(null=True, max_digits=14, decimal_places=4),
        ),
        _WidenDecimal(
            model_name='ProjectMember',
            name='hourly_rate',
            field=fields.DecimalField(null=True, max_digits=14, decimal_places=4),
        ),
        _WidenDecimal(
            model_name='TimeEntry',
            name='cost_rate',
            field=fields.DecimalField(null=True, max_digits=14, decimal_places=4),
        ),
        _WidenDecimal(
            model_name='TimeEntry',
            name='hourly_rate',
            field=fields.DecimalField(null=True, max_digits=14, decimal_places=4),
        ),
    ]
