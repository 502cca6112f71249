#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""blind18 held-out corpus generator. Python 3.11 standard library only; one seed, one random.Random."""
import random
import datetime
import re
import unicodedata

import pools

R = random.Random(180018)


def setrng(r):
    global R
    R = r


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
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende",
       "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende",
       "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte",
       "enogtredivte"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def num_da(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t]
    return ("en" if o == 1 else ONES[o]) + "og" + TENS[t]


def year_da(y):
    if y >= 2000:
        r = y - 2000
        return "totusind" + ("" if r == 0 else " og " + num_da(r))
    return "nitten hundrede og " + num_da(y - 1900)


# ---------------------------------------------------------------- dates / cpr
def rand_date(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


def fmt_date(d, style=None):
    if style is None:
        style = wchoice([("dot", 30), ("long", 18), ("iso", 8), ("slash", 8), ("dash", 7), ("slash4", 5),
                         ("short", 6), ("en_us", 4), ("en_uk", 4), ("dmon", 5), ("spoken", 3), ("d.m.yy", 2)])
    if style == "dot":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "long":
        return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return "%02d/%02d-%02d" % (d.day, d.month, d.year % 100)
    if style == "slash4":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "dash":
        return "%02d-%02d-%04d" % (d.day, d.month, d.year)
    if style == "short":
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if style == "d.m.yy":
        return "%d.%d.%02d" % (d.day, d.month, d.year % 100)
    if style == "en_us":
        return "%s %d, %d" % (MON_EN[d.month - 1], d.day, d.year)
    if style == "en_uk":
        return "%d %s %d" % (d.day, MON_EN[d.month - 1], d.year)
    if style == "dmon":
        return "%d. %s. %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "spoken":
        return "%s %s %s" % (ORD[d.day - 1], MONTHS[d.month - 1], year_da(d.year))
    raise ValueError(style)


def cpr_digits(d):
    y = d.year
    if y >= 2000:
        c = R.choice([4, 5, 6, 7, 8, 9])
    elif y >= 1937:
        c = R.choice([0, 1, 2, 3, 4, 9])
    else:
        c = R.choice([0, 1, 2, 3])
    return "%02d%02d%02d%d%03d" % (d.day, d.month, y % 100, c, R.randint(0, 999))


def fmt_cpr(c, style=None):
    if style is None:
        style = wchoice([("dash", 50), ("space", 12), ("plain", 12), ("dots", 8), ("groups", 6),
                         ("ddmm", 5), ("endash", 4)])
    if style == "dash":
        return c[:6] + "-" + c[6:]
    if style == "space":
        return c[:6] + " " + c[6:]
    if style == "plain":
        return c
    if style == "dots":
        return "%s.%s.%s-%s" % (c[:2], c[2:4], c[4:6], c[6:])
    if style == "groups":
        return "%s %s %s %s" % (c[:2], c[2:4], c[4:6], c[6:])
    if style == "ddmm":
        return "%s %s-%s" % (c[:4], c[4:6], c[6:])
    if style == "endash":
        return c[:6] + "\u2013" + c[6:]
    raise ValueError(style)


# ---------------------------------------------------------------- phones
PUBLIC = list(pools.PUBLIC_NUMBERS) + list(pools.CVR)


def dk_phone():
    while True:
        first = R.choice(["2", "2", "3", "4", "5", "6", "7", "8", "9", "2", "4", "5", "6", "8"])
        d = first + "".join(str(R.randint(0, 9)) for _ in range(7))
        if d not in PUBLIC:
            return d


def fmt_phone(d, style=None):
    if style is None:
        style = wchoice([("pairs", 40), ("plain", 14), ("quads", 12), ("p45", 12), ("dots", 5), ("dash", 5),
                         ("p45plain", 4), ("0045", 4), ("p45quads", 4)])
    pr = "%s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:])
    if style == "pairs":
        return pr
    if style == "plain":
        return d
    if style == "quads":
        return d[:4] + " " + d[4:]
    if style == "p45":
        return "+45 " + pr
    if style == "dots":
        return pr.replace(" ", ".")
    if style == "dash":
        return pr.replace(" ", "-")
    if style == "p45plain":
        return "+45" + d
    if style == "0045":
        return "0045 " + d
    if style == "p45quads":
        return "+45 " + d[:4] + " " + d[4:]
    raise ValueError(style)


def foreign_phone(prefix=None):
    if prefix is None:
        prefix = R.choice(list(pools.FOREIGN_PHONE.keys()))
    groups = pools.FOREIGN_PHONE[prefix]
    parts = []
    for i, g in enumerate(groups):
        first = str(R.randint(1, 9)) if i == 0 else str(R.randint(0, 9))
        parts.append(first + "".join(str(R.randint(0, 9)) for _ in range(g - 1)))
    return prefix + " " + " ".join(parts)


def spoken_phone(d):
    out = []
    for i in range(0, 8, 2):
        p = int(d[i:i + 2])
        out.append(("nul " + ONES[p]) if d[i] == "0" else num_da(p))
    return ", ".join(out)


# ---------------------------------------------------------------- addresses
def ascii_name(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe")
    s = s.replace("Å", "Aa").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    s = s.replace("ð", "d").replace("đ", "d").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s


class Addr:
    def __init__(self, kommune=None, foreign=None):
        self.foreign = foreign
        if foreign:
            return
        if kommune is None:
            kommune = R.choice(pools.KOMMUNER)
        self.kommune = kommune
        self.street = R.choice(pools.STREETS)
        self.no = str(R.choice([R.randint(1, 40), R.randint(1, 40), R.randint(1, 160)]))
        self.letter = R.choice(["", "", "", "", "A", "B", "C"])
        self.floor = wchoice([("", 45), ("st. tv.", 8), ("st. th.", 8), ("1. tv.", 7), ("1. th.", 7),
                              ("2. tv.", 5), ("2. th.", 5), ("3. mf.", 3), ("1. sal", 3), ("4. tv.", 3),
                              ("lejl. 4", 2), ("2. 12", 2)])
        pc, town = R.choice(kommune[3])
        self.pc, self.town = pc, town

    def line1(self):
        s = "%s %s%s" % (self.street, self.no, self.letter)
        if self.floor:
            s += ", " + self.floor
        return s

    def fmt(self, style=None):
        if self.foreign:
            return self.foreign
        if style is None:
            style = wchoice([("full", 60), ("line1", 18), ("sloppy", 9), ("nocomma", 8), ("dash", 5)])
        if style == "full":
            return "%s, %s %s" % (self.line1(), self.pc, self.town)
        if style == "line1":
            return self.line1()
        if style == "twoline":
            return "%s\n%s %s" % (self.line1(), self.pc, self.town)
        if style == "sloppy":
            fl = self.floor.replace(".", "").replace(" ", "") if self.floor else ""
            s = "%s %s%s" % (self.street.lower(), self.no, self.letter.lower())
            if fl:
                s += " " + fl
            return s + " " + self.pc + " " + self.town.lower().replace("aarhus", "århus")
        if style == "nocomma":
            return "%s %s %s" % (self.line1().replace(",", ""), self.pc, self.town)
        if style == "dash":
            return "%s - %s %s" % (self.line1(), self.pc, self.town)
        raise ValueError(style)


# ---------------------------------------------------------------- persons
ALL_NAMES = []
for _o, (_f, _m, _l) in pools.NAMES.items():
    for _n in _f + _m + _l:
        if _n not in ALL_NAMES:
            ALL_NAMES.append(_n)
for _n in list(pools.NICKNAMES.values()):
    if _n not in ALL_NAMES and len(_n) > 2:
        ALL_NAMES.append(_n)


def pl_gender(last, gender):
    parts = last.split("-")
    out = []
    for p in parts:
        if gender == "m" and p.endswith("ska"):
            p = p[:-3] + "ski"
        elif gender == "f" and p.endswith("ski"):
            p = p[:-3] + "ska"
        out.append(p)
    return "-".join(out)


for _n in list(ALL_NAMES):
    for _g in ("m", "f"):
        _v = pl_gender(_n, _g)
        if _v not in ALL_NAMES:
            ALL_NAMES.append(_v)


def caps_word(s):
    return s.upper()


class Person:
    def __init__(self, gender, origin, dob, surname=None, kommune=None, pro=False):
        f, m, l = pools.NAMES[origin]
        self.gender = gender
        self.origin = origin
        self.first = R.choice(f if gender == "f" else m)
        self.last = surname if surname else R.choice(l)
        self.last = pl_gender(self.last, gender)
        self.middle = ""
        if origin in ("dk", "dkrare") and not pro and R.random() < 0.25:
            self.middle = R.choice(pools.NAMES["dkrare"][2] + pools.NAMES["dk"][2])
            if self.middle == self.last:
                self.middle = ""
        self.dob = dob
        self.cpr = cpr_digits(dob)
        self.phone = dk_phone()
        self.foreign_phone = None
        self.kommune = kommune or R.choice(pools.KOMMUNER)
        self.addr = None
        self.pro = pro
        self._email = None
        self._handle = None

    @property
    def full(self):
        if self.origin == "vn" and R.random() < 0.0:
            return self.last + " " + self.first
        parts = [self.first] + ([self.middle] if self.middle else []) + [self.last]
        return " ".join(parts)

    def initials(self):
        parts = re_split_name(self.full)
        ini = "".join(p[0].upper() for p in parts if p[0].isalpha())
        return ini[:4]

    def email(self, work_domain=None):
        if self._email is None:
            fn = ascii_name(self.first).lower().replace(" ", "").replace("-", "")
            ln = ascii_name(self.last).lower().replace(" ", "").replace("-", "")
            if self.pro and work_domain:
                style = R.choice(["init", "dot", "dot", "init"])
                if style == "init":
                    loc = ascii_name(self.initials()).lower()
                    if len(loc) < 3:
                        loc = loc + ln[:2]
                else:
                    loc = fn + "." + ln
                self._email = loc + "@" + work_domain
            else:
                yy = "%02d" % (self.dob.year % 100)
                loc = R.choice([fn + "." + ln, fn + ln + yy, fn + "_" + ln, fn + "." + ln[0], fn + yy,
                                ln + "." + fn, fn + "-" + ln + str(R.randint(1, 99))])
                self._email = loc + "@" + R.choice(pools.PRIVATE_DOMAINS)
        return self._email

    def handle(self):
        if self._handle is None:
            fn = ascii_name(self.first).lower().replace(" ", "")
            ln = ascii_name(self.last).lower().replace(" ", "").replace("-", "")
            yy = "%02d" % (self.dob.year % 100)
            self._handle = R.choice([fn + "_" + yy, fn + "." + ln[:3], "xx" + fn + "xx", fn + ln[0] + "_official",
                                     "lil." + fn, fn + "." + yy + yy, "its_" + fn, fn + "_" + ln])
        return self._handle


def re_split_name(s):
    return [p for p in re.split(r"[ \-]", s) if p]


# ---------------------------------------------------------------- document
class Doc:
    def __init__(self):
        self.text = ""
        self.spans = []  # (kind, start, end)

    def t(self, s):
        if s.startswith(".") and self.text.endswith(".") and not s.startswith(".."):
            s = s[1:]
        self.text += s

    def s(self, kind, s):
        assert s == s.strip() and s, repr(s)
        st = len(self.text)
        self.text += s
        self.spans.append((kind, st, len(self.text)))

    def role(self, s):
        if self.text == "" or re.search(r"([.!?]\s+|\n\s*|^\s*|[\"\u201c]|: )$", self.text):
            s = s[0].upper() + s[1:]
        self.text += s

    def extend(self, other):
        off = len(self.text)
        self.text += other.text
        self.spans += [(k, a + off, b + off) for k, a, b in other.spans]

    def words(self):
        return len(self.text.split())

    def segments(self):
        out, pos = [], 0
        for k, a, b in self.spans:
            if a > pos:
                out.append((None, self.text[pos:a]))
            out.append((k, self.text[a:b]))
            pos = b
        if pos < len(self.text):
            out.append((None, self.text[pos:]))
        return out

    @staticmethod
    def from_segments(segs):
        d = Doc()
        for k, s in segs:
            if k is None:
                d.t(s)
            else:
                d.s(k, s)
        return d


class Role(str):
    pass


def emit(doc, v):
    if v is None:
        return
    if isinstance(v, Role):
        doc.role(str(v))
    elif isinstance(v, str):
        doc.t(v)
    elif isinstance(v, tuple):
        doc.s(v[0], v[1])
    elif isinstance(v, list):
        for x in v:
            emit(doc, x)
    else:
        raise TypeError(v)


TOK = re.compile(r"\{(\w+)\}")


def fill(doc, tpl, ctx):
    pos = 0
    for m in TOK.finditer(tpl):
        doc.t(tpl[pos:m.start()])
        emit(doc, ctx[m.group(1)])
        pos = m.end()
    doc.t(tpl[pos:])


# ---------------------------------------------------------------- case context
PRO_ROLES = ["sb", "sb2", "leder", "laerer", "sp", "laege", "tandlaege", "kp", "psyk", "paed",
             "advokat", "frh", "skolesp", "kontakt", "ppr", "sagsb"]
ROLE_WORDS = {
    "barn": ([["Barn A", "barnet", "pigen"], ["Barn A", "barnet", "drengen"]],
             [["Barn A's", "barnets", "pigens"], ["Barn A's", "barnets", "drengens"]]),
    "barn2": ([["Barn B", "lillesøster"], ["Barn B", "lillebror"]],
              [["Barn B's", "lillesøsters"], ["Barn B's", "lillebrors"]]),
    "halv": ([["halvsøsteren", "Barn C"], ["halvbroren", "Barn C"]],
             [["halvsøsterens", "Barn C's"], ["halvbrorens", "Barn C's"]]),
    "mor": (["mor", "moren"], ["mors", "morens"]),
    "far": (["far", "faren"], ["fars", "farens"]),
    "partner": (["mors samlever", "stedfar"], ["mors samlevers", "stedfars"]),
    "fpartner": (["fars nye kæreste", "fars samlever"], ["fars nye kærestes", "fars samlevers"]),
    "plejemor": (["plejemor"], ["plejemors"]),
    "plejefar": (["plejefar"], ["plejefars"]),
    "mormor": (["mormor"], ["mormors"]),
    "morfar": (["morfar"], ["morfars"]),
    "farmor": (["farmor"], ["farmors"]),
    "ung": (["den unge", "Ung A"], ["den unges", "Ung A's"]),
    "ven": (["en klassekammerat", "Barn D"], ["klassekammeratens", "Barn D's"]),
    "ven2": (["en anden elev", "Barn E"], ["den anden elevs", "Barn E's"]),
    "kr": (["den voksne profil", "afsenderen"], ["den voksne profils", "afsenderens"]),
    "sb": (["sagsbehandleren", "rådgiveren"], ["sagsbehandlerens", "rådgiverens"]),
    "sb2": (["den nye sagsbehandler", "den modtagende rådgiver"], ["den nye sagsbehandlers", "den modtagende rådgivers"]),
    "leder": (["teamlederen", "afdelingslederen"], ["teamlederens", "afdelingslederens"]),
    "laerer": (["klasselæreren", "kontaktlæreren"], ["klasselærerens", "kontaktlærerens"]),
    "sp": (["sundhedsplejersken"], ["sundhedsplejerskens"]),
    "skolesp": (["skolesundhedsplejersken"], ["skolesundhedsplejerskens"]),
    "laege": (["egen læge", "lægen"], ["egen læges", "lægens"]),
    "tandlaege": (["tandlægen", "tandplejeren"], ["tandlægens", "tandplejerens"]),
    "kp": (["kontaktpersonen"], ["kontaktpersonens"]),
    "kontakt": (["kontaktpersonen"], ["kontaktpersonens"]),
    "psyk": (["psykologen"], ["psykologens"]),
    "ppr": (["PPR-psykologen"], ["PPR-psykologens"]),
    "paed": (["pædagogen"], ["pædagogens"]),
    "advokat": (["advokaten", "fars advokat"], ["advokatens", "fars advokats"]),
    "frh": (["rådgiveren i Familieretshuset", "børnesagkyndig"], ["børnesagkyndiges", "rådgiverens"]),
    "sagsb": (["sagsbehandleren"], ["sagsbehandlerens"]),
}


def gen_of(name):
    if name[-1] in "sxzSXZ":
        return [("name", name), "'"]
    return [("name", name + "s")]


class Case:
    def __init__(self, ref_year=2025, child_age=(2, 16), kommune=None, anbragt=False, origin=None):
        self.ref = datetime.date(ref_year, R.randint(1, 11), R.randint(1, 28))
        self.child_age = child_age
        self.kommune = kommune or R.choice(pools.KOMMUNER)
        self.kommune2 = R.choice([k for k in pools.KOMMUNER if k[0] != self.kommune[0]])
        self.origin = origin or wchoice(pools.FAMILY_ORIGINS)
        self.origin_far = self.origin if R.random() < 0.75 else wchoice(pools.FAMILY_ORIGINS)
        self.anbragt = anbragt
        self.people = {}
        self.homes = {}
        self.hyphen = R.random() < 0.12

    def dob_for_age(self, a0, a1):
        y = self.ref.year - R.randint(a0, a1)
        d = rand_date(y, y)
        if d >= self.ref:
            d = rand_date(y - 1, y - 1)
        return d

    def home(self, key, kommune=None, foreign=False):
        if key not in self.homes:
            if foreign:
                fa, country = R.choice(pools.FOREIGN_ADDR)
                self.homes[key] = Addr(foreign=fa)
            else:
                self.homes[key] = Addr(kommune or self.kommune)
        return self.homes[key]

    def get(self, role):
        if role in self.people:
            return self.people[role]
        p = self.make(role)
        tries = 0
        while tries < 30 and any(q.first == p.first or q.full == p.full or p.first == q.last
                                 for q in self.people.values()):
            p.first = R.choice(pools.NAMES[p.origin][0 if p.gender == "f" else 1])
            tries += 1
        self.people[role] = p
        return p

    def fresh(self, prefixes=("x",)):
        for k in list(self.people.keys()):
            if any(k == px or (k.startswith(px) and k[len(px):].isdigit()) for px in prefixes):
                del self.people[k]
        for k in list(self.homes.keys()):
            if k.startswith("hx"):
                del self.homes[k]

    def make(self, role):
        g = R.choice(["f", "m"])
        a0, a1 = self.child_age
        if role in ("barn", "barn2", "ven", "ven2", "xb", "xb2", "xb3"):
            if role == "barn2":
                a0, a1 = max(0, a0 - 3), a1 + 2
            p = None
            if role in ("barn", "barn2"):
                far = self.get("far") if role == "barn" or "far" in self.people else None
                mor = self.get("mor")
                far = self.get("far")
                sur = far.last if R.random() < 0.55 else mor.last
                if self.hyphen and mor.last != far.last:
                    sur = mor.last + "-" + far.last
                origin = self.origin if R.random() < 0.8 else self.origin_far
                p = Person(g, origin, self.dob_for_age(a0, a1), surname=sur, kommune=self.kommune)
                p.addr = self.home("pleje" if self.anbragt else "hjem1")
            else:
                p = Person(g, wchoice(pools.FAMILY_ORIGINS), self.dob_for_age(a0, a1), kommune=self.kommune)
                p.addr = self.home("h" + role, self.kommune)
            return p
        if role == "halv":
            far = self.get("far")
            p = Person(g, self.origin_far, self.dob_for_age(0, 5), surname=far.last)
            p.addr = self.home("hjem2", self.kommune2 if R.random() < 0.4 else self.kommune)
            return p
        if role in ("mor", "far", "partner", "fpartner", "x", "x2", "x3", "x4", "kr"):
            gender = {"mor": "f", "far": "m", "partner": "m", "fpartner": "f", "kr": "m"}.get(role, g)
            origin = {"mor": self.origin, "far": self.origin_far}.get(role, wchoice(pools.FAMILY_ORIGINS))
            kid_year = self.ref.year - a1
            dob = rand_date(kid_year - 38, kid_year - 19) if role not in ("x", "x2", "x3", "x4", "kr") \
                else rand_date(1962, 2001)
            p = Person(gender, origin, dob)
            if role in ("mor", "partner"):
                p.addr = self.home("hjem1")
            elif role in ("far", "fpartner"):
                p.addr = self.home("hjem2", self.kommune2 if R.random() < 0.35 else self.kommune,
                                   foreign=R.random() < 0.06)
            else:
                p.addr = self.home("h" + role, R.choice(pools.KOMMUNER), foreign=R.random() < 0.05)
            if p.addr.foreign:
                p.foreign_phone = foreign_phone()
            return p
        if role in ("plejemor", "plejefar"):
            p = Person("f" if role == "plejemor" else "m", wchoice(pools.PRO_ORIGINS), rand_date(1961, 1990))
            if role == "plejefar" and "plejemor" in self.people and R.random() < 0.6:
                p.last = self.people["plejemor"].last
            p.addr = self.home("pleje")
            return p
        if role in ("mormor", "morfar", "farmor"):
            origin = self.origin_far if role == "farmor" else self.origin
            p = Person("m" if role == "morfar" else "f", origin, rand_date(1948, 1972))
            p.addr = self.home(role, R.choice(pools.KOMMUNER), foreign=R.random() < 0.15)
            if p.addr.foreign:
                p.foreign_phone = foreign_phone()
            return p
        if role == "ung":
            p = Person(g, self.origin, self.dob_for_age(18, 22))
            p.addr = self.home("ung")
            return p
        # professionals
        p = Person(g, wchoice(pools.PRO_ORIGINS), rand_date(1960, 1997), pro=True)
        dom = self.kommune[1]
        if role == "sb2":
            dom = self.kommune2[1]
        if role == "laege":
            dom = "dadlnet.dk"
        if role == "frh":
            dom = "familieretshuset.dk"
        if role == "psyk":
            dom = R.choice(["psykologhuset-midt.dk", "psykcenter.dk"])
        if role == "advokat":
            dom = "advokatfirmaet-nord.dk"
        p.work_domain = dom
        return p


class Ctx:
    """ctx['mor_tlf'] -> segment(s). mode 'p' (planted) or 'c' (roles only)."""
    DATA = ("tlf", "tlfs", "mail", "mails", "adr", "adr1", "adr2", "cpr", "dob", "dobt", "handle", "init",
            "ftlf", "form", "efternavn", "fornavn", "titel", "kalde", "lille", "typo")

    def __init__(self, case, mode, extra=None):
        self.case = case
        self.mode = mode
        self.extra = extra or {}
        self.rolecache = {}

    def __getitem__(self, key):
        if key in self.extra:
            v = self.extra[key]
            return v() if callable(v) else v
        if key in ("han", "Han", "ham", "hans"):
            return self.pron("barn", key)
        if "_" in key:
            role, field = key.split("_", 1)
        else:
            role, field = key, ""
        cap = False
        if role[0].isupper():
            cap = True
            role = role[0].lower() + role[1:]
        if self.mode == "c":
            return self.rolev(role, field, cap)
        return self.plant(role, field)

    def rolev(self, role, field, cap):
        if field in ("han", "ham", "hans", "alder", "Han"):
            return self.pron(role, field)
        words = ROLE_WORDS[role]
        gender = None
        if isinstance(words[0][0], list):
            p = self.case.get(role)
            gi = 0 if p.gender == "f" else 1
            base, gen = words[0][gi], words[1][gi]
        else:
            base, gen = words
        if role not in self.rolecache:
            self.rolecache[role] = R.randrange(len(base))
        i = self.rolecache[role] if R.random() < 0.7 else R.randrange(len(base))
        if field in ("g", "fuldg"):
            w = gen[i]
        elif field == "fuld" and role in ("barn", "barn2", "ung"):
            w = base[0] + " (%s)" % self.pron(role, "alder")
        else:
            w = base[i]
        if cap:
            w = w[0].upper() + w[1:]
        return Role(w)

    def pron(self, role, field):
        p = self.case.get(role)
        if field == "alder":
            a = self.case.ref.year - p.dob.year - ((self.case.ref.month, self.case.ref.day) < (p.dob.month, p.dob.day))
            if a == 0:
                m = (self.case.ref.year - p.dob.year) * 12 + self.case.ref.month - p.dob.month
                return "%d mdr." % max(m, 1)
            return "%d år" % a
        f = p.gender == "f"
        return {"han": "hun" if f else "han", "Han": "Hun" if f else "Han", "ham": "hende" if f else "ham",
                "hans": "hendes" if f else "hans"}[field]

    def plant(self, role, field):
        c = self.case
        p = c.get(role)
        if field in ("han", "ham", "hans", "alder", "Han"):
            return self.pron(role, field)
        if field == "":
            if p.pro:
                return ("name", p.full if R.random() < 0.55 else p.first)
            r = R.random()
            if r < 0.06 and p.first in pools.NICKNAMES:
                return ("name", pools.NICKNAMES[p.first])
            if r < 0.09 and p.first in pools.TYPOS:
                return ("name", pools.TYPOS[p.first])
            return ("name", p.first)
        if field == "fornavn":
            return ("name", p.first)
        if field == "fuld":
            n = p.full
            if R.random() < 0.05 and p.last in pools.TYPOS:
                n = n.replace(p.last, pools.TYPOS[p.last])
            return ("name", n)
        if field == "efternavn":
            return ("name", p.last)
        if field == "g":
            return gen_of(p.first)
        if field == "fuldg":
            return gen_of(p.full)
        if field == "form":
            st = R.choice(["lastfirst", "caps", "capslast", "lastfirst"])
            if st == "lastfirst":
                return ("name", "%s, %s" % (p.last, p.first + (" " + p.middle if p.middle else "")))
            if st == "caps":
                return ("name", p.full.upper())
            return ("name", "%s, %s" % (p.last.upper(), p.first.upper()))
        if field == "init":
            ini = p.initials()
            if R.random() < 0.3 and len(ini) >= 2:
                return ("name", ".".join(ini[:2]) + ".")
            return ("name", ini)
        if field == "lille":
            return ("name", p.first.lower())
        if field == "kalde":
            return ("name", pools.NICKNAMES.get(p.first, p.first))
        if field == "titel":
            return ["dr. ", ("name", p.last)] if R.random() < 0.6 else [("name", p.full)]
        if field == "handle":
            return ("name", p.handle())
        if field == "tlf":
            if p.foreign_phone and R.random() < 0.7:
                return ("phone", p.foreign_phone)
            return ("phone", fmt_phone(p.phone))
        if field == "ftlf":
            if not p.foreign_phone:
                p.foreign_phone = foreign_phone()
            return ("phone", p.foreign_phone)
        if field == "tlfs":
            return ("phone", spoken_phone(p.phone))
        if field == "mail":
            return ("email", p.email(getattr(p, "work_domain", None)))
        if field == "mails":
            e = p.email(getattr(p, "work_domain", None))
            loc, dom = e.split("@")
            sp = loc.replace(".", " punktum ").replace("_", " bundstreg ").replace("-", " bindestreg ")
            return ("email", sp + " snabel-a " + dom.replace(".", " punktum "))
        if field in ("adr", "adr1", "adr2"):
            a = p.addr or c.home("h" + role)
            st = {"adr": None, "adr1": "line1", "adr2": "twoline"}[field]
            if a.foreign:
                st = None
            return ("address", a.fmt(st))
        if field == "cpr":
            return ("cpr", fmt_cpr(p.cpr))
        if field == "dob":
            if R.random() < 0.12:
                return ("dob", fmt_date(p.dob, R.choice(["en_us", "en_uk", "d.m.yy", "spoken", "en_uk"])))
            return ("dob", fmt_date(p.dob, wchoice([("dot", 40), ("long", 20), ("iso", 8), ("slash", 8),
                                                    ("dash", 8), ("slash4", 6), ("short", 6), ("dmon", 4)])))
        if field == "dobt":
            return ("dob", fmt_date(p.dob))
        raise KeyError(role + "_" + field)


def tpl_ok_for_clean(tpl, extra_keys=()):
    for m in TOK.finditer(tpl):
        k = m.group(1)
        if k in extra_keys or k in ("han", "Han", "ham", "hans"):
            continue
        role = k.split("_", 1)[0]
        role = role[0].lower() + role[1:]
        if role not in ROLE_WORDS:
            return False
        if "_" in k:
            f = k.split("_", 1)[1]
            if f in Ctx.DATA:
                return False
    return True


# ---------------------------------------------------------------- checks
def _name_regex():
    forms = []
    for n in ALL_NAMES:
        for f in (n, n.upper()):
            if f not in forms:
                forms.append(f)
    forms.sort(key=lambda s: (-len(s), s))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


NAME_RE = _name_regex()
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in pools.STREETS) + r")\s+\d", re.I)
RUN_RE = re.compile(r"\+?\d(?:[ .\-]?\d)*")
FODT_RE = re.compile(r"(?<!\w)(?:født|f\.|fødselsdato|fødselsdag)\s*:?\s*(?:d\.|den)?\s*(?=\d)", re.I)
DATE_RUN = re.compile(r"^(\d{1,2})([.\-])(\d{1,2})\2(\d{4}|\d{2})$")
ISO_RUN = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
TIME_RUN = re.compile(r"^\d{1,2}\.\d{2}-\d{1,2}\.\d{2}$")
YEARS_RUN = re.compile(r"^(19|20)\d\d-(19|20)\d\d$")


