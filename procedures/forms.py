"""The chapter edit form: every publish needs a note for the amendments log."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

FIRST_NOTE = "First published."


class ChapterPageForm(WagtailAdminPageForm):
    """Starts each new change with an empty note, so last time's note is never reused."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        note = self.fields.get("amendment_note")
        if note is None:
            return
        note.required = True
        page = self.instance
        if not page.pk:
            self.initial["amendment_note"] = self.initial.get("amendment_note") or FIRST_NOTE
        elif page.live and not page.has_unpublished_changes:
            # The live version's note is already in the log: this edit is a new change.
            self.initial["amendment_note"] = ""
            self.initial["amendment_level"] = "minor"

    def clean_amendment_note(self) -> str:
        note = " ".join((self.cleaned_data.get("amendment_note") or "").split())
        if not note:
            raise forms.ValidationError("Say what changed, for the amendments log.")
        return note
