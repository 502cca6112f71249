# -*- coding: utf-8 -*-
"""blind24: held-out corpus generator (planted, clean, institutions). Standard library only.

Run: python3 make.py [--stats]   (writes planted.jsonl, clean.jsonl, institutions.jsonl here)
"""
import datetime as dt
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from pools import (HOSPITALS, CHURCHES, ORIGINS, FAMILY_ORIGINS, PROF_ORIGINS, NICKNAMES, MISSPELL, STREETS, TOWNS,
                   KOMMUNER, PRIVATE_MAIL, FOREIGN_MAIL, FOREIGN_STREETS, POSTAL, GL_POST,
                   COUNTRY_CODE, BAD_INITIALS, ABROAD, PUBLIC_NUMBERS, LANG)

SEED = 2424

M0, M1, M2 = "\uE000", "\uE001", "\uE002"


def S(kind, text):
    assert text == text.strip() and text, (kind, text)
    return M0 + kind + M1 + text + M2


def N(t):
    return S("name", t)


def PH(t):
    return S("phone", t)


def EM(t):
    return S("email", t)


def AD(t):
    return S("address", t)


def DOB(t):
    return S("dob", t)


def CPR(t):
    return S("cpr", t)


def INST(t):
    return S("institution", t)


MARK_RE = re.compile(M0 + "([a-z]+)" + M1 + "(.*?)" + M2, re.S)


def strip(marked):
    return MARK_RE.sub(lambda m: m.group(2), marked)


def parse(marked):
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK_RE.finditer(marked):
        out.append(marked[pos:m.start()])
        cur += m.start() - pos
        t = m.group(2)
        spans.append({"kind": m.group(1), "text": t, "start": cur, "end": cur + len(t)})
        out.append(t)
        cur += len(t)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert M0 not in text and M1 not in text and M2 not in text
    return text, spans


def nwords(marked):
    return len(strip(marked).split())


# ---------------------------------------------------------------- choices
def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


# ---------------------------------------------------------------- dates
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
TEENS = {10: "ti", 11: "elleve", 12: "tolv", 13: "tretten", 14: "fjorten", 15: "femten",
         16: "seksten", 17: "sytten", 18: "atten", 19: "nitten"}
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds",
        8: "firs", 9: "halvfems"}
ORD = ["", "første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende",
       "niende", "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende",
       "syttende", "attende", "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende",
       "fireogtyvende", "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende",
       "niogtyvende", "tredivte", "enogtredivte"]


def numword(n):
    if n < 10:
        return ONES[n] if n != 1 else "en"
    if n < 20:
        return TEENS[n]
    o, t = n % 10, n // 10
    if o == 0:
        return TENS[t]
    return ("en" if o == 1 else ONES[o]) + "og" + TENS[t]


def yearword(y):
    if y >= 2000:
        rest = y - 2000
        return "to tusind" + ("" if rest == 0 else " og " + numword(rest))
    return "nitten hundrede og " + numword(y - 1900)


def rdate(r, d0, d1):
    a, b = d0.toordinal(), d1.toordinal()
    return dt.date.fromordinal(r.randint(a, b))


DATE_STYLES = ["dmy_dot", "dmy_dot_nz", "dmy_dash", "iso", "long", "long", "slash_dash",
               "slash_dash_yy", "slash", "short_dot", "en_long", "en_us", "dmy_dot", "long_nodot"]


def fdate(d, style):
    if style == "dmy_dot":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "dmy_dot_nz":
        return "%d.%d.%04d" % (d.day, d.month, d.year)
    if style == "dmy_dash":
        return "%02d-%02d-%04d" % (d.day, d.month, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "long_nodot":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "slash_dash":
        return "%d/%d-%04d" % (d.day, d.month, d.year)
    if style == "slash_dash_yy":
        return "%02d/%02d-%02d" % (d.day, d.month, d.year % 100)
    if style == "slash":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "short_dot":
        return "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)
    if style == "en_long":
        return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1], d.year)
    if style == "en_us":
        return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == "spoken":
        return "%s %s %s" % (ORD[d.day], MONTHS[d.month - 1], yearword(d.year))
    raise ValueError(style)


def short_meeting(d, r):
    """A non-birth date in a style typical for meetings (never planted)."""
    return fdate(d, r.choice(["dmy_dot", "long", "dmy_dot_nz", "iso", "slash_dash"]))


# ---------------------------------------------------------------- CPR
def cpr_digits(r, born, gender):
    y = born.year
    if 1900 <= y <= 1999:
        d7 = r.choice([0, 1, 2, 3] + ([4, 9] if y >= 1937 else []))
    elif 2000 <= y <= 2036:
        d7 = r.choice([4, 9, 5, 6, 7, 8])
    else:
        raise ValueError(y)
    mid = r.randint(0, 99)
    last = r.choice([1, 3, 5, 7, 9] if gender == "m" else [0, 2, 4, 6, 8])
    return "%02d%02d%02d" % (born.day, born.month, y % 100), "%d%02d%d" % (d7, mid, last)


CPR_STYLES = ["dash", "dash", "dash", "space", "plain", "dots", "spaced", "dashes"]


def fcpr(a, b, style):
    if style == "dash":
        return a + "-" + b
    if style == "space":
        return a + " " + b
    if style == "plain":
        return a + b
    if style == "dots":
        return a[0:2] + "." + a[2:4] + "." + a[4:6] + "-" + b
    if style == "spaced":
        return a[0:2] + " " + a[2:4] + " " + a[4:6] + " " + b
    if style == "dashes":
        return a[0:2] + "-" + a[2:4] + "-" + a[4:6] + "-" + b
    raise ValueError(style)


# ---------------------------------------------------------------- phones
PHONE_STYLES = ["plain", "pairs", "pairs", "pairs", "quad", "dots", "dashes", "p45pairs",
                "p45plain", "p0045", "p45quad", "pairs", "plain", "quad"]


def dk_digits(r, used):
    while True:
        first = r.choice("2345678923456922")
        s = first + "".join(r.choice("0123456789") for _ in range(7))
        if s.endswith("0000") or s in used:
            continue
        used[s] = 1
        return s


def fphone(s, style):
    p = [s[0:2], s[2:4], s[4:6], s[6:8]]
    if style == "plain":
        return s
    if style == "pairs":
        return " ".join(p)
    if style == "quad":
        return s[:4] + " " + s[4:]
    if style == "dots":
        return ".".join(p)
    if style == "dashes":
        return "-".join(p)
    if style == "p45pairs":
        return "+45 " + " ".join(p)
    if style == "p45plain":
        return "+45" + s
    if style == "p0045":
        return "0045 " + s
    if style == "p45quad":
        return "+45 " + s[:4] + " " + s[4:]
    if style == "spoken_pairs":
        return " ".join(numword(int(x)) if x[0] != "0" else "nul " + ONES[int(x[1])] for x in p)
    if style == "spoken_digits":
        return " ".join(ONES[int(c)] for c in s)
    raise ValueError(style)


def foreign_phone(r, origin):
    cc = r.choice(COUNTRY_CODE.get(origin, ["+46"]))
    d = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    if cc == "+48":
        return "+48 %s %s %s" % (r.choice(["512", "601", "693", "788", "504"]), d(3), d(3))
    if cc == "+380":
        return "+380 %s %s %s %s" % (r.choice(["67", "50", "63", "97"]), d(3), d(2), d(2))
    if cc == "+252":
        return "+252 %s %s" % (r.choice(["61", "63", "90"]), d(7))
    if cc == "+291":
        return "+291 7 %s" % d(6)
    if cc == "+66":
        return "+66 %s %s %s" % (r.choice(["81", "89", "62", "95"]), d(3), d(4))
    if cc == "+63":
        return "+63 %s %s %s" % (r.choice(["917", "927", "998", "905"]), d(3), d(4))
    if cc == "+40":
        return "+40 %s %s %s" % (r.choice(["721", "744", "766", "755"]), d(3), d(3))
    if cc == "+299":
        return "+299 %s %s %s" % (r.choice(["52", "55", "58", "48"]), d(2), d(2))
    if cc == "+90":
        return "+90 %s %s %s %s" % (r.choice(["532", "545", "505"]), d(3), d(2), d(2))
    if cc == "+44":
        return "+44 7%s %s" % (d(3), d(6))
    if cc in ("+963", "+961", "+964", "+962"):
        return "%s %s %s %s" % (cc, r.choice(["944", "933", "770", "79"]), d(3), d(3))
    return "+46 70 %s %s %s" % (d(3), d(2), d(2))


# ---------------------------------------------------------------- persons
def fold(s):
    tab = {"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "o", "ä": "a", "ı": "i",
           "ş": "s", "ç": "c", "ğ": "g", "ł": "l", "ń": "n", "ś": "s", "ą": "a", "ę": "e",
           "ó": "o", "ż": "z", "ź": "z", "ć": "c", "ț": "t", "ă": "a", "ş": "s", "î": "i",
           "â": "a", "ž": "z", "č": "c", "đ": "d", "ð": "d", "ú": "u", "í": "i", "á": "a",
           "ễ": "e", "ầ": "a", "ạ": "a", "ả": "a", "ư": "u", "ơ": "o", "ê": "e", "ô": "o",
           "ũ": "u", "ặ": "a", "ề": "e", "ố": "o", "ê": "e", "'": "", " ": "", "-": ""}
    out = []
    for ch in s.lower():
        out.append(tab.get(ch, ch))
    res = "".join(out)
    return "".join(c for c in res if c.isascii() and c.isalnum())


ADULT_DK = ["Mette", "Lene", "Hanne", "Susanne", "Dorthe", "Birgit", "Inge", "Kirsten", "Lone", "Helle", "Tina",
            "Gitte", "Annette", "Jeanette", "Charlotte", "Pernille", "Camilla", "Rikke", "Trine", "Bent", "Jørgen",
            "Poul", "Kim", "Brian", "Dennis", "Kenneth", "René", "Michael", "Steffen", "Henrik", "Lars", "Jens",
            "Morten", "Søren", "Jesper", "Thomas", "Kasper", "Martin", "Anders", "Niels"]

VARIANT_RULES = [("ph", "f"), ("th", "t"), ("ou", "u"), ("y", "i"), ("ck", "k"), ("ee", "i"), ("w", "v"),
                 ("c", "k"), ("sh", "sj"), ("j", "dj"), ("ie", "i"), ("a", "aa"), ("e", "é"), ("o", "u")]


def variant(name):
    if name in MISSPELL:
        return MISSPELL[name]
    low = name[1:]
    for a, b in VARIANT_RULES:
        if a in low:
            return name[0] + low.replace(a, b, 1)
    return name + "h"


class Person:
    def __init__(self, ctx, origin, gender, born, last=None, first=None):
        r = ctx.r
        self.ctx = ctx
        self.origin = origin
        self.gender = gender
        mf, ff, sn = ORIGINS[origin]
        pool = mf if gender == "m" else ff
        if origin == "dk" and born is not None and born.year >= 2004:
            pool = [x for x in pool if x not in ADULT_DK]
        if first is None:
            for _ in range(50):
                first = r.choice(pool)
                if first not in ctx.text_firsts:
                    break
        ctx.text_firsts.append(first)
        self.first = first
        self.last = last or r.choice(sn)
        self.born = born
        self._phone = None
        self._email = None
        self._addr = None
        self._cpr = None

    @property
    def full(self):
        return self.first + " " + self.last

    def phone_digits(self):
        if self._phone is None:
            self._phone = dk_digits(self.ctx.r, self.ctx.used_phones)
        return self._phone

    def phone(self, style=None):
        r = self.ctx.r
        return PH(fphone(self.phone_digits(), style or r.choice(PHONE_STYLES)))

    def phone_raw(self, style=None):
        return fphone(self.phone_digits(), style or self.ctx.r.choice(PHONE_STYLES))

    def email_raw(self):
        if self._email is None:
            r = self.ctx.r
            f, l = fold(self.first.split()[0]), fold(self.last.split()[-1])
            dom = r.choice(FOREIGN_MAIL.get(self.origin, PRIVATE_MAIL) if r.random() < 0.5
                           else PRIVATE_MAIL)
            yy = "%02d" % (self.born.year % 100) if self.born else str(r.randint(1, 99))
            pat = r.choice(["{f}.{l}", "{f}{l}{y}", "{f}_{l}", "{f}.{l}{y}", "{f}{y}",
                            "{fi}{l}", "{f}.{li}", "{f}-{l}", "{l}.{f}", "{f}{l}"])
            self._email = pat.format(f=f, l=l, y=yy, fi=f[:1], li=l[:1]) + "@" + dom
        return self._email

    def email(self):
        return EM(self.email_raw())

    def cpr_parts(self):
        if self._cpr is None:
            self._cpr = cpr_digits(self.ctx.r, self.born, self.gender)
        return self._cpr

    def cpr(self, style=None):
        a, b = self.cpr_parts()
        return CPR(fcpr(a, b, style or self.ctx.r.choice(CPR_STYLES)))

    def dob(self, style=None):
        return DOB(fdate(self.born, style or self.ctx.r.choice(DATE_STYLES)))

    def addr(self, style=None, home=None):
        if self._addr is None:
            self._addr = home or self.ctx.home()
        return AD(self._addr.fmt(self.ctx.r, style))

    # ----- name mentions
    def initials(self, dots=False):
        parts = (self.first.replace("-", " ") + " " + self.last.replace("-", " ")).split()
        letters = [p[0].upper() for p in parts if p[0].isalpha() and p not in ("de", "los")]
        if len(letters) < 2:
            letters = letters + [self.last[1].upper()]
        s = "".join(letters[:3])
        if s in BAD_INITIALS:
            s = s + self.last[1].upper()
        return ".".join(s) + "." if dots else s

    def nm(self, form="full"):
        if form == "full":
            return N(self.full)
        if form == "first":
            return N(self.first)
        if form == "last":
            return N(self.last)
        if form == "lastfirst":
            return N(self.last + ", " + self.first)
        if form == "caps":
            return N(self.full.upper())
        if form == "capslast":
            return N(self.last.upper())
        if form == "capsfirst":
            return N(self.first.upper())
        if form == "lower":
            return N(self.full.lower())
        if form == "lowerfirst":
            return N(self.first.lower())
        if form == "init":
            return N(self.initials())
        if form == "initdot":
            return N(self.initials(dots=True))
        if form == "nick":
            return N(NICKNAMES.get(self.first, self.first))
        if form == "misspell":
            if self.last in MISSPELL:
                return N(self.first + " " + MISSPELL[self.last])
            return N(variant(self.first))
        if form == "firstinit":
            return N(self.first + " " + self.last[0] + ".")
        raise ValueError(form)

    def gen(self, form="first"):
        """Genitive: whole word incl. s; names ending in s/x/z take an apostrophe outside."""
        base = {"first": self.first, "full": self.full, "last": self.last}[form]
        if base[-1] in "sxzSXZ":
            return N(base) + "'"
        return N(base + "s")

    def title(self):
        t = ("fru " if self.gender == "f" else "hr. ")
        return t + N(self.last)


class Home:
    def __init__(self, r, street=None, town=None):
        self.street = street or r.choice(STREETS)
        self.no = str(r.randint(1, 148))
        if r.random() < 0.2:
            self.no += r.choice("ABCDEF")
        self.floor = r.choice([None, None, "st. tv.", "st. th.", "1. tv.", "1. th.", "2. tv.",
                               "2. th.", "3. mf.", "1.", "2. 4", "4. th."])
        self.post, self.town = town or r.choice(TOWNS)

    def fmt(self, r, style=None):
        style = style or r.choice(["full", "full", "full", "street", "twoline", "sloppy",
                                   "full", "nofloor", "sal"])
        s, no = self.street, self.no
        fl = self.floor
        if style == "street":
            return "%s %s%s" % (s, no, (", " + fl) if fl else "")
        if style == "nofloor":
            return "%s %s, %s %s" % (s, no, self.post, self.town)
        if style == "twoline":
            return "%s %s%s\n%s %s" % (s, no, (", " + fl) if fl else "", self.post, self.town)
        if style == "sloppy":
            f2 = (" " + fl.replace(". ", "").replace(".", "")) if fl else ""
            return "%s %s%s %s %s" % (s.lower(), no.lower(), f2, self.post,
                                      self.town.split()[0].lower().replace("aarhus", "århus"))
        if style == "sal":
            return "%s %s, %s. sal, %s %s" % (s, no, r.randint(1, 3), self.post, self.town)
        return "%s %s%s, %s %s" % (s, no, (", " + fl) if fl else "", self.post, self.town)


def foreign_address(r, origin):
    city = r.choice(ABROAD[origin])
    st = r.choice(FOREIGN_STREETS[origin])
    n = r.randint(2, 160)
    if origin == "pol":
        return "%s %d/%d, %s %s" % (st, n, r.randint(1, 40), POSTAL["pol"](r), city), city
    if origin == "ukr":
        return "%s %d, kv. %d, %s, %s" % (st, n, r.randint(1, 90), city, POSTAL["ukr"](r)), city
    if origin == "rom":
        return "%s nr. %d, bl. %s%d, ap. %d, %s" % (st, n, r.choice("ABCDG"), r.randint(1, 9),
                                                   r.randint(1, 60), city), city
    if origin == "thai":
        return "%d/%d %s, %s %s" % (n, r.randint(1, 40), st, city, POSTAL["thai"](r)), city
    if origin == "fil":
        return "%d %s, %s" % (n, st, city), city
    if origin == "greenland":
        return "%s %d, %s %s" % (st, n, GL_POST[city], city), city
    if origin == "arab":
        return "%s %d, %s" % (st, n, city), city
    if origin == "somali":
        return "%s %d, %s" % (st, n, city), city
    if origin == "eri":
        return "%s nr. %d, %s" % (st, n, city), city
    raise ValueError(origin)


class Ctx:
    """Per-corpus random state and per-text helpers."""

    def __init__(self, r):
        self.r = r
        self.used_phones = {}
        self.text_firsts = []

    def home(self):
        return Home(self.r)

    def person(self, origin=None, gender=None, born=None, last=None, first=None, pool="fam"):
        r = self.r
        origin = origin or wchoice(r, FAMILY_ORIGINS if pool == "fam" else PROF_ORIGINS)
        gender = gender or r.choice("mf")
        return Person(self, origin, gender, born, last=last, first=first)

    def prof(self, kommune, gender=None):
        p = self.person(pool="prof", gender=gender,
                        born=rdate(self.r, dt.date(1962, 1, 1), dt.date(1996, 12, 31)))
        dom = kommune[1]
        r = self.r
        f, l = fold(p.first.split()[0]), fold(p.last.split()[-1])
        pat = r.choice(["ini", "ini", "fl", "f.l", "f4"])
        if pat == "ini":
            loc = fold(p.initials()) + (r.choice(["", "", "x"]) if True else "")
            if len(loc) < 3:
                loc = loc + fold(p.last)[1:3]
        elif pat == "fl":
            loc = f + l
        elif pat == "f.l":
            loc = f + "." + l
        else:
            loc = f[:2] + l[:2]
        p._email = loc + "@" + dom
        return p

    def family(self, child_born_range, origin=None, n_sib=None):
        r = self.r
        origin = origin or wchoice(r, FAMILY_ORIGINS)
        home = self.home()
        fam_last = r.choice(ORIGINS[origin][2])
        kids = []
        n = n_sib if n_sib is not None else r.choice([0, 0, 1, 1, 2])
        used_first = []
        for i in range(1 + n):
            while True:
                g = r.choice("mf")
                c = self.person(origin, g, rdate(r, *child_born_range), last=fam_last)
                if c.first not in used_first:
                    break
            used_first.append(c.first)
            c._addr = home
            kids.append(c)
        yk = min(k.born.year for k in kids)
        mb = rdate(r, dt.date(max(1972, yk - 42), 1, 1), dt.date(min(2001, yk - 18), 12, 31))
        fb = rdate(r, dt.date(max(1965, yk - 50), 1, 1), dt.date(min(2000, yk - 19), 12, 31))
        mother = self.person(origin, "f", mb, last=(fam_last if r.random() < 0.5 else None))
        father = self.person(origin if r.random() < 0.85 else None, "m", fb,
                             last=(fam_last if r.random() < 0.7 else None))
        mother._addr = home
        father._addr = self.home() if r.random() < 0.5 else home
        return kids, mother, father, home


