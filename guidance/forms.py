"""The guidance page's admin form: content owners chosen by full name."""

from wagtail.admin.forms import WagtailAdminPageForm

from .people import owner_name


class GuidancePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("owner_user")
        if field is not None:
            field.queryset = field.queryset.order_by("first_name", "last_name", "username")
            field.label_from_instance = owner_name
