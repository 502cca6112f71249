"""Is a word an ordinary Danish or English word? For names that are in no name list.

A capitalised word that is neither in the vendored word lists (data/words/) nor made of their words
(a Danish compound: 'Sagsbehandleren' = sags + behandleren) is likely a name, a place or a brand.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
import re

# Endings an inflected or compound form adds to a word of the list ('familie' -> 'familiens').
_ENDINGS = ("ernes", "enes", "rnes", "erne", "ene", "rne", "ens", "ets", "ers", "ede", "ende", "ne", "er", "en", "et",
            "es", "e", "s", "r", "n", "t")
_LINKS = ("", "s", "e")  # the joint of a compound: 'sags-behandler', 'børne-faglig'
_WORD = re.compile(r"[^\W\d_]+")
_PART = 3  # a stem this short takes an ending ('tid' + 's'); shorter parts ('bo', 'al') fit nearly any word
_JOINED = 4  # the parts of a compound: with three letters, 'ser' + 'kan' would make a name a word


@lru_cache(maxsize=1)
def danish() -> frozenset[str]:
    """The Danish words alone: the parts of a compound are Danish ('Cherrylyn' is no cherry + lyn)."""
    package = resources.files("praksis")
    words: set[str] = set()
    for language in ("da", "da-stems"):
        data = package.joinpath(f"data/words/{language}.txt").read_text("utf-8")
        words.update(line for line in data.split("\n") if line and not line.startswith("#"))
    return frozenset(words)


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """The word lists, and the field's own words from praksis' data files ('genogram', 'økokort')."""
    package = resources.files("praksis")
    words: set[str] = set(danish())
    for name in ("en", "domain"):
        data = package.joinpath(f"data/words/{name}.txt").read_text("utf-8")
        words.update(w.lower() for line in data.split("\n") if not line.startswith("#") for w in _WORD.findall(line))
    for item in package.joinpath("data").iterdir():
        if item.name.endswith(".yml"):
            words.update(w.lower() for w in _WORD.findall(item.read_text("utf-8")) if len(w) >= _PART)
    return frozenset(words)


@lru_cache(maxsize=65536)
def ordinary(word: str) -> bool:
    """The lower-case word is a listed word, an inflection of one, or a compound of two or three."""
    return _inflected(word, vocabulary()) or _compound(word, danish(), 3)


def inflected(word: str) -> bool:
    """The lower-case word is a listed word or an inflection of one ('folkeskolen'); compounds are not."""
    return _inflected(word, vocabulary())


def _inflected(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _PART:
            stem = word[:-len(ending)]
            # 'principielle' = principiel + le, 'genogrammet' = genogram + met, 'notér' = notere
            if stem in words or (len(stem) > _PART and stem[-1] == stem[-2] and stem[:-1] in words):
                return True
    # imperatives: 'aftal' (aftale), 'notér' (notere); Latin nouns: 'ambulatoriet' (ambulatorium)
    return (word + "e" in words or (word.endswith("ér") and word[:-2] + "ere" in words)
            or (word.endswith("iet") and word[:-2] + "um" in words))


def _compound(word: str, words: frozenset[str], parts: int) -> bool:
    """The word splits into a head of the list and a tail that is a word (or a compound of the rest)."""
    if parts < 2:
        return False
    for cut in range(_PART, len(word) - _PART + 1):
        head, tail = word[:cut], word[cut:]
        if head not in words:
            continue
        for link in _LINKS:
            if len(head) + len(link) < _JOINED:
                continue
            # a short tail after a long head: 'spørge' + 'ord', 'tids' + 'linje'; not 'ser' + 'kan'
            shortest = _PART if len(head) + len(link) > _JOINED else _JOINED
            if tail.startswith(link) and len(tail) - len(link) >= shortest:
                rest = tail[len(link):]
                if _inflected(rest, words) or _compound(rest, words, parts - 1):
                    return True
    return False
