#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""blind23: held-out corpus generator (planted / clean / institutions).
Python 3.11 standard library only. One fixed seed, one random.Random instance.
Run: python3 make.py  -> writes planted.jsonl, clean.jsonl, institutions.jsonl next to this file."""
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import *  # noqa: E402,F401,F403

SEED = 20230523
CORPUS = "blind23"
"""Template engine for blind23: persons, formats, span-tracking rendering.
Templates: {KEY} / {KEY.attr} placeholders, ⟨a|b|c⟩ random choice (nestable)."""

REF = dt.date(2025, 6, 1)
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende",
       "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende",
       "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte",
       "enogtredivte"]
UNITS = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs", 9: "halvfems"}

TRANS = {"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "o", "ç": "c", "ş": "s", "ı": "i",
         "ğ": "g", "ł": "l", "ą": "a", "ę": "e", "ś": "s", "ń": "n", "ó": "o", "ż": "z", "ź": "z",
         "ć": "c", "ă": "a", "ț": "t", "ș": "s", "â": "a", "î": "i", "ž": "z", "č": "c", "đ": "d",
         "ð": "d", "ú": "u", "í": "i", "á": "a", "ý": "y"}


def ascii_local(s):
    s = s.lower()
    return "".join(TRANS.get(c, c) for c in s if c.isalnum() or c in "-").replace("-", "")


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else UNITS[u].replace("en", "en") + "og" + TENS[t]


def year_words(y):
    if y >= 2000:
        r = y - 2000
        return "totusind" + ("" if r == 0 else "og" + num_words(r))
    return "nittenhundrede" + ("og" + num_words(y - 1900) if y > 1900 else "")


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def rand_date(rng, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


# ---------------- formats ----------------
def fmt_date_plain(rng, d):
    st = rng.randint(0, 5)
    if st == 0:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if st == 1:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if st == 2:
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if st == 3:
        return f"{d.day}/{d.month}-{d.year}"
    if st == 4:
        return f"{d.day}. {MONTHS[d.month-1]}"
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def fmt_dob(rng, d, spoken=False):
    if spoken:
        return f"{ORD[d.day-1]} {MONTHS[d.month-1]} {year_words(d.year)}"
    yy = d.year % 100
    st = wchoice(rng, [(0, 22), (1, 6), (2, 5), (3, 6), (4, 6), (5, 5), (6, 8), (7, 16), (8, 4), (9, 4),
                       (10, 4), (11, 3), (12, 3), (13, 4)])
    return [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}-{d.year}",
            f"{d.day}/{d.month}-{yy:02d}", f"{d.day}.{d.month}.{yy:02d}", f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{d.day}. {MONTHS[d.month-1]} {d.year}", f"{d.day} {MONTHS[d.month-1]} {d.year}",
            f"{d.day}. {MON3[d.month-1]} {d.year}", f"{EN_MONTHS[d.month-1]} {d.day}, {d.year}",
            f"{d.day} {EN_MONTHS[d.month-1]} {d.year}", f"{d.day}.{d.month}.{d.year}",
            f"{d.day:02d}.{d.month:02d}.{yy:02d}"][st]


def cpr_digits(rng, d, gender):
    y = d.year
    if 1900 <= y <= 1999:
        d7 = rng.choice([0, 1, 2, 3] + ([4, 9] if y >= 1937 else []))
    else:
        d7 = rng.choice([4, 5, 6, 7, 8, 9])
    mid = rng.randint(0, 99)
    last = rng.choice([1, 3, 5, 7, 9] if gender == "m" else [0, 2, 4, 6, 8])
    return f"{d.day:02d}{d.month:02d}{y % 100:02d}", f"{d7}{mid:02d}{last}"


def fmt_cpr(rng, c):
    a, b = c
    st = wchoice(rng, [(0, 50), (1, 12), (2, 12), (3, 10), (4, 8), (5, 4)])
    return [f"{a}-{b}", f"{a} {b}", f"{a}{b}", f"{a[:2]}.{a[2:4]}.{a[4:]}-{b}",
            f"{a[:2]} {a[2:4]} {a[4:]} {b}", f"{a[:2]}{a[2:4]}{a[4:]}-{b[:2]} {b[2:]}"][st]


MOB = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
       "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"]
LAND = ["86", "87", "89", "98", "96", "97", "75", "76", "66", "62", "65", "33", "35", "38", "43", "44",
        "46", "48", "56", "57", "58", "59", "45", "72", "73", "74", "99"]
PUBLIC_DIGITS = []  # filled by make.py (whitelist)


def phone_digits(rng, land=False):
    while True:
        p = rng.choice(LAND if land else MOB) + "".join(str(rng.randint(0, 9)) for _ in range(6))
        if p not in PUBLIC_DIGITS and len(set(p[2:])) > 2:
            return p


def fmt_phone(rng, p):
    st = wchoice(rng, [(0, 18), (1, 30), (2, 14), (3, 5), (4, 5), (5, 12), (6, 5), (7, 4), (8, 4), (9, 3)])
    g = [p[0:2], p[2:4], p[4:6], p[6:8]]
    return [p, " ".join(g), p[:4] + " " + p[4:], ".".join(g), "-".join(g), "+45 " + " ".join(g),
            "+45" + p, "0045 " + p, "(+45) " + p[:4] + " " + p[4:], "+45 " + p[:4] + " " + p[4:]][st]


def phone_spoken(rng, p):
    if rng.random() < 0.5:
        parts = []
        for i in range(0, 8, 2):
            n = int(p[i:i+2])
            parts.append(("nul " + UNITS[n]) if p[i] == "0" else num_words(n))
        return ", ".join(parts) if rng.random() < 0.5 else " ".join(parts)
    return " ".join(UNITS[int(c)] for c in p)


def foreign_phone(rng, cc):
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    return {"+48": lambda: f"+48 {rng.choice(['501','601','694','783'])} {d(3)} {d(3)}",
            "+40": lambda: f"+40 7{d(2)} {d(3)} {d(3)}",
            "+380": lambda: f"+380 {rng.choice(['67','50','63','97'])} {d(3)} {d(4)}",
            "+90": lambda: f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",
            "+46": lambda: f"+46 7{rng.choice('0236')} {d(3)} {d(2)} {d(2)}",
            "+49": lambda: f"+49 15{d(1)} {d(4)} {d(4)}",
            "+299": lambda: f"+299 {rng.choice(['52','55','58'])} {d(2)} {d(2)}",
            "+298": lambda: f"+298 {rng.choice(['21','22','29','51'])} {d(2)} {d(2)}",
            "+252": lambda: f"+252 61 {d(3)} {d(4)}",
            "+44": lambda: f"+44 7{d(3)} {d(6)}",
            "+47": lambda: f"+47 {rng.choice(['4','9'])}{d(2)} {d(2)} {d(3)}"}[cc]()


FLOORS = ["st. th.", "st. tv.", "1. th.", "1. tv.", "2. th.", "2. tv.", "3. mf.", "1. sal", "2. sal",
          "4. th.", "st.", "1.tv", "2 th", "3. 12"]


class Addr:
    def __init__(s, rng, kom):
        s.street = rng.choice(STREETS)
        s.no = str(rng.randint(1, 160))
        if rng.random() < 0.18:
            s.no += rng.choice("ABCDE")
        s.floor = rng.choice(FLOORS) if rng.random() < 0.4 else ""
        s.pc, s.town = rng.choice(kom[3])
        s.foreign = None

    def fmt(s, rng, style=None):
        if s.foreign:
            return s.foreign
        st = style if style is not None else wchoice(rng, [("full", 45), ("street", 18), ("two", 14), ("sloppy", 10), ("nocomma", 8), ("nopc", 5)])
        fl = (", " + s.floor) if s.floor else ""
        if st == "full":
            return f"{s.street} {s.no}{fl}, {s.pc} {s.town}"
        if st == "street":
            return f"{s.street} {s.no}{fl}"
        if st == "two":
            return f"{s.street} {s.no}{fl}\n{s.pc} {s.town}"
        if st == "nopc":
            return f"{s.street} {s.no}{fl}, {s.town}"
        if st == "nocomma":
            return f"{s.street} {s.no} {s.floor + ' ' if s.floor else ''}{s.pc} {s.town}"
        # sloppy
        fl2 = (" " + s.floor.replace(". ", "").replace(".", "")) if s.floor else ""
        return f"{s.street.lower()} {s.no.lower()}{fl2} {s.pc} {s.town.lower()}"


class Person:
    def __init__(s, rng, ctx, key, gender, origin, born, last=None, pro=False, nick=None):
        s.key, s.gender, s.origin, s.pro = key, gender, origin, pro
        fem, mal, sur = ORIGINS[origin]
        s.first = rng.choice(fem if gender == "f" else mal)
        s.middle = None
        if origin == "so" or (origin == "vn" and rng.random() < 0.6):
            s.middle = rng.choice(mal) if origin == "so" else ("Thi" if gender == "f" else "Van")
        elif origin in ("dk", "dk_rare") and rng.random() < 0.2:
            s.middle = rng.choice(ORIGINS["dk"][2] + ORIGINS["dk_rare"][2])
        s.last = last or rng.choice(sur)
        if s.middle in (s.last, s.first):
            s.middle = None
        s.nick = nick
        s.dob = rand_date(rng, born[0], born[1])
        s.cpr = cpr_digits(rng, s.dob, gender)
        s.phone_d = phone_digits(rng, land=pro and rng.random() < 0.5)
        s.foreign_phone = None
        s.addr = None
        s.email = None
        s.ctx = ctx

    @property
    def full(s):
        if s.nick and not s.first:
            return s.nick
        return " ".join(x for x in [s.first, s.middle, s.last] if x)

    @property
    def fl(s):
        return f"{s.last}, {s.first}"

    @property
    def initials(s):
        parts = re.split(r"[ -]", s.first) + re.split(r"[ -]", s.last)
        return "".join(p[0].upper() for p in parts if p)


def make_email(rng, p, domain=None, work=False):
    f = ascii_local(p.first.split(" ")[0])
    l = ascii_local(p.last.replace(" ", ""))
    if work:
        st = rng.randint(0, 3)
        return [f"{f}.{l}", f"{f[:2]}{l[:2]}", f"{f}{l[:1]}", p.initials.lower()][st] + "@" + domain
    yy = f"{p.dob.year % 100:02d}"
    st = rng.randint(0, 6)
    loc = [f"{f}.{l}", f"{f}{l}", f"{f}_{yy}", f"{f[0]}.{l}", f"{f}{l}{yy}", f"{f}.{l}{rng.randint(1, 99)}",
           f"{l}.{f}"][st]
    return loc + "@" + (domain or rng.choice(PRIVATE_DOMAINS))


def email_spoken(e):
    loc, dom = e.split("@")
    sp = lambda x: x.replace(".", " punktum ").replace("_", " understreg ")
    return f"{sp(loc)} snabel-a {sp(dom)}".replace("  ", " ")


def misspell(rng, w):
    VAR = {"Mohammad": "Muhammed", "Mohamed": "Mohammed", "Sofie": "Sophie", "Mette": "Mete",
           "Yousef": "Yusuf", "Ahmed": "Ahmad", "Fatima": "Fatma", "Camilla": "Kamilla", "Christian": "Kristian",
           "Jesper": "Jasper", "Rasmus": "Rasmuss", "Nielsen": "Nilsen", "Hansen": "Hanssen",
           "Kristensen": "Christensen", "Pedersen": "Petersen", "Oleksandr": "Aleksandr", "Olena": "Elena"}
    if w in VAR:
        return VAR[w]
    if len(w) < 4 or " " in w:
        return w + w[-1]
    i = rng.randint(1, len(w) - 3)
    op = rng.randint(0, 2)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i] + w[i:]
    return w[:i] + w[i + 1:]
# ---------------- context, persons by role, rendering ----------------
ROLE_PRO = {  # key: (role, email domain kind, landline?)
    "CW": "kom", "TL": "kom", "K": "kom", "SSP": "kom", "SL": "kom", "TE": "kom", "JC": "kom", "R": "kom",
    "R2": "kom", "S": "kom", "SP": "kom", "P": "kom", "P2": "kom", "MIS": "kom", "T": "treat", "T2": "treat",
    "DR": "health", "PSY": "health", "V": "ngo", "KO": "ngo", "MEN": "ngo", "ADV": "adv", "BIS": "private",
    "PM": "private", "PF": "private", "PO": "politi", "FK": "kom",
}
FOREIGN_CC = {"pl": "+48", "ro": "+40", "ua": "+380", "tr": "+90", "gl": "+299", "fo": "+298", "so": "+252",
              "en": "+44"}
FOREIGN_ADDR_BY = {"pl": [0, 1, 2], "ro": [3, 4], "ua": [5, 6], "gl": [7, 8], "fo": [9, 10], "tr": [11, 12],
                   "so": [17], "en": [16]}

ICD = ["F90.0", "F32.1", "F33.1", "F10.2", "F12.2", "F12.1", "F43.1", "F84.0", "F41.1", "F60.3", "F91.3", "F19.2",
       "F50.0", "F20.0", "F31.3", "F93.0", "Z63.7"]
MEDS = ["Concerta 36 mg", "Ritalin Uno 20 mg", "Melatonin 3 mg", "Circadin 2 mg", "Sertralin 50 mg",
        "Quetiapin 25 mg", "Elvanse 30 mg", "Atomoxetin 40 mg", "Antabus", "Metadon", "Buprenorphin",
        "Risperidon 0,5 mg", "Fluoxetin 20 mg", "Panodil", "Ventoline"]


class Ctx:
    def __init__(s, rng, genre, child_age=(6, 17)):
        s.rng = rng
        s.genre = genre
        s.kom = rng.choice(KOMMUNER)
        s.people = {}
        s.mentioned = {}
        s.origin = wchoice(rng, ORIGIN_WEIGHTS)
        s.child_age = child_age
        s.clock = rng.randint(7 * 60 + 45, 9 * 60 + 30)
        s.fam_last = rng.choice(ORIGINS[s.origin][2])
        s.nick_used = []
        s.no_persons = False
        s.base = rand_date(rng, 2024, 2025).replace(day=1) + dt.timedelta(days=rng.randint(0, 27))
        if s.base > dt.date(2025, 9, 30):
            s.base = s.base.replace(year=2024)
        s.seq = s.base - dt.timedelta(days=rng.randint(60, 120))

    # ---- persons ----
    def person(s, key):
        if key in s.people:
            return s.people[key]
        if s.no_persons:
            raise RuntimeError('person in clean text: ' + key)
        r = s.rng
        y = REF.year
        if key in ("C", "C2", "C3"):
            lo, hi = s.child_age
            if key != "C":
                lo, hi = max(1, lo - 4), min(17, hi + 3)
            age = r.randint(lo, hi)
            a = dt.date(y - age - 1, REF.month, REF.day).toordinal() + 1
            b = dt.date(y - age, REF.month, REF.day).toordinal()
            p = Person(r, s, key, r.choice("mf"), s.origin, (2000, 2000), last=s.fam_last)
            p.dob = dt.date.fromordinal(r.randint(a, b))
            p.cpr = cpr_digits(r, p.dob, p.gender)
            if r.random() < 0.12 and s.origin in ("dk", "dk_rare"):
                p.last = p.last + "-" + r.choice(ORIGINS["dk"][2])
            home = s.person("M") if r.random() < 0.7 else s.person("F")
            if home.addr.foreign:
                home = s.person("M")
            p.addr = home.addr
        elif key in ("M", "F", "MM", "FM"):
            g = "f" if key in ("M", "MM") else "m"
            born = (1972, 1998) if key in ("M", "F") else (1948, 1968)
            org = s.origin if (key != "F" or r.random() < 0.8) else wchoice(r, ORIGIN_WEIGHTS)
            last = s.fam_last if (key == "F" or r.random() < 0.55) and org == s.origin else None
            p = Person(r, s, key, g, org, born, last=last)
            p.addr = Addr(r, s.kom)
            if key == "F" and "M" in s.people and r.random() < 0.35:
                p.addr = s.people["M"].addr
            if key == "M" and "F" in s.people and r.random() < 0.35 and not s.people["F"].addr.foreign:
                p.addr = s.people["F"].addr
            if key in ("F", "FM") and p.addr is not s.people.get("M", p).addr and org in FOREIGN_CC and org not in ("dk", "dk_rare") and r.random() < 0.6:
                p.addr.foreign = FOREIGN_ADDR[r.choice(FOREIGN_ADDR_BY[org])]
                p.foreign_phone = foreign_phone(r, FOREIGN_CC[org])
            elif key == "F" and p.addr is not s.people.get("M", p).addr and r.random() < 0.08:
                k = r.randint(0, 2)
                p.addr.foreign = FOREIGN_ADDR[13 + k]
                p.foreign_phone = foreign_phone(r, ["+46", "+47", "+49"][k])
        elif key in ("FR", "FR2", "FR3"):
            lo, hi = s.child_age
            org = wchoice(r, ORIGIN_WEIGHTS)
            p = Person(r, s, key, r.choice("mf"), org, (y - hi - 1, y - lo))
            p.addr = Addr(r, s.kom)
        elif key in ("N1", "N2", "N3"):
            nk = r.choice([n for n in NICKNAMES if n not in s.nick_used])
            s.nick_used.append(nk)
            p = Person(r, s, key, "m", wchoice(r, ORIGIN_WEIGHTS), (1995, 2008), nick=nk)
            p.addr = Addr(r, s.kom)
        elif key in ROLE_PRO:
            org = wchoice(r, PRO_WEIGHTS)
            g = "f" if key == "PM" else ("m" if key == "PF" else r.choice("ffm"))
            p = Person(r, s, key, g, org, (1958, 1998), pro=True)
            kind = ROLE_PRO[key]
            dom = {"kom": s.kom[1], "treat": r.choice(TREAT_DOMAINS), "health": r.choice(HEALTH_DOMAINS),
                   "ngo": r.choice(NGO_DOMAINS), "politi": "politi.dk", "adv": r.choice(["advodan.dk", "ret-og-raad.dk", "advokathuset-nord.dk"]),
                   "private": None}[kind]
            if key == "PF" and "PM" in s.people:
                p.last = s.people["PM"].last
            p.email = make_email(r, p, dom, work=dom is not None) if kind != "politi" else \
                f"{ascii_local(p.first)[:3]}{r.randint(1, 99):03d}@politi.dk"
            p.addr = Addr(r, s.kom)
            if key == "PF" and "PM" in s.people:
                p.addr = s.people["PM"].addr
            if key == "PM" and "PF" in s.people:
                p.addr = s.people["PF"].addr
        else:
            raise KeyError(key)
        if p.email is None:
            p.email = make_email(r, p)
        s.people[key] = p
        return p

    def tick(s):
        s.clock += s.rng.randint(4, 55)
        return f"{s.clock // 60:02d}:{s.clock % 60:02d}" if s.rng.random() < 0.8 else f"{s.clock // 60:02d}.{s.clock % 60:02d}"


N = "name"


def gen_items(name):
    if name[-1] in "sxzSXZ":
        return [(N, name), "'"]
    return [(N, name + "s")]


def mention(ctx, key, form=None):
    r = ctx.rng
    p = ctx.person(key)
    n = ctx.mentioned.get(key, 0)
    ctx.mentioned[key] = n + 1
    if p.nick and form in (None, "first", "full"):
        return [(N, p.nick.lower() if r.random() < 0.06 else p.nick)]
    if form is None:
        if n == 0:
            form = wchoice(r, [("full", 80), ("fl", 5), ("caps", 5), ("fml", 5), ("miss", 3)])
        elif key.startswith("C"):
            form = wchoice(r, [("first", 72), ("full", 8), ("low", 3), ("miss", 6), ("caps", 3), ("last", 2)])
        elif key in ("M", "F", "MM", "FM", "FR", "FR2", "FR3"):
            form = wchoice(r, [("first", 40), ("full", 25), ("title", 15), ("last", 5), ("miss", 6), ("caps", 3), ("fl", 3), ("low", 2)])
        else:
            form = wchoice(r, [("full", 33), ("first", 30), ("title", 8), ("ini", 10), ("last", 6), ("miss", 5), ("caps", 3), ("inidot", 3)])
    if form == "fml":
        form = "full"
    if form == "full":
        return [(N, p.full)]
    if form == "first":
        return [(N, p.first)]
    if form == "last":
        return [(N, p.last)]
    if form == "fl":
        return [(N, p.fl)]
    if form == "caps":
        return [(N, p.full.upper() if r.random() < 0.6 else p.last.upper())]
    if form == "ini":
        return [(N, p.initials)]
    if form == "inidot":
        return [(N, ".".join(c for c in p.initials[:2]) + ".")]
    if form == "low":
        return [(N, p.first.lower())]
    if form == "miss":
        return [(N, misspell(r, p.first if r.random() < 0.6 else p.last))]
    if form == "title":
        if key == "DR":
            return ["dr. ", (N, p.last)]
        return ["fru " if p.gender == "f" else "hr. ", (N, p.last)]
    if form == "gen":
        return gen_items(p.first)
    if form == "genfull":
        return gen_items(p.full)
    raise ValueError(form)


PRON = {"han": ("han", "hun"), "Han": ("Han", "Hun"), "hans": ("hans", "hendes"), "Hans": ("Hans", "Hendes"),
        "ham": ("ham", "hende"), "søn": ("søn", "datter"), "dreng": ("dreng", "pige"), "sin": ("sin", "sin")}


def attr(ctx, key, a):
    r = ctx.rng
    if a in ("full", "first", "last", "fl", "caps", "ini", "inidot", "low", "miss", "title", "gen", "genfull", "nick"):
        return mention(ctx, key, a)
    p = ctx.person(key)
    if a in PRON:
        return PRON[a][0 if p.gender == "m" else 1]
    if a == "phone":
        return [("phone", p.foreign_phone or fmt_phone(r, p.phone_d))]
    if a == "phonesp":
        return [("phone", phone_spoken(r, p.phone_d))]
    if a == "email":
        return [("email", p.email)]
    if a == "emailsp":
        return [("email", email_spoken(p.email))]
    if a == "addr":
        return [("address", p.addr.fmt(r))]
    if a == "addr1":
        return [("address", p.addr.fmt(r, "full"))]
    if a == "addr2":
        return [("address", p.addr.fmt(r, "two" if not p.addr.foreign else None))]
    if a == "addrs":
        return [("address", p.addr.fmt(r, "street"))]
    if a == "dob":
        return [("dob", fmt_dob(r, p.dob))]
    if a == "dobsp":
        return [("dob", fmt_dob(r, p.dob, spoken=True))]
    if a == "cpr":
        return [("cpr", fmt_cpr(r, p.cpr))]
    if a == "age":
        return str(REF.year - p.dob.year - (1 if (REF.month, REF.day) < (p.dob.month, p.dob.day) else 0))
    if a == "town":
        return p.addr.town if not p.addr.foreign else "udlandet"
    raise ValueError(key + "." + a)


def glob(ctx, k):
    r = ctx.rng
    if k == "date":
        return fmt_date_plain(r, ctx.base + dt.timedelta(days=r.randint(-45, 45)))
    if k == "dseq":
        ctx.seq += dt.timedelta(days=r.randint(3, 9))
        return fmt_date_plain(r, ctx.seq)
    if k == "medpsy":
        return r.choice(["Sertralin 100 mg", "Quetiapin 50 mg", "Lithium", "Escitalopram 10 mg", "Mirtazapin 30 mg", "Aripiprazol 10 mg"])
    if k == "time":
        return f"kl. {r.randint(8, 16)}.{r.choice(['00', '15', '30', '45'])}"
    if k == "clock":
        return ctx.tick()
    if k == "kom":
        return ctx.kom[0]
    if k == "town":
        return r.choice(ctx.kom[3])[1]
    if k == "sb":
        return ctx.kom[2]
    if k == "sagsnr":
        return r.choice([f"{r.choice([2023, 2024, 2025])}-{r.randint(10000, 999999)}",
                         f"S-{r.randint(23, 25)}-{r.randint(1000, 99999):05d}",
                         f"{r.randint(23, 25)}/{r.randint(1000, 99999)}"])
    if k == "jnr":
        return f"27.{r.randint(10, 40)}.{r.randint(0, 20):02d}-{r.choice(['P20', 'G01', 'K07', 'A00'])}-{r.randint(1, 30)}-{r.randint(23, 25)}"
    if k == "amt":
        v = r.choice([r.randint(2, 99) * 50, r.randint(10, 200) * 100, r.randint(1, 40) * 25])
        s = f"{v:,}".replace(",", ".")
        return r.choice([f"{s} kr.", f"kr. {s},00", f"{s},- kr."])
    if k == "pct":
        return str(r.randint(8, 45))
    if k == "n":
        return str(r.randint(2, 9))
    if k == "nn":
        return str(r.randint(10, 30))
    if k == "room":
        return r.choice([f"lokale {r.randint(1, 4)}.{r.randint(1, 30):02d}", f"mødelokale {r.randint(1, 12)}",
                         f"afsnit {r.choice('PRSU')}{r.randint(1, 9)}", f"værelse {r.randint(1, 24)}"])
    if k == "klasse":
        return f"{r.randint(0, 9)}.{r.choice('abcdx')}" if r.random() < 0.85 else f"{r.randint(0, 9)}. klasse"
    if k == "icd":
        return r.choice(ICD)
    if k == "med":
        return r.choice(MEDS)
    if k == "q":
        return str(r.randint(1, 4))
    if k == "yr":
        return str(r.choice([2024, 2025]))
    if k == "week":
        return f"uge {r.randint(2, 50)}"
    if k == "age":
        return str(r.randint(3, 17))
    if k == "agey":
        return str(r.randint(12, 17))
    if k == "cvr":
        return r.choice(CVR_PUBLIC)
    if k == "ean":
        return "579800" + "".join(str(r.randint(0, 9)) for _ in range(7))
    if k == "scale":
        return str(r.randint(1, 9))
    raise KeyError(k)


CVR_PUBLIC = ["29 18 93 47", "55 13 26 18", "19 43 88 70", "35 22 09 61", "CVR 31 74 51 28"]

CHOICE_RE = re.compile(r"⟨([^⟨⟩]*)⟩")
PH_RE = re.compile(r"\{([A-Za-z0-9]+)(?:\.([A-Za-zøæå0-9]+))?\}")


def render(ctx, tpl):
    if callable(tpl):
        tpl = tpl(ctx)
    r = ctx.rng
    while True:
        m = CHOICE_RE.search(tpl)
        if not m:
            break
        tpl = tpl[:m.start()] + r.choice(m.group(1).split("|")) + tpl[m.end():]
    items = []
    pos = 0
    for m in PH_RE.finditer(tpl):
        if m.start() > pos:
            items.append(tpl[pos:m.start()])
        k, a = m.group(1), m.group(2)
        if a is None and (k in ROLE_PRO or k in ("C", "C2", "C3", "M", "F", "MM", "FM", "FR", "FR2", "FR3", "N1", "N2", "N3")):
            v = mention(ctx, k)
        elif a is None:
            v = glob(ctx, k)
        else:
            v = attr(ctx, k, a)
        if isinstance(v, str):
            items.append(v)
        else:
            items.extend(v)
        pos = m.end()
    if pos < len(tpl):
        items.append(tpl[pos:])
    return items


def wc(items):
    return len("".join(x if isinstance(x, str) else x[1] for x in items).split())


BANDS = [(30, 80), (81, 150), (151, 300)]
P_INCL = [0.3, 0.55, 0.9]


def compose(ctx, band, head, bodies, tail=None, sep="\n\n"):
    lo, hi = BANDS[band]
    r = ctx.rng
    out = render(ctx, head)
    tl = render(ctx, tail) if tail else []
    total = wc(out) + wc(tl)
    if total > hi:
        return None
    nb = 0
    for b in bodies:
        if r.random() >= P_INCL[band]:
            continue
        snap = dict(ctx.mentioned)
        it = render(ctx, b)
        w = wc(it)
        if total + w > hi:
            ctx.mentioned = snap
            continue
        out += [sep] + it
        total += w
        nb += 1
        if total >= lo and band < 2 and r.random() < 0.5:
            break
    if total < lo or (bodies and nb == 0):
        return None
    if tl:
        out += [sep] + tl
    return out


def assemble(items):
    text = ""
    spans = []
    for x in items:
        if isinstance(x, str):
            text += x
        else:
            k, t = x
            spans.append({"kind": k, "text": t, "start": len(text), "end": len(text) + len(t)})
            text += t
    return text, spans
# ---------------- planted genres ----------------
SIG_KOM = ["Med venlig hilsen\n\n{CW.full}\n⟨Rådgiver|Socialrådgiver|Myndighedsrådgiver⟩, Børn og Unge\n{kom} Kommune\nDirekte tlf.: {CW.phone}\nMail: {CW.email}",
           "Venlig hilsen\n{CW.full}\n⟨Børnerådgiver|Sagsbehandler⟩ | Børn og Familie | {kom} Kommune\nT: {CW.phone} | E: {CW.email}",
           "Med venlig hilsen\n{CW.full}, rådgiver\n{CW.phone}"]

# ===== G1: youth substance-abuse treatment =====
G1_BODY = [
    "{C} fortæller, at {C.han} begyndte at ryge hash som ⟨13|14⟩-årig sammen med ⟨nogle ældre drenge|vennerne|et par fra klassen⟩ fra ⟨klubben|skolen|boldbanen⟩, især {N1} og {FR}. {C.Han} ryger nu ⟨dagligt|næsten hver dag|fire-fem dage om ugen⟩, typisk ⟨to-tre joints|et par joints⟩ om aftenen for at kunne falde i søvn.",
    "Hashen købes ⟨oftest|primært|for det meste⟩ af en, der kaldes {N2}, som ⟨kører rundt i en sort Golf|holder til ved Banegårdspladsen|sælger via Snapchat⟩. Mor har fundet nummeret {N2.phone} i {C.gen} telefon og mener, at det tilhører {N2}.",
    "{M.full} ⟨deltog i samtalen|var med i første halvdel af samtalen⟩. Hun er ⟨meget bekymret|træt og bekymret⟩ og fortæller, at {C} har taget penge fra hendes pung ⟨flere gange|i den seneste måned⟩. Mor kan kontaktes på {M.phone}⟨ eller på mail {M.email}|⟩.",
    "{C} oplyser, at {C.han} ⟨også har prøvet|i weekenderne tager⟩ kokain og ⟨MDMA|ketamin|Rivotril købt på gaden⟩ til fester ⟨hos {FR.full}|i et kolonihavehus|hos en ven af {N1}⟩. {C.Han} vurderer ikke selv, at forbruget er et problem, men ⟨er træt af konflikterne derhjemme|vil gerne have sin skolegang tilbage⟩.",
    "Far, {F.full}, bor ⟨for sig selv|i {F.town}⟩ og deltog ikke. Han er orienteret telefonisk på {F.phone} og ⟨vil gerne deltage i næste samtale|ønsker ikke at blive involveret lige nu|bakker op om behandlingen⟩.",
    "Aftaler: ⟨Ugentlige samtaler hos|Samtale hver tirsdag med⟩ {T.first} kl. ⟨14.00|15.30|16.00⟩. U-prøve ved hvert fremmøde. ⟨Familiesamtale med mor|Netværksmøde med skolen⟩ {date}. {C} ved, at ⟨vagttelefonen|akuttelefonen⟩ kan bruges om aftenen.",
    "Motivation: På en skala fra 0 til 10 placerer {C} sig selv på ⟨3|4|5|6⟩ i forhold til at stoppe. {C.Han} vil gerne ⟨skære ned|holde op med kokain, men ikke med hash|holde afstand til {N1}⟩ og siger selv, at ⟨det bliver svært i ferien|{FR.first} er den eneste, der ikke ryger⟩.",
    "Behandlerteam omkring {C}:\n- {T.full}, primær behandler, tlf. {T.phone}\n- {T2.full}, familiebehandler, {T2.email}\n- ⟨læge|psykiater⟩ {DR.full}, konsulent",
    "SSP-konsulent {SSP.full} har oplyst, at {C} flere aftener er set sammen med {N1} og {N3} ved ⟨Busterminalen|Stationspladsen|Torvet⟩. {SSP.first} kan kontaktes på {SSP.phone}.",
    "{C} (f. {C.dob}) bor hos ⟨mor|far⟩ på {C.addr}. {C.Han} går ⟨i {klasse}|på 10. klassecenteret|på produktionsskole⟩, men har haft et fravær på ⟨{pct}|omkring {pct}⟩ % siden jul.",
]


def g1(ctx, band, sub):
    if sub == "intake":
        head = ("Indskrivningssamtale, ⟨Ungebehandlingen|Rusmiddelcenter for unge|Ungeindsatsen, rusmiddelteamet⟩\nDato: {date}\nNavn: ⟨{C.full}|{C.caps}⟩\nFødt: {C.dob}\nCPR-nr.: {C.cpr}\nAdresse: {C.addr}\nMobil: {C.phone}\nHenvist af: {CW.full}, Børn og Unge, {kom} Kommune\nBehandler: {T.full}"
                if band else "Indskrivning {date}: {C.full}, f. {C.dob}, mobil {C.phone}. Henvist af rådgiver {CW.full}.")
        tail = "/{T.ini}" if band == 0 else "⟨Med venlig hilsen|Venlig hilsen⟩\n{T.full}\nBehandler\n{T.phone} | {T.email}"
        return compose(ctx, band, head, G1_BODY, tail)
    if sub == "plan":
        head = "BEHANDLINGSPLAN ⟨– ungebehandling|§ 101-forløb|for ambulant rusmiddelbehandling⟩\nUng: {C.full} ({C.age} år), født {C.dob}\nCPR: {C.cpr}\nAdresse: {C.addr}\nForældre: {M.full} og {F.full}\nRådgiver: {CW.full} ({CW.email})"
        goals = [
            "Mål 1: {C} skal ⟨nedbringe sit hashforbrug|stoppe med kokain|holde sig stoffri⟩ inden ⟨sommerferien|næste opfølgning|{date}⟩. Delmål: rene U-prøver to uger i træk.",
            "Mål 2: {C} skal genoptage skolegangen. ⟨Klasselærer|Vejleder⟩ {TE.full} ({TE.phone}) er kontaktperson på skolen.",
            "Mål 3: Familien skal have færre konflikter. ⟨Familiebehandler|Behandler⟩ {T2.full} tager ⟨hjemmebesøg|samtaler⟩ hos mor på {M.addr} hver anden uge.",
            "Mål 4: {C} skal have et fritidsliv uden rusmidler og uden kontakt til {N2}. {C.Han} har selv foreslået ⟨fitness|boksning|at begynde til fodbold igen⟩ sammen med {FR.first}.",
            "Metode: Motiverende samtale, kognitiv adfærdsterapi og ⟨MDFT|familiesamtaler|netværksmøder⟩. Samtalerne ⟨ligger om eftermiddagen|holdes i behandlingscentrets lokaler|kan holdes på gåture⟩.",
            "Opfølgning: Planen evalueres {date} med {C}, {M.first} og {CW.first}. Behandlingsansvarlig er {T.full}, som kan træffes på {T.phone}.",
            "Baggrund: {C} er henvist af {CW.full} efter en underretning fra skolen. {C.Han} har røget hash siden ⟨8.|7.⟩ klasse og har de sidste måneder haft ⟨et stigende forbrug|flere episoder med kokain|problemer med søvnen⟩.",
            "Risikofaktorer: Omgangskreds med ældre unge, bl.a. {N1} og {N3}; gæld til {N2}; konflikter med ⟨mor|far|stedfar⟩ om penge og tider.",
            "Beskyttende faktorer: God relation til ⟨mormor|en træner|sin storesøster⟩, lyst til at tage ⟨kørekort|en uddannelse|et fritidsjob⟩, og en ven, {FR.first}, som ikke ryger.",
            "Forældrenes rolle: {M.first} og {F.first} deltager i forældresamtaler hver tredje uge. Far kan kontaktes på {F.phone}, mor på {M.phone}.",
        ]
        return compose(ctx, band, head, goals, "Underskrifter: {C.full} / {T.full}" if band else None, sep="\n")
    if sub == "urin":
        head = "⟨U-prøver – {C.full}, f. {C.dob}|Urinprøver, {C.fl}, født {C.dob}, CPR {C.cpr}⟩\nDato | Resultat | Bemærkning | Sign."
        res = ["THC positiv", "THC positiv, faldende", "negativ", "kokain positiv", "benzodiazepiner positiv",
               "negativ (fortyndet)", "THC + kokain positiv", "ikke afleveret", "negativ"]
        rows = []
        for i in range(14):
            rows.append(lambda c, i=i: "{dseq} | " + c.rng.choice(res) + " | " + c.rng.choice([
                "som forventet", "aftrapning i gang", "siger selv, at {C.han} røg fredag", "udeblev, ringet til mor på {M.phone}",
                "har været til fest hos {FR.first}", "god samtale bagefter", "{N1} var med ude foran", "-", "kreatinin lav, ny prøve"]) + " | {T.ini}")
        return compose(ctx, band, head, rows, "Kommentar: ⟨Udviklingen drøftes med {CW.full} på næste møde.|Faldende THC-værdier tyder på reelt nedsat forbrug. /{T.ini}|{C} er informeret om resultaterne.⟩", sep="\n")
    if sub == "relapse":
        head = "Journalnotat {date} – ⟨tilbagefald|genoptaget forbrug|hændelse⟩\n{C.full}⟨ (CPR {C.cpr})|, f. {C.dob}|, CPR-nr. {C.cpr}, {C.addr}⟩"
        bodies = [
            "Natten til lørdag blev {C} ⟨hentet af politiet|fundet af mor|samlet op af en patrulje⟩ på {FR.addr}, hvor der havde været fest hos {FR.full}. {C.Han} var påvirket af ⟨kokain og alkohol|hash og piller|noget, {C.han} ikke selv kunne navngive⟩.",
            "Politiassistent {PO.full} har sendt underretning og kan kontaktes på {PO.email}. Ifølge {PO.last} var {N1} og {N2} også til stede.",
            "{M} ringede mandag morgen fra {M.phone} og var meget ked af det. Hun fortalte, at {C} ⟨havde sovet til kl. 15|ikke ville tale om det|havde grædt⟩.",
            "{C} mødte selv op til samtale hos {T.first} ⟨tirsdag|onsdag⟩ og fortalte åbent om weekenden. {C.Han} siger, at {N2} ⟨gav|solgte⟩ {C.ham} stofferne og at {C.han} ⟨skylder ham penge|ikke tør sige nej⟩.",
            "Vurdering: Tilbagefaldet ses som en del af forløbet. ⟨Samtalefrekvensen øges til to gange ugentligt.|Der aftales en sikkerhedsplan med mor.|Der indkaldes til netværksmøde.⟩ Rådgiver {CW.full} er orienteret på {CW.phone}.",
            "{C} fortalte, at {C.han} havde skrevet med {FR2.first} hele aftenen og var blevet hentet i bil af {N3}. {C.Han} kan ikke huske, hvordan {C.han} kom fra festen.",
            "Mor har bedt om, at kommunen ⟨overvejer en anbringelse|får {C.ham} på efterskole|hjælper med en aflastningsfamilie⟩. Det drøftes på netværksmødet {date}.",
            "Sikkerhedsplan: {C} må overnatte hos ⟨mormor|faster|moster⟩ {MM.full} på {MM.addr}, hvis det bliver for svært derhjemme. {MM.first} har telefon {MM.phone}.",
        ]
        return compose(ctx, band, head, bodies, "/{T.ini}" if ctx.rng.random() < 0.5 else "{T.full}, behandler")
    # sms
    head = "⟨Kopieret fra arbejdstelefonen {date}|Sms-tråd indsat i journal|Beskeder fra {C.first} (nr. {C.phone})⟩ – {C.full}, ⟨f. {C.dob}|CPR {C.cpr}⟩:"
    msgs = [
        "[22:47] {C.low}: hej {T.low} sry jeg har røget igen i aften. kan vi snakke imorgen",
        "[22:51] {T.first}: Hej {C.first}. Godt du skriver. Jeg ringer kl. 10. Ring 112 hvis du får det dårligt.",
        "[23:05] {C.low}: {N2.low} har skrevet igen han vil ha sine penge",
        "[09:58] {T.first}: Jeg ringer nu fra {T.phone}.",
        "[14:12] {C.first}: ok men sig ik det til min mor",
        "[16:30] {M.first}: Hej {T.first}, det er {M.full}. {C.first} er ikke kommet hjem. Kan du ringe på {M.phone}?",
        "[16:44] {T.first}: Hej {M.first}. Jeg har haft kontakt til {C.ham} kl. 14. Jeg ringer om lidt.",
        "[20:03] {C.first}: er hos {FR.low} på {FR.addrs} sover her i nat",
        "[20:10] {T.first}: Okay. Skriv til din mor, så hun ved det. Hendes nummer er {M.phone}.",
        "[07:40] {C.first}: er vågen. skal jeg stadig komme kl 14",
        "[07:52] {T.first}: Ja. Husk at vi tager en U-prøve. {T2.first} er også med i dag.",
        "[13:55] {C.first}: kommer lidt for sent bussen er ikk kommet",
        "[21:17] {C.low}: {N1} siger at {N2} ved hvor jeg bor",
        "[21:20] {T.first}: Det lyder utrygt. Jeg ringer til dig nu. Hvis du er i fare, så ring 112.",
        "[10:02] {M.first}: {C.first} har været hjemme hele weekenden. Tak for i går.",
    ]
    note = "Note: Tråden er indsat efter aftale med {C.first}. ⟨Drøftet med {CW.full}.|Opfølgning ved næste samtale.|Ingen akut bekymring vurderet.⟩ /{T.ini}"
    return compose(ctx, band, head, msgs, note, sep="\n")


# ===== G2: injunctions and sanctions =====
def g2(ctx, band, sub):
    r = ctx.rng
    if sub in ("decision", "hearing", "stop"):
        title = {"decision": "⟨Afgørelse om forældrepålæg|Afgørelse om børne- og ungepålæg|Afgørelse om forlængelse af forældrepålæg⟩",
                 "hearing": "⟨Partshøring – påtænkt forældrepålæg|Partshøring før afgørelse om ungepålæg|Partshøring vedrørende standsning af børne- og ungeydelse⟩",
                 "stop": "Afgørelse om standsning af børne- og ungeydelsen"}[sub]
        if band == 0:
            head = "⟨{M.full}|{M.caps}⟩\n{M.addr2}\n\n" + title + " vedrørende {C.full}, f. {C.dob}"
        else:
            head = "{M.full}\n{M.addr2}\n\n{town}, {date}\nSagsnr.: {sagsnr}\n\n" + title + "\n\nVedr.: {C.full}, CPR-nr. {C.cpr}, {C.addr}"
        first = ("Børn og Unge, {kom} Kommune, har besluttet at standse udbetalingen af børne- og ungeydelsen vedrørende din {C.søn} {C.first}, født {C.dob}, fordi pålægget af {date} ikke er overholdt."
                 if sub == "stop" else
                 "Børn og Unge, {kom} Kommune, ⟨har besluttet|påtænker⟩ at give dig et pålæg vedrørende din {C.søn} {C.first}, født {C.dob}. Pålægget betyder, at du skal medvirke aktivt til at løse de problemer, der er beskrevet nedenfor.")
        bodies = [
            first,
            "Pålæggets indhold:\n1. Du skal sikre, at {C.first} møder i skole hver dag senest kl. 8.00.\n2. Du skal deltage i møder med skolen hver 14. dag.\n3. Du skal sørge for, at {C.first} er hjemme senest kl. ⟨21.00|22.00⟩ på hverdage.",
            "Begrundelse: {C} har i indeværende skoleår haft et fravær på {pct} %. Skoleleder {SL.full} har ⟨underrettet|sendt to underretninger⟩, og {SSP.full} fra SSP har oplyst, at {C.first} er set sammen med ⟨ældre unge|{N1} og {FR.first}⟩ sent om aftenen. På mødet {date} aftalte vi en plan, som ikke er blevet fulgt.",
            "Lovgrundlag: Afgørelsen træffes efter reglerne om pålæg i barnets lov. Inden afgørelsen er du blevet partshørt, jf. forvaltningslovens § 19. Dine bemærkninger af {date} indgår i vurderingen.",
            "Hvis pålægget ikke overholdes, kan kommunen træffe afgørelse om at standse udbetalingen af børne- og ungeydelsen. Udbetaling Danmark vil i så fald få besked.",
            "Du har mulighed for at komme med bemærkninger, inden vi træffer endelig afgørelse. Vi skal have dine bemærkninger senest {date}. Du kan ringe til mig på {CW.phone} eller skrive til {CW.email}. Du kan også tage en bisidder med, fx {BIS.full}, som du selv har nævnt.",
            "Klagevejledning: Du kan klage over afgørelsen til Ankestyrelsen. Klagen sendes til Børn og Unge, {kom} Kommune, inden fire uger efter, at du har modtaget afgørelsen. Kommunen genvurderer sagen, før den sendes videre.",
            "Kopi af brevet sendes til {C.gen} far, {F.full} (f. {F.dob}), {F.addr}, da I har fælles forældremyndighed.",
            "Standsningen gælder fra ⟨næste kvartal|{date}⟩ og indtil pålægget igen overholdes. Ydelsen udgør i dag {amt} pr. kvartal.",
        ]
        return compose(ctx, band, head, bodies, r.choice(SIG_KOM) + ("\n\n{TL.full}\nTeamleder" if r.random() < 0.4 else ""))
    if sub == "objection":
        head = "Fra: {M.email}\nTil: {CW.email}\nEmne: SV: Partshøring vedr. {C.first} ⟨f. {C.dob}|cpr {C.cpr}⟩\n\nHej {CW.first}" if band else "Fra: {M.full} <{M.email}>\nTil: {CW.full}\nEmne: klage over pålæg, {C.first} {C.dob}"
        bodies = [
            "Mit cpr er {M.cpr} og jeg bor stadig på {M.addr}, selvom i skriver til min gamle adresse.",
            "Jeg er ikke enig i det i skriver om {C.first}. {C.Han} har været syg i ⟨februar|tre uger|perioden⟩ og det har lægen skrevet. Det er ikke fair at jeg skal straffes for det.",
            "Og i har ikke spurgt {F.first} hvorfor han aldrig henter {C.ham}. Han bor på {F.addr} og kunne sagtens hjælpe men han svarer ikke på {F.phone}.",
            "Jeg vil gerne have et møde hvor min bisidder {BIS.full} kan være med. Hun har nummer {BIS.phone}.",
            "Skolen ringer hver dag og {TE.full} taler til mig som om jeg er et barn. Det hjælper ikke {C.first} at blive sendt hjem hver gang.",
            "Jeg vil bare sige at vi kæmper og {C.first} er blevet meget bedre. Vi mister huslejen hvis børnepengene stopper.",
            "I skriver også at {C.first} er set med {N1} ved stationen. Det passer ikke, {C.han} var hos sin mormor {MM.full} den aften og hun kan bekræfte det på {MM.phone}.",
            "Jeg har vedhæftet lægens erklæring fra ⟨lægehuset|vagtlægen|{DR.full}⟩. I må gerne ringe til lægen, jeg giver samtykke.",
            "Jeg synes ikke at mødet {date} var godt. Jeg fik ikke lov til at sige noget og {SL.full} snakkede hele tiden om fravær.",
            "Til sidst vil jeg spørge om det er rigtigt at jeg kan klage til Ankestyrelsen? Min veninde siger at jeg skal have hjælp fra en advokat, {ADV.full}.",
            "{C.first} har selv skrevet et brev som jeg sender med. {C.Han} er ked af at der bliver snakket om {C.ham} på alle de møder.",
        ]
        tail = "mvh {M.first}\n{M.phone}" if band else "{M.first} ({M.phone})"
        return compose(ctx, band, head, bodies, tail)
    if sub == "followup":
        head = "Opfølgningsmøde på pålæg – {date}, {time}\nVedr.: {C.full}, ⟨CPR {C.cpr}|f. {C.dob}⟩, {C.addr}\nDeltagere: {M.full} (mor), {F.full} (far), {C.first} ({C.age} år), {SL.full} (skoleleder), {CW.full} (rådgiver)" + (", {TL.full} (teamleder)" if r.random() < 0.5 else "")
        bodies = [
            "Fravær: ⟨Fraværet er faldet fra|Fraværet er steget fra⟩ {nn} % til {pct} % siden ⟨sidste møde|pålægget⟩. {SL.first} oplyste, at {C.first} ⟨er mødt til tiden de sidste tre uger|stadig kommer for sent om mandagen⟩.",
            "{M.first}: Oplever, at morgenerne er blevet lettere, efter ⟨{F.first} kører {C.first}|mormor {MM.full} er begyndt at hjælpe⟩.",
            "{C.first} sagde selv, at ⟨{C.han} gider skolen mere nu|det er {FR.full} fra klassen, der gør det svært|{C.han} ikke vil i skole om fredagen⟩.",
            "Beslutning: Pålægget ⟨fortsætter uændret|lempes, så møderne med skolen kun er hver tredje uge|forlænges⟩. Næste møde {date}. {CW.first} sender referat til {M.email}.",
            "Far oplyste ny adresse: {F.addr}, og nyt nummer: {F.phone}.",
            "Skolen: {TE.full} har lavet et morgenskema, som {C.first} krydser af. Det virker ⟨de fleste dage|især om mandagen|når mor hjælper⟩.",
            "SSP: {SSP.full} har haft ⟨tre|fire|to⟩ samtaler med {C.first}. {C.Han} er ikke længere set med {N1} ved Torvet.",
            "Teamleder {TL.full} gennemgik betingelserne for at standse børne- og ungeydelsen. Forældrene forstod konsekvenserne.",
            "{F.first} spurgte til, om {C.first} kan bo hos ham ⟨i weekenderne|i en periode⟩. Det undersøges inden næste møde.",
            "Forældrene har fået udleveret kopi af referatet. Bemærkninger sendes til {CW.email} inden {date}.",
            "Barnets perspektiv: {C.first} sagde, at {C.han} helst vil have, at ⟨der bliver færre møder|mor og far holder op med at skændes|{C.han} kan skifte klasse⟩.",
        ]
        return compose(ctx, band, head, bodies, "Referent: {CW.ini}", sep="\n")
    # ungepaalaeg letter to young person
    head = "Kære {C.first}\n\n" if band == 0 else "{C.full}\n{C.addr2}\n\n{date}\nVedr.: pålæg til {C.full}, f. {C.dob}\n\nKære {C.first}\n\n"
    head += "Du får hermed et ⟨børne- og ungepålæg|ungepålæg⟩. Det betyder, at du skal overholde nogle aftaler, som vi har talt om på mødet med dig og ⟨din mor|dine forældre⟩."
    bodies = [
        "Du skal:\n- møde til samtale hos {SSP.full} hver onsdag kl. 15\n- være hjemme senest kl. 22 på hverdage\n- ikke opholde dig ved Banegårdspladsen efter kl. 20",
        "Du skal også deltage i ⟨fritidsjob|praktik|et forløb⟩ gennem ⟨UU|jobcentret|ungdomsskolen⟩, hvor {JC.full} er din kontakt. ⟨Hun|Han⟩ kan træffes på {JC.phone}.",
        "Vi har givet dig pålægget, fordi du ifølge politiet har været med til ⟨flere indbrud|hærværk|røveri⟩ sammen med {N1} og {FR.first}. Det vil vi gerne hjælpe dig ud af.",
        "Hvis du har spørgsmål, kan du altid skrive til mig på {CW.email} eller ringe på {CW.phone}. Du kan også få en bisidder med til møderne.",
        "Du og dine forældre kan klage over afgørelsen til Ankestyrelsen inden for fire uger. Klagen sendes til os.",
    ]
    return compose(ctx, band, head, bodies, r.choice(SIG_KOM))


# ===== G3: parents' services across sectors =====
def g3(ctx, band, sub):
    r = ctx.rng
    if sub == "minutes":
        head = ("Referat – tværsektorielt møde om familien {M.last}\nBorger: {M.full}, CPR {M.cpr}, {M.addr}\nDato: {date}, {time}\nSted: Jobcenter {kom}, {room}\nDeltagere:\n- {M.full}, mor\n- {K.full}, koordinerende sagsbehandler, {K.phone}\n- {PSY.full}, sygeplejerske, Distriktspsykiatrien, {PSY.email}\n- {MIS.full}, behandler, Rusmiddelcentret\n- {CW.full}, rådgiver, Børn og Unge"
                if band else "Tværsektorielt møde {date} om {M.full} (f. {M.dob}), {M.addr}. Deltagere: {K.full} (koordinerende sagsbehandler), {PSY.full} (psykiatrien), {CW.full} (Børn og Unge).")
        bodies = [
            "Psykiatrien: {PSY.first} oplyste, at {M.first} (f. {M.dob}) er i behandling for ⟨depression|angst|bipolar lidelse⟩ og tager {medpsy}. Hun møder stabilt op ⟨hver anden uge|en gang om måneden⟩ hos overlæge {DR.full}.",
            "Rusmiddel: {MIS.first} fortalte, at {M.first} ⟨har været ædru siden|har haft et tilbagefald i⟩ ⟨januar|efterårsferien|påsken⟩ og ⟨får Antabus to gange om ugen|er i ambulant alkoholbehandling|er stabil i substitutionsbehandling⟩.",
            "Beskæftigelse: {K.first} oplyste, at {M.first} er i ressourceforløb med mentor {MEN.full}. Der arbejdes mod ⟨en praktik i en genbrugsbutik|et løntilskudsjob|15 timers ugentlig praktik⟩.",
            "Børnene: {CW.first} fortalte, at {C.first} (f. {C.dob}) ⟨trives i skolen|har mange fravær|er begyndt i fritidsklub⟩ og at {C2.first} (f. {C2.dob}) ⟨har fået plads i dagtilbud|venter på en udredning|har det godt⟩. Far, {F.full}, er orienteret.",
            "Mor sagde selv, at hun ⟨er træt af de mange møder|gerne vil have én plan|er glad for, at alle sidder om samme bord⟩. Hun foretrækker at blive kontaktet på {M.phone} efter kl. 10.",
            "Aftaler: {K.first} samler en fælles plan inden {date}. {PSY.first} sender epikrise til {CW.email}, når samtykket er fornyet. Næste møde {date} hos Rusmiddelcentret.",
        ]
        return compose(ctx, band, head, bodies, "Referent: {K.full}", sep="\n\n")
    if sub == "consent":
        head = "SAMTYKKEERKLÆRING – udveksling af oplysninger\nNavn: ⟨{M.full}|{M.caps}|{M.fl}⟩\nCPR-nr.: {M.cpr}" + ("\nAdresse: {M.addr}\nTelefon: {M.phone}" if band else "")
        bodies = [
            "Jeg giver samtykke til, at følgende må udveksle relevante oplysninger om mig og mine børn:\n[x] Distriktspsykiatrien v/ {PSY.full}\n[x] Rusmiddelcentret v/ {MIS.full}\n[x] Jobcenter {kom} v/ {K.full}\n[ ] Egen læge",
            "Børn omfattet:\n{C.full}, f. {C.dob}\n{C2.full}, f. {C2.dob}",
            "Oplysningerne må bruges til at koordinere indsatser og lave en fælles plan. Samtykket gælder i et år og kan til enhver tid trækkes tilbage ved at kontakte {CW.full} på {CW.phone}.",
            "Medforælder: {F.full}, f. {F.dob}, {F.addr}, er orienteret om samtykket.",
            "Kontaktoplysninger hvis samtykket trækkes tilbage: {CW.email}",
            "Formål: Samtykket skal gøre det muligt at holde fælles møder, hvor ⟨psykiatrien|misbrugsbehandlingen|jobcentret⟩ og Børn og Unge kan tale sammen om familiens samlede situation. Oplysninger om {C.first} deles kun i det omfang, det er nødvendigt.",
            "Samtykket omfatter ikke oplysninger fra egen læge. Hvis {M.first} ønsker det, kan hun selv bede lægen, {DR.full}, om at sende en udtalelse.",
            "Vejledning givet af: {K.full}, koordinerende sagsbehandler. {M.first} har fået en kopi af erklæringen med hjem til {M.addr}.",
            "Særlige forhold: {M.first} ønsker ikke, at oplysninger om hendes behandling videregives til {F.full}. Det er noteret.",
        ]
        return compose(ctx, band, head, bodies, "Dato: {date}\nUnderskrift: {M.full}", sep="\n\n")
    if sub == "coordnote":
        head = "Notat fra koordinerende sagsbehandler {K.full}, {date}\nBorger: {M.full}, CPR-nr. {M.cpr}\nAdresse: {M.addr}"
        bodies = [
            "{M.full} (f. {M.dob}) har tre indsatser på tværs: behandling i Distriktspsykiatrien, alkoholbehandling og ressourceforløb. Derudover har Børn og Unge en sag på hendes to børn.",
            "Jeg har i dag talt med {PSY.full} fra psykiatrien. {PSY.first} oplever, at {M.first} er mere stabil, men at ⟨søvnen stadig er dårlig|hun isolerer sig i weekenderne⟩.",
            "Mentor {MEN.full} ({MEN.phone}) følger {M.first} til møder og hjælper med post og e-Boks. {MEN.first} har været med til ⟨to|tre⟩ møder i Familieretshuset.",
            "{F.full}, der er far til {C.first}, har bedt om at få referaterne. Det kræver et særskilt samtykke fra {M.first}, og jeg har derfor ikke sendt noget til {F.email}.",
            "Min vurdering er, at en samlet plan vil lette presset på familien. Jeg kontakter {CW.full} i Børn og Unge for at finde en dato.",
            "Økonomi: {M.first} har restancer på husleje og el. Hun har fået en tid hos ⟨gældsrådgivningen|Mødrehjælpen|boligsocial medarbejder⟩ {date}.",
            "Behandleren fra Rusmiddelcentret, {MIS.full}, bekræfter, at {M.first} møder op. Han kan træffes på {MIS.phone}.",
            "Børnene bor hos {M.first} på {M.addr}. {C.first} går i {klasse}, og {C2.first} går i dagtilbud. Der er ingen aktuel bekymring for den daglige omsorg.",
            "{M.first} har givet skriftligt samtykke {date}. Samtykket er lagt i sagen sammen med referatet fra sidste møde.",
        ]
        return compose(ctx, band, head, bodies, "{K.full}\nKoordinerende sagsbehandler, Jobcenter {kom}\n{K.phone}\n{K.email}")
    # mail thread
    head = "Fra: {K.email}\nSendt: {date}\nTil: {CW.email}; {PSY.email}\nEmne: Fælles plan for {M.full} (⟨f. {M.dob}|CPR {M.cpr}⟩)\n\nHej begge"
    bodies = [
        "Tak for et godt møde. {M.first} har skrevet under på samtykket, så vi kan udveksle oplysninger fremover.",
        "{PSY.first}: Kan du sende en kort status fra psykiatrien inden {date}? Jeg har især brug for noget om ⟨medicinen|søvnen|hendes overskud i hverdagen⟩.",
        "{CW.first}: Hvordan går det med {C.first} (f. {C.dob}) efter skoleskiftet? {M.first} fortalte, at {C.han} ⟨er faldet godt til|stadig har ondt i maven om morgenen⟩.",
        "Jeg har også talt med {F.full}, som gerne vil inddrages mere. Han har fået nyt nummer: {F.phone}.",
        "Vi ses hos {M.first} på {M.addr} {date} kl. 10, som aftalt.",
        "Jobcentret: Mentor {MEN.full} fortsætter, og vi søger en praktik med få timer. {M.first} vil helst arbejde med ⟨dyr|tøj|børn⟩.",
        "Rusmiddel: {MIS.full} er på ferie i ⟨uge 29|to uger|juli⟩, men kollegaen {T2.full} overtager og kan kontaktes på {T2.email}.",
        "Jeg vedhæfter udkast til den fælles plan. Kommentarer gerne inden ⟨fredag|mandag|udgangen af ugen⟩, så jeg kan gennemgå den med {M.first}.",
        "Der er også kommet en henvendelse fra {M.gen} søster, {MM.full}, som gerne vil være netværksperson. Hun har nummer {MM.phone}.",
    ]
    return compose(ctx, band, head, bodies, "Venlig hilsen\n{K.full}\nKoordinerende sagsbehandler\nDirekte: {K.phone}")


# ===== G4: quarterly status reports =====
def g4(ctx, band, sub):
    r = ctx.rng
    if sub == "foster":
        head = "Vedr. {C.full}, ⟨CPR {C.cpr}|f. {C.dob}⟩\n\nKære {CW.first}\n\nHer er vores status på {C.first} for ⟨1.|2.|3.|4.⟩ kvartal." if band else "Status fra plejefamilien, {date}: {C.full} (f. {C.dob})."
        bodies = [
            "{C.first} har haft ⟨en god periode|en urolig periode|en periode med op- og nedture⟩. {C.Han} er faldet mere til ro om aftenen og sover nu ⟨hele natten|fra kl. 21⟩. Vi bruger stadig {med} efter aftale med lægen.",
            "Skolen går ⟨fint|bedre|op og ned⟩. Klasselærer {TE.full} siger, at {C.first} ⟨rækker hånden op|har fået en god ven i {FR.first}|har svært ved frikvartererne⟩.",
            "Samvær med mor har været hver anden lørdag hos {M.first} på {M.addr}. ⟨Det går bedst, når vi kører {C.ham} derhen|{C.first} er urolig dagen efter|Mor har aflyst to gange⟩.",
            "{C.first} har ringet til sin far {F.full} på {F.phone} et par gange. Han ⟨vil gerne have mere kontakt|har været svær at få fat i⟩.",
            "Hændelse: {date} ⟨løb {C.first} væk efter skole|slog {C.first} sin plejebror|kom {C.first} hjem med en telefon, vi ikke kender⟩. Vi fandt {C.ham} hos {FR.full} på {FR.addr}. Vi har talt med {C.ham} om det.",
            "Fritid: {C.first} går til ⟨svømning|spejder|håndbold|ridning⟩ om tirsdagen og er glad for træneren, {V.first}.",
            "Sundhed: Vi har været hos tandlægen og hos egen læge, {DR.full}. {C.first} er vokset tre centimeter og spiser bedre. Næste kontrol er {date}.",
            "Vores egne børn, {FR2.first} og {FR3.first}, har taget godt imod {C.first}. De spiller meget sammen, men der er også jalousi.",
            "Vi vil gerne have en snak om ferien. Vi planlægger at tage til Sverige i uge 30, og {M.first} skal give samtykke til rejsen.",
            "{C.first} spørger meget til sin lillebror, {C2.first}, som bor hos mor. Vi håber, at der kan arrangeres et samvær mellem søskende.",
            "Til sidst: Vi er blevet ringet op af en fra kommunens familieplejeteam, {FK.full}. {FK.Han} vil komme på tilsynsbesøg {date}.",
        ]
        tail = "Kærlig hilsen\n{PM.full} og {PF.full}\n{PM.addr2}\n{PM.phone}" if band else "Plejemor {PM.full}, {PM.phone}"
        return compose(ctx, band, head, bodies, tail)
    head = ("STATUSRAPPORT – {q}. kvartal {yr}\nBarn: ⟨{C.full}|{C.caps}|{C.fl}⟩\nCPR: {C.cpr}\nFødselsdato: {C.dob}\nAdresse: {C.addr}\nKontaktpædagog: {P.full}, tlf. {P.phone}\nRådgiver: {CW.full}\nForældre: {M.full} og {F.full}"
            if band else "Statusrapport {q}. kvartal: {C.full}, f. {C.dob}, {C.addr}. Kontaktpædagog {P.full}.")
    if sub == "table":
        rows = [
            "Mål | Status | Næste skridt",
            "{C.first} skal komme i skole hver dag | ⟨Opfyldt|Delvist opfyldt|Ikke opfyldt⟩ ({pct} % fravær) | Morgenaftale med {P2.first}",
            "Kontakt til mor skal være stabil | ⟨Delvist opfyldt|Opfyldt⟩, mor har aflyst {n} gange | Telefonaftale med {M.first} hver søndag",
            "{C.first} skal lære at sige fra | God udvikling | Fortsætter med {P.first}",
            "Sundhed: tandlæge og læge | Tandlæge {date}, læge {DR.full} | Kontrol af {med}",
            "Venskaber | Har fået en ven, {FR.first} | Besøg hos {FR.first} aftales med familien",
            "Kontakt til far | Ikke opfyldt, {F.first} svarer ikke på {F.phone} | {CW.first} skriver til far",
            "Søvn | Sover kl. 21-6.30 | Fortsat {med}",
            "Skole: lektier | Delvist opfyldt | Lektiehjælp med {P2.full} to gange om ugen",
            "Selvstændighed | Tager selv bus til skole | Må cykle til {FR2.first} alene",
            "Fritid | Går til ⟨fodbold|dans|boksning⟩ | Kontingent betalt af kommunen",
            "Mors samarbejde | God dialog med {M.first} ({M.phone}) | Fælles møde {date}",
            "Hændelser | {n} episoder med uro | Gennemgås med {TL.full}",
        ]
        return compose(ctx, band, head, rows, "Udarbejdet af {P.full}, {date}", sep="\n")
    if sub == "ics" and band:
        head = "Statusrapport for perioden {date} – {date}\nUdarbejdet af kontaktpædagog {P.full} ({P.phone}) til rådgiver {CW.full}\nBarn: {C.full}, født {C.dob}, CPR {C.cpr}\nBopæl: {C.addr}"
    bodies = [
        "Sundhedsforhold: {C.first} har været til kontrol hos ⟨børnepsykiater|egen læge⟩ {DR.full} og får {med}. Vægt og søvn er stabil.",
        "Skole og læring: {C.first} går i {klasse}. Lærer {TE.full} melder om ⟨god fremgang i læsning|uro i timerne|bedre fremmøde⟩.",
        "Udvikling og adfærd: {C.first} ⟨har haft færre konflikter|har svært ved overgange|søger de voksne mere⟩. Der har været {n} episoder med fysisk uro i perioden.",
        "Familie: Samvær med {M.first} foregår ⟨hver anden weekend|hver onsdag⟩ på {M.addr}. Telefonkontakt med far ({F.phone}) ⟨fungerer|er ustabil⟩.",
        "Hændelser: {date} kom {C.first} ikke hjem til aftalt tid og blev fundet ⟨hos {FR.full}|ved Torvet⟩. Politiet ved {PO.full} blev kontaktet.",
        "Fritid og venskaber: {C.first} ⟨spiller fodbold|går i ungdomsklub|går til musik⟩ og ses med {FR.first} og {FR2.first}.",
        "Mål for næste kvartal: ⟨Stabilt fremmøde i skolen|Flere selvstændige opgaver|Forberedelse til efterskole⟩. {P.first} følger op med {CW.first}.",
        "Barnets egne ord: {C.first} siger, at det bedste ved ⟨stedet|huset|at bo her⟩ er ⟨maden|de andre børn|at {P.first} altid lytter⟩, og at det sværeste er at sige farvel efter samvær.",
        "Søskende: Kontakten til {C2.first} (f. {C2.dob}) er sket ved ⟨to|tre⟩ besøg. {C2.first} bor fortsat hos mor.",
        "Netværk: Mormor {MM.full} har besøgt {C.first} en gang om måneden og ringer ofte. Hun ønsker at blive godkendt til weekendsamvær.",
        "Samarbejde med forældre: {M.first} har ⟨deltaget i alle statusmøder|aflyst et enkelt møde|ringet hver søndag⟩. {F.first} har ikke deltaget, men har sendt en sms til {P.first}.",
    ]
    return compose(ctx, band, head, bodies, "{P.full}\nKontaktpædagog\n{P.email}", sep="\n" if sub == "kv" else "\n\n")


# ===== G5: reception and call-centre logs =====
G5_ENTRIES = [
    "{clock} {M.full} (f. ⟨{M.dob}|{M.dobsp}⟩) ringede om {C.full}, CPR {C.cpr}. Ønsker ny tid. Tlf. {M.phone}. /{R.ini}",
    "{clock} Fremmødt: {C.full}, {C.age} år, CPR {C.cpr}, bor {C.addr}. Vil tale med {CW.first} uden mor. Sat i venteværelset. /{R.ini}",
    "{clock} Brev retur fra {F.full} – ny adresse {F.addr}. Fødselsdato {F.dob}. Rettet i systemet? Tjek. /{R2.ini}",
    "{clock} Opkald: {MM.full}, født ⟨{MM.dob}|{MM.dobsp}⟩, mormor til {C.first}. Ring på {MM.phone}.",
    "{clock} Opkald fra {M.full}, mor til {C.first} (f. {C.dob}). Vil tale med {CW.first} om samvær. Ring tilbage på {M.phone}. /{R.ini}",
    "{clock} Fremmødt i skranken: {F.full}, CPR {F.cpr}. Ønsker kopi af afgørelse. Henvist til {CW.full}. Ny adresse oplyst: {F.addr}. /{R.ini}",
    "{clock} {M.first} ringede igen – utålmodig. Nummer: {M.phonesp}. Besked lagt i Teams til {CW.ini}.",
    "{clock} Mail fra {M.email} til fællespostkassen, videresendt til {CW.full}.",
    "{clock} Skolesekretær {S.full} ringede vedr. {C.full} ({C.age} år). Ønsker at {CW.first} ringer på {S.phone}.",
    "{clock} Mormor {MM.full} i skranken. Vil gerne være aflastning for {C.first}. Tlf. {MM.phone}, bor {MM.addr}.",
    "{clock} Opkald fra {F.first}, stavede sin mail: {F.emailsp}. Vil have tilsendt referat. /{R2.ini}",
    "{clock} Borger oplyser fødselsdato {C.dobsp} for sin {C.søn}, men ville ikke oplyse navn. Stillet om til Borgerservice.",
    "{clock} {BIS.full} (bisidder for {M.first}) ringede fra {BIS.phone} – ønsker mødedato.",
    "{clock} {CW.first} ikke til stede. Besked til {TL.full}: {M.first} har fået ny mobil, {M.phone}.",
    "{clock} Pakke afleveret til {CW.full} fra {M.full}. Ligger i postrummet.",
    "{clock} Advokat {ADV.full} ringede vedr. {C.full}, f. {C.dob}. Ønsker aktindsigt, skriver til {ADV.email}.",
]


def g5(ctx, band, sub):
    r = ctx.rng
    if sub == "log":
        head = "⟨Borgerservice – telefonlog|Omstillingen – beskeder til Børn og Unge|Receptionen, Rådhuset – dagslog⟩ {date}"
        ent = [r.choice(G5_ENTRIES) for _ in range(14)]
        return compose(ctx, band, head, ent, None, sep="\n")
    if sub == "table":
        head = "⟨Skranke- og telefonlog|Omstilling|Borgerservice⟩ {date}\nTid | Henvender sig | Ærinde | Ring tilbage | Til"
        rows = [
            "{clock} | {M.full} | samvær | {M.phone} | {CW.ini}",
            "{clock} | {F.full} (far) | vil klage | {F.phone} | {TL.ini}",
            "{clock} | {S.full}, skolen | fravær {C.first} | {S.phone} | {CW.ini}",
            "{clock} | {MM.full} | aflastning | {MM.phone} | {CW.ini}",
            "{clock} | {PO.full}, politiet | underretning | {PO.phone} | vagt",
            "{clock} | {FR.full} (nabo) | bekymring | {FR.phone} | {CW.ini}",
            "{clock} | {M.first} igen | venter stadig | {M.phone} | {CW.ini}",
            "{clock} | {JC.full}, jobcenter | møde | {JC.email} | {CW.ini}",
            "{clock} | {BIS.full}, bisidder | mødedato | {BIS.phone} | {CW.ini}",
            "{clock} | {ADV.full}, advokat | aktindsigt | {ADV.email} | {TL.ini}",
            "{clock} | {M.full} | ny adresse: {M.addr} | {M.phone} | {CW.ini}",
            "{clock} | {M.full}, f. {M.dob} | kopi af afgørelse vedr. {C.first} ({C.cpr}) | {M.phone} | {CW.ini}",
            "{clock} | {F.full} ({F.cpr}) | ny adresse: {F.addr} | {F.phone} | {CW.ini}",
            "{clock} | {C.full} ({C.age} år) selv | vil tale med {CW.first} | {C.phone} | {CW.ini}",
            "{clock} | {F.first} | sur over brev | {F.phone} | {TL.ini}",
            "{clock} | {SP.full}, sundhedsplejen | hjemmebesøg | {SP.phone} | {CW.ini}",
        ]
        return compose(ctx, band, head, rows, "Udfyldt af {R.full}", sep="\n")
    if sub == "messages":
        head = "Besked til {CW.full} fra ⟨Borgerservice|omstillingen|receptionen⟩, {date}\nVedr.: {C.full}, f. {C.dob}"
        bodies = [
            "{M.full} har ringet ⟨to gange|tre gange⟩ i formiddag. Hun vil gerne tale med dig om ⟨{C.gen} skoleskift|mødet på torsdag|brevet om pålægget⟩ og beder dig ringe på {M.phone} før kl. 14.",
            "Hun oplyste sin fødselsdato som ⟨{M.dob}|{M.dobsp}⟩ og sagde, at hun er flyttet til {M.addr}.",
            "Hun er også blevet ringet op af {SL.full} fra skolen og forstår ikke, hvorfor hun ikke har hørt fra dig.",
            "Hendes mail er {M.email}, hvis du hellere vil skrive.",
            "Sagen drejer sig om {C.full}, CPR {C.cpr}. {C.first} bor nu hos mor på {M.addr}.",
            "{F.full} har desuden lagt besked om, at han gerne vil deltage i mødet. Han har nummer {F.phone}.",
            "Derudover ringede {SL.full} fra skolen. Hun spurgte, om du har modtaget underretningen om {C.first}, og vil gerne ringes op på {SL.phone}.",
            "En nabo, der ikke ville oplyse sit navn, ringede også om familien. Jeg har henvist til at sende en underretning via kommunens hjemmeside.",
            "{M.first} virkede ⟨presset|ked af det|vred⟩ i telefonen og sagde, at hun ⟨ikke kan vente til på mandag|har ringet hele ugen|vil klage⟩. Jeg lovede, at beskeden bliver givet videre i dag.",
            "Kl. ⟨13.10|14.25|11.50⟩ ringede {M.first} igen, denne gang fra sin søsters telefon, {MM.phone}.",
            "Jeg har også sendt beskeden til {TL.full}, da du står som fraværende i kalenderen.",
        ]
        return compose(ctx, band, head, bodies, "Hilsen {R.first}" if r.random() < 0.5 else "/{R.ini}")
    # desk
    head = "Notat fra skranken, {date}\nBorger: {M.full}, fødselsdato {M.dob}"
    bodies = [
        "En kvinde, der præsenterede sig som {M.full}, kom ⟨kl. 9.40|lige efter åbning|ved middagstid⟩ med sin {C.søn}, {C.first}. Hun var ⟨vred|ked af det|meget stresset⟩ og ville tale med sin rådgiver med det samme.",
        "Hun oplyste, at {C.first} er født {C.dob} og bor hos hende på {M.addr}.",
        "Hun viste sygesikringskort med CPR {M.cpr}. Jeg forklarede, at {CW.full} er på hjemmearbejde i dag, men at hun ringer tilbage.",
        "{M.first} fortalte, at {C.first} ikke har været i skole i ⟨en uge|to uger|flere dage⟩, fordi ⟨{C.han} er bange for nogle drenge|de er blevet sat ud af lejligheden|der er problemer med far⟩. Familien bor midlertidigt hos en veninde på {FR.addr}.",
        "Hun efterlod nummeret {M.phone}. Jeg har givet hende nummeret til Børnetelefonen 116 111 til {C.first}.",
        "Besked sendt til {CW.ini} og teamleder {TL.full} kl. ⟨10.05|12.20|13.45⟩.",
        "Med var også en ældre kvinde, som sagde, at hun er mormor, {MM.full}. Hun tilbød, at familien kan bo hos hende på {MM.addr}.",
        "{C.first} ({C.age} år) sad i venteområdet og tegnede. {C.Han} virkede ⟨rolig|træt|stille⟩ og sagde, at {C.han} var sulten. Vi gav en sodavand og en bolle.",
        "{M.first} bad om at få skrevet ned, hvem hun har talt med. Jeg gav hende mit navn og oplyste, at sagen hører under {CW.full}.",
        "Vagthavende fra Børn og Unge, {T2.full}, kom ned kl. ⟨10.30|12.40|14.05⟩ og talte med mor i et mødelokale.",
        "Mor efterlod også sin mail, {M.email}, så rådgiveren kan sende mødeindkaldelse.",
    ]
    return compose(ctx, band, head, bodies, "{R.full}, Borgerservice")


# ===== G6: NGOs and volunteers =====
def g6(ctx, band, sub):
    r = ctx.rng
    if sub == "referral":
        head = ("Henvisning til ⟨Røde Kors Familiekontakt|Mødrehjælpens rådgivning|frivillig mentorordning|fritidsguide⟩\nHenvisende rådgiver: {CW.full}, {CW.phone}, {CW.email}\nFamilie: {M.full}, {M.addr}, tlf. {M.phone}"
                if band else "Henvisning til ⟨Røde Kors Familiekontakt|fritidsguide⟩ – {M.full}, {M.addr}, tlf. {M.phone}. Rådgiver {CW.full}.")
        bodies = [
            "Børn:\n- {C.first}, f. {C.dob}\n- {C2.first}, f. {C2.dob}",
            "Familien kom til Danmark for ⟨tre|fire|seks⟩ år siden og har ⟨ikke meget netværk|kun kontakt til en moster i {town}⟩. Mor taler ⟨arabisk|somali|dari|ukrainsk|tigrinya⟩ og lidt dansk.",
            "Ønske: En frivillig familieven, der kan ⟨hjælpe med lektier|tage med i skoven eller på biblioteket|støtte mor i kontakten til skolen⟩. {C.first} er glad for ⟨fodbold|at tegne|dyr⟩.",
            "Mor har givet samtykke til, at {CW.first} videregiver oplysningerne til koordinator {KO.full} ({KO.email}).",
            "Praktisk: Bedst at ringe til mor efter kl. 15. Far, {F.full}, bor i ⟨en anden by|udlandet⟩ og har ikke del i henvisningen.",
            "Baggrund: Familien har en sag i Børn og Unge med en støttende indsats efter § 32. Der er ⟨ingen|lav⟩ bekymring for den daglige omsorg, men mor er alene med børnene og har brug for aflastning.",
            "Skole: {C.first} går i {klasse} på den lokale skole. Klasselærer {TE.full} støtter henvisningen og har foreslået lektiecaféen.",
            "Sprog og kultur: Mor ønsker en kvindelig frivillig. Familien holder ⟨ramadan|ortodoks jul|nytår⟩, og det er vigtigt for dem.",
            "Tidligere indsatser: Familien har haft en familiebehandler, {T2.full}, i et halvt år. Forløbet sluttede {date}.",
            "Eventuelle spørgsmål kan rettes til {CW.first} på {CW.email}.",
        ]
        return compose(ctx, band, head, bodies, "Dato: {date}", sep="\n\n")
    if sub == "agreement":
        head = "Aftale om frivillig ⟨mentorordning|lektiehjælp|fritidsguide⟩\nMentor: {V.full}, {V.phone}, {V.addr}\nUng: {C.full}, f. {C.dob}, CPR {C.cpr}"
        bodies = [
            "Koordinator: {KO.full}, {KO.email}",
            "Vi mødes ⟨hver tirsdag kl. 16|hver anden torsdag|i weekenden⟩ i ⟨lektiecaféen på biblioteket|ungdomsklubben|byen⟩. Aftaler kan flyttes via sms.",
            "Forælder: {M.full}, {M.phone}. Mor skal altid vide, hvor vi er.",
            "Mentoren må ikke køre {C.first} i egen bil uden aftale, og udgifter til ⟨biograf|is|busbillet⟩ dækkes af foreningen.",
            "Aftalen gælder i seks måneder fra {date} og evalueres med {CW.full} fra kommunen.",
            "Mål for forløbet: {C.first} skal ⟨finde en fritidsaktivitet|komme i gang med lektierne|lære at tage bussen alene|få et fritidsjob⟩. Mentoren hjælper med de første skridt.",
            "Tavshedspligt: {V.first} har underskrevet tavshedserklæring og afleveret børneattest. Bekymringer meldes til koordinatoren, som vurderer, om der skal underrettes.",
            "Kontakt ved afbud: sms til {V.phone} senest dagen før. Ved sygdom giver {M.first} besked.",
            "Adresse for hentning: {C.addr}.",
            "Hvis der opstår en akut situation, ringer mentoren 112 og derefter til {KO.first} på {KO.phone}.",
        ]
        return compose(ctx, band, head, bodies, "Underskrevet: {V.full} / {C.full} / {M.full}", sep="\n")
    if sub == "volnotes":
        head = "⟨Noter fra|Log,⟩ frivillig {V.full}, {date}\nUng: {C.full} (f. {C.dob})"
        bodies = [
            "Mødtes med {C.first} ved ⟨Busterminalen|biblioteket|hallen⟩. Vi spillede pool og snakkede om ⟨{C.hans} praktik|skolen|hvad {C.han} vil efter sommerferien⟩. {C.Han} var glad i dag.",
            "{C.first} fortalte, at {C.han} ikke ser {N1} mere, men at {FR.first} stadig skriver til {C.ham}. ⟨Det er jeg lidt bekymret for.|Det virker godt.⟩",
            "{M.first} ringede bagefter fra {M.phone} og sagde tak. Hun spurgte, om jeg kan hjælpe med at søge ⟨kontingentstøtte|fritidspas|en cykel⟩.",
            "Næste gang: biograf på lørdag. Jeg henter {C.first} hjemme på {C.addr} kl. 14.",
            "Til {KO.first}: Kan du give {CW.full} besked om, at {C.first} gerne vil fortsætte?",
            "Vi gik en tur ved havnen og købte is. {C.first} fortalte om sin lillesøster, {C2.first}, som er begyndt i børnehave.",
            "{C.first} spurgte, om {FR.first} må komme med næste gang. Jeg sagde, at det skal jeg lige høre {KO.first} om.",
            "Det var svært i starten i dag. {C.first} var sur, fordi {F.first} havde aflyst weekenden. Efter en halv time gik det bedre.",
            "Jeg har kørt ⟨34|52|18|27⟩ km i egen bil. Kørselsbilag sendt til {KO.email}.",
            "{M.first} inviterede på te. Hun fortalte, at hun er begyndt på sprogskole, og at hun har fået nyt nummer: {M.phone}.",
        ]
        return compose(ctx, band, head, bodies, "/{V.first}")
    if sub == "attendance":
        head = "Lektiecafé ⟨mandag|onsdag|torsdag⟩ {date} – fremmødte"
        rows = ["- {C.full} (f. {C.dob}, {klasse}) – matematik, hentet af {M.first}",
                "- {FR.full} – dansk stil, mor ringer på {FR.phone} hvis forsinket",
                "- {FR2.full} (f. {FR2.dob}) – kom sent, gik tidligt",
                "- {C2.full} – engelsk med {V.first}",
                "- {FR3.full}, f. {FR3.dob}, {FR3.addr} – ny, tilmeldt af {KO.full}",
                "Frivillige: {V.full}, {MEN.full}",
                "Bemærkning: {C.first} manglede sin computer. {V.first} har skrevet til {M.email}.",
                "- {C3.full} – fysik, mor {M.full} kiggede forbi",
                "- {FR.gen} lillebror – kun leg",
                "Afbud: {FR2.first} (syg), {C2.first} (tandlæge)",
                "Fordeling: {MEN.first} tog de store i lokalet ved siden af. {V.first} havde de små.",
                "Note til {KO.first}: To nye børn er henvist af {CW.full}. Mor til den ene kan kontaktes på {M.phone}.",
                "Næste gang: Der bliver pizza. Husk at spørge om allergier hos {FR3.first} og {C.first}.",
                "Forældremøde {date} kl. 17 – invitation sendt til {M.email} og {FR.email}."]
        return compose(ctx, band, head, rows, "/{KO.ini}", sep="\n")
    # mail
    head = "Fra: {V.email}\nTil: {KO.email}\nEmne: ⟨Familien {M.last}|{C.first}|Status⟩ – {C.first} f. {C.dob}\n\nHej {KO.first}"
    bodies = [
        "Jeg har nu været hos familien ⟨tre|fire|fem⟩ gange. {M.first} er meget imødekommende, og {C.first} og {C2.first} glæder sig hver gang.",
        "Sidst var vi i svømmehallen, og {C2.first} turde springe fra vippen for første gang.",
        "Jeg er lidt i tvivl om én ting: {M.first} har spurgt, om jeg vil være med til et møde hos {CW.full} i kommunen. Er det i orden?",
        "{M.first} har fået ny adresse fra næste måned: {M.addr}.",
        "Mit nye nummer er i øvrigt {V.phone}.",
        "{C.first} har spurgt, om vi kan tage til fodbold i weekenden. Jeg tænker, at det er en god idé, hvis {M.first} siger ja.",
        "Jeg har lagt mærke til, at {C2.first} ofte er træt og ikke har spist morgenmad. Jeg ved ikke, om det er noget, jeg skal sige videre?",
        "Mor har spurgt, om foreningen kan hjælpe med en vinterjakke til {C.first}. Jeg har henvist hende til Mødrehjælpen.",
        "Jeg kan ikke komme {date}, da jeg skal til eksamen. Kan {MEN.first} tage over den dag?",
        "Familien har inviteret mig til {C.gen} fødselsdag ({C.han} er født {C.dob}). Må jeg tage imod?",
    ]
    return compose(ctx, band, head, bodies, "Mange hilsner\n{V.full}")


PLANTED = [
    ("rusmiddel", g1, ["intake", "plan", "urin", "relapse", "sms"], (13, 17)),
    ("paalaeg", g2, ["decision", "hearing", "stop", "objection", "followup", "ungepaalaeg"], (10, 17)),
    ("forældre-tværsektorielt", g3, ["minutes", "consent", "coordnote", "mail"], (3, 17)),
    ("statusrapport", g4, ["kv", "ics", "table", "foster"], (3, 17)),
    ("reception", g5, ["log", "table", "messages", "desk"], (2, 17)),
    ("ngo-frivillige", g6, ["referral", "agreement", "volnotes", "attendance", "mail"], (5, 17)),
]
# ---------------- clean genres (roles only, many look-alikes) ----------------
C_SIG = ["Med venlig hilsen\nRådgiver, Børn og Unge\n{kom} Kommune\nTelefon (hovednummer): {sb}",
         "Venlig hilsen\nSagsbehandleren\nBørn og Familie, {kom} Kommune",
         "/rådgiver, team ⟨Øst|Vest|Syd|Nord|Unge⟩"]


def c1(ctx, band, sub):
    r = ctx.rng
    bodies = [
        "Den unge (⟨15|16|17⟩ år) fortæller, at forbruget af hash startede i 7. klasse sammen med ⟨et par venner|nogle ældre drenge⟩ fra klubben. Forbruget er nu ⟨dagligt|4-5 dage om ugen⟩, ca. ⟨1-2|2-3⟩ gram om dagen.",
        "U-prøve taget {date} {time}: THC positiv, kreatinin normal. Kokain og benzodiazepiner negativ. Næste prøve i {week}.",
        "Storm og regn betød, at gåturen blev aflyst, så samtalen blev holdt i {room}. Den unge var ⟨glad og snakkende|træt men samarbejdende|stille⟩.",
        "Diagnose fra Børne- og Ungdomspsykiatrien: {icd}. Der er tidligere ordineret {med}, som den unge selv har stoppet med.",
        "Mor deltog i samtalen og fortæller, at der er forsvundet ⟨ca. {amt}|penge⟩ fra hendes pung. Far er orienteret telefonisk.",
        "Ved akut forgiftning ringes 112. Ved bekymring uden for åbningstid kan familien kontakte Akuttelefonen 1813 eller Børnetelefonen på 116 111.",
        "Aftaler: Samtale hver ⟨tirsdag|torsdag⟩ kl. ⟨14.00|15.30⟩. Familiesamtale {date}. Sagen drøftes i ledelsestilsynet i ⟨maj|juni|september⟩.",
        "Skala 0-10: Den unge placerer sig på {scale} i forhold til at ville stoppe. Mor placerer sig på {scale}. Sikkerhedsmålet er, at den unge ikke bruger stoffer i hjemmet.",
        "Behandlingen gives som ambulant ungebehandling med motiverende samtaler og MDFT. Ventetiden var ⟨to|tre|fire⟩ uger. Sagsnr. {sagsnr}.",
        "Den unge køber typisk nede ved Banegårdspladsen eller via Snapchat. Politiet og SSP er orienteret i anonymiseret form.",
        "⟨Den unge|Pigen|Drengen⟩ fortæller, at ⟨weekenderne|fredagene|ferierne⟩ er sværest. Der ryges mest i ⟨kolonihaverne|parken|en kælder⟩, og ⟨vennerne|de ældre|kammeraterne fra klubben⟩ betaler ofte.",
        "Maj og juni har været præget af eksamener. Den unge har ⟨bestået dansk|droppet matematik|fået udsat to prøver⟩ og har ⟨{n}|{nn}⟩ fraværsdage i alt.",
        "Vurdering: Forbruget er ⟨stabilt|faldende|svingende⟩. Der er ⟨ingen tegn på|enkelte tegn på|tydelige tegn på⟩ afhængighed. Behandlingen fortsætter efter § 101 med ⟨ugentlige|to ugentlige⟩ samtaler.",
        "Familiesamtale: Forældrene var begge til stede. Far ⟨var stille|talte meget om egne erfaringer|blev vred undervejs⟩, mor ⟨græd|var rolig|tog noter⟩. Vi aftalte faste tider for aftensmad og hjemkomst.",
        "Praktisk: Den unge har fået buskort til zone ⟨1-2|1-3⟩ og møder i {room}. Ved afbud ringes til behandlerteamets fællesnummer i åbningstiden.",
        "Medicin: ⟨Melatonin 3 mg|Circadin 2 mg⟩ til søvn er ordineret af egen læge. Den unge har tidligere fået {med} ⟨i to måneder|under indlæggelsen⟩.",
        "Glad var ikke ordet, mor brugte om weekenden. Hun beskriver, at den unge kom hjem søndag kl. 04 og sov til sen eftermiddag.",
    ]
    heads = {
        "intake": "Indskrivningssamtale, Ungebehandlingen\nDato: {date}\nUng: dreng, ⟨15|16|17⟩ år\nHenvist af: rådgiver, Børn og Unge, {kom} Kommune\nJ.nr.: {jnr}",
        "plan": "BEHANDLINGSPLAN – ambulant rusmiddelbehandling\nUng: pige, ⟨14|15|16⟩ år\nPlanen er udarbejdet {date} i samarbejde med den unge og forældrene.",
        "urin": "U-prøver, periode {date} – {date}\nDato | Resultat | Bemærkning",
        "relapse": "Journalnotat {date} – tilbagefald",
        "sms": "Sms-tråd indsat i journal efter aftale med den unge:",
    }
    if sub == "urin":
        rows = [lambda c: "{dseq} | " + c.rng.choice(["THC positiv", "negativ", "kokain positiv", "ikke afleveret", "THC positiv, faldende"]) + " | " + c.rng.choice(["som forventet", "-", "udeblev", "fortyndet, ny prøve", "god samtale bagefter"]) for _ in range(26)]
        return compose(ctx, band, heads[sub], rows, "Kommentar: Faldende værdier drøftes med rådgiver på netværksmødet {date}.", sep="\n")
    if sub == "sms":
        msgs = ["[22:47] Ung: hej sry jeg har røget igen. kan vi snakke imorgen",
                "[22:51] Behandler: Hej. Godt du skriver. Jeg ringer kl. 10. Ring 112 hvis du får det dårligt.",
                "[23:05] Ung: ham der sælger vil ha sine penge",
                "[09:58] Behandler: Jeg ringer nu fra arbejdstelefonen.",
                "[14:12] Ung: ok men sig ik det til min mor",
                "[16:30] Mor: Hej, det er mor. Er han hos jer?",
                "[16:44] Behandler: Ja, vi sidder i {room}. Han tager bussen hjem kl. 17.",
                "[20:03] Ung: sover hos en ven i nat",
                "[20:10] Behandler: Okay. Skriv til din mor, så hun ved det.",
                "[07:40] Ung: er vågen. skal jeg stadig komme kl 14",
                "[07:52] Behandler: Ja. Husk at vi tager en U-prøve i dag.",
                "[13:55] Ung: kommer lidt for sent bussen er ikk kommet",
                "[21:17] Ung: de siger at han ved hvor jeg bor",
                "[21:20] Behandler: Det lyder utrygt. Jeg ringer til dig nu. Hvis du er i fare, så ring 112.",
                "[21:48] Ung: ok det er fint nu. mor er hjemme",
                "[10:02] Mor: Han har været hjemme hele weekenden. Tak for i går.",
                "[10:15] Behandler: Dejligt at høre. Vi ses tirsdag kl. 15.30.",
                "[18:30] Ung: må jeg tage en ven med på tirsdag",
                "[18:41] Behandler: Det kan vi godt tale om. Skal vi sige ja til første halvdel?"]
        return compose(ctx, band, heads[sub], msgs, "Note: Ingen akut bekymring vurderet. /behandler", sep="\n")
    return compose(ctx, band, heads[sub], bodies, "/behandler" if band == 0 else "Behandler, Ungebehandlingen")


def c2(ctx, band, sub):
    head = {"decision": "Afgørelse om forældrepålæg\n\n{town}, {date}\nSagsnr.: {sagsnr}",
            "hearing": "Partshøring – påtænkt ⟨forældrepålæg|børne- og ungepålæg⟩\nJ.nr. {jnr}",
            "stop": "Afgørelse om standsning af børne- og ungeydelsen\nSagsnr.: {sagsnr}",
            "objection": "Fra: mor\nTil: rådgiver\nEmne: SV: Partshøring",
            "followup": "Opfølgningsmøde på pålæg – {date}, {time}\nDeltagere: mor, far, barnet (⟨12|13|14⟩ år), skoleleder, rådgiver, teamleder",
            "ungepaalaeg": "Kære ung\n\nDu får hermed et børne- og ungepålæg."}[sub]
    bodies = [
        "Børn og Unge har besluttet at give dig et forældrepålæg vedrørende din søn på {agey} år. Pålægget gælder fra {date}.",
        "Pålæggets indhold:\n1. Barnet skal møde i skole senest kl. 8.00.\n2. Forældrene skal deltage i møder med skolen hver 14. dag.\n3. Barnet skal være hjemme senest kl. 22.00 på hverdage.",
        "Begrundelse: Barnet har i indeværende skoleår haft et fravær på {pct} %. Skolen har sendt underretning efter barnets lov § 133, og SSP har oplyst, at barnet ofte opholder sig på Torvet sent om aftenen.",
        "Lovgrundlag: Partshøringen sker efter forvaltningslovens § 19. Afgørelsen træffes efter reglerne om pålæg i barnets lov, og sagen er tidligere behandlet efter servicelovens regler.",
        "Hvis pålægget ikke overholdes, kan kommunen standse udbetalingen af børne- og ungeydelsen. Ydelsen udgør i dag {amt} pr. kvartal og udbetales af Udbetaling Danmark.",
        "Klagevejledning: Du kan klage til Ankestyrelsen. Klagen sendes til Børn og Unge inden fire uger efter, at du har modtaget afgørelsen.",
        "Du kan ringe på hovednummeret {sb} mellem kl. 9 og 14 og bede om at blive stillet om til rådgiveren.",
        "Mor: Vi kæmper, og drengen er blevet bedre. Han har været syg i ⟨februar|maj|tre uger⟩, og lægen har skrevet en erklæring. Vi mister huslejen, hvis børnepengene stopper.",
        "Beslutning: Pålægget fortsætter. Næste møde {date} {time} i {room}. Referat sendes via Digital Post.",
        "Vi har lagt vægt på, at ⟨barnet|den unge|drengen|pigen⟩ ⟨siden sommerferien|siden {date}|i de seneste tre måneder⟩ har haft ⟨{pct} % fravær|flere politisager|gentagne konflikter i klubben⟩, og at de frivillige tiltag ikke har haft effekt.",
        "Partshøring: Du har mulighed for at komme med bemærkninger inden {date}. Bemærkningerne kan gives skriftligt, via Digital Post eller mundtligt på et møde med ⟨rådgiveren|teamlederen⟩.",
        "Far: Jeg er enig i, at ⟨morgenerne|aftenerne|weekenderne⟩ er svære, men det er ikke kun vores ansvar. Skolen ringer først, når det er gået galt.",
        "Standsningen af børne- og ungeydelsen gælder fra ⟨næste kvartal|1. juli|1. oktober⟩. Ydelsen genoptages, når pålægget igen overholdes, og Udbetaling Danmark får besked fra kommunen.",
        "Til mødet deltog også en bisidder fra ⟨Bedre Psykiatri|en frivillig forening|familiens netværk⟩. Bisidderen må ikke svare på forældrenes vegne, jf. barnets lov § 6.",
        "Skolen oplyste, at ⟨barnet|eleven⟩ går i {klasse} og har fået ⟨et morgenskema|en fast voksen|et hvilerum⟩. Fremmødet er steget ⟨en smule|markant|til {pct} %⟩.",
        "Du skal møde til samtale hos SSP hver onsdag kl. 15 og må ikke opholde dig ved Stationspladsen efter kl. 20.",
    ]
    return compose(ctx, band, head, bodies, ctx.rng.choice(C_SIG))


def c3(ctx, band, sub):
    head = {"minutes": "Referat – tværsektorielt møde\nDato: {date}, {time}\nSted: Jobcenter {kom}, {room}\nDeltagere: mor, koordinerende sagsbehandler, sygeplejerske fra Distriktspsykiatrien, behandler fra Rusmiddelcentret, rådgiver fra Børn og Unge",
            "consent": "SAMTYKKEERKLÆRING – udveksling af oplysninger\n(skabelon, udfyldes ikke her)\nNavn: ______\nCPR-nr.: ______",
            "coordnote": "Notat fra koordinerende sagsbehandler, {date}",
            "mail": "Fra: koordinerende sagsbehandler\nTil: rådgiver; Distriktspsykiatrien\nEmne: Fælles plan\n\nHej begge"}[sub]
    bodies = [
        "Psykiatrien: Mor er i behandling for ⟨F32.1|F33.1|F41.1|F31.3|F60.3⟩ og tager {medpsy}. Hun møder op hos overlægen en gang om måneden.",
        "Rusmiddel: Mor har været ædru siden ⟨januar|påsken|efterårsferien⟩ og får Antabus to gange om ugen i Rusmiddelcentret.",
        "Beskæftigelse: Mor er i ressourceforløb efter en helhedsorienteret plan. Der er bevilget mentor ⟨8|10|12⟩ timer om måneden.",
        "Børnene: Den ældste (⟨9|11|13⟩ år) trives i skolen. Den yngste (⟨2|3|4⟩ år) har fået plads i dagtilbud fra {date}.",
        "Skov og strand er familiens bedste fristeder, fortæller mor. Hun vil gerne have mere tid til ture i skoven med børnene.",
        "Jeg giver samtykke til, at følgende må udveksle oplysninger:\n[x] Distriktspsykiatrien\n[x] Rusmiddelcentret\n[x] Jobcenter\n[ ] Egen læge\nSamtykket gælder i et år.",
        "Aftaler: Koordinerende sagsbehandler samler en fælles plan inden {date}. Psykiatrien sender epikrise via sikker mail, når samtykket er fornyet.",
        "Mor sagde selv, at hun er træt af de mange møder og gerne vil have én plan. Hun foretrækker at blive ringet op efter kl. 10.",
        "Økonomi: Familien har restancer på ⟨husleje|el og varme|daginstitution⟩ på i alt {amt}. Mor har fået tid hos ⟨gældsrådgivningen|den boligsociale medarbejder|Mødrehjælpen⟩.",
        "Far deltager ikke i møderne, men har efter aftale fået referatet via Digital Post. ⟨Han har ikke selv en sag i jobcentret.|Han er i behandling i et andet regionalt tilbud.⟩",
        "Psykiatrien vurderer, at mor ⟨er stabil|har haft en svær periode|er i bedring⟩ og ⟨kan|ikke kan⟩ øge sin praktik fra {n} til {nn} timer om ugen.",
        "Koordinationen sker efter reglerne om en helhedsorienteret plan. Sagen har journalnummer {jnr} i jobcentret og sagsnr. {sagsnr} i Børn og Unge.",
        "Næste møde holdes {date} {time} i Rusmiddelcentret, {room}. Tolk (⟨arabisk|somali|ukrainsk|tyrkisk⟩) er bestilt.",
        "Oplysningerne behandles efter databeskyttelsesforordningen. Samtykket kan trækkes tilbage ved henvendelse til kommunen på {sb}.",
    ]
    return compose(ctx, band, head, bodies, "Referent: koordinerende sagsbehandler, Jobcenter {kom}")


def c4(ctx, band, sub):
    if sub == "foster":
        head = "Kære rådgiver\n\nHer er vores status for {q}. kvartal."
        tail = "Kærlig hilsen\nPlejefamilien"
    else:
        head = "STATUSRAPPORT – {q}. kvartal {yr}\nBarn: Barn A (⟨7|9|11|14⟩ år)\nAnbringelsesgrundlag: barnets lov § ⟨46|47⟩\nKontaktpædagog: ⟨tildelt|ny fra {date}⟩"
        tail = "Kontaktpædagog, {date}"
    bodies = [
        "Sundhedsforhold: ⟨Barn A|Barnet|Pigen|Drengen⟩ har været til kontrol hos børnepsykiater og får {med}. Diagnosen {icd} er fastholdt. Tandlæge {date}.",
        "Skole og læring: ⟨Barn A|Barnet|Eleven⟩ går i {klasse} og har ⟨god fremgang i læsning|færre konflikter i frikvartererne|bedre fremmøde⟩. Fraværet er {pct} %.",
        "Udvikling og adfærd: Der har været {n} episoder med fysisk uro. Barnet søger de voksne mere og kan bedre sige fra.",
        "Familie: Samvær med mor foregår ⟨hver anden weekend|hver onsdag⟩ med støtte. Far ringer ⟨søndag aften|uregelmæssigt⟩.",
        "Hændelser: {date} kom barnet ikke hjem til aftalt tid og blev fundet ved Busterminalen. Politiet blev kontaktet på 114.",
        "Fritid: Barnet går til ⟨svømning|spejder|håndbold|ridning⟩ og har fået en god ven fra klassen. I sommer var der sol og bade hver dag.",
        "Mål | Status\nStabilt fremmøde | ⟨Opfyldt|Delvist opfyldt⟩\nKontakt til mor | Delvist opfyldt\nSige fra | God udvikling",
        "Lykke er et stort ord, men barnet siger selv, at det har været et godt kvartal. Vi holdt ferie i sommerhuset i uge ⟨28|29|30⟩.",
        "Barnets egne ord: Det bedste ved ⟨stedet|huset|at bo her⟩ er ⟨maden|de andre børn|at de voksne lytter⟩. Det sværeste er at sige farvel efter samvær.",
        "Søskende: Kontakten til ⟨lillesøster (4 år)|storebror (15 år)|tvillingebroren⟩ er sket ved ⟨to|tre⟩ besøg. Søskendesamværet foregår på ⟨legepladsen|biblioteket|opholdsstedet⟩.",
        "Skolen har holdt ⟨elevplansmøde|skole-hjem-samtale|netværksmøde⟩ {date}. Barnet får støtte ⟨fire|seks|otte⟩ lektioner om ugen og går til ⟨læsekursus|matematikværksted⟩.",
        "Kontakt til familie: Telefonsamtaler med mor ⟨søndag kl. 18|onsdag kl. 19⟩. Far har ikke været i kontakt siden ⟨påske|sommerferien|januar⟩.",
        "Hændelser: Der har været {n} magtanvendelser i kvartalet. De er indberettet til kommunen og Socialtilsynet efter reglerne.",
        "Plejefamilien modtager vederlag svarende til {amt} om måneden. Plejefamilien er godkendt af Socialtilsyn ⟨Midt|Syd|Nord|Øst|Hovedstaden⟩.",
    ]
    return compose(ctx, band, head, bodies, tail, sep="\n" if sub == "table" else "\n\n")


C5_ENTRIES = [
    "{clock} Opkald fra mor til barn i ⟨3.|6.|8.⟩ klasse. Vil tale med rådgiver om samvær. Rådgiver ringer tilbage via hovednummeret.",
    "{clock} Fremmødt i skranken: far. Ønsker kopi af afgørelse. Henvist til sikker mail og aktindsigt.",
    "{clock} Borger spørger til åbningstider. Oplyst: man-ons 10-14, tors 10-17.",
    "{clock} Skolen ringede vedr. fravær. Sagsnr. {sagsnr}. Besked videregivet til team ⟨Øst|Vest|Unge⟩.",
    "{clock} Opkald fra politiet om underretning. Stillet om til vagtordningen.",
    "{clock} Borger henvist til Akuttelefonen 1813 og, for barnet, Børnetelefonen 116 111.",
    "{clock} Pakke afleveret til Børn og Unge. Ligger i postrummet, ⟨hylde 3|lokale 0.12⟩.",
    "{clock} Anonym henvendelse om bekymring for et barn på ca. {age} år. Oprettet som underretning.",
    "{clock} Ukendt nummer lagde på, før der blev sagt noget.",
    "{clock} Tolk bestilt til mødet {date} ⟨kl. 10|kl. 13⟩ (arabisk).",
    "{clock} Far ringede vedr. samværsaftale. Henvist til Familieretshuset.",
    "{clock} Opkald fra ⟨sundhedsplejen|tandplejen|PPR⟩ – ønsker at rådgiver ringer tilbage. Besked i Teams.",
    "{clock} Borger ville aflevere lægeerklæring. Scannet og sendt til team ⟨Øst|Vest|Unge⟩.",
    "{clock} Skolesekretær spurgte til mødet {date}. Bekræftet: {time} i {room}.",
    "{clock} Ung på ca. 16 år i skranken – ville tale med sin rådgiver uden forældre. Rådgiver kom ned efter 10 min.",
    "{clock} Plejemor ringede, barnet er syg og kan ikke komme til samvær i morgen.",
    "{clock} Opkald fra advokat om aktindsigt i sag {sagsnr}. Bedt om at skrive via sikker mail.",
    "{clock} Maj-udbetalingen af børneydelse: borger henvist til Udbetaling Danmark.",
]


def c5(ctx, band, sub):
    r = ctx.rng
    if sub == "table":
        head = "Tid | Henvender sig | Ærinde | Til"
        rows = [lambda c: c.rng.choice(["{clock} | mor | samvær | rådgiver", "{clock} | far | vil klage | teamleder",
                                          "{clock} | skolen | fravær | team Unge", "{clock} | politiet | underretning | vagt",
                                          "{clock} | nabo | bekymring | modtagelsen", "{clock} | jobcentret | møde | rådgiver",
                                          "{clock} | advokat | aktindsigt | jura", "{clock} | bisidder | mødedato | rådgiver",
                                          "{clock} | sundhedsplejen | hjemmebesøg | rådgiver", "{clock} | barnet selv (14 år) | vil tale med rådgiver | rådgiver",
                                          "{clock} | tolkebureau | bekræfter tolk | sekretariatet", "{clock} | Familieretshuset | samværssag | rådgiver",
                                          "{clock} | anonym | underretning | modtagelsen"]) for _ in range(30)]
        return compose(ctx, band, head, rows, "Udfyldt af receptionen", sep="\n")
    if sub in ("log",):
        head = "⟨Borgerservice – telefonlog|Omstillingen – beskeder til Børn og Unge⟩ {date}"
        return compose(ctx, band, head, [r.choice(C5_ENTRIES) for _ in range(14)], None, sep="\n")
    head = "Besked til rådgiveren fra receptionen, {date}" if sub == "messages" else "Notat fra skranken, {date}"
    bodies = [
        "En mor kom ⟨kl. 9.40|lige efter åbning|ved middagstid⟩ med sin søn på {age} år. Hun var ⟨vred|ked af det|meget stresset⟩ og ville tale med sin rådgiver med det samme.",
        "Rådgiveren er på hjemmearbejde i dag. Jeg har lovet, at hun bliver ringet op inden kl. 15.",
        "Familien bor midlertidigt hos en veninde nede ved Søndergade. De er blevet sat ud af lejligheden.",
        "Jeg gav mor nummeret til Børnetelefonen 116 111 til barnet og kommunens hovednummer {sb}.",
        "Besked sendt til teamleder kl. ⟨10.05|12.20|13.45⟩ via Teams og sikker mail.",
        "Have og altan er der ikke i den nye bolig, fortalte mor, så drengen er meget inde.",
        "Drengen sad i venteområdet og tegnede. Han virkede ⟨rolig|træt|stille⟩ og sagde, at han var sulten. Vi gav en sodavand og en bolle.",
        "Mor bad om at få skrevet ned, hvem hun har talt med. Jeg oplyste skrankens nummer og at sagen hører under team ⟨Øst|Vest|Unge⟩.",
        "Vagthavende rådgiver kom ned kl. ⟨10.30|12.40|14.05⟩ og talte med mor i {room}.",
        "Mor spurgte til børneydelsen for ⟨maj|juni|3. kvartal⟩. Jeg henviste til Udbetaling Danmark og til borger.dk.",
        "Derudover ringede skolen. De spurgte, om rådgiveren har modtaget underretningen, og beder om at blive ringet op via skolens kontor.",
        "En nabo, der ikke ville oplyse sit navn, ringede også om familien. Jeg har henvist til at sende en underretning via kommunens hjemmeside.",
        "Kl. ⟨13.10|14.25|11.50⟩ ringede mor igen, denne gang fra en anden telefon. Hun ville ikke oplyse nummeret.",
        "Jeg har også sendt beskeden til teamlederen, da rådgiveren står som fraværende i kalenderen. Sagsnr. {sagsnr}.",
    ]
    return compose(ctx, band, head, bodies, "Borgerservice, skranke ⟨2|3|4⟩")


def c6(ctx, band, sub):
    head = {"referral": "Henvisning til ⟨Røde Kors Familiekontakt|Mødrehjælpens rådgivning|fritidsguide⟩\nHenvisende: rådgiver, Børn og Unge, {kom} Kommune\nFamilie: mor og to børn (⟨4|6|8⟩ og ⟨9|11|13⟩ år)",
            "agreement": "Aftale om frivillig ⟨mentorordning|lektiehjælp|fritidsguide⟩ (standardaftale)",
            "volnotes": "Noter fra frivillig, {date}",
            "attendance": "Lektiecafé {date} – fremmødte: ⟨9|11|14⟩ børn",
            "mail": "Fra: frivillig\nTil: koordinator\nEmne: Status\n\nHej"}[sub]
    bodies = [
        "Familien kom til Danmark for ⟨tre|fire|seks⟩ år siden og har ikke meget netværk. Mor taler ⟨arabisk|somali|dari|ukrainsk|tigrinya⟩ og lidt dansk.",
        "Ønske: En frivillig familieven, der kan hjælpe med lektier og tage med i skoven eller på biblioteket.",
        "Vi mødes hver tirsdag kl. 16 i lektiecaféen på biblioteket, lokale ⟨1|2|3⟩. Kontingent på {amt} betales via fritidspuljen.",
        "Mødtes med den unge ved Busterminalen. Vi spillede pool og snakkede om praktikken. Han var glad i dag.",
        "Mentoren må ikke køre den unge i egen bil uden aftale. Udgifter til biograf og busbillet dækkes af foreningen (CVR {cvr}).",
        "Sidst var vi i svømmehallen, og den mindste turde springe fra vippen for første gang.",
        "Sol, vind og madpakker: turen til stranden blev en succes, og mor var med hele dagen.",
        "Faktura til kommunen sendes med EAN {ean}. Frivillige får dækket kørsel efter statens lave takst.",
        "Den frivillige og ⟨pigen|drengen|den unge⟩ har ⟨spillet fodbold|bagt boller|været på biblioteket|cyklet til stranden⟩. Mor siger, at ⟨barnet|hun|han⟩ glæder sig hver uge.",
        "Koordinatoren har holdt ⟨opstartsmøde|midtvejsevaluering|afslutningssamtale⟩ med familien {date}. Forløbet ⟨fortsætter|forlænges med tre måneder|afsluttes som planlagt⟩.",
        "Familien har ⟨fået julehjælp|fået en sommerferielejr|søgt om konfirmationshjælp⟩ gennem ⟨Mødrehjælpen|Røde Kors|Frelsens Hær⟩. Beløbet er {amt}.",
        "Jeg er lidt bekymret for den mindste, som ofte er træt og ikke har spist morgenmad. Jeg har talt med koordinatoren, som tager det videre.",
        "Fritidsguiden har fulgt ⟨pigen|drengen⟩ til ⟨håndbold|gymnastik|spejder⟩ i ⟨{week}|de sidste fire uger⟩. Kontingentet på {amt} betales af fritidspuljen.",
        "Matematik: ⟨5|7|9⟩ børn. Dansk: ⟨3|4|6⟩ børn. Engelsk: ⟨2|3⟩ børn. Der manglede computere til to.",
        "Aftalen gælder i seks måneder fra {date} og evalueres med rådgiveren. Frivillige har afgivet børneattest.",
    ]
    return compose(ctx, band, head, bodies, "/koordinator" if band == 0 else "Mange hilsner\nFrivilligkoordinator")


CLEAN = [("rusmiddel", c1), ("paalaeg", c2), ("forældre-tværsektorielt", c3), ("statusrapport", c4),
         ("reception", c5), ("ngo-frivillige", c6)]
# ---------------- institutions ----------------
def inst_name(rng, kind):
    core = rng.choice(INST_CORE)
    if kind == "school":
        return rng.choice([f"Friskolen {core}", f"{core} Friskole", f"Lilleskolen {core}", f"{core} Privatskole",
                           f"{core} Realskole", f"Privatskolen {core}"])
    if kind == "daycare":
        return rng.choice([f"Børnehuset {core}", f"Den private børnehave {core}", f"Vuggestuen {core}",
                           f"Naturbørnehaven {core}"])
    if kind == "resid":
        return rng.choice([f"Opholdsstedet {core}", f"Bostedet {core}", f"Skolehjemmet {core}",
                           f"Behandlingshjemmet {core}"])
    if kind == "club":
        return rng.choice([f"Ungdomsklubben {core}", f"Fritidsklubben {core}", f"Klubhuset {core}"])
    if kind == "efter":
        return rng.choice([f"{core} Efterskole", f"Efterskolen {core}"])
    return rng.choice(FOSTER_BODIES)


INST_TPL = [
    ("Barnet går i {I:school} og har plads i {I:club} efter skoletid.", 0),
    ("Den unge er visiteret til {I:resid} fra {date}. Stedet har ⟨6|8|10⟩ pladser og egen intern skole.", 0),
    ("Plejefamilien er tilknyttet {I:foster}, som står for supervision og efteruddannelse.", 0),
    ("Eleven har søgt optagelse på {I:efter} fra august og har været til samtale med forstanderen.", 0),
    ("Møde på {I:resid} {date} kl. 10 med forstanderen, kontaktpædagogen og rådgiveren fra kommunen.", 0),
    ("Lillesøster (3 år) har fået plads i {I:daycare}, mens storebror fortsætter i {I:school}.", 0),
    ("Udslusning: Den unge flytter fra {I:resid} til en udslusningslejlighed, og kontakten til {I:club} fortsætter.", 0),
    ("Status fra {I:school}: fremmødet er steget til {pct} % ud af mulige dage, og barnet deltager i lejrskolen.", 0),
    ("Anbringelsen ændres fra plejefamilie under {I:foster} til {I:resid} efter aftale med forældrene.", 0),
    ("Aflastning hver tredje weekend på {I:resid}. Skolegang fortsat på {I:school}.", 0),
    ("{I:efter} har oplyst, at eleven er faldet godt til og deltager i musiklinjen.", 0),
    ("Efter skole går barnet i {I:club}, hvor pædagogerne har et godt øje til ham.", 0),
    ("Sundhedsplejen har anbefalet en plads i {I:daycare}, da mor er alene med tvillingerne.", 0),
    ("Netværksmøde hos {I:club} {date} kl. 15. Klubben har foreslået en fast voksen om torsdagen.", 0),
    ("Ansøgning om tilskud til skolepenge på {I:school}: bevilget for skoleåret, jf. afgørelsen.", 0),
    ("Plejefamilien får supervision fra {I:foster}, og barnet har fået plads i {I:daycare} fra maj.", 0),
    ("Brobygning: Den unge har været på besøg på {I:efter} og i {I:club} samme uge.", 0),
    ("Indberetning fra {I:resid}: episode med magtanvendelse i weekenden, gennemgået med forstanderen.", 0),
    ("Kontaktpersonen fra {I:resid} deltager i mødet sammen med lærer fra {I:school}.", 0),
    ("{I:daycare} har sendt underretning om gentagne blå mærker på barnets arme.", 0),
]


def make_inst(rng):
    for _ in range(200):
        tpl = rng.choice(INST_TPL)[0]
        ctx = Ctx(rng, "inst")
        ctx.no_persons = True
        items = []
        pos = 0
        for m in re.finditer(r"\{I:(\w+)\}", tpl):
            items += render(ctx, tpl[pos:m.start()])
            items.append(("institution", inst_name(rng, m.group(1))))
            pos = m.end()
        items += render(ctx, tpl[pos:])
        text, spans = assemble(items)
        names = [s["text"] for s in spans]
        if len(names) != len(set(names)):
            continue
        if 12 <= len(text.split()) <= 40:
            return text, spans
    raise RuntimeError("inst")


# ---------------- checks ----------------
ALL_POOL = []
for _o in ORIGINS:
    for _lst in ORIGINS[_o]:
        for _n in _lst:
            if _n not in ALL_POOL:
                ALL_POOL.append(_n)
for _n in NICKNAMES:
    if _n not in ALL_POOL:
        ALL_POOL.append(_n)
_forms = []
for _n in ALL_POOL:
    for _f in (_n, _n.upper()):
        if _f not in _forms:
            _forms.append(_f)
_forms.sort(key=lambda x: (-len(x), x))
POOL_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(f) for f in _forms) + r")(?!\w)")
WORDNAME_FORMS = WORDNAMES[:]
STREET_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(s) for s in sorted(STREETS + PLACES, key=len, reverse=True)) + r")\s+\d", re.IGNORECASE)
PHONE_RES = [re.compile(r"(?<![\d+])\d{8}(?!\d)"), re.compile(r"(?<![\d+])\d{2}([ .-])\d{2}\1\d{2}\1\d{2}(?!\d)"),
             re.compile(r"(?<![\d+])\d{4} \d{4}(?!\d)"), re.compile(r"\+\d{2,3}[\d ]{6,}\d")]
CPR_RES = [re.compile(r"(?<!\d)\d{6}[- ]?\d{4}(?!\d)"), re.compile(r"(?<!\d)\d{2}[. ]\d{2}[. ]\d{2}[- ]?\d{4}(?!\d)")]
BORN_RE = re.compile(r"(?<![\w.])([Ff]ødt|FØDT|f\.|[Ff]ødselsdato|FØDSELSDATO)\s*:?\s*(den\s+|d\.\s*)?(?=\d)")
WHITELIST = []
for _k in KOMMUNER:
    WHITELIST.append(re.sub(r"\D", "", _k[2]))
for _c in CVR_PUBLIC:
    WHITELIST.append(re.sub(r"\D", "", _c))
PUBLIC_DIGITS.extend(WHITELIST)


def inside(spans, a, b, kinds=None):
    for s in spans:
        if s["start"] <= a and b <= s["end"] and (kinds is None or s["kind"] in kinds):
            return True
    return False


def check_doc(text, spans, allowed, wband, clean=False):
    errs = []
    prev = -1
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            errs.append("offset")
        if s["start"] < prev:
            errs.append("overlap")
        prev = s["end"]
        if s["kind"] not in allowed:
            errs.append("kind")
        if s["text"] != s["text"].strip() or not s["text"]:
            errs.append("ws")
    n = len(text.split())
    if not (wband[0] <= n <= wband[1]):
        errs.append(f"band {n}")
    if text != text.strip():
        errs.append("outer-ws")
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not inside(spans, m.start(), m.end()):
                errs.append("copy:" + s["text"])
    for m in POOL_RE.finditer(text):
        if inside(spans, m.start(), m.end()):
            continue
        if clean and m.group(1) in WORDNAME_FORMS:
            pre = text[:m.start()].rstrip(" ")
            if not pre or pre[-1] in ".!?:|\n-)" or pre[-1].isdigit():
                continue
        errs.append("pool:" + m.group(1))
    for rx in PHONE_RES + CPR_RES:
        for m in rx.finditer(text):
            if inside(spans, m.start(), m.end()):
                continue
            if re.sub(r"\D", "", m.group(0)) in WHITELIST:
                continue
            errs.append("num:" + m.group(0))
    for m in re.finditer("@", text):
        if not inside(spans, m.start(), m.end(), ["email"]):
            errs.append("at")
    for m in STREET_RE.finditer(text):
        if not inside(spans, m.start(), m.end(), ["address"]):
            errs.append("street:" + m.group(0))
    for m in BORN_RE.finditer(text):
        if inside(spans, m.start(), m.start() + 1):
            continue
        if not inside(spans, m.end(), m.end() + 1, ["dob"]):
            errs.append("born:" + m.group(0))
    return errs


# ---------------- main ----------------
def main():
    rng = random.Random(SEED)
    out = os.path.dirname(os.path.abspath(__file__))
    fails = {}

    def note(errs):
        for e in errs[:2]:
            k = e.split(":")[0]
            fails[k] = fails.get(k, 0) + 1

    # planted
    plan = []
    cnt = [0] * 18
    for j in range(240):
        band = j % 3
        g = (j // 3) % 6
        subs = PLANTED[g][2]
        plan.append((g, band, subs[(cnt[g * 3 + band] + g + band) % len(subs)]))
        cnt[g * 3 + band] += 1
    rng.shuffle(plan)
    planted = []
    meta = []
    for i, (g, band, sub) in enumerate(plan):
        gname, fn, subs, ages = PLANTED[g]
        for attempt in range(3000):
            ctx = Ctx(rng, gname, ages)
            items = fn(ctx, band, sub)
            if items is None:
                continue
            text, spans = assemble(items)
            if not spans:
                continue
            errs = check_doc(text, spans, ["name", "phone", "email", "address", "dob", "cpr"], BANDS[band])
            if errs:
                note(errs)
                continue
            break
        else:
            raise RuntimeError(f"planted {i} {gname} {sub} {band}")
        planted.append({"id": f"{CORPUS}-p{i + 1:03d}", "text": text, "planted": spans})
        meta.append((gname, sub, band))
    # clean
    secret = []
    for d in planted:
        for s in d["planted"]:
            if s["kind"] in ("phone", "address", "dob", "cpr", "email") and s["text"] not in secret:
                secret.append(s["text"])
    cplan = []
    ccnt = [0] * 18
    for j in range(240):
        band = j % 3
        g = (j // 3) % 6
        subs = PLANTED[g][2]
        cplan.append((g, band, subs[(ccnt[g * 3 + band] + g + band + 1) % len(subs)]))
        ccnt[g * 3 + band] += 1
    rng.shuffle(cplan)
    clean = []
    cmeta = []
    for i, (g, band, sub) in enumerate(cplan):
        gname, fn = CLEAN[g]
        for attempt in range(3000):
            ctx = Ctx(rng, gname)
            ctx.no_persons = True
            items = fn(ctx, band, sub)
            if items is None:
                continue
            text, spans = assemble(items)
            errs = check_doc(text, spans, [], BANDS[band], clean=True)
            for s in secret:
                if s in text:
                    errs.append("secret")
                    break
            if errs:
                note(errs)
                continue
            break
        else:
            raise RuntimeError(f"clean {i} {gname} {sub} {band}")
        clean.append({"id": f"{CORPUS}-c{i + 1:03d}", "text": text, "planted": []})
        cmeta.append((gname, sub, band))
    # institutions
    insts = []
    for i in range(30):
        for attempt in range(500):
            text, spans = make_inst(rng)
            errs = check_doc(text, spans, ["institution"], (12, 40), clean=True)
            if not errs:
                break
            note(errs)
        else:
            raise RuntimeError("inst")
        insts.append({"id": f"{CORPUS}-i{i + 1:03d}", "text": text, "planted": spans})

    # corpus-level checks
    kinds = {}
    for d in planted:
        for s in d["planted"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    total = sum(kinds.values())
    problems = []
    if not (3000 <= total <= 4500):
        problems.append(f"total {total}")
    for k, lo in (("phone", 250), ("address", 250), ("dob", 250), ("cpr", 120), ("email", 120)):
        if kinds.get(k, 0) < lo:
            problems.append(f"{k} {kinds.get(k, 0)} < {lo}")
    if kinds.get("name", 0) <= max(v for k, v in kinds.items() if k != "name"):
        problems.append("names not most numerous")
    for lst, pre, n in ((planted, "p", 240), (clean, "c", 240), (insts, "i", 30)):
        ids = [d["id"] for d in lst]
        if ids != [f"{CORPUS}-{pre}{i:03d}" for i in range(1, n + 1)]:
            problems.append("ids " + pre)

    def dump(name, lst):
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
            for d in lst:
                f.write(json.dumps({"id": d["id"], "text": d["text"], "planted": d["planted"]}, ensure_ascii=False) + "\n")

    dump("planted.jsonl", planted)
    dump("clean.jsonl", clean)
    dump("institutions.jsonl", insts)

    # report
    print("span kinds:", dict(sorted(kinds.items())), "total", total)
    print("institution spans:", sum(len(d["planted"]) for d in insts))
    for lab, mt, docs in (("planted", meta, planted), ("clean", cmeta, clean)):
        print(f"--- {lab}: genre/sub-format counts (short/medium/long)")
        keys = []
        for g, s, b in mt:
            if (g, s) not in keys:
                keys.append((g, s))
        keys.sort()
        for g, s in keys:
            bs = [sum(1 for x in mt if x == (g, s, b)) for b in range(3)]
            print(f"  {g:26s} {s:12s} {sum(bs):3d}  {bs}")
        ws = [len(d["text"].split()) for d in docs]
        print(f"  words min {min(ws)} max {max(ws)} mean {sum(ws) / len(ws):.1f}")
    print("redraw reasons:", dict(sorted(fails.items())))
    for name in ("planted.jsonl", "clean.jsonl", "institutions.jsonl"):
        h = hashlib.sha256(open(os.path.join(out, name), "rb").read()).hexdigest()
        print(name, h)
    if problems:
        print("PROBLEMS:", problems)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
