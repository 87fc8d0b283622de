"""Health endpoints for load balancers and monitors, and the answer when the database is down.

* ``/health/live/`` needs nothing (no database, cache or session): the process answers.
* ``/health/ready/`` checks PostgreSQL, the cache and the task queue (django-health-check),
  answering 503 when one of them fails.

When the database cannot be reached, any page answers 503 with ``Retry-After`` and the
static ``templates/503.html`` (the same file a proxy can serve), not a 500.
"""

import dataclasses
import sys
import uuid

from django import db
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django_tasks import task_backends
from django_tasks.exceptions import TaskResultDoesNotExist
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView

RETRY_AFTER_SECONDS = 60


def database_unavailable(exception: BaseException | None) -> bool:
    """True when the error (or one it arose from) says the database cannot be reached."""
    seen = 0
    while exception is not None and seen < 10:
        if isinstance(exception, db.OperationalError | db.InterfaceError):
            return True
        exception = exception.__cause__ or exception.__context__
        seen += 1
    return False


def service_unavailable() -> HttpResponse:
    """The static 503 page: no context processors, so it makes no query."""
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def current_exception() -> BaseException | None:
    """The exception being handled (Django calls handler500 inside its ``except``)."""
    return sys.exc_info()[1]


@dataclasses.dataclass
class TaskQueue(HealthCheck):
    """The task backend is configured, and where it keeps results, that store answers."""

    alias: str = "default"

    def run(self) -> None:
        backend = task_backends[self.alias]
        if any(message.is_serious() for message in backend.check()):
            raise ServiceUnavailable("Task backend is misconfigured")
        if backend.supports_get_result:
            try:
                backend.get_result(str(uuid.uuid4()))
            except TaskResultDoesNotExist:
                pass
            except Exception as error:
                raise ServiceUnavailable("Task store is unreachable") from error


class ReadinessView(HealthCheckView):
    """PostgreSQL, the cache and the task queue; 503 (not 500) when one fails."""

    checks = (
        "health_check.checks.Database",
        "health_check.checks.Cache",
        TaskQueue,
    )

    async def get(self, request, *args, **kwargs):
        response = await super().get(request, *args, **kwargs)
        if response.status_code == 500:
            response.status_code = 503
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response


@never_cache
def live(request: HttpRequest) -> HttpResponse:
    """The process is up. Touches nothing else."""
    return HttpResponse("ok\n", content_type="text/plain")


ready = never_cache(ReadinessView.as_view())
