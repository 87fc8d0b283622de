from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site: its words in data files, and the commands that load it."""

    name = "demo"
    verbose_name = "Demo content"
