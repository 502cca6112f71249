#!/usr/bin/env python3
"""Generate the blind4 held-out personal-data test corpus (Danish, child welfare).

Written blind: no detector code, tests, benchmarks or other corpora seen.
All persons, numbers and addresses are invented. Standard library only.

    python3 make.py            # writes planted.jsonl, clean.jsonl, institutions.jsonl here

Template mini-language (hand-written templates below):
  ⟦a¦b¦c⟧          pick one option (tokens allowed inside; no nesting)
  {role.form}      a person's name, planted as kind "name"
                   forms: f first, fs first+genitive, n full, ns full+genitive, l surname,
                   ls surname+genitive, lf "Surname, First", LF "SURNAME, First",
                   i "F. Surname", lo lower-case first, los lower-case first+genitive,
                   lon lower-case full, C CAPITALS full
  {cpr:role[:fmt]} {tel:role[:fmt]} {mail:role} {adr:role[:fmt]} {dob:role[:fmt]}
  {inst:type[:bare]}   an institution (institutions.jsonl only)
  {$slot}          an unplanted filler (dates of meetings, case numbers, law refs, ...)
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20250604
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------
# Name pools (invented combinations; first names and surnames are ordinary name stock)
# --------------------------------------------------------------------------------------
ORIGINS = {
    "dk": dict(
        f=["Mette", "Lone", "Hanne", "Ulla", "Rose", "Lykke", "Susanne", "Pernille", "Camilla", "Tina",
           "Maibritt", "Dorthe", "Bodil", "Kirsten", "Jeanette", "Signe", "Vibeke", "Gitte", "Sanne",
           "Tove", "Merete", "Stine", "Ditte", "Louise", "Trine", "Rikke", "Birthe", "Malene", "Helle",
           "Solvejg", "Maj", "Sol", "Dagmar", "Lis", "Anne Marie", "Jonna", "Kamilla", "Bettina"],
        m=["Bo", "Sten", "Jens", "Søren", "Henrik", "Kim", "Brian", "Jesper", "Allan", "René", "Morten",
           "Kasper", "Torben", "Flemming", "Bent", "Palle", "Jarl", "Ib", "Holger", "Troels", "Kenneth",
           "Lasse", "Rasmus", "Bjarne", "Jørn", "Storm", "Mark", "Falk", "Villy", "Frode", "Hans Henrik",
           "Carsten", "Jan Erik"],
        cf=["Alma", "Ida", "Freja", "Lærke", "Agnes", "Ella", "Karla", "Lykke", "Rose", "Sol", "Maj",
            "Vilma", "Asta", "Ellinor", "Thea", "Josefine", "Liva", "Alba", "Juni", "Ronja", "Saga", "Siri",
            "Fie", "Tilde", "Othilia", "Merle", "Vibe", "Kamma", "Elvira", "Gry", "Ellen Sofie", "Bellis"],
        cm=["Noah", "Malthe", "Storm", "Birk", "Ask", "Bo", "Alfred", "Vilfred", "Aksel", "Magnus",
            "Valdemar", "Eigil", "Hjalte", "Frej", "Sigurd", "Villads", "Elias", "Theo", "Konrad", "August",
            "Laurits", "Bastian", "Otto", "Lauge", "Ravn", "Sten", "Viggo", "Marius", "Aage", "Jonas",
            "Felix", "Hugo", "Carl Emil"],
        sur=["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
             "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
             "Mortensen", "Knudsen", "Mikkelsen", "Vestergaard", "Kjærgaard", "Søndergaard", "Bach", "Lund",
             "Skov", "Holm", "Bonde", "Vinter", "Sommer", "Fisker", "Krog", "Hvid", "Due", "Ravn", "Storm",
             "Dal", "Bjerg", "Abildgaard", "Brøndum", "Kirkegaard", "Frandsen", "Buch", "Hein", "Agerskov",
             "Nørgaard", "Riis", "Damgaard", "Bech", "Bundgaard", "Hedegaard", "Toft", "Winther",
             "Østergaard", "Holm-Sørensen", "Bach Riis", "von Holck", "de Neergaard", "la Cour",
             "Skytte Juhl", "Lykkegaard", "Ploug", "Bisgaard", "Thygesen"]),
    "is": dict(f=["Guðrún", "Sigríður", "Hrafnhildur", "Ásdís", "Þórunn", "Katrín", "Eyrún"],
               m=["Einar", "Kristján", "Gunnar", "Þórður", "Snorri", "Ragnar", "Hjörtur"],
               sur_m=["Þórsson", "Magnússon", "Sigurðsson", "Einarsson", "Jónsson", "Gunnarsson"],
               sur_f=["Sigurðardóttir", "Magnúsdóttir", "Einarsdóttir", "Jónsdóttir", "Þórsdóttir"]),
    "fi": dict(f=["Aino", "Tuuli", "Kaisa", "Sanna", "Eveliina", "Helmi", "Pirjo"],
               m=["Eero", "Juha", "Ville", "Onni", "Jussi", "Aleksi", "Matti"],
               sur=["Virtanen", "Mäkinen", "Korhonen", "Laaksonen", "Heikkinen", "Nieminen", "Järvinen"]),
    "sa": dict(f=["Máret", "Risten", "Elle", "Sire", "Ánne", "Biret"],
               m=["Áilu", "Niillas", "Ánde", "Jovnna", "Mihkal", "Issát"],
               sur=["Gaup", "Somby", "Sara", "Eira", "Valle", "Turi", "Hætta", "Buljo"]),
    "fo": dict(f=["Rannvá", "Turið", "Guðrið", "Sunneva", "Bára", "Marjun", "Sólja"],
               m=["Sámal", "Jógvan", "Bárður", "Heðin", "Rókur", "Tróndur", "Sjúrður"],
               sur=["Joensen", "Poulsen", "í Dali", "á Lakjuni", "Niclasen", "Dam", "Jacobsen", "við Stórá"]),
    "gl": dict(f=["Nivi", "Naja", "Pipaluk", "Paninnguaq", "Arnaq", "Aviaja", "Ivalu", "Najaaraq"],
               m=["Aputsiaq", "Inuk", "Malik", "Kuupik", "Minik", "Pavia", "Kaali", "Nukappiaaluk"],
               sur=["Lynge", "Kleist", "Heilmann", "Berthelsen", "Kristiansen", "Kreutzmann", "Lyberth",
                    "Fleischer", "Zeeb"]),
    "ro": dict(f=["Andreea", "Mihaela", "Ioana", "Bianca", "Roxana", "Elena"],
               m=["Ionuț", "Florin", "Andrei", "Mihai", "Răzvan", "Cosmin", "Bogdan"],
               sur=["Popescu", "Dumitrescu", "Stoica", "Constantin", "Munteanu", "Lungu", "Dragomir"]),
    "ba": dict(f=["Amra", "Lejla", "Amila", "Selma", "Emina", "Azra", "Merima"],
               m=["Emir", "Adnan", "Haris", "Kenan", "Tarik", "Mirza", "Edin"],
               sur=["Hodžić", "Begović", "Mehmedović", "Kovačević", "Delić", "Hadžić", "Muratović"]),
    "ku": dict(f=["Rojda", "Berivan", "Hêvî", "Dilan", "Rojin", "Nazdar", "Zîlan", "Ronahî"],
               m=["Azad", "Soran", "Baran", "Rêbaz", "Kawa", "Şêrko", "Diyar", "Hogir"],
               sur=["Amedi", "Zaxoyî", "Doski", "Hawrami", "Barzinji", "Mizuri", "Sindî"]),
    "sy": dict(f=["Rama", "Yara", "Lina", "Nour", "Hala", "Rasha", "Aya"],
               m=["Omar", "Khaled", "Yousef", "Hamza", "Kinan", "Bashir", "Tarek"],
               sur=["Al-Khatib", "Haddad", "Al-Masri", "Al-Hamwi", "Darwish", "Kassab", "Sabbagh", "al-Jundi"]),
    "pk": dict(f=["Ayesha", "Hira", "Sana", "Mahnoor", "Zainab", "Iqra", "Saima"],
               m=["Bilal", "Usman", "Faisal", "Zeeshan", "Ali Raza", "Waqas", "Hamid"],
               sur=["Chaudhry", "Qureshi", "Butt", "Malik", "Mirza", "Sheikh", "Rana", "Javed"]),
    "th": dict(f=["Siriporn", "Kanokwan", "Ploy", "Nattaya", "Pim", "Supaporn", "Wanida"],
               m=["Nattapong", "Somchai", "Thanawat", "Kittisak", "Anan", "Pichai"],
               sur=["Chaiyasit", "Saetang", "Srisuk", "Wongsawat", "Boonmee", "Rattanakorn", "Thongdee"]),
    "ph": dict(f=["Maricel", "Rowena", "Jasmine", "Mary Grace", "Lovely", "Analyn"],
               m=["Jericho", "Rodel", "Mark Anthony", "Jun", "Ramil", "Christian"],
               sur=["dela Cruz", "Santos", "Bautista", "Reyes", "Villanueva", "Mendoza", "de los Reyes"]),
    "cn": dict(f=["Xiuying", "Mei", "Lijuan", "Xinyi", "Yutong", "Jiayi"],
               m=["Wei", "Jie", "Hao", "Zihan", "Yichen", "Jun"],
               sur=["Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Zhao", "Wu"], eastern=True),
    "lt": dict(f=["Rūta", "Gintarė", "Eglė", "Aušra", "Ieva", "Vaida"],
               m=["Tomas", "Mantas", "Darius", "Paulius", "Vytautas", "Jonas"],
               sur_m=["Petrauskas", "Kazlauskas", "Jankauskas", "Žukauskas", "Butkus", "Paulauskas"],
               sur_f=["Petrauskienė", "Kazlauskaitė", "Jankauskienė", "Žukauskaitė", "Butkutė", "Paulauskienė"]),
    "er": dict(f=["Senait", "Helen", "Selam", "Winta", "Yodit", "Saba"],
               m=["Yonas", "Aman", "Filmon", "Samuel", "Habtom", "Mebrahtu"],
               sur=["Tesfamariam", "Ghebremedhin", "Tekle", "Berhane", "Haile", "Kidane", "Woldegiorgis"]),
    "so": dict(f=["Hodan", "Fadumo", "Sahra", "Nimco", "Hibaaq", "Ifrah", "Ubah"],
               m=["Abdirahman", "Abdullahi", "Guled", "Liban", "Yasin", "Hassan"],
               sur=["Warsame", "Farah", "Yusuf", "Mohamed Ahmed", "Hirsi", "Jama", "Osman"]),
    "ua": dict(f=["Oksana", "Yuliia", "Iryna", "Sofiia", "Daryna", "Kateryna", "Olena"],
               m=["Dmytro", "Taras", "Bohdan", "Andrii", "Mykola", "Oleksandr", "Yaroslav"],
               sur=["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Tkachenko", "Kravchenko", "Boyko", "Oliinyk"]),
    "pl": dict(f=["Agnieszka", "Zuzanna", "Małgorzata", "Joanna"],
               m=["Krzysztof", "Mateusz", "Paweł", "Grzegorz"],
               sur_m=["Wiśniewski", "Kowalczyk", "Nowak", "Wójcik", "Zieliński"],
               sur_f=["Wiśniewska", "Kowalczyk", "Nowak", "Wójcik", "Zielińska"]),
}
FAMILY_WEIGHTS = {"dk": 40, "is": 3, "fi": 3, "sa": 2, "fo": 4, "gl": 6, "ro": 4, "ba": 4, "ku": 5,
                  "sy": 6, "pk": 4, "th": 3, "ph": 3, "cn": 3, "lt": 3, "er": 4, "so": 5, "ua": 5, "pl": 3}
PRO_WEIGHTS = {"dk": 72, "is": 2, "fi": 2, "fo": 3, "gl": 3, "ba": 3, "ku": 3, "sy": 2, "pk": 3,
               "ph": 1, "cn": 1, "lt": 1, "er": 1, "so": 1, "ua": 1, "pl": 1, "sa": 1}
COUNTRY_CODE = {"is": "+354", "fi": "+358", "sa": "+47", "ro": "+40", "ba": "+387", "lt": "+370",
                "ua": "+380", "pl": "+48", "th": "+66", "ph": "+63", "cn": "+86", "so": "+252",
                "er": "+46", "sy": "+49", "ku": "+49", "pk": "+44", "dk": "+46"}

# --------------------------------------------------------------------------------------
# Addresses: invented street/number combinations, real postcodes and towns
# --------------------------------------------------------------------------------------
STREETS = ["Hybenvej", "Birkevej", "Lærkevej", "Engtoften", "Rosenvænget", "Kastanie Allé",
           "H.C. Andersens Vej", "Nørregade", "Vestergade", "Møllevænget", "Kirkestræde", "Skovbrynet",
           "Agervej", "Fasanvej", "Solsikkevej", "Egevang", "Præstemarken", "Stationsvej", "Toftegårdsvej",
           "Bøgeskovvej", "Ringstedgade", "Tranevej", "Vibevej", "Fyrrebakken", "Søndermarken", "Havrevænget",
           "Jernbanegade", "Gl. Kongevej", "Lindealléen", "Nørre Boulevard", "Kløvermarken", "Rugmarken",
           "Grønnegade", "Snerlevej", "Æblehaven", "Østre Strandvej", "Enghavevej", "Blåbærvej",
           "Nyvej", "Sct. Jørgens Gade", "Pilevej", "Ahornvej", "Ved Gadekæret", "Humlebækvej",
           "Svalegangen", "Anemonevej", "Holmegårdsparken", "Bakkedraget", "Vinkelvej", "Lupinvej",
           "Gammel Landevej", "Tjørnevej", "Rådhusstræde", "Kongensgade", "Falstersgade"]
TOWNS = ["5000 Odense C", "8000 Aarhus C", "9000 Aalborg", "6700 Esbjerg", "7100 Vejle", "4700 Næstved",
         "2630 Taastrup", "3400 Hillerød", "6100 Haderslev", "7400 Herning", "8800 Viborg", "9800 Hjørring",
         "6270 Tønder", "4900 Nakskov", "3700 Rønne", "8500 Grenaa", "5700 Svendborg", "4200 Slagelse",
         "2300 København S", "2400 København NV", "2770 Kastrup", "8600 Silkeborg", "7500 Holstebro",
         "6400 Sønderborg", "9700 Brønderslev", "8900 Randers C", "4000 Roskilde", "5500 Middelfart",
         "7700 Thisted", "9640 Farsø", "6880 Tarm", "8370 Hadsten", "6830 Nørre Nebel", "9850 Hirtshals",
         "4874 Gedser", "7790 Thyholm", "5953 Tranekær", "9982 Ålbæk", "6792 Rømø", "8210 Aarhus V",
         "5210 Odense NV", "2720 Vanløse", "2650 Hvidovre", "4300 Holbæk", "4800 Nykøbing F",
         "7000 Fredericia", "6000 Kolding", "8700 Horsens", "9900 Frederikshavn", "4600 Køge"]
VILLAGES = [("Vester Hæsinge", "5672 Broby"), ("Øster Lindet", "6630 Rødding"), ("Hvidbjerg", "7790 Thyholm"),
            ("Tved", "5700 Svendborg"), ("Skårup", "5881 Skårup Fyn"), ("Nørre Vissing", "8660 Skanderborg"),
            ("Ejsing", "7830 Vinderup"), ("Lindelse", "5900 Rudkøbing")]
GL_ADDR = [("Aqqusinersuaq", "3900 Nuuk"), ("Qullilerfik", "3900 Nuuk"), ("Kussangajannguaq", "3911 Sisimiut"),
           ("Aqqusinersuaq", "3952 Ilulissat"), ("Paamiuni", "3920 Qaqortoq"), ("Ittuarneq", "3913 Tasiilaq")]
FO_ADDR = [("Niels Finsens gøta", "FO-100 Tórshavn"), ("Vegurin Langi", "FO-520 Leirvík"),
           ("Klaksvíksvegur", "FO-700 Klaksvík"), ("Úti á Bakka", "FO-470 Eiði"), ("Undir Hamri", "FO-188 Hoyvík")]

DK_PHONE_PREFIX = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
                   "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93", "86", "98", "97", "75",
                   "66", "33", "35", "38", "43", "44", "46", "48", "56", "57", "59", "62", "64", "65", "69"]

# --------------------------------------------------------------------------------------
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def rand_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def genitive(s):
    return s + "'" if s[-1].lower() in "sxz" else s + "s"


def translit(s):
    special = {"æ": "ae", "ø": "oe", "å": "aa", "ð": "d", "þ": "th", "ß": "ss", "ł": "l", "ı": "i"}
    out = []
    for ch in s.lower():
        if ch in special:
            out.append(special[ch])
            continue
        d = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in d if not unicodedata.combining(c)))
    return re.sub(r"[^a-z0-9]", "", "".join(out))


class Person:
    def __init__(self, rng, origin, gender, child=False, surname=None):
        self.rng = rng
        self.origin = origin
        self.gender = gender
        pool = ORIGINS[origin]
        key = ("c" if child and ("c" + gender) in pool else "") + gender
        self.first = rng.choice(pool[key])
        if surname is not None:
            self.last = surname
        elif "sur" in pool:
            self.last = rng.choice(pool["sur"])
        else:
            self.last = rng.choice(pool["sur_" + gender])
        self.eastern = pool.get("eastern", False)
        if child:
            self.birth = rand_date(rng, 2007, 2023)
        else:
            self.birth = rand_date(rng, 1966, 2000)
        self.child = child
        self._cpr = None
        self._tel = None
        self._mail = None
        self._adr = None
        self.pro = False
        self.force_home = False

    # --- names ---
    def full(self):
        return f"{self.last} {self.first}" if self.eastern else f"{self.first} {self.last}"

    def initial(self):
        parts = self.first.replace("-", " ").split()
        return "".join(p[0] + "." for p in parts) + " " + self.last

    def name(self, form):
        if form == "f":
            return self.first
        if form == "fs":
            return genitive(self.first)
        if form == "n":
            return self.full()
        if form == "ns":
            return genitive(self.full())
        if form == "l":
            return self.last
        if form == "ls":
            return genitive(self.last)
        if form == "lf":
            return f"{self.last}, {self.first}"
        if form == "LF":
            return f"{self.last.upper()}, {self.first}"
        if form == "i":
            return self.initial()
        if form == "lo":
            return self.first.lower()
        if form == "los":
            return genitive(self.first.lower())
        if form == "lon":
            return self.full().lower()
        if form == "C":
            return self.full().upper()
        raise KeyError(form)

    # --- numbers ---
    def cpr_digits(self):
        if self._cpr is None:
            b = self.birth
            if b.year >= 2000:
                d7 = self.rng.choice("456789")
            else:
                d7 = self.rng.choice("0123")
            mid = f"{self.rng.randint(0, 99):02d}"
            last = self.rng.choice("13579" if self.gender == "m" else "02468")
            self._cpr = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}" + d7 + mid + last
        return self._cpr

    def cpr(self, fmt=None):
        d = self.cpr_digits()
        fmt = fmt or self.rng.choice(["dash"] * 6 + ["plain"] * 3 + ["space"] * 2 + ["pairs", "dots", "dashpairs"])
        if fmt == "dash":
            return d[:6] + "-" + d[6:]
        if fmt == "plain":
            return d
        if fmt == "space":
            return d[:6] + " " + d[6:]
        if fmt == "pairs":
            return " ".join(d[i:i + 2] for i in range(0, 10, 2))
        if fmt == "dots":
            return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:]}"
        if fmt == "dashpairs":
            return f"{d[0:2]} {d[2:4]} {d[4:6]}-{d[6:]}"
        raise KeyError(fmt)

    def tel_digits(self):
        if self._tel is None:
            r = self.rng
            foreign = None
            if self.origin == "gl" and not self.pro and (r.random() < 0.6 or self.force_home):
                foreign = ("+299", "".join(str(r.randint(0, 9)) for _ in range(6)), "gl")
            elif self.origin == "fo" and not self.pro and (r.random() < 0.6 or self.force_home):
                foreign = ("+298", "".join(str(r.randint(0, 9)) for _ in range(6)), "fo")
            elif self.origin in COUNTRY_CODE and not self.child and not self.pro and r.random() < 0.12:
                cc = COUNTRY_CODE[self.origin]
                foreign = (cc, str(r.randint(6, 7)) + "".join(str(r.randint(0, 9)) for _ in range(8)), "x")
            if foreign:
                self._tel = foreign
            else:
                self._tel = ("+45", r.choice(DK_PHONE_PREFIX) + "".join(str(r.randint(0, 9)) for _ in range(6)), "dk")
        return self._tel

    def tel(self, fmt=None):
        cc, d, kind = self.tel_digits()
        r = self.rng
        if kind in ("gl", "fo"):
            f = fmt or r.choice(["cc", "cc", "ccplain", "plain"])
            pairs = " ".join(d[i:i + 2] for i in range(0, 6, 2))
            if f in ("cc", "p45", "paren"):
                return f"{cc} {pairs}"
            if f == "ccplain":
                return f"{cc}{d}"
            if f == "plain":
                return pairs
            return f"{cc} {pairs}"
        if kind == "x":
            f = r.choice(["a", "b", "c"])
            if f == "a":
                return f"{cc} {d[:3]} {d[3:6]} {d[6:]}"
            if f == "b":
                return f"{cc}{d}"
            return "00" + cc[1:] + " " + d[:2] + " " + d[2:5] + " " + d[5:]
        f = fmt or r.choice(["plain"] * 2 + ["pairs"] * 4 + ["44"] * 3 + ["p45"] * 2 +
                            ["p45c", "0045", "paren", "dash", "dot", "p45_44"])
        p = " ".join(d[i:i + 2] for i in range(0, 8, 2))
        if f == "plain":
            return d
        if f == "pairs":
            return p
        if f == "44":
            return d[:4] + " " + d[4:]
        if f == "p45":
            return "+45 " + p
        if f == "p45c":
            return "+45" + d
        if f == "0045":
            return "0045 " + r.choice([d, p])
        if f == "paren":
            return "(+45) " + d[:4] + " " + d[4:]
        if f == "dash":
            return "-".join(d[i:i + 2] for i in range(0, 8, 2))
        if f == "dot":
            return ".".join(d[i:i + 2] for i in range(0, 8, 2))
        if f == "p45_44":
            return "+45 " + d[:4] + " " + d[4:]
        raise KeyError(f)

    def mail(self, domain=None):
        if self._mail is None:
            r = self.rng
            fi = translit(self.first.split()[0])
            la = translit(self.last.split()[-1])
            yy = f"{self.birth.year % 100:02d}"
            if domain:
                local = r.choice([f"{fi}.{la}", f"{fi[0]}{la[:3]}", f"{fi}{la[0]}", f"{fi[:2]}{la[:2]}"])
                self._mail = f"{local}@{domain}"
            else:
                dom = r.choice(["gmail.com", "gmail.com", "hotmail.com", "hotmail.dk", "outlook.dk", "live.dk",
                                "yahoo.dk", "icloud.com", "mail.dk", "jubii.dk", "protonmail.com"])
                local = r.choice([f"{fi}.{la}", f"{fi}{la}{yy}", f"{fi[0]}.{la}", f"{fi}_{la}",
                                  f"{fi}{yy}", f"{la}.{fi}", f"{fi}.{la}{r.randint(1, 99)}",
                                  f"{fi}mor{yy}" if self.gender == "f" else f"{fi}{la[:1]}{yy}"])
                self._mail = f"{local}@{dom}"
        return self._mail

    def address(self, fmt=None):
        r = self.rng
        if self._adr is None:
            kind = "dk"
            x = r.random()
            if self.origin == "gl" and (x < 0.5 or self.force_home):
                kind = "gl"
            elif self.origin == "fo" and (x < 0.5 or self.force_home):
                kind = "fo"
            elif x < 0.08:
                kind = "village"
            if kind == "gl":
                st, town = r.choice(GL_ADDR)
                self._adr = (kind, f"{st} {r.randint(1, 60)}", "", town)
            elif kind == "fo":
                st, town = r.choice(FO_ADDR)
                self._adr = (kind, f"{st} {r.randint(1, 40)}", "", town)
            else:
                num = str(r.randint(1, 140)) + (r.choice("ABC") if r.random() < 0.15 else "")
                floor = ""
                y = r.random()
                if y < 0.45:
                    floor = r.choice(["st. tv.", "st. th.", "1. tv.", "1. th.", "2. tv.", "2. th.", "2. mf.",
                                      "3. tv.", "4. th.", "1. sal", "st.", "3.", "kld.", "2. 14", "1. 3"])
                if kind == "village":
                    vil, town = r.choice(VILLAGES)
                    self._adr = (kind, f"{r.choice(STREETS)} {num}", vil, town)
                else:
                    self._adr = (kind, f"{r.choice(STREETS)} {num}", floor, r.choice(TOWNS))
        kind, street, extra, town = self._adr
        fmt = fmt or r.choice(["comma", "comma", "comma", "tight", "nocomma"])
        if kind == "village":
            if fmt == "block":
                return f"{street}\n{extra}\n{town}"
            if fmt == "street":
                return f"{street}, {extra}"
            return f"{street}, {extra}, {town}"
        if fmt == "street":
            return f"{street}, {extra}" if extra and r.random() < 0.6 else street
        if fmt == "block":
            return f"{street}{', ' + extra if extra else ''}\n{town}"
        if fmt == "tight" and extra:
            return f"{street}, {extra.replace('. ', '.')}, {town}"
        if fmt == "nocomma":
            return f"{street}{' ' + extra if extra else ''} {town}"
        return f"{street}{', ' + extra if extra else ''}, {town}"

    def dob(self, fmt=None):
        b = self.birth
        r = self.rng
        fmt = fmt or r.choice(["dot"] * 4 + ["dash"] * 2 + ["long"] * 3 + ["slash", "slashdash", "iso", "abbr",
                                                                            "short", "dotshort", "longnodot"])
        if fmt == "dot":
            return f"{b.day:02d}.{b.month:02d}.{b.year}"
        if fmt == "dash":
            return f"{b.day:02d}-{b.month:02d}-{b.year}"
        if fmt == "long":
            return f"{b.day}. {MONTHS[b.month - 1]} {b.year}"
        if fmt == "longnodot":
            return f"{b.day} {MONTHS[b.month - 1]} {b.year}"
        if fmt == "slash":
            return f"{b.day:02d}/{b.month:02d}/{b.year}"
        if fmt == "slashdash":
            return f"{b.day}/{b.month}-{b.year}"
        if fmt == "iso":
            return b.isoformat()
        if fmt == "abbr":
            return f"{b.day}. {MON_ABBR[b.month - 1]} {b.year}"
        if fmt == "short":
            return f"{b.day:02d}/{b.month:02d}/{b.year % 100:02d}"
        if fmt == "dotshort":
            return f"{b.day}.{b.month}.{b.year % 100:02d}"
        raise KeyError(fmt)


# Roles: which ones are family (share an origin) and which are professionals
FAMILY_ROLES = {"barn": ("c", None), "barn2": ("c", None), "barn3": ("c", None), "mor": ("a", "f"),
                "far": ("a", "m"), "sted": ("a", "m"), "mm": ("a", "f"), "ff": ("a", "m"),
                "moster": ("a", "f"), "onkel": ("a", "m"), "ven": ("c", None)}
PRO_DOMAIN = {"sb": "fjordby.dk", "sb2": "fjordby.dk", "leder": "fjordby.dk", "fk": "fjordby.dk",
              "laerer": "skolekom.fjordby.dk", "paed": "fjordby.dk", "psyk": "ppr.fjordby.dk",
              "sp": "fjordby.dk", "kp": "fjordby.dk", "laege": "laegerne-kirkepladsen.dk",
              "betj": "politi.dk", "adv": "advokathuset-vest.dk", "bis": None, "pm": None, "pf": None,
              "tolk": "tolkecentret-nord.dk", "sl": "skolekom.fjordby.dk", "ssp": "fjordby.dk",
              "x": None, "y": None, "z": None}


REF_DATE = datetime.date(2025, 6, 1)
AGE_GROUPS = {"default": (2010, 2018), "teen": (2009, 2012), "15": (2009, 2009), "18": (2007, 2007), "baby": (2024, 2024),
              "small": (2019, 2022), "preschool": (2019, 2019)}


def shift_years(rng, d, years):
    y = d.year + years
    return rand_date(rng, y, y)


class Ctx:
    def __init__(self, rng, group="default", region=None):
        self.rng = rng
        self.people = {}
        w = dict(FAMILY_WEIGHTS)
        if region == "nondk":
            w.pop("dk")
        self.forigin = rng.choices(list(w), weights=list(w.values()))[0]
        self.region = region
        if region in ORIGINS:
            self.forigin = region
        self.surname_f = None
        self.sib_offsets = [0]
        self.seq = None
        self.group = group
        y0, y1 = AGE_GROUPS[group]
        self.anchor = rand_date(rng, y0, y1)
        if group == "baby":
            self.anchor = rand_date(rng, 2025, 2025)
            self.anchor = datetime.date(2025, rng.randint(1, 4), rng.randint(1, 28))
        self.seq = self.anchor + datetime.timedelta(days=rng.randint(20, 400))

    def _birth(self, role):
        r = self.rng
        a = self.anchor
        if role == "barn":
            return a
        if role in ("barn2", "barn3"):
            taken = self.sib_offsets
            opts = [o for o in (-6, -5, -4, -3, -2, 2, 3, 4, 5) if all(abs(o - t) >= 2 for t in taken)]
            o = r.choice(opts)
            taken.append(o)
            d = shift_years(r, a, o)
            return min(d, datetime.date(2025, 3, 31))
        if role == "ven":
            return min(shift_years(r, a, r.choice([-1, 0, 0, 1])), datetime.date(2025, 3, 31))
        if role in ("mor", "far", "sted", "moster", "onkel"):
            return shift_years(r, a, -r.randint(21, 40))
        if role in ("mm", "ff"):
            return shift_years(r, a, -r.randint(44, 66))
        if role in ("pm", "pf"):
            return rand_date(r, 1960, 1988)
        return rand_date(r, 1962, 1998)

    def person(self, role):
        if role in self.people:
            return self.people[role]
        r = self.rng
        if role in FAMILY_ROLES:
            age, g = FAMILY_ROLES[role]
            g = g or r.choice("fm")
            origin = self.forigin
            if role in ("mor", "mm", "moster") and r.random() < 0.15:
                origin = r.choices(list(FAMILY_WEIGHTS), weights=list(FAMILY_WEIGHTS.values()))[0]
            if role in ("ven", "sted") and r.random() < 0.6:
                origin = r.choices(list(FAMILY_WEIGHTS), weights=list(FAMILY_WEIGHTS.values()))[0]
            sur = None
            if role in ("barn", "barn2", "barn3", "far", "ff") and origin == self.forigin and "sur" in ORIGINS[origin]:
                if self.surname_f is None:
                    self.surname_f = r.choice(ORIGINS[origin]["sur"])
                sur = self.surname_f
            if role == "mor" and "sur" in ORIGINS[origin] and r.random() < 0.4 and origin == self.forigin:
                if self.surname_f is None:
                    self.surname_f = r.choice(ORIGINS[origin]["sur"])
                sur = self.surname_f
            p = Person(r, origin, g, child=(age == "c"), surname=sur)
        else:
            w = PRO_WEIGHTS
            origin = r.choices(list(w), weights=list(w.values()))[0]
            gender = {"pm": "f", "pf": "m", "y": "f"}.get(role, r.choice("fm"))
            p = Person(r, origin, gender)
            p.pro = True
        for _ in range(20):   # no two people in one paragraph share a first name
            if all(p.first != q.first for q in self.people.values()):
                break
            p.first = r.choice(ORIGINS[p.origin][("c" if p.child and ("c" + p.gender) in ORIGINS[p.origin] else "") + p.gender])
        p.birth = self._birth(role)
        if role in FAMILY_ROLES and self.region in ("gl", "fo") and p.origin == self.region:
            p.force_home = True
        self.people[role] = p
        return p

    def home(self, role):
        """mother and child(ren) share a home; foster father shares the foster mother's."""
        if role in ("barn", "barn2", "barn3"):
            return self.person("mor")
        if role == "pf":
            return self.person("pm")
        return self.person(role)

