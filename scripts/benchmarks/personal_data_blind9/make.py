#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the blind9 Danish personal-data test corpus (held out).

Writes planted.jsonl, clean.jsonl and institutions.jsonl next to this file,
byte-identically on every run (fixed string seeds, no hash-order dependence),
then reads them back, checks every span and prints counts.

Python 3 standard library only.
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

import pools as P

SEED = "blind9-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
N_PLANTED = 250
N_CLEAN = 250
N_INST = 30
KINDS = ("name", "cpr", "phone", "email", "address", "dob")
BUCKETS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}
BUCKET_ORDER = ["short", "medium", "long"]
GENRES = ["sparringsreferat", "børnesamtale", "barnets plan", "telefonlog", "netværksmøde"]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


class Retry(Exception):
    pass


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    acc = 0.0
    for item, w in pairs:
        acc += w
        if x <= acc:
            return item
    return pairs[-1][0]


FOLD = {"ø": "oe", "æ": "ae", "å": "aa", "Ø": "oe", "Æ": "ae", "Å": "aa", "ð": "d", "Ð": "d",
        "ł": "l", "Ł": "l", "ı": "i", "ß": "ss", "'": "", " ": "", "-": ""}


def fold(s):
    out = []
    for ch in s:
        if ch in FOLD:
            out.append(FOLD[ch])
            continue
        d = unicodedata.normalize("NFKD", ch)
        d = "".join(c for c in d if not unicodedata.combining(c))
        out.append(d)
    return "".join(out).lower()


def fmt_date(d, style):
    dd, mm, yyyy = d.day, d.month, d.year
    if style == "d. month yyyy":
        return "%d. %s %d" % (dd, MONTHS[mm - 1], yyyy)
    if style == "dd.mm.yyyy":
        return "%02d.%02d.%d" % (dd, mm, yyyy)
    if style == "d/m-yyyy":
        return "%d/%d-%d" % (dd, mm, yyyy)
    if style == "yyyy-mm-dd":
        return "%d-%02d-%02d" % (yyyy, mm, dd)
    if style == "dd-mm-yyyy":
        return "%02d-%02d-%d" % (dd, mm, yyyy)
    if style == "d.m.yy":
        return "%d.%d.%02d" % (dd, mm, yyyy % 100)
    if style == "d.m.yyyy":
        return "%d.%d.%d" % (dd, mm, yyyy)
    if style == "dd/mm/yyyy":
        return "%02d/%02d/%d" % (dd, mm, yyyy)
    if style == "d/m-yy":
        return "%d/%d-%02d" % (dd, mm, yyyy % 100)
    if style == "weekday den d. month yyyy":
        return "%s den %d. %s %d" % (WEEKDAYS[d.weekday()], dd, MONTHS[mm - 1], yyyy)
    if style == "d. month":
        return "%d. %s" % (dd, MONTHS[mm - 1])
    if style == "d/m":
        return "%d/%d" % (dd, mm)
    if style == "dd.mm":
        return "%02d.%02d" % (dd, mm)
    raise ValueError(style)


DOB_STYLES = [("d. month yyyy", 24), ("dd.mm.yyyy", 24), ("d/m-yyyy", 12), ("yyyy-mm-dd", 10),
              ("dd-mm-yyyy", 10), ("d.m.yy", 8), ("d.m.yyyy", 6), ("dd/mm/yyyy", 6)]
EVENT_STYLES = [("d. month yyyy", 18), ("dd.mm.yyyy", 18), ("d/m-yyyy", 10), ("yyyy-mm-dd", 10),
                ("dd-mm-yyyy", 8), ("d.m.yy", 8), ("d.m.yyyy", 6), ("dd/mm/yyyy", 4), ("d/m-yy", 6),
                ("weekday den d. month yyyy", 6), ("d. month", 4), ("d/m", 2)]
TL_STYLES = [("dd.mm.yyyy", 25), ("d/m-yy", 15), ("yyyy-mm-dd", 15), ("d.m.yy", 15),
             ("d. month yyyy", 15), ("dd-mm-yyyy", 10), ("d/m-yyyy", 5)]
LOG_STYLES = [("dd.mm.yyyy", 25), ("d/m", 20), ("dd.mm", 15), ("d/m-yy", 15), ("yyyy-mm-dd", 10),
              ("d.m.yy", 15)]

MOBILE = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
          "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"]
LANDLINE = ["33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "56", "57", "58",
            "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76", "86", "87", "89",
            "96", "97", "98", "99"]
PHONE_STYLES = [("XX XX XX XX", 30), ("XXXX XXXX", 14), ("XXXXXXXX", 13), ("XX XXX XXX", 6),
                ("+45 XX XX XX XX", 10), ("+45 XXXX XXXX", 4), ("+45XXXXXXXX", 4), ("+45 XXXXXXXX", 3),
                ("0045 XXXXXXXX", 3), ("0045 XX XX XX XX", 3), ("XX-XX-XX-XX", 2)]
FOREIGN_FMT = {"298": "+298 DD DD DD", "299": "+299 DD DD DD", "252": "+252 61 DDDDDDD",
               "961": "+961 3 DDD DDD", "964": "+964 750 DDD DDDD", "380": "+380 67 DDD DD DD",
               "48": "+48 6DD DDD DDD", "40": "+40 72D DDD DDD", "84": "+84 91 DDD DDDD",
               "66": "+66 81 DDD DDDD", "291": "+291 7 DDDDDD", "93": "+93 70 DDD DDDD",
               "387": "+387 61 DDD DDD", "44": "+44 7700 900DDD", "46": "+46 70 DDD DD DD",
               "49": "+49 151 DDDD DDDD"}


def fmt_phone(num, style):
    a = num
    if style == "XX XX XX XX":
        return "%s %s %s %s" % (a[0:2], a[2:4], a[4:6], a[6:8])
    if style == "XXXX XXXX":
        return "%s %s" % (a[0:4], a[4:8])
    if style == "XXXXXXXX":
        return a
    if style == "XX XXX XXX":
        return "%s %s %s" % (a[0:2], a[2:5], a[5:8])
    if style == "+45 XX XX XX XX":
        return "+45 " + fmt_phone(a, "XX XX XX XX")
    if style == "+45 XXXX XXXX":
        return "+45 " + fmt_phone(a, "XXXX XXXX")
    if style == "+45XXXXXXXX":
        return "+45" + a
    if style == "+45 XXXXXXXX":
        return "+45 " + a
    if style == "0045 XXXXXXXX":
        return "0045 " + a
    if style == "0045 XX XX XX XX":
        return "0045 " + fmt_phone(a, "XX XX XX XX")
    if style == "XX-XX-XX-XX":
        return "%s-%s-%s-%s" % (a[0:2], a[2:4], a[4:6], a[6:8])
    raise ValueError(style)


def gen_dk_number(rng, mobile=True):
    pre = rng.choice(MOBILE if mobile else LANDLINE)
    return pre + "".join(str(rng.randrange(10)) for _ in range(6))


def gen_foreign(rng, cc):
    pat = FOREIGN_FMT[cc]
    return "".join(str(rng.randrange(10)) if ch == "D" else ch for ch in pat)


CPR_STYLES = [("DDMMYY-SSSS", 50), ("DDMMYYSSSS", 20), ("DDMMYY SSSS", 14), ("DD MM YY-SSSS", 8),
              ("DD.MM.YY-SSSS", 8)]


def fmt_cpr(dob, seq, style):
    d = "%02d" % dob.day
    m = "%02d" % dob.month
    y = "%02d" % (dob.year % 100)
    if style == "DDMMYY-SSSS":
        return d + m + y + "-" + seq
    if style == "DDMMYYSSSS":
        return d + m + y + seq
    if style == "DDMMYY SSSS":
        return d + m + y + " " + seq
    if style == "DD MM YY-SSSS":
        return "%s %s %s-%s" % (d, m, y, seq)
    if style == "DD.MM.YY-SSSS":
        return "%s.%s.%s-%s" % (d, m, y, seq)
    raise ValueError(style)


def cpr_seq(rng, dob, gender):
    y = dob.year
    if 1900 <= y <= 1999:
        opts = ["0", "1", "2", "3"] + (["4", "9"] if y >= 1937 else [])
    elif 2000 <= y <= 2036:
        opts = ["4", "9", "5", "6", "7", "8"]
    else:
        opts = ["5", "6", "7", "8"]
    d7 = rng.choice(opts)
    mid = "%02d" % rng.randrange(100)
    last = rng.choice(["1", "3", "5", "7", "9"] if gender == "m" else ["0", "2", "4", "6", "8"])
    return d7 + mid + last


def genitive(s):
    if s and s[-1] in "sxzSXZ":
        return s + "'"
    if s and s[-1].isupper():
        return s + "'s"
    return s + "s"


