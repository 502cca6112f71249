"""Names in no list (P606, P607): found by shape and by their place in the sentence.

No list of names is complete (Faroese, Greenlandic, new and foreign names). A capitalised word that is
no Danish or English word, nor made of them, is a 'stranger': mid-sentence it is a proper noun, and where
its place says person (after a role, a title, a greeting or a form's label, before a verb of speech, an age
or a date, in a signature) it is a name. There even an ordinary word is a name ('Sønnen Trang', 'NAVN: ASK').
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .anchors import Scan
from .name_context import (ACRONYMS, ALWAYS_BEFORE, AUTHORED, CALENDAR, COMPASS, CONTEXT_WORDS, FAMILY, FORM_FILLERS,
                           FUNCTION_WORDS, HONORIFICS, KIN_AND_ROLES, LABELS, LOWER_CASE_BELONGINGS, LOWER_CASE_DOINGS,
                           PERSON_VERBS, PERSON_WORDS, PETS, ROLE_ENDINGS, SEASONS, UNITS,
                           a_persons_compound, a_persons_key, acts_after, before, described_after, heads_a_table, human_after,
                           name_end, named_before, owned_after, pet_named, previous_word, role_after, sentence_start,
                           signed, word_before)
from .name_list import lexicon
from .columns import headed_column_cells
from .rules import COUNTRIES, in_a_list_of_children, towns
from .words import (LETTERS, danish, dictionary_compound, domain, field_words, in_dictionary, misread_from,
                    one_slip_from, ordinary, respelt, slipped, vocabulary, with_danish_letters)

_ABBREVIATION = re.compile(r"\.[ \t]*[a-zæøå\d]")  # 'Sagsnr. 1234', 'Adm. direktør'
# ... but a message written in lower case goes on with a sentence: 'det er Huong. jeg er bange for Yuliia'.
_LOWER_SENTENCE = re.compile(r"\.[ \t]+(?:jeg|du|han|hun|vi|de|det|der|men|så|og|kan|vil|tak|ok|hvis)\b")
_GAP = re.compile(r"[ \t]|[ \t]?-[ \t]?|['’]")  # "O'Connor"; two spaces or more part a form's columns ("X  Født:")
_BLANK_LINE = re.compile(r"[ \t]*\n")
_GREETINGS = frozenset("kære hej hejsa hi hello dear yo".split())
# A chat's short words after a greeting, no one's name: 'hej sry jeg har røget igen'.
CHAT_WORDS = frozenset("sry sorry srry undskyld lol omg btw pls plz thx tak ok okay oki hehe haha hihi wtf idk".split())
_INFORMAL_GREETINGS = frozenset("hej hejsa hi hello yo".split())


@lru_cache(maxsize=65536)
def stranger(low: str) -> str | None:
    """A capitalised word in no name list: 'unknown' (no Danish or English word, nor made of them), 'compound'
    (made of words: 'Fjordhøj' may be a surname, 'Familieretshuset' is not) or None (an ordinary word)."""
    if not may_name(low) or low in vocabulary() or (respelt(low) and with_danish_letters(low) not in lexicon()):
        return None
    if len(low) >= 6 and any(other in towns() for other in one_slip_from(low)):  # 'Esbjrg', 'Svnedborg'
        return None
    if len(low) >= 5 and _slip_of_a_body_or_role(low):  # 'Aalborg Komune', 'Tranehøjkolen', 'Dagvatg'
        return None
    if written_wrong(low) or kin_compound(low):
        return None
    if any(low.endswith(end) and (len(low) >= len(end) + 2 or low[:-len(end)] in ("å", "ø")) for end in _STREET_ONLY):
        return None  # 'ved Engvej', 'Algade', 'bussen fra Åvej': a street
    return "compound" if ordinary(low) else "unknown"


def kin_compound(low: str) -> bool:
    """A kin word or a role after a word that makes kin words ('adoptiv' + 'familien', as 'adoptivmor' is a word):
    the field's compounds of a family, more than any dictionary holds. The head is four letters or more ('Jafar')."""
    for cut in range(4, len(low) - 2):
        tail = low[cut:]
        if tail in KIN_AND_ROLES and (head := low[:cut]) not in lexicon() and (
                head in danish() or any(head + kin in danish() for kin in _KIN_HEADS)):
            return True
    return False


_KIN_HEADS = ("mor", "far", "barn", "forældre", "familie")  # 'adoptivmor', 'aflastningsfamilie'


_STREET_ONLY = ("vej", "vejen", "gade", "gaden", "allé", "alléen", "stræde", "strædet", "plads", "pladsen",
                "boulevard", "boulevarden", "straße", "strasse", "gatan")


# The short words a hurried or scanned text glues to the next or the last one ('Jeghåber', 'Gladog').
_GLUED = ("og", "jeg", "at", "det", "er", "har", "ikke", "som", "til", "med")


def written_wrong(low: str) -> bool:
    """Words, not a name: a scanned letter's misread word ('Baruet', 'Vcnlig', 'Kornmune' for 'Barnet', 'Venlig',
    'Kommune'), or a short word glued to a longer one ('Jeghåber', 'Gladog'), where no name is meant."""
    if len(low) < 4:
        return False
    if any(len(other) >= 4 and other in danish() and other not in lexicon() for other in misread_from(low)):
        return True
    return any((low.startswith(short) and _content_word(low[len(short):]))
               or (low.endswith(short) and _content_word(low[:-len(short)])) for short in _GLUED)


def _content_word(low: str) -> bool:
    return len(low) >= 4 and low in danish() and low not in FUNCTION_WORDS and low not in lexicon()


def _slip_of_a_body_or_role(low: str) -> bool:
    """One slip of the keys from a word that names a place, a body, a role, a label or a child: a misspelt word,
    not a name."""
    return any(len(other) >= 6 and (other in LABELS or other in PERSON_WORDS or other.endswith(_BODY_OR_ROLE))
               for other in one_slip_from(low))  # not 'Baran' ('barn')


def may_name(low: str) -> bool:
    return not (low in PERSON_WORDS or low in FUNCTION_WORDS or low in CALENDAR or low.endswith("nr")  # 'Dokumentnr.:'
                or (low[-1:] == "s" and (low[:-1] in PERSON_WORDS or low[:-1] in LABELS))  # 'Mosters nummer', a form's
                # 'Sigtedes adresse'
                or a_persons_compound(low)  # 'Besøgsmor', 'Barnefar (19 år)'
                or low in towns() or low in LABELS or low.endswith(ROLE_ENDINGS) or low.endswith(_PLACE_ENDINGS)
                or (len(low) > 6 and low.endswith("team")))  # 'Akutteam'; too short to read slips by ('Artem')


def a_units_word(low: str) -> bool:
    """A unit or a place that a quarter of the compass may follow: 'team Vest', 'Lagerhotellet Vest'."""
    return low in UNITS or (len(low) > 5 and low.endswith(_PLACE_ENDINGS))


def names_a_role(low: str) -> bool:
    return low.endswith(ROLE_ENDINGS)


# A compound that ends in a house, a home, a centre or a body names a place: 'Familiehuset', 'Krisecentret'.
_PLACE_ENDINGS = tuple("""huset hjemmet centret centeret center stedet skolen institutionen børnehaven vuggestuen
klubben afdelingen kommune kommunen styrelsen nævnet tilsyn tilsynet retten ministeriet politiet service
advokaterne byen hospitalet sygehuset politi teamet enheden afsnittet tjenesten kontoret sekretariatet klinikken
hotellet afsnit ambulatorium ambulatoriet gruppen kirken kirke
""".split())  # 'Hej Ankestyrelsen'; a town's quarter: 'Østbyen'; a unit: 'Handicapteamet', 'Ungeenheden'
_BODY_OR_ROLE = _PLACE_ENDINGS + ROLE_ENDINGS
# A definite noun's genitive ('Kommunalbestyrelsens', 'Teamets') is a body's, never a name's.
_DEFINITE_GENITIVES = ("ens", "ets", "nes", "ernes")
_DEFINITE_OR_PLURAL = ("en", "et", "ne", "er", "ers") + _DEFINITE_GENITIVES
_LONGEST_NAME = 14  # letters of a first name or a surname written in lower case
# Words that open a sentence and speak without naming anyone: 'Ingen ringede', 'Flere fortæller'.
_PRONOUNS = frozenset("""ingen nogen nogle begge man hver hvert flere mange andre enkelte ingen somme alle hele
dette disse denne""".split())


@lru_cache(maxsize=65536)
def may_speak(low: str) -> bool:
    """An ordinary word that may still be a name before a verb of speech or a family word: no dictionary word
    ('Lan', 'Kalle'; not 'Undervejs'), or a genitive that is no Danish word as it stands ('Liljes'; not 'Fælles');
    never a definite or plural noun ('Skolen', 'Lærerne', 'Familier'), which speak for bodies and groups."""
    if len(low) < 3 or low.endswith(_DEFINITE_OR_PLURAL) or low in _PRONOUNS:
        return False
    if low[-1] == "s" and low[:-1] in PERSON_WORDS:  # 'Mors mor', 'Fars kæreste'
        return False
    if not (may_name(low) and low not in lexicon()) or written_wrong(low) or low in domain():  # 'Dantaxi henter'
        return False
    return not in_dictionary(low) or (low[-1] == "s" and low not in danish())


def stranger_level(text: str, start: int, end: int, kind: str, is_name) -> str:
    """A name in no list counts where its place says person: after 'Kære', 'hr.', a kin or role word, before an
    age or a date, in a signature; an unknown word also mid-sentence (but a place after 'i'), and at the start of a
    sentence when a person verb follows."""
    if (_ABBREVIATION.match(text, end) and not _LOWER_SENTENCE.match(text, end)) or _in_an_identifier(text, start) \
            or pet_named(text, start):
        return "join"
    if text[start:end].lower() in COMPASS and a_units_word(word_before(text, start)):  # 'team Oest'
        return "join"
    if _COUNTRY_THEN_PARENTHESIS.search(text, max(0, start - 40), start):  # 'Rejsemål: Rumænien (Cluj-Napoca)'
        return "join"
    if _a_things_modifier(text, end):
        return "join"  # a brand before its thing: 'Duraphat-tandpasta', 'Valorant-konto'
    if kind == "unknown" and SURNAMES_INITIAL.match(text, end):
        return "P606"  # a first name and its surname's initial: 'Fra: Guled Y.', 'Thanh P. ringede'
    previous = previous_word(text, start)
    if nicknamed(text, start, end) or _in_a_country(text, start) or previous in _CLUBS:
        return "join"  # 'FC Engdal': a club
    if _BODY_FOR.search(text, max(0, start - 30), start):
        return "join"  # a body named for its field: 'Styrelsen for Patientsikkerhed', 'Center for Familier'
    if previous in TRADES or _A_COLOURED_THING.search(text, max(0, start - 40), start) or _a_bodys_noun(previous):
        return "join"  # a firm by its trade ('Hotel Strandly'), a thing by its colour ('en hvid Batavus'), a body
        # by its kind ('Boligselskabet Østbo')
    if kind == "compound" and (text[start:end].lower().endswith(_DEFINITE_GENITIVES)  # 'skrev Børnetelefonens nummer'
                               or nicknamed_noun(text[start:end].lower())):  # 'Sundhedsplejerske, Tandplejen'
        return "join"
    if _done_on_a_day(text, start, end) or _a_places_part(text, start) or _DATELINE_BEFORE.search(
            text, max(0, start - 60), start):
        return "join"  # 'Udtrukket 5.6.2023 af ...', 'i Cluj-Napoca', 'Originalens dato: 26.05.2023, Bacău'
    if kind == "compound" and (word_before(text, start, end) in _SUBJECT_LABELS or _KIN_LABEL_AFTER.match(text, end)):
        return "join"  # a subject line's topic: 'Vedr.: Journalnotat – ...' ('Vedr.: Nadifo' is someone); a form's
        # label of Danish words: 'Fritekst (far): ...'
    if named_before(text, start, end) or described_after(text, end, dated=kind == "unknown"):
        return "P606"
    if kind == "unknown" and (signed(text, start) or (text[end - 1] == "s" and owned_after(text, end))):
        return "P606"
    if kind == "compound":  # 'Fjordhøj' may be a surname; with a mother it is one ('Liljes mor')
        low = text[start:end].lower()
        genitive = text[end - 1] == "s" and not low.endswith(_DEFINITE_GENITIVES) and not (
            _a_doers(low) and not _kin_after(text, end))  # not 'Kommunalbestyrelsens mor', a form's 'Lejers
        # cpr-nr.:'; but 'Balders far'
        return "P606" if genitive and owned_after(text, end, any_role=False) else "join"
    if not sentence_start(text, start):
        first = _hyphenated_start(text, start)  # 'til Cluj-Napoca': the place is the whole
        place = word_before(text, first)
        if place in _IN or place in PETS or (place == "til" and _moved_to(text, first)):  # 'born ... in Tuzla'
            return "join"
        if place in ("en", "et") or _beside_a_brand(text, start, end):  # a thing: 'en Nutridrink', 'Nestlé eller Arla'
            return "join"
        if _A_VENUE_BEFORE.search(text, max(0, first - 40), first):  # 'fået lånerkort på Cinemaxx'
            return "join"
        return "P607" if place == "fra" else "P606"
    after = name_end(text, end)
    return ("P606" if human_after(text, after) or role_after(text, after)
            else "P607" if acts_after(text, after, is_name) or (
                kind == "unknown" and _a_word_follows(text, after) and not slipped(text[start:end].lower()))
            else "join")


