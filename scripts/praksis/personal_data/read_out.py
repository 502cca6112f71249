"""Numbers a text gives in another shape than digits, read again as digits.

A dictation or a phone note writes a number out in words ('toogtyve fireoghalvtreds tretten sytten',
'niende februar nitten hundrede og seksogfirs'); a scanned letter's text recognition reads some digits as
letters ('24b3 1064', 'l81110-9429', '93 97 73 3o'). Around each such place the guard makes a view of the
lines with the numbers in digits, asks the CPR, phone and date-of-birth rules of that view (so the words
around still decide: 'f.' before a date, 'tlf.' before a number), and keeps what they find in the numbers
it rewrote, placed where those stand in the source.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from . import rules
from .findings import Finding

_UNITS = {"nul": 0, "en": 1, "et": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7,
          "otte": 8, "ni": 9}
_TEENS = {"ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
          "sytten": 17, "atten": 18, "nitten": 19}
_TENS = {"tyve": 20, "tredive": 30, "tredve": 30, "fyrre": 40, "fyrretyve": 40, "halvtreds": 50,
         "halvtredsindstyve": 50, "tres": 60, "tresindstyve": 60, "halvfjerds": 70, "halvfjerdsindstyve": 70,
         "firs": 80, "firsindstyve": 80, "halvfems": 90, "halvfemsindstyve": 90}
_ORDINALS = {"første": 1, "anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "syvende": 7,
             "ottende": 8, "niende": 9, "tiende": 10, "ellevte": 11, "tolvte": 12, "trettende": 13,
             "fjortende": 14, "femtende": 15, "sekstende": 16, "syttende": 17, "attende": 18, "nittende": 19,
             "tyvende": 20, "tredivte": 30, "tredivende": 30}
_UNIT_PREFIX = "en|et|to|tre|fire|fem|seks|syv|otte|ni"
_TWO_DIGITS = re.compile(rf"(?:({_UNIT_PREFIX})og)?({'|'.join(_TENS)})")
_ORDINAL = re.compile(rf"(?:({_UNIT_PREFIX})og)?(tyvende|tredivte|tredivende)")
# Each month's names, the Danish one first (the one a rewritten date is given in).
_MONTH_SPELLINGS = ("januar|january|jan", "februar|february|feb", "marts|march|mar", "april|apr", "maj|may",
                    "juni|june|jun", "juli|july|jul", "august|aug", "september|sept|sep", "oktober|october|okt|oct",
                    "november|nov", "december|dec")
MONTH_NUMBERS = {name: number for number, names in enumerate(_MONTH_SPELLINGS, start=1) for name in names.split("|")}

# The words a number read out ends in (the anchor of this reader; 'natten' ends so too, and is let go at once).
ENDINGS = (*_TEENS.keys() - {"ti"}, *_TENS, "hundrede", "tusind", "tusinde",
           *(word for word in _ORDINALS if _ORDINALS[word] >= 5))  # a dictated date's day: 'den ottende i femte ni'
_TOKEN = re.compile(r"[^\W\d_]+|(?<![\d.,:/-])\d{1,2}(?![\d.,:/-])")  # words, and pairs of digits said among them

# A digit misread as a letter, beside a real digit: the anchor of the other reader.
_MISREAD = str.maketrans("OoDIlBbSZg", "0001186529")
_MISREAD_TOKEN = re.compile(r"(?<![^\W\d_])[\dOoDIlBbSZg][\dOoDIlBbSZg./-]*[\dOoDIlBbSZg](?![^\W\d_])")


@dataclass(frozen=True)
class _Piece:
    view: int  # where it starts in the view
    source: int  # ... and in the source
    length: int  # in the source
    rewritten: bool


class _View:
    """Lines of the source with some numbers rewritten in digits, and where each part of it stands in the source."""

    def __init__(self, text: str, start: int, end: int, rewrites: list[tuple[int, int, str]]):
        parts, self.pieces, shown, last = [], [], 0, start
        for first, stop, digits in rewrites:
            if first < last:
                continue
            for piece, rewritten, length in ((text[last:first], False, first - last), (digits, True, stop - first)):
                if piece:
                    self.pieces.append(_Piece(shown, last if not rewritten else first, length, rewritten))
                    parts.append(piece)
                    shown += len(piece)
            last = stop
        parts.append(text[last:end])
        self.pieces.append(_Piece(shown, last, end - last, False))
        self.text = "".join(parts)
        self._starts = [piece.view for piece in self.pieces]

    def placed(self, finding: Finding) -> Finding | None:
        """The finding where it stands in the source, if it touches a rewritten number (else the source's own
        reading has it already, or not at all)."""
        first = self.pieces[bisect_right(self._starts, finding.start) - 1]
        last = self.pieces[bisect_right(self._starts, finding.end - 1) - 1]
        if not (first.rewritten or last.rewritten or any(
                piece.rewritten and first.view < piece.view < last.view for piece in self.pieces)):
            return None
        start = first.source if first.rewritten else first.source + finding.start - first.view
        end = last.source + last.length if last.rewritten else last.source + finding.end - last.view
        return Finding(start, end, finding.code, finding.masked)


def findings(text: str, spoken: list[tuple[int, int]], misread: list[tuple[int, int]]) -> list[Finding]:
    """CPR numbers, phone numbers and dates of birth read out in words or misread, and addresses misread, in the
    anchors' windows."""
    found: list[Finding] = []
    dates: list[tuple[int, int, str]] = []
    for start, end in _with_line_before(text, spoken + misread):
        rewrites = sorted(_spoken(text, start, end) + _misread(text, start, end))
        if not rewrites:
            continue
        dates += [rewrite for rewrite in rewrites if _IN_WORDS.search(rewrite[2])]
        view = _View(text, start, end, rewrites)
        for finding in (rules.cpr(view.text) + rules.phone(view.text) + rules.birth_date(view.text)
                        + (rules.address(view.text) if misread else [])):  # a scanned house number: 'Vestergade l06'
            placed = view.placed(finding)
            if placed is not None:
                found.append(placed)
    return found + _under_a_birth_heading(text, dates, found)


