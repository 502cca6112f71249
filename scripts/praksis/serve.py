"""`praksis serve`: the site on this machine while you write, rebuilt on every save.

MkDocs' own serve prints its banner, a warning about dirty builds and a line for every page that is
not in the navigation (all of them, by design), with a content error as one line among them. Here
only what the writer needs is shown: the check's findings in praksis' own format, and the address.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

_PLUGIN_LOGGER = "mkdocs.plugins.praksis"
_STAMP = re.compile(r"^\[\d\d:\d\d:\d\d\] ")
_NOISE = ("A 'dirty' build is being performed", "The following pages exist in the docs directory",
          "is not included in the \"nav\"")


class _WriterHandler(logging.Handler):
    """Lets through praksis' own messages, MkDocs' warnings and errors, and the address; nothing else."""

    def __init__(self, stream):
        super().__init__()
        self.stream = stream

    def emit(self, record: logging.LogRecord) -> None:
        text = self.render(record)
        if text is not None:
            print(text, file=self.stream, flush=True)

    @staticmethod
    def render(record: logging.LogRecord) -> str | None:
        message = _STAMP.sub("", record.getMessage())  # livereload stamps its lines with the time
        if record.name.startswith(_PLUGIN_LOGGER):
            return message.removeprefix("praksis: ")
        if message.startswith("Serving on "):
            return f"Sitet kører på {message.split()[2]}  (gem en fil, så bygges siden igen; stop med Ctrl+C)"
        if message.startswith("Detected file changes"):
            return "Ændring gemt; bygger igen ..."
        if record.levelno >= logging.WARNING and not any(noise in message for noise in _NOISE):
            return f"MkDocs: {message}"
        return None


LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def address_problem(dev_addr: str) -> str | None:
    """Why praksis serve will not listen there, or None: only this machine, on a real port."""
    host, colon, port = dev_addr.rpartition(":")
    if not colon or not port.isdigit() or not 0 < int(port) < 65536:
        return f"'{dev_addr}' er ikke en adresse med port; skriv fx 127.0.0.1:8000."
    if host not in LOOPBACK:
        return (f"praksis serve viser kun sitet på denne maskine (127.0.0.1); '{host}' ville vise ukontrollerede "
                "kladder, også med personoplysninger, for andre på netværket. Brug praksis build og en rigtig "
                "webserver for at dele sitet.")
    return None


def serve(root: Path, dev_addr: str, dirty: bool = True) -> int:
    problem = address_problem(dev_addr)
    if problem:
        print(f"praksis: {problem}", file=sys.stderr)
        return 2
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.serve import serve as mkdocs_serve
    from mkdocs.exceptions import MkDocsException

    logger = logging.getLogger("mkdocs")
    logger.handlers[:] = [_WriterHandler(sys.stderr)]
    logger.setLevel(logging.INFO)
    logger.propagate = False
    print(f"Bygger sitet fra {root} ...", file=sys.stderr, flush=True)
    try:
        # --dirty: MkDocs rebuilds only the pages whose Markdown changed (the plugin keeps them in its cache).
        mkdocs_serve(config_file=str(root / "mkdocs.yml"), livereload=True,
                     build_type="dirty" if dirty else None, dev_addr=dev_addr)
    except MkDocsException as err:
        print(f"praksis: sitet kunne ikke vises: {err}", file=sys.stderr)
        return 1
    except (OSError, OverflowError) as err:  # the address is taken, or not this machine's
        print(f"praksis: kan ikke lytte på {dev_addr}: {getattr(err, 'strerror', None) or err}. Vælg en anden med "
              "--dev-addr.",
              file=sys.stderr)
        return 2
    return 0
