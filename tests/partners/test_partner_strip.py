"""The partner logo strip: active partners, in display order, named in their alt text."""

import html as html_lib
import re

import pytest

from partners.models import Partner
from tests.factories import NewsIndexPageFactory, PartnerFactory

pytestmark = pytest.mark.django_db

# Before any other partner in the strip.
FIRST = -1000


def strip_names(html: str) -> list[str]:
    section = html.split('id="partners-heading"', 1)[1].split("</section>", 1)[0]
    return [html_lib.unescape(name) for name in re.findall(r'alt="([^"]*)"', section)]


def test_active_partners_show_in_display_order(client):
    last = PartnerFactory(name="Aardvark Trust", sort_order=-FIRST)
    second = PartnerFactory(name="Zebra Council", sort_order=FIRST)
    first = PartnerFactory(name="Yak & Co", sort_order=FIRST)  # the same order: by name
    names = strip_names(client.get("/").content.decode())
    assert names == list(Partner.objects.active().values_list("name", flat=True))
    assert names[:2] == [first.name, second.name]
    assert names[-1] == last.name


def test_inactive_partner_is_hidden_and_order_is_respected(client):
    moved = PartnerFactory(sort_order=-FIRST)
    dropped = PartnerFactory()
    names = strip_names(client.get(NewsIndexPageFactory().url).content.decode())
    assert moved.name in names and dropped.name in names
    assert names[0] != moved.name
    moved.sort_order = FIRST
    moved.save()
    dropped.active = False
    dropped.save()
    names = strip_names(client.get(NewsIndexPageFactory().url).content.decode())
    assert names[0] == moved.name
    assert dropped.name not in names


def test_logos_are_small_renditions_with_dimensions(client):
    partner = PartnerFactory()
    assert partner.logo_height == 60
    assert partner.logo_width == 120  # the 240 x 120 image, scaled
    html = client.get("/").content.decode()
    assert f'src="{partner.logo_url}" width="{partner.logo_width}" height="60"' in html
    assert client.get(partner.logo_url).status_code == 200


def test_replacing_a_logo_image_updates_the_strip():
    partner = PartnerFactory()
    old_url = partner.logo_url
    Partner.objects.filter(pk=partner.pk).update(logo_url="/media/images/stale.png")
    image = partner.logo
    image.focal_point_x = 10
    image.focal_point_y = 10
    image.focal_point_width = 5
    image.focal_point_height = 5
    image.save()
    partner.refresh_from_db()
    assert partner.logo_url
    assert partner.logo_url != "/media/images/stale.png", "recorded again from the image"
    assert partner.logo_url.startswith("/media/")
    assert old_url.startswith("/media/")
