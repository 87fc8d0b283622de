from tests.subscriptions.conftest import fresh_cache, make_subscriber, run_tasks  # noqa: F401