# =====================================================================================
# Text context
# =====================================================================================
class TC:
    def __init__(self, ctx, band):
        self.ctx = ctx
        self.r = ctx.r
        self.band = band
        self.kom = self.r.choice(KOMMUNER)
        self.now = rdate(self.r, dt.date(2023, 1, 9), dt.date(2025, 6, 27))
        ctx.text_firsts = []

    def pick(self, *opts):
        return self.r.choice(opts)

    def day(self, back=0, fwd=0):
        return self.now + dt.timedelta(days=self.r.randint(-back, fwd))

    def md(self, back=60, fwd=30):
        return short_meeting(self.day(back, fwd), self.r)

    def kl(self):
        return "%02d.%02d" % (self.r.randint(7, 16), self.r.choice([0, 15, 30, 45]))

    def klc(self):
        return "%02d:%02d" % (self.r.randint(7, 16), self.r.choice([0, 5, 15, 20, 30, 45, 50]))

    def prof(self, gender=None):
        return self.ctx.prof(self.kom, gender)

    def kids_family(self, lo_age, hi_age, **kw):
        y0 = self.now.year
        rng = (self.now - dt.timedelta(days=int(365.25 * hi_age) + 300),
               self.now - dt.timedelta(days=int(365.25 * lo_age)))
        return self.ctx.family(rng, **kw)

    def age(self, p):
        a = self.now.year - p.born.year - ((self.now.month, self.now.day) < (p.born.month, p.born.day))
        return a


def pr(p):
    """pronouns: han/hun, ham/hende, hans/hendes"""
    return ("han", "ham", "hans") if p.gender == "m" else ("hun", "hende", "hendes")


def cap(s):
    return s[:1].upper() + s[1:]


BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}


def assemble(head, body, tail, band, sep="\n\n"):
    lo, hi = BANDS[band] if isinstance(band, str) else band
    parts = list(head)
    cur = sum(nwords(x) for x in head) + sum(nwords(x) for x in tail)
    if cur > hi:
        return None
    for b in body:
        w = nwords(b)
        if cur + w <= hi:
            parts.append(b)
            cur += w
        if cur >= lo and band == "short" and cur >= lo + 10:
            break
    parts.extend(tail)
    if not (lo <= cur <= hi):
        return None
    return sep.join(parts)


# =====================================================================================
# Genre 1: pre-school and day care (planted)
# =====================================================================================
def p_day_obs(c):
    r = c.r
    kids, mor, far, home = c.kids_family(1, 6)
    ch = kids[0]
    han, ham, hans = pr(ch)
    ped, ped2 = c.prof(), c.prof()
    fr1 = c.ctx.person(born=ch.born)
    fr2 = c.ctx.person(born=ch.born)
    inst = c.pick("vuggestuen", "børnehaven", "den integrerede institution")
    head = ["Observation, %s – stue %s\nBarn: %s, født %s\nCPR: %s\nObservatør: %s, pædagog\nDato: %s, kl. %s-%s" % (
        inst, c.pick("Mariehønen", "Blå", "Grøn", "2", "Solsikken", "Frøerne"), ch.nm("full"), ch.dob(),
        ch.cpr(), ped.nm("full"), c.md(), "09.30", "10.15")]
    body = [
        "%s kom ind på stuen sammen med %s og gik straks hen til %s ved legekøkkenet. Overgangen tog omkring fem minutter i dag, hvilket er kortere end i sidste uge." % (
            ch.nm("first"), mor.nm("first"), fr1.nm("first")),
        "I samlingen sad %s på skødet af %s. %s deltog ikke i sangen, men fulgte med med øjnene. Da vi talte om vejret, sagde %s \"regn\" og pegede ud ad vinduet." % (
            ch.nm("first"), ped2.nm("first"), cap(han), han),
        "Ved frokosten spiste %s rugbrød og agurk. %s havde svært ved at blive siddende og gik fra bordet tre gange. %s hentede %s tilbage hver gang uden konflikt." % (
            ch.nm("first"), cap(han), ped2.nm("full"), ham),
        "På legepladsen legede %s med %s og %s i sandkassen. Der opstod en konflikt om en skovl, hvor %s slog ud efter %s. %s hjalp med at sætte ord på, og legen fortsatte." % (
            ch.nm("first"), fr2.nm("full"), fr1.nm("first"), ch.nm("first"), fr2.nm("first"), ped.nm("first")),
        "Ved afhentning kl. 15.40 kom %s. %s løb ikke hen til sin far, men blev ved med at lege. Far fortalte, at familien nu bor på %s, og at %s nye nummer er %s." % (
            far.nm("first"), ch.nm("first"), home.fmt(r, "full") and AD(home.fmt(r)), mor.gen("first"), mor.phone()),
        "Vurdering: Vi ser et nysgerrigt barn, der søger de voksne, men bliver uroligt i overgange. Vi foreslår et opfølgende møde med forældrene og evt. sundhedsplejerske %s (direkte %s)." % (
            c.prof("f").nm("full"), PH(fphone(dk_digits(r, c.ctx.used_phones), r.choice(PHONE_STYLES)))),
    ]
    tail = ["Noteret af %s, %s" % (ped.nm(c.pick("init", "initdot", "first")), c.md(5, 0))]
    return head, body, tail, "\n\n"


def p_day_tras(c):
    r = c.r
    kids, mor, far, home = c.kids_family(2, 5)
    ch = kids[0]
    han, ham, hans = pr(ch)
    ped, tp = c.prof(), c.prof()
    head = ["%s\n\nBarnets navn: %s\nFødselsdato: %s\nCPR-nr.: %s\nAdresse: %s" % (
        c.pick("TRAS – Tidlig Registrering Af Sprogudvikling", "Sprogvurdering 3 år", "TRAS-skema, opfølgning",
               "Sprogvurdering (3-6 år), børnehave"),
        ch.nm(c.pick("full", "lastfirst", "caps")), ch.dob(), ch.cpr(), ch.addr())]
    body = [
        "Forældre: %s (mor), tlf. %s · %s (far), tlf. %s" % (mor.nm("full"), mor.phone(), far.nm("full"), far.phone()),
        "Udfyldt af: %s, pædagog, og %s, talepædagog (PPR)\nDato for udfyldelse: %s" % (ped.nm("full"), tp.nm("full"), c.md()),
        "Samspil: Alderssvarende. %s tager turen og venter på de andre i spil.\nKommunikation: Bruger mest pegning og enkeltord. Sprogforståelse: Forstår korte beskeder i kendte situationer.\nOpmærksomhed: Kan fastholde fokus ca. 3-4 minutter." % ch.nm("first"),
        "Udtale: %s erstatter ofte k med t (\"tage\" for \"kage\"). Sætningsproduktion: 2-3-ordssætninger. Sproglig bevidsthed: Rimer ikke endnu." % ch.nm("first"),
        "Resultat: %s. Hjemmesprog: %s. Mor oplyser, at %s taler mest %s med %s og dansk med %s." % (
            c.pick("fokuseret indsats", "særlig indsats", "generel indsats"), c.pick("dansk", "arabisk og dansk", "polsk", "somali", "ukrainsk", "tyrkisk"),
            han, c.pick("modersmålet", "dansk"), mor.nm("first"), far.nm("first")),
        "Aftale: Ny vurdering om seks måneder. Kontakt til %s på %s eller %s, hvis der er spørgsmål." % (
            tp.nm("first"), tp.phone(), tp.email()),
        "Motorik og leg: %s klatrer sikkert og cykler på trehjulet cykel. I rolleleg med %s og %s indtager %s oftest rollen som baby og siger kun lidt." % (
            ch.nm("first"), c.ctx.person(born=ch.born).nm("first"), c.ctx.person(born=ch.born).nm("first"), han),
        "Forældrenes bemærkninger: %s fortæller, at %s synger mange sange hjemme og kender farverne på begge sprog. %s er bekymret for, om %s bliver drillet." % (
            mor.nm("first"), ch.nm("first"), far.nm("first"), han),
        "Kopi til sundhedsplejerske %s og til familiens adresse, %s." % (c.prof("f").nm("full"), AD(home.fmt(r, "nofloor"))),
    ]
    tail = ["Sendt til forældrene via Aula %s. /%s" % (c.md(3, 0), ped.nm("init"))]
    return head, body, tail, "\n\n"


def p_day_letter(c):
    r = c.r
    kids, mor, far, home = c.kids_family(1, 6)
    ch = kids[0]
    han, ham, hans = pr(ch)
    ped, leader = c.prof(), c.prof()
    head = ["Vedr. %s, født %s\n\nKære %s og %s" % (ch.nm("full"), ch.dob(), mor.nm("first"), far.nm("first"))]
    body = [
        "Vi skriver til jer, fordi vi gerne vil fortælle om det, vi har set hos %s de sidste uger. %s virker træt om morgenen og har flere gange sagt, at %s er sulten, når %s kommer." % (
            ch.nm("first"), cap(han), han, han),
        "Onsdag kom %s uden flyverdragt, selvom det regnede, og torsdag var bleen ikke skiftet siden aftenen før. Vi ved, at I har meget at se til, og vi vil gerne hjælpe." % ch.nm("first"),
        "Vi har også bemærket, at %s bliver meget ked af det, når %s bliver hentet af %s. Vi vil gerne høre, hvordan I oplever det derhjemme." % (
            ch.nm("first"), han, c.pick(mor.nm("first"), far.nm("first"))),
        "Vi vil foreslå et møde %s kl. %s her i institutionen. Hvis tidspunktet ikke passer, kan I ringe til mig på %s eller skrive til %s." % (
            c.md(0, 14), c.kl(), ped.phone(), ped.email()),
        "Vi gør opmærksom på, at vi som ansatte har en skærpet underretningspligt, og at vi vil tale med jer, før vi eventuelt kontakter kommunen. Brevet sendes også som kopi til %s på %s." % (
            far.nm("first"), far.addr()),
    ]
    tail = ["Venlig hilsen\n%s, pædagog\n%s, leder\nTlf. %s" % (ped.nm("full"), leader.nm("full"), leader.phone())]
    return head, body, tail, "\n\n"


def p_day_pickup(c):
    r = c.r
    kids, mor, far, home = c.kids_family(1, 6, n_sib=r.choice([0, 1]))
    ch = kids[0]
    mm = c.ctx.person(mor.origin, "f", rdate(r, dt.date(1950, 1, 1), dt.date(1972, 1, 1)))
    neighbor = c.ctx.person()
    extra = c.ctx.person(gender="f", born=rdate(r, dt.date(1990, 1, 1), dt.date(2004, 1, 1)))
    head = ["AFHENTNINGSLISTE – %s\nFødt: %s\nStue: %s" % (ch.nm(c.pick("caps", "full")), ch.dob(), c.pick("Bien", "Rød", "3", "Troldene"))]
    body = [
        "Må hente:\n- %s (mor) – %s\n- %s (far) – %s" % (mor.nm("full"), mor.phone(), far.nm("full"), far.phone()),
        "- %s (mormor) – %s, bor %s" % (mm.nm("full"), mm.phone(), mm.addr()),
        "- %s (nabo) – %s" % (neighbor.nm("full"), neighbor.phone()),
        "- %s (barnepige, kun tirsdag og torsdag) – %s" % (extra.nm(c.pick("full", "firstinit")), extra.phone()),
        "Må IKKE hente:\n- %s (jf. aftale med forældremyndighedsindehaver af %s)" % (
            c.ctx.person(gender="m").nm("full"), c.md(200, 0)),
        "Ved tvivl ringes til mor først, derefter %s. Ved akut sygdom: %s." % (far.nm("first"), far.phone()),
        "Samvær: %s har %s hver anden weekend fra fredag. Far henter direkte i institutionen og afleverer mandag." % (far.nm("first"), ch.nm("first")),
        "Kodeord ved afhentning af andre end forældre: \"%s\". Personale skal altid se billed-ID." % c.pick("blåbær", "traktor", "regnbue", "pandekage"),
        "Allergi: nødder (EpiPen i køleskabet på stuen). Egen læge: dr. %s, tlf. %s." % (c.prof().nm("last"), PH(fphone(dk_digits(r, c.ctx.used_phones), "pairs"))),
        "Mors arbejde: %s, direkte nummer %s (kan ikke altid tage telefonen mellem kl. 8 og 12)." % (
            c.pick("Plejecentret", "Netto", "Hospitalet", "Rengøringsfirmaet"), PH(fphone(dk_digits(r, c.ctx.used_phones), "quad"))),
        "Fotoaftale: Må fotograferes til Aula, men billeder må ikke deles uden for institutionen.",
    ]
    if len(kids) > 1:
        body.insert(3, "Storebror/storesøster %s (%s) må hente efter kl. 15.00, når der er givet besked." % (
            kids[1].nm("first"), kids[1].dob()))
    tail = ["Opdateret %s af %s" % (c.md(30, 0), c.prof().nm(c.pick("init", "full")))]
    return head, body, tail, "\n"


def p_day_hv(c):
    r = c.r
    kids, mor, far, home = c.kids_family(0.3, 3)
    ch = kids[0]
    han, ham, hans = pr(ch)
    sp, ped, sb = c.prof("f"), c.prof(), c.prof()
    head = ["Referat af møde med sundhedsplejen\nDato: %s kl. %s\nSted: %s\nDeltagere: %s (mor), %s (sundhedsplejerske), %s (pædagog), %s (rådgiver)" % (
        c.md(), c.kl(), c.pick("mødelokale 2 i institutionen", "familiens hjem", "Sundhedshuset"),
        mor.nm("full"), sp.nm("full"), ped.nm("full"), sb.nm("full"))]
    body = [
        "Vedr.: %s, født %s, cpr %s." % (ch.nm("full"), ch.dob(), ch.cpr()),
        "%s fortalte, at %s vejer %s g og følger sin kurve. %s har haft mellemørebetændelse to gange i vinter." % (
            sp.nm("first"), ch.nm("first"), c.pick("9.850", "11.200", "12.400", "13.150"), cap(han)),
        "Mor fortalte, at nætterne er svære. %s vågner fire-fem gange, og %s er mest alene med %s, fordi %s arbejder på skiftehold." % (
            ch.nm("first"), mor.nm("first"), ham, far.nm("first")),
        "%s oplever %s som et glad barn i institutionen, men hun har set blå mærker på overarmen to gange i oktober. Mor forklarede det med, at %s faldt på trappen hos %s." % (
            ped.nm("first"), ch.nm("first"), han, c.ctx.person(mor.origin, "f").nm("full")),
        "Aftaler: %s laver hjemmebesøg på %s om to uger. %s kontakter familien på %s. Mor kan skrive til %s." % (
            sp.nm("first"), AD(home.fmt(r, "full")), sb.nm("first"), mor.phone(), sb.email()),
        "Næste møde %s. Referent: %s." % (c.md(0, 40), sb.nm(c.pick("init", "full"))),
        "Mor nævnte, at hun får støtte af sin søster %s, som bor i nærheden (%s). Søsteren har tidligere passet %s om natten." % (
            c.ctx.person(mor.origin, "f").nm("full"), c.ctx.person().phone(), ch.nm("first")),
        "%s var med på mødet i barnevognen og sov det meste af tiden. Mor ammer ikke længere; %s får modermælkserstatning." % (ch.nm("first"), han),
    ]
    return head, body, [], "\n\n"


def p_day_dagpleje(c):
    r = c.r
    kids, mor, far, home = c.kids_family(0.8, 2.8)
    ch = kids[0]
    han, ham, hans = pr(ch)
    dp, gp = c.prof("f"), c.prof()
    dph = c.ctx.home()
    d = c.now
    head = ["Dagplejelog – %s\nDagplejer: %s, %s, tlf. %s" % (ch.nm("first"), dp.nm("full"), AD(dph.fmt(r)), dp.phone())]
    body = []
    for i in range(10):
        dd = d - dt.timedelta(days=(10 - i) * r.choice([1, 1, 2]))
        body.append(c.pick(
            "%s kl. %s: %s afleveret af %s. Træt, grædende ved afsked." % (fdate(dd, "dmy_dot"), c.kl(), ch.nm("first"), mor.nm("first")),
            "%s kl. %s: %s hentet af %s (stod ikke på listen – ringede til mor på %s, OK)." % (fdate(dd, "dmy_dot"), c.kl(), ch.nm("first"), c.ctx.person().nm("full"), mor.phone()),
            "%s: Legestue i Idrætshallen. %s legede med %s fra %s gruppe." % (fdate(dd, "dmy_dot"), ch.nm("first"), c.ctx.person(born=ch.born).nm("first"), gp.gen("first")),
            "%s kl. %s: Bleskift, rød numse. Besked til %s via Aula." % (fdate(dd, "dmy_dot"), c.kl(), far.nm("first")),
            "%s: Far %s fortalte, at familien skal flytte til %s inden jul." % (fdate(dd, "dmy_dot"), far.nm("full"), AD(c.ctx.home().fmt(r))),
            "%s kl. %s: Sov 1 t 40 min. Spiste godt. Mormor %s ringede fra %s og spurgte til %s." % (fdate(dd, "dmy_dot"), c.kl(), c.ctx.person(mor.origin, "f").nm("first"), c.ctx.person().phone(), ham),
        ))
    body.append("Gæstedagpleje ved sygdom: %s, tlf. %s." % (gp.nm("full"), gp.phone()))
    tail = ["/%s" % dp.nm("init")]
    return head, body, tail, "\n"


# =====================================================================================
# Genre 2: young people's own applications and complaints (planted)
# =====================================================================================
def youth_setup(c):
    r = c.r
    kids, mor, far, home = c.kids_family(15, 17.9, n_sib=r.choice([0, 1]))
    y = kids[0]
    return y, kids, mor, far, home


def p_y_flat(c):
    r = c.r
    y, kids, mor, far, home = youth_setup(c)
    kp, sb, teach = c.prof(), c.prof(), c.prof()
    friend = c.ctx.person(born=y.born)
    lower = r.random() < 0.5
    fn = (lambda p: p.nm("lowerfirst")) if lower else (lambda p: p.nm("first"))
    head = ["%s\n\n%s" % (c.pick("Til kommunen / %s" % sb.nm("full"), "hej %s" % fn(sb), "Ansøgning om efterværn (lejlighed)"),
                          c.pick("Jeg hedder %s og er %d år. jeg er født %s og mit cpr er %s." % (y.nm("full"), c.age(y), y.dob(), y.cpr()),
                                 "mit navn er %s, %s. jeg bliver 18 snart og vil gerne søge om en lejlighed i efterværn" % (y.nm(c.pick("lower", "full")), y.cpr())))]
    body = [
        "jeg bor nu i plejefamilie hos %s og %s på %s men jeg skal flytte når jeg fylder 18 og jeg vil gerne blive i byen pga skolen." % (
            fn(c.ctx.person(gender="f")), fn(c.ctx.person(gender="m")), y.addr(c.pick("street", "sloppy", "full"))),
        "min kontaktperson %s siger jeg er klar til at bo selv, jeg kan godt lave mad og betale regninger. vi har øvet budget hver torsdag" % kp.nm(c.pick("full", "first")),
        "Min lærer %s på %s kan også sige at jeg er mødt hver dag siden sommer. I kan ringe til %s på %s" % (
            teach.nm("full"), c.pick("FGU", "10. klasse", "tiende", "HF"), pr(teach)[1], teach.phone()),
        "der er en lejlighed ledig på %s som min ven %s har fundet, den koster 4.850 kr om måneden med varme" % (
            AD(c.ctx.home().fmt(r, c.pick("street", "full"))), fn(friend)),
        "min mor %s synes også det er en god ide. hun bor i %s nu og vi ses hver anden weekend. hendes nummer er %s" % (
            fn(mor), r.choice(TOWNS)[1], mor.phone()),
        "I kan skrive til mig på %s eller ringe %s, jeg tager den ikke altid hvis det er skjult nummer så skriv sms" % (
            y.email(), y.phone(c.pick("plain", "pairs", "quad"))),
    ]
    tail = [c.pick("mvh %s" % fn(y), "hilsen %s\n%s" % (y.nm("first"), y.phone()), "Venlig hilsen %s" % y.nm("full"))]
    return head, body, tail, "\n\n"