def valid_ddmm(dd, mm):
    return 1 <= dd <= 31 and 1 <= mm <= 12


def classify_run(run):
    """return 'phone', 'cpr' or None for a maximal digit run."""
    digits = re.sub(r"\D", "", run)
    if digits in PUBLIC:
        return None
    if DATE_RUN.match(run):
        m = DATE_RUN.match(run)
        if valid_ddmm(int(m.group(1)), int(m.group(3))):
            return None
    if ISO_RUN.match(run) or TIME_RUN.match(run) or YEARS_RUN.match(run):
        return None
    if run.startswith("+") or (run.startswith("00") and len(digits) >= 10):
        return "phone"
    if len(digits) == 10 and valid_ddmm(int(digits[:2]), int(digits[2:4])):
        return "cpr"
    if len(digits) == 8:
        return "phone"
    return None


def inside(spans, a, b):
    for k, s, e in spans:
        if s <= a and b <= e:
            return True
    return False


def check_doc(text, spans, allowed, band, whitelist_runs=()):
    errs = []
    prev = 0
    for k, a, b in spans:
        if k not in allowed:
            errs.append("kind " + k)
        if a < prev:
            errs.append("overlap/sort")
        prev = b
        st = text[a:b]
        if st != st.strip() or not st:
            errs.append("ws")
    n = len(text.split())
    if not (band[0] <= n <= band[1]):
        errs.append("band %d not in %s" % (n, band))
    # unplanted copies
    seen = []
    for k, a, b in spans:
        st = text[a:b]
        if st in seen:
            continue
        seen.append(st)
        for m in re.finditer(r"(?<!\w)" + re.escape(st) + r"(?!\w)", text):
            if not inside(spans, m.start(), m.end()):
                errs.append("copy %r" % st)
                break
    for m in NAME_RE.finditer(text):
        if not inside(spans, m.start(), m.end()):
            errs.append("poolname %r" % m.group(0))
    for m in RUN_RE.finditer(text):
        if inside(spans, m.start(), m.end()):
            continue
        # partially inside a span? then skip the run (it belongs to the span)
        if any(s < m.end() and m.start() < e for _, s, e in spans):
            continue
        c = classify_run(m.group(0))
        if c:
            errs.append("%s-shaped %r" % (c, m.group(0)))
    for i, ch in enumerate(text):
        if ch == "@" and not any(k == "email" and s <= i < e for k, s, e in spans):
            errs.append("@")
            break
    for m in STREET_RE.finditer(text):
        if not any(k == "address" and s <= m.start() < e for k, s, e in spans):
            errs.append("street+number %r" % m.group(0))
    for m in FODT_RE.finditer(text):
        if not any(k in ("dob", "cpr") and s <= m.end() < e for k, s, e in spans):
            errs.append("født+digits %r" % text[m.start():m.end() + 6])
    return errs
