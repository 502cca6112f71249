#!/usr/bin/env python3
"""Regenerate the blind7 held-out Danish test corpus (planted / clean / institutions).

Standard library only. Deterministic: every random choice comes from random.Random
seeded with a string (seeding with str is stable across PYTHONHASHSEED values).
Run:  python3 make.py          -> writes the three .jsonl files and verifies them
      python3 make.py --stats  -> also prints statistics used in README.md
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "blind7"

# ---------------------------------------------------------------------------
# name pools (first names by sex, surnames) per origin
# ---------------------------------------------------------------------------
ORIGINS = {
    "dansk": (
        ["Mikkel", "Frederik", "Magnus", "Oliver", "Noah", "Emil", "Villads", "Aksel", "Malthe",
         "Storm", "Bo", "Birk", "Viggo", "Anton", "Jens", "Søren", "Henrik", "Kasper", "Rasmus",
         "Morten", "Jesper", "Claus", "Mads", "Lasse", "Troels", "Kim"],
        ["Freja", "Ida", "Emma", "Alma", "Clara", "Lykke", "Sol", "Karla", "Maja", "Nanna",
         "Mette", "Hanne", "Pernille", "Louise", "Camilla", "Trine", "Rikke", "Signe", "Tina",
         "Susanne", "Bodil", "Line", "Dorthe", "Vibeke", "Asta", "Sif"],
        ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
         "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Thomsen", "Skov", "Dam",
         "Holm", "Lund", "Birk", "Vang", "Bak", "Kjær", "Mølgaard", "Frandsen", "Lykke", "Storm",
         "Bech", "Krogh", "Østergaard"]),
    "grønlandsk": (
        ["Aputsiaq", "Inuk", "Malik", "Nuka", "Kunuk", "Hans Peter", "Minik"],
        ["Pipaluk", "Naja", "Arnaq", "Ivalo", "Kuluk", "Paninnguaq", "Nivi"],
        ["Kleist", "Lynge", "Motzfeldt", "Berthelsen", "Kristiansen", "Petrussen", "Heilmann"]),
    "færøsk": (
        ["Rói", "Jógvan", "Sjúrður", "Bárður", "Eyðun", "Hanus", "Heðin"],
        ["Guðrun", "Rannvá", "Sunneva", "Turið", "Bjørk", "Elin", "Marjun"],
        ["Joensen", "Poulsen", "Dalsgaard", "Jacobsen", "Hammershaimb", "Olsen", "Mikkelsen"]),
    "somalisk": (
        ["Abdirahman", "Mohamed", "Abdi", "Warsame", "Liban", "Abdullahi", "Bashir"],
        ["Hodan", "Fadumo", "Ayaan", "Hibo", "Sahra", "Ifrah", "Nimco"],
        ["Farah", "Yusuf", "Warsame", "Hassan", "Jama", "Omar", "Ali"]),
    "arabisk": (
        ["Ahmad", "Omar", "Yousef", "Khaled", "Samir", "Karim", "Bilal"],
        ["Layla", "Fatima", "Nour", "Mariam", "Yasmin", "Amal", "Rania"],
        ["Al-Hassan", "Haddad", "Khalil", "El-Sayed", "Abdallah", "Saleh", "Mansour"]),
    "kurdisk": (
        ["Azad", "Rebwar", "Zana", "Dilshad", "Karwan", "Baran", "Shvan"],
        ["Rojin", "Dilan", "Shirin", "Berivan", "Hêvî", "Nazdar", "Avin"],
        ["Karimi", "Rashid", "Hawrami", "Amedi", "Zebari", "Mahmoud", "Bakir"]),
    "tyrkisk": (
        ["Emre", "Mehmet", "Burak", "Yusuf", "Kerem", "Mustafa", "Deniz"],
        ["Elif", "Zeynep", "Ayşe", "Esra", "Büşra", "Melek", "Derya"],
        ["Yılmaz", "Demir", "Kaya", "Çelik", "Öztürk", "Aydın", "Şahin"]),
    "polsk": (
        ["Kacper", "Wojciech", "Jakub", "Piotr", "Tomasz", "Mateusz", "Łukasz"],
        ["Zofia", "Agnieszka", "Małgorzata", "Katarzyna", "Julia", "Magdalena", "Ewa"],
        ["Kowalski", "Nowak", "Wiśniewski", "Lewandowski", "Zieliński", "Wójcik", "Kamiński"]),
    "ukrainsk": (
        ["Oleksandr", "Bohdan", "Taras", "Mykola", "Andrii", "Dmytro", "Yurii"],
        ["Daryna", "Sofiia", "Yulia", "Oksana", "Kateryna", "Olena", "Iryna"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko", "Boyko"]),
    "vietnamesisk": (
        ["Minh", "Nam", "Duc", "Tuan", "Huy", "Khoa", "Long"],
        ["Lan", "Thu Ha", "Mai", "Linh", "Huong", "Trang", "Ngoc Anh"],
        ["Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu", "Dang"]),
    "eritreisk": (
        ["Yohannes", "Merhawi", "Filmon", "Tesfaye", "Dawit", "Yonas", "Henok"],
        ["Senait", "Saba", "Selam", "Helen", "Luwam", "Mebrat", "Ruta"],
        ["Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Tekle", "Woldu", "Kidane"]),
    "afghansk": (
        ["Farid", "Hamid", "Mustafa", "Ahmad Shah", "Jawad", "Sohrab", "Nasir"],
        ["Zahra", "Mursal", "Parwana", "Fereshta", "Mariam", "Laila", "Shabnam"],
        ["Noori", "Rahimi", "Sultani", "Hakimi", "Popal", "Amiri", "Wardak"]),
    "syrisk": (
        ["Rami", "Ghaith", "Hadi", "Majd", "Fadi", "Tarek", "Wassim"],
        ["Lama", "Hala", "Rasha", "Ghalia", "Dima", "Joudi", "Sidra"],
        ["Al-Khatib", "Darwish", "Al-Masri", "Haddad", "Hamwi", "Sabbagh", "Kassab"]),
    "bosnisk": (
        ["Haris", "Adnan", "Mirza", "Emir", "Kenan", "Senad", "Tarik"],
        ["Amra", "Emina", "Selma", "Lejla", "Aida", "Merima", "Dženana"],
        ["Hodžić", "Begović", "Mehmedović", "Kovačević", "Delić", "Hadžić", "Mujić"]),
    "tamilsk": (
        ["Tharshan", "Sivakumar", "Arun", "Kajan", "Niroshan", "Prashanth", "Mayuran"],
        ["Nivetha", "Kavitha", "Thenuja", "Abirami", "Sharmila", "Luxshana", "Piraveena"],
        ["Sivanathan", "Rajendran", "Ganeshalingam", "Balachandran", "Selvarajah", "Thurairajah", "Kanagaratnam"]),
    "samisk": (
        ["Áilu", "Ánte", "Niillas", "Mihkkal", "Jovnna", "Nils Johan", "Issát"],
        ["Máret", "Risten", "Elle", "Sara", "Ánne", "Inga", "Biret"],
        ["Somby", "Gaup", "Utsi", "Eira", "Sara", "Turi", "Balto"]),
    "engelsk": (
        ["Jack", "Harry", "George", "Oliver", "Thomas", "Liam", "James"],
        ["Chloe", "Amelia", "Sophie", "Emily", "Grace", "Ruby", "Isla"],
        ["Smith", "Taylor", "Brown", "Wilson", "Clarke", "Walker", "Evans"]),
}
ORIGIN_KEYS = list(ORIGINS)
ORIGIN_WEIGHTS = [10 if k == "dansk" else 2 for k in ORIGIN_KEYS]

STREETS = ["Søndergade", "Vestergade", "Nørregade", "Østergade", "Lærkevej", "Birkevej",
           "Kirkebakken", "Engtoften", "Skovvej", "Møllevej", "Rosenvænget", "Bakkedraget",
           "Stationsvej", "Ahornvej", "Tjørnevej", "Havnegade", "Slotsgade", "Nørrebrogade",
           "Jernbanegade", "Solsikkevej", "Grønnegade", "Fasanvej", "Rughavevej", "Toftevej",
           "Åboulevarden", "Vibevej", "Hybenvej", "Vesterbrogade", "Bøgeallé", "Kærvej"]
POSTTOWNS = ["8000 Aarhus C", "8210 Aarhus V", "5000 Odense C", "5220 Odense SØ", "9000 Aalborg",
             "6700 Esbjerg", "7100 Vejle", "8900 Randers C", "6000 Kolding", "8700 Horsens",
             "4000 Roskilde", "2400 København NV", "2300 København S", "2200 København N",
             "2650 Hvidovre", "2620 Albertslund", "4700 Næstved", "7400 Herning", "8600 Silkeborg",
             "3400 Hillerød", "4600 Køge", "5700 Svendborg", "6400 Sønderborg", "9800 Hjørring",
             "7500 Holstebro", "8800 Viborg", "6100 Haderslev", "3900 Nuuk", "4200 Slagelse",
             "9900 Frederikshavn", "2630 Taastrup", "4300 Holbæk"]
MAILDOMAINS = ["gmail.com", "hotmail.com", "hotmail.dk", "outlook.dk", "live.dk", "yahoo.dk",
               "mail.dk", "icloud.com", "jubii.dk"]
WORKDOMAINS = ["vejle.dk", "aarhus.dk", "odense.dk", "horsens.dk", "skolekom.dk", "randers.dk",
               "kolding.dk", "viborg.dk"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_SHORT = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
                "nov.", "dec."]
PHONE_PREFIX = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40",
                "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93", "86",
                "87", "98", "33", "38", "45", "46", "62", "66", "75", "97"]
AGE_BANDS = [("0-2", 1), ("3-5", 4), ("6-9", 8), ("10-12", 11), ("13-15", 14), ("16-17", 16)]
REF_YEAR = 2026


def ascii_fold(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae")
    s = s.replace("Ø", "Oe").replace("Å", "Aa").replace("ð", "d").replace("ł", "l")
    s = s.replace("ı", "i").replace("ş", "s").replace("ê", "e")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.parts = []

    def t(self, s):
        self.parts.append((None, s))
        return self

    def add(self, parts):
        self.parts.extend(parts)
        return self

    def build(self):
        text, spans, pos = [], [], 0
        for kind, s in self.parts:
            if kind:
                spans.append({"kind": kind, "text": s, "start": pos, "end": pos + len(s)})
            text.append(s)
            pos += len(s)
        return "".join(text), spans


# ---------------------------------------------------------------------------
# formatting of personal data
# ---------------------------------------------------------------------------
def fmt_phone(num, rng):
    d = num
    f = rng.choice(["2222", "2222", "8", "44", "p2222", "p8", "00452222", "0045 8", "dash", "p 44"])
    g = " ".join(d[i:i + 2] for i in range(0, 8, 2))
    if f == "2222":
        return g
    if f == "8":
        return d
    if f == "44":
        return d[:4] + " " + d[4:]
    if f == "p2222":
        return "+45 " + g
    if f == "p8":
        return "+45" + d
    if f == "00452222":
        return "0045 " + g
    if f == "0045 8":
        return "0045 " + d
    if f == "dash":
        return "-".join(d[i:i + 2] for i in range(0, 8, 2))
    return "+45 " + d[:4] + " " + d[4:]


def fmt_date(d, rng, style=None):
    style = style or rng.choice(["dmy.", "dmy.", "d.m.y", "dmy-", "d/m-y", "dmy/", "iso",
                                 "long", "long", "short", "dmyy."])
    if style == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "d.m.y":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dmy-":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "d/m-y":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "dmy/":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "short":
        return f"{d.day}. {MONTHS_SHORT[d.month - 1]} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"


def make_cpr(dob, male, rng):
    y = dob.year
    if y < 2000:
        d7 = rng.choice("0123")
    else:
        d7 = rng.choice("456789")
    last = rng.choice("13579" if male else "02468")
    seq = d7 + str(rng.randint(0, 9)) + str(rng.randint(0, 9)) + last
    return f"{dob.day:02d}{dob.month:02d}{y % 100:02d}", seq


def fmt_cpr(cpr, rng):
    a, b = cpr
    f = rng.choice(["-", "-", "-", "", " "])
    return a + f + b


def make_addr(rng):
    st = rng.choice(STREETS)
    no = str(rng.randint(1, 140)) + rng.choice(["", "", "", "A", "B", "C"])
    pt = rng.choice(POSTTOWNS)
    floor = rng.choice(["", "", "", ", st. th.", ", 1. tv.", ", 2. th", ", 3. mf.", ", 4. 2",
                        " 1.sal", ", st.", ", 2. tv"])
    f = rng.random()
    if f < 0.12:
        return f"{st} {no}{floor}"
    return f"{st} {no}{floor}, {pt}"


# ---------------------------------------------------------------------------
# persons and the cast of a file
# ---------------------------------------------------------------------------
class Person:
    def __init__(self, key, role, male, forms, age=None, kind="family", title=None):
        self.key, self.role, self.male, self.forms, self.age = key, role, male, forms, age
        self.kind, self.title = kind, title
        self.first = self.last = None
        self.dob = self.cpr = self.phone = self.email = self.addr = None

    @property
    def full(self):
        return f"{self.first} {self.last}"


def child_forms(letter, male, age):
    base = f"Barn {letter}"
    noun = "den unge" if age >= 13 else ("drengen" if male else "pigen")
    gen_noun = "den unges" if age >= 13 else ("drengens" if male else "pigens")
    return {"nom": [base, base, noun], "gen": [base + "'s", gen_noun]}


FAMILY_ROLES = {
    "mor": ("Mor", False, {"nom": ["Mor"], "gen": ["Mors"]}),
    "far": ("Far", True, {"nom": ["Far"], "gen": ["Fars"]}),
    "mormor": ("Mormor", False, {"nom": ["Mormor"], "gen": ["Mormors"]}),
    "morfar": ("Morfar", True, {"nom": ["Morfar"], "gen": ["Morfars"]}),
    "farmor": ("Farmor", False, {"nom": ["Farmor"], "gen": ["Farmors"]}),
    "moster": ("Moster", False, {"nom": ["Moster"], "gen": ["Mosters"]}),
    "plm": ("Plejemor", False, {"nom": ["Plejemor"], "gen": ["Plejemors"]}),
    "plf": ("Plejefar", True, {"nom": ["Plejefar"], "gen": ["Plejefars"]}),
    "kæ": ("Mors kæreste", True, {"nom": ["Mors kæreste", "kæresten"], "gen": ["kærestens"]}),
}
PRO_ROLES = {
    "sb": ("Sagsbehandler", "sagsbehandler", {"nom": ["sagsbehandler", "sagsbehandleren"], "gen": ["sagsbehandlerens"]}),
    "fk": ("Faglig koordinator", "faglig koordinator", {"nom": ["faglig koordinator", "den faglige koordinator"], "gen": ["den faglige koordinators"]}),
    "lærer": ("Klasselærer", "klasselærer", {"nom": ["klasselæreren", "lærer"], "gen": ["klasselærerens"]}),
    "pæd": ("Pædagog", "pædagog", {"nom": ["pædagogen", "pædagog"], "gen": ["pædagogens"]}),
    "sp": ("Sundhedsplejerske", "sundhedsplejerske", {"nom": ["sundhedsplejersken", "sundhedsplejerske"], "gen": ["sundhedsplejerskens"]}),
    "psy": ("PPR-psykolog", "psykolog", {"nom": ["PPR-psykologen", "psykologen fra PPR"], "gen": ["PPR-psykologens"]}),
    "kp": ("Kontaktperson", "kontaktperson", {"nom": ["kontaktpersonen", "kontaktperson"], "gen": ["kontaktpersonens"]}),
    "tl": ("Teamleder", "teamleder", {"nom": ["teamlederen", "teamleder"], "gen": ["teamlederens"]}),
}


def pick_name(rng, origin, male):
    fm, ff, sur = ORIGINS[origin]
    return rng.choice(fm if male else ff), rng.choice(sur)


class Cast:
    def __init__(self, rng, planted, leak, ages=None, sex=None):
        self.rng, self.planted, self.leak = rng, planted, leak
        self.p = {}
        fam_origin = rng.choices(ORIGIN_KEYS, ORIGIN_WEIGHTS)[0]
        self.origin = fam_origin
        band_a = rng.choice([b for b in AGE_BANDS if not ages or b[0] in ages])
        male_a = rng.random() < 0.5 if sex is None else sex == "m"
        band_b = rng.choice(AGE_BANDS)
        male_b = rng.random() < 0.5
        self.band = {"a": band_a[0], "b": band_b[0]}
        a = Person("b", "Barn A", male_a, child_forms("A", male_a, band_a[1]), band_a[1])
        b = Person("b2", "Barn B", male_b, child_forms("B", male_b, band_b[1]), band_b[1])
        self.p["b"], self.p["b2"] = a, b
        surname_f = pick_name(rng, fam_origin, True)[1]
        for k, (role, male, forms) in FAMILY_ROLES.items():
            self.p[k] = Person(k, role, male, forms)
        # names
        for k in ("b", "b2"):
            per = self.p[k]
            per.first, per.last = pick_name(rng, fam_origin, per.male)[0], surname_f
        mo_origin = fam_origin if rng.random() < 0.75 else rng.choices(ORIGIN_KEYS, ORIGIN_WEIGHTS)[0]
        self.p["far"].first, self.p["far"].last = pick_name(rng, fam_origin, True)[0], surname_f
        self.p["mor"].first, self.p["mor"].last = pick_name(rng, mo_origin, False)
        if rng.random() < 0.5:
            self.p["mor"].last = surname_f
        for k in ("mormor", "morfar", "moster"):
            self.p[k].first, self.p[k].last = pick_name(rng, mo_origin, self.p[k].male)
        self.p["farmor"].first, self.p["farmor"].last = pick_name(rng, fam_origin, False)[0], surname_f
        dk = "dansk" if rng.random() < 0.7 else rng.choice(ORIGIN_KEYS)
        pl_last = pick_name(rng, dk, True)[1]
        self.p["plm"].first, self.p["plm"].last = pick_name(rng, dk, False)[0], pl_last
        self.p["plf"].first, self.p["plf"].last = pick_name(rng, dk, True)[0], pl_last
        self.p["kæ"].first, self.p["kæ"].last = pick_name(rng, rng.choices(ORIGIN_KEYS, ORIGIN_WEIGHTS)[0], True)
        for k, (role, title, forms) in PRO_ROLES.items():
            male = rng.random() < 0.35
            per = Person(k, role, male, forms, kind="pro", title=title)
            per.first, per.last = pick_name(rng, rng.choices(ORIGIN_KEYS, ORIGIN_WEIGHTS)[0], male)
            self.p[k] = per
        # dates of birth, cpr, contact data
        for k, per in self.p.items():
            if k in ("b", "b2"):
                year = REF_YEAR - per.age - rng.choice([0, 1])
            elif k in ("mormor", "morfar", "farmor"):
                year = rng.randint(1952, 1972)
            else:
                year = rng.randint(1978, 2001)
            start = datetime.date(year, 1, 1)
            per.dob = start + datetime.timedelta(days=rng.randint(0, 364))
            per.cpr = make_cpr(per.dob, per.male, rng)
            per.phone = rng.choice(PHONE_PREFIX) + "".join(str(rng.randint(0, 9)) for _ in range(6))
            if per.kind == "pro":
                ini = ascii_fold(per.first[0] + per.last[:2]).lower()
                per.email = rng.choice([ini, ascii_fold(per.first).lower().replace(" ", "")]) + "@" + rng.choice(WORKDOMAINS)
            else:
                base = ascii_fold(per.first + rng.choice([".", "", "_"]) + per.last).lower().replace(" ", "")
                base = base.replace("'", "")
                per.email = base + rng.choice(["", "", str(per.dob.year % 100), str(rng.randint(1, 99))]) + "@" + rng.choice(MAILDOMAINS)
            per.addr = make_addr(rng)
        self.p["b"].addr = self.p["b2"].addr = self.p["mor"].addr
        self.p["far"].addr = make_addr(rng)

    # -- mentions ---------------------------------------------------------
    def name_parts(self, per, gen, cap, mode=None):
        rng = self.rng
        mode = mode or ("first" if per.kind == "family" and rng.random() < 0.7 else "full")
        nm = per.first if mode == "first" else per.full
        if per.kind == "pro" and rng.random() < 0.6 and not gen:
            title = per.title
            if cap:
                title = title[0].upper() + title[1:]
            return [(None, title + " "), ("name", nm)]
        if gen:
            if nm[-1] in "sxzSXZ":
                return None
            nm = nm + "s"
        return [("name", nm)]

    def role_parts(self, per, gen, cap):
        s = self.rng.choice(per.forms["gen" if gen else "nom"])
        if cap:
            s = s[0].upper() + s[1:]
        return [(None, s)]

    def mention(self, key, mods):
        per = self.p[key]
        gen, cap = "gen" in mods, "cap" in mods
        force = "name" in mods
        if self.planted and (force or self.rng.random() < self.leak):
            style = self.rng.random()
            if not gen and not force and style < 0.15:
                role = per.role if per.kind == "family" else per.title
                return [(None, role + " (")] + [("name", per.first if per.kind == "family" else per.full)] + [(None, ")")]
            np_ = self.name_parts(per, gen, cap)
            if np_:
                return np_
        return self.role_parts(per, gen, cap)


# ---------------------------------------------------------------------------
# template filling:  {{key}} {{key:cap}} {{key:gen}} {{key:name}} {{key.phone}}
# {{key.cpr}} {{key.dob}} {{key.email}} {{key.addr}} {{han}} {{ham}} {{hans}}
# ---------------------------------------------------------------------------
TOK = re.compile(r"\{\{([^}]+)\}\}")


def fill(tpl, cast, rng):
    out, pos = [], 0
    for m in TOK.finditer(tpl):
        if m.start() > pos:
            out.append((None, tpl[pos:m.start()]))
        out.extend(resolve(m.group(1), cast, rng))
        pos = m.end()
    if pos < len(tpl):
        out.append((None, tpl[pos:]))
    return out


def resolve(tok, cast, rng):
    a = cast.p["b"]
    if tok in ("han", "ham", "hans", "Han"):
        v = {"han": ("han", "hun"), "ham": ("ham", "hende"), "hans": ("hans", "hendes"),
             "Han": ("Han", "Hun")}[tok][0 if a.male else 1]
        return [(None, v)]
    if tok == "band":
        return [(None, cast.band["a"])]
    if "." in tok:
        key, attr = tok.split(".", 1)
        per = cast.p[key]
        if attr == "phone":
            return [("phone", fmt_phone(per.phone, rng))]
        if attr == "cpr":
            return [("cpr", fmt_cpr(per.cpr, rng))]
        if attr == "dob":
            return [("dob", fmt_date(per.dob, rng))]
        if attr == "email":
            return [("email", per.email)]
        if attr == "addr":
            return [("address", per.addr)]
        if attr == "full":
            return [("name", per.full)]
        if attr == "first":
            return [("name", per.first)]
        raise KeyError(tok)
    parts = tok.split(":")
    return cast.mention(parts[0], parts[1:])


def cap1(s):
    return s[0].upper() + s[1:] if s else s


# ---------------------------------------------------------------------------
# content: scenarios for example cases
# ---------------------------------------------------------------------------
SCENARIOS = [
    dict(
        ages=["6-9", "10-12", "13-15"], sex=None,
        title="Skolefravær der voksede over et halvt år",
        ics=["barnets-udvikling", "foraeldrekompetencer"],
        summary="{{b:cap}} er gået fra enkelte fraværsdage til næsten ikke at komme i skole. {{mor:cap}} er selv presset og har svært ved at få morgenerne til at fungere.",
        timeline=[("underretning", "Skolen underretter om 28 % fravær i første halvår. {{lærer:cap}} har forsøgt hjemmebesøg uden held."),
                  ("screening", "Screening efter § 18. Vurderet til afdækning efter § 19."),
                  ("samtale", "Samtale med {{b}} på skolen. {{Han}} siger, at {{han}} har ondt i maven om morgenen."),
                  ("møde", "Netværksmøde med {{mor}}, {{lærer}} og {{psy}}. Aftale om nedsat skema i fire uger."),
                  ("indsats", "Familiebehandling efter § 32 bevilget, to timer om ugen."),
                  ("opfølgning", "Fraværet er faldet til 12 %. {{mor:cap}} vil gerne fortsætte forløbet.")],
        bu=["{{b:cap}} trives i frikvartererne, men trækker sig i timerne.",
            "Fraværet er især mandag og fredag.",
            "{{b:gen:cap}} søvnrytme er forskudt, og {{han}} er ofte oppe til efter midnat.",
            "Ingen kendte diagnoser; PPR er inddraget."],
        fk=["{{mor:cap}} vil gerne, men mangler struktur om morgenen.",
            "{{mor:cap}} har selv dårlige erfaringer med skolen.",
            "Der er varme og humor i samspillet mellem {{mor}} og {{b}}."],
        fn=["{{far:cap}} bor i en anden by og ser {{b}} hver anden weekend.",
            "{{mormor:cap}} bor tæt på og kan hjælpe om morgenen.",
            "Familien bor til leje og har haft økonomiske problemer."],
        sit=["Sagen kom til os som en klassisk fraværssag, men det viste sig hurtigt, at {{b}} ikke pjækkede. {{Han}} blev hjemme, fordi {{han}} var bange for at {{mor}} ikke havde det godt.",
             "{{mor:cap}} har været sygemeldt i en længere periode, og morgenerne er blevet kaotiske. {{b:cap}} har overtaget flere voksenopgaver derhjemme, blandt andet at passe {{b2}}."],
        spar="Jeg ønskede sparring på, om vi skulle gå videre til en børnefaglig undersøgelse, eller om afdækningen var nok.",
    ),
    dict(
        ages=["3-5"], sex=None,
        title="Blå mærker og en forklaring der ikke hang sammen",
        ics=["barnets-udvikling", "foraeldrekompetencer", "familie-og-netvaerk"],
        summary="Dagtilbuddet så blå mærker på {{b:gen}} overarme. Forklaringen fra {{far}} skiftede fra gang til gang.",
        timeline=[("underretning", "Underretning fra dagtilbuddet om blå mærker på begge overarme."),
                  ("vurdering", "Vurdering inden for 24 timer efter § 136. Ikke akut fare, men samtale samme dag."),
                  ("samtale", "{{pæd:cap}} og sagsbehandler taler med {{b}} i dagtilbuddet efter § 137."),
                  ("møde", "Møde med begge forældre. {{far:cap}} forklarer mærkerne med en cykelulykke."),
                  ("undersøgelse", "Børnefaglig undersøgelse efter § 20 iværksat."),
                  ("sikkerhedsplan", "Sikkerhedsplan med {{far}}, {{mor}} og {{farmor}} underskrevet.")],
        bu=["{{b:cap}} er sprogligt alderssvarende, men meget årvågen over for voksne.",
            "{{b:cap}} trækker sig, når der bliver råbt i gruppen.",
            "Sundhedsforhold: mærker registreret af egen læge."],
        fk=["{{far:cap}} bliver hurtigt vred, når han føler sig kritiseret.",
            "{{mor:cap}} beskytter {{b}} og har selv kontaktet rådgivningen.",
            "Forældrene er uenige om, hvor bekymrede vi skal være."],
        fn=["{{farmor:cap}} er en vigtig voksen og kan deltage i sikkerhedsplanen.",
            "{{far:cap}} har skifteholdsarbejde og sover om dagen.",
            "Familien har få venner i lokalområdet."],
        sit=["Forklaringen på mærkerne ændrede sig tre gange i løbet af en uge. Først var det en cykel, så en legeplads, så en storebror, som {{b}} ikke har.",
             "{{b:cap}} tegnede i de tre huse en far med store hænder i huset med bekymringer. I drømmehuset boede {{b}} med {{farmor}} og hunden Bamse."],
        spar="Jeg ville gerne have sparring på, hvordan vi skalerer sikkerheden, når forældrene er uenige.",
    ),
    dict(
        ages=["6-9", "10-12"], sex=None,
        title="Netværksanbringelse hos mormor",
        ics=["familie-og-netvaerk", "foraeldrekompetencer"],
        summary="{{b:cap}} kunne ikke bo hjemme, mens {{mor}} var i behandling. {{mormor:cap}} blev godkendt som netværksplejefamilie.",
        timeline=[("underretning", "Politiet underretter efter en uro-anmeldelse i hjemmet."),
                  ("undersøgelse", "Børnefaglig undersøgelse afsluttet efter 14 uger."),
                  ("beslutning", "Anbringelse med samtykke efter § 46 hos {{mormor}}."),
                  ("plan", "Barnets plan udarbejdet efter § 91 med mål for skole og samvær."),
                  ("samvær", "Samvær med {{mor}} to gange om ugen, overvåget de første tre måneder."),
                  ("opfølgning", "Opfølgning efter seks måneder: {{b}} er faldet til, og {{mormor}} er træt.")],
        bu=["{{b:cap}} sover igennem om natten for første gang i lang tid.",
            "Skolen oplever et barn, der er mere koncentreret.",
            "{{b:cap}} savner {{mor}} og spørger ofte, hvornår {{han}} skal hjem."],
        fk=["{{mor:cap}} er i gang med behandling og har været stabil i ti uger.",
            "{{mormor:cap}} giver tryghed og faste rammer, men er presset af sit eget helbred.",
            "Forældremyndighedsindehaveren samtykker til anbringelsen."],
        fn=["{{morfar:cap}} er død for to år siden.",
            "{{moster:cap}} kan tage {{b}} i weekenderne.",
            "{{mormor:cap}} bor i et lille rækkehus med have og to katte."],
        sit=["Anbringelsen var nødvendig, men vi havde ikke tænkt nok over, hvad det ville koste {{mormor}} at være både mormor og plejemor.",
             "{{mor:cap}} var i starten glad for løsningen, men efter nogle måneder begyndte hun at føle sig sat uden for. Samværet blev et sted, hvor konflikten mellem mor og datter blev spillet ud."],
        spar="Spørgsmålet til teamet var, hvordan vi støtter en netværksplejefamilie, der selv er en del af konflikten.",
    ),
    dict(
        ages=["13-15"], sex=None,
        title="Den unge der ikke ville hjem",
        ics=["barnets-udvikling", "familie-og-netvaerk"],
        summary="En 15-årig overnattede hos venner i flere uger og ville ikke hjem. {{far:cap}} og {{mor}} var uenige om, hvad der skulle ske.",
        timeline=[("henvendelse", "{{b:cap}} henvender sig selv til rådgivningen og siger, at {{han}} ikke vil hjem."),
                  ("samtale", "Samtale med den unge efter § 5, stk. 3. Bisidder tilbydes efter § 6."),
                  ("møde", "Familierådslagning forberedt. Tre personer fra netværket inviteres."),
                  ("beslutning", "Aflastning hos {{moster}} i otte uger efter § 32."),
                  ("opfølgning", "Den unge går i skole igen og ser {{far}} hver søndag.")],
        bu=["Den unge er reflekteret og kan sætte ord på, hvad der er svært.",
            "Der er tegn på begyndende misbrug af hash.",
            "{{b:cap}} spiller fodbold og har en fast vennegruppe."],
        fk=["Forældrene har skiftende regler og svært ved at samarbejde.",
            "{{far:cap}} bruger lange forhør, når han er bekymret.",
            "{{mor:cap}} er mere lydhør, men giver hurtigt op."],
        fn=["Forældrene er skilt og bor fem kilometer fra hinanden.",
            "{{moster:cap}} har et godt forhold til den unge.",
            "Familien har økonomisk overskud, men lidt tid."],
        sit=["Den unge var tydelig: {{han}} ville ikke hjem, før der var ro. Vi skulle lytte, uden at overlade beslutningen til en 15-årig.",
             "Den unge skrev selv en liste over, hvad der skulle være anderledes. Listen blev udgangspunkt for netværksmødet."],
        spar="Jeg bad om sparring på, hvor meget vægt vi skal give den unges ønske, når forældrene ikke er enige.",
    ),
    dict(
        ages=["0-2"], sex=None,
        title="Spædbarn og en mor med misbrug",
        ics=["foraeldrekompetencer", "barnets-udvikling"],
        summary="Sundhedsplejersken var bekymret for et spædbarn, fordi {{mor}} virkede påvirket ved to besøg.",
        timeline=[("underretning", "Underretning fra sundhedsplejen efter andet hjemmebesøg."),
                  ("vurdering", "Akut vurdering samme dag. Uanmeldt besøg om aftenen."),
                  ("samtale", "Samtale med {{mor}} og {{kæ}} om misbrug og daglig rytme."),
                  ("indsats", "Daglige besøg af familiebehandler og ugentlige urinprøver."),
                  ("møde", "Tværfagligt møde med sundhedsplejen, egen læge og misbrugscentret."),
                  ("opfølgning", "Urinprøverne er rene i seks uger, og barnet tager på.")],
        bu=["Barnet er i nedre del af vækstkurven.",
            "Barnet søger øjenkontakt og falder let til ro.",
            "Sundhedsplejen følger vægt hver uge."],
        fk=["{{mor:cap}} er kærlig, men uforudsigelig om aftenen.",
            "{{kæ:cap}} tager ansvar for madlavning og indkøb.",
            "Der er en god dagrytme, når {{mor}} er ædru."],
        fn=["{{mormor:cap}} vil gerne hjælpe, men har selv et alkoholforbrug.",
            "Familien bor i en lille lejlighed med en hund.",
            "Ingen fast indtægt; {{mor}} er på kontanthjælp."],
        sit=["Vi stod med et barn på otte uger og en mor, der både var kærlig og påvirket. Vi skulle handle hurtigt uden at ødelægge samarbejdet.",
             "Sikkerhedsplanen byggede på, at der altid var en ædru voksen i hjemmet. {{kæ:cap}} og {{mormor}} delte vagterne."],
        spar="Jeg ville have sparring på, hvornår en sikkerhedsplan er god nok til et så lille barn.",
    ),
    dict(
        ages=["6-9", "10-12", "13-15"], sex=None,
        title="Søskende i to forskellige hjem",
        ics=["familie-og-netvaerk", "barnets-udvikling"],
        summary="{{b:cap}} og {{b2}} blev anbragt hver for sig. Spørgsmålet var, hvordan søskendekontakten kunne holdes i gang.",
        timeline=[("beslutning", "Anbringelse uden samtykke efter § 47, truffet af børne- og ungeudvalget."),
                  ("anbringelse", "{{b:cap}} flytter til plejefamilie, {{b2}} til et opholdssted."),
                  ("samvær", "Søskendesamvær hver 14. dag aftalt."),
                  ("opfølgning", "Samværene aflyses tre gange i træk på grund af transport."),
                  ("klage", "{{mor:cap}} klager til Ankestyrelsen over afgørelsen.")],
        bu=["{{b:cap}} spørger ofte efter {{b2}}.",
            "{{b2:cap}} har behov for meget struktur og skærmning.",
            "Begge børn har haft mange skoleskift."],
        fk=["Forældrene har ikke kunnet skabe et trygt omsorgsmiljø.",
            "{{mor:cap}} er stabil i perioder, men falder tilbage under pres.",
            "{{plm:cap}} er god til at støtte kontakten til {{b2}}."],
        fn=["Familien har flyttet fire gange på tre år.",
            "{{far:cap}} er ukendt for børnene.",
            "{{farmor:cap}} har tilbudt at køre til samvær."],
        sit=["Vi havde fokus på hvert barns anbringelsessted og glemte at planlægge, hvordan søskende skulle ses. Det blev {{plm}}, der til sidst tog initiativet.",
             "{{b:cap}} sagde i en samtale, at det værste ikke var at flytte, men at {{han}} ikke vidste, hvordan {{b2}} havde det."],
        spar="Jeg ønskede sparring på, om søskendekontakten skal skrives ind i barnets plan med faste aftaler.",
    ),
    dict(
        ages=["6-9", "10-12"], sex=None,
        title="Vold mellem forældrene",
        ics=["foraeldrekompetencer", "familie-og-netvaerk"],
        summary="Politiet underrettede efter et skænderi, hvor {{b}} var til stede. {{mor:cap}} ønskede ikke at flytte.",
        timeline=[("underretning", "Underretning fra politiet om husspektakler kl. 23.40."),
                  ("samtale", "Samtale med {{b}} på skolen dagen efter. {{Han}} fortæller, at {{han}} gemte sig under dynen."),
                  ("møde", "Møde med {{mor}} om sikkerhed og muligheden for krisecenter."),
                  ("indsats", "Tilbud om samtaleforløb for børn, der har oplevet vold."),
                  ("opfølgning", "{{far:cap}} er flyttet ud. Samvær aftales via Familieretshuset.")],
        bu=["{{b:cap}} har mareridt og vil ikke sove alene.",
            "{{b:cap}} er blevet mere udadreagerende i skolen.",
            "{{b:cap}} fortæller, at {{han}} holder øje med {{mor}}."],
        fk=["{{mor:cap}} minimerer volden og siger, at det var en enkelt episode.",
            "{{far:cap}} anerkender, at han mistede besindelsen.",
            "Begge forældre er optaget af {{b:gen}} skolegang."],
        fn=["{{mor:cap}} har ingen familie i Danmark.",
            "Familien er kendt af politiet fra en tidligere episode.",
            "{{far:cap}} har arbejde og betaler det meste af husleje."],
        sit=["{{b:cap}} var den, der ringede 112. Det blev vigtigt for os at tale med {{b}} om, at det var det rigtige at gøre, og at det ikke var {{hans}} ansvar at passe på {{mor}}.",
             "{{mor:cap}} sagde flere gange, at hun ikke ville have en sag. Vi brugte tid på at forklare forskellen på en undersøgelse og en anbringelse."],
        spar="Jeg bad om sparring på, hvordan vi taler med et barn om vold, når forælderen benægter den.",
    ),
    dict(
        ages=["3-5"], sex=None,
        title="Sproglig forsinkelse og et dagtilbud der manglede fremmøde",
        ics=["barnets-udvikling"],
        summary="{{b:cap}} i alderen {{band}} år talte meget lidt, og fremmødet i dagtilbuddet var uregelmæssigt.",
        timeline=[("underretning", "Dagtilbuddet underretter efter tre måneders uregelmæssigt fremmøde."),
                  ("afdækning", "Afdækning efter § 19 med sprogvurdering og hjemmebesøg."),
                  ("møde", "Møde med forældrene med tolk."),
                  ("indsats", "Sprogstimulering og fast afhentning to dage om ugen."),
                  ("opfølgning", "Fremmødet er stabilt, og {{b}} bruger nu sætninger med tre ord.")],
        bu=["{{b:cap}} forstår mere, end {{han}} kan udtrykke.",
            "Høreprøve er normal.",
            "{{b:cap}} leger helst alene."],
        fk=["Forældrene er kærlige og tålmodige.",
            "Forældrene kendte ikke til, hvad dagtilbuddet kan tilbyde.",
            "{{far:cap}} arbejder om natten og har svært ved at aflevere om morgenen."],
        fn=["Familien kom til Danmark for fire år siden.",
            "Familien har et stort netværk i moskeen og i opgangen.",
            "Økonomien er stram, men stabil."],
        sit=["Fremmødet var ikke udtryk for manglende omsorg, men for en morgenrytme, der ikke hang sammen med natarbejde.",
             "Sprogvurderingen viste, at {{b}} havde et godt ordforråd på modersmålet. Det ændrede vores vurdering."],
        spar="Jeg ville have sparring på, hvornår en sproglig forsinkelse er en sag for os og ikke kun for dagtilbuddet.",
    ),
    dict(
        ages=["13-15"], sex="k",
        title="Selvskade og mange voksne omkring en pige",
        ics=["barnets-udvikling", "foraeldrekompetencer"],
        summary="En ung i alderen 13-15 skar i sig selv. Der var syv fagpersoner involveret, men ingen havde overblikket.",
        timeline=[("underretning", "Skolen underretter om cutting og tanker om døden."),
                  ("vurdering", "Samme dag kontakt til børne- og ungdomspsykiatrien."),
                  ("samtale", "Samtale med den unge med bisidder til stede."),
                  ("møde", "Netværksmøde, hvor alle fagpersoner tegner deres rolle i økokortet."),
                  ("indsats", "Fast kontaktperson efter § 32."),
                  ("opfølgning", "Færre episoder. Den unge siger, at {{kp}} er den, {{han}} ringer til.")],
        bu=["Den unge har perioder med søvnløshed.",
            "Skolen beskriver en dygtig elev med høje krav til sig selv.",
            "Der er kontakt til psykiatrien."],
        fk=["Forældrene er bekymrede og tager ansvar, men bliver handlingslammede.",
            "{{mor:cap}} ringer til mange fagpersoner samme dag.",
            "{{far:cap}} har svært ved at tale om følelser."],
        fn=["Familien har et lille netværk.",
            "Den unge har en veninde, der er en vigtig støtte.",
            "Boligen er god, og økonomien er stabil."],
        sit=["Økokortet viste syv voksne omkring den unge og ingen, der tog beslutninger. Vi valgte én kontaktperson.",
             "Den unge fortalte i samtalen, at det værste var at skulle fortælle sin historie igen og igen."],
        spar="Jeg ønskede sparring på, hvordan vi samler tråde, når mange fagpersoner er involveret.",
    ),
    dict(
        ages=["16-17"], sex=None,
        title="Kriminalitet og en 16-årig på kanten",
        ics=["barnets-udvikling", "familie-og-netvaerk"],
        summary="Den unge blev anholdt for tyveri og var begyndt at komme i en gruppe ældre unge.",
        timeline=[("underretning", "Underretning fra politiet efter anholdelse for butikstyveri."),
                  ("samtale", "Samtale med den unge og {{far}} på rådhuset."),
                  ("møde", "SSP-møde, hvor skolen og klubben deltager."),
                  ("indsats", "Kontaktperson og fritidsjob gennem kommunens ungeindsats."),
                  ("plan", "Ungeplan efter § 108 udarbejdet."),
                  ("opfølgning", "Ingen nye sigtelser i fire måneder.")],
        bu=["Den unge pjækker fra 10. klasse.",
            "Den unge er god med hænderne og drømmer om at blive mekaniker.",
            "Der er mistanke om hash."],
        fk=["{{far:cap}} er alene med tre børn og har meget arbejde.",
            "{{far:cap}} reagerer med hårde grænser, der ikke holder.",
            "Der mangler voksne, der følger op om aftenen."],
        fn=["{{mor:cap}} bor i udlandet.",
            "{{far:gen:cap}} bror er en positiv voksen i den unges liv.",
            "Familien bor i et boligområde med mange unge uden job."],
        sit=["Den unge var høflig på rådhuset og sagde det, vi gerne ville høre. Kontaktpersonen fik et andet billede, da de spillede billard i klubben.",
             "Det var fritidsjobbet, der flyttede noget. Den unge fik for første gang ros fra en voksen uden for familien."],
        spar="Jeg bad om sparring på, hvordan vi arbejder med den unges egne mål, når de ikke passer med vores.",
    ),
    dict(
        ages=["6-9", "10-12", "13-15"], sex=None,
        title="Far ønsker samvær, barnet siger nej",
        ics=["familie-og-netvaerk", "barnets-udvikling"],
        summary="{{far:cap}} søgte om samvær via Familieretshuset, men {{b}} ville ikke se ham.",
        timeline=[("henvendelse", "Familieretshuset beder om oplysninger om {{b:gen}} trivsel."),
                  ("samtale", "Samtale med {{b}} i skolen. {{Han}} vil ikke se {{far}}."),
                  ("møde", "Møde med {{mor}}, der støtter {{b:gen}} ønske."),
                  ("opfølgning", "Familieretshuset træffer afgørelse om overvåget samvær.")],
        bu=["{{b:cap}} er velfungerende i skolen.",
            "{{b:cap}} bliver urolig, når samvær nævnes.",
            "{{b:cap}} har en god veninde og går til håndbold."],
        fk=["{{mor:cap}} er beskyttende og skeptisk over for {{far}}.",
            "{{far:cap}} fremstår rolig, men har svært ved at se sin egen andel.",
            "Forældrene kommunikerer kun skriftligt."],
        fn=["Der er en lang konflikt om forældremyndighed.",
            "{{farmor:cap}} vil gerne se {{b}}.",
            "{{mor:cap}} har ny partner, som {{b}} er glad for."],
        sit=["Vores rolle var ikke at afgøre samværet, men at beskrive barnets perspektiv. Det var svært at holde den linje, da begge forældre ringede dagligt.",
             "{{b:cap}} sagde: „Jeg vil bare ikke tvinges.“ Det blev overskriften på vores udtalelse."],
        spar="Jeg ønskede sparring på, hvordan vi beskriver barnets perspektiv uden at tage parti.",
    ),
    dict(
        ages=["16-17"], sex=None,
        title="Overgang fra plejefamilie til eget værelse",
        ics=["barnets-udvikling", "familie-og-netvaerk"],
        summary="Den unge skulle fylde 18 og flytte fra {{plm}} og {{plf}}. Efterværn blev planlagt for sent.",
        timeline=[("plan", "Ungeplan efter § 108 revideret et halvt år før 18-årsdagen."),
                  ("samtale", "Samtale med den unge om efterværn og bolig."),
                  ("møde", "Møde med {{plm}}, {{plf}} og jobcentret."),
                  ("beslutning", "Efterværn med kontaktperson bevilget."),
                  ("opfølgning", "Den unge har fået et kollegieværelse og besøger plejefamilien hver søndag.")],
        bu=["Den unge er i gang med en erhvervsuddannelse.",
            "Den unge har svært ved at håndtere penge.",
            "Den unge er bange for at være alene om aftenen."],
        fk=["Plejefamilien har givet stabilitet i syv år.",
            "{{plm:cap}} vil gerne fortsætte kontakten efter 18.",
            "Den biologiske {{mor}} har sporadisk kontakt."],
        fn=["Den unge har to halvsøskende, som {{han}} ikke kender.",
            "Plejefamilien bor på landet med heste og hunde.",
            "Den unge får SU fra næste måned."],
        sit=["Vi begyndte planlægningen for sent. Den unge oplevede, at 18-årsdagen var en deadline, som alle andre kendte, men ingen talte med {{ham}} om.",
             "{{plm:cap}} gjorde opmærksom på, at den unge aldrig havde betalt en regning. Det blev en del af planen."],
        spar="Jeg bad om sparring på, hvornår vi skal begynde at tale efterværn.",
    ),
]

GENERIC_SPAR = [
    "I refleksionsrunden talte teamet om, hvad vi ikke vidste. Der var enighed om, at genogrammet manglede fars side.",
    "En kollega spurgte, hvad barnet selv ville sige, hvis det sad med ved bordet. Det ændrede retningen på drøftelsen.",
    "Teamet pegede på, at tidslinjen viste et mønster: det gik galt hver gang, der var skift i de voksne omkring barnet.",
    "Den faglige koordinator holdt fast i, at vi først reflekterer og bagefter finder løsninger. Det var svært, men nyttigt.",
    "Flere pegede på, at vi havde brugt meget tid på forældrene og for lidt på barnets egen fortælling.",
    "En kollega foreslog at skalere sikkerheden fra 0 til 10 sammen med familien i stedet for kun internt.",
    "Sagsejer lyttede uden at svare og sagde bagefter, at det var første gang, hun så sagen udefra.",
    "Teamet var uenige om, hvorvidt vi var for hurtige til at lukke afdækningen. Uenigheden blev skrevet ned.",
    "Der kom et forslag om at bruge de tre huse igen, nu med begge søskende.",
    "Ideen om en familierådslagning blev foreslået af to kolleger uafhængigt af hinanden.",
    "Vi talte om, at ICS-trekanten var fyldt ud på forældresiden, men tom ved fritidsforhold og venskaber.",
    "Refleksionen handlede mest om, hvordan vi holder samarbejdet, når vi samtidig skal være tydelige om bekymringen.",
]
GENERIC_LÆRTE = [
    "Lyt til barnet før netværket, ikke omvendt.",
    "En tidslinje på tavlen viser mønstre, som journalen skjuler.",
    "Skriv bekymringen i et sprog, familien kan genkende.",
    "Planlæg søskendekontakt fra første dag.",
    "Én voksen med overblik er bedre end syv med gode intentioner.",
    "En sikkerhedsplan skal kunne forklares af barnet selv.",
    "Fristen på fire måneder efter § 20, stk. 3 holder kun, hvis vi planlægger fra start.",
    "Netværket er en ressource, men også en del af historien.",
    "Vær tydelig om, hvad der er en beslutning, og hvad der er en vurdering.",
    "Skaler sammen med familien; tallet betyder mindre end samtalen om det.",
    "Husk partshøring, før vi træffer afgørelse.",
    "Tjek altid, om barnet har fået tilbudt en bisidder.",
    "Brug genogrammet til at finde ressourcer, ikke kun problemer.",
    "Når forældre er uenige, skal barnets perspektiv stå alene i notatet.",
]
METHODS = ["ICS", "Signs of Safety", "genogram", "tidslinje", "de tre huse", "økokort",
           "netværksmøde", "familierådslagning", "skaleringsspørgsmål", "sikkerhedsplan"]
DOCUMENTS = ["underretning", "screeningsnotat", "afdækningsnotat", "børnefaglig undersøgelse",
             "barnets plan", "referat af børnesamtale", "sikkerhedsplan", "samværsaftale",
             "ungeplan", "statusudtalelse fra skolen"]

# ---------------------------------------------------------------------------
# principles
# ---------------------------------------------------------------------------
PRINCIPLES = [
    dict(title="Barnet skal høres før netværksmødet",
         summary="Vi taler med barnet, før vi samler netværket, så barnets perspektiv kan sætte dagsordenen.",
         questions=["Hvornår taler vi med barnet i forhold til netværksmødet?", "Hvad gør vi, hvis forældrene ikke vil have, at vi taler med barnet?"],
         tags=["barnets-perspektiv", "netvaerksmoede", "barnets-lov-5"],
         baggrund="I flere sager har vi holdt netværksmøder, hvor barnets perspektiv kun kom frem gennem de voksne. Barnets lov § 5, stk. 3-4 lægger vægt på, at barnet inddrages.",
         princip="Samtalen med barnet ligger før det første netværksmøde. Referatet af samtalen læses op eller fremlægges i en form, barnet har godkendt.",
         eksempel="I en sag om skolefravær talte vi med {{b}} to dage før mødet. {{Han}} ønskede, at {{mormor}} var med, og det ændrede hele mødet.",
         gør=["Planlæg samtalen, når mødet bookes.", "Spørg barnet, hvad der må siges videre.", "Tilbyd bisidder efter § 6.", "Skriv referatet i barnets egne ord."]),
    dict(title="Underretninger vurderes inden for 24 timer",
         summary="Hver underretning vurderes inden for 24 timer for akut fare, ikke for hele sagen.",
         questions=["Hvad skal være gjort inden for 24 timer?", "Hvem vurderer, når sagsbehandleren er syg?"],
         tags=["underretning", "frister", "barnets-lov-136"],
         baggrund="Vi har set forsinkelser, når en underretning lå i en kollegas indbakke. Barnets lov § 136 kræver en vurdering inden for 24 timer.",
         princip="Den vagthavende rådgiver vurderer alle underretninger samme dag. Vurderingen handler om, hvorvidt barnet har brug for akut hjælp.",
         eksempel="En fredag kom en underretning fra {{sp}} om {{b}}. Vagten tog på uanmeldt besøg samme aften, og {{mor}} blev hjulpet til lægevagten.",
         gør=["Tjek den fælles postkasse kl. 9 og kl. 13.", "Noter tidspunktet for vurderingen.", "Send kvittering til fagpersoner.", "Overdrag til sagsejer næste hverdag."]),
    dict(title="Sikkerhedsplanen skal forstås af barnet",
         summary="En sikkerhedsplan er først færdig, når barnet kan forklare den med egne ord.",
         questions=["Hvordan ved vi, at barnet har forstået sikkerhedsplanen?", "Skal barnet have en kopi?"],
         tags=["signs-of-safety", "sikkerhedsplan"],
         baggrund="Sikkerhedsplaner er ofte skrevet til de voksne. Barnet ved ikke, hvem det kan ringe til, hvis planen ikke holder.",
         princip="Sammen med sikkerhedsplanen laves en børneversion med tegninger eller få ord. Barnet skal kunne nævne sine sikre voksne.",
         eksempel="{{b:cap}} tegnede sin egen plan med {{farmor}} og {{pæd}} som sikre voksne. Tegningen hang på køleskabet.",
         gør=["Lav børneversionen sammen med barnet.", "Brug drømmehuset som afsæt.", "Gennemgå planen ved hvert besøg.", "Skaler sammen med barnet fra 0 til 10."]),
    dict(title="Partshøring før afgørelse",
         summary="Vi partshører altid efter forvaltningsloven § 19, før vi træffer afgørelse på grundlag af oplysninger, parten ikke kender.",
         questions=["Hvornår skal der partshøres?", "Hvor lang frist giver vi?"],
         tags=["forvaltningsloven", "partshoering", "afgoerelse"],
         baggrund="Ankestyrelsen har hjemvist afgørelser, fordi der manglede partshøring. Unge fra 10 år kan have partsstatus efter barnets lov § 3.",
         princip="Partshøring sendes med en frist på mindst otte dage. Svaret noteres i journalen, også når der ikke kommer noget.",
         eksempel="I en sag om aflastning glemte vi at høre {{far}}. Han klagede, og afgørelsen blev hjemvist.",
         gør=["Brug skabelonen til partshøring.", "Husk den unge fra 10 år.", "Skriv fristen i kalenderen.", "Vurder svaret før afgørelse."]),
    dict(title="Tidslinjen er fast del af fremlæggelsen",
         summary="Ved faglig sparring fremlægges altid en tidslinje sammen med genogram og ICS-trekant.",
         questions=["Skal tidslinjen være med ved hver fremlæggelse?", "Hvor langt tilbage går tidslinjen?"],
         tags=["faglig-sparring", "tidslinje", "genogram", "ics"],
         baggrund="Uden tidslinje drøfter teamet den seneste hændelse og overser mønstre. Seed-materialet om faglig sparring anbefaler overblik på tavle.",
         princip="Tidslinjen viser relative tider (Måned -6, Uge 2) og går mindst et år tilbage. Genogrammet viser mindst tre generationer.",
         eksempel="Tidslinjen i en sag om {{b}} viste, at alle tre underretninger kom lige efter {{far:gen}} løsladelse.",
         gør=["Tegn tidslinjen før mødet.", "Brug relative tider.", "Marker underretninger med rødt.", "Tag billede af tavlen til sagen."]),
    dict(title="Bisidder tilbydes altid skriftligt",
         summary="Barnet eller den unge får skriftligt tilbud om bisidder efter barnets lov § 6 før hver samtale.",
         questions=["Hvordan tilbyder vi bisidder?", "Må en forælder være bisidder?"],
         tags=["bisidder", "barnets-lov-6", "samtale"],
         baggrund="Unge har fortalt, at de ikke vidste, at de kunne have en voksen med.",
         princip="Tilbuddet står i indkaldelsen. Den unge vælger selv bisidder, også når det er en ven eller en træner.",
         eksempel="Den unge valgte sin fodboldtræner som bisidder. {{mor:cap}} var først utilfreds, men accepterede det.",
         gør=["Skriv tilbuddet i indkaldelsen.", "Spørg igen ved samtalens start.", "Noter valget i journalen."]),
    dict(title="Søskendekontakt skrives ind i barnets plan",
         summary="Ved anbringelse af søskende hvert sit sted skrives konkrete aftaler om kontakt ind i barnets plan efter § 91.",
         questions=["Hvem har ansvaret for søskendekontakten?", "Hvor ofte skal søskende ses?"],
         tags=["anbringelse", "soeskende", "barnets-plan"],
         baggrund="Søskendesamvær er blevet aflyst, fordi ingen havde ansvaret for transport.",
         princip="Barnets plan nævner hyppighed, sted og hvem der kører. Planen følges op hver tredje måned.",
         eksempel="{{b:cap}} og {{b2}} så hinanden tre gange på et halvt år, før {{plm}} overtog kørslen.",
         gør=["Aftal kørsel ved anbringelsen.", "Skriv aftalen i barnets plan.", "Spørg børnene, hvad de vil lave sammen."]),
    dict(title="Ledelsestilsyn i sager med støttende indsatser",
         summary="Teamlederen gennemgår stikprøver af sager med afgørelser efter § 32 og § 46 hvert kvartal.",
         questions=["Hvor mange sager gennemgås?", "Hvad sker der med fundene?"],
         tags=["ledelsestilsyn", "kvalitet"],
         baggrund="Social- og Boligstyrelsen anbefaler ledelsestilsyn og har udgivet skabeloner i januar 2024. Loven har ingen særskilt bestemmelse.",
         princip="Fem sager pr. sagsbehandler pr. kvartal. Fund drøftes på teammødet uden at pege på den enkelte.",
         eksempel="Tilsynet fandt, at {{b:gen}} plan ikke var opdateret efter flytningen til {{moster}}.",
         gør=["Brug styrelsens skabelon.", "Vælg sager tilfældigt.", "Del fund i anonymiseret form."]),
    dict(title="Fire måneder er fire måneder",
         summary="Den børnefaglige undersøgelse afsluttes inden for fire måneder efter § 20, stk. 3, ellers laves en foreløbig vurdering.",
         questions=["Hvornår begynder fristen at løbe?", "Hvad står der i en foreløbig vurdering?"],
         tags=["boernefaglig-undersoegelse", "frister", "barnets-lov-20"],
         baggrund="Fristen løber fra, kommunen blev opmærksom på, at barnet kan have brug for støtte, ikke fra afgørelsen om undersøgelsen.",
         princip="Sagsejer lægger en plan for undersøgelsen i uge 1. Ved risiko for overskridelse orienteres teamlederen i uge 12.",
         eksempel="Undersøgelsen af {{b:gen}} forhold blev forsinket, fordi {{psy}} var på ferie. Vi lavede en foreløbig vurdering.",
         gør=["Beregn fristen fra første henvendelse.", "Sæt milepæle i kalenderen.", "Skriv en foreløbig vurdering ved overskridelse."]),
    dict(title="Økokort ved mange fagpersoner",
         summary="Når fem eller flere fagpersoner er involveret, laver vi et økokort og udpeger én koordinerende voksen.",
         questions=["Hvornår laver vi økokort?", "Hvem er koordinerende voksen?"],
         tags=["oekokort", "tvaerfagligt-samarbejde"],
         baggrund="I sager med mange fagpersoner har familien fået modstridende råd.",
         princip="Økokortet tegnes sammen med familien. Den koordinerende voksne er den, familien selv peger på.",
         eksempel="{{mor:cap}} pegede på {{kp}}, ikke på sagsbehandleren. Det blev aftalen.",
         gør=["Tegn økokortet på første møde.", "Spørg familien, hvem de stoler på.", "Skriv koordinatoren i barnets plan."]),
]
PRIN_EXTRA_EKS = [
    "Det viste sig, at {{mor}} havde forstået aftalen anderledes, end vi havde skrevet den.",
    "{{b:cap}} sagde bagefter, at det var første gang, nogen havde spurgt {{ham}} først.",
    "Sagen blev drøftet på teammødet, og flere kolleger genkendte mønstret.",
    "{{far:cap}} kvitterede for, at han kunne følge med i, hvad der skete.",
    "Eksemplet er sammensat af flere sager og beskriver ingen enkelt familie.",
]

# ---------------------------------------------------------------------------
# meetings
# ---------------------------------------------------------------------------
MEET_Q = [
    "Hvornår har {{b}} sidst været i skole en hel uge?",
    "Ved {{mor}}, at der er lavet en underretning?",
    "Hvem i netværket har {{b}} selv nævnt?",
    "Er der lavet en sprogvurdering?",
    "Hvad siger {{lærer}} om frikvartererne?",
    "Hvornår udløber fristen for undersøgelsen?",
    "Har {{far}} fået partshøring?",
    "Er der tilbudt bisidder?",
]
MEET_REFL = [
    "Jeg tænker på, om vi ser {{mor:gen}} træthed som manglende vilje.",
    "Jeg bliver nysgerrig på {{farmor}}, som næsten ikke er nævnt.",
    "Det slår mig, at {{b}} beskrives meget gennem de voksnes bekymring.",
    "Jeg hører en sagsbehandler, der har gjort meget, og en familie, der ikke oplever det som hjælp.",
    "Tidslinjen får mig til at tænke på, om skiftet af skole var vendepunktet.",
    "Måske er det {{far}}, der har brug for at blive inviteret ind.",
    "Jeg savner {{b:gen}} egne ord i fremlæggelsen.",
    "Jeg undrer mig over, at ingen har talt med {{pæd}}.",
]
MEET_DEC = [
    "{{sb:cap}} taler med {{b}} inden næste møde.",
    "{{sb:cap}} indkalder til netværksmøde med {{mormor}} og {{lærer}}.",
    "Der laves et genogram sammen med {{mor}}.",
    "Sikkerhedsplanen skaleres igen om fire uger.",
    "{{tl:cap}} vurderer, om sagen skal forelægges børne- og ungeudvalget.",
    "Sagen kommer på igen om seks uger.",
    "Partshøring sendes til {{far}} med otte dages frist.",
    "Afdækningen afsluttes, og der iværksættes børnefaglig undersøgelse efter § 20.",
]
MEET_TOPICS = ["skolefravær", "vold i hjemmet", "netværksanbringelse", "samvær", "selvskade",
               "ungekriminalitet", "spædbarn og misbrug", "søskendekontakt", "sproglig udvikling",
               "efterværn"]

HELPLINES = [
    "BørneTelefonen hos Børns Vilkår: 116 111",
    "Livslinien: 70 201 201",
    "Akuttelefonen i Region Hovedstaden: 1813",
    "Politiet: 114, ved akut fare 112",
    "Forældretelefonen hos Børns Vilkår: 35 55 55 57",
]
LINKS = ["[P-0004](../principper/P-0004.md)", "[faglig sparring](../metoder/faglig-sparring.md)",
         "[ICS-trekanten](../metoder/ics.md)", "[de tre huse](../metoder/de-tre-huse.md)",
         "[partshøring](../ordliste.md#partshoering)", "[sikkerhedsplan](../metoder/sikkerhedsplan.md)",
         "[M-2026-02-03](../moeder/M-2026-02-03.md)", "[genogram](../metoder/genogram.md)"]

CLEAN_LOOKALIKE_LINES = [
    "Hunden Bamse og katten Misser nævnes af barnet i drømmehuset.",
    "Se også {link} og barnets lov § 20, stk. 3.",
    "Sagen blev drøftet på mødet {meet} og principperne er opdateret {date}.",
    "Efter en storm i november faldt et træ på legepladsen; det er ikke en del af sagen.",
    "Familien går ture i skoven og ved dammen, når der er sol.",
    "Relevante lovhenvisninger: barnets lov §§ 18-20, § 32 og § 46 samt forvaltningsloven § 19.",
    "Husk helplines i informationsbrevet: {help}.",
    "Ankestyrelsen, Familieretshuset og PPR har ikke været inddraget på dette tidspunkt.",
    "Socialtilsyn Midt har godkendt opholdsstedet; godkendelsen er ikke en del af vurderingen.",
    "Lykke er ikke et mål i sig selv, siger den unge, men ro er.",
    "Skaleringen gik fra 3 til 6 på otte uger.",
    "Bevillingen er på 4.500 kr. om måneden i seks måneder.",
    "Ledelsestilsyn efter skabelonen fra januar 2024 er gennemført.",
    "Mødet sluttede kl. 14.30, og næste møde er om 14 dage.",
    "Familien er flyttet fra Aarhus til Randers i løbet af sagen.",
    "Kilde: LBK 282/2025 (barnets lov), som vi skal tjekke igen ved næste revision.",
    "Storm og regn gjorde, at hjemmebesøget blev flyttet til skolen.",
    "Skoleåret 2025/26 begyndte med en ny klasselærer.",
    "Barnet har et marsvin, der hedder Pjuske, og en hund, der hedder Mille.",
    "Mor fortæller, at familien holder ferie i et lånt sommerhus ved Vang Strand hvert år.",
    "Barn A har fået en hamster, som hedder Lykke; den er med i tegningen af drømmehuset.",
    "Morgenen begynder kl. 7.15; bussen kører 7.42, og skolen ringer ind 8.00.",
    "Tags i vidensbasen: #ics, #signs-of-safety, #underretning, #barnets-lov-32.",
    "Sagen ligger i handlekommunen; opholdskommunen er orienteret efter reglerne.",
    "Birketræet i haven er blevet fældet, fortæller drengen, og nu kan man se helt ned til åen.",
]

# ---------------------------------------------------------------------------
# planted-only injections (front matter and body)
# ---------------------------------------------------------------------------
BODY_INJECT = [
    "{{mor:name:cap}} kan træffes på {{mor.phone}} efter kl. 15.",
    "Ring evt. til {{far:name}} på {{far.phone}}, han tager den sjældent før middag.",
    "{{b:name:gen:cap}} CPR-nummer er {{b.cpr}}.",
    "{{mor:cap}} er flyttet til {{mor.addr}} sammen med {{b}}.",
    "Kontakt skolen via [{{lærer.email}}](mailto:{{lærer.email}}).",
    "{{b:name:cap}} (f. {{b.dob}}) går i den lokale skole.",
    "{{b:name:cap}} er født {{b.dob}} og er den ældste af søskendeflokken.",
    "{{mor:name:cap}} ({{mor.dob}}) har forældremyndigheden alene.",
    "Far: {{far.full}}, cpr {{far.cpr}}, tlf. {{far.phone}}.",
    "Skriv til {{mor:name}} på {{mor.email}}, hun svarer hurtigere end på telefon.",
    "{{mormor:name:cap}} bor på {{mormor.addr}} og kan tage {{b}}, hvis det brænder på.",
    "> {{mor:name:cap}} skrev på Aula: „Hej {{lærer.first}}, {{b.first}} er syg igen i dag. Mvh {{mor.first}}“",
    "> Sms fra {{far:name}} ({{far.phone}}): „Jeg kommer ikke til mødet, ring til mig.“",
    "Personnummer på {{b2:name}}: {{b2.cpr}}.",
    "{{b2:name:cap}} er født den {{b2.dob}}.",
    "{{sp:cap}} har mailen {{sp.email}} og vil gerne kontaktes direkte.",
    "{{kæ:name:cap}} (cpr-nr. {{kæ.cpr}}) er flyttet ind i lejligheden.",
    "Husk at ringe til {{psy:name}} på {{psy.phone}} om testresultatet.",
    "Farmors adresse: {{farmor.addr}}. Telefon {{farmor.phone}}.",
    "Den unge har selv givet sit nummer, {{b.phone}}, og vil helst have sms.",
    "Referatet er sendt til [{{mor.email}}](mailto:{{mor.email}}) og {{far.email}}.",
    "{{plm:name:cap}} og {{plf:name}} bor på {{plm.addr}}.",
    "{{b:name:cap}}, f. {{b.dob}}, cpr {{b.cpr}}.",
]
SIGNATURES = [
    "\n— {{sb.full}}, sagsbehandler\n",
    "\nMvh {{sb.first}}\n",
    "\n/{{INI}}\n",
    "\nSkrevet af {{sb.full}} ({{sb.email}}, tlf. {{sb.phone}})\n",
    "\nVenlig hilsen\n{{fk.full}}\nFaglig koordinator\n",
]
YAML_COMMENTS = [
    "# ring til {{mor:name}} på {{mor.phone}}",
    "# {{b.first}}s lærer: {{lærer.full}}",
    "# TODO slet: cpr {{b.cpr}}",
    "# far bor nu på {{far.addr}}",
    "# mail fra {{sb.email}} 3/2",
    "# {{b.full}} født {{b.dob}}",
]


# ---------------------------------------------------------------------------
# YAML helpers
# ---------------------------------------------------------------------------
def yq(parts):
    """wrap parts in double quotes (templates never contain double quotes)"""
    return [(None, '"')] + parts + [(None, '"')]


def case_id(rng):
    return f"C-{rng.randint(1, 250):04d}"


def prin_id(rng):
    return f"P-{rng.randint(1, 60):04d}"


def meet_date(rng):
    d = datetime.date(2025, 9, 1) + datetime.timedelta(days=rng.randint(0, 300))
    while d.weekday() != 1:
        d += datetime.timedelta(days=1)
    return d


def initials(per):
    return "".join(w[0] for w in per.full.replace("-", " ").split()).upper()


def expand_ini(tpl, cast):
    return tpl.replace("{{INI}}", "\x00INI\x00")


def render(tpl, cast, rng):
    if "{{INI}}" in tpl:
        a, b = tpl.split("{{INI}}", 1)
        return fill(a, cast, rng) + [("name", initials(cast.p["sb"]))] + fill(b, cast, rng)
    return fill(tpl, cast, rng)


# ---------------------------------------------------------------------------
# generators
# ---------------------------------------------------------------------------
def lookalike(rng, cast):
    toks = set()
    for per in cast.p.values():
        toks |= set(re.findall(r"\w+", per.full))
    pool = [x for x in CLEAN_LOOKALIKE_LINES if not (set(re.findall(r"\w+", x)) & toks)]
    return rng.choice(pool).format(link=rng.choice(LINKS), meet="M-" + meet_date(rng).isoformat(),
                                   date=meet_date(rng).isoformat(), help=rng.choice(HELPLINES))


def gen_case(rng, planted, leak, inject):
    sc = rng.choice(SCENARIOS)
    cast = Cast(rng, planted, leak, sc["ages"], sc["sex"])
    d = Doc()
    R = lambda s: render(s, cast, rng)
    cid = case_id(rng)
    fm_slots = inject["fm"]
    d.t("---\n").t(f"id: {cid}\n")
    d.t("title: ").add(yq(R(sc["title"]))).t("\n")
    d.t("summary: ").add(yq(R(sc["summary"]))).t("\n")
    d.t(f"ics: [{', '.join(sc['ics'])}]\n")
    d.t(f"methods: [{', '.join(rng.sample(METHODS, rng.randint(2, 4)))}]\n")
    d.t(f"documents: [{', '.join(rng.sample(DOCUMENTS, rng.randint(1, 3)))}]\n")
    d.t(f"principles: [{', '.join(sorted(set(prin_id(rng) for _ in range(rng.randint(1, 2)))))}]\n")
    d.t("family:\n  persons:\n")
    keys = ["b", "mor", "far"]
    alltpl = " ".join([sc["summary"], sc["sit"][0], sc["sit"][1]] + [t for _, t in sc["timeline"]] + sc["bu"] + sc["fk"] + sc["fn"])
    for k in ["b2", "mormor", "morfar", "farmor", "moster", "plm", "plf", "kæ"]:
        if "{{" + k in alltpl:
            keys.append(k)
    pid = {"b": "barn-a", "b2": "barn-b", "mor": "mor", "far": "far", "mormor": "mormor",
           "morfar": "morfar", "farmor": "farmor", "moster": "moster", "plm": "plejemor",
           "plf": "plejefar", "kæ": "mors-kaereste"}
    for k in keys:
        per = cast.p[k]
        sex = "m" if per.male else "k"
        role_parts = [(None, per.role)]
        if "role" in fm_slots and rng.random() < 0.5:
            role_parts = rng.choice([[("name", per.first)], [(None, per.role + " ("), ("name", per.first), (None, ")")],
                                     [("name", per.full)]])
        d.t(f"    - {{id: {pid[k]}, role: ").add(role_parts).t(f", sex: {sex}")
        if k in ("b", "b2"):
            d.t(f', age_band: "{cast.band["a" if k == "b" else "b"]}"')
        if "born" in fm_slots and k in ("b", "b2") and rng.random() < 0.7:
            if rng.random() < 0.5:
                d.t(", born: ").add([("dob", fmt_date(per.dob, rng, "iso"))])
            else:
                d.t(", fødselsdato: ").add([("dob", fmt_date(per.dob, rng, rng.choice(["dmy-", "dmy.", "iso"])))])
        if "name" in fm_slots and rng.random() < 0.5:
            d.t(", name: ").add([("name", per.full)])
        if "cpr" in fm_slots and rng.random() < 0.4:
            d.t(', cpr: "').add([("cpr", fmt_cpr(per.cpr, rng))]).t('"')
        d.t("}\n")
    d.t("  relations:\n")
    d.t("    - [mor, far, skilt]\n" if rng.random() < 0.5 else "    - [mor, far, gift]\n")
    d.t("    - [barn-a, mor, bor-hos]\n")
    if "b2" in keys:
        d.t("    - [barn-a, barn-b, søskende]\n")
    d.t("  household: ")
    if "address" in fm_slots:
        d.add(yq(R("Mor og Barn A bor på ") + [("address", cast.p["mor"].addr)]))
    else:
        d.t(rng.choice(['"Mor og Barn A bor i lejet lejlighed"', '"Barn A bor skiftevis hos Mor og Far"',
                        '"Mor, Barn A og hunden bor i rækkehus"', '"Barn A bor hos Mor; Far bor i en anden kommune"']))
    d.t("\n")
    if "comment" in fm_slots:
        d.t("  ").add(R(rng.choice(YAML_COMMENTS))).t("\n")
    d.t("timeline:\n")
    tl = sc["timeline"][:]
    n = rng.randint(max(3, len(tl) - 2), len(tl))
    tl = tl[:n]
    nmon = rng.choice([0, 0, 1, 2])
    mon = rng.randint(nmon + 1, 12)
    week = 0
    for i, (kind, text) in enumerate(tl):
        if i < nmon:
            mon -= rng.randint(1, max(1, mon - (nmon - i)))
            when = f"Måned -{mon}"
        else:
            week += rng.randint(1, 4)
            when = f"Uge {week}"
        parts = R(text)
        if "tlphone" in fm_slots and kind in ("samtale", "møde") and rng.random() < 0.6:
            parts = parts + R(" {{mor:cap}} på {{mor.phone}}.")
            fm_slots = [s for s in fm_slots if s != "tlphone"]
        d.t(f"  - {{when: {when}, kind: {kind}, text: ").add(yq(parts)).t("}\n")
    d.t("ics_view:\n")
    for side, pool in (("barnets-udvikling", sc["bu"]), ("foraeldrekompetencer", sc["fk"]),
                       ("familie-og-netvaerk", sc["fn"])):
        d.t(f"  {side}:\n")
        for s in rng.sample(pool, rng.randint(2, len(pool))):
            d.t("    - ").add(yq(R(s))).t("\n")
    by = [(None, "Faglig koordinator")]
    if "by" in fm_slots:
        by = [("name", cast.p["fk"].full)]
    d.t("anonymized: {by: ").add(by).t(f", date: 2026-0{rng.randint(1, 5)}-{rng.randint(10, 28)}}}\n")
    d.t("---\n\n")
    # body
    d.t(f"# {cid}: ").add(R(sc["title"])).t("\n\n## Situationen\n\n")
    d.add(R(sc["sit"][0])).t(" ").add(R(sc["sit"][1])).t("\n\n")
    body_inj = inject["body"]
    if body_inj:
        d.add(R(body_inj[0])).t("\n\n")
    if planted and inject.get("table"):
        d.t("| Person | Rolle | Telefon |\n|---|---|---|\n")
        for k in ("mor", "far"):
            per = cast.p[k]
            d.t("| ").add([("name", per.full)]).t(f" | {per.role} | ").add([("phone", fmt_phone(per.phone, rng))]).t(" |\n")
        d.t("\n")
    elif rng.random() < 0.3:
        d.t("| Side | Vurdering 0-10 |\n|---|---|\n| Barnets udvikling | %d |\n| Forældrekompetencer | %d |\n| Familie og netværk | %d |\n\n"
            % (rng.randint(2, 8), rng.randint(2, 8), rng.randint(2, 8)))
    d.t("## Sparringen\n\n").add(R(sc["spar"])).t(" ")
    d.t(" ".join(rng.sample(GENERIC_SPAR, 2))).t("\n\n")
    for s in body_inj[1:]:
        d.add(R(s)).t("\n\n")
    for _ in range(rng.choice([0, 1, 1, 2])):
        la = lookalike(rng, cast)
        d.t(la).t("\n\n")
    d.t("## Det lærte vi\n\n")
    for s in rng.sample(GENERIC_LÆRTE, rng.randint(2, 4)):
        d.t("- ").t(s).t("\n")
    d.t(f"\nSe også {rng.choice(LINKS)}.\n")
    if inject.get("sig"):
        d.add(R(rng.choice(SIGNATURES)))
    return d


def gen_principle(rng, planted, leak, inject):
    cast = Cast(rng, planted, leak)
    pr = rng.choice(PRINCIPLES)
    R = lambda s: render(s, cast, rng)
    d = Doc()
    pid = prin_id(rng)
    dec = meet_date(rng)
    fm_slots = inject["fm"]
    d.t("---\n").t(f"id: {pid}\n").t(f'title: "{pr["title"]}"\n').t(f'summary: "{pr["summary"]}"\n')
    d.t("questions:\n")
    for q in pr["questions"]:
        d.t(f'  - "{q}"\n')
    if "question" in fm_slots:
        d.t("  - ").add(yq(R("Hvad gjorde vi i sagen med {{b:name}}?"))).t("\n")
    st = rng.choice(["adopted", "adopted", "proposed", "retired"])
    d.t(f"status: {st}\n").t(f"decided: {dec.isoformat()}\n").t(f"meeting: M-{dec.isoformat()}\n")
    d.t("owner: ")
    if "by" in fm_slots:
        d.add([("name", cast.p["fk"].full)])
    else:
        d.t(rng.choice(["Faglig koordinator", "Teamleder", "Faglig koordinator"]))
    d.t("\n").t(f"tags: [{', '.join(pr['tags'])}]\n")
    d.t(f"review_by: {dec.year + 1}-{dec.month:02d}-01\n")
    if "comment" in fm_slots:
        d.add(R(rng.choice(YAML_COMMENTS))).t("\n")
    d.t("---\n\n")
    d.t(f"# {pid} {pr['title']}\n\n## Baggrund\n\n{pr['baggrund']}\n\n## Princip\n\n{pr['princip']}\n\n")
    d.t("## Eksempel\n\n").add(R(pr["eksempel"])).t(" ").add(R(rng.choice(PRIN_EXTRA_EKS))).t("\n\n")
    for s in inject["body"]:
        d.add(R(s)).t("\n\n")
    d.t("## Sådan gør du\n\n")
    for i, s in enumerate(pr["gør"], 1):
        d.t(f"{i}. {s}\n")
    if rng.random() < 0.4:
        d.t(f"\nRelateret: {rng.choice(LINKS)} og barnets lov.\n")
    if rng.random() < 0.3:
        d.t(f"\nHjælpelinjer til familien: {rng.choice(HELPLINES)}.\n")
    if inject.get("sig"):
        d.add(R(rng.choice(SIGNATURES)))
    return d


def gen_meeting(rng, planted, leak, inject):
    cast = Cast(rng, planted, leak)
    R = lambda s: render(s, cast, rng)
    d = Doc()
    md = meet_date(rng)
    fm_slots = inject["fm"]
    cases = sorted(set(case_id(rng) for _ in range(rng.randint(1, 2))))
    d.t("---\n").t(f"id: M-{md.isoformat()}\n").t(f"date: {md.isoformat()}\n")
    d.t("participants: [")
    plist = []
    for k in ("fk", "sb", "tl", "psy"):
        per = cast.p[k]
        if "participants" in fm_slots and rng.random() < 0.6:
            plist.append([("name", per.full), (None, f" ({per.title})")] if rng.random() < 0.5 else [("name", per.full)])
        else:
            plist.append([(None, per.role)])
    plist.append([(None, "Sagsbehandler 2")])
    for i, p in enumerate(plist):
        if i:
            d.t(", ")
        d.add(p)
    d.t("]\n").t(f"cases: [{', '.join(cases)}]\n")
    topic = rng.choice(MEET_TOPICS)
    d.t(f"topic: {topic}\n")
    if "comment" in fm_slots:
        d.add(R(rng.choice(YAML_COMMENTS))).t("\n")
    d.t("---\n\n")
    d.t(f"# Sparringsmøde {md.isoformat()}\n\n## Dagsorden\n\n")
    d.t("1. Rammesætning ved faglig koordinator (3 min)\n2. Fremlæggelse af sagen med genogram, tidslinje og ICS-trekant (10 min)\n"
        "3. Opklarende spørgsmål (8 min)\n4. Refleksionsrunde (15 min)\n5. Sagsejers respons (5 min)\n"
        "6. Idéer og næste skridt (12 min)\n7. Afrunding og evt. princip (5 min)\n\n")
    d.t("## Fremlæggelse\n\n").add(R(rng.choice([
        "{{sb:cap}} fremlagde sagen om {{b}} i alderen {{band}} år. ",
        "Sagsejer ({{sb}}) præsenterede en sag om " + topic + ". ",
        "{{sb:cap}} præsenterede {{b:gen}} situation med tidslinje på tavlen. "]))).t(
        f"Sagen handler om {topic}. Sagsejer ønskede sparring på næste skridt.\n\n")
    d.t("## Opklarende spørgsmål\n\n")
    for q in rng.sample(MEET_Q, 3):
        d.t("- ").add(R(q)).t("\n")
    d.t("\n## Refleksionsrunde\n\n")
    for q in rng.sample(MEET_REFL, 3):
        d.t("- ").add(R(q)).t("\n")
    d.t("\n").t(rng.choice(GENERIC_SPAR)).t("\n\n")
    for s in inject["body"]:
        d.add(R(s)).t("\n\n")
    d.t("## Beslutninger\n\n")
    for q in rng.sample(MEET_DEC, 3):
        d.t("- ").add(R(q)).t("\n")
    if rng.random() < 0.5:
        d.t("\n").t(lookalike(rng, cast)).t("\n")
    d.t(f"\n## Til vidensbasen\n\n{rng.choice(['Ingen nyt princip.', 'Forslag til nyt princip sendes til faglig koordinator.', 'Eksisterende princip bekræftet: ' + rng.choice(LINKS) + '.'])}\n")
    if inject.get("sig"):
        d.add(R(rng.choice(SIGNATURES)))
    return d


def plan_inject(rng, kind, planted):
    if not planted:
        return {"fm": [], "body": [], "table": False, "sig": False}
    level = rng.choice([0, 0, 1, 1, 2, 3])
    fm_opts = {"case": ["role", "born", "name", "cpr", "address", "comment", "by", "tlphone"],
               "prin": ["question", "by", "comment"],
               "meet": ["participants", "comment"]}[kind]
    nfm = [0, 1, 2, 4][level]
    nbody = [rng.choice([0, 1]), rng.randint(1, 2), rng.randint(2, 3), rng.randint(3, 5)][level]
    fm = rng.sample(fm_opts, min(nfm, len(fm_opts)))
    body = rng.sample(BODY_INJECT, nbody)
    return {"fm": fm, "body": body, "table": kind == "case" and level >= 2 and rng.random() < 0.4,
            "sig": rng.random() < [0.15, 0.3, 0.4, 0.6][level], "level": level}


def make_file(fid, kind, planted):
    rng = random.Random(f"{PREFIX}:{fid}")
    inj = plan_inject(rng, kind, planted)
    leak = 0.0 if not planted else rng.choice([0.0, 0.0, 0.15, 0.3, 0.6])
    gen = {"case": gen_case, "prin": gen_principle, "meet": gen_meeting}[kind]
    for attempt in range(20):
        d = gen(rng, planted, leak, inj)
        text, spans = d.build()
        if not planted or spans:
            return text, spans
        inj["body"] = [rng.choice(BODY_INJECT)]
    raise RuntimeError(fid)


# ---------------------------------------------------------------------------
# institutions
# ---------------------------------------------------------------------------
INST = {
    "school": ["Kastanjeskolen", "Rosenvængets Skole", "Hasselager Skole", "Nørrebro Park Skole",
               "Sct. Jørgens Skole", "Specialskolen Fyrtårnet", "Heldagsskolen Stjernen",
               "Efterskolen Solgården", "Ungdomsskolen Nord", "Vestre Skole"],
    "daycare": ["Børnehuset Regnbuen", "Vuggestuen Myretuen", "Naturbørnehaven Skovtrolden",
                "Børnehaven Mælkebøtten", "Dagtilbud Søndervang", "Institutionen Birkelunden",
                "Skovbakkens Fritidshjem"],
    "oph": ["Opholdsstedet Kastanjegården", "Opholdsstedet Lindely", "Bostedet Havbrisen",
            "Behandlingshjemmet Lærkehøj", "Opholdsstedet Egebo", "Ungehuset Horisonten"],
    "pleje": ["Familieplejen Vestjylland", "Plejefamiliecentret Midt", "Plejefamilieforeningen Solsikken",
              "Netværksplejen Østjylland"],
    "club": ["Ungdomsklubben Trekanten", "Fritidsklubben Bølgen", "Klub Vesterbro",
             "Spejdergruppen Ørnereden", "Vestbyens Idrætsforening", "Bokseklubben Ringsiden"],
}
INST_T = [
    ("case", "Barn A går i {school} og har fået støtte af PPR i to timer om ugen. Skolen har lavet en plan for frikvartererne."),
    ("case", "Drengen er anbragt på {oph}. Kontaktpædagogen beskriver en dreng, der er faldet til, men savner Mor."),
    ("case", "Pigen startede i {school} efter sommerferien. Overgangen fra {daycare} gik bedre end forventet."),
    ("case", "Den unge kommer fast i {club} tre aftener om ugen. Klubpædagogen er en vigtig voksen."),
    ("case", "Plejefamilien er tilknyttet {pleje}, som står for supervision og efteruddannelse."),
    ("prin", "Når et barn flytter fra {daycare} til {school}, holder vi et overgangsmøde med begge steder og forældrene."),
    ("prin", "Samarbejdet med {school} om skolefravær er beskrevet i en fast aftale; se også barnets lov § 32."),
    ("meet", "Sagsbehandler fremlagde sagen. Diskussionen handlede om, hvorvidt {oph} kan rumme den unge, eller om {oph2} er et bedre tilbud."),
    ("meet", "Teamet besluttede at invitere en leder fra {school} til næste sparringsmøde om overgange."),
    ("case", "Barn B er visiteret til {oph}. Socialtilsynet har godkendt stedet, og Familieretshuset er orienteret om samværet."),
    ("case", "Mor ønsker, at Barn A fortsætter i {school}, selv om familien flytter. Kørslen betales efter reglerne."),
    ("prin", "Underretninger fra {daycare} og andre dagtilbud kvitteres inden for seks hverdage."),
    ("meet", "PPR-psykologen fortalte, at {school} har gode erfaringer med små hold. Den unge har besøgt {oph} én gang."),
    ("case", "Efter skolestart i {school} faldt fraværet. Pigen går desuden til spejder i {club}."),
    ("case", "Drengen har været i aflastning på {oph} hver anden weekend siden Uge 6."),
    ("case", "Barn A er i netværkspleje hos Moster. {pleje} har stået for godkendelsen og følger op hvert kvartal."),
    ("meet", "Plejemor har fået supervision gennem {pleje}. Teamet drøftede, om den unge kan flytte til {oph} i Uge 20."),
    ("prin", "Fritidstilbud som {club} kan indgå i barnets plan, når den unge selv ønsker det."),
]
INST_EXTRA = [
    "{I}s personale deltager i netværksmødet i Uge 4.",
    "Ankestyrelsen har ikke været inddraget.",
    "Der er aftalt opfølgning med {I} om tre måneder.",
    "Skolen og klubben deler ikke oplysninger uden samtykke.",
    "Kontakten til {I} går gennem sagsbehandler.",
    "Socialtilsyn Hovedstaden fører tilsyn med stedet.",
    "Samtalen med barnet fandt sted på {I} efter § 137, stk. 2.",
    "PPR og sundhedsplejen er orienteret.",
    "Mor er enig i, at {I} skal have et kort notat.",
]


def make_inst(fid):
    rng = random.Random(f"{PREFIX}:{fid}")
    d = Doc()
    kind, tpl = rng.choice(INST_T)
    used = []

    def pick(cat):
        c = rng.choice([x for x in INST[cat] if x not in used])
        used.append(c)
        return c
    d.t("---\n")
    if kind == "case":
        d.t(f"id: {case_id(rng)}\ntitle: \"Skift af tilbud\"\nics: [barnets-udvikling]\n")
        d.t(f"family:\n  persons:\n    - {{id: barn-a, role: Barn A, sex: {rng.choice('mk')}, age_band: \"{rng.choice(AGE_BANDS[2:])[0]}\"}}\n")
        if rng.random() < 0.5:
            cat = rng.choice(["school", "club", "oph"])
            d.t({"school": "school: ", "club": "fritid: ", "oph": "placement: "}[cat]).add([("institution", pick(cat))]).t("\n")
        d.t("---\n\n## Situationen\n\n")
    elif kind == "prin":
        dd = meet_date(rng)
        d.t(f"id: {prin_id(rng)}\ntitle: \"Overgange mellem tilbud\"\nstatus: proposed\ndecided: {dd.isoformat()}\nowner: Faglig koordinator\n")
        d.t("---\n\n## Princip\n\n")
    else:
        dd = meet_date(rng)
        d.t(f"id: M-{dd.isoformat()}\ndate: {dd.isoformat()}\nparticipants: [Faglig koordinator, Sagsbehandler, PPR-psykolog]\ncases: [{case_id(rng)}]\n")
        d.t("---\n\n## Refleksionsrunde\n\n")
    pos, first = 0, None
    for m in re.finditer(r"\{(\w+)\}", tpl):
        d.t(tpl[pos:m.start()])
        nm = pick(m.group(1).rstrip("2"))
        first = first or nm
        d.add([("institution", nm)])
        pos = m.end()
    d.t(tpl[pos:]).t("\n")
    for t in rng.sample(INST_EXTRA, rng.randint(1, 2)):
        d.t("\n")
        if "{I}" in t:
            i = t.index("{I}")
            nm = first
            if t[i + 3:i + 4] == "s":
                if nm[-1] in "sxz":
                    nm, t = nm, t[:i] + "{I}" + "'" + t[i + 4:]
                else:
                    nm, t = nm + "s", t[:i] + "{I}" + t[i + 4:]
            d.t(t[:i]).add([("institution", nm)]).t(t[i + 3:])
        else:
            d.t(t)
        d.t("\n")
    return d.build()


# ---------------------------------------------------------------------------
def verify(path, expect_planted):
    ids = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            assert o["id"] not in ids
            ids.add(o["id"])
            text, prev = o["text"], 0
            if expect_planted is False:
                assert o["planted"] == [], o["id"]
            if expect_planted is True:
                assert o["planted"], o["id"]
            for sp in o["planted"]:
                assert text[sp["start"]:sp["end"]] == sp["text"], (o["id"], sp)
                assert sp["start"] >= prev, (o["id"], sp)
                assert sp["text"] == sp["text"].strip() and sp["text"], (o["id"], sp)
                prev = sp["end"]
                if sp["kind"] == "cpr":
                    digits = re.sub(r"\D", "", sp["text"])
                    assert len(digits) == 10
                    datetime.date(2000 + int(digits[4:6]) if digits[6] in "456789" and int(digits[4:6]) <= 36 else 1900 + int(digits[4:6]),
                                  int(digits[2:4]), int(digits[0:2]))
    return len(ids)


def main():
    counts = {"case": 90, "prin": 48, "meet": 42}
    out = {"planted": [], "clean": [], "inst": []}
    for planted, tag, key in ((True, "p", "planted"), (False, "c", "clean")):
        n = 0
        for kind in ("case", "prin", "meet"):
            for _ in range(counts[kind]):
                n += 1
                fid = f"{PREFIX}-{tag}{n:03d}"
                text, spans = make_file(fid, kind, planted)
                out[key].append({"id": fid, "text": text, "planted": spans})
    for i in range(1, 37):
        fid = f"{PREFIX}-i{i:03d}"
        text, spans = make_inst(fid)
        out["inst"].append({"id": fid, "text": text, "planted": spans})
    files = {"planted": "planted.jsonl", "clean": "clean.jsonl", "inst": "institutions.jsonl"}
    for key, fn in files.items():
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="\n") as f:
            for o in out[key]:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("planted", verify(os.path.join(HERE, "planted.jsonl"), True))
    print("clean", verify(os.path.join(HERE, "clean.jsonl"), False))
    print("institutions", verify(os.path.join(HERE, "institutions.jsonl"), True))
    if "--stats" in sys.argv:
        stats(out)


def stats(out):
    from collections import Counter
    for key, rows in out.items():
        words = sum(len(r["text"].split()) for r in rows)
        kinds, place = Counter(), Counter()
        for r in rows:
            fm_end = r["text"].index("\n---\n", 4) + 5
            for s in r["planted"]:
                kinds[s["kind"]] += 1
                place[(s["kind"], "front matter" if s["start"] < fm_end else "body")] += 1
        print(f"\n## {key}: files={len(rows)} words={words} spans={sum(kinds.values())}")
        print(" kinds:", dict(sorted(kinds.items())))
        print(" place:", dict(sorted(place.items())))
        fmts = Counter()
        for r in rows:
            for s in r["planted"]:
                fmts[(s["kind"], shape(s["text"], s["kind"]))] += 1
        for k, v in sorted(fmts.items()):
            print("  fmt", k, v)
        per_file = Counter(min(len(r["planted"]), 10) for r in rows)
        print(" spans per file (10=10+):", dict(sorted(per_file.items())))


def shape(t, kind):
    if kind in ("name", "institution"):
        return f"{len(t.split())} token(s)" + (" initials" if t.isupper() and len(t) <= 4 else "")
    if kind == "email":
        return "email"
    if kind == "address":
        return "with postcode" if re.search(r"\b\d{4} [A-ZÆØÅ]", t) else "street+number only"
    return re.sub(r"[a-zæøå]+\.?", "M", re.sub(r"\d", "9", t))


if __name__ == "__main__":
    main()
