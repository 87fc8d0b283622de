from django.apps import AppConfig


class ProceduresConfig(AppConfig):
    name = "procedures"
    verbose_name = "Procedures"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail.signals import page_published, page_unpublished

        from guidance.models import GuidancePage

        from .models import ChapterPage
        from .purge import purge_around_chapter, purge_pack_list
        from .signals import record_amendment

        page_published.connect(
            record_amendment, sender=ChapterPage, dispatch_uid="procedures.record_amendment"
        )
        for name, signal in (("published", page_published), ("unpublished", page_unpublished)):
            signal.connect(
                purge_around_chapter, sender=ChapterPage, dispatch_uid=f"procedures.purge.{name}"
            )
            signal.connect(
                purge_pack_list, sender=GuidancePage, dispatch_uid=f"procedures.pack.{name}"
            )
