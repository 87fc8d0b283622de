"""A base for tests of editors' page work in the admin: the demo site, a signed-in superuser."""

from django.contrib.auth import get_user_model
from wagtail.test.utils import WagtailPageTestCase

from portal.models import HomePage
from tests.fixtures import build_demo_site


class SuperuserPageTestCase(WagtailPageTestCase):
    """Each test runs signed in as a superuser named `username`; `home` is the home page."""

    username = "page-admin"

    @classmethod
    def setUpTestData(cls):
        build_demo_site()
        cls.user = get_user_model().objects.create_superuser(
            cls.username, f"{cls.username}@example.invalid", "pw"
        )
        cls.home = HomePage.objects.get()

    def setUp(self):
        super().setUp()
        self.client.force_login(self.user)
