"""Is a word an ordinary Danish or English word? For names that are in no name list.

A capitalised word that is neither in the vendored word lists (data/words/) nor made of their words
(a Danish compound: 'Sagsbehandleren' = sags + behandleren) is likely a name, a place or a brand.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
import re

# Endings an inflected or compound form adds to a word of the list ('familie' -> 'familiens').
_ENDINGS = ("ernes", "enes", "rnes", "erne", "ene", "rne", "ens", "ets", "ers", "ede", "ende", "este", "ere", "est",
            "ne", "er", "en", "et",
            "es", "e", "s", "r", "n", "t")
_LINKS = ("", "s", "e")  # the joint of a compound: 'sags-behandler', 'børne-faglig'
LETTERS = re.compile(r"[^\W\d_]+")  # a run of letters: the modules' one word expression
_PART = 3  # a stem this short takes an ending ('tid' + 's'); shorter parts ('bo', 'al') fit nearly any word
_JOINED = 4  # the parts of a compound: with three letters, 'ser' + 'kan' would make a name a word


@lru_cache(maxsize=1)
def danish() -> frozenset[str]:
    """The Danish words, the field's too: the parts of a compound are Danish ('Cherrylyn' is no cherry + lyn)."""
    package = resources.files("praksis")
    words: set[str] = set(domain())
    for language in ("da", "da-stems"):
        data = package.joinpath(f"data/words/{language}.txt").read_text("utf-8")
        words.update(line for line in data.split("\n") if line and not line.startswith("#"))
    return frozenset(words)


@lru_cache(maxsize=1)
def domain() -> frozenset[str]:
    """The field's own words: domain.txt (methods, systems, medicines, places) and praksis' data files. The words
    of a line that holds a person's name ('Harald Nyborg', a shop) count only together: see phrases()."""
    package = resources.files("praksis")
    words = set(field_words())
    for item in package.joinpath("data").iterdir():
        if item.name.endswith(".yml"):
            words.update(w.lower() for w in LETTERS.findall(item.read_text("utf-8")) if len(w) >= _PART)
    return frozenset(words)


@lru_cache(maxsize=1)
def field_words() -> frozenset[str]:
    """domain.txt's own words (methods, systems, brands, places), without the words of praksis' data files."""
    return frozenset(w for line in _domain_lines() if line not in _named_lines() for w in line)


@lru_cache(maxsize=1)
def _domain_lines() -> tuple[tuple[str, ...], ...]:
    data = resources.files("praksis").joinpath("data/words/domain.txt").read_text("utf-8")
    return tuple(tuple(w.lower() for w in LETTERS.findall(line)) for line in data.split("\n") if not line.startswith("#"))


@lru_cache(maxsize=1)
def _named_lines() -> frozenset[tuple[str, ...]]:
    from .name_list import lexicon  # the name list reads the roles of name_context, not this module

    return frozenset(line for line in _domain_lines()
                     if len(line) > 1 and any(lexicon().get(w) in ("name", "title") for w in line))  # not 'post'


@lru_cache(maxsize=1)
def phrase_words() -> frozenset[str]:
    return frozenset(w for line in _named_lines() for w in line)


@lru_cache(maxsize=1)
def phrases() -> re.Pattern | None:
    """The field's names of several words that hold a person's name ('Harald Nyborg'), in any case."""
    lines = sorted(_named_lines(), key=len, reverse=True)
    if not lines:
        return None
    return re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(r"[ \t-]+".join(map(re.escape, line)) for line in lines)
                      + r")(?![^\W\d_])")


@lru_cache(maxsize=1)
def _stems() -> frozenset[str]:
    data = resources.files("praksis").joinpath("data/words/da-stems.txt").read_text("utf-8")
    return frozenset(line for line in data.split("\n") if line and not line.startswith("#"))


@lru_cache(maxsize=65536)
def in_dictionary(word: str) -> bool:
    """The lower-case word is a Danish dictionary word (a stem of Stavekontrolden's list) or an inflection of one:
    'undervejs', 'skriv'; not the words of names that a frequency list of Danish text also holds ('lan', 'kalle')."""
    return _inflected(word, _stems())


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Every word the guard knows as a word: Danish, the field's, and English."""
    data = resources.files("praksis").joinpath("data/words/en.txt").read_text("utf-8")
    return danish() | {line for line in data.split("\n") if line and not line.startswith("#")}


@lru_cache(maxsize=65536)
def ordinary(word: str) -> bool:
    """The lower-case word is a listed word, an inflection of one, or a compound of two or three."""
    return word in vocabulary() or _inflected(word, danish()) or _compound(word, danish(), 3)


# A keyboard without Danish letters: 'foraeldre', 'raadgiver', 'soeskende'.
_WITHOUT_DANISH_LETTERS = (("aa", "å"), ("ae", "æ"), ("oe", "ø"))
_LETTERS = "abcdefghijklmnopqrstuvwxyzæøå"
# A word this long may carry one slip of the keys and still be read as the word it misses: at seven letters
# the names of the corpora ('Sultani', 'Boonmee') are a slip from a word as often as a word is mistyped.
_SLIP = 8
_RESPELT = 5  # 'Boern' is 'børn'; 'Saar' and 'Baek' are names before they are 'sår' and 'bæk'
_DANISH_WORD = re.compile(f"[{_LETTERS}]+")


