#!/usr/bin/env python3
"""Build the blind13 held-out corpus (planted / clean / institutions).

Python 3.11 standard library only. One fixed seed, one random.Random instance.
Run:  python3 make.py      (writes the three JSONL files next to this script)
"""
import datetime
import hashlib
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import random  # noqa: E402
from pools import (ORIGINS, FAMILY_ORIGINS, PRO_ORIGINS, NICKNAMES, STREETS, TOWNS, FOREIGN_ADDR,  # noqa: E402
                   KOMMUNER, PRIVATE_MAIL, PUBLIC_NUMBERS, SWITCHBOARDS, CVRS)

CORPUS = "blind13"
SEED = 13_0413_2025
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
REF = datetime.date(2025, 4, 1)
BANDS = [(30, 80), (81, 150), (151, 300)]
GENRES = ["markdown case file", "school/day-care/PPR statement", "foster-care/residential status report",
          "OCR'd letter or handwritten note", "calendar invite / Teams note / task list",
          "genogram and network description"]

# ----------------------------------------------------------------------------------------------
# markers
MARK = re.compile(r"\x00(\w+)\x01(.*?)\x02", re.S)


def S(kind, s):
    return f"\x00{kind}\x01{s}\x02"


def parse(marked):
    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        pre = marked[last:m.start()]
        out.append(pre)
        pos += len(pre)
        t = m.group(2)
        spans.append({"kind": m.group(1), "text": t, "start": pos, "end": pos + len(t)})
        out.append(t)
        pos += len(t)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), spans


def wc(s):
    return len(re.findall(r"\S+", MARK.sub(lambda m: m.group(2), s)))


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for a, w in pairs:
        x -= w
        if x < 0:
            return a
    return pairs[-1][0]


def chance(p):
    return R.random() < p


# ----------------------------------------------------------------------------------------------
# numbers and dates in words
UNITS = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
TEENS = {10: "ti", 11: "elleve", 12: "tolv", 13: "tretten", 14: "fjorten", 15: "femten", 16: "seksten",
         17: "sytten", 18: "atten", 19: "nitten"}
TENS = {20: "tyve", 30: "tredive", 40: "fyrre", 50: "halvtreds", 60: "tres", 70: "halvfjerds", 80: "firs",
        90: "halvfems"}
ORD = ["", "første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende",
       "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende",
       "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def num_da(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n]
    t, u = n // 10 * 10, n % 10
    return TENS[t] if u == 0 else UNITS[u] + "og" + TENS[t]


def year_da(y):
    if y >= 2000:
        r = y - 2000
        return "totusind" if r == 0 else "totusind og " + num_da(r)
    return "nitten hundrede og " + num_da(y - 1900)


def rand_date(y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(a, b))


def age_of(d):
    return REF.year - d.year - ((REF.month, REF.day) < (d.month, d.day))


def fmt_date(d, style=None):
    style = style or wpick([("dot", 24), ("long", 20), ("iso", 10), ("slash", 8), ("dash", 6), ("nz", 8),
                            ("short", 6), ("en", 5), ("en2", 4), ("abbr", 5), ("spoken", 4)])
    dd, mm, yy = d.day, d.month, d.year
    if style == "dot":
        return f"{dd:02d}.{mm:02d}.{yy}"
    if style == "nz":
        return f"{dd}.{mm}.{yy}"
    if style == "long":
        return f"{dd}. {MONTHS[mm - 1]} {yy}"
    if style == "iso":
        return f"{yy}-{mm:02d}-{dd:02d}"
    if style == "slash":
        return pick([f"{dd}/{mm}-{yy % 100:02d}", f"{dd:02d}/{mm:02d}-{yy}", f"{dd}/{mm} {yy}"])
    if style == "dash":
        return f"{dd:02d}-{mm:02d}-{yy}"
    if style == "short":
        return f"{dd}.{mm}.{yy % 100:02d}"
    if style == "en":
        return f"{EN_MONTHS[mm - 1]} {dd}, {yy}"
    if style == "en2":
        return f"{dd} {EN_MONTHS[mm - 1]} {yy}"
    if style == "abbr":
        return f"{dd}. {MON3[mm - 1]} {yy}"
    if style == "spoken":
        return f"{ORD[dd]} {MONTHS[mm - 1]} {year_da(yy)}"
    raise ValueError(style)


# ----------------------------------------------------------------------------------------------
# phones
MOBILE = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51",
          "52", "53", "60", "61", "71", "81", "91", "92", "93"]
LAND = ["86", "87", "89", "97", "98", "33", "35", "38", "45", "66", "75", "76", "62", "96"]
USED_NUMBERS = []


def new_phone(land=False):
    while True:
        n = pick(LAND if land else MOBILE) + "".join(str(R.randrange(10)) for _ in range(6))
        g = f"{n[0:2]} {n[2:4]} {n[4:6]} {n[6:8]}"
        if g not in SWITCHBOARDS.values() and g not in [x for _, x in PUBLIC_NUMBERS] and n not in CVRS and n not in USED_NUMBERS:
            USED_NUMBERS.append(n)
            return n


def spoken_phone(n):
    parts = []
    for i in range(0, 8, 2):
        a = int(n[i:i + 2])
        parts.append(("nul " + UNITS[a]) if n[i] == "0" else num_da(a))
    return " ".join(parts)


FOREIGN_PHONE = {
    "pl": lambda: f"+48 {R.randint(500, 799)} {R.randint(100, 999)} {R.randint(100, 999)}",
    "ua": lambda: f"+380 {pick(['50', '63', '67', '93', '97'])} {R.randint(100, 999)} {R.randint(10, 99)} {R.randint(10, 99)}",
    "ro": lambda: f"+40 7{R.randint(20, 89)} {R.randint(100, 999)} {R.randint(100, 999)}",
    "tr": lambda: f"+90 5{R.randint(30, 59)} {R.randint(100, 999)} {R.randint(10, 99)} {R.randint(10, 99)}",
    "so": lambda: f"+252 61 {R.randint(1000000, 9999999)}",
    "gl": lambda: f"+299 {R.randint(20, 59)} {R.randint(10, 99)} {R.randint(10, 99)}",
    "fo": lambda: f"+298 {R.randint(20, 79)}{R.randint(1000, 9999)}",
    "ba": lambda: f"+387 6{R.randint(1, 6)} {R.randint(100, 999)} {R.randint(100, 999)}",
    "en": lambda: f"+44 7{R.randint(100, 999)} {R.randint(100000, 999999)}",
    "se": lambda: f"+46 7{R.randint(0, 9)}-{R.randint(100, 999)} {R.randint(10, 99)} {R.randint(10, 99)}",
    "de": lambda: f"+49 15{R.randint(1, 9)} {R.randint(1000000, 9999999)}",
}


def fmt_phone(n, foreign=None):
    if foreign:
        return foreign
    st = wpick([("8", 14), ("2222", 30), ("44", 12), ("dots", 6), ("dash", 5), ("p45", 12), ("p45c", 4),
                ("0045", 5), ("p45_44", 5), ("par45", 3), ("spoken", 3)])
    g2 = f"{n[0:2]} {n[2:4]} {n[4:6]} {n[6:8]}"
    if st == "8":
        return n
    if st == "2222":
        return g2
    if st == "44":
        return f"{n[:4]} {n[4:]}"
    if st == "dots":
        return g2.replace(" ", ".")
    if st == "dash":
        return g2.replace(" ", "-")
    if st == "p45":
        return "+45 " + g2
    if st == "p45c":
        return "+45" + n
    if st == "0045":
        return "0045 " + pick([n, g2])
    if st == "p45_44":
        return f"+45 {n[:4]} {n[4:]}"
    if st == "par45":
        return "(+45) " + g2
    return spoken_phone(n)


# ----------------------------------------------------------------------------------------------
# CPR
def cpr_digits(d, g):
    y = d.year
    if 1900 <= y <= 1936:
        c7 = pick("0123")
    elif 1937 <= y <= 1999:
        c7 = pick("0123012349")
    elif 2000 <= y <= 2036:
        c7 = pick("456789")
    else:
        c7 = pick("5678")
    mid = f"{R.randrange(100):02d}"
    last = pick("13579" if g == "m" else "02468")
    return f"{d.day:02d}{d.month:02d}{y % 100:02d}", c7 + mid + last


def fmt_cpr(p):
    a, b = p.cpr
    st = wpick([("dash", 45), ("space", 14), ("flat", 14), ("dots", 9), ("groups", 8), ("ddmm", 5), ("sp_dash", 5)])
    if st == "dash":
        return f"{a}-{b}"
    if st == "space":
        return f"{a} {b}"
    if st == "flat":
        return a + b
    if st == "dots":
        return f"{a[0:2]}.{a[2:4]}.{a[4:6]}-{b}"
    if st == "groups":
        return f"{a[0:2]} {a[2:4]} {a[4:6]} {b}"
    if st == "ddmm":
        return f"{a[0:4]} {a[4:6]}-{b}"
    return f"{a} - {b}"


# ----------------------------------------------------------------------------------------------
# addresses
class Addr:
    def __init__(self, foreign=None):
        self.foreign = foreign
        self.street = pick(STREETS)
        self.no = str(R.randint(1, 148))
        self.letter = pick("ABCD") if chance(0.15) else ""
        self.floor = wpick([("", 50), ("st.", 12), ("1.", 14), ("2.", 12), ("3.", 8), ("4.", 4)])
        self.door = pick(["tv.", "th.", "mf."]) if self.floor else ""
        self.pc, self.town = pick(TOWNS)

    def render(self, style=None):
        if self.foreign:
            return self.foreign
        st = style or wpick([("full", 36), ("street", 18), ("twoline", 12), ("sloppy", 8), ("lower", 5),
                             ("nr", 5), ("town", 10), ("floorword", 6)])
        base = f"{self.street} {self.no}{self.letter}"
        fl = f", {self.floor} {self.door}" if self.floor else ""
        if st == "full":
            return f"{base}{fl}, {self.pc} {self.town}"
        if st == "street":
            return f"{base}{fl}"
        if st == "twoline":
            return f"{base}{fl}\n{self.pc} {self.town}"
        if st == "sloppy":
            f2 = f" {self.floor.rstrip('.')}.{self.door.rstrip('.')}" if self.floor else ""
            return f"{base}{f2} {self.pc} {self.town}"
        if st == "lower":
            return f"{base.lower()}{fl}, {self.town.lower()}"
        if st == "nr":
            return f"{self.street} nr. {self.no}{self.letter}, {self.town}"
        if st == "town":
            return f"{base}{fl}, {self.town}"
        if st == "floorword":
            if self.floor and self.floor != "st.":
                return f"{base}, {self.floor} sal {self.door.rstrip('.')}, {self.pc} {self.town}"
            return f"{base}, {self.pc} {self.town}"
        raise ValueError(st)


# ----------------------------------------------------------------------------------------------
# persons
def fold(s):
    for a, b in [("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa"), ("ð", "d"),
                 ("ı", "i"), ("ł", "l"), ("Ł", "L"), ("'", "")]:
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def resolve_surname(raw, g):
    if "|" in raw:
        a, b = raw.split("|")
        return b if g == "f" else a
    return raw


class Person:
    def __init__(self, origin, g, dob, last_raw=None, first=None):
        fem, mal, sur = ORIGINS[origin]
        self.origin, self.g, self.dob = origin, g, dob
        self.first = first or pick(fem if g == "f" else mal)
        self.last_raw = last_raw or pick(sur)
        self.last = resolve_surname(self.last_raw, g)
        self.cpr = cpr_digits(dob, g)
        self._phone = None
        self._mail = None
        self.addr = None
        self.role = "?"
        self.foreign_phone = None

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def initials(self):
        parts = re.split(r"[ \-]", self.first) + [p for p in re.split(r"[ \-]", self.last) if p[:1].isupper()]
        return "".join(p[0].upper() for p in parts if p)

    def phone_n(self):
        if self._phone is None:
            self._phone = new_phone(land=chance(0.1))
        return self._phone

    def mail(self, domain=None, work=False):
        if self._mail is None:
            f = re.sub(r"[^a-z0-9.\-]", "", fold(self.first).lower().replace(" ", "."))
            la = re.sub(r"[^a-z0-9.\-]", "", fold(self.last).lower().replace(" ", ""))
            if work:
                local = wpick([(f"{f}.{la}", 5), (fold(self.initials()).lower(), 3), (f"{f[:3]}{la[:3]}", 1), (f"{f}{la[0]}", 1)])
                self._mail = f"{local}@{domain}"
            else:
                y = self.dob.year % 100
                local = wpick([(f"{f}.{la}", 5), (f"{f}{y:02d}", 3), (f"{f[0]}{la}", 2), (f"{f}_{la}{R.randint(1, 99)}", 2),
                               (f"{la}.{f}", 1), (f"{f}-{la}", 1)])
                self._mail = f"{local}@{pick(PRIVATE_MAIL)}"
        return self._mail


# ----------------------------------------------------------------------------------------------
# context: a cast per text, placeholder filling
PRO_KEYS = {"sb": "sagsbehandleren", "sb2": "teamlederen", "l": "klasselæreren", "l2": "AKT-læreren",
            "p": "pædagogen", "psy": "PPR-psykologen", "pm": "plejemor", "pf": "plejefar",
            "k": "kontaktpædagogen", "k2": "nattevagten", "led": "forstanderen", "sp": "sundhedsplejersken",
            "dr": "egen læge", "adv": "advokaten", "tr": "træneren", "kons": "familieplejekonsulenten",
            "bis": "bisidderen", "sl": "skolelederen"}
FAM_KEYS = {"c": None, "s": None, "s2": None, "m": "mor", "f": "far", "sf": "mors kæreste", "mm": "mormor",
            "mf": "morfar", "fm": "farmor", "fa": "farfar", "ms": "moster", "mb": "morbror", "fb": "farbror",
            "hs": None, "ven": "naboen"}
FORMAL_KEYS = ["sb", "sb2", "l", "psy", "dr", "adv", "led", "sl"]
TABLE_ROLE = {"sagsbehandleren": "sagsbehandler", "klasselæreren": "klasselærer", "PPR-psykologen": "PPR-psykolog",
              "sundhedsplejersken": "sundhedsplejerske", "mor": "mor", "far": "far", "mormor": "mormor"}
KOMMUNE_KEYS = ["sb", "sb2", "l", "l2", "p", "psy", "sp", "kons", "sl", "bis"]
PH = re.compile(r"\{([A-Za-z]\w*)(?:\.(\w+))?(?::(\w+))?\}")


