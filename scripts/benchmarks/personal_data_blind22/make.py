# -*- coding: utf-8 -*-
"""Build the blind22 held-out corpus: planted.jsonl, clean.jsonl, institutions.jsonl.

Python 3.11 standard library only; one fixed seed, one random.Random instance (R).
Hand-written pools live in pools.py. Sections: core helpers (span markers, persons,
number/date formats) - planted generators - clean generators - checks and main."""
import datetime
import json
import os
import re
import sys
import unicodedata

import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from pools import (ORIGINS, ORIGIN_WEIGHTS, NICKNAMES, STREETS, MUNIS, OTHER_TOWNS, PRIVATE_MAIL,  # noqa: E402
                   FOREIGN_ADDR, FOREIGN_PHONE, FOREIGN_COUNTRY, FOREIGN_CITY, PUBLIC_NUMBERS, MUNI_CVR,
                   ICD10, MEDICINES, PUBLIC_BODIES, HOSPITALS)

SEED = 2202
R = random.Random(SEED)

# ====================================================================== core helpers
ROLE_P = 0.55

# ---------------------------------------------------------------- markers
OPEN, MID, CLOSE = "\x1e", "\x1f", "\x1d"


def mk(kind, s):
    return OPEN + kind + MID + s + CLOSE


def N(s): return mk("name", s)
def P(s): return mk("phone", s)
def E(s): return mk("email", s)
def A(s): return mk("address", s)
def D(s): return mk("dob", s)
def C(s): return mk("cpr", s)
def I(s): return mk("institution", s)


MARK_RE = re.compile(OPEN + "([a-z]+)" + MID + "(.*?)" + CLOSE, re.S)
ROLE = "\x1c"
ROLE_RE = re.compile(ROLE + "(.*?)" + ROLE)


def role_fix(marked):
    """capitalise role words at sentence start; drop role markers"""
    def rep(m):
        before = marked[:m.start()]
        b = re.sub(OPEN + "[a-z]+" + MID + "|" + CLOSE, "", before).rstrip(" \"'(")
        w = m.group(1)
        if not b or b[-1] in ".!?\n:":
            w = w[0].upper() + w[1:]
        return w
    return ROLE_RE.sub(rep, marked)


def render(marked):
    if ROLE in marked:
        marked = role_fix(marked)
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK_RE.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        kind, s = m.group(1), m.group(2)
        spans.append({"kind": kind, "text": s, "start": n, "end": n + len(s)})
        out.append(s)
        n += len(s)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def words(marked):
    return len(render(marked)[0].split())


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------- numbers in words
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs", 9: "halvfems"}
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "elvte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende", "nittende",
       "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende",
       "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def num2(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, o = divmod(n, 10)
    return TENS[t] if o == 0 else ONES[o].replace("en", "en") + "og" + TENS[t]


def pair_words(s):
    return " ".join(("nul " + ONES[int(s[i + 1])]) if s[i] == "0" else num2(int(s[i:i + 2]))
                    for i in range(0, len(s), 2))


def year_words(y):
    if y < 2000:
        return "nitten " + num2(y - 1900)
    r = y - 2000
    return "totusind" if r == 0 else "totusind og " + num2(r)


# ---------------------------------------------------------------- dates
def rdate(y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(a, b))


def plain_date(d, style=None):
    """non-personal date (meeting, decision) written plainly"""
    style = style or ch(["dots", "long", "dots", "iso", "short"])
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day}/{d.month}"


def dob_text(d, style=None, spoken=False):
    if spoken:
        return f"{ORD[d.day - 1]} {MONTHS[d.month - 1]} {year_words(d.year)}"
    style = style or ch(["dots", "dots", "long", "long", "dash", "slash", "iso", "shortyear", "dmy1",
                         "abbr", "en1", "en2", "slash2", "roman", "nodot"])
    y2 = f"{d.year % 100:02d}"
    return {
        "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "slash": f"{d.day}/{d.month}-{d.year}",
        "slash2": f"{d.day:02d}/{d.month:02d}/{y2}",
        "iso": d.isoformat(),
        "shortyear": f"{d.day:02d}.{d.month:02d}.{y2}",
        "dmy1": f"{d.day}.{d.month}.{d.year}",
        "long": f"{d.day}. {MONTHS[d.month - 1]} {d.year}",
        "nodot": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "abbr": f"{d.day}. {MONTHS[d.month - 1][:3]}. {d.year}",
        "en1": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        "en2": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
        "roman": f"{d.day}.{ROMAN[d.month - 1]}.{d.year}",
    }[style]


def cpr_digits(d):
    yy = d.year % 100
    if d.year < 1900:
        c7 = R.randint(5, 8)
    elif d.year < 2000:
        c7 = R.randint(0, 3) if (yy < 37 or chance(0.8)) else ch([4, 9])
    else:
        c7 = ch([4, 5, 6, 7, 8, 9])
    return f"{d.day:02d}{d.month:02d}{yy:02d}", f"{c7}{R.randint(0, 999):03d}"


def cpr_century_ok(s10, d):
    c7 = int(s10[6])
    yy = int(s10[4:6])
    if c7 <= 3:
        cent = 1900
    elif c7 in (4, 9):
        cent = 2000 if yy <= 36 else 1900
    else:
        cent = 2000 if yy <= 57 else 1800
    return cent + yy == d.year and s10[:4] == f"{d.day:02d}{d.month:02d}"


def cpr_text(a, b, style=None):
    style = style or ch(["dash", "dash", "dash", "space", "ten", "dots", "groups", "dashes", "endash"])
    return {
        "dash": f"{a}-{b}",
        "space": f"{a} {b}",
        "ten": a + b,
        "dots": f"{a[:2]}.{a[2:4]}.{a[4:]}-{b}",
        "groups": f"{a[:2]} {a[2:4]} {a[4:]} {b}",
        "dashes": f"{a[:2]}-{a[2:4]}-{a[4:]}-{b}",
        "endash": f"{a}\u2013{b}",
    }[style]


MOBILE = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50",
          "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"]
LAND = ["33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54", "55", "56", "57", "58",
        "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76", "86", "87", "89", "96", "97", "98"]
PUB_DIGITS = [re.sub(r"\D", "", x) for x in PUBLIC_NUMBERS]


def new_digits(land=False):
    while True:
        s = ch(LAND if land else MOBILE) + f"{R.randint(0, 999999):06d}"
        if s not in PUB_DIGITS:
            return s


def phone_text(s, style=None):
    style = style or wchoice([("plain", 4), ("pairs", 6), ("quads", 3), ("dots", 1), ("dash", 1),
                              ("p45", 2), ("p45q", 1), ("p45tight", 1), ("00", 1), ("00pairs", 1)])
    pairs = " ".join(s[i:i + 2] for i in range(0, 8, 2))
    return {
        "plain": s,
        "pairs": pairs,
        "quads": f"{s[:4]} {s[4:]}",
        "dots": ".".join(s[i:i + 2] for i in range(0, 8, 2)),
        "dash": "-".join(s[i:i + 2] for i in range(0, 8, 2)),
        "p45": "+45 " + pairs,
        "p45q": f"+45 {s[:4]} {s[4:]}",
        "p45tight": "+45" + s,
        "00": "0045 " + s,
        "00pairs": "0045 " + pairs,
        "spoken": pair_words(s),
    }[style]


def foreign_phone(origin):
    pre, groups = FOREIGN_PHONE.get(origin, ("+46", [2, 3, 2, 2]))
    parts = []
    for i, g in enumerate(groups):
        first = str(R.randint(1, 9)) if i == 0 else str(R.randint(0, 9))
        parts.append(first + "".join(str(R.randint(0, 9)) for _ in range(g - 1)))
    return pre + " " + " ".join(parts)


def translit(s):
    s = s.lower()
    for a, b in [("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ł", "l"), ("ð", "d"), ("ı", "i"), ("'", ""),
                 ("ß", "ss")]:
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9.\-]", "", s.replace(" ", "-"))


# ---------------------------------------------------------------- persons
def feminize(last):
    for a, b in [("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")]:
        if last.endswith(a):
            return last[: -len(a)] + b
    return last


def misspell(s):
    if len(s) < 5 or " " in s:
        return s
    i = R.randint(1, len(s) - 3)
    t = ch(["swap", "drop", "double"])
    if t == "swap":
        r = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    elif t == "drop":
        r = s[:i] + s[i + 1:]
    else:
        r = s[:i] + s[i] + s[i:]
    return r


class Person:
    def __init__(self, origin=None, sex=None, born=(1980, 1995), last=None, muni=None, town=None):
        self.origin = origin or wchoice(ORIGIN_WEIGHTS)
        self.sex = sex or ch("fm")
        fem, mal, sur = ORIGINS[self.origin]
        self.first = ch(fem if self.sex == "f" else mal)
        self.last = last or ch(sur)
        if self.sex == "f" and self.origin == "pl":
            self.last = feminize(self.last)
        if self.sex == "m" and self.last.endswith(("ska", "cka")):
            self.last = self.last[:-1] + "i"
        self.middle = ch(["Marie", "Louise", "Kristine", "Sofie"] if self.sex == "f" else ["Peter", "Emil", "Valdemar", "Christian"]) \
            if self.origin == "dk" and "-" not in self.first and chance(0.15) else None
        if isinstance(born, datetime.date):
            self.dob_d = born
        else:
            self.dob_d = rdate(*born)
        self.cpr_a, self.cpr_b = cpr_digits(self.dob_d)
        self.digits = new_digits()
        self.digits2 = new_digits(land=chance(0.3))
        self.muni = muni
        self._addr = None
        self._town = town
        self.nick = None
        for a, b in NICKNAMES:
            if a == self.first:
                self.nick = b
        self.mail_local = None
        self.mail_dom = None
        self.role = None

    # --- names
    def fullname(self):
        return " ".join(x for x in [self.first, self.middle, self.last] if x)

    def full(self):
        if self.middle and chance(0.5):
            return N(f"{self.first} {self.last}")
        return N(self.fullname())

    def fn(self):
        if self.role and chance(ROLE_P):
            return ROLE + self.role + ROLE
        return N(self.first)

    def ln(self):
        return N(self.last)

    def nm(self, lower_ok=False):
        v = wchoice([("full", 30), ("fn", 35), ("ln", 4), ("caps", 3), ("lastfirst", 3), ("miss", 3),
                     ("nick", 4), ("lower", 4 if lower_ok else 0)])
        if v == "full":
            return self.full()
        if v == "fn":
            return self.fn()
        if v == "ln":
            return self.ln()
        if v == "caps":
            return N(f"{self.first} {self.last}".upper())
        if v == "lastfirst":
            return N(f"{self.last}, {self.first}")
        if v == "miss":
            m = misspell(self.first)
            return N(m)
        if v == "nick" and self.nick:
            return N(self.nick)
        if v == "lower":
            return N(self.first.lower())
        return self.fn()

    def caps(self):
        return N(f"{self.first} {self.last}".upper()) if chance(0.5) else N(f"{self.last.upper()}, {self.first}")

    def lastfirst(self):
        return N(f"{self.last}, {self.first}")

    def gen(self, which="f"):
        if which == "f" and self.role and chance(ROLE_P):
            return ROLE + self.role + "s" + ROLE
        base = {"f": self.first, "l": self.last, "full": f"{self.first} {self.last}"}[which]
        if base[-1] in "sxzSXZ":
            return N(base) + "'"
        return N(base + "s")

    def ini(self):
        a = self.first[0]
        parts = self.last.replace("-", " ").split()
        b = "".join(p[0] for p in parts if p[0].isupper()) or parts[-1][0].upper()
        style = ch(["dot", "three", "two", "three"])
        if style == "dot":
            return N(f"{a}.{b[0]}.")
        if style == "two":
            return N((a + b[0]).upper())
        tail = self.last.replace(" ", "").replace("-", "")[1:2].upper()
        return N((a + b[0] + tail).upper())

    def title(self):
        t = "fru" if self.sex == "f" else "hr."
        return t + " " + N(self.last)

    # --- numbers
    def tel(self, style=None, second=False):
        return P(phone_text(self.digits2 if second else self.digits, style))

    def ftel(self):
        return P(foreign_phone(self.origin))

    def cpr(self, style=None):
        return C(cpr_text(self.cpr_a, self.cpr_b, style))

    def dob(self, style=None, spoken=False):
        return D(dob_text(self.dob_d, style, spoken))

    def age(self, ref):
        a = ref.year - self.dob_d.year - ((ref.month, ref.day) < (self.dob_d.month, self.dob_d.day))
        return a

    # --- mail
    def mail(self, dom=None, work=False):
        if self.mail_local is None or dom:
            f, l = translit(self.first), translit(self.last)
            if work:
                local = ch([f"{f}.{l}", f"{f[0]}{l[:3]}", translit(re.sub(r"[^A-Za-zÆØÅæøå]", "", render(self.ini())[0])) or f])
            else:
                local = ch([f"{f}.{l}", f"{f}{l}", f"{f}_{l[0]}", f"{f}{self.dob_d.year % 100:02d}",
                            f"{l}.{f}", f"{f}.{l}{R.randint(1, 99)}", f"{f[0]}.{l}"])
            self.mail_local = local.replace("..", ".").strip(".-")
            self.mail_dom = dom or ch(PRIVATE_MAIL)
        return E(f"{self.mail_local}@{self.mail_dom}")

    def mail_spoken(self):
        self.mail()
        loc = self.mail_local.replace(".", " punktum ").replace("_", " underscore ").replace("-", " bindestreg ")
        dom = self.mail_dom.replace(".", " punktum ")
        return E(f"{loc} snabel-a {dom}".replace("  ", " "))

    # --- address
    def set_addr(self, town=None):
        if town is None:
            if self._town:
                town = self._town
            elif self.muni and chance(0.8):
                town = ch(self.muni[4])
            else:
                town = ch(OTHER_TOWNS)
        nr = R.randint(1, 140)
        letter = ch(["", "", "", "", "A", "B", "C"])
        floor = ch(["", "", "", "st. tv.", "st. th.", "1. tv.", "2. th.", "3. tv.", "1. sal", "4. mf.", "2. 3"])
        self._addr = (ch(STREETS), f"{nr}{letter}", floor, town)
        return self

    def adr(self, style=None):
        if self._addr is None:
            self.set_addr()
        st, nr, fl, (pc, tw) = self._addr
        style = style or wchoice([("full", 6), ("street", 2), ("twoline", 2), ("sloppy", 1), ("nopc", 1)])
        f = f", {fl}" if fl else ""
        if style == "full":
            return A(f"{st} {nr}{f}, {pc} {tw}")
        if style == "street":
            return A(f"{st} {nr}{f}")
        if style == "twoline":
            return A(f"{st} {nr}{f}\n{pc} {tw}")
        if style == "nopc":
            return A(f"{st} {nr}{f}, {tw}")
        sl = f"{st.lower()} {nr.lower()}"
        if fl:
            sl += " " + fl.replace(". ", "").replace(".", "")
        return A(f"{sl} {tw.lower()}")

    def fadr(self):
        pat = FOREIGN_ADDR.get(self.origin) or FOREIGN_ADDR["en"]
        return A(ch(pat).format(n=R.randint(2, 88), m=R.randint(1, 40)))


def new_addr_person_like(muni):
    """a second (secret) address in the muni"""
    p = Person(origin="dk", muni=muni)
    p.set_addr()
    return p


def pro(muni=None, sex=None):
    """a professional: mostly Danish names but any origin"""
    o = wchoice([("dk", 60), ("dkrare", 6), ("gl", 3), ("fo", 3), ("ar", 4), ("tr", 4), ("pk", 3), ("ba", 3),
                 ("pl", 3), ("so", 2), ("ku", 2), ("vn", 2), ("en", 2), ("ua", 2), ("er", 1)])
    p = Person(origin=o, sex=sex, born=(1960, 1996), muni=muni)
    p.digits = new_digits(land=chance(0.4))
    return p


def work_mail(p, muni):
    return p.mail(dom=muni[1], work=True)


