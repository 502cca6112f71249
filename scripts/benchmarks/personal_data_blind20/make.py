#!/usr/bin/env python3
"""Generate the blind20 held-out corpus (planted / clean / institutions).

Python 3.11 standard library only. One fixed seed, one random.Random instance.
Run:  python3 make.py      (writes planted.jsonl, clean.jsonl, institutions.jsonl, README stats)
"""
import datetime as dt
import hashlib
import json
import os
import re
import sys
import unicodedata

import random

from pools import (ORIGINS, ORIGIN_WEIGHTS, NICKNAMES, STREETS, TOWNS, FOREIGN_ADDR, KOMMUNER,
                   PUBLIC_NUMBERS, PRIVATE_MAIL, WORK_MAIL, INSTITUTIONS)

SEED = 2020_0520
CORPUS = "blind20"
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_SHORT = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
                "nov.", "dec."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende",
       "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende",
       "syttende", "attende", "nittende", "tyvende", "enogtyvende", "toogtyvende",
       "treogtyvende", "fireogtyvende", "femogtyvende", "seksogtyvende", "syvogtyvende",
       "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]
DIG = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds",
        8: "firs", 9: "halvfems"}
TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten",
         "nitten"]


def num_da(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else DIG[u].replace("en", "en") + "og" + TENS[t]


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


def rdate(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def fmt_date(d, style=None):
    """Ordinary (non-dob) dates of meetings, decisions and events."""
    if style is None:
        style = R.randrange(4)
    if style == 0:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 1:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        return d.isoformat()
    return f"{d.day}/{d.month}-{d.year}"


def fmt_dob(d, style=None, spoken=False):
    if style is None:
        style = R.randrange(12 if spoken else 11)
    if style == 0:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 1:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f"{d.day:02d}/{d.month:02d}-{d.year % 100:02d}"
    if style == 4:
        return f"{d.day}/{d.month} {d.year}"
    if style == 5:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == 6:
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == 7:
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == 8:
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == 9:
        return f"{d.day}. {MONTHS_SHORT[d.month - 1]} {d.year}"
    if style == 10:
        return f"{d.day}/{d.month}-{d.year}"
    return f"{ORD[d.day - 1]} {MONTHS[d.month - 1]} {d.year}"


def ascii_fold(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae")
    s = s.replace("Ø", "Oe").replace("Å", "Aa").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ı", "i").replace("ð", "d").replace("Ð", "D").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ----------------------------------------------------------------------------------------
# Persons
# ----------------------------------------------------------------------------------------
MOBILE_PREFIX = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40",
                 "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"]
LAND_PREFIX = ["86", "87", "89", "97", "98", "74", "75", "65", "66", "46", "48", "35", "38",
               "43", "44", "72", "96"]
PUBLIC_DIGITS = [n.replace(" ", "") for _, n in PUBLIC_NUMBERS]
FOREIGN_PHONE = {
    "pl": lambda: f"+48 {R.randint(500, 799)} {R.randint(100, 999)} {R.randint(100, 999)}",
    "ua": lambda: f"+380 {pick(['67', '50', '63', '97'])} {R.randint(100, 999)} {R.randint(1000, 9999)}",
    "ro": lambda: f"+40 7{R.randint(20, 89)} {R.randint(100, 999)} {R.randint(100, 999)}",
    "tr": lambda: f"+90 5{R.randint(30, 59)} {R.randint(100, 999)} {R.randint(10, 99)} {R.randint(10, 99)}",
    "gl": lambda: f"+299 {R.randint(20, 59)} {R.randint(10, 99)} {R.randint(10, 99)}",
    "fo": lambda: f"+298 {R.randint(20, 79)} {R.randint(10, 99)} {R.randint(10, 99)}",
    "en": lambda: f"+44 7700 900{R.randint(100, 999)}",
    "ba": lambda: f"+387 6{R.randint(1, 6)} {R.randint(100, 999)} {R.randint(100, 999)}",
    "so": lambda: f"+252 61 {R.randint(1000000, 9999999)}",
    "er": lambda: f"+291 7 {R.randint(100000, 999999)}",
    "th": lambda: f"+66 8{R.randint(1, 9)} {R.randint(100, 999)} {R.randint(1000, 9999)}",
    "ph": lambda: f"+63 9{R.randint(10, 99)} {R.randint(100, 999)} {R.randint(1000, 9999)}",
}


def new_phone_digits(land=False):
    while True:
        d = pick(LAND_PREFIX if land else MOBILE_PREFIX) + f"{R.randint(0, 999999):06d}"
        if d not in PUBLIC_DIGITS:
            return d


def fmt_phone(d, style=None, spoken=False):
    if style is None:
        style = wpick([(0, 10), (1, 14), (2, 6), (3, 3), (4, 3), (5, 6), (6, 2), (7, 3), (8, 2)]
                      + ([(9, 3), (10, 3)] if spoken else []))
    g = [d[0:2], d[2:4], d[4:6], d[6:8]]
    if style == 0:
        return d
    if style == 1:
        return " ".join(g)
    if style == 2:
        return d[:4] + " " + d[4:]
    if style == 3:
        return ".".join(g)
    if style == 4:
        return "-".join(g)
    if style == 5:
        return "+45 " + " ".join(g)
    if style == 6:
        return "+45" + d
    if style == 7:
        return "0045 " + d
    if style == 8:
        return "+45 " + d[:4] + " " + d[4:]
    if style == 9:
        return " ".join(DIG[int(c)] for c in d)
    return ", ".join(num_da(int(x)) for x in g)


def cpr_of(bdate, sex):
    y = bdate.year
    if 1900 <= y <= 1999:
        opts = [0, 1, 2, 3] + ([4, 9] if y % 100 >= 37 else [])
    elif 2000 <= y <= 2036:
        opts = [4, 9, 5, 6, 7, 8]
    else:
        opts = [5, 6, 7, 8]
    seventh = pick(opts)
    mid = R.randint(0, 99)
    last = pick([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
    return f"{bdate.day:02d}{bdate.month:02d}{bdate.year % 100:02d}{seventh}{mid:02d}{last}"


def fmt_cpr(c, style=None):
    if style is None:
        style = wpick([(0, 12), (1, 4), (2, 4), (3, 2), (4, 2), (5, 1)])
    if style == 0:
        return c[:6] + "-" + c[6:]
    if style == 1:
        return c[:6] + " " + c[6:]
    if style == 2:
        return c
    if style == 3:
        return f"{c[0:2]}.{c[2:4]}.{c[4:6]}-{c[6:]}"
    if style == 4:
        return f"{c[0:2]} {c[2:4]} {c[4:6]} {c[6:]}"
    return f"{c[0:2]}-{c[2:4]}-{c[4:6]}-{c[6:]}"


ROLE_GEN = {"mor": "mors", "far": "fars"}


class Person:
    def __init__(self, role, sex, origin, bdate, first=None, last=None, pro=False):
        m, f, s = ORIGINS[origin]
        self.role = role
        self.sex = sex
        self.origin = origin
        self.bdate = bdate
        self.first = first or pick(m if sex == "M" else f)
        self.last = last or pick(s)
        self.pro = pro
        self.cpr = cpr_of(bdate, sex)
        self.phone = new_phone_digits(land=pro and chance(0.5))
        self._email = None
        self._addr = None
        self.kdomain = None

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def age(self, ref):
        a = ref.year - self.bdate.year - ((ref.month, ref.day) < (self.bdate.month, self.bdate.day))
        return max(a, 0)

    def email(self):
        if self._email is None:
            fi = ascii_fold(self.first).lower().replace(" ", "").replace("-", "")
            la = ascii_fold(self.last).lower().replace(" ", "").replace("-", "")
            if self.pro:
                if self.kdomain:
                    dom = self.kdomain
                else:
                    dom = pick(WORK_MAIL)
                local = pick([fi[0] + la[:2] + fi[-1], f"{fi}.{la}", fi[:1] + la, initials(self).lower().replace(".", "")])
            else:
                dom = pick(PRIVATE_MAIL)
                local = pick([f"{fi}.{la}", f"{fi}{la}{R.randint(70, 99)}", f"{fi}_{la[:1]}",
                              f"{fi}{R.randint(1, 999)}", f"{la}.{fi[:3]}", f"{fi}-{la}",
                              f"{fi}.{self.bdate.year}", f"{fi[:1]}{la}{R.randint(10, 99)}"])
            self._email = f"{local}@{dom}"
        return self._email

    def addr(self):
        if self._addr is None:
            self._addr = (pick(STREETS), R.randint(1, 168), pick(["", "", "", "", "A", "B", "C"]),
                          pick(["", "", "", "st. th.", "1. tv.", "2. th.", "3. mf.", "1. sal",
                                "st.", "4. tv."]), pick(TOWNS))
        return self._addr


def initials(p):
    toks = re.split(r"[ \-]", p.full)
    return ".".join(t[0].upper() for t in toks if t) + "."


def initials_block(p):
    toks = re.split(r"[ \-]", p.full)
    s = "".join(t[0].upper() for t in toks if t)
    if len(s) < 3:
        s = s[0] + p.last[:2].upper().replace(" ", "")
    return s.upper()


def misspell(name):
    for _ in range(20):
        i = R.randrange(1, max(2, len(name) - 1))
        op = R.randrange(3)
        if op == 0 and name[i].isalpha():
            s = name[:i] + name[i] + name[i:]
        elif op == 1 and len(name) > 4:
            s = name[:i] + name[i + 1:]
        elif i + 1 < len(name) and name[i].isalpha() and name[i + 1].isalpha():
            s = name[:i] + name[i + 1] + name[i] + name[i + 2:]
        else:
            continue
        if s != name and " " not in s.strip() and len(s) >= 3:
            return s
    return name + "e"


def draw_origin():
    return wpick(ORIGIN_WEIGHTS)


def pro_person(role, kdomain=None, sex=None):
    o = wpick([("dk", 40), ("dk_rare", 8)] + [(k, 2) for k, _ in ORIGIN_WEIGHTS[2:]])
    p = Person(role, sex or pick(["M", "F", "F"]), o, rdate(1960, 1998), pro=True)
    p.kdomain = kdomain
    return p


class Family:
    def __init__(self, ref):
        o = draw_origin()
        o2 = o if chance(0.75) else draw_origin()
        self.ref = ref
        self.mor = Person("mor", "F", o, rdate(1978, 2001))
        self.far = Person("far", "M", o2, rdate(1972, 1999))
        n = wpick([(1, 5), (2, 4), (3, 2)])
        lastname = pick([self.far.last, self.far.last, self.mor.last,
                         f"{self.mor.last}-{self.far.last}" if (" " not in self.mor.last + self.far.last
                                                                and self.mor.last != self.far.last) else self.far.last])
        self.kids = []
        labels = ["Barn A", "Barn B", "Barn C"]
        lo = max(2007, self.mor.bdate.year + 18)
        used = [self.mor.first, self.far.first]
        for i in range(n):
            bd = rdate(lo, min(ref.year - 3, 2022)) if chance(0.3) else rdate(lo, max(lo, min(ref.year - 6, 2019)))
            for _ in range(50):
                k = Person(labels[i], pick(["M", "F"]), pick([o, o2]), bd, last=lastname)
                if k.first not in used:
                    break
            used.append(k.first)
            self.kids.append(k)
        self.kids.sort(key=lambda k: k.bdate)
        for i, k in enumerate(self.kids):
            k.role = labels[i]
        older = [x for x in self.kids if x.age(ref) >= 6]
        self.child = pick(older) if older else pick(self.kids)
        hs_sex = pick(["M", "F"])
        for _ in range(50):
            self.hs = Person("halvbror" if hs_sex == "M" else "halvsøster", hs_sex, o,
                             rdate(self.mor.bdate.year + 17, max(self.mor.bdate.year + 17, self.kids[0].bdate.year - 1)))
            if self.hs.first not in used:
                break
        self.partner = Person("mors samlever", "M", draw_origin(), rdate(1970, 1998))
        self.mormor = Person("mormor", "F", o, rdate(1940, 1968), last=self.mor.last if chance(0.5) else None)
        self.morfar = Person("morfar", "M", o, rdate(1938, 1966), last=self.mormor.last)
        self.farmor = Person("farmor", "F", o2, rdate(1940, 1968), last=self.far.last)
        self.farfar = Person("farfar", "M", o2, rdate(1936, 1966), last=self.far.last)
        used += [self.hs.first]
        for q in (self.partner, self.mormor, self.morfar, self.farmor, self.farfar):
            for _ in range(50):
                if q.first not in used:
                    break
                m_, f_, _s = ORIGINS[q.origin]
                q.first = pick(m_ if q.sex == "M" else f_)
            used.append(q.first)
        self.foreign_addr = None
        if o2 in ("pl", "ua", "ro", "tr", "gl", "fo", "ba", "en") and chance(0.5):
            cands = [a for a in FOREIGN_ADDR if {"pl": "Polen", "ua": "Ukraine", "ro": "Rumænien",
                     "tr": "Tyrkiet", "gl": "Nuuk", "fo": "Tórshavn", "ba": "Sarajevo",
                     "en": "England"}[o2] in a]
            if cands:
                self.foreign_addr = pick(cands)


# ----------------------------------------------------------------------------------------
# Rendering context: the same templates render planted (spans) or clean (roles) texts
# ----------------------------------------------------------------------------------------
NAME_FORMS = [("full", 30), ("first", 26), ("last", 6), ("rev", 4), ("caps", 4), ("lower", 1),
              ("init", 3), ("nick", 3), ("miss", 3), ("title", 3)]


class Ctx:
    def __init__(self, clean, ref):
        self.clean = clean
        self.ref = ref

    # names ------------------------------------------------------------------------------
    def nm(self, p, form=None, cap=False, gen=False):
        if self.clean:
            r = p.role
            if gen:
                r = ROLE_GEN.get(r, r + "s" if not r[-1].isupper() else r + "'s")
            if cap:
                r = r[0].upper() + r[1:]
            return [(None, r)]
        if form is None:
            form = wpick(NAME_FORMS)
        pre = ""
        if form == "full":
            s = p.full
        elif form == "first":
            s = p.first
        elif form == "last":
            s = p.last
        elif form == "rev":
            s = f"{p.last}, {p.first}"
        elif form == "caps":
            s = p.full.upper()
        elif form == "lower":
            s = p.full.lower()
        elif form == "init":
            s = initials(p) if chance(0.5) else initials_block(p)
        elif form == "nick":
            s = NICKNAMES.get(p.first, p.first)
        elif form == "miss":
            s = misspell(p.first) if chance(0.6) else p.first + " " + misspell(p.last)
        else:  # title
            if p.pro and chance(0.4):
                pre = "dr. " if chance(0.5) else "advokat "
            else:
                pre = "fru " if p.sex == "F" else "hr. "
            s = p.last
        out = [(None, pre)] if pre else []
        if gen:
            if s[-1] in "sxzSXZ":
                out += [("name", s), (None, "'")]
            else:
                out += [("name", s + ("S" if s.isupper() else "s"))]
        else:
            out += [("name", s)]
        return out

    def sig(self, p):
        """Initials used as a signature (/MKJ)."""
        if self.clean:
            return [(None, pick(["rådgiver", "sagsbehandler", "koordinator", "team"]))]
        return [("name", initials_block(p))]

    # contact data -------------------------------------------------------------------------
    def ph(self, p, spoken=False, foreign=False):
        if self.clean:
            return [(None, pick(["[tlf. fjernet]", "[telefon]", "[tlf.]", "xx xx xx xx"]))]
        if p.origin in FOREIGN_PHONE and (foreign or (not p.pro and chance(0.12))):
            return [("phone", FOREIGN_PHONE[p.origin]())]
        if spoken and chance(0.6):
            return [("phone", fmt_phone(p.phone, style=pick([9, 10])))]
        return [("phone", fmt_phone(p.phone, spoken=spoken))]

    def em(self, p, spoken=False):
        if self.clean:
            return [(None, pick(["[e-mail fjernet]", "[e-mail]", "[mail]"]))]
        e = p.email()
        if spoken:
            loc, dom = e.split("@")
            loc = loc.replace(".", " punktum ").replace("_", " underscore ").replace("-", " bindestreg ")
            dom = dom.replace(".", " punktum ")
            return [("email", f"{loc} snabel-a {dom}")]
        return [("email", e)]

    def ad(self, p, style=None, foreign=None):
        if self.clean:
            return [(None, pick(["[adresse]", "[adresse fjernet]", "[bopæl]"]))]
        if foreign:
            return [("address", foreign)]
        st, no, let, fl, (pc, town) = p.addr()
        if style is None:
            style = wpick([("std", 14), ("two", 4), ("short", 5), ("sloppy", 3), ("nr", 1), ("comma", 2)])
        num = f"{no}{let}"
        if style == "std":
            s = f"{st} {num}, " + (f"{fl}, " if fl else "") + f"{pc} {town}"
        elif style == "two":
            s = f"{st} {num}" + (f", {fl}" if fl else "") + f"\n{pc} {town}"
        elif style == "short":
            s = f"{st} {num}" + (f", {fl}" if fl else "")
        elif style == "sloppy":
            s = f"{st.lower()} {num.lower()} " + (fl.replace('.', '') + " " if fl else "") + f"{pc} {town.lower()}"
        elif style == "nr":
            s = f"{st} nr. {no}, {town}"
        else:
            s = f"{st} {num},{pc} {town}"
        return [("address", s)]

    def dob(self, p, spoken=False, style=None, label=False):
        if self.clean:
            if label:
                return [(None, pick(["[fjernet]", "[dato fjernet]", "ikke oplyst"]) + f" (alder {p.age(self.ref)} år)")]
            return [(None, f"{p.age(self.ref)} år")]
        return [("dob", fmt_dob(p.bdate, style=style, spoken=spoken))]

    def born(self, p, spoken=False):
        """'f. <dob>' / 'født <dob>' in planted; an age in clean."""
        if self.clean:
            return [(None, f"{p.age(self.ref)} år")]
        style = R.randrange(12 if spoken else 11)
        if style in (2, 6, 7):
            lab = pick(["f. ", "født "])
        else:
            lab = pick(["f. ", "født ", "født d. ", "f. ", "født den "])
        return [(None, lab)] + self.dob(p, spoken=spoken, style=style)

    def cpr(self, p):
        if self.clean:
            return [(None, pick(["xxxxxx-xxxx", "[CPR fjernet]", "[cpr]", "******-****"]))]
        return [("cpr", fmt_cpr(p.cpr))]

    def age(self, p):
        return f"{p.age(self.ref)} år"


def T(*items):
    """Flatten strings / piece lists into a piece list."""
    out = []
    for it in items:
        if isinstance(it, str):
            out.append((None, it))
        elif isinstance(it, tuple):
            out.append(it)
        else:
            out.extend(T(*it))
    return out


# ----------------------------------------------------------------------------------------
# Look-alike material (same in planted and clean)
# ----------------------------------------------------------------------------------------
ICD = [("S52.5", "brud på nedre ende af underarmsknogle"), ("S06.0", "hjernerystelse"),
       ("T74.1", "fysisk overgreb (obs. pro)"), ("S00.8", "overfladisk læsion i ansigtet"),
       ("S42.0", "brud på kraveben"), ("T14.0", "overfladisk læsion, uspecificeret"),
       ("F43.2", "tilpasningsreaktion"), ("Z63.8", "belastning i familien"),
       ("T51.0", "alkoholforgiftning"), ("S20.2", "kontusion af brystkassen"),
       ("T30.0", "forbrænding, uspecificeret")]
MEDS = ["Paracetamol 500 mg", "Ibuprofen 200 mg", "Melatonin 3 mg", "Concerta 18 mg",
        "Panodil junior", "Ventoline", "Sertralin 50 mg", "Movicol junior", "Emla-creme"]
LAWS = ["Barnets lov § 47", "Barnets lov § 46", "Barnets lov § 32, stk. 1, nr. 3",
        "Barnets lov § 20, stk. 3", "Barnets lov § 5, stk. 3", "Barnets lov § 6",
        "Barnets lov § 91", "Barnets lov § 133", "Barnets lov § 137, stk. 2",
        "Barnets lov § 3", "forvaltningslovens § 19", "forvaltningslovens § 22",
        "retssikkerhedslovens § 12", "servicelovens § 50 (før 2024)", "servicelovens § 58 (før 2024)"]


def pubnum():
    lab, num = pick(PUBLIC_NUMBERS)
    return T(f"{lab}: ", ("pub", num))


def casenr():
    return pick([f"{R.randint(2022, 2025)}-{R.randint(10000, 99999)}",
                 f"27.24.12-G01-{R.randint(1, 999)}-{R.randint(22, 25)}",
                 f"BU-{R.randint(2022, 2025)}-{R.randint(1000, 9999)}",
                 f"{R.randint(22, 25)}-{R.randint(10000, 99999)}"])


def lookalike(ctx):
    k = R.randrange(10)
    if k == 0:
        return T("Lovgrundlag: ", pick(LAWS), ", jf. ", pick(LAWS), ".")
    if k == 1:
        return T("Ved akut fare ringes 112, politiet på 114. Børnetelefonen 116 111 og Lægevagten 1813 er oplyst til familien.")
    if k == 2:
        return T(pubnum(), ". Sagsnr. ", casenr(), ", journalnr. ", casenr(), ".")
    if k == 3:
        return T("Udgift: ", f"{R.randint(1, 9)}.{R.randint(100, 999)},{pick(['00', '50', '25'])} kr. pr. døgn, ",
                 f"EAN 5798000{R.randint(100000, 999999)}, CVR ", ("pub", f"{R.randint(10000000, 99999999)}"), ".")
    if k == 4:
        c, d = pick(ICD)
        return T(f"ICD-10: {c} ({d}). Medicin: {pick(MEDS)} og {pick(MEDS)} efter behov.")
    if k == 5:
        return T(f"Mødet holdes i lokale {R.randint(1, 4)}.{R.randint(10, 40)} kl. {R.randint(8, 15)}.{pick(['00', '15', '30', '45'])}; ",
                 f"klasse {R.randint(1, 9)}.{pick(['A', 'B', 'C', 'D'])} har skemafri den {fmt_date(ctx.ref + dt.timedelta(days=R.randint(3, 40)))}.")
    if k == 6:
        return T(pick(["Glad og nysgerrig, men træt om morgenen, beskriver skolen barnet.",
                       "Have og legeplads er indhegnet, og der er sol på terrassen til kl. 17.",
                       "Maj måned er planlagt som overgangsperiode."]),
                 " Barnet fortæller om storm i nat, om skov og vinter og om at bo hos sin bedstemor en tid.")
    if k == 7:
        return T(f"Frist: {fmt_date(ctx.ref + dt.timedelta(days=R.randint(10, 120)))}. ",
                 f"Ansøgt beløb {R.randint(2, 40)}.{R.randint(100, 999)} kr. efter {pick(LAWS)}.")
    if k == 8:
        return T(pick(["Mødet fandt sted ved Banegårdspladsen", "Overleveringen sker ved Torvet",
                       "Samværet foregår i familiehuset ved Søndergade", "Der er aftalt mødested ved Havnegade",
                       "Familien bor i et kvarter nær Ringvejen"]),
                 f" i {pick(TOWNS)[1].split(' ')[0]}.")
    return T(f"Afgørelsen er truffet den {fmt_date(ctx.ref - dt.timedelta(days=R.randint(1, 60)))} ",
             "og kan påklages til Ankestyrelsen inden fire uger, jf. klagevejledningen.")


def alt(ctx, planted, clean):
    return T(clean) if ctx.clean else T(planted)


def ap(ctx, p, form=None, sep=", "):
    """Apposition after a role word: 'mor, Mette Hansen' planted; just 'mor' clean."""
    return T() if ctx.clean else T(sep, ctx.nm(p, form))


def lab(ctx, label, p, form=None, clean_label=None):
    """'label NAME' planted; a role phrase (default the label) clean."""
    if ctx.clean:
        return T(clean_label if clean_label is not None else label)
    return T(label + " " if label else "", ctx.nm(p, form))


def past(ctx, a, b):
    return ctx.ref - dt.timedelta(days=R.randint(a, b))


def future(ctx, a, b):
    return ctx.ref + dt.timedelta(days=R.randint(a, b))


def colleagues(k, n):
    roles = ["kollega 1", "kollega 2", "kollega 3", "kollega 4"]
    return [pro_person(roles[i], k[1]) for i in range(n)]


# ----------------------------------------------------------------------------------------
# Genre 1: sparring minutes
# ----------------------------------------------------------------------------------------
QUESTIONS = [
    "om vi skal gå videre fra afdækning til en børnefaglig undersøgelse efter § 20",
    "hvordan far kan inddrages, når han ikke svarer på breve eller opkald",
    "om netværket kan bære en netværksanbringelse hos mormor",
    "hvordan vi taler med barnet uden at øge presset på mor",
    "om en § 32-indsats med familiebehandling er nok, eller om vi skal tænke anbringelse",
    "hvordan vi formulerer sikkerhedsmålet, så familien kan forstå det",
]
REFLECT = [
    "Jeg hæfter mig ved, at skolen beskriver et barn, der passer på sin mor.",
    "Jeg bliver nysgerrig på, hvad mormor egentlig ser, når hun har børnene i weekenden.",
    "Det slår mig, at fars stemme næsten ikke er med i sagen.",
    "Jeg savner barnets eget perspektiv; hvad ville det sige i drømmehuset?",
    "Jeg tænker, at vi skal skalere sikkerheden sammen med familien og ikke for den.",
    "Jeg lægger mærke til, at bekymringen er den samme som for to år siden.",
    "Jeg er optaget af, om mors nye partner kender til sagen og til aftalerne.",
]


def g_sparring(ctx, band, sub=None):
    ref = ctx.ref
    k = pick(KOMMUNER)
    fam = Family(ref)
    c = fam.child
    cw = pro_person("sagsejer", k[1])
    fk = pro_person("koordinator", k[1])
    tt = pro_person("tidtager", k[1])
    cols = colleagues(k, 3)
    team = pick(["Øst", "Vest", "Syd", "Nord", "Midt", "0-12 år", "13-17 år"])
    if band == "short":
        head = T(f"Sparring, Team {team}, {fmt_date(ref)}. ", lab(ctx, "Sagsejer", cw, "full", "Sagsejer og koordinator deltog"),
                 alt(ctx, T(", koordinator ", ctx.nm(fk, "first")), ""), ". Sag: ", ctx.nm(c, "full"), " (", ctx.dob(c), ").")
    else:
        head = T(f"Referat – faglig sparring, Team {team}, Børn og Unge, {k[0]}\n",
                 f"Mødedato: {fmt_date(ref)}, kl. {pick(['9.00-10.00', '13.00-14.00', '10.15-11.15'])}\n",
                 alt(ctx, T("Sagsejer: ", ctx.nm(cw, "full"), " · Faglig koordinator: ", ctx.nm(fk, "full"),
                            " · Tidtager: ", ctx.nm(tt, pick(["first", "full"]))),
                     "Deltagere: sagsejer, faglig koordinator, tidtager og tre rådgivere fra teamet"), "\n",
                 "Sag: ", ctx.nm(c, "full"), ", ", ctx.dob(c), ", sagsnr. ", casenr())
    bodies = []
    pres = T(ctx.nm(cw, "first", cap=True), " præsenterer ",
             pick([T("sagen om ", ctx.nm(c, "first")), T(ctx.nm(c, pick(["first", "first", "full"]), gen=True), " sag")]),
             f" ({ctx.age(c)}), der bor hos ",
             alt(ctx, T("mor ", ctx.nm(fam.mor, pick(["full", "first"]))), "mor"), " på ", ctx.ad(fam.mor), ". ",
             pick(["Sagen startede med en underretning fra skolen om fravær og om, at barnet ofte kommer sulten.",
                   "Der er modtaget tre underretninger på et halvt år, senest fra politiet efter en uro på adressen.",
                   "Familien har haft en § 32-indsats i et år, men bekymringen for barnets trivsel er vokset."]),
             " ", ctx.nm(cw, "first", cap=True), " ønsker sparring på, ", pick(QUESTIONS), ".")
    bodies.append(pres)
    gen1 = T("Genogram (skrevet på tavlen):\n",
             "- Mor", alt(ctx, T(": ", ctx.nm(fam.mor, "full")), ""), ", ", ctx.cpr(fam.mor), ", tlf. ", ctx.ph(fam.mor), "\n",
             "- Far", alt(ctx, T(": ", ctx.nm(fam.far, "full")), ""), ", ", ctx.born(fam.far), ", ",
             alt(ctx, T("bor på ", ctx.ad(fam.far, foreign=fam.foreign_addr)), "bor i en anden kommune"),
             ", mail ", ctx.em(fam.far), "\n",
             "- Børn: ", [T(ctx.nm(kk, "first"), " (", ctx.dob(kk), ")", ", " if i < len(fam.kids) - 1 else "")
                          for i, kk in enumerate(fam.kids)], "\n",
             f"- Mors {'søn' if fam.hs.sex == 'M' else 'datter'} med tidligere partner: ",
             lab(ctx, "", fam.hs, "full", fam.hs.role), ", ", ctx.born(fam.hs), "\n",
             "- Mors nye partner", alt(ctx, T(": ", ctx.nm(fam.partner, pick(["full", "first", "caps"]))), ""),
             f", flyttet ind i {pick(MONTHS)} {ref.year - 1}")
    bodies.append(gen1)
    gen2 = T("Bedsteforældre på tavlen: ",
             alt(ctx, T("morfar ", ctx.nm(fam.morfar, "full"), f" ({fam.morfar.bdate.year}–{R.randint(2015, ref.year - 1)})"),
                 "morfar (død for nogle år siden)"),
             "; mormor ", alt(ctx, T(ctx.nm(fam.mormor, "full"), ", ", ctx.born(fam.mormor), ", ", ctx.ad(fam.mormor),
                                       ", tlf. ", ctx.ph(fam.mormor)), "(bor tæt på)"),
             "; farmor ", alt(ctx, T(ctx.nm(fam.farmor, pick(["full", "title"])), f", død {R.randint(2010, ref.year - 1)}"),
                              "(død)"),
             "; farfar ", alt(ctx, T(ctx.nm(fam.farfar, "full"), f" (årgang {fam.farfar.bdate.year}), ingen kontakt"),
                              "(ingen kontakt)"), ".")
    bodies.append(gen2)
    teacher = pro_person("klasselæreren")
    d = sorted([past(ctx, 20, 700) for _ in range(4)])
    tl = T("Tidslinje (tavlen):\n",
           fmt_date(d[0], 0), ": underretning fra ", alt(ctx, T("klasselærer ", ctx.nm(teacher, "full"), " (tlf. ", ctx.ph(teacher), ")"), "klasselæreren"), "\n",
           fmt_date(d[1], 0), ": samtale med ", ctx.nm(c, "first"), " på skolen, jf. § 137\n",
           fmt_date(d[2], 0), ": mor og ", lab(ctx, "", fam.partner, "first", "samleveren"), " flytter til ", ctx.ad(fam.partner, style="short"), "\n",
           fmt_date(d[3], 0), ": netværksmøde; ", ctx.nm(fam.mormor, pick(["first", "full"])), " tilbyder aflastning")
    bodies.append(tl)
    qa = T("Opklarende spørgsmål: ", ctx.nm(cols[0], "first", cap=True), " spørger, om far har del i forældremyndigheden. Svar: ja, fælles. ",
           ctx.nm(cols[1], "first", cap=True), f" spørger til fraværet: {R.randint(9, 31)} % i indeværende skoleår.")
    bodies.append(qa)
    rf = T("Refleksionsrunde (sagsejer lytter):\n",
           ctx.nm(cols[0], "first", cap=True), ": ", pick(REFLECT[:4]), "\n",
           ctx.nm(cols[2], pick(["first", "nick"]), cap=True), ": ", pick(REFLECT[4:]), "\n",
           ctx.nm(fk, "first", cap=True), ": ", pick(REFLECT), "")
    bodies.append(rf)
    resp = T("Sagsejers respons: ", ctx.nm(cw, "first", cap=True),
             " tager med, at barnets stemme skal fylde mere, og at ", ctx.nm(fam.far, pick(["first", "full"])),
             " skal kontaktes igen, også på ", ctx.em(fam.far), ".")
    bodies.append(resp)
    dec = T("Beslutning og opfølgning:\n",
            "- ", ctx.sig(cw), ": ringer til far på ", ctx.ph(fam.far, foreign=fam.foreign_addr is not None), f" inden {fmt_date(future(ctx, 2, 10), 0)}\n",
            "- ", ctx.nm(cols[1], "first", cap=True), ": indkalder til netværksmøde med ", ctx.nm(fam.mormor, "first"), " og mor\n",
            "- ", ctx.nm(fk, "first", cap=True), ": tager spørgsmålet om netværksanbringelse op som principiel sag")
    bodies.append(dec)
    if chance(0.5):
        bodies.insert(R.randint(1, len(bodies)), lookalike(ctx))
    foot = T("Referent: ", lab(ctx, "", tt, "full", "tidtageren"), " /", ctx.sig(tt)) if band != "short" else T("/", ctx.sig(tt))
    return [head], bodies, [foot], "\n\n", "sparring-referat"


# ----------------------------------------------------------------------------------------
# Genre 2: management supervision and case audits
# ----------------------------------------------------------------------------------------
FINDINGS = [
    "Den børnefaglige undersøgelse blev afsluttet {n} dage efter fristen i § 20, stk. 3, og der er ikke lavet en foreløbig vurdering.",
    "Barnets plan efter § 91 var ikke udarbejdet ved anbringelsen og forelå først {n} dage senere.",
    "Samtalen med barnet efter underretningen er ikke dokumenteret; § 137, stk. 2 er ikke opfyldt.",
    "Partshøring af far er ikke gennemført før afgørelsen, jf. forvaltningslovens § 19.",
    "Opfølgning på § 32-indsatsen er overskredet med {n} dage; seneste opfølgning er uden mål.",
    "Vurderingen inden for 24 timer efter underretningen er lavet, men ikke journaliseret.",
    "Kvittering til den fagperson, der underrettede, er sendt {n} dage for sent.",
]


def g_tilsyn(ctx, band, sub=None):
    ref = ctx.ref
    k = pick(KOMMUNER)
    leader = pro_person("afdelingslederen", k[1])
    q = (ref.month - 1) // 3 + 1
    if band == "short":
        head = T(f"Ledelsestilsyn Q{q} {ref.year}, {k[0]}. Udført af ", lab(ctx, "", leader, "full", "afdelingslederen"), ", ", ctx.em(leader), ".")
    else:
        head = T(f"Ledelsestilsyn – stikprøve, {q}. kvartal {ref.year}\n{k[0]}, Børn og Unge, myndighed\n",
                 "Udført af: ", alt(ctx, T("afdelingsleder ", ctx.nm(leader, "full"), " (", ctx.em(leader),
                                             ", direkte ", ctx.ph(leader), ")"), "afdelingslederen"), "\n",
                 f"Udtræk: {R.randint(6, 12)} sager, heraf sager med afgørelser efter § 32 og § 46, efter Social- og Boligstyrelsens skabelon fra januar 2024.")
    bodies = []
    for i in range(R.randint(3, 5)):
        fam = Family(ref)
        c = fam.child
        cw = pro_person("sagsbehandleren", k[1])
        if ctx.clean:
            c.role = f"Barn {i + 1}"
            cw.role = f"sagsbehandler {i + 1}"
        f = pick(FINDINGS).format(n=R.randint(5, 90))
        blk = T(f"Sag {casenr()}: ", ctx.nm(c, pick(["full", "rev", "caps"])), ", ",
                pick([T("CPR ", ctx.cpr(c)), T("CPR-nr. ", ctx.cpr(c)), T(ctx.cpr(c))]),
                ". Sagsbehandler: ", ctx.nm(cw, pick(["full", "full", "init"])), ".\n",
                "Fund: ", f, "\n")
        act = R.randrange(3)
        if act == 0:
            blk += T("Opfølgning: ", ctx.nm(cw, "first", cap=True), f" retter journalen senest {fmt_date(future(ctx, 7, 30))}; ",
                     ctx.nm(c, "first", gen=True), " plan revideres samtidig.")
        elif act == 1:
            blk += T("Registreret adresse ", ctx.ad(fam.mor, style="std"), " stemmer ikke med folkeregisteret (",
                     ctx.ad(fam.partner, style=pick(["std", "short"])), "). ",
                     ctx.nm(cw, "first", cap=True), " opdaterer og kontakter mor på ", ctx.ph(fam.mor), ".")
        else:
            blk += T("Far", ap(ctx, fam.far, pick(["full", "title"])), alt(ctx, ",", ""), " har den ", fmt_date(past(ctx, 5, 60)),
                     " klaget over manglende svar (", ctx.em(fam.far), "). Leder ringer ham op.")
        bodies.append(blk)
    summ = T(f"Samlet vurdering: {R.randint(2, 6)} af {R.randint(7, 12)} sager overholder fristerne. ",
             pick(["Fristerne for børnefaglige undersøgelser er det gennemgående problem.",
                   "Der er generelt god dokumentation af samtaler med børnene, men partshøringer halter.",
                   "Barnets plan er det svage punkt; flere planer er ikke revideret i mere end et år."]))
    bodies.append(summ)
    if chance(0.6):
        bodies.insert(R.randint(0, len(bodies)), lookalike(ctx))
    foot = T(f"Tilsynet drøftes på teammødet {fmt_date(future(ctx, 3, 14))}. /", ctx.sig(leader))
    return [head], bodies, [foot], "\n\n", "ledelsestilsyn"


# ----------------------------------------------------------------------------------------
# Genre 3: approval of foster families
# ----------------------------------------------------------------------------------------
def g_pleje(ctx, band, sub=None):
    ref = ctx.ref
    k = pick(KOMMUNER)
    o = draw_origin()
    pm = Person("plejemor", "F", o, rdate(1968, 1992))
    pf = Person("plejefar", "M", pick([o, "dk", draw_origin()]), rdate(1965, 1990), last=pm.last if chance(0.5) else None)
    pf._addr = pm.addr()
    kids = [Person(f"familiens {pick(['søn', 'datter'])}", "M", o, rdate(2005, 2020), last=pf.last) for _ in range(R.randint(1, 2))]
    for kk in kids:
        kk.sex = "M" if "søn" in kk.role else "F"
        kk.first = pick(ORIGINS[o][0] if kk.sex == "M" else ORIGINS[o][1])
        kk.cpr = cpr_of(kk.bdate, kk.sex)
    kons = pro_person("familieplejekonsulenten", k[1])
    region = pick(["Midt", "Syd", "Nord", "Hovedstaden", "Øst"])
    if band == "short":
        head = T("Godkendelse af plejefamilie: ", ctx.nm(pm, "full"), " og ", ctx.nm(pf, "full"), ", ",
                 ctx.ad(pm), f". Hjemmebesøg {fmt_date(past(ctx, 5, 40))}.")
    else:
        head = T(f"Godkendelse af plejefamilie – Socialtilsyn {region}, i samarbejde med {k[0]}\n",
                 "Ansøgere: ", ctx.nm(pm, "full"), ", ", ctx.born(pm), ", og ", ctx.nm(pf, "full"), ", ", ctx.born(pf), "\n",
                 "Adresse: ", ctx.ad(pm, style=pick(["std", "std", "sloppy"])), "\n",
                 "Kontakt: ", ctx.ph(pm), " / ", ctx.ph(pf), " · ", ctx.em(pm))
    bodies = []
    fm = T("Husstanden består af ansøgerne og ",
           [T(ctx.nm(kk, "first"), " (", ctx.dob(kk), ")", " og " if i < len(kids) - 1 else "") for i, kk in enumerate(kids)],
           ". ", ctx.nm(kids[0], "first", cap=True), " er positiv over for at få en plejesøskende, men spørger til, om plejebarnet skal dele værelse med nogen.")
    bodies.append(fm)
    if chance(0.6):
        adult = Person("voksen datter", "F", o, rdate(1995, 2004), last=pm.last)
        bodies.append(T("Voksen datter fra tidligere forhold", ap(ctx, adult, "full"), alt(ctx, ",", ""), " bor i egen lejlighed på ",
                        ctx.ad(adult), " og kommer jævnligt i hjemmet; hun har givet samtykke til børneattest."))
    st, no, let, fl, (pc, town) = pm.addr()
    hb = T(f"Hjemmebesøg {fmt_date(past(ctx, 5, 60))}: Huset på ", ctx.ad(pm, style="short"),
           f" er et parcelhus på {R.randint(118, 210)} m² med {R.randint(4, 7)} værelser. ",
           pick(["Have og legeplads er indhegnet, og der er gåafstand til skole og hal.",
                 "Der er stor have, og familien bor tæt på skov og strand.",
                 "Plejebarnet får eget værelse på første sal ud mod haven."]),
           " Røgalarmer er monteret, og medicin opbevares i aflåst skab.")
    bodies.append(hb)
    r1 = Person("reference", pick(["M", "F"]), draw_origin(), rdate(1960, 1995))
    r2 = Person("reference", pick(["M", "F"]), draw_origin(), rdate(1960, 1995))
    ref_blk = T("Referencer:\n1) ", ctx.nm(r1, "full"), f", {pick(['kollega til plejemor gennem elleve år', 'nabo', 'tidligere leder', 'ven af familien'])}, tlf. ",
                ctx.ph(r1), ", ", ctx.em(r1), "\n2) ", ctx.nm(r2, pick(["full", "rev"])),
                f", {pick(['spejderleder', 'fodboldtræner for familiens søn', 'præst i sognet', 'svoger'])}, tlf. ", ctx.ph(r2),
                "\nBegge referencer er kontaktet telefonisk og beskriver familien som rummelig og stabil.")
    bodies.append(ref_blk)
    doc = pro_person("egen læge")
    hel = T("Helbred: helbredserklæring fra egen læge, ", alt(ctx, T("dr. ", ctx.nm(doc, "last")), "praktiserende læge"),
            ", foreligger. ", ctx.nm(pf, "first", cap=True, gen=True),
            " forhøjede blodtryk er velbehandlet; ingen forhold af betydning for opgaven.")
    bodies.append(hel)
    att = T("Straffeattest og børneattest er indhentet for ", ctx.nm(pm, pick(["full", "first"])), " (", ctx.cpr(pm), ") og ",
            ctx.nm(pf, pick(["full", "first"])), " (", ctx.cpr(pf), ") uden anmærkninger.")
    if any(kk.age(ref) >= 15 for kk in kids):
        kk = [kk for kk in kids if kk.age(ref) >= 15][0]
        att += T(" For ", ctx.nm(kk, "full"), " (", ctx.cpr(kk), ") er der også indhentet børneattest.")
    bodies.append(att)
    if chance(0.5):
        bodies.append(T(f"Grundkursus gennemført {fmt_date(past(ctx, 30, 200))}. Vederlag ved godkendelse: 4 x 5.912,50 kr. pr. måned; ",
                        f"kost- og logibeløb efter takst. EAN 5798000{R.randint(100000, 999999)}."))
    if chance(0.4):
        bodies.insert(R.randint(1, len(bodies)), lookalike(ctx))
    foot = T("Indstilling: ", pick(["godkendes som almen plejefamilie til ét barn i alderen 6-12 år.",
                                    "godkendes som forstærket plejefamilie til ét barn.",
                                    "godkendes som netværksplejefamilie for barnet i sagen."]), "\n",
             lab(ctx, "Familieplejekonsulent", kons, "full", "Familieplejekonsulenten"), ", tlf. ", ctx.ph(kons), ", ", ctx.em(kons))
    if band == "short":
        foot = T("Konsulent: ", lab(ctx, "", kons, "full", "familieplejekonsulenten"), ", ", ctx.em(kons))
    return [head], bodies, [foot], "\n\n", "plejefamilie-godkendelse"


# ----------------------------------------------------------------------------------------
# Genre 4: court and appeals
# ----------------------------------------------------------------------------------------
LAW_MAIL = ["advokathuset-midt.dk", "adv-nord.dk", "familieretsadvokaterne.dk", "advokat-syd.dk"]
LANGS = {"ar": "arabisk", "so": "somali", "ku": "kurmanji", "tr": "tyrkisk", "af": "dari",
         "pk": "urdu", "pl": "polsk", "ua": "ukrainsk", "ro": "rumænsk", "ba": "bosnisk",
         "er": "tigrinya", "vn": "vietnamesisk", "th": "thai", "ph": "tagalog", "gl": "grønlandsk"}
COURTS = ["Aarhus", "Viborg", "Randers", "Kolding", "Odense", "Esbjerg", "Holbæk", "Næstved",
          "Roskilde", "Hjørring", "Aalborg", "Herning", "Horsens", "Svendborg", "Sønderborg"]


def g_court(ctx, band, sub=None):
    ref = ctx.ref
    k = pick(KOMMUNER)
    fam = Family(ref)
    c = fam.child
    sub = sub or pick(["retsbog", "retsbog", "ankestyrelsen", "partsliste"])
    judge = pro_person("dommeren")
    law1 = pro_person("mors advokat", pick(LAW_MAIL))
    law2 = pro_person("barnets advokat", pick(LAW_MAIL))
    cw = pro_person("kommunens sagsbehandler", k[1])
    interp = pro_person("tolken", "tolkeservice.dk")
    bis = pro_person("bisidderen", "bisidder-net.dk")
    lang = LANGS.get(fam.mor.origin)
    court = pick(COURTS)
    bodies = []
    if sub == "retsbog":
        head = T(f"Retten i {court} – retsbog\nSag BS-{R.randint(1000, 59999)}/{ref.year}\n",
                 f"Den {fmt_date(ref, 1)} kl. {pick(['9.30', '10.00', '13.00'])} holdt Retten i {court} retsmøde for lukkede døre.", alt(ctx, T(" Dommer: ", ctx.nm(judge, "full"), "."), "")) if band != "short" else T(
                 f"Retten i {court}, retsmøde {fmt_date(ref, 0)}.", alt(ctx, T(" Dommer ", ctx.nm(judge, "full"), "."), " Én dommer."))
        bodies.append(T(f"Sagen angår {k[0]}s afgørelse om anbringelse uden samtykke efter Barnets lov § 47 vedrørende ",
                        ctx.nm(c, "full"), ", ", ctx.cpr(c), ", som er indbragt af mor."))
        bodies.append(T("Mødt: mor", ap(ctx, fam.mor, "full"), ", ", ctx.ad(fam.mor), ", med beskikket advokat",
                        ap(ctx, law1, "full", " "), " (", ctx.em(law1), ", tlf. ", ctx.ph(law1), ")."
                        ))
        bodies.append(T("Far", ap(ctx, fam.far, "full"), alt(ctx, ",", ""), " var lovligt indkaldt til ",
                        ctx.ad(fam.far, foreign=fam.foreign_addr), ", men var ikke mødt. ", ctx.nm(fam.far, pick(["first", "full", "last"]), cap=True, gen=True),
                        " advokat havde meddelt forfald."))
        if lang:
            bodies.append(T(f"Som tolk i {lang} mødte ", lab(ctx, "", interp, "full", "en tolk fra tolkeservicen"), ", tlf. ", ctx.ph(interp), ". Tolken blev formanet om sandhedspligten."))
        bodies.append(T(f"Barnet, der er {ctx.age(c)}, var repræsenteret ved advokat", ap(ctx, law2, pick(["full", "last"]), " "),
                        " og havde", alt(ctx, T(" bisidder ", ctx.nm(bis, "full")), " sin bisidder"), " med, jf. Barnets lov § 6."))
        bodies.append(T("For kommunen mødte ", lab(ctx, "", cw, "full", "sagsbehandleren"), ", myndighedsrådgiver, som forklarede om forløbet siden underretningen den ",
                        fmt_date(past(ctx, 200, 700), 1), "."))
        bodies.append(T("Mor forklarede, at hun ikke længere bor sammen med ", lab(ctx, "", fam.partner, "first", "sin samlever"),
                        ", og at hun nu kan træffes på ", ctx.ph(fam.mor, spoken=True), ". Hun forstår bekymringen, men mener, at ",
                        ctx.nm(c, "first"), " skal hjem."))
        bodies.append(T(pick(["Retten afsagde kendelse: Børne- og ungeudvalgets afgørelse stadfæstes.",
                              "Retten fandt, at betingelserne i § 47 fortsat er opfyldt, og stadfæstede afgørelsen.",
                              "Retten ophævede afgørelsen, idet betingelserne for anbringelse uden samtykke ikke længere var til stede."]),
                        " Kendelsen kan kæres til landsretten inden fire uger."))
        foot = T(f"Retsmødet hævet kl. {R.randint(11, 15)}.{pick(['05', '20', '40', '55'])}.\n", lab(ctx, "", judge, pick(["full", "caps"]), "Dommeren"))
    elif sub == "ankestyrelsen":
        head = T(f"Ankestyrelsens afgørelse\nSagsnr. {R.randint(24, 25)}-{R.randint(10000, 99999)}\nDato: {fmt_date(ref, 1)}\n",
                 "Vedrørende: ", ctx.nm(c, "full"), ", ", ctx.cpr(c))
        bodies.append(T("Til advokat", ap(ctx, law1, "full", " "), ", ", ctx.ad(law1), "\n\nDu har på vegne af din klient", ap(ctx, fam.mor, "full"),
                        alt(ctx, ",", ", mor,"), " klaget over ", k[0], "s afgørelse af ", fmt_date(past(ctx, 40, 120), 1),
                        " om " + pick(["støttende indsatser efter § 32", "samvær under anbringelsen", "valg af anbringelsessted",
                                       "afslag på hjemgivelse"]) + "."))
        bodies.append(T("Ankestyrelsen " + pick(["stadfæster kommunens afgørelse.", "ændrer kommunens afgørelse.",
                                                   "hjemviser sagen til fornyet behandling i kommunen."]),
                        " Vi har lagt vægt på udtalelsen fra ", lab(ctx, "", bis, "full", "bisidderen"), ", der har været bisidder for ",
                        ctx.nm(c, "first"), f", og på samtalen med barnet den {fmt_date(past(ctx, 10, 60), 1)}."))
        bodies.append(T(f"Barnet er {ctx.age(c)} og har derfor egne partsrettigheder i sagen, jf. Barnets lov § 3."))
        bodies.append(T("Begrundelse: Ankestyrelsen finder, at kommunen har oplyst sagen tilstrækkeligt. Der foreligger en børnefaglig undersøgelse, ",
                        "en udtalelse fra skolen og referat af samtalen med barnet. ", ctx.nm(c, "first", cap=True),
                        " har selv givet udtryk for at ville bo hos ", alt(ctx, T("mor ", ctx.nm(fam.mor, "first")), "mor"),
                        ", men det er vores vurdering, at barnets behov for stabilitet vejer tungere på nuværende tidspunkt."))
        bodies.append(T("Kopi af afgørelsen er sendt til barnets advokat", ap(ctx, law2, "full", " "), alt(ctx, T(" (", ctx.em(law2), ")"), ""),
                        " og til bisidderen."))
        bodies.append(T("Du kan ikke klage over Ankestyrelsens afgørelse til en anden forvaltningsmyndighed. ",
                        "Du kan klage til Folketingets Ombudsmand, hvis du mener, at afgørelsen er forkert."))
        bodies.append(T("Afgørelsen er sendt til: ", alt(ctx, ctx.nm(fam.mor, "full"), "mor"), ", ", ctx.ad(fam.mor, style="std"), "; ",
                        alt(ctx, ctx.nm(fam.far, "full"), "far"), ", ", ctx.ad(fam.far, foreign=fam.foreign_addr), "; ", k[0], "."))
        bodies.append(T("Spørgsmål kan rettes til ", alt(ctx, T(ctx.nm(judge, "full"), ", fuldmægtig, direkte ", ctx.ph(judge)), "den fuldmægtige"), ", eller via ",
                        ("pub", "33 41 12 00"), "."))
        foot = T("Med venlig hilsen\n", lab(ctx, "", judge, "full", "Fuldmægtig, Familieafdelingen"), "\nAnkestyrelsen")
    else:
        head = T(f"Partsliste – sag BS-{R.randint(1000, 59999)}/{ref.year}, Retten i {court}\nBarnet: ",
                 ctx.nm(c, "full"), ", ", ctx.born(c))
        bodies.append(T("Mor", alt(ctx, T(": ", ctx.nm(fam.mor, "rev")), ""), ", CPR ", ctx.cpr(fam.mor), ", ", ctx.ad(fam.mor), ", tlf. ", ctx.ph(fam.mor)))
        bodies.append(T("Far", alt(ctx, T(": ", ctx.nm(fam.far, pick(["rev", "caps"]))), ""), ", CPR ", ctx.cpr(fam.far), ", ",
                        ctx.ad(fam.far, foreign=fam.foreign_addr), ", tlf. ", ctx.ph(fam.far, foreign=fam.foreign_addr is not None)))
        bodies.append(T("Advokat for mor", alt(ctx, T(": ", ctx.nm(law1, "full")), ""), ", ", ctx.em(law1), ", ", ctx.ph(law1)))
        bodies.append(T("Advokat for barnet", alt(ctx, T(": ", ctx.nm(law2, "full")), ""), ", ", ctx.em(law2)))
        if lang:
            bodies.append(T(f"Tolk ({lang})", alt(ctx, T(": ", ctx.nm(interp, "full")), ""), ", ", ctx.ph(interp)))
        bodies.append(T("Bisidder for barnet", alt(ctx, T(": ", ctx.nm(bis, "full")), ""), ", tlf. ", ctx.ph(bis)))
        bodies.append(T("Mormor (netværksperson)", alt(ctx, T(": ", ctx.nm(fam.mormor, "full")), ""), ", ", ctx.ad(fam.mormor), ", tlf. ", ctx.ph(fam.mormor)))
        bodies.append(T("Mors samlever (ikke part)", alt(ctx, T(": ", ctx.nm(fam.partner, pick(["rev", "full"]))), ""), ", ", ctx.born(fam.partner)))
        bodies.append(T("Kommunens repræsentant", alt(ctx, T(": ", ctx.nm(cw, "full")), " (sagsbehandleren)"), ", ", ctx.em(cw)))
        foot = T(f"Listen er ajourført {fmt_date(ref, 0)}. /", ctx.sig(cw))
        return [head], bodies, [foot], "\n", "partsliste"
    if chance(0.4):
        bodies.insert(R.randint(1, len(bodies)), lookalike(ctx))
    return [head], bodies, [foot], "\n\n" if sub == "ankestyrelsen" else "\n", sub


# ----------------------------------------------------------------------------------------
# Genre 5: emergency room and hospital social work
# ----------------------------------------------------------------------------------------
HOSP = ["Aarhus Universitetshospital, Akutmodtagelsen", "Regionshospitalet Randers, Børn og Unge",
        "Odense Universitetshospital, Børne- og Ungeafsnittet", "Rigshospitalet, Børneafdelingen",
        "Sygehus Lillebælt, Kolding, Fælles Akutmodtagelse", "Aalborg Universitetshospital, Børneafdelingen",
        "Regionshospitalet Gødstrup, Akutafdelingen", "Sjællands Universitetshospital, Roskilde, Børneafdelingen"]
INJ = [("S52.5", "hævelse og ømhed over venstre håndled; røntgen viser brud på distale radius"),
       ("S06.0", "kortvarigt bevidsthedstab ifølge mor, nu vågen og orienteret, kaster op én gang"),
       ("S00.8", "tre blå mærker på venstre kind i forskellige farver og et rift ved øret"),
       ("T30.0", "skoldning på højre underarm, ca. 4 x 6 cm, med blærer"),
       ("S42.0", "brud på højre kraveben, ingen andre læsioner ved undersøgelsen"),
       ("T51.0", "alkoholpåvirket, promille 1,4, fundet af politiet ved et busstoppested")]
STAT = [
    "mor forklarer, at barnet faldt ned fra køjesengen i går aftes",
    "samleveren oplyser, at barnet snublede på trappen, mens mor var på arbejde",
    "forældrene har forskellige forklaringer på, hvornår skaden skete",
    "mor siger, at hun ikke har set det ske, og at barnet har været hos far i weekenden",
]


def g_er(ctx, band, sub=None):
    ref = ctx.ref
    k = pick(KOMMUNER)
    fam = Family(ref)
    c = fam.child
    hosp = pick(HOSP)
    code, inj = pick(INJ)
    doc = pro_person("lægen")
    nurse = pro_person("sygeplejersken")
    sw = pro_person("hospitalssocialrådgiveren", pick(WORK_MAIL[3:8]))
    vag = pro_person("vagthavende rådgiver", k[1])
    t1 = f"{R.randint(0, 23):02d}.{R.randint(0, 59):02d}"
    if band == "short":
        head = T(f"{hosp.split(',')[0]}, {fmt_date(ref, 0)} kl. {t1}. Pt. ", ctx.nm(c, "full"), ", ", ctx.cpr(c), ".")
    else:
        head = T(f"{hosp} – journalnotat\nKontakt: {fmt_date(ref, 0)} kl. {t1}, stue {R.randint(1, 14)}\n",
                 "Pt.: ", ctx.nm(c, pick(["full", "caps", "rev"])), ", CPR ", ctx.cpr(c), "\n",
                 "Bopæl: ", ctx.ad(fam.mor))
    bodies = []
    who = pick(["mor", "samlever", "far", "mormor"])
    if who == "mor":
        b = T("Bragt ind af mor", ap(ctx, fam.mor, "full"), ", tlf. ", ctx.ph(fam.mor), ", og ",
              alt(ctx, T("hendes samlever ", ctx.nm(fam.partner, pick(["full", "first"]))), "mors samlever"), ".")
    elif who == "samlever":
        b = T("Bragt ind af ", alt(ctx, T("mors samlever, ", ctx.nm(fam.partner, "full")), "mors samlever"),
              ", der oplyser sit nummer som ", ctx.ph(fam.partner, spoken=True), " (noteret). Mor er på vej fra arbejde.")
    elif who == "far":
        b = T("Bragt ind af far", ap(ctx, fam.far, "full"), ", ", ctx.ph(fam.far, foreign=fam.foreign_addr is not None),
              ", der har barnet på samvær denne weekend.")
    else:
        b = T("Bragt ind af mormor", ap(ctx, fam.mormor, "full"), ", ", ctx.ad(fam.mormor), ", tlf. ", ctx.ph(fam.mormor), ".")
    bodies.append(b)
    bodies.append(T(f"Objektivt: {inj}. ICD-10: {code}."))
    bodies.append(T("Forældrenes forklaring: ", pick(STAT), ". ", ctx.nm(c, "first", cap=True), " siger selv, at ",
                    pick(["det var et uheld", ("han" if c.sex == "M" else "hun") + " ikke vil tale om det",
                          ("han" if c.sex == "M" else "hun") + " ikke kan huske det", "det skete hjemme hos far"]), "."))
    if not ctx.clean and chance(0.5):
        bodies.append(T("Mor opgiver fødselsdatoen som ", ctx.dob(c, spoken=True, style=11), " og kan ikke huske CPR-nummeret."))
    bodies.append(T(f"Behandling: {pick(MEDS)}. Observeres på børneafsnittet til i morgen; ",
                    alt(ctx, T("læge ", ctx.nm(doc, pick(["full", "last"]))), "vagtlægen"), " vurderer, at skadesmønstret giver anledning til bekymring."))
    bodies.append(T(lab(ctx, "Socialrådgiver", sw, "full", "Hospitalssocialrådgiveren"), f" har kl. {R.randint(8, 20)}.{R.randint(10, 59)} ringet til Børn og Unge, {k[0]}, ",
                    "og talt med vagthavende rådgiver", alt(ctx, T(" ", ctx.nm(vag, pick(["full", "first"])), " (direkte ", ctx.ph(vag), ")"), ""), ". ",
                    "Skriftlig underretning sendt efter Barnets lov § 133; kvittering modtaget", alt(ctx, T(" fra ", ctx.em(vag)), " samme dag"), "."))
    if len(fam.kids) > 1:
        sib = [x for x in fam.kids if x is not c][0]
        bodies.append(T(ctx.nm(c, "first", cap=True, gen=True), " søskende ", ctx.nm(sib, "first"), " (", ctx.dob(sib), ") er hos ",
                        alt(ctx, T("mormor ", ctx.nm(fam.mormor, "full"), ", ", ctx.ad(fam.mormor, style="short")), "mormor"),
                        ", som kommunen har talt med."))
    if chance(0.5):
        bodies.append(T("Mor ønsker kopi af notatet sendt til ", ctx.em(fam.mor, spoken=chance(0.5)), "."))
    if chance(0.4):
        bodies.insert(R.randint(1, len(bodies)), lookalike(ctx))
    foot = T("/", ctx.sig(nurse), alt(ctx, T(", sygeplejerske ", ctx.nm(nurse, "full")), ", sygeplejerske")) if chance(0.5) else T("/", ctx.sig(doc))
    return [head], bodies, [foot], "\n", "skadestue-notat"


# ----------------------------------------------------------------------------------------
# Genre 6: digital forms and messages
# ----------------------------------------------------------------------------------------
def g_digital(ctx, band, sub=None):
    ref = ctx.ref
    k = pick(KOMMUNER)
    fam = Family(ref)
    c = fam.child
    cw = pro_person("sagsbehandleren", k[1])
    sub = sub or pick(["portal", "portal", "digitalpost", "eboks", "kvittering", "notifikation", "ansoegning"])
    ts = f"{ref.isoformat()} {R.randint(7, 22):02d}:{R.randint(0, 59):02d}"
    bodies = []
    if sub == "portal":
        und = Person("underretteren", pick(["M", "F"]), draw_origin(), rdate(1955, 2000))
        pub = chance(0.5)
        head = T(f"Underretning modtaget via Underretningsportalen\nModtaget: {ts}\nModtagende kommune: {k[0]}")
        bodies.append(T("Barnets fornavn: ", ctx.nm(c, "first"), "\nBarnets efternavn: ",
                        alt(ctx, T(("name", c.last)), "[udfyldt]"), "\nBarnets CPR-nummer: ", ctx.cpr(c)))
        bodies.append(T("Barnets fødselsdato: ", ctx.dob(c, style=pick([0, 2, 5]), label=True), "\nBarnets adresse: ", ctx.ad(fam.mor, style=pick(["std", "sloppy"]))))
        bodies.append(T("Underretters navn: ", alt(ctx, ctx.nm(und, pick(["full", "lower", "caps"])), "[udfyldt]"), "\nUnderretters telefon: ", ctx.ph(und),
                        "\nUnderretters e-mail: ", ctx.em(und)))
        bodies.append(T(f"Relation til barnet: {pick(['Lærer', 'Pædagog', 'Sundhedsplejerske'] if pub else ['Nabo', 'Familie', 'Forælder til en klassekammerat'])}\n",
                        f"Offentligt ansat: {'Ja' if pub else 'Nej'}\nØnsker at være anonym: Nej"))
        bodies.append(T("Beskrivelse: ", pick(["Jeg hører råb og gråd fra lejligheden flere aftener om ugen.",
                                               "Barnet kommer i skole uden madpakke og fortæller, at mor sover hele dagen.",
                                               "Barnet har fortalt, at mors kæreste slår, når han er sur."]),
                        " ", alt(ctx, T("Mor hedder vist ", ctx.nm(fam.mor, pick(["first", "full", "miss"])), "."), "Mor er alene med børnene.")))
        foot = T("Kvittering sendt automatisk til underretter.")
    elif sub == "digitalpost":
        head = T("Fra: ", lab(ctx, "", fam.mor, "full", "Mor"), " <", ctx.em(fam.mor), ">\nTil: Børn og Unge, ", k[0],
                 " (sikker post)\n", f"Emne: {pick(['Vedr. mødet i næste uge', 'Samvær i weekenden', 'Klage over afgørelse', 'Ny adresse'])}\n",
                 f"Dato: {fmt_date(ref, 1)} {R.randint(7, 23):02d}:{R.randint(0, 59):02d}")
        bodies.append(T("Hej", alt(ctx, T(" ", ctx.nm(cw, "first")), ""), "\n",
                        pick(["Jeg kan ikke komme på tirsdag, fordi jeg har fået arbejde.",
                              "Jeg er ikke enig i det, der står i referatet.",
                              "Vi er flyttet, og jeg vil gerne have, at breve kommer til den nye adresse."])))
        bodies.append(T("Den nye adresse er ", ctx.ad(fam.mor), ", og mit nye nummer er ", ctx.ph(fam.mor), "."))
        bodies.append(T(ctx.nm(c, "first", cap=True), " vil gerne se sin far", ap(ctx, fam.far, pick(["first", "full"])),
                        ", men han svarer ikke på ", ctx.ph(fam.far, foreign=fam.foreign_addr is not None), "."))
        foot = T("Mvh ", lab(ctx, "", fam.mor, pick(["first", "nick", "full"]), "Mor"))
    elif sub == "eboks":
        head = T(f"e-Boks – ny post\nAfsender: {k[0]}, Børn og Unge\nModtager: ", lab(ctx, "", fam.mor, "full", "Mor"), ", ", ctx.cpr(fam.mor),
                 f"\nEmne: {pick(['Indkaldelse til netværksmøde', 'Indkaldelse til møde om barnets plan', 'Indkaldelse til opfølgningsmøde'])}\n",
                 f"Dato: {fmt_date(ref, 0)}\nDokument: Brev_{casenr()}.pdf")
        bodies.append(T("Kære ", lab(ctx, "", fam.mor, "first", "forælder"), "\nDu indkaldes til møde om ", ctx.nm(c, "first"),
                        f" den {fmt_date(future(ctx, 5, 20), 1)} kl. {R.randint(8, 14)}.00 på rådhuset."))
        bodies.append(T("Brevet er også sendt til far", ap(ctx, fam.far, "full"), ", ", ctx.ad(fam.far, foreign=fam.foreign_addr), "."))
        bodies.append(T("Du kan kontakte mig på ", ctx.ph(cw), " eller ", ctx.em(cw), "."))
        foot = T("Venlig hilsen\n", lab(ctx, "", cw, "full", "Sagsbehandleren"), ", rådgiver")
    elif sub == "kvittering":
        und = pro_person("underretteren")
        head = T(f"KVITTERING – automatisk genereret\nReferencenummer: UP-{ref.year}-{R.randint(100000, 999999)}\nModtaget: {ts}")
        bodies.append(T("Indsendt af: ", alt(ctx, ctx.nm(und, "full"), "[fagperson]"), ", ", ctx.em(und)))
        bodies.append(T("Vedrørende: ", ctx.nm(c, pick(["full", "caps"])), ", ", ctx.dob(c)))
        bodies.append(T(f"{k[0]} har modtaget din underretning. Du får inden for seks hverdage besked om, ",
                        "hvorvidt underretningen har givet anledning til handling, jf. Barnets lov § 133."))
        bodies.append(T("Kopi af din indberetning: barnet bor hos mor", alt(ctx, T(" ", ctx.nm(fam.mor, "full")), ""), " på ", ctx.ad(fam.mor),
                        ". Far", alt(ctx, T(" (", ctx.nm(fam.far, "first"), ")"), ""), " kan kontaktes på ", ctx.ph(fam.far), "."))
        foot = T("Denne kvittering kan ikke besvares.")
    elif sub == "notifikation":
        lead = pro_person("teamleder", k[1])
        head = T(f"[Systemnotifikation {ts}] Frist nærmer sig")
        bodies.append(T("Opgave: Børnefaglig undersøgelse (§ 20) for ", ctx.nm(c, pick(["full", "rev"])), " (", ctx.cpr(c), ")"))
        bodies.append(T(f"Frist: {fmt_date(future(ctx, 1, 14), 2)} (fire måneder fra {fmt_date(past(ctx, 100, 120), 2)})"))
        bodies.append(T("Tildelt: ", lab(ctx, "", cw, "full", "sagsbehandler"), " <", ctx.em(cw), ">\nOprettet af: ", ctx.sig(lead)))
        bodies.append(T("Seneste hændelse: telefonnotat med mor (", ctx.ph(fam.mor), "), adresse ændret til ", ctx.ad(fam.mor, style="short"), "."))
        hist = [past(ctx, 1, 100) for _ in range(3)]
        hist.sort()
        bodies.append(T("Historik:\n", fmt_date(hist[0], 2), " opgave oprettet (", ctx.sig(lead), ")\n",
                        fmt_date(hist[1], 2), " samtale med barnet registreret (", ctx.sig(cw), ")\n",
                        fmt_date(hist[2], 2), " mail fra far", alt(ctx, T(", ", ctx.nm(fam.far, "full"), " <", ctx.em(fam.far), ">"), ""), " journaliseret"))
        foot = T("Denne besked er sendt automatisk fra sagssystemet.")
    else:
        head = T(f"Ansøgning om dækning af merudgifter (Barnets lov) – indsendt {ts}")
        bodies.append(T("Ansøger: ", lab(ctx, "", fam.mor, "full", "Mor"), "\nCPR: ", ctx.cpr(fam.mor), "\nAdresse: ", ctx.ad(fam.mor, style="two")))
        bodies.append(T("Telefon: ", ctx.ph(fam.mor), "\nE-mail: ", ctx.em(fam.mor)))
        bodies.append(T("Barnets navn: ", ctx.nm(c, "full"), "\nBarnets fødselsdato: ", ctx.dob(c, style=0, label=True)))
        bodies.append(T(f"Beløb: {R.randint(1, 9)}.{R.randint(100, 999)} kr.\nBegrundelse: {pick(['Transport til behandling', 'Særlig kost', 'Hjælpemidler'])}"))
        foot = T("Samtykke til indhentning af oplysninger: Ja")
    # extra blocks that long forms and message threads carry
    sib = [x for x in fam.kids if x is not c]
    extra = T("Øvrige personer i husstanden: ",
              alt(ctx, T("mor ", ctx.nm(fam.mor, pick(["full", "caps"])), " (", ctx.born(fam.mor), ", tlf. ", ctx.ph(fam.mor), ")"), "mor"),
              ", ", alt(ctx, T("samlever ", ctx.nm(fam.partner, "full")), "mors samlever"),
              [T(", søskende ", ctx.nm(x, "first"), " (", ctx.dob(x), ")") for x in sib], ". Far",
              ap(ctx, fam.far, pick(["full", "first"])), alt(ctx, ",", ""), " bor på ", ctx.ad(fam.far, foreign=fam.foreign_addr),
              " og har samvær hver anden weekend.")
    quote = T(f"----- Tidligere besked, {fmt_date(past(ctx, 3, 30), 1)} -----\n",
              "Fra: ", lab(ctx, "", cw, "full", "Sagsbehandleren"), " <", ctx.em(cw), ">\n",
              pick(["Tak for din besked. Jeg har brug for at tale med dig om det, der skete i weekenden, inden vi holder møde.",
                    "Jeg bekræfter hermed mødet. Du er velkommen til at tage en bisidder med, jf. Barnets lov § 6.",
                    "Vi har modtaget en underretning og vil gerne tale med dig og med barnet så hurtigt som muligt."]),
              " Du kan ringe på ", ctx.ph(cw), " mandag til torsdag kl. 9-15.")
    story = T("Uddybning: ", pick(["Det er tredje gang på en måned, at jeg har set barnet alene ude sent om aftenen i mørke og regn.",
                                   "Barnet har fortalt en voksen i klubben, at der ikke er mad derhjemme, og at mor græder meget.",
                                   "Jeg er bekymret, fordi der har været politi på adressen, og fordi barnet virker bange for at gå hjem."]),
              " ", ctx.nm(c, "first", cap=True), " går i ", f"{R.randint(0, 9)}. klasse", " og har ", pick(["meget fravær", "svært ved at koncentrere sig", "få venner"]),
              ". ", pick(["Skolen er orienteret.", "Jeg har ikke talt med forældrene.", "Jeg har talt med mor, som blev vred."]))
    reply = T(f"----- Svar fra borger, {fmt_date(past(ctx, 1, 20), 1)} -----\n",
              pick(["Jeg forstår godt, at I er bekymrede, men jeg synes ikke, at I lytter til mig. ",
                    "Tak for mødet. Jeg vil gerne have, at det kommer med i referatet, at jeg er uenig i beskrivelsen af hjemmet. ",
                    "Jeg har talt med min advokat, og vi ønsker aktindsigt i hele sagen. "]),
              ctx.nm(c, "first", cap=True), " har det bedre nu, og ", alt(ctx, T(ctx.nm(fam.mormor, "first"), " (mormor)"), "mormor"),
              " kan bekræfte det. Hun kan ringes op på ", ctx.ph(fam.mormor), ".")
    rights = T("Du har ret til at tage en bisidder med til mødet, jf. Barnets lov § 6, og du kan få aktindsigt efter forvaltningsloven. ",
               "Hvis du er forhindret, bedes du give besked hurtigst muligt. ", pubnum(), ".")
    more = T("Uddybende begrundelse: ", ctx.nm(c, "first", cap=True),
             " skal to gange om ugen til behandling på hospitalet, ca. 140 km pr. tur, og har brug for særlig kost efter aftale med diætisten. ",
             "Vi har haft udgifter til kørsel, medicin og tøj, som ikke dækkes af andre ordninger. Vedlagt: lægeerklæring, kørselslog og kvitteringer for de seneste tre måneder.")
    if sub in ("digitalpost", "eboks"):
        adds = [quote, extra, reply] + ([rights] if sub == "eboks" else [])
    elif sub in ("portal", "kvittering"):
        adds = [story, extra]
    elif sub == "ansoegning":
        adds = [more, extra, story]
    else:
        adds = [extra, story, reply]
    if band == "long":
        bodies.extend(adds)
    elif chance(0.4):
        bodies.append(pick(adds))
    if sub in ("portal", "notifikation", "ansoegning") and chance(0.4):
        bodies.append(lookalike(ctx))
    return [head], bodies, [foot], "\n", sub


# ----------------------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------------------
GENRES = [("sparring", g_sparring), ("tilsyn", g_tilsyn), ("plejefamilie", g_pleje),
          ("ret-og-ankestyrelse", g_court), ("hospital", g_er), ("digital", g_digital)]
BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}
SPAN_KINDS = ["name", "phone", "email", "address", "dob", "cpr", "institution"]


def nwords(pieces):
    return len("".join(t for _, t in pieces).split())


def render(blocks, sep):
    pieces = []
    for i, b in enumerate(blocks):
        if i:
            pieces.append((None, sep))
        pieces.extend(b)
    text, spans, pubs = "", [], []
    for kind, t in pieces:
        if not t:
            continue
        a = len(text)
        text += t
        if kind in SPAN_KINDS:
            spans.append({"kind": kind, "text": t, "start": a, "end": len(text)})
        elif kind == "pub":
            pubs.append((a, len(text)))
    return text, spans, pubs


def assemble(gen, ctx, band, fsub=None):
    lo, hi = BANDS[band]
    heads, bodies, foots, sep, sub = gen(ctx, band, fsub)
    if ctx.clean:
        # clean texts carry extra look-alikes (public numbers, CVR/EAN, ICD-10, places, laws)
        for _ in range(1 if band == "short" else 2):
            bodies.insert(R.randint(0, len(bodies)), lookalike(ctx))
    total = sum(nwords(b) for b in heads + foots)
    chosen = []
    for b in bodies:
        if total >= lo and (band != "long" or chance(0.5)):
            break
        if band != "long" and chance(0.2):
            continue
        w = nwords(b)
        if total + w <= hi:
            chosen.append(b)
            total += w
    if not (lo <= total <= hi):
        return None
    text, spans, pubs = render(heads + chosen + foots, sep)
    return text, spans, pubs, sub


# ----------------------------------------------------------------------------------------
# Checks
# ----------------------------------------------------------------------------------------
ALL_NAMES = []
for _o in ORIGINS.values():
    for _lst in _o:
        for _n in _lst:
            if _n not in ALL_NAMES:
                ALL_NAMES.append(_n)
for _n in list(NICKNAMES.values()):
    if _n not in ALL_NAMES:
        ALL_NAMES.append(_n)
_forms = []
for _n in ALL_NAMES:
    for _f in (_n, _n.upper()):
        if _f not in _forms:
            _forms.append(_f)
_forms.sort(key=lambda x: (-len(x), x))
NAME_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in _forms) + r")(?!\w)")
PHONE_RE = re.compile(r"(?<![\d+])(?:(?:\+45|0045)\s?)?(?:\d{8}|\d{2}(?: \d{2}){3}|\d{2}(?:\.\d{2}){3}|"
                      r"\d{2}(?:-\d{2}){3}|\d{4} \d{4})(?!\d)")
CPR_RE = re.compile(r"(?<!\d)(?:\d{6}[- ]?\d{4}|\d{2}\.\d{2}\.\d{2}-\d{4}|\d{2} \d{2} \d{2} \d{4}|"
                    r"\d{2}-\d{2}-\d{2}-\d{4})(?!\d)")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in STREETS) + r")\s+(?:nr\.\s*)?\d", re.I)
