#!/usr/bin/env python3
"""make.py -- writes the blind16 held-out corpus (planted.jsonl, clean.jsonl, institutions.jsonl).

Python 3.11 standard library only (plus the hand-written pools.py next to this file).
One fixed seed, one random.Random instance, no iteration over sets: output is byte-identical
across runs and PYTHONHASHSEED values. Every drawn text is checked; a failing draw is redrawn.
Sections: persons and formats · the span-writing Doc · genre writers · checks and driver.
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

import pools

R = None  # the single random.Random instance, set by make.py


def setrng(rng):
    global R
    R = rng


MONTHS_DA = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
             "september", "oktober", "november", "december"]
MON_DA3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
           "nov.", "dec."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve",
        "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds",
        8: "firs", 9: "halvfems"}
ORD = ["", "første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende",
       "niende", "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende",
       "sekstende", "syttende", "attende", "nittende", "tyvende", "enogtyvende", "toogtyvende",
       "treogtyvende", "fireogtyvende", "femogtyvende", "seksogtyvende", "syvogtyvende",
       "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]
TODAY = datetime.date(2025, 11, 20)


def num_da(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t]
    return ("et" if o == 1 else ONES[o]) + "og" + TENS[t]


def year_da(y):
    if y >= 2000:
        rest = y - 2000
        return "to tusind" + ("" if rest == 0 else " og " + num_da(rest))
    return "nitten" + num_da(y - 1900)


def ascii_fold(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae")
    s = s.replace("Ø", "Oe").replace("Å", "Aa").replace("ð", "d").replace("ı", "i")
    s = s.replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def age(born, ref=TODAY):
    return ref.year - born.year - ((ref.month, ref.day) < (born.month, born.day))


def rand_date(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


# ---------------------------------------------------------------- formats
def fmt_dob(d, style=None, lang="da"):
    if style is None:
        if lang == "en":
            style = R.choice(["en_long", "en_us", "en_slash", "iso", "en_ord", "en_abbr"])
        else:
            style = R.choice(["dots", "dots", "long", "long", "iso", "slash_yy", "dash",
                              "short_dots", "abbr", "slash4"])
    dd, mm, yy = d.day, d.month, d.year
    if style == "dots":
        return f"{dd:02d}.{mm:02d}.{yy}"
    if style == "long":
        return f"{dd}. {MONTHS_DA[mm-1]} {yy}"
    if style == "iso":
        return f"{yy}-{mm:02d}-{dd:02d}"
    if style == "slash_yy":
        return f"{dd:02d}/{mm:02d}-{yy % 100:02d}"
    if style == "dash":
        return f"{dd:02d}-{mm:02d}-{yy}"
    if style == "short_dots":
        return f"{dd}.{mm}.{yy % 100:02d}"
    if style == "abbr":
        return f"{dd}. {MON_DA3[mm-1]} {yy}"
    if style == "slash4":
        return f"{dd}/{mm} {yy}"
    if style == "en_long":
        return f"{dd} {MONTHS_EN[mm-1]} {yy}"
    if style == "en_us":
        return f"{MONTHS_EN[mm-1]} {dd}, {yy}"
    if style == "en_slash":
        return f"{dd:02d}/{mm:02d}/{yy}"
    if style == "en_usslash":
        return f"{mm:02d}/{dd:02d}/{yy}"
    if style == "en_ord":
        suf = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        return f"{dd}{suf} {MONTHS_EN[mm-1]} {yy}"
    if style == "en_abbr":
        return f"{dd:02d} {MONTHS_EN[mm-1][:3]} {yy}"
    if style == "spoken":
        return R.choice([f"{ORD[dd]} {MONTHS_DA[mm-1]} {year_da(yy)}",
                         f"den {ORD[dd]} i {ORD[mm]} {num_da(yy % 100)}",
                         f"{dd} {MONTHS_DA[mm-1]} {yy}"])
    raise ValueError(style)


def fmt_cpr(p, style=None):
    c = p.cpr
    if style is None:
        style = R.choice(["dash", "dash", "dash", "space", "plain", "dots", "groups", "pairs",
                          "dash4"])
    a, b = c[:6], c[6:]
    if style == "dash":
        return f"{a}-{b}"
    if style == "space":
        return f"{a} {b}"
    if style == "plain":
        return c
    if style == "dots":
        return f"{a[:2]}.{a[2:4]}.{a[4:]}-{b}"
    if style == "groups":
        return f"{a[:2]} {a[2:4]} {a[4:]} {b}"
    if style == "pairs":
        return f"{a[:2]} {a[2:4]} {a[4:]}-{b}"
    if style == "dash4":
        return f"{a[:2]}{a[2:4]}{a[4:]} - {b}"
    if style == "spoken":
        return " ".join(num_da(int(c[i:i+2])) if c[i] != "0" else "nul " + ONES[int(c[i+1])]
                        for i in range(0, 10, 2))
    raise ValueError(style)


def fmt_phone(p, style=None):
    if p.cc:
        return p.phone  # foreign numbers keep their own national shape
    n = p.phone
    if style is None:
        style = R.choice(["pairs", "pairs", "pairs", "plain", "four", "dots", "plus", "plus",
                          "plusplain", "0045", "dash", "paren"])
    pairs = " ".join(n[i:i+2] for i in range(0, 8, 2))
    if style == "pairs":
        return pairs
    if style == "plain":
        return n
    if style == "four":
        return n[:4] + " " + n[4:]
    if style == "dots":
        return ".".join(n[i:i+2] for i in range(0, 8, 2))
    if style == "dash":
        return "-".join(n[i:i+2] for i in range(0, 8, 2))
    if style == "plus":
        return "+45 " + pairs
    if style == "plusplain":
        return "+45" + n
    if style == "0045":
        return "0045 " + n
    if style == "paren":
        return "(+45) " + n[:4] + " " + n[4:]
    if style == "spoken":
        return R.choice([
            " ".join(ONES[int(c)] for c in n),
            " ".join(num_da(int(n[i:i+2])) if n[i] != "0" else "nul " + ONES[int(n[i+1])]
                     for i in range(0, 8, 2)),
            n[:2] + " " + n[2:4] + " " + num_da(int(n[4:6])) + " " + num_da(int(n[6:8]))
            if n[4] != "0" and n[6] != "0" else " ".join(n[i:i+2] for i in range(0, 8, 2)),
        ])
    raise ValueError(style)


FOREIGN_PHONE = {
    "pl": lambda: f"+48 {R.randint(500, 799)} {R.randint(100, 999)} {R.randint(100, 999)}",
    "ua": lambda: f"+380 {R.choice(['50', '63', '67', '93', '97'])} {R.randint(100, 999)} "
                  f"{R.randint(10, 99)} {R.randint(10, 99)}",
    "ro": lambda: f"+40 7{R.randint(20, 79)} {R.randint(100, 999)} {R.randint(100, 999)}",
    "so": lambda: f"+252 63 {R.randint(4000000, 4999999)}",
    "tr": lambda: f"+90 5{R.randint(30, 59)} {R.randint(100, 999)} {R.randint(10, 99)} "
                  f"{R.randint(10, 99)}",
    "en": lambda: f"+44 7{R.randint(100, 999)} {R.randint(100000, 999999)}",
    "th": lambda: f"+66 8{R.randint(1, 9)} {R.randint(100, 999)} {R.randint(1000, 9999)}",
    "ph": lambda: f"+63 9{R.randint(10, 99)} {R.randint(100, 999)} {R.randint(1000, 9999)}",
    "ba": lambda: f"+387 6{R.randint(1, 6)} {R.randint(100, 999)} {R.randint(100, 999)}",
    "er": lambda: f"+291 7 {R.randint(100000, 999999)}",
    "gl": lambda: f"+299 {R.randint(20, 59)} {R.randint(10, 99)} {R.randint(10, 99)}",
    "fo": lambda: f"+298 {R.randint(21, 79)} {R.randint(10, 99)} {R.randint(10, 99)}",
    "af": lambda: f"+93 7{R.randint(0, 9)} {R.randint(100, 999)} {R.randint(1000, 9999)}",
    "pk": lambda: f"+92 3{R.randint(0, 4)}{R.randint(0, 9)} {R.randint(1000000, 9999999)}",
    "vn": lambda: f"+84 9{R.randint(0, 9)} {R.randint(100, 999)} {R.randint(10, 99)} "
                  f"{R.randint(10, 99)}",
    "ar": lambda: f"+961 {R.choice(['3', '70', '71'])} {R.randint(100, 999)} {R.randint(100, 999)}",
    "ku": lambda: f"+964 750 {R.randint(100, 999)} {R.randint(1000, 9999)}",
    "en_local": lambda: f"07{R.randint(100, 999)} {R.randint(100000, 999999)}",
}

FOREIGN_ADDR = {
    "pl": lambda: R.choice([
        f"ul. {R.choice(['Długa', 'Polna', 'Leśna', 'Ogrodowa', 'Słoneczna'])} "
        f"{R.randint(2, 80)}/{R.randint(1, 30)}, {R.randint(10, 99)}-{R.randint(100, 999)} "
        f"{R.choice(['Gdańsk', 'Poznań', 'Wrocław', 'Łódź', 'Szczecin'])}, Poland"]),
    "ua": lambda: (f"vul. {R.choice(['Shevchenka', 'Sadova', 'Lesi Ukrainky', 'Franka'])} "
                   f"{R.randint(2, 90)}, apt. {R.randint(1, 120)}, "
                   f"{R.choice(['Lviv', 'Kharkiv', 'Vinnytsia', 'Poltava'])} "
                   f"{R.randint(10000, 99999)}, Ukraine"),
    "ro": lambda: (f"Str. {R.choice(['Florilor', 'Mihai Viteazu', 'Libertății', 'Teilor'])} "
                   f"nr. {R.randint(2, 90)}, bl. {R.choice('ABCDE')}{R.randint(1, 9)}, "
                   f"ap. {R.randint(1, 60)}, {R.randint(100000, 999999)} "
                   f"{R.choice(['Cluj-Napoca', 'Iași', 'Constanța', 'Brașov'])}, Romania"),
    "en": lambda: (f"{R.randint(2, 140)} {R.choice(['Oak Lane', 'Station Road', 'Park Avenue', 'Church Street', 'Victoria Road'])}, "
                   f"{R.choice(['Leeds LS6 2AB', 'Bradford BD3 9QT', 'Cardiff CF24 3DP', 'Belfast BT7 1NN', 'Glasgow G12 8QQ'])}, "
                   f"United Kingdom"),
    "tr": lambda: (f"{R.choice(['Atatürk', 'Cumhuriyet', 'İnönü'])} Mah. "
                   f"{R.choice(['Gül', 'Lale', 'Çınar'])} Sok. No: {R.randint(2, 60)} "
                   f"D: {R.randint(1, 20)}, {R.randint(10000, 81999)} "
                   f"{R.choice(['Konya', 'Kayseri', 'Ankara', 'İzmir'])}, Türkiye"),
    "so": lambda: (f"House {R.randint(10, 400)}, {R.choice(['Jigjiga Yar', 'Gacan Libaax', '26 June'])} "
                   f"District, {R.choice(['Hargeisa', 'Burao'])}, Somaliland"),
    "ba": lambda: (f"Ulica {R.choice(['Maršala Tita', 'Ferhadija', 'Zelenih beretki'])} "
                   f"{R.randint(2, 90)}, {R.randint(71000, 79999)} "
                   f"{R.choice(['Sarajevo', 'Tuzla', 'Zenica', 'Bihać'])}, Bosnia and Herzegovina"),
    "ph": lambda: (f"{R.randint(10, 900)} {R.choice(['Mabini St.', 'Rizal Ave.', 'Sampaguita St.'])}, "
                   f"Brgy. {R.choice(['San Isidro', 'Poblacion', 'Malinta'])}, "
                   f"{R.choice(['Quezon City', 'Cebu City', 'Davao City'])} {R.randint(1000, 8000)}, Philippines"),
    "th": lambda: (f"{R.randint(10, 300)}/{R.randint(1, 40)} Moo {R.randint(1, 12)}, "
                   f"{R.choice(['Tambon Nai Mueang', 'Tambon Ban Pet'])}, "
                   f"{R.choice(['Khon Kaen', 'Udon Thani', 'Chiang Mai'])} {R.randint(10000, 50999)}, Thailand"),
    "gl": lambda: f"{R.choice(['Aqqusinersuaq', 'Qupanuk', 'Issortarfimmut'])} {R.randint(2, 60)}, 3900 Nuuk",
    "fo": lambda: f"{R.choice(['Niels Finsens gøta', 'Jónas Broncks gøta', 'Landavegur'])} {R.randint(2, 60)}, FO-100 Tórshavn",
    "er": lambda: f"Zone {R.choice(['Maekel', 'Debub'])}, Street {R.randint(100, 999)} No. {R.randint(2, 90)}, Asmara, Eritrea",
    "vn": lambda: f"Số {R.randint(2, 200)} ngõ {R.randint(10, 300)} phố {R.choice(['Kim Mã', 'Bạch Mai', 'Láng Hạ'])}, Hà Nội, Vietnam",
}


class Home:
    def __init__(self):
        self.street = R.choice(pools.STREETS)
        self.no = R.randint(1, 148)
        self.letter = R.choice(["", "", "", "", "A", "B", "C"])
        kind = R.random()
        if kind < 0.45:
            self.floor = None
        else:
            self.floor = R.choice(["st.", "1.", "2.", "3.", "4."])
            self.door = R.choice(["tv.", "th.", "mf.", "tv", "th", str(R.randint(1, 12))])
        self.post, self.town = R.choice(pools.TOWNS)

    def fmt(self, style=None):
        if style is None:
            style = R.choice(["full", "full", "full", "full", "street", "nopost", "sloppy",
                              "compact", "block", "nr"])
        num = f"{self.no}{self.letter}"
        fl = ""
        if self.floor:
            fl = f", {self.floor} {self.door}"
        if style == "full":
            return f"{self.street} {num}{fl}, {self.post} {self.town}"
        if style == "street":
            return f"{self.street} {num}{fl}"
        if style == "nopost":
            return f"{self.street} {num}{fl}, {self.town}"
        if style == "block":
            return f"{self.street} {num}{fl}\n{self.post} {self.town}"
        if style == "compact":
            f2 = f" {self.floor.rstrip('.')}{self.door.rstrip('.')}" if self.floor else ""
            return f"{self.street} {num}{f2}, {self.post}"
        if style == "nr":
            return f"{self.street} nr. {num}{fl}, {self.post} {self.town}"
        if style == "sloppy":
            f2 = f" {self.floor.rstrip('.')} {self.door.rstrip('.')}" if self.floor else ""
            return f"{self.street.lower()} {num.lower()}{f2} {self.town.lower()}"
        if style == "spoken":
            s = f"{self.street.lower()} nummer {num_da(self.no) if self.no < 100 else self.no}"
            if self.floor and self.floor != "st.":
                s += f" {ORD[int(self.floor[0])]} sal"
            return s + f" i {self.town.split()[0].lower()}"
        raise ValueError(style)


class Foreign:
    def __init__(self, cc):
        self.cc = cc
        self.text = FOREIGN_ADDR[cc]()

    def fmt(self, style=None):
        return self.text


def cpr_for(born, sex):
    yy = born.year % 100
    if born.year >= 2000:
        d7 = R.choice([4, 9, 5, 6, 7, 8]) if yy <= 36 else R.choice([5, 6, 7, 8])
    else:
        d7 = R.choice([0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
    mid = R.randint(0, 99)
    last = R.choice([0, 2, 4, 6, 8]) if sex == "f" else R.choice([1, 3, 5, 7, 9])
    return f"{born.day:02d}{born.month:02d}{yy:02d}{d7}{mid:02d}{last}"


DK_MOBILE = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
             "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"]
DK_FIXED = ["32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "54", "56",
            "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76",
            "86", "87", "89", "96", "97", "98", "99"]


def dk_phone(fixed=False):
    while True:
        n = R.choice(DK_FIXED if fixed else DK_MOBILE) + f"{R.randint(0, 999999):06d}"
        pairs = " ".join(n[i:i+2] for i in range(0, 8, 2))
        if pairs not in pools.PUBLIC_NUMBERS and all(pairs != k[2] for k in pools.KOMMUNER):
            return n


# clean labels per role: (mid-sentence, sentence-start, genitive, english)
ROLE_LABELS = {
    "mor": ("mor", "Mor", "mors", "the mother"),
    "far": ("far", "Far", "fars", "the father"),
    "stedfar": ("stedfar", "Stedfar", "stedfars", "the stepfather"),
    "mormor": ("mormor", "Mormor", "mormors", "the grandmother"),
    "farmor": ("farmor", "Farmor", "farmors", "the grandmother"),
    "morfar": ("morfar", "Morfar", "morfars", "the grandfather"),
    "farfar": ("farfar", "Farfar", "farfars", "the grandfather"),
    "moster": ("moster", "Moster", "mosters", "the aunt"),
    "onkel": ("onkel", "Onkel", "onkels", "the uncle"),
    "plejemor": ("plejemor", "Plejemor", "plejemors", "the foster mother"),
    "plejefar": ("plejefar", "Plejefar", "plejefars", "the foster father"),
    "nabo": ("naboen", "Naboen", "naboens", "the neighbour"),
    "ven": ("en kammerat", "En kammerat", "kammeratens", "a friend"),
    "ven2": ("en ældre ung", "En ældre ung", "den ældre unges", "another young person"),
    "sagsbeh": ("sagsbehandleren", "Sagsbehandleren", "sagsbehandlerens", "the caseworker"),
    "laerer": ("klasselæreren", "Klasselæreren", "klasselærerens", "the teacher"),
    "laerer2": ("dansklæreren", "Dansklæreren", "dansklærerens", "the teacher"),
    "paed": ("pædagogen", "Pædagogen", "pædagogens", "the pedagogue"),
    "psyk": ("psykologen", "Psykologen", "psykologens", "the psychologist"),
    "laege": ("lægen", "Lægen", "lægens", "the doctor"),
    "traener": ("træneren", "Træneren", "trænerens", "the coach"),
    "klub": ("klubmedarbejderen", "Klubmedarbejderen", "klubmedarbejderens", "the youth worker"),
    "spejder": ("spejderlederen", "Spejderlederen", "spejderlederens", "the scout leader"),
    "chef": ("butikschefen", "Butikschefen", "butikschefens", "the manager"),
    "leder": ("skolelederen", "Skolelederen", "skolelederens", "the head teacher"),
    "advokat": ("advokaten", "Advokaten", "advokatens", "the lawyer"),
    "bisidder": ("bisidderen", "Bisidderen", "bisidderens", "the supporter"),
    "official": ("sagsbehandleren i udlandet", "Sagsbehandleren i udlandet",
                 "sagsbehandlerens", "the official"),
    "koord": ("den faglige koordinator", "Den faglige koordinator",
              "den faglige koordinators", "the coordinator"),
    "sundhed": ("sundhedsplejersken", "Sundhedsplejersken", "sundhedsplejerskens",
                "the health visitor"),
    "familiebeh": ("familiebehandleren", "Familiebehandleren", "familiebehandlerens",
                   "the family therapist"),
    "vidne": ("vidnet", "Vidnet", "vidnets", "the witness"),
    "tolk": ("tolken", "Tolken", "tolkens", "the interpreter"),
}
CHILD_LETTERS = "ABCDE"


def ear(name):
    """A misheard / by-ear spelling, as speech-to-text or a hasty note would write it."""
    s = name
    rules = [("th", "t"), ("ch", "k"), ("w", "v"), ("ph", "f"), ("c", "k"), ("ss", "s"),
             ("tt", "t"), ("nn", "n"), ("ll", "l"), ("y", "j"), ("ie", "i"), ("ou", "u"),
             ("sch", "sj"), ("ae", "e"), ("ó", "o"), ("ð", "d"), ("á", "a"), ("ş", "sh"),
             ("ç", "tj"), ("ł", "l"), ("ń", "n"), ("ż", "z"), ("ą", "on"), ("ę", "e"),
             ("q", "k"), ("ø", "ö"), ("x", "ks"), ("z", "s"), ("ij", "i"), ("dž", "dj"),
             ("ć", "tj"), ("č", "tj"), ("ž", "sj"), ("ş", "sj"), ("ı", "i"), ("ğ", ""),
             ("ü", "y"), ("ö", "ø"), ("ț", "ts"), ("ș", "sj"), ("ă", "e"), ("kk", "k"),
             ("rr", "r"), ("mm", "m"), ("dd", "d"), ("ee", "e"), ("aa", "å"), ("e", "æ")]
    order = list(range(len(rules)))
    R.shuffle(order)
    changed = 0
    low = s.lower()
    for i in order:
        a, b = rules[i]
        if a in low and changed < 2:
            low = low.replace(a, b, 1)
            changed += 1
    if low == s.lower():
        low = low + "e" if low[-1] not in "aeiouyæøå" else low[:-1] + "æ"
    return low


class Person:
    def __init__(self, role, origin=None, sex=None, last=None, born=None, abroad=None):
        if origin is None:
            origin = pick_origin()
        self.origin = origin
        fem, mal, surs = pools.ORIGINS[origin]
        self.sex = sex or R.choice(["f", "m"])
        self.first = R.choice(fem if self.sex == "f" else mal)
        self.last = last or R.choice(surs)
        self.role = role
        self.born = born
        self.cpr = cpr_for(born, self.sex) if born else None
        self.abroad = abroad  # country code when living abroad
        self.cc = None
        if abroad:
            self.cc = abroad
            self.phone = FOREIGN_PHONE[abroad]()
        else:
            self.phone = dk_phone(fixed=R.random() < 0.12)
        self.home = None
        self.nick = None
        self.email = self.make_email()
        self.letter = None  # clean label letter for children
        self.ini = None

    def full(self):
        if self.origin == "vn":
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    def initials(self, style=None):
        f = ascii_fold(self.first).replace("-", " ").split()
        l = ascii_fold(self.last).replace("-", " ").replace("'", "").split()
        if style is None:
            style = R.choice(["dots", "plain", "three"])
        if style == "dots":
            return ".".join(x[0].upper() for x in f + l) + "."
        if style == "three":
            return (f[0][0] + l[-1][:2]).upper()
        return "".join(x[0].upper() for x in f + l)

    def make_email(self, work=None):
        f = ascii_fold(self.first).lower().replace(" ", "").replace("-", "").replace("'", "")
        l = ascii_fold(self.last).lower().replace(" ", "").replace("-", "").replace("'", "")
        if work:
            pat = R.choice(["{f}.{l}", "{fi}{l3}", "{f}{l1}", "{fi}{l}"])
            dom = work
        else:
            pat = R.choice(["{f}.{l}", "{f}{l}{n}", "{f}_{l}", "{fi}{l}", "{f}{n}",
                            "{l}.{f}", "{f}.{l}{n}"])
            dom = R.choice(pools.PRIVATE_MAIL)
            if self.abroad == "pl":
                dom = R.choice(["wp.pl", "onet.pl", "gmail.com"])
            elif self.abroad == "ua":
                dom = R.choice(["ukr.net", "gmail.com", "i.ua"])
            elif self.abroad == "ro":
                dom = R.choice(["yahoo.ro", "gmail.com"])
            elif self.abroad == "en":
                dom = R.choice(["btinternet.com", "gmail.com", "outlook.com"])
        n = str(R.choice([R.randint(1, 99), R.randint(1965, 2012)]))
        return pat.format(f=f, l=l, n=n, fi=f[0], l3=l[:3], l1=l[0]) + "@" + dom

    def set_work_email(self, domain):
        self.email = self.make_email(work=domain)

    def form(self, form):
        if form == "full":
            return self.full()
        if form == "first":
            return self.first
        if form == "last":
            return self.last
        if form == "formal":
            return f"{self.last}, {self.first}"
        if form == "caps":
            return self.full().upper()
        if form == "lastcaps":
            return self.last.upper()
        if form == "lower":
            return self.full().lower()
        if form == "firstlower":
            return self.first.lower()
        if form == "ear":
            return ear(self.first)
        if form == "earfull":
            return ear(self.first) + " " + ear(self.last)
        if form == "ini":
            if not self.ini:
                self.ini = self.initials()
            return self.ini
        if form == "nick":
            if not self.nick:
                self.nick = R.choice(pools.NICKNAMES)
            return self.nick
        if form == "firstini":
            return f"{self.first} {self.last[0]}."
        raise ValueError(form)

    def lab(self, cap=False, gen=False, en=False):
        if self.letter:
            base = ("Child " if en else "Barn ") + self.letter
            if gen:
                return base + ("'s" if en else "'s")
            return base
        t = ROLE_LABELS[self.role]
        if en:
            return t[3] if not cap else t[3][0].upper() + t[3][1:]
        if gen:
            return t[2] if not cap else t[2][0].upper() + t[2][1:]
        return t[1] if cap else t[0]


def pick_origin():
    tot = sum(w for _, w in pools.ORIGIN_WEIGHTS)
    x = R.randint(1, tot)
    for o, w in pools.ORIGIN_WEIGHTS:
        x -= w
        if x <= 0:
            return o
    return "dk"


class Family:
    def __init__(self, origin=None):
        o = origin or pick_origin()
        self.origin = o
        mixed = R.random() < 0.25
        o2 = pick_origin() if mixed else o
        self.mor = Person("mor", o, "f", born=rand_date(1972, 2001))
        self.far = Person("far", o2, "m", born=rand_date(1968, 1999))
        if R.random() < 0.55:
            self.mor.last = self.far.last
            self.mor.email = self.mor.make_email()
        clast = self.far.last if R.random() < 0.7 else self.mor.last
        nkids = R.choice([1, 1, 2, 2, 3])
        self.kids = []
        for i in range(nkids):
            k = Person("barn", R.choice([o, o2]), last=clast, born=rand_date(2008, 2023))
            k.letter = CHILD_LETTERS[i]
            self.kids.append(k)
        used = [self.mor.first, self.far.first]
        for k in self.kids:
            tries = 0
            while k.first in used and tries < 20:
                fem, mal, _s = pools.ORIGINS[k.origin]
                k.first = R.choice(fem if k.sex == "f" else mal)
                tries += 1
            used.append(k.first)
        self.kids.sort(key=lambda k: k.born)
        for i, k in enumerate(self.kids):
            k.letter = CHILD_LETTERS[i]
        self.barn = self.kids[0] if R.random() < 0.5 else self.kids[-1]
        self.home = Home()
        self.mor.home = self.home
        for k in self.kids:
            k.home = self.home
        self.together = R.random() < 0.35
        self.far.home = self.home if self.together else Home()
        gr = R.choice(["mormor", "farmor", "morfar", "farfar"])
        self.gp = Person(gr, o if gr.startswith("mor") else o2,
                         "f" if gr.endswith("mor") else "m", born=rand_date(1948, 1972))
        while self.gp.first in used:
            fem, mal, _s = pools.ORIGINS[self.gp.origin]
            self.gp.first = R.choice(fem if self.gp.sex == "f" else mal)
        self.gp.home = Home()
        self.klasse = f"{R.randint(0, 9)}.{R.choice('ABCDX')}"
        if self.klasse.startswith("0"):
            self.klasse = "0." + self.klasse[-1]


# ---------------------------------------------------------------- the Doc
class Sp:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def flat(pieces):
    for p in pieces:
        if isinstance(p, (list, tuple)):
            yield from flat(p)
        else:
            yield p


class Doc:
    def __init__(self, planted, lang="da"):
        self.P = planted
        self.C = not planted
        self.lang = lang
        self.parts = []
        self.spans = []
        self.n = 0
        self.seen = {}
        self.target = 100

    # writing -------------------------------------------------------------
    def w(self, *pieces):
        pieces = list(flat(pieces))
        if any(p is None for p in pieces):
            return  # a piece with personal data has no clean form: drop the whole call
        for p in pieces:
            if isinstance(p, Sp):
                assert self.P, "span in clean text"
                t = p.text
                self.spans.append({"kind": p.kind, "text": t, "start": self.n,
                                   "end": self.n + len(t)})
                self.parts.append(t)
                self.n += len(t)
            else:
                self.parts.append(p)
                self.n += len(p)

    def trim(self):
        """Drop trailing blanks of the last literal (never inside a span)."""
        if self.spans and self.spans[-1]["end"] == self.n:
            return
        while self.parts and isinstance(self.parts[-1], str) and self.parts[-1].endswith(" "):
            if self.spans and self.spans[-1]["end"] == self.n:
                return
            self.parts[-1] = self.parts[-1][:-1]
            self.n -= 1
            if not self.parts[-1]:
                self.parts.pop()

    def ln(self, *pieces):
        pieces = list(flat(pieces))
        if any(p is None for p in pieces):
            return
        self.w(*pieces)
        self.trim()
        self.w("\n")

    def opt(self, *pieces):
        if any(p is None for p in flat(pieces)):
            return False
        self.w(*pieces)
        return True

    def optln(self, *pieces):
        if self.opt(*pieces):
            self.w("\n")
            return True
        return False

    @property
    def text(self):
        return "".join(self.parts)

    def wc(self):
        return len(self.text.split())

    def full(self):
        return self.wc() >= self.target

    # personal data pieces -------------------------------------------------
    def nm(self, p, form=None, cap=False):
        if self.C:
            return p.lab(cap=cap, en=self.lang == "en")
        if form is None:
            if p in self.seen:
                form = R.choice(["first", "first", "first", "full"]) \
                    if p.role in ("barn", "mor", "far", "ven", "moster", "onkel") \
                    else R.choice(["full", "last", "first", "full"])
            else:
                form = "full"
        self.seen[p] = True
        return Sp("name", p.form(form))

    def gen(self, p, form=None, cap=False):
        if self.C:
            return p.lab(cap=cap, gen=True, en=self.lang == "en")
        sp = self.nm(p, form)
        if self.lang == "en":
            if sp.text[-1] in "sxz":
                return [sp, "'"]
            return [sp, "'s"]
        if sp.text[-1] in "sxzSXZ":
            return [sp, "'"]
        sp.text = sp.text + "s"
        return sp

    def title(self, p, cap=False):
        """'fru Holm' / 'hr. Holm' / 'Mrs Smith'."""
        if self.C:
            return p.lab(cap=cap, en=self.lang == "en")
        if self.lang == "en":
            t = "Mrs" if p.sex == "f" else "Mr"
            t = R.choice([t, t + "."])
        else:
            t = "fru" if p.sex == "f" else "hr."
            if cap:
                t = t.capitalize()
        self.seen[p] = True
        return [t + " ", Sp("name", p.last)]

    def ph(self, p, style=None):
        if self.C:
            return None
        return Sp("phone", fmt_phone(p, style))

    def em(self, p, spoken=False):
        if self.C:
            return None
        e = p.email
        if spoken:
            loc, dom = e.split("@")
            e = (loc.replace(".", " punktum ").replace("_", " underscore ") + " snabel a "
                 + dom.replace(".", " punktum "))
            e = " ".join(e.split())
        return Sp("email", e)

    def ad(self, p_or_home, style=None):
        if self.C:
            return None
        h = p_or_home.home if isinstance(p_or_home, Person) else p_or_home
        return Sp("address", h.fmt(style))

    def dob(self, p, style=None):
        if self.C:
            return None
        return Sp("dob", fmt_dob(p.born, style, self.lang))

    def cpr(self, p, style=None):
        if self.C:
            return None
        return Sp("cpr", fmt_cpr(p, style))

    def age(self, p):
        a = age(p.born)
        if a <= 0:
            return "under 1 år" if self.lang == "da" else "under one year old"
        return f"{a} år" if self.lang == "da" else f"{a} years old"

    def hanhun(self, p, cap=False):
        s = "hun" if p.sex == "f" else "han"
        return s.capitalize() if cap else s

    def hamhende(self, p):
        return "hende" if p.sex == "f" else "ham"

    def sonnen(self, p):
        return "datter" if p.sex == "f" else "søn"


# ================================================================ GENRE WRITERS
CVR_SEEN = []  # CVR numbers written as look-alikes (whitelisted as public numbers)


def rr():
    return R


def pick(xs):
    return rr().choice(xs)


def chance(p):
    return rr().random() < p


def kommune():
    return pick(pools.KOMMUNER)


def prof(role, dom=None, origin=None, sex=None):
    p = Person(role, origin, sex=sex)
    if dom:
        p.set_work_email(dom)
    return p


def meetdate():
    d = rand_date(2025, 2025)
    if d > TODAY:
        d = TODAY
    return d


def dstr(d, style=None):
    style = style or pick(["dots", "long", "short"])
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "short":
        return f"{d.day}/{d.month}"
    return f"{d.day}. {MONTHS_DA[d.month-1]} {d.year}"


def dstr_en(d):
    r = rr()
    s = r.choice(["a", "b", "c", "d"])
    if s == "a":
        return f"{d.day} {MONTHS_EN[d.month-1]} {d.year}"
    if s == "b":
        return f"{MONTHS_EN[d.month-1]} {d.day}, {d.year}"
    if s == "c":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.year}-{d.month:02d}-{d.day:02d}"


def clock():
    h = rr().randint(7, 17)
    m = pick(["00", "15", "30", "45"])
    return f"kl. {h}.{m}" if chance(0.6) else f"kl. {h}:{m}"


def casenr():
    r = rr()
    return (f"{r.choice(['27.24.00', '27.24.08', '27.36.00', '28.12.02'])}-"
            f"{r.choice(['A53', 'G01', 'P20', 'K07', 'G11'])}-{r.randint(1, 40)}-{r.randint(22, 25)}")


def jnr():
    r = rr()
    return f"{r.choice(['2024', '2025'])}-{r.randint(100000, 999999)}"


def cvr():
    r = rr()
    n = f"{r.randint(10000000, 99999999)}"
    CVR_SEEN.append(n)
    return n


def amount():
    r = rr()
    return pick([f"{r.randint(1, 19)}.{r.randint(0, 9)}{pick(['00', '50', '25'])} kr.",
                 f"kr. {r.randint(1, 45)}.{r.randint(100, 999)},00",
                 f"{r.randint(2, 9)}{pick(['00', '50'])} kr."])


ICD = [("F90.0", "forstyrrelse af aktivitet og opmærksomhed"), ("F84.0", "infantil autisme"),
       ("F41.1", "generaliseret angst"), ("F32.1", "moderat depressiv enkeltepisode"),
       ("F43.1", "posttraumatisk belastningsreaktion"), ("F50.0", "anorexia nervosa"),
       ("F91.3", "oppositionel adfærdsforstyrrelse"), ("F93.0", "separationsangst i barndommen"),
       ("J45.9", "astma"), ("E10.9", "type 1-diabetes"), ("G40.9", "epilepsi")]
MEDS = ["Ritalin Uno 20 mg", "Concerta 36 mg", "Melatonin 3 mg", "Sertralin 50 mg",
        "Elvanse 30 mg", "Atomoxetin 40 mg", "Circadin 2 mg", "Ventoline", "Flixotide",
        "Insulin (NovoRapid)", "Lamotrigin 25 mg"]
PARAS = ["Barnets lov § 20", "Barnets lov § 20, stk. 3", "Barnets lov § 32, stk. 1, nr. 3",
         "Barnets lov § 46", "Barnets lov § 91", "Barnets lov § 137, stk. 2",
         "Barnets lov § 5", "Barnets lov § 6", "Barnets lov § 30", "Barnets lov § 133",
         "forvaltningslovens § 9", "forvaltningslovens § 19", "forvaltningslovens § 28",
         "servicelovens § 50", "servicelovens § 52, stk. 3", "forældreansvarslovens § 21",
         "forældreansvarslovens § 17", "folkeskolelovens § 12"]


def lookalike_da(d, k):
    """One sentence with no personal data but many look-alikes."""
    r = rr()
    sw = k[2]
    opts = [
        lambda: f"Sagen er journaliseret under sagsnr. {casenr()}.",
        lambda: f"Sagen behandles efter {pick(PARAS)}.",
        lambda: f"Ved akut fare ring 112; politiet kan kontaktes på 114.",
        lambda: f"Uden for åbningstid kan Lægevagten kontaktes på 1813.",
        lambda: f"Barnet er gjort opmærksom på Børnetelefonen på 116 111.",
        lambda: f"{k[0]} kan kontaktes på hovednummeret {sw} alle hverdage {clock()}-15.00.",
        lambda: f"Indsatsen koster {amount()} pr. måned og afholdes af {k[0]} (CVR {cvr()}).",
        lambda: f"Faktura sendes elektronisk til EAN 5798{r.randint(100000000, 999999999)}.",
        lambda: f"Mødet holdes i mødelokale {r.randint(1, 4)}.{r.randint(1, 30):02d} {clock()}.",
        lambda: f"Diagnosen er registreret som ICD-10 {pick(ICD)[0]} ({pick(ICD)[1]}).",
        lambda: f"Barnet får {pick(MEDS)} morgen og {pick(MEDS)} til aften.",
        lambda: f"Næste statusmøde er {dstr(meetdate())} {clock()} i {pick(['Familiehuset', 'Rådhuset', 'Borgerservice', 'PPR'])}.",
        lambda: f"Afgørelsen af {dstr(meetdate())} kan påklages til Ankestyrelsen inden 4 uger.",
        lambda: f"Journalnr. {jnr()}. Der er sendt kvittering via Digital Post.",
        lambda: f"I maj var der en periode med mere uro, men sol og lange dage hjalp på humøret.",
        lambda: f"Efter stormen i sidste uge var skoven lukket, så turen blev flyttet.",
        lambda: f"Glad og udhvilet er barnet bedst om morgenen.",
        lambda: f"Vi mødes ved {pick(['Banegårdspladsen', 'Torvet', 'Stationsvej', 'Åboulevarden', 'Kirkepladsen', 'Vestergade'])} og går derfra.",
        lambda: f"Bussen (linje {r.randint(1, 20)}A) kører fra {pick(['Rådhuspladsen', 'Banegårdspladsen', 'Nørreport'])} hver 10. minut.",
        lambda: f"Familien har haft kontakt med Familieretshuset (tlf. 72 56 70 00) om samværet.",
        lambda: f"Have og altan er der ikke adgang til i lejligheden, og familien savner en have.",
        lambda: f"Sundhedsplejen i {pick(['Viby', 'Brabrand', 'Vestbyen', 'Skejby', 'Holstebro', 'Nørresundby'])} følger op ved 4-årsundersøgelsen.",
        lambda: f"Ugen før vinterferien (uge 7) er der ingen samvær.",
        lambda: f"Held og lykke er ikke en plan; vi aftaler derfor konkrete skridt.",
        lambda: f"Snapchat og TikTok fylder meget om aftenen, og mobilen bliver først lagt kl. 23.",
        lambda: f"Der er bevilget {r.randint(2, 8)} timer pr. uge i {r.randint(3, 12)} måneder.",
    ]
    tags = ["a", "a", "ah", "ahs", "a", "a", "a", "a", "a", "s", "s", "a", "a", "a", "h", "h", "h",
            "h", "h", "a", "as", "s", "a", "a", "hs", "a"]
    allowed = getattr(d, "lt", "ahs")
    idx = [i for i, t in enumerate(tags) if any(c in allowed for c in t)]
    if not hasattr(d, "la_used"):
        d.la_used = []
    fresh = [i for i in idx if i not in d.la_used] or idx
    i = pick(fresh)
    d.la_used.append(i)
    return opts[i]()


def fill(d, blocks):
    """Run optional blocks (already ordered) until the word target is reached."""
    for b in blocks:
        if d.full():
            break
        b()


def shuffled(xs):
    xs = list(xs)
    rr().shuffle(xs)
    return xs


# ================================================================ 1. AULA
def g_aula(d, sub):
    d.lt = "h"
    f = Family()
    k = kommune()
    b, m, fa = f.barn, f.mor, f.far
    kl = f.klasse
    t = prof("laerer", k[1])
    grade = int(kl.split(".")[0])
    if sub == "dagtilbud":
        b.born = rand_date(2020, 2024)
    else:
        b.born = rand_date(2025 - 6 - grade, 2025 - 6 - grade)
    b.cpr = cpr_for(b.born, b.sex)
    par = m if chance(0.6) else fa
    rel = "Mor" if par is m else "Far"

    def hdr_parent(p, to):
        if d.P:
            d.ln("Fra: ", d.nm(p, "full"), f" ({'Mor' if p is m else 'Far'} til ", d.nm(b, "first"), f", {kl})")
            d.ln("Til: ", d.nm(to, "full"), f" (Lærer, {kl})")
        else:
            d.ln(f"Fra: {'Mor' if p is m else 'Far'} til Barn {b.letter} ({kl})")
            d.ln(f"Til: Klasselærer, {kl}")

    sent_t = [None]

    def sent(dd):
        tm = pick(['07:12', '07:42', '08:03', '06:55', '07:31']) if sent_t[0] is None else pick(['09:14', '12:30', '15:40', '16:05'])
        if sent_t[0] is None:
            sent_t[0] = tm
        d.ln(f"Sendt: {dstr(dd, 'dots')} {tm}")

    if sub == "traad":
        emne = pick(["Fravær i dag", "Afhentning i morgen", "Lidt om hjemmefronten", "Spørgsmål til lektier",
                     "Legeaftale", "Bekymring", "Skole-hjem-samtale"])
        d.ln("Emne: ", emne)
        hdr_parent(par, t)
        dd = meetdate()
        sent(dd)
        d.w("\n")
        msg = []
        gp = f.gp
        if d.P:
            msg.append(["Hej ", d.nm(t, "first"), "\n"])
        else:
            msg.append(["Hej\n"])
        body = pick(["syg", "hent", "hjem", "leg"])
        if body == "syg":
            msg.append([d.nm(b, "first", cap=True), " har haft feber i nat og bliver hjemme i dag. ",
                        d.hanhun(b, True), " glæder sig til at komme tilbage, når ", d.hanhun(b),
                        " er frisk. Kan I lægge ugeplanen på Aula?\n"])
        elif body == "hent":
            if d.P:
                msg.append(["I morgen er det ", d.gen(b, "first"), " ", gp.role, ", ", d.nm(gp, "full"),
                            ", der henter kl. 14.15. "])
            else:
                msg.append([f"I morgen er det {gp.role}, der henter kl. 14.15. "])
            if d.P:
                msg.append([d.hanhun(gp, True), " kan fanges på ", d.ph(gp), ", hvis der er noget.\n"])
            else:
                msg.append([d.hanhun(gp, True), " har fået Aula-appen, hvis der er noget.\n"])
        elif body == "hjem":
            msg.append(["Jeg vil bare lige orientere om, at vi er gået fra hinanden. ",
                        d.nm(b, "first", cap=True), " bor fortsat hos mig"])
            if d.P:
                msg.append([", og ", "far" if par is m else "mor", " bor nu på ", d.ad(fa if par is m else m, "full"),
                            ". "])
            else:
                msg.append([", og den anden forælder er flyttet til en lejlighed tæt på skolen. "])
            msg.append(["Hvis ", d.hanhun(b), " virker ked af det, må du meget gerne skrive.\n"])
        else:
            fr = Person("ven", pick_origin())
            frm = Person("mor", fr.origin, "f", last=fr.last)
            frm.home = Home()
            msg.append(["Må ", d.nm(b, "first"), " tage med ", d.nm(fr, "full"), " hjem efter skole på torsdag? "])
            if d.P:
                msg.append([d.gen(fr, "first"), " mor, ", d.nm(frm, "full"), ", henter, og de bor på ",
                            d.ad(frm, pick(["full", "street", "nopost"])), ". Ring evt. til hende på ",
                            d.ph(frm), ".\n"])
            else:
                msg.append(["Kammeratens mor henter, og vi har aftalt at ringe sammen i morgen.\n"])
        if d.P:
            msg.append(["Mvh ", d.nm(par, "first"), "\n"])
            if chance(0.6):
                msg.append(["Tlf. ", d.ph(par), "\n"])
        else:
            msg.append(["Mvh ", rel, "\n"])
        d.w(msg)
        # reply (teacher's voice) with the parent's message quoted below
        msgwords = len("".join(x.text if isinstance(x, Sp) else x for x in flat(msg)).split())
        if not d.full() or chance(0.4):
            d.w("\n")
            if d.P:
                d.ln("Fra: ", d.nm(t, "full"), f" (Lærer, {kl})")
                d.ln("Til: ", d.nm(par, "full"))
            else:
                d.ln(f"Fra: Klasselærer ({kl})")
                d.ln(f"Til: {rel} til Barn {b.letter}")
            sent(dd)
            d.w("\n")
            if d.P:
                d.w("Hej ", d.nm(par, "first"), "\n")
            else:
                d.w("Hej\n")
            d.w(pick(["Tak for beskeden, det er noteret. ", "Tusind tak, godt at vide. ",
                      "Tak fordi du skriver. "]))
            if body == "hjem":
                d.w("Jeg holder et ekstra øje med ", d.nm(b, "first"), " i frikvartererne, og vi kan tage en snak ved skole-hjem-samtalen i uge 47.")
            elif body == "syg":
                d.w("God bedring til ", d.nm(b, "first"), ". Ugeplanen ligger under Lektier.")
            else:
                d.w("Jeg giver SFO'en besked.")
            d.w("\n")
            quote_it = d.wc() + msgwords + 14 < d.target or (d.wc() + msgwords + 14 < 75 and chance(0.5))
            tgt = d.target
            if quote_it:
                d.target = tgt - msgwords - 12
            fill(d, extras(d, "aula", f, k))
            d.target = tgt
            if d.P:
                d.ln("Venlig hilsen\n", d.nm(t, "full"))
                if chance(0.5):
                    d.ln("Direkte: ", d.ph(t), " · ", d.em(t))
            else:
                d.ln("Venlig hilsen\nKlasselæreren")
            if quote_it:
                d.w("\n")
                if d.P:
                    d.ln(f"Den {dstr(dd, 'dots')} kl. {sent_t[0]} skrev ", d.nm(par, "full"), ":")
                else:
                    d.ln(f"Den {dstr(dd, 'dots')} kl. {sent_t[0]} skrev {rel}:")
                q = []
                for piece in flat(msg):
                    if isinstance(piece, Sp):
                        q.append(Sp(piece.kind, piece.text))
                    elif piece is not None:
                        q.append(piece.replace("\n", "\n> "))
                while q and isinstance(q[-1], str) and q[-1].endswith("> "):
                    q[-1] = q[-1][:-3]
                d.w("> ")
                d.w(q)
        else:
            fill(d, extras(d, "aula", f, k))
    elif sub == "ugebrev":
        uge = rr().randint(2, 50)
        d.ln(f"Ugebrev {kl} – uge {uge}")
        d.ln(f"Kære forældre i {kl}")
        d.w("\n")
        blocks = []

        def new_pupil():
            ny = Person("barn", pick_origin(), born=rand_date(2012, 2019))
            nm_ = Person("mor", ny.origin, "f", last=ny.last)
            if d.P:
                d.ln("Vi siger velkommen til ", d.nm(ny, "full"), ", som er startet i klassen efter efterårsferien. ",
                     d.gen(ny, "first"), " mor, ", d.nm(nm_, "full"), ", vil gerne høre fra jer om legeaftaler på ",
                     d.ph(nm_), " eller ", d.em(nm_), ".")
            else:
                d.ln("Vi siger velkommen til en ny elev, som er startet i klassen efter efterårsferien. Tag godt imod den nye klassekammerat.")

        def kaffe():
            host = Person("mor", pick_origin(), "f")
            host.home = Home()
            if d.P:
                d.ln("Forældrekaffe fredag kl. 8.00 hos ", d.nm(host, "full"), " på ", d.ad(host, pick(["full", "street", "nopost"])),
                     ". Giv besked til ", d.nm(host, "first"), " på ", d.ph(host), ", hvis I kommer.")
            else:
                d.ln("Forældrekaffe fredag kl. 8.00 i klasselokalet. Giv besked i Aula-tråden, hvis I kommer.")

        def kontakt():
            a, bb = Person("mor", pick_origin(), "f"), Person("far", pick_origin(), "m")
            if d.P:
                d.ln("Kontaktforældre i år er ", d.nm(a, "full"), " (", d.ph(a), ") og ", d.nm(bb, "full"),
                     " (", d.em(bb), ").")
            else:
                d.ln("Kontaktforældrene er valgt og præsenterer sig selv i Aula i næste uge.")

        def fest():
            c = Person("barn", pick_origin(), born=rand_date(2013, 2018))
            cp = Person("far", c.origin, "m", last=c.last)
            cp.home = Home()
            if d.P:
                d.ln(d.nm(c, "first"), " holder fødselsdag for hele klassen lørdag kl. 13-16 på ", d.ad(cp, pick(["full", "nopost"])),
                     ". Svar til ", d.gen(c, "first"), " far, ", d.nm(cp, "full"), ", på ", d.ph(cp), ".")
            else:
                d.ln("Der er klassefødselsdag lørdag kl. 13-16; invitationen ligger i Aula. Husk at svare senest onsdag.")

        def skov():
            d.ln("På tirsdag går vi i skoven og laver bål. Husk tøj efter vejret, gummistøvler og en drikkedunk. Vi er tilbage kl. 13.30.")

        def fag():
            d.ln(pick(["I dansk er vi gået i gang med et forløb om eventyr, og i matematik arbejder vi med brøker.",
                       "I natur/teknologi har vi undersøgt vand og is, og i engelsk øver vi ugedage.",
                       "Vi har haft trivselstime om at sige fra på en god måde. Snak gerne med jeres barn om det."]))

        def vikar():
            v = prof("laerer2", k[1])
            if d.P:
                d.ln("Fra mandag har ", d.nm(v, "full"), " dansk i klassen, mens jeg er på kursus. ", d.nm(v, "first"),
                     " kan træffes på ", d.em(v), ".")
            else:
                d.ln("Fra mandag har en vikar dansk i klassen, mens jeg er på kursus.")

        def la():
            d.ln(lookalike_da(d, k))
        blocks = shuffled([new_pupil, kaffe, kontakt, fest, skov, fag, vikar, la, la])
        fill(d, blocks + [(lambda t: (lambda: d.ln(t)))(x) for x in shuffled(UGEBREV_EXTRA)])
        d.w("\n")
        if d.P:
            d.ln("Mange hilsner\n", d.nm(t, "full"))
            if chance(0.5):
                d.ln(d.em(t))
        else:
            d.ln("Mange hilsner\nKlasselæreren")
    elif sub == "fravaer":
        d.ln("Fraværsregistrering (Aula)")
        if d.P:
            d.ln("Elev: ", d.nm(b, pick(["full", "formal", "caps"])), f", {kl}")
            if chance(0.9):
                d.ln("Fødselsdato: ", d.dob(b))
        else:
            d.ln(f"Elev: Barn {b.letter} ({d.age(b)}), {kl}")
        dd = meetdate()
        d.ln(f"Fraværstype: {pick(['Sygdom', 'Ulovligt fravær', 'Ekstraordinær frihed', 'Sygdom', 'Lægebesøg'])}")
        d.ln(f"Periode: {dstr(dd, 'dots')} – {dstr(dd, 'dots') if chance(0.4) else 'foreløbig'}")
        if d.P:
            d.ln("Indberettet af: ", d.nm(par, "full"), f" ({rel.lower()})", ", tlf. ", d.ph(par))
        else:
            d.ln(f"Indberettet af: {rel.lower()} via Aula")
        d.w("Bemærkning: ")
        d.ln(pick(["Ondt i maven og har ikke sovet.", "Skal til kontrol på Skejby.",
                   "Har været meget ked af det siden weekenden.", "Vi er på familiebesøg og kommer hjem søndag.",
                   "Feber. Vi melder tilbage i morgen."]))
        extra = [
            lambda: d.ln(f"Samlet fravær i skoleåret: {rr().randint(4, 31)} %. Skolen indkalder til fraværsmøde {clock()} i lokale {rr().randint(1, 3)}.{rr().randint(1, 20):02d}."),
            lambda: (d.w("Skolesekretær: "), d.ln(d.nm(prof("leder", k[1]), "full")) if d.P else d.ln("Skolesekretæren har registreret fraværet.")),
            lambda: d.ln(lookalike_da(d, k)),
            lambda: d.ln("Fraværet er meldt til sagsbehandler i Børn og Unge, jf. skolens fraværsprocedure."),
            lambda: (d.ln("Kontakt ved spørgsmål: ", d.nm(t, "full"), ", ", d.ph(t), ", ", d.em(t)) if d.P else d.ln("Kontakt ved spørgsmål: klasselæreren via Aula.")),
            lambda: d.ln(lookalike_da(d, k)),
        ]
        fill(d, shuffled(extra) + [lambda: d.ln("Noter fra klasselæreren:")] + extras(d, "aula", f, k))
    elif sub == "kontaktliste":
        d.ln(f"Kontaktliste {kl} (delt med forældrenes samtykke i Aula)")
        d.w("\n")
        if d.C:
            d.ln(f"Listen omfatter {rr().randint(18, 27)} elever og deres forældre. Den må kun bruges til legeaftaler, fødselsdage og klassearrangementer.")
            fill(d, extras(d, "kontaktliste", f, k) + [lambda: d.ln(lookalike_da(d, k)) for _ in range(6)])
            d.ln("Rettelser sendes til klasselæreren via Aula.")
        else:
            first = True
            while first or not d.full():
                fam = f if first else Family()
                first = False
                c = fam.barn
                c.born = rand_date(b.born.year, b.born.year)
                c.cpr = cpr_for(c.born, c.sex)
                d.w(d.nm(c, pick(["full", "formal"])))
                if chance(0.9):
                    d.w(" (f. ", d.dob(c), ")")
                d.w("\n")
                ps = [fam.mor, fam.far] if chance(0.6) else [pick([fam.mor, fam.far])]
                for p in ps:
                    d.w("  ", "Mor" if p is fam.mor else "Far", ": ", d.nm(p, "full"), ", ", d.ph(p))
                    if chance(0.6):
                        d.w(", ", d.em(p))
                    d.w("\n")
                d.ln("  Adresse: ", d.ad(c, pick(["full", "full", "nopost", "street"])))
                if d.wc() > d.target - 10:
                    break
            d.ln("Rettelser sendes til ", d.nm(t, "full"), ".")
    else:  # dagtilbud
        ped = prof("paed", k[1])
        stue = pick(["Frøerne", "Sommerfuglene", "Mariehønerne", "Solstrålerne", "Bjørnene", "Egernene"])
        d.ln(f"Besked fra stuen {stue}")
        if d.P:
            d.ln("Fra: ", d.nm(ped, "full"), " (pædagog)")
            d.ln("Til: ", d.nm(m, "full"), "; ", d.nm(fa, "full"))
            if chance(0.6):
                d.ln("Vedr.: ", d.nm(b, "full"), " (f. ", d.dob(b), ")")
        else:
            d.ln("Fra: Pædagog på stuen")
            d.ln("Til: Forældre til Barn " + b.letter)
        d.w("\n")
        d.ln("Hej begge to" if d.P or True else "")
        blocks = [
            lambda: d.ln(d.nm(b, "nick" if chance(0.35) else "first", cap=True), " har haft en god dag. ", d.hanhun(b, True),
                         " spiste hele madpakken, sov en time til middag og legede i sandkassen med de store."),
            lambda: (d.ln("I morgen henter ", d.nm(f.gp, "full"), ", som I skrev. Vi har noteret ",
                          d.gen(f.gp, "first"), " nummer, ", d.ph(f.gp), ", på listen over afhentere.")
                     if d.P else d.ln(f"I morgen henter {f.gp.role}, som I skrev. Vi har noteret det på listen over afhentere.")),
            lambda: d.ln("Vi har set, at ", d.nm(b, "first"), " flere gange har været sulten om morgenen og haft det samme tøj på i flere dage. Kan vi tage en snak, når I henter?"),
            lambda: d.ln("Husk skiftetøj og regntøj – det er vådt i haven for tiden, og vi er ude det meste af dagen."),
            lambda: d.ln(lookalike_da(d, k)),
            lambda: (d.ln("Ny telefon til mor: ", d.ph(m), ". Vi har rettet det i systemet.") if d.P else d.ln("Jeres nye telefonnummer er rettet i systemet.")),
            lambda: d.ln("Sundhedsplejersken kommer på torsdag til sprogvurdering. Det tager ca. 30 minutter."),
        ]
        fill(d, [blocks[0]] + shuffled(blocks[1:]) + extras(d, "dagtilbud", f, k))
        if d.P:
            d.ln("Kh ", d.nm(ped, "first"))
        else:
            d.ln("Kh pædagogerne")


UGEBREV_EXTRA = [
    "Husk idrætstøj og håndklæde om torsdagen; vi går i bad efter idræt.",
    "Der er forældremøde tirsdag kl. 19 i klassens lokale, hvor vi skal tale om trivsel og mobiltelefoner.",
    "Lektiecafeen er åben mandag og onsdag kl. 14-15.30 i biblioteket.",
    "Der mangler stadig underskrifter på sedlen om lejrskolen i maj.",
    "Klassen har svaret på den nationale trivselsmåling, og resultaterne gennemgås på forældremødet.",
    "Vi er begyndt at læse højt hver morgen de første ti minutter. Det giver ro.",
    "Glemte sager ligger i kassen ved SFO'en; den bliver tømt inden juleferien.",
    "Husk at give besked i Aula, hvis jeres barn skal hentes af andre end jer.",
    "Tandplejen kommer og henter klassen onsdag kl. 9.00.",
    "Mobilerne bliver samlet ind i skabet om morgenen og udleveret kl. 14.",
]


# ================================================================ 2. AGREEMENTS
def party_block(d, p, label, style_dob=False):
    if d.P:
        d.ln(f"{label}: ", d.nm(p, pick(["full", "full", "caps"])))
        if style_dob:
            d.ln("Født: ", d.dob(p))
        else:
            d.ln("CPR-nr.: ", d.cpr(p))
            if chance(0.35):
                d.ln("Fødselsdato: ", d.dob(p))
        d.ln("Adresse: ", d.ad(p, pick(["full", "full", "nr", "block"])))
        if chance(0.7):
            d.ln("Telefon: ", d.ph(p))
        if chance(0.4):
            d.ln("E-mail: ", d.em(p))
    else:
        d.ln(f"{label}: forældremyndighedsindehaver, bopæl i {pick(pools.TOWNS)[1]}")


def signatures(d, ps, place_town=None, witnesses=True):
    dd = meetdate()
    town = place_town or pick(pools.TOWNS)[1]
    d.ln(f"{town.split()[0]}, den {dstr(dd, pick(['dots', 'long']))}")
    for p in ps:
        if d.P:
            d.ln("_______________________  ", d.nm(p, pick(["full", "full", "caps"])))
        else:
            d.ln(f"_______________________  {p.lab(cap=True)}")
    if witnesses and not d.full():
        d.ln("Til vitterlighed (underskriftens ægthed og dato):")
        for i in range(2 if chance(0.7) else 1):
            v = Person("vidne", pick_origin(), born=rand_date(1950, 2000))
            v.home = Home()
            if d.P:
                d.w(f"{i+1}. ", d.nm(v, "full"), ", ", d.ad(v, pick(["full", "nopost"])))
                if chance(0.5):
                    d.w(", f. ", d.dob(v))
                else:
                    d.w(", cpr ", d.cpr(v, pick(["dash", "plain", "space"])))
                d.w("\n")
            else:
                d.ln(f"{i+1}. Vitterlighedsvidne (navn og adresse udeladt i denne kopi)")


def g_aftale(d, sub):
    d.lt = "a"
    f = Family()
    k = kommune()
    b, m, fa = f.barn, f.mor, f.far
    if fa.home is f.home:
        fa.home = Home()
    if sub == "samvaer":
        d.ln("FAMILIERETSHUSET")
        d.ln("Aftale om samvær")
        if d.C:
            d.ln(f"Vedrørende: Barn {b.letter} ({d.age(b)})")
        else:
            d.ln("Vedrørende barnet: ", d.nm(b, "full"), ", CPR ", d.cpr(b))
        d.ln(f"Sagsnr. {jnr()}")
        d.w("\n")
        party_block(d, m, "Mor")
        d.w("\n")
        if not d.full():
            party_block(d, fa, "Far")
            d.w("\n")
        cl = [
            lambda: d.ln("Barnet har bopæl hos ", d.nm(m, "first") if d.P else "mor", ". Der er fælles forældremyndighed."),
            lambda: d.ln("Samvær hver anden weekend fra fredag kl. 15.00 til søndag kl. 17.00. Far henter i institutionen og afleverer på mors bopæl."),
            lambda: d.ln("Ferie: 3 uger i sommerferien (uge 28-30 i lige år), halvdelen af efterårsferien og skiftevis jul og nytår."),
            lambda: d.ln("Forældrene orienterer hinanden om skole og sundhed via Aula og en fælles kalender."),
            lambda: (d.ln("Aflevering sker ved ", d.gen(f.gp, "full"), " bopæl, ", d.ad(f.gp, pick(["full", "nopost"])), ", når forældrene ikke kan mødes.")
                     if d.P else d.ln("Aflevering sker hos en bedsteforælder, når forældrene ikke kan mødes.")),
            lambda: d.ln("Aftalen kan ændres ved skriftlig enighed. Ved uenighed kan forældrene igen rette henvendelse til Familieretshuset på 72 56 70 00."),
            lambda: d.ln(f"Aftalen er indgået efter {pick(['forældreansvarslovens § 21', 'forældreansvarslovens § 21, stk. 1'])} ved møde {dstr(meetdate(), 'dots')} {clock()}."),
        ]
        fill(d, cl + extras(d, "aftale", f, k))
        signatures(d, [m, fa])
    elif sub == "foraeldremyndighed":
        d.ln("Aftale om forældremyndighed og barnets bopæl")
        d.ln("(anmeldes til Familieretshuset)")
        d.w("\n")
        if d.P:
            d.ln("Barn: ", d.nm(b, "full"), ", født ", d.dob(b), pick([", CPR ", ", cpr.nr. "]), d.cpr(b))
            for kk in f.kids:
                if kk is not b and not d.full():
                    d.ln("Barn: ", d.nm(kk, "full"), ", CPR-nr. ", d.cpr(kk))
        else:
            d.ln(f"Barn: Barn {b.letter} ({d.age(b)})")
        d.w("\n")
        party_block(d, m, "Forælder 1", style_dob=chance(0.3))
        party_block(d, fa, "Forælder 2", style_dob=chance(0.3))
        d.w("\n")
        cl = [
            lambda: d.ln("Forældrene aftaler fælles forældremyndighed, jf. forældreansvarslovens § 7."),
            lambda: d.ln("Barnet skal have bopæl hos ", d.nm(pick([m, fa]), "full"), ", jf. forældreansvarslovens § 17."),
            lambda: d.ln("Den forælder, barnet ikke bor hos, har ret til oplysninger fra skole, dagtilbud og sundhedsvæsen."),
            lambda: d.ln("Flytning med barnet inden for landets grænser varsles 6 uger før."),
            lambda: d.ln(lookalike_da(d, k)),
        ]
        fill(d, cl + extras(d, "aftale", f, k))
        signatures(d, [m, fa])
    elif sub == "fuldmagt":
        giver = pick([m, fa])
        rel = "mor" if giver is m else "far"
        holder = pick([prof("advokat", pick(["advokatfirma.dk", "advodan.dk", "ret-og-raad.dk"])),
                       Person("bisidder", pick_origin()), Person("moster", f.origin, "f")])
        holder.home = Home()
        d.ln("FULDMAGT")
        d.w("\n")
        if d.P:
            d.ln("Undertegnede ", d.nm(giver, "full"), ", CPR-nr. ", d.cpr(giver), ",")
            d.ln("bopæl ", d.ad(giver, pick(["full", "nr"])), ",")
            d.w("giver hermed ", d.nm(holder, "full"))
            if holder.role == "advokat":
                d.w(", advokat, tlf. ", d.ph(holder), ", ", d.em(holder))
            else:
                d.w(", ", d.ad(holder, pick(["full", "nopost"])), ", tlf. ", d.ph(holder))
            d.ln(",")
            d.ln("fuldmagt til at handle på mine vegne i sagen om min ", d.sonnen(b), " ", d.nm(b, "full"), ", født ", d.dob(b), ".")
        else:
            d.ln(f"Undertegnede ({rel} og forældremyndighedsindehaver) giver hermed {holder.lab()} fuldmagt til at handle på mine vegne i sagen om Barn {b.letter} ({d.age(b)}).")
        d.w("\n")
        cl = [
            lambda: d.ln(f"Fuldmagten omfatter aktindsigt efter forvaltningslovens § 9, deltagelse i møder og modtagelse af breve fra {k[0]}."),
            lambda: d.ln("Fuldmagten omfatter ikke samtykke til anbringelse eller ændring af forældremyndighed."),
            lambda: d.ln(f"Fuldmagten gælder fra underskrift og indtil den tilbagekaldes skriftligt. Sagsnr. {casenr()}."),
            lambda: d.ln(lookalike_da(d, k)),
        ]
        fill(d, cl + extras(d, "fuldmagt", f, k))
        signatures(d, [giver])
    else:  # samtykke
        d.ln(f"{k[0]} · Børn og Unge, Myndighed")
        d.ln("Samtykke til indhentning og videregivelse af oplysninger")
        d.w("\n")
        if d.P:
            d.ln("Barnets navn: ", d.nm(b, "full"))
            d.ln("CPR: ", d.cpr(b))
            if chance(0.5):
                d.ln("Adresse: ", d.ad(b, "full"))
        else:
            d.ln(f"Barnet: Barn {b.letter}, {d.age(b)}")
        d.w("\n")
        d.ln("Jeg giver samtykke til, at kommunen må indhente og udveksle oplysninger med:")
        laege = prof("laege", pick(["laegehuset.dk", "dadlnet.dk", None]) or None)
        psy = prof("psyk", k[1])
        items = [
            lambda: (d.ln("- egen læge ", d.nm(laege, "full"), ", tlf. ", d.ph(laege)) if d.P else d.ln("- barnets egen læge")),
            lambda: d.ln("- skolen og SFO"),
            lambda: (d.ln("- PPR v. psykolog ", d.nm(psy, "full"), " (", d.em(psy), ")") if d.P else d.ln("- PPR (Pædagogisk Psykologisk Rådgivning)")),
            lambda: d.ln("- Børne- og Ungdomspsykiatrien"),
            lambda: d.ln("- sundhedsplejen og tandplejen"),
        ]
        items[0]()
        items[1]()
        fill(d, items[2:] + extras(d, "samtykke", f, k))
        d.ln(f"Samtykket gælder i 12 måneder og kan til enhver tid trækkes tilbage, jf. {pick(['forvaltningslovens § 28', 'databeskyttelsesforordningens art. 7'])}.")
        if not d.full():
            d.ln(lookalike_da(d, k))
        d.w("\n")
        for p, lab in ((m, "Forældremyndighedsindehaver 1"), (fa, "Forældremyndighedsindehaver 2")):
            if d.P:
                d.ln(f"{lab}: ", d.nm(p, "full"), ", cpr ", d.cpr(p), ", tlf. ", d.ph(p))
            else:
                d.ln(f"{lab}: {p.lab(cap=True)} – underskrevet")
            if d.full() and chance(0.5):
                break
        d.ln(f"Dato: {dstr(meetdate(), 'dots')}")


# ================================================================ 3. SPEECH-TO-TEXT
def g_tale(d, sub):
    d.lt = "a"
    f = Family()
    k = kommune()
    b, m, fa = f.barn, f.mor, f.far
    sb = prof("sagsbeh", k[1])
    caller = pick([m, fa, f.gp, m, fa] + ([prof("laerer", k[1]), prof("traener", None)] if sub == "telefonsvarer" else []))
    role_word = {"mor": "mor til", "far": "far til", "mormor": "mormor til", "farmor": "farmor til",
                 "morfar": "morfar til", "farfar": "farfar til", "laerer": "lærer for",
                 "traener": "træner for"}[caller.role]
    rel_to = role_word.split()[0]

    def spoken_num():
        return pick(["spoken", "spoken", "plain", "pairs"])

    if sub == "telefonsvarer":
      nmsg = 0
      while nmsg == 0 or (not d.full() and nmsg < 4):
        nmsg += 1
        if nmsg > 1:
            d.w("\n")
            caller = pick([m, fa, f.gp, prof("laerer", k[1]), prof("traener", None)])
            role_word = {"mor": "mor til", "far": "far til", "mormor": "mormor til", "farmor": "farmor til",
                         "morfar": "morfar til", "farfar": "farfar til", "laerer": "lærer for",
                         "traener": "træner for"}[caller.role]
        fam_caller = caller.role not in ("laerer", "traener")
        d.target0 = d.target
        d.target = d.wc() + rr().randint(30, 70)
        if d.target > d.target0:
            d.target = d.target0
        dd = meetdate()
        d.ln(f"Telefonsvarerbesked {dstr(dd, 'dots')} {pick(['08:13', '16:47', '12:02', '19:30', '07:58'])} · varighed 0:{rr().randint(21, 59)} · automatisk transskription")
        d.w("\n")
        if d.P:
            d.w(pick(["hej ", "ja hej ", "øh hej "]), "det er ", d.nm(caller, pick(["firstlower", "ear", "lower", "earfull"])), " ", role_word, " ",
                d.nm(b, pick(["firstlower", "ear", "firstlower", "nick"])), " ")
        else:
            d.w(pick(["hej ", "ja hej "]), "det er ", role_word, " barn ", b.letter.lower(), " ")
        lines = [
            lambda: d.w(pick(["jeg ringer fordi ", "øh jeg ringer angående "]), pick([
                "der var det der møde på torsdag og jeg kan ikke komme klokken ni ", "vi har fået brevet om undersøgelsen og jeg forstår ikke helt hvad det betyder ",
                d.hanhun(b) + " ikke har været i skole i tre dage og jeg ved ikke hvad jeg skal gøre ", d.hanhun(b) + " ikke er kommet hjem i nat og jeg er bekymret "]
                if caller.role not in ("laerer", "traener") else [
                "jeg er lidt bekymret efter i går hvor " + d.hanhun(b) + " græd hele træningen ", "vi har en aftale om et møde men jeg kan ikke finde indkaldelsen "])),
            lambda: (d.w("du kan ringe tilbage på ", d.ph(caller, spoken_num()), " ") if d.P else d.w("du kan ringe tilbage på det nummer du har ")),
            lambda: (d.w("eller skriv til mig på ", d.em(caller, spoken=True), " ") if d.P else d.w("eller send en besked i e-boks ")),
            lambda: (d.w("vi er flyttet nu vi bor på ", d.ad(caller if caller.home else f.home, "spoken"), " ") if d.P and fam_caller else d.w("det står i papirerne " if fam_caller else "")),
            lambda: (d.w(d.nm(b, "firstlower"), " er født ", d.dob(b, "spoken"), " hvis i skal bruge det ") if d.P and fam_caller else d.w("hvis i skal bruge oplysningerne så har skolen dem " if fam_caller else "")),
            lambda: (d.w("hendes cpr er " if b.sex == "f" else "hans cpr er ", d.cpr(b, pick(["spoken", "plain", "space"])), " ") if d.P and fam_caller else d.w("cpr nummeret står i brevet " if fam_caller else "")),
            lambda: d.w("øh ja altså det haster lidt ", pick(["punktum ", "", "komma "])),
            lambda: (d.w("jeg har også snakket med ", d.nm(sb, pick(["firstlower", "ear"])), " sidste uge ") if d.P else d.w("jeg har også snakket med sagsbehandleren sidste uge ")),
            lambda: d.w("det er ikke fordi vi ikke vil samarbejde men det er svært med arbejde og det hele "),
        ]
        fill(d, [lines[0], lines[1]] + shuffled(lines[2:]) + extras(d, "tale", f, k))
        d.ln(pick(["tak hej", "ja tak hej hej", "okay hej", "vi snakkes ved hej"]))
        d.target = d.target0
    elif sub == "samtale":
        d.ln(f"Transskription af telefonsamtale (talegenkendelse, ikke korrekturlæst) · {dstr(meetdate(), 'dots')}")
        d.ln(f"Deltagere: Rådgiver, {rel_to.capitalize()}")
        d.w("\n")
        ts = [0]

        def tsl():
            ts[0] += rr().randint(4, 25)
            return f"[00:{ts[0]//60:02d}:{ts[0] % 60:02d}] "
        P_ = rel_to.capitalize()
        B_ = lambda form="firstlower": d.nm(b, form) if d.P else "barnet"  # noqa: E731
        hh = d.hanhun(b)
        ham = "hende" if b.sex == "f" else "ham"
        sis = Person("moster", f.origin, "f")

        def turn(who, *pieces):
            d.ln(tsl(), "Rådgiver: " if who == "R" else P_ + ": ", *pieces)

        def t_ident():
            if d.P:
                turn("R", "ja det er ", d.nm(sb, pick(["firstlower", "lower"])), " fra børn og unge er det ", d.nm(caller, pick(["firstlower", "ear"])))
                turn("P", pick(["ja det er det hej", "ja hej", "det er mig ja"]))
                if chance(0.7):
                    turn("R", "jeg skal lige have bekræftet cpr på ", B_())
                    turn("P", "det er ", d.cpr(b, pick(["space", "plain", "spoken", "groups"])))
                if chance(0.5):
                    turn("R", "og fødselsdatoen er ", d.dob(b, pick(["spoken", "spoken", "short_dots"])))
                    turn("P", pick(["ja", "ja det passer", "mm"]))
            else:
                turn("R", "ja det er sagsbehandleren fra børn og unge")
                turn("P", pick(["ja det er det hej", "ja hej", "det er mig ja"]))

        def t_move():
            if d.P:
                turn("R", "og i bor stadig på ", d.ad(f.home, pick(["sloppy", "spoken"])))
            else:
                turn("R", "og i bor stadig samme sted")
            turn("P", "nej vi er flyttet ud til min søster det er kun midlertidigt")
            if d.P:
                turn("R", "hvad er din søsters navn og nummer")
                turn("P", d.nm(sis, pick(["lower", "earfull"])), " ", d.ph(sis, spoken_num()))
            else:
                turn("R", "så skal vi have noteret hvor i bor nu")

        def t_underretning():
            turn("R", "vi har fået en underretning fra skolen og vi skal snakke med ", ham, " inden for en uge")
            turn("P", pick(["hvorfor det har jeg ikke hørt noget om", "hvad står der i den", "det er ikke rigtigt det de skriver"]))
            turn("R", "det er efter barnets lov paragraf 137 vi skal tale med barnet når der er kommet en underretning")

        def t_meeting():
            turn("R", "jeg vil gerne invitere til et netværksmøde på torsdag klokken ni i familiehuset")
            turn("P", "kan min ", f.gp.role, " komme med hun kender ", B_(), " rigtig godt")
            if d.P:
                turn("R", "ja gerne hvad er ", "hendes" if f.gp.sex == "f" else "hans", " nummer")
                turn("P", d.ph(f.gp, spoken_num()), " ", d.nm(f.gp, pick(["lower", "earfull"])))
            else:
                turn("R", "ja gerne så ringer jeg til hende")

        def t_mail():
            if d.P:
                turn("P", "kan du sende det på mail ", d.em(caller, spoken=True))
            else:
                turn("P", "kan du sende det i e-boks")
            turn("R", "ja og ellers kan du ringe til vores hovednummer ", k[2])

        def t_school():
            turn("R", "skolen siger at ", B_(), " ikke har været der siden mandag")
            turn("P", hh, " har haft ondt i maven og vil ikke op om morgenen")
            turn("R", "har i været ved lægen")
            turn("P", pick(["nej ikke endnu", "vi har tid på fredag", "lægen siger det er stress"]))

        def t_housing():
            turn("P", "vi har fået en opsigelse på lejligheden og jeg ved ikke hvor vi skal bo")
            turn("R", "har du været i kontakt med boligkontoret eller jobcentret")
            turn("P", "nej jeg har ikke nået det")
            turn("R", "så tager vi det med på mødet og jeg kan hjælpe med at ringe")

        def t_talk():
            turn("R", "jeg vil gerne tale med ", B_(), " alene på skolen i næste uge")
            turn("P", "må jeg være med")
            turn("R", "første gang taler vi alene men du får at vide hvad vi har talt om bagefter")

        t_ident()
        fill(d, shuffled([t_move, t_underretning, t_meeting, t_mail, t_school, t_housing, t_talk]))
        d.ln(tsl(), "Rådgiver: tak for nu hej")
    else:  # diktat
        d.ln(f"Journalnotat (dikteret, talegenkendelse) · {dstr(meetdate(), 'dots')} · {casenr()}")
        d.w("\n")
        if d.P:
            d.w("telefonsamtale med ", role_word.split()[0], " ", d.nm(caller, pick(["lower", "earfull"])), " vedr ", d.nm(b, pick(["lower", "firstlower", "earfull"])), " ")
        else:
            d.w(f"telefonsamtale med {role_word.split()[0]} vedr barn {b.letter.lower()} ({d.age(b)}) ")
        lines = [
            lambda: d.w(pick(["punktum ", ". ", "", "komma "]), d.hanhun(caller), " oplyser at ", pick(["de er flyttet", "der er nyt nummer", "far ikke længere bor hjemme", "barnet overnatter hos mormor"]), " "),
            lambda: (d.w("ny adresse ", d.ad(f.home, pick(["sloppy", "spoken", "compact"])), " ") if d.P else d.w("ny adresse er registreret i cpr ")),
            lambda: (d.w("nyt nummer ", d.ph(caller, spoken_num()), " ") if d.P else d.w("nyt nummer er noteret i sagen ")),
            lambda: d.w(d.hanhun(caller), " virker træt men samarbejdende ", pick(["punktum ny linje ", "\n", ". "])),
            lambda: (d.w("aftalt hjemmebesøg tirsdag klokken 10 sammen med ", d.nm(prof("familiebeh", k[1]), pick(["lower", "earfull"])), " fra familiehuset ") if d.P else d.w("aftalt hjemmebesøg tirsdag klokken 10 sammen med familiebehandleren ")),
            lambda: (d.w("barnets fødselsdato rettes til ", d.dob(b, pick(["spoken", "dots", "short_dots"])), " ") if d.P else d.w("barnets alder er rettet i sagen ")),
            lambda: d.w("bør drøftes på teammødet med faglig koordinator ", pick(["punktum ", ". "])),
            lambda: (d.w("underretter er ", d.nm(prof("laerer", k[1]), pick(["lower", "earfull"])), " fra skolen tlf ", d.ph(prof("laerer", k[1]), spoken_num()), " ") if d.P else d.w("underretter er skolen ")),
            lambda: d.w("ring 1813 hvis feberen stiger sagde jeg ", pick(["", ". "])),
        ]
        fill(d, [lines[0]] + shuffled(lines[1:]) + extras(d, "tale", f, k))
        d.trim()
        d.w("\n")
        if d.P:
            d.ln("/", d.nm(sb, "ini"))
        else:
            d.ln("/sagsbehandler")


# ================================================================ 4. ENGLISH LETTERS
ABROAD = ["pl", "ua", "ro", "en", "tr", "so", "ba", "ph", "th", "er", "vn"]
CC_BY_SUB = {"ambassade": ["pl", "ua", "ro", "tr", "ph", "th", "vn", "ba", "en"],
             "unhcr": ["so", "er", "ua"],
             "skole": ["pl", "ua", "ro", "en", "ba", "tr"],
             "hospital": ["pl", "ua", "ro", "en", "th", "ph", "tr"],
             "bedsteforaelder": ABROAD, "resume": ABROAD}
GOV_DOM = {"pl": "msz.gov.pl", "ua": "mfa.gov.ua", "ro": "mae.ro", "tr": "mfa.gov.tr", "ph": "dfa.gov.ph",
           "th": "mfa.go.th", "vn": "mofa.gov.vn", "ba": "mvp.gov.ba", "en": "fcdo.gov.uk"}
SCHOOL_DOM = {"pl": "sp12.edu.pl", "ua": "school.osvita.ua", "ro": "scoala.edu.ro", "en": "school.sch.uk",
              "ba": "skola.edu.ba", "tr": "meb.k12.tr"}
HOSP_DOM = {"pl": "szpital.pl", "ua": "ohmatdyt.com.ua", "ro": "spital.ro", "en": "nhs.net",
            "th": "kku.ac.th", "ph": "pgh.gov.ph", "tr": "saglik.gov.tr"}


def g_engelsk(d, sub):
    d.lt = "a"
    k = kommune()
    cc = pick(CC_BY_SUB[sub])
    origin = cc if cc in pools.ORIGINS else pick_origin()
    f = Family(origin)
    for x in [f.mor, f.far] + f.kids:
        if x.origin != origin:
            fem, mal, _s = pools.ORIGINS[origin]
            x.first = pick(fem if x.sex == "f" else mal)
    b = f.barn
    fam_parent = pick([f.mor, f.far])
    fam_parent.abroad = fam_parent.cc = cc
    fam_parent.phone = FOREIGN_PHONE[cc]()
    fam_parent.email = fam_parent.make_email()
    fam_parent.home = Foreign(cc) if cc in FOREIGN_ADDR else Home()
    sb = prof("sagsbeh", k[1])
    off_role = {"ambassade": "official", "unhcr": "official", "skole": "laerer", "hospital": "laege",
                "bedsteforaelder": "mormor", "resume": "official"}[sub]
    if sub == "bedsteforaelder":
        grole = pick(["mormor", "farmor", "morfar", "farfar"])
        off = Person(grole, origin, "f" if grole.endswith("mor") else "m", born=rand_date(1945, 1965), abroad=cc)
        off.home = Foreign(cc) if cc in FOREIGN_ADDR else Home()
    else:
        off = Person(off_role, origin, abroad=cc)
    wdom = {"ambassade": GOV_DOM.get(cc), "unhcr": "unhcr.org", "skole": SCHOOL_DOM.get(cc),
            "hospital": HOSP_DOM.get(cc), "bedsteforaelder": None, "resume": "unhcr.org"}[sub]
    if wdom:
        off.set_work_email(wdom)
    d.lang = "en"
    dd = meetdate()

    def summary():
        d.lang = "da"
        if d.n:
            d.w("\n")
        d.ln(f"Resumé (dansk) – indskannet {dstr(meetdate(), 'dots')} til sagsnr. {casenr()}:")
        if d.P:
            d.w(f"Brev på engelsk fra {'bedsteforælder' if sub == 'bedsteforaelder' else 'myndighed/institution i udlandet'} (", d.nm(off, "full"), ") om ", d.nm(b, "full"))
            if chance(0.6):
                d.w(", f. ", d.dob(b, pick(["dots", "long"])))
            d.w(". ")
        else:
            d.w(f"Brev på engelsk fra {'en bedsteforælder' if sub == 'bedsteforaelder' else 'en myndighed i udlandet'} om Barn {b.letter} ({d.age(b)}). ")
        d.w(pick(["Brevet bekræfter familiens oplysninger og beder om kontakt til kommunen. ",
                  "Afsender ønsker at blive inddraget i sagen og tilbyder at tage barnet i ferier. ",
                  "Oplysningerne indgår i den børnefaglige undersøgelse efter Barnets lov § 20. "]))
        if d.P and chance(0.6):
            d.w("Resumeret af ", d.nm(sb, pick(["full", "ini"])), ".")
        d.w("\n")

    if sub == "resume":
        summary()
        d.lang = "da"
        fill(d, extras(d, "henv", f, k)[:6] + [lambda: d.ln(lookalike_da(d, k)) for _ in range(8)])
        return
    # letterhead
    head = {"ambassade": pick(["Consular Section", "Embassy – Consular and Legal Affairs", "Consulate General, Family Matters"]),
            "unhcr": "UNHCR – Resettlement Unit", "skole": "Office of the Head Teacher",
            "hospital": "Department of Paediatrics – Discharge Letter", "bedsteforaelder": None}[sub]
    if head:
        d.ln(head)
    if d.P and sub == "bedsteforaelder":
        d.ln(d.ad(off, "full"))
    d.ln(dstr_en(dd))
    d.ln(f"To: {k[0]}, Children and Families (Børn og Unge)")
    if d.P and chance(0.6):
        d.ln("Attn: ", d.nm(sb, "full"), ", ", d.em(sb))
    if d.P and sub != "hospital" and chance(0.7):
        d.ln("Re: ", d.nm(b, pick(["full", "caps", "formal"])), ", DOB ", d.dob(b))
    d.w("\n")
    if sub == "hospital":
        if d.P:
            d.ln("Patient: ", d.nm(b, pick(["caps", "formal", "full"])))
            d.ln("DOB: ", d.dob(b))
            d.ln("Home address: ", d.ad(fam_parent, "full"))
        else:
            d.ln(f"Patient: Child {b.letter} ({d.age(b)})")
        icd = pick(ICD)
        d.ln(f"Diagnosis: {icd[0]}. Medication on discharge: {pick(MEDS)}.")
        d.w("\n")
    if d.P and chance(0.4):
        d.ln("Dear ", d.title(sb), ",")
    else:
        d.ln(pick(["Dear Sir or Madam,", "To whom it may concern,"]))
    par_en = "mother" if fam_parent.role == "mor" else "father"
    blocks = []
    if sub == "ambassade":
        blocks = [
            lambda: d.ln("We refer to your enquiry regarding the minor ", d.nm(b, "full"), ", born ", d.dob(b), ", who is a national of our country residing in Denmark."),
            lambda: d.ln("The child's ", par_en, ", ", d.title(fam_parent) if chance(0.5) else d.nm(fam_parent, "full"), ", is registered with this mission at the address ", d.ad(fam_parent), "."),
            lambda: d.ln("According to our records the passport of the child expired on 1 March 2025. A new passport can be issued when both holders of parental responsibility consent."),
            lambda: d.ln("The ", par_en, " may be reached on ", d.ph(fam_parent), " or by e-mail at ", d.em(fam_parent), "."),
            lambda: d.ln("Please note that this letter does not constitute a decision on custody."),
        ]
    elif sub == "unhcr":
        blocks = [
            lambda: d.ln("Re: resettlement case of the family of ", d.nm(fam_parent, "full"), " (principal applicant, DOB ", d.dob(fam_parent, pick(["en_slash", "iso", "en_long"])), ")."),
            lambda: d.ln("Family composition: ", d.nm(fam_parent, "first"), " (PA); ", d.nm(b, "full"), ", son" if b.sex == "m" else ", daughter", ", DOB ", d.dob(b, "en_slash"), "."),
            lambda: d.ln("The family stayed at ", d.ad(fam_parent), " before departure. Where the exact date is not known, 01/01 is entered as day and month."),
            lambda: d.ln("The child was seen by a UNHCR protection officer and reported nightmares and difficulties sleeping."),
            lambda: d.ln("For follow-up, please contact the undersigned at ", d.ph(off), "."),
        ]
    elif sub == "skole":
        blocks = [
            lambda: d.ln("This is to confirm that ", d.nm(b, "full"), ", date of birth ", d.dob(b), ", attended our school from September 2021 until June 2024."),
            lambda: d.ln(d.nm(b, "first", cap=True), " was a quiet and hard-working pupil. Attendance was 94 %. The last school report is enclosed."),
            lambda: d.ln("The family's address in our records was ", d.ad(fam_parent), ", and the ", par_en, " was our contact, phone ", d.ph(fam_parent), "."),
            lambda: d.ln("We were concerned in spring 2024 that ", d.nm(b, "first"), " often came to school hungry. This was discussed with the ", par_en, "."),
            lambda: d.ln("Questions may be directed to the class teacher, ", d.nm(Person("laerer", origin, abroad=cc), "full"), ".") if d.P else None,
        ]
    elif sub == "hospital":
        blocks = [
            lambda: d.ln(d.nm(b, "first", cap=True), " was admitted on ", dstr_en(dd - datetime.timedelta(days=rr().randint(4, 20))), " with breathing difficulties and was discharged after three days."),
            lambda: d.ln("The ", par_en, ", ", d.nm(fam_parent, "full"), ", was present throughout and can be contacted at ", d.ph(fam_parent), "."),
            lambda: d.ln("We recommend follow-up by the child's general practitioner in Denmark within two weeks."),
            lambda: d.ln("Allergies: none known. Weight 31 kg. Vaccinations according to the national programme."),
            lambda: d.ln("Next of kin: ", d.nm(f.gp, "full"), ", ", d.ph(f.gp), "."),
        ]
    else:  # grandparent
        blocks = [
            lambda: d.ln("I am writing to you about my grandchild ", d.nm(b, "full"), ", born on ", d.dob(b), ". I am the ", "grandmother" if off.sex == "f" else "grandfather", " on the ", par_en, "'s side."),
            lambda: d.ln("I have not been allowed to speak to ", d.nm(b, "first"), " since the summer, and I am very worried. The last time I saw ", "her" if b.sex == "f" else "him", " was at the airport."),
            lambda: d.ln("I would be happy to have ", d.nm(b, "first"), " stay with me in the holidays. My phone number is ", d.ph(off), " and my e-mail is ", d.em(off), "."),
            lambda: d.ln("I do not speak Danish, so please write to me in English. My daughter-in-law, ", d.nm(Person("moster", origin, "f"), "full"), ", can translate if needed."),
            lambda: d.ln("I was born on ", d.dob(off), " and I am in good health."),
        ]
    fill(d, blocks[:2] + shuffled(blocks[2:]) + extras(d, "engelsk", f, k))
    d.w("\n")
    d.ln(pick(["Yours faithfully,", "Kind regards,", "Sincerely,", "With best wishes,"]))
    if d.P:
        d.ln(d.nm(off, pick(["full", "full", "caps"])))
        if sub != "bedsteforaelder" and chance(0.6):
            d.ln(d.em(off))
    else:
        d.ln(off.lab(cap=True, en=True))
    if not d.full():
        summary()
    d.lang = "da"


# ================================================================ 5. LEISURE
REMARK = {"fodbold": [" har svært ved at tåle nederlag og er gået midt i træningen to gange."],
          "svoemning": [" er blevet bange for det dybe bassin og vil ikke i vandet uden en voksen."],
          "klub": [" har været involveret i to konflikter med de ældre drenge ved bordtennisbordet."],
          "spejder": [" var med på weekendturen og var god til at hjælpe med bålet."],
          "fritidsjob": [" er mødt for sent fire gange og har virket meget træt på vagterne."]}
ACT = {"fodbold": "kommer til træning", "svoemning": "svømmer med holdet", "klub": "kommer i klubben",
       "spejder": "kommer til spejdermøderne", "fritidsjob": "har vagter"}
def g_fritid(d, sub):
    d.lt = "h"
    f = Family()
    k = kommune()
    b, m, fa = f.barn, f.mor, f.far
    par = pick([m, fa])
    sb = prof("sagsbeh", k[1])
    role = {"fodbold": "traener", "svoemning": "traener", "klub": "klub", "spejder": "spejder",
            "fritidsjob": "chef"}[sub]
    if sub in ("fritidsjob", "klub"):
        b.born = rand_date(2008, 2012)
    else:
        b.born = rand_date(2010, 2018)
    b.cpr = cpr_for(b.born, b.sex)
    w = prof(role, None if role in ("traener", "spejder") else k[1] if role == "klub" else pick(["netto.dk", "bageriet-mail.dk", "coop.dk"]))
    place = {"fodbold": pick(["kunstgræsbanen ved Stadion Allé", "opvisningsbanen bag hallen", "banerne ved Skovvej"]),
             "svoemning": pick(["svømmehallen ved Banegårdspladsen", "badeanstalten ved Åboulevarden", "det lille bassin i hallen"]),
             "klub": pick(["klubben ved Torvet", "klubhuset ved Nørregade", "fritidsklubben i kælderen under skolen"]),
             "spejder": pick(["spejderhytten ved Parkvej", "hytten ved skovbrynet", "bålpladsen ved Engvej"]),
             "fritidsjob": pick(["butikken i centret", "bageriet ved Torvet", "lageret ved Stationsvej"])}[sub]
    title = {"fodbold": f"U{min(19, max(8, age(b.born) + 1))} {'piger' if b.sex == 'f' else 'drenge'}", "svoemning": pick(["Delfin 2", "Haj 1", "Konkurrencehold C"]),
             "klub": "ungdomsklubben", "spejder": pick(["juniorerne", "troppen", "ulveungerne"]), "fritidsjob": "fritidsjob"}[sub]
    if d.P:
        d.ln("Til: ", d.nm(sb, "full"), ", Børn og Unge")
        d.ln("Fra: ", d.nm(w, "full"), f" ({ {'traener': 'træner', 'klub': 'klubmedarbejder', 'spejder': 'spejderleder', 'chef': 'butikschef'}[role] }, {title})")
    else:
        d.ln("Til: Sagsbehandler, Børn og Unge")
        d.ln(f"Fra: {w.lab(cap=True)} ({title})")
    d.ln(f"Dato: {dstr(meetdate(), 'dots')}")
    if d.P and chance(0.7):
        d.ln("Vedr.: ", d.nm(b, "full"), ", født ", d.dob(b))
    d.w("\n")
    fr = Person("ven", pick_origin())
    fr2 = Person("ven2", pick_origin())
    blocks = [
        lambda: d.ln(pick(["Jeg skriver efter aftale med dig om ", "Som aftalt i telefonen sender jeg et par linjer om "]), d.nm(b, "full"),
                     f" ({d.age(b)}), som har {'været ansat' if sub == 'fritidsjob' else 'gået i' if sub == 'klub' else 'gået til'} {title if sub != 'fritidsjob' else 'hos os'} siden {rr().randint(max(2019, b.born.year + (13 if sub == 'fritidsjob' else 5)), 2025)}."),
        lambda: d.ln(d.nm(b, "first", cap=True), f" {ACT[sub]} {pick(['tirsdag og torsdag kl. 16.30', 'onsdag kl. 18-20', 'mandag efter skole'])} ved {place}. ",
                     d.hanhun(b, True), pick(REMARK[sub] + [" virker ofte sulten og træt, og vi har givet mad med.", " er glad og vellidt, men har været fraværende de sidste fem gange."])),
        lambda: d.ln("Vi har set ", d.nm(b, "first"), " sammen med ", d.nm(fr, "full"), " og ", d.nm(fr2, "first"), " ved tankstationen sent om aftenen. ",
                     "Det har vi delt med SSP."),
        lambda: (d.ln("Nødkontakt på tilmeldingen er ", d.nm(par, "full"), ", ", d.ph(par), ", og adressen er ", d.ad(b, pick(["full", "nopost", "street"])), ".")
                 if d.P else d.ln("Nødkontakten på tilmeldingen er en af forældrene.")),
        lambda: (d.ln("Kontingentet for efteråret er ikke betalt. Jeg har skrevet til ", d.nm(par, "first"), " på ", d.em(par), " uden at få svar.")
                 if d.P else d.ln(f"Kontingentet for efteråret ({amount()}) er ikke betalt, og familien har ikke svaret på rykkeren.")),
        lambda: d.ln("Det er ", d.nm(f.gp, "full"), ", der som regel henter efter ", pick(["træning", "mødet", "vagten"]), "."),
        lambda: d.ln(lookalike_da(d, k)),
        lambda: (d.ln(d.nm(b, "first", cap=True), " er født ", d.dob(b), " og er derfor for ung til at arbejde efter kl. 20 på hverdage.") if sub == "fritidsjob" else d.ln(lookalike_da(d, k))),
        lambda: d.ln("Jeg deltager gerne i et netværksmøde, hvis det kan ligge efter kl. 16."),
    ]
    fill(d, blocks[:2] + shuffled(blocks[2:]) + extras(d, "fritid", f, k))
    d.w("\n")
    if d.P:
        d.ln(pick(["Mvh", "Venlig hilsen", "Hilsen"]), " ", d.nm(w, pick(["full", "first"])))
        d.optln("Tlf. ", d.ph(w))
    else:
        d.ln(pick(["Mvh", "Venlig hilsen"]), " ", w.lab(cap=False))


# ================================================================ 6. SIGNS OF SAFETY
def g_sos(d, sub):
    d.lt = "ahs"
    f = Family()
    k = kommune()
    b, m, fa = f.barn, f.mor, f.far
    sb = prof("sagsbeh", k[1])
    ko = prof("koord", k[1])
    net = [(m, "mor"), (fa, "far"), (f.gp, f.gp.role), (sb, "sagsbehandler"),
           (prof("laerer", k[1]), "klasselærer"), (prof("sundhed", k[1]), "sundhedsplejerske"),
           (Person("nabo", pick_origin()), "nabo"), (Person("moster", f.origin, "f"), "moster"),
           (prof("familiebeh", k[1]), "familiebehandler")]
    dd = meetdate()

    def header():
        d.ln("Netværksmøde – Signs of Safety")
        h0 = rr().randint(8, 13)
        d.ln(f"Dato: {dstr(dd, 'dots')} kl. {h0}.{pick(['00', '30'])}–{h0 + 2}.{pick(['00', '30'])} · {pick(['Familiehuset', 'Rådhuset, mødelokale 2.14', 'familiens hjem', 'skolens mødelokale'])}")
        if d.P:
            r_ = rr().random()
            if r_ < 0.45:
                d.ln("Barn: ", d.nm(b, "full"), ", f. ", d.dob(b), ", CPR ", d.cpr(b))
            elif r_ < 0.75:
                d.ln("Barn: ", d.nm(b, "full"), " (", d.dob(b), ")")
            else:
                d.ln("Barn: ", d.nm(b, "full"), ", ", d.cpr(b))
        else:
            d.ln(f"Barn: Barn {b.letter} ({d.age(b)})")

    def netlist(n):
        d.ln("Netværksliste:")
        for p, r in net[:n]:
            if d.P:
                d.w("- ", d.nm(p, "full"), f" ({r})")
                if chance(0.85):
                    d.w(", ", d.ph(p))
                if chance(0.3):
                    d.w(", ", d.em(p))
                if r in ("mor", "far", "nabo", "moster") and chance(0.75):
                    d.w(", ", d.ad(p if p.home else f.home, pick(["full", "street"])))
                d.w("\n")
            else:
                d.ln(f"- {r.capitalize()}")

    theme = pick(list(SOS_THEMES.keys()))
    T = SOS_THEMES[theme]

    def bl(txt):
        """Fill {B} (child) and {GP} (grandparent) placeholders with name pieces."""
        out = []
        rest = txt
        while True:
            i = rest.find("{")
            if i < 0:
                out.append(rest)
                break
            out.append(rest[:i])
            key = rest[i + 1:rest.index("}", i)]
            rest = rest[rest.index("}", i) + 1:]
            cap = (i == 0 and not out[:-1]) or out[-1].endswith(("- ", ". "))
            if key == "B":
                out.append(d.nm(b, "first", cap=cap))
            elif key == "GP":
                out.append(d.nm(f.gp, None, cap=cap))
            elif key == "SB":
                out.append(d.nm(sb, "first", cap=cap))
            elif key == "hh":
                out.append(d.hanhun(b))
        return out

    def cols():
        d.ln("Hvad er vi bekymrede for?")
        ws = shuffled(T["worry"])
        d.ln("- ", bl(ws[0]))
        for x in ws[1:]:
            if d.full():
                break
            d.ln("- ", bl(x))
        d.ln("Hvad virker godt?")
        gs = shuffled(T["good"] + SOS_GOOD)
        d.ln("- ", bl(gs[0]))
        for x in gs[1:3]:
            if d.full():
                break
            d.ln("- ", bl(x))
        d.ln("Hvad skal der ske?")
        ns = shuffled(SOS_NEXT)
        d.ln("- ", bl(ns[0]))
        if not d.full():
            d.ln("- ", bl(ns[1]))

    def danger():
        d.ln(pick(["Bekymringsudsagn:", "Farebeskrivelse:", "Bekymringsudsagn (farebeskrivelse):"]))
        d.ln(f"{k[0]} og netværket er bekymrede for, at ", bl(T["danger"]))
        d.ln("Sikkerhedsmål:")
        d.ln(bl(T["goal"]))

    def scale():
        d.ln("Skalering 0-10 (10 = sikkert nok til at lukke sagen, 0 = barnet kan ikke blive hjemme):")
        for p, r in net[:rr().randint(3, 5)]:
            if d.P:
                d.ln("- ", d.nm(p, pick(["first", "full", "ini"]) if r not in ("mor", "far") else "first"), f" ({r}): {rr().randint(2, 8)}")
            else:
                d.ln(f"- {r.capitalize()}: {rr().randint(2, 8)}")

    def plan():
        d.ln("Sikkerhedsplan:")
        x = net[2][0]
        if d.P:
            d.ln("1. Hvis mor drikker, ringer ", d.nm(b, "first"), " til ", d.nm(x, "first"), " på ", d.ph(x), ", som henter inden for en halv time.")
            d.ln("2. ", d.nm(net[6][0], "full"), " (nabo, ", d.ad(net[6][0] if net[6][0].home else f.home, "street") if net[6][0].home else "opgangen", ") har en nøgle og kan tage imod.")
        else:
            d.ln("1. Hvis mor drikker, ringer barnet til den aftalte voksne, som henter inden for en halv time.")
            d.ln("2. Naboen har en nøgle og kan tage imod.")
        d.ln("3. Ved akut fare ringes 112.")

    net[6][0].home = Home()
    net[7][0].home = Home()
    header()
    if sub == "referat":
        parts = [lambda: netlist(rr().randint(3, 6)), cols, danger, scale, plan,
                 lambda: d.ln(lookalike_da(d, k))]
    elif sub == "netvaerksliste":
        parts = [lambda: netlist(rr().randint(2, 9)), lambda: d.ln(lookalike_da(d, k)), scale]
    elif sub == "skalering":
        parts = [danger, scale, lambda: netlist(3), cols]
    else:
        parts = [plan, lambda: netlist(4), scale, danger]
    fill(d, parts + [lambda: d.ln("Øvrige noter fra mødet:")] + extras(d, "sos", f, k))
    if d.P:
        d.ln("Referent: ", d.nm(pick([sb, ko]), pick(["full", "ini"])))
    else:
        d.ln("Referent: sagsbehandleren")


SOS_THEMES = {
    "alkohol": {"worry": ["Mor har i perioder drukket, når {B} er hjemme.", "{B} har flere gange været alene hjemme om aftenen.",
                          "{B} har fortalt læreren, at {hh} selv laver aftensmad, fordi mor sover.", "Der har været fester i lejligheden på hverdage."],
                "good": ["Mor har selv kontaktet alkoholbehandlingen og møder op til samtalerne."],
                "danger": "{B} bliver overladt til sig selv eller kommer til skade, hvis mor drikker igen, og at {B} tager ansvar for voksenopgaver.",
                "goal": "Alle i netværket skal være sikre på, at der altid er en ædru voksen hos {B}, og at {B} ved, hvem {hh} kan ringe til."},
    "vold": {"worry": ["{B} er kommet i skole med blå mærker på armen.", "Far har svært ved at styre sit temperament, når han er presset.",
                       "{B} siger, at {hh} er bange for at komme hjem, når der er larm.", "Naboen har ringet til politiet to gange i efteråret."],
             "good": ["Far er startet i et vredeshåndteringsforløb og har ikke misset en gang."],
             "danger": "{B} igen bliver slået eller skubbet, når de voksne bliver vrede, og at {B} lærer, at vold er en måde at løse konflikter på.",
             "goal": "{B} skal kunne bo hjemme uden at blive udsat for vold, og alle voksne ved, hvad de gør, når de mærker vreden stige."},
    "konflikt": {"worry": ["Forældrene skændes højlydt ved afleveringerne, mens {B} står ved siden af.", "{B} har fortalt, at der bliver råbt meget derhjemme.",
                           "{B} bliver brugt som budbringer mellem forældrene.", "Samværet er blevet aflyst fire gange siden sommer."],
                 "good": ["Forældrene er enige om, at {B} skal have det godt begge steder."],
                 "danger": "{B} kommer i klemme mellem forældrene og bliver så urolig, at {hh} ikke kan passe skolen.",
                 "goal": "Afleveringer sker roligt og uden skænderier, og {B} oplever, at de voksne taler ordentligt om hinanden."},
    "omsorg": {"worry": ["{B} møder ofte op uden madpakke og i for tyndt tøj.", "{B} har mange huller i tænderne og har ikke været hos tandlægen i to år.",
                         "Lejligheden er beskidt, og der er ikke mad i køleskabet ved uanmeldte besøg.", "{B} har haft over 20 % fravær."],
               "good": ["Mor tager imod hjælp fra familiebehandleren to gange om ugen."],
               "danger": "{B} ikke får mad, søvn og lægehjælp nok til at kunne udvikle sig som andre børn på samme alder.",
               "goal": "{B} får morgenmad hver dag, kommer i skole til tiden og bliver set af tandlæge og læge, når der er brug for det."},
    "psykisk": {"worry": ["Mor har haft perioder med svær depression, hvor hun ikke kommer ud af sengen.", "{B} passer sine mindre søskende, når mor har det dårligt.",
                          "{B} har været meget stille i skolen og spiser ikke sin mad."],
                "good": ["Mor er i behandling i psykiatrien og tager sin medicin."],
                "danger": "{B} står alene med ansvaret for sig selv og sine søskende, når mor bliver syg igen.",
                "goal": "Der er altid en voksen, der overtager, når mor bliver syg, og {B} ved, at {hh} ikke har ansvaret."},
}
SOS_GOOD = ["{GP} henter tre dage om ugen, og {B} er tryg der.", "{B} er glad for sin klasse og har en god ven.",
            "Forældrene kommer til alle møder og er åbne om det, der er svært.", "{B} går til fodbold og trives på holdet.",
            "Der er en god kontakt mellem hjemmet og skolen via Aula.", "{B} kan fortælle, hvem {hh} kan gå til, hvis noget er galt."]
SOS_NEXT = ["Sikkerhedsplan udarbejdes inden næste møde; {SB} indkalder.", "{GP} spørges, om {B} kan sove der i weekenderne.",
            "Der laves en ord- og billedfortælling til {B} om, hvad der skal ske.", "Skolen melder tilbage til {SB} hver fredag.",
            "Familiebehandlingen fortsætter, og der følges op om 6 uger.", "Netværket mødes igen inden næste skalering."]


# ================================================================ 7. REFERRALS
def g_henv(d, sub):
    d.lt = "as"
    f = Family()
    k = kommune()
    b, m, fa = f.barn, f.mor, f.far
    sb = prof("sagsbeh", k[1])
    par = pick([m, fa])
    if sub in ("ppr", "bup", "familiebehandling"):
        head = {"ppr": "Indstilling til PPR (Pædagogisk Psykologisk Rådgivning)",
                "bup": "Henvisning til Børne- og Ungdomspsykiatrien (BUP)",
                "familiebehandling": f"Bestilling af familiebehandling, {pick(['Barnets lov § 32, stk. 1, nr. 1', 'Barnets lov § 32', 'servicelovens § 52, stk. 3, nr. 3'])}"}[sub]
        d.ln(head)
        d.ln(f"Modtaget: {dstr(meetdate(), 'dots')} · {casenr()}")
        d.w("\n")
        if d.P:
            d.ln({"ppr": "Elevens navn: ", "bup": "Patient: ", "familiebehandling": "Barnets navn: "}[sub], d.nm(b, pick(["full", "formal", "caps"])))
            d.ln("CPR-nr.: ", d.cpr(b))
            if chance(0.8):
                d.ln("Fødselsdato: ", d.dob(b))
            d.ln("Adresse: ", d.ad(b, pick(["full", "block", "nr"])))
            d.ln("Forældremyndighed: ", d.nm(m, "full"), " (", d.ph(m), ") og ", d.nm(fa, "full"), " (", d.ph(fa), ")")
        else:
            d.ln(f"Barn: Barn {b.letter}, {d.age(b)}, {f.klasse if sub == 'ppr' else 'bor hos mor'}")
            d.ln("Forældremyndighed: fælles (mor og far)")
        if sub == "bup":
            doc = prof("laege", None)
            if d.P:
                if chance(0.4):
                    d.ln("Henvisende læge: dr. ", d.nm(doc, "last"), ", tlf. ", d.ph(doc))
                else:
                    d.ln("Henvisende læge: ", d.nm(doc, "full"), ", tlf. ", d.ph(doc))
            icd = pick(ICD)
            d.ln(f"Foreløbig diagnose: {icd[0]} ({icd[1]}). Aktuel medicin: {pick(MEDS)}.")
        d.w("\n")
        d.ln("Beskrivelse af barnets vanskeligheder:")
        blocks = [
            lambda: d.ln(d.nm(b, "first", cap=True), pick([" har store udfordringer med koncentration og kommer i konflikter i frikvartererne.",
                                                             " har siden sommerferien trukket sig fra kammerater og spiser meget lidt.",
                                                             " har haft mange raserianfald derhjemme og har slået sin lillebror."])),
            lambda: d.ln("Skolen har afprøvet særlige pladser, pauser og en fast voksen i 12 uger uden tilstrækkelig effekt."),
            lambda: (d.ln("Kontaktperson på skolen: ", d.nm(prof("laerer", k[1]), "full"), ", ", d.ph(prof("laerer", k[1]))) if d.P else d.ln("Kontaktperson på skolen: klasselæreren.")),
            lambda: (d.ln("Familien har tidligere boet på ", d.ad(Home(), pick(["full", "nopost"])), " i en anden kommune, hvor der var en sag i 2022.") if d.P else d.ln("Familien er tilflyttet fra en anden kommune, hvor der var en sag i 2022.")),
            lambda: d.ln(lookalike_da(d, k)),
            lambda: (d.ln("Søskende: ", [[", " if i_ else "", d.nm(x, "first"), " (f. ", d.dob(x, pick(["dots", "short_dots", "iso"])), ")"] for i_, x in enumerate([y for y in f.kids if y is not b])] or "ingen")
                     if d.P else d.ln(f"Søskende: {len(f.kids) - 1}")),
            lambda: d.ln("Forældrene er orienteret og har givet samtykke til henvisningen."),
        ]
        blocks[0]()
        fill(d, shuffled(blocks[1:]) + extras(d, "henv", f, k))
        d.w("\n")
        if d.P:
            d.ln("Henvisende sagsbehandler: ", d.nm(sb, "full"), ", ", d.ph(sb), ", ", d.em(sb))
        else:
            d.ln(f"Henvisende sagsbehandler: Børn og Unge, {k[0]}")
    elif sub == "aktindsigt":
        d.ln(f"Til {k[0]}, Børn og Unge")
        d.ln(f"{pick(pools.TOWNS)[1].split()[0]}, {dstr(meetdate(), 'long')}")
        d.w("\n")
        d.ln("Anmodning om aktindsigt")
        d.w("\n")
        if d.P:
            d.ln("Jeg, ", d.nm(par, "full"), ", cpr.nr. ", d.cpr(par), ", anmoder hermed om aktindsigt i sagen om min ", d.sonnen(b), " ", d.nm(b, "full"), ", født ", d.dob(b), ", jf. forvaltningslovens § 9.")
        else:
            d.ln(f"Jeg anmoder hermed som {'mor' if par is m else 'far'} om aktindsigt i sagen om mit barn (Barn {b.letter}, {d.age(b)}), jf. forvaltningslovens § 9.")
        blocks = [
            lambda: d.ln("Jeg ønsker kopi af alle underretninger, notater fra børnesamtaler og referater fra netværksmøder siden januar 2024."),
            lambda: (d.ln("Jeg vil gerne have materialet sendt til ", d.em(par), " eller til min nye adresse ", d.ad(par, pick(["full", "block"])), ".") if d.P else d.ln("Jeg vil gerne have materialet sendt med Digital Post.")),
            lambda: d.ln("Jeg er klar over, at oplysninger om andre personer kan blive undtaget."),
            lambda: (d.ln("Min bisidder, ", d.nm(Person("bisidder", pick_origin()), "full"), ", har også fuldmagt til at se sagen.") if d.P else d.ln("Min bisidder har også fuldmagt til at se sagen.")),
            lambda: d.ln(f"Jeg beder om svar inden 7 arbejdsdage. Sagsnummeret er {casenr()}."),
            lambda: d.ln(lookalike_da(d, k)),
        ]
        fill(d, shuffled(blocks) + extras(d, "henv", f, k)[:5])
        d.w("\n")
        if d.P:
            d.ln("Venlig hilsen\n", d.nm(par, "full"))
            d.optln("Tlf. ", d.ph(par))
        else:
            d.ln(f"Venlig hilsen\n{'Mor' if par is m else 'Far'}")
    else:  # free letter referral
        doc = prof(pick(["laege", "psyk", "sundhed"]), pick([None, k[1]]))
        d.ln(f"{k[0]}, Børn og Unge – Myndighed")
        d.ln("Vedr. henvisning af ", d.nm(b, "full") if d.P else f"Barn {b.letter} ({d.age(b)})")
        d.w("\n")
        d.ln("Kære ", d.nm(sb, "full") if d.P else "sagsbehandler")
        blocks = [
            lambda: d.ln("Jeg henvender mig, fordi jeg er bekymret for ", d.nm(b, "first"), ", som jeg har fulgt siden ", pick(["fødslen", "2021", "sidste vinter"]), "."),
            lambda: d.ln(d.nm(b, "first", cap=True), " har tabt sig, og ", d.gen(m, "first"), " forklaringer hænger ikke sammen."),
            lambda: (d.ln("Familien bor på ", d.ad(f.home, pick(["full", "nopost"])), ", og mor kan kontaktes på ", d.ph(m), ".") if d.P else d.ln("Familien bor i kommunen og er kendt af sundhedsplejen.")),
            lambda: d.ln("Jeg vurderer, at der er behov for en børnefaglig undersøgelse, og foreslår, at PPR og BUP inddrages."),
            lambda: d.ln(lookalike_da(d, k)),
            lambda: (d.ln(d.nm(b, "first", cap=True), " er født ", d.dob(b), ", og CPR-nr. er ", d.cpr(b), ".") if d.P else d.ln(lookalike_da(d, k))),
        ]
        fill(d, blocks[:1] + shuffled(blocks[1:]) + extras(d, "henv", f, k))
        d.w("\n")
        if d.P:
            d.ln("Med venlig hilsen\n", d.nm(doc, "full"))
            d.optln("Direkte tlf. ", d.ph(doc))
            if doc.email and chance(0.5):
                d.optln(d.em(doc))
        else:
            d.ln("Med venlig hilsen\n", doc.lab(cap=True))


GENRES = [
    ("aula", g_aula, ["traad", "ugebrev", "fravaer", "kontaktliste", "dagtilbud"]),
    ("aftale", g_aftale, ["samvaer", "foraeldremyndighed", "fuldmagt", "samtykke"]),
    ("tale", g_tale, ["telefonsvarer", "samtale", "diktat"]),
    ("engelsk", g_engelsk, ["ambassade", "unhcr", "skole", "hospital", "bedsteforaelder", "resume"]),
    ("fritid", g_fritid, ["fodbold", "svoemning", "klub", "spejder", "fritidsjob"]),
    ("sos", g_sos, ["referat", "netvaerksliste", "skalering", "sikkerhedsplan"]),
    ("henvisning", g_henv, ["ppr", "bup", "familiebehandling", "aktindsigt", "fritbrev"]),
]


# ================================================================ extra paragraphs per genre
def extras(d, genre, f, k):
    b = f.barn
    B = lambda cap=False: d.nm(b, "first", cap=cap)  # noqa: E731
    hh = d.hanhun(b)
    L = lambda *p: (lambda: d.ln(*p))  # noqa: E731
    la = lambda: d.ln(lookalike_da(d, k))  # noqa: E731
    if genre == "aula":
        xs = [L("Vi har rettet fødselsdatoen for ", B(), " til ", d.dob(b), " i Aula, som I bad om.") if d.P else L("Vi har rettet stamkortet i Aula, som I bad om."),
              L("Ny adresse for ", B(), ": ", d.ad(b, pick(["full", "nopost", "street"])), ". Husk også at rette den i Pladsanvisningen.") if d.P else L("Den nye adresse er rettet i Aula."),
              L(B(True), " har fået en fast plads ved vinduet, og det ser ud til at hjælpe på roen i timerne."),
              L("I frikvartererne leger ", B(), " mest med de yngre børn, og ", hh, " søger tit de voksne."),
              L("Vi har aftalt, at ", B(), " må gå ud og trække vejret, hvis det bliver for meget."),
              L("Der er forældremøde tirsdag kl. 19 i klassens lokale, hvor vi skal tale om trivsel og mobiltelefoner."),
              L("Husk at give besked i Aula, hvis ", B(), " skal hentes af andre end jer."),
              L("AKT-læreren vil gerne observere i timerne i næste uge, hvis I giver lov."),
              L(B(True), " fortalte i morges, at ", hh, " ikke havde fået morgenmad, så vi gav et rundstykke."),
              L("Der mangler stadig underskrift på sedlen om lejrskolen i maj."),
              L("Lektiecafeen er åben mandag og onsdag kl. 14-15.30 i biblioteket."),
              L("Det er dejligt at se, at ", B(), " er begyndt at række hånden op."),
              la, la]
    elif genre == "aftale":
        xs = [L("Barnet kan selv ringe til den anden forælder, når det ønsker det."),
              L("Ved sygdom aflyses samværet, og der gives erstatningssamvær inden for 14 dage."),
              L("Forældrene taler ikke negativt om hinanden, når barnet er til stede."),
              L("Fødselsdage fejres hos den forælder, barnet er hos; den anden forælder kan komme på besøg."),
              L("Barnets pas opbevares hos bopælsforælderen."),
              L("Rejser til udlandet aftales skriftligt senest 4 uger før afrejse."),
              L("Udgifter til fritidsaktiviteter og tøj deles ligeligt mellem forældrene."),
              L("Aftalen tages op igen efter 6 måneder eller ved skolestart."),
              L("Juleaften holdes i lige år hos mor og i ulige år hos far."),
              L("Telefonsamvær: onsdag mellem kl. 18 og 19 via video."),
              L("Parterne er vejledt om, at aftalen ikke kan tvangsfuldbyrdes, før den er godkendt af Familieretshuset."),
              la, la]
    elif genre == "dagtilbud":
        xs = [L(B(True), " har været lidt snottet i dag, men har leget godt."),
              L("Vi har været på tur i skoven og samlet kastanjer."),
              L(B(True), " har fået en ny ven på stuen og leger meget i dukkekrogen."),
              L("Husk at skrive navn i tøjet; der ligger meget glemt tøj i garderoben."),
              L("Institutionen holder lukket fredag på grund af personaledag."),
              L("Vi har bemærket, at ", B(), " ofte bliver hentet sent, og at ", hh, " bliver ked af det, når de andre går."),
              L("Forældresamtalen bliver i uge 48; I får en invitation i Aula."),
              L(B(True), " er begyndt at sige flere ord og peger på billederne i bøgerne."),
              L("Vi har talt med sundhedsplejersken om ", d.gen(b, "first"), " søvn."),
              L("Der er lus på stuen, så tjek gerne håret i aften."),
              L("Vi har rettet fødselsdatoen for ", B(), " til ", d.dob(b), " i Aula, som I bad om.") if d.P else L("Vi har rettet stamkortet i Aula, som I bad om."),
              la]
    elif genre == "samtykke":
        xs = [L("Oplysningerne bruges kun i forbindelse med den børnefaglige undersøgelse."),
              L("Jeg er vejledt om, at jeg ikke har pligt til at give samtykke."),
              L("Samtykket omfatter helbredsoplysninger, skoleudtalelser og udtalelser fra dagtilbud."),
              L("Jeg kan få aktindsigt i de oplysninger, der bliver indhentet."),
              L("Samtykket omfatter ikke oplysninger om barnets søskende."),
              L("Trækker jeg samtykket tilbage, gælder det kun fremadrettet."),
              L("Samtykket er gennemgået på et møde i Familiehuset med tolk."),
              L("Kommunen kan i visse tilfælde indhente oplysninger uden samtykke efter reglerne i Barnets lov."),
              la, la]
    elif genre == "fuldmagt":
        xs = [L("Fuldmagtshaver må modtage kopi af alle breve og afgørelser i sagen."),
              L("Fuldmagten kan også bruges over for Familieretshuset og Ankestyrelsen."),
              L("Jeg er orienteret om, at kommunen stadig kan kontakte mig direkte i akutte situationer."),
              L("Fuldmagtshaver har tavshedspligt om de oplysninger, der gives om barnet."),
              L("Fuldmagten giver ikke adgang til at deltage i samtaler med barnet alene."),
              L("En ny fuldmagt erstatter alle tidligere fuldmagter i sagen."),
              la, la]
    elif genre == "kontaktliste":
        xs = [L("Listen er kun til brug for forældre i klassen og må ikke deles på sociale medier."),
              L("Har I fået nyt nummer eller ny adresse, så ret det selv under Profil i Aula."),
              L("Forældre med hemmelig adresse står ikke på listen."),
              L("Legeaftaler laves forældrene imellem; skolen blander sig ikke i dem."),
              L("Ved fødselsdage inviteres enten hele klassen, alle piger eller alle drenge."),
              L("Kontaktforældrene samler ind til klassekassen en gang om året."),
              L("Listen slettes ved skoleårets afslutning."),
              L("Der er 14 piger og 11 drenge i klassen i år."),
              la, la]
    elif genre == "tale":
        W = lambda *p: (lambda: (d.w(*p), d.trim(), d.w(" ")))  # noqa: E731
        xs = [W(B(), " er født ", d.dob(b, pick(["spoken", "spoken", "dots", "long"])), " ") if d.P else W("barnet går i skole på årgangen "),
              W("mor fortæller at hun har været sygemeldt siden august "),
              W("far er ikke informeret om mødet endnu "),
              W("der er aftalt ny samtale om to uger "),
              W(B(), " sov hos en kammerat i weekenden ") if d.P else W("barnet sov hos en kammerat i weekenden "),
              W("skolen har meldt om bekymrende fravær ", pick(["punktum ", ". ", ""])),
              W("hun ønsker en bisidder med til mødet "),
              W("husk partshøring inden afgørelse ", pick(["punktum ny linje ", ". ", ""])),
              W("sagen skal op på teammødet torsdag "),
              W("hun græd lidt under samtalen men var klar i sine svar "),
              W("spørger om der kan søges hjælp til tandlægeregningen "),
              W("jeg har forklaret at vi skal tale med ", B() if d.P else "barnet", " alene først "),
              W("der er ikke nogen i netværket der kan hente i øjeblikket "),
              W("hun siger at far ", pick(["ikke betaler", "truer med at tage barnet med til udlandet", "har fået ny kæreste"]), " "),
              W("ring til lægevagten 1813 hvis det bliver værre "),
              ]
    elif genre == "engelsk":
        xs = [L("Our records give the date of birth of ", B(), " as ", d.dob(b, pick(["en_long", "en_slash", "iso", "en_us", "en_usslash"])), ".") if d.P else L("Our records confirm the child's identity."),
              L("We would be grateful for an update on the child's situation."),
              L("Please find enclosed copies of the relevant documents, translated where available."),
              L("The family has informed us that they intend to remain in Denmark for the time being."),
              L("We kindly ask that all further correspondence be sent in English."),
              L("Our office is open Monday to Friday from 9:00 to 15:00 local time."),
              L(B(True), " speaks our language at home and is learning Danish and some English."),
              L("We have no record of any previous child protection concerns in this country."),
              L("The information above is based on the records available to us on the date of this letter."),
              L("Should you require a certified translation, please let us know."),
              L("We understand that the Danish authorities will act in the best interests of the child.")]
    elif genre == "fritid":
        xs = [L("Jeg har talt med ", d.title(f.mor), " om det, og ", d.hanhun(f.mor), " var enig i, at jeg skulle skrive til jer.") if d.P else L("Jeg har talt med den ene forælder om det, og vi var enige om, at jeg skulle skrive til jer."),
              L("Ved kørsel til stævner mødes vi hos ", d.nm(f.gp, "full"), ", ", d.ad(f.gp, pick(["full", "nopost"])), ".") if d.P else L("Ved kørsel til stævner mødes vi ved hallen."),
              L(B(True), " er god til at hjælpe de yngre og var med som hjælper ved et arrangement i foråret."),
              L("Vi skal på tur til Fredericia i uge 9; ", B(), " er tilmeldt men mangler betaling."),
              L("Jeg har ikke mødt forældrene, siden sæsonen startede."),
              L("Bagefter bliver ", B(), " ofte hængende, indtil vi låser kl. 21."),
              L(B(True), " har selv fortalt, at ", hh, " ikke har lyst til at tage hjem."),
              L("Vi har børneattester på alle voksne, og vi er altid to voksne til stede."),
              L("Familien kan søge om kontingentstøtte hos kommunen, hvis økonomien er stram."),
              L("Jeg vil gerne understrege, at ", B(), " er en dejlig og vellidt del af fællesskabet."),
              L("Vi har også lagt mærke til, at ", B(), " mangler udstyr og låner af de andre."),
              la, la]
    elif genre == "sos":
        xs = [L("- Søskende: ", [[", " if i_ else "", d.nm(x, "first"), " (f. ", d.dob(x), ")"] for i_, x in enumerate([y for y in f.kids if y is not b])] or "ingen") if d.P else L(f"- Søskende: {len(f.kids) - 1}"),
              L("- Skolen oplever, at ", B(), " er mere urolig om mandagen efter samvær."),
              L("- ", B(True), " har tegnet de tre huse; i drømmehuset bor hele familien sammen uden råb."),
              L("- Far kommer stabilt til samvær og har fået fast arbejde."),
              L("- Bedsteforældrene vil gerne være en del af sikkerhedsplanen."),
              L("- Næste netværksmøde om 6 uger; alle scorer igen på samme skala."),
              L("- Sikkerhedsplanen forklares for ", B(), " med ord og tegninger."),
              L("- Ingen voksne drikker alkohol, når ", B(), " er hjemme."),
              L("- Huset med bekymringer: ", B(), " er bange, når der bliver råbt om natten."),
              L("- Huset med de gode ting: fodbold, farmors pandekager og hunden."),
              la, la]
    else:
        xs = [L("Bopæl: ", d.ad(b, pick(["full", "nr", "nopost"])), " (hos ", d.nm(f.mor, "first"), ").") if d.P else L("Bopæl: hos mor i kommunen."),
              L("Oplysninger om barnet: ", d.nm(b, "full"), ", født ", d.dob(b), ".") if d.P else L("Oplysninger om barnet fremgår af sagen."),
              L("Barnets perspektiv: ", B(), " siger selv, at det er svært at sidde stille, og at de andre driller."),
              L("Forældrenes perspektiv: Forældrene ønsker hjælp til at forstå ", d.gen(b, "first"), " reaktioner."),
              L("Ressourcer: ", B(), " er god til at tegne og har én god ven i klassen."),
              L("Tidligere indsatser: samtaler hos skolens AKT-vejleder og et forløb i Familiehuset i 2024."),
              L("Spørgsmål: Er der behov for en pædagogisk-psykologisk vurdering og undervisning med særlig støtte?"),
              L("Sundhedsforhold: normal udvikling ifølge egen læge; syn og hørelse er undersøgt."),
              L("Søvn: ", B(), " falder først i søvn omkring midnat og er træt i skolen."),
              L("Skolens vurdering: fagligt et år bagud i læsning, alderssvarende i matematik."),
              L("Forventet indsats: udredning og råd til skole og forældre inden for 3 måneder."),
              la, la]
    return shuffled(xs)


# ================================================================ CHECKS AND DRIVER
SEED = 16016
CORPUS = "blind16"
OUT = os.path.dirname(os.path.abspath(__file__))
BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}
TARGET = {"short": (34, 62), "medium": (92, 128), "long": (170, 250)}
P_KINDS = ("name", "phone", "email", "address", "dob", "cpr")

# ---------------------------------------------------------------- checks
POOL_NAMES = []
for _o, (_fe, _ma, _su) in pools.ORIGINS.items():
    for _n in _fe + _ma + _su:
        if _n not in POOL_NAMES:
            POOL_NAMES.append(_n)
for _n in pools.NICKNAMES:
    if _n not in POOL_NAMES:
        POOL_NAMES.append(_n)
_alts = sorted(POOL_NAMES + [n.upper() for n in POOL_NAMES], key=lambda s: (-len(s), s))
POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in _alts) + r")(?!\w)")
STREET_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(s) for s in pools.STREETS)
                       + r")\s*(?:nr\.?\s*|nummer\s*)?\d")
PHONE_RE = re.compile(r"(?<![\d+])(?:(?:\+|00)\d{1,3}[\s.-]?)?(?:\d{8}|\d{2}([ .-])\d{2}\1\d{2}\1\d{2}|\d{4}[ .-]\d{4})(?!\d)"
                      r"|\+\d")
CPR_RE = re.compile(r"(?<!\d)(?:\d{6}[- ]?\d{4}|\d{2}[. ]\d{2}[. ]\d{2}[- ]?\d{4})(?!\d)")
BORN_RE = re.compile(r"(?i)(?<!\w)(?:født(?: den| d\.)?|f\.|fødselsdato:?|dob:?|date of birth:?|born(?: on)?)\s*(?=\d)")


def whitelist():
    w = list(pools.PUBLIC_NUMBERS) + [k[2] for k in pools.KOMMUNER] + list(CVR_SEEN)
    return w


def inside(spans, s, e):
    for sp in spans:
        if sp["start"] <= s and e <= sp["end"]:
            return True
    return False


def check_text(text, spans, kinds, band):
    errs = []
    lo, hi = band
    wc = len(text.split())
    if not (lo <= wc <= hi):
        errs.append(f"band {wc} not in {band}")
    prev = -1
    for sp in spans:
        if sp["kind"] not in kinds:
            errs.append("kind " + sp["kind"])
        if text[sp["start"]:sp["end"]] != sp["text"]:
            errs.append("offset")
        if sp["text"] != sp["text"].strip() or not sp["text"]:
            errs.append("whitespace in span " + repr(sp["text"]))
        if sp["start"] < prev:
            errs.append("overlap/order")
        prev = sp["end"]
    if "None" in text or "{" in text or "}" in text or "  \n" in text:
        errs.append("template leak")
    for sp in spans:
        for mt in re.finditer(r"(?<!\w)" + re.escape(sp["text"]) + r"(?!\w)", text):
            if not inside(spans, mt.start(), mt.end()):
                errs.append("unplanted copy " + repr(sp["text"]))
                break
    for mt in POOL_RE.finditer(text):
        if not inside(spans, mt.start(), mt.end()):
            errs.append("pool name outside span " + repr(mt.group()))
    wl = whitelist()
    for rx, what in ((PHONE_RE, "phone"), (CPR_RE, "cpr")):
        for mt in rx.finditer(text):
            if inside(spans, mt.start(), mt.end()):
                continue
            g = mt.group()
            if any(g == x or g in x for x in wl):
                continue
            errs.append(f"{what}-shaped outside span {g!r}")
    for i, ch in enumerate(text):
        if ch == "@" and not any(sp["kind"] == "email" and sp["start"] <= i < sp["end"] for sp in spans):
            errs.append("@ outside email")
            break
    for mt in STREET_RE.finditer(text):
        if not any(sp["kind"] == "address" and sp["start"] <= mt.start() < sp["end"] for sp in spans):
            errs.append("street+number outside address " + repr(mt.group()))
    for mt in BORN_RE.finditer(text):
        if not any(sp["start"] <= mt.end() < sp["end"] for sp in spans):
            errs.append("born+digits unplanted " + repr(text[mt.start():mt.end() + 8]))
    return errs


# ---------------------------------------------------------------- drawing
def draw(genre_fn, sub, planted, band, forbidden=()):
    lo, hi = BANDS[band]
    last = None
    for attempt in range(400):
        d = Doc(planted)
        d.target = rr().randint(*TARGET[band])
        genre_fn(d, sub)
        text = d.text.rstrip("\n")
        text = re.sub(r"\n{3,}", "\n\n", text)
        # re-base spans if the newline squeeze moved them
        if text != d.text[:len(text)]:
            d2 = rebuild(d)
            text, spans = d2
        else:
            spans = d.spans
        errs = check_text(text, spans, P_KINDS if planted else (), (lo, hi))
        if not planted:
            for s in forbidden:
                if s in text:
                    errs.append("planted string in clean " + repr(s))
                    break
        if not errs:
            return text, spans
        last = errs
    raise SystemExit(f"cannot draw {genre_fn.__name__}/{sub}/{band}/{planted}: {last[:4]}")


def rebuild(d):
    """Squeeze 3+ newlines and recompute offsets."""
    out = []
    spans = []
    n = 0
    src = d.text.rstrip("\n")
    i = 0
    bounds = {sp["start"]: sp for sp in d.spans}
    while i < len(src):
        if i in bounds:
            sp = bounds[i]
            t = sp["text"]
            spans.append({"kind": sp["kind"], "text": t, "start": n, "end": n + len(t)})
            out.append(t)
            n += len(t)
            i += len(t)
            continue
        if src.startswith("\n\n\n", i):
            out.append("\n\n")
            n += 2
            while i < len(src) and src[i] == "\n":
                i += 1
            continue
        out.append(src[i])
        n += 1
        i += 1
    return "".join(out), spans


# ---------------------------------------------------------------- institutions
INST_TEMPL = [
    ("Barn A (8 år) går i 2. klasse på {a} og er i skolens fritidsordning efter kl. 14.", "friskole", None),
    ("Efter visitationsmødet blev det besluttet, at den unge (15 år) flytter til {a} med samtykke fra begge forældre, jf. Barnets lov § 46.", "opholdssted", None),
    ("Plejefamilien er godkendt og tilknyttet {a}, som også står for supervisionen af plejeforældrene.", "pleje", None),
    ("Barn B (4 år) er indmeldt i {a}; mor henter som regel kl. 15.30.", "dagtilbud", None),
    ("Den unge har fået plads på {a} fra august og har besøgt skolen sammen med sin kontaktperson.", "efterskole", None),
    ("Drengen træner to gange om ugen i {a} og er glad for træneren.", "klub", None),
    ("Pigen (13 år) kommer fast i {a} om onsdagen, hvor de voksne har fået øje på hendes trivsel.", "klub", None),
    ("Udtalelse modtaget fra {a} samt fra {b} forud for mødet om barnets plan.", "friskole", "opholdssted"),
    ("Søskendeparret har været anbragt på {a} siden foråret; den ældste skifter nu til {b}.", "opholdssted", "efterskole"),
    ("Skolen ({a}) har sendt en underretning om fravær; {b} bekræfter, at barnet ikke er mødt op.", "friskole", "klub"),
    ("Der er indhentet tilbud fra {a} og {b} på et efterskoleophold med særlig støtte.", "efterskole", "efterskole"),
    ("Den unge (16 år) er ansat som hjælpetræner i {a} og trives med ansvaret.", "klub", None),
    ("Ifølge {a} har barnet haft en god opstart, men savner sine søskende.", "opholdssted", None),
    ("Familieplejekonsulenten fra {a} deltager i statusmødet i næste uge.", "pleje", None),
    ("Mor ønsker, at lillesøster flyttes fra den kommunale børnehave til {a}, tættere på bopælen.", "dagtilbud", None),
    ("Barn A (10 år) er visiteret til {a} og får samtidig støtte fra plejefamilien via {b}.", "friskole", "pleje"),
]


def inst_text():
    while True:
        t, ca, cb = pick(INST_TEMPL)
        names = []
        for key, cat in (("{a}", ca), ("{b}", cb)):
            if key in t:
                while True:
                    nm = pick(pools.INSTITUTIONS[cat])
                    if nm not in names:
                        break
                names.append(nm)
        text = ""
        spans = []
        rest = t
        for key, nm in zip(("{a}", "{b}"), names):
            i = rest.index(key)
            text += rest[:i]
            spans.append({"kind": "institution", "text": nm, "start": len(text), "end": len(text) + len(nm)})
            text += nm
            rest = rest[i + len(key):]
        text += rest
        if chance(0.4):
            text += " " + pick(["Sagen følges op ved næste statusmøde.", "Oplysningerne indgår i den børnefaglige undersøgelse.",
                                "Der er givet samtykke til udveksling af oplysninger.", "Næste opfølgning er om 3 måneder."])
        errs = check_text(text, spans, ("institution",), (12, 40))
        if not errs:
            return text, spans


# ---------------------------------------------------------------- main
def main():
    rng = random.Random(SEED)
    setrng(rng)
    CVR_SEEN.clear()
    slots = []
    for i in range(240):
        slots.append((i % 3, (i // 3) % 7))
    # sub-format cycling per genre, in a shuffled slot order
    order = list(range(240))
    rng.shuffle(order)
    bandnames = ["short", "medium", "long"]
    counters = [0] * 7
    plan = []
    for idx in order:
        b, g = slots[idx]
        name, fn, subs = GENRES[g]
        sub = subs[counters[g] % len(subs)]
        counters[g] += 1
        plan.append((name, fn, sub, bandnames[b]))
    stats = {"planted": {}, "clean": {}}
    planted_lines = []
    forbidden = []
    for n, (name, fn, sub, band) in enumerate(plan, 1):
        text, spans = draw(fn, sub, True, band)
        planted_lines.append({"id": f"{CORPUS}-p{n:03d}", "text": text, "planted": spans})
        for sp in spans:
            if sp["kind"] != "name" and sp["text"] not in forbidden:
                forbidden.append(sp["text"])
        key = f"{name}/{sub}/{band}"
        stats["planted"][key] = stats["planted"].get(key, 0) + 1
    # clean: same plan, re-shuffled
    cplan = list(plan)
    rng.shuffle(cplan)
    clean_lines = []
    for n, (name, fn, sub, band) in enumerate(cplan, 1):
        text, spans = draw(fn, sub, False, band, forbidden)
        clean_lines.append({"id": f"{CORPUS}-c{n:03d}", "text": text, "planted": []})
        key = f"{name}/{sub}/{band}"
        stats["clean"][key] = stats["clean"].get(key, 0) + 1
    inst_lines = []
    for n in range(1, 31):
        text, spans = inst_text()
        inst_lines.append({"id": f"{CORPUS}-i{n:03d}", "text": text, "planted": spans})
    # corpus-level checks
    tot = {}
    for l in planted_lines:
        for sp in l["planted"]:
            tot[sp["kind"]] = tot.get(sp["kind"], 0) + 1
    allspans = sum(tot.values())
    problems = []
    if not (3000 <= allspans <= 4500):
        problems.append(f"total spans {allspans}")
    for kname, mn in (("phone", 250), ("address", 250), ("dob", 250), ("cpr", 120), ("email", 120)):
        if tot.get(kname, 0) < mn:
            problems.append(f"{kname} {tot.get(kname, 0)} < {mn}")
    if max(tot, key=lambda x: tot[x]) != "name":
        problems.append("names not most numerous")
    for ls, pre in ((planted_lines, "p"), (clean_lines, "c"), (inst_lines, "i")):
        ids = [l["id"] for l in ls]
        want = [f"{CORPUS}-{pre}{i:03d}" for i in range(1, len(ls) + 1)]
        if ids != want:
            problems.append("ids " + pre)
    for l in clean_lines:
        for s in forbidden:
            if s in l["text"]:
                problems.append(f"clean {l['id']} contains {s!r}")
    bands = {}
    for ls, nm in ((planted_lines, "planted"), (clean_lines, "clean")):
        for l in ls:
            wc = len(l["text"].split())
            b = "short" if wc <= 80 else "medium" if wc <= 150 else "long"
            bands[(nm, b)] = bands.get((nm, b), 0) + 1
    for fn, ls in (("planted.jsonl", planted_lines), ("clean.jsonl", clean_lines),
                   ("institutions.jsonl", inst_lines)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8", newline="\n") as fh:
            for l in ls:
                fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("span totals:", json.dumps(tot, sort_keys=True), "all:", allspans)
    print("bands:", json.dumps({f"{a}/{b}": c for (a, b), c in sorted(bands.items())}))
    for part in ("planted", "clean"):
        agg = {}
        for key, c in sorted(stats[part].items()):
            g, s, _b = key.split("/")
            agg[f"{g}/{s}"] = agg.get(f"{g}/{s}", 0) + c
        print(part, "per genre/sub-format:", json.dumps(agg, ensure_ascii=False))
    inst_n = sum(len(l["planted"]) for l in inst_lines)
    print("institution spans:", inst_n)
    if problems:
        print("PROBLEMS:", problems)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