# --------------------------------------------------------------------------------------
# Unplanted fillers (look-alikes and context). None of these is personal data.
# --------------------------------------------------------------------------------------
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"]
SWITCHBOARD = "72 36 40 00"      # invented; always labelled as the municipality's switchboard
LAWS = ["Barnets lov § 32, stk. 1", "Barnets lov § 20", "Barnets lov § 46", "Barnets lov § 47",
        "Barnets lov § 91", "Barnets lov § 5, stk. 3", "Barnets lov § 6", "Barnets lov § 30",
        "Barnets lov § 137, stk. 2", "serviceloven § 50", "serviceloven § 52, stk. 3, nr. 3",
        "serviceloven § 153", "forvaltningsloven § 19", "forvaltningsloven § 9", "forvaltningsloven § 22",
        "retssikkerhedsloven § 67", "Barnets lov § 18", "Barnets lov § 19", "Barnets lov § 108"]
METHODS = ["Signs of Safety", "ICS", "Marte Meo", "De utrolige år", "Low Arousal", "PMTO", "Theraplay",
           "DUÅ", "familierådslagning", "MST", "Cool Kids", "KRAP", "FFT", "Kognitiv adfærdsterapi"]
SYSTEMS = ["Nexus", "DUBU", "DUBU", "SBSYS", "Momentum", "Acadre"]
MEDS = ["Ritalin", "Concerta", "Elvanse", "melatonin", "Sertralin", "Panodil", "Atomoxetin", "Circadin",
        "Ventoline", "Zoloft", "Strattera", "Intuniv"]
DIAGS = ["ADHD", "autisme", "angst", "OCD", "PTSD", "FASD", "Tourettes", "depression", "ordblindhed",
         "epilepsi", "type 1-diabetes", "atopisk eksem", "spiseforstyrrelse", "tilknytningsforstyrrelse"]
AUTHS = ["Ankestyrelsen", "Familieretshuset", "Socialtilsynet Syd", "Socialtilsynet Hovedstaden", "politiet",
         "Børnehuset", "PPR", "sundhedsplejen", "SSP", "Kriminalforsorgen", "Udbetaling Danmark",
         "Styrelsen for Patientsikkerhed", "Socialstyrelsen", "VISO", "børne- og ungdomspsykiatrien",
         "Familieretten", "Statsforvaltningen (nu Familieretshuset)", "Jobcentret", "Ydelsesservice"]
TOWNS_ONLY = ["Odense", "Aarhus", "Esbjerg", "Vejle", "Næstved", "Hillerød", "Herning", "Viborg", "Hjørring",
              "Tønder", "Nakskov", "Rønne", "Svendborg", "Slagelse", "Silkeborg", "Holstebro", "Sønderborg",
              "Randers", "Roskilde", "Thisted", "Kolding", "Horsens", "Frederikshavn", "Køge", "Nuuk",
              "Tórshavn", "Aalborg", "Skagen", "Ringkøbing", "Haderslev"]
COUNTRIES = ["Syrien", "Tyrkiet", "Polen", "Grønland", "Færøerne", "Sverige", "Tyskland", "Ukraine",
             "Somalia", "Eritrea", "Pakistan", "Thailand", "Filippinerne", "Rumænien", "Bosnien", "Litauen",
             "Island", "Norge", "Spanien", "Irak"]
BRANDS = ["Netto", "Føtex", "Rema 1000", "Lego", "Fortnite", "Minecraft", "TikTok", "Snapchat", "Roblox",
          "iPhone", "PlayStation", "Instagram", "Discord", "MobilePay", "Jysk", "Flying Tiger", "Matas",
          "Lidl", "Bilka", "YouTube", "Nintendo Switch", "Apple Watch", "Spotify", "FIFA"]
PETS = ["hunden Bamse", "katten Mango", "marsvinet Pelle", "hunden Luna", "kaninen Snuden", "katten Simba",
        "undulaten Kiwi", "hunden Rocky", "hesten Stjerne", "hamsteren Nugget"]
HOLIDAYS = ["jul", "påske", "sommerferien", "efterårsferien", "vinterferien", "Eid", "ramadanen",
            "fastelavn", "nytår", "pinse", "Sankthans", "kristi himmelfart", "jule-ferien"]
HELPLINES = ["BørneTelefonen på 116 111", "112", "Lægevagten på 1813", "politiet på 114",
             f"kommunens omstilling på {SWITCHBOARD}", "Giftlinjen på 82 12 12 12", "1813",
             f"borgerservice via hovednummeret {SWITCHBOARD}"]


def event_date(rng, ctx=None):
    if ctx is not None and ctx.group == "baby":
        return ctx.anchor + datetime.timedelta(days=rng.randint(10, 150))
    return rand_date(rng, 2023, 2025)


def fmt_meeting_date(rng, d=None):
    d = d or rand_date(rng, 2023, 2025)
    f = rng.choice(["long", "dot", "short", "wd", "slash", "dotshort"])
    if f == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if f == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if f == "short":
        return f"{d.day}/{d.month}"
    if f == "wd":
        return f"{WEEKDAYS[d.weekday() % 5]} den {d.day}. {MONTHS[d.month - 1]}"
    if f == "slash":
        return f"{d.day}/{d.month}-{d.year % 100:02d}"
    return f"{d.day}.{d.month}.{d.year}"


def case_number(rng):
    f = rng.choice(["date10", "date10", "n8", "n9", "n10", "kle", "dash"])
    if f == "date10":   # starts with a valid date on purpose
        d = rand_date(rng, 2015, 2025)
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{rng.randint(0, 9999):04d}"
    if f == "n8":
        return str(rng.randint(10000000, 99999999))
    if f == "n9":
        return str(rng.randint(100000000, 999999999))
    if f == "n10":
        return str(rng.randint(1000000000, 9999999999))
    if f == "kle":
        return f"27.{rng.choice(['24', '12', '00', '18'])}.{rng.choice(['00', '08', '12'])}-" \
               f"{rng.choice(['A50', 'G01', 'K07', 'P20'])}-{rng.randint(1, 40)}-{rng.randint(22, 25)}"
    return f"{rng.randint(2022, 2025)}-{rng.randint(1000, 99999)}"


def amount(rng):
    v = rng.choice([rng.randint(2, 99) * 50, rng.randint(100, 4000) * 25, rng.randint(1, 60) * 1000])
    s = f"{v:,}".replace(",", ".")
    return rng.choice([f"{s} kr.", f"kr. {s},00", f"{s},- kr.", f"DKK {s}", f"{s} kroner"])


def slot(rng, name, ctx=None):
    r = rng
    if name == "date":
        return fmt_meeting_date(r, event_date(r, ctx))
    if name == "dlong":
        d = event_date(r, ctx)
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if name == "dnum":
        d = event_date(r, ctx)
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if name == "ts":
        d = event_date(r, ctx)
        t = f"{r.randint(7, 16):02d}:{r.choice(['00', '05', '12', '15', '20', '30', '41', '45', '50', '58'])}"
        return r.choice([f"{d.day:02d}.{d.month:02d}.{d.year} kl. {t}", f"{d.isoformat()} {t}",
                         f"{d.day}/{d.month}-{d.year % 100:02d} {t.replace(':', '.')}"])
    if name == "seq":     # increasing dates within one paragraph (timelines)
        ctx.seq = min(ctx.seq + datetime.timedelta(days=rng.randint(60, 420)), datetime.date(2025, 5, 30))
        return f"{ctx.seq.day:02d}.{ctx.seq.month:02d}.{ctx.seq.year}"
    if name == "time":
        return f"kl. {r.randint(8, 15)}.{r.choice(['00', '15', '30', '45'])}"
    if name == "hhmm":
        return f"{r.randint(8, 16):02d}:{r.choice(['00', '10', '15', '30', '35', '45'])}"
    if name == "wd":
        return r.choice(WEEKDAYS)
    if name == "month":
        return r.choice(MONTHS)
    if name == "year":
        return str(r.choice([2023, 2024, 2025]))
    if name == "case":
        return case_number(r)
    if name == "doc":
        return str(r.randint(10000000, 999999999))
    if name == "amount":
        return amount(r)
    if name == "pct":
        return f"{r.randint(5, 95)} %"
    if name == "hours":
        return str(r.choice([2, 3, 4, 5, 6, 8, 10, 12, 15]))
    if name == "weeks":
        return str(r.choice([2, 3, 4, 6, 8, 10, 12]))
    if name == "town":
        return r.choice(TOWNS_ONLY)
    if name == "country":
        return r.choice(COUNTRIES)
    if name == "law":
        return r.choice(LAWS)
    if name == "method":
        return r.choice(METHODS)
    if name == "system":
        return r.choice(SYSTEMS)
    if name == "med":
        return r.choice(MEDS)
    if name == "diag":
        return r.choice(DIAGS)
    if name == "auth":
        return r.choice(AUTHS)
    if name == "brand":
        return r.choice(BRANDS)
    if name == "pet":
        return r.choice(PETS)
    if name == "holiday":
        return r.choice(HOLIDAYS)
    if name == "help":
        return r.choice(HELPLINES)
    if name == "switch":
        return SWITCHBOARD
    if name == "age":
        return str(r.randint(4, 17))
    if name == "sage":
        return str(r.randint(6, 12))
    if name == "tage":
        return str(r.randint(13, 17))
    if name == "klasse":
        return f"{r.randint(0, 9)}.{r.choice('abcdx')}"
    if name == "scale":
        return str(r.randint(1, 9))
    if name == "n":
        return str(r.randint(2, 9))
    if name == "km":
        return str(r.randint(3, 140))
    if name == "lbk":
        return f"LBK nr. {r.choice([282, 1146, 1089, 983, 1548])} af {r.choice([2022, 2023, 2024, 2025])}"
    raise KeyError(name)


# --------------------------------------------------------------------------------------
# Renderer
# --------------------------------------------------------------------------------------
LANGS = {"dk": "dansk", "is": "islandsk", "fi": "finsk", "sa": "nordsamisk", "fo": "færøsk", "gl": "grønlandsk",
         "ro": "rumænsk", "ba": "bosnisk", "ku": "kurdisk", "sy": "arabisk", "pk": "urdu", "th": "thai",
         "ph": "tagalog", "cn": "mandarin", "lt": "litauisk", "er": "tigrinya", "so": "somali", "ua": "ukrainsk",
         "pl": "polsk"}
PRONOUNS = {"pron": ("han", "hun"), "Pron": ("Han", "Hun"), "obj": ("ham", "hende"),
            "poss": ("hans", "hendes"), "Poss": ("Hans", "Hendes"), "kid": ("drengen", "pigen"),
            "Kid": ("Drengen", "Pigen"), "son": ("søn", "datter"), "sons": ("sønnen", "datteren"),
            "dreng": ("dreng", "pige"), "lille": ("lillebror", "lillesøster"),
            "Halv": ("Halvbror", "Halvsøster"), "store": ("storebror", "storesøster")}
CHOICE_RE = re.compile(r"⟦([^⟦⟧]*)⟧")
TOKEN_RE = re.compile(r"\{([^{}]+)\}")


def expand_choices(rng, tpl):
    while True:
        m = CHOICE_RE.search(tpl)
        if not m:
            return tpl
        opt = rng.choice(m.group(1).split("¦"))
        tpl = tpl[:m.start()] + opt + tpl[m.end():]


def resolve(rng, ctx, tok, inst_pick=None):
    """Return (text, kind) for one token; kind None means not planted."""
    if tok.startswith("$"):
        return slot(rng, tok[1:], ctx), None
    if tok.startswith("inst:"):
        parts = tok.split(":")
        return inst_pick(parts[1], len(parts) > 2 and parts[2] == "bare"), "institution"
    if ":" in tok:
        parts = tok.split(":")
        kind, role = parts[0], parts[1]
        fmt = parts[2] if len(parts) > 2 else None
        if kind == "cpr":
            return ctx.person(role).cpr(fmt), "cpr"
        if kind == "tel":
            return ctx.person(role).tel(fmt), "phone"
        if kind == "mail":
            return ctx.person(role).mail(PRO_DOMAIN.get(role)), "email"
        if kind == "adr":
            return ctx.home(role).address(fmt), "address"
        if kind == "dob":
            return ctx.person(role).dob(fmt), "dob"
        raise KeyError(tok)
    role, form = tok.split(".")
    if form == "age":
        b = ctx.person(role).birth
        return str(REF_DATE.year - b.year - ((REF_DATE.month, REF_DATE.day) < (b.month, b.day))), None
    if form in ("lang", "lang2"):
        lang = LANGS[ctx.person(role).origin]
        if form == "lang2":
            return ("dansk" if lang == "dansk" else "dansk og " + lang), None
        return lang, None
    if form in PRONOUNS:
        p = ctx.person(role)
        return PRONOUNS[form][0 if p.gender == "m" else 1], None
    return ctx.person(role).name(form), "name"


def render(rng, tpl, inst_pick=None):
    group = "default"
    region = None
    if tpl.startswith("@"):
        head, tpl = tpl.split("\n", 1)
        for flag in head[1:].split(","):
            if flag in AGE_GROUPS:
                group = flag
            else:
                region = flag
    ctx = Ctx(rng, group, region)
    tpl = expand_choices(rng, tpl)
    out = []
    items = []
    pos = 0
    length = 0
    for m in TOKEN_RE.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        length += len(lit)
        val, kind = resolve(rng, ctx, m.group(1), inst_pick)
        if kind:
            items.append({"kind": kind, "text": val, "start": length, "end": length + len(val)})
        out.append(val)
        length += len(val)
        pos = m.end()
        if kind is None and val.endswith(".") and tpl[pos:pos + 1] == ".":
            pos += 1      # "... 300 kr.." -> "... 300 kr." 
    out.append(tpl[pos:])
    text = "".join(out)
    for it in items:
        assert text[it["start"]:it["end"]] == it["text"], (it, text)
    return text, items

