#!/usr/bin/env python3
"""blind19: held-out corpus generator for Danish child-welfare texts (planted / clean / institutions).

Python 3.11 standard library only. One fixed seed, one random.Random instance (R). Run from this
folder: `python3 make.py`. Writes planted.jsonl, clean.jsonl, institutions.jsonl and prints a summary.
"""

# ====================================================================== core
"""Core machinery for blind19: random source, persons, formatters, template engine, assembler."""
import datetime as dt
import random
import re
import unicodedata

from pools import (DK_KID_F, DK_KID_M, ORIGINS, IS_GEN, FO_GEN, SCRIPT, NICK, STREETS, TOWNS, FOREIGN_ADDR,
                   FOREIGN_PHONE, ORIGIN_COUNTRY, PRIVATE_DOMAINS)

SEED = 190519
R = random.Random(SEED)
REF = dt.date(2025, 6, 1)

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv",
        "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs",
        9: "halvfems"}
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende",
       "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende",
       "attende", "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende",
       "fireogtyvende", "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende",
       "niogtyvende", "tredivte", "enogtredivte"]


def ch(seq):
    return R.choice(seq)


def num_da(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] if o == 0 else ONES[o] + "og" + TENS[t]


def year_da(y):
    if y >= 2000:
        r = y - 2000
        return "totusind" if r == 0 else "totusind og " + num_da(r)
    return "nitten hundrede og " + num_da(y - 1900)


# ---------------------------------------------------------------- dates
def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def doc_date():
    a = dt.date(2024, 1, 8).toordinal()
    b = dt.date(2025, 10, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def fmt_doc_date(d, style=None):
    style = style if style is not None else R.randint(0, 4)
    if style == 0:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 1:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f"{d.day}/{d.month} {d.year}"
    return f"{d.day}.{d.month}.{d.year}"


def ddate(style=None):
    return fmt_doc_date(doc_date(), style)


def fmt_dob(d, style=None):
    s = style if style is not None else R.randint(0, 12)
    if s == 0:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if s == 1:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if s == 2:
        return d.isoformat()
    if s == 3:
        return f"{d.day:02d}/{d.month:02d}-{d.year % 100:02d}"
    if s == 4:
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if s == 5:
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if s == 6:
        return f"{ORD[d.day - 1]} {MONTHS[d.month - 1]} {year_da(d.year)}"
    if s == 7:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if s == 8:
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if s == 9:
        return f"{d.day}. {MON3[d.month - 1]} {d.year}"
    if s == 10:
        return f"{d.day}/{d.month}/{d.year}"
    if s == 11:
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def age_on(d, ref=REF):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


# ---------------------------------------------------------------- numbers
WHITELIST = ["33 66 33 66", "89 40 20 00", "66 13 13 72", "99 31 31 31", "29189129", "55133018",
             "64942212", "35209115", "41 88 12 00"]
MOBILE = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
          "50", "51", "52", "53", "60", "61", "71", "81", "91", "93", "42", "28", "20", "26", "53"]
LAND = ["33", "35", "38", "43", "44", "45", "46", "48", "56", "62", "64", "65", "66", "74", "75",
        "76", "86", "87", "96", "97", "98", "72", "70"]


def rnd_digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def dk_number(land=False):
    while True:
        n = ch(LAND if land else MOBILE) + rnd_digits(6)
        wl = [w.replace(" ", "") for w in WHITELIST]
        if n not in wl:
            return n


def spoken_pairs(n):
    out = []
    for i in range(0, 8, 2):
        p = n[i:i + 2]
        out.append(("nul " + ONES[int(p[1])]) if p[0] == "0" else num_da(int(p)))
    return " ".join(out)


def fmt_phone(n, style=None):
    s = style if style is not None else R.randint(0, 10)
    g = [n[0:2], n[2:4], n[4:6], n[6:8]]
    if s == 0:
        return n
    if s in (1, 2):
        return " ".join(g)
    if s == 3:
        return n[:4] + " " + n[4:]
    if s == 4:
        return ".".join(g)
    if s == 5:
        return "-".join(g)
    if s == 6:
        return "+45 " + " ".join(g)
    if s == 7:
        return "+45" + n
    if s == 8:
        return "0045 " + n
    if s == 9:
        return "+45 " + n[:4] + " " + n[4:]
    return "(+45) " + " ".join(g)


def foreign_phone(country):
    pre, groups = FOREIGN_PHONE[country]
    parts = []
    for i, k in enumerate(groups):
        d = rnd_digits(k)
        if i == 0 and d[0] == "0":
            d = str(R.randint(1, 9)) + d[1:]
        parts.append(d)
    if R.random() < 0.2:
        return pre + "".join(parts)
    return pre + " " + " ".join(parts)


def cpr_digits(d, gender):
    yy = d.year % 100
    if d.year >= 2000:
        d7 = ch([4, 5, 6, 7, 8, 9]) if yy <= 36 else ch([5, 6, 7, 8])
    else:
        d7 = ch([0, 1, 2, 3, 0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
    mid = rnd_digits(2)
    last = ch([1, 3, 5, 7, 9]) if gender == "m" else ch([0, 2, 4, 6, 8])
    return f"{d.day:02d}{d.month:02d}{yy:02d}{d7}{mid}{last}"


def fmt_cpr(c, style=None):
    s = style if style is not None else R.randint(0, 8)
    if s in (0, 1, 2):
        return c[:6] + "-" + c[6:]
    if s == 3:
        return c[:6] + " " + c[6:]
    if s == 4:
        return c
    if s == 5:
        return f"{c[:2]}.{c[2:4]}.{c[4:6]}-{c[6:]}"
    if s == 6:
        return f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:]}"
    if s == 7:
        return f"{c[:2]}{c[2:4]}{c[4:6]}–{c[6:]}"
    return f"{c[:2]}.{c[2:4]}.{c[4:6]} {c[6:]}"


# ---------------------------------------------------------------- text helpers
def fold(s):
    rep = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa", "ð": "d", "Ð": "d",
           "þ": "th", "Þ": "th", "ł": "l", "Ł": "l", "ı": "i", "ß": "ss", "'": "", " ": ""}
    s = "".join(rep.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.lower() if c.isalnum() or c in ".-")


# ---------------------------------------------------------------- addresses
class Address:
    def __init__(self, foreign=None):
        self.foreign = foreign
        if foreign:
            st, city = foreign
            self.street, self.no, self.town, self.pc = st, str(R.randint(1, 88)), city, ""
            self.letter = self.floor = self.door = ""
            return
        self.street = ch(STREETS)
        self.no = str(R.randint(1, 140))
        self.letter = ch(["", "", "", "", "A", "B", "C"])
        kind = R.random()
        if kind < 0.45:
            self.floor, self.door = "", ""
        else:
            self.floor = ch(["st.", "1.", "2.", "3.", "4.", "1.", "2."])
            self.door = ch(["th.", "tv.", "mf.", "th.", "tv."])
        self.pc, self.town = ch(TOWNS)

    def line1(self, dots=True):
        s = f"{self.street} {self.no}{self.letter}"
        if self.floor:
            fl = self.floor + " " + (self.door if dots else self.door.rstrip("."))
            s += ", " + fl
        return s

    def full(self):
        if self.foreign:
            return self.f_foreign()
        st = R.randint(0, 9)
        if st <= 3:
            return f"{self.line1()}, {self.pc} {self.town}"
        if st == 4:
            return f"{self.line1(False)}, {self.pc} {self.town}"
        if st == 5:
            fl = (" " + self.floor.rstrip(".") + "." + self.door.rstrip(".")) if self.floor else ""
            return f"{self.street} {self.no}{(' ' + self.letter) if self.letter else ''}{fl} {self.pc} {self.town}"
        if st == 6:
            return self.sloppy()
        if st == 7:
            return f"{self.line1()} – {self.pc} {self.town}"
        return f"{self.line1()}, {self.pc} {self.town}"

    def two(self):
        if self.foreign:
            return f"{self.street} {self.no}\n{self.town}"
        return f"{self.line1()}\n{self.pc} {self.town}"

    def short(self):
        if self.foreign:
            return f"{self.street} {self.no}"
        return self.line1()

    def sloppy(self):
        fl = ""
        if self.floor:
            fl = " " + self.floor.rstrip(".") + self.door.rstrip(".")
        return f"{self.street.lower()} {self.no}{self.letter.lower()}{fl}, {self.town.lower()}"

    def f_foreign(self):
        st, city = self.foreign
        if st.startswith("ul."):
            return f"{st} {self.no} m. {R.randint(1, 40)}, {city}"
        if st == "Calle Mayor":
            return f"{st} {self.no}, {R.randint(1, 6)}º B, {city}"
        return f"{st} {self.no}, {city}"


# ---------------------------------------------------------------- persons
ORIGIN_WEIGHTS = [("dk", 34), ("dknew", 8), ("gl", 4), ("fo", 3), ("so", 5), ("ar", 6), ("ku", 4),
                  ("tr", 4), ("af", 4), ("ir", 3), ("pk", 3), ("pl", 4), ("ua", 4), ("ro", 3),
                  ("ba", 3), ("er", 4), ("vn", 3), ("cn", 2), ("th", 2), ("ph", 2), ("en", 2),
                  ("es", 2), ("is", 2), ("gr", 2)]
_OW = []
for _o, _w in ORIGIN_WEIGHTS:
    _OW += [_o] * _w


def rand_origin(danish_bias=0.0):
    if R.random() < danish_bias:
        return ch(["dk", "dk", "dk", "dknew"])
    return ch(_OW)


class Person:
    def __init__(self, origin=None, gender=None, born=(1975, 1998), father=None, mother=None,
                 surname=None, addr=None, danish_bias=0.0, prof=False):
        self.origin = origin or rand_origin(danish_bias)
        self.gender = gender or ch(["f", "m"])
        fem, mal, surs = ORIGINS[self.origin]
        if self.origin == "dk" and born[0] >= 2004:
            fem, mal = DK_KID_F, DK_KID_M
        self.first = ch(fem if self.gender == "f" else mal)
        self.middle = ""
        self.prefix_full = None
        o = self.origin
        if o == "is":
            fa = father.first if father is not None and father.origin == "is" else ch(ORIGINS["is"][1])
            self.last = IS_GEN[fa] + ("son" if self.gender == "m" else "dóttir")
        elif o == "fo" and (R.random() < 0.4 or (father is not None and father.origin == "fo" and (R.random() < 0.5 or father.last.endswith(("son", "dóttir"))))):
            fa = father.first if father is not None and father.origin == "fo" else ch(ORIGINS["fo"][1])
            self.last = FO_GEN[fa] + ("son" if self.gender == "m" else "dóttir")
        elif o in ("er", "so"):
            if father is not None and father.origin == o:
                self.middle = father.first
                self.last = father.middle or father.last
            else:
                self.middle = ch(ORIGINS[o][1])
                self.last = ch([s[0] for s in surs] if o == "er" else ORIGINS[o][1] + [s[0] for s in surs])
        elif o == "es":
            if father is not None and father.origin == "es":
                a1 = father.last.split(" ")[0]
                a2 = mother.last.split(" ")[0] if mother is not None and mother.origin == "es" else ch(surs)[0]
            else:
                a1, a2 = ch(surs)[0], ch(surs)[0]
                while a2 == a1:
                    a2 = ch(surs)[0]
            self.last = a1 + " " + a2
        else:
            if surname is not None:
                self.last = surname
            elif father is not None and father.origin == o:
                pair = [p for p in surs if father.last in p]
                self.last = (pair[0][1] if self.gender == "f" else pair[0][0]) if pair else father.last
            else:
                pair = ch(surs)
                self.last = pair[1] if self.gender == "f" else pair[0]
            if o == "vn":
                self.middle = "Thị" if self.gender == "f" else ch(["Văn", "Minh", "Quốc", "Đức", "Gia"])
            if o == "ar" and R.random() < 0.3:
                fa = father.first if father is not None and father.origin == "ar" else ch(ORIGINS["ar"][1])
                self.prefix_full = f"{self.first} {'bin' if self.gender == 'm' else 'bint'} {fa} {self.last}"
        self.dob = rand_date(*born)
        self.cpr_d = cpr_digits(self.dob, self.gender)
        self.num = dk_number()
        self.addr = addr if addr is not None else Address()
        self.prof = prof
        self._mail = None
        self._work = None

    # --- names
    @property
    def full(self):
        o = self.origin
        if o in ("vn",):
            return f"{self.last} {self.middle} {self.first}"
        if o == "cn":
            return f"{self.last} {self.first}"
        if o in ("er", "so"):
            return f"{self.first} {self.middle} {self.last}"
        if self.prefix_full:
            return self.prefix_full
        return f"{self.first} {self.last}"

    @property
    def plain(self):
        """first + last, without bin/bint (registered form)"""
        if self.origin in ("vn", "cn"):
            return self.full
        if self.origin in ("er", "so"):
            return f"{self.first} {self.middle} {self.last}"
        return f"{self.first} {self.last}"

    @property
    def sur(self):
        if self.origin in ("er", "so"):
            return self.last
        return self.last

    @property
    def sf(self):
        if self.origin in ("vn", "cn"):
            return f"{self.last.upper()}, {self.first}"
        if self.origin in ("er", "so"):
            return f"{self.last}, {self.first} {self.middle}"
        return f"{self.last}, {self.first}"

    @property
    def caps(self):
        return self.plain.upper()

    @property
    def low(self):
        return self.plain.lower()

    @property
    def firstlow(self):
        return self.first.lower()

    @property
    def nick(self):
        return NICK.get(self.first, self.first)

    @property
    def ini(self):
        parts = [p for p in re.split(r"[ \-]", self.plain) if p and p[0].isalpha()]
        s = "".join(fold(p)[0].upper() for p in parts[:3])
        return s if len(s) >= 2 else s + "X"

    @property
    def dini(self):
        return ".".join(self.ini[:2]) + "."

    @property
    def fl(self):
        """first name + surname initial: 'Mette H.'"""
        return f"{self.first} {fold(self.sur)[0].upper()}."

    @property
    def script(self):
        parts = self.full.split(" ")
        out = []
        for p in parts:
            if p == "bin":
                out.append("بن")
            elif p == "bint":
                out.append("بنت")
            else:
                out.append(SCRIPT.get(p, p))
        return " ".join(out)

    @property
    def has_script(self):
        return all(p in SCRIPT or p in ("bin", "bint") for p in self.full.split(" "))

    # --- contact
    @property
    def role(self):
        return "mor" if self.gender == "f" else "far"

    @property
    def kidword(self):
        return "pige" if self.gender == "f" else "dreng"

    @property
    def Kidword(self):
        return "Pigen" if self.gender == "f" else "Drengen"

    @property
    def tel(self):
        return fmt_phone(self.num)

    @property
    def tel8(self):
        return fmt_phone(self.num, 1)

    @property
    def tel_spoken(self):
        return spoken_pairs(self.num)

    @property
    def tel_foreign(self):
        return foreign_phone(ORIGIN_COUNTRY.get(self.origin, "se"))

    @property
    def mail(self):
        if self._mail is None:
            f, l = fold(self.first.split(" ")[0]), fold(self.sur.split(" ")[0])
            st = R.randint(0, 6)
            dom = ch(PRIVATE_DOMAINS)
            if st == 0:
                loc = f"{f}.{l}"
            elif st == 1:
                loc = f"{f}{l}{R.randint(70, 99)}"
            elif st == 2:
                loc = f"{f[0]}{l}"
            elif st == 3:
                loc = f"{f}_{R.randint(1, 999)}"
            elif st == 4:
                loc = f"{l}.{f}"
            elif st == 5:
                loc = f"{f}-{l}"
            else:
                loc = f"{f}{self.dob.year}"
            self._mail = f"{loc}@{dom}"
        return self._mail

    def work(self, domain):
        if self._work is None:
            f, l = fold(self.first.split(" ")[0]), fold(self.sur.split(" ")[0])
            st = R.randint(0, 3)
            if st == 0:
                loc = self.ini.lower()
            elif st == 1:
                loc = f"{f}.{l}"
            elif st == 2:
                loc = f"{f[0]}{l[:4]}"
            else:
                loc = f"{f}{l[0]}"
            self._work = f"{loc}@{domain}"
        return self._work

    @property
    def mail_spoken(self):
        loc, dom = self.mail.split("@")
        loc = loc.replace(".", " punktum ").replace("_", " underscore ").replace("-", " bindestreg ")
        dom = dom.replace(".", " punktum ")
        return f"{loc} snabel-a {dom}"

    @property
    def cpr(self):
        return fmt_cpr(self.cpr_d)

    @property
    def dobf(self):
        return fmt_dob(self.dob)

    @property
    def dobnum(self):
        return fmt_dob(self.dob, ch([0, 0, 3, 8, 11, 2, 7]))

    @property
    def age(self):
        return age_on(self.dob)

    @property
    def adr(self):
        return self.addr.full()

    @property
    def adr2(self):
        return self.addr.two()

    @property
    def adrs(self):
        return self.addr.short()


