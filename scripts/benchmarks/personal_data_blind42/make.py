# -*- coding: utf-8 -*-
"""Builds the blind42 held-out corpus: planted.jsonl, clean.jsonl, institutions.jsonl.
Python 3.11 standard library only; one fixed seed; one random.Random instance.
Run: python3 make.py   (writes next to this file)"""
import datetime
import json
import os
import re
import sys
import unicodedata

import random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import *  # noqa

SEED = 424242
R = random.Random(SEED)
CORPUS = "blind42"
OUT = os.path.dirname(os.path.abspath(__file__))
YEAR = 2025

O, M, E = "\x01", "\x02", "\x03"


def S(kind, s):
    assert s == s.strip() and s, (kind, s)
    return f"{O}{kind}{M}{s}{E}"


def parse(marked):
    out, spans, i = [], [], 0
    pos = 0
    while i < len(marked):
        ch = marked[i]
        if ch == O:
            j = marked.index(M, i)
            k = marked.index(E, j)
            kind, s = marked[i + 1:j], marked[j + 1:k]
            spans.append({"kind": kind, "text": s, "start": pos, "end": pos + len(s)})
            out.append(s)
            pos += len(s)
            i = k + 1
        else:
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), spans


def wc(marked):
    return len(parse(marked)[0].split())