# ====================================================================== planted generators
class Ctx:
    def __init__(self, origin=None, nkids=None, kid_age=(0, 17)):
        r = R
        self.mu = ch(MUNIS)
        self.muni = self.mu[0]
        self.today = rdate(2023, 2025)
        if self.today > datetime.date(2025, 10, 31):
            self.today = self.today.replace(month=10)
        self.o = origin or wchoice(ORIGIN_WEIGHTS)
        n = nkids or wchoice([(1, 4), (2, 4), (3, 2)])
        ages = [r.randint(*kid_age) for _ in range(n)]
        ey = self.today.year - max(ages) - 1
        yy = self.today.year - min(ages)
        self.mor = Person(self.o, "f", (max(1965, yy - 43), min(2005, ey - 18)), muni=self.mu)
        o2 = self.o if chance(0.7) else wchoice(ORIGIN_WEIGHTS)
        self.far = Person(o2, "m", (max(1960, yy - 50), min(2004, ey - 19)), muni=self.mu)
        self.kids = []
        surname = self.far.last if chance(0.6) else self.mor.last
        for i in range(n):
            age = ages[i]
            born = self.today - datetime.timedelta(days=365 * age + r.randint(20, 340))
            k = Person(self.o, None, born, last=surname, muni=self.mu)
            while k.first in [self.mor.first, self.far.first] + [x.first for x in self.kids]:
                k = Person(self.o, None, born, last=surname, muni=self.mu)
            k.digits = self.mor.digits  # children rarely have own phones
            self.kids.append(k)
        self.kids.sort(key=lambda k: k.dob_d)
        self.kid = self.kids[0]
        if len(self.kids) == 1:
            self.kid.role = "pigen" if self.kid.sex == "f" else "drengen"
        else:
            self.kids[0].role = "storesøster" if self.kids[0].sex == "f" else "storebror"
            self.kids[-1].role = "lillesøster" if self.kids[-1].sex == "f" else "lillebror"
        self.sb = pro(self.mu)
        self.tl = pro(self.mu)
        self.mor.role = "mor"
        self.far.role = "far"
        self.mor.set_addr()
        self.far._addr = self.mor._addr if chance(0.4) else None

    def d(self, back=0, fwd=0, style=None):
        dd = self.today + datetime.timedelta(days=R.randint(-back, fwd))
        return plain_date(dd, style)

    def t(self):
        return f"{R.randint(0, 23):02d}.{ch(['00', '05', '10', '15', '20', '25', '30', '40', '45', '50', '55'])}"

    def age(self, p):
        return p.age(self.today)

    def kidlist(self, form="fn", ages=True, dobs=None):
        if dobs is None:
            dobs = chance(0.5)
        parts = []
        for k in self.kids:
            nm = k.fn() if form == "fn" else k.full()
            if dobs:
                nm += f" (f. {k.dob()})"
            elif ages:
                nm += f" ({self.age(k)} år)"
            parts.append(nm)
        if len(parts) == 1:
            return parts[0]
        return ", ".join(parts[:-1]) + " og " + parts[-1]

    def sbsig(self):
        s = ch([f"{self.sb.full()}\nSagsbehandler, Børn og Unge, {self.muni}",
                f"Venlig hilsen\n{self.sb.full()}\nSocialrådgiver\nDirekte: {self.sb.tel()}",
                f"/{self.sb.ini()}",
                f"Med venlig hilsen\n{self.sb.full()}, myndighedsrådgiver\n{work_mail(self.sb, self.mu)} · tlf. {self.sb.tel()}"])
        return s


def he(p):
    return "hun" if p.sex == "f" else "han"


def him(p):
    return "hende" if p.sex == "f" else "ham"


def hans(p):
    return "hendes" if p.sex == "f" else "hans"


def son(p):
    return "datter" if p.sex == "f" else "søn"


# ====================================================================== 1 shelter
SHELTER_DOMS = ["krisecenter-nord.dk", "kvindehuset.dk", "krisecentret-fjorden.dk", "kvindecenter-vest.dk",
                "mandecenter-sjaelland.dk", "krisecenter-aaen.dk"]


def shelter_cast():
    c = Ctx()
    c.partner = c.far if chance(0.6) else Person(wchoice(ORIGIN_WEIGHTS), "m", (1970, 1998), muni=c.mu)
    c.partner.set_addr()
    c.staff = pro(sex=ch("ff m"))
    c.staff_dom = ch(SHELTER_DOMS)
    c.pol = pro()
    c.pol.mail(dom="politi.dk", work=True)
    c.secret = Person("dk", muni=c.mu).set_addr()
    c.sis = Person(c.mor.origin, "f", (1972, 2002), muni=c.mu)
    c.sis.set_addr()
    return c


def shelter_intake():
    c = shelter_cast()
    k = c.kid
    head = [f"Indskrivningsnotat, {c.muni}, Børn og Unge\nDato: {c.d()}   Sagsbehandler: {c.sb.full()}"]
    body = [
        f"{c.mor.full()} (cpr. {c.mor.cpr()}) blev indskrevet på krisecentret {ch(WEEKDAYS)} kl. {c.t()} sammen med {c.kidlist()}. "
        f"Hun kom i taxa fra {c.mor.adr()}, hvor familien har boet de sidste år.",
        f"Børnene: {'; '.join(kk.full() + ', født ' + kk.dob() for kk in c.kids)}.",
        f"Voldsudøver er ifølge mor {c.partner.full()}, f. {c.partner.dob()}, som fortsat bor på {c.partner.adr()}. "
        f"Han har tlf. {c.partner.tel()} og har i aftes skrevet til hende fra et andet nummer, {c.partner.tel(second=True)}.",
        f"Mor fortæller, at {c.partner.fn()} har slået hende flere gange, senest i weekenden, hvor {k.fn()} stod i døren og så det. "
        f"Hun er bange for, at han vil finde frem til krisecentret via {k.gen('f')} skole.",
        f"Kontaktperson på krisecentret er {c.staff.full()}, direkte tlf. {c.staff.tel()}, mail {c.staff.mail(dom=c.staff_dom, work=True)}.",
        f"Politiet er orienteret. Sagen ligger hos politiassistent {c.pol.full()}, {c.mu[3]}, direkte {c.pol.tel()}.",
        f"NB: Mor har fået tilbudt en lejlighed på {c.secret.adr()}. Adressen er beskyttet og må IKKE stå i sagen – rettes ved næste journalisering. /{c.sb.ini()}",
        f"Mors søster, {c.sis.full()}, bor på {c.sis.adr()} og er den eneste i netværket, der kender opholdsstedet. Hun kan kontaktes på {c.sis.tel()}.",
        f"Der er søgt navne- og adressebeskyttelse for mor og børn. {k.fn()} har ikke været i skole siden sidste uge, og skolen er bedt om ikke at udlevere oplysninger til far.",
        f"{c.mor.fn()} har skiftet telefon og har nu nummeret {c.mor.tel()}. Det gamle nummer, {c.mor.tel(second=True)}, kender {c.partner.fn()}, og det skal ikke bruges.",
        f"Sundhedsplejersken har tidligere haft kontakt med {c.kids[-1].fn()} og er orienteret om flytningen.",
    ]
    tail = [c.sbsig()]
    return head, body + x_shelter(c), tail, False, "\n\n"


def shelter_kv():
    c = shelter_cast()
    head = [ch(["KRISECENTER – OPLYSNINGER VED INDSKRIVNING", "Indskrivning krisecenter (fortroligt)",
                "Stamoplysninger – ophold på krisecenter"])]
    rows = [
        f"Kvinde: {c.mor.caps()}",
        f"CPR: {c.mor.cpr()}",
        f"Ny telefon (må ikke udleveres): {c.mor.tel()}",
        f"E-mail: {c.mor.mail()}",
        f"Tidligere bopæl: {c.mor.adr(ch(['full', 'nopc']))}",
    ]
    for kk in c.kids:
        rows.append(f"Barn: {kk.full()}, cpr {kk.cpr()}")
    rows += [
        f"Voldsudøver: {c.partner.full()}, født {c.partner.dob()}",
        f"Voldsudøvers adresse: {c.partner.adr()}",
        f"Voldsudøvers tlf.: {c.partner.tel()} / {c.partner.tel(second=True)}",
        f"Politikontakt: {c.pol.full()}, {c.mu[3]}, tlf. {c.pol.tel()}, {c.pol.mail()}",
        f"Kontaktperson krisecenter: {c.staff.full()} ({c.staff.mail(dom=c.staff_dom, work=True)})",
        f"Nuværende opholdssted: {c.secret.adr()} (FORTROLIGT – slettes)",
        f"Netværk: søster {c.sis.full()}, {c.sis.tel()}",
        f"Sagsbehandler: {c.sb.full()}, {c.muni}, {c.sb.tel()}",
        f"Bemærkninger: Mor ønsker ikke, at {c.partner.fn()} får oplyst børnenes skole eller opholdssted.",
    ]
    return head, rows + x_shelter(c), [], True, "\n"


def shelter_mail():
    c = shelter_cast()
    sm = c.staff.mail(dom=c.staff_dom, work=True)
    head = [f"Fra: {c.staff.full()} <{sm}>\nTil: {c.sb.full()} <{work_mail(c.sb, c.mu)}>\nEmne: Vedr. {c.mor.fn()} og børnene – ophold på krisecentret\n\nHej {c.sb.fn()}"]
    k = c.kid
    body = [
        f"Jeg skriver for at give en kort status på {c.mor.full()} og {c.kidlist()}, som har boet hos os siden {c.d(30)}.",
        f"{c.mor.fn()} er rystet efter den seneste episode og sover dårligt. Hun har bedt mig sige, at hun kun vil kontaktes på sit nye nummer, {c.mor.tel()}.",
        f"Undskyld – jeg kom i sidste mail til at skrive hendes nye adresse, {c.secret.adr()}. Vil du sørge for, at den ikke bliver journaliseret?",
        f"{c.partner.full()} har ringet til krisecentrets hovednummer to gange i går og spurgt efter {him(c.mor)}. Vi har naturligvis ikke bekræftet noget. Han ringede fra {c.partner.tel()}.",
        f"{k.fn()} ({c.age(k)} år) fortæller om at være bange om aftenen, og vores børnemedarbejder {c.staff2().full()} har haft to samtaler med {him(k)}.",
        f"Politiet har givet {c.partner.fn()} et tilhold. Kontakten er {c.pol.full()} på {c.pol.tel()}.",
        f"Mormor, {c.gm().full()}, bor på {c.gm().adr()} og vil gerne hjælpe med at hente børnene, men {c.mor.fn()} er usikker på, om hun kan holde på adressen.",
        f"Kan vi aftale et møde i næste uge? Jeg kan træffes på {c.staff.tel()} mellem kl. 9 og 15.",
    ]
    tail = [f"Venlig hilsen\n{c.staff.full()}\nSocialpædagog, krisecentret\n{c.staff.tel()}"]
    return head, body + x_shelter(c), tail, True, "\n\n"


def shelter_moves():
    c = shelter_cast()
    head = [f"Tidslinje – flytninger, {c.mor.full()} og børn\nUdarbejdet af {c.sb.full()}, {c.muni}\n\nDato | Hændelse"]
    dates = sorted(c.today - datetime.timedelta(days=R.randint(0, 700)) for _ in range(9))
    ev = [
        f"Familien bor på {c.mor.adr(ch(['full', 'street']))} sammen med {c.partner.full()}",
        f"Første politianmeldelse; mor ringer fra {c.mor.tel(second=True)}",
        f"Mor og børn flytter til søsteren {c.sis.full()}, {c.sis.adr()}",
        f"Mor flytter tilbage til {c.partner.fn()}",
        f"Indskrivning på krisecentret; kontakt {c.staff.full()}, {c.staff.tel()}",
        f"{c.kid.full()} skifter skole; far underrettes ikke",
        f"Tilhold over for {c.partner.full()} (f. {c.partner.dob()}); sagsbehandler hos politiet {c.pol.full()}",
        f"Navne- og adressebeskyttelse bevilget; ny adresse {c.secret.adr()} (må ikke fremgå!)",
        f"Mor får nyt nummer {c.mor.tel()} og ny mail {c.mor.mail()}",
        f"{c.kids[-1].fn()} (cpr {c.kids[-1].cpr()}) indskrevet hos ny egen læge",
    ]
    body = [f"{plain_date(d, 'dots')} | {e}" for d, e in zip(dates, R.sample(ev, len(ev))[:9])]
    body.sort()
    return head, body + x_shelter(c), [], True, "\n"


def shelter_police():
    c = shelter_cast()
    head = [f"Telefonnotat – kontakt med politiet\n{c.d()} kl. {c.t()}\nSkrevet af: {c.sb.full()}"]
    body = [
        f"Ringede til {c.mu[3]} og talte med {c.pol.full()} (direkte nr. {c.pol.tel()}) om {c.mor.full()}, cpr {c.mor.cpr()}.",
        f"{c.pol.fn()} bekræfter, at der er rejst sigtelse mod {c.partner.full()}, f. {c.partner.dob()}, for vold mod {c.mor.fn()}.",
        f"{c.partner.fn()} er registreret på {c.partner.adr()} og har mobil {c.partner.tel()}.",
        f"Politiet oplyser, at {c.partner.fn()} har spurgt efter børnene {c.kidlist(form='full', ages=False)} på skolen to gange.",
        f"Jeg oplyste ved en fejl den nye adresse, {c.secret.adr()}, i samtalen. {c.pol.fn()} lovede, at den ikke noteres i rapporten.",
        f"Kontakt på krisecentret: {c.staff.full()}, {c.staff.tel()}. Hun orienteres af mig i dag.",
        f"Mor kan træffes på {c.mor.tel()} eller via krisecentret. Hun ønsker ikke mail.",
        f"Næste skridt: {c.pol.fn()} sender kopi af tilholdet til {c.pol.mail()} → sagsbehandler på {work_mail(c.sb, c.mu)}.",
    ]
    return head, body + x_shelter(c), [f"/{c.sb.ini()}"], True, "\n"


def _staff2(self):
    if not hasattr(self, "_s2"):
        self._s2 = pro()
    return self._s2


def _gm(self):
    if not hasattr(self, "_gm"):
        self._gm = Person(self.mor.origin, "f", (self.mor.dob_d.year - 42, self.mor.dob_d.year - 19), muni=self.mu).set_addr()
    return self._gm


Ctx.staff2 = _staff2
Ctx.gm = _gm
Ctx.gen_kid = lambda self: self.kid.fn()


# ====================================================================== 2 kinship / network
def net_cast():
    c = Ctx(kid_age=(1, 16))
    side = ch(["mor", "far"])
    base = c.mor if side == "mor" else c.far
    c.rel = ch(["mormor og morfar", "farmor og farfar", "moster og hendes mand", "faster og hendes mand",
                "morbror og hans kone", "en familieven og hendes mand"])
    by = base.dob_d.year
    if c.rel.startswith(("mormor", "farmor")):
        r1, r2 = (by - 42, by - 19), (by - 46, by - 19)
    else:
        r1, r2 = (by - 12, min(2003, by + 10)), (by - 14, min(2003, by + 10))
    c.g1 = Person(base.origin, "f", r1, last=base.last if chance(0.6) else None, muni=c.mu).set_addr()
    c.g2 = Person(base.origin if chance(0.8) else wchoice(ORIGIN_WEIGHTS), "m", r2, last=c.g1.last, muni=c.mu)
    c.g2._addr = c.g1._addr
    c.g1.role, c.g2.role = "plejemor", "plejefar"
    c.g2.digits2 = c.g1.digits2
    c.extra = Person(base.origin, ch("fm"), (min(c.g1.dob_d.year + 20, 2008), min(c.g1.dob_d.year + 38, 2009)), last=c.g1.last)
    c.extra._addr = c.g1._addr
    c.doc = pro()
    c.uncle = Person(base.origin, "m", (1975, 1995), muni=c.mu).set_addr()
    return c


JOBS = ["SOSU-assistent på et plejecenter", "buschauffør", "pædagogmedhjælper", "førtidspensionist",
        "folkepensionist", "lagerarbejder", "selvstændig tømrer", "kontorassistent i en bank", "rengøringsassistent",
        "sygeplejerske på nattevagt", "lastbilchauffør", "efterlønsmodtager", "tandlægesekretær", "landmand"]


