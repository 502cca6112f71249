"""Names of schools, day-care places, residential homes and foundations (P609).

A named school or home narrows a case down to a handful of children, so a composite case names the kind
of place ('en skole i kommunen', 'et opholdssted'), never the place. Public bodies named by their kind
(Familieretshuset, Ankestyrelsen, Børnehuset) are words, not names, and are left alone.
"""

from __future__ import annotations

import re

from .findings import Finding, length_note
from .rules import towns, within
from .words import inflected

_NAME_RUN = r"[A-ZÆØÅ][a-zæøåéüö][^\W\d_]*(?:[ \t-]+[A-ZÆØÅ][^\W\d_]*)*"  # not an acronym: 'skolen BFU'

# The words that make a name an institution's, read here and by anchors.py's one-pass scanner (its anchors):
# the kind before the name ('Opholdsstedet Solgården', 'Familieplejeforeningen Lærken', 'Fonden for Unge') ...
# ... a kind in the indefinite too, capitalised ('Den Frie Skole Kløverbakken', 'Bosted Vindrosen')
_INDEFINITE_KINDS = ("skole", "bosted", "opholdssted", "efterskole")
KINDS_BEFORE = ("stedet", "tilbuddet", "hjemmet", "centret", "centeret", "foreningen", "fonden", "stiftelsen",
                "skolen", "institutionen", "institution", "kollegiet", "klubben", "børnehaven", "vuggestuen",
                "dagplejen", "bostedet", "krisecentret", "huset") + _INDEFINITE_KINDS
# ... the kind after it ('Bakkely Skole', 'Solsikkens Børnehave') ...
KINDS_AFTER = ("Skole", "Friskole", "Privatskole", "Efterskole", "Børnehave", "Vuggestue", "Børnecenter", "Børnehus",
               "Fritidshjem", "Opholdssted", "Bosted", "Institution", "Center", "Fond", "Håndboldklub", "Boldklub",
               "Fodboldklub", "Idrætsforening", "Gymnastikforening", "Svømmeklub", "Rideklub")  # a child's club too
# ... or the kind as the end of one word ('Nørreskolen').
PLACE_ENDINGS = ("skolen", "skole", "børnehaven", "vuggestuen", "fritidshjem", "fritidshjemmet", "opholdssted",
                 "opholdsstedet", "efterskole", "friskole", "gymnasium", "gymnasiet")

_WHOM = r"(?:(?:unge|børn|piger|drenge|familier)[ \t]+)"  # whom the place is for: 'Bosted for unge Vindrosen'
_KIND_THEN_NAME = re.compile(
    rf"\b[^\W\d_]*(?i:{'|'.join(KINDS_BEFORE)})[ \t]+(?:(?:for|ved|på|i)[ \t]+{_WHOM}?)?(?P<name>{_NAME_RUN})")
_NAME_THEN_KIND = re.compile(rf"\b[A-ZÆØÅ][^\W\d_]+[ \t]+(?:{'|'.join(KINDS_AFTER)})\b")
_NAMED_PLACE = re.compile(rf"\b[A-ZÆØÅ][^\W\d_]*(?:{'|'.join(PLACE_ENDINGS)})\b")


def institutions(text: str, lines: list[tuple[int, int]] | None = None) -> list[Finding]:
    spans = within(text, lines)
    found = [_finding(m) for start, end in spans for m in _KIND_THEN_NAME.finditer(text, start, end)
             if not _a_town(m.group("name")) and not _a_person_of(m) and not _instead(text, m) and not _a_lower_kind(m)
             and not _someones(text, m)]
    found += [_finding(m) for start, end in spans for m in _NAME_THEN_KIND.finditer(text, start, end)
              if not _inside(found, m) and _names_it(m.group().split()[0].lower())]
    for m in (m for start, end in spans for m in _NAMED_PLACE.finditer(text, start, end)):
        if not inflected(m.group().lower()) and not _inside(found, m):
            found.append(_finding(m))
    return found


