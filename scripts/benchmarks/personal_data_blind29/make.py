# -*- coding: utf-8 -*-
"""Build the blind29 held-out corpus: planted.jsonl, clean.jsonl, institutions.jsonl.

Python 3.11, standard library only. One fixed seed (SEED), one random.Random instance (R).
Sections: 1 settings, 2 engine (persons, value formats, template rendering, checks),
3 genre content (hand-written Danish templates), 4 casts, frames, build and checks.
Invented pools (names, streets, towns, domains) live in pools.py.
Run:  python3 make.py [--stats]
"""
import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pools as PL  # noqa: E402

# ====================================================================== 1 settings
SEED = 29_2025
R = random.Random(SEED)


# ====================================================================== 2 engine
def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


DOC_DATE = dt.date(2025, 10, 1)

# ------------------------------------------------------------------ text helpers
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"]
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve",
        "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds",
        8: "firs", 9: "halvfems"}
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende",
       "niende", "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende",
       "sekstende", "syttende", "attende", "nittende", "tyvende", "enogtyvende",
       "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende", "seksogtyvende",
       "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]


def num_da(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t]
    return ("en" if o == 1 else ONES[o]) + "og" + TENS[t]


def year_da(y):
    if y >= 2000:
        r = y - 2000
        return "to tusind" + ("" if r == 0 else " og " + num_da(r))
    h, r = divmod(y, 100)
    return "nitten hundrede og " + num_da(r) if h == 19 else str(y)


def ascii_fold(s):
    rep = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "ß": "ss",
           "ł": "l", "Ł": "L", "ı": "i", "ð": "d", "Ð": "D", "'": ""}
    s = "".join(rep.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def wc(text):
    return sum(1 for t in text.split() if re.search(r"\w", t))


# ------------------------------------------------------------------ numbers
MOBILE_PREFIX = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40",
                 "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"]
LAND_PREFIX = ["33", "35", "36", "38", "43", "44", "45", "46", "48", "56", "57", "58", "62",
               "63", "64", "65", "66", "72", "73", "74", "75", "76", "86", "87", "96", "97",
               "98", "99"]


def rand_digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def dk_number(land=False):
    while True:
        d = pick(LAND_PREFIX if land else MOBILE_PREFIX) + rand_digits(6)
        g = " ".join(d[i:i + 2] for i in range(0, 8, 2))
        if g not in PL.PUBLIC_NUMBERS:
            return d


def fmt_phone(d, style=None):
    if style is None:
        style = wpick([("g2", 30), ("plain", 14), ("g4", 12), ("dash", 5), ("dot", 4),
                       ("+45g2", 12), ("+45plain", 5), ("0045", 4), ("+45g4", 6),
                       ("g2-2", 3), ("+45(0)", 2)])
    g2 = " ".join(d[i:i + 2] for i in range(0, 8, 2))
    return {
        "g2": g2, "plain": d, "g4": d[:4] + " " + d[4:], "dash": "-".join(d[i:i + 2] for i in range(0, 8, 2)),
        "dot": ".".join(d[i:i + 2] for i in range(0, 8, 2)), "+45g2": "+45 " + g2,
        "+45plain": "+45" + d, "0045": "0045 " + d, "+45g4": "+45 " + d[:4] + " " + d[4:],
        "g2-2": d[:2] + " " + d[2:4] + " " + d[4:],
        "+45(0)": "(+45) " + g2,
        "spoken": spoken_phone(d),
    }[style]


def spoken_phone(d):
    if chance(0.5):
        return " ".join(num_da(int(d[i:i + 2])) if d[i] != "0" else "nul " + ONES[int(d[i + 1])]
                        for i in range(0, 8, 2))
    return " ".join(ONES[int(c)] for c in d)


def foreign_phone(cc):
    pat = pick(PL.FOREIGN_PHONE[cc])
    return "".join(str(R.randrange(10)) if c == "x" else c for c in pat)


# ------------------------------------------------------------------ dates / CPR
def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def fmt_dob(d, style=None):
    if style is None:
        style = wpick([("dmy.", 26), ("dmy-", 8), ("d/m-y", 9), ("d/m-yy", 5), ("long", 20),
                       ("iso", 8), ("short", 5), ("abbr", 5), ("en1", 4), ("en2", 4),
                       ("d.m.y", 6)])
    dd, mm, yy = d.day, d.month, d.year
    if style == "dmy.":
        return f"{dd:02d}.{mm:02d}.{yy}"
    if style == "dmy-":
        return f"{dd:02d}-{mm:02d}-{yy}"
    if style == "d/m-y":
        return f"{dd}/{mm}-{yy}"
    if style == "d/m-yy":
        return f"{dd:02d}/{mm:02d}-{yy % 100:02d}"
    if style == "long":
        return f"{dd}. {MONTHS[mm - 1]} {yy}"
    if style == "iso":
        return f"{yy}-{mm:02d}-{dd:02d}"
    if style == "short":
        return f"{dd}.{mm}.{yy % 100:02d}"
    if style == "abbr":
        return f"{dd}. {MONTHS[mm - 1][:3]}. {yy}"
    if style == "en1":
        return f"{MONTHS_EN[mm - 1]} {dd}, {yy}"
    if style == "en2":
        return f"{dd} {MONTHS_EN[mm - 1]} {yy}"
    if style == "d.m.y":
        return f"{dd}.{mm}.{yy}"
    if style == "spoken":
        return f"{ORD[dd - 1]} {MONTHS[mm - 1]} {year_da(yy)}"
    raise ValueError(style)


def cpr_seventh(year):
    opts = []
    if 1900 <= year <= 1999:
        opts += [0, 1, 2, 3]
    if 2000 <= year <= 2036 or 1937 <= year <= 1999:
        opts += [4, 9]
    if 2000 <= year <= 2057 or 1858 <= year <= 1899:
        opts += [5, 6, 7, 8]
    return opts


def make_cpr(d, gender):
    s7 = pick(cpr_seventh(d.year))
    last = R.randrange(0, 10, 2) if gender == "f" else R.randrange(1, 10, 2)
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}", f"{s7}{rand_digits(2)}{last}"


def fmt_cpr(c, style=None):
    a, b = c
    if style is None:
        style = wpick([("dash", 45), ("space", 12), ("plain", 12), ("dots", 8), ("spaced", 6),
                       ("endash", 5), ("dashes", 5), ("d-grp", 4)])
    return {"dash": f"{a}-{b}", "space": f"{a} {b}", "plain": a + b,
            "dots": f"{a[:2]}.{a[2:4]}.{a[4:]}-{b}", "spaced": f"{a[:2]} {a[2:4]} {a[4:]} {b}",
            "endash": f"{a}\u2013{b}", "dashes": f"{a[:2]}-{a[2:4]}-{a[4:]}-{b}",
            "d-grp": f"{a[:2]}{a[2:4]}{a[4:]} - {b}"}[style]


# ------------------------------------------------------------------ addresses
class Addr:
    def __init__(self, foreign=None):
        self.foreign = foreign
        if foreign:
            return
        self.street = pick(PL.STREETS)
        self.no = str(R.choice([R.randint(1, 40), R.randint(1, 40), R.randint(1, 140)]))
        self.letter = pick("ABCD") if chance(0.15) else ""
        self.floor = wpick([(None, 45), ("st.", 12), ("1.", 15), ("2.", 12), ("3.", 8), ("4.", 4)])
        self.door = pick(["tv.", "th.", "mf.", "tv", "th", "1", "3"]) if self.floor else ""
        self.pc, self.town = pick(PL.POSTTOWNS)

    def part1(self):
        s = f"{self.street} {self.no}{self.letter}"
        if self.floor:
            s += f", {self.floor} {self.door}"
        return s

    def fmt(self, style=None):
        if self.foreign:
            if style == "two" and "," in self.foreign:
                i = self.foreign.rindex(",")
                return self.foreign[:i] + "\n" + self.foreign[i + 2:]
            return self.foreign
        if style is None:
            style = wpick([("line", 48), ("short", 18), ("sloppy", 14), ("nocomma", 10), ("floorword", 5)])
        if style == "short":
            return f"{self.street} {self.no}{self.letter}"
        if style == "line":
            return f"{self.part1()}, {self.pc} {self.town}"
        if style == "two":
            return f"{self.part1()}\n{self.pc} {self.town}"
        if style == "sloppy":
            fl = (" " + self.floor.rstrip(".") + self.door.rstrip(".")) if self.floor else ""
            return f"{self.street.lower()} {self.no}{self.letter.lower()}{fl} {self.pc} {self.town.lower()}"
        if style == "nocomma":
            fl = f" {self.floor}{self.door}" if self.floor else ""
            return f"{self.street} {self.no}{self.letter}{fl} {self.pc} {self.town}"
        if style == "floorword":
            if self.floor and self.floor != "st.":
                return f"{self.street} {self.no}{self.letter}, {self.floor[0]}. sal {self.door}, {self.pc} {self.town}".replace(" ,", ",")
            return f"{self.street} {self.no}{self.letter}, {self.pc} {self.town}"
        raise ValueError(style)


def foreign_addr(cc):
    pat = pick(PL.FOREIGN_ADDR[cc])
    return pat.format(n=R.randint(1, 90), m=R.randint(1, 60), p3=f"{R.randint(0, 999):03d}",
                      p2=f"{R.randint(10, 99)}", p1=R.randint(1, 9))


# ------------------------------------------------------------------ persons
ORIGIN_CC = {"pl": "pl", "ua": "ua", "ro": "ro", "tr": "tr", "gl": "gl", "fo": "fo", "en": "en",
             "so": "so", "er": "er", "af": "af", "ar": "ar", "pk": "pk", "ba": "ba", "vn": "vn",
             "th": "th", "ph": "ph", "ku": "ar"}
ADDR_CC = {"pl": "pl", "ua": "ua", "ro": "ro", "tr": "tr", "gl": "gl", "fo": "fo", "en": "en"}


def misspell(s):
    m = re.search(r"([a-zæøå])\1", s)
    if m:
        return s[:m.start()] + s[m.start() + 1:]
    for a, b in [("th", "t"), ("ph", "f"), ("ck", "k"), ("ie", "i"), ("y", "i"), ("c", "k"),
                 ("k", "c"), ("ou", "u"), ("aa", "å"), ("ø", "ö"), ("e", "æ"), ("i", "y"), ("a", "ah")]:
        j = s.find(a, 1)
        if j > 0:
            return s[:j] + b + s[j + len(a):]
    return s + "h"


USED_FIRST = []
OLD_NAMES = ["Bente", "Kirsten", "Jytte", "Hanne", "Lone", "Birgitte", "Susanne", "Lise-Lotte",
             "Ann-Britt", "Heidi", "Tina", "Pernille", "Malene", "Bjarne", "Flemming", "Torben",
             "Poul", "Erik", "Kim", "Brian", "Kenneth", "Dennis", "Jens-Peter", "Karl-Johan", "Folmer",
             "Ejnar", "Thorvald", "Harald", "Ingrid", "Bo", "Sten", "Gry", "Lars", "Henrik", "Michael",
             "Jesper", "Morten", "Søren", "Peter", "Thomas", "Martin", "Rikke", "Stine", "Trine", "Mette",
             "Susanne", "Marie-Louise"]
YOUNG_NAMES = ["Noah", "Alma", "Karla", "Malthe", "Villads", "Alfred", "Aksel", "Valdemar", "Ella",
               "Agnes", "Lærke", "Freja", "Clara", "Elias", "Oskar", "Lucas", "William", "Oliver",
               "Saga", "Nola", "Ronja", "Vilja", "Idun", "Liva", "Silje", "Alberte", "Loke", "Eik",
               "Hjalte", "Kalle", "Rumle", "Vitus", "Storm", "Ask", "Ulv", "Frej", "Sol", "Lykke",
               "Carl-Emil", "Emil", "Magnus", "Victor", "Josefine", "Mathilde", "Frederikke", "Emma", "Ida",
               "Sofie", "Laura", "Julie", "Amalie", "Johanne", "Astrid", "Emilie", "Anne-Sofie", "Liam",
               "Chloe", "Olivia", "Callum"]


def reset_used():
    del USED_FIRST[:]


class Person:
    def __init__(self, origin, gender, y0, y1, surname=None, prof=None):
        self.origin = origin
        self.gender = gender
        pool = PL.NAMES[origin]
        base = pool["sur"]
        if origin == "word" and chance(0.5):
            base = PL.NAMES["dk"]["sur"]
        for _ in range(40):
            first = pick(pool[gender])
            if first in USED_FIRST:
                continue
            if y0 >= 1990 and first in OLD_NAMES:
                continue
            if y1 <= 1980 and first in YOUNG_NAMES:
                continue
            break
        USED_FIRST.append(first)
        self.first = first
        sur = surname if surname is not None else pick(base)
        if isinstance(sur, tuple):
            self.surbase = sur
            sur = sur[0] if gender == "m" else sur[1]
        else:
            self.surbase = sur
        self.last = sur
        self.mid = ""
        if origin == "dk" and chance(0.18) and "-" not in first:
            self.mid = pick(PL.NAMES["dk"]["mid"])
            if self.mid in ("Marie", "Louise", "Kathrine", "Emilie") and gender == "m":
                self.mid = pick(["Juul", "Krogh", "Bonde", "Munk"])
        if origin == "vn" and chance(0.7):
            self.mid = pick(pool["midf"] if gender == "f" else pool["midm"])
        if origin == "so" and surname is None and chance(0.3) and " " not in sur:
            self.mid = pick(pool["m"])
        self.dob = rand_date(y0, y1)
        self.cpr = make_cpr(self.dob, gender)
        self.phone = dk_number(land=bool(prof) and chance(0.45))
        cc = ORIGIN_CC.get(origin)
        self.fphone = foreign_phone(cc) if cc else None
        acc = ADDR_CC.get(origin) or pick(["se", "de"])
        self.faddr = Addr(foreign=foreign_addr(acc))
        self.nick = PL.NICK.get(first, first)
        self.prof = prof
        if prof:
            self.fphone = None
        self.grand = "farmor"
        self.addr = None
        self.email = None
        self.title = ""

    # derived
    @property
    def full(self):
        return " ".join(x for x in (self.first, self.mid, self.last) if x)

    @property
    def age(self):
        d = DOC_DATE
        return d.year - self.dob.year - ((d.month, d.day) < (self.dob.month, self.dob.day))

    @property
    def pron(self):
        return "hun" if self.gender == "f" else "han"

    @property
    def Pron(self):
        return self.pron.capitalize()

    @property
    def obj(self):
        return "hende" if self.gender == "f" else "ham"

    @property
    def poss(self):
        return "hendes" if self.gender == "f" else "hans"

    @property
    def rel(self):
        return "mor" if self.gender == "f" else "far"

    @property
    def child_en(self):
        return "daughter" if self.gender == "f" else "son"

    @property
    def grade(self):
        a = self.age - 6
        if a < 0:
            return "børnehave"
        return f"{min(a, 9)}. klasse"

    @property
    def kid(self):
        return "pigen" if self.gender == "f" else "drengen"

    def initials(self, n=3):
        parts = re.split(r"[ \-]", self.full)
        parts = [p for p in parts if p]
        s = "".join(ascii_fold(p[0]).upper() for p in parts)
        if n == 2:
            return s[0] + s[-1]
        if len(s) < 3 and n == 3:
            s = s[0] + ascii_fold(self.last[:2]).upper()
        return s[:4]

    def form(self, f):
        if f == "full":
            return self.full
        if f == "fl":
            return f"{self.first} {self.last}"
        if f == "f":
            return self.first
        if f == "l":
            return self.last
        if f == "lf":
            return f"{self.last}, {self.first}" + (f" {self.mid}" if self.mid else "")
        if f == "C":
            return self.full.upper()
        if f == "Cl":
            return self.last.upper()
        if f == "lo":
            return self.full.lower()
        if f == "lof":
            return self.first.lower()
        if f == "i":
            return self.initials(3)
        if f == "i2":
            return self.initials(2)
        if f == "id":
            s = self.initials(3)
            return ".".join(s[:2]) + "." if len(s) >= 2 else s + "."
        if f == "n":
            return self.nick
        if f == "m":
            return misspell(self.first)
        if f == "ml":
            return misspell(self.last)
        raise ValueError(f)


def make_email(p, domain=None):
    f = ascii_fold(p.first).lower().replace(" ", "").replace("-", "")
    l = ascii_fold(p.last).lower().replace(" ", "").replace("-", "")
    if domain:  # work
        style = wpick([("fl", 4), ("ini", 3), ("f4", 2)])
        if style == "fl":
            loc = f"{f}.{l}"
        elif style == "ini":
            loc = ascii_fold(p.initials(3)).lower()
        else:
            loc = f[:2] + l[:2]
        return f"{loc}@{domain}"
    doms = PL.FOREIGN_DOMAINS.get(p.origin, PL.PRIVATE_DOMAINS) if chance(0.6) else PL.PRIVATE_DOMAINS
    dom = pick(doms)
    yy = f"{p.dob.year % 100:02d}"
    n = ascii_fold(p.nick).lower().replace(" ", "")
    loc = pick([f"{f}.{l}", f"{f}{l}{yy}", f"{f[0]}{l}", f"{n}{R.randint(1, 999)}",
                f"{f}_{yy}", f"{f}.{l[:1]}{R.randint(10, 99)}", f"{l}.{f}", f"{n}.{l}"])
    return f"{loc}@{dom}"


def spoken_email(e):
    loc, dom = e.split("@")
    rep = lambda s: s.replace(".", " punktum ").replace("_", " underscore ").replace("-", " bindestreg ")
    return f"{rep(loc)} snabel-a {rep(dom)}".replace("  ", " ").strip()


def pick_origin(exclude=()):
    pairs = [(o, w) for o, w in PL.ORIGIN_WEIGHTS if o not in exclude]
    return wpick(pairs)


# ------------------------------------------------------------------ fragments & rendering
class Frag:
    __slots__ = ("text", "spans", "allow")

    def __init__(self, text="", spans=None, allow=None):
        self.text = text
        self.spans = spans or []   # (start, end, kind)
        self.allow = allow or []   # (start, end)

    def __add__(self, other):
        if isinstance(other, str):
            other = Frag(other)
        n = len(self.text)
        return Frag(self.text + other.text,
                    self.spans + [(a + n, b + n, k) for a, b, k in other.spans],
                    self.allow + [(a + n, b + n) for a, b in other.allow])


def join(frags, sep):
    out = Frag()
    for i, f in enumerate(frags):
        if i:
            out = out + sep
        out = out + (f if isinstance(f, Frag) else Frag(f))
    return out


SLOT = re.compile(r"\{([A-Z]):([^{}]+)\}")

NAME_PERTURB = {"f": [("m", 0.03), ("n", 0.06), ("lof", 0.02)],
                "full": [("C", 0.03), ("lf", 0.03), ("lo", 0.02), ("fl", 0.05)]}


def gen_form(name):
    if name.endswith(("s", "x", "z", "S", "X", "Z")):
        return name, "'"
    return name + "s", ""


class Ctx:
    def __init__(self, persons, t=None, look=None):
        self.p = persons
        self.t = t or {}
        self.look = look


def resolve(kind, ref, ctx):
    """returns (span_text, suffix, span_kind or None, allow)"""
    if kind == "O":
        return pick(ref.split("|")), "", None, False
    if kind == "L":
        s, allow = ctx.look(ref)
        return s, "", None, allow
    if kind == "T":
        if ref in ctx.t:
            v = ctx.t[ref]
            return (v() if callable(v) else v), "", None, False
        role, attr = ref.split(".", 1)
        return str(getattr(ctx.p[role], attr)), "", None, False
    role, _, form = ref.partition(".")
    p = ctx.p[role]
    if kind == "N":
        form = form or "full"
        if form == "r":
            if role in ROLE_WORDS and chance(ROLE_P):
                w = ROLE_WORDS[role](p)
                return w, "", "role", False
            form = "f"
        gen = False
        if form in ("g", "lg", "fullg", "ng"):
            gen = True
            form = {"g": "f", "lg": "l", "fullg": "full", "ng": "n"}[form]
        elif form == "x":
            form = wpick([("full", 35), ("f", 35), ("l", 10), ("n", 10), ("C", 5), ("lo", 5)])
        else:
            for alt, pr in NAME_PERTURB.get(form, []):
                if chance(pr):
                    form = alt
                    break
        s = p.form(form)
        if gen:
            s, suf = gen_form(s)
            return s, suf, "name", False
        return s, "", "name", False
    if kind == "P":
        if form == "s":
            return fmt_phone(p.phone, "spoken"), "", "phone", False
        if form == "f" or (form == "" and p.fphone and chance(0.12)):
            return (p.fphone or fmt_phone(p.phone, "+45g2")), "", "phone", False
        if form and form not in ("f", "s"):
            return fmt_phone(p.phone, form), "", "phone", False
        return fmt_phone(p.phone), "", "phone", False
    if kind == "E":
        if form == "s":
            return spoken_email(p.email), "", "email", False
        return p.email, "", "email", False
    if kind == "A":
        if form == "foreign":
            return p.faddr.fmt(), "", "address", False
        a = p.addr
        if form == "line" and chance(0.2):
            form = pick(["sloppy", "nocomma", "floorword"])
        return a.fmt(form or None), "", "address", False
    if kind == "D":
        style = {"s": "spoken", "en": pick(["en1", "en2"]), "": None}.get(form, form)
        return fmt_dob(p.dob, style), "", "dob", False
    if kind == "C":
        return fmt_cpr(p.cpr, form or None), "", "cpr", False
    raise ValueError(kind + ":" + ref)


