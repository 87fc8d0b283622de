"""Editorial roles and the approval workflow: who may edit, who may publish.

Board staff work in two groups. Editors write and submit pages for approval; Moderators
approve and publish, and look after the site's settings and records (each app names the
permissions of its own models with the ``register_editorial_permissions`` hook). The groups
and the "Approval" workflow are set up by a data migration and kept up to date after every
``migrate`` (models added later get their permissions granted then).

Both functions take the app registry to use (a migration's historical one, or the real one),
grant only permissions that exist, and are safe to run any number of times.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from wagtail import hooks

EDITORS = "Editors"
MODERATORS = "Moderators"
WORKFLOW_NAME = "Approval"
TASK_NAME = "Moderators' approval"

PERMISSIONS_HOOK = "register_editorial_permissions"

# Wagtail's own model permissions ("app_label.codename") held by each group. Each app adds the
# permissions of its own models with the hook above: a function returning a dict of group name
# to "app_label.codename" names, say ``{EDITORS: ["myapp.add_thing"], MODERATORS: [...]}``.
# Moderators hold everything Editors hold, so an app lists a permission under Editors only.
WAGTAIL_MODEL_PERMISSIONS: dict[str, list[str]] = {
    EDITORS: ["wagtailadmin.access_admin"],
    MODERATORS: [
        "wagtailcore.add_workflow",
        "wagtailcore.change_workflow",
        "wagtailcore.delete_workflow",
        "wagtailcore.add_task",
        "wagtailcore.change_task",
        "wagtailcore.delete_task",
    ],
}
# Promoted search results put a link at the top of the results at once, with no approval
# step, so Editors never hold them (whatever an app grants).
_PROMOTION_PERMISSIONS = [
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
]


def model_permissions() -> dict[str, list[str]]:
    """The model permissions of each group: Wagtail's, then each app's from the hook."""
    held = {name: list(names) for name, names in WAGTAIL_MODEL_PERMISSIONS.items()}
    for declare in hooks.get_hooks(PERMISSIONS_HOOK):
        for name, names in declare().items():
            if name not in held:
                raise ValueError(f"{declare.__module__}: no editorial group called {name!r}")
            held[name].extend(names)
    held[MODERATORS] = list(dict.fromkeys([*held[EDITORS], *held[MODERATORS]]))
    return held


# Page permissions on the root of the tree, so they cover every page of every site.
PAGE_PERMISSIONS: dict[str, list[str]] = {
    EDITORS: ["add_page", "change_page", "lock_page"],
    MODERATORS: ["add_page", "change_page", "lock_page", "publish_page", "unlock_page"],
}
# Permissions a group must never hold. Wagtail's own set-up gives Editors delete rights on
# documents and images; the rule is enforced on every run, so a hand-made change is put
# right by the next migrate too.
FORBIDDEN_PAGE_PERMISSIONS: dict[str, list[str]] = {
    EDITORS: ["publish_page", "bulk_delete_page", "unlock_page"],
}
FORBIDDEN_MODEL_PERMISSIONS: dict[str, list[str]] = {
    EDITORS: ["wagtaildocs.delete_document", "wagtailimages.delete_image", *_PROMOTION_PERMISSIONS],
}

# Document and image permissions on the root collection (so every collection).
COLLECTION_PERMISSIONS: dict[str, list[str]] = {
    EDITORS: [
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
    ],
    MODERATORS: [
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
        "wagtaildocs.delete_document",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtailimages.delete_image",
    ],
}


def _app_labels() -> set[str]:
    """Apps whose permissions are granted: a migrate touching one of them re-runs the set-up."""
    return {
        name.split(".", 1)[0]
        for table in (model_permissions(), COLLECTION_PERMISSIONS)
        for names in table.values()
        for name in names
    } | {"wagtailcore"}


def _permissions(apps, names: list[str]) -> list:
    """The Permission rows for "app_label.codename" names; names not (yet) known are skipped."""
    permission_model = apps.get_model("auth", "Permission")
    wanted = {tuple(name.split(".", 1)) for name in names}
    found = permission_model.objects.filter(
        content_type__app_label__in={app for app, _codename in wanted},
        codename__in={codename for _app, codename in wanted},
    ).select_related("content_type")
    return [p for p in found if (p.content_type.app_label, p.codename) in wanted]


def _tree_root(apps, model_label: str):
    """The root of a Wagtail tree (pages, collections), or None before the tree exists."""
    return apps.get_model(model_label).objects.filter(depth=1).order_by("path").first()


def setup_editorial_groups(*, apps=global_apps) -> dict[str, set[str]]:
    """Create Editors and Moderators and grant them every listed permission that exists.

    Returns the model permissions each group holds afterwards ("app_label.codename").
    """
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    page_permission_model = apps.get_model("wagtailcore", "GroupPagePermission")
    collection_permission_model = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = _tree_root(apps, "wagtailcore.Page")
    root_collection = _tree_root(apps, "wagtailcore.Collection")
    held: dict[str, set[str]] = {}
    for name, granted in model_permissions().items():
        group, _created = group_model.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(apps, granted))
        group.permissions.remove(*_permissions(apps, FORBIDDEN_MODEL_PERMISSIONS.get(name, [])))

        if root_page is not None:
            for permission in permission_model.objects.filter(
                content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS[name]
            ):
                page_permission_model.objects.get_or_create(
                    group=group, page=root_page, permission=permission
                )
            page_permission_model.objects.filter(
                group=group,
                permission__content_type__app_label="wagtailcore",
                permission__codename__in=FORBIDDEN_PAGE_PERMISSIONS.get(name, []),
            ).delete()

        if root_collection is not None:
            for permission in _permissions(apps, COLLECTION_PERMISSIONS[name]):
                collection_permission_model.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
        collection_permission_model.objects.filter(
            group=group,
            permission__in=_permissions(apps, FORBIDDEN_MODEL_PERMISSIONS.get(name, [])),
        ).delete()

        held[name] = {
            f"{app_label}.{codename}"
            for app_label, codename in group.permissions.values_list(
                "content_type__app_label", "codename"
            )
        }
    return held


def setup_approval_workflow(*, apps=global_apps):
    """The "Approval" workflow (one Moderators' approval task), applied to the whole tree.

    It is attached to the root page, so every page of every site inherits it unless a page
    is given a workflow of its own. Returns the workflow, or None before the tree exists.
    """
    content_type_model = apps.get_model("contenttypes", "ContentType")
    group_model = apps.get_model("auth", "Group")
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    workflow_task_model = apps.get_model("wagtailcore", "WorkflowTask")
    workflow_page_model = apps.get_model("wagtailcore", "WorkflowPage")
    task_model = apps.get_model("wagtailcore", "GroupApprovalTask")

    root_page = _tree_root(apps, "wagtailcore.Page")
    if root_page is None:
        return None
    moderators, _created = group_model.objects.get_or_create(name=MODERATORS)
    task_type, _created = content_type_model.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = task_model.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = task_model.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.add(moderators)

    workflow, _created = workflow_model.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    if not workflow_task_model.objects.filter(workflow=workflow, task=task).exists():
        workflow_task_model.objects.create(
            workflow=workflow,
            task=task,
            sort_order=workflow_task_model.objects.filter(workflow=workflow).count(),
        )

    replaced = workflow_page_model.objects.filter(page=root_page).exclude(workflow=workflow)
    replaced_ids = list(replaced.values_list("workflow_id", flat=True))
    replaced.delete()
    workflow_page_model.objects.get_or_create(page=root_page, defaults={"workflow": workflow})
    # Wagtail's own default ("Moderators approval" on the root) is retired once it is replaced
    # and unused, so staff see one workflow only.
    retired = workflow_model.objects.filter(
        pk__in=replaced_ids, workflow_pages__isnull=True
    ).exclude(workflow_states__status="in_progress")
    retired_ids = list(retired.values_list("pk", flat=True))
    retired.update(active=False)
    in_use = workflow_task_model.objects.filter(workflow__active=True).values("task_id")
    apps.get_model("wagtailcore", "Task").objects.filter(
        workflow_tasks__workflow__in=retired_ids
    ).exclude(pk__in=in_use).exclude(task_states__status="in_progress").update(active=False)
    return workflow


def setup_after_migrate(sender, *, apps=global_apps, using="default", **kwargs) -> None:
    """post_migrate handler: grant the permissions of models added since the last run.

    Permissions are normally created by another post_migrate handler, which may run after
    this one, so they are made here first (an idempotent step).
    """
    labels = _app_labels()
    if sender.label not in labels or using != "default":
        return
    create_permissions(sender, verbosity=0, using=using, apps=apps)
    # The signal comes once per app, in INSTALLED_APPS order: the groups are set up once,
    # after the last app they draw on has its permissions.
    last = [config.label for config in global_apps.get_app_configs() if config.label in labels]
    if sender.label == last[-1]:
        setup_editorial_groups(apps=apps)
