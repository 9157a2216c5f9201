from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.indexes import Index


class Migration(migrations.Migration):
    dependencies = [("models", "0004_listing_indexes")]

    initial = False

    operations = [
        ops.AddIndex(
            model_name="Task",
            index=Index(fields=["parent_task_id"]),
        ),
        ops.AddIndex(
            model_name="TaskChecklistItem",
            index=Index(fields=["task_id"]),
        ),
        ops.AddIndex(
            model_name="TaskComment",
            index=Index(fields=["task_id"]),
        ),
        ops.AddIndex(
            model_name="TaskDependency",
            index=Index(fields=["depends_on_id"]),
        ),
        ops.AddIndex(
            model_name="TimeEntry",
            index=Index(fields=["project_id"]),
        ),
        ops.AddIndex(
            model_name="TimeEntry",
            index=Index(fields=["task_id"]),
        ),
    ]
