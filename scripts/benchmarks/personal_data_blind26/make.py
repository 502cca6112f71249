# -*- coding: utf-8 -*-
"""blind26: held-out corpus of Danish child-welfare texts with planted personal data.
Python 3.11 standard library only. One fixed seed, one random.Random instance."""
import datetime
import hashlib
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import random  # noqa: E402
from pools import (NAMES, WORDNAMES, NICKS, STREETS, KOMMUNER, PUBLIC_PHONES, PUBLIC_PHONE_LABELS,  # noqa: E402
                   MONTHS, EN_MONTHS, PRIVATE_DOMAINS, LAW_FIRMS, INST_SCHOOL, INST_DAYCARE, INST_HOME,
                   INST_CLUB, INST_FOSTER, INST_EFTER, UDGIFTER, INST_TEMPLATES, GENRE_LABELS)
from pools import PLANTED as PLANTED_GENRES, CLEAN as CLEAN_GENRES  # noqa: E402

SEED = 26202611
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
CORPUS = "blind26"
BANDS = {"S": (30, 80), "M": (81, 150), "L": (151, 300)}
FORMATS = ["prose", "kv", "list", "table", "msg", "letter", "log"]

ORIGINS = [o for o in NAMES if o not in ("dk", "dkrare", "dkword")]

# ---------------------------------------------------------------- small helpers
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv",
        "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs",
        9: "halvfems"}
ORD = ["", "første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende",
       "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende",
       "attende", "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende",
       "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte",
       "enogtredivte"]


def num_da(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t]
    return ONES[o] + "og" + TENS[t]


def year_da(y):
    if y >= 2000:
        r = y - 2000
        return "totusind" + ("" if r == 0 else " og " + num_da(r))
    return "nitten hundrede og " + num_da(y - 1900)


