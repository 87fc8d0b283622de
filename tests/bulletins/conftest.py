from tests.subscriptions.conftest import make_subscriber  # noqa: F401
