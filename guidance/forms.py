"""The guidance page's admin form: content owners chosen by full name, and the follower notice."""

from subscriptions.follow import FollowerNoticeForm

from .people import owner_name


class GuidancePageForm(FollowerNoticeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("owner_user")
        if field is not None:
            field.queryset = field.queryset.order_by("first_name", "last_name", "username")
            field.label_from_instance = owner_name
