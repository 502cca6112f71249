#!/usr/bin/env python3
"""Generate the blind45 held-out corpus (planted / clean / institutions).

Python 3.11 standard library only. One fixed seed, one random.Random instance.
Run:  python3 make.py   (writes planted.jsonl, clean.jsonl, institutions.jsonl next to this file)
"""
import datetime as dt
import hashlib
import json
import os
import re
import sys

import random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import (NAMES, ORIGIN_WEIGHTS, NICKNAMES, STREETS, TOWNS, FOREIGN_ADDR, PUBLIC_NUMBERS,
                   SWITCHBOARDS, PRIVATE_DOMAINS, WORK_DOMAINS, MEDICINES, ICD10,
                   GENRES, CLEAN, INSTITUTION_TEMPLATES, INSTITUTIONS, MED_IND)

SEED = 4545
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
CORPUS = "blind45"

ORIGINS = list(ORIGIN_WEIGHTS.keys())
OWEIGHTS = [ORIGIN_WEIGHTS[o] for o in ORIGINS]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs", 9: "halvfems"}
ORD = ["", "første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende",
       "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende",
       "attende", "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende",
       "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte",
       "enogtredivte"]


def dk_num(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t]
    return ("en" if o == 1 else ONES[o]) + "og" + TENS[t]


def spoken_year(y):
    if y >= 2000:
        r = y - 2000
        return "to tusind" + ("" if r == 0 else " og " + dk_num(r))
    return "nitten hundrede og " + dk_num(y - 1900)


# ---------------------------------------------------------------- persons
def pick_name(origin, gender):
    f, m, s = NAMES[origin]
    return R.choice(f if gender == "f" else m), R.choice(s)


def rand_date(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(start, end))


def cpr_digits(birth, gender):
    y = birth.year
    if y < 2000:
        c7 = R.choice("0123") if y < 1937 else R.choice("01234")
        if y >= 1937:
            c7 = R.choice(["0", "1", "2", "3", "4", "9"])
    else:
        c7 = R.choice(["4", "5", "6", "7", "8", "9"]) if y <= 2036 else R.choice("5678")
    mid = "%d%d" % (R.randint(0, 9), R.randint(0, 9))
    last = R.choice("13579" if gender == "m" else "02468")
    return birth.strftime("%d%m%y") + c7 + mid + last


MOBILE_PREFIX = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
                 "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"]
LAND_PREFIX = ["86", "87", "89", "98", "97", "96", "75", "76", "66", "65", "62", "46", "44", "43", "36", "38"]


def new_phone(land=False):
    while True:
        p = R.choice(LAND_PREFIX if land else MOBILE_PREFIX) + "%06d" % R.randint(0, 999999)
        if "%s %s %s %s" % (p[:2], p[2:4], p[4:6], p[6:]) not in PUBLIC_NUMBERS:
            return p


def ascii_fold(s):
    tbl = {"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "o", "ş": "s", "ç": "c", "ı": "i",
           "ğ": "g", "ł": "l", "ń": "n", "ś": "s", "ż": "z", "ź": "z", "ó": "o", "ą": "a", "ę": "e",
           "č": "c", "ć": "c", "ž": "z", "š": "s", "đ": "d", "ð": "d", "ú": "u", "á": "a", "í": "i",
           "ă": "a", "ț": "t", "ș": "s", "â": "a", "î": "i", "ê": "e", "'": "", "ý": "y"}
    s = s.lower()
    return "".join(tbl.get(c, c) for c in s)


USED_FIRST = []


class Person:
    def __init__(self, role, gender, y0, y1, origin=None, surname=None, pro=False, home=None):
        self.role = role
        self.gender = gender
        self.origin = origin or R.choices(ORIGINS, OWEIGHTS)[0]
        for _ in range(50):
            self.first, last = pick_name(self.origin, gender)
            if self.first not in USED_FIRST:
                break
        USED_FIRST.append(self.first)
        self.last = surname or last
        self.birth = rand_date(y0, y1)
        self.cpr = cpr_digits(self.birth, gender)
        self.phone = new_phone(land=pro and R.random() < 0.4)
        self.pro = pro
        fn = ascii_fold(self.first).replace(" ", "").replace("-", "")
        ln = ascii_fold(self.last).replace(" ", "").replace("-", "")
        if pro:
            dom = R.choice(ROLE_DOMAINS.get(role, WORK_DOMAINS))
            self.email = R.choice([fn + "." + ln, fn[0] + ln, self.ini3().lower(), fn + ln[0]]) + "@" + dom
        else:
            dom = R.choice(PRIVATE_DOMAINS)
            self.email = R.choice([fn + "." + ln, fn + ln + str(R.randint(1, 99)), fn + "_" + ln[:4],
                                   fn + str(self.birth.year), ln + "." + fn]) + "@" + dom
        self.home = home or new_address()
        self.mis = misspell(self.first)

    def full(self):
        return self.first + " " + self.last

    def ini2(self):
        return ".".join(w[0] for w in (self.first.split()[0], self.last.split()[-1])) + "."

    def ini3(self):
        ln = self.last.split()[-1].replace("-", "")
        return (self.first[0] + ln[:2]).upper()


ROLE_DOMAINS = {
    "sagsb": ["aarhus.dk", "kk.dk", "odense.dk", "aalborg.dk", "vejle.dk", "horsens.dk", "viborg.dk"],
    "konsu": ["aarhus.dk", "odense.dk", "aflastning-fyn.dk", "vejle.dk"],
    "vogn": ["skolekoersel-midt.dk", "taxa-syd.dk"], "chauf": ["skolekoersel-midt.dk", "taxa-syd.dk"],
    "laege": ["laegerne-bytorvet.dk", "laegehuset-aaen.dk"], "farm": ["apotek-nord.dk", "apotek-centrum.dk"],
    "fysio": ["fysiohuset-aa.dk", "bornefysio.dk"], "traener": ["if-kvik.dk", "boldklubben-oest.dk"],
    "terap": ["familiehuset-vest.dk", "aarhus.dk"], "sekr": ["skolekom.dk"], "paed": ["skolekom.dk"],
    "leder": ["skolekom.dk"], "foto": ["skolefoto-jylland.dk"],
}


