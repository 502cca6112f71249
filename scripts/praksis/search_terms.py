"""What the search knows besides a page's own words: synonyms, and the law before and after 2024.

Pagefind finds a page only by words it holds. A caseworker who asks for "BFU" or "SEL § 50" means
the pages on the børnefaglig undersøgelse under Barnets lov § 20, so each page carries, unseen, the
other names of what it talks about: every term of a synonym group whose term it uses, and every way
of citing a law paragraph it cites (or names under `legal:`). The index then answers the same for
every client of it, the header search and Pagefind's own API alike.

The synonyms are the knowledge base's own (data/synonyms.yml, checked like its content); the law
table and the words a question is made of ship with praksis (data/legal.yml, data/stopwords_da.txt,
data/search_words.yml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .taxonomy import Item, Taxonomy

SYNONYMS_FILE = "data/synonyms.yml"


@dataclass(frozen=True)
class Group:
    """Words that mean the same thing here, and where that thing is explained."""
    terms: tuple[str, ...]
    target: str  # "legal:bl-20", "methods:signs-of-safety", or a page: "ordliste.md#genogram"
    line: int  # of the group in the file, for messages
    target_line: int = 0


@dataclass(frozen=True)
class Vocabulary:
    groups: tuple[Group, ...] = ()

    @cached_property
    def _matcher(self) -> tuple[re.Pattern | None, dict[str, list[tuple[tuple[str, ...], int]]]]:
        by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for index, group in enumerate(self.groups):
            for term in group.terms:
                words = tuple(_norm(term).split())
                by_first.setdefault(words[0], []).append((words, index))
        if not by_first:
            return None, by_first
        for candidates in by_first.values():  # the longest term first: "barnets plan" before "barnets"
            candidates.sort(key=lambda c: -len(c[0]))
        # Every word may go on in an ending: "børnefaglige undersøgelser", "handleplanen".
        terms = sorted({" ".join(w) for c in by_first.values() for w, _ in c}, key=len, reverse=True)
        pattern = "|".join(r"\w*\s+".join(map(re.escape, term.split())) for term in terms)
        return re.compile(rf"(?<!\w)(?:{pattern})\w*", re.IGNORECASE), by_first

    def groups_in(self, text: str) -> list[Group]:
        """The groups one of whose terms the text uses (inflected forms included), in file order."""
        pattern, by_first = self._matcher
        if pattern is None:
            return []
        found: set[int] = set()
        for match in pattern.finditer(text):
            index = _owner(_norm(match.group(0)).split(), by_first)
            if index is not None:
                found.add(index)
        return [self.groups[index] for index in sorted(found)]


def _owner(words: list[str], by_first: dict) -> int | None:
    """The group of the longest term the matched words begin with ("fristoverskridelse" before "frist")."""
    best, best_length = None, -1
    for first, candidates in by_first.items():
        if not words[0].startswith(first):
            continue
        for term, index in candidates:
            length = len(" ".join(term))
            if len(term) == len(words) and length > best_length and all(w.startswith(t) for w, t in zip(words, term)):
                best, best_length = index, length
    return best


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def expansions(vocabulary: Vocabulary, legal: Taxonomy, text: str, legal_keys: list[str] = ()) -> list[str]:
    """The other names of what `text` talks about, for the index: the terms of each synonym group it uses,
    and every way of citing each law paragraph it cites or names."""
    out: list[str] = []
    named = list(legal_keys)
    for group in vocabulary.groups_in(text):
        out += group.terms
        if group.target.startswith("legal:"):  # "BFU" is the Barnets lov § 20 page's subject too
            named.append(group.target.removeprefix("legal:"))
    keys = list(dict.fromkeys([*named, *cited(legal, text)]))
    for key in keys:
        item = legal.items.get(key)
        if item is not None:
            out += citations(item)
    return list(dict.fromkeys(out))


# "Barnets lov § 20", "BL §§ 20-23", "servicelovens § 50", "SEL § 140", "§ 46": the law, then the number.
_CITATION = re.compile(
    r"(?:(?P<sel>\bservicelovens?\b|\bSEL\b)|(?P<bl>\bbarnets\s+lovs?\b|\bBL\b))?\s*§§?\s*(?P<number>\d+)(?:\s?(?P<letter>[a-z])\b)?",
    re.IGNORECASE)


def cited(legal: Taxonomy, text: str) -> list[str]:
    """Keys of the law table's paragraphs the text cites. A bare "§ 20" is Barnets lov, as the site writes it;
    "servicelovens § 50" is the Barnets lov paragraph that replaced it."""
    if "§" not in text:
        return []
    by_number, by_predecessor = _law_index(legal)
    keys: list[str] = []
    for match in _CITATION.finditer(text):
        number = match["number"] + (f" {match['letter'].lower()}" if match["letter"] else "")
        key = by_predecessor.get(number) if match["sel"] else by_number.get(match["number"])
        if key and key not in keys:
            keys.append(key)
    return keys


def _law_index(legal: Taxonomy) -> tuple[dict[str, str], dict[str, str]]:
    return _law_index_of(tuple((item.key, item.label, item.extra.get("predecessor", "")) for item in legal.items.values()))


@lru_cache(maxsize=4)  # by the table's content: one law table in a run, a new one only when legal.yml changes
def _law_index_of(paragraphs: tuple[tuple[str, str, str], ...]) -> tuple[dict[str, str], dict[str, str]]:
    """(paragraph number -> key, predecessor's number -> key) of the law table."""
    by_number, by_predecessor = {}, {}
    for key, label, predecessor in paragraphs:
        own = _paragraph(label)
        if own:
            by_number.setdefault(own, key)
        before = _paragraph(predecessor)
        if before:
            by_predecessor.setdefault(before, key)
    return by_number, by_predecessor


def _paragraph(text: str) -> str:
    """'Serviceloven § 52, stk. 3, nr. 7' -> '52'; 'Serviceloven § 48 a' -> '48 a'."""
    match = re.search(r"§\s*(\d+)(?:\s?([a-z])\b)?", text or "")
    if not match:
        return ""
    return match[1] + (f" {match[2]}" if match[2] else "")


def citations(item: Item) -> list[str]:
    """Every way a caseworker cites the paragraph: Barnets lov § 20, BL § 20, § 20, and the same for the
    Serviceloven paragraph it replaced (serviceloven, servicelovens, SEL)."""
    forms: list[str] = []
    own = _paragraph(item.label)
    if own:
        forms += [item.label, f"BL § {own}", f"§ {own}"]
    before = _paragraph(item.extra.get("predecessor", ""))
    if before:
        forms += [f"Serviceloven § {before}", f"servicelovens § {before}", f"SEL § {before}", f"§ {before}"]
    return forms


# --- the words a question is made of -------------------------------------------------------------

def stop_words() -> list[str]:
    """Snowball's Danish stop words, then the question words it does not list, in that order."""
    snowball = resources.files("praksis").joinpath("data", "stopwords_da.txt").read_text("utf-8")
    words = [line.split("|")[0].strip() for line in snowball.splitlines()]
    extra = yaml.safe_load(resources.files("praksis").joinpath("data", "search_words.yml").read_text("utf-8"))
    return list(dict.fromkeys(w for w in [*words, *extra["question_words"]] if w))


# --- the knowledge base's synonyms ---------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    code: str  # a rule of rules/search.py
    line: int
    values: dict


def read_vocabulary(root: Path) -> tuple[Vocabulary, list[Problem]]:
    """data/synonyms.yml of a knowledge base; a missing file is an empty vocabulary."""
    path = Path(root) / SYNONYMS_FILE
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return Vocabulary(), []
    except (OSError, UnicodeDecodeError) as error:
        return Vocabulary(), [Problem("S901", 1, {"why": "filen kan ikke læses som UTF-8"
                                                  if isinstance(error, UnicodeDecodeError) else str(error)})]
    try:
        root_node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return Vocabulary(), [Problem("S901", mark.line + 1 if mark else 1, {"why": "den er ikke gyldig YAML"})]
    return _groups(root_node)


def _groups(node) -> tuple[Vocabulary, list[Problem]]:
    problems: list[Problem] = []
    listed = _value(node, "groups") if isinstance(node, yaml.MappingNode) else None
    if not isinstance(listed, yaml.SequenceNode):
        line = node.start_mark.line + 1 if node is not None else 1
        return Vocabulary(), [Problem("S902", line, {"what": "filen skal have en liste under 'groups'"})]
    groups: list[Group] = []
    for item in listed.value:
        line = item.start_mark.line + 1
        terms = _value(item, "terms") if isinstance(item, yaml.MappingNode) else None
        target = _value(item, "target") if isinstance(item, yaml.MappingNode) else None
        listed_terms = terms.value if isinstance(terms, yaml.SequenceNode) else []
        words = [t.value.strip() for t in listed_terms if isinstance(t, yaml.ScalarNode) and t.value.strip()]
        if len(words) < 2 or len(words) != len(listed_terms):
            problems.append(Problem("S902", line, {"what": "en gruppe skal have 'terms' med mindst to ord"}))
            continue
        if not isinstance(target, yaml.ScalarNode) or not target.value.strip():
            problems.append(Problem("S902", line, {"what": "en gruppe skal have et 'target'"}))
            continue
        groups.append(Group(tuple(words), target.value.strip(), line, target.start_mark.line + 1))
    return Vocabulary(tuple(groups)), problems


def _value(mapping, key: str):
    for key_node, value_node in mapping.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return value_node
    return None
