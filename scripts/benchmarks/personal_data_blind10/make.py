#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the blind10 held-out corpus (planted.jsonl, clean.jsonl, institutions.jsonl).

Python 3 standard library only. One fixed seed, one random stream, no iteration over sets or
hash-ordered containers, so the output is byte-identical on every run and PYTHONHASHSEED.
After writing, the files are read back and every span is checked.
"""
import datetime
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import Counter
import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pools as P  # noqa: E402

SEED = 20251010
N_PLANTED = 222
N_CLEAN = 222
PREFIX = "blind10"
KINDS = ("name", "cpr", "phone", "email", "address", "dob")
LENGTHS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}
LCLASSES = ("short", "medium", "long")
STYLES = ("normal", "bullets", "lower", "typos", "hasty", "table")
STYLE_W = (38, 12, 12, 14, 12, 12)

ROLES = "CSYMFGTHJLPDWXZVUKRIE"
NAME_FORMS = ("first", "gen", "full", "fullgen", "last", "lastgen", "ini", "nick")
PII_FORMS = {"cpr": "cpr", "dob": "dob", "tel": "phone", "mail": "email",
             "adr": "address", "adr2": "address", "gade": "address"}
CLEAN_OK_FORMS = ("first", "gen", "full", "fullgen")
GWORDS = {
    "han": ("han", "hun"), "ham": ("ham", "hende"), "hans": ("hans", "hendes"),
    "dreng": ("dreng", "pige"), "bror": ("bror", "søster"), "lille": ("lillebror", "lillesøster"),
    "store": ("storebror", "storesøster"), "soen": ("søn", "datter"),
    "mormor": ("morfar", "mormor"), "moster": ("morbror", "moster"),
    "plejefar": ("plejefar", "plejemor"), "halvbror": ("halvbror", "halvsøster"),
    "he": ("he", "she"), "him": ("him", "her"), "his": ("his", "her"), "son": ("son", "daughter"),
    "boy": ("boy", "girl"), "mr": ("Mr.", "Ms."), "brother": ("brother", "sister"),
}
CHILD_PRON = ("han", "ham", "hans", "he", "him", "his")

ALT_RE = re.compile(r"\[\[(.*?)\|(.*?)\]\]", re.S)
SLOT_RE = re.compile(r"\{([A-Za-z_]+)(?:\.([A-Za-z_][A-Za-z0-9_]*))?(?::([^{}]*))?\}")
ABBREV = {"kl.", "d.", "f.", "nr.", "tlf.", "ca.", "jf.", "fx.", "bl.a.", "f.eks.", "mht.",
          "stk.", "vedr.", "att.", "mv.", "evt.", "hr.", "dr.", "mr.", "ms.", "j.nr.", "dok.nr.",
          "sagsnr.", "pt.", "st.", "tv.", "th.", "mf.", "cpr-nr.", "no.", "pr.", "vedr.:"}

DK_MOBILE = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
             "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"]
DK_LAND = ["33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "56", "57",
           "58", "59", "62", "63", "64", "65", "66", "74", "75", "76", "86", "87", "88", "89",
           "96", "97", "98"]
ORIGIN_PHONE = {"so": "+252 61", "ar": "+963 9", "ku": "+964 750", "vi": "+84 9", "th": "+66 8",
                "er": "+291 7", "af": "+93 7", "bs": "+387 6", "ph": "+63 9"}
NON_DK = [o for o in P.ORIGIN]


# ------------------------------------------------------------------ helpers
def words(text):
    return sum(1 for t in text.split() if any(ch.isalnum() for ch in t))


def genitive(s):
    return s + "'" if s[-1] in "sxzSXZ" else s + "s"


ASCII_MAP = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "ł": "l", "Ł": "L",
             "ß": "ss", "ð": "d", "Ð": "D", "đ": "d", "ı": "i", "'": "", "’": ""}


def ascii_fold(s):
    s = "".join(ASCII_MAP.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def valid_date(dd, mm, yy_full):
    try:
        datetime.date(yy_full, mm, dd)
        return True
    except ValueError:
        return False


def date_shaped10(digits):
    """True if a 10-digit string starts with a valid DDMMYY (any century)."""
    dd, mm, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    return valid_date(dd, mm, 2000 + yy) or valid_date(dd, mm, 1900 + yy)


def date_shaped8(digits):
    dd, mm, yyyy = int(digits[0:2]), int(digits[2:4]), int(digits[4:8])
    return 1900 <= yyyy <= 2030 and valid_date(dd, mm, yyyy)


def rand_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def fmt_date(d, fmt):
    m, y = d.month, d.year
    if fmt == "long":
        return f"{d.day}. {P.MONTHS[m - 1]} {y}"
    if fmt == "dots":
        return f"{d.day:02d}.{m:02d}.{y}"
    if fmt == "slash":
        return f"{d.day}/{m}-{y}"
    if fmt == "iso":
        return d.isoformat()
    if fmt == "dash":
        return f"{d.day:02d}-{m:02d}-{y}"
    if fmt == "short":
        return f"{d.day}.{m}.{y % 100:02d}"
    if fmt == "compact":
        return f"{d.day:02d}{m:02d}{y}"
    if fmt == "en":
        return f"{d.day} {P.MONTHS_EN[m - 1]} {y}"
    if fmt == "en_us":
        return f"{P.MONTHS_EN[m - 1]} {d.day}, {y}"
    if fmt == "dslash":
        return f"{d.day:02d}/{m:02d}/{y}"
    if fmt == "dm":
        return f"{d.day}/{m}"
    if fmt == "dmdot":
        return f"{d.day}.{m}."
    if fmt == "dmlong":
        return f"{d.day}. {P.MONTHS[m - 1]}"
    raise ValueError(fmt)


DOB_FMTS = ("long", "dots", "slash", "iso", "dash", "short", "compact")
DOB_W = (22, 22, 15, 10, 12, 12, 7)
DOB_FMTS_EN = ("en", "en_us", "dslash", "long", "dots", "iso")
DOB_W_EN = (35, 10, 15, 15, 15, 10)
MEET_FMTS = ("long", "dots", "slash", "iso", "dash", "short", "dm", "dmdot", "dmlong", "dslash")
MEET_W = (20, 18, 12, 8, 8, 8, 8, 6, 8, 4)

CPR_FMTS = ("dash", "compact", "space", "spaced")
CPR_W = (55, 20, 15, 10)
TEL_FMTS = ("2222", "44", "8", "233", "+45 2222", "+45 44", "+458", "0045 8", "0045 2222", "(+45) 2222")
TEL_W = (33, 18, 11, 8, 11, 5, 4, 3, 4, 3)


def fmt_dk_phone(d, fmt):
    g2 = f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}"
    g4 = f"{d[0:4]} {d[4:8]}"
    return {
        "2222": g2, "44": g4, "8": d, "233": f"{d[0:2]} {d[2:5]} {d[5:8]}",
        "+45 2222": "+45 " + g2, "+45 44": "+45 " + g4, "+458": "+45" + d,
        "0045 8": "0045 " + d, "0045 2222": "0045 " + g2, "(+45) 2222": "(+45) " + g2,
    }[fmt]


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def foreign_phone(rng, cc):
    if cc == "se":
        return f"+46 7{rng.choice('0236')} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"
    if cc == "no":
        return f"+47 {rng.choice('49')}{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 3)}"
    if cc == "de":
        return f"+49 15{rng.choice('12579')} {digits(rng, 4)} {digits(rng, 4)}"
    if cc == "pl":
        return f"+48 {rng.choice('5678')}{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    if cc == "ua":
        return f"+380 {rng.choice(['67', '50', '63', '93', '97'])} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"
    if cc == "ro":
        return f"+40 7{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    if cc == "gb":
        return f"+44 7700 900{digits(rng, 3)}"
    if cc in ("fo", "gl"):
        code = "+298" if cc == "fo" else "+299"
        return f"{code} {rng.randint(20, 99)} {digits(rng, 2)} {digits(rng, 2)}"
    d = lambda n: digits(rng, n)  # noqa: E731
    if cc == "so":
        return f"+252 61 {d(3)} {d(4)}"
    if cc == "ar":
        return f"+963 9{d(2)} {d(3)} {d(3)}"
    if cc == "ku":
        return f"+964 750 {d(3)} {d(4)}"
    if cc == "vi":
        return f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}"
    if cc == "th":
        return f"+66 8{d(1)} {d(3)} {d(4)}"
    if cc == "er":
        return f"+291 7 {d(3)} {d(3)}"
    if cc == "af":
        return f"+93 7{d(1)} {d(3)} {d(4)}"
    if cc == "bs":
        return f"+387 6{d(1)} {d(3)} {d(3)}"
    if cc == "ph":
        return f"+63 9{d(2)} {d(3)} {d(4)}"
    raise ValueError(cc)


def foreign_address(rng, cc):
    streets, places = P.FOREIGN_STREETS[cc]
    st = rng.choice(streets)
    no = rng.randint(1, 60)
    pc, city = rng.choice(places)
    if cc == "pl":
        return f"ul. {st} {no}/{rng.randint(1, 30)}, {pc} {city}"
    if cc == "ua":
        return f"vul. {st} {no}, kv. {rng.randint(1, 90)}, {city} {pc}"
    if cc == "ro":
        return f"Str. {st} nr. {no}, {city} {pc}"
    if cc == "gb":
        return f"{no} {st}, {city} {pc}"
    return f"{st} {no}, {pc} {city}"


# ------------------------------------------------------------------ name-pool tokens
def _pool_tokens():
    toks = set()
    for o in P.FIRST.values():
        for g in ("m", "f"):
            for n in o[g]:
                toks.update(t for t in re.split(r"[ \-]", n) if t)
    for lst in P.LAST.values():
        for n in lst:
            toks.update(t for t in re.split(r"[ \-]", n) if t and t[0].isupper())
    for g in ("m", "f"):
        toks.update(P.MIDDLE_DK[g])
    toks.update(P.NICK.values())
    return toks


POOL_TOKENS = _pool_tokens()
assert not (POOL_TOKENS & set(P.PETS)), "pet names must not be person names"


def _acronyms():
    acr = {"SB", "FK", "PPR", "SSP", "BUU", "PPV", "BUP", "AKT", "ICS", "MST", "SOS", "SFO", "UU",
           "KL", "DR", "TV", "NB", "OK", "PC", "BU", "SD", "FBU", "MR", "MS", "CT", "EU", "ADHD",
           "PMTO", "IT", "PS", "DK", "ID", "NN", "AA", "SMS", "ST", "TH", "MF", "PT", "UK", "US"}
    for g in P.GENRES:
        for key, lst in g.items():
            if key == "name":
                continue
            for t in lst:
                acr.update(re.findall(r"\b[A-ZÆØÅ]{2,5}\b", SLOT_RE.sub(" ", t)))
    for lst in (P.LOVE, P.MEDS, P.HELPLINES, P.SHOPS, P.METHODS, P.ROOMS, P.DEPTS):
        for t in lst:
            acr.update(re.findall(r"\b[A-ZÆØÅ]{2,5}\b", t))
    return acr


ACRONYMS = _acronyms()


# ------------------------------------------------------------------ persons
class Person:
    def __init__(self, role):
        self.role = role
        self.gender = "m"
        self.origin = "dk"
        self.first = ""
        self.full = ""
        self.last = ""
        self.ini = ""
        self.nick = None
        self.dob = None
        self.cpr = None
        self.tel = None
        self.mail = None
        self.addr = None      # ("dk", dict) or ("foreign", str)
        self.fmt = {}         # chosen output formats, fixed per text


def polish_gender(last, gender):
    if gender == "f":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if last.endswith(a):
                return last[: -len(a)] + b
    return last


class Ctx:
    def __init__(self, rng, genre, planted):
        self.rng = rng
        self.genre = genre          # 0..5
        self.planted = planted
        self.people = {}
        self.fixed = {}
        self.role_words = {}
        self.used_first = set()
        self.used_ini = set()
        self.stats = []             # (kind, subformat) for each span rendered
        if genre == 5:
            self.origin = rng.choice(NON_DK)
        else:
            self.origin = "dk" if rng.random() < 0.5 else rng.choice(NON_DK)
        kom = rng.choice(P.KOMMUNER)
        self.kommune = kom
        self.family_last = self.pick_last(self.origin)
        self.residence = P.ORIGIN[self.origin][4] if self.origin != "dk" else rng.choice(["se", "de", "no"])

    # ---- names
    def pick_last(self, origin):
        rng = self.rng
        if origin == "dk":
            r = rng.random()
            if r < 0.05:
                return rng.choice(P.LAST["dk_particle"])
            if r < 0.14:
                a = rng.choice(P.LAST["dk"])
                b = rng.choice(P.LAST["dk"])
                if a != b:
                    return f"{a}-{b}"
            return rng.choice(P.LAST["dk"])
        return rng.choice(P.LAST[origin])

    def pick_first(self, origin, gender):
        rng = self.rng
        for _ in range(200):
            if origin == "dk":
                r = rng.random()
                src = "dk" if r < 0.66 else ("dk_rare" if r < 0.80 else "dk_word")
            else:
                src = origin
            n = rng.choice(P.FIRST[src][gender])
            if n not in self.used_first:
                return n
        raise RuntimeError("no free first name")

    def make_initials(self, full):
        toks = [t for t in re.split(r"[ \-]", full) if t and t[0].isupper()]
        letters = [t[0] for t in toks]
        if len(letters) > 3:
            letters = [letters[0], letters[-1]]
        cand = "".join(letters).upper()
        if len(cand) < 2:
            cand = (toks[0][:2]).upper()
        alt = (toks[0][0] + toks[-1][:2]).upper() if toks else cand
        for c in (cand, alt):
            if len(c) >= 2 and c not in ACRONYMS and c not in self.used_ini and c not in POOL_TOKENS:
                return c
        return None

    def person(self, role):
        if role in self.people:
            return self.people[role]
        for _ in range(100):
            p = self._new_person(role)
            if p is not None:
                break
        else:
            raise RuntimeError("cannot make person " + role)
        self.people[role] = p
        self.used_first.add(p.first)
        self.used_ini.add(p.ini)
        return p

    def _new_person(self, role):
        rng = self.rng
        p = Person(role)
        fam = role in "CSYMFG"
        # gender
        if role == "M":
            p.gender = "f"
        elif role == "F":
            p.gender = "m"
        elif role == "V":
            p.gender = "f" if rng.random() < 0.85 else "m"
        elif role == "U":
            p.gender = "m" if rng.random() < 0.8 else "f"
        else:
            p.gender = rng.choice("mf")
        # origin
        if fam:
            p.origin = self.origin
        elif role == "I":
            p.origin = self.origin if self.origin != "dk" else rng.choice(NON_DK)
        elif role in "VU":
            p.origin = "dk" if rng.random() < 0.85 else rng.choice(NON_DK)
        elif role == "K":
            r = rng.random()
            p.origin = self.origin if r < 0.3 else ("dk" if r < 0.75 else rng.choice(NON_DK))
        else:
            p.origin = "dk" if rng.random() < 0.72 else rng.choice(NON_DK)
        o = p.origin
        # first name
        first = self.pick_first(o, p.gender)
        if role == "C" and rng.random() < 0.5:
            cands = [n for n in P.FIRST.get(o if o != "dk" else "dk", {}).get(p.gender, []) if n in P.NICK]
            if o == "dk":
                cands = [n for n in P.FIRST["dk"][p.gender] if n in P.NICK]
            cands = [n for n in cands if n not in self.used_first]
            if cands:
                first = rng.choice(cands)
        p.first = first
        # surname
        if role in "CSYF":
            last = self.family_last if (role != "F" or rng.random() < 0.85) else self.pick_last(o)
            if role == "S" and rng.random() < 0.2:
                last = self.pick_last(o)
        elif role == "M":
            last = self.family_last if rng.random() < 0.4 else self.pick_last(o)
        elif role == "G":
            m = self.people.get("M")
            last = m.last if (m is not None and rng.random() < 0.5) else self.pick_last(o)
        elif role == "U" and "V" in self.people and rng.random() < 0.6:
            last = self.people["V"].last
        else:
            last = self.pick_last(o)
        if not fam and last == self.family_last:
            return None
        if o == "pl":
            last = polish_gender(last.replace("ska", "ski").replace("cka", "cki"), p.gender)
        p.last = last
        # middle names and full name
        middle = ""
        if o == "dk" and rng.random() < 0.22:
            mid = rng.choice(P.MIDDLE_DK[p.gender])
            if mid != first and mid not in last.split("-"):
                middle = mid
        if o == "so" and rng.random() < 0.35:
            middle = rng.choice(P.FIRST["so"]["m"])
        adult = role not in "CSYK"
        if o == "vi" and adult:
            vmid = "Van" if p.gender == "m" else "Thi"
            p.full = f"{last} {vmid} {first}"
        else:
            p.full = " ".join(x for x in (first, middle, last) if x)
        if middle and middle in self.used_first:
            return None
        ini = self.make_initials(p.full)
        if ini is None:
            return None
        p.ini = ini
        if role == "C":
            p.nick = P.NICK.get(first)
            if p.nick is not None and (p.nick in self.used_first or p.nick == first):
                p.nick = None
        # dates
        child_years = {0: (2009, 2018), 1: (2010, 2024), 2: (2006, 2012), 3: (2008, 2021),
                       4: (2006, 2021), 5: (2007, 2020)}[self.genre]
        if role == "C":
            p.dob = rand_date(rng, *child_years)
        elif role in "SY":
            c = self.person("C")
            taken = {c.dob.year} | {q.dob.year for r, q in self.people.items() if r in "SY"}
            years = [c.dob.year + d for d in (-5, -4, -3, -2, -1, 1, 2, 3, 4, 5)
                     if 2004 <= c.dob.year + d <= 2023 and c.dob.year + d not in taken]
            y = rng.choice(years)
            p.dob = rand_date(rng, y, y)
        elif role == "K":
            c = self.person("C")
            y = c.dob.year + rng.randint(-1, 1)
            p.dob = rand_date(rng, y, y)
        elif role == "M":
            p.dob = rand_date(rng, 1974, 1999)
        elif role == "F":
            p.dob = rand_date(rng, 1968, 1998)
        elif role == "G":
            p.dob = rand_date(rng, 1946, 1972)
        else:
            p.dob = rand_date(rng, 1960, 1997)
        return p

    # ---- personal data values
    def cpr_of(self, p):
        if p.cpr is None:
            rng = self.rng
            y = p.dob.year
            if y >= 2000:
                d7 = rng.choice([4, 9] if rng.random() < 0.5 else [5, 6, 7, 8])
            else:
                d7 = rng.choice([0, 1, 2, 3])
            last = rng.choice([1, 3, 5, 7, 9] if p.gender == "m" else [0, 2, 4, 6, 8])
            p.cpr = (f"{p.dob.day:02d}{p.dob.month:02d}{y % 100:02d}", f"{d7}{rng.randint(0, 99):02d}{last}")
        if "cpr" not in p.fmt:
            p.fmt["cpr"] = self.rng.choices(CPR_FMTS, CPR_W)[0]
        a, b = p.cpr
        f = p.fmt["cpr"]
        val = {"dash": f"{a}-{b}", "compact": a + b, "space": f"{a} {b}",
               "spaced": f"{a[0:2]} {a[2:4]} {a[4:6]}-{b}"}[f]
        return val, f

    def dob_of(self, p):
        if "dob" not in p.fmt:
            if self.genre == 5 and self.rng.random() < 0.6:
                p.fmt["dob"] = self.rng.choices(DOB_FMTS_EN, DOB_W_EN)[0]
            else:
                p.fmt["dob"] = self.rng.choices(DOB_FMTS, DOB_W)[0]
        return fmt_date(p.dob, p.fmt["dob"]), p.fmt["dob"]

    def tel_of(self, p):
        rng = self.rng
        if p.tel is None:
            abroad = (self.genre == 5 and p.role == "F") or (p.role == "F" and rng.random() < 0.04)
            if abroad:
                p.tel = ("foreign", foreign_phone(rng, self.residence))
            elif self.genre == 5 and p.role == "G" and self.origin in ORIGIN_PHONE and rng.random() < 0.4:
                p.tel = ("foreign", foreign_phone(rng, self.origin))
            else:
                pre = rng.choice(DK_MOBILE if rng.random() < 0.75 else DK_LAND)
                p.tel = ("dk", pre + digits(rng, 6))
        kind, val = p.tel
        if kind == "foreign":
            return val, "foreign"
        if "tel" not in p.fmt:
            p.fmt["tel"] = rng.choices(TEL_FMTS, TEL_W)[0]
        return fmt_dk_phone(val, p.fmt["tel"]), p.fmt["tel"]

    def hjem_domain(self):
        name = self.fixed_value("hjem")
        return ascii_fold(name.split()[-1]).lower() + ".dk"

    def mail_of(self, p):
        rng = self.rng
        if p.mail is None:
            firsttok = re.split(r"[ \-]", p.first)[0]
            f = ascii_fold(firsttok).lower()
            lasttok = [t for t in re.split(r"[ \-]", p.last) if t and t[0].isupper()]
            lt = lasttok[-1] if lasttok else p.last
            l = re.sub(r"[^a-z]", "", ascii_fold(lt).lower())
            yy = f"{p.dob.year % 100:02d}"
            kd = self.kommune[1]
            work = None
            if p.role == "H" and self.genre == 1:
                work = rng.choice(["rm.dk", "rsyd.dk", "regionh.dk", "rn.dk", "regionsjaelland.dk"])
            elif p.role in "THJL":
                work = kd if (p.role == "L" or rng.random() < 0.7) else "skolekom.dk"
            elif p.role == "D":
                work = rng.choice(["dadlnet.dk", "rm.dk", "rsyd.dk", "regionh.dk", "rn.dk"])
            elif p.role == "P" or (p.role == "W" and self.genre == 1):
                work = kd
            elif p.role in "WXZ":
                work = self.hjem_domain()
            elif p.role == "R":
                work = kd
            elif p.role == "I":
                work = rng.choice(P.WORK_MAIL["interp"])
            elif p.role == "E":
                work = rng.choice(P.WORK_MAIL["lawyer"])
            if work:
                local = rng.choice([f"{f}.{l}", f"{f[:2]}{l[:2]}", f"{f[0]}{l[:3]}", p.ini.lower(),
                                    f"{f}{l[0]}", f"{ascii_fold(p.ini).lower()}{rng.randint(1, 9)}"])
                local = re.sub(r"[^a-z0-9._]", "", ascii_fold(local).lower())
                p.mail = (f"{local}@{work}", "work")
            else:
                local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{f}{yy}",
                                    f"{f[0]}{l}", f"{l}.{f}", f"familien{l}", f"{f}.{l}{p.dob.year}",
                                    f"{f}-{l[:1]}", f"{f}{rng.randint(100, 999)}"])
                local = re.sub(r"[^a-z0-9._\-]", "", local)
                if self.genre == 5 and p.role == "F" and self.residence in P.FOREIGN_MAIL and rng.random() < 0.6:
                    dom = P.FOREIGN_MAIL[self.residence]
                else:
                    dom = rng.choice(P.PRIVATE_MAIL)
                p.mail = (f"{local}@{dom}", "private")
        return p.mail

    def addr_obj(self, p):
        rng = self.rng
        if p.addr is None:
            share = {"C": "M", "S": "M", "Y": "M", "U": "V"}
            if self.genre == 3 and p.role == "C":
                share["C"] = "V"
            if p.role in share and share[p.role] != p.role:
                p.addr = self.addr_obj(self.person(share[p.role]))
            elif self.genre == 5 and p.role == "F":
                p.addr = ("foreign", foreign_address(rng, self.residence))
            else:
                towns = self.kommune[3] if rng.random() < 0.8 else rng.choice(P.KOMMUNER)[3]
                pc, town = rng.choice(towns)
                no = str(rng.randint(1, 180)) + (rng.choice("ABCD") if rng.random() < 0.15 else "")
                floor = rng.choice(P.FLOORS) if rng.random() < 0.55 else None
                p.addr = ("dk", {"street": rng.choice(P.STREETS), "no": no, "floor": floor,
                                 "pc": pc, "town": town, "sep": ", " if rng.random() < 0.85 else " "})
        return p.addr

    def addr_of(self, p, form):
        kind, a = self.addr_obj(p)
        if kind == "foreign":
            if form == "adr2":
                head, _, tail = a.rpartition(", ")
                return f"{head}\n{tail}", "foreign-2line"
            return a, "foreign"
        line1 = f"{a['street']} {a['no']}" + (f", {a['floor']}" if a["floor"] else "")
        if form == "gade":
            return line1, "street-only"
        if form == "adr2":
            return f"{line1}\n{a['pc']} {a['town']}", "two-line"
        return f"{line1}{a['sep']}{a['pc']} {a['town']}", "one-line"

    # ---- clean role words
    def role_word(self, role):
        if role in self.role_words:
            return self.role_words[role]
        rng = self.rng
        p = self.person(role)
        m = p.gender == "m"
        g = self.genre
        opts = {
            "C": [("Barn A", "Barn A's"), ("drengen", "drengens") if m else ("pigen", "pigens"),
                  ("barnet", "barnets")] + {0: [("eleven", "elevens")], 2: [("den unge", "den unges")],
                                            3: [("plejebarnet", "plejebarnets")]}.get(g, []),
            "S": [("Barn B", "Barn B's"), ("lillebroren", "lillebrorens") if m else ("lillesøsteren", "lillesøsterens")],
            "Y": [("Barn C", "Barn C's"), ("storebroren", "storebrorens") if m else ("storesøsteren", "storesøsterens")],
            "M": [("Mor", "Mors"), ("mor", "mors"), ("moderen", "moderens")],
            "F": [("Far", "Fars"), ("far", "fars"), ("faderen", "faderens")],
            "G": [("morfar", "morfars") if m else ("mormor", "mormors"),
                  ("Morfar", "Morfars") if m else ("Mormor", "Mormors")],
            "T": [("klasselæreren", "klasselærerens"), ("kontaktlæreren", "kontaktlærerens")],
            "H": [("dansklæreren", "dansklærerens")] if g == 0 else ([("psykologen", "psykologens")] if g == 1 else [("en kollega", "en kollegas")]),
            "J": [("matematiklæreren", "matematiklærerens")],
            "L": [("skolelederen", "skolelederens")] if g == 0 else [("lederen", "lederens")],
            "P": [("sundhedsplejersken", "sundhedsplejerskens")] if g in (0, 1) else [("betjenten", "betjentens")],
            "D": [("lægen", "lægens"), ("overlægen", "overlægens"), ("egen læge", "egen læges")],
            "W": [("kontaktpædagogen", "kontaktpædagogens"), ("dagvagten", "dagvagtens")],
            "X": [("aftenvagten", "aftenvagtens")],
            "Z": [("nattevagten", "nattevagtens")],
            "V": [("plejefar", "plejefars") if m else ("plejemor", "plejemors")],
            "U": [("plejefar", "plejefars") if m else ("plejemor", "plejemors")],
            "K": [("en anden beboer", "en anden beboers")] if g == 2 else
                 [("en klassekammerat", "en klassekammerats"), ("vennen", "vennens") if m else ("veninden", "venindens")],
            "R": [("familieplejekonsulenten", "familieplejekonsulentens")] if g == 3 else
                 [("sagsbehandleren", "sagsbehandlerens"), ("SB", "SB's"), ("rådgiveren", "rådgiverens")],
            "I": [("tolken", "tolkens")],
            "E": [("bisidderen", "bisidderens")],
        }[role]
        self.role_words[role] = rng.choice(opts)
        return self.role_words[role]

    # ---- look-alikes
    def fixed_value(self, name):
        if name in self.fixed:
            return self.fixed[name]
        rng = self.rng
        if name in P.INSTITUTIONS:
            v = rng.choice(P.INSTITUTIONS[name])
        elif name == "kommune":
            v = self.kommune[0]
        elif name == "omstilling":
            v = self.kommune[2]
        elif name == "klasse":
            age = 2024 - self.person("C").dob.year
            grade = min(10, max(0, age - 6))
            v = rng.choice([f"{grade}.{rng.choice('abcd')}", f"{grade}. klasse", f"{grade}{rng.choice('ABC')}"])
        elif name == "sprog":
            v = P.ORIGIN[self.origin][0] if self.origin != "dk" else "engelsk"
        elif name == "land":
            v = P.RESIDENCE[self.residence][0]
        elif name == "landda":
            v = P.ORIGIN[self.origin][2] if self.origin != "dk" else "Danmark"
        elif name == "by_udl":
            v = rng.choice(P.ORIGIN[self.origin][3]) if self.origin != "dk" else "Aarhus"
        elif name == "afd":
            v = rng.choice(P.DEPTS)
        else:
            raise KeyError(name)
        self.fixed[name] = v
        return v

    def lookalike(self, name):
        rng = self.rng
        if name in P.INSTITUTIONS or name in ("kommune", "omstilling", "klasse", "sprog", "land",
                                              "landda", "by_udl", "afd"):
            return self.fixed_value(name)
        if name == "dato":
            return fmt_date(rand_date(rng, 2023, 2025), rng.choices(MEET_FMTS, MEET_W)[0])
        if name == "kl":
            h = rng.randint(6, 23)
            mi = rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
            f = rng.randint(0, 3)
            if f == 0:
                return f"{h}.{mi:02d}"
            if f == 1:
                return f"{h:02d}.{mi:02d}"
            if f == 2:
                return f"{h}:{mi:02d}"
            return f"{h}"
        if name == "sagsnr":
            y = rng.randint(2019, 2025)
            for _ in range(100):
                f = rng.randint(0, 6)
                if f == 0:
                    v = f"{y}-{rng.randint(100000, 999999)}"
                elif f == 1:
                    v = f"{y % 100:02d}/{rng.randint(10000, 99999)}"
                elif f == 2:
                    v = f"{rng.randint(100000, 999999)}"
                elif f == 3:
                    v = f"{rng.randint(1000000, 9999999)}"
                elif f == 4:
                    v = f"{rng.randint(10000000, 99999999)}"
                    if date_shaped8(v):
                        continue
                elif f == 5:
                    v = f"{rng.randint(1000000000, 9999999999)}"
                    if date_shaped10(v):
                        continue
                else:
                    v = f"S-{y}-{rng.randint(100, 99999):05d}"
                return v
        if name == "jnr":
            y = rng.randint(2019, 2025)
            return (f"27.{rng.choice(['24', '12', '20', '00'])}.{rng.choice(['00', '04', '08', '12', '16'])}"
                    f"-{rng.choice('AGPK')}{rng.choice(['00', '01', '08', '19', '21'])}-{rng.randint(1, 9999)}-{y % 100:02d}")
        if name == "doknr":
            if rng.random() < 0.3:
                return f"DOK-{rng.randint(2019, 2025)}-{rng.randint(100, 99999):05d}"
            for _ in range(100):
                v = str(rng.randint(100000, 999999999))
                if len(v) == 8 and date_shaped8(v):
                    continue
                return v
        if name == "lov":
            return rng.choice(P.LOVE)
        if name == "med":
            return rng.choice(P.MEDS)
        if name == "hjaelp":
            return rng.choice(P.HELPLINES)
        if name == "butik":
            return rng.choice(P.SHOPS)
        if name == "metode":
            return rng.choice(P.METHODS)
        if name == "dyr":
            return rng.choice(P.PETS)
        if name == "lokale":
            return rng.choice(P.ROOMS)
        if name == "alder":
            return str(max(1, 2024 - self.person("C").dob.year))
        if name == "mdr":
            return str(rng.randint(2, 18))
        if name == "kr":
            n = rng.choice([150, 200, 250, 350, 400, 500, 750, 1200, 1250, 2400, 3500, 4500, 8900,
                            12500, 18000, 24750, 31000, 45000])
            s = f"{n:,}".replace(",", ".")
            return rng.choice([f"{s} kr.", f"kr. {s},-", f"{s} kr", f"DKK {s}"])
        if name == "kg":
            return f"{rng.randint(4, 58)},{rng.randint(0, 9)} kg"
        if name == "cm":
            return f"{rng.randint(55, 172)} cm"
        if name == "pct":
            v = rng.randint(6, 38)
            return rng.choice([f"{v} %", f"{v},{rng.randint(1, 9)} %", f"{v}%", f"{v} pct."])
        if name == "antal":
            return rng.choice(["to", "tre", "fire", "fem", "seks", "2", "3", "4", "5", "6", "8"])
        if name == "nr":
            return str(rng.randint(1, 24))
        if name == "by":
            return rng.choice(rng.choice(P.KOMMUNER)[3])[1]
        if name == "ugedag":
            return rng.choice(P.WEEKDAYS[:5]) if rng.random() < 0.85 else rng.choice(P.WEEKDAYS[5:])
        if name == "maaned":
            return rng.choice(P.MONTHS)
        raise KeyError(name)

    # ---- slots
    def resolve(self, name, form, fallback):
        if name in CHILD_PRON and form is None:
            name, form = "C", name
        if len(name) == 1 and name in ROLES:
            p = self.person(name)
            form = form or "first"
            if form in GWORDS:
                return GWORDS[form][0 if p.gender == "m" else 1], None, None
            if self.planted:
                if form in NAME_FORMS:
                    return self.name_form(p, form), "name", form
                if form in PII_FORMS:
                    kind = PII_FORMS[form]
                    if kind == "cpr":
                        v, sub = self.cpr_of(p)
                    elif kind == "dob":
                        v, sub = self.dob_of(p)
                    elif kind == "phone":
                        v, sub = self.tel_of(p)
                    elif kind == "email":
                        v, sub = self.mail_of(p)
                    else:
                        v, sub = self.addr_of(p, form)
                    return v, kind, sub
                raise KeyError(f"{name}.{form}")
            if fallback is not None:
                return fallback, None, None
            if form in CLEAN_OK_FORMS:
                base, gen = self.role_word(name)
                return (gen if form in ("gen", "fullgen") else base), None, None
            raise KeyError(f"clean mode cannot render {name}.{form}")
        if form is not None:
            raise KeyError(f"{name}.{form}")
        return self.lookalike(name), None, None

    def name_form(self, p, form):
        if form == "first":
            return p.first
        if form == "gen":
            return genitive(p.first)
        if form == "full":
            return p.full
        if form == "fullgen":
            return genitive(p.full)
        if form == "last":
            return p.last
        if form == "lastgen":
            return genitive(p.last)
        if form == "ini":
            return p.ini
        if form == "nick":
            if not p.nick:
                raise KeyError("no nick")
            return p.nick
        raise KeyError(form)

    def eligible(self, tmpl):
        if ".nick" in tmpl:
            return self.planted and self.person("C").nick is not None
        return True

    def render(self, tmpl):
        """Render one template into a list of [text, kind, sub] segments."""
        t = ALT_RE.sub(lambda m: m.group(1) if self.planted else m.group(2), tmpl)
        segs = []
        pos = 0
        built = ""
        for m in SLOT_RE.finditer(t):
            lit = t[pos:m.start()]
            if lit:
                segs.append([lit, None, None])
                built += lit
            val, kind, sub = self.resolve(m.group(1), m.group(2), m.group(3))
            if kind in (None, "name") and at_sentence_start(built) and val[:1].islower():
                val = val[0].upper() + val[1:]
                if kind == "name":
                    sub = (sub or "") + "+cap"
            segs.append([val, kind, sub])
            built += val
            pos = m.end()
        if t[pos:]:
            segs.append([t[pos:], None, None])
        # a value ending in '.' (e.g. '1. tv.') swallows the sentence's own full stop
        for i in range(1, len(segs)):
            if segs[i][1] is None and segs[i][0].startswith(".") and segs[i - 1][0].endswith("."):
                segs[i][0] = segs[i][0][1:]
        return [sg for sg in segs if sg[0] != ""]


def at_sentence_start(prev):
    s = prev.rstrip(" \t")
    if not s or s.endswith("\n"):
        return True
    last = s[-1]
    if last in "!?|":
        return True
    if last == ".":
        tok = s.split()[-1].lower()
        if tok in ABBREV or re.search(r"\d\.$", tok):
            return False
        return True
    if re.search(r"(^|\n)\s*[-•*]$", s):
        return True
    return False


def seg_words(segs):
    return words("".join(s[0] for s in segs))


def is_block(tmpl_or_segs):
    """Tables, lists, multi-line items and label lines (no final . ! ?) stand on their own."""
    txt = tmpl_or_segs if isinstance(tmpl_or_segs, str) else "".join(s[0] for s in tmpl_or_segs)
    return "\n" in txt or txt.rstrip()[-1:] not in (".", "!", "?")


# ------------------------------------------------------------------ styles
TYPO_WORD = re.compile(r"[a-zæøå]{5,}")


def add_typos(rng, segs):
    lits = [i for i, s in enumerate(segs) if s[1] is None and TYPO_WORD.search(s[0])]
    n = rng.randint(2, 5)
    for _ in range(n):
        if not lits:
            break
        i = rng.choice(lits)
        ms = list(TYPO_WORD.finditer(segs[i][0]))
        if not ms:
            continue
        m = rng.choice(ms)
        w = m.group(0)
        op = rng.randint(0, 2)
        k = rng.randint(1, len(w) - 2)
        if op == 0:
            nw = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif op == 1:
            nw = w[:k] + w[k + 1:]
        else:
            nw = w[:k] + w[k] + w[k:]
        segs[i][0] = segs[i][0][:m.start()] + nw + segs[i][0][m.end():]


def strip_final_period(segs):
    if segs and segs[-1][1] is None and segs[-1][0].endswith(".") and not segs[-1][0].endswith(" kl."):
        segs[-1][0] = segs[-1][0][:-1]


def lower_first(segs):
    if segs and segs[0][1] is None and segs[0][0][:1].isupper() and not segs[0][0][:2].isupper():
        segs[0][0] = segs[0][0][0].lower() + segs[0][0][1:]


def assemble(rng, head, body, end, style):
    out = []
    blk = [is_block(b) for b in body]

    def put(text):
        out.append([text, None, None])

    out.extend(head)
    put("\n\n" if rng.random() < 0.75 else "\n")
    if style == "bullets":
        first = True
        for b, isb in zip(body, blk):
            if isb:
                put("\n\n" if not first else "")
                out.extend(b)
                put("\n\n")
                first = True
                continue
            if not first:
                put("\n")
            put("- ")
            out.extend(b)
            first = False
    elif style == "hasty":
        for i, b in enumerate(body):
            if not blk[i]:
                strip_final_period(b)
                if rng.random() < 0.5:
                    lower_first(b)
            if i:
                put("\n\n" if (blk[i] or blk[i - 1]) else rng.choice(["\n", " - ", "\n", ". "]))
            out.extend(b)
    else:
        in_par = 0
        par_len = rng.randint(1, 4)
        for i, b in enumerate(body):
            if i:
                if blk[i] or blk[i - 1] or in_par >= par_len:
                    put("\n\n")
                    in_par = 0
                    par_len = rng.randint(1, 4)
                else:
                    put(" ")
            out.extend(b)
            in_par += 1
    while out and out[-1][1] is None and out[-1][0] in ("", "\n", "\n\n"):
        out.pop()
    put("\n\n")
    out.extend(end)
    if style == "typos":
        add_typos(rng, out)
    if style == "lower":
        for s in out:
            low = s[0].lower()
            assert len(low) == len(s[0])
            s[0] = low
    # merge and compute spans
    text = ""
    spans = []
    for s in out:
        if s[1] is not None:
            spans.append({"kind": s[1], "text": s[0], "start": len(text), "end": len(text) + len(s[0]),
                          "_sub": s[2]})
        text += s[0]
    return text, spans


# ------------------------------------------------------------------ checks
WORD_RE = re.compile(r"\w+(?:['’]\w+)*")
CPR_RE = re.compile(r"(?<!\d)(\d{2}) ?(\d{2}) ?(\d{2})[- ]?(\d{4})(?!\d)")
EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def inside(spans, a, b):
    return any(s["start"] <= a and b <= s["end"] for s in spans)


def check_text(text, spans, planted):
    """Return None if fine, else a reason string."""
    if "{" in text or "}" in text or "[[" in text or "]]" in text or "<<" in text:
        return "placeholder"
    # every capitalised occurrence of a spanned name token is inside a span
    toks = set()
    for s in spans:
        if s["kind"] != "name":
            continue
        for t in re.split(r"[ \-]", s["text"]):
            t = t.strip(".,")
            if not t or not t[0].isupper():
                continue
            toks.add(t)
            if t.endswith("'"):
                toks.add(t[:-1])
            if t.endswith("s") and t[:-1] in POOL_TOKENS:
                toks.add(t[:-1])
    for t in sorted(toks):
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            if not inside(spans, m.start(), m.end()):
                return f"unspanned name token {t!r}"
    # pool names outside spans must be known word look-alikes
    for m in WORD_RE.finditer(text):
        w = m.group(0)
        if w[:1].isupper() and w in P.POOL_TOKENS_CACHE and w not in P.WORD_LOOKALIKES:
            if not inside(spans, m.start(), m.end()):
                return f"pool name outside span {w!r}"
    for m in EMAIL_RE.finditer(text):
        if not inside(spans, m.start(), m.end()):
            return "unspanned email"
    for m in CPR_RE.finditer(text):
        d = "".join(m.groups())
        if date_shaped10(d) and not inside(spans, m.start(), m.end()):
            return "unspanned cpr-shaped number"
    if planted and not spans:
        return "no spans"
    return None


P.POOL_TOKENS_CACHE = POOL_TOKENS


# ------------------------------------------------------------------ generation
def interleave(rng, a, b):
    a = rng.sample(a, len(a))
    b = rng.sample(b, len(b))
    out = []
    while a or b:
        if a:
            out.append(a.pop())
        if b:
            out.append(b.pop())
    return out


def build(rng, genre, planted, lclass, style):
    G = P.GENRES[genre]
    lo, hi = LENGTHS[lclass]
    suffix = "_p" if planted else "_c"
    for attempt in range(500):
        ctx = Ctx(rng, genre, planted)
        head_t = rng.choice(G["head" + suffix])
        end_t = rng.choice(G["end" + suffix])
        head = ctx.render(head_t)
        end = ctx.render(end_t)
        total = seg_words(head) + seg_words(end)
        if total > hi - 12:
            continue
        target = rng.randint(max(lo, total + 8), hi)
        body = []
        tab = None
        if style == "table" or rng.random() < 0.1:
            tab = ctx.render(rng.choice(G["tab" + suffix]))
            if total + seg_words(tab) <= hi - 8:
                total += seg_words(tab)
            else:
                tab = None
        primary = G["p"] if planted else G["c"]
        for t in interleave(rng, primary, G["both"]):
            if total >= target:
                break
            if not ctx.eligible(t):
                continue
            segs = ctx.render(t)
            n = seg_words(segs)
            if total + n > hi:
                continue
            body.append(segs)
            total += n
        if total < lo:
            continue
        if style == "table" and tab is None:
            continue
        if tab is not None:
            body.insert(rng.randint(0, len(body)), tab)
        text, spans = assemble(rng, head, body, end, style)
        w = words(text)
        if not (lo <= w <= hi):
            continue
        if planted and lclass != "short" and len(spans) < 2:
            continue
        if check_text(text, spans, planted) is not None:
            continue
        return text, spans, ctx
    raise RuntimeError(f"could not build genre={genre} planted={planted} {lclass} {style}")


def build_institutions(rng):
    out = []
    for i, tmpl in enumerate(P.INSTITUTION_TEXTS):
        ctx = Ctx(rng, 0, False)
        segs = ctx.render(tmpl)
        raw = "".join(s[0] for s in segs)
        text = ""
        spans = []
        pos = 0
        for m in re.finditer(r"<<(.+?)>>", raw):
            text += raw[pos:m.start()]
            spans.append({"kind": "institution", "text": m.group(1), "start": len(text),
                          "end": len(text) + len(m.group(1))})
            text += m.group(1)
            pos = m.end()
        text += raw[pos:]
        out.append((text, spans))
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def public(spans):
    return [{"kind": s["kind"], "text": s["text"], "start": s["start"], "end": s["end"]} for s in spans]


def main():
    rng = random.Random(SEED)
    stats = {"sub": Counter(), "origin": Counter(), "genre_len": Counter(), "style": Counter()}
    planted_rows, clean_rows = [], []
    for mode, n, rows, tag in ((True, N_PLANTED, planted_rows, "p"), (False, N_CLEAN, clean_rows, "c")):
        for i in range(n):
            genre = i % 6
            lclass = LCLASSES[(i // 6) % 3]
            style = rng.choices(STYLES, STYLE_W)[0]
            text, spans, ctx = build(rng, genre, mode, lclass, style)
            rows.append({"id": f"{PREFIX}-{tag}{i + 1:03d}", "text": text, "planted": public(spans)})
            stats["genre_len"][(tag, P.GENRES[genre]["name"], lclass)] += 1
            stats["style"][(tag, style)] += 1
            for s in spans:
                stats["sub"][(s["kind"], s["_sub"])] += 1
            if mode:
                stats["origin"][ctx.origin] += 1
    inst_rows = [{"id": f"{PREFIX}-i{i + 1:03d}", "text": t, "planted": s}
                 for i, (t, s) in enumerate(build_institutions(rng))]
    files = {"planted.jsonl": planted_rows, "clean.jsonl": clean_rows, "institutions.jsonl": inst_rows}
    for name, rows in files.items():
        dump(os.path.join(HERE, name), rows)
    verify(files)
    report(files, stats)


# ------------------------------------------------------------------ read-back verification
def verify(files):
    for name, expected in files.items():
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        assert len(rows) == len(expected), name
        tag = {"planted.jsonl": "p", "clean.jsonl": "c", "institutions.jsonl": "i"}[name]
        allowed = KINDS if tag == "p" else (("institution",) if tag == "i" else ())
        seen = set()
        for k, r in enumerate(rows):
            assert list(r.keys()) == ["id", "text", "planted"], r.keys()
            assert r["id"] == f"{PREFIX}-{tag}{k + 1:03d}", r["id"]
            text = r["text"]
            assert text not in seen, ("duplicate text", r["id"])
            seen.add(text)
            for bad in ("{", "}", "[[", "]]", "<<", ">>"):
                assert bad not in text, (r["id"], bad)
            if tag == "c":
                assert r["planted"] == [], r["id"]
                assert "@" not in text, r["id"]
            if tag == "p":
                assert r["planted"], r["id"]
            prev_end = -1
            for s in r["planted"]:
                assert list(s.keys()) == ["kind", "text", "start", "end"], s
                assert s["kind"] in allowed, (r["id"], s["kind"])
                assert text[s["start"]:s["end"]] == s["text"], (r["id"], s)
                assert s["start"] < s["end"], (r["id"], s)
                assert s["start"] >= prev_end, ("overlap/unsorted", r["id"], s)
                assert s["text"] == s["text"].strip(), (r["id"], s)
                prev_end = s["end"]
            if tag in ("p", "c"):
                spans = [dict(s) for s in r["planted"]]
                reason = check_text(text, spans, tag == "p")
                assert reason is None, (r["id"], reason)
    # templates
    n_t = count_templates()
    assert n_t >= 400, n_t


def count_templates():
    ts = set()
    for g in P.GENRES:
        for key, lst in g.items():
            if key != "name":
                ts.update(lst)
    ts.update(P.INSTITUTION_TEXTS)
    return len(ts)


def report(files, stats):
    print(f"templates (distinct, hand-written): {count_templates()}")
    for name, rows in files.items():
        kinds = Counter(s["kind"] for r in rows for s in r["planted"])
        wc = [words(r["text"]) for r in rows]
        print(f"{name}: {len(rows)} texts, {sum(kinds.values())} spans {dict(sorted(kinds.items()))}, "
              f"words min/median/max {min(wc)}/{sorted(wc)[len(wc) // 2]}/{max(wc)}")
    print("span sub-formats:")
    for (kind, sub), n in sorted(stats["sub"].items(), key=lambda x: (x[0][0], str(x[0][1]))):
        print(f"  {kind:8s} {str(sub):16s} {n}")
    print("planted family origins:", dict(sorted(stats["origin"].items())))
    print("styles:", dict(sorted(stats["style"].items())))
    print("genre x length:", dict(sorted(stats["genre_len"].items())))
    for name in files:
        with open(os.path.join(HERE, name), "rb") as fh:
            print(f"sha256 {name} {hashlib.sha256(fh.read()).hexdigest()}")


if __name__ == "__main__":
    main()