BORN_RE = re.compile(r"(?<!\w)(?:født|f\.|fødselsdato|fødselsdag)(?::)?\s*(?:den\s+|d\.\s*)?(?=\d)", re.I)
WHITELIST_NUMBERS = [n for _, n in PUBLIC_NUMBERS] + ["112", "114", "1813", "116 111"]


def inside(a, b, spans, kinds=None):
    for s in spans:
        if s["start"] <= a and b <= s["end"] and (kinds is None or s["kind"] in kinds):
            return True
    return False


def check_text(text, spans, pubs, allowed, band):
    errs = []
    last = -1
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            errs.append("offset")
        if s["text"] != s["text"].strip() or not s["text"]:
            errs.append("whitespace")
        if s["start"] < last:
            errs.append("overlap/order")
        last = s["end"]
        if s["kind"] not in allowed:
            errs.append("kind " + s["kind"])
    lo, hi = BANDS[band]
    if not lo <= len(text.split()) <= hi:
        errs.append("band")
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not inside(m.start(), m.end(), spans):
                errs.append("unplanted copy: " + s["text"])
    for m in NAME_RE.finditer(text):
        if not inside(m.start(), m.end(), spans):
            errs.append("pool name outside span: " + m.group())
    for rx in (PHONE_RE, CPR_RE):
        for m in rx.finditer(text):
            if inside(m.start(), m.end(), spans):
                continue
            if any(a <= m.start() and m.end() <= b for a, b in pubs) or m.group() in WHITELIST_NUMBERS:
                continue
            errs.append("number outside span: " + m.group())
    for m in re.finditer("@", text):
        if not inside(m.start(), m.end(), spans, ["email"]):
            errs.append("@ outside email")
    for m in STREET_RE.finditer(text):
        if not inside(m.start(), m.end(), spans, ["address"]):
            errs.append("street+number outside address: " + m.group())
    for m in BORN_RE.finditer(text):
        if not inside(m.end(), m.end() + 1, spans, ["dob"]):
            errs.append("born+digits unplanted: " + text[m.start():m.end() + 6])
    return errs


