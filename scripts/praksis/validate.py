"""Front matter against the schema: types, required keys, unknown keys, ids.

Only values that pass go into the entry, so the model and the renderers
never see a wrong type; everything else becomes a diagnostic at its line.
Groups (`anonymized`, timeline items, `signs_of_safety`) are checked the same
way, one level down, so a mistake deep inside still points at its own line.
"""

from __future__ import annotations

import difflib

from .diagnostics import Diagnostic
from .rules import REGISTRY, Rule, metadata
from .rules.references import RECORDS
from .frontmatter import Parsed
from .schema import ID_PATTERNS, Field, Kind, ListOf, Mapping

_MISSING = object()


class _Context:
    def __init__(self, parsed: Parsed, path: str):
        self.parsed, self.path = parsed, path
        self.diagnostics: list[Diagnostic] = []

    def report(self, where: tuple, rule: Rule, **values) -> None:
        self.diagnostics.append(rule.at(self.path, self.parsed.position(*where), **values))


def validate(kind: Kind, parsed: Parsed, path: str) -> tuple[dict, list[Diagnostic]]:
    context = _Context(parsed, path)
    data = _without_refused(kind, parsed.data, context)
    meta = _check_fields(kind.fields, data, (), kind.indefinite, context)
    context.diagnostics += _check_id(kind, meta, parsed, path)
    return meta, context.diagnostics


def _without_refused(kind: Kind, data: dict, context: _Context) -> dict:
    """The keys this kind refuses are reported by the rule that says why, and left out of the entry (an empty one
    names nothing and is only left out)."""
    refused = dict(kind.refused)
    for key, value in data.items():
        if str(key) in refused and not _empty(value):
            context.report((key,), REGISTRY[refused[str(key)]], record=RECORDS.get(kind.name, kind.label),
                           what=f"'{key}'", fix=f"Slet nøglen '{key}'.")
    return {key: value for key, value in data.items() if str(key) not in refused}


def _check_fields(fields: tuple[Field, ...], data: dict, where: tuple, owner: str, context: _Context) -> dict:
    """Check a mapping against its fields; returns the values that passed."""
    known = {f.name: f for f in fields}
    checked: dict = {}
    for key, value in data.items():
        spec = known.get(str(key))
        if spec is None:
            context.report((*where, key), metadata.UNKNOWN_KEY, key=_dotted(where, key), owner=owner,
                           fix=_did_you_mean(str(key), list(known)))
        elif not _empty(value):
            result = _check_value(spec, value, (*where, key), context)
            if result is not _MISSING:
                checked[spec.name] = result
    for spec in fields:
        if spec.required and spec.name not in data:
            context.report(where or (), metadata.MISSING_KEY, key=_dotted(where, spec.name), state="mangler",
                           description=spec.description, fix=f"Tilføj fx '{spec.name}: {spec.example or '...'}'"
                           + (f" under '{where[-1]}'." if where else " i front matter."))
        elif spec.required and _empty(data.get(spec.name)):
            context.report((*where, spec.name), metadata.MISSING_KEY, key=_dotted(where, spec.name), state="er tom",
                           description=spec.description, fix=f"Udfyld den, fx '{spec.name}: {spec.example or '...'}'.")
    return checked


def _check_value(spec: Field, value, where: tuple, context: _Context):
    result, problem = spec.type.check(value)
    if problem:
        code, message, hint = problem
        context.report(where, REGISTRY[code], key=_dotted(where[:-1], where[-1]), problem=message, fix=hint)
        return _MISSING
    if isinstance(spec.type, ListOf):
        item_spec = Field(spec.name, spec.type.item, True, spec.description)
        items = [_check_value(item_spec, item, (*where, index), context) for index, item in enumerate(result)]
        return [item for item in items if item is not _MISSING]
    if isinstance(spec.type, Mapping) and spec.type.fields:
        group = _check_fields(spec.type.fields, result, where, f"gruppen '{where[-1]}'", context)
        complete = all(f.name in group for f in spec.type.fields if f.required)
        return group if complete else _MISSING
    return result


def _check_id(kind: Kind, meta: dict, parsed: Parsed, path: str) -> list[Diagnostic]:
    entry_id = meta.get("id")
    if entry_id is None:
        return []
    where = parsed.position("id")
    if not ID_PATTERNS[kind.name].fullmatch(entry_id):
        return [metadata.ID_FORM.at(path, where, id=entry_id, kind=kind.indefinite,
                                    fix=f"{kind.indefinite.capitalize()} har id efter mønstret i filnavnet: "
                                        f"{kind.filename_rule}.")]
    match = kind.filename.fullmatch(path.rsplit("/", 1)[-1])
    if match and match["id"] != entry_id:
        return [metadata.ID_NOT_FILENAME.at(path, where, id=entry_id, named=match["id"])]
    return []


def _empty(value) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _dotted(where: tuple, key) -> str:
    """anonymized.by, timeline[2].when: the key as an author finds it in the file."""
    text = ""
    for part in (*where, key):
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _did_you_mean(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return f"Mente du '{close[0]}'?" if close else f"Tilladte nøgler: {', '.join(known)}."
