"""Front matter against the schema: types, required keys, unknown keys, ids.

Only values that pass go into the entry, so the model and the renderers
never see a wrong type; everything else becomes a diagnostic at its line.
"""

from __future__ import annotations

import difflib

from .diagnostics import Diagnostic
from .frontmatter import Parsed
from .schema import ANONYMIZED_FIELDS, ID_PATTERNS, Field, Kind, ListOf, Mapping


def validate(kind: Kind, parsed: Parsed, path: str) -> tuple[dict, list[Diagnostic]]:
    meta: dict = {}
    diagnostics: list[Diagnostic] = []
    known = [f.name for f in kind.fields]
    for key, value in parsed.data.items():
        spec = kind.field(str(key))
        if spec is None:
            diagnostics.append(_unknown(path, parsed.position(key), str(key), known, kind.label))
            continue
        if value is None or value == "" or value == []:
            continue  # an empty optional key is allowed; a required one is reported below
        checked = _check_field(spec, value, (key,), parsed, path, diagnostics)
        if checked is not None:
            meta[spec.name] = checked
    for spec in kind.fields:
        if spec.required and spec.name not in meta and not _reported(diagnostics, parsed, spec.name):
            diagnostics.append(Diagnostic(
                path, 1, 1, "M204", f"Nøglen '{spec.name}' mangler ({spec.description})",
                f"Tilføj fx '{spec.name}: {spec.example or '...'}' i front matter."))
    diagnostics += _check_id(kind, meta, parsed, path)
    return meta, diagnostics


def _check_field(spec: Field, value, where: tuple, parsed: Parsed, path: str, diagnostics: list):
    checked, problem = spec.type.check(value)
    if problem:
        diagnostics.append(_problem(path, parsed.position(*where), spec.name, problem))
        return None
    if isinstance(spec.type, ListOf):
        items = []
        for index, item in enumerate(checked):
            good, problem = spec.type.item.check(item)
            if problem:
                diagnostics.append(_problem(path, parsed.position(*where, index), spec.name, problem))
            else:
                items.append(good)
        return items
    if isinstance(spec.type, Mapping):
        return _check_group(checked, where, parsed, path, diagnostics)
    return checked


def _check_group(value: dict, where: tuple, parsed: Parsed, path: str, diagnostics: list) -> dict | None:
    group: dict = {}
    names = [f.name for f in ANONYMIZED_FIELDS]
    for key, sub in value.items():
        spec = next((f for f in ANONYMIZED_FIELDS if f.name == key), None)
        if spec is None:
            diagnostics.append(_unknown(path, parsed.position(*where, key), f"{where[-1]}.{key}", names, "gruppe"))
            continue
        checked = _check_field(spec, sub, (*where, key), parsed, path, diagnostics)
        if checked is not None:
            group[key] = checked
    missing = [f for f in ANONYMIZED_FIELDS if f.required and f.name not in value]
    for spec in missing:
        diagnostics.append(Diagnostic(path, *parsed.position(*where), "M204",
                                      f"Nøglen '{where[-1]}.{spec.name}' mangler ({spec.description})",
                                      f"Tilføj '{spec.name}:' indrykket under '{where[-1]}:'."))
    return group if not missing and len(group) == len(value) else None


def _check_id(kind: Kind, meta: dict, parsed: Parsed, path: str) -> list[Diagnostic]:
    entry_id = meta.get("id")
    if entry_id is None:
        return []
    where = parsed.position("id")
    if not ID_PATTERNS[kind.name].fullmatch(entry_id):
        return [Diagnostic(path, *where, "M211", f"Id '{entry_id}' har ikke formen for et {kind.label}.",
                           f"Et {kind.label} har id efter mønstret i filnavnet: {kind.filename_rule}.")]
    match = kind.filename.fullmatch(path.rsplit("/", 1)[-1])
    if match and match["id"] != entry_id:
        return [Diagnostic(path, *where, "M209", f"Id '{entry_id}' passer ikke med filnavnet ({match['id']}).",
                           f"Ret id til '{match['id']}', eller omdøb filen så den begynder med '{entry_id}'.")]
    return []


def _reported(diagnostics: list[Diagnostic], parsed: Parsed, key: str) -> bool:
    """A present key with a bad value is already reported; do not also call it missing."""
    return (key,) in parsed.positions and parsed.data.get(key) not in (None, "", [])


def _problem(path: str, where: tuple[int, int], name: str, problem: tuple[str, str, str]) -> Diagnostic:
    code, message, hint = problem
    return Diagnostic(path, *where, code, f"'{name}' {message}.", hint)


def _unknown(path: str, where: tuple[int, int], key: str, known: list[str], owner: str) -> Diagnostic:
    close = difflib.get_close_matches(key.split(".")[-1], known, n=1, cutoff=0.6)
    hint = f"Mente du '{close[0]}'?" if close else f"Tilladte nøgler: {', '.join(known)}."
    return Diagnostic(path, *where, "M206", f"Ukendt nøgle '{key}' for et {owner}.", hint)