# --------------------------------------------------------------------------------------
# PLANTED templates, written by hand. Each is used a few times with fresh people/numbers.
# --------------------------------------------------------------------------------------
PLANTED = [
# ---- journalnotater with timestamps ----
"""{$ts} – Telefonnotat
Opringning fra {mor.n} (mor), tlf. {tel:mor}, vedr. {barn.f} ({dob:barn}). Mor oplyser, at {barn.f} ikke har været i skole siden {$wd}, og at {barn.pron} om morgenen låser sig inde på badeværelset. Mor er træt og siger: »Jeg kan ikke mere, jeg har prøvet alt.« Aftalt at undertegnede kontakter skolen og vender tilbage inden fredag. Mor gjort opmærksom på {$help}, hvis situationen spidser til i aften. Sagsnr. {$case}.
/{sb.n}, rådgiver""",

"""{$ts}
Notat: Hjemmebesøg hos familien på {adr:mor}. Til stede: mor {mor.n}, stedfar {sted.n} og børnene {barn.f} og {barn2.f}. {barn2.Pron} viste mig sit værelse og {$pet}. Lejligheden fremstod ryddelig, men køleskabet var næsten tomt. {sted.f} fortalte, at han er startet i virksomhedspraktik via Jobcentret. Vi talte om, hvordan {barn.f} kan komme i gang med fritidsaktivitet igen efter {$holiday}. Næste besøg: {$date} {$time}.""",

"""{$ts} Journalnotat – samtale med far
{far.n} møder op i borgerservice uden aftale og ønsker at tale med sagsbehandler. Far oplyser ny adresse: {adr:far}, og nyt nummer: {tel:far}. Han ønsker samvær med {barn.f} hver anden weekend og mener, at mor »blokerer for alt«. Far vejledt om, at samværsspørgsmål hører under Familieretshuset og ikke under {$law}. Far spurgte til aktindsigt; vejledt om forvaltningsloven § 9. Far bedt om at sende sin e-mail, så vi kan skrive til ham: {mail:far}.""",

"""{$ts}
Modtaget opringning fra skolens AKT-lærer {laerer.n} ang. {barn.n}, {cpr:barn}. {barn.f} har i dag i frikvarteret sagt til en klassekammerat, at »far slår, når han har drukket«. Læreren har ikke selv talt med {barn.f} om det. Aftalt at skolen sender skriftlig underretning i dag. Vurdering inden for 24 timer: sagen drøftes med faglig koordinator {fk.n} kl. 14. Forældremyndighed: mor {mor.n} og far {far.n} i fællesskab.""",

"""{$ts} – Sms-korrespondance overført til journal
Mor ({tel:mor}) har skrevet, at {barn.f} er blevet hentet af mormor {mm.n} og overnatter hos hende på {adr:mm:street} indtil på søndag. Mor skriver, at hun har det dårligt og har ringet til {$help}. Undertegnede har ringet til mormor på {tel:mm}, som bekræfter, at {barn.f} er hos hende og har spist og sover. Aftalt opfølgende opkald i morgen formiddag.""",

"""@baby
{$dnum}, kl. {$hhmm}
Kontakt fra sundhedsplejerske {sp.n} vedr. spædbarnet {barn.f}, født {dob:barn:long}. Ved besøget i dag lå barnet i en våd ble, og mor {mor.f} virkede påvirket. Sundhedsplejersken har sendt underretning via Sikker Post. Mors nummer er {tel:mor}. Morens egen mor, {mm.n}, bor i nærheden og er tidligere nævnt som ressource. Sagen screenes i dag efter Barnets lov § 18.""",

"""{$ts}   Journal
Ankommet kl. 09.10 til {adr:far:street}, hvor {barn.n} bor med far. {barn.f} åbnede selv døren og sagde, at far sov. Far, {far.f}, kom ud efter et par minutter. Han forklarede, at han havde arbejdet nat. Huset var koldt; far sagde, at der var problemer med fjernvarmen. {barn.f} skal i skole kl. 10 i dag. Far har givet samtykke til, at vi taler med klasselæreren, {laerer.n}. Fars mobil: {tel:far}.""",

"""{$ts} Notat – kvittering sendt
Underretning modtaget fra {$auth} om {barn.n} ({cpr:barn}), bosat hos mor på {adr:mor}. Kvittering sendt til underretter inden for 6 hverdage. Underretningen handler om gentagen udeblivelse fra tandplejen og manglende vaccinationer. Mor {mor.n} er ikke tidligere kendt i afdelingen. Screening påbegyndt; der indhentes oplysninger fra sundhedsplejen og fra egen læge, {laege.n}.""",

"""{$dnum} {$hhmm}
Mail fra psykolog {psyk.n} ({mail:psyk}) med foreløbig vurdering af {barn.f}. Psykologen beskriver tegn på {$diag} og anbefaler udredning i børne- og ungdomspsykiatrien. Far {far.n} har givet samtykke pr. telefon ({tel:far}); mor {mor.n} ønsker betænkningstid. Sendt til orientering til sagsbehandler {sb2.n}, som overtager sagen fra 1. {$month}. Psykologens fulde rapport (dok.nr. {$doc}) er lagt i {$system} under fanen »Sagsakter«, men er endnu ikke journaliseret. Husk at sende kopi til skolen, når begge forældre har givet samtykke.""",

# ---- telefonnotater, quick notes with typos ----
"""tlf notat {$dnum}
ringede til mor {mor.f} på {tel:mor:plain} - ingen svar, lagt besked. prøvede far {far.f} {tel:far} tog den efter 2 ring. far siger at {barn.lo} er hos en ven, {ven.n}, og kommer hjem til aften. far lovede at {barn.f} ringer til mig i morgen efter skole. husk: tjek om der er kommet ny adr. på mor i CPR, hun sagde noget om {adr:mor:street}?? /{sb.i}""",

"""Hurtig note ({$date})
– ingen kontakt til familien i dag
– {barn2.f} ({barn2.lille} til {barn.f}) var syg, mor ringede fra {tel:mor} kl 8.20
– mormors nr. hvis mor ikke svarer: {tel:mm}
– husk at {barn.fs} cpr er {cpr:barn} IKKE det der står på forsiden af underretningen, det er en tastefejl fra skolen
– næste møde flyttes til efter {$holiday}
– PPR har stadig ikke svaret på henvisningen, ring igen mandag
– bevilling af aflastning ({$amount} pr. døgn) skal godkendes af leder""",

"""Note til mig selv: {barn.n} f. {dob:barn:dot}, mor {mor.n} – ny mail {mail:mor}, den gamle virker ikke mere. Ringes helst efter kl 15 på {tel:mor}. Far i {$country}, ingen kontakt siden sommer. Mor har bedt om at møderne holdes uden tolk, hun vil gerne selv. Spørg {fk.f} om det er ok ift. partshøringen. Og så skal vi have sendt {barn.fs} cpr ({cpr:barn}) til tandplejen, de har skrevet to gange nu.""",

"""Tlf.notat
Dato: {$dnum}
Fra: {pm.n} (plejemor)
Tlf: {tel:pm}
Emne: Samvær
{pm.f} ringer fordi {barn.f} har haft mareridt efter sidste samvær med mor. {barn.Pron} har tisset i sengen to nætter. Plejemor spørger om samværet kan flyttes til weekenden, så {barn.f} ikke skal i skole dagen efter. Sagsbehandler vurderer at forslaget drøftes med mor {mor.n} før næste samvær. Plejefar {pf.f} kan køre {barn.f}.""",

"""mor ringet igen idag 3. gang denne uge. meget vred over at {barn.f} ikke må komme hjem i {$holiday}. siger at hun vil klage til ankestyrelsen og kontakte sin advokat {adv.n}. advokatens nr. som mor opgav: {tel:adv}. jeg har forklaret at det er besluttet på mødet i børne- og ungeudvalget. mors nye nr er {tel:mor} (det gamle er lukket) - rettet i DUBU.""",

# ---- e-mails with greetings and signatures ----
"""@teen
Hej {sb.f},

Tak for sidst. Jeg skriver lige angående {barn.fs} praktik i uge 12. Han/hun (jeg ved ikke hvad {barn.f} selv foretrækker at blive kaldt nu) har fået plads hos en tømrer i {$town}. Praktikstedet vil gerne have et telefonnummer på en voksen, og mor har sagt, at det må være hendes: {tel:mor}.

Kan du også bekræfte, at {barn.fs} adresse stadig er {adr:mor}? Den står anderledes i Aula.

Venlig hilsen
{laerer.n}
UU-vejleder
{mail:laerer}

Sendt fra min iPhone""",

"""Kære {mor.f}

Tak for din besked i går. Jeg har nu talt med {barn.fs} kontaktpædagog, {paed.n}, og vi foreslår et møde {$date} {$time} på rådhuset. Du er velkommen til at tage en bisidder med. Hvis tidspunktet ikke passer, kan du ringe til mig på {tel:sb:44} eller skrive til {mail:sb}.

Med venlig hilsen

{sb.n}
Socialrådgiver | Myndighed Børn og Unge
Direkte: {tel:sb:pairs}
Hovednummer: {$switch}""",

"""Fra: {mail:mor}
Sendt: {$ts}
Til: {mail:sb}
Emne: SV: møde om {barn.f}

hej

jeg kan ikke komme på torsdag fordi jeg skal til lægen med {barn2.f}. kan vi ikke tage det over telefonen i stedet? jeg er på {tel:mor} hele dagen. og så vil jeg gerne have at {far.n} IKKE får min nye adresse, han skal ikke vide at vi bor på {adr:mor:street} nu.

mvh {mor.f}

Sendt fra min Samsung Galaxy-smartphone""",

"""Hej {sb.f}

Jeg sender hermed kopi af lægeerklæringen vedr. {barn.n} ({cpr:barn}), som du bad om. Erklæringen er udarbejdet af {laege.n} i forbindelse med konsultationen {$date}. Bemærk at lægen også nævner {barn2.lille} {barn2.f}, der er født {dob:barn2}. Lægen anbefaler, at begge børn ses igen om tre måneder, og at sundhedsplejen inddrages. Erklæringen er betalt af kommunen (faktura nr. {$doc}, {$amount}).

Mvh.
{x.n}
Sekretær, Lægerne ved Kirkepladsen
Tlf. {tel:x}""",

"""Hej alle

Kort opsamling fra i dag, så vi har det samme billede:
- {barn.f} starter i dagbehandling fra 1. {$month}.
- Kørsel: taxa bestilt af kommunen; chaufføren ringer til far på {tel:far} ved forsinkelse.
- Ved sygdom ringer mor ({tel:mor}) til afdelingen inden kl. 8.
- Næste opfølgning: {$date}.

Sig endelig til hvis jeg har misforstået noget.

Bedste hilsner
{sb.n}

{sb.n} | Rådgiver
{mail:sb} | {tel:sb}""",

"""Kære {sb2.f}

Som aftalt får du her kontaktoplysninger til netværket omkring {barn.n}:

Moster: {moster.n}, {tel:moster}, {mail:moster}
Morfar: {ff.n}, {tel:ff}
Nabo og tidligere dagplejer: {y.n}, {adr:y}

Alle tre har sagt ja til at deltage i familierådslagningen. Moster kan ikke før efter kl. 16, og morfar vil gerne have, at mødet holdes i {$town}, hvor han bor. Mor har selv foreslået dem, og far har ingen indvendinger.

Hilsen {sb.f}
Sendt fra Outlook til Android""",

"""Emne: Henvendelse fra forælder – {barn.n}

Hej

Jeg er mor til {barn.f} (født {dob:barn}) og vil gerne vide, hvem der er sagsbehandler på min {barn.son}s sag nu, da {sb.n} er stoppet. Jeg har ikke fået svar på mine sidste to mails. Jeg kan træffes på {tel:mor} efter kl. 14 eller på denne mail.

Venlig hilsen
{mor.n}
{adr:mor}""",

"""@teen
Hej {betj.f},

Tak for din ringning i morges. Jeg bekræfter hermed, at vi har modtaget politiets underretning om episoden natten til {$wd}, hvor {barn.n}, {cpr:barn}, blev fundet beruset ved banegården sammen med {ven.n}. Begge er under 18. {barn.fs} far, {far.n}, hentede {barn.obj} på stationen kl. 02.30.

Vi indkalder familien til samtale i næste uge.

Venlig hilsen
{sb.n}
Myndighed Børn og Unge
Tlf. {tel:sb}""",

"""@nondk
Hej {tolk.f}

Bekræfter hermed tolkebestilling ({far.lang}) til samtale med familien {far.l} {$date} {$time}. Mødet foregår på adressen {adr:far}, da mor {mor.f} ikke kan forlade hjemmet med den lille. Du kan ringe til mig på {tel:sb} hvis du farer vild. Familiens eget nummer må ikke bruges til at aftale tolkning direkte. Samtalen forventes at vare to timer og handler om den børnefaglige undersøgelse af {barn.f} ({dob:barn}). Der er parkering lige ved opgangen.

Hilsen
{sb.n}""",

# ---- SMS / Aula / message threads ----
"""[Aula – besked]
Fra: {laerer.n} (Lærer)
Til: {mor.n}, {far.n}
Hej begge to. {barn.f} var meget ked af det i dag og fortalte, at {barn.pron} ikke havde fået morgenmad. Vi gav {barn.obj} en bolle. Kan en af jer ringe til mig i dag? Mit nummer er {tel:laerer}.
—
Fra: {far.n}
Det er ikke hos mig {barn.f} bor i denne uge. Ring til {mor.f}.""",

"""sms-tråd (kopieret fra tjenestetelefon)
19:02 {mor.lo}: hej er det dig der er {barn.los} sagsbehandler
19:04 Mig: Ja, det er {sb.f}. Hvad kan jeg hjælpe med?
19:05 {mor.lo}: {barn.lo} vil ikke hjem fra sin far. kan du ringe til ham {tel:far:plain}
19:11 Mig: Jeg ringer til ham nu og vender tilbage.
19:26 {mor.lo}: tak. hvis jeg ikke svarer så ring til min søster {moster.f} {tel:moster}""",

"""Beskedtråd, Nexus
{paed.n} ({$dnum} {$hhmm}): {barn.f} blev hentet af en mand, som sagde han var onkel. Han hed {onkel.n} og viste kørekort. Han stod ikke på afhentningslisten. Vi ringede til mor på {tel:mor} og fik lov.
{sb.n} (lidt senere): Tak. Onkel er ikke godkendt af os. Jeg ringer til mor. Kan I sende kopi af afhentningslisten?
{paed.f} (næste morgen): Sender den i dag.""",

"""@teen
SMS fra {barn.lo} til kontaktperson, gengivet med {barn.fs} tilladelse:
»hej {kp.lo} kan du hente mig ved stationen kl 7 min mor svarer ik og jeg har ik flere penge på rejsekortet. jeg er ved {$brand} ved siden af«
Kontaktperson {kp.n} ringede straks til {barn.f} på {tel:barn} og hentede {barn.obj}. Mor {mor.n} blev orienteret kl. 19.40 på {tel:mor}.""",

"""Gruppe-sms »Netværket om {barn.f}«:
{mm.f}: Jeg kan have {barn.f} fra fredag til søndag
{onkel.f}: Jeg kører {barn.obj} til fodbold lørdag. Ring på {tel:onkel} hvis der er noget
{mor.f}: tusind tak til jer begge ❤️
{sb.f} (rådgiver): Dejligt. Husk sikkerhedsplanen: hvis mor ikke svarer på {tel:mor} inden kl. 20, ringer {mm.f} til mig eller til {$help}.
{mm.f}: Det gør jeg. Og {barn.f} har fået sin gamle telefon igen, nummeret er det samme.""",

"""WhatsApp (oversat af tolk):
{far.f}: I want to know where my child is. I have not seen my child for 3 weeks.
Rådgiver: Hej {far.f}. {barn.n} er i sikkerhed. Vi holder møde om samvær {$date}. Du kan ringe til mig på {tel:sb}.
{far.f}: My number abroad is {tel:far}, please call me there. I am back in Denmark next week.
Rådgiver: Tak. Jeg ringer til dig i morgen kl. 10 dansk tid. Der vil være en tolk med i telefonen.""",

"""Aula-besked fra {paed.n} (pædagog, SFO) til rådgiver:
Hej. Som lovet får du tlf.nr. på de voksne der henter {barn.f}: mor {mor.n} {tel:mor}, mormor {mm.n} {tel:mm}. Der er også en nabo, {y.n}, som har hentet 2 gange, men hun står ikke på listen. {barn.f} siger at naboen bor »lige ved siden af« på {adr:y:street}. Hilsen {paed.f}""",

# ---- referater: netværksmøder og børnesamtaler ----
"""Referat af netværksmøde {$date}
Deltagere: mor {mor.n}, far {far.n}, farmor {mm.n}, kontaktlærer {laerer.n}, sundhedsplejerske {sp.n}, rådgiver {sb.n} (referent).
1. Hvad er vi bekymrede for? {barn.fs} fravær er 31 % i dette skoleår. Far fortæller, at {barn.f} har ondt i maven hver søndag aften.
2. Hvad virker godt? {barn.f} trives hos farmor og i spejderne.
3. Hvad skal der ske? Farmor henter {barn.f} tirsdag og torsdag. Skaleringsspørgsmål: mor {$scale}, far {$scale}, skolen {$scale}.""",

"""Referat – børnesamtale
Barn: {barn.n}, {cpr:barn}
Sted: skolens grupperum, {$date}
Til stede: {barn.f}, rådgiver {sb.n}, og {barn.fs} støttepædagog {paed.n} (efter ønske fra {barn.f}).
Vi tegnede de tre huse. I huset med bekymringer tegnede {barn.f} mor, der græder. I huset med de gode ting: {$pet} og vennen {ven.f}. I drømmehuset bor {barn.f} sammen med mor og {barn2.f}, og »ingen råber«. {barn.f} vil gerne have, at vi fortæller mor om tegningerne.""",

"""Børnesamtale {$dnum}
{barn.f} ({barn.age} år) fortalte:
»Jeg kan godt lide at være hos {pm.f} og {pf.f}. De har en trampolin. Men jeg savner min mor. Hun hedder {mor.f}.«
Da jeg spurgte, hvad {barn.f} ønsker sig, svarede {barn.pron}: »At mor bliver rask og at vi kan bo på {adr:mor:street} igen.«
{barn.f} ville ikke tale om far. Samtalen varede 25 minutter. Referatet er læst op for {barn.f}, som godkendte det.
Samtalen blev holdt af {sb.n}.""",

"""@teen
Referat af opfølgningsmøde på opholdsstedet {$date}
Til stede: {barn.n}, kontaktpædagog {paed.n}, forstander {leder.n}, mor {mor.n} (deltog over telefon fra {tel:mor}), sagsbehandler {sb.n}.
{barn.f} fortalte selv om skolen: »Det går fint i dansk, men matematik er lort.« {paed.f} bekræftede, at {barn.f} har haft to gode måneder uden episoder. Mor spurgte, om {barn.f} kan komme hjem på weekend i {$holiday}. Aftalt at det drøftes med {fk.n}, da det kræver en ændring af barnets plan.""",

"""Netværksmøde, Signs of Safety
Bekymringsudsagn: Myndighed er bekymret for, at {barn.f} og {barn2.f} igen vil opleve vold mellem de voksne, hvis mor {mor.f} og {sted.n} fortsætter med at drikke i weekenderne.
Sikkerhedsmål: Kommunen vil se, at {barn.f} og {barn2.f} altid har en ædru voksen, og at morfar {ff.n} ({tel:ff}) kan ringes op når som helst.
Netværk der har sagt ja: morfar, nabo {y.n}, fodboldtræner {z.n}.
Skala i dag: {$scale}/10.""",

"""Referat af samtale med {barn.n} ({dob:barn}) efter underretning, jf. Barnets lov § 137
Samtalen blev holdt på skolen uden forældrenes viden, da der er mistanke om vold. Til stede: {barn.f}, rådgiver {sb.n} og skolens socialrådgiver {x.n}.
{barn.f} sagde: »Far har et bæltespænde. Han siger det er min skyld.« {barn.f} viste mærker på armen. {barn.f} ville ikke hjem. Kl. 14.10 kontaktede vi politiet og Børnehuset. {barn.f} overnatter i aften hos moster {moster.n}, {adr:moster}.""",

"""@teen
Referat af møde med ungen {barn.n}, {barn.age} år
{barn.f} kom selv til mødet. {barn.Pron} har mistet sin telefon og har nu nyt nummer: {tel:barn}. {barn.f} fortalte, at {barn.pron} har fået en kæreste, {ven.n}, og gerne vil bo hos kærestens familie i en periode. Kærestens mor, {y.n}, har ringet til os fra {tel:y}. Vi aftalte, at vi undersøger, om det kan være et netværkssted, og at {barn.f} selv fortæller sin far om det.""",

# ---- letters with address blocks ----
"""{mor.n}
{adr:mor:block}

Partshøring – forslag om støttende indsats til {barn.n}, CPR-nr. {cpr:barn}

Kære {mor.f}

Vi har modtaget den børnefaglige undersøgelse og påtænker at træffe afgørelse om familiebehandling efter Barnets lov § 32, stk. 1. Før vi træffer afgørelse, har du ret til at komme med dine bemærkninger, jf. forvaltningsloven § 19. Du bedes sende dem senest {$date}. Har du spørgsmål, kan du ringe til mig på {tel:sb}.

Med venlig hilsen
{sb.n}""",

"""Fjordby Kommune · Myndighed Børn og Unge · Rådhustorvet 1
(sendes via Digital Post)

Til: {far.n}
{adr:far:block}

Afgørelse om anbringelse uden for hjemmet med samtykke (Barnets lov § 46)

Kommunen har den {$dlong} truffet afgørelse om, at din {barn.son} {barn.n}, født {dob:barn:long}, anbringes i plejefamilie hos {pm.n} og {pf.n}. Anbringelsen sker med samtykke fra både dig og {mor.n}. Du kan klage over afgørelsen inden 4 uger, jf. retssikkerhedsloven § 67.
Sagsnr.: {$case}""",

"""Indkaldelse til møde

{mor.n} og {sted.n}
{adr:mor:block}

Kære begge

I indkaldes hermed til møde om {barn.fs} trivsel {$date} {$time} på Rådhuset, mødelokale 2.14. Mødet handler om den børnefaglige undersøgelse, som blev igangsat {$dlong}. Til mødet deltager desuden psykolog {psyk.n} fra PPR.

Er I forhindret, bedes I kontakte mig på {tel:sb} eller {mail:sb}.

Venlig hilsen
{sb.n}
Rådgiver""",

"""Svar på anmodning om aktindsigt

{far.n}
c/o {onkel.n}
{adr:onkel:block}

Du har den {$dlong} bedt om aktindsigt i sagen om din {barn.son}, {barn.n}, {cpr:barn:dash}. Du får aktindsigt i sagens dokumenter med undtagelse af oplysninger om {mor.fs} nye adresse og telefonnummer, jf. forvaltningsloven § 15 b. Vedlagt er 37 dokumenter. Spørgsmål kan rettes til undertegnede på {tel:sb}.
Venlig hilsen
{sb.n}, socialrådgiver""",

"""KVITTERING FOR MODTAGET UNDERRETNING

Til: {laerer.n}, {mail:laerer}
Vedr.: {barn.n}, født {dob:barn}

Kommunen bekræfter hermed at have modtaget din underretning af {$date}. Kommunen har vurderet underretningen inden for 24 timer. Du har som fagperson ret til at få at vide, om kommunen har iværksat en undersøgelse eller en indsats, jf. reglerne i Barnets lov. Du vil høre fra os igen inden for 3 måneder.
Med venlig hilsen
{sb.n}
Myndighed Børn og Unge, direkte tlf. {tel:sb}""",

"""{pm.n} og {pf.n}
{adr:pm:block}

Orientering om samvær i {$holiday}

Kære {pm.f} og {pf.f}
Som drøftet pr. telefon bekræfter vi hermed, at {barn.f} har samvær med sin mor, {mor.n}, {$wd} fra kl. 10 til kl. 16. Samværet er overvåget og foregår i familiehuset. Mor henter ikke selv {barn.f}; kørsel sker ved kontaktperson {kp.n}, som kan kontaktes på {tel:kp}.
Med venlig hilsen
{sb.n}""",

"""@15
Partshøring – ung over 15 år

{barn.n}
{adr:barn:block}

Kære {barn.f}

Du er nu fyldt 15 og har derfor selv ret til at udtale dig om den afgørelse, vi overvejer. Vi påtænker at bevilge dig en fast kontaktperson, {kp.n}, i 6 timer om ugen. Vi vil gerne høre, hvad du synes. Du kan skrive til mig på {mail:sb} eller sende en sms til {tel:sb:plain}. Svarfrist {$date}.

Hilsen {sb.f}
Din rådgiver""",

"""Til Familieretshuset
Vedr. {barn.n} ({cpr:barn:plain})

Fjordby Kommune fremsender hermed på anmodning kommunens oplysninger i sagen om forældremyndighed og bopæl. Forældre: {mor.n}, {adr:mor}, og {far.n}, {adr:far}. Kommunen har haft en åben sag på {barn.f} siden {$year}. Kommunens kontaktperson er {sb.n}, {mail:sb}. Kommunen har ikke kendskab til vold i familien, men har i {$year} modtaget to underretninger om {barn.fs} skolefravær. Den børnefaglige undersøgelse vedlægges som bilag 1.
Med venlig hilsen
Myndighed Børn og Unge""",

# ---- form fields ----
"""UNDERRETNING – SKEMA
Barnets navn: {barn.C}
CPR-nr.: {cpr:barn}
Adresse: {adr:barn}
Mor: {mor.C}   Tlf.: {tel:mor}
Far: {far.C}   Tlf.: {tel:far}
Underretter: {laerer.n}, lærer
Skole: 4. klasse
Beskrivelse: Barnet kommer dagligt uden madpakke og med det samme tøj. Barnet sov i timen i dag og sagde, at der var fest hjemme i nat. Forældrene er orienteret om underretningen: Nej
Dato: {$dnum}""",

"""Navn: {barn.lf}
Fødselsdato: {dob:barn}
Adresse: {adr:barn}
Forældremyndighed: mor ({mor.n})
Skole/dagtilbud: 5. klasse
Sprog i hjemmet: {mor.lang2}
Tolkebehov: nej
Kontaktperson i familien: {mm.n}, mormor, tlf. {tel:mm}
Diagnoser: {$diag}, udredt {$year}
Medicin: {$med}
Bemærkninger: Barnet har tidligere haft støtte efter serviceloven § 52, stk. 3, og fik sidste år bevilget aflastning en weekend om måneden. Mor ønsker, at aflastningen fortsætter. Far har ikke haft kontakt i to år og skal ikke orienteres.""",

"""Ansøgning om kontaktperson
Ansøger: {mor.n}
E-mail: {mail:mor}
Telefon: {tel:mor}
Barnet ansøgningen vedrører: {barn.n}, f. {dob:barn:dot}
Begrundelse (med mors egne ord): »{barn.f} har ingen venner og sidder på værelset hele dagen med {$brand}. {barn.Pron} har brug for en voksen der ikke er mig.«
Bilag: udtalelse fra skolen og fra PPR
Dato: {$dnum}
Underskrift: {mor.n}
(Modtaget i {$system}, journaliseret på sagsnr. {$case}.)""",

"""STAMOPLYSNINGER
Navn ......... {barn.LF}
Cpr .......... {cpr:barn}
Bopæl ........ {adr:barn}
Mor .......... {mor.n}, {tel:mor}
Far .......... {far.n} (bor i {$country})
Søskende ..... {barn2.f} ({dob:barn2}), {barn3.f} ({dob:barn3})
Sagsbehandler  {sb.n}
Sagsnr. ...... {$case}
Indsats ...... Familiebehandling, Barnets lov § 32, stk. 1, nr. 3, {$hours} timer pr. uge
Bemærkning ... Far ønsker ikke at blive kontaktet via e-Boks; breve sendes med almindelig post. Mor har fået ny sagsbehandler pr. 1. {$month}.""",

"""Samtykkeerklæring

Jeg, {far.n}, CPR {cpr:far}, giver hermed samtykke til, at Fjordby Kommune må indhente oplysninger om min {barn.son} {barn.n} fra skolen, egen læge og PPR.
Samtykket gælder i 12 måneder og kan altid trækkes tilbage.
Dato: {$dnum}
Underskrift: {far.n}
Telefon: {tel:far}

Vejledning: Samtykket omfatter ikke oplysninger fra politiet eller fra børne- og ungdomspsykiatrien. Ønsker du at trække samtykket tilbage, kan du skrive til kommunen via Digital Post.""",

"""Tilmelding til forældrekursus ({$method})
Fornavn: {mor.f}
Efternavn: {mor.l}
Adresse: {adr:mor}
Mobil: {tel:mor}
Mail: {mail:mor}
Barnets navn og alder: {barn.f}, {barn.age} år
Henvist af: {sb.n}
Barnets CPR-nr.: {cpr:barn}
Særlige hensyn: Mor ønsker hold om eftermiddagen pga. arbejde. Kurset varer 14 gange à 2½ time og foregår i familiehuset. Der er børnepasning under kurset, og der kan bestilles tolk.""",

# ---- Markdown tables and lists ----
"""| Rolle | Navn | Telefon |
|---|---|---|
| Barn | {barn.n} | – |
| Mor | {mor.n} | {tel:mor} |
| Far | {far.n} | {tel:far} |
| Mormor | {mm.n} | {tel:mm} |
| Kontaktlærer | {laerer.n} | {tel:laerer} |

Note: Alle ovenstående har givet samtykke til at deltage i netværksmødet {$date}. Mor ønsker, at far ikke får hendes nye adresse.""",

"""## Netværkskort – {barn.f}

- **Mor:** {mor.n}, {adr:mor}
- **Far:** {far.n}, {adr:far}
- **{barn2.Halv}:** {barn2.n} ({dob:barn2})
- **Farmor:** {mm.n} – »den der altid er der« ifølge {barn.f}
- **Træner:** {z.n} (håndbold)
- **Ven:** {ven.f}

- **CPR:** {cpr:barn}

Kilde: samtale med {barn.f} {$date}. {barn.f} satte selv kryds ved de voksne, {barn.pron} vil have med til netværksmødet, og strøg far ud igen.""",

"""### Tidslinje
| Dato | Hændelse |
|---|---|
| {dob:barn:dot} | {barn.f} født |
| {$seq} | Første underretning (fra sundhedsplejerske {sp.n}) |
| {$seq} | Mor {mor.n} flytter til {adr:mor:street} |
| {$seq} | Far {far.n} dømt for vold; forbud mod kontakt |
| {$seq} | {barn.f} starter i specialklasse |
| {$seq} | Børnefaglig undersøgelse afsluttet |""",

"""**Kontaktliste, akut**
1. Plejemor {pm.n}: {tel:pm}
2. Plejefar {pf.n}: {tel:pf}
3. Vagttelefon, familieplejen: {tel:kp}
4. Rådgiver {sb.n}: {tel:sb} / {mail:sb}
5. Ved akut fare: 112

{barn.f} kender selv punkt 1 og 2 udenad. Listen hænger på køleskabet hos plejefamilien på {adr:pm:street}. {barn.f} (f. {dob:barn}) har {$diag} og tager {$med} morgen og aften; ved tvivl om medicin ring Lægevagten på 1813.""",

"""| Deltager | Rolle | E-mail |
|---|---|---|
| {sb.n} | Rådgiver | {mail:sb} |
| {psyk.n} | PPR-psykolog | {mail:psyk} |
| {laerer.n} | Klasselærer | {mail:laerer} |
| {mor.n} | Mor | {mail:mor} |

Mødeindkaldelse sendt via {$system}. Far er ikke inviteret, da han ikke har del i forældremyndigheden. Mødet vedrører {barn.n}, født {dob:barn}, og varer halvanden time. Dagsorden: status på skolegang, drøftelse af PPR's vurdering og aftale om næste skridt.""",

# ---- underretninger ----
"""Underretning fra skole
Jeg skriver som klasselærer for {barn.n} i 3. klasse. {barn.f} har de sidste tre uger haft blå mærker på overarmene, og i dag sagde {barn.pron}: »Mor bliver så sur når {barn2.f} græder.« Jeg har ikke talt med forældrene, da jeg er bekymret for, hvad det vil betyde for {barn.f}. Mor hedder {mor.n} og kan fanges på {tel:mor}. Jeg kan selv kontaktes på {tel:laerer} eller {mail:laerer}.
{laerer.n}""",

"""UNDERRETNING FRA EGEN LÆGE
Patient: {barn.n}, {cpr:barn}
Forældre: {mor.n} / {far.n}
Ved konsultation i dag fremstår barnet undervægtigt (vægtkurve faldet fra 50 til 10 percentilen på et år). Mor oplyser, at {barn.f} »ikke gider spise«. Der er udeblivelse fra tre planlagte kontroller. Jeg vurderer, at barnets sundhed er i fare, og underretter derfor.
{laege.n}, speciallæge i almen medicin
Tlf. (direkte) {tel:laege}""",

"""Underretning fra Politi
Journalnr. {$case}
Natten til {$wd} rykkede patruljen ud til {adr:mor} efter anmeldelse om husspektakler. I lejligheden befandt sig {mor.n}, født {dob:mor}, og hendes kæreste {sted.n}. I børneværelset var {barn.f} ({barn.age} år) vågen og meget bange. Sted-far blev anholdt. Mor blev tilbudt ophold på krisecenter men afslog. Der er tidligere registreret to lignende episoder på adressen. Betjent {betj.i}, {mail:betj}.""",

"""Underretning (anonym borger, modtaget telefonisk)
Anmelder, som ikke ønsker at oplyse sit navn, fortæller, at en {barn.dreng} på ca. {barn.age} år ofte sidder alene på trappen på {adr:mor:street} om aftenen. Barnet hedder efter anmelders oplysning {barn.f}, og moren hedder vist {mor.f}. Anmelder har hørt råb gennem væggen. Ifølge CPR bor {barn.n}, født {dob:barn}, på adressen sammen med mor, {mor.n}.""",

"""@small
Underretning fra børnehave
Vedr.: {barn.n} ({dob:barn})
{barn.f} fortalte i dag ved frokost, at far havde »kastet med en stol«, og at {barn2.lille} {barn2.f} græd. Vi har observeret, at {barn.f} bliver meget urolig, når far {far.f} henter. Mor, {mor.n}, har tidligere fortalt personalet, at hun er ved at flytte fra far. Vi underretter pga. den skærpede underretningspligt.
Underretter: pædagog {paed.n}, tlf. {tel:paed}""",

"""Underretning fra hospitalet, børneafdelingen
{barn.n}, {cpr:barn}, indlagt {$date} med forgiftning efter indtagelse af {$med}. Barnet var alene hjemme, da det skete; nabo {y.n} fandt barnet og ringede 112. Mor {mor.n} kom til afdelingen 3 timer senere. Vi har ikke kunnet få kontakt til far. {barn.f} er født {dob:barn} og forventes udskrevet om to dage. Kontakt: socialrådgiver på hospitalet, {x.n}, {tel:x}. Afdelingen beder om, at kommunen vurderer, om barnet kan udskrives til hjemmet.""",

# ---- handovers between caseworkers ----
"""Overdragelse fra {sb.n} til {sb2.n}
Sagen: {barn.n} ({cpr:barn}), {barn.age} år, anbragt på opholdssted siden {$year}.
Vigtigt at vide: Mor {mor.n} er meget kritisk over for kommunen og optager gerne møder. Far {far.n} er i fængsel indtil næste sommer; breve sendes via Kriminalforsorgen. Mormor {mm.n} er den stabile voksne – hun svarer altid på {tel:mm}. {barn.f} har selv et ønske om at skifte skole efter sommerferien.
Jeg kan fanges på {mail:sb} i overgangsperioden.""",

"""Overlevering – til ny rådgiver
Hej {sb2.f}. Her er det vigtigste om familien {far.l}:
• {barn.f} og {barn2.f} bor hos far på {adr:far}, mor bor i {$country}.
• Far taler godt dansk, men vil have tolk til svære samtaler.
• Faster {moster.n} er ressource, men far og hun er uvenner lige nu.
• Skolen: kontaktlærer {laerer.n}, {tel:laerer}.
• Åbne opgaver: partshøring sendt {$date}, afventer svar.
Held og lykke! {sb.f}""",

"""Overdragelsesnotat ved sagsbehandlerskift ({$dnum})
Barn: {barn.n}, født {dob:barn}
Ny sagsbehandler: {sb2.n}. Tidligere: {sb.n} (fratrådt).
Familien har skiftet adresse tre gange på to år; nuværende adresse er {adr:mor}. Mor har ny kæreste, {sted.f}, som vi ikke har mødt. Der er ikke indhentet børneattest på ham. Første opgave for ny rådgiver: hjemmebesøg og samtale med {barn.f} alene.""",

# ---- quoted speech, diverse ----
"""Citater fra samtalen med mor {mor.n}:
»Jeg har aldrig sagt, at {barn.f} ikke må se sin far. Jeg har bare sagt, at {far.f} skal være ædru.«
»Når {barn2.f} har været hos dem, kommer {barn2.pron} hjem og siger, at {barn2.pron} hader mig.«
»Jeg vil gerne have, at I ringer til min veninde {y.n}, hun kan fortælle jer hvordan jeg er som mor. Hendes nummer er {tel:y}.«
Rådgiver noterede, at mor var grådlabil under samtalen, men var god til at sætte ord på sine ønsker.""",

"""Far, {far.n}, sagde under mødet:
»Min {barn.son} {barn.f} er ikke et problem. Problemet er skolen. Lærer {laerer.l} har været efter {barn.obj} siden 2. klasse.«
Far nægtede at underskrive samtykke. Far oplyste, at han kan kontaktes på {tel:far} eller på {mail:far}, men »kun hvis det er vigtigt«. Far forlod mødet efter 20 minutter. Rådgiver har efterfølgende sendt referatet til far via Digital Post og tilbudt et nyt møde med tolk. Mor, {mor.n}, deltog ikke, da hun ikke ønsker at være i samme rum som far.""",

"""@teen
{barn.f} ({barn.age}) skrev selv dette, som {barn.pron} bad om kom med i sagen:
»Jeg hedder {barn.n}. Jeg er født {dob:barn:long} i {$town}. Jeg vil bo hos min farmor {mm.f}, fordi hun lytter. Min mor er sød men hun drikker. Jeg vil ikke på opholdssted. I kan ringe til mig på {tel:barn}.«
Teksten er scannet ind og journaliseret {$date}. Rådgiver {sb.n} har lovet at læse den op på næste møde, hvis {barn.f} selv ønsker det.""",

# ---- other genres ----
"""@small
Matchning – plejefamilie
Plejefamilien {pm.l}/{pf.l}, bosat {adr:pm}, er godkendt som almindelig plejefamilie til ét barn i alderen 0-6 år. Plejemor {pm.f} er uddannet pædagog, plejefar {pf.f} er landmand. Der er i forvejen to biologiske børn i hjemmet. Familien har besøgt {barn.f} i vuggestuen og har mødt mor {mor.n} én gang. Familieplejekonsulent {kp.n} anbefaler matchet. Der aftales en indkøringsperiode på tre uger med gradvist længere besøg.""",

"""Bisidder
Mor har valgt {bis.n} som bisidder, jf. Barnets lov § 6. {bis.f} er mors tidligere kollega og kan kontaktes på {tel:bis} / {mail:bis}. Mor har givet samtykke til, at bisidder får tilsendt mødeindkaldelser. Bisidder deltog første gang i mødet {$date}, hvor også far, {far.n}, og hans advokat {adv.n} var til stede. Sagen vedrører {barn.n} ({cpr:barn}). Bisidderen har ikke partsrettigheder og kan ikke få aktindsigt på mors vegne.""",

"""Ledelsestilsyn – stikprøve {$dnum}
Sag: {barn.n}, {cpr:barn}
Sagsbehandler: {sb.n}
Faglig leder: {leder.n}
Fund: Barnets plan ikke opdateret siden {$year}. Børnesamtale afholdt rettidigt. Partshøring sendt til mor {mor.n} men ikke til far {far.n}, som har fælles forældremyndighed. Opfølgning: sagsbehandler sender partshøring til far, {adr:far}, inden 14 dage. Tilsynet noterer desuden, at {barn.fs} fødselsdato ({dob:barn}) er registreret forkert i ét dokument.""",

"""Referat fra sparringsmøde (teammøde {$date})
Sagsejer {sb.n} præsenterede familien {mor.l} med genogram og tidslinje: mor {mor.n}, børnene {barn.f} ({barn.age} år) og {barn2.f} ({barn2.age} år), morfar {ff.n} som vigtigste netværksperson. Spørgsmål til sparring: skal vi gå fra § 32 til anbringelse? Refleksionsrunden pegede på, at morfar ikke er inddraget nok. {fk.n} afsluttede og bad om netværksmøde inden 3 uger.""",

"""Hej {leder.f},
Jeg har brug for godkendelse af akut anbringelse af {barn.n} ({cpr:barn:plain}) i aften. Mor {mor.n} er indlagt, og far har ikke forældremyndighed. Moster {moster.n}, {adr:moster}, kan tage {barn.f} i nat. Hun er på {tel:moster}. Jeg er selv på {tel:sb} indtil det er på plads. Politiet er orienteret, og vagten har lovet at køre forbi. Afgørelse efter § 46 skrives i morgen, når mor er vågen og kan give samtykke.
{sb.f}""",

"""Klage modtaget via Digital Post
Afsender: {far.n}, {adr:far}
»Jeg klager over at min {barn.son} {barn.f} er blevet flyttet uden at jeg blev spurgt. Sagsbehandler {sb.l} har løjet om mig i referatet. Jeg vil have aktindsigt i alt. Jeg kan træffes på {tel:far}.«
Klagen er registreret og videresendt til genvurdering. Frist for genvurdering: 4 uger, herefter sendes den til Ankestyrelsen.""",

"""@18
Efterværn, ung på 18
{barn.n} fylder 18 {$date} og ønsker efterværn i form af fortsat ophold i plejefamilien hos {pm.n}. {barn.f} har selv skrevet fra sin mail ({mail:barn}), at {barn.pron} gerne vil blive »til jeg er færdig med HF«. Plejefamilien bor {adr:pm}. Sagen forelægges visitationsudvalget. {barn.fs} ungerådgiver er {sb2.n}. {barn.f} har et fritidsjob i {$brand} og betaler selv sin telefon. Plejemor har tilkendegivet, at familien gerne fortsætter, hvis kommunen dækker udgifterne.""",

"""Akutvagt, aften
Kl. 21.35 ringede {y.n}, nabo til familien, fra {tel:y}. Hun hørte børnegråd og en voksen, der råbte, fra lejligheden ovenover ({adr:mor}). Ifølge vores system bor der mor {mor.n} og to børn, {barn.f} og {barn2.f}. Vagten bad naboen ringe 112, hvis det eskalerer. Politiet kørte derud kl. 22.05; alt var roligt. Overdrages til rådgiver {sb.n} i morgen tidlig sammen med politiets døgnrapport.""",

"""ang. {barn.n} ({cpr:barn})
Hej {sb.f} – ved ikke om du har set det, men mor har skrevet i Aula at de flytter til {$town} om to uger. Ny adr. skulle være {adr:mor}. {barn.f} har ikke sagt noget til os. Hvad gør vi med handlekommune og så videre? Vi har ikke nogen kontakt til far {far.f} overhovedet.
/{laerer.f}, kontaktlærer, 6.x""",

"""@gl
Referat fra overleveringsmøde med Grønland
Deltog: rådgiver fra Kommuneqarfik Sermersooq (via Teams), {sb.n}, samt mor {mor.n}.
{barn.n} ({dob:barn}) flytter med mor fra Grønland til Danmark. Familiens adresse i Grønland var {adr:mor}. Mors grønlandske nummer {tel:mor} vil blive beholdt et stykke tid. Morbror {onkel.n} bor i Danmark og har tilbudt at hjælpe med bolig.""",

"""Fra: {mail:pm}
Til: {mail:sb}
Emne: {barn.f} – tandlæge

Hej {sb.f}

{barn.f} skal have trukket to tænder. Tandlægen siger at der skal være samtykke fra forældremyndighedsindehaveren. Kan du skaffe det fra mor ({mor.n})? Hun har ikke svaret på mine sms'er. Hendes nye nummer er vist {tel:mor}.

Kh
{pm.f}

PS: Tandlægen hedder ikke noget med kommunen, det er en privat klinik, så regningen kommer til os. Vi lægger ud.

Sendt fra min iPad""",

"""@teen
Vagtrapport fra døgninstitution
Nat {$date}. {barn.n} kom hjem kl. 03.10, tydeligt påvirket. {barn.Pron} havde været hos {ven.n}, som bor på {adr:ven:street}. Nattevagt {x.n} tilkaldte ikke lægevagt, men tjekkede {barn.f} hvert 15. minut. Kl. 07 ringede vi til mor {mor.n} på {tel:mor}. Mor var vred over, at vi ikke havde ringet om natten. Hændelsen er registreret som magtanvendelse nej / utilsigtet hændelse ja. Sendes til rådgiver {sb.n}.""",
]

