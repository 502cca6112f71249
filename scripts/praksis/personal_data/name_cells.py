"""Names by their place in a record (P606): where a register, a list or a form puts a person's name, so that its
words need not be names any list holds.

- An export's name column: rows parted by ';', tabs or ' | ' under a heading that says name ('navn;cpr;...' over
  'WALSH, JACK;0611911331;...'); a cell of a name's shape (capitals, 'Surname, First', in quotes) is one name.
- A list's or a report's entry in capitals before its birth or a number ('– THOMPSON, MEGAN, f. 18 July 2008',
  'ANDRII TKACHENKO, +45 3183 6592').
- A first name as a list's label before a phone ('– Yrsa: 60769192').
- A name in its own script after a name's label ('Barnets navn: نوید تهرانی').
- A numbered list of people, each entry's name before its birth ('1. Frej Ulvsgaard – 10-10-2008').
- A record signed in capitals on its last line ('Retsmødet hævet kl. 11.40.\nRANNVÁ Í LÍÐ').
- A name alone on the line over a contact's fields, as a CV or a card opens ('Rodel Santos\nAdresse: ...').
What is no name's shape (digits, a sentence, a word in lower case) is left to the other readers.
"""

from __future__ import annotations

import re

from .columns import SEPARATORS, export_cells, line_end
from .name_context import (ACRONYMS, KIN_AND_ROLES, LABELS, PARTICLES, PERSON_WORDS, ROLE_ENDINGS, a_staff_word,
                           a_persons_compound)
from .name_list import lexicon
from .rules import towns
from .words import dictionary_compound, domain, in_dictionary, ordinary

_HEADING_WORDS = frozenset({"navn", "name", "fulde navn", "fuldt navn", "barnets navn", "fornavn", "efternavn",
                            "full name"})
# A name's shape: one to five words of letters, each with a capital, parted by spaces, a comma or a hyphen.
_NAME_CELL = re.compile(r"[\"']?((?:[^\W\d_][^\W\d_.'’-]*(?:['’-][^\W\d_]+)*\.?)(?:,?[ ](?:[^\W\d_][^\W\d_.'’-]*"
                        r"(?:['’-][^\W\d_]+)*\.?)){0,4})[\"']?")


def _says_name(text: str) -> bool:
    """'navn' or 'name' in any case, asked as literals before any expression: most texts say neither."""
    return "avn" in text or "AVN" in text or "ame" in text or "AME" in text


def name_cells(text: str) -> list[tuple[int, int, str, str]]:
    """The names in every export's name column, as the name readers' hits."""
    if ";" not in text and "\t" not in text and " | " not in text:
        return []
    named = [(word, False) for word in _name_words(text)] if _says_name(text) else []
    hits, headings = [], set()
    # under a role's heading without a name's, a cell of words alone is a unit's ('Team Vest'), not a person's
    for word, strict in named + [(start, True) for start in _role_headings(text)]:
        heading = text.rfind("\n", 0, word) + 1
        row = text[heading:line_end(text, heading)]
        if heading in headings or not any(separator in row for separator in SEPARATORS):
            continue  # a line of prose that says 'navn' (columns set by spaces are left to the other readers)
        headings.add(heading)
        for start, end in export_cells(text, heading, _heads_a_name):
            name = _NAME_CELL.fullmatch(text, start, end)
            if name and _a_name(name.group(1)) and not (strict and _words_alone(name.group(1))):
                hits.append((name.start(1), name.end(1), "P606", name.group(1)))
    return hits


def _words_alone(value: str) -> bool:
    return all(_a_word(word.lower()) and lexicon().get(word.lower()) != "name" for word in re.split(r"[ ,]+", value))


def _a_word(low: str) -> bool:
    """A word of the dictionary or the field, or two of the dictionary joined; not a name a frequency list's parts
    happen to make ('Siriporn')."""
    return in_dictionary(low) or low in domain() or dictionary_compound(low)


def _name_words(text: str):
    """Where 'navn' or 'name' stands as a word (or 'fornavn', 'efternavn'), found by the literal first: most texts
    have neither as a word."""
    for literal in ("avn", "AVN", "ame", "AME"):
        at = text.find(literal)
        while at != -1:
            first, last = at, at + 3
            while first > 0 and text[first - 1].isalpha():
                first -= 1
            while last < len(text) and text[last].isalpha():
                last += 1
            if text[first:last].lower() in _NAME_WORDS:
                yield first
            at = text.find(literal, last)


