"""Where to send someone back to after a form: only ever to an address on this site."""

from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme


def safe_next_url(request: HttpRequest, default: str = "") -> str:
    """The `next` address sent with the request when it stays on this site, else `default`.

    An address for another host, or plain http when the request came over https, is refused.
    """
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default