ROLE_P = 0.4
ROLE_WORDS = {"mor": lambda p: "mor", "far": lambda p: "far", "mormor": lambda p: "mormor", "farmor": lambda p: p.grand, "anden": lambda p: p.rel, "indsat": lambda p: p.rel,
              "barn": lambda p: p.kid, "ung": lambda p: p.kid,
              "barn2": lambda p: "lillesøster" if p.gender == "f" else "lillebror",
              "bror": lambda p: "lillebror", "ven": lambda p: "veninden",
              "bed1": lambda p: "bedstemor", "bed2": lambda p: "bedstefar"}


def render(tpl, ctx):
    out = []
    spans = []
    allow = []
    pos = 0
    last = 0
    for m in SLOT.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        s, suf, k, al = resolve(m.group(1), m.group(2), ctx)
        if k == "role":
            k = None
            prev = "".join(out).rstrip(" ")
            if not prev or prev[-1] in ".!?:\n":
                s = s[0].upper() + s[1:]
        if k:
            spans.append((pos, pos + len(s), k))
        if al:
            allow.append((pos, pos + len(s)))
        out.append(s + suf)
        pos += len(s) + len(suf)
        last = m.end()
    out.append(tpl[last:])
    text = "".join(out)
    # capitalise a lower-case letter at the very start (e.g. option slots)
    return Frag(text, spans, allow)


# ------------------------------------------------------------------ checks
PHONE_RX = [
    re.compile(r"(?<![\d+])(?:\+45 ?|0045 ?|\(\+45\) ?)?(?:\d{8}|\d{2}([ .\-])\d{2}\1\d{2}\1\d{2}|\d{4}[ .\-]\d{4})(?!\d)"),
    re.compile(r"(?<!\d)\+\d{2,3}[\d ()\-]{6,}\d"),
]
CPR_RX = [
    re.compile(r"(?<!\d)\d{6}\s?[\-\u2013/]?\s?\d{4}(?!\d)"),
    re.compile(r"(?<!\d)\d{2}[. \-]\d{2}[. \-]\d{2}\s?[\-\u2013]?\s?\d{4}(?!\d)"),
]
FOEDT_RX = re.compile(r"(?i)(?<!\w)(?:født|f\.|fødselsdato|født den|født d\.)\s*:?\s*(?:den\s+|d\.\s*)?(\d)")


def _inside(a, b, ivs):
    return any(x <= a and b <= y for x, y in ivs)


def build_pool_rx():
    names = []
    for o in PL.NAMES.values():
        for key in ("f", "m", "sur"):
            for n in o.get(key, []):
                if isinstance(n, tuple):
                    names.extend(n)
                else:
                    names.append(n)
    names.extend(v for _, v in sorted(PL.NICK.items()))
    uniq = []
    for n in names:
        if n not in uniq:
            uniq.append(n)
    forms = []
    for n in uniq:
        for f in (n, n.upper()):
            if f not in forms:
                forms.append(f)
    forms.sort(key=lambda s: (-len(s), s))
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w])"), uniq


POOL_RX, POOL_NAMES = build_pool_rx()
STREET_RX = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(PL.STREETS + PL.PLACE_STREETS, key=lambda s: (-len(s), s))) + r")\s*\d")
# ordinary words that are also names: allowed capitalised only at sentence start in clean texts
WORDLIKE = ["Sol", "Storm", "Maj", "Have", "Skov", "Lykke", "Bo", "Mark", "Sten", "Sand",
            "Ravn", "Vinter", "Sommer", "Dam", "Ask", "Ulv", "Vibe", "Lærke", "Bøg", "Krog", "Bjerg"]


def sentence_initial(text, i):
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] in "\n.!?:–-•*|":
        return True
    return re.search(r"(?:^|\n)\s*\d{1,2}[.:]\d{2}$", text[:j + 1]) is not None


def check_text(text, spans, kinds, band, allow, clean=False):
    errs = []
    lo, hi = band
    w = wc(text)
    if not (lo <= w <= hi):
        errs.append(f"words {w} not in {band}")
    prev = -1
    for a, b, k in spans:
        if k not in kinds:
            errs.append("kind " + k)
        if a < prev:
            errs.append("overlap/sort")
        prev = b
        s = text[a:b]
        if not s or s != s.strip():
            errs.append("whitespace in span " + repr(s))
    ivs = [(a, b) for a, b, _ in spans]
    # unplanted copies
    done = []
    for a, b, k in spans:
        s = text[a:b]
        if s in done:
            continue
        done.append(s)
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            if not _inside(m.start(), m.end(), ivs):
                errs.append(f"unplanted copy {s!r}")
                break
    for m in POOL_RX.finditer(text):
        if _inside(m.start(), m.end(), ivs):
            continue
        if clean and m.group() in WORDLIKE and sentence_initial(text, m.start()):
            continue
        errs.append(f"pool name {m.group()!r}")
    for rx in PHONE_RX + CPR_RX:
        for m in rx.finditer(text):
            g = m.group()
            if _inside(m.start(), m.end(), ivs) or _inside(m.start(), m.end(), allow):
                continue
            if g.strip() in PL.PUBLIC_NUMBERS:
                continue
            errs.append(f"number shape {g!r}")
    em = [(a, b) for a, b, k in spans if k == "email"]
    for i, ch in enumerate(text):
        if ch == "@" and not _inside(i, i + 1, em):
            errs.append("@ outside email")
    ad = [(a, b) for a, b, k in spans if k == "address"]
    for m in STREET_RX.finditer(text):
        if not _inside(m.start(), m.end(), ad):
            errs.append(f"street+number {m.group()!r}")
    for m in FOEDT_RX.finditer(text):
        if not _inside(m.start(1), m.end(1), ivs):
            errs.append(f"født + digits {m.group()!r}")
    return errs


# ====================================================================== 3 content
# Slot syntax inside templates:
#   {N:role.form} name span   forms: full f l lf C lo lof i i2 id n m fl g lg fullg ng x
#   {P:role[.style]} phone span   {E:role[.s]} e-mail span   {A:role[.style|foreign]} address span
#   {D:role[.style]} dob span     {C:role[.style]} cpr span
#   {T:key} plain value           {L:kind} look-alike value   {O:a|b|c} plain option

GEN_DU = [
    "Du er velkommen til at tage en bisidder med til mødet, jf. Barnets lov § 6.",
    "Hvis tidspunktet ikke passer, beder jeg dig ringe til mig på {P:sb} mellem kl. 9 og 12.",
    "Du kan også skrive til mig på {E:sb}, men skriv ikke CPR-nummer i almindelig mail.",
    "Mødet holdes på rådhuset i {L:room}; mød op i receptionen, så bliver du hentet.",
    "Har du brug for tolk, så giv besked senest tre hverdage før mødet.",
    "Vi har sendt en kopi af brevet til {N:far.full}, da I har fælles forældremyndighed.",
]
GEN_DU_CLEAN = [
    "Du er velkommen til at tage en bisidder med til mødet, jf. Barnets lov § 6.",
    "Hvis tidspunktet ikke passer, kan du skrive til sagsbehandleren via Digital Post.",
    "Mødet holdes på rådhuset i {L:room}; mød op i receptionen, så bliver du hentet.",
    "Har du brug for tolk, så giv besked senest tre hverdage før mødet.",
    "Du har ret til at se de oplysninger, vi har om dig og barnet, og til at komme med bemærkninger.",
    "Brevet er også sendt til den anden forælder, da I har fælles forældremyndighed.",
]

# ====================================================================== G1 young parents
G1 = {
    "key": "g1", "label": "Unge og gravide forældre",
    "authors": ["sb", "sp", "jm"],
    "titles": ["Journalnotat – familieambulatoriet", "Notat fra sundhedsplejen",
               "Sagsnotat: ung gravid, {N:mor.full} (f. {D:mor})", "Notat efter hjemmebesøg",
               "Hjemmebesøg hos {N:barn.full}, født {D:barn}", "Barn: {N:barn.full} – fødselsdato {D:barn}",
               "Opfølgning – {N:mor.fl} og {N:barn.f}", "Status til myndighedsrådgiver",
               "Mødregruppe og netværk – notat"],
    "S": [
        "{N:mor.full} er {T:mor.age} år og gravid i {T:uge}. uge. Hun følges i familieambulatoriet på {T:hosp} hos jordemoder {N:jm.full}.",
        "Jordemoder {N:jm.l} oplyser, at {N:mor.f} er mødt til alle konsultationer, men at hun stadig ryger nogle cigaretter om dagen.",
        "Barnefar, {N:far.full}, f. {D:far}, bor hos sin mor på {A:far.line} og har ikke fast arbejde.",
        "{N:mor.g} mor, {N:mormor.full}, tlf. {P:mormor}, har tilbudt at tage {N:barn.f} en nat om ugen, så {N:mor.f} kan sove igennem.",
        "Sundhedsplejerske {N:sp.full} var på første besøg på {A:mor.short} og beskriver en lille, ryddelig lejlighed med det nødvendige udstyr.",
        "{N:barn.full} er født {D:barn} på {T:hosp} og har CPR-nr. {C:barn}.",
        "{N:mor.f} har selv ringet fra {P:mor} og fortalt, at hun er bange for at miste tålmodigheden, når {N:barn.f} græder om natten.",
        "Mødrehjælpen ved rådgiver {N:mh.full} ({E:mh}) hjælper familien med budget og en ansøgning om barnevogn.",
        "{N:far.f} har sendt en sms fra {P:far} og spørger, om han må være med til næste scanning.",
        "I mødregruppen har {N:mor.f} fået kontakt til {N:ven.full}, som også er ung mor og bor tæt på, på {A:ven.line}.",
        "Familieambulatoriets læge, {N:lg.full}, anbefaler en samtale om rusmidler, fordi {N:far.g} forbrug af hash er uafklaret.",
        "{N:mor.f} bor i dag på {A:mor.line} sammen med {N:barn.f}; huslejen er {L:amount} om måneden.",
        "Hun har mailadressen {E:mor} og ønsker, at kopier af breve også sendes til sin mor på {E:mormor}.",
        "Mormor er selv født {D:mormor} og arbejder i nattevagter, så hun kan mest hjælpe i weekenderne.",
        "Der er aftalt hjemmebesøg med sundhedsplejerske {N:sp.l} hver 14. dag, indtil {N:barn.f} er fire måneder.",
        "{N:mor.f} oplyser sit CPR-nr. som {C:mor} og har skiftet til en ny egen læge, fordi hun er flyttet.",
        "{N:far.full} er født {D:far} og har CPR {C:far}; parret overvejer at sende en omsorgs- og ansvarserklæring, så de får fælles forældremyndighed.",
        "Næste konsultation hos {N:jm.f} er i uge {T:uge2}, og {N:mor.f} har bedt om, at {N:ven.f} må være med som støtte.",
        "Ved fødslen vejede {N:barn.f} {L:gram}; amningen er svær, og sundhedsplejersken har anbefalet at supplere med modermælkserstatning.",
        "{N:mormor.f} kan kontaktes på {P:mormor} eller {E:mormor}, hvis {N:mor.f} ikke svarer telefonen.",
        "Sagsbehandler {N:sb.full} har aftalt med {N:mor.f}, at der holdes netværksmøde, hvor også {N:far.f} og {N:mormor.f} deltager.",
        "{N:ven.f} har selv en dreng på otte måneder og er ofte hos {N:mor.f} om eftermiddagen.",
        "{N:mor.f} fortæller, at {N:far.f} har været sur og råbt, men at han aldrig har været voldelig over for hende.",
        "Mormors adresse er {A:mormor.line}; {N:mor.f} og {N:barn.f} overnatter der, når det bliver for meget.",
        "{N:sp.f} har målt hovedomfang og vægt; {N:barn.f} følger sin kurve, og navlen er pæn.",
        "{N:barn.f} kom til verden {D:barn}, to uger før termin; fødslen gik normalt.",
        "{N:ven.full} (f. {D:ven}) har tilbudt at være med til netværksmødet.",
    ],
    "KV": [
        "Mor: {N:mor.full}", "Mors CPR: {C:mor}", "Adresse: {A:mor.line}", "Mobil: {P:mor}",
        "E-mail: {E:mor}", "Far: {N:far.full}, f. {D:far}", "Fars adresse: {A:far.line}",
        "Fars tlf.: {P:far}", "Barn: {N:barn.full}, født {D:barn}", "Barnets CPR: {C:barn}",
        "Jordemoder: {N:jm.full}, direkte {P:jm}", "Sundhedsplejerske: {N:sp.full}, {E:sp}",
        "Netværk: mormor {N:mormor.full}, {P:mormor}; veninde {N:ven.f} ({P:ven})",
        "Mødrehjælpen: {N:mh.full}, {E:mh}", "Gestationsalder: uge {T:uge}",
        "Indtægt: SU med forsørgertillæg, ca. {L:amount} pr. md.",
        "Sagsbehandler: {N:sb.full} ({N:sb.i})", "Egen læge: skiftet efter flytning",
        "Mormor født: {D:mormor}",
    ],
    "MSG": [
        ("mor", "hej {N:sb.lof} det er mig igen. {N:barn.lof} har haft feber hele natten så jeg kan ikke komme i morgen kl 10. kan vi rykke det?"),
        ("mor", "Min nye adresse er {A:mor.sloppy}. Kan du sige det til sundhedsplejersken?"),
        ("sb", "Hej {N:mor.f}. Det er helt fint, vi flytter mødet til fredag kl. 13. Ring på {P:sb}, hvis du har brug for at snakke inden."),
        ("far", "hej det er {N:far.n}. jeg vil gerne med til scanningen men har ingen penge til bussen. kan jeg få kørsel?"),
        ("mor", "Jeg har fået et brev om børneydelse, men det er sendt til min gamle adresse. Mit CPR er {C:mor}."),
        ("mormor", "Hej. Jeg er {N:mor.g} mor. Jeg er bekymret, hun sover næsten ikke. Ring gerne på {P:mormor} efter kl. 16."),
        ("sp", "Kære {N:mor.f}, jeg kommer på onsdag kl. 9.30 og vejer {N:barn.f}. Skriv, hvis tiden ikke passer. Hilsen {N:sp.f}"),
        ("mor", "{N:ven.f} siger at Mødrehjælpen giver julehjælp, kan jeg søge det? min mail er {E:mor}"),
        ("far", "jeg bor hos min fætter nu, adressen er {A:far.foreign}. ring på {P:far.f}"),
        ("mor", "undskyld jeg ikke kom. {N:far.lof} tog bussen med barnevognen og jeg havde ingen penge til billet"),
    ],
    "LOG": [
        "Tlf. fra {N:mor.full}: spørger til hjælp til barnevogn. Henvist til Mødrehjælpen, {N:mh.f}.",
        "Sms til {N:far.f} ({P:far}) om netværksmødet. Intet svar.",
        "Jordemoder {N:jm.full} ringer: {N:mor.f} udeblev fra konsultation. Ny tid aftalt.",
        "Hjemmebesøg på {A:mor.line} sammen med {N:sp.f}. {N:barn.f} trives og tager på.",
        "Mail fra {E:mormor}: mormor tilbyder aflastning i weekenderne.",
        "Opringning fra {N:lg.full}, familieambulatoriet, direkte {P:lg}: ønsker bekymringen drøftet.",
        "Mødregruppe aflyst. {N:mor.f} orienteret på {P:mor}.",
        "Samtale med {N:mor.f} og {N:ven.f}: budgettet gennemgået, underskud ca. {L:amount} pr. måned.",
        "Brev om netværksmøde sendt til {N:far.full}, {A:far.line}.",
        "Fødselsanmeldelse modtaget: {N:barn.full}, f. {D:barn}.",
        "Tlf. fra {N:mor.f}, som staver sit navn og oplyser fødselsdato {D:mor.s}.",
        "Mormor ringer og staver sin mail: {E:mormor.s}. Ønsker kopi af referatet.",
        "Telefonsvarer: {N:far.f} beder om at blive ringet op på {P:far.s}.",
    ],
    "TABLE": {
        "title": ["Netværkskort for {N:mor.full}", "Netværk og kontakter – {N:mor.fl}"],
        "head": "Navn | Relation | Tlf. | Kan hjælpe med",
        "rows": [
            "{N:mormor.full} | mormor | {P:mormor} | weekender, tøjvask",
            "{N:far.full} | barnefar | {P:far} | følges til scanning",
            "{N:ven.full} | veninde fra mødregruppen | {P:ven} | går tur med barnevogn",
            "{N:mh.full} | Mødrehjælpen | {P:mh} | budget, udstyr",
            "{N:sp.full} | sundhedsplejerske | {P:sp} | vejning, amning",
            "{N:jm.full} | jordemoder | {P:jm} | konsultationer til fødslen",
            "{N:lg.full} | læge, familieambulatoriet | {P:lg} | rusmiddelsamtaler",
        ],
    },
    "LETTERS": [
        {"head": "{T:kom}\nBørn og Unge, Myndighed\n\n{N:mor.full}\n{A:mor.two}\n\n{T:town}, {L:ldate}",
         "subj": ["Indkaldelse til netværksmøde", "Vedr. din henvendelse om hjælp efter fødslen",
                  "Tilbud om familiebehandling"],
         "greet": "Kære {N:mor.f}", "body": "DU",
         "sign": "Med venlig hilsen\n\n{N:sb.full}\nSagsbehandler\nDirekte tlf. {P:sb}\n{E:sb}"},
        {"head": "Familieambulatoriet\n{T:hosp}\n\n{T:kom}, Børn og Unge\nAtt.: {N:sb.full}\n\n{L:ldate}",
         "subj": ["Vedr. {N:mor.full}, CPR {C:mor}", "Orientering om ung gravid", "Vedr. {N:mor.full}, f. {D:mor}"],
         "greet": "Kære {N:sb.f}", "body": "S",
         "sign": "Venlig hilsen\n{N:jm.full}, jordemoder\nTlf. {P:jm} · {E:jm}"},
    ],
    "DU": [
        "Vi har talt sammen om, hvordan du og {N:barn.f} har det, og du har selv sagt, at du gerne vil have hjælp til at få overblik over økonomien.",
        "Jeg foreslår derfor et netværksmøde, hvor {N:mormor.f} og {N:ven.f} også er inviteret.",
        "Sundhedsplejerske {N:sp.full} fortsætter sine besøg, og hun kan kontaktes på {P:sp}.",
        "Mødrehjælpens rådgiver {N:mh.f} kan hjælpe dig med at søge om udstyr; hendes mail er {E:mh}.",
        "Vi har brug for at vide, om {N:far.f} stadig bor på {A:far.short}, så han også kan få brevet.",
    ],
}

