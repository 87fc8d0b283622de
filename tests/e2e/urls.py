"""The site's URLs plus a plain page standing in for the outside quick-exit destination."""

from django.http import HttpResponse
from django.urls import path

from portal.urls import handler400, handler404, handler500
from portal.urls import urlpatterns as site_urlpatterns

__all__ = ["handler400", "handler404", "handler500", "urlpatterns"]


def elsewhere(request):
    return HttpResponse(
        "<!DOCTYPE html><html lang='en'><title>Weather</title><h1>Weather today</h1></html>"
    )


urlpatterns = [path("elsewhere/", elsewhere), *site_urlpatterns]