def cap1(s):
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------------------
# persons and cases
# ---------------------------------------------------------------------------
FAMILY_ROLES = ["C", "S", "S2", "M", "F", "SF", "MM", "MF", "FM", "AU", "UN", "V", "V2"]
PRO_ROLES = ["T", "P", "H", "Y", "D", "W", "W2", "W3", "K", "L", "KP", "FB", "B", "TR", "NB", "PM", "PF"]
STAFF = {"W", "W2", "W3", "K", "L"}

PRO_TITLES = {
    "T": ["lærer", "klasselærer", "dansklærer", "kontaktlærer"], "P": ["pædagog"],
    "H": ["sundhedsplejerske"], "Y": ["psykolog", "børnepsykolog"], "D": ["læge"],
    "W": ["socialrådgiver", "sagsbehandler", "myndighedsrådgiver"], "W2": ["socialrådgiver"],
    "W3": ["socialrådgiver"], "K": ["faglig koordinator"], "L": ["teamleder"],
    "KP": ["kontaktperson"], "FB": ["familiebehandler"], "B": ["bisidder"],
    "TR": ["træner", "fodboldtræner"], "NB": ["naboen"], "PM": ["plejemor"], "PF": ["plejefar"],
}
PRO_CLEAN = {
    "T": ["klasselæreren"], "P": ["pædagogen"], "H": ["sundhedsplejersken"], "Y": ["psykologen"],
    "D": ["egen læge"], "W": ["Rådgiver A", "sagsbehandleren", "rådgiveren"], "W2": ["Rådgiver B"],
    "W3": ["Rådgiver C"], "K": ["den faglige koordinator"], "L": ["teamlederen"], "KP": ["kontaktpersonen"],
    "FB": ["familiebehandleren"], "B": ["bisidderen"], "TR": ["træneren"], "NB": ["naboen"],
    "PM": ["Plejemor", "plejemor"], "PF": ["Plejefar", "plejefar"],
}
WORK_TITLE = {"W": ["Socialrådgiver", "Myndighedsrådgiver", "Sagsbehandler"]}
FAMILY_TITLE = {"M": "mor", "F": "far", "SF": "stedfar", "MM": "mormor", "MF": "morfar",
                "FM": "farmor", "AU": "moster", "UN": "farbror"}
FAMILY_CLEAN = {"M": ["Mor", "Mor", "mor"], "F": ["Far", "Far", "far"], "SF": ["mors samlever", "stedfar"],
                "MM": ["mormor"], "MF": ["morfar"], "FM": ["farmor"], "AU": ["moster"], "UN": ["farbror"],
                "V": ["en klassekammerat"], "V2": ["en anden klassekammerat"]}
GENDER = {"M": "f", "F": "m", "SF": "m", "MM": "f", "MF": "m", "FM": "f", "AU": "f", "UN": "m",
          "PM": "f", "PF": "m"}
PRIVATE_DOMAINS = ["gmail.com", "hotmail.com", "hotmail.dk", "outlook.dk", "live.dk", "yahoo.dk",
                   "icloud.com", "mail.dk", "jubii.dk", "protonmail.com"]
ORIGIN_DOMAINS = {"pl": ["wp.pl", "o2.pl"], "ua": ["ukr.net", "i.ua"], "ro": ["yahoo.ro"],
                  "en": ["yahoo.co.uk"], "fo": ["olivant.fo"], "gl": ["greennet.gl"]}


class Person(object):
    def __init__(self, role):
        self.role = role
        self.named = False
        self.nick = None
        self.middle = None
        self.abroad = False
        self.land = None
        self.hh = None
        self.dob = None
        self.seq = None
        self.phone = None
        self.phone2 = None
        self.email = None
        self.title = None
        self.clean = None
        self.is_pro = role in PRO_ROLES

    @property
    def full(self):
        if self.vietnamese:
            parts = [self.middle, self.given, self.last] if self.middle else [self.given, self.last]
        else:
            parts = [self.given] + ([self.middle] if self.middle else []) + [self.last]
        return " ".join(parts)

    @property
    def initials(self):
        toks = [self.given] + ([self.middle] if self.middle else []) + re.split(r"[ \-]", self.last)
        letters = [t[0].upper() for t in toks if t and t[0].isupper()]
        return "".join(letters)


def make_name(rng, person, origin, gender, last=None, allow_middle=True, prefer_nick=False):
    o = P.ORIGINS[origin]
    pool = o["f"] if gender == "f" else o["m"]
    given = rng.choice(pool)
    if prefer_nick:
        cands = [n for n in pool if n in P.NICKNAMES]
        if cands and rng.random() < 0.7:
            given = rng.choice(cands)
    person.given = given
    person.gender = gender
    person.origin = origin
    person.vietnamese = bool(o.get("vietnamese"))
    if last is None:
        ln = rng.choice(o["last"])
        if isinstance(ln, tuple):
            ln = ln[0] if gender == "m" else ln[1]
        last = ln
    person.last = last
    person.middle = None
    person.nick = None
    if o.get("vietnamese"):
        person.middle = rng.choice(o["middle_f"] if gender == "f" else o["middle_m"])
    elif o.get("patronymic") and allow_middle and rng.random() < 0.6:
        person.middle = rng.choice(o["m"])
    elif allow_middle and ("middle_f" in o) and rng.random() < 0.3:
        cand = rng.choice(o["middle_f"] if gender == "f" else o["middle_m"])
        if cand != last and cand != given:
            person.middle = cand
    if given in P.NICKNAMES:
        person.nick = rng.choice(P.NICKNAMES[given])
    return person


def pick_origin(rng, table):
    return wchoice(rng, table)


