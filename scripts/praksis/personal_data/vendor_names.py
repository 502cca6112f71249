"""Regenerate the vendored name lists in praksis/data/names/ (a developer tool).

Not imported at run time. Inputs are files a developer fetches from the
package registries into a scratch folder:

    pip download dacy faker --no-deps -d /tmp/names
    apt-get download wdanish wamerican   # then: dpkg-deb -x <deb> /tmp/names/x
    python -m praksis.personal_data.vendor_names /tmp/names/dacy-*.whl /tmp/names/faker-*.whl \
        /tmp/names/x/usr/share/dict/danish /tmp/names/x/usr/share/dict/american-english

The word lists (GPL) are only read to classify names; none of their words is
vendored. Every name gets a tier (see names.py): `name` (never an ordinary
word), `title` (an ordinary word in lower case, but a name when capitalised),
`word` (also an ordinary word: needs context) or `common` (a very frequent
word: a capitalised form at the start of a sentence says nothing).
"""

from __future__ import annotations

import ast
import csv
import io
import re
import sys
import zipfile
from pathlib import Path

from . import words as guard_words  # the guard's own Danish lists, and the slips of their words

OUT = Path(__file__).resolve().parents[1] / "data" / "names"
DACY_CSV = "dacy/resources/lookup_tables/names.csv"
FAKER_PERSON = "faker/providers/person/da_DK/__init__.py"
FAKER_ADDRESS = "faker/providers/address/da_DK/__init__.py"
# First names of the languages a Danish municipality's families also speak, in Latin letters: a name in no Danish
# list is still a name ('Amelia', 'Abdirahman', 'Aistė'); one that is also a Danish or English word, or has fewer
# than four letters, is left out: too many of those are words in a Danish text.
FOREIGN_FIRST_NAMES = ("en_GB", "en_US", "en_IE", "de_DE", "tr_TR", "ro_RO", "vi_VN", "hr_HR", "sv_SE", "no_NO",
                       "fi_FI", "lt_LT", "nl_NL", "is_IS")
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žƠ-ưẠ-ỹ' -]+")

# Other languages' first names that a Danish case note writes as places, brands or figures.
FOREIGN_NOT_NAMES = set("""
Atlanta Bali Bergen Brooklyn Dakota Erbil Etna Georgia German India Indiana Jesus Lilo Mercedes Milan Venus Demi
Virginia Sierra Savannah Salami Nazi Server Valves Viking Villa Canal Mars Kaktus Vikar Divan Alpin Alfa Beta Atlas
Diamond Kick Ninja Sonata Junior Baptist Kort Floor Mile Mist Sever Seler Mate April Summer Autumn Kristi
""".split())
# Not names on their own: particles of compound surnames and list junk.
DROP = {"De", "Van", "El", "Din", "Da", "Du", "Di", "Del", "Der", "Den", "La", "Von", "Unavngivet", "Mahmood", "Chr"}
# Names missing from both sources that the guard must know (our own additions).
# Danish first names that are also words or new, popular since the 2010s and approved as names, but in neither
# source ('Frej', 'Ask', 'Loke', 'Saga'): a child in a case note is named so as often as any other.
SUPPLEMENT = {"Sol": "first", "Storm": "both", "Bo": "first", "Ask": "first", "Ulv": "first", "Frej": "first",
              "Loke": "first", "Saga": "first", "Fryd": "first", "Bjørk": "first"}
# Ordinary words on paper, but so rarely used as words that even lower case means the name.
NAME = set("""
Jens Mads Søren Svend Helle Lotte Lise Trine Tove Bodil Signe Palle Rune Maren Mille Malte Nynne Sidse Åse Sejer
Valter Osman Nasser Zarina Ladefoged Kim Møller Arne Kaj Lassen Helmer Kåre Frede Gry Erika Ester Bob Dan John
Peter Martin Harry Maria Mike Tony Victor Jimmy Lone Bent Bobby Tine Ea Christen Lea Fie Amir Gunner Toke Dines
Ameer Henry David Oscar Benjamin Jon
""".split())
# Ordinary words in lower case ('jan.', 'en kristen familie', 'else'), names when capitalised.
TITLE = set("""
Else Jan Jun Karl Ane Stig Tilde Samer Vendelbo Thybo Bjørn Aksel Iver Lærke Kristen Marina Bitten Ebbe Sys
""".split())
# Frequent words that often open a sentence: no warning there.
COMMON = set("""
Hans Andre Tage Mine Sine Lang Lange Kamp Høj Holdt Skriver Fly Find Otte Per Bank Stilling Post Ring Gad Just
From Tabet List Amen Thi Back May Can Said Edit Kraft Liv Have Sommer Regner Marker Sand Grøn Hvid Gul Mørk
Mønster Bue Loft Due Gade Palm
""".split()) - {"Have"}  # the issue names Have as a name that warns at sentence start


def main(argv: list[str]) -> int:
    dacy_wheel, faker_wheel, danish, english = (Path(a) for a in argv)
    words = _lower_words(danish) | _lower_words(english)
    names = _dacy_names(dacy_wheel)
    _merge(names, _faker_names(faker_wheel))
    titles: set[str] = set()
    for locale in FOREIGN_FIRST_NAMES:
        for name, entry in _faker_first_names(faker_wheel, locale).items():
            tier = "listed" if name in names else _foreign_tier(name)
            if tier:
                _merge(names, {name: entry})
            if tier == "title":
                titles.add(name)
    for name, kind in SUPPLEMENT.items():
        names.setdefault(name, [kind, 0])
    OUT.mkdir(parents=True, exist_ok=True)
    _write_names(names, words, titles)
    _write_towns(faker_wheel)
    return 0