# ---------------------------------------------------------------- genre 1: money
MONEY = {
    "plejevederlag": dict(
        age=(1, 17), anbragt=True, sep="\n\n",
        head=[
            "{kommune} Kommune\nBørn og Unge, Myndighed\n{dato}\n\nTil plejefamilien\n{plejemor_fuld} og {plejefar_fuld}\n{plejemor_adr2}\n\nVedr.: {barn_fuld}, født {barn_dob}, cpr.nr. {barn_cpr}",
            "UDBETALINGSMEDDELELSE\nPlejebarn: {barn_form}, f. {barn_dob} ({barn_cpr})\nPlejefamilie: {plejemor_fuld}, {plejemor_adr}\nSagsbehandler: {sb_fuld}, tlf. {sb_tlf}",
            "Kære {plejemor} og {plejefar}\n\nHermed besked om vederlag og omkostningsbeløb for {barn_fuld}, født {barn_dob}, som bor hos jer på {plejemor_adr1}.",
        ],
        chead=[
            "{kommune} Kommune\nBørn og Unge, Myndighed\n{dato}\n\nTil plejefamilien\n\nVedr.: vederlag og omkostningsbeløb, sagsnr. {sagsnr}",
            "UDBETALINGSMEDDELELSE\nPlejebarn: {barn_fuld}\nAnbringelsesgrundlag: Barnets lov § {anbr_par}\nSagsnr.: {sagsnr}",
        ],
        body=[
            "Vederlaget udgør {vederlag} vederlagsenheder pr. måned og udbetales bagud den sidste bankdag i måneden til reg.nr. {regnr} kontonr. {kontonr}. Kontoen står i {plejemor_g} navn.",
            "Omkostningsbeløbet udgør {belob} pr. måned til {barn_g} kost, tøj, lommepenge og fritid. Derudover er der bevilget {belob2} til cykel og hjelm, jf. aftale med {plejefar} den {dato2}.",
            "Spørgsmål om udbetalingen kan rettes til {sb_fuld} på direkte telefon {sb_tlf} eller på {sb_mail}. Ved ændringer i adresse eller kontooplysninger skal I give besked senest den 10. i måneden.",
            "{Plejemor} har oplyst, at familien pr. 1. {maaned} flytter til {plejemor_adr}. Der ændres ikke i vederlaget, men kørselsgodtgørelsen til samvær med {mor} beregnes fremover fra den nye adresse.",
            "Samvær med {far} ({far_tlf}) foregår hver anden weekend i {far_g} hjem på {far_adr}. Kørsel refunderes efter statens lave takst med {km_takst} pr. km.",
            "{Barn} fylder {alder_next} år i {maaned}, og der er fra fødselsdagen ({barn_dob}) ret til forhøjet lommepengesats. Beløbet reguleres automatisk.",
            "Rejseudgifter til samvær med {farmor} ({farmor_ftlf}) i udlandet overføres til hendes konto, IBAN {iban}, BIC {bic}.",
            "Der er ved en fejl udbetalt {belob2} for meget i {maaned}. Beløbet modregnes i de næste tre udbetalinger. Kontakt {leder_fuld} på {leder_tlf}, hvis I ønsker en anden afdragsordning.",
        ],
        shared=[
            "Vederlag er skattepligtig indkomst, mens omkostningsbeløbet er skattefrit. Plejefamilien sørger selv for korrekt forskudsopgørelse hos Skattestyrelsen.",
            "Afgørelsen om anbringelse er truffet efter Barnets lov § {anbr_par}. Vederlaget fastsættes efter KL's vejledende takster for {aar} og reguleres pr. 1. januar.",
            "Ved sygdom hos {barn} i mere end 14 dage kan der søges om ekstra vederlag. Ansøgningen sendes via Digital Post med angivelse af sagsnr. {sagsnr}.",
            "Bemærk, at omkostningsbeløbet ikke dækker tandregulering, briller eller medicin. Disse udgifter søges særskilt som særudgifter.",
        ],
        cbody=[
            "Beløbet udbetales til plejefamiliens NemKonto. Kommunen har ikke adgang til at ændre NemKonto; ændringer sker i plejefamiliens egen bank.",
            "Har I spørgsmål, kan I ringe til kommunens hovednummer {hovednr} og bede om familieplejeteamet. Telefontiden er mandag til torsdag kl. 9.00-14.00.",
            "Kørsel til samvær med {mor} refunderes efter statens lave takst ({km_takst} pr. km). Kørselsbilag indsendes senest den 5. i den følgende måned.",
        ],
        tail=[
            "Med venlig hilsen\n\n{sb_fuld}\nSagsbehandler, familieplejeteamet\nDirekte: {sb_tlf}\n{sb_mail}",
            "Venlig hilsen\n{sb_fuld} / {sb_init}\n{kommune} Kommune",
        ],
        ctail=["Med venlig hilsen\n\nFamilieplejeteamet\n{kommune} Kommune", "Venlig hilsen\nBørn og Unge, Myndighed"],
    ),
    "betalingsliste": dict(
        age=(3, 17), anbragt=True, sep="\n",
        head=[
            "BETALINGSLISTE - anbringelser uden for hjemmet\n{kommune} Kommune, udbetaling {maaned} {aar}\nUdskrevet af {sb_init} den {dato}\n",
            "Udbetalingsoversigt, plejefamilier og netværksplejefamilier, {maaned} {aar}\nKontrolleret af: {leder_fuld}\n",
        ],
        chead=[
            "BETALINGSLISTE - anbringelser uden for hjemmet\n{kommune} Kommune, udbetaling {maaned} {aar}\nListen indeholder kun sagsnumre; personoplysninger ligger i fagsystemet.\n",
            "Udbetalingsoversigt, institutioner og opholdssteder, {maaned} {aar}\nKontrolleret af afdelingslederen den {dato}\n",
        ],
        body=[
            "*{x_form} | f. {x_dob} | {x_adr} | vederlag {belob} | reg.nr. {regnr} konto {kontonr}",
            "*{x_fuld} (f. {x_dob}), {x_adr}, tlf. {x_tlf} - omkostningsbeløb {belob} - barn: {xb_fornavn} ({xb_cpr})",
            "*Plejefamilie {x_efternavn} ({x_mail}) - {belob} - plejebarn f. {xb_dob} - kørsel til skole, {km} km",
            "*{xb_form}, f. {xb_dob}, cpr {xb_cpr}, netværkspleje hos {x_fuld}, {x_adr} - {belob}",
        ],
        shared=[
            "*Sagsnr. {sagsnr} | opholdssted, CVR {cvr} | døgntakst {belob} | {dage} døgn",
            "*Sagsnr. {sagsnr} | {institution} | EAN {ean} | månedstakst {belob}",
        ],
        cbody=[
            "*Sagsnr. {sagsnr} | plejefamilie, kommunal | vederlag {vederlag} enheder | omkostning {belob}",
            "*Sagsnr. {sagsnr} | netværksplejefamilie | omkostningsbeløb {belob} | kørsel {km} km",
        ],
        tail=[
            "\nI alt til udbetaling: {belob3}. Afvigelser meldes til {leder_fuld} ({leder_mail}) inden kl. 12.00 på udbetalingsdagen.",
            "\nListen er godkendt af {leder_init}. Spørgsmål: {sb_fuld}, {sb_tlf}.",
        ],
        ctail=[
            "\nI alt til udbetaling: {belob3}. Afvigelser meldes til økonomiteamet inden kl. 12.00 på udbetalingsdagen.",
            "\nListen er godkendt i ledelsestilsynet. Bilag opbevares i fagsystemet under KLE 27.24.00.",
        ],
    ),
    "saerudgift": dict(
        age=(6, 17), anbragt=False, sep="\n\n",
        head=[
            "Afgørelse om særudgifter\n\nTil: {mor_fuld}, {mor_adr}\nKopi: {far_fuld}, {far_adr}\nBarn: {barn_fuld}, cpr. {barn_cpr}",
            "Kære {mor}\n\nDu har den {dato2} søgt om dækning af særudgifter til {barn_fuld} (f. {barn_dob}).",
            "Notat - ansøgning om særudgift\nAnsøger: {far_form}, f. {far_dob}, {far_adr}, tlf. {far_tlf}\nBarn: {barn_fuld}, {barn_cpr}",
        ],
        chead=[
            "Afgørelse om særudgifter\n\nTil: forældremyndighedsindehaverne\nSagsnr.: {sagsnr}\nBarn: {barn_fuld}",
            "Notat - ansøgning om særudgift\nAnsøger: {mor}\nBarn: {barn_fuld}\nSagsnr.: {sagsnr}",
        ],
        body=[
            "Der søges om {belob} til konfirmation samt {belob2} til briller. {Mor} oplyser, at {far} ikke betaler børnebidrag, og at bidraget i stedet udlægges af Udbetaling Danmark.",
            "{Far} betaler efter Familieretshusets afgørelse normalbidrag med tillæg. Ifølge {mor} er han flyttet fra {far_adr} til udlandet og har fået nyt nummer, {far_ftlf}.",
            "Beløbet udbetales til {mor_g} konto, reg.nr. {regnr} kontonr. {kontonr}. Kvitteringer sendes til {sb_mail} senest tre måneder efter købet.",
            "Ansøgningen er drøftet med {leder_fuld}. Vi har lagt vægt på, at {barn} er i behandling hos {psyk_fuld} og har brug for et fritidstilbud, der kan støtte op om indsatsen.",
            "Har du spørgsmål, er du velkommen til at ringe til mig på {sb_tlf}. Jeg træffes bedst tirsdag og torsdag formiddag.",
            "{Mormor} ({mormor_tlf}) har tilbudt at betale halvdelen af udgiften til {barn_g} fodboldkontingent. Hun bor på {mormor_adr}.",
        ],
        shared=[
            "Kommunen kan efter Barnets lov dække særlige udgifter, når det er nødvendigt for barnets udvikling, og når forældrene ikke selv har økonomisk mulighed for det.",
            "Børnebidraget fastsættes af Familieretshuset og er ikke en del af denne afgørelse. Spørgsmål om bidrag rettes til Familieretshuset på {frh_nr}.",
            "Vi har bevilget {belob} til {ting}. Ansøgningen om {ting2} er afslået, da udgiften efter vores vurdering hører under den almindelige forsørgelse.",
            "Du kan klage over afgørelsen inden fire uger. Klagen sendes til kommunen, som genvurderer sagen og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes.",
        ],
        cbody=[
            "Beløbet udbetales til ansøgerens NemKonto, når kommunen har modtaget kvitteringer. Kvitteringer kan uploades via borger.dk eller sendes med Digital Post.",
            "Ansøgningen er drøftet på teammødet den {dato2}, hvor der blev lagt vægt på, at {barn} har brug for et fast fritidstilbud.",
        ],
        tail=["Med venlig hilsen\n{sb_fuld}\nRådgiver, Børn og Unge\n{sb_tlf} | {sb_mail}", "Venlig hilsen\n\n{sb_fuld}"],
        ctail=["Med venlig hilsen\nRådgiver, Børn og Unge\n{kommune} Kommune", "Venlig hilsen\nMyndighedsafdelingen"],
    ),
    "refusion": dict(
        age=(2, 15), anbragt=True, sep="\n\n",
        head=[
            "Fra: {plejemor_fuld} <{plejemor_mail}>\nTil: {sb_mail}\nEmne: Kørsel og udstyr - {barn} ({barn_dob})",
            "Fra: {plejefar_mail}\nSendt: {dato} {klok}\nTil: {sb_fuld}\nEmne: Refusion, {barn_fuld} (f. {barn_dob})",
        ],
        chead=[
            "Fra: plejefamilien (sikker mail)\nTil: familieplejeteamet\nEmne: Kørsel og udstyr - sagsnr. {sagsnr}",
            "Emne: Refusion af kørsel til samvær\nSendt: {dato} {klok}",
        ],
        body=[
            "^Hej {sb}\n\nVedhæfter kørselsregnskab for {maaned}. Vi har kørt {barn} til samvær hos {mor} på {mor_adr} fire gange, i alt {km} km.",
            "{Farmor} har lagt ud for flybilletten til {barn}. Hun vil gerne have pengene på sin konto i udlandet: IBAN {iban}, BIC {bic}.",
            "Derudover har vi købt autostol og regntøj til {barn} for i alt {belob}. Kvitteringerne er vedhæftet med {barn_g} cpr-nr. {barn_cpr} på. Pengene kan sættes ind på reg.nr. {regnr} konto {kontonr}.",
            "Samværet hos {far} er flyttet til {far_g} kæreste på {fpartner_adr}, så der er kommet ekstra kilometer på. Hun hedder {fpartner_fuld}, hvis I skal bruge det.",
            "Ring endelig på {plejemor_tlf}, hvis noget er uklart. {Plejefar} er på arbejde i dagtimerne, men kan fanges på {plejefar_tlf} efter kl. 16.",
            "{Barn} har fået ny cykel af {farmor} ({farmor_tlf}), så den skal vi ikke søge om alligevel.",
        ],
        shared=[
            "Vi har brugt Rejsekort til de ture, hvor {barn} tog toget med sin kontaktperson. Udskriften fra Rejsekort er vedhæftet som pdf.",
            "Vi ved godt, at fristen var den 5., men vi har haft travlt med skolestarten. Håber det kan nås i denne måned.",
            "Kørslen er opgjort efter statens lave takst på {km_takst} pr. km. Parkering ved Rigshospitalet er lagt oveni med {belob2}.",
        ],
        cbody=[
            "^Hej\n\nVedhæfter kørselsregnskab for {maaned}. Vi har kørt {barn} til samvær hos {mor} fire gange, i alt {km} km.",
            "Derudover har vi købt vinterstøvler og regntøj til {barn} for i alt {belob}. Kvitteringerne er vedhæftet, og beløbet kan udbetales til vores NemKonto.",
        ],
        tail=["Venlig hilsen\n{plejemor} og {plejefar}", "Mvh {plejemor_fuld}\n{plejemor_tlf}"],
        ctail=["Venlig hilsen\nPlejefamilien", "Mvh plejemor"],
    ),
    "rykker": dict(
        age=(3, 17), anbragt=True, sep="\n\n",
        head=[
            "RYKKER - 2. påmindelse\n\n{far_form}\n{far_adr2}\n\nCpr.nr.: {far_cpr}\nDebitornr.: {debitor}",
            "{kommune} Kommune, Opkrævning\n\nTil {mor_fuld} (f. {mor_dob})\n{mor_adr2}\n\nVedr. forældrebetaling for {barn_fuld} ({barn_cpr})",
        ],
        chead=[
            "RYKKER - 2. påmindelse\n\nDebitornr.: {debitor}\nVedr.: forældrebetaling ved anbringelse, sagsnr. {sagsnr}",
            "{kommune} Kommune, Opkrævning\n\nVedr. forældrebetaling ved anbringelse uden for hjemmet",
        ],
        body=[
            "Vi har endnu ikke modtaget betaling af {belob} med forfald {dato2}. Beløbet vedrører forældrebetaling for {barn_fuld}, født {barn_dob}, som er anbragt hos {plejemor_fuld}.",
            "Hvis du ikke kan betale det fulde beløb, kan du aftale en afdragsordning med {sb_fuld} på {sb_tlf}. Du kan også skrive til {sb_mail}.",
            "Betalingen kan ske til reg.nr. {regnr} kontonr. {kontonr} med debitornummeret som tekst. Fra udlandet: IBAN {iban}, BIC {bic}.",
            "Vi har den {dato2} forsøgt at ringe til dig på {far_tlf} uden at få fat i dig. Brevet sendes derfor også til din tidligere adresse, {far_adr}.",
            "Restgælden er overført fra {kommune2} Kommune, hvor {mor} boede indtil sin flytning til {mor_adr}.",
        ],
        shared=[
            "Der er pålagt et rykkergebyr på 100 kr. Betales beløbet ikke inden 14 dage, overdrages kravet til Gældsstyrelsen til inddrivelse.",
            "Forældrebetalingen er fastsat ud fra husstandens indkomst og kan nedsættes, hvis indkomsten er faldet. Kontakt os, hvis dine forhold har ændret sig.",
            "Oversigt: opkrævet {belob}, indbetalt {belob2}, rykkergebyr 100,00 kr.",
        ],
        cbody=[
            "Vi har endnu ikke modtaget betaling af {belob} med forfald {dato2}. Beløbet vedrører forældrebetaling for {barn_fuld}, som er anbragt i plejefamilie.",
            "Hvis du ikke kan betale det fulde beløb, kan du aftale en afdragsordning med opkrævningen på {hovednr}. Telefontid kl. 10.00-13.00.",
            "Betalingen kan ske via MobilePay eller indbetalingskort +71 med debitornummeret som tekst.",
        ],
        tail=["Med venlig hilsen\n{kommune} Kommune\nOpkrævning\nSagsbehandler: {sb_fuld}", "Venlig hilsen\n{sb_fuld}, {sb_tlf}"],
        ctail=["Med venlig hilsen\n{kommune} Kommune\nOpkrævning", "Venlig hilsen\nOpkrævningen"],
    ),
    "budget": dict(
        age=(16, 17), anbragt=False, sep="\n",
        head=[
            "Budget - efterværn\nUng: {ung_fuld}, født {ung_dob}, cpr {ung_cpr}\nAdresse: {ung_adr}\nTlf.: {ung_tlf}, mail: {ung_mail}\nKontaktperson: {kp_fuld}\n",
            "Månedsbudget udarbejdet sammen med {ung} den {dato}\n{ung_form}, f. {ung_dob}\n",
        ],
        chead=[
            "Budget - efterværn\nUng: Ung A ({ung_alder})\nSagsnr.: {sagsnr}\nUdarbejdet med kontaktpersonen den {dato}\n",
            "Månedsbudget for den unge, udarbejdet på mødet den {dato}\n",
        ],
        body=[
            "Indtægter: SU {su} kr., boligstøtte {bolig} kr., fritidsjob i Netto ca. {job} kr.",
            "Udgifter: husleje {husleje} kr. til {ung_adr1}, el og varme {el} kr., telefon {tlf_udg} kr., Rejsekort {rejse} kr.",
            "{Ung} har gæld til {mor} på {gaeld} kr. og har aftalt at betale 200 kr. om måneden. {Mor} kan kontaktes på {mor_tlf}.",
            "{Kp} ({kp_tlf}) hjælper {ung} med at åbne post i e-Boks hver mandag. Næste opfølgning med {sb_fuld} er den {dato2}.",
            "{Ung} ønsker at flytte sammen med kæresten {x_fuld} på {x_adr}, men det er aftalt at vente til efter sommerferien.",
            "Bankoplysninger til husleje: reg.nr. {regnr} konto {kontonr} (udlejer, betalingsservice).",
        ],
        shared=[
            "Mad og husholdning: 1.800 kr. Tøj og personlig pleje: 400 kr. Fritid: 300 kr. Opsparing: 150 kr.",
            "Rådighedsbeløb efter faste udgifter: {raadighed} kr. Det er aftalt, at beløbet deles op i ugepenge.",
            "Efterværnet er bevilget til og med det fyldte 23. år og evalueres hvert halve år. Kontaktpersonordningen fortsætter med to timer om ugen.",
            "Obs: kviklån og Klarna-køb er ikke en mulighed. Der er lagt en spærring på kontoen i samråd med banken.",
        ],
        cbody=[
            "Udgifter: husleje {husleje} kr., el og varme {el} kr., telefon {tlf_udg} kr., Rejsekort {rejse} kr.",
            "Kontaktpersonen hjælper den unge med at åbne post i e-Boks hver mandag. Næste opfølgning med rådgiveren er den {dato2}.",
            "Den unge har en mindre gæld til mor og har selv foreslået at betale 200 kr. om måneden.",
        ],
        tail=["\nUnderskrevet: {ung} / {kp_init}", "\nBudgettet gennemgås igen med {kp} i {maaned}."],
        ctail=["\nBudgettet gennemgås igen med kontaktpersonen i {maaned}.", "\nGodkendt af den unge og rådgiveren."],
    ),
}
# ---------------------------------------------------------------- genre 2: social media
SOCIAL = {
    "snap_underretning": dict(
        age=(10, 16), sep="\n\n",
        head=[
            "Underretning fra skole\nUnderretter: {laerer_fuld}, klasselærer {klasse}, tlf. {laerer_tlf}, {laerer_mail}\nBarn: {barn_fuld}, f. {barn_dob}, cpr {barn_cpr}\nForældre: {mor_fuld} og {far_fuld}",
            "Underretning modtaget {dato} kl. {klok}\nFra: {laerer_fuld} ({laerer_mail})\nVedr.: {barn_form}, født {barn_dob}, {barn_adr}",
        ],
        chead=[
            "Underretning fra skole\nUnderretter: klasselæreren, {klasse}\nBarn: {barn_fuld}\nModtaget: {dato} kl. {klok}",
            "Underretning modtaget {dato} kl. {klok}\nFra: skolens ledelse\nVedr.: Barn A, elev i {klasse}",
        ],
        body=[
            "^I dag kom {ven_fuld} fra klassen og viste mig et skærmbillede fra Snapchat. Det er fra en gruppechat, der hedder \"{gruppe}\", hvor {barn} er med. Jeg har skrevet teksten af:\n\n[{tid}] {ven_handle}: har i set det 😭\n[{tid}] {x_handle}: ja lol",
            "*[{tid}] {ven_handle}: hvem har set hvad {barn_lille} lagde op i går 💀\n[{tid}] {ven2_handle}: {barn_han} er så klam\n[{tid}] {ven_handle}: send det til {x_lille} så alle ser det",
            "*[{tid}] {kr_handle}: hey smukke, du svarer ikke? slet lige vores snap bagefter ok\n[{tid}] {barn_handle}: ok\n[{tid}] {kr_handle}: ring til mig på {kr_tlf} når din mor sover",
            "Profilen \"{kr_handle}\" har ifølge {barn} oplyst, at han er 17 år, men på billedet ligner han en voksen mand. {Barn} har fortalt {ven}, at de har aftalt at mødes ved stationen.",
            "Jeg har ringet til {mor} på {mor_tlf} kl. {klok}. Hun var ikke bekendt med chatten. {Far} tog ikke telefonen på {far_tlf}.",
            "Skærmbillederne er gemt og sendt til jer via sikker mail. Jeg har ikke selv videresendt billedet af {barn}, og eleverne er bedt om at slette det.",
            "{Barn} bor hos {mor} på {mor_adr}. Skolen har også registreret {partner_fuld} som kontaktperson i Aula med telefon {partner_tlf}.",
        ],
        shared=[
            "Jeg underretter, fordi billedet er delt uden samtykke, og fordi {barn} virker meget påvirket. {Han} græd i frikvarteret og ville ikke tale med nogen.",
            "Skolen har talt med klassen om deling af billeder og har orienteret SSP. Vi har ikke kontaktet politiet, men vil gerne have jeres vurdering af, om det er relevant.",
            "Gruppechatten har 23 medlemmer, og ifølge eleverne er der også elever fra parallelklassen med. Billedet er blevet vist {antal} gange, før det blev slettet.",
            "{Barn} har de seneste to måneder haft højt fravær, især om mandagen. Fraværet er registreret som sygdom.",
        ],
        cbody=[
            "^I dag kom en elev fra klassen og viste mig et skærmbillede fra Snapchat. Det er fra en gruppechat med 23 medlemmer. Jeg har skrevet teksten af:\n\n[{tid}] Profil 1: har i set det 😭\n[{tid}] Profil 3: ja lol",
            "*[{tid}] Profil 1: hvem har set hvad hun lagde op i går 💀\n[{tid}] Profil 2: hun er så klam\n[{tid}] Profil 1: send det videre så alle ser det",
            "*[{tid}] Ukendt profil: hey smukke, du svarer ikke? slet lige vores snap bagefter ok\n[{tid}] Barn A: ok\n[{tid}] Ukendt profil: skriv når din mor sover",
            "Jeg har ringet til {mor} i frikvarteret. Hun var ikke bekendt med chatten. {Far} er orienteret via Aula.",
        ],
        tail=["Venlig hilsen\n{laerer_fuld}\n{laerer_tlf}", "Med venlig hilsen\n{leder_fuld}, viceskoleleder"],
        ctail=["Venlig hilsen\nKlasselæreren", "Med venlig hilsen\nSkolens ledelse"],
    ),
    "insta_dm": dict(
        age=(11, 16), sep="\n\n",
        head=[
            "Fra: {mor_fuld} <{mor_mail}>\nTil: {sb_mail}\nEmne: Beskeder til {barn} ({barn_dob}) på Instagram - haster",
            "Fra: {mor_mail}\nSendt: {dato} {klok}\nTil: {sb_fuld}\nEmne: Instagram - {barn_fuld} ({barn_cpr})",
        ],
        chead=[
            "Fra: mor (sikker mail)\nTil: Børn og Unge, rådgivningen\nEmne: Beskeder til min datter på Instagram - haster",
            "Sendt: {dato} {klok}\nTil: rådgivningen, Børn og Unge\nEmne: Instagram-beskeder til Barn A ({barn_alder})",
        ],
        body=[
            "^Hej {sb}\n\nJeg fandt i går aftes nogle beskeder på {barn_g} telefon. En profil, der kalder sig \"{kr_handle}\" og har profilnavnet {kr_fuld}, har skrevet til {barn_ham} i flere uger.",
            "*{kr_handle} ({tid}): du er virkelig moden af din alder\n{barn_handle} ({tid}): tak 😳\n{kr_handle} ({tid}): vil du ikke have en ny iPhone? du skal bare sende et billede først",
            "*{kr_handle} ({tid}): du må ikke sige det til nogen, heller ikke {ven}\n{kr_handle} ({tid}): skriv til mig på whatsapp {kr_ftlf}",
            "Han har også skrevet sin mail, {kr_mail}, og bedt {barn} om at oprette en ny konto, som jeg ikke kender til.",
            "Jeg har taget skærmbilleder af det hele og har ikke slettet noget. Ring gerne til mig på {mor_tlf}, jeg har fri hele dagen.",
            "{Barn_g} far, {far_fuld}, er orienteret. Han bor på {far_adr} og kan kontaktes på {far_tlf}.",
            "{Barn} siger, at {ven_fuld} fra klassen også har fået beskeder fra den samme profil.",
        ],
        shared=[
            "Vi har anmeldt det til politiet via politi.dk og fået et journalnummer. Betjenten sagde, at vi ikke må konfrontere profilen.",
            "{Barn} er meget ked af det og bange for, at billederne bliver delt. {Han} vil ikke i skole i morgen.",
            "Jeg ved ikke, om jeg gør det rigtige ved at skrive til jer, men jeg er bange for, at han vil mødes med {barn_ham}.",
            "Kan I hjælpe med at finde ud af, hvad vi skal gøre nu? Vi har slukket for {barn_g} telefon og lagt den i skuffen.",
        ],
        cbody=[
            "^Hej\n\nJeg fandt i går aftes nogle beskeder på min datters telefon. En profil, som jeg ikke kender, har skrevet til hende i flere uger og bedt hende om at holde det hemmeligt.",
            "*Ukendt profil ({tid}): du er virkelig moden af din alder\nBarn A ({tid}): tak 😳\nUkendt profil ({tid}): vil du ikke have en ny iPhone? du skal bare sende et billede først",
            "Jeg har taget skærmbilleder og ikke slettet noget. I kan ringe til mig i dag, jeg har fri hele dagen.",
        ],
        tail=["Mvh {mor}", "Hilsen {mor_fuld}\n{mor_tlf}"],
        ctail=["Mvh mor", "Hilsen\nBarn A's mor"],
    ),
    "tiktok": dict(
        age=(9, 15), sep="\n",
        head=[
            "Notat: kommentarer under TikTok-video\nBarn: {barn_fuld} (f. {barn_dob}), profil: {barn_handle}\nIndberettet af {skolesp_fuld}, skolesundhedsplejerske, {skolesp_tlf}\n",
            "Bilag 3 til underretning af {dato} - afskrift af TikTok\nVedr. {barn_fuld}, {barn_dob}\n",
        ],
        chead=[
            "Notat: kommentarer under TikTok-video\nBarn: Barn A ({barn_alder})\nIndberettet af skolesundhedsplejersken\n",
            "Bilag 3 til underretning af {dato} - afskrift af TikTok (profilnavne fjernet)\n",
        ],
        body=[
            "*{ven_handle}: hahaha {barn_lille} igen 😂😂\n{ven2_handle}: hvorfor bor {barn_han} stadig på {barn_adr1} lol alle ved hvor {barn_han} bor",
            "*{x_handle}: skal vi ikke bare vente på {barn_ham} efter skole\n{ven_handle}: jo. 15.10 ved cykelskuret",
            "Videoen er lagt op af {ven_fuld} og har ca. {antal} visninger. I videoen filmes {barn} i omklædningsrummet uden at vide det.",
            "{Barn} har fortalt {skolesp}, at {han} får beskeder hele natten og ikke kan sove. {Mor} ({mor_tlf}) er orienteret og vil kontakte politiet.",
            "Kommentarerne nævner {barn_g} adresse og mobilnummer ({barn_tlf}). Skolen har bedt TikTok om at fjerne videoen.",
        ],
        shared=[
            "Videoen blev lagt op en søndag aften og var oppe i cirka to døgn. Flere kommentarer er skrevet med emojis, som eleverne selv har forklaret betydningen af.",
            "Det er vurderet, at der ikke er akut fare, men at sagen skal screenes efter Barnets lov § 18 inden for 24 timer.",
            "Skolen følger op med klassen i samarbejde med SSP-konsulenten og har sendt et generelt brev til forældrene om digital dannelse.",
        ],
        cbody=[
            "*Profil 1: hahaha igen 😂😂\nProfil 2: alle ved hvor hun bor lol",
            "*Profil 3: skal vi ikke bare vente på hende efter skole\nProfil 1: jo. ved cykelskuret",
        ],
        tail=["\nAfskrevet af {sb_init} {dato}.", "\nKopi til {leder_fuld}."],
        ctail=["\nAfskrevet af rådgiveren {dato}.", "\nKopi til teamlederen."],
    ),
    "discord": dict(
        age=(11, 17), sep="\n",
        head=[
            "Underretning fra {mor_fuld}, {mor_adr}, tlf. {mor_tlf}\nVedr. mit barn {barn_fuld}, født {barn_dob} (cpr {barn_cpr})\n\nUddrag af Discord-serveren \"{gruppe}\":\n",
            "Journalnotat {dato}: forælder indsender log fra Discord\nBarn: {barn_form} ({barn_cpr})\nForælder: {far_fuld}, {far_mail}\n",
        ],
        chead=[
            "Underretning fra forælder\nVedr. Barn A ({barn_alder})\n\nUddrag af en Discord-server med cirka 40 medlemmer:\n",
            "Journalnotat {dato}: forælder indsender log fra Discord (brugernavne erstattet med roller)\n",
        ],
        body=[
            "*{kr_handle} — i dag kl. {tid}\nhvis du ikke kommer online om 10 min så ved alle hvad du gjorde\n{barn_handle} — i dag kl. {tid}\nstop nu jeg har ikke gjort noget",
            "*{ven_handle} — i går kl. {tid}\nsend mig dit nummer så laver vi en gc\n{barn_handle} — i går kl. {tid}\n{barn_tlf}",
            "*{x_handle} — i går kl. {tid}\nmin bror kender ham. han hedder {kr_fuld} og bor på {kr_adr}",
            "Brugeren {kr_handle} er ifølge {barn} en voksen fra et Fortnite-hold. {Barn} har sendt penge via MobilePay til nummeret {kr_tlf} to gange.",
            "{Barn} spiller om natten og sover i skolen. {Laerer_fuld} har ringet til os flere gange om det.",
        ],
        shared=[
            "Serveren er lukket for offentligheden, og man skal inviteres af en administrator. Vi har ikke selv adgang længere, fordi vores barn er blevet smidt ud.",
            "Jeg har gemt hele loggen som skærmbilleder, 47 billeder i alt. Jeg sender dem gerne på en USB-nøgle, hvis det er nemmere.",
            "Vi har talt med politiets forebyggelsesenhed, som anbefalede at kontakte kommunen, fordi der også er andre børn i serveren.",
        ],
        cbody=[
            "*Bruger 1 — i dag kl. {tid}\nhvis du ikke kommer online om 10 min så ved alle hvad du gjorde\nBarn A — i dag kl. {tid}\nstop nu jeg har ikke gjort noget",
            "*Bruger 2 — i går kl. {tid}\nsend mig dit nummer så laver vi en gc\nBarn A — i går kl. {tid}\nnej",
            "Den voksne bruger er ifølge barnet en person fra et Fortnite-hold. Barnet har sendt penge via MobilePay to gange.",
        ],
        tail=["\nMvh {far}", "\nModtaget af {sb_fuld}, {sb_tlf}"],
        ctail=["\nMvh far", "\nModtaget af rådgiveren i åbningstiden."],
    ),
    "facebook": dict(
        age=(7, 12), sep="\n\n",
        head=[
            "Underretning fra anonym nabo, modtaget {dato}\nVedr.: familien på {mor_adr}, mor {mor_fuld} (f. {mor_dob})\nVedhæftet skærmbilleder fra Facebook-gruppen \"{fbgruppe}\"",
            "Skærmbilleder fra Messenger, indsendt af {far_fuld} ({far_tlf}) den {dato}",
        ],
        chead=[
            "Underretning fra anonym nabo, modtaget {dato}\nVedhæftet skærmbilleder fra en lokal Facebook-gruppe med ca. 3.000 medlemmer",
            "Skærmbilleder fra Messenger, indsendt af far den {dato}",
        ],
        body=[
            "*{partner_fuld} skrev kl. {tid}: Hvis {mor} ikke holder sin kæft skal hun få at se. Ungerne kan bo hos hendes mor\n{x_fuld} svarede: ro på {partner}",
            "*{mor_fuld} skrev kl. {tid}: Nogen der har set {barn}? {barn_Han} gik fra {mor_adr1} kl. 17 og svarer ikke på {barn_tlf}",
            "*{far} kl. {tid}: du får aldrig lov at se {barn} igen\n{mor} kl. {tid}: jeg ringer til Familieretshuset og politiet",
            "Naboen skriver, at der ofte er råben fra lejligheden, og at {barn} og {barn2} ({barn2_alder}) har været ude alene sent om aftenen.",
            "{Far} (f. {far_dob}) oplyser, at {mor_g} nye kæreste hedder {partner_fuld}, født {partner_dob}, og at han tidligere er dømt for vold.",
            "Ved telefonsamtalen oplyste {far}, at han kan nås på {far_tlfs}. Han stavede sin mail som {far_mails}.",
            "{Mor_g} nye mobilnummer er {mor_tlf}; hun har blokeret {far} på Messenger og Facebook.",
        ],
        shared=[
            "Opslaget blev slettet efter en time, men flere havde allerede delt det. Kommentarerne under opslaget er præget af skænderier mellem voksne.",
            "Der er ingen oplysninger om, at børnene har været til stede under skænderiet, men det kan ikke udelukkes.",
            "Sagen vurderes inden for 24 timer. Der er ikke grundlag for akut indsats, men familien indkaldes til samtale.",
        ],
        cbody=[
            "*Profil A skrev kl. {tid}: hvis hun ikke holder sin kæft skal hun få at se\nProfil B svarede: ro på",
            "*Mor skrev kl. {tid}: Nogen der har set {barn}? {barn_Han} gik hjemmefra kl. 17 og svarer ikke",
        ],
        tail=["Modtaget og journaliseret af {sb_fuld}.", "Videresendt til {leder} til orientering."],
        ctail=["Modtaget og journaliseret af rådgiveren.", "Videresendt til teamlederen til orientering."],
    ),
}
# ---------------------------------------------------------------- genre 3: health
HEALTH = {
    "sundhedspleje": dict(
        age=(0, 0), sep="\n",
        head=[
            "Sundhedsplejen, {kommune} Kommune - journalnotat\nBarn: {barn_fuld}, født {barn_dob}\nCPR: {barn_cpr}\nMor: {mor_fuld}, f. {mor_dob}, tlf. {mor_tlf}\nFar: {far_fuld}, tlf. {far_tlf}\nAdresse: {mor_adr}\n",
            "Hjemmebesøg {dato} kl. {klok} ved sundhedsplejerske {sp_fuld}\n{barn_form}, født {barn_dob}\n",
        ],
        chead=[
            "Sundhedsplejen, {kommune} Kommune - journalnotat (anonymiseret til undervisning)\nBarn: Barn A, {barn_alder}\nBesøg nr. 4\n",
            "Hjemmebesøg {dato} kl. {klok} ved sundhedsplejersken\nBarn A, {barn_alder}\n",
        ],
        body=[
            "Vægt {vaegt} g, længde {laengde} cm, hovedomfang {hoved} cm. Vægtkurven følger fortsat under -2 SD. Ammes 6-8 gange i døgnet, suppleres med modermælkserstatning.",
            "{Mor} virker træt og fortæller, at hun sover under fire timer pr. nat. EPDS-score {epds}. Aftalt at hun kontakter egen læge, {laege_titel}, på {laege_tlf} i morgen.",
            "Aftalt besøg {dato2} kl. {klok} blev aflyst med sms fra {mor_tlf}. Der er ikke åbnet ved genbesøget. Sms sendt til {far} på {far_tlf} uden svar.",
            "{Mor} sagde sit nye nummer højt, så det kunne noteres: {mor_tlfs}.",
            "{Far} var hjemme under besøget og fortalte, at {mormor_fuld} ({mormor_tlf}) hjælper meget i hverdagen. Hun bor på {mormor_adr}.",
            "{barn2} ({barn2_alder}), som er det ældste søskende, var hjemme fra vuggestuen. {Mor} oplyser, at {barn2} har haft mellemørebetændelse og er i behandling hos {laege_titel}.",
            "Notat til kommunen: sundhedsplejerske {sp_fuld} ({sp_tlf}, {sp_mail}) vurderer, at der er bekymring for {barn_g} trivsel, og sender underretning efter aftale med {mor}.",
        ],
        shared=[
            "Huden er tør med let eksem på kinderne. Anbefalet fed creme uden parfume. Navlen er helet. Barnet fikserer og følger med øjnene.",
            "Snak om søvn, D-vitamin og sikker sovestilling. Forældrene har fået pjecen fra Sundhedsstyrelsen om spædbarnets søvn.",
            "Vurdering: vægtøgningen er for lav i forhold til fødselsvægten. Der aftales ekstra vejning om en uge og kontakt til børneafdelingen, hvis kurven fortsat knækker.",
            "Forældrene bruger appen Min Læge og har fået vejledning i at bestille tid til 5-ugers undersøgelsen.",
        ],
        cbody=[
            "{Mor} virker træt og fortæller, at hun sover under fire timer pr. nat. EPDS-score {epds}. Aftalt at hun kontakter egen læge inden fredag.",
            "Aftalt besøg blev aflyst med sms. Der er ikke åbnet ved genbesøget. Sundhedsplejersken har ringet to gange uden svar.",
        ],
        tail=["\n{sp_fuld}, sundhedsplejerske\nDirekte tlf. {sp_tlf}", "\n/{sp_init}"],
        ctail=["\nSundhedsplejerske, distrikt Vest", "\n/sundhedsplejersken"],
    ),
    "tandpleje": dict(
        age=(3, 16), sep="\n\n",
        head=[
            "Den kommunale tandpleje\n{kommune} Kommune\n\nTil forældremyndighedsindehaver for\n{barn_fuld} (født {barn_dob})\n{mor_adr2}\n\nIndkaldelse til undersøgelse",
            "Notat fra Børne- og Ungdomstandplejen til Børn og Unge\nPatient: {barn_form}, f. {barn_dob}, cpr {barn_cpr}\nForældre: {mor_fuld} ({mor_tlf}), {far_fuld} ({far_tlf})",
        ],
        chead=[
            "Den kommunale tandpleje\n{kommune} Kommune\n\nTil forældremyndighedsindehaveren\n\nIndkaldelse til undersøgelse",
            "Notat fra Børne- og Ungdomstandplejen til Børn og Unge\nPatient: Barn A ({barn_alder})\nJournal: tandklinik {klinik}",
        ],
        body=[
            "{Barn} er indkaldt til undersøgelse {dato2} kl. {klok} på tandklinikken. Kan tiden ikke passe, bedes I ringe til tandplejer {tandlaege_fuld} på {tandlaege_tlf} senest to dage før.",
            "{Barn} er udeblevet fra {udeb} indkaldelser i træk. Der er sendt sms til {mor_tlf} og brev til {mor_adr}. {Far} oplyser, at han ikke har fået indkaldelserne.",
            "Ved seneste undersøgelse havde {barn} {huller} huller og tandkødsbetændelse. {Mor} fortalte, at {barn} ikke børster tænder om aftenen, fordi {han} falder i søvn foran skærmen.",
            "Tandlæge {tandlaege_fuld} vurderer, at der er tale om omsorgssvigt i forhold til tandsundhed og sender derfor underretning. Kontakt gerne på {tandlaege_mail}.",
            "{Barn_g} søskende {barn2_fuld} (f. {barn2_dob}) går også i tandplejen og mangler en undersøgelse.",
        ],
        shared=[
            "Husk at tage sundhedskortet med. Undersøgelsen tager cirka 30 minutter, og det er vigtigt, at en forælder er med, når barnet er under 12 år.",
            "Behandlingsbehov: to fyldninger i kindtænder, fluorlakering, kontrol om 3 mdr. Barnet var samarbejdsvilligt, men nervøs ved bedøvelse.",
            "Tandplejen har skærpet underretningspligt, når udeblivelser sammen med tandstatus giver bekymring for barnets trivsel.",
            "Den kommunale tandpleje er gratis for børn og unge under 18 år. Tandregulering vurderes ved 12-års-undersøgelsen.",
        ],
        cbody=[
            "Barnet er indkaldt til undersøgelse {dato2} kl. {klok} på tandklinikken. Kan tiden ikke passe, bedes I ringe til klinikken via kommunens hovednummer {hovednr}.",
            "Barnet er udeblevet fra {udeb} indkaldelser i træk. Der er sendt sms og brev via Digital Post til begge forældremyndighedsindehavere.",
        ],
        tail=["Med venlig hilsen\n{tandlaege_fuld}\nTandplejen, klinik {klinik}", "Venlig hilsen\nKlinik {klinik}, tandplejer {tandlaege}"],
        ctail=["Med venlig hilsen\nTandplejen, klinik {klinik}", "Venlig hilsen\nBørne- og Ungdomstandplejen"],
    ),
    "laegeerklaering": dict(
        age=(2, 16), sep="\n\n",
        head=[
            "Statusattest / lægeerklæring til {kommune} Kommune\nPatient: {barn_form}, født {barn_dob}, cpr.nr. {barn_cpr}\nAdresse: {barn_adr}\nUdfærdiget af {laege_titel}, {dato}",
            "Til sagsbehandler {sb_fuld}\nVedr. {barn_fuld}, f. {barn_dob}\n\nSvar på forespørgsel af {dato2}",
        ],
        chead=[
            "Statusattest / lægeerklæring til {kommune} Kommune\nPatient: Barn A ({barn_alder})\nUdfærdiget af egen læge, {dato}",
            "Til sagsbehandleren\nVedr. Barn A ({barn_alder})\n\nSvar på forespørgsel af {dato2}",
        ],
        body=[
            "{Barn} har været tilset i klinikken {kons} gange det seneste år, heraf flere gange for mavesmerter og hovedpine uden fund. {Mor} har ofte aflyst aftalte kontroller.",
            "{Barn} er henvist til Børne- og Ungdomspsykiatrien med mistanke om {diag} ({icd}). {Mor} ønsker ikke udredning, mens {far} ({far_tlf}) gerne vil.",
            "Vægt {vaegtkg} kg og højde {hoejde} cm, svarende til en BMI-kurve over 97. percentil. {Barn} er tidligere set af diætist.",
            "Der er ordineret {medicin}. {Mor} har oplyst, at medicinen gives hver morgen, men apoteket har ikke registreret udlevering siden {maaned}.",
            "Kontakt: {laege_fuld}, Lægehuset, direkte linje {laege_tlf}, {laege_mail}.",
            "{Barn} kom til konsultation med {mormor_fuld}, som oplyste, at {barn} bor hos hende på {mormor_adr} i hverdagene.",
        ],
        shared=[
            "Der er ikke fundet tegn på fysisk vold ved undersøgelsen. Der er dog set flere blå mærker på skinnebenene, som vurderes at passe med leg.",
            "Jeg er ikke bekendt med misbrug i hjemmet, men familien har haft svært ved at overholde aftaler, og vaccinationsprogrammet er ikke fulgt.",
            "Erklæringen er udarbejdet på baggrund af journal og samtale. Honorar efter overenskomst, LÆ 125, faktureres kommunen via EAN {ean}.",
            "Samtykke til videregivelse er givet mundtligt af forældremyndighedsindehaveren under konsultationen.",
        ],
        cbody=[
            "Barnet er henvist til Børne- og Ungdomspsykiatrien med mistanke om {diag} ({icd}). Mor ønsker ikke udredning, mens far gerne vil.",
        ],
        tail=["Med venlig hilsen\n{laege_fuld}\nPraktiserende læge", "{laege_titel}\nspeciallæge i almen medicin"],
        ctail=["Med venlig hilsen\nPraktiserende læge", "Egen læge\nspeciallæge i almen medicin"],
    ),
    "vaccination": dict(
        age=(1, 14), sep="\n", ordered=True, shared_first=True,
        head=[
            "Vaccinationsoversigt (udskrift fra Det Danske Vaccinationsregister)\nNavn: {barn_form}\nFødselsdato: {barn_dob}\nCPR: {barn_cpr}\nUdskrevet {dato} af {sp_fuld}\n",
            "Børnevaccinationer - status til brug for børnefaglig undersøgelse\n{barn_fuld}, født {barn_dob}, {barn_adr}\n",
        ],
        chead=[
            "Vaccinationsoversigt (udskrift fra Det Danske Vaccinationsregister, personoplysninger fjernet)\nBarn A, {barn_alder}\n",
            "Børnevaccinationer - status til brug for børnefaglig undersøgelse efter Barnets lov § 20\n",
        ],
        body=[
            "Forældrene er indkaldt tre gange til 5-års-vaccinationen. Påmindelse sendt til {mor_mail} og sms til {mor_tlf}.",
            "{Far} ({far_tlf}) har oplyst, at {barn} fik MFR i {land} og har et papirkort derfra. Kortet er ikke forevist.",
            "{Barn_g} halvsøskende {halv_fuld}, f. {halv_dob}, bor hos {far} på {far_adr} og følger programmet.",
            "Læge: {laege_titel}, tlf. {laege_tlf}.",
        ],
        shared=[
            "3 mdr.: DiTeKiPol/Hib og PCV - givet\n5 mdr.: DiTeKiPol/Hib og PCV - givet\n12 mdr.: DiTeKiPol/Hib og PCV - givet",
            "15 mdr.: MFR 1 - givet\n4 år: MFR 2 - ikke registreret\n5 år: DiTeKiPol revaccination - ikke registreret",
            "12 år: HPV dosis 1 - ikke relevant endnu\nInfluenza (børn 2-6 år): tilbudt, fravalgt",
            "Vurdering: barnet mangler to vaccinationer i programmet. Forældrene er vejledt om, at vaccinationerne er gratis og frivillige.",
        ],
        cbody=[
            "Forældrene er indkaldt tre gange til 5-års-vaccinationen. Påmindelse er sendt via Digital Post.",
            "Far har oplyst, at barnet fik MFR i udlandet og har et papirkort derfra. Kortet er ikke forevist.",
        ],
        tail=["\nUdskrevet af {sp_init}.", "\nSpørgsmål: {sp_fuld}, {sp_tlf}"],
        ctail=["\nUdskrevet af sundhedsplejen.", "\nSpørgsmål rettes til sundhedsplejen på {hovednr}."],
    ),
    "skolesundhed": dict(
        age=(6, 15), sep="\n\n",
        head=[
            "Skolesundhedsplejen - notat om indskolings-/udskolingsundersøgelse\nElev: {barn_fuld}, {klasse}, fødselsdato {barn_dob}\nSundhedsplejerske: {skolesp_fuld}, {skolesp_tlf}",
            "Til {mor_fuld} og {far_fuld}\n\nResultat af sundhedssamtale med {barn} ({klasse}, cpr {barn_cpr}) den {dato}",
        ],
        chead=[
            "Skolesundhedsplejen - notat om udskolingsundersøgelse\nElev: Barn A, {klasse}\nSundhedsplejerske: skolesundhedsplejersken",
            "Til forældrene\n\nResultat af sundhedssamtale med Barn A ({klasse}) den {dato}",
        ],
        body=[
            "Højde {hoejde} cm, vægt {vaegtkg} kg. {Barn} siger, at {han} springer morgenmaden over og ofte er alene hjemme om eftermiddagen, fordi {mor} arbejder til sent.",
            "{Barn} fortæller, at {han} er blevet kaldt \"{oekenavn}\" af {ven_fuld} og andre i klassen, og at {han} ikke har lyst til at gå i bad efter idræt.",
            "Ring endelig til mig på {skolesp_tlf} eller skriv til {skolesp_mail}, hvis I har spørgsmål.",
            "{Mor} har tidligere oplyst mobilnummer {mor_tlf}, men nummeret er ikke længere i brug. Skolen mangler opdaterede kontaktoplysninger.",
            "Efter samtalen er der sendt underretning til kommunen. {Barn} er informeret og var enig i, at {sb_fuld} må kontakte {barn_ham}.",
        ],
        shared=[
            "Syn: 1,0 på begge øjne. Hørelse: normal. Barnet sover cirka seks timer på skoledage og har sin telefon på værelset om natten.",
            "Vi har talt om kost, søvn, bevægelse og skærmtid. Barnet ønsker at komme til en opfølgende samtale om fire uger.",
            "Sundhedssamtalen er en del af det faste tilbud i indskolingen og udskolingen. Oplysninger videregives kun med samtykke eller ved bekymring for barnets trivsel.",
        ],
        cbody=[
            "Barnet fortæller om drillerier i omklædningsrummet og har ikke lyst til at gå i bad efter idræt.",
        ],
        tail=["Venlig hilsen\n{skolesp_fuld}", "Med venlig hilsen\n{skolesp}, skolesundhedsplejerske"],
        ctail=["Venlig hilsen\nSkolesundhedsplejersken", "Med venlig hilsen\nSundhedsplejen"],
    ),
}
# ---------------------------------------------------------------- genre 4: family law
FAMILY = {
    "indkaldelse": dict(
        age=(2, 15), sep="\n\n",
        head=[
            "Familieretshuset\n\n{mor_fuld}\n{mor_adr2}\n\n{far_fuld}\n{far_adr2}\n\nIndkaldelse til møde om {barn_fuld}, født {barn_dob}",
            "Til {mor_fuld}, {mor_adr}, og {far_fuld}, {far_adr}\n\nVedrørende jeres fælles barn {barn_fuld}, født {barn_dob}",
        ],
        chead=[
            "Familieretshuset\n\nTil begge forældre\n\nIndkaldelse til møde om jeres fælles barn\nSagsnr.: {frhsag}",
            "Til mor og far\n\nVedrørende jeres fælles barn, Barn A ({barn_alder})\nSagsnr.: {frhsag}",
        ],
        body=[
            "I indkaldes til et møde i Familieretshuset {dato2} kl. {klok}. Mødet holdes af børnesagkyndig {frh_fuld}, som kan træffes på {frh_tlf} eller {frh_mail}.",
            "{Far} har søgt om at få {barn} til at bo hos sig på {far_adr1}. {Mor} ønsker, at {barn} fortsat bor hos hende.",
            "{Barn} tilbydes en børnesamtale forud for mødet. Samtalen holdes med {barn} alene, men {mor} eller {far} kan følge {barn_ham} til døren.",
            "{Far} har oplyst, at han nu bor sammen med {fpartner_fuld} og hendes søn. {Mor} bor sammen med {partner_fuld}, og parret har fået {halv_fuld}, som er født {halv_dob}.",
            "{Far} har telefonisk bedt om, at indkaldelser også sendes til {far_mails}, og har oplyst nummeret {far_tlfs}.",
            "Hvis du har brug for tolk, skal du give besked senest en uge før mødet på {frh_tlf}. {Far} har oplyst {far_tlf} som kontaktnummer.",
            "Kopi af indkaldelsen er sendt til {advokat_fuld}, der repræsenterer {far}, på {advokat_mail}.",
        ],
        shared=[
            "Formålet med mødet er at finde en løsning, der er til barnets bedste. Hvis I ikke kan blive enige, kan sagen sendes videre til familieretten.",
            "I kan tage en bisidder med til mødet. Bisidderen må ikke være en advokat, der fører sagen for en af jer, medmindre det er aftalt på forhånd.",
            "Mødet foregår hos Familieretshuset i {by}, og I møder hver for sig, hvis der har været vold i forholdet. Giv os besked, hvis det er tilfældet.",
            "Har du spørgsmål, kan du ringe til Familieretshuset på {frh_nr} mandag til fredag kl. 9.00-15.00.",
        ],
        cbody=[
            "I indkaldes til et møde i Familieretshuset {dato2} kl. {klok}. Mødet holdes af en børnesagkyndig rådgiver.",
            "Far har søgt om at få barnet til at bo hos sig. Mor ønsker, at barnet fortsat bor hos hende.",
        ],
        tail=["Med venlig hilsen\n{frh_fuld}\nBørnesagkyndig rådgiver", "Venlig hilsen\nFamilieretshuset\nSagsbehandler: {frh_fuld}"],
        ctail=["Med venlig hilsen\nFamilieretshuset", "Venlig hilsen\nBørnesagkyndig rådgiver"],
    ),
    "samvaersplan": dict(
        age=(1, 14), sep="\n",
        head=[
            "SAMVÆRSPLAN for {barn_fuld} (f. {barn_dob})\nHjem 1: {mor_fuld}, {mor_adr}, tlf. {mor_tlf}\nHjem 2: {far_fuld}, {far_adr}, tlf. {far_tlf}\n",
            "Aftale om samvær indgået {dato} mellem {mor_fuld} og {far_fuld}\nBarn: {barn_fuld}, født {barn_dob}, cpr.nr. {barn_cpr}\n",
        ],
        chead=[
            "SAMVÆRSPLAN for Barn A ({barn_alder})\nHjem 1: mor\nHjem 2: far\nSagsnr.: {frhsag}\n",
            "Aftale om samvær indgået {dato} mellem forældrene\nBarn: Barn A ({barn_alder})\n",
        ],
        body=[
            "*Uge {uge}: mandag-torsdag hos {mor} ({mor_adr1}), torsdag efter skole til mandag morgen hos {far} ({far_adr1}).",
            "*Uge {uge}: hele ugen hos {far}. Aflevering fredag kl. 16.00 ved {mor_g} opgang på {mor_adr}.",
            "*Uge {uge}: {mor} har {barn} mandag-fredag. {Farmor} ({farmor_tlf}) henter i børnehaven onsdag.",
            "Ved sygdom ringer den forælder, der har {barn}, til den anden på {mor_tlf} eller {far_tlf} senest kl. 8.",
            "{Barn} kan ringe til {far} hver aften kl. 19.00 på {far_tlf}. {Far_g} nye kæreste, {fpartner_fuld}, deltager ikke i afleveringerne det første halve år.",
            "{Halv} (halvsøskende, f. {halv_dob}) bor fast hos {far}, og det er aftalt, at {barn} og {halv} skal have tid sammen i weekenderne.",
        ],
        shared=[
            "*Uge {uge}: 7/7-ordning fortsætter. Skift fredag efter skole.",
            "*Uge {uge}: efterårsferie deles, så barnet er hos hver forælder i fire dage.",
            "Jul: lige år juleaften hos mor, ulige år hos far. Nytår omvendt. Sommerferie: to sammenhængende uger hos hver.",
            "Barnet tager selv tøj og skoletaske med mellem de to hjem. Sundhedskort, pas og medicin følger barnet.",
        ],
        cbody=[
            "*Uge {uge}: mandag-torsdag hos mor, torsdag efter skole til mandag morgen hos far.",
            "*Uge {uge}: hele ugen hos far. Aflevering fredag kl. 16.00 ved skolen.",
            "Ved sygdom ringer den forælder, der har barnet, til den anden senest kl. 8.",
        ],
        tail=["\nUnderskrift: {mor} / {far}", "\nPlanen er udarbejdet med hjælp fra {frh_fuld}, Familieretshuset."],
        ctail=["\nUnderskrift: mor / far", "\nPlanen er udarbejdet med hjælp fra Familieretshuset."],
    ),
    "boernesamtale": dict(
        age=(6, 16), sep="\n\n",
        head=[
            "Referat af børnesamtale\nBarn: {barn_fuld}, født {barn_dob}\nDato: {dato}\nSamtalen holdt af: {frh_fuld}, Familieretshuset",
            "Børnesamtale med {barn} (født {barn_dob}) den {dato}\nTil stede: {barn}, {frh_fuld} (børnesagkyndig) og bisidder {x_fuld}",
        ],
        chead=[
            "Referat af børnesamtale\nBarn: Barn A ({barn_alder})\nDato: {dato}\nSamtalen holdt af børnesagkyndig rådgiver",
            "Børnesamtale den {dato}\nTil stede: barnet, den børnesagkyndige og en bisidder",
        ],
        body=[
            "{Barn} fortalte, at {han} godt kan lide at bo hos {mor}, men savner {far}. Hos {far} på {far_adr1} har {barn} sit eget værelse.",
            "{Barn} sagde: \"{partner} er sød, men jeg gider ikke, at han bestemmer over mig.\" {Barn} talte meget om {halv}, den mindste i familien.",
            "Adspurgt om skift mellem hjemmene fortalte {barn}, at det er svært at huske sine ting, og at {ven} nogle gange må låne {barn_ham} en oplader.",
            "{Barn} ønskede, at {far} og {fpartner} ikke skændes foran {barn_ham}. {Han} ville gerne have, at referatet ikke læses højt for {mor}.",
            "{Barn} har selv skrevet sit telefonnummer, {barn_tlf}, på tegningen og bad om at blive ringet op, når der er en afgørelse.",
        ],
        shared=[
            "Vi brugte de tre huse. I huset med de gode ting tegnede barnet en hund og en trampolin. I huset med bekymringer stod der \"råb\".",
            "Barnet blev informeret om, at det ikke skal vælge mellem sine forældre, og at de voksne træffer beslutningen.",
            "Samtalen varede cirka 40 minutter. Barnet virkede glad i starten, men blev stille, da vi talte om jul og nytår.",
            "Barnet har fået at vide, at forældrene kan få referatet at se, og har godkendt formuleringerne.",
        ],
        cbody=[
            "Barnet fortalte, at det godt kan lide at bo hos mor, men savner far. Hos far har barnet sit eget værelse.",
        ],
        tail=["{frh_fuld}\nBørnesagkyndig, Familieretshuset", "Referent: {frh_init}"],
        ctail=["Børnesagkyndig, Familieretshuset", "Referent: børnesagkyndig rådgiver"],
    ),
    "afgoerelse": dict(
        age=(1, 16), sep="\n\n",
        head=[
            "AFGØRELSE om barnets bopæl og samvær\n\nSagens parter:\n{mor_form}, {mor_cpr}, {mor_adr}\n{far_form}, f. {far_dob}, {far_cpr}, {far_adr}\n\nBarnet: {barn_fuld}, {barn_cpr}",
            "Afgørelse\n\n{barn_fuld} (født {barn_dob}) skal have bopæl hos {mor_fuld}.",
        ],
        chead=[
            "AFGØRELSE om barnets bopæl og samvær\n\nSagens parter: mor og far\nBarnet: Barn A ({barn_alder})\nSagsnr.: {frhsag}",
            "Afgørelse\n\nBarnet skal have bopæl hos mor. Sagsnr.: {frhsag}",
        ],
        body=[
            "Familieretshuset har lagt vægt på, at {barn} har boet hos {mor} siden forældrenes samlivsophævelse, og at {barn} går i skole tæt på {mor_adr1}.",
            "{Far} får samvær hver anden weekend fra fredag til søndag samt en hverdag hver uge. Samværet foregår i {far_g} hjem på {far_adr}.",
            "{Far} har under sagen oplyst, at han i dag bor med {fpartner_fuld}, og at de venter barn. {Mor} har ikke haft indvendinger mod samværet.",
            "Afgørelsen er sendt til {mor} på {mor_mail} og til {far} via Digital Post. Kopi til {advokat_fuld}.",
            "Sagsbehandler {frh_fuld} kan kontaktes på {frh_tlf} ved spørgsmål om afgørelsen.",
        ],
        shared=[
            "Forældrene har fortsat fælles forældremyndighed. Der er ikke grundlag for at ændre dette, da samarbejdet om barnets skolegang fungerer.",
            "Afgørelsen er truffet efter forældreansvarsloven. Der er lagt vægt på barnets bedste, herunder barnets eget perspektiv fra børnesamtalen.",
            "I kan anmode om, at sagen indbringes for familieretten. Anmodningen skal sendes til Familieretshuset inden fire uger.",
        ],
        cbody=[
            "Familieretshuset har lagt vægt på, at barnet har boet hos mor siden forældrenes samlivsophævelse, og at barnet går i skole tæt på bopælen.",
            "Far får samvær hver anden weekend fra fredag til søndag samt en hverdag hver uge.",
        ],
        tail=["Med venlig hilsen\nFamilieretshuset\n{frh_fuld}", "{frh_fuld}, juridisk rådgiver"],
        ctail=["Med venlig hilsen\nFamilieretshuset", "Juridisk rådgiver, Familieretshuset"],
    ),
    "udtalelse": dict(
        age=(3, 16), sep="\n\n",
        head=[
            "Udtalelse til Familieretshuset fra {kommune} Kommune, Børn og Unge\nBarn: {barn_fuld}, f. {barn_dob}\nSagsbehandler: {sb_fuld}, {sb_tlf}, {sb_mail}",
            "Til Familieretshuset, att. {frh_fuld}\nVedr. {barn_fuld}, f. {barn_dob}, og forældrene {mor_fuld} og {far_fuld}",
        ],
        chead=[
            "Udtalelse til Familieretshuset fra {kommune} Kommune, Børn og Unge\nBarn: Barn A ({barn_alder})\nFRH-sagsnr.: {frhsag}",
            "Til Familieretshuset\nVedr. Barn A ({barn_alder}) og forældrene",
        ],
        body=[
            "Kommunen har kendt familien siden {aar}, hvor vi modtog en underretning fra {barn_g} børnehave. {Barn} bor hos {mor} på {mor_adr} og har samvær med {far}, der bor på {far_adr}.",
            "Der er iværksat familiebehandling efter Barnets lov § 32. Familiebehandler {paed_fuld} ({paed_tlf}) oplyser, at {mor} deltager stabilt.",
            "{Far} har ifølge {barn} fået ny partner, {fpartner_fuld}, som {barn} er glad for. Der er et halvsøskende, {halv}, på {halv_alder}.",
            "Vi er ikke bekymrede for samværet hos {far}. Vi er bekymrede for konflikterne ved afleveringerne, som {barn} beskriver som \"de værste dage\".",
        ],
        shared=[
            "Kommunen har ikke kendskab til vold i familien. Der er ikke foretaget en børnefaglig undersøgelse efter Barnets lov § 20.",
            "Barnets skole beskriver et barn i god trivsel fagligt, men med uro i timerne efter weekendskift.",
            "Kommunen anbefaler, at forældrene tilbydes konfliktmægling og et børnegruppeforløb for børn af skilte forældre.",
        ],
        cbody=[
            "Kommunen har kendt familien siden {aar}, hvor vi modtog en underretning fra barnets børnehave. Barnet bor hos mor og har samvær med far.",
            "Der er iværksat familiebehandling efter Barnets lov § 32. Familiebehandleren oplyser, at mor deltager stabilt.",
        ],
        tail=["Med venlig hilsen\n{sb_fuld}\nsocialrådgiver", "Venlig hilsen\n{sb_fuld} og {leder_fuld}"],
        ctail=["Med venlig hilsen\nSocialrådgiver, Børn og Unge", "Venlig hilsen\nMyndighedsafdelingen"],
    ),
}
# ---------------------------------------------------------------- genre 5: scanned / OCR
OCR = {
    "brev": dict(
        age=(3, 15), ref=(1989, 2003), sep="\n",
        head=[
            "{by_old}, d. {dato_old}\n\nTil Socialforvaltningen, Børne- og Familieafdelingen\n\nAngaaende mit barnebarn {barn_fuld}, født {barn_dob}",
            "Kære {sb}\n\nJeg skriver fordi jeg er bekymret for {barn} (født {barn_dob}) og {barn_hans} mor {mor_fuld}, som bor {mor_adr}.",
        ],
        chead=[
            "{by_old}, d. {dato_old}\n\nTil Socialforvaltningen, Børne- og Familieafdelingen\n\nAngaaende mit barnebarn",
            "Til den sagsbehandler der har min datters sag\n\nJeg skriver fordi jeg er bekymret for mit barnebarn, som nu er {barn_alder}.",
        ],
        body=[
            "^Jeg er {barn_g} mormor og hedder {mormor_fuld}. Jeg bor {mormor_adr} og kan træffes paa telefon {mormor_tlf} om formiddagen.",
            "{Mor} har faaet en ny kæreste, {partner_fuld}, og siden han flyttede ind har {barn} været meget stille. Naar {barn} er hos mig paa {mormor_adr1} vil {han} ikke hjem.",
            "Jeg har talt med {laege_titel} om det, men han sagde at han ikke maa sige noget til mig. {Barn} har CPR nr. {barn_cpr}, hvis De skal bruge det.",
            "Barnets far, {far_fuld}, bor nu i {by_old2} paa {far_adr} og betaler ikke det han skal. Han kan naas paa {far_tlf}.",
            "Undskyld min daarlige haandskrift. Min nabo {x_fuld} har hjulpet mig med at skrive brevet rent.",
        ],
        shared=[
            "Jeg vil ikke have at min datter faar at vide at det er mig der skriver, for saa faar jeg ikke lov at se barnet mere.",
            "Barnet kommer tit i skole uden madpakke og med beskidt tøj, og laereren har ogsaa sagt det til mig da jeg hentede.",
            "Jeg haaber De vil se paa det hurtigt. Jeg ved ikke hvem ellers jeg skal gaa til.",
            "Jeg har tidligere ringet til kontoret, men fik at vide at jeg skulde skrive i stedet.",
        ],
        cbody=[
            "Jeg er barnets mormor. Min datter har faaet en ny kæreste, og siden han flyttede ind har barnet været meget stille.",
            "Jeg har talt med lægen om det, men han sagde at han ikke maa sige noget til mig.",
        ],
        tail=["\nMed venlig hilsen\n{mormor_fuld}", "\nVenlig hilsen\n{mormor}\n{mormor_tlf}"],
        ctail=["\nMed venlig hilsen\nmormor", "\nVenlig hilsen\nbarnets mormor"],
    ),
    "fax": dict(
        age=(0, 14), ref=(1992, 2004), sep="\n",
        head=[
            "TELEFAX\nTil: Socialforvaltningen, att. {sb_fuld}\nFra: {laege_titel}, tlf. {laege_tlf}\nAntal sider: 2\n\nVedr. {barn_form}, født {barn_dob}, cpr {barn_cpr}",
            "FAX-MEDDELELSE\nFra: Børneafdelingen, afsnit {afsnit}\nAfsender: overlæge {laege_fuld}\nPatient: {barn_fuld}, f. {barn_dob}",
        ],
        chead=[
            "TELEFAX\nTil: Socialforvaltningen, Børne- og Familieafdelingen\nFra: Børneafdelingen, afsnit {afsnit}\nAntal sider: 2",
            "FAX-MEDDELELSE\nFra: Børneafdelingen, afsnit {afsnit}\nVedr.: indlagt barn, {barn_alder}",
        ],
        body=[
            "Ovennævnte er indlagt {dato_old} med {diag_old}. Moderen, {mor_fuld}, født {mor_dob}, har kun besøgt barnet én gang.",
            "Forældrene oplyser adressen {mor_adr}. Faderen {far_fuld} har givet telefonnummer {far_tlf}.",
            "Vi har forgæves forsøgt at kontakte moderen på {mor_tlf}. Barnet udskrives formentlig til {mormor_fuld}, {mormor_adr}.",
            "Kontakt venligst undertegnede på {laege_tlf} eller sygeplejerske {x_fuld} på afsnittet.",
        ],
        shared=[
            "Barnet er undervægtigt, vægt under 3. percentil, og har bleudslæt af ældre dato. Der er ikke fundet tegn på brud ved røntgen.",
            "Vi anmoder om, at forvaltningen tager stilling til barnets forhold inden udskrivelse, som forventes om tre til fire dage.",
            "Denne fax indeholder fortrolige oplysninger. Har De modtaget den ved en fejl, bedes De straks kontakte afsenderen.",
        ],
        cbody=[
            "Ovennævnte er indlagt {dato_old} med {diag_old}. Moderen har kun besøgt barnet én gang.",
            "Vi har forgæves forsøgt at kontakte moderen. Barnet udskrives formentlig til mormoderen.",
        ],
        tail=["\nMed venlig hilsen\n{laege_fuld}", "\n{laege_titel}\nafd. {afsnit}"],
        ctail=["\nMed venlig hilsen\nOverlægen", "\nBørneafdelingen, afsnit {afsnit}"],
    ),
    "skema": dict(
        age=(2, 15), ref=(1988, 1997), sep="\n", ordered=True,
        head=[
            "INDBERETNING OM BARN/UNG (jf. bistandsloven)\n1. Barnets navn: {barn_form}\n2. Personnr.: {barn_cpr}\n3. Bopæl: {barn_adr}\n",
            "ANMELDELSESSKEMA - Børne- og Ungdomsudvalget\nBarn: {barn_fuld}  Fødselsdato: {barn_dob}\nMor: {mor_fuld}  Far: {far_fuld}\n",
        ],
        chead=[
            "INDBERETNING OM BARN/UNG (jf. bistandsloven)\n1. Barnets navn: (udfyldes af forvaltningen)\n2. Alder: {barn_alder}\n",
            "ANMELDELSESSKEMA - Børne- og Ungdomsudvalget\nSag nr. {sagsnr_old}\n",
        ],
        body=[
            "4. Moderens navn og adresse: {mor_fuld}, f. {mor_dob}, {mor_adr}\n5. Faderens navn og adresse: {far_fuld}, {far_adr}",
            "6. Telefon i hjemmet: {mor_tlf}\n7. Forældremyndighed: {mor}",
            "8. Indberetter: {laerer_fuld}, lærer, tlf. {laerer_tlf}",
            "9. Søskende: {barn2_fuld}, f. {barn2_dob}, personnr. {barn2_cpr}",
        ],
        shared=[
            "10. Grund til indberetningen: Barnet kommer ofte for sent, er sulten og har blå mærker på armene. Barnet siger at det er faldet paa cykel.",
            "11. Har forældrene været orienteret? Nej. 12. Er barnet tilknyttet PPR? Ja, siden 2. klasse.",
            "Forvaltningens bemærkninger: Sagen behandles paa næste møde i udvalget. Der indhentes udtalelse fra skolen og skolelægen.",
        ],
        cbody=[
            "4. Forældrenes forhold: Forældrene er separeret. Barnet bor hos moderen.\n5. Indberetter: barnets klasselærer",
            "6. Telefon i hjemmet: (ikke oplyst)\n7. Forældremyndighed: moderen",
        ],
        tail=["\nUnderskrift: {sb_fuld}, socialrådgiver", "\nModtaget {dato_old} /{sb_init}"],
        ctail=["\nUnderskrift: socialrådgiver", "\nModtaget {dato_old}"],
    ),
    "plejekontrakt": dict(
        age=(1, 14), ref=(1989, 2003), anbragt=True, sep="\n", ordered=True,
        head=[
            "PLEJEKONTRAKT\n\nMellem {kommune} Kommune og plejeforældrene {plejemor_fuld} og {plejefar_fuld}, {plejemor_adr}\n\nvedrørende plejebarnet {barn_fuld}, født {barn_dob}",
            "Tillæg til plejekontrakt af {dato_old}\nPlejebarn: {barn_form}, cpr {barn_cpr}\nPlejehjem: {plejefar_fuld}, {plejefar_adr}",
        ],
        chead=[
            "PLEJEKONTRAKT\n\nMellem {kommune} Kommune og plejeforældrene\n\nvedrørende plejebarnet, {barn_alder}",
            "Tillæg til plejekontrakt af {dato_old}\nSag nr. {sagsnr_old}",
        ],
        body=[
            "§ 1. Plejeforældrene modtager barnet i pleje fra {dato_old}. Barnets mor, {mor_fuld}, bor {mor_adr} og har ret til samvær efter aftale med forvaltningen.",
            "§ 2. Plejeforældrene kan kontakte socialrådgiver {sb_fuld} paa telefon {sb_tlf} i kontortiden.",
            "§ 3. Plejefamiliens telefon: {plejemor_tlf}. Skolelæge: {laege_titel}.",
        ],
        shared=[
            "§ 4. Plejevederlaget udgør 3 vederlag pr. maaned. Omkostningsbeløbet udbetales efter de til enhver tid gældende takster.",
            "§ 5. Kontrakten kan opsiges af begge parter med en maaneds varsel. Ved akut opsigelse skal forvaltningen straks underrettes.",
            "§ 6. Plejeforældrene har tavshedspligt om barnets og familiens forhold.",
        ],
        cbody=[
            "§ 1. Plejeforældrene modtager barnet i pleje fra {dato_old}. Barnets mor har ret til samvær efter aftale med forvaltningen.",
            "§ 2. Plejeforældrene kan kontakte socialrådgiveren i kontortiden.",
        ],
        tail=["\nUnderskrifter:\n{plejemor_fuld}   {plejefar_fuld}   {sb_fuld}", "\nFor kommunen: {leder_fuld}"],
        ctail=["\nUnderskrifter:\nplejemor   plejefar   socialrådgiver", "\nFor kommunen: kontorchefen"],
    ),
}
# ---------------------------------------------------------------- genre 6: case transfers
TRANSFER = {
    "overdragelse": dict(
        age=(2, 17), sep="\n\n",
        head=[
            "Overdragelsesnotat\nFra: {sb_fuld} ({sb_init})\nTil: {sb2_fuld}\nDato: {dato}\nBarn: {barn_fuld}, f. {barn_dob}, {barn_cpr}",
            "Sagsoverdragelse internt - {barn_form}, f. {barn_dob}\nAfgivende rådgiver: {sb_fuld}, {sb_tlf}\nModtagende rådgiver: {sb2_fuld}, {sb2_tlf}",
        ],
        chead=[
            "Overdragelsesnotat\nFra: afgivende rådgiver\nTil: modtagende rådgiver\nDato: {dato}\nSagsnr.: {sagsnr}",
            "Sagsoverdragelse internt - Barn A ({barn_alder})\nSagsnr.: {sagsnr}",
        ],
        body=[
            "{Barn} bor hos {mor} på {mor_adr}. {Far} bor på {far_adr} og har samvær hver anden weekend. Begge har fælles forældremyndighed.",
            "Åben indsats: kontaktperson efter § 32 ved {kp_fuld} ({kp_tlf}, {kp_mail}). Bevilget til {dato2}; skal genbevilges inden udløb.",
            "Frist: børnefaglig undersøgelse efter § 20 skal være færdig {dato2}. Mangler udtalelse fra {laerer_fuld}, klasselærer, tlf. {laerer_tlf}.",
            "Telefonnotat: {Mor} ringede og dikterede sit nye nummer, {mor_tlfs}, og sin nye mail, {mor_mails}. Hun ønsker al post via Digital Post.",
            "{Mor} foretrækker sms på {mor_tlf} og vil helst ikke ringes op i arbejdstiden. {Far} bruger mail: {far_mail}.",
            "Vær opmærksom på, at {mor} har en verserende sag hos Familieretshuset, hvor {frh_fuld} er sagsbehandler.",
            "{Barn} har selv bedt om at få en ny rådgiver efter et svært møde i {maaned}. {Barn} kan kontaktes på {barn_tlf} efter skoletid.",
        ],
        shared=[
            "Sagen er drøftet på teammødet med faglig sparring. Ledelsestilsyn er gennemført, og barnets plan er opdateret.",
            "Næste opfølgning på barnets plan skal ske inden for seks måneder. Opfølgningen kan kombineres med netværksmødet.",
            "ICS: bekymringen ligger især i siden Forældrekompetencer (Trygt omsorgsmiljø) og Familie og netværk (Bolig, beskæftigelse og økonomi).",
        ],
        cbody=[
            "Barn A bor hos mor. Far har samvær hver anden weekend. Begge har fælles forældremyndighed.",
            "Åben indsats: kontaktperson efter § 32, to timer ugentligt. Bevilget til {dato2}; skal genbevilges inden udløb.",
            "Frist: børnefaglig undersøgelse efter § 20 skal være færdig {dato2}. Mangler udtalelse fra skolen.",
        ],
        tail=["Hilsen {sb}", "/{sb_init}"],
        ctail=["Hilsen afgivende rådgiver", "/afgivende rådgiver"],
    ),
    "flytning": dict(
        age=(2, 17), sep="\n\n",
        head=[
            "Til {kommune2} Kommune, Børn og Familie\n\nUnderretning ved flytning (servicelovens § 152-forhold)\nVedr. {barn_fuld}, cpr.nr. {barn_cpr}\n{mor_fuld}, født {mor_dob}, cpr.nr. {mor_cpr}",
            "{kommune} Kommune meddeler hermed, at familien {mor_efternavn} pr. {dato2} er flyttet fra {mor_adr} til jeres kommune.",
        ],
        chead=[
            "Til {kommune2} Kommune, Børn og Familie\n\nUnderretning ved flytning (servicelovens § 152-forhold)\nVores sagsnr.: {sagsnr}",
            "{kommune} Kommune meddeler hermed, at en familie, som er kendt i myndighedsafdelingen, pr. {dato2} er flyttet til jeres kommune.",
        ],
        body=[
            "Ny adresse: {barn_adr}. Ifølge folkeregistret bor {barn} sammen med {mor} og {partner_fuld}, f. {partner_dob}.",
            "{Barn} har søskende {barn2_fuld} ({barn2_cpr}), der også er omfattet af sagen.",
            "Familien har modtaget familiebehandling efter Barnets lov § 32 siden {aar}. Behandleren {paed_fuld} kan kontaktes på {paed_tlf}.",
            "Der verserer en børnefaglig undersøgelse, som vi forventer at afslutte før overdragelsen. Sagsbehandler {sb_fuld} kan kontaktes på {sb_tlf} eller {sb_mail}.",
            "Barnets far, {far_fuld}, har fælles forældremyndighed og bor fortsat i {kommune} Kommune på {far_adr}.",
        ],
        shared=[
            "Underretningen sendes, fordi vi har kendskab til, at barnet har behov for støtte. Vi anbefaler et overdragelsesmøde med familien inden for fire uger.",
            "Akter sendes via sikker mail, når der er aftalt overdragelsesdato. Handlekommunen skifter efter retssikkerhedslovens regler.",
            "Familien er orienteret om underretningen og har givet samtykke til, at der deltager en repræsentant fra den nye skole på overdragelsesmødet.",
        ],
        cbody=[
            "Ifølge folkeregistret bor barnet sammen med mor og mors samlever. Barnet har en lillebror, der også er omfattet af sagen.",
            "Familien har modtaget familiebehandling efter Barnets lov § 32 siden {aar}.",
        ],
        tail=["Med venlig hilsen\n{sb_fuld}\nMyndighedsrådgiver", "Venlig hilsen\n{leder_fuld}, afdelingsleder"],
        ctail=["Med venlig hilsen\nMyndighedsrådgiver", "Venlig hilsen\nAfdelingslederen"],
    ),
    "netvaerksliste": dict(
        age=(2, 17), sep="\n",
        head=[
            "NETVÆRK OG FAGPERSONER - {barn_fuld}, f. {barn_dob} ({barn_cpr})\n",
            "Kontaktliste til overdragelsesmøde {dato}\nBarn: {barn_form}, {barn_adr}\n",
        ],
        chead=[
            "NETVÆRK OG FAGPERSONER - Barn A ({barn_alder})\nKontaktoplysninger ligger i fagsystemet, ikke i dette dokument.\n",
            "Kontaktliste til overdragelsesmøde {dato} (rolleoversigt)\n",
        ],
        body=[
            "Mor: {mor_fuld}, f. {mor_dob}, {mor_adr}, {mor_tlf}, {mor_mail}",
            "Far: {far_fuld} ({far_dob}), {far_adr}, {far_tlf}",
            "Mormor: {mormor_fuld}, født {mormor_dob}, {mormor_tlf}",
            "Klasselærer: {laerer_fuld}, {laerer_tlf}, {laerer_mail}",
            "Sundhedsplejerske: {skolesp_fuld}, {skolesp_mail}",
            "PPR-psykolog: {ppr_fuld}, {ppr_tlf}",
            "Kontaktperson: {kp_fuld}, {kp_tlf}, {kp_mail}",
            "Søskende: {barn2_fuld}, f. {barn2_dob}, bor hos {far}",
            "Egen læge: {laege_titel}, {laege_tlf}",
            "Farmor: {farmor_fuld}, {farmor_adr}, {farmor_tlf}",
            "Stedfar: {partner_fuld}, {partner_cpr}, {partner_tlf}",
        ],
        shared=[
            "Politiets SSP-kontakt: via 114",
            "Børnehus: kun ved mistanke om overgreb, via kommunen",
            "Skole: afdelingsleder for mellemtrinnet, via skolens kontor",
        ],
        cbody=[
            "Mor: kontakt via sms, foretrækker eftermiddag",
            "Far: bor i nabokommunen, kontakt via Digital Post",
            "Klasselærer: kontakt via Aula",
            "PPR: psykolog tilknyttet skolen, kontakt via PPR's sekretariat",
            "Kontaktperson: § 32, to timer om ugen",
            "Egen læge: kontakt via lægehusets telefontid kl. 8.00-9.00",
            "Mormor: vigtig ressource, henter barnet om onsdagen",
        ],
        tail=["\nListen er udarbejdet af {sb_fuld} ({sb_mail}).", "\nOpdateret {dato} /{sb_init}"],
        ctail=["\nListen er udarbejdet af rådgiveren.", "\nOpdateret {dato}"],
    ),
    "frister": dict(
        age=(2, 17), sep="\n",
        head=[
            "Åbne indsatser og frister ved overdragelse\nBarn: {barn_fuld}, f. {barn_dob}\nCPR: {barn_cpr}\nAfgivende: {sb_fuld}  Modtagende: {sb2_fuld}\n",
            "Fristoversigt - {barn_form} (f. {barn_dob})\n",
        ],
        chead=[
            "Åbne indsatser og frister ved overdragelse\nBarn: Barn A ({barn_alder})\nSagsnr.: {sagsnr}\n",
            "Fristoversigt - sagsnr. {sagsnr}\n",
        ],
        body=[
            "- § 32 kontaktperson ({kp_fuld}): udløber {dato2}",
            "- Familiebehandling hos {paed_fuld}, {paed_tlf}: evaluering {dato2}",
            "- Samvær med {far} på {far_adr}: revurderes {dato2}",
            "- Opfølgning med {mor} ({mor_tlf}): {dato2}",
            "- Psykologudredning ved {psyk_fuld} ({psyk_mail}): afventer svar",
        ],
        shared=[
            "- Børnefaglig undersøgelse § 20: frist {dato2} (4 måneder)",
            "- Barnets plan § 91: opfølgning {dato2}",
            "- Ledelsestilsyn: gennemført {dato2}",
            "- Partshøring af forældrene: sendt {dato2}, svarfrist 14 dage",
            "- Børne- og ungeudvalget: ikke aktuelt",
        ],
        cbody=[
            "- Familiebehandling: evaluering {dato2}",
            "- Samvær med far: revurderes {dato2}",
        ],
        tail=["\nSpørgsmål til {sb_fuld}, {sb_tlf}.", "\nGodkendt af {leder_fuld}."],
        ctail=["\nSpørgsmål til afgivende rådgiver.", "\nGodkendt af teamlederen."],
    ),
}
# ---------------------------------------------------------------- genre fillers (both modes)
FILL = {
    "money": [
        "Beløbene er beregnet efter KL's takstvejledning for {aar}. Ved tvivl om satserne henvises til økonomiteamet, som kan kontaktes via kommunens hovednummer {hovednr}.",
        "Alle udbetalinger registreres i fagsystemet under den relevante KLE-kode, og bilag opbevares i fem år efter regnskabsårets udløb.",
        "Bemærk: der udbetales ikke kontant, og der kan ikke udbetales til en anden persons konto end den, der er registreret som NemKonto.",
        "Ved anbringelse efter Barnets lov § 46 eller § 47 kan der opkræves forældrebetaling. Betalingen fastsættes ud fra husstandens samlede indkomst.",
        "Efterregulering sker i marts, når årsopgørelsen fra Skattestyrelsen foreligger. Eventuel difference modregnes i de følgende måneders udbetalinger.",
    ],
    "social": [
        "Deling af intime billeder af personer under 18 år er strafbart. Skolen er vejledt om at sikre skærmbilleder uden selv at videresende billederne.",
        "Politiet kan kontaktes på 114, og i akutte situationer på 112. Børn og unge kan altid ringe anonymt til Børnetelefonen på 116 111.",
        "Rådgiveren vurderer sagen inden for 24 timer efter modtagelsen, jf. Barnets lov § 136, og tager stilling til, om der skal tales med barnet.",
        "Skærmbillederne er gemt i sagen som bilag. Brugernavne, som kan identificere andre børn, er markeret og vil ikke indgå i partshøringen.",
        "SSP-samarbejdet er orienteret om, at der i perioden har været flere lignende henvendelser fra andre skoler i området.",
    ],
    "health": [
        "Oplysningerne er videregivet efter sundhedslovens regler og Barnets lov. Forældrene er orienteret om underretningen, medmindre det vurderes at skade barnet.",
        "Ved akut sygdom uden for lægens åbningstid kan familien ringe til 1813 (Region Hovedstaden) eller lægevagten i de øvrige regioner.",
        "Vægt og højde er afsat på Sundhedsstyrelsens vækstkurver. Kurven følges ved næste besøg, og der aftales ekstra kontrol ved fortsat fald.",
        "Journalen føres i det fælles journalsystem for sundhedsplejen og tandplejen. Adgang kræver MitID og er logget.",
        "Barnet har astma (J45.9) og bruger Ventoline efter behov og Flixotide morgen og aften. Inhalationsteknikken er gennemgået.",
    ],
    "family": [
        "Familieretshuset behandler sager om forældremyndighed, bopæl og samvær. Kommunen kan bidrage med oplysninger, men træffer ikke selv afgørelse i disse sager.",
        "Barnet har ret til at blive hørt. Samtalen skal tilpasses barnets alder og modenhed, og barnet kan have en bisidder med.",
        "Hvis der er mistanke om vold eller overgreb, kan sagen visiteres direkte til det særlige spor i Familieretshuset.",
        "Ved uenighed om samvær i ferier lægges der vægt på tidligere praksis og barnets egne ønsker, så vidt det er muligt.",
        "Børnebidrag fastsættes efter reglerne om normalbidrag. Udbetaling Danmark kan lægge bidraget ud, hvis den bidragspligtige ikke betaler.",
    ],
    "ocr": [
        "--- Side 2 af 3 ---",
        "Modtaget i Socialforvaltningen - journalføres under sag nr. {sagsnr_old}",
        "Bilaget er indscannet fra papirarkivet i forbindelse med aktindsigt. Originalen er makuleret efter gældende regler.",
        "Skrivelsen er stemplet modtaget og forsynet med kontorets paraf. Enkelte ord i marginen kan ikke tydes.",
    ],
    "transfer": [
        "Ved overdragelse mellem kommuner gælder, at den hidtidige kommune fortsætter indsatserne, indtil den nye kommune har truffet afgørelse, dog højst i en overgangsperiode.",
        "Sagsakter overdrages samlet via sikker mail. Papirbilag scannes og vedlægges med tydelig angivelse af dato og afsender.",
        "Det anbefales, at der afholdes et fælles overdragelsesmøde med familien, så barnet og forældrene oplever en tryg overgang.",
        "Der er ikke verserende klagesager i Ankestyrelsen. Seneste afgørelse om indsats blev truffet på møde i teamet med faglig sparring.",
        "ICS-trekanten er brugt i den seneste vurdering. Signs of Safety-skalering ligger på 5 for sikkerhed og 6 for samarbejde.",
    ],
}