# ----------------------------------------------------------------------------------------
# Institutions
# ----------------------------------------------------------------------------------------
INST_TPL = [
    (["opholdssted", "friskole", "privatskole", "daginstitution"], ["", " har sendt en statusudtalelse om barnets trivsel, som drøftes på det næste netværksmøde i forvaltningen."]),
    (["friskole", "privatskole", "klub"], ["Barnet går i ", " og kommer efter skoletid i ", " to eftermiddage om ugen."]),
    (["opholdssted"], ["Anbringelsen sker på ", ", som har en ledig plads fra næste måned; taksten følger den indgåede aftale."]),
    (["plejefamilieorganisation"], ["Plejefamilien er tilknyttet ", ", der står for supervision, kurser og sparring i hele anbringelsesperioden."]),
    (["efterskole"], ["Den unge starter på ", " efter sommerferien, og kommunen dækker egenbetalingen efter ansøgning."]),
    (["daginstitution"], ["Pædagogerne i ", " har observeret barnet i fire uger og beskriver et roligt og glad barn i mindre grupper."]),
    (["daginstitution", "friskole", "privatskole"], ["Der er aftalt overgangsmøde mellem ", " og ", " inden skolestart i august."]),
    (["opholdssted", "plejefamilieorganisation", "klub"], ["Kontaktpersonen fra ", " deltager i mødet om barnets plan sammen med mor og sagsbehandleren."]),
    (["efterskole", "opholdssted"], ["Efter et halvt år på ", " vurderer kontaktpersonen, at den unge er faldet godt til og har fået venner."]),
    (["klub"], ["Barnet er begyndt i ", " om tirsdagen; det var barnets eget ønske i samtalen med rådgiveren."]),
]


