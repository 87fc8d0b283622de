from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Site search"

    def ready(self) -> None:
        from .promotions import require_https_outside_links
        from .vocabulary import connect_signals, rebuild_after_migrate

        require_https_outside_links()
        connect_signals()
        post_migrate.connect(rebuild_after_migrate, sender=self, dispatch_uid="search.vocabulary")
