"""Personal names (P606, P607): the vendored name list, and names in no list (unlisted_names.py).

Each listed name has a tier (see data/names/README.md). The case of a word and its
place in the sentence decide what a match means:

- lower case: only names that are never ordinary words ("mette"),
- Capitalised: `name`/`title` always; `word` names ("Storm") are errors
  mid-sentence and warnings at the start of a sentence when a person verb
  follows; `common` names ("Hans", "Per") only count mid-sentence,
- CAPITALS: only `name` names of four letters or more (not acronyms).

The candidates come from the one pass of anchors.py (its capitalised words) and,
for lower-case names, from Aho-Corasick over the name list.
"""

from __future__ import annotations

import re

from . import anchors
from .findings import Finding, length_note
from .name_context import (ACRONYMS, CALENDAR, COMPASS, CONTEXT_WORDS, FAMILY, FUNCTION_WORDS, HONORIFICS, PARTICLES,
                           PERSON_VERBS, PERSON_WORDS, PETS, ROLES, SEASONS, UNITS,
                           a_persons_compound, acts_after, described_after, human_after, name_end, named_before, owned_after,
                           pet_named, previous_word, role_after, sentence_start, speaks_after, word_before)
from .columns import line_end
from .handles import handles, shaped_handles
from .initials import after_a_count, initials, lower_initials
from .languages import a_german_word, german_paragraphs
from .name_cells import (capitals_before_a_birth, name_cells, names_before_a_number, names_in_their_script,
                         names_over_a_role, names_over_an_address, names_over_contact_fields, numbered_entries,
                         signed_in_capitals)
from .name_list import DEFAULT_PLACES, lexicon, lowercase_names
from .rules import MONTHS, MONTHS_ABROAD, towns
from .words import LETTERS, danish, domain, in_dictionary, ordinary, phrase_words, phrases, vocabulary
from .unlisted_names import (SURNAMES_INITIAL, TRADES, _DEFINITE_OR_PLURAL, a_doers_compound, a_long_compound, a_units_word,
                             capitals_in_a_sentence, is_person, may_name, may_speak, names_a_role, nicknamed_noun,
                             named_by_context, repeated_capitals, stranger, stranger_level)

__all__ = ["find_names", "is_person", "lexicon", "sentence_start"]

_NAME_GAP = re.compile(r"[ \t]?-?[ \t]?")
_MONTH_NAMES = frozenset(MONTHS.split("|") + MONTHS_ABROAD.split("|"))
_COMPOUND = re.compile(r"-[a-zæøå]")
_MODES = {"name": "error", "title": "title", "word": "context", "common": "mid"}
_STRENGTH = {"join": 0, "P607": 1, "P606": 2}


def _mode(token: str, tier: str) -> str | None:
    if token.islower():
        return "error" if tier == "name" and len(token) >= 3 else None
    if token[0].isupper() and token[1:].islower():
        return _MODES[tier]
    if token.isupper() and len(token) >= 4 and tier == "name":
        return "error"
    return None


def find_names(text: str, allowed: frozenset[str] = frozenset(), scan: anchors.Scan | None = None) -> list[Finding]:
    scan = scan or anchors.scan(text)
    places: dict[str, list[tuple[int, int]]] = {}
    for start, end in scan.words + lowercase_names(scan.padded):
        if not _inside_a_token(text, start, end):
            places.setdefault(text[start:end], []).append((start, end))
    forms = lexicon()
    modes: dict[str, str] = {}
    strangers: dict[str, str] = {}
    speakers: list[str] = []
    for token in places:
        low = token.lower()
        if low in allowed or low in DEFAULT_PLACES:
            continue
        tier = forms.get(low)
        if tier is not None and low in domain():  # a shop or a place of the field's list ('Falck', 'Salling')
            continue
        if tier is not None:
            mode = _mode(token, tier)
            if mode:
                modes[token] = mode
        elif len(token) >= 2 and token[1:].islower():
            kind = stranger(low)
            if kind and not (scan.has_word(low) and _written_as_word(text, low)  # 'Genogram', 'genogram'
                             and not (kind == "unknown" and _capital_mid_sentence(text, places[token]))):
                strangers[token] = kind  # ... but 'spiste Yuliia kun et æble', then 'yuliia har fået rifter'
            elif not kind and may_speak(low):
                speakers.append(token)
    # An animal named once ('hesten Freja') is that animal wherever the file names it ('Freja er tegnet ind').
    # ... in capitals too ('hunden Luna', then '"MOR ❤️ LUNA"'), and one a quote's speaker says is a pet
    # ... and a group's name the text gives as such ('Hjort, Ulv og Bjørn er navnene på de tre grupper')
    names_given = "navne" in text or "NAVNE" in text
    pets = {token.lower() for token in (*modes, *strangers, *speakers)
            if any(_pet_before(text, s) or _PET_QUOTED.match(text, e) or (names_given and pet_named(text, s))
                   for s, e in places[token])}
    for token in [token for token in (*modes, *strangers, *speakers) if token.lower() in pets]:
        modes.pop(token, None), strangers.pop(token, None)
        speakers = [speaker for speaker in speakers if speaker != token]
    is_name = lambda word: word in modes or word in strangers  # noqa: E731
    # A very frequent word ('Hans', 'Per') that names someone in one place is still a word elsewhere.
    hits = [(start, end, _level(text, start, end, mode, is_name), token if mode != "mid" else None)
            for token, mode in modes.items() for start, end in places[token]
            if mode == "error" or not _COMPOUND.match(text, end)]  # 'Maj-møderne', 'Bo-tilbuddet': one word
    hits += [(start, end, stranger_level(text, start, end, kind, is_name), token)
             for token, kind in strangers.items() for start, end in places[token]]
    # A word of the frequency list but of no dictionary ('Lan', 'Kalle') that speaks or weeps is someone: a
    # warning ('Lan fortalte, at ...'; not 'Undervejs fortæller'); one with a mother is a person ('Liljes mor').
    for token in speakers:
        low = token.lower()
        for start, end in places[token]:
            if token[-1] == "s" and low not in danish() and owned_after(text, end, any_role=False):  # not 'Fælles mor'
                hits.append((start, end, "P606", token))
            elif in_dictionary(low):  # a genitive's form ('Liljes') speaks only with a family word
                continue
            elif sentence_start(text, start):
                if speaks_after(text, name_end(text, end)):
                    hits.append((start, end, "P607", token))
            elif _speaks_alone(text, start, end):
                hits.append((start, end, "P607", token))
    hits += named_by_context(text, scan, allowed, is_name) + capitals_in_a_sentence(text, scan.words, allowed)
    hits += [hit for hit in repeated_capitals(text, places, scan, allowed)  # not 'hunden Trofast', then 'med Trofast'
             if not any(_pet_before(text, start) for start, _ in places[hit[3]])]
    hits += initials(text, scan.words, allowed, scan.ends.get("capitals", ()), bool(scan.ends.get("log_line")),
                     any(hit[2] == "P606" for hit in hits))  # a text written with roles signs with a role's letters
    hits += lower_initials(text, scan.ends.get("low_initials", ()), allowed)
    hits += (name_cells(text) + capitals_before_a_birth(text, scan.words) + names_before_a_number(text)
             + names_in_their_script(text) + numbered_entries(text) + signed_in_capitals(text) + handles(text)
             + shaped_handles(text, bool(scan.ends.get("social")))
             + names_over_contact_fields(text) + names_over_an_address(text, bool(scan.ends.get("postcode")))
             + names_over_a_role(text)
             + _street_names(text))
    hits = _outside_phrases(text, hits)  # before a name's neighbours are read: 'Mazar-e Sharif, Afghanistan'
    hits += _coordinated(text, hits)
    hits += _listed_beside(text, hits)
    hits += _called_before(text, hits)
    if not hits:
        return []
    hits += _first_names(text, hits, places) + _surnames(text, hits)
    hits += _other_forms(hits, places)
    hits += _in_lower_case(text, hits, scan)
    hits += _in_its_own_script(text, hits)
    bodies = any(word in text for word in ("enter", "entret", "ospital", "Sygehus", "ængsel", "ængslet", "rresthus",
                                          "Anstalten"))  # before asking each hit
    registers = [m.span(1) for m in _LAND_REGISTER.finditer(text)] if "atr" in text else []
    named_bodies = any(word in text for word in ("Cent", "Institut", "Fonden", "Hospice"))
    kept = [hit for hit in hits if not _in_a_date(text, hit[0], hit[1]) and not _BODY_AFTER.match(text, hit[1])
            and not any(start <= hit[0] < end for start, end in registers)
            and not (bodies and _BODY_BEFORE.search(text, max(0, hit[0] - 24), hit[0])) and not _a_quarter(text, *hit[:2])
            and not _a_words_part(text, hit[0], hit[1])
            and not _DOSE_AFTER.match(text, hit[1]) and not _a_medicines_form(text, *hit[:2])
            and not _MEDICINE_BEFORE.search(text, max(0, hit[0] - 30), hit[0]) and not _a_things_keys_value(text, *hit[:2])
            and not _GROUPS_LETTER.match(text, hit[1]) and not _translated_below(text, hit[0], hit[1])
            and not _a_brands_product(text, hit[0], hit[1]) and not _an_eponyms_part(text, hit[0], hit[1])
            and not _a_greeting(text, hit[0], hit[1]) and not _a_saints(text, hit[0], hit[1])
            and not (named_bodies and _NAMED_BODY.match(text, hit[1]))]
    kept = _not_german_nouns(text, kept)
    found = _unredacted(text, _merge(text, _consistent(text, _strongest(_outside_phrases(text, kept)))))
    return _with_initials(text, allowed, found)


