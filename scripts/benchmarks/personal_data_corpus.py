"""Seeded generator of Danish case-like Markdown for measuring the anonymization guard.

    python scripts/benchmarks/personal_data_corpus.py --seed 1 --out /tmp/pd-corpus

Two kinds of document:

- planted: case prose with personal data of every type and format the guard
  must find (CPR numbers, phone numbers, e-mail addresses, addresses, dates of
  birth, names from the vendored name list), placed in the body, the front
  matter, tables, HTML comments and links; each planted item is recorded with
  its offsets, type, format and place;
- clean: anonymized case prose and meeting records full of look-alikes: role
  pseudonyms, law references, KLE and case numbers, CVR numbers, meeting dates
  and times, ages, amounts, year ranges, and common words that are also names.

Names are drawn from data/names/names.tsv weighted by how many Danes carry them
(Danmarks Statistik counts), so common names count as often as in real life.
Everything is fictional; the random generator is seeded, so runs repeat.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

NAMES = Path(__file__).resolve().parents[1] / "praksis" / "data" / "names" / "names.tsv"
MONTHS = "januar februar marts april maj juni juli august september oktober november december".split()
ROLES = ["Mor", "Far", "Stedfar", "Plejemor", "Mormor", "Morfar", "Farmor", "Moster", "Sagsbehandler",
         "Faglig koordinator", "Skolelærer", "Sundhedsplejerske", "Teamlederen", "Pædagogen"]
CHILDREN = ["Barn A", "Barn B", "Barn C", "Barn D"]
STREETS = ["Nørregade", "Vestergade", "Skovvej", "Kirkevej", "Møllevej", "Lindevej", "Birkevej", "Engvej",
           "Ringvej", "Skolegade", "Søndergade", "Østergade", "Strandvejen", "Bakkevej", "Granvænget",
           "Egeparken", "Kastanie Allé", "Rosenhaven", "Kongensgade", "Havnegade", "Ved Stranden", "Toftegården"]
TOWNS = [("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"), ("7100", "Vejle"), ("6000", "Kolding"),
         ("4000", "Roskilde"), ("8700", "Horsens"), ("2300", "København S"), ("8600", "Silkeborg"),
         ("7400", "Herning"), ("4700", "Næstved"), ("6700", "Esbjerg"), ("8900", "Randers C"), ("3400", "Hillerød")]


@dataclass
class Planted:
    kind: str  # cpr, phone, email, address, dob, name
    fmt: str  # how it is written
    place: str  # body, frontmatter, table, comment, link
    start: int
    end: int
    tier: str = ""  # names: the tier in names.tsv of the rarest part


@dataclass
class Document:
    name: str
    text: str
    clean: bool
    planted: list[Planted] = field(default_factory=list)


class _Writer:
    """Builds a text piece by piece and records where planted items land."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.planted: list[Planted] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def plant(self, kind: str, fmt: str, place: str, value: str, tier: str = "") -> None:
        self.planted.append(Planted(kind, fmt, place, self.length, self.length + len(value), tier))
        self.add(value)

    def text(self) -> str:
        return "".join(self.parts)


class _Names:
    def __init__(self, rng: random.Random):
        self.rng = rng
        firsts, lasts = [], []
        for line in NAMES.read_text("utf-8").split("\n"):
            if not line or line.startswith("#"):
                continue
            name, kind, tier, _genitive, count = line.split("\t")
            entry = (name, tier, max(int(count), 1))
            (firsts if kind in ("first", "both") else lasts).append(entry)
            if kind == "both":
                lasts.append(entry)
        self.firsts, self.lasts = firsts, lasts

    def first(self) -> tuple[str, str]:
        name, tier, _ = self.rng.choices(self.firsts, weights=[e[2] for e in self.firsts])[0]
        return name, tier

    def last(self) -> tuple[str, str]:
        name, tier, _ = self.rng.choices(self.lasts, weights=[e[2] for e in self.lasts])[0]
        return name, tier


_TIER_RANK = {"name": 3, "title": 2, "word": 1, "common": 0}


