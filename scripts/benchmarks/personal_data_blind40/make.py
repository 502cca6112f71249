#!/usr/bin/env python3
"""Generator for the blind40 held-out corpus (Danish child-welfare texts with planted personal data).

Python 3.11 standard library only. One fixed seed, one random.Random instance, no set iteration.
Run:  python3 make.py   -> writes planted.jsonl, clean.jsonl, institutions.jsonl and runs all checks.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata

import random
from pools import (ORIGINS, ORIGIN_WEIGHTS, NICKNAMES, STREETS, TOWNS, FOREIGN_ADDR, KOMMUNER,
                   PUBLIC_NUMBERS, PRIVATE_MAIL, WORK_MAIL, INSTITUTIONS)

SEED = 404040
R = random.Random(SEED)
CORPUS = "blind40"
OUT = os.path.dirname(os.path.abspath(__file__))
REF = dt.date(2026, 1, 15)


class Redraw(Exception):
    pass


# ---------------------------------------------------------------- small helpers
def ch(seq):
    return R.choice(seq)


_DECK = {}


def pk(lst):
    """Pick from lst without repeating until all options were used (per text, per call site)."""
    key = (sys._getframe(1).f_lineno, len(lst))
    if not _DECK.get(key):
        order = list(range(len(lst)))
        R.shuffle(order)
        _DECK[key] = order
    return lst[_DECK[key].pop()]


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    acc = 0
    for v, w in pairs:
        acc += w
        if x <= acc:
            return v
    return pairs[-1][0]


def wc(s):
    return len(s.split())


def fold(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe")
    s = s.replace("Å", "Aa").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ð", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv",
        "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs",
        9: "halvfems"}
ORD = ["", "første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende",
       "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende",
       "attende", "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende",
       "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte",
       "enogtredivte"]
MDA = ["", "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
       "oktober", "november", "december"]
MEN = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def numword(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t]
    return ONES[o] + "og" + TENS[t]


def yearword(y):
    if y >= 2000:
        r = y - 2000
        return "totusind" + ("" if r == 0 else " og " + numword(r))
    return "nitten hundrede og " + numword(y - 1900)


def randdate(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def age(d):
    return REF.year - d.year - ((REF.month, REF.day) < (d.month, d.day))


def rdate(y0=2025, y1=2025):
    """A non-birth date (meeting, event)."""
    return randdate(y0, y1)


def dstr(d, style=None):
    style = style if style is not None else R.randint(0, 3)
    if style == 0:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 1:
        return f"{d.day}. {MDA[d.month]} {d.year}"
    if style == 2:
        return f"{d.day}/{d.month}"
    return f"{d.day}.{d.month}."


# ---------------------------------------------------------------- personal-data shapes
MOBILE_PREFIX = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
                 "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"]
LAND_PREFIX = ["86", "87", "89", "97", "98", "75", "76", "62", "65", "66", "45", "44", "38", "36", "43", "46"]
PUBLIC_DIGITS = [re.sub(r"\D", "", p) for p in PUBLIC_NUMBERS]
USED_PHONES = {}


def mkphone(land=False):
    while True:
        n = ch(LAND_PREFIX if land else MOBILE_PREFIX) + "".join(str(R.randint(0, 9)) for _ in range(6))
        if n not in PUBLIC_DIGITS and n not in USED_PHONES:
            USED_PHONES[n] = 1
            return n


def spoken_pair(s):
    n = int(s)
    if s[0] == "0":
        return "nul " + ONES[n]
    return numword(n)


def fmtphone(n, style=None):
    style = style if style is not None else wchoice([(0, 14), (1, 30), (2, 10), (3, 6), (4, 5), (5, 10),
                                                     (6, 4), (7, 4), (8, 3)])
    a, b, c, d = n[0:2], n[2:4], n[4:6], n[6:8]
    return [n, f"{a} {b} {c} {d}", f"{n[:4]} {n[4:]}", f"{a}.{b}.{c}.{d}", f"{a}-{b}-{c}-{d}",
            f"+45 {a} {b} {c} {d}", f"+45{n}", f"0045 {n}", f"+45 {n[:4]} {n[4:]}"][style]


def spoken_phone(n):
    return " ".join(spoken_pair(n[i:i + 2]) for i in range(0, 8, 2))


def rd(k):
    return "".join(str(R.randint(0, 9)) for _ in range(k))


def foreign_phone(country=None):
    country = country or ch(["no", "se", "uk", "de", "ae", "pl", "ro", "gl", "fo", "us", "ml", "iq", "ee", "lv"])
    return {
        "no": lambda: f"+47 9{rd(2)} {rd(2)} {rd(3)}",
        "se": lambda: f"+46 70 {rd(3)} {rd(2)} {rd(2)}",
        "uk": lambda: f"+44 7{rd(3)} {rd(6)}",
        "de": lambda: f"+49 15{R.randint(1, 9)} {rd(8)}",
        "ae": lambda: f"+971 50 {rd(3)} {rd(4)}",
        "pl": lambda: f"+48 5{rd(2)} {rd(3)} {rd(3)}",
        "ro": lambda: f"+40 7{rd(2)} {rd(3)} {rd(3)}",
        "gl": lambda: f"+299 {R.randint(2, 5)}{rd(1)} {rd(2)} {rd(2)}",
        "fo": lambda: f"+298 {R.randint(2, 5)}{rd(5)}",
        "us": lambda: f"+1 (910) {rd(3)}-{rd(4)}",
        "ml": lambda: f"+223 7{rd(1)} {rd(2)} {rd(2)} {rd(2)}",
        "iq": lambda: f"+964 750 {rd(3)} {rd(4)}",
        "ee": lambda: f"+372 5{rd(3)} {rd(4)}",
        "lv": lambda: f"+371 2{rd(3)} {rd(4)}",
    }[country]()


def mkcpr(d, sex):
    y = d.year
    if y >= 2000:
        d7 = ch(["4", "5", "6", "7", "8", "9"])
    elif y >= 1937:
        d7 = ch(["0", "1", "2", "3", "4", "9"])
    else:
        d7 = ch(["0", "1", "2", "3"])
    mid = rd(2)
    last = ch(["1", "3", "5", "7", "9"] if sex == "M" else ["0", "2", "4", "6", "8"])
    return f"{d.day:02d}{d.month:02d}{y % 100:02d}" + d7 + mid + last


def fmtcpr(c, style=None):
    style = style if style is not None else wchoice([(0, 40), (1, 14), (2, 14), (3, 8), (4, 8), (5, 4)])
    return [f"{c[:6]}-{c[6:]}", f"{c[:6]} {c[6:]}", c, f"{c[:2]}.{c[2:4]}.{c[4:6]}-{c[6:]}",
            f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:]}", f"{c[:2]}{c[2:4]}{c[4:6]} - {c[6:]}"][style]


def fmtdob(d, style=None):
    style = style if style is not None else wchoice([(0, 30), (1, 20), (2, 10), (3, 10), (4, 6), (5, 5),
                                                     (6, 5), (7, 4), (8, 4), (9, 3)])
    return [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {MDA[d.month]} {d.year}",
            f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.day:02d}/{d.month:02d}-{d.year % 100:02d}",
            f"{d.day}/{d.month} {d.year}", f"{MEN[d.month]} {d.day}, {d.year}",
            f"{d.day} {MEN[d.month]} {d.year}", f"{d.day}.{d.month}.{d.year % 100:02d}",
            f"{ORD[d.day]} {MDA[d.month]} {yearword(d.year)}", f"{d.day}. {MDA[d.month][:3]}. {d.year}"][style]


class Addr:
    def __init__(self, street=None, town=None):
        self.street = street or ch(STREETS)
        self.no = str(R.randint(1, 140)) + (ch(["A", "B", "C", "a"]) if R.random() < 0.15 else "")
        self.floor = ch(["st. tv.", "st. th.", "1. tv.", "2. th.", "3. mf.", "1.", "2. sal", "4. tv.",
                         "st.", "1. th."]) if R.random() < 0.35 else ""
        self.pc, self.town = town or ch(TOWNS)

    def fmt(self, style=None):
        style = style if style is not None else wchoice([(0, 40), (1, 12), (2, 10), (3, 6), (4, 6), (5, 6)])
        s, no, fl = self.street, self.no, self.floor
        head = f"{s} {no}" + (f", {fl}" if fl else "")
        if style == 0:
            return f"{head}, {self.pc} {self.town}"
        if style == 1:
            return f"{head}\n{self.pc} {self.town}"
        if style == 2:
            return head
        if style == 3:  # sloppy: no comma, lower case
            return f"{s.lower()} {no} {fl.replace(' ', '')} {self.town.lower()}".replace("  ", " ").strip()
        if style == 4:
            return f"{s} {no}" + (f" {fl.replace(' ', '')}" if fl else "") + f" i {self.town}"
        return f"{s} {no}" + (f", {fl}" if fl else "") + f", {self.town}"


def foreign_addr():
    t = ch(FOREIGN_ADDR)
    return t.format(n=R.randint(2, 98), d=R.randint(1, 9), p=R.randint(1, 9))


def make_email(p, domain=None, work=False):
    f = fold(p.given.split()[0].split("-")[0]).lower()
    last = fold(p.last.replace(" ", "").replace("'", "")).lower()
    if work:
        local = ch([p.initials().lower(), f + "." + last, f[0] + last, f + last[:1]])
        return local + "@" + (domain or ch(WORK_MAIL))
    local = ch([f + "." + last, f + last + str(R.randint(1, 99)), f + "_" + str(p.dob.year),
                f[0] + "." + last, f + "-" + last + str(p.dob.year % 100), last + f[:3] + str(R.randint(10, 99))])
    return local + "@" + (domain or ch(PRIVATE_MAIL))


def spoken_email(e):
    loc, dom = e.split("@")
    loc = loc.replace(".", " punktum ").replace("_", " underscore ").replace("-", " bindestreg ")
    dom = dom.replace(".", " punktum ")
    return f"{loc} snabel-a {dom}".replace("  ", " ")


WORDNAMES = ["Sol", "Lykke", "Storm", "Bo", "Ask", "Ulv", "Frej", "Skov", "Vinter"]


class Person:
    def __init__(self, kind="adult", sex=None, origin=None, last=None, given=None):
        self.origin = origin or wchoice(ORIGIN_WEIGHTS)
        fem, mal, sur = ORIGINS[self.origin]
        self.sex = sex or ch(["F", "M"])
        self.given = given or ch(fem if self.sex == "F" else mal)
        if given is None and self.origin == "dk" and R.random() < 0.12:
            extra = ch(fem if self.sex == "F" else mal)
            if extra != self.given and "-" not in extra and "-" not in self.given:
                self.given = self.given + " " + extra
        if last is None:
            s = ch(sur)
            if isinstance(s, tuple):
                s = s[0] if self.sex == "F" else s[1]
            last = s
        self.last = last
        if kind == "child":
            self.dob = randdate(2008, 2023)
        elif kind == "teen":
            self.dob = randdate(2008, 2013)
        elif kind == "old":
            self.dob = randdate(1945, 1965)
        else:
            self.dob = randdate(1966, 2001)
        self.cpr = mkcpr(self.dob, self.sex)
        self.ph = mkphone()
        self.addr = Addr()
        self._mail = None

    @property
    def call(self):
        return self.given.split()[0]

    def full(self):
        return f"{self.given} {self.last}"

    def initials(self):
        return "".join(w[0] for w in self.full().replace("-", " ").replace("'", "").split()
                       if w[0].isupper()).upper()

    def mail(self, work=False, domain=None):
        if self._mail is None:
            self._mail = make_email(self, domain=domain, work=work)
        return self._mail

    def age(self):
        return age(self.dob)


def nm(txt):
    return ("name", txt)


def gen(txt):
    if txt[-1] in "sxzSXZ":
        return [nm(txt), "'"]
    return [nm(txt + "s")]


def misspell(s):
    for a, b in [("ø", "o"), ("æ", "ae"), ("å", "aa"), ("ss", "s"), ("nn", "n"), ("ll", "l"), ("ph", "f"),
                 ("ck", "k"), ("ie", "i"), ("y", "i"), ("oh", "o"), ("ou", "u"), ("ei", "ie"), ("ai", "aj"),
                 ("u", "o"), ("a", "e")]:
        if a in s[1:]:
            return s[0] + s[1:].replace(a, b, 1)
    return s + "h"


def N(p, form=None, child=False):
    """A mention of person p as list of parts."""
    if form is None:
        if child:
            form = wchoice([("first", 55), ("full", 18), ("gen", 10), ("nick", 5), ("caps", 3), ("lower", 3),
                            ("miss", 3), ("formal", 3)])
        else:
            form = wchoice([("full", 34), ("first", 20), ("last", 6), ("formal", 5), ("caps", 5), ("init", 6),
                            ("dotinit", 4), ("lower", 3), ("gen", 7), ("title", 5), ("nick", 2), ("miss", 3)])
    if form == "full":
        return [nm(p.full())]
    if form == "first":
        return [nm(p.call)]
    if form == "last":
        return [nm(p.last)]
    if form == "formal":
        return [nm(f"{p.last}, {p.given}")]
    if form == "caps":
        return [nm(p.full().upper())]
    if form == "init":
        return [nm(p.initials())]
    if form == "dotinit":
        return [nm(".".join(p.initials()) + ".")]
    if form == "lower":
        if p.call in WORDNAMES or p.last in WORDNAMES:
            return [nm(p.full())]
        return [nm(p.full().lower())]
    if form == "gen":
        return gen(ch([p.call, p.full()]))
    if form == "title":
        if child:
            return [nm(p.call)]
        return [("fru " if p.sex == "F" else "hr. "), nm(p.last)]
    if form == "nick":
        return [nm(NICKNAMES.get(p.call, p.call))]
    if form == "miss":
        return [nm(misspell(p.call) if child or R.random() < 0.5 else misspell(p.full()))]
    raise ValueError(form)


def F(p):
    return [nm(p.full())]


def C(p):
    return N(p, child=True)


def PH(p=None, style=None, land=False):
    n = p.ph if p is not None else mkphone(land=land)
    return [("phone", fmtphone(n, style))]


def FPH(country=None):
    return [("phone", foreign_phone(country))]


def EM(p, work=False, domain=None):
    return [("email", p.mail(work=work, domain=domain))]


def AD(p=None, style=None):
    a = p.addr if p is not None else Addr()
    return [("address", a.fmt(style))]


def FAD():
    return [("address", foreign_addr())]


def DOB(p, style=None):
    return [("dob", fmtdob(p.dob, style))]


def CPR(p, style=None):
    return [("cpr", fmtcpr(p.cpr, style))]


def L(*items):
    """Flatten str / tuple / list items into a parts list."""
    out = []
    for it in items:
        if isinstance(it, (str, tuple)):
            out.append(it)
        else:
            out.extend(L(*it))
    return out


def casenr():
    return ch([f"{R.randint(20, 29)}.{R.randint(10, 99):02d}.{R.randint(1, 20):02d}-G01-{R.randint(1, 9999)}-25",
               f"2025-{R.randint(10000, 99999)}", f"BU-{R.randint(1000, 9999)}/25", f"25/{R.randint(1000, 19999)}"])


def tm():
    return f"{R.randint(6, 22):02d}:{ch(['00', '05', '10', '15', '20', '30', '40', '45', '50', '55'])}"


def tmd():
    return f"kl. {R.randint(7, 21)}.{ch(['00', '15', '30', '45'])}"


def kommune():
    return ch(KOMMUNER)


# ---------------------------------------------------------------- assembly
def assemble(parts):
    text = ""
    spans = []
    for p in parts:
        if isinstance(p, tuple):
            k, t = p
            if t != t.strip():
                raise Redraw("ws in span")
            spans.append({"kind": k, "text": t, "start": len(text), "end": len(text) + len(t)})
            text += t
        else:
            text += p
    # trim leading / trailing whitespace of whole text
    lead = len(text) - len(text.lstrip())
    text2 = text.strip()
    for s in spans:
        s["start"] -= lead
        s["end"] -= lead
    return text2, spans


def parts_wc(parts):
    return wc("".join(p[1] if isinstance(p, tuple) else p for p in parts))


BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}


def fill(head, entry, foot, band, max_entries=60, plain=None, pp=0.35, min_entries=2):
    lo, hi = BANDS[band]
    target = R.randint(lo + 4, lo + int((hi - lo) * 0.5))
    body = []
    fw = parts_wc(foot)
    n = 0
    while (n < min_entries or parts_wc(head) + parts_wc(body) + fw < target) and n < max_entries:
        e = plain() if (plain is not None and n > 0 and R.random() < pp) else entry()
        if e is None:
            break
        body += L(e)
        n += 1
    parts = L(head, body, foot)
    w = parts_wc(parts)
    if not (lo <= w <= hi):
        raise Redraw(f"band {band} {w}")
    return parts


def seq(items, more=None):
    """Return an entry function that yields items (callables) in order, then `more()` or None."""
    it = iter(items)

    def f():
        try:
            return next(it)()
        except StopIteration:
            return more() if more is not None else None
    return f


NET_ROLES = [("moster", "F"), ("morbror", "M"), ("farbror", "M"), ("faster", "F"), ("gudmor", "F"), ("naboen", None),
             ("fodboldtræneren", None), ("kontaktlæreren", None), ("sundhedsplejersken", None), ("familiebehandleren", None),
             ("PPR-psykologen", None), ("mormor", "F"), ("farfar", "M"), ("kontaktpersonen", None), ("skolesekretæren", None)]


def netline(end="\n\n"):
    """A varied sentence about one more person in the network (for long texts)."""
    role, sex = ch(NET_ROLES)
    p = Person("old" if role in ("mormor", "farfar") else "adult", sex)
    cap = role[0].upper() + role[1:]
    return pk([
        lambda: L(f"Vi har også talt med {role} ", N(p, ch(["full", "first"])), ", som kan kontaktes på ", PH(p), "." + end),
        lambda: L(f"{cap}, ", N(p, "full"), ", bor på ", AD(p, ch([0, 4, 5])), " og kan træde til i weekenderne." + end),
        lambda: L("Kopi er sendt til ", N(p, ch(["full", "formal"])), f" ({role}), ", EM(p), "." + end),
        lambda: L(f"{cap}, ", N(p, ch(["full", "first", "title"])), ", deltager i næste møde og kan nås på ",
                  PH(p), "." + end),
    ])()


def childline(end="\n"):
    """Child-voice sentence about one more adult (for long complaints)."""
    role, sex = ch([("min moster", "F"), ("min morbror", "M"), ("min træner", None), ("min venindes mor", "F"),
                    ("min gamle pædagog", None), ("min farmor", "F"), ("min storebror", "M")])
    p = Person("old" if "farmor" in role else "adult", sex)
    return pk([
        lambda: L(f"Jeg vil hellere bo hos {role} ", N(p, ch(["first", "full"])), " på ", AD(p, ch([0, 2, 3, 4])), "." + end),
        lambda: L(f"I kan ringe til {role} ", N(p, "first"), " på ", PH(p, ch([0, 1, 2])), ", " + ("hun" if p.sex == "F" else "han") + " kender mig godt." + end),
        lambda: L(f"{role.capitalize()} ", N(p, ch(["first", "full"])), " har også skrevet til jer fra ", EM(p), "." + end),
        lambda: L(f"Da jeg var lille boede jeg hos {role} ", N(p, "first"), ", og det var det bedste." + end),
    ])()


def cyc(fns):
    """Entry function: pick random generator each time, avoiding immediate repeats."""
    last = [None]

    def f():
        g = ch(fns)
        if g is last[0] and len(fns) > 1:
            g = ch(fns)
        last[0] = g
        return g()
    return f


# ================================================================ PLANTED GENRES
# ---- 1. stepfamilies / shared custody
def fam(n_kids=2, origin=None):
    o1 = origin or wchoice(ORIGIN_WEIGHTS)
    mor = Person("adult", "F", o1)
    far = Person("adult", "M", wchoice(ORIGIN_WEIGHTS) if R.random() < 0.3 else o1)
    kids = [Person("child", None, o1, last=ch([far.last, mor.last, far.last])) for _ in range(n_kids)]
    return mor, far, kids


def p_step_week(band):
    mor, far, kids = fam(R.randint(1, 3))
    sted = Person("adult", "M")
    bonus = Person("adult", "F")
    cw = Person("adult")
    K = kommune()
    w = R.randint(2, 50)
    names = []
    for i, k in enumerate(kids):
        names += ([", "] if i else []) + [nm(k.call)] + [f" ({k.age()} år)"]
    head = L(f"Ugeplan uge {w} – ", names, "\nAftalt på netværksmøde. Skiftedag er fredag.\n\n",
             "| Dag | Hvor sover børnene | Hvem henter | Kontakt |\n|---|---|---|---|\n")
    houses = [(mor, sted), (far, bonus)]
    days = ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"] * 3
    st = {"i": 0}

    def row():
        i = st["i"]
        st["i"] += 1
        if i >= len(days):
            return None
        h, partner = houses[(i // 7 + (1 if days[i] in ("Fredag", "Lørdag", "Søndag") else 0)) % 2]
        who = ch([h, partner, h])
        return L(f"| {days[i]} | hos ", N(h, ch(["first", "full"])), ", ", AD(h, ch([0, 2, 5])), " | ",
                 N(who, ch(["first", "init", "full"])), f" {tmd()} | ", PH(who, ch([0, 1, 2, 5])), " |\n")
    def plainrow():
        i = st["i"]
        st["i"] += 1
        if i >= len(days):
            return None
        return [f"| {days[i]} | {ch(['hos mor', 'hos far', 'hos mor', 'lejrskole', 'hos far'])} | {ch(['SFO til 16.30', 'bus fra skolen', 'fritidsklub', 'cykler selv'])} | – |\n"]
    foot = L("\nBørnene: ", [L(N(k, "full"), " (f. ", DOB(k), ")" + (", " if j < len(kids) - 1 else "")) for j, k in enumerate(kids)],
             f".\nSpørgsmål til planen: rådgiver ", N(cw, ch(["full", "full", "init"])), ", ",
             f"{K[0]}, direkte ", PH(cw, 1), " (hovednummer ", K[2], ").")
    return fill(head, row, foot, band, plain=plainrow, pp=0.45, min_entries=1 if band == "short" else 3)


def p_step_contacts(band):
    mor, far, kids = fam(R.randint(1, 2))
    others = [(Person("adult", "M"), "stedfar, bor hos mor"), (Person("adult", "F"), "bonusmor, bor hos far"),
              (Person("old", "F", last=far.last), "farmor"), (Person("old", "M"), "morfar"),
              (Person("adult", ch(["F", "M"])), "mors nye partner (fra efteråret)"),
              (Person("teen", "F", last=mor.last), "halvsøster, bor skiftevis")]
    K = kommune()
    child = kids[0]
    head = L("KONTAKTLISTE – alle voksne omkring ", N(child, "first"), f" ({child.age()} år)\n",
             f"Sagsnr. {casenr()} · {K[0]}\n\n",
             "Barn: ", F(child), "\nCPR-nr.: ", CPR(child), "\nBopælsforælder: mor\n\n")
    people = [(mor, "mor, bopælsforælder, fælles forældremyndighed"), (far, "far, samvær efter 7/7-ordning")] + others
    st = {"i": 0}

    def block():
        i = st["i"]
        st["i"] += 1
        if i >= len(people):
            return None
        p, role = people[i]
        out = ["Navn: ", nm(p.full()), f"\nRolle: {role}\n"]
        if R.random() < 0.8:
            out += ["Adresse: ", ("address", p.addr.fmt(ch([0, 0, 1, 5]))), "\n"]
        out += [ch(["Mobil: ", "Tlf.: ", "Telefon: "]), ("phone", fmtphone(p.ph)), "\n"]
        if R.random() < 0.6:
            out += ["Mail: ", ("email", p.mail()), "\n"]
        if R.random() < 0.35:
            out += ["Fødselsdato: ", ("dob", fmtdob(p.dob)), "\n"]
        return out + ["\n"]
    foot = ["Listen opdateres, når en husstand ændrer sig. Nødnumre: 112 og politiet 114."]
    return fill(head, block, foot, band)


def p_step_agreement(band):
    mor, far, kids = fam(2)
    k1, k2 = kids
    k2.dob = randdate(2008, 2010)
    k2.cpr = mkcpr(k2.dob, k2.sex)
    stedmor = Person("adult", "F")
    fm = Person("old", "F", last=far.last)
    cw = Person("adult")
    K = kommune()
    head = L("Aftale om deleordning mellem to husstande\n\n",
             "Mellem ", F(mor), ", ", AD(mor, 0), ", og ", F(far), ", ", AD(far, 0),
             ", er der i dag indgået følgende aftale om ", F(k1), " (født ", DOB(k1), ") og ", F(k2),
             " (født ", DOB(k2), ").\n\n")
    clauses = [
        lambda: L(N(k1, "first"), " bor hos ", N(mor, "first"), " i lige uger og hos ", N(far, "first"),
                  " i ulige uger. Skiftedag er fredag efter skole, og den voksne der afleverer, sørger for tøj og lektier.\n"),
        lambda: L("Hvis ", N(stedmor, "first"), " henter, giver ", N(far, "first"), " besked på sms til ",
                  N(mor, "first"), " på ", PH(mor), " senest kl. 12.\n"),
        lambda: L("Sommerferien deles, så børnene har tre uger i træk hos hver forælder. Julen skifter fra år til år.\n"),
        lambda: L("Ved sygdom ringer skolen først til bopælsforælderen, ", F(mor), ", ", PH(mor), ".\n"),
        lambda: L(N(k2, "first"), f" på {k2.age()} år bestemmer selv sine weekender, men skriver til begge huse. Mail til ",
                  N(k2, "first"), ": ", EM(k2), ".\n"),
        lambda: L("Farmor, ", F(fm), ", ", AD(fm, ch([0, 4])), ", kan hente i nødstilfælde på ", PH(fm), ".\n"),
        lambda: L("Begge husstande bruger samme kalender-app. ", N(stedmor, "full"), " og ", N(mor, "first"),
                  " taler direkte sammen om praktiske ting, så børnene ikke er budbringere.\n"),
        lambda: L("Lægen har ", N(k1, "first"), "s CPR ", CPR(k1), " og begge forældres numre på kartoteket.\n"),
    ]
    order = clauses[:]
    R.shuffle(order)
    cnt = {"i": 0}

    def clause():
        if cnt["i"] >= len(order):
            cnt["i"] += 1
            return L(f"{cnt['i']}. ", netline("\n"))
        cnt["i"] += 1
        return L(f"{cnt['i']}. ", order[cnt["i"] - 1]())
    if band == "short":
        head = head[:head.index(" (født ")] + [". Aftalen gælder begge børn.\n\n"] if " (født " in head else head
    foot = L("\nUnderskrifter:\n", F(mor), " ______    ", F(far), " ______\n",
             "Set af rådgiver ", N(cw, ch(["full", "init"])), ", ", K[0], ".")
    return fill(head, clause, foot, band)


def p_step_sms(band):
    mor, far, kids = fam(R.randint(1, 2))
    k = kids[0]
    sted = Person("adult", "M")
    lærer = Person("adult", "F")
    head = L("Bilag 4 – sms-tråd indsat af ", N(mor, ch(["first", "full"])), " (kopieret fra telefonen)\n\n")
    d0 = rdate()
    st = {"d": d0}

    def msg():
        st["d"] = st["d"] + dt.timedelta(days=R.randint(0, 3))
        stamp = f"[{st['d'].day:02d}.{st['d'].month:02d} {tm()}] "
        a, b = (mor, far) if R.random() < 0.5 else (far, mor)
        body = pk([
            lambda: L("kan du hente ", N(k, "first"), " kl 15? jeg er hos ", N(sted, "first"), " på ", AD(sted, ch([2, 3, 4])), "\n"),
            lambda: L("ok. skriv til ", N(lærer, ch(["first", "full", "title"])), " at det er mig der henter, hendes nr er ", PH(lærer), "\n"),
            lambda: L(N(k, "first"), " glemte sin jakke. Den ligger hos mig på ", AD(a, ch([2, 3])), "\n"),
            lambda: L("ny mail til skolen: ", EM(a), " – den gamle lukker\n"),
            lambda: L(N(sted, "first"), " har nyt nr: ", PH(sted), "\n"),
            lambda: L("husk lægetid onsdag. de spurgte efter ", N(k, "first"), "s cpr, jeg gav dem ", CPR(k, ch([0, 2])), "\n"),
            lambda: L("ring lige ", PH(b, ch([0, 1])), " når du kan\n"),
            lambda: L("det er ", N(k, "first"), "s fødselsdag ", DOB(k, ch([3, 4, 7])), " – holder vi den sammen?\n"),
        ])()
        return L(stamp, N(a, ch(["first", "first", "init"])), ": ", body)
    def plainmsg():
        st["d"] = st["d"] + dt.timedelta(days=R.randint(0, 2))
        return L(f"[{st['d'].day:02d}.{st['d'].month:02d} {tm()}] ", N(ch([mor, far]), "first"), ": " + ch([
            "ok", "fint, tak", "er på vej", "hun har feber i dag og bliver hjemme", "han har glemt sin madpakke igen",
            "kan vi tage det på mødet med kommunen i stedet?", "svømning er aflyst pga. storm", "husk tøj til lejrskolen",
            "jeg svarer ikke mere i aften"]) + "\n")
    foot = ["\n(Tråden er afskrevet uden rettelser.)"]
    return fill(head, msg, foot, band, plain=plainmsg, pp=0.45)


# ---- 2. parent deployed / abroad
MISSIONS = ["udsendt til Letland (eFP)", "udsendt til Irak (NMI)", "udsendt til Kosovo (KFOR)",
            "udsendt med fregatten", "på rotation 14/21 på en boreplatform i Nordsøen",
            "på rotation 2/4 fra Aberdeen", "på montageopgave i Dubai", "udsendt til Estland"]


def p_abroad_leave(band):
    mor, far, kids = fam(R.randint(1, 2))
    par = ch([far, far, mor])
    other = mor if par is far else far
    fam_off = Person("adult")
    gp = Person("old")
    mis = ch(MISSIONS)
    head = L("Orlovsplan – ", F(par), f", {mis}\n", "Kontakt i Danmark: ", F(other), ", ", PH(other), ", ",
             AD(other, 0), "\n\n")
    wk = {"w": R.randint(1, 30)}

    def line():
        wk["w"] += R.randint(1, 3)
        k = ch(kids)
        return pk([
            lambda: L(f"Uge {wk['w']}: hjemme. ", N(par, "first"), " henter ", N(k, "first"),
                      " fredag. Overnatning hos ", ch(["farmor", "morfar", "mormor", "farfar"]), ", ", N(gp, ch(["first", "full"])), ", på ", AD(gp, ch([0, 4])), ".\n"),
            lambda: L(f"Uge {wk['w']}: ude. Kontakt via ", EM(par, work=R.random() < 0.5, domain=ch(["mil.dk", None])),
                      " eller ", FPH(), ".\n"),
            lambda: L(f"Uge {wk['w']}: videoopkald søndag kl. 19 dansk tid. ", N(other, "first"), " sætter ", N(k, "first"), " op på ", PH(other, ch([0, 1])), ".\n"),
            lambda: L(f"Uge {wk['w']}: hjemrejse. Lander i Billund; ", N(gp, "full"), " kører, tlf. ", PH(gp), ".\n"),
        ])()
    def plainline():
        wk["w"] += R.randint(1, 2)
        return [f"Uge {wk['w']}: " + ch(["ude. Ingen kontakt pga. øvelse.", "ude. Breve via feltposten.", "ude. Børnene sender tegninger.",
                                          "hjemme fra torsdag. Samvær som normalt.", "ude. Skolen er orienteret om situationen."]) + "\n"]
    foot = L("\nFamiliekontakt i enheden: ", F(fam_off), ", ", EM(fam_off, work=True, domain=ch(["mil.dk", "northsea-drilling.com"])),
             ", ", PH(fam_off, 1), ".\nBørn: ", [L(N(k, "full"), " ", DOB(k), "; ") for k in kids][:-0 or None], "CPR fremgår af sagen.")
    return fill(head, line, foot, band, plain=plainline, pp=0.45)


def p_abroad_notes(band):
    mor, far, kids = fam(R.randint(1, 2))
    par = far if R.random() < 0.75 else mor
    other = mor if par is far else far
    teacher = Person("adult", "F")
    nb = Person("adult")
    hans = "Hans" if nb.sex == "M" else "Hendes"
    fm = "far" if par.sex == "M" else "mor"
    k = kids[0]
    head = L("Mine noter til mødet – ", N(other, "first"), "\n(", N(par, "first"), f" er {ch(MISSIONS)})\n\n")
    d = {"d": rdate()}

    def note():
        d["d"] += dt.timedelta(days=R.randint(2, 9))
        ds = dstr(d["d"], ch([0, 2, 3]))
        return pk([
            lambda: L(f"{ds}: ", N(k, "first"), f" ({k.age()} år) græd ved aftensmaden og spurgte, hvornår {fm} kommer hjem. Vi ringede til ",
                      N(par, "first"), " på ", FPH(), ", men forbindelsen var dårlig.\n\n"),
            lambda: L(f"{ds}: Møde med lærer ", N(teacher, ch(["full", "title"])), ". Hun skriver til mig på ", EM(other),
                      " hvis noget går skævt i frikvartererne.\n\n"),
            lambda: L(f"{ds}: Naboen ", N(nb, "full"), " fra ", AD(nb, ch([2, 4])), f" har tilbudt at hente om tirsdagen. {hans} nummer er ",
                      PH(nb), ".\n\n"),
            lambda: L(f"{ds}: Pakke sendt til ", N(par, "first"), ": ", FAD(), ". ", N(k, "first"), " har tegnet et billede af huset.\n\n"),
            lambda: L(f"{ds}: Sover dårligt igen. Jeg har booket tid hos egen læge til ", N(k, "first"), " (CPR ", CPR(k), ").\n\n"),
            lambda: L(f"{ds}: Talebesked fra ", N(par, "first"), " (afskrevet): \"ring til mig på ", ("phone", spoken_phone(par.ph)),
                      ", eller skriv til ", ("email", spoken_email(par.mail())), "\"\n\n"),
        ])()
    foot = L("Til sagsbehandleren: ", F(k), " er født ", DOB(k), ". Jeg kan fanges på ", PH(other), ".")
    return fill(head, note, foot, band)


def p_abroad_sheet(band):
    mor, far, kids = fam(R.randint(1, 3))
    par = ch([far, mor, far])
    other = mor if par is far else far
    K = kommune()
    cw = Person("adult")
    head = L("Kontaktark – familie med forælder i udlandet\n", f"{K[0]}, Børn og Unge, myndighed\n\n",
             "Forælder i udlandet: ", F(par), "\nOpholdssted: ", FAD(), "\nTlf. i udlandet: ", FPH(),
             "\nMail: ", EM(par), "\n\n")
    items = [
        lambda: L("Forælder i Danmark: ", F(other), "\nAdresse: ", AD(other, ch([0, 1])), "\nMobil: ", PH(other), "\n\n"),
    ] + [(lambda k=k: L("Barn: ", F(k), "\nFødt: ", DOB(k), "\nCPR: ", CPR(k), "\n\n")) for k in kids] + [
        lambda: L("Netværk: ", N(Person("old"), "full"), ch([" (mormor)", " (farfar)", " (moster)"]), ", ",
                  AD(None, 0), ", ", PH(None), "\n\n"),
        lambda: L("Arbejdsgivers kontakt: ", N(Person("adult", origin="en"), "full"), ", ", FPH("uk"), "\n\n"),
        lambda: L("Netværk: ", N(Person("adult"), "full"), " (gudmor), ", PH(None, 1), ", ", EM(Person("adult")), "\n\n"),
    ]
    foot = L("Sagsbehandler: ", F(cw), ", ", PH(cw, 1), " · hovednummer ", K[2])
    return fill(head, seq(items, lambda: L("Netværk: ", netline("\n\n"))), foot, band)


def p_abroad_mail(band):
    mor, far, kids = fam(R.randint(1, 2))
    par = far if R.random() < 0.7 else mor
    cw = Person("adult")
    K = kommune()
    k = kids[0]
    dd = rdate()
    head = L("Fra: ", F(par), " <", EM(par), ">\nTil: ", F(cw), " <", EM(cw, work=True, domain=K[1]), ">\n",
             f"Dato: {dd.day}. {MDA[dd.month]} 2025 {tm()}\nEmne: Samvær mens jeg er ude\n\nHej ",
             N(cw, "first"), "\n\n")
    paras = [
        lambda: L(f"Jeg er {ch(MISSIONS)} indtil midt i {MDA[R.randint(1, 12)]}. Min adresse derude er ", FAD(),
                  ", men post tager tre uger.\n\n"),
        lambda: L("Mit nummer er ", FPH(), ". Det danske nummer ", PH(par), " er slukket, mens jeg er væk.\n\n"),
        lambda: L("Jeg vil gerne have at ", N(k, "first"), " kan ringe til mig søndag aften. ", N(mor if par is far else far, "first"),
                  " siger, det er svært at nå, fordi ", N(k, "first"), " er hos sin kæreste ", N(Person("teen"), "first"), " i weekenderne.\n\n"),
        lambda: L("Min bror ", N(Person("adult", "M", last=par.last), "full"), " (", AD(None, 0), ") kan tage ", N(k, "first"),
                  " en weekend om måneden. Hans mail er ", EM(Person("adult")), ".\n\n"),
        lambda: L("Til journalen: ", N(k, "full"), ", født ", DOB(k), ", cpr ", CPR(k), ".\n\n"),
    ]
    foot = L("Mvh\n", N(par, ch(["first", "full"])), "\n", FPH())
    return fill(head, seq(paras, netline), foot, band)


# ---- 3. hospital-at-home, heavy care needs
DIAG = ["spinal muskelatrofi (G12.0)", "kronisk respirationssvigt (J96.1)", "cerebral parese (G80.0)",
        "cystisk fibrose (E84.0)", "medfødt hjertefejl (Q21.0)", "svær epilepsi (G40.4)"]
AIDS = [("Respirator", "ResMed Astral 150"), ("Sugeapparat", "Medela Clario"), ("Saturationsmåler", "Masimo Rad-97"),
        ("Ernæringspumpe", "Kangaroo Joey"), ("Hostemaskine", "Philips CoughAssist"), ("Kørestol", "Permobil M1"),
        ("Plejeseng", "Invacare-seng"), ("Iltkoncentrator", "Inogen One")]


def p_care_rota(band):
    mor, far, kids = fam(1)
    k = kids[0]
    nurses = [Person("adult", ch(["F", "F", "M"])) for _ in range(6)]
    head = L("Vagtplan, hjemmerespiratorteamet – ", F(k), " (", DOB(k, ch([0, 2, 7])), "), CPR ", CPR(k), "\nBesøgsadresse: ", AD(k if R.random() < 0.5 else mor, 0),
             "\n\n| Dag | Tid | Sygeplejerske | Tlf. |\n|---|---|---|---|\n")
    k.addr = mor.addr
    st = {"i": 0}

    def row():
        i = st["i"]
        st["i"] += 1
        if i >= 21:
            return None
        n = ch(nurses)
        return L(f"| {DAYS[(i // 2) % 7].capitalize()} | {ch(['07-15', '15-23', '23-07'])} | ", N(n, ch(["full", "first", "init"])),
                 " | ", PH(n, ch([0, 1, 2])), " |\n")
    def plainrow():
        i = st["i"]
        st["i"] += 1
        if i >= 21:
            return None
        return [f"| {DAYS[(i // 2) % 7].capitalize()} | {ch(['07-15', '15-23', '23-07'])} | {ch(['vikar fra bureau', 'forældre selv', 'aflastning'])} | via vagtcentralen |\n"]
    foot = L("\nForældre: ", N(mor, "full"), " (", PH(mor), ") og ", N(far, "full"), " (", PH(far), "). ",
             "Ved alarm uden svar: ring 112.")
    return fill(head, row, foot, band, plain=plainrow, pp=0.5)


def p_care_notes(band):
    mor, far, kids = fam(1)
    k = kids[0]
    nurses = [Person("adult", ch(["F", "M"])) for _ in range(3)]
    doc = Person("adult")
    head = L("Sygeplejenotater – ", F(k), " (f. ", DOB(k), f"), {ch(DIAG)}\n\n")
    d = {"d": rdate()}

    def note():
        n = ch(nurses)
        sig = ch([L(" /", nm(n.initials())), L(" – ", nm(n.call)), L(" /", nm(n.initials()))])
        t = tm()
        return pk([
            lambda: L(f"{t} Skiftet trakealkanyle, saturation 96 %. Mor (", N(mor, "first"), ") sov efter nattevagt.", sig, "\n"),
            lambda: L(f"{t} Sugning x 3, sekret klart. ", N(k, "first"), " smilede til storebror.", sig, "\n"),
            lambda: L(f"{t} Talt med overlæge ", N(doc, ch(["full", "last"])), " på ", PH(doc, 1),
                      " om ny indstilling på respiratoren.", sig, "\n"),
            lambda: L(f"{t} Far (", N(far, "first"), ") ringede fra arbejde, ", PH(far, ch([0, 1])), ", spurgte til natten.", sig, "\n"),
            lambda: L(f"{t} Ny levering til ", AD(mor, ch([2, 0])), " aftalt, Movicol og sonde-sæt.", sig, "\n"),
            lambda: L(f"{t} Vagtskifte. Overlevering til ", N(ch(nurses), ch(["first", "full"])), ".", sig, "\n"),
        ])()
    def plainnote():
        return [f"{tm()} " + ch(["Sugning x 2, sekret klart. Sover roligt.", "Givet Movicol og Panodil efter ordination.",
                                 "Saturation 94-97 %, ingen alarmer.", "Badet og smurt. Huden hel.", "Sondemad 250 ml over en time.",
                                 "Filter skiftet på respiratoren."]) + "\n"]
    foot = L("\nNotater sendes ugentligt til ", EM(ch(nurses), work=True, domain=ch(["rm.dk", "rsyd.dk", "regionh.dk"])), ".")
    return fill(head, note, foot, band, plain=plainnote, pp=0.45)


def p_care_aids(band):
    mor, far, kids = fam(1)
    k = kids[0]
    head = L("Hjælpemidler og leverandører – ", F(k), ", f. ", DOB(k, ch([0, 2, 5])), ", cpr.nr. ", CPR(k), "\nLeveringsadresse: ", AD(mor, ch([0, 1])),
             "\nKontaktperson i hjemmet: ", N(mor, "full"), ", ", PH(mor), "\n\n")
    items = AIDS[:]
    R.shuffle(items)
    st = {"i": 0}

    def item():
        if st["i"] >= len(items):
            return netline("\n")
        a, brand = items[st["i"]]
        st["i"] += 1
        c = Person("adult")
        return pk([
            lambda: L(f"- {a} ({brand}): serviceansvarlig ", N(c, "full"), ", ", PH(c), ", ", EM(c, work=True), "\n"),
            lambda: L(f"- {a} ({brand}): bestilles via hjælpemiddelcentralen; tekniker ", N(c, ch(["first", "full"])), " ", PH(c, 1), "\n"),
            lambda: L(f"- {a} ({brand}): lånt af regionen, returneres til ", N(c, "full"), ", ", AD(None, 0), "\n"),
        ])()
    foot = L("\nTabt arbejdsfortjeneste bevilget til ", N(mor, "first"), " efter servicelovens § 42 fra ", dstr(rdate(), 1), ".")
    return fill(head, item, foot, band)


def p_care_letter(band):
    mor, far, kids = fam(1)
    k = kids[0]
    cw = Person("adult")
    K = kommune()
    d = rdate()
    head = L(F(mor), "\n", AD(mor, 1), "\n\n", f"{K[0]}, {d.day}. {MDA[d.month]} 2025\nSagsnr. {casenr()}\n\n",
             "Afgørelse om tabt arbejdsfortjeneste for ", F(k), ", cpr.nr. ", CPR(k), "\n\nKære ", N(mor, "first"), "\n\n")
    paras = [
        lambda: L(f"Vi har behandlet din ansøgning om dækning af tabt arbejdsfortjeneste efter servicelovens § 42. ", N(k, "first"),
                  f" har {ch(DIAG)} og har brug for pleje hele døgnet.\n\n"),
        lambda: L("Du får dækket 30 timer om ugen. Hjemmesygeplejerske ", N(Person("adult"), "full"),
                  " har beskrevet plejebehovet, og vi har talt med overlæge ", N(Person("adult"), ch(["full", "last"])), ".\n\n"),
        lambda: L("Din arbejdsgiver har bekræftet nedsat tid. ", N(far, "full"), " (", AD(far, 0),
                  ") har fælles forældremyndighed og har fået kopi.\n\n"),
        lambda: L("Du kan klage inden fire uger. Klagen sendes til os, og vi genvurderer sagen, før den går videre til Ankestyrelsen.\n\n"),
        lambda: L("Kontakt mig gerne på ", EM(cw, work=True, domain=K[1]), " hvis du har spørgsmål om beregningen.\n\n"),
        lambda: L("Beløbet beregnes ud fra din hidtidige bruttoindtægt og udbetales månedsvis bagud. Pensionsbidrag indgår i beregningen.\n\n"),
        lambda: L("Vi vurderer behovet igen om et år, eller tidligere hvis ", N(k, "first"), "s situation ændrer sig, fx ved indlæggelse på Rigshospitalet.\n\n"),
        lambda: L("Afgørelsen er sendt i kopi til ", N(far, "first"), " og til hjemmesygeplejen.\n\n"),
    ]
    foot = L("Med venlig hilsen\n", F(cw), "\nRådgiver, Handicap og Børn\nDirekte tlf. ", PH(cw, ch([1, 2])))
    return fill(head, seq(paras, netline), foot, band, min_entries=1)


# ---- 4. churches, mosques, associations
ORGS = ["Kirkens Korshærs varmestue", "sogneindsamlingen", "moskeens lektiecafé", "foreningens julehjælp",
        "menighedsrådets familiegruppe", "Røde Kors-butikken", "Mødrehjælpens rådgivning", "kvindeforeningen i moskeen"]


def p_org_notes(band):
    vols = [Person("adult") for _ in range(3)]
    head = L(f"Frivilligvagt {ch(DAYS)} – {ch(ORGS)}\nSkrevet af ", N(vols[0], ch(["first", "full"])), " (født ", DOB(vols[0], ch([1, 8, 0])), ", ny frivillig)\n\n")

    def note():
        m, f_, kids = fam(R.randint(1, 3))
        k = kids[0]
        v = ch(vols)
        return pk([
            lambda: L(N(v, "first"), " tog imod ", N(m, "full"), f" og hendes {len(kids)} børn. Hun bor nu på ", AD(m, ch([0, 2, 4])),
                      ", og vi aftalte, at jeg ringer på ", PH(m), " om julekurven.\n\n"),
            lambda: L(N(f_, "full"), " kom efter lukketid og spurgte efter tøj til ", N(k, "first"), f" på {k.age()} år. ",
                      N(v, "first"), " gav ham nummeret til koordinatoren, ", PH(vols[1], 1), ".\n\n"),
            lambda: L(N(m, "full"), " ringede fra en lånt telefon og sagde sit eget nummer langsomt: ", ("phone", spoken_phone(m.ph)),
                      ". ", N(v, "first"), " skrev det ned.\n\n"),
            lambda: L("Vi hjalp ", N(m, ch(["full", "title"])), " med en ansøgning. Hendes mail er ", EM(m),
                      ", og barnets fødselsdato ", DOB(k), " skulle med på skemaet.\n\n"),
            lambda: L("Imam ", N(Person("adult", "M", ch(["ar", "so", "tr", "af", "pk"])), ch(["full", "last"])),
                      " spurgte, om vi kan køre madkasser ud til ", AD(None, ch([0, 4])), " på lørdag.\n\n"),
        ])()
    foot = L("Næste vagt: ", N(vols[1], "first"), " og ", N(vols[2], "first"), ".")
    return fill(head, note, foot, band)


def p_org_list(band):
    head = L(f"Julehjælp 2025 – familier der har fået hjælp ({ch(ORGS)})\nFORTROLIGT – må ikke deles uden for styregruppen\n\n")
    cnt = {"i": 0}

    def row():
        cnt["i"] += 1
        m, f_, kids = fam(R.randint(1, 3))
        a = ch([m, f_, m])
        ks = []
        for j, kk in enumerate(kids):
            if R.random() < 0.55:
                ks += ([", "] if j else []) + [nm(kk.call), f" ({kk.age()} år)"]
            else:
                ks += ([", "] if j else []) + [nm(kk.call), " (", ("dob", fmtdob(kk.dob, ch([0, 3, 7, 2]))), ")"]
        extra = ch([[], [", ", ("email", a.mail())], [", CPR ", ("cpr", fmtcpr(a.cpr))]])
        return L(f"{cnt['i']}. ", N(a, ch(["full", "formal"])), ", ", AD(a, ch([0, 5, 3])), ", tlf. ", PH(a), extra,
                 " – børn: ", ks, "\n")
    def plainrow():
        cnt["i"] += 1
        return [f"{cnt['i']}. (anonym familie – henvist af skolen), {R.randint(1, 5)} børn, madkasse og gavekort\n"]
    foot = L(f"\nGavekort udleveret: {R.randint(12, 60)} stk. á 500 kr. Kontakt styregruppen via kirkekontoret.")
    return fill(head, row, foot, band, plain=plainrow, pp=0.3)


def p_org_thanks(band):
    m, f_, kids = fam(R.randint(1, 3))
    vol = Person("adult")
    k = kids[0]
    head = L("Til ", F(vol), "\n", ch(["Kirkens Korshær", "Foreningen for nye familier", "Moskeens kvindegruppe", "Sognets diakoniudvalg"]),
             "\n", AD(vol, 1), "\n\n", f"{dstr(rdate(), 1)}\n\nKære ", N(vol, "first"), "\n\n")
    paras = [
        lambda: L("Tusind tak for hjælpen i december. Uden jer havde ", N(k, "first"), " ikke fået vinterstøvler, og vi havde ikke haft mad til juleaften.\n\n"),
        lambda: L("Jeg vil også sige tak til ", N(Person("adult"), "full"), ", som kørte os til ", AD(None, 4), " da vi skulle flytte.\n\n"),
        lambda: L("Vi bor nu på ", AD(m, ch([0, 2])), ". Hvis I har brug for en frivillig i foråret, kan I skrive til ",
                  EM(m), " eller ringe på ", PH(m), ".\n\n"),
        lambda: L(N(k, "first"), " har lavet en tegning til jer. Hun fylder år den ", DOB(k, ch([1, 8])), ", og hun vil gerne invitere ",
                  N(vol, "first"), ".\n\n"),
    ]
    foot = L("Kærlig hilsen\n", N(m, ch(["full", "first"])), " og børnene")
    return fill(head, seq(paras, netline), foot, band)


def p_org_chat(band):
    vols = [Person("adult") for _ in range(3)]
    head = L("Messenger-gruppe \"Lektiecafé frivillige\" – udskrift\n\n")

    def msg():
        v = ch(vols)
        m, f_, kids = fam(1)
        k = kids[0]
        body = pk([
            lambda: L("kan nogen køre ", N(k, "first"), " hjem efter cafe? adressen er ", AD(m, ch([2, 3])), "\n"),
            lambda: L("mor hedder ", N(m, "full"), ", nr ", PH(m, ch([0, 1, 2])), "\n"),
            lambda: L("jeg tager den. ", N(ch([x for x in vols if x is not v]), "first"), " har du hans skema?\n"),
            lambda: L("sendt til ", EM(ch(vols)), "\n"),
            lambda: L(N(k, "first"), " har fødselsdag ", DOB(k, ch([3, 4, 7])), ", skal vi lave kage?\n"),
        ])()
        return L(N(v, ch(["first", "full"])), f" {tm()}: ", body)
    def plainmsg():
        return [f"{ch(['(frivillig)', 'koordinator', '(ukendt nummer)'])} {tm()}: " + ch([
            "jeg kan ikke i morgen, desværre", "husk at låse kælderen", "der mangler blyanter og kladdehæfter",
            "mødet med skolen er flyttet til torsdag", "super, tak!", "lektiecaféen holder lukket i uge 42"]) + "\n"]
    foot = ["\n(Gruppen slettes efter sæsonen.)"]
    return fill(head, msg, foot, band, plain=plainmsg, pp=0.45)


# ---- 5. complaints to Børnekontoret / Ombudsmanden
def p_compl_child(band):
    m, f_, kids = fam(1)
    k = kids[0]
    k.dob = randdate(2009, 2014)
    k.cpr = mkcpr(k.dob, k.sex)
    cw = Person("adult", "F")
    pf = Person("adult", "F")
    head = L(ch(["Til Børnekontoret hos Ombudsmanden\n\n", "Klage til Folketingets Ombudsmand (Børnekontoret)\n\n"]),
             "Jeg hedder ", F(k), f" og er {k.age()} år. Jeg er født ", DOB(k, ch([0, 1, 8, 4])), ".\n")
    sents = [
        lambda: L("Jeg bor på ", AD(pf, ch([0, 4, 3])), " hos min plejemor ", N(pf, "first"), ".\n"),
        lambda: L("Min sagsbehandler ", N(cw, ch(["full", "first", "lower"])), " har ikke svaret på mine beskeder i to måneder.\n"),
        lambda: L("Jeg vil gerne se min mor ", N(m, "first"), " mere end en gang om måneden. Hun bor på ", AD(m, ch([0, 4])), ".\n"),
        lambda: L("Jeg har ringet til ", N(cw, "first"), " på ", PH(cw, ch([0, 1])), " men hun tager den aldrig.\n"),
        lambda: L("Jeg synes ikke de lytter til mig på møderne. De snakker kun med de voksne.\n"),
        lambda: L("Min kontaktlærer ", N(Person("adult"), ch(["full", "first"])), " vil gerne være min bisidder.\n"),
        lambda: L("Da de flyttede mig, fik jeg kun to dage til at sige farvel til mine venner. Ingen spurgte hvad jeg ville.\n"),
        lambda: L("Jeg har skrevet det hele ned i en bog, og ", N(pf, "first"), " siger det er okay at jeg klager.\n"),
    ]
    foot = L("Min mail er ", EM(k), " og mit nummer er ", PH(k, ch([0, 1])), ".\nHilsen ", N(k, "first"))
    return fill(head, seq(sents, childline), foot, band)


def p_compl_answer(band):
    m, f_, kids = fam(1)
    k = kids[0]
    k.dob = randdate(2008, 2014)
    k.cpr = mkcpr(k.dob, k.sex)
    K = kommune()
    cw = Person("adult")
    leader = Person("adult")
    head = L(F(k), "\n", AD(k, 1), "\n\n", f"Sagsnr. {casenr()}\n{dstr(rdate(), 1)}\n\n",
             "Svar på din klage til Børnekontoret\nVedr. ", F(k), ", født ", DOB(k, ch([0, 1, 9])), ch([L(", cpr.nr. ", CPR(k)), L("")]), "\n\nKære ", N(k, "first"), "\n\n")
    paras = [
        lambda: L(f"Ombudsmandens Børnekontor har sendt os din klage. Du skriver, at du ikke bliver hørt, og at din rådgiver ",
                  N(cw, "full"), " ikke svarer.\n\n"),
        lambda: L("Vi er kede af, at du har oplevet det sådan. Din nye rådgiver er ", N(leader, "full"),
                  ", som kan ringes op på ", PH(leader, ch([1, 0])), " alle hverdage mellem 9 og 12.\n\n"),
        lambda: L("Fra du er 10 år, har du efter barnets lov § 3 ret til at klage i bestemte sager. Du kan også have en bisidder efter § 6.\n\n"),
        lambda: L("Vi har talt med din mor, ", N(m, ch(["full", "title"])), ", om samvær. Hun har fået samme brev på ", AD(m, 0), ".\n\n"),
        lambda: L("Hvis du ikke er tilfreds, kan du skrive direkte til mig på ", EM(leader, work=True, domain=K[1]),
                  ". Børnetelefonen 116 111 er også åben.\n\n"),
        lambda: L("Vi har gennemgået sagen og kan se, at der ikke blev holdt en samtale med dig alene, før vi traf afgørelsen. Det burde vi have gjort efter barnets lov § 5.\n\n"),
        lambda: L(N(leader, "first"), " kommer på besøg hos dig i næste uge sammen med ", N(cw, "first"),
                  ", hvis du gerne vil det. Du må selv vælge, om du vil have en voksen med.\n\n"),
        lambda: L("Vi sender en kopi af dette brev til Børnekontoret, så de ved, hvad vi har svaret dig.\n\n"),
    ]
    foot = L("Venlig hilsen\n", F(leader), "\nAfdelingsleder, ", K[0], "\nKopi: ", N(cw, "init"))
    return fill(head, seq(paras, netline), foot, band, min_entries=1)


def p_compl_timeline(band):
    m, f_, kids = fam(1)
    k = kids[0]
    k.dob = randdate(2009, 2014)
    k.cpr = mkcpr(k.dob, k.sex)
    cw = Person("adult")
    bis = Person("adult")
    head = L("Tidslinje i klagesagen – ", F(k), " (f. ", DOB(k, ch([0, 2, 1])), ", CPR ", CPR(k), ")\n\n| Dato | Hændelse |\n|---|---|\n")
    d = {"d": randdate(2024, 2024)}

    def row():
        d["d"] += dt.timedelta(days=R.randint(5, 40))
        ds = f"{d['d'].day:02d}.{d['d'].month:02d}.{d['d'].year}"
        return pk([
            lambda: L(f"| {ds} | ", N(k, "first"), " ringer til Børnetelefonen og får at vide, at hun kan klage. |\n"),
            lambda: L(f"| {ds} | Rådgiver ", N(cw, ch(["full", "init"])), " holder møde med mor uden ", N(k, "first"), ". |\n"),
            lambda: L(f"| {ds} | Klage sendt fra ", EM(k), " til Børnekontoret. |\n"),
            lambda: L(f"| {ds} | Bisidder ", N(bis, "full"), " (", PH(bis), ") deltager for første gang. |\n"),
            lambda: L(f"| {ds} | Mor flytter til ", AD(m, 0), ". |\n"),
            lambda: L(f"| {ds} | Ombudsmanden beder kommunen om en udtalelse inden 3 uger. |\n"),
            lambda: L(f"| {ds} | ", N(k, "first"), " sender sms fra ", PH(k, ch([0, 1])), ": \"hvornår sker der noget\". |\n"),
        ])()
    foot = L("\nUdarbejdet af ", N(cw, ch(["init", "full"])), " til brug for kommunens udtalelse.")
    return fill(head, row, foot, band)


def p_compl_form(band):
    m, f_, kids = fam(1)
    k = kids[0]
    k.dob = randdate(2008, 2014)
    k.cpr = mkcpr(k.dob, k.sex)
    bis = Person("adult")
    cw = Person("adult")
    K = kommune()
    head = L("KLAGESKEMA – Børnekontoret\n\n", "Navn: ", F(k), "\nFødselsdato: ", DOB(k, ch([0, 2, 3])), "\nCPR: ", CPR(k),
             "\nAdresse: ", AD(k, ch([0, 1])), "\nTelefon: ", PH(k), "\n")
    items = [
        lambda: L("E-mail: ", EM(k), "\n"),
        lambda: L(f"Kommune: {K[0]}\nSagsbehandler: ", N(cw, "full"), "\n"),
        lambda: L("Bisidder: ", N(bis, "full"), ", ", PH(bis), ", ", EM(bis), "\n"),
        lambda: L("Forældremyndighed: ", N(m, "full"), " og ", N(f_, "full"), "\n"),
        lambda: L("Hvad klager du over: Jeg blev flyttet til et nyt opholdssted uden at nogen spurgte mig først, og jeg må ikke ringe til ",
                  N(m, "first"), " om aftenen.\n"),
        lambda: L("Hvad ønsker du: At ", N(cw, "first"), " kommer ud og taler med mig alene, og at jeg kan se min lillebror ",
                  N(Person("child", "M", last=k.last), "first"), " hver uge.\n"),
        lambda: L("Må vi kontakte dine forældre: Ja, mor på ", PH(m), ".\n"),
    ]
    foot = L("\nModtaget af Børnekontoret ", dstr(rdate(), 0), f", j.nr. 25/{R.randint(1000, 9999)}.")
    return fill(head, seq(items, lambda: L("Andre voksne: ", netline("\n"))), foot, band)


# ---- 6. moving day and storage
MOVERS = ["City Flyt ApS", "Nordjysk Flytteservice", "Flyttehjælpen Fyn", "Østjysk Flyt & Depot", "Budstikken Transport"]
STORAGE = ["Shurgard", "Pelican Self Storage", "Nordic Depot", "City Self-Storage"]


def p_move_check(band):
    m, f_, kids = fam(R.randint(1, 3))
    helpers = [Person("adult", "M"), Person("adult"), Person("teen")]
    new = Addr()
    head = L("Tjekliste flyttedag – ", N(m, ch(["full", "first"])), " og ", N(kids[0], "first"), " (født ", DOB(kids[0], ch([0, 1, 3, 6])), ")\nFra: ", AD(m, 0), "\nTil: ",
             ("address", new.fmt(0)), "\n\n")
    things = ["sofa", "køleskab", "vaskemaskine", "børnenes senge", "kasser fra køkkenet", "cykler", "lampe og tæpper",
              "skrivebord", "plantekasser fra altanen", "tv og router", "fryser", "barnevogn"]
    R.shuffle(things)
    st = {"i": 0}

    def it():
        if st["i"] >= len(things):
            p = Person("adult")
            return pk([
                lambda: L("[ ] Trailer lånes af ", N(p, ch(["full", "first"])), ", ", PH(p), "\n"),
                lambda: L("[ ] Ring til ", N(p, ch(["full", "title"])), " om parkeringstilladelse, ", PH(p, 1), "\n"),
                lambda: L("[ ] Børnene passes af ", N(p, "full"), " på ", AD(p, ch([0, 4])), "\n"),
                lambda: L("[ ] Ekstra bæremand: ", N(p, "first"), " (", PH(p, 0), ")\n"),
            ])()
        t = things[st["i"]]
        st["i"] += 1
        a, b = R.sample(helpers + [m], 2)
        box = ch(["[ ]", "[x]"])
        return pk([
            lambda: L(f"{box} {t.capitalize()}: ", N(a, "first"), " og ", N(b, "first"), "\n"),
            lambda: L(f"{box} {t.capitalize()} – bæres af ", N(a, ch(["first", "full"])), ", ring ", PH(a, ch([0, 1])), " hvis forsinket\n"),
            lambda: L(f"{box} {t.capitalize()} til depotrummet\n"),
        ])()
    foot = L("\nNøgler afleveres til vicevært ", N(Person("adult"), ch(["full", "title"])), ", ", PH(None), ".")
    return fill(head, it, foot, band)


def p_move_contacts(band):
    m, f_, kids = fam(R.randint(1, 2))
    mover = Person("adult", "M")
    land = Person("adult")
    vv = Person("adult", "M")
    new = Addr()
    dep = Addr()
    items = [
        lambda: L("Fraflytningsadresse: ", AD(m, ch([0, 1])), "\n"),
        lambda: L("Indflytningsadresse: ", ("address", new.fmt(ch([0, 1]))), "\n"),
        lambda: L(f"Flyttefirma: {ch(MOVERS)}, kontakt ", N(mover, "full"), ", ", PH(mover), "\n"),
        lambda: L("Udlejer: ", N(land, ch(["full", "formal"])), ", ", EM(land), ", ", PH(land), "\n"),
        lambda: L(f"Depotrum: {ch(STORAGE)}, rum {R.randint(100, 450)}, ", ("address", dep.fmt(0)), "\n"),
        lambda: L("Vicevært ny bolig: ", N(vv, "full"), ", ", PH(vv, 1), "\n"),
        lambda: L("Flytteanmeldelse (borger.dk) for ", N(kids[0], "full"), ", CPR ", CPR(kids[0]), "\n"),
        lambda: L("Far informeret: ", N(f_, "full"), ", ", AD(f_, 0), "\n"),
    ]
    head = L("FLYTNING – adresser og kontakter\nFamilie: ", N(m, "full"), " (f. ", DOB(m, ch([0, 2])), f") med {len(kids)} børn\n\n")
    foot = L(f"\nFlyttedato: {dstr(rdate(2025, 2026), 0)} {tmd()}")
    return fill(head, seq(items, lambda: L("Hjælper: ", netline("\n"))), foot, band)


def p_move_log(band):
    m, f_, kids = fam(R.randint(1, 2))
    mover = Person("adult", "M")
    sp = Person("adult")
    k = kids[0]
    new = Addr()
    head = L("Log fra flyttedagen – skrevet af familiebehandler ", N(sp, ch(["full", "first"])), "\nBarn: ", F(k), ", f. ", DOB(k), "\n\n")
    h = {"h": 7}

    def line():
        h["h"] += R.randint(0, 1)
        if h["h"] > 21:
            return None
        t = f"{h['h']:02d}.{ch(['00', '10', '25', '40', '55'])}"
        return pk([
            lambda: L(f"{t} Flyttebilen holder ud for ", AD(m, ch([2, 0])), ". ", N(mover, "first"), " fra ", ch(MOVERS), " starter med køkkenet.\n"),
            lambda: L(f"{t} ", N(k, "first"), " pakker sin egen kasse og vil selv bære den til ", ("address", new.fmt(ch([2, 4]))), ".\n"),
            lambda: L(f"{t} Mor (", N(m, "first"), ") ringer til udlejer på ", PH(None), " om nøglerne.\n"),
            lambda: L(f"{t} Far (", N(f_, "full"), ") kommer forbi med trailer. Hans nr. ", PH(f_), ".\n"),
            lambda: L(f"{t} Kasserne til depotet køres til ", AD(None, 0), ".\n"),
            lambda: L(f"{t} Pause. ", N(k, "first"), " og ", N(sp, "first"), " spiser boller på trappen.\n"),
        ])()
    foot = L("\nNæste besøg i den nye bolig aftalt. Mors nye mail: ", EM(m), ".")
    return fill(head, line, foot, band)


def p_move_sms(band):
    m, f_, kids = fam(1)
    mover = Person("adult", "M")
    land = Person("adult")
    head = L("Sms'er videresendt af mor (", N(m, "full"), ") til rådgiveren\nSagen vedrører ", F(kids[0]), ", CPR ", CPR(kids[0]), "\n\n")

    def msg():
        return pk([
            lambda: L(f"Fra ", PH(mover, ch([5, 6, 0])), f" (kl. {tm()}): Hej det er ", N(mover, "first"), " fra flyttefirmaet. Vi er ved ",
                      AD(m, ch([2, 3])), " om 20 min\n"),
            lambda: L(f"Fra ", N(land, ch(["full", "first"])), f" {tm()}: Nøgleoverdragelse på ", ("address", Addr().fmt(0)),
                      " kl 16. Husk synsrapport\n"),
            lambda: L(f"Fra ", N(land, "first"), f" {tm()}: Depositum tilbagebetales når vi har set lejligheden. Skriv til ", EM(land), "\n"),
            lambda: L(f"Fra ", N(f_, "first"), f" {tm()}: Jeg tager ", N(kids[0], "first"), " i nat. Hun har skole i morgen\n"),
            lambda: L(f"Fra ", PH(None, 0), f" (kl. {tm()}): Det er viceværten, ", N(Person("adult", "M"), "full"), ". Containeren står bag blok 4\n"),
        ])()
    foot = L("\nMvh ", N(m, "first"), " ", PH(m))
    return fill(head, msg, foot, band)


PLANTED = [
    ("stepfamily", [("weekplan-table", p_step_week), ("contact-list-kv", p_step_contacts),
                    ("agreement-letter", p_step_agreement), ("pasted-sms", p_step_sms)]),
    ("abroad", [("leave-plan-log", p_abroad_leave), ("parent-notes-prose", p_abroad_notes),
                ("contact-sheet-kv", p_abroad_sheet), ("email-headers", p_abroad_mail)]),
    ("homecare", [("care-rota-table", p_care_rota), ("nurse-notes-log", p_care_notes),
                  ("aids-suppliers-list", p_care_aids), ("decision-letter", p_care_letter)]),
    ("faith-assoc", [("volunteer-notes-prose", p_org_notes), ("families-helped-list", p_org_list),
                     ("thank-you-letter", p_org_thanks), ("pasted-chat", p_org_chat)]),
    ("complaints", [("child-complaint", p_compl_child), ("authority-answer-letter", p_compl_answer),
                    ("timeline-table", p_compl_timeline), ("complaint-form-kv", p_compl_form)]),
    ("moving", [("checklist", p_move_check), ("addresses-contacts-kv", p_move_contacts),
                ("moving-day-log", p_move_log), ("pasted-sms", p_move_sms)]),
]


# ================================================================ CLEAN GENRES (roles only, many look-alikes)
LAWS = ["barnets lov § 32", "§ 46 i barnets lov", "servicelovens § 42", "§ 41 i serviceloven", "barnets lov § 20, stk. 3",
        "barnets lov § 137, stk. 2", "forældreansvarslovens § 17", "barnets lov § 91", "forvaltningslovens § 19",
        "barnets lov § 5, stk. 3", "barnets lov § 6", "barnets lov § 3", "§ 136 i barnets lov", "barnets lov § 18"]
ICD = ["DG80.0", "J96.1", "G12.1", "E84.0", "Q90.9", "F84.0", "G40.3", "Q21.1", "DF90.0"]
MEDS = ["Movicol", "Panodil", "Ventoline", "Pulmicort", "Melatonin", "Keppra", "Baclofen", "Creon", "Concerta", "Ibumetin"]
BODIES = ["Ankestyrelsen", "Folketingets Ombudsmand", "Børnekontoret", "Familieretshuset", "Udbetaling Danmark",
          "Veteranstyrelsen", "Hjælpemiddelcentralen", "Region Midtjylland", "Skattestyrelsen", "Socialstyrelsen"]
PLACES = ["ved Banegårdspladsen", "nede på Vestergade", "på parkeringspladsen ved Skolevej", "på hjørnet af Algade",
          "ved Rådhuspladsen", "bag Jernbanegade", "ude ved Ringvejen", "i Gellerup", "ved havnen i Esbjerg",
          "på Strøget", "i Nuuk", "i Tórshavn", "i Aberdeen", "i Estland", "ved busstoppestedet på Nørregade"]


def amount():
    return ch([f"{R.randint(1, 40)}.{R.randint(0, 999):03d} kr.", f"{R.randint(100, 999)} kr.", f"{R.randint(1, 9)}.500 kr. om måneden"])


def cdate():
    d = randdate(2025, 2026)
    return dstr(d, ch([0, 1, 2]))


def cvr():
    return ch([f"CVR-nr. {R.randint(10000000, 99999999)}", f"EAN {5798000000000 + R.randint(0, 999999)}"])


def cap1(x):
    return x[0].upper() + x[1:]


def kid():
    return ch([f"Barn A ({R.randint(3, 16)} år)", f"Barn B ({R.randint(2, 15)} år)", "storebror", "lillesøster",
               f"den ældste ({R.randint(12, 17)} år)", "barnet", "den unge"])


def _generic():
    K = kommune()
    return pk([
        lambda: f"Sagen behandles efter {ch(LAWS)}, og afgørelsen er truffet {cdate()}.",
        lambda: "Akut hjælp: ring 112. Ikke-akut til politiet: 114. Lægevagten i Region Hovedstaden: 1813.",
        lambda: "Børnetelefonen 116 111 er gratis og anonym.",
        lambda: f"{K[0]} har hovednummer {K[2]} på hverdage kl. 10-14.",
        lambda: f"Sagsnr. {casenr()}, mødet holdes i lokale {R.randint(1, 3)}.{R.randint(10, 40)}.",
    ])()


LOOK = {
    "stepfamily": [
        lambda: f"Familieretshuset har sagen om bopæl; kommunen har kun sagen efter {ch(LAWS)}.",
        lambda: f"Skiftet sker {ch(PLACES)} kl. 17.00, så ingen skal køre mere end 30 km.",
        lambda: f"Børnebidraget er {amount()} og udbetales via Udbetaling Danmark.",
        lambda: "Ved weekendskift i maj følger man kalenderen fra sidste år.",
        lambda: "Der var sol, da vi holdt mødet i haven hos farmor, og stemningen var god.",
        lambda: "Glad var det ord, barnet selv brugte om den nye ordning.",
        lambda: "Stedfar har egne børn på 6 og 9 år hver anden weekend.",
        lambda: f"Næste netværksmøde er {cdate()} kl. 9.00 i mødelokale {R.randint(1, 4)}.{R.randint(10, 30)}.",
    ],
    "abroad": [
        lambda: "Veteranstyrelsen tilbyder familiearrangementer før og efter udsendelsen.",
        lambda: "Rotationen er 14 dage ude og 21 dage hjemme; flyet går fra Billund eller Aalborg.",
        lambda: "Under stormen i november var helikopterne til platformen aflyst i fire døgn.",
        lambda: f"Skolen {ch(PLACES)} har fået besked og bruger Aula til beskeder.",
        lambda: f"Tidsforskellen er {R.randint(1, 4)} timer, så videoopkald ligger kl. 19 dansk tid.",
        lambda: f"{cap1(kid())} har tegnet en kalender med {R.randint(90, 180)} dage, som krydses af.",
        lambda: "Ved akut behov bruges Forsvarets døgnvagt fra velkomstmappen; ellers 112.",
        lambda: f"Udetillægget er {amount()} og indgår ikke i kommunens beregning.",
    ],
    "homecare": [
        lambda: "Respiratoren (ResMed Astral 150) har batteri til 8 timer.",
        lambda: f"Ordineret {ch(MEDS)} {R.randint(1, 20)} mg morgen og aften; ICD-10: {ch(ICD)}.",
        lambda: f"Ved indlæggelse: børneafdeling A{R.randint(1, 4)}, stue {R.randint(1, 30)}, Aarhus Universitetshospital.",
        lambda: f"Hjælpemiddelcentralen leverer nye filtre hver 3. måned ({cvr()}).",
        lambda: f"Merudgifter efter servicelovens § 41 er bevilget med {amount()}.",
        lambda: "Natten var rolig, og solen gennem vinduet vækkede barnet kl. 6.30.",
        lambda: f"Plejebehovet er vurderet til {R.randint(12, 24)} timer i døgnet.",
        lambda: "Glad og træt efter dagen, skriver mor i kontaktbogen.",
    ],
    "faith-assoc": [
        lambda: "Kirkens Korshær holder varmestuen åben fra kl. 10 til 16 på hverdage.",
        lambda: f"Lektiecaféen holder til i lokale {R.randint(1, 9)} {ch(PLACES)}.",
        lambda: f"Vi har fået {R.randint(10, 80)} julekurve fra Netto og gavekort á {amount()}",
        lambda: "Julehjælpen er finansieret af fonde og indsamling; regnskabet sendes til menighedsrådet.",
        lambda: "Sankthansaften holder foreningen bål for familierne i skoven.",
        lambda: "Frivillige har tavshedspligt og skriver under på en erklæring før første vagt.",
        lambda: f"Ved bekymring for et barn kontakter den frivillige kommunen på hovednummeret {kommune()[2]}.",
        lambda: "Fredagsbønnen slutter kl. 13.30, og så åbner tøjbyttet i kælderen.",
    ],
    "complaints": [
        lambda: "Børnekontoret kan ikke ændre afgørelser, men kan tage en sag op af egen drift.",
        lambda: f"Fristen for at klage er fire uger fra afgørelsen, jf. {ch(LAWS)}.",
        lambda: "Ankestyrelsen kan kontaktes på 33 41 12 00.",
        lambda: "Folketingets Ombudsmand har telefon 33 13 25 12.",
        lambda: f"{cap1(kid())} har ret til en bisidder efter barnets lov § 6.",
        lambda: f"Sagen har j.nr. 25/{R.randint(1000, 9999)} hos Ombudsmanden.",
        lambda: f"Samtalen med barnet blev holdt i lokale 2.{R.randint(10, 30)} den {cdate()}.",
        lambda: "Glad blev barnet ikke af svaret, men det var tydeligt.",
    ],
    "moving": [
        lambda: "Flyttebilen må holde ved Banegårdspladsen fra kl. 8 til 12.",
        lambda: f"Depotrummet hos {ch(STORAGE)} koster {amount()}",
        lambda: "Regnvejr og storm gjorde, at sofaen måtte vente til dagen efter.",
        lambda: "Husk flytteanmeldelse på borger.dk senest 5 dage efter flytningen.",
        lambda: f"Boligselskabet kræver synsrapport ved fraflytning og depositum på {amount()}",
        lambda: f"Fakturaen fra {ch(MOVERS)} ({cvr()}) betales efter {ch(LAWS)}.",
        lambda: "Have og skur skal tømmes; haveaffald køres til genbrugspladsen.",
        lambda: f"Glad for det nye værelse, siger den yngste ({R.randint(4, 9)} år).",
    ],
}


def look(g=None):
    """a loose sentence full of look-alikes, fitted to the genre"""
    if g is None or R.random() < 0.2:
        return _generic()
    t = pk(LOOK[g])()
    return t if t.endswith(".") else t + "."


def c_step(band, sub):
    if sub == 0:
        head = [f"Ugeplan uge {R.randint(2, 50)} – {kid()} og {kid()}\nAftalt på netværksmøde. Skiftedag er fredag.\n\n",
                "| Dag | Hvor | Hvem henter | Bemærkning |\n|---|---|---|---|\n"]
        days = ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"] * 3
        st = {"i": 0}

        def e():
            if st["i"] >= len(days):
                return None
            d = days[st["i"]]
            st["i"] += 1
            return [f"| {d} | hos {ch(['mor', 'far'])} | {ch(['stedfar', 'bonusmor', 'farmor', 'mor', 'far'])} {tmd()} | "
                    f"{ch(['svømning i hallen', 'fodbold', 'lektiecafé', 'ingen', 'Aula-besked sendt', 'tandlæge', 'klasse 3.A på tur'])} |\n"]
        foot = [f"\nSpørgsmål: rådgiveren via hovednummeret, {kommune()[2]}."]
    elif sub == 1:
        head = [f"Aftale om deleordning mellem to husstande ({ch(LAWS)})\n\n"]
        items = [lambda: f"Barnet bor hos mor i lige uger og hos far i ulige uger.\n",
                 lambda: f"Bonusmor og stedfar må hente, når bopælsforælderen har givet besked på Aula.\n",
                 lambda: f"Sommerferien deles, så {kid()} har tre uger i træk hos hver.\n",
                 lambda: f"Ved uenighed kan forældrene kontakte Familieretshuset.\n",
                 lambda: f"Halvsøster ({R.randint(15, 19)} år) bestemmer selv sine weekender.\n",
                 lambda: look("stepfamily") + "\n",
                 lambda: f"Lommepenge: {amount()} betales af den forælder, barnet er hos.\n",
                 lambda: f"Aftalen evalueres {cdate()}.\n"]
        R.shuffle(items)
        cnt = {"i": 0}

        def e():
            cnt["i"] += 1
            if cnt["i"] > len(items):
                return [f"{cnt['i']}. " + look("stepfamily") + "\n"]
            return [f"{cnt['i']}. " + items[cnt["i"] - 1]()]
        foot = ["\nUnderskrevet af begge forældre. Set af rådgiveren."]
    else:
        head = [f"KONTAKTLISTE – voksne omkring {kid()}\nSagsnr. {casenr()}\n\n"]
        roles = ["Mor – bopælsforælder, fælles forældremyndighed", "Far – samvær hver anden weekend", "Stedfar – bor hos mor",
                 "Bonusmor – bor hos far", "Farmor – henter om onsdagen", "Morfar – bor i Vejle", "Mors nye partner – fra efteråret",
                 "Halvbror (19 år) – bor hos sin far", "Klasselærer – 4.B", "Sundhedsplejerske – kommunal"]
        R.shuffle(roles)
        st = {"i": 0}

        def e():
            if st["i"] >= len(roles):
                return ch([lambda: [look("stepfamily") + "\n"]])()
            st["i"] += 1
            return [roles[st["i"] - 1] + ch([" – kontakt via Aula\n", " – telefon i journalen\n", "\n", " – se sikker post\n"])]
        foot = ["\nNødnumre: 112 og politiet 114."]
    return fill(head, e, foot, band)


def c_abroad(band, sub):
    mis = ch(MISSIONS)
    if sub == 0:
        head = [f"Orlovsplan – far er {mis}\nKontakt i Danmark: mor (bopælsforælder)\n\n"]
        w = {"w": R.randint(1, 30)}

        def e():
            w["w"] += R.randint(1, 3)
            return [pk([f"Uge {w['w']}: hjemme. Far henter {kid()} fredag kl. 15.30.\n",
                        f"Uge {w['w']}: ude. Videoopkald søndag kl. 19 dansk tid.\n",
                        f"Uge {w['w']}: hjemrejse. Lander i Billund {ch(DAYS)} aften.\n",
                        f"Uge {w['w']}: ude. {look('abroad')}\n"])]
        foot = ["\nFamiliekontakt: Veteranstyrelsen, se forsvaret.dk."]
    elif sub == 1:
        head = [f"Mors noter til netværksmødet – far er {mis}\n\n"]

        def e():
            return [pk([f"{cdate()}: {kid()} græd ved aftensmaden og spurgte, hvornår far kommer hjem.\n\n",
                        f"{cdate()}: Møde med klasselæreren i {R.randint(1, 9)}.{ch(['A', 'B', 'C'])}. Hun skriver på Aula, hvis noget går skævt.\n\n",
                        f"{cdate()}: Pakke sendt til feltposten. Tegningen af huset kom med.\n\n",
                        f"{cdate()}: Sover dårligt igen. Egen læge foreslår {ch(MEDS)} i en kort periode.\n\n",
                        f"{cdate()}: {look('abroad')}\n\n"])]
        foot = ["Kan fanges på telefon om formiddagen."]
    else:
        head = [f"Fra: far (udsendt)\nTil: rådgiver, Børn og Unge\nDato: {cdate()} {tm()}\nEmne: Samvær mens jeg er ude\n\nHej\n\n"]
        items = [lambda: f"Jeg er {mis} indtil midt i {ch(MDA[1:])}. Post tager tre uger.\n\n",
                 lambda: f"Jeg vil gerne have, at {kid()} kan ringe til mig søndag aften.\n\n",
                 lambda: f"Min bror kan tage barnet en weekend om måneden, hvis I godkender det efter {ch(LAWS)}.\n\n",
                 lambda: look("abroad") + "\n\n",
                 lambda: f"Vi har talt om det på mødet {cdate()}, hvor også mor deltog.\n\n"]
        foot = ["Mvh\nFar"]
        return fill(head, seq(items, lambda: [look("abroad") + "\n\n"]), foot, band)
    return fill(head, e, foot, band)


def c_care(band, sub):
    diag = ch(DIAG)
    if sub == 0:
        head = [f"Vagtplan, hjemmerespiratorteamet – {kid()}, {diag}\n\n| Dag | Tid | Vagt | Bemærkning |\n|---|---|---|---|\n"]
        st = {"i": 0}

        def e():
            i = st["i"]
            st["i"] += 1
            if i >= 21:
                return None
            return [f"| {DAYS[(i // 2) % 7].capitalize()} | {ch(['07-15', '15-23', '23-07'])} | {ch(['sygeplejerske 1', 'sygeplejerske 2', 'nattevagt', 'vikar fra bureau'])} | "
                    f"{ch(['sug før søvn', 'skift filter', f'{ch(MEDS)} kl. 20', 'ingen', 'stue 12 ved indlæggelse'])} |\n"]
        foot = ["\nVed alarm uden svar: ring 112."]
    elif sub == 1:
        head = [f"Sygeplejenotater – {kid()}, {diag}\n\n"]

        def e():
            return [f"{tm()} " + pk(["Skiftet trakealkanyle, saturation 96 %. Mor sov efter nattevagt.",
                                     f"Givet {ch(MEDS)} {R.randint(1, 10)} ml. Barnet roligt.",
                                     f"Sugning x {R.randint(2, 5)}, sekret klart.",
                                     "Far ringede fra arbejde og spurgte til natten.",
                                     f"Talt med overlægen på afsnit {R.randint(1, 9)} om ny indstilling.",
                                     "Vagtskifte, mundtlig overlevering.", look("homecare")]) + ch([" /nat", " /dag", " /aften", ""]) + "\n"]
        foot = [f"\nKode: {ch(ICD)}. Notater sendes ugentligt via sikker post."]
    elif sub == 2:
        head = [f"Hjælpemidler og leverandører – {kid()}\n\n"]
        items = AIDS[:]
        R.shuffle(items)
        st = {"i": 0}

        def e():
            if st["i"] >= len(items):
                return ["- " + look("homecare") + "\n"]
            a, b = items[st["i"]]
            st["i"] += 1
            return [f"- {a} ({b}): {ch(['leveret af regionen', 'via hjælpemiddelcentralen', f'leverandør {cvr()}', f'service hver {R.randint(3, 12)}. måned'])}, pris {amount()}\n"]
        foot = [f"\nTabt arbejdsfortjeneste bevilget efter servicelovens § 42 fra {cdate()}."]
    else:
        K = kommune()
        head = [f"{K[0]}, {cdate()}\nSagsnr. {casenr()}\n\nAfgørelse om tabt arbejdsfortjeneste\n\nKære mor\n\n"]
        items = [lambda: f"Vi har behandlet din ansøgning efter servicelovens § 42. Barnet har {diag} og har brug for pleje hele døgnet.\n\n",
                 lambda: f"Du får dækket {R.randint(15, 37)} timer om ugen, dog højst {amount()} før skat.\n\n",
                 lambda: "Hjemmesygeplejersken har beskrevet plejebehovet, og vi har talt med overlægen.\n\n",
                 lambda: "Du kan klage inden fire uger. Vi genvurderer sagen, før den går videre til Ankestyrelsen.\n\n",
                 lambda: look("homecare") + "\n\n"]
        foot = ["Med venlig hilsen\nRådgiveren, Handicap og Børn"]
        return fill(head, seq(items, lambda: [look("homecare") + "\n\n"]), foot, band)
    return fill(head, e, foot, band)


def c_org(band, sub):
    org = ch(ORGS)
    if sub == 0:
        head = [f"Frivilligvagt {ch(DAYS)} – {org}\n\n"]

        def e():
            return [pk([f"En mor kom med {R.randint(1, 4)} børn og fik en julekurv. Hun bor nu {ch(PLACES)}.\n\n",
                        f"En far spurgte efter tøj til {kid()}. Vi henviste til tøjbyttet i kælderen.\n\n",
                        f"Imamen spurgte, om vi kan køre madkasser ud på lørdag.\n\n",
                        f"Vi delte {R.randint(10, 60)} gavekort ud á {amount()}.\n\n",
                        look("faith-assoc") + "\n\n"])]
        foot = ["Næste vagt: to frivillige fra menigheden."]
    elif sub == 1:
        head = [f"Julehjælp 2025 – familier der har fået hjælp ({org})\n\n"]
        c = {"i": 0}

        def e():
            c["i"] += 1
            nk = R.randint(1, 4)
            ages = ", ".join(str(R.randint(1, 17)) for _ in range(nk))
            return [f"{c['i']}. Familie {c['i']}: {ch(['mor', 'far', 'mor og far'])} og {nk} {'barn' if nk == 1 else 'børn'} "
                    f"({ages} år), {ch(['bydel Vest', 'bydel Syd', 'midtbyen', 'landsbyen'])}, "
                    f"{ch(['madkasse', 'gavekort', 'tøj', 'legetøj fra Lego-indsamlingen'])}\n"]
        foot = [f"\nI alt uddelt for {R.randint(5, 60)}.{R.randint(0, 9)}00 kr."]
    else:
        head = [f"Til de frivillige i {org}\n\n{cdate()}\n\nKære alle\n\n"]
        items = [lambda: "Tusind tak for hjælpen i december. Uden jer havde vores yngste ikke fået vinterstøvler.\n\n",
                 lambda: "Tak også til chaufføren, som kørte vores ting til den nye bolig, da vi skulle flytte.\n\n",
                 lambda: "Vi er glade for det nye hjem, og børnene har fået venner i opgangen.\n\n",
                 lambda: look("faith-assoc") + "\n\n",
                 lambda: "Hvis I mangler en frivillig i foråret, kan I spørge os gennem kirkekontoret.\n\n"]
        foot = ["Kærlig hilsen\nMor og børnene"]
        return fill(head, seq(items, lambda: [look("faith-assoc") + "\n\n"]), foot, band)
    return fill(head, e, foot, band)


def c_compl(band, sub):
    K = kommune()
    if sub == 0:
        head = [f"Til Børnekontoret\n\nJeg er {R.randint(10, 17)} år og bor i en plejefamilie.\n"]
        items = [lambda: "Min sagsbehandler har ikke svaret på mine beskeder i to måneder.\n",
                 lambda: "Jeg vil gerne se min mor mere end en gang om måneden.\n",
                 lambda: "Jeg synes ikke de lytter til mig på møderne. De snakker kun med de voksne.\n",
                 lambda: "Min kontaktlærer vil gerne være min bisidder.\n",
                 lambda: f"Jeg har læst at man kan klage efter {ch(LAWS)}.\n",
                 lambda: look("complaints") + "\n"]
        foot = ["Hilsen en pige fra 8.B"]
        return fill(head, seq(items, lambda: [look("complaints") + "\n\n"]), foot, band)
    if sub == 1:
        head = [f"Sagsnr. {casenr()}\n{cdate()}\n\nSvar på din klage til Børnekontoret\n\nKære barn\n\n"]
        items = [lambda: "Ombudsmandens Børnekontor har sendt os din klage. Du skriver, at du ikke bliver hørt.\n\n",
                 lambda: "Vi er kede af, at du har oplevet det sådan. Du får en ny rådgiver fra næste måned.\n\n",
                 lambda: "Fra du er 10 år, har du efter barnets lov § 3 ret til at klage i bestemte sager. Du kan også have en bisidder efter § 6.\n\n",
                 lambda: f"Du kan ringe til {K[0]} på {K[2]} eller til Børnetelefonen 116 111.\n\n",
                 lambda: look("complaints") + "\n\n"]
        foot = [f"Venlig hilsen\nAfdelingslederen, {K[0]}"]
        return fill(head, seq(items, lambda: [look("complaints") + "\n\n"]), foot, band)
    head = ["Tidslinje i klagesagen – Barn A (14 år)\n\n| Dato | Hændelse |\n|---|---|\n"]
    d = {"d": randdate(2025, 2025)}

    def e():
        d["d"] += dt.timedelta(days=R.randint(3, 30))
        ds = f"{d['d'].day:02d}.{d['d'].month:02d}.{d['d'].year}"
        return [f"| {ds} | " + ch(["Barnet ringer til Børnetelefonen.", "Rådgiveren holder møde med mor uden barnet.",
                                    "Klage sendt til Børnekontoret.", "Bisidder deltager for første gang.",
                                    f"Ombudsmanden beder om udtalelse inden {R.randint(2, 4)} uger.",
                                    f"Afgørelse efter {ch(LAWS)}.", "Mor flytter til ny bolig i samme by."]) + " |\n"]
    foot = ["\nUdarbejdet til brug for kommunens udtalelse."]
    return fill(head, e, foot, band)


def c_move(band, sub):
    if sub == 0:
        head = ["Tjekliste flyttedag – mor og børnene\n\n"]
        things = ["sofa", "køleskab", "vaskemaskine", "børnenes senge", "kasser fra køkkenet", "cykler", "skrivebord",
                  "tv og router", "fryser", "barnevogn", "plantekasser", "lamper"]
        R.shuffle(things)
        st = {"i": 0}

        def e():
            if st["i"] >= len(things):
                return [look("moving") + "\n"]
            t = things[st["i"]]
            st["i"] += 1
            return [f"{ch(['[ ]', '[x]'])} {t.capitalize()}: {ch(['morbror og stedfar', 'flyttefolkene', 'den ældste (16 år)', 'naboen', 'til depotrum ' + str(R.randint(100, 450))])}\n"]
        foot = ["\nNøgler afleveres til viceværten kl. 16.00."]
    elif sub == 1:
        head = ["Log fra flyttedagen – familiebehandleren\n\n"]
        h = {"h": 7}

        def e():
            h["h"] += R.randint(0, 1)
            if h["h"] > 21:
                return None
            t = f"{h['h']:02d}.{ch(['00', '10', '25', '40', '55'])}"
            return [t + " " + ch([f"Flyttebilen holder {ch(PLACES)}.", f"{kid()} pakker sin egen kasse.",
                                  "Mor ringer til udlejer om nøglerne.", f"Kasserne køres til {ch(STORAGE)}, rum {R.randint(100, 450)}.",
                                  "Pause. Boller på trappen.", look("moving")]) + "\n"]
        foot = ["\nNæste besøg i den nye bolig er aftalt."]
    else:
        head = ["FLYTNING – praktisk\n\n"]
        items = [lambda: f"Flyttefirma: {ch(MOVERS)} ({cvr()})\n", lambda: f"Depotrum: {ch(STORAGE)}, rum {R.randint(100, 450)}, {amount()}\n",
                 lambda: "Flytteanmeldelse: borger.dk senest 5 dage efter flytning\n", lambda: f"Ny bolig: {ch(PLACES)}, 3 værelser\n",
                 lambda: f"Depositum: {amount()}\n", lambda: f"Flyttedato: {cdate()} {tmd()}\n", lambda: look("moving") + "\n",
                 lambda: "Far informeret via Familieretshuset\n"]
        foot = ["\nHusk at flytte Rejsekort og MobilePay-adresse."]
        return fill(head, seq(items, lambda: [look("moving") + "\n\n"]), foot, band)
    return fill(head, e, foot, band)


CLEAN = [("stepfamily", ["weekplan-table", "agreement-list", "role-contact-list"], c_step),
         ("abroad", ["leave-plan-log", "parent-notes-prose", "email-headers"], c_abroad),
         ("homecare", ["care-rota-table", "nurse-notes-log", "aids-list", "decision-letter"], c_care),
         ("faith-assoc", ["volunteer-notes-prose", "families-helped-list", "thank-you-letter"], c_org),
         ("complaints", ["child-complaint", "authority-answer-letter", "timeline-table"], c_compl),
         ("moving", ["checklist", "moving-day-log", "practical-kv"], c_move)]

INST = {
    "school": ["Kildemose Efterskole", "Bøgely Privatskole", "Lyngbjerg Friskole", "Den Frie Lilleskole i Egeskoven",
               "Hedelund Efterskole", "Privatskolen ved Åen", "Efterskolen Klitten", "Idrætsefterskolen Bakkely",
               "Friskolen i Ådalen", "Musikefterskolen Tonely"],
    "daycare": ["Skovbørnehaven Troldehøjen", "Børnehuset Mælkebøtten", "Naturbørnehaven Rævegraven", "Vuggestuen Mariehønen",
                "Dagplejen Solstrålen"],
    "home": ["Opholdsstedet Fjordly", "Opholdsstedet Engblommen", "Bosted Havbrisen", "Botilbuddet Tusindfryd",
             "Skolehjemmet Lindegården", "Børnehjemmet Kastanjegården", "Opholdsstedet Stenhøj", "Ungdomspensionen Fyrtårnet"],
    "club": ["Ungdomsklubben Vulkanen", "Fritidsklubben Krudtuglen", "Spejdergruppen Ulvene", "Sejlklubben Søstjernen"],
    "foster": ["Familieplejen Nordvest ApS", "Plejefamilieforeningen Nordlys", "Familiehuset Grøftekanten"],
}


def inst_text():
    def I(kind):
        return ("institution", pk(INST[kind]))
    return pk([
        lambda: L("Barn A (15 år) starter efter sommerferien på ", I("school"), f". Udgiften dækkes efter {ch(LAWS)}, og skolen kender til støtten."),
        lambda: L("Den unge har boet på ", I("home"), " siden marts og skal nu flytte til ", I("home"), ". Tilsynet har ingen bemærkninger."),
        lambda: L("Mor ønsker, at lillebror fortsat går i ", I("daycare"), ", selv om familien flytter til den anden ende af kommunen."),
        lambda: L("Netværksmødet holdes hos ", I("home"), f" {cdate()} kl. 14. Deltagere: forældre, kontaktperson og rådgiveren."),
        lambda: L("Plejefamilien er godkendt gennem ", I("foster"), " og får supervision derfra. Vederlaget følger de vejledende takster."),
        lambda: L("Efter skole går Barn B (10 år) i ", I("club"), ", hvor de voksne ved, at far er udsendt."),
        lambda: L("Frivillige fra moskeen hjælper med lektier, og ", I("club"), " låner lokaler ud til lektiecaféen om tirsdagen."),
        lambda: L("Storesøster (16 år) går på ", I("school"), ", mens lillebror er i ", I("daycare"), " tæt på mors nye bolig."),
        lambda: L("Flytningen betyder skoleskift fra ", I("school"), " til ", I("school"), "; begge skoler har fået besked."),
        lambda: L("Aflastning hver anden weekend på ", I("home"), ", aftalt med ", I("foster"), " som koordinerer."),
        lambda: L("Barnet med respirator passes to dage om ugen i ", I("daycare"), " med hjemmesygeplejerske til stede."),
        lambda: L("Kirkens Korshær har samarbejde med ", I("club"), " om sommerlejr for børn fra familier med lav indkomst."),
        lambda: L("Klagen til Børnekontoret handler om flytningen fra ", I("home"), " til ", I("foster"), " uden forudgående samtale."),
        lambda: L("Efter flyttedagen venter ", I("daycare"), " med en plads til den yngste fra den 1. i næste måned."),
        lambda: L("Den unge (17 år) vil gerne på ", I("school"), " og har selv været til samtale med forstanderen."),
    ])()


# ================================================================ CHECKS
def _names():
    out = []
    for o in ORIGINS:
        fem, mal, sur = ORIGINS[o]
        for x in fem + mal + sur:
            xs = list(x) if isinstance(x, tuple) else [x]
            for y in xs:
                out.append(y)
                for part in y.replace("-", " ").split():
                    if len(part) >= 3 and part[0].isupper():
                        out.append(part)
    for k in NICKNAMES:
        out.append(NICKNAMES[k])
    res = []
    for x in out:
        if x not in res:
            res.append(x)
    return res


POOL_NAMES = _names()
NAME_RES = [re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(POOL_NAMES + [n.upper() for n in POOL_NAMES], key=len, reverse=True)) + r")(?!\w)")]
PHONE_RES = [re.compile(r"(?<!\d)\d{8}(?!\d)"), re.compile(r"(?<!\d)\d{2}([ .\-])\d{2}\1\d{2}\1\d{2}(?!\d)"),
             re.compile(r"(?<!\d)\d{4} \d{4}(?!\d)"), re.compile(r"\+\d{1,3}[\d \-()]{6,}\d"), re.compile(r"(?<!\d)00\d{2} ?\d{6,}")]
CPR_RES = [re.compile(r"(?<!\d)\d{6}[- ]?\d{4}(?!\d)"), re.compile(r"(?<!\d)\d{2}[. ]\d{2}[. ]\d{2}[- ]?\d{4}(?!\d)"),
           re.compile(r"(?<!\d)\d{6} - \d{4}(?!\d)")]
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in STREETS) + r")\s+\d", re.IGNORECASE)
BORN_RE = re.compile(r"(?<!\w)(?:født|f\.|fødselsdato:?|fødselsdag)\s*(?=\d)", re.IGNORECASE)


def covered(spans, i, j):
    for s in spans:
        if s["start"] <= i and j <= s["end"]:
            return True
    return False


def wb_find(text, needle):
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def check_text(text, spans, kinds, lo_hi):
    prev = 0
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            return "offset"
        if s["text"] != s["text"].strip() or not s["text"]:
            return "ws"
        if s["kind"] not in kinds:
            return "kind"
        if s["start"] < prev:
            return "overlap"
        prev = s["end"]
    w = wc(text)
    if not (lo_hi[0] <= w <= lo_hi[1]):
        return f"band {w}"
    for s in spans:
        for i, j in wb_find(text, s["text"]):
            if not covered(spans, i, j):
                return f"unplanted copy {s['text']!r}"
    for rx in NAME_RES:
        for m in rx.finditer(text):
            if not covered(spans, m.start(), m.end()):
                return f"pool name {m.group()!r}"
    for rx in PHONE_RES + CPR_RES:
        for m in rx.finditer(text):
            if covered(spans, m.start(), m.end()):
                continue
            g = m.group().strip()
            if g in PUBLIC_NUMBERS or re.search(r"(CVR-nr\.|EAN) ?$", text[max(0, m.start() - 9):m.start()]):
                continue
            return f"number {g!r}"
    for m in re.finditer("@", text):
        if not any(s["kind"] == "email" and s["start"] <= m.start() < s["end"] for s in spans):
            return "@"
    for m in STREET_RE.finditer(text):
        if not any(s["kind"] == "address" and s["start"] <= m.start() < s["end"] for s in spans):
            return f"street {m.group()!r}"
    for m in BORN_RE.finditer(text):
        if not covered(spans, m.end(), m.end() + 1):
            return "born+digits"
    return None


# ================================================================ DRIVER
def produce(fn, kinds, band, tries=400):
    err = None
    errs = {}
    for _ in range(tries):
        _DECK.clear()
        try:
            parts = fn()
            text, spans = assemble(parts)
        except Redraw as e:
            err = str(e)
            errs[err[:12]] = errs.get(err[:12], 0) + 1
            continue
        err = check_text(text, spans, kinds, BANDS[band])
        if err is None:
            return text, spans
        errs[err[:25]] = errs.get(err[:25], 0) + 1
    raise SystemExit(f"could not draw a text for {fn} {band}: last error {err} {errs}")


def main():
    planted, meta_p = [], []
    for i in range(240):
        g, j = i % 6, i // 6
        band = ["short", "medium", "long"][(j + g) % 3]
        gname, subs = PLANTED[g]
        sname, fn = subs[j % len(subs)]
        text, spans = produce(lambda: fn(band), ["name", "phone", "email", "address", "dob", "cpr"], band)
        planted.append({"id": f"{CORPUS}-p{i + 1:03d}", "text": text, "planted": spans})
        meta_p.append((gname, sname, band))
    sensitive = []
    for d in planted:
        for s in d["planted"]:
            if s["kind"] != "name" and s["text"] not in sensitive:
                sensitive.append(s["text"])
    clean, meta_c = [], []
    for i in range(240):
        g, j = i % 6, i // 6
        band = ["short", "medium", "long"][(j + g) % 3]
        gname, subnames, fn = CLEAN[g]
        sub = j % len(subnames)
        for _ in range(200):
            text, spans = produce(lambda: fn(band, sub), [], band)
            if not any(x in text for x in sensitive):
                break
        else:
            raise SystemExit("clean collision")
        clean.append({"id": f"{CORPUS}-c{i + 1:03d}", "text": text, "planted": []})
        meta_c.append((gname, subnames[sub], band))
    inst = []
    _DECK.clear()
    for i in range(30):
        for _ in range(200):
            try:
                text, spans = assemble(inst_text())
            except Redraw:
                continue
            if check_text(text, spans, ["institution"], (12, 40)) is None and not any(x in text for x in sensitive):
                break
        else:
            raise SystemExit("inst")
        inst.append({"id": f"{CORPUS}-i{i + 1:03d}", "text": text, "planted": spans})
    # ---- global checks
    tot = {}
    for d in planted:
        for s in d["planted"]:
            tot[s["kind"]] = tot.get(s["kind"], 0) + 1
    n = sum(tot.values())
    assert 3000 <= n <= 4500, (n, tot)
    for k in ["phone", "address", "dob"]:
        assert tot.get(k, 0) >= 250, (k, tot)
    for k in ["cpr", "email"]:
        assert tot.get(k, 0) >= 120, (k, tot)
    assert tot["name"] == max(tot.values()), tot
    for f, rows in [("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)]:
        with open(os.path.join(OUT, f), "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # ---- report
    print("planted spans:", n, json.dumps(tot, ensure_ascii=False))
    print("institution spans:", sum(len(d["planted"]) for d in inst))
    for label, meta in [("planted", meta_p), ("clean", meta_c)]:
        cnt = {}
        for g, s, b in meta:
            key = f"{g}/{s}"
            cnt[key] = cnt.get(key, 0) + 1
        print(label, json.dumps(cnt))
        bc = {}
        for g, s, b in meta:
            bc[b] = bc.get(b, 0) + 1
        print(label, "bands", json.dumps(bc))


if __name__ == "__main__":
    main()
