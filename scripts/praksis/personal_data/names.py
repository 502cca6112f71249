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
from .name_context import (ALWAYS_BEFORE, KIN_AND_ROLES, LABELS, PARTICLES, SPEECH, acts_after, described_after,
                           kin_after, named_before, signed, word_before)
from .rules import towns
from .words import ordinary, vocabulary

_RANK = {"common": 0, "word": 1, "title": 2, "name": 3}
_WORD = re.compile(r"[^\W\d_]+")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\.?[ \t]$")
_FRONT_MATTER_KEY = re.compile(r"[\w-]+:")
_ABBREVIATION = re.compile(r"\.[ \t]*[a-zæøå\d]")  # 'Sagsnr. 1234', 'Adm. direktør'
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
# Months and days, also names ('Maj', 'August'), are no strangers; in the list they need a person's context.
_CALENDAR = frozenset("""januar februar marts april maj juni juli august september oktober november december
mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske pinse""".split())
_SENTENCE_END = set(".!?:;|#>…")
_OPENING = " \t*_[(\"'“”„»«`~<!-+"
_MODES = {"name": "error", "title": "error", "word": "context", "common": "mid"}
_STRENGTH = {"join": 0, "P607": 1, "P606": 2}


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
    modes: dict[str, str] = {}
    strangers: dict[str, str] = {}
    tokens = set(_WORD.findall(text))
    for token in tokens:
        low = token.lower()
        if low in allowed or low in DEFAULT_PLACES:
            continue
        tier = forms.get(low)
        if tier is not None:
            mode = _mode(token, tier)
            if mode:
                modes[token] = mode
        elif len(token) >= 2 and token[0].isupper() and token[1:].islower() and low not in tokens:
            kind = stranger(low)  # a word the file also writes in lower case is a word ('Genogram', 'genogram')
            if kind:
                strangers[token] = kind
    is_name = lambda word: word in modes or word in strangers  # noqa: E731
    # A very frequent word ('Hans', 'Per') that names someone in one place is still a word elsewhere.
    hits = [(start, end, _level(text, start, end, mode, is_name), token if mode != "mid" else None)
            for token, start, end, mode in _occurrences(text, modes)]
    hits += [(start, end, _stranger_level(text, start, end, kind, is_name), token)
             for token, start, end, kind in _occurrences(text, strangers)]
    hits += _named_by_context(text, allowed, modes, strangers)
    if not hits:
        return []
    return _merge(text, _consistent(text, _strongest(hits)))


def stranger(low: str) -> str | None:
    """A capitalised word in no name list: 'unknown' (no Danish or English word, nor made of them), 'compound'
    (made of words: 'Fjordhøj' may be a surname, 'Familieretshuset' is not) or None (an ordinary word)."""
    if not _may_name(low) or low in vocabulary():
        return None
    return "compound" if ordinary(low) else "unknown"


def _may_name(low: str) -> bool:
    return not (low in KIN_AND_ROLES or low in ROLES or low in _FUNCTION_WORDS or low in _CALENDAR
                or low in towns() or low in LABELS)


def _stranger_level(text: str, start: int, end: int, kind: str, is_name) -> str:
    """A name in no list counts where its place says person: after 'Kære', 'hr.', a kin or role word, before an
    age or a date, in a signature; an unknown word also mid-sentence (but a place after 'i'), and at the start of a
    sentence when a person verb follows."""
    if _ABBREVIATION.match(text, end):
        return "join"
    if named_before(text, start, end) or described_after(text, end, dated=kind == "unknown"):
        return "P606"
    if kind == "unknown" and (signed(text, start) or (text[end - 1] == "s" and kin_after(text, end))):
        return "P606"
    if kind == "compound":
        return "join"
    if not sentence_start(text, start):
        place = word_before(text, start)
        return "join" if place == "i" else "P607" if place == "fra" else "P606"
    return "P606" if acts_after(text, end, is_name) else "P607"