class Ctx:
    def __init__(self, P, genre, child_age=(3, 17)):
        self.P, self.genre = P, genre
        self.kom, self.dom = pick(KOMMUNER)
        self.cast = {}
        self.seen = []
        self.origin = wpick(FAMILY_ORIGINS)
        o2 = self.origin if chance(0.8) else wpick(FAMILY_ORIGINS)
        mo, fo = (self.origin, o2) if chance(0.5) else (o2, self.origin)
        cg = pick("mf")
        cdob = rand_date(REF.year - child_age[1], REF.year - child_age[0])
        self.cast["m"] = self.mk(mo, "f", rand_date(1972, 2000))
        self.cast["f"] = self.mk(fo, "m", rand_date(1965, 1998))
        sur = wpick([(self.cast["f"].last_raw, 6), (self.cast["m"].last_raw, 3)])
        self.cast["c"] = self.mk(fo if sur == self.cast["f"].last_raw else mo, cg, cdob, last_raw=sur)
        if R.random() < 0.1 and "|" not in self.cast["m"].last_raw and "|" not in self.cast["f"].last_raw \
                and " " not in self.cast["m"].last + self.cast["f"].last:
            self.cast["c"].last_raw = f"{self.cast['m'].last}-{self.cast['f'].last}"
            self.cast["c"].last = self.cast["c"].last_raw
        self.cast["m"].role, self.cast["f"].role = "mor", "far"
        crole = wpick([("Barn A", 6), ("drengen" if cg == "m" else "pigen", 2), ("barnet", 1)])
        if genre == 1 and chance(0.5):
            crole = "eleven"
        self.cast["c"].role = crole
        home = Addr()
        self.cast["c"].addr = home
        self.cast["m"].addr = home
        self.cast["f"].addr = Addr(foreign=pick(FOREIGN_ADDR) if chance(0.1) else None)
        if self.cast["f"].origin in FOREIGN_PHONE and chance(0.25):
            self.cast["f"].foreign_phone = FOREIGN_PHONE[self.cast["f"].origin]()

    def mk(self, origin, g, dob, last_raw=None):
        used = [p.first for p in self.cast.values()]
        for _ in range(30):
            p = Person(origin, g, dob, last_raw=last_raw)
            if p.first not in used:
                break
        return p

    def person(self, key):
        if key in self.cast:
            return self.cast[key]
        c = self.cast["c"]
        if key in ("s", "s2", "hs"):
            g = pick("mf")
            d = rand_date(max(2006, c.dob.year - 6), min(2023, c.dob.year + 6))
            p = self.mk(c.origin, g, d, last_raw=c.last_raw if key != "hs" else None)
            if key == "hs":
                p = self.mk(self.cast["m"].origin, g, d)
            if key in ("s", "s2"):
                older = d < c.dob
                word = ("storebror" if g == "m" else "storesøster") if older else ("lillebror" if g == "m" else "lillesøster")
                p.role = pick([word, "Barn B" if key == "s" else "Barn C"])
            else:
                p.role = "halvbroren" if g == "m" else "halvsøsteren"
            p.addr = c.addr
        elif key in ("mm", "mf", "ms", "mb"):
            g = "f" if key in ("mm", "ms") else "m"
            m = self.cast["m"]
            d = rand_date(1943, 1968) if key in ("mm", "mf") else rand_date(1970, 1999)
            p = self.mk(m.origin, g, d, last_raw=m.last_raw if chance(0.6) else None)
            p.role = FAM_KEYS[key]
            p.addr = Addr(foreign=pick(FOREIGN_ADDR) if chance(0.08) else None)
        elif key in ("fm", "fa", "fb"):
            g = "f" if key == "fm" else "m"
            f = self.cast["f"]
            d = rand_date(1943, 1968) if key in ("fm", "fa") else rand_date(1968, 1999)
            p = self.mk(f.origin, g, d, last_raw=f.last_raw if chance(0.7) else None)
            p.role = FAM_KEYS[key]
            p.addr = Addr()
        elif key in ("sf", "ven"):
            p = self.mk(wpick(FAMILY_ORIGINS), "m" if key == "sf" else pick("mf"), rand_date(1970, 1998))
            p.role = FAM_KEYS[key]
            p.addr = Addr()
        elif key in PRO_KEYS:
            g = "f" if key == "pm" else "m" if key == "pf" else pick("mf")
            p = self.mk(wpick(PRO_ORIGINS), g, rand_date(1962, 1998))
            p.role = PRO_KEYS[key]
            p.addr = Addr()
            if key == "pf" and "pm" in self.cast:
                p = self.mk(self.cast["pm"].origin, "m", rand_date(1962, 1995), last_raw=self.cast["pm"].last_raw)
                p.role, p.addr = "plejefar", self.cast["pm"].addr
            if key == "pm" and "pf" in self.cast:
                p = self.mk(self.cast["pf"].origin, "f", rand_date(1962, 1995), last_raw=self.cast["pf"].last_raw)
                p.role, p.addr = "plejemor", self.cast["pf"].addr
        else:
            raise KeyError(key)
        if key in ("mm", "mf", "fm", "fa", "ms", "mb", "fb", "sf"):
            fa = p.addr.foreign if p.addr else None
            if fa and ("Malmö" in fa or "Göteborg" in fa):
                p.foreign_phone = FOREIGN_PHONE["se"]()
            elif fa and "Flensburg" in fa:
                p.foreign_phone = FOREIGN_PHONE["de"]()
            elif p.origin in FOREIGN_PHONE and chance(0.4 if fa else 0.3):
                p.foreign_phone = FOREIGN_PHONE[p.origin]()
        self.cast[key] = p
        return p

    # --- rendering
    def role(self, p, cap=False, gen=False):
        r = p.role
        if gen:
            r = r + ("'s" if r[-1].isupper() else "s")
        return r[0].upper() + r[1:] if cap else r

    def name(self, key, form=None, cap=False):
        p = self.person(key)
        if not self.P:
            return self.role(p, cap=cap, gen=(form is not None and form.startswith("g")))
        first_time = key not in self.seen
        if first_time:
            self.seen.append(key)
        gen = False
        if form and form.startswith("g"):
            gen, form = True, form[1:] or None
        if form is None:
            if key in FORMAL_KEYS:
                form = "F" if first_time else wpick([("F", 4), ("f", 4), ("l", 1), ("t", 1)])
            elif key in PRO_KEYS:
                form = "F" if first_time else wpick([("F", 3), ("f", 6)])
            else:
                form = "F" if (first_time and chance(0.6)) else wpick([("f", 12), ("F", 3), ("nick", 1)])
        if form == "nick":
            form = "f" if p.first not in NICKNAMES else "nick"
        title = ""
        if form == "F":
            s = p.full
        elif form == "f":
            s = p.first
        elif form == "l":
            s = p.last
        elif form == "t":
            title, s = ("fru " if p.g == "f" else "hr. "), p.last
        elif form == "lf":
            s = f"{p.last}, {p.first}"
        elif form == "U":
            s = p.full.upper()
        elif form == "Ul":
            s = p.last.upper()
        elif form == "lo":
            s = p.first.lower()
        elif form == "lof":
            s = p.full.lower()
        elif form == "i":
            s = p.initials()
        elif form == "id":
            s = ".".join(p.initials()) + "."
        elif form == "nick":
            s = NICKNAMES[p.first]
        else:
            raise ValueError(form)
        if gen:
            if s[-1] in "sxzSXZ":
                return title + S("name", s) + "'"
            return title + S("name", s + "s")
        return title + S("name", s)

    def data(self, key, field, form=None):
        assert self.P, f"data placeholder {key}.{field} in clean text"
        p = self.person(key)
        if field == "ph":
            if p.foreign_phone and chance(0.7):
                return S("phone", p.foreign_phone)
            return S("phone", fmt_phone(p.phone_n()))
        if field == "mail":
            if key in KOMMUNE_KEYS:
                return S("email", p.mail(self.dom, work=True))
            if key == "adv":
                return S("email", p.mail(re.sub(r"[^a-z]", "", fold(p.last).lower()) + pick(["advokat.dk", "-law.dk", "advokater.dk"]), work=True))
            if key in ("k", "k2", "led"):
                if not hasattr(self, "inst_dom"):
                    self.inst_dom = pick(["bostedet-vest.dk", "ungehuset-nord.dk", "opholdsstedet-aaen.dk", "botilbud-fjord.dk"])
                return S("email", p.mail(self.inst_dom, work=True))
            return S("email", p.mail())
        if field == "pmail":
            return S("email", p.mail())
        if field == "addr":
            if p.addr is None:
                p.addr = Addr()
            return S("address", p.addr.render(form))
        if field == "dob":
            if form == "y":
                return S("dob", str(p.dob.year))
            return S("dob", fmt_date(p.dob, form))
        if field == "cpr":
            return S("cpr", fmt_cpr(p))
        raise KeyError(field)

    def fill(self, t):
        if isinstance(t, tuple):
            t = t[0] if self.P else t[1]
        if t is None:
            return None

        def rep(m):
            key, field, form = m.group(1), m.group(2), m.group(3)
            if key in GENERIC:
                return GENERIC[key](self)
            cap = key[0].isupper()
            k = key[0].lower() + key[1:]
            if k in ("han", "hun", "ham", "hans"):
                c = self.cast["c"]
                w = {"han": ("han", "hun"), "hun": ("han", "hun"), "ham": ("ham", "hende"),
                     "hans": ("hans", "hendes")}[k][0 if c.g == "m" else 1]
                return w[0].upper() + w[1:] if cap else w
            if field == "age":
                return str(age_of(self.person(k).dob))
            if field:
                return self.data(k, field, form)
            return self.name(k, form, cap)
        return PH.sub(rep, t)


def ev_date(style=None):
    d = rand_date(2024, 2025)
    if d > datetime.date(2025, 6, 30):
        d = d.replace(year=2024)
    st = style or wpick([("long", 4), ("dot", 3), ("short", 3)])
    if st == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if st == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if st == "short":
        return f"{d.day}/{d.month}"
    if st == "iso":
        return d.isoformat()
    return f"{WEEKDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month - 1]}"


def klok():
    return f"kl. {R.randint(8, 15)}.{pick(['00', '15', '30', '45'])}"


def klasse(cx):
    a = age_of(cx.cast["c"].dob)
    k = max(0, min(9, a - 6))
    return pick([f"{k}.{pick('ABCD')}", f"{k}. {pick('abc')}", f"{k}.x", f"{k}. klasse"])


def sagsnr():
    return pick([f"27.24.00-G01-{R.randint(10, 999)}-{R.randint(23, 25)}", f"{R.randint(2023, 2025)}-{R.randint(10000, 99999)}",
                 f"S-{R.randint(100, 9999)}/{R.randint(24, 25)}", f"27.12.04-A00-{R.randint(1, 99)}-25"])


LAW = ["§ 20", "§ 19", "§ 18", "§ 32, stk. 1, nr. 3", "§ 32, stk. 1, nr. 1", "§ 46", "§ 47", "§ 91", "§ 5, stk. 3",
       "§ 6", "§ 133", "§ 137, stk. 2", "§ 30", "serviceloven § 50", "serviceloven § 52, stk. 3, nr. 7",
       "forvaltningslovens § 19", "§ 136"]
ICD = ["F90.0", "F84.0", "F43.1", "F32.1", "F91.3", "F93.0", "F41.1", "F84.5", "E10.9", "J45.9", "F81.0", "G40.9"]
MEDS = ["Concerta 36 mg", "Melatonin 3 mg", "Ritalin Uno 20 mg", "Sertralin 50 mg", "Ventoline", "Atomoxetin 40 mg",
        "Circadin 2 mg", "Elvanse 30 mg", "Pinex ved behov", "Lamotrigin 25 mg"]
BRANDS = ["LEGO", "Minecraft", "Roblox", "FIFA", "Fortnite", "Pokémon-kort", "Mario Kart"]
STORES = ["Netto", "Rema 1000", "Bilka", "Føtex", "Matas", "Lidl", "Jysk"]
INDSATS = ["§ 32, stk. 1, nr. 3", "§ 32, stk. 1, nr. 1", "§ 32, stk. 1, nr. 6", "§ 30", "serviceloven § 52, stk. 3, nr. 3"]
ANBR = ["§ 46", "§ 47", "serviceloven § 52, stk. 3, nr. 7", "serviceloven § 58", "§ 46, jf. § 43"]
BODIES = ["Familieretshuset", "Børnehus Midt", "Børnehus Syd", "PPR", "Socialtilsyn Midt", "Socialtilsyn Øst",
          "Ankestyrelsen", "børne- og ungdomspsykiatrien", "Sundhedsplejen", "Kriminalforsorgen",
          "Jobcentret", "Ungdommens Uddannelsesvejledning", "Familieambulatoriet", "Udbetaling Danmark"]


def omst(cx):
    if cx.kom in SWITCHBOARDS:
        return f"{cx.kom}s hovednummer {SWITCHBOARDS[cx.kom]}"
    return pick([f"{cx.kom}s hovednummer", "Borgerservice", "kommunens omstilling", f"Familieafdelingens vagttelefon (se {cx.dom})"])


def public_no():
    lab, no = pick(PUBLIC_NUMBERS)
    return f"{lab} på {no}"


GENERIC = {
    "dato": lambda cx: ev_date(), "kl": lambda cx: klok(), "klasse": klasse, "kom": lambda cx: cx.kom,
    "sagsnr": lambda cx: sagsnr(), "par": lambda cx: pick(LAW), "icd": lambda cx: pick(ICD),
    "med": lambda cx: pick(MEDS), "brand": lambda cx: pick(BRANDS), "butik": lambda cx: pick(STORES),
    "indsats": lambda cx: pick(INDSATS), "anbr": lambda cx: pick(ANBR), "body": lambda cx: pick(BODIES),
    "pub": lambda cx: public_no(), "omst": lambda cx: omst(cx),
    "kr": lambda cx: f"{pick(['1.250', '2.400', '850', '4.375', '600', '12.900', '3.150'])} kr.",
    "cvr": lambda cx: f"CVR {pick(CVRS)}", "ean": lambda cx: f"EAN {R.randint(10**12, 10**13 - 1)}",
    "uge": lambda cx: f"uge {R.randint(2, 50)}", "lok": lambda cx: pick(["lokale 2.14", "mødelokale 3", "rum 1.07", "mødelokale Fyrtårnet", "lokale 012"]),
}