def p_y_pocket(c):
    r = c.r
    y, kids, mor, far, home = youth_setup(c)
    sb, kp = c.prof(), c.prof()
    pm = c.ctx.person(gender="f")
    t = c.now
    head = ["Beskeder kopieret fra SMS-tråd, journaliseret %s af %s\n\nFra %s (%s):" % (
        c.md(2, 0), sb.nm("init"), y.nm(c.pick("full", "first")), y.phone(c.pick("p45pairs", "pairs", "plain")))]
    body = [
        "[%s] hej %s det er %s (%s). kan jeg få flere lommepenge? jeg får kun 450 om måneden og alle andre i klassen får mere" % (
            c.klc(), sb.nm("lowerfirst"), y.nm("lowerfirst"), y.dob(c.pick("slash_dash_yy", "dmy_dot", "short_dot"))),
        "[%s] %s siger det er kommunen der bestemmer. jeg skal bruge penge til bus og til træning, det er 300 for kontingent" % (c.klc(), pm.nm("first")),
        "[%s] Svar fra %s: Hej %s, tak for din besked. Jeg ringer til din plejemor og til dig i morgen. Hvilken sport går du til?" % (
            c.klc(), sb.nm("first"), y.nm("first")),
        "[%s] fodbold i %s med %s og %s. Træneren hedder %s, I kan ringe til ham %s" % (
            c.klc(), c.pick("IF", "Boldklubben", "klubben"), c.ctx.person(born=y.born).nm("lowerfirst"),
            c.ctx.person(born=y.born).nm("first"), c.ctx.person(gender="m").nm("full"), c.ctx.person().phone()),
        "[%s] og jeg fylder %d år d. %s så jeg mener jeg skal have mere ligesom %s fik" % (
            c.klc(), c.age(y) + 1, y.dob("long"), kids[1].nm("first") if len(kids) > 1 else c.ctx.person(born=y.born).nm("first")),
        "[%s] min konto er den samme som før. kan du skrive til min mail %s i stedet, jeg har ikke mere data" % (c.klc(), y.email()),
        "[%s] og mit nye nummer er %s (min telefon laver tal om til ord når jeg dikterer lol)" % (c.klc(), y.phone(c.pick("spoken_pairs", "spoken_digits"))),
        "[%s] Svar fra %s: Jeg har talt med %s (kontaktperson). Vi tager det op på mødet %s." % (c.klc(), sb.nm("first"), kp.nm("full"), c.md(0, 20)),
    ]
    return head, body, [], "\n"


def p_y_complaint(c):
    r = c.r
    y, kids, mor, far, home = youth_setup(c)
    pmor = c.ctx.person(gender="f", born=rdate(r, dt.date(1965, 1, 1), dt.date(1985, 1, 1)))
    pfar = c.ctx.person(gender="m", born=rdate(r, dt.date(1963, 1, 1), dt.date(1985, 1, 1)), last=pmor.last)
    sb, kp, teach = c.prof(), c.prof(), c.prof()
    fr = c.ctx.person(born=y.born)
    head = ["KLAGE over min plejefamilie\n\nfra: %s\nfødt: %s\ntlf: %s\nmail: %s" % (
        y.nm(c.pick("full", "lower", "caps")), y.dob(c.pick("spoken", "dmy_dot", "long", "slash_dash_yy")), y.phone(), y.email())]
    body = [
        "Jeg vil klage over at jeg bor hos %s og %s %s i %s. Jeg har boet der i 2 år og det var godt i starten men nu er det ikke." % (
            pmor.nm("first"), pfar.nm("first"), pmor.nm("last"), r.choice(TOWNS)[1]),
        "%s tager min telefon kl 21 hver aften også i weekenden, og jeg må ikke have %s med hjem fordi hun siger hun er en dårlig indflydelse. det er ikke fair." % (
            pmor.nm("first"), fr.nm(c.pick("first", "lowerfirst"))),
        "sidste lørdag råbte %s af mig og sagde at jeg kunne skride tilbage til min mor. det sagde han foran deres egne børn. jeg har fortalt det til %s som er min kontaktperson." % (
            pfar.nm("first"), kp.nm("full")),
        "Min lærer %s har også set at jeg har været ked af det. Hun sagde jeg skulle skrive til jer selv. man kan ringe til hende på %s." % (
            teach.nm(c.pick("full", "first")), teach.phone()),
        "Jeg vil gerne flytte til min moster %s på %s. Hun har sagt ja og hun har et ekstra værelse. hendes nr er %s" % (
            c.ctx.person(mor.origin, "f").nm("full"), AD(c.ctx.home().fmt(r)), c.ctx.person().phone()),
        "Jeg ved godt at jeg har ret til en bisidder. Jeg vil gerne have %s med, hun er min fodboldtræner." % c.ctx.person(gender="f").nm("full"),
        "Og jeg vil ikke have at %s (sagsbehandler) læser det op for plejefamilien før jeg har talt med en anden." % sb.nm("first"),
    ]
    tail = [c.pick("mvh %s" % y.nm("first"), "%s (%d år)" % (y.nm("first"), c.age(y)))]
    return head, body, tail, "\n\n"


def p_y_form(c):
    r = c.r
    y, kids, mor, far, home = youth_setup(c)
    sb, kp = c.prof(), c.prof()
    what = c.pick("kørekort (B)", "computer til skolen", "briller", "knallertkørekort", "fritidsaktivitet (boksning)",
                  "tandregulering", "lommepenge i sommerferien")
    head = ["ANSØGNINGSSKEMA – ungeydelse / særlig støtte\nSøger: %s\nCPR: %s\nAdresse: %s\nTelefon: %s" % (
        y.nm(c.pick("full", "lastfirst")), y.cpr(), y.addr(), y.phone())]
    body = [
        "Jeg søger om: %s\nBeløb: ca. %s kr." % (what, c.pick("2.400", "6.995", "11.500", "1.850", "750")),
        "Hvorfor: fordi jeg skal bruge det til skolen og for at kunne komme på arbejde hos %s i %s. jeg har fået job 2 dage om ugen" % (
            c.ctx.person().nm("full"), r.choice(TOWNS)[1]),
        "Hvem kan bekræfte: min kontaktperson %s (%s) og min far %s (%s)" % (kp.nm("full"), kp.phone(), far.nm("full"), far.phone()),
        "E-mail: %s\nFødselsdato: %s" % (y.email(), y.dob()),
        "Andre oplysninger: Jeg bor sammen med min lillesøster/lillebror %s og min mor %s. mor er syg og kan ikke betale det." % (
            kids[1].nm("first") if len(kids) > 1 else c.ctx.person(y.origin).nm("first"), mor.nm("first")),
        "Jeg har snakket med %s fra UU om det og hun sagde jeg skulle søge her. hun har nummer %s" % (
            c.prof("f").nm("full"), PH(fphone(dk_digits(r, c.ctx.used_phones), r.choice(PHONE_STYLES)))),
        "Hvis I vil have kvitteringer kan I få dem. jeg har gemt dem i en mappe hos %s fordi der er ro der." % c.ctx.person(gender="f").nm("full"),
        "PS: jeg har prøvet at ringe til %s flere gange men hun svarer ikke, så derfor skriver jeg det her." % sb.nm("first"),
    ]
    tail = ["Underskrift: %s    Dato: %s\nModtaget af: %s" % (y.nm(c.pick("full", "lower")), c.md(10, 0), sb.nm("init"))]
    return head, body, tail, "\n\n"


def p_y_mail(c):
    r = c.r
    y, kids, mor, far, home = youth_setup(c)
    sb, kp = c.prof(), c.prof()
    fr1, fr2 = c.ctx.person(born=y.born), c.ctx.person(born=y.born)
    head = ["Fra: %s <%s>\nTil: %s <%s>\nEmne: %s\nDato: %s %s" % (
        y.nm("full"), y.email(), sb.nm("full"), sb.email(),
        c.pick("vedr mit møde", "hjælp!!", "angående efterværn", "ang. samvær med min far", "klage"), c.md(3, 0), c.klc()),
        "hej %s" % sb.nm(c.pick("first", "lowerfirst"))]
    body = [
        "jeg kan ikke komme til mødet på torsdag fordi jeg har eksamen. kan vi flytte det? %s kan godt komme med hvis det bliver fredag" % kp.nm("first"),
        "jeg har snakket med %s og %s om at jeg vil bo på kollegie efter sommer. %s bor der allerede, %s har værelse på %s" % (
            fr1.nm(c.pick("first", "lowerfirst")), fr2.nm("first"), fr1.nm("first"), pr(fr1)[0], AD(c.ctx.home().fmt(r, "street"))),
        "min far %s har ringet fra et nyt nummer %s og han vil gerne se mig, men jeg ved ikke om jeg vil. må han få min adresse?" % (
            far.nm("first"), far.phone()),
        "btw mit nye nummer er %s, det gamle virker ikke mere. min mail er stadig den samme" % y.phone(),
        "%s sagde i telefonen at hendes mail er %s hvis du vil skrive til hende" % (
            (_q := c.ctx.person(y.origin, "f", born=y.born)).nm("first"), EM(_q.email_raw().replace("@", " snabel-a ").replace(".", " punktum "))),
        "og kan du sende papirerne til %s i stedet for til mor? jeg bor hos %s %s i et stykke tid" % (
            AD(c.ctx.home().fmt(r, c.pick("full", "sloppy"))), c.pick("min kæreste", "min ven", "min kusine"), c.ctx.person(y.origin).nm("first")),
        "%s fra skolen siger at jeg skal huske at søge SU når jeg fylder 18, kan du hjælpe med det? hun har givet mig sit nummer %s hvis du vil ringe" % (
            c.prof("f").nm("full"), PH(fphone(dk_digits(r, c.ctx.used_phones), "pairs"))),
        "og så vil jeg gerne have at %s ikke er med til næste møde. hun snakker altid for mig" % mor.nm(c.pick("first", "lowerfirst")),
    ]
    tail = ["%s\n%s" % (c.pick("hilsen", "mvh", "/"), y.nm(c.pick("first", "lowerfirst", "nick")))]
    return head, body, tail, "\n\n"


# =====================================================================================
# Genre 3: translated and bilingual letters (planted)
# =====================================================================================
TRANS_ORIGINS = ["arab", "somali", "pol", "ukr", "eri", "thai", "fil", "rom", "greenland"]


def trans_setup(c, origin=None):
    r = c.r
    origin = origin or r.choice(TRANS_ORIGINS)
    kids, mor, far, home = c.kids_family(3, 16, origin=origin)
    return origin, kids, mor, far, home


def p_tr_parent(c):
    r = c.r
    origin, kids, mor, far, home = trans_setup(c)
    ch = kids[0]
    writer = c.pick(mor, far)
    tolk = c.prof()
    sb = c.prof()
    fa, city = foreign_address(r, origin)
    wd = c.day(90, 0)
    head = ["OVERSÆTTELSE fra %s til dansk\nOriginalens dato: %s, %s\nOversat af: %s, tolk nr. %d\n" % (
        LANG[origin], fdate(wd, c.pick("dmy_dot", "long", "slash")), city, tolk.nm("full"), r.randint(1000, 9999)),
        "Afsender: %s\n%s\nTlf. %s" % (writer.nm("full"), AD(fa), PH(foreign_phone(r, origin)))]
    body = [
        "Til kommunen i Danmark, %s\n\nJeg, %s, er %s til %s, født %s." % (
            c.kom[0], writer.nm("full"), "mor" if writer is mor else "far", ch.nm("full"), ch.dob()),
        "Jeg skriver, fordi jeg ikke har hørt fra min %s siden %s. %s sagde i telefonen, at %s bor hos en familie nu. Jeg beder om at få at vide, hvor mit barn er." % (
            "søn" if ch.gender == "m" else "datter", c.md(200, 30), c.ctx.person(origin).nm("first"), ch.nm("first")),
        "[Tolkens note: I originalen skrives barnets navn som \"%s\". Jeg har bevaret stavemåden fra barnets pas: %s.]" % (
            ch.nm("misspell"), ch.nm("full")),
        "Min bror %s bor i %s og kan hjælpe med at oversætte. Hans nummer i Danmark er %s." % (
            c.ctx.person(origin, "m", last=writer.last).nm("full"), r.choice(TOWNS)[1], c.ctx.person().phone()),
        "Barnets CPR-nummer, som jeg har fået fra skolen, er %s. Hvis det er forkert, så ret det venligst." % ch.cpr(),
        "Jeg har sendt et brev før til adressen %s, men det kom retur." % ch.addr(),
        "Gud velsigne jer. Jeg kysser mit barn og %s." % (kids[1].nm("first") if len(kids) > 1 else "hele familien"),
        "[Tolkens note: Afsluttende hilsen er en fast religiøs vending. Underskriften er håndskrevet og læselig.]",
    ]
    tail = ["Underskrevet: %s\nOversættelsen attesteres %s. %s, %s" % (writer.nm(c.pick("full", "caps")), c.md(10, 0), tolk.nm("full"), tolk.email())]
    return head, body, tail, "\n\n"


def p_tr_relative(c):
    r = c.r
    origin = r.choice(TRANS_ORIGINS)
    origin, kids, mor, far, home = trans_setup(c, origin)
    ch = kids[0]
    gm = c.ctx.person(origin, "f", rdate(r, dt.date(1948, 1, 1), dt.date(1970, 1, 1)))
    tolk = c.prof()
    fa, city = foreign_address(r, origin)
    head = ["Brev fra %s (mormor), %s – oversat fra %s\n%s\n%s" % (
        gm.nm("full"), city, LANG[origin], AD(fa), gm.email())]
    body = [
        "Kære %s og kære %s" % (ch.nm("first"), c.pick(mor.nm("first"), far.nm("first"))),
        "Her i %s er alt som før. Din morfar %s har været syg, men nu går han igen til markedet. Vi savner jer hver dag." % (
            city, c.ctx.person(origin, "m", last=gm.last).nm("first")),
        "Til din fødselsdag den %s sender jeg en pakke med tøj. Jeg håber, den kommer frem til %s." % (
            ch.dob("long"), ch.addr("full")),
        "Du må ringe til mig på %s om søndagen. Din kusine %s har fået nyt nummer: %s." % (
            PH(foreign_phone(r, origin)), c.ctx.person(origin, "f").nm("first"), PH(foreign_phone(r, origin))),
        "[Tolkens note: Original: \"%s\". Ordet for \"barnebarn\" bruges som kælenavn.]" % c.pick(
            "Kochana wnusiu", "Habibti", "Dragă nepoțică", "Lola misses you anak", "Qaaqaa", "Любий онучку", "Ilaalo"),
        "Sig til din mor, at hun skal sende papirerne fra skolen. Onkel %s kan hente dem i København." % c.ctx.person(origin, "m").nm("full"),
        "Din fætter %s er blevet gift med %s i %s. Festen varede tre dage, og alle spurgte efter dig." % (
            c.ctx.person(origin, "m").nm("first"), c.ctx.person(origin, "f").nm("full"), city),
        "Hvis kommunen vil tale med mig, kan de skrive til min nabo %s, som læser dansk: %s." % (
            (_q := c.ctx.person(origin, "f")).nm("full"), _q.email()),
        "[Tolkens note: Brevet er skrevet med blyant på linjeret papir, to sider. Et fotografi var vedlagt.]",
    ]
    tail = ["Din %s\n\nOversat %s af %s (tolk, %s)." % (gm.nm(c.pick("first", "full")), c.md(20, 0), tolk.nm("full"), tolk.phone())]
    return head, body, tail, "\n\n"


def p_tr_bilingual(c):
    r = c.r
    origin = c.pick("pol", "ukr", "rom", "fil", "greenland")
    origin, kids, mor, far, home = trans_setup(c, origin)
    ch = kids[0]
    tolk = c.prof()
    lines = {
        "pol": [("Szanowni Państwo,", "Kære modtager,"), ("Piszę w sprawie mojego syna/córki.", "Jeg skriver angående min søn/datter."),
                ("Proszę o kontakt.", "Jeg beder om at blive kontaktet.")],
        "ukr": [("Шановні пані та панове,", "Kære damer og herrer,"), ("Я пишу щодо моєї дитини.", "Jeg skriver angående mit barn."),
                ("Прошу зателефонувати мені.", "Jeg beder jer ringe til mig.")],
        "rom": [("Stimate doamne/domnule,", "Kære modtager,"), ("Vă scriu despre copilul meu.", "Jeg skriver om mit barn."),
                ("Vă rog să mă sunați.", "Jeg beder jer ringe til mig.")],
        "fil": [("Magandang araw po,", "Goddag,"), ("Sumusulat po ako tungkol sa aking anak.", "Jeg skriver om mit barn."),
                ("Pakitawagan po ako.", "Ring venligst til mig.")],
        "greenland": [("Inuulluaritsi,", "Goddag,"), ("Meerannut tunngasumik allappunga.", "Jeg skriver angående mit barn."),
                      ("Sianerfigissinnaavarsi.", "I er velkomne til at ringe.")],
    }[origin]
    writer = c.pick(mor, far)
    fa, city = foreign_address(r, origin)
    head = ["Tosproget gengivelse (original | dansk)\nSprog: %s · Tolk: %s" % (LANG[origin], tolk.nm(c.pick("full", "init")))]
    body = ["%s\n→ %s" % (a, b) for a, b in lines[:2]]
    body += [
        "[Navn i original: %s] → %s, født %s i %s" % (writer.nm("caps"), writer.nm("full"), writer.dob(c.pick("dmy_dot", "iso", "en_long")), city),
        "Barnets navn: %s (%s), CPR %s, bor hos %s på %s" % (ch.nm("full"), ch.dob(), ch.cpr(), c.pick("plejefamilie", "sin far", "sin mor"), ch.addr()),
        "Min nuværende adresse er %s, og mit telefonnummer er %s. E-mail: %s" % (AD(fa), PH(foreign_phone(r, origin)), writer.email()),
        "%s\n→ %s" % lines[2],
        "[Tolkens note: Afsenderens søster %s var til stede ved oversættelsen over telefon (%s) og bekræftede datoerne.]" % (
            c.ctx.person(origin, "f", last=writer.last).nm("full"), PH(foreign_phone(r, origin))),
        "[Original:] %s %s\n→ Min mand %s arbejder i %s og kommer hjem hver tredje måned." % (
            c.pick("Mój mąż", "Мій чоловік", "Soțul meu", "Ang asawa ko", "Uiga"), (far if writer is mor else mor).nm("first"),
            (far if writer is mor else mor).nm("full"), c.pick("Norge", "Tyskland", "Holland", "Sverige")),
        "Lærer %s (%s) har lovet at sende karakterbladet til mig, men jeg har ikke fået det endnu." % ((_q := c.prof()).nm("full"), _q.email()),
        "[Tolkens note: Datoen i originalen er skrevet %s; gengivet uændret.]" % c.pick("med romertal for måneden", "som dag/måned/år", "med kyrilliske forkortelser"),
    ]
    tail = ["Gengivet %s. %s" % (c.md(5, 0), tolk.nm("full"))]
    return head, body, tail, "\n"


def p_tr_phone(c):
    r = c.r
    origin, kids, mor, far, home = trans_setup(c)
    ch = kids[0]
    tolk, sb = c.prof(), c.prof()
    fa, city = foreign_address(r, origin)
    caller = c.ctx.person(origin, "m", rdate(r, dt.date(1960, 1, 1), dt.date(1990, 1, 1)), last=far.last)
    head = ["Journalnotat – telefonsamtale med tolk\n%s kl. %s · Sagsbehandler: %s · Tolk: %s (%s, via telefon)" % (
        c.md(20, 0), c.kl(), sb.nm("full"), tolk.nm("full"), LANG[origin])]
    body = [
        "%s, som oplyser at være farbror til %s, ringede fra %s på %s." % (caller.nm("full"), ch.nm("full"), city, PH(foreign_phone(r, origin))),
        "Han ville vide, om %s stadig bor på %s, og om familien kan sende penge til barnet. Jeg oplyste, at vi ikke kan udlevere oplysninger uden samtykke fra forældremyndighedsindehaveren." % (
            ch.nm("first"), ch.addr()),
        "Han gav følgende oplysninger: barnets far, %s, født %s, opholder sig i %s. Faren har ifølge opkalderen ikke fået brevene fra kommunen." % (
            far.nm("full"), far.dob(), city),
        "Opkalderen bad om, at brevene fremover sendes til %s. Han oplyste også e-mail: %s." % (AD(fa), caller.email()),
        "Tolken bemærkede, at opkalderen brugte dialektale vendinger, og at navnet \"%s\" kan staves på flere måder på dansk." % caller.nm("first"),
        "Han læste sin nevøs danske nummer op for tolken: %s. Nevøen, %s, kan træffes efter kl. 16." % (
            (_q := c.ctx.person(origin, "m", last=caller.last)).phone(c.pick("spoken_pairs", "spoken_digits")), _q.nm("full")),
        "Aftalt at %s ringer tilbage efter at have talt med mor, %s (tlf. %s)." % (sb.nm("first"), mor.nm("full"), mor.phone()),
        "Samtalen varede ca. 25 minutter. Forbindelsen blev afbrudt to gange; %s ringede op igen fra et andet nummer, %s." % (
            caller.nm("first"), PH(foreign_phone(r, origin))),
        "Tolken gjorde opmærksom på, at hun kender familien %s fra lokalsamfundet og tilbød at blive udskiftet. Det blev ikke vurderet nødvendigt." % caller.nm("last"),
    ]
    tail = ["/%s" % sb.nm("init")]
    return head, body, tail, "\n\n"