def family(origin=None, nkids=None, kid_born=(2007, 2021), danish_bias=0.0, kid_gender=None):
    o = origin or rand_origin(danish_bias)
    addr = Address()
    far = Person(o, "m", (1972, 1996), addr=addr)
    mo_origin = o if R.random() < 0.75 else rand_origin()
    if o in ("is", "es", "vn", "er", "so", "ar", "cn") or R.random() < 0.4:
        mor = Person(mo_origin, "f", (1975, 1999), addr=addr)
    else:
        mor = Person(mo_origin, "f", (1975, 1999), addr=addr,
                     surname=far.last if mo_origin == o and o not in ("pl", "gr") else None)
    n = nkids if nkids is not None else ch([1, 1, 2, 2, 3])
    kids = []
    for _ in range(n):
        if o in ("is", "es", "vn", "er", "so", "ar", "pl", "gr", "fo"):
            k = Person(o, kid_gender, kid_born, father=far, mother=mor, addr=addr)
        else:
            k = Person(o, kid_gender, kid_born, surname=far.last if R.random() < 0.8 else mor.last, addr=addr)
        tries = 0
        while (k.first in (mor.first, far.first) or any(k.first == x.first for x in kids)) and tries < 8:
            k.first = ch((ORIGINS[k.origin][0] if k.gender == "f" else ORIGINS[k.origin][1])
                         if not (k.origin == "dk" and kid_born[0] >= 2004) else (DK_KID_F if k.gender == "f" else DK_KID_M))
            if k.prefix_full:
                k.prefix_full = k.first + k.prefix_full[k.prefix_full.index(" "):]
            tries += 1
        kids.append(k)
    kids.sort(key=lambda p: p.dob)
    return mor, far, kids


def prof(danish_bias=0.7):
    return Person(danish_bias=danish_bias, born=(1960, 1997), prof=True)


# ---------------------------------------------------------------- template engine
TOK = re.compile(r"\{([NGPEADCI]):([\w.]+)\}|\{([\w.]+)\}")
KIND = {"N": "name", "G": "name", "P": "phone", "E": "email", "A": "address", "D": "dob",
        "C": "cpr", "I": "institution"}


def _resolve(expr, ctx):
    parts = expr.split(".")
    v = ctx[parts[0]]
    for p in parts[1:]:
        v = getattr(v, p)
        if callable(v):
            v = v()
    return str(v)


def T(s, **ctx):
    out = []
    pos = 0
    for m in TOK.finditer(s):
        if m.start() > pos:
            out.append(s[pos:m.start()])
        if m.group(1):
            k, v = m.group(1), _resolve(m.group(2), ctx)
            if k == "G":
                if v[-1] in "sxzSXZ":
                    out.append(("name", v))
                    out.append("'")
                else:
                    out.append(("name", v + "s"))
            else:
                out.append((KIND[k], v))
        else:
            out.append(_resolve(m.group(3), ctx))
        pos = m.end()
    if pos < len(s):
        out.append(s[pos:])
    return out


class B:
    """a block: segments plus the separator placed before it"""

    def __init__(self, segs, sep="\n\n"):
        self.segs = segs if isinstance(segs, list) else [segs]
        self.sep = sep

    def words(self):
        return len("".join(x if isinstance(x, str) else x[1] for x in self.segs).split())


def L(segs):
    return B(segs, "\n")


BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300), "inst": (12, 40)}


def assemble(head, opts, tail, band, pos=None):
    lo, hi = BANDS[band]
    head = [b if isinstance(b, B) else B(b) for b in head]
    tail = [b if isinstance(b, B) else B(b) for b in tail]
    total = sum(b.words() for b in head + tail)
    target = R.randint(lo, hi)
    chosen = list(head)
    for b in opts:
        b = b if isinstance(b, B) else B(b)
        if total >= target:
            break
        w = b.words()
        if total + w <= hi:
            chosen.append(b)
            total += w
    if pos is not None:
        body = sorted(chosen[len(head):], key=lambda x: pos[id(x)])
        chosen = chosen[:len(head)] + body
    chosen += tail
    if not (lo <= total <= hi):
        return None
    segs = []
    for i, b in enumerate(chosen):
        if i:
            segs.append(b.sep)
        segs.extend(b.segs)
    return render(segs)


def render(segs):
    text = []
    spans = []
    pos = 0
    for s in segs:
        if isinstance(s, str):
            text.append(s)
            pos += len(s)
        else:
            kind, v = s
            text.append(v)
            spans.append({"kind": kind, "text": v, "start": pos, "end": pos + len(v)})
            pos += len(v)
    return "".join(text), spans


# ====================================================================== genres
"""Genre generators for blind19. Each generator takes a band and returns (text, spans) or None."""
from pools import (KOMMUNER, KOMMUNE_DOMAIN, POLITIKREDSE, FOGEDRETTER, REGIONS, FOREIGN_ADDR, TOWNS,
                   INSTITUTIONS)


SUB = {"v": 0}


class Role:
    """stands in for a person in clean texts: every name attribute gives the role label"""

    def __init__(self, label, gen=None, age=None):
        self.label = label
        self.g = gen or (label + ("'" if label[-1] in "sxz" else "s"))
        self.age = age if age is not None else ""

    def __getattr__(self, k):
        if k in ("first", "full", "sur", "plain", "caps", "low", "sf", "nick", "fl"):
            return self.label
        if k == "gen":
            return self.g
        raise AttributeError(k)


def TC(s, **ctx):
    """template for clean texts: name slots take the role label, other kinds are forbidden"""
    segs = T(s, **ctx)
    out = []
    for x in segs:
        if isinstance(x, str):
            out.append(x)
        else:
            kind, v = x
            if kind != "name":
                raise ValueError("clean template with " + kind)
            out.append(v)
    # a G slot on a role gives label+'s'; fix to the role's own genitive
    return ["".join(out)]


def kid_age():
    return R.randint(3, 17)


def fill():
    f = {}
    f["d1"], f["d2"], f["d3"], f["d4"] = ddate(), ddate(), ddate(), ddate()
    f["iso"] = doc_date().isoformat()
    f["t1"] = f"{R.randint(0, 23):02d}.{ch(['00', '05', '12', '15', '20', '30', '37', '45', '52'])}"
    f["t2"] = f"{R.randint(0, 23):02d}.{ch(['02', '10', '18', '25', '30', '41', '50'])}"
    f["t3"] = f"{R.randint(7, 16)}.{ch(['00', '15', '30', '45'])}"
    f["klasse"] = f"{R.randint(0, 9)}.{ch('abcdx')}"
    f["fag"] = ch(["dansk", "matematik", "natur/teknologi", "engelsk", "idræt", "historie"])
    f["iq"], f["pc"] = str(R.randint(68, 112)), str(R.randint(2, 80))
    for k in ("v", "vs", "fr", "ah", "fh"):
        f[k] = str(R.randint(64, 118))
    f["s1"], f["s2"] = str(R.randint(12, 30)), str(R.randint(10, 29))
    f["tt1"], f["tt2"], f["tt3"] = str(R.randint(60, 82)), str(R.randint(60, 80)), str(R.randint(55, 79))
    f["pp"] = str(R.randint(70, 99))
    f["icd1"] = ch(["F90.0 Forstyrrelse af aktivitet og opmærksomhed", "F84.0 Infantil autisme",
                    "F43.1 Posttraumatisk belastningsreaktion", "F93.0 Separationsangst",
                    "F32.1 Depressiv enkeltepisode af moderat grad", "F91.3 Adfærdsforstyrrelse med trods",
                    "F50.0 Anorexia nervosa", "F95.2 Tics med vokale og motoriske tics",
                    "F40.1 Socialfobi", "F43.2 Tilpasningsreaktion"])
    f["icd2"] = ch(["Z63.8 Andre problemer i familien", "F81.3 Blandet indlæringsvanskelighed",
                    "F80.2 Impressiv sprogforstyrrelse", "R45.8 Andre symptomer vedr. følelseslivet",
                    "Z62.2 Opvækst uden for hjemmet", "F51.0 Ikke-organisk søvnløshed"])
    f["med1"] = ch(["Medikinet Retard 20 mg morgen", "Concerta 36 mg morgen", "Elvanse 30 mg morgen",
                    "Sertralin 50 mg dagligt", "Strattera 40 mg dagligt"])
    f["med2"] = ch(["Melatonin 3 mg til natten", "Circadin 2 mg til natten", "Risperidon 0,5 mg aften",
                    "Atarax 10 mg efter behov", "Pamol efter behov"])
    f["afsnit"] = ch(["afsnit U1", "afsnit U3", "sengeafsnit B2", "ambulatorium 2", "Akutteam Børn og Unge"])
    f["wk"] = str(R.randint(26, 32))
    f["amt"] = f"{R.randint(4, 38)}.{R.randint(0, 999):03d}"
    f["amt2"] = f"{R.randint(1, 9)}.{ch(['150', '200', '350', '450', '600', '800', '950'])}"
    f["rent"] = f"{R.randint(4, 11)}.{R.randint(100, 990)}"
    f["fee"] = ch(["292", "300", "303", "308"])
    f["m2"] = str(R.randint(48, 112))
    f["afd"] = str(R.randint(2, 47))
    f["lejem"] = f"{R.randint(10, 99)}-{R.randint(100, 999)}-{R.randint(10, 99)}"
    f["bs"] = f"FS {R.randint(1, 99)}-{R.randint(1000, 9999)}/{ch(['2024', '2025'])}"
    f["polj"] = f"{ch(['0100', '1200', '2300', '3400', '4400', '5300', '6400'])}-{R.randint(80000, 89999)}-{R.randint(100, 9999):05d}-{ch(['24', '25'])}"
    f["pat"] = f"{R.randint(1, 9)}-{R.randint(10, 49)}"
    f["sag"] = f"{ch(['2024', '2025'])}-{R.randint(1000, 99999):05d}"
    f["jnr"] = f"27.{ch(['12', '24', '36'])}.{ch(['00', '04', '08', '12'])}-{ch(['G01', 'P20', 'K07', 'A00'])}-{R.randint(1, 40)}-{ch(['24', '25'])}"
    f["kommune"] = ch(KOMMUNER)
    f["politi"] = ch(POLITIKREDSE)
    f["ret"] = ch(FOGEDRETTER)
    reg = ch(REGIONS)
    f["region"], f["regdom"] = reg
    f["age1"], f["age2"], f["age3"] = str(kid_age()), str(kid_age()), str(R.randint(28, 52))
    f["uage"] = str(R.randint(7, 17))
    f["season"] = ch(["forår 2025", "efterår 2024", "sæson 2024/25", "forår 2024", "efterår 2025"])
    f["n"] = str(R.randint(3, 9))
    f["room"] = f"{ch(['lokale', 'mødelokale', 'stue', 'rum'])} {R.randint(1, 4)}.{R.randint(1, 40):02d}"
    f["town"] = ch(TOWNS)[1]
    f["town2"] = ch(TOWNS)[1]
    f["place"] = ch(["ved Banegårdspladsen", "på Torvet", "ved Rådhuspladsen", "i Byparken",
                     "ved Stationsvej", "ved busterminalen", "på Havnegade ved kajen", "ved Storcentret",
                     "i skoven bag idrætshallen", "ved Søndergade", "ved Vestergade", "ved stranden"])
    f["cvr"] = ch(["29189129", "55133018", "64942212", "35209115"])
    f["wday"] = ch(["lørdag", "søndag", "fredag", "mandag", "onsdag", "torsdag"])
    f["kage"] = R.randint(6, 15)
    f["kkl"] = f"{f['kage'] - 6}.{ch('abcd')}"
    f["teen1"], f["teen2"] = str(R.randint(12, 17)), str(R.randint(13, 17))
    f["bup"] = ch(["BUP", "Børne- og Ungdomspsykiatrien", "Børne- og Ungepsykiatrisk Center"])
    return f


