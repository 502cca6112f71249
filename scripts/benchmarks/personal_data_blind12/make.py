#!/usr/bin/env python3
"""Generate the blind12 held-out corpus (planted / clean / institutions).

Python 3 standard library only. Deterministic: one fixed seed, one random.Random
instance, no iteration over sets, so the three jsonl files are byte-identical on
every run regardless of PYTHONHASHSEED.

After writing, the files are read back and checked (offsets, order, overlap,
gapless ids, word bands, no planted kind in clean texts, no unplanted copy of a
planted span's text inside the same text, look-alikes not date-shaped), then
counts, sub-format counts and sha256 sums are printed.

Usage:  python3 make.py
"""
import datetime
import hashlib
import json
import os
import re
import random
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import pools as P  # noqa: E402

SEED = 20251212
PREFIX = "blind12"
N_PLANTED = 240
N_CLEAN = 240
N_INST = 30
GENRES = ["police", "hospital", "email", "transcript", "minutes", "decision"]
BANDS = [(30, 80), (81, 150), (151, 300)]
BAND_NAMES = ["short", "medium", "long"]
KINDS = ["name", "phone", "address", "dob", "cpr", "email"]
REF = datetime.date(2025, 6, 1)  # reference date for ages

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.",
               "okt.", "nov.", "dec."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_SYS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV",
              "DEC"]


class GenError(Exception):
    """Raised when a draw cannot be used; the caller draws again."""


# ---------------------------------------------------------------------------
# Roles
# ---------------------------------------------------------------------------
# gender: "F", "M" or None (random); age: age class; kind: family/private/pro/place/line
ROLES = {
    "child": ("", "child", "family", "barnet"),
    "sib": ("", "sib", "family", ""),
    "ung": ("", "ung", "family", "den unge"),
    "mor": ("F", "parent", "family", "mor"),
    "far": ("M", "parent", "family", "far"),
    "partner": ("M", "adult", "family", "mors samlever"),
    "susp": ("M", "adult", "private", "sigtede"),
    "mormor": ("F", "grand", "family", "mormor"),
    "morfar": ("M", "grand", "family", "morfar"),
    "farmor": ("F", "grand", "family", "farmor"),
    "faster": ("F", "adult", "family", "faster"),
    "moster": ("F", "adult", "family", "moster"),
    "onkel": ("M", "adult", "family", "morbror"),
    "nabo": ("", "adult", "private", "nabo"),
    "ven": ("F", "adult", "private", "mors veninde"),
    "traener": ("", "adult", "private", "fodboldtræner"),
    "plejemor": ("F", "adult", "family", "plejemor"),
    "plejefar": ("M", "adult", "family", "plejefar"),
    "vidne": ("", "adult", "private", "vidne"),
    "landlord": ("", "adult", "private", "udlejer"),
    "tolk": ("", "adult", "private", "tolk"),
    "bisid": ("", "adult", "private", "bisidder"),
    "mentor": ("", "adult", "private", "mentor"),
    "advokat": ("", "adult", "pro", "advokat"),
    "kp": ("", "adult", "pro", "kontaktperson"),
    "cw": ("", "adult", "pro", "sagsbehandler"),
    "cw2": ("", "adult", "pro", "sagsbehandler"),
    "leder": ("", "adult", "pro", "afdelingsleder"),
    "teacher": ("", "adult", "pro", "klasselærer"),
    "paed": ("", "adult", "pro", "pædagog"),
    "psy": ("", "adult", "pro", "psykolog, PPR"),
    "sp": ("F", "adult", "pro", "sundhedsplejerske"),
    "doc": ("", "adult", "pro", "overlæge"),
    "doc2": ("", "adult", "pro", "egen læge"),
    "nurse": ("", "adult", "pro", "sygeplejerske"),
    "off": ("", "adult", "pro", "politiassistent"),
    "off2": ("", "adult", "pro", "efterforsker"),
    "sted": ("", "adult", "place", ""),
    "ward": ("", "adult", "line", ""),
}
TITLES = {
    "cw": ["Socialrådgiver", "Myndighedsrådgiver", "Sagsbehandler, Børn og Familie"],
    "cw2": ["Socialrådgiver", "Myndighedsrådgiver"],
    "leder": ["Afdelingsleder", "Faglig koordinator", "Teamleder, Myndighed"],
    "teacher": ["Klasselærer", "Lærer", "Dansklærer og klasselærer"],
    "paed": ["Pædagog", "Pædagog, SFO", "Pædagogisk leder"],
    "psy": ["Psykolog, PPR", "Autoriseret psykolog", "Skolepsykolog"],
    "sp": ["Sundhedsplejerske"],
    "kp": ["Kontaktperson", "Familiebehandler", "Støtte-kontaktperson"],
    "doc": ["Overlæge"], "doc2": ["Praktiserende læge"], "nurse": ["Sygeplejerske"],
    "off": ["Politiassistent"], "off2": ["Efterforsker"], "advokat": ["Advokat"],
}
AGE_RANGES = {
    "child": (datetime.date(2008, 1, 1), datetime.date(2019, 12, 31)),
    "sib": (datetime.date(2006, 1, 1), datetime.date(2023, 6, 30)),
    "ung": (datetime.date(2004, 7, 1), datetime.date(2007, 5, 31)),
    "parent": (datetime.date(1975, 1, 1), datetime.date(2001, 12, 31)),
    "adult": (datetime.date(1958, 1, 1), datetime.date(2003, 12, 31)),
    "grand": (datetime.date(1946, 1, 1), datetime.date(1972, 12, 31)),
}
NETWORK_ROLES = ["mor", "far", "mormor", "morfar", "farmor", "faster", "moster", "onkel",
                 "nabo", "ven", "traener", "partner", "plejemor", "kp", "teacher", "paed",
                 "cw", "sp", "bisid", "tolk", "mentor", "sib", "child"]
FOREIGN_PHONE_P = {"mormor": 0.3, "morfar": 0.3, "farmor": 0.35, "far": 0.12, "onkel": 0.2,
                   "faster": 0.2, "moster": 0.15, "tolk": 0.1, "susp": 0.1, "mor": 0.05}
FOREIGN_ADDR_P = {"farmor": 0.4, "mormor": 0.3, "morfar": 0.3, "far": 0.12, "onkel": 0.15,
                  "faster": 0.2, "susp": 0.1}


def translit(s):
    s = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ß", "ss"), ("ł", "l"), ("đ", "dj"),
                 ("ı", "i"), ("ð", "d"), ("þ", "th")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s)


PHON_RULES = [("sh", "sj"), ("Sh", "Sj"), ("ch", "tj"), ("Ch", "Tj"), ("w", "v"), ("W", "V"),
              ("z", "s"), ("Z", "S"), ("ph", "f"), ("th", "t"), ("Th", "T"), ("ck", "k"),
              ("c", "k"), ("C", "K"), ("q", "k"), ("Q", "K"), ("x", "ks"), ("ou", "u"),
              ("ee", "i"), ("oo", "u"), ("y", "j"), ("Y", "J"), ("kh", "k"), ("gh", "g"),
              ("ä", "æ"), ("ö", "ø"), ("ü", "y"), ("ł", "l"), ("Ł", "L"), ("ś", "s"),
              ("ż", "z"), ("ź", "z"), ("ć", "tj"), ("ń", "n"), ("ó", "o"), ("ğ", ""),
              ("ş", "sj"), ("Ş", "Sj"), ("ç", "tj"), ("Ç", "Tj"), ("ı", "i"), ("ă", "a"),
              ("ș", "sj"), ("Ș", "Sj"), ("ț", "ts"), ("č", "tj"), ("š", "sj"), ("Š", "Sj"),
              ("ž", "sj"), ("đ", "dj"), ("Đ", "Dj"), ("ð", "d"), ("ú", "u"), ("á", "a"),
              ("í", "i"), ("é", "e"), ("mm", "m"), ("nn", "n"), ("ll", "l"), ("ss", "s"),
              ("tt", "t"), ("aa", "a"), ("ii", "i"), ("ie", "i"), ("ai", "aj"), ("ei", "aj"),
              ("ey", "aj"), ("dh", "d"), ("ah", "a"), ("ia", "ija"), ("J", "Dj"),
              ("e", "æ"), ("i", "ie"), ("o", "å"), ("u", "o"), ("k", "ck"), ("s", "z")]


