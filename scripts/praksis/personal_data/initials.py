"""Initials that stand for a person (P606): staff sign and list each other by two to four capitals.

Where the text says they are someone's: after the full name they shorten ('Nadia Bak (NB)'), in a field of
people ('Deltagere: AB, GL, CJU', 'Rådgiver: WE · Leder: MO'), after a sign-off ('mvh GH'), after a slash
opening a line or closing a sentence ('/BK og Sanne Lauridsen', 'Godkendt. /SK'), alone at a text's end
('...uge?\\nAL', 'AG/NKH'), opening a chat's line before its time ('THA  11:14'), written with full stops
('S.K.', 'Z.E. ->'), owning a task ('TODO KL: fjern navne'). Never an acronym of the field or the office ('ICS',
'PPR', 'LGTM') but where only a person stands, nor in a text written in capitals throughout. Every reader
starts from the scan's capitalised words, so a file without capitals costs nothing.
"""

from __future__ import annotations

import re
from functools import partial

from .name_context import (ACRONYMS, FUNCTION_WORDS, HUMAN_VERBS, KIN_AND_ROLES, LABELS, PERSON_WORDS,
                           ROLE_ABBREVIATIONS, ROLE_ENDINGS, SIGNING_ACRONYMS, a_staff_word)
from .columns import cells_under, heading_lines
from .rules import MONTHS, towns
from .unlisted_names import CHAT_WORDS, _run_start, _word_ending_before, stranger
from .name_list import lexicon
from .words import LETTERS, in_dictionary, ordinary, vocabulary

_CAPITALS = r"[A-ZÆØÅÄÖÜÇŞĞ]{2,4}"
_DOTTED = r"(?:[A-ZÆØÅÄÖÜÇŞ]\.){2,4}"  # 'T.Ö.', 'M.Ç.' too
_AFTER_NAME = re.compile(rf"\(({_CAPITALS})\)")
_AT_THE_END = re.compile(rf"(?:\n|[.!?][ \t])[ \t]*(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}[ \t]+)?"  # a date first
                         r"(?:(?P<first>[A-ZÆØÅ][a-zæøå]+)[ \t]+/[ \t]+)?"  # or a first name before: 'Viggo / VK'
                         rf"(?P<letters>(?:{_CAPITALS}/)*{_CAPITALS})(?:/[a-zæøå]{{2,4}})?\s*\Z")
# What stands on the line before a signature's slash: nothing, '> ', a sentence's end or a time ('kl. 22.40 /SH').
_SLASH_LEAD = re.compile(r"(?m)(?:^|[.!?:]|\d[ \t])[ \t>]*/[ \t]?$")  # a label's too: 'Kvitteret: /MYI'
_SIGN_OFF = re.compile(r"(?i:mvh|vh|kh|hilsen)[ \t,.]*\n?[ \t]*$")
# 'oprettet 25. april af NK · sidst ændret af IRSH', 'går i 7.b hos VKR'
_BY = re.compile(r"(?i:oprettet|ændret|ænret|godkendt|skrevet|udarbejdet|rettet|tilføjet|redigeret|noteret"
                 r"|journaliseret|modtaget|kopieret|indsat|behandlet|gennemgået|tastet|bestilt|renskrevet|attesteret"
                 r"|oversat|underskrevet|udskrevet|afskrevet|læst|registreret|foretaget|givet|arkiveret|opdateret"
                 r"|indtastet|scoret|udfyldt|kontrolleret|ført"
                 # a case file's access log: 'Åbnet af CLA kl. 18.45', 'Sendt af OV'
                 r"|åbnet|sendt|afsendt|slettet|printet|eksporteret|tilgået|kvitteret|besvaret|journalført|uploadet"
                 r"|downloadet|låst|lukket|vist)\b[^\n]{0,40}?[ \t]af[ \t]*:?[ \t]+$"  # 'Log ført af MOP'
                 r"|\d\.?[ \t]?[a-zæøå][ \t]+hos[ \t]+$"
                 r"|\bmærke[st][ \t]+$"  # an order marked with its buyer's initials: 'og mærkes OKA'
                 # whom a case was sent to or talked over with: 'Sendt til MH.', 'Sagen drøftet m. SF.'
                 r"|(?i:sendt|videresendt|overdraget|oplyst)[ \t]+til[ \t]+$|(?i:drøftet|aftalt|talt)[ \t]+(?:med|m\.)[ \t]+$"
                 r"|(?:(?<=\n)|[·|(])[ \t]*[Bb]ruger[ \t]+$"  # a log's user: 'SMS-log (udgående) · bruger LT · ...'
                 # a shift's handover and a note's writer: 'Overlevering fra RJ til EAK', 'Notat ved MH'
                 rf"|(?i:overlevering)[ \t]+fra[ \t]+(?:{_CAPITALS}[ \t]+til[ \t]+)?$"
                 r"|(?i:notat|referat)[ \t]+ved[ \t]+$")
