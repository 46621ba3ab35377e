"""Audit events keep their actor (PROTECT); detection heartbeats; reviewers unlock sign-ins."""

import django.db.models.deletion
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

from annotations import roles


def grant_sign_in_permissions(apps, schema_editor):
    # Permissions are normally created after all migrations; make them exist now.
    for label in ("axes", "annotations"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = [
        f"{action}_{model}"
        for model, actions in roles.REVIEWER_SIGN_IN_PERMISSIONS.items()
        for action in actions
    ]
    in_axes = Permission.objects.filter(content_type__app_label="axes")
    Group.objects.get(name=roles.REVIEWER).permissions.add(*in_axes.filter(codename__in=codenames))
    # Administrators hold every permission, the new models' too.
    Group.objects.get(name=roles.ADMINISTRATOR).permissions.add(
        *Permission.objects.filter(content_type__app_label__in=["axes", "annotations"])
    )


def revoke_sign_in_permissions(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(
        name__in=[roles.REVIEWER, roles.ADMINISTRATOR]
    ):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="axes"))


class Migration(migrations.Migration):

    dependencies = [
        ('annotations', '0002_roles'),
        ('django_tasks_database', '0021_conditional_partial_index_ordering'),
        ('axes', '0010_accessattemptexpiration'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='DetectionHeartbeat',
            fields=[
                ('task', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='heartbeat', serialize=False, to='django_tasks_database.dbtaskresult')),
                ('worker_id', models.CharField(max_length=64)),
                ('beat_at', models.DateTimeField()),
            ],
        ),
        migrations.AlterField(
            model_name='auditevent',
            name='actor',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='audit_events', to=settings.AUTH_USER_MODEL),
        ),
        migrations.RunPython(grant_sign_in_permissions, revoke_sign_in_permissions),
    ]
