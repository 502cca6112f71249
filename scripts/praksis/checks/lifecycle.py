"""The lifecycle of a principle, in the spirit of log4brains' decision records.

proposed -> adopted -> superseded (by a newer principle) or retired.
"""

from __future__ import annotations

from ..diagnostics import Diagnostic
from ..rules import lifecycle as rules
from ..model import Entry, KnowledgeBase, review_overdue
from ..relations import Relations
from ..schema import STATUSES


def check(kb: KnowledgeBase, relations: Relations) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    principles = kb.of_kind("principle")
    for entry in principles:
        status = entry.meta.get("status")
        found += _decided(kb, entry, status)
        found += _meeting_date(kb, entry)
        found += _replaced(relations, entry, status)
        if status == "adopted":
            found += _stale_pointers(kb, relations, entry)
        found += _review(kb, entry)
    found += _cycles(kb, principles)
    found += _proposals_as_decisions(kb)
    return found


def _replaced(relations: Relations, entry: Entry, status) -> list[Diagnostic]:
    """Status and supersedes chains must tell the same story: the card shows both."""
    newer = relations.superseded_by.get(entry.id, [])
    proposed = relations.proposed_replacements.get(entry.id, [])
    if status == "superseded" and not newer:
        hint = (f"{', '.join(proposed)} er kun et forslag; behold status '{_was(entry)}', til forslaget er vedtaget."
                if proposed else f"Skriv 'supersedes: [{entry.id}]' i det nye princip, eller ret status.")
        return [rules.NOTHING_REPLACES.at(entry.path, entry.position("status"), id=entry.id, fix=hint)]
    if newer and status in ("adopted", "proposed"):
        return [rules.REPLACED_BUT_CURRENT.at(entry.path, entry.position("status"), id=entry.id,
                                              newer=", ".join(newer), status=status)]
    return []


def _was(entry: Entry) -> str:
    return "adopted" if "decided" in entry.meta else "proposed"


def _proposals_as_decisions(kb: KnowledgeBase) -> list[Diagnostic]:
    found = []
    for meeting in kb.of_kind("meeting"):
        for index, value in enumerate(meeting.values("decisions")):
            if kb.is_proposal(str(value)):
                found.append(rules.PROPOSAL_AS_DECISION.at(meeting.path, meeting.position("decisions", index),
                                                           id=value))
    return found


def _decided(kb: KnowledgeBase, entry: Entry, status) -> list[Diagnostic]:
    decided = entry.meta.get("decided")
    if status == "proposed" and decided is not None:
        return [rules.DECIDED_PROPOSAL.at(entry.path, entry.position("decided"))]
    if decided is not None and decided > kb.today:
        return [rules.FUTURE_DECISION.at(entry.path, entry.position("decided"), date=decided.isoformat())]
    if status in (None, "proposed") or decided is not None or ("decided",) in entry.positions:
        return []  # a date that is there but invalid is already M207 at its line
    return [rules.NO_DECISION_DATE.at(entry.path, entry.position("status"), status=status)]


def _meeting_date(kb: KnowledgeBase, entry: Entry) -> list[Diagnostic]:
    meeting = kb.get(str(entry.meta.get("meeting", "")), "meeting")
    decided = entry.meta.get("decided")
    if meeting is None or decided is None or meeting.meta.get("date") in (None, decided):
        return []
    return [rules.DATE_NOT_MEETING.at(entry.path, entry.position("decided"), decided=decided.isoformat(),
                                      meeting=meeting.id, held=meeting.meta["date"].isoformat())]


def _stale_pointers(kb: KnowledgeBase, relations: Relations, entry: Entry) -> list[Diagnostic]:
    pointers = [(str(target), entry.position("related", index)) for index, target in enumerate(entry.values("related"))]
    pointers += [(ref.target, (ref.line, ref.col)) for ref in relations.references_from.get(entry.id, [])]
    found = []
    for target_id, where in pointers:
        target = kb.get(target_id, "principle")
        replaced_here = target_id in entry.values("supersedes")  # naming what it replaces is expected
        if target and not replaced_here and target.meta.get("status") in ("superseded", "retired"):
            label = STATUSES[target.meta["status"]].lower()
            newer = relations.superseded_by.get(target.id, [])
            hint = f"Henvis til {', '.join(newer)} i stedet." if newer else "Fjern eller opdater henvisningen."
            found.append(rules.STALE_POINTER.at(entry.path, where, target=target.id, state=label, fix=hint))
    return found


def _review(kb: KnowledgeBase, entry: Entry) -> list[Diagnostic]:
    review = entry.meta.get("review_by")
    if not review_overdue(entry, kb.today):
        return []
    return [rules.REVIEW_OVERDUE.at(entry.path, entry.position("review_by"), date=review.isoformat())]


def _cycles(kb: KnowledgeBase, principles: list[Entry]) -> list[Diagnostic]:
    """Report each supersedes cycle once, at the member with the lowest id."""
    found, reported = [], set()
    for start in principles:
        cycle = _cycle_from(kb, start.id)
        if cycle and len(cycle) > 1 and min(cycle) == start.id and frozenset(cycle) not in reported:
            reported.add(frozenset(cycle))
            chain = " → ".join([*cycle, cycle[0]])
            index = start.values("supersedes").index(cycle[1 % len(cycle)])
            found.append(rules.SUPERSEDES_CYCLE.at(start.path, start.position("supersedes", index), chain=chain))
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