G1_CLEAN = {
    "key": "g1", "label": "Unge og gravide forældre",
    "authors_clean": ["Sagsbehandler, Børn og Unge", "Sundhedsplejerske", "Jordemoder, familieambulatoriet"],
    "titles": ["Journalnotat – familieambulatoriet", "Notat fra sundhedsplejen", "Sagsnotat: ung gravid",
               "Notat efter hjemmebesøg", "Status til myndighedsrådgiver", "Mødregruppe og netværk – notat"],
    "S": [
        "Mor ({L:yage}) er gravid i {L:week}. uge og følges i familieambulatoriet. Jordemoderen beskriver et stabilt forløb.",
        "Ved konsultationen {L:date} blev der talt om rygning, søvn og forberedelse til fødslen.",
        "Budgettet viser en indtægt på ca. {L:amount} om måneden og en husleje på {L:amount}; der mangler penge til barnevogn.",
        "Mødrehjælpens rådgivning har hjulpet med at søge julehjælp og en babypakke.",
        "Sundhedsplejersken kommer på hjemmebesøg hver 14. dag, indtil barnet er fire måneder.",
        "Barnefar ({L:yage}) deltager i nogle af konsultationerne og siger, at han gerne vil være en stabil far.",
        "Mormor hjælper i weekenderne, men arbejder selv i skiftende vagter.",
        "Der er aftalt netværksmøde {L:weekday} kl. {L:time} på rådhuset, {L:room}.",
        "Sagen behandles som afdækning efter Barnets lov § 19, og der tages stilling til tidligt forebyggende indsats efter § 30.",
        "Mor fortæller, at hun er glad for mødregruppen, hvor hun har mødt to andre unge mødre.",
        "Storm og regn betød, at mødregruppen blev flyttet indenfor i sundhedshuset.",
        "Sol på altanen og en tur med barnevognen hver dag har ifølge mor hjulpet på humøret.",
        "Mor har ikke været hos egen læge siden {L:month}; jordemoderen har bedt hende bestille tid.",
        "Hvis der opstår akut fare, skal mor ringe 112; har hun spørgsmål om natten, kan hun ringe til lægevagten på 1813.",
        "Familieambulatoriet registrerer forløbet under journalnummer {L:journal}.",
        "Barnet ({L:babyage}) tager fint på og vejede {L:gram} ved sidste vejning.",
        "Der er bevilget støttende indsats efter § 32 i form af familiebehandling to gange om ugen.",
        "Mor har selv bedt om hjælp og har givet samtykke til, at sagsbehandleren taler med jordemoderen.",
        "Have og altan er der ikke i lejligheden, men der er en legeplads i gården.",
        "Amningen er svær; sundhedsplejersken har anbefalet at supplere med modermælkserstatning fra Nestlé eller Arla.",
        "Ved hjemmebesøget i {L:month} var lejligheden ryddelig, og der var seng, puslebord og tøj i de rigtige størrelser.",
        "I maj starter en ny mødregruppe for mødre under 25 år i sundhedshuset ved Banegårdspladsen.",
        "Barnefar har fået tilbud om en samtale i rusmiddelcentret; han har endnu ikke svaret.",
        "Sagsbehandleren har orienteret mor om, at hun kan søge om ekstra børnetilskud som enlig forsørger.",
    ],
    "KV": [
        "Sag: {L:case}", "Mor: {L:yage}, gravid uge {L:week}", "Far: {L:yage}, deltager delvist",
        "Indsats: § 32, familiebehandling", "Næste møde: {L:date} kl. {L:time}",
        "Budget: indtægt {L:amount}, faste udgifter {L:amount}",
        "Netværk: mormor, en veninde fra mødregruppen", "ICS: Forældrekompetencer – Trygt omsorgsmiljø",
        "Tolk: ikke relevant", "Akut: 112 / lægevagt 1813", "Journalnr.: {L:journal}",
        "Bevilling: babypakke fra Mødrehjælpen", "Bolig: 2 værelser, {L:sqm}",
    ],
    "MSG": [
        ("Mor", "hej jeg kan ikke komme i morgen, den lille har feber 🙁 kan vi rykke det?"),
        ("Sagsbehandler", "Hej. Det er helt fint. Vi flytter mødet til fredag kl. 13. Skriv, hvis du har brug for at snakke inden."),
        ("Barnefar", "jeg vil gerne med til scanningen men har ingen penge til bussen. kan jeg få kørsel?"),
        ("Sundhedsplejerske", "Jeg kommer onsdag kl. 9.30 og vejer den lille. Skriv, hvis tiden ikke passer."),
        ("Mor", "min veninde siger at Mødrehjælpen giver julehjælp, kan jeg søge det?"),
        ("Mormor", "Jeg er bekymret, hun sover næsten ikke. Kan I ringe til mig efter kl. 16?"),
        ("Mor", "vi har været ude at gå i skoven i dag, det var dejligt med sol"),
    ],
    "LOG": [
        "Tlf. fra mor: spørger til hjælp til barnevogn. Henvist til Mødrehjælpen.",
        "Sms til barnefar om netværksmødet. Intet svar.",
        "Jordemoder ringer: mor udeblev fra konsultation. Ny tid aftalt til {L:date}.",
        "Hjemmebesøg sammen med sundhedsplejersken. Barnet trives og tager på.",
        "Mail fra mormor: tilbyder aflastning i weekenderne.",
        "Samtale med mor: budgettet gennemgået, underskud ca. {L:amount} pr. måned.",
        "Mødregruppe aflyst pga. storm. Mor orienteret.",
        "Sparring i teamet om sagen; ICS-trekanten gennemgået.",
    ],
    "TABLE": {
        "title": ["Budget – ung mor med barn", "Månedligt budget (anonymiseret)"],
        "head": "Post | Beløb pr. md. | Bemærkning",
        "rows": [
            "SU inkl. forsørgertillæg | {L:amount} | udbetales den sidste hverdag",
            "Børne- og ungeydelse | {L:amount} | kvartalsvis, omregnet",
            "Husleje | {L:amount} | inkl. a conto varme",
            "Mad og bleer | {L:amount} | Netto og Lidl",
            "Telefon og internet | {L:amount} | abonnement",
            "Transport | {L:amount} | Rejsekort",
            "Afdrag på gæld | {L:amount} | inkasso, aftale indgået",
        ],
    },
    "LETTERS": [
        {"head": "{T:kom}\nBørn og Unge, Myndighed\n\nTil: mor (forældremyndighedsindehaver)\nSendt via Digital Post\n\n{L:ldate}",
         "subj": ["Indkaldelse til netværksmøde", "Tilbud om familiebehandling"],
         "greet": "Kære mor", "body": "DU",
         "sign": "Med venlig hilsen\n\nSagsbehandler\nBørn og Unge, {T:kom}"},
    ],
    "DU": [
        "Vi har talt sammen om, hvordan du og barnet har det, og du har selv sagt, at du gerne vil have hjælp til at få overblik over økonomien.",
        "Jeg foreslår derfor et netværksmøde, hvor din mor og din veninde også er inviteret.",
        "Sundhedsplejersken fortsætter sine besøg hver 14. dag.",
        "Mødrehjælpens rådgivning kan hjælpe dig med at søge om udstyr.",
    ],
}

# ====================================================================== G2 children of prisoners
G2 = {
    "key": "g2", "label": "Børn af indsatte",
    "authors": ["sb", "fsr"],
    "titles": ["Notat – børnebesøg i fængsel", "Sagsnotat vedr. {N:barn.full}, f. {D:barn}", "Besøgsaftale",
               "Børnebesøg: {N:barn.full} ({D:barn}) og {N:barn2.full} ({D:barn2})",
               "Orientering fra Kriminalforsorgen", "Journalnotat: samtale med {N:barn.f}",
               "Plan for samvær under afsoning"],
    "S": [
        "{N:indsat.full} afsoner i {T:prison} og har gennem fængslets socialrådgiver, {N:fsr.full}, søgt om børnebesøg med {N:barn.f} hver anden uge.",
        "{N:barn.full} ({T:barn.age} år) har spurgt {N:anden.f}, om {T:indsat.rel} skal blive i fængslet for altid.",
        "Besøget foregår i fængslets børnevenlige besøgslejlighed, og {N:anden.full} følger {N:barn.f} til porten, men går ikke selv med ind.",
        "{N:indsat.f} forventes prøveløsladt i {T:relmonth} og skal derefter afsone resten med fodlænke på {A:indsat.line}.",
        "{N:anden.f} er bekymret for, hvad {N:barn.f} skal sige i skolen, og har bedt klasselærer {N:laerer.full} om at være opmærksom.",
        "{N:fsr.l} kan træffes på direkte telefon {P:fsr} eller på {E:fsr} alle hverdage mellem kl. 8 og 15.",
        "Ved sidste besøg græd {N:barn.f}, da besøget sluttede, mens {N:barn2.f} legede med LEGO på gulvet det meste af tiden.",
        "{N:farmor.full}, som bor på {A:farmor.line}, har tilbudt at køre børnene til besøg, da {N:anden.f} ikke har bil.",
        "Børnenes CPR-numre er oplyst til fængslet: {N:barn.f} {C:barn} og {N:barn2.f} {C:barn2}.",
        "{N:indsat.f} har skrevet et brev til {N:barn.f}, som {N:anden.f} har læst først, før {T:anden.pron} gav det videre.",
        "Der er holdt netværksmøde med {N:anden.full}, {N:farmor.f} og sagsbehandler {N:sb.full}, hvor der blev lavet en plan for besøgene.",
        "{N:barn2.full}, født {D:barn2}, er for lille til at forstå, hvor {T:indsat.rel} er, og har fået at vide, at {T:indsat.pron} arbejder langt væk.",
        "{N:anden.f} har mobil {P:anden} og ønsker at blive ringet op, hvis et besøg bliver aflyst med kort varsel.",
        "Efter prøveløsladelsen skal {N:indsat.f} bo hos sin {O:søster|bror|mor} på {A:indsat.line}, ca. 20 minutter fra børnenes skole.",
        "Fængslets socialrådgiver {N:fsr.f} anbefaler, at samværet øges gradvist, når fodlænken er monteret.",
        "{N:barn.f} har fortalt sin kontaktlærer, at {T:indsat.rel} er på ferie, og skolen kender ikke den rigtige forklaring.",
        "{N:indsat.full} er født {D:indsat} og har CPR-nr. {C:indsat}.",
        "{N:anden.full} bor med børnene på {A:anden.line} og har e-mail {E:anden}.",
        "Besøgskoordinator {N:kontakt.full} har bekræftet besøgstiderne og kan nås på {P:kontakt}.",
        "{N:barn.f} spurgte i samtalen, om man må kramme i fængslet, og om betjentene har pistoler.",
        "Der er søgt om dækning af transport til besøg, da turen til {T:prison} koster ca. {L:fare} tur-retur.",
        "{N:barn.full} er født {D:barn}, går i {T:barn.grade} og har svært ved at koncentrere sig dagen efter et besøg.",
        "{N:laerer.f} skriver fra {E:laerer}, at {N:barn.f} har været mere stille i frikvartererne siden anholdelsen.",
        "{N:farmor.f} har mobil {P:farmor} og har selv besøgt {N:indsat.f} én gang sammen med børnene.",
        "{N:barn2.f} (født {D:barn2}) har fået lov at tage en bamse med ind ved besøgene.",
        "Fængslet har bedt om børnenes fødselsdatoer: {N:barn.f} er født {D:barn}, {N:barn2.f} {D:barn2}.",
    ],
    "KV": [
        "Indsat: {N:indsat.full}", "CPR (indsat): {C:indsat}", "Afsoningssted: {T:prison}",
        "Forventet prøveløsladelse: {T:relmonth}", "Bopæl efter løsladelse: {A:indsat.line}",
        "Barn 1: {N:barn.full}, f. {D:barn}", "Barn 2: {N:barn2.full}, CPR {C:barn2}",
        "Anden forælder: {N:anden.full}, tlf. {P:anden}", "Børnenes adresse: {A:anden.line}",
        "Fængslets socialrådgiver: {N:fsr.full}, {E:fsr}", "Direkte tlf. (fængsel): {P:fsr}",
        "Ledsager ved besøg: {N:farmor.full} ({P:farmor})", "Sagsbehandler: {N:sb.full}, {T:kom}",
        "Besøgstid: lørdage kl. 13.00-15.00", "Fodlænke: ansøgning under behandling",
        "CPR (barn 1): {C:barn}",
    ],
    "MSG": [
        ("anden", "Hej {N:sb.f}. {N:barn.f} har haft ondt i maven hele weekenden efter besøget. Skal vi blive ved? Mvh {N:anden.f}"),
        ("fsr", "Til orientering: besøget lørdag er aflyst, fordi afdelingen er lukket ned. Ny tid følger. Mvh {N:fsr.full}"),
        ("indsat", "hej det er {N:indsat.n}. sig til {N:barn.lof} at jeg har fået {T:barn.poss} tegning. jeg ringer søndag fra fængslets telefon."),
        ("farmor", "Jeg kan godt køre dem på lørdag. Min adresse er stadig {A:farmor.line}, hvis taxaen skal hente."),
        ("anden", "{N:barn2.f} spørger hele tiden hvornår {T:indsat.rel} kommer hjem. Hvad skal jeg svare? Ring på {P:anden}."),
        ("sb", "Hej {N:anden.f}. Jeg har talt med {N:fsr.f} i fængslet. Besøget kan flyttes til næste lørdag kl. 13."),
        ("anden", "min mail er {E:anden} hvis du vil sende papirerne om fodlænken"),
        ("barn", "hej {N:sb.lof} må jeg tage min fodbold med ind til {T:indsat.rel}??"),
    ],
    "LOG": [
        "Tlf. fra {N:fsr.full}, {T:prison}: besøgstilladelse godkendt for begge børn.",
        "Ringet til {N:anden.f} på {P:anden} – orienteret om besøg lørdag kl. 13.00-15.00.",
        "Brev fra {N:indsat.f} til {N:barn.f} modtaget og sendt videre til {A:anden.short}.",
        "Samtale med {N:barn.f} på skolen; {N:laerer.f} deltog de første ti minutter.",
        "{N:farmor.full} ringer fra {P:farmor}: kan ikke køre på lørdag, bilen er til syn.",
        "Mail fra {E:fsr} med datoer for de næste tre besøg.",
        "Kriminalforsorgen i Frihed ringer vedr. fodlænke og bopæl på {A:indsat.line}.",
        "Besøg gennemført. {N:barn2.f} faldt i søvn i bilen på vej hjem, oplyser {N:farmor.f}.",
        "{N:anden.f} oplyser børnenes fødselsdatoer: {D:barn} og {D:barn2}.",
        "Besked på telefonsvareren fra {N:farmor.full}: ring tilbage på {P:farmor.s}.",
        "{N:anden.f} dikterer sin nye mail i telefonen: {E:anden.s}.",
    ],
    "TABLE": {
        "title": ["Besøgsplan – børnene {N:barn.f} og {N:barn2.f}", "Besøgsplan {T:prison}"],
        "head": "Dato | Kl. | Børn | Ledsager | Kontakt",
        "rows": [
            "{L:sdate} | 13.00-15.00 | {N:barn.f}, {N:barn2.f} | {N:farmor.full} | {P:farmor}",
            "{L:sdate} | 10.00-11.30 | {N:barn.f} | {N:anden.f} | {P:anden}",
            "{L:sdate} | 13.00-15.00 | {N:barn.f}, {N:barn2.f} | {N:anden.full} | {E:anden}",
            "{L:sdate} | 14.00-15.30 | {N:barn2.f} | {N:farmor.f} | {P:farmor}",
            "{L:sdate} | telefonsamtale 18.30 | {N:barn.f} | – | fængslet ringer op",
            "{L:sdate} | 13.00-15.00 | begge | {N:kontakt.full} (koordinator) | {P:kontakt}",
        ],
    },
    "LETTERS": [
        {"head": "{T:prison}\nSocialrådgivningen\n\n{T:kom}, Børn og Unge\nAtt.: {N:sb.full}\n\n{L:ldate}",
         "subj": ["Vedr. børnebesøg – {N:indsat.full}, CPR {C:indsat}", "Ansøgning om børnebesøg", "Børnebesøg for {N:barn.full}, født {D:barn}"],
         "greet": "Kære {N:sb.f}", "body": "S",
         "sign": "Med venlig hilsen\n\n{N:fsr.full}\nSocialrådgiver\nDirekte: {P:fsr}\n{E:fsr}"},
        {"head": "{N:indsat.full}\n{T:prison}\n\n{T:town}, {L:ldate}",
         "subj": ["Til {T:indsat.rel}"],
         "greet": "Kære {T:indsat.rel}", "body": "CHILD",
         "sign": "Kærlig hilsen\n{N:barn.f} ({T:barn.age} år)\n\nPS. {N:anden.g} nye nummer er {P:anden}"},
        {"head": "{T:kom}\nBørn og Unge\n\n{N:anden.full}\n{A:anden.two}\n\n{L:ldate}",
         "subj": ["Besøg hos {N:indsat.full}", "Bevilling af transport til besøg"],
         "greet": "Kære {N:anden.f}", "body": "DU",
         "sign": "Venlig hilsen\n{N:sb.full}, sagsbehandler\n{P:sb}"},
    ],
    "CHILD": [
        "Jeg har fået en ny cykel af {N:farmor.f}, den er blå.",
        "I skolen har vi om vikinger, og min lærer hedder {N:laerer.f}.",
        "{N:barn2.f} har tabt en tand og fik en tyver af tandfeen.",
        "Hvornår må du komme hjem? Jeg tæller dagene på en kalender.",
        "Må jeg få dit nummer, så jeg kan ringe, når jeg er ked af det?",
        "Jeg har tegnet et billede af vores hus, og du står i haven.",
    ],
    "DU": [
        "Besøgene hos {N:indsat.f} i {T:prison} kan fortsætte hver anden lørdag, som aftalt på netværksmødet.",
        "Kommunen dækker transporten; {N:farmor.full} kører, og udgifterne refunderes efter kørselsgodtgørelsen.",
        "Hvis {N:barn.f} har det svært efter besøgene, kan du kontakte mig på {P:sb} eller {E:sb}.",
        "Fængslets socialrådgiver {N:fsr.full} orienterer mig, hvis besøg bliver aflyst.",
    ],
}