def _best(*tiers: str) -> str:
    return max(tiers, key=_TIER_RANK.get)


# --- planted values ---------------------------------------------------------

def _birth(rng: random.Random) -> date:
    return date(2005, 1, 1) + timedelta(days=rng.randrange(0, 365 * 20))


def _cpr_digits(rng: random.Random) -> tuple[str, str]:
    born = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 85))
    seventh = rng.choice("456789") if born.year >= 2000 else rng.choice("0123")  # the century digit
    serial = seventh + "".join(rng.choice("0123456789") for _ in range(3))
    return born.strftime("%d%m%y"), serial


def cpr(rng: random.Random, fmt: str) -> str:
    first, serial = _cpr_digits(rng)
    separator = {"hyphen": "-", "en_dash": "\u2013", "space": " ", "line_break": "\n", "none": ""}[fmt]
    return first + separator + serial


CPR_FORMATS = ["hyphen", "en_dash", "space", "line_break", "none"]


def _personal_number(rng: random.Random) -> str:
    d = rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(7))
    # 70 and 80 are service ranges of the numbering plan (shared cost, free): never a person's number
    return d[0] + "1" + d[2:] if d[:2] in ("70", "80") else d


def phone(rng: random.Random, fmt: str) -> tuple[str, str]:
    """(text before, number): bare 8-digit numbers need their context word."""
    d = _personal_number(rng)
    pairs = " ".join(d[i:i + 2] for i in range(0, 8, 2))
    return {
        "plus45_pairs": ("tlf. ", "+45 " + pairs),
        "0045_plain": ("", "0045" + d),
        "pairs_space": ("", pairs),
        "pairs_dot": ("", ".".join(d[i:i + 2] for i in range(0, 8, 2))),
        "four_four": ("", d[:4] + " " + d[4:]),
        "eight_with_word": (rng.choice(["tlf. ", "mobil ", "telefon ", "ring på ", "sms til "]), d),
        "plus45_plain": ("", "+45" + d),
    }[fmt]


PHONE_FORMATS = ["plus45_pairs", "0045_plain", "pairs_space", "pairs_dot", "four_four", "eight_with_word",
                 "plus45_plain"]


def email(rng: random.Random, names: _Names, fmt: str) -> str:
    first, last = names.first()[0].lower(), names.last()[0].lower()
    local = rng.choice([f"{first}.{last}", f"{first}{rng.randrange(10, 99)}", f"{first[0]}{last}"])
    domain = rng.choice(["kommune.dk", "skole.dk", "gmail.com", "hotmail.com", "mail.dk"])
    host, tld = domain.rsplit(".", 1)
    return {"plain": f"{local}@{domain}", "at_brackets": f"{local}[at]{domain}",
            "at_parens": f"{local}(at){domain}", "at_dot_words": f"{local} (at) {host} (dot) {tld}",
            "mailto": f"{local}@{domain}"}[fmt]


EMAIL_FORMATS = ["plain", "at_brackets", "at_parens", "at_dot_words", "mailto"]


def address(rng: random.Random, fmt: str) -> str:
    street = f"{rng.choice(STREETS)} {rng.randrange(1, 180)}"
    postcode, town = rng.choice(TOWNS)
    return {
        "street_number": street,
        "street_letter": street + rng.choice("ABC"),
        "street_floor_door": street + rng.choice([", 2. tv", ", 1. th.", ", st. mf", ", 3. 12", ", 4. sal"]),
        "full": f"{street}, {postcode} {town}",
        "postcode_town": f"{postcode} {town}",
    }[fmt]


ADDRESS_FORMATS = ["street_number", "street_letter", "street_floor_door", "full", "postcode_town"]


