"""German paragraphs: where every noun has a capital, a capital says nothing of a name.

A letter to a German Jugendamt ('Die Sorgeberechtigten haben in den Informationsaustausch eingewilligt.')
capitalises its nouns; a word the name readers know of no list is then a German noun when German has the word or
is made of its words ('Informations' + 'austausch'). A paragraph is German when it has more of German's own function
words than of Danish's: both languages share 'der', 'den', 'dem' and 'mit', which count for neither.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
import re

from .words import LETTERS, compound_of

_GERMAN = frozenset("""die das und ist nicht wurde wurden werden haben hat wir ihre ihrer ihren ihnen von zu des ein
eine einer einen für über nach auf bei sind wird uns unsere sehr auch oder dass wenn als noch im zum zur vom""".split())
_DANISH = frozenset("""og er at ikke det til med på af som har en et jeg vi hun han de os blev være fra""".split())
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_ENOUGH = 3  # distinct German function words: a German name or a quoted word is not a paragraph


@lru_cache(maxsize=1)
def german() -> frozenset[str]:
    data = resources.files("praksis").joinpath("data/words/de.txt").read_text("utf-8")
    return frozenset(line for line in data.split("\n") if line and not line.startswith("#"))


def german_paragraphs(text: str) -> list[tuple[int, int]]:
    """The spans of the text's German paragraphs; a paragraph too short to tell ('Betreff: Umzug', 'Mit
    freundlichen Grüßen') is German in a text whose paragraphs are German on the whole."""
    if " und " not in text and " die " not in text and " das " not in text:  # literals first: most texts are Danish
        return []
    paragraphs, start = [], 0
    for m in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        words = [w.lower() for w in LETTERS.findall(text, start, end)]
        own = {w for w in words if w in _GERMAN}
        paragraphs.append((start, end, len(own), sum(w in _GERMAN for w in words), sum(w in _DANISH for w in words)))
        start = m.end() if m else end
    german = [p for p in paragraphs if p[2] >= _ENOUGH and p[3] > p[4]]
    if not german:
        return []
    on_the_whole = sum(p[3] for p in paragraphs) > sum(p[4] for p in paragraphs)
    return [(p[0], p[1]) for p in paragraphs if p in german or (on_the_whole and p[3] + p[4] < _ENOUGH)]


def a_german_word(word: str) -> bool:
    """The lower-case word is German's, or a compound of German words ('informationsaustausch'); the list writes
    'ß' as 'ss' ('grüßen', 'grüssen')."""
    word = word.replace("ß", "ss")
    return word in german() or compound_of(word, german())