G2_CLEAN = {
    "key": "g2", "label": "Børn af indsatte",
    "authors_clean": ["Sagsbehandler, Børn og Unge", "Socialrådgiver, Kriminalforsorgen"],
    "titles": ["Notat – børnebesøg i fængsel", "Besøgsaftale", "Orientering fra Kriminalforsorgen",
               "Journalnotat: samtale med barnet", "Plan for samvær under afsoning"],
    "S": [
        "Far afsoner i {T:prison} og har gennem fængslets socialrådgiver søgt om børnebesøg hver anden uge.",
        "Barn A ({L:age}) har spurgt mor, om far skal blive i fængslet for altid.",
        "Besøget foregår i fængslets børnevenlige besøgslejlighed; mor følger barnet til porten, men går ikke selv med ind.",
        "Far forventes prøveløsladt i {L:month} og skal afsone resten med fodlænke hos sin søster.",
        "Mor er bekymret for, hvad barnet skal sige i skolen, og har bedt klasselæreren om at være opmærksom.",
        "Ved sidste besøg græd Barn A, da besøget sluttede, mens lillesøster legede med LEGO på gulvet.",
        "Farmor har tilbudt at køre børnene til besøg, da mor ikke har bil.",
        "Der er holdt netværksmøde {L:date} med mor, farmor og sagsbehandleren.",
        "Barn B ({L:smallage}) er for lille til at forstå, hvor far er.",
        "Kriminalforsorgen har oplyst, at besøgstiderne er lørdage kl. {L:time}-15.00.",
        "Fængslets socialrådgiver anbefaler, at samværet øges gradvist, når fodlænken er monteret.",
        "Barnet spurgte i samtalen, om man må kramme i fængslet, og om betjentene har pistoler.",
        "Der er søgt om dækning af transport, da turen koster ca. {L:fare} tur-retur.",
        "Indsatsen er bevilget efter Barnets lov § 32 som støttende samtaler for Barn A.",
        "Skov og strand var temaet for den tegning, Barn A havde med til far.",
        "Mark, hegn og en lang grusvej – sådan beskriver Barn A vejen til fængslet.",
        "Børnetelefonen på 116 111 er nævnt for Barn A som et sted, man kan ringe anonymt.",
        "Besøg i {L:room} er aflyst {L:date} pga. lockdown i afdelingen.",
        "Sagsbehandleren har talt med Barn A efter reglerne i § 5, stk. 3-4, om barnets egne ønsker til besøgene.",
        "Mor fortæller, at Barn A sover dårligt nætterne før et besøg og har ondt i maven om morgenen.",
        "Sagen har sagsnummer {L:case}; brevet fra Kriminalforsorgen er journaliseret under {L:journal}.",
    ],
    "KV": [
        "Indsat: far (anonymiseret)", "Afsoningssted: {T:prison}", "Forventet prøveløsladelse: {L:month}",
        "Barn A: {L:age}", "Barn B: {L:smallage}", "Anden forælder: mor", "Ledsager: farmor",
        "Besøgstid: lørdage kl. 13.00-15.00", "Fodlænke: ansøgning under behandling",
        "Sagsnr.: {L:case}", "Indsats: § 32, støttende samtaler", "Transport: {L:fare} pr. besøg",
    ],
    "MSG": [
        ("Mor", "Barn A har haft ondt i maven hele weekenden efter besøget. Skal vi blive ved?"),
        ("Fængslets socialrådgiver", "Til orientering: besøget lørdag er aflyst. Ny tid følger."),
        ("Farmor", "Jeg kan godt køre dem på lørdag. Vi mødes ved Banegårdspladsen kl. 12."),
        ("Mor", "Den lille spørger hele tiden, hvornår far kommer hjem. Hvad skal jeg svare?"),
        ("Sagsbehandler", "Jeg har talt med fængslet. Besøget kan flyttes til næste lørdag kl. 13."),
        ("Barn A", "må jeg tage min fodbold med ind til far??"),
    ],
    "LOG": [
        "Tlf. fra fængslets socialrådgiver: besøgstilladelse godkendt for begge børn.",
        "Ringet til mor – orienteret om besøg lørdag kl. 13.00-15.00.",
        "Brev fra far til Barn A modtaget og sendt videre via mor.",
        "Samtale med Barn A på skolen; klasselæreren deltog de første ti minutter.",
        "Farmor ringer: kan ikke køre på lørdag, bilen er til syn.",
        "Kriminalforsorgen i Frihed ringer vedr. fodlænke; sagen behandles.",
        "Besøg gennemført. Barn B faldt i søvn i bilen på vej hjem.",
    ],
    "TABLE": {
        "title": ["Besøgsplan – Barn A og Barn B", "Besøgsplan {T:prison}"],
        "head": "Dato | Kl. | Børn | Ledsager",
        "rows": [
            "{L:sdate} | 13.00-15.00 | Barn A og Barn B | farmor",
            "{L:sdate} | 10.00-11.30 | Barn A | mor",
            "{L:sdate} | telefonsamtale 18.30 | Barn A | –",
            "{L:sdate} | 14.00-15.30 | Barn B | farmor",
            "{L:sdate} | 13.00-15.00 | begge | besøgskoordinator",
        ],
    },
    "LETTERS": [
        {"head": "{T:prison}\nSocialrådgivningen\n\nTil: {T:kom}, Børn og Unge\n\n{L:ldate}",
         "subj": ["Vedr. børnebesøg", "Ansøgning om børnebesøg"],
         "greet": "Til sagsbehandleren", "body": "S",
         "sign": "Med venlig hilsen\n\nSocialrådgiver\n{T:prison}"},
        {"head": "Til far\n{T:prison}\n\n{L:ldate}",
         "subj": ["Brev fra Barn A"], "greet": "Kære far", "body": "CHILD",
         "sign": "Kærlig hilsen\nBarn A ({L:age})"},
    ],
    "CHILD": [
        "Jeg har fået en ny cykel af farmor, den er blå.",
        "I skolen har vi om vikinger, og vi har været på tur i skoven.",
        "Min lillesøster har tabt en tand og fik en tyver af tandfeen.",
        "Hvornår må du komme hjem? Jeg tæller dagene på en kalender.",
        "Jeg har tegnet et billede af vores hus, og du står i haven.",
        "Sommer er det bedste, for så kan vi bade, når du kommer hjem.",
    ],
    "DU": [
        "Besøgene kan fortsætte hver anden lørdag, som aftalt på netværksmødet.",
        "Kommunen dækker transporten, og udgifterne refunderes efter kørselsgodtgørelsen.",
        "Hvis barnet har det svært efter besøgene, kan du skrive til sagsbehandleren via Digital Post.",
    ],
}

# ====================================================================== G3 eating disorders / self-harm
G3 = {
    "key": "g3", "label": "Spiseforstyrrelse og selvskade",
    "authors": ["spl", "sb", "bupl"],
    "titles": ["Afsnitsnotat – {L:ward}", "Kriseplan for {N:ung.full}, f. {D:ung}", "Behandlingsmøde – referat",
               "Patient: {N:ung.lf} · født {D:ung}",
               "Skolens observationer", "Måltidsplan og aftaler", "Statusnotat fra BUP"],
    "S": [
        "{N:ung.full} ({T:ung.age} år) blev indlagt på {T:bup} den {L:date} med diagnosen {L:icd} og et BMI på {L:bmi}.",
        "Kontaktsygeplejerske {N:spl.full} beskriver, at {N:ung.f} spiser under opsyn, men gemmer mad i ærmerne ved aftensmaden.",
        "Overlæge {N:bupl.full} anbefaler, at indlæggelsen fortsætter mindst fire uger endnu, og at skolegangen foregår i hospitalsundervisningen.",
        "{N:mor.full} har fundet snitsår på {N:ung.g} underarme og ringede til lægevagten på 1813 samme aften.",
        "Klasselærer {N:laerer.full} har set, at {N:ung.f} ikke spiser frokost og ofte går alene en tur i spisefrikvarteret.",
        "Kriseplanen siger: Hvis {N:ung.f} får tanker om at skade sig selv, ringer {T:ung.pron} til {N:mor.f} på {P:mor} eller til afsnittet.",
        "Diætist {N:diet.full} har lagt en måltidsplan med seks måltider og en Nutridrink Compact om aftenen.",
        "{N:far.full} bor på {A:far.line} og har {N:ung.f} hver anden weekend; han er usikker på, hvordan han skal klare måltiderne.",
        "{N:ung.f} har CPR-nr. {C:ung} og er født {D:ung}; journalen er overført fra {T:hosp}.",
        "Ifølge {N:mor.f} har {N:ung.f} tabt sig omkring 6 kg siden sommerferien og træner i skjul om natten.",
        "Psykolog {N:psyk.full} har haft fire samtaler med {N:ung.f} og vurderer, at selvskaden hænger sammen med skam og pres i skolen.",
        "{N:mor.g} mail er {E:mor}, og hun ønsker at modtage referater fra behandlingsmøderne.",
        "Afsnittet kan kontaktes døgnet rundt, men {N:spl.f} har direkte nummer {P:spl} i dagtiden.",
        "{N:ung.f} er udskrevet til dagbehandling og bor hjemme hos {N:mor.f} på {A:mor.line}.",
        "Medicin: {L:med} dagligt; det er {N:far.f}, der giver medicinen i sine weekender.",
        "{N:ung.g} veninde {N:ven.full} har fortalt skolens AKT-lærer, at {N:ung.f} sender billeder af sår på Snapchat.",
        "Sagsbehandler {N:sb.full} har indkaldt til behandlingsmøde med BUP, skolen og begge forældre.",
        "{N:far.f} kan træffes på {P:far} efter kl. 15 og har bedt om, at alle aftaler også sendes til {E:far}.",
        "Ved vejningen torsdag vejede {N:ung.f} {L:kg}, hvilket er en lille stigning siden sidste uge.",
        "{N:laerer.f} har skrevet fra {E:laerer}, at {N:ung.f} græder i timerne og ofte har ondt i maven.",
        "{N:ung.full}, f. {D:ung}, har selv sagt til {N:psyk.f}, at {T:ung.pron} ikke vil dø, men at det hjælper at skære.",
        "{N:mor.f} har fjernet knive og barberblade fra badeværelset efter aftale med {N:spl.f}.",
        "Lillebror {N:bror.full} ({T:bror.age} år) bliver passet af {N:mormor.full}, {P:mormor}, når forældrene er til møder.",
        "Forældrene bor hver for sig; {N:ung.f} bor mest hos {N:mor.f}, men har et værelse hos {N:far.f} på {A:far.short}.",
        "{N:ung.f} blev født {D:ung} og var ifølge {N:mor.f} et roligt barn, der spiste alt.",
    ],
    "KV": [
        "Patient: {N:ung.full}", "CPR: {C:ung}", "Født: {D:ung}", "Afsnit: {L:ward}",
        "Diagnose: {L:icd}", "Kontaktperson: {N:spl.full}, tlf. {P:spl}",
        "Behandlende læge: {N:bupl.full}", "Mor: {N:mor.full}, {P:mor}", "Far: {N:far.full}, {P:far}",
        "Hjemmeadresse: {A:mor.line}", "Skole: kontaktlærer {N:laerer.full}, {E:laerer}",
        "Medicin: {L:med}", "Vægt ved indlæggelse: {L:kg}", "Psykolog: {N:psyk.full}",
        "Fars adresse: {A:far.line}", "Mors mail: {E:mor}",
    ],
    "MSG": [
        ("mor", "Hej {N:spl.f}. {N:ung.f} nægtede at spise aftensmad i går og låste sig inde på badeværelset. Vi ringede 1813. {T:ung.Pron} sover nu. Mvh {N:mor.f}"),
        ("ung", "jeg vil ikke have flere samtaler med {N:psyk.lof}. {T:psyk.pron} forstår ingenting"),
        ("laerer", "Kære {N:mor.f}. Til orientering spiste {N:ung.f} kun et æble i dag. Jeg har skrevet til sundhedsplejersken. Hilsen {N:laerer.f}"),
        ("far", "hej {N:sb.f} – kan I sende kriseplanen til mig også? {E:far}"),
        ("spl", "Kære {N:mor.f} og {N:far.f}. Weekendorloven er godkendt. Husk måltidsplanen, og ring på {P:spl}, hvis det går galt."),
        ("mor", "{N:ung.lof} har fået nye rifter på armen. vi er på vej til skadestuen. {N:far.f} ved det ikke endnu"),
        ("ven", "det er {N:ven.f}. jeg er bange for {N:ung.f}, hun har skrevet at hun ikke gider mere"),
    ],
    "LOG": [
        "Morgenmad spist under opsyn af {N:spl.f}, 45 min. {N:ung.f} meget urolig bagefter.",
        "{N:mor.f} på besøg med rent tøj. Aftalt, at afsnittet ringer til {P:mor} ved ændringer.",
        "Stuegang v. {N:bupl.full}. Plan fortsætter uændret.",
        "{N:ung.f} fundet med friske rifter på venstre underarm; sår renset, vagthavende læge tilkaldt.",
        "Tlf. til {N:far.full} ({P:far}): orienteret om weekenden.",
        "Skolen ({N:laerer.f}) ringer om hjemmeopgaver; sendt til {E:laerer}.",
        "Vejning: {L:kg}. {N:ung.f} græd og ville ikke se tallet.",
        "Samtale med {N:psyk.f}; {N:ung.f} deltog i 30 min.",
        "Indlagt: {N:ung.full}, f. {D:ung}. Mor og far orienteret.",
        "{N:far.f} ringer fra ukendt nummer; beder om opringning på {P:far.s}.",
    ],
    "TABLE": {
        "title": ["Måltidsplan – {N:ung.full}, f. {D:ung}", "Måltidsplan for {N:ung.f} (hjemme)"],
        "head": "Tid | Måltid | Ansvarlig",
        "rows": [
            "07.30 | Morgenmad: havregryn med mælk og banan | {N:mor.f}",
            "10.00 | Mellemmåltid: bolle med smør og ost | skolen ({N:laerer.f})",
            "12.00 | Frokost: 2 stk. rugbrød med pålæg og grønt | {N:laerer.full}",
            "14.30 | Mellemmåltid: yoghurt med müsli | {N:ung.f} selv, {N:mor.f} tjekker",
            "18.00 | Aftensmad: fuld tallerken efter tallerkenmodellen | {N:far.f} i weekenden",
            "20.30 | Aftenmåltid: Nutridrink Compact | {N:spl.f} (afsnittet)",
            "21.00 | Medicin: {L:med} | {N:mor.f}",
        ],
    },
    "LETTERS": [
        {"head": "{T:bup}\n{L:ward}\n\n{T:kom}, Børn og Unge\nAtt.: {N:sb.full}\n\n{L:ldate}",
         "subj": ["Statusbrev vedr. {N:ung.full}, CPR {C:ung}", "Udskrivelse til dagbehandling", "Vedr. {N:ung.full} (født {D:ung})"],
         "greet": "Kære {N:sb.f}", "body": "S",
         "sign": "Venlig hilsen\n\n{N:bupl.full}\nOverlæge\nTlf. {P:bupl}"},
        {"head": "{T:kom}\nBørn og Unge, Myndighed\n\n{N:mor.full}\n{A:mor.two}\n\n{L:ldate}",
         "subj": ["Indkaldelse til behandlingsmøde", "Bevilling af støtte efter udskrivelse"],
         "greet": "Kære {N:mor.f}", "body": "DU",
         "sign": "Med venlig hilsen\n{N:sb.full}\nSagsbehandler\n{E:sb}"},
    ],
    "DU": [
        "Vi holder behandlingsmøde med {T:bup}, skolen og jer forældre, så alle kender kriseplanen for {N:ung.f}.",
        "Kontaktsygeplejerske {N:spl.full} deltager og gennemgår måltidsplanen.",
        "{N:far.full} er også inviteret og får brevet sendt til {A:far.line}.",
        "Hvis {N:ung.f} er i akut fare, skal I ringe 112 eller til afsnittet.",
    ],
}

G3_CLEAN = {
    "key": "g3", "label": "Spiseforstyrrelse og selvskade",
    "authors_clean": ["Kontaktsygeplejerske", "Sagsbehandler, Børn og Unge", "Overlæge, BUP"],
    "titles": ["Afsnitsnotat – {L:ward}", "Kriseplan (anonymiseret)", "Behandlingsmøde – referat",
               "Skolens observationer", "Måltidsplan og aftaler", "Statusnotat fra BUP"],
    "S": [
        "Pige A ({L:age}) blev indlagt {L:date} med diagnosen {L:icd} og et BMI på {L:bmi}.",
        "Kontaktsygeplejersken beskriver, at pigen spiser under opsyn, men gemmer mad i ærmerne ved aftensmaden.",
        "Overlægen anbefaler, at indlæggelsen fortsætter mindst fire uger, og at skolegangen foregår i hospitalsundervisningen.",
        "Mor har fundet snitsår på pigens underarme og ringede til lægevagten på 1813 samme aften.",
        "Klasselæreren har set, at eleven ikke spiser frokost og ofte går alene en tur i spisefrikvarteret.",
        "Kriseplanen siger: Ved tanker om selvskade kontakter pigen mor eller afsnittet; ved akut fare ringes 112.",
        "Diætisten har lagt en måltidsplan med seks måltider og en Nutridrink Compact om aftenen.",
        "Far har pigen hver anden weekend og er usikker på, hvordan han skal klare måltiderne.",
        "Ifølge mor har pigen tabt sig omkring 6 kg siden sommerferien og træner i skjul om natten.",
        "Psykologen vurderer, at selvskaden hænger sammen med skam og pres i skolen.",
        "Medicin: {L:med} dagligt, givet af forældrene.",
        "Ved vejningen torsdag vejede pigen {L:kg}, en lille stigning siden sidste uge.",
        "Behandlingsmødet holdes {L:date} kl. {L:time} i {L:room}.",
        "Sagen er oplyst til afdækning efter Barnets lov § 19; en børnefaglig undersøgelse efter § 20 kan blive aktuel.",
        "Storm, mørke og lange aftener gør ifølge mor vinteren særligt svær for pigen.",
        "Sol og gåture nævnes i kriseplanen som noget, der hjælper, når trangen til at skade sig selv kommer.",
        "Glad er ikke et ord, pigen selv bruger, men hun smiler, når hun taler om sin hund.",
        "Vægt og BMI registreres hver mandag; målet er en stigning på 0,5-1 kg om ugen.",
        "Skolens AKT-lærer har fået at vide af en veninde, at pigen sender billeder af sår på Snapchat.",
        "Forældrene har fjernet knive og barberblade fra badeværelset efter aftale med afsnittet.",
        "Livslinien på 70 201 201 og Børnetelefonen på 116 111 står på kriseplanen som anonyme muligheder.",
        "Afsnittet har journalnummer {L:journal}; diagnosekoden er {L:icd}.",
    ],
    "KV": [
        "Patient: Pige A, {L:age}", "Afsnit: {L:ward}", "Diagnose: {L:icd}", "Medicin: {L:med}",
        "Vægt ved indlæggelse: {L:kg}", "BMI: {L:bmi}", "Kontaktperson: kontaktsygeplejerske, dagvagt",
        "Forældre: mor og far, bor hver for sig", "Skole: 8. klasse, kontaktlærer orienteret",
        "Akut: 112 / 1813", "Sagsnr.: {L:case}", "Næste behandlingsmøde: {L:date}",
    ],
    "MSG": [
        ("Mor", "Hun nægtede at spise aftensmad i går og låste sig inde på badeværelset. Vi ringede 1813. Hun sover nu."),
        ("Pige A", "jeg vil ikke have flere samtaler med psykologen. hun forstår ingenting"),
        ("Kontaktlærer", "Til orientering spiste eleven kun et æble i dag. Jeg har skrevet til sundhedsplejersken."),
        ("Far", "Kan I sende kriseplanen til mig også?"),
        ("Kontaktsygeplejerske", "Weekendorloven er godkendt. Husk måltidsplanen, og ring til afsnittet, hvis det går galt."),
    ],
    "LOG": [
        "Morgenmad spist under opsyn, 45 min. Pigen meget urolig bagefter.",
        "Mor på besøg med rent tøj.",
        "Stuegang v. overlægen. Plan fortsætter uændret.",
        "Pigen fundet med friske rifter på venstre underarm; sår renset, vagthavende læge tilkaldt.",
        "Tlf. til far: orienteret om weekenden.",
        "Vejning: {L:kg}. Pigen græd og ville ikke se tallet.",
        "Samtale med psykologen; pigen deltog i 30 min.",
        "Aftenmåltid: Nutridrink Compact drukket uden protest.",
    ],
    "TABLE": {
        "title": ["Måltidsplan – Pige A ({L:age})", "Måltidsplan (hjemme)"],
        "head": "Tid | Måltid | Ansvarlig",
        "rows": [
            "07.30 | Morgenmad: havregryn med mælk og banan | mor",
            "10.00 | Mellemmåltid: bolle med smør og ost | skolen",
            "12.00 | Frokost: 2 stk. rugbrød med pålæg og grønt | kontaktlærer",
            "14.30 | Mellemmåltid: yoghurt med müsli | pigen selv",
            "18.00 | Aftensmad: fuld tallerken efter tallerkenmodellen | far i weekenden",
            "20.30 | Aftenmåltid: Nutridrink Compact | afsnittet",
            "21.00 | Medicin: {L:med} | mor",
        ],
    },
    "LETTERS": [
        {"head": "{T:bup}\n{L:ward}\n\nTil: {T:kom}, Børn og Unge\n\n{L:ldate}",
         "subj": ["Statusbrev", "Udskrivelse til dagbehandling"], "greet": "Til sagsbehandleren", "body": "S",
         "sign": "Venlig hilsen\n\nOverlæge\n{T:bup}"},
    ],
    "DU": [],
}

