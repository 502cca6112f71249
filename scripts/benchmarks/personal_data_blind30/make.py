#!/usr/bin/env python3
"""make.py - writes the blind30 held-out corpus (planted.jsonl, clean.jsonl, institutions.jsonl).

Python 3.11 standard library only. One fixed seed, one random.Random instance (created in main and
threaded through every draw). No iteration over sets. Output is byte-identical across runs and
PYTHONHASHSEED values. Run:  python3 make.py
"""
import datetime
import hashlib
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import *  # noqa: E402,F401,F403

SEED = 3030
CORPUS = "blind30"
OUT = os.path.dirname(os.path.abspath(__file__))
# ================================================================ core: persons, formatting, rendering


MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs", 9: "halvfems"}
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende",
       "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende",
       "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte",
       "enogtredivte"]
REF_YEAR = 2025


def numword(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else ONES[u] + "og" + TENS[t]


def pair_word(s):
    n = int(s)
    if s[0] == "0":
        return "nul " + ONES[n]
    return numword(n)


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.randrange(tot)
    for k, w in pairs:
        if x < w:
            return k
        x -= w
    return pairs[-1][0]


ASCII = {"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ð": "d", "ú": "u", "á": "a", "ó": "o", "í": "i",
         "ş": "s", "ı": "i", "ç": "c", "ö": "o", "ü": "u", "ğ": "g", "ł": "l", "ń": "n", "ś": "s",
         "ą": "a", "ę": "e", "ż": "z", "ź": "z", "ć": "c", "ț": "t", "ă": "a", "â": "a", "ž": "z",
         "č": "c", "ê": "e", "î": "i", "'": "", "-": "", " ": ""}


def asc(s):
    return "".join(ASCII.get(ch, ch) for ch in s.lower())


# ---------------------------------------------------------------- roles
# key: (sex, birth years, role label, role genitive, signature title)
ROLES = {
    "barn": (None, (2008, 2022), "Barn A", "Barn A's", ""),
    "mor": ("F", (1976, 2001), "mor", "mors", ""),
    "far": ("M", (1970, 1999), "far", "fars", ""),
    "stedfar": ("M", (1972, 1998), "stedfar", "stedfars", ""),
    "mormor": ("F", (1950, 1973), "mormor", "mormors", ""),
    "morfar": ("M", (1947, 1972), "morfar", "morfars", ""),
    "farmor": ("F", (1950, 1973), "farmor", "farmors", ""),
    "farfar": ("M", (1947, 1972), "farfar", "farfars", ""),
    "moster": ("F", (1972, 2001), "moster", "mosters", ""),
    "faster": ("F", (1970, 2000), "faster", "fasters", ""),
    "morbror": ("M", (1970, 2001), "morbror", "morbrors", ""),
    "farbror": ("M", (1968, 2000), "farbror", "farbrors", ""),
    "storebror": ("M", (2002, 2007), "storebror", "storebrors", ""),
    "nabo": (None, (1950, 2000), "naboen", "naboens", ""),
    "veninde": ("F", (1975, 2000), "en veninde til mor", "venindens", ""),
    "plejemor": ("F", (1965, 1990), "plejemor", "plejemors", ""),
    "plejefar": ("M", (1962, 1990), "plejefar", "plejefars", ""),
    "underretter": (None, (1950, 2002), "underretter", "underretters", ""),
    "sb": (None, (1965, 1998), "sagsbehandleren", "sagsbehandlerens", "Socialrådgiver"),
    "koord": (None, (1962, 1995), "koordinatoren", "koordinatorens", "Koordinator for familierådslagning"),
    "sv": (None, (1962, 1998), "samværsstøtten", "samværsstøttens", "Samværsstøtte"),
    "tl": (None, (1962, 1990), "teamlederen", "teamlederens", "Teamleder"),
    "laerer": (None, (1962, 1998), "klasselæreren", "klasselærerens", "Klasselærer"),
    "paed": (None, (1962, 2000), "pædagogen", "pædagogens", "Pædagog"),
    "sp": ("F", (1962, 1995), "sundhedsplejersken", "sundhedsplejerskens", "Sundhedsplejerske"),
    "laege": (None, (1962, 1994), "lægen", "lægens", "Afdelingslæge"),
    "ol": (None, (1955, 1985), "overlægen", "overlægens", "Overlæge"),
    "spl": (None, (1962, 2000), "sygeplejersken", "sygeplejerskens", "Sygeplejerske"),
    "egl": (None, (1955, 1990), "egen læge", "egen læges", "Praktiserende læge"),
    "adv": (None, (1955, 1992), "advokaten", "advokatens", "Advokat"),
    "adv2": (None, (1955, 1992), "fars advokat", "fars advokats", "Advokat"),
    "bis": (None, (1950, 1995), "bisidderen", "bisidderens", "Bisidder"),
    "tolk": (None, (1960, 1998), "tolken", "tolkens", "Tolk"),
    "formand": (None, (1950, 1985), "formanden", "formandens", "Formand"),
    "dommer": (None, (1955, 1985), "dommeren", "dommerens", "Dommer"),
    "udv1": (None, (1950, 1990), "et udvalgsmedlem", "udvalgsmedlemmets", "Udvalgsmedlem"),
    "udv2": (None, (1950, 1990), "et andet udvalgsmedlem", "udvalgsmedlemmets", "Udvalgsmedlem"),
    "psyk": (None, (1960, 1995), "PPR-psykologen", "psykologens", "Psykolog"),
    "leder": (None, (1960, 1990), "lederen", "lederens", "Leder"),
    "kollega": (None, (1965, 1998), "en kollega", "kollegaens", "Socialrådgiver"),
    "sekr": (None, (1965, 1998), "udvalgssekretæren", "udvalgssekretærens", "Udvalgssekretær"),
}
PRO = {"sb", "koord", "sv", "tl", "laerer", "paed", "sp", "laege", "ol", "spl", "egl", "adv", "adv2", "bis",
       "tolk", "formand", "dommer", "udv1", "udv2", "psyk", "leder", "kollega", "sekr"}
FAMILY_LOCAL = {"mor", "barn", "stedfar", "storebror"}


class Person:
    pass


class Ctx:
    """One text's world: municipality, family, professionals. clean=True renders roles only."""

    def __init__(self, r, clean, used):
        self.r = r
        self.clean = clean
        self.used = used  # dict of sets for uniqueness (membership only)
        self.town = r.choice(TOWNS)
        self.kom = self.town[2]
        self.dom = self.town[3]
        self.hosp = HOSPITALS[self.town[0][0]]
        self.switch = r.choice(SWITCHBOARDS)
        self.origin = wchoice(r, ORIGIN_WEIGHTS)
        self.origin2 = self.origin if r.random() < 0.75 else wchoice(r, ORIGIN_WEIGHTS)
        self.people = {}
        self.kids = []
        self.family_last = self.pick_last(self.origin2)
        self.mother_last = self.family_last if r.random() < 0.45 else self.pick_last(self.origin)
        self.home = None
        self.sub = None

    # -------------------------------------------------------------- people
    def pick_last(self, origin):
        r = self.r
        last = r.choice(ORIGINS[origin][2])
        if origin in ("dk", "dknew") and r.random() < 0.08:
            other = r.choice(ORIGINS[r.choice(["dk", "dknew"])][2])
            if other != last:
                last = last + "-" + other
        return last

    def __getitem__(self, key):
        if key not in self.people:
            self.people[key] = self.make(key)
        return self.people[key]

    def kid(self, i):
        while len(self.kids) <= i:
            p = self.make("barn")
            self.kids.append(p)
        return self.kids[i]

    def make(self, key):
        r = self.r
        sex, years, label, gen, sig = ROLES[key]
        p = Person()
        p.key = key
        p.sex = sex or r.choice("FM")
        if key in PRO:
            origin = wchoice(r, PRO_WEIGHTS)
        elif key in ("mor", "mormor", "morfar", "moster", "morbror"):
            origin = self.origin
        elif key in ("far", "farmor", "farfar", "faster", "farbror"):
            origin = self.origin2
        elif key == "barn":
            origin = self.origin if r.random() < 0.6 else self.origin2
        elif key in ("nabo", "underretter", "veninde", "plejemor", "plejefar", "stedfar"):
            origin = wchoice(r, ORIGIN_WEIGHTS)
        else:
            origin = self.origin
        p.origin = origin
        fem, mal, _ = ORIGINS[origin]
        if key == "barn" and origin in ("dk",) and r.random() < 0.35:
            fem, mal = ORIGINS["dknew"][0], ORIGINS["dknew"][1]
        used_firsts = [q.first for q in self.people.values()] + [q.first for q in self.kids]
        for _ in range(20):
            p.first = r.choice(fem if p.sex == "F" else mal)
            if p.first not in used_firsts:
                break
        p.middle = ""
        if origin in ("dk", "dknew") and r.random() < 0.15:
            for _ in range(5):
                m = r.choice(ORIGINS["dk"][0] if p.sex == "F" else ORIGINS["dk"][1])
                if m != p.first and "-" not in m:
                    p.middle = m
                    break
        if origin == "vn" and r.random() < 0.7:
            p.middle = "Thi" if p.sex == "F" else "Van"
        # surnames
        if key in ("barn", "far", "storebror"):
            p.last = self.family_last
        elif key == "mor":
            p.last = self.mother_last
        elif key in ("farmor", "farfar", "farbror"):
            p.last = self.family_last if r.random() < 0.8 else self.pick_last(origin)
        elif key in ("mormor", "morfar", "morbror"):
            p.last = self.mother_last if r.random() < 0.7 else self.pick_last(origin)
        else:
            p.last = self.pick_last(origin)
        if key == "barn" and self.mother_last != self.family_last and r.random() < 0.15 and "-" not in self.family_last:
            p.last = self.mother_last
        if p.last.endswith("ska") and p.sex == "M":
            p.last = p.last[:-3] + "ski"
        elif p.last.endswith("ski") and p.sex == "F":
            p.last = p.last[:-3] + "ska"
        p.nick = r.choice(NICKNAMES) if key in ("barn", "storebror") and r.random() < 0.2 else ""
        # birth date
        y0, y1 = years
        if key == "barn":
            y = r.randint(2008, 2022)
        else:
            y = r.randint(y0, y1)
        sibs = [q.dob for q in self.kids] if key == "barn" else []
        while True:
            m = r.randint(1, 12)
            day = r.randint(1, 31)
            try:
                d = datetime.date(y, m, day)
            except ValueError:
                continue
            if any(0 < abs((d - q).days) < 300 for q in sibs):
                y = r.randint(2008, 2022)
                continue
            break
        p.dob = d
        p.age = REF_YEAR - y - (1 if (m, day) > (6, 30) else 0)
        p.cpr = self.make_cpr(d, p.sex)
        p.phone = self.make_phone()
        p.fphone = ""
        if key not in PRO and origin in FOREIGN_PHONE and origin not in ("dk", "dknew") and r.random() < 0.5:
            p.fphone = self.make_foreign_phone(origin)
        p.email = self.make_email(p, key)
        p.addr = self.make_addr(p, key)
        p.label, p.rgen, p.sig = label, gen, sig
        if key == "barn":
            letter = "ABCD"[len(self.kids)]
            p.label = "Barn " + letter
            p.rgen = "Barn " + letter + "'s"
        return p

    def make_cpr(self, d, sex):
        r = self.r
        yy = d.year % 100
        if d.year < 2000:
            cands = ["0", "1", "2", "3"] + (["4", "9"] if yy >= 37 else [])
        else:
            cands = ["4", "5", "6", "7", "8"] + (["9"] if yy <= 36 else [])
        for _ in range(50):
            c7 = r.choice(cands)
            mid = "%02d" % r.randint(0, 99)
            last = r.choice("13579" if sex == "M" else "02468")
            s = d.strftime("%d%m") + "%02d" % yy + c7 + mid + last
            if s not in self.used["cpr"]:
                self.used["cpr"].add(s)
                return s
        raise RuntimeError("cpr")

    def make_phone(self):
        r = self.r
        bad = set(x.replace(" ", "") for x in PUBLIC_NUMBERS + SWITCHBOARDS)
        while True:
            s = str(r.choice([2, 2, 2, 3, 4, 4, 5, 5, 6, 7, 8, 9, 9])) + "".join(str(r.randint(0, 9)) for _ in range(7))
            if s in bad or s in self.used["phone"] or s[1] == "0" and s[0] == "7":
                continue
            self.used["phone"].add(s)
            return s

    def make_foreign_phone(self, origin):
        r = self.r
        pre, groups = FOREIGN_PHONE[origin]
        parts = []
        for i, g in enumerate(groups):
            first = str(r.randint(1, 9)) if i == 0 else str(r.randint(0, 9))
            parts.append(first + "".join(str(r.randint(0, 9)) for _ in range(g - 1)))
        return pre + " " + " ".join(parts)

    def make_email(self, p, key):
        r = self.r
        f, l = asc(p.first.split()[0]), asc(p.last.split("-")[0])
        if key in PRO:
            if key in ("laege", "ol", "spl"):
                dom = self.hosp[2]
            elif key in ("adv", "adv2"):
                dom = r.choice(LAW_FIRMS)
            elif key == "egl":
                dom = r.choice(["dadlnet.dk", "laegehuset-" + asc(self.town[1].split()[0]) + ".dk"])
            elif key in ("bis",):
                dom = r.choice(["bisidderne.dk", "boerns-vilkaar-frivillig.dk", "gmail.com"])
            elif key == "tolk":
                dom = r.choice(["tolkeservice.dk", "sprogcentret-tolk.dk"])
            else:
                dom = self.dom
            style = r.randrange(4)
            if style == 0:
                loc = f + "." + l
            elif style == 1:
                loc = (f[0] + l[:2] + (asc(p.middle)[0] if p.middle else "")).lower()
            elif style == 2:
                loc = f[:2] + l[:2]
            else:
                loc = f + l[0]
            return loc + "@" + dom
        dom = r.choice(FOREIGN_MAIL.get(p.origin, PRIVATE_MAIL)) if r.random() < 0.3 else r.choice(PRIVATE_MAIL)
        style = r.randrange(6)
        yy = "%02d" % (p_year(p) % 100)
        loc = [f + "." + l, f + l, f[0] + "." + l, f + "_" + l, f + yy, f + str(r.randint(1, 99))][style]
        return loc + "@" + dom

    def make_addr(self, p, key):
        r = self.r
        a = Person()
        a.foreign = ""
        if key in FAMILY_LOCAL and self.home is not None:
            return self.home
        if key not in PRO and p.origin in FOREIGN_ADDR and key in ("mormor", "morfar", "farmor", "farfar",
                                                                    "far", "morbror", "farbror", "faster", "moster") \
                and r.random() < 0.25:
            a.foreign = r.choice(FOREIGN_ADDR[p.origin]).format(n=r.randint(1, 88), m=r.randint(1, 40))
        a.street = r.choice(STREETS)
        a.no = str(r.choice([r.randint(1, 30), r.randint(1, 120)]))
        a.letter = r.choice("ABC") if r.random() < 0.15 else ""
        a.floor = ""
        if r.random() < 0.35:
            fl = r.choice(["st.", "1.", "2.", "3.", "4."])
            a.floor = fl + " " + r.choice(["tv.", "th.", "mf.", "tv", "th", str(r.randint(1, 12))])
        if key in FAMILY_LOCAL or r.random() < 0.55:
            t = self.town
        else:
            t = r.choice(TOWNS)
        a.pc, a.city = t[0], t[1]
        if key in FAMILY_LOCAL:
            self.home = a
        return a


def p_year(p):
    return p.dob.year


# ---------------------------------------------------------------- formatting of personal data
def fmt_phone(r, digits, style=None):
    d = digits
    styles = ["pairs", "pairs", "pairs", "plain", "quad", "dots", "dash", "+45pairs", "+45plain", "0045",
              "(+45)", "+45quad"]
    st = style or r.choice(styles)
    pairs = [d[0:2], d[2:4], d[4:6], d[6:8]]
    if st == "pairs":
        return " ".join(pairs)
    if st == "plain":
        return d
    if st == "quad":
        return d[:4] + " " + d[4:]
    if st == "dots":
        return ".".join(pairs)
    if st == "dash":
        return "-".join(pairs)
    if st == "+45pairs":
        return "+45 " + " ".join(pairs)
    if st == "+45plain":
        return "+45" + d
    if st == "0045":
        return "0045 " + d
    if st == "(+45)":
        return "(+45) " + d[:4] + " " + d[4:]
    if st == "+45quad":
        return "+45 " + d[:4] + " " + d[4:]
    if st == "spoken":
        return ", ".join(pair_word(x) for x in pairs)
    if st == "digits":
        return " ".join(ONES[int(c)] for c in d)
    raise ValueError(st)


def fmt_dob(r, d, style=None):
    styles = ["dmy", "dmy", "dmy", "long", "long", "iso", "slash", "dash", "short", "en", "en2", "dmy1"]
    st = style or r.choice(styles)
    if st == "dmy":
        return d.strftime("%d.%m.%Y")
    if st == "dmy1":
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if st == "long":
        return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if st == "iso":
        return d.strftime("%Y-%m-%d")
    if st == "slash":
        return "%02d/%02d-%02d" % (d.day, d.month, d.year % 100)
    if st == "dash":
        return d.strftime("%d-%m-%Y")
    if st == "short":
        return d.strftime("%d.%m.%y")
    if st == "en":
        return "%d %s %d" % (d.day, EN_MONTHS[d.month - 1], d.year)
    if st == "en2":
        return "%s %d, %d" % (EN_MONTHS[d.month - 1], d.day, d.year)
    if st == "spoken":
        y = d.year
        if y < 2000:
            yw = "nitten hundrede og " + numword(y - 1900)
        else:
            yw = "to tusind" + ("" if y == 2000 else " og " + numword(y - 2000))
        return "%s %s %s" % (ORD[d.day - 1], MONTHS[d.month - 1], yw)
    raise ValueError(st)


def fmt_cpr(r, c, style=None):
    styles = ["dash", "dash", "dash", "space", "plain", "dots", "groups", "ndash", "spdash"]
    st = style or r.choice(styles)
    if st == "dash":
        return c[:6] + "-" + c[6:]
    if st == "space":
        return c[:6] + " " + c[6:]
    if st == "plain":
        return c
    if st == "dots":
        return c[0:2] + "." + c[2:4] + "." + c[4:6] + "-" + c[6:]
    if st == "groups":
        return c[0:2] + " " + c[2:4] + " " + c[4:6] + " " + c[6:]
    if st == "ndash":
        return c[:6] + "–" + c[6:]
    if st == "spdash":
        return c[:6] + " - " + c[6:]
    raise ValueError(st)


def fmt_addr(r, a, style=None):
    if a.foreign:
        return a.foreign
    st = style or r.choice(["line", "line", "line", "street", "block", "sloppy", "nocomma"])
    num = a.no + a.letter
    if a.letter and r.random() < 0.3:
        num = a.no + " " + a.letter
    street = a.street + " " + num + (", " + a.floor if a.floor else "")
    town = a.pc + " " + a.city
    if st == "line":
        return street + ", " + town
    if st == "street":
        return street
    if st == "block":
        return street + "\n" + town
    if st == "nocomma":
        return a.street + " " + num + (" " + a.floor if a.floor else "") + " " + town
    if st == "sloppy":
        fl = a.floor.replace(". ", "").replace(".", "") if a.floor else ""
        v = r.randrange(3)
        if v == 0:
            return (a.street.lower() + " " + num.lower() + (" " + fl if fl else "") + " " + a.pc + " " + a.city.lower())
        if v == 1:
            return a.street + " " + num + ("," + a.floor.replace(" ", "") if a.floor else "") + "," + a.pc
        return a.street + " " + num + (" " + fl if fl else "") + " - " + a.city
    raise ValueError(st)


def genitive(name):
    if name[-1] in "sxzSXZ":
        return [("name", name), "'"]
    return [("name", name + "s")]


def misspell(r, s):
    if len(s) < 4:
        return s
    i = r.randrange(1, len(s) - 2)
    v = r.randrange(3)
    if v == 0 and s[i] != s[i + 1]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if v == 1:
        return s[:i] + s[i] + s[i:]
    return s[:i] + s[i + 1:]


# ---------------------------------------------------------------- mode-aware slot helpers
def full(p):
    return " ".join(x for x in (p.first, p.middle, p.last) if x) if p.origin != "vn" else \
        " ".join(x for x in (p.last, p.middle, p.first) if x)


def N(C, p, form="full"):
    """A mention of person p. Returns a list of segments."""
    r = C.r
    if C.clean:
        if form in ("gen", "fullgen"):
            return [("role", p.rgen)]
        if form == "sig":
            return [("role", p.sig or p.label)]
        if form in ("init", "initdot"):
            return [("role", (p.sig or p.label).lower())]
        return [("role", p.label)]
    if form == "any":
        form = r.choice(["full", "first", "first", "last", "caps", "lf"] if p.key not in ("barn",) else
                        ["first", "first", "full", "nick" if p.nick else "first"])
    if form == "full":
        return [("name", full(p))]
    if form == "first":
        return [("name", p.first)]
    if form == "last":
        return [("name", p.last)]
    if form == "lf":
        return [("name", p.last + ", " + p.first + (" " + p.middle if p.middle else ""))]
    if form == "caps":
        return [("name", full(p).upper())]
    if form == "lastcaps":
        return [("name", p.last.upper() + " " + p.first)]
    if form == "lower":
        return [("name", p.first.lower())]
    if form == "lowerfull":
        return [("name", full(p).lower())]
    if form == "init":
        return [("name", initials(p))]
    if form == "initdot":
        return [("name", ".".join(x[0] for x in full(p).replace("-", " ").split()) + ".")]
    if form == "nick":
        return [("name", p.nick or p.first)]
    if form == "miss":
        return [("name", misspell(r, p.first) + " " + p.last)]
    if form == "title":
        t = "fru " if p.sex == "F" else "hr. "
        if p.key in ("laege", "ol", "egl"):
            t = "dr. "
        return [t, ("name", p.last)]
    if form == "gen":
        return genitive(p.first)
    if form == "nickgen":
        return genitive(p.nick or p.first)
    if form == "fullgen":
        return genitive(full(p))
    if form == "sig":
        return [("name", full(p))]
    raise ValueError(form)


def initials(p):
    parts = full(p).replace("-", " ").split()
    if len(parts) >= 3:
        return "".join(x[0] for x in parts).upper()
    return (parts[0][0] + parts[-1][:2]).upper() if len(parts[-1]) > 1 and hash_len(p) else \
        (parts[0][0] + parts[-1][0]).upper()


def hash_len(p):
    return (len(p.first) + len(p.last)) % 2 == 0


def TEL(C, p, lead="tlf. ", alt=None, style=None, foreign=False):
    if C.clean:
        return [alt] if alt else []
    if foreign and p.fphone:
        return [lead, ("phone", p.fphone)]
    return [lead, ("phone", fmt_phone(C.r, p.phone, style))]


def ADR(C, p, style=None, alt=None, lead=""):
    if C.clean:
        return [alt] if alt else []
    return [lead, ("address", fmt_addr(C.r, p.addr, style))]


def DOB(C, p, style=None, alt=None, lead=""):
    if C.clean:
        return [alt if alt is not None else "%d år" % p.age]
    return [lead, ("dob", fmt_dob(C.r, p.dob, style))]


def CPR(C, p, style=None, alt="xxxxxx-xxxx", lead=""):
    if C.clean:
        return [alt] if alt else []
    return [lead, ("cpr", fmt_cpr(C.r, p.cpr, style))]


def MAIL(C, p, alt=None, lead="", spoken=False):
    if C.clean:
        return [alt] if alt else []
    e = p.email
    if spoken:
        loc, dom = e.split("@")
        loc = loc.replace(".", " punktum ").replace("_", " understreg ")
        dom = dom.replace(".", " punktum ")
        e = loc + " snabel-a " + dom
    return [lead, ("email", e)]


TITLE_DROP = [("praktiserende læge ", "egen læge"), ("sagsbehandler ", "sagsbehandleren"),
              ("klasselærer ", "klasselæreren"), ("dommer ", "dommeren"), ("advokat ", "advokaten"),
              ("bisidder ", "bisidderen"), ("sundhedsplejerske ", "sundhedsplejersken"), ("overlæge ", "overlægen"),
              ("sygeplejerske ", "sygeplejersken"), ("egen læge ", "egen læge"), ("udvalgssekretær ", "udvalgssekretæren"),
              ("samværsstøtte ", "samværsstøtten"), ("koordinator ", "koordinatoren"), ("sagkyndig ", "PPR-psykologen"),
              ("teamleder ", "teamlederen"), ("tolk ", "tolken"), ("pædagog i SFO, ", "pædagogen"),
              ("advokat ", "fars advokat")]
CAP_RE = re.compile(r"(^|\n)((Kl\.|kl\.) )?\d{2}[.:]\d{2}\s*(– )?$|\] $|(^|\n)- $|(^|\n)$|[.!?] $|\| $|\t$")


def render(segs):
    """Flatten nested segments to (text, spans). Roles are capitalised at sentence start and a title
    word right before a role that repeats it is dropped ("klasselærer klasselæreren" -> "klasselæreren")."""
    buf = [""]
    spans = []

    def walk(x):
        if x is None:
            return
        if isinstance(x, str):
            buf[0] += x
        elif isinstance(x, tuple):
            kind, txt = x
            if kind == "role":
                cap = False
                low = buf[0].lower()
                for title, label in TITLE_DROP:
                    if txt == label and low.endswith(title):
                        cut = buf[0][len(buf[0]) - len(title):]
                        buf[0] = buf[0][:len(buf[0]) - len(title)]
                        cap = cut[0].isupper()
                        break
                tail = buf[0][-40:]
                if cap or CAP_RE.search(tail) or buf[0] == "":
                    txt = txt[0].upper() + txt[1:]
                buf[0] += txt
            else:
                s = len(buf[0])
                buf[0] += txt
                spans.append((kind, txt, s, s + len(txt)))
        else:
            for y in x:
                walk(y)

    walk(segs)
    return buf[0], spans


def wc(segs):
    return len(render(segs)[0].split())
# ================================================================ genre templates: each returns (subformat, head, body_blocks, foot)

# ---------------------------------------------------------------- small helpers for non-personal details
def hun(p):
    return "hun" if p.sex == "F" else "han"


def Hun(p):
    return "Hun" if p.sex == "F" else "Han"


def BORN(C, p, lead=" (f. ", style=None):
    """ (f. <dob>) in planted mode, ' (N år)' in clean mode."""
    if C.clean:
        return " (%d år)" % p.age
    return [lead, ("dob", fmt_dob(C.r, p.dob, style)), ")"]


def KALDT(C, p):
    """ (kaldet <nickname>) for a child with a nickname, planted mode only."""
    if C.clean or not p.nick:
        return ""
    return [" (kaldet ", ("name", p.nick), ")"]


def hende(p):
    return "hende" if p.sex == "F" else "ham"

NET_KEYS = ["mormor", "morfar", "moster", "farmor", "farbror", "nabo", "veninde", "faster", "morbror", "farfar"]
VENUES = ["i forsamlingshuset", "hjemme hos mormor", "i mødelokale 2 på rådhuset", "i Medborgerhuset",
          "i familiens stue", "i kantinen på skolen", "i Familiehusets store mødelokale"]
INDSATS = [("aflastning i en aflastningsfamilie", "§ 32, stk. 1, nr. 4"),
           ("en kontaktperson", "§ 32, stk. 1, nr. 3"),
           ("praktisk pædagogisk støtte i hjemmet", "§ 32, stk. 1, nr. 1"),
           ("familiebehandling", "§ 32, stk. 1, nr. 2"),
           ("anbringelse i plejefamilie med samtykke", "§ 46"),
           ("overvåget samvær", "§ 83"),
           ("en børnefaglig undersøgelse", "§ 20"),
           ("et ophold på et opholdssted", "§ 46")]


def mdate(C, style=None):
    r = C.r
    y = r.choice([2024, 2025])
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    st = style or r.choice(["dmy", "long", "d.", "dmy"])
    if st == "dmy":
        return "%02d.%02d.%d" % (d, m, y)
    if st == "long":
        return "%d. %s %d" % (d, MONTHS[m - 1], y)
    if st == "d.":
        return "d. %d. %s" % (d, MONTHS[m - 1])
    if st == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if st == "dm":
        return "%d/%d" % (d, m)
    return "%d. %s" % (d, MONTHS[m - 1])


def tm(C, h0=8, h1=20):
    return "%02d.%02d" % (C.r.randint(h0, h1), C.r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))