def misspell(name):
    if len(name) < 4 or " " in name:
        return name + "e" if not name.endswith("e") else name[:-1]
    i = R.randint(1, len(name) - 2)
    c = name[i]
    if c.lower() in "aeiouyæøå":
        return name[:i] + name[i] + name[i:]  # doubled vowel
    return name[:i] + name[i + 1] + name[i] + name[i + 2:]  # swapped letters


def new_address():
    st = R.choice(STREETS)
    no = str(R.randint(1, 148))
    if R.random() < 0.25:
        no += R.choice("ABCDE")
    floor = ""
    if R.random() < 0.4:
        floor = R.choice(["st. tv.", "st. th.", "1. tv.", "1. th.", "2. tv.", "2. th.", "3. mf.", "4. tv.", "1.", "2. 3"])
    pc, town = R.choice(TOWNS)
    return {"street": st, "no": no, "floor": floor, "pc": pc, "town": town}


def fmt_address(a, style):
    st, no, fl, pc, town = a["street"], a["no"], a["floor"], a["pc"], a["town"]
    line1 = st + " " + no + ((", " + fl) if fl else "")
    if style == "line":
        return line1 + ", " + pc + " " + town
    if style == "two":
        return line1 + "\n" + pc + " " + town
    if style == "street":
        return line1
    if style == "nocomma":
        return st + " " + no + ((" " + fl) if fl else "") + " " + pc + " " + town
    if style == "sloppy":
        s = st.lower() + " " + no.lower() + ((" " + fl.replace(" ", "").replace(".", "")) if fl else "") + " " + pc + " " + town.lower()
        return s.replace("aarhus", "århus")
    raise ValueError(style)


def foreign_address():
    l1, streets, l2, towns = R.choice(FOREIGN_ADDR)
    z, t = R.choice(towns)
    return l1.format(s=R.choice(streets), n=R.randint(2, 60), d=R.randint(1, 30)) + ", " + l2.format(z=z, t=t)


# -------- formats of numbers and dates
def fmt_phone(p, style=None):
    style = style or R.choices(["8", "2222", "44", "dots", "dash", "+45", "+45n", "0045", "spoken"],
                               [20, 34, 10, 6, 5, 12, 4, 5, 4])[0]
    g = (p[:2], p[2:4], p[4:6], p[6:])
    if style == "8":
        return p
    if style == "2222":
        return " ".join(g)
    if style == "44":
        return p[:4] + " " + p[4:]
    if style == "dots":
        return ".".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "+45":
        return "+45 " + " ".join(g)
    if style == "+45n":
        return "+45" + p
    if style == "0045":
        return "0045 " + p
    if style == "spoken":
        return " ".join(dk_num(int(x)) if x[0] != "0" else "nul " + ONES[int(x[1])] for x in g)
    raise ValueError(style)


def foreign_phone():
    return R.choice([
        "+48 %03d %03d %03d" % (R.randint(500, 799), R.randint(0, 999), R.randint(0, 999)),
        "+90 5%02d %03d %02d %02d" % (R.randint(30, 59), R.randint(0, 999), R.randint(0, 99), R.randint(0, 99)),
        "+252 61 %07d" % R.randint(0, 9999999),
        "+380 67 %03d %04d" % (R.randint(0, 999), R.randint(0, 9999)),
        "+40 7%02d %03d %03d" % (R.randint(20, 79), R.randint(0, 999), R.randint(0, 999)),
        "+299 %02d %02d %02d" % (R.randint(20, 59), R.randint(0, 99), R.randint(0, 99)),
        "+298 %02d %02d %02d" % (R.randint(20, 79), R.randint(0, 99), R.randint(0, 99)),
        "+44 7700 %06d" % R.randint(0, 999999),
        "+46 70 %03d %02d %02d" % (R.randint(0, 999), R.randint(0, 99), R.randint(0, 99)),
        "+964 750 %03d %04d" % (R.randint(0, 999), R.randint(0, 9999)),
    ])


def fmt_date(d, style=None):
    style = style or R.choices(["dots", "dots1", "dash", "slash", "slash2", "iso", "long", "mon3", "en1", "en2", "spoken"],
                               [24, 6, 6, 8, 7, 9, 18, 5, 5, 4, 3])[0]
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "dots1":
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "slash":
        return "%d/%d-%d" % (d.day, d.month, d.year)
    if style == "slash2":
        return d.strftime("%d/%m/%y")
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "mon3":
        return "%d. %s %d" % (d.day, MON3[d.month - 1], d.year)
    if style == "en1":
        return "%s %d, %d" % (EN_MONTHS[d.month - 1], d.day, d.year)
    if style == "en2":
        return "%d %s %d" % (d.day, EN_MONTHS[d.month - 1], d.year)
    if style == "spoken":
        return "%s %s %s" % (ORD[d.day], MONTHS[d.month - 1], spoken_year(d.year))
    raise ValueError(style)


def fmt_cpr(c, style=None):
    style = style or R.choices(["dash", "space", "ten", "dots", "spaces", "g442"], [45, 15, 15, 10, 10, 5])[0]
    if style == "dash":
        return c[:6] + "-" + c[6:]
    if style == "space":
        return c[:6] + " " + c[6:]
    if style == "ten":
        return c
    if style == "dots":
        return c[:2] + "." + c[2:4] + "." + c[4:6] + "-" + c[6:]
    if style == "spaces":
        return c[:2] + " " + c[2:4] + " " + c[4:6] + " " + c[6:]
    if style == "g442":
        return c[:4] + " " + c[4:8] + " " + c[8:]
    raise ValueError(style)


# ---------------------------------------------------------------- rendering
TOK = re.compile(r"\{([a-z_0-9]+)(?:\.([a-z_0-9]+))?\}")
PRO_TITLES = {"sagsb": "Socialrådgiver, Børn og Unge", "vogn": "Kørselskoordinator", "sekr": "Skolesekretær",
              "leder": "Institutionsleder", "paed": "Pædagog", "farm": "Farmaceut", "laege": "Praktiserende læge",
              "terap": "Familieterapeut", "konsu": "Familieplejekonsulent", "fysio": "Fysioterapeut",
              "traener": "Træner", "foto": "Fotograf", "chauf": "Chauffør"}


