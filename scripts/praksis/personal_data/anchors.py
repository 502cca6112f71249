"""Where in a text each rule has something to look at: one pass of a compiled multi-pattern engine.

Every rule of the guard is anchored on something rare (digits, '@', 'født', a capitalised word after 'Kære').
Instead of one regular-expression pass per rule over the whole text, the anchors of all rules are found in
one pass, by Hyperscan (a compiled engine for many patterns at once) where its wheel is installed, and the
names of the name list by Aho-Corasick (ahocorasick-rs). The rules then read only around their anchors.

Where a wheel is missing (or PRAKSIS_PURE_PYTHON is set) the same patterns run through Python's `re`, one
pass each; the tests check that both give the same findings.

Both engines read a projection of the text onto Latin-1, one character for one character so offsets stay
the same: Danish letters are Latin-1; a letter outside it becomes 'a' or 'A', a digit '0', a dash '-', an
invisible character \x01, anything else \x02.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import platform
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..cache import write_atomically
from .name_context import (CONTEXT_WORDS, FORM_FILLERS, KIN_AND_ROLES, LABELS, LOWER_CASE_BELONGINGS, LOWER_CASE_DOINGS,
                           ROLE_ENDINGS, STAFF_WORDS)
from .institutions import KINDS_AFTER, KINDS_BEFORE, PLACE_ENDINGS
from .read_out import ENDINGS as SPOKEN_ENDINGS
from .rules import COUNTRIES, FAROESE_TOWNS, MONTHS, STREET_ENDINGS

LETTER = "A-Za-z\xc0-\xd6\xd8-\xf6\xf8-\xff"
UPPER = "A-Z\xc0-\xd6\xd8-\xde"
LOWER = "a-z\xdf-\xf6\xf8-\xff"
INVISIBLE = "\x01"



def _both_cases(words: str) -> str:
    """Hyperscan's (?i) folds ASCII letters only: each other letter of Latin-1 as a class of both its cases, so that
    'VED ÅEN 45A' and 'NIELS BOHRS ALLÉ 20C' are read as 'Ved Åen 45A' is."""
    return "".join(f"[{ch}{ch.upper()}]" if not ch.isascii() and ch.upper() in _UPPER_OF else ch for ch in words)


_UPPER_OF = frozenset(chr(code) for code in range(0xC0, 0xDF) if code != 0xD7)  # À-Þ, without '×'
_SUFFIXES = _both_cases("|".join(STREET_ENDINGS))  # the street endings rules.py reads addresses by
_KINDS = _both_cases("|".join(KINDS_BEFORE))  # the institutions' words institutions.py reads names by
_NAME_THEN_KIND = rf"[{UPPER}][{LETTER}]*[ \t]+(?:{'|'.join(KINDS_AFTER)})"
_NAMED_PLACE = rf"[{UPPER}][{LOWER}]*(?:{'|'.join(PLACE_ENDINGS)})"
_GREETING = rf"(?i:k\xe6re|hej|hejsa|hi|hello|dear|yo)[ \t]+[{LOWER}]"
_DIGIT_WORDS = "nul|en|et|to|tre|fire|fem|seks|syv|otte|ni"
PATTERNS: dict[str, str] = {
    "number": r"[+\d][\d \t\xa0.()>\n\-]{6,}\d",
    "at": r"@|[\[(] ?(?:at|AT|At|snabel-?a) ?[\])]",
    "tel": r"(?i:tel):",
    "street": rf"(?i:{_SUFFIXES})(?:[ \t]+(?:nr\.?[ \t]*|nummer[ \t]+)?)?\d",
    "postcode": r"[1-9]\d\d\d[ \t]+[A-Z\xc6\xd8\xc5]",
    "birth": (r"[fF](?:\xf8dt|\xf8dsels|\xf8dsles|\xf8sels|\xf8dels|\xf8dseld|oedt|oedsels|odsels|odt[ \t.:]|\.|dato)|F(?:\xd8|OE)D|(?:born|birth\w*|dob)[ \t]*:|born[ \t]"
              r"|\((?:f[ \t]+|den[ \t]+)?[ \t]*\d|\([^()\n,]{1,40},[ \t]*\d|,[ \t]*\d{1,4}[./ -]"
              r"|,[ \t]*(?:January|February|March|April|May|June|July|August|September|October|November|December)"
              r"[ \t]+\d|,[ \t]*\d{6}|DOB[ \t:]|birthday|[Dd]ate of birth"
              r"|[ \t]-[ \t]+\d{1,4}[./-]\d"  # a list's dash before a date ('–' is projected to '-')
              r"|kom[ \t]+til[ \t]+verden"  # 'Selam kom til verden 13-08-2024'
              r"|fy?ld(?:te|er)[ \t]+\xe5r[ \t]+(?:den|d\.|\d)|fylder[ \t]+\d{1,2}[ \t]+\xe5r"  # a birthday's date: 'Hun fyldte år den 12. ...'
              r"|[Gg]eb\.|[Gg]eboren|,[ \t]b\.[ \t]"  # German's and English's 'born'
              r"|\n[ \t*-]*(?i:b\xf8rn|barn|b\xf8rnene|s\xf8skende)[ \t]*:"),  # a field of children, each with a date
    "hiding": (r"&#?[0-9A-Za-z]{1,10};|\\[^0-9A-Za-z]|<!--|<[a-zA-Z/]|[\xad" + INVISIBLE + r"]"
               rf"|[{LETTER}0-9\-][*~]+[{LETTER}0-9\-]|[*_~]\d|\d[*_~]"),
    "institution": (rf"(?i:{_KINDS})[ \t]+(?:(?i:for|ved|p\xe5|i)[ \t]+(?:[a-z\xe6\xf8\xe5]+[ \t]+)?)?[{UPPER}]|{_NAME_THEN_KIND}|{_NAMED_PLACE}"),
    "signature": r"(?i:hilsen|hilsner|mvh|vh|regards|sincerely|faithfully)[ \t,.!]*\n",
    "age": (r"\([ \t]*(?:\d{1,2}[ \t]+(?:\xe5r|mdr|m\xe5ned)|f\.|f\xf8dt|f\xf8dselsdato[ \t]*:?[ \t]*\d|cpr|mor\)|far\)|mormor\)|morfar\)|farmor\)"
            r"|farfar\)|moster\)|faster\)|bror\)|s\xf8ster\)|sagsbehandler\)|sundhedsplejerske\)|p\xe6dagog\))"
            r"|,[ \t]*\d{1,2}[ \t]+\xe5r"
            # a date of birth after a comma ('Bao Vo, f. 22/9-2013'), a CPR number in parentheses
            r"|,[ \t]*(?:f\.|f\xf8dt)[ \t]*(?:\d{1,4}[./-]\d|\d{6}|\d{1,2}\.?[ \t]*(?i:jan|feb|mar|apr|maj|jun|jul|aug"
            r"|sep|okt|nov|dec))|\([ \t]*\d{6}[ \t-]?\d{4}[ \t]*\)"),
    # a street abroad that names its number first ('30 Mill Road') or says 'vul.' ('vul. Naberezhna 7')
    "street_abroad": (r"\d[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}(?:Road|Street|Lane|Avenue|Drive|Close|Way|Place|Crescent"
                      r"|Grove|Terrace|Gardens)|ul\.[ \t]*[A-Z]"  # the window's own expression reads the rest
                      r"|(?:Strada|Str\.|Calea|Bulevardul|Bd\.|B-dul|Aleea|Calle|Avenida|Rua|Ulica|Rue|Piazza"
                      r"|Carrer)[ \t]+[A-Z]|House[ \t]+(?:No\.?[ \t]*)?\d"  # 'Rue de la Paix 12', 'House No. 45'
                      r"|(?:Street|Road|Avenue|Cad\.|Caddesi|Sokak|Sok\.)[ \t]+(?:No:?[ \t]*)?\d|\d,[ \t]*\d{5}[ \t]+[A-Z]"
                      r"|Blk\.?[ \t]+\d|\d/\d{1,3}[ \t]+Moo[ \t]+\d"  # 'Blk 75 Lot 7', '37/2 Moo 5'
                      r"|[ \t](?:gate|gata|vei|veg|v\xe4g|v\xe4gen)[ \t]+\d"),  # 'Kong Oscars gate 29'
    # two to four capitals, a word of their own: initials if initials.py finds them where a person stands
    "capitals": rf"[^{LETTER}][{UPPER}]{{2,4}}[^{LETTER}]",
    # a full date in parentheses: after a person ('Arjun (2014-02-18)') the date they were born
    "dated": (r"\([ \t]*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./ -]\d{2,4}|\d{8}"
              rf"|\d{{1,2}}\.?[ \t]*(?i:{MONTHS})\.?[ \t]+\d{{4}}"
              rf"|(?i:{MONTHS})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}})[ \t]*\)"),  # English: '(November 15, 2018)'
    "greeting": rf"[^{LETTER}]{_GREETING}",
    # an address abroad ends in its country; a home is where someone 'bor på'
    "country": r",[ \t]*(?:" + "|".join(COUNTRIES) + ")",
    "home": (rf"[^{LETTER}](?:[Bb]or|[Bb]oede|[Bb]oet|BOR|[Aa]dresse|[Aa]dressen|[Aa]dresse:|[Aa]dr\.:|[Bb]op\xe6l:|sendes[ \t]+til"
             rf"|registreret|folkeregistreret|tilmeldt|huset|sommerhuset|lejligheden|hytten|kolonihaven)[ \t]"
             rf"|adresse:|[Bb]op\xe6l[ \t]"  # a compound's key too: 'Sommerhusadresse: Sandskrænten 1'
             rf"|sendt[ \t]+til[ \t]"
             rf"|[^{LETTER}][Aa]fsender:"
             rf"|[^{LETTER}](?:[Aa]ddress(?: is)?:?|stayed at|stays at|lives at|lived at|living at|resides at)[ \t]"),
    # a Faroese town as a whole word: only then are the scan's words read for '700 Klaksvík'
    "faroese": rf"[^{LETTER}](?:{'|'.join(sorted(FAROESE_TOWNS))})[^{LETTER}]",
    # a number read out in words ('... tretten sytten', '... nitten hundrede og firs'), a digit read as a letter
    "spoken": (rf"(?i:{'|'.join(sorted(SPOKEN_ENDINGS))})[^{LETTER}]"
               # ... or eight digits read out one by one: 'ni tre en fire fire fem otte nul'
               rf"|[^{LETTER}](?i:(?:{_DIGIT_WORDS})[ \t]+){{7}}(?i:{_DIGIT_WORDS})[^{LETTER}]"
               # ... or four pairs of digits, commas between: 'fem nul, syv to, otte en, to tre'
               rf"|[^{LETTER}](?:(?i:{_DIGIT_WORDS})[ \t]+(?i:{_DIGIT_WORDS}),[ \t]*){{3}}(?i:{_DIGIT_WORDS})[ \t]+"
               rf"(?i:{_DIGIT_WORDS})[^{LETTER}]"
               # ... or a CPR number's six and four, a comma between: 'to nul nul fem ni otte, fire nul et seks', a
               # phone's two fours: 'fire otte tre fem, tre tre seks syv'
               rf"|[^{LETTER}](?i:(?:{_DIGIT_WORDS})[ \t]+){{3}}(?:(?i:(?:{_DIGIT_WORDS})[ \t]+){{2}})?(?i:{_DIGIT_WORDS}),"
               rf"[ \t]*(?i:{_DIGIT_WORDS})[^{LETTER}]"
               # ... or a date's first days, words of every text but before a month: 'født anden december 2010'
               rf"|[^{LETTER}](?i:f\xf8rste|anden|andet|tredje|fjerde)[ \t]+(?i:{MONTHS})[^{LETTER}]"),
    "misread": r"\d[OoDIlBbSZg]|[OoDIlBbSZg]\d|\d[./-][OIl]{1,2}[./-]\d",  # '626O4491', a date's '15.Ol.1989'
}
# a form's person field filled in lower case ('Anmelder: nishtiman mirani'): the end is past the value's first letter
_LABELS = _both_cases("|".join(sorted(LABELS, key=lambda word: (-len(word), word))))
PATTERNS["field"] = rf"[^{LETTER}](?i:{_LABELS})[ \t]*:[ \t]*[{LOWER}]"
_CONTEXT = _both_cases("|".join(sorted(CONTEXT_WORDS, key=lambda word: (-len(word), word))))  # one text in every process
# A word after which a capitalised word may be a name ('Kære X', 'moster: X'); Python's pattern looks ahead for
# the capital (so that 'Kære Mor Anna' gives both), Hyperscan's takes it; both report the end after it.
# An export's key counts too: '"navn": "Aksel', '<navn>Liam'.
PATTERNS["context"] = (rf"[^{LETTER}](?i:{_CONTEXT})\.?(?:(?:[ \t]*[:|,])?[ \t]+|[ \t]+\d{{1,2}}[ \t]*:[ \t]+"  # 'Forælder 1: '
                       rf"|\"[ \t]*:[ \t]*\"|>)[{UPPER}]")
# Letters in lower case that may be someone's initials: after a professional's word ('psykolog iz', 'Jordemoder
# hb'), after 'af' ('logbog af bmj'), between commas after a kin word ('morfar, km, på ...'). initials.py decides.
_STAFF = _both_cases("|".join(sorted(STAFF_WORDS | set(ROLE_ENDINGS), key=lambda word: (-len(word), word))))
_KIN = _both_cases("|".join(sorted(KIN_AND_ROLES, key=lambda word: (-len(word), word))))
PATTERNS["low_initials"] = (rf"(?i:{_STAFF})[ \t]+[{LOWER}]{{2,4}}[^{LETTER}]|[ \t]af[ \t]+[{LOWER}]{{2,4}}[^{LETTER}]"
                            rf"|(?i:{_KIN}),[ \t]+[{LOWER}]{{2,4}},")
# A text about social media or a chat, where a handle's shape is someone's (handles.py); a log's entry, its date and
# time opening a line, where the writer's initials follow (initials.py).
PATTERNS["social"] = (r"(?i:snap|insta|tiktok|telegram|discord|messenger|facebook|bereal|profil|gruppechat"
                      rf"|sk\xe6rmbillede)|[^{LETTER}](?i:story|chat)[^{LETTER}]")
PATTERNS["log_line"] = (rf"\n[ \t>*-]*\[?(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}\.[ \t]+(?i:{MONTHS})\.?(?:[ \t]+\d{{4}})?)"
                        r",?[ \t]+(?:kl\.?[ \t]*)?\d{1,2}[:.]\d\d\]?[ \t]+(?:-[ \t]+)?[^\n:]{2,8}:")  # '9. november kl. 07.05 – SS:'
# A word in lower case before what only a person does or owns, or after a form's filler: the very literals
# unlisted_names.py searches for, so that it reads only the texts where one stands.
PATTERNS["lower_doers"] = ("|".join(re.escape(literal) for literal in LOWER_CASE_DOINGS + LOWER_CASE_BELONGINGS)
                           + rf"|(?i:{'|'.join(FORM_FILLERS)}) af ")
# Hyperscan's (?i) with the classes of _both_cases: ASCII and Latin-1's letters to lower case
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "".join(sorted(_UPPER_OF)),
                             "abcdefghijklmnopqrstuvwxyz" + "".join(ch.lower() for ch in sorted(_UPPER_OF)))
# How far a rule's match may reach before and after the end of its anchor; a rule reads that window, cut to the
# anchor's line (no rule matches across a line) and widened to whole words.
REACH = {"at": (20, 2), "tel": (8, 40), "street": (80, 4), "postcode": (24, 90), "birth": (64, 70),
         "hiding": (16, 215), "institution": (80, 120), "country": (90, 2), "home": (12, 90),
         "street_abroad": (60, 60), "spoken": (200, 2), "misread": (40, 40)}
# A capitalised word or one in capitals, whole: the candidates for names. Hyperscan reads the text between two
# line breaks, so every word has a character on each side.
WORD = rf"[^{LETTER}][{UPPER}][{LETTER}]*[^{LETTER}]"
_PY_WORD = rf"(?<![{LETTER}])[{UPPER}][{LETTER}]*(?![{LETTER}])"


def _project_error(error: UnicodeEncodeError):
    return "".join(_project_char(ch) for ch in error.object[error.start:error.end]), error.end


def _project_char(ch: str) -> str:
    category = unicodedata.category(ch)
    if category.startswith("L"):
        return "A" if ch.isupper() else "a"
    if category == "Nd":
        return "0"
    if category == "Pd" or ch == "\u2212":
        return "-"
    if category == "Cf":
        return INVISIBLE
    if category == "Zs":
        return " "
    return "\x02"


codecs.register_error("praksis-latin1", _project_error)


def project(text: str) -> bytes:
    """The text in Latin-1, one byte for each character (see the module's docstring)."""
    return text.encode("latin-1", "praksis-latin1")


@dataclass
class Scan:
    """What one pass found: per kind the end offsets of its anchors, and the capitalised words. `padded` is the
    projected text with every non-letter a space and a space at each end: b" mette " in it is the whole word."""
    ends: dict[str, list[int]] = field(default_factory=dict)
    words: list[tuple[int, int]] = field(default_factory=list)
    padded: bytes = b""
    _words: frozenset | None = None

    def has_word(self, word: str) -> bool:
        """The word stands in the text as a whole word, in this case."""
        if self._words is None:  # asked once or a thousand times a file, read once
            self._words = frozenset(self.padded.split())
        return project(word) in self._words

    def windows(self, text: str, kind: str) -> list[tuple[int, int]]:
        """Where the kind's rule reads: around each anchor, within its line, in whole words, merged, in order."""
        ends = self.ends.get(kind)
        if not ends:
            return []
        before, after = REACH[kind]
        found: list[tuple[int, int]] = []
        for end in sorted(set(ends)):
            # the window, cut at the anchor's line, widened to whole words (but no word longer than 100)
            start, stop = max(0, end - before), min(len(text), end + after)
            newline = text.rfind("\n", start, max(start, end - 1))
            start = newline + 1 if newline != -1 else start
            newline = text.find("\n", end - 1, stop)
            stop = newline + 1 if newline != -1 else stop
            floor, ceiling = max(0, start - 100), min(len(text), stop + 100)
            while start > floor and not text[start - 1].isspace():
                start -= 1
            while stop < ceiling and not text[stop - 1].isspace():
                stop += 1
            if found and start <= found[-1][1]:
                found[-1] = (found[-1][0], max(stop, found[-1][1]))
            else:
                found.append((start, stop))
        return found

    def runs(self, text: str) -> list[tuple[int, int]]:
        """Stretches of digits and the separators numbers are written with, around each number anchor."""
        found: list[tuple[int, int]] = []
        for end in sorted(set(self.ends.get("number", ()))):
            if found and end <= found[-1][1]:
                continue
            start, stop = end - 1, end
            while start > 0 and text[start - 1] in _RUN_CHARS:
                start -= 1
            while stop < len(text) and text[stop] in _RUN_CHARS:
                stop += 1
            found.append((start, stop))
        return found


_RUN_CHARS = frozenset("0123456789+ \t\u00a0.()>\n-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


class _Pure:
    """Python's `re`, one pass a kind."""

    name = "re"

    def __init__(self):
        own = {"context", "street", "institution", "greeting", "signature", "tel", "capitals", "field"}
        self.patterns = {kind: re.compile(pattern) for kind, pattern in PATTERNS.items() if kind not in own}
        self.word = re.compile(_PY_WORD)

    def scan(self, projected: str) -> Scan:
        padded = f"\n{projected}\n"  # as Hyperscan reads it: a word at the text's start has a character before it
        found = Scan({kind: [m.end() - 1 for m in pattern.finditer(padded)] for kind, pattern in self.patterns.items()})
        found.words = [m.span() for m in self.word.finditer(projected)]
        # `re` tries an alternation of words at every position, slowly: these kinds find a simpler shape first and
        # then ask the alternation's question of each match, with Hyperscan's (?i) (ASCII letters only).
        found.ends["context"] = [start + 1 for start, _ in found.words if _after_context_word(projected, start)]
        found.ends["street"] = [m.end() for m in _PY_STREET.finditer(projected) if _ends_with(m.group(1), _STREET_ENDS)]
        found.ends["institution"] = sorted(
            [m.end(2) + 1 for m in _PY_KIND_THEN_NAME.finditer(projected) if _ends_with(m.group(1), _KIND_ENDS)]
            + [m.end() for m in _PY_NAME_THEN_KIND.finditer(projected)]
            + [m.end() for m in _PY_NAMED_PLACE.finditer(projected)])
        for kind in ("greeting", "signature", "tel", "field"):
            found.ends[kind] = [m.end() for m in _PY_CASELESS[kind].finditer(projected)]
        # Hyperscan's end is one past the character after the capitals, a line break at the text's end
        found.ends["capitals"] = [m.end() + 1 for m in _PY_CAPITALS.finditer(projected)]
        return found


def _caseless(pattern: str) -> str:
    """Hyperscan's (?i:...) for `re`, which is slow with it: each ASCII letter inside as a class ([kK])."""
    out, index = [], 0
    while index < len(pattern):
        if not pattern.startswith("(?i:", index):
            out.append(pattern[index])
            index += 1
            continue
        depth, index = 1, index + 4
        out.append("(?:")
        while depth:
            ch = pattern[index]
            if ch == "\\":
                size = 4 if pattern[index + 1] == "x" else 2
                out.append(pattern[index:index + size])
                index += size
                continue
            depth += {"(": 1, ")": -1}.get(ch, 0)
            out.append(f"[{ch.lower()}{ch.upper()}]" if ch.isascii() and ch.isalpha() else ch)
            index += 1
    return "".join(out)


def _ends_with(word: str, endings: tuple[str, ...]) -> bool:
    return word.translate(_ASCII_LOWER).endswith(endings)


_PY_STREET = re.compile(rf"([{LETTER}]+)(?:[ \t]+(?:[nN][rR]\.?[ \t]*|[nN][uU][mM][mM][eE][rR][ \t]+)?)?\d")
_STREET_ENDS = tuple(STREET_ENDINGS)
# Each word in turn (a lookahead: a word before the kind must not take the kind as whom it is for, 'anbragt på
# opholdsstedet Kragereden'); the end is past the capital, as Hyperscan's.
_PY_KIND_THEN_NAME = re.compile(rf"([{LETTER}]+)(?=([ \t]+(?:(?:[fF][oO][rR]|[vV][eE][dD]|[pP]\xe5|[iI])[ \t]+"
                                rf"(?:[a-z\xe6\xf8\xe5]+[ \t]+)?)?)[{UPPER}])")  # whom for: 'Bosted for unge V...'
_KIND_ENDS = tuple(KINDS_BEFORE)
_PY_NAME_THEN_KIND = re.compile(_NAME_THEN_KIND)
_PY_NAMED_PLACE = re.compile(_NAMED_PLACE)
_PY_CASELESS = {kind: re.compile(_caseless(PATTERNS[kind])) for kind in ("signature", "tel")}
_PY_CASELESS["greeting"] = re.compile(_caseless(rf"(?<![{LETTER}]){_GREETING}"))  # at the text's start too
_PY_CASELESS["field"] = re.compile(_caseless(rf"(?<![{LETTER}])(?i:{_LABELS})[ \t]*:[ \t]*[{LOWER}]"))
_PY_CAPITALS = re.compile(rf"(?<![{LETTER}])[{UPPER}]{{2,4}}(?![{LETTER}])")
_LETTER_BYTES = frozenset(b for b in range(256) if re.fullmatch(f"[{LETTER}]", chr(b)))
_LETTERS = frozenset(map(chr, _LETTER_BYTES))


_KEY_BEFORE = re.compile(rf'[^{LETTER}]([{LETTER}]+)"[ \t]*:[ \t]*"$|[^{LETTER}]([{LETTER}]+)>$')  # '"navn": "', '<navn>'


def _after_context_word(projected: str, start: int) -> bool:
    """What PATTERNS['context'] matches ending at this capital: a context word, '.', ':', '|' or ',', spaces."""
    index = start
    while index > 0 and projected[index - 1] in " \t":
        index -= 1
    if index == start:
        key = _KEY_BEFORE.search(projected, max(0, start - 40), start)
        return key is not None and (key.group(1) or key.group(2)).translate(_ASCII_LOWER) in CONTEXT_WORDS
    if index > 0 and projected[index - 1] in ":|,":
        colon = projected[index - 1] == ":"
        index -= 1
        while index > 0 and projected[index - 1] in " \t":
            index -= 1
        digits = index
        while colon and digits > 0 and index - digits < 2 and projected[digits - 1].isdigit():
            digits -= 1
        if digits < index and digits > 0 and projected[digits - 1] in " \t":  # a numbered label: 'Forælder 1: '
            index = digits
            while index > 0 and projected[index - 1] in " \t":
                index -= 1
    if index > 0 and projected[index - 1] == ".":
        index -= 1
    first = index
    while first > 0 and projected[first - 1] in _LETTERS:
        first -= 1
    return first < index and projected[first:index].translate(_ASCII_LOWER) in CONTEXT_WORDS


class _Hyperscan:
    """Every kind's pattern in one Hyperscan database, one pass."""

    name = "hyperscan"

    def __init__(self, hyperscan):
        self.kinds = list(PATTERNS)
        expressions = [PATTERNS[kind].encode("latin-1") for kind in self.kinds] + [WORD.encode("latin-1")]
        flags = [0] * len(self.kinds) + [hyperscan.HS_FLAG_SOM_LEFTMOST]
        stored = _stored_database(hyperscan, expressions, flags)
        self.database = _load(hyperscan, stored) if stored.is_file() else None
        if self.database is None:
            self.database = hyperscan.Database()
            self.database.compile(expressions=expressions, ids=list(range(len(expressions))),
                                  elements=len(expressions), flags=flags)
            _keep(hyperscan, self.database, stored)

    def scan(self, projected: str) -> Scan:
        data = b"\n" + projected.encode("latin-1") + b"\n"
        ends: list[list[int]] = [[] for _ in self.kinds]
        words: list[tuple[int, int]] = []
        word_id = len(self.kinds)

        def on_match(pattern: int, start: int, end: int, flags: int, context) -> None:
            if pattern == word_id:
                words.append((start, end - 2))  # without the characters on each side, and the line break before
            else:
                ends[pattern].append(end - 1)

        self.database.scan(data, match_event_handler=on_match)
        return Scan(dict(zip(self.kinds, ends)), sorted(words))


def _stored_database(hyperscan, expressions: list[bytes], flags: list[int]) -> Path:
    """Where the compiled database is kept, as Python keeps its bytecode: in __pycache__ beside this module,
    under a name made of everything that went into it (compiling takes half a second, loading a millisecond)."""
    made_of = hashlib.blake2b(digest_size=12)
    for part in (*expressions, repr(flags).encode(), hyperscan.__version__.encode(), platform.machine().encode()):
        made_of.update(part + b"\0")
    return Path(__file__).parent / "__pycache__" / f"anchors.{made_of.hexdigest()}.hsdb"


def _load(hyperscan, stored: Path):
    """The kept database, or None when it cannot serve here (damaged, or made for another processor)."""
    try:
        database = hyperscan.loadb(stored.read_bytes(), hyperscan.HS_MODE_BLOCK)
        database.scratch = hyperscan.Scratch(database)  # compile() makes one; a loaded database has none
    except Exception:
        return None
    return database


def _keep(hyperscan, database, stored: Path) -> None:
    try:
        stored.parent.mkdir(exist_ok=True)
        write_atomically(stored, hyperscan.dumpb(database))
        for earlier in stored.parent.glob("anchors.*.hsdb"):  # made by earlier patterns
            if earlier != stored:
                earlier.unlink(missing_ok=True)
    except OSError:  # a read-only installation compiles each time
        pass


_ENGINE = None


def engine():
    """The engine of this process, made once (before the workers fork, so they share it)."""
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = _make()
    return _ENGINE


def _make():
    if not os.environ.get("PRAKSIS_PURE_PYTHON"):
        try:
            import hyperscan
        except ImportError:
            pass
        else:
            return _Hyperscan(hyperscan)
    return _Pure()


_SPACES = bytes.maketrans(bytes(b for b in range(256) if b not in _LETTER_BYTES),
                          b" " * (256 - len(_LETTER_BYTES)))


def scan(text: str) -> Scan:
    data = project(text)
    found = engine().scan(data.decode("latin-1"))
    found.padded = b" " + data.translate(_SPACES) + b" "
    return found
