"""A knowledge base in a git repository with a history: commits with set dates, as a team would make them.

Dates are counted back from today, so the twelve months of "Nyt og ændret" and the review banners hold on
whatever day the tests run. `STORY` says what each commit did; the specifications compare against it.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from conftest import KB, make_kb

P3 = "docs/principper/P-0003-boernesamtale.md"
P4 = "docs/principper/P-0004-genogram.md"
P5 = "docs/principper/P-0005-gammel-regel.md"
P6 = "docs/principper/P-0006-ny-regel.md"
P7 = "docs/principper/P-0007-udgaaet.md"
P1 = "docs/principper/P-0001-en-time.md"
P2_OLD, P2_NEW = "docs/principper/P-0002-forslag.md", "docs/principper/P-0002-genogram-paa-tavlen.md"


@dataclass(frozen=True)
class Step:
    days_ago: int
    message: str

    def when(self, today: date) -> datetime:
        return datetime.combine(today - timedelta(days=self.days_ago), time(10, 0), tzinfo=timezone.utc)


# What each commit does, oldest first (days before today).
CREATED = Step(400, "Vidensbasen oprettet med en tidsramme for sparring")
ADOPTED = Step(300, "P-0001 vedtaget på teammødet")
RENAMED = Step(200, "P-0002 får et navn, der siger hvad det handler om")
NEW_PRINCIPLES = Step(150, "Børnesamtalen og genogrammet som principper")
AMENDED = Step(95, "Afrundingen tæller med i tidsrammen")
SUPERSEDED = Step(60, "P-0006 erstatter P-0005")
RETIRED = Step(35, "P-0007 udgår")
CASE_ADDED = Step(10, "Ny eksempelsag om samvær")


def principle(pid: str, title: str, summary: str, status: str, **extra: str) -> str:
    lines = ["---", f"id: {pid}", f"title: {title}", f"summary: {summary}", f"status: {status}"]
    lines += [f"{key}: {value}" for key, value in extra.items()]
    return "\n".join(lines) + "\n---\n\nTekst om praksis.\n"


def history_kb(root: Path, today: date | None = None) -> KB:
    """The conftest knowledge base, built up commit by commit over the last 400 days."""
    today = today or date.today()
    kb = make_kb(root)
    adopted_text = (root / P1).read_text("utf-8")
    proposal = adopted_text.replace("status: adopted\ndecided: 2026-02-03\nmeeting: M-2026-02-03\n", "status: proposed\n")
    kb.write(P1, proposal)
    kb.edit("docs/index.md", "# Forside\n", "# Forside\n\n## Nyt og ændret\n\n<!-- praksis:news -->\n")
    _git(root, "init", "-q", "-b", "main")
    commit(root, CREATED, today)

    kb.write(P1, adopted_text)
    commit(root, ADOPTED, today)

    (root / P2_OLD).rename(root / P2_NEW)
    commit(root, RENAMED, today)

    overdue, soon = today - timedelta(days=30), today + timedelta(days=20)
    kb.write(P3, principle("P-0003", "Barnets stemme", "Barnet høres før beslutningen.", "adopted",
                           decided="2026-02-03", meeting="M-2026-02-03", review_by=overdue.isoformat(),
                           owner="Teamleder"))
    kb.write(P4, principle("P-0004", "Genogram på tavlen", "Sagsejer tegner genogrammet.", "adopted",
                           decided="2026-02-03", meeting="M-2026-02-03", review_by=soon.isoformat(),
                           owner="Faglig koordinator"))
    kb.write(P5, principle("P-0005", "Gammel regel", "Sådan gjorde vi før.", "adopted", decided="2026-02-03",
                           meeting="M-2026-02-03"))
    kb.write(P7, principle("P-0007", "Udgået regel", "En regel vi ikke længere bruger.", "adopted",
                           decided="2026-02-03", meeting="M-2026-02-03"))
    commit(root, NEW_PRINCIPLES, today)

    kb.edit(P1, "summary: En sagsdrøftelse varer højst 60 minutter.",
            "summary: En sagsdrøftelse varer højst 60 minutter inklusive afrunding.")
    commit(root, AMENDED, today)

    kb.edit(P5, "status: adopted", "status: superseded")
    kb.write(P6, principle("P-0006", "Ny regel", "Sådan gør vi nu.", "adopted", decided="2026-02-03",
                           meeting="M-2026-02-03", supersedes="[P-0005]"))
    commit(root, SUPERSEDED, today)

    kb.edit(P7, "status: adopted", "status: retired")
    commit(root, RETIRED, today)

    kb.write("cases_anonymized/C-0002-samvaer.md", (root / "cases_anonymized/C-0001-skolefravaer.md").read_text(
        "utf-8").replace("C-0001", "C-0002").replace("title: Skolefravær", "title: Samvær"))
    commit(root, CASE_ADDED, today)
    return kb


def commit(root: Path, step: Step, today: date) -> None:
    stamp = step.when(today).isoformat()
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", step.message, env={"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp})


def _git(root: Path, *args: str, env: dict | None = None) -> str:
    full = {**os.environ, "GIT_AUTHOR_NAME": "Team", "GIT_AUTHOR_EMAIL": "team@kommune.example",
            "GIT_COMMITTER_NAME": "Team", "GIT_COMMITTER_EMAIL": "team@kommune.example", **(env or {})}
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True,
                          env=full).stdout


def new_process() -> None:
    """What a new `praksis` process starts with: the history store's file, nothing kept in memory."""
    from praksis.history_store import HistoryStore

    HistoryStore._open.clear()


def git_calls(monkeypatch, command: str) -> list[tuple]:
    """The arguments of each `git <command>` history.py runs from now on."""
    from praksis import history

    calls = []
    real = history._git

    def counting(root, *args):
        if args[0] == command:
            calls.append(args)
        return real(root, *args)

    monkeypatch.setattr(history, "_git", counting)
    return calls
