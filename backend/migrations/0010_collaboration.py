from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from backend.git.models import Provider
from json import dumps, loads
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0009_chat_search')]

    initial = False

    operations = [
        ops.CreateModel(
            name='Attachment',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('organization', fields.ForeignKeyField('models.Organization', source_field='organization_id', db_constraint=True, to_field='id', on_delete=OnDelete.CASCADE)),
                ('entity_type', fields.CharField(max_length=30)),
                ('entity_id', fields.UUIDField()),
                ('parent_type', fields.CharField(null=True, max_length=30)),
                ('parent_id', fields.UUIDField(null=True)),
                ('project_id', fields.UUIDField(null=True)),
                ('filename', fields.CharField(max_length=255)),
                ('content_type', fields.CharField(max_length=100)),
                ('size', fields.BigIntField()),
                ('sha256', fields.CharField(max_length=64)),
                ('uploaded_by', fields.ForeignKeyField('models.User', source_field='uploaded_by_id', null=True, db_constraint=True, to_field='id', on_delete=OnDelete.SET_NULL)),
            ],
            options={'table': 'attachments', 'app': 'models', 'indexes': [Index(fields=['organization_id', 'entity_type', 'entity_id']), Index(fields=['organization_id', 'parent_type', 'parent_id']), Index(fields=['project_id']), Index(fields=['sha256'])], 'pk_attr': 'id'},
            bases=['Entity'],
        ),
        ops.CreateModel(
            name='Blob',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('sha256', fields.CharField(unique=True, max_length=64)),
                ('size', fields.BigIntField()),
            ],
            options={'table': 'attachment_blobs', 'app': 'models', 'pk_attr': 'id', 'table_description': 'Stored bytes, by SHA-256 (hex): one copy however often they are attached.'},
            bases=['Entity'],
        ),
        ops.CreateModel(
            name='GitRepository',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('organization', fields.ForeignKeyField('models.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='git_repositories', on_delete=OnDelete.CASCADE)),
                ('project', fields.ForeignKeyField('models.Project', source_field='project_id', null=True, db_constraint=True, to_field='id', related_name='git_repositories', on_delete=OnDelete.CASCADE)),
                ('provider', fields.CharEnumField(description='GITHUB: github\nGITLAB: gitlab', enum_type=Provider, max_length=10)),
                ('full_name', fields.CharField(max_length=200)),
                ('secret_encrypted', fields.TextField(unique=False)),
                ('linked_by', fields.ForeignKeyField('models.User', source_field='linked_by_id', null=True, db_constraint=True, to_field='id', on_delete=OnDelete.SET_NULL)),
            ],
            options={'table': 'git_repositories', 'app': 'models', 'unique_together': (('organization', 'provider', 'full_name'),), 'pk_attr': 'id'},
            bases=['Entity'],
        ),
        ops.CreateModel(
            name='GitBranch',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('repository', fields.ForeignKeyField('models.GitRepository', source_field='repository_id', db_constraint=True, to_field='id', related_name='branches', on_delete=OnDelete.CASCADE)),
                ('name', fields.CharField(max_length=255)),
                ('head_sha', fields.CharField(max_length=64)),
                ('pushed_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'git_branches', 'app': 'models', 'unique_together': (('repository', 'name'),), 'pk_attr': 'id'},
            bases=['Entity'],
        ),
        ops.CreateModel(
            name='GitCommit',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('organization', fields.ForeignKeyField('models.Organization', source_field='organization_id', db_constraint=True, to_field='id', on_delete=OnDelete.CASCADE)),
                ('repository', fields.ForeignKeyField('models.GitRepository', source_field='repository_id', db_constraint=True, to_field='id', related_name='commits', on_delete=OnDelete.CASCADE)),
                ('sha', fields.CharField(max_length=64)),
                ('message', fields.TextField(unique=False)),
                ('author_name', fields.CharField(max_length=200)),
                ('author_email', fields.CharField(null=True, max_length=320)),
                ('url', fields.CharField(null=True, max_length=1000)),
                ('committed_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'git_commits', 'app': 'models', 'unique_together': (('repository', 'sha'),), 'pk_attr': 'id'},
            bases=['Entity'],
        ),
        ops.CreateModel(
            name='GitCommitBranch',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('commit', fields.ForeignKeyField('models.GitCommit', source_field='commit_id', db_constraint=True, to_field='id', related_name='branch_links', on_delete=OnDelete.CASCADE)),
                ('branch', fields.ForeignKeyField('models.GitBranch', source_field='branch_id', db_constraint=True, to_field='id', related_name='commit_links', on_delete=OnDelete.CASCADE)),
            ],
            options={'table': 'git_commit_branches', 'app': 'models', 'unique_together': (('commit', 'branch'),), 'pk_attr': 'id', 'table_description': 'A commit was pushed to a branch (one commit reaches many branches).'},
            bases=['Entity'],
        ),
        ops.CreateModel(
            name='GitCommitTask',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('commit', fields.ForeignKeyField('models.GitCommit', source_field='commit_id', db_constraint=True, to_field='id', related_name='task_links', on_delete=OnDelete.CASCADE)),
                ('task', fields.ForeignKeyField('models.Task', source_field='task_id', db_constraint=True, to_field='id', on_delete=OnDelete.CASCADE)),
            ],
            options={'table': 'git_commit_tasks', 'app': 'models', 'unique_together': (('commit', 'task'),), 'indexes': [Index(fields=['task_id'])], 'pk_attr': 'id', 'table_description': 'A commit mentions (or was linked by hand to) a task.'},
            bases=['Entity'],
        ),
        ops.CreateModel(
            name='GitDelivery',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('repository', fields.ForeignKeyField('models.GitRepository', source_field='repository_id', db_constraint=True, to_field='id', on_delete=OnDelete.CASCADE)),
                ('delivery_id', fields.CharField(max_length=100)),
            ],
            options={'table': 'git_deliveries', 'app': 'models', 'unique_together': (('repository', 'delivery_id'),), 'pk_attr': 'id', 'table_description': 'A webhook delivery id already processed: a repeat is ignored (the unique pair decides).'},
            bases=['Entity'],
        ),
        ops.CreateModel(
            name='PublicForm',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('organization', fields.ForeignKeyField('models.Organization', source_field='organization_id', db_constraint=True, to_field='id', on_delete=OnDelete.CASCADE)),
                ('project', fields.ForeignKeyField('models.Project', source_field='project_id', db_constraint=True, to_field='id', related_name='public_forms', on_delete=OnDelete.CASCADE)),
                ('title', fields.CharField(max_length=200)),
                ('description', fields.TextField(null=True, unique=False)),
                ('field_definitions', fields.JSONField(encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('slug', fields.CharField(unique=True, max_length=64)),
                ('is_open', fields.BooleanField(default=True, db_default=True)),
                ('created_by', fields.ForeignKeyField('models.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', on_delete=OnDelete.SET_NULL)),
            ],
            options={'table': 'public_forms', 'app': 'models', 'indexes': [Index(fields=['organization_id', 'project_id'])], 'pk_attr': 'id'},
            bases=['Entity'],
        ),
        ops.CreateModel(
            name='PublicFormSubmission',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('organization', fields.ForeignKeyField('models.Organization', source_field='organization_id', db_constraint=True, to_field='id', on_delete=OnDelete.CASCADE)),
                ('form', fields.ForeignKeyField('models.PublicForm', source_field='form_id', db_constraint=True, to_field='id', related_name='submissions', on_delete=OnDelete.CASCADE)),
                ('answers', fields.JSONField(encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('task', fields.ForeignKeyField('models.Task', source_field='task_id', null=True, db_constraint=True, to_field='id', on_delete=OnDelete.SET_NULL)),
                ('converted_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'public_form_submissions', 'app': 'models', 'indexes': [Index(fields=['form_id', 'created_at'])], 'pk_attr': 'id'},
            bases=['Entity'],
        ),
    ]
