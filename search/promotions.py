"""Promoted search results may only send readers to secure outside addresses.

Wagtail's search promotions accept any URL for an outside link. Readers trust what the site
recommends, so an outside link must be a full ``https://`` address: plain ``http://`` (which
can be changed on the way) and scheme-relative ``//host`` addresses are refused with a form
error. The rule is added to the model field's validators, which Wagtail's promotion form
runs when it validates the model.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from wagtail.contrib.search_promotions.models import SearchPromotion


def is_secure_outside_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and bool(parts.hostname)


def validate_https_url(value: str) -> None:
    if value and not is_secure_outside_url(value):
        raise ValidationError(
            "Outside links must be full secure addresses starting with https://",
            code="https_required",
        )


def require_https_outside_links() -> None:
    """Add the https rule to SearchPromotion.external_link_url (once)."""
    validators = SearchPromotion._meta.get_field("external_link_url").validators
    if validate_https_url not in validators:
        validators.append(validate_https_url)