# A saint's name names a church, a parish or a charity, not a person: 'Sankt Nicolai Tjenesten', 'Skt. Hans'.
_SAINT = re.compile(r"(?:Sankt|Skt\.)[ \t]+$")


def _a_saints(text: str, start: int, end: int) -> bool:
    return text.startswith(("Sankt ", "Skt. "), start) or _SAINT.search(text, max(0, start - 8), start) is not None


# A land register's parish after the plot's number: 'matr.nr. 39b Hvam By, Hvam', 'Matrikel: 28e Rind By, Rind'.
_LAND_REGISTER = re.compile(r"(?i:matr(?:ikel)?\.?(?:[ ]?nr\.?)?)[ \t:]*\d+[a-zæø]{0,2}[ \t]+"
                            r"((?:[A-ZÆØÅ][\w-]*[ \t]+){1,2}By(?:,[ \t]*[A-ZÆØÅ][\w-]*)?)")


# A greeting in the languages of families from abroad opening a message: 'Imamen: Salam, husk ...'. 'Salam' is a
# name too ('Salam Haddad'); before a comma at a message's start it greets.
_GREETINGS_ABROAD = frozenset("salam salaam marhaba merhaba shalom hola ciao bonjour privet".split())
_MESSAGE_START = re.compile(r"(?:^|\n|[:\]][ \t]*)[ \t]*$")


def _a_greeting(text: str, start: int, end: int) -> bool:
    return (text[start:end].lower() in _GREETINGS_ABROAD and text[end:end + 1] in (",", "!")
            and _MESSAGE_START.search(text, max(0, start - 30), start) is not None)


_TITLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:Frau|Herr|Herrn|Dr\.|Fr\.|Hr\.)[ \t]+$")  # 'Frau Nowak' is hers


def _not_german_nouns(text: str, hits: list) -> list:
    """In a German paragraph a capital marks a noun: a word no name list holds is German's noun there when German
    has it or is made of its words ('Die Sorgeberechtigten', 'Informationsaustausch'); 'Frau Nowak' is still hers."""
    spans = german_paragraphs(text)
    if not spans:
        return hits
    forms = lexicon()
    return [hit for hit in hits if not any(start <= hit[0] < end for start, end in spans)
            or _TITLE_BEFORE.search(text, max(0, hit[0] - 8), hit[0])
            or not all(forms.get(low) not in ("name", "title") and a_german_word(low)
                       for low in (word.lower() for word in LETTERS.findall(text, hit[0], hit[1])))]


def _translated_below(text: str, start: int, end: int) -> bool:
    """A word of a line that an interpreter renders on the next line, where it is not written again ('Piszę w sprawie
    mojego syna.\n→ Jeg skriver ...'): a word of the other language; a name stands in both ('Mój syn Jan ...\n→ Min
    søn Jan ...')."""
    stop = text.find("\n", end)
    line = text.rfind("\n", 0, start) + 1
    if stop == -1 or not _ARROWED_LINE.match(text, stop + 1) or _ARROWED_LINE.match(text, line):
        return False
    words = LETTERS.findall(text[line:stop].lower())
    if sum(word in danish() for word in words) * 2 >= len(words):
        return False  # a Danish line over a list of arrows: 'Familien omkring Esra (...)\n→ ...'
    return text[start:end] not in text[stop + 1:line_end(text, stop + 1)]


_ARROWED_LINE = re.compile(r"[ \t]*(?:→|->)")


# A group's letter after the word: 'Konkurrencehold C', 'Stue B' (not a middle initial: 'Mette K Hansen').
_GROUPS_LETTER = re.compile(r"[ \t]+[A-ZÆØÅ](?=[ \t]*(?:[),;:\n]|$)|[ \t]+[a-zæøå\d])")


# A word in capitals beside it: a shouted sentence or a heading ('I ER ALLESAMMEN ENS'), not someone's initials.
_CAPITALS_BEFORE = re.compile(r"[A-ZÆØÅ]{2,}[ \t]+$")
_CAPITALS_AFTER = re.compile(r"[ \t]+[A-ZÆØÅ]{2,}")
_SHORT = re.compile(r"(?<![\w./@-])(?:[A-ZÆØÅ]{2,4}|[a-zæøå]{3,4})(?![\w@-])")


_REDACTED = re.compile(r"(?i)x{2,}(?:[ \t.-]+x{2,})*")  # what a redaction left ('Far (XXXX)', 'Notat vedr. XXXX')


