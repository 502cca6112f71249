"""Pattern rules: CPR numbers, phone numbers, e-mail addresses, addresses, dates of birth.

Every pattern is compiled once and anchored on something rare (digits, '@',
a trigger word), so a file costs a handful of C-level regex passes.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from importlib import resources

from .columns import cells, cells_under, column_cells, export_cells, heading_lines, line_end, trim
from .findings import Finding, digits, length_note
from .words import LETTERS, domain, field_words, in_dictionary, ordinary
from .name_context import ACRONYMS, FAMILY, PERSON_WORDS, STAFF_WORDS, a_staff_word

# --- CPR (P601) -------------------------------------------------------------

_DASH = "\\-\u2010-\u2015\u2212"  # for a character class: hyphen, Unicode dashes, minus
_GAP = r"[ \t\u00a0\n>]"  # spaces, a line break, a blockquote marker on the next line
_CPR = re.compile(
    rf"(?<![\w.,])(\d\d)(\d\d)(\d\d)"
    rf"(?:{_GAP}{{0,4}}[{_DASH}]{_GAP}{{0,4}}|{_GAP}{{1,4}}|)"
    rf"(\d{{4}})(?!\w)")


# The serial in two pairs after the dash: "130295-31 43".
_CPR_SPLIT_SERIAL = re.compile(rf"(?<![\w.,])(\d\d)(\d\d)(\d\d)[ \t]?[{_DASH}][ \t]?(\d\d)[ ](\d\d)(?!\w|[ .,]\d)")
# Written in pairs: "03 03 15-1234", "03.03.15 1234", "0303 15 1234", "03 03 15 12 34".
_CPR_PAIRS = re.compile(
    rf"(?<![\w.,])(\d\d)(?:([ .-])(\d\d)\2|(\d\d)[ ])(\d\d)"
    rf"(?:[ \t]?[{_DASH}][ \t]?|[ \t])(\d\d[ \t]?\d\d)(?![\w]|[.,]\d)")
# Grouped in fours and a pair, as a phone's digits are: "2904 1861 55" (290418-6155).
_CPR_FOURS = re.compile(r"(?<![\w.,+])(\d\d)(\d\d)[ ](\d\d)(\d\d)[ ](\d\d)(?![\w]|[.,]\d|[ ]\d)")
# A plain ten-digit number the sentence names as something else: a case, journal or document number.
# Any compound of 'nummer' or 'nr.' names its own kind of number (rekvisitionsnummer, bilagsnr.), but cpr and person.
_OTHER_NUMBER = re.compile(
    # ... and not a number said to be the right, the new or someone's ('korrekt nummer er 2804107302')
    r"(?i)\b(?!cpr|person|(?:korrekte?|rigtige?|nye?|gamle|samme|hans|hendes|sit|dette|det)[ ])"
    r"[^\W\d_]{2,}[ -]?(?:nummer(?:et)?|nr\.?|id)(?:[ \t]+(?:hos|i|fra|på)[ \t]+[^\W\d_]+)?"
    r"[ \t]*[:#]?[ \t]*(?:(?:er|var)[ \t]+)?$|\b(?:j|dok|ref)\.[ \t]?(?:nr\.?)?[ \t]*[:#]?[ \t]*$"
    r"|\b(?:som[ \t]+)?(?:dokument|bilag|journalnotat|sag)[ \t]*:?[ \t]+$")


def cpr(text: str, runs: list[tuple[int, int]] | None = None) -> list[Finding]:
    found = []
    for start, end in number_runs(text) if runs is None else runs:
        for m in _CPR.finditer(text, start, end):
            day, month, year, serial = m.group(1), m.group(2), m.group(3), m.group(4)
            # 'Sagsnr. 1104230917'; written as a CPR number is written as one, whatever the label says
            if m.end() - m.start() == 10 and _named_otherwise(text, m.start()):
                continue
            if _across_cells(text, m.end(3), m.start(4)):
                continue
            if _cpr_date(int(day), int(month), int(year), serial[0]):
                found.append(_cpr_finding(m.start(), m.end(), serial))
        for m in _CPR_SPLIT_SERIAL.finditer(text, start, end):
            serial = m.group(4) + m.group(5)
            if _cpr_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), serial[0]) \
                    and not _found_already(found, m.start(), m.end()):
                found.append(_cpr_finding(m.start(), m.end(), serial))
        for m in _CPR_FOURS.finditer(text, start, end):
            serial = m.group(4) + m.group(5)
            if _cpr_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), serial[0]) \
                    and not _found_already(found, m.start(), m.end()) and not _named_otherwise(text, m.start()) \
                    and not _AMOUNT_AFTER.match(text, m.end()):  # not an amount's 'kr.' (read past the run's end)
                found.append(_cpr_finding(m.start(), m.end(), serial))
        for m in _CPR_PAIRS.finditer(text, start, end):
            day, month, year = m.group(1), m.group(3) or m.group(4), m.group(5)
            serial = m.group(6).replace(" ", "").replace("\t", "")
            if _across_cells(text, m.end(5), m.start(6)) or (len(m.group(6)) == 5 and _ANOTHER_PAIR.match(text, m.end())):
                continue  # a date's cell and the next one; a date and a phone in pairs ('21.11.24 21 01 23 39')
            if _cpr_date(int(day), int(month), int(year), serial[0]) and not _found_already(found, m.start(), m.end()):
                found.append(_cpr_finding(m.start(), m.end(), serial))
    return found + _slashed_cpr(text)


# A slash for the dash, where a CPR word or a name stands right before: 'Jóhanna 010616/7366', 'Rahimi, Marzia,
# 240515/7430', 'herunder Bo (200405/9595)'; not a case's 'bilag 150315/2020' (read from each slash, which is cheap).
_CPR_SLASH = re.compile(r"(?<![\w.,/])(\d\d)(\d\d)(\d\d)/(\d{4})(?![\w/]|[.,]\d)")
_CPR_WORD_BEFORE = re.compile(r"(?i:cpr|personnummer|personnr)[^\n]{0,60}$")
_OWNER_BEFORE = re.compile(r"([A-ZÆØÅ][^\W\d_]+)[ \t]*[,(]?[ \t]*$")


def _slashed_cpr(text: str) -> list[Finding]:
    found = []
    at = text.find("/")
    while at != -1:
        m = _CPR_SLASH.match(text, at - 6) if at >= 6 else None
        if m and m.end(3) == at and _cpr_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4)[0]) \
                and _owned_or_called_cpr(text, m.start()) and not _named_otherwise(text, m.start()):
            found.append(_cpr_finding(m.start(), m.end(), m.group(4)))
        at = text.find("/", at + 1)
    return found


def _owned_or_called_cpr(text: str, start: int) -> bool:
    if _CPR_WORD_BEFORE.search(text, max(0, start - 80), start):
        return True
    from .name_list import lexicon  # it reads this module's towns

    owner = _OWNER_BEFORE.search(text, max(0, start - 40), start)
    return owner is not None and (owner.group(1).lower() in lexicon() or not in_dictionary(owner.group(1).lower()))


def _cpr_finding(start: int, end: int, serial: str) -> Finding:
    """A CPR number's finding, masked to the serial's last two digits."""
    return Finding(start, end, "P601", f"CPR-nummer ******-**{serial[2:]}")


_ANOTHER_PAIR = re.compile(r"[ \t]\d\d(?!\d)")


def _across_cells(text: str, date_end: int, serial_start: int) -> bool:
    """A tab between the date and the serial, in a row of an export: more tabs on the line, or on the line above or
    below ('CPR:<tab>211124<tab>2101' alone is a label and its number)."""
    if "\t" not in text[date_end:serial_start]:
        return False
    begin, stop = text.rfind("\n", 0, date_end) + 1, line_end(text, serial_start)
    if text.count("\t", begin, date_end) + text.count("\t", serial_start, stop) > 1:
        return True
    above = text.rfind("\n", 0, max(0, begin - 1)) + 1
    return "\t" in text[above:max(above, begin - 1)] or "\t" in text[stop + 1:line_end(text, stop + 1)]


def _named_otherwise(text: str, start: int) -> bool:
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    return _OTHER_NUMBER.search(text, max(line_start, start - 40), start) is not None


def _found_already(found: list[Finding], start: int, end: int) -> bool:
    return any(f.start < end and start < f.end for f in found)


# Digits with the separators CPR and phone numbers are written with. Regexes that start with a
# lookbehind are slow to scan with, so they only run inside these runs (plus two characters, for
# their lookaheads).
_NUMBER_RUN = re.compile(rf"[+\d][\d \t\u00a0.()>\n{_DASH}]{{6,}}\d")


def number_runs(text: str, regions: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The runs of digits and separators with eight digits or more, within regions (the anchors' stretches), and
    those of six digits in three pairs (a Greenlandic phone number: '98 78 52')."""
    runs = []
    for start, end in within(text, regions):
        for m in _NUMBER_RUN.finditer(text, start, end):
            count = sum(ch.isdigit() for ch in m.group())
            if count >= 8 or (count == 6 and _PAIRS.search(m.group())):
                runs.append((m.start(), min(len(text), m.end() + 2)))
    return runs