# =====================================================================================
# Genre 4: evaluations of measures and follow-up (planted)
# =====================================================================================
def p_ev_placement(c):
    r = c.r
    kids, mor, far, home = c.kids_family(6, 17)
    ch = kids[0]
    han, ham, hans = pr(ch)
    pmor = c.ctx.person(gender="f", born=rdate(r, dt.date(1965, 1, 1), dt.date(1988, 1, 1)))
    pfar = c.ctx.person(gender="m", born=rdate(r, dt.date(1962, 1, 1), dt.date(1988, 1, 1)))
    sb, kons, teach = c.prof(), c.prof(), c.prof()
    ph = c.ctx.home()
    head = ["Opfølgning på anbringelse (Barnets lov § %s)\nBarn: %s, cpr %s (%s)\nAnbragt hos: %s og %s, %s\nDato for opfølgning: %s" % (
        c.pick("46", "47"), ch.nm("full"), ch.cpr(), ch.dob(c.pick("long", "en_long", "en_us", "dmy_dot")), pmor.nm("full"), pfar.nm("full"), AD(ph.fmt(r)), c.md())]
    body = [
        "Deltagere: %s (mor), %s (far), plejeforældrene, %s (familieplejekonsulent), %s (lærer) og undertegnede %s." % (
            mor.nm("full"), far.nm("full"), kons.nm("full"), teach.nm("full"), sb.nm("full")),
        "Skalering (0-10, hvor 10 er \"det går rigtig godt\"): %s: %d · %s: %d · %s: %d · %s: %d." % (
            ch.nm("first"), r.randint(4, 9), pmor.nm("first"), r.randint(5, 9), mor.nm("first"), r.randint(2, 8), kons.nm("first"), r.randint(5, 8)),
        "%s sagde: \"Jeg kan godt lide at bo hos %s, men jeg savner %s, når det er weekend.\"" % (
            ch.nm("first"), pmor.nm("first"), c.pick("min mor", "min far", "min lillebror")),
        "%s oplyser, at %s har haft et fravær på %d %% i skoleåret, ned fra %d %% sidste år. %s har fået en ven, %s, som %s ses med efter skole." % (
            teach.nm("first"), ch.nm("first"), r.randint(2, 9), r.randint(12, 30), cap(han), c.ctx.person(born=ch.born).nm("full"), han),
        "Samvær: Mor ser %s hver anden lørdag hos %s på %s. Far har ikke mødt op til de sidste to samvær." % (
            ch.nm("first"), c.ctx.person(mor.origin, "f").nm("full"), AD(c.ctx.home().fmt(r))),
        "Vurdering: Anbringelsen fortsætter uændret. Barnets plan revideres. Næste opfølgning om seks måneder. Plejemor kan kontaktes på %s, mor på %s." % (
            pmor.phone(), mor.phone()),
        "Referat sendt til %s, %s og %s." % (mor.email(), pmor.email(), kons.email()),
    ]
    tail = ["%s, myndighedsrådgiver" % sb.nm("full")]
    return head, body, tail, "\n\n"


def p_ev_kp(c):
    r = c.r
    kids, mor, far, home = c.kids_family(12, 17)
    ch = kids[0]
    han, ham, hans = pr(ch)
    kp, sb = c.prof(), c.prof()
    head = ["Statusrapport – kontaktperson (§ 32)\n\nUng: %s (%s)\nKontaktperson: %s, tlf. %s\nPeriode: %s til %s" % (
        ch.nm("full"), ch.dob(), kp.nm("full"), kp.phone(), c.md(200, 150), c.md(10, 0))]
    body = [
        "| Mål | Status | Score 1-5 |\n|---|---|---|\n| Komme i skole hver dag | delvist nået | %d |\n| Have en fritidsaktivitet | nået | %d |\n| Mindre konflikt med %s | ikke nået | %d |" % (
            r.randint(2, 4), r.randint(3, 5), mor.nm("first"), r.randint(1, 3)),
        "Vi har mødtes %d gange, oftest ved %s. %s kommer til tiden, men vil helst ikke tale om hjemmet." % (
            r.randint(14, 30), c.pick("Banegårdspladsen", "biblioteket", "McDonald's ved motorvejen", "fitnesscentret"), ch.nm("first")),
        "Citat fra %s: \"%s er den eneste voksne, der ikke bliver sur, når jeg har pjækket.\"" % (ch.nm("first"), kp.nm("first")),
        "%s har fået job i %s hos %s og har fået egen konto. Vi har sammen lavet budget." % (
            ch.nm("first"), c.pick("Netto", "et bageri", "en tøjbutik", "Fakta"), c.ctx.person().nm("full")),
        "Bekymring: %s færdes meget med %s og %s, som politiet har kendskab til. %s bor på %s." % (
            ch.nm("first"), c.ctx.person(born=ch.born).nm("full"), c.ctx.person().nm("full"), cap(han), ch.addr()),
        "Anbefaling: Forlængelse i seks måneder med fokus på uddannelse. Ung og mor er enige. Mor: %s, %s." % (mor.nm("full"), mor.phone()),
    ]
    tail = ["Udarbejdet af %s, %s (%s)" % (kp.nm("full"), c.md(5, 0), kp.email())]
    return head, body, tail, "\n\n"


def p_ev_family(c):
    r = c.r
    kids, mor, far, home = c.kids_family(2, 14, n_sib=r.choice([1, 2]))
    fb1, fb2, sb = c.prof(), c.prof(), c.prof()
    head = ["Afsluttende evaluering – familiebehandling\nFamilien %s, %s\nBehandlere: %s og %s\nForløb: %s – %s" % (
        mor.nm("last"), home.fmt(r) and AD(home.fmt(r, "full")), fb1.nm("full"), fb2.nm("full"), c.md(300, 200), c.md(20, 0))]
    body = [
        "Børn i familien: %s" % ", ".join("%s (%s)" % (k.nm("first"), k.dob()) for k in kids),
        "Forældre: %s, cpr %s, og %s, cpr %s." % (mor.nm("full"), mor.cpr(), far.nm("full"), far.cpr()),
        "Forløbet bestod af %d samtaler i hjemmet og %d gruppesessioner. Familien mødte stabilt op; %s aflyste tre gange pga. arbejde." % (
            r.randint(12, 26), r.randint(3, 8), far.nm("first")),
        "Skalering ved start/slut (0-10, \"hvor trygt er det hjemme\"): mor 3/7, far 4/6, %s 2/6, %s %d/%d." % (
            kids[0].nm("first"), fb1.nm("first"), r.randint(2, 4), r.randint(6, 8)),
        "Mor sagde ved sidste samtale: \"Vi råber mindre nu. %s går i seng uden at græde.\" %s bekræftede, at aftensituationen er roligere." % (
            kids[-1].nm("first"), fb2.nm("first")),
        "Opmærksomhedspunkter: Fars bror %s bor periodevis i hjemmet og er ikke en del af forløbet. Kan kontaktes på %s." % (
            c.ctx.person(far.origin, "m", last=far.last).nm("full"), c.ctx.person().phone()),
        "Anbefaling til %s (rådgiver): afslutning med opfølgning efter tre måneder." % sb.nm("full"),
        "Netværk: Mormor %s deltog i to samtaler og har lovet at tage børnene hver onsdag. Hun bor på %s." % (
            c.ctx.person(mor.origin, "f").nm("full"), AD(c.ctx.home().fmt(r))),
        "%s (%d år) blev interviewet med de tre huse. Drømmehuset: \"At far og mor ikke skændes, og at %s må sove hjemme hos os.\"" % (
            kids[0].nm("first"), c.age(kids[0]), c.ctx.person(born=kids[0].born).nm("first")),
    ]
    tail = ["%s · %s · %s" % (fb1.nm("initdot"), fb1.phone(), fb1.email())]
    return head, body, tail, "\n\n"


def p_ev_table(c):
    r = c.r
    kids, mor, far, home = c.kids_family(4, 17)
    ch = kids[0]
    sb, led = c.prof(), c.prof()
    head = ["LEDELSESTILSYN / opfølgning på indsats – stikprøve\nSag: %s (cpr %s)\nRådgiver: %s · Tilsyn ved: %s" % (
        ch.nm(c.pick("lastfirst", "full", "caps")), ch.cpr(), sb.nm("full"), led.nm("full"))]
    rows = [
        ("Barnets plan opdateret", c.pick("Ja", "Nej", "Delvist")),
        ("Børnesamtale afholdt", "Ja, %s" % c.md(100, 0)),
        ("Forældre hørt", "Ja – %s (mor) og %s (far)" % (mor.nm("first"), far.nm("first"))),
        ("Netværk inddraget", "Moster %s, %s" % (c.ctx.person(mor.origin, "f").nm("full"), c.ctx.person().phone())),
        ("Bopæl", "%s" % ch.addr()),
        ("Fødselsdato kontrolleret", ch.dob()),
        ("Indsats virker (0-10)", str(r.randint(3, 9))),
        ("Kontakt mor", mor.phone()),
        ("Kontakt far", "%s / %s" % (far.phone(), far.email())),
        ("Skole/dagtilbud", "Klasselærer %s, %s" % (c.prof().nm("full"), c.prof().phone())),
        ("Sundhed", "Egen læge dr. %s; ingen diagnoser" % c.prof().nm("last")),
        ("Samvær", "Hver anden weekend hos %s, %s" % (far.nm("first"), far.addr())),
        ("Forældremyndighed", "Fælles (%s og %s)" % (mor.nm("full"), far.nm("full"))),
        ("Kommentar", "%s sagde til børnesamtalen: \"Jeg vil bare have, at det er stille derhjemme.\"" % ch.nm("first")),
    ]
    body = ["| Punkt | Bemærkning |\n|---|---|"] + ["| %s | %s |" % x for x in rows]
    body.append("Bemærkning fra %s: Fristen for opfølgning var overskredet med %d dage. Rettet." % (led.nm("first"), r.randint(3, 40)))
    return head, body, [], "\n"


# =====================================================================================
# Genre 5: births, deaths and family events (planted)
# =====================================================================================
def p_fe_birth(c):
    r = c.r
    kids, mor, far, home = c.kids_family(2, 15)
    ch = kids[0]
    sb = c.prof()
    baby = c.ctx.person(mor.origin, r.choice("mf"), c.now - dt.timedelta(days=r.randint(1, 40)), last=mor.last)
    head = ["Journalnotat %s kl. %s – telefonsamtale med mor\nSag: %s, %s" % (c.md(1, 0), c.kl(), ch.nm("full"), ch.cpr())]
    body = [
        "%s ringede og fortalte, at hun har født en %s den %s på %s. Barnet hedder %s. Vægt %s g, længde %d cm." % (
            mor.nm("full"), "søn" if baby.gender == "m" else "datter", baby.dob(c.pick("long", "dmy_dot", "slash_dash")),
            r.choice(HOSPITALS), baby.nm("full"), c.pick("3.450", "2.980", "4.120", "3.705"), r.randint(48, 55)),
        "Den nye baby har CPR-nummer %s. Mor ønsker, at sundhedsplejen kommer på besøg på %s." % (baby.cpr(), mor.addr()),
        "Faren til den lille er %s, ikke %s (far til %s). Han bor på %s og kan kontaktes på %s." % (
            c.ctx.person(gender="m").nm("full"), far.nm("full"), ch.nm("first"), AD(c.ctx.home().fmt(r)), c.ctx.person().phone()),
        "%s har været hos %s (morfar) i fødselsperioden. Han har nummer %s." % (
            ch.nm("first"), c.ctx.person(mor.origin, "m").nm("full"), c.ctx.person().phone()),
        "Mor virker glad, men træt. Hun spørger, om aflastningen for %s kan øges de næste måneder. Jeg aftalte at sende en ansøgning til %s." % (
            ch.nm("first"), mor.email()),
        "%s %s har ifølge mor sagt, at den lille ligner %s. Navnet %s er efter mors afdøde %s." % (
            "Storebror" if ch.gender == "m" else "Storesøster", ch.nm("first"), far.nm("first"), baby.nm("first"),
            "farfar" if baby.gender == "m" else "farmor"),
        "Jeg orienterede %s (sundhedsplejerske, %s) om fødslen med mors samtykke." % (c.prof("f").nm("full"), c.prof().phone()),
    ]
    tail = ["/%s" % sb.nm(c.pick("init", "full"))]
    return head, body, tail, "\n\n"


def p_fe_death(c):
    r = c.r
    kids, mor, far, home = c.kids_family(5, 17)
    ch = kids[0]
    han, ham, hans = pr(ch)
    sb, teach = c.prof(), c.prof()
    gp = c.ctx.person(mor.origin, r.choice("mf"), rdate(r, dt.date(1940, 1, 1), dt.date(1962, 1, 1)))
    rel = ("morfar" if gp.gender == "m" else "mormor")
    dd = c.day(30, 0)
    head = ["Dødsfald i familien – notat\n%s, %s (cpr %s)" % (ch.nm("full"), ch.dob(), ch.cpr())]
    body = [
        "%s har oplyst, at %s %s, %s, døde %s efter kort tids sygdom. %s boede på %s." % (
            c.pick("Mor", "Far"), ch.gen("first"), rel, gp.nm("full"), fdate(dd, c.pick("long", "dmy_dot")),
            cap("han" if gp.gender == "m" else "hun"), gp.addr()),
        "Begravelsen holdes %s kl. 13.00 i %s. %s ønsker at deltage sammen med %s og kusinen %s." % (
            fdate(dd + dt.timedelta(days=r.randint(5, 9)), "long"), r.choice(CHURCHES), ch.nm("first"), mor.nm("first"),
            c.ctx.person(mor.origin, "f").nm("first")),
        "Plejemor %s kører %s til kirken og henter igen. Mor kan kontaktes på %s på dagen." % (
            c.ctx.person(gender="f").nm("full"), ham, mor.phone()),
        "Skolen er orienteret via %s, klasselærer (%s). %s får fri torsdag og fredag." % (teach.nm("full"), teach.email(), ch.nm("first")),
        "%s har været tæt knyttet til %s %s og har tidligere holdt sommerferie hos %s. Vi har tilbudt samtale hos %s, psykolog." % (
            ch.nm("first"), hans, rel, "ham" if gp.gender == "m" else "hende", c.prof().nm("full")),
        "%s (%s' søster) er kontaktperson for dødsboet, tlf. %s." % (
            c.ctx.person(mor.origin, "f").nm("full"), "mors", c.ctx.person().phone()),
        "%s sagde til mig: \"%s lærte mig at fiske. Nu er der ingen, der ringer om søndagen.\"" % (ch.nm("first"), gp.nm("first")),
        "Far, %s, ønsker ikke at deltage i begravelsen, men vil gerne have %s hos sig weekenden efter på %s." % (far.nm("full"), ch.nm("first"), far.addr()),
    ]
    tail = ["Notat: %s, %s" % (sb.nm("full"), c.md(2, 0))]
    return head, body, tail, "\n\n"


def p_fe_wedding(c):
    r = c.r
    kids, mor, far, home = c.kids_family(3, 17)
    ch = kids[0]
    sb = c.prof()
    partner = c.ctx.person(gender=c.pick("m", "f"), born=rdate(r, dt.date(1970, 1, 1), dt.date(1998, 1, 1)))
    who = c.pick(mor, far)
    ev = c.pick("bryllup", "skilsmisse")
    nh = c.ctx.home()
    head = ["Ændringer i familien (%s)\nSagsnr. %s-%d · %s, f. %s" % (ev, c.now.year, r.randint(10000, 99999), ch.nm("full"), ch.dob())]
    if ev == "bryllup":
        body = [
            "%s blev gift med %s den %s på %s Rådhus. %s og %s var med som brudepiger/brudesvende." % (
                who.nm("full"), partner.nm("full"), c.md(40, 0), c.pick("Vejle", "Aarhus", "Odense", "Kolding", "Tønder"),
                ch.nm("first"), kids[1].nm("first") if len(kids) > 1 else c.ctx.person(born=ch.born).nm("first")),
            "%s er født %s og har selv to børn, %s og %s, som bor hos dem hver anden uge." % (
                partner.nm("first"), partner.dob(), c.ctx.person(last=partner.last).nm("first"), c.ctx.person(last=partner.last).nm("first")),
            "Familien flytter sammen på %s fra den 1. i næste måned. Ny fastnettelefon: %s." % (AD(nh.fmt(r)), c.ctx.person().phone()),
            "%s fortæller, at %s synes, det er \"mærkeligt men okay\". %s ønsker stadig at være hos %s hver weekend." % (
                who.nm("first"), ch.nm("first"), cap(pr(ch)[0]), (far if who is mor else mor).nm("first")),
            "%s mail er ændret til %s." % (who.gen("first"), who.email()),
            "Brylluppet blev holdt med middag for 60 gæster i forsamlingshuset. %s holdt tale for sin %s, hvilket %s selv var meget stolt af." % (
                ch.nm("first"), "mor" if who is mor else "far", pr(ch)[0]),
            "%s har spurgt, om %s kan få plejefamiliens sommerhusuge byttet, så %s kan komme med på bryllupsrejse til %s. Vi ser på det." % (
                who.nm("first"), ch.nm("first"), pr(ch)[0], c.pick("Kreta", "Tyrkiet", "Bornholm", "Gran Canaria")),
            "Mormor %s (%s) har tilbudt at passe %s, hvis det ikke kan lade sig gøre." % (
                c.ctx.person(mor.origin, "f").nm("full"), c.ctx.person().phone(), kids[-1].nm("first")),
        ]
    else:
        body = [
            "%s og %s er blevet skilt. Skilsmissen er bevilget af Familieretshuset %s. Der er fælles forældremyndighed." % (
                mor.nm("full"), far.nm("full"), c.md(60, 0)),
            "%s bliver boende på %s med børnene. %s er flyttet til %s." % (
                mor.nm("first"), mor.addr(), far.nm("first"), AD(nh.fmt(r))),
            "%s har fået ny kæreste, %s, som ifølge %s \"er der næsten altid\"." % (far.nm("first"), partner.nm("full"), ch.nm("first")),
            "Kontakt: mor %s, far %s. Far ønsker post til %s." % (mor.phone(), far.phone(), far.email()),
            "CPR på begge forældre: %s / %s." % (mor.cpr(), far.cpr()),
            "%s fortæller, at %s har været ked af det og sover dårligt. %s spørger, om der kan bevilges samtaler hos %s igen." % (
                mor.nm("first"), ch.nm("first"), cap(mor.nm("first")) if False else "Mor", c.prof().nm("full")),
            "Der er endnu ikke lavet samværsaftale. %s foreslår 7/7, mens %s ønsker, at børnene bor fast hos hende. Sagen er sendt til Familieretshuset." % (
                far.nm("first"), mor.nm("first")),
            "Farmor %s har ringet og udtrykt bekymring for børnene. Hun ønsker at blive inddraget: %s." % (
                c.ctx.person(far.origin, "f", last=far.last).nm("full"), c.ctx.person().phone()),
        ]
    tail = ["Oplyst til %s %s" % (sb.nm(c.pick("full", "init")), c.md(5, 0))]
    return head, body, tail, "\n\n"


def p_fe_move(c):
    r = c.r
    kids, mor, far, home = c.kids_family(1, 17, n_sib=r.choice([1, 2]))
    sb, sb2 = c.prof(), c.prof()
    nh = c.ctx.home()
    head = ["Flytning – mellemkommunal overdragelse\nFra: %s · Til: %s\nFamilie: %s" % (
        c.kom[0], r.choice(KOMMUNER)[0], ", ".join(k.nm("full") for k in kids))]
    body = [
        "Gammel adresse: %s\nNy adresse: %s\nFlyttedato: %s" % (home.fmt(r) and AD(home.fmt(r, c.pick("full", "twoline"))), AD(nh.fmt(r, c.pick("full", "twoline"))), c.md(0, 30)),
        "Mor: %s, cpr %s, tlf. %s\nFar: %s, cpr %s, tlf. %s" % (mor.nm("full"), mor.cpr(), mor.phone(), far.nm("full"), far.cpr(), far.phone()),
        "Børn: " + "; ".join("%s, født %s" % (k.nm("first"), k.dob()) for k in kids),
        "Baggrund: Familien flytter tæt på mormor %s, som skal hjælpe med hente/bringe. Hun bor på %s." % (
            c.ctx.person(mor.origin, "f").nm("full"), AD(c.ctx.home().fmt(r))),
        "Ny rådgiver: %s (%s, %s). Overdragelsesmøde holdes online %s." % (sb2.nm("full"), sb2.phone(), sb2.email(), c.md(0, 20)),
        "Aktuelle indsatser: %s har kontaktperson (%s) til udgangen af måneden. Familiebehandling ved %s afsluttes ved flytningen." % (
            kids[0].nm("first"), c.prof().nm("full"), c.prof().nm("full")),
        "Skoleskift: %s starter på ny skole efter efterårsferien. Mor har selv haft kontakt til skolens leder, %s." % (kids[-1].nm("first"), c.prof().nm("full")),
        "Bemærk: Far har ikke fået oplyst den nye adresse og ønskes ikke orienteret jf. aftale %s. Alle breve til far sendes til %s." % (
            c.md(100, 10), far.addr()),
    ]
    tail = ["Afsender: %s" % sb.nm("full")]
    return head, body, tail, "\n\n"


