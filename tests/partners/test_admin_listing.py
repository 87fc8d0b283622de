"""The partners listing in the admin: logo thumbnails and whether each is on the site."""

import pytest
from django.urls import reverse

from tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def test_listing_shows_logo_thumbnails_and_shown_or_hidden(admin_client):
    # First in the listing's order, so on its first page.
    shown = PartnerFactory(sort_order=-1000)
    hidden = PartnerFactory(sort_order=-1000, active=False)
    without_logo = PartnerFactory(sort_order=-1000, logo=None)
    response = admin_client.get(reverse("wagtailsnippets_partners_partner:list"))
    html = response.content.decode()
    listed = list(response.context["page_obj"].object_list)
    assert {shown, hidden, without_logo} <= set(listed)
    assert f'src="{shown.logo_url}"' in html
    assert f'src="{hidden.logo_url}"' in html
    assert without_logo.name in html and not without_logo.logo_url
    assert "partner-logo-thumbnail" in html
    assert "Shown on the site" in html and "Hidden" in html
    assert ">True<" not in html and ">False<" not in html
    # One thumbnail for each partner listed with a logo, none for the one without.
    assert html.count("partner-logo-thumbnail") == sum(bool(p.logo_url) for p in listed)