def _unredacted(text: str, found: list[Finding]) -> list[Finding]:
    """A redaction's letters are no one's name."""
    return [finding for finding in found if not _REDACTED.fullmatch(text, finding.start, finding.end)]


def _with_initials(text: str, allowed, found: list[Finding]) -> list[Finding]:
    """A full name's initials are that person wherever the text writes them: 'Jesper Husted Munk, lærer, JHM',
    'Sanne Krogh-Madsen ... /skm' (each word's first letter, or the first and the last word's)."""
    letters = set()
    adjoined = []
    for finding in found:
        parts = re.split(r"[ \t\n,-]+", text[finding.start:finding.end]) if finding.code == "P606" else []
        if len(parts) >= 2 and all(part[:1].isalpha() for part in parts):
            letters.update(("".join(part[0] for part in parts).lower(), (parts[0][0] + parts[-1][0]).lower()))
        if parts and (m := _ADJOINED_INITIALS.match(text, finding.end)):
            token = m.group(1) or m.group(2)
            if _initials_of(token, parts) and _an_initials_token(token, allowed):
                adjoined.append(_finding(text, *m.span(1 if m.group(1) else 2), {"P606"}))
    found = sorted(found + adjoined, key=lambda finding: finding.start) if adjoined else found
    if not letters:
        return found
    taken = [(finding.start, finding.end) for finding in found]
    extra = [_finding(text, m.start(), m.end(), {"P606"}) for m in _SHORT.finditer(text)
             if m.group().lower() in letters and _an_initials_token(m.group(), allowed)
             and not _CAPITALS_BEFORE.search(text, max(0, m.start() - 30), m.start())
             and not _CAPITALS_AFTER.match(text, m.end()) and not after_a_count(text, m.start())
             and not any(start < m.end() and m.start() < end for start, end in taken)]
    return sorted(found + extra, key=lambda finding: finding.start) if extra else found


# A person's own initials right after the name: 'Kim Svendsen (KSV)', 'Møller, Flemming (FMOE)', 'Mvh Rahwa / RTE'.
_ADJOINED_INITIALS = re.compile(r"[ \t]*(?:\(([A-ZÆØÅ]{2,5})\)|/[ \t]*([A-ZÆØÅ]{2,5})(?=[ \t]*(?:\n|$)))")


def _initials_of(token: str, parts: list[str]) -> bool:
    """The start of the first name, then the start of a surname ('KSV' of Kim Svendsen, 'KAKO' of Karla Kofoed,
    'FMOE' of 'Møller, Flemming'), a middle name's letter between them where the text gives none ('JHO' of Jamil
    Othman); a name of one word only opens them ('RTE' of Rahwa). Not 'NXYB' of Nadia Bak."""
    low = _spelt_out(token.lower())
    words = [_spelt_out(part.lower()) for part in parts]
    if len(words) == 1:
        return low[0] == words[0][0]
    return any(_prefixes(low[cut:], [w for j, w in enumerate(words) if j != i], free=len(words) == 2)
               for i, first in enumerate(words) for cut in range(1, len(low)) if first.startswith(low[:cut]))


def _prefixes(rest: str, words: list[str], free: bool) -> bool:
    """rest is the starts of some of the words in their order (one unknown letter first, if free)."""
    if not rest:
        return True
    if free and len(rest) > 1 and _prefixes(rest[1:], words, free=False):
        return True
    return any(_prefixes(rest[cut:], words[j + 1:], free=False) for j, word in enumerate(words)
               for cut in range(1, len(rest) + 1) if word.startswith(rest[:cut]))


def _spelt_out(word: str) -> str:
    return word.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")


def _an_initials_token(token: str, allowed) -> bool:
    low = token.lower()
    return (low not in allowed and low not in ACRONYMS and low not in CONTEXT_WORDS
            and (token.isupper() or not (in_dictionary(low) or low in vocabulary())))


# A nickname of the street's shape: a word and a letter or two ('Big-A', 'Lillebror-J'), a letter and a word ('K-Dog');
# not a plan's or a group's letter ('Plan-B', 'Stue-A'), nor a word of the language after a letter ('A-kasse').
_NICKNAME_SHAPE = re.compile(r"(?<![\w-])(?:[A-ZÆØÅ][a-zæøå]+-[A-ZÆØÅ]{1,2}|[A-ZÆØÅ]-[A-ZÆØÅ][a-zæøå]+)(?![\w-])")
_GROUPS_WORDS = frozenset("plan team hold gruppe stue klasse afdeling hus blok side bilag type vitamin kategori model "
                          "trin niveau fase spor bygning etage sal rum linje".split())


_KEYS_TAILS = frozenset("id nr no".split())
_HYPHEN_CAPITAL = re.compile(r"-(?=[A-ZÆØÅ])")  # a literal first: C's search skips to each hyphen


def _street_names(text: str) -> list:
    if "-" not in text:
        return []
    found = []
    for hyphen in _HYPHEN_CAPITAL.finditer(text):
        start = hyphen.start()
        while start > 0 and hyphen.start() - start < 20 and text[start - 1].isalpha():
            start -= 1
        m = _NICKNAME_SHAPE.match(text, start)
        if m is None or m.end() <= hyphen.start():
            continue
        head, tail = m.group().lower().split("-", 1)
        if head in _GROUPS_WORDS or head in UNITS or (len(head) == 1 and len(tail) > 3 and tail in danish()) \
                or m.group().lower() in ACRONYMS or (tail in _KEYS_TAILS and in_dictionary(head)):
            continue  # ... nor a key's word and its abbreviation: 'Dokument-ID', 'Sags-ID'
        found.append((m.start(), m.end(), "P606", m.group()))
    return found


# A word broken at a line's end ('fami-\nliebehandler', a page's header between) or by an invisible character
# ('Kli\u00adnik', 'Ankestyrel\u200bsen'), as text pulled out of a PDF has it.
_BROKEN_AFTER = re.compile(r"(?:-[ \t]*\n(?:[ \t]*\f[^\n]*\n(?:[^\n]{0,12}\n){0,2})?|[\u00ad\u200b\u200c\u200d\u2060]\n?)"
                           r"([a-zæøå]+)")
_BREAKS = frozenset("-\u00ad\u200b\u200c\u200d\u2060")


def _a_words_part(text: str, start: int, end: int) -> bool:
    """A word's head that the page shows whole with the rest, when the whole is a word: not 'Niel-\nsen' ('Nielsen'
    is a name). (A tail after the break starts in lower case, so it is no capitalised word's hit.)"""
    if text[end:end + 1] not in _BREAKS:
        return False  # nothing broken after it: most hits
    after = _BROKEN_AFTER.match(text, end)  # the hit's last word and the rest: 'B. Hols\u00ad\ntebro'
    return after is not None and _a_word(re.split(r"[\s.]+", text[start:end])[-1] + after.group(1))


def _a_word(word: str) -> bool:
    low = word.lower()
    return low in towns() or (lexicon().get(low) is None and (ordinary(low) or low in domain()))