# A capitalised word, or one in capitals, where its place says person ('Kære Dag', 'Sønnen Trang', 'NAVN: ASK
# BRIXEN', 'Vild (1 år)', a signature): found this way even when it is an ordinary word.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſȘȚ"
_NAME_RUN = rf"[{_UPPER}][^\W\d_]*(?:[ \t-]+[{_UPPER}][^\W\d_]*)*"
_CONTEXT_WORDS = ALWAYS_BEFORE | KIN_AND_ROLES | LABELS | SPEECH
_IN_CONTEXT = re.compile(
    r"(?i:\b(" + "|".join(sorted(_CONTEXT_WORDS, key=len, reverse=True)) + r"))(\.?)(?:[ \t]*([:|]))?[ \t]+"
    rf"({_NAME_RUN})"
    rf"|({_NAME_RUN})(?=[ \t]*\([ \t]*\d{{1,2}}[ \t]+(?:år|mdr|måned))"
    rf"|(?i:hilsen|hilsner|mvh|vh)[ \t,.!]*\n(?:[ \t]*\n)?[ \t*_]*({_NAME_RUN})[ \t]*(?:\n|$)")
_GREETING = re.compile(r"(?i:\b(?:kære|hej|hejsa|hi|dear))[ \t]+([a-zæøå][^\W\d_]+)\b")


def _named_by_context(text: str, allowed: frozenset[str], modes: dict, strangers: dict) -> list:
    found = []
    for m in _IN_CONTEXT.finditer(text):
        group = next(g for g in (4, 5, 6) if m.group(g))
        if group == 4 and ((m.group(2) and m.group(1).lower() not in _HONORIFICS) or (
                m.group(3) and not named_before(text, m.start(4), m.end(4))) or _inside_a_name(text, m.start(1))):
            continue
        for word in _WORD.finditer(m.group(group)):
            token, start = word.group(), m.start(group) + word.start()
            if _counts_in_context(token, allowed, modes, strangers, signature=group == 6):
                found.append((start, start + len(token), "P606", token))
    for m in _GREETING.finditer(text):  # 'Hej thanawat': a greeting names even in lower case
        low = m.group(1)
        if _may_name(low) and low not in allowed and not ordinary(low) and low not in lexicon():
            found.append((m.start(1), m.end(1), "P606", low))
    named = {hit[3] for hit in found}
    found += [(start, end, "P606", token) for token, start, end, _ in _occurrences(text, dict.fromkeys(named, ""))]
    return found


def _inside_a_name(text: str, start: int) -> bool:
    """'Team Børn og Unge Øst': a capitalised role word mid-sentence is part of a proper noun, not a role."""
    if not text[start].isupper() or text[start + 1:start + 2].isupper():  # 'KONTAKTPERSON:' is a form's label
        return False
    return text[start - 1:start] not in ("", "\n") and not sentence_start(text, start)


def _counts_in_context(token: str, allowed, modes, strangers, signature: bool) -> bool:
    low = token.lower()
    if token in modes or token in strangers or low in allowed or not _may_name(low) or len(token) < 2:
        return False
    if len(token) == 2 and token[1] == "s":  # 'Barn Bs mor': the genitive of a pseudonym
        return False
    if not (token[0].isupper() and (token[1:].islower() or token.isupper())):
        return False
    # A signature line holds a name, or a team or a title ('Team Vest', 'Afdelingsleder'): only strangers count.
    return not signature or (low not in lexicon() and not ordinary(low)) or (token.isupper() and low in lexicon())


def _strongest(hits: list) -> list:
    """One hit per place: the strongest level that any reading gave it."""
    best: dict[tuple[int, int], tuple] = {}
    for hit in hits:
        key = hit[:2]
        if key not in best or _STRENGTH[hit[2]] > _STRENGTH[best[key][2]]:
            best[key] = hit
    return sorted(best.values())