def phonetic(rng, name):
    cands = [r for r in PHON_RULES if r[0] in name]
    for _ in range(6):
        if not cands:
            break
        k = 1 if len(cands) < 3 or rng.random() < 0.6 else 2
        out = name
        for a, b in rng.sample(cands, k):
            out = out.replace(a, b, 1)
        if out != name and out.strip() and out[0].isalpha():
            return out
    return name + "h" if not name.endswith("h") else name[:-1]


def genitive(s):
    """Return (text, span_len): Danish genitive; names in s/x/z take an apostrophe."""
    if s[-1:].lower() in ("s", "x", "z"):
        return s + "'", len(s)
    return s + "s", len(s) + 1


# ---------------------------------------------------------------------------
# Persons
# ---------------------------------------------------------------------------
class Person(object):
    pass


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def rand_date(rng, lo, hi):
    return datetime.date.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def dk_number(rng, landline=False):
    pre = rng.choice(P.DK_LANDLINE_PREFIX if landline else P.DK_MOBILE_PREFIX)
    return pre + digits(rng, 6)


def foreign_phone(rng, country):
    cc, pats = P.FOREIGN_PHONE[country]
    pat = rng.choice(pats)
    body = "".join(str(rng.randint(0, 9)) if c == "X" else c for c in pat)
    return {"country": country, "cc": cc, "body": body}


def make_cpr(rng, dob, gender):
    d7 = rng.choice("0123") if dob.year < 2000 else rng.choice("456789")
    last = rng.choice("13579") if gender == "M" else rng.choice("02468")
    return dob.strftime("%d%m") + "%02d" % (dob.year % 100) + d7 + digits(rng, 2) + last


def dk_address(rng):
    pc, town = rng.choice(P.DK_TOWNS)
    floor = wchoice(rng, [("", 45), ("st.", 5), ("st. tv.", 5), ("st. th.", 5), ("1. tv.", 6),
                          ("1. th.", 6), ("2. tv.", 5), ("2. th.", 5), ("3. mf.", 3),
                          ("1.", 3), ("2.", 3), ("4. th.", 3), ("kld.", 2), ("3. 12", 2)])
    return {"country": "DK", "street": rng.choice(P.DK_STREETS),
            "no": str(wchoice(rng, [(rng.randint(1, 40), 6), (rng.randint(41, 250), 3)])),
            "letter": rng.choice(["", "", "", "", "A", "B", "C"]), "floor": floor,
            "pc": pc, "town": town}


def foreign_address(rng, country):
    tpl = rng.choice(P.FOREIGN_ADDR[country])
    pc, town = rng.choice(P.FOREIGN_TOWNS[country])
    st = rng.choice(P.FOREIGN_STREETS[country])
    text = tpl.format(st=st, n=rng.randint(2, 180), n2=rng.randint(1, 40), pc=pc, town=town)
    text = re.sub(r" +", " ", text).replace(" ,", ",").strip()
    return {"country": country, "text": text}


class Ctx(object):
    def __init__(self, rng, genre, planted):
        self.rng = rng
        self.genre = genre
        self.planted = planted
        self.cast = {}
        self.alias = {}
        self.vars = {}
        self.quoted = False
        self.used_first = {}
        self.used_full = {}
        self.used_inst = {}
        k = rng.choice(P.KOMMUNER)
        self.kommune, self.domain, self.switchboard = k
        self.region_domain = rng.choice(P.REGION_DOMAINS)

    # -- persons -----------------------------------------------------------
    def get(self, role):
        role = self.alias.get(role, role)
        if role not in self.cast:
            if not self.planted:
                raise RuntimeError("person placeholder in clean text: %s" % role)
            self.cast[role] = self.make_person(role)
        return self.cast[role]

    def draw_name(self, gender):
        rng = self.rng
        fo = wchoice(rng, P.FIRST_ORIGIN_WEIGHTS)
        first = rng.choice(P.FIRST[fo][gender])
        lo = wchoice(rng, P.LAST_ORIGIN_WEIGHTS)
        last = rng.choice(P.LAST[lo])
        if "/" in last:
            last = last.split("/")[0 if gender == "M" else 1]
        middle = rng.choice(P.MIDDLE) if rng.random() < 0.25 else ""
        if middle in (first, last):
            middle = ""
        return fo, first, middle, lo, last

    def make_person(self, role):
        rng = self.rng
        g, ageclass, kind, rel = ROLES[role]
        p = Person()
        p.role = role
        p.kind = kind
        p.gender = g or rng.choice(["F", "M"])
        if kind in ("place", "line"):
            p.addr = dk_address(rng)
            p.phone = {"country": "DK", "num": dk_number(rng, landline=True)}
            return p
        # family dependencies
        if role in ("child", "sib", "partner"):
            self.get("mor")
            self.get("far")
        if role == "sib":
            self.get("child")
        if role == "plejefar":
            self.get("plejemor")
        for _ in range(60):
            fo, first, middle, lo, last = self.draw_name(p.gender)
            r = rng.random()
            if role == "child":
                mor, far = self.cast["mor"], self.cast["far"]
                if r < 0.45:
                    lo, last = far.last_origin, far.last
                elif r < 0.75:
                    lo, last = mor.last_origin, mor.last
                elif r < 0.9 and " " not in mor.last + far.last and "-" not in mor.last + far.last \
                        and mor.last != far.last:
                    lo, last = mor.last_origin, mor.last + "-" + far.last
            elif role == "sib" and r < 0.75:
                lo, last = self.cast["child"].last_origin, self.cast["child"].last
            elif role in ("farmor", "faster") and r < 0.5:
                lo, last = self.get("far").last_origin, self.get("far").last
            elif role in ("mormor", "morfar", "onkel") and r < 0.4:
                lo, last = self.get("mor").last_origin, self.get("mor").last
            elif role == "plejefar" and r < 0.5:
                lo, last = self.cast["plejemor"].last_origin, self.cast["plejemor"].last
            full = first + " " + last
            if first in self.used_first or full in self.used_full or first == last:
                continue
            if any(first == q.last or last == q.first for q in self.cast.values()
                   if hasattr(q, "first")):
                continue
            break
        else:
            raise GenError("no unique name")
        self.used_first[first] = 1
        self.used_full[full] = 1
        p.first, p.middle, p.last = first, middle, last
        p.first_origin, p.last_origin = fo, lo
        p.common = fo == "dk_common" and lo == "dk_common"
        # dates
        lo_d, hi_d = AGE_RANGES[ageclass]
        p.dob = rand_date(rng, lo_d, hi_d)
        if role == "sib":
            for _ in range(20):
                if abs((p.dob - self.cast["child"].dob).days) > 300:
                    break
                p.dob = rand_date(rng, lo_d, hi_d)
        p.cpr = make_cpr(rng, p.dob, p.gender)
        # nickname
        if first in P.NICK:
            p.nick = P.NICK[first]
        else:
            base = first.split()[0].split("-")[0]
            m = re.search(r"[^aeiouyæøåAEIOUYÆØÅ][aeiouyæøå]", base)
            x = rng.random()
            if m and x < 0.5:
                cv = m.group(0).lower()
                p.nick = cv.capitalize() + cv
            elif len(base) >= 5 and x < 0.8:
                p.nick = base[:3]
            else:
                p.nick = rng.choice(P.NICK_GENERIC)
        # phone
        countries = P.ORIGIN_COUNTRY.get(fo, ["SE"])
        if kind != "pro" and rng.random() < FOREIGN_PHONE_P.get(role, 0.03):
            p.phone = foreign_phone(rng, rng.choice(countries))
        else:
            landline = kind == "pro" and rng.random() < 0.4
            p.phone = {"country": "DK", "num": dk_number(rng, landline)}
        # address
        if role in ("child", "sib"):
            src = self.cast["mor"] if rng.random() < 0.7 else self.cast["far"]
            if role == "sib":
                src = self.cast["child"]
            p.addr = src.addr
        elif role == "partner" and rng.random() < 0.6:
            p.addr = self.get("mor").addr
        elif role == "plejefar":
            p.addr = self.cast["plejemor"].addr
        elif rng.random() < FOREIGN_ADDR_P.get(role, 0.0):
            c = rng.choice(countries)
            p.addr = foreign_address(rng, c) if c in P.FOREIGN_ADDR else dk_address(rng)
        else:
            p.addr = dk_address(rng)
        p.email = self.make_email(p)
        return p

    def make_email(self, p):
        rng = self.rng
        f = translit(p.first.split()[0]) if rng.random() < 0.7 else translit(p.first)
        la = translit(p.last)
        mi = translit(p.middle)[:1]
        yy = "%02d" % (p.dob.year % 100)
        if p.kind == "pro":
            if p.role in ("off", "off2"):
                return translit(p.first)[:2] + la[:1] + digits(rng, 3) + "@politi.dk"
            if p.role in ("doc", "nurse"):
                dom = self.region_domain
            elif p.role == "doc2":
                dom = "laegehuset-" + translit(rng.choice(P.DK_TOWNS)[1]) + ".dk"
            elif p.role == "advokat":
                dom = "advokat" + la + ".dk"
            elif p.role == "teacher" and rng.random() < 0.4:
                dom = "skolekom.dk"
            else:
                dom = self.domain
            local = rng.choice([f + "." + la, f[:2] + la[:2], f[:1] + mi + la[:2] + digits(rng, 1),
                                f[:1] + "." + la, f + "." + (mi + "." if mi else "") + la])
            return local + "@" + dom
        dom = rng.choice(P.PRIVATE_DOMAINS)
        local = rng.choice([f + "." + la, f + la, f[:1] + "." + la, f + "_" + la + digits(rng, 2),
                            f + "." + la + digits(rng, 2), f + yy, translit(p.nick) + digits(rng, 3),
                            f + "." + (mi + "." if mi else "") + la, la + "." + f, f + "-" + la,
                            f + la[:1] + digits(rng, 4)])
        return local + "@" + dom

    # -- institutions --------------------------------------------------------
    def inst(self, typ):
        names = [n for n in P.INSTITUTIONS[typ] if n not in self.used_inst]
        n = self.rng.choice(names)
        self.used_inst[n] = 1
        return n