# A name written again in its own script, in parentheses right after it: 'Hussein Hamdan (حسين)', 'Olena (Олена)'.
_OWN_SCRIPT = re.compile(r"[ \t]*\(([^\W\d_A-Za-zÀ-ɏ]+(?:[ \t][^\W\d_A-Za-zÀ-ɏ]+){0,3})\)")


def _in_its_own_script(text: str, hits: list) -> list:
    if "(" not in text:
        return []
    return [(*m.span(1), "P606", m.group(1)) for hit in hits if hit[2] == "P606"
            and (m := _OWN_SCRIPT.match(text, hit[1]))]


def _inside_a_token(text: str, start: int, end: int) -> bool:
    """Part of a code or a word, not a word of its own: by a digit ("Adgangskode: RWv6Qp"), or a lower-case
    word before an apostrophe and more letters (a scanned 'bek'ræfter')."""
    if (start and text[start - 1].isdigit()) or (text[end:end + 1].isdigit() and text[end + 1:end + 2].isalpha()):
        return True  # 'RWv6Qp', a scanned 'Fami1ieafdelingen'
    return text[end:end + 1] in ("'", "’") and text[end + 1:end + 3].isalpha() and text[start].islower()


# A medicine named in parentheses after what it is: 'jerntilskud (Ferroplex)'.
_MEDICINE_BEFORE = re.compile(r"(?i)(?:tilskud|medicin|præparat|tabletter|piller|vitamin|vitaminer|mikstur|salve"
                              r"|dråber|sirup)[ \t]*\([ \t]*$"
                              r"|(?<![\w.])[A-Z]\d\d\.\d{1,2}[ \t]+$")  # a diagnosis after its code: 'F80.2 Impressiv'
# A thing's key before its value: a medicine's ('Medicin: Calpol mikstur morgen'), a make's ('Mærke: Peugeot
# Kisbee'); not one who gives it ('Medicin: Ayşe giver').
_A_THINGS_KEY = re.compile(r"(?i)(?:medicin|fast[ \t]+medicin|præparat)[ \t]*:[ \t]*$"
                          r"|(?:mærke|fabrikat|model|bilmærke)[ \t]*:[ \t]*(?-i:[A-ZÆØÅ][^\W\d_]+[ \t]+)?$")  # 'Yamaha Aerox'


def _a_things_keys_value(text: str, start: int, end: int) -> bool:
    return _A_THINGS_KEY.search(text, max(0, start - 40), start) is not None and not acts_after(text, end, _NO_NAME)


# A medicine's dose or use after the word: 'Pinex ved behov', 'Circadin 2 mg'.
_DOSE_AFTER = re.compile(r"(?i)[ \t]+(?:\d+(?:[.,]\d+)?[ \t]*(?:mg|ml|mikrogram|µg|tabletter|tbl)\b|ved[ \t]+behov\b)")
# ... or its form, after a word no name list holds: 'Imacillin mikstur 50 mg/ml', 'Locoid creme 0,1 %', 'Decubal fed
# creme' (not 'gav Ida creme x 2 dagligt').
_FORM_AFTER = re.compile(r"(?i)[ \t]+(?:(?:fed[ \t]+)?(?:mikstur|creme|salve|tabletter|tablet|kapsler|depottabletter|smeltetabletter"
                         r"|brusetabletter|øjendråber|næsespray|inhalator|stikpiller|suppositorier|oral[ \t]+opløsning"
                         r"|sirup|gel|plaster|injektion|dråber)(?:[ \t]+(?:\d|x[ \t]*\d|tyndt|dagligt|efter|ved|[a-zæøå]+[ \t]+"
                         r"(?:gange|gang))|[ \t]*[,;|.)]|[ \t]*$))")


# A product's name in two capitals after its maker, in parentheses after the thing: 'Hostemaskine (Philips
# CoughAssist)'; not a surname's 'McAllister', 'DeShawn', 'LaToya'.
_PRODUCT_AFTER = re.compile(r"[ \t]+(?!Mc|Mac|De|Di|La|Le|Van|Von)[A-Z][a-z]+[A-Z][A-Za-z]+\)")


# A disease named for its describers, its code after it: 'Osgood-Schlatter (M92.5)'; not a child's diagnosis after
# the child ('Ayşe (F90.0)').
_DIAGNOSIS_AFTER = re.compile(r"((?:-[A-ZÆØÅ][^\W\d_]+)+)[ \t]*\([A-Z]\d\d(?:\.\d{1,2})?\)")


def _an_eponyms_part(text: str, start: int, end: int) -> bool:
    m = _DIAGNOSIS_AFTER.match(text, end)
    return m is not None and not any(lexicon().get(word.lower()) == "name"
                                     for word in [text[start:end], *m.group(1).split("-")[1:]])


def _a_brands_product(text: str, start: int, end: int) -> bool:
    return text[start - 1:start] == "(" and _PRODUCT_AFTER.match(text, end) is not None


def _a_medicines_form(text: str, start: int, end: int) -> bool:
    return lexicon().get(text[start:end].lower()) != "name" and _FORM_AFTER.match(text, end) is not None


# A month between a day and a year is a date's ('Sent: Fri, 16 Jan 2026', '22 June 2024'), whatever list holds it.
_DAY_BEFORE = re.compile(r"\d{1,2}\.?[ \t]$")
_YEAR_AFTER = re.compile(r",?[ \t]+\d{4}(?!\d)")
_DAY_YEAR_AFTER = re.compile(r"(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?,?)?[ \t]+(?:19|20|l9|2O)[\dOl][\dOl](?![\dOl])")  # 'l994', as
# text recognition reads '1994'
# A region's or a town's word before a body: 'Nordjyllands Politi', 'Sydøstjyllands Politi'.
# A place's name after the body's word: 'Center Avnstrup' (an asylum centre), 'Regionshospitalet Gødstrup'.
# A body's own noun before its place: 'Asylcenter Jelling', 'Sygehuset Vendsyssel', 'Statsfængslet Møgelkær'.
_BODY_BEFORE = re.compile(r"(?<![^\W\d_])(?:[A-ZÆØÅ][a-zæøå]*)?(?:Center|Centret|[cC]enter|[cC]entret|Hospitalet"
                          r"|[hH]ospitalet|Sygehus|Sygehuset|[fF]ængslet|[fF]ængsel|Arresthuset|Anstalten)[ \t]+$")


def _a_quarter(text: str, start: int, end: int) -> bool:
    """A quarter of the compass after a comma, ending its line: a district in a title ('SSP-møde, Vest')."""
    return (text[start:end].lower() in COMPASS and text[max(0, start - 2):start] == ", "
            and text[end:end + 1] in ("\n", ""))