PLANTED += [
"""Oplysninger fra CPR-registret, udskrevet {$dnum}
{barn.n}, {cpr:barn}, bopæl: {adr:barn}
Mor: {mor.n}, {cpr:mor}
Far: {far.n}, {cpr:far}, bopæl: {adr:far}
Søskende på adressen: {barn2.n}, {cpr:barn2}
Bemærk: Far har adressebeskyttelse fra {$dlong} – adressen må ikke videregives til mor eller til skolen. Udskriften gemmes ikke i sagen, kun de nødvendige oplysninger.""",

"""Hej {sb.f}. Tastefejl i afgørelsen til {mor.ls}: der står {barn.fs} cpr som {cpr:barn:plain}, men det er {barn2.fs} ({cpr:barn2:plain}). {barn.f} er født {dob:barn} og {barn2.f} {dob:barn2}. Kan du lave et rettelsesbrev? Mor har allerede ringet og var ret utilfreds (hun ringede fra {tel:mor}). Fejlen er også kommet med i bevillingen til skolekørsel, så den skal rettes i {$system} og sendes igen til vognmanden. Jeg har sat en opgave på dig med frist fredag. /{sb2.f}""",

"""Indberetning til tandplejen
Barn: {barn.n}
CPR: {cpr:barn}
Anbragt hos: {pm.n}, {adr:pm}
Kontakt: plejemor på {tel:pm}
Barnet har ikke været til tandlæge i 2 år. Plejefamilien ønsker, at indkaldelser fremover sendes direkte til dem og ikke til mor. Kommunen bekræfter, at plejefamilien må modtage indkaldelser på barnets vegne. Mor, {mor.n}, er orienteret telefonisk og har ingen indvendinger.""",

"""Kære {far.f} og {mor.f}

Tak for et godt møde i går. Jeg har lovet at sende jer de oplysninger, vi bruger i ansøgningen til {$method}-forløbet:

{barn.n}, født {dob:barn:long}
{barn2.n}, født {dob:barn2:long}

Forløbet foregår i jeres hjem en gang om ugen i {$weeks} uger. Terapeuten, {psyk.n}, ringer til jer fra {tel:psyk} for at aftale første gang. Skriv endelig, hvis I har spørgsmål.

Venlig hilsen
{sb.n}""",

"""Søskendegruppe – samlet oversigt
1) {barn.n} ({cpr:barn}) – anbragt i netværkspleje hos moster {moster.n}
2) {barn2.n} ({cpr:barn2}) – bor hjemme hos mor
3) {barn3.n} ({cpr:barn3}) – på efterskole, hjemme i weekender
Mor: {mor.n}. Far til de to ældste: {far.n}. Far til den yngste er ukendt.
Søskendesamvær hver anden søndag i familiehuset. Alle tre børn har givet udtryk for, at de savner hinanden, og {barn3.f} har spurgt, om {barn3.pron} kan få lov at være med til møderne.""",

"""TIL JOURNALEN – OPLYSNINGER OM FAR
Navn: {far.C}
Født: {dob:far}
Tidligere bopælsland: {$country}
Tlf. i Danmark: {tel:far}
Bopæl: {adr:far}
Far har ikke tidligere haft kontakt med myndighedsafdelingen. Far har via advokat bedt om at blive inddraget i sagen om {barn.n}. Far har del i forældremyndigheden og skal derfor partshøres. Far taler engelsk og lidt dansk; der bestilles tolk til første møde.""",

"""@teen
Mødeindkaldelse, intern
Emne: Visitationsudvalg {$date}
Sag 3: {barn.n} (f. {dob:barn}), {barn.age} år
Ansøgning om anbringelse på opholdssted. Sagsbehandler {sb.n} fremlægger. Begrundelse: gentagne episoder med selvskade og skolevægring; døgnpris {$amount}. Forældrene, {mor.n} og {far.n}, er enige i anbringelsen. Skolen og PPR anbefaler et tilbud med intern skole. {leder.n} deltager som formand. Alternativet, en døgnplads i kommunens eget tilbud, er undersøgt, men der er ventetid på fire måneder. Udvalget bedes tage stilling til, om der kan gives dispensation fra den sædvanlige visitationsfrist.""",

"""@teen
{$ts} Notat
{barn.f} ({barn.age} år) ringede selv fra {tel:barn} og spurgte efter sin rådgiver. {barn.Pron} sagde: »Jeg er på vej til {$town} med {ven.f}, og I skal ikke ringe til min mor.« Jeg fik at vide, at de er på vej til {ven.fs} storebror, som bor på {adr:ven}. Politiet er orienteret efter aftale med faglig koordinator. Mor {mor.n} er ringet op kl. 16.20.""",

"""Rettelse til referat
I referatet fra mødet {$date} står der, at {barn.n} er født {dob:barn:dot}. Det korrekte er {dob:barn:long}, som det også fremgår af CPR-nummeret {cpr:barn}. Desuden er plejemors efternavn stavet forkert; det korrekte er {pm.n}. Referatet er rettet i {$system}, og begge forældre har fået den rettede version tilsendt via Digital Post. Mor har bedt om, at rettelsen også sendes til skolen, hvilket er sket {$date}.""",

"""hej {sb.lo} det er {mor.lo}
kan du ikke lige sende mig {barn.los} cpr nr igen jeg skal bruge det til lægen og jeg har smidt sundhedskortet væk.
og så har jeg fået ny mail {mail:mor} den anden bruger jeg ikk mere
hilsen {mor.f}

[Rådgivers note: Mor er vejledt om, at cpr-nr. ikke sendes på sms, men at hun kan bestille nyt sundhedskort på borger.dk.]""",

"""Journal – opfølgningsbesøg i plejefamilien
{$ts}. Til stede: plejemor {pm.n}, plejefar {pf.n}, {barn.n} og familieplejekonsulent {kp.n}.
{barn.f} viste stolt sit nye værelse. {barn.Pron} har fået en ven i klassen, {ven.f}, og har været med til fødselsdag hos {ven.obj}. Plejemor fortæller, at samvær med far {far.n} går bedre, efter at de mødes på biblioteket. Far har ny adresse: {adr:far}. {barn.fs} fødselsdag ({dob:barn:long}) fejres i plejefamilien, og far er inviteret.""",

"""Underretning fra tandplejen
Vedr. {barn.n}, {cpr:barn}
Barnet er udeblevet fra 4 indkaldelser. Ved akut besøg {$date} havde barnet 6 huller og smerter. Forældrene, {mor.n} og {far.n}, bor på {adr:mor}. Vi har skrevet til forældrene gennem Digital Post uden svar. Vi underretter, da vi vurderer, at barnets sundhed er truet.
{laege.n}, overtandlæge, tlf. {tel:laege}""",

"""@teen
Mail fra ungdomsskolen, videresendt af {sb.n}
»Vi har to gange i denne måned fundet {barn.n} sovende i knallertværkstedet om morgenen. {barn.f} siger, at {barn.pron} ikke kan være hjemme hos sin stedfar, {sted.n}. Vi ved fra en kammerat, at {barn.f} nogle nætter sover hos {y.n} på {adr:y:street}. {barn.fs} telefon er {tel:barn}.« Skolen har ikke selv talt med forældrene.
Venlig hilsen {x.n}, ungdomsskoleinspektør""",

"""Faktaark til sikkerhedsplanen
Barn: {barn.f} ({dob:barn})
Den sikre voksne i hverdagen: mormor {mm.n}, {tel:mm}
Den sikre voksne i weekender: onkel {onkel.n}, {tel:onkel}
Hvis mor {mor.f} drikker: {barn.f} ringer til mormor og går ned til naboen {y.n}, som har nøgle.
Skolen ({laerer.n}) tjekker hver mandag, hvordan weekenden gik, og skriver til rådgiver i {$system}.
Sikkerhedsplanen evalueres {$date}.""",

"""Kære {pm.f}

Jeg kan forstå på {barn.f}, at {barn.pron} gerne vil tage til {$country} med jer i {$holiday}. Det kræver samtykke fra mor, {mor.n}, og fra far, {far.n}, da de har fælles forældremyndighed. Til pasansøgningen skal I bruge {barn.fs} CPR-nummer, som er {cpr:barn}. Mor kan kontaktes på {tel:mor}. Husk også, at I skal have en rejseforsikring, og at {barn.f} skal have sin medicin ({$med}) med i håndbagagen.

Mvh {sb.n}
{mail:sb}""",

"""Notat: oplysninger fra Udlændingestyrelsen / opholdstilladelse
{mor.n}, født {dob:mor}, og børnene {barn.n} (født {dob:barn}) og {barn2.n} (født {dob:barn2}) har opholdstilladelse til {$month} {$year}. Far, {far.n}, er fortsat i {$country}. Familien bor på {adr:mor}. Mor har spurgt, om kommunen kan hjælpe med at søge familiesammenføring; hun er vejledt om, at det ikke er en opgave for myndighedsafdelingen.""",

"""Oversigt over personer på adressen {adr:mor} (ifølge folkeregisteret)
– {mor.n}, f. {dob:mor}
– {sted.n}, f. {dob:sted}
– {barn.n}, f. {dob:barn}
– {barn2.n}, f. {dob:barn2}
Rådgiver bemærker, at der ved hjemmebesøget også boede en voksen, som præsenterede sig som {onkel.f}. Han er ikke tilmeldt adressen. Spørgsmålet tages op med mor ved næste samtale.""",

"""{$dnum} – Samtale på skolen med {barn.f} og {barn.poss} ven {ven.f}
{barn.f} havde spurgt om at have {ven.f} med. Vi talte om, hvordan det går i klassen. {barn.f}: »{laerer.f} er den eneste lærer der ikke råber.« {ven.f}: »Vi leger altid ved hegnet, for der kommer de store ikke.« {barn.f} sagde, at mor {mor.f} er begyndt at arbejde om aftenen, og at {barn.pron} så er hos {mm.f}. Samtalen varede 30 min. Referent: {sb.n}.""",

"""Kopi af brev fra advokat
Advokatfirmaet skriver på vegne af klient {far.n} (CPR {cpr:far}) vedrørende hans {barn.son} {barn.n}. Klienten anmoder om aktindsigt og om, at al korrespondance fremover går via advokaten, {adv.n}, {mail:adv}, tlf. {tel:adv}. Klienten bestrider oplysningerne i underretningen fra {$date}. Frist for svar: 14 dage. Advokaten oplyser, at klienten har fri proces.
Notat: Rådgiver har drøftet brevet med juridisk konsulent. Der svares via advokaten, og mor orienteres om, at far har anmodet om aktindsigt.""",

"""Barnets plan – forside
Barnets navn: {barn.n}
CPR: {cpr:barn}
Adresse under anbringelsen: {adr:pm}
Plejeforældre: {pm.n} og {pf.n}
Forældremyndighedsindehaver: {mor.n}
Barnets egne mål: »At jeg kan cykle alene til skole. At jeg må se {barn2.f} mere.«
Indsats: anbringelse i plejefamilie efter Barnets lov ⟦§ 46¦§ 47⟧. Opfølgning senest {$date}.
Barnets plan er udarbejdet sammen med {barn.f}, plejefamilien og mor. Far har ikke ønsket at deltage, men har fået planen tilsendt.""",

"""#Note – samvær
Samværet i familiehuset blev aflyst, fordi far {far.i} ikke mødte op. {barn.f} ventede i 40 minutter med en tegning til far. Samværskontrollant {kp.n} ringede tre gange til far på {tel:far} uden svar. Kl. 15.30 kørte vi {barn.f} hjem til plejefamilien. Plejemor {pm.f} var forberedt på, at det kunne ske. Næste samvær: {$date}. Det drøftes på næste møde, om samværet skal ændres til telefonsamvær, indtil far kan møde stabilt.""",

"""Journal {$dnum}
Henvendelse fra {y.n} ({mail:y}), som præsenterer sig som ven af familien. Hun er bekymret for {barn.f} og {barn2.f}, der ifølge hende ofte er alene hjemme, når mor {mor.f} arbejder nat på plejehjemmet. Hun ønsker at være anonym over for mor. Vejledt om, at kommunen ikke kan garantere anonymitet, hvis forældrene søger aktindsigt. Hun vil gerne kontaktes på {tel:y}, helst efter kl. 16. Henvendelsen behandles som en underretning.""",

"""@preschool
Ref. overleveringsmøde dagtilbud–skole ({$date})
{barn.n} (f. {dob:barn}) starter i 0. klasse efter sommerferien. Fra børnehaven deltog {paed.n}; fra skolen {laerer.n}. Mor {mor.n} deltog. {barn.f} har sprogforsinkelse og har haft talepædagog i to år. Mor ønsker ikke, at far {far.f} får information fra skolen. Skolen oplyste, at far har ret til information, så længe han har del i forældremyndigheden, medmindre andet er besluttet.""",

"""Opkald fra farmor
{mm.n} ringede fra {tel:mm}. Hun er bekymret for sine barnebørn {barn.f} og {barn2.f}, som hun ikke har set siden {$holiday}. Farmor fortæller, at {far.f} er flyttet ind hos en ny kæreste, {y.n}, på {adr:y}. Farmor har ikke selv partsstatus, men blev vejledt om muligheden for at søge samvær gennem Familieretshuset. Hun ønsker at blive inddraget i netværket.""",
]

