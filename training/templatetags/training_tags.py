from django import template

from training.models import TrainingEventPage

register = template.Library()


@register.simple_tag
def upcoming_training(count: int = 2):
    """The next events still to finish, soonest first."""
    return list(TrainingEventPage.objects.upcoming()[:count])
