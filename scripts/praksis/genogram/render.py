"""The genogram as inline SVG, and the same family as a Danish Markdown list."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from .drawing import draw
from .geometry import num
from .layout import generations
from .model import Family, read_family
from .words import describe_person, describe_relations

_ENV = Environment(loader=PackageLoader("praksis", "templates"), autoescape=True,
                   trim_blocks=True, lstrip_blocks=True)
_ENV.filters["n"] = num


def render_genogram(family: Any, *, title: str = "Genogram", key: str | None = None) -> Markup:
    """Inline SVG in a <figure class="genogram">, or "" when there is no one to draw.

    Draws whatever part of `family` is usable (validate_family reports the
    rest), so a build never fails on it. `key` makes the ids of <title> and
    <desc> unique on a page with several genograms; by default it comes from
    the data. The output has no blank lines, so it stays one raw HTML block
    in Markdown.
    """
    model, _ = read_family(family)
    if not model.persons:
        return Markup("")
    svg = _ENV.get_template("genogram.svg.j2").render(
        scene=draw(model), title=title, desc=_description(model), id=_element_id(key or repr(family)))
    return Markup("\n".join(line for line in svg.splitlines() if line.strip()))


def render_relations_text(family: Any) -> Markup:
    """A Markdown list in Danish of every person and every relation, for beside the drawing.

    Roles are already HTML-escaped, so the result is Markup: an autoescaping
    template must not escape it twice.
    """
    model, _ = read_family(family)
    if not model.persons:
        return Markup("")
    persons = [describe_person(p) for p in model.persons.values()]
    text = _ENV.get_template("genogram_relations.md.j2").render(persons=persons, relations=describe_relations(model))
    return Markup(text)


def describe_family(family: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The family in Danish sentences, for beside the drawing: ("Personer", lines), ("Relationer", lines)."""
    model, _ = read_family(family)
    if not model.persons:
        return ()
    groups = [("Personer", tuple(describe_person(p) for p in model.persons.values()))]
    relations = describe_relations(model)
    if relations:
        groups.append(("Relationer", tuple(relations)))
    return tuple(groups)


def _description(model: Family) -> str:
    people, rows = len(model.persons), len(set(generations(model).values()))
    text = (f"Genogram med {people} {'person' if people == 1 else 'personer'} i {rows} "
            f"{'generation' if rows == 1 else 'generationer'}. Personer: "
            + "; ".join(describe_person(p) for p in model.persons.values()) + ".")
    relations = describe_relations(model)
    return text + (" Relationer: " + "; ".join(relations) + "." if relations else "")


def _element_id(key: str) -> str:
    readable = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")[:24]
    digest = hashlib.sha1(key.encode("utf-8", "replace")).hexdigest()[:8]
    return f"genogram-{readable}-{digest}" if readable and len(key) <= 24 else f"genogram-{digest}"