LOOK = [
    ("Mødet afholdes paa Socialcentret, 2. sal, lokale 12. Der er ingen elevator.", "ocr"),
    ("Drengen laa paa stue 7, afd. B, i fire døgn. Sygeplejersken skrev i journalen at han var glad og spiste godt.", "ocr"),
    ("I Maj 1994 blev familien tilbudt aflastning, men moderen sagde nej tak.", "ocr"),
    ("Skolen ligger ved Torvet, og barnet gaar selv derhen. Om vinteren er det mørkt naar han gaar.", "ocr"),
    ("Telefon til kontoret: se brevhovedet. Kontortid 9-12.", "ocr"),
    ("Mødet holdes i lokale 2.14 på rådhuset ved Banegårdspladsen. Der er elevator fra parkeringskælderen under Torvet.", "family social transfer"),
    ("Glad og udhvilet mødte barnet op om morgenen, og pædagogen beskriver en god dag med sol og leg i haven.", "health social family"),
    ("Efter en nat med storm blev turen i skoven aflyst; klassen var i stedet i hallen.", "social health"),
    ("I maj blev der holdt netværksmøde hos Socialtilsyn Midt i Silkeborg med deltagelse af PPR og skolens AKT-lærer.", "transfer family"),
    ("Have og legeplads er indhegnet, og der er låge ud mod stien, så børnene ikke kan løbe ud på vejen.", "health transfer"),
    ("Vinterferien ligger i uge 7 og efterårsferien i uge 42. Skolens kontor holder lukket i begge ferier.", "family social"),
    ("Lykkes det ikke at få kontakt til familien inden fredag, sendes en ny indkaldelse med Digital Post.", "money health transfer family"),
    ("Familien bor i en lejlighed tæt på Søndergade med gåafstand til Netto, biblioteket og busstationen.", "transfer social health"),
    ("Fakturaen sendes elektronisk til EAN {ean}. Leverandørens CVR-nr. er {cvr}.", "money health"),
    ("Ved akut fare ringes 112. Politiet har ikke-akut nummer 114, og Børnetelefonen har nummer 116 111.", "family"),
    ("Sagen blev behandlet i børne- og ungeudvalget den {dato2} som punkt 7 på dagsordenen.", "transfer money"),
    ("Barnet er diagnosticeret med {diag} ({icd}) og får {medicin} hver morgen.", "health transfer family"),
    ("Mor arbejder på et lager i Billund, og far kører bus for Arriva. Begge har skiftende arbejdstider.", "money transfer family"),
    ("I hjemmet var der en iPhone med knust skærm, en Samsung-tablet og en PlayStation, men ingen computer til lektier.", "money transfer"),
    ("Klasse {klasse} har idræt i hal 2, og skolesundhedsplejersken træffes i lokale 1.07 tirsdag kl. 8.15-11.30.", "health"),
    ("Barnet var indlagt på stue 4, afsnit {afsnit}, på Aarhus Universitetshospital i Skejby i tre døgn.", "health transfer"),
    ("Familien har tidligere boet i Vollsmose og i Gellerup, og barnet har gået på tre forskellige skoler.", "transfer social"),
    ("Skoven bag børnehaven bruges hver onsdag. Glade børn og trætte voksne, skriver personalet i Aula.", "health family"),
    ("Sagen er journaliseret under KLE 27.24.00 og sagsnr. {sagsnr}.", "money transfer family"),
    ("Borgerservice har åbent mandag til fredag kl. 10.00-14.00 og torsdag til kl. 17.30.", "money"),
    ("Tolk er bestilt til mødet den {dato2} kl. {klok}; sprog: arabisk og somali.", "family transfer health"),
    ("Maj måned bruges til at evaluere indsatsen, og resultatet drøftes på teammødet i juni.", "transfer money"),
    ("Barnets plan revideres efter § 91, og barnet inddrages efter § 5, stk. 3-4.", "transfer family"),
    ("Solen skinnede, da familien kom til mødet, og stemningen var bedre end sidst.", "family transfer"),
    ("At bo i to hjem kan være svært for mindre børn, især når afleveringerne sker i skolen.", "family"),
    ("Asketræet ved indgangen er fældet efter en storm, så hovedindgangen er flyttet til gavlen.", "social health"),
    ("Bisidder fra Børns Vilkår deltog i mødet. Forældretelefonen har nummer 35 29 10 00.", "family social"),
    ("Egen læge har henvist til Børne- og Ungdomspsykiatrisk Center i Risskov; ventetiden er cirka fem måneder.", "health transfer"),
]

