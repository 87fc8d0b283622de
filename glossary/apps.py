from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    name = "glossary"
    verbose_name = "Glossary"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished

        from .models import GlossaryPage, GlossaryTerm
        from .purge import purge_pages_with_definitions
        from .synonyms import feed_search_synonyms
        from .terms import forget_glossary

        # A changed term or a moved glossary page: the next page view reads them again.
        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(forget_glossary, sender=GlossaryTerm, dispatch_uid=f"glossary.{name}")
        post_save.connect(
            feed_search_synonyms, sender=GlossaryTerm, dispatch_uid="glossary.synonyms"
        )
        for name, signal in (("published", page_published), ("unpublished", page_unpublished)):
            signal.connect(forget_glossary, sender=GlossaryPage, dispatch_uid=f"glossary.{name}")
        # Pages showing definitions are cached: purge them after any change to the glossary.
        for name, signal, model in (
            ("term-saved", post_save, GlossaryTerm),
            ("term-deleted", post_delete, GlossaryTerm),
            ("page-published", page_published, GlossaryPage),
            ("page-unpublished", page_unpublished, GlossaryPage),
        ):
            signal.connect(
                purge_pages_with_definitions, sender=model, dispatch_uid=f"glossary.purge.{name}"
            )