# A surname's initial after a first name, then the line's or the clause's end or the sentence going on.
SURNAMES_INITIAL = re.compile(r"[ \t][A-ZÆØÅ]\.(?=[ \t]*(?:\n|$|[,;)])|[ \t]+(?:[a-zæøå]|\(|kl\.))")


# A hyphen and a thing's noun after the word: 'Duraphat-tandpasta' (not 'Jensen-familien', 'Ali-sagen': a family and
# a case are someone's).
_HYPHEN_THEN_NOUN = re.compile(r"-([a-zæøå]{3,})(?![^\W\d_-])")
_SOMEONES_NOUNS = ("famili", "sag", "børn", "barn", "forældre", "hjem")


def _a_things_modifier(text: str, end: int) -> bool:
    m = _HYPHEN_THEN_NOUN.match(text, end)
    return (m is not None and not m.group(1).startswith(_SOMEONES_NOUNS) and m.group(1) not in PERSON_WORDS
            and ordinary(m.group(1)))


# A trade's word before a firm's own name: 'fleksjob hos Hotel Strandly', 'Pizzeria Bella'.
TRADES = frozenset("""Hotel Restaurant Café Cafe Pizzeria Kiosk Bageri Kro Camping Minimarked Købmand Frisør Salon
Vognmand Tømrer Murer Maler Autoværksted Værksted Gartneri Slagter""".split())


_BODY_FOR = re.compile(r"\b(?:Styrelsen|Styrelse|Center|Centret|Centeret|Nævnet|Ministeriet|Rådet|Agenturet|Sekretariatet"
                       r"|Instituttet|Enheden|Kontoret|Udvalget|Foreningen|Landsforeningen|Selskabet|Fonden|Tilsynet)"
                       r"[ \t]+for[ \t]+(?:[A-ZÆØÅ][^\W\d_]*[ \t]+(?:og[ \t]+)?)?$")


def _a_bodys_noun(previous: str | None) -> bool:
    """A capitalised compound in its definite form, no person's: 'Boligselskabet', 'Advokatfirmaet'."""
    return (bool(previous) and previous[0].isupper() and len(previous) >= 9 and previous.lower().endswith("et")
            and previous.lower() not in PERSON_WORDS and dictionary_compound(previous.lower()[:-2]))


# A thing by its colour, as a bicycle or a car is described: 'stoppet på en hvid Batavus', 'en mat sort Puch'.
_A_COLOURED_THING = re.compile(r"(?<![^\W\d_])(?:en|et)[ \t]+(?:[a-zæøå]+[ \t]+)?"
                               r"(?:hvid|sort|rød|grøn|blå|gul|grå|brun|lilla|orange|pink|sølvfarvet|mørkeblå|lyseblå)"
                               r"[ \t]+$")
# A card or a ticket for a place, and the place: 'lånerkort på Cinemaxx', 'Medlemskortet til Experimentarium'; a
# trip along to one: 'om hun må komme med på Experimentarium'.
_A_VENUE_BEFORE = re.compile(r"(?i)(?:(?:medlems|låner|års|klippe|adgangs|sæson)kort(?:et)?|billet(?:ten|ter|terne)?"
                             r"|abonnement(?:et)?|medlemskab(?:et)?)[ \t]+(?:til|på|hos|i|ved)[ \t]+$"
                             r"|(?<![^\W\d_])med[ \t]+på[ \t]+$")



# Only 'eller': a person joined by 'og' to a method or a system is still one ('Signs of Safety og Anh var med').
_OR_AFTER = re.compile(r"[ \t]+(?:eller|or)[ \t]+([A-ZÆØÅ][^\W\d_]+)")
_OR_BEFORE = re.compile(r"(?<![^\W\d_])([A-ZÆØÅ][^\W\d_]+)[ \t]+(?:eller|or)[ \t]+$")


def _beside_a_brand(text: str, start: int, end: int) -> bool:
    """An alternative to a brand or a shop of the field's list: 'fra Nestlé eller Arla', 'Lidl eller Aldi'."""
    after = _OR_AFTER.match(text, end)
    before = _OR_BEFORE.search(text, max(0, start - 24), start)
    return any(m is not None and m.group(1).lower() in domain() and lexicon().get(m.group(1).lower()) != "name"
               for m in (after, before))


# A participle opening a line, with the day it was done and by whom: 'Udtrukket 5.6.2023 af sikkerhedskoordinator'.
_DATED_BY = re.compile(r"[ \t]+(?=[^\n]{0,12}\d)[^\n]{4,20}?[ \t]af[ \t]+[a-zæøå]")
# A document's date and then its place: 'Originalens dato: 26.05.2023, Bacău'.
_DATELINE_BEFORE = re.compile(r"(?i)\bdat(?:o|e|um)[^\n:]{0,12}:[ \t]*[^\n]{6,20}\d{4}[ \t]*,[ \t]*$")


def _done_on_a_day(text: str, start: int, end: int) -> bool:
    return text[end - 1:end] == "t" and _DATED_BY.match(text, end) is not None


def _a_places_part(text: str, start: int) -> bool:
    """The second part of a place's name after 'i' or 'fra': 'i Cluj-Napoca'."""
    if text[start - 1:start] != "-":
        return False
    first = start - 1
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    return word_before(text, first) in ("i", "fra", "in", "from")


_CLUBS = frozenset("FC IF BK IK GF SK AIF".split())
_SUBJECT_LABELS = frozenset("vedr vedrørende emne".split())
_KIN_LABEL_AFTER = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t]*:")
_IN = frozenset(("i", "in"))
_COUNTRY_THEN_PARENTHESIS = re.compile(rf"\b(?:{'|'.join(COUNTRIES)}|Jordan|Libanon|Marokko|Pakistan|Thailand|Vietnam)"
                                       r"(?:-[A-ZÆØÅ][^\W\d_]+)?[ \t]*\([ \t]*(?:[A-ZÆØÅ][^\W\d_]*-)?$")  # 'Bosnien-Hercegovina ('

_COUNTRY_BEFORE = re.compile(rf"(?:{'|'.join(COUNTRIES)})-$")


def _in_a_country(text: str, start: int) -> bool:
    """'Bosnien-Hercegovina': the second part of a country's name."""
    return start > 1 and text[start - 1] == "-" and _COUNTRY_BEFORE.search(text, max(0, start - 20), start) is not None


_NEXT_WORD = re.compile(r"[ \t]+([a-zæøå]+)\b")