PLANTED += [
"""Udtræk fra sagsoversigt (sorteret efter efternavn)
{barn.LF} – {cpr:barn} – åben sag, § 32
{barn2.LF} – {cpr:barn2} – afsluttet {$year}
{mor.lf} – mor, fælles forældremyndighed – {tel:mor}
{far.lf} – far, fælles forældremyndighed – {tel:far}
Sagsejer: {sb.i}. Fagligt ansvarlig: {leder.i}.
Bemærk: Udtrækket er lavet til brug for ledelsestilsynet og må ikke sendes ud af huset. Slettes efter brug. Dok.nr. {$doc}.""",

"""POLITIRAPPORT – UDDRAG (modtaget {$dnum})
Sigtede: {far.C}, f. {dob:far:dot}
Forurettede: {mor.C}
Bopæl: {adr:mor}
Børn til stede: {barn.C} ({barn.age} år) og {barn2.C} ({barn2.age} år)
Politiet blev tilkaldt af naboen kl. 23.40. Forurettede havde en flænge over øjet. Børnene sad i køkkenet sammen med {barn.fs} ven, {ven.n}, som var på overnatning. Sigtede blev anholdt og fremstillet i grundlovsforhør. Sagsbehandler ved politiet: {betj.n}, {mail:betj}.""",

"""@fo
Notat – familien flytter fra Færøerne
{mor.n} og børnene {barn.f} ({dob:barn}) og {barn2.f} ({dob:barn2}) er flyttet fra {adr:mor} til en lejlighed hos sin morbror i Esbjerg. Mor har stadig sit færøske nummer, {tel:mor}. Den færøske kommune har sendt sagsakterne via sikker mail, og vi har haft et telefonmøde med deres barnaverndarstova. {barn.f} skal starte i {$klasse} efter {$holiday}. Mor taler dansk, men børnene foretrækker færøsk.""",
]

