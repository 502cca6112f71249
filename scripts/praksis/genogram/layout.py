"""Where each person goes: generation rows and left-to-right positions.

Rows come from parentage (ancestors above); partners sit side by side as one
rigid block; siblings are ordered oldest first. Block order follows the mean
position of parents (sweeping down) and children (sweeping up), and each row
is placed by isotonic regression: the least-squares positions closest to
those targets that keep blocks in order and apart, so nothing overlaps by
construction. Everything is deterministic: ties break on the order written.
"""

from __future__ import annotations

import math
import textwrap
from collections import defaultdict
from dataclasses import dataclass, field

from .model import Family, Person

SIZE = 42  # side of a symbol
CHAR_WIDTH = 6.8  # average width of a 12px label character
LABEL_CHARS = 14  # wrap role labels at this many characters
SLOT_PAD = 26  # space between two labels
BLOCK_GAP = 14  # extra space between persons who are not partners
SWEEPS = 4
BALANCE_ROUNDS = 8
FOSTER_WEIGHT = 0.5  # a foster parent pulls a child less than a parent does


@dataclass
class Layout:
    gen: dict[str, int]
    rows: list[list[str]]  # ids per generation, left to right
    x: dict[str, float]  # centre of each symbol
    slot: dict[str, float]  # width reserved for each person and its label
    labels: dict[str, list[str]]  # the role, wrapped
    partners: list[tuple[str, str]] = field(default_factory=list)  # stated and implied couples

    @property
    def width(self) -> float:
        return max((self.x[i] + self.slot[i] / 2 for i in self.x), default=0.0)


def layout(family: Family) -> Layout:
    labels = {i: wrap(p.role) for i, p in family.persons.items()}
    slot = {i: max(SIZE + 14, CHAR_WIDTH * max(map(len, lines))) + SLOT_PAD for i, lines in labels.items()}
    partners = partner_pairs(family)
    gen = generations(family)
    rows = [[i for i in family.persons if gen[i] == g] for g in range(max(gen.values(), default=-1) + 1)]
    placer = _Placer(family, gen, rows, slot, partners)
    placer.run()
    return Layout(gen, placer.ordered_rows(), placer.x, slot, labels, partners)


def wrap(role: str) -> list[str]:
    return textwrap.wrap(role, LABEL_CHARS, break_long_words=False) or [role]


def partner_pairs(family: Family) -> list[tuple[str, str]]:
    """Stated couples, then two carers of the same child who are not stated as a couple."""
    pairs = [(r.a, r.b) for r in family.of_group("couple")]
    seen = {frozenset(p) for p in pairs}
    for child in family.persons:
        for kind in ("parent", "adoptive", "foster"):
            carers = family.parents_of(child, (kind,))
            if len(carers) == 2 and frozenset(carers) not in seen:
                seen.add(frozenset(carers))
                pairs.append((carers[0], carers[1]))
    return pairs


# --- generations ------------------------------------------------------------

def generations(family: Family) -> dict[str, int]:
    """Row of each person, 0 at the top.

    Parents and adoptive parents sit one row above the child and partners in
    the same row; these fix rows within a connected part of the family. A
    part linked only by foster care, an emotional tie or nothing is placed
    next: a foster parent one row above the child, otherwise by age.
    """
    parts = _hard_parts(family)
    if not parts:
        return {}
    focus = next((p.id for p in family.persons.values() if p.focus), None)
    main = next((part for part in parts if focus in part), max(parts, key=len))
    gen = dict(main)
    rest = [part for part in parts if part is not main]
    while rest:
        part, offset = _next_part(family, gen, rest)
        rest.remove(part)
        gen.update({i: g + offset for i, g in part.items()})
    top = min(gen.values())
    return {i: gen[i] - top for i in family.persons}


def _hard_parts(family: Family) -> list[dict[str, int]]:
    steps = defaultdict(list)
    for r in family.relations:
        if r.type in ("parent", "adoptive"):
            steps[r.a].append((r.b, 1))
            steps[r.b].append((r.a, -1))
        elif r.group == "couple":
            steps[r.a].append((r.b, 0))
            steps[r.b].append((r.a, 0))
    parts, seen = [], set()
    for start in family.persons:
        if start in seen:
            continue
        part, queue = {start: 0}, [start]
        while queue:
            here = queue.pop(0)
            for other, step in steps[here]:
                if other not in part:
                    part[other] = part[here] + step
                    queue.append(other)
        seen.update(part)
        parts.append(part)
    return parts


