"""A base for tests of editors' page work in the admin: the demo site, a signed-in superuser."""

from django.contrib.auth import get_user_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data

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

    def create_page(self, parent, model, fields: dict):
        """Create a page through the admin's form, posting `fields`; returns the new page."""
        self.assertCanCreate(parent, model, nested_form_data(fields))
        return model.objects.child_of(parent).get(slug=fields["slug"])
