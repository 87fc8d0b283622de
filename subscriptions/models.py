"""Email subscribers and what they follow: only the address, the follows and when confirmed."""

import datetime

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from portal.models import Topic

# Unconfirmed addresses are deleted after this long (manage.py prune_subscribers).
UNCONFIRMED_DAYS = 7


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed_before(self, moment: datetime.datetime):
        return self.filter(confirmed_at__isnull=True, created_at__lt=moment)

    def following_page(self, *, page_id: int, topic_ids: list[int]):
        """Confirmed subscribers following the page itself or one of its topics."""
        follows = models.Q(follows__page_id=page_id)
        if topic_ids:
            follows |= models.Q(follows__topic_id__in=topic_ids)
        return self.confirmed().filter(follows).distinct()


class Subscriber(models.Model):
    """One email address that asked for updates; nothing is sent until it is confirmed."""

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", "As soon as it changes (at most once a day a page)"
        WEEKLY = "weekly", "One weekly digest"

    email = models.EmailField(max_length=254)
    bulletin = models.BooleanField("E-bulletin", default=False)
    frequency = models.CharField(
        "Updates about followed pages",
        max_length=10,
        choices=Frequency.choices,
        default=Frequency.IMMEDIATE,
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="subscriptions_one_row_per_address")
        ]

    def __str__(self) -> str:
        return self.email

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class Follow(models.Model):
    """A subscriber follows a topic or a page (a guidance page, a procedures chapter...)."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="follows")
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.CASCADE, related_name="followers"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="followers",
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(topic__isnull=True) ^ models.Q(page__isnull=True)),
                name="subscriptions_follow_one_target",
            ),
            models.UniqueConstraint(
                fields=["subscriber", "topic"],
                condition=models.Q(topic__isnull=False),
                name="subscriptions_follow_topic_once",
            ),
            models.UniqueConstraint(
                fields=["subscriber", "page"],
                condition=models.Q(page__isnull=False),
                name="subscriptions_follow_page_once",
            ),
        ]

    def __str__(self) -> str:
        return str(self.topic or self.page)


class FollowerNotice(models.Model):
    """A change a follower is told about: sent at once (one a page a day) or in the digest."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="notices")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    note = models.TextField(blank=True)
    day = models.DateField(default=timezone.localdate)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "page", "day"], name="subscriptions_one_notice_a_day"
            )
        ]
        indexes = [models.Index(fields=["sent_at"])]

    def __str__(self) -> str:
        return f"{self.page_id} → {self.subscriber_id} ({self.day})"