def dob(rng: random.Random, fmt: str) -> tuple[str, str]:
    """(trigger text, date): the guard must flag the date."""
    born = _birth(rng)
    written = f"{born.day}. {MONTHS[born.month - 1]} {born.year}"
    return {
        "født_written": (rng.choice(["født den ", "født "]), written),
        "født_numeric": ("født ", born.strftime(rng.choice(["%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y"]))),
        "f_short": ("f. ", born.strftime("%d.%m.%y")),
        "fødselsdato_iso": ("fødselsdato: ", born.isoformat()),
        "fødselsdag_no_year": ("har fødselsdag den ", f"{born.day}. {MONTHS[born.month - 1]}"),
        "født_slash_dash": ("født ", f"{born.day}/{born.month}-{born.year}"),
    }[fmt]


DOB_FORMATS = ["født_written", "født_numeric", "f_short", "fødselsdato_iso", "fødselsdag_no_year", "født_slash_dash"]
NAME_FORMATS = ["first_mid", "full_mid", "sentence_start", "genitive", "hyphenated", "double_first", "lower_case",
                "capitals"]


def name(names: _Names, fmt: str) -> tuple[str, str]:
    (first, t1), (last, t2) = names.first(), names.last()
    if fmt == "first_mid" or fmt == "sentence_start":
        return first, t1
    if fmt == "full_mid":
        return f"{first} {last}", _best(t1, t2)
    if fmt == "genitive":
        return (first + ("'" if first[-1] in "sxz" else "s")), t1
    if fmt == "hyphenated":
        (other, t3) = names.last()
        return f"{first} {last}-{other}", _best(t1, t2, t3)
    if fmt == "double_first":
        (second, t3) = names.first()
        return f"{first}-{second}" if names.rng.random() < 0.5 else f"{first} {second}", _best(t1, t3)
    if fmt == "lower_case":
        return first.lower(), t1
    return f"{first} {last}".upper(), _best(t1, t2)


# --- clean prose with look-alikes -------------------------------------------

def _meeting_date(rng: random.Random) -> date:
    return date(2024, 1, 1) + timedelta(days=rng.randrange(0, 900))