GENRES = [
    ("money", MONEY), ("social", SOCIAL), ("health", HEALTH), ("family", FAMILY), ("ocr", OCR), ("transfer", TRANSFER),
]

# extra rows for list formats, so long texts can be reached
TRANSFER["netvaerksliste"]["body"].append("*Andet netværk: {x_fuld} ({relation}), {x_tlf}")
TRANSFER["netvaerksliste"]["shared"].append("*Netværksmøde: {relation2} deltager efter aftale med familien; mødet holdes {dato2} kl. {klok}.")
TRANSFER["netvaerksliste"]["cbody"].append("*Andet netværk: {relation} - inviteres til netværksmødet {dato2}")
TRANSFER["frister"]["body"].append("*- Opfølgning med {x_fuld} ({relation}), {x_tlf}: {dato2}")
TRANSFER["frister"]["cbody"].append("*- Opfølgning med {relation}: {dato2}")
TRANSFER["frister"]["shared"].append("*- Status til teamleder: {dato2}, herunder vurdering af {ics}")
FAMILY["samvaersplan"]["cbody"].append("*Uge {uge}: {ugeplan}")
HEALTH["vaccination"]["body"].append("{x_fuld}, sundhedsplejerske, har registreret {vacc2} den {dato2} ({x_tlf}).")
HEALTH["vaccination"]["cbody"].append("Sundhedsplejersken har registreret {vacc2} den {dato2} efter besøg i hjemmet.")
OCR["skema"]["shared"] += [
    "13. Skolens navn: (udeladt)   Klasse: {klasse}", "14. Har barnet været anbragt tidligere? Nej",
    "15. Kendes familien af forvaltningen? Ja, siden 1991", "16. Bilag: udtalelse fra skolen (2 sider)",
    "17. Er politiet involveret? Nej", "18. Behandlet af udvalget: ja/nej"]