def genitive(text):
    if text[-1] in "sxzSXZ":
        return [("name", text), "'"]
    return [("name", text + "s")]


def name_variant(p, base):
    """Return the text of a name mention; base is 'first' or 'full'."""
    r = R.random()
    if base == "first":
        if r < 0.05 and p.first in NICKNAMES:
            return NICKNAMES[p.first]
        if r < 0.09:
            return p.mis
        if r < 0.11:
            return p.first.lower()
        if r < 0.13:
            return p.first.upper()
        return p.first
    if r < 0.06:
        return p.last + ", " + p.first
    if r < 0.11:
        return p.full().upper()
    if r < 0.13:
        return p.last.upper() + ", " + p.first
    if r < 0.16:
        return p.mis + " " + p.last
    return p.full()


def person_attr(p, attr, ctx):
    g = p.gender
    if attr == "full":
        return [("name", name_variant(p, "full"))]
    if attr == "first":
        return [("name", name_variant(p, "first"))]
    if attr == "sur":
        return [("name", p.last)]
    if attr == "name":
        return [("name", R.choice([p.first, p.full(), p.full(), p.last + ", " + p.first]))]
    if attr == "fs":
        return [("name", p.last + ", " + p.first)]
    if attr == "caps":
        return [("name", p.full().upper())]
    if attr == "lower":
        return [("name", p.first.lower())]
    if attr == "ini":
        return [("name", p.ini2())]
    if attr == "ini3":
        return [("name", p.ini3())]
    if attr == "nick":
        return [("name", NICKNAMES.get(p.first, p.first))]
    if attr == "titl":
        if p.role == "laege":
            return ["dr. ", ("name", p.last)]
        return [("fru " if g == "f" else "hr. "), ("name", p.last)]
    if attr == "gen":
        return genitive(name_variant(p, "first"))
    if attr == "gfull":
        return genitive(p.full())
    if attr == "han":
        return ["hun" if g == "f" else "han"]
    if attr == "hans":
        return ["hendes" if g == "f" else "hans"]
    if attr == "ham":
        return ["hende" if g == "f" else "ham"]
    if attr == "tel":
        return [("phone", fmt_phone(p.phone))]
    if attr == "tel8":
        return [("phone", fmt_phone(p.phone, "8"))]
    if attr == "fphone":
        return [("phone", foreign_phone())]
    if attr == "email":
        return [("email", p.email)]
    if attr == "espoken":
        e = p.email.replace(".", " punktum ").replace("@", " snabel-a ").replace("_", " understreg ")
        return [("email", e)]
    if attr == "addr":
        st = R.choices(["line", "nocomma", "sloppy"], [70, 20, 10])[0]
        return [("address", fmt_address(p.home, st))]
    if attr == "addr2":
        return [("address", fmt_address(p.home, "two"))]
    if attr == "street":
        return [("address", fmt_address(p.home, "street"))]
    if attr == "faddr":
        return [("address", foreign_address())]
    if attr == "dob":
        return [("dob", fmt_date(p.birth))]
    if attr == "dobl":
        return [("dob", fmt_date(p.birth, "long"))]
    if attr == "cpr":
        return [("cpr", fmt_cpr(p.cpr))]
    if attr == "age":
        ref = ctx["_today"]
        a = ref.year - p.birth.year - ((ref.month, ref.day) < (p.birth.month, p.birth.day))
        return ["%d år" % a]
    raise KeyError(attr)


def render(tpl, ctx):
    parts, pos = [], 0
    for m in TOK.finditer(tpl):
        parts.append(tpl[pos:m.start()])
        key, attr = m.group(1), m.group(2)
        if attr:
            parts.extend(person_attr(ctx[key], attr, ctx))
        else:
            v = ctx[key]
            v = v() if callable(v) else v
            if isinstance(v, list):
                parts.extend(v)
            else:
                parts.append(v)
        pos = m.end()
    parts.append(tpl[pos:])
    return [p for p in parts if p != ""]


def ptext(parts):
    return "".join(p if isinstance(p, str) else p[1] for p in parts)


def wc(parts):
    return len(ptext(parts).split())


# ---------------------------------------------------------------- plain values (look-alikes)
UGEDAGE = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"]
OEVELSER = ["etbensbalance på pude", "squat mod væg", "hælløft på trappe", "sidelæns hop", "planke 3 x 30 sek.",
            "udfald med elastik", "let løb på bane", "hop over lav forhindring"]
RELS = {"mor": "mor", "far": "far", "barn": "barn", "barn2": "søskende", "mormor": "mormor", "amor": "aflastningsmor",
        "afar": "aflastningsfar", "konsu": "familieplejekonsulent", "sagsb": "sagsbehandler", "faster": "faster",
        "fysio": "fysioterapeut", "traener": "træner", "abarn": "aflastningsfamiliens barn"}
ROLLER = ["mor", "far", "plejemor", "aflastningsmor", "pædagogen", "fysioterapeuten", "træneren", "Barn A selv"]
OPGAVER = ["henter barnet", "afleverer medicin", "giver besked til skolen", "kører til fodbold", "tjekker tasken"]


