"""The partners listing in the admin: logo thumbnails and whether each is on the site."""

import pytest
from django.urls import reverse

from partners.models import Partner

pytestmark = pytest.mark.django_db


def test_listing_shows_logo_thumbnails_and_shown_or_hidden(admin_client, demo_site):
    hidden = Partner.objects.exclude(logo=None).first()
    hidden.active = False
    hidden.save()
    with_logo = Partner.objects.exclude(logo=None).filter(active=True).first()
    html = admin_client.get(reverse("wagtailsnippets_partners_partner:list")).content.decode()
    assert f'src="{with_logo.logo_url}"' in html
    assert f'src="{hidden.logo_url}"' in html
    assert "partner-logo-thumbnail" in html
    assert "Shown on the site" in html and "Hidden" in html
    assert ">True<" not in html and ">False<" not in html
    assert html.count("partner-logo-thumbnail") == Partner.objects.exclude(logo_url="").count()