class Case(object):
    """All persons and context of one text."""

    def __init__(self, rng, genre, mode):
        self.rng = rng
        self.genre = genre
        self.mode = mode  # "planted" or "clean"
        r = rng
        self.kommune = r.choice(P.KOMMUNER)
        other = [k for k in P.KOMMUNER if k is not self.kommune]
        self.kommune2 = r.choice(other)
        start = datetime.date(2023, 2, 1)
        self.docdate = start + datetime.timedelta(days=r.randrange(0, 970))
        while self.docdate.weekday() > 4:
            self.docdate += datetime.timedelta(days=1)
        self.flags = set()
        if r.random() < 0.3:
            self.flags.add("anb")
        if r.random() < 0.65:
            self.flags.add("sep")
            if r.random() < 0.45:
                self.flags.add("sf")
        if r.random() < 0.35:
            self.flags.add("s2")
        if r.random() < 0.4:
            self.flags.add("mfdead")
        self.persons = {}
        self._make_family()
        self._make_pros()
        self._make_context()
        self._assign_named()
        self.counter = 0
        self.tl_date = self.docdate - datetime.timedelta(days=r.randrange(500, 800))
        self.tl_style = wchoice(r, TL_STYLES)
        self.ld_date = self.docdate - datetime.timedelta(days=r.randrange(30, 60))
        self.ld_style = wchoice(r, LOG_STYLES)
        self.dl_date = self.docdate
        self.used_groups = set()

    # -- family ----------------------------------------------------------
    def _dob_for_age(self, years_min, years_max):
        r = self.rng
        days = r.randrange(int(years_min * 365.25), int(years_max * 365.25) + 1)
        return self.docdate - datetime.timedelta(days=days)

    def _make_family(self):
        r = self.rng
        fam = pick_origin(r, P.FAMILY_ORIGINS)
        mo_origin = fam
        fa_origin = fam if r.random() < 0.7 else pick_origin(r, P.FAMILY_ORIGINS)
        self.origin = fam
        self.fa_origin = fa_origin
        M = make_name(r, Person("M"), mo_origin, "f")
        F = make_name(r, Person("F"), fa_origin, "m")
        # child surname
        x = r.random()
        if x < 0.5:
            child_last = F.last
        elif x < 0.8:
            child_last = M.last
        elif " " not in M.last and " " not in F.last and "-" not in M.last and "-" not in F.last \
                and M.last != F.last and not M.last[0].islower():
            child_last = M.last + "-" + F.last
        else:
            child_last = F.last
        if P.ORIGINS[fa_origin].get("patronymic"):
            child_last = F.last
        c_origin = fam if r.random() < 0.75 else fa_origin
        cg = r.choice("fm")
        C = make_name(r, Person("C"), c_origin, cg, last=child_last, prefer_nick=True)
        if isinstance(C.last, tuple):
            C.last = C.last[0]
        # Polish female surname forms
        C.last = self._gender_last(c_origin, C.last, cg)
        sg = r.choice("fm")
        S = make_name(r, Person("S"), c_origin, sg, last=self._gender_last(c_origin, child_last, sg))
        for _ in range(6):
            if S.given != C.given:
                break
            make_name(r, S, c_origin, sg, last=self._gender_last(c_origin, child_last, sg))
        g2 = r.choice("fm")
        S2 = make_name(r, Person("S2"), fa_origin, g2, last=F.last)
        MM = make_name(r, Person("MM"), mo_origin, "f")
        MF = make_name(r, Person("MF"), mo_origin, "m", last=self._gender_last(mo_origin, MM.last, "m"))
        MM.last = self._gender_last(mo_origin, MM.last, "f")
        M.last = M.last if r.random() < 0.6 else self._gender_last(mo_origin, MM.last, "f")
        FM = make_name(r, Person("FM"), fa_origin, "f")
        AU = make_name(r, Person("AU"), mo_origin, "f")
        if r.random() < 0.5:
            AU.last = MM.last
        UN = make_name(r, Person("UN"), fa_origin, "m", last=self._gender_last(fa_origin, F.last, "m"))
        SF = make_name(r, Person("SF"), pick_origin(r, P.FAMILY_ORIGINS), "m")
        V = make_name(r, Person("V"), pick_origin(r, P.FAMILY_ORIGINS), r.choice("fm"), allow_middle=False)
        V2 = make_name(r, Person("V2"), pick_origin(r, P.FAMILY_ORIGINS), r.choice("fm"), allow_middle=False)
        used = set()
        for p in (C, M, F, S, S2, MM, MF, FM, AU, UN, SF, V, V2):
            for _ in range(20):
                if p.given not in used and (p.nick or "") not in used:
                    break
                keep_last = p.last
                make_name(r, p, p.origin, p.gender, last=keep_last, allow_middle=p.middle is not None)
            used.add(p.given)
            if p.nick:
                used.add(p.nick)
            self.persons[p.role] = p
        self.used_given = used
        # ages / dob
        age_lo, age_hi = (5, 17) if self.genre == 1 else (1, 17)
        C.dob = self._dob_for_age(age_lo, age_hi + 0.99)
        cage = self.age_years(C)
        if cage >= 13:
            self.flags.add("teen")
        if cage >= 6:
            self.flags.add("school")
        else:
            self.flags.add("small")
        sdiff = r.randrange(1, 7)
        if cage - sdiff >= 0 and r.random() < 0.6:
            S.dob = C.dob + datetime.timedelta(days=sdiff * 365 + r.randrange(-100, 100))
        else:
            S.dob = C.dob - datetime.timedelta(days=sdiff * 365 + r.randrange(-100, 100))
        if S.dob >= self.docdate:
            S.dob = self.docdate - datetime.timedelta(days=200)
        S2.dob = self._dob_for_age(1, 15)
        oldest = min(C.dob, S.dob)
        M.dob = oldest - datetime.timedelta(days=r.randrange(int(19 * 365), int(38 * 365)))
        F.dob = M.dob + datetime.timedelta(days=r.randrange(-6 * 365, 6 * 365))
        if F.dob > oldest - datetime.timedelta(days=18 * 365):
            F.dob = oldest - datetime.timedelta(days=20 * 365 + r.randrange(0, 3000))
        SF.dob = M.dob + datetime.timedelta(days=r.randrange(-6 * 365, 6 * 365))
        MM.dob = M.dob - datetime.timedelta(days=r.randrange(19 * 365, 32 * 365))
        MF.dob = MM.dob - datetime.timedelta(days=r.randrange(-3 * 365, 5 * 365))
        FM.dob = F.dob - datetime.timedelta(days=r.randrange(19 * 365, 32 * 365))
        AU.dob = M.dob + datetime.timedelta(days=r.randrange(-8 * 365, 8 * 365))
        UN.dob = F.dob + datetime.timedelta(days=r.randrange(-8 * 365, 8 * 365))
        V.dob = C.dob + datetime.timedelta(days=r.randrange(-300, 300))
        V2.dob = C.dob + datetime.timedelta(days=r.randrange(-300, 300))
        for p in self.persons.values():
            if p.dob > self.docdate:
                p.dob = self.docdate - datetime.timedelta(days=400)
            p.seq = cpr_seq(r, p.dob, p.gender)
        # abroad relative
        if self.fa_origin not in ("dk", "dk_rare", "dk_word") and P.ORIGINS[self.fa_origin]["cc"] \
                and r.random() < 0.6:
            FM.abroad = True
            FM.land = P.ORIGINS[self.fa_origin]["land"]
            self.flags.add("abroad")
        if self.origin not in ("dk", "dk_rare", "dk_word", "fo"):
            self.flags.add("foreign")
        # households
        hM = self._household(self.kommune)
        hF = self._household(self.kommune if r.random() < 0.6 else self.kommune2) if "sep" in self.flags else hM
        hMM = self._household(self.kommune2 if r.random() < 0.5 else self.kommune)
        hAU = self._household(self.kommune if r.random() < 0.5 else self.kommune2)
        hUN = self._household(self.kommune2)
        hFM = self._household(self.kommune2)
        for role, hh in (("M", hM), ("F", hF), ("MM", hMM), ("MF", hMM), ("AU", hAU), ("UN", hUN),
                         ("FM", hFM), ("SF", hM), ("S", hM), ("V", self._household(self.kommune)),
                         ("V2", self._household(self.kommune)), ("S2", self._household(self.kommune2))):
            self.persons[role].hh = hh
        # contact data
        for role in ("M", "F", "SF", "MM", "MF", "FM", "AU", "UN"):
            p = self.persons[role]
            cc = P.ORIGINS[p.origin]["cc"]
            if p.abroad and cc:
                p.phone = ("foreign", gen_foreign(r, cc))
            elif cc and p.origin not in ("fo", "gl") and r.random() < 0.08:
                p.phone = ("foreign", gen_foreign(r, cc))
            else:
                p.phone = ("dk", gen_dk_number(r, mobile=r.random() < 0.9))
            p.phone2 = ("dk", gen_dk_number(r, mobile=True))
            p.email = self._private_email(p)
        C.phone = ("dk", gen_dk_number(r, True))
        C.phone2 = ("dk", gen_dk_number(r, True))
        C.email = self._private_email(C)
        # kinship titles
        for role, t in FAMILY_TITLE.items():
            self.persons[role].title = t
        for role in ("S", "S2"):
            p = self.persons[role]
            if role == "S2":
                p.title = "halvbror" if p.gender == "m" else "halvsøster"
            elif p.dob > C.dob:
                p.title = "lillebror" if p.gender == "m" else "lillesøster"
            else:
                p.title = "storebror" if p.gender == "m" else "storesøster"
        for role in ("V", "V2"):
            p = self.persons[role]
            p.title = "vennen" if p.gender == "m" else "veninden"
        for role in ("C",):
            C.title = None

    def _gender_last(self, origin, last, gender):
        o = P.ORIGINS[origin]
        for item in o["last"]:
            if isinstance(item, tuple) and last in item:
                return item[0] if gender == "m" else item[1]
        return last

    def _household(self, kom):
        r = self.rng
        hh = {"street": r.choice(P.STREETS), "no": str(r.randrange(1, 160)),
              "letter": r.choice("ABCD") if r.random() < 0.15 else "",
              "pc": None, "town": None, "floor": None, "side": None}
        pc, town = r.choice(kom[3])
        hh["pc"], hh["town"] = pc, town
        if r.random() < 0.5:
            hh["floor"] = r.choice(["st.", "1.", "2.", "3.", "4.", "5."])
            hh["side"] = r.choice(["th.", "tv.", "mf.", "th.", "tv.", "%d" % r.randrange(1, 30)])
        return hh

    def _private_email(self, p):
        r = self.rng
        g, l = fold(p.given), fold(p.last)
        yy = "%02d" % (p.dob.year % 100) if p.dob else "%02d" % r.randrange(100)
        doms = PRIVATE_DOMAINS + ORIGIN_DOMAINS.get(p.origin, []) * 3
        dom = r.choice(doms)
        pat = r.randrange(7)
        if pat == 0:
            local = "%s.%s" % (g, l)
        elif pat == 1:
            local = "%s%s%s" % (g, l, yy)
        elif pat == 2:
            local = "%s_%s" % (g, yy)
        elif pat == 3:
            local = "%s%s%d" % (g, l[:1], r.randrange(1, 99))
        elif pat == 4:
            local = "%s.%s" % (l, g)
        elif pat == 5:
            local = "%s%s" % (g[:3], l[:4])
        else:
            local = "%s-%s" % (g, l)
        return local + "@" + dom

    # -- professionals ----------------------------------------------------
    def _make_pros(self):
        r = self.rng
        slug = self.kommune[1]
        for role in PRO_ROLES:
            g = GENDER.get(role) or r.choice("fm")
            if role == "H":
                g = "f" if r.random() < 0.9 else "m"
            p = make_name(r, Person(role), pick_origin(r, P.PRO_ORIGINS), g)
            for _ in range(20):
                if p.given not in self.used_given:
                    break
                make_name(r, p, p.origin, g)
            self.used_given.add(p.given)
            p.dob = self._dob_for_age(25, 62)
            p.seq = cpr_seq(r, p.dob, g)
            p.title = r.choice(PRO_TITLES[role])
            p.phone = ("dk", gen_dk_number(r, mobile=r.random() < 0.8))
            p.phone2 = ("dk", gen_dk_number(r, mobile=True))
            self.persons[role] = p
        # foster parents share a surname and a household
        PM, PF = self.persons["PM"], self.persons["PF"]
        if r.random() < 0.7:
            PF.last = PM.last
        hPM = self._household(self.kommune2 if r.random() < 0.6 else self.kommune)
        PM.hh = PF.hh = hPM
        NB = self.persons["NB"]
        hM = self.persons["M"].hh
        nb = dict(hM)
        if nb["floor"]:
            nb["floor"] = r.choice([f for f in ["st.", "1.", "2.", "3.", "4."] if f != hM["floor"]])
        else:
            nb["no"] = str(int(hM["no"]) + r.choice([1, 2, 3]))
            nb["letter"] = ""
        NB.hh = nb
        for role in PRO_ROLES:
            p = self.persons[role]
            if p.hh is None:
                p.hh = self._household(self.kommune)
        # e-mails
        for role in PRO_ROLES:
            p = self.persons[role]
            g, l = fold(p.given), fold(p.last)
            if role in STAFF or role in ("KP", "FB", "H"):
                local = fold(p.initials) if r.random() < 0.5 else "%s.%s" % (g, l)
                p.email = "%s@%s.dk" % (local, slug)
            elif role == "T":
                p.email = "%s.%s@%s" % (g, l, r.choice(["%s.dk" % slug, "skole.%s.dk" % slug]))
            elif role in ("Y", "D"):
                p.email = "%s@%s" % (r.choice([g + "." + l, fold(p.initials)]),
                                     r.choice(["psykologhuset.dk", "laegehuset-%s.dk" % slug, "pppr.%s.dk" % slug]))
            elif role == "P":
                p.email = "%s.%s@%s.dk" % (g, l, slug)
            elif role == "B":
                p.email = "%s@%s" % (g + "." + l, r.choice(["advokat-%s.dk" % l, "bisidderkorps.dk"]))
            else:
                p.email = self._private_email(p)
        C = self.persons["C"]
        if "anb" in self.flags:
            C.hh = PM.hh
        elif "sep" in self.flags and r.random() < 0.2:
            C.hh = self.persons["F"].hh
        else:
            C.hh = self.persons["M"].hh

    # -- context -----------------------------------------------------------
    def _make_context(self):
        r = self.rng
        self.school, self.school2 = r.sample(P.SCHOOLS, 2)
        self.special = r.choice(P.SPECIAL_SCHOOLS)
        self.daycare = r.choice(P.DAYCARES)
        self.placement = r.choice(P.PLACEMENTS)
        self.fosterorg = r.choice(P.FOSTER_ORGS)
        self.org = r.choice(P.FAMILY_CENTRES)
        self.club = r.choice(P.CLUBS)
        teams = [t for t in P.TEAMS if not ("0-6" in t and "small" not in self.flags)
                 and not ("13-17" in t and "teen" not in self.flags)]
        self.team = r.choice(teams)
        self.venue = r.choice(P.VENUES)
        self.room = r.choice(P.ROOMS)
        self.petname = r.choice(P.PET_NAMES)
        self.species = r.choice(P.PET_SPECIES)
        self.fnick = r.choice(P.FAKE_NICKS)
        self.lang = P.ORIGINS[self.origin]["lang"] or r.choice(P.LANG_FALLBACK)
        self.year = r.randrange(2014, self.docdate.year)
        self.pct = r.randrange(12, 41)

    def _assign_named(self):
        r = self.rng
        if self.mode == "clean":
            for p in self.persons.values():
                p.named = False
        else:
            staff_named = r.random() < 0.8
            for role, p in self.persons.items():
                if role in STAFF:
                    p.named = staff_named
                elif role == "C":
                    p.named = r.random() < 0.92
                else:
                    p.named = r.random() < 0.82
        C = self.persons["C"]
        if (self.mode == "planted" and C.nick and C.named) or (self.mode == "clean" and r.random() < 0.4):
            self.flags.add("nick")
        # clean labels (fixed per text)
        for role, p in self.persons.items():
            if role == "C":
                p.clean = r.choice(["Barn A", "Barn A", "barnet", "pigen" if p.gender == "f" else "drengen"]
                                   + (["den unge"] if "teen" in self.flags else []))
            elif role in ("S", "S2"):
                p.clean = r.choice([("Barn B" if role == "S" else "Barn C"), p.title])
            elif role in FAMILY_CLEAN:
                p.clean = r.choice(FAMILY_CLEAN[role])
            else:
                p.clean = r.choice(PRO_CLEAN[role])

    def age_years(self, p):
        d, b = self.docdate, p.dob
        return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z0-9]+))?\}")