def sagsnr(C):
    r = C.r
    v = r.randrange(4)
    if v == 0:
        return "27.24.12-G01-%d-%02d" % (r.randint(1, 9999), r.choice([24, 25]))
    if v == 1:
        return "%d-%06d" % (r.choice([2024, 2025]), r.randint(1000, 999999))
    if v == 2:
        return "SAG-%05d" % r.randint(10000, 99999)
    return "%02d/%05d" % (r.choice([24, 25]), r.randint(100, 99999))


def REL(C, p, txt=None):
    if C.clean:
        return ""
    return " (" + (txt or p.label) + ")"


def sig_block(C, p, title=None, tel=True, mail=True, unit=None):
    """Signature of a professional. In clean mode: role title and unit only."""
    unit = unit or ("Børn og Unge, Myndighed\n" + C.kom)
    if C.clean:
        out = [title or p.sig or p.label, "\n", unit, "\n"]
        if tel:
            out += ["Hovednummer ", C.switch, "\n"]
        return out
    out = [N(C, p, "full"), "\n", title or p.sig, "\n", unit, "\n"]
    if tel:
        out += [TEL(C, p, C.r.choice(["Direkte tlf. ", "Tlf. ", "Mobil: ", "Direkte: "])), "\n"]
    if mail:
        out += [MAIL(C, p, lead=C.r.choice(["", "Mail: ", "E-mail: "])), "\n"]
    return out


def kids_line(C, n, form="full", born=True):
    out = []
    for i in range(n):
        k = C.kid(i)
        if i:
            out.append(" og " if i == n - 1 else ", ")
        out.append(N(C, k, form))
        if born:
            if C.clean:
                out.append(" (%d år)" % k.age)
            else:
                out += [" (f. ", ("dob", fmt_dob(C.r, k.dob)), ")"]
    return out


