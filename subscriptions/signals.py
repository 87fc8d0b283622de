"""Tell followers about a significant change when an editor publishes it."""

from django.dispatch import receiver
from wagtail.signals import page_published

from . import services


@receiver(page_published, dispatch_uid="subscriptions.page_published")
def notify_on_publish(sender, instance, revision=None, **kwargs):
    services.page_published(page=instance)
