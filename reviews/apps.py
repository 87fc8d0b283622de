from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = "Learning from reviews"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the purge handlers)