# ================================================================ GENRE 1: familierådslagning
def g_frs(C):
    r = C.r
    sub = C.sub or r.choice(["invitationsliste", "familiens-plan", "telefonliste", "opfoelgningsnotat", "koordinator-mail"])
    nk = r.choice([1, 1, 2, 2, 3])
    k0 = C.kid(0)
    mor, far, sb, ko = C["mor"], C["far"], C["sb"], C["koord"]
    net = r.sample(NET_KEYS, r.randint(4, 7))
    net_p = [C[k] for k in net]
    head, body, foot = [], [], []
    if sub == "invitationsliste":
        head = ["Familierådslagning – invitationsliste\n",
                "Barn: ", kids_line(C, nk), "\n",
                "Forældremyndighed: ", N(C, mor, "full"), " og ", N(C, far, "full"), "\n",
                "Sagsbehandler: ", N(C, sb, "full"), ", ", C.kom, TEL(C, sb, ", tlf. "), "\n",
                "Koordinator: ", N(C, ko, r.choice(["full", "lf"])), MAIL(C, ko, lead=", "), "\n",
                "Mødet holdes ", mdate(C, "long"), " kl. 16.30 ", r.choice(VENUES), ".\n\nInviterede fra netværket:\n"]
        for p in net_p:
            v = r.randrange(5)
            if v == 4:
                body.append(["- ", N(C, p, "full"), REL(C, p), DOB(C, p, lead=", f. ", alt=""), TEL(C, p, ", "),
                             ". Deltager hele aftenen.\n"])
            if v == 0:
                body.append(["- ", N(C, p, "full"), REL(C, p), ", ", ADR(C, p, "line", alt="bor i " + C.town[1]),
                             TEL(C, p, ", tlf. ", alt=", kontakt via koordinator"), "\n"])
            elif v == 1:
                body.append(["- ", N(C, p, "full"), REL(C, p), " – ", TEL(C, p, "mobil ", foreign=True,
                             alt="har fået invitationen med posten"), ". Har sagt ja.\n"])
            elif v == 2:
                body.append(["- ", N(C, p, "lf"), REL(C, p), ", ", MAIL(C, p, alt="svarer via mor"),
                             ". Vender tilbage om transport.\n"])
            elif v == 3:
                body.append(["- ", N(C, p, "full"), REL(C, p), ", ", ADR(C, p, "nocomma", alt="bor uden for kommunen"),
                             ". Kan kun deltage den første time.\n"])
        body.append(["\nBørnenes egne ønsker: ", N(C, k0, "first"), " vil gerne have, at ", N(C, net_p[0], "first"),
                     " sidder ved siden af under mødet.\n"])
        body.append(["Tolk: ", N(C, C["tolk"], "full"), " er bestilt til ", N(C, mor, "gen"),
                     " del af mødet. Tolken kan træffes på ", TEL(C, C["tolk"], "", alt="tolkebureauets hovednummer"),
                     ".\n"] if C.origin not in ("dk", "dknew") else
                    ["Forplejning: ", N(C, net_p[1], "first"), " tager kage med, kommunen betaler aftensmaden.\n"])
        foot = ["\nSvar til koordinator senest ", mdate(C, "d."), ". Ved afbud ring til ",
                N(C, ko, "first"), TEL(C, ko, " på ", alt=" via hovednummeret " + C.switch), ".\n"]
    elif sub == "familiens-plan":
        kids = [C.kid(i) for i in range(nk)]
        head = ["FAMILIENS PLAN\nUdarbejdet i familietiden ", mdate(C, "dmy"), "\n",
                "Planen gælder for ", kids_line(C, nk, "first", born=not C.clean), ".\n",
                "Forældre: ", N(C, mor, "full"), REL(C, mor), TEL(C, mor, ", "), " og ", N(C, far, "full"),
                REL(C, far), TEL(C, far, ", "), "\n\n| Hvad | Hvem | Hvornår |\n|---|---|---|\n"]
        tasks = [["| Hente ", N(C, kids[0], "first"), " i SFO | ", N(C, net_p[0], "first"), " | tirsdag og torsdag kl. 15.30 |\n"],
                 ["| Lektiehjælp | ", N(C, net_p[1], "full"), " | onsdag efter aftensmaden |\n"],
                 ["| Ringe til ", N(C, mor, "first"), " hver aften | ", N(C, net_p[2], "first"), TEL(C, net_p[2], " (", alt=None), ")" if not C.clean else "", " | kl. 20.00 |\n"],
                 ["| Følge ", N(C, kids[-1], "first"), " til fodbold | ", N(C, net_p[3], "full"), " | lørdag formiddag |\n"],
                 ["| Overnatning, hvis ", N(C, mor, "first"), " får det dårligt | ", N(C, net_p[0], "full"), ", ",
                  ADR(C, net_p[0], "line", alt="hjemme hos " + net_p[0].label), " | efter behov |\n"],
                 ["| Tale med skolen | ", N(C, far, "first"), " | senest ", mdate(C, "d."), " |\n"],
                 ["| Madpakker mandag–fredag | ", N(C, mor, "first"), " og ", N(C, net_p[1], "first"), " | hver morgen |\n"],
                 ["| Køre til tandlæge og sundhedsplejerske | ", N(C, net_p[-1], "first"), " | når der er tider |\n"]]
        r.shuffle(tasks)
        body = tasks
        body.append(["\nHvis planen ikke holder, ringer ", N(C, net_p[1], "first"), " til koordinator ",
                     N(C, ko, "full"), TEL(C, ko, " på ", alt=" via hovednummeret " + C.switch), ".\n"])
        body.append(["Sikkerhedsaftale: Hvis ", N(C, far, "first"), " har drukket, henter ", N(C, net_p[3], "first"),
                     " børnene og kører dem til ", ADR(C, net_p[3], "street", alt="sit eget hjem"), ".\n"])
        foot = ["\nPlanen er godkendt af ", N(C, sb, "full"), ", ", C.kom, ", den ", mdate(C, "long"),
                ". Opfølgning om seks uger.\n"]
    elif sub == "telefonliste":
        head = ["TELEFONLISTE – netværket omkring ", N(C, k0, r.choice(["full", "caps"])), BORN(C, k0), KALDT(C, k0), "\n",
                "(må kun bruges af netværket)\n\n",
                N(C, mor, "full"), REL(C, mor), ": ", TEL(C, mor, "", alt="se kontaktark"), TEL(C, mor, " / ", foreign=True) if mor.fphone else "", "\n",
                N(C, far, "full"), REL(C, far), ": ", TEL(C, far, "", alt="se kontaktark"), TEL(C, far, " / udland ", foreign=True) if far.fphone else "", "\n"]
        for p in net_p:
            v = r.randrange(3)
            if v == 0:
                body.append([N(C, p, "full"), REL(C, p), ": ", TEL(C, p, "", alt="via mor"), "\n"])
            elif v == 1:
                body.append([N(C, p, "first"), REL(C, p), " ", TEL(C, p, "", alt="(nummer hos koordinator)"),
                             MAIL(C, p, lead=" – "), "\n"])
            else:
                body.append([N(C, p, "lf"), REL(C, p), " mobil ", TEL(C, p, "", foreign=True, alt="ukendt"),
                             ", ", ADR(C, p, "line", alt="bor i nærheden"), "\n"])
        body.append(["\nKlasselærer ", N(C, C["laerer"], "full"), ": ", TEL(C, C["laerer"], "", alt="skolens kontor"), "\n"])
        body.append(["Sundhedsplejerske ", N(C, C["sp"], "first"), ": ", TEL(C, C["sp"], ""),
                     MAIL(C, C["sp"], lead=", "), "\n"])
        body.append(["Pædagog i SFO, ", N(C, C["paed"], "full"), ": ", TEL(C, C["paed"], "", alt="SFO'ens kontor"), "\n"])
        body.append(["Sagsbehandler ", N(C, sb, "full"), ", ", C.kom, ": ", TEL(C, sb, "", alt="hovednummer " + C.switch),
                     MAIL(C, sb, lead=", "), "\n"])
        body.append(["\nAftale: Hvis ingen kan få fat i ", N(C, mor, "first"), ", ringer vi først til ", N(C, net_p[0], "first"),
                     " og derefter til ", N(C, net_p[1], "first"), ". Ingen må køre børnene, hvis de har drukket.\n"])
        body.append(["Nøgle til ", ADR(C, mor, "street", alt="lejligheden"), " ligger hos ", N(C, net_p[-1], "full"),
                     ", som bor ", ADR(C, net_p[-1], "line", alt="to gader væk"), ".\n"])
        body.append(["Listen er lavet på familierådslagningen ", mdate(C, "long"), " og opdateres af ", N(C, net_p[0], "first"),
                     ", når nogen skifter nummer. Rettelser sendes til ", MAIL(C, net_p[0], alt="koordinator"), ".\n"])
        body.append([N(C, k0, "gen"), " egen telefon: ", TEL(C, k0, "", alt="(kendt af mor)"), " – må kun bruges til at ringe til de voksne på listen.\n"])
        foot = ["\nKoordinator: ", N(C, ko, "full"), " ", TEL(C, ko, "", alt="via hovednummeret " + C.switch), "\n",
                "Akut fare: ring 112. Politiet: 114.\n"]
    elif sub == "opfoelgningsnotat":
        head = ["Opfølgningsmøde efter familierådslagning\nDato: ", mdate(C, "dmy"), ", kl. 17.00–18.30\n",
                "Barn: ", N(C, k0, "full"), KALDT(C, k0), ", ", DOB(C, k0, lead="født "), "\n",
                "Deltagere: ", N(C, mor, "full"), REL(C, mor), ", ", N(C, net_p[0], "full"), REL(C, net_p[0]), ", ",
                N(C, net_p[1], "full"), REL(C, net_p[1]), ", koordinator ", N(C, ko, "full"),
                " og sagsbehandler ", N(C, sb, "full"), ".\n",
                "Afbud: ", N(C, far, "full"), REL(C, far), ".\n\n"]
        body = [
            [N(C, net_p[0], "first"), " har hentet ", N(C, k0, "first"),
             " hver tirsdag siden mødet, og det er gået godt. ", N(C, k0, "gen"),
             " lærer har meldt tilbage, at fremmødet er blevet bedre.\n"],
            ["Aftalen om, at ", N(C, net_p[1], "first"), " ringer til ", N(C, mor, "first"),
             " hver aften, er kun delvist holdt. ", N(C, net_p[1], "first"), " fortæller, at telefonen ofte er slukket, og foreslår i stedet at komme forbi ",
             ADR(C, mor, "street", alt="i hjemmet"), " to gange om ugen.\n"],
            [N(C, far, "gen"), " samvær følger den plan, der blev lavet. Han har ikke selv deltaget i dag, men har skrevet til koordinator fra ",
             MAIL(C, far, alt="sin private mail"), ", at han gerne vil med næste gang.\n"],
            ["Ny i netværket: ", N(C, net_p[2], "full"), REL(C, net_p[2]), DOB(C, net_p[2], lead=", f. ", alt=""),
             ", ", ADR(C, net_p[2], "line", alt="bosat i " + C.town[1]), ", tlf. ", TEL(C, net_p[2], "", alt="oplyst til koordinator"),
             ". ", Hun(net_p[2]), " tilbyder weekendaflastning hver anden uge.\n"],
            [N(C, k0, "first"), " sagde selv på mødet, at det bedste er at være hos ", N(C, net_p[0], "first"),
             " om onsdagen, fordi der er ro. På skalaen fra 0 til 10 satte familien sig på 6.\n"],
            ["Sagsbehandler bemærkede, at planen dækker hverdagene godt, men at weekender og ferier stadig er sårbare. Familien laver en ferieplan inden sommerferien.\n"],
            ["Næste opfølgning: ", mdate(C, "long"), " kl. 17.00 ", r.choice(VENUES), ". ", N(C, ko, "first"),
             " sender invitationer.\n"],
        ]
        foot = ["\nReferent: ", N(C, ko, "init") if not C.clean else "koordinatoren", "\n"]
    else:  # koordinator-mail
        head = ["Fra: ", N(C, ko, "full"), " <" if not C.clean else "", MAIL(C, ko), ">" if not C.clean else "", "\n",
                "Sendt: ", mdate(C, "long"), " ", tm(C, 8, 16).replace(".", ":"), "\n",
                "Til: ", N(C, sb, "full"), " <" if not C.clean else "", MAIL(C, sb), ">" if not C.clean else "", "\n",
                "Emne: Familierådslagning – ", N(C, k0, "first"), "\n\n",
                "Hej ", N(C, sb, "first"), "\n\n"]
        body = [
            ["Kort status på familierådslagningen for ", N(C, k0, "full"), BORN(C, k0), ", som du bad om.\n\n"],
            ["Jeg har nu været rundt i hele netværket. ", N(C, net_p[0], "full"), REL(C, net_p[0]),
             " vil gerne deltage og kan nås på ", TEL(C, net_p[0], "", alt="sit mobilnummer"), ".\n\n"],
            [N(C, net_p[1], "full"), " bor nu på ", ADR(C, net_p[1], "line", alt="en ny adresse i " + C.town[1]),
             " og har bedt om, at invitationen sendes til ", MAIL(C, net_p[1], alt="digitalt"), ".\n\n"],
            [N(C, net_p[2], "first"), " var tøvende i telefonen. ", Hun(net_p[2]), " er bange for, at ", N(C, far, "first"),
             " bliver vred, hvis ", hun(net_p[2]), " blander sig. Jeg har sagt, at det er helt i orden at komme til første del og så gå.\n\n"],
            [N(C, mor, "first"), " har selv ønsket, at ", N(C, net_p[3], "full"), " kommer med. ", Hun(net_p[3]), " bor ", "langt væk" if C.clean else ("i udlandet, " if net_p[3].addr.foreign else "langt væk, på "),
             ADR(C, net_p[3], "line"), ", men kan deltage på Teams. Mobil: ",
             TEL(C, net_p[3], "", foreign=True, alt="oplyst af mor"), ".\n\n"],
            [N(C, k0, "first"), REL(C, k0, "%d år" % k0.age), " har fortalt mig, at ", hun(k0), " gerne vil have ",
             N(C, net_p[0], "first"), " som støtteperson under mødet.\n\n"],
            ["Vi mangler stadig en dato fra ", N(C, far, "first"), ". Jeg prøver ham igen i morgen på ",
             TEL(C, far, "", alt="hans mobil"), ".\n\n"],
        ]
        foot = ["Mvh\n", N(C, ko, "first") if not C.clean else "Koordinator", "\n",
                "Koordinator, Familierådslagning\n" if not C.clean else "", TEL(C, ko, "Tlf. ", alt="Hovednummer " + C.switch), "\n"]
    return sub, head, body, foot


