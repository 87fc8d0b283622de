from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the service: the production stack on one machine, backups and restores, and
    the benchmark of the running stack (`make serve`, `make backup`, `make bench`)."""

    name = "operations"
    verbose_name = "Running the service"