_BODY_AFTER = re.compile(r"(?:-[A-ZÆØÅ]\w*s)?(?:[ \t]+og[ \t]+[A-ZÆØÅ][\w-]*s)?"  # two regions: 'Sydsjællands og
                         # Lolland-Falsters Politi'
                         r"[ \t]+(?:Politi|Kommune|[Kk]ommuna|Region|Regionshospital|Sygehus|Hospital|Byret|Retten|Kirke"
                         r"|County|Council|Municipality|Museum|Zoo|Akvarium)\b"  # a body abroad: 'Kent County Council',
                         # a trip's goal: 'Moesgaard Museum'
                         # a company ('Elektro-Service A/S', 'Vognmand Frandsens Eftf.'), a ward named by its field
                         # ('Neuropædiatrisk Klinik')
                         r"|(?:-[\w]+)*(?:[ \t]+[A-ZÆØÅ&][\w&-]*){0,3}[ \t]+(?:A/S|ApS|I/S|IVS|K/S|P/S|Eftf\.)(?!\w)"
                         r"|(?<=isk)[ \t]+(?:Klinik|Afdeling|Center|Ambulatorium|Institut|Hospital|Sygehus|Børneafdeling"
                         r"|Afsnit)\b")


# A body named for someone, after the whole name: 'Juliane Marie Centret', 'Ronald McDonald Fonden'.
_NAMED_BODY = re.compile(r"(?:[ \t]+[A-ZÆØÅ][\w-]*){0,2}?[ \t]+(?:Centret|Centeret|Center|Instituttet|Institut|Fonden|Hospice)\b")


def _in_a_date(text: str, start: int, end: int) -> bool:
    """'16 Jan 2026', 'June 22, 2025', 'until June 2024', 'Maj 2018:': a month with its day or its year."""
    if text[start:end].lower() not in _MONTH_NAMES:
        return False
    if text[end:end + 6] == " måned":  # 'Maj måned er planlagt som overgangsperiode'
        return True
    return ((start >= 2 and _DAY_BEFORE.search(text, max(0, start - 4), start) is not None
             and _YEAR_AFTER.match(text, end) is not None) or _DAY_YEAR_AFTER.match(text, end) is not None)


def _outside_phrases(text: str, hits: list) -> list:
    """Not a name inside a name of the field that holds one: 'i Harald Nyborg' is a shop."""
    if not any(token and token.lower() in phrase_words() for *_, token in hits):
        return hits
    spans = [m.span() for m in phrases().finditer(text)]
    return [hit for hit in hits if not any(start <= hit[0] < end for start, end in spans)] if spans else hits


def _other_forms(hits: list, places: dict) -> list:
    """A name found in its genitive is the name in its plain form elsewhere in the file, and the other way round
    ('Jerichos ungerådgiver ...', then 'Jericho har et fritidsjob'), unless that form is a dictionary word."""
    taken = {hit[0] for hit in hits if hit[2] == "P606"}  # a weaker reading of the place gives way
    found = []
    for _, _, level, token in hits:
        if level != "P606" or not token or " " in token:
            continue
        forms = (token[:-1],) if token[-1] in "s'’" else (token + "s", token + "'")
        for form in forms:
            if len(form) >= 2 and form in places and not in_dictionary(form.lower()) and form.lower() not in domain():
                found += [(start, end, "P606", form) for start, end in places[form] if start not in taken]
                taken.update(start for start, _ in places[form])
    return found


def _in_lower_case(text: str, hits: list, scan: anchors.Scan) -> list:
    """A name found in the file, no word of any language, is that name where the file writes it in lower case too
    ('Dagbog – Fadumo Farah' above 'Dagbog 14/3: fadumo har sovet dårligt')."""
    found, seen = [], set()
    for _, _, level, token in hits:
        if level != "P606" or not token or " " in token or len(token) < 4 or not token[1:].islower():
            continue
        low = token.lower()
        if low in seen or not scan.has_word(low) or low in vocabulary():
            continue
        seen.add(low)
        found += [(m.start(), m.end(), "P606", low) for m in _as_a_word(low).finditer(text)]
    return found


_PLACE_BEFORE = frozenset("fra i til på hos ved mod".split())


def _speaks_alone(text: str, start: int, end: int) -> bool:
    """Mid-sentence, a capitalised word of its own that speaks is someone ('at Lan fortalte ...'); one among other
    capitals names a body ('Røde Kors fortalte') and one after 'fra' or 'i' a place ('fra Norge fortalte')."""
    if name_end(text, end) != end or _capital_before(text, start):
        return False
    return word_before(text, start) not in _PLACE_BEFORE and speaks_after(text, end)


def _capital_before(text: str, start: int) -> bool:
    previous = previous_word(text, start)
    return bool(previous) and previous[0].isupper()


def _capital_mid_sentence(text: str, places: list[tuple[int, int]]) -> bool:
    """A word no language has, capitalised inside a sentence somewhere: a name, though also written in lower case."""
    return any(start > 1 and text[start - 1] == " " and text[start - 2].isalpha() and not sentence_start(text, start)
               for start, _ in places)


def _written_as_word(text: str, low: str) -> bool:
    """The word stands alone somewhere in lower case, not inside an address or a key ('elif08@...', 'elif.x@')."""
    return _as_a_word(low).search(text) is not None


def _as_a_word(low: str) -> re.Pattern:
    """The word in lower case where it stands alone: not inside a mail address, a path or a key, nor a dictated
    mail address ('aviaja punktum motzfeldt snabel-a hotmail ...')."""
    return re.compile(rf"(?<![\w@./-]){re.escape(low)}(?![\w@]|[.\-_][\w]|[ \t]+(?:punktum|prik|snabel|dot)\b)")


def _first_names(text: str, hits: list, places: dict) -> list:
    """A capitalised word right before a name is its first name ('Elif Çelik'), and a first name that is no
    Danish word is that name wherever it stands in the file ('Elif har selv fundet ...')."""
    taken = {hit[0] for hit in hits if hit[2] == "P606"}  # a warning's word before a name is its first name too
    found = []
    for start, _, level, token in hits:
        # not before initials ('Overdragelse AH -> NUK'): a word before capitals is no first name
        previous = previous_word(text, start) if level == "P606" and not (token and token.isupper()) else None
        if (not previous or len(previous) < 2 or not previous[0].isupper() or not previous[1:].islower()
                or text[start - 1] != " " or not text[start - 2].isalpha()):  # not after 'Nørgaard.'
            continue
        low = previous.lower()
        if low in CONTEXT_WORDS or low in FUNCTION_WORDS or low in HONORIFICS or not may_name(low) or nicknamed_noun(low) \
                or a_doers_compound(low):
            continue  # not a body's definite noun: 'Statsfængslet Møgelkær'; nor a title: 'Medansøger Hamza Ali'
        first = start - len(previous) - 1
        if first in taken:
            continue
        taken.add(first)
        found.append((first, start - 1, "P606", previous))
        if low not in danish():
            found += [(place, stop, "P606", previous) for place, stop in places.get(previous, ()) if place not in taken]
            taken.update(place for place, _ in places.get(previous, ()))
        else:  # a word's name ('Ask Poulsen') is that name again where a sentence opens with it and it acts: 'Ask
            # har givet samtykke'; not 'Ask er et træ'
            again = [(place, stop, "P606", previous) for place, stop in places.get(previous, ())
                     if place not in taken and sentence_start(text, place) and _NAME_FOLLOWS.match(text, stop) is None
                     and acts_after(text, stop, _NO_NAME) and not _A_THING_SAID.match(text, stop)]
            found += again
            taken.update(hit[0] for hit in again)
    return found


