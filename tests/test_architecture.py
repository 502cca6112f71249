"""The core stays independent of MkDocs, so a move to another generator stays small."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import praksis


def core_modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages(praksis.__path__, "praksis.")]
    return [n for n in names if not n.startswith("praksis.mkdocs_plugin") and n != "praksis.__main__"]


def test_no_core_module_imports_mkdocs():
    modules = core_modules()
    assert {"praksis.pipeline", "praksis.pages", "praksis.checks", "praksis.build"} <= set(modules)
    probe = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'mkdocs' or name.startswith('mkdocs.'):\n"
        "            raise ImportError('core imported ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_plugin_is_registered_as_an_mkdocs_entry_point():
    from importlib.metadata import entry_points

    (plugin,) = [ep for ep in entry_points(group="mkdocs.plugins") if ep.name == "praksis"]
    assert plugin.value == "praksis.mkdocs_plugin.plugin:PraksisPlugin"
