from django.urls import path
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Page

from .admin_views import send_view
from .models import BulletinPage


@hooks.register("register_admin_urls")
def bulletin_urls():
    return [path("bulletins/<int:page_id>/send/", send_view, name="bulletins_send")]


class SendBulletinButton(PageMenuItem):
    label = "Send: test or to subscribers"
    icon_name = "mail"
    url_name = "bulletins_send"

    def is_shown(self, user):
        return issubclass(self.page.specific_class or Page, BulletinPage) and (
            self.page.permissions_for_user(user).can_edit()
        )


@hooks.register("register_page_header_buttons")
def send_bulletin_header_button(page, user, view_name, next_url=None):
    yield SendBulletinButton(page=page, priority=65)


@hooks.register("register_page_listing_more_buttons")
def send_bulletin_listing_button(page, user, next_url=None):
    yield SendBulletinButton(page=page, priority=46)
