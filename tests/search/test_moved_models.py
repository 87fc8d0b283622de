"""Synonyms, search words and page feedback moved out of portal with their data and rights."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from editorial.groups import EDITORS
from feedback.models import PageFeedback
from search.models import SearchTerm, Synonym

pytestmark = pytest.mark.django_db


def test_the_moved_models_keep_their_tables():
    assert Synonym._meta.db_table == "portal_synonym"
    assert SearchTerm._meta.db_table == "portal_searchterm"
    assert PageFeedback._meta.db_table == "portal_pagefeedback"
    assert {"portal_synonym", "portal_searchterm", "portal_pagefeedback"} <= set(
        connection.introspection.table_names()
    )


@pytest.mark.parametrize(
    ("app_label", "model"),
    [("search", "synonym"), ("search", "searchterm"), ("feedback", "pagefeedback")],
)
def test_an_existing_content_type_is_relabelled_with_its_permissions(app_label, model):
    migration = importlib.import_module(f"{app_label}.migrations.0002_content_types_from_portal")
    content_type = ContentType.objects.get(app_label=app_label, model=model)
    permissions = set(Permission.objects.filter(content_type=content_type))
    migration.backwards(apps, None)  # as a database made before the move had it
    assert ContentType.objects.filter(pk=content_type.pk, app_label="portal").exists()

    migration.forwards(apps, None)
    assert ContentType.objects.filter(pk=content_type.pk, app_label=app_label).exists()
    assert not ContentType.objects.filter(app_label="portal", model=model).exists()
    assert set(Permission.objects.filter(content_type_id=content_type.pk)) == permissions


def test_editors_keep_the_synonym_permissions_they_held():
    migration = importlib.import_module("search.migrations.0002_content_types_from_portal")
    migration.backwards(apps, None)
    migration.forwards(apps, None)
    held = Group.objects.get(name=EDITORS).permissions.filter(content_type__app_label="search")
    assert set(held.values_list("codename", flat=True)) == {"add_synonym", "change_synonym"}


@pytest.mark.postgres
def test_the_text_search_matches_has_a_gin_index():
    """Wagtail's PostgreSQL search filters on `title || body`: that expression is indexed."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'wagtailsearch_indexentry'"
            " AND indexname = 'search_indexentry_text_gin'"
        )
        rows = cursor.fetchall()
    assert len(rows) == 1
    assert "gin" in rows[0][0] and "(title || body)" in rows[0][0]
