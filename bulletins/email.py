"""A bulletin as an email: rendered once, then given each subscriber's own links.

The HTML and text are rendered once a sending, with placeholders where each subscriber's
unsubscribe and manage links go, so sending to thousands costs one render. Links inside the
bulletin are made absolute; there are no images and nothing that tracks a reader.
"""

import re
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.html import escape

from subscriptions import emails

UNSUBSCRIBE = "%%UNSUBSCRIBE_URL%%"
MANAGE = "%%MANAGE_URL%%"
RELATIVE_LINK = re.compile(r'href="/(?!/)')


@dataclass(frozen=True)
class RenderedBulletin:
    subject: str
    text: str
    html: str

    def personal(self, *, email: str, root_url: str) -> tuple[str, str, str]:
        """(text, html, unsubscribe link) for one subscriber."""
        unsubscribe = emails.unsubscribe_url(root_url, email)
        manage = emails.manage_url(root_url, email)
        text = self.text.replace(UNSUBSCRIBE, unsubscribe).replace(MANAGE, manage)
        html = self.html.replace(UNSUBSCRIBE, escape(unsubscribe)).replace(MANAGE, escape(manage))
        return text, html, unsubscribe

    def message_for(self, *, email: str, root_url: str, connection=None, subject_prefix=""):
        text, html, unsubscribe = self.personal(email=email, root_url=root_url)
        return emails.subscriber_message(
            to=email,
            subject=subject_prefix + self.subject,
            text=text,
            html=html,
            unsubscribe=unsubscribe,
            connection=connection,
        )

    def preview_html(self) -> str:
        return self.html.replace(UNSUBSCRIBE, "#unsubscribe").replace(MANAGE, "#manage")


def render_bulletin(page, root_url: str | None = None) -> RenderedBulletin:
    root_url = root_url or emails.site_root_url()
    context = {
        "page": page,
        "subject": page.title,
        "root_url": root_url,
        "archive_url": page.get_full_url() or root_url,
        "unsubscribe_url": UNSUBSCRIBE,
        "manage_url": MANAGE,
    }
    html = render_to_string("bulletins/emails/bulletin.html", context)
    html = RELATIVE_LINK.sub(f'href="{root_url}/', html)
    text = render_to_string("bulletins/emails/bulletin.txt", context)
    return RenderedBulletin(subject=page.title, text=text, html=html)
