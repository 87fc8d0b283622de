"""The public forms: get updates by email, ask for a manage link, change what you follow."""

from django import forms
from wagtail.models import Page

from portal.models import Topic

from .follow import followable_pages
from .models import Subscriber

EMAIL_ERRORS = {
    "required": "Enter your email address.",
    "invalid": "Enter an email address like name@example.org.",
}


def email_field() -> forms.EmailField:
    return forms.EmailField(
        label="Email address",
        max_length=254,
        error_messages=EMAIL_ERRORS,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )


def requested_page_ids(values: list[str]) -> list[int]:
    return [int(value) for value in values[:20] if value.isdigit() and len(value) < 12]


class FollowChoicesForm(forms.Form):
    """What to follow: the e-bulletin, topics, and pages the reader came from."""

    bulletin = forms.BooleanField(label="The e-bulletin (about once a month)", required=False)
    topics = forms.ModelMultipleChoiceField(
        label="Topics",
        queryset=Topic.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Changes to guidance on these topics.",
    )
    pages = forms.ModelMultipleChoiceField(
        label="Pages",
        queryset=Page.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    frequency = forms.ChoiceField(
        label="How often to hear about changes to topics and pages",
        choices=Subscriber.Frequency.choices,
        initial=Subscriber.Frequency.IMMEDIATE,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, page_ids: list[int] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = Topic.objects.order_by("name")
        self.fields["pages"].queryset = (
            followable_pages().filter(pk__in=page_ids or []).order_by("title")
        )
        if not page_ids:
            del self.fields["pages"]

    def chosen(self) -> tuple[bool, list[int], list[int]]:
        data = self.cleaned_data
        return (
            bool(data.get("bulletin")),
            [topic.pk for topic in data.get("topics") or []],
            [page.pk for page in data.get("pages") or []],
        )


class SubscribeForm(FollowChoicesForm):
    field_order = ["email", "bulletin", "topics", "pages", "frequency"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"] = email_field()
        self.order_fields(self.field_order)

    def clean(self):
        cleaned = super().clean()
        bulletin, topics, pages = self.chosen()
        if not (bulletin or topics or pages):
            raise forms.ValidationError("Choose at least one thing to get updates about.")
        return cleaned


class ManageLinkForm(forms.Form):
    email = email_field()


class ManageForm(FollowChoicesForm):
    """The manage page: everything is shown ticked as it is now; untick to stop."""
