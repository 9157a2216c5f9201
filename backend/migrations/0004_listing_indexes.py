from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.indexes import Index


class Migration(migrations.Migration):
    dependencies = [("models", "0003_project_member_rates")]

    initial = False

    operations = [
        ops.AddIndex(
            model_name="Task",
            index=Index(fields=["project_id", "position"]),
        ),
        ops.AddIndex(
            model_name="TimeEntry",
            index=Index(fields=["user_id", "started_at"]),
        ),
        ops.AddIndex(
            model_name="TimeEntry",
            index=Index(fields=["organization_id", "started_at"]),
        ),
    ]
