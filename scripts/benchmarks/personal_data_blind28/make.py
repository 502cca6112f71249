# -*- coding: utf-8 -*-
"""Generator for the held-out corpus blind28 (Danish child-welfare texts).

Python 3.11 standard library only. One fixed seed, one random.Random instance.
Writes planted.jsonl, clean.jsonl, institutions.jsonl next to this file and runs the checks.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata

import random

from pools import (FIRST, SUR, NICK, KOMMUNER, REGION, STREETS, FOREIGN_ADDR, FOREIGN_PHONE,
                   PRIVATE_MAIL, PUBLIC_NUMBERS, MEDICINES, ICD, INSTITUTIONS, GT, INST_TEMPLATES)

SEED = 28_2028
NEUTRAL_SHARE = 0.55
R = random.Random(SEED)
CORPUS = "blind28"
OUT = os.path.dirname(os.path.abspath(__file__))

BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende",
       "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende",
       "attende", "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende",
       "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte",
       "enogtredivte"]
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs",
        9: "halvfems"}


def da_pair(s):
    """Two digits spoken the Danish way."""
    a, b = int(s[0]), int(s[1])
    if a == 0:
        return "nul " + ONES[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return ("et" if b == 1 else ONES[b]) + "og" + TENS[a]


def asciify(s):
    s = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ı", "i"), ("ł", "l"), ("ð", "d"),
                 ("đ", "d"), ("ß", "ss"), ("'", ""), ("í ", ""), ("á ", "")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9]+", "", s)
    return s


# ============================================================== Doc (text with spans)
class Doc:
    def __init__(self):
        self.parts = []  # (kind or None, text)

    def t(self, s):
        if s:
            self.parts.append((None, s))
        return self

    def p(self, kind, s):
        self.parts.append((kind, s))
        return self

    def add(self, parts):
        self.parts.extend(parts)
        return self

    def text(self):
        return "".join(s for _, s in self.parts)

    def render(self):
        out, spans, pos = [], [], 0
        for kind, s in self.parts:
            if kind is not None:
                spans.append({"kind": kind, "text": s, "start": pos, "end": pos + len(s)})
            out.append(s)
            pos += len(s)
        return "".join(out), spans


def words(parts):
    return len("".join(s for _, s in parts).split())


# ============================================================== formats
def fmt_phone(d, style):
    a, b, c, e = d[0:2], d[2:4], d[4:6], d[6:8]
    return {
        "spaced": f"{a} {b} {c} {e}", "plain": d, "44": f"{d[:4]} {d[4:]}", "dots": f"{a}.{b}.{c}.{e}",
        "dash": f"{a}-{b}-{c}-{e}", "p45": f"+45 {a} {b} {c} {e}", "p45n": f"+45{d}",
        "0045": f"0045 {d}", "p45b": f"+45 {d[:4]} {d[4:]}", "dash44": f"{d[:4]}-{d[4:]}",
        "spoken": " ".join(da_pair(x) for x in (a, b, c, e)),
        "digits": " ".join(ONES[int(x)] for x in d),
    }[style]


PHONE_STYLES = (["spaced"] * 8 + ["plain"] * 4 + ["44"] * 3 + ["dots"] * 2 + ["dash"] * 2 + ["p45"] * 3
                + ["p45n", "0045", "p45b", "dash44"])


def fmt_date(d, style):
    y, m, dd = d.year, d.month, d.day
    return {
        "dot": f"{dd:02d}.{m:02d}.{y}", "dash": f"{dd:02d}-{m:02d}-{y}", "slash": f"{dd:02d}/{m:02d}/{y}",
        "dk_short": f"{dd}/{m}-{y}", "dk_yy": f"{dd:02d}/{m:02d}-{y % 100:02d}", "dot_yy": f"{dd}.{m}.{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{dd:02d}", "long": f"{dd}. {MONTHS[m - 1]} {y}", "en1": f"{dd} {MONTHS_EN[m - 1]} {y}",
        "en2": f"{MONTHS_EN[m - 1]} {dd}, {y}", "mon3": f"{dd:02d} {MON3[m - 1]} {y}",
        "spoken": f"{ORD[dd - 1]} {MONTHS[m - 1]} {y}", "nodot": f"{dd:02d}{m:02d}{y}",
    }[style]


DOB_STYLES = (["dot"] * 8 + ["long"] * 6 + ["iso"] * 3 + ["dash"] * 2 + ["slash"] * 2 + ["dk_short"] * 2
              + ["dk_yy"] * 2 + ["dot_yy", "en1", "en2", "mon3", "spoken"])
MEET_STYLES = ["dot"] * 5 + ["long"] * 6 + ["dk_short"] * 2


def fmt_cpr(c, style):
    d6, s4 = c[:6], c[6:]
    return {
        "dash": f"{d6}-{s4}", "space": f"{d6} {s4}", "plain": c, "dots": f"{d6[:2]}.{d6[2:4]}.{d6[4:]}-{s4}",
        "groups": f"{d6[:2]} {d6[2:4]} {d6[4:]} {s4}", "endash": f"{d6}–{s4}", "spdash": f"{d6} - {s4}",
    }[style]


CPR_STYLES = ["dash"] * 10 + ["space"] * 3 + ["plain"] * 3 + ["dots"] * 2 + ["groups"] * 2 + ["endash", "spdash"]


# ============================================================== persons
class Addr:
    def __init__(self, rng, kom):
        self.street = rng.choice(STREETS)
        self.no = str(rng.randint(1, 160))
        self.letter = rng.choice(["", "", "", "", "A", "B", "C"])
        fl = rng.random()
        if fl < 0.45:
            self.floor = ""
            self.door = ""
        else:
            self.floor = rng.choice(["st.", "1.", "2.", "3.", "4.", "5."])
            self.door = rng.choice(["tv", "th", "mf", "tv.", "th."])
        self.pc, self.town = rng.choice(kom[5])

    def line1(self):
        s = f"{self.street} {self.no}{self.letter}"
        if self.floor:
            s += f", {self.floor} {self.door}"
        return s

    def fmt(self, rng, style):
        if style == "full":
            return f"{self.line1()}, {self.pc} {self.town}"
        if style == "two":
            return f"{self.line1()}\n{self.pc} {self.town}"
        if style == "short":
            return self.line1()
        if style == "pc":
            return f"{self.street} {self.no}{self.letter}, {self.pc}"
        # sloppy
        v = rng.randint(0, 2)
        if v == 0:
            fl = (" " + self.floor.replace(".", "") + self.door.replace(".", "")) if self.floor else ""
            return f"{self.street.lower()} {self.no}{self.letter.lower()}{fl} {self.town.lower()}"
        if v == 1:
            town = self.town.replace("Aarhus", "Århus").replace("Aalborg", "Ålborg")
            fl = f" {self.floor}{self.door}" if self.floor else ""
            return f"{self.street} {self.no}{self.letter}{fl} {self.pc} {town}"
        return f"{self.street.replace('vej', 'vej ').replace('gade', 'gade ').strip()} nr. {self.no}{self.letter}, {self.town}"


class Person:
    def __init__(self, ctx, role, origin, g, age_rng, prof=False, work=None, sur=None, addr=None,
                 first=None):
        rng = ctx.r
        self.ctx, self.role, self.origin, self.g, self.prof = ctx, role, origin, g, prof
        fm = FIRST[origin][0 if g == "m" else 1]
        self.first = first or rng.choice(fm)
        if origin in ("dk", "dk_rare") and rng.random() < 0.15 and " " not in self.first:
            self.first = self.first + " " + rng.choice(FIRST["dk"][0 if g == "m" else 1])
            if self.first.split()[0] == self.first.split()[1]:
                self.first = self.first.split()[0]
        if sur is None:
            so = origin if origin in SUR else "dk"
            if origin in ("dk_rare", "dk_word"):
                so = rng.choice(["dk", "dk", "dk_word"])
            sur = rng.choice(SUR[so])
            if so == "dk" and rng.random() < 0.12:
                sur = rng.choice(SUR["dk_word"]) + " " + sur
        if "|" in sur:
            sur = sur.split("|")[0 if g == "m" else 1]
        self.last = sur
        a0, a1 = age_rng
        age_days = rng.randint(a0 * 365 + 5, a1 * 365 + 360)
        self.born = ctx.ref - dt.timedelta(days=age_days)
        if ctx.conv_dob and origin in ("ar", "af", "so", "er", "ku") and not prof and rng.random() < 0.35:
            self.born = dt.date(self.born.year, 1, 1)
        self.age = (ctx.ref - self.born).days // 365
        while True:
            ph = str(rng.choice([2, 2, 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5, 6])) + "".join(
                str(rng.randint(0, 9)) for _ in range(7))
            if ph[:2] not in ("70", "80", "90") and fmt_phone(ph, "spaced") not in PUBLIC_NUMBERS:
                break
        self.phone = ph
        y = self.born.year
        if y >= 2000:
            d7 = rng.choice([4, 5, 6, 7, 8, 9] if y <= 2036 else [5, 6, 7, 8])
        elif y >= 1937:
            d7 = rng.choice([0, 1, 2, 3, 4, 9])
        else:
            d7 = rng.choice([0, 1, 2, 3])
        last = rng.choice([1, 3, 5, 7, 9] if g == "m" else [0, 2, 4, 6, 8])
        self.cpr_s = self.born.strftime("%d%m%y") + f"{d7}{rng.randint(0, 99):02d}{last}"
        self.addr = addr
        self.work = work
        self.email = self.make_email(rng)
        self.fphone = None
        self.faddr = None
        if True:
            tpl = rng.choice(FOREIGN_PHONE[origin if origin in FOREIGN_PHONE else "se"])
            self.fphone = tpl.format(a=f"{rng.randint(100, 999)}", b=f"{rng.randint(10, 99)}",
                                     c=f"{rng.randint(10, 99)}", c2=f"{rng.randint(10, 99)}")
        self.faddr = rng.choice(FOREIGN_ADDR[origin if origin in FOREIGN_ADDR else "se"])

    def make_email(self, rng):
        f = asciify(self.first.split()[0])
        f_all = asciify(self.first)
        l = asciify(self.last.split()[-1])
        if self.work:
            dom = self.work
            if dom == "politi.dk":
                return f"{f[0]}{l[:2]}{self.first[-1].lower() if self.first[-1].isalpha() else 'x'}{rng.randint(1, 30):03d}@politi.dk"
            v = rng.randint(0, 3)
            if v == 0:
                loc = f"{f}.{l}"
            elif v == 1:
                loc = (f[:2] + l[:2])
            elif v == 2:
                loc = f"{f[0]}{l}"
            else:
                loc = f"{f_all}{l[:1]}"
            return f"{loc}@{dom}"
        dom = rng.choice(PRIVATE_MAIL)
        v = rng.randint(0, 5)
        yy = f"{self.born.year % 100:02d}"
        if v == 0:
            loc = f"{f}.{l}"
        elif v == 1:
            loc = f"{f}{l}{yy}"
        elif v == 2:
            loc = f"{f}_{rng.randint(1, 99)}"
        elif v == 3:
            loc = f"{f[0]}.{l}"
        elif v == 4:
            loc = f"{f_all}-{l}"
        else:
            loc = f"{rng.choice(['mor', 'far', 'familien', 'the', 'mr', 'lil', 'real'])}{f}{yy}"
        return f"{loc}@{dom}"

    # ---- name forms
    def full(self):
        return f"{self.first} {self.last}"

    def initials(self, rng):
        f = self.first.replace("-", " ").split()
        l = self.last.replace("-", " ").split()
        v = rng.randint(0, 2)
        if v == 0:
            return ".".join(x[0].upper() for x in f + l[-1:]) + "."
        if v == 1:
            return (f[0][:2] + l[-1][:2]).upper()
        return (f[0][0] + l[-1][:2]).upper()

    def typo(self, rng):
        n = self.first.split()[0]
        for i in range(1, len(n)):
            if n[i] == n[i - 1]:
                return n[:i] + n[i + 1:]
        swaps = [("ph", "f"), ("k", "c"), ("c", "k"), ("ie", "i"), ("y", "i"), ("i", "y"), ("e", "a")]
        for a, b in swaps:
            if a in n[1:]:
                j = n.index(a, 1)
                return n[:j] + b + n[j + len(a):]
        return n + "h"


GEN_KEYS = {"han": ("han", "hun"), "Han": ("Han", "Hun"), "ham": ("ham", "hende"), "hans": ("hans", "hendes"),
            "dreng": ("drengen", "pigen"), "søn": ("sønnen", "datteren"), "rel": ("far", "mor"),
            "Rel": ("Far", "Mor"), "bror": ("bror", "søster")}


LANG = {"ar": "arabisk", "ku": "sorani", "af": "dari", "er": "tigrinya", "so": "somali", "ua": "ukrainsk",
        "tr": "tyrkisk", "pl": "polsk", "ro": "rumænsk", "ba": "bosnisk", "vn": "vietnamesisk", "th": "thai",
        "ph": "tagalog", "pk": "urdu", "dk": "dansk", "gl": "grønlandsk", "fo": "færøsk", "en": "engelsk"}


def genitive(name):
    """Return parts for a genitive form following the span convention."""
    if name[-1] in "sxzSXZ":
        return [("name", name), (None, "'")]
    return [("name", name + "s")]


# ============================================================== context
class Ctx:
    def __init__(self, rng, genre, clean):
        self.r = rng
        self.genre = genre
        self.clean = clean
        self.P = {}
        self.kom = rng.choice(KOMMUNER)
        self.ref = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 320))
        self.conv_dob = genre == "as"
        reg = REGION[self.kom[3]]
        self.v = {
            "kom": self.kom[0], "kompub": self.kom[2], "politi": self.kom[4], "bhus": reg[0], "hosp": reg[1],
            "lvagt": reg[2], "retsmed": reg[3], "town": rng.choice(self.kom[5])[1],
        }
        self._used_dates = []

    # generated plain values
    def gen(self, key):
        r = self.r
        if key in self.v:
            return self.v[key]
        if key in ("date", "date2", "date3"):
            off = {"date": (-40, 0), "date2": (3, 40), "date3": (-400, -60)}[key]
            d = self.ref + dt.timedelta(days=r.randint(*off))
            st = r.choice(MEET_STYLES)
            s = fmt_date(d, st)
            if st == "long" and r.random() < 0.3:
                s = WEEKDAYS[d.weekday()] + " d. " + s
            self.v[key] = s
            return s
        if key in ("kl", "kl2", "kl3"):
            h = {"kl": (8, 15), "kl2": (9, 17), "kl3": (19, 23)}[key]
            return f"{r.randint(*h):02d}.{r.choice(['00', '15', '30', '45', '10', '20', '40'])}"
        if key == "case":
            return r.choice([f"{r.randint(2023, 2025)}-{r.randint(1000, 99999):05d}",
                             f"S-{r.randint(2024, 2025)}-{r.randint(100, 9999):04d}",
                             f"27.12.{r.randint(0, 20):02d}-G01-{r.randint(1, 999)}-{r.randint(23, 25)}",
                             f"BU-{r.randint(10000, 99999)}"])
        if key == "docno":
            return f"{r.randint(12, 480)}"
        if key == "room":
            return r.choice(["1", "2", "3", "A", "B", "1.12", "2.04", "0.17", "14", "21"])
        if key == "ward":
            return r.choice(["A3", "B1", "J2", "C105", "Børn og Unge 2", "K4", "H6", "D2"])
        if key == "klasse":
            return r.choice(["4.a", "5.b", "6.c", "7.a", "7.b", "8.x", "9.b", "3.a", "6.a", "0.b"])
        if key == "icd":
            c, n = r.choice(ICD)
            return f"{c}, {n}"
        if key in ("med", "med2"):
            return r.choice(MEDICINES)
        if key == "medd":
            return r.choice([x for x in MEDICINES if x not in ("EpiPen", "Buccolam", "Panodil")])
        if key == "brand":
            return r.choice(["Permobil", "Invacare", "Etac", "Ottobock", "Sunrise Medical", "Handicare"])
        if key == "place":
            return r.choice(["Banegårdspladsen", "Torvet", "indkøbscentret", "stationen", "Stationsvej",
                             "Vestergade", "den gamle skole", "havnen", "Bytorvet", "boldbanerne"])
        if key == "camp":
            v = r.choice(["Bornholm", "Skagen", "Rømø", "Møn", "Fanø", "Ærø", "Samsø", "Berlin", "Læsø",
                          "Vadehavet", "Mols Bjerge", "Thy"])
            self.v["camp"] = v
            return v
        if key == "attraction":
            return r.choice(["Jyllands Park Zoo", "Fårup Sommerland", "Experimentarium", "Den Gamle By",
                             "Nationalpark Thy", "Vadehavscentret", "Kongernes Jelling", "Moesgaard Museum"])
        if key in ("amount", "amount2"):
            return r.choice([f"{r.randint(4, 29) * 50:,}".replace(",", "."),
                             f"{r.randint(10, 95) * 1000:,}".replace(",", ".")]) if key == "amount2" else \
                f"{r.randint(6, 60) * 50:,}".replace(",", ".")
        if key == "month":
            return r.choice(MONTHS)
        if key == "year":
            return str(r.randint(2019, 2024))
        if key == "lang":
            return r.choice(["arabisk", "sorani", "kurmanji", "dari", "pashto", "tigrinya", "somali",
                             "ukrainsk", "farsi"])
        if key == "country":
            return r.choice(["Syrien", "Afghanistan", "Eritrea", "Somalia", "Irak", "Ukraine", "Iran",
                             "Tyrkiet", "Libanon", "Etiopien"])
        if key == "tolknr":
            return f"T-{r.randint(1000, 9999)}"
        if key == "uis":
            return r.choice([f"UIS {r.randint(20, 25)}-{r.randint(100000, 999999)}",
                             f"ID-nr. {r.randint(1000, 9999)}-{r.randint(100, 999)}"])
        if key == "idnr":
            return f"{r.randint(20, 25)}-{r.randint(100000, 999999)}"
        if key == "cvr":
            return cvr(r)
        if key == "ean":
            return "57980" + "".join(str(r.randint(0, 9)) for _ in range(8))
        if key == "dis":
            return self.v.setdefault("dis", r.choice(
                ["dissemineret sklerose", "en rygmarvsskade efter en trafikulykke", "et svært synshandicap",
                 "en erhvervet hjerneskade", "ALS", "cerebral parese", "muskelsvind", "svær leddegigt"]))
        m = re.fullmatch(r"n(\d*)", key)
        if m and key in self.v:
            return self.v[key]
        if m:
            rngs = {"": (4, 15), "2": (2, 17), "3": (20, 90), "4": (40, 168), "5": (3, 25), "6": (14, 19),
                    "7": (4, 11), "8": (3, 30), "9": (18, 28), "10": (2, 5), "11": (12, 14), "12": (55, 120)}
            self.v[key] = str(r.randint(*rngs[m.group(1)]))
            return self.v[key]
        if key in ("p1", "p2"):
            return str(r.randint(85, 97) if key == "p1" else r.randint(55, 80))
        raise KeyError(key)

    def person_parts(self, who, attr):
        if self.clean:
            raise KeyError(f"person {who} in clean text")
        p = self.P[who]
        r = self.r
        if attr == "":
            return [("name", p.full())]
        if attr == "f":
            return [("name", p.first)]
        if attr == "f1":
            return [("name", p.first.split()[0])]
        if attr == "l":
            return [("name", p.last)]
        if attr == "n":
            return [("name", p.full() if r.random() < 0.5 else p.first)]
        if attr == "lf":
            return [("name", f"{p.last}, {p.first}")]
        if attr == "caps":
            return [("name", p.full().upper())]
        if attr == "lcaps":
            return [("name", p.last.upper())]
        if attr == "low":
            return [("name", p.first.lower())]
        if attr == "init":
            if not hasattr(p, "_init"):
                p._init = p.initials(r)
            return [("name", p._init)]
        if attr == "nick":
            return [("name", NICK.get(p.first, p.first.split()[0]))]
        if attr == "typo":
            return [("name", p.typo(r))]
        if attr == "fg":
            return genitive(p.first)
        if attr == "lg":
            return genitive(p.last)
        if attr == "g":
            return genitive(p.full())
        if attr == "Hr":
            return [(None, ("Hr. " if p.g == "m" else "Fru "))] + [("name", p.last)]
        if attr == "hr":
            return [(None, ("hr. " if p.g == "m" else "fru "))] + [("name", p.last)]
        if attr == "dr":
            return [(None, "dr. ")] + [("name", p.last)]
        if attr == "tlf":
            return [("phone", fmt_phone(p.phone, r.choice(PHONE_STYLES)))]
        if attr == "tlfs":
            return [("phone", fmt_phone(p.phone, r.choice(["spoken", "digits"])))]
        if attr == "ftlf":
            return [("phone", p.fphone)]
        if attr == "mail":
            return [("email", p.email)]
        if attr == "mails":
            sp = p.email.replace(".", " punktum ").replace("@", " snabel-a ").replace("-", " bindestreg ") \
                .replace("_", " understreg ")
            return [("email", sp)]
        if attr in ("adr", "adr2", "adrs", "adrx", "adrpc"):
            st = {"adr": r.choice(["full"] * 4 + ["pc", "sloppy"]), "adr2": "two", "adrs": "short",
                  "adrx": "sloppy", "adrpc": "pc"}[attr]
            return [("address", p.addr.fmt(r, st))]
        if attr == "fadr":
            return [("address", p.faddr)]
        if attr == "dob":
            return [("dob", fmt_date(p.born, r.choice(DOB_STYLES)))]
        if attr == "dobx":  # numeric dob only
            return [("dob", fmt_date(p.born, r.choice(["dot", "dot", "iso", "dash", "dk_yy"])))]
        if attr == "cpr":
            return [("cpr", fmt_cpr(p.cpr_s, r.choice(CPR_STYLES)))]
        if attr == "age":
            return [(None, f"{p.age} år")]
        if attr == "agen":
            return [(None, str(p.age))]
        if attr == "sprog":
            return [(None, LANG.get(p.origin, "engelsk"))]
        if attr in GEN_KEYS:
            return [(None, GEN_KEYS[attr][0 if p.g == "m" else 1])]
        raise KeyError(f"{who}.{attr}")

    def resolve(self, key):
        if key.startswith("="):
            return [(None, self.r.choice(key[1:].split("|")))]
        if "." in key:
            who, attr = key.split(".", 1)
        else:
            who, attr = key, ""
        if who in self.P or (not self.clean and who in self.roles_expected):
            return self.person_parts(who, attr)
        return [(None, self.gen(key))]

    roles_expected = ()


def cvr(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(6)]
        w = [2, 7, 6, 5, 4, 3, 2]
        s = sum(a * b for a, b in zip(d, w))
        c = (11 - s % 11) % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


TOKEN = re.compile(r"\{([^{}]+)\}")


def fill(ctx, tpl):
    """Render a template string into parts."""
    parts, pos = [], 0
    for m in TOKEN.finditer(tpl):
        if m.start() > pos:
            parts.append((None, tpl[pos:m.start()]))
        parts.extend(ctx.resolve(m.group(1)))
        pos = m.end()
    if pos < len(tpl):
        parts.append((None, tpl[pos:]))
    return [(k, s) for k, s in parts if s != "" or k is not None]


# ============================================================== frames
def assemble(ctx, head, blocks, tail, band, sep):
    """head/tail: parts; blocks: iterator of parts. Returns parts or None."""
    lo, hi = BANDS[band]
    span = hi - lo
    target = ctx.r.randint(lo + span // 10, lo + (span * 3) // 5)
    body = []
    wc = words(head) + words(tail)
    for b in blocks:
        bw = words(b)
        if wc + bw > hi:
            continue
        if body:
            body.append((None, sep))
        body.extend(b)
        wc += bw
        if wc >= target:
            break
    if wc < lo or wc > hi:
        return None
    out = list(head) + body + list(tail)
    return out


def pool_iter(ctx, pool, limit=60):
    items = list(pool)
    ctx.r.shuffle(items)
    for i, tpl in enumerate(items[:limit]):
        yield fill(ctx, tpl) if isinstance(tpl, str) else tpl(ctx)


def chain(*its):
    for it in its:
        yield from it


def paragraphs(ctx, pool):
    """Group sentences into paragraphs of 1-3 sentences."""
    items = list(pool)
    ctx.r.shuffle(items)
    i = 0
    while i < len(items):
        k = ctx.r.randint(1, 3)
        grp = []
        for tpl in items[i:i + k]:
            if grp:
                grp.append((None, " "))
            grp.extend(fill(ctx, tpl))
        i += k
        yield grp


def head_title(ctx, g, clean):
    t = ctx.r.choice(g["ctitle" if clean else "title"])
    return fill(ctx, t)


def frame_prose(ctx, g, clean, band):
    pool = g["cprose" if clean else "mprose"]
    head = head_title(ctx, g, clean) + [(None, "\n\n")]
    return assemble(ctx, head, paragraphs(ctx, pool), [], band, "\n\n")


def frame_kv(ctx, g, clean, band):
    kv = g["ckv" if clean else "mkv"]
    head = head_title(ctx, g, clean) + [(None, "\n")]
    if ctx.r.random() < 0.5:
        head = head + fill(ctx, ctx.r.choice(["Dato: {date}\n", "Oprettet: {date} kl. {kl}\n",
                                              "Sagsnr.: {case}\n", "Journalnr.: {case}\n"]))
    pool = g["cprose" if clean else "mprose"]
    lab = ctx.r.choice(["Bemærkninger:", "Vurdering:", "Supplerende oplysninger:", "Noter:"])

    def rem():
        for k, s in enumerate(ctx.r.sample(pool, min(10, len(pool)))):
            yield [(None, f"\n{lab}\n" if k == 0 else "")] + fill(ctx, s)

    return assemble(ctx, head, chain(pool_iter(ctx, kv), rem()), [], band, "\n")


def frame_list(ctx, g, clean, band):
    li = g["clist" if clean else "mlist"]
    intro = ctx.r.choice(g["clistintro" if clean else "listintro"])
    head = head_title(ctx, g, clean) + [(None, "\n")] + fill(ctx, intro) + [(None, "\n")]
    bullet = ctx.r.choice(["- ", "• ", "* ", "– "])
    numbered = ctx.r.random() < 0.25

    def gen():
        n = 0
        for parts in chain(pool_iter(ctx, li), pool_iter(ctx, g["cprose" if clean else "mprose"])):
            n += 1
            yield [(None, f"{n}. " if numbered else bullet)] + parts

    return assemble(ctx, head, gen(), [], band, "\n")


def frame_table(ctx, g, clean, band):
    spec = g["ctable" if clean else "table"]
    head = fill(ctx, ctx.r.choice(spec["title"])) + [(None, "\n")]
    hdr = spec["hdr"]
    if "rows" in spec:
        rows = list(spec["rows"])
    else:
        rows = [[c.replace("#", str(i + 1)) for c in spec["row"]] for i in range(spec["max"])]
    sep = ctx.r.choice([" | ", "\t", " ; "])
    head = head + [(None, sep.join(hdr) + "\n")]
    if sep == " | " and ctx.r.random() < 0.5:
        head = head + [(None, " | ".join("---" for _ in hdr) + "\n")]
    pool = g["cprose" if clean else "mprose"]

    def gen():
        for cells in rows:
            row = []
            for j, c in enumerate(cells):
                if j:
                    row.append((None, sep))
                row.extend(fill(ctx, c))
            yield row
        for k, s in enumerate(ctx.r.sample(pool, min(9, len(pool)))):
            yield [(None, "\nNoter:\n" if k == 0 else "")] + fill(ctx, s)

    return assemble(ctx, head, gen(), [], band, "\n")


def frame_log(ctx, g, clean, band):
    r = ctx.r
    base = [x for x in g["clog" if clean else "log"] if r.random() < 0.85]  # keep written (chronological) order
    extra = list(g["cprose"]) if clean else [x for x in g["mprose"] if x not in g["log"]]
    r.shuffle(extra)
    items = list(base)
    for x in extra[:max(6, len(base))]:
        items.insert(r.randint(0, len(items)), x)
    head = head_title(ctx, g, clean) + [(None, "\n")] + fill(ctx, r.choice(
        ["{date}\n", "Dato: {date}\n", "Log for {date}\n", ""]))
    times = sorted(r.sample(range(7 * 4, 23 * 4), len(items)))
    fmt = r.choice(["kl. {t}  ", "{t} ", "[{t}] ", "{t} – "])
    sig = g["sigkey"] if (not clean and r.random() < 0.6) else ""

    def gen():
        for tpl, q in zip(items, times):
            t = f"{q // 4:02d}.{(q % 4) * 15:02d}"
            parts = [(None, fmt.format(t=t))] + fill(ctx, tpl)
            if sig and r.random() < 0.5:
                parts += [(None, " /")] + ctx.resolve(sig + ".init")
            yield parts

    return assemble(ctx, head, gen(), [], band, "\n")


def frame_msg(ctx, g, clean, band):
    r = ctx.r
    if band != "short" or r.random() < 0.55:  # e-mail
        if clean:
            frm, to = r.choice(g["cmsghdr"])
            head = fill(ctx, f"Fra: {frm}\nTil: {to}\nSendt: {{date}} {{kl}}\nEmne: ") + fill(
                ctx, r.choice(g["csubj"])) + [(None, "\n\n")]
            head += [(None, r.choice(["Hej\n\n", "Kære kollega\n\n", "Hej alle\n\n", "Til orientering:\n\n"]))]
            tail = [(None, "\n\n" + r.choice(["Venlig hilsen\n", "Mvh.\n", "Hilsen\n"]))] + fill(ctx, frm)
            pool = g["cprose"] + g.get("cmsg", [])
        else:
            a, b = r.choice(g["msgpair"])
            head = [(None, "Fra: ")] + ctx.resolve(a) + [(None, " <")] + ctx.resolve(a + ".mail") + [
                (None, ">\nTil: ")] + ctx.resolve(b + ".mail") + fill(ctx, "\nSendt: {date} {kl}\nEmne: ") + fill(
                ctx, r.choice(g["subj"])) + [(None, "\n\n")]
            head += [(None, r.choice(["Hej ", "Kære ", "Hej "]))] + ctx.resolve(b + ".f1") + [(None, "\n\n")]
            tail = [(None, "\n\n" + r.choice(["Venlig hilsen\n", "Mvh.\n", "Hilsen\n", "VH\n"]))] + \
                ctx.resolve(a + (".f1" if r.random() < 0.4 else "")) + (
                    [(None, "\nTlf. ")] + ctx.resolve(a + ".tlf") if r.random() < 0.6 else [])
            pool = g["mprose"] + g.get("msg", [])
        return assemble(ctx, head, pool_iter(ctx, pool), tail, band, " " if r.random() < 0.5 else "\n")
    # SMS / chat thread
    lines = g["csms" if clean else "sms"]
    head = fill(ctx, r.choice(["Kopi af sms-tråd, indsat {date}:\n", "SMS-korrespondance (indsat i journal)\n",
                               "Beskeder fra {date}:\n", "Udskrift af beskeder\n"]))
    items = list(lines)  # conversation order is kept
    times = sorted(r.sample(range(7 * 60, 23 * 60), len(items)))

    def gen():
        for tpl, t in zip(items, times):
            stamp = f"[{t // 60:02d}:{t % 60:02d}] " if r.random() < 0.8 else f"{t // 60:02d}.{t % 60:02d} "
            yield [(None, stamp)] + fill(ctx, tpl)

    return assemble(ctx, head, gen(), [], band, "\n")


def frame_letter(ctx, g, clean, band):
    r = ctx.r
    if clean:
        head = fill(ctx, g.get("lethead", "{kom} Kommune\nBørn og Unge, Myndighed\n\n").rstrip("\n") + "\nTlf. {kompub}\n\n") + fill(
            ctx, r.choice(["Til forældremyndighedsindehaverne\n(sendt via Digital Post)\n\n",
                           "Til borgeren (sendt via Digital Post)\n\n", "Til forældrene\n\n"])) + fill(
            ctx, "{kom}, {date}\n\nVedr.: ") + fill(ctx, r.choice(g["csubj"])) + [(None, "\n\n")]
        head += fill(ctx, r.choice(["Kære forældre\n\n", "Til rette vedkommende\n\n", "Kære borger\n\n", ""]))
        head += fill(ctx, g["cletopen"]) + [(None, "\n\n")]
        tail = [(None, "\n\nHar I spørgsmål, er I velkomne til at kontakte os på hovednummeret.\n\nMed venlig hilsen\n\n")] + fill(
            ctx, g.get("clsign", "Myndighedsrådgiver\nBørn og Unge, {kom} Kommune"))
        pool = g["cprose"]
    else:
        rc = g["rcpt"]
        sg = g["signer"]
        head = fill(ctx, g.get("lethead", "{kom} Kommune\nBørn og Unge, Myndighed\n\n")) + ctx.resolve(rc) + [(None, "\n")] + \
            ctx.resolve(rc + ".adr2") + fill(ctx, "\n\n{kom}, {date}\n\nVedr.: ") + fill(
            ctx, r.choice(g["subj"])) + [(None, "\n\n")]
        head += [(None, "Kære ")] + ctx.resolve(rc + ".f1") + [(None, "\n\n")]
        head += fill(ctx, g["letopen"]) + [(None, "\n\n")]
        tail = [(None, "\n\nHar du spørgsmål, er du velkommen til at kontakte mig.\n\nMed venlig hilsen\n\n")] + ctx.resolve(sg) + [(None, "\n")] + fill(
            ctx, g["signtitle"]) + [(None, "\nDirekte tlf. ")] + ctx.resolve(sg + ".tlf") + [
            (None, "\nE-mail: ")] + ctx.resolve(sg + ".mail")
        pool = g["mprose"]
    return assemble(ctx, head, paragraphs(ctx, pool), tail, band, "\n\n")


FRAMES = {"prose": frame_prose, "kv": frame_kv, "list": frame_list, "table": frame_table,
          "log": frame_log, "msg": frame_msg, "letter": frame_letter}
STYLES = list(FRAMES)



# ============================================================== casts
PROF_ORIG = (["dk"] * 14 + ["dk_rare"] * 2 + ["dk_word"] * 2 +
             ["gl", "fo", "tr", "ar", "pk", "pl", "ba", "so", "ku", "en", "vn", "ph", "ua", "ro", "er", "af", "th"])
ALL_ORIG = sorted(FIRST)
FAM_ORIG = {
    "bh": ["dk"] * 7 + ["dk_rare", "dk_word", "gl", "fo", "tr", "ar", "pl", "ro", "en", "th", "ph", "so", "ku",
                        "ba", "vn", "ua"],
    "hc": ["dk"] * 7 + ["dk_rare", "dk_word", "dk_word", "gl", "gl", "fo", "tr", "pl", "ba", "vn", "en", "pk", "ua"],
    "gr": ["ar", "ar", "so", "so", "ku", "tr", "tr", "pk", "af", "ba", "dk", "dk", "dk_word", "er", "ro"],
    "as": ["ar", "ar", "ku", "af", "af", "er", "so", "ua", "ku"],
    "cp": ["dk"] * 12 + ALL_ORIG,
    "fk": ["dk"] * 6 + ["dk_rare", "dk_word", "tr", "ar", "pl", "ro", "so", "th", "ph", "gl", "fo", "pk", "ba", "vn"],
}
REG_DOMAIN = {"M": "rm.dk", "H": "regionh.dk", "N": "rn.dk", "S": "rsyd.dk"}


def mk(ctx, role, origin, g, ages, work=None, sur=None, addr=None, prof=False):
    rng = ctx.r
    if g is None:
        g = rng.choice("mf")
    if origin is None:
        origin = rng.choice(PROF_ORIG if prof or work else ALL_ORIG)
    used = ctx.__dict__.setdefault("used_first", set())
    for _ in range(30):
        p = Person(ctx, role, origin, g, ages, prof=prof or bool(work), work=work, sur=sur, addr=addr)
        key = p.first.split()[0]
        if key not in used and p.full() not in used:
            break
    used.add(p.first.split()[0])
    if addr is None:
        p.addr = Addr(rng, ctx.kom)
    ctx.P[role] = p
    return p


def pick_fam(ctx):
    o = ctx.r.choice(FAM_ORIG[ctx.genre])
    o2 = o if ctx.r.random() < 0.75 else ctx.r.choice(FAM_ORIG[ctx.genre])
    return o, o2


def profs(ctx, roles):
    kd = ctx.kom[1]
    dom = {"pol": "politi.dk", "vaf": "politi.dk", "læge": REG_DOMAIN[ctx.kom[3]], "rk": "rodekors.dk",
           "arbl": "bpa-hjaelp.dk", "adv": "advokathuset-vest.dk"}
    for r_ in roles:
        mk(ctx, r_, None, None, (28, 63), work=dom.get(r_, kd))


def cast_bh(ctx, P):
    r = ctx.r
    o, o2 = pick_fam(ctx)
    home = Addr(r, ctx.kom)
    mor = mk(ctx, "mor", o, "f", (24, 45), addr=home)
    far = mk(ctx, "far", o2, "m", (26, 52))
    mk(ctx, "barn", o, None, (4, 15), sur=r.choice([far.last, mor.last]), addr=home)
    mk(ctx, "bror", o, "m", (2, 17), sur=mor.last, addr=home)
    mk(ctx, "mist", r.choice(ALL_ORIG), "m", (22, 64))
    mk(ctx, "mormor", o, "f", (52, 78))
    mk(ctx, "farmor", o2, "f", (52, 80), sur=far.last)
    profs(ctx, ["sb", "koll", "bhk", "lærer", "sp", "pol", "vaf", "læge"])


def cast_hc(ctx, P):
    r = ctx.r
    o, o2 = pick_fam(ctx)
    home = Addr(r, ctx.kom)
    g = r.choice("mf")
    syg = mk(ctx, "syg", o, g, (30, 52), addr=home)
    rask = mk(ctx, "rask", o2, "f" if g == "m" else "m", (30, 54))
    mk(ctx, "barn", o, None, (8, 17), sur=r.choice([syg.last, rask.last]), addr=home)
    mk(ctx, "bror", o, "m", (4, 10), sur=syg.last, addr=home)
    mk(ctx, "morfar", o, "m", (58, 82))
    for h in ("hj1", "hj2", "hj3"):
        mk(ctx, h, None, None, (20, 60))
    mk(ctx, "tegn", None, None, (28, 60))
    profs(ctx, ["arbl", "hk", "sb", "sp", "lærer"])


def cast_gr(ctx, P):
    r = ctx.r
    o, o2 = pick_fam(ctx)
    home = Addr(r, ctx.kom)
    mor = mk(ctx, "mor", o, "f", (36, 52), addr=home)
    far = mk(ctx, "far", o2, "m", (38, 58))
    mk(ctx, "ung", o, "m" if r.random() < 0.85 else "f", (14, 17), sur=far.last, addr=home)
    mk(ctx, "bror", o, "m", (18, 25), sur=far.last)
    mk(ctx, "onkel", o2, "m", (35, 60))
    mk(ctx, "ven1", r.choice(FAM_ORIG["gr"]), "m", (14, 18))
    mk(ctx, "ven2", r.choice(FAM_ORIG["gr"]), "m", (18, 24))
    mk(ctx, "ven3", r.choice(FAM_ORIG["gr"]), None, (15, 20))
    profs(ctx, ["mentor", "ssp", "pol", "lærer", "exit", "sb"])


def cast_as(ctx, P):
    r = ctx.r
    o = r.choice(FAM_ORIG["as"])
    far = mk(ctx, "far", o, "m", (26, 50))
    home = far.addr
    mor = mk(ctx, "mor", o, "f", (22, 45), addr=home)
    mk(ctx, "barn", o, None, (7, 15), sur=far.last, addr=home)
    mk(ctx, "barn2", o, None, (3, 11), sur=far.last, addr=home)
    mk(ctx, "barn3", o, None, (0, 1), sur=far.last, addr=home)
    mk(ctx, "slægt", o, "m", (28, 65), sur=far.last if r.random() < 0.6 else None)
    mk(ctx, "moster", o, "f", (25, 55))
    mk(ctx, "tolk", r.choice([o, o, "ar", "ku", "af", "dk"]), None, (25, 60))
    profs(ctx, ["rk", "sb", "sp", "adv", "lærer"])


def cast_cp(ctx, P):
    r = ctx.r
    base_age = r.randint(9, 14)
    for i in range(1, 9):
        o = r.choice(FAM_ORIG["cp"])
        pg = {1: "f", 7: "f", 8: "f", 3: "m"}.get(i, r.choice("mf"))
        par = mk(ctx, f"p{i}", o, pg, (29, 52))
        kid_sur = par.last if r.random() < 0.8 else None
        mk(ctx, f"b{i}", o, None, (base_age, base_age), sur=kid_sur, addr=par.addr)
    mk(ctx, "p3b", ctx.P["p3"].origin, "f", (58, 80), sur=ctx.P["p3"].last)
    mk(ctx, "chauf", None, None, (30, 64))
    mk(ctx, "vært", None, None, (35, 70))
    profs(ctx, ["leder", "lærer", "pæd"])


def cast_fk(ctx, P):
    r = ctx.r
    o, o2 = pick_fam(ctx)
    home = Addr(r, ctx.kom)
    b = mk(ctx, "borger", o, "f", (24, 46), addr=home)
    p = mk(ctx, "partner", o2, "m", (25, 52))
    mk(ctx, "barn", o, None, (3, 15), sur=r.choice([b.last, p.last]), addr=home)
    mk(ctx, "barn2", o, None, (1, 12), sur=r.choice([b.last, p.last]), addr=home)
    mk(ctx, "pmor", o2, "f", (48, 78), sur=p.last)
    mk(ctx, "udlejer", None, None, (35, 75))
    mk(ctx, "nabo", None, None, (25, 80))
    profs(ctx, ["kontr", "kontr2", "sb"])


CASTS = {"bh": cast_bh, "hc": cast_hc, "gr": cast_gr, "as": cast_as, "cp": cast_cp, "fk": cast_fk}
ROLE_LABEL = re.compile(r"Barn [ABC]\b|Elev \d|Elev #|Hjælper \d|hjælper \d|den unge|Den unge|forælder|Forælder")


def neutral(items):
    """Clean items that read naturally inside a text about named persons."""
    return [x for x in items if not ROLE_LABEL.search(x)]


def _wset(s):
    return {w for w in re.findall(r"[a-zæøå]{3,}", re.sub(r"\{[^{}]*\}", " ", s.lower()))}


def parallel(c, planted):
    """True when a neutral item retells a planted item (avoid saying the same thing twice)."""
    a = _wset(c)
    for p in planted:
        b = _wset(p)
        if a and b and len(a & b) / min(len(a), len(b)) >= 0.5:
            return True
    return False


def mixed(gt, pk, ck, share):
    """Planted pool mixed with neutral (span-free) items; share = wanted fraction of neutral items."""
    p = list(gt[pk])
    c = [x for x in neutral(gt[ck]) if not parallel(x, gt["prose"] + gt.get(pk, []))]
    n = int(round(len(p) * share / (1 - share)))
    return p + c[:max(0, min(n, len(c)))]


GENRES = {}
for _k in ["bh", "hc", "gr", "as", "cp", "fk"]:
    _g = dict(GT[_k], cast=CASTS[_k])
    _g["mprose"] = mixed(GT[_k], "prose", "cprose", NEUTRAL_SHARE)
    _g["mkv"] = mixed(GT[_k], "kv", "ckv", NEUTRAL_SHARE)
    _g["mlist"] = mixed(GT[_k], "list", "cprose", NEUTRAL_SHARE)
    GENRES[_k] = _g

# ============================================================== building texts
def make_text(genre, style, band, clean):
    g = GENRES[genre]
    for attempt in range(400):
        ctx = Ctx(R, genre, clean)
        if not clean:
            ctx.roles_expected = ()
            g["cast"](ctx, Person)
        parts = FRAMES[style](ctx, g, clean, band)
        if parts is None:
            continue
        d = Doc().add(parts)
        text, spans = d.render()
        yield text, spans


# ============================================================== checks
def build_pool_regex():
    names = {}  # dict as ordered set
    for o in sorted(FIRST):
        for n in FIRST[o][0] + FIRST[o][1]:
            names[n] = 1
    for o in sorted(SUR):
        for s in SUR[o]:
            for x in s.split("|"):
                names[x] = 1
    for k in sorted(NICK):
        names[NICK[k]] = 1
    forms = {}
    for n in names:
        forms[n] = 1
        forms[n.upper()] = 1
    forms = sorted(forms, key=lambda x: (-len(x), x))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in forms) + r")(?!\w)")


POOL_RE = build_pool_regex()
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(STREETS, key=lambda x: (-len(x), x)))
                       + r")\s*(?:nr\.\s*)?\d", re.I)
PHONE_RES = [
    re.compile(r"(?<![\w+])\+\d{1,3}[ ]?\(?\d[\d .\-()]{4,16}\d(?!\w)"),
    re.compile(r"(?<![\w+])00\d{2,3}[ ]\d[\d .\-]{4,14}\d(?!\w)"),
    re.compile(r"(?<![\w.,\-])\d{8}(?![\w])"),
    re.compile(r"(?<![\w.,\-])\d{2}([ .\-])\d{2}\1\d{2}\1\d{2}(?![\w]|[.\-]\d)"),
    re.compile(r"(?<![\w.,\-])\d{4}[ \-]\d{4}(?![\w]|[.\-]\d)"),
    re.compile(r"(?<![\w.,\-])\d{3} \d{2} \d{3}(?!\w)"),
]
CPR_RE = re.compile(r"(?<![\w.])(\d{2})[. ]?(\d{2})[. ]?(\d{2})\s?[-–]?\s?(\d{4})(?!\w)")
FOED_RE = re.compile(r"(?<!\w)(?:født|f\.|fødselsdato:?|Født|Fødselsdato:?|F\.)\s*(?=\d)")
CVR_CTX = re.compile(r"(?:CVR|CVR-nr\.|CVR nr\.)[: ]*$")


def inside(spans, a, b, kinds=None):
    for s in spans:
        if s["start"] <= a and b <= s["end"] and (kinds is None or s["kind"] in kinds):
            return True
    return False


def check_record(rec, allowed, band_of):
    errs = []
    text, spans = rec["text"], rec["planted"]
    prev = -1
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            errs.append(f"offset {s}")
        if s["text"] != s["text"].strip() or not s["text"]:
            errs.append(f"whitespace {s}")
        if s["start"] < prev:
            errs.append(f"overlap/sort {s}")
        prev = s["end"]
        if s["kind"] not in allowed:
            errs.append(f"kind {s['kind']}")
    lo, hi = band_of
    wc = len(text.split())
    if not lo <= wc <= hi:
        errs.append(f"words {wc} not in {band_of}")
    # unplanted copies
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not inside(spans, m.start(), m.end()):
                errs.append(f"unplanted copy {s['text']!r}")
    for m in POOL_RE.finditer(text):
        if not inside(spans, m.start(), m.end()):
            errs.append(f"pool name outside span {m.group(0)!r}")
    for rx in PHONE_RES:
        for m in rx.finditer(text):
            v = m.group(0)
            if inside(spans, m.start(), m.end(), ("phone", "cpr")):
                continue
            if v in PUBLIC_NUMBERS or CVR_CTX.search(text[max(0, m.start() - 14):m.start()]):
                continue
            yr = re.fullmatch(r"(\d{4})[ \-](\d{4})", v)
            if yr and 1990 <= int(yr.group(1)) <= 2035 and 1990 <= int(yr.group(2)) <= 2035:
                continue
            errs.append(f"phone-shaped outside span {v!r}")
    for m in CPR_RE.finditer(text):
        dd, mm = int(m.group(1)), int(m.group(2))
        if 1 <= dd <= 31 and 1 <= mm <= 12 and not inside(spans, m.start(), m.end(), ("cpr", "phone")):
            errs.append(f"cpr-shaped outside span {m.group(0)!r}")
    for m in re.finditer("@", text):
        if not inside(spans, m.start(), m.end(), ("email",)):
            errs.append("@ outside email")
    for m in STREET_RE.finditer(text):
        if not inside(spans, m.start(), m.end(), ("address",)):
            errs.append(f"street+number outside address {m.group(0)!r}")
    for m in FOED_RE.finditer(text):
        if not inside(spans, m.end(), m.end() + 1):
            errs.append(f"født + unplanted digits at {m.start()}")
    return errs


# ============================================================== main
def plan(n):
    specs = []
    for k in range(n):
        genre = list(GENRES)[k % 6]
        band = ["short", "medium", "long"][(k // 6) % 3]
        specs.append([genre, band])
    # styles: balanced per genre
    by_g = {}
    for sp in specs:
        by_g.setdefault(sp[0], []).append(sp)
    for gname in GENRES:
        sts = (STYLES * 6)[:len(by_g[gname])]
        R.shuffle(sts)
        for sp, st in zip(by_g[gname], sts):
            sp.append(st)
    R.shuffle(specs)
    return specs


def main():
    planted, clean, inst = [], [], []
    specs = plan(240)
    for i, (genre, band, style) in enumerate(specs, 1):
        rid = f"{CORPUS}-p{i:03d}"
        ok = False
        last_errs = None
        for text, spans in make_text(genre, style, band, False):
            rec = {"id": rid, "text": text, "planted": spans}
            errs = check_record(rec, {"name", "phone", "email", "address", "dob", "cpr"}, BANDS[band])
            if not errs and not any(text == p["text"] for p in planted):
                rec["_meta"] = (genre, band, style)
                planted.append(rec)
                ok = True
                break
            last_errs = errs
        if not ok:
            sys.exit(f"could not draw {rid} {genre} {style} {band}: {last_errs}")
    sensitive = {}
    for p in planted:
        for s in p["planted"]:
            if s["kind"] in ("phone", "address", "dob", "cpr", "email"):
                sensitive[s["text"]] = 1
    sens_sorted = sorted(sensitive)
    specs = plan(240)
    for i, (genre, band, style) in enumerate(specs, 1):
        rid = f"{CORPUS}-c{i:03d}"
        ok = False
        last_errs = None
        for text, spans in make_text(genre, style, band, True):
            rec = {"id": rid, "text": text, "planted": spans}
            errs = check_record(rec, set(), BANDS[band])
            errs += [f"planted text in clean: {s!r}" for s in sens_sorted if s in text]
            if not errs and not any(text == c["text"] for c in clean):
                rec["_meta"] = (genre, band, style)
                clean.append(rec)
                ok = True
                break
            last_errs = errs
        if not ok:
            sys.exit(f"could not draw {rid}: {last_errs}")
    for i in range(1, 31):
        rid = f"{CORPUS}-i{i:03d}"
        for attempt in range(200):
            tpl = INST_TEMPLATES[(i - 1) % len(INST_TEMPLATES)] if attempt == 0 else R.choice(INST_TEMPLATES)
            ctx = Ctx(R, "inst", True)
            parts = []
            for m_part in re.split(r"(\{[^{}]+\})", tpl):
                mm = re.fullmatch(r"\{inst:(\w+)\}", m_part)
                if mm:
                    parts.append(("institution", R.choice(INSTITUTIONS[mm.group(1)])))
                elif m_part:
                    parts.extend(fill(ctx, m_part))
            text, spans = Doc().add(parts).render()
            rec = {"id": rid, "text": text, "planted": spans}
            errs = check_record(rec, {"institution"}, (12, 40))
            names = [s["text"] for s in spans]
            if len(set(names)) != len(names):
                errs.append("same institution twice")
            errs += [f"planted text in inst: {s!r}" for s in sens_sorted if s in text]
            if not errs and spans and not any(text == x["text"] for x in inst):
                inst.append(rec)
                break
        else:
            sys.exit(f"could not draw {rid}")
    # final cross-file checks
    assert [r["id"] for r in planted] == [f"{CORPUS}-p{i:03d}" for i in range(1, 241)]
    assert [r["id"] for r in clean] == [f"{CORPUS}-c{i:03d}" for i in range(1, 241)]
    assert [r["id"] for r in inst] == [f"{CORPUS}-i{i:03d}" for i in range(1, 31)]
    counts = {}
    for r_ in planted:
        for s in r_["planted"]:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    total = sum(counts.values())
    problems = []
    if not 3000 <= total <= 4500:
        problems.append(f"total {total}")
    for k, mn in (("phone", 250), ("address", 250), ("dob", 250), ("cpr", 120), ("email", 120)):
        if counts.get(k, 0) < mn:
            problems.append(f"{k} {counts.get(k, 0)} < {mn}")
    if counts.get("name", 0) <= max(v for k, v in counts.items() if k != "name"):
        problems.append("names not most numerous")
    stats = {"planted_counts": counts, "total": total}
    for fname, recs in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as fh:
            for r_ in recs:
                fh.write(json.dumps({"id": r_["id"], "text": r_["text"], "planted": r_["planted"]},
                                    ensure_ascii=False) + "\n")
    # meta for README
    meta = {}
    for fname, recs in (("planted", planted), ("clean", clean)):
        tab = {}
        for r_ in recs:
            gname, band, style = r_["_meta"]
            tab.setdefault(gname, {}).setdefault(style, 0)
            tab[gname][style] += 1
            tab.setdefault("_band", {}).setdefault(band, 0)
            tab["_band"][band] += 1
        meta[fname] = tab
    stats["meta"] = meta
    print(json.dumps(stats, ensure_ascii=False, indent=1, sort_keys=True))
    if problems:
        sys.exit("count problems: " + "; ".join(problems))


if __name__ == "__main__":
    main()
