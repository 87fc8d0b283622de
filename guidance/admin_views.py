"""Admin views for guidance review: the review report and the "Mark as reviewed" action."""

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn

from portal.reports import EditorsReport

from .models import REVIEW_INTERVAL, REVIEW_STATES, GuidancePage
from .ownership import can_hand_over, hand_over, owner_name, possible_owners
from .review import mark_reviewed, with_review_state

WHOSE_CHOICES = [("mine", "My pages"), ("unowned", "Pages with no owner")]


class OwnerChoiceField(forms.ModelChoiceField):
    """A choice of people, shown by full name."""

    def label_from_instance(self, obj) -> str:
        return owner_name(obj)


class OwnerFilter(django_filters.ModelChoiceFilter):
    field_class = OwnerChoiceField


class OwnerColumn(Column):
    """The owner's full name, or a "No owner" flag."""

    cell_template_name = "guidance/admin/owner_cell.html"


class GuidanceReviewFilterSet(WagtailFilterSet):
    whose = django_filters.ChoiceFilter(
        label="Whose pages",
        choices=WHOSE_CHOICES,
        empty_label="Everyone's",
        method="filter_whose",
    )
    review_state = django_filters.ChoiceFilter(
        field_name="review_state_code",
        label="Review state",
        choices=REVIEW_STATES,
        empty_label="Any state",
    )
    owner_user = OwnerFilter(
        label="Owner",
        queryset=lambda request: (
            get_user_model()
            .objects.filter(owned_guidance__isnull=False)
            .distinct()
            .order_by("first_name", "last_name", "username")
        ),
    )

    class Meta:
        model = GuidancePage
        fields = ["whose", "owner_user", "live"]

    def filter_whose(self, queryset, name, value):
        if value == "mine":
            return queryset.filter(owner_user=self.request.user.pk)
        if value == "unowned":
            return queryset.filter(owner_user__isnull=True)
        return queryset


class GuidanceReviewReport(EditorsReport):
    """Every guidance page with its owner, review dates and review state; CSV/XLSX export."""

    page_title = "Guidance review"
    header_icon = "calendar-check"
    index_url_name = "guidance_review"
    index_results_url_name = "guidance_review_results"
    filterset_class = GuidanceReviewFilterSet
    columns = [
        TitleColumn("title", label="Title", url_name="wagtailadmin_pages:edit"),
        OwnerColumn("owner_user", label="Owner"),
        Column("last_reviewed", label="Last reviewed"),
        Column("next_review_due", label="Next review due"),
        Column("review_state_label", label="Review state"),
    ]
    list_export = ["title", "owner_user", "last_reviewed", "next_review_due", "review_state_label"]
    filename_prefix = "guidance-review"
    custom_field_preprocess = {
        "owner_user": dict.fromkeys(("csv", "xlsx"), lambda user: owner_name(user) or "No owner")
    }

    def get_queryset(self):
        self.queryset = with_review_state(
            GuidancePage.objects.select_related("owner_user"), today=timezone.localdate()
        ).order_by("next_review_due", "title")
        return super().get_queryset()


def mark_reviewed_view(request: HttpRequest, page_id: int) -> HttpResponse:
    """GET: confirm; POST: record the review (anyone who may edit the page)."""
    page = get_object_or_404(GuidancePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    today = timezone.localdate()
    if request.method == "POST":
        mark_reviewed(page=page, user=request.user, today=today)
        messages.success(
            request,
            f"“{page.title}” marked as reviewed. Next review due {page.next_review_due:%-d %B %Y}.",
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    context = {"page": page, "today": today, "next_due": today + REVIEW_INTERVAL}
    return TemplateResponse(request, "guidance/admin/mark_reviewed.html", context)


class HandOverForm(forms.Form):
    new_owner = OwnerChoiceField(
        queryset=possible_owners(),
        label="New owner",
        help_text="They become responsible for reviewing this guidance and get its reminders.",
    )

    def __init__(self, *args, page: GuidancePage, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_owner"].queryset = possible_owners().exclude(pk=page.owner_user_id)


def hand_over_view(request: HttpRequest, page_id: int) -> HttpResponse:
    """GET: choose the new owner; POST: hand the page over and record it in its history."""
    page = get_object_or_404(GuidancePage.objects.select_related("owner_user"), pk=page_id)
    if not can_hand_over(page=page, user=request.user):
        raise PermissionDenied
    form = HandOverForm(request.POST or None, page=page)
    if request.method == "POST" and form.is_valid():
        new_owner = form.cleaned_data["new_owner"]
        hand_over(page=page, new_owner=new_owner, user=request.user)
        messages.success(request, f"“{page.title}” is now owned by {owner_name(new_owner)}.")
        return redirect("wagtailadmin_pages:edit", page.pk)
    context = {"page": page, "form": form, "current_owner": owner_name(page.owner_user)}
    return TemplateResponse(request, "guidance/admin/hand_over.html", context)
