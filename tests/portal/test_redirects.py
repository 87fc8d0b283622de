"""`next` addresses are followed only when they stay on this site."""

import pytest
from django.test import RequestFactory

from portal.redirects import safe_next_url


@pytest.mark.parametrize(
    ("target", "secure", "expected"),
    [
        ("/admin/pages/", False, "/admin/pages/"),
        ("https://testserver/admin/", True, "https://testserver/admin/"),
        ("http://testserver/admin/", True, "/fallback/"),
        ("https://elsewhere.example/", False, "/fallback/"),
        ("//elsewhere.example/", False, "/fallback/"),
        ("", False, "/fallback/"),
    ],
)
def test_only_addresses_on_this_site_are_followed(target, secure, expected):
    request = RequestFactory().post("/", {"next": target}, secure=secure)
    assert safe_next_url(request, default="/fallback/") == expected


def test_next_in_the_query_string_counts_too():
    request = RequestFactory().get("/", {"next": "/news/"})
    assert safe_next_url(request) == "/news/"
    assert safe_next_url(RequestFactory().get("/")) == ""
