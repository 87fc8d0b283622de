"""Building subscriber emails: a plain-text part, accessible HTML, and unsubscribe headers.

Every email to a subscriber carries a one-click unsubscribe link and the List-Unsubscribe /
List-Unsubscribe-Post headers (RFC 8058), plus a link to manage the subscription. Links are
plain links to the site: no tracking, no rewritten links, no remote images.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Site

from . import tokens


def site_root_url() -> str:
    """The public address of the site (Settings › Sites), for links in emails."""
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def absolute(root_url: str, path: str) -> str:
    return root_url + path if path.startswith("/") else path


def unsubscribe_url(root_url: str, email: str) -> str:
    token = tokens.unsubscribe_token(email)
    return root_url + reverse("subscriptions:unsubscribe", args=[token])


def manage_url(root_url: str, email: str) -> str:
    return root_url + reverse("subscriptions:manage_link", args=[tokens.manage_token(email)])


def subscriber_message(
    *,
    to: str,
    subject: str,
    text: str,
    html: str,
    unsubscribe: str,
    connection=None,
) -> EmailMultiAlternatives:
    """One email to one subscriber, with both parts and the one-click unsubscribe headers."""
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    return message


def render_message(
    *, to: str, subject: str, template: str, context: dict, root_url: str | None = None
) -> EmailMultiAlternatives:
    """Render templates/<template>.txt and .html for one subscriber, with their links."""
    root_url = root_url or site_root_url()
    links = {
        "unsubscribe_url": unsubscribe_url(root_url, to),
        "manage_url": manage_url(root_url, to),
        "root_url": root_url,
        "subject": subject,
    }
    full = {**context, **links}
    return subscriber_message(
        to=to,
        subject=subject,
        text=render_to_string(f"{template}.txt", full),
        html=render_to_string(f"{template}.html", full),
        unsubscribe=links["unsubscribe_url"],
    )


def plain_message(*, to: str, subject: str, template: str, context: dict) -> EmailMultiAlternatives:
    """An email to someone who is not (yet) a subscriber: no unsubscribe headers."""
    root_url = site_root_url()
    full = {**context, "root_url": root_url, "subject": subject}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template}.txt", full),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(render_to_string(f"{template}.html", full), "text/html")
    return message
