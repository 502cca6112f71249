#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the blind31 held-out corpus (planted / clean / institutions).
Python 3.11 standard library only. One fixed seed, one random.Random instance."""
import datetime as dt
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pools as P  # noqa: E402
import random  # noqa: E402

SEED = 310031
R = random.Random(SEED)
CORPUS = "blind31"
BANDS = {"S": (30, 80), "M": (81, 150), "L": (151, 300)}

# ---------------------------------------------------------------- markers
def M(kind, val):
    return "\x01%s\x02%s\x03" % (kind, val)


def parse(s):
    out, spans, pos, i = [], [], 0, 0
    while True:
        j = s.find("\x01", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        pos += j - i
        k = s.index("\x02", j)
        e = s.index("\x03", k)
        kind, val = s[j + 1:k], s[k + 1:e]
        out.append(val)
        spans.append({"kind": kind, "text": val, "start": pos, "end": pos + len(val)})
        pos += len(val)
        i = e + 1
    return "".join(out), spans


def wc(s):
    return len(parse(s)[0].split())

# ---------------------------------------------------------------- numbers & dates in words
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv",
        "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs",
        9: "halvfems"}
ORD = ["", "første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende",
       "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende",
       "attende", "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende",
       "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte",
       "enogtredivte"]
DIG = ["nul", "et", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
MON = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
       "november", "december"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
WD_SHORT = ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."]


def num_da(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t]
    return ("en" if o == 1 else ONES[o]) + "og" + TENS[t]


def year_da(y):
    if y >= 2000:
        return "totusind" if y == 2000 else "totusind og " + num_da(y - 2000)
    return "nitten hundrede og " + num_da(y - 1900)


def pair_da(s):
    return ("nul " + ONES[int(s[1])]) if s[0] == "0" else num_da(int(s))


def fmt_date(d, style):
    if style == "dot":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "dot_short":
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if style == "dot_yy":
        return "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)
    if style == "long":
        return "%d. %s %d" % (d.day, MON[d.month - 1], d.year)
    if style == "iso":
        return d.isoformat()
    if style == "slash_yy":
        return "%02d/%02d-%02d" % (d.day, d.month, d.year % 100)
    if style == "slash":
        return "%d/%d/%d" % (d.day, d.month, d.year)
    if style == "dash":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if style == "en_us":
        return "%s %d, %d" % (MON_EN[d.month - 1], d.day, d.year)
    if style == "en_uk":
        return "%d %s %d" % (d.day, MON_EN[d.month - 1], d.year)
    if style == "spoken":
        return "%s %s %s" % (ORD[d.day], MON[d.month - 1], year_da(d.year))
    if style == "long_abbr":
        return "%d. %s. %d" % (d.day, MON[d.month - 1][:3], d.year)
    raise ValueError(style)


DOB_STYLES = [("dot", 30), ("long", 18), ("iso", 8), ("slash_yy", 7), ("dot_short", 7), ("dash", 6),
              ("dot_yy", 5), ("en_us", 3), ("en_uk", 4), ("slash", 4), ("spoken", 4), ("long_abbr", 4)]


def wpick(r, items):
    tot = sum(w for _, w in items)
    x = r.uniform(0, tot)
    for it, w in items:
        x -= w
        if x <= 0:
            return it
    return items[-1][0]


def rand_date(r, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(r.randint(a, b))


BASE = [dt.date(2024, 6, 1)]


def meet_date(r, when="any"):
    b = BASE[0]
    if when == "past":
        return b - dt.timedelta(days=r.randint(1, 40))
    if when == "future":
        return b + dt.timedelta(days=r.randint(1, 50))
    return b + dt.timedelta(days=r.randint(-30, 40))


def md(r, d=None, style=None, when="any"):
    """non-personal date (meeting, decision)"""
    d = d or meet_date(r, when)
    style = style or r.choice(["long", "dot", "wd", "wd", "short"])
    if style == "wd":
        return "%s den %d. %s" % (WD[d.weekday()], d.day, MON[d.month - 1])
    if style == "short":
        return "%d/%d" % (d.day, d.month)
    return fmt_date(d, style)


def tm(r):
    return "%02d.%02d" % (r.randint(7, 19), r.choice([0, 0, 15, 30, 45, 5, 10, 20, 40, 50]))


def ascii_fold(s):
    tbl = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "ð": "d", "Ð": "D",
           "ł": "l", "Ł": "L", "ı": "i", "ş": "s", "ç": "c", "ğ": "g", "ö": "o", "ü": "u", "ț": "t",
           "ă": "a", "î": "i", "â": "a", "ś": "s", "ń": "n", "ż": "z", "ź": "z", "ą": "a", "ę": "e",
           "ó": "o", "ú": "u", "á": "a", "í": "i", "é": "e", "ž": "z", "č": "c", "ć": "c", "š": "s",
           "ê": "e", "'": "", " ": "", "-": ""}
    return "".join(tbl.get(ch, ch) for ch in s)

# ---------------------------------------------------------------- persons
PARTICLES = {"á", "í"}


class Person:
    pass


class Ctx:
    def __init__(self, r, clean):
        self.r = r
        self.clean = clean
        BASE[0] = rand_date(r, 2024, 2025)
        if BASE[0] > dt.date(2025, 10, 31):
            BASE[0] -= dt.timedelta(days=200)
        self.today = BASE[0]
        pc, town = r.choice(P.TOWNS)
        self.pc, self.town = pc, town
        self.kom = P.KOMMUNE[town]
        self.kommune = (self.kom + " Kommune") if self.kom != "Københavns" else "Københavns Kommune"
        self.domain = P.DOMAIN[self.kom]
        self.police = P.POLICE[self.kom]
        self.firsts = set()
        self.lasts = set()
        self.phones = set()
        self.people = []

    # -- helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def L(self, planted, clean=None):
        return clean if self.clean else planted

    def origin(self):
        return wpick(self.r, P.ORIGIN_W)

    def person(self, label, gender=None, origin=None, years=(1980, 1998), pro=False, last=None,
               family=None, local=True):
        r = self.r
        p = Person()
        p.label = label
        p.gender = gender or r.choice("fm")
        p.pro = pro
        for _ in range(100):
            o = origin or (family.origin if family is not None and r.random() < 0.9 else self.origin())
            pool = P.FIRST[o][p.gender]
            first = r.choice(pool)
            if first not in self.firsts:
                break
        p.origin = o
        # double first names now and then (Danish style)
        if o in ("dk", "dk_rare") and r.random() < 0.12:
            other = r.choice(P.FIRST["dk"][p.gender])
            if other != first and other not in self.firsts:
                first = first + ("-" if r.random() < 0.6 else " ") + other
        p.first = first
        for part in re.split(r"[ -]", first):
            self.firsts.add(part)
        self.firsts.add(first)
        if last is not None:
            sur = last
        else:
            for _ in range(100):
                so = o if (r.random() < 0.85 or o == "vn") else self.origin()
                sur = r.choice(P.SUR[so])
                if sur not in self.lasts:
                    break
            if p.gender == "f":
                sur = P.FEM_SUR.get(sur, sur)
            else:
                sur = P.MASC_SUR.get(sur, sur)
            if o in ("dk", "dk_rare", "dk_word") and r.random() < 0.15:
                sur2 = r.choice(P.SUR["dk_rare"] + P.SUR["dk"])
                if sur2 != sur and sur2 not in self.lasts:
                    sur = sur2 + " " + sur
        p.last = sur
        for part in re.split(r"[ -]", sur):
            self.lasts.add(part)
        p.mid = ""
        if o == "vn":
            p.mid = "Thi" if p.gender == "f" else "Van"
        y0, y1 = years
        p.birth = rand_date(r, y0, y1)
        p.nick = P.NICK.get(first)
        # initials
        letters = [w[0] for w in re.split(r"[ -]", first + " " + sur) if w and w not in PARTICLES]
        ini = "".join(letters).upper()
        if len(ini) < 3 and r.random() < 0.4:
            ini = ini[0] + r.choice("ABCDEFGHIJKLMNOPRST") + ini[1:]
        p.ini = ini[:3]
        # phone
        while True:
            d0 = r.choice("2234556789")
            ph = d0 + "".join(r.choice("0123456789") for _ in range(7))
            if ph[:2] in ("70", "80", "90", "11") or ph in self.phones:
                continue
            break
        self.phones.add(ph)
        p.phone = ph
        p.foreign_phone = None
        # cpr serial
        y = p.birth.year
        if y >= 2000:
            c7 = r.choice("495678")
        else:
            c7 = r.choice("0123" + ("49" if y % 100 >= 37 else ""))
        last_d = r.choice("02468" if p.gender == "f" else "13579")
        p.serial = c7 + "%02d" % r.randint(0, 99) + last_d
        # address
        if local or r.random() < 0.6:
            pc, town = (self.pc, self.town) if r.random() < 0.6 else r.choice(P.TOWNS)
        else:
            pc, town = r.choice(P.TOWNS)
        p.street = r.choice(P.STREETS)
        p.hno = str(r.choice([r.randint(1, 40), r.randint(1, 140), r.randint(1, 9)]))
        if r.random() < 0.2:
            p.hno += r.choice("ABCD")
        p.floor = r.choice(["", "", "", "st. tv.", "1. th.", "2. tv.", "3. mf.", "1. sal", "4. th.", "st.", "2. th.", "1. tv", "kl."])
        p.pc, p.town = pc, town
        # email
        fa = ascii_fold(first.split("-")[0].split(" ")[0]).lower()
        la = ascii_fold(sur.split(" ")[-1]).lower()
        if pro:
            p.email = r.choice([p.ini.lower() + "@" + self.domain, fa + "." + la + "@" + self.domain,
                                fa[:2] + la[:2] + "@" + self.domain])
        else:
            p.email = r.choice([fa + "." + la + str(y % 100) + "@", fa + la + "@", fa + "_" + la[:4] + "@",
                                fa + str(r.randint(1, 99)) + "@", la + "." + fa + "@"]) + r.choice(P.PRIV_DOMAINS)
        self.people.append(p)
        return p

    def child(self, label, years=(2008, 2022), family=None, gender=None):
        return self.person(label, gender=gender, years=years, family=family,
                           last=(family.last if family is not None and self.r.random() < 0.85 else None))

    def pro(self, label, gender=None, origin=None):
        return self.person(label, gender=gender, origin=origin, years=(1965, 1996), pro=True)

    # -- name rendering
    def N(self, p, form=None, cap=False):
        if self.clean:
            lab = p.label
            return lab[0].upper() + lab[1:] if cap else lab
        r = self.r
        if form is None:
            form = "full"
        full = ("%s %s %s" % (p.last, p.mid, p.first)) if p.mid else ("%s %s" % (p.first, p.last))
        if form == "full":
            v = full
        elif form == "first":
            v = p.first
        elif form == "last":
            v = p.last
        elif form == "rev":
            v = "%s, %s" % (p.last, p.first)
        elif form == "caps":
            v = full.upper()
        elif form == "lower":
            v = p.first.lower()
        elif form == "ini":
            v = p.ini
        elif form == "dotini":
            v = ".".join(p.ini[:2]) + "."
        elif form == "nick":
            v = p.nick or p.first
        elif form == "miss":
            v = misspell(r, p.first)
        elif form == "casual":
            x = r.random()
            if x < 0.55 or p.first in P.WORDS_AS_NAMES:
                v = p.first
            elif x < 0.72:
                v = p.first.lower()
            elif x < 0.87 and p.nick:
                v = p.nick
            else:
                v = misspell(r, p.first)
        elif form == "any":
            return self.N(p, r.choice(["full", "first", "first", "last", "full"]), cap)
        else:
            raise ValueError(form)
        return M("name", v)

    def G(self, p, form="first"):
        """genitive"""
        if self.clean:
            lab = p.label
            return lab + ("'s" if lab[-1].isupper() or lab[-1] == ")" else "s")
        v = parse(self.N(p, form))[0]
        if v[-1] in "sxzSXZ":
            return M("name", v) + "'"
        return M("name", v + "s")

    def T(self, p, title):
        """title + surname: only the surname is the span"""
        if self.clean:
            return p.label
        return title + " " + M("name", p.last)

    # -- personal data
    def PH(self, p, style=None, foreign=False):
        if self.clean:
            return ""
        r = self.r
        if foreign:
            return M("phone", foreign_phone(r, p))
        d = p.phone
        style = style or wpick(r, [("plain", 18), ("pairs", 30), ("quad", 12), ("dots", 5), ("dashes", 5),
                                   ("+45pairs", 12), ("+45plain", 5), ("0045", 4), ("+45quad", 5)])
        g = [d[0:2], d[2:4], d[4:6], d[6:8]]
        v = {"plain": d, "pairs": " ".join(g), "quad": d[:4] + " " + d[4:], "dots": ".".join(g),
             "dashes": "-".join(g), "+45pairs": "+45 " + " ".join(g), "+45plain": "+45" + d,
             "0045": "0045 " + d, "+45quad": "+45 " + d[:4] + " " + d[4:],
             "spoken": ", ".join(pair_da(x) for x in g),
             "spoken_digits": " ".join(DIG[int(x)] for x in d)}[style]
        return M("phone", v)

    def EM(self, p, spoken=False):
        if self.clean:
            return ""
        e = p.email
        if spoken:
            loc, dom = e.split("@")
            loc = loc.replace(".", " punktum ").replace("_", " underscore ")
            loc = re.sub(r"(\d+)", lambda m: " " + num_da(int(m.group(1))) + " " if int(m.group(1)) < 100 else m.group(1), loc)
            loc = re.sub(r"\s+", " ", loc).strip()
            return M("email", loc + " snabel-a " + dom.replace(".", " punktum "))
        return M("email", e)

    def AD(self, p, style=None):
        if self.clean:
            return ""
        r = self.r
        style = style or wpick(r, [("full", 30), ("street", 22), ("comma", 20), ("twoline", 8), ("sloppy", 8),
                                   ("nofloor", 12)])
        st = p.street + " " + p.hno
        fl = p.floor
        if style == "street":
            v = st + ((", " + fl) if fl and r.random() < 0.5 else "")
        elif style == "comma" or (style == "full" and not fl):
            v = st + ", " + p.pc + " " + p.town
        elif style == "full":
            v = st + ", " + fl + ", " + p.pc + " " + p.town
        elif style == "twoline":
            v = st + ((", " + fl) if fl else "") + "\n" + p.pc + " " + p.town
        elif style == "nofloor":
            v = st + " " + p.pc + " " + p.town
        else:  # sloppy
            f2 = fl.replace(". ", ".").rstrip(".").replace(" ", "")
            v = (p.street.lower() + " " + p.hno.lower() + ("," + f2 if f2 else "") + " " + p.pc + " " +
                 (p.town.lower() if r.random() < 0.7 else p.town))
        return M("address", v)

    def FAD(self, p):
        if self.clean:
            return ""
        pref = {"pl": "pl", "ua": "ua", "ro": "ro", "tr": "tr", "ba": "ba", "gl": "gl", "fo": "fo", "en": "gb"}
        want = pref.get(p.origin)
        cands = [a for o, a in P.FOREIGN_ADDR if o == want] or [a for o, a in P.FOREIGN_ADDR]
        return M("address", self.r.choice(cands))

    def DOB(self, p, style=None):
        if self.clean:
            return ""
        return M("dob", fmt_date(p.birth, style or wpick(self.r, DOB_STYLES)))

    def CPR(self, p, style=None):
        if self.clean:
            return ""
        b = p.birth
        d6 = "%02d%02d%02d" % (b.day, b.month, b.year % 100)
        s = p.serial
        style = style or wpick(self.r, [("dash", 45), ("space", 12), ("plain", 12), ("dots", 8), ("groups", 8),
                                        ("ddmm_yy", 5), ("spaced_dash", 5)])
        v = {"dash": d6 + "-" + s, "space": d6 + " " + s, "plain": d6 + s,
             "dots": "%s.%s.%s-%s" % (d6[:2], d6[2:4], d6[4:], s),
             "groups": "%s %s %s %s" % (d6[:2], d6[2:4], d6[4:], s),
             "ddmm_yy": "%s %s-%s" % (d6[:4], d6[4:], s), "spaced_dash": d6 + " - " + s,
             "spoken": " ".join(DIG[int(x)] for x in d6) + ", " + " ".join(DIG[int(x)] for x in s)}[style]
        return M("cpr", v)

    def age(self, p, ref=None):
        t = self.today
        return t.year - p.birth.year - (1 if (t.month, t.day) < (p.birth.month, p.birth.day) else 0)

    def kl(self, p):
        a = self.today.year - p.birth.year - 6 - (1 if self.today.month < 8 else 0)
        return "%d.%s" % (max(0, min(9, a)), self.r.choice("ABCDX"))


def misspell(r, name):
    subs = [("ph", "f"), ("th", "t"), ("ie", "i"), ("ck", "k"), ("c", "k"), ("y", "i"), ("ae", "æ"),
            ("o", "oh"), ("ll", "l"), ("ss", "s"), ("mm", "m"), ("nn", "n"), ("tt", "t"), ("e", "é")]
    r.shuffle(subs)
    for a, b in subs:
        if a in name[1:]:
            return name[0] + name[1:].replace(a, b, 1)
    # double a consonant
    for i in range(1, len(name)):
        if name[i] in "lnmrst":
            return name[:i] + name[i] + name[i:]
    return name + "h"


def foreign_phone(r, p):
    m = {"pl": "pl", "ua": "ua", "tr": "tr", "so": "so", "en": "gb", "gl": "gl", "fo": "fo", "ro": "ro"}
    cc = m.get(p.origin) or r.choice(["se", "de", "pl", "gb"])
    tpl = [t for c, t in P.FOREIGN_PHONE if c == cc][0]

    def dd(n):
        return "".join(r.choice("0123456789") for _ in range(n))
    return tpl.format(a=dd(3), b=dd(2), c=dd(2), d=dd(8), e=dd(2), f=dd(3), g=dd(3), h=dd(4), i=dd(7),
                      j=dd(6), k=dd(1), f2=dd(3))

# ---------------------------------------------------------------- shared content
def HAN(p):
    return "han" if p.gender == "m" else "hun"


def HAM(p):
    return "ham" if p.gender == "m" else "hende"


def cap1(s):
    return s[0].upper() + s[1:]


def sagsnr(r):
    return r.choice(["27.24.00-G01-%d-%02d" % (r.randint(100, 9999), r.choice([23, 24, 25])),
                     "%d-%06d" % (r.choice([2023, 2024, 2025]), r.randint(1000, 99999)),
                     "27.00.00-A00-%d-%02d" % (r.randint(1, 999), r.choice([24, 25])),
                     "BU-%d/%04d" % (r.choice([24, 25]), r.randint(1, 9999))])


def klasse(r):
    return "%d.%s" % (r.randint(0, 9), r.choice("ABCDX"))


HOSPITALS = ["Aarhus Universitetshospital, Skejby", "Sygehus Lillebælt, Kolding", "Odense Universitetshospital",
             "Aalborg Universitetshospital", "Regionshospitalet Gødstrup", "Hvidovre Hospital",
             "Rigshospitalet", "Sjællands Universitetshospital, Roskilde", "Regionshospitalet Randers",
             "Nordsjællands Hospital, Hillerød", "Sygehus Sønderjylland, Aabenraa", "Regionshospitalet Viborg"]
MEDS = ["Melatonin 3 mg", "Concerta 36 mg", "Ritalin Uno 20 mg", "Sertralin 50 mg", "Panodil junior",
        "Atomoxetin 40 mg", "Metadon", "Buprenorphin", "Folsyre 400 mikrogram", "D-vitamin dråber",
        "Ventoline inhalator", "Movicol junior", "Lamotrigin 50 mg"]
ICD = ["DF90.0 (ADHD)", "DF84.0 (infantil autisme)", "DF93.0 (separationsangst)", "DF43.1 (PTSD)",
       "DZ35.8 (graviditet med øget risiko)", "DF32.1 (moderat depression)", "DF10.2 (alkoholafhængighed)",
       "DJ45.9 (astma)", "DR62.8 (forsinket udvikling)", "DF12.2 (hashafhængighed)"]
PUBLIC = ["Familieretshuset", "Ankestyrelsen", "PPR", "Sundhedsplejen", "Socialtilsyn Midt", "Socialtilsyn Syd",
          "Børnehus Midt", "Børnehus Syd", "Udbetaling Danmark", "Jobcentret", "Kriminalforsorgen",
          "Borgerservice", "Den Kommunale Tandpleje", "Socialstyrelsen", "Familieambulatoriet"]
PLACES = ["ved Banegårdspladsen", "nede på Havnegade", "på Torvegade", "ved Stationsvej", "på Vestergade",
          "oppe ved Kirkevej", "bag Skolevej", "på hjørnet af Nørregade og Smedegade", "ude ved Strandvejen",
          "ved rundkørslen på Ringvejen"]

LAW = ["Barnets lov § 32, stk. 1", "Barnets lov § 20, stk. 3", "Barnets lov § 46", "Barnets lov § 47",
       "Barnets lov § 91", "Barnets lov § 5, stk. 3", "Barnets lov § 6", "Barnets lov § 137, stk. 2",
       "Barnets lov § 19", "Barnets lov § 18", "Barnets lov § 30", "servicelovens § 50",
       "forvaltningslovens § 19", "servicelovens § 52, stk. 3"]


def lookalikes(c, kind):
    r = c.r
    age = r.randint(6, 15)
    admin = [
        "Sagen har sagsnr. %s, og afgørelsen efter %s blev truffet %s." % (sagsnr(r), r.choice(LAW), md(r, style="long", when="past")),
        "Bevillingen dækker %s kr. om måneden frem til %s." % (r.choice(["4.850", "12.500", "3.275,50", "18.900", "7.420"]), md(r, style="dot", when="future")),
        "Ved akut fare ringes 112, og ved ikke-akutte henvendelser til politiet 114.",
        "Mødet holdes i mødelokale %s, %d. sal, kl. %s." % (r.choice(["2.14", "B3", "Fjorden", "Egeskoven", "4"]), r.randint(1, 4), tm(r)),
        "Udgiften konteres på EAN %d." % (5798000000000 + r.randint(100000, 999999)),
        "Leverandøren har CVR-nr. %d." % r.randint(20000000, 44999999),
        "Sagen er drøftet med %s." % r.choice(PUBLIC),
        "Kommunens omstilling har nummer 72 36 00 00 på hverdage kl. 8-15.",
        "Der er sendt brev via Digital Post, og forældrene er logget på med MitID.",
        "Journalnotatet er oprettet %s kl. %s." % (md(r, style="dot"), tm(r)),
        "Opfølgning om %d uger, dvs. i uge %d." % (r.randint(2, 12), r.randint(2, 51)),
        "Klagefristen er 4 uger fra modtagelsen af afgørelsen, jf. %s." % r.choice(["Barnets lov § 168", "forvaltningsloven"]),
        "Barnet er %d år og går i %d.%s." % (age, age - 6, r.choice("ABCD")),
        "Ansøgningen om tabt arbejdsfortjeneste efter servicelovens § 42 er sendt til Udbetaling Danmark.",
        "Sagen behandles på børne- og ungeudvalgets møde %s, punkt %d." % (md(r, style="long", when="future"), r.randint(2, 14)),
    ]
    daily = [
        "Solen skinnede, og der var ikke en storm i sigte, så turen i skoven blev til noget.",
        "Vinteren har været lang, og i maj begyndte haven endelig at blomstre.",
        "Skoven bag huset er blevet et fast sted for gåture.",
        "Stormen i weekenden betød, at aftalen blev flyttet en dag.",
        "Det var en lykke for alle, at dagen endte godt, og alle var glade.",
        "Haven var fuld af sne, og alle tre byggede en snemand.",
        "Beskeden blev lagt på Aula kl. %s." % tm(r),
        "Vi handlede i Netto og tog bussen hjem med Rejsekort.",
        "Vi mødtes %s og gik en tur langs vandet." % r.choice(PLACES),
        "Børnetelefonen 116 111 står på en seddel på køleskabet.",
        "Glade børn og trætte voksne, men en god dag i Legeland.",
        "Skolen holder lukket i uge %d, så samværet rykkes." % r.choice([7, 8, 27, 28, 42]),
    ]
    health = [
        "Der er tidligere givet diagnosen %s." % r.choice(ICD),
        "Medicinlisten omfatter %s." % r.choice(MEDS),
        "Akuttelefonen 1813 bruges ved sygdom uden for lægens åbningstid.",
        "Indlæggelse på afsnit %s, stue %d, i %d døgn." % (r.choice(["B3", "K2", "Neonatal 2", "Barsel 1"]), r.randint(1, 24), r.randint(2, 9)),
        "Henvisningen er sendt til %s." % r.choice(HOSPITALS),
        "Hb-værdien var 7,1 mmol/l ved seneste kontrol, og vægten er steget 9 kg.",
        "Ved behov kontaktes Familieambulatoriet via hospitalets omstilling.",
    ]
    violence = [
        "Lev Uden Volds nationale hotline har nummer 1888.",
        "Politiet er orienteret og har journaliseret henvendelsen.",
        "Sikkerhedsplanen gennemgås igen på mødet %s." % md(r, style="wd", when="future"),
        "Ved akut fare ringes 112.",
        "Krisecentret har pligt til at underrette kommunen, når der er børn med i ophold.",
        "Børnehus Syd er orienteret, hvis der bliver behov for en videoafhøring.",
    ]
    pools = {"admin": admin, "daily": daily, "health": health + admin[:6], "violence": violence + admin[:6]}
    out = list(pools[kind])
    r.shuffle(out)
    return out


def assemble(c, band, head, bodies, tail, sep="\n\n", slack=0.2, la=None):
    """la = (kind, wrap, pos): look-alike sentences; pos 'any' or 'end'"""
    lo, hi = BANDS[band]
    span = hi - lo
    n_la = 0
    if la:
        n_la = c.r.randint(1, 3) if c.clean else (1 if c.r.random() < 0.3 else 0)
    target = c.r.randint(lo + int(span * slack), hi - int(span * slack)) - 12 * n_la
    parts = [head] if head else []
    tl = [tail] if tail else []
    for b in bodies:
        if not b:
            continue
        if wc(sep.join(parts + [b] + tl)) > hi:
            continue
        parts.append(b)
        if wc(sep.join(parts + tl)) >= target:
            break
    if n_la:
        kind, wrap, pos = la
        items = lookalikes(c, kind)[:n_la]
        for it in items:
            it = wrap(it) if wrap else it
            first = 1 if head else 0
            if pos == "second" and len(parts) > first:
                cand = parts[:first + 1] + [it] + parts[first + 1:]
            elif pos == "first":
                cand = parts[:first] + [it] + parts[first:]
            elif pos == "end" or len(parts) <= first:
                cand = parts + [it]
            else:
                k = c.r.randint(first + 1, len(parts)) if len(parts) > first else first
                cand = parts[:k] + [it] + parts[k:]
            if wc(sep.join(cand + tl)) <= hi:
                parts = cand
    return sep.join(parts + tl)


def quote(s):
    return "\n".join(("> " + l) if l else ">" for l in s.split("\n"))


DISCLAIMERS = [
    "Denne e-mail kan indeholde fortrolige oplysninger og er kun beregnet for modtageren. Har du modtaget den ved en fejl, "
    "bedes du slette den og give afsender besked.",
    "Send aldrig CPR-nummer eller helbredsoplysninger med almindelig mail. Brug sikker mail eller Digital Post.",
    "Fortroligt: Mailen indeholder personfølsomme oplysninger omfattet af tavshedspligt.",
    "Læs om, hvordan kommunen behandler personoplysninger, på kommunens hjemmeside under databeskyttelse.",
]

# ================================================================ genre 1: e-mail threads
def mail_hdr(c, frm, to, subj, cc=None, lang="da", fwd=False, back=0):
    r = c.r
    d = c.today - dt.timedelta(days=back)
    t = tm(r).replace(".", ":")

    def who(p):
        if c.clean:
            return p.title.split("\n")[0]
        st = r.choice(["namemail", "namemail", "revmail", "mail", "caps"])
        if st == "namemail":
            return "%s <%s>" % (c.N(p, "full"), c.EM(p))
        if st == "revmail":
            return "%s <%s>" % (c.N(p, "rev"), c.EM(p))
        if st == "caps":
            return "%s <%s>" % (c.N(p, "caps"), c.EM(p))
        return c.EM(p)
    if lang == "en":
        lines = ["From: " + who(frm),
                 "Sent: %s, %s %d, %d %s" % (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.weekday()],
                                             MON_EN[d.month - 1], d.day, d.year, t),
                 "To: " + "; ".join(who(x) for x in to)]
        if cc:
            lines.append("Cc: " + "; ".join(who(x) for x in cc))
        lines.append("Subject: " + subj)
    else:
        lines = ["Fra: " + who(frm),
                 ("Dato: " if fwd else "Sendt: ") + "%s %d. %s %d %s" % (WD[d.weekday()], d.day, MON[d.month - 1], d.year, t),
                 "Til: " + "; ".join(who(x) for x in to)]
        if cc:
            lines.append("Cc: " + "; ".join(who(x) for x in cc))
        lines.append("Emne: " + subj)
    return "\n".join(lines)


def sig(c, p, band, phone=True, mail=True):
    r = c.r
    lines = [r.choice(["Med venlig hilsen", "Venlig hilsen", "Mvh.", "Bedste hilsner", "Hilsen"])]
    if c.clean:
        lines.append(p.title)
        if p.pro and r.random() < 0.5:
            lines.append("Omstilling: 72 36 00 00")
        return "\n".join(lines)
    lines.append(c.N(p, r.choice(["full", "full", "first"]) if not p.pro else "full"))
    if p.pro:
        lines.append(p.title)
        if phone:
            lines.append(r.choice(["Direkte: ", "Tlf. ", "Mobil: ", "D: "]) + c.PH(p))
        if mail and band != "S":
            lines.append(r.choice(["Mail: ", "E-mail: ", ""]) + c.EM(p))
    return "\n".join(lines)


def greet(c, p, form="first"):
    if c.clean:
        return c.ch(["Hej", "Hej,", "Goddag", "Hej alle"])
    return c.ch(["Hej ", "Kære ", "Hej ", "Goddag "]) + c.N(p, form) + c.ch([",", "", ","])


def email_cast(c):
    r = c.r
    fam = c.person("mor", gender="f", years=(1978, 2000), local=True)
    far = c.person("far", gender="m", years=(1972, 1998), family=fam)
    far.title = "Far"
    kid = c.child("Barn A", years=(2010, 2018), family=fam)
    kid.kl = "%d.%s" % (max(0, min(9, c.today.year - kid.birth.year - 6 - (1 if c.today.month < 8 else 0))), r.choice("ABCDX"))
    fam.title = "Mor til elev i " + kid.kl
    sb = c.pro("sagsbehandleren")
    sb.title = r.choice(["Socialrådgiver | Myndighed, Børn og Unge", "Rådgiver, Børne- og Familieafdelingen",
                         "Sagsbehandler, Myndighedsafdelingen"]) + "\n" + c.kommune
    lr = c.pro("klasselæreren")
    lr.title = "Klasselærer, " + kid.kl
    dr = c.pro("lægen")
    dr.title = "Praktiserende læge"
    dr.email = ascii_fold(dr.first.split("-")[0].split(" ")[0]).lower() + "." + ascii_fold(dr.last.split(" ")[-1]).lower() + "@dadlnet.dk"
    ps = c.pro("PPR-psykologen")
    ps.title = "Psykolog, PPR"
    sl = c.pro("skolelederen")
    sl.title = "Skoleleder"
    return fam, far, kid, sb, lr, dr, ps, sl


def mail_teacher(c, kid, mor, far, sb, lr, band):
    r = c.r
    n = r.randint(6, 23)
    b = [greet(c, sb),
         r.choice(["Som aftalt i telefonen i går skriver jeg om %s i %s." % (c.N(kid, "full") if not c.clean else "en elev", kid.kl),
                   "Jeg vil gerne dele en bekymring for %s fra min klasse." % c.N(kid, "full")]),
         c.L("Det drejer sig om %s, født %s." % (c.N(kid, "first"), c.DOB(kid)), "Eleven er %d år." % c.age(kid)) + " " +
         "%s har haft %d fraværsdage siden efterårsferien, og flere af dem er ikke meldt. Når %s er her, virker %s træt, og madpakken mangler ofte." %
         (c.N(kid, "first", cap=True), n, HAN(kid), HAN(kid))]
    if band != "S":
        b.append(c.L("%s svarer ikke på beskeder i Aula. %s har ringet én gang fra %s og sagt, at det går bedre nu." %
                     (c.N(mor, "first", cap=True), c.N(far, "first", cap=True), c.PH(far)),
                     "Mor svarer ikke på beskeder i Aula. Far har ringet én gang og sagt, at det går bedre nu."))
        b.append(r.choice(["Jeg har talt med skolelederen, og vi sender en underretning i dag.",
                           "Skolelederen er orienteret. Vi ønsker et møde med jer og forældrene hurtigst muligt."]))
    return "\n".join(b[:1]) + "\n\n" + " ".join(b[1:]) + "\n\n" + sig(c, lr, band)


def mail_sb(c, kid, mor, far, sb, lr, band):
    r = c.r
    vedr = c.L(r.choice(["Vedr.: %s, CPR %s" % (c.N(kid, "full"), c.CPR(kid)), "Vedr.: %s (f. %s)" % (c.N(kid, "full"), c.DOB(kid)),
                         "Barn: %s, %s" % (c.N(kid, "rev"), c.CPR(kid))]), "Vedr.: elev i %s, sagsnr. %s" % (kid.kl, sagsnr(r)))
    b = [vedr + "\n\n" + greet(c, lr),
         "Tak for din mail og for, at du reagerer så hurtigt. Underretningen er registreret på sagsnr. %s og vurderet inden for 24 timer." % sagsnr(r),
         r.choice(["Der er ikke grundlag for akut handling, men jeg indkalder familien til en samtale.",
                   "Jeg indkalder forældrene til en samtale og taler med %s efter reglerne i %s." % (c.N(kid, "first"), "Barnets lov § 137, stk. 2")])]
    if band != "S":
        b.append("Kan du deltage i et netværksmøde %s kl. %s på skolen?" % (md(r, style="wd", when="future"), tm(r)))
        b.append(c.L("Indkaldelsen sendes til %s på %s og til %s, som nu bor på %s." %
                     (c.N(mor, "first"), c.AD(mor, "full"), c.N(far, "first"), c.AD(far, "comma")),
                     "Indkaldelsen sendes til begge forældre via Digital Post, da de ikke længere bor sammen."))
    return b[0] + "\n\n" + " ".join(b[1:]) + "\n\n" + sig(c, sb, band)


def mail_parent(c, kid, mor, lr, band):
    r = c.r
    b = [greet(c, lr),
         "%s er syg igen i dag, %s har ondt i maven og har ikke sovet. Jeg ved godt, at der har været meget fravær." % (c.N(kid, "casual", cap=True), HAN(kid))]
    if band != "S":
        b.append(c.L("Vi er flyttet til %s, og det har været en svær tid. Min nye mail er %s, og I kan altid ringe på %s." %
                     (c.AD(mor, "comma"), c.EM(mor), c.PH(mor)),
                     "Vi er flyttet i en mindre lejlighed, og det har været en svær tid. I kan skrive til mig i Aula."))
        b.append("Jeg vil gerne have et møde, men ikke med kommunen med, før jeg har talt med en bisidder.")
    hil = c.L(c.ch(["Hilsen ", "Mvh ", "Kh "]) + c.N(mor, c.ch(["first", "full", "lower"])), "Hilsen mor")
    return b[0] + "\n\n" + " ".join(b[1:]) + "\n\n" + hil


def mail_doctor(c, kid, mor, sb, dr, band):
    r = c.r
    b = [c.L("Kære " + (c.N(sb, "full") if r.random() < 0.5 else c.T(sb, "fru" if sb.gender == "f" else "hr.")) + ",", "Kære sagsbehandler"),
         c.L("Vedr. %s, CPR %s." % (c.N(kid, "full"), c.CPR(kid)), "Vedr. barnet i sagen %s." % sagsnr(r)),
         "Med forældremyndighedsindehaverens samtykke, modtaget %s, kan jeg oplyse følgende:" % md(r, style="dot"),
         "%s er set i klinikken %d gange det seneste år, senest %s, for hovedpine, mavesmerter og dårlig søvn. Der er ikke fundet en somatisk forklaring." %
         (c.N(kid, "first", cap=True), r.randint(3, 7), md(r, style="long"))]
    if band != "S":
        b.append("Vægten ligger under den forventede kurve. %s er henvist til børneafdelingen på %s, og der er ordineret %s." %
                 (cap1(HAN(kid)), r.choice(HOSPITALS), r.choice(MEDS)))
        b.append(c.L("Mor, %s, har oplyst telefonnummer %s til indkaldelser." % (c.N(mor, "full"), c.PH(mor)),
                     "Mor har oplyst et nyt telefonnummer til indkaldelser, som fremgår af journalen."))
    return b[0] + "\n\n" + " ".join(b[1:]) + "\n\n" + sig(c, dr, band)


def mail_psych(c, kid, sb, ps, band):
    r = c.r
    b = [greet(c, sb),
         "Jeg har nu afsluttet testningen af %s og sender den pædagogisk-psykologiske vurdering via sikker mail." % c.N(kid, "first"),
         "Kort fortalt ligger %s sprogligt alderssvarende, men har svært ved opmærksomhed og ved at regulere sig i overgange." % HAN(kid)]
    if band != "S":
        b.append("Jeg foreslår, at vi tager det op på mødet %s, og at klassen får sparring fra PPR. En udredning for %s kan blive relevant." %
                 (md(r, style="wd"), r.choice(ICD)))
    return b[0] + "\n\n" + " ".join(b[1:]) + "\n\n" + sig(c, ps, band)


def g1_thread(c, band):
    """Outlook thread, newest first"""
    r = c.r
    mor, far, kid, sb, lr, dr, ps, sl = email_cast(c)
    topic = r.choice(["Bekymring", "Fravær", "Møde", "Lægeoplysninger", "Udredning"])
    subj_kid = c.L(c.N(kid, r.choice(["full", "first"])), "elev i " + kid.kl)
    subj = "%s vedr. %s" % (topic, subj_kid)
    msgs = []
    b1, b2 = r.randint(1, 3), r.randint(4, 8)
    msgs.append(mail_hdr(c, sb, [lr], "SV: " + subj, cc=[sl] if r.random() < 0.4 else None, back=b1) + "\n\n" + mail_sb(c, kid, mor, far, sb, lr, band))
    msgs.append(mail_hdr(c, lr, [sb], subj, back=b2) + "\n\n" + mail_teacher(c, kid, mor, far, sb, lr, band))
    if r.random() < 0.5:
        msgs.insert(0, mail_hdr(c, dr, [sb], "SV: Anmodning om lægelige oplysninger") + "\n\n" + mail_doctor(c, kid, mor, sb, dr, band))
    else:
        msgs.insert(0, mail_hdr(c, ps, [sb, lr], "SV: SV: " + subj) + "\n\n" + mail_psych(c, kid, sb, ps, band))
    sepline = r.choice(["\n\n-----Oprindelig meddelelse-----\n", "\n\n________________________________\n", "\n\n"])
    head = msgs[0]
    bodies = [sepline.lstrip("\n") + m for m in msgs[1:]]
    tail = r.choice(DISCLAIMERS) if band == "L" and r.random() < 0.6 else ""
    return assemble(c, band, head, bodies, tail, la=("admin", lambda x: "PS: " + x, "first"))


def g1_forward(c, band):
    r = c.r
    mor, far, kid, sb, lr, dr, ps, sl = email_cast(c)
    intro = greet(c, sb) + "\n\n" + r.choice([
        "Jeg videresender nedenstående fra mor, som kom i går aftes. Jeg synes, I skal kende til det før mødet.",
        "Til orientering. Vi har svaret forældrene, at vi har sendt beskeden videre til jer.",
        "Videresendes efter aftale med skolelederen."]) + "\n\n" + sig(c, lr, band)
    head = mail_hdr(c, lr, [sb], "VS: " + c.L("Besked fra " + c.N(mor, "first"), "Besked fra forælder")) + "\n\n" + intro
    fwd = "---------- Videresendt meddelelse ----------\n" + mail_hdr(c, mor, [lr], "Fravær", fwd=True, back=r.randint(1, 2)) + "\n\n" + mail_parent(c, kid, mor, lr, band)
    bodies = [fwd]
    if band != "S":
        bodies.append("---------- Videresendt meddelelse ----------\n" + mail_hdr(c, lr, [mor], "SV: Fravær", fwd=True, back=r.randint(3, 5)) + "\n\n" +
                      greet(c, mor) + "\n\nTak for beskeden. Vi vil rigtig gerne hjælpe, og du er velkommen til at tage en bisidder med. " +
                      "Jeg foreslår et møde %s kl. %s." % (md(r, style="wd", when="future"), tm(r)) + "\n\n" + sig(c, lr, band))
    tail = r.choice(DISCLAIMERS) if r.random() < 0.5 else ""
    return assemble(c, band, head, bodies, tail, la=("admin", lambda x: "PS: " + x, "first"))


def g1_inline(c, band):
    """reply with quoted lines and answers between them"""
    r = c.r
    mor, far, kid, sb, lr, dr, ps, sl = email_cast(c)
    qd = md(r, c.today - dt.timedelta(days=r.randint(1, 4)), "long")
    whoq = c.L("Den %s kl. %s skrev %s <%s>:" % (qd, tm(r), c.N(mor, "full"), c.EM(mor)),
               "Den %s kl. %s skrev mor:" % (qd, tm(r)))
    q1 = quote("Hvorfor skal %s tale med jer alene? Det har jeg ikke givet lov til." % c.N(kid, "first"))
    a1 = ("Efter Barnets lov § 5 skal barnets perspektiv inddrages, og %s kan tale med os uden forældrenes samtykke. "
          "Du er velkommen til at være med før og efter samtalen." % c.L(c.N(kid, "first"), "barnet"))
    q2 = quote(c.L("Og I skal bruge min nye adresse: %s. Ring på %s, ikke på det gamle nummer." % (c.AD(mor, "street"), c.PH(mor)),
                   "Og I skal bruge min nye adresse. Ring på mit nye nummer, ikke det gamle."))
    a2 = "Tak, det er rettet i sagen. Breve sendes fortsat via Digital Post."
    q3 = quote("Kommer skolen også til mødet?")
    a3 = c.L("Ja, %s deltager. Mødet er %s kl. %s i Familiehuset." % (c.N(lr, "full"), md(r, style="wd"), tm(r)),
             "Ja, klasselæreren deltager. Mødet er %s kl. %s i Familiehuset." % (md(r, style="wd"), tm(r)))
    head = mail_hdr(c, sb, [mor], "SV: Samtale med " + c.L(c.N(kid, "first"), "barnet")) + "\n\n" + greet(c, mor) + "\n\nJeg svarer under dine spørgsmål.\n\n" + whoq
    q4 = quote(c.L("Jeg vil også vide, hvem der har skrevet underretningen. Var det %s?" % c.N(lr, c.ch(["first", "last"])),
                   "Jeg vil også vide, hvem der har skrevet underretningen. Var det skolen?"))
    a4 = ("Du har ret til aktindsigt i sagen, men navnet på en privat person, der har underrettet, kan undtages. "
          "En underretning fra en fagperson er ikke anonym. Du kan søge om aktindsigt skriftligt, og du får svar inden for syv arbejdsdage.")
    q5 = quote("%s siger, at %s ikke vil have møde med jer." % (c.L(c.N(kid, "first", cap=True), "Barnet"), HAN(kid)))
    a5 = c.L("Det respekterer vi. %s kan vælge en voksen, %s er tryg ved, fx %s fra SFO'en." % (c.N(kid, "first", cap=True), HAN(kid), c.N(c.pro("pædagogen"), "first")),
             "Det respekterer vi. Barnet kan vælge en voksen, %s er tryg ved, fx en pædagog fra SFO'en." % HAN(kid))
    bodies = [q1 + "\n\n" + a1, q2 + "\n\n" + a2, q3 + "\n\n" + a3, q4 + "\n\n" + a4, q5 + "\n\n" + a5]
    if band == "S":
        bodies = [q1 + "\n\n" + "Efter Barnets lov § 5 må vi godt tale med %s alene." % c.L(c.N(kid, "first"), "barnet")]
        head = c.L("Den %s skrev %s:" % (md(r, style="dot"), c.EM(mor)), "Den %s skrev mor:" % md(r, style="dot"))
    return assemble(c, band, head, bodies, sig(c, sb, band), la=("admin", None, "end"))


def g1_english(c, band):
    r = c.r
    mor, far, kid, sb, lr, dr, ps, sl = email_cast(c)
    head = mail_hdr(c, dr, [sb], "RE: " + c.L("Vedr. " + c.N(kid, "full"), "Vedr. barn i sag " + sagsnr(r)), lang="en")
    body = mail_doctor(c, kid, mor, sb, dr, band)
    orig = "-----Original Message-----\n" + mail_hdr(c, sb, [dr], "Anmodning om lægelige oplysninger", lang="en", back=r.randint(5, 20)) + "\n\n" + \
        greet(c, dr, "full") + "\n\n" + c.L(
            "Vi har modtaget samtykke fra forældremyndighedsindehaveren til at indhente oplysninger om %s, født %s." % (c.N(kid, "full"), c.DOB(kid)),
            "Vi har modtaget samtykke fra forældremyndighedsindehaveren til at indhente oplysninger om barnet (%d år)." % c.age(kid)) + \
        " Svarfrist er %s." % md(r, style="dot") + "\n\n" + sig(c, sb, band)
    tail = r.choice(DISCLAIMERS) if band != "S" else ""
    return assemble(c, band, head, [body, orig], tail, la=("admin", lambda x: "PS: " + x, "second"))

# ================================================================ genre 2: foster diaries, life-story books
def foster_cast(c):
    r = c.r
    mor = c.person("mor", gender="f", years=(1980, 2001))
    far = c.person("far", gender="m", years=(1975, 1999), family=mor if r.random() < 0.5 else None)
    kid = c.child("Barn A", years=(2012, 2021), family=mor)
    pm = c.person("plejemor", gender="f", years=(1965, 1985))
    pf = c.person("plejefar", gender="m", years=(1962, 1984), last=pm.last if r.random() < 0.6 else None)
    mm = c.person("mormor", gender="f", years=(1950, 1972), family=mor)
    ps = c.child("plejesøsteren", years=(2008, 2018), family=pm, gender="f")
    ven = c.child("en veninde fra klassen" if r.random() < 0.5 else "en kammerat fra klassen", years=(2012, 2021))
    sb = c.pro("sagsbehandleren")
    bro = c.child("storebroren", gender="m", years=(2006, 2013), family=mor)
    return mor, far, kid, pm, pf, mm, ps, ven, sb, bro


def diary_entries(c, kid, mor, far, pm, pf, mm, ps, ven, sb, bro):
    r = c.r
    K = lambda cap=False: c.N(kid, c.ch(["first", "first", "first", "nick", "casual"]) if kid.nick else c.ch(["first", "first", "first", "casual"]), cap=cap)
    e = [
        "%s vågnede kl. %s og var i godt humør. Spiste to skiver rugbrød og ville selv smøre madpakken." % (K(True), tm(r)),
        "%s kom glad hjem fra skole og fortalte om %s, som %s havde leget med i frikvarteret. De vil gerne lege sammen på fredag." % (K(True), c.N(ven, "first"), HAN(kid)),
        "Samvær med %s i Familiehuset kl. 10-12. %s var urolig om aftenen og ville sove med lyset tændt." % (c.N(mor, "first"), K(True)),
        c.L("%s ringede fra %s og sang fødselsdagssang for %s. Det gjorde %s meget glad." % (c.N(mm, "first", cap=True), c.PH(mm), K(), HAM(kid)),
            "Mormor ringede og sang fødselsdagssang. Det gjorde Barn A meget glad."),
        "Vi var hos tandlægen i Den Kommunale Tandpleje. Ingen huller, og %s fik et klistermærke." % K(),
        "%s spurgte igen, hvornår %s skal hjem til mor. Vi svarede ærligt, at det ved vi ikke endnu, og at %s kommer på besøg %s." % (K(True), HAN(kid), c.N(sb, "full"), md(r, style="wd")),
        "%s og %s byggede hule i skoven bag huset og kom først ind, da det blev mørkt." % (c.N(ps, "first", cap=True), K()),
        c.L("Der kom et brev fra %s, sendt fra %s. %s ville ikke åbne det, før %s var der." % (c.N(far, "first"), c.FAD(far), K(True), c.N(pm, "first")),
            "Der kom et brev fra far, sendt fra udlandet. Barn A ville ikke åbne det, før plejemor var der."),
        "Nat: vågnede kl. 2.40 og græd. Faldt i søvn igen kl. 3.15 efter varm mælk og en sang.",
        "%s havde en hård dag. Slog ud efter %s, da skærmtiden var slut. Vi talte om det bagefter, og %s sagde undskyld." % (K(True), c.N(pf, "first"), HAN(kid)),
        c.L("Telefonsamtale med %s (%s). Hun glæder sig til næste samvær og spurgte til %s tøjstørrelse." % (c.N(mor, "first"), c.PH(mor), c.G(kid)),
            "Telefonsamtale med mor. Hun glæder sig til næste samvær og spurgte til tøjstørrelsen."),
        c.L("Lægebesøg pga. ørebetændelse. Lægesekretæren bad om %s CPR-nummer, %s. Sygesikringskortet ligger nu i mappen." % (c.G(kid), c.CPR(kid)),
            "Lægebesøg pga. ørebetændelse. Sygesikringskortet ligger nu i mappen i køkkenskuffen."),
        c.L("%s spurgte, hvornår mor har fødselsdag. Vi fandt datoen frem: %s. Vi laver et kort sammen." % (K(True), c.DOB(mor)),
            "Barn A spurgte, hvornår mor har fødselsdag. Vi laver et kort sammen."),
        c.L("Vi kørte %s til samvær hos %s på %s. Hentede igen kl. %s." % (K(), c.N(mor, "first"), c.AD(mor, c.ch(["street", "comma", "full"])), tm(r)),
            "Vi kørte Barn A til samvær hos mor. Hentede igen kl. %s." % tm(r)),
        "Svømning i svømmehallen kl. %s. %s tør nu hoppe fra kanten uden bælte." % (tm(r), K(True)),
        c.L("%s har fødselsdag (%s), og vi holdt fest med boller og flag." % (K(True), c.DOB(kid, "long")),
            "Barn A havde fødselsdag, og vi holdt fest med boller og flag."),
        "Forældremøde i %s. Klasselæreren siger, at %s læser bedre og rækker hånden op." % (kid.kl, K()),
        c.L("%s skrev på Messenger fra %s og spurgte, om %s må komme med til %s i weekenden." % (c.N(bro, "first", cap=True), c.PH(bro), K(), c.AD(mm, "comma")),
            "Storebror skrev på Messenger og spurgte, om Barn A må komme med til mormor i weekenden."),
    ]
    r.shuffle(e)
    return e


def g2_diary(c, band):
    r = c.r
    mor, far, kid, pm, pf, mm, ps, ven, sb, bro = foster_cast(c)
    kid.kl = c.kl(kid)
    head = r.choice(["Plejefamiliens dagbog", "Dagbog – uge %d" % r.randint(1, 52), "Notater til dagbogen"])
    head += c.L(" – %s" % c.N(kid, "full"), "") + "\n" + c.L("Skrevet af %s og %s" % (c.N(pm, "first"), c.N(pf, "first")), "Skrevet af plejeforældrene")
    ents = diary_entries(c, kid, mor, far, pm, pf, mm, ps, ven, sb, bro)
    d = meet_date(r)
    bodies = []
    dd = d
    for i, e in enumerate(ents):
        dd = dd + dt.timedelta(days=r.randint(1, 3))
        lab = r.choice(["%s %d. %s" % (cap1(WD[dd.weekday()]), dd.day, MON[dd.month - 1]), "%02d.%02d" % (dd.day, dd.month),
                        "%s d. %d/%d" % (cap1(WD[dd.weekday()]), dd.day, dd.month)])
        bodies.append(lab + "\n" + e)
    return assemble(c, band, head, bodies, "", la=("daily", lambda x: "Note: " + x, "end"))


def g2_lifebook(c, band):
    r = c.r
    mor, far, kid, pm, pf, mm, ps, ven, sb, bro = foster_cast(c)
    hosp = r.choice(HOSPITALS)
    g = r.randint(2600, 4100)
    head = r.choice(["Min livshistoriebog", "Livshistoriebog – kapitel %d" % r.randint(1, 4), "Det her er din historie"])
    bodies = [
        c.L("Det her er dig, %s. Du blev født %s på %s og vejede %d gram." % (c.N(kid, "full"), c.DOB(kid, r.choice(["long", "long", "spoken", "dot"])), hosp, g),
            "Det her er dig. Du blev født på %s og vejede %d gram." % (hosp, g)),
        c.L("Din mor hedder %s. Hun er født %s og voksede op i %s. I dag bor hun på %s." % (c.N(mor, "full"), c.DOB(mor), c.ch([t for _, t in P.TOWNS]), c.AD(mor)),
            "Din mor voksede op i %s. I dag bor hun i en lejlighed tæt på sin mor." % c.ch([t for _, t in P.TOWNS])),
        c.L("Din far hedder %s. Han er født %s. Han bor lige nu på %s, og han skriver til dig til jul." % (c.N(far, "full"), c.DOB(far), c.FAD(far)),
            "Din far bor lige nu i udlandet, og han skriver til dig til jul."),
        c.L("Din mormor hedder %s. Hun har et stort æbletræ i haven, og hun kalder dig %s." % (c.N(mm, "first"), c.N(kid, "nick") if kid.nick else "skat"),
            "Din mormor har et stort æbletræ i haven, og hun kalder dig skat."),
        c.L("Du har en storebror, som hedder %s. Han er født %s og bor i en anden plejefamilie. I ses hver tredje weekend." % (c.N(bro, "first"), c.DOB(bro)),
            "Du har en storebror. Han bor i en anden plejefamilie, og I ses hver tredje weekend."),
        c.L("Foto 3: Dig og %s på stranden, sommeren %d. Du havde fanget en krabbe." % (c.N(pm, "first"), r.choice([2022, 2023, 2024])),
            "Foto 3: Dig og plejemor på stranden, sommeren %d. Du havde fanget en krabbe." % r.choice([2022, 2023, 2024])),
        c.L("Foto 5: Første skoledag i %s. Bag dig står %s med flaget." % (c.ch(["0.A", "0.B", "0.X"]), c.N(pf, "first")),
            "Foto 5: Første skoledag i %s. Bag dig står plejefar med flaget." % c.ch(["0.A", "0.B", "0.X"])),
        c.L("Da du var lille, boede du sammen med din mor på %s. Der var en gynge i gården." % c.AD(mor, "comma"),
            "Da du var lille, boede du sammen med din mor i %s. Der var en gynge i gården." % c.town),
        "Du flyttede hjem til os %s, da du var %d år. Den første nat sov du med din bamse og lyset tændt." % (md(r, style="long"), r.randint(2, 7)),
        c.L("Foto 8: %s og %s griner i hængekøjen." % (c.N(ps, "first"), c.N(kid, "first")), "Foto 8: Plejesøster og dig griner i hængekøjen."),
    ]
    tail = c.L("Skrevet sammen med dig af %s og %s." % (c.N(pm, "full"), c.N(pf, "first")), "Skrevet sammen med dig af dine plejeforældre.")
    return assemble(c, band, head, bodies, tail, la=("daily", None, "any"))


def g2_tree(c, band):
    r = c.r
    mor, far, kid, pm, pf, mm, ps, ven, sb, bro = foster_cast(c)
    mf = c.person("morfar", gender="m", years=(1948, 1970), last=mm.last)
    fm = c.person("farmor", gender="f", years=(1950, 1972), family=far, last=far.last)
    hs = c.child("halvsøsteren", gender="f", years=(2012, 2022), family=far)
    gm = c.person("gudmor", gender="f", years=(1980, 1999))
    head = c.L("Stamtræ fortalt i ord – til %s" % c.N(kid, "first"), "Stamtræ fortalt i ord – til Barn A")
    dead = r.randint(2015, 2023)
    items = [
        c.L("Mormor: %s, født %s. Bor i %s og ses til jul og påske." % (c.N(mm, "full"), c.DOB(mm), mm.town),
            "Mormor: bor i %s og ses til jul og påske." % mm.town),
        c.L("Morfar: %s (død %d). Han var fisker og sejlede fra havnen i %s." % (c.N(mf, "full"), dead, r.choice(["Hirtshals", "Esbjerg", "Thyborøn", "Skagen"])),
            "Morfar: død %d. Han var fisker og sejlede fra havnen i %s." % (dead, r.choice(["Hirtshals", "Esbjerg", "Thyborøn", "Skagen"]))),
        c.L("Mor: %s, født %s, tlf. %s." % (c.N(mor, "full"), c.DOB(mor), c.PH(mor)), "Mor: %d år, bor i egen lejlighed." % c.age(mor)),
        c.L("Far: %s, CPR %s. Bor på %s." % (c.N(far, "full"), c.CPR(far), c.AD(far)), "Far: bor i en anden by og har ikke samvær p.t."),
        c.L("Storebror: %s, født %s. Bor i plejefamilie på %s." % (c.N(bro, "first"), c.DOB(bro), c.AD(bro, "comma")),
            "Storebror: %d år, bor i en anden plejefamilie." % c.age(bro)),
        c.L("Dig: %s, født %s." % (c.N(kid, "full"), c.DOB(kid)), "Dig: %d år, går i %s." % (c.age(kid), c.kl(kid))),
        c.L("Plejefamilien: %s og %s, og deres datter %s." % (c.N(pm, "first"), c.N(pf, "first"), c.N(ps, "first")),
            "Plejefamilien: plejemor og plejefar og deres datter."),
        c.L("Farmor: %s, født %s, bor på %s. Hun taler %s og lidt dansk." % (c.N(fm, "full"), c.DOB(fm), c.FAD(fm) if fm.origin not in ("dk", "dk_rare", "dk_word") else c.AD(fm), c.ch(["engelsk", "polsk", "arabisk", "tyrkisk", "somali"])),
            "Farmor: bor i udlandet. Hun taler kun lidt dansk, så vi skriver til hende på engelsk."),
        c.L("Halvsøster på fars side: %s, født %s. I har mødt hinanden én gang, til %s konfirmation." % (c.N(hs, "first"), c.DOB(hs), c.G(bro)),
            "Halvsøster på fars side: %d år. I har mødt hinanden én gang, til storebrors konfirmation." % c.age(hs)),
        c.L("Gudmor: %s, mors veninde fra gymnasiet, tlf. %s." % (c.N(gm, "full"), c.PH(gm)), "Gudmor: mors veninde fra gymnasiet. Hun sender kort til jul."),
    ]
    lead = r.choice(["- ", "• ", "* "])
    body = "\n".join(lead + x for x in items[:2 if band == "S" else 5 if band == "M" else 10])
    extra = [
        c.L("%s spurgte, hvorfor %s ikke står på træet. Vi tegnede %s ind med en stiplet streg." % (c.N(kid, "first", cap=True), c.N(far, "first"), HAM(far)),
            "Barn A spurgte, hvorfor far ikke står på træet. Vi tegnede ham ind med en stiplet streg."),
        "Til samtalen %s med %s tegner vi træet sammen og sætter billeder på." % (md(r, style="wd"), c.N(sb, "full")),
        "Husk: Vi bruger de navne, du selv bruger om din familie.",
        "Noter fra plejemor efter samvær: Stemningen var god.",
    ]
    return assemble(c, band, head, [body] + extra, "", sep="\n", la=("daily", lambda x: "Note: " + x, "end"))

# ================================================================ genre 3: contact between siblings placed apart
def sib_cast(c):
    r = c.r
    mor = c.person("mor", gender="f", years=(1978, 1998))
    kids = []
    labs = ["Barn A", "Barn B", "Barn C"]
    yrs = [(2007, 2011), (2011, 2015), (2015, 2020)]
    for i in range(3):
        k = c.child(labs[i], years=yrs[i], family=mor)
        kids.append(k)
    pa = c.person("plejemor hos Barn A", gender="f", years=(1962, 1985))
    pb = c.person("plejefar hos Barn B", gender="m", years=(1960, 1985))
    pb2 = c.person("plejemor hos Barn B", gender="f", years=(1962, 1986), last=pb.last)
    kp = c.pro("kontaktpersonen på opholdsstedet")
    sb = c.pro("sagsbehandleren")
    return mor, kids, pa, pb, pb2, kp, sb


def g3_table(c, band):
    r = c.r
    mor, (a, b, k3), pa, pb, pb2, kp, sb = sib_cast(c)
    yrs = 2024
    head = "Søskendesamvær – plan for %s %d" % (r.choice(["efteråret", "foråret", "vinteren", "sommeren"]), r.choice([2024, 2025]))
    head += "\n" + c.L("Børn: %s (f. %s), %s (f. %s) og %s (f. %s)" % (c.N(a, "first"), c.DOB(a), c.N(b, "first"), c.DOB(b), c.N(k3, "first"), c.DOB(k3)),
                       "Børn: Barn A (%d år), Barn B (%d år) og Barn C (%d år)" % (c.age(a), c.age(b), c.age(k3)))
    head += "\n" + c.L("Koordinator: %s, tlf. %s" % (c.N(sb, "full"), c.PH(sb)), "Koordinator: sagsbehandleren, Myndighed Børn og Unge")
    rows = ["| Dato | Tid | Sted | Kørsel | Bemærkning |", "|---|---|---|---|---|"]
    bodies = []
    for i in range(6):
        d = md(r, style=r.choice(["dot", "wd", "short"]))
        host = r.choice([0, 1, 2])
        if host == 0:
            sted = c.L("Hos %s, %s" % (c.N(pa, "full"), c.AD(pa, r.choice(["street", "comma"]))), "Hos plejefamilien til Barn A")
        elif host == 1:
            sted = c.L("Hos %s og %s, %s" % (c.N(pb, "first"), c.N(pb2, "first"), c.AD(pb, "street")), "Hos plejefamilien til Barn B")
        else:
            sted = r.choice(["Legeland i Vejle", "Svømmehallen", "Familiehuset, mødelokale 2", "Biografen", "Skoven ved spejderhytten"])
        korsel = c.L(r.choice(["%s henter %s kl. %s" % (c.N(pb, "first"), c.N(k3, "first"), tm(r)),
                               "%s kører %s og %s" % (c.N(pa, "first"), c.N(a, "first"), c.N(b, "first")),
                               "%s kører fra opholdsstedet" % c.N(kp, "full")]),
                     r.choice(["Plejefar til Barn B henter Barn C", "Plejemor til Barn A kører", "Kontaktpersonen kører fra opholdsstedet"]))
        bem = r.choice(["", "Madpakke med", "Husk badetøj", c.L("%s har kamp til kl. 12" % c.N(a, "first"), "Barn A har kamp til kl. 12"),
                        "Aflyst pga. sygdom – ny dato aftales", "Mor deltager den sidste time"])
        rows.append("| %s | %s-%s | %s | %s | %s |" % (d, tm(r), tm(r), sted, korsel, bem))
    tab = "\n".join(rows[:2 + (2 if band == "S" else 3 if band == "M" else 6)])
    bodies.append(tab)
    bodies.append(c.L("Ændring: %s ønsker ikke at overnatte hos %s lige nu. Vi prøver dagsbesøg frem til %s." % (c.N(k3, "first", cap=True), c.N(pa, "full"), md(r, style="long")),
                      "Ændring: Barn C ønsker ikke at overnatte hos plejefamilien lige nu. Vi prøver dagsbesøg frem til %s." % md(r, style="long")))
    bodies.append(c.L("Kontakt ved afbud: %s på %s eller %s på %s." % (c.N(pa, "first"), c.PH(pa), c.N(pb2, "first"), c.PH(pb2)),
                      "Kontakt ved afbud: plejeforældrene giver besked til hinanden på sms og orienterer sagsbehandleren."))
    return assemble(c, band, head, bodies, "", sep="\n\n", la=("admin", lambda x: "Bemærk: " + x, "end"))


def g3_sms(c, band):
    r = c.r
    mor, (a, b, k3), pa, pb, pb2, kp, sb = sib_cast(c)
    d0 = meet_date(r)
    head = r.choice(["Kopieret fra Messenger-tråd (søskendesamvær):", "Indsat sms-tråd mellem plejefamilierne:", "Skærmbillede afskrevet af sagsbehandler:"])

    sform = r.choice([0, 1, 2])

    def stamp(i):
        d = d0 + dt.timedelta(days=i // 3)
        t_ = "%02d:%02d" % (8 + i, r.randint(0, 59))
        return ["[%02d.%02d.%d %s]" % (d.day, d.month, d.year, t_), "%02d/%02d %s" % (d.day, d.month, t_),
                "%d. %s kl. %s –" % (d.day, MON[d.month - 1][:3] + ".", t_.replace(":", "."))][sform]

    def who(p, role):
        return c.L(c.N(p, r.choice(["first", "full", "first"])), role)
    A_, B_ = who(pa, "Plejemor (Barn A)"), who(pb, "Plejefar (Barn B)")
    msgs = [
        (A_, "Hej%s! %s spørger hele tiden, hvornår de skal ses igen 😊" % (c.L(" " + c.N(pb, "casual"), ""), c.L(c.N(a, "casual"), "Barn A"))),
        (B_, c.L("Hej! Lørdag passer fint. Vi bor nu på %s, så det er lidt længere at køre." % c.AD(pb, r.choice(["street", "comma", "sloppy"])),
                 "Hej! Lørdag passer fint. Vi er flyttet, så det er lidt længere at køre.")),
        (A_, c.L("Kan I hente %s ved Banegårdspladsen kl. 10? Mit nye nr. er %s" % (c.N(k3, "casual"), c.PH(pa)),
                 "Kan I hente Barn C ved Banegårdspladsen kl. 10? Jeg har fået nyt nummer, det står i Aula.")),
        (B_, "Ja. %s vil gerne have, at %s sover her. Skal vi spørge %s?" % (c.L(c.N(b, "casual", cap=True), "Barn B"), c.L(c.N(a, "casual"), "Barn A"),
                                                                           c.L(c.N(sb, "first"), "sagsbehandleren"))),
        (A_, "Nej, overnatning skal aftales på mødet først. Dagsbesøg er fint."),
        (B_, "Øv, %s har feber 🤒 Vi må aflyse. Ny dato?" % c.L(c.N(b, "casual"), "Barn B")),
        (A_, "God bedring! Hvad med %s? %s kører fra opholdsstedet." % (md(r, style="wd"), c.L(c.N(kp, "first"), "Kontaktpersonen"))),
        (B_, c.L("Super. Skriv også til %s på %s, så hun ved det." % (c.N(pb2, "first"), c.EM(pb2)), "Super. Jeg giver min kone besked.")),
        (A_, c.L("%s har lavet en tegning til %s, den tager vi med 🎨" % (c.N(a, "casual", cap=True), c.N(k3, "casual")), "Barn A har lavet en tegning til Barn C, den tager vi med 🎨")),
        (B_, "Hvor mødes vi? Sidst var der kø ved Legeland, og børnene blev trætte af at vente."),
        (A_, c.L("Kom hjem til os i stedet: %s. Der er parkering i gården." % c.AD(pa, c.ch(["comma", "street", "full"])),
                 "Kom hjem til os i stedet. Der er parkering i gården.")),
        (B_, c.L("Perfekt. %s siger, at mor ringede i går og gerne vil med næste gang. Hun har fået nyt nr.: %s" % (c.N(b, "casual", cap=True), c.PH(mor)),
                 "Perfekt. Barn B siger, at mor ringede i går og gerne vil med næste gang.")),
        (A_, "Det må sagsbehandleren tage stilling til. Jeg skriver til hende i morgen."),
    ]
    lines = ["%s %s: %s" % (stamp(i), w, t) for i, (w, t) in enumerate(msgs)]
    bodies = ["\n".join(lines[i:i + 2]) for i in range(0, len(lines), 2)]
    dn = md(r, d0 + dt.timedelta(days=r.randint(4, 8)), "dot")
    tail = c.L("Noteret af %s %s." % (c.N(sb, "ini"), dn), "Noteret af sagsbehandleren %s." % dn)
    return assemble(c, band, head, bodies, tail, sep="\n", la=("daily", lambda x: "%s %s: %s" % (stamp(9), A_, x), "any"))


def g3_minutes(c, band):
    r = c.r
    mor, (a, b, k3), pa, pb, pb2, kp, sb = sib_cast(c)
    kv = [
        "Referat: søskendesamvær – status og børnenes ønsker",
        "Dato: %s kl. %s" % (md(r, style="dot"), tm(r)),
        c.L("Børn: %s (CPR %s), %s (f. %s), %s (f. %s)" % (c.N(a, "full"), c.CPR(a), c.N(b, "first"), c.DOB(b), c.N(k3, "first"), c.DOB(k3)),
            "Børn: Barn A (%d år), Barn B (%d år), Barn C (%d år)" % (c.age(a), c.age(b), c.age(k3))),
        c.L("Deltagere: %s, %s, %s, %s (ref.)" % (c.N(pa, "full"), c.N(pb, "full"), c.N(kp, "full"), c.N(sb, "rev")),
            "Deltagere: plejemor (Barn A), plejefar (Barn B), kontaktperson fra opholdsstedet, sagsbehandler (ref.)"),
    ]
    head = "\n".join(kv)
    bodies = [
        "Børnenes ønsker:\n- %s vil gerne ses oftere og ønsker at have sin lillebror med til fodbold.\n- %s vil helst mødes uden voksne i rummet.\n- %s savner sine søskende om aftenen og vil gerne have videoopkald." %
        (c.N(a, "first", cap=True), c.N(b, "first", cap=True), c.N(k3, "first", cap=True)),
        c.L("Aftale: Samvær hver anden lørdag kl. 10-15. %s henter %s på %s, og %s kører %s hjem." % (c.N(pb, "first"), c.N(k3, "first"), c.AD(kp, "comma"), c.N(pa, "first"), c.N(a, "first")),
            "Aftale: Samvær hver anden lørdag kl. 10-15. Plejefar til Barn B henter Barn C på opholdsstedet, og plejemor til Barn A kører Barn A hjem."),
        c.L("Mor, %s, deltager den sidste time ved hvert andet samvær. Hun kan kontaktes på %s eller %s." % (c.N(mor, "full"), c.PH(mor), c.EM(mor)),
            "Mor deltager den sidste time ved hvert andet samvær. Hun kontaktes via sagsbehandleren."),
        "Ændring af plan: Samværet %s flyttes, fordi %s er på lejrskole. Udgifter til kørsel dækkes efter Barnets lov, 3,79 kr. pr. km." % (md(r, style="long"), c.N(a, "first")),
        c.L("Opfølgning: %s indkalder til nyt møde %s. Referatet sendes til %s." % (c.N(sb, "first", cap=True), md(r, style="long"), c.EM(pa)),
            "Opfølgning: Sagsbehandleren indkalder til nyt møde %s. Referatet sendes via Digital Post." % md(r, style="long")),
    ]
    return assemble(c, band, head, bodies, "", la=("admin", None, "end"))

# ================================================================ genre 4: conversations through an interpreter
LANG = {"so": "somali", "ar": "arabisk", "ku": "kurdisk sorani", "tr": "tyrkisk", "af": "dari", "pk": "urdu",
        "pl": "polsk", "ua": "ukrainsk", "ro": "rumænsk", "ba": "bosnisk", "er": "tigrinya", "vn": "vietnamesisk",
        "th": "thai", "ph": "tagalog", "gl": "grønlandsk"}
FORMS = ["telefontolk", "videotolk", "fremmødetolk"]


def tolk_cast(c):
    r = c.r
    o = r.choice(sorted(LANG))
    mor = c.person("mor", gender="f", origin=o, years=(1978, 2001))
    far = c.person("far", gender="m", origin=o, years=(1970, 1998), last=mor.last if r.random() < 0.5 else None)
    kid = c.child("Barn A", years=(2010, 2021), family=mor)
    tolk = c.pro("tolken", origin=o)
    sb = c.pro("sagsbehandleren")
    return o, mor, far, kid, tolk, sb


MISUND = [
    ("anbringelse", "at blive sat i fængsel", "at bo hos en anden familie i en periode"),
    ("underretning", "en anmeldelse til politiet", "en besked til kommunen om bekymring"),
    ("samvær", "at flytte sammen igen", "aftalte besøg med barnet"),
    ("plejefamilie", "et børnehjem", "en almindelig familie, der passer på barnet"),
    ("børnefaglig undersøgelse", "en lægeundersøgelse af barnet", "kommunens undersøgelse af barnets og familiens situation"),
    ("bisidder", "en advokat, man skal betale", "en person, man selv vælger at tage med som støtte"),
]


def g4_transcript(c, band):
    r = c.r
    o, mor, far, kid, tolk, sb = tolk_cast(c)
    form = r.choice(FORMS)
    tid = r.randint(10000, 99999)
    head = "\n".join([
        "Tolket samtale – %s" % form,
        "Dato: %s, kl. %s" % (md(r, style="dot"), tm(r)),
        "Sprog: %s" % LANG[o],
        c.L("Tolk: %s, tolke-ID %d" % (c.N(tolk, "full"), tid), "Tolk: tolke-ID %d" % tid),
        c.L("Deltagere: %s (mor), %s (rådgiver)" % (c.N(mor, "full"), c.N(sb, "full")), "Deltagere: mor, rådgiver, tolk"),
    ])
    w, wrong, right = r.choice(MISUND)
    SB = c.L(c.N(sb, "ini"), "Rådgiver") if r.random() < 0.6 else "Rådgiver"
    MO = c.L(c.N(mor, "first"), "Mor") if r.random() < 0.5 else "Mor"
    bodies = [
        "%s: Jeg vil starte med at sige, at tolken har tavshedspligt og oversætter alt, hvad der bliver sagt.\nTolk: [oversætter]\n%s: Ja, det forstår jeg." % (SB, MO),
        c.L("%s: Kan du bekræfte din adresse?\n%s: Det er %s.\n%s: Og dit telefonnummer?\n%s: %s.\n[Tolken gentager nummeret: %s]" %
            (SB, MO, c.AD(mor, r.choice(["street", "comma", "sloppy"])), SB, MO, c.PH(mor, "spoken"), c.PH(mor, "pairs")),
            "%s: Kan du bekræfte, at vi har din rigtige adresse og dit nummer?\n%s: Ja, det er det samme som sidst.\n[Tolken bemærker: Mor var i tvivl om ordet 'adresse' og spurgte, om det var 'hjem'.]" % (SB, MO)),
        "%s: Vi taler i dag om %s for %s.\n%s: Betyder det, at %s skal væk?\n[Tolken bemærker: Mor har forstået ordet '%s' som '%s'. Tolken har bedt rådgiveren forklare ordet igen.]\n%s: Nej. Det betyder %s. Ingen beslutning er truffet." %
        (SB, w, c.N(kid, "first"), MO, HAN(kid), w, wrong, SB, right),
        c.L("%s: Hvem kan hjælpe dig i hverdagen?\n%s: Min søster %s. Hun bor på %s.\n%s: Må vi kontakte hende?\n%s: Ja. Hendes mail er %s." %
            (SB, MO, c.N(c.person("mors søster", gender="f", origin=o, last=mor.last), "full"), "%s", SB, MO, "%s"),
            "%s: Hvem kan hjælpe dig i hverdagen?\n%s: Min søster. Hun bor tæt på.\n%s: Må vi kontakte hende?\n%s: Ja." % (SB, MO, SB, MO)),
        "%s: %s fortæller i skolen, at %s er bange om aftenen. Hvad tænker du om det?\n%s: Det er, når far råber i telefonen. Han ringer tit om natten." % (SB, c.N(kid, "first", cap=True), HAN(kid), MO),
        c.L("%s: Er %s født %s?\n%s: Ja, og CPR-nummeret er %s." % (SB, c.N(kid, "first"), c.DOB(kid), MO, c.CPR(kid, r.choice(["dash", "spoken", "space"]))),
            "%s: Er oplysningerne om %s rigtige i brevet?\n%s: Ja, alderen passer. %s er %d år." % (SB, c.N(kid, "first"), MO, c.N(kid, "first", cap=True), c.age(kid))),
        "[Tolken bemærker: Forbindelsen var dårlig i ca. to minutter. Spørgsmålet om %s blev stillet igen.]" % r.choice(["skolen", "samværet", "medicinen", "lægen"]),
    ]
    if not c.clean:
        sis = c.people[-1]
        bodies[3] = bodies[3] % (c.AD(sis, r.choice(["comma", "full"])), c.EM(sis))
    tail = c.L("Referent: %s" % c.N(sb, r.choice(["full", "ini"])), "Referent: rådgiveren")
    return assemble(c, band, head, bodies, tail, la=("admin", lambda x: "[Rådgiverens note: %s]" % x, "any"))


def g4_summary(c, band):
    r = c.r
    o, mor, far, kid, tolk, sb = tolk_cast(c)
    form = r.choice(FORMS)
    w, wrong, right = r.choice(MISUND)
    head = "\n".join([
        "Resumé af samtale med tolk (%s)" % form,
        c.L("Borger: %s, CPR %s" % (c.N(mor, "full"), c.CPR(mor)), "Borger: mor (%d år)" % c.age(mor)),
        c.L("Barn: %s, født %s" % (c.N(kid, "full"), c.DOB(kid)), "Barn: Barn A (%d år)" % c.age(kid)),
        c.L("Tolk: %s (%s)" % (c.N(tolk, r.choice(["full", "rev"])), LANG[o]), "Tolk: %s" % LANG[o]),
    ])
    bodies = [
        "Samtalen handlede om %s og om, hvordan mor oplever hverdagen efter flytningen. Mor fortalte, at %s sover dårligt og ikke vil i skole." % (r.choice(["barnets plan", "den børnefaglige undersøgelse", "støtte efter Barnets lov § 32", "samværet med far"]), c.N(kid, "first")),
        "Misforståelse afklaret: Mor troede, at '%s' betød '%s'. Efter tolkens bemærkning blev det forklaret, at det betyder %s. Mor sagde bagefter, at hun var lettet." % (w, wrong, right),
        c.L("Far, %s, er født %s og bor på %s." % (c.N(far, "full"), c.DOB(far), c.FAD(far) if far.origin != "dk" else c.AD(far)),
            "Far bor i udlandet og har ikke forældremyndighed."),
        c.L("Mor oplyste nyt nummer: %s. Far kan træffes på %s, men mor ønsker ikke, at han får hendes adresse (%s)." % (c.PH(mor), c.PH(far, foreign=True), c.AD(mor, "street")),
            "Mor oplyste et nyt nummer, som er registreret i sagen. Mor ønsker ikke, at far får hendes nye adresse."),
        c.L("Tolken, %s, bemærkede, at mor brugte et ord for 'bekymring', der også kan betyde 'skam'. Det blev uddybet." % c.T(tolk, "fru" if tolk.gender == "f" else "hr."),
            "Tolken bemærkede, at mor brugte et ord for 'bekymring', der også kan betyde 'skam'. Det blev uddybet."),
        "Aftalt: Næste samtale %s kl. %s med %s. Mor ønsker samme tolk og en kvindelig tolk, hvis den samme ikke kan." % (md(r, style="long", when="future"), tm(r), r.choice(FORMS)),
    ]
    tail = c.L("/%s" % c.N(sb, "ini"), "/rådgiver")
    return assemble(c, band, head, bodies, tail, la=("admin", None, "end"))


def g4_log(c, band):
    r = c.r
    o, mor, far, kid, tolk, sb = tolk_cast(c)
    tolk2 = c.pro("den nye tolk", origin=o)
    h, m = r.randint(8, 14), r.randint(0, 30)

    def t(dm):
        mm = m + dm
        return "%02d.%02d" % (h + mm // 60, mm % 60)
    head = "Log – telefontolket opkald, %s (%s)" % (md(r, style="dot"), LANG[o])
    lines = [
        "%s Opkald til tolkeformidlingen. %s" % (t(0), c.L("Tolk %s på linjen." % c.N(tolk, "full"), "Tolk på linjen.")),
        c.L("%s Ringer til %s på %s. Ingen svar." % (t(2), c.N(mor, "first"), c.PH(mor)), "%s Ringer til mor. Ingen svar." % t(2)),
        c.L("%s Nyt forsøg, %s tager telefonen. Identitet bekræftet med CPR %s. Kort præsentation af formålet." % (t(5), c.N(mor, "first"), c.CPR(mor, c.ch(["spoken", "dash", "space"]))), "%s Nyt forsøg, mor tager telefonen. Kort præsentation af formålet." % t(5)),
        "%s Mor spørger, om %s bliver taget fra hende. [Tolken: spørgsmålet gentaget to gange, mor græder.]" % (t(9), c.N(kid, "first")),
        c.L("%s Forbindelsen afbrydes. Ny tolk %s kobles på." % (t(14), c.N(tolk2, "full")), "%s Forbindelsen afbrydes. Ny tolk kobles på." % t(14)),
        "%s Det aftales, at mor møder op %s kl. %s. Der bestilles %s." % (t(21), md(r, style="wd", when="future"), tm(r), r.choice(["fremmødetolk", "videotolk"])),
        c.L("%s Mor oplyser, at hun midlertidigt bor hos sin bror på %s." % (t(24), c.AD(mor, "full")), "%s Mor oplyser, at hun midlertidigt bor hos sin bror." % t(24)),
        c.L("%s Mor staver sin mail: %s." % (t(26), c.EM(mor, spoken=True)), "%s Mor vil hellere have brev med posten end mail." % t(26)),
        "%s Mor fortæller, at %s har haft mareridt og ikke vil sove alene. Hun beder om hjælp fra en psykolog." % (t(27), c.N(kid, "first")),
        c.L("%s Far, %s, ringer ind på samme tid fra %s. Han får besked om, at han kontaktes senere." % (t(28), c.N(far, "full"), c.PH(far, foreign=c.r.random() < 0.5)),
            "%s Far ringer ind på samme tid fra udlandet. Han får besked om, at han kontaktes senere." % t(28)),
        "%s Tolken bemærker, at mor brugte et ord, der både kan betyde 'barnepige' og 'plejemor'. Det blev afklaret, at hun mente barnepige." % t(29),
        "%s Samtalen afsluttes. Varighed %d min. Tolkeregning godkendt." % (t(31), 31),
    ]
    bodies = ["\n".join(lines[i:i + 2]) for i in range(0, len(lines), 2)]
    tail = c.L("Noteret af %s" % c.N(sb, r.choice(["full", "dotini", "ini"])), "Noteret af rådgiveren")
    return assemble(c, band, head, bodies, tail, sep="\n", la=("admin", lambda x: "%s Note: %s" % (t(33), x), "end"))

# ================================================================ genre 5: exclusion orders, violence in the family
def vio_cast(c):
    r = c.r
    mor = c.person("mor", gender="f", years=(1980, 2000))
    far = c.person("far", gender="m", years=(1975, 1998), family=mor if r.random() < 0.6 else None)
    k1 = c.child("Barn A", years=(2011, 2018), family=mor)
    k2 = c.child("Barn B", years=(2017, 2023), family=mor)
    pol = c.pro("politiassistenten")
    sb = c.pro("sagsbehandleren")
    mf = c.person("morfar", gender="m", years=(1950, 1970), family=mor, last=mor.last if r.random() < 0.7 else None)
    kc = c.pro("krisecentermedarbejderen", gender="f")
    return mor, far, k1, k2, pol, sb, mf, kc


def polnr(r):
    return "%d-%d-%05d-%02d" % (r.choice([3500, 3600, 3700, 4100, 1300, 2300, 5100]), r.randint(10000, 99999), r.randint(1, 99999), r.choice([24, 25]))


def g5_police(c, band):
    r = c.r
    mor, far, k1, k2, pol, sb, mf, kc = vio_cast(c)
    per = r.choice(["4 uger", "14 dage", "10 døgn", "3 uger"])
    kv = [
        "%s – underretning til %s, Børn og Unge" % (c.police, c.kommune),
        "Journalnr.: %s" % polnr(r),
        "Hændelse: Bortvisning efter tilholdsloven, %s kl. %s" % (md(r, style="dot"), tm(r)),
        c.L("Gerningssted: %s" % c.AD(mor, r.choice(["full", "comma", "nofloor"])), "Gerningssted: familiens bopæl i %s" % c.town),
        c.L("Bortvist: %s, CPR %s" % (c.N(far, r.choice(["full", "caps", "rev"])), c.CPR(far)), "Bortvist: far (%d år)" % c.age(far)),
        "Periode: %s fra forkyndelsen" % per,
        c.L("Forurettede: %s, født %s" % (c.N(mor, "full"), c.DOB(mor)) if r.random() < 0.6 else "Forurettede: %s, CPR %s" % (c.N(mor, "full"), c.CPR(mor)),
            "Forurettede: mor (%d år)" % c.age(mor)),
        c.L("Børn i hjemmet: %s (%s) og %s (%s)" % (c.N(k1, "first"), c.DOB(k1), c.N(k2, "first"), c.DOB(k2)),
            "Børn i hjemmet: Barn A (%d år) og Barn B (%d år)" % (c.age(k1), c.age(k2))),
    ]
    head = "\n".join(kv[:5] if band == "S" else kv)
    bodies = [
        "Beskrivelse: Patruljen blev kaldt ud efter anmeldelse fra en nabo om råb og slag. %s åbnede døren med blod ved næsen. Børnene var vågne og stod i gangen." % c.L(c.N(mor, "first", cap=True), "Mor"),
        c.L("%s oplyste, at %s ringede til %s fra sin egen telefon (%s)." % (c.N(k1, "first", cap=True), HAN(k1), c.ch(["112", "morfar"]), c.PH(k1)),
            "Barn A oplyste, at %s selv ringede 112 fra sin telefon." % HAN(k1)),
        c.L("Den bortviste har opgivet midlertidig adresse hos en ven: %s, tlf. %s." % (c.AD(far, r.choice(["comma", "street", "sloppy"])), c.PH(far)),
            "Den bortviste har opgivet en midlertidig adresse hos en ven, som politiet har noteret."),
        "Forurettede er vejledt om krisecenter og om Lev Uden Vold (1888). Der er ikke tidligere registreret sager om vold på adressen.",
        c.L("Det yngste barn, %s, græd og ville ikke give slip på sin mor." % c.N(k2, "miss"), "Det yngste barn græd og ville ikke give slip på sin mor.") + " Det ældste barn sagde til patruljen: 'Det er ikke første gang.'",
        c.L("Bortvisningen blev forkyndt for %s kl. %s. %s nægtede at underskrive, men forlod adressen med en taske." % (c.N(far, "last"), tm(r), cap1(HAN(far))),
            "Bortvisningen blev forkyndt for den bortviste kl. %s. Han nægtede at underskrive, men forlod adressen med en taske." % tm(r)),
        c.L("Morfar, %s, kom til stede kl. %s og overnatter hos familien. Han kan træffes på %s." % (c.N(mf, "full"), tm(r), c.PH(mf)),
            "Morfar kom til stede kl. %s og overnatter hos familien." % tm(r)),
        c.L("Kontakt: %s, politiassistent, direkte %s, %s" % (c.N(pol, "full"), c.PH(pol), c.EM(pol)),
            "Kontakt: vagthavende via 114 med henvisning til journalnummeret."),
    ]
    return assemble(c, band, head, bodies, "", la=("violence", lambda x: "Bemærkning: " + x, "end"))


def g5_safety(c, band):
    r = c.r
    mor, far, k1, k2, pol, sb, mf, kc = vio_cast(c)
    nabo = c.person("naboen", gender=r.choice("fm"), years=(1955, 1990))
    head = c.L("Sikkerhedsplan for %s (%s) og %s (%s) – udarbejdet %s" % (c.N(k1, "first"), c.DOB(k1), c.N(k2, "first"), c.DOB(k2), md(r, style="long")),
               "Sikkerhedsplan for Barn A og Barn B – udarbejdet %s" % md(r, style="long"))
    pts = [
        "Hvis far kommer til døren, lukker vi ikke op. %s tager %s med ind på badeværelset og ringer 112." % (c.N(k1, "first", cap=True), c.N(k2, "first")),
        c.L("Voksne, børnene kan ringe til: morfar %s (%s) og naboen %s, som bor på %s." % (c.N(mf, "full"), c.PH(mf), c.N(nabo, "full"), c.AD(nabo, "street")),
            "Voksne, børnene kan ringe til: morfar og naboen i opgangen. Numrene står på sedlen på køleskabet."),
        "Kodeord: 'blå paraply' i en sms betyder, at mor har brug for hjælp med det samme.",
        c.L("HEMMELIGT: Mor og børnene bor midlertidigt på %s. Adressen må ikke oplyses til far eller hans familie." % c.AD(mor, "full"),
            "HEMMELIGT: Mor og børnene bor midlertidigt et andet sted. Adressen må ikke oplyses til far eller hans familie."),
        c.L("Kun mor og %s må hente børnene i skole og børnehave. Skolen har fået billede af begge." % c.N(mf, "first"),
            "Kun mor og morfar må hente børnene i skole og børnehave. Skolen har fået besked."),
        c.L("Mors hemmelige nummer: %s. Må ikke stå i breve eller i Aula." % c.PH(mor), "Mors nye nummer står ikke i breve eller i Aula."),
        "Sikkerhedsmål (0-10): i dag 4. Målet er 7 inden %s." % md(r, style="long"),
        c.L("Hvis %s føler sig utryg i skolen, går %s til %s på kontoret." % (c.N(k1, "first"), HAN(k1), c.N(c.pro("skolesekretæren"), c.ch(["full", "first"]))),
            "Hvis Barn A føler sig utryg i skolen, går %s til skolesekretæren på kontoret." % HAN(k1)),
        "Børnene må gerne tale med far i telefon, når en voksen er til stede og telefonen står på højttaler.",
        c.L("Far har tilhold og må ikke opholde sig på %s eller ved skolen." % c.AD(mor, "street"), "Far har tilhold og må ikke opholde sig ved bopælen eller ved skolen."),
        "Børnetelefonen 116 111 står på sedlen i %s værelse." % c.G(k1),
        c.L("Ansvarlig: %s, tlf. %s. Opfølgning %s." % (c.N(sb, "full"), c.PH(sb), md(r, style="wd")), "Ansvarlig: sagsbehandleren. Opfølgning %s." % md(r, style="wd")),
    ]
    body = "\n".join("%d. %s" % (i + 1, p) for i, p in enumerate(pts))
    units = body.split("\n")
    return assemble(c, band, head, units, "", sep="\n", la=("violence", lambda x: "NB: " + x, "end"))


def g5_followup(c, band):
    r = c.r
    mor, far, k1, k2, pol, sb, mf, kc = vio_cast(c)
    head = r.choice(["Opfølgning efter krisecenterophold", "Opfølgningsopkald – vold i familien", "Krisecenter-opfølgning, telefonlog"])
    d = meet_date(r)
    ents = [
        c.L("%s kl. %s: Ringet til %s på %s (hemmeligt nummer). Mor fortæller, at børnene sover bedre." % (md(r, d, "dot"), tm(r), c.N(mor, "first"), c.PH(mor)),
            "%s kl. %s: Ringet til mor på hendes hemmelige nummer. Mor fortæller, at børnene sover bedre." % (md(r, d, "dot"), tm(r))),
        c.L("%s kl. %s: Samtale med %s fra krisecentret. %s har udskrivning %s; udflytning til %s." %
            (md(r, d + dt.timedelta(days=3), "dot"), tm(r), c.N(kc, "full"), c.N(mor, "first", cap=True), md(r, d + dt.timedelta(days=r.randint(5, 12)), "long"), c.AD(mor, r.choice(["full", "twoline", "comma"]))),
            "%s kl. %s: Samtale med krisecentret. Mor har udskrivning %s; udflytning til egen lejlighed." % (md(r, d + dt.timedelta(days=3), "dot"), tm(r), md(r, style="long"))),
        "%s kl. %s: %s har været til første samtale i Lev Uden Vold. Forløb på 12 samtaler bevilget." %
        (md(r, d + dt.timedelta(days=9), "dot"), tm(r), c.N(k1, "first", cap=True)),
        c.L("%s kl. %s: Far, %s, har ringet og spurgt efter børnenes adresse. Intet oplyst. Han blev henvist til Familieretshuset." %
            (md(r, d + dt.timedelta(days=12), "dot"), tm(r), c.N(far, "full")),
            "%s kl. %s: Far har ringet og spurgt efter børnenes adresse. Intet oplyst. Han blev henvist til Familieretshuset." % (md(r, d + dt.timedelta(days=12), "dot"), tm(r))),
        c.L("%s kl. %s: Mail til %s om, at %s (%s) må hentes af morfar %s." %
            (md(r, d + dt.timedelta(days=14), "dot"), tm(r), c.EM(mor), c.N(k2, "first"), c.DOB(k2), c.N(mf, "full")),
            "%s kl. %s: Besked til børnehaven om, at Barn B kun må hentes af mor og morfar." % (md(r, d + dt.timedelta(days=14), "dot"), tm(r))),
        "Næste opfølgning: om %d uger. Hvis mor ikke svarer, kontaktes krisecentret." % r.randint(2, 6),
        c.L("%s kl. %s: %s ringer fra skolen: %s har fortalt, at far stod ved cykelskuret i frikvarteret. Politiet er orienteret." %
            (md(r, d + dt.timedelta(days=17), "dot"), tm(r), c.N(c.pro("klasselæreren"), "full"), c.N(k1, "first")),
            "%s kl. %s: Klasselæreren ringer: Barn A har fortalt, at far stod ved cykelskuret i frikvarteret. Politiet er orienteret." % (md(r, d + dt.timedelta(days=17), "dot"), tm(r))),
        "%s kl. %s: Møde med mor. Sikkerhedsplanen gennemgået punkt for punkt. Skaleringen er steget fra 3 til 6." % (md(r, d + dt.timedelta(days=20), "dot"), tm(r)),
        c.L("%s kl. %s: Brev om bevilling sendt til %s, CPR %s." % (md(r, d + dt.timedelta(days=21), "dot"), tm(r), c.N(mor, "full"), c.CPR(mor)),
            "%s kl. %s: Brev om bevilling sendt til mor via Digital Post." % (md(r, d + dt.timedelta(days=21), "dot"), tm(r))),
    ]
    tail = c.L("/%s" % c.N(sb, "ini"), "/sagsbehandler")
    return assemble(c, band, head, ents, tail, sep="\n", la=("violence", lambda x: "Note: " + x, "end"))


def g5_letter(c, band):
    r = c.r
    mor, far, k1, k2, pol, sb, mf, kc = vio_cast(c)
    block = c.L("%s\n%s" % (c.N(far, "full"), c.AD(far, "twoline")), "Til far\nSendt via Digital Post")
    head = block + "\n\n" + "%s, %s" % (c.town, md(r, c.today, "long")) + "\n\nVedrørende: Samvær efter bortvisning – sagsnr. " + sagsnr(r) + c.L("\nBørn: %s, CPR %s, og %s, CPR %s" % (c.N(k1, "full"), c.CPR(k1), c.N(k2, "full"), c.CPR(k2)), "")
    bodies = [
        c.L("Kære %s" % c.N(far, "first"), "Kære far"),
        "Politiet har den %s bortvist dig fra bopælen. Kommunen har derfor pligt til at vurdere, om %s og %s har brug for støtte." %
        (md(r, style="long", when="past"), c.N(k1, "first"), c.N(k2, "first")),
        "Du har ret til at se børnenes sag og til at tage en bisidder med, jf. Barnets lov § 6. Spørgsmål om samvær afgøres af Familieretshuset, ikke af kommunen.",
        "Du tilbydes et forløb i Lev Uden Vold for voldsudøvere. Du kan selv ringe til hotlinen på 1888.",
        "Vi har talt med børnene. De savner dig, men de er også bange. Derfor foreslår vi, at eventuelle kontakter i første omgang sker under tilsyn.",
        c.L("Vi er bekendt med, at du midlertidigt bor hos %s. Hvis du flytter, skal du give os din nye adresse." % c.N(c.person("fars ven", gender="m", years=(1970, 1999)), c.ch(["full", "first"])),
            "Vi er bekendt med, at du midlertidigt bor hos en ven. Hvis du flytter, skal du give os din nye adresse."),
        "Vi holder et møde %s kl. %s på rådhuset, hvor vi gennemgår vores vurdering. Du kan møde personligt eller deltage på Teams." % (md(r, style="wd"), tm(r)),
        c.L("Vi beder dig kontakte os senest %s på %s eller %s." % (md(r, style="long", when="future"), c.PH(sb), c.EM(sb)),
            "Vi beder dig kontakte os senest %s via kommunens hovednummer 72 36 00 00." % md(r, style="long", when="future")),
    ]
    bodies = [bodies[0] + "\n\n" + bodies[1]] + bodies[2:]
    tail = c.L("Med venlig hilsen\n\n%s\nSocialrådgiver\n%s" % (c.N(sb, "full"), c.kommune), "Med venlig hilsen\n\nSocialrådgiver\n%s" % c.kommune)
    return assemble(c, band, head, bodies, tail, la=("admin", None, "end"))

# ================================================================ genre 6: notifications about unborn children
def unborn_cast(c):
    r = c.r
    mor = c.person("den gravide", gender="f", years=(1994, 2006))
    far = c.person("barnets far", gender="m", years=(1988, 2004))
    mm = c.person("mormor", gender="f", years=(1962, 1982), family=mor, last=mor.last if r.random() < 0.6 else None)
    jm = c.pro("jordemoderen", gender="f")
    dr = c.pro("egen læge")
    dr.email = ascii_fold(dr.first.split("-")[0].split(" ")[0]).lower() + "." + ascii_fold(dr.last.split(" ")[-1]).lower() + "@dadlnet.dk"
    sp = c.pro("sundhedsplejersken", gender="f")
    sb = c.pro("sagsbehandleren")
    sib = c.child("storesøsteren", gender="f", years=(2014, 2021), family=mor)
    return mor, far, mm, jm, dr, sp, sb, sib


CONC6 = [
    "den gravide har et dagligt forbrug af hash og har udeblevet fra to konsultationer",
    "der er oplysninger om vold i parforholdet, og den gravide virker bange for barnets far",
    "den gravide har en kendt psykisk sårbarhed og har stoppet sin medicin uden aftale",
    "den gravide har en ældre søster til barnet, som er anbragt uden for hjemmet",
    "den gravide er hjemløs og sover skiftevis hos venner",
    "barnets far er i behandling for alkoholafhængighed og har tidligere været i fængsel",
]


def g6_midwife(c, band):
    r = c.r
    mor, far, mm, jm, dr, sp, sb, sib = unborn_cast(c)
    wk = r.randint(14, 30)
    hosp = r.choice(HOSPITALS)
    kv = [
        "Underretning vedr. ufødt barn",
        c.L("Fra: jordemoder %s, %s, tlf. %s" % (c.N(jm, "full"), hosp, c.PH(jm)), "Fra: jordemoder, %s" % hosp),
        c.L("Den gravide: %s, CPR %s" % (c.N(mor, r.choice(["full", "caps", "rev"])), c.CPR(mor)), "Den gravide: %d år, førstegangsfødende: %s" % (c.age(mor), r.choice(["ja", "nej"]))),
        c.L("Adresse: %s" % c.AD(mor), "Bopæl: %s" % c.kommune),
        "Graviditet: uge %d ved henvendelsen, termin i uge %d" % (wk, min(42, wk + r.randint(8, 20))),
        c.L("Barnets far: %s, født %s, tlf. %s" % (c.N(far, "full"), c.DOB(far), c.PH(far)), "Barnets far: %d år, bor ikke sammen med den gravide" % c.age(far)),
    ]
    head = "\n".join(kv[:4] if band == "S" else kv)
    bodies = [
        "Bekymring: Jeg underretter, fordi %s. Jeg vurderer, at barnet kan få behov for særlig støtte efter fødslen." % r.choice(CONC6),
        c.L("%s har selv sagt ja til, at jeg kontakter kommunen, og ønsker at %s, hendes mor, deltager i møder. Mormor kan træffes på %s." % (c.N(mor, "first", cap=True), c.N(mm, "full"), c.PH(mm)),
            "Den gravide har selv sagt ja til, at jeg kontakter kommunen, og ønsker at hendes mor deltager i møder."),
        "Der er aftalt henvisning til Familieambulatoriet. Næste jordemoderkonsultation er %s kl. %s." % (md(r, style="long", when="future"), tm(r)),
        c.L("Egen læge, %s, er orienteret og har givet samme vurdering." % c.T(dr, "dr."), "Egen læge er orienteret og har givet samme vurdering."),
        "Ved seneste konsultation var den gravide afvisende og sagde, at kommunen 'tager børn'. Jeg har forklaret, at formålet er at give støtte i god tid før fødslen.",
        c.L("Barnets far, %s, var med og virkede påvirket. Han oplyste ny adresse: %s." % (c.N(far, "first"), c.AD(far, c.ch(["comma", "sloppy", "full"]))),
            "Barnets far var med og virkede påvirket. Han oplyste, at han er flyttet."),
        c.L("Hun har en datter, %s (født %s), som bor hos sin far på %s." % (c.N(sib, "first"), c.DOB(sib), c.AD(sib, "comma")),
            "Hun har en datter på %d år, som bor hos sin far." % c.age(sib)),
    ]
    return assemble(c, band, head, bodies, la=("health", None, "end"), tail=c.L("Venlig hilsen\n%s\nJordemoder" % c.N(jm, "full"), "Venlig hilsen\nJordemoder"))


def g6_gp(c, band):
    r = c.r
    mor, far, mm, jm, dr, sp, sb, sib = unborn_cast(c)
    head = "%s\nMyndighed, Børn og Unge\nAtt.: modtagelsen af underretninger\n\n%s, %s" % (c.kommune, c.town, md(r, c.today, "long"))
    head += "\n\n" + c.L("Vedr.: %s, %s\n%s" % (c.N(mor, "full"), c.CPR(mor), c.AD(mor, "twoline")), "Vedr.: gravid patient, %d år, bosat i kommunen" % c.age(mor))
    bodies = [
        "Som praktiserende læge ønsker jeg at underrette om en bekymring for et ufødt barn. %s" % cap1(r.choice(CONC6)) + ".",
        "Patienten er gravid i uge %d. Hun er i behandling med %s og har diagnosen %s." % (r.randint(12, 32), r.choice(MEDS), r.choice(ICD)),
        c.L("Barnets far er formentlig %s, født %s. Han er ikke tilmeldt praksis, og jeg kender ikke hans adresse." % (c.N(far, "full"), c.DOB(far)),
            "Barnets far er ikke tilmeldt praksis, og jeg kender ikke hans adresse."),
        "Jeg har drøftet underretningen med patienten, som er indforstået. Hun ønsker hjælp til bolig og til at forberede sig på at blive mor.",
        "Ved konsultationen %s var blodtrykket normalt, men patienten havde tabt sig, og hun fortalte, at hun kun sover få timer om natten." % md(r, style="long", when="past"),
        c.L("Patientens mor, %s, har ringet til klinikken fra %s og udtrykt stor bekymring." % (c.N(mm, "full"), c.PH(mm)),
            "Patientens mor har ringet til klinikken og udtrykt stor bekymring."),
        "Jeg foreslår et netværksmøde inden uge 30 med deltagelse af jordemoder og sundhedsplejerske.",
        c.L("Jeg kan kontaktes direkte på %s mellem kl. 8 og 9 eller på %s." % (c.PH(dr), c.EM(dr)),
            "Jeg kan kontaktes via klinikkens telefontid mellem kl. 8 og 9."),
    ]
    tail = c.L("Med venlig hilsen\n%s\nPraktiserende læge" % c.N(dr, "full"), "Med venlig hilsen\nPraktiserende læge")
    return assemble(c, band, head, bodies, tail, la=("health", None, "any"))


def g6_plan(c, band):
    r = c.r
    mor, far, mm, jm, dr, sp, sb, sib = unborn_cast(c)
    ven = c.person("veninden", gender="f", years=(1994, 2004))
    head = c.L("Plan for fødsel og de første uger – %s og %s" % (c.N(mor, "first"), c.N(far, "first")),
               "Plan for fødsel og de første uger – de kommende forældre")
    tab = ["| Person | Rolle | Kontakt |", "|---|---|---|",
           c.L("| %s | mormor, aflaster om natten | %s |" % (c.N(mm, "full"), c.PH(mm)), "| Mormor | aflaster om natten | via den gravide |"),
           c.L("| %s | veninde, kører til fødegangen | %s |" % (c.N(ven, "first"), c.PH(ven)), "| Veninde | kører til fødegangen | via den gravide |"),
           c.L("| %s | sundhedsplejerske, besøg dag 3-5 | %s |" % (c.N(sp, "full"), c.PH(sp)), "| Sundhedsplejerske | besøg dag 3-5 | Sundhedsplejen |"),
           c.L("| %s | sagsbehandler | %s |" % (c.N(sb, "full"), c.EM(sb)), "| Sagsbehandler | koordinerer | 72 36 00 00 |")]
    bodies = [
        "Netværk:\n" + "\n".join(tab[:4 if band == "S" else 6]),
        "Fødsel: Planlagt på %s. Fødegangen er orienteret om, at kommunen skal kontaktes, hvis barnet skal blive på neonatalafsnittet." % r.choice(HOSPITALS),
        c.L("Efter fødslen: Mor og barn bor de første to uger hos %s på %s. Far kommer på besøg dagligt mellem kl. 15 og 19." % (c.N(mm, "first"), c.AD(mm, r.choice(["full", "comma"]))),
            "Efter fødslen: Mor og barn bor de første to uger hos mormor. Far kommer på besøg dagligt mellem kl. 15 og 19."),
        "Støtte: Familiebehandling efter Barnets lov § 32 fra uge 36. Forældrekompetencen vurderes løbende, og der holdes netværksmøde %s." % md(r, style="wd"),
        c.L("Forældrenes CPR: %s (mor) og %s (far)." % (c.CPR(mor), c.CPR(far)), "Forældrenes alder: %d og %d år." % (c.age(mor), c.age(far))),
        c.L("Mormor er født %s og har selv været plejemor i mange år. Hun bor på %s." % (c.DOB(mm), c.AD(mm, c.ch(["street", "comma"]))),
            "Mormor har selv været plejemor i mange år og bor tæt på."),
        "Hvis mor ikke møder til jordemoderkonsultation, ringer jordemoderen samme dag til sagsbehandleren.",
    ]
    return assemble(c, band, head, bodies, "", la=("health", None, "end"))


def g6_clinic(c, band):
    r = c.r
    mor, far, mm, jm, dr, sp, sb, sib = unborn_cast(c)
    ps = c.pro("psykologen i Familieambulatoriet")
    d = md(r, style="dot")
    head = "Netværksmøde i Familieambulatoriet, %s" % d + c.L("\nGravid: %s, f. %s" % (c.N(mor, "full"), c.DOB(mor)), "") + "\n" + c.L(
        "Til stede: %s (gravid, uge %d), %s, %s (mormor), %s (psykolog), %s (sagsbehandler)" % (c.N(mor, "full"), r.randint(20, 34), c.N(far, "first"), c.N(mm, "first"), c.N(ps, "full"), c.N(sb, "full")),
        "Til stede: den gravide (uge %d), barnets far, mormor, psykolog, sagsbehandler" % r.randint(20, 34))
    h = r.randint(9, 13)
    ents = [
        "%02d.00 Velkomst. Formålet er at lægge en plan før fødslen, så barnet er trygt fra første dag." % h,
        "%02d.10 %s fortæller, at hun har været stoffri i %d uger og tester negativ ved hver konsultation." % (h, c.N(mor, "first", cap=True), r.randint(3, 14)),
        c.L("%02d.20 %s er bekymret for, at %s ikke kan klare nætterne. Hun tilbyder at bo hos dem i %s." % (h, c.N(mm, "first", cap=True), c.N(mor, "first"), c.ch(["to uger", "en måned"])),
            "%02d.20 Mormor er bekymret for, at den gravide ikke kan klare nætterne. Hun tilbyder at bo hos dem i to uger." % h),
        c.L("%02d.30 %s har fået lejlighed på %s fra %s." % (h, c.N(far, "first", cap=True), c.AD(far, "full"), md(r, style="long")),
            "%02d.30 Barnets far har fået lejlighed fra %s." % (h, md(r, style="long"))),
        "%02d.40 Aftale om ugentlige samtaler med psykologen og test for %s hver 14. dag." % (h, r.choice(["hash", "opioider", "alkohol"])),
        c.L("%02d.50 Kontakt: mor %s, far %s." % (h, c.PH(mor), c.PH(far)), "%02d.50 Kontaktoplysninger ajourført i sagen." % h),
        c.L("%02d.55 %s (sundhedsplejerske) kommer på graviditetsbesøg %s og igen dag 4 efter fødslen." % (h, c.N(sp, "full"), md(r, style="wd")),
            "%02d.55 Sundhedsplejersken kommer på graviditetsbesøg %s og igen dag 4 efter fødslen." % (h, md(r, style="wd"))),
        "%02d.00 Farens bekymring: at kommunen allerede har besluttet noget. Sagsbehandleren forklarer, at der ikke er truffet afgørelse, og at forældrene bliver partshørt." % (h + 1),
        c.L("%02d.05 %s beder om at få referatet på mail: %s." % (h + 1, c.N(mor, "first", cap=True), c.EM(mor)), "%02d.05 Den gravide beder om at få referatet i e-Boks." % (h + 1)),
        "%02d.10 Næste møde i uge %d. Mødet slutter." % (h + 1, r.randint(30, 38)),
    ]
    tail = c.L("Referent: %s" % c.N(sb, r.choice(["ini", "full", "dotini"])), "Referent: sagsbehandleren")
    return assemble(c, band, head, ents, tail, sep="\n", la=("health", lambda x: "%02d.15 Note: %s" % (h + 1, x), "end"))


GENRES = [
    ("email", [("thread", g1_thread), ("forward", g1_forward), ("inline", g1_inline), ("english", g1_english)]),
    ("foster_diary", [("diary", g2_diary), ("lifebook", g2_lifebook), ("familytree", g2_tree)]),
    ("siblings", [("table", g3_table), ("sms", g3_sms), ("minutes", g3_minutes)]),
    ("interpreter", [("transcript", g4_transcript), ("summary", g4_summary), ("log", g4_log)]),
    ("violence", [("police", g5_police), ("safetyplan", g5_safety), ("followup", g5_followup), ("letter", g5_letter)]),
    ("unborn", [("midwife", g6_midwife), ("gp_letter", g6_gp), ("birthplan", g6_plan), ("clinic", g6_clinic)]),
]

# ================================================================ institutions
INST_TPL = {
    "daginstitution": [("{A} har meddelt, at pladsen ophører pr. {d}. Barnet starter i stedet i {B} efter aftale med forældrene.", "daginstitution"),
                       ("Lillesøster går i {A}, og storebror er netop startet på {B}.", "skole"),
                       ("Pædagogerne i {A} har skrevet en kort beskrivelse af barnets trivsel til mødet {d}.", None)],
    "skole": [("Barnet er optaget på {A} fra næste skoleår. Skolen har ønsket et overleveringsmøde med kommunen inden sommerferien.", None),
              ("{A} har sendt en statusrapport om trivsel og skolegang. Rapporten drøftes på teammødet {d}.", None),
              ("Den unge bor på {B} og går i skole på {A}. Kontaktpersonen deltager i statusmødet {d}.", "opholdssted")],
    "efterskole": [("Den unge er optaget på {A} fra august. Kommunen har modtaget ansøgning om hjælp til egenbetalingen.", None),
                   ("{A} har ringet om hjemve og ønsker et møde med plejefamilien {d}.", None)],
    "opholdssted": [("Socialtilsynet har godkendt {A} til otte pladser. Der er aktuelt én ledig plads fra {d}.", None),
                    ("Søskende mødes på {A}, hvor der er et samværsrum med køkken og legeplads.", None),
                    ("Den unge bor på {A} og går i skole på {B}. Kontaktpersonen deltager i statusmødet {d}.", "skole"),
                    ("{A} har sendt en statusrapport om trivsel og skolegang. Rapporten drøftes på teammødet {d}.", None)],
    "klub": [("Drengen går til træning i {A} to gange om ugen og har fået en fast voksen der.", None),
             ("Pigen kommer i {A} tre eftermiddage om ugen, og klubben giver besked, hvis hun udebliver.", None)],
    "plejefamilier": [("Plejefamilien er tilknyttet {A}, som står for supervision og efteruddannelse. Kommunen betaler efter kontrakt fra {d}.", None),
                      ("Fra {d} bliver {A} leverandør af familiepleje, og sagsbehandleren holder opstartsmøde med plejefamilien.", None),
                      ("Det er aftalt, at {A} og {B} udveksler erfaringer om netværkspleje på et fælles temamøde {d}.", "plejefamilier")],
}


def gen_institution(c, i):
    r = c.r
    a = P.INSTITUTIONS[i]
    tpl, btype = r.choice(INST_TPL[a[0]])
    b = r.choice([x for x in P.INSTITUTIONS if x != a and (btype is None or x[0] == btype)])
    return tpl.format(A=M("institution", a[1]), B=M("institution", b[1]), d=md(r, style=r.choice(["long", "dot"])))

# ================================================================ checks
def pool_tokens():
    toks = set()
    names = []
    for o in P.FIRST:
        for g in "fm":
            names += P.FIRST[o][g]
    for o in P.SUR:
        names += P.SUR[o]
    names += list(P.NICK.values()) + list(P.FEM_SUR.values()) + list(P.MASC_SUR.values())
    for n in names:
        for t in re.findall(r"[^\W\d_]+", n):
            if len(t) >= 2 and t not in PARTICLES and t[0].isupper():
                toks.add(t)
                toks.add(t.upper())
    return toks


POOL = pool_tokens()
PH_RES = [re.compile(r"(?<![\d+])(?:\+45 ?|0045 ?)?\d{8}(?!\d)"),
          re.compile(r"(?<![\d+.,/-])(?:\+45 ?)?\d{2}([ .-])\d{2}\1\d{2}\1\d{2}(?![\d])"),
          re.compile(r"(?<![\d+.,])(?:\+45 ?)?\d{4} \d{4}(?!\d)"),
          re.compile(r"\+\d{2,3}[ \d]{6,}")]
CPR_RES = [re.compile(r"(?<!\d)\d{6} ?[-–]? ?\d{4}(?!\d)"), re.compile(r"(?<!\d)\d{2}[. ]\d{2}[. ]\d{2} ?[- ]? ?\d{4}(?!\d)"),
           re.compile(r"(?<!\d)\d{4} \d{2}-\d{4}(?!\d)")]
LABEL_OK = re.compile(r"(CVR|EAN|P-nr|SE-nr)[^\n]{0,12}$")
STREET_RES = [re.compile(re.escape(s) + r"\s*\d", re.I) for s in P.STREETS]
BORN_RE = re.compile(r"(?i)(født|(?<!\w)f\.|fødselsdato:?)\s*(den\s*)?\d")


class Fail(Exception):
    pass


def check(text, spans, allowed, band=None, words=None, forbid=None):
    # offsets, order, kinds, whitespace
    last = -1
    for sp in spans:
        if text[sp["start"]:sp["end"]] != sp["text"]:
            raise Fail("offset")
        if sp["start"] < last:
            raise Fail("overlap/order")
        last = sp["end"]
        if sp["kind"] not in allowed:
            raise Fail("kind " + sp["kind"])
        if sp["text"] != sp["text"].strip() or not sp["text"]:
            raise Fail("whitespace in span")
    n = len(text.split())
    lo, hi = words if words else BANDS[band]
    if not (lo <= n <= hi):
        raise Fail("band %d not in %s" % (n, (lo, hi)))
    # unplanted copies
    for sp in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(sp["text"]) + r"(?!\w)", text):
            if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans):
                raise Fail("unplanted copy: %r" % sp["text"])
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            if chars[i] != "\n":
                chars[i] = "¤"
    masked = "".join(chars)
    for m in re.finditer(r"[^\W\d_]+", masked):
        if m.group(0) in POOL:
            raise Fail("pool name outside span: %r" % m.group(0))
    for rx in PH_RES:
        for m in rx.finditer(masked):
            if m.group(0).strip() in P.PUBLIC_NUMBERS or LABEL_OK.search(masked[max(0, m.start() - 16):m.start()]):
                continue
            raise Fail("phone-shaped: %r" % m.group(0))
    for rx in CPR_RES:
        m = rx.search(masked)
        if m:
            raise Fail("cpr-shaped: %r" % m.group(0))
    if "@" in masked:
        raise Fail("@ outside email")
    for rx in STREET_RES:
        m = rx.search(masked)
        if m:
            raise Fail("street+number: %r" % m.group(0))
    m = BORN_RE.search(masked)
    if m:
        raise Fail("født+digits: %r" % m.group(0))
    if forbid:
        for f in forbid:
            if f in text:
                raise Fail("planted value in clean text: %r" % f)


# ================================================================ main
def slots():
    out = []
    mixes = [(13, 13, 14), (13, 13, 14), (13, 14, 13), (13, 14, 13), (14, 13, 13), (14, 13, 13)]
    for gi, (gname, subs) in enumerate(GENRES):
        s_, m_, l_ = mixes[gi]
        k = 0
        for b, n in (("S", s_), ("M", m_), ("L", l_)):
            for j in range(n):
                sname, fn = subs[k % len(subs)]
                k += 1
                out.append((gname, sname, fn, b))
    R.shuffle(out)
    return out


def produce(clean, forbid=None):
    recs, meta, tries_total = [], [], 0
    for idx, (g, sname, fn, band) in enumerate(slots()):
        last_err = None
        for attempt in range(600):
            tries_total += 1
            c = Ctx(R, clean)
            s = fn(c, band).replace(".\x03.", ".\x03")
            text, spans = parse(s)
            try:
                check(text, spans, {"name", "phone", "email", "address", "dob", "cpr"} if not clean else set(), band=band,
                      forbid=forbid)
            except Fail as e:
                last_err = str(e)
                continue
            break
        else:
            raise SystemExit("could not draw %s/%s/%s: %s" % (g, sname, band, last_err))
        rid = "%s-%s%03d" % (CORPUS, "c" if clean else "p", idx + 1)
        recs.append({"id": rid, "text": text, "planted": spans})
        meta.append((g, sname, band))
    return recs, meta, tries_total


def main():
    planted, pmeta, pt = produce(False)
    counts = {}
    for rcd in planted:
        for sp in rcd["planted"]:
            counts[sp["kind"]] = counts.get(sp["kind"], 0) + 1
    forbid = sorted({sp["text"] for rcd in planted for sp in rcd["planted"] if sp["kind"] != "name"})
    clean, cmeta, ct = produce(True, forbid=forbid)
    inst = []
    for i in range(30):
        for attempt in range(200):
            c = Ctx(R, True)
            text, spans = parse(gen_institution(c, i))
            try:
                check(text, spans, {"institution"}, words=(12, 40), forbid=forbid)
            except Fail:
                continue
            break
        else:
            raise SystemExit("institution %d" % i)
        inst.append({"id": "%s-i%03d" % (CORPUS, i + 1), "text": text, "planted": spans})
    # corpus-level checks
    tot = sum(counts.values())
    problems = []
    if not (3000 <= tot <= 4500):
        problems.append("total %d" % tot)
    for k, lo in (("phone", 250), ("address", 250), ("dob", 250), ("cpr", 120), ("email", 120)):
        if counts.get(k, 0) < lo:
            problems.append("%s %d < %d" % (k, counts.get(k, 0), lo))
    if counts.get("name", 0) <= max(v for k, v in counts.items() if k != "name"):
        problems.append("names not most numerous")
    for recs, pre in ((planted, "p"), (clean, "c"), (inst, "i")):
        for i, rcd in enumerate(recs):
            assert rcd["id"] == "%s-%s%03d" % (CORPUS, pre, i + 1)
    for name, recs in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for rcd in recs:
                f.write(json.dumps(rcd, ensure_ascii=False) + "\n")
    # stats
    print("planted span counts:", json.dumps(counts, sort_keys=True), "total", tot)
    print("draws: planted %d, clean %d" % (pt, ct))
    for lab, meta, recs in (("planted", pmeta, planted), ("clean", cmeta, clean)):
        by = {}
        for (g, s, b), rcd in zip(meta, recs):
            by.setdefault((g, s), [0, 0, 0, 0])
            by[(g, s)]["SML".index(b)] += 1
            by[(g, s)][3] += len(rcd["planted"])
        print(lab)
        for k in sorted(by):
            print("  %-13s %-11s S=%d M=%d L=%d spans=%d" % (k[0], k[1], *by[k]))
        wcs = [len(rcd["text"].split()) for rcd in recs]
        print("  words min %d max %d mean %.1f" % (min(wcs), max(wcs), sum(wcs) / len(wcs)))
    for name in ("planted.jsonl", "clean.jsonl", "institutions.jsonl"):
        print(name, hashlib.sha256(open(os.path.join(HERE, name), "rb").read()).hexdigest())
    if problems:
        raise SystemExit("corpus-level problems: " + "; ".join(problems))


if __name__ == "__main__":
    main()
