#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate the blind5 held-out personal-data test corpus (Danish child-welfare case work).

Writes, next to this file:
  planted.jsonl       case-work paragraphs with planted personal data (name, cpr, phone, email, address, dob)
  clean.jsonl         paragraphs of the same genres with no personal data, only look-alikes
  institutions.jsonl  paragraphs naming specific institutions (kind "institution"), no other personal data

Standard library only, fixed seed: `python3 make.py` rebuilds byte-identical files.
Everything is invented. CPR numbers carry a real calendar date plus four digits; they are not real numbers.
The text is written by hand as sentence templates per genre (several voices); the generator only picks
sentences, fills slots and records offsets.  Template syntax:
  ⟦a|b|c⟧          one alternative chosen at random
  {c1.first}       a person slot (c1 child, c2 sibling, mo, fa, st, pm, pf, gm, gf, mo2, ...; professionals
                   cw, tl, ps, sp, po, la, ...); forms: first full gen fullgen last lastgen inv upper fupper
                   lower init abbr; attributes han/Han/ham/Ham/hans/Hans/age/klasse (never planted)
  {tlf:mo} {mail:mo} {cpr:mo} {dob:mo} {adr:mo} {adrml:mo} {gade:mo} {pb:mo}   planted personal data
  {dato} {sagsnr} {kr} ...                                                      look-alike traps (never planted)
Sentences tagged "S|" are shared: in clean mode the person slots become role pseudonyms (Barn A, Mor,
drengen, plejemor ...).  Sentences tagged "P|" carry personal data and are used only in planted mode.
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 52025
HERE = os.path.dirname(os.path.abspath(__file__))
REF = datetime.date(2025, 3, 1)   # "today" for ages

# ----------------------------------------------------------------------------------------------
# Name pools (invented combinations; "_" stands for a space inside one name part;
# "m/f" gives the male and female form of a gendered surname)
# ----------------------------------------------------------------------------------------------
ORIGINS = {
    'dk': dict(w=44,
        f="Liva Asta Ellinor Merle Vilje Bodil Rigmor Dagmar Karla Alma Silje Ingrid Lærke Sol Maj Lykke Rose "
          "Bjørk Hanne Mette Pernille Tina Gitte Susanne Birthe Karina Louise Camilla Stine Sanne Trine Jeanette "
          "Signe Frida Esther Agnes Ea Molly Nanna Mille Cecilie Marie-Louise Anne-Sofie Ulla Tove Vibeke Kirsten "
          "Helle Bente Lone Tilde Hjørdis Gry Iben Vita Solvej Ronja Elvira Bolette Fie Karen Dorthe Jytte Kamma",
        m="Bue Alfred Folmer Ingolf Kaj Esben Tyge Hjalte Malthe Birk Gorm Svend Ebbe Otto Bo Storm Mark Ask Sten "
          "Kim Jens Lars Mads Rasmus Jesper Kenneth Brian René Torben Henrik Søren Niels Anders Kasper Frederik "
          "Oliver William Noah Lucas Magnus Villads Aksel Valdemar Carl Anton Hans-Henrik Jens-Ole Claus Per Allan "
          "Dennis Morten Vagn Egon Thorbjørn Palle Bjarke Eskild Laust Mikkel Sune Troels Holger Elias",
        s="Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen "
          "Kristensen Olsen Thomsen Poulsen Johansen Møller Mortensen Østergaard Kjærgaard Thygesen Bækgaard "
          "Frandsen Villadsen Gregersen Ærenlund Højbjerg Nørgaard Lauridsen Abildgaard Søgaard Bisgaard Overgaard "
          "Skov Dam Holm Lund Bach Kirk Vinter Sommer Fisker Bager Krog Bonde Due Ravn Brink Strand Mose Dal Bak "
          "Krogh-Madsen Holm-Petersen Munk Dahl Vestergaard Schmidt Iversen Toft Kamp Winther Lykke Storm Hede "
          "Smed Kok Gade Have Ladefoged Øllgaard Vognsen Gammelgaard Husted Fogh Damgaard Ulv Stær"),
    'nordic': dict(w=4,
        f="Linnea Elin Solveig Ingvild Aino Sanni Guðrún Sigrid Tuva Hedda Saga Maja",
        m="Oskar Axel Eirik Juha Einar Sindre Olle Leevi Ragnar Gunnar Arvid Ville",
        s="Lindqvist Berglund Sjöberg Nyström Haugen Bakke Virtanen Mäkinen Korhonen Åkesson Halvorsen Eriksson"),
    'fo': dict(w=5,
        f="Sunnvá Turið Guðrið Rannvá Eyðvør Marjun Ragna Jónvør Bjørg Elinborg",
        m="Rói Bárður Jóannes Eyð Rúni Hanus Sjúrður Tróndur Heðin Óli",
        s="Joensen Niclasen Poulsen Mikkelsen Skaalum Dam Jacobsen Djurhuus við_Á í_Lon á_Lakjuni Olsen"),
    'gl': dict(w=6,
        f="Naja Ivalo Pipaluk Nivi Aviaja Arnaq Paninnguaq Nuka Najaaraq Ane Bolatta",
        m="Aputsiaq Malik Inuk Minik Ole Nukappi Pavia Kunuk Angunnguaq Hansi",
        s="Kleist Lyberth Heilmann Petrussen Lynge Berthelsen Kristiansen Olsen Geisler Kreutzmann Fleischer "
          "Zeeb Mathiassen"),
    'sami': dict(w=2,
        f="Máret Biret Sire Ánne Elle",
        m="Ánte Niillas Jovnna Áslat Isak",
        s="Gaup Somby Utsi Balto Eira Hætta Buljo"),
    'baltic': dict(w=4,
        f="Rūta Ilze Kadri Līga Aušra Eglė Kristīne Triin",
        m="Jonas Mart Tomas Mindaugas Jānis Andris Tõnu Darius",
        s="Kazlauskas/Kazlauskienė Petrauskas/Petrauskienė Jankauskas/Jankauskienė Bērziņš/Bērziņa "
          "Ozols/Ozola Kalniņš/Kalniņa Tamm Saar Sepp Kask"),
    'easteu': dict(w=5,
        f="Agnieszka Zuzanna Andreea Katarzyna Oksana Olena Ioana Marta",
        m="Kacper Bogdan Piotr Andrii Mihai Tomasz Vasyl Dawid",
        s="Nowak Kowalczyk Wiśniewski/Wiśniewska Kowalski/Kowalska Ionescu Popescu Shevchenko Bondarenko "
          "Kravchenko Dąbrowski/Dąbrowska Moldovan"),
    'balkan': dict(w=5,
        f="Emina Amra Besa Jelena Selma Ajla Dragana Mirela Vjosa Lejla",
        m="Dragan Luka Ardit Mirza Edin Nikola Armend Haris Goran Dino",
        s="Hodžić Petrović Begović Kovačević Krasniqi Gashi Marković Softić Berisha Hasanović Jovanović "
          "Mehmedović Delić"),
    'me': dict(w=9,
        f="Yasmin Zainab Leyla Rawan Shirin Rojin Hevin Nour Dilan Fatma Aya Mariam Hiba Narges Zahra Elif",
        m="Omar Ali Mehmet Hussein Karim Farhad Ahmad Yusuf Mustafa Bilal Hamza Reza Baran Emre Khalid Tariq",
        s="Al-Sayed Haddad Mahmoud Rezaei Yılmaz Öztürk Karimi Abbas El-Masri Abu_Zeid al-Hashimi Ahmadi "
          "Mohammadi Aziz Şahin Hamdan Khalil Nasser Demir Kaya"),
    'af': dict(w=7,
        f="Amina Fartun Ngozi Saron Fatoumata Grace Efua Nyaluak Hodan Faduma Aisha Blessing",
        m="Abdirahman Chidi Kwame Abebe Mamadou Yonas Abdi Mohamed Samuel Emmanuel Kofi Ibrahim",
        s="Warsame Hassan_Nur Okafor Eze Mensah Tesfaye Haile Diallo Ba Nakato Moyo Asante Gebremedhin Deng "
          "Jama Osman Abdullahi Mohamud"),
    'sa': dict(w=4,
        f="Priya Kavitha Sana Harpreet Ayesha Nimali Anjali Deepa Farzana Tharani",
        m="Arjun Tharshan Imran Gurpreet Nimal Rahul Vikram Sanjay Kabir Rizwan",
        s="Raghunathan Mehta Sivakumar Selvarajah Qureshi Butt Perera Singh/Kaur Sandhu Siddiqui Nair Iyer "
          "Chowdhury Rahman Fernando"),
    'ea': dict(w=4,
        f="Linh Thi_Mai Mei_Ling Siriporn Maricel Minh_Anh Yuki Hana Ji-woo Ngoc",
        m="Wei Jae-won Haruto Rizal Duc Minh Hiroshi Jun Tuan Kiet",
        s="Nguyen Tran Zhang Chen Park Sato Wongsakul Dela_Cruz Santos Pham Tanaka Le Kim Lim Reyes"),
    'la': dict(w=3,
        f="Valentina Camila Lucía Ximena Ana_Paula Daniela Florencia Maite",
        m="Mateo Diego Joaquín Thiago Santiago Matías Andrés Emiliano",
        s="Rojas Gutiérrez Fernández_Ortiz Hernández Quispe Morales Paredes da_Silva dos_Santos Castillo Mamani "
          "Vargas"),
    'particle': dict(w=3,
        f="Sofie Chiara Margaux Femke Anouk Giulia Léa Maja",
        m="Lucas Pieter Luca Jean-Baptiste Bram Matteo Théo Joost",
        s="van_der_Berg de_Vries ter_Haar van_Dijk De_Luca Di_Stefano Lefèvre Le_Goff van_den_Broek "
          "d'Almeida de_la_Cour"),
}
for _o in ORIGINS.values():
    _o['f'] = [x.replace('_', ' ') for x in _o['f'].split()]
    _o['m'] = [x.replace('_', ' ') for x in _o['m'].split()]
    _o['s'] = [tuple(x.replace('_', ' ').split('/')) if '/' in x else (x.replace('_', ' '),) * 2
               for x in _o['s'].split()]
ORIGIN_KEYS = list(ORIGINS)
ORIGIN_W = [ORIGINS[k]['w'] for k in ORIGIN_KEYS]

# ----------------------------------------------------------------------------------------------
# Places
# ----------------------------------------------------------------------------------------------
KOMMUNER = [("Viborg", "viborg.dk"), ("Skive", "skive.dk"), ("Holstebro", "holstebro.dk"),
            ("Randers", "randers.dk"), ("Silkeborg", "silkeborg.dk"), ("Horsens", "horsens.dk"),
            ("Vejle", "vejle.dk"), ("Kolding", "kolding.dk"), ("Esbjerg", "esbjerg.dk"), ("Herning", "herning.dk"),
            ("Aalborg", "aalborg.dk"), ("Hjørring", "hjoerring.dk"), ("Odense", "odense.dk"),
            ("Svendborg", "svendborg.dk"), ("Næstved", "naestved.dk"), ("Slagelse", "slagelse.dk"),
            ("Holbæk", "holbaek.dk"), ("Roskilde", "roskilde.dk"), ("Køge", "koege.dk"),
            ("Hillerød", "hillerod.dk"), ("Thisted", "thisted.dk"), ("Sønderborg", "sonderborg.dk")]
TOWNS = ("Viborg Skive Holstebro Randers Silkeborg Horsens Vejle Kolding Esbjerg Herning Aalborg Hjørring Odense "
         "Svendborg Næstved Slagelse Holbæk Roskilde Køge Hillerød Thisted Sønderborg Brande Ikast Lemvig Struer "
         "Grenaa Ebeltoft Frederikshavn Skagen Nakskov Rønne Tønder Ribe Fredericia Middelfart Faaborg Kalundborg "
         "Helsingør Ishøj Albertslund Aarhus København Kerteminde Bjerringbro "
         "Hadsund Ringkøbing Varde Haderslev Aabenraa").split()
STREETS = ("Grønnegade Birkevej Ahornvej Skovbrynet Møllebakken Vestergade Søndervang Kirkestræde Engvej "
           "Solsikkevej Tværgade Rosenvænget Fasanvej Lærkevej Havnegade Toftegårdsvej Hybenvej Nørregade "
           "Kastanjealle Bøgevænget Præstevænget Stationsvej Skolegade Ved_Gadekæret Hedevej Lyngbakken Mosevej "
           "Kløvervej Rønnebærvej Slåenvej Stengade Fjordvej Strandvejen Bakkedraget Egevang Vibevej Spurvevej "
           "Valmuevej Tjørnevej Agerhønevej Ryttervænget Gl._Kongevej Blegdammen Fabriksvej Digevej Klitvej "
           "Marskvej Bredgade Korsgade Sønder_Allé Nørre_Allé Kærmindevej Holmevej Vandværksvej Mejerivej "
           "Smedestræde Bryggervangen Degnevej Teglværksvej Lindealle Åvænget Bispens_Vej Hjortøvej Kongensgade "
           "Jernbanegade Tranebærvej Fyrrevænget Brombærhaven Pilevej").split()
STREETS = [x.replace('_', ' ') for x in STREETS]
POSTTOWNS = ["8000 Aarhus C", "8200 Aarhus N", "8210 Aarhus V", "8800 Viborg", "7800 Skive", "7500 Holstebro",
             "6700 Esbjerg", "6705 Esbjerg Ø", "5000 Odense C", "5220 Odense SØ", "5700 Svendborg", "4700 Næstved",
             "4000 Roskilde", "2400 København NV", "2200 København N", "2300 København S", "2720 Vanløse",
             "2650 Hvidovre", "9000 Aalborg", "9220 Aalborg Øst", "9900 Frederikshavn", "7100 Vejle",
             "6000 Kolding", "7400 Herning", "8900 Randers C", "8920 Randers NV", "3400 Hillerød", "4600 Køge",
             "4800 Nykøbing F", "3700 Rønne", "6100 Haderslev", "6400 Sønderborg", "8600 Silkeborg",
             "8700 Horsens", "9800 Hjørring", "7700 Thisted", "6950 Ringkøbing", "5800 Nyborg", "4200 Slagelse",
             "4300 Holbæk", "9700 Brønderslev", "7600 Struer", "8500 Grenaa", "6800 Varde", "2635 Ishøj",
             "2620 Albertslund", "7430 Ikast", "6200 Aabenraa", "9560 Hadsund", "8850 Bjerringbro"]
VILLAGES = [("Hald Ege", "8800 Viborg"), ("Vindblæs", "9640 Farsø"), ("Skræm", "9690 Fjerritslev"),
            ("Nr. Vium", "6920 Videbæk"), ("Rødding", "7860 Spøttrup"), ("Ørum", "8830 Tjele"),
            ("Vorde", "8800 Viborg"), ("Tastum", "7850 Stoholm"), ("Østrup", "5540 Ullerslev"),
            ("Hvidbjerg", "7790 Thyholm"), ("Ådum", "6880 Tarm"), ("Lystrup Strand", "4640 Faxe")]
VILLAGE_ROADS = ("Bygaden Nørremarksvej Kirkebakken Østerled Vesterled Tingvej Mølleløkken Hovedgaden "
                 "Skolebakken Engtoften").split()
GL_STREETS = [x.replace('_', ' ') for x in
              "Aqqusinersuaq Imaneq Tuapannguit Qernertunnguit Paarnaqutit Qullilerfik Nuussuup_Aqqutaa".split()]
GL_POST = ["3900 Nuuk", "3911 Sisimiut", "3952 Ilulissat", "3920 Qaqortoq", "3913 Tasiilaq", "3905 Nuussuaq"]
FO_STREETS = [x.replace('_', ' ') for x in
              "Dalavegur Niels_Finsens_gøta Jónas_Broncks_gøta Undir_Bakka Heygavegur Áarvegur Kirkjubøvegur".split()]
FO_POST = ["FO-100 Tórshavn", "700 Klaksvík", "800 Tvøroyri", "600 Saltangará", "FO-510 Gøta", "110 Tórshavn"]
SE_ADDR = ["Storgatan {n}, 211 42 Malmö", "Västra Vägen {n}, 252 25 Helsingborg", "Kungsgatan {n}, 411 19 Göteborg"]
DE_ADDR = ["Norderstraße {n}, 24939 Flensburg", "Große Straße {n}, 24937 Flensburg", "Holstenstraße {n}, 24103 Kiel"]
FLOORS = ["st.", "st. th.", "st. tv.", "1. th.", "1. tv.", "1. mf.", "2. th.", "2.tv", "3. th", "4. tv.",
          "1. sal", "2. sal", "kld.", "1. 12", "3. 307", "2. th", "1.tv."]

MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
          'november', 'december']
MON_ABBR = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag']

PRIVATE_DOMAINS = ["gmail.com", "hotmail.com", "hotmail.dk", "live.dk", "outlook.dk", "yahoo.com", "icloud.com",
                   "mail.dk", "jubii.dk", "protonmail.com", "outlook.com", "youmail.dk"]
LAW_DOMAINS = ["advokathuset-vest.dk", "ret-og-raad.dk", "familieadvokaterne.dk", "advokatkontoret-aaen.dk",
               "fjordadvokater.dk"]


def fold(s):
    s = s.lower()
    for a, b in (('æ', 'ae'), ('ø', 'oe'), ('å', 'aa'), ('ð', 'd'), ('þ', 'th'), ('ı', 'i'), ('ł', 'l'),
                 ('ß', 'ss')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'[^a-z0-9]', '', s)


def genitive(name):
    return name + ("'" if name[-1].lower() in 'sxz' else 's')


# ----------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------
class Person:
    def __init__(self, given, middle, last_entry, male, origin, dob, prof=False):
        self.given, self.middle, self.male, self.origin, self.dob = given, middle, male, origin, dob
        self.last_entry = last_entry
        self.last = last_entry[0] if male else last_entry[1]
        self.prof = prof
        self.region = 'dk'
        self.locked = False
        self.foreign_mobile = None
        self.household = None      # shared address/phone region holder (another Person) or None
        self._cpr = self._phone = self._mail = self._addr = None

    @property
    def full(self):
        return ' '.join(x for x in (self.given, self.middle, self.last) if x)

    @property
    def initials(self):
        parts = self.given.replace('-', ' ').split() + self.middle.replace('-', ' ').split()
        parts += [w for w in self.last.replace('-', ' ').split() if w[:1].isupper()]
        return ''.join(p[0] for p in parts).upper()

    def age(self):
        d = self.dob
        return REF.year - d.year - ((REF.month, REF.day) < (d.month, d.day))


def pick_origin(rng, bias=None):
    if bias and rng.random() < 0.7:
        return bias
    return rng.choices(ORIGIN_KEYS, ORIGIN_W)[0]


def rand_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def make_person(rng, origin, male, dob, last_entry=None, prof=False, middle_p=0.3):
    o = ORIGINS[origin]
    given = rng.choice(o['m'] if male else o['f'])
    if last_entry is None:
        last_entry = rng.choice(o['s'])
    middle = ''
    if origin == 'dk' and rng.random() < middle_p:
        if rng.random() < 0.5:
            middle = rng.choice(o['m'] if male else o['f'])
            if middle == given:
                middle = ''
        else:
            middle = rng.choice(o['s'])[0]
            if middle == last_entry[0]:
                middle = ''
    elif origin == 'af' and rng.random() < 0.5:
        middle = rng.choice(o['m'])
    return Person(given, middle, last_entry, male, origin, dob, prof)


# ----------------------------------------------------------------------------------------------
# Personal-data formatters (each returns text, format label)
# ----------------------------------------------------------------------------------------------
def fmt_date(rng, d, styles=None):
    opts = {
        'd. month yyyy': lambda: f"{d.day}. {MONTHS[d.month - 1]} {d.year}",
        'dd.mm.yyyy': lambda: f"{d.day:02d}.{d.month:02d}.{d.year}",
        'd/m-yyyy': lambda: f"{d.day}/{d.month}-{d.year}",
        'd/m yyyy': lambda: f"{d.day}/{d.month} {d.year}",
        'dd-mm-yyyy': lambda: f"{d.day:02d}-{d.month:02d}-{d.year}",
        'yyyy-mm-dd': lambda: f"{d.year}-{d.month:02d}-{d.day:02d}",
        'd.m.yy': lambda: f"{d.day}.{d.month}.{d.year % 100:02d}",
        'dd/mm/yyyy': lambda: f"{d.day:02d}/{d.month:02d}/{d.year}",
        'd. mon. yyyy': lambda: f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}",
        'dd.mm.yy': lambda: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
        'd/m-yy': lambda: f"{d.day}/{d.month}-{d.year % 100:02d}",
        'd.m.yyyy': lambda: f"{d.day}.{d.month}.{d.year}",
        'd month yyyy': lambda: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        'ddmmyyyy': lambda: f"{d.day:02d}{d.month:02d}{d.year}",
    }
    keys = styles or list(opts)
    weights = [6 if k in ('d. month yyyy', 'dd.mm.yyyy') else 2 for k in keys]
    k = rng.choices(keys, weights)[0]
    return opts[k](), k