# ================================================================ GENRE 2: samvær
def g_samvaer(C):
    r = C.r
    sub = C.sub or r.choice(["samvaerslog", "rapport-til-sagsbehandler", "aflysninger", "sms-afhentning", "samvaersaftale"])
    k0 = C.kid(0)
    nk = r.choice([1, 1, 2])
    mor, far, sb, sv = C["mor"], C["far"], C["sb"], C["sv"]
    par = far if r.random() < 0.7 else mor
    oth = mor if par is far else far
    head, body, foot = [], [], []
    if sub == "samvaerslog":
        head = ["Samværsrapport – overvåget samvær\n",
                "Barn: ", N(C, k0, "full"), KALDT(C, k0), ", ", DOB(C, k0, lead="f. "), "\n",
                CPR(C, k0, lead="CPR-nr.: ", alt="") if r.random() < 0.5 else "", "\n" if not C.clean else "",
                "Samværsforælder: ", N(C, par, "full"), BORN(C, par), "\n",
                "Samværsstøtte: ", N(C, sv, "full"), "\n",
                "Dato: ", mdate(C, "dmy"), ", kl. 15.00–17.00\n",
                "Sted: samværslokalet i Familiehuset\n\n"]
        t0 = 14
        lines = [
            ("14.52", [N(C, oth, "first"), " afleverer ", N(C, k0, "first"), " i receptionen. ", N(C, k0, "first"),
                       " holder fast i ", N(C, oth, "gen"), " jakke, men slipper efter lidt tid."]),
            ("15.04", [N(C, par, "first"), " ankommer fire minutter for sent. ", Hun(par), " undskylder og giver ",
                       N(C, k0, "first"), " en pose med slik og et LEGO-sæt."]),
            ("15.10", ["De bygger LEGO sammen på gulvet. ", N(C, par, "first"),
                       " spørger ind til skolen, og ", N(C, k0, "first"), " svarer kort."]),
            ("15.26", [N(C, par, "first"), " taler om, at ", N(C, k0, "first"), " snart skal bo hos ", hende(par), " igen. Samværsstøtten minder om aftalen om ikke at tale om sagen."]),
            ("15.40", [N(C, k0, "first"), " vil på toilettet og følges af samværsstøtten. Tilbage i rummet sætter ",
                       N(C, k0, "first"), " sig tæt ved ", N(C, par, "first"), "."]),
            ("15.55", [N(C, par, "first"), " modtager et opkald og går ud på gangen i tre minutter. ",
                       N(C, k0, "first"), " bliver urolig og spørger, om ", par.label, " kommer tilbage."]),
            ("16.15", ["De spiller Uno. Stemningen er god, ", N(C, k0, "first"), " griner flere gange."]),
            ("16.40", [N(C, par, "first"), " viser billeder på telefonen af ", N(C, C["farmor"] if par is far else C["mormor"], "first"),
                       " og hunden. ", N(C, k0, "first"), " spørger, hvornår ", hun(k0), " må besøge dem."]),
            ("16.55", ["Afslutning. ", N(C, par, "first"), " krammer ", N(C, k0, "first"), " og siger, at de ses om 14 dage."]),
            ("17.02", [N(C, oth, "first"), " henter. ", N(C, k0, "first"), " er stille i bilen ifølge ", N(C, oth, "first"), "."]),
        ]
        body = [["kl. ", t, "  ", txt, "\n"] for t, txt in lines]
        foot = ["\nSamlet vurdering: Samværet forløb overvejende roligt. Der var god kontakt, men ",
                N(C, par, "first"), " havde svært ved at holde sig fra at tale om sagen.\n",
                "/", N(C, sv, "init") if not C.clean else "samværsstøtten", "\n"]
    elif sub == "rapport-til-sagsbehandler":
        head = ["Til: ", N(C, sb, "full"), ", ", C.kom, "\n",
                "Fra: ", N(C, sv, "full"), ", samværsstøtte\n",
                "Vedr.: Støttet samvær mellem ", N(C, k0, "full"), " (", CPR(C, k0, alt="cpr ikke anført"), ") og ",
                N(C, par, "full"), "\n",
                "Periode: ", mdate(C, "d."), " til ", mdate(C, "long"), "\n\n"]
        body = [
            ["I perioden har der været planlagt seks samvær. Fire er gennemført, ét er aflyst af ",
             N(C, par, "first"), " på grund af sygdom, og ét blev aflyst af ", N(C, oth, "full"),
             ", som meldte, at ", N(C, k0, "first"), " havde feber.\n\n"],
            [N(C, par, "first"), " møder som regel op til tiden og er velforberedt. ", Hun(par), " har medbragt mad og aktiviteter, og ",
             N(C, k0, "first"), " søger kontakt fra start.\n\n"],
            ["Ved samværet ", mdate(C, "d."), " deltog også ", N(C, C["farmor"] if par is far else C["mormor"], "full"),
             ", efter aftale med dig. Hun var varm og rolig i kontakten og hjalp ", N(C, par, "first"),
             " med at afslutte samværet.\n\n"],
            ["Der har været én episode, hvor ", N(C, par, "first"), " hævede stemmen over for ",
             N(C, oth, "first"), " ved afleveringen på ", ADR(C, oth, "street", alt="parkeringspladsen ved Banegårdspladsen"),
             ". Samværsstøtten skærmede ", N(C, k0, "first"), ", som gik ind i bilen.\n\n"],
            [N(C, k0, "first"), " har efter tredje samvær sagt til samværsstøtten: \"Jeg vil gerne være længere tid hos ",
             N(C, par, "first"), " næste gang.\"\n\n"],
            ["Samværsstøtten anbefaler, at samværet fortsætter som støttet samvær, og at det genovervejes efter tre måneder.\n\n"],
        ]
        foot = ["Venlig hilsen\n", sig_block(C, sv, unit="Familiehuset, " + C.kom)]
    elif sub == "aflysninger":
        head = ["Oversigt over samvær – ", N(C, k0, "full"), BORN(C, k0), "\n",
                "Samvær med: ", N(C, par, "full"), "\n",
                "Sagsbehandler: ", N(C, sb, "full"), TEL(C, sb, ", tlf. "), "\n\n",
                "Dato | Status | Bemærkning\n"]
        rows = []
        for i in range(9):
            st = r.choice(["gennemført", "gennemført", "aflyst", "udeblevet", "gennemført"])
            if st == "aflyst":
                who_ = r.choice([par, oth, sv])
                rem = ["aflyst af ", N(C, who_, r.choice(["first", "full"])), " – ",
                       r.choice(["sygdom", "bilen gik i stykker", "arbejde", "barnet ville ikke"]), ", sms ", tm(C, 7, 12)]
            elif st == "udeblevet":
                rem = [N(C, par, "first"), " kom ikke og tog ikke telefonen ", TEL(C, par, "", alt="")]
            else:
                rem = [r.choice(["roligt forløb", "god kontakt", "lidt uro ved afslutning", "hentet af "])]
                if rem[0] == "hentet af ":
                    rem.append(N(C, C["mormor"], "full"))
            rows.append([mdate(C, "dmy"), " | ", st, " | ", rem, "\n"])
        body = rows
        for i in range(5):
            body.append([mdate(C, "dmy"), " | ", r.choice(["gennemført", "gennemført", "aflyst"]), " | ",
                         r.choice(["samvær i svømmehallen", "kortere samvær, 1 time", "roligt forløb", "tolk deltog"]), "\n"])
        body.append(["\nOpsummering: Ud af de planlagte samvær er hovedparten gennemført. ", N(C, par, "first"),
                     " har aflyst flere gange med kort varsel, typisk via sms. ", N(C, k0, "first"),
                     " reagerer på aflysningerne med uro i skolen, oplyser klasselærer ", N(C, C["laerer"], "full"), ".\n"])
        body.append(["Sagsbehandler har ", mdate(C, "d."), " talt med ", N(C, par, "full"), " om mønstret. ", Hun(par),
                     " har lovet at melde afbud senest dagen før.\n"])
        body.append(["Bopælsforælder ", N(C, oth, "full"), " ønsker, at samværet flyttes til lørdag formiddag, så ",
                     N(C, k0, "first"), " ikke skal hentes tidligt i SFO. Ønsket drøftes på næste opfølgningsmøde.\n"])
        foot = ["\nAflysninger skal meddeles samværsstøtten ", N(C, sv, "first"),
                TEL(C, sv, " på ", alt=" via Familiehusets hovednummer " + C.switch), " senest kl. 12 dagen før.\n"]
    elif sub == "sms-afhentning":
        head = ["Kopi af sms-tråd indsat i journalen ", mdate(C, "dmy"), " (samværsstøtte ", N(C, sv, "first"),
                " / ", N(C, par, "first"), TEL(C, par, ", ", style="pairs"), ")\n",
                ["Barn: ", N(C, k0, "full"), KALDT(C, k0), "\n"] if k0.nick and not C.clean else "", "\n"]
        lo = not C.clean and r.random() < 0.5
        msgs = [
            [N(C, sv, "first"), ": Hej ", N(C, par, "lower" if lo else "first"), ", husk samvær i morgen kl. 15. Jeg henter ",
             N(C, k0, "first"), " i SFO og møder dig i Familiehuset."],
            [N(C, par, "lower" if lo else "first"), ": ok men kan ", N(C, C["farmor"] if par is far else C["mormor"], "first"),
             " ikke bare hente ", hende(k0) if not k0.nick or C.clean else N(C, k0, "nick"), "? hun bor lige ved siden af på ", ADR(C, C["farmor"] if par is far else C["mormor"], "sloppy", alt="vejen ved skolen")],
            [N(C, sv, "first"), ": Det er ikke aftalt med ", N(C, sb, "first"), ", så jeg henter som planlagt."],
            [N(C, par, "lower" if lo else "first"), ": fint. skriv hvis der sker noget, mit nye nr er ",
             TEL(C, par, "", style=r.choice(["plain", "quad", "spoken"]), alt="det samme som før")],
            [N(C, sv, "first"), ": Tak, det er noteret. Jeg giver ", N(C, sb, "first"), " besked."],
            [N(C, par, "lower" if lo else "first"), ": og sig til ", N(C, oth, "first"), " at ", hun(oth), " skal pakke ",
             N(C, k0, "nickgen" if k0.nick else "gen"), " medicin"],
            [N(C, sv, "first"), ": Det gør jeg. Vi ses kl. 15."],
        ]
        day = mdate(C, "dm")
        h = r.randint(8, 15)
        body = []
        for m in msgs:
            h_m = "%02d:%02d" % (h, r.randint(0, 59))
            h += r.choice([0, 1, 1, 2])
            body.append(["[", day, " ", h_m, "] ", m, "\n"])
        more = [
            [N(C, oth, "first"), ": Hej det er ", N(C, oth, "lower" if lo else "first"), ". ", N(C, k0, "first"),
             " har ondt i maven, men vil gerne af sted. Jeg sender Panodil med i tasken"],
            [N(C, sv, "first"), ": Tak for besked. Jeg holder øje med hende/ham og ringer, hvis det bliver værre." if C.clean else
             N(C, sv, "first"), ": Tak for besked. Jeg holder øje og ringer til dig på " if not C.clean else "",
             TEL(C, oth, "", style="pairs") if not C.clean else "", " hvis det bliver værre." if not C.clean else ""],
            [N(C, par, "lower" if lo else "first"), ": er der nogen der kan køre mig hjem bagefter? jeg bor nu hos min bror på ",
             ADR(C, C["farbror"] if par is far else C["morbror"], r.choice(["sloppy", "line"]), alt="den anden side af byen")],
            [N(C, sv, "first"), ": Nej, det kan vi desværre ikke. Der går en bus fra Banegårdspladsen kl. 17.20."],
            [N(C, par, "lower" if lo else "first"), ": ok 👍"],
            [N(C, sv, "first"), ": Samværet er slut. ", N(C, k0, "first"), " er afleveret til ", N(C, oth, "first"),
             " kl. 17.05. Alt gik fint."],
        ]
        for m in more:
            h_m = "%02d:%02d" % (min(h, 23), r.randint(0, 59))
            h += r.choice([0, 1])
            body.append(["[", day, " ", h_m, "] ", m, "\n"])
        foot = ["\nNoteret af ", N(C, sv, "initdot") if not C.clean else "samværsstøtten", "\n"]
    else:  # samvaersaftale
        mf = C["mormor"]
        head = ["AFTALE OM STØTTET SAMVÆR\n\n",
                "Barn: ", N(C, k0, "lf"), "\n",
                "CPR: ", CPR(C, k0), "\n",
                "Samværsforælder: ", N(C, par, "full"), BORN(C, par), ", ", ADR(C, par, "line", alt="adresse i fagsystemet"), "\n",
                "Bopælsforælder: ", N(C, oth, "full"), "\n",
                "Samværsstøtte: ", N(C, sv, "full"), TEL(C, sv, ", tlf. "), "\n\n"]
        body = [
            ["Samværet finder sted hver anden onsdag kl. 15.30–18.00. Første gang ", mdate(C, "long"), ".\n"],
            ["Afhentning: ", N(C, mf, "full"), REL(C, mf), " henter ", N(C, k0, "first"), " hos ", N(C, oth, "first"),
             " på ", ADR(C, oth, r.choice(["line", "block"]), alt="bopælen"), " kl. 15.00.\n"],
            ["Aflevering: ", N(C, par, "first"), " afleverer selv ", N(C, k0, "first"), " ved indgangen til Familiehuset. Samværsstøtten er til stede.\n"],
            ["Kontakt ved forsinkelse: ", N(C, mf, "first"), " ", TEL(C, mf, "", alt="(nummer i sagen)"),
             " eller ", N(C, sv, "first"), " ", TEL(C, sv, "", alt="via hovednummeret"), ".\n"],
            ["Det er aftalt, at der ikke tales om sagen eller om ", N(C, oth, "gen"), " nye kæreste under samværet.\n"],
            ["Samværet kan afbrydes, hvis ", N(C, par, "first"), " møder påvirket op. Samværsstøtten ringer i så fald til ",
             N(C, oth, "first"), " og til ", N(C, sb, "full"), ".\n"],
            ["Aftalen revideres ", mdate(C, "long"), " på et møde med begge forældre.\n"],
        ]
        body.append(["Telefonkontakt: ", N(C, par, "first"), " må ringe til ", N(C, k0, "first"), " søndag kl. 18.00 på ",
                     N(C, oth, "gen"), " telefon", TEL(C, oth, " (", alt=""), ")" if not C.clean else "", ". Samtalen må højst vare 15 minutter.\n"])
        body.append(["Gaver og mad: Der må medbringes mad og en mindre gave. Der må ikke gives penge eller telefon til ", N(C, k0, "first"), ".\n"])
        body.append(["Ferie: I sommerferien holdes to ekstra samvær. ", N(C, mf, "first"), " kan deltage, hvis ", N(C, k0, "first"),
                     " ønsker det.\n"])
        body.append(["Samværsstøtten skriver et kort referat efter hvert samvær og sender det til ", N(C, sb, "full"),
                     MAIL(C, sb, lead=", "), ".\n"])
        body.append(["Ændringer i aftalen skal godkendes af ", N(C, sb, "first"), ". Ring på ", TEL(C, sb, "", alt="hovednummeret " + C.switch),
                     " ved spørgsmål.\n" if not C.clean else " ved spørgsmål.\n"])
        foot = ["\nUnderskrevet: ", N(C, par, "full"), " / ", N(C, oth, "full"), " / ", N(C, sb, "full"), "\n"]
    return sub, head, body, foot


# ================================================================ GENRE 3: afgørelse / partshøring / aktindsigt
def letter_head(C, rec, extra_ref=True):
    r = C.r
    sb = C["sb"]
    out = [C.kom, "\nBørn og Unge, Myndighed\n\n"]
    if C.clean:
        out += ["Til forældremyndighedsindehaver\n(sendt via Digital Post)\n\n"]
    else:
        out += [N(C, rec, "full"), "\n", ADR(C, rec, "block"), "\n\n"]
    out += ["Dato: ", mdate(C, "long"), "\n", "Sagsnr.: ", sagsnr(C), "\n"]
    if extra_ref:
        out += ["Sagsbehandler: ", N(C, sb, r.choice(["full", "init"])), "\n",
                TEL(C, sb, "Direkte tlf.: ", alt="Tlf.: " + C.switch), "\n",
                MAIL(C, sb, lead="E-mail: "), "\n" if not C.clean else "", "\n"]
    return out