def _a_word_follows(text: str, end: int) -> bool:
    """An unknown word opening a sentence before a Danish word in lower case ('Vigga sad', 'Aistė stammer'): a
    name more often than not; a warning, since a brand or a foreign word stands so too."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and len(m.group(1)) >= 2 and (m.group(1) in danish() or in_dictionary(m.group(1)))


# 'flyttet til Iași', 'rejste til Hargeisa': after a verb of moving, 'til' leads to a place.
_MOVED = frozenset("""flytte flytter flyttede flyttet rejse rejser rejste rejst tage tager tog taget køre kører kørte
kørt vende vender vendte vendt udrejse udrejst hjem flyve flyver fløj fløjet""".split())


def _hyphenated_start(text: str, start: int) -> int:
    while start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        start -= 1
        while start and text[start - 1].isalpha():
            start -= 1
    return start


def _moved_to(text: str, start: int) -> bool:
    """'flyttet til Tuzla', 'flyver alene til Málaga': a verb of travel before 'til' (an adverb may stand between)."""
    found = before(text, start)
    if found is None:
        return False
    verb = word_before(text, found[3])
    return verb in _MOVED or (verb in _TRAVEL_ADVERBS and word_before(text, found[3] - len(verb) - 1) in _MOVED)


_TRAVEL_ADVERBS = frozenset("alene selv hjem videre sammen".split())


def _in_an_identifier(text: str, start: int) -> bool:
    """'M-2026-02-03-Oest', 'team_Vest': a word joined to digits or an underscore is part of a key."""
    return start >= 2 and (text[start - 1] == "_" or (text[start - 1] == "-" and text[start - 2].isdigit()))


def named_by_context(text: str, scan: Scan, allowed: frozenset[str], known) -> list[tuple[int, int, str, str]]:
    """Words that are names by their place alone, even ordinary words: after a context word ('Kære Dag',
    'Sønnen Trang', 'NAVN: ASK BRIXEN'), before an age ('Vild (1 år)'), in a signature, and a lower-case
    stranger after a greeting ('Hej thanawat'). `known` tells the words the lists or the shape already judge."""
    words = scan.words
    starts = [start for start, _ in words]
    found: list[tuple[int, int, str, str]] = []
    for end in sorted(set(scan.ends.get("context", ()))):
        index = _word_at(words, starts, end - 1)  # the capital the anchor ends with
        if index is not None and _after_context(text, end - 1, words, index):
            run = _run(text, words, index, allowed, known, signature=False)
            found += _greeted_word(text, run) if run and not _a_subjects_word(text, run) else []
    for end in scan.ends.get("age", ()):
        if _labels_a_field(text, end):  # 'Telefon (mor): ...' is a form's label
            continue
        opening = max(text.rfind("(", max(0, end - 24), end), text.rfind(",", max(0, end - 24), end))
        index = _word_ending_before(text, words, opening)
        if index is not None:
            found += _run(text, words, _run_start(text, words, index), allowed, known, signature=False)
    for end in scan.ends.get("dated", ()):  # 'søskendeparret Arjun (2014-02-18)': a person's date of birth
        index = _word_ending_before(text, words, text.rfind("(", max(0, end - 40), end))
        if index is not None and _dated_person(text, *words[index]):
            found += _run(text, words, _run_start(text, words, index), allowed, known, signature=False)
    for end in scan.ends.get("birth", ()):  # 'Lægeerklæring: Minh f. 30.01.2017': whose date of birth
        index = _born_before(text, words, end)
        if index is not None and _dated_person(text, *words[index]):
            found += _run(text, words, _run_start(text, words, index), allowed, known, signature=False)
    for end in scan.ends.get("signature", ()):
        found += _signature(text, words, starts, end, allowed, known)
    for index in _after_cpr_numbers(text, scan, starts):  # a register's lines: '040382-1216  HAKIMI, Nazanin'
        found += _run(text, words, index, allowed, known, signature=False)
    found += _greeted(text, scan, allowed) + _closing_name(text, allowed) + _own_names_in_lower_case(text, allowed)
    found += _signed_entries(text, allowed)
    if len(words) * 150 < len(text):  # hardly a capital: a text written in lower case ('fru dang', 'med andriy')
        found += _lower_case_context(text, allowed) + _repeated_in_lower_case(text, allowed)
    if len(words) * 60 < len(text) and any(mark in text for mark in _CALL_MARKS):  # a call or a dictation, written
        found += _introduced_in_lower_case(text, allowed)  # with few capitals ('[00:00:14] Rådgiver: ja det er')
    found += _signed_on_a_line(text, allowed)
    found += _called_for(text, allowed) + _my_relative(text, allowed)
    found += _lower_case_doers(text, allowed) if scan.ends.get("lower_doers") else []
    found += _lower_case_fields(text, scan.ends.get("field", ()), allowed) + _values_below_labels(text, allowed)
    found += (_chat_speakers(text, allowed) + _chat_headers(text, allowed) + _initialled(text, scan.words, allowed)
              + _name_column(text, allowed)
              + _bold_labels(text, allowed) + _before_an_address(text, words, allowed, known) + _appositions(text, allowed)
              + _named_before_a_role(text, allowed) + _at_home(text, allowed) + _message_heads(text, allowed)
              + _addressed(text, allowed) + _keyed_with_contact(text, allowed) + _reached_on(text, allowed)
              + _called_on(text, allowed)
              + _authors(text, words, starts, allowed, known))
    named = {hit[3] for hit in found if hit[2] == "P606"}
    return found + [(start, end, "P606", text[start:end]) for start, end in words if text[start:end] in named]


# A person's key, a name, and the person's contact data after it: 'Dagplejer: Ulv Vinter, 65.07.20.00', 'Værge
# underrettet: Ronaldo Reyes, tlf. ...', 'Fører af knallert: SERDAR DOSKI\nCPR-nr.: ...'. The data says the
# value is someone even where its words are words.
_NAME_WORD = r"[A-ZÆØÅ][^\W\d_'’-]*(?:['’-][A-ZÆØÅ]?[^\W\d_]+)?"
_COLON_THEN_CAPITAL = re.compile(r":[ \t]*(?=[A-ZÆØÅ])")  # a literal first: C's search skips to each colon
_PERSONS_KEY_AT = re.compile(r"[ \t*•-]*([A-ZÆØÅ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,3})[ \t]*")
_NAME_THEN_CONTACT = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]*"
    r"(?:,[ \t]*(?:(?i:tlf|mobil|telefon)|\+?\d{2}|[A-ZÆØÅ][^\W\d_]*[ \t]+\d{1,3}\b)|\([ \t]*\+?\d"
    r"|\n[ \t*•-]*(?i:cpr|adresse|tlf|telefon|mobil))")


def _keyed_with_contact(text: str, allowed) -> list[tuple[int, int, str, str]]:
    found = []
    for colon in _COLON_THEN_CAPITAL.finditer(text) if ":" in text else ():
        key = _PERSONS_KEY_AT.fullmatch(text, text.rfind("\n", 0, colon.start()) + 1, colon.start())
        m = _NAME_THEN_CONTACT.match(text, colon.end()) if key and a_persons_key(key.group(1)) else None
        if m is None:
            continue
        words = [w.lower() for w in LETTERS.findall(m.group("name"))]
        if any(w in allowed or w in PERSON_WORDS or w in ACRONYMS or w in _BODY_WORDS or w in domain()
               or w in FUNCTION_WORDS or nicknamed_noun(w) or a_long_compound(w) for w in words):
            continue
        if len(words) == 1 and in_dictionary(words[0]) and lexicon().get(words[0]) != "name":
            continue  # one word of the language: 'Mor: Ukendt, tlf. ikke oplyst'
        found += [(w.start(), w.end(), "P606", w.group()) for w in LETTERS.finditer(text, *m.span("name"))]
    return found


# A name between commas after a relative's or a professional's word: 'Bonusfar, Frej Storm, har ringet', 'en ven,
# Trang, og', 'Barnets sundhedsplejerske, Isla Wilson, er orienteret', 'en privat aflastningsperson, Ask Bjørn, som'.
_APPOSITION = re.compile(r"([A-ZÆØÅ][^\W\d_-]+(?:[ \t-]+[A-ZÆØÅ][^\W\d_-]+){0,2})[ \t]*,[ \t]")
_COMMA_THEN_CAPITAL = re.compile(r",[ \t]+(?=[A-ZÆØÅ])")  # a literal first: C's search skips to each comma
_ROLE_BEFORE_COMMA = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]*$")


_BODY_WORDS = frozenset("""hospital hospitalet sygehus sygehuset universitetshospital klinik klinikken kommune
kommunen region regionen politi center centret afdeling skole skolen""".split())


def _appositions(text: str, allowed) -> list[tuple[int, int, str, str]]:
    if ", " not in text:
        return []
    found = []
    for comma in _COMMA_THEN_CAPITAL.finditer(text):
        before = _ROLE_BEFORE_COMMA.search(text, max(0, comma.start() - 40), comma.start())
        m = _APPOSITION.match(text, comma.end()) if before else None
        if m is None:
            continue
        role = before.group(1).lower()
        if not (role in KIN_AND_ROLES or role.endswith(ROLE_ENDINGS) or role.endswith(("person", "personen"))):
            continue
        names = re.split(r"[ \t-]+", m.group(1))
        if any(not _a_name_word(name.lower(), allowed) or name.lower() in PERSON_WORDS or name.lower() in ACRONYMS
               or name.lower() in _BODY_WORDS for name in names):
            continue  # not a body: 'jordemoder, Nordsjællands Hospital, Hillerød'
        if len(names) == 1 and in_dictionary(names[0].lower()) and lexicon().get(names[0].lower()) != "name":
            continue  # one word of the language: 'Lærer, Dansk, 7.a'
        found += [(word.start(), word.end(), "P606", word.group()) for word in LETTERS.finditer(text, *m.span(1))]
    return found


# Whose home, by its street and house number: 'matchmøde hjemme hos Saga på Ahornvej 13', 'et værelse hos Ulv på
# Markvej 12' (not 'hos Netto på Algade 3': a shop of the field's list; not 'hos Tandlægen på ...').
# ... and with whom someone lives there: 'bor sammen med Najae på Egevej 159C', '... med SOL LUND på Skolevej 14C'.
_AT_HOME = re.compile(r"(?:hos|sammen[ \t]+med)[ \t]+([A-ZÆØÅ][^\W\d_]+(?:[ \t]+[A-ZÆØÅ][^\W\d_]+)?)[ \t]+på[ \t]+"
                      r"[A-ZÆØÅ][^\W\d_]*(?:[ \t]+[A-ZÆØÅ][^\W\d_]*)?[ \t]+\d")


def _at_home(text: str, allowed) -> list[tuple[int, int, str, str]]:
    if " på " not in text:
        return []
    found = []
    for literal in ("hos ", "sammen med "):  # C's find skips to each; most texts have few
        at = text.find(literal)
        while at != -1:
            m = _AT_HOME.match(text, at) if not (at and text[at - 1].isalpha()) else None  # not 'Thos'
            if m and all(_a_hosts_name(word.lower(), allowed) for word in m.group(1).split()):
                found += [(w.start(), w.end(), "P606", w.group()) for w in LETTERS.finditer(text, *m.span(1))]
            at = text.find(literal, at + 1)
    return found


def _a_hosts_name(low: str, allowed) -> bool:
    return (low not in allowed and may_name(low) and low not in domain() and not nicknamed_noun(low)
            and low not in FUNCTION_WORDS and low not in ACRONYMS
            and not a_long_compound(low))  # 'Tolkebureau · 13.18'


def _named_run(text: str, m: re.Match, allowed) -> list[tuple[int, int, str, str]]:
    """The words of group 1 as a name's hits: none is a word that names no one ('Familieretshuset', 'Mor'), and one
    at least is a listed name or no dictionary's word ('Til orientering' is none)."""
    words = m.group(1).replace("-", " ").split()
    if all(_a_hosts_name(w.lower(), allowed) for w in words) and any(
            lexicon().get(w.lower()) == "name" or not in_dictionary(w.lower()) for w in words):
        return [(w.start(), w.end(), "P606", w.group()) for w in LETTERS.finditer(text, *m.span(1))]
    return []


# Who can be reached on a number, opening a sentence or a field's value: 'Diktat: Frej kan træffes på ...',
# 'Cherry Mae kan kontaktes på ...' (not 'Kontoret kan træffes på': a word of the language). Read back from each
# ' kan ' that such a verb follows.
_REACHED_AFTER = re.compile(r" kan[ \t]+(?:nu[ \t]+)?(?:træffes|kontaktes|nås)[ \t]+på\b")
_REACHED_NAME = re.compile(r"(?:^|(?<=[.:!?])[ \t]+|(?<=\n))[ \t*-]*([A-ZÆØÅ][^\W\d_]+(?:[ \t]+[A-ZÆØÅ][^\W\d_]+){0,2})$")


def _reached_on(text: str, allowed) -> list[tuple[int, int, str, str]]:
    found = []
    at = text.find(" kan ")
    while at != -1:
        if _REACHED_AFTER.match(text, at):
            m = _REACHED_NAME.search(text, max(0, at - 60), at)
            found += _named_run(text, m, allowed) if m else []
        at = text.find(" kan ", at + 1)
    return found


# Whom to call on a number: 'ring til Frej på 93739215', 'Ring til Cherry Mae på tlf. 2083 ...' (not 'ring til
# Skolen på ...'). Read from each 'ing til ', 'inge til ', 'inger til '.
_CALLED_ON = re.compile(r"[Rr]ing(?:e|er)?[ \t]+til[ \t]+([A-ZÆØÅ][^\W\d_]+(?:[ \t]+[A-ZÆØÅ][^\W\d_]+){0,2})[ \t]+på"
                        r"(?:[ \t]+(?:tlf\.?|telefon|nummer|mobil))?[ \t]*:?[ \t]+\+?\d")


def _called_on(text: str, allowed) -> list[tuple[int, int, str, str]]:
    found = []
    for literal in ("ing til ", "inge til ", "inger til "):
        at = text.find(literal)
        while at != -1:
            if (m := _CALLED_ON.match(text, max(0, at - 1))) and all(
                    _calls_a_name(w.lower()) for w in m.group(1).split()):
                found += _named_run(text, m, allowed)  # not a helpline's compound: 'ring til Livslinien på ...'
            at = text.find(literal, at + 1)
    return found


def _calls_a_name(low: str) -> bool:
    """A listed name, a stranger of no language, or a word of no dictionary ('Frej'); no compound ('Livslinien')."""
    kind = stranger(low)
    return lexicon().get(low) is not None or kind == "unknown" or (kind is None and not in_dictionary(low))


# A letter's addressee alone on its line after 'Til': 'Til Cherry Mae Mendoza' (not 'Til Familieretshuset', 'Til
# forældrene', 'Til orientering').
_ADDRESSEE = re.compile(r"(?m)^[ \t]*Til:?[ \t]+([A-ZÆØÅ][^\W\d_]+(?:[ \t-]+[A-ZÆØÅ][^\W\d_]+){0,3})[ \t]*$")


def _addressed(text: str, allowed) -> list[tuple[int, int, str, str]]:
    if "Til" not in text:
        return []
    return [hit for m in _ADDRESSEE.finditer(text) for hit in _named_run(text, m, allowed)]


# A message's head in a pasted thread: the sender, a middle dot, the time ('Mursal · 07.17', 'Ionuț · 13.15').
_MESSAGE_HEAD = re.compile(r"(?m)^[ \t]*([A-ZÆØÅ][^\W\d_]+(?:[ \t]+[A-ZÆØÅ][^\W\d_]+)?)[ \t]+·[ \t]+\d{1,2}[.:]\d\d[ \t]*$")


def _message_heads(text: str, allowed) -> list[tuple[int, int, str, str]]:
    if "·" not in text:
        return []
    return [hit for m in _MESSAGE_HEAD.finditer(text) for hit in _named_run(text, m, allowed)]


# A list's entry: a name, a dash, then what the person is ('Plads 2: Ömer – far', 'HATICE – mor', 'Plads 4: Baran – den
# faglige koordinator (ringer ...)'); from the dash, which C's search finds.
_DASHED_WORD = r"[A-ZÆØÅÀ-Þ][^\W\d_'’-]*(?:-[A-ZÆØÅÀ-Þ][^\W\d_'’-]*)?"  # 'Ömer', 'Hans-Ole'
_NAME_BEFORE_DASH = re.compile(rf"(?:^|(?<=\n)|(?<=[:|•*])[ \t]*)[ \t]*((?:{_DASHED_WORD}[ \t]+){{0,2}}{_DASHED_WORD})"
                               r"[ \t]*$")
_ROLE_AFTER_DASH = re.compile(r"[ \t]+(?:(?:den|det|de)[ \t]+)?(?:[a-zæøå]+[ \t]+)?([a-zæøå]+)[ \t]*(?:\(|,|$)",
                              re.MULTILINE)


