"""Names by the data that follows them (P606): the person whose CPR number, mail address or birth the text gives.

'CPR-numre: Svea 211080-0662, Balder 0804854091', 'skrive til Loke på loker@klub.dk', 'Bellis er født 27.
september 2019': the word right before a person's data is that person, though it is a word of Danish too ('Balder',
'Bellis'). Read from the other rules' findings, so it costs nothing where the text has none of those data. Not a
role, a label or a pseudonym ('Mor 120883-2553', 'Personnummer: ...', 'Barn A er født ...').
"""

from __future__ import annotations

import re

from .findings import Finding, length_note
from .name_context import ACRONYMS, FUNCTION_WORDS, LABELS, PERSON_WORDS
from .rules import MONTHS
from .unlisted_names import nicknamed_noun
from .name_list import lexicon
from .words import field_words, in_dictionary

# The capitalised words before a CPR number, a space, a comma or a colon between ('Svea 211080-0662', 'Ayaan Jama,
# CPR 201216 4870'); a label's 'cpr' or 'CPR-nr.' may stand between.
_BEFORE_CPR = re.compile(r"(?<![^\W\d_])((?:[A-ZÆØÅ][^\W\d_'’-]+[ \t-]){0,2}[A-ZÆØÅ][^\W\d_'’-]+)"
                         r"[ \t]*[,:(]?[ \t]*(?:(?i:cpr)(?:[ .-]?(?i:nr|nummer))?\.?[ \t]*:?[ \t]*)?$")
# ... before a mail address whose local part starts with the word: 'Loke på loker@...', 'Dorthe (dorthek@...)'
_BEFORE_MAIL = re.compile(r"(?<![^\W\d_])([A-ZÆØÅ][^\W\d_'’-]+)[ \t]*(?:,|\(|på|paa|on|at|:)?[ \t]*$")
# ... before its birth: 'Bellis er født', 'Merve (født', 'Turið, født'
_BEFORE_BIRTH = re.compile(r"(?<![^\W\d_])([A-ZÆØÅ][^\W\d_'’-]+)(?:[ \t]+(?:er|blev)[ \t]+født|[ \t]*[,(][ \t]*født)"
                           r"[ \t]+(?:den[ \t]+|d\.[ \t]*)?$")
_DATA_WORDS = ("nummer", "numre", "nr", "cpr", "født", "fødsel", "dato", "mail")  # a label's, not a person's


def owners(text: str, found: list[Finding]) -> list[Finding]:
    """The names before the findings' data, and their other mentions in the text."""
    names = []
    for finding in found:
        pattern = {"P601": _BEFORE_CPR, "P603": _BEFORE_MAIL, "P605": _BEFORE_BIRTH}.get(finding.code)
        m = pattern.search(text, max(0, finding.start - 60), finding.start) if pattern else None
        if m is None or not all(_a_persons(word) for word in re.split(r"[ \t-]+", m.group(1))):
            continue
        if ":" in text[m.end(1):finding.start] and in_dictionary(m.group(1).lower()) \
                and lexicon().get(m.group(1).lower()) != "name":
            continue  # a word of Danish before a colon is a label: 'Korrekt: 161003-5386'
        if finding.code == "P603" and not _spelt_in(text[finding.start:finding.end], m.group(1)):
            continue
        names.append(m.span(1))
    if not names:
        return []
    tokens = {word.group() for start, end in names for word in re.finditer(r"[^\W\d_'’]+", text[start:end])}
    pattern = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, sorted(tokens))) + r")(?![^\W\d_])")
    return [Finding(m.start(), m.end(), "P606", f"Personnavn: navn ({length_note(m.group())})")
            for m in pattern.finditer(text)]


def _a_persons(word: str) -> bool:
    low = word.lower()
    if low.endswith("s") and low[:-1] in PERSON_WORDS:  # a role's genitive: 'Mors cpr: ...'
        return False
    return (len(word) >= 2 and low not in PERSON_WORDS and low not in LABELS and low not in FUNCTION_WORDS
            and low not in ACRONYMS and low not in field_words() and not re.fullmatch(f"(?i:{MONTHS})", word)
            and not any(part in low for part in _DATA_WORDS) and not nicknamed_noun(low))  # 'Familiehuset på ...@'


def _spelt_in(address: str, word: str) -> bool:
    """The mail's local part starts with the word, or with its first three letters ('loker@' for Loke)."""
    local = address.split("@", 1)[0].lower()
    low = word.lower()
    return local.startswith(low) or (len(low) >= 3 and local.startswith(low[:3]))