G1_MORE = [
    "Sundhedsforhold: Barnet er født til tiden og har ingen kendte somatiske sygdomme. Syn og hørelse er "
    "undersøgt hos egen læge uden bemærkninger. Der har tidligere været henvisning til ergoterapeut på "
    "grund af motorisk uro.",
    "Skoleforhold: Fraværet er i indeværende skoleår {pc} procent, heraf en stor del ulovligt fravær om "
    "mandagen. Skolen har holdt elevsamtale og fraværsmøde med forældrene.",
    "Fritid og venskaber: Barnet har én fast legekammerat i klassen og går til svømning en gang om ugen. "
    "I SFO leger barnet mest med yngre børn og søger ofte de voksne.",
    "Metode: Vurderingen bygger på to observationer, én samtale med barnet, testning over to formiddage "
    "og spørgeskemaer fra hjem og skole. Resultaterne er drøftet med klasseteamet den {d4}.",
]
G2_MORE = [
    "Kl. {t2} – anmeldelse om et barn, der gik alene langs landevejen. Barnet, {age1} år, havde forladt "
    "en fødselsdagsfest og var på vej hjem. Patruljen kørte barnet hjem, hvor forældrene var til stede.",
    "Kl. {t1} – ildspåsættelse i en affaldscontainer {place}. Tre unge på 13–14 år blev set løbe fra "
    "stedet. Brandvæsenet slukkede branden, og ingen kom til skade.",
    "Politiets forebyggelsesenhed og SSP-konsulenten er orienteret, og forholdet tages op på næste "
    "SSP-møde. Borgere kan give oplysninger på 114.",
    "Den unge blev kørt til stationen og afhørt i overværelse af en medarbejder fra kommunens "
    "socialvagt. Forældrene blev orienteret undervejs.",
    "Vejret var roligt, og mange unge var samlet ved stranden efter skoleafslutningen. Patruljerne "
    "var synlige i området fra kl. 22.00 til kl. 02.00.",
]
G3_MORE = [
    "Ifølge udlejer har der tidligere været restance, som blev betalt efter påkrav. Familien har boet "
    "i lejemålet i syv år og har ikke fået klager over husorden.",
    "Husstanden består af to voksne og tre børn. Boligstøtten er standset, fordi indkomstoplysningerne "
    "ikke er sendt til Udbetaling Danmark.",
    "Den boligsociale medarbejder har holdt møde med familien og udlejer. Der blev aftalt afdrag på "
    "1.500 kr. om måneden ud over den løbende husleje, men første rate blev ikke betalt.",
    "Ved fraflytning skal lejligheden afleveres ryddet og rengjort. Nøgler afleveres på ejendomskontoret "
    "mandag til torsdag kl. 9–14.",
    "Sagsbehandleren har søgt om boligsocial anvisning, og familien står på kommunens venteliste. "
    "Ventetiden på en større lejlighed er op til et år.",
    "Ved besøget var der sparsomt med møbler, men børnenes værelse var ryddeligt med senge og "
    "skriveborde. Køleskabet var næsten tomt.",
]
G4_MORE = [
    "Sæsonafslutning holdes lørdag kl. 12 i klubhuset med grill og pokaloverrækkelse. Søskende er velkomne.",
    "Klubbens politik mod mobning og krænkelser ligger på hjemmesiden. Bekymring for et barn kan altid "
    "drøftes med formanden eller foreningens børneansvarlige.",
    "Vi træner indendørs i hal 2 fra uge 44 til uge 12. Husk indendørssko og en ekstra trøje.",
    "Der er betalt kontingent for {n} spillere via fritidspas. Kommunen har bedt om, at fremmødet "
    "registreres månedligt i holdets app.",
    "Spilletøjet vaskes på skift af forældrene. Vaskeplanen hænger på tavlen ved omklædningsrum 3.",
]
G5_MORE = [
    "Ved tvivl om, hvilket navn der er registreret, slås op i CPR, og det noteres i journalen, hvordan "
    "barnet selv ønsker at blive tiltalt.",
    "Familien har ønsket tolk ved alle møder, selv om børnene taler flydende dansk. Børn må ikke bruges "
    "som tolke for deres forældre.",
    "Navne i original skrift gengives i journalen, når de står i dokumenter, men søgning sker på den "
    "latinske form i CPR.",
    "Transskriptionen kan variere mellem dokumenter: samme navn kan stå med y, i eller ij og med eller "
    "uden apostrof. Det må ikke føre til, at der oprettes en ny sag.",
    "Ved navneændring sendes kopi af afgørelsen til skole, dagtilbud og egen læge, så deres journaler "
    "kan opdateres.",
]


def more(lst, c, clean=False):
    out = [(TC if clean else T)(x, **c) for x in lst]
    R.shuffle(out)
    return out



def _fam(c):
    if "mor" in c and "far" in c and ("barn" in c or "k" in c or "b1" in c):
        return c["mor"], c["far"], c.get("barn") or c.get("k") or c.get("b1")
    mor, far, kids = family()
    return mor, far, kids[0]


def pii_extra(g, c):
    """extra blocks with personal data, per genre, placed before the fillers"""
    mor, far, barn = _fam(c)
    x = dict(c, mor=mor, far=far, barn=barn, a=prof(0.6), b=prof(0.6), nabo=Person(born=(1950, 1999)),
             mf=Person(mor.origin, "m", (1942, 1970)),
             sib=Person(barn.origin, None, (2004, 2020), surname=barn.last if barn.origin not in ("is", "er", "so", "es", "vn", "pl", "gr", "fo") else None),
             fadr=Address(), dom=KOMMUNE_DOMAIN[c["kommune"]])
    x["aw"] = x["a"].work(x["dom"])
    x["halv"] = "Halvsøster" if x["sib"].gender == "f" else "Halvbror"
    if g == 1:
        lst = ["Kopi til: klasselærer {N:a.full} ({E:aw}) og sundhedsplejerske {N:b.full}.",
               "Skolens kontaktperson er AKT-lærer {N:b.full}, som træffes på {P:b.tel} i skoletiden.",
               "Søskende: {N:sib.first} (født {D:sib.dobf}) bor også i hjemmet og nævnes af {N:barn.first} "
               "som en vigtig person.",
               "Far, {N:far.full}, har fælles forældremyndighed og er registreret på {A:fadr.full}."]
    elif g == 2:
        lst = ["Far, {N:far.full}, blev efterfølgende orienteret på {P:far.tel} og oplyste at bo på {A:fadr.full}.",
               "Vidne: {N:nabo.full}, {A:nabo.adr}, tlf. {P:nabo.tel}.",
               "Søskende {N:sib.full} ({D:sib.dobnum}) var også til stede og blev passet af en nabo.",
               "Sagen er sendt til SSP-konsulent {N:a.full}, {E:aw}."]
    elif g == 3:
        lst = ["Naboen, {N:nabo.full}, {A:nabo.adr}, har bekræftet, at børnene ofte er alene hjemme om aftenen.",
               "Boligstøtten udbetales til {N:mor.full}, CPR {C:mor.cpr}, og er standset fra næste måned.",
               "{N:sib.first} ({D:sib.dobnum}) har ifølge viceværten sovet hos en kammerat flere nætter.",
               "Gældsrådgiver {N:a.full} kan kontaktes på {P:a.tel} eller {E:aw}."]
    elif g == 4:
        lst = ["Afbud til {N:a.first} på {P:a.tel} senest kl. 12 på kampdagen.",
               "Kørsel til stævnet: {N:mor.full} ({P:mor.tel}) og {N:nabo.full} ({P:nabo.tel}).",
               "Børneansvarlig i foreningen: {N:b.full}, {E:b.mail}, {P:b.tel}.",
               "Ny spiller fra næste uge: {N:sib.full}, født {D:sib.dobf}."]
    else:
        lst = ["Faderens fødselsdato er {D:far.dobf}, moderens {D:mor.dobf}.",
               "Morfar, {N:mf.full}, bor i udlandet og kan kontaktes på {P:mf.tel_foreign}.",
               "{halv} {N:sib.full} (CPR {C:sib.cpr}) bor hos sin mor på {A:sib.adr}.",
               "Kontaktperson i kommunen: {N:a.full}, {E:aw}, {P:a.tel}."]
    out = [T(t, **x) for t in lst]
    R.shuffle(out)
    return out[:R.randint(2, 4)]


def conv_para(o):
    idx = {"is": 0, "fo": 0, "ar": 1, "er": 2, "so": 2, "vn": 3, "cn": 3, "es": 4}.get(o)
    return G5_SHARED[idx] if idx is not None else ch(G5_MORE)


LOOK = [
    "Betaling sker til EAN 5798008540123, CVR {cvr}. Fakturaen mærkes med sagsnr. {sag}.",
    "Ved akut fare ringes 112, politiet har 114, og Lægevagten har 1813. Børn og unge kan ringe anonymt "
    "til Børnetelefonen på 116 111.",
    "Rådhusets hovednumre: Københavns Kommune 33 66 33 66, Aarhus Kommune 89 40 20 00, Odense Kommune "
    "66 13 13 72 og Aalborg Kommune 99 31 31 31.",
    "Mødet holdes i {room} på rådhuset, 3. sal, den {d2} kl. {t3}. Husk at booke lokalet i Outlook.",
    "Have og udeområde er delt med naboerne. Glad musik fra gården kunne høres til langt ud på aftenen, "
    "og i maj var der storm to weekender i træk.",
    "Beskeder til skolen sendes via Aula, og dokumenter til forældrene via e-Boks eller Digital Post "
    "med MitID.",
    "Indkøb sker i Netto og Lidl; familien har Rejsekort til bussen og får madkasser fra en frivillig "
    "forening hver torsdag.",
    "Storebror har en LEGO-robot, som han viser frem. Fodbold, sol og skov er det, han nævner, når han "
    "bliver spurgt om gode ting.",
    "Journalen er opdateret {d3}. Næste opfølgning er skrevet i kalenderen uge {wk} med frist efter "
    "§ 20, stk. 3 i barnets lov.",
    "Diagnosekoder i sagen: F90.0 og Z63.8. Medicin: Concerta 36 mg og melatonin 3 mg efter aftale med "
    "egen læge.",
]


def look(c, clean=False, k=None):
    out = [(TC if clean else T)(x, **c) for x in LOOK]
    R.shuffle(out)
    return out[:k if k is not None else R.randint(1, 3)]


# =========================================================================== genre 1: psychology
G1_SHARED = [
    "Baggrund for henvisning: {N:barn.first} er henvist til PPR efter et samråd på skolen den {d1}. "
    "Klasseteamet beskriver et barn, der trækker sig i frikvartererne, har svært ved at komme i gang "
    "med opgaver og reagerer med gråd eller vrede ved skift mellem aktiviteter. Der har tidligere "
    "været AKT-støtte to lektioner om ugen.",
    "Observation i {klasse} ({fag}, {d2}): {N:barn.first} sidder ved bordet nærmest døren og kigger "
    "ofte ud mod gangen. Ved fælles beskeder går {N:barn.first} først i gang, når læreren gentager "
    "beskeden ved bordet. I gruppearbejde tager {N:barn.first} sjældent initiativ, men følger med, "
    "når en kammerat viser vej.",
    "Testresultater (WISC-V, dansk normering): samlet IQ {iq} (percentil {pc}). Verbal forståelse "
    "{v}, visuel-spatial {vs}, flydende ræsonnement {fr}, arbejdshukommelse {ah} og "
    "forarbejdningshastighed {fh}. Profilen er ujævn, og den samlede IQ tolkes derfor med forsigtighed.",
    "Spørgeskemaer: SDQ udfyldt af mor giver en samlet vanskelighedsscore på {s1}, og lærerversionen "
    "giver {s2}. BRIEF-2 viser forhøjede værdier for skift og arbejdshukommelse (T = {tt1} og T = {tt2}).",
    "Samtale med barnet: {N:barn.first} fortæller, at det bedste ved skolen er frikvarteret, når der "
    "spilles fodbold, og at matematik er det sværeste. Om hjemmet siger {N:barn.first}, at der nogle "
    "gange bliver råbt om aftenen, og at det er rart at sove hos mormor i weekenderne.",
    "Anbefalinger: fast voksen ved overgange, visuel dagsplan og korte arbejdsperioder med pauser. "
    "Skolen bør overveje støtte efter folkeskolelovens § 3 a, og sagen drøftes på næste netværksmøde "
    "med deltagelse af sundhedsplejen og sagsbehandleren.",
]
G1_BUP = [
    "Indlæggelsesforløb: {N:barn.first} blev indlagt akut via skadestuen den {d1} efter selvskade og "
    "udtalte tanker om ikke at ville leve. Under indlæggelsen er der gennemført udredning med K-SADS, "
    "ADOS-2 og indhentet skoleudtalelse. {N:barn.first} har deltaget i miljøterapi og to familiesamtaler.",
    "Diagnoser ved udskrivelsen: {icd1}; {icd2}.",
    "Medicin ved udskrivelsen: {med1}; {med2}. Der er givet skriftlig vejledning om bivirkninger, og "
    "vægt og blodtryk kontrolleres ved næste ambulante besøg.",
    "Vurdering: Der er ikke længere akut selvmordsrisiko, men fortsat betydelig sårbarhed. "
    "{N:barn.first} profiterer af faste rammer og forudsigelighed, og forældrene har brug for "
    "vejledning i at skelne mellem angst og trods.",
    "Opfølgning: ambulant kontrol i ambulatoriet om {n} uger. Ved forværring kontaktes den psykiatriske "
    "akutmodtagelse eller Lægevagten på 1813. Kommunen opfordres til at vurdere støtte efter § 32 i "
    "barnets lov.",
]
G1_FKU = [
    "Testning af mor: WAIS-IV (samlet IQ {iq}), MMPI-2-RF med forhøjet RC2 Lav positiv emotionalitet "
    "(T = {tt1}) og PSI-4 med Total Stress på {pp}. percentil. CAP-inventoriets misbrugsskala ligger "
    "under cut-off.",
    "Testning af far: WAIS-IV (samlet IQ {v}), MCMI-IV uden klinisk signifikante forhøjelser og "
    "PSI-4 med Total Stress på {pc}. percentil. AAI er klassificeret som utryg-afvisende (Ds).",
    "Samspilsobservation ({d2}, legerummet): {N:mor.first} sætter sig på gulvet sammen med "
    "{N:barn.first} og følger legen, men trækker sig, når {N:barn.first} bliver urolig. Far griber "
    "oftere ind med korte beskeder og er bedst til at afslutte legen.",
    "Familiehistorie: {N:mor.first} er vokset op som den ældste af fire søskende. Mormor havde et "
    "alkoholmisbrug, og {N:mor.first} var anbragt i plejefamilie fra 11-årsalderen. {N:far.first} "
    "beskriver en tryg opvækst, men har selv haft en periode med hashmisbrug som ung.",
    "Konklusion: Forældrene har tilstrækkelige kompetencer til at dække barnets basale behov, men "
    "ikke til at rumme barnets følelsesmæssige reaktioner uden støtte. Det anbefales, at familien "
    "tilbydes familiebehandling efter § 32, og at der følges op om seks måneder.",
]