def p_fe_genogram(c):
    r = c.r
    kids, mor, far, home = c.kids_family(2, 16, n_sib=r.choice([1, 2]))
    ch = kids[0]
    mm = c.ctx.person(mor.origin, "f", rdate(r, dt.date(1950, 1, 1), dt.date(1973, 1, 1)))
    mf = c.ctx.person(mor.origin, "m", rdate(r, dt.date(1946, 1, 1), dt.date(1972, 1, 1)), last=mm.last)
    fm = c.ctx.person(far.origin, "f", rdate(r, dt.date(1948, 1, 1), dt.date(1972, 1, 1)), last=far.last)
    head = ["Genogram – noter til sparring (%s)" % c.md(10, 0)]
    body = [
        "Barn: %s, %s" % (ch.nm("full"), ch.dob()),
        "Søskende: " + ", ".join("%s (%s)" % (k.nm("first"), k.dob()) for k in kids[1:]),
        "Mor: %s, %s, %s" % (mor.nm("full"), mor.dob(), mor.addr()),
        "Far: %s, %s, bor %s" % (far.nm("full"), far.dob(), far.addr()),
        "Mormor: %s, %s – tæt kontakt, passer børnene. Tlf. %s" % (mm.nm("full"), mm.dob(), mm.phone()),
        "Morfar: %s – død %s, begravet i %s" % (mf.nm("full"), c.md(900, 400), r.choice(TOWNS)[1]),
        "Farmor: %s, bor i %s, ingen kontakt siden %s" % (fm.nm("full"), r.choice(TOWNS)[1], c.now.year - r.randint(2, 6)),
        "Mors nye partner: %s (flyttet ind %s), %s" % (c.ctx.person(gender="m").nm("full"), c.md(120, 30), c.ctx.person().phone()),
        "Halvsøster på fars side: %s, %s" % (c.ctx.person(far.origin, "f", last=far.last).nm("full"), c.pick("12 år", "bor i Tyskland", "voksen")),
        "Morbror: %s, %s – har været anbragt som barn, god kontakt til %s" % (c.ctx.person(mor.origin, "m", last=mm.last).nm("full"), c.ctx.person().phone(), ch.nm("first")),
        "Moster: %s, %s" % (c.ctx.person(mor.origin, "f", last=mm.last).nm("full"), AD(c.ctx.home().fmt(r))),
        "Farfar: %s, %s – bor på plejehjem" % (c.ctx.person(far.origin, "m", last=far.last).nm("full"), c.ctx.person(far.origin, "m", rdate(r, dt.date(1940, 1, 1), dt.date(1955, 1, 1))).dob()),
        "Vigtig voksen: nabo %s (\"%s\" ifølge %s), %s" % (c.ctx.person(gender="f").nm("full"), c.pick("bonusmormor", "Tante", "reservemor"), ch.nm("first"), c.ctx.person().phone()),
        "Spørgsmål til sparring: Hvordan kan mormor %s inddrages mere, uden at mor oplever det som kontrol?" % mm.nm("first"),
        "Tidslinje: %s flyttede fra %s til %s i %d; %s blev født året efter; forældrene gik fra hinanden i %d." % (
            mor.nm("first"), r.choice(TOWNS)[1], r.choice(TOWNS)[1], ch.born.year - 1, ch.nm("first"), ch.born.year + r.randint(1, 3)),
        "Kilde: samtale med %s og %s den %s, suppleret med oplysninger fra %s (sundhedsplejerske)." % (mor.nm("first"), mm.nm("first"), c.md(30, 0), c.prof("f").nm("full")),
    ]
    return head, body, [], "\n"


# =====================================================================================
# Genre 6: mixed system output (planted)
# =====================================================================================
def p_sys_calendar(c):
    r = c.r
    kids, mor, far, home = c.kids_family(3, 17)
    ch = kids[0]
    sb, ps, teach, led = c.prof(), c.prof(), c.prof(), c.prof()
    head = ["Emne: %s vedr. %s (%s)\nStart: %s kl. %s\nSlut: %s kl. %s\nArrangør: %s <%s>" % (
        c.pick("Netværksmøde", "Opfølgningsmøde", "Børnesamtale", "Overleveringsmøde"), ch.nm(c.pick("full", "first", "caps")),
        ch.dob(c.pick("dmy_dot", "iso", "short_dot")), fdate(c.now, "dmy_dot"), "10:00", fdate(c.now, "dmy_dot"), "11:30", sb.nm("full"), sb.email())]
    body = [
        "Obligatoriske deltagere: %s <%s>; %s <%s>; %s <%s>" % (mor.nm("full"), mor.email(), ps.nm("lastfirst"), ps.email(), teach.nm("full"), teach.email()),
        "Valgfri: %s <%s>" % (led.nm("full"), led.email()),
        "Placering: %s" % c.pick("Teams-møde (link følger)", AD(home.fmt(r, "full")), "Mødelokale 1.14, Rådhuset"),
        "Besked: Husk at %s skal have mulighed for at tale alene med %s. Far (%s, %s) er ikke inviteret jf. aftale." % (
            ch.nm("first"), sb.nm("first"), far.nm("full"), far.phone()),
        "Påmindelse: 1 dag før · Svar: %s har accepteret. %s har foreslået nyt tidspunkt." % (mor.nm("first"), teach.nm("first")),
        "Dagsorden:\n1. Velkomst v/ %s\n2. Hvordan går det i skolen? (%s)\n3. %s fortæller om hjemmet\n4. Sikkerhedsplan og aftaler\n5. Evt." % (
            sb.nm("first"), teach.nm("first"), mor.nm("first")),
        "Bilag: Referat fra sidste møde (%s), Barnets plan, udtalelse fra %s (psykolog)." % (c.md(60, 20), c.prof().nm("full")),
        "Tolk bestilt: %s, tlf. %s – møder op 10 min. før." % (c.prof().nm("full"), c.prof().phone()),
        "Kontakt ved afbud: %s, direkte %s, eller sekretær %s, %s." % (sb.nm("first"), sb.phone(), c.prof().nm("full"), c.prof().phone()),
        "Deltager uden for kommunen: morfar %s, %s (deltager over telefon)." % (c.ctx.person(mor.origin, "m").nm("full"), c.ctx.person().phone()),
    ]
    return head, body, [], "\n"


def p_sys_auto(c):
    r = c.r
    kids, mor, far, home = c.kids_family(2, 17)
    ch = kids[0]
    sb = c.prof()
    rep = c.ctx.person()
    head = ["Til: %s <%s>\nEmne: Kvittering for modtaget underretning\n\nDette er en automatisk besked. Svar ikke på denne e-mail." % (
        rep.nm("full"), rep.email())]
    body = [
        "Vi har %s kl. %s modtaget din underretning vedrørende %s (cpr %s)." % (c.md(1, 0), c.klc(), ch.nm("full"), ch.cpr()),
        "Underretningen er journaliseret og fordelt til %s, tlf. %s. Du vil modtage en kvittering inden for seks hverdage, hvis du er fagperson." % (
            sb.nm("full"), sb.phone()),
        "Registrerede oplysninger: Barnets adresse: %s · Forældre: %s, %s" % (ch.addr(), mor.nm("full"), far.nm("full")),
        "Hvis barnet er i akut fare, ring 112.",
        "Reference: UNDR-%d-%05d · Afsendt til %s" % (c.now.year, r.randint(1, 99999), sb.email()),
        "Underretter: %s, %s, tlf. %s. Underretter har oplyst at være %s." % (rep.nm("full"), rep.addr(), rep.phone(), c.pick("nabo", "lærer", "træner", "familiemedlem")),
        "Søskende registreret på adressen: %s" % (", ".join("%s (%s)" % (k.nm("first"), k.dob()) for k in kids[1:]) or "ingen"),
        "Du kan følge status ved at logge ind med MitID. Spørgsmål kan rettes til %s på %s." % (sb.nm("first"), sb.phone()),
        "Sagen vedrører også: %s (mor), født %s, og %s (far), %s." % (mor.nm("full"), mor.dob(), far.nm("full"), far.addr()),
        "Sagsbehandlingstid: Kommunen vurderer inden for 24 timer, om barnet har brug for akut hjælp. Herefter sendes sagen til screening i det tværfaglige team.",
        "Denne besked er også sendt som kopi til teamleder %s (%s)." % ((_q := c.prof()).nm("full"), _q.email()),
    ]
    return head, body, [], "\n\n"


def p_sys_sms(c):
    r = c.r
    log = []
    sb = c.prof()
    head = ["SMS-log (udgående) · bruger %s · %s" % (sb.nm("init"), c.md(2, 0))]
    body = []
    times = sorted(c.klc() for _ in range(12))
    for i in range(12):
        kids, mor, far, home = c.kids_family(2, 17, n_sib=0)
        who = c.pick(mor, far, kids[0] if c.age(kids[0]) >= 13 else mor)
        body.append(c.pick(
            "%s → %s: Hej %s. Husk mødet i morgen kl. %s på Rådhuset. Mvh %s" % (times[i], who.phone(c.pick("p45plain", "plain", "p45pairs")), who.nm("first"), c.kl(), sb.nm("first")),
            "%s → %s: Påmindelse: Samvær med %s lørdag kl. 10-14. Ring til %s ved afbud." % (times[i], who.phone(), kids[0].nm("first"), sb.phone("pairs")),
            "%s → %s (%s): Din tid hos sundhedsplejen er flyttet til %s." % (times[i], who.nm("full"), who.phone(), c.md(0, 10)),
            "%s → %s: FEJL – nummer ikke i brug (%s)" % (times[i], who.phone("plain"), who.nm(c.pick("lastfirst", "full"))),
        ))
    return head, body, [], "\n"


def p_sys_doclist(c):
    r = c.r
    kids, mor, far, home = c.kids_family(3, 17)
    ch = kids[0]
    sbs = [c.prof() for _ in range(3)]
    head = ["Dokumentoversigt – sag %s (%s, %s)\nNr. | Dato | Titel | Forfatter" % (
        "%d-%05d" % (c.now.year, r.randint(1, 99999)), ch.nm(c.pick("lastfirst", "full", "caps")), ch.cpr(c.pick("dash", "plain")))]
    titles = [
        lambda: "Underretning fra skolen vedr. %s" % ch.nm("first"),
        lambda: "Børnesamtale med %s" % ch.nm("first"),
        lambda: "Partshøring – %s" % mor.nm("full"),
        lambda: "Mail fra %s (%s)" % (far.nm("full"), far.email()),
        lambda: "Referat netværksmøde, mormor %s deltog" % c.ctx.person(mor.origin, "f").nm("full"),
        lambda: "Lægeerklæring fra dr. %s" % c.prof().nm("last"),
        lambda: "Bevilling § 32 – kontaktperson %s" % c.prof().nm("full"),
        lambda: "Adresseændring: %s" % AD(c.ctx.home().fmt(r)),
        lambda: "Telefonnotat, mor ringede fra %s" % mor.phone(),
        lambda: "Statusudtalelse fra plejefamilien %s" % c.ctx.person().nm("last"),
        lambda: "Samtykkeerklæring underskrevet af %s" % c.pick(mor, far).nm("full"),
        lambda: "Journalnotat",
        lambda: "Afgørelse om anbringelse",
    ]
    body = []
    n = 1
    for i in range(18):
        t = r.choice(titles)()
        a = r.choice(sbs)
        body.append("%d | %s | %s | %s" % (n, c.md(300, 0), t, a.nm("init")))
        n += 1
    return head, body, [], "\n"