def ascii_fold(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe")
    s = s.replace("Å", "Aa").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ð", "d")
    s = s.replace("đ", "d").replace("ß", "ss").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def words(text):
    return len(text.split())


def fmt_date(d, style):
    dd, mm, yyyy = d.day, d.month, d.year
    if style == 0:
        return f"{dd:02d}.{mm:02d}.{yyyy}"
    if style == 1:
        return f"{dd}. {MONTHS[mm - 1]} {yyyy}"
    if style == 2:
        return f"{yyyy}-{mm:02d}-{dd:02d}"
    if style == 3:
        return f"{dd:02d}/{mm:02d}-{yyyy % 100:02d}"
    if style == 4:
        return f"{dd:02d}/{mm:02d}/{yyyy}"
    if style == 5:
        return f"{dd}/{mm} {yyyy}"
    if style == 6:
        return f"{dd} {EN_MONTHS[mm - 1]} {yyyy}"
    if style == 7:
        return f"{EN_MONTHS[mm - 1]} {dd}, {yyyy}"
    if style == 8:
        return f"{ORD[dd]} {MONTHS[mm - 1]} {year_da(yyyy)}"
    if style == 9:
        return f"{dd:02d}-{mm:02d}-{yyyy}"
    if style == 10:
        return f"{dd}.{mm}.{yyyy}"
    return f"{dd}. {MONTHS[mm - 1][:3]}. {yyyy}"


def rand_date(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


EV_START = datetime.date(2024, 9, 2).toordinal()
EV_END = datetime.date(2026, 3, 27).toordinal()


def event_date():
    return datetime.date.fromordinal(R.randint(EV_START, EV_END))


def fmt_event(d):
    st = R.choice([0, 0, 1, 1, 1, 10, 5])
    if st == 5:
        return f"{d.day}/{d.month}"
    if st == 10:
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    return fmt_date(d, st)


# ---------------------------------------------------------------- persons
ROLES = {
    # role: (age class, gender or None, family?)
    "b": ("child", None, True), "b2": ("child", None, True), "ung": ("teen", None, True),
    "mor": ("adult", "f", True), "far": ("adult", "m", True), "stedfar": ("adult", "m", True),
    "mormor": ("old", "f", True), "farmor": ("old", "f", True), "morbror": ("adult", "m", True),
    "moster": ("adult", "f", True), "plmor": ("adult", "f", False), "plfar": ("adult", "m", False),
    "ven": ("teen", None, False), "ven2": ("teen", None, False), "venmor": ("adult", "f", False),
    "kaereste": ("young", "m", False), "fremmed": ("adult", "m", False), "veninde": ("teen", "f", False),
    "sb": ("prof", None, False), "sb2": ("prof", None, False), "leder": ("prof", None, False),
    "adv": ("prof", None, False), "adv2": ("prof", None, False), "dommer": ("prof", None, False),
    "bsk": ("prof", None, False), "laerer": ("prof", None, False), "skoleleder": ("prof", None, False),
    "ssp": ("prof", None, False), "betj": ("prof", None, False), "betj2": ("prof", None, False),
    "chauf": ("prof", None, False), "chauf2": ("prof", None, False), "ledsager": ("prof", None, False),
    "gr": ("prof", None, False), "ks": ("prof", None, False), "jc": ("prof", None, False),
    "laege": ("prof", None, False), "psyk": ("prof", None, False), "paed": ("prof", None, False),
    "vagt": ("prof", None, False), "vagt2": ("prof", None, False), "mentor": ("prof", None, False),
    "bisid": ("prof", None, False), "fr": ("prof", None, False), "koord": ("prof", None, False),
    "sundk": ("prof", None, False), "uu": ("prof", None, False), "rs": ("prof", None, False),
}

FAM_PHONE_FOREIGN = {
    "polish": ("+48", [3, 3, 3], "5"), "ukrainian": ("+380", [2, 3, 2, 2], "6"),
    "romanian": ("+40", [3, 3, 3], "7"), "turkish": ("+90", [3, 3, 2, 2], "5"),
    "somali": ("+252", [2, 3, 4], "6"), "bosnian": ("+387", [2, 3, 3], "6"),
    "eritrean": ("+291", [1, 3, 3], "7"), "vietnamese": ("+84", [2, 3, 4], "9"),
    "thai": ("+66", [2, 3, 4], "8"), "filipino": ("+63", [3, 3, 4], "9"),
    "english": ("+44", [4, 6], "7"), "greenland": ("+299", [2, 2, 2], "5"),
    "faroe": ("+298", [6], "2"), "afghan": ("+93", [2, 3, 4], "7"), "pakistani": ("+92", [3, 7], "3"),
    "arabic": ("+964", [3, 3, 4], "7"), "kurdish": ("+964", [3, 3, 4], "7"),
}

DK_PREFIXES = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
               "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93", "42", "28", "60", "61"]
DK_LAND = ["86", "87", "89", "96", "97", "98", "75", "76", "64", "65", "66", "62", "33", "35", "36", "38",
           "39", "43", "44", "45", "46", "47", "48", "49", "56", "57", "58", "59", "72", "73", "74"]

FOREIGN_ADDR = {
    "polish": lambda: f"ul. {R.choice(['Długa', 'Polna', 'Leśna', 'Słoneczna', 'Szkolna', 'Ogrodowa', 'Lipowa'])} "
                      f"{R.randint(2, 80)}/{R.randint(1, 40)}, "
                      + R.choice([f"80-{R.randint(100, 999)} Gdańsk", f"30-{R.randint(100, 999)} Kraków",
                                  f"50-{R.randint(100, 999)} Wrocław", f"60-{R.randint(100, 999)} Poznań"]),
    "ukrainian": lambda: f"vul. {R.choice(['Shevchenka', 'Sadova', 'Hrushevskoho', 'Franka'])} {R.randint(2, 90)}, "
                         f"kv. {R.randint(1, 120)}, " + R.choice(["Lviv 79000", "Kharkiv 61000", "Odesa 65000",
                                                                  "Vinnytsia 21000"]),
    "romanian": lambda: f"Str. {R.choice(['Florilor', 'Libertății', 'Morilor', 'Teilor'])} nr. {R.randint(2, 70)}, "
                        f"ap. {R.randint(1, 30)}, " + R.choice(["400000 Cluj-Napoca", "500000 Brașov",
                                                                "700000 Iași", "300000 Timișoara"]),
    "turkish": lambda: f"{R.choice(['Atatürk Cad.', 'Cumhuriyet Cad.', 'İnönü Cad.'])} No: {R.randint(2, 160)} "
                       f"D: {R.randint(1, 20)}, " + R.choice(["06420 Çankaya/Ankara", "35220 Konak/İzmir",
                                                             "34710 Kadıköy/İstanbul"]),
    "greenland": lambda: f"{R.choice(['Aqqusinersuaq', 'Imaneq', 'Qullilerfik', 'Aqqusinertaaq'])} "
                         f"{R.randint(1, 40)}, " + R.choice(["3900 Nuuk", "3911 Sisimiut", "3952 Ilulissat"]),
    "faroe": lambda: f"{R.choice(['Dalavegur', 'Landavegur', 'Klaksvíksvegur'])} {R.randint(1, 60)}, "
                     + R.choice(["100 Tórshavn", "700 Klaksvík"]),
    "english": lambda: f"{R.randint(2, 140)} {R.choice(['Elm Road', 'Church Street', 'Victoria Avenue'])}, "
                       + R.choice(["Leeds LS6 2AB", "Manchester M14 5RT", "Hull HU5 3QJ"]),
    "bosnian": lambda: f"{R.choice(['Zmaja od Bosne', 'Ulica Ferhadija', 'Titova'])} {R.randint(2, 90)}, "
                       + R.choice(["71000 Sarajevo", "75000 Tuzla", "88000 Mostar"]),
    "german": lambda: f"{R.choice(['Hauptstraße', 'Bahnhofstraße', 'Schulstraße'])} {R.randint(2, 90)}, "
                      + R.choice(["24937 Flensburg", "24103 Kiel", "22767 Hamburg"]),
    "swedish": lambda: f"{R.choice(['Storgatan', 'Kungsgatan', 'Parkvägen'])} {R.randint(2, 70)}, "
                       + R.choice([f"211 {R.randint(10, 59)} Malmö", f"413 {R.randint(10, 59)} Göteborg"]),
}


class Person:
    pass


def pick_first(origin, g):
    return R.choice(NAMES[origin][g])


def fem_surname(s, g):
    if g == "f":
        if s.endswith("ski"):
            return s[:-3] + "ska"
        if s.endswith("cki"):
            return s[:-3] + "cka"
    return s


class Ctx:
    def __init__(self, clean=False):
        self.clean = clean
        self.p = {}
        self.mentioned = []
        k = R.choice(KOMMUNER)
        self.kommune, self.domain, self.police, self.court, self.pcs = k
        r = R.random()
        if r < 0.40:
            self.origin = R.choice(["dk", "dk", "dkrare", "dkword"])
        else:
            self.origin = R.choice(ORIGINS)
        self.far_origin = self.origin if R.random() < 0.75 else R.choice(["dk"] + ORIGINS)
        self.fam_surname = None
        self.kids_from = R.choice(["far", "mor", "far"])
        self.used_first = []
        self.used_phone = []
        self.used_tpls = []

    # -- names
    def _surname(self, origin):
        if origin in ("dk", "dkrare", "dkword"):
            pool = NAMES[origin]["s"] if R.random() < 0.8 else NAMES["dk"]["s"]
            return R.choice(pool)
        return R.choice(NAMES[origin]["s"])

    def _first(self, origin, g):
        if origin == "dkword" and R.random() < 0.35:
            origin = "dk"
        for _ in range(30):
            f = pick_first(origin, g)
            if f not in self.used_first:
                self.used_first.append(f)
                return f
        return f

    def person(self, role):
        if role in self.p:
            return self.p[role]
        if self.clean:
            raise ValueError("person in clean text: " + role)
        age, g, fam = ROLES[role]
        P = Person()
        P.role = role
        P.g = g or R.choice("fm")
        if role in ("far", "morbror", "farmor", "stedfar"):
            origin = self.far_origin if role != "stedfar" else R.choice(["dk", self.origin])
        elif fam:
            origin = self.origin
        elif age == "prof":
            origin = R.choice(["dk"] * 7 + ["dkrare", "dkword"] + ORIGINS)
        else:
            origin = R.choice(["dk", "dk", "dkrare", "dkword", self.origin] + ORIGINS[:6])
        P.origin = origin
        P.first = self._first(origin, P.g)
        P.middle = ""
        if origin == "vietnamese":
            P.middle = "Thi" if P.g == "f" else "Van"
        elif origin in ("dk", "dkrare") and R.random() < 0.2:
            P.middle = R.choice(NAMES["dk"]["s"] + NAMES["dkword"]["s"])
        # surname
        if role in ("b", "b2", "ung"):
            if self.fam_surname is None:
                self.fam_surname = self._surname(self.far_origin if self.kids_from == "far" else self.origin)
            last = self.fam_surname
            if R.random() < 0.1 and role != "b2":
                last = last + "-" + self._surname(self.origin)
        elif role == "far":
            if self.fam_surname is None:
                self.fam_surname = self._surname(self.far_origin)
            last = self.fam_surname if self.kids_from == "far" else self._surname(origin)
        elif role == "mor":
            if self.kids_from == "mor":
                if self.fam_surname is None:
                    self.fam_surname = self._surname(origin)
                last = self.fam_surname
            else:
                last = self._surname(origin)
        elif role in ("mormor", "moster", "morbror"):
            last = self._surname(origin)
        else:
            last = self._surname(origin)
            if R.random() < 0.08 and origin in ("dk", "dkrare"):
                last = last + "-" + R.choice(NAMES["dk"]["s"])
        P.last = fem_surname(last, P.g)
        if P.middle and P.middle in P.last.replace("-", " ").split():
            P.middle = ""
        P.nick = NICKS.get(P.first)
        # birth date
        if age == "child":
            P.dob = rand_date(2011, 2021)
        elif age == "teen":
            P.dob = rand_date(2008, 2012)
        elif age == "young":
            P.dob = rand_date(2003, 2007)
        elif age == "old":
            P.dob = rand_date(1950, 1968)
        elif age == "prof":
            P.dob = rand_date(1962, 1998)
        else:
            P.dob = rand_date(1972, 2001)
        if role in ("b", "b2") and ("b2" if role == "b" else "b") in self.p:
            other = self.p["b2" if role == "b" else "b"].dob
            while abs((P.dob - other).days) < 420:
                P.dob = rand_date(2008 if age == "teen" else 2011, 2021)
        P.dobfmt = R.choice([0, 0, 0, 1, 1, 2, 3, 4, 5, 9, 10, 6, 11])
        # cpr
        y = P.dob.year
        if y >= 2000:
            d7 = R.choice([4, 5, 6, 7, 8, 9])
        elif y >= 1937:
            d7 = R.choice([0, 1, 2, 3, 0, 1, 2, 3, 4, 9])
        else:
            d7 = R.choice([0, 1, 2, 3])
        mid = R.randint(0, 99)
        last_d = R.choice([1, 3, 5, 7, 9]) if P.g == "m" else R.choice([0, 2, 4, 6, 8])
        P.cprparts = (f"{P.dob.day:02d}", f"{P.dob.month:02d}", f"{y % 100:02d}", f"{d7}{mid:02d}{last_d}")
        P.cprfmt = R.choice([0, 0, 0, 1, 1, 2, 3, 4, 5, 6])
        # phone
        foreign = (origin in FAM_PHONE_FOREIGN and age in ("adult", "old") and R.random() < 0.22)
        if foreign:
            cc, groups, lead = FAM_PHONE_FOREIGN[origin]
            digits = lead + "".join(str(R.randint(0, 9)) for _ in range(sum(groups) - 1))
            out, i = [], 0
            for gsz in groups:
                out.append(digits[i:i + gsz])
                i += gsz
            P.phone_digits = None
            P.phone_foreign = cc + " " + " ".join(out)
        else:
            while True:
                pre = R.choice(DK_LAND) if (age == "prof" and R.random() < 0.4) else R.choice(DK_PREFIXES)
                dg = pre + "".join(str(R.randint(0, 9)) for _ in range(6))
                spaced = " ".join(dg[i:i + 2] for i in range(0, 8, 2))
                if spaced not in PUBLIC_PHONES and dg not in self.used_phone:
                    break
            self.used_phone.append(dg)
            P.phone_digits = dg
            P.phone_foreign = None
        P.phonefmt = R.choice([0, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 1])
        # email
        f = ascii_fold(P.first.split()[0]).lower()
        fl = ascii_fold(P.first).lower().replace(" ", "")
        la = ascii_fold(P.last).lower().replace(" ", "").replace("-", "")
        if age == "prof":
            if role in ("adv", "adv2"):
                dom = R.choice(LAW_FIRMS)
            elif role in ("betj", "betj2"):
                dom = "politi.dk"
            elif role in ("dommer", "rs"):
                dom = "domstol.dk"
            elif role == "fr":
                dom = "familieretshuset.dk"
            elif role == "laege":
                dom = "laegehuset-" + ascii_fold(self.kommune).lower() + ".dk"
            elif role in ("chauf", "chauf2", "koord"):
                dom = R.choice(["taxa-midt.dk", "kørselskontoret.dk".replace("ø", "oe"), "flexbus-ost.dk"])
            else:
                dom = self.domain
            ini = (P.first[0] + (P.middle[:1] if P.middle else "") + P.last[0]).lower()
            ini = ascii_fold(ini) + (ascii_fold(P.last[1]).lower() if R.random() < 0.5 else "")
            local = R.choice([f"{f}.{la}", ini, f"{f[0]}{la}", ini, f"{f}{la[0]}"])
        else:
            yy = f"{P.dob.year % 100:02d}"
            local = R.choice([f"{fl}.{la}", f"{fl}{la}{yy}", f"{f}_{la[:1]}{R.randint(1, 99)}",
                              f"{f[0]}.{la}", f"{fl}{yy}", f"{la}.{f}", f"{f}-{la}",
                              f"{f}{R.randint(100, 999)}"])
            dom = R.choice(PRIVATE_DOMAINS)
        P.email = local + "@" + dom
        # address
        if origin in ("polish", "ukrainian", "romanian", "turkish", "greenland", "faroe", "english",
                      "bosnian") and age in ("adult", "old") and role in ("far", "mormor", "morbror",
                                                                           "farmor", "moster") \
                and R.random() < 0.35:
            P.foreign_addr = FOREIGN_ADDR[origin]()
        elif age in ("adult", "old") and role in ("far", "morbror") and R.random() < 0.06:
            P.foreign_addr = FOREIGN_ADDR[R.choice(["german", "swedish"])]()
        else:
            P.foreign_addr = None
        P.street = R.choice(STREETS)
        P.num = str(R.randint(1, 140)) + (R.choice("ABCD") if R.random() < 0.15 else "")
        P.floor = R.choice(["", "", "", "st.", "1.", "2.", "3.", "4.", "1. sal", "kl."])
        P.door = R.choice(["tv.", "th.", "mf.", "tv", "th", "3", "12"]) if P.floor and R.random() < 0.8 else ""
        P.pc, P.town = R.choice(self.pcs)
        if R.random() < 0.15:
            P.pc, P.town = R.choice(R.choice(KOMMUNER)[4])
        P.street2 = R.choice(STREETS)
        P.num2 = str(R.randint(1, 99))
        yy = f"{P.dob.year % 100:02d}"
        P.user = R.choice([f"{f}_{la[:1]}{yy}", f"lil.{f}", f"{f}{R.randint(10, 99)}", f"xx_{f}_xx",
                           f"{f}.{la[:3]}{yy}", f"{(P.nick or P.first).lower().replace(' ', '')}.{yy}",
                           f"real_{f}{la}"])
        if role == "fremmed":
            P.user = R.choice(["fotograf_dk", "snapboy_2007", "nice_guy_dk", "darkwolf_93", "modelscout.cph",
                               "chill_gamer_18", "jonny.b.good", "ungmodel_agent", "sweet_boi_04"]) \
                     + R.choice(["", "", str(R.randint(1, 9))])
        self.p[role] = P
        return P

    # -- renderers
    def full(self, P):
        return " ".join(x for x in (P.first, P.middle, P.last) if x)

    def phone(self, P, fmt=None):
        if P.phone_foreign:
            return P.phone_foreign
        d = P.phone_digits
        f = P.phonefmt if fmt is None else fmt
        if R.random() < 0.25 and fmt is None:
            f = R.choice([0, 1, 2, 3, 4, 5, 6, 7, 8])
        sp = " ".join(d[i:i + 2] for i in range(0, 8, 2))
        return [d, sp, d[:4] + " " + d[4:], ".".join(d[i:i + 2] for i in range(0, 8, 2)),
                "-".join(d[i:i + 2] for i in range(0, 8, 2)), "+45 " + sp, "+45" + d, "0045 " + d,
                "+45 " + d[:4] + " " + d[4:]][f]

    def phone_spoken(self, P):
        d = P.phone_digits
        if d is None:
            return None
        parts = []
        for i in range(0, 8, 2):
            pair = d[i:i + 2]
            if pair[0] == "0":
                parts.append("nul " + ONES[int(pair[1])])
            else:
                parts.append(num_da(int(pair)))
        return " ".join(parts)

    def email_spoken(self, P):
        loc, dom = P.email.split("@")
        rep = lambda s: s.replace(".", " punktum ").replace("_", " understreg ").replace("-", " bindestreg ")
        return rep(loc) + " snabel-a " + rep(dom)

    def cpr(self, P):
        d, m, y, s = P.cprparts
        f = P.cprfmt
        if R.random() < 0.2:
            f = R.choice([0, 1, 2, 3, 4, 5, 6])
        return [f"{d}{m}{y}-{s}", f"{d}{m}{y} {s}", f"{d}{m}{y}{s}", f"{d}.{m}.{y}-{s}", f"{d} {m} {y} {s}",
                f"{d}{m}{y} - {s}", f"{d}-{m}-{y}-{s}"][f]

    def dob(self, P, spoken=False):
        if spoken:
            return fmt_date(P.dob, 8)
        f = P.dobfmt
        if R.random() < 0.3:
            f = R.choice([0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11])
        return fmt_date(P.dob, f)

    def addr(self, P, mode):
        if P.foreign_addr:
            return P.foreign_addr
        fl = ""
        if P.floor:
            fl = P.floor + (" " + P.door if P.door else "")
        base = f"{P.street} {P.num}"
        town = f"{P.pc} {P.town}"
        if mode == "short":
            return base + (", " + fl if fl and R.random() < 0.5 else "")
        if mode == "block":
            return base + (", " + fl if fl else "") + "\n" + town
        if mode == "sloppy":
            t = P.town.replace("Aarhus", "Århus").replace("Aalborg", "Ålborg")
            v = R.choice([
                f"{P.street.lower()} {P.num} {fl.replace('.', '').replace(' ', '')}".strip(),
                f"{P.street} {P.num},{fl.replace(' ', '')} {P.pc} {t}" if fl else f"{P.street} {P.num} {P.pc} {t}",
                f"{P.street} nr. {P.num}" + (f" {fl}" if fl else ""),
                f"{P.street} {P.num} - {P.pc} {t}",
                f"{P.street.lower()} {P.num.lower()}, {t.lower()}",
            ])
            return v
        return base + (", " + fl if fl else "") + ", " + town

    def initials(self, P, dots=True):
        parts = P.first.split() + ([P.middle] if P.middle else []) + P.last.replace("-", " ").split()
        letters = [x[0].upper() for x in parts if x[0].isalpha()]
        if dots:
            return ".".join(letters[:3]) + "."
        return "".join(letters[:3])

    def misspell(self, name):
        cands = []
        for i in range(1, len(name) - 1):
            c = name[i]
            if c in "bdfgklmnprst" and name[i - 1] != c and name[i + 1] != c:
                cands.append(name[:i + 1] + c + name[i + 1:])
            if c == name[i + 1] and c.isalpha():
                cands.append(name[:i] + name[i + 1:])
        for a, b in (("ph", "f"), ("c", "k"), ("ie", "i"), ("y", "i"), ("aa", "å"), ("ou", "u"),
                     ("ch", "k"), ("th", "t"), ("e", "æ")):
            if a in name[1:]:
                cands.append(name[0] + name[1:].replace(a, b, 1))
        cands = [c for c in cands if c != name and " " not in c]
        return R.choice(cands) if cands else None


# ---------------------------------------------------------------- template rendering
PH = re.compile(r"\{([A-Za-z0-9_]+)(?:\.([a-z0-9]+))?\}")
NAMEFORMS = {"fn", "f", "s", "sf", "up", "lo", "in", "ic", "nk", "n", "ms", "upf", "user"}
GENFORMS = {"g", "gs", "gf"}


def genitive(w):
    if w[-1] in "sxzSXZ":
        return [("name", w), "'"]
    return [("name", w + "s")]


ROLE_NOUN = {"mor": "mor", "far": "far", "ung": "den unge", "stedfar": "samleveren", "mormor": "mormor",
             "morbror": "morbroren", "moster": "mosteren", "plmor": "plejemor", "plfar": "plejefar",
             "ven2": "kammeraten", "venmor": "moren", "kaereste": "kæresten", "veninde": "veninden",
             "sb": "sagsbehandleren", "sb2": "koordinatoren", "leder": "lederen", "adv": "advokaten",
             "adv2": "fars advokat", "dommer": "dommeren", "bsk": "den børnesagkyndige", "laerer": "læreren",
             "skoleleder": "skolelederen", "ssp": "SSP-konsulenten", "betj": "politiassistenten",
             "chauf": "chaufføren", "chauf2": "reservechaufføren", "ledsager": "ledsageren",
             "gr": "gældsrådgiveren", "ks": "den koordinerende sagsbehandler", "jc": "jobkonsulenten",
             "laege": "lægen", "psyk": "psykologen", "paed": "pædagogen", "vagt": "nattevagten",
             "vagt2": "dagvagten", "mentor": "mentoren", "bisid": "bisidderen", "fr": "rådgiveren",
             "koord": "koordinatoren", "sundk": "sundhedskoordinatoren", "uu": "UU-vejlederen",
             "rs": "retssekretæren"}


def role_noun(ctx, role):
    if role in ("b", "b2"):
        return R.choice(["barnet", "drengen" if ctx.p[role].g == "m" else "pigen"])
    if role == "ven":
        return "vennen" if ctx.p[role].g == "m" else "veninden"
    return ROLE_NOUN.get(role)


def render(ctx, tpl):
    out = []
    pos = 0
    for m in PH.finditer(tpl):
        out.append(tpl[pos:m.start()])
        code, role = m.group(1), m.group(2)
        if code == "n" and role in ctx.mentioned and role in ctx.p and R.random() < 0.6:
            rn = role_noun(ctx, role)
            if rn:
                before = tpl[:m.start()].rstrip()
                if before == "" or before[-1] in ".!?:»\n":
                    rn = rn[0].upper() + rn[1:]
                out.append(rn)
                pos = m.end()
                continue
        out.extend(expand(ctx, code, role))
        pos = m.end()
    out.append(tpl[pos:])
    # capitalise after sentence start if a lower-case look-alike came first
    return [x for x in out if x != ""]


def lc_first(s):
    return s


def expand(ctx, code, role):
    if role is not None:
        P = ctx.person(role)
        first_time = role not in ctx.mentioned
        if role not in ctx.mentioned:
            ctx.mentioned.append(role)
        if code == "n":
            if first_time:
                code = "fn"
            else:
                code = R.choice(["f", "f", "f", "fn", "f", "nk" if P.nick else "f", "s" if ROLES[role][0] in (
                    "prof", "adult", "old") else "f"])
        if code == "fn":
            return [("name", ctx.full(P))]
        if code == "f":
            return [("name", P.first)]
        if code == "s":
            return [("name", P.last)]
        if code == "sf":
            return [("name", f"{P.last}, {P.first}" + (f" {P.middle}" if P.middle else ""))]
        if code == "up":
            return [("name", ctx.full(P).upper())]
        if code == "upf":
            return [("name", f"{P.last.upper()}, {P.first}")]
        if code == "lo":
            return [("name", (P.nick if P.nick and R.random() < 0.4 else P.first).lower())]
        if code == "in":
            return [("name", ctx.initials(P, True))]
        if code == "ic":
            return [("name", ctx.initials(P, False))]
        if code == "nk":
            return [("name", P.nick or P.first)]
        if code == "ms":
            w = ctx.misspell(P.first) if R.random() < 0.6 else ctx.misspell(P.last)
            return [("name", w or P.first)]
        if code == "user":
            return [("name", P.user)]
        if code == "g":
            return genitive(P.first)
        if code == "gs":
            return genitive(P.last)
        if code == "gf":
            return genitive(ctx.full(P))
        if code == "gn":  # genitive nickname or first
            return genitive(P.nick or P.first)
        if code == "tlf":
            return [("phone", ctx.phone(P))]
        if code == "tlfs":
            s = ctx.phone_spoken(P)
            return [("phone", s if s else ctx.phone(P))]
        if code == "mail":
            return [("email", P.email)]
        if code == "mails":
            return [("email", ctx.email_spoken(P))]
        if code == "adr":
            return [("address", ctx.addr(P, R.choice(["full", "full", "short", "full", "sloppy"])))]
        if code == "adrf":
            return [("address", ctx.addr(P, "full"))]
        if code == "adr1":
            return [("address", ctx.addr(P, "short"))]
        if code == "adrb":
            return [("address", ctx.addr(P, "block"))]
        if code == "adrs":
            return [("address", ctx.addr(P, "sloppy"))]
        if code == "adr2":
            pc, town = R.choice(ctx.pcs)
            return [("address", f"{P.street2} {P.num2}" + (f", {pc} {town}" if R.random() < 0.5 else ""))]
        if code == "dob":
            return [("dob", ctx.dob(P))]
        if code == "dobs":
            return [("dob", ctx.dob(P, spoken=True))]
        if code == "cpr":
            return [("cpr", ctx.cpr(P))]
        # pronouns etc.
        m = P.g == "m"
        simple = {"han": "han" if m else "hun", "Han": "Han" if m else "Hun", "ham": "ham" if m else "hende",
                  "hans": "hans" if m else "hendes", "Hans": "Hans" if m else "Hendes",
                  "barnet": "drengen" if m else "pigen", "Barnet": "Drengen" if m else "Pigen",
                  "dreng": "dreng" if m else "pige", "son": "søn" if m else "datter",
                  "alder": str(age_of(P))}
        if code in simple:
            return [simple[code]]
        raise KeyError(code + "." + role)
    return [lookalike(ctx, code)]


def age_of(P):
    ref = datetime.date(2025, 6, 1)
    a = ref.year - P.dob.year - ((ref.month, ref.day) < (P.dob.month, P.dob.day))
    return a


def kr():
    v = R.choice([R.randint(150, 2500), R.randint(1000, 9000), R.randint(200, 40000)])
    if R.random() < 0.5:
        v = round(v, -1)
    s = f"{v:,}".replace(",", ".")
    return R.choice([f"{s} kr.", f"{s},00 kr.", f"kr. {s}", f"{s} kr", f"DKK {s}"])


def lookalike(ctx, code):
    if code == "date":
        return fmt_event(event_date())
    if code == "dato":
        return fmt_date(event_date(), 1)
    if code == "dnum":
        return fmt_date(event_date(), 0)
    if code == "time":
        h, mi = R.randint(7, 19), R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
        return R.choice([f"{h:02d}.{mi:02d}", f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}"])
    if code == "ntimeA":
        return f"{R.choice([21, 22, 23]):02d}:{R.randint(0, 59):02d}"
    if code == "ntimeB":
        return f"{R.choice([1, 2, 3, 4, 5]):02d}:{R.randint(0, 59):02d}"
    if code == "ntime":
        h, mi = R.choice([22, 23, 0, 1, 2, 3, 4]), R.randint(0, 59)
        return f"{h:02d}:{mi:02d}"
    if code == "kr":
        return kr()
    if code == "udgift":
        return R.choice(UDGIFTER)
    if code == "sagsnr":
        return R.choice([f"{R.randint(2023, 2025)}-{R.randint(1000, 99999):06d}",
                         f"SAG-{R.randint(2024, 2025)}-{R.randint(100, 9999):05d}",
                         f"27.24.{R.randint(0, 40):02d}-G01-{R.randint(1, 99)}-{R.randint(24, 25)}",
                         f"BU {R.randint(2024, 2025)}/{R.randint(100, 9999)}"])
    if code == "jnr":
        return f"{R.randint(1000, 9999)}-{R.randint(10000, 99999)}-{R.randint(100, 99999):05d}-{R.randint(24, 25)}"
    if code == "bs":
        return f"BS-{R.randint(100, 9999)}/{R.randint(2024, 2025)}"
    if code == "cvr":
        return f"{R.randint(10, 99)}{R.randint(100000, 999999)}"
    if code == "ean":
        return "57980" + "".join(str(R.randint(0, 9)) for _ in range(8))
    if code == "pubtel":
        t = R.choice(PUBLIC_PHONES)
        return f"{PUBLIC_PHONE_LABELS[t]} {t}"
    if code == "shortnr":
        return R.choice(["112", "114", "1813", "Børnetelefonen 116 111", "Lægevagten 1813",
                         "Politiets servicenummer 114", "Børns Vilkår på 116 111"])
    if code == "icd":
        return R.choice(["F90.0", "F43.1", "F84.0", "F32.1", "F41.1", "F91.3", "F50.0", "F93.0", "Z63.8",
                         "F81.0", "G40.9", "J45.0"])
    if code == "med":
        return R.choice(["Ritalin", "Concerta", "Melatonin", "Sertralin", "Elvanse", "Strattera",
                         "Panodil", "Ventoline", "Circadin", "Medikinet"])
    if code == "klasse":
        return R.choice(["0.A", "2.B", "3.C", "4.A", "5.B", "6.A", "7.C", "8.B", "9.A", "10.X"])
    if code == "room":
        return R.choice(["lokale 2.14", "mødelokale 3", "retssal 4", "afsnit B3", "stue 12", "værelse 7",
                         "lokale 1.08", "retssal 2", "mødelokale Kastanjen", "afdeling U2"])
    if code == "town":
        return R.choice(ctx.pcs)[1]
    if code == "kommune":
        return ctx.kommune + " Kommune"
    if code == "kom":
        return ctx.kommune
    if code == "court":
        return ctx.court
    if code == "police":
        return ctx.police
    if code == "age":
        return str(R.randint(4, 17))
    if code == "tage":
        return str(R.randint(13, 17))
    if code == "place":
        return R.choice(["ved Banegårdspladsen", "på Torvet", "nede ved Havnen", "ved Rutebilstationen",
                         "på Gågaden", "ved Stationen", "bag Rådhuset", "ved Bycentret",
                         "på parkeringspladsen ved Bilka", "ved Lystbådehavnen", "i Byparken"])
    if code == "brand":
        return R.choice(["Snapchat", "TikTok", "Instagram", "Discord", "Facebook Messenger", "Roblox",
                         "WhatsApp", "Telegram", "BeReal"])
    if code == "ugedag":
        return R.choice(["mandag", "tirsdag", "onsdag", "torsdag", "fredag"])
    if code == "uge":
        return str(R.randint(2, 51))
    if code == "n2":
        return str(R.randint(2, 9))
    if code == "pct":
        return str(R.choice([10, 15, 20, 25, 37, 50]))
    if code == "timer":
        return str(R.choice([6, 8, 10, 12, 15, 20, 25, 30, 37]))
    if code == "regnr":
        return f"{R.randint(1000, 9899)}"
    if code == "konto":
        return f"{R.randint(1000000, 9999999)}"
    if code == "km":
        return str(R.randint(3, 85))
    if code == "cm":
        return str(R.randint(148, 189))
    if code == "kg":
        return str(R.randint(38, 85))
    if code == "boks":
        return str(R.randint(10000, 99999))
    raise KeyError(code)


# ---------------------------------------------------------------- assembly
def assemble(pieces):
    text, spans = [], []
    pos = 0
    for p in pieces:
        if isinstance(p, tuple):
            kind, t = p
            spans.append({"kind": kind, "text": t, "start": pos, "end": pos + len(t)})
            text.append(t)
            pos += len(t)
        else:
            text.append(p)
            pos += len(p)
    return "".join(text), spans


def pwords(pieces):
    return words("".join(p[1] if isinstance(p, tuple) else p for p in pieces))


def build(ctx, G, fmt, band):
    lo, hi = BANDS[band]
    target = R.randint(lo + 4, lo + int((hi - lo) * 0.72))
    head, foot, pool, wrap, ordered = FORMAT_FNS[fmt](ctx, G)
    pool = list(pool)
    if ordered:
        start = R.randint(0, max(0, len(pool) // 3)) if band == "S" else 0
        pool = pool[start:]
    else:
        R.shuffle(pool)
    body = []
    state = {}
    for tpl in pool:
        if ordered and R.random() < {"S": 0.25, "M": 0.2, "L": 0.05}[band]:
            continue
        if tpl in ctx.used_tpls:
            continue
        item = wrap(ctx, tpl, len(body), state)
        trial = head + sum(body + [item], []) + foot
        w = pwords(trial)
        if w > hi:
            continue
        body.append(item)
        ctx.used_tpls.append(tpl)
        if w >= target:
            break
    w = pwords(head + sum(body, []) + foot)
    if w < target and fmt != "prose":
        # extension: a free-text section after the structured part
        ext = [t for t in (G["prose"] if fmt != "letter" else G["lbody"]) if t not in ctx.used_tpls]
        R.shuffle(ext)
        if fmt == "letter":
            ext2 = [t for t in G["prose"] if t not in ctx.used_tpls]
            R.shuffle(ext2)
            ext = ext + ext2
        ext_head = {"kv": ["\nBemærkninger: ", "\nSupplerende oplysninger: ", "\nNotat: "],
                    "list": ["\nSupplerende: ", "\nBemærkninger: ", "\n"],
                    "table": ["\n", "\nKommentar: "],
                    "msg": ["\nSagsbehandlerens kommentar: ", "\nNotat til beskederne: "],
                    "log": ["\nOpsummering: ", "\nSamlet vurdering: "],
                    "letter": ["\n\n"]}[fmt]
        eh = R.choice(ext_head)
        n = 0
        for tpl in ext:
            item = ([eh] if n == 0 else [" "]) + render(ctx, tpl)
            trial = head + sum(body + [item], []) + foot
            w = pwords(trial)
            if w > hi:
                continue
            if foot and n == 0 and fmt in ("msg", "log", "table", "kv", "list"):
                pass
            body.append(item)
            ctx.used_tpls.append(tpl)
            n += 1
            if w >= target:
                break
        if n and foot and not (isinstance(foot[0], str) and foot[0].startswith("\n")):
            foot = ["\n\n"] + foot
    pieces = head + sum(body, []) + foot
    w = pwords(pieces)
    if not (lo <= w <= hi):
        return None
    return pieces


# format functions return (head_pieces, foot_pieces, pool, wrap fn, ordered?)
def choose(ctx, lst):
    t = R.choice(lst)
    ctx.used_tpls.append(t)
    return render(ctx, t)


def fmt_prose(ctx, G):
    head = []
    if R.random() < 0.7:
        head = choose(ctx, G["heads"]) + ["\n\n"]
    head += choose(ctx, G["intro"]) + [" "]

    def wrap(ctx, tpl, i, st):
        sep = "\n\n" if (i > 0 and i % R.choice([2, 3, 4]) == 0) else " "
        return ([sep] if i > 0 else []) + render(ctx, tpl)
    foot = []
    if R.random() < 0.5 and G.get("sign"):
        foot = ["\n\n"] + choose(ctx, G["sign"])
    return head, foot, G["prose"], wrap, False


def fmt_kv(ctx, G):
    head = choose(ctx, G["heads"]) + ["\n"]
    sep = R.choice([": ", ": ", ":\t", " - "])

    def wrap(ctx, tpl, i, st):
        t = tpl.replace(": ", sep, 1)
        return render(ctx, t) + ["\n"]
    foot = []
    if R.random() < 0.6:
        foot = [R.choice(["Bemærkning: ", "Note: ", "Supplerende oplysninger: ", "Fritekst: "])] + \
            choose(ctx, G["prose"])
    return head, foot, G["kv"], wrap, False


def fmt_list(ctx, G):
    head = choose(ctx, G["heads"]) + ["\n"]
    if R.random() < 0.6:
        head += choose(ctx, G["intro"]) + ["\n"]
    bullet = R.choice(["- ", "• ", "* ", "num", "num"])

    def wrap(ctx, tpl, i, st):
        b = f"{i + 1}. " if bullet == "num" else bullet
        return [b] + render(ctx, tpl) + ["\n"]
    return head, [], G["list"], wrap, False


def fmt_table(ctx, G):
    header, rows = R.choice(G["table"])
    pipe = R.random() < 0.6
    cols = header.split("|")
    if pipe:
        h = "| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n"
    else:
        h = "\t".join(cols) + "\n"
    head = choose(ctx, G["heads"]) + ["\n\n", h]

    def wrap(ctx, tpl, i, st):
        cells = tpl.split("|")
        out = ["| "] if pipe else []
        for j, c in enumerate(cells):
            if j:
                out.append(" | " if pipe else "\t")
            out += render(ctx, c)
        out.append(" |\n" if pipe else "\n")
        return out
    foot = []
    if R.random() < 0.7:
        foot = ["\n"] + choose(ctx, G["prose"])
        if R.random() < 0.5:
            foot += [" "] + choose(ctx, G["prose"])
    return head, foot, rows, wrap, False


def speaker(ctx, spk):
    if spk.startswith("U:"):
        P = ctx.person(spk[2:])
        if spk[2:] not in ctx.mentioned:
            ctx.mentioned.append(spk[2:])
        return [("name", P.user)]
    if spk in ROLES:
        P = ctx.person(spk)
        r = R.random()
        if spk not in ctx.mentioned:
            ctx.mentioned.append(spk)
        if r < 0.12 and P.phone_digits:
            return [("phone", ctx.phone(P, R.choice([5, 6, 1])))]
        if r < 0.45 and ROLE_NOUN.get(spk):
            rn = ROLE_NOUN[spk]
            return [rn[0].upper() + rn[1:]]
        if r < 0.6:
            return [("name", ctx.full(P))]
        return [("name", P.nick if (P.nick and R.random() < 0.3) else P.first)]
    return [spk]


def fmt_msg(ctx, G):
    head = choose(ctx, G["msghead"]) + ["\n"]
    d = event_date()
    style = R.choice(["br", "dash", "paren", "plain"])
    st0 = {"h": R.randint(7, 20), "m": R.randint(0, 59)}

    def wrap(ctx, tpl, i, st):
        if "h" not in st:
            st.update(st0)
        st["m"] += R.randint(1, 25)
        if st["m"] >= 60:
            st["h"] = (st["h"] + 1) % 24
            st["m"] -= 60
        spk, txt = tpl.split("|", 1)
        who = speaker(ctx, spk)
        tm = f"{st['h']:02d}:{st['m']:02d}"
        if style == "br":
            pre = [f"[{d.day:02d}.{d.month:02d}.{d.year} {tm}] "] + who + [": "]
        elif style == "dash":
            pre = [f"{tm} - "] + who + [": "]
        elif style == "paren":
            pre = who + [f" ({tm}): "]
        else:
            pre = who + [": "]
        return pre + render(ctx, txt) + ["\n"]
    foot = []
    if R.random() < 0.5:
        foot = ["\n"] + choose(ctx, G["msgfoot"])
    return head, foot, G["msg"], wrap, True


def fmt_letter(ctx, G):
    L = G["letter"]
    head = []
    if ctx.clean:
        head += [R.choice(["Til forældremyndighedsindehaveren\nSendt via Digital Post",
                           "Til: mor og far (sendt via Digital Post)", "Modtager: forældrene\nSendt via e-Boks"])
                 + "\n\n"]
        head += [ctx.kommune + ", " + fmt_date(event_date(), 1) + "\n\n"]
        head += ["Vedr.: "] + choose(ctx, L["subject"]) + ["\n\n"]
        head += [R.choice(["Kære forælder", "Kære mor og far", "Til forældremyndighedsindehaveren"]) + "\n\n"]
        foot = ["\n\n" + R.choice(["Med venlig hilsen", "Venlig hilsen"]) + "\n\n"]
        foot += [R.choice(L["title"]) + "\n" + ctx.kommune + " Kommune"]
        if R.random() < 0.6:
            foot += ["\n"] + render(ctx, "{pubtel}")
    else:
        to, fr = L["to"], L["from"]
        if R.random() < 0.5:
            head += [R.choice(L["sender"]).format(kommune=ctx.kommune, court=ctx.court) + "\n\n"]
        head += render(ctx, "{fn." + to + "}") + ["\n"] + render(ctx, "{adrb." + to + "}") + ["\n\n"]
        head += [R.choice([ctx.kommune, R.choice(ctx.pcs)[1]]) + ", " + fmt_date(event_date(), 1) + "\n\n"]
        head += ["Vedr.: "] + choose(ctx, L["subject"]) + ["\n\n"]
        head += render(ctx, R.choice(["Kære {f." + to + "}", "Kære {fn." + to + "}", "Til {fn." + to + "}"])) + \
            ["\n\n"]
        foot = ["\n\n" + R.choice(["Med venlig hilsen", "Venlig hilsen", "Med venlig hilsen"]) + "\n\n"]
        foot += render(ctx, "{fn." + fr + "}") + ["\n" + R.choice(L["title"]) + "\n"]
        foot += render(ctx, R.choice(["Direkte tlf. {tlf." + fr + "}\n", "Tlf.: {tlf." + fr + "}\n",
                                      "Mobil {tlf." + fr + "}\n"]))
        foot += render(ctx, R.choice(["E-mail: {mail." + fr + "}", "{mail." + fr + "}", "Mail: {mail." + fr + "}"]))

    def wrap(ctx, tpl, i, st):
        return (["\n\n"] if i > 0 and R.random() < 0.5 else ([" "] if i > 0 else [])) + render(ctx, tpl)
    return head, foot, G["lbody"], wrap, False


def fmt_log(ctx, G):
    head = choose(ctx, G["loghead"]) + ["\n"]
    st0 = {"h": R.choice(G.get("logstart", [8, 9, 10, 13, 21, 22])), "m": R.randint(0, 40)}
    dash = R.choice([" – ", " ", ": ", " - ", "\t"])
    kl = R.random() < 0.3

    def wrap(ctx, tpl, i, st):
        if "h" not in st:
            st.update(st0)
        if i:
            st["m"] += R.randint(3, 55)
            while st["m"] >= 60:
                st["h"] = (st["h"] + 1) % 24
                st["m"] -= 60
        tm = f"{st['h']:02d}:{st['m']:02d}" if not kl else f"kl. {st['h']:02d}.{st['m']:02d}"
        return [tm + dash] + render(ctx, tpl) + ["\n"]
    foot = []
    if R.random() < 0.5:
        foot = choose(ctx, G["sign"])
    return head, foot, G["log"], wrap, True


FORMAT_FNS = {"prose": fmt_prose, "kv": fmt_kv, "list": fmt_list, "table": fmt_table, "msg": fmt_msg,
              "letter": fmt_letter, "log": fmt_log}


# ---------------------------------------------------------------- checks
def all_pool_names():
    out = []
    for o in NAMES:
        for k in ("f", "m", "s"):
            for n in NAMES[o][k]:
                for v in (n, fem_surname(n, "f")):
                    if v not in out:
                        out.append(v)
    return out


POOL_NAMES = all_pool_names()
_pn = sorted(POOL_NAMES + [n.upper() for n in POOL_NAMES], key=lambda s: (-len(s), s))
POOL_RE = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(n) for n in _pn) + r")(?![\w])")
PHONE_RE = re.compile(r"(?<![\d+])(?:(?:\+|00)45\s?)?(?:\d{8}|\d{2}(?: \d{2}){3}|\d{2}(?:\.\d{2}){3}"
                      r"|\d{2}(?:-\d{2}){3}|\d{4}[ -]\d{4})(?!\d)")
CPR_RE = re.compile(r"(?<!\d)(?:\d{6}\s?-?\s?\d{4}|\d{2}\.\d{2}\.\d{2}-\d{4}|\d{2} \d{2} \d{2} \d{4}"
                    r"|\d{2}-\d{2}-\d{2}-\d{4})(?!\d)")
STREET_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(STREETS, key=len, reverse=True))
                       + r")\s+(?:nr\.\s*)?\d")