def _next_part(family: Family, gen: dict, rest: list[dict]) -> tuple[dict, int]:
    """The next part to place and its row offset: foster links first, then ages, then ties."""
    for part in rest:
        for r in family.of_group("parent"):
            if r.type == "foster" and r.a in part and r.b in gen:
                return part, gen[r.b] - 1 - part[r.a]
            if r.type == "foster" and r.b in part and r.a in gen:
                return part, gen[r.a] + 1 - part[r.b]
    for part in rest:
        offset = _offset_by_age(family, gen, part)
        if offset is not None:
            return part, offset
    for part in rest:
        for r in family.of_group("tie"):
            if r.a in part and r.b in gen:
                return part, gen[r.b] - part[r.a]
            if r.b in part and r.a in gen:
                return part, gen[r.a] - part[r.b]
    part = rest[0]
    return part, min(gen.values()) - min(part.values())


def _offset_by_age(family: Family, gen: dict, part: dict) -> int | None:
    """The offset that puts the part's known ages closest to the mean age of each row."""
    placed = defaultdict(list)
    for i, g in gen.items():
        if (age := _mid_age(family.persons[i])) is not None:
            placed[g].append(age)
    mean = {g: sum(ages) / len(ages) for g, ages in placed.items()}
    aged = [(g, a) for i, g in part.items() if (a := _mid_age(family.persons[i])) is not None]
    if not mean or not aged:
        return None

    def cost(offset: int) -> float:
        return sum(abs(a - mean[g + offset]) if g + offset in mean else 50 for g, a in aged)

    low, high = min(gen.values()), max(gen.values())
    offsets = range(low - max(part.values()), high - min(part.values()) + 1)
    return min(offsets, key=lambda o: (cost(o), abs(o)))


def _mid_age(person: Person) -> float | None:
    bounds = person.age_range
    if bounds is None:
        return None
    low, high = bounds
    return low + 10 if math.isinf(high) else (low + high) / 2


# --- order and position within rows -----------------------------------------------

class _Placer:
    def __init__(self, family: Family, gen: dict, rows: list[list[str]], slot: dict, partners: list):
        self.family, self.gen, self.slot = family, gen, slot
        self.parents = defaultdict(list)  # id -> [(parent, weight)]
        self.children = defaultdict(list)  # id -> [(child, weight)]
        for r in family.of_group("parent"):
            weight = FOSTER_WEIGHT if r.type == "foster" else 1.0
            self.parents[r.b].append((r.a, weight))
            self.children[r.a].append((r.b, weight))
        self.blocks = [_blocks(row, partners, family) for row in rows]
        self.x: dict[str, float] = {}
        for g in range(len(rows)):
            self.place(g, lambda i: [])

    def run(self) -> None:
        down = self.parent_targets
        up = self.child_targets
        for _ in range(SWEEPS):
            for g in range(1, len(self.blocks)):
                self.order(g, down)
                self.place(g, down)
            for g in range(len(self.blocks) - 2, -1, -1):
                self.order(g, up)
                self.place(g, up)
        for _ in range(BALANCE_ROUNDS):
            for g in range(len(self.blocks)):
                self.place(g, lambda i: down(i) + up(i))
        left = min((self.x[i] - self.slot[i] / 2 for i in self.x), default=0.0)
        self.x = {i: x - left for i, x in self.x.items()}

    def ordered_rows(self) -> list[list[str]]:
        return [[i for block in row for i in block] for row in self.blocks]

    # --- targets: where a person's relatives pull it ------------------------------
    def parent_targets(self, person: str) -> list[tuple[float, float]]:
        return [(self.x[p], w) for p, w in self.parents[person] if self.gen[p] < self.gen[person]]

    def child_targets(self, person: str) -> list[tuple[float, float]]:
        return [(self.x[c], w) for c, w in self.children[person] if self.gen[c] > self.gen[person]]

    # --- one row ---------------------------------------------------------------
    def order(self, g: int, targets) -> None:
        """Sort the row's blocks by where their relatives pull them; siblings oldest first."""
        keyed = []
        for index, block in enumerate(self.blocks[g]):
            block = self.orient(block, targets)
            pulls = [t for i in block for t in targets(i)]
            key = _mean(pulls) if pulls else self.centre(block)
            keyed.append(((round(key, 3), _age_key(self.family, block, targets), index), block))
        self.blocks[g] = [block for _, block in sorted(keyed, key=lambda item: item[0])]

    def orient(self, block: list[str], targets) -> list[str]:
        """Flip a block when its members' relatives pull the other way round."""
        if len(block) < 2:
            return block
        pulls = [(rank, _mean(targets(i))) for rank, i in enumerate(block) if targets(i)]
        if len(pulls) < 2:
            return block
        ascending = sum(1 for (r1, t1), (r2, t2) in zip(pulls, pulls[1:]) if t2 >= t1)
        if ascending * 2 < len(pulls) - 1:
            block.reverse()
        return block

    def place(self, g: int, targets) -> None:
        """Isotonic regression of block left edges on their targets, with the gaps added back."""
        blocks = self.blocks[g]
        widths = [sum(self.slot[i] for i in block) for block in blocks]
        offsets, total = [], 0.0
        for width in widths:
            offsets.append(total)
            total += width + BLOCK_GAP
        wanted, weights = [], []
        for block, offset in zip(blocks, offsets):
            left, weight = self.wanted_left(block, targets)
            wanted.append(left - offset)
            weights.append(weight)
        for block, offset, left in zip(blocks, offsets, _isotonic(wanted, weights)):
            self.set_left(block, left + offset)

    def wanted_left(self, block: list[str], targets) -> tuple[float, float]:
        pulls, inside = [], 0.0
        for i in block:
            centre = inside + self.slot[i] / 2
            pulls += [(x - centre, w) for x, w in targets(i)]
            inside += self.slot[i]
        if pulls:
            return _mean(pulls), sum(w for _, w in pulls)
        current = self.x[block[0]] - self.slot[block[0]] / 2 if block[0] in self.x else 0.0
        return current, 0.05  # no relatives to follow: stay put unless pushed

    def set_left(self, block: list[str], left: float) -> None:
        for i in block:
            self.x[i] = left + self.slot[i] / 2
            left += self.slot[i]

    def centre(self, block: list[str]) -> float:
        return _mean([(self.x[i], 1.0) for i in block])