def g1_planted(band):
    f = fill()
    mor, far, kids = family(nkids=ch([1, 1, 2]), kid_born=(2008, 2018))
    barn = kids[-1]
    mormor = Person(mor.origin, "f", (1948, 1970))
    psyk, laerer, sp, sb, laege = prof(), prof(), prof(0.5), prof(), prof(0.4)
    dom = KOMMUNE_DOMAIN[f["kommune"]]
    f["klasse"] = f"{min(9, max(0, barn.age - 6))}.{ch('abcdx')}"
    c = dict(f, barn=barn, mor=mor, far=far, mormor=mormor, psyk=psyk, laerer=laerer, sp=sp, sb=sb,
             laege=laege, dom=dom, pw=psyk.work(dom), lw=laerer.work(dom), sw=sb.work(dom),
             rw=laege.work(f["regdom"]))
    kind = R.randint(0, 3)
    SUB["v"] = kind
    if kind == 0:  # PPR statement
        head = [T("PPR – Pædagogisk Psykologisk Rådgivning, {kommune}\nPædagogisk-psykologisk vurdering\n\n"
                  "Elev: {N:barn.full}, født {D:barn.dobf}\nCPR: {C:barn.cpr}\nKlasse: {klasse}", **c)]
        opts = [L(T("Forældremyndighed: {N:mor.full} og {N:far.full}, {A:barn.adr}", **c)),
                L(T("Mor: {P:mor.tel} · Far: {P:far.tel}", **c))]
        sh = [T(x, **c) for x in G1_SHARED]
        R.shuffle(sh)
        opts += sh[:3]
        opts.append(T("Informanter:\n- klasselærer {N:laerer.full}, {E:lw}\n- sundhedsplejerske "
                      "{N:sp.full}, direkte {P:sp.tel}\n- mor, {N:mor.first}, {E:mor.mail}", **c))
        opts += sh[3:]
        tail = [T("Med venlig hilsen\n{N:psyk.full}, autoriseret psykolog\nDirekte {P:psyk.tel} · {E:pw}", **c)]
    elif kind == 1:  # BUP discharge letter
        head = [T("{region} · {bup}, {afsnit}\nEPIKRISE\n\nPatient: {N:barn.caps}, {C:barn.cpr}\n"
                  "Født: {D:barn.dobf}\nAdresse: {A:barn.adr}", **c)]
        opts = [L(T("Egen læge: {N:laege.full}, {town}", **c))]
        opts += [T(x, **c) for x in G1_BUP[:3]]
        opts.append(T("Pårørende: mor {N:mor.full} ({P:mor.tel}), far {N:far.full} ({P:far.tel}). "
                      "Forældrene bor sammen på adressen.", **c))
        opts += [T(x, **c) for x in G1_BUP[3:]]
        opts.append(T("Kopi: sagsbehandler {N:sb.full}, {kommune}, {E:sw}", **c))
        ol = prof(0.4)
        c.update(ol=ol, ow=ol.work(f["regdom"]))
        tail = [T("{d3}\n{N:ol.sf}, overlæge · {E:ow}", **c)]
    elif kind == 2:  # parenting capacity assessment
        head = [T("Forældrekompetenceundersøgelse\nRekvirent: {kommune}, Børn og Familie, sagsbehandler "
                  "{N:sb.full}\nUndersøgte: {N:mor.full} (født {D:mor.dobf}, CPR {C:mor.cpr}) og "
                  "{N:far.full} (CPR {C:far.cpr})\nBarnet: {N:barn.full}, født {D:barn.dobf}", **c)]
        opts = [T(x, **c) for x in G1_FKU[:3]]
        opts.append(T("Informanter:\n| Navn | Rolle | Kontakt |\n|---|---|---|\n| {N:laerer.full} | "
                      "klasselærer | {P:laerer.tel} |\n| {N:sp.full} | sundhedsplejerske | {E:sp.mail} |\n"
                      "| {N:mormor.full} | mormor | {P:mormor.tel}, {A:mormor.adr} |", **c))
        opts += [T(x, **c) for x in G1_FKU[3:]]
        tail = [T("Undersøgelsen er udført af {N:psyk.full}, specialist i psykoterapi, {E:pw}", **c)]
    else:  # telephone note
        head = [T("Telefonnotat {d1}\nSag: {N:barn.sf}, {C:barn.cpr}", **c)]
        opts = [T("{N:psyk.full} fra PPR ringede og oplyste, at testningen af {N:barn.first} er "
                  "gennemført. Resultaterne peger på vanskeligheder med arbejdshukommelse, og "
                  "udtalelsen sendes inden for 14 dage.", **c),
                T("Mor, {N:mor.first}, er orienteret og kan fremover træffes på {P:mor.tel} efter kl. 15. "
                  "Hun ønsker ikke breve til den gamle adresse, men til {A:mor.adr}.", **c),
                T(G1_SHARED[3], **c), T(G1_SHARED[5], **c)]
        tail = [T("/{N:sb.ini}", **c)]
    opts += pii_extra(1, c)
    opts += look(c, False, R.randint(0, 1))
    opts += more(G1_MORE, c)
    return assemble(head, opts, tail, band)


def g1_clean(band):
    f = fill()
    c = dict(f, barn=Role("Barn A"), mor=Role("Mor"), far=Role("Far"))
    kind = R.randint(0, 3)
    SUB["v"] = kind
    if kind == 0:
        head = [TC("PPR – Pædagogisk Psykologisk Rådgivning, {kommune}\nPædagogisk-psykologisk vurdering\n\n"
                   "Elev: Barn A ({kage} år), {kkl}\nSagsnr. {sag}", **c)]
        sh = [TC(x, **c) for x in G1_SHARED]
        R.shuffle(sh)
        opts = sh[:3] + [TC("Informanter: klasselæreren, AKT-læreren og sundhedsplejersken. Mor har "
                            "givet samtykke til indhentning af oplysninger den {d3}.", **c)] + sh[3:]
        tail = [TC("Med venlig hilsen\npsykologen, PPR\nHenvendelse via kommunens hovednummer eller "
                   "digital post.", **c)]
    elif kind == 1:
        head = [TC("{region} · {bup}, {afsnit}\nEPIKRISE (anonymiseret kopi til sparring)\n\n"
                   "Patient: Barn A, pige, {teen1} år. Indlagt {d1}, udskrevet {d2}.", **c)]
        opts = [TC(x, **c) for x in G1_BUP[:3]]
        opts.append(TC("Pårørende: Mor og Far, som bor sammen. Storesøster (17 år) bor hjemme. "
                       "Egen læge er orienteret via korrespondancemeddelelse.", **c))
        opts += [TC(x, **c) for x in G1_BUP[3:]]
        tail = [TC("Overlægen, {afsnit}", **c)]
    elif kind == 2:
        head = [TC("Forældrekompetenceundersøgelse – resumé til børne- og ungeudvalget\nRekvirent: "
                   "{kommune}, j.nr. {jnr}\nUndersøgte: Mor ({age3} år) og Far. Barnet: Barn A ({age1} år).", **c)]
        opts = [TC(x, **c) for x in G1_FKU[:3]]
        opts.append(TC("Informanter: klasselærer, sundhedsplejerske, mormor og familiens egen læge. "
                       "Alle er kontaktet telefonisk i perioden {d3} til {d4}.", **c))
        opts += [TC(x, **c) for x in G1_FKU[3:]]
        tail = [TC("Undersøgelsen er udført af en autoriseret psykolog, specialist i psykoterapi.", **c)]
    else:
        head = [TC("Telefonnotat {d1}\nSag: Barn A ({age1} år), sagsnr. {sag}", **c)]
        opts = [TC("Psykologen fra PPR ringede og oplyste, at testningen af Barn A er gennemført. "
                   "Resultaterne peger på vanskeligheder med arbejdshukommelse, og udtalelsen sendes "
                   "inden for 14 dage.", **c),
                TC("Mor er orienteret og ønsker, at breve fremover sendes via digital post. Mødet i "
                   "{room} den {d2} kl. {t3} fastholdes.", **c),
                TC(G1_SHARED[3], **c), TC(G1_SHARED[5], **c)]
        tail = [TC("Sagsbehandleren", **c)]
    opts += look(c, True)
    opts += more(G1_MORE, c, True)
    return assemble(head, opts, tail, band)


# =========================================================================== genre 2: police
G2_SHARED = [
    "Patrulje {pat} blev kl. {t1} sendt {place}, hvor en gruppe på {n} unge var samlet ved "
    "cykelskuret. Der var lugt af hash, men intet ulovligt blev fundet ved visitationen.",
    "Forholdet er journaliseret under j.nr. {polj}, og der er sendt underretning til kommunen. "
    "Vagthavende vurderer ikke, at der er akut fare, men anbefaler kontakt til familien i løbet af ugen.",
    "Natten var præget af storm og regn, og der var færre unge i bybilledet end normalt. "
    "Der blev ikke registreret uro ved ungdomsklubben.",
    "Den unge fremstod påvirket af alkohol, men var vågen og orienteret. Ambulance var ikke "
    "nødvendig, og den unge blev overdraget til en voksen kl. {t2}.",
    "Anmelder oplyste at have hørt høje råb og et barn græde fra lejligheden over sig. Ved "
    "patruljens ankomst var der roligt, og ingen af de voksne ønskede at udtale sig.",
]


def incident(c, k, parent, inc_addr):
    v = R.randint(0, 4)
    cc = dict(c, k=k, p=parent, ia=inc_addr, kr=str(R.randint(39, 1450)))
    if v == 0:
        return T("Kl. {t1} – butikstyveri, {A:ia.full}. {N:k.full} (f. {D:k.dobnum}) blev antruffet med "
                 "varer for {kr} kr. Overgivet til {p.role} {N:p.full}, {A:k.adr}.", **cc)
    if v == 1:
        return T("Kl. {t1} – uro {place}. Patrulje {pat} kørte {N:k.first} ({k.age} år) hjem til "
                 "{N:p.full} på {A:k.adrs}. Forælderen blev kontaktet på {P:p.tel} forinden.", **cc)
    if v == 2:
        return T("Kl. {t1} – 112-opkald fra en forbipasserende om en {k.kidword}, der sad alene {place}. "
                 "{k.Kidword}, {N:k.caps}, {C:k.cpr}, blev kørt til skadestuen og derfra hjem til {A:k.adr}.", **cc)
    if v == 3:
        return T("Kl. {t1} – hærværk mod busskur, {A:ia.full}. To drenge stak af; den ene, "
                 "{N:k.sf} (født {D:k.dobf}), blev indhentet og afleveret hos {N:p.first} ({P:p.tel}).", **cc)
    return T("Kl. {t1} – knallertkørsel uden hjelm. Føreren, {N:k.full}, {k.age} år, bor hos "
             "{N:p.full}, {A:k.adr}, tlf. {P:p.tel}. Knallerten er beslaglagt.", **cc)


def g2_planted(band):
    f = fill()
    vh = prof(0.8)
    sb = prof()
    dom = KOMMUNE_DOMAIN[f["kommune"]]
    c = dict(f, vh=vh, sb=sb, vw=vh.work("politi.dk"), sw=sb.work(dom))
    kind = R.randint(0, 3)
    SUB["v"] = kind
    if kind == 0:  # day report extract
        head = [T("{politi} – døgnrapport, uddrag vedrørende børn og unge\nNat til {wday} {d1}", **c)]
        opts = []
        mins = sorted(R.randint(0, 11 * 60) for _ in range(6))
        for i in range(6):
            mor, far, kids = family(kid_born=(2007, 2014))
            m = (18 * 60 + mins[i]) % (24 * 60)
            opts.append(incident(dict(c, t1=f"{m // 60:02d}.{m % 60:02d}"), kids[0], ch([mor, far]), Address()))
            if i == 2:
                opts.append(T(ch(G2_SHARED), **c))
        tail = [T("Vagthavende: {N:vh.full}, direkte {P:vh.tel}", **c)]
    elif kind == 1:  # 112 call
        mor, far, kids = family(kid_born=(2008, 2016))
        k = kids[0]
        anm = ch([mor, far])
        son = k.gender == "m"
        c.update(k=k, anm=anm, barnord="søn" if son else "datter", han="han" if son else "hun",
                 Han="Han" if son else "Hun", ham="ham" if son else "hende")
        head = [T("Alarmcentralen – udskrift af 112-opkald\nTid: {d1} kl. {t1}\nAnmelder: {N:anm.full}, "
                  "tilbagekald {P:anm.tel}", **c)]
        opts = [B(T("Operatør: Alarm 112, hvad er der sket?\nAnmelder: Min {barnord} er ikke kommet hjem. "
                    "{Han} hedder {N:k.first}, {N:k.first} {N:k.sur}, {han} er {k.age} år.", **c)),
                L(T("Operatør: Hvor bor I?\nAnmelder: {A:k.adr}. Mit nummer er {P:anm.tel_spoken}, "
                    "hvis I skal ringe tilbage.", **c)),
                L(T("Operatør: Hvornår så du {ham} sidst?\nAnmelder: I går aftes. {Han} skrev fra en ven, "
                    "men {han} tager ikke telefonen. Nummeret er {P:k.tel}.", **c)),
                L(T("Operatør: Har han en fødselsdato, vi kan søge på?\nAnmelder: Ja, {D:k.dobf}.", **c)),
                L(T("Operatør: Vi sender en patrulje. Bliv ved telefonen.", **c)),
                T(G2_SHARED[1], **c)]
        tail = [T("Operatør {N:vh.ini}, vagtcentralen", **c)]
    elif kind == 2:  # duty officer note to the municipality
        mor, far, kids = family(kid_born=(2006, 2013))
        k = kids[0]
        c.update(k=k, mor=mor, far=far)
        head = [T("Til: {kommune}, Børn og Unge – socialvagten\nFra: {politi}, vagthavende {N:vh.full}\n"
                  "Vedr.: {N:k.full}, CPR {C:k.cpr}\nFødselsdato: {D:k.dobf}", **c)]
        opts = [T("Kl. {t1} modtog politiet et opkald fra en nabo om råb og larm fra {A:k.adr}. "
                  "Patrulje {pat} fandt {N:k.first} alene i opgangen.", **c),
                T("Mor, {N:mor.full}, var ikke hjemme og blev kontaktet på {P:mor.tel}. Hun kom til "
                  "adressen kl. {t2}. Far, {N:far.full}, er registreret på {A:far.adr}.", **c),
                T(ch(G2_SHARED[3:]), **c),
                T("Vagthavende har noteret naboens navn, {N:nabo.full}, og nummer {P:nabo.tel}, hvis "
                  "kommunen ønsker uddybning.", nabo=Person(born=(1950, 1995)), **c),
                T(G2_SHARED[1], **c),
                T("Mors e-mail til brug for indkaldelse: {E:mor.mail}", **c)]
        tail = [T("Med venlig hilsen\n{N:vh.full}, politikommissær\n{E:vw} · {P:vh.tel8}", **c)]
    else:  # short message
        mor, far, kids = family(kid_born=(2007, 2015))
        k = kids[0]
        mo = Person(mor.origin, "f", (1970, 1995))
        c.update(k=k, mo=mo)
        head = [T("SMS fra patrulje {pat}, {d1} kl. {t2}:", **c)]
        opts = [T("{N:k.first} {N:k.sur} ({D:k.dobf}) afleveret hos moster {N:mo.full}, {A:mo.adr}. "
                  "Moster kan træffes på {P:mo.tel}.", **c),
                T("Forældrene er ikke til at træffe. Sagen videresendt til {N:sb.full}, {E:sw}.", **c),
                T(G2_SHARED[3], **c), T(G2_SHARED[1], **c)]
        tail = [T("Vh {N:vh.fl}", **c)]
    opts += pii_extra(2, c)
    opts += look(c, False, R.randint(0, 1))
    opts += more(G2_MORE, c)
    return assemble(head, opts, tail, band)


