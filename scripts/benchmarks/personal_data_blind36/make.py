# -*- coding: utf-8 -*-
"""Builds the blind36 held-out corpus. Python 3.11 stdlib only; one seed, one Random instance."""
import json, os, re, sys, hashlib, unicodedata
import random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import (NAMES, NICK, STREETS, TOWNS, FOREIGN_ADDR, FOREIGN_PHONE, PRIV_DOMAINS, KOMMUNER,
                   SWITCHBOARDS, CVRS, PUBLIC_NUMBERS, WORK_DOMAINS_HOSP, INSTITUTIONS)
from genres import GENRES, GENRE_KEYS, STYLES_BY_GENRE, ROLE_LABEL, ROLE_GEN, LOOK_COMMON, PII_COMMON

SEED = 36036
R = random.Random(SEED)
CORPUS = "blind36"
OUT = os.path.dirname(os.path.abspath(__file__))
BANDS = [(30, 80), (81, 150), (151, 300)]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende", "nittende",
       "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende",
       "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]
UNITS = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs", 9: "halvfems"}


def num_word(s):
    n = int(s)
    if s[0] == "0":
        return "nul " + UNITS[n]
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return (UNITS[u] + "og" if u else "") + TENS[t]


def fold(s):
    s = s.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("ł", "l").replace("ı", "i")
    s = s.replace("ð", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum()))


