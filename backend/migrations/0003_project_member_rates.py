from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields


class Migration(migrations.Migration):
    dependencies = [("models", "0002_work_management")]

    initial = False

    operations = [
        ops.AddField(
            model_name="ProjectMember",
            name="hourly_rate",
            field=fields.DecimalField(null=True, max_digits=12, decimal_places=2),
        ),
    ]
