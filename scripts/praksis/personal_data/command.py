"""`praksis scan`: find personal data in files, in the staged versions, or in all of git history.

Exit codes like the rest of praksis: 0 clean, 1 findings, 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import report
from ..diagnostics import Diagnostic
from . import find, scan_file
from .allow import ALLOW_FILE, fingerprint, load_allowlist
from .sources import SourceError, history, in_commit, prefixes, staged, work_tree

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def register(subparsers) -> None:
    scan = subparsers.add_parser(
        "scan", help="find personoplysninger (CPR-numre, navne, adresser ...) før de bliver offentliggjort")
    scan.add_argument("paths", nargs="*", metavar="STI",
                      help="filer eller mapper (standard: docs/ og cases_anonymized/)")
    when = scan.add_mutually_exclusive_group()
    when.add_argument("--staged", action="store_true", help="scan de versioner, der er klar til commit (git index)")
    when.add_argument("--history", action="store_true", help="scan hver version i hele git-historikken")
    scan.add_argument("--root", help="vidensbasens rodmappe (standard: den vidensbase, denne mappe ligger i)")
    scan.add_argument("--output-format", choices=report.FORMATS, default="text")
    scan.add_argument("--show-fingerprints", action="store_true",
                      help=f"vis fingeraftryk til {ALLOW_FILE} i stedet for fund (uden selve oplysningerne)")
    # Named files can be scanned outside a knowledge base; the whole base needs one.
    scan.set_defaults(run=run, needs_kb=lambda args: not args.paths)


def run(args, root: Path) -> int:
    allow = load_allowlist(root)
    try:
        found = _collect(args, root, allow)
    except SourceError as err:
        print(f"praksis: {err}", file=sys.stderr)
        return EXIT_USAGE
    if args.show_fingerprints:
        _print_fingerprints(found)
    else:
        diagnostics = list(allow.problems) + [located.diagnostic(source.path) for source, located in found]
        print(report.render(sorted(diagnostics, key=Diagnostic.sort_key), args.output_format))
    return EXIT_FINDINGS if found or allow.problems else EXIT_OK


def _collect(args, root: Path, allow) -> list:
    """(source, located finding) pairs from the work tree, the index or the history."""
    paths = [Path(p) for p in args.paths]
    if args.staged:
        sources = staged(root, prefixes(root, paths))
    elif args.history:
        sources = history(root, prefixes(root, paths))
    else:
        sources = work_tree(root, paths)
    found = []
    for source in sources:
        located = find(source.file, source.text, allow) if source.text is not None else \
            scan_file(source.file, source.data, allow)
        if located and source.blob:
            source = in_commit(root, source)
        found += [(source, one) for one in located]
    return found


def _print_fingerprints(found) -> None:
    """Path, rule and fingerprint, ready to paste into the allow file; never the data."""
    if not found:
        print("Ingen fund.")
        return
    print(f"# Tilføj kun fund, der IKKE er personoplysninger, under 'fingerprints:' i {ALLOW_FILE}:")
    for source, located in found:
        code = located.finding.code
        print(f"  - {{path: {source.file}, code: {code}, fingerprint: {fingerprint(source.file, code, located.raw)}}}"
              f"  # {source.path}:{located.line}:{located.col} {located.finding.masked}")


def main(argv: list[str] | None = None) -> int:
    """`python -m praksis.personal_data scan ...`, for the pre-commit hook and before the CLI wiring."""
    from ..cli import run_command  # the CLI imports this module; import it only when run on its own

    parser = argparse.ArgumentParser(prog="praksis")
    register(parser.add_subparsers())
    return run_command(parser, argv)