_IN_WORDS = re.compile(r"[a-zæøå]")  # a date's rewrite keeps its month's name: '18. januar 2016'


def _under_a_birth_heading(text: str, dates: list[tuple[int, int, str]], found: list[Finding]) -> list[Finding]:
    """A date in words in a column headed 'Født' some rows up ('| Palle Pedersen | attende januar totusind og
    seksten |'): the whole text up to the last such date is read again, with the dates in digits."""
    if not dates or not rules.names_a_birth_column(text):
        return []
    last = max(stop for _, stop, _ in dates)
    view = _View(text, 0, len(text) if (newline := text.find("\n", last)) == -1 else newline, sorted(dates))
    taken = {(f.start, f.end) for f in found}
    return [placed for finding in rules.birth_date(view.text) if (placed := view.placed(finding)) is not None
            and (placed.start, placed.end) not in taken]


def _with_line_before(text: str, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each window from the start of the line before (a label may stand there) to its line's end, merged."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, start))) + 1
        end = len(text) if (newline := text.find("\n", max(start, end - 1))) == -1 else newline + 1
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _spoken(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Runs of number words (and dates in words) in a stretch, each with its digits."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text, start, end)]
    rewrites, index = [], 0
    while index < len(words):
        date = _date(text, words, index)
        if date is not None:
            rewrites.append(date[:3])
            index = date[3]
            continue
        run = _number_run(text, words, index)
        if run is not None:
            rewrites.append(run[:3])
            index = run[3]
            continue
        index += 1
    return rewrites


def _number_run(text: str, words: list, index: int) -> tuple[int, int, str, int] | None:
    """Four or more number words in a row that make eight digits (a phone) or ten (a CPR number), a CPR number's
    date and serial parted by a comma too ('to nul nul fem ni otte, fire nul et seks'), and a phone's two halves
    ('fire otte tre fem, tre tre seks syv')."""
    digits, stop = _digits_run(text, words, index)
    if len(digits) in (4, 6) and stop < len(words) and _COMMA.fullmatch(text, words[stop - 1][1], words[stop][0]):
        rest, after = _digits_run(text, words, stop)  # a phone's two fours: 'fire otte tre fem, tre tre seks syv'
        if len(rest) == 4:
            digits, stop = digits + rest, after
    # four pairs, a pair said as its unit: 'toogtredive seks fireogtredive treoghalvfjerds' (32 06 34 73); digits
    # all are read as they stand ('93 97 73 3o': a scanner's misread)
    if stop - index == 4 and len(digits) < 8 and not all(word.isdigit() for _, _, word in words[index:stop]):
        parts = [_digits_of(word) for _, _, word in words[index:stop]]
        if all(part and len(part) <= 2 for part in parts) and sum(len(part) == 2 for part in parts) >= 2:
            # bare digits: only a phone's words make it one ('Der kom tyve fem tredive to børn' is none)
            return words[index][0], words[stop - 1][1], "".join(part.zfill(2) for part in parts), stop
    if stop - index < 4 or len(digits) not in (8, 10):
        return _in_pairs(text, words, index)
    if all(word.isdigit() for _, _, word in words[index:stop]):
        return None  # digits all: the rules read those as they stand
    shaped = " ".join(digits[i:i + 2] for i in range(0, 8, 2)) if len(digits) == 8 else f"{digits[:6]}-{digits[6:]}"
    return words[index][0], words[stop - 1][1], shaped, stop


def _digits_run(text: str, words: list, index: int) -> tuple[str, int]:
    digits, stop = "", index
    while stop < len(words) and (stop == index or _joined(text, words[stop - 1][1], words[stop][0])):
        value = _digits_of(words[stop][2])
        if value is None:
            break
        digits += value
        stop += 1
    return digits, stop


def _in_pairs(text: str, words: list, index: int) -> tuple[int, int, str, int] | None:
    """A phone number read out in four pairs with commas between: 'otteogtyve, nul to, otteogtyve, halvfems'.
    Each part must make two digits (a unit alone between commas is said without its nought: 'fem' for 05), and the words around must say phone, so a list of numbers ('tyve, tredive,
    fyrre, halvtreds mennesker') is none."""
    if index and _digits_of(words[index - 1][2]) is not None and _COMMA.fullmatch(text, words[index - 1][1],
                                                                                 words[index][0]):
        return None  # a number before it: a list
    pairs, stop = [], index
    while len(pairs) < 4 and stop < len(words):
        pair, first = "", stop
        while stop < len(words) and len(pair) < 2 and (stop == first or _joined(text, words[stop - 1][1], words[stop][0])):
            value = _digits_of(words[stop][2])
            if value is None:
                break
            pair, stop = pair + value, stop + 1
        if len(pair) == 1 and words[first][2] in _UNITS and _COMMA.match(text, words[first][1]):
            pair = "0" + pair  # a pair said as its last digit: 'tyve, tres, fem, elleve' (20 60 05 11)
        if len(pair) != 2 or (pairs and not _COMMA.fullmatch(text, words[first - 1][1], words[first][0])):
            return None
        pairs.append(pair)
    if len(pairs) < 4 or any(_digits_of(w[2]) is not None and (_joined(text, words[stop - 1][1], w[0])
                                                                or _COMMA.fullmatch(text, words[stop - 1][1], w[0]))
                             for w in words[stop:stop + 1]):
        return None  # a fifth number follows: a list
    return words[index][0], words[stop - 1][1], "".join(pairs), stop  # bare digits: only a phone's words make it one


_COMMA = re.compile(r",[ \t]?")


def _joined(text: str, end: int, start: int) -> bool:
    """Only a space or a dash between two words of one number (commas part a list of numbers: 'tyve, tredive')."""
    return start - end <= 3 and not text[end:start].strip(" \t-–")


def _digits_of(word: str) -> str | None:
    if word.isdigit():  # '59 48 nioghalvfjerds femogtyve': digits and words in one number
        return word
    if word in _UNITS:
        return str(_UNITS[word])
    if word in _TEENS:
        return str(_TEENS[word])
    m = _TWO_DIGITS.fullmatch(word)
    if m:
        return str(_TENS[m.group(2)] + (_UNITS[m.group(1)] if m.group(1) else 0))
    return None


def _date(text: str, words: list, index: int) -> tuple[int, int, str, int] | None:
    """'niende februar nitten hundrede og seksogfirs', '21. april totusind og fjorten' -> '9. februar 1986'."""
    start, day, month = words[index][0], *_day(words, index)
    if day is None and words[index][2] in MONTH_NUMBERS:  # the day in digits: '21. april totusind og fjorten'
        written = _DAY_BEFORE.search(text, max(0, start - 6), start)
        if written is None:
            return None
        start, day, month = written.start(), int(written.group(1)), index
    if day is not None and month + 2 < len(words) and words[month][2] == "i" and words[month + 1][2] in _ORDINALS:
        return _in_ordinals(words, start, day, month + 1)  # 'den fireogtyvende i første femten'
    if day is None or month >= len(words) or words[month][2] not in MONTH_NUMBERS:
        return None
    year, stop = _year(words, month + 1)
    if year is None:  # the year in digits: 'fjortende februar 2010' (the view reads '14. februar 2010')
        return (start, words[month][1], f"{day}. {words[month][2]}", month + 1) \
            if _DIGIT_YEAR_AFTER.match(text, words[month][1]) else None
    return start, words[stop - 1][1], f"{day}. {words[month][2]} {year}", stop


_DIGIT_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d(?!\d)")


def _in_ordinals(words: list, start: int, day: int, month: int) -> tuple[int, int, str, int] | None:
    """A date said as the day's and the month's ordinals and the year's last digits, as a dictation gives it:
    'den fireogtyvende i første femten' (24.1.2015), 'den ottende i femte ni' (8.5.2009)."""
    number = _ORDINALS[words[month][2]]
    year, stop = _year(words, month + 1)
    if year is None and (tail := _digits_of(words[month + 1][2])) is not None and len(tail) <= 2:
        year, stop = (2000 + int(tail) if int(tail) <= 30 else 1900 + int(tail)), month + 2
    if year is None or not 1 <= number <= 12:
        return None
    return start, words[stop - 1][1], f"{day}. {_MONTH_SPELLINGS[number - 1].split('|')[0]} {year}", stop


_DAY_BEFORE = re.compile(r"(?<!\d)(\d{1,2})\.?[ \t]+$")


def _day(words: list, index: int) -> tuple[int | None, int]:
    word = words[index][2]
    if word in _ORDINALS:
        return _ORDINALS[word], index + 1
    m = _ORDINAL.fullmatch(word)
    if m and m.group(1):
        return _ORDINALS[m.group(2)] + _UNITS[m.group(1)], index + 1
    return None, index


_JOINED_YEAR = re.compile(r"(nittenhundrede|totusinde?|nitten(?=[a-zæø]*(?:tyve|tredive|tredve|fyrre|halvtreds|tres"
                          r"|halvfjerds|firs|halvfems)$))(?:og)?([a-zæø]+)?")  # 'nittentreogtres': 1963


def _year(words: list, index: int) -> tuple[int | None, int]:
    """'nitten hundrede og seksogfirs', 'nitten seksogfirs', 'totusind og fjorten', 'to tusind og atten', and
    'nittenhundrede og treogfirs'."""
    names = [word for _, _, word in words[index:index + 5]]
    joined = _JOINED_YEAR.fullmatch(names[0]) if names else None  # 'nittenhundredeogenogfirs', 'totusindogelleve'
    if joined and joined.group(2) and (tail := _digits_of(joined.group(2))) is not None:
        return (1900 if joined.group(1).startswith("nitten") else 2000) + int(tail), index + 1
    if names[:1] in (["totusind"], ["totusinde"]) or names[:2] in (["to", "tusind"], ["to", "tusinde"]):
        used = 1 if names[0].startswith("totusind") else 2
        if names[used:used + 1] == ["og"] and len(names) > used + 1 and (tail := _digits_of(names[used + 1])):
            return 2000 + int(tail), index + used + 2
        return 2000, index + used
    if names[:2] == ["nittenhundrede", "og"] and len(names) > 2 and (tail := _digits_of(names[2])) is not None \
            and len(tail) == 2:  # 'nittenhundrede og treogfirs'
        return 1900 + int(tail), index + 3
    if names[:1] == ["nitten"] and len(names) > 1:
        used = 3 if names[1:3] == ["hundrede", "og"] else 1
        if len(names) > used and (tail := _digits_of(names[used])) is not None and len(tail) == 2:
            return 1900 + int(tail), index + used + 1
    return None, index


def _misread(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Tokens of digits with a letter or two that text recognition gives for a digit ('24b3', '3o', 'l81110')."""
    rewrites = []
    for m in _MISREAD_TOKEN.finditer(text, start, end):
        token, tail = m.group(), ""
        if 3 <= len(token) <= 4 and token[-1].isupper() and not token[-2].isupper():  # a house's letter: 'Ringvej l2B'
            token, tail = token[:-1], token[-1]
        letters = sum(ch.isalpha() for ch in token)
        if 0 < letters <= 4 and sum(ch.isdigit() for ch in token) >= letters:  # 'O2O188-287l': a CPR number
            rewrites.append((m.start(), m.end(), token.translate(_MISREAD) + tail))
    return rewrites
