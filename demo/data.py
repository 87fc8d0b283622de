"""Read the demo content's data files (demo/content/NAME.toml)."""

import tomllib
from pathlib import Path

CONTENT = Path(__file__).resolve().parent / "content"


def read(name: str) -> dict:
    """The parsed data file `name`.toml: a fresh copy each time, so callers may change it."""
    with (CONTENT / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


def fill(value, **names: str):
    """`value` with each `{name}` in its strings replaced, through lists and tables."""
    if isinstance(value, str):
        for name, text in names.items():
            value = value.replace(f"{{{name}}}", text)
        return value
    if isinstance(value, list):
        return [fill(item, **names) for item in value]
    if isinstance(value, dict):
        return {key: fill(item, **names) for key, item in value.items()}
    return value
