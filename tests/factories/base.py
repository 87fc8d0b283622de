"""What every factory shares: the home page as the default parent, publishing, images."""

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Collection, Site


def home_page():
    """The root page of the default site: the home page, under which sections go."""
    return Site.objects.get(is_default_site=True).root_page.specific


class PortalPageFactory(wagtail_factories.PageFactory):
    """A page added under `parent` (the home page unless given), live by default.

    A live page is saved live at once, with its publication dates, as fixtures and bulk
    loads do: no revision and no `page_published` signal. `revision=True` publishes it through
    a revision instead, as an editor would, for tests that read revisions or what publishing
    sets off (purges, notices, amendment records). `live=False` leaves a draft with one
    revision.

    Factories for one-of-a-kind sections derive from `SectionPageFactory`.
    """

    title = factory.Sequence(lambda n: f"Test page {n}")
    parent = factory.LazyFunction(home_page)
    live = True
    revision = False

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("revision")
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        by_revision = kwargs.pop("revision") or not kwargs.get("live", True)
        if not by_revision:
            now = timezone.now()
            kwargs.setdefault("first_published_at", now)
            kwargs.setdefault("last_published_at", now)
        instance = super()._create_instance(model_class, parent, kwargs)
        instance._factory_publish = "revision" if by_revision else "direct"
        return instance

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        publish = getattr(instance, "_factory_publish", None)
        if not create or publish is None:
            return
        del instance._factory_publish
        if publish == "direct":
            if any((results or {}).values()):
                instance.save()  # what post-generation hooks set in memory (topics)
            return
        # The revision carries what post-generation hooks set in memory (topics).
        revision = instance.save_revision()
        if instance.live:
            revision.publish()
        instance.refresh_from_db()


class SectionPageFactory(PortalPageFactory):
    """A one-of-a-kind section (news, training, the manual...): the one already under the
    parent is returned as it is."""

    class Meta:
        abstract = True
        django_get_or_create = ("parent",)


def relation_hook(field: str):
    """A post-generation hook: `<field>=[...]` sets that many-to-many relation (a page's
    topics, a review's themes)."""

    def hook(obj, create, extracted, **kwargs):
        if extracted:
            getattr(obj, field).set(extracted)
            return True  # the page is saved again to keep them
        return False

    return factory.PostGeneration(hook)


def topics_hook():
    """`topics=[...]` gives the page those topics."""
    return relation_hook("topics")


class ImageFactory(wagtail_factories.ImageFactory):
    """A small generated image in the root collection."""

    title = factory.Sequence(lambda n: f"Test image {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=240, height=120, color="navy")