def fmt_cpr(rng, p):
    if p._cpr is None:
        d = p.dob
        s7 = rng.choice('456789') if d.year >= 2000 else rng.choice('0123')
        s10 = rng.choice('13579' if p.male else '02468')
        p._cpr = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}", f"{s7}{rng.randint(0, 99):02d}{s10}"
    a, b = p._cpr
    k = rng.choices(['dash', 'plain', 'space', 'endash', 'spaced-dash'], [10, 3, 2, 1, 1])[0]
    return {'dash': f"{a}-{b}", 'plain': f"{a}{b}", 'space': f"{a} {b}", 'endash': f"{a}–{b}",
            'spaced-dash': f"{a} - {b}"}[k], k


MOBILE_PREFIX = ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '40', '41', '42', '50',
                 '51', '52', '53', '60', '61', '71', '81', '91', '93', '61', '42']
LAND_PREFIX = ['86', '87', '89', '96', '97', '98', '99', '72', '73', '74', '75', '76', '62', '63', '65', '66',
               '54', '56', '57', '58', '59', '46', '47', '48', '49', '44', '33', '35', '38']


def new_dk_number(rng, land=False):
    pre = rng.choice(LAND_PREFIX if land else MOBILE_PREFIX)
    return pre + ''.join(str(rng.randint(0, 9)) for _ in range(6))


def fmt_dk_phone(rng, n):
    k = rng.choices(['pairs', '4+4', 'plain', '+45 pairs', '+45 4+4', '+45plain', '0045 pairs', '0045 plain',
                     '(+45) pairs', 'dashes'], [10, 6, 4, 4, 2, 2, 2, 1, 1, 1])[0]
    pairs = ' '.join(n[i:i + 2] for i in range(0, 8, 2))
    four = n[:4] + ' ' + n[4:]
    return {'pairs': pairs, '4+4': four, 'plain': n, '+45 pairs': '+45 ' + pairs, '+45 4+4': '+45 ' + four,
            '+45plain': '+45' + n, '0045 pairs': '0045 ' + pairs, '0045 plain': '0045 ' + n,
            '(+45) pairs': '(+45) ' + pairs, 'dashes': '-'.join(n[i:i + 2] for i in range(0, 8, 2))}[k], 'dk ' + k


def d(rng, n):
    return ''.join(str(rng.randint(0, 9)) for _ in range(n))


FOREIGN_PHONE = {
    'se': lambda r: (f"+46 7{r.choice('0236')} {d(r, 3)} {d(r, 2)} {d(r, 2)}", 'se'),
    'no': lambda r: (f"+47 9{d(r, 2)} {d(r, 2)} {d(r, 3)}", 'no'),
    'de': lambda r: (f"+49 15{d(r, 1)} {d(r, 4)} {d(r, 4)}", 'de'),
    'pl': lambda r: (f"+48 5{d(r, 2)} {d(r, 3)} {d(r, 3)}", 'pl'),
    'gl': lambda r: r.choice([(f"+299 {r.choice('2459')}{d(r, 1)} {d(r, 2)} {d(r, 2)}", 'gl +299'),
                              (f"{r.choice('2459')}{d(r, 1)} {d(r, 2)} {d(r, 2)}", 'gl local 6')]),
    'fo': lambda r: r.choice([(f"+298 {r.choice('25')}{d(r, 1)} {d(r, 2)} {d(r, 2)}", 'fo +298'),
                              (f"+298 {r.choice('25')}{d(r, 5)}", 'fo +298 plain')]),
    'tr': lambda r: (f"+90 53{d(r, 1)} {d(r, 3)} {d(r, 2)} {d(r, 2)}", 'tr'),
    'so': lambda r: (f"+252 61 {d(r, 3)} {d(r, 4)}", 'so'),
    'lt': lambda r: (f"+370 6{d(r, 2)} {d(r, 5)}", 'lt'),
    'uk': lambda r: (f"+44 7700 900{d(r, 3)}", 'uk'),
    'sy': lambda r: (f"+963 9{d(r, 2)} {d(r, 3)} {d(r, 3)}", 'sy'),
    'ro': lambda r: (f"+40 7{d(r, 2)} {d(r, 3)} {d(r, 3)}", 'ro'),
}
ORIGIN_LAND = {'me': 'Syrien Irak Iran Libanon Tyrkiet', 'af': 'Somalia Eritrea Etiopien Nigeria Sudan',
               'sa': 'Sri_Lanka Pakistan Indien Afghanistan', 'ea': 'Vietnam Thailand Filippinerne Kina',
               'baltic': 'Litauen Letland Estland', 'easteu': 'Polen Rumænien Ukraine',
               'balkan': 'Bosnien Kosovo Serbien', 'la': 'Chile Colombia Peru Bolivia',
               'particle': 'Holland Italien Frankrig Belgien'}
ORIGIN_LANG = {'me': 'arabisk kurdisk persisk tyrkisk', 'af': 'somali tigrinya amharisk engelsk',
               'sa': 'tamil urdu punjabi', 'ea': 'vietnamesisk thai tagalog', 'baltic': 'litauisk lettisk russisk',
               'easteu': 'polsk rumænsk ukrainsk', 'balkan': 'bosnisk albansk serbisk', 'la': 'spansk portugisisk',
               'particle': 'engelsk italiensk fransk', 'gl': 'grønlandsk', 'sami': 'nordsamisk'}
ORIGIN_FOREIGN = {'nordic': 'se', 'baltic': 'lt', 'easteu': 'pl', 'me': 'tr', 'af': 'so', 'balkan': 'ro',
                  'particle': 'uk', 'sa': 'uk', 'ea': 'uk', 'la': 'uk', 'sami': 'no', 'fo': 'fo', 'gl': 'gl'}


def home(p):
    return p.household or p


def fmt_phone(rng, p):
    h = home(p)
    region = h.region if not p.prof else 'dk'
    if p._phone is None:
        if region in ('gl', 'fo', 'se', 'de'):
            p._phone = ('foreign', region)
        elif p.foreign_mobile:
            p._phone = ('foreign', p.foreign_mobile)
        else:
            p._phone = ('dk', new_dk_number(rng, land=p.prof and rng.random() < 0.5))
    t, v = p._phone
    if t == 'dk':
        return fmt_dk_phone(rng, v)
    if not hasattr(p, '_fphone'):
        p._fphone = FOREIGN_PHONE[v](rng)
    txt, lab = p._fphone
    return txt, 'foreign ' + lab


def fmt_mail(rng, p, para):
    if p._mail is None:
        g, l = fold(p.given.split()[0]), fold(p.last.split()[-1]) or 'x'
        yy = f"{p.dob.year % 100:02d}"
        if p.prof:
            key = p.prof
            if key == 'po':
                p._mail = (f"{p.initials.lower()}{rng.randint(1, 40):03d}@politi.dk", 'work police')
            elif key in ('la', 'la2'):
                p._mail = (rng.choice([f"{p.initials.lower()}@", f"{g}.{l}@", f"{g[0]}{l}@"]) +
                           rng.choice(LAW_DOMAINS), 'work law firm')
            elif key == 'ps':
                p._mail = (f"{g}@psykologhuset-{fold(rng.choice(TOWNS))}.dk", 'work clinic')
            elif key == 'bi':
                p._mail = (f"{g}.{l}@{rng.choice(PRIVATE_DOMAINS)}", 'private first.last (bisidder)')
            else:
                dom = para.domain
                if key in ('tl', 'tl2') and rng.random() < 0.4:
                    dom = 'skolekom.dk'
                loc = rng.choice([f"{p.initials.lower()}", f"{g}.{l}", f"{g[:3]}{l[:3]}", f"{p.initials.lower()}"])
                p._mail = (f"{loc}@{dom}", 'work municipal')
        else:
            dom = rng.choice(PRIVATE_DOMAINS)
            kid = para.cast.get('c1')
            pats = [(f"{g}.{l}", 'private first.last'), (f"{g}{l}{yy}", 'private firstlastyy'),
                    (f"{g}_{l[0]}", 'private first_l'), (f"{g[0]}{l}", 'private flast'),
                    (f"{g}{yy}", 'private firstyy'), (f"{g}.{l}{rng.randint(1, 99)}", 'private first.lastNN')]
            if p.middle:
                pats.append((f"{g}.{fold(p.middle.split()[0])}.{l}", 'private first.middle.last'))
            if kid is not None and kid is not p and not p.prof and p.age() > 18 and rng.random() < 0.3:
                rel = 'mor' if not p.male else 'far'
                pats = [(f"{rel}.til.{fold(kid.given.split()[0])}", 'private nickname with child name')]
            if p.age() < 18:
                pats = [(f"{g}{l[:3]}{rng.randint(1, 99)}", 'private youth'), (f"xx_{g}_xx", 'private youth'),
                        (f"{g}.{yy}", 'private youth')]
            loc, lab = rng.choice(pats)
            p._mail = (f"{loc}@{dom}", lab)
    return p._mail


def make_addr(rng, region):
    n = rng.randint(1, 180)
    if region == 'gl':
        if rng.random() < 0.4:
            return dict(kind='gl', street=f"B-{rng.randint(100, 1999)}", nr='', floor='', village='',
                        post=rng.choice(GL_POST))
        return dict(kind='gl', street=rng.choice(GL_STREETS), nr=str(rng.randint(1, 60)),
                    floor=rng.choice(['', '', 'lejl. ' + str(rng.randint(1, 120))]), village='',
                    post=rng.choice(GL_POST))
    if region == 'fo':
        return dict(kind='fo', street=rng.choice(FO_STREETS), nr=str(rng.randint(1, 60)), floor='', village='',
                    post=rng.choice(FO_POST))
    if region in ('se', 'de'):
        return dict(kind=region, text=rng.choice(SE_ADDR if region == 'se' else DE_ADDR).format(n=rng.randint(2, 90)))
    if rng.random() < 0.14:
        v, post = rng.choice(VILLAGES)
        return dict(kind='village', street=rng.choice(VILLAGE_ROADS), nr=str(rng.randint(1, 60)), floor='',
                    village=v, post=post)
    letter = rng.choice('ABC') if rng.random() < 0.12 else ''
    floor = rng.choice(FLOORS) if rng.random() < 0.55 else ''
    return dict(kind='dk', street=rng.choice(STREETS), nr=f"{n}{letter}", floor=floor, village='',
                post=rng.choice(POSTTOWNS))


def addr_obj(rng, p):
    h = home(p)
    if h._addr is None:
        h._addr = make_addr(rng, h.region)
    return h._addr


def fmt_addr(rng, p, style):
    a = addr_obj(rng, p)
    if a['kind'] in ('se', 'de'):
        txt = a['text']
        if style == 'ml':
            txt = txt.replace(', ', '\n')
        elif style == 'street':
            txt = txt.split(',')[0]
        return txt, f"{a['kind']} {style}"
    st = a['street'] + (f" {a['nr']}" if a['nr'] else '')
    fl = a['floor']
    if style == 'street':
        if rng.random() < 0.2 and a['kind'] == 'dk':
            return a['street'], 'street name only'
        return st + (f", {fl}" if fl and rng.random() < 0.5 else ''), 'street+number'
    parts = [st + (f", {fl}" if fl and rng.random() < 0.75 else (f" {fl}" if fl else ''))]
    if a['village']:
        parts.append(a['village'])
    parts.append(a['post'])
    if style == 'ml':
        return '\n'.join(parts), f"{a['kind']} multiline"
    return ', '.join(parts), f"{a['kind']} one line"


def fmt_pb(rng, p):
    h = home(p)
    if h.region == 'gl':
        return f"Postboks {rng.randint(100, 1500)}, {rng.choice(GL_POST)}", 'gl postboks'
    if not hasattr(h, '_pb'):
        h._pb = f"Postboks {rng.randint(10, 899)}, {rng.choice(POSTTOWNS)}"
    return h._pb, 'dk postboks'


# ----------------------------------------------------------------------------------------------
# Look-alike traps (never planted)
# ----------------------------------------------------------------------------------------------
def valid_date_prefix(rng):
    dd = rand_date(rng, 2019, 2024)
    return f"{dd.day:02d}{dd.month:02d}{dd.year % 100:02d}"


def t_casenumber(rng):
    k = rng.randrange(8)
    if k == 0:
        return valid_date_prefix(rng) + d(rng, 4)          # 10 digits starting with a valid date
    if k == 1:
        return valid_date_prefix(rng) + d(rng, 2)          # 8 digits starting with a valid date
    if k == 2:
        return str(rng.randint(10_000_000, 99_999_999))
    if k == 3:
        return str(rng.randint(100_000_000, 999_999_999))
    if k == 4:
        return f"{rng.choice(['27.24.00', '27.15.00', '27.12.08', '27.30.00'])}-{rng.choice(['G01', 'A26', 'P20', 'K07'])}-{rng.randint(1, 9999)}-{rng.randint(19, 25)}"
    if k == 5:
        return f"{rng.randint(2021, 2025)}-{rng.randint(100000, 999999)}"
    if k == 6:
        return valid_date_prefix(rng) + d(rng, 3)           # 9 digits
    return f"{rng.randint(19, 25)}/{rng.randint(1000, 99999)}"


def t_sagsnr(rng):
    lab = rng.choice(['sagsnr.', 'sagsnummer', 'j.nr.', 'journalnr.', 'sags-id', 'sagsnr.', 'dok.nr.'])
    return f"{lab} {t_casenumber(rng)}"


def t_dato(rng):
    dd = rand_date(rng, 2023, 2024) if rng.random() < 0.7 else datetime.date(2025, rng.randint(1, 2), rng.randint(1, 28))
    k = rng.randrange(9)
    if k == 0:
        return f"den {dd.day}. {MONTHS[dd.month - 1]} {dd.year}"
    if k == 1:
        return f"{dd.day}. {MONTHS[dd.month - 1]} {dd.year}"
    if k == 2:
        return f"{dd.day:02d}.{dd.month:02d}.{dd.year}"
    if k == 3:
        return f"{dd.day}/{dd.month}-{dd.year % 100:02d}"
    if k == 4:
        return f"den {dd.day}/{dd.month}"
    if k == 5:
        return f"{WEEKDAYS[dd.weekday()]} den {dd.day}. {MONTHS[dd.month - 1]}"
    if k == 6:
        return f"{dd.day}.{dd.month}.{dd.year}"
    if k == 7:
        return f"den {dd.day:02d}-{dd.month:02d}-{dd.year}"
    return f"{dd.day}/{dd.month} {dd.year}"


def t_jdato(rng, dd=None):
    dd = dd or rand_date(rng, 2023, 2024)
    k = rng.randrange(5)
    return [f"{dd.day:02d}.{dd.month:02d}.{dd.year}", f"{dd.day}/{dd.month}-{dd.year}",
            f"{dd.year}-{dd.month:02d}-{dd.day:02d}",
            f"{WEEKDAYS[dd.weekday()].capitalize()} {dd.day}. {MONTHS[dd.month - 1]}",
            f"{dd.day:02d}-{dd.month:02d}-{dd.year % 100:02d}"][k]