def g2_clean(band):
    f = fill()
    c = dict(f, k=Role("den unge"))
    kind = R.randint(0, 2)
    SUB["v"] = kind
    if kind == 0:
        head = [TC("{politi} – døgnrapport, uddrag vedrørende børn og unge\nNat til {wday} {d1}", **c)]
        inc = ["Kl. {t1} – butikstyveri i et supermarked {place}. En dreng på {teen1} år blev antruffet "
               "med varer for 412 kr. og overgivet til sin mor på bopælen.",
               "Kl. {t2} – uro {place}. Patrulje {pat} kørte en pige på {age2} år hjem til far. "
               "Far blev kontaktet telefonisk forinden.",
               "Kl. {t1} – 112-opkald om en pige, der sad alene {place}. Hun blev kørt til skadestuen "
               "og derfra hjem til forældrene.",
               "Kl. {t2} – hærværk mod et busskur på Søndergade. To drenge stak af; den ene, {teen1} år, "
               "blev indhentet og afleveret hos sin mormor.",
               "Kl. {t1} – knallertkørsel uden hjelm {place}. Føreren er {teen2} år. Knallerten er "
               "beslaglagt, og forældrene er orienteret.",
               "Kl. {t2} – fund af en {age2}-årig, som havde forladt et opholdssted. Den unge blev kørt "
               "tilbage i patruljevogn {pat}."]
        opts = [TC(x, **c) for x in inc]
        R.shuffle(opts)
        opts.insert(2, TC(ch(G2_SHARED), **c))
        tail = [TC("Vagthavende, {politi}. Henvendelser: 114.", **c)]
    elif kind == 1:
        head = [TC("Alarmcentralen – udskrift af 112-opkald (anonymiseret til undervisning)\nTid: {d1} "
                   "kl. {t1}\nAnmelder: Mor", **c)]
        opts = [L(TC("Operatør: Alarm 112, hvad er der sket?\nAnmelder: Min søn er ikke kommet hjem. "
                     "Han er {teen1} år.", **c)),
                L(TC("Operatør: Hvor bor I?\nAnmelder: Vi bor lige ved Banegårdspladsen, i den gule opgang.", **c)),
                L(TC("Operatør: Hvornår så du ham sidst?\nAnmelder: I går aftes. Han skrev fra en ven, "
                     "men han tager ikke telefonen.", **c)),
                L(TC("Operatør: Vi sender en patrulje. Ring 112 igen, hvis han dukker op, eller 114, "
                     "hvis du vil give flere oplysninger.", **c)),
                TC(G2_SHARED[1], **c)]
        tail = [TC("Operatøren, vagtcentralen", **c)]
    else:
        head = [TC("Til: {kommune}, Børn og Unge – socialvagten\nFra: {politi}, vagthavende\n"
                   "Vedr.: dreng, {uage} år (j.nr. {polj})", **c)]
        opts = [TC("Kl. {t1} modtog politiet et opkald fra en nabo om råb og larm fra en lejlighed "
                   "ved Vestergade. Patrulje {pat} fandt drengen alene i opgangen.", **c),
                TC("Mor var ikke hjemme og blev kontaktet telefonisk. Hun kom til adressen kl. {t2}. "
                   "Far bor i en anden kommune.", **c),
                TC(G2_SHARED[3], **c), TC(G2_SHARED[4], **c), TC(G2_SHARED[1], **c),
                TC("Ved behov for akut hjælp uden for åbningstid kan socialvagten kontaktes via "
                   "kommunens hovednummer 41 88 12 00. Barnet kan selv ringe til Børnetelefonen på 116 111.", **c)]
        tail = [TC("Med venlig hilsen\nvagthavende politikommissær", **c)]
    opts += look(c, True)
    opts += more(G2_MORE, c, True)
    return assemble(head, opts, tail, band)


# =========================================================================== genre 3: housing
G3_SHARED = [
    "Restancen udgør pr. {d1} i alt {amt} kr., fordelt på husleje for to måneder og et gebyr på "
    "{fee} kr. for påkrav. Der er ikke indgået afdragsordning.",
    "Lejemålet er en 3-værelses lejlighed på {m2} m² i afdeling {afd}. Den månedlige husleje er "
    "{rent} kr. inkl. aconto varme og vand.",
    "Fogedretten har oplyst, at udsættelsen gennemføres, medmindre restancen inklusive omkostninger "
    "er betalt senest hverdagen før kl. 12.00. Sagen har nr. {bs}.",
    "Kommunen har tilbudt gældsrådgivning og undersøger, om der kan ydes hjælp til enkeltudgifter "
    "efter aktivlovens § 81. Familien har ikke tidligere modtaget hjælp til huslejerestance.",
    "Familien er visiteret til en midlertidig bolig i kommunens akutboliger med to værelser og fælles "
    "køkken. Børnene beholder deres skoler, og der er aftalt kørsel med taxa.",
    "Viceværten har flere gange oplevet, at børnene sidder i opgangen om aftenen, og at postkassen "
    "flyder over med rykkere. Der er ingen klager fra naboer over støj.",
]


def g3_planted(band):
    f = fill()
    mor, far, kids = family()
    lejer = ch([mor, far])
    udl, vice, sb = prof(0.6), prof(0.6), prof()
    dom = KOMMUNE_DOMAIN[f["kommune"]]
    bdom = ch(["boligkontor-" + f["town"].split(" ")[0].lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae") + ".dk",
               "almenbolig.dk", "bo-fyn.dk", "boligvest.dk", "lejerbo-nord.dk"])
    new = Address()
    c = dict(f, mor=mor, far=far, lejer=lejer, udl=udl, vice=vice, sb=sb, new=new, kids=kids,
             uw=udl.work(bdom), vw=vice.work(bdom), sw=sb.work(dom), b1=kids[0], b2=kids[-1])
    kind = R.randint(0, 3)
    SUB["v"] = kind
    if kind == 0:  # arrears demand
        head = [T("PÅKRAV – RESTANCE\n\n{N:lejer.full}\n{A:lejer.adr2}\n\nLejemål nr. {lejem}", **c)]
        opts = [T(G3_SHARED[0], **c), T(G3_SHARED[1], **c),
                T("Betales beløbet ikke inden 14 dage, vil lejemålet blive ophævet, og sagen overgives til "
                  "fogedretten. Beløbet indbetales på reg.nr. 9570, kontonr. 128 834 117.", **c),
                T("Har du spørgsmål, kan du kontakte udlejningsmedarbejder {N:udl.full} på {P:udl.tel} "
                  "eller {E:uw}. Ejendomsfunktionær {N:vice.full} træffes på {P:vice.tel} hverdage kl. "
                  "7.30–8.30.", **c),
                T("Kopi sendt til medlejer {N:other.full}, CPR {C:other.cpr}.", other=(far if lejer is mor else mor), **c)]
        tail = [T("Med venlig hilsen\n{N:udl.first} {N:udl.sur}\nUdlejningen", **c)]
    elif kind == 1:  # bailiff's court
        head = [T("{ret} – Fogedretten\nSag {bs}\nUdsættelsesforretning\n\nRekvirent: boligselskabet, "
                  "afdeling {afd}\nRekvisitus: {N:lejer.full}, CPR {C:lejer.cpr}\nLejemål: {A:lejer.adr}", **c)]
        opts = [T("Forretningen foretages {d2} kl. {t3} på adressen. Der bor børn i lejemålet: "
                  "{N:b1.first} (født {D:b1.dobf}) og {N:b2.first} (født {D:b2.dobf}), og kommunen er "
                  "derfor underrettet.", **c),
                T(G3_SHARED[2], **c), T(G3_SHARED[0], **c),
                T("Rekvirentens repræsentant er advokatfuldmægtig {N:udl.full}, {E:uw}, tlf. {P:udl.tel}.", **c),
                T("Kommunens kontaktperson er {N:sb.full}, {P:sb.tel}, {E:sw}. Låsesmed og flyttefirma "
                  "er bestilt af rekvirenten.", **c)]
        tail = [T("Fogedretten, {d1}", **c)]
    elif kind == 2:  # caseworker note on moving
        head = [T("Journalnotat {d1} – bolig\nBørn: {N:b1.full} ({C:b1.cpr}) og {N:b2.full} (født {D:b2.dobf})", **c)]
        opts = [T("Familien er fraflyttet {A:lejer.adr} efter udsættelse. De bor nu midlertidigt på "
                  "{A:new.full} i kommunens akutbolig.", **c),
                T(G3_SHARED[4], **c),
                T("Mor, {N:mor.first}, kan træffes på {P:mor.tel}. Far, {N:far.first}, bor indtil videre "
                  "hos sin bror {N:bror.full}, {A:bror.adr}.", bror=Person(far.origin, "m", (1968, 1998)), **c),
                T(G3_SHARED[3], **c), T(G3_SHARED[1], **c),
                T("Næste møde med boligsocial medarbejder {N:udl.full} ({E:uw}) er aftalt {d3}.", **c)]
        tail = [T("/{N:sb.ini}", **c)]
    else:  # caretaker e-mail
        head = [T("Fra: {N:vice.full} <{E:vw}>\nTil: {E:sw}\nEmne: Bekymring, {A:lejer.adrs}\n\n"
                  "Hej {N:sb.first}", **c)]
        opts = [T("Jeg skriver fordi jeg er bekymret for familien {N:lejer.sur}. Der har ikke været "
                  "lys i lejligheden i flere dage, men {N:b1.first} går stadig i skole.", **c),
                T(G3_SHARED[5], **c),
                T("Moren hedder {N:mor.full}, og hendes nummer er {P:mor.tel}, men hun tager den ikke. "
                  "Faren, {N:far.first}, har ifølge naboen flyttet til {A:far.addr.full}.", **c),
                T(G3_SHARED[0], **c)]
        tail = [T("Mvh {N:vice.first}\nEjendomsfunktionær, afdeling {afd}\nMobil {P:vice.tel}", **c)]
    opts += pii_extra(3, c)
    opts += look(c, False, R.randint(0, 1))
    opts += more(G3_MORE, c)
    return assemble(head, opts, tail, band)


def g3_clean(band):
    f = fill()
    c = dict(f)
    kind = R.randint(0, 3)
    SUB["v"] = kind
    if kind == 0:
        head = [TC("PÅKRAV – RESTANCE (skabelon)\n\n[Lejers navn]\n[Adresse]\n\nLejemål nr. {lejem}", **c)]
        opts = [TC(G3_SHARED[0], **c), TC(G3_SHARED[1], **c),
                TC("Betales beløbet ikke inden 14 dage, vil lejemålet blive ophævet, og sagen overgives "
                   "til fogedretten. Boligselskabets CVR-nr. er {cvr}.", **c),
                TC("Spørgsmål rettes til udlejningen via boligselskabets hovednummer eller til "
                   "ejendomsfunktionæren i kontortiden kl. 7.30–8.30.", **c)]
        tail = [TC("Med venlig hilsen\nUdlejningen", **c)]
    elif kind == 1:
        head = [TC("{ret} – Fogedretten\nSag {bs}\nUdsættelsesforretning – kopi til kommunen\n\n"
                   "Rekvirent: boligselskabet, afdeling {afd}\nRekvisitus: Mor ({age3} år)", **c)]
        opts = [TC("Forretningen foretages {d2} kl. {t3} på adressen. Der bor to børn i lejemålet "
                   "({age1} og {age2} år), og kommunen er derfor underrettet.", **c),
                TC(G3_SHARED[2], **c), TC(G3_SHARED[0], **c),
                TC("Rekvirenten møder ved advokat. Låsesmed og flyttefirma er bestilt.", **c)]
        tail = [TC("Fogedretten, {d1}", **c)]
    elif kind == 2:
        head = [TC("Journalnotat {d1} – bolig\nBørn: Barn A ({age1} år) og Barn B ({age2} år)\n"
                   "Sagsnr. {sag}", **c)]
        opts = [TC("Familien er fraflyttet lejligheden ved Søndergade efter udsættelse. De bor nu "
                   "midlertidigt i kommunens akutbolig.", **c),
                TC(G3_SHARED[4], **c),
                TC("Mor kan træffes telefonisk efter kl. 15. Far bor indtil videre hos sin bror i en "
                   "nabokommune.", **c),
                TC(G3_SHARED[3], **c), TC(G3_SHARED[1], **c),
                TC("Næste møde med den boligsociale medarbejder er aftalt {d3} kl. {t3} i {room}.", **c)]
        tail = [TC("Sagsbehandleren", **c)]
    else:
        head = [TC("Fra: ejendomsfunktionæren, afdeling {afd}\nTil: Børn og Unge, {kommune}\n"
                   "Emne: Bekymring for en familie\n\nHej", **c)]
        opts = [TC("Jeg skriver, fordi jeg er bekymret for en familie i opgang 4. Der har ikke været "
                   "lys i lejligheden i flere dage, men den ældste går stadig i skole.", **c),
                TC(G3_SHARED[5], **c),
                TC("Moren tager ikke telefonen. Faren er ifølge naboen flyttet til en anden by.", **c),
                TC(G3_SHARED[0], **c)]
        tail = [TC("Mvh ejendomsfunktionæren", **c)]
    opts += look(c, True)
    opts += more(G3_MORE, c, True)
    return assemble(head, opts, tail, band)


