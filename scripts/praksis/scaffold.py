"""`praksis new`: a new principle, case or meeting record from a template.

Ids are the next free number; files are created exclusively, so nothing that
exists is ever overwritten, even if two people run it at the same moment.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from jinja2 import Environment, PackageLoader

from .pages import yaml_string
from . import frontmatter, placeholders
from .schema import KINDS
from .sparring import clock, load_model
from .taxonomy import load_taxonomies, slug

_MAX_SLUG = 48
NO_CASES_ON_MEETINGS = (
    "Et mødereferat nævner ingen eksempelsager (--case): dato, team og sagens historie er tilsammen nok til, at "
    "en kollega i afdelingen kan finde familien. Brug --discussions ANTAL for at få en dagsorden til hver "
    "sagsdrøftelse, og skriv kun det principielle spørgsmål og beslutningen i referatet.")


class ScaffoldError(Exception):
    """The file could not be created; the message says why, in Danish."""


def create(root: Path, kind: str, title: str | None = None, on: str | None = None,
           forum: str | None = None, team: str | None = None, cases: list[str] | None = None,
           discussions: int = 1, from_meeting: str | None = None) -> Path:
    spec = KINDS[kind]
    folder = root / spec.folder
    if from_meeting and kind != "principle":
        raise ScaffoldError("--from-meeting bruges kun med 'praksis new principle'.")
    meeting = _meeting_file(root, from_meeting) if from_meeting else None
    if cases:
        raise ScaffoldError(NO_CASES_ON_MEETINGS)
    if kind == "meeting":
        entry_id, context = _meeting(on, forum, team)
        name = f"{entry_id}.md"
        context.update(title=title, discussions=discussions, model=load_model(), clock=clock)
    else:
        if not title or not title.strip():
            raise ScaffoldError(f"Angiv en overskrift med --title for {spec.indefinite_new}.")
        _refuse_personal_data(root, title)
        entry_id = _next_id(folder, "P" if kind == "principle" else "C")
        name = f"{entry_id}-{_short_slug(title)}.md"
        context = {"title": title.strip(), "meeting": meeting}
    text = _templates().get_template(f"new_{kind}.md.j2").render(id=entry_id, today=date.today(),
                                                                 placeholders=placeholders.load(), **context)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise ScaffoldError(f"{path.relative_to(root).as_posix()} findes allerede; intet er overskrevet.") from None
    return path


def _refuse_personal_data(root: Path, title: str) -> None:
    """The title becomes the file's name and the page's address: personal data in it is refused at once."""
    from .personal_data import find, load_allowlist

    found = find("--title", title, load_allowlist(root))
    if found:
        raise ScaffoldError(f"Overskriften ligner en personoplysning ({found[0].finding.masked}); intet er oprettet. "
                            "Skriv overskriften med rollenavne (Barn A, Mor) og uden numre.")


def _meeting_file(root: Path, meeting_id: str) -> dict:
    """The meeting a proposal was raised at. It names the meeting; the meeting's file is left as it is."""
    path = root / KINDS["meeting"].folder / f"{meeting_id}.md"
    if not path.is_file():
        raise ScaffoldError(f"Mødet {meeting_id} findes ikke i {KINDS['meeting'].folder}/.")
    try:
        parsed, _ = frontmatter.parse(path.name, path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError):
        raise ScaffoldError(f"Mødet {meeting_id} kan ikke læses (filen er ikke UTF-8-tekst); ret mødereferatet "
                            "først.") from None
    day = parsed.data.get("date") if parsed else None
    if day is None:
        raise ScaffoldError(f"Mødet {meeting_id} har ingen gyldig dato; ret mødereferatet først.")
    return {"id": meeting_id, "date": str(day), "path": path}


def _next_id(folder: Path, prefix: str) -> str:
    numbers = [int(m.group(1)) for p in folder.glob(f"{prefix}-*.md")
               if (m := re.match(rf"{prefix}-(\d{{4}})", p.name))]
    return f"{prefix}-{max(numbers, default=0) + 1:04d}"


def _short_slug(title: str) -> str:
    text = slug(title)[:_MAX_SLUG].rstrip("-")
    return text or "uden-titel"


def _meeting(on: str | None, forum: str | None, team: str | None) -> tuple[str, dict]:
    try:
        day = date.fromisoformat(on) if on else date.today()
    except ValueError:
        raise ScaffoldError(f"'{on}' er ikke en dato; skriv --date ÅÅÅÅ-MM-DD.") from None
    forums = load_taxonomies()["forums"]
    item, _ = forums.resolve(forum or "teammoede")
    if item is None:
        raise ScaffoldError(f"Ukendt forum '{forum}'; brug en af: {', '.join(forums.items)}.")
    if team is not None and not slug(team):
        raise ScaffoldError(f"Teamets navn '{team}' har ingen bogstaver eller tal, der kan stå i mødets id; "
                            "skriv fx --team Øst.")
    entry_id = f"M-{day.isoformat()}" + (f"-{slug(team)}" if team else "")
    return entry_id, {"date": day, "forum": item.key, "team": team}


def _templates() -> Environment:
    env = Environment(loader=PackageLoader("praksis", "templates"), keep_trailing_newline=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["yaml_string"] = yaml_string
    return env
