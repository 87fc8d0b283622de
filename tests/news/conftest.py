import pytest
from wagtail.models import Site

from portal.models import SiteSettings

ORGANISATION = "Testshire Safeguarding Partnership"


@pytest.fixture
def organisation(db):
    """The default site's organisation name, set to one no demo content uses."""
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name = ORGANISATION
    settings.save()
    return ORGANISATION
