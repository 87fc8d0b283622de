from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self) -> None:
        from django.urls import register_converter

        from . import listings
        from .converters import RowIdConverter

        register_converter(RowIdConverter, "id")

        # Every app's models are loaded by now, so every section has declared its parent.
        from .models import HomePage, home_sections

        HomePage.subpage_types = home_sections()
        listings.connect()

        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction
        from wagtail.signals import post_page_move

        from .query import forget_restricted_paths

        for signal in (post_save, post_delete):
            signal.connect(
                forget_restricted_paths,
                sender=PageViewRestriction,
                dispatch_uid="portal-restrictions",
            )
        post_page_move.connect(forget_restricted_paths, dispatch_uid="portal-restrictions-moved")