# ====================================================================== G4 newly arrived families
G4 = {
    "key": "g4", "label": "Nyankomne familier og sprog",
    "authors": ["mlaerer", "sb", "isb"],
    "titles": ["Indskrivning i modtageklasse: {N:barn.full}, f. {D:barn}", "Tolkebestilling", "Notat – familie {N:far.l}",
               "Elevkort – {N:barn.full} – fødselsdato {D:barn}",
               "Skolestartsamtale", "Kontakter og papirer", "Integrationsprogram – status"],
    "S": [
        "Familien kom til {T:town} i {T:arrmonth} fra {T:country}. Far, {N:far.full}, og mor, {N:mor.full}, taler {T:lang} og lidt engelsk.",
        "{N:barn.full} (f. {D:barn}) er startet i modtageklassen hos {N:mlaerer.full}, som skriver, at {N:barn.f} allerede kan præsentere sig på dansk.",
        "Til mødet er der bestilt tolk: {N:tolk.full}, {T:lang}, mobil {P:tolk}.",
        "{N:mor.f} går på sprogskole tre dage om ugen; hendes lærer, {N:sprog.full}, oplyser, at hun er på modul 1.3.",
        "Familien bor foreløbig i en midlertidig bolig på {A:far.line}, indtil der er en permanent lejlighed.",
        "{N:barn2.full}, født {D:barn2}, har endnu ikke plads i daginstitution, og {N:mor.f} passer {T:barn2.obj} hjemme.",
        "Integrationssagsbehandler {N:isb.full} i Jobcentret har lavet integrationskontrakt med begge forældre.",
        "{N:far.g} bror, {N:kontakt.full}, har boet i Danmark i mange år og hjælper med breve fra e-Boks; han kan kontaktes på {P:kontakt}.",
        "Familiens papirer er set: opholdstilladelse, sundhedskort og CPR. {N:barn.f} har CPR-nr. {C:barn}, {N:barn2.f} har {C:barn2}.",
        "{N:mor.g} søster, {N:slaegt.full}, bor stadig på {A:slaegt.foreign} og ringer dagligt fra {P:slaegt.f}.",
        "Ved skolestartsamtalen fortalte {N:far.f}, at {N:barn.f} ikke har gået i skole i næsten et år under flugten.",
        "Sundhedsplejersken har set {N:barn2.f} og henviser til egen læge, fordi der mangler vaccinationer.",
        "{N:far.f} har mobil {P:far} og mail {E:far}, men læser ikke dansk, så vigtig post skal gennemgås med tolk.",
        "Tolken {N:tolk.f} var forsinket, og mødet blev i stedet holdt med telefontolk.",
        "{N:mlaerer.f} anbefaler, at {N:barn.f} delvist sluses ud i en almindelig 4. klasse efter jul.",
        "Familien har intet netværk i byen ud over {N:kontakt.f} og en nabo, som hjælper med cykler.",
        "{N:far.full} er født {D:far}; {N:mor.full} er født {D:mor}. Begge har CPR-nummer, men mangler MitID.",
        "{N:mor.f} har oplyst mailadressen {E:mor} til sprogskolen, men vil helst kontaktes gennem {N:kontakt.f}.",
        "{N:barn.f} er bange for høje lyde og gemte sig under bordet, da brandalarmen blev testet.",
        "Der er bestilt tolk til forældremødet: {T:lang}, fremmøde, 1,5 time, tolk {N:tolk2.full} ({P:tolk2}).",
        "Familiens tidligere adresse var {A:far.foreign}; der kan stadig komme post fra myndighederne dér.",
        "{N:far.f} har CPR-nr. {C:far} og er tilmeldt danskuddannelse på {N:sprog.g} hold om aftenen.",
        "{N:kontakt.full} bor selv på {A:kontakt.line} og har tilbudt, at familien kan bruge hans adresse til post.",
        "Ifølge opholdskortet er {N:barn2.f} født {D:barn2}, men forældrene siger, at datoen er skrevet forkert.",
        "{N:tolk.full} er født {D:tolk} og har tolket for familien siden ankomsten.",
    ],
    "KV": [
        "Elev: {N:barn.full}", "Fødselsdato: {D:barn}", "CPR: {C:barn}", "Klasse: modtageklasse {L:mclass}",
        "Modersmål: {T:lang}", "Far: {N:far.full}, {P:far}", "Mor: {N:mor.full}, {P:mor}",
        "Adresse: {A:far.line}", "Kontaktperson i netværk: {N:kontakt.full}, {P:kontakt}",
        "Tolk: {N:tolk.full} ({T:lang}), {P:tolk}", "Søskende: {N:barn2.full}, f. {D:barn2}",
        "Sprogskole (mor): {N:sprog.full}, {E:sprog}", "Ankomst til Danmark: {T:arrmonth}",
        "Skolegang før ankomst: ca. 3 år, afbrudt", "Mors CPR: {C:mor}", "Fars mail: {E:far}",
        "Fars fødselsdato: {D:far}", "Mors fødselsdato: {D:mor}",
    ],
    "MSG": [
        ("far", "Hello {N:sb.f}, this is {N:far.f}. My {T:barn.child_en} {N:barn.f} is sick today and cannot go to school. Thank you"),
        ("kontakt", "Hej, jeg er {N:far.g} bror. Familien har fået brev om boligen. Kan du ringe til mig på {P:kontakt}?"),
        ("mlaerer", "Kære forældre. På tirsdag er der forældresamtale kl. 14. Der kommer tolk. Hilsen {N:mlaerer.f}"),
        ("mor", "hej {N:sprog.lof} jeg kommer ikke i dag, {N:barn2.lof} er syg. {N:mor.f}"),
        ("tolk", "Bekræfter opgaven torsdag kl. 10.00, {T:lang}, fremmøde. Mvh {N:tolk.full}, {P:tolk}"),
        ("far", "my new email {E:far} please send letter there"),
        ("isb", "Hej {N:mlaerer.f}. Kan du sende fraværslisten for {N:barn.f}? Vh {N:isb.full}"),
    ],
    "LOG": [
        "Tolk bestilt til {L:date}, {T:lang}, {N:tolk.full}.",
        "Tlf. fra {N:kontakt.full} ({P:kontakt}) – familien har ikke fået boligstøtte.",
        "Indskrivningssamtale på skolen med {N:mlaerer.f}, far og tolk.",
        "Mail til {E:isb} om integrationsprogram og danskuddannelse.",
        "Familien flyttet fra midlertidig bolig til {A:far.line}.",
        "Telefontolk brugt (tolkebureau), da {N:tolk.f} meldte afbud.",
        "Sms til {N:far.f} på {P:far}: husk forældremøde i morgen kl. 17.",
        "Telefonbesked fra {N:kontakt.f}: ring tilbage på {P:kontakt.s}.",
        "{N:kontakt.f} oplyser i telefonen, at {N:barn2.f} er født {D:barn2.s}.",
    ],
    "TABLE": {
        "title": ["Tolkebestillinger – familien {N:far.l}", "Tolkeoversigt for {N:far.full} og {N:mor.full}"],
        "head": "Dato | Kl. | Sprog | Tolk | Tlf. | Sted",
        "rows": [
            "{L:sdate} | 09.00 | {T:lang} | {N:tolk.full} | {P:tolk} | skolen, {L:room}",
            "{L:sdate} | 13.30 | {T:lang} | {N:tolk2.full} | {P:tolk2} | sundhedsplejen",
            "{L:sdate} | 10.00 | {T:lang} | telefontolk | – | Jobcentret, {N:isb.full}",
            "{L:sdate} | 14.00 | {T:lang} | {N:tolk.f} | {P:tolk} | rådhuset, {L:room}",
            "{L:sdate} | 16.00 | {T:lang} | {N:tolk2.f} | {E:tolk2} | forældremøde, {L:mclass}",
        ],
    },
    "LETTERS": [
        {"head": "{T:kom}\nSkole og Uddannelse\n\n{N:far.full} og {N:mor.full}\n{A:far.two}\n\n{L:ldate}",
         "subj": ["Velkommen til modtageklassen", "Indkaldelse til skolestartsamtale"],
         "greet": "Kære {N:far.f} og {N:mor.f}", "body": "DU",
         "sign": "Venlig hilsen\n\n{N:mlaerer.full}\nLærer, modtageklassen\nTlf. {P:mlaerer}"},
        {"head": "{T:kom}, Jobcentret\nIntegration\n\nTil Børn og Unge\nAtt.: {N:sb.full}\n\n{L:ldate}",
         "subj": ["Orientering om familien {N:far.l}"], "greet": "Kære {N:sb.f}", "body": "S",
         "sign": "Mvh.\n{N:isb.full}\n{E:isb}"},
    ],
    "DU": [
        "{N:barn.f} begynder i modtageklasse {L:mclass} mandag kl. 8.00. Der er tolk til den første samtale.",
        "Tolken hedder {N:tolk.full} og taler {T:lang}.",
        "{N:barn2.f} er skrevet op til vuggestue; I får svar i e-Boks.",
        "Har I spørgsmål, kan I ringe til mig på {P:mlaerer} eller skrive til {E:mlaerer}.",
    ],
}

G4_CLEAN = {
    "key": "g4", "label": "Nyankomne familier og sprog",
    "authors_clean": ["Lærer, modtageklassen", "Sagsbehandler, Børn og Unge", "Integrationssagsbehandler, Jobcentret"],
    "titles": ["Indskrivning i modtageklasse", "Tolkebestilling", "Skolestartsamtale",
               "Kontakter og papirer (anonymiseret)", "Integrationsprogram – status"],
    "S": [
        "Familien kom til Danmark i {L:month} fra {T:country}. Forældrene taler {T:lang} og lidt engelsk.",
        "Barn A ({L:age}) er startet i modtageklasse {L:mclass} og kan allerede præsentere sig på dansk.",
        "Til mødet er der bestilt tolk i {T:lang}, fremmøde, {L:time}-11.30.",
        "Mor går på sprogskole tre dage om ugen og er på modul 1.3.",
        "Familien bor foreløbig i en midlertidig bolig, indtil der er en permanent lejlighed.",
        "Det yngste barn ({L:smallage}) har endnu ikke plads i daginstitution.",
        "Integrationssagsbehandleren i Jobcentret har lavet integrationskontrakt med begge forældre.",
        "Farbror har boet i Danmark i mange år og hjælper med breve fra e-Boks.",
        "Familiens papirer er set: opholdstilladelse og sundhedskort. MitID er endnu ikke oprettet.",
        "Ved skolestartsamtalen fortalte far, at barnet ikke har gået i skole i næsten et år under flugten.",
        "Sundhedsplejersken henviser til egen læge, fordi der mangler vaccinationer.",
        "Tolken var forsinket, og mødet blev i stedet holdt med telefontolk.",
        "Læreren anbefaler, at barnet delvist sluses ud i en almindelig 4. klasse efter jul.",
        "Barnet er bange for høje lyde og gemte sig under bordet, da brandalarmen blev testet.",
        "Tolkebestilling nr. {L:booking} er bekræftet af tolkebureauet.",
        "Mor fortæller, at familien er glad for lejligheden, men at der er langt til sprogskolen.",
        "Storm og kulde i januar var en stor overraskelse for familien, som kom fra {T:country}.",
        "Maj og juni bruges til at forberede overgangen fra modtageklasse til almenklasse.",
        "Familien modtager selvforsørgelses- og hjemrejseydelse; beløbet er ca. {L:amount} om måneden.",
        "Sagsbehandleren har orienteret forældrene om Barnets lov § 32 og muligheden for støtte i hjemmet.",
        "Mødet holdes {L:date} kl. {L:time} i {L:room}; tolken møder op en halv time før.",
        "Kommunens faktura for tolkning er sendt til EAN {L:ean}.",
    ],
    "KV": [
        "Elev: Barn A, {L:age}", "Klasse: modtageklasse {L:mclass}", "Modersmål: {T:lang}",
        "Forældre: mor og far, begge på sprogskole", "Tolk: {T:lang}, fremmøde",
        "Ankomst til Danmark: {L:month}", "Skolegang før ankomst: ca. 3 år, afbrudt",
        "Søskende: et yngre barn, {L:smallage}", "Tolkebestilling: {L:booking}", "Sagsnr.: {L:case}",
        "Tolkebureau: CVR {L:cvr}",
    ],
    "MSG": [
        ("Far", "Hello, my son is sick today and cannot go to school. Thank you"),
        ("Farbror", "Familien har fået brev om boligen. Kan du ringe til mig?"),
        ("Lærer", "Kære forældre. På tirsdag er der forældresamtale kl. 14. Der kommer tolk."),
        ("Mor", "jeg kommer ikke i dag, den lille er syg"),
        ("Tolkebureau", "Bekræfter opgaven torsdag kl. 10.00, {T:lang}, fremmøde. Bestilling {L:booking}."),
    ],
    "LOG": [
        "Tolk bestilt til {L:date}, {T:lang}.",
        "Tlf. fra farbror – familien har ikke fået boligstøtte.",
        "Indskrivningssamtale på skolen med lærer, far og tolk.",
        "Mail til Jobcentret om integrationsprogram og danskuddannelse.",
        "Telefontolk brugt, da fremmødetolken meldte afbud.",
        "Sms til far: husk forældremøde i morgen kl. 17.",
    ],
    "TABLE": {
        "title": ["Tolkebestillinger – familie (anonymiseret)", "Tolkeoversigt, efterår"],
        "head": "Dato | Kl. | Sprog | Type | Sted",
        "rows": [
            "{L:sdate} | 09.00 | {T:lang} | fremmøde | skolen, {L:room}",
            "{L:sdate} | 13.30 | {T:lang} | telefon | sundhedsplejen",
            "{L:sdate} | 10.00 | {T:lang} | video | Jobcentret",
            "{L:sdate} | 14.00 | {T:lang} | fremmøde | rådhuset, {L:room}",
            "{L:sdate} | 16.00 | {T:lang} | fremmøde | forældremøde, {L:mclass}",
        ],
    },
    "LETTERS": [
        {"head": "{T:kom}\nSkole og Uddannelse\n\nTil: forældrene\nSendt via Digital Post\n\n{L:ldate}",
         "subj": ["Velkommen til modtageklassen", "Indkaldelse til skolestartsamtale"],
         "greet": "Kære forældre", "body": "DU", "sign": "Venlig hilsen\n\nLærer, modtageklassen"},
    ],
    "DU": [
        "Jeres barn begynder i modtageklasse {L:mclass} mandag kl. 8.00. Der er tolk til den første samtale.",
        "Det yngste barn er skrevet op til vuggestue; I får svar i e-Boks.",
        "Har I spørgsmål, kan I skrive til skolen via Aula.",
    ],
}

# ====================================================================== G5 visiting families / volunteer grandparents
G5 = {
    "key": "g5", "label": "Besøgsfamilier og frivillige bedsteforældre",
    "authors": ["koord", "sb"],
    "titles": ["Matchnotat – besøgsfamilie", "Frivillig bedsteforælder – stamoplysninger", "Stamkort: {N:bed1.full}, f. {D:bed1}",
               "Matchnotat – {N:barn.full} (f. {D:barn})",
               "Weekendplan for {N:barn.f}", "Feedback efter weekend", "Bedsteforældreordningen – opfølgning"],
    "S": [
        "{N:barn.full} ({T:barn.age} år) er matchet med besøgsfamilien {N:bf1.f} og {N:bf2.full}, som bor på {A:bf1.line}.",
        "Besøgsfamilien har {N:barn.f} hver tredje weekend fra fredag kl. 16 til søndag kl. 17.",
        "Frivillig bedstemor {N:bed1.full}, født {D:bed1}, er pensioneret lærer og har selv fire børnebørn.",
        "Koordinator {N:koord.full} har holdt matchmøde hjemme hos {N:mor.f} på {A:mor.short}.",
        "{N:mor.f} var i starten skeptisk, men siger nu, at weekenderne giver hende luft til at sove og gøre rent.",
        "{N:bed2.full} kan træffes på {P:bed2} og foretrækker sms frem for mail.",
        "Der er indhentet børneattest på begge voksne i besøgsfamilien, og tavshedserklæringen er underskrevet.",
        "{N:bf2.f} fortæller, at {N:barn.f} var glad for at bage boller og gå tur i skoven bag deres hus.",
        "Planen for weekenden: fredag pizza og film, lørdag svømmehal, søndag frokost hos {N:bf1.g} forældre.",
        "{N:barn.f} har CPR-nr. {C:barn}, og besøgsfamilien har fået en kopi af sundhedskortet.",
        "Feedback fra {N:bed1.f}: {N:barn.f} taler meget om sin far og spørger, hvorfor han ikke ringer.",
        "{N:mor.full} har tlf. {P:mor} og har givet samtykke til, at koordinatoren deler oplysninger med besøgsfamilien.",
        "Besøgsfamiliens mail er {E:bf1}, og de vil gerne have weekendplanen senest onsdag.",
        "Bedsteforældrene henter {N:barn.f} i SFO'en hver anden tirsdag kl. 15; {N:bed1.f} har kørekort og egen bil.",
        "{N:bed1.full} bor på {A:bed1.line} og har plads til overnatning i gæsteværelset.",
        "Ved opfølgningsmødet sagde {N:barn.f}, at det bedste var at fodre høns hos {N:bed2.f}.",
        "{N:koord.f} kan kontaktes på {P:koord} eller {E:koord}, hvis der opstår tvivl.",
        "{N:barn.full} er født {D:barn} og går i {T:barn.grade}; {T:barn.pron} har svært ved at falde i søvn et nyt sted.",
        "Matchet bygger på, at {N:bf2.f} selv er vokset op med en enlig mor og har erfaring fra spejderarbejde.",
        "{N:bf1.full} er født {D:bf1} og arbejder som buschauffør; {N:bf2.f} er pædagog.",
        "Lillebror {N:bror.full} er ikke en del af ordningen, men {N:bed2.f} har tilbudt at tage ham med på juleudflugten.",
        "{N:mor.g} adresse er {A:mor.line}; hun foretrækker, at besøgsfamilien henter ved døren og ikke ringer på.",
        "{N:bed2.f} er født {D:bed2} og har CPR-nr. {C:bed2}, som er brugt til børneattesten.",
    ],
    "KV": [
        "Frivillig: {N:bed1.full}", "Født: {D:bed1}", "CPR: {C:bed1}", "Adresse: {A:bed1.line}",
        "Tlf.: {P:bed1}", "Mail: {E:bed1}", "Børneattest: indhentet {L:date}, uden anmærkninger",
        "Matchet med: {N:barn.f} ({T:barn.age} år)", "Barnets mor: {N:mor.full}, {P:mor}",
        "Koordinator: {N:koord.full}, {E:koord}", "Med-frivillig: {N:bed2.full}, {P:bed2}",
        "Besøgsfamilie: {N:bf1.full} og {N:bf2.full}", "Besøgsfamiliens adresse: {A:bf1.line}",
        "Barnets CPR: {C:barn}", "Allergier: ingen kendte", "Kørekort: ja",
        "Barnets fødselsdato: {D:barn}", "Med-frivillig født: {D:bed2}",
    ],
    "MSG": [
        ("bf2", "Hej {N:mor.f}! {N:barn.f} har det godt. Vi har været i skoven og fundet svampe. Vi kører hjem kl. 16.30. Kh {N:bf2.f}"),
        ("mor", "tak for i weekend. {N:barn.lof} har snakket om jeres hund hele aftenen"),
        ("bed1", "Kære {N:koord.f}. Vi kan desværre ikke i uge 42, da vi er hos vores datter i Aalborg. Venlig hilsen {N:bed1.fl}"),
        ("koord", "Hej {N:bed2.f}. Husk at sende jeres nye adresse, så forsikringen er på plads. Mvh {N:koord.f}"),
        ("mor", "kan {N:bed1.f} hente i SFO i morgen? jeg skal til tandlæge. mit nr er {P:mor}"),
        ("bed2", "Vi er flyttet til {A:bed2.line}. Telefonnummeret er det samme."),
        ("bf1", "Hej {N:koord.f}, {N:barn.f} var ked af det søndag aften. Kan vi tage en snak? Ring på {P:bf1}"),
    ],
    "LOG": [
        "Matchmøde hos {N:bf1.fl}, {A:bf1.line}. Til stede: mor, barn og koordinator.",
        "Tlf. fra {N:bed1.f} ({P:bed1}): weekenden gik godt, {N:barn.f} sov hele natten.",
        "Mail til {E:bf1} med weekendplan for {L:month}.",
        "Børneattest for {N:bed2.full} modtaget; ingen anmærkninger.",
        "{N:mor.f} ringer fra {P:mor}: ønsker at ændre afhentningstid til kl. 17.",
        "Opfølgningsbesøg hos {N:bed1.full} og {N:bed2.f}. Aftalt evaluering om tre måneder.",
        "Sms fra {N:bf2.f}: {N:barn.f} har mistet sin jakke i svømmehallen.",
        "{N:bed1.f} ringer og staver mailadressen: {E:bed1.s}.",
        "Telefonsvarer: {N:bed2.f} kan nås på {P:bed2.s} efter kl. 18.",
        "Børneattest bestilt for {N:bed1.full} ({D:bed1}) og {N:bed2.full} ({D:bed2}).",
    ],
    "TABLE": {
        "title": ["Weekendplan – {N:barn.full}", "Plan for besøgsweekender, efterår"],
        "head": "Weekend | Aktivitet | Henter/bringer | Tlf.",
        "rows": [
            "Uge 36 | svømmehal og pizza | {N:bf1.f} | {P:bf1}",
            "Uge 39 | høstmarked og bål | {N:bf2.f} | {P:bf2}",
            "Uge 42 | aflyst (efterårsferie) | – | –",
            "Uge 45 | biograf, overnatning | {N:bf1.full} | {P:bf1}",
            "Hver 2. tirsdag | hentning i SFO | {N:bed1.full} | {P:bed1}",
            "Uge 48 | juleklip hos bedsteforældrene | {N:bed2.f} | {P:bed2}",
        ],
    },
    "LETTERS": [
        {"head": "Frivilligkoordinationen\n{T:kom}\n\n{N:bed1.full} og {N:bed2.full}\n{A:bed1.two}\n\n{L:ldate}",
         "subj": ["Velkommen som frivillige bedsteforældre", "Match med en familie"],
         "greet": "Kære {N:bed1.f} og {N:bed2.f}", "body": "DUV",
         "sign": "Venlig hilsen\n\n{N:koord.full}\nFrivilligkoordinator\n{P:koord} · {E:koord}"},
        {"head": "{T:kom}\nBørn og Unge\n\n{N:mor.full}\n{A:mor.two}\n\n{L:ldate}",
         "subj": ["Bevilling af besøgsfamilie", "Opfølgning på besøgsordningen"],
         "greet": "Kære {N:mor.f}", "body": "DU",
         "sign": "Med venlig hilsen\n{N:sb.full}, sagsbehandler\nTlf. {P:sb}"},
    ],
    "DUV": [
        "Tak fordi I vil være frivillige bedsteforældre. Vi har fundet et match med {N:barn.f} på {T:barn.age} år og {T:barn.poss} mor.",
        "Første møde bliver hjemme hos jer, og jeg deltager selv.",
        "Husk at udfylde samtykket til børneattest; vi skal bruge jeres CPR-numre.",
        "{N:mor.f} har ønsket, at I kontakter hende på {P:mor} og ikke via mail.",
    ],
    "DU": [
        "Du har fået bevilget en besøgsfamilie efter Barnets lov § 32.",
        "Besøgsfamilien er {N:bf1.full} og {N:bf2.full}, som bor på {A:bf1.line}.",
        "De har {N:barn.f} hver tredje weekend; koordinator {N:koord.f} laver weekendplanen med dig.",
        "Spørgsmål kan rettes til mig på {P:sb}.",
    ],
}

