#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the blind11 held-out personal-data corpus (standard library only).

    python3 make.py            # writes planted.jsonl, clean.jsonl, institutions.jsonl, then checks them

Output is byte-identical on every run, whatever PYTHONHASHSEED is: one fixed seed,
a single random.Random stream, no iteration over unsorted sets.
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import pools as P  # noqa: E402

SEED = 20251111
PREFIX = "blind11"
N_PLANTED, N_CLEAN, N_INST = 240, 240, 30
KINDS = ["name", "phone", "address", "dob", "cpr", "email"]
GENRES = ["underretning", "samvaersreferat", "beskedtraad", "journaleksport", "klage_brev",
          "samtalenotat"]
YOUTH_GENRES = (2, 5)
BUCKETS = [("short", 30, 80), ("medium", 81, 150), ("long", 151, 300)]
DOC_START, DOC_END = date(2023, 1, 2), date(2025, 9, 30)


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


_ASCII = {"ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae", "å": "aa", "Å": "Aa", "ı": "i", "ł": "l",
          "Ł": "L", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss", "đ": "d"}


def ascii_fold(s):
    s = "".join(_ASCII.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def local_part(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def variant(key, gender):
    parts = key.split("|")
    return parts[1] if gender == "f" and len(parts) > 1 else parts[0]


def valid_date(d, m, y):
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def nodate_digits(rng, n):
    """n random digits whose first six digits do NOT form a ddmmyy date."""
    while True:
        s = "".join(str(rng.randint(0, 9)) for _ in range(n))
        if s[0] == "0":
            continue
        if valid_date(int(s[0:2]), int(s[2:4]), 2000):
            continue
        return s


def rand_date(rng, a, b):
    return a + timedelta(days=rng.randint(0, (b - a).days))


def fmt_date(d, style):
    dd, mm, yy = d.day, d.month, d.year
    return {
        "d/m-yyyy": f"{dd}/{mm}-{yy}",
        "dd/mm-yyyy": f"{dd:02d}/{mm:02d}-{yy}",
        "dd.mm.yyyy": f"{dd:02d}.{mm:02d}.{yy}",
        "d.m.yyyy": f"{dd}.{mm}.{yy}",
        "dd-mm-yyyy": f"{dd:02d}-{mm:02d}-{yy}",
        "ddmmyy": f"{dd:02d}{mm:02d}{yy % 100:02d}",
        "ddmmyyyy": f"{dd:02d}{mm:02d}{yy}",
        "d. month yyyy": f"{dd}. {P.MONTHS_DA[mm - 1]} {yy}",
        "d. mon. yyyy": f"{dd}. {P.MONTHS_DA_ABBR[mm - 1]} {yy}",
        "yyyy-mm-dd": f"{yy}-{mm:02d}-{dd:02d}",
        "d.m.yy": f"{dd}.{mm}.{yy % 100:02d}",
        "dd.mm.yy": f"{dd:02d}.{mm:02d}.{yy % 100:02d}",
        "d/m yyyy": f"{dd}/{mm} {yy}",
        "en Month d, yyyy": f"{P.MONTHS_EN[mm - 1]} {dd}, {yy}",
        "en d Month yyyy": f"{dd} {P.MONTHS_EN[mm - 1]} {yy}",
        "en dd/mm/yyyy": f"{dd:02d}/{mm:02d}/{yy}",
        "en d Mon yyyy": f"{dd} {P.MONTHS_EN[mm - 1][:3]} {yy}",
        "d/m": f"{dd}/{mm}",
    }[style]


DOB_STYLES = [("d/m-yyyy", 12), ("dd/mm-yyyy", 5), ("dd.mm.yyyy", 16), ("d.m.yyyy", 6),
              ("dd-mm-yyyy", 7), ("ddmmyy", 9), ("ddmmyyyy", 5), ("d. month yyyy", 14),
              ("d. mon. yyyy", 4), ("yyyy-mm-dd", 8), ("d.m.yy", 6), ("dd.mm.yy", 4),
              ("d/m yyyy", 4)]
DOB_FORCED = {
    "en": [("en Month d, yyyy", 1), ("en d Month yyyy", 1), ("en dd/mm/yyyy", 1),
           ("en d Mon yyyy", 1)],
    "long": [("d. month yyyy", 3), ("d. mon. yyyy", 1)],
    "short": [("d.m.yy", 2), ("dd.mm.yy", 1)],
    "6": [("ddmmyy", 1)], "8": [("ddmmyyyy", 1)], "iso": [("yyyy-mm-dd", 1)],
    "num": [("dd.mm.yyyy", 3), ("d/m-yyyy", 3), ("dd-mm-yyyy", 1)],
}
MEETING_STYLES = [("dd.mm.yyyy", 35), ("d/m-yyyy", 15), ("d. month yyyy", 20),
                  ("yyyy-mm-dd", 10), ("dd-mm-yyyy", 10), ("d.m.yy", 5), ("d/m", 5)]

# Danish phone shapes: name -> weight
PHONE_STYLES = [("8 digits", 18), ("2-2-2-2 spaces", 24), ("4-4 space", 12), ("+45 2-2-2-2", 10),
                ("+45 8 digits", 5), ("+45 4-4", 4), ("0045 8 digits", 3), ("0045 2-2-2-2", 2),
                ("2.2.2.2 dots", 5), ("2-2-2-2 dashes", 5), ("(+45) 2-2-2-2", 3),
                ("4-4 dash", 3), ("3-2-3 spaces", 3)]
DK_MOBILE = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
             "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"]
DK_LANDLINE = ["33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "49", "54", "56", "57",
               "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76", "86",
               "87", "89", "96", "97", "98", "99"]


def fmt_phone_dk(d, style):
    a, b, c, e = d[0:2], d[2:4], d[4:6], d[6:8]
    return {
        "8 digits": d, "2-2-2-2 spaces": f"{a} {b} {c} {e}", "4-4 space": f"{d[:4]} {d[4:]}",
        "+45 2-2-2-2": f"+45 {a} {b} {c} {e}", "+45 8 digits": f"+45{d}",
        "+45 4-4": f"+45 {d[:4]} {d[4:]}", "0045 8 digits": f"0045 {d}",
        "0045 2-2-2-2": f"0045 {a} {b} {c} {e}", "2.2.2.2 dots": f"{a}.{b}.{c}.{e}",
        "2-2-2-2 dashes": f"{a}-{b}-{c}-{e}", "(+45) 2-2-2-2": f"(+45) {a} {b} {c} {e}",
        "4-4 dash": f"{d[:4]}-{d[4:]}", "3-2-3 spaces": f"{d[:3]} {d[3:5]} {d[5:]}",
    }[style]


def R(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# foreign phone generators: country -> function(rng) -> string
FOREIGN_PHONES = {
    "SE": lambda r: r.choice([f"+46 7{r.choice('0236')} {R(r, 3)} {R(r, 2)} {R(r, 2)}",
                              f"0046 7{r.choice('0236')}{R(r, 7)}"]),
    "DE": lambda r: r.choice([f"+49 15{r.randint(1, 9)} {R(r, 8)}",
                              f"+49 (0)17{r.randint(0, 9)} {R(r, 7)}"]),
    "NO": lambda r: f"+47 {r.choice('49')}{R(r, 2)} {R(r, 2)} {R(r, 3)}",
    "PL": lambda r: r.choice([f"+48 {r.choice('5678')}{R(r, 2)} {R(r, 3)} {R(r, 3)}",
                              f"+48{r.choice('5678')}{R(r, 8)}"]),
    "UA": lambda r: r.choice([f"+380 {r.choice(['67', '50', '63', '97', '93'])} {R(r, 3)} {R(r, 4)}",
                              f"+380 ({r.choice(['50', '67', '98'])}) {R(r, 3)}-{R(r, 2)}-{R(r, 2)}"]),
    "TR": lambda r: f"+90 5{r.choice(['32', '05', '44', '55', '30'])} {R(r, 3)} {R(r, 2)} {R(r, 2)}",
    "SO": lambda r: f"+252 {r.choice(['61', '62', '90', '63'])} {R(r, 7)}",
    "UK": lambda r: f"+44 7{R(r, 3)} {R(r, 6)}",
    "IS": lambda r: f"+354 {r.choice('678')}{R(r, 2)} {R(r, 4)}",
    "GL": lambda r: f"+299 {r.choice(['52', '55', '58', '48'])} {R(r, 2)} {R(r, 2)}",
    "FO": lambda r: f"+298 {r.choice(['21', '22', '51', '77'])} {R(r, 2)} {R(r, 2)}",
    "RO": lambda r: f"+40 7{R(r, 2)} {R(r, 3)} {R(r, 3)}",
    "LT": lambda r: f"+370 6{R(r, 2)} {R(r, 5)}",
    "IQ": lambda r: f"+964 7{r.choice(['50', '70', '80'])} {R(r, 3)} {R(r, 4)}",
    "SY": lambda r: f"+963 9{R(r, 2)} {R(r, 3)} {R(r, 3)}",
    "AF": lambda r: f"+93 7{R(r, 1)} {R(r, 3)} {R(r, 4)}",
    "LK": lambda r: f"+94 7{R(r, 1)} {R(r, 3)} {R(r, 4)}",
    "VN": lambda r: f"+84 9{R(r, 1)} {R(r, 3)} {R(r, 2)} {R(r, 2)}",
    "TH": lambda r: f"+66 8{R(r, 1)} {R(r, 3)} {R(r, 4)}",
    "PH": lambda r: f"+63 9{R(r, 2)} {R(r, 3)} {R(r, 4)}",
    "ER": lambda r: f"+291 7 {R(r, 3)} {R(r, 3)}",
}
CC_CODE = {"SE": "46", "DE": "49", "NO": "47", "PL": "48", "UA": "380", "TR": "90", "SO": "252",
           "UK": "44", "IS": "354", "GL": "299", "FO": "298", "RO": "40", "LT": "370", "IQ": "964",
           "SY": "963", "AF": "93", "LK": "94", "VN": "84", "TH": "66", "PH": "63", "ER": "291"}
PHONE_COUNTRY_BY_ORIGIN = {
    "somali": ["SO", "SE", "UK"], "arabic": ["IQ", "SY", "SE", "DE"], "turkish": ["TR", "DE"],
    "kurdish": ["IQ", "TR", "SE"], "afghan": ["AF", "DE", "SE"], "polish": ["PL"],
    "ukrainian": ["UA", "PL"], "romanian": ["RO"], "lithuanian": ["LT", "UK"], "tamil": ["LK", "UK"],
    "vietnamese": ["VN"], "thai": ["TH"], "filipino": ["PH"], "eritrean": ["ER", "SE"],
    "greenlandic": ["GL"], "faroese": ["FO"], "icelandic": ["IS"],
    "dk_common": ["SE", "DE", "NO", "UK"], "dk_rare": ["SE", "DE", "NO", "UK"],
}
ADDR_COUNTRY_BY_ORIGIN = {
    "polish": ["PL"], "ukrainian": ["UA", "PL"], "romanian": ["RO"], "lithuanian": ["LT"],
    "turkish": ["TR", "DE"], "kurdish": ["DE", "SE", "TR"], "greenlandic": ["GL"], "faroese": ["FO"],
    "icelandic": ["IS"], "somali": ["SE", "UK", "NO"], "arabic": ["DE", "SE"],
    "afghan": ["DE", "SE"], "eritrean": ["SE", "DE"], "tamil": ["UK", "NO"],
}
ADDR_STYLES = [("dk one line full", 40), ("dk street+number only", 20), ("dk two lines", 9),
               ("dk lowercase sloppy", 9), ("dk no commas", 8), ("dk street, town (no postcode)", 8),
]
ADDR_FORCED = {"2l": "dk two lines", "lc": "dk lowercase sloppy", "st": "dk street+number only",
               "full": "dk one line full", "nc": "dk no commas"}
CPR_STYLES = [("dddddd-dddd", 40), ("dddddddddd", 15), ("dddddd dddd", 12), ("dd dd dd-dddd", 8),
              ("dd.dd.dd-dddd", 8), ("dddddd–dddd (en dash)", 4), ("dddddd - dddd", 4),
              ("dd dd dd dddd", 3)]


def fmt_cpr(s, style):
    a, b = s[:6], s[6:]
    return {
        "dddddd-dddd": f"{a}-{b}", "dddddddddd": s, "dddddd dddd": f"{a} {b}",
        "dd dd dd-dddd": f"{a[:2]} {a[2:4]} {a[4:]}-{b}",
        "dd.dd.dd-dddd": f"{a[:2]}.{a[2:4]}.{a[4:]}-{b}",
        "dddddd–dddd (en dash)": f"{a}–{b}", "dddddd - dddd": f"{a} - {b}",
        "dd dd dd dddd": f"{a[:2]} {a[2:4]} {a[4:]} {b}",
    }[style]


TITLES = ("fru ", "Fru ", "hr. ", "Hr. ", "frk. ", "dr. ", "Dr. ", "advokat ", "Advokat ",
          "læge ", "Læge ", "lærer ", "psykolog ", "Mr. ", "Ms. ", "Mrs. ", "Miss ")

GRAMMAR = {
    "han": ("han", "hun"), "Han": ("Han", "Hun"), "hans": ("hans", "hendes"),
    "Hans": ("Hans", "Hendes"), "ham": ("ham", "hende"), "dreng": ("dreng", "pige"),
    "drengen": ("drengen", "pigen"), "søn": ("søn", "datter"), "sønnen": ("sønnen", "datteren"),
    "bror": ("bror", "søster"), "he": ("he", "she"), "He": ("He", "She"), "his": ("his", "her"),
    "His": ("His", "Her"), "him": ("him", "her"), "ven": ("ven", "veninde"),
    "kæresten": ("kæresten", "kæresten"), "mor": ("far", "mor"), "kusine": ("fætter", "kusine"),
}
ROLE_WORDS = {"M": "mor", "F": "far", "P": "plejemor", "Q": "plejefar", "G": "mormor"}
NAME_ATTRS = {"f": "first name", "n": "full name", "fl": "first+last", "l": "surname",
              "g": "genitive first", "lg": "genitive surname", "ng": "genitive full",
              "lc": "lowercase first", "lcn": "lowercase full", "i": "initials",
              "nick": "nickname", "rev": "surname, first", "ini": "initial+surname",
              "up": "uppercase full"}


# ---------------------------------------------------------------------------
# persons and cast
# ---------------------------------------------------------------------------

class Person:
    def __init__(self, role, first, middle, last_keys, joiner, gender, origin, year, group):
        self.role, self.first, self.middle_key = role, first, middle
        self.last_keys, self.joiner = last_keys, joiner
        self.gender, self.origin, self.year, self.group = gender, origin, year, group
        self.nick = None

    @property
    def middle(self):
        return variant(self.middle_key, self.gender) if self.middle_key else ""

    @property
    def last(self):
        return self.joiner.join(variant(k, self.gender) for k in self.last_keys)

    @property
    def fl(self):
        return f"{self.first} {self.last}"

    @property
    def full(self):
        return f"{self.first} {self.middle} {self.last}" if self.middle else self.fl


class Ctx:
    """One text: its cast of persons and all cached slot values."""

    def __init__(self, rng, genre):
        self.rng, self.genre = rng, genre
        self.people = {}
        self.cache = {}
        self.kommune, self.domain = rng.choice(P.KOMMUNER)
        self.firm = rng.randrange(len(P.LAW_FIRMS))
        self.fam = None
        self.doc_day = rand_date(rng, DOC_START, DOC_END)
        self.t_clock = datetime(self.doc_day.year, self.doc_day.month, self.doc_day.day,
                                rng.randint(7, 15), rng.randint(0, 59))
        self.t_style = rng.choice(["[HH:MM]", "HH:MM", "HH.MM", "[dd.mm HH:MM]", "dd/mm/yy HH.MM",
                                   "dd.mm.yyyy kl. HH:MM"])
        self.d_day = self.doc_day - timedelta(days=rng.randint(60, 400))
        self.d_style = rng.choice(["dd.mm.yyyy", "dd-mm-yyyy", "yyyy-mm-dd", "dd.mm.yyyy"])
        self.kl_sep = rng.choice([".", ".", ":"])
        self.kl_base = rng.randint(8 * 60, 16 * 60)

    # -- names --
    def _used_firsts(self):
        return [p.first for p in self.people.values()]

    def _draw_first(self, origin, gender):
        pool = P.ORIGINS[origin][gender]
        used = self._used_firsts()
        lasts = [p.last for p in self.people.values()]
        for _ in range(60):
            f = self.rng.choice(pool)
            if f not in used and f not in lasts:
                return f
        return f

    def _draw_last(self, origin):
        return [self.rng.choice(P.ORIGINS[origin]["last"])]

    def _draw_middle(self, origin, p):
        if self.rng.random() >= p:
            return None
        mids = P.ORIGINS[origin]["mid"]
        if not mids:
            return None
        return self.rng.choice(mids)

    def _person(self, role, origin, gender, year, group, last_keys=None, joiner=" ", pmid=0.2):
        first = self._draw_first(origin, gender)
        if last_keys is None:
            for _ in range(30):
                last_keys = self._draw_last(origin)
                if not any(variant(last_keys[0], gender) == q.last for q in self.people.values()):
                    break
        mid = self._draw_middle(origin, pmid)
        p = Person(role, first, mid, last_keys, joiner, gender, origin, year, group)
        self.people[role] = p
        return p

    def _family(self):
        rng = self.rng
        mo = weighted(rng, P.FAMILY_ORIGINS)
        fo = mo if rng.random() < 0.78 else weighted(rng, P.FAMILY_ORIGINS)
        by = rng.randint(2002, 2009) if self.genre in YOUTH_GENRES else rng.randint(2007, 2022)
        self.fam = {"mo": mo, "fo": fo, "by": by}
        M = self._person("M", mo, "f", by - rng.randint(19, 38), "mother")
        F = self._person("F", fo, "m", by - rng.randint(20, 42), "father")
        r = rng.random()
        if r < 0.45 or M.last_keys == F.last_keys:
            keys, joiner = list(F.last_keys), " "
        elif r < 0.75:
            keys, joiner = list(M.last_keys), " "
        elif r < 0.87:
            keys, joiner = M.last_keys + F.last_keys, "-"
        else:
            keys, joiner = M.last_keys + F.last_keys, " "
        self.fam["child_keys"], self.fam["child_joiner"] = keys, joiner

    def get(self, role):
        if role in self.people:
            return self.people[role]
        rng = self.rng
        group, gender = P.ROLES.get(role, ("adult", "any"))
        if gender == "any":
            gender = rng.choice(["f", "m"])
        if role in P.FAMILY_ROLES:
            if self.fam is None:
                self._family()
                if role in self.people:
                    return self.people[role]
            fam = self.fam
            M, F = self.people["M"], self.people["F"]
            if role in ("B", "C", "C2"):
                origin = rng.choice([fam["mo"], fam["fo"]])
                if role == "B":
                    keys, joiner, year = fam["child_keys"], fam["child_joiner"], fam["by"]
                else:
                    same = rng.random() < 0.85
                    keys = fam["child_keys"] if same else list(M.last_keys)
                    joiner = fam["child_joiner"] if same else " "
                    year = fam["by"] + rng.choice([-6, -4, -3, -2, -1, 1, 2, 3, 5])
                p = self._person(role, origin, gender, year, "child", list(keys), joiner, 0.3)
                p.nick = self._draw_nick()
                return p
            if role == "G":
                keys = list(M.last_keys) if rng.random() < 0.45 else None
                return self._person(role, fam["mo"], "f", M.year - rng.randint(19, 32), group, keys)
            if role == "O":
                keys = list(M.last_keys) if rng.random() < 0.6 else None
                return self._person(role, fam["mo"], "m", M.year - rng.randint(20, 34), group, keys)
            if role == "Z":
                return self._person(role, fam["mo"], "f", M.year + rng.randint(-8, 8), group)
            if role == "Y":
                keys = list(F.last_keys) if rng.random() < 0.5 else None
                return self._person(role, fam["fo"], "m", F.year + rng.randint(-8, 8), group, keys)
        origin = weighted(rng, P.OTHER_ORIGINS)
        if group == "youth":
            base = self.fam["by"] if self.fam else rng.randint(2002, 2009)
            p = self._person(role, origin, gender, base + rng.randint(-2, 2), group, pmid=0.1)
            p.nick = self._draw_nick()
            return p
        if group == "foster":
            other = self.people.get("Q" if role == "P" else "P")
            keys = list(other.last_keys) if other and rng.random() < 0.6 else None
            return self._person(role, origin, gender, rng.randint(1960, 1988), group, keys)
        if group == "pro":
            return self._person(role, origin, gender, rng.randint(1960, 1999), group, pmid=0.15)
        return self._person(role, origin, gender, rng.randint(1948, 2000), group)

    def _draw_nick(self):
        taken = self._used_firsts() + [p.nick for p in self.people.values() if p.nick]
        for _ in range(40):
            n = self.rng.choice(P.NICKNAMES)
            if n not in taken:
                return n
        return n

    # -- person attributes --
    def initials(self, p):
        parts = [x for x in re.split(r"[ -]", p.first) if x][:2]
        letters = [x[0].upper() for x in parts]
        if p.middle:
            letters.append(p.middle[0].upper())
        lasts = [x for x in re.split(r"[ -]", p.last) if x and x[0].isupper()]
        if lasts:
            letters.append(lasts[0][0])
        ini = "".join(letters)
        if ini in P.BAD_INITIALS or len(ini) < 2 or ini in self.bad_tokens:
            ini = p.first[:2].upper() + (lasts[0][0] if lasts else "X")
        if ini in P.BAD_INITIALS or ini in self.bad_tokens:
            ini = ini + "J"
        return ini

    def name_value(self, p, attr):
        gen = lambda s: (s + "'", len(s)) if s[-1] in "sxzSXZ" else (s + "s", len(s) + 1)
        if attr == "f":
            return p.first, None
        if attr == "n":
            return p.full, None
        if attr == "fl":
            return p.fl, None
        if attr == "l":
            return p.last, None
        if attr == "g":
            return gen(p.first)
        if attr == "lg":
            return gen(p.last)
        if attr == "ng":
            return gen(p.fl)
        if attr == "lc":
            return p.first.lower(), None
        if attr == "lcn":
            return p.fl.lower(), None
        if attr == "i":
            return self.initials(p), None
        if attr == "nick":
            if not p.nick:
                p.nick = self._draw_nick()
            return p.nick, None
        if attr == "rev":
            return f"{p.last}, {p.first}", None
        if attr == "ini":
            return f"{p.first[0]}. {p.last}", None
        if attr == "up":
            return p.fl.upper(), None
        raise KeyError(attr)

    def dob_date(self, p):
        key = (p.role, "dobdate")
        if key not in self.cache:
            while True:
                m, dd = self.rng.randint(1, 12), self.rng.randint(1, 31)
                if valid_date(dd, m, p.year):
                    break
            self.cache[key] = date(p.year, m, dd)
        return self.cache[key]

    def cpr_digits(self, p):
        key = (p.role, "cprdigits")
        if key not in self.cache:
            d = self.dob_date(p)
            y = d.year
            if y >= 2000:
                d7 = self.rng.choice("456789" if y <= 2036 else "5678")
            elif y >= 1937:
                d7 = self.rng.choice("012349")
            else:
                d7 = self.rng.choice("0123")
            last = self.rng.choice("02468" if p.gender == "f" else "13579")
            self.cache[key] = f"{d.day:02d}{d.month:02d}{y % 100:02d}{d7}{R(self.rng, 2)}{last}"
        return self.cache[key]

    def dk_address(self, key):
        if key not in self.cache:
            rng = self.rng
            no = str(rng.randint(1, 140))
            letter = rng.choice(["", "", "", "", "A", "B", "C", "D"])
            floor = rng.choice(P.FLOORS_DK) if rng.random() < 0.55 else ""
            pc, town = rng.choice(P.POSTCODES_DK)
            self.cache[key] = {"street": rng.choice(P.STREETS_DK), "no": no + letter, "floor": floor,
                               "pc": pc, "town": town}
        return self.cache[key]

    def fmt_dk_address(self, a, style):
        st, no, fl, pc, town = a["street"], a["no"], a["floor"], a["pc"], a["town"]
        first = f"{st} {no}" + (f", {fl}" if fl else "")
        if style == "dk one line full":
            return f"{first}, {pc} {town}"
        if style == "dk street+number only":
            return first
        if style == "dk two lines":
            return f"{first}\n{pc} {town}"
        if style == "dk no commas":
            return f"{st} {no}" + (f" {fl}" if fl else "") + f" {pc} {town}"
        if style == "dk street, town (no postcode)":
            return f"{first}, {town.split(' ')[0]}"
        if style == "dk lowercase sloppy":
            sfl = re.sub(r"[ .]", "", fl).lower() if fl else ""
            tail = self.rng.choice([f" {pc} {town.lower()}", f" {town.split(' ')[0].lower()}", ""])
            sep = self.rng.choice([" ", ","])
            return f"{st.lower()} {no.lower()}" + (f"{sep}{sfl}" if sfl else "") + tail
        raise KeyError(style)

    def foreign_address(self, p, key, two_lines):
        if key not in self.cache:
            rng = self.rng
            cc = rng.choice(ADDR_COUNTRY_BY_ORIGIN.get(p.origin, ["DE", "SE", "NO", "UK"]))
            streets, towns = P.FOREIGN_ADDR[cc]
            st, town, n = rng.choice(streets), rng.choice(towns), rng.randint(1, 160)
            if cc == "PL":
                one = (f"{st} {n}/{rng.randint(1, 40)}", town)
            elif cc == "UA":
                one = (f"{st} {n}, kv. {rng.randint(1, 90)}", town)
            elif cc == "RO":
                one = (f"{st} nr. {n}, ap. {rng.randint(1, 60)}", town)
            elif cc == "LT":
                one = (f"{st} {n}-{rng.randint(1, 40)}", town)
            elif cc == "TR":
                one = (f"{st} No: {n} D: {rng.randint(1, 20)}", town)
            elif cc == "UK":
                one = (f"{n} {st}", town)
            elif cc == "SE":
                one = (f"{st} {n}" + rng.choice(["", " A", " B"]), town)
            elif cc == "GL":
                one = (f"{st} {n}" + rng.choice(["", ", 1. th", ", st.", ", lejl. 4"]), town)
            else:
                one = (f"{st} {n}", town)
            self.cache[key] = (cc, one)
        cc, (line1, town) = self.cache[key]
        return cc, (f"{line1}\n{town}" if two_lines else f"{line1}, {town}")

    def email(self, p, key):
        if key in self.cache:
            return self.cache[key]
        rng = self.rng
        fi, la = local_part(p.first), local_part(p.last.split(" ")[-1] if p.last else "x")
        yy = p.year % 100
        if p.group == "pro" or (p.group == "foster" and rng.random() < 0.2):
            if p.role == "L":
                dom = P.LAW_DOMAINS[self.firm]
            elif p.role in P.WORK_DOMAINS_BY_ROLE and rng.random() < 0.6:
                dom = rng.choice(P.WORK_DOMAINS_BY_ROLE[p.role])
            else:
                dom = self.domain
            style = rng.choice(["work initials", "work first.last", "work first+initial",
                                "work initials"])
            if style == "work initials":
                loc = local_part(self.initials(p))
            elif style == "work first.last":
                loc = f"{fi}.{la}"
            else:
                loc = f"{fi}{la[0]}"
            val = (f"{loc}@{dom}", style)
        else:
            doms = P.PRIVATE_DOMAINS
            if p.origin in P.FOREIGN_DOMAINS and rng.random() < 0.4:
                doms = P.FOREIGN_DOMAINS[p.origin]
            dom = rng.choice(doms)
            youthy = p.group in ("child", "youth")
            styles = ["private first.last", "private first+last+digits", "private initial.last",
                      "private first_year", "private nick+digits", "private last.first"]
            style = rng.choice(styles[3:] + ["private nick+digits"] if youthy else styles)
            if style == "private first.last":
                loc = f"{fi}.{la}"
            elif style == "private first+last+digits":
                loc = f"{fi}{la}{rng.randint(1, 99)}"
            elif style == "private initial.last":
                loc = f"{fi[0]}.{la}"
            elif style == "private first_year":
                loc = f"{fi}_{yy:02d}" if rng.random() < 0.5 else f"{fi}{p.year}"
            elif style == "private nick+digits":
                nick = local_part(p.nick) if p.nick else fi[:4]
                loc = rng.choice([f"{nick}{rng.randint(10, 999)}", f"xx_{fi}_xx", f"{nick}.{fi}",
                                  f"{fi}{la[:3]}{rng.randint(1, 9)}"])
            else:
                loc = f"{la}.{fi}"
            val = (f"{loc}@{dom}", style)
        self.cache[key] = val
        return val

    def person_attr(self, role, attr, fmt, before):
        """-> (string, kind or None, subformat, span_length)"""
        p = self.get(role)
        rng = self.rng
        if attr in NAME_ATTRS:
            s, n = self.name_value(p, attr)
            sub = NAME_ATTRS[attr]
            if before.endswith(TITLES) and attr in ("l", "fl", "n", "f"):
                sub = "after title"
            return s, "name", sub, (len(s) if n is None else n)
        if attr == "lab":       # sender label in a thread: the role word or the first name
            key = (role, "lab")
            if key not in self.cache:
                self.cache[key] = rng.random() < 0.5
            if self.cache[key]:
                return p.first, "name", "first name", len(p.first)
            return ROLE_WORDS[role], None, None, 0
        if attr in GRAMMAR:
            return GRAMMAR[attr][0 if p.gender == "m" else 1], None, None, 0
        if attr == "age":
            return str(max(0, self.doc_day.year - p.year - (1 if rng.random() < 0.4 else 0))), None, None, 0
        base = re.sub(r"\d+$", "", attr)
        ck = (role, attr, fmt)
        if ck in self.cache:
            return self.cache[ck]
        if base == "tel":
            vk = (role, attr, "value")
            if vk not in self.cache:
                pre = rng.choice(DK_MOBILE) if rng.random() < 0.82 else rng.choice(DK_LANDLINE)
                self.cache[vk] = pre + R(rng, 6)
            if (not fmt and not p.origin.startswith("dk") and p.group not in ("pro", "foster")
                    and rng.random() < 0.15):
                self.cache[ck] = self.person_attr(role, "telf" + attr[3:], fmt, before)
                return self.cache[ck]
            style = fmt if fmt else weighted(rng, PHONE_STYLES)
            s = fmt_phone_dk(self.cache[vk], style)
            out = (s, "phone", "dk " + style, len(s))
        elif base == "telf":
            cc = rng.choice(PHONE_COUNTRY_BY_ORIGIN.get(p.origin, ["SE", "DE"]))
            s = FOREIGN_PHONES[cc](rng)
            out = (s, "phone", f"foreign {cc} +{CC_CODE[cc]}" + (" (00 prefix)" if s.startswith("00") else ""),
                   len(s))
        elif base == "adr":
            a = self.dk_address((role, attr, "value"))
            style = ADDR_FORCED[fmt] if fmt else weighted(rng, ADDR_STYLES)
            s = self.fmt_dk_address(a, style)
            out = (s, "address", style, len(s))
        elif base == "adrf":
            cc, s = self.foreign_address(p, (role, attr, "value"), fmt == "2l")
            out = (s, "address", f"foreign {cc} " + ("two lines" if fmt == "2l" else "one line"), len(s))
        elif base == "dob":
            d = self.dob_date(p)
            style = weighted(rng, DOB_FORCED[fmt]) if fmt else weighted(rng, DOB_STYLES)
            s = fmt_date(d, style)
            out = (s, "dob", style, len(s))
        elif base == "cpr":
            style = fmt if fmt else weighted(rng, CPR_STYLES)
            s = fmt_cpr(self.cpr_digits(p), style)
            out = (s, "cpr", style, len(s))
        elif base == "mail":
            s, style = self.email(p, (role, attr, "value"))
            out = (s, "email", style, len(s))
        else:
            raise KeyError(f"unknown attribute {role}.{attr}")
        self.cache[ck] = out
        return out

    # -- look-alikes (never planted) --
    def lookalike(self, name, fmt):
        rng = self.rng
        if name == "t":      # next timestamp in a message thread
            self.t_clock += timedelta(minutes=rng.choice([1, 2, 3, 5, 8, 14, 25, 47, 90, 180, 600, 1300]))
            c = self.t_clock
            hm, hmd = f"{c.hour:02d}:{c.minute:02d}", f"{c.hour:02d}.{c.minute:02d}"
            return {"[HH:MM]": f"[{hm}]", "HH:MM": hm, "HH.MM": hmd,
                    "[dd.mm HH:MM]": f"[{c.day:02d}.{c.month:02d} {hm}]",
                    "dd/mm/yy HH.MM": f"{c.day:02d}/{c.month:02d}/{c.year % 100:02d} {hmd}",
                    "dd.mm.yyyy kl. HH:MM": f"{c.day:02d}.{c.month:02d}.{c.year} kl. {hm}"}[self.t_style]
        if name == "d":      # next date in a journal listing
            self.d_day += timedelta(days=rng.randint(0, 16))
            return fmt_date(self.d_day, self.d_style)
        key = (name, fmt)
        if key in self.cache:
            return self.cache[key]
        base = re.sub(r"\d+$", "", name)
        if base == "dato":
            dk = (name, "value")
            if dk not in self.cache:
                self.cache[dk] = self.doc_day + timedelta(days=rng.randint(-40, 60) if name != "dato" else 0)
            d = self.cache[dk]
            if fmt == "long":
                style = "d. month yyyy"
            elif fmt == "iso":
                style = "yyyy-mm-dd"
            elif fmt == "num":
                style = "dd.mm.yyyy"
            elif fmt == "en":
                style = "en d Month yyyy"
            else:
                style = weighted(rng, MEETING_STYLES)
            v = fmt_date(d, style)
        elif base == "kl":
            k = int(name[2:] or 1)
            mins = self.kl_base + (k - 1) * rng.choice([45, 60, 75, 90, 120])
            mins = min(mins, 23 * 60)
            mins -= mins % 5
            v = f"{mins // 60:02d}{self.kl_sep}{mins % 60:02d}"
        elif base == "sagsnr":
            yy = rng.choice(["2023", "2024", "2025"])
            v = rng.choice([f"{yy}-{nodate_digits(rng, 6)}", f"{yy[2:]}-{rng.randint(13, 99)}{R(rng, 2)}-{R(rng, 4)}",
                            f"S{yy}-{R(rng, 5)}", nodate_digits(rng, 10),
                            f"{nodate_digits(rng, 10)[:4]}-{R(rng, 3)}-{R(rng, 3)}",
                            f"{R(rng, 4)}/{yy[2:]}"])
        elif base == "jnr":
            kle = rng.choice(["27.24.00-G01", "27.24.00-A00", "27.12.00-G01", "27.28.00-P20",
                              "27.20.20-G01", "27.36.16-P19", "27.40.00-A26", "27.00.00-K07"])
            v = rng.choice([f"{kle}-{rng.randint(1, 4999)}-{rng.choice(['23', '24', '25'])}",
                            f"{rng.choice(['23', '24', '25'])}-{R(rng, 5)}"])
        elif base == "dok":
            v = rng.choice([nodate_digits(rng, 6), R(rng, 5), R(rng, 7), f"{R(rng, 4)}/{rng.choice(['24', '25'])}"])
        elif base == "kr":
            n = rng.choice([rng.randint(2, 99) * 50, rng.randint(10, 400) * 100, rng.randint(100, 9999)])
            t = f"{n:,}".replace(",", ".")
            v = rng.choice([f"{t} kr.", f"kr. {t},00", f"{t},- kr.", f"{t} kr", f"DKK {t}"])
        elif base == "by":
            used = [self.cache.get((f"by{i}", None)) for i in ["", "2", "3"]]
            v = rng.choice([t for t in P.TOWNS if t not in used])
        elif base == "bydel":
            v = rng.choice(P.BYDELE)
        elif base == "kommune":
            v = self.kommune
        elif base == "lokale":
            v = rng.choice([f"{rng.randint(0, 4)}.{rng.randint(1, 30):02d}", f"B {rng.randint(101, 340)}",
                            f"{rng.randint(1, 12)}", f"{rng.choice('ABCD')}{rng.randint(1, 3)}.{rng.randint(1, 20)}"])
        elif base == "ugedag":
            v = rng.choice(P.WEEKDAYS)
        elif base == "mdr":
            v = rng.choice(P.MONTHS_DA)
        elif base == "aar":
            v = str(self.doc_day.year)
        elif base == "uge":
            v = str(rng.randint(2, 51))
        elif base == "hovednr":
            v = rng.choice(P.SWITCHBOARDS)
        elif base == "firma":
            v = P.LAW_FIRMS[self.firm]
        elif base == "n":
            v = str(rng.randint(2, 14))
        elif base == "rs":
            v = rng.choice([" | ", "\t", " · ", "  –  ", " ; ", "   "])
        elif base == "pct":
            v = str(rng.randint(40, 95))
        else:
            raise KeyError(f"unknown look-alike slot {name}")
        self.cache[key] = v
        return v


SLOT_RE = re.compile(r"\{([A-Za-z][A-Za-z0-9]*)(?:\.([A-Za-zæøå]+[0-9]*))?(?::([A-Za-z0-9+]+))?\}")
EXT_RE = re.compile(r"\{EXT(?::([a-z]+))?\}")


def render(tmpl, rng, genre, bad_tokens):
    ctx = Ctx(rng, genre)
    ctx.bad_tokens = bad_tokens
    out, spans, pos, last = [], [], 0, 0
    for m in SLOT_RE.finditer(tmpl):
        lit = tmpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        name, attr, fmt = m.groups()
        if attr is not None:
            s, kind, sub, n = ctx.person_attr(name, attr, fmt, "".join(out)[-12:])
            if kind:
                spans.append((kind, pos, pos + n, sub))
        else:
            s = ctx.lookalike(name, fmt)
        out.append(s)
        pos += len(s)
        if s.endswith(".") and tmpl[last:last + 1] == ".":
            last += 1       # "... 2. tv." + "." -> one full stop
    out.append(tmpl[last:])
    text = "".join(out)
    return text, spans, ctx


# ---------------------------------------------------------------------------
# checks (used while generating and again on the written files)
# ---------------------------------------------------------------------------

def _name_tokens():
    toks = set()
    for o in P.ORIGINS.values():
        for key in ("f", "m", "last", "mid"):
            for nm in o[key]:
                for v in nm.split("|"):
                    toks.add(v)
                    for part in re.split(r"[ -]", v):
                        if len(part) >= 3:
                            toks.add(part)
    for n in P.NICKNAMES:
        toks.add(n)
    return toks


NAME_TOKENS = _name_tokens()
# capitalised ordinary words that are also in the name pools and may legitimately stand in text
WORD_OK = set(["Hope", "Joy", "Dag", "Maj", "Mini", "Can"])
PHONE_SHAPE = re.compile(
    r"(?<![\d+])(?<!\d[ .\-/])(?:\(\+\d{2,3}\)\s?|\+\d{2,3}[ -]?|00\d{2}\s?)?"
    r"(?:\d{2}[ .\-]?\d{2}[ .\-]?\d{2}[ .\-]?\d{2}|\d{4}[ \-]\d{4}|\d{3} \d{2} \d{3})(?![ .\-/]?\d)")
CPR_SHAPE = re.compile(r"(?<![\d])(\d{2})[ .]?(\d{2})[ .]?(\d{2})\s?[-–]?\s?(\d{4})(?!\d)")
D6_SHAPE = re.compile(r"(?<![\d.\-/])(\d{2})(\d{2})(\d{2})(?![\d.\-/])")
DATE_OK = [re.compile(r"(\d{2})[.\-](\d{2})[.\-](\d{4})"), re.compile(r"(\d{4})-(\d{2})-(\d{2})")]
TIME_RANGE_OK = re.compile(r"([01]\d|2[0-3])[.:][0-5]\d ?[-–] ?([01]\d|2[0-3])[.:][0-5]\d")
PUBLIC = set(P.PUBLIC_NUMBERS)


def lookalike_problems(text):
    """Personal-data shapes that must not occur outside planted spans."""
    probs = []
    if "@" in text:
        probs.append("@ outside a span")
    for m in CPR_SHAPE.finditer(text):
        d, mo = int(m.group(1)), int(m.group(2))
        if valid_date(d, mo, 2000):
            probs.append(f"cpr-shaped {m.group(0)!r}")
    for m in PHONE_SHAPE.finditer(text):
        s = m.group(0).strip()
        if s in PUBLIC or TIME_RANGE_OK.fullmatch(s):
            continue
        dm = DATE_OK[0].fullmatch(s)
        if dm and valid_date(int(dm.group(1)), int(dm.group(2)), int(dm.group(3))):
            continue
        dm = DATE_OK[1].fullmatch(s)
        if dm and valid_date(int(dm.group(3)), int(dm.group(2)), int(dm.group(1))):
            continue
        probs.append(f"phone-shaped {s!r}")
    for m in D6_SHAPE.finditer(text):
        if valid_date(int(m.group(1)), int(m.group(2)), 2000 + int(m.group(3))):
            probs.append(f"ddmmyy-shaped {m.group(0)!r}")
    for m in re.finditer(r"[^\W\d_][\w'’-]*", text):
        w = m.group(0)
        for cand in [w] + w.split("-"):
            if cand in NAME_TOKENS and cand[0].isupper() and cand not in WORD_OK:
                probs.append(f"name token {cand!r}")
    return probs


def shape_problem(kind, s):
    """Cheap sanity check of one planted span's shape."""
    digits = re.sub(r"\D", "", s)
    if kind == "cpr":
        if len(digits) != 10 or not valid_date(int(digits[:2]), int(digits[2:4]), 2000):
            return "cpr not ten digits with a valid day/month"
    elif kind == "phone":
        if not 6 <= len(digits) <= 15:
            return "phone digit count"
    elif kind == "email":
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}", s):
            return "email shape"
    elif kind == "address":
        if not re.search(r"\d", s):
            return "address without a number"
    elif kind == "dob":
        if not re.search(r"\d{1,2}", s) or not re.search(r"(19|20)?\d\d\b", s):
            return "dob shape"
    elif kind == "name":
        if not re.search(r"[^\W\d_]", s) or re.search(r"\d", s):
            return "name shape"
    return None


def planted_problems(text, spans):
    """spans: list of (kind, start, end). Returns a list of problems."""
    probs = []
    covered = [False] * len(text)
    for _, a, b in spans:
        for i in range(a, b):
            covered[i] = True
    targets = set()
    for kind, a, b in spans:
        s = text[a:b]
        targets.add(s)
        if kind == "name":
            for part in re.split(r"[ ,\-]+", s):
                if len(part) >= 3:
                    targets.add(part)
    for s in sorted(targets):
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            if not all(covered[m.start():m.end()]):
                probs.append(f"unplanted repeat of {s!r}")
                break
    masked = "".join("#" if covered[i] and text[i] != "\n" else text[i] for i in range(len(text)))
    probs += lookalike_problems(masked)
    return probs


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------

def compose(base, exts, sep):
    m = EXT_RE.search(base)
    ins = "".join(sep + e for e in exts)
    return base[:m.start()] + ins + base[m.end():]


def template_bad_tokens():
    toks = set()
    for coll in (P.PLANTED, P.CLEAN):
        for g in range(6):
            for t in coll[g]["base"] + [e for pool in coll[g]["ext"].values() for e in pool]:
                plain = SLOT_RE.sub(" ", t)
                for w in re.findall(r"\b[A-ZÆØÅ]{2,4}\b", plain):
                    toks.add(w)
    return toks


def generate(kind, n, rng, bad_tokens):
    coll = P.PLANTED if kind == "planted" else P.CLEAN
    letter = "p" if kind == "planted" else "c"
    usage_b, usage_e = Counter(), Counter()
    rows, subs, meta = [], [], []
    for i in range(n):
        g = i % 6
        bname, lo, hi = BUCKETS[(i // 6) % 3]
        bases = coll[g]["base"]
        order = sorted(range(len(bases)), key=lambda j: (usage_b[(g, j)], rng.random()))
        done = None
        for attempt in range(600):
            j = order[(attempt // 3) % len(order)]
            base = bases[j]
            pool = EXT_RE.search(base).group(1) or ""
            exts = coll[g]["ext"][pool]
            sep = coll[g]["sep"].get(pool, "\n")
            eorder = sorted(range(len(exts)), key=lambda e: (usage_e[(g, pool, e)], rng.random()))
            seed = rng.getrandbits(64)
            target = rng.randint(lo, lo + (hi - lo) * 9 // 20)
            best = None
            for k in range(len(exts) + 1):
                tmpl = compose(base, [exts[e] for e in eorder[:k]], sep)
                cand = render(tmpl, random.Random(seed), g, bad_tokens)
                wc = len(cand[0].split())
                if wc > hi:
                    break
                if wc >= lo:
                    best = (k, cand, wc)
                    if wc >= target:
                        break
            if best:
                k, (text, spans, ctx), wc = best
                sp3 = [(a, b, c) for a, b, c, _ in spans]
                if kind == "planted":
                    bad = planted_problems(text, sp3) if spans else ["no spans"]
                else:
                    bad = (["span in clean"] if spans else []) + lookalike_problems(text)
                if not bad:
                    done = (j, pool, eorder[:k], text, spans, wc)
            if done:
                break
        if not done:
            raise SystemExit(f"could not build {kind} text {i} (genre {g}, {bname})")
        j, pool, used, text, spans, wc = done
        usage_b[(g, j)] += 1
        for e in used:
            usage_e[(g, pool, e)] += 1
        rid = f"{PREFIX}-{letter}{i + 1:03d}"
        rows.append({"id": rid, "text": text,
                     "planted": [{"kind": k, "text": text[a:b], "start": a, "end": b} for k, a, b, _ in spans]})
        subs.append([(k, s) for k, _, _, s in spans])
        meta.append({"genre": GENRES[g], "bucket": bname, "words": wc, "template": j, "exts": len(used)})
    return rows, subs, meta, usage_b


def generate_institutions(rng):
    rows = []
    order = list(range(len(P.INST_TEMPLATES)))
    rng.shuffle(order)
    slot = re.compile(r"\{([a-z]+)(\d?)\}")
    for i in range(N_INST):
        tmpl = P.INST_TEMPLATES[order[i % len(order)]]
        out, spans, pos, last, chosen = [], [], 0, 0, {}
        for m in slot.finditer(tmpl):
            lit = tmpl[last:m.start()]
            out.append(lit)
            pos += len(lit)
            last = m.end()
            cat = m.group(1)
            key = m.group(0)
            if key not in chosen:
                taken = list(chosen.values())
                chosen[key] = rng.choice([x for x in P.INSTITUTIONS[cat] if x not in taken])
            s = chosen[key]
            spans.append({"kind": "institution", "text": s, "start": pos, "end": pos + len(s)})
            out.append(s)
            pos += len(s)
        out.append(tmpl[last:])
        rows.append({"id": f"{PREFIX}-i{i + 1:03d}", "text": "".join(out), "planted": spans})
    return rows


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def sha256(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def check_file(path, letter, n, kinds, planted):
    errors = []
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    if len(rows) != n:
        errors.append(f"{path}: {len(rows)} rows, expected {n}")
    for i, r in enumerate(rows):
        want = f"{PREFIX}-{letter}{i + 1:03d}"
        if r["id"] != want:
            errors.append(f"id {r['id']} != {want}")
        if list(r.keys()) != ["id", "text", "planted"]:
            errors.append(f"{r['id']}: keys {list(r.keys())}")
        text, prev = r["text"], 0
        for s in r["planted"]:
            if s["kind"] not in kinds:
                errors.append(f"{r['id']}: kind {s['kind']}")
            if text[s["start"]:s["end"]] != s["text"]:
                errors.append(f"{r['id']}: offset mismatch {s}")
            if s["start"] < prev or s["end"] <= s["start"]:
                errors.append(f"{r['id']}: unsorted/overlapping {s}")
            if s["text"] != s["text"].strip():
                errors.append(f"{r['id']}: span with outer whitespace {s}")
            prev = s["end"]
        if planted is True:
            for sp in r["planted"]:
                bad = shape_problem(sp["kind"], sp["text"])
                if bad:
                    errors.append(f"{r['id']}: {bad}: {sp['text']!r}")
            if not r["planted"]:
                errors.append(f"{r['id']}: no spans")
            for p in planted_problems(text, [(s["kind"], s["start"], s["end"]) for s in r["planted"]]):
                errors.append(f"{r['id']}: {p}")
        elif planted is False:
            if r["planted"]:
                errors.append(f"{r['id']}: clean text has spans")
            for p in lookalike_problems(text):
                errors.append(f"{r['id']}: {p}")
    return rows, errors


def main():
    rng = random.Random(SEED)
    bad_tokens = template_bad_tokens()
    planted, psubs, pmeta, pusage = generate("planted", N_PLANTED, rng, bad_tokens)
    clean, _, cmeta, cusage = generate("clean", N_CLEAN, rng, bad_tokens)
    inst = generate_institutions(rng)
    paths = {n: os.path.join(HERE, n) for n in ("planted.jsonl", "clean.jsonl", "institutions.jsonl")}
    write_jsonl(paths["planted.jsonl"], planted)
    write_jsonl(paths["clean.jsonl"], clean)
    write_jsonl(paths["institutions.jsonl"], inst)

    # ---- read back and check ----
    prow, e1 = check_file(paths["planted.jsonl"], "p", N_PLANTED, KINDS, True)
    crow, e2 = check_file(paths["clean.jsonl"], "c", N_CLEAN, KINDS, False)
    irow, e3 = check_file(paths["institutions.jsonl"], "i", N_INST, ["institution"], None)
    errors = e1 + e2 + e3
    for r in crow:
        for inst_name in sorted({x for v in P.INSTITUTIONS.values() for x in v}):
            if inst_name in r["text"]:
                errors.append(f"{r['id']}: institution name {inst_name!r} in clean text")
    # ---- report ----
    print("files:")
    for name, rows in (("planted.jsonl", prow), ("clean.jsonl", crow), ("institutions.jsonl", irow)):
        ns = sum(len(r["planted"]) for r in rows)
        print(f"  {name:20s} texts={len(rows):4d} spans={ns:5d} sha256={sha256(paths[name])}")
    kc = Counter(s["kind"] for r in prow for s in r["planted"])
    print("planted spans per kind:", ", ".join(f"{k}={kc[k]}" for k in KINDS), f"total={sum(kc.values())}")
    print("sub-formats per kind (planted):")
    sc = defaultdict(Counter)
    for row in psubs:
        for k, s in row:
            sc[k][s] += 1
    for k in KINDS:
        print(f"  {k}:")
        for s, c in sorted(sc[k].items(), key=lambda x: (-x[1], x[0])):
            print(f"    {c:5d}  {s}")
    for label, meta in (("planted", pmeta), ("clean", cmeta)):
        bc = Counter(m["bucket"] for m in meta)
        gc = Counter(m["genre"] for m in meta)
        words = [m["words"] for m in meta]
        print(f"{label}: buckets {dict(sorted(bc.items()))}; words min={min(words)} max={max(words)} "
              f"mean={sum(words) / len(words):.0f}; genres {dict(sorted(gc.items()))}")
    for label, coll, usage in (("planted", P.PLANTED, pusage), ("clean", P.CLEAN, cusage)):
        per = []
        for g in range(6):
            nb = len(coll[g]["base"])
            ne = len({e for v in coll[g]["ext"].values() for e in v})
            used = sum(1 for j in range(nb) if usage[(g, j)])
            per.append(f"{GENRES[g]}: {nb} base ({used} used) + {ne} ext")
        print(f"{label} templates: " + "; ".join(per))
    # share of name spans that are not plain common Danish names
    common = set()
    for key in ("f", "m", "last", "mid"):
        common.update(P.ORIGINS["dk_common"][key])
    nm = [s["text"] for r in prow for s in r["planted"] if s["kind"] == "name"]
    def is_common(t):
        toks = [x for x in re.split(r"[ ,\-']+", t) if x]
        toks = [x[:-1] if x.endswith("s") and x[:-1] in common else x for x in toks]
        return all(x in common or x.capitalize() in common for x in toks)
    nc = sum(1 for t in nm if not is_common(t))
    print(f"name spans not (only) common Danish names: {nc}/{len(nm)} = {nc / len(nm):.1%}")
    nm2 = [(t, s) for row, r in zip(psubs, prow) for (k, s), sp in zip(row, r["planted"])
           if k == "name" and s != "initials" for t in [sp["text"]]]
    nc2 = sum(1 for t, _ in nm2 if not is_common(t))
    print(f"  same, initials left out: {nc2}/{len(nm2)} = {nc2 / len(nm2):.1%}")
    gb = Counter((m["genre"], m["bucket"]) for m in pmeta)
    print("planted texts per genre x length:", "; ".join(
        f"{g}: " + "/".join(str(gb[(g, b)]) for b, _, _ in BUCKETS) for g in GENRES), "(short/medium/long)")
    if errors:
        print(f"CHECK FAILED: {len(errors)} problems")
        for e in errors[:60]:
            print("  ", e)
        sys.exit(1)
    print("checks passed: offsets, order, ids, kinds, span shapes, no unplanted repeats, "
          "no unplanted personal-data shapes, clean texts free of planted kinds")


if __name__ == "__main__":
    main()