ALT_RE = re.compile(r"\[\[(.*?)\|\|(.*?)\]\]", re.S)
ABBR = {"tlf", "f", "kl", "nr", "ca", "mob", "stk", "jf", "evt", "vedr", "fx", "dvs", "pga", "mht",
        "inkl", "tv", "th", "st", "mf", "mdr", "min", "ref", "att", "bl.a", "m", "d", "pr", "Ref",
        "Mvh", "mvh", "obs", "Obs", "gl", "dok", "j", "sagsnr", "journalnr", "cpr", "CPR-nr", "cpr.nr"}


def at_sentence_start(acc):
    if not acc or acc.endswith("\n"):
        return True
    if re.search(r"\n- $", acc) or acc == "- ":
        return True
    if acc.endswith('"') and acc[:-1].endswith(": "):
        return True
    line = acc.rsplit("\n", 1)[-1]
    if line.endswith(": ") and line.count(":") == 1 and len(line[:-2].split()) <= 4 \
            and not re.match(r"^[\d./ -]+$", line[:-2]):
        return True
    if acc.endswith(" "):
        s = acc.rstrip(" ")
        m = re.search(r"(\S+?)[.!?][\"”]?$", s)
        if m:
            word = m.group(1)
            if re.fullmatch(r"\d{3,}", word):
                return True
            if word in ABBR or len(word) == 1 or re.fullmatch(r"[\d.]+", word):
                return False
            return True
        if s.endswith(("!", "?", '!"', '?"')):
            return True
    return False