EXTRA_KEYS = ['iban', 'bic', 'tid', 'kommune', 'kommune2', 'hovednr', 'dato', 'dato2', 'dato_old', 'klok', 'maaned', 'aar', 'vederlag', 'belob', 'belob2', 'belob3', 'regnr', 'kontonr', 'km_takst', 'alder_next', 'anbr_par', 'sagsnr', 'cvr', 'ean', 'institution', 'dage', 'km', 'debitor', 'frh_nr', 'ting', 'ting2', 'su', 'bolig', 'job', 'husleje', 'el', 'tlf_udg', 'rejse', 'gaeld', 'raadighed', 'klasse', 'gruppe', 'fbgruppe', 'antal', 'vaegt', 'laengde', 'hoved', 'epds', 'klinik', 'udeb', 'huller', 'kons', 'diag', 'icd', 'vaegtkg', 'hoejde', 'medicin', 'land', 'oekenavn', 'frhsag', 'uge', 'by', 'by_old', 'by_old2', 'afsnit', 'diag_old', 'sagsnr_old', 'relation', 'relation2', 'ics', 'vacc', 'vacc2', 'skemafelt', 'ugeplan']

CLEAN_BANNED = ["regnr", "kontonr", "debitor", "iban"]

BANDS = {"S": (30, 80), "M": (81, 150), "L": (151, 300)}