def _named_before_a_role(text: str, allowed) -> list[tuple[int, int, str, str]]:
    found = []
    for dash in (" – ", " - "):
        at = text.find(dash)
        while at != -1:
            role = _ROLE_AFTER_DASH.match(text, at + 2)
            name = _NAME_BEFORE_DASH.search(text, max(0, at - 60), at + 1) if role else None
            low = role.group(1) if role else ""
            if name and (low in KIN_AND_ROLES or low.endswith(ROLE_ENDINGS)) and all(
                    _a_listed_persons(word, allowed) for word in re.split(r"[ \t-]+", name.group(1))):
                found += [(w.start(), w.end(), "P606", w.group()) for w in LETTERS.finditer(text, *name.span(1))]
            at = text.find(dash, at + 3)
    return found


def _a_listed_persons(word: str, allowed) -> bool:
    low = word.lower()
    return (len(word) >= 2 and low not in allowed and low not in PERSON_WORDS and low not in LABELS
            and low not in FUNCTION_WORDS and low not in ACRONYMS and low not in CALENDAR and may_name(low)
            and (lexicon().get(low) is not None or not ordinary(low)))  # 'Lærke – plejemor'; not 'Dagsorden – ...'


_AF_A_CAPITAL = re.compile(r" af[ \t]*:?[ \t]+(?=[A-ZÆØÅ])")  # a literal start: fast over every text
_AUTHORING = AUTHORED | {"referat"}  # 'Referat af Mette Dal'; as a label only the verbs ('Dikteret af: ...')


def _authors(text: str, words, starts: list[int], allowed, known) -> list[tuple[int, int, str, str]]:
    """Who wrote or changed a note: 'Journalført af Vilde Ravn', 'oprettet af Mette Dal'; who sent a message: 'SMS
    fra Bubber 15. august'."""
    found = []
    for m in _AF_A_CAPITAL.finditer(text):
        verb = (previous_word(text, m.start() + 1) or "").lower()
        index = _word_at(words, starts, m.end()) if verb in _AUTHORING else None
        if index is not None:
            run = _run(text, words, index, allowed, known, signature=False)
            # a unit receives too: 'Modtaget af: Myndighed, Team Øst'; a person has two names or a stranger's
            whole = text[words[index][0]:_run_end(text, words, index)].split()
            if verb != "modtaget" or len(whole) >= 2 or any(not in_dictionary(hit[3].lower()) for hit in run):
                found += run
    for m in _FRA_A_CAPITAL.finditer(text) if " fra " in text else ():
        index = _word_at(words, starts, m.end()) if (previous_word(text, m.start() + 1) or "").lower() in _MESSAGES \
            else None
        if index is not None:
            found += _run(text, words, index, allowed, known, signature=False)
    return found


def _word_at(words, starts: list[int], at: int) -> int | None:
    """The index of the capitalised word that starts at `at`, if one does."""
    index = bisect_left(starts, at)
    return index if index < len(words) and starts[index] == at else None


_FRA_A_CAPITAL = re.compile(r" (?:fra|til)[ \t]+(?=[A-ZÆØÅ])")  # 'SMS fra Bubber', 'Besked til Gro Lykke'
_MESSAGES = frozenset("sms sms'en mms besked beskeden beskeder snap snapchat".split())  # a mail may be a body's


_ADDRESSED = re.compile(r"[ \t]*\"?[ \t]*<[^<>\s@]+@[^<>\s]+>")


def _before_an_address(text: str, words, allowed, known) -> list[tuple[int, int, str, str]]:
    """A mail's sender or recipient: the name before '<address>' ('Fra: Vitus Busk <vb@ungeteam.dk>'), unless
    every word of it is a dictionary word ('Team Vest <vest@...>')."""
    if "<" not in text:
        return []
    found = []
    for m in _ADDRESSED.finditer(text):
        index = _word_ending_before(text, words, m.start())
        if index is None:
            continue
        first = _run_start(text, words, index)
        whole = [text[start:end] for start, end in words[first:index + 1]]
        if _spells(m.group(), whole) and all(_a_name_word(token.lower(), allowed) for token in whole):
            found += [(start, end, "P606", text[start:end]) for start, end in words[first:index + 1]]
            continue  # even words the lists judge: 'Balder Smed <basm@...>'
        run = _run(text, words, first, allowed, known, signature=False)
        if any(not in_dictionary(token.lower()) for *_, token in run):
            found += run
    return found


_LOCAL_PART = re.compile(r"<([^@<>\s]+)@")


def _spells(address: str, run: list[str]) -> bool:
    """The address's local part is made of the name's words, each word's first letters or the whole word:
    'Balder Smed <basm@...>', '<balder.smed@...>', '<bsmed@...>'; two words at least give a letter ('Team Vest
    <vest@...>' is a team's)."""
    local = _LOCAL_PART.search(address)
    letters = "".join(ch for ch in local.group(1).lower() if ch.isalpha()) if local else ""
    return len(run) >= 2 and bool(letters) and _made_of(letters, [token.lower() for token in run], 0)


def _a_name_word(low: str, allowed) -> bool:
    """Not a team's, a unit's or a body's word ('Team Vest <tv@...>', 'Familieafdelingen Syd <fas@...>')."""
    return (low not in allowed and may_name(low) and low not in UNITS and low not in COMPASS
            and low not in CONTEXT_WORDS and low not in field_words() and not nicknamed_noun(low)
            and low not in domain() and low not in towns())


def _made_of(letters: str, words: list[str], used: int) -> bool:
    if not letters:
        return used >= 2
    if not words:
        return False
    head, rest = words[0], words[1:]
    return any(letters.startswith(head[:size]) and _made_of(letters[size:], rest, used + 1)
               for size in range(len(head), 0, -1)) or _made_of(letters, rest, used)


_CLOSED = re.compile(r"[ \t]*(?:,|\(|(?:som|der)\b)")
_CPR_BEFORE = re.compile(r"(?<!\d)\d{6}[-\u2010-\u2015]?\d{4}$")
_FIELD_COLON = re.compile(r"[ \t]*:")


def _after_cpr_numbers(text: str, scan: Scan, starts: list[int]) -> list[int]:
    """The capitalised words right after a CPR number on its line (the number runs end past their spaces)."""
    found = []
    for _, stop in scan.runs(text):
        gap = stop
        while gap > 0 and text[gap - 1] in " \t\n":
            gap -= 1
        index = bisect_left(starts, stop)
        if (index < len(starts) and starts[index] == stop and gap < stop and "\n" not in text[gap:stop]
                and _CPR_BEFORE.search(text, max(0, gap - 12), gap) and not _A_FIELDS_LABEL.match(text, stop)):
            found.append(index)  # not the next field of a merged column: '290813-6519      Udskrevet: 22.4.2024'
    return found


_A_FIELDS_LABEL = re.compile(r"[^\W\d_]+(?:[ \t][^\W\d_]+)?\.?[ \t]*:")


_DIGIT_AFTER = re.compile(r"[ \t]*\d")


def _born_before(text: str, words, end: int) -> int | None:
    """The capitalised word right before 'f.' or 'født' and a date (a comma between): the one born then."""
    if text[end - 2:end] == "f.":
        start = end - 2
    elif text[end - 4:end].lower() == "født":
        start = end - 4
    else:
        return None
    if not _DIGIT_AFTER.match(text, end):
        return None
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    if start > 0 and text[start - 1] == ",":
        start -= 1
    return _word_ending_before(text, words, start)