def clean_sentence(rng: random.Random) -> str:
    child, role, other = rng.choice(CHILDREN), rng.choice(ROLES), rng.choice(ROLES)
    day = _meeting_date(rng)
    templates = [
        lambda: f"{child} er {rng.randrange(2, 18)} år og går i {rng.randrange(0, 10)}. klasse.",
        lambda: f"Mødet blev holdt den {day.day}. {MONTHS[day.month - 1]} {day.year} kl. {rng.randrange(8, 15)}.00.",
        lambda: f"Teamet drøftede sagen på mødet {day.isoformat()} fra kl. 13.00-14.30.",
        lambda: f"Kommunen traf afgørelse efter Barnets lov § {rng.randrange(5, 120)}, stk. {rng.randrange(1, 6)}.",
        lambda: f"Ydelsen udgør {rng.randrange(1, 40)}.{rng.randrange(100, 999)} kr. om måneden.",
        lambda: f"Sagen journaliseres under KLE {rng.choice(['27.24.00', '27.21.00', '27.12.08'])}"
                f"-G01-{rng.randrange(1, 99)}-{rng.randrange(20, 27)}.",
        lambda: f"Leverandøren har CVR-nr. {rng.randrange(10000000, 99999999)}.",
        lambda: f"{role} har fælles forældremyndighed med {other.lower()}.",
        lambda: f"Hans {rng.choice(['mor', 'far', 'mormor', 'plejemor'])} deltog i netværksmødet.",
        lambda: f"Per uge har {child} {rng.randrange(1, 4)} samvær med Far.",
        lambda: f"Familien har en have, og {child} leger i haven efter skole.",
        lambda: "Efter en storm af konflikter faldt der ro på i hjemmet.",
        lambda: f"Det var en lykke for {child} at komme i fritidsklub.",
        lambda: f"Mor vil gerne bo tæt på skolen, så {child} kan cykle selv.",
        lambda: f"{child} spiller fodbold på en mark bag skolen.",
        lambda: f"I maj begyndte {child} i en ny klasse.",
        lambda: f"Perioden {day.year}-{day.year + 1} er evalueret i teamet.",
        lambda: f"{child} har {rng.randrange(2, 40)} fraværsdage i dette skoleår.",
        lambda: "Undersøgelsen skal være færdig inden for fire måneder (§ 20, stk. 3).",
        lambda: f"{role} og {other} mødtes med {rng.choice(CHILDREN)} og {rng.choice(ROLES).lower()}.",
        lambda: f"Plejemor fortæller, at {child} sover bedre og spiser sammen med familien.",
        lambda: f"Beløbet på {rng.randrange(2, 5)}.500-{rng.randrange(5, 9)}.000 kr. dækker transport.",
        lambda: f"Udgiften var {rng.randrange(10, 99)}.{rng.randrange(100, 999)} kr. i {day.year}.",
        lambda: f"{child} fyldte {rng.randrange(3, 17)} år i foråret.",
        lambda: f"{role} fortalte, at {child} har fødselsdag i næste uge.",
        lambda: f"{child} er født i {rng.randrange(2008, 2022)} og bor hos {role.lower()}.",
        lambda: f"Telefonen ringede {rng.randrange(2, 6)} gange under mødet.",
        lambda: f"Sagen har nummer {day.year}-{rng.randrange(1000, 9999)} i fagsystemet.",
        lambda: f"Indsatsen efter § 32, stk. 1, nr. {rng.randrange(1, 9)}, blev bevilget for "
                f"{rng.randrange(3, 13)} måneder.",
        lambda: f"Gruppen mødes hver tirsdag fra {rng.randrange(8, 11)}.00 til {rng.randrange(11, 15)}.30.",
        lambda: f"Team Vest holdt møde den {day.day}. {MONTHS[day.month - 1]}, og mødet varede 60 minutter.",
        lambda: f"{child} går i {rng.randrange(1, 10)}. klasse på en skole i nabokommunen.",
        lambda: f"Der er afsat {rng.randrange(5, 40)} timer til opgaven i uge {rng.randrange(1, 52)}.",
        lambda: f"Statusudtalelsen fra skolen kom den {day.day}/{day.month}.",
        lambda: f"Far arbejder i skiftende vagter, {rng.randrange(3, 5)}-{rng.randrange(5, 7)} dage om ugen.",
        lambda: f"Se også [[P-00{rng.randrange(10, 16)}]] og [sparringsmodellen](sparringsmodel.md).",
        lambda: f"Sagsbehandler ringede til {role.lower()} og aftalte et nyt møde.",
        lambda: f"Barnets plan blev opdateret efter § 91, og {child} deltog i samtalen.",
        lambda: "Underretningen kom fra skolen, og sagen blev vurderet inden for 24 timer.",
        lambda: f"{child} har det svært i frikvartererne, men trives i timerne.",
        lambda: f"Mormor og Morfar passer {child} hver anden weekend.",
        lambda: f"Familien har boet i kommunen siden {rng.randrange(2010, 2024)}.",
        lambda: f"Ifølge Sundhedsplejersken er {child} alderssvarende i sin udvikling.",
        lambda: f"Stedfar har været en stabil voksen i {child}s hverdag.",
        lambda: "Mor har svært ved at bede om hjælp, og Far er bekymret for hende.",
        lambda: f"{child} bor på et opholdssted med {rng.randrange(4, 9)} andre unge.",
        lambda: f"Netværket omkring {child} består af Mormor, en moster og to venner.",
        lambda: f"Hver dag efter skole går {child} hjem til et tomt hus.",
        lambda: f"Med mere ro i hjemmet bliver det lettere for {child} at koncentrere sig.",
        lambda: f"Forløbet varer {rng.randrange(6, 20)} uger og koster {rng.randrange(20, 80)}.000 kr.",
    ]
    return rng.choice(templates)()


def _paragraph(rng: random.Random, n: int) -> str:
    return " ".join(clean_sentence(rng) for _ in range(n))