def net_assess():
    c = net_cast()
    k = c.kid
    head = [f"Vurdering af netværksplejefamilie ({c.rel})\nBarn: {k.full()}, {k.cpr()}\nUdarbejdet {c.d()} af {c.sb.full()}"]
    body = [
        f"{c.g1.full()} ({c.age(c.g1)} år) og {c.g2.full()} ({c.age(c.g2)} år) har tilbudt at have {k.fn()} boende, mens {c.mor.fn()} er i behandling.",
        f"Parret bor i eget rækkehus på {c.g1.adr()} med tre værelser og have. {k.fn()} vil få sit eget værelse på første sal.",
        f"{c.g1.fn()} arbejder som {ch(JOBS)} og {c.g2.fn()} som {ch(JOBS)}. Økonomien er stabil, og de har ingen gæld ud over huslånet.",
        f"Helbred: {c.g1.fn()} har sukkersyge, som er velreguleret. {c.g2.fn()} blev opereret i ryggen sidste år. Egen læge, {c.doc.full()}, har givet samtykke til at udtale sig.",
        f"I husstanden bor også parrets {son(c.extra)}, {c.extra.full()}, født {c.extra.dob()}, som læser på en erhvervsskole.",
        f"{c.g1.fn()} kan kontaktes på {c.g1.tel()} og {c.g2.fn()} på {c.g2.tel()}. Fastnet: {c.g1.tel(second=True)}. Mail: {c.g1.mail()}.",
        f"Forholdet til {c.mor.fn()} er anstrengt. {c.mor.fn()} har sagt, at hun kun vil se {k.fn()} hos {c.g1.fn()}, hvis {c.far.fn()} ikke er til stede.",
        f"{c.far.full()} bor på {c.far.adr()} og har telefon {c.far.tel()}. Han støtter placeringen, men ønsker samvær hver anden weekend.",
        f"Der er indhentet børneattest og straffeattest på {c.g1.fn()}, {c.g2.fn()} og {c.extra.fn()}. Ingen anmærkninger.",
        f"{c.uncle.full()}, {c.uncle.adr()}, har tilbudt at aflaste en weekend om måneden.",
    ]
    tail = [f"Indstilling: Familien vurderes egnet som netværksplejefamilie efter Barnets lov § 46.\n{c.sbsig()}"]
    return head, body + x_network(c), tail, False, "\n\n"


def net_kv():
    c = net_cast()
    head = [f"Ansøgning om godkendelse som netværksplejefamilie – {c.muni}"]
    body = [
        f"Ansøger 1\nNavn: {c.g1.full()}\nCPR-nr.: {c.g1.cpr()}\nAdresse: {c.g1.adr()}\nTlf.: {c.g1.tel()}\nE-mail: {c.g1.mail()}\nBeskæftigelse: {ch(JOBS)}",
        f"Ansøger 2\nNavn: {c.g2.full()}\nCPR-nr.: {c.g2.cpr()}\nTlf.: {c.g2.tel()}\nE-mail: {c.g2.mail()}\nBeskæftigelse: {ch(JOBS)}",
        f"Øvrige i husstanden: {c.extra.full()}, f. {c.extra.dob()}",
        f"Barnet: {c.kid.full()}, født {c.kid.dob()}, cpr {c.kid.cpr()}",
        f"Relation: {c.rel}",
        f"Mor: {c.mor.full()}, {c.mor.adr()}, tlf. {c.mor.tel()}",
        f"Far: {c.far.full()}, {c.far.tel()}",
        f"Helbred: {c.g1.fn()} har astma; {c.g2.fn()} ingen kendte sygdomme. Lægeerklæring fra {c.doc.full()}, tlf. {c.doc.tel()}.",
        f"Reference: {c.uncle.full()}, {c.uncle.tel()}",
        f"Sagsbehandler: {c.sb.full()} ({work_mail(c.sb, c.mu)})",
    ]
    return head, body + x_network(c), [], True, "\n"


def net_table():
    c = net_cast()
    head = [f"Netværkskort for {c.kid.full()} ({c.age(c.kid)} år) – udarbejdet på netværksmøde {c.d(20)}\n\nNavn | Relation | Telefon | Adresse"]
    people = [(c.mor, "mor"), (c.far, "far"), (c.g1, "plejemor (netværk)"), (c.g2, "plejefar (netværk)"),
              (c.uncle, "onkel"), (c.extra, "kusine/fætter"), (Person(c.o, "f", (1960, 1985)).set_addr(), "gudmor"),
              (Person(c.o, "m", (1965, 1990)).set_addr(), "fodboldtræner")]
    body = []
    for p, rel in people:
        body.append(f"{p.full()} | {rel} | {p.tel()} | {p.adr(ch(['full', 'street', 'nopc']))}")
    tail = [f"Tovholder: {c.sb.full()}, {c.sb.tel()}"]
    return head, body + x_network(c), tail, True, "\n"


def net_letter():
    c = net_cast()
    head = [f"{c.g1.full()} og {c.g2.full()}\n{c.g1.adr('twoline')}\n\n{c.muni}\nBørn og Unge\n{c.d()}"]
    body = [
        f"Kære {c.g1.fn()} og {c.g2.fn()}",
        f"Tak for et godt møde i jeres hjem. Som aftalt sender jeg her et kort resumé af det, vi talte om vedrørende {c.kid.full()}.",
        f"I har givet udtryk for, at I gerne vil have {c.kid.fn()} boende hos jer, og at {c.extra.fn()} også er glad for det.",
        f"Vi skal bruge en kopi af jeres lægeerklæringer. {c.doc.full()} har oplyst, at de kan sendes direkte til mig på {work_mail(c.sb, c.mu)}.",
        f"Samvær med {c.mor.fn()} foregår foreløbig hos jer hver onsdag. {c.mor.fn()} har fået jeres fastnetnummer, {c.g1.tel(second=True)}, men ikke jeres mobilnumre.",
        f"{c.far.fn()} har bedt om at få {c.kid.fn()} med til sin {ch(['mor', 'bror', 'søster'])} i {ch(['Vejle', 'Skive', 'Holstebro', 'Køge'])} en weekend. Det tager vi op på næste møde.",
        f"Jeg ringer til {c.g1.fn()} på {c.g1.tel()} i næste uge for at aftale det videre forløb.",
    ]
    tail = [f"Med venlig hilsen\n\n{c.sb.full()}\nSocialrådgiver\nDirekte tlf. {c.sb.tel()}"]
    return head, body + x_network(c), tail, True, "\n\n"


def net_visit():
    c = net_cast()
    k = c.kid
    head = [f"Notat fra hjemmebesøg hos {c.g1.full()}, {c.g1.adr()}\nDeltagere: {c.g1.fn()}, {c.g2.fn()}, {k.fn()}, {c.sb.full()} (sagsbehandler)"]
    body = [
        f"Vi mødtes kl. {c.t()}. {k.fn()} viste sit værelse frem og fortalte, at {he(k)} sover godt og har fået nye venner på vejen.",
        f"{c.g2.fn()} fortalte, at {c.mor.fn()} ringede sent fredag fra et ukendt nummer ({c.mor.tel(second=True)}) og var beruset.",
        f"{c.g1.fn()} ønsker hjælp til at sætte grænser for {c.mor.gen('f')} kontakt. Vi aftalte, at samvær altid aftales via mig.",
        f"{c.far.full()} kom forbi uanmeldt i sidste uge. Han bor nu hos sin kæreste på {c.far.adr()}.",
        f"{k.fn()} har fået en ny læge, {c.doc.full()}, som også er familiens læge. Konsultationen har tlf. {c.doc.tel()}.",
        f"{c.extra.fn()} (f. {c.extra.dob()}) hjælper med lektier og kører {k.fn()} til fodbold.",
        f"Familien har brug for en ny autostol og tøjpenge. {c.g1.fn()} sender kvitteringer til {work_mail(c.sb, c.mu)}.",
    ]
    return head, body + x_network(c), [c.sbsig()], True, "\n\n"


# ====================================================================== 3 adoption / origins
ADOPT_ORIGINS = ["vn", "th", "ph", "pl", "ro", "ua", "dk", "gl", "er", "so", "tr", "ba"]


def adopt_cast():
    c = Ctx(origin="dk", nkids=1, kid_age=(14, 17))
    c.bo = ch(ADOPT_ORIGINS)
    c.adoptee = Person(c.bo, ch("fm"), (1975, 2006), last=None)
    ay = c.adoptee.dob_d.year
    c.adoptee.orig = c.adoptee.first
    c.adoptee.first = ch(["Sofie", "Anna", "Maja", "Line", "Mette", "Julie", "Louise"] if c.adoptee.sex == "f"
                         else ["Mikkel", "Jonas", "Emil", "Kristian", "Thomas", "Anders", "Rasmus"])
    c.adoptee.first2 = c.adoptee.first
    c.adoptee.nick = None
    c.bmother = Person(c.bo, "f", (ay - 38, ay - 16))
    c.bfather = Person(c.bo, "m", (ay - 48, ay - 18))
    c.sib = Person(c.bo, ch("fm"), (c.bmother.dob_d.year + 16, min(2012, c.bmother.dob_d.year + 40)), last=c.bmother.last)
    while c.sib.first == c.adoptee.first:
        c.sib = Person(c.bo, ch("fm"), (c.bmother.dob_d.year + 16, min(2012, c.bmother.dob_d.year + 40)), last=c.bmother.last)
    c.am = Person("dk", "f", (ay - 45, ay - 26), muni=c.mu).set_addr()
    c.af = Person("dk", "m", (ay - 48, ay - 26), last=c.am.last, muni=c.mu)
    c.af._addr = c.am._addr
    c.adoptee.last = c.am.last
    c.adv = pro()
    c.adoptee.set_addr()
    return c


def adopt_file():
    c = adopt_cast()
    a = c.adoptee
    head = [f"Adoptionssag – resumé af akter\nJournal: {c.muni}, {ch(['Familieafdelingen', 'Børn og Familie', 'Adoptionsrådgivningen'])}"]
    body = [
        f"Adopteret: {N(a.first2 + ' ' + a.last)} (oprindeligt navn {N(a.orig + ' ' + c.bmother.last)})",
        f"Født: {a.dob()} i {FOREIGN_CITY[c.bo]}, {FOREIGN_COUNTRY[c.bo]}",
        f"CPR tildelt ved ankomst: {a.cpr()}",
        f"Adoptivmor: {c.am.full()}, f. {c.am.dob()}, cpr {c.am.cpr()}",
        f"Adoptivfar: {c.af.full()}, f. {c.af.dob()}",
        f"Adoptivforældrenes adresse: {c.am.adr()}",
        f"Biologisk mor: {c.bmother.full()}, f. {c.bmother.dob()}, sidst kendte adresse {c.bmother.fadr()}",
        f"Biologisk far: {c.bfather.full() if chance(0.6) else 'ukendt'}",
        f"Helsøskende: {c.sib.full()}, født {c.sib.dob()}",
        f"Kontaktperson i formidlende organisation: {c.adv.full()}, {c.adv.tel()}",
        f"Bemærkning: {N(a.first2)} har som voksen bedt om aktindsigt. Kontakt: {a.mail()}, tlf. {a.tel()}.",
    ]
    return head, body + x_adoption(c), [f"Udskrevet {c.d()} af {c.sb.full()}"], True, "\n"


def adopt_letter():
    c = adopt_cast()
    a = c.adoptee
    if c.bo in ("dk", "gl") or chance(0.5):
        head = [f"{c.am.adr('twoline')}\n{c.d(style='long')}\n\nKære {c.bmother.fn()}"]
        body = [
            f"Det er nu {ch(['to', 'tre', 'fem'])} år siden, vi sidst skrev til dig. {N(a.first2)} er blevet voksen og bor nu for sig selv.",
            f"{he(a).capitalize()} fyldte år den {a.dob('long')}, og vi tænkte meget på dig den dag.",
            f"{N(a.first2)} spørger tit til {c.sib.fn()}, som vi tror er {hans(a)} {'søster' if c.sib.sex == 'f' else 'bror'}. Vi har fundet ud af, at {c.sib.fn()} måske bor på {c.sib.fadr()}. Passer det?",
            f"Hvis du har lyst, kan du skrive til os på {c.am.mail()} eller ringe til {c.am.fn()} på {c.am.tel('p45')}.",
            f"Vi har vedlagt et billede fra sommerferien. {c.af.fn()} siger hils.",
            f"Vores kontakt i kommunen er {c.sb.full()}, som har hjulpet med at oversætte dit sidste brev.",
        ]
        tail = [f"Mange kærlige hilsner\n{c.am.fn()}, {c.af.fn()} og {N(a.first2)}"]
    else:
        head = [f"Dear {c.am.fn()} and {c.af.fn()},"]
        body = [
            f"Thank you for the letter and the photos of {N(a.first2)}. I cried when I saw them.",
            f"I still live in {FOREIGN_CITY[c.bo]}. My new address is {c.bmother.fadr()}.",
            f"My phone is {c.bmother.ftel()}, and my {'daughter' if c.sib.sex == 'f' else 'son'} {c.sib.fn()} can help with English. {'Her' if c.sib.sex == 'f' else 'His'} e-mail is {c.sib.mail()}.",
            f"{c.sib.fn()} was born on {c.sib.dob('en1')}. {'She' if c.sib.sex == 'f' else 'He'} asks about {N(a.first2)} every day.",
            f"Please tell {N(a.first2)} that I think of {'her' if a.sex == 'f' else 'him'} on {a.dob('en2')} every year.",
            f"I would like to meet if the office in Denmark can help. The lady there, {c.sb.full()}, gave me her number, {c.sb.tel('p45')}.",
        ]
        tail = [f"With love,\n{c.bmother.full()}"]
    return head, body + x_adoption(c), tail, True, "\n\n"


def adopt_search():
    c = adopt_cast()
    a = c.adoptee
    head = [f"Notat: Søgning efter biologisk familie\nAnsøger: {N(a.first2 + ' ' + a.last)}, cpr {a.cpr()}, {a.adr()}\nSagsbehandler: {c.sb.full()}"]
    body = [
        f"{N(a.first2)} henvendte sig {c.d(60)} og ønsker hjælp til at finde sin biologiske mor og eventuelle søskende.",
        f"I de gamle akter står moren som {c.bmother.caps()}, født {c.bmother.dob()}. Fødestedet er angivet som {FOREIGN_CITY[c.bo]}.",
        f"Ambassaden har oplyst en mulig adresse: {c.bmother.fadr()}. Telefonnummer ifølge naboer: {c.bmother.ftel()}.",
        f"Der er fundet {'en mulig halvsøster' if c.sib.sex == 'f' else 'en mulig halvbror'}, {c.sib.full()} (f. {c.sib.dob()}), som bor i Danmark på {c.sib.adr()}.",
        f"{c.sib.fn()} er kontaktet via {c.sib.mail()} og har svaret, at {he(c.sib)} gerne vil mødes.",
        f"Biologisk far er i akterne nævnt som {c.bfather.full()}. Der er ikke fundet yderligere oplysninger.",
        f"Adoptivmor, {c.am.full()} ({c.am.tel()}), deltager gerne i det første møde.",
        f"{N(a.first2)} ønsker at blive kontaktet på {a.tel()} eller {a.mail()}.",
    ]
    return head, body + x_adoption(c), [c.sbsig()], True, "\n\n"


def adopt_record():
    c = adopt_cast()
    a = c.adoptee
    clerk = Person(c.bo, ch("fm"), (1930, 1970))
    head = [f"Afskrift af {ch(['fødselsattest', 'udenlandsk fødselsregistrering', 'børnehjemsjournal'])} (oversat, {FOREIGN_COUNTRY[c.bo]})"]
    body = [
        f"Barnets navn: {N(a.orig + ' ' + c.bmother.last)}",
        f"Fødselsdato: {a.dob(ch(['roman', 'dots', 'en2', 'iso']))}",
        f"Fødested: {FOREIGN_CITY[c.bo]}",
        f"Mor: {c.bmother.full()}, født {c.bmother.dob(ch(['roman', 'dots', 'en2']))}",
        f"Mors bopæl: {c.bmother.fadr()}",
        f"Far: {c.bfather.full()}, født {c.bfather.dob()}",
        f"Indleveret af: {clerk.full()}, jordemoder",
        f"Senere påtegning: barnet overgivet til adoption, modtaget i Danmark {c.d(style='long') if False else 'samme år'}.",
        f"Dansk cpr: {a.cpr()}",
        f"Adoptivforældre: {c.am.full()} og {c.af.full()}, {c.am.adr()}",
        f"Oversat af {c.adv.full()}, {c.adv.mail()}",
    ]
    return head, body + x_adoption(c), [], True, "\n"


# ====================================================================== 4 colleagues chat / hand-over
def chat_cast():
    c = Ctx()
    c.col = pro(c.mu)
    c.col2 = pro(c.mu)
    return c