_NO_NAME = lambda word: False  # noqa: E731 (acts_after's question whether a word is a name: only verbs count here)


_AND_BEFORE = re.compile(r"([A-ZÆØÅ][a-zæøå]+)[ \t]+og[ \t]+$")
_AND_AFTER = re.compile(r"[ \t]+og[ \t]+([A-ZÆØÅ][a-zæøå]+)(?![^\W\d_])")
_AND_BEFORE_HONORIFIC = re.compile(r"([A-ZÆØÅ][a-zæøå]+)[ \t]+og[ \t]+(?:fru|hr)\.?[ \t]+[A-ZÆØÅ]")


_NEXT_WORD = re.compile(r" ([A-ZÆØÅ][^\W\d_]+)(?![\w-])")


def _surnames(text: str, hits: list) -> list:
    """A capitalised word of no Danish dictionary right after a name is its surname, though English and Spanish
    lists hold it as a word ('Mette Garcia', 'Far Ethan Fletcher'); not a town, an acronym nor the field's words."""
    taken = {hit[0] for hit in hits}
    found = []
    for _, end, level, token in hits:
        m = _NEXT_WORD.match(text, end) if level == "P606" and token and not token.isupper() else None
        if m is None or m.start(1) in taken or not m.group(1)[1:].islower():
            continue
        low = m.group(1).lower()
        if (in_dictionary(low) or not may_name(low) or low in CONTEXT_WORDS or low in FUNCTION_WORDS
                or low in domain() or low in towns() or low in ACRONYMS or low in CALENDAR or low in UNITS):
            continue
        taken.add(m.start(1))
        found.append((*m.span(1), "P606", m.group(1)))
    return found


def _coordinated(text: str, hits: list) -> list:
    """A capitalised word of no Danish dictionary joined by 'og' to a name or a relative is a name too: 'sagen om
    Minh og Anh', 'sammen med mor og Callum' (Minh and Callum are words of English lists)."""
    taken = {hit[0] for hit in hits}
    found = []
    # beside a name that is no word ('Pia og Ulv'; not 'Hjort, Ulv og Bjørn', three animals)
    joined = [(start, end, not in_dictionary(token.lower())) for start, end, level, token in hits
              if level == "P606" and token and " " not in token]
    for m in _OG.finditer(text):
        if m.group(1):  # a relative after: 'Callum og mor'
            joined.append((*m.span(1), False))
            continue
        start = end = m.start()  # ... or before: 'mor og Callum'
        while start > 0 and end - start < 12 and text[start - 1].isalpha():
            start -= 1
        if text[start:end].lower() in _JOINED_KIN:
            joined.append((start, end, False))
    beside = [(m, False) for m in _AND_BEFORE_HONORIFIC.finditer(text)] if " og fru " in text or " og hr" in text else []
    for start, end, to_a_name in joined:  # 'Ploy og fru' above
        beside += [(_AND_BEFORE.search(text, max(0, start - 40), start), to_a_name), (_AND_AFTER.match(text, end), to_a_name)]
    for m, to_a_name in beside:
        if m and m.start(1) not in taken and _may_be_joined(text, m.start(1), m.group(1).lower(), to_a_name):
            taken.add(m.start(1))
            found.append((m.start(1), m.end(1), "P606", m.group(1)))
    return found


# An item of a list of people: one to three capitalised words between ',' or ';' and the next one or the line's end.
_ITEM = r"[A-ZÆØÅ][\w'’-]*(?:[ \t]+[A-ZÆØÅ][\w'’-]*){0,2}"
_NEXT_ITEM = re.compile(rf"[ \t]*[,;][ \t]*({_ITEM})(?=[ \t]*(?:[,;<(–]|\n|$))")
_ITEM_BEFORE = re.compile(rf"(?:^|[,;:][ \t]*)({_ITEM})[ \t]*[,;][ \t]*$", re.MULTILINE)


def _listed_beside(text: str, hits: list) -> list:
    """Beside a name in a list of people, the next item is someone too: 'Deltagere: Kunuk Heilmann; Tilde Ravnsborg;
    Vigga Bak', 'Til stede: Josefine, Habib, Thu Trang'; when one of its words is a name or no word at all (not
    'Mette, Team Vest, PPR')."""
    if "," not in text and ";" not in text:
        return []
    taken = {hit[0] for hit in hits if hit[2] != "join"}  # a word only joined to a name is read again here
    queue = [(start, end) for start, end, level, token in hits if level == "P606" and token]
    found = []
    while queue:
        start, end = queue.pop()
        for m in (_NEXT_ITEM.match(text, end), _ITEM_BEFORE.search(text, max(0, start - 60), start)):
            if m and m.start(1) not in taken and _a_persons_item(m.group(1), _of_people(text, m.start(1))):
                taken.add(m.start(1))
                found.append((m.start(1), m.end(1), "P606", m.group(1)))
                queue.append(m.span(1))
    return found


# A short name before the full one in parentheses: 'Soll (Sol Vinter) har tilbudt', 'RÆVDAL (Vinter Rævdal)'.
_CALLED = re.compile(r"(?<![^\W\d_])([A-ZÆØÅ][^\W\d_]+)[ \t]+\($")
_FULL_NAME = re.compile(r"[A-ZÆØÅ][^\W\d_]+(?:[ \t-]+[A-ZÆØÅ][^\W\d_]+)+\)")


def _called_before(text: str, hits: list) -> list:
    """The word before a person's full name in parentheses is what the person is called; not a role's word ('Mor
    (Sol Vinter)', 'Ansøger (...)') nor a dictionary word no list names ('Formand (...)')."""
    if " (" not in text:
        return []
    taken = {hit[0] for hit in hits if hit[2] != "join"}
    found = []
    for start, end, level, _ in hits:
        if level != "P606" or text[start - 1:start] != "(" or not _FULL_NAME.match(text, start):
            continue
        m = _CALLED.search(text, max(0, start - 40), start)
        if m is None or m.start(1) in taken:
            continue
        low = m.group(1).lower()
        if low in PERSON_WORDS or low in ROLES or low in FAMILY or (in_dictionary(low) and not lexicon().get(low)) \
                or a_long_compound(low):  # a thing and its make: 'Sugeapparat (Medela Clario)'
            continue
        taken.add(m.start(1))
        found.append((m.start(1), m.end(1), "P606", m.group(1)))
    return found


def _a_persons_item(item: str, of_people: bool = False) -> bool:
    """An item that names someone: a name or a word of no dictionary; in a list of people any capitalised word
    ('Deltagere: Karla Mølgaard, Merle, ...')."""
    lows = [word.lower() for word in item.split()]
    if any(not may_name(low) or low in domain() or low in ACRONYMS or low in CONTEXT_WORDS for low in lows) \
            or item.split()[0] in TRADES:  # a firm by its trade: 'Aksel Iversen, Hotel Strandly'
        return False
    # a title after a name is no one ('Bjarke Dalgaard, Ejendomsfunktionær, boligselskabets driftskontor')
    return of_people or any(lexicon().get(low) or not (in_dictionary(low) or a_long_compound(low)) for low in lows)


