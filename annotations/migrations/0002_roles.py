"""Create the annotator, reviewer and administrator groups with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from annotations import roles


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; make them exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.get_or_create(name=roles.ANNOTATOR)
    reviewer, _ = Group.objects.get_or_create(name=roles.REVIEWER)
    codenames = [
        f"{action}_{model}"
        for model, actions in roles.REVIEWER_PERMISSIONS.items()
        for action in actions
    ]
    reviewer.permissions.set(
        Permission.objects.filter(content_type__app_label="annotations", codename__in=codenames)
    )
    administrator, _ = Group.objects.get_or_create(name=roles.ADMINISTRATOR)
    administrator.permissions.set(Permission.objects.all())


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=[roles.ANNOTATOR, roles.REVIEWER, roles.ADMINISTRATOR]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("admin", "__latest__"),
        ("django_tasks_database", "__latest__"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