G5_CLEAN = {
    "key": "g5", "label": "Besøgsfamilier og frivillige bedsteforældre",
    "authors_clean": ["Frivilligkoordinator", "Sagsbehandler, Børn og Unge"],
    "titles": ["Matchnotat – besøgsfamilie", "Weekendplan", "Feedback efter weekend",
               "Bedsteforældreordningen – opfølgning", "Evaluering af besøgsordningen"],
    "S": [
        "Barn A ({L:age}) er matchet med en besøgsfamilie med to voksne og en hund.",
        "Besøgsfamilien har barnet hver tredje weekend fra fredag kl. 16 til søndag kl. 17.",
        "Den frivillige bedstemor er pensioneret lærer og har selv fire børnebørn.",
        "Koordinatoren har holdt matchmøde hjemme hos mor {L:date}.",
        "Mor var i starten skeptisk, men siger nu, at weekenderne giver hende luft.",
        "Der er indhentet børneattest på begge voksne i besøgsfamilien.",
        "Besøgsfamilien fortæller, at barnet var glad for at bage boller og gå tur i skoven.",
        "Planen for weekenden: fredag pizza og film, lørdag svømmehal, søndag frokost.",
        "Feedback fra bedstemor: barnet taler meget om sin far.",
        "Mor har givet samtykke til, at koordinatoren deler oplysninger med besøgsfamilien.",
        "Bedsteforældrene henter barnet i SFO'en hver anden tirsdag kl. 15.",
        "Ved opfølgningsmødet sagde barnet, at det bedste var at fodre høns.",
        "Matchet bygger på, at besøgsmor selv er vokset op med en enlig mor.",
        "Ordningen er bevilget efter Barnets lov § 32 og evalueres efter seks måneder.",
        "Skov, strand og en stor have er rammen om weekenderne hos besøgsfamilien.",
        "Sommer og jul planlægges særskilt, da mor ønsker at være sammen med barnet i ferierne.",
        "Glad og træt – sådan beskriver mor barnet, når det kommer hjem søndag aften.",
        "Frivilligforeningen har CVR {L:cvr}; forsikringen dækker kørsel i egen bil.",
        "Kørselsgodtgørelse udbetales efter statens lave takst pr. kilometer.",
        "Koordinatoren kan kontaktes via kommunens hovednummer; akutte henvendelser går til 112.",
        "Besøgsfamilien bor i et rækkehus med have, tæt ved skoven og en sø.",
    ],
    "KV": [
        "Frivillig: bedstemor, pensioneret lærer", "Børneattest: indhentet {L:date}, uden anmærkninger",
        "Matchet med: Barn A ({L:age})", "Barnets forælder: mor", "Besøgsfamilie: to voksne, ingen børn",
        "Frekvens: hver 3. weekend", "Allergier: ingen kendte", "Kørekort: ja", "Sagsnr.: {L:case}",
        "Bevilling: § 32", "Evaluering: {L:date}",
    ],
    "MSG": [
        ("Besøgsmor", "Barnet har det godt. Vi har været i skoven og fundet svampe. Vi kører hjem kl. 16.30."),
        ("Mor", "tak for i weekend. hun har snakket om jeres hund hele aftenen"),
        ("Bedstemor", "Vi kan desværre ikke i uge 42, da vi er hos vores datter i Aalborg."),
        ("Koordinator", "Husk at sende samtykke til børneattest, så forsikringen er på plads."),
        ("Mor", "kan bedstemor hente i SFO i morgen? jeg skal til tandlæge"),
    ],
    "LOG": [
        "Matchmøde hos besøgsfamilien. Til stede: mor, barn og koordinator.",
        "Tlf. fra bedstemor: weekenden gik godt, barnet sov hele natten.",
        "Mail til besøgsfamilien med weekendplan for {L:month}.",
        "Børneattest modtaget; ingen anmærkninger.",
        "Mor ringer: ønsker at ændre afhentningstid til kl. 17.",
        "Opfølgningsbesøg hos bedsteforældrene. Evaluering aftalt {L:date}.",
    ],
    "TABLE": {
        "title": ["Weekendplan – Barn A", "Plan for besøgsweekender, efterår"],
        "head": "Weekend | Aktivitet | Henter/bringer",
        "rows": [
            "Uge 36 | svømmehal og pizza | besøgsfar",
            "Uge 39 | høstmarked og bål | besøgsmor",
            "Uge 42 | aflyst (efterårsferie) | –",
            "Uge 45 | biograf, overnatning | besøgsfar",
            "Hver 2. tirsdag | hentning i SFO | bedstemor",
            "Uge 48 | juleklip hos bedsteforældrene | bedstefar",
        ],
    },
    "LETTERS": [
        {"head": "Frivilligkoordinationen\n{T:kom}\n\nTil: de frivillige bedsteforældre\n\n{L:ldate}",
         "subj": ["Velkommen som frivillige bedsteforældre"], "greet": "Kære frivillige", "body": "DU",
         "sign": "Venlig hilsen\n\nFrivilligkoordinator"},
    ],
    "DU": [
        "Tak fordi I vil være frivillige bedsteforældre. Vi har fundet et match med en pige på {L:age} og hendes mor.",
        "Første møde bliver hjemme hos jer, og koordinatoren deltager.",
        "Husk at udfylde samtykket til børneattest.",
    ],
}

# ====================================================================== G6 handovers
G6 = {
    "key": "g6", "label": "Sagsoverdragelse mellem sagsbehandlere",
    "GENERAL": [
        "Hej {N:til.f}. Her er overdragelsen af mine sager, mens jeg er på ferie fra {L:ferie}.",
        "Ring kun til mig på {P:fra}, hvis der er noget helt akut – ellers træffer {N:leder.full} beslutningerne, mens jeg er væk.",
        "Min leder {N:leder.f} kan nås på {P:leder} eller {E:leder}.",
        "Alle sager er opdateret i fagsystemet; journalnotaterne ligger under dagens dato.",
        "Husk, at der er ledelsestilsyn på to af sagerne i uge {L:weekno}.",
        "Jeg har sat autosvar på {E:fra} med henvisning til dig.",
        "Skolekonsulent {N:skole.full} ({P:skole}) kender alle børnene på listen og kan svare på spørgsmål om fravær.",
        "Tak fordi du tager dem – skriv til mig på {E:fra}, når du har læst listen.",
    ],
    "GENERAL_END": ["Mvh {N:fra.f} / {N:fra.i}", "God sommer!\n{N:fra.full}", "/{N:fra.i}",
                    "Hilsen {N:fra.f}\nSagsbehandler, Børn og Unge\n{P:fra}"],
    "CASE": [
        "{N:c.full} ({T:c.age} år, f. {D:c}). Mor: {N:p.full}, tlf. {P:p}. Den børnefaglige undersøgelse skal være færdig {L:date}; mangler udtalelse fra {N:s.full} ({E:s}).",
        "{N:c.lf}, f. {D:c}. Anbragt hos plejefamilien {N:qf.l}, {A:qf.line}. Plejemor {N:qf.f} ringer ofte om lommepenge; hun har fået at vide, at hun får svar om fredagen.",
        "{N:c.C} – ny underretning fra skolen {L:date}. Skal vurderes inden for 24 timer. Kontakt AKT-lærer {N:s.full} på {P:s}. Far: {N:qm.full}, {P:qm}.",
        "{N:c.full} (f. {D:c}) – samvær med far hver anden weekend. Far, {N:qm.full}, har ny adresse: {A:qm.line}. Adressen er beskyttet over for mor og må ikke videregives.",
        "{N:c.full}, {C:c}: § 32 familiebehandling, opfølgning {L:date}. Forældre: {N:p.full} og {N:qm.full}, begge på {A:p.line}. Mor foretrækker sms på {P:p}.",
        "{N:c.f} ({T:c.age}), bor hos {T:p.rel} {N:p.full}, {A:p.short}. Afventer svar fra BUP; {N:s.full} har lovet svar inden ferien, direkte nr. {P:s}.",
        "{N:c.full}, CPR {C:c}, {A:p.line}. Partshøring sendt til {N:p.f} ({E:p}); frist for svar {L:date}. Hvis {T:p.pron} ringer, så notér bemærkningerne.",
        "{N:c.full}, født {D:c}. Netværksmøde {L:date} kl. {L:time} er booket; {N:p.f} har bedt om, at {T:p.poss} søster {N:qf.full} ({P:qf}) deltager som bisidder.",
    ],
    "KVCASE": "Barn: {N:c.full}\nFødt: {D:c}\nCPR: {C:c}\nForælder: {N:p.full}, {P:p}\nAdresse: {A:p}\nMail: {E:p}\nFrist: {L:date} ({O:BFU|barnets plan|opfølgning|partshøring})\nRing til: {N:s.full}, {P:s}",
    "ROW2": "{N:c.full} | f. {D:c} | {N:p.full}, {P:p} | {O:BFU|Barnets plan|Opfølgning|Underretning|Samvær} {L:dshort} | {O:afventer PPR|netværksmøde booket|ring til skolen først|mor ønsker bisidder|plejefamilie orienteret}",
    "ROW": "{N:c.full} | {C:c} | {N:p.full}, {P:p} | {O:BFU|Barnets plan|Opfølgning|Underretning|Samvær} {L:dshort} | {O:afventer PPR|netværksmøde booket|ring til skolen først|mor ønsker bisidder|plejefamilie orienteret}",
    "ROWHEAD": "Barn | CPR / født | Forælder/kontakt | Frist | Bemærkning",
    "CHAT": [
        ("fra", "{N:til.f}, lige en ting om {N:c.f}: {N:p.f} må ikke få oplyst fars adresse. Det står i journalen."),
        ("til", "Noteret. Skal jeg ringe til {N:s.full} om skolefraværet?"),
        ("fra", "Ja, gerne. Nummeret er {P:s}. {T:s.Pron} er der til kl. 14."),
        ("til", "Hvad med partshøringen til {N:p.full}?"),
        ("fra", "Den er sendt. Hvis hun ringer fra {P:p}, så tag imod bemærkningerne og skriv dem ind."),
        ("leder", "Jeg er på kontoret hele uge 29, {N:til.f}. Ring på {P:leder}, hvis noget brænder."),
        ("til", "Tak {N:fra.f}. God ferie!"),
    ],
    "LOG": [
        "Overtaget sag: {N:c.full} ({C:c}).",
        "Gennemgået sagen om {N:c.full}, f. {D:c}; ingen akutte frister.",
        "Ringet til {N:p.full} på {P:p} – præsenteret mig som ferieafløser.",
        "Mail fra {E:s} om fravær; videresendt til {N:fra.f} til orientering.",
        "Plejemor {N:qf.f} ringer fra {P:qf} om lommepenge; svar fredag.",
        "Netværksmøde aflyst; {N:p.f} syg. Ny dato aftalt.",
        "Sparring med {N:leder.f} om underretningen vedr. {N:c.f}.",
        "Sms fra {N:p.f} ({P:p}): kan ikke komme til mødet på tirsdag.",
        "Brev til {N:qm.full}, {A:qm.line}, om samvær sendt.",
        "{N:s.full} ringer om {N:c.f}; ønsker at tale med {N:fra.f} efter ferien.",
        "Ringet til plejemor {N:qf.full} på {P:qf}; alt roligt.",
    ],
}

G6_CLEAN = {
    "key": "g6", "label": "Sagsoverdragelse mellem sagsbehandlere",
    "GENERAL": [
        "Her er overdragelsen af mine sager, mens jeg er på ferie fra {L:ferie}.",
        "Ved akutte sager træffer lederen beslutningerne, mens jeg er væk.",
        "Alle sager er opdateret i fagsystemet; journalnotaterne ligger under dagens dato.",
        "Husk, at der er ledelsestilsyn på to af sagerne i uge {L:weekno}.",
        "Uden for åbningstid går henvendelser til den sociale døgnvagt; ved akut fare ringes 112.",
        "Skolekonsulenten kender alle børnene på listen og kan svare på spørgsmål om fravær.",
        "Sagslisten følger rækkefølgen i fagsystemet; sagsnumrene står i parentes.",
    ],
    "GENERAL_END": ["Mvh sagsbehandleren", "God sommer!", "/afgivende sagsbehandler",
                    "Hilsen\nSagsbehandler, Børn og Unge"],
    "CASE": [
        "Sag 1: Pige ({L:age}), sagsnr. {L:case}. Den børnefaglige undersøgelse efter § 20 skal være færdig {L:date}; mangler udtalelse fra PPR.",
        "Sag 2: Dreng ({L:age}), anbragt i plejefamilie efter § 46. Plejemor ringer ofte om lommepenge; svar om fredagen.",
        "Sag 3: Ny underretning fra skolen {L:date}. Skal vurderes inden for 24 timer efter § 136.",
        "Sag 4: Dreng ({L:age}) – samvær med far hver anden weekend. Fars adresse er beskyttet og må ikke videregives.",
        "Sag 5: § 32 familiebehandling, opfølgning {L:date}. Mor foretrækker sms.",
        "Sag 6: Pige ({L:age}), afventer svar fra BUP; diagnose {L:icd} er under udredning.",
        "Sag 7: Partshøring sendt {L:date}; frist for svar {L:date}. Notér bemærkninger, hvis forælderen ringer.",
        "Sag 8: Netværksmøde {L:date} kl. {L:time} er booket i {L:room}; mor har bedt om en bisidder.",
    ],
    "KVCASE": "Barn: {O:pige|dreng}, {L:age}\nSagsnr.: {L:case}\nIndsats: {L:par}\nFrist: {L:date} ({O:BFU|barnets plan|opfølgning|partshøring})\nRing til: {O:skolen|PPR|plejefamilien|BUP}",
    "ROW": "{O:Pige|Dreng} ({L:age}) | {L:case} | {O:mor|far|plejemor|begge forældre} | {O:BFU|Barnets plan|Opfølgning|Underretning|Samvær} {L:dshort} | {O:afventer PPR|netværksmøde booket|ring til skolen først|mor ønsker bisidder|plejefamilie orienteret}",
    "ROWHEAD": "Barn | Sagsnr. | Forælder | Frist | Bemærkning",
    "CHAT": [
        ("Afgivende sagsbehandler", "En ting om sag 4: mor må ikke få oplyst fars adresse. Det står i journalen."),
        ("Ferieafløser", "Noteret. Skal jeg ringe til skolen om fraværet?"),
        ("Afgivende sagsbehandler", "Ja, gerne. Skolekonsulenten er der til kl. 14."),
        ("Ferieafløser", "Hvad med partshøringen i sag 7?"),
        ("Afgivende sagsbehandler", "Den er sendt. Hvis forælderen ringer, så notér bemærkningerne."),
        ("Leder", "Jeg er på kontoret hele uge 29. Skriv, hvis noget brænder."),
    ],
    "LOG": [
        "Overtaget sag {L:case}.",
        "Ringet til mor – præsenteret mig som ferieafløser.",
        "Mail fra skolen om fravær; videresendt til orientering.",
        "Plejemor ringer om lommepenge; svar fredag.",
        "Netværksmøde aflyst; ny dato {L:date}.",
        "Sparring med lederen om underretningen i sag 3.",
        "Sag {L:case}: frist for børnefaglig undersøgelse noteret til {L:date}.",
        "Sag {L:case}: plejefamilien orienteret om ferieafløsningen.",
        "Sag {L:case}: partshøring modtaget retur; bemærkninger journaliseret.",
        "Sag {L:case}: skolen ringer om fravær i {L:grade}; aftalt opfølgning {L:dshort}.",
        "Sag {L:case}: underretning vurderet inden for 24 timer; ingen akut fare.",
        "Sag {L:case}: netværksmøde flyttet til {L:weekday} kl. {L:time}.",
        "Sag {L:case}: ledelsestilsyn gennemført, ingen bemærkninger.",
        "Sag {L:case}: bevilling efter {L:par} forlænget til {L:date}.",
    ],
}


# ====================================================================== 4 build

CORPUS = "blind29"
OUT = os.path.dirname(os.path.abspath(__file__))
BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}
PLANT_KINDS = ("name", "phone", "email", "address", "dob", "cpr")

# ====================================================================== look-alikes


def rdate(a, b):
    return dt.date.fromordinal(R.randint(a.toordinal(), b.toordinal()))


SEQ = [dt.date(2025, 1, 1), None]


def reset_seq():
    SEQ[0] = rdate(dt.date(2025, 1, 6), dt.date(2025, 10, 20))
    st = pick(["dm.", "d/m", "dmy"])
    SEQ[1] = {"dm.": lambda d: f"{d.day:02d}.{d.month:02d}.", "d/m": lambda d: f"{d.day}/{d.month}",
              "dmy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}"}[st]


ROOMS = ["mødelokale 3", "lokale 2.14", "lokale 1.08", "mødelokale C", "lokale 0.12", "stue 4",
         "mødelokale 2.07", "lokale 114"]