_ACTS = re.compile(r"[ \t]+(?:noterer|noterede|kontakter|kontaktede|følger|fulgte|sender|sendte|indkalder"
                   r"|indkaldte)\b|[ \t]+([a-zæøå]+)")  # 'PH noterer, at ...', 'Aftale: MB kontakter X'
_OWNER_BEFORE = re.compile(r"(?:TODO|FIXME)[ \t]+$")  # 'TODO KL: fjern navne': whose task it is
# An age or a date of birth after them: 'MJ (17 år)', 'AL (11-03-2008)', 'T.F. (August 19, 2021)'.
_AGE_AFTER = re.compile(r"[ \t]*\((?:(?:\d{1,2}|[a-zæø]{2,9})[ \t]+(?:år|mdr\.|måneder)"
                        r"|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d"
                        r"|\d{1,2}\.?[ \t]+[a-zæøå]{3,9}\.?[ \t]+(?:19|20)\d\d|[A-Z][a-z]{2,8}[ \t]+\d{1,2},[ \t]+(?:19|20)\d\d)\)")
_TIME_AFTER = re.compile(r"[ \t]+\[?\d{1,2}[:.]\d\d\]?[ \t]*(?:\n|$)")
_WITH_STOPS = re.compile(rf"{_DOTTED}(?:s(?![\w.]))?(?![\w]|\.\w)")  # 'H.S.' ending a sentence too ('... og H.S..'),
# a genitive's: 'L.P.s mail er ...'

_SURNAME_AFTER = re.compile(r"[ \t]?([A-ZÆØÅ][a-zæøå]+)")
# A field's label before the nearest colon, and its value ('Rådgiver: WE · Leder: MO'); pieces split by ',', '/', '&',
# ' og ' or a sentence's end; a piece of initials alone, perhaps with a role in parentheses ('SKR (FK)').
_LABEL_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.?[ \t]*$")
_PIECE = re.compile(r"[^,/&·|;\n]+?(?=[,/&·|;\n]|\.[ \t]|[ \t]og[ \t]|[ \t]{3}|$)")  # three spaces: the next field
_ONLY_INITIALS = re.compile(rf"[ \t*_\[\"']*(?:og[ \t]+)?(?:{_CAPITALS}|{_DOTTED})[ \t*_\]\"']*(?:\([^()]*\)[ \t]*)?\.?")  # or
# an item of a data file's list: 'authors: [BR, TJ]'
# Labels of a field of people besides LABELS and the roles ('Vagt:', 'Referent:' are those already).
_FIELD_LABELS = frozenset("""delt deltager ref referent sagsansvarlig tilsyn ved vagter init initialer ansvarlig støtte notat
attesteret godkendt bestilt bruger sign signatur underskrevet underskrift signeret log logget
author authors forfatter forfattere owner owners reviewer reviewers""".split())  # a data file's keys of people
# A role's word right before: 'rådgiver WGW', 'sagsbehandler MB'.
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([A-ZÆØÅa-zæøå][a-zæøå]+)[ \t]+$")  # 'Operatør SK, vagtcentralen'
# A handover between two: 'Overdragelsesnotat (DT → MJ)', 'AH -> NUK'.
_HANDOVER = re.compile(rf"(?<![^\W\d_])({_CAPITALS})[ \t]*(?:→|->)[ \t]*({_CAPITALS})(?![^\W\d_])")
# The last column of a journal's rows: '2023-10-27 ; Afgørelse ; § 32 ; JM', '... · RN', '... –  MC', '... (KH)',
# '...   HP'; read backwards from capitals that end their line.
_ROW_END = re.compile(rf"(?:[ \t]*([;·–|])[ \t]*|[ \t]+\(|(\t|[ ]{{2,}}))((?:{_CAPITALS}/)?{_CAPITALS})$")
_LINE_REST = re.compile(r"\)?[ \t]*\|?[ \t]*(?:\n|$)")
# The parts of a sparring meeting and who leads them: 'Sagsfremlæggelse (ABA)'.
_LED_PARTS = tuple("""fremlæggelse rammesætning refleksion refleksionsrunde afrunding afslutning opsamling
spørgerunde spørgsmål runde beslutning konklusion ordstyrer referat referent tidtager""".split())


