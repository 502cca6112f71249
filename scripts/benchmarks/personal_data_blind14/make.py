#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the held-out corpus blind14 (Danish child-welfare texts with planted personal data).

Python 3.11 standard library only. One fixed seed, one random.Random instance.
Run:  python3 make.py      -> writes planted.jsonl, clean.jsonl, institutions.jsonl next to this file.
"""
import datetime as dt
import hashlib
import json
import os
import re
import sys

import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pools import (ORIGINS, VN_MID_F, VN_MID_M, VARIANTS, NICKS, STREETS, POSTTOWNS, KOMMUNER,  # noqa: E402
                   GL_ADDR, GL_KOMMUNER, FO_ADDR, FO_KOMMUNER, FOREIGN, COUNTRY_NAME, COUNTRY_LANG,
                   COUNTRY_ORIGIN, FOREIGN_PHONE, MAIL_PRIVATE, LAW_FIRMS, CLINICS, INSTITUTIONS)

CORPUS = "blind14"
SEED = 140514
R = random.Random(SEED)

# ---------------------------------------------------------------- markup
KC = {"name": "n", "phone": "p", "email": "e", "address": "a", "dob": "d", "cpr": "c", "institution": "i"}
CK = {v: k for k, v in KC.items()}
MARK_RE = re.compile("\x01(.)\x02(.*?)\x03", re.S)


def mk(kind, s):
    assert s and s == s.strip(), repr(s)
    return "\x01" + KC[kind] + "\x02" + s + "\x03"


def N(s): return mk("name", s)
def PH(s): return mk("phone", s)
def EM(s): return mk("email", s)
def AD(s): return mk("address", s)
def DB(s): return mk("dob", s)
def CP(s): return mk("cpr", s)
def INST(s): return mk("institution", s)


class Prefix(list):
    """optional blocks that must be taken as a contiguous prefix (chat threads)"""


def strip_marks(m):
    return MARK_RE.sub(lambda mo: mo.group(2), m)


def wc(m):
    return len(strip_marks(m).split())


def render(m):
    out, spans, pos, last = [], [], 0, 0
    for mo in MARK_RE.finditer(m):
        pre = m[last:mo.start()]
        out.append(pre)
        pos += len(pre)
        s = mo.group(2)
        spans.append({"kind": CK[mo.group(1)], "text": s, "start": pos, "end": pos + len(s)})
        out.append(s)
        pos += len(s)
        last = mo.end()
    out.append(m[last:])
    return "".join(out), spans


# ---------------------------------------------------------------- random helpers
def pick(xs):
    return xs[R.randrange(len(xs))]


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


MON = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
       "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
UNITS = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs", 9: "halvfems"}
ORD = ["", "første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende",
       "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende",
       "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else UNITS[u] + "og" + TENS[t]


def year_words(y):
    if y >= 2000:
        r = y - 2000
        return "totusind" if r == 0 else "totusind og " + num_words(r)
    return "nitten hundrede og " + num_words(y - 1900)


def fdate(d, style=None):
    """date formatting (used for dob spans and for ordinary dates)"""
    st = style or pick(["dmy", "dmy", "d_month", "ymd", "dmy_short", "slash_yy", "dash", "slash", "abbr",
                        "en_dmy", "en_mdy", "dmyy"])
    if st == "dmy":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if st == "dmy_short":
        return f"{d.day}.{d.month}.{d.year}"
    if st == "d_month":
        return f"{d.day}. {MON[d.month - 1]} {d.year}"
    if st == "ymd":
        return d.isoformat()
    if st == "slash_yy":
        return f"{d.day:02d}/{d.month:02d}-{d.year % 100:02d}"
    if st == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if st == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if st == "abbr":
        return f"{d.day}. {MON_AB[d.month - 1]} {d.year}"
    if st == "en_dmy":
        return f"{d.day} {MON_EN[d.month - 1]} {d.year}"
    if st == "en_mdy":
        return f"{MON_EN[d.month - 1]} {d.day}, {d.year}"
    if st == "dmyy":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if st == "spoken":
        return f"{ORD[d.day]} {MON[d.month - 1]} {year_words(d.year)}"
    raise ValueError(st)


def mdate(y0=2023, y1=2025):
    """an ordinary (non-personal) date string: meeting, decision, visit"""
    d = rdate(y0, y1)
    return d, fdate(d, pick(["dmy", "d_month", "d_month", "dmy_short", "ymd"]))


def age_at(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


REF = dt.date(2024, 9, 15)


# ---------------------------------------------------------------- phone / cpr / mail / address
DK_MOB = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51",
          "52", "53", "60", "61", "71", "81", "91", "92", "93", "42", "28"]
DK_FIX = ["33", "35", "38", "43", "44", "45", "46", "48", "49", "54", "56", "57", "59", "62", "63", "64", "65",
          "66", "69", "72", "73", "74", "75", "76", "86", "87", "96", "97", "98"]


def dk_number(fixed=False):
    p = pick(DK_FIX if fixed else DK_MOB)
    return p + "".join(str(R.randint(0, 9)) for _ in range(6))


def fmt_phone(s, style=None):
    a, b, c, d = s[0:2], s[2:4], s[4:6], s[6:8]
    st = style or pick(["plain", "pairs", "pairs", "pairs", "quads", "dots", "dashes", "p45pairs", "p45plain",
                        "p45tight", "00", "p45quads"])
    return {
        "plain": s, "pairs": f"{a} {b} {c} {d}", "quads": f"{s[:4]} {s[4:]}", "dots": f"{a}.{b}.{c}.{d}",
        "dashes": f"{a}-{b}-{c}-{d}", "p45pairs": f"+45 {a} {b} {c} {d}", "p45plain": f"+45 {s}",
        "p45tight": f"+45{s}", "00": f"0045 {s}", "p45quads": f"+45 {s[:4]} {s[4:]}",
        "loose1": f"{a} {b} {c}{d}", "loose2": f"{s[:4]} {c} {d}", "loose3": f"{s[:3]} {s[3:5]} {s[5:]}",
        "spoken": ", ".join(num_words(int(x)) if x[0] != "0" else "nul " + UNITS[int(x[1])] for x in (a, b, c, d)),
        "digits": " ".join(UNITS[int(x)] for x in s),
    }[st]


def foreign_phone(cc):
    pre, pat = pick(FOREIGN_PHONE[cc])
    digits = "".join(str(R.randint(0, 9)) if ch == "X" else str(R.randint(2, 9)) if ch == "N" else ch for ch in pat)
    return f"{pre} {digits}" if chance(0.8) else f"{pre}{digits.replace(' ', '')}"


def cpr_for(d, sex):
    y = d.year
    yy = y % 100
    if 1900 <= y <= 1999:
        opts = [0, 1, 2, 3] + ([4, 9] if yy >= 37 else [])
    elif 2000 <= y <= 2036:
        opts = [4, 9, 5, 6, 7, 8]
    else:
        opts = [5, 6, 7, 8]
    d7 = pick(opts)
    last = pick([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8])
    return f"{d.day:02d}{d.month:02d}{yy:02d}{d7}{R.randint(0, 9)}{R.randint(0, 9)}{last}"


def fmt_cpr(c, style=None):
    st = style or pick(["dash", "dash", "dash", "space", "plain", "dots", "groups", "spaced_dash"])
    return {"dash": c[:6] + "-" + c[6:], "space": c[:6] + " " + c[6:], "plain": c,
            "dots": f"{c[0:2]}.{c[2:4]}.{c[4:6]}-{c[6:]}", "groups": f"{c[0:2]} {c[2:4]} {c[4:6]} {c[6:]}",
            "spaced_dash": c[:6] + " - " + c[6:]}[st]


TRANS = {"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "o", "ä": "a", "ð": "d", "ó": "o", "ú": "u",
         "í": "i", "á": "a", "ş": "s", "ı": "i", "ç": "c", "ğ": "g", "ł": "l", "ń": "n", "ś": "s", "ż": "z",
         "ź": "z", "ć": "c", "ą": "a", "ę": "e", "ț": "t", "ă": "a", "ž": "z", "š": "s", "č": "c", "đ": "d",
         "ễ": "e", "ạ": "a", "ầ": "a"}


def asc(s):
    s = s.lower()
    s = "".join(TRANS.get(ch, ch) for ch in s)
    s = re.sub(r"[^a-z0-9]+", "", s)
    return s


class Addr:
    def __init__(self, street=None, post=None, town=None):
        self.street = street or pick(STREETS)
        self.no = str(R.randint(1, 160))
        self.letter = pick(["", "", "", "", "A", "B", "C"])
        self.floor = pick([None, None, "st.", "1.", "2.", "3.", "4.", "1. sal", "2."])
        self.door = pick(["tv.", "th.", "mf.", "th.", "tv."]) if self.floor and "sal" not in self.floor else None
        if post is None:
            post, town = pick(POSTTOWNS)
        self.post, self.town = post, town

    def fl(self, tight=False):
        if not self.floor:
            return ""
        if self.door is None:
            return self.floor
        return (self.floor + self.door.rstrip(".")) if tight else f"{self.floor} {self.door}"

    def fmt(self, style=None):
        st = style or pick(["full", "full", "full", "nocomma", "street", "twoline", "nofloor"])
        base = f"{self.street} {self.no}{self.letter}"
        fl = self.fl()
        if st == "full":
            return f"{base}, {fl}, {self.post} {self.town}" if fl else f"{base}, {self.post} {self.town}"
        if st == "nofloor":
            return f"{base}, {self.post} {self.town}"
        if st == "nocomma":
            return f"{base} {self.fl(True)} {self.post} {self.town}".replace("  ", " ")
        if st == "street":
            return f"{base}, {fl}" if fl else base
        if st == "bare":
            return base
        if st == "twoline":
            return f"{base}, {fl}\n{self.post} {self.town}" if fl else f"{base}\n{self.post} {self.town}"
        if st == "lower":
            return base.lower()
        if st == "nr":
            return f"{self.street} nr. {self.no}{self.letter.lower()}"
        raise ValueError(st)


def gl_addr():
    st, post, town = pick(GL_ADDR)
    n = R.randint(1, 40)
    form = pick(["a", "b", "c"])
    if form == "a":
        return f"{st} {n}{pick(['', 'A', 'B'])}, lejl. {R.randint(1, 24)}, {post} {town}"
    if form == "b":
        return f"{st} {n}, {post} {town}, Grønland"
    return f"B-{R.randint(100, 1999)}, {st} {n}, {post} {town}"


def fo_addr():
    st, post, town = pick(FO_ADDR)
    n = R.randint(1, 60)
    form = pick(["a", "b", "c"])
    if form == "a":
        return f"{st} {n}, FO-{post} {town}"
    if form == "b":
        return f"{st} {n}, {post} {town}, Færøerne"
    return f"{st} {n}\nFO-{post} {town}"


def foreign_addr(cc):
    return pick(FOREIGN[cc]).format(n=R.randint(2, 160), m=R.randint(1, 90))


# ---------------------------------------------------------------- persons
ORIGIN_W = [("dk", 30), ("dk_rare", 8), ("word", 7), ("gl", 4), ("fo", 3), ("so", 5), ("ar", 6), ("ku", 3),
            ("tr", 4), ("af", 4), ("pk", 3), ("pl", 4), ("ua", 4), ("ro", 3), ("ba", 3), ("er", 3), ("vn", 3),
            ("th", 3), ("ph", 3), ("en", 3)]
PRO_W = [("dk", 40), ("dk_rare", 8), ("word", 4), ("gl", 2), ("fo", 2), ("ar", 3), ("tr", 3), ("pl", 2),
         ("ku", 2), ("pk", 2), ("ba", 2), ("en", 2), ("so", 1), ("vn", 1)]


def pl_form(sur, sex):
    for t in ORIGINS["pl"][2]:
        if sur in t:
            return t[1] if sex == "f" else t[0]
    return sur


def sur_of(origin, sex):
    s = pick(ORIGINS[origin][2])
    if isinstance(s, tuple):
        s = s[1] if sex == "f" else s[0]
    return s


class Person:
    def __init__(self, origin=None, sex=None, born=(1978, 1998), first=None, sur=None, weights=None):
        self.origin = origin or wpick(weights or ORIGIN_W)
        F, M, _ = ORIGINS[self.origin]
        self.sex = sex or pick(["f", "m"])
        self.first = first or pick(F if self.sex == "f" else M)
        self.sur = sur or sur_of(self.origin, self.sex)
        if isinstance(self.sur, tuple):
            self.sur = self.sur[1] if self.sex == "f" else self.sur[0]
        self.sur = pl_form(self.sur, self.sex)
        self.mid = None
        o = self.origin
        if o == "vn":
            self.mid = pick([m for m in (VN_MID_F if self.sex == "f" else VN_MID_M)
                             if self.first not in m.split() and m not in self.first.split()])
            self.full_s = f"{self.sur} {self.mid} {self.first}"
        elif o in ("so", "er"):
            cands = [x for x in M if x != self.first and x != self.sur]
            self.mid = pick(cands)
            self.full_s = f"{self.first} {self.mid} {self.sur}"
        elif o in ("dk", "dk_rare", "word") and chance(0.25):
            cands = [x for x in ORIGINS["dk"][2] + ORIGINS["dk_rare"][2] if x != self.sur and "-" not in x
                     and " " not in x]
            self.mid = pick(cands)
            self.full_s = f"{self.first} {self.mid} {self.sur}"
        else:
            self.full_s = f"{self.first} {self.sur}"
        self.dob_d = rdate(*born)
        self.cpr_s = cpr_for(self.dob_d, self.sex)
        self.ph = dk_number()
        self.addr = Addr()
        self._mail = None

    # pronouns
    @property
    def han(self): return "hun" if self.sex == "f" else "han"
    @property
    def Han(self): return "Hun" if self.sex == "f" else "Han"
    @property
    def ham(self): return "hende" if self.sex == "f" else "ham"
    @property
    def hans(self): return "hendes" if self.sex == "f" else "hans"

    def age(self, ref=REF):
        return age_at(self.dob_d, ref)

    # names
    def full(self): return N(self.full_s)
    def fn(self): return N(self.first)
    def ln(self): return N(self.sur)
    def short(self): return N(f"{self.first} {self.sur}")
    def formal(self): return N(f"{self.sur}, {self.first}" + (f" {self.mid}" if self.mid and self.origin != "vn" else ""))
    def caps(self): return N(self.full_s.upper())
    def lower(self): return N(self.first.lower())
    def nm(self): return self.full() if chance(0.5) else self.fn()

    def ini_s(self):
        parts = re.split(r"[ \-]", self.full_s)
        return "".join(p[0].upper() for p in parts if p and p[0].isalpha())

    def ini(self): return N(self.ini_s())
    def nick(self):
        ns = NICKS.get(self.first)
        return N(pick(ns)) if ns else self.fn()

    def gen(self, which="first"):
        s = {"first": self.first, "full": self.full_s, "sur": self.sur}[which]
        return gen(s)

    # data
    def tel(self, style=None): return PH(fmt_phone(self.ph, style))
    def cpr(self, style=None): return CP(fmt_cpr(self.cpr_s, style))
    def dob(self, style=None): return DB(fdate(self.dob_d, style))
    def adr(self, style=None): return AD(self.addr.fmt(style))

    def mail_s(self, domain=None):
        f, s = asc(self.first), asc(self.sur.split()[-1])
        if domain:
            form = pick(["fs", "ini", "fs", "f1s"])
            local = {"fs": f"{f}.{s}", "ini": asc(self.ini_s()), "f1s": f"{f[0]}{s}"}[form]
            return f"{local}@{domain}"
        if self._mail is None:
            yy = f"{self.dob_d.year % 100:02d}"
            local = pick([f"{f}.{s}", f"{f}{s}{yy}", f"{f[0]}{s}", f"{f}_{yy}", f"{s}{f[0]}",
                          f"{f}{R.randint(1, 999)}", f"{f}.{s}{R.randint(1, 99)}"])
            self._mail = f"{local}@{pick(MAIL_PRIVATE)}"
        return self._mail

    def mail(self, domain=None): return EM(self.mail_s(domain))


def gen(s):
    if s[-1] in "sxzSXZ":
        return N(s) + "'"
    return N(s + "s")


def pro(sex=None):
    return Person(weights=PRO_W, sex=sex, born=(1960, 1996))


def family(origin=None, kids=1, kid_born=(2008, 2021)):
    origin = origin or wpick(ORIGIN_W)
    mor = Person(origin=origin, sex="f", born=(1976, 2000))
    far_origin = origin if chance(0.75) else wpick(ORIGIN_W)
    far = Person(origin=far_origin, sex="m", born=(1970, 1998))
    ch = []
    used = [mor.first, far.first]
    for _ in range(kids):
        co = origin
        sur = None
        if co not in ("so", "er"):
            sur = pick([mor.sur, far.sur]) if far.origin == origin else mor.sur
        for _t in range(20):
            c = Person(origin=co, born=kid_born, sur=sur)
            if c.first not in used and c.first != c.sur:
                break
        used.append(c.first)
        if co in ("so", "er") and far.origin == co and far.mid:
            c.mid, c.sur = far.first, far.mid
            c.full_s = f"{c.first} {c.mid} {c.sur}"
        if co == "vn" and far.origin == "vn":
            c.sur = far.sur
            c.full_s = f"{c.sur} {c.mid} {c.first}"
        c.addr = mor.addr
        ch.append(c)
    return mor, far, ch


KOM_POST = {
    "København": [("2200", "København N"), ("2300", "København S"), ("2400", "København NV"),
                  ("2450", "København SV"), ("2500", "Valby"), ("2700", "Brønshøj")],
    "Aarhus": [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8220", "Brabrand")],
    "Odense": [("5000", "Odense C"), ("5200", "Odense V"), ("5220", "Odense SØ")],
    "Aalborg": [("9000", "Aalborg"), ("9200", "Aalborg SV"), ("9220", "Aalborg Øst"), ("9400", "Nørresundby")],
    "Vejle": [("7100", "Vejle")], "Esbjerg": [("6700", "Esbjerg")], "Kolding": [("6000", "Kolding")],
    "Randers": [("8900", "Randers C"), ("8930", "Randers NØ")], "Horsens": [("8700", "Horsens")],
    "Herning": [("7400", "Herning")], "Silkeborg": [("8600", "Silkeborg")], "Viborg": [("8800", "Viborg")],
    "Næstved": [("4700", "Næstved")], "Slagelse": [("4200", "Slagelse")], "Roskilde": [("4000", "Roskilde")],
    "Holbæk": [("4300", "Holbæk")], "Hvidovre": [("2650", "Hvidovre")], "Hjørring": [("9800", "Hjørring")],
    "Svendborg": [("5700", "Svendborg")], "Sønderborg": [("6400", "Sønderborg")],
    "Frederikshavn": [("9900", "Frederikshavn")], "Guldborgsund": [("4800", "Nykøbing F")],
    "Køge": [("4600", "Køge")], "Ballerup": [("2750", "Ballerup")],
}


def kaddr(kom):
    post, town = pick(KOM_POST[kom])
    return Addr(post=post, town=town)


def home_in(kom, *ps):
    a = kaddr(kom)
    for p in ps:
        p.addr = a
    return a


def kommune():
    return pick(KOMMUNER)


def wmail(p, dom):
    return p.mail(dom)


def sagsnr():
    return pick([f"27.24.00-G01-{R.randint(10, 999)}-{pick(['23', '24', '25'])}",
                 f"{pick(['2023', '2024', '2025'])}-{R.randint(10000, 99999)}",
                 f"J.nr. {pick(['23', '24', '25'])}/{R.randint(10000, 99999)}"])


def tid():
    return f"{R.randint(8, 15)}.{pick(['00', '15', '30', '45'])}"


# whitelist of public, non-personal numbers that may appear outside spans
PUBLIC_NUMBERS = ["33 66 33 66", "89 40 20 00", "66 13 13 72", "99 31 31 31", "33 41 12 00", "72 56 70 00",
                  "82 12 12 12"]
WHITELIST = list(PUBLIC_NUMBERS)


def cvr():
    s = str(R.randint(10000000, 99999999))
    WHITELIST.append(s)
    return s


def ean():
    return "5798" + "".join(str(R.randint(0, 9)) for _ in range(9))


def variants(name):
    v = VARIANTS.get(name)
    if not v:
        return [name]
    out = [name] + [x for x in v if x != name]
    return out


# ================================================================ PLANTED TEMPLATES
# Each template returns (head, opts, tail): lists of marked strings. The composer keeps head and tail
# and adds optional blocks (in order) until the text falls in its length band.

# ---------------------------------------------------------------- genre 0: udvalg / Ankestyrelsen
def lawyer():
    a = pro()
    firm, dom = pick(LAW_FIRMS)
    fa = Addr()
    fa.floor, fa.door = pick([(None, None), ("1. sal", None), ("2. sal", None), ("st.", None)])
    return a, firm, dom, fa


def p0_udvalg():
    kom, kdom, ksw = kommune()
    mor, far, (barn,) = family(kid_born=(2008, 2020))
    home_in(kom, mor, barn)
    d_meet, s_meet = mdate(2024, 2025)
    adv, firm, dom, fa = lawyer()
    adv2, firm2, dom2, fa2 = lawyer()
    dommer, bs1, bs2, k1, k2 = pro(), pro(), pro(), pro(), pro()
    sb = pro()
    pm, pf = Person(sex="f", born=(1965, 1990)), Person(sex="m", born=(1962, 1990))
    pf.addr = pm.addr
    bis = pro()
    psyk = pro()
    head = [
        f"{kom} Kommune · Børne- og ungeudvalget\nAfgørelse truffet på mødet den {s_meet} (sag nr. {sagsnr()})\n\n",
        f"Sagen vedrører {barn.full()}, født {barn.dob()}, CPR-nr. {barn.cpr()}, "
        f"{pick(['bopæl', 'adresse', 'bor på'])} {barn.adr(pick(['full', 'nofloor']))}.\n\n",
    ]
    parter = (f"Parter:\nMor: {mor.full()}, {mor.adr('full') if chance(0.6) else 'samme adresse'}, "
              f"tlf. {mor.tel()}\nFar: {far.full()}, {far.adr()}" +
              (f", tlf. {far.tel()}" if chance(0.5) else "") + "\n")
    if barn.age() >= 10:
        parter += f"{barn.fn()} er fyldt 10 år og er selv part i sagen, jf. barnets lov § 3.\n"
    parter += "\n"
    opts = [
        parter,
        f"Advokat for mor: {adv.full()}, {firm}, {AD(fa.fmt('nofloor'))}, tlf. {adv.tel(pick(['pairs', 'quads']))}, "
        f"{adv.mail(dom)}\nAdvokat for far: advokat {adv2.full()}, {firm2}, direkte {adv2.tel()}\n\n",
        f"Udvalgets sammensætning: dommer {dommer.full()} (formand), børnesagkyndige {bs1.full()} og "
        f"{bs2.full()} samt kommunalbestyrelsesmedlemmerne {k1.full()} og {k2.full()}.\n\n",
        f"Afgørelse\nBørne- og ungeudvalget har besluttet, at {barn.fn()} skal anbringes uden for hjemmet uden "
        f"samtykke, jf. barnets lov § 47. Anbringelsen sker i plejefamilie hos {pm.full()} og {pf.full()}, "
        f"{pm.adr(pick(['full', 'nofloor']))}.\n\n",
        f"Begrundelse\nUdvalget har lagt vægt på, at {barn.gen()} behov for stabil voksenkontakt ikke kan dækkes i "
        f"hjemmet. Det fremgår af den børnefaglige undersøgelse, at {mor.fn()} i længere perioder ikke har kunnet "
        f"sørge for, at {barn.fn()} kom i skole, og at {far.fn()} ikke har haft mulighed for at træde til. "
        f"Udvalget har også lagt vægt på den psykologiske undersøgelse ved cand.psych. {psyk.full()}, hvor det "
        f"beskrives, at {barn.han} er utryg og tager ansvar for de voksne.\n\n",
        f"Barnets holdning\n{barn.fn()} var til samtale med udvalgets formand den {mdate(2024, 2025)[1]} med "
        f"{pick(['bisidder', 'sin bisidder'])} {bis.full()} til stede, jf. barnets lov § 6. {barn.Han} sagde, at "
        f"{barn.han} savner sin mor, men at {barn.han} gerne vil blive boende hos {pm.fn()} og {pf.fn()}.\n\n",
        f"Samvær\n{mor.gen()} samvær med {barn.fn()} fastsættes til hver anden weekend med overvåget overlevering. "
        f"Overleveringen sker ved plejefamiliens bopæl.\n\n",
        f"Klagevejledning\nAfgørelsen kan indbringes for Ankestyrelsen inden 4 uger. Klagen sendes til {kom} "
        f"Kommune, sekretariatet for børne- og ungeudvalget, att. {sb.full()}, {sb.mail(kdom)}, direkte tlf. "
        f"{sb.tel()}" + (f" (hovednummer {ksw})" if ksw else "") + ".\n\n",
    ]
    tail = [f"På udvalgets vegne\n{dommer.full()}\nformand"]
    return head, opts, tail


def p0_anke():
    kom, kdom, ksw = kommune()
    mor, far, (barn,) = family(kid_born=(2008, 2019))
    adv, firm, dom, fa = lawyer()
    sb, lærer, psyk, chef, medl = pro(), pro(), pro(), pro(), pro()
    d1 = mdate(2024, 2024)[1]
    head = [
        f"{pick(['ANKESTYRELSENS AFGØRELSE', 'Ankestyrelsens afgørelse', 'Afgørelse fra Ankestyrelsen'])}\n"
        f"Klager: {mor.full()}, {mor.adr(pick(['full', 'nofloor', 'nocomma']))}\n"
        f"Barnet: {barn.formal()}, CPR {barn.cpr()}\n\n",
    ]
    opts = [
        f"Partsrepræsentant: advokat {adv.full()}, {firm}, {AD(fa.fmt('nofloor'))} ({adv.mail(dom)})\n"
        f"Kommune: {kom} Kommune, sagsbehandler {sb.full()}, tlf. {sb.tel()}\n\n",
        f"Resultat\nAnkestyrelsen {pick(['stadfæster', 'ændrer', 'stadfæster'])} børne- og ungeudvalgets afgørelse "
        f"af {d1} om anbringelse af {barn.fn()} uden for hjemmet uden samtykke, jf. barnets lov § 47.\n\n",
        f"Hvad handler sagen om\n{barn.fn()} er født {barn.dob()} og har boet hos sin mor, siden forældrene gik fra "
        f"hinanden. {barn.gen()} far, {far.full()}, f. {far.dob()}, bor på {far.adr(pick(['street', 'full']))} og har "
        f"samvær hver anden weekend. Skolen har flere gange underrettet om fravær og om, at {barn.fn()} kommer "
        f"sulten i skole.\n\n",
        f"Ankestyrelsens begrundelse\nVi har lagt vægt på, at {barn.fn()} har et stort fravær, og at {mor.fn()} "
        f"ikke har kunnet tage imod den støtte, kommunen har tilbudt efter barnets lov § 32. Vi har også lagt vægt "
        f"på, at {barn.fn()} selv har givet udtryk for at ønske ro.\n\n",
        f"Oplysninger i sagen\nVi har blandt andet lagt vægt på udtalelse af {mdate(2024, 2024)[1]} fra "
        f"klasselærer {lærer.full()}, psykologisk undersøgelse ved {psyk.full()} og referat af samtale med "
        f"{barn.fn()}. {mor.gen()} advokat har i klagen oplyst, at {mor.fn()} nu er i behandling.\n\n",
        f"Sagen er behandlet på et møde, hvor ankechef {chef.full()} og beskikket medlem {medl.full()} deltog.\n\n",
        f"Kopi til: {far.full()}, {far.adr(pick(['full', 'twoline']))} · advokat {adv.ln()}\n\n",
    ]
    tail = [f"Med venlig hilsen\n{chef.full()}\nAnkestyrelsen"]
    return head, opts, tail


def p0_partshoering():
    kom, kdom, ksw = kommune()
    mor, far, (barn,) = family(kid_born=(2009, 2016))
    home_in(kom, mor, barn)
    adv, firm, dom, fa = lawyer()
    adv2, firm2, dom2, fa2 = lawyer()
    sb, bis = pro(), pro()
    dm = mdate(2025, 2025)[1]
    head = [
        f"Til advokat {adv.full()}\n{firm}\n{AD(fa.fmt('twoline'))}\nSendt pr. mail: {adv.mail(dom)}\n\n"
        f"Vedr.: {barn.full()}, CPR {barn.cpr()} – indstilling til børne- og ungeudvalget\n\n",
    ]
    opts = [
        f"Hermed sendes kommunens indstilling om anbringelse uden samtykke af {barn.fn()} (f. {barn.dob()}), "
        f"jf. barnets lov § 47, til partshøring. Din klient, {mor.full()}, kan komme med bemærkninger "
        f"senest den {mdate(2025, 2025)[1]}.\n\n",
        f"Mødet i børne- og ungeudvalget er fastsat til {dm} kl. {tid()} på rådhuset, mødelokale "
        f"{R.randint(1, 3)}.{R.randint(10, 40)}. " + (f"{barn.fn()} er {barn.age()} år og er selv part, jf. § 3. "
        if barn.age() >= 10 else f"{barn.fn()} er {barn.age()} år og skal inddrages, jf. barnets lov § 5. ") +
        f"{barn.Han} har valgt {bis.full()} som bisidder; {bis.fn()} kan træffes på {bis.tel()}.\n\n",
        f"Far, {far.full()}, {far.adr()}, er repræsenteret ved advokat {adv2.full()}, {firm2} "
        f"({adv2.mail(dom2)}).\n\n",
        f"Indstillingen bygger bl.a. på den børnefaglige undersøgelse efter barnets lov § 20, skoleudtalelser og "
        f"to samtaler med {barn.fn()}. Det er kommunens vurdering, at der er en åbenbar risiko for, at "
        f"{barn.gen()} sundhed og udvikling lider alvorlig skade.\n\n",
        f"Vi gør opmærksom på, at {mor.fn()} fortsat kan kontaktes direkte på {mor.tel()}, og at breve sendes til "
        f"{mor.adr('street')}, indtil anden adresse er oplyst.\n\n",
    ]
    tail = [f"Venlig hilsen\n{sb.full()}\nMyndighedsrådgiver, Børn og Familie\nDirekte: {sb.tel()} · "
            f"{sb.mail(kdom)}"]
    return head, opts, tail


def p0_protokol():
    kom, kdom, ksw = kommune()
    mor, far, (barn,) = family(kid_born=(2007, 2018))
    adv, firm, dom, fa = lawyer()
    bis, sb = pro(), pro()
    pm = Person(sex="f", born=(1960, 1990))
    head = [
        f"Udskrift af forhandlingsprotokol, børne- og ungeudvalget, {kom} Kommune\n"
        f"Mødedato: {mdate(2024, 2025)[1]}. Punkt {R.randint(2, 9)}: {barn.caps()} ({barn.cpr()})\n",
    ]
    opts = [
        f"Til stede: {mor.full()} med advokat {adv.full()}; {far.full()} (udeblev trods indkaldelse); "
        f"{barn.fn()} deltog i første del med bisidder {bis.full()}.\n",
        f"Udvalget besluttede enstemmigt at opretholde anbringelsen uden samtykke, jf. barnets lov § 47. "
        f"{barn.fn()} forbliver i plejefamilien hos {pm.full()}, {pm.adr()}.\n",
        f"{mor.fn()} oplyste under mødet, at hun er flyttet til {mor.adr(pick(['full', 'nofloor']))} og har fået "
        f"nyt nummer, {mor.tel()}. Sekretariatet retter oplysningerne.\n",
        f"Samvær mellem {barn.fn()} og {far.fn()} fastholdes som telefonsamvær, da far ikke er mødt op til de "
        f"seneste tre aftaler. Far kan kontaktes på {far.tel()}.\n",
        f"Afgørelsen kan indbringes for Ankestyrelsen inden 4 uger. Spørgsmål rettes til sekretær {sb.full()}, "
        f"{sb.mail(kdom)}.\n",
        f"Udvalget lagde vægt på, at {barn.fn()} har været anbragt i {R.randint(2, 6)} år og har knyttet sig til "
        f"plejefamilien. En hjemgivelse nu vurderes at ville skade {barn.ham}.\n",
        f"{barn.fn()} gav selv udtryk for, at {barn.han} vil blive boende, men gerne vil se {mor.fn()} oftere. "
        f"Bisidderen, {bis.fn()}, støttede {barn.ham} under samtalen.\n",
        f"Advokat {adv.ln()} anførte på {mor.gen()} vegne, at mor nu har egen lejlighed og fast arbejde, og bad "
        f"om en plan for hjemgivelse.\n",
        f"Sagsbehandler {sb.full()} redegjorde for samværet, som er forløbet roligt siden {mdate(2024, 2024)[1]}.\n",
    ]
    tail = [f"/{sb.ini_s() and sb.ini()}"]
    return head, opts, tail


# ---------------------------------------------------------------- genre 1: samtale med tolk
def spoken_mail(s):
    dot = pick([" punktum ", " prik ", " punkt "])
    s = s.replace("@", " snabel-a ").replace(".", dot).replace("_", " underscore ")
    return re.sub(r"\s+", " ", s).strip()


def refugee_family(cc, kid_born=(2008, 2019)):
    o = COUNTRY_ORIGIN[cc]
    mor, far, kids = family(origin=o, kids=pick([1, 1, 2]), kid_born=kid_born)
    far.origin = o
    if o in ("ar", "so") and chance(0.6):
        far.first = "Mohammed"
        far.full_s = far.full_s.replace(far.full_s.split()[0], "Mohammed", 1)
    return mor, far, kids


AUTO_SUBS = [("ou", "u"), ("kh", "ch"), ("sh", "sch"), ("ee", "i"), ("aa", "a"), ("y", "i"), ("j", "dj"),
             ("w", "v"), ("ph", "f"), ("i", "y"), ("a", "aa"), ("e", "a"), ("o", "u"), ("k", "q"), ("z", "s"),
             ("d", "dh"), ("t", "th")]


def auto_variant(name):
    out = []
    low = name.lower()
    for a, b in AUTO_SUBS:
        i = low.find(a, 1)
        if i > 0:
            v = name[:i] + b + name[i + len(a):]
            if v != name and v not in out:
                out.append(v)
        if len(out) >= 2:
            break
    return out


def vname(p, which="first"):
    """spelling variants of the first name or surname"""
    base = p.first if which == "first" else p.sur
    vs = variants(base)
    if p.origin == "so" and base == "Mohammed":
        vs = ["Mohammed", "Maxamed", "Mohamed"]
    if len(vs) < 2:
        vs = [base] + auto_variant(base)
    if len(vs) < 2:
        vs.append(base + base[-1] if base[-1] not in "aeiouy" else base + "h")
    return vs


def uncertain_dob(p):
    # born 1 January (common registration practice when the date is unknown)
    d = dt.date(p.dob_d.year, 1, 1)
    p.dob_d = d
    p.cpr_s = cpr_for(d, p.sex)
    return d


def interp(cc=None):
    if cc is None:
        return Person(weights=[("ar", 3), ("so", 2), ("af", 2), ("er", 2), ("ua", 2), ("dk", 3), ("ku", 2)],
                      born=(1960, 1995))
    o = COUNTRY_ORIGIN[cc]
    if cc == "af":
        o = pick(["af", "af", "dk"])
    elif chance(0.2):
        o = "dk"
    return Person(origin=o, born=(1960, 1995))


def p1_referat():
    cc = pick(list(FOREIGN.keys()))
    o = COUNTRY_ORIGIN[cc]
    mor, far, kids = refugee_family(cc)
    barn = kids[0]
    tolk, sb = interp(cc), pro()
    bror = Person(origin=o, sex="m", born=(1970, 1995))
    uncertain_dob(barn)
    fv = vname(far)
    use_sur = mor.sur in VARIANTS
    mv = vname(mor, "sur") if use_sur else vname(mor)
    dob2 = dt.date(barn.dob_d.year - pick([0, 1]), 1, 1)
    head = [
        f"Samtale med tolk – {mdate(2024, 2025)[1]}\nDeltagere: {mor.full()} (mor), {tolk.full()} (tolk, "
        f"{COUNTRY_LANG[cc]}), rådgiver {sb.full()}\n\n",
    ]
    names_blk = (f"Indledningsvis gennemgik vi stavemåden af navnene. Mor skriver selv sit {'efternavn' if use_sur else 'fornavn'} {N(mv[0])}, men i "
                 f"opholdskortet står {N(mv[1])}. ")
    if len(fv) > 2:
        names_blk += (f"Barnets far hedder {far.full()} – i tidligere akter også skrevet {N(fv[1])} og "
                      f"{N(fv[2])}, og ved politiet er han registreret som {N(fv[1] + ' ' + far.sur)}.\n\n")
    elif len(fv) > 1:
        names_blk += f"Far, {far.full()}, optræder i akterne også som {N(fv[1])}.\n\n"
    else:
        names_blk += f"Far hedder {far.full()}; han er ikke i Danmark.\n\n"
    opts = [
        names_blk,
        f"{barn.fn()} er ifølge mor født ca. {barn.dob(pick(['dmy_short', 'dmy']))}, men hun er ikke sikker på "
        f"datoen. I papirerne fra flygtningelejren står der oplyst fødselsdato {DB(fdate(dob2, pick(['dmy', 'ymd'])))}"
        f". I CPR er {barn.han} registreret med {barn.cpr()}.\n\n",
        f"Mors bror, {bror.full()}, bor fortsat i {COUNTRY_NAME[cc]} på adressen {AD(foreign_addr(cc))}. Han kan "
        f"kontaktes på {PH(foreign_phone(cc))}, men forbindelsen er ofte dårlig, oplyste mor.\n\n",
        f"Familien bor nu på {mor.adr(pick(['full', 'nofloor']))}. Mor har fået nyt telefonnummer, "
        f"{mor.tel(pick(['pairs', 'plain', 'p45pairs']))}. Hun stavede sin e-mail gennem tolken: "
        f"{EM(spoken_mail(mor.mail_s()) if chance(0.6) else mor.mail_s())}.\n\n",
        f"Mor fortalte, at {barn.fn()} sover dårligt og ofte vågner om natten. {barn.Han} taler meget om "
        f"{pick(['sin morfar', 'sin farmor', 'sine kusiner', 'sin bedste ven'])} derhjemme. Tolken gjorde opmærksom "
        f"på, at mor brugte et ord, der både kan betyde 'bange' og 'urolig'.\n\n",
        f"Vi aftalte et nyt møde med samme tolk. Hvis {tolk.fn()} ikke kan, bestilles en anden tolk med samme "
        f"dialekt.\n\n",
    ]
    if len(kids) > 1:
        k2 = kids[1]
        opts.insert(2, f"{'Lillesøster' if k2.sex == 'f' else 'Lillebror'} {k2.full()} har fået registreret fødselsdato {k2.dob()} – mor mener "
                       f"selv, at {k2.han} er født om foråret.\n\n")
    tail = [f"Referent: {sb.ini()}"]
    return head, opts, tail


def p1_dialog():
    cc = pick(list(FOREIGN.keys()))
    o = COUNTRY_ORIGIN[cc]
    mor, far, kids = refugee_family(cc)
    barn = kids[0]
    sb = pro()
    farmor = Person(origin=o, sex="f", born=(1945, 1965))
    fv = vname(far)
    uncertain_dob(barn)
    sbn = sb.fn()
    who = pick(["Far", "Far (via tolk)"])
    head = [
        f"Telefonsamtale via telefontolk, {mdate(2024, 2025)[1]} kl. {tid()}\n"
        f"Til stede: sagsbehandler {sb.short()}, tolk nr. {R.randint(1000, 9999)} ({COUNTRY_LANG[cc]}), "
        f"far {far.full()}\n\n",
    ]
    opts = [
        f"SB: Må jeg bede dig bekræfte dit fulde navn?\n{who}: Jeg hedder {N(fv[0] + ' ' + far.sur)}. I mit pas står "
        f"der {N(fv[1] + ' ' + far.sur) if chance(0.5) else N(fv[1])}, det er bare en anden stavemåde.\n",
        f"SB: Og din {'datters' if barn.sex == 'f' else 'søns'} fødselsdato?\n{who}: Den kender vi ikke præcist. "
        f"{barn.Han} er født om vinteren. I Danmark har {barn.han} fået {barn.dob(pick(['dmy', 'dmy_short', 'd_month']))}.\n",
        f"SB: Hvor bor I nu?\n{who}: {mor.adr(pick(['full', 'nofloor', 'street']))}. Min kone, {mor.fn()}, bor der "
        f"også.\n",
        f"SB: Har du et nummer, hvor jeg kan fange dig?\n{who}: Ja, {far.tel(pick(['spoken', 'spoken', 'digits', 'pairs']))}.\n"
        f"Tolken gentager: {far.tel('pairs')}.\n",
        f"SB: Hvem har I stadig kontakt med i {COUNTRY_NAME[cc]}?\n{who}: Min mor, {farmor.full()}. Hun bor i "
        f"{AD(foreign_addr(cc))}. Hendes nummer er {PH(foreign_phone(cc))}.\n",
        f"SB: Har du en mailadresse?\n{who}: {EM(spoken_mail(far.mail_s()))}.\nSB: Jeg skriver den op: "
        f"{far.mail()}.\n",
        f"SB: Tak. Jeg sender et referat. {barn.fn()} skal til samtale på skolen på torsdag.\n",
    ]
    tail = [f"\nNotat: {sbn}"]
    return head, opts, tail


def p1_barn():
    cc = pick(["er", "af", "so", "sy"])
    o = COUNTRY_ORIGIN[cc]
    barn = Person(origin=o, sex=pick(["m", "m", "f"]), born=(2007, 2011))
    uncertain_dob(barn)
    onkel = Person(origin=o, sex="m", born=(1970, 1995))
    ven = Person(origin=o, sex=barn.sex, born=(2006, 2010))
    tolk, sb, pæd = interp(cc), pro(), pro()
    bv = vname(barn)
    head = [
        f"Samtale med {barn.full()} med tolk ({COUNTRY_LANG[cc]})\nDato: {mdate(2024, 2025)[1]}. Tolk: "
        f"{tolk.full()}. Til stede: {sb.full()} og kontaktperson {pæd.full()}.\n\n",
    ]
    opts = [
        f"{barn.fn()} oplyser at være født {barn.dob(pick(['dmy_short', 'spoken', 'dmy']))}, men siger selv, at "
        f"{barn.han} ikke kender sin præcise fødselsdag. {barn.Han} har CPR-nr. {barn.cpr()}.\n\n",
        f"Navnet staves forskelligt i papirerne: {N(bv[1])}" + (f" og {N(bv[2])}" if len(bv) > 2 else "") +
        f". {barn.Han} ønsker selv at blive kaldt {barn.fn()}.\n\n",
        f"{barn.Han} fortæller, at {barn.hans} onkel, {onkel.full()}, bor på {AD(foreign_addr(cc))}, og at "
        f"{barn.han} skriver med ham på {pick(['WhatsApp', 'Viber', 'Imo'])}. Onklens nummer er "
        f"{PH(foreign_phone(cc))}.\n\n",
        f"{barn.fn()} har en ven fra rejsen, {ven.full()}, som nu bor i {pick(['Aarhus', 'Vejle', 'Odense', 'Herning'])}. "
        f"De ringer sammen om aftenen. {ven.gen()} nummer er {ven.tel(pick(['plain', 'pairs']))}.\n\n",
        f"Om skolen siger {barn.fn()}, at dansk er svært, men at matematik går godt. {barn.Han} sover dårligt og "
        f"tænker meget på sin mor. Tolken oversatte ordet som 'hjemve', men {barn.fn()} sagde, at det "
        f"var mere end det.\n\n",
        f"Aftale: {pæd.fn()} hjælper {barn.fn()} med at skrive til Røde Kors' eftersøgningstjeneste. Næste samtale "
        f"om fire uger med samme tolk.\n\n",
    ]
    tail = [f"{sb.fn()} / {sb.ini()}"]
    return head, opts, tail


def p1_ukr_vn_th():
    cc = pick(["ua", "vn", "th", "ua"])
    o = COUNTRY_ORIGIN[cc]
    mor = Person(origin=o, sex="f", born=(1978, 1996))
    barn = Person(origin=o, born=(2008, 2019), sur=mor.sur if o != "vn" else None)
    if o == "vn":
        barn.sur = mor.sur
        barn.full_s = f"{barn.sur} {barn.mid} {barn.first}"
    dkfar = Person(origin="dk", sex="m", born=(1965, 1990))
    sb, tolk = pro(), interp(cc)
    bedst = Person(origin=o, sex="f", born=(1950, 1970))
    mv = vname(mor)
    sv = vname(mor, "sur")
    head = [
        f"Notat – møde med tolk ({COUNTRY_LANG[cc]}) {mdate(2024, 2025)[1]}\n"
        f"Borger: {mor.full()}, CPR {mor.cpr()}. Barn: {barn.full()}, f. {barn.dob()}.\n\n",
    ]
    spell = f"Mors fornavn skrives i hendes pas {N(mv[1])}, i CPR {mor.fn()}. "
    if len(sv) > 1:
        spell += f"Efternavnet optræder både som {mor.ln()} og {N(sv[1])}. "
    if o == "vn":
        spell += f"I danske papirer er rækkefølgen ofte byttet om: {N(mor.first + ' ' + mor.sur)}. "
    opts = [
        (spell + "\n\n") if spell else "",
        f"Mor kom til Danmark i {pick(['2022', '2023', '2019', '2021'])}. Hendes mor, {bedst.full()}, bor stadig på "
        f"{AD(foreign_addr(cc))} og kan ringes op på {PH(foreign_phone(cc))}.\n\n",
        f"{barn.gen()} far er dansk, {dkfar.full()}, f. {dkfar.dob()}, og bor på {dkfar.adr()}. Forældrene har "
        f"fælles forældremyndighed. Far har oplyst nummeret {dkfar.tel()}.\n\n",
        f"Mor bor med {barn.fn()} på {mor.adr(pick(['full', 'twoline']))}. Tlf. {mor.tel()}. "
        f"Mail: {mor.mail()}.\n\n",
        f"Tolken {tolk.fn()} gjorde opmærksom på, at mor taler en dialekt, og at enkelte ord blev oversat via "
        f"engelsk. Mor ønskede referatet oversat skriftligt.\n\n",
        f"Mor fortalte, at {barn.fn()} græder om morgenen, når {barn.han} skal i skole, og at {barn.han} ikke vil "
        f"sove alene. Vi aftalte at tale med skolen og sundhedsplejen.\n\n",
        f"{barn.fn()} går i {pick(['modtageklasse', '2. klasse', 'børnehaveklasse', '6. klasse'])} og har fået en "
        f"ven, {Person(born=(barn.dob_d.year, barn.dob_d.year)).fn()}, som {barn.han} leger med efter skole.\n\n",
        f"Mor ønsker, at kommunen ringer til hende på {mor.tel()} mellem kl. 8 og 14, da hun går på sprogskole om "
        f"eftermiddagen.\n\n",
    ]
    tail = [f"Skrevet af {sb.full()}, {sb.tel()}"]
    return head, opts, tail


# ---------------------------------------------------------------- genre 2: exports / spreadsheets
ROLLE = ["Mor", "Far", "Barn", "Barn", "Plejemor", "Plejefar", "Bedstemor", "Stedfar", "Værge", "Søskende"]


def row_person(role):
    if role in ("Barn", "Søskende"):
        return Person(born=(2008, 2022))
    if role == "Bedstemor":
        return Person(sex="f", born=(1950, 1970))
    if role in ("Mor", "Plejemor"):
        return Person(sex="f", born=(1970, 1998))
    if role in ("Far", "Plejefar", "Stedfar"):
        return Person(sex="m", born=(1965, 1998))
    return Person(born=(1960, 1995))


def p2_csv():
    sep = pick([";", ";", "\t"])
    mor, far, kids = family(kids=pick([1, 2, 3]))
    rows = [("Mor", mor), ("Far", far)] + [("Barn", k) for k in kids]
    extra = [(r, row_person(r)) for r in [pick(["Plejemor", "Bedstemor", "Stedfar"]), pick(["Plejefar", "Værge"]),
                                          pick(["Søskende", "Bedstemor"]), pick(["Stedfar", "Plejemor", "Søskende"])]]
    pms = [p for r, p in extra if r == "Plejemor"]
    for r, p in extra:
        if r == "Plejefar" and pms:
            p.addr = pms[0].addr
    cs = pick(["dash", "plain", "dash"])
    ps = pick(["plain", "pairs", "p45plain"])
    as_ = pick(["full", "nofloor", "nocomma"])
    hdr = sep.join(["Navn", "CPR", "Adresse", "Telefon", "Rolle"])

    def line(role, p):
        nm = p.formal() if chance(0.4) else p.full()
        tel = p.tel(ps) if (role != "Barn" or p.age() >= 12) else ""
        return sep.join([nm, p.cpr(cs), p.adr(as_), tel, role]) + "\n"
    head = [f"{pick(['Udtræk fra fagsystem', 'Eksport', 'Kopi fra regneark'])} {mdate(2024, 2025)[1]} – "
            f"sag {sagsnr()}\n{hdr}\n" + line(*rows[0])]
    opts = [line(r, p) for r, p in rows[1:]] + [line(r, p) for r, p in extra]
    opts.append(f"\nBemærkning{sep}{far.fn()} har hemmelig adresse fra {mdate(2025, 2025)[1]} – må ikke "
                f"udleveres\n")
    opts.append(f"Kontakt{sep}{mor.mail()}{sep}{far.mail()}\n")
    kom, kdom, _ = kommune()
    sb = pro()
    opts.append(f"Sagsbehandler{sep}{sb.full()}{sep}{sb.tel()}{sep}{sb.mail(kdom)}\n")
    opts.append("\nHistorik\n" + sep.join(["Dato", "Hændelse", "Initialer"]) + "\n" +
                sep.join([mdate(2024, 2024)[1], "Underretning modtaget fra skole", sb.ini()]) + "\n" +
                sep.join([mdate(2024, 2025)[1], f"Samtale med {kids[0].first and kids[0].fn()} på skolen", sb.ini()])
                + "\n" + sep.join([mdate(2025, 2025)[1], "Børnefaglig undersøgelse afsluttet (§ 20)", sb.ini()]) + "\n")
    opts.append(f"\nNoter\n{mdate(2025, 2025)[1]}{sep}{mor.fn()} ringede fra nyt nummer {mor.tel()}{sep}"
                f"{sb.ini()}\n{mdate(2025, 2025)[1]}{sep}Brev til {far.full()} kom retur – ny adresse "
                f"{far.adr(pick(['nofloor', 'full']))}{sep}{sb.ini()}\n")
    tail = [pick(["Udtræk afsluttet – fortroligt", "Eksporteret til regneark (fortroligt)", "-- slut på udtræk --"])]
    return head, opts, tail


def p2_venteliste():
    sep = pick(["\t", ";", " | "])
    area = pick(["Område Nord", "Distrikt Øst", "Midtbyen", "Område Syd", "Vest"])
    ds = pick(["dmy", "ymd", "dmy", "dmyy"])
    head = [f"Venteliste dagtilbud – {area} – pr. {mdate(2025, 2025)[1]}\n" +
            sep.join(["Nr", "Barn", "Født", "Forælder", "Tlf", "Ønsket start"]) + "\n"]
    opts = []
    n = R.randint(9, 16)
    for i in range(1, n + 1):
        barn = Person(born=(2023, 2024))
        par = Person(origin=barn.origin, sex=pick(["f", "f", "m"]), born=(1985, 2001),
                     sur=barn.sur if chance(0.7) and barn.origin not in ("so", "er", "vn") else None)
        start = pick(["01.08.2025", "01.09.2025", "snarest", "01.01.2026", "efter barsel", "01.10.2025"])
        cells = [str(i), barn.full() if chance(0.7) else barn.formal(), barn.dob(ds), par.full(),
                 par.tel(pick(["plain", "pairs"])), start]
        if chance(0.25):
            cells.append(par.mail())
        opts.append(sep.join(cells) + "\n")
    opts = Prefix(opts)
    tail = [pick(["Søskendefortrin markeret med *", "Listen opdateres hver mandag", "Udskrevet af pladsanvisningen"])]
    return head, opts, tail


def p2_keyvalue():
    mor, far, (barn,) = family(kid_born=(2006, 2020))
    kom, kdom, _ = kommune()
    sb, lærer = pro(), pro()
    net = Person(sex="f", born=(1950, 1975))
    kv = pick([": ", " = ", ":\t"])
    ts = f"{mdate(2025, 2025)[1]} {R.randint(7, 16):02d}:{R.randint(0, 59):02d}"
    head = [f"--- Borgeroplysninger (udtræk {ts}) ---\n"
            f"Navn{kv}{barn.caps() if chance(0.4) else barn.full()}\nCPR{kv}{barn.cpr()}\n"
            f"Fødselsdato{kv}{barn.dob(pick(['dmy', 'ymd']))}\n"]
    opts = [
        f"Adresse{kv}{barn.adr(pick(['full', 'nofloor']))}\n",
        f"Skole/dagtilbud{kv}(se institutionsfanen)\nSprog{kv}{pick(['dansk', 'arabisk', 'somali', 'dansk/engelsk', 'tyrkisk'])}\n",
        f"\n[Relation 1]\nRolle{kv}Mor\nNavn{kv}{mor.formal()}\nCPR{kv}{mor.cpr()}\nTlf{kv}{mor.tel()}\n"
        f"Mail{kv}{mor.mail()}\nForældremyndighed{kv}Ja\n",
        f"\n[Relation 2]\nRolle{kv}Far\nNavn{kv}{far.formal()}\nCPR{kv}{far.cpr()}\n"
        f"Adresse{kv}{far.adr(pick(['full', 'nocomma']))}\nTlf{kv}{far.tel()}\n"
        f"Forældremyndighed{kv}{pick(['Ja', 'Nej'])}\n",
        f"\n[Sag]\nSagsnr{kv}{sagsnr()}\nSagsbehandler{kv}{sb.full()} ({sb.ini()})\nDirekte tlf{kv}{sb.tel()}\n"
        f"Mail{kv}{sb.mail(kdom)}\nParagraf{kv}{pick(['§ 32', '§ 46', '§ 47', '§ 20'])}\n",
        f"Notefelt{kv}\"{mor.fn()} ringede {mdate(2025, 2025)[1]}, ønsker ny samtale. Far ikke orienteret.\"\n",
        f"\n[Relation 3]\nRolle{kv}{pick(['Mormor', 'Farmor', 'Moster'])}\nNavn{kv}{net.full()}\n"
        f"Adresse{kv}{net.adr(pick(['full', 'nofloor']))}\nTlf{kv}{net.tel()}\n",
        f"\n[Skole]\nKontaktlærer{kv}{lærer.full()}\nTlf{kv}{lærer.tel()}\nMail{kv}{lærer.mail('skolekom.' + kdom)}\n",
        f"\n[Historik]\n{mdate(2024, 2024)[1]}{kv}Underretning fra skole ({lærer.ini()})\n{mdate(2025, 2025)[1]}{kv}"
        f"Samtale med {barn.fn()} ({sb.ini()})\n{mdate(2025, 2025)[1]}{kv}Partshøring sendt til {mor.ln()}\n",
    ]
    tail = ["--- slut ---"]
    return head, opts, tail


def pad(m, width):
    n = len(strip_marks(m))
    return m + " " * max(1, width - n)


def p2_fixed():
    mor, far, kids = family(kids=pick([1, 2, 3]))
    people = [("MOR", mor), ("FAR", far)] + [("BARN", k) for k in kids]
    for r in pick([["PLM"], ["PLF", "PLM"], ["BM"], []]):
        people.append((r, row_person("Plejemor" if r in ("PLM", "BM") else "Plejefar")))
    ds = pick(["dmy", "dmyy", "ymd"])
    hdr = pad("ROLLE", 7) + pad("NAVN", 28) + pad("FØDT", 12) + pad("ADRESSE", 40) + "TLF"
    head = [f"RAPPORT {R.randint(100, 999)}   KØRT {mdate(2025, 2025)[1]}\n{hdr}\n" + "-" * 96 + "\n"]
    opts = []
    for role, p in people:
        nm = N(f"{p.sur.upper()}, {p.first.upper()}") if chance(0.5) else p.full()
        row = pad(role, 7) + pad(nm, 28) + pad(p.dob(ds), 12) + pad(p.adr(pick(["nofloor", "full"])), 40)
        row += p.tel(pick(["plain", "pairs"])) if role not in ("BARN",) or chance(0.3) else "-"
        opts.append(row + "\n")
    opts.append("-" * 96 + "\n")
    sb = pro()
    opts.append(f"SAGSBEH.: {N(sb.full_s.upper())}   TLF. {sb.tel()}   CPR-NR. BARN: {kids[0].cpr()}\n")
    kb = "\nKONTAKTER\n"
    for role in pick([["LÆRER", "SSP", "PSYK"], ["SPL", "LÆGE", "LÆRER", "FAMILIEBEH."], ["LÆRER", "FAMILIEBEH."]]):
        q = pro()
        kb += (pad(role, 13) + pad(N(q.full_s.upper()) if chance(0.5) else q.full(), 30) +
               pad(q.tel(pick(["plain", "pairs"])), 14) + q.mail(pick(KOMMUNER)[1]) + "\n")
    opts.append(kb)
    tail = [f"SIDE 1 AF 1"]
    return head, opts, tail


def p2_json():
    mor, far, (barn,) = family(kid_born=(2007, 2021))
    kom, kdom, _ = kommune()
    sb = pro()
    q = '"'

    def kvj(k, v):
        return f'  {q}{k}{q}: {q}{v}{q},\n'
    head = ["{\n" + kvj("sagsId", R.randint(100000, 999999)) + kvj("barn_navn", barn.full()) +
            kvj("barn_cpr", barn.cpr(pick(["plain", "dash"]))) +
            kvj("foedselsdato", barn.dob("ymd"))]
    opts = [
        kvj("adresse_vej", AD(barn.addr.fmt("street"))) + kvj("postnr", barn.addr.post) + kvj("by", barn.addr.town),
        '  "foraeldre": [\n    {"rolle": "mor", "navn": "' + mor.full() + '", "tlf": "' + mor.tel("plain") +
        '", "email": "' + mor.mail() + '"},\n    {"rolle": "far", "navn": "' + far.full() + '", "tlf": "' +
        far.tel(pick(["plain", "p45tight"])) + '", "adresse": "' + far.adr("nofloor") + '"}\n  ],\n',
        kvj("sagsbehandler", sb.full()) + kvj("sagsbehandler_mail", sb.mail(kdom)) +
        kvj("sagsbehandler_tlf", sb.tel("plain")),
        kvj("note", f"Mor ({mor.fn()}) ønsker ikke, at far får oplyst adressen") +
        kvj("oprettet", f"{mdate(2024, 2025)[0].isoformat()}T{R.randint(7, 17):02d}:{R.randint(0, 59):02d}:00"),
        '  "netvaerk": [\n' + ",\n".join(
            '    {"navn": "' + x.full() + '", "relation": "' + r + '", "tlf": "' + x.tel(pick(["plain", "pairs"])) + '"}'
            for r, x in [("mormor", Person(origin=mor.origin, sex="f", born=(1950, 1975))),
                         ("morbror", Person(origin=mor.origin, sex="m", born=(1970, 1990))),
                         ("nabo", Person(born=(1960, 1995)))]) + '\n  ],\n',
        '  "historik": [\n    "' + mdate(2024, 2024)[1] + ': underretning fra skolen",\n    "' + mdate(2025, 2025)[1] +
        ': samtale med ' + barn.fn() + ' og ' + mor.fn() + '",\n    "' + mdate(2025, 2025)[1] + ': sag overført til ' +
        sb.ini() + '"\n  ],\n',
    ]
    tail = ['  "status": "aktiv"\n}']
    return head, opts, tail


def p2_kontaktliste():
    kom, kdom, _ = kommune()
    mor, far, (barn,) = family(kid_born=(2008, 2018))
    sb, lærer, ssp, pæd, sp, psyk, tolk = pro(), pro(), pro(), pro(), pro(), pro(), interp()
    mm = Person(origin=mor.origin, sex="f", born=(1950, 1975))
    sep = pick([";", "\t", ","])
    head = [f"Kontaktliste – netværksmøde om {barn.fn()} ({barn.age()} år) {mdate(2025, 2025)[1]}\n" +
            sep.join(["Navn", "Rolle", "Telefon", "Mail"]) + "\n" +
            sep.join([mor.full(), "mor", mor.tel(), mor.mail()]) + "\n"]
    opts = [
        sep.join([far.full(), "far", far.tel(), ""]) + "\n",
        sep.join([lærer.full(), "klasselærer", lærer.tel(), lærer.mail(f"skolekom.{kdom}")]) + "\n",
        sep.join([ssp.full(), "SSP-konsulent", ssp.tel(), ssp.mail(kdom)]) + "\n",
        sep.join([pæd.full(), "familiebehandler", pæd.tel(), pæd.mail(kdom)]) + "\n",
        sep.join([sb.full(), "rådgiver (sagsansvarlig)", sb.tel(), sb.mail(kdom)]) + "\n",
        sep.join([sp.full(), "sundhedsplejerske", sp.tel(), sp.mail(kdom)]) + "\n",
        sep.join([psyk.full(), "skolepsykolog (PPR)", psyk.tel(), ""]) + "\n",
        sep.join([mm.full(), "mormor", mm.tel(), mm.mail()]) + "\n",
        sep.join([tolk.full(), "tolk", tolk.tel(), ""]) + "\n",
        f"\nDagsorden: 1) Hvad går godt for {barn.fn()}? 2) Bekymringer (skolen v/ {lærer.fn()}) 3) Mors ønsker "
        f"4) Aftaler – hvem gør hvad. {mm.fn()} har tilbudt at hente {barn.fn()} om tirsdagen.\n",
        f"\nMødested: {barn.gen()} bopæl, {barn.adr(pick(['full', 'nofloor']))} – eller rådhuset, hvis mor "
        f"ønsker det.\n",
    ]
    tail = [f"Udarbejdet af {sb.ini()}"]
    return head, opts, tail


# ---------------------------------------------------------------- genre 3: sundhedspleje / læge / jordemoder
def baby_family():
    mor, far, (barn,) = family(kid_born=(2024, 2024))
    return mor, far, barn


def gp():
    g = pro()
    clinic, cdom = pick(CLINICS)
    return g, clinic, cdom, dk_number(fixed=True)


def gram(x):
    return f"{x // 1000}.{x % 1000:03d} g"


def p3_hjemmebesoeg():
    mor, far, barn = baby_family()
    sp = pro(sex="f")
    g, clinic, cdom, ctel = gp()
    kind, days = pick([("8. døgn", 8), ("2 uger", 14), ("2 mdr.", 60), ("4 mdr.", 120), ("5. døgn", 5)])
    mm = Person(sex="f", born=(1955, 1978))
    ven = Person(sex="f", born=(1985, 2000))
    visit = barn.dob_d + dt.timedelta(days=days)
    bw = R.randint(2900, 4200)
    w = bw + max(-150, (days - 10) * R.randint(20, 32))
    vs = fdate(visit, pick(["dmy", "dmy_short", "d_month"]))
    head = [f"Hjemmebesøg {kind} – {vs}\nAdr.: {barn.adr(pick(['full', 'nofloor', 'nocomma']))}\n"
            f"Barn: {barn.fn()}, f. {barn.dob(pick(['dmy', 'dmy_short', 'dmyy']))}"
            + (f", CPR {barn.cpr()}" if chance(0.7) else "") + "\n"]
    opts = [
        f"M: {mor.fn()} ({mor.age(visit)} år), F: {far.fn()}" + (f", tlf. {far.tel()}" if chance(0.5) else "") + "\n",
        f"Vgt. {gram(w)} (fødselsvgt. {gram(bw)}), lgd. {48 + days // 10 + R.randint(0, 3)} cm, "
        f"HO {33 + min(days, 120) // 17 + R.randint(0, 2)} cm.\n",
        f"Amning: {pick(['ammer 8-10 x/døgn, god sutteteknik', 'delvis amning + MME 2 x 60 ml', 'ammer, men ømme brystvorter – vejledt i sutteteknik', 'flaske (NAN), 6 x 120 ml'])}. "
        f"{pick(['Navle tør.', 'Let gulsot, aftager.', 'Afføring gul/grynet.', 'Gylper en del efter måltider.'])}\n",
        f"{mor.fn()} virker {pick(['træt', 'glad, men træt', 'nedtrykt', 'rolig og kompetent'])}. "
        f"EPDS {R.randint(3, 16)}. {pick(['Aftalt ny screening ved næste besøg.', 'Drøftet søvn og aflastning fra mormor.', 'Far på barsel i 2 uger, god støtte.', 'Parforholdet belastet – tilbudt samtale.'])}\n",
        f"D-vitamin 10 µg dgl. startet. {pick(['Obs. hofter u.a.', 'Tunge u.a.', 'Hud: lidt børneeksem på kinder.'])}\n",
        f"Egen læge: {g.full()} ({clinic}), tlf. {PH(fmt_phone(ctel))}\n",
        f"Aftalt: nyt bes. om {pick(['14 dage', '3 uger', '1 md.'])}. {mor.fn()} kan ringe på {mor.tel()}"
        + (f" eller skrive til {mor.mail()}" if chance(0.5) else "") + ".\n",
        f"\nTlf. {fdate(visit + dt.timedelta(days=3), 'dmy_short')}: {mor.fn()} ringede fra {mor.tel()} – "
        f"{barn.fn()} {pick(['har grædt meget om aftenen', 'vil ikke tage brystet', 'har haft 38,2 i feber', 'kaster op efter hvert måltid'])}. "
        f"Vejledt; ved forværring Lægevagten 1813.\n",
        f"Genbesøg {fdate(visit + dt.timedelta(days=14), 'dmy_short')}: vgt. {gram(w + R.randint(250, 450))}. "
        f"{far.fn()} hjemme, {pick(['virker træt', 'deltager aktivt', 'sagde ikke meget'])}. Mormor, {mm.full()}, "
        f"kommer dagligt og hjælper.\n",
        f"Netværk: mormor {mm.fn()}, tlf. {mm.tel()}; veninde {ven.full()} bor på samme opgang.\n",
    ]
    opts += p3_more(mor, barn)
    tail = [f"/{sp.ini_s() and sp.ini()} sundhedsplejerske"]
    return head, opts, tail


def p3_laege():
    mor, far, (barn,) = family(kid_born=(2010, 2020))
    g, clinic, cdom, ctel = gp()
    kom, kdom, _ = kommune()
    sb = pro()
    d, ds = mdate(2024, 2025)
    drs = pick(["Dr.", "dr.", "Læge"])
    head = [f"{ds} Kons. {barn.full()} (f. {barn.dob()}) ledsaget af {pick(['mor', 'mor', 'sin mor'])} "
            f"{mor.full()}.\n"]
    nyadr = Addr()
    opts = [
        f"S: Mor bekymret for {pick(['vægttab', 'ondt i maven hver morgen', 'hovedpine og søvnbesvær', 'sengevædning, som er startet igen'])}. "
        f"{barn.fn()} har ikke været i skole i {R.randint(2, 6)} uger.\n",
        f"O: Alm. godt. Vgt. {R.randint(18, 45)},{R.randint(0, 9)} kg. Abdomen blød, uøm. Ingen tegn på "
        f"{pick(['infektion', 'dehydrering', 'overlast'])}. Stille, svarer kort.\n",
        f"A: Obs. {pick(['belastningsreaktion (F43.2)', 'funktionelle mavesmerter (R10.4)', 'angst (F41.9)', 'søvnforstyrrelse (G47.0)'])}.\n",
        f"P: Henv. til {pick(['børne- og ungdomspsykiatrien', 'PPR via skolen', 'børneafd., amb.'])}. Tlf.-kons. "
        f"m. mor på {mor.tel()} om 1 uge.\n",
        f"Underretning sendt til {kom} Kommune, att. {sb.full()} ({sb.mail(kdom)}), da mor fortæller om "
        f"{pick(['vold i hjemmet', 'trusler fra far', 'at hun ikke magter situationen'])}. Far, {far.full()}, "
        f"bor ifølge mor på {far.adr(pick(['street', 'full']))}.\n",
        f"Mor oplyser ny adresse: {AD(nyadr.fmt())} (CPR {mor.cpr()}).\n",
        f"\nTlf.-kons. {mdate(2025, 2025)[1]}: {mor.fn()} oplyser, at {barn.fn()} er startet i skole igen to dage "
        f"om ugen. Sover bedre. Fortsat obs.\n",
        f"Journalnotat: brev fra {kom} Kommune v/ {sb.full()} – anmoder om lægeudtalelse. Samtykke fra mor "
        f"foreligger. Svar sendt {mdate(2025, 2025)[1]}.\n",
        f"Mor ønsker kopi af journalnotatet sendt til {mor.mail()}. Far har ringet fra {far.tel()} og bedt om "
        f"aktindsigt – afvist, da han ikke har del i forældremyndigheden.\n",
    ]
    opts += p3_more(mor, barn)
    tail = [f"{drs} {g.ln()} / {clinic}, tlf. {PH(fmt_phone(ctel, pick(['pairs', 'quads'])))}"]
    return head, opts, tail


def p3_jordemoder():
    mor = Person(sex="f", born=(1994, 2005))
    far = Person(sex="m", born=(1988, 2003))
    jm = pro(sex="f")
    g, clinic, cdom, ctel = gp()
    week = R.randint(14, 34)
    sp = pro(sex="f")
    ældre = Person(origin=mor.origin, born=(2017, 2022), sur=mor.sur)
    kd = rdate(2025, 2025)
    term = fdate(kd + dt.timedelta(days=(40 - week) * 7), pick(["dmy", "d_month"]))
    kd2 = fdate(kd + dt.timedelta(days=28), pick(["dmy", "d_month", "dmy_short"]))
    head = [f"Jordemoderkonsultation, uge {week}+{R.randint(0, 6)} – {fdate(kd, pick(['dmy', 'd_month', 'ymd']))}\n"
            f"{mor.full()}, CPR {mor.cpr()}, {pick(['G1P0', 'G2P1', 'G3P1', 'G1P0'])}. Termin {term}.\n"]
    opts = [
        f"Partner: {far.full()}, f. {far.dob()}, tlf. {far.tel()}\n",
        f"Bor: {mor.adr(pick(['full', 'nocomma', 'street']))} (lejlighed, {pick(['1 vær.', '2 vær.', 'deler med veninde'])})\n",
        f"BT {R.randint(100, 130)}/{R.randint(60, 85)}, urin u.a., SF-mål {week} cm. Hjertelyd hørt.\n",
        f"Socialt: {mor.fn()} {pick(['har tidligere været anbragt', 'har ingen kontakt til egen familie', 'er i gang med HF, stopper til sommer', 'ryger 5 cig./dag'])}. "
        f"{far.fn()} {pick(['har ustabil arbejdstid', 'er ikke med til konsultationerne', 'virker engageret'])}.\n",
        f"Drøftet familieambulatoriet og mulighed for tidlig kontakt til sundhedsplejen. {mor.fn()} ønsker, at "
        f"jordemoder sender henvendelse til kommunen. Mor har givet samtykke.\n",
        f"Egen læge: {g.full()}, {clinic}, {PH(fmt_phone(ctel))}. Mail til læge: {g.mail(cdom)}\n",
        f"Tidligere: {ældre.fn()}, f. {ældre.dob()}, bor hos {pick(['mormor', 'far', 'plejefamilie'])}. "
        f"{mor.fn()} har samvær hver anden lørdag.\n",
        f"\nKontrol {kd2}: uge {week + 4}. {mor.fn()} kom alene. Har ikke sovet. "
        f"Fortæller om skænderier med {far.fn()}. Tilbudt samtale med socialrådgiver på fødestedet.\n",
        f"Sundhedsplejerske {sp.full()} kontaktet med samtykke, tlf. {sp.tel()}.\n",
    ]
    tail = [f"Jordemoder {jm.full()}, tlf. {jm.tel()}"]
    return head, opts, tail


def p3_underretning():
    mor, far, kids = family(kids=pick([1, 2]), kid_born=(2022, 2024))
    barn = kids[0]
    sp = pro(sex="f")
    kom, kdom, _ = kommune()
    ds = mdate(2025, 2025)[1]
    mm = Person(sex="f", born=(1955, 1978))
    g, clinic, cdom, ctel = gp()
    head = [f"Underretning fra Sundhedsplejen\nBarn: {barn.full()}, CPR {barn.cpr()}\n"
            f"Forældre: {mor.full()} og {far.full()}, {mor.adr(pick(['full', 'twoline']))}\n\n"]
    opts = [
        f"Ved hjemmebesøg {ds} var {barn.fn()} alene med {far.fn()}, som virkede påvirket. Lejligheden var "
        f"kold, og der var ikke mad i køleskabet. {barn.fn()} havde ble på, som ikke var skiftet længe.\n\n",
        f"Vægtkurven er fladet ud siden 6-måneders besøget (fra percentil 50 til 10).\n\n",
        f"{mor.fn()} har tidligere fortalt, at hun overvejer at flytte til sin søster i "
        f"{pick(['Vejle', 'Holstebro', 'Nakskov', 'Thisted'])}. Mor kan kontaktes på {mor.tel()}.\n\n",
        (f"Søskende: {kids[1].fn()}, f. {kids[1].dob()}.\n\n" if len(kids) > 1 else
         f"Far er ikke registreret på adressen; han har ifølge mor adresse på {far.adr('street')}.\n\n"),
        f"Jeg er bekymret for {barn.gen()} trivsel og beder om, at sagen vurderes inden for 24 timer.\n\n",
        f"Ved genbesøg {mdate(2025, 2025)[1]} var {mor.fn()} hjemme. Hun fortalte, at {far.fn()} kun kommer i "
        f"weekenderne, og at hun selv har svært ved at komme op om morgenen.\n\n",
        f"Mormor, {mm.full()}, {mm.adr(pick(['full', 'nofloor']))}, har tilbudt at hjælpe, men mor ønsker det "
        f"ikke. Mormor kan kontaktes på {mm.tel()}.\n\n",
        f"Egen læge er {g.full()}, {clinic}, tlf. {PH(fmt_phone(ctel))}.\n\n",
    ]
    opts += p3_more(mor, barn)
    tail = [f"Sundhedsplejerske {sp.full()}\nDirekte {sp.tel()} · {sp.mail(kdom)}"]
    return head, opts, tail


def p3_skolesund():
    mor, far, (barn,) = family(kid_born=(2010, 2017))
    sp = pro(sex=pick(["f", "f", "m"]))
    g, clinic, cdom, ctel = gp()
    lærer, psyk = pro(), pro()
    vd, vs = mdate(2024, 2025)
    ag = max(6, min(15, age_at(barn.dob_d, vd)))
    kl = max(0, min(9, ag - 6))
    head = [f"Skolesundhedspleje – {'indskolingsundersøgelse' if ag < 8 else pick(['udskolingssamtale', 'samtale efter henvendelse', 'opfølgning'])} "
            f"{vs}\n{barn.full()}, {kl}.{pick(['a', 'b', 'c'])}, f. {barn.dob()}\n"]
    opts = [
        f"H: {112 + (ag - 6) * 6 + R.randint(-4, 6)} cm, V: {19 + (ag - 6) * 4 + R.randint(-2, 8)} kg. Syn: {pick(['u.a.', '6/9 bilat. – henv. øjenlæge', 'u.a.'])}\n",
        f"{barn.fn()} fortæller, at {barn.han} {pick(['sover dårligt og spiller til sent', 'ikke spiser morgenmad', 'bliver drillet i frikvartererne', 'har ondt i maven om søndagen'])}. "
        f"Har en god ven, {Person(born=(barn.dob_d.year, barn.dob_d.year)).fn()}.\n",
        f"Kontakt til mor {mor.full()} på {mor.tel()} – hun var ikke overrasket og vil tale med egen læge "
        f"({g.full()}, {clinic}).\n",
        f"Far ({far.full()}) ringede senere fra {far.tel(pick(['p45pairs', 'plain', 'pairs']))} og ønskede at blive "
        f"orienteret direkte fremover. Forældrene har fælles forældremyndighed.\n",
        f"Aftalt opfølgning om {pick(['4 uger', '6 uger', '2 mdr.'])}. Lærer orienteret med samtykke.\n",
        f"Klasselærer {lærer.full()} fortæller, at {barn.fn()} ofte sidder alene i frikvartererne og har været "
        f"fraværende {R.randint(8, 25)} dage i dette skoleår.\n",
        f"\n{mdate(2025, 2025)[1]}: ny samtale. {barn.fn()} siger, at det går lidt bedre hjemme, men at {barn.han} "
        f"stadig er træt. Henvist til skolepsykolog {psyk.full()} med forældrenes samtykke.\n",
        f"Mor har ønsket svar på mail: {mor.mail()}.\n",
    ]
    opts += p3_more(mor, barn)
    tail = [f"{sp.short()}, sundhedsplejerske, {sp.tel()}"]
    return head, opts, tail


# ---------------------------------------------------------------- genre 4: overdragelse / flytning
def dest():
    """(kind, address string, kommune name, mail domain, phone cc)"""
    k = pick(["dk", "dk", "dk", "gl", "fo"])
    if k == "gl":
        name, dom = pick(GL_KOMMUNER)
        return k, gl_addr(), name, dom, "gl"
    if k == "fo":
        name, dom = pick(FO_KOMMUNER)
        return k, fo_addr(), name, dom, "fo"
    kom, dom, _ = kommune()
    return k, None, f"{kom} Kommune", dom, None


def p4_overdragelse():
    kom, kdom, ksw = kommune()
    mor, far, kids = family(kids=pick([1, 2, 2, 3]), kid_born=(2007, 2021))
    home_in(kom, mor, *kids)
    k, daddr, dname, ddom, dcc = dest()
    sb_old, sb_new, leder, lær = pro(), pro(), pro(), pro()
    bm = Person(sex="f", born=(1950, 1975))
    old = mor.adr(pick(["full", "nofloor"]))
    new = AD(daddr) if daddr else AD(kaddr(dname.replace(" Kommune", "")).fmt(pick(["full", "twoline", "nofloor"])))
    newtel = PH(foreign_phone(dcc)) if dcc else PH(fmt_phone(dk_number(True)))
    d, ds = mdate(2025, 2025)
    head = [f"Mellemkommunal overdragelse af sag\nFra: {kom} Kommune, Børn og Familie\nTil: {dname}, att. "
            f"{sb_new.full()}\n\n"]
    kidl = "\n".join((f"- {c.full()}, f. {c.dob()}, CPR {c.cpr()}" if chance(0.5) else f"- {c.full()}, CPR {c.cpr()}")
                      for c in kids)
    opts = [
        f"Familien er flyttet fra {old} til {new} pr. {ds}.\n\n",
        f"Sagen omfatter:\n{kidl}\n\n",
        f"Forældre: {mor.full()} (mor, forældremyndighed), tlf. {mor.tel()}, {mor.mail()}. {far.full()} (far), "
        f"{far.adr(pick(['full', 'nofloor']))}" + (f", tlf. {far.tel()}" if chance(0.5) else "") + ".\n\n",
        f"Aktuelle indsatser: familiebehandling efter barnets lov § 32 og kontaktperson til {kids[0].fn()}. "
        f"Barnets plan er senest revideret {mdate(2024, 2025)[1]}. Indsatserne ophører ved fraflytning, medmindre "
        f"I træffer anden afgørelse.\n\n",
        f"Vi vil gerne holde et overdragelsesmøde, gerne virtuelt. Modtagende rådgiver {sb_new.fn()} kan træffes "
        f"på {newtel} og {sb_new.mail(ddom)}.\n\n",
        f"Ved spørgsmål kontakt undertegnede på direkte tlf. {sb_old.tel()} eller {sb_old.mail(kdom)}. "
        f"Ved fravær: teamleder {leder.full()}, {leder.tel()}.\n\n",
        f"{kids[0].gen()} bedstemor, {bm.full()}, {bm.adr(pick(['full', 'nofloor']))}, har været en vigtig "
        f"støtte og har ofte hentet børnene. Hun kan kontaktes på {bm.tel()}.\n\n",
        f"Skolen har orienteret om, at {kids[0].fn()} har et fravær på {R.randint(10, 30)} %. Kontaktlærer "
        f"{lær.full()} vil gerne deltage i overdragelsesmødet.\n\n",
    ]
    tail = [f"Med venlig hilsen\n{sb_old.full()}\nRådgiver, {kom} Kommune"]
    return head, opts, tail


def p4_flyttemeddelelse():
    p = Person(born=(1980, 2000))
    kids = [Person(origin=p.origin, born=(2008, 2022), sur=p.sur if p.origin not in ("so", "er") else None)
            for _ in range(pick([1, 2]))]
    co = Person(born=(1955, 1995))
    sb = pro()
    k, daddr, dname, ddom, dcc = dest()
    newa = daddr or kaddr(dname.replace(" Kommune", "")).fmt(pick(["full", "nofloor"]))
    d, ds = mdate(2025, 2025)
    head = [f"FLYTTEMEDDELELSE – registreret {ds}\nNavn: {p.full()}\nCPR: {p.cpr()}\n" +
            (f"Fødselsdato: {p.dob(pick(['dmy', 'ymd', 'd_month']))}\n" if chance(0.5) else "")]
    opts = [
        f"Fraflyttet: {p.adr(pick(['full', 'nocomma', 'nofloor']))}\n",
        f"Tilflyttet: c/o {co.full()}, {AD(newa)}\n",
        f"Medflyttende: " + ", ".join(f"{c.full()} ({c.cpr()})" for c in kids) + "\n",
        f"Kontakt oplyst ved flytning: {p.tel()} / {p.mail()}\n",
        f"Bemærkning: Borger oplyser, at c/o-adressen er midlertidig. Post kan indtil videre sendes til "
        f"{co.gen()} adresse.\n",
        f"Ny kommune: {dname}. Underretning om børnesag sendt {mdate(2025, 2025)[1]}.\n",
        f"Tidligere adresser: {AD(Addr().fmt(pick(['nofloor', 'full'])))} ({R.randint(2015, 2019)}–{R.randint(2020, 2022)}), "
        f"{AD(Addr().fmt(pick(['nofloor', 'nocomma'])))} ({R.randint(2022, 2023)}–{R.randint(2024, 2025)})\n",
        f"Oplyst ved personligt fremmøde: {kids[0].fn()} fortsætter indtil videre i skole i fraflytningskommunen. "
        f"Borger blev vejledt om, at ny kommune overtager børnesagen.\n",
        f"Sagsbehandler i børnesagen: {sb.full()}, tlf. {sb.tel()}, {sb.mail(pick(KOMMUNER)[1])}\n",
    ]
    tail = [pick(["Autogenereret fra CPR-kontoret", "Kvittering sendt til borger", "Behandlet af borgerservice"])]
    return head, opts, tail


def p4_underretning_fraflytning():
    kom, kdom, _ = kommune()
    mor, far, (barn,) = family(kid_born=(2009, 2020))
    home_in(kom, mor, barn)
    k, daddr, dname, ddom, dcc = dest()
    if not daddr:
        dcc = pick(["gl", "fo"])
        daddr = gl_addr() if dcc == "gl" else fo_addr()
        dname, ddom = pick(GL_KOMMUNER) if dcc == "gl" else pick(FO_KOMMUNER)
    sb, sb_new = pro(), Person(origin="gl" if dcc == "gl" else "fo", born=(1965, 1995))
    same = mor.origin == dcc
    moster = Person(origin=dcc if same or chance(0.6) else mor.origin, sex="f", born=(1965, 1995))
    rel = pick(["søster", "moster", "kusine"]) if same else pick(["veninde", "tidligere kollega", "kærestes mor"])
    head = [f"Underretning ved fraflytning\nTil: {dname}\nVedr.: {barn.full()}, født {barn.dob()}\n\n"]
    opts = [
        f"{kom} Kommune skal hermed underrette om, at {barn.fn()} og {barn.hans} mor, {mor.full()}, er fraflyttet "
        f"{mor.adr(pick(['full', 'nofloor']))} og har oplyst ny adresse {AD(daddr)}.\n\n",
        f"Familien bor midlertidigt hos mors {rel}, {moster.full()}, som kan "
        f"kontaktes på {PH(foreign_phone(dcc))}.\n\n",
        f"Vi har haft en børnefaglig undersøgelse i gang efter barnets lov § 20 og er bekymrede for {barn.gen()} "
        f"skolegang og for mors netværk. Undersøgelsen er ikke afsluttet.\n\n",
        f"{barn.gen()} far, {far.full()}, bor fortsat i Danmark, {far.adr()}, tlf. {far.tel()}. Han er ikke "
        f"orienteret om flytningen af mor.\n\n",
        f"Mors telefon: {mor.tel(pick(['p45pairs', 'pairs', 'plain']))}. CPR mor: {mor.cpr()}. CPR barn: {barn.cpr()}.\n\n",
        f"Vi har aftalt telefonisk overdragelse med {sb_new.full()} ({sb_new.mail(ddom)}).\n\n",
        f"{barn.fn()} har tidligere gået i skole på den lokale skole, "
        f"hvor klasselærer {Person().full()} har været en vigtig voksen. Læreren kan kontaktes via skolens kontor.\n\n",
        f"Mor har oplyst, at hun kan kontaktes på mail: {mor.mail()}.\n\n",
    ]
    tail = [f"Venlig hilsen\n{sb.full()}, {kom} Kommune\n{sb.tel()}"]
    return head, opts, tail


def p4_mail():
    kom, kdom, _ = kommune()
    kom2, kdom2, _ = kommune()
    mor, far, (barn,) = family(kid_born=(2006, 2019))
    home_in(kom, mor, barn)
    a, b = pro(), pro()
    d, ds = mdate(2025, 2025)
    head = [f"Fra: {a.full()} <{a.mail(kdom)}>\nTil: {b.full()} <{b.mail(kdom2)}>\nDato: {ds}\n"
            f"Emne: Overdragelse – {N(barn.ini_s())} ({barn.age()} år)\n\n"]
    opts = [
        f"Hej {b.fn()}\n\nSom aftalt i telefonen sender jeg overdragelsen vedr. {barn.full()}, CPR {barn.cpr()}. "
        f"Mor, {mor.full()}, har pr. {mdate(2025, 2025)[1]} adresse hos {pick(['sin veninde', 'sin kæreste', 'en veninde'])} "
        f"{Person().full()}, {AD(kaddr(kom2).fmt(pick(['full', 'nofloor'])))}.\n\n",
        f"Den gamle adresse, {mor.adr(pick(['street', 'nofloor']))}, er opsagt. Mor har beholdt sit nummer, "
        f"{mor.tel()}.\n\n",
        f"{barn.fn()} går i {pick(['7.', '8.', '5.', '3.'])} klasse og har en kontaktperson, {Person().full()}, som "
        f"gerne fortsætter et par måneder, hvis I vil betale. Kontaktpersonen kan fanges på {Person().tel()}.\n\n",
        f"Far har samvær hver anden weekend og bor på {far.adr()}. Han bruger mail mere end telefon: {far.mail()}.\n\n",
        f"Ring endelig, hvis noget er uklart – jeg sidder på {a.tel()} hele ugen undtagen fredag.\n\n",
        f"PS: Mors nye kæreste, {Person(sex='m', born=(1980, 1998)).full()}, er flyttet ind. Vi kender ikke meget til "
        f"ham, men {barn.fn()} har nævnt ham et par gange.\n\n",
    ]
    tail = [f"Venlig hilsen\n{a.fn()}"]
    return head, opts, tail


# ---------------------------------------------------------------- genre 5: sms / chat / sociale medier
EMO = ["😂", "🙏", "😡", "❤️", "👀", "💀", "🥺", "😭", "🙄", "👍", "🤡", "😴", "🔥"]
HANDLE_WORDS = ["darkangel", "bigmoney", "kattekonge", "sunsetgirl", "xxbabyxx", "ghostrider", "nightowl",
                "sk8erboi", "fodboldfreak", "prinsesse", "lillebandit", "gamerboy", "cutie", "soldier"]


def handle_for(p=None):
    if p is not None and chance(0.5):
        return f"{asc(p.first)}_{pick(['x', 'xo', 'k', str(p.dob_d.year % 100).zfill(2), 'official'])}"
    return pick(HANDLE_WORDS) + pick(["_", "", "__"]) + str(R.randint(1, 99))


def e():
    return (" " + pick(EMO)) if chance(0.45) else ""


def lo(p):
    """name as written in chat: lower case first name, nickname or name"""
    r = R.random()
    if r < 0.45:
        return p.lower()
    if r < 0.65:
        ns = NICKS.get(p.first)
        if ns:
            n = pick(ns)
            return N(n.lower() if chance(0.5) else n)
    return p.fn()


def ctime():
    return f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}"


def clock():
    h, m = R.randint(6, 22), R.randint(0, 59)
    while True:
        yield f"{h:02d}:{m:02d}"
        m += R.randint(0, 14)
        if m >= 60:
            h, m = (h + 1) % 24, m - 60


def chat_lines(lines, fmt="[{t}] {l}"):
    ck = clock()
    return Prefix(fmt.format(t=next(ck), l=ln) + "\n" for ln in lines if ln)


def p5_sms():
    mor, far, (barn,) = family(kid_born=(2007, 2012))
    sb = pro()
    kom, kdom, _ = kommune()
    home_in(kom, mor, barn)
    ven = Person(born=(barn.dob_d.year, barn.dob_d.year + 1))
    script = pick(["forældre", "teen", "rådgiver"])
    ml = pick(["Mor", mor.fn(), "M"])
    if script == "forældre":
        fl = pick(["Far", far.fn(), "F"])
        head = [f"Udskrift af sms'er fremvist af mor {mdate(2025, 2025)[1]} (afskrevet af {sb.ini()}):\n"]
        lines = [
            f"{fl}: hvor er {lo(barn)}?? {barn.han} svarer ikke{e()}",
            f"{ml}: ved {lo(ven)} tror jeg. {ven.gen()} mor har nr {PH(fmt_phone(dk_number(), pick(['loose1', 'loose2', 'plain'])))}",
            f"{fl}: jeg henter {barn.ham} nu. adressen?",
            f"{ml}: {AD(ven.addr.fmt(pick(['lower', 'bare', 'nr'])))} ved {pick(['netto', 'rema', 'kiosken', 'skolen'])}",
            f"{fl}: ok. og send lige {barn.hans} cpr til tandlægen {pick(['', 'pls', 'tak'])}",
            f"{ml}: {barn.cpr(pick(['plain', 'dash', 'space']))}",
            f"{fl}: tak. mit nye nr er {far.tel(pick(['loose1', 'loose2', 'quads', 'p45tight']))} btw{e()}",
            f"{ml}: jeg har sagt til {sb.fn()} fra kommunen at du ikke må hente uden aftale",
            f"{fl}: hun kan bare ringe til mig. eller skrive {far.mail()}".replace("hun kan", sb.han + " kan"),
            f"{ml}: stop med at skrive til mig efter kl 22{e()}",
            f"{fl}: {lo(barn)} siger {barn.han} vil bo hos mig",
            f"{ml}: det bestemmer {barn.han} ikke selv. tal med {sb.fn()} på {sb.tel(pick(['pairs', 'plain']))}",
            f"{fl}: fint. jeg er hos min mor på {AD(Addr().fmt(pick(['lower', 'bare'])))} hvis nogen spørger",
            f"{ml}: ok{e()}",
        ]
    elif script == "teen":
        bl = pick([barn.fn(), barn.lower()])
        head = [f"Sms-tråd mellem mor og {barn.fn()} ({barn.age()} år), kopieret ind efter aftale med mor "
                f"{mdate(2025, 2025)[1]}:\n"]
        lines = [
            f"{ml}: hvor er du henne?? klokken er over 23",
            f"{bl}: hos {lo(ven)} chill{e()}",
            f"{ml}: jeg henter dig NU. adresse?",
            f"{bl}: {AD(ven.addr.fmt(pick(['lower', 'bare', 'nr'])))} men jeg kan selv cykle",
            f"{ml}: nej. jeg holder ude foran om 10 min",
            f"{bl}: omg du er så pinlig 🙄",
            f"{ml}: {ven.gen()} mor ringede til mig fra {PH(fmt_phone(dk_number(), pick(['loose1', 'plain', 'pairs'])))}. hun var bekymret",
            f"{bl}: hvorfor har hun dit nr??",
            f"{ml}: fordi vi er voksne. kom ud nu",
            f"{bl}: ok ok{e()}",
            f"{ml}: og {sb.fn()} fra kommunen kommer i morgen kl 15. husk det",
            f"{bl}: hvem??",
            f"{ml}: {sb.full()}. {sb.han} har skrevet til dig på {barn.mail()}",
            f"{bl}: den mail bruger jeg ik",
        ]
    else:
        sl = pick([sb.fn(), "Rådgiver", f"{sb.fn()} ({kom} Kommune)"])
        head = [f"Sms-korrespondance mellem rådgiver og mor, journaliseret {mdate(2025, 2025)[1]}:\n"]
        lines = [
            f"{sl}: Hej {mor.fn()}. Jeg bekræfter mødet torsdag kl. {tid()} på rådhuset. Mvh {sb.fn()}",
            f"{ml}: ok men jeg har ikke nogen til at passe {lo(barn)}",
            f"{sl}: Du er velkommen til at tage {barn.ham} med. Ellers kan vi mødes hjemme hos dig på "
            f"{barn.adr(pick(['bare', 'street']))}?",
            f"{ml}: hjemme er bedre. ring på {mor.tel(pick(['plain', 'loose1', 'pairs']))} når du er der, klokken virker ikke",
            f"{sl}: Det gør jeg. Husk {barn.gen()} sundhedskort, vi skal bruge CPR-nummeret til ansøgningen.",
            f"{ml}: det er {barn.cpr(pick(['plain', 'dash']))}",
            f"{sl}: Tak. Send ikke CPR-numre på sms fremover – brug Digital Post.",
            f"{ml}: sry 🙈",
            f"{ml}: kan {far.fn()} også komme? han har nyt nr {far.tel(pick(['loose1', 'loose2', 'plain']))}",
            f"{sl}: Ja, hvis du ønsker det. Jeg skriver til ham.",
            f"{ml}: hans mail er {far.mail()}",
            f"{sl}: Super. Vi ses på torsdag.",
        ]
    return head, chat_lines(lines), [pick(["(slut på udskrift)", f"/{sb.ini()}", "[udskrift slut]"])]


def p5_snap():
    barn = Person(born=(2008, 2012))
    v1, v2 = Person(born=(2007, 2011)), Person(sex="m", born=(1995, 2004))
    sb = pro()
    h1 = handle_for(v1)
    h2 = handle_for(None)
    me = "@" + N(asc(barn.first)) if chance(0.6) else "@" + handle_for(barn)
    head = [f"Skærmbilleder fra Snapchat, modtaget fra skolen {mdate(2025, 2025)[1]}. Barn: {barn.full()}, "
            f"f. {barn.dob()}. Afskrevet ordret af {sb.full()}.\n\n"]
    if chance(0.55):
        lines = [
            f"@{h1}: {lo(barn)} kommer du ikk til fest på lørdag{e()}",
            f"{me}: idk min mor er sur{e()}",
            f"@{h1}: bare sig du sover hos mig lol",
            f"@{h2}: hey cutie 👀 how old r u",
            f"{me}: 15",
            f"@{h2}: fr? send birthday så jeg ved du ikk lyver",
            f"{me}: {barn.dob(pick(['slash_yy', 'dmy', 'dmy_short', 'dmyy']))}",
            f"@{h2}: nice. jeg er {pick(['19', '21', '22'])} haha. hvor bor du, jeg kan hente dig",
            f"{me}: hent mig på {AD(barn.addr.fmt(pick(['lower', 'bare'])))} kl 23 ikk før",
            f"@{h2}: ok skriv på {PH(fmt_phone(dk_number(), pick(['loose1', 'loose3', 'plain', 'p45tight'])))} hvis noget",
            f"@{h1}: {lo(barn)} wtf hvem er det du skriver med?? hans navn er vist {v2.full()}{e()}",
            f"@{h1}: hans ig er @{N(asc(v2.first))} btw",
            f"{me}: sry min mor kom ind",
            f"@{h2}: slet vores chat ok. og sig ikke noget til {lo(v1)}",
            f"@{h1}: {lo(barn)} ring til mig NU {v1.tel(pick(['loose1', 'plain']))}",
        ]
    else:
        v3, v4 = Person(born=(2007, 2011)), Person(born=(2007, 2011))
        lines = [
            f"@{h1}: hvor er i henne{e()}",
            f"{me}: hos {lo(v3)}. {AD(v3.addr.fmt(pick(['lower', 'bare', 'nr'])))}, bagindgangen",
            f"@{h1}: er {lo(v2)} der? han skylder mig 200",
            f"{me}: ja men han er mega fuld 💀",
            f"@{h1}: lol. jeg kommer kl 22",
            f"{me}: tag {lo(v4)} med",
            f"@{h1}: {v4.han} har stuearrest. {v4.hans} far tog {v4.hans} tlf",
            f"{me}: så skriv til {v4.hans} mor {PH(fmt_phone(dk_number(), pick(['loose1', 'loose2', 'plain'])))} og sig det er til lektier haha",
            f"@{h1}: du er syg{e()}",
            f"{me}: min mor tror jeg sover hos dig. hvis hun ringer så sig det",
            f"@{h1}: ok men hvis {sb.fn()} fra kommunen spørger siger jeg ingenting",
            f"{me}: deal. og slet snappen",
        ]
    return head, Prefix(ln + "\n" for ln in lines), [f"\n[{barn.fn()} bekræftede i samtale, at samtalen er {barn.hans}.]"]


def p5_insta():
    a = Person(born=(2006, 2010))
    b = Person(born=(2006, 2010))
    c = Person(origin=b.origin, born=(2005, 2009))
    mor = Person(origin=a.origin, sex="f", born=(1975, 1990), sur=a.sur)
    sb = pro()
    ha = handle_for(a)
    la, lb = pick([a.lower(), a.fn()]), pick([b.lower(), b.fn(), "@" + handle_for(b)])
    if chance(0.55):
        head = [f"Instagram DM mellem {a.full()} (@{ha}) og {b.full()}, vist frem af {a.fn()} under samtale "
                f"{mdate(2025, 2025)[1]}:\n\n"]
        lines = [
            f"{lb}: yo bro u coming tonight{e()}",
            f"{la}: kan ikk min mor har taget min tlf. skriver fra {gen(c.first.lower()) if chance(0.5) else c.gen()} ipad",
            f"{lb}: lmao. vi er hos {lo(c)}, {AD(c.addr.fmt(pick(['lower', 'bare'])))}, 3. sal",
            f"{la}: ring til min mor hvis hun spørger: {mor.tel(pick(['loose1', 'loose2', 'plain', 'pairs']))} og sig jeg er hos dig ok{e()}",
            f"{lb}: bro hun kender min mor 💀",
            f"{la}: ok så sig det til {lo(c)}, {c.han} ved ik noget",
            f"{lb}: {lo(c)} siger at {c.han} har ting med. u in?",
            f"{la}: ngl jeg tør ik. sidste gang ringede skolen til min mor og {sb.fn()} fra kommunen",
            f"{lb}: whatever. send lige din mail så jeg kan sende billederne",
            f"{la}: {a.mail()}",
            f"{lb}: sendt{e()}",
            f"{lb}: btw {lo(c)} har nyt nr {c.tel(pick(['loose1', 'loose2', 'plain']))}",
            f"{la}: ok. sig til {c.ham} jeg ringer i morgen{e()}",
            f"{lb}: og min storebror {Person(origin=b.origin, sex='m', born=(2000, 2004)).fn()} kører os hjem kl 2",
            f"{la}: lol nej tak",
        ]
        tail = [f"\nNote: {a.fn()} oplyser selv at være født {a.dob(pick(['dmy', 'd_month']))}; CPR {a.cpr()}. /{sb.ini()}"]
    else:
        seller = Person(born=(1980, 2000))
        hs = handle_for(seller)
        head = [f"Instagram-beskeder om køb af {pick(['en jakke', 'en telefon', 'et par sneakers', 'en PlayStation'])}, "
                f"fundet på {a.gen()} telefon ({a.age()} år) og vist frem af mor {mdate(2025, 2025)[1]}:\n\n"]
        lines = [
            f"{la}: hey is it still available?",
            f"@{hs}: yes bro. 300 kr på mobilepay til {seller.tel(pick(['plain', 'loose1', 'pairs']))}",
            f"{la}: kan jeg hente i dag",
            f"@{hs}: ja. {AD(seller.addr.fmt(pick(['bare', 'street', 'lower'])))}, ring på ved {seller.ln()}",
            f"{la}: ok kommer efter skole{e()}",
            f"@{hs}: kom alene ok",
            f"{la}: min ven {lo(b)} kommer med",
            f"@{hs}: nej alene. og sig ikke noget til din mor",
            f"{la}: why",
            f"@{hs}: bare gør det. skriv hvis du ikk kommer",
            f"{la}: jeg skal lige spørge {lo(b)}",
        ]
        tail = [f"\nMor, {mor.full()}, har kontaktet politiet. /{sb.ini()}"]
    return head, Prefix(ln + "\n" for ln in lines), tail


def p5_whatsapp():
    cc = pick(["sy", "so", "af", "er", "ua", "th", "vn"])
    o = COUNTRY_ORIGIN[cc]
    mor, far, kids = family(origin=o, kids=pick([1, 2]), kid_born=(2010, 2016))
    morbror = Person(origin=o, sex="m", born=(1970, 1990))
    moster = Person(origin=o, sex="f", born=(1965, 1990))
    barn = kids[0]
    sb = pro()
    tel_mb = foreign_phone(cc)
    fl = PH(fmt_phone(far.ph, pick(["p45pairs", "p45plain"])))
    mlab = mor.fn()
    head = [f"WhatsApp-gruppen \"{pick(['Familien ❤️', 'Familie', 'Hjem 🏠'])}\" – udskrift fremvist af {mor.fn()} "
            f"{mdate(2025, 2025)[1]}\n\n"]
    greet = {"sy": "Marhaba", "so": "Iska warran", "af": "Salaam", "er": "Selam", "ua": "Pryvit", "th": "Sawasdee",
             "vn": "Xin chào"}[cc]
    if chance(0.55):
        lines = [
            f"{PH(tel_mb)}: {greet}. hvordan har {lo(barn)} det?",
            f"{mlab}: {barn.han} har det bedre. skolen ringer hver dag{e()}",
            (f"{mlab}: {lo(kids[1])} har fødselsdag {kids[1].dob(pick(['dmy', 'dmy_short', 'd_month']))}, husk det{e()}"
             if len(kids) > 1 else ""),
            f"{fl}: jeg kommer på fredag og henter børnene",
            f"{mlab}: nej {far.fn()}. det skal aftales med kommunen. ring til {sb.full()} på {sb.tel()}",
            f"{fl}: giv mig adressen på skolen så",
            f"{mlab}: nej. du ved godt hvor vi bor, {mor.adr(pick(['lower', 'bare', 'street']))}. kom ikke her",
            f"{PH(tel_mb)}: {lo(far)} please calm down. think of the kids 🙏",
            f"{moster.fn()}: jeg sender penge til {lo(mor)} via western union, send mig dit cpr-nr igen",
            f"{mlab}: {mor.cpr(pick(['dash', 'plain']))}",
            f"{moster.fn()}: og min adresse hvis du skal sende papirer: {AD(foreign_addr(cc))}",
            f"{mlab}: jeg har ny mail hvis I skal sende noget: {mor.mail()}",
            f"{PH(tel_mb)}: ok. {lo(barn)} skal ringe til sin bedstemor på søndag{e()}",
        ]
    else:
        lines = [
            f"{moster.fn()}: {greet} alle. {morbror.fn()} lander i Billund på tirsdag",
            f"{mlab}: hvornår? jeg kan ikke hente, jeg har møde med kommunen",
            f"{PH(tel_mb)}: kl 14.20. send mig adressen igen",
            f"{mlab}: {mor.adr(pick(['full', 'nofloor', 'lower']))}",
            f"{PH(tel_mb)}: og dit nummer? det gamle virker ikke",
            f"{mlab}: {mor.tel(pick(['p45pairs', 'plain', 'loose1']))}",
            f"{fl}: jeg kan hente ham. børnene kan komme med",
            f"{mlab}: nej {far.fn()}. du ved hvad {sb.fn()} sagde",
            f"{fl}: {sb.fn()} bestemmer ikke over mine børn{e()}",
            f"{moster.fn()}: stop nu begge to. tænk på {lo(barn)}",
            f"{mlab}: {barn.hans} pas udløber, jeg skal bruge {barn.hans} cpr: {barn.cpr(pick(['dash', 'plain']))} – er det rigtigt?",
            f"{fl}: ja",
        ]
    return head, chat_lines(lines, pick(["{l}", "[{t}] {l}", "{t} – {l}"])), \
        [f"\n(Nummeret {PH(tel_mb)} tilhører ifølge mor {N(morbror.first)}, mors bror.)"]


# ================================================================ CLEAN TEMPLATES (roles only, look-alikes)
ICD = ["F43.2", "F90.0", "F41.1", "F32.1", "Z63.8", "R62.8", "F84.0", "G47.0", "E66.9", "DF432", "DZ634"]
MEDS = ["Melatonin 3 mg", "Concerta 36 mg", "Sertralin 50 mg", "Panodil Junior", "D-vitamin 10 µg",
        "Ibuprofen 200 mg", "Atomoxetin 40 mg", "Minirin 120 µg", "jerntilskud (Ferroplex)"]
BODIES = ["Ankestyrelsen", "Familieretshuset", "Udbetaling Danmark", "Børns Vilkår", "Social- og Boligstyrelsen",
          "Børnehus Syd", "Styrelsen for Patientsikkerhed", "Region Midtjylland", "Udlændingestyrelsen",
          "PPR", "Røde Kors", "Red Barnet", "Kriminalforsorgen"]
BRANDS = ["Netto", "Rema 1000", "Føtex", "Bilka", "Snapchat", "Instagram", "TikTok", "MobilePay", "Rejsekort",
          "Falck", "DSB", "Lego", "McDonald's", "PlayStation", "Discord"]
PUBLIC = ["Børnetelefonen på 116 111", "Lægevagten på 1813", "politiet på 114", "112", "Livslinien på 70 201 201",
          "Giftlinjen på 82 12 12 12", "Familieretshuset på 72 56 70 00", "Ankestyrelsen på 33 41 12 00"]
ROLES_ADULT = ["mor", "far", "plejemor", "plejefar", "stedfar", "mormor", "farmor", "morbror", "moster", "værgen"]


def c_public_line():
    return pick([f"Ved akut bekymring uden for åbningstid kan man kontakte {pick(PUBLIC)}.",
                 f"Familien er vejledt om {pick(PUBLIC)}.",
                 f"Barnet kender {pick(PUBLIC[:2])} og har nummeret i sin telefon.",
                 f"Spørgsmål om klagen kan rettes til Ankestyrelsen på 33 41 12 00."])


def c_kom():
    kom, dom, sw = kommune()
    return kom, sw


def c_age():
    return R.randint(2, 17)


def c_law():
    return pick(["barnets lov § 47", "barnets lov § 46", "barnets lov § 32", "barnets lov § 20, stk. 3",
                 "barnets lov § 91", "barnets lov § 5", "barnets lov § 6", "barnets lov § 3",
                 "serviceloven § 58 (gældende før 2024)", "forvaltningslovens § 19", "retssikkerhedslovens § 9"])


def c_amount():
    return f"{R.randint(2, 40)}.{pick(['000', '250', '500', '750'])} kr."


def c_room():
    return pick([f"mødelokale {R.randint(1, 3)}.{R.randint(10, 40)}", f"lokale 0.{R.randint(10, 30)}",
                 f"stue {R.randint(1, 6)}", f"afsnit B{R.randint(1, 9)}", f"{R.randint(0, 9)}.{pick(['a', 'b', 'c'])}"])


def c_word_line():
    """ordinary words that are names elsewhere, used as ordinary words"""
    return pick([
        "Glad og veloplagt ved mødets start.",
        "Rask og i god trivsel ifølge plejefamilien.",
        "Have og carport er ryddet efter stormen i januar.",
        "Mark og skov ligger lige bag huset, og barnet er meget ude.",
        "Der var sol hele dagen, og barnet var i skoven med klassen.",
        "Familien taler om, at det var en lykke, at vinteren gik uden indlæggelser.",
        "Barnet er glad for at bo tæt på skoven og vil gerne blive boende.",
        "I maj gik det bedre; i juni kom der igen storm på hjemmefronten.",
        "Barnet har tegnet en ulv og en ravn og fortalt om dem.",
        "Det blev aftalt at mødes ved Banegårdspladsen og gå sammen derfra.",
    ])


def c3_more(n=4, preg=False):
    pool = [
        f"\n{mdate(2025, 2025)[1]}: Tlf. fra mor. Barnet har haft diarré i to døgn, drikker godt. Vejledt i "
        f"væske og tegn på dehydrering. Ringer igen ved forværring.\n",
        f"\n{mdate(2025, 2025)[1]}: Besøg aflyst af familien (sygdom). Ny tid sendt via sundhedsplejens app til "
        f"{pick(['tirsdag', 'onsdag', 'torsdag'])} kl. {tid()}.\n",
        "\nTværfagligt møde med dagplejen: barnet er glad, leger mest alene, har svært ved at falde i søvn til "
        "middag. Aftalt fælles observation i to uger.\n",
        f"\nNotat: mor har spurgt til {pick(MEDS)}. Henvist til egen læge. Drøftet søvnrutiner, skærmtid og "
        f"faste måltider. {c_word_line()}\n",
        f"\nOpfølgning: vægt følger percentil {R.randint(10, 75)}. Motorik alderssvarende. Sprog: "
        f"{pick(['få ord', 'mange lyde', 'to-ords sætninger', 'forstår enkle beskeder'])}.\n",
        "\nMor fortæller, at hun er begyndt i et forløb hos en psykolog via egen læge. Hun oplever, at det "
        "hjælper, og at hun sover bedre.\n",
        f"\nHenvisning til {pick(['børneafdelingen, amb. 4', 'ørelæge', 'fysioterapeut', 'PPR'])} sendt. Ventetid "
        f"ca. {R.randint(3, 12)} uger.\n",
    ]
    if preg:
        pool = [pool[3], pool[5]]
    R.shuffle(pool)
    return pool[:n]


def p3_more(mor, barn, n=3):
    pool = [
        f"\n{mdate(2025, 2025)[1]}: Tlf. fra {mor.fn()}. {barn.fn()} har haft diarré i to døgn, drikker godt. "
        f"Vejledt i væske. Ringer igen ved forværring.\n",
        f"\n{mdate(2025, 2025)[1]}: Besøg aflyst af familien. Ny tid sendt til {mor.fn()} på sms.\n",
        f"\nNotat: {mor.fn()} har spurgt til {pick(MEDS)} til {barn.fn()}. Henvist til egen læge. Drøftet søvn og "
        f"faste måltider.\n",
        f"\nOpfølgning: {barn.fn()} følger sin kurve. Motorik alderssvarende. {mor.fn()} virker mere overskudsagtig.\n",
        f"\n{mor.fn()} fortæller, at hun er begyndt hos en psykolog via egen læge og sover bedre.\n",
    ]
    R.shuffle(pool)
    return pool[:n]


# ---------------------------------------------------------------- clean genre 0
def c0_udvalg():
    kom, sw = c_kom()
    a = c_age() + 2
    head = [f"{kom} Kommune · Børne- og ungeudvalget\nAfgørelse truffet på mødet den {mdate(2024, 2025)[1]} "
            f"(sag nr. {sagsnr()})\n\nSagen vedrører Barn A ({a} år).\n\n"]
    opts = [
        "Parter: Mor (forældremyndighedsindehaver) og far. " +
        ("Barn A er fyldt 10 år og er selv part i sagen, jf. barnets lov § 3. " if a >= 10 else "") +
        "Begge forældre er repræsenteret ved beskikket advokat.\n\n",
        "Udvalgets sammensætning: dommer (formand), to børnesagkyndige og to medlemmer af kommunalbestyrelsen.\n\n",
        f"Afgørelse\nBørne- og ungeudvalget har besluttet, at Barn A skal anbringes uden for hjemmet uden "
        f"samtykke, jf. {pick(['barnets lov § 47', '§ 47 i barnets lov'])}. Anbringelsen sker i en plejefamilie "
        f"i nabokommunen, og Barn A fortsætter i {c_room() if chance(0.3) else 'sin nuværende klasse'} indtil "
        f"sommerferien.\n\n",
        f"Begrundelse\nUdvalget har lagt vægt på, at barnets fravær i skoleåret udgør {R.randint(20, 45)} %, og "
        f"at mor ikke har kunnet tage imod støtten efter barnets lov § 32. PPR's udtalelse af "
        f"{mdate(2024, 2025)[1]} beskriver et barn, der tager ansvar for de voksne. {c_word_line()}\n\n",
        f"Barnets holdning\nBarn A har været til samtale med formanden med bisidder til stede, jf. barnets lov § 6. "
        f"Barn A sagde, at det er svært at vælge, men at der skal være ro.\n\n",
        f"Økonomi\nKommunen afholder udgiften til anbringelsen. Forældrene betaler et bidrag på {c_amount()} om "
        f"måneden efter reglerne. Udgiften konteres på EAN {ean()}.\n\n",
        f"Klagevejledning\nAfgørelsen kan indbringes for Ankestyrelsen inden 4 uger. Klagen sendes til {kom} "
        f"Kommune, som genvurderer sagen. Ankestyrelsens hovednummer er 33 41 12 00."
        + (f" Kommunens hovednummer er {sw}." if sw else "") + "\n\n",
    ]
    tail = ["På udvalgets vegne\nFormanden"]
    return head, opts, tail


def c0_anke():
    kom, sw = c_kom()
    head = [f"Ankestyrelsens afgørelse\nJ.nr. {pick(['24', '25'])}-{R.randint(10000, 99999)} · {mdate(2025, 2025)[1]}\n"
            f"Klager: Mor til Barn A ({c_age()} år)\n\n"]
    opts = [
        f"Resultat\nAnkestyrelsen {pick(['stadfæster', 'ændrer', 'hjemviser'])} børne- og ungeudvalgets afgørelse "
        f"om anbringelse uden samtykke efter barnets lov § 47.\n\n",
        f"Hvad handler sagen om\nBarn A har boet hos mor siden forældrenes skilsmisse i {R.randint(2015, 2021)}. "
        f"Skolen har underrettet fire gange om fravær og om, at barnet kommer sulten i skole. Far bor i en anden "
        f"kommune og har samvær hver anden weekend.\n\n",
        f"Regler\nVi har vurderet sagen efter {c_law()} og {c_law()}. Efter forvaltningslovens § 19 skal parterne "
        f"høres over oplysninger, der er til ugunst for dem.\n\n",
        f"Begrundelse\nVi har lagt vægt på udtalelsen fra klasselæreren af {mdate(2024, 2024)[1]}, den "
        f"psykologiske undersøgelse og referatet af samtalen med barnet. Vi har også lagt vægt på, at mor har "
        f"fået diagnosen {pick(ICD)} og nu er i behandling. {c_word_line()}\n\n",
        f"Sagen er behandlet på et møde med deltagelse af en ankechef og to beskikkede medlemmer.\n\n",
        "Kopi er sendt til far, til partsrepræsentanten og til kommunen via Digital Post.\n\n",
        f"{c_public_line()}\n\n",
    ]
    tail = ["Med venlig hilsen\nAnkestyrelsen, Børn og Unge"]
    return head, opts, tail


def c0_partshoering():
    kom, sw = c_kom()
    head = [f"Til mors advokat\nVedr.: Barn A ({c_age()} år) – indstilling til børne- og ungeudvalget\n"
            f"Sagsnr. {sagsnr()}\n\n"]
    opts = [
        f"Hermed sendes kommunens indstilling om anbringelse uden samtykke, jf. barnets lov § 47, til "
        f"partshøring efter forvaltningslovens § 19. Bemærkninger skal være kommunen i hænde senest "
        f"{mdate(2025, 2025)[1]} kl. 12.00.\n\n",
        f"Mødet i udvalget holdes {mdate(2025, 2025)[1]} kl. {tid()} på rådhuset, {c_room()}. Barn A har fået "
        f"tilbudt bisidder efter § 6 og har valgt en voksen fra fodboldklubben.\n\n",
        "Far er repræsenteret ved egen advokat og har modtaget samme materiale.\n\n",
        f"Indstillingen bygger på den børnefaglige undersøgelse efter barnets lov § 20, to skoleudtalelser, "
        f"en udtalelse fra sundhedsplejen og to samtaler med barnet. Bilag 1–{R.randint(7, 14)} vedlægges.\n\n",
        f"Spørgsmål kan rettes til rådgiveren via kommunens hovednummer" +
        (f", {sw}" if sw else "") + ", eller via Digital Post.\n\n",
        "Det er kommunens vurdering, at der er en åbenbar risiko for, at barnets sundhed og udvikling lider "
        "alvorlig skade, og at risikoen ikke kan afhjælpes under barnets fortsatte ophold i hjemmet.\n\n",
        f"Mor kan bede om aktindsigt i sagens dokumenter. Der er {R.randint(40, 120)} dokumenter i sagen, og "
        f"udleveringen sker via Digital Post inden for 7 arbejdsdage. {c_word_line()}\n\n",
    ]
    tail = ["Venlig hilsen\nMyndighedsrådgiver, Børn og Familie"]
    return head, opts, tail


# ---------------------------------------------------------------- clean genre 1
def c1_referat():
    cc = pick(list(FOREIGN.keys()))
    place = {"sy": "Aleppo", "so": "Mogadishu", "er": "Asmara", "af": "Herat", "ua": "Kharkiv", "vn": "Hà Nội",
             "th": "Udon Thani"}[cc]
    head = [f"Samtale med tolk – {mdate(2024, 2025)[1]}\nDeltagere: mor, tolk ({COUNTRY_LANG[cc]}, tolk-ID "
            f"{R.randint(1000, 9999)}), rådgiver\n\n"]
    opts = [
        "Indledningsvis gennemgik vi stavemåden af navnene. Mors navn staves på tre forskellige måder i "
        "papirerne, og fars navn er registreret med en fjerde. Rådgiveren noterede stavemåden fra opholdskortet.\n\n",
        "Barn A's fødselsdato er registreret som den 1. januar, hvilket er almindeligt, når den præcise dato ikke "
        "kendes. Mor mener selv, at barnet er født om vinteren.\n\n",
        f"Mors bror bor fortsat i {place}. Der er kun sporadisk kontakt via WhatsApp, fordi forbindelsen er dårlig.\n\n",
        f"Mor fortalte, at Barn A ({c_age()} år) sover dårligt og vågner om natten. Tolken gjorde opmærksom på, at "
        f"mor brugte et ord, der både kan betyde 'bange' og 'urolig'. {c_word_line()}\n\n",
        "Mor blev informeret om Børnetelefonen på 116 111 og om, at hun ved akut fare skal ringe 112.\n\n",
        f"Vi aftalte et nyt møde {mdate(2025, 2025)[1]} kl. {tid()} med samme tolk. Tolkeudgiften på "
        f"{c_amount()} afholdes af kommunen.\n\n",
    ]
    tail = ["Referent: rådgiveren"]
    return head, opts, tail


def c1_dialog():
    cc = pick(list(FOREIGN.keys()))
    head = [f"Telefonsamtale via telefontolk, {mdate(2024, 2025)[1]} kl. {tid()}\nTil stede: sagsbehandler, tolk "
            f"({COUNTRY_LANG[cc]}), far\n\n"]
    opts = [
        "SB: Kan du bekræfte, at du er far til Barn A?\nFar (via tolk): Ja. Mit navn står anderledes i passet, "
        "men det er samme navn.\n",
        f"SB: Hvor gammel er dit barn nu?\nFar: {c_age()} år. Vi kender ikke den præcise dag.\n",
        f"SB: Hvem har I stadig kontakt med i {COUNTRY_NAME[cc]}?\nFar: Min mor. Hun bor i en by i nord. Vi "
        f"taler sammen om søndagen.\n",
        "SB: Har du et nummer, hvor jeg kan fange dig?\nFar: Det samme som I har i systemet.\n"
        "SB: Godt. Ellers kan du altid ringe til kommunens hovednummer.\n",
        f"SB: Barnet skal til samtale på skolen torsdag kl. {tid()} i {c_room()}.\nFar: Jeg kommer.\n",
        f"SB: Ved du, at du kan få en bisidder efter barnets lov § 6?\nFar: Det vidste jeg ikke. Tak.\n",
        f"Tolken oplyste efter samtalen, at far talte en dialekt fra {pick(['nord', 'syd', 'kysten', 'højlandet'])}, "
        f"og at enkelte ord blev gentaget for at sikre forståelsen.\n",
        f"Efter samtalen: {c_public_line()}\n",
    ]
    tail = ["\nNotat: sagsbehandleren"]
    return head, opts, tail


def c1_barn():
    cc = pick(["er", "af", "so", "sy"])
    head = [f"Samtale med uledsaget mindreårig (dreng, oplyst alder {R.randint(14, 17)} år) med tolk "
            f"({COUNTRY_LANG[cc]})\nDato: {mdate(2024, 2025)[1]}. Til stede: rådgiver og kontaktperson fra "
            f"bostedet.\n\n"]
    opts = [
        "Drengen oplyser, at han ikke kender sin præcise fødselsdag. Alderen er vurderet af "
        "Udlændingestyrelsen.\n\n",
        f"Han fortæller, at han har en onkel i {COUNTRY_NAME[cc]}, som han skriver med på WhatsApp. Han ved ikke, "
        f"om resten af familien er i live.\n\n",
        "Om skolen siger han, at dansk er svært, men at matematik går godt. Han går i modtageklassen, "
        f"{c_room()}.\n\n",
        f"Han sover dårligt og tænker meget på sin mor. {c_word_line()}\n\n",
        "Aftale: Kontaktpersonen hjælper med at skrive til Røde Kors' eftersøgningstjeneste. Næste samtale om "
        "fire uger.\n\n",
        f"Drengen bor på et bosted for uledsagede unge og deler værelse med en anden dreng. Personalet beskriver "
        f"ham som stille og hjælpsom. Han spiller fodbold tirsdag og torsdag kl. {tid()}.\n\n",
        "Tolken oplyste, at drengen bruger flere ord fra arabisk, selv om samtalen foregik på hans modersmål. "
        "Han blev spurgt, om han ønskede en anden tolk, og svarede nej.\n\n",
    ]
    tail = ["Rådgiver, Team Flygtninge og Integration"]
    return head, opts, tail


# ---------------------------------------------------------------- clean genre 2
def c2_csv():
    sep = pick([";", "\t"])
    head = [f"Udtræk fra fagsystem {mdate(2024, 2025)[1]} – sag {sagsnr()}\n" +
            sep.join(["Rolle", "Alder", "Kommune", "Indsats", "Paragraf", "Status"]) + "\n"]
    opts = []
    kom, _ = c_kom()
    for role in ["Mor", "Far", "Barn A", "Barn B", "Plejemor", "Plejefar", "Bedstemor", "Barn C", "Stedfar",
                 "Morbror", "Værge", "Barn D"]:
        age = {"Bedstemor": R.randint(55, 78), "Morbror": R.randint(22, 50), "Værge": R.randint(35, 65)}.get(
            role, c_age() if role.startswith("Barn") else R.randint(24, 52))
        ind = pick(["Familiebehandling", "Kontaktperson", "Aflastning", "Anbringelse", "Ingen", "Netværksmøde"])
        par = pick(["§ 32", "§ 46", "§ 47", "§ 20", "-"])
        opts.append(sep.join([role, str(age), pick([kom, "Nabokommune", "Ukendt"]), ind, par,
                              pick(["Aktiv", "Afsluttet", "Afventer"])]) + "\n")
    opts.append(f"\nLeverandør{sep}Opholdssted (privat){sep}CVR {cvr()}{sep}EAN {ean()}\n")
    opts.append(f"Takst{sep}{c_amount()} pr. døgn{sep}Regulering pr. 01.01.2026\n")
    opts.append(f"\nNoter\n{mdate(2025, 2025)[1]}{sep}Mor ringede fra nyt nummer (opdateret i systemet){sep}rådgiver\n"
                f"{mdate(2025, 2025)[1]}{sep}Brev til far kom retur – afventer CPR{sep}rådgiver\n"
                f"{mdate(2025, 2025)[1]}{sep}Barnets plan (§ 91) sendt til partshøring{sep}teamleder\n")
    tail = [pick(["Udtræk afsluttet", "-- slut på udtræk --", "Eksporteret til regneark"])]
    return head, opts, tail


def c2_venteliste():
    sep = pick(["\t", ";", " | "])
    head = [f"Venteliste dagtilbud – {pick(['Område Nord', 'Distrikt Øst', 'Midtbyen'])} – pr. {mdate(2025, 2025)[1]}\n" +
            sep.join(["Nr", "Barn", "Alder (mdr.)", "Ønsket start", "Søskendefortrin", "Bemærkning"]) + "\n"]
    opts = []
    for i in range(1, R.randint(10, 17)):
        opts.append(sep.join([str(i), f"Barn {i}", str(R.randint(6, 30)),
                              pick(["01.08.2025", "01.09.2025", "snarest", "01.01.2026", "efter barsel"]),
                              pick(["ja", "nej", "nej"]),
                              pick(["", "", "allergi (nødder)", "tolk ønskes", "særlig støtte § 32", "flyttet ind i maj"])])
                    + "\n")
    opts = Prefix(opts)
    tail = ["Listen opdateres hver mandag. Personnumre fremgår af pladsanvisningens system."]
    return head, opts, tail


def c2_keyvalue():
    kv = pick([": ", " = "])
    head = [f"--- Borgeroplysninger (udtræk {mdate(2025, 2025)[1]} {tid()}) ---\nNavn{kv}[anonymiseret]\n"
            f"CPR{kv}XXXXXX-XXXX\nFødselsdato{kv}[slettet]\nAlder{kv}{c_age()} år\n"]
    opts = [
        f"Adresse{kv}[skjult – navne- og adressebeskyttelse]\nKommune{kv}{c_kom()[0]}\n",
        f"\n[Relation 1]\nRolle{kv}Mor\nForældremyndighed{kv}Ja\nTolkebehov{kv}{pick(['nej', 'arabisk', 'somali', 'dari'])}\n",
        f"\n[Relation 2]\nRolle{kv}Far\nForældremyndighed{kv}{pick(['Ja', 'Nej'])}\nSamvær{kv}hver anden weekend\n",
        f"\n[Sag]\nSagsnr{kv}{sagsnr()}\nParagraf{kv}{pick(['§ 32', '§ 46', '§ 47', '§ 20'])}\nFrist{kv}"
        f"{mdate(2025, 2025)[1]}\nDiagnose (barn){kv}{pick(ICD)}\nMedicin{kv}{pick(MEDS)}\n",
        f"Leverandør{kv}privat opholdssted, CVR {cvr()}\nBetaling{kv}{c_amount()} pr. måned\n",
        f"Notefelt{kv}\"Mor ringede, ønsker ny samtale. {c_word_line()}\"\n",
        f"\n[Skole]\nKlassetrin{kv}{R.randint(0, 9)}.{pick(['a', 'b', 'c'])}\nFravær{kv}{R.randint(3, 30)} %\n"
        f"Kontakt{kv}via skolens kontor\n",
        f"\n[Historik]\n{mdate(2024, 2024)[1]}{kv}Underretning fra skole\n{mdate(2025, 2025)[1]}{kv}"
        f"Samtale med barnet\n{mdate(2025, 2025)[1]}{kv}Partshøring sendt til mor\n{mdate(2025, 2025)[1]}{kv}"
        f"Ledelsestilsyn gennemført\n",
    ]
    tail = ["--- slut ---"]
    return head, opts, tail


def c2_json():
    q = '"'

    def kvj(k, v):
        return f'  {q}{k}{q}: {q}{v}{q},\n'
    head = ["{\n" + kvj("sagsId", R.randint(100000, 999999)) + kvj("barn", "Barn A") + kvj("alder", c_age())]
    opts = [
        kvj("kommune", c_kom()[0]) + kvj("paragraf", pick(["§ 32", "§ 46", "§ 47"])),
        '  "roller": ["mor", "far", "plejefamilie"],\n',
        kvj("frist_undersoegelse", mdate(2025, 2025)[0].isoformat()) + kvj("sagsbehandler", "[rolle: rådgiver]"),
        kvj("note", "Mor ønsker ikke, at far får oplyst barnets opholdssted") +
        kvj("oprettet", f"{mdate(2024, 2025)[0].isoformat()}T{R.randint(7, 17):02d}:{R.randint(0, 59):02d}:00"),
        kvj("leverandoer_cvr", cvr()) + kvj("takst", c_amount()),
        '  "netvaerk": [\n    {"relation": "mormor", "kontakt": "ugentlig"},\n    {"relation": "morbror", '
        '"kontakt": "sjælden"},\n    {"relation": "nabo", "kontakt": "dagligt"}\n  ],\n',
        '  "historik": [\n    "' + mdate(2024, 2024)[1] + ': underretning fra skolen",\n    "' + mdate(2025, 2025)[1] +
        ': samtale med barn og mor",\n    "' + mdate(2025, 2025)[1] + ': sag overført til nyt team",\n    "' +
        mdate(2025, 2025)[1] + ': børnefaglig undersøgelse afsluttet (§ 20)"\n  ],\n',
        kvj("diagnose", pick(ICD)) + kvj("medicin", pick(MEDS)) + kvj("skole", "folkeskole, specialklasse") +
        kvj("fravaer_procent", R.randint(3, 40)),
    ]
    tail = ['  "status": "aktiv"\n}']
    return head, opts, tail


def c2_fixed():
    head = [f"RAPPORT {R.randint(100, 999)}   KØRT {mdate(2025, 2025)[1]}\n" +
            "ROLLE       ALDER  INDSATS              PARAGRAF  START\n" + "-" * 60 + "\n"]
    opts = []
    for role in ["MOR", "FAR", "BARN A", "BARN B", "PLEJEMOR", "PLEJEFAR", "MORMOR"]:
        age = R.randint(1, 17) if role.startswith("BARN") else R.randint(55, 78) if role == "MORMOR" else R.randint(24, 55)
        ind = pick(["FAMILIEBEHANDLING", "KONTAKTPERSON", "ANBRINGELSE", "AFLASTNING", "INGEN"])
        opts.append(f"{role:<12}{age:<7}{ind:<21}{pick(['§ 32', '§ 46', '§ 47', '-']):<10}{mdate(2024, 2025)[1]}\n")
    opts.append("-" * 60 + "\nBEMÆRKNING: BARN A FLYTTET TIL PLEJEFAMILIE I MAJ. SE JOURNAL.\n")
    opts.append("\nKONTAKTER\nROLLE          KANAL\n")
    for role in ["KLASSELÆRER", "SSP", "PSYKOLOG PPR", "SUNDHEDSPL.", "FAMILIEBEH."]:
        opts.append(f"{role:<15}{pick(['SKOLENS KONTOR', 'DIGITAL POST', 'KOMMUNENS HOVEDNUMMER', 'AULA'])}\n")
    tail = ["SIDE 1 AF 1"]
    return head, opts, tail


# ---------------------------------------------------------------- clean genre 3
def c3_hjemmebesoeg():
    kind, days = pick([("8. døgn", 8), ("2 uger", 14), ("2 mdr.", 60), ("4 mdr.", 120), ("5. døgn", 5)])
    bw = R.randint(2900, 4200)
    w = bw + max(-150, (days - 10) * R.randint(20, 32))
    head = [f"Hjemmebesøg {kind} – {mdate(2024, 2025)[1]}\nBarn: {pick(['dreng', 'pige'])}, "
            f"{kind.replace('. døgn', ' døgn')}. M ({R.randint(19, 41)} år), F.\n"]
    opts = [
        f"Vgt. {gram(w)} (fødselsvgt. {gram(bw)}), lgd. {48 + days // 10 + R.randint(0, 3)} cm, HO "
        f"{33 + min(days, 120) // 17 + R.randint(0, 2)} cm.\n",
        f"Amning: {pick(['ammer 8-10 x/døgn', 'delvis amning + MME 2 x 60 ml', 'flaske, 6 x 120 ml'])}. "
        f"{pick(['Navle tør.', 'Let gulsot, aftager.', 'Afføring gul/grynet.'])}\n",
        f"M virker {pick(['træt', 'glad, men træt', 'nedtrykt', 'rolig'])}. EPDS {R.randint(3, 16)}. "
        f"{pick(['Aftalt ny screening.', 'Drøftet søvn.', 'F på barsel, god støtte.'])}\n",
        f"{pick(MEDS[4:5] + MEDS[8:9])} startet. {c_word_line()}\n",
        "Egen læge orienteret. Ved feber over 38 grader kontaktes Lægevagten på 1813.\n",
        f"Aftalt: nyt bes. om {pick(['14 dage', '3 uger', '1 md.'])}, kl. {tid()}.\n",
        f"\nTlf. {mdate(2024, 2025)[1]}: M ringede – barnet har {pick(['grædt meget om aftenen', 'haft 38,2 i feber', 'kastet op efter måltider'])}. "
        f"Vejledt; ved forværring Lægevagten 1813.\n",
        f"Genbesøg {mdate(2024, 2025)[1]}: vgt. {gram(bw + R.randint(900, 1600))}. F hjemme, "
        f"{pick(['virker træt', 'deltager aktivt', 'sagde ikke meget'])}. Mormor kommer dagligt og hjælper.\n",
        "Netværk: mormor og en veninde på samme opgang. M deltager i mødregruppe tirsdag formiddag.\n",
    ]
    opts += c3_more()
    tail = ["/sundhedsplejerske"]
    return head, opts, tail


def c3_laege():
    head = [f"{mdate(2024, 2025)[1]} Kons. {pick(['pige', 'dreng'])} {c_age() + 3} år, ledsaget af mor.\n"]
    opts = [
        f"S: Mor bekymret for {pick(['vægttab', 'mavesmerter om morgenen', 'søvnbesvær', 'sengevædning'])}. "
        f"Fravær fra skolen i {R.randint(2, 6)} uger.\n",
        f"O: Alm. godt. Vgt. {R.randint(18, 45)},{R.randint(0, 9)} kg. BT {R.randint(95, 120)}/{R.randint(55, 80)}. "
        f"Abdomen blød.\n",
        f"A: Obs. {pick(ICD)}.\n",
        f"P: {pick(MEDS)} x 1 dgl. Henv. til {pick(['børne- og ungdomspsykiatrien', 'PPR', 'børneafd., amb. 3'])}. "
        f"Tlf.-kons. om 1 uge.\n",
        f"Underretning sendt til kommunen (skærpet underretningspligt). {c_word_line()}\n",
        f"\nTlf.-kons. {mdate(2025, 2025)[1]}: mor oplyser, at barnet er startet i skole igen to dage om ugen. "
        f"Sover bedre. Fortsat obs.\n",
        f"Journalnotat: brev fra kommunen – anmoder om lægeudtalelse. Samtykke fra mor foreligger. Svar sendt "
        f"{mdate(2025, 2025)[1]}. Honorar efter overenskomst: {c_amount()}\n",
        "Far har ringet og bedt om aktindsigt – afvist, da han ikke har del i forældremyndigheden. Vejledt om "
        "klageadgang til Styrelsen for Patientsikkerhed.\n",
    ]
    opts += c3_more()
    tail = ["Egen læge"]
    return head, opts, tail


def c3_jordemoder():
    week = R.randint(14, 34)
    kd = rdate(2025, 2025)
    head = [f"Jordemoderkonsultation, uge {week}+{R.randint(0, 6)} – {fdate(kd, pick(['dmy', 'd_month', 'ymd']))}\nGravid "
            f"({R.randint(17, 40)} år), {pick(['G1P0', 'G2P1', 'G3P1'])}. Termin "
            f"{fdate(kd + dt.timedelta(days=(40 - week) * 7), 'd_month')}.\n"]
    opts = [
        "Partner deltog ikke.\n",
        f"BT {R.randint(100, 130)}/{R.randint(60, 85)}, urin u.a., SF-mål {week} cm. Hjertelyd hørt. Hb "
        f"{R.randint(6, 8)},{R.randint(0, 9)}.\n",
        f"Socialt: {pick(['tidligere anbragt', 'ingen kontakt til egen familie', 'ryger 5 cig./dag', 'bor i 1-værelses lejlighed'])}.\n",
        "Drøftet familieambulatoriet og tidlig kontakt til sundhedsplejen. Gravide har givet samtykke til "
        "henvendelse til kommunen.\n",
        f"Tilbudt kursus i {pick(['fødselsforberedelse', 'amning', 'forældreskab'])} – {c_room()}, torsdag kl. {tid()}.\n",
        f"{c_word_line()}\n",
        f"Tidligere: et barn på {c_age()} år, som bor hos mormor. Den gravide har samvær hver anden lørdag.\n",
        f"\nKontrol {fdate(kd + dt.timedelta(days=28), 'dmy')}: uge {week + 4}. Kom alene. Har ikke sovet. Fortæller om "
        f"skænderier med partneren. Tilbudt samtale med socialrådgiver på fødestedet.\n",
        "Sundhedsplejen kontaktet med samtykke. Første hjemmebesøg planlagt i graviditeten.\n",
    ]
    opts += c3_more(preg=True)
    tail = ["Jordemoder"]
    return head, opts, tail


def c3_skolesund():
    ag = R.randint(6, 15)
    head = [f"Skolesundhedspleje – {'indskolingsundersøgelse' if ag < 8 else pick(['udskolingssamtale', 'opfølgning', 'samtale efter henvendelse'])} "
            f"{mdate(2024, 2025)[1]}\nElev i {ag - 6}.{pick(['a', 'b', 'c'])}, {ag} år\n"]
    opts = [
        f"H: {112 + (ag - 6) * 6 + R.randint(-4, 6)} cm, V: {19 + (ag - 6) * 4 + R.randint(-2, 8)} kg. Syn: {pick(['u.a.', '6/9 bilat. – henv. øjenlæge'])}\n",
        f"Eleven fortæller, at {pick(['søvnen er dårlig', 'morgenmad springes over', 'der er drilleri i frikvartererne'])}. "
        f"Har gode venner i klassen.\n",
        "Kontakt til mor pr. telefon – hun vil tale med egen læge.\n",
        f"Eleven kender Børnetelefonen 116 111 og har fået en folder fra Børns Vilkår. {c_word_line()}\n",
        f"Aftalt opfølgning om {pick(['4 uger', '6 uger', '2 mdr.'])} i sundhedsplejens lokale, {c_room()}.\n",
        f"Klasselæreren fortæller, at eleven ofte sidder alene i frikvartererne og har været fraværende "
        f"{R.randint(8, 25)} dage i dette skoleår.\n",
        f"\n{mdate(2025, 2025)[1]}: ny samtale. Eleven siger, at det går lidt bedre hjemme, men er stadig træt. "
        f"Henvist til skolepsykolog (PPR) med forældrenes samtykke.\n",
        f"Vægtkurve: fra percentil {R.randint(40, 60)} til {R.randint(10, 25)} på et år. Drøftet kost og "
        f"{pick(['D-vitamin', 'madpakke', 'morgenmad'])}.\n",
    ]
    opts += c3_more()
    tail = ["Sundhedsplejerske"]
    return head, opts, tail


# ---------------------------------------------------------------- clean genre 4
def c4_overdragelse():
    kom, sw = c_kom()
    dest_ = pick(["Nuuk", "Sisimiut", "Ilulissat", "Tórshavn", "Klaksvík"] + [k[0] for k in KOMMUNER[:8]])
    head = [f"Mellemkommunal overdragelse af sag\nFra: {kom} Kommune, Børn og Familie\nTil: modtagende kommune "
            f"({dest_})\nSagsnr. {sagsnr()}\n\n"]
    opts = [
        f"Familien (mor og {pick(['et barn på ' + str(c_age()), 'to børn på ' + str(c_age()) + ' og ' + str(c_age()), 'tre børn på ' + str(c_age()) + ', ' + str(c_age()) + ' og ' + str(c_age())])} år) er flyttet til "
        f"{dest_} pr. {mdate(2025, 2025)[1]}. Den nye adresse fremgår af CPR.\n\n",
        f"Aktuelle indsatser: familiebehandling efter barnets lov § 32 og kontaktperson til Barn A. Barnets plan "
        f"efter § 91 er senest revideret {mdate(2024, 2025)[1]}.\n\n",
        f"Handlekommune fastlægges efter retssikkerhedslovens § 9. Udgiften til indsatsen udgør {c_amount()} pr. "
        f"måned og afregnes til og med fraflytningsmåneden.\n\n",
        f"Vi foreslår et overdragelsesmøde på Teams {mdate(2025, 2025)[1]} kl. {tid()}. Kontakt kan ske via "
        f"kommunens hovednummer" + (f" {sw}" if sw else "") + " eller sikker post.\n\n",
        f"{c_word_line()}\n\n",
        "Bedstemor har været en vigtig støtte og har ofte hentet børnene. Hun ønsker at blive inddraget i et "
        "netværksmøde i den nye kommune.\n\n",
        f"Skolen har orienteret om, at Barn A har et fravær på {R.randint(10, 30)} %. Kontaktlæreren vil gerne "
        f"deltage i overdragelsesmødet.\n\n",
        f"{c_public_line()}\n\n",
    ]
    tail = ["Med venlig hilsen\nRådgiver, Børn og Familie"]
    return head, opts, tail


def c4_flytte():
    head = [f"FLYTTEMEDDELELSE – registreret {mdate(2025, 2025)[1]}\nNavn: [skjult]\nCPR: XXXXXX-XXXX\n"]
    opts = [
        "Fraflyttet: adresse i kommunen (se CPR)\n",
        f"Tilflyttet: c/o-adresse i {pick(['Nuuk', 'Tórshavn', 'Aarhus', 'Odense', 'Esbjerg'])}\n",
        f"Medflyttende: {pick(['1 barn (' + str(c_age()) + ' år)', '2 børn (' + str(c_age()) + ' og ' + str(c_age()) + ' år)'])}\n",
        "Bemærkning: c/o-adressen er oplyst som midlertidig. Post sendes via Digital Post.\n",
        f"Ny kommune underrettet {mdate(2025, 2025)[1]} om verserende børnesag.\n",
        f"Gebyr for sent anmeldt flytning: {c_amount()}\n",
        f"Tidligere bopælskommuner: {pick(['Vejle', 'Odense', 'Esbjerg'])} ({R.randint(2015, 2019)}–{R.randint(2020, 2022)}), "
        f"{pick(['Horsens', 'Holbæk', 'Randers'])} ({R.randint(2022, 2023)}–{R.randint(2024, 2025)})\n",
        "Oplyst ved personligt fremmøde: det ældste barn fortsætter indtil videre i skole i fraflytningskommunen. "
        "Borger blev vejledt om, at ny kommune overtager børnesagen efter retssikkerhedslovens § 9.\n",
        "Sagsbehandler i børnesagen er orienteret via intern post.\n",
    ]
    tail = ["Behandlet af borgerservice"]
    return head, opts, tail


def c4_mail():
    kom, sw = c_kom()
    head = [f"Fra: Rådgiver, {kom} Kommune\nTil: Rådgiver, modtagende kommune\nDato: {mdate(2025, 2025)[1]}\n"
            f"Emne: Overdragelse – Barn A ({c_age()} år)\n\n"]
    opts = [
        "Hej\n\nSom aftalt i telefonen sender jeg overdragelsen. Mor har midlertidig adresse hos en veninde; "
        "adressen står i CPR.\n\n",
        "Den gamle lejlighed ved Banegårdspladsen er opsagt. Mor har samme telefonnummer som før.\n\n",
        f"Barn A går i {pick(['7.', '8.', '5.', '3.'])} klasse og har en kontaktperson, som gerne fortsætter et "
        f"par måneder, hvis I vil betale ({c_amount()} pr. måned).\n\n",
        "Far har samvær hver anden weekend og foretrækker Digital Post frem for telefon.\n\n",
        f"{c_word_line()} Ring endelig, hvis noget er uklart – jeg sidder på kontoret hele ugen undtagen fredag.\n\n",
        "PS: Mors nye kæreste er flyttet ind. Vi kender ikke meget til ham, men Barn A har nævnt ham et par "
        "gange.\n\n",
        f"{c_public_line()}\n\n",
    ]
    tail = ["Venlig hilsen\nRådgiveren"]
    return head, opts, tail


# ---------------------------------------------------------------- clean genre 5
def c5_sms():
    script = pick(["forældre", "teen", "rådgiver"])
    if script == "forældre":
        head = [f"Udskrift af sms'er fremvist af mor {mdate(2025, 2025)[1]} (afskrevet af rådgiver):\n"]
        lines = ["far: hvor er barnet?? svarer ikke", "mor: ved vennen tror jeg. ved netto på hjørnet",
                 "far: jeg henter nu. hvor præcis?", "mor: ved Banegårdspladsen, de sidder på bænken",
                 "far: ok. og send lige tandlægekortet, de spørger", "mor: det ligger i skuffen. tiden er kl 14.30 tirsdag",
                 f"far: tak{e()}", "mor: jeg har sagt til kommunen at du ikke må hente uden aftale",
                 "far: de kan bare ringe. nummeret står i systemet", "mor: stop med at skrive efter kl 22",
                 f"far: det er storm i nat, kør forsigtigt{e()}", "mor: har betalt 350 kr på mobilepay for turen",
                 "far: barnet siger det vil bo hos mig", "mor: det bestemmer barnet ikke selv. tal med rådgiveren",
                 "far: fint", "mor: ok 👍"]
    elif script == "teen":
        head = [f"Sms-tråd mellem mor og barnet ({R.randint(12, 16)} år), kopieret ind efter aftale med mor "
                f"{mdate(2025, 2025)[1]}:\n"]
        lines = ["mor: hvor er du henne?? klokken er over 23", f"barn: hos en ven chill{e()}",
                 "mor: jeg henter dig NU. hvor?", "barn: ved skoven bag hallen men jeg kan selv cykle",
                 "mor: nej. jeg holder ved rundkørslen om 10 min", "barn: omg du er så pinlig 🙄",
                 "mor: vennens mor ringede til mig. hun var bekymret", "barn: hvorfor ringer hun til dig??",
                 "mor: fordi vi er voksne. kom nu", f"barn: ok ok{e()}",
                 "mor: og rådgiveren kommer i morgen kl 15. husk det", "barn: hvem??",
                 "mor: hende fra kommunen med den grønne jakke", "barn: glad for at du siger det nu 🙄"]
    else:
        head = [f"Sms-korrespondance mellem rådgiver og mor, journaliseret {mdate(2025, 2025)[1]}:\n"]
        lines = [f"Rådgiver: Hej. Jeg bekræfter mødet torsdag kl. {tid()} på rådhuset, {c_room()}.",
                 "mor: ok men jeg har ikke nogen til at passe den lille",
                 "Rådgiver: Du er velkommen til at tage barnet med. Ellers kan vi mødes hjemme hos dig.",
                 "mor: hjemme er bedre. ring når du er der, klokken virker ikke",
                 "Rådgiver: Det gør jeg. Husk sundhedskortet – vi skal bruge det til ansøgningen.",
                 "mor: ok", "Rådgiver: Send ikke CPR-numre på sms – brug Digital Post.", "mor: sry 🙈",
                 "mor: kan far også komme?", "Rådgiver: Ja, hvis du ønsker det. Jeg skriver til ham via Digital Post.",
                 f"Rådgiver: Ydelsen på {c_amount()} udbetales via Udbetaling Danmark.", "mor: tak. vi ses"]
    return head, chat_lines(lines), ["(slut på udskrift)"]


def c5_snap():
    head = [f"Skærmbilleder fra Snapchat, modtaget fra skolen {mdate(2025, 2025)[1]}. Barn A ({R.randint(12, 15)} år). "
            f"Brugernavne er fjernet.\n\n"]
    if chance(0.5):
        lines = [f"[ven]: kommer du ikk til fest på lørdag{e()}", "[Barn A]: idk min mor er sur",
                 "[ven]: bare sig du sover hos mig lol", "[ukendt konto]: hey cutie 👀 how old r u", "[Barn A]: 14",
                 "[ukendt konto]: nice. jeg er 21 haha. jeg kan hente dig", "[Barn A]: ved skolen kl 23 ikk før",
                 f"[ven]: wtf hvem er det du skriver med??{e()}",
                 "[ven]: send ham ikk billeder, ring til børnetelefonen 116 111",
                 "[Barn A]: ok ok. det er bare sol og sommer 😴", "[ven]: glad for du siger det",
                 f"[ukendt konto]: yo svar nu{e()}", "[Barn A]: sry min mor kom ind",
                 "[ukendt konto]: slet vores chat ok", "[ven]: ring til mig NU"]
    else:
        lines = ["[ven 1]: hvor er i henne", "[Barn A]: ved søen bag Bilka", "[ven 1]: er den store dreng der?",
                 "[Barn A]: ja men han er mega fuld 💀", "[ven 1]: lol. jeg kommer kl 22",
                 "[Barn A]: tag din søster med", "[ven 1]: hun har stuearrest, far tog hendes tlf",
                 f"[Barn A]: så skriv på discord{e()}", "[ven 1]: du er syg",
                 "[Barn A]: min mor tror jeg sover hos dig. hvis hun ringer så sig det",
                 "[ven 1]: ok men hvis kontaktpersonen spørger siger jeg ingenting", "[Barn A]: deal. og slet snappen",
                 "[ven 2]: der kommer storm i aften, tag jakke på"]
    return head, Prefix(ln + "\n" for ln in lines), ["\n[Barn A bekræftede i samtale, at samtalen er barnets egen.]"]


def c5_insta():
    if chance(0.5):
        head = [f"Instagram DM mellem Barn A (15 år) og en klassekammerat, vist frem under samtale {mdate(2025, 2025)[1]}:\n\n"]
        lines = ["kammerat: yo bro u coming tonight", "Barn A: kan ikk min mor har taget min tlf. skriver fra min søsters ipad",
                 "kammerat: lmao. vi er ved skoven bag hallen", f"Barn A: sig til min mor jeg er hos dig ok{e()}",
                 "kammerat: bro hun kender min mor 💀", "Barn A: ngl jeg tør ik. sidste gang ringede skolen til kommunen",
                 "kammerat: whatever. #weekend #fredag", "Barn A: ses mandag i 9.b",
                 f"kammerat: husk vi har fodbold kl 16.30{e()}", "Barn A: min mor siger jeg skal være hjemme kl 21",
                 "kammerat: min storebror kører os hjem kl 2", "Barn A: lol nej tak",
                 "kammerat: ok men kom til træning i morgen, træneren spørger efter dig", f"Barn A: ja ja{e()}",
                 "kammerat: og tag din cykel med, bussen kører ikke efter kl 23", "Barn A: fair. ses"]
        tail = ["\nNote: Barn A fortalte om aftalen selv. /rådgiver"]
    else:
        head = [f"Instagram-beskeder om køb af {pick(['en jakke', 'en telefon', 'et par sneakers'])}, fundet på "
                f"Barn B's telefon ({R.randint(12, 15)} år) og vist frem af mor {mdate(2025, 2025)[1]}:\n\n"]
        lines = ["Barn B: hey is it still available?", "sælger: yes bro. 300 kr på mobilepay",
                 "Barn B: kan jeg hente i dag", "sælger: ja. ved stationen kl 16", f"Barn B: ok kommer efter skole{e()}",
                 "sælger: kom alene ok", "Barn B: min ven kommer med", "sælger: nej alene. og sig ikke noget til din mor",
                 "Barn B: why", "sælger: bare gør det", "Barn B: jeg skal lige spørge min storebror"]
        tail = ["\nMor har kontaktet politiet på 114. /rådgiver"]
    return head, Prefix(ln + "\n" for ln in lines), tail


def c5_whatsapp():
    head = [f"WhatsApp-gruppen \"Familien ❤️\" – udskrift fremvist af mor {mdate(2025, 2025)[1]}. Numre er fjernet.\n\n"]
    if chance(0.5):
        lines = ["[morbror]: Assalamu alaikum. hvordan har barnet det?", f"[mor]: bedre. skolen ringer hver dag{e()}",
                 "[far]: jeg kommer på fredag og henter børnene", "[mor]: nej. det skal aftales med kommunen",
                 "[far]: giv mig adressen på skolen så", "[mor]: nej. kom ikke her",
                 "[morbror]: please calm down. think of the kids 🙏", "[moster]: jeg sender penge via western union",
                 "[mor]: tak. det var en lykke at I ringede", "[moster]: glad for at høre. vi ses til eid",
                 "[mor]: jeg har fået ny mail, skriv i e-boks i stedet",
                 f"[morbror]: ok. barnet skal ringe til sin bedstemor på søndag{e()}"]
    else:
        lines = ["[moster]: hej alle. morbror lander i Billund på tirsdag",
                 "[mor]: hvornår? jeg kan ikke hente, jeg har møde med kommunen kl 10",
                 "[morbror]: kl 14.20. jeg tager toget", "[far]: jeg kan hente ham. børnene kan komme med",
                 "[mor]: nej. du ved hvad rådgiveren sagde", f"[far]: rådgiveren bestemmer ikke over mine børn{e()}",
                 "[moster]: stop nu begge to. tænk på børnene", "[mor]: passet udløber i maj, jeg har bestilt tid",
                 "[far]: ok", "[moster]: vinter i Danmark er hård, husk varmt tøj til ham 😂"]
    return head, chat_lines(lines, pick(["{l}", "[{t}] {l}"])), ["\n(Mor oplyser, at morbror bor i udlandet.)"]


# ================================================================ INSTITUTIONS
INST_BY = {
    "skole": ["Den Private Friskole i Hårby", "Bøgely Friskole", "Lilleskolen på Bakken", "Specialskolen Kastaniehuset"],
    "dag": ["Børnehuset Mælkebøtten", "Vuggestuen Myretuen", "Naturbørnehaven Grankoglen", "Dagplejen Lille Bjørn",
            "Børnehaven Troldehøjen", "Børneinstitutionen Regnbuen"],
    "bo": ["Opholdsstedet Skovbrynet", "Behandlingshjemmet Lysningen", "Opholdsstedet Havbrisen",
           "Ungdomspensionen Fjordstuen", "Bo- og behandlingsstedet Engbakken", "Socialpædagogisk Opholdssted Udsigten",
           "Skolehjemmet Solgården", "Krisecentret for unge Åhuset"],
    "klub": ["Fritidsklubben Kometen", "Klub Fyrtårnet", "Ungeklubben Værkstedet", "Boldklubben Sydhavn",
             "Spejdergruppen Ørnereden", "Rideskolen Kastanjegården", "Rudkøbing Ungdomsskole og Klub"],
    "pleje": ["Familieplejen Vestkysten", "Plejefamilieforeningen Trekanten", "Vestegnens Familiepleje ApS"],
    "eft": ["Egebjerg Efterskole", "Efterskolen ved Limfjorden", "Sct. Georgs Gårdens Efterskole",
            "Idrætsefterskolen Strandhøj", "Efterskolen Havgården"],
}


def inst_text():
    def I(kind, other=None):
        x = pick(INST_BY[kind])
        while x == other:
            x = pick(INST_BY[kind])
        return x
    a = I("skole")
    forms = [
        lambda: f"Barn A går i {R.randint(1, 6)}. klasse på {INST(I('skole'))} og kommer efter skoletid i {INST(I('klub'))}.",
        lambda: f"Barn B er startet i {INST(I('dag'))} og trives, men har svært ved afleveringen om morgenen.",
        lambda: f"Den unge bor på {INST(I('bo'))} og går i skole på {INST(I('skole'))} tre dage om ugen. Begge steder rapporterer god trivsel.",
        lambda: f"Plejefamilien er godkendt og tilknyttet {INST(I('pleje'))}, som også står for supervisionen.",
        lambda: f"Ansøgning om ophold på {INST(I('eft'))} er sendt. Eleven har besøgt skolen og var glad for værelserne.",
        lambda: f"Efter sommerferien flytter den unge fra {INST(I('bo'))} til {INST(I('eft'))}. Der er holdt overleveringsmøde.",
        lambda: (lambda d1: f"Barn A skifter fra {INST(d1)} til {INST(I('dag', d1))} pr. 1. august, da familien flytter.")(I("dag")),
        lambda: f"Kontaktpersonen fra {INST(I('klub'))} deltog i netværksmødet {mdate(2025, 2025)[1]} og lovede at følge op.",
        lambda: f"Lærerne på {INST(I('skole'))} har holdt møde med personalet fra {INST(I('bo'))} om den unges skema.",
        lambda: f"{INST(I('pleje'))} har endnu ikke fundet en plejefamilie, og den unge bliver derfor foreløbig på {INST(I('bo'))}.",
        lambda: f"Eleven har fået plads på {INST(I('eft'))} fra august og går indtil da til træning i {INST(I('klub'))}.",
    ]
    return pick(forms)()


# ================================================================ composer and checks
PLANTED_T = [
    [p0_udvalg, p0_anke, p0_partshoering, p0_protokol],
    [p1_referat, p1_dialog, p1_barn, p1_ukr_vn_th],
    [p2_csv, p2_venteliste, p2_keyvalue, p2_fixed, p2_json, p2_kontaktliste],
    [p3_hjemmebesoeg, p3_laege, p3_jordemoder, p3_underretning, p3_skolesund],
    [p4_overdragelse, p4_flyttemeddelelse, p4_underretning_fraflytning, p4_mail],
    [p5_sms, p5_snap, p5_insta, p5_whatsapp],
]
CLEAN_T = [
    [c0_udvalg, c0_anke, c0_partshoering],
    [c1_referat, c1_dialog, c1_barn],
    [c2_csv, c2_venteliste, c2_keyvalue, c2_json, c2_fixed],
    [c3_hjemmebesoeg, c3_laege, c3_jordemoder, c3_skolesund],
    [c4_overdragelse, c4_flytte, c4_mail],
    [c5_sms, c5_snap, c5_insta, c5_whatsapp],
]
GENRES = ["udvalg_ankestyrelsen", "samtale_med_tolk", "eksport_regneark", "sundhedspleje_laege",
          "overdragelse_flytning", "sms_chat_sociale_medier"]
BANDS = [(30, 80), (81, 150), (151, 300)]
BAND_NAMES = ["short", "medium", "long"]


def compose(tpl, band):
    lo_, hi_ = BANDS[band]
    head, tpl_opts, tail = tpl()
    opts = [o for o in tpl_opts if o]
    w = sum(wc(x) for x in head + tail)
    target = R.randint(lo_, hi_)
    if isinstance(tpl_opts, Prefix):
        chosen = []
        for o in opts:
            wo = wc(o)
            if w >= target or w + wo > hi_:
                break
            chosen.append(o)
            w += wo
        m = "".join(head + chosen + tail)
        m = re.sub(r"[ \t]+\n", "\n", m)
        return re.sub(r"\n{3,}", "\n\n", m).strip()
    ws = [wc(o) for o in opts]
    take = [False] * len(opts)
    for j, wo in enumerate(ws):
        if (w + wo <= target and chance(0.85)) or (w < lo_ and w + wo <= hi_):
            take[j] = True
            w += wo
    for j, wo in enumerate(ws):  # second pass: fill up skipped blocks if still below the band
        if w < lo_ and not take[j] and w + wo <= hi_:
            take[j] = True
            w += wo
    chosen = [o for j, o in enumerate(opts) if take[j]]
    m = "".join(head + chosen + tail)
    m = re.sub(r"[ \t]+\n", "\n", m)
    m = re.sub(r"\n{3,}", "\n\n", m).strip()
    return m


def all_pool_names():
    out = []
    for o in ORIGINS:
        F, M, S = ORIGINS[o]
        out += F + M
        for s in S:
            out += list(s) if isinstance(s, tuple) else [s]
    for k in VARIANTS:
        out += [k] + VARIANTS[k]
    for k in NICKS:
        out += NICKS[k]
    out += ["Maxamed"]
    seen, res = {}, []
    for n in out:
        if n not in seen:
            seen[n] = 1
            res.append(n)
    return res


POOL = all_pool_names()
POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in sorted(POOL + [p.upper() for p in POOL],
                                                                             key=lambda z: (-len(z), z)))
                     + r")(?!\w)")
PHONE_RES = [
    re.compile(r"(?<![\w+])(?:(?:\+|00)\d{2,3}[ -]?)?(?:\d{8}|\d{2}[ .-]\d{2}[ .-]\d{2}[ .-]\d{2}|\d{4}[ .-]\d{4}"
               r"|\d{3} \d{2} \d{3}|\d{2} \d{2} \d{4})(?!\d)"),
    re.compile(r"(?<!\w)(?:\+|00)\d{2,3}[\d \-]{5,14}\d"),
]
CPR_RE = re.compile(r"(?<!\d)\d{2}[ .]?\d{2}[ .]?\d{2}[ .-]?\d{4}(?!\d)|(?<!\d)\d{6} - \d{4}(?!\d)")
ALL_STREETS = STREETS + [x[0] for x in GL_ADDR] + [x[0] for x in FO_ADDR]
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in sorted(ALL_STREETS, key=lambda z: (-len(z), z)))
                       + r")\s+(?:nr\.\s*)?\d", re.I)
FOEDT_RE = re.compile(r"(?<!\w)(?:født|f\.|fødselsdato)\s*:?\s*(?:ca\.\s*|den\s+|d\.\s*)?(?=\d)", re.I)
HANDLE_RE = re.compile(r"(?<![\w.])@[A-Za-z0-9_.]*[A-Za-z0-9_]")


def inside(spans, s, e, kinds=None):
    for sp in spans:
        if sp["start"] <= s and e <= sp["end"] and (kinds is None or sp["kind"] in kinds):
            return True
    return False


def check_text(text, spans, file_kind, band=None):
    errs = []
    allowed = {"planted": {"name", "phone", "email", "address", "dob", "cpr"}, "clean": set(),
               "institutions": {"institution"}}[file_kind]
    if any(ch in text for ch in "\x01\x02\x03"):
        errs.append("marker left")
    prev_end = -1
    for sp in spans:
        if text[sp["start"]:sp["end"]] != sp["text"]:
            errs.append("offset")
        if sp["text"] != sp["text"].strip() or not sp["text"]:
            errs.append("whitespace in span")
        if sp["start"] < prev_end:
            errs.append("overlap/unsorted")
        prev_end = sp["end"]
        if sp["kind"] not in allowed:
            errs.append("kind " + sp["kind"])
    n = len(text.split())
    if band is not None:
        lo_, hi_ = BANDS[band]
        if not lo_ <= n <= hi_:
            errs.append(f"words {n} not in band {band}")
    # no unplanted copy
    for t in sorted({sp["text"] for sp in spans}):
        for mo in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            if not inside(spans, mo.start(), mo.end()):
                errs.append(f"unplanted copy {t!r}")
    for mo in POOL_RE.finditer(text):
        if not inside(spans, mo.start(), mo.end()):
            errs.append(f"pool name outside span {mo.group(0)!r}")
    for rx in PHONE_RES:
        for mo in rx.finditer(text):
            if mo.group(0) in WHITELIST:
                continue
            if not inside(spans, mo.start(), mo.end()):
                errs.append(f"phone-shaped {mo.group(0)!r}")
    for mo in CPR_RE.finditer(text):
        if not inside(spans, mo.start(), mo.end()):
            errs.append(f"cpr-shaped {mo.group(0)!r}")
    for i, ch in enumerate(text):
        if ch == "@" and not inside(spans, i, i + 1, {"email"}):
            h = HANDLE_RE.match(text, i)
            if file_kind != "planted" or not (h and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "._"))):
                errs.append("@ outside email")
    for mo in STREET_RE.finditer(text):
        if not inside(spans, mo.start(), mo.end(), {"address"}):
            errs.append(f"street+number outside address {mo.group(0)!r}")
    for mo in FOEDT_RE.finditer(text):
        if not inside(spans, mo.end(), mo.end() + 1, {"dob", "cpr"}):
            errs.append(f"født + unplanted digits at {mo.start()}")
    return errs


def make_file(file_kind, templates, forbidden=None):
    rows = []
    forb_re = None
    if forbidden:
        forb_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in sorted(forbidden, key=lambda z: (-len(z), z)))
                             + r")(?!\w)")
    stats = {"errors_redrawn": 0}
    for i in range(240):
        g, k = i % 6, i // 6
        band = k % 3
        T = templates[g]
        ti = (k + k // len(T)) % len(T)
        ok = False
        for attempt in range(600):
            tpl = T[ti] if attempt < 150 else T[R.randrange(len(T))]
            m = compose(tpl, band)
            text, spans = render(m)
            errs = check_text(text, spans, file_kind, band)
            if forb_re is not None:
                mo = forb_re.search(text)
                if mo:
                    errs.append(f"planted text in clean {mo.group(0)!r}")
            if not errs:
                ok = True
                break
            stats["errors_redrawn"] += 1
            if os.environ.get("B14_DEBUG"):
                print(i, tpl.__name__, errs[:3], file=sys.stderr)
        if not ok:
            raise SystemExit(f"could not draw {file_kind} {i}: {errs[:5]}")
        pre = "p" if file_kind == "planted" else "c"
        rows.append({"id": f"{CORPUS}-{pre}{i + 1:03d}", "text": text, "planted": spans,
                     "_genre": GENRES[g], "_band": BAND_NAMES[band], "_tpl": tpl.__name__})
    return rows, stats


def make_inst():
    rows = []
    for i in range(30):
        for attempt in range(200):
            text, spans = render(inst_text())
            errs = check_text(text, spans, "institutions")
            n = len(text.split())
            if not 12 <= n <= 40:
                errs.append("words")
            if not errs:
                break
        else:
            raise SystemExit("institution draw failed")
        rows.append({"id": f"{CORPUS}-i{i + 1:03d}", "text": text, "planted": spans})
    return rows


def write(name, rows):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "planted": r["planted"]}, ensure_ascii=False) + "\n")
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def final_checks(planted, clean, inst):
    for rows, pre, n in ((planted, "p", 240), (clean, "c", 240), (inst, "i", 30)):
        ids = [r["id"] for r in rows]
        assert ids == [f"{CORPUS}-{pre}{i:03d}" for i in range(1, n + 1)], "ids not gapless"
    kinds = {}
    for r in planted:
        for sp in r["planted"]:
            kinds[sp["kind"]] = kinds.get(sp["kind"], 0) + 1
    tot = sum(kinds.values())
    assert 3000 <= tot <= 4500, ("total", tot)
    for k in ("phone", "address", "dob"):
        assert kinds.get(k, 0) >= 250, (k, kinds.get(k))
    for k in ("cpr", "email"):
        assert kinds.get(k, 0) >= 120, (k, kinds.get(k))
    assert kinds["name"] == max(kinds.values())
    for r in clean:
        assert r["planted"] == []
    bands = {}
    for r in planted + clean:
        key = (r["_genre"], r["_band"])
        bands[key] = bands.get(key, 0) + 1
    return kinds, tot, bands


def main():
    planted, st1 = make_file("planted", PLANTED_T)
    forbidden = []
    seen = {}
    for r in planted:
        for sp in r["planted"]:
            if sp["kind"] in ("phone", "address", "dob", "cpr", "email") and sp["text"] not in seen:
                seen[sp["text"]] = 1
                forbidden.append(sp["text"])
    clean, st2 = make_file("clean", CLEAN_T, forbidden)
    inst = make_inst()
    kinds, tot, bands = final_checks(planted, clean, inst)
    h1 = write("planted.jsonl", planted)
    h2 = write("clean.jsonl", clean)
    h3 = write("institutions.jsonl", inst)
    print("spans per kind:", json.dumps(dict(sorted(kinds.items())), ensure_ascii=False), "total", tot)
    print("redraws planted/clean:", st1["errors_redrawn"], st2["errors_redrawn"])
    tpls = {}
    for r in planted + clean:
        tpls[r["_tpl"]] = tpls.get(r["_tpl"], 0) + 1
    print("templates:", json.dumps(tpls))
    print("sha256 planted.jsonl", h1)
    print("sha256 clean.jsonl", h2)
    print("sha256 institutions.jsonl", h3)


if __name__ == "__main__":
    main()