def with_danish_letters(word: str) -> str:
    """'soeren' -> 'søren', 'raadgiver' -> 'rådgiver'."""
    for written, letter in _WITHOUT_DANISH_LETTERS:
        word = word.replace(written, letter)
    return word


@lru_cache(maxsize=65536)
def respelt(word: str) -> bool:
    """The lower-case word is a Danish word written without æ, ø and å ('foraeldrene', 'hoeretest'), or one
    slip of the keys from one: a letter left out, added or swapped ('pleejemor', 'fmailien'). The caller
    keeps the names ('Soeren' is 'søren', a word of the frequency list); a surname in -gaard stays one."""
    if not _DANISH_WORD.fullmatch(word):  # 'Kristīne' is no slip of 'kristne'
        return False
    danish_form = with_danish_letters(word)
    if danish_form != word and len(word) >= _RESPELT and not word.endswith("gaard") and ordinary(danish_form):
        return True
    return len(word) >= _SLIP and _a_slip_of_a_word(word, _SLIP - 1)


@lru_cache(maxsize=65536)
def slipped(word: str, shortest: int = 4) -> bool:
    """One slip of the keys from a dictionary word, at any length from shortest ('Satus', 'Bgte', 'Itet'):
    enough to keep a word from a warning, not from being a name (see respelt)."""
    return (len(word) >= shortest and _DANISH_WORD.fullmatch(word) is not None
            and _a_slip_of_a_word(with_danish_letters(word), 3))


def _a_slip_of_a_word(form: str, shortest_word: int) -> bool:
    """A dictionary word of at least shortest_word letters is one slip away from form."""
    return any(in_dictionary(other) for other in one_slip_from(form) if len(other) >= shortest_word)


def one_slip_from(word: str):
    """The words one slip away: a letter dropped, a letter added, two neighbours swapped."""
    for i in range(len(word)):
        yield word[:i] + word[i + 1:]
        if i + 1 < len(word) and word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2:]
    for i in range(1, len(word)):
        for letter in _LETTERS:
            yield word[:i] + letter + word[i:]


# What text recognition reads a scanned letter's letters as: 'm' as 'rn', 'rn' as 'm', 'n' as 'u', 'e' as 'c', 'd' as
# 'cl', 'i' as 'l'.
_MISREADINGS = (("rn", "m"), ("m", "rn"), ("u", "n"), ("c", "e"), ("cl", "d"), ("l", "i"), ("ii", "ü"), ("vv", "w"))


def misread_from(word: str):
    """The words text recognition may have misread as this one: one of its usual misreadings undone."""
    for seen, meant in _MISREADINGS:
        index = word.find(seen)
        while index != -1:
            yield word[:index] + meant + word[index + len(seen):]
            index = word.find(seen, index + 1)


def inflected(word: str) -> bool:
    """The lower-case word is a listed word or a Danish inflection of one ('folkeskolen'); compounds are not."""
    return word in vocabulary() or _inflected(word, danish())


def _inflected(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _PART:
            stem = word[:-len(ending)]
            if ending in ("n", "r") and stem[-1] != "e":  # 'skolen', 'piger'; not 'bara' + 'n'
                continue
            if _stem_of(stem, words):
                return True
    # imperatives: 'aftal' (aftale), 'notér' (notere); Latin nouns: 'ambulatoriet' (ambulatorium); a verb's
    # present participle: 'opfølgende' (opfølge)
    return (word + "e" in words or (word.endswith("ér") and word[:-2] + "ere" in words)
            or (word.endswith("iet") and word[:-2] + "um" in words)
            or (word.endswith("ende") and len(word) > 7 and word[:-3] in words))


def _stem_of(stem: str, words: frozenset[str]) -> bool:
    """The stem is a word, or one with a doubled consonant ('genogram-met'), a lost e ('trivsel' -> 'trivsl-en')
    or a verb's e ('afklar-ende' from 'afklare')."""
    if stem in words or stem + "e" in words:
        return True
    if len(stem) > _PART and stem[-1] == stem[-2] and stem[:-1] in words:  # 'principielle', 'genogrammet'
        return True
    return len(stem) > _PART and stem[-1] in "lrn" and stem[:-1] + "e" + stem[-1] in words  # 'trivslen', 'reglen'


@lru_cache(maxsize=8192)
def dictionary_compound(word: str) -> bool:
    """Two words of the dictionary joined ('tolke' + 'bureau', 'samværs' + 'støtte'): stricter than ordinary(),
    whose frequency list holds names too."""
    return _compound(word, _stems(), 2)


def compound_of(word: str, words: frozenset[str]) -> bool:
    """The word is two or three words of another language's list joined ('informations' + 'austausch')."""
    return _compound(word, words, 3)


def _compound(word: str, words: frozenset[str], parts: int) -> bool:
    """The word splits into a head of the list and a tail that is a word (or a compound of the rest)."""
    if parts < 2:
        return False
    for cut in range(_PART, len(word) - _PART + 1):
        head, tail = word[:cut], word[cut:]
        if head not in words:
            continue
        for link in _LINKS:
            joint = len(head) + len(link)
            # a short tail after a long head ('spørge' + 'ord'), a short head before a long tail ('uge' + 'skemaet');
            # not both short ('ser' + 'kan')
            shortest = _PART if joint > _JOINED else _JOINED if joint == _JOINED else 6
            if tail.startswith(link) and len(tail) - len(link) >= shortest:
                rest = tail[len(link):]
                if _inflected(rest, words) or _compound(rest, words, parts - 1):
                    return True
    return False