# ---------------------------------------------------------------------------
# Formatting of personal data
# ---------------------------------------------------------------------------
def fmt_phone(ctx, ph):
    rng = ctx.rng
    tr = ctx.genre == "transcript"
    if ph["country"] != "DK":
        cc, body, c = ph["cc"], ph["body"], ph["country"]
        if c in ("GL", "FO") and rng.random() < 0.3:
            return body, "foreign-%s-local" % c
        x = rng.random()
        if x < 0.6:
            return "+%s %s" % (cc, body), "foreign-%s" % c
        if x < 0.85:
            return "00%s %s" % (cc, body), "foreign-%s-00" % c
        return "+" + cc + re.sub(r"\D", "", body), "foreign-%s-compact" % c
    n = ph["num"]
    pairs = " ".join(n[i:i + 2] for i in range(0, 8, 2))
    if tr:
        opts = [("spoken-pairs", pairs), ("spoken-single-digits", " ".join(n)),
                ("dk-8", n), ("dk-4-4", n[:4] + " " + n[4:]),
                ("spoken-2-3-3", n[:2] + " " + n[2:5] + " " + n[5:])]
        sub, t = rng.choice(opts)
        return t, sub
    opts = [("dk-8", n, 5), ("dk-2-2-2-2", pairs, 8), ("dk-4-4", n[:4] + " " + n[4:], 5),
            ("+45-2-2-2-2", "+45 " + pairs, 4), ("+45-8", "+45 " + n, 3),
            ("+45-compact", "+45" + n, 2), ("0045-8", "0045 " + n, 2),
            ("0045-2-2-2-2", "0045 " + pairs, 1), ("dots", ".".join(n[i:i + 2] for i in range(0, 8, 2)), 2),
            ("dashes", "-".join(n[i:i + 2] for i in range(0, 8, 2)), 2),
            ("(+45)-4-4", "(+45) " + n[:4] + " " + n[4:], 2), ("+45-4-4", "+45 " + n[:4] + " " + n[4:], 2),
            ("2-3-3", n[:2] + " " + n[2:5] + " " + n[5:], 1), ("+45-dashes", "+45-" + n[:4] + "-" + n[4:], 1)]
    sub, t = wchoice(rng, [((s, t), w) for s, t, w in opts])
    return t, sub


def floor_variants(fl):
    if not fl:
        return "", ""
    sloppy = re.sub(r" +", " ", fl.replace(".", " ")).strip()
    return fl, sloppy


def fmt_addr(ctx, a, want2=False, street_only=False):
    rng = ctx.rng
    tr = ctx.genre == "transcript"
    allow2 = not ctx.quoted
    if a["country"] != "DK":
        t = a["text"]
        c = a["country"]
        if street_only:
            return t.split("\n")[0].rstrip(","), "foreign-%s-street" % c
        if want2 and allow2:
            if "\n" not in t and ", " in t:
                i = t.rfind(", ")
                t = t[:i] + "\n" + t[i + 2:]
            if "\n" in t:
                return t, "foreign-%s-2line" % c
        t = t.replace("\n", ", ")
        return t, "foreign-%s" % c
    st, no = a["street"], a["no"] + a["letter"]
    fl, fl_s = floor_variants(a["floor"])
    pc, town = a["pc"], a["town"]
    head = st + " " + no + (", " + fl if fl else "")
    if street_only:
        if tr:
            return (st + " " + a["no"] + (" " + a["letter"].lower() if a["letter"] else "")).lower(), "spoken-street"
        return head, "dk-street"
    if want2 and allow2:
        sep = rng.choice(["\n", "\n", ",\n"])
        return head + sep + pc + " " + town, "dk-2line"
    if tr:
        opts = [("spoken-lower", (st + " " + a["no"] + (" " + a["letter"] if a["letter"] else "")
                                  + (" " + fl_s if fl_s else "") + " " + pc + " " + town).lower()),
                ("spoken-street", (st + " " + no).lower()),
                ("spoken-nummer", (st + " nummer " + no + " " + pc + " " + town).lower()),
                ("dk-street", head)]
        sub, t = rng.choice(opts)
        return t, sub
    opts = [("dk-full", head + ", " + pc + " " + town, 10),
            ("dk-street", head, 5),
            ("dk-lower", (st + " " + no + (" " + fl_s if fl_s else "") + " " + pc + " " + town).lower(), 2),
            ("dk-nocomma", st + " " + no + (" " + fl if fl else "") + " " + pc + " " + town, 2),
            ("dk-glued", st + no + ("," + fl.replace(" ", "") if fl else "") + "," + pc + " " + town, 1),
            ("dk-nr", st + " nr. " + no + (", " + fl if fl else "") + ", " + pc + " " + town, 1),
            ("dk-town-no-postcode", head + ", " + town, 2),
            ("dk-caps", (head + ", " + pc + " " + town).upper(), 1),
            ("dk-dash", head + " - " + pc + " " + town, 1)]
    if allow2:
        opts.append(("dk-2line", head + "\n" + pc + " " + town, 2))
    sub, t = wchoice(ctx.rng, [((s, t), w) for s, t, w in opts])
    return t, sub