class Renderer(object):
    def __init__(self, case):
        self.c = case
        self.r = case.rng

    # person helpers ---------------------------------------------------------
    def seg(self, text, kind=None, fmt=None):
        return [(text, kind, fmt)]

    def name_short(self, p):
        return p.given.split(" ")[0] if not p.vietnamese else p.given

    def person_slot(self, role, form):
        c, r = self.c, self.r
        if role not in c.persons:
            raise KeyError(role)
        p = c.persons[role]
        form = form or ""
        named = p.named
        # pronouns etc. (same in both modes)
        pron = {"han": ("han", "hun"), "Han": ("Han", "Hun"), "hans": ("hans", "hendes"),
                "Hans": ("Hans", "Hendes"), "ham": ("ham", "hende"), "Ham": ("Ham", "Hende")}
        if form in pron:
            return self.seg(pron[form][0] if p.gender == "m" else pron[form][1])
        if form == "age":
            return self.seg(self.age_text(p), "_la")
        if form == "agen":
            return self.seg(str(c.age_years(p)), "_la")
        if form == "rel":
            return self.seg(p.title)
        if form == "land":
            return self.seg(p.land or P.ORIGINS[p.origin]["land"] or "Norge")
        if form == "title":
            return self.seg(r.choice(WORK_TITLE.get(role, [cap1(p.title)])))
        if form == "by":
            return self.seg("f. %d" % p.dob.year, "_la")
        if form == "gaar":
            return self.gaar(p)
        if not named:
            return self.clean_form(p, form)
        # ----- named rendering
        short = self.name_short(p)
        if form == "":
            return self.seg(short, "name", "first name")
        if form == "f":
            return self.seg(p.full, "name", "full name")
        if form == "g":
            return self.seg(genitive(short), "name", "genitive")
        if form == "fg":
            return self.seg(genitive(p.full), "name", "genitive")
        if form == "t":
            title = p.title
            nm = p.full if (p.is_pro and r.random() < 0.6) else short
            if role in ("V", "V2") and r.random() < 0.5:
                nm = p.full
            return [(title + " ", None, None), (nm, "name", "after title/kinship")]
        if form == "n":
            return self.seg(p.nick, "name", "nickname")
        if form == "nq":
            return [('"', None, None), (p.nick, "name", "nickname"), ('"', None, None)]
        if form == "i":
            return self.seg(p.initials, "name", "initials")
        if form in ("b", "bp", "bv"):
            style = wchoice(r, DOB_STYLES)
            val = fmt_date(p.dob, style)
            if form == "bv":
                return self.seg(val, "dob", style)
            if form == "b":
                lab = wchoice(r, [("født ", 35), ("f. ", 35), ("født den ", 10), ("født d. ", 5),
                                  ("fødselsdato ", 8), ("fødselsdato: ", 7)])
                return [(lab, None, None), (val, "dob", style)]
            lab = wchoice(r, [("(f. ", 45), ("(", 25), ("(født ", 20), ("(fødselsdato ", 10)])
            return [(lab, None, None), (val, "dob", style), (")", None, None)]
        if form in ("cpr", "cprv"):
            style = wchoice(r, CPR_STYLES)
            val = fmt_cpr(p.dob, p.seq, style)
            if form == "cprv":
                return self.seg(val, "cpr", style)
            lab = wchoice(r, [("cpr.nr. ", 30), ("CPR-nr. ", 20), ("cpr ", 10), ("CPR: ", 15),
                              ("personnummer ", 10), ("cpr-nummer ", 15)])
            return [(lab, None, None), (val, "cpr", style)]
        if form in ("tlf", "num", "num2", "tlfv"):
            kind, raw = p.phone2 if form == "num2" else p.phone
            if kind == "foreign":
                val, style = raw, "foreign (+%s)" % raw.split(" ")[0].lstrip("+")
            else:
                style = wchoice(r, PHONE_STYLES)
                val = fmt_phone(raw, style)
            if form == "tlf":
                lab = wchoice(r, [("tlf. ", 40), ("tlf.: ", 15), ("mobil ", 15), ("mob. ", 10),
                                  ("telefon ", 10), ("tlf ", 10)])
                return [(lab, None, None), (val, "phone", style)]
            return self.seg(val, "phone", style)
        if form in ("mail", "mailv"):
            style = "work" if (p.is_pro and role not in ("TR", "NB", "PM", "PF")) else "private"
            if form == "mailv":
                return self.seg(p.email, "email", style)
            lab = wchoice(r, [("mail: ", 35), ("e-mail: ", 25), ("mail ", 25), ("e-mail ", 15)])
            return [(lab, None, None), (p.email, "email", style)]
        if form in ("bor", "adrv", "adr2"):
            if p.abroad:
                return self.seg("bor i %s" % p.land) if form == "bor" else self.seg(p.land)
            if form == "bor":
                st = "full" if r.random() < 0.6 else "street+number"
                return [("bor på ", None, None), (self.addr(p.hh, st), "address", st)]
            if form == "adrv":
                return self.seg(self.addr(p.hh, "full"), "address", "full")
            return self.seg(self.addr(p.hh, "two-line"), "address", "two-line")
        raise KeyError("form %s" % form)

    def clean_form(self, p, form):
        r = self.r
        lab = p.clean
        if form in ("", "f", "i", "n"):
            if form == "n":
                return self.seg(self.c.fnick)
            return self.seg(lab)
        if form == "nq":
            return self.seg('"%s"' % self.c.fnick)
        if form in ("g", "fg"):
            return self.seg(genitive(lab))
        if form == "t":
            if p.role in FAMILY_TITLE or p.role in ("S", "S2", "PM", "PF"):
                return self.seg(p.title)
            return self.seg(lab)
        key = {"cpr": "cpr", "cprv": "cprv", "tlf": "tlf", "num": "num", "num2": "num", "tlfv": "tlfv",
               "mail": "mail", "mailv": "mailv", "bor": "bor", "adrv": "adrv", "adr2": "adr2",
               "b": "b", "bp": "bp", "bv": "bv"}.get(form)
        if key is None:
            raise KeyError("clean form %s" % form)
        tpl = r.choice(P.CLEAN[key])
        return self.render_template(tpl, person=p)

    def age_text(self, p):
        c = self.c
        y = c.age_years(p)
        if y == 0:
            months = (c.docdate - p.dob).days // 30
            return "%d mdr." % max(months, 1)
        return "%d år" % y

    def addr(self, hh, style):
        r = self.r
        base = "%s %s%s" % (hh["street"], hh["no"], hh["letter"])
        fl = ""
        if hh["floor"]:
            side = hh["side"]
            if side[0].isdigit():
                fl = "%s %s" % (hh["floor"], side)
            else:
                variant = r.randrange(4)
                if variant == 0:
                    fl = "%s %s" % (hh["floor"], side)
                elif variant == 1:
                    fl = "%s %s" % (hh["floor"], side.rstrip("."))
                elif variant == 2:
                    fl = "%s%s" % (hh["floor"], side.rstrip("."))
                else:
                    fl = "%s %s" % (hh["floor"], side)
        pct = "%s %s" % (hh["pc"], hh["town"])
        if style == "street+number":
            return base + ((", " + fl) if fl and r.random() < 0.5 else "")
        if style == "two-line":
            return base + ((", " + fl) if fl else "") + "\n" + pct
        sep = ", " if r.random() < 0.85 else " "
        return base + ((sep + fl) if fl else "") + ", " + pct

    def gaar(self, p):
        c = self.c
        y = c.age_years(p)
        if y < 3:
            return [("går i ", None, None), (c.daycare.replace("Børnehaven", "Vuggestuen").replace("Børnehuset", "Vuggestuen") if "Vuggestuen" not in c.daycare else c.daycare, "_inst", None)]
        if y < 6:
            return [("går i ", None, None), (c.daycare, "_inst", None)]
        k = min(y - 6, 10)
        cls = "0. klasse" if k == 0 else "%d. klasse" % k
        if "teen" in c.flags and c.rng.random() < 0.3:
            return [("går i %s på " % cls, None, None), (c.special, "_inst", None)]
        return [("går i %s på " % cls, None, None), (c.school, "_inst", None)]

    # context slots ----------------------------------------------------------
    def next_dl(self):
        c = self.c
        c.dl_date = c.dl_date + datetime.timedelta(days=self.r.randrange(7, 45))
        return c.dl_date

    def ctx_slot(self, name, person=None):
        c, r = self.c, self.r
        if name == "date":
            return self.seg(fmt_date(c.docdate, wchoice(r, EVENT_STYLES)), "_la")
        if name == "weekday":
            return self.seg(WEEKDAYS[c.docdate.weekday()])
        if name == "weekday_cap":
            return self.seg(cap1(WEEKDAYS[c.docdate.weekday()]))
        if name == "wd":
            return self.seg(r.choice(WEEKDAYS[:5]))
        if name == "dl":
            return self.seg(fmt_date(self.next_dl(), wchoice(r, EVENT_STYLES)), "_la")
        if name == "tl":
            c.tl_date = c.tl_date + datetime.timedelta(days=r.randrange(20, 110))
            if c.tl_date > c.docdate:
                c.tl_date = c.docdate - datetime.timedelta(days=1)
            st = c.tl_style if r.random() < 0.8 else wchoice(r, TL_STYLES)
            return self.seg(fmt_date(c.tl_date, st), "_la")
        if name == "ld":
            c.ld_date = c.ld_date + datetime.timedelta(days=r.randrange(1, 6))
            st = c.ld_style if r.random() < 0.85 else wchoice(r, LOG_STYLES)
            return self.seg(fmt_date(c.ld_date, st), "_la")
        if name in ("time", "hm"):
            h = r.choice([8, 9, 10, 11, 12, 13, 14, 15, 16])
            m = r.choice([0, 0, 15, 30, 45])
            sepc = "." if r.random() < 0.75 else ":"
            t = "%d%s%02d" % (h, sepc, m)
            if name == "time":
                if r.random() < 0.3:
                    t = "%s-%d%s%02d" % (t, h + 1, sepc, m)
                return self.seg("kl. " + t, "_la")
            return self.seg(t, "_la")
        if name == "jnr":
            return self.seg(self.case_number(), "_la")
        if name == "law":
            return self.seg(r.choice(P.LAWS), "_la")
        if name == "help":
            return self.seg(r.choice(P.HELPLINES), "_la")
        if name == "amount":
            v = r.choice([450, 1250, 2400, 3400, 5800, 12000, 18500, 750, 950])
            s = "{:,}".format(v).replace(",", ".")
            return self.seg(r.choice(["%s kr." % s, "kr. %s" % s, "%s kr." % s]), "_la")
        if name == "room":
            return self.seg(c.room, "_la")
        if name == "bus":
            return self.seg(r.choice(P.BUSES), "_la")
        if name == "pct":
            return self.seg(str(c.pct), "_la")
        if name == "mins":
            return self.seg(r.choice(["45", "60", "90", "30"]), "_la")
        if name == "hours":
            return self.seg(r.choice(["3", "4", "5", "6", "8", "10"]), "_la")
        if name == "week":
            return self.seg(str(c.docdate.isocalendar()[1]), "_la")
        if name == "yr":
            return self.seg(str(c.year), "_la")
        if name == "year":
            return self.seg(str(person.dob.year), "_la")
        if name == "age":
            return self.seg(self.age_text(person), "_la")
        if name == "ext":
            return self.seg(str(r.randrange(2000, 2999)), "_la")
        if name == "n":
            c.counter += 1
            return self.seg(str(c.counter))
        if name == "team":
            return self.seg(c.team)
        if name == "kommune":
            return self.seg(c.kommune[0])
        if name == "town":
            return self.seg(c.kommune[2])
        if name == "town2":
            return self.seg(c.kommune2[2])
        if name == "school":
            return self.seg(c.school, "_inst")
        if name == "school2":
            return self.seg(c.school2, "_inst")
        if name == "dag":
            return self.seg(c.daycare, "_inst")
        if name == "dag_or_school":
            return self.seg(c.daycare if "small" in c.flags else "SFO'en", "_inst" if "small" in c.flags else None)
        if name == "org":
            return self.seg(c.org, "_inst")
        if name == "fosterorg":
            return self.seg(c.fosterorg, "_inst")
        if name == "club":
            return self.seg(c.club, "_inst")
        if name == "venue":
            return self.render_template(c.venue)
        if name == "place":
            if "school" in c.flags and r.random() < 0.4:
                return [(c.school + ", ", "_inst", None)] + self.seg(c.room, "_la")
            return self.render_template(r.choice(P.CLEAN_PLACES))
        if name == "pet":
            return self.seg("%s %s" % (c.species, c.petname))
        if name == "pet_cap":
            return self.seg("%s %s" % (cap1(c.species), c.petname))
        if name == "petn":
            return self.seg(c.petname)
        if name == "fnick":
            return self.seg(c.fnick)
        if name == "lang":
            return self.seg(c.lang)
        raise KeyError(name)

    def case_number(self):
        r = self.r
        y = self.c.docdate.year
        k = r.randrange(7)
        if k == 0:
            return "journalnr. %d-%06d" % (y, r.randrange(100000, 999999))
        if k == 1:
            return "sagsnr. %d" % r.randrange(50000000, 99999999)
        if k == 2:
            return "j.nr. 27.24.00-G01-%d-%02d" % (r.randrange(1, 999), y % 100)
        if k == 3:
            return "dok.nr. %d" % r.randrange(1000000, 9999999)
        if k == 4:
            # 10 digits that are NOT date-shaped (day part 32-99)
            return "sags-id %d%08d" % (r.randrange(32, 99), r.randrange(0, 99999999))
        if k == 5:
            return "sagsnr. %d-%d" % (y, r.randrange(10000, 99999))
        return "journalnummer %d" % r.randrange(100000, 999999)

    # template rendering -----------------------------------------------------
    def persons_in(self, tpl):
        return [m.group(1) for m in SLOT_RE.finditer(tpl) if m.group(1)[0].isupper()]

    def resolve_alts(self, tpl):
        def rep(m):
            a, b = m.group(1), m.group(2)
            roles = self.persons_in(a)
            ok = all(self.c.persons[x].named for x in roles) and roles
            return a if ok else b
        return ALT_RE.sub(rep, tpl)

    def render_template(self, tpl, person=None):
        tpl = self.resolve_alts(tpl)
        segs = []
        pos = 0
        for m in SLOT_RE.finditer(tpl):
            if m.start() > pos:
                segs.append((tpl[pos:m.start()], None, None))
            name, form = m.group(1), m.group(2)
            if name[0].isupper():
                segs.extend(self.person_slot(name, form))
            else:
                segs.extend(self.ctx_slot(name, person=person))
            pos = m.end()
        if pos < len(tpl):
            segs.append((tpl[pos:], None, None))
        return segs