def _dated_person(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    return word.lower() not in PERSON_WORDS and (is_person(text, start, word) or in_a_list_of_children(text, start))


def _labels_a_field(text: str, end: int) -> bool:
    """A kin word in parentheses closed by a colon: 'Telefon (mor):', 'E-mail (far):'; an age is said of a person
    even there ('Vild (7 år): går i 1. klasse')."""
    return text[end - 1] == ")" and _FIELD_COLON.match(text, end) is not None \
        and not text[end - 2:end - 1].isdigit()  # a birth date is said of a person


# A table's headings after a kin or role word's cell, no names: 'Barn | Født | Forælder | Tlf'.
_COLUMN_HEADINGS = frozenset("""født fødselsdato tlf telefon mobil mail e-mail adresse cpr nr navn rolle relation
forælder forældre kontakt start dato alder""".split())


def _after_context(text: str, start: int, words, index: int) -> bool:
    found = before(text, start)
    if (found and (found[2] == "|" or text[start - 1] == "\t")
            and text[start:words[index][1]].lower() in _COLUMN_HEADINGS):  # 'Barn | Født | Tlf', 'Barn\tFødt'
        return False
    if not found or found[0].lower() not in CONTEXT_WORDS or (
            found[0].lower() not in HONORIFICS and _inside_a_name(text, found[3])):  # 'Dear Mr. Glad'
        return False
    # After a comma only a family word, and a name the comma closes: 'storesøster, Ellie Lund, som bor ...'
    if found[2] == "," and not (found[0].lower() in FAMILY and _CLOSED.match(text, _run_end(text, words, index))):
        return False
    if pet_named(text, start) or nicknamed(text, start, words[index][1]):  # 'Kaninerne hedder Storm'
        return False
    gap = text[found[3] + len(found[0]):start]
    if (found[2] == "|" or "  " in gap or "\t" in gap) and not _opens_its_cell(text, found[3]):
        return False  # '| Mor | Anna', 'Mor   Anna'; not '| sendt til mor | Jura', 'sendt til mor   Myndighed'
    if "\t" in gap and heads_a_table(text, start):
        return False  # a heading row's next column: 'Elev\tOpsamling\tKl.\tRute' over the pupils' rows
    if found[1] and found[0].lower() not in HONORIFICS and not (found[2] and found[0].lower() in LABELS):
        return False
    return not found[2] or named_before(text, start, _run_end(text, words, index))


def _opens_its_cell(text: str, start: int) -> bool:
    """The word begins a table's cell or a form's column: after '|', a line break, a tab or two spaces."""
    index = start
    while index > 0 and text[index - 1] in " \t":
        index -= 1
    return index == 0 or text[index - 1] in "|\n" or start - index >= 2 or "\t" in text[index:start]


_CALLED = frozenset("kaldet kaldes kalder".split())


def nicknamed(text: str, start: int, end: int) -> bool:
    """A pet name that is a noun in its definite form is no name, after a greeting or 'kaldet' ('Hej Prinsessen!',
    'kaldet Professoren'); a listed name stays one ('Hej Karen'), and so does any other word ('Kære Dag',
    'kaldet Kris', 'kaldet Mille')."""
    if not nicknamed_noun(text[start:end].lower()):
        return False
    found = before(text, start)
    context = found[0].lower() if found else ""
    return context in _CALLED or context in _GREETINGS


# What someone is called, in quotes: 'Mor kaldte Thomas for "Jojo"', 'vi kalder hende "Mulle"'. It starts with a
# literal, which the engine skips to.
# A warning: a pet name ('Stjerne', 'Bamse') names a child only to those who know it; a term in quotes after 'kalder'
# alone ('som han kalder "weekenddruk"') is no one's name.
_CALLED_FOR = re.compile(r"kald(?:er|te|es|t)?\b[^\n.\"“”«»]{0,40}?(?:\bfor|\bhende|\bham|\bsig|\bselv|\bdem|(?<=kaldes))"
                         r"[ \t]+[\"“”«'‘’]([^\W\d_][^\W\d_-]{1,20})[\"“”»'‘’]")


# ... and without quotes, capitalised: what a person is called by ('Min far kalder mig Jojo', 'Barnet kalder sin
# lillesøster for Pusle'): a name, unless an animal is the one called ('kalder sin hund for Bamse').
_CALLED_PLAIN = re.compile(r"\b(?:kald(?:er|te)[ \t]+(?:mig|ham|hende|os|sig[ \t]+selv|(?:sin|sit|hans|hendes|deres)[ \t]+"
                           r"(?P<whom>[^\W\d_]+)(?:[ \t]+for)?)|(?:der|som)[ \t]+kaldes)"  # 'en, der kaldes K-Dog'
                           r"[ \t]+([A-ZÆØÅ][^\W\d_-]{0,20}(?:-[A-ZÆØÅ][^\W\d_-]{0,20})?)(?![\w-])")


def _called_for(text: str, allowed) -> list[tuple[int, int, str, str]]:
    if "kald" not in text:
        return []
    found = []
    for m in _CALLED_FOR.finditer(text):
        start, end = m.span(1)
        low = m.group(1).lower()
        if low not in allowed and not nicknamed_noun(low) and low not in FUNCTION_WORDS and may_name(low):
            found.append((start, end, "P607", m.group(1)))
    for m in _CALLED_PLAIN.finditer(text):
        low = m.group(2).lower()
        if (low not in allowed and not nicknamed_noun(low) and low not in FUNCTION_WORDS and may_name(low)
                and (m.group("whom") or "").lower() not in PETS):
            found.append((*m.span(2), "P606", m.group(2)))
    return found


def nicknamed_noun(low: str) -> bool:
    """A noun in its definite form ('Prinsessen', 'Professoren'), or its genitive ('Fængslets'): no name."""
    if low[-1:] == "s" and low[-3:-1] in ("en", "et") and nicknamed_noun(low[:-1]):
        return True
    if len(low) >= 7 and low[-2:] in ("en", "et") and low[-3] in "lr" and low not in lexicon() and ordinary(
            low[:-3] + "e" + low[-3]):  # a vowel dropped: 'Statsfængslet' (fængsel), 'Teatret' (teater)
        return True
    if len(low) >= _LONG_DEFINITE and not low.endswith(("sen", "nn")) and low not in lexicon() and any(
            low.endswith(ending) and dictionary_compound(low[:-len(ending)]) for ending in ("en", "et", "n")):
        return True  # a compound's: 'Samværsstøtten', 'Tolkebureauet'; not a patronymic ('Kristensen')
    return len(low) >= 5 and low.endswith(("en", "et", "n")) and low not in lexicon() and any(
        low.endswith(ending) and in_dictionary(low[:-len(ending)]) for ending in ("en", "et", "n"))


# A relative or a friend of the writer's, named in lower case before what they do: 'min ven sol har et værelse',
# 'min mor solomiia har ringet', 'min kæreste aksel er født'.
_POSSESSIVES = ("min ", "mit ", "din ", "hans ", "hendes ", "vores ", "jeres ", "deres ")
_MY_RELATIVE = re.compile(r"(?i:(?:min|mit|din|hans|hendes|vores|jeres|deres)[ \t]+(?:ven|veninde|kæreste|mor|far|"
                          r"bror|søster|moster|faster|morbror|farbror|onkel|tante|mormor|morfar|farmor|farfar|fætter|"
                          r"kusine|chef|udlejer|nabo|lillebror|storebror|lillesøster|storesøster|stedfar|stedmor))"
                          r"[ \t]+([a-zæøåáéíóúýðþ][^\W\d_]{1,20})(?=[ \t]*(?:\n|$|[,.!]|[ \t]+(?:har|er|bor|siger|sagde|kommer"
                          r"|ringer|ringede|skal|vil|kan|var|hedder|arbejder|mener|synes)\b))")


# A form's filler before its writer in lower case, read back from each ' af ': 'Udfyldt af emre.'
_FILLED_IN_BEFORE = re.compile(rf"(?i:{'|'.join(FORM_FILLERS)})$")
_FILLERS_LENGTH = max(map(len, FORM_FILLERS))
_LOWER_THEN_END = re.compile(r"([a-zæøåäöüáéíóúýðþçşğıčćšžłńśźżėūųįęăâîșțđ]{3,})(?=[ \t]*(?:[.,;]|\n|$))")
_WORD_BEFORE_VERB = re.compile(r"(?<![^\W\d_])([a-zæøåäöüáéíóúýðþçşğıčćšžłńśźżėūųįęăâîșțđ]{3,})$")


def _lower_case_doers(text: str, allowed) -> list[tuple[int, int, str, str]]:
    found = []
    for verb in LOWER_CASE_DOINGS:
        at = text.find(verb)
        while at != -1:
            m = _WORD_BEFORE_VERB.search(text, max(0, at - 24), at)
            if m and m.group(1) not in allowed and _no_word(m.group(1)):
                found.append((*m.span(1), "P606", m.group(1)))
            at = text.find(verb, at + 1)
    for owned in LOWER_CASE_BELONGINGS:
        at = text.find(owned)
        while at != -1:
            m = _WORD_BEFORE_VERB.search(text, max(0, at - 24), at + 1)  # the genitive's 's' too
            if m and not text[at + len(owned):at + len(owned) + 1].isalpha() and m.group(1) not in allowed \
                    and _no_word(m.group(1)[:-1]) and _no_word(m.group(1)):  # not 'en måldatos telefonstruktur'
                found.append((*m.span(1), "P606", m.group(1)))
            at = text.find(owned, at + 1)
    at = text.find(" af ")
    while at != -1:
        m = _LOWER_THEN_END.match(text, at + 4)
        if m and _FILLED_IN_BEFORE.search(text, max(0, at - _FILLERS_LENGTH), at) and m.group(1) not in allowed \
                and _no_word(m.group(1)):
            found.append((*m.span(1), "P606", m.group(1)))
        at = text.find(" af ", at + 1)
    return found


# A form's person field filled in lower case: 'Anmelder: nishtiman mirani (farmor)', 'anmelder: faduma mire'.
_LOWER_VALUE = re.compile(r":[ \t]*([a-zæøå][^\W\d_]+)(?:[ \t]+([a-zæøå][^\W\d_]+))?(?=[ \t]*(?:\(|,|\n|$))")


# A form's name field whose value was typed on the line below ('Fornavn:\nNgoc Anh', 'Barnets navn:\nDUC VU'): read
# from each colon that ends a line, the label before it and the value after.
_NAME_LABEL = re.compile(r"(?i)(?:.*?[ \t/])??(?:(?P<whose>[^\W\d_]+)[ \t]+)?(?:fornavne?|efternavn|mellemnavn"
                         r"|kaldenavn|navn|given[ \t]+names?|surname|name)[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*")
_VALUE_BELOW = re.compile(r"[ \t]*(?P<value>[A-ZÆØÅ][^\W\d_'’-]*(?:[-'’ \t][^\W\d_][^\W\d_'’-]*){0,3})[ \t]*(?=\n|$)")
_VALUE_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*")
# What a form's name field holds when no name was given.
_NO_ANSWER = frozenset("""ukendt ikke oplyst oplyses samme se ovenfor nedenfor intet ingen nej ja anonym anonymt udeladt
mangler afventer følger senere""".split())


def _values_below_labels(text: str, allowed) -> list[tuple[int, int, str, str]]:
    found = []
    colon = text.find(":\n")
    while colon != -1:
        line = text.rfind("\n", 0, colon) + 1
        label = _NAME_LABEL.fullmatch(text, line, colon) if colon - line <= 80 else None
        value = _VALUE_BELOW.match(text, colon + 2) if label else None
        if value is not None and _a_persons_field(label, value):
            found += _name_words(text, value, allowed)
        colon = text.find(":\n", colon + 2)
    return found


def _a_persons_field(label: re.Match, value: re.Match) -> bool:
    if value.group("value").split()[0].lower() in PERSON_WORDS:  # a pseudonym: 'Barn A', 'Mor B'
        return False
    whose = (label.group("whose") or "").lower()  # not 'Skolens navn:', 'Firmaets navn:'; 'Barnets navn:' is
    return not whose.endswith("s") or whose[:-1] in PERSON_WORDS


def _name_words(text: str, value: re.Match, allowed) -> list[tuple[int, int, str, str]]:
    found = []
    for word in _VALUE_WORD.finditer(text, *value.span("value")):
        low = word.group().lower()
        if low in allowed or not may_name(low):  # may_name refuses roles, labels and function words too
            continue
        if word.group()[0].isupper() and low not in _NO_ANSWER:  # 'Ask', 'Vu', 'Dang': the field says name
            found.append((*word.span(), "P606", word.group()))
    return found


def _lower_case_fields(text: str, ends, allowed) -> list[tuple[int, int, str, str]]:
    """At the scan's anchors of a person's label, a colon and a lower-case letter."""
    found = []
    for end in ends:
        m = _LOWER_VALUE.match(text, text.rfind(":", max(0, end - 40), end))
        if m is None or m.group(1) in allowed or not _no_word(m.group(1)):
            continue
        found.append((*m.span(1), "P606", m.group(1)))
        if m.group(2) and m.group(2) not in allowed and may_name(m.group(2)) and m.group(2) not in FUNCTION_WORDS:
            found.append((*m.span(2), "P606", m.group(2)))
    return found


def _my_relative(text: str, allowed) -> list[tuple[int, int, str, str]]:
    """Before a verb even a word is a name ('min ven sol har'); at a clause's end only a word of no language
    ('min moster turið'; not 'lader min mor være', 'min kæreste mere')."""
    found = []
    for m in _relatives(text):
        low = m.group(1)
        if low in allowed or low in FUNCTION_WORDS or low in PERSON_WORDS or not may_name(low) \
                or _VERB_FORMS.search(low) or low in _NOT_A_NAME_AFTER_KIN:
            continue
        if _A_VERB_NEXT.match(text, m.end(1)) or not ordinary(low):
            found.append((*m.span(1), "P606", low))
    return found


_A_VERB_NEXT = re.compile(r"[ \t]+[a-zæøå]")


def _relatives(text: str):
    """The matches, tried only where a possessive stands (a search with a literal start per word is fast)."""
    for possessive in _POSSESSIVES:
        at = text.find(possessive)
        while at != -1:
            if not at or not text[at - 1].isalpha():
                m = _MY_RELATIVE.match(text, at)
                if m:
                    yield m
            at = text.find(possessive, at + 1)

_VERB_FORMS = re.compile(r"(?:ede|ete|te|er|et)$")  # 'min mor ringede, ...', 'min ven kommer.'
_NOT_A_NAME_AFTER_KIN = frozenset("""også igen selv altid aldrig bare lige heller ikke nu da så her der hjemme
ude inde""".split())


def _run_end(text: str, words, index: int) -> int:
    end = words[index][1]
    for following in range(index + 1, len(words)):  # by index: a slice would copy the rest of the file's words
        start, stop = words[following]
        if not _GAP.fullmatch(text, end, start):
            break
        end = stop
    return end


def _run_start(text: str, words, index: int) -> int:
    while index > 0 and _GAP.fullmatch(text, words[index - 1][1], words[index][0]):
        index -= 1
    return index


def _run(text: str, words, index: int, allowed, known, signature: bool) -> list:
    """The name that starts at words[index] and goes on over the capitalised words joined to it."""
    found = []
    end = None
    capitals = _in_capitals(text, words, index)
    for position in range(index, len(words)):
        start, stop = words[position]
        if end is not None and not _GAP.fullmatch(text, end, start):
            break
        token = text[start:stop]
        if text[stop:stop + 1] == ":" and in_dictionary(token.lower()) and lexicon().get(token.lower()) != "name":
            break  # the next field's label: 'Underskrift: plejemor Dato: 27.06.2024'
        if _counts_in_context(token, allowed, known, signature, capitals):
            if end is not None and text[end:start] in ("'", "’") and end - 1 == words[position - 1][0]:
                start = end - 1  # 'O'Connor': the prefix is part of the name
            found.append((start, stop, "P606", text[start:stop]))
        end = stop
    return found


_NAME_LABEL_BEFORE = re.compile(r"(?i)\b(?:navn|fornavn|efternavn|kaldenavn|name)[ \t]*:[ \t]*$")


def _in_capitals(text: str, words, index: int) -> bool:
    """Two words or more in capitals after the context word, none an acronym: a name written so ('Navn: SOL HØJ',
    'Plejebarn: HUY TRAN'), though each word alone could be an acronym or a word."""
    stop = _run_end(text, words, index)
    tokens = [text[start:end] for start, end in words[index:index + 4] if end <= stop]
    if len(tokens) == 1 and tokens[0].isupper() and _NAME_LABEL_BEFORE.search(text, max(0, words[index][0] - 16),
                                                                           words[index][0]):
        return tokens[0].lower() not in ACRONYMS  # a name's own field: 'Navn: STORM'
    return len(tokens) >= 2 and all(token.isupper() and len(token) >= 2 and token.lower() not in ACRONYMS
                                    and token.lower() not in FUNCTION_WORDS and token.lower() not in CALENDAR
                                    for token in tokens)  # 'FAMILIE OG NETVÆRK', 'SSP-VAGT FREDAG AFTEN'


def _a_subjects_word(text: str, run: list) -> bool:
    """A subject line's one word of Danish is what the letter is about: 'Vedr.: Opfølgning' ('Vedr.: Storm' too, as
    no list knows it for a name; 'Vedr.: Lærke' is someone)."""
    found = before(text, run[0][0])
    low = run[0][3].lower()
    return (len(run) == 1 and found is not None and found[0].lower() in _SUBJECT_LABELS and in_dictionary(low)
            and lexicon().get(low) not in ("name", "title") and _ALONE_AFTER.match(text, run[0][1]) is not None)


_ALONE_AFTER = re.compile(r"[ \t]*(?:[–,.(-]|\n|$)")  # not 'Vedr.: Dag Aagaard de Lichtenberg'


def _greeted_word(text: str, run: list) -> list:
    """After an informal greeting an ordinary word alone is a name or a pet name ('Hej Stjerne!'): a warning;
    a letter's 'Kære Dag' is someone's name."""
    found = before(text, run[0][0])
    if len(run) > 1 or not found or found[0].lower() not in _INFORMAL_GREETINGS:
        return run
    low = run[0][3].lower()
    return [(*run[0][:2], "P607", run[0][3])] if in_dictionary(low) and low not in lexicon() else run


def _word_ending_before(text: str, words, position: int) -> int | None:
    """The index of the capitalised word that ends just before position (spaces between)."""
    if position < 0:
        return None
    end = position
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    index = bisect_left(words, (end, 0)) - 1
    while index >= 0 and words[index][1] > end:
        index -= 1
    return index if index >= 0 and words[index][1] == end else None


def _signature(text: str, words, starts: list[int], end: int, allowed, known) -> list:
    """The line after 'Venlig hilsen' (or after one blank line more), when it holds only a name."""
    blank = _BLANK_LINE.match(text, end)
    line = blank.end() if blank else end
    while line < len(text) and text[line] in " \t*_":
        line += 1
    index = _word_at(words, starts, line)
    if index is None:
        return []
    stop = _run_end(text, words, index)
    rest = text[stop:stop + 200]
    if rest.split("\n", 1)[0].strip(" \t*_") or ("\n" not in rest and stop + 200 < len(text)):
        return []
    # A first name and a surname over a unit's or a role's line are a person, whatever words they are: 'Frej
    # Ulvsgaard\nUdlejningen'; alone, the line may be a team's or a title's ('Team Vest').
    names = text[line:stop].split()
    unit_below = ((_UNIT_LINE.match(text, stop + 1) is not None or _role_line(text, stop + 1)) and len(names) >= 2
                  and not any(word.lower() in UNITS or word.lower() in COMPASS or word.lower() in PERSON_WORDS
                              or word.lower() in field_words() for word in names))  # not 'Team Vest'
    if unit_below:  # ... even words the lists or the shape judge alone: 'Liv Ravnsborg\nSagsbehandler, ...'
        return _run(text, words, index, allowed, lambda token: False, signature=False)
    return _run(text, words, index, allowed, known, signature=True)


# A unit's or a role's line: 'Udlejningen', 'Børn og Unge', 'Aalborg Kommune', 'Rådgiver, Familieafdelingen'.
_UNIT_LINE = re.compile(r"[ \t]*(?:[A-ZÆØÅ][a-zæøå-]+(?:en|et)|[^\n]{0,40}\b(?:Kommune|Børn og Unge|[Aa]fdeling\w*"
                        r"|[Ss]ekretariat\w*|[Rr]ådgiver|[Ss]agsbehandler|[Pp]ædagog|[Ll]eder|[Kk]onsulent))[ \t,]*(?:\n|$)")


def _role_line(text: str, start: int) -> bool:
    """A line that opens with a person's role: 'klasselærer, tlf. 96549816', 'Socialrådgiver i Team Nord'."""
    m = _LINE_OPENING.match(text, start)
    return m is not None and m.group(1).lower() in PERSON_WORDS


_LINE_OPENING = re.compile(r"[ \t]*([^\W\d_]+)")


# A message's last line, alone after a blank line: the sender's name ('... i morgen?\n\nTyler', 'Salamat po\nJONEL
# DELA CRUZ'), in one to three capitalised words or capitals.
_LAST_LINE = re.compile(r"(?<=[^\n])\n[ \t]*\n[ \t]*((?:[A-ZÆØÅ][^\W\d_'’-]*(?:-[A-ZÆØÅ][^\W\d_'’]*)?[ \t]*){1,3})\s*\Z")


def _closing_name(text: str, allowed) -> list:
    m = _LAST_LINE.search(text, max(0, len(text) - 80))
    if m is None:
        return []
    if any(low in allowed or not may_name(low) or low in field_words() or (lexicon().get(low) is None and ordinary(low))
           for low in m.group(1).lower().split()):
        return []  # 'Med venlig hilsen\n\nTeam Vest', '\n\nBilag', '\n\nSlut'
    return [(*word.span(), "P606", word.group()) for word in LETTERS.finditer(text, *m.span(1))]


# A log entry's writer in parentheses after its last sentence: '... fastholder afgørelsen. (Selam)\n19. juni ...';
# a literal first, which C's search skips to.
_SIGNED_ENTRY = re.compile(r"(?<![ .][A-ZÆØÅ])[.!?»\"] \(([^\W\d_]{2,})\)[ \t]*(?:\n|\Z)")  # not 'A.C. (UU)'


def _signed_entries(text: str, allowed) -> list:
    """Not a role's or a label's word ('(Mor)', '(plejemor)', '(red.)'), nor a dictionary's only ('(Referat)')."""
    if ". (" not in text and "! (" not in text and "? (" not in text:
        return []
    found = []
    for m in _SIGNED_ENTRY.finditer(text):
        word, low = m.group(1), m.group(1).lower()
        if not (word[0].isupper() and word[1:].islower()) or low in allowed or not may_name(low) \
                or low in PERSON_WORDS or low in LABELS or low in field_words():
            continue
        if lexicon().get(low) or stranger(low):
            found.append((*m.span(1), "P606", m.group(1)))
    return found


# A writer's own name in lower case, as a young person writes it: 'mit navn er filmon tesfamariam', and 'mvh filmon'
# closing the text; words of no Danish dictionary only ('mvh mor', 'jeg hedder ikke noget').
_OWN_NAME = re.compile(r"\b(?:[Mm]it navn er|[Jj]eg hedder|[Mm]y name is)[ \t]+([a-zæøåáéíóúýðþ][^\W\d_]{1,20}"
                       r"(?:[ \t]+[a-zæøåáéíóúýðþ][^\W\d_]{1,20})?)")
_SIGNED_LAST = re.compile(r"(?i:\bmvh|\bhilsen|\bknus|\bkh)[ \t,.!]*\n?[ \t]*([a-zæøåáéíóúýðþ][^\W\d_]{1,20})"
                          r"[ \t]*\W{0,8}\Z")


def _own_names_in_lower_case(text: str, allowed) -> list:
    matches = list(_OWN_NAME.finditer(text)) if ("navn er" in text or "hedder" in text or "name is" in text) else []
    last = _SIGNED_LAST.search(text, max(0, len(text) - 60))  # the text's last line: cheap
    found = []
    for m in matches + ([last] if last else []):
        words = list(LETTERS.finditer(text, *m.span(1)))
        if words and all(_a_strangers_word(word.group(), allowed) for word in words):
            found += [(word.start(), word.end(), "P606", word.group()) for word in words]
    return found


def _a_strangers_word(word: str, allowed) -> bool:
    """A word in lower case that may be a name and is no word of Danish or of a chat ('sry')."""
    return (word.islower() and word not in allowed and may_name(word) and not ordinary(word)
            and word not in CHAT_WORDS)


def _greeted(text: str, scan: Scan, allowed) -> list:
    """'Hej thanawat': after a greeting a lower-case stranger is a name too."""
    found = []
    for end in scan.ends.get("greeting", ()):
        m = LETTERS.match(text, end - 1)
        low = m.group() if m else ""
        greeting = before(text, m.start()) if low.islower() else None
        if (greeting and not greeting[1] and not greeting[2] and greeting[0].lower() in _GREETINGS
                and _a_strangers_word(low, allowed) and low not in lexicon()):
            found.append((m.start(), m.end(), "P606", low))
    return found


def _inside_a_name(text: str, start: int) -> bool:
    """'Team Børn og Unge Øst': a capitalised role word mid-sentence is part of a proper noun, not a role."""
    if not text[start].isupper() or text[start + 1:start + 2].isupper():  # 'KONTAKTPERSON:' is a form's label
        return False
    return text[start - 1:start] not in ("", "\n") and not sentence_start(text, start)


_CAMEL = re.compile(r"Ma?c[A-Z][a-z]+")  # 'McAllister', 'MacLeod'


def _counts_in_context(token: str, allowed, known, signature: bool, capitals: bool = False) -> bool:
    low = token.lower()
    if known(token) or low in allowed or not may_name(low) or len(token) < 2 or low in ALWAYS_BEFORE:  # 'Hej'
        return False
    if low in field_words():  # the field's own words: 'forælder Digital Post'
        return False
    if nicknamed_noun(low):  # a definite noun: a body or a thing ('skrev Sekretariatet', 'Mvh Sundhedsplejen')
        return False
    if len(low) >= _A_TOPICS_LENGTH and low not in lexicon() and dictionary_compound(low):
        return False  # a subject's long compound: 'Vedr.: Dosisdispensering'
    if len(token) == 2 and token[1] == "s":  # 'Barn Bs mor': the genitive of a pseudonym
        return False
    if not (token[0].isupper() and (token[1:].islower() or token.isupper() or _CAMEL.fullmatch(token))):
        return False
    if token.isupper() and not capitals and (len(token) < 4 or low in vocabulary()):  # an acronym ('Barn BFU')
        return False
    # A signature line holds a name, or a team or a title ('Team Vest', 'Afdelingsleder'): only strangers count.
    return not signature or (low not in lexicon() and not ordinary(low)) or (token.isupper() and low in lexicon())


def is_person(text: str, start: int, word: str) -> bool:
    """Does the word name or stand for a person: a kin or role word, a pseudonym ('Barn A'), or a name?"""
    low = word.lower()
    if low in PERSON_WORDS:
        return True
    if len(word) == 1:  # 'Barn A', 'Mor B'; not 'Rådgiver A, 10/09/2024', a professional's date of work
        previous = (previous_word(text, start) or "").lower()
        return word.isupper() and previous in KIN_AND_ROLES and not previous.endswith(ROLE_ENDINGS)
    if word.islower() and len(word) >= 3:  # a text in lower case: 'habtom (31 july 2019)', 'sjúrður olsen (...)'
        return lexicon().get(low) == "name" or _no_word(low)
    if not (word[0].isupper() and word[1:].islower()):
        return False
    if low in COMPASS and (previous_word(text, start) or "").lower() in UNITS:  # 'Tilsyn, team Vest, 20. marts'
        return False
    if low in lexicon() or stranger(low) == "unknown" or _foreign_word_as_name(text, start, low):
        return True
    previous = previous_word(text, start) or ""
    if previous.islower() and previous in KIN_AND_ROLES and may_name(low):  # 'lillebror Bao'; not 'Mor Glad'
        return True
    # a surname that is also a word: 'Andreea Moldovan (...)'
    return bool(previous) and text[start - 1] == " " and previous[0].isupper() and may_name(low) and is_person(
        text, start - len(previous) - 1, previous) and previous.lower() not in PERSON_WORDS  # not 'Kolding Kommune'


# Verbs said of things too ('Update (2024-01-01) blev sendt').
_SAID_OF_THINGS = frozenset("er var blev bliver viser viste virker virkede giver gav".split())
_PLACE_PREPOSITIONS = frozenset("i til fra på mod ved over under gennem".split())


def _foreign_word_as_name(text: str, start: int, low: str) -> bool:
    """Capitalised mid-sentence, a word no Danish dictionary holds, only a frequency list or English ('Arjun',
    'Minh', 'Vo'), is a proper noun; before a date it is a person unless a place word stands before it ('til
    London'). Opening a sentence, only if a person's verb follows the date."""
    if in_dictionary(low) or low in domain() or not may_name(low):
        return False
    if sentence_start(text, start):  # 'Elle (17/08/1999) har forældremyndigheden': a person's verb after it
        closing = text.find(")", start, start + 60)
        m = _NEXT_WORD.match(text, closing + 1) if closing != -1 else None
        return m is not None and m.group(1) in PERSON_VERBS and m.group(1) not in _SAID_OF_THINGS
    return (previous_word(text, start) or "").lower() not in _PLACE_PREPOSITIONS


# The words after a context word, looked at, not consumed: 'partsrepræsentant: advokat x' holds two contexts.
_LOWER_CONTEXT = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(sorted(CONTEXT_WORDS, key=len, reverse=True))})\.?:?[ \t]+"
                            r"(?=([a-zæøå][^\W\d_]+)(?:[ \t]+([a-zæøå][^\W\d_]+))?)")


