"""The reader's IP address, for rate limits and login lockout.

``X-Forwarded-For`` is believed only as far as ``TRUSTED_PROXY_COUNT`` says: each trusted
proxy (Varnish, a load balancer, a CDN) appends the address it received the request from,
so with N trusted proxies the reader is the N-th entry from the right. Anything further
left was written by the client and may be forged. With no trusted proxies (the default)
the address is ``REMOTE_ADDR``.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if trusted <= 0:
        return remote
    forwarded = [
        item.strip()
        for item in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if item.strip()
    ]
    if len(forwarded) < trusted:
        return remote
    candidate = forwarded[-trusted]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