def p_sys_audit(c):
    r = c.r
    kids, mor, far, home = c.kids_family(3, 17)
    ch = kids[0]
    users = [c.prof() for _ in range(3)]
    d = c.day(10, 0)
    head = ["Logudtræk (adgangslog) – person %s\nUdtrukket %s af %s" % (ch.cpr(c.pick("dash", "plain", "space")), c.md(0, 0), users[0].nm("full"))]
    acts = [
        lambda: "Opslag i CPR: %s" % c.pick(mor, far).cpr(),
        lambda: "Visning af dokument \"Børnesamtale %s\"" % ch.nm("first"),
        lambda: "Ændret adresse til %s" % AD(c.ctx.home().fmt(r, "full")),
        lambda: "Ændret telefonnummer (mor) til %s" % mor.phone(),
        lambda: "Søgning: \"%s\"" % c.pick(mor, far, ch).nm(c.pick("last", "full")),
        lambda: "Udskrift af akt, modtager: %s" % far.nm("full"),
        lambda: "Afsendt Digital Post til %s" % mor.nm("full"),
        lambda: "Login",
        lambda: "Ændret fødselsdato for %s til %s (fejlrettelse)" % (ch.nm("first"), ch.dob("iso")),
    ]
    body = []
    t = dt.datetime(d.year, d.month, d.day, 8, 0, 0)
    for i in range(r.choice([12, 18, 20])):
        t += dt.timedelta(minutes=r.randint(1, 90), seconds=r.randint(0, 59))
        u = r.choice(users)
        body.append("%s | %s | %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), u.nm("init"), r.choice(acts)()))
    return head, body, [], "\n"


def p_sys_search(c):
    r = c.r
    q = c.ctx.person()
    head = ["Søgning i sagssystem: \"%s\" – %d resultater (viser de første)" % (q.nm("last"), r.randint(10, 16))]
    body = []
    for i in range(10):
        p = c.ctx.person(q.origin, born=rdate(r, dt.date(1975, 1, 1), dt.date(2021, 1, 1)), last=q.last)
        body.append("%d. %s · %s · %s · %s" % (
            i + 1, p.nm(c.pick("lastfirst", "full", "caps")), c.pick(p.cpr(), "f. " + p.dob("dmy_dot"), p.dob("iso")), p.addr(c.pick("full", "nofloor")),
            c.pick("Aktiv sag", "Lukket sag %d" % (c.now.year - r.randint(1, 5)), "Part i sag", "Ingen sag")))
        if r.random() < 0.4:
            body[-1] += " · %s" % p.phone()
    tail = ["Søgning foretaget af %s %s" % (c.prof().nm("init"), c.klc())]
    return head, body, tail, "\n"


PLANTED = {
    "daycare": [p_day_obs, p_day_tras, p_day_letter, p_day_pickup, p_day_hv, p_day_dagpleje],
    "youth": [p_y_flat, p_y_pocket, p_y_complaint, p_y_form, p_y_mail],
    "translated": [p_tr_parent, p_tr_relative, p_tr_bilingual, p_tr_phone],
    "evaluation": [p_ev_placement, p_ev_kp, p_ev_family, p_ev_table],
    "family_events": [p_fe_birth, p_fe_death, p_fe_wedding, p_fe_move, p_fe_genogram],
    "system": [p_sys_calendar, p_sys_auto, p_sys_sms, p_sys_doclist, p_sys_audit, p_sys_search],
}


# =====================================================================================
# Clean texts: same genres, persons only as roles, many look-alikes
# =====================================================================================
LAW = ["Barnets lov § 32, stk. 1, nr. 3", "§ 46 i Barnets lov", "Barnets lov § 47", "§ 20, stk. 3",
       "§ 91 (barnets plan)", "§ 137, stk. 2", "Barnets lov § 133", "servicelovens § 52, stk. 3, nr. 7 (før 2024)",
       "forvaltningslovens § 19", "Barnets lov § 5, stk. 3", "§ 6 om bisidder", "§ 18 (screening)",
       "§ 19 (afdækning)", "SEL § 70 (før 2024)", "§ 108 (ungeplan)", "§ 30", "§ 3 om partsrettigheder"]
ICD = [("F84.0", "infantil autisme"), ("F90.0", "ADHD"), ("F41.1", "generaliseret angst"), ("F43.1", "PTSD"),
       ("F80.1", "ekspressiv sprogforstyrrelse"), ("J45.9", "astma"), ("E66.9", "overvægt"),
       ("F91.3", "adfærdsforstyrrelse"), ("G40.9", "epilepsi"), ("F32.1", "moderat depression"),
       ("F93.0", "separationsangst"), ("Z63.8", "problemer i familien"), ("F70.0", "lettere mental retardering"),
       ("R62.8", "forsinket udvikling")]
MEDS = ["Melatonin 3 mg", "Concerta 36 mg", "Ritalin Uno 20 mg", "Panodil Junior", "Ventoline 0,1 mg/dosis",
        "Sertralin 50 mg", "Elvanse 30 mg", "Circadin 2 mg", "Movicol Junior", "Ibumetin 200 mg", "Flixotide"]
BODIES = ["Familieretshuset", "Ankestyrelsen", "PPR", "sundhedsplejen", "UU-vejledningen", "Udbetaling Danmark",
          "politiet", "Børne- og Ungdomspsykiatrien", "SSP", "Socialtilsyn Midt", "Børnehus Syd",
          "Social- og Boligstyrelsen", "Datatilsynet", "Styrelsen for Patientsikkerhed", "børne- og ungeudvalget",
          "Kriminalforsorgen", "Borgerservice", "jobcentret", "tandplejen"]
BRANDS = ["Aula", "MitID", "e-Boks", "Digital Post", "Teams", "Nexus", "DUBU", "Outlook", "Snapchat", "Messenger",
          "Rejsekort", "Netto", "LEGO", "Min Læge-appen", "sundhed.dk", "MobilePay", "TikTok"]
PUBNUM = ["Børnetelefonen på 116 111", "112", "politiet på 114", "Akuttelefonen 1813", "Giftlinjen på 82 12 12 12",
          "Livslinien på 70 201 201", "kommunens hovednummer 70 10 20 00", "borgerservice på 72 36 00 00",
          "rådhusets omstilling 76 81 00 00", "vagtcentralen 70 11 15 15"]
PLACES = ["ved Banegårdspladsen", "nede på Torvet", "ved Søndergade", "på Strøget", "ved havnen",
          "i Rådhusparken", "ved Stationsvej", "oppe ved Storcentret", "i Idrætshallen", "ved Vestergade"]
ROOMS = ["stue 3", "lokale 2.14", "afsnit B4", "mødelokale 1.07", "7.b", "0.a", "værelse 12", "stue Bien",
         "gruppe 2", "modtageklasse M1", "afdeling 4.2"]
WEATHER = ["Solen skinnede, og børnene var ude hele formiddagen.", "Efter nattens storm var legepladsen lukket til kl. 10.",
           "Vi gik en tur i skoven og samlede kogler.", "Det var en glad dag med sang og sæbebobler i haven.",
           "Glade børn og våde flyverdragter – det regnede hele eftermiddagen.",
           "Skoven bag institutionen bruges hver fredag.", "I maj planter vi kartofler i højbedene."]


def cvr(r):
    return "CVR-nr. %d%07d" % (r.randint(1, 4), r.randint(0, 9999999))


def ean(r):
    return "EAN %s" % ("5798" + "".join(r.choice("0123456789") for _ in range(9)))


def sagsnr(c):
    r = c.r
    return c.pick("sagsnr. %d-%05d" % (c.now.year, r.randint(1, 99999)),
                  "journalnr. 27.%02d.%02d-%s%02d-%d-%02d" % (r.randint(10, 40), r.randint(0, 20), r.choice("AGKP"), r.randint(0, 30), r.randint(1, 9), c.now.year % 100),
                  "j.nr. %d/%04d" % (c.now.year % 100, r.randint(1, 9999)))


def kr(r):
    return c_amount(r)


def c_amount(r):
    return r.choice(["%d.%03d kr." % (r.randint(1, 14), r.randint(0, 999)), "%d kr." % r.randint(120, 990),
                     "kr. %d.%03d,00" % (r.randint(1, 30), r.randint(0, 999))])


def c_day_obs(c):
    r = c.r
    age = r.randint(1, 5)
    head = ["Observation, %s\nBarn A (%d år)\nObservatør: pædagog på stuen\nDato: %s, kl. %s-%s" % (
        c.pick("vuggestuen", "børnehaven"), age, c.md(), "09.30", "10.15")]
    body = [
        "Barn A kom ind på %s sammen med mor og gik straks hen til legekøkkenet. Overgangen tog omkring fem minutter." % r.choice(ROOMS),
        r.choice(WEATHER),
        "I samlingen sad barnet på skødet af en voksen. Da vi sang om maj og sommer, klappede Barn A med, men sagde ikke noget.",
        "Ved frokosten (kl. 11.15) spiste barnet rugbrød og agurk. Barnet gik fra bordet tre gange og blev hentet tilbage uden konflikt.",
        "På legepladsen opstod en konflikt om en skovl med et andet barn (%d år). Pædagogen hjalp med at sætte ord på." % age,
        "Barnet får %s om aftenen efter aftale med egen læge. Der er ingen kendte allergier." % r.choice(MEDS),
        "Vurdering: Et nysgerrigt barn, der bliver uroligt i overgange. Vi anbefaler et møde med forældrene og evt. %s inden for 14 dage." % c.pick("sundhedsplejen", "PPR"),
        "Ved afhentning kl. 15.40 kom far. Barnet fortsatte legen og ville ikke hjem. Far fortalte, at familien har fået en have, som barnet glæder sig til.",
    ]
    tail = ["Noteret af stuens pædagog, %s" % c.md(5, 0)]
    return head, body, tail, "\n\n"


def c_day_tras(c):
    r = c.r
    head = ["%s\nBarn: dreng/pige, %d år og %d mdr.\nDagtilbud: kommunal børnehave, %s" % (
        c.pick("TRAS – Tidlig Registrering Af Sprogudvikling", "Sprogvurdering 3 år", "Sprogvurdering (3-6 år)"),
        r.randint(2, 5), r.randint(0, 11), r.choice(ROOMS))]
    body = [
        "Udfyldt af: pædagog og talepædagog fra PPR. Dato: %s." % c.md(),
        "Samspil: alderssvarende. Kommunikation: mest pegning og enkeltord. Sprogforståelse: forstår korte beskeder.",
        "Opmærksomhed: kan fastholde fokus ca. 3-4 minutter. Udtale: erstatter ofte k med t (\"tage\" for \"kage\").",
        "Resultat: %s. Samlet score %d ud af %d mulige; percentil %d." % (c.pick("fokuseret indsats", "særlig indsats", "generel indsats"), r.randint(20, 60), 75, r.randint(5, 40)),
        "Hjemmesprog: %s. Mor oplyser, at barnet taler modersmålet med mormor og dansk med storesøster (8 år)." % c.pick("arabisk og dansk", "polsk", "somali", "ukrainsk", "tyrkisk", "tigrinya"),
        "Tiltag: sprogkuffert med hjem, dialogisk læsning 3 x 15 min. om ugen i %s. Ny vurdering om seks måneder jf. dagtilbudslovens § 11." % r.choice(ROOMS),
        "Forældrene kan kontakte PPR via kommunens hovednummer 70 10 20 00 eller via Aula.",
        "Motorik og leg: klatrer sikkert og cykler på trehjulet cykel. I rolleleg indtager barnet oftest rollen som baby.",
    ]
    tail = ["Sendt til forældremyndighedsindehaverne via Aula %s." % c.md(3, 0)]
    return head, body, tail, "\n\n"


def c_day_letter(c):
    r = c.r
    head = ["Kære forældre til Barn A"]
    body = [
        "Vi skriver, fordi vi gerne vil fortælle om det, vi har set hos jeres barn de sidste uger. Barnet virker træt om morgenen og siger flere gange, at det er sultent.",
        "Onsdag kom barnet uden flyverdragt, selvom det regnede, og torsdag var bleen ikke skiftet siden aftenen før.",
        "Vi ved, at I har meget at se til. Vi vil gerne hjælpe og foreslår et møde %s kl. %s i %s." % (c.md(0, 14), c.kl(), r.choice(ROOMS)),
        "Vi gør opmærksom på, at ansatte i dagtilbud har skærpet underretningspligt (%s). Vi taler altid med jer først, medmindre det vil skade barnet." % c.pick("Barnets lov § 133", "§ 133 i Barnets lov"),
        "Hvis I har brug for råd uden for åbningstiden, kan I ringe til Akuttelefonen 1813 eller, ved fare, 112.",
        "Glade hilsner fra hele stuen – vi har i dag bagt boller og leget ude i solen.",
    ]
    tail = ["Venlig hilsen\nPædagogerne og lederen af %s" % c.pick("vuggestuen", "børnehaven", "institutionen")]
    return head, body, tail, "\n\n"


def c_day_pickup(c):
    r = c.r
    head = ["AFHENTNINGSLISTE – Barn A (%d år), %s" % (r.randint(1, 5), r.choice(ROOMS))]
    body = [
        "Må hente:\n- mor\n- far (hver anden weekend fra fredag)\n- mormor, efter besked samme dag",
        "- nabo (voksen), kun når mor har skrevet i Aula",
        "Må IKKE hente:\n- mors tidligere samlever (jf. aftale med forældremyndighedsindehaver %s)" % c.md(200, 0),
        "Kodeord ved afhentning: \"%s\". Personale skal altid se billed-ID, fx kørekort eller sundhedskort." % c.pick("blåbær", "traktor", "regnbue", "pandekage"),
        "Allergi: nødder (EpiPen i køleskabet, udløb 03/2026). Ved akut sygdom ringes 112, derefter mor.",
        "Åbningstid: 06.30-17.00, fredag til 16.00. Lukket i uge 29 og 30 samt dagen efter Kristi himmelfart.",
        "Fotoaftale: må fotograferes til Aula, men billeder må ikke deles uden for institutionen.",
    ]
    tail = ["Opdateret %s af stuepersonalet" % c.md(30, 0)]
    return head, body, tail, "\n"


def c_day_hv(c):
    r = c.r
    head = ["Referat af møde med sundhedsplejen\nDato: %s kl. %s\nSted: %s\nDeltagere: mor, sundhedsplejerske, pædagog, rådgiver" % (
        c.md(), c.kl(), c.pick("familiens hjem", "Sundhedshuset", r.choice(ROOMS)))]
    body = [
        "Vedr.: Barn A (%d mdr.)." % r.randint(4, 30),
        "Sundhedsplejersken fortalte, at barnet vejer %s g og følger sin kurve (%s percentil). Barnet har haft mellemørebetændelse to gange." % (
            c.pick("9.850", "11.200", "12.400"), c.pick("25.", "50.", "10.")),
        "Mor fortalte, at nætterne er svære. Barnet vågner fire-fem gange, og mor er mest alene, fordi far arbejder på skiftehold i uge 14-20.",
        "Pædagogen har set blå mærker på overarmen to gange i oktober. Mor forklarede det med et fald på trappen.",
        "Aftaler: hjemmebesøg om to uger; rådgiveren laver afdækning efter %s. Mor kan kontakte rådgiveren via Digital Post." % c.pick("§ 19", "Barnets lov § 19"),
        "Henvisning til egen læge vedr. mistanke om %s (%s) blev drøftet, men udskudt." % tuple(reversed(r.choice(ICD))),
        "Næste møde %s kl. %s." % (c.md(0, 40), c.kl()),
    ]
    return head, body, [], "\n\n"


def c_day_dagpleje(c):
    r = c.r
    head = ["Dagplejelog – Barn A (%d år)\nDagplejer i område %s · gæstedagpleje i legestuehuset" % (r.randint(1, 2), c.pick("Nord", "Syd", "Øst", "3"))]
    body = []
    d = c.now
    for i in range(10):
        dd = d - dt.timedelta(days=(10 - i))
        body.append(c.pick(
            "%s kl. %s: Afleveret af mor. Træt, græd ved afsked." % (fdate(dd, "dmy_dot"), c.kl()),
            "%s: Legestue i Idrætshallen. Barnet legede med to andre børn fra gruppen." % fdate(dd, "dmy_dot"),
            "%s kl. %s: Bleskift, rød numse. Besked til far via Aula." % (fdate(dd, "dmy_dot"), c.kl()),
            "%s kl. %s: Sov 1 t 40 min. Spiste godt. Vi var ude i haven i solen." % (fdate(dd, "dmy_dot"), c.kl()),
            "%s: Hentet af mormor efter aftale (stod på listen)." % fdate(dd, "dmy_dot"),
            "%s: Feber 38,6. Mor ringet op, hentet kl. %s." % (fdate(dd, "dmy_dot"), c.kl()),
        ))
    body.append("Ved sygdom hos dagplejer: gæstedagpleje via kommunens pladsanvisning, hovednummer 72 36 00 00.")
    return head, body, [], "\n"


def c_y_flat(c):
    r = c.r
    head = ["%s\n\nhej, jeg er %d år og bor i plejefamilie. jeg bliver 18 til %s og vil gerne søge om efterværn med en lejlighed" % (
        c.pick("Til kommunen", "hej rådgiver", "Ansøgning om efterværn (lejlighed)"), 17, c.pick("sommer", "jul", "foråret", "maj"))]
    body = [
        "min kontaktperson siger jeg er klar til at bo selv. jeg kan lave mad og betale regninger, vi har øvet budget hver torsdag kl 16",
        "min lærer kan også sige at jeg er mødt hver dag siden sommerferien (fravær 2 %)",
        "der er en lejlighed ledig nede ved havnen som min ven har fundet, den koster 4.850 kr. om måneden med varme og depositum er 14.550",
        "jeg ved godt at efterværn er § 114 i Barnets lov eller sådan noget. min plejemor siger det hedder noget andet nu",
        "jeg vil gerne blive i byen pga skolen og mit job i Netto (12 timer om ugen)",
        "I kan skrive til mig på Digital Post eller i Aula, jeg tjekker det hver dag",
        "Hvis det ikke kan lade sig gøre vil jeg gerne på et kollegie. Der er 3 års ventetid siger de",
    ]
    tail = [c.pick("mvh den unge", "hilsen mig (17)", "Venlig hilsen\nUng A")]
    return head, body, tail, "\n\n"


def c_y_pocket(c):
    r = c.r
    head = ["Beskeder kopieret fra SMS-tråd (nummer skjult), journaliseret %s\n\nFra den unge (%d år):" % (c.md(2, 0), r.randint(15, 17))]
    body = [
        "[%s] hej det er mig. kan jeg få flere lommepenge? jeg får kun 450 om måneden og alle andre i klassen får mere" % c.klc(),
        "[%s] min plejemor siger det er kommunen der bestemmer. jeg skal bruge penge til bus og træning, kontingent er 300 kr" % c.klc(),
        "[%s] Rådgiver: Hej, tak for din besked. Jeg ringer til dig og din plejemor i morgen. Hvilken sport går du til?" % c.klc(),
        "[%s] fodbold, U17 på tirsdage og torsdage. vi skal til stævne i uge 27" % c.klc(),
        "[%s] jeg fylder 16 i maj så jeg mener jeg skal have mere, det står i retningslinjerne" % c.klc(),
        "[%s] Rådgiver: Takstarket for %d siger 505 kr. for din alder. Vi tager det op på mødet %s." % (c.klc(), c.now.year, c.md(0, 20)),
        "[%s] ok tak. kan I overføre til min MobilePay i stedet" % c.klc(),
        "[%s] Rådgiver: Nej, det går via din NemKonto. Ring til Børnetelefonen 116 111, hvis du vil tale med en voksen uden for kommunen." % c.klc(),
    ]
    return head, body, [], "\n"


def c_y_complaint(c):
    r = c.r
    head = ["KLAGE over min plejefamilie\n\nfra: den unge (%d år), anbragt efter %s" % (r.randint(15, 17), c.pick("§ 46", "Barnets lov § 46", "§ 47"))]
    body = [
        "Jeg vil klage over min plejefamilie. Jeg har boet der i 2 år og det var godt i starten men nu er det ikke.",
        "plejemor tager min telefon kl 21 hver aften også i weekenden, og jeg må ikke have min veninde med hjem. det er ikke fair.",
        "sidste lørdag råbte plejefar af mig og sagde at jeg kunne skride tilbage til min mor. det sagde han foran deres egne børn (6 og 9 år).",
        "jeg har fortalt det til min kontaktperson og til min lærer i 9.b. de sagde jeg skulle skrive til jer selv.",
        "Jeg ved godt at jeg har ret til en bisidder efter § 6. Jeg vil gerne have min fodboldtræner med.",
        "Jeg har også læst at man kan klage til Ankestyrelsen. Hvor lang tid tager det? Min sag har %s." % sagsnr(c),
        "og jeg vil ikke have at sagsbehandleren læser det op for plejefamilien før jeg har talt med en anden voksen.",
    ]
    tail = ["mvh den unge"]
    return head, body, tail, "\n\n"


def c_y_form(c):
    r = c.r
    what = c.pick("kørekort (B)", "computer til skolen", "briller", "fritidsaktivitet (boksning)", "tandregulering")
    head = ["ANSØGNINGSSKEMA – særlig støtte\nSøger: ung, %d år\nSag: %s" % (r.randint(15, 17), sagsnr(c))]
    body = [
        "Jeg søger om: %s\nBeløb: ca. %s" % (what, c_amount(r)),
        "Hvorfor: fordi jeg skal bruge det til skolen og for at kunne komme på arbejde. jeg har fået job 2 dage om ugen på et lager (CVR står på kontrakten)",
        "Hvem kan bekræfte: min kontaktperson og min far",
        "Andre oplysninger: mor er syg (diagnose %s) og kan ikke betale det. Hun får %s hver dag." % (r.choice(ICD)[0], r.choice(MEDS)),
        "Jeg har talt med UU-vejledningen om det og de sagde jeg skulle søge her.",
        "Hvis I vil have kvitteringer kan I få dem. Tilbuddet fra optikeren er på %s inkl. moms." % c_amount(r),
        "Leverandør: %s, %s" % (c.pick("Optiker i Storcentret", "Køreskolen ved Banegårdspladsen", "Elgiganten"), cvr(r)),
    ]
    tail = ["Underskrift: (den unge)    Dato: %s\nModtaget af Borgerservice" % c.md(10, 0)]
    return head, body, tail, "\n\n"


def c_y_mail(c):
    r = c.r
    head = ["Fra: Ung A (via Digital Post)\nTil: Rådgiver, Børn og Unge\nEmne: %s\nDato: %s %s" % (
        c.pick("vedr mit møde", "hjælp!!", "angående efterværn", "ang. samvær med min far"), c.md(3, 0), c.klc()),
        "hej"]
    body = [
        "jeg kan ikke komme til mødet på torsdag fordi jeg har eksamen kl 9-13 i lokale 2.14. kan vi flytte det?",
        "jeg har snakket med min kontaktperson om at jeg vil bo på kollegie efter sommer. der er plads fra 1. august",
        "min far har ringet fra et nyt nummer og han vil gerne se mig, men jeg ved ikke om jeg vil",
        "kan du sende papirerne til min plejemors adresse i stedet for til mor? jeg bor der i et stykke tid",
        "og hvad betyder § 108? der står noget om en ungeplan i brevet",
        "btw min telefon er gået i stykker så skriv i Aula eller på Snapchat (jeg ved godt I ikke må)",
        "vores lærer siger man kan ringe til Børnetelefonen på 116 111 hvis man har brug for at snakke",
    ]
    tail = ["hilsen\nUng A"]
    return head, body, tail, "\n\n"


def c_tr_parent(c):
    r = c.r
    origin = r.choice(TRANS_ORIGINS)
    city = r.choice(ABROAD[origin])
    head = ["OVERSÆTTELSE fra %s til dansk\nOriginalens dato: %s, %s\nOversat af: tolk (sprog: %s), tolkebureauets ordrenr. %d" % (
        LANG[origin], c.md(90, 0), city, LANG[origin], r.randint(10000, 99999))]
    body = [
        "Til kommunen i Danmark\n\nJeg er mor/far til barnet, som bor hos en familie i %s." % c.kom[0].replace(" Kommune", ""),
        "Jeg skriver, fordi jeg ikke har hørt fra mit barn siden %s. Jeg beder om at få at vide, hvordan mit barn har det." % c.md(200, 30),
        "[Tolkens note: I originalen skrives barnets navn med arabiske/kyrilliske bogstaver. Navnet er udeladt i denne gengivelse.]",
        "Min bror bor i %s og kan hjælpe med at oversætte. Han kan kontaktes via kommunens tolkeservice." % r.choice(TOWNS)[1],
        "Jeg har sendt et brev før, men det kom retur. Jeg har %s." % sagsnr(c),
        "Gud velsigne jer. Jeg kysser mit barn og hele familien.",
        "[Tolkens note: Afsluttende hilsen er en fast religiøs vending. Underskriften er håndskrevet.]",
        "[Tolkens note: Brevet var vedlagt et fotografi og en tegning med teksten \"sol og storm\".]",
    ]
    tail = ["Oversættelsen attesteres %s af tolken." % c.md(10, 0)]
    return head, body, tail, "\n\n"


def c_tr_relative(c):
    r = c.r
    origin = r.choice(TRANS_ORIGINS)
    city = r.choice(ABROAD[origin])
    head = ["Brev fra barnets bedstemor i %s – oversat fra %s" % (city, LANG[origin])]
    body = [
        "Kære barnebarn og kære datter",
        "Her i %s er alt som før. Din bedstefar har været syg, men nu går han igen til markedet hver morgen kl. 7." % city,
        "Til din fødselsdag sender jeg en pakke med tøj i størrelse 146/152. Jeg håber, den kommer frem.",
        "Du må ringe til mig om søndagen. Det koster ikke noget, hvis du bruger Messenger.",
        "[Tolkens note: Original: \"%s\". Ordet for \"barnebarn\" bruges som kælenavn.]" % c.pick(
            "Kochana wnusiu", "Habibti", "Dragă nepoțică", "Qaaqaa", "Любий онучку"),
        "Din fætter er blevet gift i %s. Festen varede tre dage, og alle spurgte efter dig." % c.pick("maj", "juni", "august"),
        "[Tolkens note: Brevet er skrevet med blyant på linjeret papir, to sider. Et fotografi var vedlagt.]",
    ]
    tail = ["Oversat %s af kommunens tolk." % c.md(20, 0)]
    return head, body, tail, "\n\n"


def c_tr_bilingual(c):
    r = c.r
    origin = c.pick("pol", "ukr", "rom", "fil", "greenland")
    lines = {
        "pol": [("Szanowni Państwo,", "Kære modtager,"), ("Piszę w sprawie mojego syna.", "Jeg skriver angående min søn."), ("Proszę o kontakt.", "Jeg beder om at blive kontaktet.")],
        "ukr": [("Шановні пані та панове,", "Kære damer og herrer,"), ("Я пишу щодо моєї дитини.", "Jeg skriver angående mit barn."), ("Прошу зателефонувати мені.", "Jeg beder jer ringe til mig.")],
        "rom": [("Stimate doamne/domnule,", "Kære modtager,"), ("Vă scriu despre copilul meu.", "Jeg skriver om mit barn."), ("Vă rog să mă sunați.", "Jeg beder jer ringe til mig.")],
        "fil": [("Magandang araw po,", "Goddag,"), ("Sumusulat po ako tungkol sa aking anak.", "Jeg skriver om mit barn."), ("Pakitawagan po ako.", "Ring venligst til mig.")],
        "greenland": [("Inuulluaritsi,", "Goddag,"), ("Meerannut tunngasumik allappunga.", "Jeg skriver angående mit barn."), ("Sianerfigissinnaavarsi.", "I er velkomne til at ringe.")],
    }[origin]
    head = ["Tosproget gengivelse (original | dansk)\nSprog: %s · Tolk: fremmødetolk, bestilt via tolkeservicen" % LANG[origin]]
    body = ["%s\n→ %s" % lines[0], "%s\n→ %s" % lines[1],
            "[Barnets navn i originalen er udeladt] → Barn A (%d år), anbragt efter %s" % (r.randint(4, 16), c.pick("§ 46", "§ 47")),
            "Jeg bor nu i %s og arbejder på en fabrik. Jeg kommer til Danmark i uge %d." % (r.choice(ABROAD[origin]), r.randint(2, 50)),
            "%s\n→ %s" % lines[2],
            "[Tolkens note: Datoen i originalen er skrevet %s; gengivet uændret som %s.]" % (c.pick("med romertal for måneden", "som dag/måned/år"), c.md(40, 0)),
            "[Tolkens note: Afsenderen nævner \"Familieretshuset\" på dansk i originalen.]",
            "Beløb nævnt i brevet: 1.500 zł / 3.000 грн / 2.400 lei – omregnet ca. %s." % c_amount(r)]
    tail = ["Gengivet %s." % c.md(5, 0)]
    return head, body, tail, "\n"


def c_tr_phone(c):
    r = c.r
    origin = r.choice(TRANS_ORIGINS)
    city = r.choice(ABROAD[origin])
    head = ["Journalnotat – telefonsamtale med tolk\n%s kl. %s · sagsbehandler og telefontolk (%s)" % (c.md(20, 0), c.kl(), LANG[origin])]
    body = [
        "Barnets farbror ringede fra %s (udenlandsk nummer, ikke noteret)." % city,
        "Han ville vide, om barnet stadig bor i plejefamilien, og om familien kan sende penge. Jeg oplyste, at vi ikke kan udlevere oplysninger uden samtykke fra forældremyndighedsindehaveren (forvaltningslovens regler om tavshedspligt).",
        "Han oplyste, at barnets far opholder sig i %s og ikke har fået brevene fra kommunen." % city,
        "Tolken bemærkede, at opkalderen brugte dialektale vendinger fra regionen omkring %s." % city,
        "Samtalen varede ca. 25 minutter. Forbindelsen blev afbrudt to gange.",
        "Aftalt at sagsbehandleren ringer tilbage efter at have talt med mor. Tolk bestilles igen til %s kl. %s." % (c.md(0, 10), c.kl()),
        "Opkalderen blev oplyst om, at han kan skrive til kommunen via hovednummeret 70 10 20 00 eller sende brev til Rådhuset.",
    ]
    tail = ["Notat afsluttet kl. %s." % c.kl()]
    return head, body, tail, "\n\n"


def c_ev_placement(c):
    r = c.r
    age = r.randint(7, 16)
    head = ["Opfølgning på anbringelse (%s)\nBarn A (%d år), anbragt i plejefamilie siden %s\nDato for opfølgning: %s" % (
        c.pick("Barnets lov § 46", "§ 47"), age, c.pick("januar 2022", "sommeren 2021", "marts 2023"), c.md())]
    body = [
        "Deltagere: mor, far, plejeforældrene, familieplejekonsulent, klasselærer og myndighedsrådgiver.",
        "Skalering (0-10): barnet %d · plejemor %d · mor %d · konsulent %d." % (r.randint(4, 9), r.randint(5, 9), r.randint(2, 8), r.randint(5, 8)),
        "Barnet sagde: \"Jeg kan godt lide at bo her, men jeg savner min lillebror, når det er weekend.\"",
        "Klasselæreren oplyser et fravær på %d %% i skoleåret, ned fra %d %% sidste år. Barnet går i %d.%s." % (r.randint(2, 9), r.randint(12, 30), age - 6, r.choice("abcd")),
        "Sundhed: diagnosticeret med %s (%s) i %d. Medicin: %s." % (tuple(reversed(r.choice(ICD))) + (c.now.year - r.randint(1, 3), r.choice(MEDS))),
        "Samvær: mor ser barnet hver anden lørdag kl. 10-14 i Familiehuset. Far er ikke mødt op de sidste to gange.",
        "Vurdering: Anbringelsen fortsætter. Barnets plan (§ 91) revideres. Næste opfølgning om seks måneder.",
        "Vederlag til plejefamilien: %s pr. måned (uændret). Faktura til %s." % (c_amount(r), ean(r)),
    ]
    tail = ["Myndighedsrådgiver, Børn og Unge"]
    return head, body, tail, "\n\n"


def c_ev_kp(c):
    r = c.r
    head = ["Statusrapport – kontaktperson (§ 32)\n\nUng, %d år · Periode: %s til %s" % (r.randint(13, 17), c.md(200, 150), c.md(10, 0))]
    body = [
        "| Mål | Status | Score 1-5 |\n|---|---|---|\n| Komme i skole hver dag | delvist nået | %d |\n| Have en fritidsaktivitet | nået | %d |\n| Færre konflikter hjemme | ikke nået | %d |" % (
            r.randint(2, 4), r.randint(3, 5), r.randint(1, 3)),
        "Vi har mødtes %d gange, oftest %s. Den unge kommer til tiden, men vil helst ikke tale om hjemmet." % (r.randint(14, 30), r.choice(PLACES)),
        "Citat fra den unge: \"Du er den eneste voksne, der ikke bliver sur, når jeg har pjækket.\"",
        "Den unge har fået job i Netto og egen konto. Vi har sammen lavet budget (indtægt ca. 3.200 kr. om måneden).",
        "Bekymring: Den unge færdes %s med ældre unge, som SSP har kendskab til." % r.choice(PLACES),
        "Anbefaling: forlængelse i seks måneder med fokus på uddannelse (FGU eller 10. klasse).",
        "Timeforbrug: 4 timer om ugen, i alt %d timer i perioden. Leverandør: kommunens egen kontaktpersonordning." % r.randint(60, 110),
    ]
    tail = ["Udarbejdet af kontaktpersonen, %s" % c.md(5, 0)]
    return head, body, tail, "\n\n"


def c_ev_family(c):
    r = c.r
    head = ["Afsluttende evaluering – familiebehandling\nFamilie med %d børn (%s år)\nForløb: %s – %s" % (
        2, "%d og %d" % (r.randint(2, 6), r.randint(7, 14)), c.md(300, 200), c.md(20, 0))]
    body = [
        "Forløbet bestod af %d samtaler i hjemmet og %d gruppesessioner i Familiehuset, lokale 2.14." % (r.randint(12, 26), r.randint(3, 8)),
        "Skalering ved start/slut (0-10, \"hvor trygt er det hjemme\"): mor 3/7, far 4/6, ældste barn 2/6, behandler %d/%d." % (r.randint(2, 4), r.randint(6, 8)),
        "Mor sagde ved sidste samtale: \"Vi råber mindre nu. Den lille går i seng uden at græde.\"",
        "Metode: Signs of Safety med de tre huse. Drømmehuset: \"At far og mor ikke skændes.\"",
        "Opmærksomhedspunkter: fars bror bor periodevis i hjemmet og er ikke en del af forløbet.",
        "Anbefaling: afslutning af indsatsen efter %s med opfølgning efter tre måneder." % c.pick("§ 32", "Barnets lov § 32"),
        "Pris for forløbet: %s. Leverandør %s." % (c_amount(r), cvr(r)),
    ]
    tail = ["Familiebehandlerne, Familiehuset"]
    return head, body, tail, "\n\n"


def c_ev_table(c):
    r = c.r
    head = ["LEDELSESTILSYN / opfølgning – stikprøve\nSag: %s · Barn A (%d år)\nTilsyn ved: teamleder" % (sagsnr(c), r.randint(4, 17))]
    rows = [("Barnets plan opdateret", c.pick("Ja", "Nej", "Delvist")), ("Børnesamtale afholdt", "Ja, %s" % c.md(100, 0)),
            ("Forældre hørt", "Ja – begge"), ("Netværk inddraget", "Moster og morfar"),
            ("Frist § 20, stk. 3 overholdt", c.pick("Ja", "Nej, overskredet med 12 dage")),
            ("Indsats virker (0-10)", str(r.randint(3, 9))), ("Sundhed", "%s, %s" % r.choice(ICD)),
            ("Medicin", r.choice(MEDS)), ("Skole", r.choice(ROOMS[4:6])), ("Samvær", "hver anden weekend"),
            ("Udgift hidtil", c_amount(r)), ("Kommentar", "Barnet sagde: \"Jeg vil bare have, at det er stille derhjemme.\"")]
    body = ["| Punkt | Bemærkning |\n|---|---|"] + ["| %s | %s |" % x for x in rows]
    body.append("Fristen for opfølgning var overskredet med %d dage. Rettet %s." % (r.randint(3, 40), c.md(5, 0)))
    return head, body, [], "\n"


def c_fe_birth(c):
    r = c.r
    head = ["Journalnotat %s kl. %s – telefonsamtale med mor\n%s" % (c.md(1, 0), c.kl(), sagsnr(c))]
    body = [
        "Mor ringede og fortalte, at hun har fået en %s i uge %d på %s. Vægt %s g, længde %d cm." % (
            c.pick("søn", "datter"), r.randint(1, 52), r.choice(HOSPITALS), c.pick("3.450", "2.980", "4.120"), r.randint(48, 55)),
        "Fødslen var planlagt kejsersnit. Mor og baby blev udskrevet efter to døgn fra afsnit %s." % c.pick("B4", "Y3", "barsel 2"),
        "Barn A (%d år) har været hos morfar i fødselsperioden og glæder sig til at blive storebror/storesøster." % r.randint(3, 12),
        "Faren til den lille er ikke den samme som Barn A's far. Han bor i %s." % r.choice(TOWNS)[1],
        "Mor virker glad, men træt. Hun spørger, om aflastningen efter %s kan øges de næste måneder." % c.pick("§ 32", "Barnets lov § 32"),
        "Jeg orienterede sundhedsplejen om fødslen med mors samtykke. Første besøg er om fire dage.",
        "Mor får %s og D-vitamin. Hun skal til efterkontrol hos egen læge i uge %d." % (c.pick("jerntilskud", "Panodil"), r.randint(1, 52)),
    ]
    tail = ["Notat: rådgiver, Børn og Unge"]
    return head, body, tail, "\n\n"


def c_fe_death(c):
    r = c.r
    rel = c.pick("morfar", "mormor", "farfar", "farmor")
    head = ["Dødsfald i familien – notat\nBarn A (%d år)" % r.randint(5, 17)]
    body = [
        "Mor har oplyst, at barnets %s (%d år) døde %s efter kort tids sygdom på %s." % (rel, r.randint(62, 91), c.md(20, 0), r.choice(HOSPITALS)),
        "Begravelsen holdes %s kl. 13.00 i %s. Barnet ønsker at deltage sammen med mor og kusinen." % (c.md(0, 10), r.choice(CHURCHES)),
        "Plejemor kører barnet til kirken og henter igen. Mor kan kontaktes på sit sædvanlige nummer på dagen.",
        "Skolen er orienteret via klasselæreren. Barnet får fri torsdag og fredag.",
        "Barnet har været tæt knyttet til sin %s og har holdt sommerferie i huset ved skoven hvert år." % rel,
        "Vi har tilbudt sorgsamtaler hos psykolog; udgiften afholdes efter %s." % c.pick("§ 32", "Barnets lov § 32, stk. 1, nr. 6"),
        "Barnet sagde til mig: \"Han lærte mig at fiske. Nu er der ingen, der ringer om søndagen.\"",
        "Dødsboet behandles af skifteretten; mors søster er kontaktperson.",
    ]
    tail = ["Notat: rådgiver, %s" % c.md(2, 0)]
    return head, body, tail, "\n\n"


def c_fe_wedding(c):
    r = c.r
    ev = c.pick("bryllup", "skilsmisse")
    head = ["Ændringer i familien (%s)\n%s · Barn A (%d år)" % (ev, sagsnr(c), r.randint(3, 17))]
    if ev == "bryllup":
        body = [
            "Mor blev gift i %s på rådhuset. Barnet og lillebror var med som brudesvende." % c.pick("maj", "juni", "august", "september"),
            "Mors nye ægtefælle har selv to børn (7 og 10 år), som bor hos dem hver anden uge.",
            "Familien flytter sammen i et rækkehus med have i den nordlige del af byen fra den 1. i næste måned.",
            "Mor fortæller, at barnet synes, det er \"mærkeligt men okay\". Barnet ønsker stadig at være hos far hver weekend.",
            "Brylluppet blev holdt med middag for 60 gæster i forsamlingshuset. Barnet holdt tale og var meget glad.",
            "Mor har spurgt, om samværsplanen kan ændres i uge 30, så barnet kan komme med på bryllupsrejse til Kreta.",
            "Vi ser på det, når Familieretshuset har behandlet fars anmodning om ændret samvær.",
        ]
    else:
        body = [
            "Forældrene er blevet skilt. Skilsmissen er bevilget af Familieretshuset %s. Der er fælles forældremyndighed." % c.md(60, 0),
            "Mor bliver boende med børnene. Far er flyttet til en lejlighed %s." % r.choice(PLACES),
            "Der er endnu ikke lavet samværsaftale. Far foreslår 7/7, mens mor ønsker, at børnene bor fast hos hende.",
            "Mor fortæller, at barnet har været ked af det og sover dårligt. Hun spørger, om der kan bevilges samtaler igen.",
            "Farmor har ringet og udtrykt bekymring for børnene. Hun ønsker at blive inddraget i et netværksmøde.",
            "Begge forældre er oplyst om muligheden for gratis rådgivning via Familieretshuset og Børns Vilkår.",
        ]
    tail = ["Oplyst til rådgiveren %s" % c.md(5, 0)]
    return head, body, tail, "\n\n"


def c_fe_move(c):
    r = c.r
    k2 = r.choice(KOMMUNER)[0]
    head = ["Flytning – mellemkommunal overdragelse\nFra: %s · Til: %s\nFamilie med %d børn (%s)" % (
        c.kom[0], k2, 2, "%d og %d år" % (r.randint(1, 6), r.randint(7, 16)))]
    body = [
        "Flyttedato: %s. Familien flytter fra en lejlighed på 3. sal til et hus med have." % c.md(0, 30),
        "Baggrund: Familien flytter tæt på mormor, som skal hjælpe med at hente og bringe.",
        "Handlekommune skifter ved flytningen. Overdragelse sker efter retssikkerhedslovens regler; %s fortsætter uændret i en overgangsperiode." % c.pick("indsatsen efter § 32", "kontaktpersonordningen"),
        "Aktuelle indsatser: ældste barn har kontaktperson til udgangen af måneden. Familiebehandling afsluttes ved flytningen.",
        "Skoleskift: barnet starter i %s efter efterårsferien." % r.choice(ROOMS[4:6]),
        "Overdragelsesmøde holdes på Teams %s kl. %s. Sagsakter sendes via sikker post." % (c.md(0, 20), c.kl()),
        "Bemærk: Far har ikke fået oplyst den nye adresse og ønskes ikke orienteret jf. aftale %s." % c.md(100, 10),
    ]
    tail = ["Afsender: Myndighed, Børn og Unge, %s" % c.kom[0]]
    return head, body, tail, "\n\n"


def c_fe_genogram(c):
    r = c.r
    head = ["Genogram – noter til sparring (%s)" % c.md(10, 0)]
    body = [
        "Barn A: %d år, går i %s" % (r.randint(4, 15), r.choice(ROOMS[4:6])),
        "Søskende: halvbror (2 år), søster (%d år)" % r.randint(8, 17),
        "Mor: %d år, ufaglært, i jobafklaring" % r.randint(26, 44),
        "Far: %d år, bor i %s, samvær hver anden weekend" % (r.randint(28, 50), r.choice(TOWNS)[1]),
        "Mormor: %d år – tæt kontakt, passer børnene" % r.randint(55, 75),
        "Morfar: død %d, begravet i %s" % (c.now.year - r.randint(1, 6), r.choice(TOWNS)[1]),
        "Farmor: ingen kontakt siden %d" % (c.now.year - r.randint(2, 6)),
        "Mors nye partner: flyttet ind for %d måneder siden" % r.randint(2, 14),
        "Vigtig voksen: naboen (\"bonusmormor\" ifølge barnet)",
        "Spørgsmål til sparring: Hvordan kan mormor inddrages mere, uden at mor oplever det som kontrol?",
        "Tidslinje: mor flyttede til byen i %d; forældrene gik fra hinanden i %d; underretning fra skolen %s." % (
            c.now.year - r.randint(8, 12), c.now.year - r.randint(2, 6), c.md(200, 30)),
        "Metode: genogram, økokort og ICS-trekanten (barnets udvikling, forældrekompetencer, familie og netværk).",
    ]
    return head, body, [], "\n"


def c_sys_calendar(c):
    r = c.r
    head = ["Emne: %s vedr. Barn A (%d år)\nStart: %s kl. 10:00\nSlut: %s kl. 11:30\nArrangør: Myndighed, Team %s" % (
        c.pick("Netværksmøde", "Opfølgningsmøde", "Børnesamtale", "Overleveringsmøde"), r.randint(3, 17), fdate(c.now, "dmy_dot"),
        fdate(c.now, "dmy_dot"), c.pick("Nord", "Syd", "Vest", "0-6 år", "Unge"))]
    body = [
        "Obligatoriske deltagere: mor; klasselærer; psykolog fra PPR",
        "Valgfri: teamleder",
        "Placering: %s, Rådhuset / Teams-link følger" % r.choice(ROOMS[1:4]),
        "Besked: Barnet skal have mulighed for at tale alene med rådgiveren. Far er ikke inviteret jf. aftale.",
        "Dagsorden:\n1. Velkomst\n2. Hvordan går det i skolen?\n3. Mor fortæller om hjemmet\n4. Sikkerhedsplan\n5. Evt.",
        "Bilag: referat fra %s, barnets plan (§ 91), udtalelse fra PPR." % c.md(60, 20),
        "Tolk bestilt (%s) – møder op 10 min. før." % c.pick("arabisk", "somali", "tigrinya", "polsk"),
        "Påmindelse: 1 dag før · Status: 3 har accepteret, 1 har foreslået nyt tidspunkt.",
    ]
    return head, body, [], "\n"


def c_sys_auto(c):
    r = c.r
    head = ["Emne: Kvittering for modtaget underretning\n\nDette er en automatisk besked fra %s. Svar ikke på denne besked." % c.kom[0]]
    body = [
        "Vi har %s kl. %s modtaget din underretning vedrørende et barn (%d år). Reference: UNDR-%d-%05d." % (
            c.md(1, 0), c.klc(), r.randint(0, 17), c.now.year, r.randint(1, 99999)),
        "Underretningen er journaliseret og fordelt til et team i Børn og Unge. Kommunen vurderer inden for 24 timer, om barnet har brug for akut hjælp.",
        "Er du fagperson, modtager du en kvittering inden for seks hverdage (%s)." % c.pick("Barnets lov § 136", "jf. reglerne om kvittering"),
        "Hvis barnet er i akut fare, ring 112. Uden for åbningstid kan du kontakte den sociale døgnvagt via politiet på 114.",
        "Du kan følge status ved at logge ind med MitID. Spørgsmål kan rettes til borgerservice på 72 36 00 00.",
        "Behandling af personoplysninger: Læs mere i kommunens privatlivspolitik. Dataansvarlig: %s, %s." % (c.kom[0], cvr(r)),
        "Denne besked er sendt via Digital Post kl. %s." % c.klc(),
    ]
    return head, body, [], "\n\n"


def c_sys_sms(c):
    r = c.r
    head = ["SMS-log (udgående) · afsender: Børn og Unge · %s" % c.md(2, 0)]
    body = []
    times = sorted(c.klc() for _ in range(12))
    last = None
    for i in range(12):
        body.append(c.pick(
            "%s → mor (nummer skjult): Husk mødet i morgen kl. %s på Rådhuset, %s." % (c.klc(), c.kl(), r.choice(ROOMS[1:4])),
            "%s → far (nummer skjult): Påmindelse: samvær lørdag kl. 10-14 i Familiehuset. Ved afbud ring til hovednummeret 70 10 20 00." % c.klc(),
            "%s → ung, 16 år (nummer skjult): Din tid hos UU er flyttet til %s kl. %s." % (c.klc(), c.md(0, 10), c.kl()),
            "%s → plejefamilie: FEJL – modtager har frabedt sig SMS (fejlkode 4012)" % c.klc(),
            "%s → mor: Tolk er bestilt til mødet %s. Svar JA for at bekræfte." % (c.klc(), c.md(0, 10)),
            "%s → ung, 15 år: Du kan altid ringe til Børnetelefonen på 116 111." % c.klc(),
            "%s → mor: Husk at tage sundhedskortet med til mødet hos egen læge i uge %d." % (c.klc(), r.randint(1, 52)),
            "%s → far (nummer skjult): Referatet fra mødet ligger nu i Digital Post." % c.klc(),
            "%s → ung, 17 år: Husk at søge SU, når du fylder 18. Læs mere på borger.dk." % c.klc(),
        ))
        line = body[-1].split(" ", 1)[1]
        if line == last:
            body.pop()
            continue
        last = line
        body[-1] = times[i] + " " + line
    return head, body, [], "\n"


def c_sys_doclist(c):
    r = c.r
    head = ["Dokumentoversigt – %s (Barn A, %d år)\nNr. | Dato | Titel | Forfatter" % (sagsnr(c), r.randint(3, 17))]
    titles = ["Underretning fra skolen", "Børnesamtale (referat)", "Partshøring – mor", "Mail fra far", "Referat netværksmøde",
              "Lægeerklæring (%s)" % r.choice(ICD)[0], "Bevilling § 32 – kontaktperson", "Telefonnotat", "Statusudtalelse fra plejefamilien",
              "Samtykkeerklæring", "Journalnotat", "Afgørelse om anbringelse (§ 46)", "Barnets plan, revideret", "Faktura, %s" % ean(r),
              "Klage til Ankestyrelsen", "PPR-udtalelse", "Skoleudtalelse, %s" % r.choice(ROOMS[4:6]), "Indstilling til børne- og ungeudvalget"]
    body = []
    for i in range(18):
        body.append("%d | %s | %s | %s" % (i + 1, c.md(300, 0), r.choice(titles), c.pick("Myndighed Team Nord", "Sekretariatet", "System", "Familieplejen", "Rådgiver 4", "Teamleder")))
    return head, body, [], "\n"


def c_sys_audit(c):
    r = c.r
    d = c.day(10, 0)
    head = ["Logudtræk (adgangslog) – %s\nUdtrukket %s af sikkerhedskoordinator" % (sagsnr(c), c.md(0, 0))]
    acts = ["Opslag i CPR-registret (person skjult)", "Visning af dokument \"Børnesamtale\"", "Ændret adresseoplysning",
            "Udskrift af akt nr. %d" % r.randint(1, 40), "Afsendt Digital Post", "Login", "Logout", "Søgning: \"underretning %d\"" % c.now.year,
            "Ændret frist (§ 20, stk. 3)", "Fejlet login (MitID Erhverv)", "Eksport til PDF"]
    body = []
    t = dt.datetime(d.year, d.month, d.day, 8, 0, 0)
    for i in range(r.choice([14, 18, 20])):
        t += dt.timedelta(minutes=r.randint(1, 90), seconds=r.randint(0, 59))
        body.append("%s | %s | %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), c.pick("MYN-SB-04", "MYN-SB-11", "ADM-02", "SYS"), r.choice(acts)))
    return head, body, [], "\n"


def c_sys_search(c):
    r = c.r
    head = ["Søgning i sagssystem: \"%s\" – %d resultater (viser de første)" % (c.pick("underretning skole", "anbringelse 2023", "§ 32 kontaktperson", "efterværn"), r.randint(10, 40))]
    body = []
    for i in range(10):
        body.append("%d. %s · Barn/ung, %d år · %s · %s" % (
            i + 1, sagsnr(c), r.randint(0, 17), c.pick("Aktiv sag", "Lukket sag %d" % (c.now.year - r.randint(1, 5)), "Afventer screening", "Under undersøgelse (§ 20)"),
            c.pick("Team Nord", "Team Syd", "Team Unge", "Team 0-6 år")))
    tail = ["Søgning foretaget %s kl. %s" % (c.md(0, 0), c.klc())]
    return head, body, tail, "\n"


CLEAN = {
    "daycare": [c_day_obs, c_day_tras, c_day_letter, c_day_pickup, c_day_hv, c_day_dagpleje],
    "youth": [c_y_flat, c_y_pocket, c_y_complaint, c_y_form, c_y_mail],
    "translated": [c_tr_parent, c_tr_relative, c_tr_bilingual, c_tr_phone],
    "evaluation": [c_ev_placement, c_ev_kp, c_ev_family, c_ev_table],
    "family_events": [c_fe_birth, c_fe_death, c_fe_wedding, c_fe_move, c_fe_genogram],
    "system": [c_sys_calendar, c_sys_auto, c_sys_sms, c_sys_doclist, c_sys_audit, c_sys_search],
}


# =====================================================================================
# Institutions
# =====================================================================================
INSTITUTIONS = {
    "daycare": ["Børnehuset Mælkebøtten", "Den Private Børnehave Spiren", "Naturbørnehaven Grantoppen",
                "Vuggestuen Guldsmeden", "Forældrevuggestuen Humlebien", "Skovbørnehaven Egernreden"],
    "school": ["Kildebakkens Friskole", "Den Lille Skole i Skærbæk", "Privatskolen Nordlyset", "Waldorfskolen Lindegården",
               "Friskolen ved Ådalen", "Kastanjeskolen"],
    "home": ["Opholdsstedet Havbrisen", "Opholdsstedet Kastaniegården", "Behandlingshjemmet Egely", "Bostedet Fyrtårnet",
             "Ungehjemmet Nordstjernen", "Opholdsstedet Lyngbakken"],
    "club": ["Ungdomsklubben Loftet", "Fritidsklubben Basen", "Bokseklubben Slagkraft", "Spejdergruppen Ravnsborg",
             "Ungdomshuset Kælderen"],
    "foster": ["Plejefamilieforeningen Trygge Rammer", "Familieplejenetværket Ankeret", "Foreningen Netværksplejefamilier Øst"],
    "efterskole": ["Efterskolen Kildemosen", "Sportsefterskolen Vestkysten", "Musikefterskolen Tonehøj", "Efterskolen ved Fjorden",
                   "Hedelund Efterskole"],
}


def build_institutions(ctx):
    r = ctx.r
    tmpl = [
        ("daycare", "daycare", "Barn A (%d år) har plads i {A} og skifter efter sommerferien til {B}, fordi familien flytter."),
        ("school", "club", "Den unge (14 år) går i 8. klasse på {A} og kommer tre eftermiddage om ugen i {B}."),
        ("home", None, "Drengen (15 år) er anbragt på {A} efter § 46. Opholdsstedet har plads til seks unge."),
        ("efterskole", "home", "Pigen (16 år) er optaget på {A} fra august. Indtil da bor hun fortsat på {B}."),
        ("foster", None, "Plejefamilien er tilknyttet {A}, som står for supervision og kurser."),
        ("school", None, "Skolelederen på {A} har sendt en underretning om bekymrende fravær (28 %)."),
        ("club", None, "Kontaktpersonen mødes med den unge i {A} hver tirsdag kl. 16."),
        ("daycare", None, "Pædagogerne i {A} har udfyldt TRAS for Barn A (3 år) og anbefaler fokuseret indsats."),
        ("home", "school", "Barnet bor på {A} og undervises i den interne skole, indtil der er plads på {B}."),
        ("efterskole", None, "Egenbetalingen på {A} er 2.450 kr. pr. uge efter statstilskud; kommunen dækker resten."),
        ("foster", "home", "Konsulenten fra {A} deltog i mødet, fordi barnet skal flytte fra {B} til en netværksplejefamilie."),
        ("club", "school", "SSP har set den unge i {A} flere aftener; {B} er orienteret."),
        ("daycare", "school", "Storesøster (7 år) går på {B}, mens lillebror (3 år) går i {A}."),
        ("home", None, "Ved tilsyn på {A} blev der talt med tre af de anbragte unge uden personale til stede."),
        ("efterskole", "club", "Efter et år på {A} vil den unge gerne fortsætte som hjælpetræner i {B}."),
    ]
    rows = []
    for i in range(30):
        t = tmpl[i % len(tmpl)]
        for attempt in range(100):
            a = r.choice(INSTITUTIONS[t[0]])
            b = r.choice(INSTITUTIONS[t[1]]) if t[1] else None
            if b == a:
                continue
            s = t[2]
            if "%d" in s:
                s = s % r.randint(1, 5)
            s = s.replace("{A}", INST(a))
            if b:
                s = s.replace("{B}", INST(b))
            if i >= 10:
                s = s + c_inst_tail(r, i)
            text, spans = parse(s)
            err = check_text(text, spans, "institutions", (12, 40))
            if err is None:
                break
        else:
            raise SystemExit("institution draw failed: %s" % err)
        rows.append({"id": "blind24-i%03d" % (i + 1), "text": text, "planted": spans})
    return rows


def c_inst_tail(r, i):
    return r.choice([" Mødet holdes på Rådhuset.", " Sagen følges op om tre måneder.", " Forældrene er enige.",
                     " Næste statusmøde er i uge 12.", " Udgiften afholdes efter § 32.", " Barnets plan er opdateret.",
                     " Se også notat af 4. marts.", " Plejemor er orienteret."])


# extra clean blocks per genre, appended (in random order) after a generator's own blocks
CLEAN_EXTRA = {
    "daycare": [
        lambda c: "Stuen har %d børn og tre voksne; i uge %d er der vikar fra kommunens vikarkorps." % (c.r.randint(10, 22), c.r.randint(2, 50)),
        lambda c: "Forældrebetaling: %s pr. måned for vuggestueplads; søskenderabat og økonomisk friplads søges via Borgerservice." % c_amount(c.r),
        lambda c: "Bemærkning om sundhed: barnet har %s og bruger %s efter behov. Forældrene har udfyldt medicinskema." % (c.pick("astma (J45.9)", "eksem", "mælkeallergi"), c.pick("Ventoline", "Flixotide", "fedtcreme")),
        lambda c: "Vi arbejder i læreplanstemaet \"natur, udeliv og science\" – i denne måned med vinter, frost og fuglefoder.",
        lambda c: "Ved bekymring drøftes barnet først i det tværfaglige team med PPR og sundhedsplejen (møde hver anden torsdag kl. 13.00).",
        lambda c: "Lederen er orienteret. Der er ikke grundlag for underretning på nuværende tidspunkt, men vi følger barnet tæt de næste fire uger.",
        lambda c: "Husk: institutionen holder lukket fredag efter Kristi himmelfartsdag og fra den 24. december til og med den 1. januar.",
    ],
    "youth": [
        lambda c: "ps. jeg har læst på borger.dk at man har ret til at se sin sag. kan jeg få den tilsendt?",
        lambda c: "og min plejemor siger hej. hun synes også jeg skal have lov, hun har bare ikke tid til at skrive",
        lambda c: "jeg er glad for skolen nu, vi har fået en ny lærer i dansk og jeg fik 7 i den sidste stil",
        lambda c: "hvis I ikke kan hjælpe vil jeg gerne vide hvem jeg så skal spørge. Ankestyrelsen?",
        lambda c: "det er ikke fordi jeg vil brokke mig men det har varet siden %s og ingen svarer" % c.pick("jul", "sommerferien", "påske", "januar"),
        lambda c: "undskyld stavefejlene jeg skriver fra min telefon i bussen (linje %d)" % c.r.randint(1, 18),
    ],
    "translated": [
        lambda c: "[Tolkens note: Oversættelsen er foretaget efter en scannet kopi; enkelte ord i margenen var ulæselige og er markeret med (…).]",
        lambda c: "[Tolkens note: Ordet, der er oversat med \"kommunen\", kan også betyde \"myndighederne\" generelt.]",
        lambda c: "Tolkebureauets faktura: %s, %s." % (c_amount(c.r), cvr(c.r)),
        lambda c: "Jeg beder om, at brevet bliver lagt i min sag, så den nye sagsbehandler også kan læse det.",
        lambda c: "Vi har haft en hård vinter, og der har været storm i flere uger. Men nu kommer solen igen.",
        lambda c: "[Tolkens note: Afsenderen skriver årstallet efter en anden kalender; omregnet til %d.]" % c.now.year,
    ],
    "evaluation": [
        lambda c: "Metode: evalueringen bygger på ICS-trekanten og skaleringsspørgsmål (0-10), hvor 10 betyder, at sagen kan lukkes.",
        lambda c: "Barnets perspektiv er indhentet ved samtale efter Barnets lov § 5, stk. 3; barnet ønskede ikke bisidder.",
        lambda c: "Økonomi: indsatsen har kostet %s i perioden; budgettet for året er %s." % (c_amount(c.r), c_amount(c.r)),
        lambda c: "Socialtilsyn Midt har ved uanmeldt tilsyn %s ikke haft bemærkninger." % c.md(200, 30),
        lambda c: "Næste revision af barnets plan sker senest %s. Ledelsestilsyn foretages som stikprøve." % c.md(0, 180),
        lambda c: "Hvad virker godt: faste rammer, forudsigelighed og en god kontakt mellem skole og hjem.",
        lambda c: "Hvad er vi bekymrede for: fraværet stiger igen i vintermånederne, især om mandagen.",
    ],
    "family_events": [
        lambda c: "Familien er informeret om, at ændringer i husstanden skal oplyses til kommunen og til Udbetaling Danmark.",
        lambda c: "Barnets perspektiv: barnet tegnede familien i de tre huse og satte sol over drømmehuset.",
        lambda c: "Økonomi: familien modtager børne- og ungeydelse og børnetilskud; huslejen er %s." % c_amount(c.r),
        lambda c: "Det vurderes ikke, at hændelsen ændrer ved behovet for indsatsen efter %s. Sagen følges op om tre måneder." % c.pick("§ 32", "§ 46", "§ 30"),
        lambda c: "Skolen og SFO er orienteret, så de voksne omkring barnet kan tage hensyn de kommende uger.",
        lambda c: "Notatet er læst op for mor over telefonen, som var enig i gengivelsen.",
    ],
    "system": [
        lambda c: "Denne meddelelse er genereret automatisk. Systemversion %d.%d.%d." % (c.r.randint(3, 9), c.r.randint(0, 20), c.r.randint(0, 99)),
        lambda c: "Fortrolighed: indeholder følsomme personoplysninger. Må ikke videresendes uden for kommunens netværk.",
        lambda c: "Driftsmeddelelse: systemet er lukket for opdatering søndag kl. 06-10.",
        lambda c: "Eksporteret %s kl. %s. Antal poster: %d." % (c.md(0, 0), c.klc(), c.r.randint(5, 60)),
        lambda c: "Support: kommunens IT-servicedesk, lokalnummer 4400 (intern).",
        lambda c: "Retention: dokumenter slettes efter 5 år jf. arkivloven og kommunens slettepolitik.",
    ],
}


# =====================================================================================
# Checks
# =====================================================================================
def _pool_names():
    names = []
    for key in ORIGINS:
        mf, ff, sn = ORIGINS[key]
        names.extend(mf + ff + sn)
    names.extend(list(NICKNAMES.values()))
    names.extend(list(MISSPELL.values()))
    seen = {}
    out = []
    for n in names:
        for v in (n, n.upper()):
            if v not in seen:
                seen[v] = 1
                out.append(v)
    out.sort(key=lambda x: (-len(x), x))
    return out


POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in _pool_names()) + r")(?!\w)")
PHONE_RE = re.compile(r"(?<![\w+])(?:(?:\+|00)\d{2,3} ?)?(?:\d{2}([ .-]?)\d{2}\1\d{2}\1\d{2}|\d{4} \d{4})(?!\w)")
CPR_RE = re.compile(r"(?<![\w])\d{2}[. -]?\d{2}[. -]?\d{2}[ -]?\d{4}(?!\w)")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in STREETS) + r")\s*(?:nr\.?\s*)?\d", re.I)
BORN_RE = re.compile(r"(?<!\w)(?:født|f\.|fødselsdato|fødselsdag|født den|DOB|date of birth|born)\s*:?\s*(?:den\s+|d\.\s*)?(?=\d)", re.I)
CVR_CTX_RE = re.compile(r"(?:CVR|EAN|SE)(?:-nr\.?|-nummer)?\s*:?\s*$")
WHITELIST = list(PUBLIC_NUMBERS)

