"""Names by the data that follows them (P606): the person whose CPR number, mail address or birth the text gives.

'CPR-numre: Svea 211080-0662, Balder 0804854091', 'skrive til Loke på loker@klub.dk', 'Bellis er født 27.
september 2019': the word right before a person's data is that person, though it is a word of Danish too ('Balder',
'Bellis'). Read from the other rules' findings, so it costs nothing where the text has none of those data. Not a
role, a label or a pseudonym ('Mor 120883-2553', 'Personnummer: ...', 'Barn A er født ...').
"""

from __future__ import annotations

import re
import unicodedata

from .findings import Finding, length_note
from .name_context import (ACRONYMS, FUNCTION_WORDS, HONORIFICS, LABELS, PARTICLES, PERSON_WORDS, ROLE_ENDINGS,
                           a_persons_compound)
from .rules import MONTHS, towns
from .unlisted_names import nicknamed_noun
from .name_list import lexicon
from .words import LETTERS, danish, field_words, in_dictionary, ordinary

# One to three capitalised words, a name's run ('Svea', 'Ayaan Jama', 'SÍMUN Á LAKJUNI').
_RUN = r"(?<![^\W\d_])((?:[A-ZÆØÅÀ-Þ][^\W\d_'’-]*[ \t-]){0,2}[A-ZÆØÅÀ-Þ][^\W\d_'’-]+)"
# ... before a CPR number, a space, a comma or a colon between ('Svea 211080-0662', 'Ayaan Jama, CPR 201216 4870');
# a label's 'cpr' or 'CPR-nr.' may stand between.
_BEFORE_CPR = re.compile(_RUN + r"[ \t]*[,:(]?[ \t]*(?:(?i:cpr)(?:[ .-]?(?i:nr|nummer))?\.?[ \t]*:?[ \t]*)?$")
# ... before a mail address whose local part starts with the name: 'Loke på loker@...', 'SÍMUN Á LAKJUNI
# (simunalakjuni@...)'
_BEFORE_MAIL = re.compile(_RUN + r"[ \t]*(?:,|\(|på|paa|on|at|:)?[ \t]*$")
# ... before its birth: 'Bellis er født', 'Merve (født', 'Turið, født', 'Semere (f. ...', 'Ulv f. 19.06.1966'
_BEFORE_BIRTH = re.compile(_RUN + r"(?:[ \t]+(?:er|blev)[ \t]+født|[ \t]*[,(]?[ \t]*(?:født|f\.))"
                                  r"[ \t]+(?:den[ \t]+|d\.[ \t]*)?$")
_MONTH = re.compile(f"(?i:{MONTHS})")
_DATA_WORDS = ("nummer", "numre", "nr", "cpr", "født", "fødsel", "dato", "mail")  # a label's, not a person's


# A genitive before the word of a CPR number, as a note says whose it was: 'Kims CPR-nummer var tastet forkert';
# read back from each 'cpr', which C's search finds.
_GENITIVE_BEFORE = re.compile(r"(?<![^\W\d_])([A-ZÆØÅ][a-zæøåäöüé]+)s[ \t]+$")


def owners(text: str, found: list[Finding]) -> list[Finding]:
    """The names before the findings' data, and their other mentions in the text."""
    names = [m.span(1) for m in _genitives_before_cpr(text)
             if _a_persons(m.group(1)) and (lexicon().get(m.group(1).lower()) == "name"
                                            or not ordinary(m.group(1).lower()))]  # not 'Aflastningsforældrenes'
    names += [span for finding in found if finding.code in _BEFORE and (span := _owner(text, finding))]
    tokens = {word for start, end in names for word in _name_words(text[start:end])}
    if not tokens:
        return []
    pattern = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, sorted(tokens))) + r")s?(?![^\W\d_])")  # 'Kims'
    return [Finding(m.start(), m.end(), "P606", f"Personnavn: navn ({length_note(m.group())})")
            for m in pattern.finditer(text)]


def _genitives_before_cpr(text: str):
    for literal in ("CPR", "cpr", "Cpr"):
        at = text.find(literal)
        while at != -1:
            m = _GENITIVE_BEFORE.search(text, max(0, at - 30), at)
            if m:
                yield m
            at = text.find(literal, at + 3)