MONTHS_DA = MONTHS


def money_amount(lo, hi):
    v = R.randint(lo, hi)
    cents = R.choice([0, 0, 0, 50, 25, 75])
    s = "{:,}".format(v).replace(",", ".")
    return "%s,%02d kr." % (s, cents)


def mkdate(case, lo=-200, hi=200, old=False):
    d = case.ref + datetime.timedelta(days=R.randint(lo, hi))
    st = R.choice(["dot", "long", "long", "dot", "short"])
    if old:
        st = R.choice(["long", "slashold", "dot"])
        if st == "slashold":
            return "%d/%d-%02d" % (d.day, d.month, d.year % 100)
    return fmt_date(d, st)


RELATIONS = ["nabo", "mors veninde", "fodboldtræner", "onkel", "moster", "fars fætter", "gudmor",
             "spejderleder", "tidligere plejemor", "mentor fra ungdomsskolen"]
ICS = ["Sundhedsforhold", "Udvikling og adfærd", "Trygt omsorgsmiljø", "Stimulering og vejledning",
       "Socialt netværk", "Bolig, beskæftigelse og økonomi", "Fritidsforhold og venskaber",
       "Understøttelse af relationer", "Familieforhold og baggrund", "Dagtilbud, skoleforhold og læring"]
VACC = ["3 mdr.: DiTeKiPol/Hib og PCV - givet", "5 mdr.: DiTeKiPol/Hib og PCV - givet",
        "12 mdr.: DiTeKiPol/Hib og PCV - givet", "15 mdr.: MFR 1 - givet", "4 år: MFR 2 - ikke registreret",
        "5 år: DiTeKiPol revaccination - givet", "12 år: HPV dosis 1 - givet", "13 år: HPV dosis 2 - mangler"]
DIAG = [("ADHD", "F90.0"), ("autismespektrumforstyrrelse", "F84.0"), ("angst", "F41.1"),
        ("depression", "F32.1"), ("spiseforstyrrelse", "F50.0"), ("tilknytningsforstyrrelse", "F94.1"),
        ("adfærdsforstyrrelse", "F91.3"), ("PTSD", "F43.1")]
MEDS = ["Concerta 18 mg", "Ritalin Uno 20 mg", "Medikinet 10 mg", "Melatonin 3 mg", "Circadin 2 mg",
        "Sertralin 50 mg", "Elvanse 30 mg", "Strattera 25 mg"]
GROUPS = ["7.B drengene 💀", "bedste klasse", "pigerne fra 8.a", "FORTNITE GANG", "hemmelig gc",
          "fodbold U13", "ungdomsklubben", "LOL 6B", "gamerz"]
FBGROUPS = ["Naboer i området", "Køb og salg lokalt", "Forældre i 3. klasse", "Hjælp til hinanden",
            "Mødre med småbørn"]
OEKENAVN = ["tyksak", "grisen", "nørden", "babyen", "spøgelset"]
SKEMAFELT = ["13. Skolens navn: (udeladt)   Klasse: 4.", "14. Har barnet været anbragt tidligere? Nej",
             "15. Kendes familien af forvaltningen? Ja, siden 1991", "16. Bilag: udtalelse fra skolen (2 sider)",
             "17. Er politiet involveret? Nej", "18. Behandlet af udvalget: ja/nej"]
UGEPLAN = ["7/7-ordning, skift fredag efter skole", "hos mor, far henter onsdag til aftensmad",
           "hos far, mor har en hverdag fra skoleslut til kl. 19", "sommerferie, første halvdel hos far",
           "efterårsferie delt", "vinterferie hos mor"]
DIAG_OLD = ["lungebetændelse", "dehydrering", "mistanke om mishandling", "mellemørebetændelse", "underernæring",
            "hjernerystelse"]