def ascii_fold(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    s = s.replace("ı", "i").replace("ł", "l").replace("ß", "ss").replace("ð", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


def num_da(n):
    if n < 10:
        return NUM_WORDS[n]
    if n in TENS_SPOKEN:
        return TENS_SPOKEN[n]
    t, u = divmod(n, 10)
    unit = "en" if u == 1 else NUM_WORDS[u]
    return unit + "og" + TENS_SPOKEN[t * 10]


KOMMUNE_DOMAIN = {}
for _pc, _town, _k in TOWNS:
    KOMMUNE_DOMAIN[_k] = {"København": "kk.dk", "Høje-Taastrup": "htk.dk", "Ballerup": "balk.dk",
                          "Bornholm": "brk.dk", "Hjørring": "hjoerring.dk"}.get(_k, slug(_k) + ".dk")

USED = {"phone": [], "cpr": [], "email": []}


# ---------------------------------------------------------------- persons
class Person:
    def __init__(self, c, age, gender=None, origin=None, surname=None, home=None, pro=False, first=None):
        r = c.r
        for _ in range(50):
            self.origin = origin or r.choice(ORIGIN_KEYS)
            fem, mal, sur = ORIGINS[self.origin]
            self.g = gender or r.choice("fm")
            self.first = first or r.choice(fem if self.g == "f" else mal)
            self.last = surname or r.choice(sur)
            if self.first not in c.firsts and (surname or self.last not in c.lasts) and self.first != self.last:
                break
        c.firsts.append(self.first)
        c.lasts.append(self.last)
        y = YEAR - age - (1 if r.random() < 0.5 else 0)
        self.bd = datetime.date(y, 1, 1) + datetime.timedelta(days=r.randrange(365))
        self.age = age
        self.home = home or c.new_home()
        self.pro = pro
        self.c = c
        while True:
            serial = r.randrange(1000)
            d7 = self._digit7()
            last = serial % 10
            if (last % 2 == 1) != (self.g == "m"):
                serial = (serial + 1) % 1000
            cpr = self.bd.strftime("%d%m%y") + str(d7) + "%03d" % serial
            if cpr not in USED["cpr"]:
                USED["cpr"].append(cpr)
                self.cpr10 = cpr
                break
        while True:
            ph = str(r.choice([2, 2, 3, 4, 4, 5, 5, 6, 7, 8, 9, 9])) + "".join(str(r.randrange(10)) for _ in range(7))
            if ph not in USED["phone"] and ph not in [p.replace(" ", "") for p in PUBLIC_NUMBERS]:
                USED["phone"].append(ph)
                self.ph = ph
                break
        self.kom = c.kom

    def _digit7(self):
        y = self.bd.year
        r = self.c.r
        if y < 1937:
            return r.choice([0, 1, 2, 3])
        if y < 2000:
            return r.choice([0, 1, 2, 3, 4, 9])
        if y <= 2036:
            return r.choice([4, 5, 6, 7, 8, 9])
        raise ValueError

    @property
    def pn(self):
        return "han" if self.g == "m" else "hun"

    @property
    def pos(self):
        return "hans" if self.g == "m" else "hendes"

    @property
    def obj(self):
        return "ham" if self.g == "m" else "hende"

    # ---- names
    def fn(self):
        return S("name", self.first)

    def ln(self):
        return S("name", self.last)

    def full(self):
        return S("name", f"{self.first} {self.last}")

    def rev(self):
        return S("name", f"{self.last}, {self.first}")

    def caps(self):
        return S("name", f"{self.first} {self.last}".upper())

    def capslast(self):
        return S("name", self.last.upper())

    def low(self):
        return S("name", self.first.lower())

    def ini(self, style=None):
        f = [w[0] for w in re.split(r"[ -]", self.first) if w][:2]
        l = [w for w in re.split(r"[ ']", self.last) if w and w[0].isupper()] or [self.last]
        lw = l[-1]
        style = style or self.c.r.choice(["dot", "three", "two"])
        if style == "dot":
            return S("name", ".".join(f + [lw[0]]) + ".")
        if style == "three":
            return S("name", ("".join(f) + lw[:2]).upper())
        return S("name", ("".join(f) + lw[0]).upper())

    def gen(self, full=False):
        s = f"{self.first} {self.last}" if full else self.first
        if s[-1] in "sxzSXZ":
            return S("name", s) + "'"
        return S("name", s + "s")

    def title(self):
        t = self.c.r.choice(["fru", "Fru"] if self.g == "f" else ["hr.", "Hr."])
        return f"{t} {S('name', self.last)}"

    def nick(self):
        return S("name", NICKS.get(self.first, self.first))

    def missp(self):
        n = self.first
        r = self.c.r
        for _ in range(10):
            op = r.randrange(5)
            if op == 0 and len(n) > 3:
                i = r.randrange(1, len(n) - 1)
                m = n[:i] + n[i] + n[i:]
            elif op == 1 and len(n) > 4:
                i = r.randrange(1, len(n) - 1)
                m = n[:i] + n[i + 1:]
            elif op == 2:
                m = n.replace("k", "c", 1) if "k" in n else n.replace("c", "k", 1)
            elif op == 3:
                m = n.replace("h", "", 1) if "h" in n[1:] else n + "e"
            else:
                m = n.lower()
            if m != n and len(m) >= 2 and " " not in m:
                return S("name", m)
        return S("name", n.lower())

    def any(self):
        r = self.c.r.random()
        if r < 0.35:
            return self.full()
        if r < 0.7:
            return self.fn()
        if r < 0.8:
            return self.ln()
        if r < 0.86:
            return self.rev()
        if r < 0.92:
            return self.caps()
        return self.title() if self.age > 18 else self.fn()

    # ---- numbers
    def phone(self, style=None):
        d = self.ph
        r = self.c.r
        style = style if style is not None else r.randrange(11)
        g2 = f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}"
        forms = [d, g2, g2, f"{d[:4]} {d[4:]}", f"{d[0:2]}.{d[2:4]}.{d[4:6]}.{d[6:8]}",
                 f"{d[0:2]}-{d[2:4]}-{d[4:6]}-{d[6:8]}", "+45 " + g2, "+45" + d, "0045 " + d,
                 f"+45 {d[:4]} {d[4:]}", g2]
        return S("phone", forms[style % len(forms)])

    def phone_spoken(self):
        d = self.ph
        return S("phone", " ".join(num_da(int(d[i:i + 2])) if d[i] != "0" else "nul " + NUM_WORDS[int(d[i + 1])]
                                   for i in range(0, 8, 2)))

    def cpr(self, style=None):
        c = self.cpr10
        r = self.c.r
        style = style if style is not None else r.choice([0, 0, 0, 1, 2, 3, 4, 5])
        forms = [f"{c[:6]}-{c[6:]}", f"{c[:6]} {c[6:]}", c, f"{c[0:2]}.{c[2:4]}.{c[4:6]}-{c[6:]}",
                 f"{c[0:2]} {c[2:4]} {c[4:6]} {c[6:]}", f"{c[0:2]}{c[2:4]}{c[4:6]} - {c[6:]}"]
        return S("cpr", forms[style])

    def dob(self, style=None):
        b = self.bd
        r = self.c.r
        style = style if style is not None else r.randrange(11)
        forms = [b.strftime("%d.%m.%Y"), f"{b.day}.{b.month}.{b.year}", b.strftime("%d-%m-%Y"),
                 f"{b.day}/{b.month}-{b.year}", b.strftime("%d/%m/%y"), f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                 b.strftime("%Y-%m-%d"), f"{b.day} {MONTHS_EN[b.month - 1]} {b.year}",
                 f"{MONTHS_EN[b.month - 1]} {b.day}, {b.year}", f"{b.day}. {MONTHS[b.month - 1][:3]}. {b.year}",
                 b.strftime("%d.%m.%y")]
        return S("dob", forms[style])

    def dob_spoken(self):
        b = self.bd
        return S("dob", f"{ORDINALS[b.day - 1]} {MONTHS[b.month - 1]} {b.year}")

    def email(self, work=False, dom=None):
        r = self.c.r
        f = slug(self.first.split()[0].split("-")[0])
        l = slug(self.last.split()[-1])
        if work or self.pro or dom:
            dom = dom or KOMMUNE_DOMAIN[self.kom[2]]
            loc = r.choice([f"{f}.{l}", slug(parse(self.ini("three"))[0]), f"{f[0]}{l}", f"{f}{l[0]}"])
        else:
            dom = r.choice(PRIV_DOMAINS)
            loc = r.choice([f"{f}.{l}", f"{f}{l}{r.randrange(70, 99)}", f"{f}_{r.randrange(1, 30)}",
                            f"{l}.{f}", f"{f}.{l[:1]}{r.randrange(2005, 2019)}", f"{f}{l}"])
        e = f"{loc}@{dom}"
        n = 2
        while e in USED["email"]:
            e = f"{loc}{n}@{dom}"
            n += 1
        USED["email"].append(e)
        self._email = e
        return S("email", e)

    def email_spoken(self):
        f = slug(self.first.split()[0])
        l = slug(self.last.split()[-1])
        dom = self.c.r.choice(["gmail punktum com", "hotmail punktum dk", "live punktum dk"])
        return S("email", f"{f} punktum {l} snabel-a {dom}")

    def addr(self, style=None):
        return self.c.addr_str(self.home, style)


# ---------------------------------------------------------------- context per text
class Ctx:
    def __init__(self, r, clean=False):
        self.r = r
        self.clean = clean
        self.genre = None
        self.firsts, self.lasts = [], []
        self.kom = r.choice(TOWNS)
        self.streets_used = []
        self.decks = {}

    def one(self, key, lst):
        """pick from lst without repeating until all entries were used (per text)"""
        d = self.decks.setdefault(key, [])
        if not d:
            d.extend(range(len(lst)))
            self.r.shuffle(d)
        return lst[d.pop()]

    def new_home(self):
        r = self.r
        for _ in range(20):
            st = r.choice(STREETS)
            if st not in self.streets_used:
                break
        self.streets_used.append(st)
        no = str(r.choice([r.randrange(1, 40), r.randrange(1, 130)]))
        if r.random() < 0.2:
            no += r.choice("ABCDE")
        floor = r.choice(["", "", "", "st. tv", "1. th", "2. tv", "3. mf", "1. sal", "st. th", "4. 12", "2. th", "st.tv."])
        town = self.kom if r.random() < 0.75 else r.choice(TOWNS)
        return (st, no, floor, town)

    def addr_str(self, h, style=None):
        st, no, floor, (pc, town, _k) = h
        r = self.r
        style = style if style is not None else r.randrange(8)
        f = f", {floor}" if floor else ""
        if style == 0:
            s = f"{st} {no}{f}, {pc} {town}"
        elif style == 1:
            s = f"{st} {no}{f}\n{pc} {town}"
        elif style == 2:
            s = f"{st} {no}{f}"
        elif style == 3:
            s = f"{st.lower()} {no.lower()} {floor.replace('.', '')} {pc} {town.lower()}".replace("  ", " ")
        elif style == 4:
            s = f"{st} {no}, {pc} {town}"
        elif style == 5:
            s = f"{st} {no}{(' ' + floor) if floor else ''} {pc} {town}"
        else:
            s = f"{st} {no}{f}, {pc} {town}"
        return S("address", s)

    def foreign_addr(self):
        return S("address", self.r.choice(FOREIGN_ADDR))

    def foreign_phone(self):
        for _ in range(30):
            p = self.r.choice(FOREIGN_PHONE)
            if p not in USED["phone"]:
                USED["phone"].append(p)
                return S("phone", p)
        return S("phone", p)

    def kid(self, lo=6, hi=17, **kw):
        return Person(self, self.r.randint(lo, hi), **kw)

    def adult(self, lo=28, hi=55, **kw):
        return Person(self, self.r.randint(lo, hi), **kw)

    def pro(self, **kw):
        return Person(self, self.r.randint(27, 63), pro=True, **kw)

    # ---- non-personal look-alikes
    def date(self, style=None, month=None):
        r = self.r
        m = month or r.randint(1, 12)
        d = r.randint(1, 28)
        style = style if style is not None else r.randrange(5)
        if style == 0:
            return f"{d:02d}.{m:02d}.{YEAR}"
        if style == 1:
            return f"{d}. {MONTHS[m - 1]}"
        if style == 2:
            return f"{d}/{m}"
        if style == 3:
            return f"{d}. {MONTHS[m - 1]} {YEAR}"
        return f"{d}.{m}."

    def sdate(self, style=2):
        """increasing dates within one text (logs, diaries, threads)"""
        if not hasattr(self, "_doy"):
            self._doy = self.r.randint(1, 150)
        self._doy += self.r.randint(1, 18)
        d = datetime.date(YEAR, 1, 1) + datetime.timedelta(days=min(self._doy, 364))
        if style == 1:
            return f"{d.day}. {MONTHS[d.month - 1]}"
        if style == 0:
            return d.strftime("%d.%m.%Y")
        return f"{d.day}/{d.month}"

    def sdate_d(self):
        if not hasattr(self, "_doy"):
            self._doy = self.r.randint(1, 150)
        self._doy += self.r.randint(4, 12)
        return datetime.date(YEAR, 1, 1) + datetime.timedelta(days=min(self._doy, 364))

    def stime(self):
        """increasing clock times within one text"""
        if not hasattr(self, "_min"):
            self._min = self.r.randint(7 * 60, 16 * 60)
        self._min = min(self._min + self.r.randint(2, 45), 23 * 60 + 50)
        return f"{self._min // 60}.{self._min % 60:02d}"

    def time(self):
        r = self.r
        return f"{r.randint(7, 21)}.{r.choice(['00', '15', '30', '45', '10', '50', '05', '40'])}"

    def kr(self, lo=50, hi=2500):
        v = self.r.randint(lo, hi)
        if self.r.random() < 0.5:
            return f"{v:,}".replace(",", ".") + " kr."
        return "kr. " + f"{v:,}".replace(",", ".") + "," + self.r.choice(["00", "95", "50", "75"])

    def sagsnr(self):
        r = self.r
        return r.choice([f"{YEAR}-{r.randrange(1000, 99999):05d}",
                         f"27.24.{r.randrange(10, 40)}-G01-{r.randrange(1, 900)}-{YEAR % 100}",
                         f"J.nr. {r.randrange(100, 999)}/{YEAR % 100}",
                         f"sag {r.randrange(10000, 99999)}"])

    def kommune(self):
        return self.kom[2] + " Kommune"

    def town(self):
        t = self.r.choice(TOWNS)[1]
        parts = t.split(" ")
        if len(parts) > 1 and parts[-1] in ["C", "N", "V", "S", "SØ", "NV"]:
            t = " ".join(parts[:-1])
        return t

    def politi(self):
        return self.r.choice([b for b in PUBLIC_BODIES if b.endswith("Politi")])


COUNTRY_BY_PREFIX = [("+48", "Polen"), ("+46", "Sverige"), ("+90", "Tyrkiet"), ("+49", "Tyskland"), ("+252", "Somalia"),
                     ("+44", "England"), ("+380", "Ukraine"), ("+40", "Rumænien"), ("+299", "Grønland"),
                     ("+298", "Færøerne"), ("+387", "Bosnien"), ("+291", "Eritrea")]


def country(marked_phone):
    t = parse(marked_phone)[0]
    for p, n in COUNTRY_BY_PREFIX:
        if t.startswith(p + " "):
            return n
    return "udlandet"


def pick(r, xs):
    return r.choice(xs)


def fill(c, head, items, target, foot="", sep="\n", maxrep=3, minitems=1, shuffle=True):
    """head + items (functions of c) until target words, then foot. Items are drawn in shuffled
    (or given) order, each at most maxrep times; if they run out, genre notes from EXTRA are added."""
    body = []
    n = 0
    order = items[:]
    if shuffle:
        c.r.shuffle(order)
    uses = {}
    while (wc(head + sep.join(body) + foot) < target or len(body) < minitems) and n < 60:
        idx = n % len(order)
        fnc = order[idx]
        n += 1
        if uses.get(idx, 0) >= maxrep:
            continue
        uses[idx] = uses.get(idx, 0) + 1
        body.append(fnc(c))
    extra = EXTRA.get((c.genre, c.clean), [])[:]
    c.r.shuffle(extra)
    notes = []
    for fnc in extra:
        if wc(head + sep.join(body) + foot + " ".join(notes)) >= target:
            break
        notes.append(fnc(c))
    if not notes:
        return head + sep.join(body) + foot
    if sep == " " or foot.startswith("\n\n"):
        return head + sep.join(body) + foot + "\n\n" + "\n\n".join(notes)
    return head + sep.join(body) + "\n\n" + "\n".join(notes) + foot


EXTRA = {}


# ================================================================= GENRE 1: sport (planted)
def g1_rota(c, target):
    r = c.r
    coach = c.pro()
    kid = c.kid(9, 14)
    sport = r.choice(["U11 piger", "U12 drenge", "U13 mix", "U10 drenge", "håndbold U12 piger", "U14 drenge"])
    head = (f"Kørselsliste – {sport}, udekampe forår {YEAR}\n"
            f"Holdleder: {coach.full()} ({coach.phone()})\n\n"
            "| Dato | Kamp | Afgang | Chauffør | Tlf. | Børn med |\n|---|---|---|---|---|---|\n")

    def row(c):
        p = c.adult(30, 52)
        k = c.kid(9, 14)
        meet = r.choice(["ved hallen", "P-pladsen ved skolen", "ved Banegårdspladsen", "ved klubhuset", "ved rundkørslen"])
        drv = r.choice([p.full(), p.rev(), p.fn() + " (" + k.gen() + " far)" if p.g == "m" else p.fn() + " (" + k.gen() + " mor)"])
        return f"| {c.date(2)} | mod {c.town()} | kl. {c.time()} {meet} | {drv} | {p.phone()} | {k.fn()}, {kid.fn() if r.random() < 0.4 else c.kid(9, 14).fn()} |"
    foot = "\n\n" + r.choice([
        f"Afbud til {coach.fn()} senest torsdag på {coach.phone()} eller {coach.email(dom='if-sporten.dk')}.",
        f"NB: {kid.fn()} kører ikke med egen far – aftale med kommunen. Plejemor henter efter kampen. Spørgsmål til {coach.fn()}.",
        f"Bytter I tur, så skriv til {coach.email(dom='if-sporten.dk')}. Husk at kvittere i gruppen.",
    ])
    return fill(c, head, [row], target, foot, maxrep=12, minitems=2)


def g1_notes(c, target):
    r = c.r
    coach = c.pro()
    kid = c.kid(7, 13)
    mom = c.adult(27, 45, gender="f", surname=kid.last if r.random() < 0.6 else None)
    cw = c.pro()
    hold = r.choice(["Svømmehold Delfin 2, tirsdag kl. 17.00-17.45", "Crawl-hold 3, torsdag kl. 16.15",
                     "Fodbold U10, træning mandag og onsdag", "Gymnastik springhold, fredag kl. 15.30"])
    head = f"Trænerens noter – {hold}\nSkrevet af {coach.full()}\n\n"
    items = [
        lambda c: f"{c.sdate(2)}: {kid.fn()} mødte op uden badetøj igen. Jeg lånte et par fra glemmekassen. Har skrevet til mor ({mom.phone()}), men fået intet svar.",
        lambda c: f"{c.sdate(2)}: {kid.gen()} mor, {mom.full()}, hentede først kl. {c.time()}. Hun sagde, at bussen fra {c.town()} var forsinket.",
        lambda c: f"{c.sdate(2)}: {kid.fn()} var glad og sprang fra 3-meter vippen for første gang. {kid.pn.capitalize()} fortalte, at {c.kid(12, 16).fn()} fra opgangen havde lært {kid.obj} det i sommer.",
        lambda c: f"{c.sdate(2)}: En anden forælder, {c.adult().full()}, spurgte mig, om {kid.fn()} \"bor hos en plejefamilie nu\". Jeg svarede ikke på det.",
        lambda c: f"{c.sdate(2)}: Træt og sulten. Fik en bolle af hjælpetræner {c.pro().fn()}. {kid.fn()} sagde, at der ikke var mad hjemme på {kid.addr(2)}.",
        lambda c: f"{c.sdate(2)}: Mor ringede fra sit nummer, {mom.phone(r.randrange(11))}, og bad mig ikke snakke med far, {c.adult(30, 50, gender='m').full()}, hvis han dukker op.",
        lambda c: f"{c.sdate(2)}: Morfar {(m := c.adult(60, 75, gender='m')).full()} hentede. Han oplyste sit nummer, {m.phone()}, hvis mor ikke kan nås.",
    ]
    foot = "\n\n" + r.choice([
        f"Noterne er sendt til sagsbehandler {cw.full()} ({cw.email()}) efter aftale med mor.",
        f"Sendt til {cw.title()} i {c.kommune()}, direkte tlf. {cw.phone()}.",
        f"Kopi til rådgiver {cw.fn()}.\n/{coach.ini('three')}",
    ])
    return fill(c, head, items, target, foot, sep="\n\n", maxrep=2)


def g1_signup(c, target):
    r = c.r
    kid = c.kid(6, 15)
    p1 = c.adult(28, 50, surname=kid.last, home=kid.home)
    p2 = c.adult(28, 50, gender="m" if p1.g == "f" else "f")
    act = r.choice(["Svømning – begynderhold", "Fodbold U11", "Håndbold U13 piger", "Badminton, ungdom", "Atletik 10-13 år"])
    head = (f"TILMELDING: {act}\n"
            f"Barnets navn: {kid.full()}\n"
            f"Fødselsdato: {kid.dob()}\n")
    items = [
        lambda c: f"CPR-nr.: {kid.cpr()}",
        lambda c: f"Adresse: {kid.addr(r.choice([0, 4, 5]))}",
        lambda c: f"Forælder 1: {p1.full()}, tlf. {p1.phone()}, mail: {p1.email()}",
        lambda c: f"Forælder 2: {p2.rev()} – {p2.phone()} – {p2.addr(0)}",
        lambda c: f"Nødkontakt: {(m := c.adult(55, 75, gender='f')).full()} (mormor), {m.phone()}",
        lambda c: "Må barnet køre med andre forældre til stævner: Ja / ~~Nej~~",
        lambda c: f"Betaling: kontingent {c.kr(400, 1200)} pr. halvår betales af {c.kommune()} som fritidsaktivitet (§ 32).",
        lambda c: f"Hentes af: {r.choice([p1.fn(), p2.fn()])} eller plejefar {(m := c.adult(35, 60, gender='m')).full()}, tlf. {m.phone()}",
        lambda c: f"Allergier/medicin: {r.choice(MEDS)} om morgenen, gives hjemme. Astma – har {r.choice(['Ventoline', 'Airomir'])} i tasken.",
        lambda c: f"Sendt fra: {p1.email()}",
        lambda c: f"Modtaget af træner {c.pro().full()} {c.date(0)}",
    ]
    return fill(c, head, items, target, maxrep=1, shuffle=False)


def g1_chat(c, target):
    r = c.r
    kid = c.kid(9, 14)
    head = f"[Kopieret fra holdets forældregruppe på Messenger, vedlagt journalen {c.date(0)}]\n\n"
    ps = [c.adult(30, 50) for _ in range(3)]
    coach = c.pro()
    items = [
        lambda c: f"{ps[0].full()} {c.stime()}: Kan nogen tage {kid.fn()} med til {c.town()} på lørdag? Jeg er på nattevagt. Ring på {ps[0].phone()}",
        lambda c: f"{ps[1].fn()} {c.stime()}: Det kan jeg godt 👍 vi kører fra {ps[1].addr(r.choice([2, 4]))} kl 8",
        lambda c: f"{coach.full()} {c.stime()}: Husk spillerpas. {kid.fn()} og {c.kid(9, 14).fn()} mangler stadig at betale for trøjen",
        lambda c: f"{ps[2].fn()} {c.stime()}: hvem er det der har {kid.gen()} nummer? mor har skiftet, det nye er {c.adult(gender='f').phone(r.choice([0, 2, 3]))}",
        lambda c: f"{ps[0].fn()} {c.stime()}: skriv lige til {ps[2].low()} på {ps[2].email()} {ps[2].pn} har listen",
        lambda c: f"{coach.fn()} {c.stime()}: Vi mødes ved hallen. {c.kid(9, 14).fn()} har fødselsdag – kage medbringes 🎂",
        lambda c: f"{ps[1].full()} {c.stime()}: {kid.fn()} sov hos os i nat, det var aftalt med {kid.pos} plejemor {c.adult(35, 55, gender='f').fn()}",
    ]
    foot = f"\n\n(Vedlagt af sagsbehandler {c.pro().ini('two')})"
    return fill(c, head, items, target, foot, maxrep=1)


def g1_journal(c, target):
    r = c.r
    cw = c.pro()
    kid = c.kid(8, 16)
    coach = c.pro()
    head = (f"Journalnotat {c.date(0)} – telefonsamtale med træner\n"
            f"Sagsbehandler: {cw.full()}\nBarn: {kid.full()}, cpr {kid.cpr()}\n\n")
    items = [
        lambda c: f"Træner {coach.full()} ({coach.phone()}) ringede kl. {c.time()}. {coach.pn.capitalize()} er bekymret, fordi {kid.fn()} ikke er blevet hentet efter træning de sidste tre gange.",
        lambda c: f"{kid.fn()} har fortalt {coach.fn()}, at far ({c.adult(32, 50, gender='m').full()}) ofte sover om eftermiddagen, og at {kid.pn} selv går hjem til {kid.addr(2)}.",
        lambda c: f"{coach.fn()} oplyser, at en anden forælder, {(m := c.adult()).full()}, flere gange har kørt {kid.fn()} hjem. {m.pos.capitalize()} nummer er {m.phone()}.",
        lambda c: f"Jeg har orienteret {coach.fn()} om, at oplysninger kun kan modtages, ikke gives. Henvist til Børnetelefonen 116 111, hvis barnet selv vil tale med nogen.",
        lambda c: f"Aftalt: {coach.fn()} skriver en underretning efter § 133 og sender den til {cw.email()}. Kvittering sendes inden for 6 hverdage.",
        lambda c: f"Mor, {(m := c.adult(28, 45, gender='f')).full()}, f. {m.dob()}, kontaktes i morgen på {m.phone()}.",
    ]
    foot = f"\n\n/{cw.ini('three')}"
    return fill(c, head, items, target, foot, sep="\n", maxrep=1, shuffle=False)


# ================================================================= GENRE 2: christmas aid (planted)
def g2_application(c, target):
    r = c.r
    ap = c.adult(26, 48)
    head = (f"Ansøgning om julehjælp {YEAR}\n"
            f"Ansøger: {ap.full()}\nCPR: {ap.cpr()}\nAdresse: {ap.addr(r.choice([0, 4, 3]))}\n"
            f"Tlf.: {ap.phone()}\nMail: {ap.email()}\n\nHusstanden:\n")

    hh = []

    def member(c):
        k = c.kid(1, 17, surname=ap.last if r.random() < 0.7 else None, home=ap.home)
        hh.append(k)
        kl = f"går i {k.age - 6}. klasse" if k.age >= 7 else ("går i børnehave" if k.age >= 3 else "er i vuggestue")
        return c.one("m", [
            f"- {k.full()}, f. {k.dob()} (cpr {k.cpr()})",
            f"- {k.fn()}, {k.age} år, {k.dob()}, {k.cpr()}",
            f"- {k.rev()} – født {k.dob()}",
            f"- {k.full()}, {k.dob()}, {kl}",
        ])

    def partner(c):
        p = c.adult(28, 55, home=ap.home)
        return f"- Samlever: {p.full()}, {p.cpr()}, tlf. {p.phone()}"

    def reason(c):
        return "\n" + r.choice([
            f"Begrundelse: Jeg er alene med børnene og på kontanthjælp. {hh[0].fn()} ønsker sig en cykelhjelm, og vi har ikke råd til julemad.",
            f"Begrundelse: Vi har fået en efterregning på varme på {c.kr(3000, 9000)}. Sagsbehandler {c.pro().full()} ved besked og støtter ansøgningen.",
            "Begrundelse: Faren betaler ikke bidrag. Familieretshuset er inde over. Jeg har selv været syg i efteråret.",
        ])
    head = head + member(c) + "\n"
    body = fill(c, head, [member, member, member, partner], target - 35, maxrep=1)
    foot = "\n\nJeg giver samtykke til, at oplysningerne må deles med kommunen.\n" + ap.fn() + " " + c.date(0)
    return fill(c, body, [reason], target, foot, maxrep=1)


def g2_reply(c, target):
    r = c.r
    ap = c.adult(25, 50)
    vol = c.pro()
    kids = [c.kid(2, 15, surname=ap.last) for _ in range(r.randint(1, 3))]
    ch = r.choice(CHARITIES)
    head = (f"{ap.full()}\n{ap.addr(1)}\n\n{ap.kom[1].split(' ')[0]}, {r.randint(20, 30)}. november {YEAR}\n\n"
            f"Kære {ap.fn()}\n\n")
    items = [
        lambda c: f"Tak for din ansøgning om julehjælp fra {ch}. Vi kan bevilge et gavekort på {c.kr(500, 1500)} til {r.choice(SHOPS[:4])} samt en julekurv.",
        lambda c: f"Gavekortet kan afhentes mellem kl. {c.time()} og kl. {c.time()} ved kirken. Tag venligst NemID/MitID eller sygesikringskort med for {', '.join(k.fn() for k in kids)}.",
        lambda c: f"Hvis du ikke selv kan komme, kan {r.choice(['din søster', 'en nabo', 'din kontaktperson'])}, {c.adult().full()}, hente mod fuldmagt.",
        lambda c: f"Vi har noteret, at {kids[0].fn()} fylder {kids[0].age + 1} år i december, og har lagt en ekstra gave i posen.",
        lambda c: f"Vi har desværre ikke mulighed for at give kontanter. Ring gerne, hvis du har spørgsmål.",
    ]
    foot = (f"\n\nVenlig hilsen\n\n{vol.full()}\nFrivilligkoordinator, {ch}\n"
            f"{r.choice(['Tlf.', 'Mobil', 'Direkte'])} {vol.phone()} · {vol.email(dom='julehjaelp-frivillig.dk')}")
    return fill(c, head, items, target, foot, sep="\n\n", maxrep=1, shuffle=False)


def g2_giftcards(c, target):
    r = c.r
    cw = c.pro()
    head = (f"Udleverede gavekort – julehjælp {YEAR}, {c.kommune()}, Børn og Unge\n"
            f"Ansvarlig: {cw.full()}\n\n| Nr. | Modtager | Adresse | Børn | Beløb | Kvittering |\n|---|---|---|---|---|---|\n")

    def row(c):
        p = c.adult(24, 52)
        k = c.kid(1, 16, surname=p.last)
        return (f"| {r.randint(1, 80)} | {r.choice([p.full(), p.rev(), p.capslast() + ' ' + p.fn()])} | {p.addr(r.choice([2, 4, 0]))} "
                f"| {k.fn()} ({k.age}) | {c.kr(300, 1200)} | {r.choice(['underskrevet', 'sms til ' + p.phone(), 'afhentet af ' + c.adult().fn()])} |")
    foot = f"\n\nKopi af kvitteringer ligger i bilag 1-4. /{cw.ini('three')}"
    return fill(c, head, [row], target, foot, maxrep=12, minitems=2)


def g2_legat(c, target):
    r = c.r
    cw = c.pro()
    kid = c.kid(6, 16)
    mom = c.adult(28, 50, gender="f", surname=kid.last, home=kid.home)
    head = (f"Til bestyrelsen for {r.choice(['Julemærkefonden', 'legatet', 'fondens sekretariat'])}\n\n"
            f"Ansøgning om ophold på Julemærkehjemmet / legat til {kid.full()}, født {kid.dob()}\n\n")
    items = [
        lambda c: f"Jeg skriver som sagsbehandler for {kid.fn()}, der bor med sin mor, {mom.full()}, på {mom.addr(0)}. Familien har været kendt i forvaltningen siden {YEAR - r.randint(2, 6)}.",
        lambda c: f"{kid.fn()} er en sød og vellidt pige/dreng, men har det svært socialt og bliver drillet med sin vægt. Et ophold vil kunne give {kid.obj} nye venskaber og bedre selvværd.".replace("pige/dreng", "pige" if kid.g == "f" else "dreng"),
        lambda c: f"Mor er enig i ansøgningen og kan kontaktes på {mom.phone()} eller {mom.email()}. Far, {c.adult(30, 55, gender='m').full()}, har fælles forældremyndighed og har givet samtykke pr. sms.",
        lambda c: f"Søskende: {(s := c.kid(3, 17, surname=kid.last)).fn()}, {s.dob()}, og {(t := c.kid(1, 9, surname=kid.last)).fn()}, {t.dob()}. Ingen af dem søger ophold.",
        lambda c: f"Skolen ved lærer {c.pro().full()} bakker op og har udfyldt skolens del af skemaet.",
        lambda c: f"Barnets CPR-nummer: {kid.cpr()}. Lægeerklæring fra egen læge {c.pro().title()} eftersendes.",
    ]
    foot = (f"\n\nMed venlig hilsen\n{cw.full()}\nSocialrådgiver, {c.kommune()}\n"
            f"Direkte: {cw.phone()} · {cw.email()}")
    return fill(c, head, items, target, foot, sep="\n\n", maxrep=1, shuffle=False)


def g2_sms(c, target):
    r = c.r
    mom = c.adult(25, 45, gender="f")
    cw = c.pro()
    head = f"SMS-tråd mellem mor og sagsbehandler, kopieret til journal {c.date(0, month=12)}\n\n"
    c._doy = r.randint(285, 318)
    items = [
        lambda c: f"[{c.sdate(2)} {c.stime()}] {mom.fn()}: hej {cw.low()} har i fået min ansøgning om julehjælp? sendte den fra {mom.email()}",
        lambda c: f"[{c.sdate(2)} {c.stime()}] {cw.fn()}: Hej {mom.fn()}. Ja, den er modtaget. Jeg mangler lønsedler for oktober.",
        lambda c: f"[{c.sdate(2)} {c.stime()}] {mom.fn()}: ok. kan {c.adult(40, 65, gender='f').fn()} fra kirken ringe til mig? mit nr er stadig {mom.phone(r.choice([0, 1, 3]))}",
        lambda c: f"[{c.sdate(2)} {c.stime()}] {mom.fn()}: ny adresse fra 1/12: {mom.addr(3)}",
        lambda c: f"[{c.sdate(2)} {c.stime()}] {cw.fn()}: Gavekortet fra Frelsens Hær ligger klar. Det skal hentes inden den 20.",
        lambda c: f"[{c.sdate(2)} {c.stime()}] {mom.fn()}: tusind tak ❤️ {(k := c.kid(3, 12, surname=mom.last)).fn()} bliver så glad. hun/han har ikke fået gaver sidste år".replace("hun/han", "hun" if k.g == "f" else "han"),
    ]
    return fill(c, head, items, target, "", maxrep=1, shuffle=False)


# ================================================================= GENRE 3: traffic (planted)
def g3_police(c, target):
    r = c.r
    kid = c.kid(15, 17)
    pol = c.politi()
    head = (f"Uddrag af politirapport – {pol}\nJournalnr. {r.randint(1000, 9999)}-{r.randint(80000, 89999)}-{r.randint(100, 999):05d}-{YEAR % 100}\n"
            f"Hændelse: færdselsuheld {c.date(0)} kl. {c.time()}, krydset ved {'/'.join(r.sample(STREETS, 2))}\n\n"
            f"Fører af knallert: {kid.caps() if r.random() < 0.3 else kid.full()}\nCPR-nr.: {kid.cpr()}\nAdresse: {kid.addr(0)}\n")

    wn = [0]

    def witness(c):
        w = c.adult(18, 75)
        wn[0] += 1
        return c.one(6, [
            f"Vidne {wn[0]}: {w.full()}, f. {w.dob()}, tlf. {w.phone()}. Så knallerten køre over for rødt.",
            f"Vidne {wn[0]}: {w.rev()}, {w.dob()}, {w.addr(4)}, {w.phone()}. Hørte et brag og løb ud.",
            f"Vidne {wn[0]}: {w.full()} ({w.cpr()}), bilist. Forklarede, at føreren ikke havde lys på.",
        ])

    def other(c):
        o = c.adult(20, 70)
        return c.one(7, [
            f"Modpart (bil): {o.full()}, {o.addr(4)}. Ingen personskade.",
            f"Passager på knallert: {(p := c.kid(14, 17)).full()}, født {p.dob()}, uden hjelm. Kørt til skadestuen med mistanke om {r.choice(['brud på håndled (DS52.5)', 'hjernerystelse', 'skulderskade'])}.",
            f"Værge underrettet: {o.full()}, tlf. {o.phone()}, kl. {c.time()}.",
            f"Føreren oplyste, at knallerten var lånt af {c.kid(16, 19).full()}. Den var ikke registreret i {kid.pos} navn.",
        ])
    foot = f"\n\nRapport optaget af politiassistent {c.pro().full()}, {pol}. Sagen sendes til {c.kommune()} jf. SSP-samarbejdet."
    return fill(c, head, [witness, other, other, witness], target, foot, maxrep=3)


def g3_lessons(c, target):
    r = c.r
    kid = c.kid(15, 17)
    tea = c.pro()
    head = (f"Lektionsplan – {r.choice(['knallertkørekort (AM)', 'kørekort kategori B, 17-årsordning', 'knallert 30'])}\n"
            f"Elev: {kid.full()}, født {kid.dob()}\nKørelærer: {tea.full()}, {tea.phone()}\n\n")

    def lesson(c):
        return c.one(8, [
            f"Lektion {r.randint(1, 14)} – {c.date(0)} kl. {c.time()}: manøvrebane, bremsning. {kid.fn()} mødte til tiden.",
            f"Lektion {r.randint(1, 14)} – {c.date(0)} kl. {c.time()}: bykørsel. Udeblev. Plejemor {c.adult(35, 60, gender='f').fn()} oplyste, at {kid.fn()} var syg.",
            f"Lektion {r.randint(1, 14)} – {c.date(0)} kl. {c.time()}: teori, vigepligt. Hentet af {(m := c.adult()).full()} ({m.phone(r.choice([1, 3]))}).",
            f"Lektion {r.randint(1, 14)} – {c.date(0)}: førstehjælp hos Dansk Førstehjælpsråd, betalt af {c.kommune()}.",
        ])
    foot = (f"\n\nPrøve: teoriprøve booket hos Færdselsstyrelsen. Faktura sendes til {c.pro().full()}, {c.kommune()}, "
            f"{c.pro().email()}.")
    return fill(c, head, [lesson], target, foot, maxrep=10)


def g3_insurance(c, target):
    r = c.r
    par = c.adult(35, 58)
    kid = c.kid(15, 17, surname=par.last, home=par.home)
    head = (f"Forsikringsoplysninger – knallert 30\nForsikringstager: {par.full()}\nCPR: {par.cpr()}\n"
            f"Adresse: {par.addr(r.choice([0, 1, 5]))}\nTlf.: {par.phone()}\n")
    items = [
        lambda c: f"Bruger: {kid.fn()}, {kid.age} år (f. {kid.dob()})",
        lambda c: f"Policenr.: {r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}",
        lambda c: f"Stelnummer: LZSJ{r.choice('ABCDEFGH')}{r.randint(100000, 999999)}{r.choice('KLMN')}",
        lambda c: f"Mail til selskabet sendt fra {par.email()}",
        lambda c: f"Tidligere ejer: {c.adult(18, 40).full()}, {c.foreign_addr() if r.random() < 0.3 else c.adult().addr(0)}",
        lambda c: f"Skade anmeldt {c.date(0)} af {kid.fn()} selv fra {kid.email()}. Selvrisiko {c.kr(1000, 3000)}.",
        lambda c: f"Note fra sagsbehandler {c.pro().ini('dot')}: far bor i {country(ph := c.foreign_phone())}, tlf. {ph}. Han skal ikke kontaktes uden mors samtykke.",
    ]
    return fill(c, head, items, target, "", maxrep=1, shuffle=False)


def g3_journal(c, target):
    r = c.r
    cw = c.pro()
    kid = c.kid(14, 17)
    head = f"Journalnotat – opfølgning på færdselsuheld\nDato: {c.date(0)}\nSkrevet af: {cw.rev()}\n\n"
    items = [
        lambda c: f"{kid.full()} ({kid.cpr()}) blev {c.date(1)} standset af politiet på knallert uden kørekort. {kid.pn.capitalize()} var passager for {c.kid(15, 18).full()}.",
        lambda c: f"Mor, {(m := c.adult(gender='f', surname=kid.last)).full()}, er orienteret pr. telefon ({m.phone()}). Hun var ikke klar over, at {kid.fn()} havde adgang til en knallert.",
        lambda c: f"SSP-konsulent {(p := c.pro()).full()} deltager i næste møde og kan træffes på {p.phone()} og {p.email()}.",
        lambda c: f"Vidnet, {(w := c.adult(40, 80)).full()}, bor på {w.addr(4)} og har selv ringet ind, fordi {w.pn} kender familien.",
        lambda c: f"{kid.fn()} har fået et tilbud om knallertkørekort gennem ungdomsskolen, hvis {kid.pn} deltager i færdselskurset. Lektioner betales efter § 32.",
        lambda c: f"Kontakt til far i {country(ph := c.foreign_phone())} via {ph} lykkedes ikke.",
    ]
    return fill(c, head, items, target, f"\n\n/{cw.ini()}", sep="\n\n", maxrep=1, shuffle=False)


# ================================================================= GENRE 4: foster-care expenses (planted)
def g4_receipts(c, target):
    r = c.r
    pm = c.adult(35, 60, gender="f")
    pf = c.adult(35, 62, gender="m", surname=pm.last, home=pm.home)
    kid = c.kid(4, 17)
    head = (f"Bilagsoversigt – udlæg for {kid.full()} ({kid.dob()}), {r.choice(['1. kvartal', '2. kvartal', '3. kvartal', 'oktober-december'])} {YEAR}\n"
            f"Plejefamilie: {pm.fn()} og {pf.full()}\n\n| Bilag | Dato | Butik | Hvad | Beløb | Betalt af |\n|---|---|---|---|---|---|\n")

    def row(c):
        what = r.choice(["vinterjakke", "gummistøvler", "frisør", "fodboldstøvler", "tøjpenge", "briller (egenbetaling)",
                         "skoletaske", "lommepenge", "cykelhjelm", "gave til klassefest", "regntøj", "buskort"])
        shop = "Frisøren i centret" if what == "frisør" else r.choice(SHOPS)
        payer = r.choice([pm.fn(), pf.fn(), pm.ini("two"), pf.ini("dot"), "MobilePay " + pf.fn(), kid.fn() + " selv (lommepenge)"])
        return f"| {r.randint(1, 40)} | {c.date(2)} | {shop} | {what} | {c.kr(40, 1400)} | {payer} |"
    foot = f"\n\nUdbetales til NemKonto for {pm.full()}, CPR {pm.cpr()}."
    return fill(c, head, [row], target, foot, maxrep=14, minitems=2)


def g4_form(c, target):
    r = c.r
    pm = c.adult(35, 62)
    kid = c.kid(3, 17)
    head = (f"ANMODNING OM REFUSION AF UDLÆG (plejefamilier)\n\nPlejeforælder: {pm.rev()}\nCPR (til udbetaling): {pm.cpr()}\n"
            f"Adresse: {pm.addr(r.choice([0, 5]))}\nTelefon: {pm.phone()}\nE-mail: {pm.email()}\n\n"
            f"Barnets navn: {kid.full()}\nBarnets fødselsdato: {kid.dob()}\n")
    items = [
        lambda c: f"Udgiftstype: {r.choice(['beklædning (tøjpenge)', 'frisør', 'lejrskole', 'fritidsaktivitet', 'transport til samvær'])}",
        lambda c: f"Beløb i alt: {c.kr(200, 4000)} – {r.randint(2, 9)} bilag vedlagt",
        lambda c: f"Samvær: kørsel til mor, {(m := c.adult(gender='f', surname=kid.last)).full()}, {m.addr(4)}, {r.randint(20, 180)} km t/r à 3,81 kr.",
        lambda c: f"Godkendt af: {(p := c.pro()).full()}, familieplejekonsulent, {p.phone()}, {p.email(dom=r.choice(['plejefamilie.net', KOMMUNE_DOMAIN[c.kom[2]]]))}",
        lambda c: f"Bemærkning: {kid.fn()} er vokset ud af alt. Vi har købt det nødvendigste i {r.choice(SHOPS[4:12])}. Kvitteringerne er lidt krøllede – undskyld. Mvh {pm.fn()}",
        lambda c: f"Journalnr.: {c.sagsnr()} · Sagsbehandler: {c.pro().ini('three')}",
    ]
    return fill(c, head, items, target, "", maxrep=1, shuffle=False)


def g4_log(c, target):
    r = c.r
    pm = c.adult(35, 60, gender="f")
    pf = c.adult(35, 62, gender="m", surname=pm.last, home=pm.home)
    kid = c.kid(5, 16)
    head = f"Plejeforældrenes noter – udgifter og aftaler (ført af {pm.full()})\n\n"
    items = [
        lambda c: f"{r.choice(['Lør', 'Søn', 'Ons', 'Fre'])} {c.sdate(2)} kl. {c.time()} – frisør med {kid.fn()}, {c.kr(150, 350)}, betalt kontant af {pf.fn()}.",
        lambda c: f"{c.sdate(2)} – {kid.fn()} skal bruge nye indlægssåler. Sundhedsplejen siger, det ikke dækkes. Vi lægger ud.",
        lambda c: f"{c.sdate(2)} kl. {c.time()} – mormor {(m := c.adult(58, 78, gender='f')).full()} ringede ({m.phone()}) og vil give {kid.obj} en jakke. Aftalt med rådgiveren, at det er ok.",
        lambda c: f"{c.sdate(2)} – tøjpenge for kvartalet udbetalt: {c.kr(900, 1900)}. Brugt i {r.choice(SHOPS)} og {r.choice(SHOPS)}.",
        lambda c: f"{c.sdate(2)} – {kid.fn()} har fødselsdag ({kid.dob()}). Gave fra os: cykel fra DBA, 600 kr., sælger {c.adult().full()}.",
        lambda c: f"{c.sdate(2)} – far, {c.adult(30, 55, gender='m').full()}, har sendt 200 kr. på MobilePay til {kid.fn()}. Noteret.",
        lambda c: f"{c.sdate(2)} kl. {c.time()} – {pf.fn()} kørte {kid.fn()} til samvær på {c.adult().addr(4)}. Parkering {c.kr(20, 60)}.",
    ]
    return fill(c, head, items, target, "", maxrep=1)


def g4_mail(c, target):
    r = c.r
    pm = c.adult(35, 62)
    cw = c.pro()
    kid = c.kid(4, 17)
    head = (f"Fra: {pm.full()} <{pm.email()}>\nTil: {cw.full()} <{cw.email()}>\nDato: {c.date(3)} {c.time()}\n"
            f"Emne: Udlæg og tøjpenge – {kid.fn()} (f. {kid.dob()})\n\nHej {cw.fn()}\n\n")
    items = [
        lambda c: f"Vedhæftet er kvitteringer for {r.choice(['oktober', 'september', 'august', 'marts'])}. Samlet {c.kr(500, 3000)}. Det meste er vintertøj, da {kid.fn()} er vokset meget.",
        lambda c: f"Frisøren tog {c.kr(180, 320)}. {kid.fn()} ville have det klippet ligesom {kid.pos} fætter {c.kid(10, 18).fn()}.",
        lambda c: f"Må vi bruge af lommepengekontoen til lejrskolen? Læreren, {c.pro().title()}, har sagt, at det koster {c.kr(600, 1200)}.",
        lambda c: f"Mor har skiftet adresse til {(m := c.adult(gender='f')).addr(r.choice([0, 4]))}. Samværet næste weekend foregår der.",
        lambda c: f"Vi har også lagt ud for medicin ({r.choice(MEDS)}) på apoteket.",
    ]
    foot = f"\n\nMange hilsner\n{pm.fn()} {r.choice(['', '& ' + c.adult(35, 60).fn()])}\n{pm.phone()}"
    return fill(c, head, items, target, foot, sep="\n\n", maxrep=1, shuffle=False)


# ================================================================= GENRE 5: children's own writing (planted)
def _frame(c, kid, what):
    r = c.r
    return c.one(9, [
        f"Citat fra {what}, skrevet af {kid.full()} ({kid.age} år). Modtaget fra skolen {c.date(0)}. Stavning er bevaret.\n\n",
        f"{what.capitalize()} – {kid.fn()}, {max(kid.age - 6, 0)}.{r.choice('abc')}. Afskrift ved sagsbehandler. Barnets egen stavning.\n\n",
        f"Bilag til børnefaglig undersøgelse (§ 20), barn: {kid.full()}, {kid.cpr()}. {what.capitalize()}, gengivet ordret:\n\n",
    ])


def g5_essay(c, target):
    r = c.r
    kid = c.kid(8, 14)
    mom = c.adult(27, 45, gender="f", surname=kid.last)
    dad = c.adult(29, 50, gender="m")
    sib = c.kid(2, 16, surname=kid.last)
    head = _frame(c, kid, "stil: Min familie") + "»Min familie\n\n" + f"Jeg hedder {kid.fn()} og jeg er {kid.age} år. "
    items = [
        lambda c: f"Min mor hedder {mom.fn()} og hun arbajder ikke for hun har ondt i ryggen.",
        lambda c: f"Jeg bor på {kid.addr(r.choice([2, 3]))} sammen med min mor og min {'lillesøster' if sib.g == 'f' else 'lillebror'} {sib.nick() if r.random() < 0.5 else sib.fn()}.",
        lambda c: f"Min far hedder {dad.missp() if r.random() < 0.5 else dad.fn()} han bor i {c.town()} med sin nye kæreste {c.adult(25, 40, gender='f').fn()}. jeg ser ham hver anden weekend eller næsten.",
        lambda c: f"Min fødselsdag er den {kid.dob(r.choice([5, 1]))} og så får jeg kage.",
        lambda c: f"Mormor {(m := c.adult(60, 80, gender='f')).fn()} er den bedste hun bor på {m.addr(2)} og der er en have med kaniner.",
        lambda c: f"Min bedste ven er {c.kid(8, 14).missp()}. Vi spiller fortnite og hans mor siger vi er for højlydte.",
        lambda c: f"Nogen gange er min mor ked af det og så ringer jeg til mormor på {c.adult(60, 80).phone(0)}.",
        lambda c: f"Jeg vil gerne have en hund der hedder {r.choice(['Bamse', 'Fido', 'Kiki'])} men {mom.fn()} siger nej.",
    ]
    return fill(c, head, items, target, "«", sep=" ", maxrep=1)


def g5_diary(c, target):
    r = c.r
    kid = c.kid(10, 16)
    dad = c.adult(30, 50, gender="m", surname=kid.last)
    pm = c.adult(35, 60, gender="f")
    head = _frame(c, kid, "dagbogsnotat")

    def entry(c):
        d = c.sdate(1)
        return c.one(10, [
            f"{r.choice(['mandag', 'tirsdag', 'fredag', 'søndag'])} d. {d}\nI dag var jeg hos {dad.nick()} og han var sur. vi spiste pizza. {pm.fn()} hentede mig kl 6.",
            f"d. {d}\nJeg savner mor. {pm.fn()} siger jeg må ringe til hende på torsdag. mors nummer er {(m := c.adult(gender='f')).phone(r.choice([0, 1]))}",
            f"{d}\njeg har lært mors nummer udenad så jeg ikke glemmer det: {c.adult(gender='f').phone_spoken()}",
            f"{d}\nSkrev med {(v := c.kid(10, 16, gender='f')).fn()} på snap. Hun har fået ny mail {v.email()} fordi den gamle blev hacket",
            f"d. {d}\nVi var i {c.town()} hos {c.adult().missp()} og {c.adult().fn()}. Deres hund bed næsten {(k := c.kid(4, 9)).fn()}. det var sjovt ikke farligt",
            f"{d}\nDet var storm i nat og jeg kunne ikke sove. {pm.fn()} lavede kakao. jeg tænkte på {dad.fn()}.",
            f"d. {d}\nsamvær med {dad.fn()} på McDonalds. han lovede at komme til min fødselsdag den {kid.dob(1)} men det gjorde han ikke sidste år",
            f"{d}\n{(v := c.kid(10, 16, gender='f')).fn()} sagde at jeg kunne sove hos hende på {v.addr(2)} men {pm.fn()} sagde nej fordi det er en skoledag",
        ])
    return fill(c, head, [entry], target, "", sep="\n\n", maxrep=8)


def g5_poem(c, target):
    r = c.r
    kid = c.kid(7, 15)
    mom = c.adult(gender="f", surname=kid.last)
    head = _frame(c, kid, "digt")

    def stanza(c):
        return c.one(11, [
            f"Mor {mom.fn()} du er som solen\nmen nogle gange er du væk\nså er himlen grå\nog jeg er alene i stuen",
            f"{c.kid(3, 10, gender='m').nick()} min lille bror\nhan sover i min seng\nnår det larmer\npå {kid.addr(2)}",
            f"jeg har et hjerte\ndet er delt i to\nen halv hos {c.adult().fn()}\nen halv hos mor",
            f"Når jeg bliver stor\nvil jeg bo ved havet\nmed {c.kid(7, 15).missp()}\nog en kat der hedder Sne",
            f"skriv til mig på\n{kid.email()}\nså svarer jeg\nhvis jeg må",
        ])
    foot = f"\n\n({kid.fn()}, {r.choice(['5.b', '3.a', '6.c', '4.a'])})"
    return fill(c, head, [stanza], target, foot, sep="\n\n", maxrep=6)


def g5_letter(c, target):
    r = c.r
    kid = c.kid(7, 15)
    mom = c.adult(gender="f", surname=kid.last)
    head = _frame(c, kid, "brev til mor") + r.choice(["Kære mor\n\n", f"Kære {mom.fn()} (mor)\n\n", f"Hej mor ({mom.missp()})\n\n"])
    items = [
        lambda c: f"Jeg har det godt hos {(p := c.adult(35, 60, gender='f')).fn()} og {c.adult(35, 60, gender='m').fn()}. De har en have og en trampolin.",
        lambda c: f"Jeg savner dig og {c.kid(3, 16).nick()}. hvornår kommer du? du kan ringe til mig på {kid.phone(r.choice([0, 1, 3]))} efter skole.",
        lambda c: f"Jeg fylder år {kid.dob_spoken() if r.random() < 0.5 else kid.dob(1)} og jeg ønsker mig at du kommer.",
        lambda c: f"Husker du da vi boede på {mom.addr(2)}? Det var der jeg var gladest.",
        lambda c: f"Min lærer {c.pro().title()} siger jeg er blevet god til at læse.",
        lambda c: f"Du må godt skrive til {kid.email() if r.random() < 0.5 else kid.email_spoken()} det er min nye mail.",
    ]
    foot = f"\n\nKærlig hilsen din {r.choice([kid.nick(), kid.fn(), kid.low()])} ❤️"
    return fill(c, head, items, target, foot, sep=" ", maxrep=1, shuffle=False)


# ================================================================= GENRE 6: returning home (planted)
def g6_table(c, target):
    r = c.r
    kid = c.kid(3, 16)
    mom = c.adult(gender="f", surname=kid.last)
    pm = c.adult(35, 62, gender="f")
    head = (f"Hjemgivelsesplan for {kid.full()} (f. {kid.dob()})\nFra plejefamilien {pm.ln()}, {pm.addr(4)}, til mor, {mom.full()}, {mom.addr(0)}\n\n"
            "| Uge | Dato | Hvad | Hvor | Hvem |\n|---|---|---|---|---|\n")

    def row(c):
        dd = c.sdate_d()
        w = f"{dd.isocalendar()[1]} | {dd.day}/{dd.month}"
        return c.one(12, [
            f"| {w} | samvær 3 timer | hos mor | {mom.fn()} henter, {pm.fn()} bringer |",
            f"| {w} | første overnatning | {mom.addr(2)} | mor; familiebehandler {c.pro().full()} ringer kl. 19 |",
            f"| {w} | weekend fre-søn | hos mor | mormor {(m := c.adult(55, 75, gender='f')).fn()} ({m.phone()}) er backup |",
            f"| {w} | statusmøde | rådhuset, mødelokale {r.randint(1, 4)}.{r.randint(10, 30)} | {c.pro().fn()}, mor, {pm.fn()} |",
            f"| {w} | skolestart | {kid.pos} nye skole | lærer {c.pro().full()}, tlf. {c.pro().phone()} |",
        ])
    foot = f"\n\nAnsvarlig sagsbehandler: {(cw := c.pro()).full()}, {cw.phone()}, {cw.email()}"
    return fill(c, head, [row], target, foot, maxrep=10, minitems=2)


def g6_prose(c, target):
    r = c.r
    kid = c.kid(5, 16)
    dad = c.adult(gender="m", surname=kid.last)
    cw = c.pro()
    head = f"Overgangsplan – hjemgivelse til far\n\nBarn: {kid.full()}, født {kid.dob()}, cpr.nr. {kid.cpr()}\n\n"
    items = [
        lambda c: f"{kid.fn()} har været anbragt efter § 46 siden {YEAR - r.randint(1, 5)}. Far, {dad.full()}, har gennemført forældrekurset og bor nu på {dad.addr(0)}.",
        lambda c: f"Overgangen sker over otte uger. De første to uger er {kid.fn()} hjemme hos far hver onsdag efter skole og spiser aftensmad der.",
        lambda c: f"Plejefar {(p := c.adult(40, 62, gender='m')).full()} kører {kid.fn()} de første gange og bliver en halv time. Han kan kontaktes på {p.phone()}.",
        lambda c: f"Farmor, {(fm := c.adult(60, 80, gender='f', surname=dad.last)).full()}, bor tæt på, på {fm.addr(4)}, og har lovet at hente fra skole tirsdag og torsdag.",
        lambda c: f"Efter hjemgivelsen fortsætter en støttende indsats efter § 32 med familiebehandler {(f := c.pro()).full()} ({f.phone()}) to gange om ugen.",
        lambda c: f"{kid.fn()} har selv sagt: »Jeg vil gerne bo hos far, men jeg vil også besøge {c.adult(35, 60).nick()}.«",
        lambda c: f"Far har ny mail: {dad.email()}. Plejefamilien og far skriver sammen på den.",
    ]
    foot = f"\n\nPlanen er drøftet med far {c.date(1)}. Barnets plan (§ 91) opdateres.\n{cw.full()}, rådgiver"
    return fill(c, head, items, target, foot, sep="\n\n", maxrep=1, shuffle=False)


def g6_network(c, target):
    r = c.r
    kid = c.kid(3, 16)
    head = f"Netværkskontakter ved hjemgivelse – {kid.full()}\n\n"

    def contact(c):
        role = r.choice(["Mormor", "Morfar", "Moster", "Farbror", "Nabo", "Veninde til mor", "Onkel", "Gudmor", "Kontaktperson"])
        lo, hi = (55, 80) if role in ["Mormor", "Morfar"] else (22, 60)
        p = c.adult(lo, hi, gender="f" if role in ["Mormor", "Moster", "Veninde til mor", "Gudmor"] else ("m" if role in ["Morfar", "Farbror", "Onkel"] else None))
        return c.one(13, [
            f"- {role}: {p.full()}, {p.addr(0)}, tlf. {p.phone()}",
            f"- {role}: {p.rev()} (f. {p.dob()}) – {p.phone()} – kan tage {kid.fn()} i weekender",
            f"- {role}: {p.fn()} ({p.email()}), bor i udlandet: {c.foreign_addr()}, {c.foreign_phone()}",
            f"- {role}: {p.full()}, f. {p.dob()}, {p.phone()}",
        ])
    foot = f"\n\nListen er gennemgået på netværksmødet {c.date(0)}. Mor har givet samtykke."
    return fill(c, head, [contact], target, foot, maxrep=12)


def g6_minutes(c, target):
    r = c.r
    kid = c.kid(4, 16)
    mom = c.adult(gender="f", surname=kid.last)
    cw = c.pro()
    head = (f"Referat – netværksmøde om hjemgivelse, {c.date(3)} kl. {c.time()}\n"
            f"Deltagere: mor ({mom.full()}), {cw.full()} (rådgiver), {c.pro().full()} (familiebehandler), plejemor {c.adult(35, 60, gender='f').fn()}\n\n")
    items = [
        lambda c: f"1. {kid.fn()} flytter hjem til mor {c.date(1)}. Ny adresse: {mom.addr(r.choice([0, 1]))}.",
        lambda c: f"2. Skole: {kid.fn()} fortsætter i samme klasse de første måneder. Plejemor kører om morgenen indtil jul.",
        lambda c: f"3. Mormor ({(m := c.adult(55, 78, gender='f')).full()}, {m.phone()}) er den voksne, {kid.fn()} kan ringe til, hvis der er uro derhjemme.",
        lambda c: f"4. Samvær med far ({c.adult(30, 55, gender='m').full()}) fortsætter som hidtil, overvåget.",
        lambda c: f"5. Opfølgning hver 14. dag. Mor kan kontakte rådgiver på {cw.phone()} eller {cw.email()}.",
        lambda c: f"6. Sikkerhedsplan: hvis mor drikker, ringer {kid.fn()} til {(n := c.adult()).fn()} på {n.phone()}.",
    ]
    foot = f"\n\nReferent: {cw.ini('three')}"
    return fill(c, head, items, target, foot, maxrep=1, shuffle=False)


# ================================================================= CLEAN texts (roles only, look-alikes)
def law(c):
    return c.r.choice(["§ 32, stk. 1", "§ 46", "§ 47", "§ 91", "§ 20, stk. 3", "§ 5, stk. 3", "§ 133", "§ 136",
                       "§ 137, stk. 2", "§ 6", "§ 108", "§ 18", "§ 19", "§ 30", "§ 32"])


def pubnum(c):
    return c.r.choice(["112", "politiet på 114", "Børnetelefonen på 116 111", "1813", "Giftlinjen på 82 12 12 12",
                       "kommunens hovednummer 33 66 33 66", "Borgerservice på 70 11 22 33",
                       "Skattestyrelsen på 72 22 18 18", "Ankestyrelsen på 33 41 12 00"])


def cvr(c):
    return "CVR " + c.r.choice(CVR_NUMBERS)


def ean(c):
    return "EAN " + c.r.choice(EAN_NUMBERS)


def kid_role(c, letter=None):
    return f"Barn {letter or c.r.choice('ABC')} ({c.r.randint(6, 16)} år)"


def place(c):
    return c.r.choice(["ved Banegårdspladsen", "ved rundkørslen på Ringvejen", "nede ved Havnegade", "ved Torvet",
                       "ved Stationsvej", "ved indgangen til svømmehallen", "ved busstoppestedet på Skolevej",
                       "ved Strandvejen", "oppe ved Kirkevej", "på P-pladsen ved Bilka"])


def word_lookalike(c):
    return c.r.choice([
        "Der var sol hele dagen, og holdet trænede udendørs.",
        "Efter en storm i weekenden var banen lukket.",
        "Mødet blev flyttet til maj.",
        "Familien har en lille have bag huset.",
        "Turen gik gennem skoven til søen.",
        "Barnet var glad og afslappet.",
        "Det var held og lykke, at ingen kom til skade.",
        "Vinteren har været hård for familien.",
        "Glad for at være med, siger barnet selv.",
        "Kampen blev aflyst på grund af storm og regn.",
        "Der er både skov og strand tæt på plejefamilien.",
        "Med sol og varme fik lejren et godt humør.",
        "Ordet lykke bruger barnet ikke selv, men det smiler meget.",
        "Have og køkken bruges til fælles madlavning i weekenden.",
        "I maj og juni har klubben travlt med stævner.",
        "Mark og skov omkring huset bruges til lange gåture.",
        "Langs stien til skolen er der plantet ask og bøg.",
    ])


def c1_rota(c, target):
    r = c.r
    head = (f"Kørselsplan – udekampe, anonymiseret kopi til sagen ({c.sagsnr()})\n\n"
            "| Dato | Kamp | Mødested | Chauffør | Pladser |\n|---|---|---|---|---|\n")

    def row(c):
        return f"| {c.date(2)} | mod {c.town()} | kl. {c.time()} {place(c)} | Forælder {r.randint(1, 14)} | {r.randint(2, 4)} |"
    foot = "\n\n" + r.choice([
        f"Barn A kører altid med plejefar. Kontingent {c.kr(400, 900)} betales af kommunen efter § 32.",
        "Ved uheld ringes 112. Holdlederen har førstehjælpskasse i bilen.",
        "Navne på forældre er fjernet før journalisering.",
    ])
    return fill(c, head, [row], target, foot, maxrep=12, minitems=2)


def c1_notes(c, target):
    r = c.r
    head = f"Trænerens noter om Barn A ({r.randint(7, 13)} år), svømmehold, tirsdag kl. 17.00\n\n"
    items = [
        lambda c: f"{c.sdate(2)}: Barnet kom uden badetøj. Lånte fra glemmekassen. Mor svarede ikke på sms.",
        lambda c: f"{c.sdate(2)}: Barnet svømmede 25 meter crawl for første gang og var meget stolt. Fik diplom.",
        lambda c: f"{c.sdate(2)}: Hentet kl. {c.time()} af plejefar. Han fortalte, at medicinen ({r.choice(MEDS)}) nu gives om morgenen.",
        lambda c: f"{c.sdate(2)}: Hjælpetræneren bemærkede blå mærker på overarmen. Drøftet med holdlederen, og en underretning efter § 133 er sendt samme dag.",
        lambda c: f"{c.sdate(2)}: {word_lookalike(c)}",
        lambda c: f"{c.sdate(2)}: Barnet sagde, at hun/han ikke havde fået morgenmad. Fik en bolle. Kioskens bon: {c.kr(10, 40)}.".replace("hun/han", r.choice(["hun", "han"])),
        lambda c: f"{c.sdate(2)}: Omklædning i rum {r.randint(1, 6)}. Barnet vil helst klæde om alene. Det er aftalt med træneren.",
    ]
    foot = "\n\nNoterne er sendt til sagsbehandleren via sikker mail."
    return fill(c, head, items, target, foot, sep="\n", maxrep=1)


def c1_journal(c, target):
    r = c.r
    head = f"Journalnotat {c.date(0)} · {c.sagsnr()}\nEmne: henvendelse fra idrætsforening om {kid_role(c)}\n\n"
    items = [
        lambda c: f"Træneren ringede kl. {c.time()} via kommunens hovednummer 33 66 33 66 og blev stillet om. Barnet er ikke blevet hentet efter træning tre gange i marts.",
        lambda c: "Træneren er vejledt om skærpet underretningspligt og om, at kommunen ikke kan oplyse noget om sagen.",
        lambda c: f"Barnet har selv fortalt, at hun går hjem alene fra hallen {place(c)}, ca. to kilometer i mørke.",
        lambda c: f"Vurdering inden for 24 timer: ingen akut fare. Sagen går videre til screening efter § 18.",
        lambda c: f"Far og mor er orienteret pr. telefon. Mor oplyser, at barnet går til {r.choice(['psykolog', 'fysioterapeut', 'ergoterapeut'])} hver anden torsdag.",
        lambda c: f"Kontingent {c.kr(300, 900)} for forårssæsonen er godkendt som del af den støttende indsats. Faktura til {ean(c)}.",
        lambda c: f"Henvist til {pubnum(c)}, hvis barnet selv vil tale med nogen.",
    ]
    return fill(c, head, items, target, "\n\nSagsbehandleren", sep="\n", maxrep=1, shuffle=False)


def c2_application(c, target):
    r = c.r
    head = (f"Ansøgning om julehjælp {YEAR} – anonymiseret\nAnsøger: mor (enlig forsørger)\nKommune: {c.kommune()}\n"
            f"Indtægt: kontanthjælp, {c.kr(9000, 14000)} om måneden\n\nHusstanden:\n")

    def member(c):
        return f"- {kid_role(c, r.choice('ABCD'))}, går i {r.randint(0, 9)}. klasse"
    items = [member, member,
             lambda c: f"\nBegrundelse: Familien har fået en efterregning på varme på {c.kr(2000, 8000)}. Der er ikke råd til julemad eller gaver.",
             lambda c: f"\nSagsbehandleren støtter ansøgningen. Gavekort til {r.choice(SHOPS[:4])} på {c.kr(400, 1000)} pr. barn ønskes.",
             lambda c: "\nFamilien har tidligere fået hjælp fra Kirkens Korshær og Mødrehjælpen.",
             lambda c: f"\n{word_lookalike(c)}"]
    return fill(c, head, items, target, "\n\nSamtykke til videregivelse er givet.", maxrep=2)


def c2_reply(c, target):
    r = c.r
    ch = r.choice(CHARITIES)
    head = f"{ch}\nSvar på ansøgning om julehjælp – sagsnr. {r.randint(100, 999)}/{YEAR % 100}\n\nKære ansøger\n\n"
    items = [
        lambda c: f"Tak for din ansøgning. Vi kan bevilge en julekurv og et gavekort på {c.kr(500, 1200)}.",
        lambda c: f"Kurven udleveres {c.date(1, month=12)} mellem kl. {c.time()} og kl. {c.time()} {place(c)}.",
        lambda c: "Husk sygesikringskort for hvert barn. Hvis du ikke selv kan komme, kan en anden hente mod fuldmagt.",
        lambda c: f"Vi modtager støtte fra private fonde og er godkendt efter ligningslovens § 8 A ({cvr(c)}).",
        lambda c: f"Spørgsmål kan rettes til sekretariatet på hverdage kl. 10-14.",
        lambda c: "Vi ønsker dig og børnene en glædelig jul.",
    ]
    return fill(c, head, items, target, "\n\nVenlig hilsen\nFrivilliggruppen", sep="\n\n", maxrep=1, shuffle=False)


def c2_list(c, target):
    r = c.r
    head = f"Udleverede gavekort, julehjælp {YEAR} ({c.kommune()}) – modtagere angivet ved løbenummer\n\n| Løbenr. | Husstand | Børn | Beløb | Udleveret |\n|---|---|---|---|---|\n"

    def row(c):
        return f"| {YEAR % 100}-{r.randint(1, 250):03d} | {r.choice(['enlig mor', 'enlig far', 'to voksne', 'mor og mormor'])} | {r.randint(1, 5)} | {c.kr(300, 1500)} | {c.date(2, month=12)} |"
    foot = f"\n\nBilag 1-4 opbevares i {c.sagsnr()}. Regnskabet revideres af kommunens revision."
    return fill(c, head, [row], target, foot, maxrep=14, minitems=2)


def c3_police(c, target):
    r = c.r
    pol = c.politi()
    head = (f"Uddrag af politirapport ({pol}) – anonymiseret\nJournalnr. {r.randint(1000, 9999)}-{r.randint(80000, 89999)}-{r.randint(100, 999):05d}-{YEAR % 100}\n"
            f"Hændelse: færdselsuheld {c.date(0)} kl. {c.time()} {place(c)}\n\n")
    items = [
        lambda c: f"Fører af knallert: den unge ({r.randint(15, 17)} år). Ingen gyldigt kørekort. Knallert 30, uden nummerplade.",
        lambda c: "Vidne 1, bilist, så knallerten køre over for rødt. Vidne 2 hørte et brag og løb ud.",
        lambda c: f"Passageren, ligeledes {r.randint(14, 17)} år, havde ikke hjelm og blev kørt til skadestuen med mistanke om brud (DS52.5).",
        lambda c: f"Forældremyndighedsindehaver underrettet kl. {c.time()}. Sagen sendes til kommunen som underretning efter § 135.",
        lambda c: f"Alkometertest negativ. Knallerten er fotograferet og sat i depot.",
        lambda c: f"{word_lookalike(c)}",
        lambda c: "Føreren forklarede, at knallerten var lånt af en kammerat, og at han ikke vidste, at den var trimmet.",
        lambda c: f"Knallerten blev målt på rullefelt til {c.r.randint(45, 70)} km/t.",
        lambda c: "Der blev taget fotos af krydset og af skaderne på bilens venstre forskærm.",
    ]
    return fill(c, head, items, target, "\n\nRapporten er optaget af patruljen på stedet.", maxrep=1)


def c3_lessons(c, target):
    r = c.r
    head = (f"Lektionsplan – knallertkørekort (AM), elev: den unge ({r.randint(15, 16)} år)\nBetales af {c.kommune()}, {ean(c)}\n\n")

    def lesson(c):
        return c.one(14, [
            f"Lektion {r.randint(1, 12)} – {c.date(0)} kl. {c.time()}: manøvrebane og bremseøvelser. Mødte til tiden.",
            f"Lektion {r.randint(1, 12)} – {c.date(0)} kl. {c.time()}: bykørsel {place(c)}. God opmærksomhed i krydsene.",
            f"Lektion {r.randint(1, 12)} – {c.date(0)}: udeblevet. Plejemor gav besked om sygdom.",
            f"Lektion {r.randint(1, 12)} – {c.date(0)}: teori om vigepligt og hastighed, {r.randint(2, 4)} timer i lokale {r.randint(1, 3)}.{r.randint(1, 20):02d}.",
            f"Førstehjælpskursus {c.date(1)}, pris {c.kr(400, 900)}.",
        ])
    return fill(c, head, [lesson], target, "\n\nTeoriprøve bookes hos Færdselsstyrelsen.", maxrep=10)


def c3_insurance(c, target):
    r = c.r
    head = "Forsikring – knallert 30 (oplysninger fra mor, anonymiseret)\n"
    items = [
        lambda c: "Forsikringstager: mor",
        lambda c: f"Bruger: den unge, {r.randint(15, 17)} år",
        lambda c: f"Policenr.: {r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}",
        lambda c: f"Præmie: {c.kr(1800, 4200)} om året, selvrisiko {c.kr(1000, 3000)}",
        lambda c: f"Skade anmeldt {c.date(0)}. Afventer politiets rapport.",
        lambda c: "Mærke: Peugeot Kisbee, årgang 2019, sort",
        lambda c: f"Sagsbehandlerens note: far bor i udlandet og skal ikke kontaktes uden mors samtykke ({law(c)}).",
        lambda c: f"Kørekort: ikke erhvervet. Prøve forventes i {r.choice(['maj', 'juni', 'august', 'oktober'])}.",
        lambda c: "Tidligere skader: ingen anmeldt. Knallerten er købt brugt i foråret og er ikke synet.",
        lambda c: f"Selskabets bemærkning: dækning forudsætter, at føreren har gyldigt kørekort. Sagen behandles efter færdselslovens regler, og afgørelse forventes inden {c.r.randint(4, 8)} uger.",
        lambda c: "Mor oplyser, at hun ikke vidste, at den unge kørte uden kørekort. Hun har fjernet nøglen.",
        lambda c: f"Opkald til selskabets skadeafdeling {c.date(0)} kl. {c.time()}, ventetid {c.r.randint(10, 40)} minutter.",
    ]
    return fill(c, head, items, target, "", maxrep=1, shuffle=False)


def c4_receipts(c, target):
    r = c.r
    head = (f"Bilagsoversigt – udlæg for Barn A ({r.randint(4, 16)} år), {r.choice(['1. kvartal', '2. kvartal', '3. kvartal'])} {YEAR}\n\n"
            "| Bilag | Dato | Butik | Hvad | Beløb | Betalt af |\n|---|---|---|---|---|---|\n")

    def row(c):
        what = r.choice(["vinterjakke", "gummistøvler", "frisør", "fodboldstøvler", "tøjpenge", "regntøj", "buskort", "skoletaske"])
        return f"| {r.randint(1, 40)} | {c.date(2)} | {r.choice(SHOPS)} | {what} | {c.kr(40, 1400)} | {r.choice(['plejemor', 'plejefar', 'plejemor (MobilePay)', 'barnet selv'])} |"
    foot = f"\n\nI alt {c.kr(1500, 6000)}. Udbetales til plejefamiliens NemKonto. Konto {r.randint(4000, 4999)} (udgiftsart)."
    return fill(c, head, [row], target, foot, maxrep=14, minitems=2)


def c4_form(c, target):
    r = c.r
    head = "ANMODNING OM REFUSION AF UDLÆG\n\nPlejeforælder: plejemor\nBarn: Barn B, " + f"{r.randint(3, 16)} år\n"
    items = [
        lambda c: f"Udgiftstype: {r.choice(['beklædning', 'frisør', 'lejrskole', 'fritidsaktivitet'])}",
        lambda c: f"Beløb i alt: {c.kr(200, 4000)} – {r.randint(2, 9)} bilag",
        lambda c: f"Kørsel til samvær: {r.randint(20, 180)} km à 3,81 kr.",
        lambda c: f"Hjemmel: {law(c)} og kommunens takster for plejefamilier {YEAR}",
        lambda c: "Bemærkning: barnet er vokset ud af alt tøj. Kvitteringer vedlagt.",
        lambda c: f"Journalnr.: {c.sagsnr()}",
        lambda c: f"Godkendt af familieplejekonsulenten {c.date(0)}",
        lambda c: f"Udbetaling fra {c.kommune()}, {cvr(c)}",
        lambda c: "Plejefamiliens kommentar: Vi har prøvet at købe brugt, hvor det kunne lade sig gøre, men vinterstøvler og regntøj var nødvendige med det samme.",
        lambda c: f"Takst: tøjpenge for et barn på {c.r.randint(3, 16)} år udgør {c.kr(700, 1500)} pr. kvartal efter kommunens vejledende satser.",
        lambda c: f"Frist: anmodningen skal være modtaget senest {c.r.randint(1, 3)} måneder efter udlægget.",
        lambda c: "Underskrift: plejemor og plejefar (begge)",
    ]
    return fill(c, head, items, target, "", maxrep=1, shuffle=False)


def c4_log(c, target):
    r = c.r
    head = "Plejeforældrenes noter – udgifter (anonymiseret uddrag)\n\n"
    items = [
        lambda c: f"{c.sdate(2)} kl. {c.time()} – frisør med barnet, {c.kr(150, 350)}, betalt kontant af plejefar.",
        lambda c: f"{c.sdate(2)} – tøjpenge udbetalt: {c.kr(900, 1900)}. Brugt i {r.choice(SHOPS)}.",
        lambda c: f"{c.sdate(2)} – apoteket: {r.choice(MEDS)}, egenbetaling {c.kr(30, 250)}.",
        lambda c: f"{c.sdate(2)} kl. {c.time()} – kørsel til samvær hos mor, {r.randint(10, 90)} km.",
        lambda c: f"{c.sdate(2)} – {word_lookalike(c)}",
        lambda c: f"{c.sdate(2)} – mormor ringede og vil give en vinterjakke. Aftalt med rådgiveren.",
        lambda c: f"{c.sdate(2)} – tandlæge, kontrol. Ingen egenbetaling (under 22 år).",
        lambda c: f"{c.sdate(2)} kl. {c.time()} – skoletur til {c.town()}, lommepenge {c.kr(50, 150)}. Barnet kom glad hjem.",
        lambda c: f"{c.sdate(2)} – nye briller hos {c.r.choice(['Synoptik', 'Profil Optik', 'Thiele'])}, egenbetaling {c.kr(300, 900)}. Bilag vedlagt.",
        lambda c: f"{c.sdate(2)} – gave til klassekammeratens fødselsdag, {c.kr(80, 150)} i {c.r.choice(SHOPS)}.",
        lambda c: f"{c.sdate(2)} – svømmehallen, {c.r.randint(2, 6)} klippekort à {c.kr(30, 60)}.",
    ]
    return fill(c, head, items, target, "", maxrep=1)


def c5_essay(c, target):
    r = c.r
    age = r.randint(8, 14)
    head = f"Uddrag af stil skrevet af Barn A ({age} år), modtaget fra skolen {c.date(0)}. Navne er erstattet med roller, stavning bevaret.\n\n»Min familie\n\nJeg hedder [Barn A] og jeg er {age} år. "
    items = [
        lambda c: "Min mor arbajder ikke for hun har ondt i ryggen.",
        lambda c: "Jeg bor sammen med min mor og min lillebror i en lejlighed på 3. sal.",
        lambda c: f"Min far bor i {c.town()} med sin nye kæreste. jeg ser ham hver anden weekend eller næsten.",
        lambda c: "Min fødselsdag er om sommeren og så får jeg kage.",
        lambda c: "Mormor er den bedste hun har en have med kaniner.",
        lambda c: "Min bedste ven og jeg spiller fortnite og hans mor siger vi er for højlydte.",
        lambda c: "Nogen gange er min mor ked af det og så ringer jeg til mormor.",
        lambda c: "Når solen skinner går vi i skoven og samler kogler.",
        lambda c: "Jeg glæder mig til maj for så skal vi på lejrskole.",
        lambda c: "Da jeg var lille boede vi i et andet hus men så blev mor og far skilt og vi flyttede.",
        lambda c: "Min lillebror er irriterende men jeg elsker ham alligevel. han tager mine ting uden at spørge.",
        lambda c: "Om aftenen ser vi film i sofaen og nogen gange får vi slik hvis det er fredag.",
        lambda c: "Min far har en bil som er blå og den larmer meget når han starter den.",
        lambda c: "Jeg går til fodbold to gange om ugen og min træner siger jeg er hurtig.",
        lambda c: "Jeg synes min familie er god men nogen gange er der for meget råberi.",
        lambda c: "Hvis jeg kunne ønske en ting så skulle vi alle sammen bo i et stort hus ved vandet.",
        lambda c: "Til jul var vi hos farmor og der fik jeg en lego og et par handsker.",
    ]
    return fill(c, head, items, target, "«", sep=" ", maxrep=1)


def c5_diary(c, target):
    r = c.r
    head = f"Dagbogsnotat, skrevet af Barn B ({r.randint(10, 16)} år), afskrevet ordret med barnets tilladelse\n\n"

    def entry(c):
        d = c.sdate(1)
        return c.one(15, [
            f"d. {d}\nI dag var jeg hos far og han var sur. vi spiste pizza. plejemor hentede mig kl 6.",
            f"{d}\nJeg savner mor. plejemor siger jeg må ringe til hende på torsdag.",
            f"d. {d}\nDet var storm i nat og jeg kunne ikke sove. plejefar lavede kakao.",
            f"{d}\nVi var i {c.town()} hos moster. Deres hund bed næsten min lillebror. det var sjovt ikke farligt",
            f"d. {d}\nmatematik prøve i lokale {r.randint(1, 3)}.{r.randint(10, 30)}. jeg fik 7 ud af 10 rigtige.",
            f"{d}\nDer var sol og vi var ved vandet. jeg var glad hele dagen",
            f"{d}\nsamvær med mor på biblioteket. hun havde købt en bog til mig men hun var træt og gik tidligt.",
            f"d. {d}\nkontaktpersonen kom og vi gik en tur. jeg fortalte om skolen og at jeg ikke gider matematik.",
            f"{d}\nfodbold. vi tabte 2-5. træneren sagde vi kæmpede godt. plejefar råbte for højt på sidelinjen haha",
        ])
    return fill(c, head, [entry], target, "", sep="\n\n", maxrep=14)


def c5_letter(c, target):
    r = c.r
    head = f"Brev til mor, skrevet af Barn A ({r.randint(7, 14)} år). Gengivet i journalen med barnets samtykke.\n\nKære mor\n\n"
    items = [
        lambda c: "Jeg har det godt hos plejefamilien. De har en have og en trampolin.",
        lambda c: "Jeg savner dig og lillebror. hvornår kommer du?",
        lambda c: "Jeg fylder år snart og jeg ønsker mig at du kommer.",
        lambda c: "Husker du da vi boede ved havnen? Det var der jeg var gladest.",
        lambda c: "Min lærer siger jeg er blevet god til at læse. jeg læser en bog om en hest.",
        lambda c: "Hvis jeg er ked af det må jeg ringe til Børnetelefonen 116 111 siger plejemor.",
        lambda c: "Der er storm i dag og alle bladene flyver.",
        lambda c: "Vi har fået en kat i plejefamilien. den sover på min dyne om natten og spinder.",
        lambda c: "I skolen har vi lavet et projekt om vikingerne og jeg lavede et skjold af pap.",
        lambda c: "Plejemor siger at vi kan ses på søndag i to timer. jeg vil gerne have at vi går på legepladsen.",
        lambda c: "Jeg håber du ikke er ked af det mere. jeg er ikke sur på dig.",
        lambda c: "Jeg har tegnet en tegning til dig af vores gamle hus med solen og en regnbue.",
        lambda c: "Jeg har lært at cykle uden støttehjul og jeg kan cykle hele vejen til skolen.",
    ]
    return fill(c, head, items, target, "\n\nKærlig hilsen din store pige ❤️", sep=" ", maxrep=1, shuffle=False)


def c6_table(c, target):
    r = c.r
    head = (f"Hjemgivelsesplan for Barn A ({r.randint(3, 16)} år) – fra plejefamilie til mor\n"
            f"Anbragt efter {r.choice(['§ 46', '§ 47'])} siden {YEAR - r.randint(1, 5)}\n\n| Uge | Dato | Hvad | Hvor | Hvem |\n|---|---|---|---|---|\n")

    def row(c):
        dd = c.sdate_d()
        w = f"{dd.isocalendar()[1]} | {dd.day}/{dd.month}"
        return c.one(16, [
            f"| {w} | samvær 3 timer | hos mor | mor henter, plejemor bringer |",
            f"| {w} | første overnatning | hos mor | familiebehandleren ringer kl. 19 |",
            f"| {w} | statusmøde | rådhuset, lokale {r.randint(1, 4)}.{r.randint(10, 30)} | rådgiver, mor, plejemor |",
            f"| {w} | weekend fre-søn | hos mor | mormor er backup |",
            f"| {w} | skolestart | ny skole {place(c)} | klasselærer, mor |",
        ])
    return fill(c, head, [row], target, f"\n\nBarnets plan efter § 91 opdateres {c.date(1)}.", maxrep=10, minitems=2)


def c6_prose(c, target):
    r = c.r
    head = f"Overgangsplan – hjemgivelse til far ({c.sagsnr()})\n\n"
    items = [
        lambda c: f"Barnet ({r.randint(5, 16)} år) har været anbragt i plejefamilie siden {YEAR - r.randint(1, 5)}. Far har gennemført forældrekurset og har fået en større lejlighed.",
        lambda c: "Overgangen sker over otte uger. De første to uger er barnet hjemme hos far hver onsdag efter skole.",
        lambda c: "Plejefar kører barnet de første gange og bliver en halv time.",
        lambda c: "Farmor bor tæt på og henter fra skole tirsdag og torsdag.",
        lambda c: f"Efter hjemgivelsen fortsætter en støttende indsats efter {law(c)} med familiebehandling to gange om ugen.",
        lambda c: "Barnet har selv sagt: »Jeg vil gerne bo hos far, men jeg vil også besøge dem i plejefamilien.«",
        lambda c: f"Barnet tager {r.choice(MEDS)} ({r.choice(ICD)}). Far er instrueret i medicinen af sundhedsplejersken.",
        lambda c: f"{word_lookalike(c)}",
    ]
    return fill(c, head, items, target, f"\n\nPlanen er drøftet med far {c.date(1)}.\nRådgiveren", sep="\n\n", maxrep=1, shuffle=False)


def c6_minutes(c, target):
    r = c.r
    head = f"Referat – netværksmøde om hjemgivelse, {c.date(3)} kl. {c.time()}, mødelokale {r.randint(1, 4)}.{r.randint(1, 30):02d}\nDeltagere: mor, mormor, rådgiver, familiebehandler, plejemor\n\n"
    items = [
        lambda c: f"1. Barnet flytter hjem til mor {c.date(1)}.",
        lambda c: "2. Barnet fortsætter i samme klasse (4.b) de første måneder. Plejemor kører om morgenen indtil jul.",
        lambda c: "3. Mormor er den voksne, barnet kan ringe til, hvis der er uro derhjemme.",
        lambda c: "4. Samvær med far fortsætter som hidtil, overvåget, hver anden søndag.",
        lambda c: f"5. Opfølgning hver 14. dag. Ved akut bekymring: {pubnum(c)}.",
        lambda c: "6. Sikkerhedsplan (Signs of Safety): skala 6 i dag, mål 8 inden sommer.",
        lambda c: f"7. Sagen tages op i Børne- og ungeudvalget {c.date(1)} efter {law(c)}.",
    ]
    return fill(c, head, items, target, "\n\nReferent: rådgiveren", maxrep=1, shuffle=False)


# ================================================================= institutions
INST = [("Børnehuset Mælkebøtten", "dag"), ("Vuggestuen Troldehøj", "dag"), ("Opholdsstedet Kastanjegården", "hjem"),
        ("Efterskolen ved Limfjorden", "efter"), ("Den Private Skole Nordvest", "skole"), ("Friskolen i Bakkely", "skole"),
        ("Behandlingshjemmet Skovgården", "hjem"), ("Ungdomspensionen Kompasset", "hjem"),
        ("Familieplejeforeningen Trækfuglene", "pleje"), ("Opholdsstedet Havglimt", "hjem"), ("Naturbørnehaven Rødkløver", "dag"),
        ("Idrætsefterskolen Gudenå", "efter"), ("Bofællesskabet Fyrtårnet", "hjem"), ("Fritidsklubben Kometen", "klub"),
        ("Den Lille Montessoriskole", "skole"), ("Specialskolen Kildebakken", "skole"), ("Børnehjemmet Solstrålen", "hjem"),
        ("Plejefamilienetværket Rødder og Vinger", "pleje"), ("Opholdsstedet Lindely", "hjem"), ("Efterskolen Strandhøj", "efter"),
        ("Ungdomsklubben Tårnet", "klub"), ("Waldorfbørnehaven Regnbuen", "dag"), ("Familieplejen Vesterhavet ApS", "pleje"),
        ("Friskolen ved Åen", "skole"), ("Skolehjemmet Egebakken", "hjem"), ("Opholdsstedet Nybo", "hjem"),
        ("Svømmeklubben Kvik", "klub"), ("Idrætsforeningen Boldglad", "klub"), ("Dagplejegruppen Myretuen", "dag"),
        ("Sejlerefterskolen Nordstjernen", "efter")]
INST_T = {
    "dag": ["Barn A ({a} år) har gået i {X} siden august og skal efter sommerferien begynde i {Y}.",
            "Pædagogen fra {X} deltog i netværksmødet og fortalte om barnets sprog, leg og søvn.",
            "Mor har ønsket, at barnet flyttes fra {X} til {Y}, fordi der er kortere transporttid."],
    "skole": ["Klasselæreren fra {X} har sendt en udtalelse til brug for den børnefaglige undersøgelse efter § 20.",
              "Barn B ({a} år) skifter fra {X} til {Y} efter efterårsferien. Skolerne holder et overleveringsmøde i uge 42.",
              "{X} oplyser, at fraværet er faldet fra 18 til 6 procent siden januar."],
    "hjem": ["Der søges om ophold på {X} efter § 46. Alternativet er {Y}, hvor der er plads fra 1. marts.",
             "Ved statusmødet oplyste {X}, at den unge trives og deltager i fællesspisningen tre gange om ugen.",
             "Den unge flyttede den 3. juni fra {X} til {Y}. Handlekommunen er uændret."],
    "pleje": ["Plejefamilien er tilknyttet {X}, som også står for supervision og kurser for plejeforældrene.",
              "Konsulenten fra {X} deltog i netværksmødet og fremlagde plejefamiliens egne noter.",
              "Kommunen har indgået aftale med {X} om supervision af netværksplejefamilien hver sjette uge."],
    "efter": ["Den unge er optaget på {X} fra august. Kommunen betaler elevstøtte efter vejledning fra UU.",
              "Opholdet på {X} betales delvist af kommunen som en del af den støttende indsats efter § 32.",
              "Kontaktlæreren på {X} ringer til mor hver anden søndag aften, og det fungerer godt."],
    "klub": ["Kontingentet til {X} betales af kommunen som del af den støttende indsats.",
             "Barn A ({a} år) går i {X} tre eftermiddage om ugen og har fået to gode venner der.",
             "Trænerne i {X} er orienteret om, at barnet kun må hentes af plejeforældrene."],
}
INST_PAIR = {"dag": ["dag", "skole"], "skole": ["skole", "efter"], "hjem": ["hjem"], "pleje": ["pleje", "hjem"],
             "efter": ["efter", "skole"], "klub": ["klub"]}


def inst_text(c, i):
    r = c.r
    x, typ = INST[i % len(INST)]
    ys = [n for n, t in INST if t in INST_PAIR[typ] and n != x]
    y = r.choice(ys)
    tpl = r.choice(INST_T[typ])
    out = tpl.replace("{a}", str(r.randint(3, 16))).replace("{X}", S("institution", x)).replace("{Y}", S("institution", y))
    return out


# ================================================================= assembly and checks
PLANTED = [
    ("sport", [g1_rota, g1_notes, g1_signup, g1_chat, g1_journal]),
    ("christmas", [g2_application, g2_reply, g2_giftcards, g2_legat, g2_sms]),
    ("traffic", [g3_police, g3_lessons, g3_insurance, g3_journal]),
    ("expenses", [g4_receipts, g4_form, g4_log, g4_mail]),
    ("childwriting", [g5_essay, g5_diary, g5_poem, g5_letter]),
    ("homecoming", [g6_table, g6_prose, g6_network, g6_minutes]),
]
CLEAN = [
    ("sport", [c1_rota, c1_notes, c1_journal]),
    ("christmas", [c2_application, c2_reply, c2_list]),
    ("traffic", [c3_police, c3_lessons, c3_insurance]),
    ("expenses", [c4_receipts, c4_form, c4_log]),
    ("childwriting", [c5_essay, c5_diary, c5_letter]),
    ("homecoming", [c6_table, c6_prose, c6_minutes]),
]
BANDS = {"short": (30, 80, 38, 68), "medium": (81, 150, 90, 135), "long": (151, 300, 158, 226)}
BAND_NAMES = ["short", "medium", "long"]

POOL_NAMES = []
for _k in ORIGIN_KEYS:
    for _lst in ORIGINS[_k]:
        for _n in _lst:
            if _n not in POOL_NAMES:
                POOL_NAMES.append(_n)
for _n in NICKS.values():
    if _n not in POOL_NAMES:
        POOL_NAMES.append(_n)
POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(POOL_NAMES + [n.upper() for n in POOL_NAMES], key=lambda x: (-len(x), x))) + r")(?!\w)")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in STREETS) + r")\s+\d", re.I)
PHONE_RES = [re.compile(p) for p in [
    r"(?<![\d+])\d{8}(?!\d)", r"(?<![\d+.])\d{2}([ .-])\d{2}\1\d{2}\1\d{2}(?![\d])", r"(?<![\d.+])\d{4}[ -]\d{4}(?![\d])",
    r"\+\d{1,3}[\d ]{5,16}\d", r"(?<!\d)00\d{2} ?\d{8}(?!\d)"]]
