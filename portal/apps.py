from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self) -> None:
        from .editorial import setup_after_migrate

        post_migrate.connect(setup_after_migrate, dispatch_uid="portal.editorial_groups")