def assemble(segs):
    """Join segments, capitalising non-span text at sentence starts."""
    text = ""
    spans = []
    marks = []
    for t, kind, fmt in segs:
        if not t:
            continue
        if kind not in KINDS and t.startswith(".") and text.endswith("."):
            t = t[1:]
            if not t:
                continue
        if kind not in KINDS and t[0].islower() and at_sentence_start(text):
            t = cap1(t)
        start = len(text)
        text += t
        if kind in KINDS:
            spans.append({"kind": kind, "text": t, "start": start, "end": len(text), "fmt": fmt})
        elif kind in ("_la", "_inst"):
            marks.append((start, len(text), kind))
    return text, spans, marks


# ---------------------------------------------------------------------------
# composing texts per genre
# ---------------------------------------------------------------------------
def template_ok(tpl, case):
    flags = case.flags
    groups = []
    if re.match(r"^[!#a-z0-9,]+\|", tpl):
        tags, tpl = tpl.split("|", 1)
        for t in tags.split(","):
            if t.startswith("#"):
                groups.append(t)
                if t in case.used_groups:
                    return None
            elif t.startswith("!"):
                if t[1:] in flags:
                    return None
            elif t not in flags:
                return None
    roles = set(m.group(1) for m in SLOT_RE.finditer(tpl) if m.group(1)[0].isupper())
    if ("PM" in roles or "PF" in roles) and "anb" not in flags:
        return None
    if "SF" in roles and "sf" not in flags:
        return None
    if "S2" in roles and "s2" not in flags:
        return None
    if ":land}" in tpl and "abroad" not in flags:
        return None
    if re.search(r"\{C:n[q]?\}", tpl) and "nick" not in flags:
        return None
    if re.search(r"\{T(:[a-zA-Z]+)?\}", tpl) and "school" not in flags:
        return None
    return tpl, groups


DATA_FORM_RE = re.compile(r"\{[A-Z][A-Z0-9]*:(cpr|cprv|b|bp|bv|mail|mailv|adrv|adr2|bor|n|nq)\}")
PHONE_FORM_RE = re.compile(r"\{[A-Z][A-Z0-9]*:(tlf|num|num2|tlfv)\}")


def pick(rng, pool, k, case, unique_first=False):
    cands = list(pool)
    rng.shuffle(cands)
    if case.mode == "planted":
        # favour templates that carry data other than names (weighted shuffle)
        def key(t):
            w = 1.0
            if DATA_FORM_RE.search(t):
                w = 2.5
            elif PHONE_FORM_RE.search(t):
                w = 1.5
            return rng.random() ** (1.0 / w)
        keys = [key(t) for t in cands]
        order = sorted(((kk, i) for i, kk in enumerate(keys)), reverse=True)
        cands = [cands[i] for _, i in order]
    out = []
    firsts = set()
    for tpl in cands:
        if len(out) >= k:
            break
        res = template_ok(tpl, case)
        if res is None:
            continue
        t, groups = res
        if unique_first:
            m = re.search(r"\{([A-Z][A-Z0-9]*)", t)
            first = m.group(1) if m else None
            if first in firsts:
                continue
            firsts.add(first)
        case.used_groups.update(groups)
        out.append(t)
    return out


