"""Create the demo administrator for local development, and print how to log in."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEFAULT_USERNAME = "admin"
DEFAULT_PASSWORD = "portal-demo-admin"  # noqa: S105 - a local demo account only


class Command(BaseCommand):
    help = "Create a demo superuser (development only) and print its login."

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("The demo admin is for development only (DEBUG is off).")
        username = os.environ.get("DEMO_ADMIN_USERNAME", DEFAULT_USERNAME)
        password = os.environ.get("DEMO_ADMIN_PASSWORD", DEFAULT_PASSWORD)
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.invalid",
                "is_staff": True,
                "is_superuser": True,
            },
        )
        if created:
            user.set_password(password)
            user.save()
            self.stdout.write(self.style.SUCCESS("Demo admin created."))
        shown = password if user.check_password(password) else "(changed since it was created)"
        port = os.environ.get("PORT", "8000")
        self.stdout.write(
            f"Admin: http://127.0.0.1:{port}/admin/  username: {username}  password: {shown}"
        )