def cvr():
    w = [2, 7, 6, 5, 4, 3, 2]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(6)]
        s = sum(a * b for a, b in zip(d, w)) % 11
        c = (11 - s) % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def base_ctx(today):
    def kl():
        return "%02d.%02d" % (R.randint(7, 16), R.choice([0, 10, 15, 20, 30, 40, 45, 50]))

    def dato():
        d = today + dt.timedelta(days=R.randint(-40, 60))
        return fmt_date(d, R.choice(["long", "long", "dots"]))

    def sagsnr():
        return R.choice(["%d-%06d" % (today.year, R.randint(1000, 999999)),
                         "27.24.%02d-G01-%d-%02d" % (R.randint(0, 12), R.randint(1, 999), today.year % 100),
                         "J.nr. %02d/%05d" % (today.year % 100, R.randint(1, 99999))])

    sportsdiag = lambda: R.choice(["Osgood-Schlatter (M92.5)", "forstuvning af ankel (S93.4)", "korsbåndsskade (S83.5)",
                                   "Sever (M92.8)", "håndledsbrud (S52.5)"])
    med, icd0, icd1, strengths = R.choice(MED_IND)
    icd = (icd0, icd1)
    sw = R.choice(SWITCHBOARDS[:3])
    return {
        "_today": today, "kl": kl, "kl2": kl, "kl3": kl, "dato": dato,
        "dato2": lambda: (today + dt.timedelta(days=R.randint(-30, 30))).strftime("%d.%m.%Y"),
        "ugedag": lambda: R.choice(UGEDAGE), "town": lambda: R.choice(TOWNS)[1],
        "gade": lambda: R.choice(STREETS), "para": lambda: R.choice(["barnets lov § 32", "barnets lov § 20", "folkeskolelovens § 26", "serviceloven § 41", "barnets lov § 91"]),
        "sagsnr": sagsnr, "jnr": sagsnr, "cvr": cvr, "ean": lambda: "5798" + "%09d" % R.randint(0, 999999999),
        "beloeb": lambda: R.choice(["%d" % R.randint(40, 900), "%d,%02d" % (R.randint(20, 700), R.randint(0, 99)), "1.%03d" % R.randint(0, 999)]),
        "icd": icd[0], "icdname": icd[1], "med": med, "mg": str(R.choice(strengths)),
        "alder": lambda: str(R.randint(4, 17)), "klasse": lambda: "%d.%s" % (R.randint(0, 9), R.choice("ABCDE")),
        "rute": lambda: str(R.randint(3, 48)), "uge": lambda: str(R.randint(2, 50)), "switch": "%s, %s" % sw,
        "lokale": lambda: "%d.%02d" % (R.randint(1, 3), R.randint(1, 30)), "sessnr": lambda: str(R.randint(2, 12)),
        "antal": lambda: str(R.randint(4, 12)), "sportsdiag": sportsdiag, "oevelse": lambda: R.choice(OEVELSER),
        "skoleaar": "%d/%02d" % (today.year, (today.year + 1) % 100),
        "per": lambda: "1. august %d – 30. juni %d" % (today.year, today.year + 1),
        "maaned": lambda: R.choice(["januar", "februar", "marts", "oktober", "november", "december"]),
        "stue": lambda: R.choice(["Blå", "Grøn", "Gul", "3", "4"]), "kontrakt": lambda: "%d-%03d" % (today.year, R.randint(1, 400)),
        "varenr": lambda: "%06d" % R.randint(0, 999999), "ydernr": lambda: "%06d" % R.randint(0, 999999),
        "uhold": lambda: str(R.choice([9, 10, 11, 12, 13, 14, 15])), "jn": lambda: R.choice(["ja", "nej", "ja", "kun gruppe"]),
        "kid": lambda: "Barn %s (%d år)" % (R.choice("ABCDEFG"), R.randint(5, 15)),
        "rel": lambda: R.choice(["mor", "far", "mormor", "halvbror", "stedfar", "faster"]),
        "rolle": lambda: R.choice(ROLLER), "opgave": lambda: R.choice(OPGAVER),
    }


def planted_ctx(today):
    del USED_FIRST[:]
    ctx = base_ctx(today)
    y = today.year
    fam_origin = R.choices(ORIGINS, OWEIGHTS)[0]
    mor = Person("mor", "f", y - 48, y - 24, origin=fam_origin)
    if R.random() < 0.6:
        far = Person("far", "m", y - 52, y - 24, origin=fam_origin if R.random() < 0.7 else None)
    else:
        far = Person("far", "m", y - 52, y - 24)
    if R.random() < 0.12:
        s = R.choice(NAMES[R.choice(ORIGINS)][2]).replace(" ", "-")
        mor.last = mor.last.replace(" ", "-") + "-" + s if s != mor.last else mor.last
    kid_sur = R.choice([mor.last, far.last, far.last])
    barn = Person("barn", R.choice("mf"), y - 16, y - 4, origin=fam_origin, surname=kid_sur, home=mor.home)
    barn2 = Person("barn2", R.choice("mf"), y - 14, y - 2, origin=fam_origin, surname=kid_sur, home=mor.home)
    barn.phone = mor.phone if R.random() < 0.5 else barn.phone
    ctx.update(mor=mor, far=far, barn=barn, barn2=barn2)
    mormor = Person("mormor", "f", y - 80, y - 50, origin=fam_origin)
    ctx["mormor"] = mormor
    ctx["faster"] = Person("faster", "f", y - 60, y - 25, origin=fam_origin, surname=far.last)
    for role in ["sagsb", "chauf", "vogn", "sekr", "paed", "leder", "foto", "laege", "farm", "terap", "konsu", "fysio", "traener"]:
        ctx[role] = Person(role, R.choice("mf"), y - 64, y - 24, pro=True)
    pmor = Person("pmor", "f", y - 62, y - 30)
    amor = Person("amor", "f", y - 62, y - 28)
    afar = Person("afar", "m", y - 64, y - 28, surname=amor.last if R.random() < 0.6 else None, home=amor.home)
    abarn = Person("abarn", R.choice("mf"), y - 17, y - 3, surname=afar.last, home=amor.home)
    ctx.update(pmor=pmor, amor=amor, afar=afar, abarn=abarn)
    kids = [Person("k", R.choice("mf"), y - 15, y - 3) for _ in range(7)]
    ctx["_kids"] = kids
    ctx["k"], ctx["k2"] = kids[0], kids[1]
    return ctx


TABLE_ROWS = {
    "transport": None, "foto": None, "apotek": None,
    "terapi": ["mor", "far", "barn", "barn2", "mormor", "faster"],
    "aflastning": ["amor", "afar", "abarn", "mor", "konsu", "sagsb"],
    "fysio": ["fysio", "traener", "mor", "far", "barn"],
}


# ---------------------------------------------------------------- frames
BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}


def shuffled(lst):
    x = list(lst)
    R.shuffle(x)
    return x