_NAME_WORDS = frozenset("navn name fornavn efternavn".split())


def _role_headings(text: str) -> list[int]:
    """A table's first row that heads a column with a person's role ('Dato | Kl. | Sprog | Tolk | Tlf.', 'Uge |
    Aktivitet | Henter/bringer'): where it starts. Only a table's first row: the row before holds no separator."""
    found = []
    for separator in (" | ", ";", "\t"):
        at = text.find(separator)
        while at != -1:
            begin = text.rfind("\n", 0, at) + 1
            stop = line_end(text, begin)
            before = text[text.rfind("\n", 0, max(0, begin - 1)) + 1:max(0, begin - 1)] if begin else ""
            heads = [cell.strip(" \t\"'*_").lower() for cell in text[begin:stop].split(separator)]
            if separator not in before and separator in text[stop + 1:line_end(text, stop + 1)] and any(
                    head in _ROLE_HEADINGS or (head in _PEOPLES_HEADINGS and len(heads) >= 3) for head in heads):
                found.append(begin)  # a child's or a contact's column in a table of three or more, not a form's first
                # key and value ('Barn\tBarn A (11 år)')
            at = text.find(separator, stop)
    return found


# A role's column: an interpreter's, an escort's, who fetches and brings, who is in charge, who does it, whose child.
_ROLE_HEADINGS = frozenset("""tolk ledsager ansvarlig ansvarlige henter bringer henter/bringer hentes af
kontaktperson frivillig frivillige plejefamilie aflastning hvem forælder forældre gæst gæster elev medarbejder
""".split()) | {"hentes af", "ansvarlig voksen", "hvem gør det"}  # ... a guest list's guest and parent


# ... and a column of children or of contacts ('Tid | Barn | Præparat', 'Barn | Født | Kontakt | Telefon').
_PEOPLES_HEADINGS = frozenset("barn barnet børn deltager deltagere kontakt nødkontakt pårørende".split())


def _heads_a_name(cell: str) -> bool:
    """'Navn', or beside it a relative's or a contact's column ('Forælder', 'Nødkontakt'): names fill those too."""
    heading = cell.strip(" \t\"'*_").lower()
    return (heading in _HEADING_WORDS or heading in KIN_AND_ROLES or heading in _CONTACT_HEADINGS
            or heading in _ROLE_HEADINGS)


_FIELDS = frozenset("""cpr nr e-mail email mail telefon tlf mobil adresse fødselsdato skole klasse bopæl""".split())
_CONTACT_HEADINGS = frozenset("nødkontakt pårørende deltager kontakt forælder forældre".split())


def _a_name(value: str) -> bool:
    """Every word starts with a capital but a particle ('Rodel dela Cruz'); no word is a role's or a label's (a
    row of contacts: 'Sagsbehandler;Nanna Holst;...'); a word alone is no word of the dictionary but a name's."""
    words = re.split(r"[ ,]+", value)
    if any(word.lower() in PERSON_WORDS or word.lower() in LABELS or word.lower() in _FIELDS
           or word.lower().endswith(ROLE_ENDINGS) or a_persons_compound(word.lower()) for word in words):
        return False  # a row's label in a table turned on its side: 'Navn | gammelt navn | nyt navn' over 'CPR-nr. | ...'
    if "-" in value and any(part.lower() in _FIELDS for part in re.split(r"[-.]+", value)):
        return False
    if len(words) == 1 and _a_word(words[0].lower()) and lexicon().get(words[0].lower()) != "name":
        return False  # 'Total', 'Kontakt'
    return words[0][:1].isupper() and all(word[:1].isupper() or word in PARTICLES for word in words)


# An entry that opens a line or a list's item with its name in capitals, then the birth: '– BERHANE, LUWAM, f.
# January 22, 2008', 'SANTOS, JONALYN (f. 29.10.2012)'; or then a number after a comma, as a contact list or a
# report names someone: 'ANDRII TKACHENKO, +45 3183 6592, Blåbærvej 135', 'Pigen, RUTA ABEBE FILMON, 31.10.09'.
_CAPITALS_THEN_BIRTH = re.compile(r"(?m)(?:^|[–:-][ \t]+|(?P<role>[A-ZÆØÅ][a-zæøå]+),[ \t]+)[ \t*]*"
                                  r"(?P<name>(?:[^\W\d_a-zæøå][^\W\d_a-zæøå'’-]+,?[ \t]+){1,3}[^\W\d_a-zæøå][^\W\d_a-zæøå'’-]+)"
                                  r"[ \t]*(?P<birth>[,(][ \t]*(?:f\.|født)[ \t]*[\dA-Z])?"
                                  r"(?(birth)|,[ \t]*(?:(?:CPR|cpr)(?:-?nr\.?)?[ \t:]*)?[\d+(])")  # 'BOHDAN BOIKO, CPR 1401...'


