"""Every module of the package imports on its own, in a fresh interpreter: no import cycle that works
only because some other module happened to be imported first."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = {"dashboard.__main__"}  # runs the command line on import
PAGES = "dashboard.app.pages."  # Streamlit page scripts: they draw the page when imported

# One interpreter; before each module every dashboard.* module is dropped, so each import starts
# from nothing of ours (third-party libraries stay loaded, which only saves time).
ISOLATED_IMPORTS = """
import importlib, sys, traceback
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "dashboard" or m.startswith("dashboard.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception:
        failed.append(name + ":\\n" + traceback.format_exc(limit=-3))
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


def module_files() -> dict[str, Path]:
    """Module name -> its file, for every module of the package but the scripts."""
    files = {}
    for path in sorted((ROOT / "dashboard").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name not in SCRIPTS and not name.startswith(PAGES):
            files[name] = path
    return files


def module_names() -> list[str]:
    return list(module_files())


def test_the_module_list_covers_the_package() -> None:
    names = module_names()
    assert "dashboard.official.merge" in names and "dashboard.official.importers" in names
    assert len(names) > 40


def test_every_module_imports_alone() -> None:
    done = subprocess.run(
        [sys.executable, "-c", ISOLATED_IMPORTS, *module_names()], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, f"modules that fail to import alone:\n{done.stdout}{done.stderr}"


def module_imports(path: Path) -> set[str]:
    """What the module at PATH imports when it is loaded (imports inside functions are left out: they run
    later, once every module is loaded; so are imports only for the type checker)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    pending = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
            pending += node.body + node.orelse
        elif isinstance(node, ast.Try):
            pending += node.body + node.orelse + node.finalbody + [n for h in node.handlers for n in h.body]
    return found


def import_graph(files: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the dashboard modules its loading runs: each imported module and the packages it sits in
    (a package's __init__ runs first), except the packages the importer itself sits in (already running)."""
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        own = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 2)}
        edges = set()
        for target in module_imports(path):
            parts = target.split(".")
            edges |= {".".join(parts[:i]) for i in range(1, len(parts) + 1)}
        graph[name] = {t for t in edges if t in files and t not in own}
    return graph


def cycle_in(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of the graph, or [] when there is none (depth-first search)."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = "open"
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = "done"
        path.pop()
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycle_in({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle_in({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []


def test_no_import_cycle_between_modules() -> None:
    """A cycle works or fails by which module is imported first (importers → merge → importers did)."""
    graph = import_graph(module_files())
    assert "dashboard.official.merge" in graph["dashboard.official.importers"]
    cycle = cycle_in(graph)
    assert not cycle, "import cycle: " + " -> ".join(cycle)
