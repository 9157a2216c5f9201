from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0006_billing_and_mail')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Invoice',
            name='default_tax_rate',
            field=fields.DecimalField(default=0, db_default=0, max_digits=7, decimal_places=4),
        ),
    ]