def cap1(s):
    return s[0].upper() + s[1:]


class Src:
    """Wraps genre content for planted (persons) or clean (roles) mode."""

    def __init__(self, genre, content, ctx, clean):
        self.g, self.c, self.ctx, self.clean = genre, content, ctx, clean

    def r(self, tpl):
        return render(tpl, self.ctx)

    def sender(self, role):
        if self.clean:
            return [cap1(role)]
        p = self.ctx[role]
        v = R.random()
        if v < 0.55:
            return [("name", name_variant(p, "first"))]
        if v < 0.85:
            return [("name", p.full())]
        return [("name", p.first)] + [" (" + RELS.get(role, PRO_TITLES.get(role, role)).lower() + ")"]


def fill_items(parts, tpls, src, target, hi, sep, prefix=lambda i: []):
    i = 0
    for t in tpls:
        if wc(parts) >= target:
            break
        item = prefix(i) + src.r(t)
        if wc(parts) + wc(item) > hi:
            continue
        parts += [sep] + item
        i += 1
    return parts


IDLINES = ["{barn.full}, født {barn.dob}", "{barn.full} ({barn.cpr})", "CPR {barn.cpr} – {barn.full}",
           "{barn.caps}, f. {barn.dob}", "Vedr. {barn.fs}, {barn.cpr}", "Barn: {barn.full}, fødselsdato {barn.dob}",
           "{barn.full}, {barn.addr}", "Bopæl: {barn.addr}"]


def idline(src, p):
    if src.clean or R.random() > p:
        return []
    return src.r(R.choice(IDLINES)) + ["\n"]


def f_kv(src, target, hi):
    c = src.c
    parts = src.r(R.choice(c["titles"])) + ["\n"] + idline(src, 0.35)
    if R.random() < 0.5 and not src.clean:
        parts += ["Sagsnr.: ", src.ctx["sagsnr"](), "\n"]
    sep = R.choice([": ", ": ", "\t", " – "])
    kvs = shuffled(range(len(c["kv"])))
    n = {"short": 3, "medium": 6, "long": 9}[band_of(target)]
    for idx in sorted(kvs[:n]):
        lab, val = c["kv"][idx]
        line = [lab + sep] + src.r(val) + ["\n"]
        if wc(parts) + wc(line) > hi:
            break
        parts += line
    if wc(parts) < target:
        parts += ["\n" + R.choice(["Bemærkninger:", "Noter:", "Supplerende oplysninger:"])]
        fill_items(parts, shuffled(c["prose"]) + shuffled(c["log"]), src, target, hi, "\n")
    return parts


def band_of(target):
    for b, (lo, hi) in BANDS.items():
        if lo <= target <= hi:
            return b
    return "long"


def f_prose(src, target, hi):
    c = src.c
    parts = []
    if R.random() < 0.6:
        parts += src.r(R.choice(c["titles"])) + ["\n\n"]
    items = shuffled(c["prose"]) + shuffled(c["letter"])
    k = 0
    for t in items:
        if wc(parts) >= target:
            break
        it = src.r(t)
        if wc(parts) + wc(it) > hi:
            continue
        if parts and not ptext(parts).endswith("\n"):
            parts.append("\n\n" if k % R.choice([2, 3]) == 0 else " ")
        parts += it
        k += 1
    return parts


def f_list(src, target, hi):
    c = src.c
    parts = src.r(R.choice(c["titles"])) + [R.choice([":", "", " – punkter:"])]
    idl = idline(src, 0.6)
    if idl:
        parts += ["\n"] + idl[:-1]
    bullet = R.choice(["- ", "• ", "* ", "num"])
    items = shuffled(c["prose"][:]) + shuffled(c["log"])
    pre = (lambda i: ["%d. " % (i + 1)]) if bullet == "num" else (lambda i: [bullet])
    fill_items(parts, items, src, target, hi, "\n", prefix=pre)
    return parts


def f_table(src, target, hi):
    c = src.c
    parts = src.r(R.choice(c["titles"])) + ["\n\n"]
    t = c["table"]
    style = R.choice(["md", "tab", "semi"])
    join = {"md": " | ", "tab": "\t", "semi": "; "}[style]
    wrap = (lambda cells: ["| "] + cells + [" |"]) if style == "md" else (lambda cells: cells)
    parts += wrap([join.join(t["head"])]) + ["\n"]
    if style == "md":
        parts += ["|" + "|".join(["---"] * len(t["head"])) + "|\n"]
    if src.clean:
        people = [None] * 6
    else:
        roles = TABLE_ROWS[src.g]
        people = [src.ctx[r] for r in roles] if roles else src.ctx["_kids"]
    nrows = {"short": 2, "medium": 4, "long": 6}[band_of(target)]
    for p in people[:nrows]:
        if p is not None:
            src.ctx["k"] = p
            src.ctx["rel"] = RELS.get(p.role, "barn")
        row = []
        for j, cell in enumerate(t["row"]):
            if j:
                row.append(join)
            row += src.r(cell)
        line = wrap(row) + ["\n"]
        if wc(parts) + wc(line) > hi:
            break
        parts += line
    if not src.clean:
        src.ctx["k"] = src.ctx["_kids"][0]
        src.ctx["rel"] = lambda: R.choice(["mor", "far", "mormor"])
    if wc(parts) < target:
        parts += ["\n"]
        fill_items(parts, shuffled(c["prose"]), src, target, hi, "\n")
    return parts


def ts(src):
    d = src.ctx["_today"] + dt.timedelta(days=R.randint(-20, 0))
    return d, "%02d:%02d" % (R.randint(6, 22), R.randint(0, 59))