ALLOWED = {"planted": ["name", "phone", "email", "address", "dob", "cpr"], "clean": [],
           "institutions": ["institution"]}


def inside(spans, a, b):
    for s in spans:
        if s["start"] <= a and b <= s["end"]:
            return True
    return False


def check_text(text, spans, file_kind, band):
    # offsets, order, overlap, whitespace, kinds
    prev_end = -1
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            return "offset"
        if s["start"] < prev_end:
            return "overlap/order"
        prev_end = s["end"]
        if s["text"] != s["text"].strip() or not s["text"]:
            return "whitespace"
        if s["kind"] not in ALLOWED[file_kind]:
            return "kind " + s["kind"]
    lo, hi = band
    w = len(text.split())
    if not (lo <= w <= hi):
        return "band %d not in %s" % (w, band)
    # no unplanted copy (names case-insensitive, other kinds exact)
    for s in spans:
        flags = re.I if s["kind"] == "name" else 0
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text, flags):
            if not inside(spans, m.start(), m.end()):
                return "unplanted copy of %r" % s["text"]
    for m in POOL_RE.finditer(text):
        if not inside(spans, m.start(), m.end()):
            return "pool name outside span: %r" % m.group(0)
    for m in PHONE_RE.finditer(text):
        if inside(spans, m.start(), m.end()):
            continue
        if m.group(0) in WHITELIST:
            continue
        if CVR_CTX_RE.search(text[max(0, m.start() - 20):m.start()]):
            continue
        return "phone-shaped outside span: %r" % m.group(0)
    for m in CPR_RE.finditer(text):
        if not inside(spans, m.start(), m.end()):
            return "cpr-shaped outside span: %r" % m.group(0)
    for i, ch in enumerate(text):
        if ch == "@" and not any(s["kind"] == "email" and s["start"] <= i < s["end"] for s in spans):
            return "@ outside email"
    for m in STREET_RE.finditer(text):
        if not any(s["kind"] == "address" and s["start"] <= m.start() < s["end"] for s in spans):
            return "street+number outside address: %r" % m.group(0)
    for m in BORN_RE.finditer(text):
        if not any(s["start"] <= m.end() < s["end"] and s["kind"] in ("dob", "cpr") for s in spans):
            return "født+digits unplanted"
    return None