def chat_teams():
    c = chat_cast()
    a, b = c.sb, c.col
    h = R.randint(8, 14)
    m = R.randint(0, 40)

    def ts(i):
        return f"[{h + (m + 3 * i) // 60:02d}:{(m + 3 * i) % 60:02d}]"

    def who(p):
        return ch([p.full(), p.fn(), p.full()])

    k = c.kid
    lines = [
        f"{a.full()}: hej {b.fn() if chance(0.7) else N(b.first.lower())}, har du 2 min? det er om {k.full()}",
        f"{b.full()}: ja ja, skyd",
        f"{a.full()}: mor ({c.mor.full()}) har ringet 3 gange i dag fra {c.mor.tel()} – hun vil have samværet flyttet",
        f"{b.full()}: hun har også skrevet til mig på {c.mor.mail()}. far ved ikke noget endnu",
        f"{a.full()}: har du fars nye nummer? jeg har kun det gamle {c.far.tel(second=True)}",
        f"{b.full()}: {c.far.tel()} – men han tager den sjældent før kl 10",
        f"{a.full()}: tak! og hvad er {k.gen('f')} cpr igen, jeg kan ikke finde sagen i DUBU",
        f"{b.full()}: {k.cpr()} – husk det er {c.kids[-1].fn()} der har den gamle sag",
        f"{a.full()}: super. skal vi tage den på teammødet med {c.tl.fn()}?",
        f"{b.full()}: ja. og btw – mor er flyttet til {c.mor.adr(ch(['sloppy', 'street', 'full']))}, skal rettes",
        f"{a.full()}: 👍 jeg ringer til {c.tl.fn()} på {c.tl.tel()} bagefter",
        f"{b.full()}: {c.col2.fn()} har også været inde over, spørg {him(c.col2)} evt. på {work_mail(c.col2, c.mu)}",
    ]
    for j, x in enumerate(x_chat(c)):
        lines.append(f"{(a if j % 2 == 0 else b).full()}: {x}")
    body = [f"{ts(i)} {l}" for i, l in enumerate(lines)]
    head = [ch([f"Teams – chat ({c.d(style='dots')})", "Kopieret fra Teams:", f"Chat med {b.full()}"])]
    return head, body, [], True, "\n"


def chat_handover():
    c = chat_cast()
    head = [f"Overdragelsesnotat\nFra: {c.sb.full()} – Til: {c.col.full()}\nDato: {c.d()}\n\nJeg går på barsel fra {c.d(0, 30)}. Her er status på mine sager:"]
    body = []
    for i in range(R.randint(5, 7)):
        cc = Ctx()
        k = cc.kid
        body.append(ch([
            f"{i + 1}. {k.full()} ({k.cpr()}) – § 32-sag. Mor {cc.mor.full()}, tlf. {cc.mor.tel()}. Mangler opfølgning på skoleudtalelse.",
            f"{i + 1}. {k.lastfirst()}, f. {k.dob()}. Anbragt hos plejefamilie. Far, {N(cc.far.first)}, ringer ofte ({cc.far.tel()}) – vær tydelig.",
            f"{i + 1}. {k.full()}{' og ' + cc.kids[-1].fn() if len(cc.kids) > 1 else ''}, {cc.mor.adr()}. Børnefaglig undersøgelse frist snart. Mor skriver fra {cc.mor.mail()}.",
            f"{i + 1}. {k.caps()} – underretning fra skolen. Forældre: {cc.mor.full()} og {cc.far.full()} ({cc.far.tel()}). Samtale med barnet mangler.",
            f"{i + 1}. {k.full()}, cpr {k.cpr()}, {cc.mor.adr()}. Afslutning af sagen kan ske, når {cc.mor.fn()} har skrevet under.",
        ]))
    tail = [f"Ring endelig, hvis der er noget: {c.sb.tel()} (privat, kun i nødstilfælde). /{c.sb.ini()}"]
    return head, body + x_chat(c), tail, True, "\n"


def chat_holiday():
    c = chat_cast()
    k = c.kid
    head = [f"Emne: Ferie – mine sager uge {R.randint(27, 32)}\n\nHej {c.col.fn()} og {c.col2.fn()}"]
    body = [
        f"Jeg holder ferie fra mandag. Akutte henvendelser går til {c.tl.full()} på {c.tl.tel()} eller {work_mail(c.tl, c.mu)}.",
        f"Vær opmærksom på {k.full()} ({c.age(k)} år). Mor, {c.mor.full()}, har fået ny adresse: {c.mor.adr()}. Far må ikke få den.",
        f"Plejemor i sagen om {c.kids[-1].fn()}, {Person(sex='f').full()}, ringer muligvis om lommepenge – hun har nr. {Person().tel()}.",
        f"{c.far.full()} (cpr {c.far.cpr()}) har møde i Familieretshuset i næste uge. Jeg har lovet at sende en udtalelse, men den ligger i kladde.",
        f"Skolelæreren {Person(sex='f').full()} har ringet om fravær. Hun kan fanges på {Person().tel()} efter kl. 14.",
        f"Spørgsmål: Er der nogen, der kender {c.mor.gen('f')} advokat? Han hedder vist {Person(sex='m').full()}.",
        f"Min privatmail er {c.sb.mail()}, hvis det brænder helt på.",
    ]
    tail = [f"God sommer!\n{c.sb.fn()}"]
    return head, body + x_chat(c), tail, False, "\n\n"


def chat_skype():
    c = chat_cast()
    a, b = c.sb, c.tl
    h = R.randint(8, 15)
    k = c.kid
    lines = [
        (a, f"{b.fn()} – kan jeg få godkendt en akut anbringelse af {k.full()} i aften?"),
        (b, f"hvad er situationen?"),
        (a, f"politiet har været på {c.mor.adr('street')} – mor meget påvirket. Barnet er hos naboen {Person().full()}"),
        (b, f"ok. har du talt med far?"),
        (a, f"ja, {c.far.fn()} er i {FOREIGN_COUNTRY[c.far.origin]}, men kan nås på {c.far.ftel()}"),
        (b, f"godkendt. skriv det ind og send mig cpr, så underskriver jeg"),
        (a, f"{k.cpr()} / mor {c.mor.cpr()}"),
        (b, f"tak. hvem kører?"),
        (a, f"{c.col.full()} tager med – {hans(c.col)} nr er {c.col.tel()}"),
        (b, f"👍 ring hvis der er noget. jeg er på {b.tel()} hele aftenen"),
    ]
    for j, x in enumerate(x_chat(c)):
        lines.append((a if j % 2 == 0 else b, x))
    body = []
    mm = R.randint(0, 10)
    for i, (p, t) in enumerate(lines):
        nmf = ch([p.full(), p.fn()]) if i < 2 else p.fn()
        body.append(f"{nmf}, {h + (mm + 2 * i) // 60}:{(mm + 2 * i) % 60:02d}: {t}")
    return [ch(["Skype-samtale (kopieret ind i journal)", "Fra Skype for Business:"])], body, [], True, "\n"


# ====================================================================== 5 family treatment
def ft_cast():
    c = Ctx(nkids=ch([2, 2, 3]))
    c.th = pro()
    c.th2 = pro()
    c.mm = Person(c.mor.origin, "f", (c.mor.dob_d.year - 42, c.mor.dob_d.year - 19)).set_addr()
    c.ff = Person(c.far.origin, "m", (c.far.dob_d.year - 45, c.far.dob_d.year - 19), last=c.far.last)
    c.mm.role, c.ff.role = "mormor", "farfar"
    c.step = Person(wchoice(ORIGIN_WEIGHTS), "m", (1975, 1995))
    return c


def ft_session():
    c = ft_cast()
    k1, k2 = c.kids[0], c.kids[1]
    n = R.randint(3, 12)
    head = [f"Familiebehandling – sessionsnotat nr. {n}\nFamilie: {c.mor.full()}, {c.far.full()}, {c.kidlist()}\nBehandler: {c.th.full()}"]
    body = [
        f"Til stede: {c.mor.fn()}, {c.far.fn()}, {k1.fn()} og {k2.fn()}. {c.far.fn()} kom 20 minutter for sent.",
        f"{c.mor.fn()}: \"Jeg føler, at jeg står alene med det hele om morgenen.\" {c.far.fn()} svarede, at han jo arbejder fra kl. 6.",
        f"{k1.fn()} ({c.age(k1)} år) sagde, at {he(k1)} ikke gider være hjemme, når de skændes, og hellere vil sove hos {c.mm.fn()}.",
        f"{k2.fn()} sad det meste af tiden på {c.gen_mor()} skød og tegnede. På tegningen var der et hus med regn over.",
        f"Vi talte om skænderiet i weekenden. {c.far.fn()} erkendte, at han råbte. {c.mor.fn()} græd.",
        f"Hjemmeopgave: Hver aften skal {k1.fn()} vælge én ting, familien har gjort godt. {c.far.fn()} skriver det på køleskabet.",
        f"{c.mm.full()} (mormor) har ringet til mig fra {c.mm.tel()} og vil gerne deltage næste gang. Det drøftes med forældrene.",
        f"Næste session: {c.d(0, 21)} kl. {c.t()}. Afbud til {c.th.tel()} eller {c.th.mail(dom=c.mu[1], work=True)}.",
    ]
    return head, body + x_ft(c), [f"/{c.th.ini()}"], True, "\n\n"


def _gen_mor(self):
    return self.mor.gen("f")


Ctx.gen_mor = _gen_mor


def ft_genogram():
    c = ft_cast()
    head = [f"Genogram (tekstversion) – familien {c.far.ln()}\nUdarbejdet af {c.th.full()} i samarbejde med familien"]
    body = [
        f"1. generation:\n– Morfar: {Person(c.mor.origin, 'm', (c.mor.dob_d.year - 45, c.mor.dob_d.year - 20), last=c.mor.last).full()}, død for {R.randint(2, 15)} år siden.\n– Mormor: {c.mm.full()}, f. {c.mm.dob()}, bor på {c.mm.adr()}.",
        f"– Farfar: {c.ff.full()}, f. {c.ff.dob()}, tidligere alkoholmisbrug, ingen kontakt.\n– Farmor: {Person(c.far.origin, 'f', (c.far.dob_d.year - 42, c.far.dob_d.year - 19), last=c.far.last).full()}, tlf. {Person().tel()}.",
        f"2. generation:\n– Mor: {c.mor.full()}, f. {c.mor.dob()}, {ch(['uddannet frisør', 'studerende', 'ledig', 'butiksassistent'])}.\n– Far: {c.far.full()}, f. {c.far.dob()}, {ch(['tømrer', 'chauffør', 'ledig', 'IT-supporter'])}.",
        f"– Mors bror: {Person(c.mor.origin, 'm', (c.mor.dob_d.year - 8, c.mor.dob_d.year + 8), last=c.mor.last).full()}, tæt kontakt.\n– Mors tidligere partner: {c.step.full()}, far til ingen af børnene.",
        f"3. generation:\n" + "\n".join(f"– {k.full()}, f. {k.dob()}" for k in c.kids),
        f"Relationer: konfliktfyldt mellem {c.mor.fn()} og {c.ff.fn()}. Tæt bånd mellem {c.kids[0].fn()} og {c.mm.fn()}.",
        f"Kontaktoplysninger: {c.mor.fn()} {c.mor.tel()}, {c.far.fn()} {c.far.tel()}, behandler {c.th.tel()}.",
    ]
    return head, body + x_ft(c), [], True, "\n"


def ft_sculpture():
    c = ft_cast()
    k1, k2 = c.kids[0], c.kids[1]
    head = [f"Familieskulptur – session {c.d(style='dots')}\nBehandlere: {c.th.full()} og {c.th2.full()}"]
    body = [
        f"{k1.fn()} blev bedt om at stille familien op, som {he(k1)} oplever den derhjemme.",
        f"{he(k1).capitalize()} placerede {c.far.fn()} ved døren med ryggen til og {c.mor.fn()} midt i rummet med {k2.fn()} i hånden.",
        f"Sig selv stillede {k1.fn()} i hjørnet ved vinduet. Da {c.th2.fn()} spurgte, hvorfor, sagde {he(k1)}: \"Så kan jeg se, når {c.far.fn()} kommer hjem.\"",
        f"{c.mor.fn()} blev meget berørt og sagde, at hun ikke vidste, at {k1.fn()} havde det sådan.",
        f"Vi bad {k1.fn()} stille familien op, som {he(k1)} gerne vil have det. Nu stod alle tæt, og mormor {N(c.mm.first)} fik en plads lige bag {k2.fn()}.",
        f"{c.far.fn()} sagde bagefter: \"Jeg har aldrig tænkt over, at jeg står ved døren.\"",
        f"Aftale: {c.mor.fn()} og {c.far.fn()} taler sammen hjemme om, hvad skulpturen viste. {c.th.fn()} ringer til {c.mor.fn()} på {c.mor.tel()} torsdag.",
    ]
    return head, body + x_ft(c), [f"{c.th.full()}, familiebehandler, {c.th.tel()}"], True, "\n\n"


def ft_homework():
    c = ft_cast()
    head = [f"Hjemmeopgave til familien {c.far.ln()} / {c.mor.ln()}\nFra: {c.th.full()} ({c.th.mail(dom=c.mu[1], work=True)})"]
    body = [
        f"Til {c.mor.fn()} og {c.far.fn()}: Skriv hver dag én situation ned, hvor I lykkedes med at holde roen.",
        f"Til {c.kids[0].fn()}: Tegn de tre huse – bekymringer, gode ting og drømme – og tag tegningen med næste gang.",
        f"Til {c.kids[1].fn()}: Vælg en aftenhistorie, som {c.far.fn()} læser højt tre aftener i træk.",
        f"Husk: {c.mm.fn()} må gerne hjælpe, men I bestemmer selv, hvor meget hun skal vide.",
        f"Kontaktliste:\n{c.mor.full()} – {c.mor.tel()}\n{c.far.full()} – {c.far.tel()}\n{c.th.full()} – {c.th.tel()}\n{c.th2.full()} (vikar) – {c.th2.tel()}",
        f"Hvis det brænder på uden for åbningstid, ring til den sociale døgnvagt via 112 eller {c.mu[2]} (kommunens hovednummer).",
        f"Næste møde er hjemme hos jer på {c.mor.adr()}.",
    ]
    return head, body + x_ft(c), [], True, "\n\n"


# ====================================================================== 6 after-hours emergency service
def sv_cast():
    c = Ctx(kid_age=(3, 17))
    c.vagt = pro()
    c.vagt2 = pro()
    c.hosp = ch(HOSPITALS)
    return c


def sv_call(c, h, m):
    cc = Ctx(kid_age=(2, 17))
    cc.mu = c.mu
    k = cc.kid
    pol = pro()
    nurse = pro()
    nb = Person()
    return ch([
        f"{h:02d}.{m:02d} – {c.mu[3]}, vagthavende {pol.full()} ({pol.tel()}): husspektakel på {cc.mor.adr()}. {k.full()} ({cc.age(k)} år) hentet af plejefamilie. Mor {cc.mor.full()} anholdt.",
        f"{h:02d}.{m:02d} – Skadestuen på {c.hosp}, sygeplejerske {nurse.full()}, tlf. {nurse.tel()}: {k.full()}, cpr {k.cpr()}, indlagt med forgiftning. Forældre ikke til stede.",
        f"{h:02d}.{m:02d} – Nabo {nb.full()} ringer fra {nb.tel()} om råb og gråd fra lejligheden ved siden af, {cc.mor.adr('street')}. Politi sendt.",
        f"{h:02d}.{m:02d} – {k.fn()} ({cc.age(k)} år) ringer selv fra {P(phone_text(new_digits()))} og vil ikke hjem til far. Er hos veninde, {nb.adr()}. Callback aftalt.",
        f"{h:02d}.{m:02d} – Mor {cc.mor.full()}, f. {cc.mor.dob()}, ringer og siger, at {k.fn()} ikke er kommet hjem. Callback {cc.mor.tel()}.",
        f"{h:02d}.{m:02d} – Politiet bringer {k.full()} (f. {k.dob()}) til akutinstitution. Far {cc.far.full()} orienteret på {cc.far.tel()}.",
        f"{h:02d}.{m:02d} – Ringet til morbror {nb.full()}, {nb.adr()}, som kan have {k.fn()} til i morgen. Tlf. {nb.tel()}.",
    ])


def sv_log():
    c = sv_cast()
    head = [f"Socialvagten – vagtlog {c.d(style='dots')} (aften/nat)\nVagthavende: {c.vagt.full()}, {c.vagt.tel()}. Bagvagt: {c.vagt2.full()}"]
    h, m = 17, R.randint(0, 50)
    body = []
    for i in range(9):
        body.append(sv_call(c, h % 24, m))
        m += R.randint(15, 90)
        h += m // 60
        m %= 60
    tail = [f"Log afsluttet kl. 08.00. Overdraget til dagholdet pr. mail fra {c.vagt.mail(dom=c.mu[1], work=True)}. /{c.vagt.ini()}"]
    return head, body + x_sv(c), tail, True, "\n"


