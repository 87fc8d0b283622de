"""What triggers a purge: page publishing, moves and deletions, and site-wide snippets.

Apps name the models shown on every page through the ``register_site_wide_models`` hook
(a function returning model classes); a save or delete of any of them purges the whole
site. Page types shown on every page (in the sidebar, say) set
``shown_on_every_page = True``; pages in the menu count as shown on every page too.

Any purge, and a save or delete of any page, view restriction, image or document, also
starts a new generation of the shared page parts kept by ``caching.fragments``.
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail import hooks
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import fragments, purge

SITE_WIDE_HOOK = "register_site_wide_models"
# Saved or deleted, these change page parts kept by caching.fragments (an image's file, say).
SHOWN_IN_PAGES = (Page, PageViewRestriction, AbstractImage, AbstractDocument)


def site_wide_models() -> tuple[type, ...]:
    models = [Site]
    for hook in hooks.get_hooks(SITE_WIDE_HOOK):
        models.extend(hook())
    return tuple(models)


def shown_on_every_page(page: Page) -> bool:
    return page.show_in_menus or getattr(page.specific_class, "shown_on_every_page", False)


def on_publish(sender, instance: Page, **kwargs) -> None:
    if shown_on_every_page(instance):
        purge.purge_whole_site()
    else:
        purge.purge_pages([instance])


def on_unpublish_or_move(sender, instance: Page, **kwargs) -> None:
    # The page's old address, its listings, menus and breadcrumbs all change.
    purge.purge_whole_site()


def on_page_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) and instance.live:
        purge.purge_whole_site()


def on_model_change(sender, instance, **kwargs) -> None:
    site_wide = isinstance(instance, site_wide_models())
    if site_wide or isinstance(instance, SHOWN_IN_PAGES):
        # Menus, sidebar lists and settings kept by caching.fragments: a draft saved in the
        # admin is enough to forget them, as are pages added in code without publishing.
        fragments.new_generation()
    if site_wide:
        purge.purge_whole_site()


def connect() -> None:
    page_published.connect(on_publish, dispatch_uid="caching.publish")
    page_unpublished.connect(on_unpublish_or_move, dispatch_uid="caching.unpublish")
    post_page_move.connect(on_unpublish_or_move, dispatch_uid="caching.move")
    pre_delete.connect(on_page_delete, dispatch_uid="caching.page_delete")
    post_save.connect(on_model_change, dispatch_uid="caching.model_save")
    post_delete.connect(on_model_change, dispatch_uid="caching.model_delete")