def g_afgoerelse(C):
    r = C.r
    sub = C.sub or r.choice(["afgoerelse", "partshoering", "aktindsigt", "parter-i-sagen"])
    k0 = C.kid(0)
    mor, far, sb, tl = C["mor"], C["far"], C["sb"], C["tl"]
    ind, par_ = r.choice(INDSATS)
    head, body, foot = [], [], []
    if sub == "afgoerelse":
        rec = mor
        head = [letter_head(C, rec),
                "Afgørelse om ", ind, " til ", N(C, k0, "full"), ", ", CPR(C, k0, lead="CPR-nr. ", alt="cpr-nr. xxxxxx-xxxx"), "\n\n",
                "Kære ", N(C, rec, "first"), "\n\n"]
        body = [
            [C.kom, " har besluttet at bevilge ", ind, " til ", N(C, k0, "first"), " efter Barnets lov ", par_,
             ". Indsatsen starter ", mdate(C, "long"), " og varer foreløbig i seks måneder.\n\n"],
            ["Begrundelse\nVi har lagt vægt på den børnefaglige undersøgelse, som blev afsluttet ", mdate(C, "d."),
             ", og på vores samtale med ", N(C, k0, "first"), " på skolen. ", N(C, k0, "first"),
             " har fortalt, at ", hun(k0), " ofte er alene om aftenen og gerne vil have en voksen at tale med.\n\n"],
            ["Du og ", N(C, far, "full"), " er blevet partshørt. ", N(C, far, "first"), " har i sit svar af ", mdate(C, "d."),
             " oplyst, at han er enig i indsatsen, men ønsker at blive orienteret løbende.\n\n"],
            ["Vi har også hørt ", N(C, k0, "first"), ", som har partsstatus efter Barnets lov § 3, da ", hun(k0), " er fyldt 10 år.\n\n"],
            ["Klagevejledning\nDu kan klage over afgørelsen til Ankestyrelsen. Klagen sendes til ", C.kom,
             " inden fire uger fra du har modtaget brevet. Vi genvurderer sagen, og hvis vi fastholder afgørelsen, sender vi klagen videre.\n\n"],
            ["Aktindsigt\nDu har ret til at se dokumenterne i sagen, jf. forvaltningslovens § 9. Kontakt ", N(C, sb, "first"),
             " for at få aktindsigt.\n\n"],
        ]
        foot = ["Med venlig hilsen\n\n", sig_block(C, sb), "\n",
                ["Kopi til: ", N(C, far, "full"), ", ", ADR(C, far, "line"), "; ", N(C, C["adv"], "full"), ", advokat",
                 MAIL(C, C["adv"], lead=", "), "\n"] if not C.clean else "Kopi til: far (via Digital Post) og mors advokat\n"]
    elif sub == "partshoering":
        rec = r.choice([mor, far])
        head = [letter_head(C, rec), "Partshøring – påtænkt afgørelse om ", ind, "\n",
                "Vedr.: ", N(C, k0, "full"), ", ", DOB(C, k0, lead="født "), CPR(C, k0, lead=", CPR ", alt="") if r.random() < 0.6 else "", "\n\n"]
        body = [
            ["Vi skriver til dig, fordi vi påtænker at træffe afgørelse om ", ind, " efter Barnets lov ", par_,
             ". Inden vi træffer afgørelsen, har du ret til at komme med dine bemærkninger.\n\n"],
            ["Vi har lagt vægt på følgende oplysninger:\n- skolens underretning af ", mdate(C, "d."),
             ", skrevet af ", N(C, C["laerer"], "full"), "\n- referat af samtale med ", N(C, k0, "first"), " ", mdate(C, "d."),
             "\n- udtalelse fra sundhedsplejerske ", N(C, C["sp"], "full"), "\n\n"],
            ["Vi er opmærksomme på, at ", N(C, mor, "first"), " og ", N(C, far, "first"),
             " er uenige om ", N(C, k0, "gen"), " behov. Begge forældre får derfor dette brev.\n\n"],
            ["Du kan sende dine bemærkninger til ", N(C, sb, "full"), " senest ", mdate(C, "long"),
             ". Du er velkommen til at ringe, hvis du hellere vil komme med dem mundtligt.\n\n"],
            ["Du kan tage en bisidder med til møder med os. Hvis du har en advokat, sender vi gerne en kopi af brevet til advokaten.\n\n"],
        ]
        foot = ["Venlig hilsen\n\n", sig_block(C, sb), "\n",
                "Kopi: ", N(C, mor if rec is far else far, "full"), "\n"]
    elif sub == "aktindsigt":
        adv = C["adv"]
        if C.clean:
            head = [C.kom, "\nBørn og Unge, Myndighed\n\nTil advokaten\n(sendt via sikker mail)\n\n",
                    "Dato: ", mdate(C, "long"), "\nSagsnr.: ", sagsnr(C), "\n\n"]
        else:
            head = [C.kom, "\nBørn og Unge, Myndighed\n\n", "Advokat ", N(C, adv, "full"), "\n",
                    MAIL(C, adv), "\n\n", "Dato: ", mdate(C, "long"), "\nSagsnr.: ", sagsnr(C), "\nDeres ref.: ",
                    N(C, adv, "init"), "/", str(r.randint(1000, 9999)), "\n\n"]
        head += ["Svar på anmodning om aktindsigt – ", N(C, k0, "full"), BORN(C, k0), "\n\n"]
        body = [
            ["Vi har ", mdate(C, "d."), " modtaget din anmodning om aktindsigt på vegne af din klient, ",
             N(C, far, "full"), CPR(C, far, lead=", ", alt=""), ", i sagen om ", N(C, k0, "first"), ".\n\n" if not C.clean else ".\n\n"],
            ["Du får aktindsigt i 46 dokumenter, som er vedlagt som pdf. Dokumenterne er gennemgået, og oplysninger om ",
             N(C, mor, "gen"), " helbred er undtaget efter forvaltningslovens § 15 b.\n\n"],
            ["Vi har desuden undtaget navn og adresse på den borger, der har underrettet kommunen, jf. Barnets lov § 171 (underretters anonymitet). Det gælder også underretterens telefonnummer.\n\n"],
            ["Din klient har bedt om at få tilsendt kopi af samværsrapporterne fra ", N(C, C["sv"], "full"),
             ". De er med i bilag 12–18.\n\n"],
            ["Du kan klage over afslaget på delvis aktindsigt. Klagen sendes til os, og vi genvurderer sagen, inden den sendes videre.\n\n"],
        ]
        foot = ["Med venlig hilsen\n\n", sig_block(C, sb, mail=False), "\nKopi: ", N(C, tl, "full"), ", teamleder\n"]
    else:  # parter-i-sagen (key: value)
        adv, adv2, bis = C["adv"], C["adv2"], C["bis"]
        head = ["PARTER I SAGEN – ", N(C, k0, "caps"), "\nSagsnr.: ", sagsnr(C), "\n\n"]
        body = [
            ["Barn: ", N(C, k0, "full"), "\nCPR: ", CPR(C, k0), "\nAdresse: ", ADR(C, k0, "line", alt="bor hos mor"), "\n\n"],
            ["Mor: ", N(C, mor, "full"), "\nCPR: ", CPR(C, mor), "\nTelefon: ", TEL(C, mor, "", alt="kendt", foreign=r.random() < 0.5),
             "\nE-mail: ", MAIL(C, mor, alt="ønsker Digital Post"), "\n\n"],
            ["Far: ", N(C, far, "full"), "\nFødselsdato: ", DOB(C, far, alt="ikke relevant"), "\nAdresse: ",
             ADR(C, far, "line", alt="anden kommune"), "\nTelefon: ", TEL(C, far, "", foreign=True, alt="kendt"), "\n\n"],
            ["Partsrepræsentant for mor: advokat ", N(C, adv, "full"), ", ", TEL(C, adv, "", alt="advokatkontoret"),
             ", ", MAIL(C, adv, alt="sikker mail"), "\n\n"],
            ["Partsrepræsentant for far: advokat ", N(C, adv2, "full"), " (beskikket ", mdate(C, "d."), ")\n\n"],
            ["Bisidder for ", N(C, k0, "first"), ": ", N(C, bis, "full"), TEL(C, bis, ", tlf. "), "\n\n"],
            ["Forældremyndighed: fælles. Bopæl hos mor. Samvær med far hver anden weekend efter Familieretshusets afgørelse.\n\n"],
        ]
        body.append(["Stedfar: ", N(C, C["stedfar"], "full"), " (ikke part)\nCPR: ", CPR(C, C["stedfar"]), "\nAdresse: som mor\n\n"])
        body.append(["Netværk: ", N(C, C["mormor"], "full"), REL(C, C["mormor"]), ", ", ADR(C, C["mormor"], "line", alt="bor i kommunen"),
                     TEL(C, C["mormor"], ", tlf. "), "\n\n"])
        body.append(["Sagsbehandler: ", N(C, sb, "full"), TEL(C, sb, ", direkte "), "\nTeamleder: ", N(C, tl, "full"), "\n\n"])
        body.append(["Bemærk: ", N(C, far, "first"), " ønsker ikke, at ", N(C, mor, "gen"),
                     " adresse oplyses til ham. Der er ikke navne- og adressebeskyttelse i CPR.\n\n"])
        foot = ["Opdateret ", mdate(C, "dmy"), " af ", N(C, sb, "init") if not C.clean else "sagsbehandleren", "\n"]
    return sub, head, body, foot


# ================================================================ GENRE 4: uanmeldt besøg / underretning fra borger
QUOTES = [
    "Jeg hører hende råbe hver aften, og i går lød det som om noget blev smidt ind i væggen.",
    "Drengen står tit alene ude på trappen i strømpesokker, også når det er koldt.",
    "Der kommer mange mennesker i lejligheden om natten, og musikken kører til klokken fire.",
    "Pigen har fortalt min datter, at hun ikke får aftensmad, når mor er sur.",
    "Jeg så far slå ham i nakken ude ved bilen. Det var ikke bare et puf.",
    "De små går selv i skole, og den mindste er kun seks år.",
    "Det lugter af hash i hele opgangen, og børnene leger midt i det.",
]


def g_underretning(C):
    r = C.r
    sub = C.sub or r.choice(["telefonnotat", "anonym-henvendelse", "uanmeldt-besoeg", "webformular"])
    k0 = C.kid(0)
    nk = r.choice([1, 2, 2, 3])
    mor, far, sb = C["mor"], C["far"], C["sb"]
    und = C["underretter"] if r.random() < 0.6 else C["nabo"]
    q1, q2 = r.sample(QUOTES, 2)
    head, body, foot = [], [], []
    if sub == "telefonnotat":
        head = ["Telefonnotat – underretning fra borger\nModtaget: ", mdate(C, "dmy"), " kl. ", tm(C, 8, 15), " af ",
                N(C, sb, "full"), "\n\n",
                "Underretter: ", N(C, und, "full"), ", ", ADR(C, und, "line", alt="bor i samme opgang"),
                TEL(C, und, ", tlf. ", alt=", ønsker ikke at oplyse telefonnummer"), "\n",
                "Vedrører: ", kids_line(C, nk, "full"), ", ", ADR(C, k0, "line", alt="bopæl i kommunen"), "\n",
                ["CPR (ældste barn): ", CPR(C, k0), "\n"] if r.random() < 0.5 else "", "\n"]
        body = [
            ["Underretter fortæller med egne ord: \"", q1, " Moren hedder vist ", N(C, mor, "first"), ", og manden hedder ",
             N(C, far, "first"), " eller noget i den stil.\"\n\n"],
            ["Underretter oplyser, at det har stået på siden efterårsferien. ", Hun(und), " har tidligere talt med ",
             N(C, mor, "title"), " i opgangen, men det hjalp ikke.\n\n"],
            ["\"", q2, "\"\n\n"],
            ["Underretter siger sit nummer langsomt, så det kan skrives ned: \"", TEL(C, und, "", style=r.choice(["spoken", "digits"]), alt="det er et hemmeligt nummer"),
             "\". ", Hun(und), " vil helst ringes op efter kl. 15.\n\n"],
            ["Underretter om ", N(C, k0, "first"), ": \"", Hun(k0), " er født den ", DOB(C, k0, "spoken", alt="for ti-tolv år siden, tror jeg"),
             ", det ved jeg, fordi vores børn har fødselsdag samme uge.\"\n\n"],
            ["Underretter vil gerne kontaktes igen og foretrækker mail: ", MAIL(C, und, spoken=r.random() < 0.6,
             alt="oplyst i telefonen"), ".\n\n"],
            ["Underretter er informeret om, at underretningen behandles fortroligt, og at vi ikke kan fortælle, hvad der sker i sagen.\n\n"],
            ["Vurdering inden for 24 timer: Ingen akut fare. Sagen sendes til screening efter Barnets lov § 18. Der er sendt kvittering til underretter.\n\n"],
        ]
        foot = ["/", N(C, sb, "init") if not C.clean else "sagsbehandleren", "\n"]
    elif sub == "anonym-henvendelse":
        head = ["Anonym henvendelse\nModtaget telefonisk ", mdate(C, "long"), " kl. ", tm(C, 9, 15),
                ". Henvenderen ønskede at være anonym og oplyste ikke navn eller nummer (skjult nummer).\n\n"]
        body = [
            ["Henvendelsen drejer sig om familien på ", ADR(C, k0, r.choice(["line", "street", "sloppy"]), alt="vejen ved Banegårdspladsen"),
             ": ", N(C, mor, "full"), REL(C, mor), " og børnene ", kids_line(C, nk, "first", born=True), ".\n\n"],
            ["Citat fra opkaldet: \"", q1, "\"\n\n"],
            ["Henvenderen mener, at ", N(C, mor, "gen"), " nye kæreste, som kaldes ", N(C, C["stedfar"], "first"),
             ", er flyttet ind for et par måneder siden. Han skulle være født ", DOB(C, C["stedfar"], r.choice(["long", "spoken"]), alt="omkring 40 år"),
             " ifølge henvenderen, \"det står på hans Facebook\".\n\n" if not C.clean else
             ", er flyttet ind for et par måneder siden.\n\n"],
            ["\"", q2, " Jeg tør ikke sige noget selv, for han ved, hvem jeg er.\"\n\n"],
            ["Opslag i CPR: ", N(C, k0, "full"), ", ", CPR(C, k0, alt="cpr kontrolleret"), ", er tilmeldt adressen. ",
             N(C, far, "full"), " er registreret på ", ADR(C, far, "line", alt="en adresse i en anden kommune"), ".\n\n"],
            ["Vurdering: Henvendelsen behandles som en underretning. Der aftales uanmeldt hjemmebesøg inden for en uge.\n\n"],
        ]
        foot = ["Modtaget af ", N(C, sb, "full"), ", rådgiver\n" if not C.clean else ", rådgiver\n"]
    elif sub == "uanmeldt-besoeg":
        kol = C["kollega"]
        head = ["Uanmeldt hjemmebesøg\nDato: ", mdate(C, "dmy"), "\nAdresse: ", ADR(C, k0, "line", alt="familiens bopæl"), "\n",
                ["Barn: ", N(C, k0, "full"), ", CPR ", CPR(C, k0), "\n"] if r.random() < 0.5 else "",
                "Deltagere fra forvaltningen: ", N(C, sb, "full"), " og ", N(C, kol, "full"), "\n",
                "Til stede i hjemmet: ", N(C, mor, "full"), ", ", kids_line(C, nk, "first", born=True), "\n\n"]
        log = [
            ("09.12", ["Vi ringer på. Der går ca. fem minutter, før ", N(C, mor, "first"), " åbner. Hun virker træt og er i nattøj."]),
            ("09.18", [N(C, k0, "first"), " sidder i stuen foran fjernsynet. ", Hun(k0), " skulle have været i skole kl. 8."]),
            ("09.25", ["Køkkenet: opvask for flere dage, køleskabet indeholder mælk, leverpostej og energidrik. Ingen frugt."]),
            ("09.31", ["Børneværelset er ryddeligt. ", N(C, k0, "first"), " viser stolt sin nye seng frem."]),
            ("09.40", [N(C, mor, "first"), " fortæller, at ", N(C, far, "first"), " ikke har været der siden ", mdate(C, "d."),
                       ". Hun giver tilladelse til, at vi ringer til ham."]),
            ("09.46", ["Telefonisk kontakt til ", N(C, far, "full"), " på ", TEL(C, far, "", alt="hans mobil"),
                       ". ", Hun(far), " bekræfter, at ", hun(far), " bor hos ", N(C, C["farmor"], "full"), REL(C, C["farmor"]), " på ", ADR(C, C["farmor"], "line", alt="en adresse i byen"), "."]),
            ("09.55", ["Telefonisk kontakt til skolen. Klasselærer ", N(C, C["laerer"], "full"), " oplyser, at ", N(C, k0, "first"),
                       " har haft 14 dages fravær siden jul."]),
            ("10.05", ["Samtale med ", N(C, k0, "first"), " alene på værelset. ", N(C, k0, "first"), " siger: \"Mor sover bare meget.\""]),
            ("10.20", ["Vi aftaler et opfølgende møde og forlader hjemmet. ", N(C, mor, "first"), " får ", N(C, sb, "gen"),
                       " kort med ", TEL(C, sb, "direkte nummer ", alt="hovednummeret " + C.switch), "."]),
        ]
        body = [["Kl. ", t, " – ", x, "\n"] for t, x in log]
        foot = ["\nVurdering: Hjemmet er ikke uhumsk, men der er tegn på manglende struktur. Der iværksættes en børnefaglig undersøgelse efter § 20.\n",
                N(C, sb, "initdot") if not C.clean else "Rådgiveren", " / ", N(C, kol, "initdot") if not C.clean else "kollega", "\n"]
    else:  # webformular
        head = ["Underretning modtaget via kommunens hjemmeside ", mdate(C, "dmy"), " ", tm(C, 0, 23).replace(".", ":"), "\n",
                "-----\n",
                "Underretters navn: ", N(C, und, r.choice(["full", "lowerfull", "caps"])) if not C.clean else "(udfyldt, maskeret)", "\n",
                "Underretters telefon: ", TEL(C, und, "", style=r.choice(["plain", "+45plain", "pairs"]), alt="(maskeret)"), "\n",
                "Underretters e-mail: ", MAIL(C, und, alt="(maskeret)"), "\n",
                "Underretters relation til barnet: ", r.choice(["nabo", "forælder til en klassekammerat", "træner", "familie"]), "\n",
                "Barnets navn: ", N(C, k0, "full"), KALDT(C, k0), "\n",
                "Barnets fødselsdato: ", DOB(C, k0, r.choice(["dmy", "slash", "iso", "dash"]), alt="(ikke udfyldt)"), "\n",
                "Barnets adresse: ", ADR(C, k0, r.choice(["sloppy", "line", "nocomma"]), alt="(ikke udfyldt)"), "\n"]
        body = [
            ["Beskriv din bekymring: ", q1, " ", q2, "\n"],
            ["Forældrenes navne (hvis kendt): ", N(C, mor, "first"), " og ", N(C, far, r.choice(["full", "miss"])), "\n"],
            ["Har du talt med familien? Jeg har prøvet at tale med ", N(C, mor, "first"), " men hun lukker bare døren\n"],
            ["Andre der kender til situationen: ", N(C, C["veninde"], "full"), ", ", TEL(C, C["veninde"], "", alt="kontaktes via underretter"), "\n"],
            ["Må kommunen kontakte dig? Ja, helst efter kl. 16\n"],
        ]
        sibs = []
        for i in range(1, max(nk, 2)):
            sibs += [", " if i > 1 else "", N(C, C.kid(i), "full"), BORN(C, C.kid(i))]
        body.append(["Søskende: ", sibs, "\n"])
        body.append(["Barnets CPR-nummer (hvis kendt): ", CPR(C, k0, alt="ikke kendt"), "\n"])
        body.append(["Andre voksne i hjemmet: ", N(C, C["stedfar"], "first"), ", ", N(C, mor, "gen"), " kæreste tror jeg. han kører en hvid varevogn\n"])
        body.append(["Uddyb gerne: ", N(C, k0, "first"), " har flere gange banket på hos os og spurgt om mad. Sidste gang var ", mdate(C, "d."),
                     " sent om aftenen. Jeg har billeder på min telefon, hvis I vil se dem. Jeg er bange for, at der sker noget, og jeg vil ikke have, at familien ved, at det er mig, der har skrevet.\n"])
        body.append(["Har du kontaktet andre myndigheder? Nej\n"])
        foot = ["-----\nJournaliseret af ", N(C, sb, "init") if not C.clean else "modtagelsen", ". Kvittering sendt ", mdate(C, "d."), ".\n"]
    return sub, head, body, foot