def within(text: str, spans: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The stretches a rule reads: those its anchors gave, or (without anchors) the whole text."""
    return [(0, len(text))] if spans is None else spans


def _cpr_date(day: int, month: int, year: int, seventh: str) -> bool:
    """The first six digits must be a real date; digit 7 gives the century. Never modulus 11."""
    s = int(seventh)
    if s <= 3:
        century = 1900
    elif s in (4, 9):
        century = 2000 if year <= 36 else 1900
    else:
        century = 2000 if year <= 57 else 1800
    return _valid_date(century + year, month, day)


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


# --- Phone numbers (P602) ---------------------------------------------------

_PREFIXED = re.compile(r"(?<![\w+])(?:\+|00)[ \t]?45\)?[ \t.-]?(?:\(0\)[ \t]?)?(\d(?:[ \t.-]?\d){7})(?!\d)")  # '(+45) 28457612'
# Another country's number: '+380 93 117 42 86', '+299 52 18 44', '00 46 70 123 45 67', an area code in
# parentheses: '+90 (505) 202 2596' (spaces or dashes only: '+100.000 kr.' is no number to call).
_FOREIGN = re.compile(r"(?<![\w+])(?:\+|00[ \t]?)[ \t]?(?!45)([1-9]\d{0,2})\)?[ \t-]?(?:\(0\)[ \t]?|\(\d{1,4}\)[ \t-]?)?"
                      r"(\d(?:[ \t-]?\d){5,11})"
                      r"(?![\d.,]\d|\d|<)")  # not a payment slip's code ('+71< 000000452781934 +85217754<')
_TEL_LINK = re.compile(r"(?i)\btel:[ \t]*([+\d(][\d \t.()+-]{6,24}\d)")
_GROUPED = re.compile(r"(?<![\d.,:/-])[2-9]\d([ .-])\d\d\1\d\d\1\d\d(?!\d|[.,:-]\d)")
_FOUR_FOUR = re.compile(r"(?<![\d.,:/-])([2-9]\d{3})[ -](\d{4})(?!\d|[.,:-]\d)")
_BARE = re.compile(r"(?<![\d.,:/-])[2-9]\d{7}(?!\d|[.,:-]\d)"
                   r"|(?<![\d.,:/-])(?<!\d )[2-9](?: \d){7}(?!\d| \d)"  # ... or dictated digit by digit: '2 6 1 8 8 7 1 5'
                   # ... or grouped loosely in a hurry: '51 39 2993', '5362 54 76'
                   r"|(?<![\d.,:/-])(?<!\d )[2-9]\d(?: \d\d \d{4}|\d\d \d\d \d\d)(?!\d|[.,:-]\d| \d)")
# Two, three and three digits ('71 789 505'): a phone number only where the text says so, as amounts and counts
# are grouped in threes too ('25 000 000').
_TWO_THREE_THREE = re.compile(r"(?<![\d.,:/-])[2-9]\d[ ]\d{3}[ ]\d{3}(?!\d|[.,:-]\d| \d)"
                               r"|(?<![\d.,:/-])[2-9]\d\d[ ]\d\d[ ]\d{3}(?!\d|[.,:-]\d| \d)"  # ... or 3-2-3: '538 05 938'
                               # ... or a Swedish number with its trunk's nought: '070-672 56 24', '08-123 45 67'
                               r"|(?<![\d.,:/-])0[1-9]\d{0,2}-\d{2,3}[ ]\d\d[ ]\d\d(?!\d|[.,:-]\d| \d)")
_PHONE_WORDS = re.compile(r"(?i)(?:(?:\b|_)tlf|\btel\b|telefon|mobil|\bmob\b|\bring|\bsms|fastnet|direkte|\bkontakt"
                          r"|\bnås\b|\bnaas\b|\btræffes\b|\bskrev fra|\bringede fra|\bkom fra|\bopkald fra|\blokal(?:nr|nummer)"
                          r"|\bnødnummer\b|\bnødkontakt"  # someone's for an emergency: 'Yodit henter; nødnummer 93065765'
                          r"|\bcall[ -]?back|\bmobilepay|\bsend(?:t|e)? til|\boverført til)"  # money sent to a phone
                          r"[^\n\d]{0,24}$")
_NOT_PHONE = re.compile(r"(?i)(?:\bcvr|hovednummer|omstilling|switchboard|zentrale|hotline|døgntelefon|vagttelefon|lægevagt|linjen\b|vagten\b|"
                        r"vagtcentral|\bean\b|\bse-?nr|\bp-?nr|\bkonto|reg\.?[ -]?nr|faktura[ .-]*(?:nr|nummer)|ordre(?:nr|nummer)|"
                        r"\bsags(?:nr|nummer)|journal(?:nr|nummer)|\bj\.[ ]?nr|\bkle\b|bilag|isbn|postnr|\bid\b)"
                        r"[^\n\d]{0,24}$")


# A body's own label right before its number with a country's prefix, in Danish, English or German.
_BODYS_LABEL_BEFORE = re.compile(r"(?i)(?:hovednummer|hovednr|omstilling|switchboard|zentrale|main[ ](?:number|line))"
                                 r"\.?[ \t]*:?[ \t]*$")


def _public(before: str) -> bool:
    """A body's number by the words before it, unless a person's word stands after them ('Advokatfirmaet
    Kystlinjen, direkte 91 76 19 80')."""
    public = _NOT_PHONE.search(before)
    return public is not None and _A_PERSONS_LINE.search(before, public.start() + 1) is None


_A_PERSONS_LINE = re.compile(r"(?i)\b(?:direkte|privat|private|hans|hendes|sit|sin|intern)\b[^\n\d]{0,24}$")


# Before eight plain digits, "nummer" as a word of its own is a phone number's ("gav sit nummer, 23456789");
# in a compound (sagsnummer, kundenummer) it names another number, and '2026-0412' after it is a case number.
_NUMBER_WORD = re.compile(r"(?i)(?:\bnummer(?:et)?\b|\bnumre(?:ne)?\b|tr(?:æ|ae)ffes|\bnumber\b|\bphone\b"
                          r"|(?:s|\bny|\bnye|\bnyt|\bmit|\bmin|\bsit|\bsin|\bhans|\bhendes|\bderes)[ \t]+nr\b\.?"
                          r"|\b(?:hun|han|jeg|vi|de|mor|far)[ \t]+har[ \t]+nr\b\.?"  # not 'Skadesanmeldelsen har nr.'
                          r"|\bnr\.?[ \t]+er\b|\bskiftet[ \t]+nr\b\.?[ \t]+til\b"
                          r"|\b(?:gav|giver|efterlod|efterlader|opgav|opgiver)[ \t]+(?:sit[ \t]+|et[ \t]+)?nr\b\.?"  # 'efterlod
                          # nr. 27472548'
                          r"|\b(?:det|den)[ \t]+nye[ \t]+er\b"  # 'mor har skiftet, det nye er 96799515'
                          r"|\w*listen[ \t]+med\b)[^\n\d]{0,24}$"  # 'skrevet på hentelisten med 26922920'
                          # a home, then the number the one living there has: '... bor på Møllevej 82 i Hjørring og har '
                          r"|\bbor[ \t]+på[ \t]+[A-ZÆØÅ][^\n]{2,50}?\d[^\n]{0,30}?[ \t]og[ \t]+har[ \t]*$"
                          r"|(?-i:[A-ZÆØÅ][^\W\d_]+[ \t]+[A-ZÆØÅ](?:['’][A-ZÆØÅ])?[^\W\d_]+),[ \t]*nr\.?[ \t]*$"  # 'Lene Krogh,
                          # nr 20064154', "Charlotte O'Connor, nr ..."
                          r"|^[ \t]*(?-i:Fra)[ \t]+$"  # a message's sender at a line's start: 'Fra 92080598 (kl. 10:55): ...'
                          r"|\b(?:hans|hendes|mit|min|sit|sin)[ \t]*:[ \t]*$")
_MAIL_HOST = r"@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"  # a mail address's '@' and domain, as a contact line gives it
_KIN_WORDS = ("mor|far|mormor|morfar|farmor|farfar|moster|faster|morbror|farbror|bror|søster|plejemor|plejefar|"
              "forælder|forældre|plejefamilie|plejefamilien|plejeforældre|"  # 'opsamling Mågevej 94, forælder 87444497'
              "stedfar|stedmor|onkel|tante|nabo|naboen|ven|veninde|kæreste")
# A professional's word, as a contact list names them: 'Sagsbehandler: Erik Andersen, Næstved Kommune, 52993265'.
_ROLE_WORDS = ("sagsbehandler|rådgiver|socialrådgiver|behandler|familiebehandler|kontaktperson|mentor|pædagog|lærer"
               "|klasselærer|psykolog|sundhedsplejerske|læge|advokat|bisidder|værge|tolk|vejleder|træner")
_ON = re.compile(rf"(?i)\b(?:på|paa)[ \t]*$|(?:^|[·|;][ \t]*)[ \t*-]*(?:{_KIN_WORDS})[ \t]*:[ \t]*$",  # 'Mor: ... · Far: '
                 re.MULTILINE)
# A service number (70, 80) is a business's, unless the sentence says whose: 'sit nummer', 'direkte nummer'.
# A text message log's recipient: '08:00 → 80728882: FEJL – nummer ikke i brug'.
_SENT_TO = r"^[ \t]*\[?\d{1,2}[:.]\d\d\]?[ \t]*(?:→|->)[ \t]*$"
# What can be said of a person reached on a number: '... kan (nu) nås på', '... kan træffes på'.
_REACHED_ON_IT = r"(?:nås|naas|træffes|traeffes|kontaktes|ringes[ \t]+op)[ \t]+(?:på|paa)[ \t]*$"
_PERSONAL = re.compile(r"(?i)\b(?:sit|sin|mit|min|hans|hendes|direkte|privat|private|\w*mobil\w*)\b[^\n\d]{0,24}$"
                       # a person can be reached on it: 'Han kan naas paa 8O 19 63 79', 'mor kan nu træffes på'
                       rf"|\b(?:han|hun|jeg|{_KIN_WORDS})[ \t]+(?:nu[ \t]+)?kan[ \t]+(?:nu[ \t]+)?"
                       rf"{_REACHED_ON_IT}"
                       # whose, in parentheses ('Ændret telefonnummer (mor) til'); a text message's recipient
                       rf"|\((?:{_KIN_WORDS})\)[ \t]*(?:til|:)?[ \t]*$|{_SENT_TO}"
                       rf"|\b(?:tlf|telefon)\.?[ \t]+(?:[a-zæøå]+[ \t]+)?(?:{_KIN_WORDS})[ \t]*[:–-][ \t]*$"  # 'Tlf. nuværende plejefamilie: '
                       # a relative called on it: 'mor ringes op på', 'Mor, Mette Christensen, blev ringet op på'
                       rf"|\b(?:{_KIN_WORDS})(?:,[^,\n]{{1,40}},)?[ \t]+(?:ringes|blev[ \t]+ringet)[ \t]+op[ \t]+på[ \t]*$")
# A second number after the first: 'Telefon: +45 37 31 19 25 / 37804104'.
_ALSO = re.compile(r'(?i)[ \t]*"?[ \t]*(?:/|,|eller|el\.|og)[ \t]*"?[ \t]*')  # also a list's next: '"...", "75890423"'
# A table's column: '| Telefon |' above the cell.
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")
# 'Far på 53183283', a contact list's 'Mormor: 23296177'; not 'på 12345678 kr.'
_AMOUNT_AFTER = re.compile(r"(?i)[ \t]*(?:kr\b|kroner|dkk|%|,-|procent|mio|mia|timer|år\b)")


def phone(text: str, runs: list[tuple[int, int]] | None = None,
          tel_lines: list[tuple[int, int]] | None = None, service: bool = False) -> list[Finding]:
    """The phone numbers; with `service`, also the service-range numbers (code SERVICE), for `owned_service_numbers`
    to judge once the other findings are known."""
    found = []
    for start, end in within(text, tel_lines):
        found += [_phone(text, m, m.group(1)) for m in _TEL_LINK.finditer(text, start, end) if len(digits(m.group(1))) >= 8]
    for start, end in number_runs(text) if runs is None else runs:
        found += _phones_in_run(text, start, end, found)
    found += _written_again(text, found)
    return found if service else [f for f in found if f.code != SERVICE]


_EIGHT_ALONE = re.compile(r"(?<![\d.,:/-])[2-9]\d{7}(?![\d]|[.,:/-]\d)")


def _written_again(text: str, found: list[Finding]) -> list[Finding]:
    """A phone's digits written again without their grouping are that phone: 'Nyt nummer: 21-62-19-78 (det gamle
    21621978 ...)'."""
    numbers = {digits(text[f.start:f.end])[-8:] for f in found if f.code == "P602"}
    if not numbers:
        return []
    taken = [(f.start, f.end) for f in found]
    return [Finding(m.start(), m.end(), "P602", f"Telefonnummer ******{m.group()[-2:]}") for m in _EIGHT_ALONE.finditer(text)
            if m.group() in numbers and not any(start < m.end() and m.start() < end for start, end in taken)]


def owned_service_numbers(text: str, findings: list[Finding]) -> list[Finding]:
    """A service-range number (70, 80) is a business's, unless it is given for a person the guard found: named
    right before it ('Mor: Thu Hoang, tlf. 70 18 28 90', 'SSP: Louise, 80676758'), or in a row of the person's other
    data: a CPR number, a birth date, a name ('Naja Heilmann;110396-2127;...;90 14 14 19'). The rest are left out."""
    if not any(f.code == SERVICE for f in findings):
        return findings
    names = [f for f in findings if f.code in ("P606", "P607")]
    rows = [f for f in findings if f.code in ("P601", "P605", "P606")]  # a business's row may hold a mail too
    phones = [f for f in findings if f.code == "P602"]
    return [f if f.code != SERVICE else Finding(f.start, f.end, "P602", f.masked)
            for f in findings if f.code != SERVICE or _owned(text, f, names, rows)
            or _reached_in_the_sentence(text, f, names) or _beside_a_phone(text, f, phones)]


# Someone named in the sentence can be reached on it: 'Ingvar har givet samtykke ... og kan nås på 70 99 11 84'.
_REACHED_ON = re.compile(rf"\bkan[ \t]+(?:nu[ \t]+)?{_REACHED_ON_IT}")
# A person's second number beside the first: '| Tlf. | 49 42 85 55 | +45 70 01 72 63 |', '... / 70 01 72 63'.
_BESIDE = re.compile(r"[ \t]*(?:\||/|,|eller|el\.)[ \t]*")


def _reached_in_the_sentence(text: str, number: Finding, names: list[Finding]) -> bool:
    reached = _REACHED_ON.search(text, max(0, number.start - 30), number.start)
    if reached is None:
        return False
    begin = max(0, number.start - 160)
    for stop in _SENTENCE_BREAK.finditer(text, begin, number.start):
        begin = stop.end()
    return any(begin <= name.start and name.end <= reached.start()  # no other proper noun between: not 'Mette Holm
               and not _A_CAPITAL.search(text, name.end, reached.start()) for name in names)  # sagde, at Falck kan ...'


_A_CAPITAL = re.compile(r"(?<![^\W\d_])[A-ZÆØÅ]")


def _beside_a_phone(text: str, number: Finding, phones: list[Finding]) -> bool:
    return any(phone.end <= number.start and _BESIDE.fullmatch(text, phone.end, number.start) for phone in phones)


# Eight plain digits that fill a table's cell ('| Torben Holst, 020215-6145 | 21780364 | hentet af mormor').
_CELL_NUMBER = re.compile(r"(?<=[|·])[ \t]*([2-9]\d{7})[ \t]*(?=\||·|\n|$)")  # or a search result's: '· Part i sag · 25915393'


def phones_in_rows(text: str, findings: list[Finding]) -> list[Finding]:
    """Eight plain digits alone in a table's cell are a phone number in a row that holds a person's CPR number, birth
    date or name, as a log or a contact table gives them; a cell's digits in another row are a case's or an
    amount's."""
    rows = [f for f in findings if f.code in ("P601", "P605", "P606")] if "|" in text or "·" in text else []
    if not rows:
        return findings
    taken = [(f.start, f.end) for f in findings]
    found = []
    for m in _CELL_NUMBER.finditer(text):
        if any(start < m.end(1) and m.start(1) < end for start, end in taken):
            continue
        begin, stop = text.rfind("\n", 0, m.start()) + 1, line_end(text, m.end())
        if _EIGHT_DIGIT_DATE.fullmatch(m.group(1)) or not any(begin <= f.start and f.end <= stop for f in rows):
            continue
        if _OTHER_NUMBERS_HEADING.search(_column_heading(text, begin, text.count("|", begin, m.start()))):
            continue  # 'Bilagsnr. | Kreditor | CPR/CVR | Beløb': a firm's CVR number
        found.append(Finding(m.start(1), m.end(1), "P602", f"Telefonnummer ******{m.group(1)[-2:]}"))
    return sorted(findings + found, key=lambda f: f.start) if found else findings


# Eight plain digits alone in parentheses: 'Rådgiver HT (22174028) følger op', 'far Hung, f. 18.9.71 (46490025)'.
_PARENTHESISED_EIGHT = re.compile(r"\(([2-9]\d{7})\)")
_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+(?=[A-ZÆØÅ])|[:;\n]")  # not 'f. 18.9.71''s stops


def phones_in_parentheses(text: str, findings: list[Finding]) -> list[Finding]:
    """Eight plain digits in parentheses are a phone number when the clause before them names a person or gives a
    birth date ('bor i nærheden (50873503)' after 'sin søster Mahnoor Shah, som'); a case's number has no one there
    ('Sagen (20241234) er lukket')."""
    if "(" not in text:
        return findings
    people = [f for f in findings if f.code in ("P605", "P606")]
    taken = [(f.start, f.end) for f in findings]
    found = []
    for m in _PARENTHESISED_EIGHT.finditer(text) if people else ():
        if _EIGHT_DIGIT_DATE.fullmatch(m.group(1)) or any(s < m.end(1) and m.start(1) < e for s, e in taken):
            continue
        begin = max(0, m.start() - 80)
        for stop in _SENTENCE_BREAK.finditer(text, begin, m.start()):
            begin = stop.end()
        if any(begin <= f.start and f.end <= m.start() for f in people):
            found.append(Finding(m.start(1), m.end(1), "P602", f"Telefonnummer ******{m.group(1)[-2:]}"))
    return sorted(findings + found, key=lambda f: f.start) if found else findings


_OTHER_NUMBERS_HEADING = re.compile(r"(?i)cvr|\bnr\b|nummer|sag|beløb|konto|ean|bilag|\bid\b|journal|kunde|faktura")


def _column_heading(text: str, row: int, column: int) -> str:
    """The heading of a column: that cell in the first line of the table's block of lines above."""
    first = row
    while first > 0:
        above = text.rfind("\n", 0, first - 1) + 1
        if "|" not in text[above:first - 1]:
            break
        first = above
    cells = text[first:line_end(text, first)].split("|")
    return cells[column] if first != row and column < len(cells) else ""


def _owned(text: str, number: Finding, names: list[Finding], rows: list[Finding]) -> bool:
    if any(_holders_gap(text[name.end:number.start]) for name in names if number.start - 90 <= name.end <= number.start):
        return True
    begin, stop = text.rfind("\n", 0, number.start) + 1, line_end(text, number.end)
    cell = (_CELL_BEFORE.match(text[begin:number.start][::-1]) is not None
            or _LABELLED_CELL.search(text, begin, number.start) is not None)  # '| sms til 70 29 69 30 |'
    return cell and _CELL_AFTER.match(text, number.end) is not None and any(begin <= f.start and f.end <= stop
                                                                          for f in rows)


def _holders_gap(gap: str) -> bool:
    """Between a person's name and their number stand only a label, a role, a class or a line break ('Thu Hoang,
    tlf. ', 'Hamid Chaudhry kan kontaktes på ', 'Mathilde Svendsen, klasselærer 7.a, tlf. ', 'Taras Kovalenko &
    barnet, tlf. '); a date of birth, a mail address or a parenthesis are passed over."""
    if gap.count("\n") > 1:
        return False
    rest = LETTERS.sub(lambda word: "" if _holders_word(word.group().lower()) else "#", _ASIDE.sub(" ", gap))
    return not rest.strip(" \t\n,:;.&()–-")


def _holders_word(word: str) -> bool:
    return word in _HOLDERS_WORDS or word in PERSON_WORDS or word == "amp"


_HOLDERS_WORDS = frozenset("""og tlf tel telefon telefonnr mobil mob mobilnr direkte nr nummer på paa mail e kan nås naas
ring ringer ringede ringes kontaktes kontakte træffes fra""".split())  # 'Andrii ringer fra (+45) 80085507'
# Passed over between a name and its number: a parenthesis, a mail address, a birth ('f. 1988-06-30'), a class ('7.a').
_ASIDE = re.compile(rf"\([^()\n]{{0,30}}\)|\(|\)|[\w.+-]+{_MAIL_HOST}|\b(?:f\.|født)[ \t]*[\w.,/ -]{{4,20}}?(?=,|$)"
                    r"|\b\d{1,2}\.[ \t]?[a-z]\b")


# A number that fills a cell of its own: ';90 14 14 19;', '["80-89-11-57", '. What stands before is read backwards.
_CELL_BEFORE = re.compile(r'\(?[ \t]*(?:[;\t|]|"[ \t]*(?:[;,\[{:]|$)|$)')  # (reversed) a cell's '(+45) 9022 ...'
_LABELLED_CELL = re.compile(r"(?i)[;\t|][ \t]*(?:sms|ring|tlf|telefon|mobil)\.?(?:[ \t]+til)?[ \t]*:?[ \t]*$")
_CELL_AFTER = re.compile(r'[ \t]*(?:[;\t|]|"[ \t]*(?:[;,\]}]|$)|$)', re.MULTILINE)


def _phones_in_run(text: str, start: int, end: int, earlier: list[Finding]) -> list[Finding]:
    found = [_phone(text, m, m.group(1)) for m in _PREFIXED.finditer(text, start, end)
             if not _BODYS_LABEL_BEFORE.search(_before(text, m.start()))]  # 'Switchboard: +45 56 67 67 67'
    found += [Finding(m.start(), m.end(), "P602", f"Telefonnummer ******{digits(m.group())[-2:]}")
              for m in _FOREIGN.finditer(text, start, end)
              if not _overlaps(m, [(f.start, f.end) for f in found]) and not _AMOUNT_AFTER.match(text, m.end())
              and _foreign_is_phone(text, m)]
    taken = [(f.start, f.end) for f in earlier + found]
    for m in _GROUPED.finditer(text, start, end):
        if not _overlaps(m, taken) and not _public(_before(text, m.start())):
            found.append(_phone(text, m, m.group()))
    for m in _FOUR_FOUR.finditer(text, start, end):
        if not _overlaps(m, taken) and _four_four_is_phone(text, m):
            found.append(_phone(text, m, m.group()))
    for m in (*_BARE.finditer(text, start, end), *_TWO_THREE_THREE.finditer(text, start, end)):
        if not _overlaps(m, taken) and _said_to_be_a_phone(text, m, earlier + found):
            found.append(_phone(text, m, m.group()))
    for m in _PAIRS.finditer(text, start, end):
        if not _overlaps(m, taken + [(f.start, f.end) for f in found]) and _greenlandic(text, m, earlier + found):
            found.append(_phone(text, m, m.group()))
    return found


# Who called or wrote from it, with the time between ('ringede kl. 14.20 fra', 'ringede mor (Ubah Guled) fra'); a
# relative's word in parentheses ('Stine Bonde (mormor): ', '(moster), '); a mail address before ('... .dk eller ').
_CALLED_FROM = re.compile(r"(?i)\b(?:ring\w*|sms\w*|opkald\w*|skrev\w*|besked\w*|\w*telefon\w*|afbud)\b[^\n]{0,30}?\bfra[ \t]*$"
                          rf"|\((?:{_KIN_WORDS})\)[ \t]*[:,–-]?[ \t]*$|\((?:{_KIN_WORDS}|{_ROLE_WORDS})[ \t]*,[ \t]*$"
                          rf"|{_SENT_TO}"
                          r"|^[ \t]*[TMD]\.?[ \t]*:?[ \t]*$"  # a signature's 'T 71745803', 'D: 49092410' (direct)
                          rf"|{_MAIL_HOST}[ \t]*(?:/|,|eller|el\.|og|or)[ \t]*$")


# Greenland's numbers have six digits, written in pairs; dates are written so too ('12 03 24'), so one that could be
# a date counts only where a word says phone.
_PAIRS = re.compile(r"(?<![\d.,:/+-])(?<!\d[ .-])[2-9]\d (\d\d) (\d\d)(?!\d|[ .,:/-]\d)")


def _greenlandic(text: str, m: re.Match, found: list[Finding]) -> bool:
    day, month = int(m.group()[:2]), int(m.group(1))
    if day <= 31 and 1 <= month <= 12:
        before = _before(text, m.start())
        return bool(_PHONE_WORDS.search(before) or _NUMBER_WORD.search(before)) and not _public(before)
    return _said_to_be_a_phone(text, m, found)


def _said_to_be_a_phone(text: str, m: re.Match, found: list[Finding]) -> bool:
    """Eight digits that are not grouped as phone numbers usually are: the text around says it is one."""
    before = _before(text, m.start())
    said = (_PHONE_WORDS.search(before) or _NUMBER_WORD.search(before) or _on_a_relatives_line(text, m)
            or _CALL_TO.search(text, max(text.rfind("\n", 0, m.start()) + 1, m.start() - 60), m.start())
            or _NUMBER_TOLD.search(text, max(text.rfind("\n", 0, m.start()) + 1, m.start() - 70), m.start())
            or _asked_for(text, m.start())
            or _KIN_AFTER.match(text, m.end())  # '9100 6681 (mor) og 93951463 (far)'
            or _PRIVATE_AFTER.match(text, m.end())  # '98132736 (privat, kun i nødstilfælde)'
            or (_KIN_BEFORE.search(text, max(text.rfind("\n", 0, m.start()) + 1, m.start() - 40), m.start())
                and not _AMOUNT_AFTER.match(text, m.end()))  # 'skriv til hendes mor 30742411'
            # these say whose only where no amount follows ('på 12345678 kr.')
            or ((_ADDRESS_BEFORE.search(before) or _CALLED_FROM.search(before) or _ON.search(before))
                and not _AMOUNT_AFTER.match(text, m.end()))
            or _after_a_phone(text, m, found) or _in_a_list_of_numbers(text, m, found) or _in_a_phone_row(text, m)
            or _alone_on_its_line(text, m) or _in_a_phone_column(text, m)
            or _MAIL_BEFORE.search(text, max(0, m.start() - 80), m.start())  # 'anne@x.dk · 61668288'
            or _MAIL_AFTER.match(text, m.end())  # 'TINA RASMUSSEN    71311488    tina.r@esbjerg.dk'
            or _CONTACT_LABEL.search(before)
            or _ending_a_chat_message(text, m)
            or _under_an_exports_phone_heading(text, m)
            or _after_a_person(text, m))
    return bool(said) and not _public(before)


# A contact line: a mail address, then the number ('freja@aabrinken-psykologer.dk · 27 97 37 91', '| a@b.dk | ...').
_MAIL_BEFORE = re.compile(rf"{_MAIL_HOST}[ \t]*[·|,/–-][ \t]*$")
_MAIL_AFTER = re.compile(rf"[ \t]*[·|,/–-]?[ \t]*[\w.+-]+{_MAIL_HOST}")
# A chat's message that gives a number after a name or two: '18/11/24 12.58 yurii: berkay öztürk 93465151'.
_CHAT_SPEAKER_THEN_WORDS = re.compile(r"(?:\[?[\d/.-]{0,10}[ \t]*\d{1,2}[:.]\d\d\]?|@[\w.-]+)[^\n:]{0,30}:[ \t]+"
                                      r"(?:[^\W\d_]+[ \t]+){1,3}$")


def _ending_a_chat_message(text: str, m: re.Match) -> bool:
    line = text.rfind("\n", 0, m.start()) + 1
    return (not text[m.end():line_end(text, m.end())].strip()
            and _CHAT_SPEAKER_THEN_WORDS.match(text, line, m.start()) is not None)


# Asked to call someone, with a clause between: 'ring til min mor hvis hun spørger: 40056694'.
_CALL_TO = re.compile(r"(?i)\bring(?:e|er)?\b[^\n\d]{0,45}[:.!][ \t]*$")  # 'Ring endelig, hvis der er noget: ', '... at skrive. 96108718'
# Someone's number told, then written after a colon: 'Mette sagde sit nye nummer højt, så det kunne noteres: ...'.
_NUMBER_TOLD = re.compile(r"(?i)\b(?:sit|sin|hans|hendes|mit|min|dit|din|deres)[ \t]+(?:nye[ \t]+)?(?:telefon|mobil)?"
                          r"(?:nummer|nr\.?)[^\n\d]{0,50}:[ \t]*[\"“„»']?$")  # 'sit nummer langsomt ...: "92582421"'

# The line before asks for it: 'taler 1 og dit telefonnummer' / 'taler 2 28926677 men ...'.
_ASKED_FOR = re.compile(r"(?i)(?:\b(?:dit|din|jeres|hans|hendes|deres)[ \t]+(?:nye[ \t]+)?(?:telefon)?nummer|telefonnummer"
                        r"|\btlf\.?|\bmobil)[^\n\d]{0,40}\n[^\n]{0,24}$")
# After an address and a comma, in a contact list: 'Vinkelvej 144A, 3400 Hillerød, 41736248', '3. mf., 26880586'.
_ADDRESS_BEFORE = re.compile(r"(?:\b\d{4}[ \t]+[A-ZÆØÅ][^\W\d_]+(?:[ \t]+[A-ZÆØ]{1,2})?|\b(?:st|th|tv|mf|sal)\.?"
                             r"(?:[ \t]*,[ \t]*[A-ZÆØÅ][a-zæøå]+)?)[ \t]*,[ \t]*$")


def _asked_for(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start)
    return line > 0 and _ASKED_FOR.search(text, text.rfind("\n", 0, line) + 1, start) is not None


_KIN_AFTER = re.compile(rf"(?i)[ \t]*\((?:{_KIN_WORDS})\)")
_PRIVATE_AFTER = re.compile(r"(?i)[ \t]*\([ \t]*(?:privat|mobil|hjemme|egen)\b")
# 'far ..., behandler 43727060', a relative's name between: 'Arnel M. far mark anthony 51419570'
_KIN_BEFORE = re.compile(rf"(?i)(?<![^\W\d_])(?:{_KIN_WORDS}|{_ROLE_WORDS})(?:[ \t]+[^\W\d_]+){{0,3}}(?:[ \t]+[–-])?[ \t]+$"
                         rf"|(?<![^\W\d_])er[ \t]+(?:{_KIN_WORDS})s[ \t]*:[ \t]*$")  # '... siger er fars: 31442291'
_EIGHT_DIGIT_DATE = re.compile(r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d")
_PARENTHESIS_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*\([ \t]*$")


def _after_a_person(text: str, m: re.Match) -> bool:
    """In parentheses or after a comma right after a person: 'naboen Bilal Abu Khalil (35618800)', 'Piotr (81 094
    083)', 'mormor Najaaraq Lyberth, 98785212'; not after a place ('Vejle, 20251234')."""
    before = (_NAME_THEN_BODY.search(text, max(0, m.start() - 70), m.start())  # 'Karen Larsen, Slagelse Kommune, '
              or _PARENTHESIS_BEFORE.search(text, max(0, m.start() - 40), m.start())
              or _COMMA_BEFORE.search(text, max(0, m.start() - 40), m.start())
              or _NAME_BEFORE_NUMBER.search(text, max(0, m.start() - 40), m.start())  # 'Emma Jensen 20048806'
              or _NAME_COLON_BEFORE.search(text, max(0, m.start() - 40), m.start())  # '– Yrsa: 60769192'
              or _NAME_IN_PARENTHESES.search(text, max(0, m.start() - 40), m.start()))  # '(Frederik 28843433)'
    if before is None or before.group(1).islower():  # 'Clara Madsen, mormor – 92112441', 'Loke Storm, træner – '
        before = _PERSON_AND_ROLE_BEFORE.search(text, max(0, m.start() - 60), m.start()) or before
    if before is None or not before.group(1)[0].isupper() or _EIGHT_DIGIT_DATE.fullmatch(m.group()):
        return False  # 'Thorbjørn Ladefoged (23041959)': a date of birth, read as one by birth_date
    return _names_a_person(text, before.start(1), before.group(1)) and not _AMOUNT_AFTER.match(text, m.end())


def _names_a_person(text: str, start: int, word: str) -> bool:
    """`is_person`, for a name in capitals too: 'HAMID AHMADZAI, 26570614', 'Vedrørende: YUSUF YILMAZ, 18/01-08'."""
    from .unlisted_names import is_person  # it reads this module's towns
    from .name_list import lexicon

    if is_person(text, start, word.capitalize() if word.isupper() and len(word) >= 3 else word):
        return True
    if not word.isupper():
        return False
    run = _CAPITALS_BEFORE.search(text, max(0, start - 60), start)  # 'Barn: VIBEKE EGAL – 4 February 2013'
    return run is not None and any(part.lower() in lexicon() for part in re.split(r"[ \t'’-]+", run.group(1))
                                   if len(part) >= 3)


_CAPITALS_BEFORE = re.compile(r"(?<![^\W\d_])((?:[A-ZÆØÅ][A-ZÆØÅ]*[ \t'’-]+){1,3})$")  # "KASPER O'", 'LYKKE RAVN-'


_COMMA_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*[,–][ \t]*$")  # 'Zainab Andersen – 53625449'
_NAME_COLON_BEFORE = re.compile(r"(?<![^ \t–-])([A-ZÆØÅ][a-zæøå]+)[ \t]*:[ \t]*$")  # a first name as a list's label
_PERSON_AND_ROLE_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*(?:,[ \t]*[a-zæøå]+(?:[ \t]+[a-zæøå]+){0,2}[ \t]*[,–]"
                                     r"|\([ \t]*[a-zæøå][^()\n]{0,40}\)[ \t]*[,:–-]"  # '(ambulatoriet, afsnit P5), '
                                     # whose kin: 'Jesper Brøndum (Mathildes far) – '
                                     rf"|\([ \t]*[A-ZÆØÅ][^\W\d_]*(?:s|'|’)[ \t]+(?:{_KIN_WORDS})[ \t]*\)[ \t]*[,:–-])"
                                     r"[ \t]*$")  # 'Clara Madsen, mormor – ', 'Asger Hyldgaard (klasselærer), '
# A professional's name, their municipality after it: 'Henvist af: Karen Larsen, Slagelse Kommune, 55196117'.
_NAME_THEN_BODY = re.compile(r"([A-ZÆØÅ][^\W\d_]+)[ \t]*,[ \t]*[A-ZÆØÅ][^\W\d_]+(?:[ \t-]+[A-ZÆØÅ][^\W\d_]+)?[ \t]+"
                             r"(?:Kommune|Kommunes?[ \t]+[A-ZÆØÅ][^\W\d_]+)[ \t]*,[ \t]*$")
_NAME_IN_PARENTHESES = re.compile(r"\(([^\W\d_]+)[ \t]+$")  # 'Łukasz' too: the caller asks for a capital
# two words, the last a name's, hyphenated too ('Emil Stougaard-Juhl 56144846')
_NAME_BEFORE_NUMBER = re.compile(r"(?<=[^\W\d_][ \t])([A-ZÆØÅ][^\W\d_]+)(?:-[A-ZÆØÅ][^\W\d_]+)?[ \t]+$")


# 70 (shared cost) and 80 (free): a business's number, unless said to be a person's. A premium-rate 90 number is
# no body's line in case work (helplines are 70, 80 or short), so a 90 number there is read as anyone's.
SERVICE = "service"


# A body's own line, said after the number: 'Telefon: 55 88 55 88 (hovednummer)'; with a number of its own the
# parenthesis is about that other number.
_PUBLIC_AFTER = re.compile(r"(?i)[ \t]*[(,–-]?[ \t]*(?:hovednummer|hovednr|omstilling|sekretariat|borgerservice)")
_NUMBER_IN_PARENTHESES = re.compile(r"[ \t]*\([^()\n]*\d")


# A home's address before the number, on its line or on the line above: 'Kirkevej 118, 4. th., 5700 Svendborg, tlf.
# 90845900', 'Adresse: Lupinvej 1, 2. th, 6200 Aabenraa\nTelefon: +45 9004 7856'.
# Case matters for the town ('1813 eller 70 11 07 07' is no postcode and town).
_HOME_BEFORE = re.compile(r"(?:\b\d{4}[ \t]+[A-ZÆØÅ][^\W\d_]+|\b(?:st|th|tv|mf)\.?)[^\n\d]{0,24}$"
                          r"|\b\d{4,5}[ \t]+[A-ZÆØÅ][^\W\d_]+[^\n\d]{0,4}\n[ \t*-]*(?i:tlf|telefon|mobil|tel)\.?"
                          r"(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*:?[ \t]*\(?$")  # 'Kharkiv\nTlf. (DK): 70 73 00 37'


def _at_a_home(text: str, start: int) -> bool:
    """A service number (70, 80) given at a home's address is the person's who lives there."""
    line = text.rfind("\n", 0, start)
    begin = text.rfind("\n", 0, line) + 1 if line > 0 else line + 1
    return _HOME_BEFORE.search(text, max(begin, start - 120), start) is not None


# Whose it is, by a relative's or a person's genitive, or a person reached on it: 'mors nummer er', "Lars' nye
# nummer er", 'Frej kan træffes på'; the owner's word is asked of the name list (not 'Kommunens nummer er').
_OWNERS_NUMBER = re.compile(r"(?:(?<![^\W\d_])(?P<kin>[^\W\d_]+)s|(?P<owner>[A-ZÆØÅ][^\W\d_]+)(?:s|'|’))[ \t]+"
                            r"(?:nye[ \t]+)?(?:telefon|mobil)?(?:nummer|nr\.?)(?:[ \t]+er)?[ \t]*:?[ \t]*$"
                            rf"|(?P<reached>[A-ZÆØÅ][^\W\d_]+)[ \t]+kan[ \t]+(?:nu[ \t]+)?{_REACHED_ON_IT}")


def _owners_number(before: str) -> bool:
    from .name_list import lexicon  # it reads this module's towns

    m = _OWNERS_NUMBER.search(before)
    if m is None:
        return False
    if m.group("kin"):
        return re.fullmatch(_KIN_WORDS, m.group("kin").lower()) is not None
    owner = (m.group("owner") or m.group("reached")).lower()
    return lexicon().get(owner) == "name" and owner not in field_words()  # not 'Falck kan kontaktes på'


def _phone(text: str, m: re.Match, number: str) -> Finding:
    """The finding; a service number (a business's, a helpline's) is kept as such until the end, so that no part
    of it is read again."""
    line_start = text.rfind("\n", max(0, m.start() - 70), m.start()) + 1
    before = text[max(line_start, m.start() - 70):m.start()]
    personal = _PERSONAL.search(before) is not None or _owners_number(before)
    service = (digits(number)[-8:][:2] in ("70", "80") and not personal and not _at_a_home(text, m.start())
               or _helpline_before(text, m.start(), number)
               or (_PUBLIC_AFTER.match(text, m.end()) is not None  # not 'direkte 53 06 72 88 (hovednummer 66 ...)'
                   and not (personal and _NUMBER_IN_PARENTHESES.match(text, m.end()))))
    return Finding(m.start(), m.end(), SERVICE if service else "P602", f"Telefonnummer ******{digits(number)[-2:]}")


# A contact list's line about a relative: 'Moster: Solvejg Lund, 29457575', 'Mor ...... Trine Ravn, 75809763',
# 'SINDÎ, Rêbaz – far, fælles forældremyndighed – 64754887'.
_RELATIVES_LINE = re.compile(rf"(?im)(?:^[ \t*-]*(?:{_KIN_WORDS}|{_ROLE_WORDS})[ \t]*(?::|\.{{3,}})|[–-][ \t]*(?:{_KIN_WORDS})[ \t]*,)"
                             rf"[^\n\d]{{0,60}}(?:(?:født|f\.)[ \t]*[^\n;]{{4,24}}?)?[,–-][ \t]*$")  # a birth between


def _foreign_is_phone(text: str, m: re.Match) -> bool:
    """'+46 ...' is a number to call; so is '0046 61 073 0263', but ten digits after '00' in one run need a word
    that says phone ('Sagsnr. 0012345678' is a case number)."""
    before = _before(text, m.start())
    if _public(before):
        return False
    grouped = not m.group().isdigit()
    return text[m.start()] == "+" or grouped or bool(_PHONE_WORDS.search(before) or _NUMBER_WORD.search(before))


# A named helpline or counselling line before the number: 'ForældreTelefonen (35 55 55 59)', 'nummeret til
# Børnetelefonen hos Børns Vilkår, ...'; a person's own ('Mobiltelefonen: ...') is not one.
_HELPLINE = re.compile(r"\b(?!Mobil|Fastnet|Privat|Egen|Arbejds)[A-ZÆØÅ][\w-]*(?:[Tt]elefonen|[Ll]injen|[Ll]inien)\b"
                       r"[^\n\d]{0,40}$"
                       # an organisation's line: 'Børns Vilkårs forældretelefon'
                       r"|\b[A-ZÆØÅ][\w-]*s[ \t]+(?!mobil|fastnet|privat|arbejds|hjemme|egen)[a-zæøå]+"
                       r"(?:telefon|linje|linie|rådgivning)(?:en)?[ \t]*:?[ \t]*$"
                       # a public body's own number: 'rådgivningen i Familieretshuset 72 56 70 00'
                       r"|\b[A-ZÆØÅ][\w-]*(?:huset|styrelsen|nævnet|tilsynet|retten|ministeriet|politiet)[ \t]*"
                       r"(?:[:,(][ \t]*)?(?:(?:på|tlf\.?|telefon)[ \t]*)?$"  # 'Familieretshuset (tlf. 72 56 70 00)'
                       # ... as the subject that can be reached: 'Ankestyrelsen kan kontaktes på 33 41 12 00'; not
                       # someone from it ('Hanne fra Familiehuset kan kontaktes på')
                       r"|(?:(?<![^\n])|(?<=[.!?:|][ \t]))[ \t]*(?:[A-ZÆØÅ][\w-]*(?:huset|styrelsen|nævnet|tilsynet|retten"
                       r"|ministeriet|politiet)|(?:Folketingets[ \t]+)?Ombudsmand(?:en)?"
                       r"|Kommunens[ \t]+(?:rådhus|borgerservice|hovednummer|omstilling))"  # 'Kommunens rådhus har telefon'
                       r"[ \t]+(?:kan[ \t]+(?:kontaktes|træffes"
                       r"|nås)[ \t]+(?:på|tlf\.?|telefon)|har[ \t]+(?:telefon(?:nummer|nr\.?)?|tlf\.?|nummer(?:et)?))[ \t]*$")
# Where to turn, said of no one by name: 'Spørgsmål kan rettes til ...', 'Henvendelser sker via ...'.
_ASKED_OF_NO_ONE = re.compile(r"(?i)\b(?:spørgsmål|henvendelse|henvendelser)\b,?(?:[ \t]+[a-zæøå,]+){1,8}[ \t]*$")
# A unit of an office, named in lower case or as a compound: 'sundhedsplejen', 'Familieafsnittet', 'SMS-tjenesten'.
_UNIT = (r"\b[\w-]*(?:plejen|opkrævningen|afdelingen|forvaltningen|sekretariatet|kontoret|centret|centeret"
         r"|visitationen|rådgivningen|afsnittet|tjenesten|enheden|teamet|holdet|vagten|døgnvagt|huset|retten)")
# A municipality's or a department's switchboard: 'Svendborg Kommune, tlf. 72 20 00 00', 'Børn og Familie, tlf.
# 41 71 90 00'; a caseworker's direct line after the same words ends otherwise.
_SWITCHBOARD_BEFORE = re.compile(r"\b(?:[A-ZÆØÅ][\w-]*(?:afdelingen|forvaltningen|kommune)|Kommune|Familie)[ \t]*"
                                 r"(?:[:,][ \t]*)?(?:(?:på|tlf\.?|telefon)[ \t]*)?$"
                                 # ... or a unit named in lower case: 'Spørgsmål rettes til sundhedsplejen på ...'
                                 r"|\b(?:[a-zæøå][\w-]*)?(?:plejen|opkrævningen|afdelingen|forvaltningen|sekretariatet"
                                 r"|kontoret|centret|centeret|visitationen|rådgivningen)[ \t]*,?[ \t]+(?:på|tlf\.?|telefon)"
                                 r"[ \t]*$")
# A unit's number, hours or bookings ('tandplejens fælles tidsbestilling på', 'UU's nummer'), a unit that can be
# reached ('kan Familieafsnittet træffes på', 'via SMS-tjenesten eller på'), an office's acronym ('Kontakt UU på').
_UNITS_NUMBER_BEFORE = re.compile(rf"(?i:{_UNIT}s|\b(?:UU|PPR|SSP)['’]?s)[ \t]+(?:[a-zæøå]+[ \t]+)?(?:telefon\w*"
                                  r"|tidsbestilling|nummer|nr\.?)(?:[ \t]+(?:på|er|har(?:[ \t]+nummer)?))?[ \t:]*$"
                                  rf"|(?i:{_UNIT})(?:[ \t]+(?:kan[ \t]+)?træffes[ \t]+på|[ \t]*,?[ \t]+(?:eller|og)"
                                  r"[ \t]+(?:på|til)|[ \t]*,?[ \t]+(?:på|tlf\.?|telefon))[ \t]*$"
                                  # an alternative to a public number: 'ring ... via 112 eller 76 81 00 00'
                                  r"|\b(?:112|114|1813|116[ ]?111)[ \t]+eller[ \t]+(?:på[ \t]+)?$"
                                  r"|\b(?:UU|PPR|SSP|Borgerservice)(?:-\w+)?[ \t]*,?[ \t]+(?:på|tlf\.?|telefon|har)[ \t]*$")


def _helpline_before(text: str, start: int, number: str = "") -> bool:
    line_start = text.rfind("\n", max(0, start - 60), start) + 1
    if _switchboard_shaped(number) and _ASKED_OF_NO_ONE.search(text, max(line_start, start - 90), start):
        return True  # an office's switchboard: 'Spørgsmål kan rettes til den fuldmægtige, eller via 33 41 12 00'
    helpline = _HELPLINE.search(text, max(line_start, start - 60), start)
    if helpline is not None:  # unless a person's line at a firm of that name: 'Advokatfirmaet Kystlinjen, direkte ...'
        return _A_PERSONS_LINE.search(text, helpline.start() + 1, start) is None
    if _in_a_letterhead(text, line_start, start) or _a_roles_clause(text, start):
        return True
    if _switchboard_shaped(number) and (_under_a_unit(text, line_start, start)  # its people may stand above it
                                        or _under_a_role(text, line_start, start)
                                        or _an_offices_row(text, start, number)
                                        or _UNITS_NUMBER_BEFORE.search(text, max(line_start, start - 60), start)):
        return True
    switchboard = _SWITCHBOARD_BEFORE.search(text, max(line_start, start - 60), start)
    return switchboard is not None and (digits(number).endswith("00") or _named_alone(text, switchboard.start()))


def _switchboard_shaped(number: str) -> bool:
    """An office's number as offices choose them: ending in 00, the same pair three times ('99 31 31 31') or two
    pairs twice ('33 66 33 66')."""
    last = digits(number)[-8:]
    return last.endswith("00") or (len(last) == 8 and (last[2:4] == last[4:6] == last[6:8] or last[:4] == last[4:]))


# A signature's phone line under the unit's line: 'Juridisk konsulent, Næstved Kommune\nTlf. 72 36 00 00'.
_PHONE_LABEL_ALONE = re.compile(r"(?i)[ \t*]*(?:tlf|telefon|telefontid|tel)\.?[ \t]*:?[ \t]*$")
_UNIT_LINE_END = re.compile(r"(?:\bKommune|\bRegion[ \t]+\w+)[ \t,]*$")


def _in_a_letterhead(text: str, line_start: int, start: int) -> bool:
    """A letter's head: the municipality on the text's first line, its unit under it ('Børn og Unge, Myndighed',
    'SSP-sekretariatet'), then 'Tlf.': the office's number, whatever its shape. A person's name instead of the unit
    ('Anne Holm') keeps it a direct line."""
    if line_start < 2 or _PHONE_LABEL_ALONE.fullmatch(text, line_start, start) is None:
        return False
    unit_start = text.rfind("\n", 0, line_start - 1) + 1
    head_start = text.rfind("\n", 0, max(0, unit_start - 1)) + 1 if unit_start else -1
    if head_start < 0 or text[:head_start].strip() or not _UNIT_LINE_END.search(text, head_start, unit_start - 1):
        return False
    from .name_list import lexicon  # it reads this module's towns

    words = LETTERS.findall(text, unit_start, line_start - 1)
    return bool(words) and all(in_dictionary(w.lower()) or w.lower() in domain() or w.isupper() for w in words
                               if w[0].isupper()) and not any(lexicon().get(w.lower()) == "name" for w in words)


def _under_a_unit(text: str, line_start: int, start: int) -> bool:
    return (line_start >= 2 and _PHONE_LABEL_ALONE.fullmatch(text, line_start, start) is not None
            and _UNIT_LINE_END.search(text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1) is not None)


def _under_a_role(text: str, line_start: int, start: int) -> bool:
    """'Udvalgssekretær\nTlf. 72 52 00 00', 'Sagsbehandler: socialrådgiver\nTlf.: ...': a professional's role and no
    name on the line above, nor on the line above that (a signature's 'Maja Lauridsen\nUdvalgssekretær\nTlf.'), so
    the switchboard's number is the office's (a relative's is someone's: 'Mor\nTlf.')."""
    if line_start < 2 or _PHONE_LABEL_ALONE.fullmatch(text, line_start, start) is None:
        return False
    role_start = text.rfind("\n", 0, line_start - 1) + 1
    words = [w.lower() for w in LETTERS.findall(text, role_start, line_start - 1)]
    if not words or not all(a_staff_word(w) for w in words):
        return False
    above = text[text.rfind("\n", 0, max(0, role_start - 1)) + 1:max(0, role_start - 1)] if role_start else ""
    return not above.strip() or ":" in above or "hilsen" in above.lower()


def _an_offices_row(text: str, start: int, number: str) -> bool:
    """A table's row that gives a professional's role and a number ending in 0000, or opens with an office's unit, and
    no one's name: '| Sagsbehandler | koordinerer | 72 36 00 00 |' is the office's switchboard."""
    begin = text.rfind("\n", 0, start) + 1
    if not any(separator in text[begin:start] for separator in ("|", "\t", ";")):
        return False
    words = [w.lower() for w in LETTERS.findall(text, begin, line_end(text, start))]
    if any(_A_UNITS_WORD.fullmatch(w) for w in words[:3]):  # '| Kommunens døgnvagt | uden for åbningstid | 89 70 10 00',
        # '| Sagsbehandler | Ungeteamet | 33 66 33 66 |', '| Sagsbehandler | team Syd | ...'
        return all(a_staff_word(w) or ((in_dictionary(w) or _A_UNITS_WORD.fullmatch(w)) and w not in PERSON_WORDS)
                   for w in words)
    if words and all(a_staff_word(w) or w in ACRONYMS for w in words) and any(map(a_staff_word, words)):
        return True  # a phone tree's row of roles only: '8<tab>skoleleder<tab>96 84 60 00<tab>viceskoleleder'
    return digits(number).endswith("0000") and _roles_and_words(words, lambda w: in_dictionary(w) and w not in PERSON_WORDS)


_A_UNITS_WORD = re.compile(_UNIT + "|kommunens?|team")


def _roles_and_words(words: list[str], a_word) -> bool:
    """A professional's role among the words, and every other one a word `a_word` accepts: no one's name."""
    return any(w in STAFF_WORDS for w in words) and all(a_staff_word(w) or a_word(w) for w in words)


_WEB_ADDRESS = re.compile(r"[\w.-]+\.(?:dk|com|org|net|eu)\b")


def _a_roles_clause(text: str, start: int) -> bool:
    """The clause so far gives a professional's role and no one's name, nor a relative: 'Sagsbehandler:
    Sagsbehandleren, 24 52 31 87', 'Kontakt: sagsbehandleren, sikker post via borger.dk, tlf. 66 13 13 72'."""
    begin = text.rfind("\n", 0, start) + 1
    for end in _CLAUSE_END.finditer(text, max(begin, start - 200), start):
        begin = end.end()
    clause = _WEB_ADDRESS.sub(" ", text[begin:start])  # 'via borger.dk': a site, no citizen
    # a field's value, not a sentence ('Chaufføren ringer til ...') nor a record's key ('"sagsbehandler_tlf": "')
    if ":" not in clause or _A_VERB.search(clause) or '"' in clause or "_" in clause:
        return False
    # a capital only where the clause or a field's value opens, or the field's own word ('Digital Post'): no name
    # ('Kontaktperson på stedet: Viet Van Dang, ')
    capitals = {m.group().lower() for m in LETTERS.finditer(clause) if m.group()[0].isupper() and m.start()
                and clause[:m.start()].strip(" \t*-•") and clause[:m.start()].rstrip()[-1] != ":"}
    return _roles_and_words([w.lower() for w in LETTERS.findall(clause)], lambda w: w in _LABELS_OF_NUMBERS or (
        w not in PERSON_WORDS and not _kin_form(w) and (in_dictionary(w) or w in domain())
        and (w not in capitals or w in domain())))


def _kin_form(word: str) -> bool:
    """A relative's word inflected: 'mosterens', 'farens', 'mors'."""
    return any(word.endswith(ending) and word[:-len(ending)] in FAMILY for ending in ("ens", "en", "s", "ns", "es"))


_A_VERB = re.compile(r"(?i)\b(?:kan|skal|vil|ringer|ringe|kontaktes|træffes|er|har|fra)\b")
_CLAUSE_END = re.compile(r"[.!?;][ \t]+(?=[A-ZÆØÅ])")  # not an abbreviation's point: 'tlf. 99 31 31 31'
_LABELS_OF_NUMBERS = frozenset("tlf tel telefon mobil mail e-mail direkte nr".split())


def _named_alone(text: str, body: int) -> bool:
    """The body is named with no one before it in its clause ('Kontakt Aalborg Kommune, tlf. 99 31 31 31'), so the
    number is its own; after a person ('Anne Holm, Aalborg Kommune, tlf. ...') it may be a direct line."""
    begin = max(text.rfind(mark, 0, body) for mark in (". ", "\n", ": ", "; ")) + 1
    words = [m.group() for m in LETTERS.finditer(text, begin, body)  # not a municipality's name: 'Aalborg
             if m.group().lower() != "kommune" and not _BEFORE_KOMMUNE.match(text, m.end())]  # Kommune 99 31 31 31, '
    return not any(word.lower() in PERSON_WORDS or word.lower() in _FIRST_PERSON or (i and word[0].isupper())
                   for i, word in enumerate(words))


_BEFORE_KOMMUNE = re.compile(r"[ \t]+[Kk]ommune\b")
_FIRST_PERSON = frozenset("jeg mig min mit mine".split())  # 'Jeg er ansat i Aalborg Kommune, tlf. ...': the writer's




def _on_a_relatives_line(text: str, m: re.Match) -> bool:
    begin = text.rfind("\n", 0, m.start()) + 1
    return m.start() - begin <= 120 and _RELATIVES_LINE.search(text, begin, m.start()) is not None \
        and not _AMOUNT_AFTER.match(text, m.end())


def _after_a_phone(text: str, m: re.Match, found: list[Finding]) -> bool:
    """'+45 37 31 19 25 / 37804104', '23 45 67 89 eller 34567890'."""
    return any(f.end <= m.start() <= f.end + 8 and _ALSO.fullmatch(text, f.end, m.start()) for f in found)


# An entry of a list of whom to call, a first name before the number: 'Nasrullah +45 64 87 54 53, Vigga 36661603'.
_ENTRYS_NAME = re.compile(r"(?:^|[,;][ \t]*)([A-ZÆØÅ][^\W\d_]+)[ \t]+$")


def _in_a_list_of_numbers(text: str, m: re.Match, found: list[Finding]) -> bool:
    begin = text.rfind("\n", 0, m.start()) + 1
    entry = _ENTRYS_NAME.search(text, max(begin, m.start() - 40), m.start())
    return (entry is not None and any(f.code == "P602" and begin <= f.start and f.end <= entry.start() for f in found)
            and _names_a_person(text, entry.start(1), entry.group(1)))


# A table's row labelled as phones: 'Telefon | 9306 1358 | 25643737'.
_PHONE_ROW = re.compile(r"[ \t|*]*(?:telefon(?:nummer|nr\.?)?|tlf\.?|mobil(?:nummer|nr\.?)?|phone)[ \t*]*\|", re.IGNORECASE)


def _in_a_phone_row(text: str, m: re.Match) -> bool:
    begin = text.rfind("\n", 0, m.start()) + 1
    return _PHONE_ROW.match(text, begin, m.start()) is not None


def _alone_on_its_line(text: str, m: re.Match) -> bool:
    """Eight digits on a line of their own, as under a signature; not under a label ('Sagsnr.:')."""
    begin = text.rfind("\n", 0, m.start()) + 1
    stop = text.find("\n", m.end())
    if text[begin:m.start()].strip(" \t*_") or text[m.end():len(text) if stop == -1 else stop].strip(" \t*_"):
        return False
    previous = text[text.rfind("\n", 0, max(0, begin - 1)) + 1:max(0, begin - 1)].strip()
    if _CONTACT_LABEL.search(previous):
        return True  # a phone written in a form's mail field
    return bool(previous) and not previous.endswith(":") and not _NOT_PHONE.search(previous)


# A contact field's label (a phone in a mail field: 'E-mail:\n71824405', 'Mail: 71824405').
_CONTACT_LABEL = re.compile(r"(?i)(?:^|[ \t*-])(?:e-?mail|mail|kontakt\w*)[ \t]*:[ \t]*$")


def _in_a_phone_column(text: str, m: re.Match) -> bool:
    """A table's cell under a 'Telefon' or 'Mobil' heading: the line over its rule, or a table without a rule's
    first line ('Dato | Kl. | Børn | Ledsager | Kontakt')."""
    begin = text.rfind("\n", 0, m.start()) + 1
    if "|" not in text[begin:m.start()]:
        return False
    column = text[begin:m.start()].count("|")
    lines = text[max(0, begin - 4000):begin].split("\n")[:-1]  # the table's lines above, nearest last
    for index in range(len(lines) - 1, -1, -1):
        if index and _TABLE_RULE.match(lines[index]) and "-" in lines[index]:
            return _heads_phones(lines[index - 1], column)
        if "|" not in lines[index]:
            return index < len(lines) - 1 and _heads_phones(lines[index + 1], column)
    return begin <= 4000 and bool(lines) and _heads_phones(lines[0], column)  # a table opening the text


def _heads_phones(heading: str, column: int) -> bool:
    cells = heading.split("|")
    if column >= len(cells):
        return False
    if cells[column].strip().lower() in ("nummer", "nr", "nr."):  # 'Hvem | Hvornår | Nummer': whom to call
        return any(cell.strip().lower() in _WHO_HEADINGS for cell in cells)
    return _PHONE_WORDS.search(cells[column].strip() + " ") is not None


_WHO_HEADINGS = frozenset("hvem navn kontakt kontaktperson person".split())


# An export's heading with a phone's column: 'Barn | Født | Forælder | Tlf', 'Navn;Rolle;Telefon;Mail', 'NAVN   TLF'.
# ... a call list's 'Nummer' too ('Dato;Tid;Retning;Nummer;Kontakt').
_PHONE_HEAD = re.compile(r"(?i)(?<![^\W\d_])(?:tlf|telefon|telefonnr|telefonnummer|mobil|mobilnr|mobilnummer|nummer|phone)"
                         r"(?![^\W\d_])")


_CALLS_HEADING = re.compile(r"(?i)(?<![^\W\d_])(?:kontakt|navn|retning|opkald|hvem|person|varighed)(?![^\W\d_])")
_ISO_DATE_DIGITS = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def _under_an_exports_phone_heading(text: str, m: re.Match) -> bool:
    """In the column of a heading 'Tlf' a few rows up (by tabs, ';' or ' | ', or set in columns of spaces)."""
    at = text.rfind("\n", 0, m.start()) + 1
    for _ in range(100):  # the heading some rows up, over the rows between
        if at == 0:
            return False
        at = text.rfind("\n", 0, at - 1) + 1
        heading = text[at:line_end(text, at)]
        if not heading.strip() or heading.lstrip().startswith("|"):  # the table ended, or a Markdown table's
            return False
        if _PHONE_HEAD.search(heading) and not heading.lstrip().startswith("#"):  # not a comment between rows
            if all(h.lower() == "nummer" for h in _PHONE_HEAD.findall(heading)) and (
                    _ISO_DATE_DIGITS.fullmatch(m.group()) or not _CALLS_HEADING.search(heading)):
                return False  # a plain 'Nummer' is a phone's only beside whom or which way it called: not a
                # document's ('Nr | Dokument | Nummer', '20240112')
            return any(s <= m.start() < e for s, e in export_cells(text, at, _PHONE_HEAD.search, until=m.start()))
    return False


def _four_four_is_phone(text: str, m: re.Match) -> bool:
    """'2025-2026' and '2500-3000 kr.' look like phone numbers; context decides."""
    before = _before(text, m.start())
    if _public(before):
        return False
    if _PHONE_WORDS.search(before):
        return True
    first, second = (int(g) for g in m.groups())
    if 1900 <= first <= 2100 and (text[m.end(1)] == "-" or 0 <= second - first <= 30):
        return False  # a year range (2025-2026) or a case number (2026-0412)
    if _after_a_person(text, m) or _MAIL_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        return True  # 'Forælder: Nimco Ahmed, 2312 9999'
    return not _AMOUNT_AFTER.match(text, m.end())


def _before(text: str, start: int) -> str:
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    return text[max(line_start, start - 40):start]


def _overlaps(m: re.Match, spans: list[tuple[int, int]]) -> bool:
    return any(m.start() < end and start < m.end() for start, end in spans)


# --- E-mail addresses (P603) ------------------------------------------------

_AT_ANCHOR = re.compile(r"@|[\[(][ \t]?(?:at|AT|At|snabel-?a)[ \t]?[\])]")
_LOCAL = re.compile(r"[\w.+%-][\w.+%'’-]{0,63}[ \t]?$")  # an apostrophe inside, not first: "o'brien@", "ho'@"
_DOT = r"(?:\.|[ \t]?[\[(][ \t]?(?:dot|punktum|prik)[ \t]?[\])][ \t]?)"
_DOMAIN = re.compile(rf"(?i)[ \t]?[\w-]{{1,63}}(?:{_DOT}[\w-]{{1,63}})*{_DOT}([a-z]{{2,24}})(?![\w-])")


# A mail address dictated: 'annej0200 snabel-a yahoo punktum dk', 'mahad bindestreg wrobel snabel-a outlook punktum dk'.
_SPOKEN_MAIL = re.compile(r"(?i)(?<![\w@])[\w.-]+"
                          r"(?:[ ](?:punktum|punkt|prik|dot|bindestreg|underscore|understreg|bundstreg|streg)[ ][\w-]+)*"
                          r"[ ]snabel(?:[- ]|[ ]bindestreg[ ])?a[ ][\w-]+(?:[ ](?:punktum|punkt|prik|dot)[ ][\w-]+)+")
# ('snabel a' and 'snabel bindestreg a' too)


def email(text: str, lines: list[tuple[int, int]] | None = None) -> list[Finding]:
    found: list[Finding] = []
    for at in (at for start, end in within(text, lines) for at in _AT_ANCHOR.finditer(text, start, end)):
        local = _LOCAL.search(text, max(0, at.start() - 65), at.start())
        domain = _DOMAIN.match(text, at.end())
        if local and domain and local.group().strip(" \t.") and not _after_last(found, local.start()):
            found.append(Finding(local.start(), domain.end(), "P603",
                                 f"E-mailadresse ***@***.{domain.group(1).lower()}"))
    spoken = [Finding(m.start(), m.end(), "P603", "E-mailadresse ***@*** (dikteret)")
              for m in _SPOKEN_MAIL.finditer(text)] if "snabel" in text else []
    return found + [f for f in spoken if not any(f.start < g.end and g.start < f.end for g in found)]


def _after_last(found: list[Finding], start: int) -> bool:
    """An address read twice ('a@b.dk' inside 'a@b.dk(at)...') counts once."""
    return bool(found) and found[-1].end > start


# --- Addresses (P604) -------------------------------------------------------

# Street-name endings. Short endings that end ordinary words too ('Streng', 'Ændring', 'Rapport',
# 'Lager') are left out; their definite forms ('Engen', 'Ringen', 'Porten') stay.
_SUFFIXES = sorted("""
vej vejen gade gaden allé alle alléen stræde strædet plads pladsen torv torvet vænge vænget boulevard boulevarden
stien park parken bakke bakken høj højen toft toften haven haverne engen mark marken vang vangen kær kæret
krog krogen løkke løkken lund lunden holm holmen hegn hegnet dalen skov skoven bjerg bjerget banke
bro broen gård gården strand stranden volden bane banen ringen kaj kajen havn havnen mose mosen tofte
brygge bryggen dige diget gyde gyden passage promenade promenaden kvarter kvarteret toppen slette sletten åsen
vigen næsset odde tangen runddel porten graven have ager agre ageren brink brinken bæk bækken bryn brynet kirken
gangen dammen draget åen led
straße strasse weg gatan vägen veien gata gaten vegur allee platz gasse
""".split(), key=len, reverse=True)  # the last line: abroad ('Schulstraße 31', 'Kungsgatan 40', 'Markveien 21')
_SUFFIX_ENDINGS = STREET_ENDINGS = tuple(_SUFFIXES)
# 'Byvej 12', 'Byvej nr. 12', 'violvej nummer 37b', and glued in a hurry: 'Frederiksgade119,3700 Rønne'
_STREET = re.compile(r"([A-ZÆØÅ][\w-]*?)(?:[ \t]+(?:nr\.?[ \t]*|nummer[ \t]+)?|(?<=[^\W\d_]))(?=\d)")

_HOUSE = re.compile(
    r"(\d{1,3}(?:(?:[ \t]?[A-Z]|[a-z])(?![\w]))?)(?![\w]|[.:/-]\d(?![ \t]?(?:tv|th|mf|sal)\b)"  # not '12,5 %'; '92,3th'
    r"|,\d(?!\d{3}[ \t]+[^\W\d_])(?!\d?[ \t]?(?:tv|th|mf|sal)\b)(?!\.))"  # ',3700 Rønne' and ',2.,' glued
    r"((?:,?[ \t]*(?:(?:st|kl|kld|\d{1,2})\.(?:[ \t]*(?:tv|th|mf|t\.v|t\.h|sal|\d{1,3})\.?)?"  # floor, door
    r"|\d{1,2}[ \t]+(?:tv|th|mf)\.?"
    r"|(?:st|\d{1,2})[ \t]?(?:tv|th|mf|sal)\.?|st)"  # written short: '3th', 'stmf', '4sal', ',st'
    r"(?![\w]))?)")
_NOT_HOUSE_NUMBER = re.compile(
    r"(?i)[ \t]*(?:år|årig|mdr|måned|uge|dag|time|min|gang|kr|kroner|%|procent|stk|person|børn|barn|sider|side|point|"
    r"cm|kg|km|meter|timer)"
    # a date's day: 'klubtur til Bornholm 3. marts 2025'
    r"|\.[ \t]*(?-i:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b")
_NOT_STREET = {"danmark", "grønland"}
_SUFFIX_SET = set(_SUFFIXES)
_CAPITAL_BEFORE = re.compile(r"(?<![\w.])[A-ZÆØÅ]\w+['’]?[ \t]$")  # "Kong Hans' Vej 73"

_POSTCODE = re.compile(
    r"([1-9]\d{3})[ \t]+([A-ZÆØÅ](?:[a-zæøåé]+|[A-ZÆØÅÉ]+)(?:[ -][A-ZÆØÅ](?:[a-zæøåé]+|[A-ZÆØÅÉ]+))?)"  # 'NÆSTVED' 
    r"(?:[ \t]+(C|V|N|S|Ø|K|SV|NV|SØ|NØ|J|M|F|Sj)\b)?")
_EXTRA_TOWNS = """aarhus københavn frederiksberg odense aalborg esbjerg randers kolding horsens vejle roskilde herning
hørsholm helsingør silkeborg næstved fredericia viborg køge holstebro taastrup slagelse hillerød sønderborg svendborg
hjørring holbæk frederikshavn nørresundby ringsted haderslev skive nykøbing valby vanløse brønshøj hellerup lyngby
kongens ballerup herlev glostrup albertslund ishøj vallensbæk brøndby rødovre dragør kastrup søborg bagsværd gentofte
charlottenlund hvidovre amager""".split()


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    data = resources.files("praksis").joinpath("data/names/towns.txt").read_text("utf-8")
    names = {line.strip().lower() for line in data.split("\n") if line.strip() and not line.startswith("#")}
    return frozenset(names | set(_EXTRA_TOWNS))


# Where addresses abroad end ('211 41 Malmö, Sverige'); Danish names, in Latin-1 (the anchors' alphabet).
COUNTRIES = ("Norge", "Sverige", "Tyskland", "Polen", "Spanien", "Ukraine", "Rumænien", "Litauen", "Letland",
             "Estland", "Finland", "Island", "Frankrig", "Italien", "Holland", "Nederlandene", "Belgien", "England",
             "Storbritannien", "Tyrkiet", "Irak", "Iran", "Syrien", "Somalia", "Eritrea", "Afghanistan", "Bosnien",
             "Serbien", "Kroatien", "Ungarn", "Bulgarien", "Portugal", "Schweiz", "Østrig", "Grækenland", "USA")
# ... and as a letter from abroad names Denmark and its neighbours in their languages
_COUNTRY = re.compile("|".join(COUNTRIES) + r"|Danmark|Denmark|Dänemark|Germany|Deutschland|Sweden|Norway|Poland"
                      r"|United Kingdom|UK")
_ABROAD = re.compile(r"(?:[A-Z]{1,2}-)?\d{3,6}(?:[ \t]\d{2})?[ \t]+[A-ZÆØÅ][^\W\d_]+(?:[ -][A-ZÆØÅ]?[^\W\d_]+)?,[ \t]*"
                     r"(?:" + "|".join(COUNTRIES) + r")\b")
# A Danish address written in lower case: street and number, then postcode and a town of the list.
_LOWER_STREET = re.compile(r"([a-zæøå][\w-]*)[ \t]+(?:nr\.?[ \t]*|nummer[ \t]+)?(?=\d)")
_THEN_POSTCODE = re.compile(r"(?:,[ \t]*[^,\n]{1,14}|[ \t]+(?:\d{1,2}|st|kld?)\.?(?:[ \t]+(?:tv|th|mf)\.?)?"  # a floor typed
                            r"(?=[ \t]+[1-9]\d{3}[ \t]))?"  # without its stop: 'skolevej 13 1 2700 brønshøj', '51 kld 2630'
                            r",?[ \t]*\n?[ \t]*([1-9]\d{3})[ \t]+([a-zæøå]+(?:[ -][a-zæøå]+)?)")
# Before a street in lower case: 'på', an address's label or its telling ('adresse (hvis kendt):', 'nye adresse er'),
# or a message's colon ('[02:57] bashiir: tulipanvej 61').
_ON_BEFORE = re.compile(r"(?:(?<![^\W\d_])på|(?i:adresse)[^\n\d:]{0,25}(?::|[ \t]er)|:|[A-ZÆØÅ][^\W\d_]+,)[ \t]+$")
_DETERMINERS = frozenset("""den det de en et min mit mine din dit dine sin sit sine hans hendes deres jeres vores vor
ny nye gamle hele samme anden andet næste sidste""".split())
_LOWER_NAME_BEFORE = {n: re.compile(rf"(?<![^\W\d_])(?:[a-zæøå]+[ \t]+){{{n}}}$") for n in (1, 2)}
_THEN_TOWN = re.compile(r"(?:,[ \t]*|[ \t]+)([a-zæøå]+(?:[ -]([a-zæøå]+))?)(?![\w])")
# 'bor på Slotsgade', 'boet hos plejefamilien på Tjørnevej', 'vi bor på egevang 100', 'den gamle adresse på Ved
# Søen 30', 'Far er registreret på Vænget 60' (with its number only): a street by its ending or its house number,
# one that is only a street's (not -gården, -skoven, -parken: homes and places are named so too).
_HOME = re.compile(r"(?i)(?<![^\W\d_])(?:bor|boede|boet|adressen?"
                   r"|(?P<registered>(?:folke)?registreret|tilmeldt|(?:sommer)?huset|lejligheden|hytten|kolonihaven))"
                   r"(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+(?:på|paa)[ \t]+"
                   r"(?P<street>(?:[A-ZÆØÅ][^\W\d_]*[ \t]+){0,2}[^\W\d_][\w-]*)(?P<house>[ \t]+\d{1,3}[a-z]?\b)?")
# A home's key and its street with a number, the street of no known ending: 'Sommerhusadresse: Sandskrænten 1',
# 'bopæl Marienkirchhof 41'.
_KEYED_HOME = re.compile(r"(?<![^\W\d_])(?i:[a-zæøå]*adresse|bopæl)[ \t]*:?[ \t]+"
                         r"(?P<street>[A-ZÆØÅ][^\W\d_]*(?:[ \t]+[A-ZÆØÅ][^\W\d_]*){0,2})(?P<house>[ \t]+\d{1,3}[a-z]?\b)")
# A street and a number over a German postcode (five digits) or a Swedish one ('211 45') and the town.
_POSTCODE_ABROAD_LINE = re.compile(r"\n[ \t]*(?:D-|DE-|S-|SE-)?(?:\d{5}|\d{3}[ ]\d\d)[ \t]+[A-ZÆØÅÖÄÜ]")
_BLOCK_ABROAD = re.compile(r"(?m)^[ \t]*(?P<street>[A-ZÆØÅÖÄÜ][^\W\d_]*(?:[ \t-](?:[A-ZÆØÅÖÄÜ][^\W\d_]*|am|an|im|der|von))"
                           r"{0,3})[ \t]+\d{1,4}[a-zA-Z]?[ \t]*\n"
                           r"[ \t]*(?:D-|DE-|S-|SE-)?(?:\d{5}|\d{3}[ ]\d\d)[ \t]+(?P<town>[A-ZÆØÅÖÄÜ][^\W\d_]+)"
                           r"(?:[ \t-][A-ZÆØÅÖÄÜ][^\W\d_]+)?")
_COUNTED = frozenset("""klasse stue gruppe hold lokale værelse afdeling uge trin niveau årgang side bilag sal bygning etage
rum mødelokale""".split())
_HOME_AFTER_A_BIRTH = re.compile(r"\((?:født|f\.)[^()\n]{4,30}\),[ \t]+(?P<street>[A-ZÆØÅ][^\W\d_]*(?:[ \t]+[A-ZÆØÅ][^\W\d_]*){0,2})"
                                 r"[ \t]+\d{1,3}[a-zA-Z]?(?=[ \t]*(?:\n|$))")
# A home abroad, in parts up to the sentence's end, with a house number and a place at the end: 'bor på Al-Midan,
# Shari' Al-Zahira 132, Damaskus', 'Hun bor i Kart-e Char, Street 3, house 27, Kabul', 'bor stadig på 154 Soi
# Sukhumvit 71, Khlong Tan Nuea, Bangkok 10110'. After a label ('på adressen', 'min adresse ...:') any place's name
# ends it ('Xaafadda Jigjiga Yar, guri 18, Hargeysa'); after 'bor' alone a known place, a postcode or a street's word
# abroad at the start ('prospekt', 'вул.') must.
_HOME_ABROAD = re.compile(r"(?i)(?<![^\W\d_])(?:(?P<lives>bor|boede)(?:[ \t]+(?:stadig|fortsat|nu|alene|selv|i[ \t]+dag)){0,2}[ \t]+(?:på|i)"
                          r"|adressen(?:[ \t]+er)?|adresse[^\n:.]{0,40}:|adresse(?=[ \t]+(?:(?-i:[^\W\d_a-zæøå])|\d))"  # 'adresse Rue ...'
                          r"|bopæl:|adr\.[ \t]*:|adresse[ \t]+er|send(?:es|t)[ \t]+til(?=[ \t]+[^\n]{0,40}\d)"  # 'Mors bopæl: Godena Harnet 41, Asmara', 'Brev
                          # sendt til Wadada Makka Al-Mukarama 85, Hodan, Muqdisho'
                          r"|afsender:[^\n]{1,60}\n"  # a letter's sender, the address on the line below
                          # in English: 'at the address', 'Home address:', 'The family stayed at', 'lives at'
                          r"|(?:the[ \t]+)?address(?:[ \t]+is|[^\n:.]{0,20}:)?|(?:lives|lived|living|stayed|stays|resides)[ \t]+at)"
                          r"(?:[ \t]+|(?<=\n))")
# A relative abroad by birth and home: 'mor Hibaaq Farah født 10. juni 1988, Degmada Wadajir, Jidka 18, guri 71,
# Muqdisho' (read from each 'født ' and 'f. '; no one lives there by a verb).
_BIRTH_THEN_ABROAD = re.compile(r"(?:født|f\.)[ \t]+(?:d\.[ \t]*)?\d{1,2}\.?[ \t]*(?:[a-zæøå]+|\d{1,2})\.?"
                                r"[ \t]*\d{4},[ \t]+")
_ABBREVIATION = re.compile(r"(?i)(?<![^\W\d_])(?:vul|ul|вул|ул|пр|prosp|kv|кв|str|cad|sok|no|nr|bl|sc|ap|apt|et|lejl|st|brgy"
                           r"|rd|ave)$")
_ORDINAL = re.compile(r"\d\.[ \t]+[a-zæøå]")  # a floor: '2. th', '1. sal'
_SENTENCE_END = re.compile(r"\.(?=\s|$)|\n|[ \t](?:og|men|hvor|som|siden)[ \t]|[;!?·|]"
                           r"|[ \t][A-ZÆØÅ][a-zæøå]+:")  # the next field: '... 2800 Kongens Lyngby · Forældre: ...'
_HOUSE_IN_PART = re.compile(r"(?<![\w.,/-])\d{1,4}[a-zA-Z]?(?:[/-]\d{1,4})?(?![\w.,/-]|[ \t]*(?:år|uger|dage|måneder|timer|børn|kr)\b)")
_PLACE_PART = re.compile(r"[ \t]*(?:\d{3,6}[ \t]+)?(?P<town>[^\W\d_a-zæøå][^\W\d_'’-]*(?:[ -][^\W\d_a-zæøå][^\W\d_'’]*){0,2})"
                         r"(?P<code>[ \t]+\d{4,6})?[ \t]*$")


def _home_abroad(text: str, m: re.Match) -> Finding | None:
    if "navn" in text[max(0, m.start() - 12):m.start()].lower():
        return None  # 'Faderens navn og adresse: Edin Delić, Blåbærvej 54B': a name first
    start = m.end()
    sent = m.group()[:4].lower() == "send"  # a letter sent to someone: 'sendt til ...'
    on = _WHOM_ON.match(text, start) or (_WHOM_THEN_COMMA.match(text, start) if sent else None)
    if on is not None:  # 'sendes til Susanne på Solvænget 6, ...': the address is after the person
        start = on.end()
    street_word = _STREET_WORD.match(text, start) is not None  # 'prospekt', 'вул.', 'Soi': a street abroad
    if not (text[start:start + 1].isdigit() or text[start:start + 1].isupper() or street_word):
        return None
    stop = start
    while True:  # the sentence's end, passing over abbreviations' points ('kv. 17', 'вул. Науки')
        end = _SENTENCE_END.search(text, stop, min(len(text), start + 140))
        if end is None or text[end.start()] != "." or not (
                _ABBREVIATION.search(text, max(0, end.start() - 6), end.start()) or _ORDINAL.match(text, end.start() - 1)):
            break
        stop = end.end()
    stop = end.start() if end else min(len(text), start + 140)
    comma = text.find(",", start, stop)
    if sent and not _HOUSE_IN_PART.search(text, start, stop if comma == -1 else comma):
        return None  # a letter sent to a person ('sendt til Dawits far, Mebrahtu Haile, Mejerivej 34C'): the street's
        # own rules read what follows
    known = _a_known_place if m.groupdict().get("lives") and not street_word else None
    return _in_parts(text, start, stop, known)


def _in_parts(text: str, start: int, stop: int, place_test=None) -> Finding | None:
    """The longest run of comma-parted parts from `start` with a house number before a last part that is a place
    (one with its postcode, or one `place_test` accepts where given)."""
    parts = text[start:stop].split(",")
    for last in range(len(parts) - 1, 0, -1):
        place = _PLACE_PART.match(parts[last])
        if place is None or not any(_HOUSE_IN_PART.search(part) for part in parts[:last]):
            continue
        if place_test is None or place.group("code") or place_test(place.group("town")):
            return address_finding(start, start + len(",".join(parts[:last + 1]).rstrip()), text)
    return None


def _a_known_place(town: str) -> bool:
    return _a_place(town) or _a_place(town.split()[-1])


def _a_proper_place(town: str) -> bool:
    """A known place, or a proper noun of no dictionary ('Erbil'); not 'Rådhuset', 'Skolen'."""
    return _a_known_place(town) or not any(in_dictionary(word.lower()) for word in town.split())


# A column headed as addresses ('| Adresse |', 'Adr.' in an export's heading): each cell with a house number and a
# place after it is one, abroad too ('100m Street 63, Erbil, Irak').
_ADDRESS_HEAD = re.compile(r"(?i)(?:bop\xe6l|(?:[a-z\xe6\xf8\xe5]*adresse|address|adr\.?)(?:[ \t]*\([^()\n]{1,30}\))?)")
_ADDRESS_HEADS = ("dresse", "DRESSE", "Adr", "ADR", "adr.", "opæl", "OPÆL", "ddress")  # ... its literals, found first


def _address_columns(text: str) -> list[Finding]:
    found: list[Finding] = []
    for line in heading_lines(text, _ADDRESS_HEADS, _an_address_heading):
        for s, e in cells_under(text, line, _an_address_heading):
            if not _a_counted_house(text[s:e]) and (f := _in_parts(text, s, e, _a_proper_place)) is not None:
                found.append(f)
    return found


def _a_counted_house(cell: str) -> bool:
    """The first part with a number counts a room or a floor, no house: 'Lokale 4, Aarhus', 'Sal 2, Skolen'."""
    for part in cell.split(","):
        if house := _HOUSE_IN_PART.search(part):
            return (part[:house.start()].split() or [""])[-1].lower() in _COUNTED
    return False


def _an_address_heading(cell: str) -> bool:
    return _ADDRESS_HEAD.fullmatch(cell.strip(" \t*_")) is not None  # a bold heading too


_WHOM_ON = re.compile(r"(?:[A-ZÆØÅ][^\W\d_]*[ \t]+){1,3}på[ \t]+(?=[A-ZÆØÅ])"
                      r"|[A-ZÆØÅ][^\W\d_]*(?:-[A-ZÆØÅ][^\W\d_]*)?(?:[ \t]+[A-ZÆØÅ][^\W\d_]*){0,2}:[ \t]+")  # 'til Melvin: Rua ...'
# ... and a letter sent to someone by name, a comma, then the address: 'sendt til Tkachenko, prosp. Nauky 41, ...',
# 'til MAI, So 15 Ngo 64 Pho Hue, Hanoi'
_WHOM_THEN_COMMA = re.compile(r"[A-ZÆØÅ][^\W\d_]*(?:[ \t]+[A-ZÆØÅ][^\W\d_]*){0,2},[ \t]+(?=\d|(?:[^\W\d_]+\.?[ \t]+){1,3}\d)")
_STREET_WORD = re.compile(r"(?i)(?:prospekt|prosp\.|vul\.|ul\.|вул\.|ул\.|пр\.|soi|moo|số|ngõ|phố|đường|wadada|xaafadda)[ \t]")


def _a_place(town: str) -> bool:
    low = town.lower()
    return low in towns() or low in domain() or town in COUNTRIES


_HOME_ENDINGS = tuple("""vej vejen gade gaden allé alle stræde strædet vænge vænget plads pladsen torv torvet boulevard
sti stien toft toften vang vangen kær kæret krog krogen løkke løkken bryn brynet brink brinken gangen dammen draget
passage straße strasse gatan gata gate""".split())
# With a house number after it, these end a home's street too ('sønderbro 33'); without, they name a district or a
# field ('bor på Nørrebro').
_NUMBERED_HOME_ENDINGS = _HOME_ENDINGS + ("bro", "marken")


def address(text: str, street_lines: list[tuple[int, int]] | None = None,
            postcode_lines: list[tuple[int, int]] | None = None,
            words: list[tuple[int, int]] = (), country_lines: list[tuple[int, int]] | None = None,
            home_lines: list[tuple[int, int]] | None = None,
            abroad_lines: list[tuple[int, int]] | None = None) -> list[Finding]:
    """Street and number, postcode and town; `words`: the scan's capitalised words, where the Faroes' towns are
    looked up (none given: only 'FO-' postcodes are read). With their anchors' windows: addresses abroad by
    their country, and a home's street after 'bor på'."""
    found = [f for start, end in within(text, street_lines) for m in _STREET.finditer(text, start, end)
             if (f := _street(text, m))]
    found += [f for start, end in within(text, street_lines) for m in _LOWER_STREET.finditer(text, start, end)
              if (f := _lower_case_address(text, m))]
    if country_lines is not None:
        found += [address_finding(m.start(), m.end(), text) for start, end in within(text, country_lines)
                  for m in _ABROAD.finditer(text, start, end)]
    if home_lines is not None:
        found += [f for start, end in within(text, home_lines) for pattern in (_HOME, _KEYED_HOME)
                  for m in pattern.finditer(text, start, end) if (f := _home(text, m))]
        found += [f for start, end in within(text, home_lines) for m in _HOME_ABROAD.finditer(text, start, end)
                  if (f := _home_abroad(text, m))]
    if _POSTCODE_ABROAD_LINE.search(text):  # a letter's block abroad: 'Marienkirchhof 37\n24837 Schleswig'
        found += [address_finding(m.start("street"), m.end(), text) for m in _BLOCK_ABROAD.finditer(text)
                  if not _found_already(found, m.start("street"), m.end())
                  and (m.group("town").lower() in towns() or not in_dictionary(m.group("town").lower()))
                  and _last_word(m.group("street")) not in _COUNTED]  # not 'Side 2\n12345 Ting'
    for literal in ("født ", "f. "):
        at = text.find(literal)
        while at != -1:
            if (m := _BIRTH_THEN_ABROAD.match(text, at)) and (f := _home_abroad(text, m)) \
                    and not _found_already(found, f.start, f.end):
                found.append(f)
            at = text.find(literal, at + 1)
    if "(f" in text:  # a home after a person's birth: 'Barn: Ulv Tkachenko (født 15.10.2012), Vænget 74'
        found += [address_finding(m.start("street"), m.end(), text) for m in _HOME_AFTER_A_BIRTH.finditer(text)
                  if (last := _last_word(m.group("street"))) not in towns() and last not in _COUNTED]  # not 'Klasse 7'
    ends = {f.end for f in found}
    for m in (m for start, end in within(text, postcode_lines) for m in _POSTCODE.finditer(text, start, end)):
        if _after_a_number(text, m.start()):  # a CPR number's serial and the next cell: '251096-3955<tab>Solsikkevej'
            continue
        if (_word_start(text, m.start()) or m.start() - 1 in ends) and _is_postal_town(text, m, ends):  # ',3700 Rønne'
            start = m.start() - 3 if text[max(0, m.start() - 3):m.start()] == "DK-" else m.start()
            found.append(Finding(start, m.end(), "P604", f"Adresse: postnummer og by ({length_note(m.group())})"))
    found += _address_columns(text)
    return _joined(text, found + _faroese(text, words) + _english_or_ukrainian(text, abroad_lines))



def _joined(text: str, found: list[Finding]) -> list[Finding]:
    """Parts of one address read by two rules are one finding: 'Storgatan 14' and '211 41 Malmö, Sverige'."""
    joined: list[Finding] = []
    for finding in sorted(found, key=lambda f: (f.start, -f.end)):
        if joined and finding.start <= joined[-1].end + 2 and not text[joined[-1].end:finding.start].strip(", "):
            last = joined[-1]
            if finding.end > last.end:
                joined[-1] = address_finding(last.start, finding.end, text)
            continue
        joined.append(finding)
    return joined


_THEN_KNOWN_TOWN = re.compile(r"[ \t]*,[ \t]*(?:\d{4}[ \t]+)?([A-ZÆØÅ][a-zæøå]+)\b")
_ABROAD_ENDINGS = tuple("straße strasse weg gatan vägen veien gata gaten vegur allee platz gasse".split())
_POSTCODE_ABROAD = re.compile(r",?[ \t]*(?:\d{5}|\d{3}[ \t]\d{2}|\d{4})[ \t]+[A-ZÆØÅ][^\W\d_]+")
# Abroad, the house number first ('30 Mill Road, Leeds LS6 1AB') or after 'vul.' ('vul. Naberezhna 7, kv. 10').
_ENGLISH_STREET = re.compile(r"(?<![\w.])\d{1,4}[A-Za-z]?[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}"
                             r"(?:Road|Street|Lane|Avenue|Drive|Close|Way|Place|Crescent|Grove|Terrace|Gardens)\b"
                             r"(?:,[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2})?)?")
# 'vul. Naberezhna 7, kv. 10, Kyiv' (Ukrainian), 'ul. Długa 157/35, 80-827 Gdańsk' (Polish)
_UKRAINIAN_STREET = re.compile(r"\b(?:vul|ul)\.[ \t]*[^\W\d_a-zа-я][^\W\d_]+(?:[ \t]+[^\W\d_a-z][^\W\d_]+)?[ \t]+"
                               r"\d{1,4}[a-z]?(?:/\d{1,4})?(?:,[ \t]*kv\.[ \t]*\d{1,4})?"
                               r"(?:,[ \t]*(?:\d{2}-\d{3}[ \t]+)?[^\W\d_a-z][^\W\d_]+(?:[ \t]+\d{5})?)?")


# The street's word first ('Strada Mihai Eminescu 44, 400 Cluj-Napoca', 'Calle Mayor 3') or after the name with the
# number ('Mohamed Ahmed Street 18, Hargeisa', 'Atatürk Cad. No: 12'); a town may follow.
_STREET_WORD_FIRST = re.compile(r"\b(?:Strada|Str\.|Calea|Bulevardul|Bd\.|B-dul|Aleea|Calle|Avenida|Rua|Ulica|Rue"
                                r"|Piazza|Carrer)[ \t]+"
                                r"(?:(?:[^\W\d_a-z][^\W\d_]*\.?|de|del|la|las|los|da|das|do|dos|di|du|des|le|della)[ \t]+){1,4}"
                                r"(?:nr\.[ \t]*)?\d{1,4}[A-Za-z]?\b"  # 'Avenida del Mar 47, 03503 Benidorm'
                                r"(?:,[ \t]*(?:ap|apt|bl|sc|et)\.[ \t]*\d{1,4})*"
                                r"(?:,[ \t]*(?:\d{3,6}[ \t]+)?[^\W\d_a-z][\w-]+(?:[ \t]+[^\W\d_a-z][\w-]+)?)?"
                                # German: 'Am Markt 3, 24103 Kiel', 'An der Alster 12, 20099 Hamburg'
                                r"|\b(?:Am|Im|An[ \t]+der|An[ \t]+den|Auf[ \t]+der|Auf[ \t]+dem|Zum|Zur)[ \t]+[^\W\d_a-z][\w-]+[ \t]+"
                                r"\d{1,4}[a-z]?,[ \t]*\d{5}[ \t]+[^\W\d_a-z][\w-]+")
# A Norwegian or Swedish street named for someone, its word apart: 'Kong Oscars gate 29, 5017 Bergen'.
_NAMED_GATE = re.compile(r"\b[A-ZÆØÅ][^\W\d_]+(?:[ \t]+[A-ZÆØÅ][^\W\d_]+)*[ \t]+(?:gate|gata|vei|veg|väg|vägen)[ \t]+"
                         r"\d{1,4}[A-Za-z]?\b(?:,[ \t]*\d{4}[ \t]+[A-ZÆØÅ][^\W\d_]+)?")
# ... a Turkish quarter before a numbered street: 'Bahçelievler Mah. 3. Sokak No: 18, Ankara'
_STREET_WORD_AFTER = re.compile(r"(?<![\w.])(?:[^\W\d_a-z][^\W\d_]+[ \t]+(?:Mah\.|Mahallesi)[ \t]+"
                                r"(?:\d{1,3}\.[ \t]+|(?:[^\W\d_a-z][^\W\d_]+[ \t]+){1,2})?"
                                r"|(?:[^\W\d_a-z][^\W\d_]+[ \t]+){1,3})(?:Street|Road|Avenue|Cad\.|Caddesi|Sokak|Sok\.)"
                                r"[ \t]+(?:No:?[ \t]*)?\d{1,4}[A-Za-z]?\b(?:,[ \t]*[^\W\d_a-z][\w-]+)?")


# A Filipino block and lot ('Blk 75 Lot 7, Mabini St., Batangas City 4200') and a Thai house in a village ('37/2 Moo 5,
# Tambon Nong Khai, Udon Thani 41000, Thailand'), with up to three places and a postcode after.
# A place's words go on past an abbreviation's point only before a comma: 'Mabini St., Batangas', not 'Thailand. Bente'.
_PLACES_AFTER = (r"(?:,[ \t]*[A-Z]\w*\.?(?:(?<!\.)[ \t]+[A-Z]\w*\.?)*){0,3}(?:(?<!\.)[ \t]+\d{4,5}\b)?"
                 r"(?:,[ \t]*[A-Z][a-z]+)?")
_BLOCK_OR_VILLAGE = re.compile(r"\bBlk\.?[ \t]+\d+[A-Za-z]?[ \t]+Lot[ \t]+\d+[A-Za-z]?" + _PLACES_AFTER
                               + r"|(?<![\d/])\d{1,4}/\d{1,3}[ \t]+Moo[ \t]+\d{1,2}\b" + _PLACES_AFTER)


# A house abroad by its number, where streets have none: 'Kabul, District 5, Street 3, House 12', 'Asmara, House
# No. 45', with a flat after ('House 7, lejlighed 12'); not a hospital's 'bygning 4'.
_HOUSE_ABROAD = re.compile(r"(?:(?:[A-Z][\w'-]+|(?:District|Distrikt|Street|Road|Block|Sector)[ \t]+\d{1,4}),[ \t]*){0,3}"
                           r"\bHouse[ \t]+(?:No\.?[ \t]*)?\d{1,4}[A-Za-z]?\b"
                           r"(?:,[ \t]*(?:lejlighed|lejl\.|apartment|flat|apt\.?)[ \t]*\d{1,4})?"
                           r"(?:,[ \t]*[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)?")


def _english_or_ukrainian(text: str, lines: list[tuple[int, int]] | None) -> list[Finding]:
    """Within the scan's windows for them (all the text when the caller gives none)."""
    return [address_finding(*m.span(), text) for start, end in within(text, lines)
            for pattern in (_ENGLISH_STREET, _UKRAINIAN_STREET, _STREET_WORD_FIRST, _STREET_WORD_AFTER, _BLOCK_OR_VILLAGE,
                            _NAMED_GATE, _HOUSE_ABROAD)
            for m in pattern.finditer(text, start, end)]


def address_finding(start: int, end: int, text: str) -> Finding:
    return Finding(start, end, "P604", f"Adresse ({length_note(text[start:end])})")


def _lower_case_address(text: str, m: re.Match) -> Finding | None:
    """'spurvevej 42, 3700 rønne': in lower case only whole, with a known town."""
    if not m.group(1).endswith(_SUFFIX_ENDINGS) or not _word_start(text, m.start()):
        return None
    house = _HOUSE.match(text, m.end())
    then = _THEN_POSTCODE.match(text, house.end()) if house else None
    if then is not None and (then.group(2) in towns() or then.group(2).split()[0] in towns()):
        return address_finding(m.start(), then.end(), text)
    town = _THEN_TOWN.match(text, house.end()) if house else None
    if town is not None:  # 'odinsvej 136 roskilde', 'markvej 89,2tv esbjerg', 'vej 2 ishøj men ...'
        if town.group(1) in towns():
            return address_finding(m.start(), town.end(), text)
        first = re.match(r"[a-zæøå]+", town.group(1)).group()
        if town.group(2) and len(first) >= 3 and first in towns():
            return address_finding(m.start(), town.start(1) + len(first), text)
    street = m.group(1)  # 'mødet holdes hos jer på egevej 5', 'adresse: storegade 42': a home's street by its ending
    if not house or _NOT_HOUSE_NUMBER.match(text, house.end(1)):
        return None
    if street in _SUFFIX_SET:  # 'på østre allé 201', 'bor jo på dronning dagmars vej 30': the words before name it
        if not street.endswith(_HOME_ENDINGS):  # not 'på vores bane 2'
            return None
        for words in (2, 1):
            named = _LOWER_NAME_BEFORE[words].search(text, max(0, m.start() - 40), m.start())
            if (named and not _DETERMINERS.intersection(named.group().split())
                    and _ON_BEFORE.search(text, max(0, named.start() - 40), named.start())):
                return address_finding(named.start(), house.end(), text)
        return None
    home = street.endswith(_NUMBERED_HOME_ENDINGS)
    if ((home or (street.endswith(_SUFFIX_ENDINGS) and not in_dictionary(street)))
            and _ON_BEFORE.search(text, max(0, m.start() - 40), m.start())):
        return address_finding(m.start(), house.end(), text)
    if home and not in_dictionary(street):  # a chat's answer: 'ja. agerhønevej 50, ring på', 'hvor vi bor, poppelvej 71b'
        return address_finding(m.start(), house.end(), text)
    return None


def _last_word(street: str) -> str:
    return street.split()[-1].lower()


def _home(text: str, m: re.Match) -> Finding | None:
    street = m.group("street")
    if m.groupdict().get("registered") and not m.group("house"):  # 'registreret på Vænget 60', 'sommerhuset på Sandskrænten
        return None  # 88'; not 'registreret på skolen'
    last = _last_word(street)
    if (m.group("house") and street[0].isupper() and last not in towns() and last not in _COUNTED  # not 'på
            # Gudenåen i uge 29'; 'bor på Hauptstraße 21'
            and not _NOT_HOUSE_NUMBER.match(text, m.end("house"))):  # not 'adressen på Ankestyrelsen 3 sider'
        return address_finding(m.start("street"), m.end(), text)
    for word in reversed(list(_NON_SPACE.finditer(street))):  # 'bor på Skovbrynet'; not 'bor på gaden'
        low = word.group().lower()  # 'vi bor på fjordvej nu': the street is the word that ends like one
        if low.endswith(_HOME_ENDINGS) and low not in _SUFFIX_SET:
            return address_finding(m.start("street"), m.start("street") + word.end(), text)
    return None


_NON_SPACE = re.compile(r"\S+")


def _faroese(text: str, words) -> list[Finding]:
    """'FO-100 Tórshavn', and three digits before a Faroese town ('700 Klaksvík'): the towns are looked up among
    the scan's capitalised words (a pattern with the digits first would be tried at every digit)."""
    spans = [m.span() for m in _FO_POSTCODE.finditer(text)] if "FO" in text else []
    for start, end in words:
        if text[start:end] in FAROESE_TOWNS:
            digits_before = _THREE_DIGITS.search(text, max(0, start - 8), start)
            if digits_before:
                spans.append((digits_before.start(), end))
    return [Finding(a, b, "P604", f"Adresse: postnummer og by ({length_note(text[a:b])})") for a, b in spans
            if not (a and (text[a - 1].isalnum() or text[a - 1] in "-_"))]  # not '2100 Tórshavn'


# The Faroes' postcodes ('FO-100 Tórshavn', '700 Klaksvík'); Greenland's are four digits from 3900 ('3952 Ilulissat').
_FO_POSTCODE = re.compile(r"FO-?[ \t]?\d{3}[ \t]+[A-ZÆØÅÚÍÓÝÐ][^\W\d_]+")
FAROESE_TOWNS = frozenset("""Tórshavn Klaksvík Runavík Tvøroyri Saltangará Vágur Miðvágur Sørvágur Vestmanna
Fuglafjørður Hoyvík Leirvík Eiði Sandavágur Strendur Hvalvík Argir Kollafjørður Sandur Skopun Hósvík Nólsoy
Gøta""".split())
_THREE_DIGITS = re.compile(r"\d{3}[ \t]+$")
_POSTCODE_BEFORE = re.compile(r"(?<![\w.,-])(?<!\d[ \t])[1-9]\d{3}[ \t]+$")  # not a CPR number's serial


def _after_a_number(text: str, start: int) -> bool:
    return start >= 2 and text[start - 1] in "-/." and text[start - 2].isdigit()


def _word_start(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_.,/")


def _street(text: str, m: re.Match) -> Finding | None:
    name = m.group(1)
    lower = name.lower()
    if not lower.endswith(_SUFFIX_ENDINGS) or lower in _NOT_STREET or not _word_start(text, m.start()):
        return None
    if lower.endswith("er") and in_dictionary(lower):  # a pseudonym's label: 'Deltager 1 | 11 år', 'Modtager 2'
        return None  # ('Toftager', 'Langager' are no dictionary's words)
    if m.start() and text[m.start() - 1] == "-":
        return None
    if "\t" in m.group() or _POSTCODE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None  # the next cell of an export; a postcode's town ('7500 Holstebro<tab>22 40 36 27')
    house = _HOUSE.match(text, m.end())
    if house is None or _NOT_HOUSE_NUMBER.match(text, house.end(1)):
        return None
    start, before, town = m.start(), None, None
    if lower in _SUFFIX_SET:  # "Allé 3" alone is no address; "Søndre Allé 3", "Ved Kirken 24", "Vænget 125, Køge",
        # "Vænget 117, 1. sal" are
        before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
        town = _THEN_KNOWN_TOWN.match(text, house.end())
        if before is None and not (town and town.group(1).lower() in towns()) and not house.group(2).strip(", \t"):
            return None
        start = before.start() if before else start
    end = town.end() if town and not before else house.end()
    if lower.endswith(_ABROAD_ENDINGS):  # 'Lindenweg 36, 24103 Kiel', 'Kungsgatan 40, 211 42 Malmö'
        town = _POSTCODE_ABROAD.match(text, end)
        end = town.end() if town else end
    return Finding(start, end, "P604", f"Adresse: gade og husnummer ({length_note(text[start:end])})")


def _is_postal_town(text: str, m: re.Match, street_ends: set[int]) -> bool:
    town = m.group(2).lower()
    if m.group(3) or town in towns() or town.split()[0] in towns() or m.group(1).startswith("39"):
        return True
    return any(0 <= m.start() - end <= 3 for end in street_ends)


# --- Dates of birth (P605) --------------------------------------------------

# The months in Danish and in English ('born 3 June 2017', 'march 6, 1990'), full and short.
MONTHS = ("january|february|march|may|june|july|october|"
          "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec")
# Months as documents from abroad write them (Somali, Polish, Turkish, Romanian, German): '13 Nofembar 2018', '4
# kwietnia 1998'. Kept apart from MONTHS, which the anchors' Latin-1 patterns use too.
MONTHS_ABROAD = ("janaayo|febraayo|maarso|abriil|maajo|juun|luulyo|agoosto|sebteembar|oktoobar|nofembar|diseembar|"
                 "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
                 "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
                 "ianuarie|februarie|martie|aprilie|mai|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
                 "märz|dezember")
_SP = "[ \t\u00a0\u2009\u202f]"  # a space, also a PDF's no-break and thin spaces
_DATE = (rf"(?P<iso>(?P<iy>\d{{4}})(?P<isep>[-/])(?P<im>\d{{1,2}})(?P=isep)(?P<id>\d{{1,2}}))"  # '2014-03-30', '2014/03/30'
         # ... a year after a space is no time's hour: 'Digital Post, 1/5 10.20' is 1 May at 10.20
         rf"|(?P<num>(?P<nd>\d{{1,2}})[./-](?P<nm>\d{{1,2}})(?:(?:[./-][ ]?|[ ](?!\d\d[.:]\d\d))(?P<ny>\d{{4}}|\d{{2}}))?)(?![\d])"
         # '15. oktober 2009', '29th of July 2019', '16 DEC 2019'
         rf"|(?P<txt>(?P<td>\d{{1,2}})(?:st|nd|rd|th)?(?:\.?{_SP}*\n?{_SP}*|-)(?:of{_SP}+)?(?P<tm>(?i:{MONTHS}|{MONTHS_ABROAD}))\b\.?"
         rf"(?:(?:{_SP}*\n?{_SP}*|-)(?P<ty>\d{{4}}))?)"  # a PDF's line may break inside it
         rf"|(?P<mdy>(?i:{MONTHS})\.?{_SP}+(?P<md>\d{{1,2}}),?{_SP}+(?P<my>\d{{4}}))(?!\d)"  # 'March 6, 1990'
         rf"|(?P<eight>(?P<ed>\d\d)(?P<em>\d\d)(?P<ey>(?:19|20)\d\d))(?!\d)"  # 'f. 19122009': ddmmyyyy
         rf"|(?P<six>(?P<sd>\d\d)(?P<sm>\d\d)(?P<sy>\d\d))(?!\d)"
         # spoken or typed with spaces: 'født 31 05 18', 'født 26. 11. 1998'
         rf"|(?P<spaced>(?P<pd>\d{{1,2}})\.?[ ](?P<pm>\d{{1,2}})\.?[ ](?P<py>\d{{4}}|\d{{2}}))(?![\d]|[ -]\d)"
         # an old record's month in Roman numerals: '24.X.1993', '7.VIII.1982'
         rf"|(?P<roman>(?P<rd>\d{{1,2}})\.[ ]?(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.[ ]?(?P<ry>\d{{4}}))(?![\d])")
_FORMS = ("iso", "num", "txt", "mdy", "eight", "six", "spaced", "roman")
# 'født', 'f. 3/5' ('Plejemor f.: 24. oktober 1976'), 'fødselsdato' and its slip 'fødslesdato', in capitals, or a key
# of the data's
_TRIGGER = re.compile(rf"[fF](?:ødt|oedt|odt(?=[ \t.:])|(?:ø|oe|o)ds(?:el|le)s[ ]?(?:dato(?:er)?|dag(?:en)?)|\.(?=:?[ \t\u00a0\u2009\u202f\n]*(?:den[ \t]+)?(?:\d|(?i:{MONTHS}))))"
                      r"|F(?:Ø|OE)DT|F(?:Ø|OE)DSELSDATO"
                      r"|\bborn\b|\b(?:birth(?:_?date|day)?|date_of_birth|dob)(?=[ \t]*:)|\bDOB\b"  # 'was born', a key
                      r"|(?<=\()f(?=[ \t]+\d)|\bbirthday(?=[ \t]+(?:is|was|er)\b)"  # '(f 12 October 2016)', 'birthday is'
                      r"|\b[Dd]ate of birth\b"  # 'the date of birth of Ayaan as 18/12/2010'
                      r"|\b[Ff](?:ø|oe)dselsattest(?=[ \t]*\()"  # a birth certificate's date: 'Fødselsattest (2008-07-17)'
                      r"|\b[Ff]ø(?:sels|dels|dsel)(?:dag|dato)\b"  # a child's slip of a letter: 'min føselsdag er 31.1.11'
                      r"|\b[fF]\.?[ ]?dato(?=[ \t]*:)"  # a form's short key: 'F.dato: 25.06.2010', 'Fdato:'
                      r"|\b[Gg]eb\.(?=[ \t]*\d)|\b[Gg]eboren(?:[ \t]+am)?\b"  # German: 'geb. 13.05.2008', 'geboren am'
                      r"|(?<=, )b\.(?=[ \t]*\d{1,2}[ \t]+[A-Z][a-z]|[ \t]*[A-Z][a-z]+[ \t]+\d)"  # English: ', b. 18 August'
                      r"|\bkom[ \t]+til[ \t]+verden\b"  # 'Selam kom til verden 13-08-2024'
                      r"|\bfy?ld(?:te|er)[ \t]+år(?=[ \t]+(?:den\b|d\.|\d))"  # 'Hun fyldte år den 12. september 1976', 'fylder år 25.9.2010'
                      r"|\bfylder[ \t]+\d{1,2}[ \t]+år(?=[ \t]+(?:d\.|den)[ \t])")  # 'jeg fylder 16 år d. 20. april 2008'
# A compound whose head is the birthday's thing: a party, a note, a guest list (not its date: 'fødselsdagsdato').
_A_BIRTHDAYS_THING = re.compile(r"s(?!dato)[a-zæøå]{3,}")
_WHOSE_BEFORE = re.compile(r"(?i)(?:s|deres|hans|hendes|sine|mine|dine)[ \t]+$")  # 'børnenes fødselsdage'
# After 'fødselsdato' or 'fødselsdag' a few words may come first: 'Fødselsdato til ansøgningen: 7. juli 2004',
# 'oplyser Ratanas fødselsdato til 16.12.2015', 'Er det 27.10.2007?'; then more dates after 'og'.
_WORDS_THEN_DATE = re.compile(rf"[^\d\n]{{0,45}}?(?<![\d./-])(?:{_DATE})")
# ... but a document or a party named just before the date has the date: '– log 8. februar 2025', 'fest d. 3/5'.
_A_DOCUMENTS_DATE = re.compile(r"(?i)\b(?:log|logbog|notat|referat|dagsorden|fest|festen|kalas)[ \t]+(?:d\.|den)?[ \t]*\d")
# A question may follow ('Er det ...?'), or the answer to one: 'Hvad var nu pigens fødselsdato? Jeg har 15.06.2022'.
# ... or one that gives the date: 'hvornår mor har fødselsdag. Vi fandt datoen frem: 23.1.2000'.
_NEW_SENTENCE = re.compile(r"[.!?][ \t]+(?!Er det|Det er|Er den|Jeg har|Vi har|[^.!?\n]{0,25}\bdatoen\b)[A-ZÆØÅ]")
# ... or after a comma and a genitive: 'Faderens fødselsdato er 2. maj 1980, moderens 14.09.96'.
_AND_DATE = re.compile(rf"(?:[ \t]+og[ \t]+(?:[A-ZÆØÅ][^\W\d_]*[ \t]+(?:er[ \t]+)?|[a-zæøå]+s[ \t]+)?"
                       rf"|,[ \t]*[a-zæøå]+s[ \t]+"
                       r"|,[ \t]*(?:mor|far|mormor|morfar|farmor|farfar|søster|bror)[ \t]+)"  # '..., mor 1998-11-02'
                       rf"(?:{_DATE})(?![\d])")
_FILLER_THEN_DATE = re.compile(
    rf"(?i)(?:[\s:(*_\"'|,–—-]|(?:er|var|blev|den|d\.|dato|på|sin|hans|hendes|har|fejrer|fejrede|om|dag|som|on|is|was|ca\.|en|henholdsvis|hhv\."
    rf"|søn|datter|dreng|pige)(?![\w]))*"
    rf"(?:{_DATE})")


# The year alone: 'Mormor: Naja Heilmann (f. 1964, død 2020)', 'født i 1987' (a genogram's birth years identify a
# family as well as the dates do); not a span of years ('f. 2015-16') or a date's first part.
_YEAR_ONLY = re.compile(r"[ \t]*(?:i[ \t]+)?((?:19|20)\d\d)(?!\d|[./-]\d|[ \t]*(?:kr\b|,-))")


_NAME_BEFORE = re.compile(r"([A-ZÆØÅ][^\W\d_]+)[ \t]*[(,][ \t]*$")


def _after_a_name(text: str, start: int) -> bool:
    """Right after a person's name ('Naja Heilmann (f. 1964'), not a role's word ('Barnet, født i 2009', 'Mormor: F.
    1949': a year with a role alone tells little)."""
    from .unlisted_names import may_name  # it reads this module's towns

    m = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group(1).lower() in PERSON_WORDS:
        return False
    if may_name(m.group(1).lower()):
        return True
    first = _FIRST_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())  # 'Nivi Lynge (f. 1961': a town's name
    return first is not None and first.group(1).lower() not in PERSON_WORDS and may_name(first.group(1).lower())


_FIRST_NAME_BEFORE = re.compile(r"(?<![^\W\d_])([A-ZÆØÅ][^\W\d_]+)[ \t]+$")


def _a_first_name_before(text: str, start: int) -> bool:
    """A first name, listed or of no language, no place's, before a town's name makes it a surname: 'Naja Lynge,
    16.04.1994', 'Ivalo Lynge (1.6.13)'."""
    from .name_list import lexicon  # it reads this module's towns
    from .unlisted_names import stranger

    first = _FIRST_NAME_BEFORE.search(text, max(0, start - 30), start)
    if first is None or first.group(1).lower() in towns() or first.group(1) in _PLACES_FIRST_WORDS:
        return False
    low = first.group(1).lower()
    return lexicon().get(low) == "name" or stranger(low) == "unknown"


def birth_date(text: str, lines: list[tuple[int, int]] | None = None) -> list[Finding]:
    if lines == []:
        return _subjects(text)
    found = []
    for trigger in (t for start, end in within(text, lines) for t in _TRIGGER.finditer(text, start, end)):
        if trigger.start() and text[trigger.start() - 1].isalnum():  # 'nyfødt' is no date of birth
            continue
        if trigger.group().lower().endswith("dag") and text[trigger.end():trigger.end() + 2] in ("e", "e ", "e\t", "e|") \
                and not _WHOSE_BEFORE.search(text, max(0, trigger.start() - 30), trigger.start()):
            continue  # birthdays as such ('Fødselsdage | skiftevis | ...'); not 'børnenes fødselsdage, bl.a. ...'
        if _A_BIRTHDAYS_THING.match(text, trigger.end()) and trigger.group().lower().endswith("dag"):
            continue  # a party's or a note's date: 'Fødselsdagsnotat – log 19. september 2024', 'fødselsdagsfest'
        m = _FILLER_THEN_DATE.match(text, trigger.end(), trigger.end() + 60)
        dated = trigger.group()[-3:].lower() in ("ato", "dag", "oer", "rth")  # 'fødselsdato', '-dag', 'date of birth'
        if dated and (m is None or not _real_date(m)):
            m = _WORDS_THEN_DATE.match(text, trigger.end(), trigger.end() + 70)
            if m and (_NEW_SENTENCE.search(m.group()) or not _has_year(m)  # not 'fødselsdag. Opfølgning ...'
                      or _A_DOCUMENTS_DATE.search(m.group())):  # nor 'Gæsteliste til fødselsdag – log 8. februar 2025'
                m = None
        if m and _real_date(m):
            start = m.start(next(g for g in _FORMS if m.group(g)))
            if not ("\n" in text[trigger.end():start] and "|" in text[trigger.end():start]):  # not the next row's
                found.append(_birth(start, m.end()))
                also = _AND_THEN_DATE.match(text, m.end())  # 'Ánde er født 03.06.2017 og Áilu 30-12-2022'
                if also and also.group("who")[0].isupper() and _real_date(also):
                    found.append(_birth(*_date_span(also)))
                elif (also := _AND_DATE_ALONE.match(text, m.end())) and _real_date(also) and _has_year(also) \
                        and (_CHILDREN_THEN_BORN.search(text, max(0, trigger.start() - 30), trigger.start())
                             or _RESPECTIVELY.search(text, trigger.end(), start)):
                    found.append(_birth(*_date_span(also)))  # 'dine børn, født 7. sep. 2018 og 26. okt. 2020'
                elif dated and (also := _AND_DATE.match(text, m.end())) and _real_date(also) and _has_year(also):
                    found.append(_birth(*_date_span(also)))  # 'fødselsdag tæt på hinanden, 25.10.19 og 27/09-2016'
                found += _births_listed_on(text, m.end())
                if (right := _CORRECTED_DATE.match(text, m.end()) or _REGISTERED_DATE.match(text, m.end())) \
                        and _real_date(right) and _has_year(right):
                    found.append(_birth(*_date_span(right)))  # 'fødselsdatoen forkert som ...; korrekt er 9. januar 2006'
        elif not dated and (year := _YEAR_ONLY.match(text, trigger.end())) and _after_a_name(text, trigger.start()):
            found.append(Finding(*year.span(1), "P605", "Fødselsår (et år ved 'født' eller 'f.')"))
        given = _GIVEN_DATE.search(text, trigger.end(), min(len(text), trigger.end() + 110))
        if given and _real_date(given) and _has_year(given):  # 'født om vinteren. I Danmark har han fået 1.1.2009'
            found.append(_birth(*_date_span(given)))
        found += _earlier_in_its_row(text, trigger.start())
        if trigger.group().lower().endswith("dato"):
            found += _named_dates_after(text, trigger.end())
    found += (_birth_date_columns(text) + _exported_birth_columns(text, lines) + _dates_after_a_person(text, lines)
              + _birthday_lists(text, lines) + _children_listed(text, lines)
              + _dates_of_cpr_numbers(text, lines)
              + _answers(text) + _subjects(text))
    return found + [_birth(*_date_span(same)) for f in found  # a translator's '05/12/2013  [= 5. december 2013]'
                    if (same := _THE_SAME_DATE.match(text, f.end)) and _real_date(same)]


# A list of birthdays: under its heading, each line's date is someone's birthday ('Fødselsdagsliste 7.C\n\n11.
# februar 2011  Aida Suljić – Bøgevej 33 ...').
_BIRTHDAY_HEADING = re.compile(r"(?i)\bf(?:ø|oe)dselsdags?(?:liste|kalender|oversigt)\b|\bbirthday[ \t]+list\b")
_LINES_DATE = re.compile(rf"[ \t•*·-]*(?:{_DATE})(?![\d])")
_BLANK_LINES = 2  # between the heading and its first line


def _birthday_lists(text: str, lines: list[tuple[int, int]] | None) -> list[Finding]:
    found = []
    for heading in (m for start, end in within(text, lines) for m in _BIRTHDAY_HEADING.finditer(text, start, end)):
        at, blanks, rows = line_end(text, heading.end()) + 1, 0, 0
        while at < len(text):
            stop = line_end(text, at)
            if not text[at:stop].strip():
                blanks += 1
                if rows or blanks > _BLANK_LINES:
                    break
            else:
                m = _LINES_DATE.match(text, at, stop)
                if m is None or not _real_date(m) or not _has_year(m):
                    break
                found.append(_birth(*_date_span(m)))
                rows += 1
            at = stop + 1
    return found


# A field of children, each named with a date: 'Børn: Frej Mortensen 05.01.2012; Sol Mortensen April 6, 2021'.
_CHILDREN_FIELD = re.compile(r"(?im)^[ \t*•-]*(?:børn|barn|børnene|søskende)[ \t]*:")


def _children_listed(text: str, lines: list[tuple[int, int]] | None) -> list[Finding]:
    found = []
    for field in (m for start, end in within(text, lines) for m in _CHILDREN_FIELD.finditer(text, start, end)):
        for m in _NAME_THEN_DATE.finditer(text, field.end(), line_end(text, field.end())):
            if _real_date(m) and _has_year(m):
                found.append(_birth(*_date_span(m)))
    return found


_THE_SAME_DATE = re.compile(rf"[ \t]*[\[(][ \t]*=[ \t]*(?:{_DATE})(?![\d])")


# The date a birth's sentence goes on to give or correct: 'født om vinteren. I Danmark har han fået 1. januar 2009',
# 'er født 31.03.2013. Det korrekte er 31. marts 2013'.
_GIVEN_DATE = re.compile(rf"(?i)\b(?:fået|tildelt|registreret(?:[ \t]+(?:med|som))?|korrekte[ \t]+er|rettet[ \t]+til"
                         rf"|ændret[ \t]+til)[ \t]+(?:{_DATE})(?![\d]|[ \t]+(?:som[ \t]+(?!fødsels)|til\b|kl\b|med\b))")
# A mail's or a letter's subject: a person's name, then a full date ('Emne: SV: SØRENSEN, BERIVAN KIM 25. marts
# 2012 – skoleskift', 'Ang. Bogdan Rusu 31.01.2017').
_SUBJECT = re.compile(rf"(?im)^[ \t]*(?:emne|subject|vedr\.?|ang\.?|angående)[ \t]*:?[ \t]*"
                      rf"(?:(?:sv|vs|re|fw|fwd)[ \t]*:[ \t]*)*(?:[^\n,:\d]{{1,40}},[ \t]*)?"  # a topic first: 'klage over pålæg, '
                      rf"(?P<who>(?:[^\W\d_][^\W\d_'-]*,?[ \t]+){{1,4}})(?:{_DATE})(?![\d])")


def _subjects(text: str) -> list[Finding]:
    found = []
    starts = (0, *(m.start() + 1 for m in _SUBJECT_START.finditer(text)))  # a literal line break first: cheap
    for m in (_SUBJECT.match(text, start) for start in starts):
        if m and _has_year(m) and _real_date(m) and _all_names(text, m.start("who"), m.group("who")):
            found.append(_birth(*_date_span(m)))
    return found


_SUBJECT_START = re.compile(r"\n[ \t]*(?:[Ee]mne|EMNE|[Ss]ubject|SUBJECT|[Vv]edr|VEDR|[Aa]ng|ANG)\b")


def _all_names(text: str, start: int, words: str) -> bool:
    """Each word a name; in capitals, as registers write them, one name among words that may be names will do
    ('TARIQ LIN KILIÇ')."""
    from .unlisted_names import is_person, may_name  # it reads this module's towns

    named = False
    for word in re.finditer(r"[^\W\d_][^\W\d_'-]*", words):
        w, at = word.group(), start + word.start()
        person = is_person(text, at, w.lower() if w.isupper() else w) and w.lower() not in PERSON_WORDS
        if not person and not (w.isupper() and may_name(w.lower())):
            return False
        named = named or person
    return named


# A message that is only a date, answering a question about one's birth a few lines up: '[06:53] bashiir:
# 27/7-2004', '[30.01 10:37] 09.08.2004 tror jeg'.
_DATE_ALONE = re.compile(rf"(?m)^[ \t]*(?:\[?[\d./: -]{{4,20}}\]?(?:[ \t]+kl\.?[ \t]+[\d:.]{{4,5}})?[ \t]+"
                         rf"(?:[^\W\d_][^\n:]{{0,30}}:[ \t]*)?|@[\w.]{{2,30}}:[ \t]*"
                         rf"|[^\W\d_][^\n:]{{0,30}}:[ \t]*(?:[Jj]a|[Jj]o|[Dd]et er|[Dd]en er)[ \t]*,?[ \t]*)"  # 'Anmelder: Ja, ...'
                         rf"(?:{_DATE})(?![\d])[ \t]*(?:tror jeg|vist|\?)?\.?[ \t]*$")
_ASKED = re.compile(r"(?i)fødselsdato|fødselsdag|født|birthday|date of birth")


# A speaker's line that is only a date, right under the question ('Og din fødselsdato til ansøgningen?\nLars:
# 14.05.2008'); a form's next field ('Mødedato: 12.03.2024') answers nothing.
_SPEAKER_THEN_DATE = re.compile(rf"(?m)^[ \t]*(?P<speaker>[^\W\d_][^\n:]{{0,30}}):[ \t]*(?:{_DATE})(?![\d])"
                                r"[ \t]*\.?[ \t]*$")


def _answers(text: str) -> list[Finding]:
    if "ødsels" not in text and "ødt" not in text and "birth" not in text:
        return []
    found = []
    for m in _DATE_ALONE.finditer(text):
        if _has_year(m) and _real_date(m) and _ASKED.search(text, max(0, m.start() - 240), m.start()):
            found.append(_birth(*_date_span(m)))
    if "?\n" in text:
        for m in _SPEAKER_THEN_DATE.finditer(text):
            question = text[text.rfind("\n", 0, max(0, m.start() - 1)) + 1:max(0, m.start() - 1)].rstrip()
            if (question.endswith("?") and _ASKED.search(question) and _has_year(m) and _real_date(m)
                    and not m.group("speaker").lower().endswith(("dato", "date", "dag", "tid"))):
                found.append(_birth(*_date_span(m)))
    return found


# After 'fødselsdato(er)' in the same paragraph: 'Det er Alfred 27. april 2009 og Laura 2006-05-26'.
_NAME_THEN_DATE = re.compile(rf"(?<![^\W\d_])([A-ZÆØÅ][^\W\d_]+)[ \t]+(?:{_DATE})(?![\d])")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


def _named_dates_after(text: str, start: int) -> list[Finding]:
    """Each person's name followed by a full date, within 160 characters of the paragraph after the trigger."""
    from .unlisted_names import is_person  # it reads this module's towns

    stop = min(len(text), start + 160)
    paragraph_end = _PARAGRAPH_END.search(text, start, stop)
    stop = paragraph_end.start() if paragraph_end else stop
    return [_birth(*_date_span(m)) for m in _NAME_THEN_DATE.finditer(text, start, stop)
            if _has_year(m) and _real_date(m) and is_person(text, m.start(1), m.group(1))]


# The right date after a wrong one: '... som 2005-01-08; korrekt er 9. januar 2006', ', men rettet til ...'.
_CORRECTED_DATE = re.compile(rf"[;,.]?[ \t]*(?:men[ \t]+)?(?:korrekt|korrekte|rigtig|rigtige|rettet)[^\n\d]{{0,20}}?(?:{_DATE})(?![\d])")
# ... or as another register has it: 'fødselsdatoen 17.07.2010, men i Udlændingestyrelsens registrering står 2010-07-17'.
_REGISTERED_DATE = re.compile(rf",[ \t]*men[ \t]+i[ \t]+[^\n\d.]{{0,50}}?[ \t](?:står|er|angives)[ \t]+(?:{_DATE})(?![\d])")
_AND_DATE_ALONE = re.compile(rf"[ \t]+og[ \t]+(?:den[ \t]+)?(?:{_DATE})(?![\d])")
# 'Bo og lillebror Malthe, født henholdsvis 29.08.2016 og 2020-12-07': one date for each.
_RESPECTIVELY = re.compile(r"(?i)\b(?:henholdsvis|hhv\.)")
_CHILDREN_THEN_BORN = re.compile(r"(?i)\b(?:børn|børnene|søskende|tvillinger|tvillingerne|sønner|døtre|drenge|piger)"
                                r"\b[ \t,]*(?:er[ \t]+|blev[ \t]+)?$")
_AND_THEN_DATE = re.compile(rf"[ \t]+og[ \t]+(?P<who>[^\W\d_]+)[ \t]+(?:{_DATE})(?![\d])")
# A list of births after the first: 'Oksana er født 2013-09-13, dmytro 2.8.2018', '..., lillesøster 10/5-2021'.
_COMMA_THEN_DATE = re.compile(rf",[ \t]+(?P<who>[^\W\d_]+)[ \t]+(?:{_DATE})(?![\d])")


def _births_listed_on(text: str, end: int) -> list[Finding]:
    found = []
    while (also := _COMMA_THEN_DATE.match(text, end)) and _a_sibling(also.group("who")) and _real_date(also) \
            and _has_year(also):
        found.append(_birth(*_date_span(also)))
        end = also.end()
    return found


def _a_sibling(word: str) -> bool:
    """A person's word in a list of births: a relative's word, a listed name, or a word of no dictionary."""
    from .name_list import lexicon
    from .unlisted_names import may_name  # both read this module

    low = word.lower()
    return low in PERSON_WORDS or lexicon().get(low) == "name" or (may_name(low) and not ordinary(low))


def _earlier_in_its_row(text: str, at: int) -> list[Finding]:
    """A timeline table's row '| 28.05.2015 | Alma født |': the date in a cell before the one that says born."""
    begin = text.rfind("\n", 0, at) + 1
    if not text.startswith("|", begin) and not text[begin:at].lstrip(" \t").startswith("|"):
        return []
    return [_birth(*trim(text, s, e)) for s, e in cells(text[begin:at], begin)[:-1] if _date_cell(text[s:e])]


# 'Barn A (14.02.2015)', 'Mor (3/9-1988)': a full date in parentheses right after a person is when they were born.
# ... or after a name inside the parentheses: 'Mor (Nivikka Rosing, 6. august 1993)'.
_DATE_IN_PARENTHESES = re.compile(rf"\((?:[^()\n,]{{1,40}},)?[ \t]*(?:den[ \t]+)?(?:{_DATE})[ \t]*\)")  # '(den 9. august 2007)'
# A full date after a name and a comma: 'sagen om Nivikka Rosing, 23.03.2010.' (after a role it is an event's date:
# 'Samtale med Mor, 12.03.2025').
_DATE_AFTER_COMMA = re.compile(rf"(?:,|[ \t][–·-])[ \t]*(?:{_DATE})(?![\d])")  # or a list's dash: 'Carl Madsen – 23.3.09'
_EVENT_BEFORE = frozenset("fra med til hos af ved om".split())  # 'E-mail fra klasselærer (16.11.2025)': an event
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*$")


_NAME_RUN_BEFORE = re.compile(r"((?:[A-ZÆØÅ][^\W\d_]*[ \t]+)*)$")


def _met_on(text: str, start: int) -> bool:
    """The name, after a comma and a date, is whom a talk or a meeting was with: 'Telefonsamtale med Rahel, ...'."""
    run = _NAME_RUN_BEFORE.search(text, max(0, start - 60), start)
    first = run.start(1) if run else start
    if _MEETING_TITLE.search(text, max(0, first - 30), first):
        return True  # a title's 'Samtale – Dylan Havgaard – 16/4-2023'
    m = _WORD_BEFORE.search(text, max(0, first - 20), first)
    if m is not None and m.group(1).lower() == "af":  # 'Noteret af Magnus Toft, 2024-03-17': who wrote it, and when
        done = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        return done is not None and done.group(1).lower().endswith(_PARTICIPLE_ENDINGS)
    return m is not None and m.group(1).lower() in _MET


_PARTICIPLE_ENDINGS = ("et", "at", "ret", "vet", "gt", "st")  # noteret, oversat, skrevet, godkendt, læst
_MEETING_TITLE = re.compile(r"(?i)(?:samtale|møde|besøg|notat|opkald|referat)[^\W\d_]*[ \t]*[–:-][ \t]*$")


_MET = frozenset("med hos ved".split())  # 'Samtale med', 'Notat ved'; not 'sagen om Alfred Askebjerg, 23.03.2010'
_WEEKDAYS = frozenset("""mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday man tir ons
tor fre lør søn mandag tirsdag onsdag torsdag fredag lørdag søndag""".split())


def _event(text: str, before: re.Match) -> bool:
    """'E-mail fra klasselærer (16.11.2025)': after a preposition, a role's date is the date of a meeting or a
    letter (a name's is still a birth date: 'Børnesamtale med Lærke (6. juni 2012)')."""
    if before.group(1)[:1].isupper() and before.group(1).lower() not in PERSON_WORDS:
        return False
    m = _WORD_BEFORE.search(text, max(0, before.start() - 20), before.start())
    return m is not None and m.group(1).lower() in _EVENT_BEFORE


# 'Kamma blev 4 (19/12/2020)', 'fyldte 8 år (31.5.2016)': the date an age was reached on is a birthday.
_AGE_THEN_DATE = re.compile(
    rf"(?i)\b(?:blev|fyldte|fylder)[ \t]+\d{{1,2}}(?:[ \t]+år)?[ \t]*\([ \t]*(?:{_DATE})[ \t]*\)")


# A CPR number's date part: 'cpr 221215-4077', '29-11-15-8739', '19 03 09 7117'.
_CPR_DATE = re.compile(r"(?<![\d])(\d\d)[ .–-]?(\d\d)[ .–-]?(\d\d)[ .–-]{0,3}\d{4}(?!\d)")
_DATE_NEAR = re.compile(rf"(?<![\d./-])(?:{_DATE})(?![\d])")


def _dates_of_cpr_numbers(text: str, lines: list[tuple[int, int]] | None) -> list[Finding]:
    """A full date beside a CPR number of the same day is the birth it encodes: 'cpr 221215-4077 (22 December
    2015)', 'Nuka Lynge, 6. oktober 2006 (cpr 061006-7567)'."""
    found = []
    for start, end in within(text, lines):
        for m in _DATE_NEAR.finditer(text, max(0, start - 40), min(len(text), end + 40)):
            parts = _date_parts(m)
            beside = _CPR_DATE.finditer(text, max(0, m.start() - 40), min(len(text), m.end() + 40)) if parts else ()
            if any((cpr.end() <= m.start() or cpr.start() >= m.end()) and _same_day(parts, cpr) for cpr in beside):
                found.append(_birth(*_date_span(m)))
    return found


def _same_day(parts: tuple[int, int, int], cpr: re.Match) -> bool:
    day, month, year = parts
    return (int(cpr.group(1)), int(cpr.group(2)), int(cpr.group(3))) == (day, month, year % 100)


def _date_parts(m: re.Match) -> tuple[int, int, int] | None:
    """Day, month and year of a full date the expression read, or None."""
    from .read_out import MONTH_NUMBERS  # it reads this module's rules

    if m.group("iso"):
        return int(m.group("id")), int(m.group("im")), int(m.group("iy"))
    if m.group("num") and m.group("ny"):
        return int(m.group("nd")), int(m.group("nm")), int(m.group("ny"))
    if m.group("txt") and m.group("ty") and (month := MONTH_NUMBERS.get(m.group("tm").lower().rstrip("."))):
        return int(m.group("td")), month, int(m.group("ty"))
    if m.group("mdy") and (month := MONTH_NUMBERS.get(m.group("mdy").split()[0].lower().rstrip(".,"))):
        return int(m.group("md")), month, int(m.group("my"))
    return None


def _dates_after_a_person(text: str, lines: list[tuple[int, int]] | None) -> list[Finding]:
    spans = within(text, lines)
    aged = [_birth(*_date_span(m)) for start, end in spans
            for m in _AGE_THEN_DATE.finditer(text, max(0, start - 20), end) if _has_year(m) and _real_date(m)]
    return aged + [_birth(*_date_span(m))
                   for pattern, named in ((_DATE_IN_PARENTHESES, False), (_DATE_AFTER_COMMA, True))
                   for start, end in spans for m in pattern.finditer(text, start, end) if _born(text, m, named)]


def _born(text: str, m: re.Match, named: bool) -> bool:
    """The full date follows a person: in parentheses any person but a role at an event; after a comma a name."""
    before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()) if _has_year(m) else None
    if not named and _has_year(m) and _real_date(m) and _initials_before(text, m.start()) \
            and not _TIME_AFTER.match(text, m.end()):
        return before is None or not _event(text, before)  # 'AL (11-03-2008) bor hos', 'T.F. (August 19, 2021)'
    if before is None or not _real_date(m) or _TIME_AFTER.match(text, m.end()):
        return False  # 'Regionshospitalet Gødstrup, 05.09.2024 kl. 16.55': when something happened there
    if not named and in_a_list_of_children(text, m.start()):  # 'tre børn: pim (25/5-2018), chaiwat (...)'
        return True
    if not named and _beside_a_dated_person(text, m):  # 'Sikkerhedsplan for Ask (29.07.15) og Frej (16/03-23)'
        return True
    if not named and _PARENTS_AFTER.match(text, m.end()) and _has_year(m) and _real_date(m):
        return True  # a child's entry, its parents after it: '• Siriporn (13/4-2011): far Niran ..., mor Jintana'

    word = before.group(1)
    if word.lower() in _WEEKDAYS:  # 'Sent: Tue, 10 Mar 2026'
        return False
    if named and not (word[:1].isupper() and word.lower() not in PERSON_WORDS) \
            or (word.lower() in towns() and not _a_first_name_before(text, before.start(1))) or _COUNTRY.fullmatch(word):
        return False  # 'Kolding, 25/1 2023', 'Køge Kommune, Denmark, 18 April 2024': a letter's place and date
    if named and _PLACE_FIRST.search(text, max(0, before.start(1) - 30), before.start(1)):
        return False  # 'Vester Skerninge, 06-04-2025': a village, named as places are
    if named and _met_on(text, before.start(1)):
        return False  # 'Samtale med Najma, 21/11-2023': the day of the talk
    if named and _SCHOOLING_AFTER.match(text, m.end()) and _has_year(m):
        return True  # a household's child: 'Robel McKenna, 22.12.2012, går i 6. klasse'
    if named and (_by_staff(text, before.start(1)) or _in_a_towns_name(text, before.end(1))):
        return False  # 'Noter fra frivillig Sofie Dahl, 25.03.2024', 'Brøndby Strand, 10/7-2025': a note's day
    return _names_a_person(text, before.start(1), word) and (named or not _event(text, before))


_PARENTS_AFTER = re.compile(r"[ \t]*:[ \t]*(?:far|mor|forældre|plejemor|plejefar)\b")
# What a child's date is followed by in a list of a household: its class or its day care.
_SCHOOLING_AFTER = re.compile(r"(?i),[ \t]*(?:går|gik|starter)[ \t]+i[ \t]+(?:\d{1,2}\.[ \t]*(?:klasse|kl\.)"
                              r"|børnehave|vuggestue|dagpleje|skole|sfo|fritidsklub)")
# Two people, each with a date in parentheses, joined by 'og': what one is, the other is.
_AND_DATED_AFTER = re.compile(rf"[ \t]+og[ \t]+([A-ZÆØÅ][^\W\d_]+)[ \t]*(?=\([ \t]*(?:{_DATE})[ \t]*\))")
_DATED_AND_BEFORE = re.compile(rf"([A-ZÆØÅ][^\W\d_]+)[ \t]*\([ \t]*(?:{_DATE})[ \t]*\)[ \t]+og[ \t]+[^\W\d_]+[ \t]*$")


def _beside_a_dated_person(text: str, m: re.Match) -> bool:
    partner = _AND_DATED_AFTER.match(text, m.end()) or _DATED_AND_BEFORE.search(text, max(0, m.start() - 80), m.start())
    return partner is not None and _real_date(m) and _has_year(m) and _names_a_person(text, partner.start(1),
                                                                                      partner.group(1))


_TIME_AFTER = re.compile(r"[ \t)]*,?[ \t]*(?:kl\.?[ \t]*)?\d{1,2}[.:]\d\d(?!\d)")
# A person's initials: two to four capitals ('AL'), or with stops ('T.F.'); not an acronym ('BFU', 'PPR').
_INITIALS_BEFORE = re.compile(r"(?<![\w.])([A-ZÆØÅ]{2,4}|(?:[A-ZÆØÅ]\.){2,3})[ \t]*$")


def _initials_before(text: str, start: int) -> bool:
    m = _INITIALS_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and m.group(1).replace(".", "").lower() not in ACRONYMS
_TWO_WORD_TOWN = re.compile(r"[A-ZÆØÅ][a-zæøå]+[ \t]+[A-ZÆØÅ][a-zæøå]+$")
# Who wrote the note the date heads: 'Noter fra frivillig Sofie Dahl, ', 'Notat fra koordinerende sagsbehandler ...'.
_STAFF_BEFORE = re.compile(r"(?i)\b(?:frivillig|sagsbehandler|rådgiver|socialrådgiver|pædagog|kontaktpædagog|mentor"
                           r"|kontaktperson|konsulent|vejleder|behandler|referent|[a-zæøå]*(?:konsulent|rådgiver|"
                           r"behandler|pædagog)"
                           # ... or the note's writer: 'Notat ført af Clara Jensen, 16.02.2025', 'Referat ved ...'
                           r"|(?:ført|skrevet|udarbejdet|noteret|journaliseret|underskrevet|udfyldt)[ \t]+af[ \t]*:?"
                           r"|(?:notat|referat)[ \t]+ved|underskrift[ \t]*:|underskrevet[ \t]*:|signeret[ \t]*:)"
                           r"[ \t]+(?:[A-ZÆØÅ][^\W\d_'-]*,?[ \t-]+){0,3}$")  # 'Udfyldt af: Hadžić, Amra, 14.8.2025'


def _in_a_towns_name(text: str, end: int) -> bool:
    town = _TWO_WORD_TOWN.search(text, max(0, end - 30), end)
    return town is not None and town.group().lower() in towns()


def _by_staff(text: str, name: int) -> bool:
    """The name before the date is a professional's, after their role: the note's author, and the date its day."""
    return _STAFF_BEFORE.search(text, max(0, name - 80), name) is not None
_CHILDREN_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:børn|børnene|søskende|children|kids)(?![^\W\d_])[^.\n]{0,30}:")


def in_a_list_of_children(text: str, at: int) -> bool:
    """After 'børn:' on the line: every word with a date in parentheses is a child and the date its birth."""
    line = text.rfind("\n", 0, at) + 1
    return _CHILDREN_BEFORE.search(text, line, at) is not None


# A place's first word ('Vester Skerninge', 'Sankt Klemens'): no one's first name before a town's name either.
_PLACES_FIRST = ("Vester", "Øster", "Nørre", "Sønder", "Store", "Lille", "Gammel", "Ny", "Sankt")
_PLACES_FIRST_WORDS = frozenset(_PLACES_FIRST + ("Nordre", "Søndre", "Østre", "Vestre", "Skt"))
_PLACE_FIRST = re.compile(rf"(?:^|\n)[ \t]*(?:{'|'.join(_PLACES_FIRST + ('Nykøbing',))})[ \t]+$")


def _has_year(m: re.Match) -> bool:
    return bool(m.group("iy") or m.group("ny") or m.group("ty") or m.group("mdy") or m.group("eight") or m.group("six")
                or m.group("spaced") or m.group("roman"))


def _date_span(m: re.Match) -> tuple[int, int]:
    group = next(g for g in _FORMS if m.group(g))
    return m.start(group), m.end(group)


def _birth(start: int, end: int) -> Finding:
    return Finding(start, end, "P605", "Fødselsdato (en eksakt dato ved 'født' eller 'fødselsdato')")


def _real_date(m: re.Match) -> bool:
    if m.group("iso"):
        return _valid_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    if m.group("num"):
        return _valid_day_month(m.group("nd"), m.group("nm"))
    if m.group("txt"):
        return 1 <= int(m.group("td")) <= 31
    if m.group("mdy"):
        return 1 <= int(m.group("md")) <= 31
    if m.group("eight"):
        return _valid_date(int(m.group("ey")), int(m.group("em")), int(m.group("ed")))
    if m.group("spaced"):
        return _valid_day_month(m.group("pd"), m.group("pm"))
    if m.group("roman"):
        return 1 <= int(m.group("rd")) <= 31
    return _valid_day_month(m.group("sd"), m.group("sm"))


def _valid_day_month(day: str, month: str) -> bool:
    """2000 is a leap year: 29/2 stays possible. An American date ('11/29/2014') has the month first."""
    return _valid_date(2000, int(month), int(day)) or (int(day) <= 12 and _valid_date(2000, int(day), int(month)))


_DATE_ONLY = re.compile(rf"(?i)[ \t*_]*(?:{_DATE})[ \t*_]*$")


_SHORT_HEAD = r"\b[fF]\.?[ \t]?dato\b"  # a column's short heading: 'F.dato', 'fdato'
_TRIGGER_ROW = re.compile(rf"(?m)^[ \t]*\|.*(?:[fF]ødt|[fF]ødsels|FØD|\bf\.|{_SHORT_HEAD}).*\n")


def _birth_date_columns(text: str) -> list[Finding]:
    """A table column headed 'Fødselsdato' (or 'Født') holds dates of birth in every row."""
    headings = [(m.start(), m.end()) for m in _TRIGGER_ROW.finditer(text)]
    found = column_cells(text, headings,
                         lambda heading: _TRIGGER.search(heading + " 1") or re.search(_SHORT_HEAD, heading))
    return [_birth(*trim(text, s, e)) for s, e in found if _date_cell(text[s:e])]


# An export's heading row: cells parted by tabs, ';' or ' | ', or set in columns of spaces; one of them 'Født'.
_BIRTH_WORDS = r"født|fødselsdato|foedt|f(?:oe|o)dselsdato|f\.?[ ]?dato"  # a column's heading; 'foedselsdato' as
# systems write it without Danish letters
# ... a column of CPR numbers or dates of birth: 'CPR/født'
_BIRTH_HEADINGS = _BIRTH_WORDS + r"|dob|date of birth|cpr(?:-?nr\.?)?[ \t]*/[ \t]*(?:født|fødselsdato)"
_EXPORT_HEAD = re.compile(rf"(?im)^[^\n]*?(?:^|\t|;[ \t]?|[ \t]\|[ \t]|[ ]{{2}})(?:{_BIRTH_HEADINGS})"
                          r"[ \t]*(?:\t|;|\|| {2,}|$)[^\n]*$")


def _exported_birth_columns(text: str, lines: list[tuple[int, int]] | None = None) -> list[Finding]:
    """The dates under a heading 'Født' of an export's columns, row by row until the rows end; the headings are
    looked for on the lines of the birth anchors (all lines when none are given)."""
    found, seen = [], set()
    starts = [m.start() for m in _BIRTH_HEAD.finditer(text)] if lines is None else _line_starts_within(text, lines)
    for start in starts:
        line_start = text.rfind("\n", 0, start) + 1
        head = None if line_start in seen else _EXPORT_HEAD.match(text, line_start)
        seen.add(line_start)
        if head is None or head.group().lstrip().startswith("|"):  # a Markdown table's: _birth_date_columns
            continue
        for s, e in export_cells(text, line_start, _BIRTH_HEAD.fullmatch):
            date = _DATE_AT.match(text, s, e)
            if date and _real_date(date):
                found.append(_birth(*_date_span(date)))
    return found


def _line_starts_within(text: str, spans: list[tuple[int, int]]) -> list[int]:
    starts = []
    for start, end in spans:
        at = text.rfind("\n", 0, start) + 1
        while at < end:
            starts.append(at)
            at = text.find("\n", at) + 1 or end
    return starts


_BIRTH_HEAD = re.compile(rf"(?i){_BIRTH_HEADINGS}")


def names_a_birth_column(text: str) -> bool:
    """A heading 'Født' (or its kin) stands somewhere in the text."""
    return _BIRTH_HEAD.search(text) is not None


_DATE_AT = re.compile(rf"(?:(?:den|d\.)[ \t]+)?(?:{_DATE})(?![\d])")  # a cell may say 'den' first


def _date_cell(cell: str) -> bool:
    m = _DATE_ONLY.match(cell)
    return bool(m) and _real_date(m)