def days_in(y, m):
    return [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def rdate(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    return (y, m, R.randint(1, days_in(y, m)))


# ---------------------------------------------------------------- persons
class Person:
    pass


ORIGIN_KEYS = [o[0] for o in NAMES]
ORIGIN_W = {"dk": 22, "dkrare": 7, "word": 6}


def pick_origin():
    ws = [ORIGIN_W.get(k, 3) for k in ORIGIN_KEYS]
    return R.choices(ORIGIN_KEYS, weights=ws)[0]


def origin_row(o):
    for row in NAMES:
        if row[0] == o:
            return row
    raise KeyError(o)


def mk_cpr(y, m, d, g):
    yy = y % 100
    if y < 2000:
        c7 = R.choice([0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
    else:
        c7 = R.choice([4, 9, 5, 6, 7, 8])
    mid = R.randint(0, 99)
    last = R.choice([0, 2, 4, 6, 8] if g == "f" else [1, 3, 5, 7, 9])
    return "%02d%02d%02d" % (d, m, yy), "%d%02d%d" % (c7, mid, last)


def mk_person(role, origin=None, g=None, born=(1975, 1999), surname=None, town=None):
    p = Person()
    p.role = role
    p.origin = origin or pick_origin()
    row = origin_row(p.origin)
    p.g = g or R.choice("fm")
    p.first = R.choice(row[1] if p.g == "f" else row[2])
    p.last = surname or R.choice(row[3])
    if p.g == "m" and p.last.endswith(("ska", "ńska")):
        p.last = p.last[:-1] + "i"
    elif p.g == "f" and p.last.endswith("ski"):
        p.last = p.last[:-1] + "a"
    p.born = rdate(*born)
    p.cpr6, p.cpr4 = mk_cpr(*p.born, p.g)
    first = R.choice("2345678")
    p.digits = first + "".join(R.choice("0123456789") for _ in range(7))
    p.foreign_phone = None
    if p.origin in FOREIGN_PHONE and R.random() < 0.25:
        tpl = FOREIGN_PHONE[p.origin]
        p.foreign_phone = tpl.format(a="%03d" % R.randint(100, 999), b="%03d" % R.randint(0, 999),
                                     c="%04d" % R.randint(0, 9999), d="%02d %02d" % (R.randint(0, 99), R.randint(0, 99)),
                                     e="%02d %02d %02d" % (R.randint(20, 99), R.randint(0, 99), R.randint(0, 99)))
    p.street = R.choice(STREETS)
    p.no = str(R.randint(1, 160))
    p.letter = R.choice(["", "", "", "", "A", "B", "C"])
    p.floor = R.choice(["", "", "", "st. th.", "st. tv.", "1. tv.", "1. th.", "2. th.", "2. mf.", "3. tv.", "4. 12"])
    p.town = town or R.choice(TOWNS)
    p.foreign_addr = R.choice(FOREIGN_ADDR) if R.random() < 0.08 else None
    loc = R.choice(["fl", "f.l", "fl2", "f_l", "first", "fl_num"])
    f, l = fold(p.first.split()[0]), fold(p.last.replace("-", " ").split()[-1])
    p.email = {"fl": f + "." + l, "f.l": f[0] + "." + l, "fl2": f + l, "f_l": f + "_" + l,
               "first": f + str(R.randint(10, 99)), "fl_num": f + l[:1] + str(p.born[0] % 100)}[loc] + "@" + R.choice(PRIV_DOMAINS)
    return p


def initials(p):
    parts = re.split(r"[\s\-]+", p.first + " " + p.last)
    return "".join(x[0].upper() for x in parts if x)


def misspell(name):
    m = re.search(r"([a-zæøå])\1", name)
    if m:
        return name[:m.start()] + name[m.start()] + name[m.end():]
    m = re.search(r"[aeiou][bdfgklmnprst][aeiou]", name[1:])
    if m:
        i = m.start() + 2
        return name[:i] + name[i] + name[i:]
    return name + "e"


def professional(role, dom):
    p = mk_person(role, born=(1962, 1996))
    f, l = fold(p.first.split()[0]), fold(p.last.replace("-", " ").split()[-1])
    style = R.choice(["ini", "fl", "fl", "f.l"])
    if style == "ini":
        p.email = fold(initials(p))[:4] + "@" + dom
    elif style == "fl":
        p.email = f + "." + l + "@" + dom
    else:
        p.email = f + l[:1] + "@" + dom
    p.foreign_phone = None
    p.foreign_addr = None
    return p


# ---------------------------------------------------------------- formats
def fmt_phone(p, spoken_ok):
    if p.foreign_phone and R.random() < 0.6:
        return p.foreign_phone
    d = p.digits
    shapes = ["8", "2222", "2222", "2222", "44", "dots", "dash", "+45 2222", "+458", "0045 8", "+45 44", "(+45)"]
    if spoken_ok:
        shapes += ["spoken", "spoken"]
    s = R.choice(shapes)
    g2 = [d[0:2], d[2:4], d[4:6], d[6:8]]
    return {"8": d, "2222": " ".join(g2), "44": d[:4] + " " + d[4:], "dots": ".".join(g2), "dash": "-".join(g2),
            "+45 2222": "+45 " + " ".join(g2), "+458": "+45" + d, "0045 8": "0045 " + d,
            "+45 44": "+45 " + d[:4] + " " + d[4:], "(+45)": "(+45) " + d[:4] + " " + d[4:],
            "spoken": " ".join(num_word(x) for x in g2)}[s]


def fmt_dob(p, spoken_ok):
    y, m, d = p.born
    shapes = ["dmy.", "dmy.", "dmy-", "d/m-y", "dmy/", "d.m.yy", "iso", "long", "long", "short", "en1", "en2", "dd/mm-yy"]
    if spoken_ok:
        shapes.append("spoken")
    s = R.choice(shapes)
    return {"dmy.": "%02d.%02d.%d" % (d, m, y), "dmy-": "%02d-%02d-%d" % (d, m, y), "d/m-y": "%d/%d-%d" % (d, m, y),
            "dmy/": "%02d/%02d/%d" % (d, m, y), "d.m.yy": "%d.%d.%02d" % (d, m, y % 100), "iso": "%d-%02d-%02d" % (y, m, d),
            "long": "%d. %s %d" % (d, MONTHS[m - 1], y), "short": "%d. %s. %d" % (d, MONTHS[m - 1][:3], y),
            "en1": "%d %s %d" % (d, MONTHS_EN[m - 1], y), "en2": "%s %d, %d" % (MONTHS_EN[m - 1], d, y),
            "dd/mm-yy": "%02d/%02d-%02d" % (d, m, y % 100),
            "spoken": "%s %s %d" % (ORD[d - 1], MONTHS[m - 1], y)}[s]


def fmt_cpr(p):
    a, b = p.cpr6, p.cpr4
    s = R.choice(["-", "-", "-", " ", "10", "dots", "sp", "4-"])
    return {"-": a + "-" + b, " ": a + " " + b, "10": a + b, "dots": a[0:2] + "." + a[2:4] + "." + a[4:6] + "-" + b,
            "sp": a[0:2] + " " + a[2:4] + " " + a[4:6] + " " + b, "4-": a[0:4] + " " + a[4:6] + "-" + b}[s]


def fmt_addr(p, two_line_ok):
    if p.foreign_addr:
        return p.foreign_addr
    st, pc, town = p.street, p.town[0], p.town[1]
    hn = p.no + p.letter
    fl = p.floor
    shapes = ["full", "full", "full", "nofloor", "street", "dash", "sloppy"]
    if two_line_ok:
        shapes += ["two", "two"]
    s = R.choice(shapes)
    if s == "full":
        return "%s %s%s, %s %s" % (st, hn, (", " + fl) if fl else "", pc, town)
    if s == "nofloor":
        return "%s %s, %s %s" % (st, hn, pc, town)
    if s == "street":
        return "%s %s%s" % (st, hn, (", " + fl) if fl else "")
    if s == "dash":
        return "%s %s - %s %s" % (st, hn, pc, town)
    if s == "sloppy":
        return "%s %s%s %s %s" % (st.lower(), hn.lower(), (" " + fl.replace(".", "")) if fl else "", pc, town.lower())
    return "%s %s%s\n%s %s" % (st, hn, (", " + fl) if fl else "", pc, town)


def fmt_email(p, spoken_ok):
    e = p.email
    if spoken_ok and R.random() < 0.15:
        loc, dom = e.split("@")
        loc = loc.replace(".", " punktum ").replace("_", " understreg ")
        return loc + " snabel-a " + dom.replace(".", " punktum ")
    return e


def gen_name(n):
    if n.endswith(("s", "x", "z")):
        return n, "'"
    return n + "s", ""


# ---------------------------------------------------------------- rendering
class Ctx:
    def __init__(self, mode, genre, cast, kom, today, spoken_ok=False, two_line_ok=False):
        self.mode, self.genre, self.cast, self.kom, self.today = mode, genre, cast, kom, today
        self.spoken_ok, self.two_line_ok = spoken_ok, two_line_ok
        self.parts = []

    # --- raw writers
    def t(self, s):
        if s:
            self.parts.append((s, None))

    def s(self, kind, s):
        self.parts.append((s, kind))

    def text(self):
        return "".join(x for x, _ in self.parts)

    def words(self):
        return len(self.text().split())

    # --- names
    def name(self, role, form):
        p = self.cast[role]
        at_start = self.at_sentence_start()
        if self.mode == "clean":
            if form == "G":
                lab = ROLE_GEN.get(role, ROLE_LABEL[role] + "s")
            else:
                lab = ROLE_LABEL[role]
            if at_start:
                lab = lab[0].upper() + lab[1:]
            self.t(lab)
            return
        full = p.first + " " + p.last
        if form == "N":
            form = R.choices(["FL", "F", "F", "T", "LF", "UP", "I", "NICK", "MIS", "L", "low"],
                             weights=[28, 34, 0, 6, 4, 4, 3, 5, 4, 5, 3])[0]
            if form == "T" and role in ("barn", "barn2", "bror"):
                form = "F"
        if form == "FL":
            self.s("name", full)
        elif form == "F":
            self.s("name", p.first)
        elif form == "L":
            self.s("name", p.last)
        elif form == "T":
            tt = "dr. " if p.role in ("laege",) else ("fru " if p.g == "f" else "hr. ")
            self.t(tt[0].upper() + tt[1:] if at_start else tt)
            self.s("name", p.last)
        elif form == "LF":
            self.s("name", p.last + ", " + p.first)
        elif form == "UP":
            self.s("name", full.upper())
        elif form == "I":
            ini = initials(p)
            self.s("name", ini if R.random() < 0.6 else ".".join(ini) + ".")
        elif form == "NICK":
            self.s("name", NICK.get(p.first, p.first))
        elif form == "MIS":
            self.s("name", misspell(p.first) if R.random() < 0.6 else p.first + " " + misspell(p.last))
        elif form == "low":
            self.s("name", p.first.lower())
        elif form == "G":
            base = p.first if R.random() < 0.7 else full
            w, apo = gen_name(base)
            self.s("name", w)
            self.t(apo)
        else:
            raise ValueError(form)

    def at_sentence_start(self):
        txt = self.text().rstrip(" ")
        return txt == "" or txt[-1] in ".!?\n:"

    def render(self, tpl):
        pos = 0
        for m in re.finditer(r"\{([A-Za-z0-9]+)(?:\.([a-z0-9]+))?\}", tpl):
            self.t(tpl[pos:m.start()])
            pos = m.end()
            f, role = m.group(1), m.group(2)
            if role is None:
                self.t(self.value(f))
                continue
            if f in ("N", "FL", "F", "L", "T", "LF", "UP", "I", "G"):
                self.name(role, f)
            elif f == "age":
                self.t(str(self.age(role)))
            elif self.mode == "clean":
                raise ValueError("pii placeholder in clean: " + tpl)
            elif f == "P":
                self.s("phone", fmt_phone(self.cast[role], self.spoken_ok))
            elif f == "A":
                self.s("address", fmt_addr(self.cast[role], self.two_line_ok))
            elif f == "A1":
                self.s("address", fmt_addr(self.cast[role], False))
            elif f == "D":
                self.s("dob", fmt_dob(self.cast[role], self.spoken_ok))
            elif f == "C":
                self.s("cpr", fmt_cpr(self.cast[role]))
            elif f == "E":
                self.s("email", fmt_email(self.cast[role], self.spoken_ok))
            else:
                raise ValueError(f)
        self.t(tpl[pos:])

    def age(self, role):
        if self.mode == "clean":
            return self.cast[role]
        y, m, d = self.cast[role].born
        ty, tm, td = self.today
        a = ty - y - ((tm, td) < (m, d))
        return max(a, 0)

    def value(self, f):
        ty, tm, td = self.today
        if f == "K":
            return self.kom[0]
        if f == "dt":
            y, m, d = ty, tm, td
            k = R.randint(-40, 30)
            for _ in range(abs(k)):
                if k > 0:
                    d += 1
                    if d > days_in(y, m):
                        d, m = 1, m + 1
                        if m > 12:
                            m, y = 1, y + 1
                else:
                    d -= 1
                    if d < 1:
                        m -= 1
                        if m < 1:
                            m, y = 12, y - 1
                        d = days_in(y, m)
            return R.choice(["%d.%d.%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d. %s" % (d, MONTHS[m - 1]),
                             "%d. %s %d" % (d, MONTHS[m - 1], y)])
        if f == "today":
            return "%d. %s %d" % (td, MONTHS[tm - 1], ty)
        if f == "tm":
            return "%02d.%02d" % (R.randint(7, 20), R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
        if f == "SW":
            return SWITCHBOARDS[KOMMUNER.index(self.kom)]
        if f == "CVR":
            return R.choice(CVRS)
        if f == "jnr":
            return R.choice(["27.24.00-G01-%d-%02d" % (R.randint(10, 999), ty % 100),
                             "%d-%06d" % (ty, R.randint(1000, 99999)), "S%d-%05d" % (ty, R.randint(100, 99999)),
                             "27.12.04-A00-%d-%02d" % (R.randint(1, 400), ty % 100)])
        if f == "amt":
            return R.choice(["1.249,00", "385,50", "2.900", "12.450,75", "649", "4.000", "18.300", "99,00", "7.615,40"])
        if f == "room":
            return R.choice(["2.14", "3.07", "B-112", "1.31", "4", "12", "C3"])
        if f == "wk":
            return str(R.randint(2, 50))
        if f == "kl":
            return R.choice(["0.A", "1.B", "3.C", "4.A", "5.B", "6.X", "7.B", "8.C", "9.A"])
        if f == "ean":
            return "579800" + "".join(R.choice("0123456789") for _ in range(7))
        if f == "n":
            return str(R.randint(2, 9))
        raise ValueError(f)


# ---------------------------------------------------------------- casting
def today_date():
    y = R.choice([2025, 2026])
    m = R.randint(1, 10 if y == 2026 else 12)
    return (y, m, R.randint(1, days_in(y, m)))


def shift(date, days):
    import datetime
    d = datetime.date(*date) + datetime.timedelta(days=days)
    return (d.year, d.month, d.day)


def born_for_age(today, age):
    y = today[0] - age - R.choice([0, 1])
    m = R.randint(1, 12)
    return y, m


def cast_planted(gk, gd, today, kom):
    cast = {}
    o_m = pick_origin()
    o_f = o_m if R.random() < 0.7 else pick_origin()
    town = R.choice(TOWNS)
    mor = mk_person("mor", o_m, "f", (1976, 2000), town=town)
    far = mk_person("far", o_f, "m", (1972, 1999))
    cast["mor"], cast["far"] = mor, far
    sur = far.last if R.random() < 0.6 else mor.last
    kid_g = {"gaming": "m", "aere": "f", "brand": "f"}.get(gk)
    for i, role in enumerate(["barn", "barn2"][:gd["kids"]]):
        if gd.get("newborn"):
            b = shift(today, -R.randint(20, 70)) if i == 0 else cast["barn"].born
        else:
            age = R.randint(*gd["kid_age"]) if i == 0 else R.randint(1, 15)
            bd = shift(today, -int(age * 365.25) - R.randint(0, 360))
            b = bd
        k = mk_person(role, o_m, kid_g if i == 0 else None, surname=sur)
        k.born = b
        k.cpr6, k.cpr4 = mk_cpr(*b, k.g)
        for a in ("street", "no", "letter", "floor", "town", "foreign_addr"):
            setattr(k, a, getattr(mor, a))
        cast[role] = k
    for role in gd["roles"]:
        if role in cast:
            continue
        if role == "mormor":
            p = mk_person(role, o_m, "f", (1950, 1972), surname=mor.last if R.random() < 0.5 else None)
        elif role == "bror":
            p = mk_person(role, o_m, "m", (cast["barn"].born[0] - 8, cast["barn"].born[0] - 3), surname=cast["barn"].last)
            for a in ("street", "no", "letter", "floor", "town", "foreign_addr"):
                setattr(p, a, getattr(mor, a))
        elif role == "onkel":
            p = mk_person(role, o_f, "m", (1960, 1985), surname=far.last)
        else:
            dom = gd["doms"].get(role, "kom")
            if dom == "priv":
                p = mk_person(role, born=(1955, 1998))
            else:
                d = kom[1] if dom == "kom" else (R.choice(WORK_DOMAINS_HOSP) if dom == "hosp" else dom)
                p = professional(role, d)
        cast[role] = p
    seen = []
    for role, p in cast.items():
        tries = 0
        while (p.first in seen or p.last == p.first) and tries < 50:
            row = origin_row(p.origin)
            p.first = R.choice(row[1] if p.g == "f" else row[2])
            tries += 1
            p.email = fold(p.first.split()[0]) + "." + fold(p.last.replace("-", " ").split()[-1]) + "@" + p.email.split("@")[1]
        seen.append(p.first)
    return cast


def cast_clean(gk, gd):
    c = {r: None for r in gd["roles"]}
    lo, hi = gd["kid_age"]
    c["barn"] = R.randint(lo, hi)
    if gd["kids"] == 2:
        c["barn2"] = R.randint(1, 15)
    return c


# ---------------------------------------------------------------- assembling texts
ROLE_RE = re.compile(r"\{[A-Za-z0-9]+\.([a-z0-9]+)\}")
PII_RE = re.compile(r"\{(?:P|A|A1|D|C|E)\.[a-z0-9]+\}")


def usable(tpl, C):
    for r in ROLE_RE.findall(tpl):
        if r not in C.cast:
            return False
    if C.mode == "clean" and PII_RE.search(tpl):
        return False
    return True


def sub(C):
    return Ctx(C.mode, C.genre, C.cast, C.kom, C.today, C.spoken_ok, C.two_line_ok)


def body_pool(C, gd):
    pool = [t for t in gd["narr"] if usable(t, C)]
    if C.mode == "planted":
        pii = [t for t in gd["pii"] + PII_COMMON if usable(t, C)]
        pool = pool + pii
        look = R.sample(gd["look"] + LOOK_COMMON, 3)
    else:
        look = gd["look"] + LOOK_COMMON
    pool = pool + look
    R.shuffle(pool)
    return pool


def title(C, gd):
    return R.choice(gd["subjects"])


def fill(C, fixed_words, target, units, joiner, prefix_fn=None):
    """Append units to C until fixed_words + C.words() >= target."""
    first = True
    for u in units:
        if fixed_words + C.words() >= target:
            break
        if not first:
            C.t(joiner)
        if prefix_fn:
            prefix_fn(C)
        C.render(u)
        first = False


def style_text(C, gd, style, target):
    H, B, F = sub(C), sub(C), sub(C)
    planted = C.mode == "planted"
    subj = title(C, gd)
    pool = body_pool(C, gd)
    auth = {"neo": "sygpl", "klage": "radgiver"}.get(C.genre, "sb")
    if auth not in C.cast:
        auth = "sb"
    if style == "letter":
        C.two_line_ok = H.two_line_ok = True
        citizen = R.random() < 0.5
        if planted and citizen:
            H.render("{FL.mor}\n{A.mor}\nTlf. {P.mor}\n\n{K} Kommune\nBørn og Unge, Myndighed\n\n{K}, {today}\n\n")
            H.render("Vedr.: " + subj + " – {FL.barn}, cpr. {C.barn}\n\n" + R.choice(["Til {K} Kommune\n\n", "Kære {F.sb}\n\n"]))
            F.render("\n\nMed venlig hilsen\n\n{FL.mor}" + R.choice(["", "\n{E.mor}"]))
        elif planted:
            H.render("{K} Kommune\nBørn og Unge, Myndighed\n{today}\n\n{FL.mor}\n{A.mor}\n\n")
            H.render("Vedr.: " + subj + " – {FL.barn} (f. {D.barn})\n\nKære {F.mor}\n\n")
            F.render("\n\nVenlig hilsen\n\n{FL." + auth + "}\n" + R.choice(["Direkte tlf. {P." + auth + "} | {E." + auth + "}",
                                                                          "Tlf.: {P." + auth + "}\nMail: {E." + auth + "}"]))
        else:
            H.render("{K} Kommune\nBørn og Unge, Myndighed\n{today}\n\n" + R.choice(["Til forældremyndighedsindehaverne\n",
                                                                                 "Til Myndighedsafdelingen\n"]))
            H.render("Vedr.: " + subj + " – Barn A ({age.barn} år)\nJournalnr.: {jnr}\n\n" + R.choice(["Kære forældre\n\n", "Til rette vedkommende\n\n"]))
            F.render("\n\nMed venlig hilsen\n\nMyndighedsafdelingen, Børn og Unge\nHovednummer: {SW}")
        fill(B, H.words() + F.words(), target, pool, R.choice([" ", "\n\n", " "]))
    elif style == "mail":
        if planted:
            a, b = R.choice([("mor", "sb"), ("sb", "mor"), ("far", "sb"), (auth, "mor")]) if auth != "sb" else R.choice([("mor", "sb"), ("sb", "mor"), ("far", "sb")])
            H.render("Fra: {FL.%s} <{E.%s}>\nTil: {FL.%s} <{E.%s}>\nSendt: {dt} kl. {tm}\nEmne: %s\n\nHej {F.%s}\n\n" % (a, a, b, b, subj, b))
            F.render("\n\n" + R.choice(["Mvh\n", "Venlig hilsen\n", "Hilsen\n"]) + "{F.%s}" % a
                     + R.choice(["", "\n{P.%s}" % a]))
        else:
            H.render("Fra: Mor (via Digital Post)\nTil: Myndighed, Børn og Unge, {K} Kommune\nSendt: {dt} kl. {tm}\nEmne: " + subj + "\n\nHej\n\n")
            F.render("\n\nMvh\nMor")
        fill(B, H.words() + F.words(), target, pool, " ")
    elif style == "kv":
        C.two_line_ok = True
        H.t(subj + "\n\n")
        lines = gd["kv_p"] if planted else gd["kv_c"]
        lines = [l for l in lines if usable(l, H)]
        k = R.randint(3, len(lines))
        for l in lines[:k]:
            H.render(l + "\n")
        H.t("\n" + R.choice(["Bemærkninger:", "Notat:", "Vurdering:", "Beskrivelse:"]) + "\n")
        fill(B, H.words(), target, pool, " ")
    elif style == "log":
        C.spoken_ok = B.spoken_ok = True
        H.t(subj + R.choice([" – journalnotater\n\n", "\nLog\n\n", " (udskrift af notater)\n\n"]))
        aut = [auth, auth, "sb"] if "sb" in C.cast else [auth]
        def pre(X):
            a = R.choice(aut)
            if R.random() < 0.5:
                X.render("{dt} kl. {tm} – {I.%s}: " % a)
            else:
                X.render("{dt}, {tm}: ")
        fill(B, H.words(), target, pool, "\n", pre)
    elif style == "chat":
        C.spoken_ok = B.spoken_ok = True
        H.t(R.choice(["Kopi af sms-tråd", "Beskeder indsat fra Aula", "Chatlog", "Udskrift af beskeder"]) + " – " + subj + "\n\n")
        lines = [l for l in gd["chat"] if usable(l[1], H) and l[0] in C.cast]
        extra = [t for t in pool if t in gd["pii"] or t in PII_COMMON] if planted else []
        h, mi = R.randint(7, 21), R.randint(0, 50)
        seq = list(lines)
        if extra:
            seq.insert(R.randint(1, len(seq)), ("X", extra[0]))
        i = 0
        for who, msg in seq:
            if H.words() + B.words() >= target:
                break
            if i:
                B.t("\n")
            mi += R.randint(1, 7)
            if mi > 59:
                h, mi = h + 1, mi - 60
            B.t("[%02d:%02d] " % (h, mi))
            if who == "X":
                who = "mor" if "mor" in C.cast else "sb"
            if planted:
                B.name(who, R.choice(["F", "F", "FL", "low" if who not in ("sb", "support", "radgiver", "sundpl", "kontakt") else "F"]))
            else:
                B.t(ROLE_LABEL[who][0].upper() + ROLE_LABEL[who][1:])
            B.t(": ")
            B.render(msg)
            i += 1
        if H.words() + B.words() < target:
            B.t("\n\n" + R.choice(["Note:", "Sagsbehandlers note:", "Tilføjet:"]) + " ")
            fill(B, H.words(), target, [t for t in pool if t not in gd["chat"]], " ")
    elif style == "table":
        C.two_line_ok = False
        hdr, rows = gd["table_p"] if planted else gd["table_c"]
        rows = [r for r in rows if usable(r, H)]
        H.t(subj + "\n\n" + hdr + "\n" + " | ".join(["---"] * (hdr.count("|") + 1)) + "\n")
        k = R.randint(3, len(rows))
        for r in rows[:k]:
            H.render(r + "\n")
        H.t("\n")
        fill(B, H.words(), target, pool, " ")
    elif style == "list":
        H.t(subj + "\n\n" + R.choice(["Aftaler og kontakter:", "Punkter:", "Overblik:"]) + "\n")
        bullet = R.choice(["- ", "• ", "* "])
        fill(B, H.words(), target, pool, "\n", lambda X: X.t(bullet))
    elif style == "prose":
        H.t(subj + "\n\n")
        n = [0]
        def pre(X):
            n[0] += 1
        fill(B, H.words(), target, pool, R.choice([" ", " ", "\n\n"]), pre)
    else:
        raise ValueError(style)
    parts = H.parts + B.parts + F.parts
    # merge adjacent plain text
    out = []
    for x, k in parts:
        if k is None and out and out[-1][1] is None:
            out[-1] = (out[-1][0] + x, None)
        else:
            out.append((x, k))
    return out


def to_record(rid, parts):
    text, spans, pos = "", [], 0
    for x, k in parts:
        if k:
            spans.append({"kind": k, "text": x, "start": pos, "end": pos + len(x)})
        text += x
        pos += len(x)
    # strip whole text
    lead = len(text) - len(text.lstrip())
    text2 = text.strip()
    for s in spans:
        s["start"] -= lead
        s["end"] -= lead
    return {"id": rid, "text": text2, "planted": spans}


# ---------------------------------------------------------------- checks
POOL_NAMES = []
for _o, _f, _m, _l in NAMES:
    for n in _f + _m + _l:
        if n not in POOL_NAMES:
            POOL_NAMES.append(n)
        for part in re.split(r"[\s\-]+", n):
            if len(part) >= 4 and part not in POOL_NAMES:
                POOL_NAMES.append(part)
for _k, _v in NICK.items():
    if _v not in POOL_NAMES:
        POOL_NAMES.append(_v)
_alts = []
for n in sorted(POOL_NAMES, key=lambda x: (-len(x), x)):
    _alts.append(re.escape(n))
    if n.upper() != n:
        _alts.append(re.escape(n.upper()))
POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(_alts) + r")(?!\w)")
STREET_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(s) for s in STREETS) + r")\s+\d")
PHONE_RE = re.compile(r"(?<![\w+])(?:(?:\+|00)\d{2,3}\s?)?(?:\d{8}|\d{2}(?: \d{2}){3}|\d{2}(?:\.\d{2}){3}|\d{2}(?:-\d{2}){3}|\d{4}[ .-]\d{4})(?!\w)"
                      r"|\+\d{2,3}[\d \-]{6,}")
CPR_RE = re.compile(r"(?<!\w)(?:\d{6}[ -]?\d{4}|\d{2}[. ]\d{2}[. ]\d{2}[ -]?\d{4}|\d{4} \d{2}-\d{4})(?!\w)")
BORN_RE = re.compile(r"(?i)(?<!\w)(?:født|f\.|fødselsdato:?|fødselsdag:?)\s*\d")
WHITELIST = sorted(SWITCHBOARDS + CVRS + PUBLIC_NUMBERS, key=lambda x: -len(x))
MASK = "\u2588"


def inside(spans, a, b):
    for s in spans:
        if s["start"] <= a and b <= s["end"]:
            return True
    return False


def check(rec, allowed, band, forbidden=None):
    t, sp = rec["text"], rec["planted"]
    errs = []
    last = -1
    for s in sp:
        if t[s["start"]:s["end"]] != s["text"]:
            errs.append("offset")
        if s["start"] < last:
            errs.append("order/overlap")
        last = s["end"]
        if s["kind"] not in allowed:
            errs.append("kind " + s["kind"])
        if s["text"] != s["text"].strip() or not s["text"]:
            errs.append("ws")
    n = len(t.split())
    if not (band[0] <= n <= band[1]):
        errs.append("band %d" % n)
    for s in sp:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", t):
            if not inside(sp, m.start(), m.end()):
                errs.append("copy " + s["text"])
    for m in POOL_RE.finditer(t):
        if not inside(sp, m.start(), m.end()):
            errs.append("pool " + m.group(0))
    masked = list(t)
    for s in sp:
        for i in range(s["start"], s["end"]):
            masked[i] = MASK
    masked = "".join(masked)
    for w in WHITELIST:
        masked = re.sub(r"(?<![\w+])" + re.escape(w) + r"(?!\w)", MASK * len(w), masked)
    for rx, lab in ((PHONE_RE, "phone"), (CPR_RE, "cpr"), (STREET_RE, "street"), (BORN_RE, "born")):
        m = rx.search(masked)
        if m:
            errs.append(lab + " " + m.group(0))
    if "@" in masked:
        errs.append("@")
    if forbidden:
        for f in forbidden:
            if f in t and re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", t):
                errs.append("planted-in-clean " + f)
                break
    return errs


# ---------------------------------------------------------------- institutions
INST_TPL = [
    ("Barn A ({n} år) er indskrevet i {I1} fra august, og forældrene har selv betalt indskrivningsgebyret.", "dagtilbud", None),
    ("Skolelederen på {I1} bekræfter, at barnet er optaget i {kl}, og at skolen modtager tilskud efter friskoleloven.", "skole", None),
    ("Plejefamilien er godkendt gennem {I1}, og supervisionen varetages fremover af {I2}.", "pleje", "pleje"),
    ("Den unge flytter {dt} fra {I1} til {I2}, hvor der er plads på et værelse med eget bad.", "opholdssted", "efterskole"),
    ("Forældrene ønsker, at Barn B fortsætter i {I1}, selv om familien er genhuset efter branden.", "dagtilbud", None),
    ("Mor fortæller, at drengen har fundet venner i {I1} og gerne vil komme der, også efter skoletid.", "klub", None),
    ("Pigen har søgt optagelse på {I1} efter sommerferien; skolen er orienteret om sikkerhedsplanen.", "efterskole", None),
    ("Udskrivelsesnotatet nævner, at storesøsteren går i {I1}, og at personalet er informeret om den nye lillebror.", "dagtilbud", None),
    ("Klagen vedrører kommunens samarbejde med {I1} om betaling for opholdet i perioden fra {dt}.", "opholdssted", None),
    ("{I1} har sendt en statusrapport; næste møde holdes sammen med {I2} i uge {wk}.", "opholdssted", "skole"),
    ("Tilsynet anbefaler, at barnet begynder på {I1} frem for at fortsætte hjemmeundervisningen.", "skole", None),
    ("Kontaktpersonen fra {I1} deltager i netværksmødet {dt} kl. {tm} sammen med en pædagog fra {I2}.", "opholdssted", "klub"),
    ("Drengen spiller fortsat i {I1}, og trænerne har hjulpet med at begrænse skærmtiden om aftenen.", "klub", None),
    ("Efter udskrivelsen fra {I1} begynder den unge på {I2} i {kl}.", "efterskole", "skole"),
]


def inst_name(kind):
    for k, names in INSTITUTIONS:
        if k == kind:
            return R.choice(names)
    raise KeyError(kind)


def make_institutions():
    recs = []
    for i in range(30):
        for attempt in range(200):
            tpl, k1, k2 = INST_TPL[i % len(INST_TPL)] if attempt < 20 else R.choice(INST_TPL)
            C = Ctx("clean", "inst", {}, R.choice(KOMMUNER), today_date())
            pos = 0
            a = inst_name(k1)
            b = inst_name(k2) if k2 else a
            while k2 and b == a:
                b = inst_name(k2)
            for m in re.finditer(r"\{(I1|I2)\}", tpl):
                C.render(tpl[pos:m.start()])
                C.s("institution", a if m.group(1) == "I1" else b)
                pos = m.end()
            C.render(tpl[pos:])
            rec = to_record("%s-i%03d" % (CORPUS, i + 1), C.parts)
            if not check(rec, ["institution"], (12, 40)):
                recs.append(rec)
                break
        else:
            raise SystemExit("institution draw failed %d" % i)
    return recs


# ---------------------------------------------------------------- main
STYLE_COUNT = {}


def make_one(mode, i, forbidden=None):
    gk = GENRE_KEYS[i % 6]
    gd = GENRES[gk]
    band = BANDS[(i // 6 + i) % 3]
    styles = STYLES_BY_GENRE[gk]
    base = STYLE_PLAN[(mode, gk)][i // 6]
    prefix = "p" if mode == "planted" else "c"
    last = None
    for attempt in range(400):
        style = base if attempt < 40 else R.choice(styles)
        if band == BANDS[0] and style == "letter":
            style = "kv" if mode == "planted" else "prose"
        today = today_date()
        kom = R.choice(KOMMUNER)
        cast = cast_planted(gk, gd, today, kom) if mode == "planted" else cast_clean(gk, gd)
        C = Ctx(mode, gk, cast, kom, today)
        lo, hi = band
        target = R.randint(lo + 3, max(lo + 4, hi - (12 if hi < 100 else 30)))
        parts = style_text(C, gd, style, target)
        rec = to_record("%s-%s%03d" % (CORPUS, prefix, i + 1), parts)
        allowed = ["name", "phone", "email", "address", "dob", "cpr"] if mode == "planted" else []
        errs = check(rec, allowed, band, forbidden)
        if mode == "planted" and not rec["planted"]:
            errs.append("no spans")
        if not errs:
            key = (mode, gk, style, "short" if band == BANDS[0] else "medium" if band == BANDS[1] else "long")
            STYLE_COUNT[key] = STYLE_COUNT.get(key, 0) + 1
            return rec
        last = errs
    raise SystemExit("draw failed %s %d %s" % (mode, i, last))


def write(name, recs):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


STYLE_PLAN = {}


def plan_styles():
    for mode in ("planted", "clean"):
        for gk in GENRE_KEYS:
            st = STYLES_BY_GENRE[gk]
            lst = [st[j % len(st)] for j in range(40)]
            R.shuffle(lst)
            STYLE_PLAN[(mode, gk)] = lst


def main():
    plan_styles()
    planted = [make_one("planted", i) for i in range(240)]
    forb = []
    for r in planted:
        for s in r["planted"]:
            if s["kind"] != "name" and s["text"] not in forb:
                forb.append(s["text"])
    clean = [make_one("clean", i, forb) for i in range(240)]
    inst = make_institutions()
    # corpus-level checks
    tot = {}
    for r in planted:
        for s in r["planted"]:
            tot[s["kind"]] = tot.get(s["kind"], 0) + 1
    n = sum(tot.values())
    problems = []
    if not (3000 <= n <= 4500):
        problems.append("total %d" % n)
    for k, lo in (("phone", 250), ("address", 250), ("dob", 250), ("cpr", 120), ("email", 120)):
        if tot.get(k, 0) < lo:
            problems.append("%s %d" % (k, tot.get(k, 0)))
    if tot.get("name", 0) <= max(v for k, v in tot.items() if k != "name"):
        problems.append("names not most numerous")
    for recs, p in ((planted, "p"), (clean, "c"), (inst, "i")):
        for j, r in enumerate(recs):
            assert r["id"] == "%s-%s%03d" % (CORPUS, p, j + 1)
    assert all(not r["planted"] for r in clean)
    print("spans per kind:", json.dumps(tot, sort_keys=True), "total", n)
    if problems:
        raise SystemExit("corpus checks failed: " + "; ".join(problems))
    h = {}
    h["planted.jsonl"] = write("planted.jsonl", planted)
    h["clean.jsonl"] = write("clean.jsonl", clean)
    h["institutions.jsonl"] = write("institutions.jsonl", inst)
    for k in sorted(STYLE_COUNT):
        print("count", *k, STYLE_COUNT[k])
    wc = {}
    for recs, p in ((planted, "planted"), (clean, "clean")):
        for r in recs:
            w = len(r["text"].split())
            b = "short" if w <= 80 else "medium" if w <= 150 else "long"
            wc[(p, b)] = wc.get((p, b), 0) + 1
    print("bands", sorted(wc.items()))
    print("institution spans", sum(len(r["planted"]) for r in inst))
    for k, v in h.items():
        print("sha256", k, v)


if __name__ == "__main__":
    main()
