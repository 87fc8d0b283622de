"""Editorial roles: who can reach which admin view, approval workflow, secure admin login."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Page, Site, Workflow, WorkflowState

from editorial.groups import (
    EDITORS,
    MODERATORS,
    PERMISSIONS_HOOK,
    WORKFLOW_NAME,
    model_permissions,
    setup_editorial_groups,
)
from guidance.models import GuidancePage
from tests.factories import (
    BookingFactory,
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    NewsArticlePageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "editor", "moderator", "superuser"]
OK, LOGIN, DENIED = "ok", "login", "denied"


def outcome(response) -> str:
    if response.status_code == 200:
        return OK
    if response.status_code == 302 and "/admin/login/" in response["Location"]:
        return LOGIN
    if response.status_code in (302, 403):
        return DENIED
    return str(response.status_code)


def admin_views() -> list[tuple[str, str, dict[str, str]]]:
    """(label, url, expected outcome per role) for every admin area staff use.

    E = editors' answer, M = moderators'; superusers always get OK, anonymous users LOGIN.
    """
    seed = GuidancePageFactory(revision=True)
    index = seed.get_parent()
    site = Site.objects.get(is_default_site=True)
    home = site.root_page
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    booking = BookingFactory()
    partner_list = reverse("wagtailsnippets_partners_partner:list")
    rows = [
        # pages
        ("dashboard", reverse("wagtailadmin_home"), OK, OK),
        ("page explorer", reverse("wagtailadmin_explore", args=[home.pk]), OK, OK),
        ("choose page type", reverse("wagtailadmin_pages:add_subpage", args=[home.pk]), OK, OK),
        (
            "add page",
            reverse("wagtailadmin_pages:add", args=["guidance", "guidancepage", index.pk]),
            OK,
            OK,
        ),
        ("edit page", reverse("wagtailadmin_pages:edit", args=[seed.pk]), OK, OK),
        ("unpublish page", reverse("wagtailadmin_pages:unpublish", args=[seed.pk]), DENIED, OK),
        ("delete page", reverse("wagtailadmin_pages:delete", args=[seed.pk]), DENIED, OK),
        ("page history", reverse("wagtailadmin_pages:history", args=[seed.pk]), OK, OK),
        (
            "compare revisions",
            reverse("wagtailadmin_pages:revisions_compare", args=[seed.pk, "earliest", "latest"]),
            OK,
            OK,
        ),
        ("mark as reviewed", reverse("guidance_mark_reviewed", args=[seed.pk]), OK, OK),
        # snippets
        ("partners", partner_list, DENIED, OK),
        ("add partner", reverse("wagtailsnippets_partners_partner:add"), DENIED, OK),
        ("topics", reverse("wagtailsnippets_portal_topic:list"), OK, OK),
        ("resources", reverse("wagtailsnippets_guidance_resource:list"), OK, OK),
        ("search synonyms", reverse("wagtailsnippets_portal_synonym:list"), OK, OK),
        ("promoted search results", reverse("wagtailsearchpromotions:index"), DENIED, OK),
        ("add promoted result", reverse("wagtailsearchpromotions:add"), DENIED, OK),
        # documents and images
        ("documents", reverse("wagtaildocs:index"), OK, OK),
        ("add document", reverse("wagtaildocs:add"), OK, OK),
        ("images", reverse("wagtailimages:index"), OK, OK),
        ("add image", reverse("wagtailimages:add"), OK, OK),
        # settings
        (
            "site settings",
            reverse("wagtailsettings:edit", args=["portal", "sitesettings", site.pk]),
            DENIED,
            OK,
        ),
        ("users", reverse("wagtailusers_users:index"), DENIED, DENIED),
        # workflows
        ("workflows", reverse("wagtailadmin_workflows:index"), DENIED, OK),
        ("edit workflow", reverse("wagtailadmin_workflows:edit", args=[workflow.pk]), DENIED, OK),
        ("workflow tasks", reverse("wagtailadmin_workflows:task_index"), DENIED, OK),
        # reports
        ("guidance review report", reverse("guidance_review"), OK, OK),
        ("guidance review CSV", reverse("guidance_review") + "?export=csv", OK, OK),
        ("site history", reverse("wagtailadmin_reports:site_history"), OK, OK),
        ("aging pages", reverse("wagtailadmin_reports:aging_pages"), OK, OK),
        ("workflow report", reverse("wagtailadmin_reports:workflow"), OK, OK),
        ("page feedback report", reverse("page_feedback_report"), OK, OK),
        # bookings
        ("bookings", reverse("training_booking:index"), DENIED, OK),
        ("bookings CSV", reverse("training_booking:index") + "?export=csv", DENIED, OK),
        ("booking detail", reverse("training_booking:inspect", args=[booking.pk]), DENIED, OK),
        (
            "booking action",
            reverse("training_booking:action", args=[booking.pk, "attended"]),
            DENIED,
            OK,
        ),
    ]
    return [
        (label, url, {"anonymous": LOGIN, "editor": e, "moderator": m, "superuser": OK})
        for label, url, e, m in rows
    ]


def test_access_matrix(client, users):
    views = admin_views()
    results: dict[str, dict[str, str]] = {}
    for role in ROLES:
        client.logout()
        if users[role] is not None:
            client.force_login(users[role])
        for label, url, _expected in views:
            results.setdefault(label, {})[role] = outcome(client.get(url))

    print(f"\naccess matrix: {len(views)} views x {len(ROLES)} roles = {len(views) * len(ROLES)}")
    print(f"  {'view':26}" + "".join(f"{role:>11}" for role in ROLES))
    for label, _url, _expected in views:
        print(f"  {label:26}" + "".join(f"{results[label][role]:>11}" for role in ROLES))
    wrong = {
        (label, role): (results[label][role], expected[role])
        for label, _url, expected in views
        for role in ROLES
        if results[label][role] != expected[role]
    }
    assert not wrong, f"(view, role): (got, expected): {wrong}"


def test_django_admin_is_not_exposed(client, users):
    client.force_login(users["superuser"])
    for url in ("/django-admin/", "/admin/auth/user/", "/admin/django/"):
        assert client.get(url).status_code == 404, url


def test_admin_pages_carry_noindex_and_public_pages_do_not(client, users):
    assert client.get("/admin/login/")["X-Robots-Tag"] == "noindex, nofollow"
    client.force_login(users["editor"])
    assert client.get("/admin/")["X-Robots-Tag"] == "noindex, nofollow"
    assert "X-Robots-Tag" not in client.get("/")


def test_anonymous_public_pages_set_no_cookies(client):
    response = client.get("/")
    assert response.status_code == 200
    assert not response.cookies
    response = client.get(GuidancePageFactory().url)
    assert response.status_code == 200
    assert not response.cookies


# groups and workflow -------------------------------------------------------------------


def test_group_setup_grants_existing_permissions_and_is_idempotent():
    editors = Group.objects.get(name=EDITORS)
    editors.permissions.clear()
    held = setup_editorial_groups()
    assert "wagtailadmin.access_admin" in held[EDITORS]
    assert "partners.change_partner" in held[MODERATORS]
    assert "portal.change_sitesettings" in held[MODERATORS]
    assert "partners.change_partner" not in held[EDITORS]
    assert "wagtaildocs.delete_document" not in held[EDITORS]
    assert setup_editorial_groups() == held
    # Permissions of models that do not exist (yet) are skipped, not an error.
    assert not {name for name in held[MODERATORS] if name.startswith("training.")} - {
        f"training.{p.codename}"
        for p in Permission.objects.filter(content_type__app_label="training")
    }


def test_permissions_of_models_added_later_reach_moderators_after_migrate():
    """A bookings model arriving in a later migration gets its permissions granted."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    from editorial.groups import setup_after_migrate

    booking_type, _created = ContentType.objects.get_or_create(
        app_label="training", model="booking"
    )
    Permission.objects.get_or_create(
        content_type=booking_type, codename="view_booking", defaults={"name": "Can view booking"}
    )
    setup_after_migrate(apps.get_app_config("training"), apps=apps, using="default")
    moderators = Group.objects.get(name=MODERATORS)
    editors = Group.objects.get(name=EDITORS)
    assert moderators.permissions.filter(
        content_type__app_label="training", codename="view_booking"
    ).exists()
    assert not editors.permissions.filter(content_type__app_label="training").exists()