def t_klok(rng):
    h, m = rng.randint(7, 23), rng.choice([0, 0, 5, 10, 15, 20, 30, 40, 45, 50])
    return rng.choice([f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}"])


def t_kr(rng):
    v = rng.choice([rng.randint(3, 99) * 50, rng.randint(20, 300) * 25, rng.randint(1, 40) * 500])
    s = f"{v:,}".replace(',', '.')
    return rng.choice([f"{s} kr.", f"kr. {s},00", f"{s} kr.", f"DKK {s}"])


TRAPS = {
    'sagsnr': t_sagsnr,
    'sagsnrbare': t_casenumber,
    'doknr': lambda r: f"{r.choice(['dok.nr.', 'dokument', 'akt nr.', 'bilagsnr.'])} {t_casenumber(r)}",
    'pjnr': lambda r: f"Journalnr. {r.choice(['3700', '4100', '5100', '0900', '1300', '2200'])}-{r.randint(70000, 89999)}-{r.randint(1, 999):05d}-{r.randint(23, 25)}",
    'dato': t_dato,
    'jdato': t_jdato,
    'klok': t_klok,
    'mklok': lambda r: r.choice(['8.30', '9.00', '9.30', '10.00', '10.15', '12.30', '13.00', '14.00', '14.30', '15.15']),
    'årnu': lambda r: r.choice(['2023', '2024', '2024']),
    'husleje': lambda r: f"{r.randint(45, 118) * 100:,}".replace(',', '.') + r.choice([' kr.', ' kr', ',00 kr.']),
    'lommepenge': lambda r: f"{r.randint(4, 16) * 50} kr.",
    'ugebeløb': lambda r: f"{r.randint(9, 24) * 100:,}".replace(',', '.') + ' kr.',
    'tidsrum': lambda r: r.choice(['kl. 9.00-11.30', 'kl. 8-10', 'kl. 13.00-15.00', 'mellem kl. 10 og 12']),
    'kr': t_kr,
    'måned': lambda r: r.choice(MONTHS),
    'år': lambda r: str(r.randint(2017, 2024)),
    'ferie': lambda r: r.choice(['juleferien', 'efterårsferien', 'vinterferien', 'påskeferien', 'sommerferien',
                                 'nytår', 'ramadanen', 'Eid', 'pinsen', 'sankthans', 'fastelavn',
                                 'kristi himmelfartsferien']),
    'by': lambda r: r.choice(TOWNS),
    'butik': lambda r: r.choice(['Netto', 'Rema 1000', 'Føtex', 'Bilka', 'Lidl', 'Normal', 'Jysk', 'Matas',
                                 'Burger King', "McDonald's", '7-Eleven', 'Harald Nyborg', 'Lagkagehuset']),
    'med': lambda r: r.choice(['Concerta 36 mg', 'melatonin 3 mg', 'Medikinet', 'sertralin 50 mg', 'Elvanse',
                               'Strattera', 'risperidon 0,5 mg', 'Movicol', 'Ritalin Uno', 'Circadin']),
    'diag': lambda r: r.choice(['ADHD (F90.0)', 'infantil autisme (F84.0)', 'reaktiv tilknytningsforstyrrelse',
                                'PTSD', 'generaliseret angst', 'ADD', 'Tourettes syndrom',
                                'føtalt alkoholsyndrom (FAS)', 'Aspergers syndrom', 'en depressiv enkeltepisode']),
    'dyrnavn': lambda r: r.choice(['Bølle', 'Oscar', 'Luna', 'Sofus', 'Fnug', 'Molly', 'Charlie', 'Bamse',
                                   'Kasper', 'Frida', 'Simba', 'Nala', 'Rocky', 'Sussi', 'Thor']),
    'fravær': lambda r: str(r.randint(8, 34)),
    'vægt': lambda r: f"{r.randint(3, 9)}.{r.randint(0, 999):03d}",
    'vægt0': lambda r: f"{r.randint(1, 4)}.{r.randint(0, 999):03d}",
    'længde': lambda r: str(r.randint(48, 74)),
    'hoved': lambda r: f"{r.randint(35, 45)},{r.randint(0, 9)}",
    'epds': lambda r: str(r.randint(11, 19)),
    'politikreds': lambda r: r.choice(['Midt- og Vestjyllands Politi', 'Sydøstjyllands Politi', 'Fyns Politi',
                                       'Nordjyllands Politi', 'Østjyllands Politi', 'Københavns Vestegns Politi',
                                       'Sydsjællands og Lolland-Falsters Politi', 'Nordsjællands Politi',
                                       'Syd- og Sønderjyllands Politi', 'Midt- og Vestsjællands Politi']),
    'hovednr': lambda r: f"{r.choice(['70', '72', '89', '99', '96', '46', '88'])} {r.randint(10, 99)} {r.choice(['10', '20', '50', '12', '00'])} 00",
}


# ----------------------------------------------------------------------------------------------
# Paragraph context: cast, slot rendering, spans
# ----------------------------------------------------------------------------------------------
ROLE = {  # key: (pseudonym form, descriptive form)
    'mo': ('Mor', 'mor'), 'fa': ('Far', 'far'), 'st': ('Stedfar', 'stedfar'), 'pm': ('Plejemor', 'plejemor'),
    'pf': ('Plejefar', 'plejefar'), 'gm': ('Mormor', 'mormor'), 'gf': ('Morfar', 'morfar'),
    'mo2': ('Moster', 'moster'),
}
FORMAL = {'mo': 'moderen', 'fa': 'faderen', 'st': 'stedfaderen', 'pm': 'plejemoderen', 'pf': 'plejefaderen',
          'mo2': 'mosteren'}
PROF_KEYS = {'cw', 'cw2', 'fk', 'le', 'tl', 'tl2', 'pd', 'ps', 'pk', 'sp', 'po', 'la', 'la2', 'bi', 'ln', 'kp', 'jm'}
ABBREV = {'kl.', 'f.', 'jf.', 'nr.', 'stk.', 'ca.', 'bl.a.', 'pt.', 'tlf.', 'hr.', 'dr.', 'att.', 'vedr.',
          'evt.', 'inkl.', 'fx', 'mht.'}
ALT = re.compile(r'⟦([^⟦⟧]*)⟧')
SLOT = re.compile(r'\{([^{}]+)\}')


class Conflict(Exception):
    pass


class Para:
    def __init__(self, rng, mode, age_range, c2_range=None, infant=False):
        self.rng, self.mode = rng, mode
        self.style = rng.choices(['pseudo', 'pseudo2', 'desc', 'formal'], [3, 1, 4, 2])[0]
        self.kommune, self.domain = rng.choice(KOMMUNER)
        self.cast = {}
        self._build_family(age_range, c2_range, infant)
        self.years = sorted(rng.sample(range(2015, 2025), 4))

    # --- cast ---
    def _build_family(self, age_range, c2_range, infant):
        r = self.rng
        origin = pick_origin(r)
        mo_origin = origin if r.random() < 0.8 else pick_origin(r)
        fa = make_person(r, origin, True, rand_date(r, 1968, 1999))
        mo_birth = make_person(r, mo_origin, False, rand_date(r, 1972, 2003))
        if r.random() < 0.45 and fa.last_entry[1] != mo_birth.last:
            mo = Person(mo_birth.given, mo_birth.middle, fa.last_entry, False, mo_origin, mo_birth.dob)
        else:
            mo = mo_birth
        mo.birth_entry = mo_birth.last_entry
        for p in (fa, mo):
            if p.origin == 'gl' and r.random() < 0.35:
                p.region = 'gl'
            elif p.origin == 'fo' and r.random() < 0.35:
                p.region = 'fo'
            elif r.random() < 0.04:
                p.region = r.choice(['gl', 'fo', 'se', 'de'])
            if p.origin != 'dk' and r.random() < 0.12:
                p.foreign_mobile = ORIGIN_FOREIGN.get(p.origin)

        def child(age_lo, age_hi, male=None, baby=False):
            male = r.random() < 0.5 if male is None else male
            if baby:
                dob = REF - datetime.timedelta(days=r.randint(20, 300))
            else:
                a = r.randint(age_lo, age_hi)
                dob = datetime.date(REF.year - a - 1, 1, 1) + datetime.timedelta(days=r.randint(60, 364))
            co = origin if r.random() < 0.65 else 'dk'
            roll = r.random()
            if roll < 0.6:
                entry = fa.last_entry
            elif roll < 0.85:
                entry = mo.birth_entry
            else:
                a1, b1 = mo.birth_entry[0], fa.last_entry[0]
                entry = (f"{a1}-{b1}",) * 2 if (' ' not in a1 + b1 and '-' not in a1 + b1 and a1 != b1
                                                  and mo.birth_entry[0] == mo.birth_entry[1]
                                                  and fa.last_entry[0] == fa.last_entry[1]) else fa.last_entry
            c = make_person(r, co, male, dob, last_entry=entry, middle_p=0.35)
            if not male and c.last.endswith('ienė'):
                c.last = c.last[:-4] + 'aitė'
            c.household = mo
            return c

        c1 = child(*age_range, baby=infant)
        if c2_range:
            c2 = child(*c2_range)
        else:
            c2 = child(max(0, c1.age() - 6), min(17, c1.age() + 6))
        if c2.given == c1.given:
            c2 = child(*(c2_range or (0, 17)))
        st = make_person(r, pick_origin(r, 'dk'), True, rand_date(r, 1965, 2000))
        st.household = mo
        fo_origin = 'dk' if r.random() < 0.8 else pick_origin(r)
        pf = make_person(r, fo_origin, True, rand_date(r, 1960, 1988))
        pm = make_person(r, fo_origin, False, rand_date(r, 1962, 1990),
                         last_entry=pf.last_entry if r.random() < 0.6 else None)
        pm.household = pf
        gf = make_person(r, mo_origin, True, rand_date(r, 1942, 1968), last_entry=mo.birth_entry)
        gm = make_person(r, mo_origin, False, rand_date(r, 1945, 1970),
                         last_entry=mo.birth_entry if r.random() < 0.6 else None)
        gm.household = gf
        mo2 = make_person(r, mo_origin, False, rand_date(r, 1970, 2004),
                          last_entry=mo.birth_entry if r.random() < 0.5 else None)
        c3 = make_person(r, pick_origin(r, origin), r.random() < 0.5, rand_date(r, 2008, 2022), fa.last_entry)
        c4 = make_person(r, pick_origin(r, origin), r.random() < 0.5, rand_date(r, 2008, 2022), fa.last_entry)
        vn = make_person(r, pick_origin(r), r.random() < 0.5, rand_date(r, 1950, 2000))
        km = make_person(r, pick_origin(r), r.random() < 0.5,
                         c1.dob + datetime.timedelta(days=r.randint(-300, 300)))
        for p in (gf, mo2):
            if r.random() < 0.05:
                p.region = r.choice(['gl', 'fo'])
        self.cast.update(c1=c1, c2=c2, mo=mo, fa=fa, st=st, pm=pm, pf=pf, gm=gm, gf=gf, mo2=mo2, c3=c3, c4=c4,
                         vn=vn, km=km)
        seen = set()
        for key, p in self.cast.items():
            tries = 0
            while p.given in seen and tries < 30:
                pool = ORIGINS[p.origin]['m' if p.male else 'f']
                p.given = r.choice(pool if tries < 20 else ORIGINS['dk']['m' if p.male else 'f'])
                tries += 1
            seen.add(p.given)
        a = c1.age()
        if a == 0:
            self.c1desc = 'barnet'
        elif a >= 13 and r.random() < 0.4:
            self.c1desc = 'den unge'
        else:
            self.c1desc = 'drengen' if c1.male else 'pigen'
        self.c1formal = 'den unge' if a >= 14 and r.random() < 0.5 else 'barnet'
        older = c2.dob < c1.dob
        self.c2desc = ('storebror' if c2.male else 'storesøster') if older else (
            'lillebror' if c2.male else 'lillesøster')

    def person(self, key):
        if key not in self.cast:
            if key not in PROF_KEYS:
                raise KeyError(key)
            r = self.rng
            taken = {p.given for p in self.cast.values()}
            for _ in range(30):
                o = 'dk' if r.random() < 0.7 else pick_origin(r)
                p = make_person(r, o, r.random() < 0.4, rand_date(r, 1960, 1998), prof=key, middle_p=0.45)
                if p.given not in taken:
                    break
            self.cast[key] = p
        return self.cast[key]

    # --- rendering ---
    def lock_region(self, p, forced):
        h = home(p)
        if forced:
            if h.locked and h.region != forced:
                raise Conflict()
            h.region = forced
        h.locked = True

    def render(self, tmpl):
        """Return (text, spans) for one template piece; spans are (kind, start, end, fmt)."""
        r = self.rng
        t = tmpl
        while True:
            m = ALT.search(t)
            if not m:
                break
            t = t[:m.start()] + r.choice(m.group(1).split('|')) + t[m.end():]
        out, spans, pos = '', [], 0
        for m in SLOT.finditer(t):
            out += t[pos:m.start()]
            txt, kind, fmt = self.slot(m.group(1), out)
            if kind:
                spans.append((kind, len(out), len(out) + len(txt), fmt))
            out += txt
            pos = m.end()
        out += t[pos:]
        return out, spans

    def slot(self, spec, before):
        r = self.rng
        if spec in ('land', 'sprog'):
            table = ORIGIN_LAND if spec == 'land' else ORIGIN_LANG
            o = self.cast['fa'].origin
            if o not in table:
                o = self.cast['mo'].origin
            if o not in table:
                raise Conflict()
            return r.choice(table[o].split()).replace('_', ' '), None, None
        if spec == 'jdato':
            if not hasattr(self, '_jd'):
                self._jd = rand_date(r, 2023, 2023) + datetime.timedelta(days=r.randint(0, 300))
            else:
                self._jd += datetime.timedelta(days=r.randint(1, 24))
            return t_jdato(r, self._jd), None, None
        if spec in TRAPS:
            return TRAPS[spec](r), None, None
        if spec == 'kommune':
            return self.kommune, None, None
        if spec in ('år1', 'år2', 'år3', 'år4'):
            return str(self.years[int(spec[-1]) - 1]), None, None
        if spec.startswith('inst:'):
            return self.institution(spec[5:])
        if ':' in spec:
            kind, rest = spec.split(':', 1)
            key, _, forced = rest.partition('@')
            if self.mode != 'planted':
                raise ValueError(f"personal-data slot {spec} in clean mode")
            p = self.person(key)
            if kind in ('tlf', 'adr', 'adrml', 'gade', 'pb'):
                self.lock_region(p, forced or None)
            if kind == 'cpr':
                txt, f = fmt_cpr(r, p)
                return txt, 'cpr', f
            if kind == 'dob':
                txt, f = fmt_date(r, p.dob)
                return txt, 'dob', f
            if kind == 'tlf':
                txt, f = fmt_phone(r, p)
                return txt, 'phone', f
            if kind == 'mail':
                txt, f = fmt_mail(r, p, self)
                return txt, 'email', f
            if kind in ('adr', 'adrml', 'gade'):
                txt, f = fmt_addr(r, p, {'adr': 'line', 'adrml': 'ml', 'gade': 'street'}[kind])
                return txt, 'address', f
            if kind == 'pb':
                txt, f = fmt_pb(r, p)
                return txt, 'address', f
            raise ValueError(spec)
        key, _, form = spec.partition('.')
        form = form or 'first'
        p = self.person(key)
        attr = self.attr(p, form)
        if attr is not None:
            return attr, None, None
        if self.mode != 'planted':
            return self.role(key, p, form, before), None, None
        return self.name(p, form)

    def institution(self, spec):
        key, _, form = spec.partition('.')
        if not hasattr(self, 'inst'):
            self.inst = {}
        if key not in self.inst:
            typ = key.rstrip('0123456789')
            taken = set(self.inst.values())
            free = [x for x in INST[typ] if x not in taken]
            low = min(INST_USAGE[x] for x in free)
            self.inst[key] = self.rng.choice([x for x in free if INST_USAGE[x] == low])
            INST_USAGE[self.inst[key]] += 1
        full, bare = self.inst[key]
        if form == 'bare':
            return bare, 'institution', 'bare name (type word dropped)'
        if form == 'gen':
            return genitive(full), 'institution', 'genitive'
        return full, 'institution', 'full name'

    def attr(self, p, form):
        low = form.lower()
        if low in ('han', 'ham', 'hans'):
            w = {'han': ('han', 'hun'), 'ham': ('ham', 'hende'), 'hans': ('hans', 'hendes')}[low]
            w = w[0] if p.male else w[1]
            return w.capitalize() if form[0].isupper() else w
        if form == 'age':
            return str(p.age())
        if form == 'klasse':
            return f"{min(10, max(0, p.age() - 6))}."
        return None

    def name(self, p, form):
        r = self.rng
        g, full = p.given, p.full
        if form == 'any':
            form = r.choice(['first', 'full'])
        if form == 'first':
            return g, 'name', 'first name'
        if form == 'full':
            return full, 'name', 'full name' + (' (with middle)' if p.middle else '')
        if form == 'gen':
            return genitive(g), 'name', 'genitive first'
        if form == 'fullgen':
            return genitive(full), 'name', 'genitive full'
        if form == 'last':
            return p.last, 'name', 'surname after title'
        if form == 'lastgen':
            return genitive(p.last), 'name', 'genitive surname'
        if form == 'inv':
            gm = g + (' ' + p.middle if p.middle else '')
            if r.random() < 0.6:
                return f"{p.last.upper()}, {gm}", 'name', 'SURNAME, First'
            return f"{p.last}, {gm}", 'name', 'Surname, First'
        if form == 'upper':
            return full.upper(), 'name', 'CAPITALS full'
        if form == 'fupper':
            return g.upper(), 'name', 'CAPITALS first'
        if form == 'lower':
            return g.lower(), 'name', 'lower case first'
        if form == 'init':
            i = p.initials
            if r.random() < 0.25:
                return i.lower(), 'name', 'initials lower'
            return i, 'name', 'initials'
        if form == 'abbr':
            return f"{g[0]}. {p.last}", 'name', 'initial + surname'
        raise ValueError(form)

    def role(self, key, p, form, before):
        style = self.style
        pseudo = style in ('pseudo', 'pseudo2')
        if key not in ('c1', 'c2') and key not in ROLE:
            raise ValueError(f"no role pseudonym for {key} (form {form}) in clean mode")
        if key == 'c1':
            base = {'pseudo': 'Barn A', 'pseudo2': 'Barn 1', 'desc': self.c1desc, 'formal': self.c1formal}[style]
        elif key == 'c2':
            base = {'pseudo': 'Barn B', 'pseudo2': 'Barn 2', 'desc': self.c2desc,
                    'formal': 'broren' if p.male else 'søsteren'}[style]
        elif style == 'formal' and key in FORMAL:
            base = FORMAL[key]
        else:
            base = ROLE[key][0 if pseudo else 1]
        if form in ('first', 'full', 'any'):
            txt = base
        elif form in ('gen', 'fullgen'):
            txt = base + "'s" if (base[-1].isupper() or base[-1].isdigit()) else base + 's'
        elif form in ('upper', 'fupper'):
            return base.upper()
        else:
            raise ValueError(f"form {form} of {key} not allowed in clean mode")
        if at_sentence_start(before):
            txt = txt[0].upper() + txt[1:]
        return txt


def at_sentence_start(before):
    b = before.rstrip(' ')
    if not b or b.endswith('\n'):
        return True
    if re.search(r'(^|\n)\s*([-–•]|\d+[.)])$', b) or b.endswith('|'):
        return True
    if b[-1] in '“"':
        return at_sentence_start(b[:-1])
    if b[-1] in '.!?':
        last = b.split()[-1].lower()
        return last not in ABBREV
    return False


def nwords(text):
    return sum(1 for t in text.split() if re.search(r'[^\W_]', t))


# ----------------------------------------------------------------------------------------------
# Genres.  Hand-written sentences; "S|" shared (clean + planted), "P|" planted only.
# ----------------------------------------------------------------------------------------------
GENRES = {}

GENRES['bfu'] = dict(age=(6, 15), sep=' ', hp=0.85, cp=0.6, headers=[
    "S|Børnefaglig undersøgelse, jf. barnets lov § 20\nAfsnit: ⟦Sundhedsforhold|Udvikling og adfærd|Dagtilbud, skoleforhold og læring|Fritidsforhold og venskaber|Familieforhold og baggrund|Bolig, beskæftigelse og økonomi|Socialt netværk⟧\n",
    "S|Sammenfatning og faglig vurdering ({sagsnr})\n",
    "S|BØRNEFAGLIG UNDERSØGELSE – FAMILIE OG NETVÆRK\n",
    "P|Børnefaglig undersøgelse vedrørende {c1.full}, cpr.nr. {cpr:c1}\nAfsnit: ⟦Sundhedsforhold|Familieforhold og baggrund|Socialt netværk|Trygt omsorgsmiljø⟧\n",
    "P|BFU – {c1.upper} (f. {dob:c1})\nForældremyndighed: {mo.full} ⟦og {fa.full} (fælles)|(alene)⟧\n",
    "P|Barnet: {c1.inv}   Cpr.: {cpr:c1}\nBopæl: {adr:mo}\n",
], bodies=[
    "S|Undersøgelsen er iværksat {dato} på baggrund af ⟦en underretning fra skolen|to underretninger fra henholdsvis tandplejen og skolen|en henvendelse fra {mo.first} selv⟧, og efter § 20, stk. 3, skal den være afsluttet inden for fire måneder.",
    "S|{c1.first} er {c1.age} år og går i {c1.klasse} klasse på distriktsskolen. Klasselæreren beskriver {c1.ham} som ⟦en stille elev, der sjældent selv beder om hjælp|en humørfyldt elev, der har svært ved at holde koncentrationen|en elev med gode ressourcer, men med et stigende fravær⟧.",
    "S|Fraværet er i indeværende skoleår opgjort til ⟦18|23|31|14⟧ procent, hvoraf ⟦størstedelen|cirka halvdelen⟧ er registreret som ulovligt fravær i Aula.",
    "S|{mo.first} oplyser, at {c1.first} har haft ondt i maven de fleste morgener siden {ferie}, og at egen læge ikke har fundet en somatisk forklaring.",
    "S|Ved samtalen med {c1.first} på skolen {dato} blev de tre huse brugt. I Huset med bekymringer tegnede {c1.han} ⟦råb i køkkenet om aftenen|en tom køleskabshylde|en dør, der bliver smækket hårdt⟧, mens Drømmehuset handlede om ⟦at få en hund|at bo i et hus med have|at spille fodbold hver dag⟧.",
    "S|{c1.gen} vægt følges af skolesundhedsplejersken, og der er aftalt en ny måling efter {ferie}.",
    "S|Familien bor i ⟦en trerumslejlighed i en almen boligafdeling|et lejet rækkehus med lille have|en toværelses lejlighed på fjerde sal uden elevator⟧ i {by}, og huslejen udgør {husleje} om måneden.",
    "S|{mo.first} modtager kontanthjælp og er i et forløb i Jobcentret, mens {fa.first} arbejder på skiftehold ⟦på et slagteri|på et lager uden for byen|som buschauffør⟧.",
    "S|Forældrene gik fra hinanden, da {c1.first} var ⟦to|tre|fem⟧ år, og samværet har siden {år} været fastsat af Familieretshuset til hver anden weekend fra fredag til søndag.",
    "S|{fa.first} har ikke deltaget i undersøgelsen, selvom han er indkaldt to gange via Digital Post og én gang pr. sms.",
    "S|{mo.first} giver udtryk for, at hun gerne vil have hjælp, men at hun ⟦er bange for at miste {c1.first}|ikke tror på, at kommunen vil hende det godt|selv har dårlige erfaringer med kommunen fra sin barndom⟧.",
    "S|Det er rådgivers vurdering, at {c1.first} har behov for en støttende indsats efter barnets lov § 32, og at der ikke på nuværende tidspunkt er grundlag for at overveje en anbringelse.",
    "S|Netværket omkring familien er spinkelt. {mo.gen} mor bor i {by} og ses ⟦et par gange om året|i ferierne|sjældent⟧, og der er ingen kontakt til familien på fars side.",
    "S|I forhold til ICS-trekanten ses den største bekymring under ⟦Trygt omsorgsmiljø og Understøttelse af relationer|Sundhedsforhold samt Udvikling og adfærd|Stimulering og vejledning⟧.",
    "S|Der er med samtykke fra forældremyndighedsindehaverne indhentet oplysninger fra egen læge, skolen og PPR.",
    "S|{c1.first} går til ⟦fodbold to gange om ugen|svømning om lørdagen|spejder om tirsdagen|breakdance i ungdomsklubben⟧ og har ifølge ⟦træneren|lederen⟧ en god kontakt til de andre børn.",
    "S|{c1.first} og {c2.first} deler værelse, og {mo.first} fortæller, at det giver mange konflikter ved sengetid.",
    "S|Ved hjemmebesøget {dato} fremstod lejligheden ⟦ryddelig, men sparsomt møbleret|rodet, med vasketøj i stuen og en stærk lugt af røg|nyrengjort⟧, og {c1.first} viste stolt sit værelse frem.",
    "S|{mo.first} har tidligere haft et forbrug af hash, men oplyser at have været stoffri siden {måned} {år}. Der er ikke indhentet oplysninger fra misbrugscentret, da hun ikke har givet samtykke til det.",
    "S|Når {c1.first} bliver spurgt, hvad der er godt derhjemme, nævner {c1.han} ⟦katten {dyrnavn}|fredagsslik foran fjernsynet|at mor læser højt⟧ og weekenderne hos {fa.first}.",
    "S|Ifølge tandplejen er {c1.first} udeblevet fra tre indkaldelser i træk, og der er konstateret huller i fire tænder.",
    "S|Undersøgelsen viser, at {mo.first} og {fa.first} hver især har ressourcer, men at konflikterne mellem dem fylder så meget, at {c1.gen} behov ofte kommer i anden række.",
    "S|{mo.first} er vejledt om Livslinien på 70 201 201 og om, at hun ved akut forværring om natten skal kontakte lægevagten.",
    "S|Familien kom til Danmark fra {land} i {år}, og {c1.first} taler dansk med sine søskende, mens {mo.first} helst vil tale sit modersmål.",
    "S|Økonomien er presset. Efter huslejen har familien ca. {kr} til rådighed om måneden, og der er gæld til Skattestyrelsen og til boligselskabet.",
    "P|Oplysningerne om {c1.gen} skolegang stammer hovedsageligt fra klasselærer {tl.full}, der kan træffes på tlf. {tlf:tl}.",
    "P|{mo.full} er født {dob:mo} og vokset op i {by}, hvor hun selv var anbragt i en plejefamilie, fra hun var elleve år.",
    "P|{fa.full} (f. {dob:fa}) bor i dag på {adr:fa} sammen med sin nye kæreste og hendes to børn.",
    "P|Ved hjemmebesøget var også {mo.gen} samlever, {st.full}, til stede. Han oplyste selv sit personnummer som {cpr:st}.",
    "P|{c1.first} har to halvsøskende på fars side, {c3.first} og {c4.first}, som {c1.han} ser i weekenderne.",
    "P|Morfar, {gf.full}, har tilbudt at være aflastning for familien og kan kontaktes på {tlf:gf}.",
    "P|Oplysningerne fra sundhedsplejen er givet telefonisk af sundhedsplejerske {sp.full} {dato}.",
    "P|Forældre: {mo.inv} ({cpr:mo}) og {fa.inv} ({cpr:fa}).",
    "P|{c1.first} har fortalt, at {c1.han} helst vil bo hos ⟦moster|tante⟧ {mo2.first}, som bor på {adr:mo2}.",
    "P|{mo.first} har bedt om, at breve også sendes til hendes mail, {mail:mo}, fordi hun har svært ved at bruge Digital Post.",
    "P|{fa.first} er flyttet til {gade:fa} og har endnu ikke fået internet, så han kan kun kontaktes pr. brev eller på {tlf:fa}.",
], closers=[
    "P|Undersøgelsen er udarbejdet af {cw.full}, socialrådgiver, Børn og Familie, direkte tlf. {tlf:cw}, mail {mail:cw}.",
    "S|⟦Undersøgelsen forelægges til ledelsestilsyn, inden den sendes i partshøring efter forvaltningslovens § 19.|Afsnittet er drøftet på teammødet med faglig koordinator.|Vurderingen er foreløbig, da undersøgelsen endnu ikke er afsluttet.⟧",
    "P|Sagsbehandler: {cw.full} / Faglig koordinator: {fk.full}",
])

GENRES['plan'] = dict(age=(10, 17), subs=['a', 'h'], sep=' ', hp=0.9, cp=0.6, headers=[
    "S|Barnets plan, jf. barnets lov § 91\nRevideret {dato}\n",
    "S|Ungeplan, jf. barnets lov §§ 108-109 – opfølgning\n",
    "P|Barnets plan for {c1.full} ({dob:c1})\nHandlekommune: {kommune} Kommune, {sagsnr}\n",
    "P:h|HANDLEPLAN – {c1.inv}\nCpr.nr.: {cpr:c1}\nAdresse: {adr:c1}\n",
    "P:a|Barnets plan – {c1.fullgen} ophold ⟦i plejefamilie|på opholdssted⟧\nFødselsdato: {dob:c1}\n",
], bodies=[
    "S|Det overordnede formål med indsatsen er, at {c1.first} får en stabil hverdag med skolegang, fritidsliv og en tryg kontakt til begge forældre.",
    "S:h|Mål 1: {c1.first} møder i skole hver dag og har højst ⟦5|10⟧ procent fravær ved næste opfølgning. Ansvarlig: skolen og {mo.first} i fællesskab.",
    "S|Mål 2: {c1.first} har en voksen, ⟦som {c1.han} selv har valgt|som kender {c1.hans} historie⟧, at tale med, når tankerne fylder om aftenen.",
    "S|Mål 3: {c1.first} kan selv tage bussen til og fra {by} inden sommerferien og kan finde rundt i Rejseplanen.",
    "S:h|Indsatsen består af familiebehandling i ⟦fire|seks|otte⟧ timer om ugen samt en fast kontaktperson, begge bevilget som støttende indsats efter § 32.",
    "S|{c1.first} har selv været med til at formulere målene og ønsker især, at ⟦der bliver færre skænderier derhjemme|{c1.han} kan komme hjem i weekenderne|{c1.han} må beholde sin mobil om aftenen⟧.",
    "S|Planen følges op senest {dato} på et møde, hvor {mo.first}, {fa.first}, skolen og rådgiver deltager.",
    "S:a|{c1.first} er anbragt i plejefamilie efter § 46 med forældrenes samtykke. Samværet med {mo.first} foregår hver anden søndag ⟦i familiehuset|på biblioteket|i plejefamiliens have⟧ med en støtteperson til stede.",
    "S:a|Plejefamilien honoreres med ⟦fire|fem|seks⟧ vederlag om måneden, og der udbetales {kr} til kost og logi.",
    "S|{c1.first} tager {med} om morgenen. Dosis er senest justeret af børne- og ungdomspsykiatrien i {måned}.",
    "S:a|Inden næste revision skal det afklares, om {c1.first} skal tilbydes efterværn, når {c1.han} fylder 18.",
    "S|Set fra {c1.gen} side er det vigtigste, at ⟦kontakten til søskende bevares|hunden {dyrnavn} må komme med på besøg|{c1.han} kan blive i samme klasse⟧.",
    "S:h|Bekymringen fra undersøgelsen – at {c1.first} i perioder har været overladt til sig selv om aftenen – vurderes nu at være delvist imødekommet.",
    "S|{c1.first} har ønsket, at planen også skal handle om ⟦kørekort|et fritidsjob i {butik}|at komme på efterskole|at lære at lave mad⟧, og det er skrevet ind som et delmål.",
    "S|Der er aftalt skolestart i ⟦en modtageklasse|en specialklasse med otte elever|en almindelig klasse med støttetimer⟧ fra {måned}.",
    "S:a|{mo.first} har givet udtryk for, at hun ikke er enig i, at {c1.first} skal blive boende i plejefamilien, men hun vil gerne samarbejde om samværet.",
    "S:a|Økonomi: Lommepenge udbetales af plejefamilien med {lommepenge} om måneden, og tøjpenge bevilges halvårligt.",
    "S|Sundhed: {c1.first} er til kontrol hos tandlægen hvert halve år og har ⟦astma, der behandles med Ventoline|en nøddeallergi|ingen kendte sygdomme⟧.",
    "S|Ved seneste opfølgning scorede {c1.first} sig selv til 6 på en skala fra 0 til 10, hvor 10 betyder, at alt er godt.",
    "S|{c1.first} har fået at vide, at {c1.han} kan ringe til BørneTelefonen på 116 111, hvis {c1.han} har brug for at tale med en voksen, der ikke kender familien.",
    "S|Skole: {c1.first} har sammen med skolens vejleder talt om ⟦EUX|en mekanikeruddannelse|HF|frisøruddannelsen⟧ som mulige veje efter grundskolen.",
    "S:h|Familiebehandleren kommer i hjemmet tirsdag og torsdag kl. 16-18 og arbejder med aftenrutiner og sengetider.",
    "S:h|{mo.first} har selv ønsket hjælp til at sætte grænser for {c1.gen} skærmtid, og der er lavet en fælles aftale, som hænger på køleskabet.",
    "P:h|{c1.first} bor fortsat hjemme hos {mo.full} på {adr:mo}, og {fa.first} har samvær hver anden weekend.",
    "S:a|Den faglige begrundelse for at fortsætte anbringelsen er, at {mo.first} endnu ikke har kunnet stabilisere sin egen situation, og at {c1.first} trives i sin nuværende skole.",
    "P|Kontaktperson er {kp.full}, som {c1.first} mødes med hver torsdag, og som kan træffes på {tlf:kp}.",
    "P:a|{c1.first} bor hos plejeforældrene {pm.full} og {pf.full} på {adr:pm}.",
    "P|Ved opfølgningsmødet deltog {mo.full}, {gm.full} (mormor) og klasselærer {tl.full}.",
    "P|Der er aftalt telefonsamvær med {fa.first}, som bor på {adr:fa@gl}, hver søndag kl. 18 dansk tid.",
    "P|{c1.upper} ØNSKER IKKE AT DELTAGE I MØDER, HVOR {st.fupper} ER TIL STEDE, og det skal respekteres.",
    "P:a|Plejemor {pm.first} ringer til {mo.first} efter hvert samvær og kan nås på {tlf:pm}.",
    "P:a|Plejefamiliens fælles mail er {mail:pm}, og {c1.first} har selv mailen {mail:c1}.",
    "P:a|{c1.first} (cpr.nr. {cpr:c1}) er tilmeldt egen læge i {by}, og sundhedskortet er flyttet til plejefamiliens adresse.",
], closers=[
    "P|Planen er udarbejdet af {cw.full}, rådgiver, {mail:cw}.",
    "S|Planen sendes til forældremyndighedsindehaverne og til {c1.first}, som er fyldt 10 år.",
    "P|Udarbejdet af: {cw.init} – godkendt af teamleder {le.full} {dato}.",
])

GENRES['skole'] = dict(age=(6, 15), sep=' ', hp=0.8, cp=0.7, headers=[
    "S|Statusudtalelse fra skolen\nTil brug for den børnefaglige undersøgelse\n",
    "S|Skoleudtalelse – {måned} {årnu}\n",
    "P|Skoleudtalelse vedr. {c1.full}, {c1.klasse}⟦A|B|C|X⟧\n",
    "P|Elev: {c1.inv}    Klasse: {c1.klasse} ⟦b|c⟧    Cpr: {cpr:c1}\n",
    "P|Vedr. eleven {c1.full} (født {dob:c1})\n",
], bodies=[
    "S|{c1.first} er en vellidt elev, som mange i klassen gerne vil lege med, men {c1.han} ender ofte i konflikter i det lange frikvarter.",
    "S|Fagligt ligger {c1.first} ⟦under klassens niveau i både dansk og matematik|på niveau i matematik, men under i dansk|pænt over niveau i de fleste fag⟧, og {c1.han} har fået tilbudt ekstra læsetræning to gange om ugen.",
    "S|Vi oplever, at {c1.first} kommer i skole uden madpakke cirka to gange om ugen, og at {c1.han} ofte har det samme tøj på flere dage i træk.",
    "S|I matematik arbejder {c1.first} koncentreret, når {c1.han} sidder ved bordet nærmest vinduet og har høreværn på.",
    "S|Mandag morgen er ofte svær. {c1.first} virker træt og fortæller af sig selv, at {c1.han} har ⟦spillet Fortnite til langt ud på natten|været hos far|passet sin lillebror⟧.",
    "S|Samarbejdet med hjemmet foregår primært via Aula. {mo.first} svarer som regel samme dag, mens vi ikke har haft kontakt med {fa.first} i dette skoleår.",
    "S|Til skole-hjem-samtalen i {måned} mødte {mo.first} op sammen med en tolk, og samtalen foregik i en god og åben tone.",
    "S|{c1.first} har i dette skoleår haft {fravær} dages fravær, heraf ⟦cirka en tredjedel|omkring halvdelen|de fleste⟧ uden begrundelse.",
    "S|Skolen har drøftet {c1.first} på et møde i det tværfaglige team med PPR og skolesundhedsplejersken {dato}.",
    "S|Vi er bekymrede for, om {c1.first} får den hjælp, {c1.han} har brug for, og har derfor sendt en underretning i henhold til den skærpede underretningspligt.",
    "S|I frikvartererne søger {c1.first} mod de voksne og vil gerne hjælpe med at bære bolde ud, hvilket vi bruger aktivt til at give {c1.ham} gode oplevelser.",
    "S|Efter {ferie} har vi set en positiv udvikling, især efter at {c1.first} har fået en fast plads i klubben og en ven i parallelklassen.",
    "S|{c1.first} har fortalt sin klasselærer, at ⟦der er meget larm hjemme om aftenen|mor græder meget|far er flyttet|{c1.han} ikke må tale om det, der sker derhjemme⟧.",
    "S|{c1.first} er i efteråret testet af PPR med WISC-V, og resultatet lå i normalområdet, dog med en svag arbejdshukommelse.",
    "S|Klassen er stor med 27 elever, og vi har i perioder haft svært ved at give {c1.first} den ro, {c1.han} har brug for.",
    "S|{c1.first} er meget optaget af ⟦Minecraft|fodbold og FC Midtjylland|heste|tegneserier⟧ og blomstrer, når vi bruger det i undervisningen.",
    "S|Der har været tre episoder, hvor {c1.first} har forladt skolen uden at sige det til en voksen. Vi har hver gang ringet til {mo.first}.",
    "S|I idræt deltager {c1.first} kun sjældent og siger, at {c1.han} har glemt sit tøj. Vi har ikke kunnet få kontakt med hjemmet om det.",
    "S|Skolens AKT-team har siden {måned} haft {c1.first} i et forløb om venskaber, og {c1.han} har selv sagt, at det hjælper.",
    "S|Skolens vurdering er, at {c1.first} trives bedst med faste rammer, få skift og en voksen, der tager imod om morgenen ved hovedindgangen.",
    "S|Vi har fortalt {c1.first} om BørneTelefonen (116 111), og plakaten hænger også i klassen.",
    "S|Ved klassens lejrskole i {by} var {c1.first} med hele ugen og sov for første gang hjemmefra uden at ringe hjem.",
    "S|Skolens kontor har telefontid kl. 8-9, og sekretæren har flere gange modtaget sygemeldinger fra {fa.first} for {c1.first}, selvom {c1.han} bor hos {mo.first}.",
    "P|Udtalelsen er skrevet af klasselærer {tl.full} i samarbejde med AKT-vejleder {pd.full}.",
    "P|{mo.first} har bedt om, at al kontakt sker på mobil {tlf:mo}, da hun ikke længere bruger Aula.",
    "P|{c1.first} sidder ved siden af sin kammerat {km.first} og arbejder bedst, når de to får lov at sidde sammen.",
    "P|Ved afhentning har {st.full}, som ikke har del i forældremyndigheden, flere gange forsøgt at hente {c1.first}; skolen har nu en skriftlig aftale med {mo.first} om, hvem der må hente.",
    "P|{c1.gen} stil fra {måned} var underskrevet ⟦“{c1.lower}”|“{c1.fupper}”⟧ med store hjerter i margenen.",
    "P|Hr. {fa.last} har i en mail fra {mail:fa} klaget over, at skolen ikke informerer ham, og han har nu fået adgang til Aula.",
    "P|Elevens dansklærer er {tl2.full}, som har delt sine observationer med undertegnede.",
    "P|Skolen har registreret {c1.first} med adressen {adr:c1}, men eleven fortæller, at {c1.han} for det meste sover hos {gm.full}.",
], closers=[
    "P|Med venlig hilsen\n{tl.full}\nklasselærer, tlf. {tlf:tl}",
    "P|Kontakt gerne skolens kontor eller mig direkte på {mail:tl}.\n/{tl.init}",
    "S|⟦Skolen deltager gerne i et netværksmøde, hvis det kan være til gavn for eleven.|Vi stiller gerne op til et møde med familien og PPR.|Udtalelsen er læst og godkendt af skolens ledelse.⟧",
    "P|Venlig hilsen\n{le.full}, skoleleder, og {tl.full}, klasselærer",
])

GENRES['dagtilbud'] = dict(age=(2, 5), sep=' ', hp=0.8, cp=0.7, headers=[
    "S|Statusudtalelse fra dagtilbud – {måned} {årnu}\n",
    "S|Pædagogisk udtalelse til Børn og Familie\n",
    "P|Udtalelse om {c1.full} (født {dob:c1}) fra ⟦vuggestuen|børnehaven⟧\n",
    "P|Barnets navn: {c1.full}\nFødselsdato: {dob:c1}\nForældre: {mo.full} og {fa.full}\n",
], bodies=[
    "S|{c1.first} er et glad barn, som kommer ind ad døren med et stort smil om morgenen og straks går hen til legekøkkenet.",
    "S|Sprogligt er {c1.first} forsinket, og ved sprogvurderingen i {måned} blev {c1.han} placeret i gruppen med behov for fokuseret indsats.",
    "S|{c1.first} afleveres ofte efter kl. 10 og hentes som en af de sidste, og vi har flere gange måttet ringe, fordi ingen kom inden lukketid kl. 17.",
    "S|Ved måltiderne spiser {c1.first} meget og hurtigt, og {c1.han} har flere gange gemt brød i sin garderobe.",
    "S|Vi har {dato} set blå mærker på ⟦overarmen|låret|ryggen⟧, som vi har dokumenteret efter vores interne procedure og drøftet med lederen.",
    "S|{mo.first} fortalte ved afleveringen, at {c1.first} var faldet på trappen, og at ⟦det er sket før|hun har været hos lægen med {c1.ham}⟧.",
    "S|I leg med de andre børn har {c1.first} svært ved at vente på tur og slår, når en konflikt bliver for stor.",
    "S|Vi arbejder med Fri for Mobberi og har lavet et dagsskema med billeder, som {c1.first} er meget glad for.",
    "S|{c1.first} har en særlig relation til en af pædagogerne på stuen, som {c1.han} søger trøst hos, når {c1.han} er ked af det.",
    "S|{mo.first} og {fa.first} deltog begge i forældresamtalen i {måned}, og de var enige om, at søvnen derhjemme er et problem.",
    "S|{c1.first} er renlig om dagen, men har stadig ble på til middagsluren.",
    "S|Motorisk er {c1.first} alderssvarende; {c1.han} elsker at klatre og cykle på legepladsen.",
    "S|Talepædagogen fra PPR har observeret på stuen og anbefaler en ny vurdering efter {ferie}.",
    "S|Fremmødet har været stabilt siden {måned}, og vi oplever, at {c1.first} er blevet mere tryg i overgangene.",
    "S|Når {fa.first} henter, løber {c1.first} ham i møde, men ved afleveringen om mandagen græder {c1.han} ofte længe.",
    "S|{c1.first} har i perioder lugtet af urin og haft det samme tøj på i flere dage, og vi har måttet skifte {c1.ham} med tøj fra vores eget lager.",
    "S|Vi har drøftet vores bekymring med {mo.first}, som blev ked af det, men også sagde, at hun godt selv kan se, at det er svært lige nu.",
    "S|{c1.first} fortæller tit om {dyrnavn}, ⟦familiens hund|deres kat|mormors kanin⟧, og tegner den næsten hver dag.",
    "S|Til fastelavn ⟦klædte {c1.first} sig ud som brandmand|var {c1.first} med til tøndeslagningen|var {c1.first} meget stille og ville ikke være med⟧.",
    "S|Vi har fået tilladelse fra forældrene til at dele vores observationer med sundhedsplejen og PPR.",
    "S|På turen til ⟦Legeland i {by}|biblioteket|skoven⟧ holdt {c1.first} en voksen i hånden hele tiden og ville ikke lege med de andre.",
    "S|Efter {ferie} kom {c1.first} tilbage med lus og udslæt på hænderne; {mo.first} fik en seddel om behandlingen med hjem.",
    "S|{c1.first} taler {sprog} derhjemme og bruger mest dansk i børnehaven, hvor {c1.han} efterhånden forstår det meste.",
    "P|{c1.first} bliver oftest hentet af mormor, {gm.full}, som vi har lov til at kontakte på {tlf:gm}.",
    "P|{c1.gen} far, {fa.full}, er ikke registreret i Aula, og vi har kun hans nummer fra en seddel: {tlf:fa}.",
    "P|Den primære pædagog på stuen er {pd.first}, og {c1.first} kalder selv {pd.ham} “min {pd.first}”.",
    "P|Søskende {c1.first} og {c2.first} går på hver sin stue efter aftale med forældrene.",
    "P|{mo.first} har skrevet i Aula: “{c1.lower} har ikke sovet i nat, ring til mig på {tlf:mo} hvis {c1.han} er træt”.",
    "P|Familien er flyttet til {adr:mo}, og {c1.first} skal derfor begynde i en ny børnehave efter sommerferien.",
    "P|Ved afhentningen {dato} kom {st.full} alene og virkede påvirket, og vi ringede derfor til {mo.first} på {tlf:mo}.",
], closers=[
    "P|Venlig hilsen\n{pd.full}, pædagog\n{le.full}, dagtilbudsleder",
    "S|⟦Udtalelsen er gennemgået med forældrene, inden den blev sendt.|Forældrene har fået en kopi af udtalelsen.|Udtalelsen er skrevet af stuens pædagoger i fællesskab.⟧",
    "P|Spørgsmål kan rettes til dagtilbudsleder {le.full} på {tlf:le} eller {mail:le}.",
])

GENRES['psykolog'] = dict(age=(5, 15), sep=' ', hp=0.85, cp=0.6, headers=[
    "S|Psykologisk undersøgelse – resumé og konklusion\n",
    "S|Psykologfaglig vurdering efter bestilling fra Børn og Familie ({sagsnr})\n",
    "P|Psykologerklæring vedr. {c1.full}, cpr {cpr:c1}\nRekvirent: Børn og Familie, {kommune} Kommune\n",
    "P|Erklæring om {c1.inv} (født {dob:c1}) og forældrekompetencen hos {mo.full}\n",
], bodies=[
    "S|Undersøgelsen er gennemført over ⟦tre|fire|fem⟧ sessioner i {måned} og har omfattet samtaler, observation i hjemmet og psykologisk testning.",
    "S|{c1.first} mødte undersøger med afventende nysgerrighed og tog hurtigt imod tilbuddet om at tegne.",
    "S|Den kognitive testning med WISC-V viser et samlet resultat i det ⟦lave normalområde|gennemsnitlige område|nedre grænseområde⟧ med en markant svagere arbejdshukommelse.",
    "S|I SDQ, udfyldt af både lærer og forælder, ligger {c1.first} over grænseværdien for emotionelle vanskeligheder, mens adfærdsscoren er i normalområdet.",
    "S|Der ses tegn på, at {c1.first} har udviklet en ambivalent tilknytning til {mo.first}, præget af både søgen efter nærhed og vrede.",
    "S|I samspilsobservationen med {fa.first} var der mange gode initiativer, men han havde svært ved at aflæse, hvornår legen blev for vild for {c1.first}.",
    "S|Det vurderes ikke, at {c1.first} opfylder kriterierne for {diag}, men symptomerne bør følges over tid.",
    "S|{c1.first} er tidligere udredt i børne- og ungdomspsykiatrien og har diagnosen {diag}; behandlingen med {med} fortsætter.",
    "S|Undersøger anbefaler, at {c1.first} får et forudsigeligt skoletilbud med få voksne og korte overgange.",
    "S|{mo.gen} egen belastning er betydelig. Hun beskriver søvnløshed og tilbagevendende angst og er henvist til psykolog via egen læge.",
    "S|Forældrenes mentaliseringsevne fremstår svingende; de kan tale reflekteret om {c1.first} i rolige perioder, men ikke når konfliktniveauet er højt.",
    "S|Adspurgt om Drømmehuset fortalte {c1.first}, at ⟦alle bor i samme hus, og ingen råber|{c1.han} har sin egen hest|der er en hemmelig dør, som kun {c1.han} kender⟧.",
    "S|Det er undersøgers vurdering, at {c1.gen} udvikling på nuværende tidspunkt er truet, hvis der ikke iværksættes støtte i hjemmet.",
    "S|Under testningen blev {c1.first} hurtigt frustreret ved opgaver, {c1.han} ikke kunne løse, og skubbede flere gange materialet væk.",
    "S|{mo.first} har udfyldt PSI (Parenting Stress Index), og hendes samlede stressniveau ligger over 90. percentil.",
    "S|Ved observationen af aftensmaden hjemme hos {mo.first} var stemningen rolig, og hun guidede {c1.first} med tydelige, venlige beskeder.",
    "S|{c1.first} sover med lyset tændt og vågner ifølge {mo.first} flere gange om natten med mareridt om ⟦brand|at blive væk|en mand i døren⟧.",
    "S|Undersøger har ikke haft adgang til journalen fra børne- og ungdomspsykiatrien, og vurderingen af diagnoser hviler derfor på forældrenes oplysninger.",
    "S|Der er ikke fundet holdepunkter for, at {fa.first} udgør en fysisk risiko for {c1.first}, men hans uforudsigelighed påvirker {c1.ham} tydeligt.",
    "S|I legen med dukkehuset lod {c1.first} gentagne gange ⟦far-dukken|mor-dukken⟧ råbe og lukkede derefter alle døre i huset.",
    "S|{c1.first} beskriver selv sin stemning med tre ord: ⟦“træt, sur, okay”|“glad, bange, glad”|“rolig, alene, sulten”⟧.",
    "S|Ved akut forværring kan familien kontakte egen læge eller lægevagten; i Region Hovedstaden ringes til Akuttelefonen 1813.",
    "P|Erklæringen er afgivet af autoriseret psykolog {ps.full}, specialist i børnepsykologi.",
    "P|Samtalerne foregik i klinikken og én gang i hjemmet på {adr:mo}.",
    "P|{mo.full} og {st.full} deltog i samtalen om familiens historie; {fa.full} er interviewet telefonisk på {tlf:fa}.",
    "P|Henvisning: {c1.inv}, f. {dob:c1}. Oplysninger fra skolen er givet af {tl.full}.",
    "P|{c1.first} nævner selv {km.first} fra klassen som sin bedste ven og {gm.first} som den voksne, {c1.han} helst vil ringe til.",
    "P|Psykolog {ps.last} har efterfølgende talt med egen læge, {ln.full}, om {mo.gen} medicin.",
    "P|{mo.first} ({dob:mo}) oplyser at have været i behandling hos psykiater {pk.last} i {by} siden {år}.",
], closers=[
    "P|{by}, {dato}\n{ps.full}\nAut. psykolog",
    "P|Spørgsmål til erklæringen kan rettes til undersøger på {mail:ps} eller {tlf:ps}.",
    "S|⟦Erklæringen er udarbejdet i overensstemmelse med Dansk Psykolog Forenings etiske principper.|Erklæringen er afgivet på tro og love og bygger på de nævnte kilder.|Undersøger står til rådighed for uddybning på et møde med forvaltningen.⟧",
])

GENRES['sundhed'] = dict(age=(0, 0), infant=True, c2=(2, 6), sep=' ', hp=0.85, cp=0.7, headers=[
    "S|Sundhedsplejen – journalnotat\nBesøg: ⟦etableringsbesøg|2-måneders besøg|4-måneders besøg|8-måneders besøg|ekstra besøg⟧\n",
    "P|Sundhedsplejerskens notat – {c1.full}, f. {dob:c1}\n",
    "P|Barn: {c1.full} ({cpr:c1})  Mor: {mo.full} ({cpr:mo})\n",
    "P|Journalnotat {dato}. Hjemmebesøg hos {mo.full} og {fa.full}, {adr:mo}.\n",
], bodies=[
    "S|Vægt {vægt} g, længde {længde} cm, hovedomfang {hoved} cm. Følger sin kurve.",
    "S|{c1.first} ammes ⟦fuldt|delvist og suppleres med modermælkserstatning|ikke længere og får flaske⟧, og {mo.first} fortæller, at nætterne er hårde.",
    "S|{mo.first} scorer {epds} point på EPDS, hvilket er over grænsen. Vi talte om at kontakte egen læge i denne uge.",
    "S|Hjemmet fremstod ⟦ryddeligt og varmt|rodet, med mange poser affald i entréen|koldt, og {mo.first} oplyste, at radiatoren i soveværelset ikke virker⟧.",
    "S|{c1.first} sover i egen seng ved siden af forældrenes. Vi gennemgik anbefalingerne om sikker søvn og om rygning i hjemmet.",
    "S|{fa.first} var hjemme under besøget, men sad i stuen med sin telefon og deltog ikke i samtalen.",
    "S|{c1.first} har haft lidt mælkeskorpe og bleeksem, og {mo.first} bruger zinksalve efter råd fra apoteket.",
    "S|Der er god øjenkontakt mellem {mo.first} og {c1.first}, og {mo.first} taler meget til barnet under pusleseancen.",
    "S|{mo.first} fortæller, at hun selv var anbragt som barn og er bange for at ⟦gøre noget forkert|blive vurderet af kommunen|ikke kunne mærke, hvad barnet har brug for⟧.",
    "S|Aftalt nyt besøg om to uger samt tilbud om mødregruppe i sundhedsplejens lokaler på biblioteket.",
    "S|Familien har en ung schæferhund, {dyrnavn}, som går frit rundt i lejligheden. Vi talte om ikke at lade den være alene med {c1.first}.",
    "S|{c1.first} er født ⟦til termin|i uge 34 og lå 11 dage på neonatalafdelingen|ved akut kejsersnit⟧ og vejede {vægt0} g ved fødslen.",
    "S|{mo.first} virkede træt og havde svært ved at fastholde samtalen. Hun sagde flere gange, at hun “bare skal have sovet”.",
    "S|{c1.first} smiler socialt, følger med øjnene og løfter hovedet godt i maveleje.",
    "S|Vi talte om D-vitamin, og {mo.first} har købt dråberne i Matas.",
    "S|{mo.first} oplyser, at {fa.first} arbejder i Norge i perioder på to uger, og at hun så er alene med begge børn.",
    "S|Sundhedsplejen har med samtykke fra {mo.first} drøftet familien med egen læge og aftalt, at lægen følger op på {mo.gen} blodtryk.",
    "S|Der stod tomme ølflasker på sofabordet, og lejligheden lugtede af røg. {fa.first} sagde, at han havde haft gæster aftenen før.",
    "S|{mo.first} ønsker hjælp til økonomien, og vi henviste til den gratis gældsrådgivning hos ⟦Røde Kors|Kirkens Korshær|kommunens økonomiske rådgivning⟧.",
    "S|{c2.first} var hjemme fra børnehaven og legede stille i hjørnet, mens vi vejede {c1.first}.",
    "S|Vi gav {mo.first} nummeret til ForældreTelefonen hos Børns Vilkår, 35 55 55 59, som hun kan ringe til om aftenen.",
    "S|Vaccinationer efter programmet er givet hos egen læge; næste er planlagt til ⟦5-måneders|12-måneders⟧ undersøgelsen.",
    "P|{mo.first} har bedt sundhedsplejen om at sms'e på {tlf:mo} i stedet for at ringe, fordi {c1.first} sover om formiddagen.",
    "P|Ved besøget var også {mo.gen} søster, {mo2.full}, som bor i opgangen ved siden af.",
    "P|Familien er flyttet til {adr:mo}; den gamle adresse i CPR er endnu ikke opdateret.",
    "P|Opkald fra jordemoder {jm.full}, der ønskede at overlevere oplysninger om fødslen og om {mo.gen} forløb under graviditeten.",
    "P|{c2.first} (f. {dob:c2}), som er familiens ældste, var hjemme fra børnehaven med feber.",
    "P|Far: {fa.full}, mobil {tlf:fa}. Mor: {mo.full}, mobil {tlf:mo}.",
    "P|{mo.first} har selv skrevet fra {mail:mo} og spurgt, om hun kan få et ekstra besøg.",
    "P|Mor og barn bor midlertidigt hos mormor, og post sendes til {mo.full}, c/o {gm.full}, {adr:gm}.",
], closers=[
    "P|Sundhedsplejerske {sp.full}, tlf. {tlf:sp}",
    "S|⟦Næste besøg: om fire uger eller tidligere ved behov.|Næste besøg aftalt til 4-måneders besøget.|Plan: ekstra besøg om en uge, herefter vurdering af behovet.|Sundhedsplejen ringer i næste uge for at høre, hvordan det går.⟧",
    "P|/{sp.init}",
])

GENRES['politi'] = dict(age=(12, 17), subs=['v', 't'], sep=' ', hp=0.85, cp=0.7, headers=[
    "S:v|UDSKRIFT AF RAPPORT – {politikreds}\n{pjnr}\nSagstype: ⟦Vold i hjemmet|Bekymringsindberetning|Husspektakler⟧\n",
    "S:t|UDSKRIFT AF RAPPORT – {politikreds}\n{pjnr}\nSagstype: ⟦Butikstyveri|Hærværk|Tyveri af cykel⟧\n",
    "P:v|Politirapport – afhøring af vidne\nAfhørte: {mo.inv}, cpr.nr. {cpr:mo}\nAdresse: {adr:mo}\nTlf.: {tlf:mo}\n",
    "P:t|Sigtede: {c1.upper}, f. {dob:c1}\nForældremyndighedsindehaver: {mo.full}, tlf. {tlf:mo}\n",
    "P|Anmeldelse vedr. {c1.full} ({cpr:c1}), {adr:c1}\n",
    "P:v|Anmelder: {vn.full}\n{adrml:vn}\nTlf. {tlf:vn}\n",
], bodies=[
    "S:v|Patruljen blev kl. {klok} af Politiets Alarmcentral sendt til adressen efter anmeldelse om høje råb og lyden af noget, der blev smadret.",
    "S:v|Ved patruljens ankomst åbnede {mo.first} døren. Hun var grædende og havde en synlig rødme på venstre kind.",
    "S:v|{c1.first} sad ⟦i sofaen|på sit værelse|i trappeopgangen⟧ med høretelefoner på og ønskede ikke at udtale sig til patruljen.",
    "S:v|{fa.first} fremstod påvirket af alkohol og var aggressiv over for patruljen. Han blev anholdt kl. {klok} for overtrædelse af straffelovens § 244.",
    "S:v|Det blev oplyst, at {c1.first} og {c2.first} var hjemme under episoden, og der blev derfor samme nat sendt underretning til kommunen.",
    "S:t|{c1.first} blev i ⟦Netto|Føtex|Bilka|Lidl⟧ antruffet af butikkens vagt med varer for {kr} i tasken.",
    "S:t|{c1.first} blev kørt hjem til {mo.first}, som blev orienteret om sigtelsen og om, at der vil blive sendt underretning til kommunen.",
    "S:t|Forældrene oplyste, at {c1.first} ofte er ude til sent om aftenen sammen med ældre unge ved stationen, og at de ikke ved, hvem de unge er.",
    "S:t|Afhøringen foregik i overværelse af en repræsentant fra kommunens SSP-samarbejde, og {c1.first} erkendte forholdet.",
    "S:v|Der blev ikke fundet våben på stedet, men i køkkenet lå en knækket stol og glasskår på gulvet.",
    "S:v|Sagen er sendt til Børnehus ⟦Midt|Syd|Nord|Hovedstaden|Sjælland⟧ med henblik på videoafhøring af {c1.first}.",
    "S:v|Forurettede ønskede ikke at lade sig undersøge af lægevagten, men blev vejledt om muligheden for at kontakte Lev Uden Vold på 1888.",
    "S:v|Kl. {klok} forlod patruljen adressen. Der var på det tidspunkt ro, og {mo.first} oplyste, at hun og børnene ville overnatte hos en veninde.",
    "S:t|{c1.first} blev kl. {klok} standset på Ringvejen, hvor {c1.han} kørte på et el-løbehjul uden lys og med en kammerat bagpå.",
    "S:t|{c1.first} fremstod ⟦påvirket af hash|meget ked af det|rolig og samarbejdsvillig⟧ og blev overdraget til {mo.first} på politistationen.",
    "S:t|Der er optaget rapport om overtrædelse af straffelovens § 276 (tyveri). Sagen oversendes til kommunen og vurderes i forhold til Ungdomskriminalitetsnævnet.",
    "S:v|Ifølge {mo.first} har {fa.first} tidligere slået hende, senest i {måned}, men hun har ikke anmeldt det før.",
    "S:v|{c2.first} var vågen og fortalte spontant til betjenten, at “far var sur igen”.",
    "S|Patruljen konstaterede, at der i lejligheden var ⟦en stærk lugt af hash|et stort antal tomme flasker|ingen mad i køleskabet⟧.",
    "S:v|Den sociale døgnvagt blev kontaktet kl. {klok} og besluttede, at børnene kunne blive hjemme hos {mo.first} natten over.",
    "S|Borgere, der har oplysninger i sagen, kan kontakte politiet på 114. I nødstilfælde ringes 112.",
    "S:t|Gerningsstedet er en cykelkælder i en boligforening, hvor der ifølge viceværten jævnligt samles unge efter kl. 22.",
    "P:v|Anmelder var naboen, {vn.full}, {adr:vn}, som oplyste at have hørt skrig fra lejligheden under sig.",
    "P:v|{fa.inv}, cpr.nr. {cpr:fa}, blev løsladt kl. {klok} med tilhold om ikke at opsøge {mo.first}.",
    "P|{c1.first} oplyste selv sit mobilnummer som {tlf:c1}.",
    "P:t|{c1.gen} kammerat, {km.full} (f. {dob:km}), blev ligeledes antruffet, men nægtede kendskab til tyveriet.",
    "P|Moderen, {mo.full}, født {dob:mo}, bekræftede forklaringen.",
    "P:t|Forældremyndighedsindehaveren kunne ikke kontaktes på {tlf:mo}, hvorfor {c1.first} blev afleveret hos {gm.full}, {adr:gm}.",
    "P:t|Mobiltelefonen tilhørende {c1.upper} blev udleveret efter gennemsyn; Snapchat-profilen er oprettet med mailen {mail:c1}.",
], closers=[
    "P|Rapporten er optaget af politiassistent {po.full} ({po.init}), {politikreds}.",
    "S|⟦Rapporten er udskrevet til brug for kommunens behandling af underretningen. Videregivelse må ikke ske uden politiets samtykke.|Udskriften er sendt til kommunen som underretning. Oplysningerne må ikke videregives til parterne uden politiets samtykke.|Kopi sendt til kommunens børne- og ungerådgivning samt til SSP.⟧",
    "P|Kontakt: politiassistent {po.full}, {mail:po}",
])

GENRES['netvaerk'] = dict(age=(6, 15), sep=' ', hp=0.9, cp=0.6, headers=[
    "S|Referat af netværksmøde {dato} kl. {mklok}\nSted: Børn og Familie, mødelokale ⟦2|3|B|Fjorden⟧\n",
    "S|Familierådslagning – referat\nDeltagere: ⟦mor, mormor, moster, far, klasselærer og rådgiver. Afbud: sundhedsplejersken.|mor, far, farmor, to naboer, familiebehandler og rådgiver.|mor, morfar, mors veninde, pædagog fra SFO og koordinator. Afbud: far.⟧\n",
    "P|Referat – familierådslagning\nDeltagere: {mo.full}, {fa.full}, {gm.full} (mormor), {mo2.full} (moster), {cw.full} (rådgiver), {kp.full} (koordinator)\n",
    "P|Til stede: {mo.first}, {gm.first}, {vn.full} (nabo og ven af familien), {tl.full} (lærer) og undertegnede.\n",
], bodies=[
    "S|Formålet med mødet var at lave en sikkerhedsplan, så {c1.first} ved, hvem {c1.han} kan ringe til, hvis det bliver utrygt derhjemme.",
    "S|Rådgiver indledte med at gennemgå bekymringerne fra underretningen og de tre kolonner: Hvad er vi bekymrede for? Hvad virker godt? Hvad skal der ske?",
    "S|På skalaen fra 0 til 10 satte {mo.first} situationen til 7, mens skolen satte den til 4.",
    "S|{gm.first} har tilbudt, at {c1.first} kan sove hos hende tirsdag og torsdag, så {mo.first} kan gå til behandling om aftenen.",
    "S|Netværket var enige om, at {fa.first} ikke kører bil med børnene, før han har været ædru i tre måneder.",
    "S|I den private tid, hvor de professionelle forlod lokalet, lavede familien selv en plan med fem punkter.",
    "S|{c1.first} havde skrevet et brev til mødet, som {mo.first} læste højt: “⟦Jeg vil gerne have, at I holder op med at skændes.|Jeg vil bare gerne have ro om aftenen.|Jeg savner, at vi spiser sammen.⟧”",
    "S|Det blev aftalt, at næste møde holdes efter {ferie}, og at {mo.first} selv står for at invitere.",
    "S|{fa.first} gav udtryk for, at han føler sig ⟦overset|talt ned til|misforstået⟧ af kommunen, og bad om at få det ført til referat.",
    "S|Der var enighed om, at {c1.gen} skolegang er det vigtigste fokus, og at morgenerne skal lykkes.",
    "S|Sikkerhedsmålet er, at {c1.first} og {c2.first} hver aften kommer i seng i et hjem, hvor der er en ædru voksen.",
    "S|Skolen bekræftede, at der siden sidste møde kun har været ⟦én|to|tre⟧ fraværsdage, og at {c1.first} er begyndt i lektiecaféen.",
    "S|{mo.first} fortalte, at hun har fået plads i et forløb i Familieambulatoriet, og at hun møder op hver onsdag.",
    "S|Mødet blev holdt på dansk og {sprog} med telefontolk, og referatet bliver oversat.",
    "S|Det blev understreget, at hvis sikkerhedsplanen ikke holder, skal rådgiver kontaktes samme dag, og uden for åbningstid ringes der til døgnvagten via 114.",
    "S|{c1.first} var med i den første halve time og fortalte selv om ⟦fodbold|sin nye cykel|skolens lejrtur til Bornholm⟧.",
    "S|{gm.first} og {mo2.first} har lavet en vagtplan for weekenderne i ⟦december|januar|februar⟧, som hænger på køleskabet.",
    "S|Der blev spurgt ind til økonomien; familien har fået afslag på en enkeltydelse efter aktivlovens § 81, og {mo.first} overvejer at klage.",
    "S|Koordinator mindede om, at planen er familiens egen, og at kommunen skal godkende den, før den træder i kraft.",
    "S|{gf.first} sagde, at han ikke længere vil dække over {mo.gen} drikkeri, og at han hellere vil være der for børnene.",
    "S|Da mødet blev holdt en lørdag, deltog skolen ikke, men klasselæreren havde sendt en skriftlig status.",
    "P|{gf.full} kan kontaktes på {tlf:gf} og har lovet at hente {c1.first} fra klub om fredagen.",
    "P|Koordinator {kp.full} sender referatet til alle deltagere; familiens tovholder er {mo2.first} ({tlf:mo2}).",
    "P|Aftaler: 1) {gm.first} henter mandag og onsdag. 2) {fa.first} ringer til {c1.first} kl. 19. 3) {mo.first} kontakter rådgiver på {tlf:cw} ved tilbagefald.",
    "P|{c1.first} gav sit mobilnummer ({tlf:c1}) til alle i netværket.",
    "P|Naboen {vn.full} tilbød, at børnene altid kan banke på hos {vn.ham} på {gade:vn}.",
    "P|{mo2.full} deltog over Teams fra {by} og kan kontaktes på {mail:mo2}.",
    "P|Hvis der opstår en akut situation, tager {c1.first} og {c2.first} hen til {gm.first} og {gf.first} på {adr:gm}.",
], closers=[
    "P|Referent: {cw.init}",
    "P|Referent: {kp.full}, koordinator",
    "S|Referatet godkendes på næste møde.",
])

GENRES['advokat'] = dict(age=(3, 15), sep=' ', hp=0.9, cp=0.8, headers=[
    "P|{la.full}\nAdvokat\n\n{by}, {dato}\n\nTil Børn og Familie\nVedr.: {mo.full}, cpr.nr. {cpr:mo} – sagen om {c1.first}\n\n",
    "P|Att.: rådgiver {cw.full}\nVedr. min klient {fa.full}, {adr:fa}\n\n",
    "S|Vedr. ⟦indstilling til børne- og ungeudvalget|påtænkt anbringelse uden samtykke|kommunens sagsfremstilling af {dato}⟧ – bemærkninger på vegne af ⟦forældremyndighedsindehaveren|min klient|moderen⟧\n\n",
    "P|Kære {cw.first}\n\n",
    "P|Børn og Familie\nAtt. {cw.abbr}\n\nVedr. {c1.full} ({dob:c1}) – anbringelse uden samtykke\n\n",
], bodies=[
    "S|Jeg repræsenterer {mo.first} i sagen og henviser til min fuldmagt, som blev fremsendt {dato}.",
    "S|Min klient er ikke enig i, at der foreligger en åbenbar risiko for alvorlig skade på {c1.gen} sundhed eller udvikling, og vi anmoder om, at sagen forelægges børne- og ungeudvalget med det fulde materiale.",
    "S|Jeg gør opmærksom på, at der ikke er foretaget partshøring efter forvaltningslovens § 19 over ⟦skolens udtalelse|psykologerklæringen|politiets rapport⟧, som indgår i indstillingen.",
    "S|På vegne af min klient anmodes der om aktindsigt i sagens dokumenter, jf. forvaltningslovens § 9, herunder interne notater fra {måned}.",
    "S|{mo.first} har siden {måned} været i behandling i misbrugscentret og har afleveret urinprøver, som alle har været negative.",
    "S|Det bemærkes, at samværet mellem {fa.first} og {c1.first} er aflyst tre gange uden begrundelse fra kommunens side.",
    "S|Min klient ønsker, at {c1.first} kan blive i netværket, og peger på sin søster som mulig netværksplejefamilie.",
    "S|Jeg imødeser kommunens svar inden for 14 dage og står naturligvis til rådighed for en uddybende drøftelse.",
    "S|Det fremgår af referatet af samtalen med barnet, at {c1.first} klart har udtrykt et ønske om at bo hos {fa.first}. Dette er efter min opfattelse ikke tillagt tilstrækkelig vægt.",
    "S|Kommunen har ikke godtgjort, at mindre indgribende indsatser som familiebehandling eller aflastning har været forsøgt, jf. proportionalitetsprincippet.",
    "S|Jeg skal endvidere anmode om, at {c1.gen} skoleskift udsættes, indtil sagen er afgjort.",
    "S|Min klient har ikke modtaget referatet fra netværksmødet {dato}, og jeg beder om, at det fremsendes via Digital Post.",
    "S|Jeg gør opmærksom på, at forældremyndighedsindehaveren har ret til gratis advokatbistand, inden børne- og ungeudvalget træffer afgørelse.",
    "S|{mo.first} har bedt mig oplyse, at hun ikke længere ønsker kontakt med {fa.first}, og at al kommunikation om samvær bør gå gennem kommunen.",
    "S|Det er ikke korrekt, som anført på side 4 i indstillingen, at {mo.first} har afvist hjemmebesøg; hun bad alene om, at besøget blev flyttet på grund af sygdom.",
    "S|Jeg vedlægger dokumentation i form af en udskrift fra Sundhed.dk og en udtalelse fra misbrugscentret af {dato}.",
    "S|Subsidiært gøres det gældende, at en eventuel anbringelse bør ske i netværket, jf. barnets lov, og at samværet fastsættes til mindst hver anden weekend.",
    "S|Jeg bemærker, at sagens akt 14 og 15 ({doknr}) ikke fremgår af aktlisten, og beder om at få dem udleveret.",
    "P|Min klients søster, {mo2.full}, bor på {adr:mo2} og har plads til {c1.first} i sit hjem.",
    "P|Korrespondance bedes sendt til mit kontor på {mail:la} og ikke direkte til {fa.first}.",
    "P|Henvendelser til undertegnede kan ske på {tlf:la} alle hverdage mellem kl. 9 og 15.",
    "P|Til orientering har advokat {la2.full} overtaget sagen for {fa.first} og bedes kontaktet på {tlf:la2}.",
    "P|Fru {mo.last} er fortsat tilmeldt Digital Post, men ønsker kopi af alle breve med almindelig post til {adr:mo}.",
    "P|Min klient, {fa.full} (cpr.nr. {cpr:fa}), har fælles forældremyndighed og skal derfor høres.",
    "P|Genpart sendes til {mo.full}, c/o {mo2.full}, {adr:mo2}, hvor min klient midlertidigt bor.",
    "P|Jeg har talt med advokat {la2.lastgen} kontor og er bekendt med, at {fa.first} ikke modsætter sig en netværksanbringelse.",
], closers=[
    "P|Med venlig hilsen\n\n{la.full}\nadvokat",
    "P|Med venlig hilsen\n{la.abbr}\nadvokat (H)",
    "S|Med venlig hilsen\nAdvokatkontoret",
])

GENRES['bisidder'] = dict(age=(3, 15), sep=' ', hp=0.8, cp=0.85, headers=[
    "S|Bisidders bemærkninger til mødet {dato}\n\n",
    "P|Til {cw.full}\nBørn og Familie\n\nVedr. {mo.full}, {adr:mo}\n\n",
    "P|Hej {cw.first}\n\n",
    "S|Skriftlige bemærkninger fra bisidder\n\n",
], bodies=[
    "S|Jeg skriver på vegne af {mo.first}, som har bedt mig være bisidder i sagen, jf. barnets lov § 6.",
    "S|Som bisidder er jeg ikke partsrepræsentant, men støtter {mo.first} i at forstå, hvad der bliver sagt, og i at få sagt det, hun gerne vil.",
    "S|{mo.first} oplevede mødet som meget svært. Hun ønskede at sige noget om {c1.gen} medicin, men fik ikke ordet.",
    "S|Vi skal bede om, at næste møde flyttes, da {mo.first} ikke kan deltage {tidsrum} på grund af sin uddannelse.",
    "S|Efter mødet talte {mo.first} og jeg om, hvad ordet “anbringelse” betyder, og hvad forskellen er på § 46 og § 47. Det havde hun ikke forstået undervejs.",
    "S|{mo.first} vil gerne have, at det kommer med i referatet, at hun har gået til alle samtaler i Familiehuset siden {måned}.",
    "S|Det var svært for {mo.first}, at der sad seks fagpersoner rundt om bordet, og at hun ikke på forhånd vidste, hvem de var.",
    "S|Jeg vil foreslå, at I næste gang sender dagsordenen mindst en uge før, og at den er skrevet i et sprog, som {mo.first} kan læse.",
    "S|{mo.first} har spurgt, om {c1.first} kan få lov at tage ⟦hunden {dyrnavn}|sin cykel|sin PlayStation⟧ med til plejefamilien.",
    "S|Jeg er frivillig bisidder ⟦gennem en forening|via en landsdækkende organisation|og har været det i fire år⟧ og har ingen tilknytning til kommunen eller familien i øvrigt.",
    "S|{mo.first} ønsker ikke, at {fa.first} deltager i samme møde som hende, og beder om to separate møder.",
    "S|Vi var enige om, at mødet sluttede i en bedre stemning, og {mo.first} sagde bagefter, at hun for første gang følte sig hørt.",
    "S|Hvis {mo.first} ikke kan komme igennem på telefonen, vil hun gerne ringes op i tidsrummet {tidsrum}.",
    "S|Da {mo.first} er ordblind, har hun bedt om, at breve også bliver læst op for hende ved næste møde.",
    "P|Jeg deltog som bisidder for {mo.full} sammen med en god ven af familien, {vn.full}.",
    "P|{mo.first} kan kontaktes på {tlf:mo}; jeg kan selv træffes på {tlf:bi} efter kl. 17.",
    "P|Jeg har bedt {cw.full} om at sende referatet til både {mo.first} og mig på {mail:bi}.",
    "P|{mo.gen} nye adresse er {adr:mo}, og hun har bedt om, at al post sendes dertil.",
    "P|Ved mødet deltog også {c1.gen} kontaktperson, {kp.full}, som {mo.first} har god kontakt til.",
], closers=[
    "P|Venlig hilsen\n{bi.full}\nfrivillig bisidder",
    "S|Med venlig hilsen\nbisidder (navn kendt af forvaltningen)",
    "P|Mvh {bi.first}\nbisidder for {mo.first}",
])

GENRES['klage'] = dict(age=(8, 15), sep=' ', hp=0.85, cp=0.8, headers=[
    "P|Til Ankestyrelsen\nKlage over afgørelse af {dato}\nKlager: {mo.full}, {adr:mo}\nSagen vedrører: {c1.full} ({cpr:c1})\n",
    "S|Klage over kommunens afgørelse om ⟦anbringelse uden samtykke|afslag på aflastning|ændring af samvær|afslag på aktindsigt⟧\n",
    "P|Ankestyrelsen\nKlage fra {mo.full}, født {dob:mo}\nTelefon: {tlf:mo}\n",
    "P|{mo.full}\n{adrml:mo}\n\nTil Ankestyrelsen\nKlage over afgørelse af {dato} vedrørende {c1.first}\n\n",
    "S|Hej Ankestyrelsen\n",
], bodies=[
    "S|Jeg klager over kommunens afgørelse, fordi jeg ikke synes, at de har lyttet til mig eller til {c1.first}.",
    "S|Kommunen skriver, at jeg ikke kan tage vare på {c1.first}, men de har aldrig set os sammen på en helt almindelig dag.",
    "S|Jeg har hele tiden samarbejdet. Jeg har været til alle møder, også dem der lå om morgenen, hvor jeg egentlig skulle have været på arbejde.",
    "S|Der står i afgørelsen, at {c1.first} har haft 40 procent fravær, men det passer ikke, fordi {c1.han} var syg med lungebetændelse i tre uger i {måned}.",
    "S|Jeg vil gerne have, at Ankestyrelsen ser på, om det er rigtigt, at de ikke har prøvet mindre hjælp først.",
    "S|{c1.first} har selv sagt, at {c1.han} gerne vil hjem. Det står ikke nogen steder i referatet af samtalen.",
    "S|Jeg fik afgørelsen {dato}, og jeg ved godt, at klagefristen er fire uger.",
    "S|Min sagsbehandler er blevet skiftet tre gange på et år, og den nye kender slet ikke vores historie.",
    "S|{fa.first} og jeg er ikke sammen mere, men vi er enige om, at {c1.first} skal bo hjemme.",
    "S|jeg er ked af at skrive så meget men jeg ved ikke hvem ellers jeg skal sige det til.",
    "S|Jeg vedlægger en udtalelse fra min psykiater og min behandlingsplan fra misbrugscentret.",
    "S|Hvis der er noget, jeg skal sende mere, vil jeg gerne have det at vide i et brev på almindeligt dansk.",
    "S|Jeg beder om, at min klage får opsættende virkning, så {c1.first} kan blive hjemme, indtil sagen er afgjort.",
    "S|Det er ikke rigtigt, at jeg råbte på mødet. Jeg græd, og det er noget andet.",
    "S|Jeg har læst i barnets lov, at børn over 10 år skal høres. {c1.first} er aldrig blevet spurgt ordentligt.",
    "S|Samværet er blevet sat ned til to timer hver tredje uge under overvågning, og {c1.first} græder, når vi skal sige farvel.",
    "S|Kommunen siger, at lejligheden var beskidt, men det var den dag, vi lige var flyttet ind, og der stod flyttekasser overalt.",
    "S|Jeg håber, at I vil læse det hele, også bilagene, fordi der står ting der, som kommunen ikke har skrevet med.",
    "S|{c1.first} går til ⟦fodbold|håndbold|ridning|kampsport⟧ og har mange venner, og det vil {c1.han} miste, hvis {c1.han} skal bo i {by}.",
    "S|Jeg har ringet til Ankestyrelsens hovednummer, 33 41 12 00, og de sagde, at jeg skulle skrive det hele ned og sende det til kommunen først.",
    "S|Da jeg spurgte om aktindsigt, fik jeg 212 sider, hvor halvdelen var streget ud. Jeg kan ikke se, hvad de bygger det på.",
    "P|I kan ringe til mig på {tlf:mo}, men jeg tager ikke altid ukendte numre, så skriv en sms først.",
    "P|Min mor, {gm.full}, har også skrevet et brev, som ligger vedhæftet. Hun bor på {adr:gm}.",
    "P|Jeg har ikke fået svar på min mail fra {dato}, som jeg sendte fra {mail:mo} til {cw.first}.",
    "P|{cw.full} sagde til mig i telefonen, at “hvis jeg ikke skrev under, så blev det bare værre”.",
    "P|Min advokat er {la.full}, og {la.han} må gerne se alle papirer.",
    "P|{c1.fullgen} plejemor, {pm.full}, har sagt til {c1.ham}, at {c1.han} aldrig kommer hjem igen. Det synes jeg ikke, man må sige til et barn.",
    "P|{c1.first} er født {dob:c1} og har boet hos mig hele livet, undtagen de tre måneder hos {fa.first} i {by}.",
], closers=[
    "P|Venlig hilsen\n{mo.full}\n{mail:mo}",
    "P|Mvh {mo.lower}",
    "P|Med venlig hilsen\n{mo.upper}",
    "S|Jeg håber, I vil hjælpe os.",
])

GENRES['mail'] = dict(age=(6, 15), sep='mail', hp=0.85, cp=0.8, headers=[
    "P|Fra: {cw.full} <{mail:cw}>\nTil: {tl.full} <{mail:tl}>\nEmne: {c1.first} – forslag til møde\n\n",
    "P|Fra: {sp.full}\nSendt: {dato} {mklok}\nTil: {cw.full}\nEmne: SV: Underretning vedr. {c1.inv}\n\n",
    "S|Emne: Opfølgning på netværksmødet\n[Sikker mail]\n\n",
    "P|Hej {cw.first}\n\n",
    "P|Kære {tl.first} og {pd.first}\n\n",
], bodies=[
    "S|Tak for et godt møde i går. Jeg har skrevet de vigtigste aftaler ned herunder, så vi er sikre på, at vi har forstået det ens.",
    "S|Som aftalt sender jeg skolens seneste fraværsopgørelse og referatet fra elevkonferencen med sikker mail.",
    "S|Kan vi finde en tid i uge ⟦38|41|47|3|9⟧ til et fælles møde med {mo.first}? Jeg kan tirsdag efter kl. 12 og hele torsdag.",
    "S|Jeg vil lige orientere om, at {c1.first} i dag fortalte, at ⟦far har sovet på sofaen hele ugen|der ikke var aftensmad i går|{c1.han} er bange for at komme hjem⟧.",
    "S|Jeg har ikke lavet en ny underretning, da du allerede er orienteret, men jeg har noteret det i elevens journal.",
    "S|Husk, at personfølsomme oplysninger ikke må sendes med almindelig mail; brug Digital Post eller sikker mail.",
    "S|{mo.first} har givet samtykke til, at vi udveksler oplysninger, jf. samtykkeerklæringen af {dato}.",
    "S|Skolesundhedsplejersken har målt {c1.first} igen, og BMI er uændret; hun foreslår henvisning til egen læge.",
    "S|Jeg er på kursus resten af ugen, men min kollega kan tage telefonen, hvis det haster.",
    "S|Ved akut bekymring uden for åbningstid skal I kontakte den sociale døgnvagt via politiet på 114.",
    "S|Jeg har vedhæftet skabelonen til statusudtalelsen. Det vigtigste for os er jeres konkrete observationer, ikke vurderinger af forældrene.",
    "S|Kort status: {c1.first} har mødt hver dag i denne uge, og {c1.han} var med på klassens tur til {by}.",
    "S|Kan du bekræfte, at {mo.first} har fået indkaldelsen? Hun har ikke reageret på Digital Post.",
    "S|Jeg har talt med PPR, som først kan se på sagen efter {ferie}. Indtil da fortsætter vi med den nuværende ordning.",
    "S|Tolken til mødet er bestilt gennem kommunens tolkeservice; sproget er {sprog}.",
    "S|Jeg har lige set, at {c1.gen} medicin er skiftet til {med}. Ved du, om skolen er orienteret?",
    "S|Vi har {dato} haft et kort møde med {fa.first}, som var positiv over for at deltage i netværksmødet.",
    "S|Beklager det sene svar – vi har haft travlt op til {ferie}.",
    "S|Hvis du ikke kan fange mig direkte, kan du ringe til kommunens hovednummer (omstillingen) på {hovednr} og bede om at blive stillet om.",
    "S|Vores sagsnummer er {sagsnrbare}; skriv det gerne i emnefeltet, så mailen bliver journaliseret korrekt.",
    "P|Min kollega {cw2.full} kan træffes på {tlf:cw2}, mens jeg er væk.",
    "P|{mo.first} har fået nyt nummer: {tlf:mo}. Det gamle virker ikke længere.",
    "P|Jeg har talt med {fa.full}, som nu bor i Sverige. Han kan fanges på {tlf:fa@se} efter kl. 16.",
    "P|Jeg har sat {le.full} cc, så ledelsen er orienteret.",
    "P|{c1.first} bor pt. hos sin moster, {mo2.full}, {adr:mo2}, og møder derfra i skole.",
    "P|Kan du videresende til {pd.full} i SFO'en? Jeg har ikke {pd.hans} mail.",
    "P|Forældrene ønsker at blive kontaktet på {mail:mo} og {mail:fa}.",
    "P|{c1.first} har fået sin egen mail til skolebrug, {mail:c1}, men forældrene har adgang til den.",
    "P|{fa.first} bor nu på Færøerne ({adr:fa@fo}) og deltager i møderne via Teams; han har telefon {tlf:fa}.",
], closers=[
    "P|Venlig hilsen\n{cw.first}\n\n{cw.full}\nRådgiver | Børn og Familie\nDirekte: {tlf:cw}",
    "P|Mvh.\n{tl.full}\nlærer, {tl.init}",
    "P|/{sp.first}",
    "S|Venlig hilsen\nSkolens ledelse",
])

GENRES['partshoering'] = dict(age=(10, 16), sep=' ', hp=0.95, cp=0.8, headers=[
    "P|{mo.full}\n{adrml:mo}\n\n{by}, {dato}\n\nPartshøring – børnefaglig undersøgelse vedrørende {c1.first}\n\n",
    "P|Til:\n{fa.full}\nc/o {vn.full}\n{adrml:vn}\n\nPartshøring efter forvaltningslovens § 19\n\n",
    "P|{mo.upper}\n{adrml:mo}\n\nSagsnr.: {sagsnrbare}\n\n",
    "P|{fa.full}\n{pb:fa}\n\nPartshøring vedrørende {c1.first}\n\n",
    "S|Partshøring – påtænkt afgørelse\nSendt via Digital Post\n\n",
    "P|{fa.full}\n{adrml:fa@gl}\n\nPartshøring – vedrørende {c1.first}\n\n",
    "P|Kære {mo.first} og {fa.first}\n\n",
], bodies=[
    "S|Vi har nu afsluttet den børnefaglige undersøgelse af {c1.gen} forhold, og vi sender den hermed i partshøring.",
    "S|Du har mulighed for at komme med bemærkninger, inden kommunen træffer afgørelse. Fristen er {dato}.",
    "S|Du kan komme med dine bemærkninger skriftligt eller mundtligt, og du er velkommen til at tage en bisidder med, hvis vi holder et møde.",
    "S|Kommunen påtænker at træffe afgørelse om ⟦aflastning i en weekendplejefamilie|familiebehandling efter § 32|anbringelse med samtykke efter § 46|en kontaktperson til {c1.first}⟧.",
    "S|Vi har lagt vægt på oplysningerne fra skolen om {c1.gen} fravær og på samtalen med {c1.first} selv.",
    "S|Hvis vi ikke har hørt fra dig inden fristen, går vi ud fra, at du ikke har bemærkninger, og sagen vil blive afgjort på det foreliggende grundlag.",
    "S|Henvendelser om sagen bedes så vidt muligt sendt via Digital Post med {sagsnr} i emnefeltet.",
    "S|Du kan læse mere om dine rettigheder i forvaltningsloven og i barnets lov. Vi har vedlagt en pjece om partshøring på dansk og {sprog}.",
    "S|Vi sender også et brev til {fa.first}, da I har fælles forældremyndighed.",
    "S|Undersøgelsen omfatter oplysninger om {c1.gen} helbred, skolegang og trivsel samt om familiens økonomi og netværk.",
    "S|Vi gør opmærksom på, at du har ret til aktindsigt i sagens dokumenter efter forvaltningslovens § 9.",
    "S|Da {c1.first} er fyldt 10 år, har {c1.han} selv ret til at blive partshørt og til at få en bisidder, jf. barnets lov §§ 3 og 6.",
    "S|Undersøgelsen er vedlagt som bilag 1, og referatet af samtalen med {c1.first} {dato} er vedlagt som bilag 2.",
    "S|Vi har rettet den faktuelle fejl om {mo.gen} beskæftigelse, som du gjorde os opmærksom på ved mødet {dato}.",
    "S|Afgørelsen kan påklages til Ankestyrelsen. Klagen skal sendes til kommunen inden fire uger, hvorefter kommunen genvurderer sagen.",
    "S|Hvis du har brug for tolk til et møde om undersøgelsen, sørger kommunen for det.",
    "S|Har du ikke mulighed for at modtage Digital Post, kan du henvende dig i Borgerservice og få brevet udleveret på papir.",
    "P|Har du spørgsmål, kan du ringe til mig på {tlf:cw} mandag til torsdag kl. 9-12 eller skrive til {mail:cw}.",
    "P|Partshøringen sendes desuden til {c1.first}, som er fyldt 10 år, på plejefamiliens adresse, {adr:pm}.",
    "P|Kopi: advokat {la.full}, der repræsenterer {mo.first}.",
    "P|Brevet er også sendt til {fa.full}, {adr:fa}.",
    "P|Rettelse: {c1.gen} fødselsdato er {dob:c1} og ikke som anført på side 2 i undersøgelsen.",
    "P|Vedr.: {c1.full}, cpr.nr. {cpr:c1}.",
], closers=[
    "P|Med venlig hilsen\n\n{cw.full}\nsocialrådgiver",
    "S|Med venlig hilsen\nBørn og Familie, Myndighed",
    "P|Venlig hilsen\n{cw.abbr}\nrådgiver, Børn og Familie",
])

GENRES['journal'] = dict(age=(4, 15), sep='\n', hp=0.7, cp=0.6, headers=[
    "S|Journalnotater – uddrag\n",
    "P|Journal – {c1.inv} ({cpr:c1})\n",
    "P|Sagsakter vedr. {c1.full}, f. {dob:c1}\n",
], bodies=[
    "S|{jdato} – Telefonsamtale med {mo.first}. Hun fortæller, at weekenden er gået godt, og at {c1.first} har sovet hjemme alle nætter.",
    "S|{jdato} kl. {klok}: Uanmeldt hjemmebesøg. Ingen lukkede op. Der var lys i stuen, og der kunne høres tv. Lagt besked i postkassen.",
    "S|{jdato}: Modtaget underretning fra skolen (skærpet underretningspligt). Vurderet inden for 24 timer, ingen akut fare. Kvittering sendt til underretter.",
    "S|{jdato}: Samtale med {c1.first} på skolen uden forældrene, jf. barnets lov § 137. Referatet er sendt i partshøring.",
    "S|{jdato}: Faglig sparring på teammødet. Refleksionsrunde om, hvorvidt sagen skal overgå til en § 20-undersøgelse.",
    "S|{jdato}: Sms fra {fa.first}: Han kan ikke komme til mødet på torsdag og beder om en ny tid.",
    "S|{jdato}: {mo.first} møder uanmeldt op i Borgerservice og ønsker at tale med sin rådgiver. Hun er meget ked af det og fortæller, at hun har mistet sit job i {butik}.",
    "S|{jdato}: Ledelsestilsyn gennemført. Ingen bemærkninger til sagens fremdrift.",
    "S|{jdato}: Modtaget lægeerklæring fra egen læge. Lagt på sagen som {doknr}.",
    "S|{jdato}: Bevilget støttende indsats efter § 32 i form af familiebehandling. Afgørelsen er sendt med Digital Post.",
    "S|{jdato}: Fællesmøde med {mo.first}, {fa.first} og familiebehandleren. Forældrene var uenige om samværet, og mødet blev afbrudt efter 40 minutter.",
    "S|{jdato} kl. {klok}: {c1.first} ringer selv og spørger, om {c1.han} kan flytte hen til {fa.first}.",
    "S|{jdato}: Aftalt med {mo.first}, at hun kontakter ⟦Familieretshuset|egen læge|misbrugscentret⟧ inden næste møde.",
    "S|{jdato}: Bestilt tolk ({sprog}) til mødet i næste uge.",
    "S|{jdato}: Underretning fra politiet vedr. uro i hjemmet natten til søndag. Sagen er drøftet med teamleder.",
    "S|{jdato}: Udbetalt {kr} til skoletøj og fritidsaktivitet efter aftale med teamleder.",
    "S|{jdato}: {mo.first} har aflyst samværet med kort varsel for tredje gang. {c1.first} er orienteret af plejefamilien.",
    "S|{jdato}: Oprettet sag i DUBU. Screening efter § 18 gennemført, og sagen overgår til afdækning efter § 19.",
    "S|{jdato}: Aktindsigt udleveret til {fa.first} med undtagelse af oplysninger om {mo.gen} helbred, jf. forvaltningslovens § 15 b.",
    "S|{jdato}: Telefonnotat. {mo.first} er oplyst om ForældreTelefonen (35 55 55 59) og om, at {c1.first} selv kan ringe til BørneTelefonen på 116 111.",
    "S|{jdato}: {c1.gen} hund, {dyrnavn}, er ifølge {mo.first} blevet afleveret til et internat, og {c1.first} er meget ked af det.",
    "P|{jdato}: Telefon fra {mo2.full} (moster), {tlf:mo2}, som er bekymret for {c1.first}.",
    "P|{jdato}: Mail fra {mo.first} ({mail:mo}) med billeder af lejligheden efter oprydning.",
    "P|{jdato}: {mo.full} oplyser ny adresse: {adr:mo}. Opdateret i fagsystemet.",
    "P|{jdato}: Samtale med {tl.full}, klasselærer. Eleven har været fraværende hele ugen.",
    "P|{jdato}: Henvendelse fra {vn.full}, nabo, som ikke ønsker at være anonym. Tilbagekald på {tlf:vn}.",
    "P|{jdato}: Sms fra {mo.first}: “hej {cw.lower} kan ikke komme i morgen {c1.lower} er syg”.",
    "P|{jdato}: Ny kontaktperson, {kp.full}, er startet. Præsenteret for {c1.first} og {mo.first} ved hjemmebesøg.",
    "P|{jdato}: Far, {fa.full}, født {dob:fa}, har fået ny mail: {mail:fa}.",
    "P|{jdato}: {fa.first} oplyser, at han er flyttet til Grønland. Ny adresse: {adr:fa@gl}.",
    "P|{jdato}: Brev til {fa.first} returneret fra {adr:fa@fo} med påtegningen “ubekendt”.",
], closers=[
    "P|/{cw.init}",
    "P|Notat ved {cw.full}",
])

GENRES['tabel'] = dict(age=(3, 15), sep='\n\n', hp=0.5, cp=0.0, headers=[
    "S|Bilag til den børnefaglige undersøgelse\n\n",
    "S|Oversigt\n\n",
], bodies=[
    "P|Familien\n| Navn | Relation | Født | Bopæl |\n|---|---|---|---|\n| {c1.full} | barn | {dob:c1} | hos mor |\n| {c2.full} | søskende | {dob:c2} | hos mor |\n| {mo.full} | mor | {dob:mo} | {adr:mo} |\n| {fa.full} | far | {dob:fa} | {adr:fa} |",
    "P|Kontaktliste\n- {mo.full} (mor): {tlf:mo}, {mail:mo}\n- {fa.full} (far): {tlf:fa}\n- {gm.full} (mormor): {tlf:gm}\n- Kontaktperson {kp.full}: {tlf:kp}",
    "P|Deltagere i netværksmødet:\n1. {mo.full}\n2. {gm.full}\n3. {tl.full}, lærer\n4. {cw.full}, rådgiver",
    "P|Genogram (tekstudgave)\n{gf.full} ({dob:gf}) og {gm.full} ({dob:gm})\n– datter: {mo.full} ({dob:mo}), samboende med {st.full}\n– børn: {c1.first} ({dob:c1}) og {c2.first} ({dob:c2}), far: {fa.full}",
    "P|Personer i sagen\nBarn: {c1.inv}, {cpr:c1}\nMor: {mo.inv}, {cpr:mo}\nFar: {fa.inv}, {cpr:fa}\nPlejefamilie: {pm.full} og {pf.full}, {adr:pm}",
    "P|Fagpersoner\n| Rolle | Navn | Telefon |\n|---|---|---|\n| Rådgiver | {cw.full} | {tlf:cw} |\n| Klasselærer | {tl.full} | {tlf:tl} |\n| Sundhedsplejerske | {sp.full} | {tlf:sp} |",
    "P|Adresser\n- Mor: {adr:mo}\n- Far: {adr:fa}\n- Mormor og morfar: {adr:gm}",
    "P|| Barn | Fødselsdato | CPR |\n|---|---|---|\n| {c1.first} | {dob:c1} | {cpr:c1} |\n| {c2.first} | {dob:c2} | {cpr:c2} |",
    "S|Bevillinger\n| Indsats | Hjemmel | Periode | Udgift pr. måned |\n|---|---|---|---|\n| Familiebehandling | § 32 | {måned}-{måned} | {kr} |\n| Aflastning | § 32 | løbende | {kr} |\n| Kontaktperson | § 32 | 6 måneder | {kr} |",
    "S|Tidslinje\n| År | Hændelse |\n|---|---|\n| {år1} | Første underretning fra sundhedsplejen |\n| {år2} | Forældrene går fra hinanden |\n| {år3} | {c1.first} skifter skole |\n| {år4} | Underretning fra politiet; § 20-undersøgelse |",
    "S|Aftaler\n- {mo.first} kontakter egen læge inden {dato}.\n- Skolen sender fraværsoversigt hver fredag.\n- Rådgiver bestiller tolk til næste møde.\n- {fa.first} deltager i forældrekurset De Utrolige År fra {måned}.",
    "S|Sikkerhedsplan (Signs of Safety)\nHvad er vi bekymrede for? At {c1.first} er alene hjemme om aftenen, når {mo.first} drikker.\nHvad virker godt? {gm.first} kommer hver dag, og {c1.first} spiser med i fritidsklubben.\nHvad skal der ske? {mo.first} går i behandling, og {gm.first} sover hos familien i weekenderne.",
    "S|Skalering 0-10\n- {mo.first}: 7\n- {fa.first}: 5\n- Skolen: 4\n- Rådgiver: 3\n(0 = barnet kan ikke bo hjemme; 10 = sagen kan lukkes)",
    "S|Samværsplan\n| Uge | Dag | Tidsrum | Sted |\n|---|---|---|---|\n| lige uger | søndag | kl. 10-13 | familiehuset |\n| ulige uger | onsdag | kl. 15-17 | hos {gm.first} |",
    "S|⟦Bemærk: Tabellen opdateres efter hvert opfølgningsmøde og erstatter tidligere versioner.|Oversigten er udarbejdet af rådgiver og gennemgået med forældrene.|Kun gældende version ligger i fagsystemet; udskrifter makuleres efter brug.⟧",
    "S|Oplysningerne er indhentet med samtykke og ajourført pr. {dato}.",
    "S|Kilder: skoleudtalelse af {dato}, sundhedsplejens notat, politirapport ({pjnr}) og samtaler med forældrene.",
    "S|Nyttige numre\n- BørneTelefonen: 116 111\n- ForældreTelefonen, Børns Vilkår: 35 55 55 59\n- Lev Uden Vold: 1888\n- Politi (ikke akut): 114\n- Kommunens hovednummer: {hovednr}",
    "S|Medicin\n| Præparat | Dosis | Ordineret af |\n|---|---|---|\n| {med} | morgen | børne- og ungdomspsykiatrien |\n| melatonin | aften | egen læge |",
    "S|ICS-vurdering\n- Barnets udvikling: {c1.first} er fagligt bagud, men har gode venskaber.\n- Forældrekompetencer: {mo.first} er kærlig, men har svært ved struktur.\n- Familie og netværk: {gm.first} er en vigtig ressource.",
    "P|Bemærk: {fa.first} har adressebeskyttelse; brug kun postboks: {pb:fa}.",
    "P|Post til familien\n{mo.full}\nc/o {gm.full}\n{adrml:gm}",
    "P|Ændringer siden sidst\n- {mo.first} er flyttet til {adr:mo}.\n- {c1.first} har fået ny mobil: {tlf:c1}.\n- {fa.first} har skiftet mail til {mail:fa}.",
], closers=[])

GENRES['underretning'] = dict(age=(6, 14), sep=' ', hp=0.85, cp=0.6, headers=[
    "P|Underretning til Børn og Familie\nUnderretter: {tl.full}, lærer\nBarnets navn: {c1.full}\nCPR: {cpr:c1}\nAdresse: {adr:c1}\n",
    "P|Underretning (ikke anonym)\nFra: {vn.full}, tlf. {tlf:vn}\n",
    "S|Underretning – skærpet underretningspligt\nModtaget via den digitale formular\n",
    "P|Underretning fra praktiserende læge vedr. {c1.full}, cpr.nr. {cpr:c1}\n",
], bodies=[
    "S|Jeg er bekymret for {c1.first}, fordi {c1.han} de seneste uger har virket meget indadvendt og ikke vil tage overtøjet af i klassen.",
    "S|I dag kom {c1.first} i skole med et mærke på halsen. Da jeg spurgte til det, sagde {c1.han}, at det var fra en leg, men {c1.han} så ikke på mig.",
    "S|{c1.first} har fortalt, at {mo.first} sover det meste af dagen, og at {c1.han} selv smører madpakke til {c2.first}.",
    "S|Jeg har talt med {mo.first} om min bekymring, og hun blev vred og sagde, at skolen skal blande sig udenom.",
    "S|Jeg har ikke talt med forældrene om underretningen, fordi jeg er bange for, at det vil gøre det værre for barnet.",
    "S|Der er ofte høje råb fra lejligheden sent om aftenen, og i weekenden hørte jeg noget, der lød som et barn, der græd i lang tid.",
    "S|Ved undersøgelsen bemærkede jeg, at {c1.first} ikke er vaccineret efter børnevaccinationsprogrammet og har tydelig karies.",
    "S|Jeg vil gerne have en kvittering for modtagelsen og vide, om sagen bliver undersøgt.",
    "S|{c1.first} har sagt til mig: “⟦Du må ikke sige det til nogen.|Far bliver sur, hvis jeg siger det.|Mor siger, at I tager børn.⟧”",
    "S|{c1.first} blev efter skoletid hentet af en voksen, som vi ikke kender, og som lugtede af alkohol.",
    "S|{c1.first} har i ⟦september|oktober|januar|marts⟧ haft 11 sygedage, og {mo.first} har hver gang meldt {c1.ham} syg via Aula lige efter kl. 8.",
    "S|{c1.first} har flere gange spurgt, om {c1.han} må blive på skolen efter lukketid, og siger, at der ikke er nogen hjemme.",
    "S|Familien har ifølge {c1.first} ikke haft strøm i en uge, og {c1.han} har ikke kunnet gå i bad.",
    "S|Jeg har drøftet bekymringen med skolens ledelse og med skolesundhedsplejersken, som deler den.",
    "S|Jeg ved, at familien er kendt af kommunen, men jeg synes, det er blevet værre siden {ferie}.",
    "S|{c1.first} viste mig beskeder på Snapchat fra en ældre dreng, som beder {c1.ham} om billeder.",
    "S|Vi har tidligere sendt underretning {dato} og har ikke hørt noget siden.",
    "S|Jeg har sagt til {c1.first}, at {c1.han} altid kan ringe til BørneTelefonen på 116 111, og at det er gratis.",
    "S|Jeg har set {c1.first} alene på gaden efter kl. 22 flere aftener, senest på vej ned mod stationen.",
    "P|Jeg har kendt familien, siden {c1.first} blev født, og bor selv på {adr:vn}.",
    "P|Barnets mor er {mo.full}, og hun kan kontaktes på {tlf:mo} eller {mail:mo}.",
    "P|Underretter kan kontaktes på {tlf:vn}, helst efter kl. 16.",
    "P|Jeg underretter også om {c2.full}, født {dob:c2}, som bor i samme hjem.",
    "P|{c1.first} har sagt, at {st.full}, mors kæreste, “slår, når han er fuld”.",
    "P|Min kollega {tl2.full} har set det samme og kan bekræfte forløbet.",
    "P|Familien er for nylig flyttet fra {adr:mo} til en ukendt adresse, muligvis hos {fa.first} i {by}.",
    "P|Familien boede indtil sommer på {gade:mo}, men jeg ved ikke, hvor de bor nu.",
], closers=[
    "S|⟦Underretningen er sendt via kommunens digitale formular.|Sendt som sikker mail til kommunens underretningspostkasse.|Underretningen er desuden givet mundtligt til rådgivningens vagttelefon {dato}.|Jeg står gerne til rådighed, hvis I har spørgsmål til underretningen.⟧",
    "P|Venlig hilsen\n{ln.full}\npraktiserende læge, {tlf:ln}",
    "P|{tl.full}, lærer, {tl.init}",
])


# ----------------------------------------------------------------------------------------------
# Institutions (kind "institution"; persons only as role pseudonyms)
# (full name, bare name used after a lower-case type word)
# ----------------------------------------------------------------------------------------------
INST = {
    'skole': [(x, x) for x in ["Tranehøjskolen", "Egekratskolen", "Lyngbakkeskolen", "Solhvervsskolen",
                               "Kløverbakkeskolen", "Havrevangskolen", "Mosegårdsskolen", "Stormgårdsskolen",
                               "Hyldeholmskolen", "Ravnsbjergskolen", "Spurvebakkeskolen", "Kragsig Skole",
                               "Ellehøj Skole", "Tjørnely Friskole", "Lerbjerg Privatskole", "Bøgely Skole",
                               "Fjordvang Friskole", "Hedelund Skole"]],
    'special': [("Heldagsskolen Fyrtårnet", "Fyrtårnet"), ("Specialskolen Kompasset", "Kompasset"),
                ("Heldagsskolen Ankeret", "Ankeret"), ("Specialskolen Bølgen", "Bølgen"),
                ("Skolen ved Mølleåen", "Skolen ved Mølleåen")],
    'dag': [("Børnehuset Mælkebøtten", "Mælkebøtten"), ("Børnehuset Solsikken", "Solsikken"),
            ("Vuggestuen Humlebien", "Humlebien"), ("Naturbørnehaven Troldehøjen", "Troldehøjen"),
            ("Børnehaven Skovmusen", "Skovmusen"), ("Daginstitutionen Regnbuen", "Regnbuen"),
            ("Vuggestuen Kastanjen", "Kastanjen"), ("Børnehuset Spiren", "Spiren")],
    'sfo': [("SFO Troldebo", "Troldebo"), ("SFO Krudtuglen", "Krudtuglen"), ("SFO Græshoppen", "Græshoppen")],
    'døgn': [("Opholdsstedet Kragereden", "Kragereden"), ("Opholdsstedet Fjordly", "Fjordly"),
             ("Opholdsstedet Havgus", "Havgus"), ("Opholdsstedet Solsporet", "Solsporet"),
             ("Opholdsstedet Lyngly", "Lyngly")],
    'døgninst': [("Døgninstitutionen Egebo", "Egebo"), ("Ungehjemmet Lærkereden", "Lærkereden"),
                 ("Døgninstitutionen Tjørnebakken", "Tjørnebakken"), ("Børnecentret Søhøj", "Søhøj")],
    'aflast': [("Aflastningshuset Lærkebo", "Lærkebo"), ("Aflastningshuset Mågen", "Mågen")],
    'eft': [(x, x) for x in ["Vesterhavs Efterskole", "Hedebo Efterskole", "Skovsø Efterskole",
                             "Limfjordens Idrætsefterskole", "Tranebjerg Musikefterskole", "Efterskolen Nordlyset"]],
    'fond': [("Fonden Lysglimt", "Lysglimt"), ("Fonden Andet Spor", "Andet Spor"),
             ("Solstråle-Fonden", "Solstråle-Fonden"), ("Fonden for Sårbare Børn i Vest", "Fonden for Sårbare Børn i Vest")],
    'klub': [("Ungdomsklubben Kælderen", "Kælderen"), ("Klub Bunkeren", "Bunkeren"),
             ("Fritidsklubben Loftet", "Loftet"), ("Ungdomsklubben Tårnet", "Tårnet")],
}

INST_TEMPLATES = [
    ((6, 12), "{c1.first} går i {c1.klasse} klasse på {inst:skole}, og efter skoletid er {c1.han} i {inst:sfo}. Klasselæreren har i en mail beskrevet, at {c1.first} siden {ferie} har haft svært ved frikvartererne og flere gange er løbet hjem. Skolen foreslår, at {c1.first} visiteres til {inst:special}, hvor der er en ledig plads fra {måned}. {mo.first} er ikke enig og ønsker, at {c1.first} bliver på {inst:skole.bare}, hvor {c1.han} har sine venner. Rådgiver har aftalt et møde med skolelederen og PPR {dato} kl. {mklok}, og {mo.first} får tilbudt at besøge {inst:special.bare} sammen med familiebehandleren inden da. Sagen behandles herefter på visitationsudvalgets møde."),
    ((2, 5), "{c1.first} har siden {måned} gået i {inst:dag}, og personalet har udarbejdet en pædagogisk udtalelse til brug for undersøgelsen. Udtalelsen beskriver et barn, der ⟦er glad for de faste rutiner, men som reagerer voldsomt ved afhentning, især om fredagen|leger godt i små grupper, men trækker sig, når der er mange børn på stuen|har et stort ordforråd, men ofte kommer sulten om morgenen⟧. Pædagogerne i {inst:dag.bare} har siden {ferie} brugt billedstøtte og en fast voksen ved garderoben. Efter sommerferien skal {c1.first} begynde i børnehaveklassen på {inst:skole}, og der er aftalt et overleveringsmøde mellem de to steder med forældrenes samtykke. {mo.first} har selv ønsket, at sundhedsplejersken deltager, fordi hun kender familien fra tiden efter fødslen."),
    ((13, 17), "{c1.first} blev {dato} anbragt på opholdsstedet {inst:døgn.bare} med forældrenes samtykke efter barnets lov § 46. Opholdsstedet er godkendt af Socialtilsyn ⟦Midt|Nord|Syd|Øst|Hovedstaden⟧ og har plads til seks unge mellem 13 og 18 år. {c1.first} går i den interne skole og har fået en kontaktpædagog, som {c1.han} ifølge eget udsagn “faktisk godt gider snakke med”. {inst:døgn.gen} leder har orienteret om, at der har været to episoder med hash på værelset, og at der er lavet en skriftlig aftale med {c1.first} om konsekvenserne. Samvær med {mo.first} foregår hver anden weekend, og transporten betales af kommunen."),
    ((14, 16), "{c1.first} ønsker at komme på {inst:eft} efter sommerferien og har været til ⟦informationsaften|åbent hus|en prøvedag⟧ sammen med ⟦{fa.first}|{mo.first}|kontaktpersonen⟧. Kommunen kan efter en konkret vurdering give tilskud til efterskoleophold som en del af en støttende indsats, og rådgiver har bedt skolen om en udtalelse. ⟦Vejlederen på {inst:eft.bare} har oplyst, at de har erfaring med elever, der har brug for ekstra struktur, og at der er en kontaktlærer på hvert gangområde.|Forstanderen på {inst:eft.bare} har i en telefonsamtale fortalt, at skolen har to elever med lignende udfordringer, og at de arbejder tæt sammen med elevernes hjemkommuner.⟧ {mo.first} er positiv, men bekymret for økonomien; egenbetalingen er beregnet til {ugebeløb} om ugen efter statsstøtte. ⟦Sagen drøftes på teammødet {dato}.|Rådgiver har bedt om en budgetsamtale med familien inden {dato}.|{c1.first} har selv skrevet en motiveret ansøgning, som er vedlagt.⟧"),
    ((6, 15), "Familien har i samarbejde med familiebehandleren søgt {inst:fond} om støtte til ⟦en sommerferie, da økonomien ikke rækker til at komme væk|en uges ferie i efterårsferien|en campingtur, som børnene har ønsket sig længe⟧. {inst:fond.gen} sekretariat har bevilget {kr} til ophold og transport, og pengene udbetales direkte til feriestedet. Det er tredje gang, familien søger fonde, og {mo.first} har tidligere fået afslag fra to andre. Rådgiver har vejledt om, at fondsmidler ikke modregnes i kontanthjælpen, men at beløbet skal oplyses til Jobcentret. {c1.first} og {c2.first} har selv været med til at vælge stedet og glæder sig især til ⟦svømmehallen|stranden|at fiske⟧."),
    ((12, 17), "{c1.first} kommer ⟦næsten hver aften|tre-fire gange om ugen|især fredag aften⟧ i {inst:klub}, og medarbejderne dér har kontaktet SSP, fordi de har set {c1.ham} sammen med en gruppe ældre unge, der ikke er medlemmer. Ifølge klublederen i {inst:klub.bare} er {c1.first} hjælpsom og god til at tage ansvar for de yngre, men {c1.han} er blevet mere lukket siden {ferie}. Klubben har tilbudt, at {c1.first} kan få et fritidsjob i caféen to aftener om ugen. SSP-konsulenten foreslår et fælles møde med {mo.first}, klubben og skolen {dato}. Der er ikke på nuværende tidspunkt grundlag for en underretning til politiet."),
    ((8, 14), "{c1.first} skiftede i {måned} fra {inst:skole} til {inst:skole2}, fordi familien flyttede til den anden side af byen. Overleveringen mellem skolerne har været mangelfuld; den nye klasselærer fik først skoleudtalelsen fra {inst:skole.bare} tre uger efter skolestart. På {inst:skole2.bare} har {c1.first} fået en støtteperson i dansk og matematik, og {c1.han} har selv fortalt, at {c1.han} har fundet en ven i klassen. {mo.first} er glad for skiftet, men savner, at {c1.first} kan gå til fodbold med de gamle kammerater. Rådgiver følger op på skolegangen ved næste opfølgning på barnets plan."),
    ((3, 12), "Efter ⟦akutanbringelsen|et ophold på seks uger⟧ på {inst:døgninst} i {måned} flyttede {c1.first} til ⟦en plejefamilie i {by}|en netværksplejefamilie hos sin moster|en kommunal plejefamilie tæt på sin gamle skole⟧. Personalet på {inst:døgninst.bare} har skrevet en afsluttende status, hvor de beskriver et barn, der sov uroligt de første nætter, men som hurtigt knyttede sig til nattevagten. {c1.first} har efter flytningen fået lov at besøge stedet én gang for at sige farvel til de voksne. Plejefamilien har fået overleveret {c1.gen} dagsrytme, medicinliste ({med}) og en mappe med tegninger. Rådgiver vurderer, at overgangen er forløbet så godt, som det var muligt under omstændighederne."),
    ((6, 14), "{c1.first} er i aflastning hver tredje weekend på {inst:aflast}, som er en kommunal aflastningsinstitution med plads til fire børn ad gangen. Aflastningen er bevilget som støttende indsats efter § 32, og {mo.first} bruger weekenderne til ⟦at hvile og til at være sammen med {c2.first}|at gå til behandling og se sin egen familie|at passe sit arbejde på et plejehjem⟧. Personalet på {inst:aflast.bare} beskriver, at {c1.first} glæder sig til at komme og især er glad for hønsene i haven. Der har været en enkelt episode, hvor {c1.first} slog en anden dreng, og den blev håndteret med en samtale og en opringning til {mo.first}. Indsatsen følges op {dato}."),
    ((7, 13), "Deltagere i netværksmødet {dato}: mor, far, mormor, klasselærer fra {inst:skole}, pædagog fra {inst:sfo}, en medarbejder fra {inst:klub} samt rådgiver. Mødet startede med, at klasselæreren fortalte, hvad der går godt: {c1.first} er begyndt at række hånden op og har ikke haft konflikter i frikvartererne siden {ferie}. Pædagogen fra {inst:sfo.bare} supplerede med, at {c1.first} er god til at hjælpe de mindste med at tage overtøj på. Bekymringen er fortsat morgenerne og fraværet om mandagen. Det blev aftalt, at far henter om mandagen, og at skolen ringer til mor, hvis {c1.first} ikke er mødt kl. 8.15."),
    ((3, 5), "Hej\n\nJeg skriver fra {inst:dag} angående et barn i vores vuggestuegruppe, som I har sag på. Vi har i denne uge bemærket, at {c1.first} flere gange er kommet uden bleer og mad med, og at {c1.han} virker meget sulten om morgenen. Vi har talt med {mo.first}, som sagde, at der ikke er penge før den første. Vi har ikke lavet en ny underretning, men vil gerne vide, om vi skal. Vi kan deltage i et møde hos jer eller i {inst:dag.bare} en formiddag efter kl. 10, når børnene sover.\n\nVenlig hilsen\nDagtilbudslederen"),
    ((10, 15), "Kommunen påtænker at visitere {c1.first} til {inst:special}, som er en heldagsskole med skole og fritidstilbud i samme hus. Begrundelsen er, at {c1.first} trods støttetimer og AKT-forløb ikke har kunnet rummes i almenklassen på {inst:skole}, og at fraværet er steget til over 30 procent. PPR har i sin pædagogisk-psykologiske vurdering anbefalet et mindre tilbud med få voksne og forudsigelige rammer. Du har mulighed for at komme med bemærkninger inden {dato}. Du kan også besøge {inst:special.bare} sammen med {c1.first} inden; ring til skolens kontor for at aftale en tid."),
    ((9, 16), "{jdato}: Telefon fra kontaktpædagogen på {inst:døgn}. {c1.first} er kommet for sent hjem to aftener i træk og har fortalt, at {c1.han} har været hos en kammerat i {by}.\n{jdato}: Møde på {inst:døgn.bare} med {c1.first}, {mo.first} og afdelingslederen. Aftalt, at {c1.first} sms'er, hvis {c1.han} bliver forsinket.\n{jdato}: {c1.first} er startet til håndbold i den lokale klub og kommer hjem kl. 19.30 om tirsdagen.\n{jdato}: Status fra {inst:eft}, hvor {c1.first} har været på introduktionsdag: skolen vil gerne optage {c1.ham} fra august."),
    ((4, 10), "{c1.first} har gået i {inst:dag} i tre år, og overgangen til {inst:skole} er planlagt med ekstra besøg i foråret. Personalet i {inst:dag.bare} har været en stabil base for {c1.first} i en periode, hvor familien har haft mange skift. Forældrene har begge sagt, at de har stor tillid til pædagogerne. Skolen har bedt om at få {inst:dag.gen} observationer om sprog, leg og samspil, og forældrene har givet samtykke. {c1.first} har selv været på besøg i børnehaveklassen og fortalte bagefter, at der var en kanin, der hed {dyrnavn}."),
    ((11, 16), "Ansøgning om støtte\n\n{inst:fond} har som formål at give udsatte børn og unge mulighed for at deltage i fritidsaktiviteter. Vi søger på vegne af en familie om tilskud til {c1.gen} kontingent og udstyr i den lokale ⟦rideklub|fodboldklub|svømmeklub⟧ samt til en uges sommerlejr med {inst:klub}. {c1.first} har i en periode haft svært ved at finde fodfæste, og klubben har været det sted, hvor {c1.han} har haft succes. Det samlede beløb udgør {kr}. Ansøgningen er udarbejdet af familiens kontaktperson i samarbejde med mor og er sendt {dato}."),
]


# ----------------------------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------------------------
def parse(lst):
    out = []
    for x in lst:
        tag, text = x.split('|', 1)
        tag, _, sub = tag.partition(':')
        out.append((tag, sub or None, text))
    return out


PARSED = {g: {k: parse(v[k]) for k in ('headers', 'bodies', 'closers')} for g, v in GENRES.items()}
USAGE = Counter()
INST_USAGE = Counter()
FORMATS = Counter()


def pick(rng, gname, part, items, prefer_p):
    if not items:
        return None
    w = []
    for i, t, x in items:
        base = (3.0 if t == 'P' else 1.0) if prefer_p else 1.0
        w.append(base / (1 + USAGE[(gname, part, i)]) ** 1.5)
    return rng.choices(items, w)[0]


def build(rng, mode, gname):
    g = GENRES[gname]
    P = PARSED[gname]
    for _ in range(200):
        para = Para(rng, mode, g['age'], g.get('c2'), g.get('infant', False))
        target = max(114, int(rng.triangular(100, 182, 124)))
        used = []

        sub = rng.choice(g['subs']) if 'subs' in g else None

        def cands(part):
            return [(i, t, x) for i, (t, sb, x) in enumerate(P[part])
                    if (mode == 'planted' or t == 'S') and (sb is None or sb == sub)]

        def render_choice(part, prob):
            if rng.random() >= prob:
                return None
            c = pick(rng, gname, part, cands(part), mode == 'planted')
            if c is None:
                return None
            try:
                txt, sp = para.render(c[2])
            except Conflict:
                return None
            used.append((gname, part, c[0]))
            return txt, sp

        hdr = render_choice('headers', g['hp'])
        clo = render_choice('closers', g['cp'])
        words = (nwords(hdr[0]) if hdr else 0) + (nwords(clo[0]) if clo else 0)
        avail = cands('bodies')
        chosen = []
        while words < target and avail:
            c = pick(rng, gname, 'bodies', avail, mode == 'planted')
            avail.remove(c)
            try:
                txt, sp = para.render(c[2])
            except Conflict:
                continue
            w = nwords(txt)
            if words + w > 196:
                continue
            chosen.append((c[0], txt, sp))
            words += w
        if not 110 <= words <= 200:
            continue
        if gname != 'journal':
            chosen.sort(key=lambda z: z[0])
        # assemble
        text, spans = '', []

        def add(piece):
            nonlocal text
            t, sp = piece
            spans.extend((k, s + len(text), e + len(text), f) for k, s, e, f in sp)
            text += t

        if hdr:
            add(hdr)
        for n, (i, txt, sp) in enumerate(chosen):
            if n:
                sep = g['sep'] if g['sep'] != 'mail' else rng.choice([' ', ' ', '\n\n'])
                text += sep
            add((txt, sp))
        if clo:
            if '\n' in clo[0]:
                text += '\n\n'
            elif clo[0].rstrip().endswith('.') and g['sep'] in (' ', 'mail'):
                text += ' '
            else:
                text += '\n'
            add(clo)
        if '{' in text or '⟦' in text or '⟧' in text:
            raise RuntimeError(text)
        if mode == 'planted':
            kinds = Counter(k for k, *_ in spans)
            if len(spans) < 4 or kinds['name'] < 2 or len(spans) - kinds['name'] < 1:
                continue
        else:
            assert not spans
        for u in used:
            USAGE[u] += 1
        for i, _, _ in chosen:
            USAGE[(gname, 'bodies', i)] += 1
        return text, spans, para
    raise RuntimeError(f"could not build {gname} {mode}")


def build_inst(rng, idx):
    age, tmpl = INST_TEMPLATES[idx]
    para = Para(rng, 'inst', age)
    text, spans = para.render(tmpl)
    assert '{' not in text and '⟦' not in text
    return text, spans


def to_record(pid, text, spans):
    items = []
    for k, s, e, f in sorted(spans, key=lambda z: z[1]):
        assert text[s:e], (pid, k)
        items.append({"kind": k, "text": text[s:e], "start": s, "end": e})
        FORMATS[(k, f)] += 1
    for a, b in zip(items, items[1:]):
        assert a['end'] <= b['start'], (pid, a, b)
    return {"id": pid, "text": text, "planted": items}


def verify_file(path, need_empty=False, kinds=None):
    n = bad = 0
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            rec = json.loads(line)
            for it in rec['planted']:
                n += 1
                if rec['text'][it['start']:it['end']] != it['text']:
                    bad += 1
                if kinds and it['kind'] not in kinds:
                    bad += 1
            if need_empty and rec['planted']:
                bad += 1
    return n, bad


def write(path, records):
    with open(path, 'w', encoding='utf-8') as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


def main():
    rng = random.Random(SEED)
    genres = list(GENRES)
    n_planted, n_clean, n_inst = 225, 225, 34

    def order(n):
        seq = (genres * (n // len(genres) + 1))[:n]
        rng.shuffle(seq)
        return seq

    planted, clean, inst = [], [], []
    seen = set()
    order_p, order_c = order(n_planted), order(n_clean)
    for k, gname in enumerate(order_p, 1):
        while True:
            text, spans, _ = build(rng, 'planted', gname)
            if text not in seen:
                break
        seen.add(text)
        planted.append(to_record(f"blind5-p{k:03d}", text, spans))
    for k, gname in enumerate(order_c, 1):
        while True:
            text, spans, _ = build(rng, 'clean', gname)
            if text not in seen:
                break
        seen.add(text)
        clean.append(to_record(f"blind5-c{k:03d}", text, spans))
    idxs = (list(range(len(INST_TEMPLATES))) * 3)[:n_inst]
    rng.shuffle(idxs)
    for k, idx in enumerate(idxs, 1):
        while True:
            text, spans = build_inst(rng, idx)
            if text not in seen:
                break
        seen.add(text)
        inst.append(to_record(f"blind5-i{k:03d}", text, spans))

    write(os.path.join(HERE, 'planted.jsonl'), planted)
    write(os.path.join(HERE, 'clean.jsonl'), clean)
    write(os.path.join(HERE, 'institutions.jsonl'), inst)

    # re-read and verify
    ok = True
    for name, kw in (('planted.jsonl', dict(kinds={'name', 'cpr', 'phone', 'email', 'address', 'dob'})),
                     ('clean.jsonl', dict(need_empty=True)),
                     ('institutions.jsonl', dict(kinds={'institution'}))):
        n, bad = verify_file(os.path.join(HERE, name), **kw)
        print(f"{name}: {n} spans re-read, {bad} mismatches")
        ok &= bad == 0

    def wstats(recs):
        ws = [nwords(r['text']) for r in recs]
        return sum(ws), sum(ws) / len(ws), min(ws), max(ws)

    for name, recs in (('planted', planted), ('clean', clean), ('institutions', inst)):
        tot, avg, lo, hi = wstats(recs)
        print(f"{name}: {len(recs)} paragraphs, {tot} words, avg {avg:.1f}, min {lo}, max {hi}")
    kinds = Counter(it['kind'] for r in planted for it in r['planted'])
    print("planted kinds:", dict(kinds), "total", sum(kinds.values()))
    print("institution spans:", sum(len(r['planted']) for r in inst))
    if '--formats' in sys.argv:
        for (k, f), c in sorted(FORMATS.items()):
            print(f"  {k:12s} {f:40s} {c}")
        print("paragraphs per genre (planted / clean):")
        gp, gc = Counter(order_p), Counter(order_c)
        for gname in genres:
            print(f"  {gname:14s} {gp[gname]:3d} / {gc[gname]:3d}")
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
