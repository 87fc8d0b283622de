"""The public booking form: clear errors, typed values kept, and a honeypot for bots."""

from django import forms

HONEYPOT_FIELD = "website"


class BookingForm(forms.Form):
    """What a practitioner gives us to book a place on a training event."""

    name = forms.CharField(
        label="Full name",
        max_length=100,
        error_messages={"required": "Enter your full name."},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label="Work email",
        max_length=254,
        error_messages={
            "required": "Enter your work email address.",
            "invalid": "Enter an email address like name@example.org.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    organisation = forms.CharField(
        max_length=200,
        error_messages={"required": "Enter the organisation you work or volunteer for."},
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    role = forms.CharField(
        label="Job title or role",
        max_length=100,
        error_messages={"required": "Enter your job title or role."},
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    needs = forms.CharField(
        label="Access or dietary needs (optional)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label="You may contact me by email about this course after it, for example to ask "
        "how it went (optional)",
        required=False,
        help_text="Booking does not depend on this: we email you about your booking either way.",
    )
    website = forms.CharField(
        label="Leave this field empty",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "booking-%s")
        super().__init__(*args, **kwargs)
        self.fields["consent"].widget.attrs["aria-describedby"] = "booking-consent-hint"

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["aria-describedby"] = f"booking-{name}-error"

    def booking_details(self) -> dict:
        """The cleaned answers as `services.book_place` takes them (the honeypot left out)."""
        details = dict(self.cleaned_data)
        details.pop(HONEYPOT_FIELD, None)
        return details

    @property
    def caught_by_honeypot(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def clean(self):
        cleaned = super().clean()
        if self.caught_by_honeypot:
            raise forms.ValidationError(
                "We could not accept this booking. Check your details and send it again.",
                code="honeypot",
            )
        return cleaned