# ================================================================ GENRE 5: børn og unge-udvalget
def g_udvalg(C):
    r = C.r
    sub = C.sub or r.choice(["indstilling", "partsliste", "referat", "indkaldelse"])
    k0 = C.kid(0)
    mor, far, sb, tl = C["mor"], C["far"], C["sb"], C["tl"]
    adv, adv2, bis = C["adv"], C["adv2"], C["bis"]
    fm, dom = C["formand"], C["dommer"]
    head, body, foot = [], [], []
    if sub == "indstilling":
        head = ["Børn og unge-udvalget, ", C.kom, "\nMøde ", mdate(C, "long"), ", punkt ", str(r.randint(1, 6)), "\n\n",
                "Indstilling om anbringelse uden samtykke efter Barnets lov § 47\n",
                "Barn: ", N(C, k0, "full"), ", CPR ", CPR(C, k0, alt="xxxxxx-xxxx"), "\n",
                "Mor: ", N(C, mor, "full"), BORN(C, mor), ", ", ADR(C, mor, "line", alt="bopæl i kommunen"), "\n",
                "Far: ", N(C, far, "full"), ", ", ADR(C, far, "line", alt="bopæl i anden kommune"), "\n\n"]
        body = [
            ["Sagsfremstilling\n", N(C, k0, "first"), " er ", str(k0.age), " år og har boet hos ", N(C, mor, "first"),
             " siden forældrenes samlivsophør. Forvaltningen modtog første underretning ", mdate(C, "d."),
             " fra sundhedsplejerske ", N(C, C["sp"], "full"), ".\n\n"],
            ["Der har været iværksat familiebehandling efter § 32 og aflastning hos ", N(C, C["mormor"], "full"),
             ", men indsatserne har ikke kunnet sikre ", N(C, k0, "gen"), " trivsel.\n\n"],
            ["Barnets holdning\nSamtalen med ", N(C, k0, "first"), " blev holdt ", mdate(C, "d."), " med bisidder ", N(C, bis, "full"),
             " til stede. ", N(C, k0, "first"), " sagde: \"Jeg vil gerne bo hos ", N(C, C["mormor"], "first"),
             ", men jeg vil stadig se mor.\"\n\n"],
            ["Forældrenes holdning\n", N(C, mor, "first"), " er ikke enig i anbringelsen og har bedt om at få sin advokat, ",
             N(C, adv, "full"), ", til at udtale sig på mødet. ", N(C, far, "first"), " er repræsenteret ved advokat ",
             N(C, adv2, "full"), " og støtter en netværksanbringelse.\n\n"],
            ["Forvaltningens vurdering\nDer er åbenbar risiko for alvorlig skade på ", N(C, k0, "gen"),
             " sundhed og udvikling på grund af utilstrækkelig omsorg, og problemerne kan ikke løses under barnets fortsatte ophold i hjemmet.\n\n"],
            ["Indstilling\nAt ", N(C, k0, "first"), " anbringes uden for hjemmet uden samtykke efter § 47, og at anbringelsesstedet er netværksplejefamilie hos ",
             N(C, C["mormor"], "full"), ", ", ADR(C, C["mormor"], "line", alt="i nabokommunen"), ".\n\n"],
        ]
        foot = ["Sagsbehandler: ", N(C, sb, "full"), TEL(C, sb, ", "), "\nTeamleder: ", N(C, tl, "full"), "\n"]
    elif sub == "partsliste":
        head = ["Børn og unge-udvalget – partsliste til mødet ", mdate(C, "dmy"), "\nSag vedr. ", N(C, k0, "full"),
                BORN(C, k0), "\n\n",
                "| Part | Repræsentant | Kontakt |\n|---|---|---|\n"]
        body = [
            ["| ", N(C, k0, "first"), REL(C, k0, "%d år" % k0.age if not C.clean else ""), " | bisidder ", N(C, bis, "full"), " | ",
             TEL(C, bis, "", alt="via forvaltningen"), " |\n"],
            ["| ", N(C, mor, "full"), " | advokat ", N(C, adv, "full"), " | ", MAIL(C, adv, alt="sikker mail"), " |\n"],
            ["| ", N(C, far, "full"), " | advokat ", N(C, adv2, "full"), " | ", TEL(C, adv2, "", alt="advokatkontoret"), " |\n"],
            ["| ", N(C, C["stedfar"], "full"), " (ikke part) | – | ", TEL(C, C["stedfar"], "", alt="–"), " |\n"],
            ["\nDommer: ", N(C, dom, "full"), ", Retten i ", r.choice(["Herning", "Viborg", "Aarhus", "Odense", "Kolding", "Holbæk", "Hjørring"]), "\n"],
            ["Formand: ", N(C, fm, "full"), "\nMedlemmer: ", N(C, C["udv1"], "full"), ", ", N(C, C["udv2"], "full"), "\n"],
            ["Forvaltningen: ", N(C, sb, "full"), " og ", N(C, tl, "full"), "\n"],
            ["Tolk (", r.choice(["arabisk", "somali", "polsk", "ukrainsk", "tigrinya", "dari"]), "): ", N(C, C["tolk"], "full"),
             ", ", TEL(C, C["tolk"], "", alt="bestilt via tolkebureau"), "\n"],
        ]
        body.insert(4, ["| ", N(C, C["mormor"], "full"), " (netværk, ikke part) | – | ", TEL(C, C["mormor"], "", alt="–"), " |\n"])
        body.insert(5, ["| ", N(C, C["plejemor"], "full"), " og ", N(C, C["plejefar"], "full"), " (plejefamilie) | – | ",
                        ADR(C, C["plejemor"], "line", alt="–"), " |\n"])
        body.append(["\nDagsorden: Kl. 13.00 forvaltningens fremlæggelse, kl. 13.30 mor og advokat, kl. 14.00 far og advokat, kl. 14.30 ",
                     N(C, k0, "first"), " med bisidder, kl. 15.00 votering.\n"])
        body.append(["Praktisk: ", N(C, k0, "first"), " venter i lokale 3 sammen med ", N(C, bis, "first"),
                     ". ", N(C, far, "first"), " og ", N(C, mor, "first"), " må ikke mødes i venteområdet efter aftale med advokaterne.\n"])
        body.append(["Kontakt på dagen: udvalgssekretær ", N(C, C["sekr"], "full"), ", ", TEL(C, C["sekr"], "", alt="via hovednummeret " + C.switch), ".\n"])
        foot = ["\nBilag sendt til parterne ", mdate(C, "d."), " med sikker post.\n"]
    elif sub == "referat":
        head = ["Referat – børn og unge-udvalget\n", mdate(C, "long"), ", kl. 13.00–15.40, mødelokale ", str(r.randint(1, 9)), ", rådhuset\n\n"]
        if C.clean:
            head += ["Til stede: formanden, to udvalgsmedlemmer, dommeren og to pædagogisk-psykologisk sagkyndige.\n\n"]
        else:
            head += ["Til stede: ", N(C, fm, "full"), " (formand), ", N(C, C["udv1"], "full"), ", ", N(C, C["udv2"], "full"),
                     ", dommer ", N(C, dom, "full"), ", pædagogisk-psykologisk sagkyndig ", N(C, C["psyk"], "full"), ".\n\n"]
        body = [
            ["Kl. 13.05 Formanden åbnede mødet. Sagen vedrører ", N(C, k0, "full"), ", ", DOB(C, k0, lead="født "),
             CPR(C, k0, lead=", CPR ", alt="") if r.random() < 0.5 else "", ".\n"],
            ["Kl. 13.10 Forvaltningen ved ", N(C, sb, "full"), " gennemgik indstillingen.\n"],
            ["Kl. 13.32 ", N(C, mor, "full"), " udtalte sig med bistand fra advokat ", N(C, adv, "title"),
             ". ", N(C, mor, "first"), " sagde, at hun har fået ny bolig på ", ADR(C, mor, "line", alt="en anden adresse i byen"),
             " og er i behandling.\n"],
            ["Kl. 13.58 ", N(C, k0, "first"), " blev hørt af udvalget med bisidder ", N(C, bis, "first"), " til stede. ",
             N(C, k0, "first"), " ønskede, at ", N(C, far, "first"), " ikke skulle være i lokalet.\n"],
            ["Kl. 14.20 ", N(C, far, "full"), " udtalte sig telefonisk fra ", ADR(C, far, "line", alt="udlandet"),
             " og blev ringet op på ", TEL(C, far, "", foreign=True, alt="sit mobilnummer"), ".\n"],
            ["Kl. 14.45 Parterne forlod lokalet. Udvalget drøftede sagen.\n"],
            ["Kl. 15.30 Afgørelse: Udvalget besluttede enstemmigt anbringelse uden samtykke efter § 47. Afgørelsen blev meddelt parterne mundtligt.\n"],
            ["Klagevejledning: Afgørelsen kan påklages til Ankestyrelsen inden fire uger. Parterne har ret til gratis advokatbistand.\n"],
        ]
        foot = ["\nReferent: ", N(C, C["sekr"], "full"), ", sekretær for udvalget\n"]
    else:  # indkaldelse
        rec = r.choice([mor, far])
        head = [C.kom, "\nSekretariatet for børn og unge-udvalget\n\n"]
        head += (["Til forælder\n(Digital Post)\n\n"] if C.clean else
                 [N(C, rec, "full"), "\n", ADR(C, rec, "block"), "\n\n"])
        head += ["Dato: ", mdate(C, "dmy"), "\nSagsnr.: ", sagsnr(C), "\n\n",
                 "Indkaldelse til møde i børn og unge-udvalget\n", "Vedr.: ", N(C, k0, "full"), CPR(C, k0, lead=", CPR-nr. ", alt=""), "\n\n"]
        body = [
            ["Kære ", N(C, rec, "first"), "\n\nDu indkaldes hermed til møde i børn og unge-udvalget ", mdate(C, "long"),
             " kl. 13.00 på rådhuset. Mødet handler om ", N(C, k0, "first"), BORN(C, k0), ".\n\n"],
            ["Forvaltningen indstiller, at ", N(C, k0, "first"), " anbringes uden samtykke efter Barnets lov § 47. Indstillingen er vedlagt.\n\n"],
            ["Du har ret til gratis advokatbistand. Vi har noteret, at du har valgt advokat ", N(C, adv, "full"),
             TEL(C, adv, ", tlf. ", alt=""), ".\n\n"],
            [N(C, k0, "first"), " har fået tilbudt en bisidder. Bisidder ", N(C, bis, "full"), " deltager sammen med ", N(C, k0, "first"), ".\n\n"],
            ["Hvis du har brug for tolk, skal du give besked til ", N(C, sb, "full"), " senest en uge før mødet",
             MAIL(C, sb, lead=" på "), ".\n\n"],
        ]
        body.append(["Du er velkommen til at tage en person med, som du har tillid til, fx ", N(C, C["veninde"] if rec is mor else C["farbror"], "full"),
                     ", som du nævnte i telefonen. Personen kan ikke udtale sig på dine vegne, men kan støtte dig.\n\n"])
        body.append(["Mødet er lukket for offentligheden. Du får mulighed for at udtale dig, før udvalget træffer afgørelse. Mødet forventes at vare ca. to timer.\n\n"])
        body.append(["Hvis du ikke kan komme, skal du hurtigst muligt kontakte ", N(C, sb, "full"), " på ", TEL(C, sb, "", alt="hovednummeret " + C.switch),
                     ". Udvalget kan træffe afgørelse, selv om du ikke er til stede.\n\n"])
        body.append(["Sagens bilag er sendt til dig og til din advokat ", mdate(C, "long"), ". ", N(C, far if rec is mor else mor, "full"),
                     " har fået en tilsvarende indkaldelse.\n\n"])
        foot = ["Med venlig hilsen\n\n", N(C, C["sekr"], "full") if not C.clean else "Udvalgssekretær", "\n",
                "Udvalgssekretær\n" if not C.clean else "", TEL(C, C["sekr"], "Tlf. ", alt="Tlf. " + C.switch), "\n"]
    return sub, head, body, foot


# ================================================================ GENRE 6: epikrise / medicinkort
DIAG = [("DJ45.9", "Astma", ["Ventoline inhalator 0,1 mg/dosis, 2 pust ved behov", "Flixotide 50 mikrogram, 2 pust morgen og aften"]),
        ("DF10.0", "Akut alkoholforgiftning", ["Ingen fast medicin"]),
        ("DS06.0", "Hjernerystelse", ["Panodil 500 mg, 1 tablet op til 4 gange dagligt ved smerter"]),
        ("DR56.0", "Feberkramper", ["Buccolam 5 mg, gives i kinden ved kramper over 5 minutter", "Panodil mikstur 24 mg/ml ved feber"]),
        ("DJ18.9", "Pneumoni", ["Imacillin mikstur 50 mg/ml, 5 ml tre gange dagligt i 7 dage"]),
        ("DE10.9", "Type 1-diabetes", ["NovoRapid efter kulhydrattælling", "Lantus 8 enheder kl. 21"]),
        ("DF32.1", "Moderat depressiv enkeltepisode", ["Sertralin 50 mg, 1 tablet om morgenen"]),
        ("DT39.1", "Forgiftning med paracetamol", ["Ingen fast medicin", "Melatonin 3 mg ved indsovningsbesvær"]),
        ("DF90.0", "ADHD", ["Medikinet CR 20 mg morgen", "Melatonin 2 mg kl. 20"]),
        ("DT74.1", "Mistanke om fysisk mishandling, observation", ["Ibumetin 200 mg ved smerter"]),
        ("DL20.9", "Atopisk eksem", ["Locoid creme 0,1 % tyndt lag x 1 dagligt", "Decubal fed creme x 2 dagligt"])]


