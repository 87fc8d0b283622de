"""Editors create the report page and keep the numbers and their hours in the admin."""

from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from concerns.models import ReportConcernPage
from tests.admin_pages import SuperuserPageTestCase
from tests.factories.concerns import made_up_number, set_phone_lines


class ReportConcernAdmin(SuperuserPageTestCase):
    username = "concern-admin"

    def test_create_the_report_page_with_a_numbers_block(self):
        ReportConcernPage.objects.all().delete()  # the site has at most one
        site_settings = set_phone_lines()
        data = {
            "title": "Report a concern",
            "slug": "report",
            "summary": "Who to call.",
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>Tell us.</p>")),
                    ("phone_numbers", {"roles": "children"}),  # one choice posted
                ]
            ),
        }
        self.assertCanCreate(self.home, ReportConcernPage, nested_form_data(data))
        page = ReportConcernPage.objects.get()
        self.assertEqual(page.body[1].value["roles"], ["children"])
        html = self.client.get(page.url).content.decode()
        self.assertEqual(site_settings.children_daytime_phone, made_up_number(0))
        block = html[html.index('<ul class="phone-lines phone-lines--full">') :]
        block = block[: block.index("</ul>")]
        self.assertIn(f">{made_up_number(0)}</a>", block)
        self.assertNotIn(f">{made_up_number(1)}</a>", block)  # the adults' line: not chosen

    def test_site_settings_form_edits_numbers_and_hours(self):
        site = Site.objects.get(is_default_site=True)
        response = self.client.get(f"/admin/settings/portal/sitesettings/{site.pk}/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        for words in ("Phone numbers", "Opening hours", "Privacy notice page", "Contact details"):
            self.assertIn(words, html)
