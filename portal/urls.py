from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from django.views.static import serve as static_serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from feedback import views as feedback_views
from news.feeds import news_feed
from search import views as search_views

from . import health, views
from .sitemaps import SITEMAPS

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Machine-readable pages: fixed addresses, so advertising them costs no query.
    path("news/feed/", news_feed, name="news_feed"),
    path("training/", include("training.urls")),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path("health/live/", health.live, name="health_live"),
    path("health/ready/", health.ready, name="health_ready"),
    path("search/", search_views.search, name="search"),
    path("feedback/<id:page_id>/", feedback_views.page_feedback, name="page_feedback"),
    path("updates/", include("subscriptions.urls")),
]

if settings.SERVE_MEDIA:
    # Uploaded images only (originals and renditions); put a web server in front for heavy
    # traffic. Documents are never served from here: only Wagtail's document view (under
    # /documents/) serves them, after checking the collection's privacy.
    urlpatterns += [
        re_path(
            r"^media/(?P<path>(?:original_images|images)/[^/]+)$",
            static_serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [path("", include(wagtail_urls))]

handler400 = "portal.views.bad_request"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