def capitals_before_a_birth(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """A list's or a report's entry in capitals before its birth or a number (see the expression above). `words`:
    the scan's capitalised words; most texts have no two in capitals side by side, and are done at once."""
    if not any(a[1] + 3 >= b[0] and text[a[0]:a[1]].isupper() and text[b[0]:b[1]].isupper() and a[1] - a[0] > 1
               for a, b in zip(words, words[1:])):
        return []
    return [(m.start("name"), m.end("name"), "P606", m.group("name")) for m in _CAPITALS_THEN_BIRTH.finditer(text)
            if m.group("name").isupper() and _an_entrys_name(m)]


def _an_entrys_name(m: re.Match) -> bool:
    """No acronym of the field; before a number rather than a birth, a name no dictionary holds every word of
    ('BØRNEFAGLIG UNDERSØGELSE, 12.03.2025' is a heading), after a role's word if one stands first ('Pigen, ')."""
    words = [word.lower() for word in re.split(r"[ ,\t]+", m.group("name"))]
    if any(word in ACRONYMS for word in words) or (m.group("role") and m.group("role").lower() not in PERSON_WORDS):
        return False
    return bool(m.group("birth")) or any(not ordinary(word) or lexicon().get(word) == "name" for word in words)


# A first name as a list's label before a phone number, after a dash: '1. Frej Ulvsgaard – 10-10-2008 – Yrsa:
# 60769192' (whom to call for the child).
_NAME_BEFORE_A_NUMBER = re.compile(r"[ \t]*(?P<name>[A-ZÆØÅ][^\W\d_]+):[ \t]*(?:\+|\(\+?)?\d[\d \t.()-]{6,}\d")  # after ' – '
_NUMBERS_LABELS = frozenset("""telefon tlf tel mobil mob fastnet hjem hjemme arbejde privat fax sms direkte nummer nr
kontakt vagt vagten hotline omstilling akut døgn nødnummer kl klokken tid""".split())


def names_before_a_number(text: str) -> list[tuple[int, int, str, str]]:
    if ":" not in text:
        return []
    return [(m.start("name"), m.end("name"), "P606", m.group("name")) for m in _after_dashes(text)
            if (low := m.group("name").lower()) not in _NUMBERS_LABELS and low not in PERSON_WORDS
            and low not in LABELS and 8 <= sum(ch.isdigit() for ch in text[m.end("name"):m.end()]) <= 12
            and not _TIMES.search(m.group())]


def _after_dashes(text: str):
    """Each ' – ' or ' - ' inside a line (not a bullet's), found by the literal, with a name's label and a number
    after it: a word's hyphen is never asked."""
    for dash in (" – ", " - "):
        at = text.find(dash)
        while at != -1:
            if at and not text[at - 1].isspace() and text[at - 1] not in "–-":
                m = _NAME_BEFORE_A_NUMBER.match(text, at + 3)
                if m:
                    yield m
            at = text.find(dash, at + 3)


_TIMES = re.compile(r"\d{1,2}[.:]\d\d[ \t]*[-–][ \t]*\d{1,2}[.:]\d\d")  # '10.30-12.00': hours, not a phone


# A name in its own script after a name's label, the Latin spelling after it or not: 'Barnets navn: نوید تهرانی (Navid
# Tehrani)', 'Faderens navn: آرش جعفری / Arash Jafari' (Greek, Cyrillic, Hebrew, Arabic and Persian letters).
_SCRIPT_LETTER = "[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"
_A_SCRIPT = re.compile(_SCRIPT_LETTER)
_SCRIPT_NAME = re.compile(rf"(?im)\b(?:{'|'.join(sorted(_NAME_WORDS))})[ \t]*:[ \t]*"
                          rf"(?P<name>{_SCRIPT_LETTER}[^\n(/:,;]{{0,60}}?)[ \t]*(?=\(|/|,|;|$)")


def names_in_their_script(text: str) -> list[tuple[int, int, str, str]]:
    if not _says_name(text) or not _A_SCRIPT.search(text):
        return []
    return [(m.start("name"), m.end("name"), "P606", m.group("name")) for m in _SCRIPT_NAME.finditer(text)]


# A numbered list's entry: its name, then its birth after a dash, a comma or in parentheses ('8. Ask Skov –
# 01-02-2008 – ...', '12. Ask Lyngholm (11.3.09)', '6. Kragelund, Ask, 2014-02-07'), as a team's or a camp's list
# gives it; the name's words may all be words of the dictionary.
_NUMBERED_ENTRY = re.compile(r"(?m)^[ \t]*\d{1,3}[.)][ \t]+(?P<name>[A-ZÆØÅ][^\W\d_]+(?:,?[ \t]+[A-ZÆØÅ][^\W\d_]+){1,3})"
                             r"(?:[ \t]+[–-][ \t]+|,[ \t]*|[ \t]*\([ \t]*)\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")


def numbered_entries(text: str) -> list[tuple[int, int, str, str]]:
    if not text[:1].isdigit() and "\n1" not in text and "\n 1" not in text:
        return []  # a numbered list starts at 1
    entries = [m for m in _NUMBERED_ENTRY.finditer(text) if not any(
        word.lower() in PERSON_WORDS or word.lower() in LABELS for word in re.split(r"[ ,\t]+", m.group("name")))]
    if len(entries) < 3:
        return []  # a list of people has many such entries; an agenda may date an item or two
    return [(m.start("name"), m.end("name"), "P606", m.group("name")) for m in entries]


# A record signed in capitals on its last line, under a sentence: a court record's judge ('Retsmødet hævet kl.
# 11.40.\nRANNVÁ Í LÍÐ').
_LAST_LINE = re.compile(r"(?<=[.:]\n)[ \t]*(?P<name>[^\W\d_a-zæøå][^\W\d_]*(?:[ \t-]+[^\W\d_][^\W\d_]*){1,3})[ \t]*\s*\Z")


def signed_in_capitals(text: str) -> list[tuple[int, int, str, str]]:
    m = _LAST_LINE.search(text, max(0, len(text) - 60))
    if m is None or not m.group("name").isupper():
        return []
    words = [word.lower() for word in re.split(r"[ \t-]+", m.group("name"))]
    if any(word in ACRONYMS for word in words) or all(ordinary(word) or word in PARTICLES for word in words):
        return []  # 'SLUT', 'MED VENLIG HILSEN', 'BØRN OG UNGE'
    return [(m.start("name"), m.end("name"), "P606", m.group("name"))]


# A name alone on its line right over a contact's field: a CV's or a contact card's head ('Rodel Santos\nAdresse:
# bredgade 64', 'EMRE ŞAHIN\nMobil: ...').
_OVER_CONTACT_FIELDS = re.compile(r"(?m)^[ \t*#]*(?P<name>[^\W\d_a-zæøå][^\W\d_'’-]*(?:-[^\W\d_]+)?"
                                  r"(?:[ \t]+(?:[^\W\d_a-zæøå][^\W\d_'’-]*(?:-[^\W\d_]+)?|[a-z]{2,4})){1,3})"
                                  r"[ \t*]*\n[ \t*]*(?:(?:Adresse|Bopæl|Mobil|Tlf|Telefon|E-?mail|Mail|Født|Fødselsdato)"
                                  r"\b[^\n:]{0,12}:"
                                  # ... or over a line that opens with a phone and its mail: 'Storm Dal\n22 50 30 60 ·
                                  # storm.dal@aalborg.dk'
                                  r"|(?:\+\d\d[ \t]?)?\d\d[ \t]?\d\d[ \t]?\d\d[ \t]?\d\d[ \t]*[·|,][ \t]*(?P<local>[\w.-]+)@)")


def names_over_contact_fields(text: str) -> list[tuple[int, int, str, str]]:
    if "dresse:" not in text and "obil:" not in text and "lf.:" not in text and "mail:" not in text and "@" not in text:
        return []
    found = []
    for m in _OVER_CONTACT_FIELDS.finditer(text):
        words = [word.lower() for word in re.split(r"[ \t-]+", m.group("name"))]
        if any(word in ACRONYMS or word in PERSON_WORDS or word in LABELS for word in words):
            continue
        spelt = m.group("local") is not None and m.group("local").lower().startswith(words[0])  # 'storm.dal@'
        if not spelt and (all(ordinary(word) or word in PARTICLES for word in words)
                          or any(word in towns() for word in words)):
            continue  # 'Familiens Hus', 'Kontakt Oplysninger', 'Vejle Bibliotek'
        found.append((m.start("name"), m.end("name"), "P606", m.group("name")))
    return found


# A name alone on its line, after a blank line, over a professional's title: a signature without its sign-off
# ('\n\nLinh Dang\nRådgiver, Børn og Unge', "Megan O'Brien\nSocialrådgiver").
# Read from each line that a professional's title opens alone or before a comma (a line break first: C's search skips
# to each), back to the name's line and the blank line before it.
_ROLE_LINE = re.compile(r"\n[ \t]*(?P<role>[A-ZÆØÅ][a-zæøå]+)[ \t]*(?=,|\n|$)")
_NAME_LINE = re.compile(r"[ \t]*(?P<name>[A-ZÆØÅ][^\W\d_'’-]*(?:['’-][A-ZÆØÅ]?[^\W\d_'’-]+)?"
                        r"(?:[ \t]+[A-ZÆØÅ][^\W\d_'’-]*(?:['’-][A-ZÆØÅ]?[^\W\d_'’-]+)?){0,2})[ \t]*")


def names_over_a_role(text: str) -> list[tuple[int, int, str, str]]:
    found = []
    for role in _ROLE_LINE.finditer(text):
        if not a_staff_word(role.group("role").lower()):
            continue
        begin = text.rfind("\n", 0, role.start()) + 1
        m = _NAME_LINE.fullmatch(text, begin, role.start())
        if m is None or (begin and text[text.rfind("\n", 0, begin - 1) + 1:begin - 1].strip(" \t")):
            continue  # the name's line must follow a blank line or open the text
        words = [word.lower() for word in re.split(r"[ \t'’-]+", m.group("name")) if word]
        if _names_no_one(words) or any(map(a_staff_word, words)):
            continue  # 'Familiens Hus\nPædagog', 'Borgerservice\nRådgiver', a role over its team
        found.append((m.start("name"), m.end("name"), "P606", m.group("name")))
    return found


# A name alone on its line over a street, a number and a postcode: a letter's addressee ('MELNYK\nBakkevej 15, 2500
# Valby', 'Reyes\nViolvej 22\n4800 Nykøbing F').
_OVER_AN_ADDRESS = re.compile(r"(?m)^[ \t]*(?P<name>[^\W\d_a-zæøå][^\W\d_'’-]*(?:-[^\W\d_]+)?"
                              r"(?:[ \t]+[^\W\d_a-zæøå][^\W\d_'’-]*(?:-[^\W\d_]+)?){0,3})[ \t]*\n"
                              r"[ \t]*[^\W\d_][^\W\d_.]*(?:[ \t]+[^\W\d_][^\W\d_.]*){0,3}[ \t]+\d{1,4}[ \t]?[A-Za-z]?\b"
                              r"[^\n]{0,30}(?:\n[ \t]*)?\b\d{4}[ \t]+[A-ZÆØÅ]")


def names_over_an_address(text: str, postcodes: bool = True) -> list[tuple[int, int, str, str]]:
    """`postcodes`: the one-pass scan saw a postcode before a town (else no address block can follow a name)."""
    if not postcodes:
        return []
    found = []
    for m in _OVER_AN_ADDRESS.finditer(text):
        words = [word.lower() for word in re.split(r"[ \t-]+", m.group("name"))]
        if _names_no_one(words):
            continue  # 'Aalborg\nBoulevarden 13, ...', 'Borgerservice', 'Familiens Hus', 'Ungdomsboligen'
        if words[0].endswith(("en", "et")) and (in_dictionary(words[0]) or dictionary_compound(words[0])):
            continue  # a body's kind, definite, before its name: 'Advokatfirmaet Kongeå'
        found.append((m.start("name"), m.end("name"), "P606", m.group("name")))
    return found


def _names_no_one(words: list[str]) -> bool:
    """A line's words over a title or an address that are no one's name: one an acronym, a person's or a label's
    word, a town or the field's own; or every one a word of the dictionary ('Familiens Hus')."""
    return (any(word in ACRONYMS or word in PERSON_WORDS or word in LABELS or word in towns() or word in domain()
                for word in words)
            or all(in_dictionary(word) or dictionary_compound(word) or word in PARTICLES for word in words))