def sv_single():
    c = sv_cast()
    k = c.kid
    pol = pro()
    head = [f"Henvendelse til den sociale døgnvagt\nModtaget: {c.d(style='dots')} kl. {c.t()}\nModtaget af: {c.vagt.full()}"]
    body = [
        f"Anmelder: {pol.full()}, {c.mu[3]}",
        f"Callback: {pol.tel()}",
        f"Barn: {k.full()}, cpr {k.cpr()}",
        f"Forældre: {c.mor.full()} (tlf. {c.mor.tel()}) og {c.far.full()} (tlf. {c.far.tel()})",
        f"Adresse: {c.mor.adr()}",
        f"Situation: Mor fundet bevidstløs i opgangen. {k.fn()} var alene hjemme med {c.kids[-1].fn() if len(c.kids) > 1 else 'hunden'}.",
        f"Handling: Barnet kørt til {c.hosp} til observation. Mormor {c.gm().full()} kontaktet på {c.gm().tel()}; hun bor på {c.gm().adr()}.",
        f"Opfølgning: Sagsbehandler {c.sb.full()} orienteres i morgen på {work_mail(c.sb, c.mu)}.",
    ]
    return head, body + x_sv(c), [f"/{c.vagt.ini()}"], True, "\n"


def sv_handover():
    c = sv_cast()
    k = c.kid
    pol = pro()
    head = [f"Fra: Socialvagten <{c.vagt.mail(dom=c.mu[1], work=True)}>\nTil: {c.sb.full()}\nEmne: Nattens henvendelse – {k.full()}\n\nGodmorgen {c.sb.fn()}"]
    body = [
        f"I nat kl. {c.t()} ringede {pol.full()} fra {c.mu[3]} (direkte {pol.tel()}) om {k.full()}, f. {k.dob()}.",
        f"{k.fn()} var stukket af fra {c.mor.adr()} efter et skænderi med {c.mor.gen('f')} kæreste, {c.step().full()}.",
        f"Vi fik fat i {c.far.full()} på {c.far.tel()}. Han hentede {k.fn()} kl. ca. {c.t()} og kørte {him(k)} hjem til sig selv på {c.far.adr()}.",
        f"{c.mor.fn()} ringede senere fra {c.mor.tel()} og var vred over, at far var blevet inddraget.",
        f"{k.fn()} har selv givet sit nummer, {P(phone_text(new_digits(), 'spoken'))}, som {he(k)} læste det op i telefonen, og vil gerne ringes op i dag.",
        f"Skolen bør orienteres. Kontaktlærer er ifølge far {Person().full()}.",
    ]
    tail = [f"Mvh\n{c.vagt.full()}\nDen sociale døgnvagt\nVagttelefon (intern): {c.vagt.tel()}"]
    return head, body + x_sv(c), tail, True, "\n\n"


def _step(self):
    if not hasattr(self, "_st"):
        self._st = Person(sex="m", born=(1975, 1999))
    return self._st


Ctx.step = _step


def sv_table():
    c = sv_cast()
    head = [f"Døgnvagt – oversigt over opkald, nat til {ch(WEEKDAYS)} {c.d(style='dots')}\n\nKl. | Fra | Barn | Callback | Udfald"]
    body = []
    h = 18
    for i in range(8):
        cc = Ctx(kid_age=(2, 17))
        k = cc.kid
        src = ch(["politi", "hospital", "nabo", "barnet selv", "mor", "far", "krisecenter"])
        caller = pro() if src in ("politi", "hospital", "krisecenter") else (cc.mor if src == "mor" else cc.far if src == "far" else Person())
        callerlab = caller.full() if src not in ("barnet selv",) else k.fn()
        mi = R.randint(0, 59)
        body.append(f"{h % 24:02d}.{mi:02d} | {src}: {callerlab} | {k.full()}, {k.cpr() if chance(0.5) else 'f. ' + k.dob()} | {caller.tel()} | "
                    + ch(["hentet af mormor", "bragt til akutinstitution", "ro på, opfølgning i dag", "indlagt til observation",
                          f"kørt til {cc.mor.adr(ch(['street', 'full']))}"]))
        h += R.randint(1, 2)
    return head, body + x_sv(c), [f"Vagt: {c.vagt.full()} · {c.vagt.mail(dom=c.mu[1], work=True)}"], True, "\n"


PLANT_GENRES = {
    "shelter": [shelter_intake, shelter_kv, shelter_mail, shelter_moves, shelter_police],
    "network": [net_assess, net_kv, net_table, net_letter, net_visit],
    "adoption": [adopt_file, adopt_letter, adopt_search, adopt_record],
    "chat": [chat_teams, chat_handover, chat_holiday, chat_skype],
    "familytreatment": [ft_session, ft_genogram, ft_sculpture, ft_homework],
    "socialvagt": [sv_log, sv_single, sv_handover, sv_table],
}


# ====================================================================== extra paragraphs per genre
def _sh(lst):
    R.shuffle(lst)
    return lst


def x_shelter(c):
    pm = Person(c.partner.origin, "f", (1950, 1975), last=c.partner.last)
    return _sh([
        f"Vurdering: {c.kid.fn()} virker forsigtig og holder sig tæt til {c.mor.fn()}. Der er behov for en børnefaglig undersøgelse efter § 20, og den sættes i gang straks.",
        f"Bemærkning: {c.partner.full()} har tidligere været dømt for vold mod en ekskæreste. Politiet ved {c.pol.fn()} kan bekræfte det, hvis vi beder om det skriftligt.",
        f"Økonomi: {c.mor.fn()} får kontanthjælp og har brug for hjælp til depositum til en ny bolig. Hun sender ansøgningen fra {c.mor.mail()}.",
        f"Teamleder {c.tl.full()} er orienteret og har godkendt, at sagen prioriteres. {c.tl.fn()} kan nås på {c.tl.tel()} resten af ugen.",
        f"{c.sis.fn()} har tilbudt at hente {c.kids[-1].fn()} i børnehaven, men hun kender ikke den nye adresse og skal heller ikke have den.",
        f"{c.mor.fn()} ønsker ikke, at {c.partner.gen('f')} familie får oplysninger. Hans mor, {pm.full()}, har ringet til skolen flere gange fra {pm.tel()}.",
        f"Næste møde holdes på krisecentret med {c.staff.fn()}, {c.mor.fn()} og undertegnede. {c.mor.fn()} vil gerne have sin søster med som bisidder.",
        "Krisecentret tilbyder samtaler med børnene to gange om ugen. Det vurderes, at tilbuddet er tilstrækkeligt, indtil undersøgelsen er afsluttet.",
        "Det er drøftet i teamet, om der skal laves en sikkerhedsplan. Vi afventer politiets vurdering af risikoen, før vi beslutter noget.",
        f"{c.kids[-1].full()} er født {c.kids[-1].dob()} og har endnu ikke fået plads i en ny daginstitution.",
        f"{c.kid.fn()} har givet lov til, at skolens AKT-lærer orienteres. {c.mor.fn()} har underskrevet samtykket, og kopien ligger i sagen.",
    ])


def x_network(c):
    return _sh([
        f"{c.kid.fn()} siger selv: \"Jeg vil gerne bo hos {c.g1.fn()}, men jeg savner {c.mor.fn()} om aftenen.\" Det er drøftet med begge parter.",
        f"Vederlaget udbetales til {c.g1.gen('full')} NemKonto fra næste måned. {c.g2.fn()} har spurgt, om det påvirker hans pension.",
        f"Plejefamilien har deltaget i grundkurset for netværksplejefamilier. {c.g2.fn()} deltog kun første dag på grund af arbejde.",
        f"{c.uncle.fn()} ({c.uncle.tel()}) har tilbudt aflastning hver tredje weekend, men {c.mor.fn()} er imod det.",
        f"{c.far.fn()} ringer søndag aften på {c.g1.gen('f')} fastnet, {c.g1.tel(second=True)}. Samtalerne varer sjældent mere end ti minutter.",
        f"Skolen er orienteret om, at {c.g1.fn()} og {c.g2.fn()} nu er kontaktpersoner. Kontakten til {c.mor.fn()} går via sagsbehandleren.",
        "Det vurderes samlet, at placeringen i netværket giver barnet stabilitet og kontinuitet. Der er dog behov for tæt opfølgning det første halve år.",
        "Plejefamilien er informeret om tavshedspligt og om, at oplysninger om forældrene ikke må deles med naboer eller skole.",
        f"{c.kid.full()}, født {c.kid.dob()}, er tilmeldt sundhedsplejen i den nye kommune.",
        f"Sagsbehandler {c.sb.full()} følger op med tilsyn fire gange om året, heraf mindst én samtale alene med {c.kid.fn()}.",
        f"{c.extra.fn()} har fortalt, at {he(c.extra)} gerne deler badeværelse med {c.kid.fn()}, men ikke vil passe {him(c.kid)} om aftenen.",
    ])


def x_adoption(c):
    a = c.adoptee
    tolk = Person(c.bo)
    return _sh([
        f"{N(a.first2)} har tidligere fået rådgivning om oprindelse. Rådgiveren, {c.adv.full()}, kan kontaktes på {c.adv.mail()}.",
        f"Adoptivfar {c.af.full()} oplyser, at familien har gemt alle breve fra {c.bmother.fn()} i en kasse på loftet.",
        f"{c.sib.fn()} har sendt et billede og skrevet: \"Jeg tror, vi ligner hinanden.\" {N(a.first2)} blev glad, men også usikker.",
        f"I den gamle journal står barnet kun opført som {N(a.orig)}, uden efternavn, og med en anden fødselsdag end i de danske papirer.",
        f"{c.am.fn()} ringer fra {c.am.tel()} og spørger, om en DNA-test kan betales af kommunen.",
        "Det er vigtigt at forberede den adopterede på, at oplysningerne i de gamle akter kan være ufuldstændige eller forkerte.",
        "Kommunen tilbyder ikke selv søgning i udlandet, men kan hjælpe med at skrive til de relevante myndigheder.",
        f"Tolk ved det første møde bliver {tolk.full()}, som kan nås på {tolk.tel()}.",
        f"Sagsbehandleren {c.sb.full()} har sendt et brev til {c.bmother.full()} via ambassaden og afventer svar.",
        f"{N(a.first2)} er bekymret for, hvordan {c.am.fn()} vil reagere, hvis kontakten til {c.bmother.fn()} lykkes.",
    ])


def x_chat(c):
    adv = Person(sex="m", born=(1960, 1990))
    return _sh([
        f"PS: {c.mor.fn()} har skiftet nummer igen – det nye er {c.mor.tel()}. Det gamle virker ikke.",
        f"PPS: {c.far.fn()} har fået advokat, {adv.full()}, som skriver fra {adv.mail()}. Svar ikke, før vi har talt med {c.tl.fn()}.",
        f"Husk også, at {c.kid.fn()} fylder år i næste uge, og at {he(c.kid)} gerne vil holde det hos den gamle plejefamilie.",
        f"Hvis {c.col2.full()} spørger, så ligger referatet fra netværksmødet i sagen under {c.d(style='dots')}.",
        f"Og – {c.tl.fn()} vil gerne have ledelsestilsyn på {c.kid.gen('f')} sag inden fredag.",
        "Jeg har ikke nået at skrive journalnotat fra i går, men det kommer i morgen tidlig.",
        "Vi skal også huske at få partshøringen sendt ud, inden fristen løber ud.",
        f"Hvad var nu {c.kids[-1].gen('f')} fødselsdato? Jeg har {c.kids[-1].dob()} – passer det?",
        f"Sorry for den lange besked 🙈 Jeg er på {c.sb.tel()} hvis noget er uklart.",
        f"Til orientering: {c.far.full()} (f. {c.far.dob()}) er flyttet til {c.far.adr()}.",
    ])


def x_ft(c):
    k0, kl = c.kids[0], c.kids[-1]
    return _sh([
        f"Refleksion: {c.th2.fn()} bemærkede, at {c.far.fn()} blev mere rolig, da {kl.fn()} satte sig hos ham.",
        f"Skalering: {c.mor.fn()} placerer familien på 4, {c.far.fn()} på 6. {k0.fn()} siger 3 og kan ikke forklare hvorfor.",
        f"{c.mm.fn()} har skrevet en sms til {c.th.fn()} fra {c.mm.tel()}: \"Ring, når I kan. Jeg er bekymret for pigerne.\"",
        f"Sikkerhedsplan: Ved konflikter går {k0.fn()} ned til naboen eller ringer til {c.mm.fn()} på {c.mm.tel(second=True)}.",
        f"{c.far.fn()} fortalte om sin egen barndom med {c.ff.full()} og om at blive sendt i seng uden aftensmad.",
        "Behandleren oplever, at familien er motiveret, men at hverdagen stadig er præget af mange små konflikter om morgenen og ved sengetid.",
        "Vi aftalte at holde fokus på det, der virker, og at tale om bekymringerne næste gang, når alle er til stede.",
        f"{c.kids[0].fn()} er født {c.kids[0].dob()} og skal skifte skole efter sommerferien.",
        f"Behandlingsplanen evalueres med sagsbehandler {c.sb.full()} og familien om en måned.",
        f"{kl.fn()} ({c.age(kl)} år) har fået en lille samtalebog, hvor {he(kl)} kan skrive eller tegne til {c.th.fn()}.",
        f"{c.mor.fn()} bad om, at notatet sendes til {c.mor.mail()} og ikke til den fælles digitale postkasse.",
    ])


def x_sv(c):
    inst = Person()
    return _sh([
        f"Bagvagt {c.vagt2.full()} blev kontaktet kl. {c.t()} på {c.vagt2.tel()} og godkendte en akut anbringelse.",
        f"Akutinstitutionen har modtaget {c.kid.full()}. Nattevagten, {inst.full()}, har tlf. {inst.tel()}.",
        f"{c.far.full()} ringede igen kl. {c.t()} fra {c.far.tel(second=True)} og krævede at få barnet udleveret. Han blev henvist til dagholdet.",
        f"Mormor {c.gm().full()}, {c.gm().adr()}, kan tage børnene fra i morgen. Hun er på {c.gm().tel()}.",
        f"Dagholdets sagsbehandler, {c.sb.full()}, skal orienteres på {work_mail(c.sb, c.mu)} inden kl. 9.",
        f"{c.mor.fn()} (cpr {c.mor.cpr()}) er indlagt på {c.hosp} og kan tidligst udskrives i morgen eftermiddag.",
        "Situationen vurderes ikke at kræve yderligere handling i nat. Der er ro på, og barnet sover.",
        "Der er ikke fundet tidligere henvendelser i vagtens egen log. Dagholdet bør tjekke sagen i morgen.",
        f"Barnets fødselsdato blev oplyst som {c.kid.dob()}; cpr kunne ikke slås op fra vagtbilen.",
        f"Vagtbilen kørte fra {c.mor.adr('street')} kl. {c.t()} med {c.kid.fn()} og en pose tøj.",
    ])


# ====================================================================== clean generators
class K:
    def __init__(self):
        self.mu = ch(MUNIS)
        self.muni = self.mu[0]
        self.today = rdate(2023, 2025)
        self.ages = sorted(R.sample(range(1, 18), 3), reverse=True)
        self.town = ch(self.mu[4])[1]

    def d(self, back=10, fwd=30, style=None):
        return plain_date(self.today + datetime.timedelta(days=R.randint(-back, fwd)), style or ch(["dots", "long"]))

    def t(self):
        return f"{R.randint(0, 23):02d}.{ch(['00', '10', '15', '20', '30', '40', '45', '50'])}"

    def a(self, i=0):
        return self.ages[i]


def law():
    return ch(["Barnets lov § 32", "§ 46 i Barnets lov", "Barnets lov § 47", "§ 20, stk. 3", "§ 5, stk. 3",
               "§ 136", "§ 137, stk. 2", "§ 91", "§ 108", "§ 6 (bisidder)", "§ 3", "servicelovens § 50",
               "tidligere servicelovens § 52, stk. 3", "§ 18", "§ 19", "§ 9", "forvaltningslovens § 19",
               "§ 133", "§ 30", "§ 15"])


def amount():
    return ch([f"{R.randint(2, 48)}.{R.randint(0, 9)}{ch(['00', '50', '25', '75'])} kr.",
               f"{R.randint(150, 980)} kr.", f"kr. {R.randint(1, 19)}.{R.randint(100, 999)},00"])


def caseno(k):
    return ch([f"sagsnr. {k.today.year}-0{R.randint(1000, 9999)}", f"sag {R.randint(10, 99)}.{R.randint(10, 99)}.00-G01-{R.randint(1, 999)}-{k.today.year % 100}",
               f"j.nr. {k.today.year % 100}/{R.randint(1000, 99999)}", f"DUBU-sag {R.randint(100000, 999999)}"])