def _lower_case_context(text: str, allowed) -> list[tuple[int, int, str, str]]:
    """In a text written in lower case, a word of no language after a kin word, a role, a label or a greeting is a
    name, and the word after it too if it is one ('advokat sinthuja nadarajah', 'koordinator tran')."""
    found = []
    for m in _LOWER_CONTEXT.finditer(text):
        for group in (1, 2):
            low = m.group(group)
            kind = stranger(low) if low else None
            if not kind or (group == 1 and kind != "unknown") or low in allowed or not may_name(low) or slipped(low):
                break  # a surname may be made of words ('nadarajah'), a first name not
            found.append((m.start(group), m.end(group), "P606", low))
    return found


# A call or a dictation in lower case introduces people by what they are to someone ('hej det er bo vinter far til
# ask', 'det er sol fra børn og unge er det marj grake', 'underretter er hanuse joænsen fra skolen').
_W = r"([a-zæøå][^\W\d_'’]+)"
_KIN_TIL = "far|mor|farfar|farmor|mormor|morfar|moster|faster|onkel|tante|bror|søster|storebror|storesøster"
_ROLE_FOR = "træner|lærer|klasselærer|pædagog|kontaktperson|støtteperson|mentor"
# Each reader starts with a literal, so that Python's search skips to it (an alternation or a look-behind first
# would make it try every position of every text): (pattern, the words that must stand right before it, whether
# only names or no words of a dictionary count).
_INTRODUCED = tuple((re.compile(pattern), frozenset(before.split("|")) if before else None, strict)
                    for pattern, before, strict in (
    # who speaks, before what they are to the child ('hej det er bo vinter far til')
    (rf"det er[ \t]+{_W}(?:[ \t]+{_W})?[ \t]+(?:{_KIN_TIL}|{_ROLE_FOR})[ \t]+(?:til|for)\b", "", False),
    (rf"hedder[ \t]+{_W}(?:[ \t]+{_W})?[ \t]+(?:{_KIN_TIL}|{_ROLE_FOR})[ \t]+(?:til|for)\b", "", False),
    # who speaks for a body, or is reported from one
    *((rf"{lead}[ \t]+{_W}(?:[ \t]+{_W})?[ \t]+fra[ \t]+(?:børn og unge|skolen|familiehuset|kommunen|sundhedsplejen"
       r"|ppr|klubben|børnehaven)\b", "", False) for lead in ("det er", "underretter er", "sammen med")),
    # the one asked for at a call's start ('er det marj grake'; not 'er det svindel??')
    (rf"er det[ \t]+(?!rigtigt|korrekt|ok\b){_W}(?:[ \t]+{_W})?[ \t]*(?=\n|$)", "", True),
    # the child whose number is checked ('bekræftet cpr på arnel')
    (rf"cpr(?:-?nummer(?:et)?)?[ \t]+på[ \t]+{_W}()", "", False),
    # the child, after a relative's or a coach's word ('far til ingæ', 'træner for tobbe'; not 'mor for nylig')
    (rf"til[ \t]+{_W}()", _KIN_TIL, True),
    (rf"for[ \t]+{_W}()", _ROLE_FOR, True),
))
# What a call's transcript or a dictation holds: a greeting, a recording's times, a punctuation mark said aloud.
_CALL_MARKS = ("hej ", "Hej ", "hallo", "goddag", "[00:", "transskription", "punktum", "ny linje")
_NOT_INTRODUCED = frozenset("""barnet barnets børnene drengen pigen holdet klassen gruppen alle dem ham hende hans hendes
mig dig jer os en et to tre fire fem brug hjælp stede rådighed gengæld sidst slut sammen""".split())  # 'til brug for'


