"""Staff: send a test of a bulletin to yourself, send it to subscribers, watch progress."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from . import services
from .models import BulletinPage
from .tasks import recipients


def send_view(request: HttpRequest, page_id: int) -> HttpResponse:
    page = get_object_or_404(BulletinPage, pk=page_id)
    permissions = page.permissions_for_user(request.user)
    if not permissions.can_edit():
        raise PermissionDenied
    may_send = permissions.can_publish()
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "test":
                services.send_test_to(page=page, email=request.user.email)
                messages.success(
                    request, f"A test of the latest draft is on its way to {request.user.email}."
                )
            elif action == "subscribers" and may_send:
                services.send_to_subscribers(
                    page=page, user=request.user, again=request.POST.get("again") == "1"
                )
                messages.success(request, "Sending has started. Progress is shown below.")
            else:
                raise PermissionDenied
        except services.CannotSend as error:
            messages.error(request, str(error))
        return redirect("bulletins_send", page.pk)
    context = {
        "page": page,
        "may_send": may_send,
        "recipient_count": recipients().count(),
        "sends": page.sends.select_related("started_by").prefetch_related("failures")[:20],
    }
    return TemplateResponse(request, "bulletins/admin/send.html", context)