def clean_document(rng: random.Random, index: int) -> Document:
    day = _meeting_date(rng)
    front = (f"---\nid: C-{index:04d}\ntitle: Sag om trivsel og skolefravær\n"
             f"summary: {rng.choice(CHILDREN)} på {rng.randrange(3, 17)} år og {rng.choice(ROLES).lower()}.\n"
             f"date: {day.isoformat()}\ndecided: {(day + timedelta(days=14)).isoformat()}\n"
             f"tags: [samvær, skolefravær, netværk]\nanonymized:\n  by: Faglig koordinator\n"
             f"  date: {day.isoformat()}\n---\n")
    table = ("\n| Dato | Emne | Varighed |\n|---|---|---|\n" + "".join(
        f"| {(day + timedelta(days=7 * i)).isoformat()} | {rng.choice(['Sparring', 'Status', 'Netværksmøde'])} | "
        f"{rng.choice([45, 60, 90])} min |\n" for i in range(rng.randrange(2, 5))))
    body = "\n\n".join([
        "## Situationen", _paragraph(rng, rng.randrange(4, 9)),
        "## Spørgsmålet til sparring", _paragraph(rng, rng.randrange(2, 5)),
        "<!-- Udkast: afsnittet om samvær mangler stadig -->",
        "## Drøftelsen", _paragraph(rng, rng.randrange(4, 9)), table,
        "- " + clean_sentence(rng) + "\n- " + clean_sentence(rng) + "\n- " + clean_sentence(rng),
    ])
    return Document(f"clean-{index:04d}.md", front + "\n" + body + "\n", clean=True)


# --- planted documents -------------------------------------------------------

def planted_document(rng: random.Random, names: _Names, index: int) -> Document:
    w = _Writer()
    w.add(f"---\nid: C-{index:04d}\ntitle: Sag med personoplysninger\n")
    _plant_frontmatter(rng, names, w)
    w.add("---\n\n## Situationen\n\n")
    for _ in range(rng.randrange(4, 8)):
        w.add(clean_sentence(rng) + " ")
        _plant_body(rng, names, w, "body")
        w.add(clean_sentence(rng) + "\n\n")
    w.add("| Rolle | Oplysning |\n|---|---|\n")
    for _ in range(rng.randrange(1, 4)):
        w.add(f"| {rng.choice(ROLES)} | ")
        _plant_value(rng, names, w, "table")
        w.add(" |\n")
    w.add("\n<!-- Husk: ")
    _plant_value(rng, names, w, "comment")
    w.add(" -->\n\n")
    _plant_link(rng, names, w)
    w.add("\n\n" + _paragraph(rng, 3) + "\n")
    return Document(f"planted-{index:04d}.md", w.text(), clean=False, planted=w.planted)


def _plant_frontmatter(rng: random.Random, names: _Names, w: _Writer) -> None:
    choice = rng.randrange(4)
    if choice == 0:
        w.add("summary: Samtale med ")
        value, tier = name(names, "full_mid")
        w.plant("name", "full_mid", "frontmatter", value, tier)
        w.add(" om skolefravær.\n")
    elif choice == 1:
        w.add("cpr: ")
        w.plant("cpr", "hyphen", "frontmatter", cpr(rng, "hyphen"))
        w.add("\n")
    elif choice == 2:
        trigger, value = dob(rng, "fødselsdato_iso")
        w.add(trigger)
        w.plant("dob", "fødselsdato_iso", "frontmatter", value)
        w.add("\n")
    else:
        w.add("kontakt: ")
        w.plant("email", "plain", "frontmatter", email(rng, names, "plain"))
        w.add("\n")


def _plant_body(rng: random.Random, names: _Names, w: _Writer, place: str) -> None:
    kind = rng.choice(["cpr", "phone", "email", "address", "dob", "name", "name", "name"])
    if kind == "name":
        fmt = rng.choice(NAME_FORMATS)
        value, tier = name(names, fmt)
        if fmt == "sentence_start":
            w.add("\n\n")
            w.plant("name", fmt, place, value, tier)
            w.add(f" fortalte om {rng.choice(['weekenden', 'skolen', 'samværet'])}. ")
            return
        if fmt == "lower_case":
            w.add("samtalen med ")
            w.plant("name", fmt, place, value, tier)
            w.add(" gik godt. ")
            return
        w.add(rng.choice(["Samtalen med ", "Vi talte med ", "Skolen har kontakt til ", "Det oplyses, at "]))
        w.plant("name", fmt, place, value, tier)
        w.add(rng.choice([" var med.", " deltog i mødet.", " er bekymret."]) + " ")
        return
    _plant_kind(rng, names, w, kind, place)


