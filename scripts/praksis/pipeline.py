"""The one composition root: a knowledge base on disk -> a checked model, its site, and its findings.

    read -> parse -> model -> relations -> history -> views -> checks -> personal-data scan

Each stage reads only what the stages before it made, and nothing reads back up. The CLI, the
MkDocs plugin and the pre-commit hook all call run(); `praksis build` runs it once and hands the
result to MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path

from . import personal_data
from .cache import ResultCache, disabled
from .checks import check_all
from .checks.config import check as check_config
from .checks.search import check as check_vocabulary
from .diagnostics import Diagnostic
from .files import CONFIG, Listing, read_content, read_staged
from .history import History, read_history, state_of
from .loader import PARSE, load
from .model import KnowledgeBase
from .pages import Site, build_site
from .parallel import precompute
from .policy import Policy
from .project import Project, load_project
from .relations import Relations, relate
from .replay import Replay, fixed_inputs, inputs_key
from .search_terms import SYNONYMS_FILE, read_vocabulary
from .rules import cause_first
from .rules.history import SHALLOW_HISTORY
from .sitemap import SiteMap


@dataclass(frozen=True)
class Options:
    today: date | None = None
    use_cache: bool = True
    policy: Policy = field(default_factory=Policy)  # --select/--ignore; the project's severities are added
    project: Project | None = None  # settings read from mkdocs.yml (the plugin passes MkDocs' own)
    theme_dirs: tuple[str, ...] = ()  # where the HTML fragments are looked up (custom_dir first)
    staged: bool = False  # read the content as the git index holds it (the pre-commit hook)
    # Read git's history for the pages' "Sidst ændret", amendments and what is new; a check renders no pages and
    # only asks whether the history is whole (H101).
    history: bool = True


@dataclass
class Run:
    """Everything one run found out about a knowledge base."""
    root: Path
    project: Project
    listing: Listing  # read: every content file's bytes
    kb: KnowledgeBase  # model: what the files say
    relations: Relations  # what follows from it
    sitemap: SiteMap  # every address
    site: Site  # every page
    history: History  # what git knows of each content file's changes
    diagnostics: list[Diagnostic]  # what the checks and the scan found, after the policy, cause first

    def text_of(self, path: str) -> str | None:
        data = self.listing.files.get(path)
        return data.decode("utf-8", errors="replace") if data is not None else None


@dataclass
class Checked:
    """What `praksis check` prints: the findings, and the settings they are shown with."""
    diagnostics: list[Diagnostic]
    project: Project
    replayed: bool  # the last check's findings: nothing it read has changed since


def check(root: Path, options: Options | None = None) -> Checked:
    """run()'s findings; when nothing a check reads has changed since the last check, that check's."""
    options = options or Options()
    root = Path(root)
    project = options.project or load_project(root)
    options = replace(options, project=project, today=options.today or date.today())
    listing = _read(root, options)
    if not options.use_cache:
        return Checked(run(root, options, listing).diagnostics, project, False)
    settings = (options.policy, options.staged, options.history, options.theme_dirs)
    inputs = partial(inputs_key, root, fixed_inputs(listing, options.today, settings), project.custom_dir)
    replay, key = Replay(root), inputs()
    kept = replay.recall(key)
    if kept is not None:
        return Checked(kept, project, True)
    found = run(root, options, listing).diagnostics
    if inputs() == key:  # nothing changed while it ran
        replay.remember(key, found)
    return Checked(found, project, False)


def _read(root: Path, options: Options) -> Listing:
    return read_staged(root) if options.staged else read_content(root)


def run(root: Path, options: Options | None = None, listing: Listing | None = None) -> Run:
    """listing: the content files when the caller has read them already (as `check` has)."""
    options = options or Options()
    root = Path(root)
    project = options.project or load_project(root)
    cache = ResultCache(root) if options.use_cache else disabled()
    # read
    listing = listing if listing is not None else _read(root, options)
    vocabulary, vocabulary_problems = read_vocabulary(root)  # data/synonyms.yml: the search's other names
    # parse: what the cache lacks is parsed (and scanned) in worker processes first
    scan = personal_data.ScanStage(root)
    precompute(cache, [PARSE, scan], listing.files)
    # model
    loaded = load(root, options.today, cache, listing.files, listing.irregular, vocabulary)
    kb = loaded.kb
    # relations
    relations = relate(kb)
    # history: checked by the guard before any of it is shown
    history = (read_history(root, partial(_clean, scan), scan.namespace, options.use_cache) if options.history
               else History(state=state_of(root)))
    # views
    sitemap = SiteMap(kb, project.use_directory_urls)
    site = build_site(kb, relations, sitemap, list(options.theme_dirs) or _theme_dirs(project), history,
                      project.settings)
    # checks
    found = (loaded.diagnostics + site.diagnostics + check_all(kb, relations, site, cache) + check_config(root)
             + check_vocabulary(kb, site, vocabulary_problems))
    if history.state == "shallow":
        found.insert(0, SHALLOW_HISTORY.at(CONFIG))
    # personal-data scan: the files, and their names
    hidden: dict[str, tuple[str, ...]] = {}
    found += personal_data.scan_root(root, cache, listing.files, scan, hidden)
    found += _scan_synonyms(root, cache, scan)  # its words go into every page's search terms
    names = [*listing.files, *listing.irregular]
    # The file names as one entry, kept under the root's key (the cache forgets keys that are not on disk).
    in_names, masked_paths = cache.lookup(scan.namespace, ".", "\0".join(names).encode("utf-8", "replace"),
                                          partial(personal_data.scan_names, names, scan.allow))
    cache.save()
    policy = Policy(options.policy.select, options.policy.ignore, {**project.severity, **options.policy.severity})
    result = Run(root, project, listing, kb, relations, sitemap, site, history, [])
    kept = policy.apply(found, result.text_of)
    # No message prints the data the guard found, whichever rule quotes it.
    result.diagnostics = sorted(set(personal_data.mask(kept, hidden, masked_paths) + in_names), key=cause_first)
    return result


def _clean(scan: personal_data.ScanStage, text: str) -> bool:
    """No error or warning of the guard in a text from git's history (a commit message, an earlier wording)."""
    return not any(one.diagnostic("").severity.value != "info"
                   for one in personal_data.scan_file("historik.txt", text.encode("utf-8"), scan.allow))


def _scan_synonyms(root: Path, cache: ResultCache, scan: personal_data.ScanStage) -> list[Diagnostic]:
    path = root / SYNONYMS_FILE
    if not path.is_file():
        return []
    data = path.read_bytes()
    return list(cache.lookup(scan.namespace, SYNONYMS_FILE, data, partial(scan.compute, SYNONYMS_FILE, data)).diagnostics)


def _theme_dirs(project: Project) -> list[str]:
    from .site_settings import theme_dir

    return [str(d) for d in (project.custom_dir, theme_dir()) if d is not None]