def g_epikrise(C):
    r = C.r
    sub = C.sub or r.choice(["epikrise", "medicinkort", "udskrivningsnotat", "brev-til-egen-laege"])
    k0 = C.kid(0)
    mor, far = C["mor"], C["far"]
    laege, ol, spl, egl = C["laege"], C["ol"], C["spl"], C["egl"]
    hosp, region, _ = C.hosp
    code, diag, meds = r.choice(DIAG)
    adult = code in ("DF32.1", "DF10.0") and r.random() < 0.6
    pt = mor if adult else k0
    nok = C["mormor"] if adult else r.choice([mor, far])
    ward = "afsnit " + r.choice(["B3", "A4", "C2", "P1", "B7"]) if not adult else "psykiatrisk " + r.choice(["afsnit P2", "sengeafsnit 4", "afsnit R1"])
    head, body, foot = [], [], []
    adm = datetime.date(r.choice([2024, 2025]), r.randint(1, 11), r.randint(1, 28))
    dis = adm + datetime.timedelta(days=r.randint(1, 16))
    adm_s, dis_s = adm.strftime("%d.%m.%Y"), dis.strftime("%d.%m.%Y")
    if sub == "epikrise":
        head = ["EPIKRISE\n", hosp, ", ", "Børn og Unge, " if not adult else "", ward, "\n\n",
                "Patient: ", N(C, pt, r.choice(["full", "lastcaps", "lf"])), "\n",
                "CPR-nr.: ", CPR(C, pt), "\n",
                (["Fødselsdato: ", DOB(C, pt), "\n"] if not C.clean else ["Alder: %d år\n" % pt.age]) if r.random() < 0.6 else "",
                "Adresse: ", ADR(C, pt, "line", alt="ikke anført"), "\n",
                "Pårørende: ", N(C, nok, "full"), REL(C, nok), ", ", TEL(C, nok, "", alt="telefon i journalen"), "\n",
                "Indlagt: ", adm_s, "   Udskrevet: ", dis_s, "\n\n",
                "Diagnose: ", code, " ", diag, "\n\n"]
        body = [
            ["Forløb\n", N(C, pt, "first"), " blev indbragt med ambulance efter opkald til 112. Ved ankomst var ",
             N(C, pt, "first"), " vågen, men påvirket. Blev tilset af ", N(C, laege, "full"), ", afdelingslæge.\n\n"],
            ["Under indlæggelsen var ", N(C, nok, "first"), " med på afdelingen det meste af tiden. Plejepersonalet bemærkede, at ",
             N(C, k0, "first") if not adult else N(C, k0, "first"), " spurgte meget efter ", N(C, mor if nok is far else far, "first"), ".\n\n"],
            ["Der er lavet underretning til ", C.kom, " ", mdate(C, "d."), " af ", N(C, spl, "full"), ", sygeplejerske.\n\n"],
            ["Medicin ved udskrivelse\n", "\n".join("- " + m for m in meds), "\n\n"],
            ["Opfølgning\nKontrol i børneambulatoriet om 6 uger. Egen læge, ", N(C, egl, "full"), ", ",
             ADR(C, egl, "line", alt="lægehuset i byen"), ", ", TEL(C, egl, "tlf. ", alt="kontaktes af forældrene"),
             ", anmodes om at følge op på trivsel og vægt.\n\n"],
            ["Information\nForløbet er gennemgået med ", N(C, nok, "first"), " og ", N(C, pt, "first"),
             ". Ved forværring kontaktes Lægevagten på 70 11 31 31 eller 112.\n\n"],
        ]
        foot = [N(C, laege, "full") if not C.clean else "", "\nAfdelingslæge\n" if not C.clean else "Afdelingslæge\n",
                "Godkendt af overlæge ", N(C, ol, "full"), "\n"]
    elif sub == "medicinkort":
        head = ["MEDICINKORT – udskrivning ", dis_s, "\n",
                N(C, pt, "lastcaps"), "  ", CPR(C, pt, r.choice(["dash", "space", "plain"])), "\n",
                "Født: " if not C.clean else "Alder: ", DOB(C, pt, "dmy"), "  Vægt: ", str(r.randint(14, 70)), " kg\n" if not adult else "",
                "\n" if adult else "",
                "| Præparat | Dosis | Start | Ordineret af |\n|---|---|---|---|\n"]
        rows = []
        for m in meds + ["Panodil 500 mg, 1 tablet ved behov", "Movicol junior, 1 brev dagligt"][:r.randint(1, 2)]:
            rows.append(["| ", m.split(",")[0], " | ", (m.split(",")[1].strip() if "," in m else "efter aftale"),
                         " | ", mdate(C, "dmy"), " | ", N(C, r.choice([laege, ol]), r.choice(["init", "full", "initdot"])), " |\n"])
        body = rows
        body.append(["\nAllergier: ", r.choice(["ingen kendte", "penicillin (udslæt)", "nødder"]), "\n"])
        body.append(["Medicinen gives af: ", N(C, nok, "full"), REL(C, nok), TEL(C, nok, ", tlf. "), "\n"])
        body.append(["Praktiserende læge: ", N(C, egl, "full"), ", ", TEL(C, egl, "", alt="lægehuset"), "\n"])
        body.append(["Ved spørgsmål: kontakt ", ward, ", ", hosp, ", sygeplejerske ", N(C, spl, "first"), ".\n"])
        body.append(["Pausemedicin stoppet under indlæggelsen: ", r.choice(["Zyrtec 10 mg", "Aerius mikstur", "Movicol"]), " (aftalt med ",
                     N(C, laege, "title"), ").\n"])
        body.append(["Medicinen opbevares i aflåst skab. ", N(C, k0, "first"), " må ikke selv administrere. Hvis medicinen gives i skolen, orienteres ",
                     N(C, C["laerer"], "full"), ".\n"])
        body.append(["Recepter er sendt elektronisk til apoteket. Næste genbestilling ", mdate(C, "d."), ".\n"])
        body.append(["Kommunen er orienteret: sagsbehandler ", N(C, C["sb"], "full"), ", ", C.kom, TEL(C, C["sb"], ", tlf. "), ".\n"])
        body.append(["Sundhedsplejerske/skolesundhedsplejerske: ", N(C, C["sp"], "full"), MAIL(C, C["sp"], lead=", "), "\n"])
        foot = ["\nAfstemt af ", N(C, spl, "full"), ", sygeplejerske, og ", N(C, laege, "full"), ", læge\n"]
    elif sub == "udskrivningsnotat":
        head = ["Sygeplejenotat – udskrivning\n", N(C, pt, "full"), ", ", DOB(C, pt, lead="f. "), " (", CPR(C, pt, alt="cpr maskeret"), ")\n",
                hosp, ", ", ward, ", stue ", str(r.randint(1, 24)), "\n\n"]
        log = [
            ("08.10", ["Morgenmedicin givet. ", N(C, pt, "first"), " har sovet uroligt."]),
            ("09.30", ["Stuegang ved ", N(C, laege, "full"), ". Kan udskrives i dag."]),
            ("10.15", ["Telefonisk kontakt til ", N(C, nok, "full"), REL(C, nok), " på ", TEL(C, nok, "", alt="oplyst nummer"),
                       ". Henter kl. 14."]),
            ("11.00", ["Kontakt til sagsbehandler ", N(C, C["sb"], "full"), ", ", C.kom, ", som var orienteret om indlæggelsen. Aftale om netværksmøde ", mdate(C, "d."), "."]),
            ("12.20", [N(C, far, "first"), " ringede og ville vide, hvornår ", N(C, k0, "first"),
                       " blev udskrevet. Han fik ikke oplysninger, da han ikke er kontaktperson ifølge aftale."]),
            ("13.50", [N(C, nok, "first"), " ankom. Medicinkort gennemgået, kopi udleveret."]),
            ("14.10", ["Udskrevet til ", ADR(C, nok, "line", alt="pårørendes adresse"), ". Sundhedsplejerske ", N(C, C["sp"], "full"),
                       " orienteret via korrespondancemeddelelse."]),
        ]
        body = [[t, " ", x, "\n"] for t, x in log]
        body.insert(1, ["08.45 Vægt ", str(r.randint(18, 70)), " kg. Spist lidt morgenmad. ", N(C, pt, "first"), " spørger efter ", N(C, C["mormor"], "first"), "."])
        body.insert(5, ["11.30 ", N(C, pt, "first"), " har haft besøg af ", N(C, C["moster"], "full"), REL(C, C["moster"]),
                        ", som efterlod sit nummer ", TEL(C, C["moster"], "", alt="i afdelingen"), "."])
        body = [b if isinstance(b, list) and b and isinstance(b[-1], str) and b[-1].endswith("\n") else b + ["\n"] for b in body]
        body.append(["14.30 Udskrivningssamtale gennemført med ", N(C, nok, "first"), ". Der er udleveret skriftlig information om ",
                     diag.lower(), " og om, hvornår man skal søge læge. Aftalt kontrol ", mdate(C, "d."), " kl. 10.30.\n"])
        body.append(["14.40 Korrespondance sendt til egen læge ", N(C, egl, "full"), ".\n"])
        foot = ["\n", [N(C, spl, "first"), " ", N(C, spl, "last"), ", spl.\n"] if not C.clean else "Sygeplejerske, afsnittet\n"]
    else:  # brev til egen læge
        head = ["Til praktiserende læge ", N(C, egl, "full"), "\n",
                ADR(C, egl, "block", alt="(via korrespondancemeddelelse)"), "\n\n",
                "Vedr.: ", N(C, pt, "full"), BORN(C, pt), ", CPR ", CPR(C, pt), "\n", "Fra: ", hosp, ", ", ward, "\n\n"]
        body = [
            ["Kære kollega\n\nDin patient ", N(C, pt, "first"), " har været indlagt fra d. %d. %s til d. %d. %s" % (adm.day, MONTHS[adm.month - 1], dis.day, MONTHS[dis.month - 1]),
             " med ", diag.lower(), " (", code, ").\n\n"],
            ["Vi beder dig følge op om 14 dage med fokus på ", "astmakontrol" if code == "DJ45.9" else r.choice(["vægt og trivsel", "medicinkomplians", "søvn og skolegang"]),
             ". Familien er kendt af ", C.kom, ", sagsbehandler ", N(C, C["sb"], "full"), TEL(C, C["sb"], ", tlf. "), ".\n\n"],
            ["Aktuel medicin: ", "; ".join(meds), ".\n\n"],
            ["Nærmeste pårørende er ", N(C, nok, "full"), REL(C, nok), ", som bor på ", ADR(C, nok, "line", alt="samme adresse"),
             " og kan kontaktes på ", TEL(C, nok, "", alt="det oplyste nummer"), ".\n\n"],
            [N(C, pt, "first"), " skal have ny tid i ambulatoriet. Indkaldelse sendes til ", MAIL(C, nok, alt="e-Boks"), ".\n\n"],
        ]
        body.append(["Forløb: ", N(C, pt, "first"), " blev indbragt af ", N(C, nok, "full"), " efter ", r.choice(["to døgns feber", "et fald på legepladsen", "vejrtrækningsbesvær om natten", "at have været fraværende i flere timer"]),
                     ". Der blev taget blodprøver og givet behandling efter afdelingens instruks. ", N(C, pt, "first"), " var hurtigt i bedring.\n\n"])
        body.append(["Sociale forhold: ", N(C, pt, "first"), " bor sammen med ", N(C, mor, "first"), " og søskende. ", N(C, far, "full"),
                     " har samvær hver anden weekend. Afdelingen har lavet underretning til kommunen, da ", N(C, k0, "first"),
                     " flere gange er kommet sent til kontrol.\n\n"])
        body.append(["Vi har aftalt med ", N(C, nok, "first"), ", at du kontakter familien, hvis de ikke selv bestiller tid. Familiens telefon: ",
                     TEL(C, mor, "", alt="fremgår af journalen"), ".\n\n"])
        foot = ["Med kollegial hilsen\n", N(C, laege, "full") if not C.clean else "Afdelingslæge", "\n",
                "Afdelingslæge\n" if not C.clean else "", hosp, "\n", TEL(C, laege, "Direkte: ", alt=""), "\n" if not C.clean else ""]
    return sub, head, body, foot


GENRES = [("frs", g_frs), ("samvaer", g_samvaer), ("afgoerelse", g_afgoerelse),
          ("underretning", g_underretning), ("udvalg", g_udvalg), ("epikrise", g_epikrise)]
# ================================================================ clean-only look-alike blocks
CLEAN_EXTRA = {
    "frs": [
        "Storm og regn betød, at mødet blev flyttet fra haven og ind i forsamlingshuset.\n",
        "Familien mødtes ved Banegårdspladsen og kørte samlet derud. Koordinatoren havde købt kaffe i Netto.\n",
        "Der blev holdt pause kl. 18.15, og børnene legede i skoven bag huset, mens de voksne arbejdede med planen.\n",
        "Planen følger Barnets lov § 32 og skal godkendes af myndighedsrådgiveren. Kørselsgodtgørelse udbetales med 3,79 kr. pr. km.\n",
        "Ved akut bekymring ringer netværket 112. Barn A kan selv ringe til Børnetelefonen på 116 111.\n",
        "Mormor var glad for, at alle kom. Der var sol hele eftermiddagen, og det hjalp på stemningen.\n",
        "Skov og strand ligger tæt på, så netværket foreslog ture i weekenderne i stedet for skærmtid.\n",
        "Mødet varede 3 timer og 20 minutter. Næste familierådslagning er planlagt i uge 38.\n",
    ],
    "samvaer": [
        "Barnet havde en tegning med af en have med sol og blomster, som blev givet til far.\n",
        "Sol og frisk luft: samværet blev flyttet udenfor til legepladsen ved Rådhustorvet.\n",
        "Samværet var bevilget efter Barnets lov § 83 med 2 timer hver 14. dag. Timeprisen for samværsstøtte er 612 kr.\n",
        "I maj blev samværet aflyst to gange på grund af storm og aflyste busser (rute 13 og 113).\n",
        "Der blev spillet PlayStation og bygget LEGO. Barnet var glad og fortalte om sin fodboldkamp.\n",
        "Vinter og glatte veje gjorde, at afhentningen blev flyttet til kl. 14.30.\n",
        "Samværslokalet (lokale 1.12) var ryddet og klar. Familiehusets CVR-nr. 29189846 står på kvitteringen for taxaen.\n",
    ],
    "afgoerelse": [
        "Afgørelsen er truffet efter Barnets lov § 32, stk. 1, nr. 3, og forvaltningslovens §§ 19 og 22.\n",
        "Ankestyrelsen behandler klagen, typisk inden for 3 måneder. Ankestyrelsens hovednummer står på ast.dk.\n",
        "Udgiften på 14.250 kr. pr. måned afholdes af kommunen. Bevillingen gælder fra 1. maj til 31. oktober.\n",
        "Skov- og Naturstyrelsens weekendlejr er ikke en del af indsatsen. Have- og udendørsaktiviteter kan indgå efter aftale.\n",
        "Storm i sagsbunken er ingen undskyldning: fristen på 4 måneder efter § 20, stk. 3, gælder stadig.\n",
        "Fakturaer sendes til EAN-nr. 5798005432117 med angivelse af sagsnummeret.\n",
        "Du kan læse mere om dine rettigheder på borger.dk. Kommunens hovednummer er åbent kl. 9-15.\n",
    ],
    "underretning": [
        "Underretter ringede fra et skjult nummer. Samtalen varede ca. 12 minutter.\n",
        "Opgangen ligger ved Banegårdspladsen tæt på Føtex og busstoppestedet.\n",
        "Barnet var ude i haven, selv om der var storm. Naboen beskrev barnet som glad, men tyndt klædt.\n",
        "Vurderingen er foretaget inden for 24 timer, jf. § 136. Sagen sorteres efter § 18 i screeningsteamet.\n",
        "Politiet (114) var ikke involveret. Ved akut fare kontaktes 112, uden for åbningstid Børn og Unge-vagten.\n",
        "Skov og mark omkring huset gør, at der ikke er andre naboer tæt på.\n",
        "Henvendelsen blev journaliseret som dokument nr. 17 i sagen.\n",
    ],
    "udvalg": [
        "Udvalget består af to kommunalbestyrelsesmedlemmer, en dommer og to pædagogisk-psykologisk sagkyndige, jf. § 146 i Barnets lov.\n",
        "Sagen blev behandlet for lukkede døre. Mødet blev holdt i mødelokale 4 på 2. sal.\n",
        "Udgiften til advokatbistand afholdes af kommunen efter de gældende takster (2.160 kr. pr. time ekskl. moms).\n",
        "Storm og sne betød, at et udvalgsmedlem deltog via video.\n",
        "Afgørelsen kan indbringes for Ankestyrelsen inden 4 uger, og videre for retten inden 4 uger efter Ankestyrelsens afgørelse.\n",
        "Barnet har været anbragt i 14 måneder på et opholdssted i Region Midtjylland.\n",
    ],
    "epikrise": [
        "Patienten blev indlagt på Børneafdeling A4, stue 12, via akutmodtagelsen efter opkald til 1813.\n",
        "Blodprøver: CRP 48, hæmoglobin 7,4 mmol/l, glukose 5,6 mmol/l. Temperatur 38,9 grader.\n",
        "Giftlinjen (82 12 12 12) blev konsulteret kl. 02.40.\n",
        "Panodil og Ibumetin må ikke gives samtidig uden aftale. Maj-kontrollen i ambulatoriet er aflyst.\n",
        "Skov-tur med børnehaven er frarådet de næste 14 dage. Glad og frisk ved udskrivelsen.\n",
        "Sol-creme med faktor 50 anbefales på grund af eksemmet.\n",
        "Barnet er henvist til Børne- og Ungdomspsykiatrisk Center, ventetid ca. 10 uger.\n",
    ],
}