def _introduced_in_lower_case(text: str, allowed) -> list[tuple[int, int, str, str]]:
    found = []
    for pattern, before, strict in _INTRODUCED:
        for m in pattern.finditer(text):
            if m.start() and (text[m.start() - 1].isalpha() or text[m.start() - 1].isdigit()):
                continue  # inside a word
            if before is not None and (text[max(0, m.start() - 20):m.start()].split() or [""])[-1] not in before:
                continue  # the word right before: a relative's ('far til'), a coach's ('træner for')
            for group in (1, 2):
                low = m.group(group)
                if not low or low in allowed or low in _NOT_INTRODUCED or not may_name(low) or (
                        low not in lexicon() and ((strict and ordinary(low)) or (group == 2 and in_dictionary(low)))):
                    break  # a word counts only where the place leaves no other reading ('det er bo vinter far til')
                found.append((m.start(group), m.end(group), "P606", low))
    return found


# A name printed under or beside a signature's line ('_______________________  ARNEL GARCIA').
_SIGNED = re.compile(r"_{5,}[ \t]+([A-ZÆØÅ][^\W\d_'’-]*(?:[ \t-][A-ZÆØÅ][^\W\d_'’-]*){0,2})[ \t]*$", re.MULTILINE)


def _signed_on_a_line(text: str, allowed) -> list[tuple[int, int, str, str]]:
    if "_____" not in text:
        return []
    found = []
    for m in _SIGNED.finditer(text):
        words = m.group(1).replace("-", " ").split()
        if not any(word.lower() in allowed or word.lower() in PERSON_WORDS or word.lower() in LABELS
                   or word.lower() in FUNCTION_WORDS or (in_dictionary(word.lower()) and not word.isupper()
                                                         and word.lower() not in lexicon()) for word in words):
            found.append((*m.span(1), "P606", m.group(1)))  # not the line's own label: '________  Dato'
    return found


_LOWER_WORD = re.compile(r"(?<![\w@./-])([^\W\d_A-ZÆØÅ]{3,})(?:['’]|(?![\w@]|[.\-_][\w]))")  # not in a mail


def _repeated_in_lower_case(text: str, allowed) -> list[tuple[int, int, str, str]]:
    """In a text written in lower case, a word of no language that comes back is someone: 'ratana har fået en ny
    kæreste ... ratana ønsker'; a slip of the keys ('skrevte') is no name."""
    places: dict[str, list[tuple[int, int]]] = {}
    for m in _LOWER_WORD.finditer(text):
        places.setdefault(m.group(1), []).append(m.span(1))
    return [(start, end, "P606", low) for low, spots in places.items()
            if len(spots) >= 2 and low not in allowed and _no_word(low) for start, end in spots]


@lru_cache(maxsize=65536)
def _no_word(low: str) -> bool:
    """A word of no language, as names are: not long ('børnesamtaleturlistens' is a compound no list holds)."""
    return (len(low) <= _LONGEST_NAME and not low.endswith(_DEFINITE_GENITIVES)
            and not ordinary(low)  # what stranger() also asks, before its slower slips: a generated base's compounds
            and stranger(low) == "unknown" and may_name(low) and not slipped(low) and low not in domain()
            and not any(len(other) >= 4 and other in vocabulary() and other not in lexicon()  # "skrevte", not "sofiia"
                        for other in one_slip_from(low)))


# A chat's header: a name alone on its line before the message's time ('Jerome  14:09').
_NAME_THEN_TIME = re.compile(r"\n[ \t]*([A-ZÆØÅ][a-zæøå]+(?:[ \t][A-ZÆØÅ][a-zæøå]+)?)"
                             r"[ \t]+\[?\d{1,2}[:.]\d\d\]?[ \t]*(?=\n)")


def _chat_headers(text: str, allowed) -> list[tuple[int, int, str, str]]:
    """A name and a time alone on a line, each word of no Danish dictionary ('Frokost 12:00' is a schedule)."""
    found = []
    for m in _NAME_THEN_TIME.finditer("\n" + text + "\n"):  # from a line break: C's search finds those
        if all(may_name(w.lower()) and not in_dictionary(w.lower()) and w.lower() not in allowed
               for w in m.group(1).split()):
            found.append((m.start(1) - 1, m.end(1) - 1, "P606", m.group(1)))
    return found


# A chat's or a thread's speaker opening a line: 'Emina: tusind tak', '19:02 elle: hej er det dig', 'Olena (mor): ...'.
_SPEAKER = re.compile(r"\n[ \t>*-]*(?:(?P<time>\[?(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?,?[ \t]+(?:kl\.?[ \t]+)?)?"
                      r"\d{1,2}[:.]\d{2}\]?(?:[ \t]+[-–])?[ \t]+)"  # '[14:09] hui:', '18/11/24 11.22 yurii:', '[01.02 21:18] ...',
                      # a phone's export: '07.11.2025, 19.41 - Storm: ...'
                      r"|(?=[^\W\d_a-zæøåäöüéèàáóúíýþðßç]))(?P<name>[^\W\d_]{3,})"
                      r"(?:[ \t]+\([^()\n]{1,30}\)|,?[ \t]*(?P<after>\d{1,2}[:.]\d\d))?:[ \t]+\S")  # 'Megan, 15:08: ...',
# 'Edin 9.25: hvem ...'
# ... or an arrow after one or two words, in any case: 'siobhan -> skolen siger ...' (read where an arrow is)
_ARROWED = re.compile(r"\n[ \t>*-]*(?P<arrowed>[^\W\d_]{2,}(?:[ \t][^\W\d_]{2,})?)[ \t]*(?:->|→)[ \t]*\S")
# From a line break (C's search finds those) and, without a time, from a capital: a front matter's keys fail at once.


def _chat_speakers(text: str, allowed) -> list[tuple[int, int, str, str]]:
    """A word no list knows and no language has, before a colon at a line's start: a speaker. In lower case only
    after a time ('19:02 elle:', '[14:09] hui:'), as a message log writes it, or before an arrow ('siobhan ->',
    'naja olsen ->'); a form's labels are words ('Emne:', 'Fund:')."""
    found = []
    lines = "\n" + text  # one character ahead: offsets are one less
    arrowed = _ARROWED.finditer(lines) if "->" in text or "→" in text else ()
    timed: dict[str, list[tuple[int, int]]] = {}
    for m in (*_SPEAKER.finditer(lines), *arrowed):
        group = "arrowed" if "arrowed" in m.re.groupindex else "name"
        words = m.group(group).split()
        if any(word.lower() in allowed or word.lower() in LABELS or word.lower() in PERSON_WORDS
               or word.lower() in ACRONYMS or word.lower().endswith(_FIELDS_ENDINGS) for word in words):
            continue  # 'EAN: 5798...', a form's field, a compound of one ('Nødnumre: 112 og politiet 114')
        if "(" in m.group() and any(w.lower() in field_words() for w in LETTERS.findall(m.group(), m.group().find("("))):
            continue  # a thing and its make: '- Iltkoncentrator (Inogen One): service hver 10. måned'
        # after a time or before an arrow the place says speaker: a word of no Danish dictionary is a name there
        lenient = group == "arrowed" or m.group("time") or m.group("after")
        if all(_speaks_as_a_name(word, lenient) for word in words):
            found.append((m.start(group) - 1, m.end(group) - 1, "P606", m.group(group)))
        if group == "name" and (m.group("time") or m.group("after")):
            timed.setdefault(m.group(group).lower(), []).append((m.start(group) - 1, m.end(group) - 1))
    # ... and even a word is one that speaks at two times of a thread of a few speakers ('16:17 rosa: ok', '02:17
    # rosa: min ven'); an agenda's items are many ('10:00 Velkomst:', '10:15 Pause:')
    if len(timed) <= _SPEAKERS_OF_A_THREAD:
        found += [(start, end, "P606", text[start:end]) for word, spots in timed.items()
                  if len(spots) >= 2 and may_name(word) and word not in allowed and not nicknamed_noun(word)
                  and word not in _LOG_LABELS and not a_long_compound(word)  # '[9.38] Dagplejer: God bedring!'
                  and not kin_compound(word)  # '[21.11 10:40] Adoptivmor: ...'
                  for start, end in spots]  # not a role's definite noun: '[13/7 13:05] Samværsstøtten: Hej mor'
    # ... and a speaker whose full name speaks too ('[14:50] Line: ...', '[14:59] Line Madsen: ...')
    taken = {hit[0] for hit in found}
    found += [(start, end, "P606", text[start:end]) for word, spots in timed.items()
              if spots[0][0] not in taken and may_name(word) and word not in allowed and _speaks_in_full(text, word)
              for start, end in spots]
    return found


