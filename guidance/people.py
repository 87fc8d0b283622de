"""How staff are named in the admin: by full name, never by login name when a name is set."""

from django.contrib.auth.base_user import AbstractBaseUser


def owner_name(user: AbstractBaseUser | None) -> str:
    """A person's full name (their user name when no name is set); empty for nobody."""
    if user is None:
        return ""
    return user.get_full_name().strip() or user.get_username()