_PEOPLE_LABEL = re.compile(r"(?i)[ \t*>-]*(?:deltagere|mødedeltagere|til[ \t]+stede|tilstede|fremmødte|deltog)[ \t*]*:")


def _of_people(text: str, pos: int) -> bool:
    return _PEOPLE_LABEL.match(text, text.rfind("\n", 0, pos) + 1) is not None


_JOINED_KIN = frozenset("""mor far moster faster mormor morfar farmor farfar bror søster lillebror storebror lillesøster
storesøster stedfar stedmor plejemor plejefar""".split())
# ' og ' before a capital or a relative; it starts with a literal, which the engine skips to: fast over every text.
_OG = re.compile(rf" og (?:(?=[A-ZÆØÅ])|((?i:{'|'.join(sorted(_JOINED_KIN, key=len, reverse=True))}))(?![^\W\d_]))")


def _may_be_joined(text: str, start: int, low: str, to_a_name: bool) -> bool:
    """Beside a name even a dictionary word in its plain form is one ('Pia og Ulv'; not 'Jens og Familiehuset', a
    place); beside a relative, not ('mor og Lykke' may be luck)."""
    if in_dictionary(low) and not (to_a_name and len(low) >= 3 and not low.endswith(_DEFINITE_OR_PLURAL)):
        return False
    return not (low in domain() or low in CONTEXT_WORDS or low in FUNCTION_WORDS or not may_name(low)
                or sentence_start(text, start) or pet_named(text, start))  # 'katten Ludvig'


def _strongest(hits: list) -> list:
    """One hit per place: the strongest level that any reading gave it."""
    best: dict[tuple[int, int], tuple] = {}
    for hit in hits:
        key = hit[:2]
        if key not in best or _STRENGTH[hit[2]] > _STRENGTH[best[key][2]]:
            best[key] = hit
    return sorted(best.values())


def _consistent(text: str, hits: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str]]:
    """A word that is (part of) a name in one place of the file is the same name where it opens a sentence."""
    names = {word for _, _, level, token in hits if level == "P606" and token for word in token.split()}  # a cell's
    # 'Fadumo Abdi' makes the row's 'Fadumo' hers too
    for group in _groups(text, hits):
        if "P606" in group[2]:
            names.update(token for token in group[3] if token)
    return [(start, end, "P606" if token in names else level) for start, end, level, token in hits]


_WORD_THEN_SPACE = re.compile(r"([^\W\d_]+) $")
# The rest of a quote, then who says it about which animal: '... og Charlie må komme med," siger barnet om
# familiens hund'.
_PET_QUOTED = re.compile(r"[^\"“”\n]{0,80}[\"”][ \t]*,?[ \t]*(?:siger|sagde|fortæller|fortalte|skriver|skrev)[ \t]+"
                         r"[^\W\d_]+[ \t]+om[ \t]+(?:familiens|sin|sit|sine|hans|hendes|deres|barnets|vores)[ \t]+"
                         r"(?:" + "|".join(sorted(PETS, key=len, reverse=True)) + r")\b")


def _pet_before(text: str, start: int) -> bool:
    """The animal's word right before the name: 'hesten Freja', '-Hunden Karla'."""
    m = _WORD_THEN_SPACE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1).lower() in PETS


# A week's days, short, as a rota's first column writes them; names too ('Tor', 'Fred').
_DAYS_SHORT = frozenset("man tir tirs ons tor tors fre fred lør søn".split())
_DAYS = _DAYS_SHORT | frozenset("mandag tirsdag onsdag torsdag fredag lørdag søndag".split())
_CELL_MARK = r"[ \t]*(?:\||;|\t)"  # a row's first cell ends
_ROW_START_THEN_CELL = re.compile(_CELL_MARK)
_DAY_ROWS = re.compile(rf"(?im)^(?:{'|'.join(sorted(_DAYS, key=len, reverse=True))}){_CELL_MARK}")


def _level(text: str, start: int, end: int, mode: str, is_name) -> str:
    """'P606', 'P607', or 'join' (only a name when next to one that is flagged)."""
    if text[end:end + 1] == ":" and text[start:end].lower() in CALENDAR:  # a plan's 'Jul: lige år hos mor'
        return "join"
    if text[start:end].lower() in _DAYS_SHORT and _ROW_START_THEN_CELL.match(text, end) \
            and text.rfind("\n", 0, start) + 1 == start and len(_DAY_ROWS.findall(text)) >= 2:
        return "join"  # a rota's day among its other days: 'Ons | Dag 07-15 | ...\nTor | Dag 08-16 | vikar E'
    if text[start:end].lower() in PARTICLES and not _NAME_FOLLOWS.match(text, end):  # 'En kunya som Abu eller Umm'
        return "join"
    if _a_forms_key(text, start, end):  # 'Navn – den unge mand\nBank – Arbejdernes Landsbank'
        return "join"
    if mode in ("title", "context") and SURNAMES_INITIAL.match(text, end):  # 'Fra: Tilde R.'
        return "P606"
    previous = previous_word(text, start)
    if mode == "title" and _proper_noun_tail(text, start, previous):  # 'Thairestauranten Mai Thai'
        return "join"
    if pet_named(text, start):  # 'hunden Luna': a name, but an animal's
        return "join"
    if text[start:end].lower() in COMPASS and a_units_word((previous or "").lower()):  # 'team Vest', 'distrikt Syd'
        return "join"
    if in_dictionary(text[start:end].lower()) and (((thing := _A_THING_SAID.match(text, end))
                                                    and thing.group(1).lower() not in PERSON_WORDS)
                                                   or _A_TIME_SAID.match(text, end)):
        return "join"  # a word said to be a thing: 'Lykke er et stort ord', 'Maj var en travl måned'; not 'Lykke er et
        # barn, der ...'
    if (previous or "").lower() in ("ved", "på") and text[start:end].lower().endswith(("vej", "gade")):
        return "join"  # a street named as a place: 'fundet i krydset ved Solvej'; not 'hos Solvej'
    if previous and previous.lower() in HONORIFICS:  # 'hr. Butt, lægehuset': a title's name before any noun
        return "P606"
    if mode in ("context", "mid") and _beside_a_noun(text, end):  # 'Storm og kulde i januar', 'Skov, strand og ...'
        return "join"
    if mode == "error" or (mode == "title" and not sentence_start(text, start)):  # 'Bjørn, ulv eller ræv?'
        return "P606"
    if described_after(text, end):
        return "P606"
    if _proper_noun_tail(text, start, previous) or (previous or "").lower() in PETS:  # 'katten Frost'
        return "join"
    if sentence_start(text, start):
        # 'Storm er 9 år' and 'Storm kom hjem' warn; 'Storm og regn', 'Maj 2018:' do not; 'Lykke Ulv er pædagog' is
        # a person: the verb comes after the whole name.
        after = name_end(text, end)
        if role_after(text, after) or word_before(text, start, end) in _NAME_FIELDS:  # 'Navn: Aksel Lindskov'
            return "P606"
        if text[start:end].lower() in SEASONS and not (human_after(text, after) or _AGED.match(text, after)):
            return "join"  # 'Vinter er barnets yndlingsårstid'; not 'Vinter er 9 år' ('Maj har' stays a warning)
        if named_before(text, start, end) or acts_after(text, after, is_name) or (
                mode != "mid" and text[end - 1] == "s" and owned_after(text, end)):  # 'Lærkes mor', 'Kajs
            # sundhedskort'; not 'Hans mor'
            return "P607"
        if text[end - 1] == "s" and text[start:end].lower() not in FUNCTION_WORDS and _KIN_THEN_NAME.match(text, end):
            return "P606"  # 'Emirs farbror, Kasper Glad Mikkelsen', 'Sørens storebror Rasmus'; not 'Hans mor
        return "join"
    return "P606"


