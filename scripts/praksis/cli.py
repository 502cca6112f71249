"""The `praksis` command: check, build, serve, new, scan, rule, changes.

Exit codes like Ruff's: 0 clean, 1 content errors (or warnings with --strict), 2 usage errors.
Every command that reads the knowledge base goes through pipeline.run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import personal_data, report
from .diagnostics import fails
from .files import find_root, is_kb_root

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2


_ARGPARSE_DANISH = [  # argparse's own words -> Danish
    ("the following arguments are required", "disse argumenter mangler"), ("invalid choice", "ugyldigt valg"),
    ("choose from", "vælg mellem"), ("unrecognized arguments", "ukendte argumenter"),
    ("expected one argument", "der mangler en værdi"), ("not allowed with argument", "kan ikke bruges sammen med"),
    ("ambiguous option", "tvetydigt tilvalg"), ("could match", "kan betyde"), ("argument ", "argument "),
]


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        # argparse asks with prefix='' when it builds a subcommand's name from the usage line: keep that one bare.
        super().add_usage(usage, actions, groups, prefix="brug: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, add_help=False, formatter_class=_Formatter, **kwargs)
        self._positionals.title, self._optionals.title = "argumenter", "tilvalg"
        self.add_argument("-h", "--help", action="help", help="vis denne hjælp")

    def error(self, message: str):  # argparse exits 2 already; say it in Danish
        for english, danish in _ARGPARSE_DANISH:
            message = message.replace(english, danish)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"praksis: fejl i kommandoen: {message}\n")


def main(argv: list[str] | None = None) -> int:
    return run_command(_build_parser(), argv)


def run_command(parser: argparse.ArgumentParser, argv: list[str] | None) -> int:
    """Parse, find the knowledge base, and run the chosen subcommand."""
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return EXIT_USAGE
    root = _find_root(args)
    if root is None:
        return EXIT_USAGE
    return args.run(args, root)


def _find_root(args) -> Path | None:
    """--root as given, else the knowledge base holding the working folder (as git and Ruff find theirs)."""
    explicit = getattr(args, "root", None)
    needs_kb = getattr(args, "needs_kb", True)
    needs_kb = needs_kb(args) if callable(needs_kb) else needs_kb
    if explicit is not None:
        root = Path(explicit).resolve()
        if not root.is_dir():
            print(f"praksis: mappen {explicit} findes ikke.", file=sys.stderr)
            return None
        if is_kb_root(root) or not needs_kb:
            return root
        print(f"praksis: {explicit} er ikke en vidensbase. {_WHAT_ROOT_IS}", file=sys.stderr)
        return None
    root = find_root(Path.cwd())
    if root is None and not needs_kb:
        return Path.cwd().resolve()
    if root is None:
        print(f"praksis: her er ingen vidensbase. {_WHAT_ROOT_IS}", file=sys.stderr)
    return root


_WHAT_ROOT_IS = ("praksis leder i denne mappe og mapperne over den efter en mappe med cases_anonymized/ eller "
                 "docs/principper/, eller en mkdocs.yml der bruger praksis-pluginnet. Gå til vidensbasens mappe, "
                 "eller angiv den med --root.")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="praksis", description="Vidensbasen for fælles faglig praksis.")
    sub = parser.add_subparsers(parser_class=_Parser, title="kommandoer", metavar="KOMMANDO")

    check = sub.add_parser("check", help="kontrollér hele vidensbasen uden at bygge sitet")
    _root(check)
    check.add_argument("--strict", action="store_true", help="advarsler tæller også som fejl")
    check.add_argument("--output-format", choices=report.FORMATS, default="text")
    check.add_argument("--select", action="append", default=[], metavar="REGLER",
                       help="vis kun disse regler: koder, begyndelser (R3, K) eller navne, adskilt af komma")
    check.add_argument("--ignore", action="append", default=[], metavar="REGLER",
                       help="vis ikke disse regler (regler der vogter sitets løfter, kan ikke slås fra)")
    check.add_argument("--staged", action="store_true",
                       help="kontrollér indholdet som det står i git's index (det næste commit), fx i en pre-commit-hook")
    check.add_argument("--base", metavar="REF",
                       help="kontrollér også det, en ændring i forhold til denne git-ref skal overholde (fx "
                            "origin/main i en pull request): et princip, der bliver vedtaget, nævner sit møde")
    check.set_defaults(run=_check)

    build = sub.add_parser("build", help="kontrollér og byg sitet")
    _root(build)
    where = build.add_mutually_exclusive_group()
    where.add_argument("--out", help="mappen sitet skrives til (standard: site/); en ny eller tom mappe, "
                       "eller en som praksis selv har bygget")
    where.add_argument("--tree", help="skriv de færdige Markdown-sider og en mkdocs.yml til denne mappe i stedet")
    build.set_defaults(run=_build)

    serve = sub.add_parser("serve", help="vis sitet på denne maskine, mens du skriver (bygges igen ved hver ændring)")
    _root(serve)
    serve.add_argument("--dev-addr", default="127.0.0.1:8000", metavar="VÆRT:PORT",
                       help="adressen sitet vises på (standard: 127.0.0.1:8000)")
    serve.set_defaults(run=_serve)

    new = sub.add_parser("new", help="opret et nyt princip, en sag eller et mødereferat fra skabelonen")
    _root(new)
    new.add_argument("kind", choices=("principle", "case", "meeting"))
    new.add_argument("--title", help="overskrift (påkrævet for principper og sager)")
    new.add_argument("--date", help="mødets dato, ÅÅÅÅ-MM-DD (møder; standard: i dag)")
    new.add_argument("--forum", help="forum for mødet (standard: teammoede)")
    new.add_argument("--team", help="teamets navn, føjes til mødets id")
    new.add_argument("--discussions", type=_count, default=1, metavar="ANTAL",
                     help="antal sagsdrøftelser, mødereferatet får en dagsorden til (standard: 1)")
    # Meeting records name no case; the old option stays only to say why (see scaffold.create).
    new.add_argument("--case", action="append", dest="cases", help=argparse.SUPPRESS)
    new.add_argument("--from-meeting", metavar="M-ÅÅÅÅ-MM-DD",
                     help="opret princippet som forslag rejst på dette møde (mødets side viser forslaget)")
    # A new knowledge base starts with 'praksis new ... --root FOLDER'; otherwise it goes into the one found.
    new.set_defaults(run=_new, needs_kb=lambda args: args.root is None)

    review = sub.add_parser("review", help="principper der skal revideres: overskredne og dem der snart skal, "
                                           "efter ansvarlig (til den faglige koordinators dagsorden)")
    _root(review)
    review.add_argument("--within", type=_days, default=60, metavar="DAGE",
                        help="tag principper med, der skal revideres inden for så mange dage (standard: 60)")
    review.add_argument("--output-format", choices=("text", "json"), default="text")
    review.set_defaults(run=_review)

    rule = sub.add_parser("rule", help="forklar en regel: hvad den vogter, hvorfor, og et eksempel rettet")
    rule.add_argument("code", nargs="?", help="reglens kode (fx R305) eller navn (fx unknown-method)")
    rule.add_argument("--all", action="store_true", help="vis alle regler, en linje hver")
    rule.set_defaults(run=_rule, needs_kb=False)

    changes = sub.add_parser("changes", help="hvad en ændring gør ved vidensbasen i forhold til en git-ref "
                             "(fx en pull request): nye og ændrede principper, sager og møder")
    _root(changes)
    changes.add_argument("--base", required=True, metavar="REF", help="git-ref der sammenlignes med, fx origin/main")
    changes.add_argument("--output-format", choices=("markdown", "json"), default="markdown")
    changes.set_defaults(run=_changes)

    personal_data.register(sub)
    return parser


def _root(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", help="vidensbasens rodmappe (standard: den vidensbase, denne mappe ligger i)")


def _pipeline(root: Path, entry: str = "run", **options):
    """One run of the pipeline (or its check), or None after a usage error (a bad selector, an unreadable
    mkdocs.yml)."""
    from . import pipeline
    from .git import GitError
    from .policy import PolicyError
    from .project import ProjectError

    try:
        return getattr(pipeline, entry)(root, pipeline.Options(**options))
    except (PolicyError, ProjectError, GitError) as err:
        print(f"praksis: {err}", file=sys.stderr)
        return None


def _check(args, root: Path) -> int:
    from .policy import Policy, PolicyError

    try:
        policy = Policy(tuple(_split(args.select)), tuple(_split(args.ignore)))
    except PolicyError as err:
        print(f"praksis: {err}", file=sys.stderr)
        return EXIT_USAGE
    base = _base(root, args.base) if args.base else None
    if args.base and base is None:
        return EXIT_USAGE
    options = {"policy": policy, "staged": args.staged, "history": False}  # no pages shown: no history read
    if base is not None:  # the normal check and the rules only a change can break
        from .changes import check_against

        result = _pipeline(root, **options)
        if result is None:
            return EXIT_USAGE
        diagnostics, project = check_against(result, base, policy), result.project
    else:
        checked = _pipeline(root, entry="check", **options)
        if checked is None:
            return EXIT_USAGE
        diagnostics, project = checked.diagnostics, checked.project
    print(report.render(diagnostics, args.output_format, site_url=project.site_url))
    return EXIT_CONTENT if fails(diagnostics, args.strict) else EXIT_OK


def _base(root: Path, ref: str):
    """The knowledge base at a git ref, or None after saying (in Danish) why it cannot be read."""
    from .changes import load_base
    from .git import GitError

    try:
        return load_base(root, ref)
    except GitError as err:
        print(f"praksis: {err}", file=sys.stderr)
        return None


def _changes(args, root: Path) -> int:
    from .changes import compare, render

    base = _base(root, args.base)
    if base is None:
        return EXIT_USAGE
    result = _pipeline(root, history=False)  # no pages shown: no history read
    if result is None:
        return EXIT_USAGE
    changes = compare(result, base)
    print(render(changes, args.output_format, site_url=result.project.site_url), end="")
    if changes.diagnostics:
        print(report.text(changes.diagnostics), file=sys.stderr)
    return EXIT_CONTENT if fails(changes.diagnostics, strict=False) else EXIT_OK


def _split(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _build(args, root: Path) -> int:
    from .build import BuildError, build_site, write_tree
    from .output_folder import OutputFolderError, check_output_folder

    option, target = ("--tree", Path(args.tree)) if args.tree else ("--out", Path(args.out or root / "site"))
    try:  # before the check, so a refused folder costs no waiting
        check_output_folder(root, target, option)
    except OutputFolderError as err:
        print(f"praksis: {err}", file=sys.stderr)
        return EXIT_USAGE
    result = _pipeline(root)
    if result is None:
        return EXIT_USAGE
    if result.diagnostics:
        print(report.text(result.diagnostics), file=sys.stderr)
    if fails(result.diagnostics, strict=False):
        print("Sitet er ikke bygget; ret fejlene ovenfor. Det forrige site er urørt.", file=sys.stderr)
        return EXIT_CONTENT
    try:
        if args.tree:
            print(f"Sider og mkdocs.yml skrevet til {write_tree(result, target)}")
        else:
            print(f"Sitet er bygget i {build_site(result, target)}")
    except OutputFolderError as err:
        print(f"praksis: {err}", file=sys.stderr)
        return EXIT_USAGE
    except BuildError as err:
        print(f"praksis: {err}", file=sys.stderr)
        return EXIT_CONTENT
    return EXIT_OK


def _serve(args, root: Path) -> int:
    from .serve import serve

    return serve(root, args.dev_addr)


def _new(args, root: Path) -> int:
    from .scaffold import ScaffoldError, create

    try:
        path = create(root, args.kind, title=args.title, on=args.date, forum=args.forum, team=args.team,
                      cases=args.cases, discussions=args.discussions, from_meeting=args.from_meeting)
    except ScaffoldError as err:
        print(f"praksis: {err}", file=sys.stderr)
        return EXIT_USAGE
    print(path.relative_to(root).as_posix())
    return EXIT_OK


def _count(value: str) -> int:
    if not value.strip().isdigit() or not 1 <= int(value) <= 9:
        raise argparse.ArgumentTypeError(f"'{value}' er ikke et antal sagsdrøftelser (et helt tal fra 1 til 9)")
    return int(value)


def _days(value: str) -> int:
    if not value.strip().isdigit():
        raise argparse.ArgumentTypeError(f"'{value}' er ikke et antal dage (et helt tal, 0 eller mere)")
    return int(value)


def _review(args, root: Path) -> int:
    from .review import agenda, as_json, as_text

    result = _pipeline(root, history=False)
    if result is None:
        return EXIT_USAGE
    owners = agenda(result, args.within)
    print(as_json(owners, result.kb.today) if args.output_format == "json" else as_text(owners, result.kb.today,
                                                                                        args.within))
    return EXIT_OK


def _rule(args, root: Path) -> int:
    from .explain import explain, overview
    from .rules import REGISTRY

    if args.all or not args.code:
        print(overview())
        return EXIT_OK
    rules = REGISTRY.matching(args.code)
    if len(rules) != 1:
        print(f"praksis: '{args.code}' er ikke en regel; se listen med 'praksis rule --all'.", file=sys.stderr)
        return EXIT_USAGE
    print(explain(rules[0]))
    return EXIT_OK