def poljnr(k):
    return f"{R.randint(1, 9)}{R.randint(100, 999)}-{R.randint(10000, 99999)}-{R.randint(10000, 99999)}-{k.today.year % 100}"


def icd():
    c, t = ch(ICD10)
    return f"{t} ({c})"


def med():
    return f"{ch(MEDICINES)} {ch(['5', '10', '18', '27', '36', '50', '500'])} mg"


def room():
    return ch([f"stue {R.randint(1, 30)}", f"afsnit {ch('ABCDE')}{R.randint(1, 9)}", f"{R.randint(0, 9)}.{ch('ABCD')}",
               f"lokale {R.randint(1, 3)}.{R.randint(10, 40)}", f"værelse {R.randint(1, 12)}"])


def pubnum(k):
    return ch(["112", "114", "1813", "Børnetelefonen på 116 111", f"kommunens hovednummer {k.mu[2]}",
               "LOKK's hotline 70 20 30 82", "lægevagten", "politiets døgnvagt (114)"])


def street():
    return ch(["ved Banegårdspladsen", f"på {ch(STREETS)}", f"nede ved {ch(STREETS)}", "ved Torvet",
               f"i krydset ved {ch(STREETS)}", "ved busstoppestedet på hovedgaden", "ved Rådhuspladsen"])


def word_lookalike():
    return ch(["i sol og regn", "efter en nat med storm", "sidst i maj", "i haven bag huset", "ude i skoven",
               "og var glad", "frem til 1. maj", "med lidt sol på altanen", "en storm af følelser",
               "en tur i skoven", "lykkelig og glad", "lige ved skovkanten"])


def cvr(k):
    return ch([f"CVR {MUNI_CVR[m]}" for m in MUNI_CVR] + [f"EAN 5798000{R.randint(100000, 999999)}"])


def kid(k, i=0, letter=None):
    return f"Barn {letter or 'ABC'[i]} ({k.a(i)} år)"


# ====================================================================== 1 shelter
def c_shelter_intake():
    k = K()
    head = [f"Indskrivningsnotat – krisecenterophold\n{k.muni}, Børn og Unge, {caseno(k)}\nDato: {k.d()}"]
    body = [
        f"Mor ({R.randint(24, 44)} år) blev indskrevet {ch(WEEKDAYS)} kl. {k.t()} sammen med {kid(k, 1)} og {kid(k, 2)}. Hun kom med taxa og havde kun en taske med.",
        f"Voldsudøver er børnenes far. Ifølge mor har han slået hende gentagne gange, senest i weekenden. {kid(k, 1)} var til stede.",
        f"Politiet ({k.mu[3]}) er orienteret, journalnr. {poljnr(k)}. Der er givet tilhold.",
        f"Der er søgt navne- og adressebeskyttelse via Folkeregistret. Børnenes nye opholdssted noteres ikke i sagen.",
        f"Mor er informeret om LOKK's hotline 70 20 30 82 og om, at hun altid kan ringe 112 ved akut fare.",
        f"Krisecentrets kontaktperson deltager i møde {k.d(0, 14)} kl. {k.t()} i lokale {R.randint(1, 4)}.{R.randint(10, 30)} på rådhuset.",
        f"Efter {law()} vurderes behov for støtte til børnene. Mor ønsker samtaler for {kid(k, 1)}.",
        f"Mor modtager {amount()} i kontanthjælp. Hun har brug for hjælp til at søge om enkeltydelse efter aktivlovens regler.",
        f"Hun fortæller, at hun første gang forlod hjemmet sidst i maj, men vendte tilbage efter få dage.",
        f"Skolen er bedt om ikke at udlevere oplysninger til far. {kid(k, 1)} går i {R.randint(1, 9)}.{ch('ABC')}.",
    ]
    return head, body + cx_shelter(k), [f"Notat skrevet af sagsbehandleren, {k.muni}"], False, "\n\n"


def c_shelter_kv():
    k = K()
    head = ["KRISECENTER – OPLYSNINGER VED INDSKRIVNING (anonymiseret)"]
    body = [
        f"Kvinde: mor, {R.randint(22, 45)} år",
        f"Børn: {kid(k, 0)}, {kid(k, 1)}",
        "Voldsudøver: tidligere samlever (far til børnene)",
        f"Politikreds: {k.mu[3]}, journalnr. {poljnr(k)}",
        f"Tilhold: givet {k.d(60, 0)}",
        "Navne- og adressebeskyttelse: ansøgt",
        f"Kommune: {k.muni}, {caseno(k)}",
        f"Hovednummer: {k.mu[2]}",
        f"Lovgrundlag: {law()}",
        f"Helbred: mor beskriver søvnbesvær; egen læge har ordineret {med()}",
        f"Økonomi: {amount()} pr. måned",
        "Bemærkninger: opholdssted må ikke oplyses til far eller hans familie",
        f"Betaling: {k.muni}, {cvr(k)}",
        f"Næste møde: {k.d(0, 20)} kl. {k.t()}",
    ]
    return head, body + cx_shelter(k), [], True, "\n"


def c_shelter_mail():
    k = K()
    head = [f"Emne: Status på ophold – mor og to børn ({caseno(k)})\n\nKære sagsbehandler"]
    body = [
        f"Jeg skriver fra krisecentret for at give en kort status. Familien har nu boet hos os i {R.randint(2, 9)} uger.",
        f"Mor sover dårligt og har fået {med()} af lægen. Hun har bedt om, at al kontakt går gennem krisecentret.",
        f"Far har ringet til vores hovednummer to gange i denne uge. Vi har hverken bekræftet eller afkræftet noget.",
        f"{kid(k, 1)} fortæller om at være bange om aftenen. Vores børnemedarbejder har haft to samtaler med barnet.",
        f"Politiet har oplyst journalnr. {poljnr(k)} og bekræftet, at tilholdet gælder frem til {k.d(0, 300, 'long')}.",
        f"Kan vi holde møde {ch(WEEKDAYS)} {k.d(0, 14)} kl. {k.t()}? Vi kan også mødes på Teams.",
        f"Mor er glad for, at børnene snart kan starte i skole igen.",
    ]
    return head, body + cx_shelter(k), ["Venlig hilsen\nKrisecentrets socialpædagog"], True, "\n\n"


def c_shelter_moves():
    k = K()
    head = ["Tidslinje – flytninger (mor og børn)\n\nDato | Hændelse"]
    ds = sorted(k.today - datetime.timedelta(days=R.randint(0, 700)) for _ in range(8))
    ev = ["Første anmeldelse til politiet", "Mor og børn flytter til moster i en anden kommune",
          "Mor flytter tilbage til samleveren", "Indskrivning på krisecenter", f"{kid(k, 1)} skifter skole",
          f"Tilhold over for far ({k.mu[3]})", "Navne- og adressebeskyttelse bevilget", "Familien flytter i egen bolig",
          f"Netværksmøde på rådhuset, {room()}", "Ny egen læge for børnene"]
    body = [f"{plain_date(d, 'dots')} | {e}" for d, e in zip(ds, R.sample(ev, 8))]
    return head, body + cx_shelter(k), [f"Udarbejdet af sagsbehandleren, {k.muni}"], True, "\n"


# ====================================================================== 2 network
def c_net_assess():
    k = K()
    rel = ch(["mormor og morfar", "farmor og farfar", "moster og hendes mand", "morbror og hans kone"])
    head = [f"Vurdering af netværksplejefamilie ({rel})\n{caseno(k).capitalize()} – {k.muni}"]
    body = [
        f"Plejemor ({R.randint(48, 68)} år) og plejefar ({R.randint(50, 70)} år) har tilbudt at have {kid(k, 1)} boende efter {law()}.",
        f"Familien bor i et rækkehus med tre værelser og have i udkanten af {k.town}. Barnet får eget værelse på første sal.",
        f"Plejemor arbejder som SOSU-assistent, og plejefar er førtidspensionist. Der er ingen gæld ud over huslånet.",
        f"Helbred: plejefar har {icd()} og tager {med()}. Egen læge har givet en udtalelse dateret {k.d(30, 0)}.",
        f"Der er indhentet børneattest og straffeattest på begge. Ingen anmærkninger.",
        f"Samvær med mor foregår hver anden onsdag i plejefamiliens hjem. Far ønsker samvær hver anden weekend.",
        f"Vederlag og plejeløn udgør samlet {amount()} om måneden, fastsat efter KL's vejledende takster.",
        f"Barnet fortæller, at det er glad for at bo hos {rel.split(' og ')[0]} og for hunden.",
        f"Socialtilsyn {ch(['Midt', 'Øst', 'Syd', 'Nord', 'Hovedstaden'])} er orienteret om den konkrete godkendelse.",
    ]
    return head, body + cx_network(k), [f"Indstilling: egnet. Sagsbehandleren, {k.muni}."], False, "\n\n"


def c_net_kv():
    k = K()
    head = ["Ansøgning om godkendelse som netværksplejefamilie"]
    body = [
        f"Ansøger 1: plejemor ({R.randint(45, 70)} år), beskæftigelse: pædagogmedhjælper",
        f"Ansøger 2: plejefar ({R.randint(45, 72)} år), beskæftigelse: folkepensionist",
        f"Barnet: {kid(k, 1)}",
        f"Relation: {ch(['mormor/morfar', 'moster', 'faster', 'familieven'])}",
        f"Bolig: parcelhus med have, 4 værelser, {k.town}",
        f"Helbred: astma hos ansøger 1 (behandles med Ventoline)",
        f"Attester: børneattest og straffeattest indhentet {k.d(20, 0)}",
        f"Kommune: {k.muni} ({cvr(k) if chance(0.5) else 'hovednummer ' + k.mu[2]})",
        f"Lovgrundlag: {law()}",
        f"Vederlag: {amount()}",
        f"Sagsnummer: {caseno(k)}",
    ]
    return head, body + cx_network(k), [], True, "\n"


def c_net_letter():
    k = K()
    head = [f"{k.muni}\nBørn og Unge\n{k.d(style='long')}\n\nKære plejeforældre"]
    body = [
        f"Tak for et godt møde i jeres hjem {ch(WEEKDAYS)}. Her følger et kort resumé.",
        f"I har givet udtryk for, at I gerne vil have barnet boende hos jer, og at jeres voksne datter også bakker op.",
        f"Vi mangler en kopi af lægeerklæringerne. De kan sendes via Digital Post eller afleveres i Borgerservice.",
        f"Samvær med mor foregår foreløbig hos jer hver onsdag fra kl. 15.30 til 18.00.",
        f"Plejelønnen udbetales den sidste hverdag i måneden. Første udbetaling er {amount()}.",
        f"Sagen forelægges børne- og ungeudvalget {k.d(0, 40)}, hvis der ikke foreligger samtykke efter § 46.",
        f"Har I spørgsmål, er I velkomne til at ringe på kommunens hovednummer {k.mu[2]}.",
        f"Regninger for kørsel sendes elektronisk til {cvr(k)} med sagsnummeret som reference.",
    ]
    return head, body + cx_network(k), ["Med venlig hilsen\n\nSagsbehandleren\nBørn og Unge"], True, "\n\n"


def c_net_visit():
    k = K()
    head = [f"Notat fra hjemmebesøg hos netværksplejefamilien, {k.d()}\nDeltagere: plejemor, plejefar, barnet, sagsbehandler"]
    body = [
        f"Vi mødtes kl. {k.t()}. Barnet viste sit værelse frem og fortalte, at det har fået nye venner på vejen.",
        f"Plejefar fortalte, at mor ringede sent fredag og var beruset. Han afsluttede samtalen roligt.",
        f"Plejemor ønsker hjælp til at sætte grænser for mors kontakt. Vi aftalte, at samvær fremover aftales via sagsbehandleren.",
        f"Barnet går til fodbold to gange om ugen på banen {street()} og cykler selv derhen.",
        f"Familien har brug for en ny autostol. Udgiften på {amount()} dækkes efter {law()}.",
        f"Barnet var glad og snakkede om sommerferien, hvor familien skal i sommerhus med sol og strand.",
        f"Næste besøg: {k.d(10, 40)} kl. {k.t()}.",
    ]
    return head, body + cx_network(k), ["/sagsbehandleren"], True, "\n\n"


# ====================================================================== 3 adoption
def c_adopt_file():
    k = K()
    cty = ch(list(FOREIGN_COUNTRY.values()))
    head = [f"Adoptionssag – resumé af akter ({caseno(k)})"]
    body = [
        f"Den adopterede: nu {R.randint(18, 48)} år, ankom til Danmark som {R.randint(1, 30)} måneder gammel",
        f"Fødeland: {cty}",
        f"Adoptivforældre: gift par, begge afdøde",
        f"Biologisk mor: navn fremgår af de originale akter (ikke gengivet her)",
        f"Biologisk far: ukendt",
        f"Formidlende organisation: oplysninger hos Ankestyrelsen",
        f"Akter modtaget: {k.d(60, 0)}",
        f"Ansøgning om aktindsigt behandlet efter forvaltningslovens regler",
        f"Tilbud om rådgivning om oprindelse via Ankestyrelsens adoptionsrådgivning",
        f"Bemærkning: Den adopterede ønsker at søge efter biologiske søskende.",
    ]
    return head, body + cx_adoption(k), [f"Udskrevet {k.d(0, 0)} af sagsbehandleren"], True, "\n"


def c_adopt_letter():
    k = K()
    head = [f"{k.d(style='long')}\n\nKære biologiske mor"]
    body = [
        f"Det er nu tre år siden, vi sidst skrev til dig. Vores datter er blevet voksen og er flyttet hjemmefra.",
        f"Hun har fået arbejde på et plejecenter og er glad for det. I maj tog hun på ferie med sin kæreste.",
        f"Hun spørger tit til sin halvbror. Vi ved kun, at han måske bor i hovedstaden i dit fødeland.",
        f"Hvis du har lyst, kan du skrive til os gennem Ankestyrelsen, som videresender brevet.",
        f"Vi har vedlagt et billede fra sommerferien ved vandet. Solen skinnede hele ugen.",
        f"Vi tænker på dig hvert år i oktober, når hun har fødselsdag.",
    ]
    return head, body + cx_adoption(k), ["Mange kærlige hilsner\nAdoptivforældrene"], True, "\n\n"


def c_adopt_search():
    k = K()
    head = [f"Notat: Søgning efter biologisk familie\n{caseno(k).capitalize()}"]
    body = [
        f"Den adopterede (nu {R.randint(20, 45)} år) henvendte sig {k.d(60, 0)} og ønsker hjælp til at finde sin biologiske mor.",
        f"I de gamle akter er fødestedet angivet som en by i {ch(list(FOREIGN_COUNTRY.values()))}. Der mangler oplysninger om far.",
        f"Ambassaden har oplyst, at søgningen kan tage op til {R.randint(6, 18)} måneder og koster {amount()} i gebyr.",
        f"Der er fundet oplysninger om en mulig halvsøster, som bor i Danmark. Hun er kontaktet via Ankestyrelsen.",
        f"Adoptivmor deltager gerne i det første møde, som holdes i {room()} på rådhuset {k.d(0, 30)}.",
        f"Den adopterede er informeret om muligheden for DNA-test og om, at resultatet kan være usikkert.",
        f"Hun oplyser, at hun har haft {icd()} og går i samtaleforløb hos egen psykolog.",
    ]
    return head, body + cx_adoption(k), ["Sagsbehandleren, Familieafdelingen"], True, "\n\n"


# ====================================================================== 4 chat
def c_chat_teams():
    k = K()
    h = R.randint(8, 14)
    m = R.randint(0, 40)
    lines = [
        ("Sagsbehandler 1", f"har du 2 min? det er om {kid(k, 0)} i {caseno(k)}"),
        ("Sagsbehandler 2", "ja ja, skyd"),
        ("Sagsbehandler 1", "mor har ringet 3 gange i dag – hun vil have samværet flyttet"),
        ("Sagsbehandler 2", "hun har også skrevet til mig i Digital Post. far ved ikke noget endnu"),
        ("Sagsbehandler 1", f"skal vi tage den på teammødet {ch(WEEKDAYS)} kl. {k.t()}?"),
        ("Sagsbehandler 2", f"ja. husk fristen efter {law()}"),
        ("Sagsbehandler 1", f"super. skolen har sendt bekymring – barnet har {R.randint(15, 40)} % fravær"),
        ("Sagsbehandler 2", "👍 jeg ringer til skolens hovednummer bagefter"),
        ("Teamleder", f"jeg er med – men vi skal bruge ledelsestilsyn på den før {k.d(0, 14)}"),
        ("Sagsbehandler 1", "noteret. glad for hjælpen!"),
    ]
    body = [f"[{h + (m + 3 * i) // 60:02d}:{(m + 3 * i) % 60:02d}] {w}: {t}" for i, (w, t) in enumerate(lines)]
    return [ch(["Teams – chat (kopieret)", "Kopieret fra Teams:"])], body + cx_chat(k), [], True, "\n"