# =========================================================================== genre 4: sport and leisure
G4_SHARED = [
    "Kontingentet for {season} er {amt2} kr. og dækker træning to gange om ugen, spilletøj og "
    "deltagelse i DBU-stævner.",
    "Lejren afholdes i uge {wk} i en spejderhytte ved skov og sø. Bussen kører fra klubhuset kl. {t3} "
    "og er tilbage søndag eftermiddag.",
    "Alle trænere og hjælpetrænere skal have en gyldig børneattest, før de må have kontakt med børn "
    "under 15 år. Attesten indhentes af foreningen med samtykke.",
    "Fritidspasset dækker kontingent op til {amt2} kr. årligt samt udstyr efter aftale med "
    "fritidsvejlederen. Bevillingen gælder ét år ad gangen.",
    "Ved skader kontakter træneren forældrene; ved alvorlige skader ringes 112. Husk drikkedunk, "
    "skinnebensbeskyttere og tøj efter vejret – både sol og regn.",
    "Vi mangler stadig to voksne til kørsel til stævnet i Herning. Giv besked til holdlederen, hvis I kan.",
]


def g4_planted(band):
    f = fill()
    tr, fv, form = prof(0.6), prof(), prof(0.6)
    dom = KOMMUNE_DOMAIN[f["kommune"]]
    cdom = ch(["klubmail.dk", "holdsport.net", "foreningsmail.dk"])
    c = dict(f, tr=tr, fv=fv, form=form, fw=fv.work(dom), tw=tr.work(cdom))
    kind = R.randint(0, 4)
    SUB["v"] = kind
    if kind == 0:  # team list
        g = ch(["drenge", "piger", "mix"])
        u = R.randint(7, 17)
        head = [T("Holdliste U" + str(u) + " " + g + " – {season}\nTræner: {N:tr.full}, {P:tr.tel}, {E:tw}", **c)]
        opts = []
        for i in range(16):
            mor, far, kids = family(kid_born=(2025 - u, 2026 - u), nkids=1,
                                    kid_gender={"drenge": "m", "piger": "f", "mix": None}[g])
            k, p = kids[0], ch([mor, far])
            cc = dict(c, k=k, p=p, i=str(i + 1))
            opts.append(L(T(ch(["{i}. {N:k.full} – {D:k.dobnum} – {N:p.first}: {P:p.tel}",
                                "{i}. {N:k.sf}, {D:k.dobnum}, forælder {N:p.full} {P:p.tel}",
                                "{i}. {N:k.first} {N:k.sur} ({D:k.dobnum}) · {E:p.mail}"]), **cc)))
            if i == 4:
                opts.append(T(G4_SHARED[0], **c))
        tail = [T(G4_SHARED[4], **c)]
    elif kind == 1:  # fritidspas
        mor, far, kids = family()
        barn = kids[0]
        c.update(mor=mor, barn=barn, akt=ch(["fodbold", "håndbold", "svømning", "gymnastik", "spejder",
                                             "ridning", "musikskole", "karate", "badminton", "dans"]))
        head = [T("{kommune} – Bevilling af fritidspas\n\nKære {N:mor.full}\n{A:mor.adr2}", **c)]
        opts = [T("{N:barn.full} ({C:barn.cpr}) er bevilget fritidspas til {akt} i {season}. "
                  "Kommunen betaler kontingentet på {amt2} kr. direkte til klubben.", **c),
                T(G4_SHARED[3], **c),
                T("Fritidsvejleder {N:fv.full} følger {N:barn.first} de første gange og kan kontaktes på "
                  "{P:fv.tel} eller {E:fw}.", **c),
                T("Instruktøren, {N:tr.full}, er orienteret og har børneattest. Aktiviteten foregår to gange om ugen, "
                  "første gang tirsdag kl. 16.30.", **c),
                T(G4_SHARED[4], **c)]
        tail = [T("Med venlig hilsen\n{N:fv.first}, fritidsvejleder", **c)]
    elif kind == 2:  # child-protection certificates
        head = [T("Børneattester – status {season}\nAnsvarlig: formand {N:form.full}, {E:form.mail}\n\n"
                  "| Navn | CPR | Hold | Indhentet |\n|---|---|---|---|", **c)]
        opts = []
        for i in range(15):
            t = Person(danish_bias=0.5, born=(1965, 2005))
            cc = dict(c, t=t, dd=ddate(0), u=f"U{R.randint(6, 17)}")
            opts.append(L(T("| {N:t.full} | {C:t.cpr} | {u} | {dd} |", **cc)))
        opts.append(T(G4_SHARED[2], **c))
        tail = [T("Svar fra Rigspolitiet modtages typisk inden for ti hverdage.", **c)]
    elif kind == 3:  # camp participants
        head = [T("Sommerlejr uge {wk} – deltagerliste\nLejrleder: {N:tr.full}, {P:tr.tel}", **c)]
        opts = []
        for i in range(14):
            mor, far, kids = family(kid_born=(2011, 2017))
            k, p = kids[0], ch([mor, far])
            cc = dict(c, k=k, p=p)
            opts.append(L(T(ch(["- {N:k.full}, f. {D:k.dobnum}, allergi: " + ch(["nødder", "gluten", "laktose", "bistik", "ingen", "ingen"]) + ". Pårørende {N:p.full}, {P:p.tel}",
                                "- {N:k.full} ({D:k.dobf}) – {N:p.first} {P:p.tel}",
                                "- {N:k.sf}, {D:k.dobnum}, hjemme: {A:k.adr}"]), **cc)))
        opts.append(T(G4_SHARED[1], **c))
        tail = [T(G4_SHARED[4], **c)]
    else:  # parents' phone list
        head = [T("Telefonliste forældre – U{uage}, {season}\n(må kun bruges til kørsel og afbud)", **c)]
        opts = []
        for i in range(15):
            mor, far, kids = family(kid_born=(2010, 2018))
            k, p = kids[0], ch([mor, far])
            cc = dict(c, k=k, p=p)
            opts.append(L(T(ch(["{N:p.full} ({G:k.first} {p_role}) – {P:p.tel}",
                                "{N:p.full} ({G:k.first} {p_role}) – {P:p.tel} – {E:p.mail}",
                                "{N:p.caps}, {P:p.tel}, {A:p.adr}"]),
                            p_role="mor" if p.gender == "f" else "far", **cc)))
        opts.append(T(G4_SHARED[5], **c))
        tail = [T("Holdleder {N:form.full}, {P:form.tel}", **c)]
    opts += pii_extra(4, c)
    opts += look(c, False, R.randint(0, 1))
    opts += more(G4_MORE, c)
    return assemble(head, opts, tail, band)


def g4_clean(band):
    f = fill()
    c = dict(f)
    kind = R.randint(0, 3)
    SUB["v"] = kind
    if kind == 0:
        head = [TC("Holdliste U{uage} – {season} (antal og roller)\nTræner: én træner og to hjælpetrænere, "
                   "alle med børneattest.", **c)]
        opts = [TC("Spillere: {n} drenge og {age1} piger. Tre spillere har fritidspas via kommunen, og "
                   "to har behov for en fast voksen ved kampe.", **c),
                TC(G4_SHARED[0], **c), TC(G4_SHARED[4], **c), TC(G4_SHARED[5], **c),
                TC("Træning tirsdag og torsdag kl. 16.30–18.00 på kunstgræsbane 2. Ved aflysning sendes "
                   "besked i holdets app senest kl. 14.", **c)]
        tail = [TC("Holdlederen", **c)]
    elif kind == 1:
        head = [TC("{kommune} – Bevilling af fritidspas (anonymiseret)\n\nKære forælder", **c)]
        opts = [TC("Dit barn, Barn A ({age1} år), er bevilget fritidspas til fodbold i {season}. "
                   "Kommunen betaler kontingentet på {amt2} kr. direkte til klubben.", **c),
                TC(G4_SHARED[3], **c),
                TC("Fritidsvejlederen følger Barn A de første gange. Henvendelse via kommunens "
                   "hovednummer 41 88 12 00 eller digital post.", **c),
                TC("Træneren er orienteret og har børneattest. Træning foregår tirsdag og torsdag kl. "
                   "16.30 ved idrætshallen på Skolevej.", **c),
                TC(G4_SHARED[4], **c)]
        tail = [TC("Med venlig hilsen\nfritidsvejlederen", **c)]
    elif kind == 2:
        head = [TC("Børneattester – status {season}\n\n| Rolle | Hold | Indhentet |\n|---|---|---|", **c)]
        opts = []
        for i in range(8):
            opts.append(L(TC(ch(["| Træner | U{age1} | {d1} |", "| Hjælpetræner | U{age2} | {d2} |",
                                 "| Holdleder | U{uage} | {d3} |", "| Lejrleder | alle | {d4} |"]), **c)))
        opts.append(TC(G4_SHARED[2], **c))
        tail = [TC("Svar fra Rigspolitiet modtages typisk inden for ti hverdage.", **c)]
    else:
        head = [TC("Sommerlejr uge {wk} – praktisk information", **c)]
        opts = [TC(G4_SHARED[1], **c),
                TC("Der deltager {n} ledere og 28 børn. Fire børn har nøddeallergi, og to tager "
                   "medicin, som lejrlederen opbevarer i et aflåst skab.", **c),
                TC("Pakkeliste: sovepose, liggeunderlag, regntøj, solcreme, lommelygte og glad humør. "
                   "Mobiltelefoner afleveres til lederne ved sengetid kl. 21.30.", **c),
                TC(G4_SHARED[4], **c),
                TC("Maj-turen til stranden blev aflyst på grund af storm, så vi satser på godt vejr i "
                   "sommer.", **c)]
        tail = [TC("Lejrlederne", **c)]
    opts += look(c, True)
    opts += more(G4_MORE, c, True)
    return assemble(head, opts, tail, band)


# =========================================================================== genre 5: names across cultures
G5_SHARED = [
    "I islandsk og færøsk navneskik dannes efternavnet af faderens fornavn i genitiv med -son eller "
    "-dóttir. Far og barn har derfor forskellige efternavne, og det er ikke tegn på uklart faderskab.",
    "I arabiske navne angiver bin (søn af) og bint (datter af) faderens navn. En kunya som Abu eller "
    "Umm efterfulgt af det ældste barns navn bruges som høflig tiltale og er ikke et registreret navn.",
    "Etiopiske og eritreiske navne består af barnets eget navn, faderens navn og farfaderens navn. "
    "Der er ikke et fælles familienavn, så mor og børn har ikke samme efternavn.",
    "Vietnamesiske og kinesiske navne skrives med slægtsnavnet først. I CPR kan rækkefølgen være "
    "vendt, hvilket giver dubletter i journalen, hvis man ikke er opmærksom.",
    "Spansktalende familier bruger ofte to efternavne: faderens første efternavn efterfulgt af "
    "moderens første efternavn. Kun det første bruges i daglig tale.",
    "Oversættelsen er foretaget fra originaldokument udstedt af de lokale myndigheder og er forsynet "
    "med translatørens stempel. Stavemåden i latinske bogstaver følger passet.",
]
LANG = {"ar": "arabisk", "ua": "ukrainsk", "gr": "græsk", "ir": "persisk (farsi)", "af": "dari",
        "er": "tigrinya", "so": "somali", "vn": "vietnamesisk", "cn": "mandarin", "es": "spansk",
        "tr": "tyrkisk", "ku": "kurmanji", "pl": "polsk", "ro": "rumænsk", "ba": "bosnisk",
        "th": "thai", "ph": "tagalog", "is": "islandsk", "fo": "færøsk", "pk": "urdu", "gl": "grønlandsk",
        "en": "engelsk", "dk": "dansk", "dknew": "dansk"}
BIRTHPLACE = {"ar": ["Aleppo", "Damaskus", "Homs", "Beirut", "Amman"], "ua": ["Kharkiv", "Lviv", "Odesa"],
              "gr": ["Thessaloniki", "Patras"], "ir": ["Teheran", "Shiraz", "Tabriz"],
              "er": ["Asmara", "Keren"], "so": ["Mogadishu", "Hargeisa"], "vn": ["Hanoi", "Hue"],
              "es": ["Sevilla", "Valencia"], "af": ["Kabul", "Herat"], "is": ["Akureyri", "Reykjavík"]}


