"""Personal names (P606, P607) from the vendored Danish name list.

Each name has a tier (see data/names/README.md). The case of a word and its
place in the sentence decide what a match means:

- lower case: only names that are never ordinary words ("mette"),
- Capitalised: `name`/`title` always; `word` names ("Storm") are errors
  mid-sentence and warnings at the start of a sentence; `common` names
  ("Hans", "Per") only count mid-sentence,
- CAPITALS: only `name` names of four letters or more (not acronyms).

A file's distinct words are looked up in one dict; only the few that can be
names are then located with str.find.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .findings import Finding, length_note

_RANK = {"common": 0, "word": 1, "title": 2, "name": 3}
_WORD = re.compile(r"[^\W\d_]+")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\.?[ \t]$")
_FRONT_MATTER_KEY = re.compile(r"[\w-]+:")
_NAME_GAP = re.compile(r"[ \t]?-?[ \t]?")

# The agreed role pseudonyms and other role words are never names.
ROLES = frozenset("""
barn mor far mormor morfar farmor farfar stedfar stedmor plejemor plejefar plejeforældre forælder forældre bror
søster halvbror halvsøster storebror lillebror storesøster lillesøster onkel tante moster faster morbror farbror
fætter kusine sagsbehandler sagsejer skolelærer lærer klasselærer pædagog sundhedsplejerske psykolog teamleder
leder faglig koordinator kontaktperson bisidder advokat læge ung dreng pige familieplejer skoleleder tolk værge
nabo ven veninde kæreste
""".split())
# Town names that are also surnames; the issue asks for a list of allowed places.
DEFAULT_PLACES = frozenset("kolding viborg nyborg thisted tønder rønne greve kastrup vester øster højbjerg søborg als"
                           .split())
# Capitalised only because they open the sentence: they do not start a proper noun.
_FUNCTION_WORDS = frozenset("""
og men eller hos med til fra for på i om af at den det de en et der som hvor når hvis da så nu her efter før under
over mellem ved uden mod jeg vi du han hun hans hendes deres vores min din sin også ikke kun bare selv alle både
enten fordi mens siden sammen hvordan hvad hvem hvorfor ifølge blandt bag foran inden gennem omkring via dog
endelig desuden derfor samt både hverken ligesom
""".split())
_HONORIFICS = frozenset({"hr", "fru", "frk", "dr"})
_SENTENCE_END = set(".!?:;|#>…")
_OPENING = " \t*_[(\"'“”„»«`~<!-+"
_MODES = {"name": "error", "title": "error", "word": "context", "common": "mid"}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """Lower-case form (name or genitive) -> tier."""
    data = resources.files("praksis").joinpath("data/names/names.tsv").read_text("utf-8")
    forms: dict[str, str] = {}
    genitives: dict[str, str] = {}
    for line in data.split("\n"):
        if not line or line.startswith("#"):
            continue
        name, _kind, tier, genitive, _count = line.split("\t")
        _keep_highest(forms, name.lower(), tier)
        if genitive != "-":
            _keep_highest(genitives, name.lower() + "s", genitive)
    for form, tier in genitives.items():
        forms.setdefault(form, tier)
    for role in ROLES:
        forms.pop(role, None)
    return forms


def _keep_highest(forms: dict[str, str], form: str, tier: str) -> None:
    if form not in forms or _RANK[tier] > _RANK[forms[form]]:
        forms[form] = tier


def _mode(token: str, tier: str) -> str | None:
    if token.islower():
        return "error" if tier == "name" and len(token) >= 3 else None
    if token[0].isupper() and token[1:].islower():
        return _MODES[tier]
    if token.isupper() and len(token) >= 4 and tier == "name":
        return "error"
    return None


def find_names(text: str, allowed: frozenset[str] = frozenset()) -> list[Finding]:
    forms = lexicon()
    modes = {}
    for token in set(_WORD.findall(text)):
        low = token.lower()
        tier = forms.get(low)
        if tier is not None and low not in allowed and low not in DEFAULT_PLACES:
            mode = _mode(token, tier)
            if mode:
                modes[token] = mode
    if not modes:
        return []
    hits = [(start, end, _level(text, start, mode)) for start, end, mode in _occurrences(text, modes)]
    return _merge(text, sorted(hits))


def _occurrences(text: str, modes: dict[str, str]):
    """Where each candidate stands as a whole word; str.find beats compiling a regex per file."""
    for token, mode in modes.items():
        size = len(token)
        index = text.find(token)
        while index != -1:
            end = index + size
            if not (index and text[index - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
                yield index, end, mode
            index = text.find(token, end)


def _level(text: str, start: int, mode: str) -> str:
    """'P606', 'P607', or 'join' (only a name when next to one that is flagged)."""
    if mode == "error":
        return "P606"
    previous = _previous_word(text, start)
    if previous and previous.lower() in _HONORIFICS:
        return "P606"
    if _proper_noun_tail(text, start, previous):
        return "join"
    if sentence_start(text, start):
        return "P607" if mode == "context" else "join"
    return "P606"


def _previous_word(text: str, start: int) -> str | None:
    m = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return m.group(1) if m else None


def _proper_noun_tail(text: str, start: int, previous: str | None) -> bool:
    """'Team Vest', 'Danske Bank': a capitalised non-name before the word makes it a place or body."""
    if not previous or len(previous) < 2 or not previous[0].isupper() or text[start - 1] != " ":
        return False
    low = previous.lower()
    if low in lexicon() or low in ROLES or low in _FUNCTION_WORDS:
        return False
    return True


def sentence_start(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    prefix = text[line_start:pos]
    stripped = prefix.rstrip(_OPENING)
    if not stripped.strip():
        return bool(prefix.strip()) or _previous_line_ends(text, line_start)
    return stripped[-1] in _SENTENCE_END


def _previous_line_ends(text: str, line_start: int) -> bool:
    """A line without markup opens a sentence unless the line before runs on into it."""
    if line_start == 0:
        return True
    previous = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    body = previous.strip()
    if not body or body[-1] in _SENTENCE_END or body[0] in "#|>-" or body.startswith("<!--"):
        return True
    return bool(_FRONT_MATTER_KEY.match(body))  # a front-matter key


def _merge(text: str, hits: list[tuple[int, int, str]]) -> list[Finding]:
    """Join first names, surnames and hyphenated parts into one finding per full name."""
    groups: list[list] = []
    for start, end, level in hits:
        if groups and _NAME_GAP.fullmatch(text, groups[-1][1], start) and start > groups[-1][1]:
            group = groups[-1]
            group[1] = end
            group[2].add(level)
        else:
            groups.append([start, end, {level}])
    return [_finding(text, start, end, levels) for start, end, levels in groups if levels != {"join"}]


def _finding(text: str, start: int, end: int, levels: set[str]) -> Finding:
    note = length_note(text[start:end])
    if "P606" in levels:
        return Finding(start, end, "P606", f"Personnavn: navn ({note})")
    return Finding(start, end, "P607", f"Muligt personnavn i starten af en sætning: navn ({note})")