def _blocks(row: list[str], partners: list[tuple[str, str]], family: Family) -> list[list[str]]:
    """Partners in the row joined into chains; the rest alone."""
    links = defaultdict(list)
    for a, b in partners:
        if a in row and b in row:
            links[a].append(b)
            links[b].append(a)
    blocks, seen = [], set()
    for start in row:
        if start not in seen:
            block = _chain(start, links, row, family)
            seen.update(block)
            blocks.append(block)
    return blocks


def _chain(start: str, links: dict, row: list[str], family: Family) -> list[str]:
    """A couple chain as a line: an ex-partner, the person, the new partner.

    Starts from an end of the chain; someone with three or more partners sits
    in the middle with partners on both sides.
    """
    members, queue = {start}, [start]
    while queue:
        for other in links[queue.pop(0)]:
            if other not in members:
                members.add(other)
                queue.append(other)
    ordered = [i for i in row if i in members]
    hub = max(ordered, key=lambda i: len(links[i]))
    if len(links[hub]) > 2:
        around = [i for i in ordered if i != hub]
        return around[1::2][::-1] + [hub] + around[0::2]
    ends = [i for i in ordered if len(links[i]) <= 1] or ordered
    chain = [ends[0]]
    while len(chain) < len(ordered):
        chain.append(next(o for o in links[chain[-1]] if o not in chain))
    if len(chain) == 2 and family.persons[chain[0]].sex == "f" and family.persons[chain[1]].sex == "m":
        chain.reverse()  # by convention the man stands left of the woman
    return chain


def _age_key(family: Family, block: list[str], targets) -> float:
    """Older siblings first; the age of the member whose parents set the block's place."""
    member = next((i for i in block if targets(i)), block[0])
    age = _mid_age(family.persons[member])
    return -age if age is not None else math.inf


def _mean(pulls: list[tuple[float, float]]) -> float:
    return sum(x * w for x, w in pulls) / sum(w for _, w in pulls)


def _isotonic(values: list[float], weights: list[float]) -> list[float]:
    """The non-decreasing sequence closest to values in weighted least squares (pool adjacent violators)."""
    pools: list[list[float]] = []  # [value, weight, count]
    for value, weight in zip(values, weights):
        pools.append([value, weight, 1])
        while len(pools) > 1 and pools[-2][0] > pools[-1][0]:
            v2, w2, n2 = pools.pop()
            v1, w1, n1 = pools.pop()
            pools.append([(v1 * w1 + v2 * w2) / (w1 + w2), w1 + w2, n1 + n2])
    return [value for value, _, count in pools for _ in range(count)]