def look(ref):
    if ref == "date":
        d = rdate(dt.date(2025, 1, 6), dt.date(2026, 6, 26))
        st = pick(["dmy", "long", "longny", "slash", "dm."])
        s = {"dmy": f"{d.day:02d}.{d.month:02d}.{d.year}", "long": f"{d.day}. {MONTHS[d.month - 1]} {d.year}",
             "longny": f"{d.day}. {MONTHS[d.month - 1]}", "slash": f"{d.day}/{d.month}",
             "dm.": f"{d.day}.{d.month}"}[st]
        return s, False
    if ref == "ferie":
        a = rdate(dt.date(2025, 6, 23), dt.date(2025, 7, 21))
        b = a + dt.timedelta(days=pick([13, 14, 18, 20, 21]))
        if a.month == b.month:
            return f"{a.day}. til {b.day}. {MONTHS[b.month - 1]}", False
        return f"{a.day}. {MONTHS[a.month - 1]} til {b.day}. {MONTHS[b.month - 1]}", False
    if ref == "sdate":
        SEQ[0] = SEQ[0] + dt.timedelta(days=R.randint(4, 16))
        d = SEQ[0]
        return pick([f"{d.day:02d}.{d.month:02d}.", f"{d.day}/{d.month}", f"{d.day:02d}.{d.month:02d}.{d.year}"]) if SEQ[1] is None else SEQ[1](d), False
    if ref == "ldate":
        d = rdate(dt.date(2025, 1, 6), dt.date(2025, 12, 19))
        return pick([f"{d.day}. {MONTHS[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                     f"{d.day}.{d.month}.{d.year}"]), False
    if ref == "smallage":
        return f"{R.randint(1, 5)} år", False
    if ref == "dshort":
        d = rdate(dt.date(2025, 6, 1), dt.date(2026, 3, 31))
        return pick([f"{d.day}/{d.month}", f"{d.day:02d}.{d.month:02d}"]), False
    if ref == "month":
        return pick(MONTHS), False
    if ref == "weekday":
        d = rdate(dt.date(2025, 9, 1), dt.date(2026, 5, 29))
        return f"{WEEKDAYS[d.weekday() % 5]} d. {d.day}. {MONTHS[d.month - 1]}", False
    if ref == "time":
        return pick(["9.00", "9.30", "10.00", "10.30", "13.00", "13.30", "14.15", "15.00", "8.15"]), False
    if ref == "room":
        return pick(ROOMS), False
    if ref == "journal":
        return (f"{R.randint(10, 99)}.{R.randint(10, 99)}.{R.randint(10, 99)}-"
                f"{pick('ABGKP')}{R.randint(0, 9)}{R.randint(0, 9)}-{R.randint(1, 30)}-{R.randint(24, 26)}"), False
    if ref == "case":
        return f"{pick(['2024', '2025'])}-{R.randint(10000, 99999)}", False
    if ref == "gram":
        return f"{R.randint(2, 4)}.{R.randint(10, 99)}0 g", False
    if ref == "amount":
        if chance(0.2):
            return f"{R.randint(1, 9)}.{R.randint(100, 999)},{pick(['50', '25', '75'])} kr.", False
        return f"{R.randint(1, 9)}.{R.randint(0, 99) * 10:03d} kr.", False
    if ref == "fare":
        return f"{R.randint(9, 48) * 10} kr.", False
    if ref == "sqm":
        return f"{R.randint(38, 72)} m²", False
    if ref == "grade":
        return pick(["0. klasse", "1. klasse", "2. klasse", "3.b", "4. klasse", "5.a", "6. klasse", "7.c"]), False
    if ref == "ward":
        return pick(["afsnit B3", "Afsnit U2", "børneafsnit 4", "ungeafsnit 2", "afsnit 5.1"]), False
    if ref == "icd":
        return pick(["F50.0", "F50.1", "F50.2", "F50.9", "F32.1", "F41.1", "F43.1", "R63.0", "X78"]), False
    if ref == "med":
        return pick(["Sertralin 50 mg", "Melatonin 3 mg", "Quetiapin 25 mg", "Olanzapin 2,5 mg",
                     "Fluoxetin 20 mg", "Panodil 500 mg efter behov", "Calcium + D-vitamin"]), False
    if ref == "bmi":
        return f"{R.randint(13, 17)},{R.randint(0, 9)}", False
    if ref == "kg":
        return f"{R.randint(34, 52)},{R.randint(0, 9)} kg", False
    if ref == "mclass":
        return pick(["M1", "M2", "M3", "modtagehold 2"]), False
    if ref == "booking":
        return f"T-{R.randint(100000, 999999)}", False
    if ref == "ean":
        return "5798" + rand_digits(9), False
    if ref == "cvr":
        return str(R.randint(1, 4)) + rand_digits(7), True
    if ref == "par":
        return pick(["§ 32", "§ 46", "§ 47", "§ 20", "§ 19", "§ 30", "§ 91"]), False
    if ref == "age":
        return f"{R.randint(6, 16)} år", False
    if ref == "yage":
        return f"{R.randint(17, 21)} år", False
    if ref == "babyage":
        return pick(["3 uger", "6 uger", "2 måneder", "4 måneder"]), False
    if ref == "week":
        return str(R.randint(20, 38)), False
    if ref == "weekno":
        return str(R.randint(2, 51)), False
    raise ValueError(ref)


# ====================================================================== casts

def prof(title, domain, y0=1962, y1=1996, gender=None):
    p = Person(pick_origin(exclude=("word",)) if chance(0.35) else "dk", gender or pick("fm"), y0, y1, prof=True)
    p.title = title
    p.email = make_email(p, domain)
    return p


def private(p):
    p.email = make_email(p)
    return p


def base_t():
    kom, dom = pick(PL.KOMMUNER)
    return kom, dom


def cast_g1():
    reset_used()
    kom, dom = base_t()
    o = pick_origin()
    mor = private(Person(o, "f", 2004, 2008))
    far = private(Person(o if chance(0.6) else pick_origin(), "m", 2001, 2007))
    barn = Person(o, pick("fm"), 2024, 2025, surname=pick([mor.surbase, far.surbase]))
    barn.dob = rdate(dt.date(2024, 3, 1), dt.date(2025, 9, 10))
    barn.cpr = make_cpr(barn.dob, barn.gender)
    mormor = private(Person(o, "f", 1968, 1986, surname=mor.surbase if chance(0.6) else None))
    ven = private(Person(pick_origin(), "f", 2003, 2008))
    mor.addr = Addr(); barn.addr = mor.addr; far.addr = Addr(); mormor.addr = Addr(); ven.addr = Addr()
    reg = pick(PL.REGION_DOMAINS)
    P = dict(mor=mor, far=far, barn=barn, mormor=mormor, ven=ven,
             jm=prof("jordemoder", reg, gender="f"), sp=prof("sundhedsplejerske", dom, gender="f"),
             sb=prof("sagsbehandler", dom), mh=prof("rådgiver, Mødrehjælpen", "moedrehjaelpen.dk"),
             lg=prof("læge", reg))
    t = dict(kom=kom, town=mor.addr.town, hosp=pick(PL.HOSPITALS), uge=str(R.randint(20, 36)),
             uge2=str(R.randint(37, 40)))
    return P, t


def cast_g2():
    reset_used()
    kom, dom = base_t()
    o = pick_origin()
    ig = "m" if chance(0.8) else "f"
    indsat = private(Person(o, ig, 1978, 1998))
    anden = private(Person(o if chance(0.6) else pick_origin(), "f" if ig == "m" else "m", 1980, 2000))
    sur = indsat.surbase if chance(0.6) else anden.surbase
    barn = Person(o, pick("fm"), 2010, 2019, surname=sur)
    barn2 = Person(o, pick("fm"), 2017, 2022, surname=sur)
    farmor = private(Person(o, "f", 1950, 1972, surname=indsat.surbase))
    farmor.grand = "farmor" if ig == "m" else "mormor"
    indsat.addr = Addr(); anden.addr = Addr(); barn.addr = anden.addr; barn2.addr = anden.addr
    farmor.addr = Addr()
    P = dict(indsat=indsat, anden=anden, barn=barn, barn2=barn2, farmor=farmor,
             fsr=prof("socialrådgiver", "kriminalforsorgen.dk"), sb=prof("sagsbehandler", dom),
             kontakt=prof("besøgskoordinator", "kriminalforsorgen.dk"), laerer=prof("klasselærer", dom))
    t = dict(kom=kom, town=anden.addr.town, prison=pick(PL.PRISONS),
             relmonth=pick(MONTHS) + " 2026")
    return P, t


def cast_g3():
    reset_used()
    kom, dom = base_t()
    o = pick_origin()
    mor = private(Person(o, "f", 1972, 1990))
    far = private(Person(o if chance(0.7) else pick_origin(), "m", 1970, 1989))
    sur = pick([mor.surbase, far.surbase])
    ung = Person(o, "f" if chance(0.8) else "m", 2008, 2013, surname=sur)
    bror = Person(o, "m", 2012, 2019, surname=sur)
    mormor = private(Person(o, "f", 1945, 1966, surname=mor.surbase if chance(0.5) else None))
    ven = Person(pick_origin(), "f", 2008, 2013)
    mor.addr = Addr(); ung.addr = mor.addr; far.addr = Addr(); mormor.addr = Addr()
    reg = pick(PL.REGION_DOMAINS)
    P = dict(ung=ung, mor=mor, far=far, bror=bror, mormor=mormor, ven=ven,
             spl=prof("kontaktsygeplejerske", reg), bupl=prof("overlæge", reg),
             diet=prof("diætist", reg), laerer=prof("klasselærer", dom), sb=prof("sagsbehandler", dom),
             psyk=prof("psykolog", reg))
    t = dict(kom=kom, town=mor.addr.town, bup=pick(PL.BUP), hosp=pick(PL.HOSPITALS))
    return P, t


LANG = {"so": ("somali", "Somalia"), "ar": ("arabisk", "Syrien"), "ku": ("sorani", "Irak"),
        "af": ("dari", "Afghanistan"), "ua": ("ukrainsk", "Ukraine"), "er": ("tigrinya", "Eritrea"),
        "pl": ("polsk", "Polen"), "ro": ("rumænsk", "Rumænien"), "tr": ("tyrkisk", "Tyrkiet"),
        "vn": ("vietnamesisk", "Vietnam"), "th": ("thai", "Thailand"), "ph": ("tagalog", "Filippinerne")}
LANG_KEYS = ["ua", "ar", "so", "er", "af", "ku", "pl", "ro", "tr", "vn", "th", "ph", "ua", "ar"]


def cast_g4():
    reset_used()
    kom, dom = base_t()
    o = pick(LANG_KEYS)
    far = private(Person(o, "m", 1975, 1996))
    mor = private(Person(o, "f", 1978, 1998, surname=far.surbase if chance(0.5) else None))
    barn = Person(o, pick("fm"), 2011, 2018, surname=far.surbase)
    barn2 = Person(o, pick("fm"), 2021, 2024, surname=far.surbase)
    kontakt = private(Person(o, "m", 1970, 1992, surname=far.surbase))
    slaegt = Person(o, "f", 1970, 1995)
    tolk = Person(o, pick("fm"), 1965, 1995); tolk.email = make_email(tolk)
    tolk2 = Person(o, pick("fm"), 1965, 1995); tolk2.email = make_email(tolk2)
    far.addr = Addr(); mor.addr = far.addr; barn.addr = far.addr; kontakt.addr = Addr()
    if o not in ADDR_CC:
        slaegt.faddr = Addr(foreign=foreign_addr(pick(["se", "de"])))
    P = dict(far=far, mor=mor, barn=barn, barn2=barn2, kontakt=kontakt, slaegt=slaegt, tolk=tolk,
             tolk2=tolk2, mlaerer=prof("lærer, modtageklassen", dom), sprog=prof("sproglærer", "sprogcenter-" + dom),
             isb=prof("integrationssagsbehandler", dom), sb=prof("sagsbehandler", dom))
    lang, country = LANG[o]
    t = dict(kom=kom, town=far.addr.town, lang=lang, country=country,
             arrmonth=pick([pick(MONTHS) + " " + pick(["2023", "2024"]), pick(MONTHS[:8]) + " 2025"]))
    return P, t


def cast_g5():
    reset_used()
    kom, dom = base_t()
    o = pick_origin()
    mor = private(Person(o, "f", 1982, 2000))
    barn = Person(o, pick("fm"), 2013, 2020, surname=mor.surbase if chance(0.6) else None)
    bror = Person(o, "m", 2016, 2023, surname=barn.surbase)
    ob = pick_origin()
    bf1 = private(Person(ob, "m", 1975, 1992))
    bf2 = private(Person(ob if chance(0.6) else pick_origin(), "f", 1975, 1992,
                         surname=bf1.surbase if chance(0.5) else None))
    og = pick_origin()
    bed1 = private(Person(og, "f", 1946, 1962))
    bed2 = private(Person(og, "m", 1944, 1962, surname=bed1.surbase if chance(0.7) else None))
    mor.addr = Addr(); barn.addr = mor.addr; bf1.addr = Addr(); bf2.addr = bf1.addr
    bed1.addr = Addr(); bed2.addr = Addr() if chance(0.5) else bed1.addr
    P = dict(mor=mor, barn=barn, bror=bror, bf1=bf1, bf2=bf2, bed1=bed1, bed2=bed2,
             koord=prof("frivilligkoordinator", pick([dom, "rodekors.dk", "aeldresagen.dk"])),
             sb=prof("sagsbehandler", dom))
    t = dict(kom=kom, town=mor.addr.town)
    return P, t


def cast_g6(ncases):
    reset_used()
    kom, dom = base_t()
    P = dict(fra=prof("sagsbehandler", dom), til=prof("sagsbehandler", dom), leder=prof("teamleder", dom),
             skole=prof("skolekonsulent", dom))
    cases = []
    for _ in range(ncases):
        o = pick_origin()
        p = private(Person(o, "f", 1975, 2001))
        qm = private(Person(o if chance(0.6) else pick_origin(), "m", 1970, 1999))
        c = Person(o, pick("fm"), 2008, 2023, surname=pick([p.surbase, qm.surbase]))
        qf = private(Person(pick_origin(), "f", 1960, 1990))
        s = prof(pick(["AKT-lærer", "overlæge", "PPR-psykolog", "skolesocialrådgiver"]),
                 pick([dom, pick(PL.REGION_DOMAINS)]))
        p.addr = Addr(); c.addr = p.addr; qm.addr = Addr(); qf.addr = Addr()
        cases.append(dict(c=c, p=p, qm=qm, qf=qf, s=s))
    t = dict(kom=kom)
    return P, t, cases


CASTS = {"g1": cast_g1, "g2": cast_g2, "g3": cast_g3, "g4": cast_g4, "g5": cast_g5}


def clean_t():
    kom, _ = base_t()
    lang, country = LANG[pick(LANG_KEYS)]
    return dict(kom=kom, prison=pick(PL.PRISONS), bup=pick(PL.BUP), lang=lang, country=country,
                hosp=pick(PL.HOSPITALS))


# ====================================================================== selection helpers
REF_RX = re.compile(r"\{([NPEADCT]):([a-z0-9]+)(?:\.[A-Za-z]+)?\}")


def usable(tpl, ctx):
    for m in REF_RX.finditer(tpl):
        k, role = m.group(1), m.group(2)
        if k == "T" and role in ctx.t:
            continue
        if role not in ctx.p:
            return False
    return True


def select(pools, ctx, base, band, prefix=None, tags=None, keep_order=False):
    """pools: list of template lists used in sequence. Returns list of Frags or None."""
    lo, hi = BANDS[band]
    target = R.randint(lo + 2, lo + int(0.72 * (hi - lo)))
    out = []
    idx = []
    tot = base
    for pi, pool in enumerate(pools):
        order = [t for t in pool if (not isinstance(t, str) or usable(t, ctx))]
        R.shuffle(order)
        if keep_order:
            order = order[:]
        for t in order:
            if tot >= target:
                break
            f = prefix(t, len(out)) if prefix else render(t, ctx)
            w = wc(f.text)
            if tot + w > hi - 1:
                continue
            out.append(f)
            idx.append((pi, pool.index(t)))
            if tags is not None:
                tags.append(pi)
            tot += w
    if tot < lo:
        return None
    if keep_order:
        out = [f for _, f in sorted(zip(idx, out), key=lambda x: x[0])]
    return out


def paragraphs(frags):
    paras = []
    i = 0
    while i < len(frags):
        n = R.randint(2, 4)
        paras.append(join(frags[i:i + n], " "))
        i += n
    return join(paras, "\n\n")


def title_frag(G, ctx):
    ts = [t for t in G["titles"] if usable(t, ctx)]
    return render(pick(ts), ctx)


def signature(G, ctx, clean):
    if clean:
        a = pick(G["authors_clean"])
        return Frag(pick([f"/{a.lower()}", a, f"Skrevet af: {a.lower()}", ""]))
    role = pick(G["authors"])
    return render(pick(["/{N:%s.i}", "{N:%s.full}\n{T:%s.title}", "Skrevet af {N:%s.full} ({N:%s.i})",
                        "{N:%s.f}, {T:%s.title}, direkte tlf. {P:%s}", "/{N:%s.id}", ""]).replace("%s", role), ctx)


def finish(parts):
    parts = [p for p in parts if p.text]
    return join(parts, "\n\n")


# ====================================================================== frames (genres 1-5)

def f_prose(G, ctx, band, clean):
    head = title_frag(G, ctx)
    sig = signature(G, ctx, clean)
    body = select([G["S"]], ctx, wc(head.text) + wc(sig.text), band)
    if body is None:
        return None
    return finish([head, paragraphs(body), sig])


KV_SEPS = [": ", ":\t", ": ", " – ", ":  "]


def f_kv(G, ctx, band, clean):
    head = title_frag(G, ctx)
    sep = pick(KV_SEPS)
    kvs = [t.replace(": ", sep, 1) for t in G["KV"]]
    base = wc(head.text) + 1
    tags = []
    body = select([kvs], ctx, base, band, tags=tags)
    if body is None:
        tags = []
        body = select([kvs, G["S"]], ctx, base, band, tags=tags)
        if body is None:
            return None
    kvpart = [f for f, tg in zip(body, tags) if tg == 0]
    rest = [f for f, tg in zip(body, tags) if tg == 1]
    fr = [head, join(kvpart, "\n")]
    if rest:
        fr.append(Frag(pick(["Bemærkninger:", "Supplerende:", "Note:"]) + "\n") + join(rest, " "))
    return finish(fr)


BULLETS = ["- ", "• ", "* ", "– "]


def f_list(G, ctx, band, clean):
    head = title_frag(G, ctx)
    b = pick(BULLETS + ["num"])
    intro = Frag(pick(["Aftaler og observationer:", "Punkter til mødet:", "Kort status:",
                       "Opmærksomhedspunkter:", "Til opfølgning:"]))
    pools = [G["S"], G.get("LOG", [])]
    body = select(pools, ctx, wc(head.text) + wc(intro.text), band)
    if body is None:
        return None
    items = [(Frag(f"{i + 1}. ") if b == "num" else Frag(b)) + x for i, x in enumerate(body)]
    return finish([head, intro + "\n" + join(items, "\n")])


def ts_list(n, start=None, small=False):
    d = start or dt.datetime(2025, R.randint(1, 9), R.randint(1, 27), R.randint(7, 20), R.randint(0, 59))
    out = []
    for _ in range(n):
        if d.hour < 7:
            d = d.replace(hour=R.randint(7, 9))
        if d.hour > 22:
            d = (d + dt.timedelta(days=1)).replace(hour=R.randint(7, 9))
        out.append(d)
        d = d + dt.timedelta(minutes=R.randint(2, 45) if small else R.randint(3, 600))
    return out


ROLE_LABEL = {"mor": "Mor", "far": "Far", "sb": "Sagsbehandler", "sp": "Sundhedsplejerske",
              "mormor": "Mormor", "fsr": "Fængslets socialrådgiver", "indsat": "Indsat forælder",
              "anden": "Forælder (hjemme)", "farmor": "Farmor", "barn": "Barn", "spl": "Kontaktsygeplejerske",
              "ung": "Den unge", "laerer": "Kontaktlærer", "ven": "Veninde", "kontakt": "Farbror",
              "mlaerer": "Lærer, modtageklasse", "tolk": "Tolk", "isb": "Jobcentret", "bf1": "Besøgsfar",
              "bf2": "Besøgsmor", "bed1": "Bedstemor (frivillig)", "bed2": "Bedstefar (frivillig)",
              "koord": "Koordinator"}


def msg_prefix_fn(style, stamps, ctx, clean, roles=False):
    def pre(item, i):
        who, tpl = item
        d = stamps[i]
        if clean:
            name = Frag(who)
        elif roles:
            name = Frag(ROLE_LABEL.get(who, who.capitalize()))
        else:
            p = ctx.p[who]
            form = "full" if p.prof else pick(["f", "f", "full", "n"])
            name = render("{N:%s.%s}" % (who, form), ctx)
        body = render(tpl, ctx)
        if style == "A":
            return Frag(f"[{d.day:02d}.{d.month:02d}.{d.year} {d.hour:02d}.{d.minute:02d}] ") + name + ": " + body
        if style == "B":
            return name + Frag(f" ({d.hour:02d}:{d.minute:02d}): ") + body
        if style == "C":
            return Frag("Sms fra ") + name + Frag(f", {d.day}/{d.month} kl. {d.hour:02d}.{d.minute:02d}:\n") + body
        return name + Frag(f" · {d.hour:02d}.{d.minute:02d}\n") + body
    return pre


def f_msg(G, ctx, band, clean):
    head = Frag(pick(["Kopieret fra sms-tråd:", "Indsat fra beskedtråd i Aula:", "Udskrift af beskeder",
                      "Beskeder indsat i journalen", "Sms-korrespondance (kopi)"]))
    items = [it for it in G["MSG"] if clean or (it[0] in ctx.p and usable(it[1], ctx))]
    style = pick("ABCD")
    stamps = ts_list(len(items) + 1, dt.datetime(2025, R.randint(1, 9), R.randint(1, 27), R.randint(7, 12), R.randint(0, 59)),
                     small=style in "BD")
    roles = chance(0.45)
    tags = []
    body = select([items], ctx, wc(head.text), band, prefix=msg_prefix_fn(style, stamps, ctx, clean, roles), tags=tags)
    if body is None:
        tags = []
        body = select([items, G["S"]], ctx, wc(head.text) + 2, band,
                      prefix=lambda t, i: msg_prefix_fn(style, stamps, ctx, clean, roles)(t, i) if isinstance(t, tuple) else render(t, ctx),
                      tags=tags)
        if body is None:
            return None
    msgs = [f for f, tg in zip(body, tags) if tg == 0]
    note = [f for f, tg in zip(body, tags) if tg == 1]
    sep = "\n\n" if style in "CD" else "\n"
    parts = [head, join(msgs, sep)]
    if note:
        parts.append(Frag(pick(["Sagsbehandlers notat:", "Vurdering:", "Kommentar fra rådgiver:"]) + "\n") + paragraphs(note))
    return finish(parts)


def f_log(G, ctx, band, clean):
    d0 = dt.date(2025, R.randint(1, 9), R.randint(1, 27))
    head = Frag(pick([f"Telefon- og journallog, uge {d0.isocalendar()[1]}",
                      f"Log {d0.day:02d}.{d0.month:02d}.{d0.year}", "Journalnotater (kronologisk)",
                      "Kontaktlog"]))
    times = sorted(R.sample(range(7 * 60, 18 * 60, 5), 40))
    style = pick(["dot", "colon", "bar", "dated"])
    counter = {"i": 0}

    def pre(t, i):
        m = times[i]
        hh, mm = divmod(m, 60)
        f = render(t, ctx)
        if style == "dot":
            return Frag(f"kl. {hh:02d}.{mm:02d} – ") + f
        if style == "colon":
            return Frag(f"{hh:02d}:{mm:02d}  ") + f
        if style == "bar":
            return Frag(f"{hh:02d}.{mm:02d} | ") + f
        dd = d0 + dt.timedelta(days=i // 2)
        return Frag(f"{dd.day:02d}.{dd.month:02d}. {hh:02d}.{mm:02d}: ") + f
    body = select([G["LOG"], G["S"]], ctx, wc(head.text), band, prefix=pre)
    if body is None:
        return None
    sig = signature(G, ctx, clean)
    return finish([head, join(body, "\n"), sig])


def f_table(G, ctx, band, clean):
    T = G["TABLE"]
    head = render(pick([t for t in T["title"] if usable(t, ctx)]), ctx)
    md = chance(0.5)
    hdr = T["head"]
    if md:
        hdr_txt = "| " + hdr + " |\n|" + "|".join("---" for _ in hdr.split(" | ")) + "|"
    else:
        hdr_txt = hdr
    rows_tpl = [r for r in T["rows"] if usable(r, ctx)]
    body = select([rows_tpl], ctx, wc(head.text) + wc(hdr_txt), band, keep_order=True)
    extra = []
    if body is None or sum(wc(f.text) for f in body) + wc(head.text) + wc(hdr_txt) < BANDS[band][0]:
        body2 = select([rows_tpl, G["S"]], ctx, wc(head.text) + wc(hdr_txt) + 1, band, keep_order=True)
        if body2 is None:
            return None
        body = [f for f in body2 if " | " in f.text]
        extra = [f for f in body2 if " | " not in f.text]
    rows = [(Frag("| ") + f + " |") if md else f for f in body]
    parts = [head, Frag(hdr_txt) + "\n" + join(rows, "\n")]
    if extra:
        parts.append(Frag(pick(["Bemærkninger: ", "Note: ", "Kommentar: "])) + join(extra, " "))
    return finish(parts)


def f_letter(G, ctx, band, clean):
    specs = [s for s in G["LETTERS"] if usable(s["head"] + s["greet"] + s["sign"], ctx)]
    sp = pick(specs)
    head = render(sp["head"], ctx)
    subj = render(pick([s for s in sp["subj"] if usable(s, ctx)]), ctx)
    subj = Frag(pick(["Vedr.: ", "Emne: ", ""])) + subj
    greet = render(sp["greet"], ctx) + ","
    sign = render(sp["sign"], ctx)
    key = sp["body"]
    if key == "DU":
        pool = G.get("DU", []) + (GEN_DU_CLEAN if clean else GEN_DU)
        pools = [pool]
    elif key == "S":
        pools = [G["S"]]
    else:
        pools = [G[key]]
    base = wc(head.text) + wc(subj.text) + wc(greet.text) + wc(sign.text)
    body = select(pools, ctx, base, band)
    if body is None:
        body = select(pools + [G["S"]], ctx, base, band)
        if body is None:
            return None
    return finish([head, subj, greet, paragraphs(body), sign])


FRAMES = {"prose": f_prose, "kv": f_kv, "list": f_list, "msg": f_msg, "log": f_log,
          "table": f_table, "letter": f_letter}
FORMATS = ["prose", "kv", "letter", "msg", "table", "log", "list"]

# ====================================================================== genre 6 frames


def g6_render_case(tpl, case, ctx):
    p = dict(ctx.p)
    p.update(case)
    return render(tpl, Ctx(p, ctx.t, look))


def g6_text(fmt, band, clean):
    G = G6_CLEAN if clean else G6
    ncases = {"short": 2, "medium": 4, "long": 7}[band]
    if clean:
        P, t = {}, clean_t()
        cases = [dict() for _ in range(ncases)]
    else:
        P, t, cases = cast_g6(ncases)
    ctx = Ctx(P, t, look)
    ctx0 = Ctx(dict(P, **(cases[0] if cases else {})), t, look)
    gen = [g for g in G["GENERAL"] if usable(g, ctx)]
    end = render(pick(G["GENERAL_END"]), ctx)
    if fmt in ("mail", "list", "kv", "table"):
        if clean:
            hdr = Frag(pick(["Fra: afgivende sagsbehandler\nTil: ferieafløser\nEmne: Overdragelse af sager",
                             "Sagsoverdragelse – ferie", "Overdragelse af sager (ferie-dækning)"]))
        else:
            hdr = render(pick(["Fra: {N:fra.full} <{E:fra}>\nTil: {N:til.full} <{E:til}>\nEmne: Overdragelse af sager",
                               "Sagsoverdragelse – ferie-dækning\nFra {N:fra.full} til {N:til.full}",
                               "Til: {N:til.lo}\nCc: {N:leder.full}\nEmne: sagsliste til ferien"]), ctx)
        lo, hi = BANDS[band]
        target = R.randint(lo + 2, lo + int(0.72 * (hi - lo)))
        tot = wc(hdr.text) + wc(end.text)
        intro = render(gen[0], ctx) if not clean or chance(0.7) else Frag("")
        tot += wc(intro.text)
        blocks = []
        if fmt == "table":
            rowhead = Frag(G["ROWHEAD"])
            tot += wc(rowhead.text)
        tpls = list(G["CASE"])
        R.shuffle(tpls)
        for i, case in enumerate(cases):
            if tot >= target:
                break
            if fmt == "kv":
                tpl = G["KVCASE"]
            elif fmt == "table":
                tpl = G["ROW2"] if ("ROW2" in G and chance(0.5)) else G["ROW"]
            else:
                tpl = tpls[i % len(tpls)]
            f = g6_render_case(tpl, case, ctx)
            if tot + wc(f.text) > hi - 1:
                continue
            blocks.append(f)
            tot += wc(f.text)
        rest = gen[1:]
        R.shuffle(rest)
        tail = []
        for g in rest:
            if tot >= target:
                break
            f = render(g, ctx0) if usable(g, ctx0) else None
            if f is None or tot + wc(f.text) > hi - 1:
                continue
            tail.append(f)
            tot += wc(f.text)
        if tot < lo or not blocks:
            return None
        if fmt == "table":
            body = rowhead + "\n" + join(blocks, "\n")
        elif fmt == "kv":
            body = join(blocks, "\n\n")
        elif fmt == "list":
            body = join([Frag(f"{i + 1}. ") + b for i, b in enumerate(blocks)], "\n")
        else:
            body = join([Frag("- ") + b for b in blocks], "\n")
        return finish([hdr, intro, body, join(tail, " ") if tail else Frag(""), end])
    if fmt == "chat":
        head = Frag(pick(["Teams-chat, kopieret ind i notat:", "Chat om overdragelse (kopi)"]))
        items = G["CHAT"]
        stamps = ts_list(len(items) + 1, dt.datetime(2025, 6, R.randint(10, 27), R.randint(8, 13), R.randint(0, 59)), small=True)

        def pre(item, i):
            who, tpl = item
            d = stamps[i]
            name = Frag(who) if clean else render("{N:%s.%s}" % (who, pick(["full", "f", "fl"])), ctx0)
            return Frag(f"[{d.hour:02d}.{d.minute:02d}] ") + name + ": " + render(tpl, ctx0)
        lo, hi = BANDS[band]
        out = []
        tot = wc(head.text)
        for i, it in enumerate(items):  # chat keeps its order
            f = pre(it, i)
            if tot + wc(f.text) > hi - 1:
                break
            out.append(f)
            tot += wc(f.text)
        # pad with case lines as a pasted list
        extra = []
        for i, case in enumerate(cases[1:]):
            if tot >= lo + 10:
                break
            f = g6_render_case(pick(G["CASE"]), case, ctx)
            if tot + wc(f.text) > hi - 1:
                continue
            extra.append(f)
            tot += wc(f.text)
        if tot < lo:
            return None
        parts = [head, join(out, "\n")]
        if extra:
            parts.append(Frag("Indsat sagsliste:\n") + join([Frag("- ") + e for e in extra], "\n"))
        return finish(parts)
    if fmt == "log":
        head = Frag(pick(["Ferieafløsning – log", "Log over overtagne sager", "Kontaktlog, ferie-dækning"]))
        lo, hi = BANDS[band]
        target = R.randint(lo + 2, hi - 8)
        tot = wc(head.text) + wc(end.text)
        out = []
        times = sorted(R.sample(range(8 * 60, 16 * 60, 5), 40))
        tl = list(G["LOG"])
        R.shuffle(tl)
        for k in range(len(times)):
            if tot >= target:
                break
            case = cases[k % len(cases)]
            tpl = tl[k % len(tl)]
            hh, mm = divmod(times[k], 60)
            f = Frag(f"{hh:02d}.{mm:02d}  ") + g6_render_case(tpl, case, ctx)
            if tot + wc(f.text) > hi - 1:
                continue
            out.append(f)
            tot += wc(f.text)
        if tot < lo:
            return None
        return finish([head, join(out, "\n"), end])
    raise ValueError(fmt)


G6_FORMATS = ["mail", "table", "kv", "chat", "list", "log"]

# ====================================================================== institutions
INST = {
    "school": ["Friskolen Kildebakken", "Privatskolen Nordlys", "Lilleskolen ved Ådalen",
               "Privatskolen Agerlund", "Friskolen i Ellebæk", "Heldagsskolen Lærkereden"],
    "daycare": ["Børnehuset Mælkebøtten", "Vuggestuen Humlebien", "Naturbørnehaven Skovtrolden",
                "Den Integrerede Institution Solsikken", "Den Frie Børnehave Regnbuen", "Dagplejen Myretuen"],
    "res": ["Opholdsstedet Tranehøj", "Bo- og Opholdsstedet Egebakken", "Ungdomshjemmet Fyrtårnet",
            "Opholdsstedet Lyngtoften", "Døgntilbuddet Havblik", "Opholdsstedet Kastanjegården",
            "Bofællesskabet Anemonen"],
    "club": ["Klubben Kompasset", "Rideklubben Hestehoven", "FC Fjordvang", "Fritidsklubben Krudtuglen",
             "Svømmeklubben Ørreden", "Spejdergruppen Ravnekløften"],
    "foster": ["Familieplejeforeningen Midtvest", "Plejefamilieforeningen Trinbrættet",
               "Netværket for Plejefamilier Østkysten"],
    "efter": ["Efterskolen Vesterhavsbo", "Efterskolen Bakkegården", "Idrætsefterskolen Nørrevang",
              "Musikefterskolen Strandly"],
}

INST_TPL = [
    "Barn A ({L:age}) går i {L:grade} på {I:school} og har fået en støttelærer to timer om ugen.",
    "Den unge ({L:age}) er anbragt på {I:res} efter § 46 og går i skole på {I:school}.",
    "Mor har søgt plads til den yngste i {I:daycare}; ventetiden er ca. tre måneder.",
    "Eleven er optaget på {I:efter} fra august; forældrene betaler egenbetaling med støtte fra kommunen.",
    "Plejefamilien er tilknyttet {I:foster} og deltager i supervision hver sjette uge.",
    "Pigen ({L:age}) går til træning i {I:club} to gange om ugen og har fået venner dér.",
    "Drengen flyttede {L:date} fra {I:res} til {I:res}, hvor der er færre unge i gruppen.",
    "Skolen, {I:school}, har sendt en bekymring om fravær; {I:club} er orienteret om, at drengen holder pause.",
    "Opfølgning på anbringelsen: {I:res} beskriver, at den unge trives og har fået en fast kontaktperson.",
    "Barnet ({L:smallage}) går i {I:daycare} og bliver hentet af mor kl. 16.",
    "Efter sommerferien skifter den unge fra {I:school} til {I:efter}; overgangen er drøftet på netværksmødet.",
    "Plejefamilien, som er godkendt gennem {I:foster}, ønsker, at barnet fortsætter i {I:club}.",
]
# ====================================================================== records


def to_record(idx, prefix, frag):
    spans = sorted(frag.spans)
    return {"id": f"{CORPUS}-{prefix}{idx:03d}", "text": frag.text,
            "planted": [{"kind": k, "text": frag.text[a:b], "start": a, "end": b} for a, b, k in spans]}


FAILS = {}


def note_fail(errs):
    for e in errs:
        k = e.split(" ")[0] + " " + (e.split(" ")[1] if len(e.split(" ")) > 1 else "")
        FAILS[k] = FAILS.get(k, 0) + 1


def schedule():
    plan = []
    for i in range(240):
        g = i % 6
        band = ["short", "medium", "long"][(i // 6 + g) % 3]
        plan.append((g, band, i // 6))
    return plan


ROLE_RX = re.compile(r"\{N:(" + "|".join(sorted(ROLE_WORDS)) + r")\.f\}")
for _G in (G1, G2, G3, G4, G5):
    for _key in ("S", "LOG"):
        _G[_key] = [ROLE_RX.sub(lambda mm: "{N:%s.r}" % mm.group(1), t) for t in _G[_key]]

GENRES = [G1, G2, G3, G4, G5, G6]
GENRES_CLEAN = [G1_CLEAN, G2_CLEAN, G3_CLEAN, G4_CLEAN, G5_CLEAN, G6_CLEAN]


def make_one(g, band, k, clean):
    reset_seq()
    if g == 5:
        fmt = G6_FORMATS[(k + (3 if clean else 0)) % len(G6_FORMATS)]
        return g6_text(fmt, band, clean), fmt
    G = (GENRES_CLEAN if clean else GENRES)[g]
    fmt = FORMATS[(k + g + (2 if clean else 0)) % len(FORMATS)]
    if clean:
        ctx = Ctx({}, clean_t(), look)
    else:
        P, t = CASTS[G["key"]]()
        ctx = Ctx(P, t, look)
    if fmt == "letter" and clean and not G["LETTERS"]:
        fmt = "prose"
    return FRAMES[fmt](G, ctx, band, clean), fmt


def build(clean, forbidden=None):
    recs = []
    meta = []
    for i, (g, band, k) in enumerate(schedule()):
        for attempt in range(400):
            frag, fmt = make_one(g, band, k, clean)
            if frag is None:
                FAILS["nofill " + band] = FAILS.get("nofill " + band, 0) + 1
                continue
            kinds = () if clean else PLANT_KINDS
            errs = check_text(frag.text, sorted(frag.spans), kinds, BANDS[band], frag.allow, clean)
            if clean and frag.spans:
                errs.append("spans in clean")
            if forbidden and not errs:
                for s in forbidden:
                    if re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", frag.text):
                        errs.append("planted value in clean " + repr(s))
                        break
            if errs:
                note_fail(errs)
                continue
            break
        else:
            raise SystemExit(f"could not draw item {i} g{g} {band} ({errs})")
        recs.append(to_record(i + 1, "c" if clean else "p", frag))
        meta.append((g, band, fmt))
    return recs, meta


def build_inst():
    recs = []
    used = {k: 0 for k in INST}
    order = {k: list(v) for k, v in INST.items()}
    for k in sorted(order):
        R.shuffle(order[k])
    for i in range(30):
        for attempt in range(200):
            tpl = INST_TPL[(i + attempt) % len(INST_TPL)]
            pieces = re.split(r"(\{I:[a-z]+\})", tpl)
            fr = Frag("")
            took = []
            for pc in pieces:
                mm = re.fullmatch(r"\{I:([a-z]+)\}", pc)
                if mm:
                    k = mm.group(1)
                    name = order[k][(used[k] + took.count(k)) % len(order[k])]
                    took.append(k)
                    fr = fr + Frag(name, [(0, len(name), "institution")])
                else:
                    fr = fr + render(pc, Ctx({}, {}, look))
            errs = check_text(fr.text, sorted(fr.spans), ("institution",), (12, 40), fr.allow, True)
            if not errs:
                break
            note_fail(errs)
        else:
            raise SystemExit("inst fail")
        for k in took:
            used[k] += 1
        recs.append(to_record(i + 1, "i", fr))
    return recs


def write(name, recs):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def final_checks(planted, clean, inst):
    for recs, pre, n, kinds in ((planted, "p", 240, PLANT_KINDS), (clean, "c", 240, ()),
                                (inst, "i", 30, ("institution",))):
        assert len(recs) == n
        for i, r in enumerate(recs):
            assert r["id"] == f"{CORPUS}-{pre}{i + 1:03d}", r["id"]
            last = -1
            for s in r["planted"]:
                assert r["text"][s["start"]:s["end"]] == s["text"]
                assert s["start"] >= last
                last = s["end"]
                assert s["kind"] in kinds
    tot = {}
    for r in planted:
        for s in r["planted"]:
            tot[s["kind"]] = tot.get(s["kind"], 0) + 1
            if s["kind"] == "cpr":
                d = re.sub(r"\D", "", s["text"])
                assert len(d) == 10, s
                dd, mm, yy, s7 = int(d[:2]), int(d[2:4]), int(d[4:6]), int(d[6])
                years = [c + yy for c in (1800, 1900, 2000) if (c + yy) in range(1858, 2058) and s7 in cpr_seventh(c + yy)]
                assert years, s
                dt.date(years[0], mm, dd)  # raises if the date part is not a real date
    n = sum(tot.values())
    assert 3000 <= n <= 4500, n
    for k in ("phone", "address", "dob"):
        assert tot.get(k, 0) >= 250, (k, tot)
    for k in ("cpr", "email"):
        assert tot.get(k, 0) >= 120, (k, tot)
    assert max(tot, key=lambda k: tot[k]) == "name", tot
    bands = {}
    for r in planted + clean:
        w = wc(r["text"])
        b = "short" if w <= 80 else "medium" if w <= 150 else "long"
        bands[b] = bands.get(b, 0) + 1
    assert bands == {"short": 160, "medium": 160, "long": 160}, bands
    return tot


def main():
    planted, pmeta = build(False)
    forbidden = []
    for r in planted:
        for s in r["planted"]:
            if s["kind"] != "name" and s["text"] not in forbidden:
                forbidden.append(s["text"])
    clean, cmeta = build(True, forbidden)
    inst = build_inst()
    if "--stats" in sys.argv:
        tot = {}
        for r in planted:
            for s_ in r["planted"]:
                tot[s_["kind"]] = tot.get(s_["kind"], 0) + 1
        print("kinds", tot, "total", sum(tot.values()))
        print("redraw reasons", sorted(FAILS.items(), key=lambda x: -x[1])[:25])
        for lab, meta, recs in (("planted", pmeta, planted), ("clean", cmeta, clean)):
            cnt = {}
            for (g, band, fmt), r in zip(meta, recs):
                key = (f"g{g + 1}", fmt)
                c = cnt.setdefault(key, {"n": 0})
                c["n"] += 1
                for s in r["planted"]:
                    c[s["kind"]] = c.get(s["kind"], 0) + 1
            print(lab)
            for key in sorted(cnt):
                print("  ", key, cnt[key])
    tot = final_checks(planted, clean, inst)
    write("planted.jsonl", planted)
    write("clean.jsonl", clean)
    write("institutions.jsonl", inst)


if __name__ == "__main__":
    main()
