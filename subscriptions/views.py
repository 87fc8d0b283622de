"""Public subscription pages, each on its own uncached address (never part of a cached page).

The "Get updates by email" form and the "email me a manage link" form need CSRF protection,
so they live here rather than on cached pages. Pages reached from a signed link (confirm,
unsubscribe, manage) are protected by the link itself, so their one-button forms are
CSRF-exempt and set no cookie; a GET only ever shows the button, because mail scanners
fetch links without a person clicking them.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited
from wagtail.models import Page

from portal.models import Topic

from . import services, tokens
from .forms import ManageForm, ManageLinkForm, SubscribeForm, requested_page_ids

GET_POST = require_http_methods(["GET", "POST"])
# Form posts one IP address may make a minute (both forms send email to the address given).
POSTS_PER_MINUTE = 10


def too_many(request: HttpRequest) -> HttpResponse | None:
    """A 429 page when this IP has posted the forms too often in the last minute."""
    if not is_ratelimited(
        request,
        group="subscriptions.forms",
        key="ip",
        rate=f"{POSTS_PER_MINUTE}/m",
        method="POST",
        increment=True,
    ):
        return None
    return TemplateResponse(request, "subscriptions/too_many.html", {}, status=429)


def signed_link(read_token: Callable[[str], Any], what: str):
    """A view reached from a signed link: uncached, CSRF-exempt, GET or POST.

    The view is called as `view(request, token, asked)` with what the token carries; a link
    that does not read (bad signature, expired) gets the "bad link" page instead.
    """

    def decorate(view):
        @never_cache
        @csrf_exempt
        @GET_POST
        @wraps(view)
        def checked(request: HttpRequest, token: str) -> HttpResponse:
            asked = read_token(token)
            if asked is None:
                context = {"what": what}
                return TemplateResponse(request, "subscriptions/bad_link.html", context, status=400)
            return view(request, token, asked)

        return checked

    return decorate


@never_cache
@GET_POST
def subscribe(request: HttpRequest) -> HttpResponse:
    source = request.POST if request.method == "POST" else request.GET
    page_ids = requested_page_ids(source.getlist("pages") + source.getlist("page"))
    if request.method == "POST":
        if limited := too_many(request):
            return limited
        form = SubscribeForm(request.POST, page_ids=page_ids)
        if form.is_valid():
            bulletin, topic_ids, chosen_pages = form.chosen()
            services.request_subscription(
                request=tokens.Request(
                    email=form.cleaned_data["email"],
                    bulletin=bulletin,
                    topic_ids=topic_ids,
                    page_ids=chosen_pages,
                    frequency=form.cleaned_data["frequency"],
                )
            )
            return TemplateResponse(request, "subscriptions/check_email.html", {})
    else:
        form = SubscribeForm(
            page_ids=page_ids,
            initial={"pages": page_ids, "bulletin": not page_ids},
        )
    return TemplateResponse(request, "subscriptions/subscribe.html", {"form": form})


@signed_link(tokens.read_confirm_token, "confirmation")
def confirm(request: HttpRequest, token: str, asked: tokens.Request) -> HttpResponse:
    if request.method == "POST":
        subscriber = services.confirm_subscription(request=asked)
        return TemplateResponse(
            request,
            "subscriptions/confirmed.html",
            {"subscriber": subscriber, "manage_token": tokens.manage_token(subscriber.email)},
        )
    context = {
        "asked": asked,
        "topics": Topic.objects.filter(pk__in=asked.topic_ids).order_by("name"),
        "pages": Page.objects.live().filter(pk__in=asked.page_ids).order_by("title"),
    }
    return TemplateResponse(request, "subscriptions/confirm.html", context)


@signed_link(tokens.read_unsubscribe_token, "unsubscribe")
def unsubscribe(request: HttpRequest, token: str, email: str) -> HttpResponse:
    """One POST unsubscribes (RFC 8058 one-click, from the mail client or the button)."""
    if request.method == "POST":
        services.unsubscribe(email=email)
        return TemplateResponse(request, "subscriptions/unsubscribed.html", {})
    return TemplateResponse(request, "subscriptions/unsubscribe.html", {})


@never_cache
@GET_POST
def manage_request(request: HttpRequest) -> HttpResponse:
    if request.method == "POST" and (limited := too_many(request)):
        return limited
    form = ManageLinkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.request_manage_link(email=form.cleaned_data["email"])
        return TemplateResponse(request, "subscriptions/check_email.html", {"manage": True})
    return TemplateResponse(request, "subscriptions/manage_request.html", {"form": form})


@signed_link(tokens.read_manage_token, "manage")
def manage(request: HttpRequest, token: str, email: str) -> HttpResponse:
    subscriber = services.find_subscriber(email)
    if subscriber is None or not subscriber.is_confirmed:
        return TemplateResponse(request, "subscriptions/unsubscribed.html", {"gone": True})
    followed_pages = list(
        subscriber.follows.filter(page__isnull=False).values_list("page", flat=True)
    )
    context = {
        "token": token,
        "subscriber": subscriber,
        "unsubscribe_token": tokens.unsubscribe_token(subscriber.email),
    }
    if request.method == "POST":
        form = ManageForm(request.POST, page_ids=followed_pages)
        if form.is_valid():
            bulletin, topic_ids, page_ids = form.chosen()
            if not (bulletin or topic_ids or page_ids):
                services.unsubscribe(email=subscriber.email)
                return TemplateResponse(request, "subscriptions/unsubscribed.html", {})
            services.update_subscription(
                subscriber=subscriber,
                bulletin=bulletin,
                frequency=form.cleaned_data["frequency"],
                topic_ids=topic_ids,
                page_ids=page_ids,
            )
            context["saved"] = True
            form = ManageForm(page_ids=page_ids, initial=_current(subscriber))
    else:
        form = ManageForm(page_ids=followed_pages, initial=_current(subscriber))
    return TemplateResponse(request, "subscriptions/manage.html", {**context, "form": form})


def _current(subscriber) -> dict:
    follows = list(subscriber.follows.values_list("topic_id", "page_id"))
    return {
        "bulletin": subscriber.bulletin,
        "frequency": subscriber.frequency,
        "topics": [topic for topic, _page in follows if topic],
        "pages": [page for _topic, page in follows if page],
    }