# --------------------------------------------------------------------------------------
# CLEAN templates: same genres, no personal data, many look-alikes.
# --------------------------------------------------------------------------------------
CLEAN = [
"""{$ts} – Telefonnotat
Opringning fra Mor vedr. Barn A ({$sage} år). Mor fortæller, at Barn A ⟦ikke har været i skole siden {$wd}¦har haft ondt i maven hver morgen i {$weeks} uger¦nægter at tage bussen til skole⟧. Mor er træt og siger: »Jeg ved ikke, hvad jeg skal gøre mere.« Aftalt at rådgiver kontakter skolen og vender tilbage inden fredag. Mor er gjort opmærksom på {$help}, hvis situationen spidser til i aften, og på at hun altid kan ringe til {$help}. Sagsnr. {$case}. Opkaldet varede ca. 20 minutter.
/Rådgiver""",

"""{$ts}
Hjemmebesøg hos familien. Til stede: Mor, Stedfar, Barn A og Barn B. Barn B viste rådgiver sit værelse og {$pet}. Lejligheden fremstod ⟦ryddelig¦rodet, men ikke uhumsk¦nyistandsat⟧, men køleskabet var næsten tomt. Stedfar fortalte, at han er startet i virksomhedspraktik via Jobcentret ⟦{$hours} timer om ugen¦på en tankstation⟧. Vi talte om, hvordan Barn A kan komme i gang med en fritidsaktivitet igen efter {$holiday}, fx ⟦i den lokale fodboldklub¦til svømning¦i spejderne⟧. Mor vil gerne bo i lejligheden, selvom den er lille. Næste besøg: {$date} {$time}. Huslejen er {$amount} om måneden, og familien har fået boligstøtte.""",

"""Journalnotat {$dnum}
Far møder op i borgerservice uden aftale og ønsker at tale med sin sagsbehandler. Han er flyttet og har fået nyt telefonnummer, som er registreret i {$system}. Far ønsker samvær med Barn A hver anden weekend og mener, at Mor »blokerer for alt«. Far er vejledt om, at samværsspørgsmål hører under Familieretshuset og ikke under {$law}. Far spurgte til aktindsigt og er vejledt om forvaltningsloven § 9. Far fik kommunens hovednummer ({$switch}) og blev bedt om at skrive via Digital Post. Stemningen var ⟦anspændt, men høflig¦rolig¦ophidset i starten, men faldt til ro⟧.""",

"""{$ts}
Modtaget opringning fra skolens AKT-lærer vedr. Barn A i {$klasse}. Barn A har i dag i frikvarteret sagt til en klassekammerat, at »far slår, når han har drukket«. Læreren har ikke selv talt med barnet om det. Aftalt at skolen sender skriftlig underretning i dag via Sikker Post. Vurdering inden for 24 timer: sagen drøftes med faglig koordinator {$time}. Forældremyndighed: Mor og Far i fællesskab. Der er tidligere modtaget ⟦én¦to¦tre⟧ underretninger på barnet, senest i {$month} {$year}. Rådgiver har bedt skolen om ikke at konfrontere forældrene, før kommunen har talt med barnet.""",

"""{$dnum}, kl. {$hhmm}
Kontakt fra sundhedsplejersken vedr. spædbarnet (Barn A, {$n} uger). Ved besøget i dag lå barnet i en våd ble, og Mor virkede påvirket. Sundhedsplejersken har sendt underretning via Sikker Post. Mormor bor i nærheden og er tidligere nævnt som ressource. Sagen screenes i dag efter Barnets lov § 18. Sundhedsplejersken oplyser, at barnet vejer {$pct} under forventet kurve, men spiser godt, når der gives mad. Der aftales fælles hjemmebesøg med sundhedsplejen {$date}. ⟦Mor er ikke orienteret endnu.¦Mor er orienteret og er indforstået.⟧ Vurdering: ikke akut, men bekymrende.""",

"""tlf notat {$dnum}
ringede til mor - ingen svar, lagt besked. prøvede far som tog den efter 2 ring. far siger at barnet er hos en ven og kommer hjem til aften. far lovede at barnet ringer til mig i morgen efter skole. husk: tjek om der er kommet ny adr. på mor i CPR, hun sagde noget om at flytte til {$town}?? og så skal vi ha styr på kørslen, taxaen har kørt forgæves 2 gange og det koster {$amount} pr gang. lillesøster har fået tid hos øjenlægen i {$month}. mors {$pet} har været syg, det fylder meget for hende /rådgiver""",

"""Hurtig note ({$date})
– ingen kontakt til familien i dag
– lillebror var syg, mor ringede kl 8.20
– mormors nr. ligger på forsiden i {$system} hvis mor ikke svarer
– husk at barnets cpr står forkert på underretningen fra skolen, det er en tastefejl, ret det IKKE i journalen men skriv et notat
– næste møde flyttes til efter {$holiday}
– spørg leder om bevilling til {$method} ({$amount})
– PPR mangler stadig at svare på henvisningen af {$dnum}
– sag {$case} skal lukkes når afgørelsen er sendt""",

"""Tlf.notat
Dato: {$dnum}
Fra: Plejemor
Emne: Samvær
Plejemor ringer, fordi barnet har haft mareridt efter sidste samvær med Mor. Barnet har tisset i sengen to nætter og vil ikke i bad. Plejemor spørger, om samværet kan flyttes til weekenden, så barnet ikke skal i skole dagen efter. Rådgiver vurderer, at forslaget skal drøftes med Mor før næste samvær. Plejefar kan køre barnet. Der er aftalt et telefonmøde {$wd} {$time}. Plejemor nævner, at barnet har fået det bedre med {$med}, som lægen startede op i {$month}. Barnets humør er ellers godt, og det går fint i skolen.""",

"""mor ringet igen idag 3. gang denne uge. meget vred over at barnet ikke må komme hjem i {$holiday}. siger at hun vil klage til ankestyrelsen og kontakte sin advokat. jeg har forklaret at det er besluttet på mødet i børne- og ungeudvalget den {$date}, og at hun kan klage inden 4 uger. mor siger at hun ikke har fået brevet i e-boks. tjekket: brevet er sendt {$dnum} via Digital Post. sender det igen med alm. post. mor var mere rolig til sidst, hun spurgte til om barnet har det godt. ja, det har barnet. bemærk: mor nævnte selvmordstanker, hun fik nr. til Livslinien og vi aftalte at hun ringer til egen læge.""",

"""Hej

Tak for sidst. Jeg skriver lige angående elevens praktik i uge {$n}{$n}. Eleven har fået plads hos en tømrer i {$town}, og praktikstedet vil gerne have et telefonnummer på en voksen. Mor har sagt, at det skal være hendes, og det står i Aula under kontaktoplysninger. Kan du også bekræfte, at eleven stadig bor hos Mor? Det står anderledes i elevplanen, og vi skal bruge det til kørselsgodtgørelsen ({$amount}).

Venlig hilsen
UU-vejlederen
Ungdommens Uddannelsesvejledning

Sendt fra min iPhone""",

"""Kære Mor

Tak for din besked i går. Jeg har nu talt med barnets kontaktpædagog, og vi foreslår et møde {$date} {$time} på rådhuset. Du er velkommen til at tage en bisidder med, jf. Barnets lov § 6. Hvis tidspunktet ikke passer, kan du ringe til kommunens omstilling på {$switch} og bede om at blive stillet om til mig, eller skrive via Digital Post. Vi skal bl.a. tale om ⟦skolegangen¦samværet med Far¦bevillingen til {$method}¦den børnefaglige undersøgelse⟧, og om hvordan barnet selv oplever det. Mødet varer højst en time.

Med venlig hilsen

Rådgiveren
Myndighed Børn og Unge
Hovednummer: {$switch}""",

"""Emne: SV: møde om barnet

hej

jeg kan ikke komme på torsdag fordi jeg skal til lægen med den lille. kan vi ikke tage det over telefonen i stedet? og så vil jeg gerne have at far IKKE får vores nye adresse, han skal ikke vide hvor vi bor nu. jeg har ringet til familieretshuset og de sagde at jeg skulle skrive det til jer. vi har også fået en hund nu, hun hedder Bella og børnene er så glade for hende. det er det første gode der er sket længe

mvh Mor

Sendt fra min Samsung Galaxy-smartphone""",

"""Hej alle

Kort opsamling fra i dag, så vi har det samme billede:
- Barnet starter i dagbehandling fra 1. {$month}.
- Kørsel: taxa bestilt af kommunen; chaufføren ringer til Far ved forsinkelse.
- Ved sygdom ringer Mor til afdelingen inden kl. 8.
- Skolen sender ugentlig status i Aula.
- Næste opfølgning: {$date} {$time}.
- Bevillingen løber i første omgang {$weeks} uger og koster {$amount} pr. måned.

Sig endelig til, hvis jeg har misforstået noget.

Bedste hilsner
Rådgiveren | Myndighed Børn og Unge
Hovednummer {$switch} (tast 2 for børn og unge)""",

"""[Aula – besked]
Fra: Klasselæreren
Til: Forældre
Hej begge to. Barnet var meget ked af det i dag og fortalte, at der ikke havde været morgenmad. Vi gav en bolle og et glas mælk. Kan en af jer ringe til skolens kontor i dag? Kontoret har åbent {$time} til kl. 14.
—
Fra: Far
Det er ikke hos mig barnet bor i denne uge. Skriv til Mor.
—
Fra: Mor
Undskyld. Vi havde en hård morgen. Jeg kommer forbi i morgen kl. 8.""",

"""sms-tråd (kopieret fra tjenestetelefon)
{$hhmm} Mor: hej er det dig der er sagsbehandler
{$hhmm} Rådgiver: Ja, det er mig. Hvad kan jeg hjælpe med?
{$hhmm} Mor: den store vil ikke hjem fra sin far. kan du ringe til ham
{$hhmm} Rådgiver: Jeg ringer til ham nu og vender tilbage.
{$hhmm} Mor: tak. hvis jeg ikke svarer så ring til min søster, hun har nr i jeres papirer
{$hhmm} Rådgiver: Far siger, at barnet sover der i nat og kører med bussen til skole i morgen. Er det okay?
{$hhmm} Mor: ja ok. men kun i nat
{$hhmm} Rådgiver: Aftalt. Jeg ringer i morgen kl. 10.""",

"""Gruppe-sms »Netværket«:
Mormor: Jeg kan have barnet fra fredag til søndag
Onkel: Jeg kører til fodbold lørdag, ring hvis der er noget
Mor: tusind tak til jer begge ❤️
Rådgiver: Dejligt. Husk sikkerhedsplanen: hvis Mor ikke svarer inden kl. 20, ringer Mormor til vagten på kommunens omstilling ({$switch}) eller til 112 ved akut fare.
Mormor: Det gør jeg. Skal jeg også sige det til skolen?
Rådgiver: Nej, det klarer jeg på mandag.
Onkel: 👍 der kommer vist storm i aften, så vi bliver hjemme og ser film""",

"""Referat af netværksmøde {$date}
Deltagere: Mor, Far, Farmor, kontaktlærer, sundhedsplejerske, rådgiver (referent).
1. Hvad er vi bekymrede for? Barnets fravær er {$pct} i dette skoleår. Far fortæller, at barnet har ondt i maven hver søndag aften.
2. Hvad virker godt? Barnet trives hos Farmor og i spejderne, og der er en god ven i klassen.
3. Hvad skal der ske? Farmor henter tirsdag og torsdag. Skolen laver et fraværsskema. Rådgiver undersøger muligheden for {$method}.
Skaleringsspørgsmål (0-10): Mor {$scale}, Far {$scale}, skolen {$scale}, rådgiver {$scale}.
Næste møde: {$date} {$time}.""",

"""Referat – børnesamtale
Barn: Barn A, {$sage} år
Sted: skolens grupperum, {$date}
Til stede: Barn A, rådgiver og barnets støttepædagog (efter ønske fra barnet).
Vi tegnede de tre huse. I huset med bekymringer tegnede barnet Mor, der græder. I huset med de gode ting: {$pet} og en ven fra klassen. I drømmehuset bor barnet sammen med Mor og lillesøster, og »ingen råber«. Barnet vil gerne have, at vi fortæller Mor om tegningerne. Samtalen varede {$n}0 minutter, og barnet virkede lettet bagefter. Referatet er læst op for barnet.""",

"""Børnesamtale {$dnum}
Barnet ({$sage} år) fortalte:
»Jeg kan godt lide at være hos plejefamilien. De har en trampolin og en kat. Men jeg savner min mor.«
Da rådgiver spurgte, hvad barnet ønsker sig, var svaret: »At mor bliver rask, og at vi kan bo sammen igen. Og at jeg får en ⟦PlayStation¦hund¦cykel⟧.«
Barnet ville ikke tale om Far. Samtalen varede 25 minutter. Referatet er læst op for barnet, som godkendte det. Barnet bad selv om, at referatet ikke sendes til Far, hvilket rådgiver ikke kan love, da Far har partsstatus.""",

"""Referat af opfølgningsmøde på opholdsstedet {$date}
Til stede: den unge, kontaktpædagog, forstander, Mor (deltog over telefon), rådgiver.
Den unge fortalte selv om skolen: »Det går fint i dansk, men matematik er lort.« Kontaktpædagogen bekræftede, at den unge har haft to gode måneder uden episoder og uden magtanvendelser. Mor spurgte, om den unge kan komme hjem på weekend i {$holiday}. Aftalt at det drøftes med faglig koordinator, da det kræver en ændring af barnets plan efter Barnets lov § 91. Opholdsstedets takst er {$amount} pr. døgn, hvilket er uændret.""",

"""Netværksmøde, Signs of Safety
Bekymringsudsagn: Myndighed er bekymret for, at Barn A og Barn B igen vil opleve vold mellem de voksne, hvis Mor og Stedfar fortsætter med at drikke i weekenderne.
Sikkerhedsmål: Kommunen vil se, at børnene altid har en ædru voksen hos sig, og at Morfar kan ringes op når som helst.
Netværk der har sagt ja: Morfar, en nabo og fodboldtræneren.
Hvad virker godt: Mor har været ædru i {$weeks} uger og går til samtaler i alkoholbehandlingen.
Skala i dag: {$scale}/10. Skala for {$weeks} uger siden: {$scale}/10.""",

"""Partshøring – forslag om støttende indsats

Til forældremyndighedsindehaveren

Vi har modtaget den børnefaglige undersøgelse og påtænker at træffe afgørelse om familiebehandling efter Barnets lov § 32, stk. 1, nr. ⟦2¦3¦4⟧. Før vi træffer afgørelse, har du ret til at komme med dine bemærkninger, jf. forvaltningsloven § 19. Du bedes sende dem senest {$date}. Du kan svare skriftligt via Digital Post eller mundtligt ved at ringe til kommunens hovednummer {$switch}. Har du brug for tolk, så giv os besked. Indsatsen forventes at vare {$weeks} uger og omfatter {$hours} timer om ugen.

Med venlig hilsen
Myndighed Børn og Unge
Sagsnr. {$case}""",

"""Afgørelse om anbringelse uden for hjemmet med samtykke (Barnets lov § 46)

Kommunen har den {$dlong} truffet afgørelse om, at barnet anbringes i plejefamilie. Anbringelsen sker med samtykke fra begge forældremyndighedsindehavere. Vi har lagt vægt på den børnefaglige undersøgelse, barnets egne ønsker og oplysningerne fra skolen og PPR. Barnets plan udarbejdes inden for {$weeks} uger. Du kan klage over afgørelsen inden 4 uger, jf. retssikkerhedsloven § 67. Klagen sendes til kommunen, som genvurderer sagen; fastholdes afgørelsen, sendes klagen til Ankestyrelsen.
Sagsnr.: {$case}
Dokumentnr.: {$doc}""",

"""Indkaldelse til møde

Kære forældre

I indkaldes hermed til møde om barnets trivsel {$date} {$time} på Rådhuset, mødelokale 2.14 (indgang fra Torvet). Mødet handler om den børnefaglige undersøgelse, som blev igangsat {$dlong} efter Barnets lov § 20. Til mødet deltager desuden en psykolog fra PPR og barnets klasselærer. Er I forhindret, bedes I kontakte os via kommunens omstilling på {$switch} mellem kl. 9 og 15. I er velkomne til at tage en bisidder med. Parkering er gratis i kælderen, og der er elevator.

Venlig hilsen
Myndighed Børn og Unge""",

"""Svar på anmodning om aktindsigt

Du har den {$dlong} bedt om aktindsigt i sagen om dit barn. Du får aktindsigt i sagens dokumenter med undtagelse af oplysninger om den anden forælders adresse og telefonnummer, jf. forvaltningsloven § 15 b, og interne arbejdsdokumenter, jf. forvaltningsloven § 12. Vedlagt er {$n}{$n} dokumenter (journalnr. {$case}). Du kan klage over afgørelsen om delvis aktindsigt. Klagen sendes til kommunen, som genvurderer sagen. Spørgsmål kan rettes til kommunens omstilling på {$switch}.
Venlig hilsen
Myndighed Børn og Unge""",

"""KVITTERING FOR MODTAGET UNDERRETNING

Kommunen bekræfter hermed at have modtaget din underretning af {$date} (underretningsnr. {$case}). Kommunen har vurderet underretningen inden for 24 timer. Du har som fagperson ret til at få at vide, om kommunen har iværksat en undersøgelse eller en indsats. Du vil høre fra os igen inden for 3 måneder. Har du nye oplysninger, bedes du sende en ny underretning via kommunens digitale formular eller ringe til {$help}. Ved akut fare for et barn uden for åbningstid kontaktes politiet på 114 eller 112.
Med venlig hilsen
Myndighed Børn og Unge""",

"""UNDERRETNING – SKEMA
Barnets navn: [udfyldes ikke i skabelonen]
CPR-nr.: [se DUBU]
Adresse: [se DUBU]
Skole: {$klasse}
Underretter: Klasselærer
Beskrivelse: Barnet kommer dagligt uden madpakke og med det samme tøj. Barnet sov i timen i dag og sagde, at der var fest hjemme i nat. Barnet har {$diag} og får {$med}, men har ifølge barnet ikke fået medicin i ugevis.
Forældrene er orienteret om underretningen: Nej
Dato: {$dnum}
Journalnr. {$case}""",

"""Navn: Barn A
Fødselsdato: [anonymiseret]
Alder: {$sage} år
Forældremyndighed: Mor
Skole/dagtilbud: {$klasse}
Sprog i hjemmet: dansk og arabisk
Tolkebehov: nej
Kontaktperson i familien: Mormor
Diagnoser: {$diag}, udredt {$year}
Medicin: {$med}
Bemærkninger: Barnet har tidligere haft støtte efter serviceloven § 52, stk. 3, og fik bevilget aflastning en weekend om måneden. Mor ønsker, at aflastningen fortsætter. Far har ikke haft kontakt i to år og skal ikke orienteres. Indsatsen koster {$amount} pr. måned.""",

"""STAMOPLYSNINGER (anonymiseret udgave til sparring)
Barn ......... Barn A, {$sage} år
Bopæl ........ hos Mor, {$town}
Mor .......... 30'erne, i arbejde
Far .......... bor i {$country}
Søskende ..... Barn B ({$sage} år), Barn C ({$sage} år)
Rådgiver ..... sagsejer
Sagsnr. ...... {$case}
Indsats ...... Familiebehandling, Barnets lov § 32, stk. 1, nr. 3, {$hours} timer pr. uge
Bemærkning ... Far ønsker ikke at blive kontaktet via e-Boks; breve sendes med almindelig post. Mor har fået ny rådgiver pr. 1. {$month}.""",

"""| Rolle | Navn | Telefon |
|---|---|---|
| Barn | Barn A | – |
| Mor | Mor | se stamkort |
| Far | Far | se stamkort |
| Mormor | Mormor | se stamkort |
| Kontaktlærer | Kontaktlærer | skolens kontor |
| Vagt | Kommunens omstilling | {$switch} |
| Akut | Politi / ambulance | 112 |

Note: Alle ovenstående har givet samtykke til at deltage i netværksmødet {$date}. Mor ønsker, at Far ikke får hendes nye adresse. Tabellen er den anonymiserede version til brug i sparring.""",

"""### Tidslinje (anonymiseret)
| Tidspunkt | Hændelse |
|---|---|
| {$year} | Barn A født, første underretning fra sundhedsplejen |
| {$month} {$year} | Mor flytter til {$town} |
| {$month} {$year} | Far dømt for vold; polititilhold |
| {$month} {$year} | Barn A starter i specialklasse ({$diag}) |
| {$month} {$year} | Børnefaglig undersøgelse efter § 20 afsluttet |
| {$month} {$year} | Afgørelse om {$method} |

Tidslinjen bruges ved teammødet, hvor sagsejer præsenterer med genogram og ICS-trekanten.""",

"""**Kontaktliste, akut (skabelon)**
1. Plejemor: se kontaktark
2. Plejefar: se kontaktark
3. Vagttelefon, familieplejen: via kommunens omstilling {$switch}
4. Rådgiver: via Digital Post eller omstillingen
5. Ved akut fare: 112
6. Lægevagten: 1813
7. BørneTelefonen (for barnet selv): 116 111

Barnet kender selv punkt 5 og 7 udenad. Listen hænger på køleskabet hos plejefamilien. Barnet har {$diag} og tager {$med} morgen og aften; ved tvivl om medicin ring Lægevagten på 1813 eller Giftlinjen på 82 12 12 12.""",

"""Underretning fra skole
Jeg skriver som klasselærer for en elev i {$klasse}. Eleven har de sidste tre uger haft blå mærker på overarmene, og i dag sagde eleven: »Mor bliver så sur, når min lillebror græder.« Jeg har ikke talt med forældrene, da jeg er bekymret for, hvad det vil betyde for eleven. Elevens fravær er {$pct} i dette skoleår, og eleven er ofte sulten. Jeg kan kontaktes via skolens kontor. Underretningen sendes efter den skærpede underretningspligt.
Klasselæreren""",

"""UNDERRETNING FRA EGEN LÆGE
Patient: barn, {$sage} år (oplysninger i vedhæftet journaludskrift)
Ved konsultation i dag fremstår barnet undervægtigt (vægtkurve faldet fra 50 til 10 percentilen på et år). Mor oplyser, at barnet »ikke gider spise«. Der er udeblivelse fra tre planlagte kontroller og manglende vaccinationer (MFR 2). Jeg vurderer, at barnets sundhed er i fare, og underretter derfor. Jeg har henvist til børneafdelingen og anbefaler, at sundhedsplejen kommer på besøg. Mor er orienteret om underretningen.
Speciallæge i almen medicin""",

"""Underretning fra politiet
Journalnr. {$case}
Natten til {$wd} rykkede patruljen ud til en lejlighed i {$town} efter anmeldelse om husspektakler. I lejligheden befandt sig en kvinde og hendes kæreste. I børneværelset var et barn på ca. {$sage} år vågen og meget bange. Manden blev anholdt og sigtet for vold, jf. straffeloven § 244. Kvinden blev tilbudt ophold på krisecenter men afslog. Sagen er også sendt til Børnehuset med henblik på eventuel videoafhøring. Politiet kan kontaktes på 114 med henvisning til journalnummeret.""",

"""Underretning fra børnehave
Barnet fortalte i dag ved frokost, at Far havde »kastet med en stol«, og at lillebror græd. Vi har observeret, at barnet bliver meget urolig, når Far henter. Mor har tidligere fortalt personalet, at hun er ved at flytte fra Far. Vi underretter pga. den skærpede underretningspligt. Barnet har været i børnehaven i {$n} år og har indtil nu trivedes. Vi har ikke talt med forældrene om underretningen, da vi er i tvivl om, hvorvidt det kan skade barnet.
Underretter: pædagog, stuen med de store børn""",

"""Overdragelse mellem rådgivere
Sagen: Barn A, {$sage} år, anbragt på opholdssted siden {$year}.
Vigtigt at vide: Mor er meget kritisk over for kommunen og optager gerne møder. Far er i fængsel indtil næste sommer; breve sendes via Kriminalforsorgen. Mormor er den stabile voksne og svarer altid. Barnet har selv et ønske om at skifte skole efter sommerferien. Der skal laves ny barnets plan inden {$date}. Opholdsstedet koster {$amount} pr. døgn, og der er bevilget ekstra støtte på {$hours} timer om ugen. Husk ledelsestilsyn i {$month}.""",

"""Overlevering – til ny rådgiver
Her er det vigtigste om familien:
• Barn A og Barn B bor hos Far, Mor bor i {$country}.
• Far taler godt dansk, men vil have tolk til svære samtaler.
• Faster er ressource, men Far og hun er uvenner lige nu.
• Skolen: kontaktlæreren er god at samarbejde med, ring via kontoret.
• Åbne opgaver: partshøring sendt {$date}, afventer svar.
• Økonomi: bevilling af {$method} til {$amount}, udløber i {$month}.
Held og lykke! Ring endelig, hvis noget er uklart – jeg sidder i samme team til og med {$holiday}.""",

"""Citater fra samtalen med Mor:
»Jeg har aldrig sagt, at barnet ikke må se sin far. Jeg har bare sagt, at han skal være ædru.«
»Når hun har været derovre, kommer hun hjem og siger, at hun hader mig.«
»Det er ikke nogen lykke at være mor lige nu, men jeg prøver.«
»Jeg vil gerne have, at I ringer til min veninde, hun kan fortælle jer, hvordan jeg er som mor.«
Rådgiver noterede, at Mor var grådlabil under samtalen, men god til at sætte ord på sine ønsker. Vi aftalte at mødes igen {$date}.""",

"""Far sagde under mødet:
»Min søn er ikke et problem. Problemet er skolen. Klasselæreren har været efter ham siden 2. klasse.«
Far nægtede at underskrive samtykke til at indhente oplysninger fra PPR. Far oplyste, at han kun vil kontaktes, »hvis det er vigtigt«. Far forlod mødet efter 20 minutter. Rådgiver har efterfølgende sendt referatet til Far via Digital Post og tilbudt et nyt møde med tolk. Mor deltog ikke, da hun ikke ønsker at være i samme rum som Far. Sten på sten bygges tilliden op, sagde faglig koordinator bagefter.""",

"""Den unge ({$tage}) skrev selv dette, som den unge bad om kom med i sagen:
»Jeg vil bo hos min farmor, fordi hun lytter. Min mor er sød, men hun drikker. Jeg vil ikke på opholdssted, og jeg vil ikke skifte skole igen. Jeg har boet fem steder på tre år. Jeg vil gerne have en kontaktperson, som ikke er fra kommunen. Jeg spiller {$brand} om aftenen, fordi så tænker jeg ikke på det.«
Teksten er scannet ind og journaliseret {$date}. Rådgiveren har lovet at læse den op på næste møde, hvis den unge ønsker det.""",

"""Matchning – plejefamilie
Plejefamilien er godkendt som almindelig plejefamilie til ét barn i alderen 0-6 år. Plejemor er uddannet pædagog, plejefar er landmand. Der er i forvejen to biologiske børn i hjemmet, og familien har {$pet}. Familien har besøgt barnet i vuggestuen og har mødt Mor én gang. Familieplejekonsulenten anbefaler matchet. Der aftales en indkøringsperiode på tre uger med gradvist længere besøg. Plejevederlaget fastsættes til {$n} vederlag, og der bevilges {$amount} til indkøb af barneseng og autostol.""",

"""Ledelsestilsyn – stikprøve {$dnum}
Sag: {$case}
Fund: Barnets plan ikke opdateret siden {$year}. Børnesamtale afholdt rettidigt. Partshøring sendt til Mor men ikke til Far, som har fælles forældremyndighed. Den børnefaglige undersøgelse blev afsluttet efter 4 måneder og {$n} dage, dvs. fristen i § 20, stk. 3, er overskredet. Opfølgning: sagsbehandler sender partshøring til Far inden 14 dage og laver en foreløbig vurdering. Tilsynet registreres i {$system} under kategorien »Frister«. Samlet vurdering: {$pct} af tjekpunkterne er opfyldt.""",

"""Referat fra sparringsmøde (teammøde {$date})
Faglig koordinator rammesatte (3 min). Sagsejer præsenterede familien med genogram og tidslinje: Mor, to børn på {$sage} og {$sage} år, Morfar som vigtigste netværksperson. »Jeg ønsker sparring på, om vi skal gå fra § 32 til anbringelse.« Opklarende spørgsmål (8 min). Refleksionsrunden pegede på, at Morfar ikke er inddraget nok, og at ICS-trekantens side om familie og netværk er tynd. Sagsejer svarede, at det var nyttigt at høre. Faglig koordinator afsluttede og bad om netværksmøde inden 3 uger.""",

"""Klage modtaget via Digital Post
»Jeg klager over, at min datter er blevet flyttet, uden at jeg blev spurgt. Sagsbehandleren har skrevet forkerte ting om mig i referatet. Jeg vil have aktindsigt i alt. Og jeg vil have en ny sagsbehandler.«
Klagen er registreret (dok.nr. {$doc}) og videresendt til genvurdering. Frist for genvurdering: 4 uger, herefter sendes sagen til Ankestyrelsen. Anmodningen om ny sagsbehandler behandles af lederen. Klager er Far, som har del i forældremyndigheden. Kvittering sendt {$dnum}.""",

"""Efterværn, ung på 18
Den unge fylder 18 i {$month} og ønsker efterværn i form af fortsat ophold i plejefamilien. Den unge har selv skrevet til os via Digital Post og ønsker at blive, »til jeg er færdig med HF«. Sagen forelægges visitationsudvalget {$date}. Den unge har et fritidsjob i {$brand} og betaler selv sin telefon. Plejemor har tilkendegivet, at familien gerne fortsætter, hvis kommunen dækker udgifterne ({$amount} om måneden). Efterværn kan bevilges efter Barnets lov frem til det fyldte 23. år.""",

"""Akutvagt, aften
Kl. 21.35 ringede en nabo til familien ind til vagten. Naboen hørte børnegråd og en voksen, der råbte, fra lejligheden ovenover. Ifølge vores system bor der Mor og to børn på {$sage} og {$sage} år. Vagten bad naboen ringe 112, hvis det eskalerer. Politiet kørte derud kl. 22.05; alt var roligt, og Mor var ædru. Overdrages til rådgiver i morgen tidlig sammen med politiets døgnrapport. Nabo ønskede at være anonym; vejledt om, at anonymitet ikke kan garanteres.""",

"""Vagtrapport fra døgninstitution
Nat {$date}. Den unge kom hjem kl. 03.10, tydeligt påvirket. Den unge havde været hos en kammerat i byen. Nattevagten tilkaldte ikke lægevagt, men tjekkede den unge hvert 15. minut. Kl. 07 ringede vi til Mor. Mor var vred over, at vi ikke havde ringet om natten. Hændelsen er registreret som magtanvendelse: nej / utilsigtet hændelse: ja. Sendes til rådgiver. Vi bemærker, at det er {$n}. gang i denne måned, og foreslår et møde om rusmidler med SSP.""",

"""Fra: Plejemor
Emne: Tandlæge

Hej

Barnet skal have trukket to tænder. Tandlægen siger, at der skal være samtykke fra forældremyndighedsindehaveren. Kan du skaffe det fra Mor? Hun har ikke svaret på mine sms'er. Tandlægen har sendt et overslag på {$amount}. Barnet er nervøs, men vi har lovet en tur i Legoland bagefter. Og så vil vi gerne høre, om vi må tage barnet med til Skagen i {$holiday}.

Kh
Plejemor

Sendt fra min iPad""",

"""Bisidder
Mor har valgt en bisidder, jf. Barnets lov § 6. Bisidder er Mors tidligere kollega. Mor har givet samtykke til, at bisidder får tilsendt mødeindkaldelser. Bisidder deltog første gang i mødet {$date}, hvor også Far og hans advokat var til stede. Bisidderen har ikke partsrettigheder og kan ikke få aktindsigt på Mors vegne. Bisidderen spurgte, om Mor kan få dækket transport ({$amount}); rådgiver undersøger det. Næste møde holdes i {$town}.""",

"""Referat fra overleveringsmøde med Grønland
Deltog: rådgiver fra den grønlandske kommune (via Teams), rådgiver fra Myndighed Børn og Unge samt Mor.
Barnet ({$sage} år) flytter med Mor fra Nuuk til Danmark. Familien har haft en sag i Grønland siden {$year}. Morbror bor i Danmark og har tilbudt at hjælpe med bolig. Mor taler grønlandsk og dansk. Sagens akter oversendes i krypteret form; der skal bruges tolk ved samtaler med morfar, som bliver i Grønland. Handlekommune er fra tilflytningsdatoen Fjordby Kommune.""",

"""Notat: vejledning om Barnets lov
Mor ringede og spurgte til forskellen på en støttende indsats efter Barnets lov § 32 og en tidligt forebyggende indsats efter § 30. Rådgiver forklarede, at § 30 kan gives uden en børnefaglig undersøgelse, mens § 32 forudsætter en afgørelse på baggrund af en undersøgelse efter § 20. Mor spurgte også, om barnet selv er part i sagen. Rådgiver forklarede, at barnet fra 10 år har partsrettigheder i visse sager, jf. § 3. Mor blev henvist til {$auth} for spørgsmål om forældremyndighed.""",

"""ICS-trekanten – vurdering (uddrag)
Barnets udvikling: Barnet har {$diag} og er i behandling i børne- og ungdomspsykiatrien. Skolefraværet er {$pct}. Barnet har få venskaber, men spiller {$brand} online med to drenge fra klassen.
Forældrekompetencer: Mor sørger for det basale, men har svært ved at sætte grænser. Stimulering og vejledning er mangelfuld.
Familie og netværk: Familien bor i en trevær. lejlighed, Mor er på sygedagpenge, og økonomien er presset (husleje {$amount}). Mormor og en moster er vigtige ressourcer.""",

"""Skaleringsspørgsmål – opsamling
På en skala fra 0 til 10, hvor 10 betyder, at barnet er sikkert nok til, at kommunen kan lukke sagen, og 0 betyder, at barnet ikke kan blive boende hjemme:
– Mor: {$scale} (»det går meget bedre end i maj«)
– Far: {$scale}
– Skolen: {$scale}
– Sundhedsplejen: {$scale}
– Rådgiver: {$scale}
Begrundelser blev skrevet på tavlen. Alle var enige om, at det vigtigste næste skridt er en fast aftale om, hvem der henter om fredagen. Sikkerhedsplanen justeres {$date}.""",

"""Dagsorden for møde i børne- og ungeudvalget {$date} {$time}
1. Godkendelse af dagsorden
2. Sag nr. {$case}: anbringelse uden samtykke, jf. Barnets lov § 47 (lukket punkt)
3. Sag nr. {$case}: opretholdelse af anbringelse (lukket punkt)
4. Orientering om Ankestyrelsens praksis på området
5. Eventuelt
Forældrene og den unge over 12 år har ret til at udtale sig for udvalget og til gratis advokatbistand. Mødet holdes i byrådssalen. Materialet udsendes via e-Boks senest en uge før.""",

"""Notat efter samtale med PPR
PPR-psykologen har observeret barnet i klassen to gange. Barnet sidder ofte med hætten over hovedet og har svært ved at komme i gang. Psykologen anbefaler en pædagogisk-psykologisk vurdering og en udredning for {$diag} i børne- og ungdomspsykiatrien. Skolen har allerede afprøvet {$method} i klassen med god effekt. Mor er positiv over for udredning, Far er skeptisk. PPR's ventetid er aktuelt {$weeks} uger. Næste netværksmøde: {$date}.""",

"""Samværsnotat
Overvåget samvær i familiehuset {$date} {$time}-15.00. Far kom til tiden og havde kage med. Barnet var genert i starten, men legede efter ti minutter med Lego på gulvet. Far spurgte til skolen og til fodbold. Der var en kort episode, hvor Far hævede stemmen, da barnet ikke ville rydde op; samværskontrollanten afledte. Afslutning gik fint, barnet krammede Far. Næste samvær om {$n} uger. Barnet sagde i bilen hjem: »Det var faktisk hyggeligt.«""",

"""Beskeder fra tavlen på teammødet
– Maj-møderne flyttes til juni pga. kursus i {$method}
– Husk at DUBU lukker for opdatering {$wd} fra kl. 16
– Ny skabelon til partshøring ligger i {$system}
– Stormen i weekenden: vagten havde mange opkald, tak til jer der tog over
– Bo-tilbuddet for unge i {$town} har ledige pladser fra 1. {$month}
– Kage fredag: det er lederens tur (igen)
Referent: teamsekretæren""",

"""Intern mail: budgetopfølgning
Hej alle
Vi har nu brugt {$pct} af årets budget til anbringelser og {$pct} til forebyggende indsatser. Udgifterne til opholdssteder er steget med {$amount} siden sidste kvartal, primært pga. to nye anbringelser. Vi skal derfor være ekstra opmærksomme på at vurdere, om en netværksanbringelse kan være et alternativ. EAN-nummer for fakturaer er uændret: 5798000123456. Husk at alle bevillinger over {$amount} skal godkendes af lederen.
Venlig hilsen
Økonomikonsulenten, Børn og Unge""",

"""Vejledning til forældre (uddrag fra kommunens pjece)
Hvad sker der, når kommunen modtager en underretning? Kommunen skal inden for 24 timer vurdere, om barnet har brug for akut hjælp. Derefter vurderer vi, om der skal ske mere. Det kan være en afdækning eller en børnefaglig undersøgelse. Du har ret til at se sagens papirer (aktindsigt) og til at have en bisidder med til møder. Har du spørgsmål, kan du ringe til kommunens omstilling på {$switch} eller kigge på borger.dk. Børn og unge kan altid ringe anonymt til BørneTelefonen på 116 111.""",

"""Refleksion fra supervision
Rådgiveren beskrev, hvordan det føltes at sidde med familien i {$n} timer uden at komme videre. Supervisor spurgte: »Hvad ville barnet sige, hvis det sad her?« Det åbnede for en ny vinkel. Vi talte om, at det er svært at rose forældre, når man samtidig skal skrive en bekymrende undersøgelse. Men roser vi ikke det, der virker, mister vi samarbejdet. Aftale: rådgiveren prøver at bruge spørgsmålene fra Signs of Safety mere bevidst og tager sagen op igen på teammødet {$date}.""",

"""Hjemmebesøg, uanmeldt
{$ts}. Ingen åbnede ved første ringning. Efter fem minutter åbnede Mor. Hun havde sovet og undskyldte. Barnet var i skole. Lejligheden var kold, og der lå tomme flasker i køkkenet. Mor sagde, at det var fra en fest i weekenden. Rådgiver spurgte, om Mor har det svært, og hun begyndte at græde. Mor har ikke været hos lægen i et halvt år. Aftalt at Mor ringer til sin læge i dag, og at rådgiver følger op {$wd}. Vurdering drøftes med faglig koordinator.""",

"""Mødeplan for anbragte børn – forår
Uge {$n}: opfølgning på plejefamilier i {$town}
Uge 1{$n}: besøg på opholdssteder (2 dage)
Uge 2{$n}: børnesamtaler, alle anbragte over 10 år
Uge 2{$n}: ledelsestilsyn, stikprøver
Husk: ved alle besøg skal barnet tilbydes en samtale alene, jf. Barnets lov § 5. Referater skrives i {$system} senest 5 hverdage efter. Kørsel afregnes med {$amount} pr. km efter statens takst. Spørgsmål til planen rettes til teamlederen.""",

"""Opsummering fra familierådslagning
Familien holdt privat tid i {$n} timer uden fagpersoner. Planen, de kom tilbage med:
1. Barnet bor fortsat hjemme.
2. Mormor henter fra skole hver dag og laver lektier.
3. Morbror tager barnet med til håndbold to gange om ugen.
4. Mor går i behandling for sit alkoholforbrug og starter {$date}.
5. Hvis planen ikke holder, mødes familien igen inden 14 dage.
Rådgiveren godkendte planen med en tilføjelse om, at skolen giver besked ved fravær. Koordinatoren fra familierådslagningen skriver den endelige plan.""",

"""Afslag på ansøgning om aflastning
Vi har behandlet ansøgningen om aflastning til barnet. Vi har truffet afgørelse om afslag, da vi vurderer, at barnets behov kan dækkes af en mindre indgribende indsats, nemlig {$method} i hjemmet, jf. Barnets lov § 32. Vi har lagt vægt på, at barnet trives i skolen, og at familien har et netværk. Du kan klage inden 4 uger fra modtagelsen af dette brev. Klagen sendes til kommunen. Hvis vi fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen. Sagsnr. {$case}.""",

"""Tjekliste før børnesamtale
☐ Er forældrene orienteret (med mindre der er tale om en samtale efter § 137, stk. 3)?
☐ Har barnet selv valgt en voksen at have med?
☐ Er lokalet roligt? (undgå kontoret med glasvæggen)
☐ Tegnepapir og farver til de tre huse
☐ Tolk bestilt? Husk at tolken ikke må kende familien
☐ Afsæt tid efter samtalen til at skrive referat samme dag
☐ Husk at læse referatet op for barnet
☐ Journalisér i {$system} under dokumenttype »Samtale med barn«
Tjeklisten er senest revideret i {$month} {$year}.""",

"""Statistik til teammødet
I {$month} modtog afdelingen {$n}{$n} underretninger, heraf {$pct} fra skoler, {$pct} fra politiet og resten fra dagtilbud, sundhedsvæsen og borgere. {$n} underretninger førte til en børnefaglig undersøgelse. Gennemsnitlig sagsbehandlingstid for undersøgelser var {$n}{$n} uger. Fristen på 4 måneder blev overholdt i {$pct} af sagerne. Vi har {$n} sager, hvor barnets plan er over 6 måneder gammel. Tallene er trukket fra DUBU {$dnum} og er ikke kvalitetssikret.""",

"""Aula-besked fra SFO til rådgiver
Hej. Som lovet får du en status på afhentning. Mor henter mandag, onsdag og fredag, Mormor tirsdag og torsdag. Der har to gange været en nabo, som ikke står på listen; vi har ikke udleveret barnet, men ringede til Mor, som gav lov. Vi har bedt Mor opdatere listen i Aula. Barnet har det godt i SFO'en og elsker at bygge huler i skoven bag ved. Ved tvivl om afhentning kontakter vi fremover vagten via {$switch}.
Hilsen SFO-pædagogen""",

"""Telefonnotat – Familieretshuset
Familieretshuset ringede for at høre, om kommunen har oplysninger af betydning for sagen om bopæl og samvær. Rådgiver oplyste, at kommunen har en åben sag med en støttende indsats efter § 32, og at der ikke er konstateret vold i hjemmet. Familieretshuset sender en skriftlig anmodning, som besvares inden 14 dage. Rådgiver gjorde opmærksom på, at barnet har udtrykt et ønske om at bo hos Mor i hverdagene. Sagen hos Familieretshuset har nr. {$case}.""",
]