_BEFORE = {"P601": _BEFORE_CPR, "P603": _BEFORE_MAIL, "P605": _BEFORE_BIRTH}


def _owner(text: str, finding: Finding) -> tuple[int, int] | None:
    """Where the name right before the finding's data stands, if a name stands there."""
    m = _BEFORE[finding.code].search(text, max(0, finding.start - 60), finding.start)
    if m is None:
        return None
    start, end = m.span(1)
    words = re.split(r"[ \t-]+", m.group(1))
    if len(words) > 1 and words[0].lower() in HONORIFICS:  # 'Fru Qasem, født ...': the name is hers
        start, words = start + m.group(1).index(words[1]), words[1:]
    if not all(_a_persons(word) or (word.lower() in PARTICLES and len(words) > 1) for word in words):
        return None
    name = text[start:end]
    if len(words) == 1 and name.lower() in towns():
        return None  # a witness's 'Søndergade 105, Viborg, f. 07/01-85'
    if ":" in text[end:finding.start] and in_dictionary(name.lower()) and lexicon().get(name.lower()) != "name":
        return None  # a word of Danish before a colon is a label: 'Korrekt: 161003-5386'
    if finding.code == "P603" and not _spelt_in(text[finding.start:finding.end], name):
        return None
    if finding.code == "P605" and _SPACE_THEN_BORN.match(text, end) and not _a_named_birth(text, start, words):
        return None  # 'Tilsyn f. 12.03.2015': a word of Danish before 'f.' without a comma is no one's
    return start, end


_SPACE_THEN_BORN = re.compile(r"[ \t]+(?:født|f\.)")
# Another birth just before, and this one's name after a comma or 'og': 'Selma født d. 23.11.1976, Ulv f. ...'.
_ANOTHER_BIRTH_BEFORE = re.compile(r"(?:født|f\.)[^\n]{4,30}?(?:,|[ \t]og)[ \t]+$")


def _a_named_birth(text: str, start: int, words: list[str]) -> bool:
    """A name of the lists or of no dictionary before 'født', or any word listed after another person's birth."""
    return all(word.lower() in lexicon() or not in_dictionary(word.lower()) for word in words) \
        or _ANOTHER_BIRTH_BEFORE.search(text, max(0, start - 40), start) is not None


def _name_words(name: str) -> list[str]:
    """The name's words but a particle inside it: 'Á' of 'SÍMUN Á LAKJUNI' is no name alone; 'Le' of 'Hieu Van Le'
    is a surname."""
    words = LETTERS.findall(name)
    return [word for index, word in enumerate(words) if index == len(words) - 1 or word.lower() not in PARTICLES]


def _a_persons(word: str) -> bool:
    low = word.lower()
    if low.endswith("s") and low[:-1] in PERSON_WORDS:  # a role's genitive: 'Mors cpr: ...'
        return False
    return (len(word) >= 2 and low not in PERSON_WORDS and not low.endswith(ROLE_ENDINGS) and low not in LABELS
            and low not in HONORIFICS and low not in FUNCTION_WORDS
            and low not in ACRONYMS and low not in field_words() and not _MONTH.fullmatch(word)
            and not any(part in low for part in _DATA_WORDS) and not nicknamed_noun(low)  # 'Familiehuset på ...@'
            and not (low.endswith(("erne", "ene")) and ordinary(low))  # a plural: 'Tvillingerne er født ...'
            and not (low.endswith("er") and low[:-2] in danish() and lexicon().get(low) is None)  # 'Tvillinger født';
            # not 'Summer', 'Balder'
            and not a_persons_compound(low))  # a fellow one: 'Medlejer Frej Vinter (14.12.72-9777)'


def _spelt_in(address: str, name: str) -> bool:
    """The mail's local part starts with one of the name's words, or its first three letters ('loker@' for Loke),
    accents left out ('simunalakjuni@' for SÍMUN Á LAKJUNI)."""
    local = _plain(address.split("@", 1)[0])
    return any(local.startswith(low) or (len(low) >= 3 and local.startswith(low[:3]))
               for low in map(_plain, name.split()))  # 'Melia Nordfalk, nordfalk.melia@...'


def _plain(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch))
