"""Keep partners' recorded logo renditions right when a logo image is changed or deleted."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.images import get_image_model

from .models import Partner

Image = get_image_model()


@receiver(post_save, sender=Image)
def refresh_partner_logos(sender, instance, **kwargs):
    for partner in Partner.objects.filter(logo=instance):
        partner.save()


@receiver(post_delete, sender=Image)
def clear_partner_logos(sender, instance, **kwargs):
    Partner.objects.filter(logo_url__isnull=False, logo__isnull=True).exclude(logo_url="").update(
        logo_url="", logo_width=None, logo_height=None
    )