def _plant_kind(rng: random.Random, names: _Names, w: _Writer, kind: str, place: str) -> None:
    if kind == "cpr":
        fmt = rng.choice(CPR_FORMATS)
        w.add(rng.choice(["CPR-nummeret er ", "Barnets cpr.nr.: ", "(", "personnummer "]))
        w.plant("cpr", fmt, place, cpr(rng, fmt))
        w.add(". ")
    elif kind == "phone":
        fmt = rng.choice(PHONE_FORMATS)
        context, number = phone(rng, fmt)
        w.add(rng.choice(["Mor kan træffes på ", "Ring til Far, ", "Kontakt: "]) + context)
        w.plant("phone", fmt, place, number)
        w.add(". ")
    elif kind == "email":
        fmt = rng.choice(EMAIL_FORMATS[:-1])
        w.add("Skriv til ")
        w.plant("email", fmt, place, email(rng, names, fmt))
        w.add(" om aftalen. ")
    elif kind == "address":
        fmt = rng.choice(ADDRESS_FORMATS)
        w.add(rng.choice(["Familien bor på ", "Ny adresse: ", "Mor er flyttet til "]))
        w.plant("address", fmt, place, address(rng, fmt))
        w.add(". ")
    else:
        fmt = rng.choice(DOB_FORMATS)
        trigger, value = dob(rng, fmt)
        verb = "" if fmt == "fødselsdag_no_year" else "er "
        w.add(f"{rng.choice(CHILDREN)} {verb}{trigger}")
        w.plant("dob", fmt, place, value)
        w.add(". ")


def _plant_value(rng: random.Random, names: _Names, w: _Writer, place: str) -> None:
    kind = rng.choice(["cpr", "phone", "email", "address", "dob", "name"])
    if kind == "name":
        fmt = rng.choice(["full_mid", "first_mid", "hyphenated", "capitals"])
        value, tier = name(names, fmt)
        w.add("samtale med " if place == "comment" else "")
        w.plant("name", fmt, place, value, tier)
        return
    _plant_kind(rng, names, w, kind, place)


def _plant_link(rng: random.Random, names: _Names, w: _Writer) -> None:
    choice = rng.randrange(3)
    if choice == 0:
        value = email(rng, names, "mailto")
        w.add("Skriv [en mail](mailto:")
        w.plant("email", "mailto", "link", value)
        w.add(").")
    elif choice == 1:
        d = _personal_number(rng)
        w.add("Ring [her](")
        w.plant("phone", "tel_link", "link", f"tel:+45{d}")
        w.add(").")
    else:
        (first, tier) = names.first()
        w.add("Se [profilen](https://intra.kommune.dk/medarbejdere/")
        w.plant("name", "in_url", "link", first.lower(), tier)
        w.add(").")


def generate(seed: int = 1, planted: int = 400, clean: int = 400) -> list[Document]:
    rng = random.Random(seed)
    names = _Names(rng)
    documents = [planted_document(rng, names, i) for i in range(planted)]
    documents += [clean_document(rng, i) for i in range(clean)]
    return documents


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--planted", type=int, default=400)
    parser.add_argument("--clean", type=int, default=400)
    parser.add_argument("--out", required=True, help="folder for the Markdown files and truth.json")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    documents = generate(args.seed, args.planted, args.clean)
    for doc in documents:
        (out / doc.name).write_text(doc.text, "utf-8")
    truth = {doc.name: [asdict(p) for p in doc.planted] for doc in documents}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
    print(f"{len(documents)} dokumenter skrevet til {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