def g5_planted(band):
    f = fill()
    tolk, sb = prof(0.2), prof()
    dom = KOMMUNE_DOMAIN[f["kommune"]]
    c = dict(f, tolk=tolk, sb=sb, sw=sb.work(dom), tw=tolk.work(ch(["tolkeservice.dk", "sprogbro.dk", "tolkdanmark.dk"])))
    kind = R.randint(0, 4)
    SUB["v"] = kind
    if kind == 0:  # translated birth certificate with script
        o = ch(["ar", "ua", "gr", "ir", "ar", "ua"])
        mor, far, kids = family(o)
        k = kids[-1]
        tries = 0
        while not (k.has_script and far.has_script and mor.has_script) and tries < 20:
            mor, far, kids = family(o)
            k = kids[-1]
            tries += 1
        if not (k.has_script and far.has_script and mor.has_script):
            return None
        c.update(k=k, far=far, mor=mor, lang=LANG[o], bp=ch(BIRTHPLACE.get(o, ["Aleppo"])))
        head = [T("Oversættelse fra {lang} – fødselsattest\n\nBarnets navn: {N:k.script} ({N:k.full})\n"
                  "Fødselsdato: {D:k.dobf}\nFødested: {bp}", **c)]
        opts = [L(T("Faderens navn: {N:far.script} / {N:far.full}", **c)),
                L(T("Moderens navn: {N:mor.script} / {N:mor.full}", **c)),
                T(G5_SHARED[5], **c),
                T("I dansk CPR er barnet registreret som {N:k.plain} med CPR-nr. {C:k.cpr}. Faderen er "
                  "registreret med fødselsdato {D:far.dobnum}.", **c),
                T(G5_SHARED[1] if o == "ar" else G5_SHARED[3], **c),
                T("Familiens adresse i Danmark: {A:k.adr}.", **c)]
        tail = [T("Oversat af translatør {N:tolk.full}, {E:tw}", **c)]
    elif kind == 1:  # note on naming conventions in a family
        o = ch(["is", "fo", "er", "so", "es", "vn", "ar", "cn"])
        mor, far, kids = family(o, nkids=2)
        k1, k2 = kids[0], kids[1]
        c.update(mor=mor, far=far, k1=k1, k2=k2)
        conv = {"is": 0, "fo": 0, "ar": 1, "er": 2, "so": 2, "vn": 3, "cn": 3, "es": 4}[o]
        head = [T("Notat om navneforhold – sagsnr. {sag}\nUdarbejdet af {N:sb.full}, {d1}", **c)]
        opts = [T(G5_SHARED[conv], **c),
                T("I familien betyder det, at far hedder {N:far.full}, mor {N:mor.full}, og børnene "
                  "{N:k1.full} (født {D:k1.dobf}) og {N:k2.full} (født {D:k2.dobf}).", **c),
                T("Skolen har registreret {N:k1.first} under efternavnet {N:k1.sur}, mens kommunens system "
                  "bruger {N:k1.sf}. Det har givet to sager på samme barn, som nu er lagt sammen.", **c),
                T("Mor bruger i netværket navnet {N:kunya}. Far kaldes af venner for {N:far.nick}.",
                  kunya=("Umm " if True else "") + k1.first, **c) if o == "ar" else
                T("CPR-numrene er kontrolleret: {C:k1.cpr} og {C:k2.cpr}. Begge børn bor hos mor på {A:mor.adr}.", **c),
                T("Mor foretrækker kontakt på {P:mor.tel}; far på sit udenlandske nummer {P:far.tel_foreign}.", **c)]
        tail = [T("/{N:sb.ini}", **c)]
    elif kind == 2:  # name change
        p = Person(born=(2005, 2020))
        newfirst = ch(["Sofie", "Sara", "Maja", "Lina", "Asta", "Nora"] if p.gender == "f" else
                      ["Adam", "Noah", "Elias", "Malik", "Emil", "Theo"])
        if newfirst == p.first:
            return None
        c.update(p=p, nf=newfirst, nn=newfirst + " " + p.last, gl=p.full)
        head = [T("Meddelelse om navneændring\n\nCPR-nr.: {C:p.cpr}\nTidligere navn: {N:gl}\nNyt navn: {N:nn}", **c)]
        opts = [T("Navneændringen er registreret {d1} efter ansøgning fra forældremyndighedsindehaveren. "
                  "Barnet er født {D:p.dobf} og bor på {A:p.adr}.", **c),
                T("Barnet har i skolen i flere år brugt navnet {N:nf}. Ældre dokumenter i sagen står "
                  "fortsat under {N:p.first}, og søgning skal ske på begge navne.", **c),
                T(conv_para(p.origin), **c),
                T("Henvendelse om sagen: {N:sb.full}, {P:sb.tel}, {E:sw}.", **c)]
        tail = [T("{kommune}, Borgerservice", **c)]
    elif kind == 3:  # interpreter booking
        o = ch(["er", "so", "af", "ar", "ku", "ua", "vn", "th", "pl", "ro", "tr", "ir"])
        mor, far, kids = family(o)
        k = kids[0]
        lo = mor.origin if mor.origin not in ("dk", "dknew") else o
        c.update(mor=mor, k=k, lang=LANG[lo], tolk=Person(lo if lo not in ("is", "fo") else "dk", born=(1960, 1996)))
        head = [T("Tolkebestilling\nSprog: {lang}\nTolk: {N:tolk.full}, {P:tolk.tel}\nTid: {d2} kl. {t3}", **c)]
        opts = [T("Borger: {N:mor.full}, CPR {C:mor.cpr}. Mødet er et hjemmebesøg på {A:mor.adr}.", **c),
                T("Emne: status på barnets plan for {N:k.full} (født {D:k.dobf}). Tolken bedes ikke tale om "
                  "sagen med familiens netværk.", **c),
                T(conv_para(lo), **c),
                T("Bekræftelse sendes til {E:sw}. Ved afbud ringes til {N:sb.first} på {P:sb.tel}.", **c)]
        tail = [T("Bestilt af {N:sb.full}", **c)]
    else:  # genogram legend
        o = ch(["is", "fo", "er", "es", "vn", "ar", "so", "ua", "gr", "cn"])
        mor, far, kids = family(o, nkids=3)
        gm = Person(o, "f", (1950, 1968))
        c.update(mor=mor, far=far, gm=gm, k=kids[0])
        head = [T("Genogram – forklaring til tegningen\nSagsnr. {sag}", **c)]
        opts = [L(T("- Far: {N:far.full}, født {D:far.dobnum}, bor i {town}", **c)),
                L(T("- Mor: {N:mor.full}, født {D:mor.dobnum}, {A:mor.adr}", **c)),
                L(T("- Farmor: {N:gm.full}, bor i udlandet, tlf. {P:gm.tel_foreign}", **c))]
        for k in kids:
            opts.append(L(T("- Barn: {N:kk.full}, {C:kk.cpr}", kk=k, **c)))
        opts.append(T(conv_para(o), **c))
        opts.append(T("Tegningen er gennemgået med {N:mor.first} den {d1}, som tilføjede en halvbror på "
                      "fars side, der ikke har kontakt med familien.", **c))
        tail = [T("Udarbejdet af {N:sb.fl}", **c)]
    opts += pii_extra(5, c)
    opts += look(c, False, R.randint(0, 1))
    opts += more(G5_MORE, c)
    return assemble(head, opts, tail, band)


def g5_clean(band):
    f = fill()
    c = dict(f, lang=ch(list(LANG.values())[:18]))
    kind = R.randint(0, 3)
    SUB["v"] = kind
    if kind == 0:
        head = [TC("Vejledning: navne på tværs af kulturer\nTil brug ved oprettelse af sager", **c)]
        sh = [TC(x, **c) for x in G5_SHARED[:5]]
        R.shuffle(sh)
        opts = sh + [TC("Søg altid på både CPR-nummer og alle navneled, og notér i journalen, hvilket "
                        "navn barnet selv bruger.", **c)]
        tail = [TC("Team Myndighed, opdateret {d1}", **c)]
    elif kind == 1:
        head = [TC("Oversættelse fra {lang} – fødselsattest (anonymiseret eksempel)\n\nBarnets navn: "
                   "[udeladt]\nFødested: en større by i hjemlandet", **c)]
        opts = [TC(G5_SHARED[5], **c),
                TC("Faderens og moderens navne står i original skrift og i latinske bogstaver. "
                   "Translatøren har anført, at stavemåden afviger fra opholdskortet.", **c),
                TC(G5_SHARED[1], **c), TC(G5_SHARED[2], **c)]
        tail = [TC("Oversat af statsautoriseret translatør", **c)]
    elif kind == 2:
        head = [TC("Notat om navneforhold – sagsnr. {sag}", **c)]
        opts = [TC("Barn A ({age1} år) og Barn B ({age2} år) har forskellige efternavne, fordi familien "
                   "følger en navneskik, hvor barnets andet navn er faderens fornavn.", **c),
                TC(ch(G5_SHARED[:5]), **c),
                TC("Skolen har oprettet Barn A under et andet navneled end kommunen. Det har givet to "
                   "sager på samme barn, som nu er lagt sammen.", **c),
                TC("Mor bruger i netværket en kunya, og Far kaldes af venner ved et kælenavn. Ingen af "
                   "delene noteres som navn i journalen.", **c),
                TC("Tolk på {lang} er bestilt til mødet den {d2} kl. {t3}.", **c)]
        tail = [TC("Sagsbehandleren", **c)]
    else:
        head = [TC("Genogram – forklaring til tegningen\nSagsnr. {sag}", **c)]
        opts = [L(TC("- Far ({age3} år), bor i en anden kommune", **c)),
                L(TC("- Mor, bor med børnene", **c)),
                L(TC("- Farmor, bor i hjemlandet", **c)),
                L(TC("- Barn A ({age1} år), Barn B ({age2} år), Barn C ({uage} år)", **c)),
                TC(ch(G5_SHARED[:5]), **c),
                TC("Tegningen er gennemgået med Mor den {d1}, som tilføjede en halvbror på fars side.", **c)]
        tail = [TC("Udarbejdet af sagsbehandleren", **c)]
    opts += look(c, True)
    opts += more(G5_MORE, c, True)
    return assemble(head, opts, tail, band)


# =========================================================================== genre 6: knowledge base
KB_TOPICS = [
    ("Anbringelse uden samtykke – barnets perspektiv", "foraeldrekompetencer", "barnets lov § 47"),
    ("Underretninger: vurdering inden for 24 timer", "barnets-udvikling", "barnets lov § 136"),
    ("Børnefaglig undersøgelse og firemånedersfristen", "familie-og-netvaerk", "barnets lov § 20, stk. 3"),
    ("Barnets plan ved anbringelse", "barnets-udvikling", "barnets lov § 91"),
    ("Støttende indsatser i hjemmet", "foraeldrekompetencer", "barnets lov § 32"),
    ("Samtale med barnet efter underretning", "barnets-udvikling", "barnets lov § 137, stk. 2"),
    ("Bisidder ved samtaler", "familie-og-netvaerk", "barnets lov § 6"),
    ("Netværksplejefamilie som første valg", "familie-og-netvaerk", "barnets lov § 46"),
    ("Huslejerestance og udsættelse i børnesager", "familie-og-netvaerk", "barnets lov § 32"),
    ("Fritidsaktiviteter som støttende indsats", "barnets-udvikling", "barnets lov § 32"),
]
KB_BODY = [
    "## Formål\nSiden samler teamets praksis, så sagsbehandlingen ikke afhænger af, hvem der har sagen. "
    "Brug den sammen med ICS-trekanten og Signs of Safety.",
    "## Principper\n1. Barnets perspektiv beskrives med barnets egne ord.\n2. Bekymringer og ressourcer "
    "skrives i hver sin kolonne.\n3. Sikkerhedsmålet formuleres under *Hvad skal der ske?* og skaleres 0–10.",
    "!!! note \"Husk\"\n    Ledelsestilsyn sker efter styrelsens skabelon. Notér dato og udfald i sagen.",
    "| Trin | Hvem | Frist |\n|---|---|---|\n| Screening | myndighedsrådgiver | 24 timer |\n"
    "| Afdækning | sagsejer | 14 dage |\n| Børnefaglig undersøgelse | sagsejer | 4 måneder |",
    "<!-- TODO: opdater efter teammødet, når faglig koordinator har godkendt ændringen -->",
    "Se også [ordlisten](../ordliste.md#bisidder) og `status: udkast` for sider under arbejde.[^1]\n\n"
    "[^1]: Social- og Boligstyrelsen, vejledning om ledelsestilsyn (januar 2024).",
    "## Eksempel\nBarn A (9 år) bor hos Mor. Far har samvær hver anden weekend. Skolen underretter om "
    "fravær og træthed. På skalaen placerer teamet sikkerheden på 4; Mor placerer den på 7.",
]


def kb_front(c, authors, related, extra=""):
    return T("---\ntitle: \"{title}\"\nstatus: {status}\nics: [{ics}]\nlaw: [\"{law}\"]\n", **c) + \
        authors + T("\nrelated_cases: [", **c) + related + T("]\nupdated: {iso}\n" + extra + "---\n\n# {title}", **c)


def g6_planted(band):
    SUB["v"] = 0
    f = fill()
    title, ics, law = ch(KB_TOPICS)
    mor, far, kids = family()
    barn = kids[0]
    a1, a2, sp = prof(), prof(), prof(0.5)
    c = dict(f, title=title, ics=ics, law=law, status=ch(["godkendt", "udkast", "til review"]),
             barn=barn, mor=mor, far=far, a1=a1, a2=a2, sp=sp)
    leaks = [0, 1, 2, 3, 4, 5, 6]
    R.shuffle(leaks)
    nleak = {"short": 2, "medium": 4, "long": 6}[band]
    use = sorted(leaks[:nleak] + ([0] if 0 not in leaks[:nleak] else []))
    if 0 in use:
        authors = T(ch(["authors: [{N:a1.full}, {N:a2.ini}]", "authors: [\"{N:a1.sf}\", \"{N:a2.full}\"]",
                        "authors: [{N:a1.ini}, {N:a2.ini}]"]), **c)
    else:
        authors = T("authors: [faglig koordinator]", **c)
    rel = T("case-{sag} ({N:barn.full})", **c) if 1 in use else T("case-{sag}", **c)
    head = [kb_front(c, authors, rel)]
    body = [T(x, **c) for x in KB_BODY]
    leakblocks = {
        2: T("| Dato | Hændelse |\n|---|---|\n| {d1} | Underretning fra skolen |\n| {d2} | Samtale med "
             "{N:barn.first} og mor {N:mor.full}, {P:mor.tel} |\n| {d3} | Netværksmøde; {N:barn.first} er født {D:barn.dobnum} |", **c),
        3: T("Se referatet: [Netværksmøde hos {N:mor.full}, {A:mor.adr}](../cases/case-{sag}.md)", **c),
        4: T("<!-- mor: {N:mor.full}, {P:mor.tel}, {E:mor.mail} – slet før publicering -->", **c),
        5: T("Oplysningen stammer fra plejefamilien.[^2]\n\n[^2]: Oplyst af plejemor {N:sp.full}, "
             "{E:sp.mail}, og bekræftet af far {N:far.first} ({P:far.tel}).", **c),
        6: T("!!! warning \"Eksempelsag\"\n    Barnet i eksemplet (`{C:barn.cpr}`, født {D:barn.dobf}) bor "
             "på {A:barn.adr}.", **c),
    }
    order = [B(b) for b in body]
    lk = []
    for k in use:
        if k in leakblocks:
            b = B(leakblocks[k])
            order.insert(R.randint(1, len(order)), b)
            lk.append(b)
    # leak blocks must survive the band cut: offer them first, print them in page order
    pos = {id(b): i for i, b in enumerate(order)}
    opts = lk + [b for b in order if all(b is not x for x in lk)]
    return assemble(head, opts, [], band, pos=pos)


