"""Every publish of a chapter goes into the amendments log."""

from django.db import transaction
from django.utils import timezone

from .models import Amendment


def record_amendment(sender, instance, revision=None, **kwargs) -> None:
    """Log the note and level the editor gave for this publish (once per revision)."""
    if revision is None:
        return
    with transaction.atomic():
        Amendment.objects.get_or_create(
            revision=revision,
            defaults={
                "page": instance,
                "level": instance.amendment_level,
                "note": instance.amendment_note,
                "published_at": timezone.now(),
            },
        )