def _consistent(text: str, hits: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str]]:
    """A word that is (part of) a name in one place of the file is the same name where it opens a sentence."""
    names = {token for _, _, level, token in hits if level == "P606" and token}
    for group in _groups(text, hits):
        if "P606" in group[2]:
            names.update(token for token in group[3] if token)
    return [(start, end, "P606" if token in names else level) for start, end, level, token in hits]


def _occurrences(text: str, modes: dict[str, str]):
    """Where each candidate stands as a whole word; str.find beats compiling a regex per file."""
    for token, mode in modes.items():
        size = len(token)
        index = text.find(token)
        while index != -1:
            end = index + size
            if not (index and text[index - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
                yield token, index, end, mode
            index = text.find(token, end)


def _level(text: str, start: int, end: int, mode: str, is_name) -> str:
    """'P606', 'P607', or 'join' (only a name when next to one that is flagged)."""
    if mode == "error":
        return "P606"
    previous = _previous_word(text, start)
    if previous and previous.lower() in _HONORIFICS:
        return "P606"
    if described_after(text, end):
        return "P606"
    if _proper_noun_tail(text, start, previous):
        return "join"
    if sentence_start(text, start):
        # 'Storm er 9 år' warns; 'Storm og regn', 'Maj 2018:' do not.
        if named_before(text, start, end) or acts_after(text, end, is_name):
            return "P607"
        return "join"
    return "P606"


def _previous_word(text: str, start: int) -> str | None:
    m = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return m.group(1) if m else None


def _proper_noun_tail(text: str, start: int, previous: str | None) -> bool:
    """'Team Vest', 'Danske Bank': a capitalised non-name before the word makes it a place or body."""
    if not previous or len(previous) < 2 or not previous[0].isupper() or text[start - 1] != " ":
        return False
    low = previous.lower()
    if low in lexicon() or low in ROLES or low in _FUNCTION_WORDS or low in _CONTEXT_WORDS:
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
    return [_finding(text, start, end, levels) for start, end, levels, _ in _groups(text, [h + (None,) for h in hits])
            if levels != {"join"}]


def _groups(text: str, hits: list[tuple]) -> list[list]:
    """Runs of hits that make one name: [start, end, levels, tokens]."""
    groups: list[list] = []
    for start, end, level, token in hits:
        if groups and start > groups[-1][1] and _joins(text, groups[-1][1], start):
            group = groups[-1]
            group[1] = end
            group[2].add(level)
            group[3].append(token)
        else:
            groups.append([start, end, {level}, [token]])
    return groups


def _joins(text: str, end: int, start: int) -> bool:
    """Parts of one name: next to each other, hyphenated, or with a particle between ('X á Y', 'X van Y')."""
    if _NAME_GAP.fullmatch(text, end, start):
        return True
    between = text[end:start]
    return 3 <= len(between) <= 6 and between[0] == " " == between[-1] and between.strip() in PARTICLES


def _finding(text: str, start: int, end: int, levels: set[str]) -> Finding:
    note = length_note(text[start:end])
    if "P606" in levels:
        return Finding(start, end, "P606", f"Personnavn: navn ({note})")
    return Finding(start, end, "P607", f"Muligt personnavn i starten af en sætning: navn ({note})")


def is_person(text: str, start: int, word: str) -> bool:
    """Does the word name or stand for a person: a kin or role word, a pseudonym ('Barn A'), or a name?"""
    low = word.lower()
    if low in KIN_AND_ROLES or low in ROLES:
        return True
    if len(word) == 1:
        return word.isupper() and (_previous_word(text, start) or "").lower() in KIN_AND_ROLES
    if not (word[0].isupper() and word[1:].islower()):
        return False
    tier = lexicon().get(low)
    if tier is not None:
        return tier != "common"
    if stranger(low) == "unknown":
        return True
    previous = _previous_word(text, start)  # a surname that is also a word: 'Andreea Moldovan (...)'
    return bool(previous) and text[start - 1] == " " and previous[0].isupper() and is_person(
        text, start - len(previous) - 1, previous) and previous.lower() not in KIN_AND_ROLES | ROLES