# A form's key opening its line, its value after a colon, a dash or a tab, not a digit: 'Bank – Sydbank'.
_KEYS_VALUE = re.compile(r"[ \t]*(?::|[–-][ \t]|\t)[ \t]*(?=[^\W\d_])")
_LINES_KEY = re.compile(r"[ \t*-]*([^\W\d_]+)[ \t]*(?::|[–-][ \t]|\t)")


def _a_forms_key(text: str, start: int, end: int) -> bool:
    """A word of the dictionary opening its line as a key, in a block whose next or last line opens with a key that
    is a word and no name of any list ('Navn –', 'Uddannelse –'): a form's field, not a person ('Storm – går i
    børnehave' under 'Lykke – går i 3. klasse' stays a name: its neighbour is one)."""
    if text.rfind("\n", 0, start) + 1 != start or not in_dictionary(text[start:end].lower()) \
            or _KEYS_VALUE.match(text, end) is None:
        return False
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    below = line_end(text, end) + 1
    for line in ((above, start - 1) if start else None, (below, line_end(text, below)) if below < len(text) else None):
        key = _LINES_KEY.match(text, *line) if line else None
        if key and in_dictionary(key.group(1).lower()) and lexicon().get(key.group(1).lower()) is None:
            return True
    return False


# A noun joined to the word: 'og kulde', 'eller juni', ', strand og'; not a person's word ('og mor', 'og hans').
_NOUN_BESIDE = re.compile(r"(?:[ \t]+(?:og|eller)[ \t]+|,[ \t]+(?=[a-zæøå]+(?:[ \t]*,|[ \t]+(?:og|eller)[ \t])))"
                          r"([a-zæøå]+)(?![^\W\d_])")


def _beside_a_noun(text: str, end: int) -> bool:
    m = _NOUN_BESIDE.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return (in_dictionary(word) and word not in FUNCTION_WORDS and word not in PERSON_WORDS and word not in CONTEXT_WORDS
            and word not in PERSON_VERBS  # 'hos Vinters og har en times transport'
            and not a_persons_compound(word) and lexicon().get(word) != "name")


_AGED = re.compile(r"[ \t]+(?:er|var|blev|bliver|fylder|fyldte)[ \t]+\d{1,2}[ \t]+år")
# What the word is said to be, a neuter noun: a thing's ('Lykke er et stort ord', 'Storm var et problem').
_A_THING_SAID = re.compile(r"[ \t]+(?:er|var)[ \t]+et[ \t]+(?:[a-zæøå]+[ \t]+)?([a-zæøå]+)\b")
# ... or a stretch of time: 'Maj var en travl måned', 'Storm var en lang nat'; not 'Maj er en glad pige'.
_A_TIME_SAID = re.compile(r"[ \t]+(?:er|var|blev)[ \t]+en[ \t]+(?:[a-zæøå]+[ \t]+)?"
                          r"(?:måned|uge|dag|periode|tid|weekend|sommer|vinter|ferie|aften|nat|morgen)\b")
# A relative after a genitive, then the relative's name: 'Sørens storebror Rasmus', 'Emirs farbror, Kasper'.
_KIN_THEN_NAME = re.compile(r"[ \t]+(?:" + "|".join(sorted(FAMILY, key=len, reverse=True)) + r"),?[ \t]+[A-ZÆØÅ]")
_NAME_FOLLOWS = re.compile(r"[ \t-]+[A-ZÆØÅ]")
_NAME_FIELDS = frozenset("navn fornavn fornavne efternavn mellemnavn kaldenavn name surname".split())


def _proper_noun_tail(text: str, start: int, previous: str | None) -> bool:
    """'Team Vest', 'Danske Bank': a capitalised non-name before the word makes it a place or body."""
    if not previous or len(previous) < 2 or not previous[0].isupper() or text[start - 1] != " ":
        return False
    if not text[start - 2:start - 1].isalpha():  # 'Lægeerklæring: Minh': a label's value, no body's name
        return False
    low = previous.lower()
    if low in lexicon() or low in ROLES or low in FUNCTION_WORDS or low in CONTEXT_WORDS or low.endswith("familien"):
        return False
    return not names_a_role(low)  # 'Konsulent Bjørn': a role compound names no place


def _merge(text: str, hits: list[tuple[int, int, str]]) -> list[Finding]:
    """Join first names, surnames and hyphenated parts into one finding per full name."""
    return [_finding(text, _with_prefix(text, start), end, levels)
            for start, end, levels, _ in _groups(text, [h + (None,) for h in hits]) if levels != {"join"}]


_PREFIX = re.compile(r"(?<![^\W\d_])[ODL]['’]$")  # "O'Connor", "D'Angelo": a listed name after its prefix


def _with_prefix(text: str, start: int) -> int:
    return start - 2 if start >= 2 and _PREFIX.search(text, start - 2, start) else start


def _groups(text: str, hits: list[tuple]) -> list[list]:
    """Runs of hits that make one name: [start, end, levels, tokens]."""
    groups: list[list] = []
    for start, end, level, token in hits:
        if groups and start > groups[-1][1] and _joins(text, groups[-1][1], start):
            group = groups[-1]
            group[1] = end
            group[2].add(level)
            group[3].append(token)
        else:
            groups.append([start, end, {level}, [token]])
    return groups


def _joins(text: str, end: int, start: int) -> bool:
    """Parts of one name: next to each other, hyphenated, or with a particle between ('X á Y', 'X van Y')."""
    if _NAME_GAP.fullmatch(text, end, start):
        return True
    between = text[end:start]
    return 3 <= len(between) <= 6 and between[0] == " " == between[-1] and between.strip() in PARTICLES


def _finding(text: str, start: int, end: int, levels: set[str]) -> Finding:
    note = length_note(text[start:end])
    if "P606" in levels:
        return Finding(start, end, "P606", f"Personnavn: navn ({note})")
    return Finding(start, end, "P607", f"Muligt personnavn i starten af en sætning: navn ({note})")