CLEAN += [
"""Journalnotat – skolemøde {$dnum}
Deltagere: skoleleder, klasselærer, AKT-vejleder, Mor, Far og rådgiver. Skolen beskrev, at eleven har et fravær på {$pct}, og at det især er mandage og fredage. Eleven har svært ved overgangene, fx når klassen skal fra klasseværelset til idrætshallen. Mor fortalte, at morgenerne er en kamp, og at hun ofte må ringe til sin chef og sige, at hun kommer for sent. Far mener, at skolen stiller for store krav. AKT-vejlederen foreslog et skema med faste pauser og en voksen, der tager imod ved porten kl. 7.55. Alle var enige om at afprøve det i {$weeks} uger. Rådgiver undersøger, om der kan bevilges {$method} til hjemmet. Opfølgning {$date} {$time}. Referatet sendes til alle via {$system}.""",

"""Sagsgennemgang før lukning
Sagen (sagsnr. {$case}) blev oprettet i {$month} {$year} efter en underretning fra skolen. Der blev gennemført en børnefaglig undersøgelse efter Barnets lov § 20, og familien modtog herefter familiebehandling efter § 32 i {$n} måneder. Ved seneste netværksmøde skalerede alle parter mellem 8 og 10. Barnet går nu i skole hver dag, og Mor har fået et fleksjob. Far har samvær hver anden weekend efter aftale med Familieretshuset. Rådgiver vurderer, at barnet ikke længere har behov for støtte, og at sagen kan lukkes. Forældrene er partshørt og er enige. Afslutningsbrev sendes via Digital Post. Ledelsestilsyn foretaget {$dnum}.""",

"""Notat om telefonmøde med børne- og ungdomspsykiatrien
Psykiatrien oplyser, at barnet er udredt og har fået diagnosen {$diag}. Der anbefales opstart med {$med} og psykoedukation til forældrene. Ventetiden på forældrekurset er {$weeks} uger. Psykiatrien foreslår, at skolen får en kort vejledning, og at kommunen overvejer en kontaktperson. Rådgiveren spurgte til, om barnets søvnproblemer kan hænge sammen med diagnosen; svaret var ja, og der kan gives melatonin i en periode. Psykiatrien afslutter barnet til egen læge om et halvt år. Kontakt til afdelingen sker via sekretariatet på hospitalets hovednummer, ikke via behandlerne direkte.""",

"""Udkast til afgørelse – kontaktperson (intern)
Vi har truffet afgørelse om at bevilge en fast kontaktperson til den unge efter Barnets lov § 32, stk. 1, nr. 6. Kontaktpersonen bevilges i {$hours} timer om ugen i perioden fra 1. {$month} og seks måneder frem. Formålet er at støtte den unge i at komme i skole, at få en struktur på hverdagen og at komme væk fra det miljø, hvor der er hash og småkriminalitet. Vi har lagt vægt på, at den unge selv ønsker en kontaktperson, og at forældrene er enige. Udgiften er {$amount} om måneden. Klagevejledning: klage inden 4 uger, jf. retssikkerhedsloven § 67. Journalnr. {$case}.""",

"""Referat: møde med SSP
SSP-konsulenten orienterede om, at en gruppe unge på 13-15 år ofte opholder sig ved stationen og ved tankstationen om aftenen. Der har været tyverier i {$brand} og uro i bussen. Politiet har talt med flere af de unge, og der er sendt underretninger på tre af dem. SSP foreslår, at klubben holder længere åbent fredag, og at gadeteamet går ture i området. Rådgiverne drøftede, hvordan man kan tale med forældrene uden at skabe modstand. Næste SSP-møde er {$date}. Ingen navne blev nævnt på mødet, da der ikke var samtykke.""",

"""Mail til teamet: nye regler for journalisering
Hej alle
Fra 1. {$month} skal alle telefonnotater journaliseres senest dagen efter, og børnesamtaler skal have deres egen dokumenttype i {$system}. Vi har også fået en ny vejledning om, hvornår man skriver »Mor« og »Far«, og hvornår man skriver forældrenes navne: I referater, der sendes til fagpersoner uden for kommunen, bruges altid rollebetegnelser. Vejledningen ligger på intranettet under Børn og Unge › Metoder › Journalisering. Spørgsmål kan tages på teammødet {$wd}. Husk at slette kladder fra skrivebordet.
Venlig hilsen
Den faglige koordinator""",

"""Oplæg til børne- og ungeudvalget (anonymiseret)
Sagen vedrører en pige på {$tage} år, som har været anbragt frivilligt på et opholdssted siden {$year}. Forældrene har trukket samtykket tilbage. Forvaltningen indstiller, at anbringelsen opretholdes uden samtykke efter Barnets lov § 47, fordi der er åbenbar risiko for, at pigens sundhed eller udvikling lider alvorlig skade. Pigen har selv udtalt, at hun ønsker at blive på opholdsstedet, men savner sin lillebror. Pigen har fået beskikket en advokat. Forældrene er repræsenteret ved advokat. Mødet holdes {$date} {$time}. Udvalgets afgørelse kan indbringes for Ankestyrelsen.""",

"""Sms fra den unge (gengivet uden afsenderoplysninger)
»hej det er mig. jeg kommer ik til mødet imorgen. jeg har fået arbejde i netto og skal møde kl 8. kan vi ikke tage det på fredag i stedet. og så vil jeg gerne snakke om det med lejligheden, der er en på Strøget der siger at jeg kan få et værelse for 3000 om måneden«
Rådgiver svarede, at mødet flyttes til fredag kl. 14, og at vi taler om bolig. Rådgiver bemærker, at værelset kan være en fremleje uden kontrakt, og at den unge skal vejledes om risikoen. Mødet flyttes i {$system}.""",

"""Notat: samarbejde med krisecentret
Mor og de to børn har opholdt sig på krisecenter siden {$date}. Krisecentret oplyser, at børnene har fået plads i en midlertidig skoleordning, og at Mor har fået hjælp til at søge om ny bolig. Der er en børnefaglig medarbejder på centret, som har haft samtaler med børnene. Begge børn sover dårligt og spørger efter Far. Far har ikke kendskab til opholdsstedet, og det skal forblive sådan. Alle breve til Mor sendes via Digital Post, og ingen adresser må fremgå af dokumenterne. Politiet har givet Far et tilhold. Rådgiver besøger centret {$wd} {$time}.""",

"""Journal – ungesamtale
Den unge ({$tage} år) mødte op til tiden, hvilket er første gang i tre måneder. Vi talte om skolen, om pengene og om kæresten. Den unge fortalte, at der er dage, hvor det hele er sort, og at Snapchat og TikTok gør det værre. Rådgiver spurgte ind til selvskade; den unge sagde, at det er over et halvt år siden. Vi aftalte, at den unge får et forløb hos en psykolog via kommunens tilbud, og at den unge selv ringer til BørneTelefonen (116 111) eller Livslinien, hvis tankerne kommer igen om natten. Næste samtale om to uger. Den unge ville gerne have en kop kakao med næste gang.""",

"""Referat fra møde på efterskolen
Deltagere: forstanderen, kontaktlæreren, eleven, Mor og rådgiver (via Teams). Eleven har været på efterskolen siden august og har haft det svært de første måneder med hjemve. Nu har eleven fundet sig til rette og spiller musik og håndbold. Skolen oplever en venlig og hjælpsom elev, som dog har svært ved at sove. Mor er glad, men bekymret for økonomien; kommunen betaler {$pct} af skoleafgiften efter en særlig aftale. Eleven ønsker at fortsætte i 10. klasse på samme skole. Rådgiver undersøger muligheden og vender tilbage inden {$holiday}.""",

"""Tilsynsrapport (uddrag) – plejefamilie
Socialtilsynet har foretaget anmeldt tilsyn {$date}. Familien har to anbragte børn og et eget barn. Tilsynet vurderer, at plejefamilien i høj grad understøtter børnenes udvikling og trivsel. Der er tydelige rutiner, og begge børn har gode relationer til de voksne. Tilsynet anbefaler, at familien deltager i kursus om traumer. Huset er stort nok, og der er en have med høns og {$pet}. Tilsynet har ikke fundet forhold, der giver anledning til påbud. Næste tilsyn senest om 12 måneder. Rapportens journalnr. hos Socialtilsynet: {$case}.""",

"""Oversigt over indsatser i sagen
- Familiebehandling, § 32, stk. 1, nr. 3 – {$hours} timer/uge, {$amount}/md.
- Kontaktperson til storebror, § 32, stk. 1, nr. 6 – 4 timer/uge
- Aflastning i weekender, § 32, stk. 1, nr. 5 – én weekend pr. måned
- Ungdomsklub med ekstra støtte (tidligt forebyggende, § 30)
- {$method}-forløb for forældrene (afsluttet i {$month})
Samlet månedlig udgift: {$amount}. Alle indsatser revurderes ved næste opfølgning {$date}. Bemærk at aflastningen leveres af et privat tilbud, som fakturerer kvartalsvis (faktura {$doc}).""",

"""Brev om opfølgning på barnets plan
Kære forældre
Vi skal følge op på barnets plan, som blev lavet i {$month} {$year}. Det er et krav i Barnets lov, at vi følger op senest seks måneder efter, at indsatsen er sat i gang. Vi vil gerne høre, hvordan I oplever, at det går, og hvad barnet selv synes. Vi foreslår et møde {$date} {$time}. Vi vil også gerne tale alene med barnet, enten på skolen eller i hjemmet. Hvis I har spørgsmål, kan I ringe til kommunens omstilling på {$switch}. I kan også skrive via Digital Post.
Venlig hilsen
Myndighed Børn og Unge""",

"""Notat om uddannelse og beskæftigelse (ungeplan)
Den unge er {$tage} år og går i 9. klasse. Den unge drømmer om at blive mekaniker eller arbejde med dyr og har været i praktik på en gård ved {$town}. Lærerne vurderer, at den unge kan klare afgangsprøven med ekstra støtte i matematik. UU-vejlederen anbefaler en erhvervsskole med grundforløb fra august. Den unge har et fritidsjob med at bære aviser ud og tjener ca. {$amount} om måneden. Ungeplanen, jf. Barnets lov § 108, skal udarbejdes, inden den unge fylder 16. Delmål: afgangsprøve, optagelse på erhvervsskole og en fritidsaktivitet.""",

"""Journal – hændelse i skolen
Skolen ringede kl. 11.20. Under frikvarteret havde eleven slået en kammerat med en sten, så kammeraten måtte på skadestuen. Eleven var efterfølgende meget ked af det og sagde, at det var et uheld. Skolen har sendt eleven hjem med Mor. Der er tale om den tredje voldsepisode i {$month}. Skolen ønsker et møde med PPR og kommunen om, hvorvidt eleven har brug for et andet skoletilbud. Rådgiver bemærker, at eleven har {$diag} og venter på medicinsk behandling. Mødet er aftalt {$date}. Kammeratens forældre har ikke anmeldt episoden til politiet.""",

"""Mail fra opholdsstedet (anonymiseret af rådgiver)
Hej
Status for måneden: Den unge har passet skolen 90 % af tiden og har fået en god ven på stedet. Der har været én konflikt, hvor den unge smadrede en dør; vi brugte Low Arousal og fik situationen ned uden magtanvendelse. Den unge har været på weekend hjemme to gange, og Mor fortæller, at det gik godt. Den unge vil gerne starte til boksning i den lokale klub. Vi søger om {$amount} til kontingent og udstyr. Vi foreslår statusmøde {$date}.
Venlig hilsen
Afdelingslederen""",

"""Sparringsnotat: skal vi lave en afdækning eller en undersøgelse?
Underretningen kom fra en nabo og handler om råb og skrig om aftenen. Familien er ikke tidligere kendt. Screeningen efter § 18 viste, at barnet går i skole hver dag, og at sundhedsplejen ikke har bekymringer. Teamet drøftede, om en afdækning efter § 19 er tilstrækkelig, eller om der skal laves en børnefaglig undersøgelse efter § 20. Refleksionsrunden pegede på, at vi mangler barnets perspektiv. Beslutning: afdækning med samtale med barnet og forældrene inden {$n} uger. Hvis afdækningen giver nye bekymringer, overgår sagen til undersøgelse.""",

"""Referat fra forældresamtale om samvær
Mor og Far mødtes for første gang i et år på kommunens kontor. Begge ønsker det bedste for barnet, men er uenige om, hvor meget samvær Far skal have. Mor ønsker samvær hver anden lørdag i fire timer; Far ønsker hver anden weekend med overnatning. Rådgiver forklarede, at kommunen ikke kan træffe afgørelse om samvær mellem forældre, men kan støtte dem i at lave en aftale. Forældrene blev henvist til Familieretshuset og til en konfliktmægling. Stemningen var bedre til sidst. Barnet var hos Mormor imens og spiste is på havnen.""",

"""Huskeseddel – Digital Post og Sikker Post
1. Breve til forældre sendes altid via Digital Post, også selvom forældrene har fået dem udleveret på mødet.
2. Underretninger fra fagpersoner modtages via Sikker Post eller kommunens formular.
3. Brug aldrig almindelig mail til fortrolige oplysninger.
4. CPR-numre må ikke skrives i emnefeltet.
5. Hvis en borger er fritaget for Digital Post, sendes brevet med almindelig post.
6. Kommunens hovednummer {$switch} må gerne oplyses til borgere; medarbejdernes private numre aldrig.
Senest opdateret {$dnum} af teamets superbruger.""",

"""Referat – møde med dagplejen
Dagplejeren har passet barnet i {$n} måneder og beskriver et barn, der græder meget om morgenen og er svær at trøste. Barnet spiser godt og sover til middag. Mor virker tit stresset ved aflevering og har flere gange glemt bleer og skiftetøj. Dagplejepædagogen har haft to samtaler med Mor og tilbudt hjælp. Dagplejen underretter ikke på nuværende tidspunkt, men vil gerne have sparring. Rådgiver foreslog, at sundhedsplejen laver et ekstra besøg, og at Mor tilbydes et forløb i familiehuset. Ny status om {$weeks} uger.""",

"""Notat om tolkning
Ved mødet {$date} blev der anvendt telefontolk på tigrinya. Forbindelsen var dårlig, og det var svært at sikre, at Far forstod indholdet. Far sagde flere gange »okay«, men kunne ikke gengive, hvad der var aftalt. Rådgiver vurderer, at mødet skal gentages med fremmødetolk. Det er vigtigt, at tolken ikke kender familien, da miljøet i byen er lille. Tolkebureauet har bekræftet, at de kan stille med en tolk fra {$town}. Udgiften er {$amount} for to timer. Referatet oversættes skriftligt og sendes til Far.""",

"""Juleferie og samvær – notat
Forældrene har hver især kontaktet rådgiveren om samvær i julen. Mor ønsker, at børnene er hjemme juleaften og 1. juledag. Far ønsker 2. juledag og nytårsaften. Plejefamilien har planlagt en tur til Sverige mellem jul og nytår. Rådgiveren har lavet et forslag, hvor børnene er hos Mor juleaften fra kl. 14 til 20 med overvågning, hos Far 2. juledag fra 11 til 16, og hvor turen med plejefamilien fastholdes. Forslaget sendes til alle parter med svarfrist {$date}. Børnene er blevet spurgt og ønsker især at være sammen med hinanden.""",

"""Undervisningsnotat: Marte Meo i familien
Marte Meo-terapeuten har optaget tre korte videoer i hjemmet ved måltidet og ved sengetid. I gennemgangen med Mor blev der vist billeder af gode øjeblikke, hvor Mor følger barnets initiativ og benævner det, barnet gør. Mor sagde: »Jeg vidste slet ikke, at jeg gjorde det.« Næste fokus er at give barnet tid til at svare. Forløbet er bevilget til {$n} sessioner efter § 32, og der er brugt halvdelen. Far har ikke ønsket at deltage i optagelserne, men vil gerne se videoerne. Evaluering {$date}.""",

"""Overblik til ny medarbejder: sådan er afdelingen organiseret
Myndighedsafdelingen består af tre teams: modtagelsen (underretninger og screening), familieteamet (undersøgelser og støttende indsatser) og anbringelsesteamet. Hvert team har en faglig koordinator og en teamleder. Vi bruger ICS og Signs of Safety og har faste sparringsmøder hver tirsdag kl. 9-10. Alle sager journaliseres i DUBU, og dokumenter sendes via Digital Post. Afdelingens omstilling har nummeret {$switch}. Ved akutte sager efter kl. 16 overtager den fælles døgnvagt. Velkommen – og spørg endelig løs.""",

"""Note fra supervision om et barn med mange skift
Barnet har haft {$n} forskellige sagsbehandlere på fire år og er flyttet mellem tre kommuner. Supervisoren bad os tegne en tidslinje over alle skift: bolig, skole, voksne. Det blev tydeligt, at barnet aldrig har haft en stabil voksen i mere end et år. Teamet drøftede, hvordan vi kan sikre kontinuitet, fx ved at fastholde den samme kontaktperson, selvom sagen skifter team. Supervisoren mindede om, at barnets perspektiv skal stå først i barnets plan. Næste gang tager vi sagen op med fokus på skolen.""",

"""Telefonnotat – opkald fra apoteket
Apoteket ringede, fordi en recept på {$med} til barnet var blevet hentet to gange på en uge. Apoteket var i tvivl om, hvorvidt der var tale om en fejl. Rådgiver har kontaktet Mor, som forklarede, at hun havde tabt den første pakke. Rådgiver kontaktede derefter egen læge, som oplyste, at barnets medicin fremover udleveres ugevis i doseringsæske. Lægen overvejer at sende en underretning. Rådgiver noterede, at der tidligere har været bekymring for Mors forbrug af sovemedicin. Sagen drøftes på sparringsmødet {$wd}.""",

"""Refleksionsrunde – anonymiseret case til kursus
En dreng på {$sage} år bor med sin mor i en lille by på Fyn. Drengen har ingen kontakt med sin far. Moren arbejder på et slagteri og har skiftende vagter. Drengen er ofte alene om aftenen og spiller Roblox til langt ud på natten. Skolen er bekymret for hans træthed og hans vægt. Moren er venlig og samarbejdsvillig, men har ikke overskud til at lave mad. Spørgsmål til deltagerne: Hvad ser I i ICS-trekanten? Hvilke ressourcer kan I finde? Hvad ville drengen sige, hvis han blev spurgt?""",

"""Forespørgsel til Ankestyrelsen (udkast)
Kommunen ønsker vejledning i en sag, hvor et barn er anbragt i en anden kommune, og hvor forældrene er flyttet til en tredje kommune. Spørgsmålet er, hvilken kommune der er handlekommune efter retssikkerhedsloven, og hvem der skal betale for anbringelsen. Anbringelsen har varet siden {$year} og koster {$amount} om året. Vi har drøftet sagen med de to andre kommuner uden at nå til enighed. Vi vedlægger sagens akter i anonymiseret form. Kommunens sagsnummer er {$case}. Svar bedes sendt til afdelingens fællespostkasse i Sikker Post.""",

"""Dagbogsnotat fra kontaktpersonen (gengivet i journalen)
Vi mødtes ved biblioteket kl. 15 og gik en tur ad stien langs åen. Den unge fortalte om en drøm om at komme på højskole. Vi talte om penge, og om hvordan man laver et budget. Den unge havde brugt {$amount} på tøj i sidste uge og havde ikke penge til mad resten af måneden. Vi lavede en liste sammen og aftalte, at vi tager i Lidl næste gang. Den unge var i godt humør og grinede meget. Før vi skiltes, spurgte den unge, om jeg fortsætter efter sommerferien. Jeg sagde, at det håber jeg.""",

"""Notat om forældrenes psykiske sundhed
Mor har oplyst, at hun er i behandling for depression hos en privatpraktiserende psykiater og tager Sertralin. Far har tidligere været indlagt med en psykose, men har været stabil i to år. Begge forældre giver udtryk for, at de er bange for, at kommunen »tager børnene«. Rådgiveren har forklaret, at en psykisk sygdom i sig selv ikke er en grund til anbringelse, og at fokus er på, hvordan børnene har det i hverdagen. Rådgiver har spurgt om samtykke til at indhente oplysninger fra psykiateren. Begge har givet samtykke. Svar forventes inden {$date}.""",

"""Markdown-udkast: struktur for den børnefaglige undersøgelse
## 1. Baggrund for undersøgelsen
## 2. Barnets udvikling
- Sundhedsforhold
- Udvikling og adfærd
- Dagtilbud, skoleforhold og læring
- Fritidsforhold og venskaber
## 3. Forældrekompetencer
- Trygt omsorgsmiljø · Stimulering og vejledning · Understøttelse af relationer
## 4. Familie og netværk
- Familieforhold og baggrund · Bolig, beskæftigelse og økonomi · Socialt netværk
## 5. Barnets perspektiv
## 6. Samlet vurdering og konklusion
Skabelonen følger den forenklede ICS fra 2019 og gemmes som dokumenttype »BFU« i {$system}.""",

"""Referat – sikkerhedsplansmøde
Mødet blev holdt i familiens stue. Til stede var Mor, Mormor, Morbror, en nabo og rådgiveren. Børnene var i skole. Vi gennemgik sikkerhedsplanen punkt for punkt:
– Mor ringer til Mormor hver aften kl. 19.
– Hvis Mor ikke svarer, kører Morbror derhen.
– Børnene ved, at de kan gå til naboen.
– Der er ingen alkohol i huset.
Alle underskrev planen. Mor sagde: »Det føles som en ny start.« Rådgiveren skalerede sikkerheden til {$scale} mod {$scale} for en måned siden. Næste møde {$date}.""",

"""Notat: klage over kørsel
Far har klaget over, at taxaen til skolen flere gange er kommet for sent, så barnet har misset første time. Kørselskontoret oplyser, at ruten er lagt om pga. vejarbejde på Ringvejen, og at problemet er løst fra {$wd}. Barnet har {$diag} og bliver meget urolig, når tingene ikke sker til tiden. Rådgiver har bedt kørselskontoret om, at det altid er den samme chauffør. Kørslen koster {$amount} om måneden og er bevilget efter Barnets lov. Far er orienteret og var tilfreds med svaret.""",
]