def fmt_dob(ctx, d):
    rng = ctx.rng
    dd, mm, yyyy = d.day, d.month, d.year
    if ctx.genre == "transcript":
        opts = [("spoken-d-m-yyyy", "%d %d %d" % (dd, mm, yyyy)),
                ("spoken-d-month-yyyy", "%d %s %d" % (dd, MONTHS[mm - 1], yyyy)),
                ("d.-month-yyyy", "%d. %s %d" % (dd, MONTHS[mm - 1], yyyy)),
                ("spoken-dd-mm-yy", "%02d %02d %02d" % (dd, mm, yyyy % 100)),
                ("spoken-d.-m.-yyyy", "%d. %d. %d" % (dd, mm, yyyy))]
        sub, t = rng.choice(opts)
        return t, sub
    opts = [("dd.mm.yyyy", "%02d.%02d.%d" % (dd, mm, yyyy), 8),
            ("dd-mm-yyyy", "%02d-%02d-%d" % (dd, mm, yyyy), 4),
            ("dd/mm/yyyy", "%02d/%02d/%d" % (dd, mm, yyyy), 3),
            ("d/m-yyyy", "%d/%d-%d" % (dd, mm, yyyy), 3),
            ("d/m yyyy", "%d/%d %d" % (dd, mm, yyyy), 1),
            ("d.m.yyyy", "%d.%d.%d" % (dd, mm, yyyy), 2),
            ("d.-month-yyyy", "%d. %s %d" % (dd, MONTHS[mm - 1], yyyy), 6),
            ("d.-mon.-yyyy", "%d. %s %d" % (dd, MONTHS_ABBR[mm - 1], yyyy), 2),
            ("dd.mm.yy", "%02d.%02d.%02d" % (dd, mm, yyyy % 100), 3),
            ("yyyy-mm-dd", "%d-%02d-%02d" % (yyyy, mm, dd), 3),
            ("ddmmyy", "%02d%02d%02d" % (dd, mm, yyyy % 100), 1),
            ("dd-MON-yyyy", "%02d-%s-%d" % (dd, MONTHS_SYS[mm - 1], yyyy), 1),
            ("d-month-yyyy-nodot", "%d %s %d" % (dd, MONTHS[mm - 1], yyyy), 1),
            ("english", "%d %s %d" % (dd, MONTHS_EN[mm - 1], yyyy), 1),
            ("english-us", "%s %d, %d" % (MONTHS_EN[mm - 1], dd, yyyy), 1)]
    sub, t = wchoice(rng, [((s, t), w) for s, t, w in opts])
    return t, sub


def fmt_cpr(ctx, c):
    rng = ctx.rng
    a, b, y, s = c[:2], c[2:4], c[4:6], c[6:]
    if ctx.genre == "transcript":
        opts = [("spoken-pairs", " ".join(c[i:i + 2] for i in range(0, 10, 2))),
                ("6-4-space", c[:6] + " " + s), ("6-4-dash", c[:6] + "-" + s),
                ("10-digits", c), ("spoken-2-2-2-4", "%s %s %s %s" % (a, b, y, s))]
        sub, t = rng.choice(opts)
        return t, sub
    opts = [("6-4-dash", c[:6] + "-" + s, 12), ("10-digits", c, 4), ("6-4-space", c[:6] + " " + s, 3),
            ("2-2-2-4-space", "%s %s %s %s" % (a, b, y, s), 2),
            ("2-2-2-dash-4", "%s %s %s-%s" % (a, b, y, s), 1),
            ("dotted-6-dash-4", "%s.%s.%s-%s" % (a, b, y, s), 2),
            ("6-spaced-dash-4", c[:6] + " - " + s, 1), ("6-endash-4", c[:6] + "–" + s, 1),
            ("4-2-4", c[:4] + " " + y + " " + s, 1)]
    sub, t = wchoice(rng, [((s_, t), w) for s_, t, w in opts])
    return t, sub


def fmt_email(ctx, e):
    rng = ctx.rng
    if ctx.genre == "transcript" and rng.random() < 0.35:
        local, dom = e.split("@")
        sp = lambda x: x.replace(".", " punktum ").replace("_", " underscore ").replace("-", " bindestreg ")
        return sp(local) + " snabel-a " + sp(dom), "spoken"
    if rng.random() < 0.08:
        local, dom = e.split("@")
        local = ".".join(x[:1].upper() + x[1:] for x in local.split("."))
        return local + "@" + dom[:1].upper() + dom[1:], "mixed-case"
    if e.endswith("@politi.dk"):
        return e, "police-initials"
    return e, "plain"


# ---------------------------------------------------------------------------
# Name forms
# ---------------------------------------------------------------------------
def full_name(p, middle):
    if p.first_origin == "chinese" and p.last_origin == "chinese":
        return p.last + " " + p.first
    if middle and p.middle:
        return p.first + " " + p.middle + " " + p.last
    return p.first + " " + p.last


def initials(p, dotted):
    parts = []
    for w in re.split(r"[ -]", p.first):
        parts.append(w[:1])
    if p.middle:
        parts.append(p.middle[:1])
    for w in p.last.split(" "):
        if w[:1].isupper():
            for x in w.split("-"):
                parts.append(x[:1])
    parts = [x.upper() for x in parts if x]
    return (".".join(parts) + ".") if dotted else "".join(parts)


def N(text, sub, origin=""):
    return [(text, "name", sub + "|" + origin)]