FODT_RE = re.compile(r"(?i)(?<!\w)(?:født|f\.|fødselsdato)\s*:?\s*(?:den\s+|d\.\s*)?(?=\d)")
WORDNAME_SET = WORDNAMES


def inside(spans, a, b):
    for s in spans:
        if s["start"] <= a and b <= s["end"]:
            return True
    return False


def check_text(text, spans, allowed, band=None):
    errs = []
    prev_end = -1
    for s in spans:
        if s["kind"] not in allowed:
            errs.append("kind " + s["kind"])
        if text[s["start"]:s["end"]] != s["text"]:
            errs.append("offset")
        if s["start"] < prev_end:
            errs.append("overlap/unsorted")
        prev_end = s["end"]
        if s["text"] != s["text"].strip() or not s["text"]:
            errs.append("whitespace in span")
    if band:
        lo, hi = BANDS[band] if isinstance(band, str) else band
        if not (lo <= words(text) <= hi):
            errs.append(f"words {words(text)} not in band {band}")
    # unplanted copies
    for s in spans:
        t = s["text"]
        flags = 0
        if not (s["kind"] == "name" and (len(t) <= 3 or t in WORDNAME_SET or t.lower() == t)):
            flags = re.IGNORECASE
        for m in re.finditer(r"(?<![\w@.])" + re.escape(t) + r"(?![\w])", text, flags):
            if not inside(spans, m.start(), m.end()):
                errs.append("unplanted copy: " + t)
                break
    for m in POOL_RE.finditer(text):
        if not inside(spans, m.start(), m.end()):
            errs.append("pool name outside span: " + m.group(0))
    for m in PHONE_RE.finditer(text):
        if inside(spans, m.start(), m.end()):
            continue
        if m.group(0) in PUBLIC_PHONES:
            continue
        if re.search(r"CVR(?:-nr\.)?:?\s*$", text[max(0, m.start() - 12):m.start()]):
            continue
        errs.append("phone-shaped outside span: " + m.group(0))
    for m in CPR_RE.finditer(text):
        if not inside(spans, m.start(), m.end()):
            errs.append("cpr-shaped outside span: " + m.group(0))
    for i, c in enumerate(text):
        if c == "@" and not any(s["kind"] == "email" and s["start"] <= i < s["end"] for s in spans):
            errs.append("@ outside email")
            break
    for m in STREET_RE.finditer(text):
        if not any(s["kind"] == "address" and s["start"] <= m.start() < s["end"] for s in spans):
            errs.append("street+number outside address: " + m.group(0))
    for m in FODT_RE.finditer(text):
        if not any(s["start"] <= m.end() < s["end"] for s in spans):
            errs.append("født + digits unplanted: " + text[m.start():m.end() + 8])
    return errs


