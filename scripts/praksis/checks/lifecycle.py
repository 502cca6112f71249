"""The lifecycle of a principle, in the spirit of log4brains' decision records.

proposed -> adopted -> superseded (by a newer principle) or retired.
"""

from __future__ import annotations

from ..diagnostics import Diagnostic
from ..model import Entry, KnowledgeBase
from ..schema import STATUSES


def check(kb: KnowledgeBase) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    principles = kb.of_kind("principle")
    for entry in principles:
        status = entry.meta.get("status")
        found += _decided(kb, entry, status)
        found += _meeting_date(kb, entry)
        found += _replaced(kb, entry, status)
        if status == "adopted":
            found += _stale_pointers(kb, entry)
        found += _review(kb, entry)
    found += _cycles(kb, principles)
    found += _proposals_as_decisions(kb)
    return found


def _replaced(kb: KnowledgeBase, entry: Entry, status) -> list[Diagnostic]:
    """Status and supersedes chains must tell the same story: the card shows both."""
    newer = kb.superseded_by.get(entry.id, [])
    proposed = kb.proposed_replacements.get(entry.id, [])
    if status == "superseded" and not newer:
        hint = (f"{', '.join(proposed)} er kun et forslag; behold status '{_was(entry)}', til forslaget er vedtaget."
                if proposed else f"Skriv 'supersedes: [{entry.id}]' i det nye princip, eller ret status.")
        return [Diagnostic(entry.path, *entry.position("status"), "L402",
                           f"{entry.id} er markeret som erstattet, men intet vedtaget princip erstatter det.", hint)]
    if newer and status in ("adopted", "proposed"):
        return [Diagnostic(entry.path, *entry.position("status"), "L407",
                           f"{entry.id} er erstattet af {', '.join(newer)}, men har stadig status '{status}'.",
                           "Ret status til 'superseded', eller fjern henvisningen under 'supersedes' i "
                           f"{', '.join(newer)}.")]
    return []


def _was(entry: Entry) -> str:
    return "adopted" if "decided" in entry.meta else "proposed"


def _proposals_as_decisions(kb: KnowledgeBase) -> list[Diagnostic]:
    found = []
    for meeting in kb.of_kind("meeting"):
        for index, value in enumerate(meeting.values("decisions")):
            if kb.is_proposal(str(value)):
                found.append(Diagnostic(meeting.path, *meeting.position("decisions", index), "L409",
                                        f"{value} står under 'decisions', men er et forslag (status 'proposed').",
                                        f"Flyt {value} ud af 'decisions', til det er vedtaget; et forslag, der "
                                        "nævner mødet under 'meeting', vises som forslag på mødets side."))
    return found


def _decided(kb: KnowledgeBase, entry: Entry, status) -> list[Diagnostic]:
    decided = entry.meta.get("decided")
    if status == "proposed" and decided is not None:
        return [Diagnostic(entry.path, *entry.position("decided"), "L410",
                           "Et forslag har en beslutningsdato; siden ville vise 'Forslag' og 'Besluttet' på én gang.",
                           "Er forslaget vedtaget, så ret status til 'adopted'; ellers fjern 'decided'.")]
    if decided is not None and decided > kb.today:
        return [Diagnostic(entry.path, *entry.position("decided"), "L408",
                           f"Beslutningsdatoen {decided.isoformat()} ligger i fremtiden.",
                           "Skriv datoen for det møde, hvor princippet blev besluttet; et kommende møde kan "
                           "ikke have besluttet noget endnu.")]
    if status in (None, "proposed") or decided is not None or ("decided",) in entry.positions:
        return []  # a date that is there but invalid is already M207 at its line
    return [Diagnostic(entry.path, *entry.position("status"), "L401",
                       f"Et princip med status '{status}' skal have en beslutningsdato.",
                       "Tilføj 'decided: ÅÅÅÅ-MM-DD' med datoen for mødet hvor det blev besluttet.")]


def _meeting_date(kb: KnowledgeBase, entry: Entry) -> list[Diagnostic]:
    meeting = kb.get(str(entry.meta.get("meeting", "")), "meeting")
    decided = entry.meta.get("decided")
    if meeting is None or decided is None or meeting.meta.get("date") in (None, decided):
        return []
    return [Diagnostic(entry.path, *entry.position("decided"), "L406",
                       f"'decided' er {decided.isoformat()}, men mødet {meeting.id} blev holdt "
                       f"{meeting.meta['date'].isoformat()}.",
                       "Ret datoen, eller henvis til det møde hvor princippet blev besluttet.")]


def _stale_pointers(kb: KnowledgeBase, entry: Entry) -> list[Diagnostic]:
    pointers = [(str(target), entry.position("related", index)) for index, target in enumerate(entry.values("related"))]
    pointers += [(ref.target, (ref.line, ref.col)) for ref in kb.references_from.get(entry.id, [])]
    found = []
    for target_id, where in pointers:
        target = kb.get(target_id, "principle")
        replaced_here = target_id in entry.values("supersedes")  # naming what it replaces is expected
        if target and not replaced_here and target.meta.get("status") in ("superseded", "retired"):
            label = STATUSES[target.meta["status"]].lower()
            newer = kb.superseded_by.get(target.id, [])
            hint = f"Henvis til {', '.join(newer)} i stedet." if newer else "Fjern eller opdater henvisningen."
            found.append(Diagnostic(entry.path, *where, "L404",
                                    f"Vedtaget princip henviser til {target.id}, som er {label}.", hint))
    return found


def _review(kb: KnowledgeBase, entry: Entry) -> list[Diagnostic]:
    review = entry.meta.get("review_by")
    if review is None or review >= kb.today or entry.meta.get("status") not in ("adopted", "proposed"):
        return []
    return [Diagnostic(entry.path, *entry.position("review_by"), "L405",
                       f"Revisionsdatoen {review.isoformat()} er overskredet.",
                       "Tag princippet op på et teammøde og sæt en ny 'review_by'-dato.")]


def _cycles(kb: KnowledgeBase, principles: list[Entry]) -> list[Diagnostic]:
    """Report each supersedes cycle once, at the member with the lowest id."""
    found, reported = [], set()
    for start in principles:
        cycle = _cycle_from(kb, start.id)
        if cycle and len(cycle) > 1 and min(cycle) == start.id and frozenset(cycle) not in reported:
            reported.add(frozenset(cycle))
            chain = " → ".join([*cycle, cycle[0]])
            index = start.values("supersedes").index(cycle[1 % len(cycle)])
            found.append(Diagnostic(start.path, *start.position("supersedes", index), "L403",
                                    f"Principperne erstatter hinanden i ring: {chain}.",
                                    "Et princip kan kun erstatte ældre principper; fjern én af henvisningerne."))
    return found


def _cycle_from(kb: KnowledgeBase, start: str) -> list[str] | None:
    """Depth-first walk along supersedes; returns the cycle through start, if any."""
    stack = [(start, [start])]
    seen = set()
    while stack:
        node, path = stack.pop()
        entry = kb.get(node, "principle")
        for nxt in (entry.values("supersedes") if entry else []):
            if nxt == start:
                return path
            if nxt not in seen and kb.get(str(nxt), "principle"):
                seen.add(nxt)
                stack.append((nxt, path + [nxt]))
    return None