# slot kinds refer to the keys of INSTITUTIONS in pools.py; "skole" = friskole or privatskole
INST_TEMPLATES = [
    ["Barn A (7 år) går i ", "skole", " og har det godt i klassen ifølge skolelederen."],
    ["Ungen blev i august anbragt på ", "opholdssted", ". Samvær med mor finder sted hver anden weekend."],
    ["Forvaltningen har kontaktet ", "opholdssted", " og ", "opholdssted", " for at høre, om der er en ledig plads fra 1. marts."],
    ["Barn B (4 år) er skrevet op til ", "dagtilbud", ". Mor ønsker en plads tæt på bopælen."],
    ["Den unge på 15 år har søgt ind på ", "efterskole", " og har været på besøg med sin kontaktperson."],
    ["Plejefamilien er tilknyttet ", "plejefamilie", ", som også står for supervision hver sjette uge."],
    ["Drengen går til træning i ", "klub", " to gange om ugen, og træneren beskriver ham som vellidt."],
    ["Efter mødet blev det aftalt, at ", "opholdssted", " sender en statusrapport til rådgiveren inden udgangen af maj."],
    ["Pigen går i ", "klub", " om mandagen og er glad for de andre børn."],
    ["Skoleskiftet fra folkeskolen til ", "skole", " blev gennemført efter efterårsferien, og fraværet er faldet."],
    ["Der er indhentet udtalelser fra både ", "skole", " og ", "klub", " forud for mødet i børn og unge-udvalget."],
    ["Overgangen fra ", "dagtilbud", " til ", "skole", " forberedes i foråret sammen med mor."],
    ["Efter et år på ", "opholdssted", " skal den unge på ", "efterskole", " fra august."],
    ["Aflastningen sker via ", "plejefamilie", ", og barnet går fortsat i ", "dagtilbud", "."],
]


# ================================================================ assembly and checks
BANDS = {"S": (30, 80), "M": (81, 150), "L": (151, 300)}
ALLOWED = {"planted": ("name", "phone", "email", "address", "dob", "cpr"), "clean": (), "inst": ("institution",)}


def build_pool_re():
    toks = []
    for fem, mal, sur in ORIGINS.values():
        for n in fem + mal + sur:
            for part in n.split(" "):
                if len(part) >= 2 and part[0].isupper():
                    toks.append(part)
    toks += NICKNAMES
    seen = {}
    out = []
    for t in toks + [t.upper() for t in toks]:
        if t not in seen:
            seen[t] = 1
            out.append(t)
    out.sort(key=lambda x: (-len(x), x))
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for t in out) + r")(?![\w-])")


POOL_RE = build_pool_re()
WORD_NAME_SET = {w: 1 for w in WORD_NAMES}
STREET_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(s) for s in sorted(STREETS, key=lambda x: -len(x))) + r")\s+\d", re.I)
PHONE_RES = [re.compile(r"(?<![\w+])(?:\+|00)\d{2,3}[ \-.]?\(?\d[\d \-.()]{5,}\d"),
             re.compile(r"(?<!\w)\d{2}[ .\-]?\d{2}[ .\-]?\d{2}[ .\-]?\d{2}(?!\w)"),
             re.compile(r"(?<!\w)\d{8}(?!\w)")]
CPR_RE = re.compile(r"(?<!\w)\d{2}[ .]?\d{2}[ .]?\d{2}\s?[-–]?\s?\d{4}(?!\w)")
FODT_RE = re.compile(r"(?i)(?<!\w)(født|f\.|fødselsdato)\s*:?\s*(den\s+)?\d")
LABEL_RE = re.compile(r"(CVR|EAN|P-nr|[Ss]agsnr|[Jj]\.nr|[Jj]ournalnr|[Kk]ontonr|[Rr]eg\.|[Yy]dernr|[Ff]aktura|dokument nr)[^\n]{0,12}$")
DATE_RE = re.compile(r"^(\d{2})[.\-](\d{2})[.\-](\d{4})$")
TIMES_RE = re.compile(r"^([01]\d|2[0-3])[.:]([0-5]\d)\s?[-–]\s?([01]\d|2[0-3])[.:]([0-5]\d)$")
WHITE = {x: 1 for x in PUBLIC_NUMBERS + SWITCHBOARDS}


def sentence_initial(text, i):
    j = i - 1
    while j >= 0 and text[j] in " \t\"'(":
        j -= 1
    return j < 0 or text[j] in "\n.!?:"


def check(text, spans, kind, band, clean_ban=None):
    errs = []
    lo, hi = band
    n = len(text.split())
    if not (lo <= n <= hi):
        errs.append("band %d not in %s" % (n, band))
    last = 0
    for k, t, s, e in spans:
        if text[s:e] != t:
            errs.append("offset")
        if t != t.strip() or not t:
            errs.append("ws")
        if s < last:
            errs.append("overlap")
        last = e
        if k not in ALLOWED[kind]:
            errs.append("kind " + k)
    inside = lambda a, b: any(s <= a and b <= e for _, _, s, e in spans)
    for k, t, s, e in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            if not inside(m.start(), m.end()):
                errs.append("copy " + t)
                break
    masked = list(text)
    for _, _, s, e in spans:
        for i in range(s, e):
            if masked[i] != "\n":
                masked[i] = "#"
    masked = "".join(masked)
    for m in POOL_RE.finditer(masked):
        w = m.group(1)
        if kind != "planted" and w in WORD_NAME_SET and sentence_initial(masked, m.start()):
            continue
        errs.append("pool " + w)
    for rx in PHONE_RES:
        for m in rx.finditer(masked):
            g = m.group(0).strip()
            if g in WHITE or DATE_RE.match(g) or TIMES_RE.match(g):
                continue
            if LABEL_RE.search(masked[max(0, m.start() - 30):m.start()]):
                continue
            errs.append("phone-shape " + g)
    for m in CPR_RE.finditer(masked):
        if LABEL_RE.search(masked[max(0, m.start() - 30):m.start()]):
            continue
        errs.append("cpr-shape " + m.group(0))
    if "@" in masked:
        errs.append("@")
    for m in STREET_RE.finditer(masked):
        errs.append("street+no " + m.group(0))
    for m in FODT_RE.finditer(masked):
        errs.append("født+digits " + m.group(0))
    if clean_ban is not None:
        for t in clean_ban:
            if t in text:
                errs.append("planted-in-clean " + t)
                break
    return errs


def assemble(C, head, body, foot, band, extra=None):
    lo, hi = band
    r = C.r
    target = r.randint(lo + (hi - lo) // 6, hi - (hi - lo) // 5)
    if extra:
        foot = ["\n"] + [x for x in extra] + ["\n"] + [foot]
    cur = wc(head) + wc(foot)
    chosen = []
    for b in body:
        if cur >= target:
            break
        w = wc(b)
        if cur + w <= hi:
            chosen.append(b)
            cur += w
    return [head, chosen, foot]


def fix_text(segs):
    text, spans = render(segs)
    # tidy: collapse triple newlines, strip ends; keep offsets right by re-rendering through a mapping
    out = []
    mapping = []
    i = 0
    while i < len(text):
        if text.startswith("\n\n\n", i):
            i += 1
            continue
        out.append(text[i])
        mapping.append(i)
        i += 1
    new = "".join(out)
    inv = {}
    for ni, oi in enumerate(mapping):
        inv[oi] = ni
    spans2 = []
    for k, t, s, e in spans:
        spans2.append((k, t, inv[s], inv[e - 1] + 1))
    # strip
    lead = len(new) - len(new.lstrip())
    new2 = new.strip()
    spans3 = [(k, t, s - lead, e - lead) for k, t, s, e in spans2]
    return new2, spans3


SUBS = {"frs": ["invitationsliste", "familiens-plan", "telefonliste", "opfoelgningsnotat", "koordinator-mail"],
        "samvaer": ["samvaerslog", "rapport-til-sagsbehandler", "aflysninger", "sms-afhentning", "samvaersaftale"],
        "afgoerelse": ["afgoerelse", "partshoering", "aktindsigt", "parter-i-sagen"],
        "underretning": ["telefonnotat", "anonym-henvendelse", "uanmeldt-besoeg", "webformular"],
        "udvalg": ["indstilling", "partsliste", "referat", "indkaldelse"],
        "epikrise": ["epikrise", "medicinkort", "udskrivningsnotat", "brev-til-egen-laege"]}


def gen_text(r, used, gname, gfun, bandkey, clean, ban, stats, pref=None):
    band = BANDS[bandkey]
    for attempt in range(400):
        C = Ctx(r, clean, used)
        C.sub = pref if attempt < 250 else None
        sub, head, body, foot = gfun(C)
        extra = None
        if clean:
            pool = CLEAN_EXTRA[gname]
            extra = r.sample(pool, r.randint(1, min(3, len(pool))))
        segs = assemble(C, head, body, foot, band, extra)
        text, spans = fix_text(segs)
        errs = check(text, spans, "clean" if clean else "planted", band, ban if clean else None)
        if not errs:
            return sub, text, spans
        if C.sub and errs and errs[0].startswith("band"):
            k2 = "bandfail:%s/%s/%s" % (gname, C.sub, bandkey)
            stats[k2] = stats.get(k2, 0) + 1
        for e in errs:
            key = e.split(" ")[0]
            stats[key] = stats.get(key, 0) + 1
            if key not in ("band",):
                stats.setdefault("_examples", []).append((gname, sub, e))
    raise RuntimeError("no valid draw for %s %s clean=%s" % (gname, bandkey, clean))


def gen_inst(r, used, ban, stats):
    bykind = {}
    for kind, names in INSTITUTIONS:
        key = "skole" if kind in ("friskole", "privatskole") else kind
        bykind.setdefault(key, [])
        bykind[key] += names
    for attempt in range(200):
        tpl = r.choice(INST_TEMPLATES)
        segs = []
        picked = []
        for j, x in enumerate(tpl):
            if j % 2 == 1:
                for _ in range(10):
                    n = r.choice(bykind[x])
                    if n not in picked:
                        break
                picked.append(n)
                segs.append(("institution", n))
            else:
                segs.append(x)
        if r.random() < 0.5:
            segs.append(" " + r.choice([
                "Næste statusmøde er planlagt til uge 12.", "Rådgiveren følger op efter tre måneder.",
                "Udgiften afholdes efter Barnets lov § 32.", "Mor og far er orienteret og enige i planen.",
                "Det blev noteret i barnets plan.", "Der er ikke behov for yderligere indsatser lige nu."]))
        text, spans = render(segs)
        errs = check(text, spans, "inst", (12, 40), ban)
        if not errs:
            return text, spans
    raise RuntimeError("inst")


def to_obj(id_, text, spans):
    return {"id": id_, "text": text,
            "planted": [{"kind": k, "text": t, "start": s, "end": e} for k, t, s, e in spans]}


def main():
    r = random.Random(SEED)
    used = {"cpr": set(), "phone": set()}
    stats = {}
    plan = []
    for gi in range(6):
        subs = SUBS[GENRES[gi][0]]
        for bi in range(40):
            plan.append((gi, "SML"[(bi + gi) % 3], subs[bi % len(subs)]))
    r.shuffle(plan)
    planted, meta_p = [], []
    for i, (gi, bk, pref) in enumerate(plan):
        gname, gfun = GENRES[gi]
        sub, text, spans = gen_text(r, used, gname, gfun, bk, False, None, stats, pref)
        planted.append(to_obj("%s-p%03d" % (CORPUS, i + 1), text, spans))
        meta_p.append((gname, sub, bk))
    ban = []
    seen = {}
    for o in planted:
        for s in o["planted"]:
            if s["kind"] in ("phone", "address", "dob", "cpr", "email") and s["text"] not in seen:
                seen[s["text"]] = 1
                ban.append(s["text"])
    plan_c = []
    for gi in range(6):
        subs = SUBS[GENRES[gi][0]]
        for bi in range(40):
            plan_c.append((gi, "SML"[(bi + gi) % 3], subs[(bi + 1) % len(subs)]))
    r.shuffle(plan_c)
    clean, meta_c = [], []
    for i, (gi, bk, pref) in enumerate(plan_c):
        gname, gfun = GENRES[gi]
        sub, text, spans = gen_text(r, used, gname, gfun, bk, True, ban, stats, pref)
        assert not spans
        clean.append(to_obj("%s-c%03d" % (CORPUS, i + 1), text, []))
        meta_c.append((gname, sub, bk))
    inst = []
    for i in range(30):
        text, spans = gen_inst(r, used, ban, stats)
        inst.append(to_obj("%s-i%03d" % (CORPUS, i + 1), text, spans))
    # corpus-level checks
    counts = {}
    for o in planted:
        for s in o["planted"]:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    total = sum(counts.values())
    assert 3000 <= total <= 4500, total
    for k, m in (("phone", 250), ("address", 250), ("dob", 250), ("cpr", 120), ("email", 120)):
        assert counts.get(k, 0) >= m, (k, counts)
    assert max(counts, key=lambda k: counts[k]) == "name", counts
    for name, objs, prefix in (("planted.jsonl", planted, "p"), ("clean.jsonl", clean, "c"), ("institutions.jsonl", inst, "i")):
        for j, o in enumerate(objs):
            assert o["id"] == "%s-%s%03d" % (CORPUS, prefix, j + 1)
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
            for o in objs:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # report
    print("span counts:", json.dumps(counts, ensure_ascii=False), "total", total)
    print("institution spans:", sum(len(o["planted"]) for o in inst))
    for label, meta in (("planted", meta_p), ("clean", meta_c)):
        tab = {}
        for g, s, b in meta:
            tab[(g, s)] = tab.get((g, s), 0) + 1
        print(label, "per genre/sub-format:")
        for (g, s) in sorted(tab):
            print("   %-13s %-26s %d" % (g, s, tab[(g, s)]))
        bands = {}
        for g, s, b in meta:
            bands[b] = bands.get(b, 0) + 1
        print(label, "bands:", bands)
    ex = stats.pop("_examples", [])
    print("redraw reasons:", json.dumps(stats, sort_keys=True))
    if os.environ.get("SHOWEX"):
        for e in ex[:80]:
            print("   ", e)
    for name in ("planted.jsonl", "clean.jsonl", "institutions.jsonl"):
        with open(os.path.join(OUT, name), "rb") as f:
            print(name, hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
