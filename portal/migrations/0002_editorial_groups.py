"""Editors and Moderators groups, and the Approval workflow applied to the whole site."""

from django.db import migrations

from editorial.groups import setup_approval_workflow, setup_editorial_groups


def forwards(apps, schema_editor):
    setup_editorial_groups(apps=apps)
    setup_approval_workflow(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