def initials(text: str, words: list[tuple[int, int]], allowed, capitals: list[int],
             logged: bool = True, named: bool = True) -> list[tuple[int, int, str, str]]:
    """Every place in the text where capitals stand for a person (see the module's docstring). `capitals` are the
    scan's anchors of two to four capitals (each one past the character after them); `named`: the text names
    someone elsewhere (then a role's abbreviation signing may be a person's initials); `logged`: a line opens with
    a date and a time, as a log's entry does."""
    shortening, someones = _in_parentheses(text, words)
    if "(" in text:  # from the scan's capitals: 'booket af ABM (Abdirahman Mohamud)'
        shortening += [m.span(1) for m in (_BEFORE_A_NAME.match(text, _capitals_ending(text, anchor)[0])
                                           for anchor in capitals) if m and _spelt_out(m)]
    found = [(start, end, "P606", text[start:end]) for start, end in shortening  # even 'NB'
             if text[start:end].lower() not in allowed]
    # Each place with what puts the capitals there: a signature or a task's owner may be an acronym's letters.
    places = {span: place for span in map(partial(_capitals_ending, text), capitals)
              if (place := _signs(text, *span))}
    places.update(dict.fromkeys(someones + _handovers(text) + _log_users(text), _PERSON))
    places.update(dict.fromkeys(_with_stops(text, words), _STOPPED))
    places.update(dict.fromkeys(_log_writers(text) if logged else (), _WRITER))
    places.update(dict.fromkeys(_row_ends(text, capitals), _SIGNATURE))  # who wrote each row
    places.update(dict.fromkeys(_initials_column(text), _COLUMN))  # ... a column of who did it says so more
    last = _AT_THE_END.search(text, max(0, len(text) - 30))
    if last and last.group("first") and last.group("first").lower() in towns():
        last = None  # a place and its country: 'Aarhus / DK'
    places.update(dict.fromkeys(_parts(last.group("letters"), last.start("letters")) if last else (), _SIGNATURE))
    for (start, end), place in places.items():
        letters = text[start:end].replace(".", "").lower()
        acronym = letters in ACRONYMS and not (place == _SIGNATURE and letters in SIGNING_ACRONYMS
                                               and (letters not in ROLE_ABBREVIATIONS or named
                                                    or _named_so(text, letters))
                                               or place == _OWNER and letters not in ROLE_ABBREVIATIONS
                                               or place == _ACTOR and letters in _ACTING_ACRONYMS
                                               or place == _WRITER and (len(letters) == 2 or "." in text[start:end])
                                               and letters not in _NOTE_MARKERS
                                               or place == _STOPPED and letters not in _STOPPED_MARKERS
                                               # two letters in a column of who did it, or doing it at a time
                                               # ('Sendt af CC kl. 08.00'): a person's, whatever acronym they spell
                                               or len(letters) == 2 and (place == _COLUMN or place == _PERSON
                                                                         and _AT_A_TIME.match(text, end)))
        if not acronym and letters not in allowed and _mixed_case_before(text, start) \
                and not (place != _PERSON and after_a_count(text, start)):
            found.append((start, end, "P606", text[start:end]))
    return found + _elsewhere(text, found)