def f_msg(src, target, hi):
    c = src.c
    head = R.choice(["Sms-tråd kopieret ind i journalen:", "Beskeder fra AULA (kopi):", "Udskrift af beskeder", "Kopi af sms'er modtaget på tjenestetelefonen:"])
    parts = [head, "\n"]
    style = R.choice(["br", "paren", "dash"])
    msgs = shuffled(c["msg"]) + shuffled(c["msg"])
    d0 = src.ctx["_today"] - dt.timedelta(days=R.randint(5, 30))
    minutes = 7 * 60
    used = 0
    for role, tpl in msgs:
        if wc(parts) >= target:
            break
        minutes += R.randint(3, 400)
        day = d0 + dt.timedelta(days=minutes // (24 * 60))
        hm = "%02d:%02d" % ((minutes // 60) % 24, minutes % 60)
        body = src.r(tpl)
        if style == "br":
            line = ["[%s %s] " % (day.strftime("%d.%m.%y"), hm)] + src.sender(role) + [": "] + body
        elif style == "paren":
            line = src.sender(role) + [" (%s, kl. %s):\n" % (day.strftime("%d/%m"), hm)] + body
        else:
            line = ["%s – " % hm] + src.sender(role) + [": "] + body
        if wc(parts) + wc(line) > hi:
            continue
        parts += ["\n"] + line
        used += 1
    if wc(parts) < target:
        n0 = len(parts)
        fill_items(parts, shuffled(c["prose"]), src, target, hi, " ")
        if len(parts) > n0:
            parts[n0] = "\n\nNotat: "
    return parts


def f_mail(src, target, hi):
    c = src.c
    subj = R.choice(c["subject"])
    if src.clean:
        who = R.choice([("Sagsbehandler, Børn og Unge", "Sagsbehandleren"), ("Kørselskontoret", "Kørselskontoret"),
                        ("Familieplejen", "Familieplejekonsulenten"), ("Myndighedsrådgiver", "Rådgiveren")])
        parts = ["Fra: ", who[0],
                 "\nTil: ", R.choice(["Forældremyndighedsindehaver", "Plejefamilien", "Skolens kontor", "Myndighedsrådgiver"]),
                 "\nSendt: ", src.ctx["dato"](), " ", src.ctx["kl"](), "\nEmne: ", subj, "\n\nHej\n\n"]
        sign = ["\n\nVenlig hilsen\n", who[1],
                "\nMyndighedsafdelingen, Børn og Unge\nHovednummer: ", src.ctx["switch"].split(", ")[1]]
    else:
        p = src.ctx[R.choice(c["sign"])]
        q = src.ctx[R.choice(c["to"])]
        parts = ["Fra: "] + [("name", p.full()), " <", ("email", p.email), ">\nTil: ", ("name", q.full()), " <", ("email", q.email), ">"]
        if R.random() < 0.4:
            cc = src.ctx["sagsb"] if p.role != "sagsb" else src.ctx["far"]
            parts += ["\nCc: ", ("email", cc.email)]
        parts += ["\nSendt: ", src.ctx["dato"](), " ", src.ctx["kl"](), "\nEmne: ", subj, "\n\n",
                  R.choice(["Hej ", "Kære ", "Hej "])] + [("name", name_variant(q, "first"))] + ["\n\n"]
        sign = ["\n\n", R.choice(["Venlig hilsen", "Med venlig hilsen", "Mvh."]), "\n", ("name", p.full()), "\n",
                PRO_TITLES.get(p.role, ""), "\n", R.choice(["Direkte: ", "Tlf. ", "Mobil: "]), ("phone", fmt_phone(p.phone))]
    body = []
    items = shuffled(c["letter"]) + shuffled(c["prose"])
    budget_hi = hi - wc(parts) - wc(sign)
    budget_target = target - wc(parts) - wc(sign)
    for t in items:
        if wc(body) >= budget_target:
            break
        it = src.r(t)
        if wc(body) + wc(it) > budget_hi:
            continue
        body += ([" "] if body else []) + it
    return parts + body + sign


def f_letter(src, target, hi):
    c = src.c
    subj = R.choice(c["subject"])
    town = R.choice(TOWNS)[1]
    if src.clean:
        parts = [R.choice(["Til forældremyndighedsindehaverne", "Til plejefamilien", "Til den unge og forældrene"]),
                 "\n(adresse jf. sagens dokumenter)\n\n", town, ", ", src.ctx["dato"](), "\n\nVedr.: ", subj,
                 "\nSagsnr. ", src.ctx["sagsnr"](), "\n\n"]
        sign = ["\n\nMed venlig hilsen\n\n", R.choice(["Sagsbehandler", "Familieplejekonsulent", "Teamleder"]),
                "\nBørn og Unge, Myndighed\n", src.ctx["switch"]]
    else:
        p = src.ctx[c["sign"][0]]
        q = src.ctx[R.choice(c["to"])]
        parts = [("name", R.choice([q.full(), q.full(), q.full().upper()])), "\n", ("address", fmt_address(q.home, "two")), "\n\n",
                 town, ", ", src.ctx["dato"](), "\n\nVedr.: ", subj]
        if R.random() < 0.5:
            b = src.ctx["barn"]
            parts += [" – ", ("name", b.full()), ", cpr. ", ("cpr", fmt_cpr(b.cpr))]
        parts += ["\n\n", R.choice(["Kære ", "Til "]), ("name", name_variant(q, "first") if R.random() < 0.6 else q.full()), "\n\n"]
        sign = ["\n\nMed venlig hilsen\n\n", ("name", p.full()), "\n", PRO_TITLES.get(p.role, ""), "\n",
                "Tlf. ", ("phone", fmt_phone(p.phone)), " · ", ("email", p.email)]
    body = []
    items = shuffled(c["letter"]) + shuffled(c["prose"])
    budget_hi = hi - wc(parts) - wc(sign)
    budget_target = target - wc(parts) - wc(sign)
    for t in items:
        if wc(body) >= budget_target:
            break
        it = src.r(t)
        if wc(body) + wc(it) > budget_hi:
            continue
        body += ([R.choice([" ", "\n\n"])] if body else []) + it
    return parts + body + sign


def f_log(src, target, hi):
    c = src.c
    parts = src.r(R.choice(c["titles"])) + [R.choice([" – log", "\nLog:", ""]), "\n"] + idline(src, 0.6)
    style = R.choice(["hm", "dkl", "colon"])
    events = shuffled(c["log"]) + shuffled(c["prose"])
    minutes = R.randint(6 * 60 + 30, 9 * 60)
    day = src.ctx["_today"] - dt.timedelta(days=R.randint(1, 20))
    for t in events:
        if wc(parts) >= target:
            break
        minutes += R.randint(4, 50)
        if minutes >= 22 * 60:
            day += dt.timedelta(days=1)
            minutes = R.randint(7 * 60, 9 * 60)
        h, m = divmod(minutes, 60)
        if style == "hm":
            pre = ["%02d.%02d  " % (h, m)]
        elif style == "dkl":
            pre = ["%s kl. %02d.%02d – " % (day.strftime("%d.%m.%Y"), h, m)]
        else:
            pre = ["%02d:%02d " % (h, m)]
        it = pre + src.r(t)
        if wc(parts) + wc(it) > hi:
            continue
        parts += ["\n"] + it
    return parts


FRAMES = {"kv": f_kv, "prose": f_prose, "list": f_list, "table": f_table, "msg": f_msg,
          "mail": f_mail, "letter": f_letter, "log": f_log}


# ---------------------------------------------------------------- assembling and checks
def assemble(parts):
    text, spans = "", []
    for p in parts:
        if isinstance(p, str):
            if p.startswith(".") and spans and spans[-1]["end"] == len(text) and text.endswith("."):
                p = p[1:]
            text += p
        else:
            kind, t = p
            assert t == t.strip() and t, (kind, t)
            spans.append({"kind": kind, "text": t, "start": len(text), "end": len(text) + len(t)})
            text += t
    # trim outer whitespace of the text and shift offsets
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    for s in spans:
        s["start"] -= lead
        s["end"] -= lead
    return text, spans


ALL_POOL_NAMES = []
for _o in ORIGINS:
    _f, _m, _s = NAMES[_o]
    for _n in _f + _m + _s:
        if _n not in ALL_POOL_NAMES:
            ALL_POOL_NAMES.append(_n)
for _n in list(NICKNAMES.values()):
    if _n not in ALL_POOL_NAMES and len(_n) > 2:
        ALL_POOL_NAMES.append(_n)
_forms = []
for _n in ALL_POOL_NAMES:
    for _v in (_n, _n.upper()):
        if _v not in _forms:
            _forms.append(_v)
_forms.sort(key=lambda x: (-len(x), x))
POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in _forms) + r")(?!\w)")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in sorted(STREETS, key=lambda x: (-len(x), x))) + r")\s*\d")
PHONE_PATTERNS = [
    r"(?:\+|00)\d{2,3}[ .-]?\d[\d .-]{5,14}\d",
    r"\d{8}", r"\d{2}([ .-])\d{2}\1\d{2}\1\d{2}", r"\d{4}[ .-]\d{4}", r"\d{3} \d{2} \d{3}",
]
CPR_PATTERNS = [r"\d{6}[- ]?\d{4}", r"\d{2}[. ]\d{2}[. ]\d{2}[- .]?\d{4}", r"\d{4} \d{4} \d{2}", r"\d{2}-\d{2}-\d{2}-\d{4}"]
NUM_RE = re.compile(r"(?<![\w+])(?:" + "|".join("(?:%s)" % p.replace("\\1", "(?P=sep)").replace("([ .-])", "(?P<sep>[ .-])") for p in PHONE_PATTERNS + CPR_PATTERNS) + r")(?![\w])")
LABEL_OK = re.compile(r"(CVR|EAN|[Vv]arenr|[Yy]dernr|[Ss]agsnr|[Jj]\.nr|[Kk]ontrakt)\W{0,6}$")
FOEDT_RE = re.compile(r"(?i)(?<!\w)(født|f\.|fødselsdato|fødselsdag)\s*:?\s*(?:d\.\s*|den\s+)?(?=\d)")
YEAR_RANGE = re.compile(r"^(19|20)\d\d[ .-](19|20)\d\d$")