def person_form(ctx, role, form):
    rng = ctx.rng
    p = ctx.get(role)
    tr = ctx.genre == "transcript"
    if p.kind == "place" and form not in ("addr", "addr2", "street"):
        raise RuntimeError("bad form for place: " + form)
    if p.kind == "line" and form != "phone":
        raise RuntimeError("bad form for line: " + form)
    # -- data kinds
    if form in ("phone", "phone2", "fphone"):
        ph = p.phone
        if form == "phone2":
            ph = {"country": "DK", "num": dk_number(rng, True)}
        if form == "fphone" and ph["country"] == "DK":
            if not hasattr(p, "fphone"):
                c = rng.choice([x for x in P.ORIGIN_COUNTRY.get(p.first_origin, ["SE"])
                                if x in P.FOREIGN_PHONE])
                p.fphone = foreign_phone(rng, c)
            ph = p.fphone
        t, sub = fmt_phone(ctx, ph)
        if p.kind == "line":
            sub += "/ward-line"
        return [(t, "phone", sub)]
    if form == "email":
        t, sub = fmt_email(ctx, p.email)
        return [(t, "email", sub)]
    if form in ("addr", "addr2", "street"):
        t, sub = fmt_addr(ctx, p.addr, want2=(form == "addr2"), street_only=(form == "street"))
        return [(t, "address", sub)]
    if form == "dob":
        t, sub = fmt_dob(ctx, p.dob)
        return [(t, "dob", sub)]
    if form == "cpr":
        t, sub = fmt_cpr(ctx, p.cpr)
        return [(t, "cpr", sub)]
    # -- plain words
    age = REF.year - p.dob.year - ((REF.month, REF.day) < (p.dob.month, p.dob.day))
    F = p.gender == "F"
    plain = {
        "age": "%d år" % age, "agen": str(age), "pron": "hun" if F else "han",
        "Pron": "Hun" if F else "Han", "noun": "pigen" if F else "drengen",
        "Noun": "Pigen" if F else "Drengen", "sd": "datter" if F else "søn",
        "poss": "hendes" if F else "hans", "ham": "hende" if F else "ham",
    }
    if form in plain:
        return [(plain[form], None, None)]
    if form == "bs":
        older = p.dob < ctx.get("child").dob
        return [(("store" if older else "lille") + ("søster" if F else "bror"), None, None)]
    if form == "rel":
        rel = ROLES[p.role][3]
        if p.role == "sib":
            older = p.dob < ctx.get("child").dob
            rel = ("store" if older else "lille") + ("søster" if F else "bror")
        elif p.role == "ven":
            rel = rng.choice(["mors veninde", "familieven", "veninde"])
        elif p.role == "child":
            rel = rng.choice(["barnet", "barnet, %d år" % age])
        return [(rel, None, None)]
    if form == "lang":
        lang = P.ORIGIN_LANG.get(p.first_origin) or P.ORIGIN_LANG.get(p.last_origin) or rng.choice(P.LANGS)
        return [(lang, None, None)]
    if form == "title":
        return [(rng.choice(TITLES.get(p.role, [""])), None, None)]
    # -- names
    o_f, o_l = p.first_origin, p.last_origin
    o_b = o_f + "+" + o_l
    if form == "first":
        s = p.first
        if tr:
            x = rng.random()
            if x < 0.3:
                return N(s.lower(), "first/lower", o_f)
            if x < 0.45:
                return N(phonetic(rng, s), "first/phonetic", o_f)
        return N(s, "first", o_f)
    if form == "last":
        return N(p.last, "last", o_l)
    if form == "fl":
        s = p.first + " " + p.last
        if tr and rng.random() < 0.3:
            return N(s.lower(), "full/lower", o_b)
        return N(s, "full", o_b)
    if form in ("full", "fullm", "sig"):
        s = full_name(p, form == "fullm" or rng.random() < 0.4)
        sub = "signature" if form == "sig" else ("full+middle" if p.middle and p.middle in s.split() else "full")
        if tr and rng.random() < 0.3:
            return N(s.lower(), sub + "/lower", o_b)
        return N(s, sub, o_b)
    if form in ("gen", "fullgen", "lastgen"):
        base = {"gen": p.first, "lastgen": p.last, "fullgen": full_name(p, False)}[form]
        sub = {"gen": "genitive-first", "lastgen": "genitive-last", "fullgen": "genitive-full"}[form]
        if tr and rng.random() < 0.3:
            base = base.lower()
            sub += "/lower"
        t, n = genitive(base)
        org = {"gen": o_f, "lastgen": o_l, "fullgen": o_b}[form]
        out = [(t[:n], "name", sub + ("/apostrophe" if n < len(t) else "") + "|" + org)]
        if n < len(t):
            out.append((t[n:], None, None))
        return out
    if form in ("hon", "Hon", "dr"):
        if form == "dr":
            title = "dr. "
        else:
            title = rng.choice(["fru ", "fru ", "frk. "] if F else ["hr. ", "hr. ", "hr "])
            if form == "Hon":
                title = title[:1].upper() + title[1:]
        return [(title, None, None), (p.last, "name", "after-title|" + o_l)]
    if form == "init":
        return N(initials(p, rng.random() < 0.5), "initials", o_b)
    if form == "nick":
        return N(p.nick, "nickname", "nickname")
    if form == "caps":
        x = rng.random()
        if x < 0.45:
            s = p.last + ", " + p.first + (" " + p.middle if p.middle else "")
        elif x < 0.8:
            s = full_name(p, True)
        else:
            s = p.last + " " + p.first
        return N(s.upper(), "caps", o_b)
    if form == "rev":
        return N(p.last + ", " + p.first + (" " + p.middle if p.middle and rng.random() < 0.5 else ""),
                 "surname-first", o_b)
    if form == "lower":
        if rng.random() < 0.5:
            return N(p.first.lower(), "lower", o_f)
        return N(full_name(p, False).lower(), "lower", o_b)
    if form == "ph":
        s = phonetic(rng, p.first)
        if rng.random() < 0.5:
            s = s.lower()
        return N(s, "phonetic", o_f)
    if form == "any":
        return person_form(ctx, role, rng.choice(["first", "first", "full", "last"]))
    raise RuntimeError("unknown form %s.%s" % (role, form))


# ---------------------------------------------------------------------------
# Look-alikes and fillers
# ---------------------------------------------------------------------------
def fmt_event_date(rng):
    d = rand_date(rng, datetime.date(2024, 1, 2), datetime.date(2026, 6, 30))
    opts = ["%02d.%02d.%d" % (d.day, d.month, d.year), "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year),
            "%d/%d-%d" % (d.day, d.month, d.year), "%d-%02d-%02d" % (d.year, d.month, d.day),
            "%02d-%02d-%d" % (d.day, d.month, d.year), "%d. %s" % (d.day, MONTHS[d.month - 1]),
            "%d/%d" % (d.day, d.month)]
    return rng.choice(opts)


def fmt_amount(rng):
    v = rng.choice([rng.randint(3, 99) * 50, rng.randint(10, 400) * 25, rng.randint(1000, 25000)])
    s = "{:,}".format(v).replace(",", ".")
    return rng.choice([s + " kr.", "kr. " + s, s + ",00 kr.", s + " kr", "DKK " + s + ",00"])


def lookalike(ctx, name):
    rng = ctx.rng
    if name.startswith("inst."):
        typ = name[5:]
        if typ.startswith("lower_"):
            return [(ctx.inst(typ[6:]).lower(), "institution", "lower")]
        t = ctx.inst(typ)
        x = rng.random()
        if x < 0.08:
            return [(t.upper(), "institution", "caps")]
        if x < 0.16:
            return [(t.lower(), "institution", "lower")]
        return [(t, "institution", typ)]
    if name in ctx.vars:
        return [(ctx.vars[name], None, None)]
    if name == "date":
        t = fmt_event_date(rng)
    elif name == "date_en":
        d = rand_date(rng, datetime.date(2024, 1, 2), datetime.date(2026, 6, 30))
        t = rng.choice(["%s, %d %s %d" % (P.WEEKDAYS_EN[d.weekday()], d.day, MONTHS_EN[d.month - 1][:3], d.year),
                        "%d %s %d" % (d.day, MONTHS_EN[d.month - 1], d.year)])
    elif name == "time":
        h = rng.randint(7, 21) if rng.random() < 0.9 else rng.choice([22, 23, 0, 1, 2, 3, 4, 5, 6])
        m = rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
        t = rng.choice(["%02d.%02d" % (h, m), "%d.%02d" % (h, m), "%02d:%02d" % (h, m)])
    elif name == "weekday":
        t = rng.choice(P.WEEKDAYS)
    elif name == "month":
        t = rng.choice(MONTHS)
    elif name == "sagsnr":
        t = rng.choice(["27.24.08-G01-%d-%02d" % (rng.randint(100, 9999), rng.randint(22, 25)),
                        "%d-%06d" % (rng.randint(2023, 2025), rng.randint(1000, 999999)),
                        "SAG-%05d" % rng.randint(1, 99999), "%02d/%05d" % (rng.randint(22, 25), rng.randint(1, 99999)),
                        "BFU-%04d-%02d" % (rng.randint(1, 9999), rng.randint(22, 25)),
                        "28.00.00-A00-%d-%02d" % (rng.randint(1, 999), rng.randint(22, 25))])
    elif name == "jnr":
        t = "%s-%05d-%05d-%02d" % (rng.choice(["1200", "1800", "2300", "3700", "4100", "5100", "6400",
                                               "7100", "8000", "9000"]),
                                   rng.randint(80000, 89999), rng.randint(1, 9999), rng.randint(23, 25))
    elif name == "law":
        t = rng.choice(P.LAWS)
    elif name == "law_straf":
        t = rng.choice(P.LAW_STRAF)
    elif name == "amount":
        t = fmt_amount(rng)
    elif name == "amount_small":
        v = rng.randint(4, 30) * 50
        t = rng.choice(["%d kr." % v, "kr. %d" % v, "%d,00 kr." % v, "%d kr" % v])
    elif name == "account":
        t = rng.choice(P.ACCOUNTS)
    elif name == "fik":
        t = rng.choice(P.FIK)
    elif name == "cvr":
        t = rng.choice(P.CVR)
    elif name == "ean":
        t = rng.choice(P.EAN)
    elif name == "kommune":
        t = ctx.kommune
    elif name == "switchboard":
        t = ctx.switchboard
    elif name == "police":
        t = rng.choice(P.POLICE)
    elif name == "hospital":
        t = rng.choice(P.HOSPITALS)
    elif name == "hospital_short":
        t = rng.choice(P.HOSPITALS_SHORT)
    elif name == "ward_name":
        t = rng.choice(P.WARDS)
    elif name == "med":
        t = rng.choice(P.MEDS)
    elif name == "med_name":
        t = rng.choice(P.MED_NAMES)
    elif name == "diag":
        t = rng.choice(P.DIAGNOSES)
    elif name == "room":
        t = rng.choice(P.ROOMS)
    elif name == "klasse":
        t = rng.choice(P.KLASSER)
    elif name == "lang":
        t = rng.choice(P.LANGS)
    elif name == "town":
        t = rng.choice(P.DK_TOWNS)[1]
    elif name == "public":
        t = rng.choice(P.PUBLIC_PHRASES)
    elif name == "place":
        t = rng.choice(P.PLACES)
    elif name == "badge":
        t = rng.choice(P.BADGE_FMT).format(n4=rng.randint(1000, 9999))
    elif name == "age":
        t = "%d år" % rng.randint(3, 17)
    elif name == "adult_age":
        t = "%d år" % rng.randint(24, 58)
    elif name == "n1":
        t = str(rng.randint(1, 4))
    elif name == "n2":
        t = str(rng.randint(2, 28))
    elif name == "n4":
        t = str(rng.randint(1000, 9999))
    elif name == "kg":
        t = "%d,%d" % (rng.randint(14, 70), rng.randint(0, 9))
    elif name == "cm":
        t = str(rng.randint(95, 182))
    elif name == "pct":
        t = str(rng.randint(9, 41))
    elif name == "subject":
        return render(ctx, rng.choice(P.SUBJECT_PLANTED))
    elif name == "subject_clean":
        t = rng.choice(P.SUBJECT_CLEAN)
    else:
        raise RuntimeError("unknown placeholder {%s}" % name)
    return [(t, None, None)]