def make_institution_text():
    kinds, tpl = pick(INST_TPL)
    cands = [n for n, kd in INSTITUTIONS if kd in kinds]
    insts = []
    while len(insts) < len(tpl) - 1:
        x = pick(cands)
        if x not in insts:
            insts.append(x)
    pieces = []
    for i, part in enumerate(tpl):
        if i == 0 and part == "":
            pass
        elif part:
            pieces.append((None, part))
        if i < len(insts):
            pieces.append(("institution", insts[i]))
    # capitalise the first character if a template starts with an institution
    text, spans, pubs = render([pieces], "")
    return text, spans, pubs


# ----------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------
SUBS = {
    "ret-og-ankestyrelse": {"short": ["retsbog", "partsliste", "ankestyrelsen"],
                            "medium": ["retsbog", "ankestyrelsen", "retsbog"],
                            "long": ["retsbog", "ankestyrelsen", "retsbog"]},
    "digital": {"short": ["kvittering", "notifikation", "eboks", "portal", "ansoegning", "digitalpost"],
                "medium": ["portal", "digitalpost", "eboks", "ansoegning", "kvittering", "notifikation"],
                "long": ["portal", "digitalpost", "eboks", "ansoegning", "notifikation", "portal"]},
}


def schedule():
    sch = []
    for g in range(len(GENRES)):
        seen = {"short": 0, "medium": 0, "long": 0}
        for j in range(40):
            band = ["short", "medium", "long"][(j + g) % 3]
            subs = SUBS.get(GENRES[g][0])
            sub = subs[band][seen[band] % len(subs[band])] if subs else None
            seen[band] += 1
            sch.append((g, band, sub))
    R.shuffle(sch)
    return sch


