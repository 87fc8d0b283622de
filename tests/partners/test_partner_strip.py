"""The partner logo strip: active partners, in display order, named in their alt text."""

import html as html_lib
import re

import pytest

from partners.models import Partner

pytestmark = pytest.mark.django_db


def strip_names(html: str) -> list[str]:
    section = html.split('id="partners-heading"', 1)[1].split("</section>", 1)[0]
    return [html_lib.unescape(name) for name in re.findall(r'alt="([^"]*)"', section)]


def test_all_eighteen_demo_partners_show_in_order(client, demo_site):
    names = strip_names(client.get("/").content.decode())
    assert len(names) == 18
    assert names == list(Partner.objects.active().values_list("name", flat=True))
    assert names[0] == "Greater Manchester Mental Health NHS Foundation Trust"


def test_inactive_partner_is_hidden_and_order_is_respected(client, demo_site):
    police = Partner.objects.get(name="Greater Manchester Police")
    police.sort_order = -1
    police.save()
    cafcass = Partner.objects.get(name="Cafcass")
    cafcass.active = False
    cafcass.save()
    names = strip_names(client.get("/news/").content.decode())
    assert names[0] == "Greater Manchester Police"
    assert "Cafcass" not in names


def test_logos_are_small_renditions_with_dimensions(client, demo_site):
    partner = Partner.objects.get(name="Barnardo's")
    assert partner.logo_height == 60
    html = client.get("/").content.decode()
    assert f'src="{partner.logo_url}" width="{partner.logo_width}" height="60"' in html
    assert client.get(partner.logo_url).status_code == 200


def test_replacing_a_logo_image_updates_the_strip(demo_site):
    partner = Partner.objects.get(name="Cafcass")
    old_url = partner.logo_url
    image = partner.logo
    image.focal_point_x = 10
    image.focal_point_y = 10
    image.focal_point_width = 5
    image.focal_point_height = 5
    image.save()
    partner.refresh_from_db()
    assert partner.logo_url
    assert partner.logo_url.startswith("/media/")
    assert old_url.startswith("/media/")