# (pool, header pool or None, item joiner, counts per bucket)
def genre_plan(g, bucket, mode, rng):
    """Return a list of (header, [templates], joiner) sections."""
    def n(lo_hi):
        return rng.randint(lo_hi[0], lo_hi[1])
    extra = (0, 1) if mode == "planted" else (1, 2)
    if g == 0:
        spec = {
            "short": dict(frem=(1, 2), geno=(0, 0), tl=(0, 0), q=(0, 1), refl=(0, 0), hyp=(0, 0), concl=(0, 1), sig=(0, 1), extra=(0, 1)),
            "medium": dict(frem=(1, 3), geno=(0, 3), tl=(0, 3), q=(0, 1), refl=(0, 2), hyp=(0, 1), concl=(1, 1), sig=(0, 1), extra=extra),
            "long": dict(frem=(2, 4), geno=(2, 5), tl=(2, 5), q=(1, 1), refl=(1, 3), hyp=(1, 2), concl=(1, 2), sig=(1, 1), extra=extra),
        }[bucket]
        return [("head", None, P.G1_HEAD, 1, "\n"),
                ("frem", None, P.G1_FREM, n(spec["frem"]), " "),
                ("geno", P.G1_GENO_HEAD, P.G1_GENO, n(spec["geno"]), "\n"),
                ("tl", P.G1_TL_HEAD, P.G1_TL, n(spec["tl"]), "\n"),
                ("q", None, P.G1_Q, n(spec["q"]), " "),
                ("refl", P.G1_REFL_HEAD, P.G1_REFL, n(spec["refl"]), " "),
                ("hyp", P.G1_HYP_HEAD, P.G1_HYP, n(spec["hyp"]), "\n"),
                ("concl", P.G1_CONCL_HEAD, P.G1_CONCL + [], n(spec["concl"]), " "),
                ("extra", None, P.LOOKALIKE_EXTRA[1], n(spec["extra"]), " "),
                ("sig", None, P.G1_SIG, n(spec["sig"]), "\n")]
    if g == 1:
        spec = {"short": dict(body=(1, 3), end=(0, 1), extra=(0, 1)),
                "medium": dict(body=(3, 6), end=(1, 1), extra=extra),
                "long": dict(body=(6, 11), end=(1, 2), extra=extra)}[bucket]
        return [("head", None, P.G2_HEAD, 1, "\n"),
                ("body", None, P.G2_BODY, n(spec["body"]), " "),
                ("extra", None, P.LOOKALIKE_EXTRA[2], n(spec["extra"]), " "),
                ("end", None, P.G2_END, n(spec["end"]), "\n")]
    if g == 2:
        spec = {"short": dict(body=(1, 2), extra=(0, 1)),
                "medium": dict(body=(2, 4), extra=extra),
                "long": dict(body=(4, 8), extra=extra)}[bucket]
        return [("head", None, P.G3_HEAD, 1, "\n"),
                ("body", None, P.G3_BODY, n(spec["body"]), "\n"),
                ("extra", None, P.LOOKALIKE_EXTRA[3], n(spec["extra"]), "\n")]
    if g == 3:
        spec = {"short": dict(lines=(2, 4), sig=(0, 1), extra=(0, 1)),
                "medium": dict(lines=(4, 7), sig=(0, 1), extra=extra),
                "long": dict(lines=(8, 14), sig=(1, 1), extra=extra)}[bucket]
        return [("head", None, P.G4_HEAD, 1, "\n"),
                ("lines", None, P.G4_LINE + P.LOOKALIKE_EXTRA[4][:n(spec["extra"]) * 2], n(spec["lines"]), "\n"),
                ("sig", None, P.G4_SIG, n(spec["sig"]), "\n")]
    spec = {"short": dict(body=(1, 2), part=(0, 2), body2=(0, 0), sig=(0, 1), extra=(0, 1)),
            "medium": dict(body=(1, 2), part=(2, 5), body2=(0, 1), sig=(1, 1), extra=extra),
            "long": dict(body=(2, 3), part=(5, 9), body2=(1, 2), sig=(1, 1), extra=extra)}[bucket]
    bodies = list(P.G5_BODY)
    rng.shuffle(bodies)
    b1, b2 = bodies[: len(bodies) // 2], bodies[len(bodies) // 2:]
    return [("head", None, P.G5_HEAD, 1, "\n"),
            ("body", None, b1, n(spec["body"]), " "),
            ("part", P.G5_PART_HEAD, P.G5_PART, n(spec["part"]), "\n"),
            ("body2", None, b2, n(spec["body2"]), " "),
            ("extra", None, P.LOOKALIKE_EXTRA[5], n(spec["extra"]), " "),
            ("sig", None, P.G5_SIG, n(spec["sig"]), "\n")]


def compose(rng, case, g, bucket, mode):
    plan = genre_plan(g, bucket, mode, rng)
    rend = Renderer(case)
    parts = []
    for key, headpool, pool, k, joiner in plan:
        if k <= 0:
            continue
        items = pick(rng, pool, k, case, unique_first=key in ("geno", "part"))
        if not items:
            continue
        block_segs = []
        if headpool:
            block_segs.append((rng.choice(headpool) + "\n", None, None))
        for i, tpl in enumerate(items):
            if i:
                j = joiner
                if j == " " and ("\n" in tpl or "\n" in items[i - 1]):
                    j = "\n"
                block_segs.append((j, None, None))
            block_segs.extend(rend.render_template(tpl))
        parts.append(block_segs)
    segs = []
    for i, b in enumerate(parts):
        if i:
            segs.append(("\n\n", None, None))
        segs.extend(b)
    return assemble(segs)


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
WORD_RE = r"[^\W\d_]+"


def name_tokens(spans):
    toks = set()
    for s in spans:
        if s["kind"] != "name":
            continue
        for t in re.findall(WORD_RE, s["text"]):
            if t[0].isupper():
                toks.add(t)
                if s.get("fmt") == "genitive" and t.endswith("s") and len(t) > 2:
                    toks.add(t[:-1])
    return toks


def covered(a, b, spans):
    return any(s["start"] <= a and b <= s["end"] for s in spans)


def in_marks(a, b, marks):
    return any(s <= a and b <= e for s, e, _ in marks)


def check_text(text, spans, marks, mode):
    # every capitalised occurrence of a name token inside a span
    for tok in name_tokens(spans):
        for m in re.finditer(r"(?<![^\W\d_])%s(?![^\W\d_])" % re.escape(tok), text):
            if not covered(m.start(), m.end(), spans):
                raise Retry("name token %r outside span" % tok)
    # stray personal-looking data outside spans
    if "@" in "".join(ch for i, ch in enumerate(text) if not covered(i, i + 1, spans)):
        raise Retry("@ outside span")
    for pat in (r"\d{6,}", r"\d{2} \d{2} \d{2} \d{2}", r"\d{4} \d{4}", r"\+\d"):
        for m in re.finditer(pat, text):
            if covered(m.start(), m.end(), spans) or in_marks(m.start(), m.end(), marks):
                continue
            raise Retry("number outside span %r" % m.group(0))
    if "{" in text or "}" in text or "[[" in text or "]]" in text or "||" in text:
        raise Retry("placeholder left")
    if mode == "planted" and not spans:
        raise Retry("no spans")
    if mode == "clean" and spans:
        raise Retry("spans in clean")


# Name-pool words that may legitimately appear capitalised in clean texts
# (deliberate look-alikes or ordinary words)
CLEAN_ALLOWED = {"Storm", "Rose", "Lykke", "Maj", "Mai", "Vinter", "Håb", "Mor", "Far", "Mark",
                 "Hans", "Dag", "Sol", "Liv", "Bo", "Sten"}


def all_name_words():
    words = set()
    for o in P.ORIGINS.values():
        for key in ("f", "m", "middle_f", "middle_m"):
            for n in o.get(key, []):
                words.update(re.findall(WORD_RE, n))
        for ln in o["last"]:
            for x in (ln if isinstance(ln, tuple) else (ln,)):
                words.update(w for w in re.findall(WORD_RE, x) if w[0].isupper())
    for vs in P.NICKNAMES.values():
        for v in vs:
            words.add(v)
    return words


NAME_WORDS = all_name_words()


def check_clean_names(text, marks):
    for m in re.finditer(WORD_RE, text):
        w = m.group(0)
        if w in NAME_WORDS and w not in CLEAN_ALLOWED and not in_marks(m.start(), m.end(), marks):
            raise Retry("name word %r in clean text" % w)


# ---------------------------------------------------------------------------
# corpus generation
# ---------------------------------------------------------------------------
def gen_text(file_key, idx, mode):
    g = idx % 5
    bucket = BUCKET_ORDER[(idx // 5 + (idx % 5)) % 3]
    lo, hi = BUCKETS[bucket]
    last_err = None
    for attempt in range(600):
        rng = random.Random("%s:%s:%d:%d" % (SEED, file_key, idx, attempt))
        case = Case(rng, g, mode)
        text, spans, marks = compose(rng, case, g, bucket, mode)
        nw = len(text.split())
        if not (lo <= nw <= hi):
            last_err = "words %d not in %s" % (nw, bucket)
            continue
        try:
            check_text(text, spans, marks, mode)
            if mode == "clean":
                check_clean_names(text, marks)
        except Retry as e:
            last_err = str(e)
            continue
        return text, spans, g, bucket, attempt
    raise SystemExit("could not generate %s %d: %s" % (file_key, idx, last_err))


def gen_institutions():
    out = []
    rng = random.Random(SEED + ":institutions")
    tpls = list(P.INST_TEMPLATES)
    kinds = {"school": P.SCHOOLS, "special": P.SPECIAL_SCHOOLS, "daycare": P.DAYCARES,
             "placement": P.PLACEMENTS, "foster": P.FOSTER_ORGS, "foundation": P.FOUNDATIONS,
             "centre": P.FAMILY_CENTRES,
             "kindergarten": [d for d in P.DAYCARES if not d.startswith("Vuggestuen")]}
    order = []
    for i in range(N_INST - len(P.INST_LOWER)):
        order.append(("upper", tpls[i % len(tpls)]))
    for item in P.INST_LOWER:
        order.append(("lower", item))
    for kind, item in order:
        segs = []
        if kind == "upper":
            tpl = item
            pos = 0
            for m in re.finditer(r"\{([a-z]+)\}", tpl):
                segs.append((tpl[pos:m.start()], None, None))
                segs.append((rng.choice(kinds[m.group(1)]), "institution", m.group(1)))
                pos = m.end()
            segs.append((tpl[pos:], None, None))
        else:
            a, nm, b = item
            segs = [(a, None, None), (nm, "institution", "lower-case head outside"), (b, None, None)]
        text = ""
        spans = []
        for t, k, f in segs:
            st = len(text)
            text += t
            if k:
                spans.append({"kind": k, "text": t, "start": st, "end": len(text), "fmt": f})
        out.append((text, spans))
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def public_spans(spans):
    return [{"kind": s["kind"], "text": s["text"], "start": s["start"], "end": s["end"]} for s in spans]


def main():
    stats = {"planted": Counter(), "fmt": Counter(), "genre": Counter(), "bucket": Counter(),
             "clean_genre": Counter(), "clean_bucket": Counter(), "words": [], "cwords": [],
             "name_ctx": Counter()}
    planted_rows, clean_rows, seen = [], [], set()
    for i in range(N_PLANTED):
        text, spans, g, bucket, _ = gen_text("planted", i, "planted")
        assert text not in seen
        seen.add(text)
        planted_rows.append({"id": "blind9-p%03d" % (i + 1), "text": text, "planted": public_spans(spans)})
        stats["genre"][GENRES[g]] += 1
        stats["bucket"][bucket] += 1
        stats["words"].append(len(text.split()))
        for s in spans:
            stats["planted"][s["kind"]] += 1
            stats["fmt"][(s["kind"], s["fmt"])] += 1
            if s["kind"] == "name":
                before = text[:s["start"]]
                if before.count('"') % 2 == 1:
                    stats["name_ctx"]["inside a quotation"] += 1
                if re.search(r"(Kære|Hej|Hilsen|hilsen|Mvh\.?) (mor |far |mormor |moster )?$", before):
                    stats["name_ctx"]["in a greeting/sign-off"] += 1
    for i in range(N_CLEAN):
        text, spans, g, bucket, _ = gen_text("clean", i, "clean")
        assert text not in seen
        seen.add(text)
        clean_rows.append({"id": "blind9-c%03d" % (i + 1), "text": text, "planted": []})
        stats["clean_genre"][GENRES[g]] += 1
        stats["clean_bucket"][bucket] += 1
        stats["cwords"].append(len(text.split()))
    inst_rows = []
    inst_fmt = Counter()
    for i, (text, spans) in enumerate(gen_institutions()):
        inst_rows.append({"id": "blind9-i%03d" % (i + 1), "text": text, "planted": public_spans(spans)})
        for s in spans:
            inst_fmt[s["fmt"]] += 1
    paths = {k: os.path.join(HERE, k + ".jsonl") for k in ("planted", "clean", "institutions")}
    dump(paths["planted"], planted_rows)
    dump(paths["clean"], clean_rows)
    dump(paths["institutions"], inst_rows)
    verify(paths)
    # report
    print("planted.jsonl: %d texts, %d spans" % (len(planted_rows), sum(stats["planted"].values())))
    for k in KINDS:
        print("  %-8s %d" % (k, stats["planted"][k]))
    print("clean.jsonl: %d texts" % len(clean_rows))
    print("institutions.jsonl: %d texts, %d spans" % (len(inst_rows), sum(len(r["planted"]) for r in inst_rows)))
    if "--stats" in sys.argv:
        print("\nformats:")
        for (k, f), v in sorted(stats["fmt"].items(), key=lambda x: (KINDS.index(x[0][0]), -x[1], str(x[0][1]))):
            print("  %s | %s | %d" % (k, f, v))
        print("name contexts:", dict(sorted(stats["name_ctx"].items())))
        print("planted genres:", dict(sorted(stats["genre"].items())))
        print("planted buckets:", dict(sorted(stats["bucket"].items())))
        print("clean genres:", dict(sorted(stats["clean_genre"].items())))
        print("clean buckets:", dict(sorted(stats["clean_bucket"].items())))
        for key in ("words", "cwords"):
            w = sorted(stats[key])
            print(key, "min", w[0], "median", w[len(w) // 2], "max", w[-1], "mean %.1f" % (sum(w) / len(w)))
        print("institution spans:", dict(sorted(inst_fmt.items())))
        for name, rows in (("clean", clean_rows), ("planted", planted_rows)):
            print("look-alikes in %s (texts, occurrences):" % name)
            for label, nt, no in lookalike_report(rows):
                print("  %s | %d | %d" % (label, nt, no))


LOOKALIKE_PATTERNS = [
    ("role pseudonyms (Barn A/B/C, Mor, Far, Plejemor, Rådgiver A, ...)",
     r"\b(Barn [ABC]|Mor|Far|Plejemor|Plejefar|Rådgiver [ABC]|mormor|moster|farbror|drengen|pigen|den unge|sagsbehandleren|klasselæreren|kontaktpersonen)\b"),
    ("case/journal/document numbers", r"\b(journalnr\.|journalnummer|sagsnr\.|j\.nr\.|dok\.nr\.|sags-id)\s*[\d.\-A-Z]+"),
    ("law references (§)", r"§ ?\d+"),
    ("public helplines / emergency numbers", r"116 111|\b112\b|\b1813\b|\b114\b|70 201 201|82 12 12 12"),
    ("dates (meetings, deadlines, timeline, log)",
     r"\b\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b|\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b"),
    ("clock times (kl.)", r"\bkl\. \d"),
    ("amounts (kr.)", r"\bkr\.|\d kr\b"),
    ("rooms", r"\b(lokale|rum|mødelokale|samtalerum) \d"),
    ("bus / tram lines", r"\b(linje|bus|natbus) \d|letbanen"),
    ("method names (ICS, Signs of Safety, tre huse, genogram, sikkerhedsplan, økokort)",
     r"ICS|Signs of Safety|[Tt]re huse|huset med|[Dd]rømmehuset|genogram|sikkerhedsplan|økokort"),
    ("weekday / month / word-name at sentence start",
     r"(?:^|[.!?:]\s|\n)(Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Maj|Juni|Storm|Rose|Håb|Vinter|Lykke)\b"),
    ("ages (N år)", r"\b\d{1,2} år\b"),
    ("birth year only (f. YYYY / født i YYYY)", r"\b(f\.|født i) (19|20)\d\d\b"),
    ("pets (hunden Bella, ...)", r"\b(hunden|katten|kaninen|marsvinet|hamsteren|undulaten|hvalpen) [A-ZÆØÅ]"),
    ("non-name nicknames", r'"(%s)"' % "|".join(P.FAKE_NICKS)),
    ("institution names", "|".join(re.escape(x) for x in P.SCHOOLS + P.SPECIAL_SCHOOLS + P.DAYCARES
                                   + P.PLACEMENTS + P.FOSTER_ORGS + P.FAMILY_CENTRES + P.CLUBS)),
]


def lookalike_report(rows):
    out = []
    for label, pat in LOOKALIKE_PATTERNS:
        rx = re.compile(pat)
        n_txt = n_occ = 0
        for row in rows:
            k = len(rx.findall(row["text"]))
            n_occ += k
            n_txt += 1 if k else 0
        out.append((label, n_txt, n_occ))
    return out


def verify(paths):
    allowed = {"planted": set(KINDS), "clean": set(), "institutions": {"institution"}}
    prefix = {"planted": "blind9-p", "clean": "blind9-c", "institutions": "blind9-i"}
    for key, path in paths.items():
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        for i, row in enumerate(rows):
            assert list(row.keys()) == ["id", "text", "planted"], row.keys()
            assert row["id"] == "%s%03d" % (prefix[key], i + 1), row["id"]
            text = row["text"]
            assert text and "{" not in text and "}" not in text and "[[" not in text and "||" not in text
            prev_end = 0
            for s in row["planted"]:
                assert set(s.keys()) == {"kind", "text", "start", "end"}
                assert s["kind"] in allowed[key], (row["id"], s)
                assert 0 <= s["start"] < s["end"] <= len(text)
                assert text[s["start"]:s["end"]] == s["text"], (row["id"], s)
                assert s["start"] >= prev_end, ("overlap/unsorted", row["id"], s)
                assert s["text"] == s["text"].strip(), (row["id"], s)
                before = text[s["start"] - 1] if s["start"] > 0 else " "
                after = text[s["end"]] if s["end"] < len(text) else " "
                assert not before.isalnum() and not after.isalnum(), ("span cuts a word", row["id"], s)
                prev_end = s["end"]
            if key == "clean":
                assert row["planted"] == []
            else:
                assert row["planted"], row["id"]
            if key == "planted":
                sp = row["planted"]
                for tok in name_tokens(sp):
                    for m in re.finditer(r"(?<![^\W\d_])%s(?![^\W\d_])" % re.escape(tok), text):
                        assert covered(m.start(), m.end(), sp), (row["id"], tok)


if __name__ == "__main__":
    main()
