from django.apps import AppConfig


class SubscriptionsConfig(AppConfig):
    name = "subscriptions"
    verbose_name = "Email updates"

    def ready(self):
        from . import signals  # noqa: F401
