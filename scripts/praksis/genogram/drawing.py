"""From a laid-out family to the shapes and lines of the drawing.

The result is plain data (coordinates, path data, Danish tooltips); the
Jinja2 template turns it into SVG elements. Lines are routed so that partner
lines run between the symbols at mid-height, children hang from a bar below
the labels, and lines that meet in the same gap get their own height.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from . import geometry as geo
from .layout import CHAR_WIDTH, SIZE, Layout, layout
from .model import PARENT_TYPES, Family, Relation
from .words import LEGEND_LABELS, couple_sentence, describe_person, parentage_sentence, tie_sentence

HALF = SIZE / 2
MARGIN = 16
LINE_HEIGHT = 14  # of label lines
BAR_DROP = 18  # from the labels down to the first bar
BAR_STEP = 8  # between bars that share a gap
GAP_BELOW_BARS = 26  # from the last bar down to the next row's symbols
ENTRY_SPREAD = 9  # between two lines arriving at the same child
ARC_ROOM = 34  # above or below a row with a tie drawn as an arc
LEGEND_SAMPLE = 54  # width of a legend sample and the space after it
LEGEND_ROW = 26


@dataclass
class Symbol:
    """A person: square, circle or diamond, with age inside and role below."""
    id: str
    shape: str  # male | female | unknown
    x: float
    y: float
    half: float = HALF
    focus: bool = False
    deceased: bool = False
    age: str = ""
    label: list[str] = field(default_factory=list)
    title: str = ""


@dataclass
class Stroke:
    """One relation: a partner line, a child's line to its parents, or an emotional tie."""
    group: str  # couple | child | tie
    kind: str  # a relation type, or 'implied' for parents with no stated couple
    paths: list[str]
    marks: list[str] = field(default_factory=list)  # slashes on a partner line, bars on a cut-off
    title: str = ""


@dataclass
class Outline:
    d: str


@dataclass
class LegendEntry:
    key: str
    label: str
    x: float
    y: float
    sample: Symbol | Stroke | Outline


@dataclass
class Scene:
    width: float
    height: float
    symbols: list[Symbol]
    strokes: list[Stroke]
    outlines: list[Outline]
    legend: list[LegendEntry]
    legend_y: float


@dataclass(eq=False)  # compared and hashed by identity: a key for its bars
class _Group:
    """Children who hang from the same parent or couple through the same kind of relation."""
    kind: str
    parents: tuple[str, ...]
    children: list[str]


def draw(family: Family) -> Scene:
    return _Drawing(family, layout(family)).scene()