# ---------------------------------------------------------------------------
# Template rendering
# ---------------------------------------------------------------------------
def match_brace(s, i):
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    raise RuntimeError("unbalanced braces in template: %r" % s)


def split_top(s, sep):
    out, depth, cur = [], 0, []
    for c in s:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if c == sep and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    out.append("".join(cur))
    return out


def render(ctx, tpl):
    out, buf, i = [], [], 0
    while i < len(tpl):
        c = tpl[i]
        if c == "{":
            j = match_brace(tpl, i)
            if buf:
                out.append(("".join(buf), None, None))
                buf = []
            out.extend(resolve(ctx, tpl[i + 1:j]))
            i = j + 1
        else:
            buf.append(c)
            i += 1
    if buf:
        out.append(("".join(buf), None, None))
    return out


def resolve(ctx, inner):
    if inner.startswith("~"):
        return render(ctx, ctx.rng.choice(split_top(inner[1:], "|")))
    if inner.startswith("?"):
        p, body = inner[1:].split(":", 1)
        return render(ctx, body) if ctx.rng.random() < float(p) else []
    if "." in inner and not inner.startswith("inst."):
        role, form = inner.split(".", 1)
        return person_form(ctx, role, form)
    return lookalike(ctx, inner)


def text_of(pieces):
    return "".join(t for t, _, _ in pieces)


def nwords(pieces):
    return len(text_of(pieces).split())


def lit(s):
    return [(s, None, None)]


def quote(pieces, prefix):
    out = [(prefix, None, None)]
    for t, k, sub in pieces:
        if k is None:
            out.append((t.replace("\n", "\n" + prefix), None, None))
        else:
            if "\n" in t:
                raise GenError("line break inside a quoted span")
            out.append((t, k, sub))
    return out


