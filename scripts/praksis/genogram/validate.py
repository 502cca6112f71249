"""Checking a family: the reading problems plus the ones that need the whole family."""

from __future__ import annotations

from typing import Any, Callable

from .model import Family, Problem, Relation, as_id, read_family, shown
from .words import years

Position = Callable[..., tuple[int, int]]


def validate_family(family: Any, position: Position) -> list[Problem]:
    """Every problem with a case's `family` value, in file order; never raises.

    `position(*keypath)` gives the (line, col) of a keypath such as
    ("family", "relations", 3, "parent"); it orders the problems and lets a
    message point at the line of a related entry.
    """
    model, problems = read_family(family)
    problems += _cycles(model) + _young_parents(model) + _loners(model)
    problems = [_with_first_line(p, family, model, position) for p in problems]
    return sorted(problems, key=lambda p: (_safe_position(position, p.keypath), p.code))


def _safe_position(position: Position, keypath: tuple) -> tuple[int, int]:
    try:
        line, col = position(*keypath)
        return (int(line), int(col))
    except Exception:  # a caller's position function must not break the check
        return (0, 0)


def _with_first_line(problem: Problem, raw: Any, model: Family, position: Position) -> Problem:
    """A duplicate id says where the id was first used."""
    if problem.code != "G706":
        return problem
    index = problem.keypath[2]
    first = model.persons.get(as_id(raw["persons"][index]["id"]))
    if first is None:
        return problem
    line, _ = _safe_position(position, ("family", "persons", first.index, "id"))
    if not line:
        return problem
    return problem._replace(message=problem.message.rstrip(".") + f"; første gang på linje {line}.")


# --- cycles in parentage ------------------------------------------------------

def _cycles(family: Family) -> list[Problem]:
    """One problem per ring of parentage, at the relation that closes it."""
    edges = family.of_group("parent")
    problems, reported = [], set()
    for relation in edges:
        path = _path(edges, start=relation.b, goal=relation.a)
        if path is None or frozenset(path) in reported:
            continue
        reported.add(frozenset(path))
        last = max((e for e in edges if e.a in path and e.b in path), key=lambda e: e.index)
        roles = [family.persons[i].role for i in _rotate(path, last.a)]
        problems.append(Problem(("family", "relations", last.index, "child"), "G703",
                                "Slægten går i ring: " + " → ".join(roles + roles[:1]) + ".",
                                "Ingen kan være forælder til sin egen forælder eller forfader. Tjek om "
                                "parent og child er byttet om i en af relationerne."))
    return problems


def _path(edges: list[Relation], start: str, goal: str) -> list[str] | None:
    """Ids from start down to goal along parent -> child edges (breadth first), or None."""
    came_from = {start: None}
    queue = [start]
    while queue:
        here = queue.pop(0)
        if here == goal:
            path = []
            while here is not None:
                path.append(here)
                here = came_from[here]
            return path[::-1]
        for edge in edges:
            if edge.a == here and edge.b not in came_from:
                came_from[edge.b] = here
                queue.append(edge.b)
    return None


def _rotate(path: list[str], first: str) -> list[str]:
    """The ring starting at `first`: the path goes child ... parent, the ring continues parent -> child."""
    ring = path[-1:] + path[:-1]  # parent, child, ..., back to parent
    at = ring.index(first)
    return ring[at:] + ring[:at]


# --- ages -------------------------------------------------------------------

def _young_parents(family: Family) -> list[Problem]:
    """A parent not older than the child, when both ages are known.

    A deceased parent is skipped: their age may be the age at death.
    """
    problems = []
    for relation in family.of_group("parent"):
        parent, child = family.persons[relation.a], family.persons[relation.b]
        if parent.deceased or not parent.age_range or not child.age_range:
            continue
        if parent.age_range[1] <= child.age_range[0]:
            problems.append(Problem(("family", "relations", relation.index, "parent"), "G704",
                                    f"Forælderen {shown(parent.role)} ({years(parent)}) er ikke ældre end "
                                    f"barnet {shown(child.role)} ({years(child)}).",
                                    "Tjek alderen på de to personer, og om parent og child er byttet om."))
    return problems


# --- persons outside every relation --------------------------------------------

def _loners(family: Family) -> list[Problem]:
    if len(family.persons) < 2:
        return []
    return [Problem(("family", "persons", person.index), "G705",
                    f"{shown(person.role)} indgår ikke i nogen relation.",
                    "Tilføj en relation med personen (fx parent eller couple), skriv personen i household, "
                    "eller slet personen fra genogrammet.")
            for person in family.persons.values() if person.id not in family.mentioned]

