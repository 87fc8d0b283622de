from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem

from . import two_factor, two_factor_recovery


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("2fa/verify/", two_factor.verify, name="portal_2fa_verify"),
        path("2fa/setup/", two_factor.setup, name="portal_2fa_setup"),
        path("2fa/backup-codes/", two_factor_recovery.backup_codes, name="portal_2fa_backup_codes"),
        path("2fa/reset/<id:user_id>/", two_factor_recovery.reset, name="portal_2fa_reset"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_backup_codes_item(request):
    return {
        "url": reverse("portal_2fa_backup_codes"),
        "label": "Two-factor backup codes",
        "help_text": "One-time codes for signing in if you lose your phone.",
    }


@hooks.register("register_user_listing_buttons")
def two_factor_reset_button(user, request_user):
    if request_user.is_superuser and user.pk != request_user.pk:
        yield ListingMenuItem(
            "Reset two-factor authentication",
            url=two_factor_recovery.reset_url(user),
            icon_name="key",
            priority=50,
        )


@hooks.register("register_log_actions")
def two_factor_log_actions(actions):
    for action, label in two_factor_recovery.LOG_ACTIONS.items():
        actions.register_action(action, label, label)


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("portal_2fa_setup"),
        "label": "Two-factor authentication",
        "help_text": "Add an authenticator app, so signing in needs a code as well.",
    }
