from django.apps import AppConfig
from django.db.models.signals import post_migrate


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Editorial roles and approval"

    def ready(self) -> None:
        from .groups import setup_after_migrate

        post_migrate.connect(setup_after_migrate, dispatch_uid="editorial.groups")
