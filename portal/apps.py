from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self) -> None:
        from django.urls import register_converter

        from .converters import RowIdConverter
        from .editorial import setup_after_migrate
        from .promotions import require_https_outside_links
        from .vocabulary import connect_signals, rebuild_after_migrate

        register_converter(RowIdConverter, "id")
        require_https_outside_links()

        post_migrate.connect(setup_after_migrate, dispatch_uid="portal.editorial_groups")
        connect_signals()
        post_migrate.connect(rebuild_after_migrate, sender=self, dispatch_uid="portal.vocabulary")