def _foreign_tier(name: str) -> str | None:
    """Another language's first name: left out when short or a word of Danish text ('Vi', 'Uno', 'Kristi') or a
    place ('Milan'); a `title` when one slip of the keys from a Danish word ('Megan' / 'megen', 'Theo' / 'teo'), so
    that only its capitalised form counts; else its tier by the word lists ('Owen' is a name, though a frequency
    list of Danish text holds it; 'Holly' is also a word)."""
    low = name.lower()
    if len(name) < 4 or name in FOREIGN_NOT_NAMES or guard_words.in_dictionary(low):
        return None
    return "title" if guard_words.slipped(low) else "listed"


def _lower_words(path: Path) -> set[str]:
    text = path.read_text("utf-8", errors="replace")
    return {w for w in text.split("\n") if w[:1].islower()}


def _clean_parts(raw: str) -> list[str]:
    parts = re.split(r"[- ]", raw.strip().strip(".’'"))
    return [p for p in parts if len(p) >= 2 and p.isalpha() and p[0].isupper() and p not in DROP]


def _dacy_names(wheel: Path) -> dict[str, list]:
    with zipfile.ZipFile(wheel) as z:
        rows = csv.DictReader(io.StringIO(z.read(DACY_CSV).decode("utf-8")))
        names: dict[str, list] = {}
        for row in rows:
            kind = "first" if row["first_name"] == "True" else "last"
            count = int(float(row["count"] or 0))
            for part in _clean_parts(row["name"]):
                _add(names, part, kind, count)
    return names


def _faker_names(wheel: Path) -> dict[str, list]:
    with zipfile.ZipFile(wheel) as z:
        tree = ast.parse(z.read(FAKER_PERSON).decode("utf-8"))
    values = _class_tuples(tree)
    names: dict[str, list] = {}
    for attr, kind in (("first_names_male", "first"), ("first_names_female", "first"), ("last_names", "last")):
        for raw in values[attr]:
            for part in _clean_parts(raw):
                _add(names, part, kind, 0)
    return names


def _faker_first_names(wheel: Path, locale: str) -> dict[str, list]:
    """A locale's first names, however the provider holds them (a tuple, or a dict of weights)."""
    with zipfile.ZipFile(wheel) as z:
        tree = ast.parse(z.read(f"faker/providers/person/{locale}/__init__.py").decode("utf-8"))
    names: dict[str, list] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id.startswith("first_names")
                                                     for t in node.targets)):
            continue
        value = node.value.args[0] if isinstance(node.value, ast.Call) and node.value.args else node.value
        try:
            raw = ast.literal_eval(value)
        except ValueError:
            continue
        for item in (raw if isinstance(raw, (tuple, list)) else raw.keys() if isinstance(raw, dict) else ()):
            item = item[0] if isinstance(item, tuple) else item
            if isinstance(item, str) and _LATIN.fullmatch(item):
                for part in _clean_parts(item):
                    _add(names, part, "first", 0)
    return names


def _class_tuples(tree: ast.Module) -> dict[str, tuple]:
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    try:
                        found[target.id] = ast.literal_eval(node.value)
                    except ValueError:
                        pass
    return found


def _add(names: dict[str, list], name: str, kind: str, count: int) -> None:
    entry = names.setdefault(name, [kind, 0])
    if entry[0] != kind:
        entry[0] = "both"
    entry[1] = max(entry[1], count)


def _merge(names: dict[str, list], more: dict[str, list]) -> None:
    for name, (kind, count) in more.items():
        _add(names, name, kind, count)


def _tier(name: str, words: set[str]) -> str:
    if name in COMMON:
        return "common"
    if name in TITLE:
        return "title"
    if name in NAME:
        return "name"
    return "word" if name.lower() in words else "name"


def _write_names(names: dict[str, list], words: set[str], titles: set[str]) -> None:
    lines = ["# name\tkind\ttier\tgenitive\tcount  (generated by praksis.personal_data.vendor_names)"]
    for name in sorted(names, key=str.casefold):
        kind, count = names[name]
        tier = "title" if name in titles and name.lower() not in words else _tier(name, words)
        # A genitive that is also a word ("Thi" -> "This", "List" -> "Lists") only counts mid-sentence.
        genitive = "-" if name[-1] in "sxz" else ("common" if (name + "s").lower() in words else tier)
        lines.append(f"{name}\t{kind}\t{tier}\t{genitive}\t{count}")
    (OUT / "names.tsv").write_text("\n".join(lines) + "\n", "utf-8")


def _write_towns(faker_wheel: Path) -> None:
    with zipfile.ZipFile(faker_wheel) as z:
        tree = ast.parse(z.read(FAKER_ADDRESS).decode("utf-8"))
    towns = sorted(set(_class_tuples(tree)["cities"]), key=str.casefold)
    header = "# Danish postal towns from Faker's da_DK address provider (MIT); see LICENSE-faker.txt"
    (OUT / "towns.txt").write_text("\n".join([header, *towns]) + "\n", "utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
