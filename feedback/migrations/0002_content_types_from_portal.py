"""The content types of the models moved from portal take this app's label.

Renaming the existing rows (rather than letting new ones be made) keeps their permissions,
the groups that hold them, and anything else that points at them. A new database has no
rows yet: there is nothing to do, and the content types are made with this app's label.
"""

from django.db import migrations

MODELS = ("pagefeedback",)


def relabel(apps, old_label: str, new_label: str) -> None:
    content_type_model = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if not content_type_model.objects.filter(app_label=new_label, model=model).exists():
            content_type_model.objects.filter(app_label=old_label, model=model).update(
                app_label=new_label
            )


def forwards(apps, schema_editor):
    relabel(apps, "portal", "feedback")


def backwards(apps, schema_editor):
    relabel(apps, "feedback", "portal")


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