# ---------------------------------------------------------------------------
# Composition per genre
# ---------------------------------------------------------------------------
def compose_generic(ctx, T, band):
    rng = ctx.rng
    lo, hi = BANDS[band]
    genre = ctx.genre
    sep = "\n" if genre == "transcript" else "\n\n"
    if band == 0 and rng.random() < 0.7:
        return render(ctx, rng.choice(T["short"]))
    head = rng.choice(T["head"])
    tag = ""
    if head.startswith("["):
        tag, head = head[:head.index("]") + 1], head[head.index("]") + 1:]
    pieces = render(ctx, head)
    if genre == "minutes":
        pieces += lit("\n") + participants(ctx, T, band)
    if band == 2:
        target = rng.randint(lo + 5, hi - 80)
    else:
        target = rng.randint(lo + (hi - lo) // 5, hi - (hi - lo) // 6)
    closer = render(ctx, rng.choice(T["close"])) if rng.random() < 0.85 else []
    reserve = nwords(closer)
    bodies = list(T["body"])
    rng.shuffle(bodies)
    first = True
    for b in bodies:
        if b.startswith("["):
            if b[:b.index("]") + 1] != tag:
                continue
            b = b[b.index("]") + 1:]
        cand = render(ctx, b)
        joiner = "\n" if first else sep
        if nwords(pieces) + nwords(cand) + reserve > hi:
            continue
        pieces += lit(joiner) + cand
        first = False
        if nwords(pieces) + reserve >= target:
            break
    if closer:
        pieces += lit(sep) + closer
    return pieces


def participants(ctx, T, band):
    rng = ctx.rng
    if not ctx.planted:
        return render(ctx, rng.choice(T["participants"]))
    n = rng.randint(2, 4) if band == 0 else (rng.randint(2, 4) if band == 1 else rng.randint(3, 6))
    roles = list(NETWORK_ROLES)
    rng.shuffle(roles)
    roles = roles[:n]
    roles.sort(key=NETWORK_ROLES.index)
    out = lit(rng.choice(P.PARTICIPANT_HEAD) + "\n")
    for r in roles:
        ctx.alias["X"] = r
        lines = P.PARTICIPANT_LINES_CHILD if r in ("child", "sib") else P.PARTICIPANT_LINES
        out += render(ctx, rng.choice(lines)) + lit("\n")
    ctx.alias.pop("X", None)
    if rng.random() < 0.4:
        ctx.alias["X"] = rng.choice([r for r in NETWORK_ROLES if r not in roles and r not in ("child", "sib")])
        out += render(ctx, "Afbud: {X.full} ({X.rel})\n")
        ctx.alias.pop("X", None)
    return out


CC_ROLES = ["psy", "leder", "sp", "paed", "kp", "cw2"]


def compose_email(ctx, T, band):
    rng = ctx.rng
    lo, hi = BANDS[band]
    n_msgs = 1 if band == 0 else (rng.randint(1, 2) if band == 1 else rng.randint(2, 3))
    msgs = rng.sample(T["msg"], n_msgs)
    pieces = []
    for level, m in enumerate(msgs):
        if ctx.planted:
            a, r, wants_sig, body = m
            ctx.alias = {"A": a, "R": r, "C": rng.choice([x for x in CC_ROLES if x not in (a, r)])}
        else:
            a, r, body = m
            wants_sig = True
            ctx.vars["arole"] = text_of(render(ctx, a))
            ctx.vars["rrole"] = text_of(render(ctx, r))
        quoted_style = level > 0 and rng.random() < 0.6
        ctx.quoted = quoted_style
        block = render(ctx, body)
        if wants_sig and rng.random() < 0.9:
            if ctx.planted:
                sigs = T["sig_pro"] if ROLES[a][2] == "pro" else T["sig_private"]
            else:
                sigs = T["sig"]
            block += lit("\n\n") + render(ctx, rng.choice(sigs))
        if level == 0:
            pieces += render(ctx, rng.choice(T["hdr"])) + lit("\n") + block
            if rng.random() < 0.45:
                pieces += lit("\n\n") + render(ctx, rng.choice(P.DISCLAIMERS))
        else:
            if quoted_style:
                intro = render(ctx, rng.choice(T["intro"]))
                prefix = ">" * level + " "
                pieces += lit("\n\n") + intro + lit("\n") + quote(block, prefix)
            else:
                pieces += lit("\n\n-----Oprindelig meddelelse-----\n") + render(ctx, rng.choice(T["hdr"])) \
                    + lit("\n") + block
        if nwords(pieces) > hi:
            break
    ctx.quoted = False
    ctx.alias = {}
    if band > 0 and rng.random() < 0.3 and nwords(pieces) < hi - 30:
        pieces += lit("\n\n") + render(ctx, rng.choice(P.DISCLAIMERS))
    return pieces


def build(rng, genre, band, planted):
    T = (P.PLANTED if planted else P.CLEAN)[genre]
    lo, hi = BANDS[band]
    for _ in range(400):
        ctx = Ctx(rng, genre, planted)
        try:
            if genre == "email":
                pieces = compose_email(ctx, T, band)
            else:
                pieces = compose_generic(ctx, T, band)
        except GenError:
            continue
        w = nwords(pieces)
        if not (lo <= w <= hi):
            continue
        text, spans, subs = assemble(pieces)
        if planted and not spans:
            continue
        if genre != "email" and repeated_paragraph(text):
            continue
        if validate_text(text, spans, planted) is None:
            return text, spans, subs, ctx
    raise RuntimeError("could not build a valid %s text in band %d" % (genre, band))


def assemble(pieces):
    # merge, compute offsets
    text_parts, spans, subs, pos = [], [], [], 0
    # a sentence period right after a value that already ends in "." is dropped
    tidy = []
    for t, k, sub in pieces:
        if k is None and t.startswith(".") and tidy and tidy[-1][0].endswith("."):
            t = t[1:]
            if not t:
                continue
        tidy.append((t, k, sub))
    for t, k, sub in tidy:
        if k is not None:
            if t != t.strip() or not t:
                raise RuntimeError("span with outer whitespace: %r" % t)
            spans.append({"kind": k, "text": t, "start": pos, "end": pos + len(t)})
            subs.append(sub)
        text_parts.append(t)
        pos += len(t)
    text = "".join(text_parts)
    # tidy: no trailing spaces on lines would shift offsets, so leave text as is
    return text, spans, subs


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------
def pool_names():
    out = {}
    for origin in P.FIRST:
        for g in ("F", "M"):
            for n in P.FIRST[origin][g]:
                out[n] = 1
    for origin in P.LAST:
        for n in P.LAST[origin]:
            for x in n.split("/"):
                out[x] = 1
    for n in P.MIDDLE:
        out[n] = 1
    for n in list(P.NICK.values()) + P.NICK_GENERIC:
        out[n] = 1
    names = sorted(n for n in out if len(n) >= 2)
    caps = sorted(n.upper() for n in names if len(n) >= 3)
    return sorted(set(names + caps), key=lambda s: (-len(s), s))


NAME_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in pool_names()) + r")(?!\w)")
CPR_RES = [re.compile(r"(?<![\d.])(\d{6})[ \-–]?(\d{4})(?!\d)"),
           re.compile(r"(?<![\d.])(\d{2})([ .\-])(\d{2})\2(\d{2})\s?[ \-–]?\s?(\d{4})(?!\d)"),
           re.compile(r"(?<![\d.])(\d{2}) (\d{2}) (\d{2}) (\d{2}) (\d{2})(?!\d)"),
           re.compile(r"(?<![\d.])(\d{4}) (\d{2}) (\d{4})(?!\d)")]
PHONE_RE = re.compile(r"(?<![\d.,/\-])(?:\+45 ?|0045 ?)?(?:\d{8}|\d{2} \d{2} \d{2} \d{2}|\d{2}\.\d{2}\.\d{2}\.\d{2}"
                      r"|\d{2}-\d{2}-\d{2}-\d{2}|\d{4} \d{4})(?![\d])")
FOREIGN_PHONE_RE = re.compile(r"(?<![\w<])\+\d{2,3}[ \-]?\d")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(P.DK_STREETS, key=len, reverse=True))
                       + r") ?\d")
BIRTH_RE = re.compile(r"(?i)(?<!\w)(?:født|f\.|fødselsdato|fødselsdag|dob|born)\s*:?\s*(?:den\s+|d\.\s*)?\d")


def whitelist():
    out = list(P.PUBLIC_NUMBERS) + list(P.ACCOUNTS) + list(P.FIK) + list(P.CVR) + list(P.EAN)
    out += [k[2] for k in P.KOMMUNER]
    return sorted(set(out), key=lambda s: (-len(s), s))


WHITELIST = whitelist()


def date_valid(dd, mm, yy):
    try:
        datetime.date(2000 + int(yy), int(mm), int(dd))
        return True
    except ValueError:
        return False


def repeated_paragraph(text):
    paras = [x.strip() for x in text.split("\n\n") if len(x.strip()) > 40]
    return len(paras) != len(set(paras))


def covered(spans, a, b):
    return any(s["start"] <= a and b <= s["end"] for s in spans)