def inside(spans, a, b):
    for s in spans:
        if s["start"] <= a and b <= s["end"]:
            return True
    return False


def check(text, spans, allowed, band, clean_forbidden=None):
    """Return a list of problems (empty = ok)."""
    errs = []
    lo, hi = BANDS[band] if band in BANDS else band
    n = len(text.split())
    if not lo <= n <= hi:
        errs.append("words %d not in %s" % (n, band))
    prev = -1
    for s in spans:
        if s["kind"] not in allowed:
            errs.append("kind " + s["kind"])
        if text[s["start"]:s["end"]] != s["text"]:
            errs.append("offset " + s["text"])
        if s["start"] < prev:
            errs.append("overlap/sort " + s["text"])
        prev = s["end"]
        if s["text"] != s["text"].strip():
            errs.append("whitespace " + s["text"])
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not inside(spans, m.start(), m.end()):
                errs.append("unplanted copy %r" % s["text"])
    for m in POOL_RE.finditer(text):
        if not inside(spans, m.start(), m.end()):
            errs.append("pool name outside span %r" % m.group(0))
    for m in NUM_RE.finditer(text):
        t = m.group(0)
        if inside(spans, m.start(), m.end()) or t in PUBLIC_NUMBERS or YEAR_RANGE.match(t):
            continue
        if LABEL_OK.search(text[max(0, m.start() - 14):m.start()]):
            continue
        errs.append("number outside span %r" % t)
    for m in re.finditer("@", text):
        if not any(s["kind"] == "email" and s["start"] <= m.start() < s["end"] for s in spans):
            errs.append("@ outside email")
    for m in re.finditer(r"\+\d", text):
        if not inside(spans, m.start(), m.end()):
            errs.append("+digit outside span")
    for m in STREET_RE.finditer(text):
        if not any(s["kind"] == "address" and s["start"] <= m.start() < s["end"] for s in spans):
            errs.append("street+number outside address %r" % m.group(0))
    for m in FOEDT_RE.finditer(text):
        if not any(s["start"] <= m.end() < s["end"] for s in spans):
            errs.append("født + unplanted digits")
    if clean_forbidden:
        for t in clean_forbidden:
            if t in text:
                errs.append("planted text in clean %r" % t)
    return errs


