from django.apps import AppConfig


class ProceduresConfig(AppConfig):
    name = "procedures"
    verbose_name = "Procedures"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail.signals import page_published

        from .models import ChapterPage
        from .signals import record_amendment

        page_published.connect(
            record_amendment, sender=ChapterPage, dispatch_uid="procedures.record_amendment"
        )
