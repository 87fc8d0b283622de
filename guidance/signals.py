"""Keep the Q&A page's search entry in step when one of its answers changes on its own."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.search.index import insert_or_update_object

from .models import QAPage, QuestionAnswer


@receiver(post_save, sender=QuestionAnswer)
@receiver(post_delete, sender=QuestionAnswer)
def reindex_qa_page(sender, instance, **kwargs):
    """The page is indexed with its questions (RelatedFields): refresh it after the change."""
    page_id = instance.page_id

    def refresh():
        page = QAPage.objects.filter(pk=page_id).first()
        if page is not None:
            insert_or_update_object(page)

    transaction.on_commit(refresh)