# ----------------------------------------------------------------------------------------------
# shared narrative pools (names only: usable in planted and clean; tuples are (planted, clean))
CHILD_NARR = [
    "{C} fortæller, at {han} helst vil være hjemme hos {m} i weekenden, men at {han} savner {f}.",
    "{C} virker træt og siger, at {han} ofte ligger vågen, fordi der bliver råbt i lejligheden om aftenen.",
    "{C} har svært ved at sidde stille i timerne og går ofte ud på gangen. {Han} siger selv, at det er, fordi {han} ikke forstår opgaverne.",
    "{C} taler åbent om skolen og fortæller, at {han} har fået en ny ven i klassen, som {han} spiller {brand} med.",
    "Da samtalen kommer ind på weekenderne, bliver {c} stille og kigger ned i bordet.",
    "{C} tegner huset med bekymringer og sætter {f} og politiet ind i det. I drømmehuset bor {han} sammen med {m} og en hund.",
    "{C} nævner {mm} flere gange som en, {han} kan ringe til, når det er svært derhjemme.",
    "{C} siger, at {sf} er sød nok, men at {han} ikke kan lide, når han drikker øl om aftenen.",
    "{C} har ondt i maven de fleste morgener og vil ikke spise morgenmad. {M} har været hos lægen med {ham} to gange.",
    "{C} fortæller, at {han} passer {s} om eftermiddagen, fordi {m} sover efter nattevagterne.",
    "{C} beskriver {fm} som den voksne, der altid har tid. {Han} vil gerne se hende oftere.",
    "Efter samværet med {f} er {c} urolig i flere dage og har svært ved at falde i søvn.",
    "{C} spiller håndbold to gange om ugen og siger, at det er det bedste ved hele ugen.",
    "{C} var glad og snakkesalig, da {han} fortalte om sommerferien hos {mb}.",
    "{C} ved ikke, hvorfor {han} skal tale med {sb}, og spørger, om {m} får ballade.",
    "{M:g} nye kæreste er flyttet ind i lejligheden, og {c} siger, at det er okay.",
    "{C:g} lærer har flere gange skrevet til {m} på Aula uden at få svar.",
    "{C} sover tit hos {mm} og har sin egen seng i {mm:g} soveværelse.",
]
PARENT_NARR = [
    "{M} fortæller, at hun er alene med børnene det meste af ugen og ikke har overskud til lektier.",
    "{F} er enig i, at der skal ske noget, men mener ikke, at der er brug for en anbringelse.",
    "{M} har siden efteråret haft en psykolog gennem egen læge og oplever, at det hjælper.",
    "{F} arbejder på skiftende hold og kan først hente {c} efter kl. 17.",
    "{M} og {f} er blevet enige om, at {c} skal have en fast ugeplan, som hænger på køleskabet.",
    "{M} beskriver {c} som et glad og nysgerrigt barn, der har haft det svært siden skilsmissen.",
    "{F} var vred under mødet og forlod lokalet efter en halv time. Han vendte tilbage efter en pause.",
    "{M} ønsker ikke, at {sf} deltager i møderne, men vil gerne have {mm} med som støtte.",
    "{F} har ikke set {c} siden jul og ønsker en samværsaftale via Familieretshuset.",
    "{M} oplyser, at familien har fået opsagt lejemålet og skal flytte inden for to måneder.",
]
QUOTES = [
    "Jeg kan bedst lide at være hos mormor, for der er der ro.",
    "Nogle gange glemmer mor at købe ind, så laver jeg havregryn til os.",
    "Jeg gider ikke i skole, når de andre griner af mig.",
    "Far råber ikke, når han har sovet.",
    "Det er mig, der passer på de små, når mor er ked af det.",
    "Jeg er bange for, at politiet kommer igen.",
    "Hvis jeg må ønske, så vil jeg have et værelse med en dør, man kan lukke.",
    "Jeg kan godt lide fodbold, men jeg har ikke nogen støvler.",
    "Mor siger, at jeg ikke må fortælle om det til nogen i skolen.",
    "Jeg vil bare gerne have, at alle er glade igen.",
    ("Jeg savner {s:f} hver eneste dag.", "Jeg savner min lillesøster hver eneste dag."),
    ("{f:f} lovede at komme, men han kom ikke.", "Far lovede at komme, men han kom ikke."),
    ("Hos {pm:f} må jeg selv bestemme, hvad vi skal have om fredagen.", "Hos plejemor må jeg selv bestemme, hvad vi skal have om fredagen."),
]

ICS_SLUGS = ["barnets-udvikling", "foraeldrekompetencer", "familie-og-netvaerk", "sundhedsforhold",
             "udvikling-og-adfaerd", "skoleforhold-og-laering", "fritid-og-venskaber", "trygt-omsorgsmiljoe",
             "stimulering-og-vejledning", "understoettelse-af-relationer", "familieforhold-og-baggrund",
             "bolig-beskaeftigelse-oekonomi", "socialt-netvaerk"]
TAGS0 = ["underretning", "børnesamtale", "netværksmøde", "skolefravær", "vold-i-hjemmet", "misbrug", "anbringelse",
         "samvær", "sikkerhedsplan", "støttende-indsats", "partshøring", "ungeplan", "psykiatri", "bolig"]


def yaml_list(items):
    if chance(0.5):
        return "[" + ", ".join(items) + "]"
    return "\n" + "\n".join("  - " + i for i in items)