CPR_RES = [re.compile(p) for p in [
    r"(?<!\d)\d{6}\s?[- ]?\s?\d{4}(?!\d)", r"(?<!\d)\d{2}[. ]\d{2}[. ]\d{2}[- ]?\d{4}(?!\d)"]]
BORN_RE = re.compile(r"(?<![\w.])(?:født|f\.|fødselsdato:?)[ \t]*\d", re.I)
WHITELIST = PUBLIC_NUMBERS + CVR_NUMBERS


def inside(spans, s, e):
    for sp in spans:
        if sp["start"] <= s and e <= sp["end"]:
            return True
    return False


def check(text, spans, lo, hi, kinds):
    errs = []
    prev = -1
    for sp in spans:
        if text[sp["start"]:sp["end"]] != sp["text"]:
            errs.append("offset")
        if sp["text"] != sp["text"].strip():
            errs.append("ws")
        if sp["start"] < prev:
            errs.append("overlap")
        prev = sp["end"]
        if sp["kind"] not in kinds:
            errs.append("kind " + sp["kind"])
    n = len(text.split())
    if not (lo <= n <= hi):
        errs.append(f"band {n}")
    if "\x01" in text or "\x02" in text or "\x03" in text:
        errs.append("marker")
    for sp in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(sp["text"]) + r"(?!\w)", text):
            if not inside(spans, m.start(), m.end()):
                errs.append("copy " + sp["text"])
    for m in POOL_RE.finditer(text):
        if not inside(spans, m.start(), m.end()):
            errs.append("poolname " + m.group())
    for rx in PHONE_RES + CPR_RES:
        for m in rx.finditer(text):
            if m.group().strip() in WHITELIST:
                continue
            if not inside(spans, m.start(), m.end()):
                errs.append("number " + m.group())
    for m in re.finditer("@", text):
        if not inside([s for s in spans if s["kind"] == "email"], m.start(), m.end()):
            errs.append("@")
    for m in STREET_RE.finditer(text):
        if not inside([s for s in spans if s["kind"] == "address"], m.start(), m.end()):
            errs.append("street " + m.group())
    for m in BORN_RE.finditer(text):
        if not inside(spans, m.end() - 1, m.end()):
            errs.append("born " + m.group())
    return errs