def validate_text(text, spans, planted):
    """Return None if fine, else a string saying what is wrong."""
    last_end = -1
    for s in spans:
        if s["kind"] not in KINDS + ["institution"]:
            return "bad kind"
        if text[s["start"]:s["end"]] != s["text"]:
            return "offset mismatch"
        if s["start"] < last_end:
            return "overlap or unsorted"
        if s["start"] >= s["end"]:
            return "empty span"
        last_end = s["end"]
    if not planted and spans:
        return "clean text with spans"
    # 1) no unplanted copy of a planted span's text
    seen = {}
    for s in spans:
        if s["text"] in seen:
            continue
        seen[s["text"]] = 1
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not covered(spans, m.start(), m.end()):
                return "unplanted copy of %r" % s["text"]
    # 2) no pool name outside spans
    for m in NAME_RE.finditer(text):
        if not covered(spans, m.start(), m.end()):
            return "pool name outside spans: %r" % m.group(0)
    # blank whitelisted public numbers before the number checks
    masked = text
    for w in WHITELIST:
        masked = masked.replace(w, " " * len(w))
    # 3) no date-shaped 10-digit number outside spans
    for rx in CPR_RES:
        for m in rx.finditer(masked):
            ds = re.sub(r"\D", "", m.group(0))
            if date_valid(ds[0:2], ds[2:4], ds[4:6]) and not covered(spans, m.start(), m.end()):
                return "date-shaped 10-digit look-alike: %r" % m.group(0)
    # 4) phone-shaped numbers outside spans
    for m in PHONE_RE.finditer(masked):
        if not covered(spans, m.start(), m.end()):
            return "phone-shaped number outside spans: %r" % m.group(0)
    for m in FOREIGN_PHONE_RE.finditer(masked):
        if not covered(spans, m.start(), m.end()):
            return "foreign phone-shaped number outside spans: %r" % m.group(0)
    # 5) e-mail signs outside spans
    for m in re.finditer(r"@|snabel-a", text):
        if not covered(spans, m.start(), m.end()):
            return "e-mail sign outside spans"
    # 6) street + number outside spans
    for m in STREET_RE.finditer(text):
        if not covered(spans, m.start(), m.end() - 1):
            return "street address outside spans: %r" % m.group(0)
    # 7) birth-date cue outside spans
    for m in BIRTH_RE.finditer(text):
        if not covered(spans, m.end() - 1, m.end()):
            return "birth cue followed by unplanted digits: %r" % m.group(0)
    return None


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def band_for(i):
    return (i // 6 + i % 6) % 3


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def gen_institutions(rng):
    rows, subs = [], []
    for i in range(N_INST):
        g = i % 6
        tpl = P.INSTITUTION_TEXTS[g * 5 + i // 6]
        for _ in range(200):
            ctx = Ctx(rng, GENRES[g], True)
            pieces = render(ctx, tpl)
            text, spans, ss = assemble(pieces)
            if validate_text(text, spans, True) is None:
                break
        else:
            raise RuntimeError("institution text %d failed" % i)
        rows.append({"id": "%s-i%03d" % (PREFIX, i + 1), "text": text, "planted": spans})
        subs.extend(ss)
    return rows, subs


def main():
    rng = random.Random(SEED)
    planted_rows, clean_rows = [], []
    sub_counts = {k: Counter() for k in KINDS}
    name_flags = Counter()
    for i in range(N_PLANTED):
        genre, band = GENRES[i % 6], band_for(i)
        text, spans, subs, ctx = build(rng, genre, band, True)
        planted_rows.append({"id": "%s-p%03d" % (PREFIX, i + 1), "text": text, "planted": spans})
        for s, sub in zip(spans, subs):
            origin = ""
            if "|" in sub:
                sub, origin = sub.split("|", 1)
            sub_counts[s["kind"]][sub] += 1
            if s["kind"] == "name":
                parts = origin.split("+")
                if origin == "nickname":
                    name_flags["origin: nickname"] += 1
                elif all(x == "dk_common" for x in parts):
                    name_flags["origin: common Danish only"] += 1
                else:
                    name_flags["origin: not (only) common Danish"] += 1
                t = s["text"]
                if t.isupper() and len(t) > 2:
                    name_flags["CAPITALS"] += 1
                if t.islower():
                    name_flags["lower case"] += 1
                if "-" in t:
                    name_flags["hyphenated"] += 1
    for i in range(N_CLEAN):
        genre, band = GENRES[i % 6], band_for(i)
        text, spans, subs, ctx = build(rng, genre, band, False)
        clean_rows.append({"id": "%s-c%03d" % (PREFIX, i + 1), "text": text, "planted": []})
    inst_rows, inst_subs = gen_institutions(rng)

    paths = {n: os.path.join(HERE, n + ".jsonl") for n in ("planted", "clean", "institutions")}
    write_jsonl(paths["planted"], planted_rows)
    write_jsonl(paths["clean"], clean_rows)
    write_jsonl(paths["institutions"], inst_rows)

    check_and_report(paths, sub_counts, name_flags, inst_subs)


def check_and_report(paths, sub_counts, name_flags, inst_subs):
    rows = {}
    for n, p in paths.items():
        with open(p, encoding="utf-8") as f:
            rows[n] = [json.loads(line) for line in f]
    errors = []
    expect = {"planted": (N_PLANTED, "p"), "clean": (N_CLEAN, "c"), "institutions": (N_INST, "i")}
    for n, (cnt, letter) in expect.items():
        if len(rows[n]) != cnt:
            errors.append("%s: %d rows" % (n, len(rows[n])))
        for i, r in enumerate(rows[n]):
            if r["id"] != "%s-%s%03d" % (PREFIX, letter, i + 1):
                errors.append("%s: id gap at %s" % (n, r["id"]))
            if list(r.keys()) != ["id", "text", "planted"]:
                errors.append("%s: keys %s" % (r["id"], list(r.keys())))
            for s in r["planted"]:
                if list(s.keys()) != ["kind", "text", "start", "end"]:
                    errors.append("%s: span keys" % r["id"])
            msg = validate_text(r["text"], r["planted"], n != "clean")
            if msg:
                errors.append("%s: %s" % (r["id"], msg))
            if n == "planted":
                kinds = sorted(set(s["kind"] for s in r["planted"]))
                if not kinds or any(k not in KINDS for k in kinds):
                    errors.append("%s: kinds %s" % (r["id"], kinds))
            if n == "institutions":
                if not r["planted"] or any(s["kind"] != "institution" for s in r["planted"]):
                    errors.append("%s: institution kinds" % r["id"])
    # word bands
    band_count = {"planted": Counter(), "clean": Counter()}
    genre_count = {"planted": Counter(), "clean": Counter()}
    for n in ("planted", "clean"):
        for i, r in enumerate(rows[n]):
            w = len(r["text"].split())
            b = band_for(i)
            lo, hi = BANDS[b]
            if not (lo <= w <= hi):
                errors.append("%s: %d words outside band %s" % (r["id"], w, BAND_NAMES[b]))
            band_count[n][BAND_NAMES[b]] += 1
            if GENRES[i % 6] != "email" and repeated_paragraph(r["text"]):
                errors.append("%s: repeated paragraph" % r["id"])
            genre_count[n][GENRES[i % 6]] += 1
    # planted span texts (non-name kinds) must not occur in clean texts
    clean_blob = "\n".join(r["text"] for r in rows["clean"])
    for r in rows["planted"]:
        for s in r["planted"]:
            if s["kind"] != "name" and s["text"] in clean_blob:
                errors.append("%s: planted %s %r occurs in clean corpus" % (r["id"], s["kind"], s["text"]))
    # ---- targets of the brief
    kind_counts = Counter(s["kind"] for r in rows["planted"] for s in r["planted"])
    total = sum(kind_counts.values())
    if not 3000 <= total <= 4500:
        errors.append("total planted spans %d outside 3000-4500" % total)
    for k, need in (("phone", 250), ("address", 250), ("dob", 250), ("cpr", 120), ("email", 120)):
        if kind_counts[k] < need:
            errors.append("only %d %s spans (need %d)" % (kind_counts[k], k, need))
    # ---- report
    print("files: planted=%d clean=%d institutions=%d" % (len(rows["planted"]), len(rows["clean"]),
                                                           len(rows["institutions"])))
    print("planted spans total: %d" % sum(kind_counts.values()))
    for k in KINDS:
        print("  %-8s %5d" % (k, kind_counts[k]))
    texts_with = Counter()
    for r in rows["planted"]:
        for k in sorted(set(s["kind"] for s in r["planted"])):
            texts_with[k] += 1
    print("planted texts containing each kind: " + ", ".join("%s=%d" % (k, texts_with[k]) for k in KINDS))
    per_genre = {g: Counter() for g in GENRES}
    for i, r in enumerate(rows["planted"]):
        for s in r["planted"]:
            per_genre[GENRES[i % 6]][s["kind"]] += 1
    print("spans per genre:")
    for g in GENRES:
        print("  %-10s " % g + " ".join("%s=%d" % (k, per_genre[g][k]) for k in KINDS))
    for n in ("planted", "clean"):
        ws = [len(r["text"].split()) for r in rows[n]]
        print("%s: bands %s, genres %s, words min/mean/max %d/%.1f/%d" % (
            n, dict(sorted(band_count[n].items())), dict(sorted(genre_count[n].items())),
            min(ws), sum(ws) / float(len(ws)), max(ws)))
    inst_total = sum(len(r["planted"]) for r in rows["institutions"])
    print("institutions: %d texts, %d institution spans; sub-formats %s" % (
        len(rows["institutions"]), inst_total, dict(sorted(Counter(inst_subs).items()))))
    print("sub-format counts:")
    for k in KINDS:
        print("  %s:" % k)
        for sub, c in sorted(sub_counts[k].items(), key=lambda x: (-x[1], x[0])):
            print("    %-28s %4d" % (sub, c))
    print("name flags: " + ", ".join("%s=%d" % (k, v) for k, v in sorted(name_flags.items())))
    multiline = sum(1 for r in rows["planted"] for s in r["planted"] if "\n" in s["text"])
    print("spans containing a line break: %d" % multiline)
    for n, p in sorted(paths.items()):
        print("sha256 %s  %s" % (sha256(p), os.path.basename(p)))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
