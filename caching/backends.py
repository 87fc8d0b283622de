"""Varnish purging: Wagtail's HTTP purge backend, plus one request that empties the cache."""

import logging
from urllib.error import URLError
from urllib.request import Request, urlopen

from wagtail.contrib.frontend_cache.backends import HTTPBackend

logger = logging.getLogger(__name__)


class VarnishBackend(HTTPBackend):
    """``PURGE <url>`` drops one page (every query string of its path, see deploy/varnish);
    ``BAN /`` drops everything, so purging the whole site costs one request."""

    def __init__(self, params):
        self.location = params["LOCATION"].rstrip("/")
        self.timeout = params.get("TIMEOUT", 5)
        super().__init__(params)

    def purge_all(self) -> None:
        request = Request(f"{self.location}/", method="BAN")  # noqa: S310 - from settings
        try:
            urlopen(request, timeout=self.timeout)  # noqa: S310
        except (URLError, OSError) as error:
            logger.error("Could not empty the front cache at %s: %s", self.location, error)