def c_chat_handover():
    k = K()
    head = [f"Overdragelsesnotat\nFra: sagsbehandler (barsel) – Til: ny sagsbehandler\nDato: {k.d()}\n\nStatus på sagerne:"]
    body = []
    for i in range(7):
        kk = K()
        body.append(ch([
            f"{i + 1}. {caseno(kk).capitalize()} – pige ({kk.a(1)} år), {law()}. Mangler opfølgning på skoleudtalelse.",
            f"{i + 1}. {caseno(kk).capitalize()} – dreng ({kk.a(1)} år), anbragt i plejefamilie. Far ringer ofte – vær tydelig.",
            f"{i + 1}. Søskendepar ({kk.a(0)} og {kk.a(2)} år). Børnefaglig undersøgelse har frist {kk.d(0, 40)}.",
            f"{i + 1}. Underretning fra skolen {kk.d(10, 0)}. Samtale med barnet efter § 137 mangler.",
            f"{i + 1}. Ung ({R.randint(15, 17)} år) med {icd()}. Ungeplan efter § 108 skal revideres.",
        ]))
    return head, body + cx_chat(k), ["Ring endelig på kommunens hovednummer, hvis der er noget."], True, "\n"


def c_chat_holiday():
    k = K()
    head = [f"Emne: Ferie – mine sager uge {R.randint(27, 32)}\n\nHej team"]
    body = [
        f"Jeg holder ferie fra mandag. Akutte henvendelser går til teamlederen eller til {k.mu[2]}.",
        f"Vær opmærksom på {kid(k, 1)}. Mor har fået ny bolig, og far må ikke få oplysningerne.",
        f"Plejemor i sagen om {kid(k, 2, 'D')} ringer muligvis om lommepenge – satsen er {amount()} pr. måned.",
        f"Far har møde i Familieretshuset {k.d(0, 10)}. Udtalelsen ligger i kladde i DUBU.",
        f"Skolen har ringet om fravær. De kan fanges efter kl. 14 på skolens hovednummer.",
        f"Regn eller ej: teamdagen {k.d(0, 30)} holdes ude i skoven som planlagt, også hvis der er varslet storm.",
    ]
    return head, body + cx_chat(k), ["God sommer!"], False, "\n\n"


# ====================================================================== 5 family treatment
def c_ft_session():
    k = K()
    head = [f"Familiebehandling – sessionsnotat nr. {R.randint(2, 14)}\nFamilie: mor, far, {kid(k, 0)}, {kid(k, 1)}\n{caseno(k).capitalize()}"]
    body = [
        f"Til stede: mor, far og begge børn. Far kom 20 minutter for sent.",
        f"Mor: \"Jeg føler, at jeg står alene med det hele om morgenen.\" Far svarede, at han jo arbejder fra kl. 6.",
        f"{kid(k, 0)} sagde, at barnet ikke gider være hjemme, når forældrene skændes, og hellere vil være hos mormor.",
        f"{kid(k, 1)} tegnede et hus med sol over taget og en have med et stort træ.",
        f"Vi talte om skænderiet i weekenden. Far erkendte, at han råbte. Mor græd.",
        f"Hjemmeopgave: Hver aften vælger familien én ting, der er gået godt. Far skriver den på køleskabet.",
        f"Behandleren bemærker, at {kid(k, 0)} er i behandling med {med()} for {icd()}.",
        f"Næste session: {k.d(0, 21)} kl. {k.t()} i {room()}.",
    ]
    return head, body + cx_ft(k), ["/familiebehandleren"], True, "\n\n"


def c_ft_genogram():
    k = K()
    head = ["Genogram (tekstversion) – anonymiseret\nUdarbejdet af familiebehandleren sammen med familien"]
    body = [
        f"1. generation:\n– Morfar: død for {R.randint(2, 15)} år siden.\n– Mormor: {R.randint(58, 78)} år, bor i {ch(OTHER_TOWNS)[1]}.",
        f"– Farfar: {R.randint(60, 85)} år, tidligere {icd()}, ingen kontakt.\n– Farmor: {R.randint(60, 80)} år.",
        f"2. generation:\n– Mor: {R.randint(25, 45)} år, uddannet frisør.\n– Far: {R.randint(27, 50)} år, tømrer.",
        f"– Mors bror: tæt kontakt.\n– Mors tidligere partner: far til ingen af børnene.",
        f"3. generation:\n– {kid(k, 0)}\n– {kid(k, 1)}\n– {kid(k, 2)}",
        f"Relationer: konfliktfyldt mellem mor og farfar. Tæt bånd mellem {kid(k, 0)} og mormor.",
        f"Familien kan kontakte afdelingen på {k.mu[2]} eller ved akut fare 112.",
    ]
    return head, body + cx_ft(k), [], True, "\n"


def c_ft_sculpture():
    k = K()
    head = [f"Familieskulptur – session {k.d(style='dots')}\nBehandlere: to familiebehandlere"]
    body = [
        f"{kid(k, 0)} blev bedt om at stille familien op, som barnet oplever den derhjemme.",
        "Barnet placerede far ved døren med ryggen til og mor midt i rummet med lillesøster i hånden.",
        "Sig selv stillede barnet i hjørnet ved vinduet. Adspurgt sagde barnet: \"Så kan jeg se, når far kommer hjem.\"",
        "Mor blev meget berørt og sagde, at hun ikke vidste, at barnet havde det sådan.",
        "Vi bad barnet stille familien op, som det gerne vil have det. Nu stod alle tæt, og mormor fik en plads bagved.",
        "Far sagde bagefter: \"Jeg har aldrig tænkt over, at jeg står ved døren.\"",
        f"Aftale: forældrene taler sammen hjemme om, hvad skulpturen viste. Opfølgning {k.d(0, 14)}.",
    ]
    return head, body + cx_ft(k), ["Familiebehandlerne, Familiehuset"], True, "\n\n"


def c_ft_homework():
    k = K()
    head = ["Hjemmeopgave til familien\nFra familiebehandleren"]
    body = [
        "Til mor og far: Skriv hver dag én situation ned, hvor I lykkedes med at holde roen.",
        f"Til {kid(k, 0)}: Tegn de tre huse – bekymringer, gode ting og drømme – og tag tegningen med næste gang.",
        f"Til {kid(k, 1)}: Vælg en godnathistorie, som far læser højt tre aftener i træk.",
        "Husk: mormor må gerne hjælpe, men I bestemmer selv, hvor meget hun skal vide.",
        f"Hvis det brænder på uden for åbningstid, ring til den sociale døgnvagt via 112 eller {k.mu[2]}.",
        "Børnene kan altid ringe til Børnetelefonen på 116 111. Politiet har nummer 114, når det ikke haster.",
        f"Næste møde er hjemme hos jer {ch(WEEKDAYS)} {k.d(0, 14)} kl. {k.t()}.",
        f"Glad for jeres indsats indtil nu. Skaleringen er gået fra {R.randint(1, 4)} til {R.randint(5, 8)}.",
    ]
    return head, body + cx_ft(k), [], True, "\n\n"


# ====================================================================== 6 socialvagt
def c_sv_call(k, h, m):
    return ch([
        f"{h:02d}.{m:02d} – {k.mu[3]}, vagthavende: husspektakel {street()}. Barn ({R.randint(2, 16)} år) hentet af plejefamilie. Mor anholdt, journalnr. {poljnr(k)}.",
        f"{h:02d}.{m:02d} – Skadestuen på {ch(HOSPITALS)}, {room()}: pige ({R.randint(12, 17)} år) indlagt med forgiftning. Forældre ikke til stede.",
        f"{h:02d}.{m:02d} – Nabo ringer om råb og gråd fra lejligheden ved siden af. Politi sendt via 114.",
        f"{h:02d}.{m:02d} – Dreng ({R.randint(12, 17)} år) ringer selv og vil ikke hjem til far. Henvist til Børnetelefonen 116 111 og callback aftalt.",
        f"{h:02d}.{m:02d} – Mor ringer og siger, at datteren ({R.randint(13, 17)} år) ikke er kommet hjem. Politiet orienteret.",
        f"{h:02d}.{m:02d} – Politiet bringer barn ({R.randint(3, 15)} år) til akutinstitution i {ch(OTHER_TOWNS)[1]}. Far orienteret.",
        f"{h:02d}.{m:02d} – Lægevagten (1813) ringer om ung med {icd()}. Aftalt, at psykiatrisk skadestue vurderer.",
        f"{h:02d}.{m:02d} – Uvejr og storm har væltet træer; vagtbilen er forsinket. Udrykning først kl. {R.randint(0, 5):02d}.{R.randint(10, 59)}.",
    ])


def c_sv_log():
    k = K()
    head = [f"Socialvagten – vagtlog {k.d(style='dots')} (aften/nat)\nVagthavende: socialrådgiver på døgnvagt. Bagvagt: teamleder"]
    body = []
    h, m = 17, R.randint(0, 50)
    for i in range(10):
        body.append(c_sv_call(k, h % 24, m))
        m += R.randint(15, 80)
        h += m // 60
        m %= 60
    return head, body + cx_sv(k), ["Log afsluttet kl. 08.00 og overdraget til dagholdet."], True, "\n"


def c_sv_single():
    k = K()
    head = [f"Henvendelse til den sociale døgnvagt\nModtaget: {k.d(style='dots')} kl. {k.t()}"]
    body = [
        f"Anmelder: {k.mu[3]}, vagthavende",
        f"Barn: {kid(k, 1)}",
        "Forældre: mor og stedfar",
        f"Sted: lejlighed {street()}",
        f"Situation: Mor fundet bevidstløs i opgangen. Barnet var alene hjemme.",
        f"Handling: Barnet kørt til {ch(HOSPITALS)}, {room()}, til observation. Mormor kontaktet.",
        f"Lovgrundlag: {law()}",
        f"Journalnr. politi: {poljnr(k)}",
        f"Regning for akutanbringelse: {cvr(k)}",
        "Ikke-akutte henvendelser til politiet på 114.",
        "Opfølgning: sagsbehandler orienteres i morgen via Digital Post.",
    ]
    return head, body + cx_sv(k), ["/døgnvagten"], True, "\n"


def c_sv_table():
    k = K()
    head = [f"Døgnvagt – oversigt over opkald, nat til {ch(WEEKDAYS)} {k.d(style='dots')}\n\nKl. | Fra | Barn | Udfald"]
    body = []
    h = 18
    for i in range(9):
        body.append(f"{h % 24:02d}.{R.randint(0, 59):02d} | {ch(['politi', 'hospital', 'nabo', 'barnet selv', 'mor', 'far', 'krisecenter', 'lægevagt'])} | "
                    f"{ch(['pige', 'dreng', 'søskende'])} ({R.randint(1, 17)} år) | "
                    + ch(["hentet af mormor", "bragt til akutinstitution", "ro på, opfølgning i dag", "indlagt til observation",
                          "henvist til 1813", f"politiet, journalnr. {poljnr(k)}"]))
        h += R.randint(0, 2)
    return head, body + cx_sv(k), ["Vagt: døgnvagtens socialrådgiver"], True, "\n"


def c_sv_handover():
    k = K()
    head = [f"Emne: Nattens henvendelse – {caseno(k)}\n\nGodmorgen"]
    body = [
        f"I nat kl. {k.t()} ringede {k.mu[3]} om {kid(k, 1)}.",
        f"Barnet var stukket af hjemmefra efter et skænderi med mors kæreste og blev fundet {street()}.",
        f"Far hentede barnet kl. ca. {k.t()} og kørte det hjem til sig selv i {k.town}.",
        "Mor ringede senere og var vred over, at far var blevet inddraget.",
        f"Barnet bruger {med()} og havde ikke medicinen med. Lægevagten er kontaktet.",
        "Skolen bør orienteres i dag. Der er tale om en underretning efter § 133.",
    ]
    return head, body + cx_sv(k), ["Mvh\nDen sociale døgnvagt"], True, "\n\n"


CLEAN_GENRES = {
    "shelter": [c_shelter_intake, c_shelter_kv, c_shelter_mail, c_shelter_moves],
    "network": [c_net_assess, c_net_kv, c_net_letter, c_net_visit],
    "adoption": [c_adopt_file, c_adopt_letter, c_adopt_search],
    "chat": [c_chat_teams, c_chat_handover, c_chat_holiday],
    "familytreatment": [c_ft_session, c_ft_genogram, c_ft_sculpture, c_ft_homework],
    "socialvagt": [c_sv_log, c_sv_single, c_sv_table, c_sv_handover],
}


# ====================================================================== extra paragraphs per genre
def _csh(lst):
    R.shuffle(lst)
    return lst


def cx_shelter(k):
    return _csh([
        f"Vurdering: {kid(k, 1)} virker forsigtig og holder sig tæt til mor. Der iværksættes en børnefaglig undersøgelse efter § 20 med frist {k.d(0, 120, 'long')}.",
        f"Bemærkning: Far er ifølge politiet tidligere dømt for vold. Oplysningen er bekræftet skriftligt af {k.mu[3]}.",
        f"Økonomi: Mor søger om {amount()} til depositum. Ansøgningen behandles efter aktivlovens § 81.",
        f"Teamlederen er orienteret og har godkendt, at sagen prioriteres. Ledelsestilsyn gennemføres inden {k.d(0, 30)}.",
        f"Moster har tilbudt at hente {kid(k, 2)} i børnehaven, men kender ikke den nye adresse og skal heller ikke have den.",
        f"Skolens AKT-lærer orienteres med mors samtykke. Skolen ligger {street()}, tæt på busstationen.",
        f"Krisecentret oplyser, at opholdet finansieres efter servicelovens § 109 med en døgntakst på {amount()}.",
        f"Mor har søvnbesvær og er henvist til egen læge. Hun får {med()} og har fået tid hos en psykolog i {k.town}.",
    ])


def cx_network(k):
    return _csh([
        f"Barnet siger selv: \"Jeg vil gerne bo hos mormor, men jeg savner mor om aftenen.\" Det er drøftet med begge parter.",
        f"Vederlaget udbetales via NemKonto fra {k.d(0, 40, 'long')}. Plejefar har spurgt, om det påvirker hans pension fra Udbetaling Danmark.",
        f"Plejefamilien deltager i grundkurset for netværksplejefamilier {ch(WEEKDAYS)} kl. 17.00–20.00 i {room()}.",
        f"Morbror har tilbudt aflastning hver tredje weekend, men mor er imod det. Spørgsmålet tages op på netværksmødet.",
        f"Far ringer søndag aften. Samtalerne varer sjældent mere end ti minutter, og barnet er glad bagefter.",
        f"Skolen er orienteret om, at plejeforældrene nu er kontaktpersoner. Skolen har {R.randint(300, 700)} elever og ligger {street()}.",
        f"Der føres tilsyn fire gange om året efter Barnets lov § 9, heraf mindst én samtale alene med barnet.",
        f"Plejefamiliens hus ligger tæt ved skoven, og barnet går tur med hunden hver eftermiddag efter skole.",
    ])


def cx_adoption(k):
    return _csh([
        "Den adopterede har tidligere modtaget rådgivning om oprindelse hos Ankestyrelsen og fik god hjælp.",
        "Adoptivfar oplyser, at familien har gemt alle breve fra den biologiske mor i en kasse på loftet.",
        "Halvsøsteren har sendt et billede og skrevet: \"Jeg tror, vi ligner hinanden.\" Den adopterede blev glad, men usikker.",
        "I børnehjemsjournalen står barnet kun opført med fornavn og en anden fødselsdag end i de danske papirer.",
        f"Adoptivmor spørger, om kommunen kan betale en DNA-test. Prisen er oplyst til {amount()}.",
        f"Ved det første møde deltager en tolk via Tolkeservice. Mødet holdes {k.d(0, 30)} kl. {k.t()}.",
        "Der er sendt brev til den biologiske mor via ambassaden. Svar afventes, typisk inden for tre til seks måneder.",
        f"Den adopterede er i behandling for {icd()} og har aftalt med sin psykolog at tale om søgningen.",
    ])