def test_approval_workflow_applies_to_every_page():
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert workflow.active
    assert [task.name for task in workflow.tasks] == ["Moderators' approval"]
    task = workflow.tasks.first().specific
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]
    guidance = GuidancePageFactory()
    pages = [
        guidance,
        guidance.get_parent(),
        StandardPageFactory(),
        StandardPageFactory(parent=StandardPageFactory()),
        NewsArticlePageFactory(),
        GuidancePageFactory(live=False),
    ]
    for page in Page.objects.filter(pk__in=[page.pk for page in pages]):
        assert page.get_workflow() == workflow, page


def edit_post_data(page: GuidancePage, **extra) -> dict:
    return {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "audience": page.audience,
        "body-count": "0",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "owner_user": "",
        **extra,
    }


def test_editor_cannot_publish_and_submission_goes_live_through_the_workflow(client, users):
    page = GuidancePageFactory(title="Workflow test page", summary="Draft.", live=False)
    assert not page.live
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    client.force_login(users["editor"])
    client.post(edit_url, edit_post_data(page, **{"action-publish": "publish"}))
    page.refresh_from_db()
    assert not page.live, "an editor's publish must not make the page live"

    response = client.post(edit_url, edit_post_data(page, **{"action-submit": "submit"}))
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == WORKFLOW_NAME
    page.refresh_from_db()
    assert not page.live

    client.force_login(users["moderator"])
    task_state = state.current_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    response = client.post(approve, {"comment": "Fine"})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert page.live


