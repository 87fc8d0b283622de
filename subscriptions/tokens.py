"""Signed links: confirm a subscription, unsubscribe, manage what an address follows.

Links carry what they act on, signed with the site's secret key (django.core.signing), so
nothing about a pending request is stored. Confirm and manage links expire; an unsubscribe
link must keep working from any old email, so it does not.
"""

import datetime
from dataclasses import dataclass, field

from django.core import signing

CONFIRM_MAX_AGE = datetime.timedelta(days=7)
MANAGE_MAX_AGE = datetime.timedelta(days=30)

_CONFIRM = "subscriptions.confirm"
_UNSUBSCRIBE = "subscriptions.unsubscribe"
_MANAGE = "subscriptions.manage"


@dataclass(frozen=True)
class Request:
    """What someone asked to follow on the form, carried in the confirmation link."""

    email: str
    bulletin: bool = False
    topic_ids: list[int] = field(default_factory=list)
    page_ids: list[int] = field(default_factory=list)
    frequency: str = "immediate"


def confirm_token(request: Request) -> str:
    payload = {
        "e": request.email,
        "b": int(request.bulletin),
        "t": list(request.topic_ids),
        "p": list(request.page_ids),
        "f": request.frequency,
    }
    return signing.dumps(payload, salt=_CONFIRM, compress=True)


def read_confirm_token(token: str) -> Request | None:
    try:
        data = signing.loads(token, salt=_CONFIRM, max_age=CONFIRM_MAX_AGE)
        return Request(
            email=str(data["e"]),
            bulletin=bool(data["b"]),
            topic_ids=[int(pk) for pk in data["t"]],
            page_ids=[int(pk) for pk in data["p"]],
            frequency=str(data["f"]),
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def _address_token(email: str, salt: str) -> str:
    return signing.dumps(email.lower(), salt=salt)


def _read_address(token: str, salt: str, max_age=None) -> str | None:
    try:
        value = signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None
    return value if isinstance(value, str) else None


def unsubscribe_token(email: str) -> str:
    return _address_token(email, _UNSUBSCRIBE)


def read_unsubscribe_token(token: str) -> str | None:
    return _read_address(token, _UNSUBSCRIBE)


def manage_token(email: str) -> str:
    return _address_token(email, _MANAGE)


def read_manage_token(token: str) -> str | None:
    return _read_address(token, _MANAGE, max_age=MANAGE_MAX_AGE)