class _Drawing:
    def __init__(self, family: Family, lay: Layout):
        self.family, self.lay = family, lay
        self.groups = _groups(family, lay)
        self.partner_pairs = {frozenset(p) for p in lay.partners}
        self.kind_of = {r.pair: r.type for r in family.of_group("couple")}
        self.bar_level: dict = {}
        self.gap_levels: dict[int, int] = defaultdict(lambda: 1)
        self.arc_side = {r.index: self.quieter_side(r.a, r.b) for r in family.of_group("tie")
                         if lay.gen[r.a] == lay.gen[r.b]}
        self.arcs = {(side, lay.gen[r.a]) for r in family.of_group("tie") if (side := self.arc_side.get(r.index))}
        self.y: list[float] = []
        self.label_bottom: list[float] = []
        self.shift = MARGIN

    def scene(self) -> Scene:
        routes = self.plan_routes()
        self.place_rows()
        legend = self.legend()
        width = max(self.lay.width, self.legend_width(legend)) + 2 * MARGIN
        self.shift = MARGIN + (width - 2 * MARGIN - self.lay.width) / 2
        symbols = self.symbols()
        outlines = self.outlines()
        strokes = self.couples() + self.links(routes) + self.ties()
        legend_y = self.bar_top[-1] + 10 if self.bar_top else 0
        placed = self.place_legend(legend, legend_y + 22, width)
        height = legend_y + 22 + math.ceil(len(legend) / self.legend_columns(legend, width)) * LEGEND_ROW + MARGIN
        return Scene(width, height, symbols, strokes, outlines, placed, legend_y)

    # --- positions -----------------------------------------------------------------
    def x(self, person: str) -> float:
        return self.lay.x[person] + self.shift

    def row_y(self, person: str) -> float:
        return self.y[self.lay.gen[person]]

    def place_rows(self) -> None:
        """The y of each row: symbols, labels, room for arcs, then the bars down to the next row."""
        self.bar_top: list[float] = []
        for g, row in enumerate(self.lay.rows):
            if g == 0:
                top = MARGIN + HALF + (ARC_ROOM if ("above", 0) in self.arcs else 6)
            else:
                bars = self.bar_top[-1] + (self.gap_levels[g - 1] - 1) * BAR_STEP
                top = bars + GAP_BELOW_BARS + HALF + (ARC_ROOM - 8 if ("above", g) in self.arcs else 0)
            lines = max((len(self.lay.labels[i]) for i in row), default=1)
            self.y.append(top)
            self.label_bottom.append(top + HALF + 6 + lines * LINE_HEIGHT)
            self.bar_top.append(self.label_bottom[-1] + BAR_DROP + (ARC_ROOM if ("below", g) in self.arcs else 0))

    def bar_y(self, gap: int, level: int) -> float:
        return self.bar_top[gap] + level * BAR_STEP

    def quieter_side(self, a: str, b: str) -> str:
        """Whether an arc between two people in one row crosses fewer lines above or below the row."""
        g = self.lay.gen[a]
        low, high = sorted((self.lay.x[a], self.lay.x[b]))
        between = [i for i in self.lay.rows[g] if low < self.lay.x[i] < high]
        above = sum(1 for i in between if self.family.parents_of(i))
        below = sum(1 for group in self.groups
                    if self.lay.gen[group.parents[0]] == g and low <= self.anchor_x(group) <= high)
        return "below" if below < above else "above"

    def adjacent(self, a: str, b: str) -> bool:
        row = self.lay.rows[self.lay.gen[a]]
        return self.lay.gen[a] == self.lay.gen[b] and abs(row.index(a) - row.index(b)) == 1

    # --- routes from parents to children ---------------------------------------------
    def plan_routes(self) -> list[tuple[_Group, str, list[float]]]:
        """For each group and child the x of each vertical leg; reserves bar heights per gap."""
        entries = self.entry_offsets()
        routes, spans = [], defaultdict(list)
        for group in self.groups:
            start = self.anchor_x(group)
            for child in group.children:
                end = self.lay.x[child] + entries[(group, child)]
                legs = [start] + self.passes(group, child, start, end) + [end]
                routes.append((group, child, legs))
                for n, (a, b) in enumerate(zip(legs, legs[1:])):
                    gap = self.lay.gen[group.parents[0]] + n
                    spans[gap].append((_bar_key(group, child, legs, n), min(a, b), max(a, b)))
        for gap, items in spans.items():
            self.allocate(gap, items)
        return routes

    def entry_offsets(self) -> dict:
        """Lines arriving at the same child side by side, ordered by where they come from."""
        arriving = defaultdict(list)
        for group in self.groups:
            for child in group.children:
                arriving[child].append(group)
        offsets = {}
        for child, groups in arriving.items():
            groups.sort(key=self.anchor_x)
            for n, group in enumerate(groups):
                offsets[(group, child)] = (n - (len(groups) - 1) / 2) * ENTRY_SPREAD
        return offsets

    def anchor_x(self, group: _Group) -> float:
        return sum(self.lay.x[p] for p in group.parents) / len(group.parents)

    def passes(self, group: _Group, child: str, start: float, end: float) -> list[float]:
        """Where a line from far above crosses each row in between: at a gap between non-partners."""
        top, bottom = self.lay.gen[group.parents[0]], self.lay.gen[child]
        crossings = []
        for g in range(top + 1, bottom):
            wanted = start + (end - start) * (g - top) / (bottom - top)
            crossings.append(min(self.openings(g), key=lambda x: (abs(x - wanted), x)))
        return crossings

    def openings(self, g: int) -> list[float]:
        row = self.lay.rows[g]
        edges = [self.lay.x[i] - self.lay.slot[i] / 2 for i in row]
        ends = [self.lay.x[i] + self.lay.slot[i] / 2 for i in row]
        found = [edges[0] - 4, ends[-1] + 4] if row else [0.0]
        for n in range(len(row) - 1):
            if frozenset(row[n:n + 2]) not in self.partner_pairs:
                found.append((ends[n] + edges[n + 1]) / 2)
        return found

    def allocate(self, gap: int, spans: list) -> None:
        """Bars in the same gap that would touch get different heights."""
        shared: dict = {}
        for key, low, high in spans:  # one bar per group for its direct children
            if key in shared:
                shared[key] = (min(shared[key][0], low), max(shared[key][1], high))
            else:
                shared[key] = (low, high)
        ends: list[float] = []
        for key, (low, high) in sorted(shared.items(), key=lambda item: item[1]):
            level = next((n for n, end in enumerate(ends) if low > end + 12), len(ends))
            if level == len(ends):
                ends.append(high)
            ends[level] = max(ends[level], high)
            self.bar_level[key] = level
        self.gap_levels[gap] = max(len(ends), 1)

    # --- strokes -------------------------------------------------------------------
    def couples(self) -> list[Stroke]:
        strokes = []
        for a, b in self.lay.partners:
            kind = self.kind_of.get(frozenset((a, b)), "implied")
            left, right = sorted((a, b), key=self.x)
            points, middle = self.partner_line(left, right)
            strokes.append(Stroke("couple", kind, [geo.path(points)], _slashes(kind, middle),
                                  couple_sentence(self.family, kind, a, b)))
        return strokes

    def partner_line(self, left: str, right: str) -> tuple[list, tuple]:
        """Between adjacent partners at mid-height; otherwise a U below their labels."""
        y = self.row_y(left)
        if self.adjacent(left, right):
            points = [(self.x(left) + HALF, y), (self.x(right) - HALF, y)]
            return points, ((self.x(left) + self.x(right)) / 2, y)
        low = self.label_bottom[self.lay.gen[left]] + 10  # clear of a household outline round the labels
        points = [(self.x(left), y + HALF), (self.x(left), low), (self.x(right), low), (self.x(right), y + HALF)]
        return points, ((self.x(left) + self.x(right)) / 2, low)

    def anchor(self, group: _Group) -> tuple[float, float]:
        """Where a group's line leaves its parents."""
        if len(group.parents) == 1:
            parent = group.parents[0]
            return (self.x(parent), self.row_y(parent) + HALF)
        left, right = sorted(group.parents, key=self.x)
        return self.partner_line(left, right)[1]

    def links(self, routes) -> list[Stroke]:
        strokes = []
        for group, child, legs in routes:
            top = self.lay.gen[group.parents[0]]
            ax, ay = self.anchor(group)
            points = [(ax, ay)]
            if self.lay.gen[child] <= top:  # contradictory data: a plain line will do
                points.append((self.x(child), self.row_y(child)))
            else:
                for n, (a, b) in enumerate(zip(legs, legs[1:])):
                    y = self.bar_y(top + n, self.bar_level.get(_bar_key(group, child, legs, n), 0))
                    points += [(a + self.shift, y), (b + self.shift, y)]
                points.append((legs[-1] + self.shift, self.row_y(child) - HALF))
            title = parentage_sentence(self.family, group.kind, list(group.parents), child)
            strokes.append(Stroke("child", group.kind, [geo.orthogonal(points)], [], title))
        return strokes

    def ties(self) -> list[Stroke]:
        strokes = []
        for r in self.family.of_group("tie"):
            line = self.arc(r) if r.index in self.arc_side else self.tie_line(r.a, r.b)
            paths, marks = _tie_paths(r.type, self.clip(line, r.a, r.b))
            strokes.append(Stroke("tie", r.type, paths, marks, tie_sentence(self.family, r.type, r.a, r.b)))
        return strokes

    def tie_line(self, a: str, b: str) -> list:
        """Between rows: straight, or bent round the people in the way (the fewest, the least bent)."""
        (ax, ay), (bx, by) = (self.x(a), self.row_y(a)), (self.x(b), self.row_y(b))
        others = [self.box(i) for i in self.family.persons if i not in (a, b)]
        candidates = [[(ax, ay), (bx, by)]] + [
            geo.quadratic((ax, ay), _bend((ax, ay), (bx, by), side * size), (bx, by))
            for size in (50, 100, 150) for side in (1, -1)]
        return min(candidates, key=lambda c: geo.crossings(self.clip(c, a, b), others))

    def arc(self, tie: Relation) -> list:
        """Within a row: over the symbols or under the labels, leaving each symbol beside its incoming line."""
        a, b, g = tie.a, tie.b, self.lay.gen[tie.a]
        (ax, bx), side = (self.x(a), self.x(b)), self.arc_side[tie.index]
        toward = HALF * 0.5 if bx > ax else -HALF * 0.5
        y, bend = (self.y[g] - HALF, -1) if side == "above" else (self.label_bottom[g], 1)
        rise = min(ARC_ROOM * 1.7, 20 + abs(bx - ax) * 0.12)
        return geo.quadratic((ax + toward, y), ((ax + bx) / 2, y + bend * rise), (bx - toward, y))

    def clip(self, line: list, a: str, b: str) -> list:
        """The line from where it leaves a's symbol and label to where it reaches b's."""
        start = geo.inside_length(line, self.box(a))
        end = geo.inside_length(line[::-1], self.box(b))
        return geo.trim(line, start + 2, end + 2)

    def box(self, person: str) -> tuple[float, float, float, float]:
        width = max(SIZE, CHAR_WIDTH * max(map(len, self.lay.labels[person]))) + 6
        x, y = self.x(person), self.row_y(person)
        return (x - width / 2, y - HALF - 3, x + width / 2, self.label_bottom[self.lay.gen[person]])

    # --- persons and household --------------------------------------------------------
    def symbols(self) -> list[Symbol]:
        return [Symbol(i, _shape(p.sex), self.x(i), self.row_y(i), HALF, p.focus, p.deceased, p.age_text,
                       self.lay.labels[i], describe_person(p))
                for i, p in self.family.persons.items()]

    def outlines(self) -> list[Outline]:
        """One outline round the household when it forms one band down the rows; else one per run."""
        runs = self.household_runs()
        rows = sorted({g for g, _ in runs})
        if runs and len(runs) == len(rows) and rows == list(range(rows[0], rows[-1] + 1)):
            return [Outline(geo.rounded(_band([self.run_box(g, run) for g, run in runs]), 12))]
        return [Outline(geo.rounded(_corners(self.run_box(g, run)), 12)) for g, run in runs]

    def household_runs(self) -> list[tuple[int, list[str]]]:
        runs = []
        members = set(self.family.household)
        for g, row in enumerate(self.lay.rows):
            run: list[str] = []
            for person in row + [None]:
                if person in members:
                    run.append(person)
                elif run:
                    runs.append((g, run))
                    run = []
        return runs

    def run_box(self, g: int, run: list[str]) -> tuple[float, float, float, float]:
        boxes = [self.box(i) for i in run]
        return (min(b[0] for b in boxes) - 8, self.y[g] - HALF - 9, max(b[2] for b in boxes) + 8,
                self.label_bottom[g] + 4)

    # --- legend ----------------------------------------------------------------------
    def legend(self) -> list[LegendEntry]:
        return [LegendEntry(key, LEGEND_LABELS[key], 0, 0, sample) for key, sample in self.legend_samples()]

    def legend_samples(self) -> list[tuple[str, Symbol | Stroke | Outline]]:
        persons = list(self.family.persons.values())
        used = {_shape(p.sex) for p in persons}
        samples = [(shape, _sample_symbol(shape)) for shape in ("male", "female", "unknown") if shape in used]
        first = {key: next((p for p in persons if getattr(p, key)), None) for key in ("focus", "deceased")}
        samples += [(key, _sample_symbol(_shape(p.sex), **{key: True})) for key, p in first.items() if p]
        if any(p.age_text for p in persons):
            samples.append(("age", _sample_symbol("female", age="34")))
        couples = {self.kind_of.get(frozenset(pair), "implied") for pair in self.lay.partners}
        samples += [(k, _sample_line("couple", k)) for k in ("married", "couple", "separated", "divorced",
                                                            "implied") if k in couples]
        kinds = {group.kind for group in self.groups}
        samples += [(k, _sample_line("child", k)) for k in PARENT_TYPES if k in kinds]
        if self.family.household:
            samples.append(("household", Outline(geo.rounded(_corners((2, -10, 42, 10)), 6))))
        ties = {r.type for r in self.family.of_group("tie")}
        samples += [(k, _sample_line("tie", k)) for k in ("close", "conflictual", "cutoff") if k in ties]
        return samples

    def legend_column(self, legend: list[LegendEntry]) -> float:
        return LEGEND_SAMPLE + CHAR_WIDTH * max((len(e.label) for e in legend), default=0) + 16

    def legend_columns(self, legend: list[LegendEntry], width: float) -> int:
        return max(1, int((width - 2 * MARGIN) // self.legend_column(legend)))

    def legend_width(self, legend: list[LegendEntry]) -> float:
        return self.legend_column(legend) * min(len(legend), 2)

    def place_legend(self, legend: list[LegendEntry], top: float, width: float) -> list[LegendEntry]:
        rows = math.ceil(len(legend) / self.legend_columns(legend, width))
        for n, entry in enumerate(legend):
            entry.x = MARGIN + (n // rows) * self.legend_column(legend)
            entry.y = top + (n % rows) * LEGEND_ROW
        return legend


# --- helpers --------------------------------------------------------------------------

def _groups(family: Family, lay: Layout) -> list[_Group]:
    """Children grouped by the parent or couple they hang from, per kind of relation."""
    groups: dict = {}
    for child in family.persons:
        for kind in PARENT_TYPES:
            carers = family.parents_of(child, (kind,))
            together = len(carers) == 2 and lay.gen[carers[0]] == lay.gen[carers[1]]
            for parents in [tuple(carers)] if together else [(c,) for c in carers]:
                key = (kind, frozenset(parents))
                groups.setdefault(key, _Group(kind, parents, [])).children.append(child)
    return list(groups.values())


def _bar_key(group: _Group, child: str, legs: list, n: int) -> tuple:
    """A group shares one bar among its children below; a longer route has its own bars."""
    return (group, None if len(legs) == 2 else child, n)


def _shape(sex: str) -> str:
    return {"m": "male", "f": "female"}.get(sex, "unknown")


def _slashes(kind: str, middle: tuple[float, float]) -> list[str]:
    """One slash across the partner line for a separation, two for a divorce."""
    count = {"separated": 1, "divorced": 2}.get(kind, 0)
    x, y = middle[0] - 11, middle[1]  # beside the middle, where children's line leaves
    shifts = [(n - (count - 1) / 2) * 7 for n in range(count)]
    return [geo.path([(x + s - 5, y + 9), (x + s + 5, y - 9)]) for s in shifts]


def _tie_paths(kind: str, line: list) -> tuple[list[str], list[str]]:
    """Close: two parallel lines. Conflictual: a zigzag. Cut off: a line broken by two bars."""
    if kind == "close":
        return [geo.path(geo.offset(line, 2.5)), geo.path(geo.offset(line, -2.5))], []
    if kind == "conflictual":
        return [geo.path(geo.zigzag(line))], []
    first, second = geo.split_gap(line, 10)
    bars = [geo.path(geo.bar_across(line, first[-1], 14)), geo.path(geo.bar_across(line, second[0], 14))]
    return [geo.path(first), geo.path(second)], bars


def _bend(a: tuple, b: tuple, amount: float) -> tuple[float, float]:
    """A control point beside the middle of a-b."""
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    dx, dy = b[0] - a[0], b[1] - a[1]
    size = math.hypot(dx, dy) or 1.0
    return (mx - dy / size * amount, my + dx / size * amount)


def _corners(box: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    x1, y1, x2, y2 = box
    return [(x1, y1), (x2, y1), (x2, y2), (x1, y2)]


def _band(boxes: list[tuple[float, float, float, float]]) -> list[tuple[float, float]]:
    """One outline down through boxes in consecutive rows: left side down, right side up."""
    left = [point for x1, y1, _, y2 in boxes for point in ((x1, y1), (x1, y2))]
    right = [point for _, y1, x2, y2 in reversed(boxes) for point in ((x2, y2), (x2, y1))]
    return left + right


def _sample_symbol(shape: str, focus: bool = False, deceased: bool = False, age: str = "") -> Symbol:
    return Symbol("", shape, 22, 0, 12, focus, deceased, age)


def _sample_line(group: str, kind: str) -> Stroke:
    line = [(0.0, 0.0), (44.0, 0.0)]
    if group == "tie":
        paths, marks = _tie_paths(kind, line)
        return Stroke(group, kind, paths, marks)
    if group == "child":
        return Stroke(group, kind, [geo.path([(22.0, -11.0), (22.0, 11.0)])])
    return Stroke(group, kind, [geo.path(line)], _slashes(kind, (33, 0)))