def produce(clean, sched, forbidden=None, prefix="p"):
    out = []
    stats_fail = {}
    for i, (g, band, fsub) in enumerate(sched, 1):
        gname, gen = GENRES[g]
        for attempt in range(400):
            ref = rdate(2024, 2025)
            if ref > dt.date(2025, 10, 31):
                continue
            ctx = Ctx(clean, ref)
            res = assemble(gen, ctx, band, fsub)
            if res is None:
                stats_fail["band"] = stats_fail.get("band", 0) + 1
                continue
            text, spans, pubs, sub = res
            allowed = [] if clean else ["name", "phone", "email", "address", "dob", "cpr"]
            errs = check_text(text, spans, pubs, allowed, band)
            if forbidden:
                for f in forbidden:
                    if f in text:
                        errs.append("planted text in clean: " + f)
                        break
            if errs:
                for e in errs:
                    key = e.split(":")[0]
                    stats_fail[key] = stats_fail.get(key, 0) + 1
                if os.environ.get("DEBUG"):
                    print(gname, band, errs[:3], file=sys.stderr)
                continue
            break
        else:
            raise SystemExit(f"could not draw {prefix}{i:03d} ({gname}, {band})")
        out.append({"id": f"{CORPUS}-{prefix}{i:03d}", "text": text, "planted": spans,
                    "_genre": gname, "_sub": sub, "_band": band})
    print(f"{prefix}: redraw reasons {sorted(stats_fail.items())}", file=sys.stderr)
    return out