# ---------------------------------------------------------------- corpus generation
def plan(n, kinds):
    """balanced plan of (genre, fmt, band) for n texts"""
    out = []
    for i in range(n):
        g = kinds[i % len(kinds)]
        out.append(g)
    return out


def gen_planted():
    genres = list(PLANTED_GENRES.keys())
    bands = ["S", "M", "L"]
    items = []
    fmt_count = {}
    for i in range(240):
        g = genres[i % 6]
        band = bands[(i // 6 + i % 6) % 3]
        G = PLANTED_GENRES[g]
        fmts = G["formats"]
        fmt = fmts[(i // 18) % len(fmts)] if False else fmts[(fmt_count.get(g, 0)) % len(fmts)]
        fmt_count[g] = fmt_count.get(g, 0) + 1
        errs_seen = []
        for attempt in range(400):
            ctx = Ctx()
            pieces = build(ctx, G, fmt, band)
            if pieces is None:
                errs_seen.append("band")
                continue
            text, spans = assemble(pieces)
            errs = check_text(text, spans, {"name", "phone", "email", "address", "dob", "cpr"}, band)
            if errs:
                errs_seen.append(errs[0])
                continue
            break
        else:
            raise SystemExit(f"planted {i} {g} {fmt} {band} failed: {errs_seen[-12:]}")
        items.append({"id": f"{CORPUS}-p{i + 1:03d}", "text": text, "planted": spans,
                      "_meta": (g, fmt, band, attempt)})
    return items


def gen_clean(planted_items):
    genres = list(CLEAN_GENRES.keys())
    bands = ["S", "M", "L"]
    banned = []
    for it in planted_items:
        for s in it["planted"]:
            if s["kind"] != "name" and s["text"] not in banned:
                banned.append(s["text"])
    items = []
    fmt_count = {}
    for i in range(240):
        g = genres[i % 6]
        band = bands[(i // 6 + i % 6) % 3]
        G = CLEAN_GENRES[g]
        fmts = G["formats"]
        fmt = fmts[(fmt_count.get(g, 0)) % len(fmts)]
        fmt_count[g] = fmt_count.get(g, 0) + 1
        errs_seen = []
        for attempt in range(400):
            ctx = Ctx(clean=True)
            pieces = build(ctx, G, fmt, band)
            if pieces is None:
                errs_seen.append("band")
                continue
            text, spans = assemble(pieces)
            errs = check_text(text, spans, set(), band)
            if spans:
                errs.append("span in clean")
            for b in banned:
                if b in text:
                    errs.append("planted value in clean: " + b)
                    break
            if errs:
                errs_seen.append(errs[0])
                continue
            break
        else:
            raise SystemExit(f"clean {i} {g} {fmt} {band} failed: {errs_seen[-12:]}")
        items.append({"id": f"{CORPUS}-c{i + 1:03d}", "text": text, "planted": [], "_meta": (g, fmt, band, attempt)})
    return items


INST_POOLS = {"school": INST_SCHOOL, "daycare": INST_DAYCARE, "home": INST_HOME, "club": INST_CLUB,
              "foster": INST_FOSTER, "efter": INST_EFTER}


def gen_inst():
    items = []
    order = list(INST_TEMPLATES)
    for i in range(30):
        tpl = order[i % len(order)]
        for attempt in range(200):
            ctx = Ctx(clean=True)
            used = []
            pieces = []
            pos = 0
            for m in re.finditer(r"\{inst_([a-z]+)\}|\{([a-z0-9]+)\}", tpl):
                pieces.append(tpl[pos:m.start()])
                if m.group(1):
                    cands = [x for x in INST_POOLS[m.group(1)] if x not in used]
                    nm = R.choice(cands)
                    used.append(nm)
                    pieces.append(("institution", nm))
                else:
                    pieces.append(lookalike(ctx, m.group(2)))
                pos = m.end()
            pieces.append(tpl[pos:])
            text, spans = assemble([p for p in pieces if p != ""])
            errs = check_text(text, spans, {"institution"}, (12, 40))
            if not spans or len(spans) > 2:
                errs.append("inst count")
            if not errs:
                break
        else:
            raise SystemExit(f"inst {i} failed: {errs}")
        items.append({"id": f"{CORPUS}-i{i + 1:03d}", "text": text, "planted": spans})
    return items


def write(name, items):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for it in items:
            rec = {"id": it["id"], "text": it["text"], "planted": it["planted"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def corpus_checks(planted, clean, inst):
    ids = [it["id"] for it in planted]
    assert ids == [f"{CORPUS}-p{i:03d}" for i in range(1, 241)]
    assert [it["id"] for it in clean] == [f"{CORPUS}-c{i:03d}" for i in range(1, 241)]
    assert [it["id"] for it in inst] == [f"{CORPUS}-i{i:03d}" for i in range(1, 31)]
    cnt = {}
    for it in planted:
        for s in it["planted"]:
            cnt[s["kind"]] = cnt.get(s["kind"], 0) + 1
    total = sum(cnt.values())
    problems = []
    if not 3000 <= total <= 4500:
        problems.append(f"total {total}")
    for k in ("phone", "address", "dob"):
        if cnt.get(k, 0) < 250:
            problems.append(f"{k} {cnt.get(k, 0)} < 250")
    for k in ("cpr", "email"):
        if cnt.get(k, 0) < 120:
            problems.append(f"{k} {cnt.get(k, 0)} < 120")
    if max(cnt, key=lambda k: cnt[k]) != "name":
        problems.append("name not most numerous")
    for items in (planted, clean):
        b = {}
        for it in items:
            b[it["_meta"][2]] = b.get(it["_meta"][2], 0) + 1
        if b != {"S": 80, "M": 80, "L": 80}:
            problems.append(f"bands {b}")
    return cnt, total, problems


def main():
    planted = gen_planted()
    clean = gen_clean(planted)
    inst = gen_inst()
    cnt, total, problems = corpus_checks(planted, clean, inst)
    if problems:
        raise SystemExit("corpus check failed: " + "; ".join(problems) + " " + json.dumps(cnt))
    h1 = write("planted.jsonl", planted)
    h2 = write("clean.jsonl", clean)
    h3 = write("institutions.jsonl", inst)
    # re-read and re-check what was written
    for name, allowed in (("planted.jsonl", {"name", "phone", "email", "address", "dob", "cpr"}),
                          ("clean.jsonl", set()), ("institutions.jsonl", {"institution"})):
        with open(os.path.join(OUT, name), encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                e = check_text(rec["text"], rec["planted"], allowed)
                assert not e, (rec["id"], e)
    print("planted spans:", total, json.dumps(cnt, ensure_ascii=False))
    stats = {}
    for it in planted + clean:
        key = ("P" if it["id"][-4] == "p" else "C", it["_meta"][0], it["_meta"][1])
        stats[key] = stats.get(key, 0) + 1
    for key in sorted(stats):
        print("  ", key, stats[key])
    ic = sum(len(it["planted"]) for it in inst)
    print("institution spans:", ic)
    redraws = sum(it["_meta"][3] for it in planted + clean)
    print("redraws:", redraws)
    print("sha256 planted.jsonl", h1)
    print("sha256 clean.jsonl", h2)
    print("sha256 institutions.jsonl", h3)


if __name__ == "__main__":
    main()