def make_one(genre, fns, k, band, kinds, clean):
    lo, hi, tlo, thi = BANDS[band]
    fails = []
    for attempt in range(400):
        fn = fns[(k // 3 + attempt // 40) % len(fns)]
        c = Ctx(R, clean=clean)
        c.genre = genre
        target = R.randint(tlo, thi)
        marked = fn(c, target)
        marked = re.sub(r"[ \t]+\n", "\n", marked).strip().replace("kr..", "kr.").replace(".." + E + ".", "." + E)
        text, spans = parse(marked)
        errs = check(text, spans, lo, hi, kinds)
        if clean and spans:
            errs.append("clean has spans")
        if not errs:
            return text, spans, fn.__name__
        fails.append(errs[:3])
    raise SystemExit(f"cannot draw {fns} {band}: {fails[-5:]}")


def main():
    planted, clean, insts = [], [], []
    stats = {"kinds": {}, "planted_fmt": {}, "clean_fmt": {}, "bands": {}, "fails": 0}
    for i in range(240):
        g, fns = PLANTED[i % 6]
        k = i // 6
        band = BAND_NAMES[(k + i % 6) % 3]
        text, spans, fname = make_one(g, fns, k, band, ["name", "phone", "email", "address", "dob", "cpr"], False)
        planted.append({"id": f"{CORPUS}-p{i + 1:03d}", "text": text, "planted": spans})
        stats["planted_fmt"][fname] = stats["planted_fmt"].get(fname, 0) + 1
        stats["bands"]["p-" + band] = stats["bands"].get("p-" + band, 0) + 1
        for sp in spans:
            stats["kinds"][sp["kind"]] = stats["kinds"].get(sp["kind"], 0) + 1
    sensitive = []
    for d in planted:
        for sp in d["planted"]:
            if sp["kind"] != "name" and sp["text"] not in sensitive:
                sensitive.append(sp["text"])
    for i in range(240):
        g, fns = CLEAN[i % 6]
        k = i // 6
        band = BAND_NAMES[(k + i % 6) % 3]
        for extra in range(50):
            text, spans, fname = make_one(g, fns, k + extra, band, [], True)
            hits = [s for s in sensitive if s in text]
            if not hits:
                break
        else:
            raise SystemExit("clean text keeps planted strings")
        clean.append({"id": f"{CORPUS}-c{i + 1:03d}", "text": text, "planted": []})
        stats["clean_fmt"][fname] = stats["clean_fmt"].get(fname, 0) + 1
        stats["bands"]["c-" + band] = stats["bands"].get("c-" + band, 0) + 1
    for i in range(30):
        for attempt in range(200):
            c = Ctx(R)
            marked = inst_text(c, i + attempt)
            text, spans = parse(marked)
            errs = check(text, spans, 12, 40, ["institution"])
            if not errs and spans:
                break
        else:
            raise SystemExit("institution draw failed")
        insts.append({"id": f"{CORPUS}-i{i + 1:03d}", "text": text, "planted": spans})
        stats["kinds"]["institution"] = stats["kinds"].get("institution", 0) + len(spans)
    # corpus-level checks
    tot = sum(v for k2, v in stats["kinds"].items() if k2 != "institution")
    kc = stats["kinds"]
    assert 3000 <= tot <= 4500, tot
    for k2 in ["phone", "address", "dob"]:
        assert kc.get(k2, 0) >= 250, (k2, kc)
    for k2 in ["cpr", "email"]:
        assert kc.get(k2, 0) >= 120, (k2, kc)
    assert kc["name"] == max(v for k2, v in kc.items() if k2 != "institution"), kc
    for name, rows in [("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", insts)]:
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
            for d in rows:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    stats["total_planted_spans"] = tot
    print(json.dumps(stats, ensure_ascii=False, indent=1))



# ================================================================= extra notes per genre (used when a format runs out of items)
def _pn(c):
    return c.pro()


EXTRA[("sport", False)] = [
    lambda c: f"{(p := c.adult(25, 60, gender='m', first=c.r.choice(['Jonas', 'Rasmus', 'Thomas', 'Lars', 'Jens', 'Mads', 'Haris', 'Yonas', 'Tomasz', 'Anders']))).gen()} nye nummer er {p.phone()}, og {p.pos} mail er {p.email()}.",
    lambda c: f"Diktat (talegenkendelse, ikke rettet): {(p := c.adult(25, 60)).fn()} kan træffes på {p.phone_spoken()} eller på mail {p.email_spoken()}, født {p.dob_spoken()}.",
    lambda c: f"Sagsbehandlerens bemærkning: Holdlederen {(p := c.pro()).full()} er den faste voksne i klubben. Hun/han kan kontaktes på {p.phone()} efter kl. 16.".replace("Hun/han", p.pn.capitalize()),
    lambda c: f"Kontingent og tøj er betalt via kommunen. Kvittering sendt til {(p := c.adult()).email()} ({p.fn()}, kasserer).",
    lambda c: f"Barnets far, {(f := c.adult(30, 55, gender='m')).full()}, må ikke hente. Hvis han kommer, ringes til {c.pro().fn()} på {c.pro().phone()} og evt. politiet på 114.",
    lambda c: f"Efter stævnet i {c.town()} sov {(k := c.kid(9, 14)).fn()} hos holdkammeraten {c.kid(9, 14).full()}, som bor på {c.adult().addr(4)}.",
    lambda c: f"Opdateret telefonliste: {(a := c.adult()).fn()} {a.phone()}, {(b := c.adult()).fn()} {b.phone()}, {(d := c.adult()).fn()} {d.phone()}.",
    lambda c: f"Mail fra hjælpetræner {(p := c.pro()).full()} <{p.email(dom='svoemmeklubben.dk')}> vedlægges. Den handler om omklædning og billeder på holdets side.",
]
EXTRA[("christmas", False)] = [
    lambda c: f"{(p := c.adult(25, 60, gender='m', first=c.r.choice(['Jonas', 'Rasmus', 'Thomas', 'Lars', 'Jens', 'Mads', 'Haris', 'Yonas', 'Tomasz', 'Anders']))).gen()} nye nummer er {p.phone()}, og {p.pos} mail er {p.email()}.",
    lambda c: f"Diktat (talegenkendelse, ikke rettet): {(p := c.adult(25, 60)).fn()} kan træffes på {p.phone_spoken()} eller på mail {p.email_spoken()}, født {p.dob_spoken()}.",
    lambda c: f"Sagsbehandlerens bemærkning: Ansøgningen er sendt videre af {(p := c.pro()).full()}, {c.kommune()}, {p.email()}.",
    lambda c: f"Gavekortet blev afhentet {c.date(1, month=12)} af {(a := c.adult()).full()} med fuldmagt. {a.pos.capitalize()} telefon: {a.phone()}.",
    lambda c: f"Familiens ældste, {(k := c.kid(14, 17)).fn()} (f. {k.dob()}), har selv skrevet et ønske: en vinterjakke og et gavekort til {c.r.choice(SHOPS)}.",
    lambda c: f"Tidligere adresse: {c.adult().addr(0)}. Familien flyttede i oktober efter udsættelse.",
    lambda c: f"Frivillig {(v := c.adult(40, 75)).full()} kører julekurven ud. Ved spørgsmål: {v.phone()}.",
    lambda c: f"Kopi af sygesikringskort for {(k := c.kid(1, 12)).full()} ({k.cpr()}) er vedlagt.",
]
EXTRA[("traffic", False)] = [
    lambda c: f"{(p := c.adult(25, 60, gender='m', first=c.r.choice(['Jonas', 'Rasmus', 'Thomas', 'Lars', 'Jens', 'Mads', 'Haris', 'Yonas', 'Tomasz', 'Anders']))).gen()} nye nummer er {p.phone()}, og {p.pos} mail er {p.email()}.",
    lambda c: f"Diktat (talegenkendelse, ikke rettet): {(p := c.adult(25, 60)).fn()} kan træffes på {p.phone_spoken()} eller på mail {p.email_spoken()}, født {p.dob_spoken()}.",
    lambda c: f"Sagsbehandlerens bemærkning: Den unges kontaktperson, {(p := c.pro()).full()}, deltager i samtalen med politiet. Tlf. {p.phone()}.",
    lambda c: f"Yderligere vidne: {(w := c.adult(20, 80)).full()}, {w.addr(0)}, født {w.dob()}.",
    lambda c: f"SSP har sendt en mail fra {(p := c.pro()).email()} om, at {(k := c.kid(15, 17)).full()} også var med ved hændelsen.",
    lambda c: f"Forsikringsselskabet har bedt om ejerens CPR-nummer: {(o := c.adult(30, 60)).cpr()} ({o.full()}).",
    lambda c: f"Knallerten står nu hos {(a := c.adult()).full()}, {a.addr(2)}, indtil sagen er afklaret.",
    lambda c: f"Mor bad om at blive ringet op på {(m := c.adult(gender='f')).phone()} i stedet for på arbejdet.",
]
EXTRA[("expenses", False)] = [
    lambda c: f"{(p := c.adult(25, 60, gender='m', first=c.r.choice(['Jonas', 'Rasmus', 'Thomas', 'Lars', 'Jens', 'Mads', 'Haris', 'Yonas', 'Tomasz', 'Anders']))).gen()} nye nummer er {p.phone()}, og {p.pos} mail er {p.email()}.",
    lambda c: f"Diktat (talegenkendelse, ikke rettet): {(p := c.adult(25, 60)).fn()} kan træffes på {p.phone_spoken()} eller på mail {p.email_spoken()}, født {p.dob_spoken()}.",
    lambda c: f"Familieplejekonsulentens bemærkning: Udlæggene er gennemgået af {(p := c.pro()).full()} og godkendt. Spørgsmål til {p.email()}.",
    lambda c: f"Kvittering fra frisøren er underskrevet af {c.adult(35, 60).full()}, da den originale bon blev væk.",
    lambda c: f"Tøjpenge for {(k := c.kid(4, 17)).fn()} ({k.dob()}) udbetales fremover direkte til plejefamilien.",
    lambda c: f"Samværsadresse opdateret: mor bor nu på {c.adult(gender='f').addr(0)}.",
    lambda c: f"Udbetalingen blev forsinket, fordi CPR-nummeret {(a := c.adult(35, 60)).cpr()} var tastet forkert. Rettet {c.date(0)} af {c.pro().ini('three')}.",
    lambda c: f"Plejefar kan træffes på {(a := c.adult(35, 62, gender='m')).phone()} ({a.fn()}) i dagtimerne.",
]
EXTRA[("childwriting", False)] = [
    lambda c: f"Sagsbehandlerens bemærkning: Teksten er udleveret af klasselærer {(p := c.pro()).full()} ({p.email(dom='skole.dk')}) efter aftale med barnet.",
    lambda c: f"Bemærkning: Personen \"{(a := c.adult()).nick()}\" er ifølge mor {a.full()}, som bor på {a.addr(4)}.",
    lambda c: f"Nummeret i teksten er kontrolleret. Det tilhører {(a := c.adult(55, 80)).full()}, tlf. {a.phone()}.",
    lambda c: f"Gennemgået med barnet {c.date(0)} af {c.pro().full()}. Barnet ønskede, at {(m := c.adult(gender='f')).fn()} fik en kopi.",
    lambda c: f"Barnets skolemail er {(k := c.kid(8, 16)).email()} ({k.fn()}, født {k.dob()}).",
]
EXTRA[("homecoming", False)] = [
    lambda c: f"{(p := c.adult(25, 60, gender='m', first=c.r.choice(['Jonas', 'Rasmus', 'Thomas', 'Lars', 'Jens', 'Mads', 'Haris', 'Yonas', 'Tomasz', 'Anders']))).gen()} nye nummer er {p.phone()}, og {p.pos} mail er {p.email()}.",
    lambda c: f"Diktat (talegenkendelse, ikke rettet): {(p := c.adult(25, 60)).fn()} kan træffes på {p.phone_spoken()} eller på mail {p.email_spoken()}, født {p.dob_spoken()}.",
    lambda c: f"Sagsbehandlerens bemærkning: Familiebehandler {(p := c.pro()).full()} er kontaktperson i overgangen, tlf. {p.phone()}, mail {p.email()}.",
    lambda c: f"Moster {(a := c.adult(25, 55, gender='f')).full()}, {a.addr(0)}, har tilbudt aflastning hver tredje weekend.",
    lambda c: f"Skolens kontaktlærer er {(p := c.pro()).title()}; skolens sekretær skal have den nye adresse: {c.adult().addr(0)}.",
    lambda c: f"Søskende {(k := c.kid(2, 17)).fn()} (cpr {k.cpr()}) bliver i plejefamilien indtil videre.",
    lambda c: f"Nødnummer, hvis mor ikke svarer: {(a := c.adult()).fn()} på {a.phone()}, ellers Børnetelefonen 116 111.",
    lambda c: f"Plejeforældrene {(a := c.adult(35, 60, gender='f')).fn()} og {(b := c.adult(35, 62, gender='m', surname=a.last)).full()} ønsker fortsat kontakt og kan nås på {a.email()}.",
]

EXTRA[("sport", True)] = [
    lambda c: f"Sagsbehandlerens bemærkning: Holdlederen er den faste voksne i klubben og kan kontaktes via klubbens kontor på hverdage kl. 16-18.",
    lambda c: f"Kontingent og tøj er betalt via kommunen ({c.kr(300, 1200)}). Faktura til {ean(c)}.",
    lambda c: f"Barnets far må ikke hente. Hvis han kommer, ringer træneren til rådgiveren og evt. politiet på 114.",
    lambda c: f"{word_lookalike(c)} Træningen fortsætter efter planen.",
    lambda c: f"Billeder af børnene må ikke lægges på holdets side uden samtykke fra forældremyndighedsindehaveren ({law(c)}).",
]
EXTRA[("christmas", True)] = [
    lambda c: f"Sagsbehandlerens bemærkning: Ansøgningen er sendt videre med familiens samtykke. Julehjælpen regnes ikke med som indtægt.",
    lambda c: f"Gavekortet blev afhentet {c.date(1, month=12)} af en nabo med fuldmagt.",
    lambda c: f"Familiens ældste ({c.r.randint(13, 17)} år) har selv skrevet et ønske: en vinterjakke og et gavekort til {c.r.choice(SHOPS)}.",
    lambda c: "Familien flyttede i oktober efter en udsættelse og bor nu midlertidigt hos mormor.",
    lambda c: f"{word_lookalike(c)}",
]
EXTRA[("traffic", True)] = [
    lambda c: "Sagsbehandlerens bemærkning: Den unges kontaktperson deltager i samtalen med politiet.",
    lambda c: f"SSP-konsulenten har oplyst, at to andre unge også var med ved hændelsen. Sagen drøftes på SSP-mødet {c.date(1)}.",
    lambda c: f"Skadestuen har udskrevet {c.r.choice(['panodil 500 mg', 'ibuprofen 400 mg'])} og kontrol om {c.r.randint(7, 14)} dage.",
    lambda c: f"Knallerten er sat i depot hos politiet, indtil sagen er afklaret ({c.politi()}).",
    lambda c: f"{word_lookalike(c)}",
]
EXTRA[("expenses", True)] = [
    lambda c: "Familieplejekonsulentens bemærkning: Udlæggene er gennemgået og godkendt.",
    lambda c: "Kvitteringen fra frisøren er underskrevet af plejemor, da den originale bon blev væk.",
    lambda c: f"Tøjpenge udbetales fremover direkte til plejefamilien, {c.kr(900, 1800)} pr. kvartal.",
    lambda c: f"Udbetalingen blev forsinket, fordi bilag 7 manglede. Rettet {c.date(0)}.",
    lambda c: f"{word_lookalike(c)}",
]
EXTRA[("childwriting", True)] = [
    lambda c: "Sagsbehandlerens bemærkning: Teksten er udleveret af klasselæreren efter aftale med barnet.",
    lambda c: f"Gennemgået med barnet {c.date(0)}. Barnet ønskede, at mor fik en kopi.",
    lambda c: f"Barnet går i {c.r.randint(2, 9)}.{c.r.choice('abc')} og har dansk i lokale {c.r.randint(1, 3)}.{c.r.randint(10, 30)}.",
]
EXTRA[("homecoming", True)] = [
    lambda c: "Sagsbehandlerens bemærkning: Familiebehandleren er kontaktperson i overgangen.",
    lambda c: "Moster har tilbudt aflastning hver tredje weekend.",
    lambda c: "Skolens kontaktlærer og sekretær orienteres om den nye adresse af mor selv.",
    lambda c: f"Nødnummer, hvis mor ikke svarer: mormor, ellers Børnetelefonen 116 111 eller {pubnum(c)}.",
    lambda c: f"{word_lookalike(c)}",
]


if __name__ == "__main__":
    main()
