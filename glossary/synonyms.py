"""Glossary terms with an abbreviation feed the site search's synonyms.

Editors write jargon once, in the glossary: saving a term such as LADO (Local Authority
Designated Officer) makes sure the search synonym for LADO includes the full term, creating
the synonym if there is none. Synonyms stay editable for search-only forms (misspellings,
other ways of saying it), and the search itself reads only its own synonyms.
"""

from search.models import Synonym

ALTERNATIVES_MAX = Synonym._meta.get_field("alternatives").max_length


def feed_search_synonyms(sender, instance, raw: bool = False, **_kwargs) -> None:
    """After a glossary term is saved: its abbreviation finds its full term, and back."""
    if raw or not instance.abbreviation:
        return
    synonym = Synonym.objects.filter(term__iexact=instance.abbreviation).first()
    if synonym is None:
        Synonym.objects.create(term=instance.abbreviation, alternatives=instance.term)
        return
    if instance.term.lower() in {form.lower() for form in synonym.forms}:
        return
    alternatives = f"{synonym.alternatives.rstrip(', ')}, {instance.term}"
    if len(alternatives) <= ALTERNATIVES_MAX:
        synonym.alternatives = alternatives
        synonym.save(update_fields=["alternatives"])