TOWNS_OLD = ["Randers", "Esbjerg", "Holbæk", "Næstved", "Viborg", "Slagelse", "Horsens", "Kolding"]
FRH_BY = ["Aabenraa", "Aalborg", "Aarhus", "Odense", "København", "Holbæk", "Næstved"]
TING = ["konfirmationstøj", "briller", "cykel", "computer til skolebrug", "tandregulering", "fodboldstøvler",
        "lejrskole", "vinterjakke"]
LANDE = ["Polen", "Syrien", "Ukraine", "Somalia", "Tyrkiet", "Eritrea", "Grønland", "Rumænien"]


def build_extra(case):
    k, k2 = case.kommune, case.kommune2

    clock = [R.randint(15 * 60, 22 * 60)]
    week = [R.randint(1, 40)]

    def tid():
        clock[0] = (clock[0] + R.randint(0, 9)) % (24 * 60)
        return "%02d:%02d" % divmod(clock[0], 60)

    def uge():
        week[0] = week[0] % 52 + 1
        return str(week[0])

    def alder_next():
        b = case.get("barn")
        return str(case.ref.year - b.dob.year + 1)

    def sagsnr():
        return R.choice(["%02d/%05d" % (case.ref.year % 100, R.randint(1000, 99999)),
                         "27.24.00-G01-%d-%02d" % (R.randint(1, 999), case.ref.year % 100),
                         "BU-%05d" % R.randint(10000, 99999)])

    def kontonr():
        return R.choice(["00", "01", "40", "35", "50", "61"]) + "".join(str(R.randint(0, 9)) for _ in range(8))

    def iban():
        cc, n = R.choice([("PL", 24), ("DE", 18), ("SE", 20), ("DK", 14), ("RO", 0)])
        if cc == "RO":
            body = "RNCB" + "".join(str(R.randint(0, 9)) for _ in range(16))
        else:
            body = "".join(str(R.randint(0, 9)) for _ in range(n))
        full = cc + "%02d" % R.randint(10, 99) + body
        return " ".join(full[i:i + 4] for i in range(0, len(full), 4))

    def hov():
        d = k[2]
        return "%s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:])

    return {
        "kommune": k[0], "kommune2": k2[0], "hovednr": hov, "iban": iban,
        "bic": lambda: R.choice(["PKOPPLPW", "COBADEFFXXX", "ESSESESS", "DABADKKK", "RNCBROBU"]),
        "dato": lambda: mkdate(case, -5, 5), "dato2": lambda: mkdate(case, -150, 150),
        "dato_old": lambda: mkdate(case, -300, 30, old=True),
        "klok": lambda: "%02d.%02d" % (R.randint(8, 15), R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])),
        "tid": tid, "uge": uge,
        "maaned": lambda: R.choice(MONTHS), "aar": str(case.ref.year - R.randint(0, 3)),
        "vederlag": lambda: str(R.randint(2, 6)), "belob": lambda: money_amount(300, 18000),
        "belob2": lambda: money_amount(150, 4000), "belob3": lambda: money_amount(100000, 2400000),
        "regnr": lambda: "%04d" % R.randint(1000, 9899), "kontonr": kontonr,
        "km_takst": R.choice(["2,23 kr.", "2,19 kr.", "2,28 kr."]), "alder_next": alder_next,
        "anbr_par": lambda: R.choice(["46", "47", "46", "46"]), "sagsnr": sagsnr,
        "cvr": lambda: R.choice(pools.CVR), "ean": lambda: R.choice(pools.EAN),
        "institution": lambda: R.choice(["opholdssted", "døgninstitution", "kommunal døgninstitution",
                                         "socialpædagogisk opholdssted"]),
        "dage": lambda: str(R.randint(20, 31)), "km": lambda: str(R.randint(40, 1400)),
        "debitor": lambda: "%d-%03d" % (R.randint(100, 999), R.randint(0, 999)),
        "frh_nr": "72 56 70 00", "ting": lambda: R.choice(TING), "ting2": lambda: R.choice(TING),
        "su": lambda: "{:,}".format(R.randint(950, 6800)).replace(",", "."),
        "bolig": lambda: str(R.randint(300, 1900)), "job": lambda: "{:,}".format(R.randint(800, 4200)).replace(",", "."),
        "husleje": lambda: "{:,}".format(R.randint(2600, 5900)).replace(",", "."),
        "el": lambda: str(R.randint(250, 700)), "tlf_udg": lambda: str(R.randint(99, 299)),
        "rejse": lambda: str(R.randint(200, 600)), "gaeld": lambda: "{:,}".format(R.randint(1500, 12000)).replace(",", "."),
        "raadighed": lambda: "{:,}".format(R.randint(400, 2500)).replace(",", "."),
        "klasse": lambda: "%d.%s" % (R.randint(0, 9), R.choice("abcd")), "gruppe": lambda: R.choice(GROUPS),
        "fbgruppe": lambda: R.choice(FBGROUPS), "antal": lambda: str(R.randint(40, 3000)),
        "vaegt": lambda: "{:,}".format(R.randint(2900, 8900)).replace(",", "."),
        "laengde": lambda: "%d" % R.randint(49, 74), "hoved": lambda: "%d,%d" % (R.randint(34, 45), R.randint(0, 9)),
        "epds": lambda: str(R.randint(6, 19)), "klinik": lambda: R.choice(["Nord", "Syd", "Øst", "Vest", "Centrum", "2", "4"]),
        "udeb": lambda: R.choice(["to", "tre", "fire"]), "huller": lambda: str(R.randint(2, 9)),
        "kons": lambda: str(R.randint(5, 16)), "diag": lambda: R.choice(DIAG)[0], "icd": lambda: R.choice(DIAG)[1],
        "vaegtkg": lambda: "%d,%d" % (R.randint(14, 80), R.randint(0, 9)), "hoejde": lambda: str(R.randint(95, 178)),
        "medicin": lambda: R.choice(MEDS), "land": lambda: R.choice(LANDE), "oekenavn": lambda: R.choice(OEKENAVN),
        "frhsag": lambda: "%02d-%05d" % (case.ref.year % 100, R.randint(1000, 99999)),
        "by": lambda: R.choice(FRH_BY),
        "by_old": lambda: R.choice(TOWNS_OLD), "by_old2": lambda: R.choice(TOWNS_OLD),
        "afsnit": lambda: R.choice(["B2", "A3", "E4", "M1", "7"]), "diag_old": lambda: R.choice(DIAG_OLD),
        "sagsnr_old": lambda: "%d/%02d" % (R.randint(100, 9999), case.ref.year % 100),
        "relation": lambda: R.choice(RELATIONS), "relation2": lambda: R.choice(RELATIONS).capitalize(),
        "ics": lambda: R.choice(ICS), "vacc": lambda: R.choice(VACC), "vacc2": lambda: R.choice(VACC).split(":")[1].split(" -")[0].strip(),
        "skemafelt": lambda: R.choice(SKEMAFELT), "ugeplan": lambda: R.choice(UGEPLAN),
    }


# ---------------------------------------------------------------- OCR noise
def ocr_noise_span(s):
    out = s
    if R.random() < 0.5:
        out = re.sub(r"1", lambda m: "l" if R.random() < 0.5 else "1", out)
        out = re.sub(r"0", lambda m: "O" if R.random() < 0.45 else "0", out)
    if R.random() < 0.3:
        out = out.replace("m", "rn", 1)
    if R.random() < 0.15 and len(out) > 7 and " " not in out[:6]:
        i = R.randint(3, len(out) - 3)
        if out[i - 1].isalpha() and out[i].isalpha():
            out = out[:i] + "- " + out[i:]
    return out.strip() or s


STRAY = ["|", "~", "»", "¦", "'", "°", ";", "^"]


def ocr_noise_lit(s):
    words = re.split(r"( +)", s)
    out = []
    for w in words:
        if w.strip() and R.random() < 0.12:
            w = w.replace("m", "rn", 1) if R.random() < 0.4 else w
        if w.strip() and R.random() < 0.08:
            w = w.replace("1", "l").replace("0", "O")
        if w.strip() and R.random() < 0.05 and len(w) > 6:
            i = R.randint(2, len(w) - 3)
            w = w[:i] + "-\n" + w[i:] if R.random() < 0.5 else w[:i] + " " + w[i:]
        if w.strip() and R.random() < 0.03:
            w = w + " " + R.choice(STRAY)
        out.append(w)
    s = "".join(out)
    s = re.sub(r"\n(?=[a-zæøå])", lambda m: " " if R.random() < 0.5 else "\n", s)
    s = s.replace("ø", "o") if R.random() < 0.15 else s
    return s


def apply_ocr(doc, case):
    segs = [(k, ocr_noise_lit(s) if k is None else ocr_noise_span(s)) for k, s in doc.segments()]
    hdr = R.choice(["\n%s KOMMUNE - SOCIALFORVALTNINGEN   Side 2\n" % case.kommune[0].upper(),
                    "\n-- FAX %s %s  S.002 --\n" % (case.ref.strftime("%d-%m-%y"), "14:%02d" % R.randint(0, 59)),
                    "\nBørne- og Familieafdelingen ¦ j.nr. %d/%02d ¦ side 2\n" % (R.randint(100, 999), case.ref.year % 100)])
    if R.random() < 0.8:
        cands = [i for i, (k, s) in enumerate(segs) if k is None and "\n" in s]
        if cands:
            i = cands[len(cands) // 2]
            s = segs[i][1]
            j = s.index("\n")
            segs[i] = (None, s[:j] + hdr + s[j + 1:])
    d = Doc.from_segments(segs)
    if R.random() < 0.6:
        d.t("\n" + R.choice(["Side 2 af 2", "- 2 -", "SIDE 2/2", "Fortsættes ...",
                              "Indscannet " + case.ref.strftime("%d.%m.%Y")]))
    return d


# ---------------------------------------------------------------- composition
def clean_ok(tpl):
    return tpl_ok_for_clean(tpl, EXTRA_KEYS) and not any("{%s}" % b in tpl for b in CLEAN_BANNED)


def pick_blocks(spec, mode):
    if mode == "p":
        heads, bodies, tails = spec["head"], spec["body"] + spec["shared"], spec["tail"]
        if spec.get("shared_first"):
            bodies = spec["shared"] + spec["body"]
    elif spec.get("shared_first"):
        heads, tails = spec["chead"], spec["ctail"]
        bodies = [b for b in spec["shared"] if clean_ok(b)] + spec["cbody"] + [b for b in spec["body"] if clean_ok(b)]
    else:
        heads = spec["chead"]
        bodies = spec["cbody"] + [b for b in spec["shared"] if clean_ok(b)] + \
            [b for b in spec["body"] if clean_ok(b)]
        tails = spec["ctail"]
    return heads, bodies, tails


def render(tpl, ctx):
    d = Doc()
    fill(d, tpl.lstrip("*^"), ctx)
    return d


def compose(genre, sub, spec, mode, band):
    lo, hi = BANDS[band]
    heads, bodies, tails = pick_blocks(spec, mode)
    fillers = [f for f in FILL[genre] if mode == "p" or clean_ok(f)]
    lastfail = None
    for attempt in range(400):
        if "ref" in spec:
            ref = R.randint(*spec["ref"])
        else:
            ref = R.choice([2023, 2024, 2024, 2025, 2025])
        case = Case(ref_year=ref, child_age=spec.get("age", (2, 16)), anbragt=spec.get("anbragt", False))
        ctx = Ctx(case, mode, build_extra(case))
        sep = spec.get("sep", "\n\n")
        target = R.randint(lo, hi)
        doc = render(R.choice(heads), ctx)
        tail = render(R.choice(tails), ctx) if (band != "S" or R.random() < 0.5) else Doc()
        pinned = [b for b in bodies if b.startswith("^")]
        order = [b for b in bodies if not b.startswith("^")]
        if not spec.get("ordered"):
            R.shuffle(order)
        order = pinned + order
        fl = list(fillers)
        R.shuffle(fl)
        looks = R.sample([lk for lk, tg in LOOK if genre in tg.split()], {"S": 1, "M": 2, "L": 3}[band])
        for lk in looks:
            if spec.get("ordered"):
                order.append(lk)
            else:
                order.insert(R.randint(len(pinned), max(len(pinned), len(order))), lk)
        order += fl
        reps = [b for b in bodies if b.startswith("*")]
        queue = list(order)
        guard = 0
        while queue and guard < 60:
            guard += 1
            b = queue.pop(0)
            if b.startswith("*"):
                case.fresh(("x", "xb"))
            blk = render(b, ctx)
            if doc.words() + blk.words() + tail.words() > hi:
                continue
            doc.t(sep)
            doc.extend(blk)
            if doc.words() + tail.words() >= target:
                break
            if not queue and reps:
                queue = list(reps)
                R.shuffle(queue)
        if tail.text:
            doc.t(sep if sep.startswith("\n") else "\n")
            doc.extend(tail)
        if genre == "ocr":
            doc = apply_ocr(doc, case)
        allowed = ("name", "phone", "email", "address", "dob", "cpr") if mode == "p" else ()
        errs = check_doc(doc.text, doc.spans, allowed, (lo, hi))
        if mode == "p" and not doc.spans:
            errs.append("no spans")
        if not errs:
            return doc
        lastfail = errs
    raise RuntimeError("cannot compose %s/%s/%s/%s: %s" % (genre, sub, mode, band, lastfail))


# ---------------------------------------------------------------- institutions
INST_TPL = [
    "Barn A ({a} år) går i {kl}. klasse på {skole} og går til træning i {klub} tre dage om ugen.",
    "Den unge ({a} år) er optaget på {efterskole} fra august. Opholdet støttes med kommunalt tilskud efter aftale med forældrene.",
    "Anbringelsen sker på {ophold}, et socialpædagogisk opholdssted med plads til seks unge. Tilsynet varetages af Socialtilsyn Midt.",
    "Plejefamilien er tilknyttet {pleje}, som leverer supervision, efteruddannelse og aflastning efter kontrakt med kommunen.",
    "Mor ønsker, at Barn B skifter fra {dagtilbud} til {dagtilbud2}, fordi transporttiden bliver kortere og søskende allerede går dér.",
    "Underretning modtaget fra {dagtilbud} vedrørende en dreng på {a} år med gentagne blå mærker på overarmene.",
    "Drengen ({a} år) træner i {klub} to gange om ugen, og træneren beskriver ham som glad og mødestabil.",
    "Der er bevilget efterskoleophold på {efterskole} i skoleåret 2025/26. Den unge har selv besøgt skolen med sin kontaktperson.",
    "Pigen ({a} år) har plads i {dagtilbud}. Personalet har oplyst, at hun ofte hentes sent, og at mor virker træt ved afhentning.",
    "Efter sommerferien flytter Barn A fra {skole} til {skole2}. Overleveringsmødet holdes med begge skoler og forældrene.",
    "Den unge bor på {ophold} og går i den interne skole. Udslusning planlægges i samarbejde med jobcentret og {klub}.",
    "Familien har fået tilbudt aflastning gennem {pleje} én weekend om måneden, så længe familiebehandlingen varer.",
    "Skolelederen på {skole} har sendt en bekymringsskrivelse om fravær; eleven ({a} år) har ikke været i skole i tre uger.",
    "Plejebarnet ({a} år) er netop flyttet fra {ophold} til en plejefamilie, der er godkendt og tilknyttet {pleje}.",
]


def make_institution(idx):
    for attempt in range(200):
        tpl = INST_TPL[idx % len(INST_TPL)] if attempt == 0 else R.choice(INST_TPL)
        used = {}
        d = Doc()
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", tpl):
            d.t(tpl[pos:m.start()])
            k = m.group(1)
            if k == "a":
                d.t(str(R.randint(4, 17)))
            elif k == "kl":
                d.t(str(R.randint(0, 9)))
            else:
                typ = k.rstrip("2")
                cands = [x for x in pools.INST_TYPED[typ] if x not in used.values()]
                v = R.choice(cands)
                used[k] = v
                d.s("institution", v)
            pos = m.end()
        d.t(tpl[pos:])
        errs = check_doc(d.text, d.spans, ("institution",), (12, 40))
        if not errs:
            return d
    raise RuntimeError("institution " + str(errs))


def obj(cid, d):
    return {"id": cid, "text": d.text,
            "planted": [{"kind": k, "text": d.text[a:b], "start": a, "end": b} for k, a, b in d.spans]}


def main():
    import json
    import os
    out = os.path.dirname(os.path.abspath(__file__))
    planted, clean, inst = [], [], []
    meta = []
    for mode, store in (("p", planted), ("c", clean)):
        for i in range(240):
            g = i % 6
            k = i // 6
            band = "SML"[(k + g) % 3]
            gname, gspec = GENRES[g]
            subs = list(gspec.keys())
            sub = subs[k % len(subs)]
            while True:
                d = compose(gname, sub, gspec[sub], mode, band)
                if mode == "c":
                    bad = [t for t in PLANTED_STRINGS if t in d.text]
                    if bad:
                        continue
                break
            cid = "blind18-%s%03d" % (mode, i + 1)
            store.append(obj(cid, d))
            meta.append((cid, gname, sub, band, d.words()))
            if mode == "p":
                for kk, a, b in d.spans:
                    if kk != "name" and d.text[a:b] not in PLANTED_STRINGS:
                        PLANTED_STRINGS.append(d.text[a:b])
    for i in range(30):
        d = make_institution(i)
        inst.append(obj("blind18-i%03d" % (i + 1), d))
    # global checks
    tot = {}
    for o in planted:
        for p in o["planted"]:
            tot[p["kind"]] = tot.get(p["kind"], 0) + 1
            assert o["text"][p["start"]:p["end"]] == p["text"]
    n = sum(tot.values())
    assert 3000 <= n <= 4500, (n, tot)
    for kind in ("phone", "address", "dob"):
        assert tot.get(kind, 0) >= 250, (kind, tot)
    for kind in ("cpr", "email"):
        assert tot.get(kind, 0) >= 120, (kind, tot)
    assert all(tot["name"] > v for kk, v in tot.items() if kk != "name"), tot
    for o in clean:
        assert not o["planted"]
        for t in PLANTED_STRINGS:
            assert t not in o["text"], (o["id"], t)
    for lst, pfx, nn in ((planted, "p", 240), (clean, "c", 240), (inst, "i", 30)):
        assert [o["id"] for o in lst] == ["blind18-%s%03d" % (pfx, j + 1) for j in range(nn)]
    for name, lst in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
            for o in lst:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # stats
    print("planted spans:", n, tot)
    bands = {}
    subs = {}
    for cid, gname, sub, band, w in meta:
        m = cid.split("-")[1][0]
        bands[(m, band)] = bands.get((m, band), 0) + 1
        subs[(m, gname, sub)] = subs.get((m, gname, sub), 0) + 1
    print("bands:", bands)
    for key in subs:
        print("sub", key, subs[key])
    print("institution spans:", sum(len(o["planted"]) for o in inst))


PLANTED_STRINGS = []

if __name__ == "__main__":
    main()