def test_scheduled_publishing():
    index = GuidanceIndexPageFactory()
    page = GuidancePage(title="Scheduled", slug="scheduled", summary="Later.", live=False)
    index.add_child(instance=page)
    page.go_live_at = timezone.now() + datetime.timedelta(minutes=5)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live, "a page scheduled for later is not live straight away"
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None
    # Time passes: the scheduled moment is now in the past.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115
    page.refresh_from_db()
    assert page.live


# login lockout and two-factor authentication -------------------------------------------


def test_accessibility_checker_runs_content_rules_on_main_content(rf, users):
    from wagtail.admin.userbar import ContentCheckerItem, apply_userbar_hooks

    request = rf.get("/")
    request.user = users["editor"]
    items = [ContentCheckerItem(in_editor=True)]
    apply_userbar_hooks(request, items, StandardPageFactory())
    config = items[0].get_axe_configuration(request)
    assert config["context"]["include"] == ["main"]
    assert "heading-order" in config["options"]["runOnly"]
    assert "alt-text-quality" in config["options"]["runOnly"]
    assert "color-contrast" not in config["options"]["runOnly"]


def test_apps_grant_permissions_through_the_hook_and_moderators_hold_what_editors_hold():
    def more():
        return {EDITORS: ["partners.change_partner"]}

    assert "partners.change_partner" not in model_permissions()[EDITORS]
    with hooks.register_temporarily(PERMISSIONS_HOOK, more):
        held = setup_editorial_groups()
    assert "partners.change_partner" in held[EDITORS]
    assert "partners.change_partner" in held[MODERATORS]


def test_each_app_declares_its_own_permissions():
    declared = {declare.__module__: declare() for declare in hooks.get_hooks(PERMISSIONS_HOOK)}
    assert "training.view_booking" in declared["training.wagtail_hooks"][MODERATORS]
    assert "partners.delete_partner" in declared["partners.wagtail_hooks"][MODERATORS]
    assert "guidance.add_resource" in declared["guidance.wagtail_hooks"][EDITORS]
    assert "search.add_synonym" in declared["search.wagtail_hooks"][EDITORS]
    assert "portal.change_sitesettings" in declared["portal.wagtail_hooks"][MODERATORS]


def test_a_permission_hook_naming_no_known_group_is_refused():
    with (
        hooks.register_temporarily(PERMISSIONS_HOOK, lambda: {"Authors": ["x.y"]}),
        pytest.raises(ValueError, match="Authors"),
    ):
        model_permissions()