def produce_inst():
    out = []
    i = 0
    while len(out) < 30:
        text, spans, pubs = make_institution_text()
        n = len(text.split())
        if not 12 <= n <= 40:
            continue
        # the 12-40 word band is checked above; run the other checks without the band check
        errs = [e for e in check_text(text, spans, pubs, ["institution"], "long") if e != "band"]
        if not spans or len(spans) > 2:
            errs.append("institution count")
        if errs:
            continue
        i += 1
        out.append({"id": f"{CORPUS}-i{i:03d}", "text": text, "planted": spans})
    return out


def write_jsonl(path, recs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "planted": r["planted"]}, ensure_ascii=False) + "\n")


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def main():
    sched = schedule()
    planted = produce(False, sched, prefix="p")
    forbidden = []
    for r in planted:
        for s in r["planted"]:
            if s["kind"] in ("phone", "address", "dob", "cpr", "email") and s["text"] not in forbidden:
                forbidden.append(s["text"])
    sched_c = schedule()
    clean = produce(True, sched_c, forbidden=forbidden, prefix="c")
    inst = produce_inst()
    # gapless ids
    for recs, pre, n in ((planted, "p", 240), (clean, "c", 240), (inst, "i", 30)):
        assert [r["id"] for r in recs] == [f"{CORPUS}-{pre}{i:03d}" for i in range(1, n + 1)]
    assert all(not r["planted"] for r in clean)
    write_jsonl(os.path.join(HERE, "planted.jsonl"), planted)
    write_jsonl(os.path.join(HERE, "clean.jsonl"), clean)
    write_jsonl(os.path.join(HERE, "institutions.jsonl"), inst)
    # statistics
    kinds = {}
    for r in planted:
        for s in r["planted"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    total = sum(kinds.values())
    assert 3000 <= total <= 4500, total
    for kd, mn in (("phone", 250), ("address", 250), ("dob", 250), ("cpr", 120), ("email", 120)):
        assert kinds.get(kd, 0) >= mn, (kd, kinds.get(kd))
    assert kinds["name"] == max(kinds.values())
    stats = {"planted_kinds": kinds, "planted_total": total,
             "institution_spans": sum(len(r["planted"]) for r in inst)}
    for name, recs in (("planted", planted), ("clean", clean)):
        tab = {}
        for r in recs:
            key = f"{r['_genre']} / {r['_sub']}"
            tab.setdefault(key, {"short": 0, "medium": 0, "long": 0})
            tab[key][r["_band"]] += 1
        stats[name + "_subformats"] = dict(sorted(tab.items()))
    for p in ("planted.jsonl", "clean.jsonl", "institutions.jsonl"):
        print(p, sha(os.path.join(HERE, p)))
    print(json.dumps(stats, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
