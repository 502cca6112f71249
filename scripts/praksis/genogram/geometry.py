"""Small plane geometry for the drawing: polylines, curves, offsets and path data."""

from __future__ import annotations

import math

Point = tuple[float, float]


def num(value: float) -> str:
    """A coordinate for SVG: at most one decimal, no trailing zeros."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def path(points: list[Point]) -> str:
    """'M x y L x y ...' through the points."""
    if not points:
        return ""
    head, *rest = points
    return f"M{num(head[0])} {num(head[1])}" + "".join(f" L{num(x)} {num(y)}" for x, y in rest)


def orthogonal(points: list[Point]) -> str:
    """Path data for a polyline of horizontal and vertical legs, dropping empty legs."""
    kept = [points[0]] + [p for prev, p in zip(points, points[1:]) if p != prev]
    return path(kept)


def quadratic(start: Point, control: Point, end: Point, steps: int = 24) -> list[Point]:
    return [_bezier(start, control, end, n / steps) for n in range(steps + 1)]


def _bezier(a: Point, c: Point, b: Point, t: float) -> Point:
    u = 1 - t
    return (u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1])


def length(points: list[Point]) -> float:
    return sum(math.dist(p, q) for p, q in zip(points, points[1:]))


def resample(points: list[Point], step: float) -> list[Point]:
    """Points every `step` along the polyline, ends included."""
    total = length(points)
    if total == 0:
        return list(points)
    count = max(2, round(total / step) + 1)
    wanted = [total * n / (count - 1) for n in range(count)]
    found, start, n = [], 0.0, 0  # one walk along the legs, not one per point
    for p, q in zip(points, points[1:]):
        leg = math.dist(p, q)
        while n < count and leg > 0 and wanted[n] - start <= leg:
            t = (wanted[n] - start) / leg
            found.append((p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t))
            n += 1
        start += leg
    return found + [points[-1]] * (count - n)


def point_at(points: list[Point], distance: float) -> Point:
    for p, q in zip(points, points[1:]):
        leg = math.dist(p, q)
        if distance <= leg and leg > 0:
            t = distance / leg
            return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)
        distance -= leg
    return points[-1]


def trim(points: list[Point], start: float, end: float) -> list[Point]:
    """The polyline without its first `start` and last `end` units."""
    total = length(points)
    if total <= start + end:
        return [point_at(points, total / 2)] * 2
    return section(points, start, total - end)


def section(points: list[Point], begin: float, stop: float) -> list[Point]:
    """The part of the polyline between two distances along it."""
    inside = [p for d, p in _walk(points) if begin < d < stop]
    return [point_at(points, begin)] + inside + [point_at(points, stop)]


def _walk(points: list[Point]) -> list[tuple[float, Point]]:
    """Each point with its distance along the polyline."""
    walked, result = 0.0, [(0.0, points[0])]
    for p, q in zip(points, points[1:]):
        walked += math.dist(p, q)
        result.append((walked, q))
    return result


def normals(points: list[Point]) -> list[Point]:
    """Unit normal at each point (of the neighbouring legs)."""
    result = []
    for n in range(len(points)):
        a = points[max(n - 1, 0)]
        b = points[min(n + 1, len(points) - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        size = math.hypot(dx, dy) or 1.0
        result.append((-dy / size, dx / size))
    return result


def offset(points: list[Point], distance: float) -> list[Point]:
    return [(x + nx * distance, y + ny * distance) for (x, y), (nx, ny) in zip(points, normals(points))]


def zigzag(points: list[Point], step: float = 5.0, amplitude: float = 4.0) -> list[Point]:
    dense = resample(points, step)
    signs = [0] + [(-1) ** n for n in range(1, len(dense) - 1)] + [0]
    return [(x + nx * amplitude * s, y + ny * amplitude * s)
            for (x, y), (nx, ny), s in zip(dense, normals(dense), signs)]


def split_gap(points: list[Point], gap: float) -> tuple[list[Point], list[Point]]:
    """The polyline cut in two around its middle, `gap` apart."""
    total = length(points)
    return section(points, 0, (total - gap) / 2), section(points, (total + gap) / 2, total)


def bar_across(points: list[Point], at: Point, size: float) -> list[Point]:
    """A short stroke across the polyline at a point on it."""
    nearest = min(range(len(points)), key=lambda n: math.dist(points[n], at))
    nx, ny = normals(points)[nearest]
    return [(at[0] - nx * size / 2, at[1] - ny * size / 2), (at[0] + nx * size / 2, at[1] + ny * size / 2)]


def inside_length(points: list[Point], box: tuple[float, float, float, float]) -> float:
    """How far the polyline runs from its start before it leaves the box."""
    x1, y1, x2, y2 = box
    for walked, (x, y) in _walk(resample(points, 2.0)):
        if not (x1 <= x <= x2 and y1 <= y <= y2):
            return walked
    return length(points)


def crossings(points: list[Point], boxes: list[tuple[float, float, float, float]]) -> int:
    """How many of the boxes (x1, y1, x2, y2) the polyline passes through."""
    dense = resample(points, 3.0)
    return sum(1 for x1, y1, x2, y2 in boxes if any(x1 < x < x2 and y1 < y < y2 for x, y in dense))


def rounded(points: list[Point], radius: float) -> str:
    """Closed path data through the points with rounded corners."""
    corners = []
    count = len(points)
    for n in range(count):
        prev, here, nxt = points[n - 1], points[n], points[(n + 1) % count]
        r_in = min(radius, math.dist(prev, here) / 2)
        r_out = min(radius, math.dist(here, nxt) / 2)
        corners.append((_towards(here, prev, r_in), here, _towards(here, nxt, r_out)))
    parts = [f"M{num(corners[0][2][0])} {num(corners[0][2][1])}"]
    for entry, corner, leave in corners[1:] + corners[:1]:
        parts.append(f"L{num(entry[0])} {num(entry[1])} Q{num(corner[0])} {num(corner[1])} "
                     f"{num(leave[0])} {num(leave[1])}")
    return " ".join(parts) + " Z"


def _towards(a: Point, b: Point, distance: float) -> Point:
    size = math.dist(a, b) or 1.0
    return (a[0] + (b[0] - a[0]) * distance / size, a[1] + (b[1] - a[1]) * distance / size)