# ----------------------------------------------------------------------------------------------
# genre 0: markdown case files
def g0(cx, band):
    f = cx.fill
    P = cx.P
    cid = f"C-{R.randint(1, 999):04d}"
    if P:
        title = f(pick(["Samtale med {c:f}", "Bekymring for {c:F}", "Netværksmøde – familien {f:l}",
                        "Underretning vedr. {c:F}", "Skoleskift for {c:f}", "Samvær mellem {c:f} og {f:f}",
                        "{c:U}"]))
    else:
        title = f(pick(["Samtale med Barn A ({c.age} år)", "Bekymring for trivsel – {c.age}-årig",
                        "Netværksmøde og sikkerhedsplan", "Underretning fra skolen", "Skoleskift og trivsel",
                        "Samvær med far efter brud", "Sag om skolefravær"]))
    if chance(0.4):
        title = f'"{title}"'
    fm = ["---", f"id: {cid}", f"titel: {title}", f"dato: {ev_date('iso')}",
          "ics: " + yaml_list(R.sample(ICS_SLUGS, R.randint(1, 3))),
          "tags: " + yaml_list(R.sample(TAGS0, R.randint(1, 3)))]
    if P:
        if chance(0.5):
            fm.append(f(pick(["barn: {c:F} ({c.cpr})", "barn: {c:F}, {c.cpr}", "cpr: {c.cpr}", "barn: \"{c:F}, f. {c.dob}\""])))
        if chance(0.25):
            fm.append(f("adresse: \"{c.addr:full}\""))
        if chance(0.7):
            fm.append(f("sagsbehandler: {sb:F}"))
        if chance(0.6):
            fm.append(f(pick(["kontakt: {m:F}, {m.ph}", "kontakt: {sb.ph}", "kontakt: {f:f} ({f.ph})", "kontakt: {m.ph}"])))
    else:
        if chance(0.5):
            fm.append(pick(["sagsbehandler: team Syd", "sagsbehandler: myndighed, børn 6-12 år", "sagsbehandler: ukendt"]))
        if chance(0.4):
            fm.append(f("kontakt: {omst}"))
        if chance(0.4):
            fm.append(f("lovgrundlag: \"{par}\""))
    fm.append("---")
    head = ["\n".join(fm)]
    h1 = pick(["# " + title.strip('"'), f"# Sag {cid}", "# Sagsresumé"])
    head.append(h1)

    opts = []
    # personal data list
    if P:
        lines = ["## Oplysninger" if chance(0.6) else "## Familien"]
        lines.append(f("- **Barn:** {c:F}, født {c.dob}"))
        lines.append(f("- **CPR:** {c.cpr}"))
        lines.append(f("- **Bopæl:** {c.addr}"))
        lines.append(f(pick(["- **Mor:** *{m:F}*, tlf. {m.ph}", "- **Mor:** {m:F} ({m.dob}) – {m.ph}",
                             "- **Mor:** [{m:F}](mailto:{m.pmail})"])))
        lines.append(f(pick(["- **Far:** *{f:F}*, {f.addr}", "- **Far:** {f:F}, cpr. {f.cpr}, tlf. {f.ph}",
                             "- **Far:** {f:F}, bor på {f.addr}"])))
        if chance(0.65):
            lines.append(f("- **Søskende:** {s:F} (f. {s.dob})"))
        opts.append("\n".join(lines))
    else:
        lines = ["## Oplysninger", f("- **Barn:** Barn A, {c.age} år, går i {klasse}"),
                 f("- **Bopæl:** hos mor i {kom}" if chance(0.5) else "- **Bopæl:** skiftevis hos mor og far (7/7)"),
                 f("- **Sagsnr.:** {sagsnr}"), pick(["- **Forældremyndighed:** fælles", "- **Forældremyndighed:** mor alene"])]
        if chance(0.5):
            lines.append(f("- **Indsats:** familiebehandling efter {indsats}"))
        opts.append("\n".join(lines))
    # participants table
    if P:
        col = pick(["telefon", "tlf.", "mail", "født", "født"])
        keys = R.sample(["m", "f", "sb", "l", "mm", "psy", "sp"] if col != "født" else ["c", "s", "m", "f", "mm", "hs"], R.randint(3, 5))
        rows = [f"| navn | rolle | {col} |", "|---|---|---|"]
        for k in keys:
            data = "{%s.ph}" % k if col not in ("mail", "født") else ("{%s.dob}" % k if col == "født" else "{%s.mail}" % k if k in PRO_KEYS else "{%s.pmail}" % k)
            rows.append(f("| {%s:F} | %s | %s |" % (k, TABLE_ROLE.get(cx.person(k).role, cx.person(k).role), data)))
        opts.append(pick(["## Deltagere\n", "**Deltagere i mødet**\n\n", ""]) + "\n".join(rows))
    else:
        rows = ["| rolle | deltog | bemærkning |", "|---|---|---|"]
        for r, d, b in R.sample([("Mor", "ja", "med bisidder"), ("Far", "nej", "afbud kl. 8.15"),
                                 ("Sagsbehandler", "ja", "referent"), ("Klasselærer", "ja", "fra 10.00"),
                                 ("Sundhedsplejerske", "nej", "sender notat"), ("PPR-psykolog", "ja", "online"),
                                 ("Mormor", "ja", "netværk")], R.randint(3, 5)):
            rows.append(f"| {r} | {d} | {b} |")
        opts.append("## Deltagere\n" + "\n".join(rows))
    # samtale
    hd = f(pick(["## Samtale med {c:f}", "## Samtale med {c:f} ({c.age} år)", "### {c:f} fortæller"])) if P else \
        pick(["## Samtale med barnet", "## Børnesamtale", "### Barnets perspektiv"])
    body = " ".join(f(t) for t in R.sample(CHILD_NARR, 2))
    q = f(pick(QUOTES))
    quote = f"> {q}" if chance(0.5) else f"> \"{q}\""
    if P and chance(0.5):
        quote += "\n>\n> " + f("— {c:f}, {c.age} år")
    opts.append(f"{hd}\n\n{body}\n\n{quote}")
    # parents
    hd = f(pick(["## Samtale med {m:f}", "## Forældrenes perspektiv", "## Mor og far"])) if P else \
        pick(["## Forældrenes perspektiv", "## Samtale med mor", "## Mor og far"])
    opts.append(hd + "\n\n" + " ".join(f(t) for t in R.sample(PARENT_NARR, 2)))
    # admonition
    if P:
        opts.append(f(pick([
            '!!! note "Opfølgning"\n    Ring til {f:f} på {f.ph} inden {dato}.',
            '!!! warning "Obs"\n    {M:F} er flyttet til {m.addr} – ny adresse er ikke opdateret i systemet.',
            '!!! info "Kontakt"\n    {mm:F}, {mm.ph}, kan kontaktes, hvis mor ikke tager telefonen.',
            '!!! note "Lillebror"\n    {s:F} er født {s.dob} og går i vuggestue. Cpr.nr. {s.cpr}.'])))
    else:
        opts.append(f(pick([
            '!!! warning "Frist"\n    Den børnefaglige undersøgelse skal være færdig inden fire måneder, jf. § 20, stk. 3.',
            '!!! note "Husk"\n    Partshøring efter forvaltningslovens § 19, før der træffes afgørelse.',
            '!!! info "Akut"\n    Ved akut fare uden for åbningstid: ring til {pub} eller til døgnvagten.',
            '!!! tip "Metode"\n    Brug de tre huse i samtalen og skalér bekymringen fra 0 til 10.'])))
    # comment
    if P:
        opts.append(f(pick(["<!-- TODO: indhent cpr på {s:f}: {s.cpr} -->", "<!-- mor flytter pr. 1/5 til {m.addr} -->",
                            "<!-- privat mail til far: {f.pmail} -->", "<!-- {sb:i}: husk at ringe til skolen, {l:F} {l.ph} -->"])))
    else:
        opts.append(f(pick(["<!-- TODO: opdater ICS-dimensionerne efter mødet {dato} -->", "<!-- kladde: mangler ledelsestilsyn -->",
                            "<!-- flyt afsnittet om samvær op under Familie og netværk -->", "<!-- version 3, rettet efter sparring -->"])))
    # steps
    if P:
        steps = [f("{sb:F} sender referat til [{m:F}](mailto:{m.pmail}) senest {dato}."),
                 f("{l:F} ({l.mail}) giver besked, hvis fraværet stiger."),
                 f("{F} kontakter {sb} på {sb.ph}, når samværet er aftalt."),
                 f("Næste møde holdes hos {mm:f} på {mm.addr}."),
                 f("{psy:F} tester {c:f} i {uge}.")]
    else:
        steps = [f("Sagsbehandleren sender referat til forældrene via Digital Post senest {dato}."),
                 "Skolen giver besked, hvis fraværet stiger over 10 procent.",
                 f("Far kontakter {omst}, når samværet er aftalt."),
                 f("Næste netværksmøde holdes {dato} {kl} i {lok}."),
                 f("PPR tester barnet i {uge}."), f("Der bevilges familiebehandling efter {indsats}.")]
    steps = R.sample(steps, R.randint(2, 4))
    opts.append(pick(["## Aftaler", "## Næste skridt", "### Hvad skal der ske?"]) + "\n" +
                "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps)))
    # footnote
    if P:
        opts.append(f(pick(["Bekymringen er delt af netværket[^1].\n\n[^1]: Oplyst af {mm:F}, tlf. {mm.ph}, den {dato}.",
                            "{C} har tidligere været i aflastning[^2].\n\n[^2]: Aflastningsfamilien {pm:l}, {pm.addr}.",
                            "Underretningen kom fra skolen[^1].\n\n[^1]: {l:F}, {l.mail}."])))
    else:
        opts.append(f(pick(["Bekymringen er delt af netværket[^1].\n\n[^1]: Oplyst af mormor telefonisk den {dato}.",
                            "Barnet har tidligere været i aflastning[^2].\n\n[^2]: Aflastning efter {indsats}, ophørt {dato}.",
                            "Underretningen kom fra skolen[^1].\n\n[^1]: Modtaget i postkassen for underretninger {dato} {kl}."])))
    # ICS notes
    ics = [("**Sundhedsforhold:** {C} har diagnosen {icd} og får {med}.",) * 2,
           ("**Skoleforhold:** {C} har et fravær på 18 procent. {L} beskriver {ham} som fagligt stærk.",
            "**Skoleforhold:** Barnet har et fravær på 18 procent. Klasselæreren beskriver barnet som fagligt stærkt."),
           ("**Trygt omsorgsmiljø:** {M} er stabil i hverdagen, men der er uro, når {sf} er der.",) * 2,
           ("**Socialt netværk:** {mm} og {ms} bor tæt på og kan hjælpe med hentning.",) * 2]
    opts.append("## ICS\n" + "\n".join("- " + f(t[0] if P else t[1]) for t in R.sample(ics, R.randint(2, 3))))
    R.shuffle(opts)
    return head, opts, [], "\n\n"


# ----------------------------------------------------------------------------------------------
# genre 1: statements from school, day care and PPR
SCHOOL_OBS = [
    "{C} er fagligt på niveau i dansk, men har svært ved matematik, især når opgaverne er tekststykker.",
    "{C} kommer ofte for sent og har sjældent madpakke med. {Han} spiser gerne, når der tilbydes skolemad.",
    "I frikvartererne holder {c} sig mest for sig selv eller går rundt sammen med gårdvagten.",
    "{C} har et godt forhold til {l} og søger ofte kontakt ved dagens start.",
    "Fraværet er steget fra 6 til 21 procent i løbet af efteråret, primært mandage og fredage.",
    "{C} reagerer kraftigt på uforudsete skift og har to gange i denne måned forladt skolen uden at sige det.",
    "{C} deltager aktivt i idræt og musik og er vellidt blandt kammeraterne.",
    "Der har været konflikter med to drenge fra parallelklassen, som skolen har håndteret med mægling.",
    "{M} deltog i skole-hjem-samtalen og var positiv over for et samarbejde med PPR.",
    "{F} har ikke reageret på beskeder på Aula siden november.",
    "{C} læser på niveau med en elev to klassetrin lavere og har fået en IT-rygsæk.",
    "{C} fortalte {l2} i spisepausen, at {han} ikke havde sovet hjemme i nat.",
    "{C} har ofte ondt i hovedet og beder om at komme på kontoret og hvile sig.",
    "Samarbejdet med hjemmet er godt, og {m} svarer hurtigt, når skolen skriver.",
]
DAYCARE_OBS = [
    "{C} er et glad barn, som hurtigt falder til om morgenen, når {m} har sagt farvel.",
    "Sprogligt bruger {c} korte sætninger og har brug for billeder for at forstå beskeder.",
    "{C} leger helst alene ved sandkassen og trækker sig, når der bliver larm på stuen.",
    "{C} bliver ofte hentet sent, og flere gange har det været {mm}, der har hentet.",
    "{C} har haft mange sygedage i efteråret og er ofte træt, når {han} kommer.",
    "Motorisk er {c} alderssvarende og elsker at klatre på legepladsen.",
    "{C} har svært ved overgange, fx fra leg til frokost, og græder meget i garderoben.",
    "På turen i skoven fortalte {c} om storm og regn og om at sove i bilen.",
    "{M} virker presset ved aflevering og har flere gange sagt, at hun ikke kan mere.",
    "{C} har fået tilbudt sprogstimulering to gange om ugen sammen med {p}.",
]
PPR_OBS = [
    "Observationen viser en elev, der har svært ved at fastholde opmærksomheden i mere end få minutter ad gangen.",
    "Testningen med WISC-V viser et samlet resultat i det lave normalområde med en relativ styrke i visuel bearbejdning.",
    "{C} samarbejdede godt under testningen, men blev træt efter ca. 40 minutter.",
    "PPR anbefaler en mere struktureret hverdag med visuel dagsplan og faste voksne.",
    "Det anbefales, at skolen søger om støttetimer, og at {c} får mulighed for pauser i et mindre rum.",
    "{Psy} har haft en samtale med {m} og {f} om resultaterne.",
    "Der er ikke grundlag for en henvisning til børne- og ungdomspsykiatrien på nuværende tidspunkt.",
    "{C} giver selv udtryk for, at det er svært at have mange voksne omkring sig i løbet af dagen.",
]


def g1(cx, band):
    f = cx.fill
    P = cx.P
    style = pick(["skole", "skole", "dagtilbud", "ppr"])
    head, opts, tail = [], [], []
    if style == "dagtilbud":
        cx.cast["c"].dob = rand_date(2020, 2022)
        cx.cast["c"].cpr = cpr_digits(cx.cast["c"].dob, cx.cast["c"].g)
    if style == "skole":
        t = pick(["Skoleudtalelse", "SKOLEUDTALELSE", "Udtalelse fra skolen", "Skoleudtalelse til Familieafdelingen"])
        if P:
            lines = [t, f(pick(["Vedr.: {c:F}, cpr.nr. {c.cpr}", "Elev: {c:lf} ({c.cpr})", "Vedrørende {c:F}, født {c.dob}",
                                "Elev: {c:F}\nFødselsdato: {c.dob}\nCpr.nr.: {c.cpr}"])),
                     f("Klasse: {klasse}")]
            if chance(0.8):
                lines.append(f(pick(["Forældre: {m:F} og {f:F}, {c.addr}", "Mor: {m:F}, tlf. {m.ph}\nFar: {f:F}, tlf. {f.ph}",
                                     "Forældremyndighed: {m:F} ({m.pmail})"])))
            if chance(0.45):
                lines.append(f(pick(["Adresse: {c.addr}", "Bopæl: {c.addr} (hos mor)"])))
            lines.append(f("Udarbejdet af: {l:F}, klasselærer" + pick(["", ", i samarbejde med {l2:F}"])))
        else:
            lines = [t, f(pick(["Vedr.: elev i {klasse} (sagsnr. {sagsnr})", "Vedrørende: Barn A, {c.age} år, {klasse}",
                                "Elev i {klasse}, journalnr. {sagsnr}"])),
                     pick(["Forældremyndighed: fælles", "Forældre: mor og far, begge informeret om udtalelsen"]),
                     "Udarbejdet af klasselæreren i samarbejde med AKT-læreren"]
        head.append("\n".join(lines))
        secs = [("Faglige forhold", SCHOOL_OBS[:1] + SCHOOL_OBS[10:11]), ("Trivsel og sociale forhold", SCHOOL_OBS[2:4] + SCHOOL_OBS[6:8]),
                ("Fremmøde", SCHOOL_OBS[1:2] + SCHOOL_OBS[4:6]), ("Samarbejde med hjemmet", SCHOOL_OBS[8:10] + SCHOOL_OBS[13:14]),
                ("Særlige observationer", SCHOOL_OBS[11:13])]
        for h, pool in secs:
            opts.append(h + "\n" + " ".join(f(x) for x in R.sample(pool, min(len(pool), R.randint(1, 2)))))
        if P and chance(0.6):
            opts.insert(R.randint(0, 2), f(pick(["Søskende på skolen: {s:F} (f. {s.dob}).", "Søskende: {s:F}, født {s.dob}, går i SFO.",
                                                 "Hjemmeadresse ifølge skolens system: {c.addr}. Mor oplyser, at familien er flyttet."])))
        if P:
            tail.append(f(pick(["Med venlig hilsen\n{l:F}\nKlasselærer\nDirekte tlf.: {l.ph} · {l.mail}",
                                "Venlig hilsen\n\n{l:F}, klasselærer\n{l.mail}",
                                "Hilsen {l:f} og {l2:f}\n{l.ph}"])))
        else:
            tail.append(f(pick(["Med venlig hilsen\nKlasselæreren\nSkolens kontor kan kontaktes via {omst}",
                                "Venlig hilsen\nSkoleledelsen\nUdtalelsen er sendt som sikker post den {dato}."])))
    elif style == "dagtilbud":
        t = pick(["Pædagogisk udtalelse", "Pædagogisk udtalelse fra børnehaven", "Udtalelse fra dagtilbud"])
        stue = pick(["Sommerfuglestuen", "Mariehønen", "Stue 3", "Grønne gruppe", "Vuggestuen, Blå stue"])
        if P:
            lines = [t, f("Barnets navn: {c:F}"), f(pick(["Fødselsdato: {c.dob}", "Cpr.nr.: {c.cpr}", "Født: {c.dob}\nCpr: {c.cpr}"])), f"Stue: {stue}",
                     f("Kontaktpædagog: {p:F}" + pick(["", ", tlf. {p.ph}"]))]
            if chance(0.7):
                lines.append(f(pick(["Forældre: {m:F} ({m.ph}) og {f:F} ({f.ph})", "Mor: {m:F}, {m.pmail}",
                                     "Adresse: {c.addr}", "Hjemmeadresse: {c.addr}\nMor: {m:F}, {m.ph}"])))
        else:
            lines = [t, f("Barn: pige/dreng, {c.age} år" if chance(0.3) else "Barn: Barn A, {c.age} år"), f"Stue: {stue}",
                     "Kontaktpædagog: stuens pædagog", f("Udtalelsen er bestilt af Familieafdelingen, {kom}")]
        head.append("\n".join(lines))
        pool = R.sample(DAYCARE_OBS, len(DAYCARE_OBS))
        hds = R.sample(["Leg og relationer\n", "Sprog og kommunikation\n", "Overgange og hverdag\n", "Trivsel\n", "Samarbejde med forældrene\n"], 5)
        plain = chance(0.4)
        for i in range(0, len(pool), 2):
            opts.append(("" if plain else hds[i // 2]) + " ".join(f(x) for x in pool[i:i + 2]))
        if P:
            tail.append(f(pick(["{p:F}, pædagog\n{p.mail}", "Med venlig hilsen\n{p:F} og {led:F} (leder)",
                                "Skrevet af {p:F} den {dato}. Kontakt: {p.ph}"])))
        else:
            tail.append(f(pick(["Pædagog og leder, {kom}", "Skrevet af stuens pædagog den {dato}."])))
    else:
        t = pick(["PPR-udtalelse", "Pædagogisk Psykologisk Rådgivning – udtalelse", "Psykologisk udtalelse (PPR)"])
        if P:
            lines = [t, f(pick(["Vedr.: {c:F} ({c.dob})", "Elev: {c:F}, cpr {c.cpr}", "{c:U}, {klasse}, f. {c.dob}", "Vedr.: {c:F}, {c.cpr}, født {c.dob}"])),
                     f("Psykolog: {psy:F}" + pick(["", ", {psy.mail}", ", tlf. {psy.ph}"]))]
        else:
            lines = [t, f("Vedr.: elev i {klasse}, {c.age} år"), "Psykolog: PPR, team Vest", f("Henvist: {dato}")]
        head.append("\n".join(lines))
        bg = ("Baggrund\n{C} er indstillet til PPR af skolen efter samtale med {m} og {f}. Forældrene har givet samtykke den {dato}.",
              "Baggrund\nBarnet er indstillet til PPR af skolen efter samtale med forældrene. Samtykke er givet den {dato}.")
        opts.append(f(bg))
        pool = R.sample(PPR_OBS, len(PPR_OBS))
        opts.append("Observation\n" + " ".join(f(x) for x in pool[:2]))
        opts.append("Vurdering\n" + " ".join(f(x) for x in pool[2:4]))
        opts.append("Anbefalinger\n" + " ".join(f(x) for x in pool[4:6]))
        if P:
            opts.append(f(pick(["Kopi sendt til {m:F}, {c.addr}, og til {sb:F} i Familieafdelingen.",
                                "Forældrene kan kontaktes på {m.ph} (mor) og {f.ph} (far)."])))
            tail.append(f(pick(["{psy:F}\nAut. psykolog\n{psy.ph}", "Med venlig hilsen\n{psy:F}, {psy.mail}"])))
        else:
            opts.append(f(pick(["Kopi sendt til forældrene og til Familieafdelingen via sikker post.",
                                "Udtalelsen indgår i den børnefaglige undersøgelse efter § 20."])))
            tail.append(pick(["PPR, aut. psykolog", "Med venlig hilsen\nPPR"]))
    return head, opts, tail, "\n\n"


# ----------------------------------------------------------------------------------------------
# genre 2: foster care / residential status reports
FOSTER_OBS = [
    "{C} er faldet godt til i familien og har fået sit eget værelse, som {han} selv har været med til at indrette.",
    "{C} sover stadig uroligt og kommer ofte ind til {pm} om natten.",
    "Samværet med {m} foregår hver anden lørdag i tre timer med støtte fra {kons}.",
    "Efter telefonsamtalerne med {f} er {c} ofte ked af det og trækker sig ind på værelset.",
    "{C} har fået en god ven i klassen og har været med hjem til ham to gange.",
    "{C} går til svømning om tirsdagen og har fået sit første mærke.",
    "{Pm} og {pf} har deltaget i kursus om traumebevidst omsorg.",
    "{C} spørger tit til {s}, som bor på et andet opholdssted. Der er aftalt søskendesamvær en gang om måneden.",
    "{Mm} ringer hver søndag, og samtalerne går godt.",
    "{C} har haft et udbrud i skolen, hvor {han} kastede med en stol. Skolen og {pf} har lavet en plan for pauser.",
    "{C} tager {med} hver morgen; medicinen udleveres af {pm}.",
    "Ved det seneste samvær mødte {m} påvirket op, og samværet blev afbrudt efter en halv time.",
    "{C} har selv bedt om at få besøg af {fm}, og det er aftalt til påskeferien.",
    "{C} er begyndt at hjælpe til i køkkenet og er stolt, når maden bliver rost.",
    "{Pf:g} værksted i garagen er blevet {c:g} yndlingssted, og de bygger en sæbekassebil sammen.",
]
RES_OBS = [
    "{C} har i perioden overholdt aftalerne om hjemkomst på hverdage, men ikke i weekenderne.",
    "{C} har været i praktik i en cykelforretning og har fået god feedback.",
    "Der har været to episoder med hash på værelset. Det er drøftet med {c} og {sb}.",
    "{C} har en god relation til {k} og bruger aftensamtalerne til at tale om sin mor.",
    "{C} deltager i husmøderne og har selv foreslået en fælles tur i weekenden.",
    "Kontakten til {f} er sporadisk. {C} ønsker ikke at se ham lige nu.",
    "{C} har haft fravær fra det interne skoletilbud, primært om morgenen.",
    "{M} besøger stedet hver anden onsdag, og besøgene forløber roligt.",
]
LOG_P = [
    "{c:f} i skole hele dagen. God stemning ved aftensmaden.",
    "Telefonsamtale med {m:f} kl. 19. {c:f} ked af det bagefter, snakket med {ham} på værelset.",
    "{c:f} ikke hjemme til aftalt tid. Ringet til {f:f} på {f.ph}, som ikke tog den.",
    "Samvær hos {mm:f}, {mm.addr}. Hentet kl. 17, alt vel.",
    "{c:lo} har sovet dårligt, vågnede kl. 3 og kom ind på kontoret.",
    "Møde med {l:F} om fravær. Næste møde {dato}.",
    "{c:f} og {k2:f} bagte boller. {c:f} fortalte om {s:f}.",
    "Konflikt med en anden ung om fjernbetjeningen. {c:f} gik selv fra.",
    "{f:f} ringede fra nyt nummer: {f.ph}. Videregivet til {sb:f}.",
    "{c:f} til tandlæge med {k:f}. To huller.",
    "Rolig aften. {c:f} og {k2:f} så film i fællesstuen. Sengetid overholdt.",
    "{m:f} aflyste samværet en time før. {c:f} græd og ville ikke spise.",
    "Skolen ({l2:F}) ringede: {c:f} har slået en klassekammerat. Samtale efter skole.",
    "{c:f} fortalte ved godnat, at {f:f} har sendt beskeder på Snapchat.",
]
LOG_C = [
    "Barnet i skole hele dagen. God stemning ved aftensmaden.",
    "Telefonsamtale med mor kl. 19. Barnet ked af det bagefter, snakket med {ham} på værelset.",
    "Den unge ikke hjemme til aftalt tid. Ringet til far, som ikke tog den. Vagthavende orienteret.",
    "Samvær hos mormor. Hentet kl. 17, alt vel.",
    "Har sovet dårligt, vågnede kl. 3 og kom ind på kontoret.",
    "Møde med skolen om fravær. Næste møde {dato}.",
    "Bagte boller med en voksen. Fortalte om sin lillesøster.",
    "Konflikt med en anden ung om fjernbetjeningen. Gik selv fra.",
    "Til tandlæge med kontaktpædagogen. To huller.",
    "Rolig aften, så film i fællesstuen. Sengetid overholdt.",
    "Mor aflyste samværet en time før. Barnet græd og ville ikke spise.",
    "Skolen ringede: har slået en klassekammerat. Samtale efter skole.",
    "Fortalte ved godnat, at far har sendt beskeder på Snapchat.",
    "Gik tur i skoven efter stormen. God snak om ferien.",
]


def log_lines(cx, n, chunks=1):
    f = cx.fill
    P = cx.P
    out = []
    d = datetime.date(2025, R.randint(1, 3), R.randint(1, 20))
    pool = R.sample(LOG_P if P else LOG_C, n)
    st = pick(["dagbog", "stamp", "plain"])
    for t in pool:
        d += datetime.timedelta(days=R.randint(1, 3))
        if st == "dagbog":
            pre = f"Dagbog {d.day}/{d.month}: "
        elif st == "stamp":
            pre = f"{d.day:02d}.{d.month:02d} kl. {R.randint(7, 23)}.{pick(['05', '20', '40', '55'])} – "
        else:
            pre = f"{d.day}/{d.month} "
        body = f(t)
        body = body[0].upper() + body[1:] if body[0].isalpha() else body
        if P:
            sig = f(pick([" /{k:i}", " /{k2:i}", " ({k:i})", " – {k2:id}", " /{led:i}"]))
        else:
            sig = pick([" /dagvagt", " (nattevagt)", " – aftenvagt", "", " /kontaktpæd."])
        out.append(pre + body + sig)
    if chunks == 1:
        return "\n".join(out)
    k = max(1, len(out) // chunks)
    return ["\n".join(out[i:i + k]) for i in range(0, len(out), k)]


def g2(cx, band):
    f = cx.fill
    P = cx.P
    style = pick(["pleje", "pleje", "ophold", "log"])
    head, opts, tail = [], [], []
    per = pick(["1. oktober 2024 – 31. marts 2025", "januar–juni 2025", "2. halvår 2024", "perioden siden sidste status"])
    if style == "pleje":
        if P:
            lines = [f(pick(["Statusrapport – plejefamilien {pf:l}", "Statusrapport fra plejefamilie", "STATUS {c:U}"])),
                     f"Periode: {per}",
                     f(pick(["Barn: {c:F}, f. {c.dob}, cpr {c.cpr}", "Barn: {c:F} ({c.cpr})", "Plejebarn: {c:F}, født {c.dob}", "Plejebarn: {c:F}, cpr.nr. {c.cpr}"])),
                     f(pick(["Plejeforældre: {pm:F} og {pf:F}, {pm.addr}", "Plejeforældre: {pm:f} og {pf:F}\nAdresse: {pm.addr}"]))]
            if chance(0.7):
                lines.append(f(pick(["Tlf.: {pm.ph} / {pf.ph}", "Mail: {pm.pmail}", "Tlf. plejemor: {pm.ph}"])))
            if chance(0.6):
                lines.append(f("Familieplejekonsulent: {kons:F}" + pick(["", ", {kons.mail}"])))
        else:
            lines = [pick(["Statusrapport fra plejefamilie", "Statusrapport – netværksplejefamilie", "STATUSRAPPORT"]),
                     f"Periode: {per}", f("Barn: Barn A, {c.age} år, anbragt efter {anbr}"),
                     f("Plejeforældre: plejemor og plejefar, bosat i {kom}"),
                     pick(["Familieplejekonsulent: tilknyttet via Familieplejen", "Supervision: hver 6. uge"])]
        head.append("\n".join(lines))
        if P:
            opts.append(f("Praktiske oplysninger\n" + "\n".join(R.sample([
                "Sygesikring: {c:F}, cpr {c.cpr}", "Egen læge: {dr:F}, tlf. {dr.ph}", "Søskende: {s:F}, f. {s.dob}, anbragt i anden plejefamilie",
                "Mor: {m:F}, {m.addr}", "Far: {f:F}, f. {f.dob}"], 3))))
        else:
            opts.append(f("Praktiske oplysninger\nSygesikring: gruppe 1, egen læge i {kom}\nSøskende: anbragt i anden plejefamilie\nPas: fornyes i {uge}"))
        pool = R.sample(FOSTER_OBS, len(FOSTER_OBS))
        for i, h in enumerate(["Trivsel og udvikling", "Skole", "Samvær med biologisk familie", "Netværk", "Sundhed"]):
            opts.append(h + "\n" + " ".join(f(x) for x in pool[2 * i:2 * i + 2]))
        if chance(0.5):
            opts.append("Uddrag af dagbog\n" + log_lines(cx, R.randint(2, 3)))
        if P:
            tail.append(f(pick(["Med venlig hilsen\n{pm:F} og {pf:F}", "{pm:f} & {pf:f}", "Skrevet af {pf:F} den {dato}"])))
        else:
            tail.append(f(pick(["Med venlig hilsen\nplejeforældrene", "Skrevet af plejefar den {dato}"])))
    elif style == "ophold":
        if P:
            lines = [pick(["Halvårsstatus fra opholdsstedet", "Statusrapport – opholdssted", "Status til handlekommunen"]),
                     f(pick(["Ung: {c:F} ({c.age} år)", "Navn: {c:F}\nCpr.nr.: {c.cpr}", "Vedr.: {c:F}, f. {c.dob}"])),
                     f(pick(["Kontaktpædagog: {k:F}, tlf. {k.ph}", "Kontaktperson: {k:F} ({k.mail})", "Kontaktpædagoger: {k:F} og {k2:F}"])),
                     f("Sagsbehandler: {sb:F}, {kom}")]
            if chance(0.5):
                lines.append(f(pick(["Bopæl før anbringelse: {m.addr} (hos mor)", "Weekender hos {mm:f}, {mm.addr}"])))
        else:
            lines = [pick(["Halvårsstatus fra opholdsstedet", "Statusrapport – opholdssted"]),
                     f("Ung: {c.age} år, anbragt efter {anbr}"), "Kontaktpædagog: tilknyttet siden anbringelsen",
                     f("Handlekommune: {kom}, sagsnr. {sagsnr}")]
        head.append("\n".join(lines))
        if P and chance(0.7):
            opts.append(f(pick(["Familie\nMor: {m:F}, f. {m.dob}, tlf. {m.ph}\nFar: {f:F}, {f.addr}",
                                "Søskende: {s:F} (f. {s.dob}) bor hjemme hos {m:f}.", "Ny skole pr. 1/8. Indskrevet som {c:F}, cpr {c.cpr}."])))
        pool = R.sample(RES_OBS, len(RES_OBS))
        for i, h in enumerate(["Hverdag", "Skole og beskæftigelse", "Familie", "Mål i barnets plan"]):
            opts.append(h + "\n" + " ".join(f(x) for x in pool[2 * i:2 * i + 2]))
        opts.append("Uddrag af logbog\n" + log_lines(cx, R.randint(2, 4)))
        if P:
            tail.append(f(pick(["{k:F}, kontaktpædagog\n{led:F}, forstander", "Venlig hilsen {k:F} – {k.mail}"])))
        else:
            tail.append(pick(["Kontaktpædagog og forstander", "Venlig hilsen opholdsstedet"]))
    else:
        if P:
            head.append(f(pick(["Dagbog – {c:F}", "Logbog {c:f} uge {uge}", "Daglige noter ({c:i})", "Dagbog – {c:F} ({c.cpr})"])))
        else:
            head.append(f(pick(["Dagbog – Barn A ({c.age} år)", "Logbog afdeling B, {uge}", "Daglige noter"])))
        opts.extend(log_lines(cx, len(LOG_P), chunks=R.randint(3, 5)))
        if P:
            opts.append(f(pick(["Bemærk: {m:f} har fået nyt nummer {m.ph}.", "Ny adresse for far: {f.addr}", "Ny adresse for mor: {m.addr} (flyttet {dato})",
                                "Kontakt ved akut: {pm:F} {pm.ph}"])))
        elif not P:
            opts.append(f(pick(["Bemærk: ved akut behov ring {pub}.", "Husk statusmøde {dato} {kl}."])))
    return head, opts, tail, "\n\n"


# ----------------------------------------------------------------------------------------------
# genre 3: OCR'd scanned letters and handwritten notes
def noise_word(w):
    ops = []
    if "m" in w:
        ops.append(lambda x: x.replace("m", "rn", 1))
    if "rn" in w:
        ops.append(lambda x: x.replace("rn", "m", 1))
    if "l" in w:
        ops.append(lambda x: x.replace("l", "1", 1))
    if "o" in w or "O" in w:
        ops.append(lambda x: x.replace("O", "0", 1) if "O" in x else x.replace("o", "0", 1))
    if "i" in w:
        ops.append(lambda x: x.replace("i", "l", 1))
    if "e" in w:
        ops.append(lambda x: x.replace("e", "c", 1))
    if "n" in w:
        ops.append(lambda x: x.replace("n", "u", 1))
    if "h" in w:
        ops.append(lambda x: x.replace("h", "b", 1))
    if "ø" in w:
        ops.append(lambda x: x.replace("ø", "o", 1))
    if "å" in w:
        ops.append(lambda x: x.replace("å", "a", 1))
    ops.append(lambda x: (lambda k: x[:k] + pick([".", "'", "`", "~", "¦", ","]) + x[k:])(R.randint(1, len(x) - 1)))
    if len(w) >= 8 and w.isalpha():
        ops.append(lambda x: (lambda k: x[:k] + "-\n" + x[k:])(R.randint(3, len(x) - 3)))
    return pick(ops)(w)


def ocr_plain(s, rate):
    toks = re.split(r"( +)", s)
    out = []
    for t in toks:
        m = re.fullmatch(r"([A-Za-zÆØÅæøå]{4,})([.,:;]?)", t)
        if m and chance(rate):
            t = noise_word(m.group(1)) + m.group(2)
        out.append(t)
    for i in range(1, len(out) - 1):
        if out[i] == " " and out[i - 1] and out[i + 1] and out[i - 1][-1].isalpha() and out[i + 1][0].isalpha() \
                and chance(rate * 0.25):
            out[i] = ""
    return "".join(out)


DIGIT_NOISE = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"], "6": ["b"]}


def noise_span(kind, t):
    if kind in ("phone", "cpr", "dob"):
        idx = [i for i, ch in enumerate(t) if ch in DIGIT_NOISE]
        if not idx:
            return t
        i = pick(idx)
        return t[:i] + pick(DIGIT_NOISE[t[i]]) + t[i + 1:]
    if kind == "name":
        subs = [("n", "u"), ("m", "rn"), ("e", "c"), ("i", "l"), ("rn", "m"), ("h", "b"), ("ø", "o")]
        cand = [(a, b) for a, b in subs if a in t[1:]]
        if not cand:
            return t
        a, b = pick(cand)
        k = t.index(a, 1)
        return t[:k] + b + t[k + len(a):]
    if kind == "address":
        k = t.find("e")
        return t if k < 1 else t[:k] + "c" + t[k + 1:]
    return t


def ocr(block, rate=0.12, span_rate=0.25):
    out, last = [], 0
    for m in MARK.finditer(block):
        out.append(ocr_plain(block[last:m.start()], rate))
        t = m.group(2)
        if chance(span_rate):
            t = noise_span(m.group(1), t)
        out.append(S(m.group(1), t))
        last = m.end()
    out.append(ocr_plain(block[last:], rate))
    return "".join(out)


def stamp():
    d = rand_date(2024, 2025)
    if d > datetime.date(2025, 6, 30):
        d = d.replace(year=2024)
    return pick([f"Modtaget {d.day}. {MON3[d.month - 1]} {d.year}", f"MODTAGET\n{d.day:02d} {MON3[d.month - 1].upper().rstrip('.')} {d.year}",
                 f"Indgået {d.day:02d}.{d.month:02d}.{d.year} – Borgerservice", f"[stempel: MODTAGET {d.day}/{d.month}-{d.year % 100:02d}]"])


LETTER_P = [
    "Jeg skriver fordi jeg ikke er enig i det der står i referatet fra mødet. Det passer ikke at {c} har været alene hjemme om natten.",
    "{C} har det meget bedre nu og går i skole hver dag. Det kan {l} bekræfte.",
    "Jeg vil gerne have at {mm} kommer med til næste møde som min bisidder.",
    "Jeg har ringet flere gange men der er ingen der ringer tilbage, og jeg ved ikke hvad der skal ske.",
    "Jeg beder om aktindsigt i hele sagen, også notaterne fra skolen og fra sundhedsplejen.",
    "{F} har ikke betalt børnebidrag siden august, og jeg har svært ved at få pengene til at slå til.",
    "{C} savner sin far, men jeg er bange for at han drikker igen når {c} er der.",
    "Jeg håber at I vil læse mit brev inden mødet, for jeg bliver tit for nervøs til at sige det hele.",
]


def g3(cx, band):
    f = cx.fill
    P = cx.P
    style = pick(["brev", "brev", "advokat", "notat", "notat", "blanket"])
    head, opts, tail = [], [], []
    town = cx.cast["m"].addr.town
    if style == "brev":
        if P:
            head.append(f("{m:F}\n{m.addr:twoline}" + pick(["\nTlf. {m.ph}", "\n{m.ph}", ""])))
            head.append(f(pick(["{kom}\nFamilieafdelingen\nAtt. {sb:F}", "Til {sb:F}\n{kom}", "{kom}\nBørn og Familie"])))
        else:
            head.append(f("Afsender: mor (navn og adresse fjernet)\n{kom}\nFamilieafdelingen"))
        head.append(stamp() if chance(0.7) else f"{town}, d. {ev_date('long')}")
        if P:
            head.append(f(pick(["Vedr. min søn {c:F}, cpr-nr. {c.cpr}" if cx.cast["c"].g == "m" else "Vedr. min datter {c:F}, cpr-nr. {c.cpr}",
                                "Ang. {c:F} født {c.dob}", "Vedr. sag om {c:f} ({c.cpr})", "Vedr. {c:F}, {c.addr:town}"])))
        else:
            head.append(f(pick(["Vedr. sagsnr. {sagsnr}", "Ang. mødet den {dato}", "Vedr. referat af netværksmøde"])))
        for t in R.sample(LETTER_P, len(LETTER_P)):
            opts.append(f(t))
        if P:
            opts.append(f(pick(["{C} er født {c.dob} og har boet hos mig hele livet.", "Mit andet barn, {s:F}, er født {s.dob} og bor også hos mig."])))
            opts.append(f(pick(["Vi er flyttet og min nye adresse er {m.addr}.", "I kan også skrive til mig på {m.pmail}.",
                                "Min mor {mm:F} kan kontaktes på {mm.ph} hvis I ikke kan få fat i mig."])))
            tail.append(f(pick(["Med venlig hilsen\n{m:F}", "Venlig hilsen {m:f}", "Mvh\n{m:F} ({m.ph})"])))
        else:
            opts.append(f(pick(["Vi er flyttet til en mindre lejlighed i samme by.", "I kan også ringe til mig efter kl. 15.",
                                "Jeg har vedlagt kopi af brevet fra {body}."])))
            tail.append(pick(["Med venlig hilsen\nmor", "Venlig hilsen\n(underskrift)"]))
    elif style == "advokat":
        if P:
            head.append(f("Advokat {adv:F}\n{adv.addr}\nTlf. {adv.ph} · {adv.mail}"))
            head.append(f("{kom}\nBørne- og Familieafdelingen\nAtt.: {sb:F}"))
        else:
            head.append(f("ADVOKATKONTORET\n(brevhoved)\n\n{kom}\nBørne- og Familieafdelingen"))
        head.append(stamp())
        if P:
            head.append(f("Vedr.: {c:F}, cpr {c.cpr} – anmodning om aktindsigt"))
            opts.append(f("Som advokat for {m:F}, {m.addr}, skal jeg hermed anmode om aktindsigt i sagen vedrørende hendes barn."))
        else:
            head.append(f("Vedr.: sagsnr. {sagsnr} – anmodning om aktindsigt"))
            opts.append("Som advokat for mor skal jeg hermed anmode om aktindsigt i sagen vedrørende hendes barn.")
        opts.append(f("Anmodningen omfatter samtlige dokumenter, herunder underretninger, referater og interne notater, jf. forvaltningslovens regler."))
        opts.append(f("Min klient er ikke enig i kommunens vurdering af, at der er grundlag for en anbringelse efter {anbr}."))
        opts.append(f("Jeg skal bede om at modtage materialet senest {dato}, og at kommunen bekræfter modtagelsen af dette brev."))
        opts.append(f(("Jeg gør opmærksom på, at {f:F} ikke har forældremyndighed og derfor ikke skal have kopi.",
                       "Jeg gør opmærksom på, at far ikke har forældremyndighed og derfor ikke skal have kopi.")))
        opts.append(f(("Det fremgår af det seneste referat, at {c:f} skulle have været inddraget, men der er ikke vedlagt noget referat af en samtale med barnet.",
                       "Det fremgår af det seneste referat, at barnet skulle have været inddraget, men der er ikke vedlagt noget referat af en samtale med barnet.")))
        opts.append("Jeg forbeholder mig ret til at vende tilbage med yderligere bemærkninger, når materialet er gennemgået, og beder om, at sagen ikke afgøres inden da.")
        tail.append(f(("Med venlig hilsen\n{adv:F}\nadvokat (L)", "Med venlig hilsen\nadvokat (L)")))
    elif style == "notat":
        hh = f"{R.randint(8, 15)}.{R.randint(0, 59):02d}"
        d = f"{R.randint(1, 28)}/{R.randint(1, 6)}"
        head.append(pick([f"Tlf.notat {d} kl {hh}", f"Håndskr. notat – hj.besøg {d}", f"Notat {d}-25 (skrevet af fra post-it)",
                          f"TLF {d} {hh}"]))
        if P:
            lines = [f("bm ({m:lo}) ringer. fortæller at {c:f} ikke har været i skole siden tirs."),
                     f("bf ({f:f}) har hentet {ham} uden aft. – bm meget ked af det"),
                     f("bm tlf {m.ph} – ønsker opringn. efter kl 14"),
                     f("mormor {mm:F} var med på hj.besøget, bor {mm.addr}"),
                     f("bm staver mail: {SPOKENMAIL}"),
                     f("ifht. samvær: bf vil ha' weekender, bm siger nej. aftalt møde {dato}"),
                     f("skolen ({l:f}) bekymret mht. fravær, ca. 20 %"),
                     f("søsk. {s:f} f. {s.dob} – ikke set i institutionen i 2 uger"),
                     f("ny adr. for bf: {f.addr}"),
                     f("bm's fødselsdato {m.dob}, cpr {m.cpr} (til tolkebestilling)")]
            lines = [x for x in lines]
            opts.extend(R.sample(lines, len(lines)))
            tail.append(f(pick(["/{sb:i}", "– {sb:id}", "{sb:f}", "/{sb:i} {dato}"])))
        else:
            lines = ["bm ringer. fortæller at barnet ikke har været i skole siden tirs.",
                     "bf har hentet barnet uden aft. – bm meget ked af det",
                     "bm ønsker opringn. efter kl 14 – ring via hovednr.",
                     "mormor var med på hj.besøget, bor i samme opgang",
                     f("ifht. samvær: bf vil ha' weekender, bm siger nej. aftalt møde {dato}"),
                     "skolen bekymret mht. fravær, ca. 20 %",
                     f("husk partshøring før afg. om {indsats}"),
                     f("bm har fået {med} af egen læge, sover bedre"),
                     f("evt. tolk (dari) til næste møde {kl}")]
            opts.extend(R.sample(lines, len(lines)))
            tail.append(pick(["/sagsbeh.", "– rådgiver, team Nord", "(notat afsluttet)"]))
    else:
        head.append(pick(["SAMTYKKEERKLÆRING", "Samtykke til indhentning af oplysninger", "BLANKET – samtykke"]))
        if P:
            head.append(f("Undertegnede forældremyndighedsindehaver\nNavn: {m:F}\nCpr-nr.: {m.cpr}\nAdresse: {m.addr}"))
            opts.append(f(pick(["giver hermed samtykke til, at {kom} må indhente oplysninger om mit barn\nNavn: {c:F}   Cpr-nr.: {c.cpr}",
                                "giver hermed samtykke til, at {kom} må indhente oplysninger om mit barn\nNavn: {c:F}   Fødselsdato: {c.dob}"])))
            opts.append("fra: skole, egen læge, PPR, sundhedsplejen og tandplejen.")
            opts.append("Samtykket gælder i 12 måneder og kan til enhver tid trækkes tilbage.")
            tail.append(f("Dato: {dato}     Underskrift: {m:f} {m:l}" + pick(["", "\nTlf.: {m.ph}"])))
        else:
            head.append("Undertegnede forældremyndighedsindehaver\nNavn: ____________\nCpr-nr.: ______-____\nAdresse: ____________")
            opts.append(f("giver hermed samtykke til, at {kom} må indhente oplysninger om mit barn\nNavn: ____________   Cpr-nr.: ______-____"))
            opts.append("fra: skole, egen læge, PPR, sundhedsplejen og tandplejen.")
            opts.append("Samtykket gælder i 12 måneder og kan til enhver tid trækkes tilbage.")
            tail.append("Dato: ________     Underskrift: ______________________")
    rate = pick([0.06, 0.1, 0.15])
    nz = lambda b: ocr(b, rate)
    return [nz(b) for b in head], [nz(b) for b in opts], [nz(b) for b in tail], pick(["\n\n", "\n"])


def spoken_mail(m):
    local, dom = m.split("@")
    w = lambda x: x.replace(".", " punktum ").replace("_", " understreg ").replace("-", " bindestreg ")
    return f"{w(local)} snabel-a {w(dom)}"


GENERIC["SPOKENMAIL"] = lambda cx: S("email", spoken_mail(cx.person("m").mail()))


# ----------------------------------------------------------------------------------------------
# genre 4: calendar invitations, Teams notes, task lists
TEAMS = ("________________________________________________________________________________\n"
         "Microsoft Teams-møde\nDeltag på din computer, i din mobilapp eller på en rumenhed\n"
         "Klik her for at deltage i mødet\nMøde-id: {mid}\nAdgangskode: {pw}\n"
         "Få mere at vide | Mødeindstillinger\n"
         "________________________________________________________________________________")


def teams_block():
    mid = f"{R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}"
    pw = "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(6))
    return TEAMS.format(mid=mid, pw=pw)


def cal_dt():
    d = datetime.date.fromordinal(R.randint(datetime.date(2025, 1, 6).toordinal(), datetime.date(2025, 6, 27).toordinal()))
    h = R.randint(8, 14)
    m = pick(["00", "30"])
    st = pick(["da", "num"])
    wd = ["ma", "ti", "on", "to", "fr", "lø", "sø"][d.weekday()]
    if st == "da":
        return f"{wd} {d.day:02d}-{d.month:02d}-{d.year} {h:02d}:{m}", f"{wd} {d.day:02d}-{d.month:02d}-{d.year} {h + 1:02d}:{m}"
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year} kl. {h}.{m}", f"{d.day}. {MONTHS[d.month - 1]} {d.year} kl. {h + 1}.{m}"


def g4(cx, band):
    f = cx.fill
    P = cx.P
    style = pick(["invite", "invite", "noter", "opgaver", "opgaver"])
    head, opts, tail = [], [], []
    if style == "invite":
        a, b = cal_dt()
        if P:
            emne = f(pick(["Netværksmøde vedr. {c:F}", "Statusmøde – {c:f} ({c.age} år)", "Statusmøde – {c:F} (f. {c.dob})", "Møde om {c:F}, {c.cpr}", "Opfølgning på underretning – {c:F}",
                           "Samvær {c:f}/{f:f}", "Børnesamtale {c:f}"]))
            lines = [f"Emne: {emne}", f"Start: {a}", f"Slut: {b}",
                     "Placering: " + pick(["Microsoft Teams-møde", "Mødelokale 3, Rådhuset", f("Hjemme hos familien, {c.addr}"), f("Hos {mm:f}, {mm.addr}")]),
                     f(pick(["Mødearrangør: {sb:F} <{sb.mail}>", "Mødearrangør: {sb:F}", "Arrangør: {sb:lf}"]))]
            ks = R.sample(["m", "f", "l", "psy", "sp", "mm", "p"], R.randint(2, 4))
            parts = []
            for k in ks:
                if chance(0.5):
                    parts.append(f("{%s:F} <{%s.%s}>" % (k, k, "mail" if k in PRO_KEYS else "pmail")))
                else:
                    parts.append(f("{%s:F}" % k))
            lines.append(pick(["Påkrævede deltagere: ", "Deltagere: "]) + "; ".join(parts))
            if chance(0.4):
                lines.append(f("Valgfrie deltagere: {sb2:F}"))
        else:
            emne = f(pick(["Netværksmøde – sag {sagsnr}", "Statusmøde anbragt barn ({c.age} år)", "Opfølgning på underretning",
                           "Børnesamtale – booket lokale", "Møde om barnets plan (§ 91)"]))
            lines = [f"Emne: {emne}", f"Start: {a}", f"Slut: {b}",
                     "Placering: " + pick(["Microsoft Teams-møde", "Mødelokale 3, Rådhuset", f("{lok}, Familiehuset")]),
                     "Mødearrangør: Familieafdelingen, team " + pick(["Nord", "Syd", "Øst", "Vest", "Unge"]),
                     "Deltagere: " + ", ".join(R.sample(["mor", "far", "skolens AKT-vejleder", "PPR", "sundhedsplejersken",
                                                         "familiebehandler", "bisidder", "teamleder"], R.randint(3, 5)))]
        head.append("\n".join(lines))
        body = [f(("Hej alle\n\nJeg indkalder hermed til møde om {c:f}. Vi skal følge op på aftalerne fra sidst og drøfte skolegangen.",
                   "Hej alle\n\nJeg indkalder hermed til møde om barnet. Vi skal følge op på aftalerne fra sidst og drøfte skolegangen.")),
                f(("{M} har ønsket, at {mm:F} deltager som netværksperson. Hun kan kontaktes på {mm.ph}.",
                   "Mor har ønsket, at mormor deltager som netværksperson.")),
                f(("Dagsorden: 1) velkomst 2) status fra skolen v/ {l:f} 3) barnets perspektiv 4) aftaler.",
                   "Dagsorden: 1) velkomst 2) status fra skolen 3) barnets perspektiv 4) aftaler.")),
                f(("Hvis I er forhindrede, så ring til mig på {sb.ph}.", "Hvis I er forhindrede, så ring til {omst}.")),
                f(("{F} deltager telefonisk fra {f.addr} – ring ham op på {f.ph}.", "Far deltager telefonisk – ring ham op fra mødelokalet."))]
        body += [f("Formålet med mødet er at samle op på den børnefaglige undersøgelse og lave en foreløbig plan for, hvem der gør hvad."),
                 "Der er afsat en time, og der vil være kaffe og frugt. Husk at melde tilbage, hvis I ikke kan deltage.",
                 f("Vi starter med barnets perspektiv, som {sb} har fået via samtalen med {c:f} i sidste uge."),
                 f("Tolk er bestilt. {M} har bedt om, at mødet holdes på dansk med tolkning, så {f} også kan følge med."),
                 "Vedhæftet: referat fra sidste møde og skolens udtalelse. Dokumenterne må ikke videresendes."]
        opts.extend(R.sample(body[1:], len(body) - 1))
        head.append(body[0])
        if band > 0 or chance(0.3):
            tail.append(teams_block())
    elif style == "noter":
        if P:
            head.append(f(pick(["Mødenoter – {dato}", "Noter fra Teams-møde om {c:f}", "Referat (kort) – {c:F}"])))
            head.append(f("Til stede: " + ", ".join(pick([["{sb:f}", "{l:f}", "{psy:f}", "{m:f}"], ["{sb:F}", "{m:F}", "{f:F}"],
                                                             ["{sb:i}", "{l2:i}", "{p:F}", "{m:f}"]]))))
        else:
            head.append(f(pick(["Mødenoter – {dato}", "Noter fra Teams-møde", "Referat (kort)"])))
            head.append("Til stede: " + ", ".join(R.sample(["sagsbehandler", "klasselærer", "PPR", "mor", "far", "familiebehandler"], 4)))
        pts = [("• {m:f} siger at {c:f} sover bedre efter {med}", "• mor siger at barnet sover bedre efter {med}"),
               ("• fravær stadig højt, især fredage – {l:f} sender liste", "• fravær stadig højt, især fredage – skolen sender liste"),
               ("• far ikke mødt. Ring {f.ph}", "• far ikke mødt. Sagsbeh. ringer via hovednr."),
               ("• ny adresse: {c.addr}", "• familien flytter efter {uge}, samme skoledistrikt"),
               ("• {f:g} nye adresse ukendt – {sb:f} tjekker CPR", "• fars nye adresse ukendt – sagsbeh. tjekker CPR"),
               ("• næste møde hos {mm:f}, {mm.addr}", "• næste møde i {lok}"),
               ("• {psy:f} foreslår test efter jul", "• PPR foreslår test efter jul"),
               ("• {c:f} ønsker ikke samvær hos {fm:f} lige nu", "• barnet ønsker ikke samvær hos farmor lige nu"),
               ("• mormor ({mm:F}, {mm.ph}) kan hente tirs+tors", "• mormor kan hente tirs+tors"),
               ("• skalering: {m:f} 6, skolen 4, {sb:f} 4", "• skalering: mor 6, skolen 4, sagsbeh. 4"),
               ("• husk: {c:f} fylder {c.age} i {uge}", "• husk: partshøring inden afgørelse (forvaltningslovens § 19)"),
               ("• {c:F} ({c.dob}) – skoleskift drøftet", "• skoleskift drøftet, ingen beslutning"),
               ("• søskende {s:f} f. {s.dob} skal med i undersøgelsen", "• søskende skal med i undersøgelsen")]
        for t in R.sample(pts, len(pts)):
            opts.append(f(t))
        tail.append(f(("Aftaler:\n- {sb:f} skriver til {m:f} på {m.pmail}\n- næste møde {dato} {kl}",
                       "Aftaler:\n- sagsbeh. sender referat via Digital Post\n- næste møde {dato} {kl}")))
    else:
        if P:
            head.append(pick(["Mine opgaver – uge " + str(R.randint(2, 26)), "Opgaver (fagsystem)", "TODO", "Opgaveliste"]))
            tasks = ["Opgave: ring til far ({f:f}) på {f.ph} inden fredag",
                     "Send samtykke til {m:F} ({m.pmail})",
                     "Indhent skoleudtalelse fra {l:F}, {l.mail}",
                     "Tjek adresse: {c.addr} – CPR-registret siger noget andet",
                     "Bestil tolk til mødet med {m:f} {dato}",
                     "Opret {c:f} i systemet: cpr {c.cpr}",
                     "Svar {sb2:f} om ledelsestilsyn på sagen {c:l}",
                     "Ring til {mm:F} ({mm.ph}) ang. aflastning",
                     "Lægeerklæring: {c:f} f. {c.dob}, egen læge {dr:F}",
                     "Husk at sende kopi til {adv:F}, {adv.mail}",
                     "Opret {s:f} (f. {s.dob}) som barn i sagen",
                     "Hjemmebesøg hos {m:f}, {m.addr}, {dato} {kl}",
                     "Tjek cpr for {m:f}: {m.cpr} – stemmer ikke med Nexus"]
        else:
            head.append(pick(["Mine opgaver – uge " + str(R.randint(2, 26)), "Opgaver (fagsystem)", "TODO", "Opgaveliste"]))
            tasks = ["Opgave: ring til far inden fredag", "Send samtykkeerklæring via Digital Post",
                     "Indhent skoleudtalelse fra skolen", "Tjek frist efter § 20, stk. 3 – fire måneder udløber {dato}",
                     "Bestil tolk (tigrinya) til mødet {dato} {kl}", "Opret bevilling: {kr} pr. måned, {ean}",
                     "Svar teamlederen om ledelsestilsyn", "Book {lok} til netværksmøde",
                     "Lægeerklæring fra egen læge – rykker sendt", "Husk at lukke opgave i fagsystemet efter afgørelse"]
        for t in R.sample(tasks, len(tasks)):
            box = pick(["☐ ", "☐ ", "☑ ", "- [ ] ", "- [x] ", "* "])
            opts.append(box + f(t))
        if chance(0.5):
            tail.append(f(("Frist: {dato}. Ansvarlig: {sb:F}", "Frist: {dato}. Ansvarlig: sagsbehandleren")))
    sep = "\n" if style in ("noter", "opgaver") else "\n\n"
    return head, opts, tail, sep


# ----------------------------------------------------------------------------------------------
# genre 5: genogram and network descriptions
def death_year(p):
    return str(R.randint(max(p.dob.year + 40, 2012), 2024))


FAMILY_HIST = [
    "{M} voksede op hos {mm} og beskriver sin egen barndom som kaotisk med mange flytninger.",
    "{F} kom til Danmark som 14-årig og har ikke anden familie i landet end {fb}.",
    "{Mm} har tidligere været aflastning for {c} og ønsker at blive godkendt som netværksplejefamilie.",
    "Der er et brud mellem {m} og {ms} efter en konflikt om penge, men {c} ser stadig sin moster.",
    "{C} har ikke set {hs} i over et år og savner den kontakt.",
    "Genogrammet er udarbejdet på mødet den {dato} sammen med {m} og {sb}. {F} har ikke ønsket at bidrage.",
    "Farsiden har familie i både Danmark og udlandet, men kontakten er begrænset til helligdage.",
    "{Mf} har en misbrugshistorik, og {m} har ikke haft kontakt til ham i mange år.",
    "{Fm} passer ofte {c} og {s} i weekenderne og har god kontakt til skolen.",
    "Familien har tidligere boet i {kom} og flyttede, da {m} fik arbejde på et plejehjem.",
    "I netværket er der flere voksne, der kan træde til, men ingen har tidligere været inddraget formelt.",
    "{Ms} har selv to børn på samme alder som {c}, og børnene leger godt sammen.",
    "{Mm:g} lejlighed er det sted, hvor {c} føler sig mest tryg.",
    "{F:g} nye partner har to børn, som {c} kun har mødt en enkelt gang.",
]


def g5(cx, band):
    f = cx.fill
    P = cx.P
    style = pick(["liste", "træ", "netværk", "voksne"])
    head, opts, tail = [], [], []
    hist = [f(x) for x in R.sample(FAMILY_HIST, R.randint(2, 5))]
    if style == "liste":
        head.append(f(pick(["Genogram – {c:F}", "Genogram for {c:f}", "GENOGRAM ({c:i})"]) if P else
                    pick(["Genogram – Barn A", "Genogram", "Familiens genogram (tre generationer)"])))
        if P:
            mmdeath = chance(0.4)
            lines = [("Mormor: {mm:F} (f. {mm.dob:y}, død %s)" % death_year(cx.person("mm"))) if mmdeath else
                     "Mormor: {mm:F} (f. {mm.dob}), {mm.addr}",
                     pick(["Morfar: {mf:F} (f. {mf.dob:y}), kontakt ophørt", "Morfar: {mf:F}, tlf. {mf.ph}"]),
                     pick(["Farmor: {fm:F}, {fm.addr}", "Farmor: {fm:F} (f. {fm.dob})"]),
                     pick(["Mor: {m:F}, {m.age} år, tlf. {m.ph}", "Mor: {m:F} (f. {m.dob})", "Mor: {m:F}, cpr {m.cpr}"]),
                     pick(["Far: {f:F}, f. {f.dob}", "Far: {f:F}, bor {f.addr}", "Far: {f:F}, tlf. {f.ph}", "Far: {f:F}, cpr.nr. {f.cpr}"]),
                     pick(["Barn: {c:F} (f. {c.dob})", "Barnet: {c:F}, {c.cpr}", "Barn: {c:F}, cpr {c.cpr}, {c.addr}"]),
                     pick(["Halvbror/-søster: {hs:F} (f. {hs.dob}), bor hos sin far", "Søskende: {s:F} (f. {s.dob})"]),
                     "Moster: {ms:F}, {ms.ph} – vigtig voksen for {c:f}"]
        else:
            lines = [pick(["Mormor (død for nogle år siden, kræft)", "Mormor (ca. 65 år), bor alene i lejlighed", "Mormor (70'erne), pensionist"]),
                     pick(["Morfar (ca. 70 år), kontakt ophørt", "Morfar – død, da mor var barn", "Morfar (ukendt opholdssted)"]),
                     pick(["Farmor (bor på Fyn, ser barnet i ferierne)", "Farmor og farfar bor i udlandet", "Farmor (ca. 60 år), tæt kontakt"]),
                     f(pick(["Mor ({m.age} år), førtidspensionist", "Mor ({m.age} år), i arbejde som sosu-assistent", "Mor ({m.age} år), på kontanthjælp"])),
                     f(pick(["Far ({f.age} år), i arbejde som chauffør", "Far ({f.age} år), afsoner dom", "Far ({f.age} år), ledig"])),
                     f(pick(["Barn A ({c.age} år), {klasse}", "Barn A ({c.age} år)", "Barnet, {c.age} år"])),
                     pick(["Halvbror (%d år), bor hos sin far" % R.randint(2, 19), "Halvsøster (%d år), bor hos mor" % R.randint(1, 12)]),
                     pick(["Moster – vigtig voksen for barnet", "Morbror – kontakt ved højtider", "Faster – har haft barnet i aflastning"])]
        opts.extend([f(x) if P else x for x in lines])
        dsk = str(R.randint(2016, 2023))
        tail.append(f(("Forældrene blev skilt i " + dsk + "; {f:f} har siden fået et barn med en ny partner.",
                       "Forældrene blev skilt for fire år siden; far har siden fået et barn med en ny partner.")))
        sep = "\n"
    elif style == "træ":
        head.append(f(pick(["Genogram (tekstversion) – {c:F}", "Slægtstræ for {c:f}"]) if P else
                    pick(["Genogram (tekstversion)", "Slægtstræ – tre generationer"])))
        if P:
            tree = ["{mf:F} (f. {mf.dob:y}) ──┬── {mm:F} (f. {mm.dob:y})",
                    "                 │",
                    "        {m:F} (f. {m.dob}) ══╤══ {f:F} (f. {f.dob})   [skilt %d]" % R.randint(2016, 2023),
                    "                 │",
                    "        ├── {c:F} (f. {c.dob})",
                    "        └── {s:F} (f. {s.dob})"]
            opts.append(f("\n".join(tree)))
            opts.append(f(pick(["│ {f:f} bor nu på {f.addr} med ny partner", "│ {mm:f} bor på {mm.addr:town}, tlf. {mm.ph}"])))
            opts.append(f(pick(["Farsiden: {fa:F} (død) og {fm:F}, {fm.addr}", "Farbror {fb:F}, {fb.ph}, ser {c:f} i ferier"])))
        else:
            tree = ["Morfar (ca. 70) ──┬── Mormor (ca. 68)", "                 │",
                    "        Mor (%d) ══╤══ Far (%d)   [skilt]" % (age_of(cx.cast["m"].dob), age_of(cx.cast["f"].dob)),
                    "                 │", "        ├── Barn A (%d)" % age_of(cx.cast["c"].dob), "        └── Barn B (yngre søskende)"]
            opts.append("\n".join(tree))
            opts.append("│ far bor nu i en anden by med ny partner")
            opts.append("Farsiden: farfar (død) og farmor, bor i udlandet")
        opts.append(f(("Relationer: tæt bånd mellem {c:f} og {mm:f}; konflikt mellem {m:f} og {fm:f}.",
                       "Relationer: tæt bånd mellem barnet og mormor; konflikt mellem mor og farmor.")))
        opts.append(f(("Stiplet linje = brudt kontakt ({mf:f} siden %d)." % R.randint(2015, 2023),
                       "Stiplet linje = brudt kontakt (morfar, flere år).")))
        sep = "\n\n"
    elif style == "netværk":
        head.append(f(pick(["Netværkskort for {c:f}", "Økokort – {c:F}", "NETVÆRKSKORT ({c:f}, {c.age} år)"]) if P else
                    pick(["Netværkskort for Barn A", "Økokort", "Netværkskort (barnets egen tegning gengivet)"])))
        if P:
            circles = [("Tæt på:", ["• {mm:F} (mormor) – {mm.ph}, {mm.addr}", "• {tr:F}, fodboldtræner – {tr.ph}", "• {ms:f} (moster), {ms.addr}"]),
                       ("Lidt længere væk:", ["• {fb:F} (farbror), {fb.addr}", "• {l:F} (klasselærer), {l.mail}", "• {ven:F}, nabo – {ven.ph}"]),
                       ("Yderst:", ["• {f:F} (far) – sporadisk kontakt, {f.ph}", "• {fm:F} (farmor), f. {fm.dob}"])]
        else:
            circles = [("Tæt på:", ["• mormor – ser barnet hver uge", "• fodboldtræneren (klubben, U11)", "• moster"]),
                       ("Lidt længere væk:", ["• farbror – bor i Jylland", "• klasselæreren", "• naboen i opgangen"]),
                       ("Yderst:", ["• far – sporadisk kontakt", "• farmor – i udlandet, videoopkald til jul"])]
        for h, items in circles:
            opts.append(h + "\n" + "\n".join(f(x) for x in R.sample(items, R.randint(2, len(items)))))
        opts.append(f(("{C} placerede selv {mm:f} i midten og sagde: \"Hun er altid glad.\"",
                       "Barnet placerede selv mormor i midten og sagde: \"Hun er altid glad.\"")))
        opts.append(f(("Netværksmøde aftalt {dato} hos {ms:f}.", "Netværksmøde aftalt {dato} i {lok}.")))
        sep = "\n\n"
    else:
        head.append(f(pick(["Barnets vigtige voksne – {c:F}", "Vigtige voksne for {c:f}", "Kontaktliste – netværk omkring {c:f}"]) if P else
                    pick(["Barnets vigtige voksne", "Vigtige voksne (roller)", "Kontaktliste – netværk"])))
        if P:
            rows = ["{mm:F}, mormor – {mm.ph}", "{ms:F}, moster – {ms.ph}, {ms.addr}", "{tr:F}, træner – {tr.ph}",
                    "{l:F}, lærer – {l.mail}", "{sp:F}, sundhedsplejerske – {sp.ph}", "{fb:F}, farbror – {fb.pmail}",
                    "{ven:F}, nabo – {ven.addr}", "{k:F}, kontaktperson – {k.ph}"]
            for r in R.sample(rows, len(rows)):
                opts.append(f(pick(["- ", "• ", "", "  "]) + r))
        else:
            rows = ["Mormor – ringer hver søndag", "Moster – henter om onsdagen", "Træner – ser barnet to gange om ugen",
                    "Klasselærer – kontakt via Aula", "Sundhedsplejerske – via Sundhedsplejen", "Farbror – bor i samme by",
                    "Nabo – har nøgle til lejligheden", "Kontaktperson – bevilget efter § 32"]
            for r in R.sample(rows, len(rows)):
                opts.append(pick(["- ", "• ", ""]) + r)
        tail.append(f(("Listen er lavet sammen med {m:f} og {c:f} den {dato}.", "Listen er lavet sammen med mor og barnet den {dato}.")))
        sep = "\n"
    if sep == "\n":
        opts = opts + ["\n" + h for h in hist]
    else:
        opts = opts + hist
    return head, opts, tail, sep


# ----------------------------------------------------------------------------------------------
# institutions (invented private institutions)
INSTITUTIONS = {
    "skole": ["Lindebjerg Friskole", "Den Frie Lilleskole Nordvest", "Privatskolen Kildebakken", "Fjordglimt Privatskole",
              "Rudbæk Friskole", "Sankt Ansgars Skole i Tølløse"],
    "efterskole": ["Østbjerg Efterskole", "Efterskolen Klitlyngen", "Efterskolen ved Limfjorden", "Idrætsefterskolen Vesterhede"],
    "dagtilbud": ["Børnehuset Mælkebøtten", "Naturbørnehaven Egernreden", "Puljeinstitutionen Troldeskoven", "Vuggestuen Humlebien",
                  "Den private børnehave Regnbuen"],
    "ophold": ["Opholdsstedet Egebjerggård", "Bostedet Havblik", "Behandlingshjemmet Bakkely", "Opholdsstedet Nordlyset",
               "Skibhusgården", "Opholdsstedet Solbærhaven", "Dagbehandlingstilbuddet Kompasset"],
    "klub": ["Fritidsklubben Stjerneskibet", "Boldklubben Vestervang", "Ungdomsklubben Kulkælderen", "Bokseklubben Jernnæven",
             "Spejdergruppen Ravnereden"],
    "pleje": ["Familieplejecentret Lyngbo", "Netværksplejen Sydvest ApS", "Familiehuset Broen"],
}
INST_T = [
    ("Barnet er indskrevet på {skole} fra 1. august og har tidligere gået på {skole}.",),
    ("{ophold} har meddelt, at de ikke kan rumme den unge efter sommerferien. Familieafdelingen undersøger en plads på {ophold}.",),
    ("Den unge træner i {klub} tirsdag og torsdag og har fået en fast voksen i klubben.",),
    ("Anbringelsen på {ophold} ophører den 30. juni, hvorefter den unge starter på {efterskole} med støtte efter § 32.",),
    ("Mor ønsker, at lillesøster starter i {dagtilbud}, fordi storebror har haft gode år der.",),
    ("Ved netværksmødet deltog en pædagog fra {dagtilbud}, som har kendt barnet siden vuggestuen.",),
    ("Plejefamilien er tilknyttet {pleje} og får supervision hver sjette uge.",),
    ("Skoletilbuddet på {ophold} er godkendt af tilsynet, og den unge starter efter efterårsferien.",),
    ("Den unge har været til samtale på {efterskole} og vil gerne gå der i 10. klasse sammen med en kammerat fra {skole}.",),
    ("Drengen kommer i {klub} tre eftermiddage om ugen; personalet oplever ham som hjælpsom og rolig.",),
    ("Pigen går i 4. klasse på {skole} og kommer i {klub} om onsdagen.",),
    ("Familieplejekonsulenten fra {pleje} deltager i statusmødet på {ophold} i uge 12.",),
]


def gen_inst():
    for _ in range(100):
        t = pick(INST_T)[0]
        used = []

        def rep(m):
            for _ in range(20):
                x = pick(INSTITUTIONS[m.group(1)])
                if x not in used:
                    break
            used.append(x)
            return S("institution", x)
        marked = re.sub(r"\{(\w+)\}", rep, t)
        text, spans = parse(marked)
        if 12 <= wc(text) <= 40:
            return text, spans
    raise RuntimeError("inst")


# ----------------------------------------------------------------------------------------------
# checks
def all_pool_names():
    out = []
    for o in ORIGINS:
        fem, mal, sur = ORIGINS[o]
        out += fem + mal
        for s in sur:
            out += s.split("|")
    out += list(NICKNAMES.values())
    res = []
    for n in out:
        for v in (n, n.upper()):
            if v not in res:
                res.append(v)
    return res


POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(all_pool_names(), key=len, reverse=True)) + r")(?!\w)")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in STREETS) + r")\s+(?:nr\.\s*)?\d", re.I)
PHONE_RE = re.compile(r"(?<![\d+])(?:\+45 ?|0045 ?)?(?:\d{8}|\d{2}[ .\-]\d{2}[ .\-]\d{2}[ .\-]\d{2}|\d{4}[ .\-]\d{4})(?!\d)")
CPR_RE = re.compile(r"(?<!\d)\d{2}[ .]?\d{2}[ .]?\d{2}[ \-]{0,3}\d{4}(?!\d)")
BORN_RE = re.compile(r"(?:(?<!\w)[Ff]ødt|(?<!\w)[Ff]\.|[Ff]ødselsdato:?)\s*(?:den\s+)?(\d)")
WHITELIST = [n for _, n in PUBLIC_NUMBERS] + list(SWITCHBOARDS.values()) + CVRS
KINDS = ["name", "phone", "email", "address", "dob", "cpr"]