def g6_clean(band):
    SUB["v"] = 0
    f = fill()
    title, ics, law = ch(KB_TOPICS)
    c = dict(f, title=title, ics=ics, law=law, status=ch(["godkendt", "udkast", "til review"]))
    authors = TC(ch(["authors: [faglig koordinator, team Øst]", "authors: [myndighedsrådgiver, teamleder]",
                     "authors: [team Syd]"]), **c)
    rel = TC("case-{sag}, case-" + ch(["2024", "2025"]) + "-0" + rnd_digits(4), **c)
    head = [kb_front(c, authors, rel)]
    body = [TC(x, **c) for x in KB_BODY]
    extra = [TC("| Dato | Hændelse |\n|---|---|\n| {d1} | Underretning fra skolen |\n| {d2} | Samtale med "
                "Barn A og Mor |\n| {d3} | Netværksmøde i {room} kl. {t3} |", **c),
             TC("Se referatet: [Netværksmøde hos familien](../cases/case-{sag}.md)", **c),
             TC("<!-- Mor, Far og Barn A er rollenavne; rigtige navne må aldrig stå her -->", **c),
             TC("Oplysningen stammer fra plejefamilien.[^2]\n\n[^2]: Oplyst af Plejemor og bekræftet af "
                "Far på netværksmødet den {d2}.", **c),
             TC("!!! warning \"Eksempelsag\"\n    Barn A er fiktiv; alder (9 år) og klassetrin ({klasse}) "
                "er ændret. Brug aldrig CPR-nummer eller adresse i eksempler.", **c),
             TC("> Glad var det ord, Barn A brugte om samværet i maj. I drømmehuset tegnede Barn A en have "
                "med sol, et træhus i skoven og en ulv, der passede på.", **c)]
    allb = body + extra + look(c, True, 2)
    R.shuffle(allb)
    res = assemble(head, allb, [], band)
    return res


# =========================================================================== institutions
SCHOOL = ["friskole", "privatskole"]
HOME = ["opholdssted", "døgninstitution"]
INST_T = [
    ("Barn A går i {klasse} på {I:i1}, hvor der er aftalt ugentlige møder mellem AKT-læreren og Mor.", SCHOOL, None),
    ("Den unge er indskrevet på {I:i1} fra august. Efterskolen er orienteret om barnets plan og medicinen.", ["efterskole"], None),
    ("Barn A er anbragt på {I:i1} efter § 46. I ferierne er der samvær med Mor og mormor.", HOME, None),
    ("Lillebror går i {I:i1}, og storesøster er meldt ind i {I:i2} efter skole.", ["daginstitution"], ["klub"]),
    ("Plejefamilien er godkendt og tilknyttet {I:i1}, som leverer supervision hver sjette uge.", ["plejefamilie"], None),
    ("Den unge har fået fritidspas til {I:i1}. Træneren har gyldig børneattest.", ["klub"], None),
    ("Skoleskift: Barn A flytter fra {I:i1} til {I:i2} efter vinterferien. Overlevering aftales med PPR.", SCHOOL, SCHOOL),
    ("Netværksmødet holdes på {I:i1} den {d1} kl. {t3}. Deltagere: Mor, Far, kontaktpædagog og sagsbehandler.", HOME + ["daginstitution"], None),
    ("Underretning modtaget fra {I:i1} om gentagent fravær og manglende madpakke. Vurderet inden for 24 timer.", SCHOOL + ["daginstitution"], None),
    ("Barn B er på venteliste til {I:i1}; indtil da passes Barn B i {I:i2}.", ["daginstitution"], ["daginstitution"]),
    ("Efter anbringelsen på {I:i1} fortsætter Barn A til træning i {I:i2} to gange om ugen.", HOME, ["klub"]),
    ("Den unge vil søge {I:i1} efter 9. klasse, og kontaktpersonen fra {I:i2} hjælper med ansøgningen.", ["efterskole"], HOME),
    ("Plejefamilien får konsulentstøtte fra {I:i1}, og Barn A går i {I:i2}.", ["plejefamilie"], SCHOOL + ["daginstitution"]),
]


def inst_text():
    f = fill()
    tpl, k1, k2 = ch(INST_T)
    a = ch([x for x in INSTITUTIONS if x[0] in k1])
    b = ch([x for x in INSTITUTIONS if k2 is not None and x[0] in k2 and x != a] or [a])
    c = dict(f, i1=a[1], i2=b[1])
    return render_block(T(tpl, **c))


def render_block(segs):
    return render(segs)


# ====================================================================== driver
"""Driver: draws the texts, runs the checks, writes the JSONL files."""
import json
import re
import sys

from pools import ORIGINS, NICK, STREETS, DK_KID_F, DK_KID_M

CORPUS = "blind19"
GENRES = [("psych", g1_planted, g1_clean, ["PPR statement", "BUP discharge letter", "parenting capacity assessment", "telephone note"]),
          ("police", g2_planted, g2_clean, ["day report extract", "112 call transcript", "duty officer note", "patrol SMS"]),
          ("housing", g3_planted, g3_clean, ["arrears demand", "bailiff's court notice", "journal note on moving", "caretaker e-mail"]),
          ("sport", g4_planted, g4_clean, ["team list", "fritidspas decision", "child-protection certificate table", "camp participant list", "parents' phone list"]),
          ("names", g5_planted, g5_clean, ["translated birth certificate", "naming-convention note", "name change", "interpreter booking", "genogram legend"]),
          ("kb", g6_planted, g6_clean, ["knowledge-base page"])]
CLEAN_SUBS = {"psych": ["PPR statement", "BUP discharge letter", "parenting capacity summary", "telephone note"],
              "police": ["day report extract", "112 call transcript", "duty officer note"],
              "housing": ["arrears demand template", "bailiff's court notice", "journal note on moving", "caretaker e-mail"],
              "sport": ["team overview", "fritidspas decision", "certificate table", "camp information"],
              "names": ["guidance on conventions", "translated birth certificate", "naming-convention note", "genogram legend"],
              "kb": ["knowledge-base page"]}
PLANT_KINDS = ["name", "phone", "email", "address", "dob", "cpr"]
PARTICLES = {"Abu", "Umm", "Al", "El", "Dela", "De", "La", "Thị", "Văn", "Minh", "Gia"}

# ------------------------------------------------------------------ token set of pool names
POOL = []
for o in ORIGINS:
    fem, mal, surs = ORIGINS[o]
    for n in fem + mal + [x for p in surs for x in p] + list(NICK.values()) + DK_KID_F + DK_KID_M:
        for t in re.split(r"[ \-]", n):
            if len(t) >= 2 and t not in PARTICLES and t not in POOL:
                POOL.append(t)
POOLSET = {}
for t in POOL:
    POOLSET[t] = 1
    POOLSET[t.upper()] = 1

PHONE_RX = [re.compile(r"(?<![\d+])\d{8}(?!\d)"),
            re.compile(r"(?<!\d)\d{2}([ .-])\d{2}\1\d{2}\1\d{2}(?!\d)"),
            re.compile(r"(?<!\d)\d{4}[ .-]\d{4}(?!\d)"),
            re.compile(r"(?:\+|\b00)\d{2,3}[ \d]{6,}\d")]
CPR_RX = [re.compile(r"(?<!\d)\d{6}[-– /]?\d{4}(?!\d)"),
          re.compile(r"(?<!\d)\d{2}[. ]\d{2}[. ]\d{2}[-– .]?\d{4}(?!\d)")]
STREET_RX = re.compile(r"(?i)\b(" + "|".join(re.escape(s) for s in STREETS) + r")\s+\d")
BORN_RX = re.compile(r"(?i)(?:\bfødt|\bf\.|\bfødselsdato)\s*:?\s*(?:den\s+|d\.\s*)?(\d)")
WORD_RX = re.compile(r"[^\W\d_]+")


def inside(spans, a, b, text=None):
    """the stretch a..b lies in one span, or every non-space character of it lies in some span"""
    if any(s["start"] <= a and b <= s["end"] for s in spans):
        return True
    if text is None:
        return False
    for i in range(a, b):
        if text[i].isspace():
            continue
        if not any(s["start"] <= i < s["end"] for s in spans):
            return False
    return True


def check_text(text, spans, allowed, band, extra_tokens=None, forbidden=None):
    """returns None if fine, else a reason"""
    prev = 0
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            return "offset"
        if s["start"] < prev:
            return "overlap/order"
        prev = s["end"]
        if s["text"] != s["text"].strip() or not s["text"]:
            return "whitespace"
        if s["kind"] not in allowed:
            return "kind " + s["kind"]
    lo, hi = BANDS[band]
    if not lo <= len(text.split()) <= hi:
        return "band"
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not inside(spans, m.start(), m.end(), text):
                return "unplanted copy " + s["text"]
    for m in WORD_RX.finditer(text):
        w = m.group(0)
        if (w in POOLSET or (extra_tokens is not None and w in extra_tokens)) and not inside(spans, m.start(), m.end()):
            return "pool name outside span: " + w
    for rx in PHONE_RX + CPR_RX:
        for m in rx.finditer(text):
            if m.group(0).strip() in WHITELIST:
                continue
            if not inside(spans, m.start(), m.end()):
                return "number shape outside span: " + m.group(0)
    for i, ch_ in enumerate(text):
        if ch_ == "@" and not any(s["kind"] == "email" and s["start"] <= i < s["end"] for s in spans):
            return "@ outside e-mail"
    for m in STREET_RX.finditer(text):
        if not any(s["kind"] == "address" and s["start"] <= m.start() and m.end() <= s["end"] for s in spans):
            return "street+number outside address: " + m.group(0)
    for m in BORN_RX.finditer(text):
        if not inside(spans, m.start(1), m.end(1)):
            return "born + unplanted digits"
    if forbidden is not None:
        for f in forbidden:
            if f in text:
                return "planted value in clean text: " + f
    return None


def band_plan(n_per_genre=40, ngen=6):
    plan = []
    counters = [0] * ngen
    names = ["short", "medium", "long"]
    for i in range(n_per_genre * ngen):
        g = i % ngen
        plan.append((g, names[(counters[g] + g) % 3]))
        counters[g] += 1
    return plan


def draw(gen, band, allowed, extra_tokens=None, forbidden=None, tries=400):
    reasons = {}
    for _ in range(tries):
        res = gen(band)
        if res is None:
            reasons["band"] = reasons.get("band", 0) + 1
            continue
        text, spans = res
        why = check_text(text, spans, allowed, band, extra_tokens, forbidden)
        if why is None:
            return text, spans, SUB["v"]
        reasons[why] = reasons.get(why, 0) + 1
    raise RuntimeError(f"cannot draw {gen.__name__} {band}: {sorted(reasons.items(), key=lambda x: -x[1])[:5]}")


def name_tokens(recs):
    toks = {}
    for r in recs:
        for s in r["planted"]:
            if s["kind"] != "name":
                continue
            for t in WORD_RX.findall(s["text"]):
                if len(t) >= 2 and t[0].isupper() and not t.isupper() and t not in PARTICLES:
                    toks[t] = 1
                    toks[t.upper()] = 1
    return toks


def main():
    plan = band_plan()
    planted, psub = [], []
    for i, (g, band) in enumerate(plan):
        text, spans, sub = draw(GENRES[g][1], band, PLANT_KINDS)
        planted.append({"id": f"{CORPUS}-p{i + 1:03d}", "text": text, "planted": spans})
        psub.append((GENRES[g][0], band, GENRES[g][3][sub]))
    # global pass: every planted name token must stay inside spans in every planted text
    for _round in range(20):
        toks = name_tokens(planted)
        bad = [i for i, r in enumerate(planted)
               if check_text(r["text"], r["planted"], PLANT_KINDS, plan[i][1], toks) is not None]
        if not bad:
            break
        for i in bad:
            g, band = plan[i]
            text, spans, sub = draw(GENRES[g][1], band, PLANT_KINDS, toks)
            planted[i] = {"id": planted[i]["id"], "text": text, "planted": spans}
            psub[i] = (GENRES[g][0], band, GENRES[g][3][sub])
    else:
        raise RuntimeError("planted global pass does not converge")
    toks = name_tokens(planted)
    forb = []
    for r in planted:
        for s in r["planted"]:
            if s["kind"] != "name" and s["text"] not in forb:
                forb.append(s["text"])
    clean, csub = [], []
    for i, (g, band) in enumerate(plan):
        text, spans, sub = draw(GENRES[g][2], band, [], toks, forb)
        clean.append({"id": f"{CORPUS}-c{i + 1:03d}", "text": text, "planted": spans})
        csub.append((GENRES[g][0], band, CLEAN_SUBS[GENRES[g][0]][sub]))
    inst = []
    for i in range(30):
        for _ in range(400):
            text, spans = inst_text()
            if check_text(text, spans, ["institution"], "inst", toks, forb) is None:
                break
        else:
            raise RuntimeError("institution draw")
        inst.append({"id": f"{CORPUS}-i{i + 1:03d}", "text": text, "planted": spans})
    # final verification of everything
    for recs, allowed, bands, fb in ((planted, PLANT_KINDS, [p[1] for p in plan], None),
                                     (clean, [], [p[1] for p in plan], forb),
                                     (inst, ["institution"], ["inst"] * 30, forb)):
        for k, r in enumerate(recs):
            why = check_text(r["text"], r["planted"], allowed, bands[k], toks, fb)
            assert why is None, (r["id"], why)
            if not allowed:
                assert r["planted"] == []
    for recs, pre, n in ((planted, "p", 240), (clean, "c", 240), (inst, "i", 30)):
        assert [r["id"] for r in recs] == [f"{CORPUS}-{pre}{j + 1:03d}" for j in range(n)]
    for fn, recs in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        with open(fn, "w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    counts = {}
    for r in planted:
        for s in r["planted"]:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    total = sum(counts.values())
    print("planted spans", total, counts)
    assert 3000 <= total <= 4500, total
    for k in ("phone", "address", "dob"):
        assert counts.get(k, 0) >= 250, k
    for k in ("cpr", "email"):
        assert counts.get(k, 0) >= 120, k
    assert counts["name"] == max(counts.values())
    summ = {"planted": {}, "clean": {}}
    for lab, subs in (("planted", psub), ("clean", csub)):
        for gname, band, sub in subs:
            key = f"{gname} / {sub}"
            summ[lab][key] = summ[lab].get(key, 0) + 1
    bands = {}
    for g, b in plan:
        bands[b] = bands.get(b, 0) + 1
    print(json.dumps({"span_counts": counts, "span_total": total, "bands_per_file": bands, "subformats": summ,
                      "institution_spans": sum(len(r["planted"]) for r in inst)}, ensure_ascii=False, indent=1,
                     sort_keys=True))


if __name__ == "__main__":
    main()