# =====================================================================================
# Main
# =====================================================================================
GENRE_ORDER = ["daycare", "youth", "translated", "evaluation", "family_events", "system"]
BAND_NAMES = ["short", "medium", "long"]


def build(ctx, table, file_kind, prefix, n, forbidden=None, stats=None):
    rows = []
    r = ctx.r
    for i in range(n):
        gi = i % 6
        g = GENRE_ORDER[gi]
        k = i // 6
        gens = table[g]
        pair = k % (3 * len(gens))
        fn = gens[pair // 3]
        band = BAND_NAMES[(pair % 3 + gi) % 3]
        err = None
        for attempt in range(400):
            c = TC(ctx, band)
            res = fn(c)
            if res is None:
                continue
            head, body, tail, sep = res
            if file_kind == "clean":
                ex = list(CLEAN_EXTRA[g])
                r.shuffle(ex)
                body = body + [f(c) for f in ex]
            marked = assemble(head, body, tail, band, sep)
            if marked is None:
                err = "band"
                continue
            text, spans = parse(marked)
            err = check_text(text, spans, file_kind, BANDS[band])
            if err is None and forbidden is not None:
                for f in forbidden:
                    if f in text:
                        err = "planted text in clean: %r" % f
                        break
            if err is None:
                break
        else:
            raise SystemExit("could not draw %s %s (%s, %s): %s" % (prefix, i + 1, g, fn.__name__, err))
        rid = "%s%03d" % (prefix, i + 1)
        rows.append({"id": rid, "text": text, "planted": spans})
        if stats is not None:
            key = (g, fn.__name__, band)
            stats[key] = stats.get(key, 0) + 1
    return rows


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    r = random.Random(SEED)
    ctx = Ctx(r)
    pstats, cstats = {}, {}
    planted = build(ctx, PLANTED, "planted", "blind24-p", 240, stats=pstats)
    forbidden = []
    seen = {}
    for row in planted:
        for s in row["planted"]:
            if s["kind"] != "name" and s["text"] not in seen:
                seen[s["text"]] = 1
                forbidden.append(s["text"])
    clean = build(ctx, CLEAN, "clean", "blind24-c", 240, forbidden=forbidden, stats=cstats)
    inst = build_institutions(ctx)
    # global checks
    counts = {}
    for row in planted:
        for s in row["planted"]:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    total = sum(counts.values())
    problems = []
    if not (3000 <= total <= 4500):
        problems.append("total %d" % total)
    for k, m in (("phone", 250), ("address", 250), ("dob", 250), ("cpr", 120), ("email", 120)):
        if counts.get(k, 0) < m:
            problems.append("%s %d < %d" % (k, counts.get(k, 0), m))
    if counts.get("name", 0) <= max(v for k, v in counts.items() if k != "name"):
        problems.append("names not most numerous")
    for rows, pre, n in ((planted, "blind24-p", 240), (clean, "blind24-c", 240), (inst, "blind24-i", 30)):
        ids = [row["id"] for row in rows]
        if ids != ["%s%03d" % (pre, i + 1) for i in range(n)]:
            problems.append("ids " + pre)
    for row in clean:
        if row["planted"]:
            problems.append("clean has spans " + row["id"])
    write_jsonl("planted.jsonl", planted)
    write_jsonl("clean.jsonl", clean)
    write_jsonl("institutions.jsonl", inst)
    if "--stats" in sys.argv:
        print("counts", counts, "total", total)
        for name, st in (("planted", pstats), ("clean", cstats)):
            print(name)
            for key in sorted(st):
                print("  ", key, st[key])
        bands = {}
        for row in planted + clean:
            w = len(row["text"].split())
            b = "short" if w <= 80 else ("medium" if w <= 150 else "long")
            bands[(row["id"][8], b)] = bands.get((row["id"][8], b), 0) + 1
        print(bands)
    if problems:
        raise SystemExit("GLOBAL CHECK FAILED: " + "; ".join(problems))
    print("ok: planted %d spans %s; clean %d; institutions %d" % (total, counts, len(clean), len(inst)))


if __name__ == "__main__":
    main()