def _speaks_in_full(text: str, word: str) -> bool:
    """The thread has the word as a speaker's first name before a surname: '[14:59] Line Madsen: ...'."""
    pattern = re.compile(rf"(?im)\d[:.]\d\d\]?[ \t]+{re.escape(word)}[ \t]+([^\W\d_]+)[ \t]*:")
    return any(lexicon().get(m.group(1).lower()) == "name" or stranger(m.group(1).lower()) == "unknown"
               for m in pattern.finditer(text))


_SPEAKERS_OF_A_THREAD = 3
_FIELDS_ENDINGS = ("nummer", "numre", "telefon", "adresse", "adresser")
# A log's own labels after a time, no speakers: '12.15 Note: Mødet holdes ...', '10.30 Obs: ...'.
_LOG_LABELS = frozenset("note notat obs bemærk bemærkning info status opfølgning aftale konklusion handling".split())


def _speaks_as_a_name(word: str, lenient) -> bool:
    low = word.lower()
    return (stranger(low) == "unknown" or (word[0].isupper() and lexicon().get(low) in ("name", "title"))
            or bool(lenient) and may_name(low) and not in_dictionary(low) and not slipped(low)  # 'Rådgievr'
            and not a_long_compound(low))  # '21.13] Tolkebureau:'


def _kin_after(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() in FAMILY


def a_doers_compound(low: str) -> bool:
    """A dictionary word joined to a word for whoever does something: 'medansøger', 'medklagers'."""
    word = low[:-1] if low.endswith("ers") else low
    if not word.endswith("er") or len(word) < 8 or not dictionary_compound(word):
        return False
    return any(in_dictionary(word[cut:]) for cut in range(2, len(word) - 4))


def _a_doers(low: str) -> bool:
    """The genitive of a word for whoever does something ('lejers', 'ansøgers', 'voldsudøvers'): a role, not a name."""
    return low.endswith("ers") and (in_dictionary(low[:-1]) or a_doers_compound(low))


def a_long_compound(low: str) -> bool:
    """Two words of the dictionary joined, long enough that a name rarely is one: a unit or a role, no speaker."""
    return len(low) >= _LONG_COMPOUND and dictionary_compound(low)


_LONG_COMPOUND = 8
_A_TOPICS_LENGTH = 13  # longer than the compounds surnames are made of ('Fjordhøj', 'Lindholt')
_LONG_DEFINITE = 10


# Initials before a surname: 'Sagsejer: K. Hvid', 'far Y. Kovalenko', 'Betjent L. Bjerg'; not a pseudonym's letter
# before a sentence ('Barn A. Skolen ...', 'bilag B. Mor ...').
_INITIALLED = re.compile(r"[A-ZÆØÅ]\.[ \t]?(?:[A-ZÆØÅ]\.[ \t]?)?(?P<name>[A-ZÆØÅ][a-zæøå][^\W\d_]*)")
_LETTERED = frozenset("""barn bilag sag punkt afsnit del fase trin model plan type gruppe team hus klasse stk nr side
kapitel version niveau etape spor lejlighed blok opgang afdeling hold rum lokale bygning bil ordning""".split())


def _initialled(text: str, words: list[tuple[int, int]], allowed) -> list[tuple[int, int, str, str]]:
    """From the scan's capitalised words: an initial is one of a single letter, a full stop after it."""
    found = []
    for start, end in words:
        if end - start != 1 or text[end:end + 1] != "." or (start and (text[start - 1] in "._"  # not 'A.M.' twice
                                                                       or text[start - 1].isdigit())):  # nor '45B.'
            continue
        m = _INITIALLED.match(text, start)
        if m is None:
            continue
        low = m.group("name").lower()
        if low in allowed or not may_name(low):
            continue
        before_word = (word_before(text, m.start()) or "").lower()
        if before_word in _LETTERED or before_word in towns():  # 'Nykøbing F. Smed, tømrer ...'
            continue
        if stranger(low) or low in lexicon() or not in_dictionary(low) or _ends_a_clause(text, m.end()):
            found.append((m.start(), m.end(), "P606", m.group(0)))
    return found


def _ends_a_clause(text: str, end: int) -> bool:
    """'K. Hvid.', 'L. Bjerg, lbje@...': the name closes its clause, as a signature or a register's entry does."""
    return end >= len(text) or text[end] in ".,;)\n"


# A table's column headed 'Navn' holds names in every row: '| Rolle | Navn | Tlf |', then '| Far | Ramil dela Cruz |'.
_NAME_HEADINGS = frozenset(("navn", "navne", "fulde navn", "fornavn", "efternavn", "name", "deltager", "deltagere",
                            "kontaktperson", "elev", "elever", "barn", "børn", "barnet", "person", "personer",
                            "borger", "søskende"))  # '| Elev | F.dato |', then '| Burak | 14.09.2016 |'
_TABLE_RULE = re.compile(r"\|[ \t]*:?-{3,}")


def _heads_people(heading: str) -> bool:
    """A column of people: '| Navn |', '| Børn med |', '| Chauffør |', '| Modtager |'."""
    low = heading.strip(" \t*_").lower()
    return (low in _NAME_HEADINGS or any(word in _NAME_HEADINGS or word in _RECEIVERS for word in low.split())
            or a_persons_key(low))


_RECEIVERS = frozenset("modtager modtagere ansøger ansøgere".split())


def _name_column(text: str, allowed) -> list[tuple[int, int, str, str]]:
    if "|" not in text or _TABLE_RULE.search(text) is None:
        return []
    cells = headed_column_cells(text, _heads_people)
    return [(word.start(), word.end(), "P606", word.group()) for begin, stop in cells
            for word in LETTERS.finditer(text, begin, stop)
            if word.group()[0].isupper() and len(word.group()) > 1 and _cell_names(word.group().lower(), allowed)]


# A label in bold before its value: '- **Ven:** Habtom', '**Mor:** Lovely Santos'.
# '**' first: C's search finds it.
_BOLD_LABEL = re.compile(r"\*\*(?P<label>[^*_\n:]{2,30}):\*\*[ \t]+(?P<name>[A-ZÆØÅ][^\W\d_]+)")


def _bold_labels(text: str, allowed) -> list[tuple[int, int, str, str]]:
    if ":**" not in text:
        return []
    return [(m.start("name"), m.end("name"), "P606", m.group("name")) for m in _BOLD_LABEL.finditer(text)
            if m.group("label").strip().lower() in KIN_AND_ROLES | LABELS
            and _value_names(m.group("name").lower(), allowed)]


def _cell_names(low: str, allowed) -> bool:
    """A word under a 'Navn' heading: any word but a dictionary word, a role or a pronoun ('Ukendt', 'Ingen')."""
    return (low not in allowed and low not in _PRONOUNS and may_name(low)
            and (not in_dictionary(low) or low in lexicon()))


def _value_names(low: str, allowed) -> bool:
    """A label's value that is a name: in the list or in no language; not 'Ingen', 'Ukendt', 'Se bilag'."""
    return (low not in allowed and low not in _PRONOUNS and may_name(low)
            and (stranger(low) is not None or low in lexicon()))


# Where a capitalised word names a place, a game, a show or an animal rather than someone: 'i Netto', 'spil Uno'.
_PLACE_OR_THING_BEFORE = frozenset("""i in på fra til team hedder navn kaldet savner spil spiller spillede under mod
lokale mødelokale rum of the from to at se jf læs afsnittet""".split()) | PETS  # 'se Sådan foreslår du'
_ADVERBS = frozenset("sådan således hvordan hvorfor hvad hvem hvor når derfor også".split())
_TITLE_GOES_ON = re.compile(r"[ \t]+(?:på|for|og|i|til|med|af|om|uden)[ \t]+[A-ZÆØÅ]")  # 'Tegn på Vold', 'Fri for Mobberi'
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-ZÆØÅ]")


def capitals_in_a_sentence(text: str, words: list[tuple[int, int]], allowed: frozenset[str]) -> list[tuple[int, int, str, str]]:
    """Two or three words in capitals that a sentence in lower case goes on after, each a name of the lists or a word
    of no dictionary, one of them a name's only or no word at all: 'at KARWAN HAWRAMI falder i søvn', 'RODEL SANTOS
    går fortsat i 7.B'; not emphasis ('MEGET VIGTIGT at'), a heading, or an office's acronyms. `words`: the scan's
    capitalised words."""
    capitals = [(start, end) for start, end in words if end - start >= 2 and text[start:end].isupper()]
    found = []
    index = 0
    while index < len(capitals) - 1:
        last = index
        while last + 1 < len(capitals) and last - index < 2 and text[capitals[last][1]:capitals[last + 1][0]] in (" ", "-"):
            last += 1
        start, end = capitals[index][0], capitals[last][1]
        if last > index and _LOWER_GOES_ON.match(text, end) and _a_capitals_name(text[start:end], allowed):
            found.append((start, end, "P606", text[start:end]))
        index = last + 1
    return found


# ... or a comma, a parenthesis or a chat's colon: 'kontaktperson er MARICEL BAUTISTA, 98 69 10 94', 'Ringet til MATTIS
# FJELDSTED (0045 3141 6204)', '[17.30] REYMOND MACARAEG: bro send ...'
_LOWER_GOES_ON = re.compile(r"[ \t]+[a-zæøå]|,[ \t]+[a-zæøå\d+]|[ \t]+\((?:[+\d]|[a-zæøå])|:[ \t]+[^\W\d_]")


def _a_capitals_name(run: str, allowed: frozenset[str]) -> bool:
    lows = run.replace("-", " ").lower().split()
    if any(low in allowed or low in ACRONYMS or low in FUNCTION_WORDS or low in domain() or low in towns()
           or not may_name(low) for low in lows):
        return False
    kinds = [lexicon().get(low) or stranger(low) for low in lows]
    return all(kinds) and any(kind in ("name", "unknown") for kind in kinds)


_REPEATED = 2  # one capitalised 'Dag' mid-sentence is a slip or a title; two, never in lower case, are someone


def repeated_capitals(text: str, places: dict[str, list[tuple[int, int]]], scan: Scan,
                      allowed: frozenset[str]) -> list[tuple[int, int, str, str]]:
    """An ordinary word that the text writes with a capital mid-sentence again and again, and never in lower case,
    is someone's name ('fungerede Dag fint', 'drøftet Dags trivsel', 'venskab med Flora'): Danish writes its
    nouns in lower case. A warning, since a brand or a title of a method can stand so too."""
    found: dict[str, list[tuple[int, int]]] = {}
    for token, spots in places.items():
        if len(token) >= 2 and token[1:].islower() and token[0].isupper():
            base = token[:-1] if token[-1] == "s" and token[:-1] in places else token  # 'Dags' beside 'Dag'
            found.setdefault(base, []).extend(spots)
    hits = []
    for base, spots in found.items():
        if len(spots) < _REPEATED or not _may_repeat(base.lower(), allowed) or scan.has_word(base.lower()):
            continue  # most words open a sentence once
        inside = [spot for spot in spots if _mid_sentence(text, *spot)
                  and not (base.lower() in COMPASS and a_units_word(word_before(text, spot[0])))]  # 'bydel Syd'
        if len(inside) < _REPEATED:
            continue
        hits += [(start, end, "P607", text[start:end]) for start, end in spots
                 if (start, end) in inside or (sentence_start(text, start) and _a_word_follows(text, end))]
    return hits


@lru_cache(maxsize=65536)
def _may_repeat(low: str, allowed: frozenset[str]) -> bool:
    return not (low in allowed or low in lexicon() or stranger(low) or low in domain() or low in _COUNTRY_WORDS
                or not may_name(low) or low.endswith(_DEFINITE_OR_PLURAL) or low in _PRONOUNS or low in SEASONS
                or low in _ADVERBS or low.endswith(_STREET_ONLY))  # a street named as a place: 'ved Stationsvej'


_COUNTRY_WORDS = frozenset(c.lower() for c in COUNTRIES)


def _mid_sentence(text: str, start: int, end: int) -> bool:
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():  # not after '. ', ': ', '" '
        return False
    previous = previous_word(text, start)
    return (bool(previous) and previous.islower() and previous not in _PLACE_OR_THING_BEFORE
            and not _CAPITAL_NEXT.match(text, end) and not _TITLE_GOES_ON.match(text, end)
            and not sentence_start(text, start))