def mask(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            if chars[i] != "\n":
                chars[i] = "\u2588"
    return "".join(chars)


def check_text(text, spans, kinds, band):
    lo, hi = band
    if not (lo <= wc(text) <= hi):
        return f"words {wc(text)}"
    prev = 0
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            return "offset"
        if s["start"] < prev:
            return "overlap"
        prev = s["end"]
        if s["text"] != s["text"].strip() or not s["text"]:
            return "whitespace"
        if s["kind"] not in kinds:
            return "kind " + s["kind"]
    covered = bytearray(len(text))
    for s in spans:
        for i in range(s["start"], s["end"]):
            covered[i] = 1
    for t in list(dict.fromkeys(s["text"] for s in spans)):
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            if not all(covered[m.start():m.end()]):
                return f"unplanted copy {t!r}"
    mt = mask(text, spans)
    m = POOL_RE.search(mt)
    if m:
        return f"pool name {m.group(0)!r}"
    for m in PHONE_RE.finditer(mt):
        if m.group(0) not in WHITELIST:
            return f"phone-shaped {m.group(0)!r}"
    m = CPR_RE.search(mt)
    if m:
        return f"cpr-shaped {m.group(0)!r}"
    if "@" in mt:
        return "@"
    m = STREET_RE.search(mt)
    if m:
        return f"street+number {m.group(0)!r}"
    for m in BORN_RE.finditer(text):
        if not covered[m.start(1)]:
            return f"born+digits {m.group(0)!r}"
    if "\x00" in text or "\x01" in text or "\x02" in text or "{" in text and re.search(r"\{[a-zA-Z]\w*(?:[.:]\w+)*\}", text):
        return "template residue"
    return None


LOOK = [
    "Bevillingen udgør {kr} pr. måned og udbetales via {body}.",
    "Fakturaen fra leverandøren ({cvr}, {ean}) er godkendt af teamlederen.",
    "Ved akut fare ringes {pub}; Børnetelefonen på 116 111 er anonym for barnet.",
    "Barnet har diagnosen {icd} og får {med} morgen og aften.",
    "Mødet holdes i {lok} på 2. sal med indgang ved Banegårdspladsen.",
    "Familien bor tæt ved Vestergade, og barnet cykler til skole ad Åboulevarden.",
    "Glad og udhvilet mødte barnet op mandag efter en weekend med sol og blæst.",
    "Stormvejret i maj betød, at udflugten til skoven blev aflyst.",
    "Lykkeligvis kom ingen til skade, da cyklen væltede ved rundkørslen.",
    "Vinterferien i uge 7 tilbringes hos plejefamilien i sommerhuset.",
    "Skoven bag institutionen bruges til udeliv hver torsdag, også i storm og regn.",
    "Sagen er journaliseret under {sagsnr} med KLE-nummer 27.24.00.",
    "Klassen har timer i lokale 2.14 og idræt i hallen ved Stadion Allé.",
    "Forældrene er vejledt om klageadgang til Ankestyrelsen inden for fire uger.",
    "Afgørelse efter § 47 træffes af børne- og ungeudvalget på mødet {dato}.",
    "Lommepenge: 150 kr. om ugen; tøjpenge {kr} pr. kvartal.",
    "Der er afsat 3 x 45 minutter til samtalen, kl. 9.00-11.15, med pause kl. 10.00.",
    "Den unge bruger mange timer på {brand} og har fritidsjob i {butik}.",
    "Plejefamilien handler ind i {butik}, og barnet får lommepenge via MobilePay.",
    "Tolken (arabisk) er bestilt via tolkebureauet til kl. 13.30.",
    "Maj og juni bruges på at forberede skoleskiftet; sommerferien starter i uge 26.",
    "Hjemmebesøget {dato} kl. 8.15 blev aflyst på grund af sygdom.",
    "Sundhedsplejersken har målt barnet: 128 cm og 26 kg, alderssvarende.",
    "Barnet er født i uge 34 og lå tre uger på neonatalafsnittet.",
    "Der er indkøbt en have-trampolin og en cykelhjelm for {kr} af plejevederlaget.",
    "Lægevagten (1813) blev kontaktet natten til søndag på grund af feber.",
    "Efter § 47 kan børne- og ungeudvalget træffe afgørelse om anbringelse uden samtykke.",
    "Barnet har fået tildelt værelse 12 i afdeling B, tættest på personalestuen.",
    "Henvisningen til {body} er sendt den {dato} med kopi til egen læge.",
    "Ungeydelsen er på {kr} om måneden fra Udbetaling Danmark.",
    "Skalering 0-10: mor 7, far 5, skolen 4, sagsbehandler 4.",
]
LOOK_FMT = {0: ["", "- ", "> "], 1: [""], 2: [""], 3: [""], 4: ["☐ ", "• ", "- [ ] "], 5: ["Note: ", "NB: ", ""]}


G5_LOOK = [
    "Symboler: □ = mand, ○ = kvinde, ╳ = død, ══ = gift, ── = samboende, - - = brudt kontakt.",
    "Familien bor i en 3-værelses lejlighed på 78 m² med en husleje på 7.850 kr. om måneden.",
    "Mormor har diagnosen F32.1 og er i behandling i psykiatrien.",
    "Farmor bor ved Strandvejen tæt på skoven og har ikke bil.",
    "Mor arbejder ca. 30 timer om ugen i {butik} og har skiftende vagter.",
    "Genogrammet er tegnet i fagsystemet og opdateres ved hver status.",
    "Stormvejret sidste vinter betød, at familien måtte genhuses i seks uger.",
    "Mosters datter (14 år) er barnets bedste ven i netværket.",
    "Ved akut behov uden for åbningstid: {pub}.",
    "Morfar var sømand og boede mange år i udlandet; kontakten har været sporadisk.",
]


def lookalikes(cx, k, sep):
    out = []
    pool = G5_LOOK + LOOK[:4] if cx.genre == 5 else LOOK
    for t in R.sample(pool, k):
        fmt = LOOK_FMT[cx.genre] if not (cx.genre == 4 and sep == "\n\n") else [""]
        x = pick(fmt) + cx.fill(t)
        if cx.genre == 3:
            x = ocr(x, 0.08)
        out.append(x)
    return out


GEN = [g0, g1, g2, g3, g4, g5]
FAIL_LOG = []


def build(P, i, forbidden=None):
    genre, band = i % 6, (i // 6 + i % 6) % 3
    lo, hi = BANDS[band]
    for attempt in range(400):
        cx = Ctx(P, genre, child_age=(6, 16) if genre == 1 else (6, 17) if genre in (2, 4) else (3, 17))
        head, opts, tail, sep = GEN[genre](cx, band)
        for x in lookalikes(cx, R.randint(1, 3) if not P else R.randint(0, 1), sep):
            opts.insert(R.randint(0, min(len(opts), 4)), x)
        target = R.randint(lo, hi)
        best = None
        for n in range(len(opts) + 1):
            w = wc(sep.join(head + opts[:n] + tail))
            if lo <= w <= hi and (best is None or abs(w - target) < abs(best[1] - target)):
                best = (n, w)
        if best is None:
            FAIL_LOG.append((P, i, "band"))
            continue
        text, spans = parse(sep.join(head + opts[:best[0]] + tail))
        why = check_text(text, spans, KINDS if P else [], BANDS[band])
        if why is None and not P and forbidden is not None:
            why = forbidden(text)
        if why is None and P and not spans:
            why = "no spans"
        if why is None:
            return text, spans
        FAIL_LOG.append((P, i, why))
        if os.environ.get('DEBUG_FAIL'):
            print(P, i, why, file=sys.stderr)
    raise RuntimeError(f"could not build {P} {i}: {FAIL_LOG[-5:]}")


def main():
    planted, clean, inst = [], [], []
    for i in range(240):
        text, spans = build(True, i)
        planted.append({"id": f"{CORPUS}-p{i + 1:03d}", "text": text, "planted": spans})
    secret = list(dict.fromkeys(s["text"] for r in planted for s in r["planted"] if s["kind"] != "name"))

    def forbidden(text):
        for t in secret:
            if t in text:
                for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                    return f"planted text in clean {t!r}"
        return None

    for i in range(240):
        text, spans = build(False, i, forbidden)
        clean.append({"id": f"{CORPUS}-c{i + 1:03d}", "text": text, "planted": spans})
    for i in range(30):
        for _ in range(100):
            text, spans = gen_inst()
            why = check_text(text, spans, ["institution"], (12, 40))
            if why is None and all(x["text"] != text for x in inst):
                break
        else:
            raise RuntimeError("inst check")
        inst.append({"id": f"{CORPUS}-i{i + 1:03d}", "text": text, "planted": spans})

    # corpus-level checks
    counts = {k: 0 for k in KINDS}
    for r in planted:
        for s in r["planted"]:
            counts[s["kind"]] += 1
    total = sum(counts.values())
    for pre, rows, n in (("p", planted, 240), ("c", clean, 240), ("i", inst, 30)):
        assert [r["id"] for r in rows] == [f"{CORPUS}-{pre}{k + 1:03d}" for k in range(n)]
    assert 3000 <= total <= 4500, (total, counts)
    for k in ("phone", "address", "dob"):
        assert counts[k] >= 250, (k, counts)
    for k in ("cpr", "email"):
        assert counts[k] >= 120, (k, counts)
    assert counts["name"] == max(counts.values()), counts
    assert all(not r["planted"] for r in clean)
    for rows in (planted, clean):
        bands = [0, 0, 0]
        for r in rows:
            w = wc(r["text"])
            bands[0 if w <= 80 else 1 if w <= 150 else 2] += 1
        assert bands == [80, 80, 80], bands
    for name, rows in (("planted", planted), ("clean", clean), ("institutions", inst)):
        with open(os.path.join(OUT, f"{name}.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("counts", counts, "total", total)
    print("institution spans", sum(len(r["planted"]) for r in inst))
    print("redraws", len(FAIL_LOG))
    reasons = {}
    for _, _, w in FAIL_LOG:
        k = w.split(" ")[0]
        reasons[k] = reasons.get(k, 0) + 1
    print("redraw reasons", dict(sorted(reasons.items())))
    for name in ("planted", "clean", "institutions"):
        h = hashlib.sha256(open(os.path.join(OUT, f"{name}.jsonl"), "rb").read()).hexdigest()
        print(name, h)


if __name__ == "__main__":
    main()