def _names_it(first: str) -> bool:
    """The word before the kind is a name ('Bakkely Skole', 'Lindholm Skole', a surname that is a word too), not a
    word that describes it ('Nationalt Center')."""
    from .name_list import lexicon

    return not inflected(first) or lexicon().get(first) == "name"


_GENITIVE_END = re.compile(r"(?:(?<=[^\W\d_]s)|(?<=[sxz]')|(?<=[sxz]´))")


def _someones(text: str, m: re.Match) -> bool:
    """A genitive before what only a person has is the person's, not a place: 'skrev klubben Mettes cpr-nummer på
    holdlisten', 'oplyste skolen Jonas' mor'; a place has an address and a phone too ('Klubben Solsikkens adresse')."""
    from .name_context import FAMILY

    end = m.end()
    if text[end:end + 1] in ("'", "´"):
        end += 1
    if not _GENITIVE_END.match(text, end):
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and (after.group(1).lower() in _ONLY_A_PERSONS or after.group(1).lower() in FAMILY)


_ONLY_A_PERSONS = frozenset("cpr cpr-nummer cpr-nr cpr.nr personnummer fødselsdato fødselsdag".split())
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)")


# 'i stedet for Digital Post': the idiom, not a place.
_I_BEFORE = re.compile(r"(?i)(?<![^\W\d_])i[ \t]+$")
_STEDET_FOR = re.compile(r"(?i)stedet[ \t]+for\b")


def _instead(text: str, m: re.Match) -> bool:
    return (_STEDET_FOR.match(m.group()) is not None
            and _I_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None)


def _kind(m: re.Match) -> str:
    """The words before the name: the kind and its preposition ('Skolen ved')."""
    return m.group()[:m.start("name") - m.start()].strip()


def _a_lower_kind(m: re.Match) -> bool:
    """An indefinite kind names a place only with its capital: 'Bosted Vindrosen', not 'går i skole Mandag'."""
    kind = _kind(m).split()[0]
    return kind.lower().endswith(_INDEFINITE_KINDS) and kind[0].islower()


def _a_person_of(m: re.Match) -> bool:
    """'fra skolen Jens Knudsen': after the kind in lower case, a first and a last name are a person there; so
    after 'ved' ('Skolen ved Tina Dalgaard oplyste'), unless they name a street ('Skolen ved Kong Hans Vej')."""
    from .name_list import lexicon  # the name list is read only when a kind word stands before capitals

    kind = _kind(m)
    words = m.group("name").split()
    represented = kind.endswith(" ved") and not words[-1].lower().endswith(_STREET_ENDINGS)  # 'Skolen ved Tina Dal'
    return ((kind[:1].islower() or represented) and len(words) >= 2
            and (lexicon().get(words[0].lower()) in ("name", "title", "common")
                 or represented and _DIRECT_LINE_AFTER.match(m.string, m.end()) is not None))  # 'Skolen ved Ujarak
    # Egelund Lynge (direkte 41746035)': a person's own line


_DIRECT_LINE_AFTER = re.compile(r"[ \t]*\((?:direkte|dir\.|mobil|tlf\.?)[ \t:]")


_STREET_ENDINGS = ("vej", "gade", "allé", "alle", "stræde", "plads", "torv", "park", "bakke", "høj")


def _a_town(name: str) -> bool:
    """'Familiehuset i Viborg', 'Produktionsskolen Varde': the municipality's own place, named by its town."""
    return all(word.lower() in towns() or word.lower() in _REGIONS for word in name.split())


# ... or by its region ('Børnehuset Syd'): a public body for a whole region identifies no child.
_REGIONS = frozenset("region hovedstaden sjælland syddanmark midtjylland nordjylland kommune syd nord øst vest midt".split())


def _inside(found: list[Finding], m: re.Match) -> bool:
    return any(f.start <= m.start() < f.end for f in found)


def _finding(m: re.Match) -> Finding:
    return Finding(m.start(), m.end(), "P609", f"Navn på skole, institution eller opholdssted ({length_note(m.group())})")
