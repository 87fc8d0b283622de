"""Who owns each piece of guidance: owners by name, pages with no owner, and handing over.

A hand-over changes the owner without editing content or making a revision (like "Mark as
reviewed"), and is recorded in the page's history with the old and new owner's names.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.db.models import Q, QuerySet
from wagtail.log_actions import log

from .models import GuidancePage
from .people import owner_name

__all__ = ["HAND_OVER_ACTION", "can_hand_over", "hand_over", "owner_name", "possible_owners"]

HAND_OVER_ACTION = "guidance.hand_over"


def possible_owners() -> QuerySet:
    """Active people who can use the admin, by name: the people a page can be handed to."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(groups__permissions__codename="access_admin")
            | Q(user_permissions__codename="access_admin")
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def unowned_guidance() -> QuerySet:
    """Guidance nobody is responsible for (reminders cannot go to anyone), by title."""
    return GuidancePage.objects.filter(owner_user__isnull=True).order_by("title")


def can_hand_over(*, page: GuidancePage, user: AbstractBaseUser) -> bool:
    """The owner may hand their page on; so may anyone who can publish it (for any page)."""
    permissions = page.permissions_for_user(user)
    if page.owner_user_id is not None and page.owner_user_id == user.pk:
        return permissions.can_edit()
    return permissions.can_publish()


@transaction.atomic
def hand_over(
    *, page: GuidancePage, new_owner: AbstractBaseUser, user: AbstractBaseUser
) -> GuidancePage:
    """Make `new_owner` the page's owner, on the live page and its latest draft alike."""
    previous = page.owner_user
    GuidancePage.objects.filter(pk=page.pk).update(owner_user=new_owner)
    revision_ids = {page.latest_revision_id, page.live_revision_id} - {None}
    for revision in page.revisions.filter(pk__in=revision_ids):
        revision.content["owner_user"] = new_owner.pk
        revision.save(update_fields=["content"])
    page.owner_user = new_owner
    log(
        instance=page,
        action=HAND_OVER_ACTION,
        user=user,
        data={
            "from": owner_name(previous),
            "from_id": previous.pk if previous else None,
            "to": owner_name(new_owner),
            "to_id": new_owner.pk,
        },
    )
    return page
