"""gunicorn settings: ``gunicorn -c portal/gunicorn.conf.py portal.wsgi``.

Every value can be changed with the environment (``GUNICORN_WORKERS`` and so on). Workers
are replaced after ``max_requests`` requests, with jitter so they do not all restart at
once: memory taken by one large image upload or listing is given back.
"""

import os


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{_int('PORT', 8000)}")
workers = _int("GUNICORN_WORKERS", 3)
max_requests = _int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 100)
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# Uploads are capped by Django; headers and request lines are kept small.
limit_request_line = 8190
limit_request_fields = 100
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