def make_plan(n_per_genre, genres, frames):
    plan = []
    for gi, g in enumerate(genres):
        for j in range(n_per_genre):
            band = ["short", "medium", "long"][(j + gi) % 3]
            fr = frames[(j + 3 * gi + j // 8) % len(frames)]
            plan.append((g, band, fr))
    R.shuffle(plan)
    return plan


def gen_doc(genre, band, frame, clean):
    lo, hi = BANDS[band]
    for attempt in range(400):
        fr = frame if attempt < 120 else R.choice(["prose", "kv", "list", "log"])
        today = dt.date(2024, 1, 1) + dt.timedelta(days=R.randint(0, 2 * 365 + 300))
        if clean:
            ctx = base_ctx(today)
            content = CLEAN[genre]
        else:
            ctx = planted_ctx(today)
            content = GENRES[genre]
        src = Src(genre, content, ctx, clean)
        target = R.randint(lo + 2, min(hi - 4, 250))
        parts = FRAMES[fr](src, target, hi)
        text, spans = assemble(parts)
        yield fr, text, spans


def main():
    genres = list(GENRES.keys())
    frames = list(FRAMES.keys())
    stats = {"planted": {}, "clean": {}}
    fails = {}
    planted, clean = [], []
    for i, (g, band, fr) in enumerate(make_plan(40, genres, frames)):
        for fr2, text, spans in gen_doc(g, band, fr, clean=False):
            errs = check(text, spans, ["name", "phone", "email", "address", "dob", "cpr"], band)
            if not spans:
                errs.append("no spans")
            if not errs:
                break
            for e in errs:
                k = e.split(" ")[0] + " " + e.split(" ")[1]
                fails[k] = fails.get(k, 0) + 1
        else:
            raise SystemExit("could not draw planted %s %s %s: %s" % (g, band, fr, errs))
        planted.append({"id": "%s-p%03d" % (CORPUS, i + 1), "text": text,
                        "planted": [{"kind": s["kind"], "text": s["text"], "start": s["start"], "end": s["end"]} for s in spans]})
        key = "%s/%s/%s" % (g, fr2, band)
        stats["planted"][key] = stats["planted"].get(key, 0) + 1
    forbidden = []
    for d in planted:
        for s in d["planted"]:
            if s["kind"] in ("phone", "address", "dob", "cpr", "email") and s["text"] not in forbidden:
                forbidden.append(s["text"])
    forbidden.sort()
    for i, (g, band, fr) in enumerate(make_plan(40, genres, frames)):
        for fr2, text, spans in gen_doc(g, band, fr, clean=True):
            errs = check(text, spans, [], band, clean_forbidden=forbidden)
            if spans:
                errs.append("spans in clean")
            if not errs:
                break
            for e in errs:
                k = "clean " + e.split(" ")[0] + " " + e.split(" ")[1]
                fails[k] = fails.get(k, 0) + 1
        else:
            raise SystemExit("could not draw clean %s %s %s: %s" % (g, band, fr, errs))
        clean.append({"id": "%s-c%03d" % (CORPUS, i + 1), "text": text, "planted": []})
        key = "%s/%s/%s" % (g, fr2, band)
        stats["clean"][key] = stats["clean"].get(key, 0) + 1
    inst = []
    order = list(range(len(INSTITUTION_TEMPLATES)))
    used = []
    for i in range(30):
        for attempt in range(200):
            tpl = INSTITUTION_TEMPLATES[order[(i + attempt) % len(order)]]
            parts, pos, picked = [], 0, []
            for mm in re.finditer(r"\{([a-z]+)\}", tpl):
                parts.append(tpl[pos:mm.start()])
                cands = [n for n in INSTITUTIONS[mm.group(1)] if n not in used and n not in picked] or INSTITUTIONS[mm.group(1)]
                nm = R.choice(cands)
                picked.append(nm)
                parts.append(("institution", nm))
                pos = mm.end()
            parts.append(tpl[pos:])
            text, spans = assemble(parts)
            errs = check(text, spans, ["institution"], (12, 40), clean_forbidden=forbidden)
            if len(picked) != len(set(picked)):
                errs.append("same institution twice")
            if not errs:
                break
        else:
            raise SystemExit("institution draw failed: %s" % errs)
        used += picked
        if len(used) > 30:
            used = used[-20:]
        inst.append({"id": "%s-i%03d" % (CORPUS, i + 1), "text": text,
                     "planted": [{"kind": s["kind"], "text": s["text"], "start": s["start"], "end": s["end"]} for s in spans]})
    # corpus-level checks
    tot = {}
    for d in planted:
        for s in d["planted"]:
            tot[s["kind"]] = tot.get(s["kind"], 0) + 1
    total = sum(tot.values())
    problems = []
    if not 3000 <= total <= 4500:
        problems.append("total spans %d" % total)
    for k, need in (("phone", 250), ("address", 250), ("dob", 250), ("cpr", 120), ("email", 120)):
        if tot.get(k, 0) < need:
            problems.append("%s %d < %d" % (k, tot.get(k, 0), need))
    if tot.get("name", 0) <= max(v for k, v in tot.items() if k != "name"):
        problems.append("names not most numerous")
    bands = {"planted": {}, "clean": {}}
    for nm, docs in (("planted", planted), ("clean", clean)):
        for d in docs:
            n = len(d["text"].split())
            b = band_of(n) if n >= 30 else "short"
            bands[nm][b] = bands[nm].get(b, 0) + 1
    for nm, docs in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        with open(os.path.join(OUT, nm), "w", encoding="utf-8", newline="\n") as fh:
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    summary = {"span_totals": dict(sorted(tot.items())), "total": total, "bands": bands,
               "institution_spans": sum(len(d["planted"]) for d in inst),
               "subformats": {k: dict(sorted(v.items())) for k, v in stats.items()},
               "redraw_reasons": dict(sorted(fails.items()))}
    for nm in ("planted.jsonl", "clean.jsonl", "institutions.jsonl"):
        h = hashlib.sha256(open(os.path.join(OUT, nm), "rb").read()).hexdigest()
        print(nm, h)
    print(json.dumps(summary, ensure_ascii=False, indent=1, sort_keys=True))
    if problems:
        raise SystemExit("corpus-level check failed: " + "; ".join(problems))


if __name__ == "__main__":
    main()