# Journal addenda that may follow a short clean paragraph (no personal data).
ADDENDA = [
"[Journalnote {$dnum}: Dokumentet er journaliseret på sagsnr. {$case} og sendt til orientering via Digital Post.]",
"Tilføjet {$dnum}: Sagen er drøftet med faglig koordinator, som er enig i vurderingen. Ingen yderligere handling før næste møde.",
"Tilføjet af rådgiver: Forældrene er orienteret mundtligt. Skriftlig orientering følger, når tolken har oversat referatet.",
"[Notat {$dnum}: Kopi sendt til PPR efter samtykke fra begge forældre. Dok.nr. {$doc}.]",
"Efterskrift: Husk at ajourføre barnets plan i {$system}, når indsatsen er bevilget. Bevillingen er på {$amount}.",
"Tilføjet {$dnum}: Mor har ringet og bekræftet aftalen. Hun spurgte samtidig til befordringsgodtgørelse, som behandles særskilt.",
"[Ledelsesnote: Sagen indgår i stikprøven for ledelsestilsyn i {$month}. Ingen bemærkninger.]",
"Tilføjelse: Vurderingen er foretaget med udgangspunkt i ICS-trekanten og de tre kolonner fra Signs of Safety.",
"Efterfølgende: Far har via Digital Post bedt om kopi af dokumentet. Anmodningen behandles som aktindsigt efter forvaltningsloven § 9.",
"[Journalnote: Referatet er læst og godkendt af alle deltagere pr. mail {$dnum}.]",
]

# --------------------------------------------------------------------------------------
# Institutions: invented names; (full form, bare form or None)
# --------------------------------------------------------------------------------------
INST = {
    "skole": [("Hasselbakkeskolen", None), ("Nørremarkens Skole", None), ("Lindehøjskolen", None),
              ("Skovbrynets Skole", None), ("Fjordvangskolen", None), ("Strandagerskolen", None),
              ("Kildevangsskolen", None), ("Tjørnehøjskolen", None), ("Vestre Mølle Skole", None),
              ("Østerbyskolen", None), ("Sønderlundskolen", None), ("Ådalskolen", None)],
    "friskole": [("Lyngå Friskole", None), ("Vesterlund Friskole", None), ("Bøgebjerg Friskole", None),
                 ("Den Lille Friskole ved Gudenåen", None)],
    "special": [("Specialskolen Kastanjegården", "Kastanjegården"), ("Heldagsskolen Solbakken", "Solbakken"),
                ("Skolen ved Åen", None), ("Dagbehandlingstilbuddet Kompasset", "Kompasset"),
                ("Dagskolen Ankeret", "Ankeret")],
    "bh": [("Børnehaven Mælkebøtten", "Mælkebøtten"), ("Børnehaven Troldehøjen", "Troldehøjen"),
           ("Naturbørnehaven Egernet", "Egernet"), ("Skovbørnehaven Rævegraven", "Rævegraven"),
           ("Børnehuset Solsikken", "Solsikken"), ("Børnehaven Kornblomsten", "Kornblomsten")],
    "vug": [("Vuggestuen Spirehuset", "Spirehuset"), ("Vuggestuen Myretuen", "Myretuen"),
            ("Vuggestuen Humlebien", "Humlebien")],
    "oph": [("Opholdsstedet Egely", "Egely"), ("Opholdsstedet Lyngbakken", "Lyngbakken"),
            ("Opholdsstedet Havblik", "Havblik"), ("Behandlingshjemmet Højvang", "Højvang"),
            ("Døgninstitutionen Skovhuset", "Skovhuset"), ("Ungdomshjemmet Fyrreborg", "Fyrreborg"),
            ("Opholdsstedet Stenhøjgård", "Stenhøjgård"), ("Opholdsstedet Tranebo", "Tranebo")],
    "efter": [("Lindebjerg Efterskole", None), ("Sønderå Efterskole", None), ("Kildemarkens Efterskole", None),
              ("Fjordbakkens Efterskole", None), ("Efterskolen Solhverv", None), ("Hedelundens Efterskole", None)],
    "fond": [("Fonden Ungdomsbroen", "Ungdomsbroen"), ("Fonden Løftestangen", "Løftestangen"),
             ("Legatet Solstrålen", None), ("Fonden Den Grønne Tråd", None), ("Fonden Frisk Start Vest", None)],
    "klub": [("Klub Vestergården", None), ("Ungdomsklubben Bunkeren", "Bunkeren"),
             ("Fritidsklubben Stjerneskuddet", "Stjerneskuddet"), ("Ungehuset Fyrtårnet", "Fyrtårnet"),
             ("Klub Flammen", None)],
    "sport": [("Nørreå IF", None), ("Stensby Håndboldklub", None), ("Vestbyens Boldklub", None),
              ("Ådalens Rideklub", None), ("Bøgebjerg Svømmeklub", None)],
    "sfo": [("SFO Regnbuen", "Regnbuen"), ("Fritidshjemmet Lærkereden", "Lærkereden")],
    "krise": [("Krisecentret Lyshøj", None), ("Mødrehjemmet Ravnsbjerg", None)],
}


def make_inst_picker(rng):
    used = set()

    def pick(kind, bare):
        pool = [x for x in INST[kind] if x[0] not in used and (not bare or x[1])]
        full, b = rng.choice(pool)
        used.add(full)
        return b if bare else full
    return pick


INSTITUTION_TPL = [
"""Barn A går i {$klasse} på {inst:skole} og har tidligere gået i børnehaven {inst:bh:bare}. Skolen har siden efterårsferien haft et tæt samarbejde med PPR om barnets koncentration. Klasselæreren beskriver et barn, der er vellidt og hjælpsomt, men som hurtigt bliver træt. Forældrene ønsker, at barnet bliver på skolen og ikke flyttes til et specialtilbud. Rådgiver vurderer, at der er behov for en støttende indsats i hjemmet efter Barnets lov § 32.""",
"""Den unge har siden {$month} {$year} været anbragt på {inst:oph}. Før anbringelsen gik den unge i udskolingen på {inst:skole}, men havde et fravær på over {$pct}. På opholdsstedet går den unge i den interne skole og har fået en god relation til en af pædagogerne. Opholdsstedet foreslår, at den unge fra august starter på {inst:efter}, hvis der kan findes finansiering. Udgiften drøftes på visitationsmødet {$date}.""",
"""Referat fra overgangsmøde {$date}
Deltagere fra {inst:vug}, {inst:bh} og sundhedsplejen samt Mor og rådgiver.
Vuggestuen beskrev et barn, der er glad og nysgerrig, men meget bange for høje lyde. Børnehaven vil tage imod barnet med en fast voksen de første tre uger. Mor var tryg ved planen. Rådgiver følger op efter {$weeks} uger. Det blev aftalt, at overgangen sker efter {$holiday}, så barnet ikke skal starte midt i en travl periode.""",
"""Ansøgning om støtte til fritidsaktivitet
Kommunen har sammen med familien søgt {inst:fond} om et beløb på {$amount} til kontingent og udstyr, så barnet kan starte i {inst:sport}. Barnet har længe ønsket at spille med, men familien har ikke haft råd. Fonden har tidligere givet støtte til børn i kommunen. Hvis ansøgningen afvises, undersøges muligheden for fritidspas via kommunens eget tilskud. Svar forventes inden {$holiday}.""",
"""Status fra {inst:special}
Eleven har nu gået på skolen i et halvt år. Skolen beskriver en positiv udvikling: færre konflikter, bedre søvn og mere lyst til at lære. Eleven har stadig svært ved frikvartererne og får en voksen med ud. Efter skoletid går eleven i {inst:klub}, hvor der er en pædagog, som eleven kender fra skolen. Forældrene er glade for tilbuddet. Skolen anbefaler, at eleven fortsætter næste skoleår, og at der holdes statusmøde i {$month}.""",
"""Notat om skoleskift
Forældrene har ønsket, at barnet skifter fra {inst:skole} til {inst:friskole}. Begrundelsen er, at barnet er blevet mobbet i klassen, og at forældrene ikke oplever, at skolen har grebet ind. Rådgiver har talt med begge skoler. Friskolen har plads i {$klasse} fra næste måned. Rådgiver har gjort forældrene opmærksom på, at skolepengene ikke dækkes af kommunen, men at der kan søges fripladstilskud. Barnet har selv været på besøg og var glad for det.""",
"""Mail fra {inst:oph}
Hej
Vi kan bekræfte, at vi har en ledig plads fra 1. {$month} til en pige på {$tage} år. Vi har læst det anonymiserede materiale og vurderer, at vi kan rumme hendes behov. Vi vil gerne have et formøde med pigen og forældrene, gerne på stedet, så de kan se huset og hestene. Vores takst er {$amount} pr. døgn inkl. intern skole. Vi samarbejder i øvrigt med {inst:skole} om udslusning.
Venlig hilsen
Forstanderen""",
"""Netværksmøde – referat (uddrag)
Til stede: Mor, Far, kontaktlærer fra {inst:skole}, pædagog fra {inst:sfo}, rådgiver.
Hvad virker godt? Barnet er glad for SFO'en og har fået en ven, som barnet leger med hver dag. Far henter om tirsdagen og tager barnet med til træning i {inst:sport}.
Hvad er vi bekymrede for? Barnet er meget træt om morgenen og kommer ofte uden madpakke.
Hvad skal der ske? SFO'en giver morgenmad i en periode, og Mor og Far laver en fælles plan for sengetider. Skalering: {$scale}/10.""",
"""Orientering om anbringelsessted
Barnet anbringes fra {$date} på {inst:oph}, som er godkendt af Socialtilsynet til {$n} børn i alderen 6-14 år. Barnet vil gå i skole på {inst:special:bare}-afdelingen, som ligger i tilknytning til stedet. Søskendesamvær foregår i weekenderne. Barnets nuværende skole, {inst:skole}, er orienteret og vil holde en afskedsdag for barnet. Barnets plan sendes til anbringelsesstedet senest en uge før indflytning.""",
"""Opfølgning på efterskoleophold
Den unge har gået på {inst:efter} siden august. Efterskolen oplyser, at den unge har det godt, er aktiv i musikken og har fundet en god kammerat. Der har været et par episoder med hash på værelsesgangen, og den unge har fået en advarsel. Kommunen har bevilget tilskud til opholdet. Den unge ønsker at tage 10. klasse på samme skole. Rådgiveren har aftalt et møde med forstanderen i {$month}.""",
"""Underretning fra {inst:bh}
Vi underretter om en pige på fire år, som flere gange har fortalt, at hun er alene hjemme om aftenen. Hun kommer ofte uden overtøj, også når det er frostvejr. Pigen har en storebror, som går på {inst:skole}. Vi har talt med Mor, som afviser bekymringen. Vi underretter på grund af den skærpede underretningspligt. Pædagogerne på stuen kan kontaktes via børnehavens kontor.""",
"""Oversigt over lokale tilbud til unge (internt arbejdspapir)
- {inst:klub}: åben man-tors kl. 15-21, har to SSP-uddannede medarbejdere
- {inst:klub}: lektiecafé om tirsdagen
- {inst:sport}: gratis prøvetræning, samarbejder med kommunen om fritidspas
- {inst:fond}: støtter kontingent og udstyr for børn i udsatte familier
Listen opdateres to gange om året af SSP-koordinatoren.""",
"""Referat fra møde om dagbehandling
Deltagere: forældre, rådgiver, PPR og afdelingsleder fra {inst:special}.
Eleven har været i dagbehandling i et år. Behandlingen har fokus på følelsesregulering og familiesamtaler hver anden uge. Afdelingslederen fortalte, at eleven har haft markant færre udbrud. Forældrene ønsker, at eleven på sigt vender tilbage til almenklasse på {inst:skole}. PPR anbefaler en gradvis tilbageføring med to dage om ugen fra {$month}. Rådgiver udarbejder en plan.""",
"""Journalnotat – besøg på {inst:oph}
Rådgiver besøgte den unge på opholdsstedet. Den unge viste sit værelse og fortalte stolt om hestene og om arbejdet i stalden. Den unge går i skole i den interne skole fire dage om ugen og i praktik på en gård én dag. Personalet fortalte, at den unge har fået det bedre efter, at medicinen blev justeret. Den unge ønsker mere samvær med lillesøster, som er anbragt på {inst:oph}. Rådgiver undersøger, om samvær kan foregå i weekenderne.""",
"""Beslutningsnotat – valg af dagtilbud
Familien er flyttet til området og skal have plads i et dagtilbud til barnet på to år. Pladsanvisningen har tilbudt {inst:vug}, men familien ønsker {inst:vug}, fordi den ligger tættere på Mors arbejde. Begge steder har erfaring med børn med særlige behov. Rådgiver anbefaler, at familiens ønske imødekommes, da tæt kontakt mellem Mor og personalet er vigtig i den første tid. Sundhedsplejersken støtter anbefalingen.""",
"""Status fra krisecenter
Mor og to børn har opholdt sig på {inst:krise} i {$weeks} uger. Børnene går midlertidigt i skole på {inst:skole}, hvor der er erfaring med børn fra krisecentret. Krisecentrets børnemedarbejder beskriver et barn, som er meget på vagt og har svært ved at sove. Mor har fået hjælp til at søge bolig og forventer at flytte i {$month}. Kommunen har bevilget en psykolog til børnene.""",
"""Ansøgning om aflastning
Familien ønsker aflastning en weekend om måneden. Kommunen har forespurgt hos {inst:oph}, som har en aflastningsafdeling med to pladser. Barnet kender allerede stedet fra et sommerophold arrangeret af {inst:fond}. Barnet har autisme og har brug for faste rammer, hvilket stedet kan tilbyde. Prisen er {$amount} pr. weekend. Afgørelse træffes efter Barnets lov § 32, stk. 1, nr. 5.""",
"""Efter skoletid
Barnet har de sidste måneder brugt eftermiddagene i {inst:klub}, og personalet fortæller, at barnet er blevet mere åbent. Klubben har et samarbejde med {inst:sport}, og barnet har været til prøvetræning to gange. Mor fortæller, at barnet glæder sig til klubben hver dag. Rådgiver foreslår, at den ekstra støtte i klubben fortsætter i {$weeks} uger, og at klubben deltager i næste netværksmøde.""",
"""Tilsynsnotat – {inst:oph}
Kommunen har aflagt tilsynsbesøg på opholdsstedet. Den unge fortalte, at det går godt med skolen og at hun har fået en veninde fra {inst:klub}, som ligger i landsbyen. Opholdsstedet har ansat en ny afdelingsleder. Den seneste tilsynsrapport fra Socialtilsynet indeholder ingen påbud. Den unge ønsker at blive på stedet, indtil hun er færdig med 9. klasse, og derefter starte på {inst:efter}.""",
"""Skoleudtalelse (uddrag)
Udtalelsen er skrevet af klasselæreren på {inst:skole} til brug for den børnefaglige undersøgelse. Eleven har gået på skolen siden 0. klasse og har tidligere gået i {inst:sfo}. Eleven har faglige vanskeligheder i dansk og er testet ordblind. Socialt har eleven en lille fast vennegruppe. Eleven kommer ofte for sent og virker sulten. Skolen har haft flere møder med forældrene, men samarbejdet er svingende.""",
"""Henvisning til ferielejr
Rådgiver har henvist to søskende til en sommerlejr arrangeret af {inst:fond} i uge 28. Lejren er for børn fra familier, der ikke har mulighed for at tage på ferie. Børnene går til daglig på {inst:skole} og i {inst:sfo:bare}. Forældrene har givet samtykke. Lejren er gratis, men familien skal selv sørge for transport til opsamlingsstedet ved banegården. Børnene glæder sig meget.""",
"""Referat: møde om overgang fra {inst:bh} til skole
Børnehaven beskriver et barn med sprogforsinkelse, som har haft talepædagog i to år. Barnet skal starte i 0. klasse på {inst:skole} efter sommerferien. Skolen foreslår, at barnet får ekstra besøg i foråret og en fast voksen i den første tid. Forældrene spurgte, om barnet kan gå i {inst:sfo} om eftermiddagen, selvom SFO'en ligger på en anden matrikel. Det undersøges.""",
]

# --------------------------------------------------------------------------------------
# Build, verify, write
# --------------------------------------------------------------------------------------
N_PLANTED = 250
N_CLEAN = 262
N_INST = 44
MIN_W, MAX_W = 60, 200

# Name stock that is also ordinary Danish words: allowed to appear unplanted as words.
WORD_NAMES = {"Bo", "Sten", "Storm", "Rose", "Lykke", "Sol", "Maj", "Mark", "Ask", "Birk", "Ravn", "Falk", "Due",
              "Holm", "Lund", "Skov", "Dal", "Bjerg", "Fisker", "Krog", "Hvid", "Vinter", "Sommer", "Bonde",
              "Toft", "Juni", "Vibe", "Otto", "Hugo", "August", "Alba", "Fie", "Gry", "Saga", "Frej", "Bach",
              "Dam", "Sara", "Elle", "Helen", "Jun", "Li", "Wu", "Ali", "Ib", "Kim", "Bella", "Lis", "Ella",
              "Aya", "Mei", "Wei", "Hao", "Jie", "Pim", "Ploy", "Lovely", "Riis", "Buch", "Hein", "Bech",
              "Winther", "Ploug", "Storm", "Hætta", "Turi", "Valle", "Zeeb", "Rana", "Butt", "Malik", "Sheikh",
              "Noah", "Carl", "Emil", "Jonas", "Felix", "Theo", "Elias", "Agnes", "Alma", "Ida", "Karla"}


def name_stock():
    out = set()
    for pool in ORIGINS.values():
        for k, v in pool.items():
            if isinstance(v, list):
                for n in v:
                    for part in re.split(r"[ \-]", n):
                        if len(part) >= 3 and part[0].isupper() and part not in WORD_NAMES:
                            out.add(part)
    return out


STOCK = name_stock()
STOCK_RE = re.compile(r"(?<![\w])(" + "|".join(sorted(map(re.escape, STOCK), key=len, reverse=True)) + r")(?![\w])")


def stray_names(text, items):
    """Names from the pools that occur outside every planted span (should be none)."""
    masked = list(text)
    for it in items:
        for i in range(it["start"], it["end"]):
            masked[i] = "#"
    masked = "".join(masked)
    return [m.group(1) for m in STOCK_RE.finditer(masked)]


def schedule(rng, n_templates, n_out):
    order = []
    while len(order) < n_out:
        block = list(range(n_templates))
        rng.shuffle(block)
        order.extend(block)
    order = order[:n_out]
    rng.shuffle(order)
    return order


def build_planted(rng):
    rows = []
    seen = set()
    for k, ti in enumerate(schedule(rng, len(PLANTED), N_PLANTED)):
        for _ in range(50):
            text, items = render(rng, PLANTED[ti].strip())
            w = len(text.split())
            if MIN_W <= w <= MAX_W and text not in seen and items and not stray_names(text, items):
                break
        else:
            raise SystemExit(f"planted template {ti} cannot be rendered within limits")
        seen.add(text)
        rows.append({"id": f"blind4-p{k + 1:03d}", "text": text, "planted": items})
    return rows


def build_clean(rng):
    rows = []
    seen = set()
    for k, ti in enumerate(schedule(rng, len(CLEAN), N_CLEAN)):
        for _ in range(50):
            tpl = CLEAN[ti].strip()
            text, items = render(rng, tpl)
            if len(text.split()) < 100 and rng.random() < 0.8:
                text, items = render(rng, tpl + "\n" + rng.choice(ADDENDA))
            w = len(text.split())
            if MIN_W <= w <= MAX_W and text not in seen and not items and not stray_names(text, []):
                break
        else:
            raise SystemExit(f"clean template {ti} cannot be rendered within limits")
        seen.add(text)
        rows.append({"id": f"blind4-c{k + 1:03d}", "text": text, "planted": []})
    return rows


def build_institutions(rng):
    rows = []
    for k, ti in enumerate(schedule(rng, len(INSTITUTION_TPL), N_INST)):
        text, items = render(rng, INSTITUTION_TPL[ti].strip(), make_inst_picker(rng))
        assert items and all(it["kind"] == "institution" for it in items), ti
        assert not stray_names(text, items), (ti, stray_names(text, items))
        rows.append({"id": f"blind4-i{k + 1:03d}", "text": text, "planted": items})
    return rows


def verify(rows, allowed):
    for row in rows:
        text = row["text"]
        last_end = -1
        for it in row["planted"]:
            assert it["kind"] in allowed, (row["id"], it)
            assert text[it["start"]:it["end"]] == it["text"], (row["id"], it)
            assert it["start"] >= last_end, ("overlap", row["id"], it)
            assert it["text"] == it["text"].strip() and it["text"], (row["id"], it)
            last_end = it["end"]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def stats(rows):
    kinds = {}
    for row in rows:
        for it in row["planted"]:
            kinds[it["kind"]] = kinds.get(it["kind"], 0) + 1
    words = sum(len(r["text"].split()) for r in rows)
    return kinds, words


def main():
    rng = random.Random(SEED)
    planted = build_planted(random.Random(rng.random()))
    clean = build_clean(random.Random(rng.random()))
    inst = build_institutions(random.Random(rng.random()))
    six = {"name", "cpr", "phone", "email", "address", "dob"}
    verify(planted, six)
    verify(clean, set())
    verify(inst, {"institution"})
    files = {"planted.jsonl": planted, "clean.jsonl": clean, "institutions.jsonl": inst}
    for fname, rows in files.items():
        write_jsonl(os.path.join(HERE, fname), rows)
    # second check, on what was written
    for fname, rows in files.items():
        back = read_jsonl(os.path.join(HERE, fname))
        assert back == rows, fname
        verify(back, six if fname == "planted.jsonl" else ({"institution"} if fname == "institutions.jsonl" else set()))
        n_items = sum(len(r["planted"]) for r in back)
        bad = sum(1 for r in back for it in r["planted"] if r["text"][it["start"]:it["end"]] != it["text"])
        kinds, words = stats(back)
        print(f"{fname}: {len(back)} paragraphs, {words} words, {n_items} planted items "
              f"({bad} span mismatches) {dict(sorted(kinds.items()))}")
    kinds, _ = stats(planted)
    assert sum(kinds.values()) >= 1200 and all(kinds.get(k, 0) >= 60 for k in six), kinds
    assert kinds["name"] * 2 > sum(kinds.values())
    assert stats(clean)[1] >= 25000
    assert all(MIN_W <= len(r["text"].split()) <= MAX_W for r in planted + clean)


if __name__ == "__main__":
    main()
