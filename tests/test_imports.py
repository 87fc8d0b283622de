"""The project's modules import one way (views -> services -> models), and stay small.

Every import counts, at module level or inside a function: an import moved into a function
to get round a circle is still a circle.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_DIRS = {".venv", "migrations", "node_modules", "static", "__pycache__"}
MAX_LINES = 400
LONG_MODULES_ALLOWED: set[str] = set()


def project_files() -> dict[str, Path]:
    """Every project module by dotted name."""
    modules = {}
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if SKIPPED_DIRS & set(relative.parts[:-1]):
            continue
        parts = list(relative.with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts:
            modules[".".join(parts)] = path
    return modules


def imported_names(tree: ast.Module, module: str, is_package: bool) -> set[str]:
    """Dotted names each import statement in the module refers to (anywhere in the module)."""
    package = module if is_package else module.rpartition(".")[0]
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            names.add(prefix)
            names.update(f"{prefix}.{alias.name}" for alias in node.names)
    return names


def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports, including the packages above them."""
    files = project_files()
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        targets = set()
        for name in imported_names(tree, module, path.name == "__init__.py"):
            parts = name.split(".")
            for end in range(1, len(parts) + 1):
                candidate = ".".join(parts[:end])
                if candidate in files:
                    targets.add(candidate)
        targets.discard(module)
        # A module's own package is imported before it: that is not an edge of a circle.
        graph[module] = {t for t in targets if not module.startswith(t + ".")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a circle (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_circle_and_nothing_else():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_among_project_modules():
    assert cycles(import_graph()) == []


def test_no_module_is_over_the_line_limit():
    long = {}
    for path in project_files().values():
        relative = path.relative_to(ROOT).as_posix()
        if relative in LONG_MODULES_ALLOWED:
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            long[relative] = lines
    assert long == {}


# What portal/ builds on besides Wagtail and Django: the page cache and the editorial roles.
PORTAL_BUILDS_ON = {"caching", "editorial"}
# Every other app of the project (a folder with an apps.py), so a new app is covered too.
CONTENT_APPS = {
    path.parent.name for path in ROOT.glob("*/apps.py") if path.parent.name != "portal"
} - PORTAL_BUILDS_ON


def names_of_content_apps(module: str, path: Path) -> set[str]:
    """What a module names of the content apps: modules it imports, and string constants
    shaped like a model label or a permission ("news.NewsIndexPage", "training.add_booking")."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = {
        name
        for name in imported_names(tree, module, path.name == "__init__.py")
        if name.partition(".")[0] in CONTENT_APPS
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            app, dot, rest = node.value.partition(".")
            if dot and app in CONTENT_APPS and rest.isidentifier():
                found.add(node.value)
    return found


def test_the_apps_portal_may_not_name_include_every_content_app():
    assert {"guidance", "news", "training", "partners", "reviews", "concerns"} <= CONTENT_APPS
    assert not {"portal", "caching", "editorial"} & CONTENT_APPS


def test_the_content_app_finder_sees_imports_and_labels(tmp_path):
    path = tmp_path / "example.py"
    path.write_text(
        "from news.models import NewsIndexPage\n"
        "import training.services\n"
        'TYPES = ["guidance.QAPage", "training.add_booking", "portal.StandardPage"]\n'
        'TEXT = "See news. And more."\n'
    )
    assert names_of_content_apps("portal.example", path) == {
        "news.models",
        "news.models.NewsIndexPage",
        "training.services",
        "guidance.QAPage",
        "training.add_booking",
    }


def test_portal_names_no_content_app_outside_the_url_configuration():
    named = {}
    for module, path in project_files().items():
        in_portal = module.partition(".")[0] == "portal" and module != "portal.urls"
        if in_portal and (found := names_of_content_apps(module, path)):
            named[module] = sorted(found)
    assert named == {}