def cx_chat(k):
    return _csh([
        "PS: Mor har skiftet telefonnummer igen. Det nye står i sagen, ikke her i chatten.",
        "PPS: Far har fået advokat. Svar ikke på henvendelser, før vi har talt med teamlederen.",
        f"Husk også, at barnet fylder {k.a(1) + 1} år i næste uge og gerne vil holde det hos den gamle plejefamilie.",
        f"Referatet fra netværksmødet {k.d(20, 0)} ligger i DUBU under dokumenttypen \"Notat\".",
        f"Teamlederen vil gerne have ledelsestilsyn på sagen inden fredag, jf. {law()}.",
        "Sorry for den lange besked 🙈 Ring på hovednummeret, hvis noget er uklart.",
        f"Til orientering: Far er flyttet til {k.town}. Handlekommunen er fortsat {k.muni}.",
        f"Glad for jeres hjælp – kage på fredag i {room()} kl. 14.00!",
    ])


def cx_ft(k):
    return _csh([
        "Refleksion: Den anden behandler bemærkede, at far blev mere rolig, da yngste barn satte sig hos ham.",
        f"Skalering: Mor placerer familien på {R.randint(2, 5)}, far på {R.randint(4, 7)}. {kid(k, 0)} siger 3 og kan ikke forklare hvorfor.",
        "Mormor har sendt en sms til behandleren: \"Ring, når I kan. Jeg er bekymret for pigerne.\"",
        "Sikkerhedsplan: Ved konflikter går det ældste barn ned til naboen eller ringer til mormor.",
        "Far fortalte om sin egen barndom og om at blive sendt i seng uden aftensmad.",
        f"Behandlingsplanen evalueres med sagsbehandleren {k.d(10, 40)}, jf. {law()}.",
        f"{kid(k, 1)} har fået en lille samtalebog, hvor barnet kan skrive eller tegne til behandleren.",
        "Mor bad om, at notatet sendes via Digital Post og ikke udleveres på papir.",
    ])


def cx_sv(k):
    return _csh([
        f"Bagvagten blev kontaktet kl. {k.t()} og godkendte en akut anbringelse efter § 47.",
        f"Akutinstitutionen har modtaget barnet på {room()}. Der er aftalt opfølgning kl. 09.00.",
        f"Far ringede igen kl. {k.t()} og krævede at få barnet udleveret. Han blev henvist til dagholdet og til {k.mu[2]}.",
        "Mormor kan tage børnene fra i morgen. Hun bor i nabokommunen og har bil.",
        "Dagholdets sagsbehandler skal orienteres inden kl. 9 via den sikre postkasse.",
        f"Mor er indlagt på {ch(HOSPITALS)}, {room()}, og kan tidligst udskrives i morgen eftermiddag.",
        f"Vagtbilen kørte fra adressen kl. {k.t()} med barnet og en pose tøj. Kørsel afregnes med {amount()}.",
        f"Politiet har oplyst journalnr. {poljnr(k)}. Patruljen var på stedet i {R.randint(20, 90)} minutter.",
    ])


# ====================================================================== checks and main
CORPUS = "blind22"
BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}
PLANT_KINDS = ["name", "phone", "email", "address", "dob", "cpr"]

# ------------------------------------------------------------------ check machinery
POOL_NAMES = []
for fem, mal, sur in ORIGINS.values():
    for n in fem + mal + sur:
        POOL_NAMES.append(n)
        if n.endswith(("ski", "cki")):
            POOL_NAMES.append(feminize(n))
for a, b in NICKNAMES:
    POOL_NAMES.append(b)
_seen = {}
POOL_LIST = []
for n in POOL_NAMES + [x.upper() for x in POOL_NAMES]:
    if n not in _seen:
        _seen[n] = 1
        POOL_LIST.append(n)
POOL_LIST.sort(key=lambda s: (-len(s), s))
POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in POOL_LIST) + r")(?!\w)")

PHONE_RES = [re.compile(r"(?<![\d.,\-+])" + p + r"(?!\d)(?![.,\-]\d)") for p in [
    r"(?:\+45 ?|0045 ?)?\d{8}",
    r"(?:\+45 ?|0045 ?)?\d{2}(?: \d{2}){3}",
    r"(?:\+45 ?|0045 ?)?\d{2}(?:\.\d{2}){3}",
    r"\d{2}(?:-\d{2}){3}",
    r"(?:\+45 ?)?\d{4} \d{4}",
    r"\d{4}-\d{4}",
]]
CPR_RES = [re.compile(r"(?<![\d.\-])" + p + r"(?!\d)") for p in [
    r"\d{6}[-\u2013 ]?\d{4}",
    r"\d{2}[. \-]\d{2}[. \-]\d{2}[-\u2013 ]\d{4}",
]]
PUB_DIGITS = [re.sub(r"\D", "", x) for x in PUBLIC_NUMBERS]
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in STREETS) + r")\s*\d")
FODT_RE = re.compile(r"(?<!\w)(?:født|Født|f\.|fødselsdato:?|Fødselsdato:?)\s*(?=\d)")


def cpr_valid(d):
    dd, mm, yy, c7 = int(d[:2]), int(d[2:4]), int(d[4:6]), int(d[6])
    if c7 <= 3:
        year = 1900 + yy
    elif c7 in (4, 9):
        year = (2000 if yy <= 36 else 1900) + yy
    else:
        year = (2000 if yy <= 57 else 1800) + yy
    try:
        datetime.date(year, mm, dd)
    except ValueError:
        return False
    return year <= 2025


def inside(a, b, spans):
    for s in spans:
        if s["start"] <= a and b <= s["end"]:
            return s
    return None


def check(text, spans, kinds, band, extra_forbidden=None):
    errs = []
    prev = -1
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            errs.append("offset")
        if s["text"] != s["text"].strip() or not s["text"]:
            errs.append("ws:" + s["text"])
        if s["kind"] not in kinds:
            errs.append("kind:" + s["kind"])
        if s["start"] < prev:
            errs.append("overlap")
        prev = s["end"]
    nw = len(text.split())
    if not (band[0] <= nw <= band[1]):
        errs.append(f"band:{nw}")
    # unplanted copies
    done = {}
    for s in spans:
        t = s["text"]
        if t in done:
            continue
        done[t] = 1
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            if not inside(m.start(), m.end(), spans):
                errs.append("copy:" + t)
    for m in POOL_RE.finditer(text):
        if not inside(m.start(), m.end(), spans):
            errs.append("pool:" + m.group(0))
    for rx in PHONE_RES:
        for m in rx.finditer(text):
            if inside(m.start(), m.end(), spans):
                continue
            dg = re.sub(r"\D", "", m.group(0))
            if dg in PUB_DIGITS or dg[-8:] in PUB_DIGITS:
                continue
            parts = re.split(r"[ \-]", m.group(0))
            if len(parts) == 2 and all(1900 <= int(p) <= 2099 for p in parts if p.isdigit()):
                continue
            errs.append("phoneshape:" + m.group(0))
    for rx in CPR_RES:
        for m in rx.finditer(text):
            if not inside(m.start(), m.end(), spans):
                errs.append("cprshape:" + m.group(0))
    for m in re.finditer("@", text):
        s = inside(m.start(), m.end(), spans)
        if not s or s["kind"] != "email":
            errs.append("at")
    for m in STREET_RE.finditer(text):
        s = inside(m.start(), m.end(), spans)
        if not s or s["kind"] != "address":
            errs.append("street:" + m.group(0))
    for m in FODT_RE.finditer(text):
        s = inside(m.end(), m.end() + 1, spans)
        if not s:
            errs.append("fodt:" + text[m.start():m.end() + 6])
    if extra_forbidden:
        for f in extra_forbidden:
            if f in text:
                errs.append("planted-in-clean:" + f)
    # CPR date validity (date part a real date, century from digit 7 not in the future)
    for s in spans:
        if s["kind"] == "cpr":
            d = re.sub(r"\D", "", s["text"])
            if len(d) != 10 or not cpr_valid(d):
                errs.append("cprinvalid:" + s["text"])
    return errs


# ------------------------------------------------------------------ fitting
def fit(gen, band):
    head, body, tail, ordered, sep = gen()
    lo, hi = band
    fixed = words(sep.join(head + tail))
    target = R.randint(lo + (hi - lo) // 10, lo + (hi - lo) * 5 // 10)
    idx = list(range(len(body)))
    if not ordered:
        rest = idx[1:]
        R.shuffle(rest)
        idx = [0] + rest
    chosen, total = [], fixed
    for i in idx:
        w = words(body[i])
        if total < target and total + w <= hi:
            if ordered and chance(0.12) and total >= lo:
                continue
            chosen.append(i)
            total += w
    if ordered:
        chosen.sort()
    marked = sep.join(head + [body[i] for i in chosen] + tail)
    text, spans = render(marked)
    n = len(text.split())
    if not (lo <= n <= hi):
        return None
    return text, spans


def band_plan(genres):
    """genre x band assignments, 40 per genre, 80 per band, shuffled"""
    plan = []
    names = list(genres)
    for gi, g in enumerate(names):
        counts = {"short": 13, "medium": 13, "long": 13}
        extra = ["short", "medium", "long"][gi % 3]
        counts[extra] += 1
        for b in ["short", "medium", "long"]:
            plan += [(g, b)] * counts[b]
    R.shuffle(plan)
    return plan


def produce(genres, band_name, gname, kinds, forbidden=None, stats=None):
    band = BANDS[band_name]
    subs = genres[gname]
    tries = 0
    while True:
        tries += 1
        if tries > 3000:
            raise SystemExit(f"cannot draw {gname}/{band_name}")
        gen = subs[R.randrange(len(subs))]
        res = fit(gen, band)
        if res is None:
            continue
        text, spans = res
        errs = check(text, spans, kinds, band, forbidden)
        if errs:
            if stats is not None:
                for e in errs:
                    key = e.split(":")[0] + ":" + e.split(":", 1)[-1][:30]
                    stats[key] = stats.get(key, 0) + 1
            continue
        return text, spans, gen.__name__


# ------------------------------------------------------------------ institutions
INST = {
    "school": ["Lyngbakkens Friskole", "Skovbrynets Privatskole", "Nordlys Friskole", "Fjordens Friskole",
               "Lindholt Privatskole", "Den Frie Lilleskole på Bakken", "Engdalskolen"],
    "daycare": ["Børnehuset Mælkebøtten", "Vuggestuen Lille Bjørn", "Naturbørnehaven Grankoglen",
                "Den Private Børnehave Regnbuen", "Troldehøjens Børnehus", "Børnehuset Myretuen"],
    "residential": ["Opholdsstedet Kastanjehuset", "Døgninstitutionen Egebakken", "Opholdsstedet Havglimt",
                    "Bo- og behandlingsstedet Lærkereden", "Opholdsstedet Stenhøjgaard", "Ungehjemmet Vesterled"],
    "club": ["Ungdomsklubben Pulsen", "Fritidsklubben Kompasset", "Klub Fristedet", "Juniorklubben Bølgen"],
    "foster": ["Familieplejen Vestkysten", "Plejefamilieforeningen Trygge Rammer", "Familiepleje Østjylland ApS",
               "Netværksplejen Nordvest"],
    "efterskole": ["Vesterhede Efterskole", "Fjordglimt Efterskole", "Hedebo Efterskole", "Klitgårdens Efterskole"],
}
INST_T = [
    ("school", "Barn A ({a} år) starter efter sommerferien på {X}. Skolens leder har bekræftet pladsen, og SFO er en del af aftalen."),
    ("school", "Mor ønsker skoleskift til {X}, fordi barnet har haft {f} % fravær. Sagen drøftes med PPR på næste møde."),
    ("daycare", "Lillebror ({a2} år) går i {X}, hvor personalet har bemærket blå mærker på armene. Der er sendt en underretning."),
    ("daycare", "Pædagogen fra {X} deltog i netværksmødet og fortalte, at barnet er glad og leger godt med de andre."),
    ("residential", "Den unge ({a} år) er anbragt på {X} efter § 46. Kontaktpersonen deltager i statusmødet."),
    ("residential", "Efter et sammenbrud blev barnet flyttet fra {X} til {Y}. Forældrene er orienteret, og børne- og ungeudvalget får sagen."),
    ("club", "Om eftermiddagen kommer barnet i {X}. Klubmedarbejderne har set ham med ældre drenge, som ryger."),
    ("club", "SSP har aftalt, at {X} holder åbent fredag aften, så de unge har et sted at være."),
    ("foster", "Plejefamilien er ansat gennem {X}, som også står for supervision og kurser for plejeforældrene."),
    ("foster", "Konsulenten fra {X} har anbefalet, at der findes en aflastningsfamilie i nærheden."),
    ("efterskole", "Den unge ({a} år) vil gerne på {X} fra august. Kommunen vurderer tilskud til opholdet."),
    ("efterskole", "Forstanderen på {X} ringede om hjemve og konflikter på gangen. Mor er inviteret til et møde."),
    ("school", "Klasselæreren på {X} har oplyst, at barnet ofte kommer uden madpakke og er træt i timerne."),
    ("daycare", "Sundhedsplejersken og lederen af {X} er enige om, at barnet har brug for tale-sprogstøtte."),
    ("residential", "Der er aftalt overgang fra {X} til {Y} over tre uger med besøg og overnatninger."),
]


def make_inst(i):
    while True:
        kind, t = INST_T[i % len(INST_T)] if i < len(INST_T) else INST_T[R.randrange(len(INST_T))]
        x = ch(INST[kind])
        y = ch([n for n in INST[kind] if n != x])
        marked = t.format(X=I(x), Y=I(y), a=R.randint(13, 17), a2=R.randint(1, 5), f=R.randint(15, 45))
        text, spans = render(marked)
        errs = check(text, spans, ["institution"], (12, 40))
        if not errs:
            return text, spans


# ------------------------------------------------------------------ main
def main():
    out = HERE
    stats = {}
    pl_rows, sub_counts = [], {}
    plan = band_plan(PLANT_GENRES)
    for i, (g, b) in enumerate(plan, 1):
        text, spans, sub = produce(PLANT_GENRES, b, g, PLANT_KINDS, stats=stats)
        pl_rows.append({"id": f"{CORPUS}-p{i:03d}", "text": text, "planted": spans})
        key = f"planted/{g}/{sub}/{b}"
        sub_counts[key] = sub_counts.get(key, 0) + 1
    forbidden = []
    fseen = {}
    for r in pl_rows:
        for s in r["planted"]:
            if s["kind"] in ("phone", "address", "dob", "cpr", "email") and s["text"] not in fseen:
                fseen[s["text"]] = 1
                forbidden.append(s["text"])
    cl_rows = []
    plan = band_plan(CLEAN_GENRES)
    for i, (g, b) in enumerate(plan, 1):
        text, spans, sub = produce(CLEAN_GENRES, b, g, [], forbidden=forbidden, stats=stats)
        cl_rows.append({"id": f"{CORPUS}-c{i:03d}", "text": text, "planted": spans})
        key = f"clean/{g}/{sub}/{b}"
        sub_counts[key] = sub_counts.get(key, 0) + 1
    in_rows = []
    for i in range(30):
        text, spans = make_inst(i)
        in_rows.append({"id": f"{CORPUS}-i{i + 1:03d}", "text": text, "planted": spans})

    # final global checks
    for rows, pre, n in [(pl_rows, "p", 240), (cl_rows, "c", 240), (in_rows, "i", 30)]:
        assert [r["id"] for r in rows] == [f"{CORPUS}-{pre}{k:03d}" for k in range(1, n + 1)]
    for r in cl_rows:
        assert r["planted"] == []
    totals = {}
    for r in pl_rows:
        for s in r["planted"]:
            totals[s["kind"]] = totals.get(s["kind"], 0) + 1
    tot = sum(totals.values())
    assert 3000 <= tot <= 4500, tot
    for k in ("phone", "address", "dob"):
        assert totals.get(k, 0) >= 250, (k, totals)
    for k in ("cpr", "email"):
        assert totals.get(k, 0) >= 120, (k, totals)
    assert max(totals, key=lambda k: totals[k]) == "name", totals

    for name, rows in [("planted.jsonl", pl_rows), ("clean.jsonl", cl_rows), ("institutions.jsonl", in_rows)]:
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    bands = {}
    for rows, lab in [(pl_rows, "planted"), (cl_rows, "clean")]:
        for r in rows:
            n = len(r["text"].split())
            b = "short" if n <= 80 else "medium" if n <= 150 else "long"
            bands[f"{lab}/{b}"] = bands.get(f"{lab}/{b}", 0) + 1
    print(json.dumps({"totals": totals, "total": tot, "bands": bands}, ensure_ascii=False))


if __name__ == "__main__":
    main()
