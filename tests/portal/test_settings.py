"""Settings fail closed in production and pass Django's deployment checks."""

import os
import subprocess

import pytest

from tests import processes

GOOD_KEY = "k" * 20 + "-production-secret-key-for-checks"


def production_environment(**env: str) -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update({"DJANGO_SETTINGS_MODULE": "portal.settings.production", **env})
    return environment


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    return processes.run_manage(*args, env=production_environment(**env), timeout=120)


def production_settings(*names: str) -> dict:
    """Settings `names` in production, with a good secret key and a host name only."""
    environment = production_environment(SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="portal.example.org")
    return processes.read_settings(*names, env=environment)


@pytest.mark.parametrize(
    "env, message",
    [
        ({"ALLOWED_HOSTS": "portal.example.org"}, "SECRET_KEY"),
        ({"SECRET_KEY": "short", "ALLOWED_HOSTS": "portal.example.org"}, "SECRET_KEY"),
        ({"SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_secrets(env, message):
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_passes_deploy_checks():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=GOOD_KEY,
        ALLOWED_HOSTS="portal.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_wagtail_makes_no_calls_out_of_the_site(settings):
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
