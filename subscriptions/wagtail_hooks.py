from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton

from editorial.groups import MODERATORS
from portal.exports import SafeSpreadsheetExportMixin

from .admin_views import export_subscriber
from .models import Subscriber


class SubscriberIndexView(SafeSpreadsheetExportMixin, IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.request.user.has_perm("subscriptions.view_subscriber"):
            buttons.append(
                ListingButton(
                    "Export their data (CSV)",
                    url=reverse("subscriptions_export_subscriber", args=[instance.pk]),
                    icon_name="download",
                    priority=25,
                )
            )
        return buttons


class SubscriberViewSet(ModelViewSet):
    """Email subscribers: find a person by address, export or delete what is held."""

    model = Subscriber
    index_view_class = SubscriberIndexView
    icon = "mail"
    menu_label = "Email subscribers"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["email", "bulletin", "frequency", "confirmed_at", "created_at"]
    list_filter = ["bulletin", "frequency"]
    search_fields = ["email"]
    form_fields = ["bulletin", "frequency"]
    inspect_view_enabled = True
    inspect_view_fields = ["email", "bulletin", "frequency", "created_at", "confirmed_at"]


subscriber_viewset = SubscriberViewSet("subscribers")


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return subscriber_viewset


@hooks.register("register_admin_urls")
def subscriber_export_urls():
    return [
        path(
            "subscribers/<int:pk>/export/",
            export_subscriber,
            name="subscriptions_export_subscriber",
        )
    ]


@hooks.register("register_editorial_permissions")
def subscriber_permissions():
    """Moderators look after the list of people who follow updates."""
    return {
        MODERATORS: [
            f"subscriptions.{action}_subscriber" for action in ("view", "change", "delete")
        ]
    }