def _named_so(text: str, letters: str) -> bool:
    """Someone in the text has the initials: in a text that names no one, a role's abbreviation signing ('/SB',
    sagsbehandler) is the role, unless a name gives those letters ('Semhar Berhane ... /SB')."""
    first, last = letters[0].upper(), letters[-1].upper()
    return re.search(rf"(?<![^\W\d_]){first}[^\W\d_A-ZÆØÅ]+(?:[ \t-]+[A-ZÆØÅ][^\W\d_]+){{0,2}}?[ \t-]+{last}[^\W\d_A-ZÆØÅ]+",
                     text) is not None


def after_a_count(text: str, start: int) -> bool:
    """Capitals after a count are its unit, not a writer: 'bilag højst må fylde 10 MB.'; a time before a log's
    writer is no count ('09.46 FL')."""
    return _A_COUNT_BEFORE.search(text, max(0, start - 8), start) is not None


_A_COUNT_BEFORE = re.compile(r"(?<![\d.:,/-])\d+[ \t]?$")


def _elsewhere(text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Initials the text gives someone stand for them wherever it writes them: 'Mette Thomsen (MT)', then 'Kl. 18.24:
    MT og PK fører ...' and 'Underskrevet: /MT'."""
    letters = {hit[3] for hit in found if hit[3].isalpha() and hit[3].isupper()}  # not 'S.K.', read by its own
    # rule, nor a log's 'hr' or 'as', which are words elsewhere
    if not letters:
        return []
    taken = {hit[0] for hit in found}
    pattern = re.compile(rf"(?<![\w.])(?:{'|'.join(sorted(letters, key=len, reverse=True))})(?![\w]|\.\w)")
    return [(m.start(), m.end(), "P606", m.group()) for m in pattern.finditer(text)
            if m.start() not in taken and _mixed_case_before(text, m.start())]


_PERSON, _SIGNATURE, _OWNER, _ACTOR, _WRITER, _STOPPED = "person", "signature", "owner", "actor", "writer", "stopped"
_COLUMN = "column"
_AT_A_TIME = re.compile(r"[ \t]+kl\.?[ \t]*\d{1,2}[.:]\d\d")
# A log's writer may type two letters an acronym list holds ('aa', 'HR', 'H.R.'); not a note's marker ('NB:', 'OK:').
_NOTE_MARKERS = frozenset("ok ja nb ps re fw cc pr".split())
# Written with stops the letters are someone's ('H.R.', 'F.W.', 'K.K.'), but a postscript's ('P.S.', 'N.B.') or a union's.
_STOPPED_MARKERS = frozenset("ps nb eu fn usa uk".split())
# Letters an acronym list holds that are still someone's before a verb ('CC ringer'); not an office's ('PPR ringer')
# nor a role's ('SB ringer': the caseworker, unnamed).
_ACTING_ACRONYMS = SIGNING_ACRONYMS - ROLE_ABBREVIATIONS


def _capitals_ending(text: str, anchor: int) -> tuple[int, int]:
    end = anchor - 1
    start = end - 2
    while start > max(0, end - 4) and text[start - 1].isupper():
        start -= 1
    return start, end


def _signs(text: str, start: int, end: int) -> str | None:
    """Where a signature, a task, a chat's line or a field of people puts two to four capitals: which of them."""
    if not (2 <= end - start <= 4 and text[start:end].isupper()):
        return None
    if _slashed(text, start):
        return _SIGNATURE
    if _OWNER_BEFORE.search(text, max(0, start - 8), start) is not None and text[end:end + 1] == ":":
        return _OWNER
    line = text.rfind("\n", 0, start) + 1
    lead = text[line:start]
    if end - start <= 3 and _acts(text, end) and text[start:end].lower() not in FUNCTION_WORDS:
        return _ACTOR  # 'PH noterer', 'CC ringer'; not 'WCAG siger', 'PPR ringer', a word in capitals ('EN oplevede')
    closing = _closing_a_line(text, line, start, end)
    if closing:
        return closing
    return _PERSON if ((not lead.strip(" \t") and _TIME_AFTER.match(text, end) is not None)
                       or ("og" in text[max(line, start - 5):start] and _ITEM_END.match(text, end)
                           and _NAME_AND.search(text, max(line, start - 30), start))
                       or _SIGN_OFF.search(text, max(0, start - 16), start) is not None
                       or _BY.search(text, max(line, start - 70), start) is not None
                       or _after_a_role(text, line, start, end) or _beside_kin(text, start, end)
                       or _AGE_AFTER.match(text, end) is not None
                       or (":" in lead and _in_a_field(text, line, start, end))) else None


# The last of a list of people, after a name and 'og': '..., Jakob Frandsen og KEB.'
_NAME_AND = re.compile(r"[A-ZÆØÅ][a-zæøå]+[ \t]+og[ \t]+$")
_ITEM_END = re.compile(r"[ \t]*(?:[.,;)]|\n|$)")
# What may stand before a note's owner at a line's start ('<!-- TK: husk ...', '- MB: ringer til skolen').
_NOTE_LEAD = re.compile(r"[ \t]*(?:<!--|[-*•])?[ \t]*$")
_NOTE_AFTER = re.compile(r":[ \t]+[a-zæøå]")
_LINE_END = re.compile(r"\)[ \t]*(?:\n|$)")


def _closing_a_line(text: str, line: int, start: int, end: int) -> str | None:
    """Who closes a journal's entry ('... alt vel. (LS)'), heads a short title ('GENOGRAM (AM)', 'Daglige noter
    (RH)') or owns a note ('<!-- TK: husk at ringe')."""
    if text[start - 1:start] == "(" and _LINE_END.match(text, end):
        before = text[line:start - 1].rstrip(" \t")
        if before.endswith((".", "!", "?")):
            return _SIGNATURE
        if 0 < len(before) <= 40 and not any(mark in before for mark in ".,:;()") and not _A_PLACE_ENDS.search(before) \
                and not _A_CATEGORYS_WORD.search(before):
            return _PERSON  # not a place's mission or unit: 'far er udsendt til Kosovo (KFOR)'
    if (_NOTE_AFTER.match(text, end) and _NOTE_LEAD.fullmatch(text, line, start)
            and not (end - start >= 3 and in_dictionary(text[start:end].lower()))):  # not a heading's 'LOG: opkald'
        return _PERSON
    return None


# A licence's or a scale's category, not who wrote: 'Lektionsplan – knallertkørekort (AM)'.
_A_CATEGORYS_WORD = re.compile(r"(?i)(?:kørekort|kategori|kategorien|niveau)$")
_A_PLACE_ENDS = re.compile(r"(?<![^\W\d_])(?:til|i|in|to)[ \t]+[A-ZÆØÅ][^\W\d_]+$")


def _after_a_role(text: str, line: int, start: int, end: int) -> bool:
    """After a professional's role: 'rådgiver WGW'; not a kin word before a word in capitals ('far IKKE får')."""
    m = _WORD_BEFORE.search(text, max(line, start - 30), start)
    role = m.group(1).lower() if m else ""
    return (m is not None and (role in _PROFESSIONS or a_staff_word(role))
            and not (end - start >= 3 and in_dictionary(text[start:end].lower()))  # 'HK' is initials, 'IKKE' a word
            and text[start:end].lower() not in FUNCTION_WORDS)  # 'Sagsejeren EN af ...'


def _beside_kin(text: str, start: int, end: int) -> bool:
    """In parentheses or between commas right after a kin word or a role: 'Far (LV) har', 'Far, FK, deltog'."""
    closing = {"(": ")", ",": ","}.get(text[start - 1:start].strip() or text[start - 2:start - 1])
    if closing is None or text[end:end + 1] != closing:
        return False
    m = _KIN_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() in KIN_AND_ROLES


_KIN_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]*[(,][ \t]?$")


_PROFESSIONS = frozenset("""sagsbehandler sagsejer rådgiver socialrådgiver lærer klasselærer pædagog leder teamleder
psykolog sundhedsplejerske kontaktperson advokat tolk mentor koordinator familiebehandler støtte operatør vagthavende
betjent""".split())


def _handovers(text: str) -> list[tuple[int, int]]:
    if "→" not in text and "->" not in text:
        return []
    return [span for m in _HANDOVER.finditer(text) for span in (m.span(1), m.span(2))]


def _row_ends(text: str, capitals: list[int]) -> list[tuple[int, int]]:
    """Initials closing two or more rows after the same separator, each row with that separator more than once."""
    if len(capitals) < 2 or "\n" not in text:
        return []
    rows: dict[str, list[tuple[int, int]]] = {}
    for anchor in capitals:
        end = _capitals_ending(text, anchor)[1]
        if not _LINE_REST.match(text, end):
            continue
        m = _ROW_END.search(text, max(0, end - 40), end)
        if m is None:
            continue
        separator = m.group(1) or ("  " if m.group(2) else "(")  # a column, by a sign or by spaces
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if separator == "(" or line.count(separator) >= 1 or (separator == "  " and "\t" in line):
            rows.setdefault(separator, []).extend(_parts(m.group(3), m.start(3)))
    return [span for spans in rows.values() if len(spans) >= 2 for span in spans]


def _slashed(text: str, start: int) -> bool:
    """After a slash that opens a line or follows a sentence: a signature ('/SK', 'Godkendt. /BL'), and the second
    of two signing together ('/KHO og IDD')."""
    if text[start - 4:start] == " og " and (m := _SIGNED_WITH.search(text, max(0, start - 12), start)):
        start = m.start(1)
    return text[start - 1:start] == "/" and _SLASH_LEAD.search(text, text.rfind("\n", 0, start) + 1, start) is not None


_SIGNED_WITH = re.compile(r"(?<=/)([A-ZÆØÅ]{2,4})[ \t]+og[ \t]+$")


def _acts(text: str, end: int) -> bool:
    m = _ACTS.match(text, end)
    return m is not None and (m.group(1) is None or m.group(1) in HUMAN_VERBS)


def _with_stops(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Initials with full stops, from a one-letter word: 'S.K.', not 'f.eks.' or a version's 'A.2.'."""
    found = []
    for start, end in words:
        if end - start == 1 and text[end:end + 1] == "." and (not start or not (text[start - 1].isalnum()
                                                                                or text[start - 1] == ".")):
            m = _WITH_STOPS.match(text, start)
            surname = _SURNAME_AFTER.match(text, m.end()) if m else None
            if m and (surname is None or (text[m.end():m.end() + 1] == " " and ordinary(surname.group(1).lower())
                                          and surname.group(1).lower() not in lexicon())):
                found.append(m.span())  # not before a surname ('S.K. Hvid': unlisted_names); 'B.O. Barnets plan' is
    return found


def _parts(group: str, offset: int) -> list[tuple[int, int]]:
    spans, at = [], offset
    for part in group.split("/"):
        spans.append((at, at + len(part)))
        at += len(part) + 1
    return spans


def _mixed_case_before(text: str, start: int) -> bool:
    """Not in a text written in capitals throughout ('JN 2023-04-07 /LF' is too short to say)."""
    before = text[max(0, start - 400):start]
    return before != before.upper() or sum(ch.isalpha() for ch in before) < 8


def _in_parentheses(text: str, words: list[tuple[int, int]]) -> tuple[list, list]:
    """Capitals in parentheses: a name's initials after it ('Nadia Bak (NB)'), or who leads a part of a meeting
    ('2. Sagsfremlæggelse (ABA)', 'Rammesætning (JKA)') where no word before them starts with their first letter,
    so they are no acronym of it ('Refleksion (RR)'; not 'forældrekursus (MST)')."""
    shortening, someones = [], []
    if "(" not in text:
        return shortening, someones
    for m in _AFTER_NAME.finditer(text):
        index = _word_ending_before(text, words, m.start())
        if index is not None and _shortens(text, words[_run_start(text, words, index):index + 1], m.group(1)):
            shortening.append(m.span(1))
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        before = LETTERS.findall(text, max(line, m.start() - 60), m.start())[-5:]
        if (before and before[-1].lower().endswith(_LED_PARTS)
                and not any(word[0].lower() == m.group(1)[0].lower() for word in before)):
            someones.append(m.span(1))
    return shortening, someones


# The initials first, the name after them in parentheses: 'booket af ABM (Abdirahman Mohamud)'.
_BEFORE_A_NAME = re.compile(rf"(?<![\w/])({_CAPITALS})[ \t]*\(([A-ZÆØÅ][^\W\d_]*(?:[ \t-]+[A-ZÆØÅ][^\W\d_]*){{1,3}})\)")


def _spelt_out(m: re.Match) -> bool:
    words = [word.lower() for word in LETTERS.findall(m.group(2))]
    return _abbreviates(m.group(1).lower(), words) and any(
        lexicon().get(word) == "name" or stranger(word) == "unknown" for word in words)


def _shortens(text: str, run: list[tuple[int, int]], letters: str) -> bool:
    """The initials shorten the name before them and a word of it is a name, or a role stands before it: 'Nadia Bak
    (NB)', 'socialrådgiver Kristoffer Skovgaard Ravn (KSR)', 'Amal Al-Khatib (AA)', 'Azad Mirani (AZM)',
    'socialpædagog Sol Vinter (SV)'; not 'Pædagogisk Psykologisk Rådgivning (PPR)'."""
    tokens = [text[start:end] for start, end in run]
    for first in range(len(tokens)):
        if _abbreviates(letters.lower(), [token.lower() for token in tokens[first:]]):
            role = _WORD_BEFORE.search(text, max(0, run[first][0] - 30), run[first][0])
            return any(lexicon().get(token.lower()) == "name" or stranger(token.lower()) == "unknown"
                       for token in tokens[first:]) or (role is not None and _a_role(role.group(1).lower()))
    return False


def _abbreviates(letters: str, words: list[str]) -> bool:
    """The first letter opens the first word, the last opens a later word, and those between are the name's letters
    in order: 'nb' of 'nadia bak', 'tt' of 'thyra toft hansen', 'okk' of 'oksana kovalenko'."""
    if len(words) < 2 or letters[0] != words[0][0]:
        return False
    for last in range(len(words) - 1, 0, -1):
        if words[last][0] == letters[-1]:
            between = iter("".join(words[:last])[1:])
            return all(letter in between for letter in letters[1:-1])
    return False


def _a_role(word: str) -> bool:
    return word in PERSON_WORDS or word in _PROFESSIONS or word.endswith(ROLE_ENDINGS) or word in _STAFF


_STAFF = frozenset("nattevagt dagvagt aftenvagt medhjælper".split())  # the rest of the staff are PERSON_WORDS


def _in_a_field(text: str, line: int, start: int, end: int) -> bool:
    """The initials are a piece of a field of people on their line: 'Deltagere: SKR (FK), EM (sagsejer), LKJ'."""
    colon = text.rfind(":", line, start)  # the nearest field: 'Vagt: RKB og FLM. Nattevagt: TP'
    label = _LABEL_BEFORE.search(text, line, colon)
    if label is None or not _labels_people(label.group(1).lower()):
        return False
    value = text[colon + 1:end + 200]
    for piece in _PIECE.finditer(value):
        if colon + 1 + piece.start() <= start < colon + 1 + piece.end():
            return _ONLY_INITIALS.fullmatch(piece.group()) is not None
    return False


_INITIALS_HEADINGS = frozenset("init init. initialer sign sign. signatur".split())


def _initials_column(text: str) -> list[tuple[int, int]]:
    """A table's or an export's column headed 'Init.', 'Sign.' or who did it ('Oprettet af', 'Givet af'): who did
    what ('| 8:50 | Karen vækket | CF |', '1;Afgørelse § 32;2025-02-28;DM;...')."""
    cells = [cell for line in heading_lines(text, _INITIALS_HEADS, _heads_initials)
             for cell in cells_under(text, line, _heads_initials)]
    return [only.span(1) for start, end in cells if (only := _ONLY_INITIALS_CELL.fullmatch(text, start, end))]


# ... found from these: a heading 'Oprettet af' is followed by its cell's end ('af |', 'af;', 'af' ending the line).
_INITIALS_HEADS = ("Init", "init", "INIT", "Sign", "sign", "SIGN", " af |", " af|", " af;", " af\t", " af\n", " AF")


def _heads_initials(cell: str) -> bool:
    heading = cell.strip(" \t*_").lower()
    return heading in _INITIALS_HEADINGS or _DONE_BY.fullmatch(heading) is not None


_DONE_BY = re.compile(r"[a-zæøå]+[ \t]+af")  # 'Oprettet af', 'Givet af', 'Udført af'


_ONLY_INITIALS_CELL = re.compile(rf"[ \t]*({_CAPITALS})[ \t]*")
# A log's line: its time, then who did it, then what ('2024-07-28 10:16:21 | AMA | Afsendt Digital Post ...').
_LOG_USER = re.compile(rf"(?m)^[ \t]*[\d./ -]{{6,10}}[ T]\d{{1,2}}[:.]\d\d(?:[:.]\d\d)?[ \t]*\|[ \t]*({_CAPITALS})[ \t]*\|")


def lower_initials(text: str, ends, allowed) -> list[tuple[int, int, str, str]]:
    """Initials typed in lower case, where only a person stands: after a professional's word ('psykolog iz'), after
    a note's author ('skrevet ind i logbogen af bmj'), between commas after a kin word ('morfar, km, på ...').
    `ends`: the scan's anchors, each one past the character after the letters. Never a word of Danish there."""
    found = []
    for anchor in ends:
        end = anchor - 1
        start = end
        while start > 0 and text[start - 1].islower():
            start -= 1
        low = text[start:end]
        if not 2 <= len(low) <= 4 or low in allowed or low in FUNCTION_WORDS or low in ACRONYMS or low in CHAT_WORDS:
            continue
        known = in_dictionary(low) or low in vocabulary()
        if known and text[end:end + 1] == ".":
            continue  # an abbreviation: 'tolk nr. 1444', 'Egen læge dr. Larsen'
        unlike_a_word = (not _VOWEL.search(low) and low not in _ABBREVIATIONS
                         or not known and len(low) <= 3)  # 'hend': a slip of 'hende'
        if (_between_commas(text, start, end) and (len(low) == 2 or unlike_a_word or not known)
                or unlike_a_word and _in_a_slot(text, start)):
            found.append((start, end, "P606", low))
    return found


# Written abbreviations without a vowel: 'leder fx barn', 'koordinator mht.', a link's 'http'
_ABBREVIATIONS = frozenset("""fx dvs pga mht vha ifm jf jvf mv mfl hhv kr kl nr tlf st th tv mf pct bl ml km kg cm mm
stk pkt sms mvh vh kh http www""".split())
_VOWEL = re.compile(r"[aeiouyæøåéèêëáàâäíìîïóòôöúùûü]")  # letters without one are no word of Danish ('hb', 'bmj'),
# whatever lists say; 'én' has one


_KIN_COMMA_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]*,[ \t]+$")


def _between_commas(text: str, start: int, end: int) -> bool:
    """'morfar, km, på ...', 'Udlejer, rd, har ...': two letters there are someone's even where Danish has the word."""
    kin = _KIN_COMMA_BEFORE.search(text, max(0, start - 30), start) if text[end:end + 1] == "," else None
    return kin is not None and kin.group(1).lower() in KIN_AND_ROLES


def _in_a_slot(text: str, start: int) -> bool:
    if _BY.search(text, max(0, start - 70), start):
        return True
    role = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return role is not None and a_staff_word(role.group(1).lower())


def _log_users(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in _LOG_USER.finditer(text)] if " | " in text else []


# A log's entry: its date and time, then who wrote it, before a colon: '05.04.2025 19.35 aa: ...', '... H.R.: ...'.
# The entry's date in figures or with its month's name, its time, maybe a dash: '9. november 2025 kl. 07.05 – SS:'.
_LOG_WRITER = re.compile(rf"(?m)^[ \t>*-]*\[?(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}\.[ \t]+(?i:{MONTHS})\.?"
                         rf"(?:[ \t]+\d{{4}})?),?[ \t]+(?:kl\.?[ \t]*)?\d{{1,2}}[:.]\d\d\]?[ \t]+(?:[–—-][ \t]+)?"
                         r"((?:[^\W\d_]\.){2,4}|[^\W\d_]{2,4})(?=:[ \t])")


def _log_writers(text: str) -> list[tuple[int, int]]:
    """In any case: a log writes its writer's initials as they type them. Not a role ('Mor:') or a label."""
    return [m.span(1) for m in _LOG_WRITER.finditer(text)
            if (low := m.group(1).replace(".", "").lower()) not in FUNCTION_WORDS and not _labels_people(low)]


def _labels_people(label: str) -> bool:
    return label in LABELS or label in PERSON_WORDS or label in _FIELD_LABELS or label.endswith(ROLE_ENDINGS)
