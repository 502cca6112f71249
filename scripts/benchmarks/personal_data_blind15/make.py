# -*- coding: utf-8 -*-
"""Build the blind15 held-out corpus (personal data in Danish child-welfare texts).

Python 3.11 standard library only. One fixed seed, one random.Random instance.
Writes planted.jsonl, clean.jsonl and institutions.jsonl next to this file and runs the
checks described in README.md; a draw that fails a per-text check is redrawn.
"""
import datetime as dt
import json
import os
import re
import sys
import random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import (NAMES, ORIGIN_WEIGHTS, PRO_WEIGHTS, NICKNAMES, SCRIPT, TRANSLIT, STREETS,  # noqa: E402
                   TOWNS, FOREIGN, SWITCHBOARDS, PUBLIC_NUMBERS, PRIVATE_DOMAINS, FOREIGN_DOMAINS,
                   PROVIDERS, TAXI, WORK_DOMAIN, MUNIS, INSTITUTIONS)

SEED = 1515
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
CORPUS = "blind15"
BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}
GENRES = ["pdf", "invoice", "transport", "angry", "aftercare", "form", "mixed"]
N_TEXTS = 240
N_INST = 30
STATS = {"redraws": {}}


def ch(seq):
    return seq[R.randrange(len(seq))]


def pr(p):
    return R.random() < p


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.randrange(tot)
    for v, w in pairs:
        if x < w:
            return v
        x -= w
    return pairs[-1][0]


def sample(seq, k):
    return R.sample(list(seq), k)


# --------------------------------------------------------------------------- builder
class Sp:
    """A planted span."""
    __slots__ = ("k", "s")

    def __init__(self, k, s):
        self.k = k
        self.s = s


class Lk:
    """A structured public number (CVR, EAN, account, case no.) that may look like a phone/CPR."""
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s


class B:
    def __init__(self, *xs):
        self.parts = []
        for x in xs:
            self.add(x)

    def add(self, x):
        if x is None:
            return self
        if isinstance(x, str):
            if x:
                self.parts.append((None, x))
        elif isinstance(x, Sp):
            self.parts.append((x.k, x.s))
        elif isinstance(x, Lk):
            self.parts.append(("LK", x.s))
        elif isinstance(x, B):
            self.parts.extend(x.parts)
        elif isinstance(x, (list, tuple)):
            for y in x:
                self.add(y)
        else:
            raise TypeError(repr(x))
        return self

    def w(self, tpl, **kw):
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", tpl):
            self.add(tpl[pos:m.start()])
            self.add(kw[m.group(1)])
            pos = m.end()
        self.add(tpl[pos:])
        return self

    def text(self):
        return "".join(t for _, t in self.parts)

    def words(self):
        return len(self.text().split())


def W(tpl, **kw):
    return B().w(tpl, **kw)


class Doc:
    """Characters with labels: -1 plain, i >= 0 index into kinds (span kind or 'LK')."""

    def __init__(self, b):
        self.chars = []
        self.labels = []
        self.kinds = []
        for k, t in b.parts:
            if k is None:
                lab = -1
            else:
                lab = len(self.kinds)
                self.kinds.append(k)
            for c in t:
                self.chars.append(c)
                self.labels.append(lab)

    def text(self):
        return "".join(self.chars)

    def regions(self):
        out = []
        i = 0
        n = len(self.chars)
        while i < n:
            lab = self.labels[i]
            j = i
            while j < n and self.labels[j] == lab:
                j += 1
            if lab >= 0:
                out.append((self.kinds[lab], i, j))
            i = j
        return out

    def concat(self, other):
        off = len(self.kinds)
        self.kinds.extend(other.kinds)
        self.chars.extend(other.chars)
        self.labels.extend([l + off if l >= 0 else l for l in other.labels])
        return self

    def insert(self, i, s, lab):
        self.chars[i:i] = list(s)
        self.labels[i:i] = [lab] * len(s)


# --------------------------------------------------------------------------- PDF artefacts
VOWELS = "aeiouyæøåAEIOUYÆØÅ"


def hyph_point(word):
    """A plausible split index inside an alphabetic word (V-CV), or None."""
    cands = []
    for k in range(2, len(word) - 2):
        if word[k - 1] in VOWELS and word[k] not in VOWELS and word[k + 1] in VOWELS \
                and word[k - 1].isalpha() and word[k].isalpha():
            cands.append(k)
    if not cands:
        for k in range(3, len(word) - 2):
            if word[k - 1].isalpha() and word[k].isalpha() and word[k - 1] not in VOWELS \
                    and word[k] not in VOWELS:
                cands.append(k)
    return ch(cands) if cands else None


def pdf_wrap(doc, width, hyph_p):
    chars, labels = doc.chars, doc.labels
    out_c, out_l = [], []
    col = 0
    i, n = 0, len(chars)
    pending = None  # (char, label) of a space before the next word
    while i < n:
        c = chars[i]
        if c == "\n":
            out_c.append(c)
            out_l.append(labels[i])
            col = 0
            pending = None
            i += 1
            continue
        if c == " ":
            pending = (c, labels[i])
            i += 1
            continue
        j = i
        while j < n and chars[j] not in " \n":
            j += 1
        word = chars[i:j]
        wl = labels[i:j]
        extra = 1 if pending else 0
        if col + extra + len(word) <= width or col == 0:
            if pending:
                out_c.append(" ")
                out_l.append(pending[1])
            out_c.extend(word)
            out_l.extend(wl)
            col += extra + len(word)
        else:
            sword = "".join(word)
            k = hyph_point(sword) if (len(word) >= 7 and pr(hyph_p)) else None
            if k is not None and wl[k - 1] == wl[k] and col + extra + k + 1 <= width + 3:
                if pending:
                    out_c.append(" ")
                    out_l.append(pending[1])
                hy = "-" if pr(0.75) else "\u00ad"
                out_c.extend(word[:k] + [hy, "\n"] + word[k:])
                out_l.extend(wl[:k] + [wl[k], wl[k]] + wl[k:])
                col = len(word) - k
            else:
                lab = pending[1] if pending else -1
                if pending is None:
                    lab = -1
                out_c.append("\n")
                out_l.append(lab)
                out_c.extend(word)
                out_l.extend(wl)
                col = len(word)
        pending = None
        i = j
    doc.chars, doc.labels = out_c, out_l


def pdf_pages(doc, header, start=0):
    """Insert running footers/headers at plain line breaks in the middle of paragraphs."""
    cand = []
    for i, c in enumerate(doc.chars):
        if i > start and c == "\n" and doc.labels[i] == -1 and i < len(doc.chars) - 1 \
                and doc.chars[i - 1] != "\n" and doc.chars[i + 1] != "\n":
            cand.append(i)
    if not cand:
        return
    words = len("".join(doc.chars).split())
    k = min(len(cand), max(1, words // 75 + R.randint(0, 1)))
    total = k + 1 + (1 if pr(0.2) else 0)
    picks = []
    for s in range(k):
        lo = s * len(cand) // k
        hi = max(lo + 1, (s + 1) * len(cand) // k)
        picks.append(cand[R.randrange(lo, hi)])
    style = R.randrange(4)
    for pg, pos in sorted(zip(range(1, k + 1), picks), key=lambda x: -x[1]):
        if style == 0:
            ins = "\nSide %d af %d\n\f%s\n" % (pg, total, header)
        elif style == 1:
            ins = "\n%s    Side %d af %d\n" % (header, pg, total)
        elif style == 2:
            ins = "\n\fFortroligt\n%d/%d\n" % (pg + 1, total)
        else:
            ins = "\nSide %d af %d    Fortroligt\n%s\n" % (pg, total, header)
        doc.insert(pos, ins[:-1], -1)  # keep the original line break after the insert


def pdf_chars(doc, lig, nbsp, zw, shy):
    ch_, lb = doc.chars, doc.labels
    out_c, out_l = [], []
    i, n = 0, len(ch_)
    while i < n:
        c = ch_[i]
        if lig and c == "f" and i + 1 < n and ch_[i + 1] in "il" and lb[i] == lb[i + 1]:
            out_c.append("\ufb01" if ch_[i + 1] == "i" else "\ufb02")
            out_l.append(lb[i])
            i += 2
            continue
        if nbsp and c == " " and 0 < i < n - 1 and (ch_[i - 1].isdigit() or ch_[i - 1] == ".") \
                and (ch_[i + 1].isdigit() or ch_[i + 1].isalpha()) and pr(0.6):
            out_c.append("\u00a0" if pr(0.7) else "\u2009")
            out_l.append(lb[i])
            i += 1
            continue
        out_c.append(c)
        out_l.append(lb[i])
        if zw and 0 < i < n - 1 and c.isalnum() and ch_[i + 1].isalnum() and lb[i] == lb[i + 1] \
                and pr(zw):
            out_c.append("\u200b")
            out_l.append(lb[i])
        elif shy and 0 < i < n - 2 and c in VOWELS and ch_[i + 1].isalpha() and ch_[i + 1] not in VOWELS \
                and ch_[i + 2].isalpha() and lb[i] == lb[i + 1] and pr(shy):
            out_c.append("\u00ad")
            out_l.append(lb[i])
        i += 1
    doc.chars, doc.labels = out_c, out_l


def two_columns(left, right, gap=4):
    """Merge two lists of B (one line each) line by line, as pdftotext does with columns."""
    b = B()
    width = max(len(x.text()) for x in left) + gap
    n = max(len(left), len(right))
    for i in range(n):
        lt = left[i] if i < len(left) else B()
        rt = right[i] if i < len(right) else B()
        b.add(lt)
        if rt.parts:
            b.add(" " * (width - len(lt.text())))
            b.add(rt)
        b.add("\n")
    return b


# --------------------------------------------------------------------------- dates, numbers
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
          "dec."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
             "września", "października", "listopada", "grudnia"]
UA_MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
             "вересня", "жовтня", "листопада", "грудня"]
SO_MONTHS = ["Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luulyo", "Agoosto",
             "Sebtembar", "Oktoobar", "Nofembar", "Desembar"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
UNITS = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve",
         "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds",
        8: "firs", 9: "halvfems"}
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende",
       "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende",
       "syttende", "attende", "nittende", "tyvende", "enogtyvende", "toogtyvende",
       "treogtyvende", "fireogtyvende", "femogtyvende", "seksogtyvende", "syvogtyvende",
       "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]
EN_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"


def num_da(n):
    if n < 20:
        return UNITS[n]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else UNITS[u] + "og" + TENS[t]


def year_da(y):
    if y >= 2000:
        return "totusind" if y == 2000 else "totusind og " + num_da(y - 2000)
    return "nitten hundrede og " + num_da(y - 1900)


def rdate(y0, y1, m0=1, m1=12):
    a = dt.date(y0, m0, 1).toordinal()
    b = dt.date(y1, m1, 28).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def docdate():
    return rdate(2024, 2025, 5, 6)


def dfmt(d, f):
    dd, mm, yy = d.day, d.month, d.year
    if f == "dmy.":
        return "%02d.%02d.%d" % (dd, mm, yy)
    if f == "dmy.s":
        return "%d.%d.%d" % (dd, mm, yy)
    if f == "dmy-":
        return "%02d-%02d-%d" % (dd, mm, yy)
    if f == "dmy/":
        return "%02d/%02d/%d" % (dd, mm, yy)
    if f == "d/m-y":
        return "%d/%d-%d" % (dd, mm, yy)
    if f == "d/m-yy":
        return "%d/%d-%02d" % (dd, mm, yy % 100)
    if f == "dmyy.":
        return "%02d.%02d.%02d" % (dd, mm, yy % 100)
    if f == "long":
        return "%d. %s %d" % (dd, MONTHS[mm - 1], yy)
    if f == "abbr":
        return "%d. %s %d" % (dd, MON_AB[mm - 1], yy)
    if f == "iso":
        return "%d-%02d-%02d" % (yy, mm, dd)
    if f == "en_mdy":
        return "%s %d, %d" % (EN_MONTHS[mm - 1], dd, yy)
    if f == "en_dmy":
        return "%d %s %d" % (dd, EN_MONTHS[mm - 1], yy)
    if f == "en_ord":
        return "%d%s of %s %d" % (dd, EN_ORD.get(dd, "th"), EN_MONTHS[mm - 1], yy)
    if f == "us":
        return "%02d/%02d/%d" % (mm, dd, yy)
    if f == "caps":
        return "%02d %s %d" % (dd, EN_MONTHS[mm - 1][:3].upper(), yy)
    if f == "spoken":
        return "%s %s %s" % (ORD[dd - 1], MONTHS[mm - 1], year_da(yy))
    if f == "compact":
        return "%02d%02d%d" % (dd, mm, yy)
    if f == "ymd/":
        return "%d/%02d/%02d" % (yy, mm, dd)
    if f == "pl":
        return "%d %s %d" % (dd, PL_MONTHS[mm - 1], yy)
    if f == "ua":
        return "%02d %s %d" % (dd, UA_MONTHS[mm - 1], yy)
    if f == "so":
        return "%d %s %d" % (dd, SO_MONTHS[mm - 1], yy)
    if f == "arabic":
        s = "%d/%d/%d" % (yy, mm, dd)
        return "".join(AR_DIGITS[int(c)] if c.isdigit() else c for c in s)
    raise KeyError(f)


DOB_FMTS = ["dmy.", "dmy.", "dmy.", "dmy.s", "dmy-", "dmy/", "d/m-y", "d/m-yy", "dmyy.", "long",
            "long", "abbr", "iso", "en_dmy", "caps"]
DOC_FMTS = ["dmy.", "dmy.", "long", "dmy.s", "iso"]


# --------------------------------------------------------------------------- persons
DK_MOB = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
          "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"]
DK_LAND = ["33", "35", "36", "38", "43", "44", "45", "46", "47", "48", "49", "56", "57", "58",
           "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76", "86", "87", "89",
           "96", "97", "98", "99"]
FOREIGN_PHONE = {
    "pl": ("48", "5{d2} {d3} {d3}"), "ua": ("380", "6{d1} {d3} {d2} {d2}"),
    "ro": ("40", "7{d2} {d3} {d3}"), "de": ("49", "15{d1} {d4} {d4}"),
    "se": ("46", "70 {d3} {d2} {d2}"), "en": ("44", "7700 900{d3}"),
    "tr": ("90", "53{d1} {d3} {d2} {d2}"), "so": ("252", "61 {d3} {d4}"),
    "er": ("291", "7 {d3} {d3}"), "ar": ("963", "9{d2} {d3} {d3}"),
    "ph": ("63", "917 {d3} {d4}"), "th": ("66", "8{d1} {d3} {d4}"),
    "ba": ("387", "6{d1} {d3} {d3}"), "vn": ("84", "9{d1} {d3} {d2} {d2}"),
    "af": ("93", "7{d1} {d3} {d4}"), "pk": ("92", "3{d2} {d7}"),
}
TRANS = {"æ": "ae", "ø": "oe", "å": "aa", "ä": "a", "ö": "o", "ü": "u", "é": "e", "è": "e",
         "ł": "l", "ó": "o", "ś": "s", "ź": "z", "ż": "z", "ń": "n", "ą": "a", "ę": "e", "ć": "c",
         "ț": "t", "ș": "s", "ă": "a", "â": "a", "î": "i", "ı": "i", "ş": "s", "ç": "c", "ğ": "g",
         "č": "c", "ć": "c", "ž": "z", "š": "s", "đ": "d", "ð": "d", "á": "a", "í": "i", "ú": "u",
         "ý": "y", "ê": "e", "'": "", " ": ""}


def ascii_local(s):
    return "".join(TRANS.get(c, c) for c in s.lower())


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def fill_digits(pat):
    return re.sub(r"\{d(\d)\}", lambda m: digits(int(m.group(1))), pat)


class Person:
    def __init__(self, origin, g, role, born=None, last=None, first=None, pro=False):
        self.origin, self.g, self.role, self.born, self.pro = origin, g, role, born, pro
        pool = NAMES[origin]
        if first is None:
            if origin == "dk" and pr(0.12):
                first = ch(NAMES["dkr"][g])
            else:
                first = ch(pool[g])
        if last is None:
            if "sm" in pool:
                last = ch(pool["sm"] if g == "m" else pool["sf"])
            elif origin == "dkr":
                last = ch(pool["s"] if pr(0.5) else NAMES["dk"]["s"])
            else:
                last = ch(pool["s"])
            if origin in ("dk", "dkr") and pr(0.18):
                mid = ch(NAMES["dk"]["s"] + NAMES["dkr"]["s"])
                if mid != last and " " not in last:
                    last = mid + " " + last
        self.first, self.last = first, last
        self._tel = None
        self._ftel = None
        self._addr = None
        self._cpr = None
        self._email = {}

    # names
    @property
    def full(self):
        return self.first + " " + self.last

    @property
    def lastname(self):
        return self.last

    def initials(self, dots=False):
        ws = self.full.replace("-", " ").split()
        ini = [w[0].upper() for w in ws]
        return ".".join(ini) + "." if dots else "".join(ini)

    def nick(self):
        for a, b in NICKNAMES:
            if a == self.first:
                return b
        return None

    def tel(self):
        if self._tel is None:
            pre = ch(DK_LAND) if (self.pro and pr(0.45)) else ch(DK_MOB)
            self._tel = pre + digits(6)
        return self._tel

    def ftel(self):
        if self._ftel is None:
            key = self.origin if self.origin in FOREIGN_PHONE else ch(["de", "se", "pl", "en"])
            cc, pat = FOREIGN_PHONE[key]
            self._ftel = (cc, fill_digits(pat))
        return self._ftel

    def addr(self):
        if self._addr is None:
            pc, town, _ = ch(TOWNS)
            a = {"street": ch(STREETS), "no": str(R.randint(1, 98)), "letter": "", "floor": "",
                 "pc": pc, "town": town}
            if pr(0.12):
                a["letter"] = ch("ABCD")
            if pr(0.35):
                a["floor"] = ch(["st. tv.", "st. th.", "1. tv.", "1. th.", "2. tv.", "2. th.",
                                 "3. mf.", "4. th.", "1. sal", "2.", "3. 12", "kl."])
            self._addr = a
        return self._addr

    def cpr(self):
        if self._cpr is None:
            d = self.born
            y = d.year
            if y >= 2000:
                s7 = ch("456789")
            else:
                s7 = ch("0123" + ("49" if y % 100 >= 37 else ""))
            last = R.randrange(10)
            if (last % 2 == 1) != (self.g == "m"):
                last = (last + 1) % 10
            self._cpr = "%02d%02d%02d" % (d.day, d.month, y % 100) + s7 + digits(2) + str(last)
        return self._cpr

    def email(self, kind="private", mun=None):
        key = kind + str(mun)
        if key not in self._email:
            f = ascii_local(self.first.split()[0])
            la = ascii_local(self.last.split()[-1]).replace("-", "")
            if kind == "work":
                dom = WORK_DOMAIN.get(mun, "kommune.dk")
                st = R.randrange(3)
                if st == 0:
                    loc = f + "." + la
                elif st == 1:
                    loc = ascii_local(self.initials()).lower()[:4]
                    if len(loc) < 3:
                        loc = f[:2] + la[:2]
                else:
                    loc = f[:2] + la[:2] + str(R.randint(1, 9))
            elif kind == "org":
                dom = mun
                loc = ch([f, f + "." + la, f[0] + la])
            else:
                if self.origin in FOREIGN_DOMAINS and pr(0.5):
                    dom = ch(FOREIGN_DOMAINS[self.origin])
                else:
                    dom = ch(PRIVATE_DOMAINS)
                yy = "%02d" % (self.born.year % 100) if self.born else str(R.randint(1, 99))
                loc = ch([f + "." + la, f + la, f + yy, f[0] + "." + la, la + "." + f,
                          f + "_" + la + str(R.randint(1, 9)), f + la[:1] + yy,
                          ch(["mor", "far", "mami", "princess", "kongen", "lille"]) + f + yy])
            self._email[key] = loc + "@" + dom
        return self._email[key]


def pick_origin(pro=False):
    return wchoice(PRO_WEIGHTS if pro else ORIGIN_WEIGHTS)


def pro(role, g=None, mun=None):
    g = g or ch("mf")
    p = Person(pick_origin(True), g, role, pro=True)
    p.mun = mun
    return p


def family(origin=None, kids=1, kid_years=(2009, 2022)):
    origin = origin or pick_origin()
    mother = Person(origin, "f", "mor", born=rdate(1976, 2001))
    forigin = origin if pr(0.8) else pick_origin()
    father = Person(forigin, "m", "far", born=rdate(1972, 1999))
    children = []
    for i in range(kids):
        g = ch("mf")
        if origin in ("so", "er") and forigin == origin:
            last = father.first
        else:
            r = R.random()
            last = father.last if r < 0.45 else mother.last if r < 0.85 else \
                (mother.last.split()[-1] + "-" + father.last.split()[-1])
        children.append(Person(origin, g, "barn", born=rdate(*kid_years), last=last))
    fam = {"mor": mother, "far": father, "kids": children, "origin": origin}
    return fam


# --------------------------------------------------------------------------- renderers
def fmt_phone(dg, style=None):
    style = style if style is not None else ch(
        ["8", "2222", "2222", "2222", "44", "44", "dots", "dash", "+45 2222", "+45 8", "0045",
         "+45 44", "(+45)"])
    a, b, c, d = dg[:2], dg[2:4], dg[4:6], dg[6:]
    if style == "8":
        return dg
    if style == "2222":
        return " ".join([a, b, c, d])
    if style == "44":
        return dg[:4] + " " + dg[4:]
    if style == "dots":
        return ".".join([a, b, c, d])
    if style == "dash":
        return "-".join([a, b, c, d])
    if style == "+45 2222":
        return "+45 " + " ".join([a, b, c, d])
    if style == "+45 8":
        return "+45" + dg
    if style == "0045":
        return "0045 " + dg
    if style == "+45 44":
        return "+45 " + dg[:4] + " " + dg[4:]
    if style == "(+45)":
        return "(+45) " + dg[:4] + " " + dg[4:]
    if style == "spoken":
        return ", ".join(num_da(int(dg[i:i + 2])) if dg[i] != "0" else "nul " + UNITS[int(dg[i + 1])]
                         for i in range(0, 8, 2))
    if style == "spoken1":
        return " ".join(UNITS[int(x)] for x in dg)
    raise KeyError(style)


def fmt_ftel(cc_num, style=None):
    cc, num = cc_num
    style = style or ch(["+", "+", "00", "+nospace"])
    if style == "+":
        return "+" + cc + " " + num
    if style == "00":
        return "00" + cc + " " + num
    return "+" + cc + num.replace(" ", "")


def fmt_cpr(s, style=None):
    style = style or ch(["-", "-", "-", " ", "10", "dots", "spaces", " - ", "nbh"])
    a, b = s[:6], s[6:]
    if style == "-":
        return a + "-" + b
    if style == " ":
        return a + " " + b
    if style == "10":
        return s
    if style == "dots":
        return "%s.%s.%s-%s" % (s[:2], s[2:4], s[4:6], b)
    if style == "spaces":
        return "%s %s %s %s" % (s[:2], s[2:4], s[4:6], b)
    if style == " - ":
        return a + " - " + b
    if style == "nbh":
        return a + "\u2011" + b
    raise KeyError(style)


def fmt_addr(a, style=None):
    st = a["street"]
    no = a["no"] + a["letter"]
    fl = a["floor"]
    style = style or ch(["full", "full", "full", "street", "two", "sloppy", "nr"])
    core = st + " " + no + ((", " + fl) if fl and style != "sloppy" else "")
    if style == "full":
        return core + ", " + a["pc"] + " " + a["town"]
    if style == "street":
        return core
    if style == "two":
        return core + "\n" + a["pc"] + " " + a["town"]
    if style == "caps":
        return (core + ", " + a["pc"] + " " + a["town"]).upper()
    if style == "nr":
        return st + " nr. " + no + ((" " + a["pc"] + " " + a["town"]) if pr(0.4) else "")
    if style == "sloppy":
        v = R.randrange(4)
        if v == 0:
            return (st + " " + no + " " + (fl.replace(".", "") + " " if fl else "") + a["town"]).lower()
        if v == 1:
            return st + no + ", " + a["pc"]
        if v == 2:
            return st.lower() + " " + no + " " + a["pc"] + " " + a["town"].lower()
        return st + " " + no + (" " + fl.replace(".", "") if fl else "") + " " + a["pc"]
    if style == "hyph":
        k = hyph_point(st) if len(st) >= 6 else None
        if k is None:
            return core + ", " + a["pc"] + " " + a["town"]
        return st[:k] + "-\n" + st[k:] + " " + no + ", " + a["pc"] + " " + a["town"]
    raise KeyError(style)


def foreign_addr(country=None):
    country = country or ch(list(FOREIGN.keys()))
    f = FOREIGN[country]
    st = ch(f["streets"])
    pc, town = ch(f["towns"])
    no = str(R.randint(1, 140))
    if country == "pl":
        return "%s %s m. %d, %s %s" % (st, no, R.randint(1, 40), pc, town)
    if country == "ua":
        return "%s, %s, kv. %d, %s, %s" % (st, no, R.randint(1, 90), town, pc)
    if country == "ro":
        return "%s nr. %s, ap. %d, %s %s" % (st, no, R.randint(1, 30), pc, town)
    if country == "uk":
        return "%s %s, %s %s" % (no, st, town, pc)
    if country == "tr":
        return "%s No: %s D: %d, %s %s" % (st, no, R.randint(1, 20), pc, town)
    return "%s %s, %s %s" % (st, no, pc, town)


def misspell(s):
    for _ in range(10):
        i = R.randrange(1, max(2, len(s) - 1))
        op = R.randrange(4)
        if op == 0 and s[i].isalpha():
            t = s[:i] + s[i] + s[i:]
        elif op == 1 and len(s) > 4 and s[i].isalpha():
            t = s[:i] + s[i + 1:]
        elif op == 2 and i + 1 < len(s) and s[i].isalpha() and s[i + 1].isalpha():
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        else:
            swaps = [("ph", "f"), ("ck", "k"), ("e", "æ"), ("y", "i"), ("i", "y"), ("aa", "å"),
                     ("th", "t"), ("ie", "i"), ("sen", "son"), ("ou", "u")]
            a, b = ch(swaps)
            t = s.replace(a, b, 1)
        if t != s and t.strip() == t and " " not in t[:1]:
            return t
    return s + s[-1]


def nm(p, form="full"):
    """Render a name as parts (spans and plain)."""
    if form == "full":
        return Sp("name", p.full)
    if form == "first":
        return Sp("name", p.first)
    if form == "last":
        return Sp("name", p.last)
    if form == "lf":
        return Sp("name", p.last + ", " + p.first)
    if form == "caps":
        return Sp("name", p.full.upper())
    if form == "capsfirst":
        return Sp("name", p.first.upper())
    if form == "lower":
        return Sp("name", p.full.lower())
    if form == "lowerfirst":
        return Sp("name", p.first.lower())
    if form == "init":
        return Sp("name", p.initials(dots=pr(0.5)))
    if form == "miss":
        return Sp("name", misspell(p.first) if pr(0.6) else p.first + " " + misspell(p.last))
    if form == "nick":
        return Sp("name", p.nick() or p.first)
    if form in ("gen", "genfull", "genlast"):
        base = {"gen": p.first, "genfull": p.full, "genlast": p.last}[form]
        if base[-1] in "sxzSXZ":
            return [Sp("name", base), "'"]
        return Sp("name", base + "s")
    if form == "title":
        return [("fru " if p.g == "f" else "hr. "), Sp("name", p.last)]
    if form == "dr":
        return ["dr. ", Sp("name", p.last)]
    if form == "hyph":
        s = p.full
        k = hyph_point(p.last) if len(p.last) >= 6 else None
        if k is None:
            return Sp("name", s)
        return Sp("name", p.first + " " + p.last[:k] + "-\n" + p.last[k:])
    raise KeyError(form)


ROLE_WORDS = {
    "mor": ["mor", "moderen", "barnets mor"], "far": ["far", "faderen", "barnets far"],
    "barn": ["Barn A", "barnet"], "barn2": ["Barn B", "søskendet"],
    "sagsbehandler": ["sagsbehandleren", "rådgiveren", "myndighedsrådgiveren"],
    "leder": ["teamlederen", "afdelingslederen"], "psykolog": ["psykologen"],
    "laerer": ["klasselæreren", "lærer"], "chauffoer": ["chaufføren"],
    "ledsager": ["ledsageren", "samværsstøtten"], "mentor": ["mentor", "mentoren"],
    "ung": ["den unge", "Ung A"], "udlejer": ["udlejer", "udlejeren"],
    "plejemor": ["plejemor"], "plejefar": ["plejefar"], "advokat": ["advokaten"],
    "dommer": ["dommeren"], "tandlaege": ["tandlægen"], "talepaed": ["talepædagogen"],
    "tolk": ["tolken"], "mormor": ["mormor"], "morfar": ["morfar"], "farmor": ["farmor"],
    "moster": ["moster"], "jobkonsulent": ["jobkonsulenten"], "kontaktperson": ["kontaktpersonen"],
    "oversaetter": ["translatøren"], "konsulent": ["konsulenten"], "familiebeh": ["familiebehandleren"],
}


def role(p, cap=False):
    w = ch(ROLE_WORDS.get(p.role, ["vedkommende"]))
    if p.role == "barn" and w == "barnet" and pr(0.5):
        w = "drengen" if p.g == "m" else "pigen"
    return w[0].upper() + w[1:] if cap else w


def pron(p):
    if p.g == "m":
        return {"han": "han", "Han": "Han", "ham": "ham", "hans": "hans", "Hans": "Hans"}
    return {"han": "hun", "Han": "Hun", "ham": "hende", "hans": "hendes", "Hans": "Hendes"}


def age(p, at=dt.date(2025, 3, 1)):
    a = at.year - p.born.year - ((at.month, at.day) < (p.born.month, p.born.day))
    return a


# --------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, P, band):
        self.P = P
        self.band = band
        self.lo, self.hi = BANDS[band]
        # aim somewhere inside the band so that lengths spread over it
        self.target = R.randint(self.lo + 3, max(self.lo + 4, self.lo + (self.hi - self.lo) * 2 // 3))
        self.mun = ch(MUNIS)
        self.k = 0
        self.date = docdate()

    # name or role
    def n(self, p, form="full", cap=False):
        if self.P:
            return nm(p, form)
        return role(p, cap)

    def ph(self, p, style=None):
        return Sp("phone", fmt_phone(p.tel(), style))

    def fph(self, p, style=None):
        return Sp("phone", fmt_ftel(p.ftel(), style))

    def ad(self, p, style=None):
        return Sp("address", fmt_addr(p.addr(), style))

    def db(self, p, f=None):
        return Sp("dob", dfmt(p.born, f or ch(DOB_FMTS)))

    def cp(self, p, style=None):
        return Sp("cpr", fmt_cpr(p.cpr(), style))

    def g(self, p, form="gen"):
        if self.P:
            return nm(p, form)
        return {"barn": "barnets", "mor": "mors", "far": "fars", "ung": "den unges",
                "plejemor": "plejemors", "plejefar": "plejefars"}.get(p.role, role(p) + "s")

    def em(self, p, kind="private", mun=None):
        return Sp("email", p.email(kind, mun if mun is not None else self.mun))

    def d(self, f=None, d=None):
        if d is None:
            d = self.date - dt.timedelta(days=R.randint(0, 150))
        return dfmt(d, f or ch(DOC_FMTS))

    def sw(self):
        for name, num in SWITCHBOARDS:
            if name.startswith(self.mun):
                return Lk(num)
        return Lk(ch(SWITCHBOARDS)[1])


def cvr():
    return Lk(str(R.randint(1, 4)) + digits(7))


def ean():
    return Lk("5798" + digits(9))


def kontonr():
    return Lk(ch("456789") + digits(9))


def regnr():
    return ch(["7670", "9570", "1551", "3409", "5301", "6880", "2262", "9280", "8117", "0400"])


def sagsnr():
    return ch(["Sagsnr. 27.24.08-G01-%d-%02d" % (R.randint(100, 9999), R.randint(22, 25)),
               "J.nr. %d-%06d" % (R.randint(2022, 2025), R.randint(1, 999999)),
               "Sag nr. %d/%d" % (R.randint(100, 9999), R.randint(2023, 2025)),
               "Journalnr. BU-%d-%04d" % (R.randint(2023, 2025), R.randint(1, 9999))])


def kr(x):
    s = "%.2f" % x
    a, b = s.split(".")
    g = ""
    while len(a) > 3:
        g = "." + a[-3:] + g
        a = a[:-3]
    return a + g + "," + b


LAW = ["barnets lov § 47", "barnets lov § 46", "barnets lov § 20, stk. 3", "barnets lov § 32",
       "barnets lov § 91", "barnets lov § 6", "barnets lov § 5, stk. 3", "barnets lov § 18",
       "barnets lov § 19", "barnets lov § 108", "barnets lov § 136", "barnets lov § 137, stk. 2",
       "forvaltningslovens § 19", "forvaltningslovens § 9", "serviceloven § 52, stk. 3, nr. 7",
       "serviceloven § 58", "serviceloven § 50", "barnets lov § 3"]
ICD = [("F90.0", "forstyrrelse af aktivitet og opmærksomhed"), ("F84.0", "infantil autisme"),
       ("F43.1", "posttraumatisk belastningsreaktion"), ("F43.2", "tilpasningsreaktion"),
       ("F32.1", "depressiv enkeltepisode af moderat grad"), ("F80.1", "ekspressiv sprogforstyrrelse"),
       ("F81.0", "specifik læseforstyrrelse"), ("F91.3", "adfærdsforstyrrelse med trods"),
       ("F93.0", "separationsangst i barnealderen"), ("K02.1", "caries i dentin")]
MEDS = ["Concerta 36 mg", "Ritalin Uno 20 mg", "Melatonin 3 mg", "Sertralin 50 mg",
        "Elvanse 30 mg", "Strattera 40 mg", "Circadin 2 mg", "Ventoline inhalator",
        "Fluoridtandpasta 5000 ppm"]
BODIES = ["Ankestyrelsen", "Familieretshuset", "Udbetaling Danmark", "Børnehus Midt", "PPR",
          "Sundhedsplejen", "Jobcenteret", "Politiet", "Børne- og Ungdomspsykiatrien",
          "Styrelsen for Patientsikkerhed", "Socialtilsyn Nord", "Gældsstyrelsen",
          "Familieretshuset", "Børnerådet"]
PLACES_NO_NUMBER = ["ved Banegårdspladsen", "på Strøget", "nede på Hovedgaden", "ved Torvet",
                    "på Stationsvej ved busstoppestedet", "ude ved Havnegade", "ved rundkørslen på Ringvejen",
                    "på hjørnet af Jernbanegade", "ved Rådhuspladsen", "på parkeringspladsen bag Kongensgade"]


LA_BY_GENRE = {"pdf": [0, 2, 4, 5, 9, 11], "invoice": [5, 6, 10, 11, 15], "transport": [1, 3, 7, 8, 13, 15],
               "angry": [0, 1, 2, 3, 11], "aftercare": [1, 2, 3, 6, 8, 13, 15], "form": [1, 2, 4, 5, 9, 13],
               "mixed": [0, 1, 2, 11, 13], "any": list(range(16))}
CUR = {"genre": "any"}


def lookalike():
    """A sentence of look-alikes with no personal data (used in clean and planted texts)."""
    v = ch(LA_BY_GENRE[CUR["genre"]])
    d1 = dfmt(docdate(), ch(DOC_FMTS))
    if v == 0:
        return W("Afgørelsen er truffet efter {l} og kan påklages til Ankestyrelsen inden 4 uger. ",
                 l=ch(LAW))
    if v == 1:
        return W("Ved akut fare ringes 112, til politiet i øvrigt på 114, og i Region Hovedstaden "
                 "kan Akuttelefonen 1813 kontaktes. ")
    if v == 2:
        return W("Barnet er oplyst om Børnetelefonen på 116 111, som er gratis og anonym. ")
    if v == 3:
        return W("Henvendelser uden for åbningstid går til kommunens hovednummer {n} eller vagtordningen. ",
                 n=ch([Lk(x[1]) for x in SWITCHBOARDS]))
    if v == 4:
        code, txt = ch(ICD)
        return W("Der er tidligere stillet diagnosen {c} ({t}), og barnet får {m} dagligt. ",
                 c=code, t=txt, m=ch(MEDS))
    if v == 5:
        return W("{s}. Mødet blev holdt {d} kl. {t} i mødelokale {r}. ", s=sagsnr(), d=d1,
                 t=ch(["9.00", "10.30", "13.15", "14.00"]), r=ch(["2.14", "B", "3", "Syd"]))
    if v == 6:
        return W("Der er bevilget {h} timer ugentligt à {a} kr., i alt {t} kr. for perioden. ",
                 h=str(R.randint(2, 12)), a=kr(R.choice([425, 465, 512.5, 610])),
                 t=kr(R.randint(8000, 90000)))
    if v == 7:
        return W("Mødestedet er {p}, hvor der er gode busforbindelser. ", p=ch(PLACES_NO_NUMBER))
    if v == 8:
        return W(ch(["Solen skinnede, da vi gik en tur i skoven, og barnet var glad. ",
                     "Der var storm i weekenden, så samværet blev holdt indendørs. ",
                     "I maj skal barnet på lejrskole med klassen. ",
                     "Familien har en lille have, hvor barnet gerne leger. ",
                     "Barnet var glad og afslappet hele eftermiddagen. "]))
    if v == 9:
        return W("Klassen (4.b) har {k} elever, og der er tilknyttet en AKT-lærer to dage om ugen. ",
                 k=str(R.randint(18, 27)))
    if v == 10:
        return W("Leverandøren har CVR-nr. {c} og faktureres via EAN {e}. ", c=cvr(), e=ean())
    if v == 11:
        bd = {"pdf": ["Børne- og Ungdomspsykiatrien", "PPR", "Sundhedsplejen"],
              "invoice": ["Udbetaling Danmark", "Socialtilsyn Nord"], "angry": ["Ankestyrelsen", "Børnerådet"],
              "aftercare": ["Jobcenteret", "Gældsstyrelsen", "Udbetaling Danmark"],
              "mixed": ["Familieretshuset", "Udlændingestyrelsen"]}.get(CUR["genre"], BODIES)
        return W("Sagen er forelagt {b}, og der afventes svar inden {d}. ", b=ch(bd), d=d1)
    if v == 12:
        return W("Barnet er {a} år og går i {k}. klasse; søskende er {b} og {c} år. ",
                 a=str(R.randint(6, 16)), k=str(R.randint(0, 9)), b=str(R.randint(2, 17)),
                 c=str(R.randint(2, 17)))
    if v == 13:
        return W("{w} blev det aftalt, at næste opfølgning sker i uge {u}. ",
                 w=ch(["Samtidig", "Derudover", "Endelig", "Til sidst"]),
                 u=str(R.randint(2, 51)))
    if v == 14:
        return W("Indlagt på afsnit {a}, stue {s}, Børn og Unge, fra {d}. ", a=ch(["B2", "U1", "K3"]),
                 s=str(R.randint(1, 24)), d=d1)
    return W("Ydelsen betales via MobilePay eller NemKonto; rejsekort og buskort refunderes efter regning. ")


# --------------------------------------------------------------------------- assembly
def assemble(c, head, bodies, tail=None, margin=0, extra=0, post=()):
    b = B()
    b.add(head)
    tw = (tail.words() if tail is not None else 0) + extra
    hi = c.hi - margin
    lo = max(c.lo + (margin // 2), min(c.target, hi - 10))
    for fn in bodies:
        if b.words() + tw >= lo:
            break
        t = fn() if callable(fn) else fn
        if t is None:
            continue
        if b.words() + t.words() + tw <= hi:
            b.add(t)
    b.add(tail)
    for fn in post:
        if b.words() + extra >= lo:
            break
        t = fn()
        if b.words() + t.words() + extra <= hi:
            b.add("\n" if b.parts and not b.text().endswith("\n") else "")
            b.add(t)
    return b


def shuffled_mid(first, mids, last=()):
    mids = list(mids)
    R.shuffle(mids)
    return list(first) + mids + list(last)


LANG = {"dk": "dansk", "dkr": "dansk", "gl": "grønlandsk", "fo": "færøsk", "so": "somali",
        "ar": "arabisk", "ku": "kurdisk", "tr": "tyrkisk", "af": "dari", "pk": "urdu",
        "pl": "polsk", "ua": "ukrainsk", "ro": "rumænsk", "ba": "bosnisk", "er": "tigrinya",
        "vn": "vietnamesisk", "th": "thai", "ph": "tagalog", "en": "engelsk"}


def home(fam):
    """Children share the mother's address."""
    for k in fam["kids"]:
        k._addr = fam["mor"].addr()


def case_head(c, kid):
    if not c.P:
        return W("Vedr.: {k} ({a} år) – {s}\n", k=ch(["Barn A", "barnet", "Ung A"]) if kid.role != "ung" else "Ung A",
                 a=str(age(kid)), s=sagsnr())
    v = R.randrange(4)
    if v == 0:
        return W("Vedr.: {k}, f. {d}\n", k=c.n(kid, "full"), d=c.db(kid))
    if v == 1:
        return W("Sag: {k} ({x})\n", k=c.n(kid, ch(["lf", "full"])), x=c.cp(kid))
    if v == 2:
        return W("Barn: {k} – født {d} – cpr {x}\n", k=c.n(kid, "full"), d=c.db(kid), x=c.cp(kid))
    return W("Vedr. {k} (f. {x}), {s}\n", k=c.n(kid, "caps"), x=c.db(kid), s=sagsnr())


def journal_blocks(c, kid, mor, far, cw, young=False):
    """Case-file notes appended to documents (used to fill medium and long texts)."""
    P = c.P
    leader = pro("leder", mun=c.mun)
    pk = pron(kid)
    blocks = [
        lambda: W("\nJournalnotat {d}: Dokumentet er gennemgået af {s} og lagt på sagen. {m} er orienteret "
                  "telefonisk{p}. Der er ikke behov for yderligere handling før opfølgningsmødet {d2}.\n",
                  d=c.d("dmy."), s=c.n(cw, ch(["full", "init"])) if P else "sagsbehandleren",
                  m=c.n(mor, ch(["full", "first"]), cap=True) if P else role(mor, True),
                  p=[" på ", c.ph(mor)] if P else "", d2=c.d("long", c.date + dt.timedelta(days=R.randint(7, 60)))),
        lambda: W("\nOpfølgning: Sagen drøftes på teammødet {d} med {l}, hvor {s} ønsker "
                  "sparring på samarbejdet med familien og på, om indsatsen efter barnets lov § 32 er tilstrækkelig.\n",
                  d=c.d("long"), l=["faglig koordinator ", c.n(leader, "full")] if P else "den faglige koordinator",
                  s=c.n(cw, "first") if P else "sagsbehandleren"),
        lambda: W("\nPartshøring: Inden afgørelsen sendes udkastet i partshøring hos {m} og {f}, jf. "
                  "forvaltningslovens § 19, med en svarfrist på 14 dage{a}.\n",
                  m=c.n(mor, "full") if P else "mor", f=c.n(far, "full") if P else "far",
                  a=[". Brevet til far sendes til ", c.ad(far, ch(["full", "two"]))] if P else ""),
        lambda: W("\nSamtale med barnet: {k}{b} er talt med {d} på skolen uden forældrene til stede, jf. barnets lov "
                  "§ 5, stk. 3. {H} fortalte, at {h} helst vil bo, hvor {h} bor nu, men savner {m}.\n",
                  k=c.n(kid, "first") if P else "Barnet", d=c.d("long"), H=pk["Han"], h=pk["han"],
                  b=[" (f. ", c.db(kid), ")"] if P and pr(0.6) else "",
                  m=c.n(mor, "first") if P else "mor"),
        lambda: W("\nNy kontaktinformation: {m} er flyttet til {a} og har fået nyt nummer, {p}. Oplysningerne "
                  "er rettet i fagsystemet {d}.\n", m=c.n(mor, ch(["full", "first"]), cap=True),
                  a=c.ad(mor, ch(["full", "two", "sloppy"])), p=c.ph(mor), d=c.d("dmy."))
        if P else W("\nNy kontaktinformation: Mor er flyttet inden for kommunen og har fået nyt nummer. "
                    "Oplysningerne er rettet i fagsystemet {d}.\n", d=c.d("dmy.")),
        lambda: W("\nLedelsestilsyn {d}: Sagen er gennemgået af {l}. Barnets plan skal opdateres, og "
                  "{kg} egne ønsker skal fremgå tydeligere.\n", d=c.d("dmy."),
                  l=c.n(leader, ch(["full", "init"])) if P else "teamlederen", kg=c.g(kid)),
    ]
    teacher = pro("laerer")
    blocks.append(
        lambda: W("\nNetværksmøde {d}: Deltagere var {m}, {f}, {mm}{p}, {s} og {l}.\n", d=c.d("long"),
                  m=c.n(mor, "full"), f=c.n(far, "first"), mm=["mormor ", c.n(Person(mor.origin, "f", "mormor"), "full")],
                  p=[" (", c.ph(mor, ch(["2222", "8"])), ")"] if pr(0.3) else "", s=c.n(cw, "full"), l=c.n(leader, "init"))
        if P else W("\nNetværksmøde {d}: Deltagere var mor, far, mormor, sagsbehandleren og teamlederen.\n",
                    d=c.d("long")))
    blocks.append(
        lambda: W("\nMail fra {m} ({e}) {d}: Hun spørger til næste møde og beder om at blive ringet op på {p} "
                  "efter kl. 15.\n", m=c.n(mor, "first"), e=c.em(mor), d=c.d("dmy."), p=c.ph(mor))
        if P else W("\nMail fra mor {d}: Hun spørger til næste møde og beder om at blive ringet op efter kl. 15.\n",
                    d=c.d("dmy.")))
    blocks.append(
        lambda: W("\nUnderretning modtaget {d} fra {t}, lærer, direkte tlf. {p}, vedr. {k} (f. {b}). Kvittering er "
                  "sendt.\n", d=c.d("dmy."), t=c.n(teacher, "full"), p=c.ph(teacher), k=c.n(kid, "full"),
                  b=c.db(kid))
        if P else W("\nUnderretning modtaget {d} fra skolen vedr. barnet ({a} år). Kvittering er sendt.\n",
                    d=c.d("dmy."), a=str(age(kid))))
    blocks.append(
        lambda: W("\nOpslag i CPR {d}: {k}, {x}, født {b}, folkeregisteradresse {a}. Forældremyndighed: {m}.\n",
                  d=c.d("dmy."), k=c.n(kid, "full"), x=c.cp(kid), b=c.db(kid), m=c.n(mor, ch(["full", "lf"])),
                  a=c.ad(kid, ch(["full", "street"])))
        if P else W("\nOpslag i CPR {d}: Ingen ændringer i bopæl eller forældremyndighed siden sidste opslag.\n",
                    d=c.d("dmy.")))
    blocks.append(
        lambda: W("\nJournalnotat vedr. {k} ({x}): Der er modtaget en ny henvendelse fra skolen om fravær; "
                  "den behandles sammen med sagens øvrige oplysninger.\n",
                  k=c.n(kid, ch(["full", "lf"])), x=c.cp(kid) if pr(0.7) else ["f. ", c.db(kid)])
        if P else W("\nJournalnotat: Der er modtaget en ny henvendelse fra skolen om fravær; den behandles sammen "
                    "med sagens øvrige oplysninger.\n"))
    if young:
        blocks = [blocks[0], blocks[1], blocks[4], blocks[5], blocks[7], blocks[10]]
    R.shuffle(blocks)
    return blocks


# --------------------------------------------------------------------------- genre 1: PDF
def g_pdf(c):
    sub = pick_sub(c, ["psyk", "psyk", "tale", "tand", "ret", "ret"])
    fam = family(kids=ch([1, 1, 2]), kid_years=(2010, 2021))
    home(fam)
    kid, mor, far = fam["kids"][0], fam["mor"], fam["far"]
    sib = fam["kids"][1] if len(fam["kids"]) > 1 else None
    cw = pro("sagsbehandler", mun=c.mun)
    P = c.P
    pk = pron(kid)
    town = ch([t for t in TOWNS if t[2] == c.mun] or TOWNS)[1]
    d1, d2, d3 = [c.d(d=rdate(2024, 2025, 1, 5)) for _ in range(3)]
    header = ""
    left, right = [], []
    bodies = []
    tail = None
    if sub == "psyk":
        psy = pro("psykolog")
        friend = Person(kid.origin if pr(0.5) else "dk", ch("mf"), "barn", born=kid.born)
        title = ch(["PSYKOLOGISK UNDERSØGELSE", "Psykologisk undersøgelse – børnefaglig undersøgelse",
                    "PSYKOLOGERKLÆRING"])
        header = ch(["Psykologisk undersøgelse – fortroligt", "Fortroligt"] + (["Psykologhuset Åbrinken"] if P else []))
        if P:
            left = [W("Barnets navn: {n}", n=c.n(kid, ch(["full", "full", "caps"]))),
                    W("Født: {d}", d=c.db(kid)), W("Cpr.nr.: {x}", x=c.cp(kid)),
                    W("Adresse: {a}", a=c.ad(kid, ch(["full", "street"]))),
                    W("Forældremyndighed: {m}", m=c.n(mor, "full"))]
            right = [W("Undersøgt af: {p}", p=c.n(psy, "full")), B("Aut. psykolog"),
                     W("Direkte tlf.: {t}", t=c.ph(psy)), W("Rekvirent: {m} Kommune", m=c.mun),
                     W("Sagsbehandler: {s}", s=c.n(cw, ch(["full", "init"])))]
        else:
            left = [B("Barn: Barn A"), B("Alder: %d år" % age(kid)), B("Klasse: " + klasse(kid)),
                    B("Forældremyndighed: mor")]
            right = [B("Undersøgt af: aut. psykolog"), B("Rekvirent: %s Kommune" % c.mun),
                     B("Børn og Unge, Myndighed"), B(sagsnr())]
        bodies = shuffled_mid([
            lambda: W("Baggrund for undersøgelsen\n{k} er henvist af {s}, {m} Kommune, som led i en "
                      "børnefaglig undersøgelse efter barnets lov § 20. Der ønskes en vurdering af {kg} "
                      "kognitive funktionsniveau, følelsesmæssige udvikling og behov for særlig støtte. "
                      "Henvisningen er modtaget {d}.\n\n", k=c.n(kid, ch(["full", "hyph"]), cap=True),
                      s=c.n(cw, ch(["full", "hyph"])),
                      m=c.mun, kg=c.g(kid), d=d1)],
            [lambda: W("Metode\nUndersøgelsen er gennemført i perioden {a} til {b} og har omfattet WISC-V, "
                       "Beck Youth Inventories, tegneopgaver, observation i hjemmet{h} og i skolen samt "
                       "samtaler med {m} og {f}.\n\n", a=d2, b=d3,
                       h=[" på ", c.ad(kid, "street")] if P else "",
                       m=c.n(mor, ch(["full", "title"])), f=c.n(far, "full")),
             lambda: W("Anamnese\n{m} oplyser, at graviditeten forløb uden komplikationer, og at {k} "
                       "blev født til terminen{dd}. {H} havde ifølge {mf} en urolig søvn det første år "
                       "og begyndte først at gå som 18-måneders.\n\n",
                       m=c.n(mor, "full", cap=True), k=c.n(kid, "first"),
                       dd=[" den ", c.db(kid, ch(["long", "dmy."]))] if P else "",
                       H=pk["Han"], mf=c.n(mor, "first")),
             lambda: W("Familieforhold\n{k} bor sammen med {m}{s} {a}. {F} {fa} og har samvær hver "
                       "anden weekend, men samværet har været ustabilt siden efteråret.\n\n",
                       k=c.n(kid, "first", cap=True), m=c.n(mor, "first"),
                       s=([" og halvsøskendet ", c.n(sib, "full"), " (f. ", c.db(sib), ")"] if P and sib
                          else " og et yngre halvsøskende" if sib else ""),
                       a=["på ", c.ad(kid, ch(["full", "hyph"]))] if P else "i kommunen",
                       F="Far, " if P else "Far",
                       fa=[c.n(far, ch(["full", "hyph"])), ", bor på ", c.ad(far, ch(["full", "hyph"])), ","] if P
                       else "bor i en anden kommune"),
             lambda: W("Observation\nVed første møde var {k} afventende og holdt sig tæt til {m}. Efter ca. "
                       "20 minutter tog {h} selv initiativ til at vise sine tegninger. {H} fortalte om "
                       "klassen og om {fr}, men undgik spørgsmål om hjemmet.\n\n",
                        k=c.n(kid, "first"), m=c.n(mor, "first"), h=pk["han"], H=pk["Han"],
                       fr=[("vennen " if friend.g == "m" else "veninden "), c.n(friend, "first")] if P
                       else "en ven fra klassen"),
             lambda: W("Testresultater (WISC-V)\nVerbal forståelse {a} · Visuel-spatial {b} · Flydende "
                       "ræsonnement {cc} · Arbejdshukommelse {d} · Forarbejdningshastighed {e}. Samlet IQ "
                       "{f} (95 % konfidensinterval {g}-{hh}).\n\n",
                       a=str(R.randint(72, 108)), b=str(R.randint(72, 108)), cc=str(R.randint(72, 108)),
                       d=str(R.randint(70, 100)), e=str(R.randint(70, 100)), f=str(R.randint(76, 98)),
                       g=str(R.randint(70, 80)), hh=str(R.randint(90, 104))),
             lambda: W("Vurdering\nDet er undertegnedes vurdering, at {k} har betydelige vanskeligheder med "
                       "koncentration og følelsesregulering. Billedet kan være foreneligt med {i}, men der "
                       "bør foretages en nærmere udredning i Børne- og Ungdomspsykiatrien. {H} har brug for "
                       "forudsigelighed og voksne, der kan hjælpe {ham} med at sætte ord på følelser.\n\n",
                       k=c.n(kid, "first"), i="%s (%s)" % ch(ICD), H=pk["Han"], ham=pk["ham"]),
             lambda: W("Anbefalinger\n1) støtte i skolen, 2) familiebehandling efter barnets lov § 32, 3) fast "
                       "kontaktperson. {m} har givet samtykke til, at {p} kontakter skolen.\n\n",
                       m=c.n(mor, "first", cap=True), p=c.n(psy, "first") if P else "psykologen"),
             lookalike])
        if P:
            tail = W("{t}, {d}\n\n{p}\nAutoriseret psykolog, specialist i børnepsykologi\n{e} · {ph}",
                     t=town, d=c.d(), p=c.n(psy, "full"), e=c.em(psy, "org", "aabrinken-psykologer.dk"),
                     ph=c.ph(psy))
        else:
            tail = W("{t}, {d}\n\nAutoriseret psykolog, specialist i børnepsykologi\nPrivat praksis",
                     t=town, d=c.d())
        head = W("{t}\n\n", t=title)
    elif sub == "tale":
        tp = pro("talepaed")
        title = "Tale-/sprogvurdering – PPR, %s Kommune" % c.mun
        header = ch(["PPR – tale/sprog", "Fortroligt", "PPR %s" % c.mun])
        kl = klasse(kid)
        if P:
            left = [W("Navn: {n}", n=c.n(kid, ch(["full", "lf"]))), W("Fødselsdato: {d}", d=c.db(kid)),
                    W("CPR: {x}", x=c.cp(kid)),
                    B("Klasse: " + kl), W("Forældre: {m} og {f}", m=c.n(mor, "full"), f=c.n(far, "first"))]
            right = [W("Talepædagog: {t}", t=c.n(tp, "full")), W("Tlf.: {p}", p=c.ph(tp)),
                     W("Mail: {e}", e=c.em(tp, "work")), B("Dato: " + c.d())]
        else:
            left = [B("Barn: Barn A (%d år)" % age(kid)), B("Klasse: " + kl), B("Forældre: mor og far")]
            right = [B("Talepædagog, PPR"), B("Dato: " + c.d()), B(sagsnr())]
        bodies = shuffled_mid([
            lambda: W("Henvisningsårsag: Forældrene og skolen er bekymrede for {kg} udtale og ordforråd. "
                      "{k} blev sprogvurderet første gang {d} (Sprogvurdering 3-6) og fik da en fokuseret "
                      "indsats.\n\n", kg=c.g(kid), k=c.n(kid, "first", cap=True), d=d1)],
            [lambda: W("Udtale: /s/ realiseres som /t/ foran vokal, og konsonantforbindelser forenkles "
                       "(\"tol\" for \"stol\"). {H} er let forståelig for kendte voksne, men {m} oplyser, at "
                       "bedsteforældrene ofte ikke forstår {ham}.\n\n", H=pk["Han"], ham=pk["ham"],
                       m=c.n(mor, "first")),
             lambda: W("Sprogforståelse: {k} forstår enkle beskeder i to led, men har svært ved længere "
                       "instruktioner. Ordforrådet ligger under alderssvarende niveau (TRAS).\n\n",
                       k=c.n(kid, "first", cap=True)),
             lambda: W("Hjemmesprog: Familien taler {l} derhjemme, og {f} taler mest dansk med {ham}. "
                       "{k} skifter ubesværet mellem sprogene i leg.\n\n", l=LANG[fam["origin"]],
                       f=c.n(far, "first"), ham=pk["ham"], k=c.n(kid, "first", cap=True)),
             lambda: W("Kontakt: {t} kan træffes {p} tirsdag og torsdag kl. 8-10{e}.\n\n",
                       t=c.n(tp, "first", cap=True),
                       p=["på ", c.ph(tp)] if P else "via PPR's sekretariat",
                       e=[" eller på ", c.em(tp, "work")] if P else ""),
             lookalike,
             lambda: W("Anbefaling: Ugentlig taleundervisning i 12 uger og forældrevejledning to gange. "
                       "Klasselæreren{l} inddrages i øvelser i klassen.\n\n",
                       l=[" ", c.n(pro("laerer"), "full")] if P else "")])
        tail = W("Med venlig hilsen\n{t}\nTalepædagog, cand.mag.", t=c.n(tp, "full") if P else "PPR")
        head = W("{t}\n\n", t=title)
    elif sub == "tand":
        tl = pro("tandlaege")
        header = ch(["Den Kommunale Tandpleje", "Fortroligt – tandplejen"])
        if P:
            left = [W("Patient: {n}", n=c.n(kid, "lf")), W("Født: {d}", d=c.db(kid)), W("CPR: {x}", x=c.cp(kid)),
                    W("Adresse: {a}", a=c.ad(kid, "full")),
                    W("Forælder: {m}, {t}", m=c.n(mor, "full"), t=c.ph(mor))]
            right = [B("Klinik: Tandklinik Nord"), W("Tandlæge: {t}", t=c.n(tl, "full")),
                     B("Udskrevet: " + c.d())]
        else:
            left = [B("Patient: Barn A (%d år)" % age(kid)), B("Forælder: mor")]
            right = [B("Klinik: Tandklinik Nord"), B("Udskrevet: " + c.d())]
        head = W("Den Kommunale Tandpleje – {m} Kommune\nUnderretning om gentagne udeblivelser\n\n", m=c.mun)
        bodies = shuffled_mid([
            lambda: W("{k} har været indkaldt til undersøgelse {a}, {b2} og {cc} uden at møde op. Der er sendt "
                      "breve{ad} og sms{ph}, men vi har ikke fået svar.\n\n", k=c.n(kid, "first", cap=True),
                      a=d1, b2=d2, cc=d3, ad=[" til ", c.ad(kid, "street")] if P else " til bopælen",
                      ph=[" til ", c.ph(mor)] if P else " til forælderen")],
            [lambda: W("Ved seneste besøg blev der konstateret caries i flere tænder (K02.1), og {k} klagede "
                       "over tandpine. {m} gav udtryk for, at hun troede, behandlingen kostede penge, selvom "
                       "tandplejen er gratis for børn og unge under 18 år.\n\n", k=c.n(kid, "first"),
                       m=c.n(mor, "first", cap=True)),
             lambda: W("Vi vurderer, at udeblivelserne kan være udtryk for omsorgssvigt, og sender derfor denne "
                       "underretning. Vi beder om en kvittering for modtagelsen.\n\n"),
             lambda: W("Tandlæge {t} kan kontaktes {p} alle hverdage kl. 8-15.\n\n",
                       t=c.n(tl, "full") if P else "", p=["på ", c.ph(tl)] if P else "via klinikkens telefontid"),
             lambda: W("{k} fortalte ved besøget, at {h} børster tænder \"nogle gange\" og at {mf} arbejder om "
                       "aftenen. {H} spiser ofte morgenmad i skolen.\n\n", k=c.n(kid, "first", cap=True),
                       h=pk["han"], H=pk["Han"], mf=c.n(mor, "first") if P else "mor"),
             lookalike])
        tail = W("Med venlig hilsen\n{t}\nOvertandlæge, Den Kommunale Tandpleje",
                 t=c.n(tl, "full") if P else "")
    else:  # ret
        adv, adv2, judge = pro("advokat"), pro("advokat"), pro("dommer")
        nabo = Person("dk", ch("mf"), "nabo", born=rdate(1950, 1990))
        bis = pro("bisidder")
        rtown = ch(["Holstebro", "Aarhus", "Odense", "Esbjerg", "Aalborg", "Randers", "Herning", "Viborg"])
        header = ch(["Retten i %s – retsbog" % rtown, "RETSBOG – lukkede døre", "Retten i %s" % rtown])
        yr = 2025
        head = W("RETSBOG\n\nÅr {y}, den {d} kl. {t} holdt Retten i {r} retsmøde for lukkede døre.\n\n"
                 "Sag BS-{n}/{y}\n{m}\n({a})\nmod\nAnkestyrelsen\n({a2})\n\n", y=str(yr),
                 d=dfmt(rdate(2025, 2025, 1, 6), "long")[:-5], t=ch(["09.30", "10.00", "13.00"]), r=rtown,
                 n=str(R.randint(1000, 9999)),
                 m=c.n(mor, "full") if P else "Moderen (sagsøger)",
                 a=(["advokat ", c.n(adv, "full")] if P else "beskikket advokat"),
                 a2=(["advokat ", c.n(adv2, "full")] if P else "Kammeradvokaten"))
        bodies = shuffled_mid([
            lambda: W("Sagen angår prøvelse af Ankestyrelsens afgørelse af {d} om anbringelse uden for hjemmet "
                      "uden samtykke af {k}{f}, jf. barnets lov § 47.\n\n", d=d1,
                      k=c.n(kid, "full"), f=[", f. ", c.db(kid)] if P else f" ({age(kid)} år)")],
            [lambda: W("Dommer: {j}. Som sagkyndige deltog en børnesagkyndig psykolog og en socialrådgiver.\n\n",
                       j=c.n(judge, "full") if P else "en dommer fra retten"),
             lambda: W("Sagsøgeren{m} afgav forklaring. Hun forklarede blandt andet, at hun har boet på adressen "
                       "siden 2021, og at hun ikke har haft kontakt med {f} siden sommeren. Hun har aldrig slået "
                       "{k}, men erkendte, at hun råbte meget i perioden efter skilsmissen.\n\n",
                       m=[", ", c.n(mor, ch(["full", "hyph"])), ", ", c.ad(mor, ch(["full", "hyph"])), ","] if P else "",
                       f=c.n(far, "first"), k=c.n(kid, "first")),
             lambda: W("Vidnet {s}, socialrådgiver i {mu} Kommune, forklarede, at der siden {d} er modtaget syv "
                       "underretninger vedrørende {k}, herunder fra skolen og fra {nb}.\n\n",
                       s=c.n(cw, ch(["full", "hyph"])) if P else "(sagsbehandleren)", mu=c.mun, d=d2,
                       k=c.n(kid, "first"),
                       nb=["en nabo, ", c.n(nabo, "full"), ", der bor på ", c.ad(nabo, "street")] if P
                       else "en nabo"),
             lambda: W("Advokat {a} gjorde gældende, at betingelserne i § 47 ikke er opfyldt, og at mindre "
                       "indgribende støtte, herunder en familiebehandler i hjemmet, ikke er afprøvet "
                       "tilstrækkeligt.\n\n", a=c.n(adv, "last") if P else "for sagsøgeren"),
             lambda: W("Advokat {a} gjorde gældende, at der er åbenbar risiko for, at {kg} sundhed eller "
                       "udvikling lider alvorlig skade, og at anbringelsen er nødvendig.\n\n",
                       a=c.n(adv2, "last") if P else "for Ankestyrelsen", kg=c.g(kid)),
             lambda: W("Barnets bisidder{b} var til stede under den del af mødet, hvor {kg} holdning blev "
                       "gennemgået. {k} har selv udtalt, at {h} gerne vil blive boende hos plejefamilien{pf}.\n\n",
                       b=[", ", c.n(bis, "full"), ","] if P else "", kg=c.g(kid),
                       k=c.n(kid, "first", cap=True), h=pron(kid)["han"],
                       pf=[" ", c.n(Person("dk", "f", "plejemor"), "title")] if P and pr(0.5) else ""),
             lookalike])
        tail = W("Retten afsiger dom den {d}.\nRetsmødet hævet kl. {t}.\n\n{j}\ndommer",
                 d=dfmt(rdate(2025, 2025, 6, 9), "long"), t=ch(["12.10", "14.45", "15.20"]),
                 j=c.n(judge, "full") if P else "")
        left = right = []
    if left:
        top = two_columns(left, right) if pr(0.7) else B([x.add("\n") for x in left + right])
        head = B(head, top, "\n")
    b = assemble(c, None, bodies, tail, margin=20, extra=head.words())
    doc = Doc(head)
    start = len(doc.chars)
    body = Doc(b)
    pdf_wrap(body, ch([66, 72, 78, 86]), 0.65)
    doc.concat(body)
    pdf_pages(doc, header, start)
    pdf_chars(doc, lig=pr(0.65), nbsp=pr(0.6), zw=ch([0, 0.003, 0.006]), shy=ch([0, 0.004, 0.008]))
    return doc, sub


# --------------------------------------------------------------------------- genre 2: invoices
def g_invoice(c):
    sub = pick_sub(c, ["faktura", "faktura", "pleje", "konsulent", "bilag", "korsel"])
    P = c.P
    fam = family(kid_years=(2008, 2020))
    home(fam)
    kid, mor = fam["kids"][0], fam["mor"]
    cw = pro("sagsbehandler", mun=c.mun)
    prov, pdom = ch(PROVIDERS)
    if not P:
        prov = ch(["Privat opholdssted (leverandør)", "Leverandør: privat botilbud", "Privat leverandør af døgnophold"])
    m0 = R.randint(1, 5)
    days = [31, 28, 31, 30, 31, 30][m0 - 1]
    per = "01.%02d.2025–%02d.%02d.2025" % (m0, days, m0)
    fakno = ch(["%d-%04d" % (2025, R.randint(1, 2999)), "F%06d" % R.randint(1000, 99999),
                "%d/%d" % (R.randint(100, 999), 25)])
    bodies, tail = [], None
    if sub == "faktura":
        leader = pro("leder")
        rate = ch([2890, 3150, 3450, 3875, 4210, 4650])
        tot = rate * days
        extra_h = R.randint(2, 10)
        extra = extra_h * 425
        head = W("FAKTURA\n{p}\nCVR-nr. {cv}\n\nFaktura nr.: {f}\nFakturadato: {d}\n\n"
                 "Att.: {a}\n{m} Kommune, Børn og Unge – Myndighed\nEAN: {e}\n\n",
                 p=prov, cv=cvr(), f=fakno, d=dfmt(dt.date(2025, m0, days), "dmy."),
                 a=c.n(cw, ch(["full", "full", "init", "lf"])) if P else "Børn og Unge, Myndighed",
                 m=c.mun, e=ean())
        bodies = shuffled_mid([
            lambda: W("Vedr.: {k}{x}\nPeriode: {p}\n\n", k=c.n(kid, "full") if P else f"Barn A ({age(kid)} år)",
                      x=ch([[", cpr ", c.cp(kid)], [", f. ", c.db(kid)], [" (", c.db(kid, "dmy."), "), cpr.nr. ", c.cp(kid)]])
                      if P else ", anbragt efter barnets lov § 46", p=per),
            lambda: W("Døgntakst: {n} døgn à {r} kr. = {t} kr.\n", n=str(days), r=kr(rate), t=kr(tot))],
            [lambda: W("Ekstra personaletimer ved samvær med {m}: {h} t à 425,00 kr. = {t} kr.\n",
                       m=c.n(mor, ch(["full", "first", "title"])) if P else "mor", h=str(extra_h), t=kr(extra)),
             lambda: W("Kørsel til samvær{a}: {k} km à 3,79 kr.\n",
                       a=[" (afhentning ", c.ad(mor, ch(["full", "street"])), ")"] if P else "", k=str(R.randint(40, 380))),
             lambda: W("Lommepenge og tøjpenge udlagt: {t} kr. (bilag vedlagt)\n", t=kr(R.randint(400, 2200))),
             lambda: W("Bemærkning: {k} har haft {n} dages fravær fra skolen i perioden; se statusrapport.\n",
                       k=c.n(kid, "first", cap=True) if P else "Barnet", n=str(R.randint(1, 9))),
             lambda: W("\nI alt ekskl. moms: {t} kr.\nMoms: 0,00 kr. (momsfritaget socialydelse)\n",
                       t=kr(tot + extra)),
             lookalike],
            [lambda: W("\nBetaling: reg.nr. {r} kontonr. {k}, netto 30 dage.\n", r=regnr(), k=kontonr())])
        tail = W("\nSpørgsmål til fakturaen: {l}{t}{e}",
                 l=c.n(leader, "full") if P else "bogholderiet",
                 t=[", tlf. ", c.ph(leader)] if P else "",
                 e=[", ", c.em(leader, "org", pdom)] if P else ", via hjemmesiden")
    elif sub == "pleje":
        pm = Person(ch(["dk", "dk", "dkr", "fo", "gl", "ph", "th"]), "f", "plejemor", born=rdate(1962, 1985))
        pf = Person("dk", "m", "plejefar", born=rdate(1960, 1984), last=pm.last if pr(0.6) else None)
        pf._addr = pm.addr()
        antal = ch([3, 4, 5, 6])
        ved = ch([6105.22, 5984.00, 6250.75, 6412.10])
        omk = ch([5843.00, 6120.50, 4980.00])
        head = W("Udbetalingsspecifikation – plejefamilie\n{m} Kommune · Børn og Unge\n{d}\n\n",
                 m=c.mun, d=dfmt(dt.date(2025, m0, R.randint(1, 25)), "dmy."))
        if P:
            rec = W("Modtager: {a} og {b}\n{ad}\nCPR (modtager): {cp}\n\n", a=c.n(pm, "full"),
                    b=c.n(pf, ch(["full", "first"])), ad=c.ad(pm, "two"), cp=c.cp(pm))
        else:
            rec = W("Modtager: plejefamilien (godkendt af Socialtilsyn)\nUdbetales til plejefamiliens NemKonto\n\n")
        bodies = shuffled_mid([
            lambda: rec,
            lambda: W("Vedr. anbragt barn: {k}\n", k=[c.n(kid, "full"), ", f. ", c.db(kid)] if P
                      else f"Barn A, {age(kid)} år"),
            lambda: W("Vederlag: {n} x {v} kr. = {t} kr.\nOmkostningsbeløb: {o} kr.\n", n=str(antal), v=kr(ved),
                      t=kr(antal * ved), o=kr(omk))],
            [lambda: W("Kørsel til samvær {d}: 2 x {k} km{a}\n", d=c.d("dmy."), k=str(R.randint(12, 90)),
                       a=[" (hos ", c.n(mor, "full"), ", ", c.ad(mor, ch(["street", "full"])), ")"] if P else ""),
             lambda: W("Tandregulering, egenbetaling refunderet: {t} kr.\n", t=kr(R.randint(300, 1500))),
             lambda: W("Bemærkning fra {s}: vederlaget er forhøjet fra {d} pga. øget støttebehov.\n",
                       s=c.n(cw, ch(["full", "init"])) if P else "sagsbehandleren", d=c.d("dmy.")),
             lambda: W("Fradrag: børne- og ungeydelse tilbageholdt for kvartalet.\n"),
             lookalike])
        tail = W("\nUdbetalingsdato: {d}{x}", d=dfmt(dt.date(2025, m0, 28 if m0 == 2 else 30), "dmy."),
                 x=["\nSpørgsmål: ", c.n(cw, "full"), ", ", c.ph(cw)] if P else
                 ["\nSpørgsmål: kommunens hovednummer ", c.sw()])
    elif sub == "konsulent":
        kons = Person(pick_origin(True), ch("mf"), "konsulent", born=rdate(1965, 1990))
        hours = R.randint(4, 16)
        rate = ch([850, 950, 1050, 1150])
        if P:
            head = W("{n}\n{t}\n{a}\nCVR {cv} · Tlf. {p} · {e}\n\n", n=c.n(kons, "full"),
                     t=ch(["Autoriseret psykolog", "Familiebehandler, MPF", "Selvstændig kontaktperson"]),
                     a=c.ad(kons, ch(["two", "full"])), cv=cvr(), p=c.ph(kons), e=c.em(kons))
        else:
            head = W("{t}\nCVR {cv}\n\n", t=ch(["Privat psykologpraksis", "Privat familiebehandler (ApS)",
                                               "Privat leverandør af kontaktpersonordning"]), cv=cvr())
        bodies = shuffled_mid([
            lambda: W("Faktura {f} af {d}\nAtt.: {a}, {m} Kommune\nEAN {e}\n\n", f=fakno, d=c.d("dmy."),
                      a=c.n(cw, ch(["full", "init"])) if P else "Børn og Unge", m=c.mun, e=ean()),
            lambda: W("Vedr.: {k}\n", k=[c.n(kid, "full"), ", f. ", c.db(kid)] if P else "Barn A og familien"),
            lambda: W("Ydelse: {h} samtaler med familien {f} à {r} kr. = {t} kr.\n",
                      h=str(hours), f=c.n(mor, "last") if P else "(sagsnr. i rekvisitionen)", r=kr(rate),
                      t=kr(hours * rate))],
            [lambda: W("Samtalerne er afholdt i hjemmet{a} i perioden {p}.\n",
                       a=[" på ", c.ad(mor, "street")] if P else "", p=per),
             lambda: W("Aflyst med mindre end 24 timers varsel: {d} ({m} var syg).\n", d=c.d("dmy."),
                       m=c.n(mor, "first") if P else "mor"),
             lambda: W("Transport: {k} km à 3,79 kr.\n", k=str(R.randint(20, 200))),
             lambda: W("Kort status: {k} deltager nu selv i en del af samtalerne, og {m} har fået bedre "
                       "struktur på morgenerne.\n", k=c.n(kid, "first", cap=True) if P else "Barnet",
                       m=c.n(mor, "first") if P else "mor"),
             lookalike])
        tail = W("\nBeløbet bedes indbetalt på reg.nr. {r} konto {k}.\nMed venlig hilsen{n}",
                 r=regnr(), k=kontonr(), n=["\n", c.n(kons, ch(["first", "full"]))] if P else "")
    elif sub == "bilag":
        head = W("Udbetalingsliste – Børn og Unge, {m} Kommune\nKørsel: {d}  Bruger: {u}\n\n"
                 "Bilagsnr. | Kreditor | CPR/CVR | Beløb | Tekst\n", m=c.mun, d=c.d("dmy."),
                 u=c.n(cw, "init") if P else "BUM-ADM")
        lines = []
        for _ in range(8):
            def line(typ=ch(["aflast", "kontakt", "pleje", "firma", "firma"])):
                bn = str(R.randint(4100000, 4999999))
                amt = kr(R.randint(1200, 48000) + ch([0, 0.5, 0.25]))
                if typ == "firma" or not P:
                    nmx, idx = (ch(PROVIDERS)[0] if P else "Privat leverandør (ApS)"), cvr()
                    if typ != "firma":
                        nmx = ch(["Aflastningsfamilie 7", "Kontaktperson 12", "Plejefamilie 3"])
                        idx = "—"
                    return W("{b} | {n} | {i} | {a} | {t}\n", b=bn, n=nmx, i=idx, a=amt,
                             t=ch(["døgnophold", "aflastning uge %d" % R.randint(1, 52), "kontaktperson",
                                   "vederlag"]))
                p = Person(pick_origin(), ch("mf"), typ, born=rdate(1960, 1996))
                return W("{b} | {n} | {i} | {a} | {t}\n", b=bn, n=c.n(p, ch(["lf", "full", "caps"])),
                         i=c.cp(p, ch(["-", "10"])), a=amt,
                         t={"aflast": "aflastning weekend", "kontakt": "kontaktperson %d t" % R.randint(4, 30),
                            "pleje": "vederlag + omk."}[typ])
            lines.append(line)
        bodies = lines + [lookalike]
        tail = W("\nAttesteret: {a}   Godkendt: {g}", a=c.n(cw, "init") if P else "sagsbehandler",
                 g=c.n(pro("leder"), "init") if P else "leder")
    else:  # korsel
        pm = Person(ch(["dk", "dkr", "dk", "gl"]), ch("mf"), "plejemor" if pr(0.6) else "plejefar",
                    born=rdate(1962, 1985))
        head = W("Kørselsregnskab – samvær\n{m} Kommune, Børn og Unge\n", m=c.mun).add(case_head(c, kid)).add("\n")
        if P:
            head.w("Navn: {n}\nAdresse: {a}\nReg.nr./konto: {r} – {k}\n\n", n=c.n(pm, "full"),
                   a=c.ad(pm, ch(["full", "sloppy"])), r=regnr(), k=kontonr())
        else:
            head.w("Plejefamilie: (registreret i fagsystemet)\nUdbetaling: NemKonto\n\n")
        trips = []
        for _ in range(7):
            def trip():
                d = c.d("dmy.")
                km = R.randint(8, 95)
                if P and pr(0.6):
                    return W("{d}  hjem → {m}, {a} → hjem  {k} km  (samvær med {n})\n", d=d,
                             m=c.n(mor, ch(["full", "first"])), a=c.ad(mor, "street"), k=str(km * 2),
                             n=c.n(kid, "first"))
                return W("{d}  hjem → Familiehuset {p} → hjem  {k} km\n", d=d,
                         p=ch(PLACES_NO_NUMBER), k=str(km * 2))
            trips.append(trip)
        bodies = trips + [lookalike]
        tail = W("\nJeg erklærer på tro og love, at kørslen er foretaget.\nUnderskrift: {n}",
                 n=c.n(pm, ch(["full", "first"])) if P else "(plejeforælder)")
    b = assemble(c, head, bodies, tail, post=journal_blocks(c, kid, mor, fam["far"], cw))
    return Doc(b), sub


# --------------------------------------------------------------------------- genre 3: transport
def klasse(p):
    a = age(p)
    if a < 3:
        return ch(["vuggestue", "dagpleje"])
    if a < 6:
        return "børnehave"
    return "%d.%s" % (min(10, a - 6), ch("abcd"))


def pick_sub(c, subs):
    return subs[c.k % len(subs)]


def hhmm():
    return "%02d.%02d" % (R.randint(7, 19), ch([0, 5, 10, 15, 20, 30, 40, 45, 50]))


def g_transport(c):
    sub = pick_sub(c, ["booking", "booking", "sms", "note", "tlf", "mail"])
    P = c.P
    fam = family(kids=ch([1, 1, 2]), kid_years=(2011, 2022))
    kid, mor, far = fam["kids"][0], fam["mor"], fam["far"]
    sib = fam["kids"][1] if len(fam["kids"]) > 1 else None
    parent = mor if pr(0.65) else far
    pm = Person(ch(["dk", "dk", "dkr", "gl", "fo"]), "f", "plejemor", born=rdate(1963, 1988))
    for k in fam["kids"]:
        k._addr = pm.addr()
    drv = Person(ch(["dk", "tr", "ar", "pk", "ku", "af", "ba", "so", "pl"]), "m", "chauffoer")
    esc = pro("ledsager")
    cw = pro("sagsbehandler", mun=c.mun)
    comp, cdom = ch(TAXI)
    dd = c.date - dt.timedelta(days=R.randint(0, 120))
    day = WEEKDAYS[dd.weekday()]
    date = dfmt(dd, "dmy.")
    t1, t2, t3 = sorted(hhmm() for _ in range(3))
    bodies, tail = [], None
    pk = pron(kid)
    kids_txt = (lambda: [c.n(kid, "first"), " og ", c.n(sib, "first")] if sib else c.n(kid, "first")) if P \
        else (lambda: "børnene" if sib else "barnet")
    if sub == "booking":
        head = W("Kørselsbestilling – {co}\nBestillingsnr.: {n}\nDato: {day} {d}\n\n", co=comp,
                 n=ch(["TX-%d" % R.randint(10000, 99999), "FL%d" % R.randint(100000, 999999), "#%d" % R.randint(1000, 9999)]),
                 day=day, d=date)
        if pr(0.5):
            head.add(case_head(c, kid)).add("\n")
        if P:
            core = [lambda: W("Afhentning kl. {t}: {k} ({a}){s}, {ad}\n", t=t1, k=c.n(kid, "full"),
                              a=["f. ", c.db(kid)] if pr(0.75) else "%d år" % age(kid),
                              s=[" og ", c.n(sib, "first"), " (", str(age(sib)), " år)"] if sib else "",
                              ad=c.ad(kid, ch(["full", "full", "sloppy"]))),
                    lambda: W("Aflevering kl. {t}: samvær hos {p}, {ad}\n", t=t2, p=c.n(parent, ch(["full", "first"])),
                              ad=c.ad(parent, ch(["full", "street", "two"]))),
                    lambda: W("Ledsager: {e}, tlf. {p}\n", e=c.n(esc, "full"), p=c.ph(esc)),
                    lambda: W("Retur kl. {t} til plejefamilien, samme adresse\n", t=t3)]
        else:
            core = [lambda: W("Afhentning kl. {t}: Barn A ({a} år) på plejeadressen (kendt af vognmanden)\n",
                              t=t1, a=str(age(kid))),
                    lambda: W("Aflevering kl. {t}: Familiehuset, {p}\n", t=t2, p=ch(PLACES_NO_NUMBER)),
                    lambda: W("Ledsager: samværsstøtte fra Familiehuset\nRetur kl. {t}\n", t=t3)]
        bodies = core + shuffled_mid([], [
            lambda: W("Chauffør: {d} (vogn {v}){t}\n", d=c.n(drv, ch(["first", "full"])) if P else "fast chauffør",
                      v=str(R.randint(11, 480)), t=[", mobil ", c.ph(drv)] if P else ""),
            lambda: W("Bemærkninger: {k} skal sidde i selepude. Må kun udleveres til ledsager eller plejemor{pm}.\n",
                      k=c.n(kid, "first", cap=True) if P else "Barnet",
                      pm=[" (", c.n(pm, ch(["full", "first"])), ", ", c.ph(pm), ")"] if P else ""),
            lambda: W("Ved forsinkelse kontaktes {s}{p}.\n", s=c.n(cw, "full") if P else "vagttelefonen",
                      p=[" på ", c.ph(cw)] if P else [" via ", c.sw()]),
            lambda: W("Fakturering: {m} Kommune, EAN {e}, {sn}\n", m=c.mun, e=ean(), sn=sagsnr()),
            lambda: W("Fast kørsel hver {d} i uge {a}-{b}.\n", d=ch(WEEKDAYS), a=str(R.randint(2, 20)),
                      b=str(R.randint(21, 50))),
            lookalike])
        tail = W("\nBestilt af: {s}{e}", s=c.n(cw, ch(["full", "init"])) if P else "Børn og Unge, Myndighed",
                 e=[" <", c.em(cw, "work"), ">"] if P and pr(0.7) else "")
    elif sub == "sms":
        dn = c.n(drv, "first") if P else "Chauffør"
        en = c.n(esc, "first") if P else "Ledsager"
        head = W("Sms-tråd, kørsel til samvær {d} (kopieret til journalen)\n", d=date).add(case_head(c, kid)).add("\n")
        msgs = [
            lambda: W("{t} {dn}: hej jeg holder ved {a} nu men der er ingen der åbner\n", t=t1, dn=dn,
                      a=c.ad(kid, ch(["street", "sloppy"])) if P else "plejefamilien"),
            lambda: W("{t} {en}: prøv at ringe til plejemor på {p}\n", t=t1, en=en,
                      p=c.ph(pm, ch(["8", "2222", "44"])) if P else "det nummer du fik i går"),
            lambda: W("{t} {dn}: ok hun kommer ned nu med {k}\n", t=t1, dn=dn, k=kids_txt()),
            lambda: W("{t} {en}: Ændring!! samværet er flyttet til torsdag. ny afhentning {a} kl {tt}\n", t=t2,
                      en=en, a=c.ad(kid, ch(["street", "full"])) if P else "samme sted", tt=t3),
            lambda: W("{t} {dn}: forstået. {m} har lige skrevet til mig fra {p}, skal jeg svare {hh}?\n", t=t2,
                      hh="hende" if parent.g == "f" else "ham",
                      dn=dn, m=c.n(parent, "first") if P else "forælderen",
                      p=c.ph(parent, ch(["8", "+45 8", "2222"])) if P else "et nyt nummer"),
            lambda: W("{t} {en}: nej henvis til {s}{p}\n", t=t2, en=en, s=c.n(cw, "first") if P else "rådgiveren",
                      p=[" på ", c.ph(cw)] if P else ""),
            lambda: W("{t} {dn}: vi er fremme ved {a}, {k} sov i bilen\n", t=t3, dn=dn,
                      a=c.ad(parent, ch(["street", "sloppy"])) if P else "samværsadressen", k=kids_txt()),
            lambda: W("{t} {en}: tak. husk kvittering til kørselskontoret\n", t=t3, en=en),
            lookalike]
        bodies = msgs
        tail = W("\nNoteret af {s}, {d}.", s=c.n(cw, ch(["init", "full"])) if P else "sagsbehandler", d=c.d())
    elif sub == "note":
        head = W("Samværsplan – praktiske aftaler\n{k}\n\n",
                 k=[c.n(kid, "full"), " (f. ", c.db(kid), ")"] + ([" og ", c.n(sib, "full"), " (f. ", c.db(sib), ")"] if sib else [])
                 if P else ("Barn A (%d år)" % age(kid)) + (" og Barn B (%d år)" % age(sib) if sib else ""))
        bodies = [
            lambda: W("Samvær med {p}: hver anden lørdag kl. 10-13, overvåget, i Familiehuset {pl}.\n",
                      p=c.n(parent, "full") if P else role(parent), pl=ch(PLACES_NO_NUMBER)),
            lambda: W("Kørsel: {co} henter {k} hos plejefamilien{pf} kl. {t}.\n", co=comp, k=kids_txt(), t=t1,
                      pf=[" ", c.n(pm, "last"), ", ", c.ad(pm, ch(["full", "two", "street"]))] if P else ""),
            lambda: W("Kontaktperson på dagen: {e}{p}.\n", e=c.n(esc, "full") if P else "samværsstøtten",
                      p=[", ", c.ph(esc)] if P else ""),
            lambda: W("Ved aflysning skal {p} ringe senest fredag kl. 12 til {s}{t}. Aflyses der uden varsel to "
                      "gange, tages planen op igen.\n", p=c.n(parent, "first") if P else role(parent),
                      s=c.n(cw, "full") if P else "sagsbehandleren", t=[" på ", c.ph(cw)] if P else ""),
            lambda: W("Plejemor {pg} telefon er {t}. Hun ønsker sms dagen før.\n", pg=c.g(pm, "gen") if P else "har ny",
                      t=c.ph(pm) if P else "- nummeret er noteret i fagsystemet"),
            lambda: W("Ferie: i uge 29 og 30 er der intet samvær; {p} er i {l} hos familie{ad}.\n",
                      p=c.n(parent, "first") if P else role(parent), l=ch(["Polen", "Tyrkiet", "Grønland", "Sverige", "Tyskland", "England"]),
                      ad=[" (", Sp("address", foreign_addr()), ")"] if P and pr(0.6) else ""),
            lookalike,
            lambda: W("Planen er drøftet med {k} ved børnesamtale {d}. {H} ønsker at tage sin {ting} med til samvær.\n",
                      k=c.n(kid, "first") if P else "barnet", d=c.d(), H=pk["Han"], ting=ch(["bamse", "iPad", "fodbold"]))]
        tail = W("\n{s}, {m} Kommune", s=c.n(cw, "full") if P else "Sagsbehandler", m=c.mun)
    elif sub == "tlf":
        head = W("Telefonnotat {d} kl. {t}\n", d=date, t=t1).add(case_head(c, kid)).add("\n")
        bodies = [
            lambda: W("{dr} fra {co} ringer. {sp}\n", dr=c.n(drv, "full", cap=True) if P else "Chaufføren",
                      co=comp, sp=["Han oplyser, at han kan træffes på \"", c.ph(drv, ch(["spoken", "spoken1"])),
                                   "\", og at han ikke kunne komme ind på ", c.ad(parent, "nr"), "."] if P
                      else "Han kunne ikke komme ind ved opgangen og ventede 20 minutter."),
            lambda: W("{p} sagde i samtaleanlægget, at {k} var syg, men {h} kunne høres i baggrunden.\n",
                      p=c.n(parent, "first", cap=True) if P else role(parent, True), k=c.n(kid, "first") if P else "barnet",
                      h=pk["han"]),
            lambda: W("{p} ringer bagefter selv og oplyser et nyt nummer: {t}. Mail: {e}.\n",
                      p=c.n(parent, "first", cap=True), t=c.ph(parent, ch(["spoken", "2222", "8"])),
                      e=Sp("email", parent.email().replace("@", " snabel-a ").replace(".", " punktum ")) if pr(0.5)
                      else c.em(parent)) if P else
            W("Forælderen ringer bagefter selv og oplyser et nyt nummer, som er noteret i fagsystemet.\n"),
            lambda: W("Aftalt at kørslen genbestilles til {d} kl. {t}. {e} følger med som ledsager.\n",
                      d=c.d("long"), t=t2, e=c.n(esc, "full", cap=True) if P else "Samværsstøtten"),
            lambda: W("{k} er født {b}, så der skal bruges selepude.\n", k=c.n(kid, "first", cap=True),
                      b=c.db(kid, ch(["spoken", "long", "dmy."]))) if P else
            W("Barnet er %d år, så der skal bruges selepude.\n" % age(kid)),
            lookalike,
            lambda: W("Orienteret {pm}{p}.\n", pm=c.n(pm, ch(["full", "title"])) if P else "plejemor",
                      p=[" på ", c.ph(pm)] if P else " pr. telefon")]
        tail = W("\n/{s}", s=c.n(cw, "init") if P else "sagsbehandler")
    else:  # mail
        ko = Person("dk", ch("mf"), "kontaktperson")
        head = W("Fra: {f}\nTil: {t}\nEmne: Kørsel til samvær uge {u}\n\n",
                 f=[c.n(cw, "full"), " <", c.em(cw, "work"), ">"] if P else "Børn og Unge, Myndighed",
                 t=[c.n(ko, "full"), " <", c.em(ko, "org", cdom), ">"] if P else "Kørselskontoret",
                 u=str(R.randint(2, 50)))
        if pr(0.6):
            head.add(case_head(c, kid)).add("\n")
        bodies = [
            lambda: W("Hej{k}\n\nKan I bestille kørsel til {b} {d} kl. {t}?\n", k=[" ", c.n(ko, "first")] if P else "",
                      b=kids_txt(), d=day, t=t1),
            lambda: W("Afhentning: {a}\nAflevering: {a2}\n", a=c.ad(kid, ch(["full", "two"])) if P else "plejefamilien",
                      a2=c.ad(parent, ch(["full", "street"])) if P else "Familiehuset " + ch(PLACES_NO_NUMBER)),
            lambda: W("Ledsager er {e} ({p}).\n", e=c.n(esc, "full") if P else "samværsstøtten",
                      p=c.ph(esc) if P else "via Familiehuset"),
            lambda: W("OBS: {p} må ikke få oplyst plejefamiliens adresse. Chaufføren skal køre direkte.\n",
                      p=c.n(parent, "full") if P else role(parent, True)),
            lookalike,
            lambda: W("{k} bliver let køresyg, så I må gerne have en pose i bilen.\n",
                      k=c.n(kid, "first", cap=True) if P else "Barnet")]
        tail = W("\nVenlig hilsen\n{s}\nSocialrådgiver, {m} Kommune{p}",
                 s=c.n(cw, "full") if P else "Sagsbehandler", m=c.mun,
                 p=["\nDirekte: ", c.ph(cw)] if P else "")
    b = assemble(c, head, bodies, tail, post=journal_blocks(c, kid, parent, far if parent is mor else mor, cw))
    return Doc(b), sub


# --------------------------------------------------------------------------- genre 4: angry letters
TYPOS = [("ikke", "ik"), ("sagsbehandler", "sagsbehandlar"), ("undersøgelse", "undersøgelsse"),
         ("Ankestyrelsen", "ankestyrrelsen"), ("fordi", "fordi at"), ("kommunen", "kommunnen"),
         ("selvfølgelig", "selføllig"), ("tror", "troer"), ("hvad", "hva"), ("rigtig", "rigtigt"),
         ("skal", "ska"), ("noget", "noeget"), ("måske", "måske"), ("aldrig", "alderig"),
         ("journalist", "jornalist"), ("mig", "mej"), ("spørger", "spør"), ("hende", "hend"),
         ("ansvar", "ansvaer"), ("løgn", "løjn"), ("derfor", "der for"), ("sådan", "såden")]


def angrify(b, typo_p=0.5, nopunct=False, lower=False):
    out = B()
    for k, t in b.parts:
        if k is not None:
            out.parts.append((k, t))
            continue
        for a, z in TYPOS:
            if a in t and pr(typo_p):
                t = re.sub(r"(?<!\w)" + re.escape(a) + r"(?!\w)", z, t)
        if nopunct:
            t = re.sub(r"[,;](?=\s)", "", t)
            t = re.sub(r"\.(?=\s)", "", t)
        if lower:
            t = t.lower()
        out.parts.append((None, t))
    return out


QUOTES = ["mor har svært ved at sætte barnets behov før sine egne",
          "der er bekymring for barnets trivsel i hjemmet",
          "mor fremstår ikke samarbejdsvillig",
          "far har ikke vist stabil interesse for samvær",
          "forældrene har vanskeligt ved at tage imod vejledning",
          "barnet giver udtryk for at være utryg ved samvær"]
MEDIA = ["TV2", "Ekstra Bladet", "DR", "TV Midtvest", "BT", "en stor facebookgruppe",
         "lokalavisen", "Folketinget"]


def g_angry(c):
    sub = pick_sub(c, ["angry", "angry", "svar", "thread", "sms", "brev"])
    P = c.P
    fam = family(kid_years=(2009, 2021))
    home(fam)
    kid, mor, far = fam["kids"][0], fam["mor"], fam["far"]
    writer = mor if pr(0.6) else far
    if pr(0.15):
        writer = Person(fam["origin"], ch("mf"), ch(["mormor", "morfar", "farmor"]), born=rdate(1950, 1972))
    cw = pro("sagsbehandler", mun=c.mun)
    leader = pro("leder", mun=c.mun)
    esc = pro("ledsager")
    pm = Person(ch(["dk", "dkr"]), "f", "plejemor")
    pk = pron(kid)
    date = c.d("long")
    q = ch(QUOTES)
    caps = pr(0.6)
    nop = pr(0.5)
    wr_role = {"mor": "en meget vred mor", "far": "en far der er træt af jer", "mormor": "mormor",
               "morfar": "morfar", "farmor": "farmor"}[writer.role]

    def angry_parts():
        cwf = c.n(cw, ch(["first", "first", "miss", "full", "caps", "lower"])) if P else "du"
        items = [
            lambda: W("{s} jeg har ringet {n} gange i dag og du tager ALDRIG telefonen. ",
                      s=cwf if P else "Hej", n=str(R.randint(3, 14))),
            lambda: W("du skrev i jeres undersøgelse at \"{q}\" {x} du har mødt mig 2 gange!!! ", q=q,
                      x="HVOR HAR DU DET FRA???" if caps else "hvor har du det fra??"),
            lambda: W("{k} græder hver gang {h} skal tilbage til {pm} og det er JERES skyld. ",
                      k=c.n(kid, ch(["first", "first", "nick", "capsfirst"])) if P else "min " + ("søn" if kid.g == "m" else "datter"),
                      h=pk["han"], pm=c.n(pm, "title") if P else "plejefamilien"),
            lambda: W("jeg klager til Ankestyrelsen og jeg har snakket med en journalist fra {m} så de ved godt "
                      "hvem {s} er. ", m=ch(MEDIA), s=c.n(cw, ch(["full", "caps"])) if P else "du"),
            lambda: W("og {l} har heller ikke svaret mig. I ER ALLESAMMEN ENS!!! ",
                      l=c.n(leader, ch(["full", "last", "title"])) if P else "din chef"),
            lambda: W("min adresse er stadig {a} hvis i gider sende rigtig post og ikke bare e-boks. ",
                      a=c.ad(writer, ch(["full", "sloppy", "sloppy", "street"]))) if P else
            W("i har stadig min adresse hvis i gider sende rigtig post og ikke bare e-boks. "),
            lambda: W("{k} er født {d} og har boet hos mig hele sit liv indtil i tog {ham}. ",
                      k=c.n(kid, ch(["full", "first"])), d=c.db(kid, ch(["dmy.", "long", "d/m-y", "dmy.s"])),
                      ham=pk["ham"]) if P else
            W("mit barn har boet hos mig hele sit liv indtil i tog %s. " % pk["ham"]),
            lambda: W("jeg vil have aktindsigt i ALT og jeg vil have en ny sagsbehandler. "),
            lambda: W("{hs} cpr nummer er {x} hvis i har glemt hvem vi snakker om. ", hs=pk["Hans"],
                      x=c.cp(kid, ch(["-", "10", " "]))) if P else
            W("i har vist glemt hvem vi snakker om. "),
            lambda: W("{e} fra samværet sidder bare og skriver på sin telefon hele tiden. ",
                      e=c.n(esc, ch(["first", "full", "miss"])) if P else "hende"),
            lambda: W("ring til mig på {p} NU. ", p=c.ph(writer, ch(["8", "2222", "44"]))) if P else
            W("ring til mig NU. "),
            lambda: W("Det er ulovligt det i laver og det ved i godt!!!! ")]
        R.shuffle(items)
        return items

    if sub in ("angry", "sms", "brev"):
        if sub == "angry":
            head = W("Fra: {f}\nSendt: {d} {t}\nTil: {to}\nEmne: {e}\n\n",
                     f=[c.n(writer, ch(["full", "full", "lower"])), " <", c.em(writer), ">"] if P else "(afsender: forælder, Digital Post)",
                     d=date, t="%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)),
                     to=[c.n(cw, "full"), " <", c.em(cw, "work"), ">"] if P else "Børn og Unge, Myndighed",
                     e=ch(["SVAR NU!!!", "klage!!!!", "mit barn", "RE: Indkaldelse til møde", "hvorfor svare du ikke"]))
        elif sub == "sms":
            head = W("Sms modtaget på tjenestetelefon {d} kl. {t} fra {f}\n", d=c.d("dmy."), t=hhmm(),
                     f=c.ph(writer, ch(["8", "+45 8", "2222"])) if P else "forælder (nummer i fagsystemet)")
            head.add(case_head(c, kid)).add("\n")
        else:
            head = W("Brev modtaget med posten {d} – håndskrevet, renskrevet af {s}\n", d=c.d("dmy."),
                     s=c.n(cw, "init") if P else "sagsbehandleren").add(case_head(c, kid)).add("\n")
        bodies = angry_parts() + [lookalike]
        if writer.role in ("mormor", "morfar", "farmor"):
            bodies.insert(0, lambda: W("Jeg er {kg} {r}{n} og jeg er rystet over hvordan i behandler min familie. ",
                                       kg=c.g(kid), r=writer.role, n=[", ", c.n(writer, "full"), ","] if P else ""))
        sig = ch([0, 1, 2])
        if P:
            tail = W("\n\n{n}{p}", n=c.n(writer, ch(["first", "full", "caps", "lower"])),
                     p=["\n", c.ph(writer)] if sig == 0 else ["\nSendt fra min iPhone"] if sig == 1 else "")
        else:
            tail = W("\n\n{n}{p}", n=wr_role, p="\nSendt fra min iPhone" if sig == 1 else "")
        b = assemble(c, head, bodies, tail)
        b = angrify(b, 0.5, nop, lower=pr(0.2) and sub == "sms")
        return Doc(b), sub
    # calm answer (optionally quoting a short angry mail first)
    answer = [
        lambda: W("Tak for din mail af {d}. Jeg kan godt høre, at du er meget utilfreds, og jeg vil gerne svare "
                  "på dine spørgsmål.\n\n", d=date),
        lambda: W("Du spørger, hvor vurderingen i undersøgelsen kommer fra. Den bygger på samtaler med dig og {k}, "
                  "oplysninger fra skolen og de underretninger, vi har modtaget. Du har ret til at se sagens akter, "
                  "jf. forvaltningslovens § 9.\n\n", k=c.n(kid, "first") if P else "barnet"),
        lambda: W("Du kan altid tage en bisidder med til møderne, jf. barnets lov § 6.\n\n"),
        lambda: W("Hvis du ønsker at klage over afgørelsen, skal klagen sendes til {m} Kommune inden 4 uger. Vi "
                  "genvurderer afgørelsen, og hvis vi fastholder den, sender vi klagen videre til Ankestyrelsen.\n\n",
                  m=c.mun),
        lambda: W("Jeg har noteret din nye adresse, {a}, og dit telefonnummer, {p}.\n\n",
                  a=c.ad(writer, ch(["full", "two"])), p=c.ph(writer)) if P else
        W("Jeg har noteret dine nye kontaktoplysninger i sagen.\n\n"),
        lambda: W("Du skriver, at du har talt med pressen. Kommunen har tavshedspligt og kan ikke udtale sig om "
                  "konkrete sager, men du er naturligvis velkommen til at tale med, hvem du vil.\n\n"),
        lambda: W("Næste samvær med {k} er {d} kl. {t}. Jeg har bedt {e} om at ringe til dig dagen før.\n\n",
                  k=c.n(kid, "first") if P else "barnet", d=c.d("long"), t=hhmm(),
                  e=c.n(esc, "full") if P else "samværsstøtten"),
        lambda: W("Jeg foreslår, at vi mødes – gerne sammen med min leder{l}.\n\n",
                  l=[", ", c.n(leader, "full")] if P else ""),
        lookalike]
    head = B()
    if sub == "thread":
        head = W("---------- Videresendt besked ----------\nFra: {f}\nDato: {d}\n\n", d=c.d("dmy."),
                 f=[c.n(writer, "full"), " <", c.em(writer), ">"] if P else "forælder")
        head.add(angrify(B(*[fn() for fn in angry_parts()[:2]]), 0.6, True))
        head.add("\n\n---------- Svar ----------\n")
    else:
        if P and pr(0.6):
            head = W("Fra: {f}\nTil: {t}\nEmne: SV: {e}\n\n", f=[c.n(cw, "full"), " <", c.em(cw, "work"), ">"],
                     t=c.em(writer), e=ch(["klage", "mit barn", "Indkaldelse til møde"]))
    if P and pr(0.8):
        head.add(case_head(c, kid)).add("\n")
    elif not P and pr(0.5):
        head.w("Vedr.: jeres barn ({a} år) – {s}\n\n", a=str(age(kid)), s=sagsnr())
    head.w("Kære {n}\n\n", n=c.n(writer, ch(["first", "full"])) if P else
           ("forælder" if writer.role in ("mor", "far") else "pårørende"))
    tail = W("Med venlig hilsen\n\n{s}\nSocialrådgiver, Børn og Unge\n{m} Kommune\n{x}",
             s=c.n(cw, "full") if P else "Sagsbehandler", m=c.mun,
             x=["Direkte tlf. ", c.ph(cw, ch(["2222", "44", "8"])), " (man-tors kl. 9-12)\n", c.em(cw, "work")] if P
             else ["Hovednummer ", c.sw(), " (man-tors kl. 9-12)"])
    b = assemble(c, head, answer, tail)
    return Doc(b), sub


# --------------------------------------------------------------------------- genre 5: aftercare
BANKS = ["Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Lunar", "Arbejdernes Landsbank"]
CREDITORS = ["Lowell", "Klarna", "Intrum", "Gældsstyrelsen", "Telmore", "ViaBill"]


def g_aftercare(c):
    sub = pick_sub(c, ["mentorlog", "mentorlog", "ungbesked", "ungbesked", "ungeplan", "bolig", "gaeld", "jobcenter"])
    P = c.P
    o = pick_origin()
    yg = Person(o, ch("mf"), "ung", born=rdate(2003, 2006, 4, 12))
    mor = Person(o, "f", "mor", born=rdate(1970, 1986))
    mentor = pro("mentor")
    ll = Person(ch(["dk", "dk", "dkr", "tr", "pk"]), ch("mf"), "udlejer", born=rdate(1955, 1985))
    jc = pro("jobkonsulent")
    cw = pro("sagsbehandler", mun=c.mun)
    friend = Person(ch(["dk", o]), ch("mf"), "ven", born=rdate(2002, 2007))
    bank = ch(BANKS)
    cred = ch(CREDITORS)
    amt = lambda: kr(R.randint(300, 15000))
    yp = pron(yg)
    yf = lambda cap=False: c.n(yg, ch(["first", "first", "first", "nick"]), cap=cap) if P else ("Den unge" if cap else "den unge")
    a = age(yg)
    bodies, tail = [], None
    if sub == "mentorlog":
        head = W("Mentorlog – {y} ({a})\nMentor: {m}, {pv}\n\n", y=c.n(yg, "full") if P else "Ung A",
                 a=["f. ", c.db(yg)] if P and pr(0.8) else "%d år" % a,
                 m=c.n(mentor, "full") if P else "mentor", pv=ch(PROVIDERS)[0] if P else "privat mentorordning")
        ents = [
            lambda: W("{d}: Mødtes med {y}{ad}. Lejligheden var ryddet op, men posten var ikke åbnet siden januar. Vi "
                      "åbnede 14 breve sammen, bl.a. en rykker fra {cr} på {x} kr.\n\n", d=c.d("dmy."), y=yf(),
                      ad=[" på ", c.ad(yg, ch(["street", "full"]))] if P else " i hjemmet", cr=cred, x=amt()),
            lambda: W("{d}: {y} har fået nyt nummer: {p}. Det gamle virker ikke længere.\n\n", d=c.d("dmy."), y=yf(True),
                      p=c.ph(yg)) if P else W("%s: Den unge har fået nyt telefonnummer; det er opdateret i fagsystemet.\n\n" % c.d("dmy.")),
            lambda: W("{d}: Ringede sammen med {y} til udlejer {l}{p} om den manglende husleje. Aftalt afdrag på "
                      "500 kr. pr. måned.\n\n", d=c.d("dmy."), y=yf(), l=c.n(ll, ch(["full", "title"])) if P else "(privat udlejer)",
                      p=[" (", c.ph(ll), ")"] if P else ""),
            lambda: W("{d}: Jobcenteret har indkaldt {y} til samtale {dd} kl. 10. {H} var nervøs, så jeg tager med.\n\n",
                      d=c.d("dmy."), y=yf(), dd=c.d("long"), H=yp["Han"]),
            lambda: W("{d}: {y} fortæller, at {k} er flyttet ind. {kk} står ikke på lejekontrakten.\n\n", d=c.d("dmy."),
                      y=yf(True), k=["kæresten ", c.n(friend, "first")] if P else "kæresten",
                      kk="Vedkommende"),
            lambda: W("{d}: {y} er optaget på HF og får SU som udeboende fra august. Vi lavede budget sammen i appen "
                      "fra {b}.\n\n", d=c.d("dmy."), y=yf(True), b=bank),
            lambda: W("{d}: Svært møde. {y} havde ikke sovet og talte om at droppe ud. Vi aftalte, at {h} ringer til mig "
                      "eller til Livslinien på 70 201 201, hvis det bliver for meget.\n\n", d=c.d("dmy."), y=yf(True),
                      h=yp["han"]),
            lambda: W("{d}: {mg} ringede til mig{p} og ville vide, hvordan det går. Jeg henviste til, at {y} selv skal "
                      "give samtykke til, at jeg fortæller noget.\n\n", d=c.d("dmy."),
                      mg=[c.g(yg, "gen"), " mor, ", c.n(mor, "full"), ","] if P else "Den unges mor",
                      p=[" fra ", c.ph(mor)] if P else "", y=yf()),
            lookalike]
        bodies = ents
        tail = W("/{m}", m=c.n(mentor, "init") if P else "mentor")
    elif sub == "ungbesked":
        head = W("Beskeder fra {y} til mentor (kopieret fra Messenger {d})\n\n", y=c.n(yg, "first") if P else "den unge",
                 d=c.d("dmy."))
        ents = [
            lambda: W("hej {m} kan du ringe til min udlejer han hedder {l} hans nr er {p} han siger jeg skylder for "
                      "marts men jeg har betalt!! min su kom først d 5\n\n", m=c.n(mentor, ch(["first", "lowerfirst"])),
                      l=c.n(ll, ch(["full", "lower", "first"])), p=c.ph(ll, ch(["8", "2222", "44"]))) if P else
            W("hej kan du ringe til min udlejer han siger jeg skylder for marts men jeg har betalt!! min su kom først d 5\n\n"),
            lambda: W("og jobcenter har skrevet at jeg skal møde tirsdag kl 10 kan du tage med? 🙏\n\n"),
            lambda: W("jeg er født {d} så jeg fylder {n} om lidt hvad sker der så med efterværn??\n\n", n=str(a + 1),
                      d=c.db(yg, ch(["dmy.", "d/m-y", "dmy.s", "dmyy."]))) if P else
            W("jeg fylder %d om lidt hvad sker der så med efterværn??\n\n" % (a + 1)),
            lambda: W("btw min nye mail er {e}\n\n", e=c.em(yg)) if P else W("btw jeg har fået ny mail, den står i min profil\n\n"),
            lambda: W("jeg bor hos {f} lige nu {a} fordi der er skimmel i min lejlighed\n\n",
                      f=c.n(friend, ch(["first", "lowerfirst"])) if P else "en ven",
                      a=["på ", c.ad(friend, ch(["sloppy", "street"]))] if P else "i den anden ende af byen"),
            lambda: W("banken har lukket mit kort. en fra {b} ringede fra {p} er det svindel??\n\n", b=bank,
                      p=c.ph(pro("bank"), ch(["8", "2222"]))) if P else W("banken har lukket mit kort. er det svindel??\n\n"),
            lambda: W("sorry jeg glemte i går. min mor var syg og jeg var hos hende{a}\n\n",
                      a=[" på ", c.ad(mor, ch(["sloppy", "street"]))] if P else ""),
            lambda: W("kan vi mødes ved Banegårdspladsen i stedet? jeg har ik penge til bus\n\n"),
            lookalike]
        bodies = ents
        tail = W("{y}", y=c.n(yg, ch(["lowerfirst", "first", "nick"])) if P else "/u")
        b = assemble(c, head, bodies, tail)
        b = angrify(b, 0.3, True)
        far = Person(o, "m", "far", born=rdate(1968, 1985))
        b = assemble(c, b, [], None, post=journal_blocks(c, yg, mor, far, cw, young=True))
        return Doc(b), sub
    elif sub == "ungeplan":
        moster = Person(o, "f", "moster", born=rdate(1968, 1990))
        if P:
            head = W("Efterværn – status og plan\n{m} Kommune, Børn og Unge\n\nNavn: {n}\nFødt: {fd}\nCPR: {cp}\nAdresse: {ad}\n"
                     "Tlf.: {p}\nMail: {e}\nKontaktperson: {k}, {kp}\n\n", m=c.mun, n=c.n(yg, "full"), cp=c.cp(yg), fd=c.db(yg),
                     ad=c.ad(yg, ch(["full", "two"])), p=c.ph(yg), e=c.em(yg), k=c.n(mentor, "full"), kp=c.ph(mentor))
        else:
            head = W("Efterværn – status og plan\n{m} Kommune, Børn og Unge\n\nNavn: Ung A ({a} år)\nBolig: egen lejlighed "
                     "(almen bolig)\nKontaktperson: fast mentor fra {pv}\n\n", m=c.mun, a=str(a), pv="en privat mentorordning")
        bodies = shuffled_mid([], [
            lambda: W("Mål 1 – Bolig: {y} skal kunne betale husleje til tiden og selv kontakte udlejer{l} ved "
                      "problemer.\n\n", y=yf(), l=[" (", c.n(ll, "full"), ")"] if P else ""),
            lambda: W("Mål 2 – Uddannelse: {y} er tilmeldt 10. klasse/HF-forløb og søger SU. Jobkonsulent {j} "
                      "følger op hver 4. uge.\n\n", y=yf(True), j=c.n(jc, "full") if P else "fra Jobcenteret"),
            lambda: W("Mål 3 – Økonomi: Gæld til {cr} ({x} kr.) afvikles med 300 kr. pr. måned.\n\n", cr=cred, x=amt()),
            lambda: W("Netværk: {y} har kontakt med sin moster{m}, som {h} besøger hver søndag.\n\n", y=yf(True),
                      m=[" ", c.n(moster, "full"), " på ", c.ad(moster, "full")] if P else "",
                      h=yp["han"]),
            lambda: W("Den unges egne ord: \"jeg vil bare have ro og et job, og så vil jeg gerne se min lillesøster"
                      "{s} mere\"\n\n", s=[" ", c.n(Person(o, "f", "barn2"), "first")] if P else ""),
            lambda: W("Efterværnet kan tidligst ophøre, når målene er nået, og senest når {y} fylder 23 år.\n\n", y=yf()),
            lookalike])
        tail = W("Udarbejdet {d} af {s}{p}", d=c.d(), s=c.n(cw, "full") if P else "ungerådgiveren",
                 p=[", tlf. ", c.ph(cw)] if P else "")
    elif sub == "bolig":
        head = W("Fra: {f}\nTil: {t}\nEmne: Lejemål {a}{lj}\n\n", f=[c.n(ll, "full"), " <", c.em(ll), ">"] if P else "Udlejer",
                 lj=[" – lejer ", c.n(yg, "full"), ", f. ", c.db(yg)] if P and pr(0.6) else "",
                 t=c.em(yg) if P else "lejer", a=c.ad(yg, ch(["street", "full"])) if P else "(lejlighed 2. sal)")
        bodies = [
            lambda: W("Hej{y}\n\nJeg har stadig ikke modtaget husleje for april ({x} kr.). Hvis beløbet ikke er betalt "
                      "inden fredag, sender jeg påkrav.\n\n", y=[" ", c.n(yg, "first")] if P else "", x=kr(ch([4250, 4950, 5375]))),
            lambda: W("Der er også klager fra naboen {n} over høj musik om natten.\n\n",
                      n=c.n(Person("dk", ch("mf"), "nabo"), ch(["full", "title"])) if P else "nedenunder"),
            lambda: W("Du kan ringe til mig på {p} efter kl. 16.\n\nVenlig hilsen {l}\n\n", p=c.ph(ll),
                      l=c.n(ll, "first")) if P else W("Du kan ringe til mig efter kl. 16.\n\nVenlig hilsen udlejer\n\n"),
            lambda: W("---- svar ----\nhej jeg har betalt 2000 i går på mobilepay resten kommer d 1. min mentor{m} "
                      "ringer til dig.{y}\n\n", m=[" ", c.n(mentor, "first")] if P else "",
                      y=[" ", c.n(yg, "lowerfirst")] if P else ""),
            lambda: W("---- videresendt til mentor ----\n{m} kan du hjælpe? han vil smide mig ud\n\n",
                      m=c.n(mentor, "first") if P else "hej"),
            lookalike]
        tail = None
    elif sub == "gaeld":
        head = W("Budgetsamtale {d} – {y}{x}\nDeltagere: {y2}, mentor{m}{b}\n\n", d=c.d("dmy."),
                 y=c.n(yg, "full") if P else "Ung A", y2=c.n(yg, "first") if P else "den unge",
                 x=[" (", c.cp(yg), ")"] if P else "",
                 m=[" ", c.n(mentor, "full")] if P else "", b=[", rådgiver ", c.n(pro("bank"), "full"), " fra ", bank] if P
                 else ", rådgiver fra " + bank)
        bodies = [
            lambda: W("Indtægter: SU {x} kr., løn fra Netto ca. {z} kr.\n", x=kr(R.randint(6000, 7100)), z=kr(R.randint(1500, 4000))),
            lambda: W("Udgifter: husleje {x} kr., el og varme {z} kr., Telmore 99,00 kr., Rejsekort ca. 400,00 kr.\n",
                      x=kr(R.randint(3500, 5500)), z=kr(R.randint(300, 800))),
            lambda: W("Gæld: {a} {x} kr., {b} {z} kr. Der er ingen gæld til Gældsstyrelsen.\n", a=cred, x=amt(),
                      b=ch(CREDITORS), z=amt()),
            lambda: W("Konto: {y} har lønkonto i {b}; NemKonto er ændret {d}.\n", y=yf(True), b=bank, d=c.d("dmy.")),
            lambda: W("Aftale: {y} overfører 300 kr. til afdrag den 1. i måneden og sender kvittering til {m}{e}.\n",
                      y=yf(True), m=c.n(mentor, "first") if P else "mentor",
                      e=[" på ", c.em(mentor, "org", ch(PROVIDERS)[1])] if P else ""),
            lambda: W("{mg} har lånt {y} 2.000 kr. og vil have dem tilbage. {y2} er ked af konflikten.\n",
                      mg=[c.g(yg, "gen"), " mor"] if P else "Den unges mor", y=yf(), y2=yf(True)),
            lookalike]
        tail = W("\nNæste samtale: {d}", d=c.d("long"))
    else:  # jobcenter
        head = W("Referat fra møde i Jobcenter {m} {d}\nDeltagere: {y}, jobkonsulent{j}, mentor{me}\n\n", m=c.mun,
                 d=c.d("dmy."), y=[c.n(yg, "full"), ch([[", ", c.cp(yg)], [" (f. ", c.db(yg), ")"]])] if P else "den unge",
                 j=[" ", c.n(jc, "full")] if P else "", me=[" ", c.n(mentor, "full")] if P else "")
        bodies = [
            lambda: W("{y} ({a} år) har ikke afsluttet 9. klasse og har været uden for uddannelse siden sommeren.\n\n",
                      y=yf(True), a=str(a)),
            lambda: W("{y} ønsker at blive mekaniker. Der aftales praktik i 4 uger på et lokalt værksted; {j} kontakter "
                      "værkstedet.\n\n", y=yf(True), j=c.n(jc, "first") if P else "jobkonsulenten"),
            lambda: W("Kontaktoplysninger er opdateret: {x}\n\n", x=[c.ph(yg), ", ", c.em(yg), ", ", c.ad(yg, "full")] if P
                      else "tlf. og mail er ændret i fagsystemet."),
            lambda: W("{y} oplyser, at {h} har søvnproblemer og tager {md}. Lægen er orienteret.\n\n", y=yf(True),
                      h=yp["han"], md=ch(MEDS)),
            lambda: W("Næste møde: {d} kl. {t}. Indkaldelse sendes til e-Boks.\n\n", d=c.d("long"), t=hhmm()),
            lookalike]
        tail = W("Referent: {j}", j=c.n(jc, "init") if P else "jobkonsulent")
    far = Person(o, "m", "far", born=rdate(1968, 1985))
    b = assemble(c, head, bodies, tail, post=journal_blocks(c, yg, mor, far, cw, young=True))
    return Doc(b), sub


# --------------------------------------------------------------------------- genre 6: forms
BOX = {"style": ["[X]", "[ ]"]}


def box(on):
    return BOX["style"][0 if on else 1]


def field(label, value, same_line=None):
    same_line = pr(0.25) if same_line is None else same_line
    if value is None or value == "":
        return W("{l}\n{v}\n", l=label, v=ch(["", "", "________", "-", "(ikke udfyldt)"]))
    return W("{l}{sep}{v}\n", l=label, sep=" " if same_line else "\n", v=value)


def g_form(c):
    sub = pick_sub(c, ["samtykke", "oplysning", "oplysning", "underretning", "aflastning", "kontaktark"])
    P = c.P
    fam = family(kids=ch([1, 2]), kid_years=(2010, 2022))
    home(fam)
    kid, mor, far = fam["kids"][0], fam["mor"], fam["far"]
    sib = fam["kids"][1] if len(fam["kids"]) > 1 else None
    pk = pron(kid)
    BOX["style"] = ch([["[X]", "[ ]"], ["☒", "☐"], ["(x)", "( )"], ["X", "_"], ["[x]", "[  ]"]])
    swap = pr(0.3)  # answers written in the wrong field
    split = pr(0.5)  # values split over two fields
    note = ch(["(udfyldt i hånden, renskrevet {d})", "(indscannet formular – tastet ind af administrationen {d})",
               "(håndskrevet; enkelte ord ulæselige)"]).replace("{d}", c.d("dmy."))
    bodies, tail = [], None

    def person_fields(p, title, with_cpr=False, with_dob=False):
        b = B(title + "\n") if title else B()
        if not P:
            b.add(field("Navn:", None))
            b.add(field("Relation til barnet:", role(p)))
            b.add(field("Adresse:", None))
            b.add(field("Tlf.:", ch([None, "(oplyses mundtligt)"])))
            return b
        if split:
            b.add(field("Fornavn:", c.n(p, "first"), False))
            b.add(field("Efternavn:", c.n(p, "last"), False))
        else:
            b.add(field("Navn:", c.n(p, ch(["full", "full", "caps", "lf"]))))
        if with_dob:
            b.add(field("Fødselsdato:", c.db(p)))
        if with_cpr:
            b.add(field("CPR-nr.:", c.cp(p) if pr(0.85) else None))
        if split:
            b.add(field("Adresse:", c.ad(p, "street"), False))
            b.add(field("Postnr./by:", Sp("address", p.addr()["pc"] + " " + p.addr()["town"]), False))
        else:
            b.add(field("Adresse:", c.ad(p, ch(["full", "sloppy", "two"]))))
        ph = c.ph(p, ch(["8", "2222", "44", "+45 2222"])) if pr(0.85) else None
        em = c.em(p) if pr(0.7) else None
        if swap:
            ph, em = em, ph
        b.add(field("Tlf.:", ph))
        b.add(field("E-mail:", em))
        return b

    if sub == "samtykke":
        laege = pro("laege")
        head = W("SAMTYKKEERKLÆRING – indhentning og videregivelse af oplysninger\n{n}\n\n", n=note)
        kb = B("Barnets navn:\n").add(c.n(kid, ch(["full", "caps"])) if P else "Barn A").add("\n")
        if P and pr(0.6):
            kb.add(field("Fødselsdato:", c.db(kid)))
        kb.add(field("CPR-nr.:", c.cp(kid) if P else None))
        boxes = W("Jeg giver samtykke til, at {m} Kommune må indhente oplysninger fra:\n"
                  "{a} Skole/dagtilbud  {b2} Egen læge  {cc} Sundhedsplejen  {d} PPR  {e} Børne- og Ungdomspsykiatrien\n\n",
                  m=c.mun, a=box(True), b2=box(pr(0.5)), cc=box(pr(0.3)), d=box(pr(0.7)), e=box(pr(0.3)))
        bodies = [lambda: kb, lambda: person_fields(mor, "\nForælder 1 (forældremyndighed)", with_dob=pr(0.5)),
                  lambda: boxes, lambda: person_fields(far, "\nForælder 2", with_cpr=pr(0.4)),
                  lambda: W("Samtykket gælder i 12 måneder og kan altid trækkes tilbage.\n"),
                  lambda: W("Egen læge: {l}\n", l=["læge ", c.n(laege, "last"), ", tlf. ", c.ph(laege)] if P
                            else "lægehuset (se sundhed.dk)"),
                  lookalike]
        tail = W("\nDato / underskrift:\n{d}   {s}", d=c.d("dmy."),
                 s=c.n(mor, ch(["full", "lower", "first"])) if P else "(underskrift)")
    elif sub == "oplysning":
        mm = Person(fam["origin"], "f", "mormor", born=rdate(1950, 1972))
        head = W("OPLYSNINGSSKEMA VED ANBRINGELSE\n{m} Kommune – udfyldes af forældre\n{n}\n\n", m=c.mun, n=note)
        if P:
            kidb = B("BARNET\n").add(field("Navn:", c.n(kid, "full"))).add(field("Fødselsdato:", c.db(kid)))
            kidb.add(field("CPR-nr.:", c.cp(kid) if pr(0.8) else None))
        else:
            kidb = B("BARNET\n").add(field("Navn:", None)).add(field("Alder:", "%d år" % age(kid)))
        kidb.add(field("Skole/klasse:", klasse(kid)))
        bodies = [lambda: kidb,
                  lambda: field("Søskende:", [c.n(sib, "first"), " (", c.db(sib, ch(["dmy.", "d/m-y"])), ")"] if P and sib
                                else ("1 søskende, %d år" % age(sib)) if sib else "ingen"),
                  lambda: person_fields(mor, "\nMOR", with_cpr=pr(0.5), with_dob=pr(0.7)),
                  lambda: person_fields(far, "\nFAR", with_cpr=pr(0.4), with_dob=pr(0.7)),
                  lambda: W("\nAllergier:\n{a}\nMedicin:\n{m}\nKost/religion:\n{k}\n",
                            a=ch(["nødder", "ingen", "", "laktose (mælk)"]), m=ch(MEDS + [""]),
                            k=ch(["halal", "ingen svinekød", "", "vegetar"])),
                  lambda: W("Må barnet fotograferes til opholdsstedets intranet?  {a} Ja  {b2} Nej\n", a=box(False), b2=box(True)),
                  lambda: W("\nAndre vigtige personer for barnet:\n{x}\n",
                            x=[c.n(mm, "full"), " (mormor) ", c.ph(mm)] if P else "mormor og en fodboldtræner"),
                  lambda: W("Hvad er vigtigt for dit barn?\n{k} sover med lys tændt og kan godt lide {x}. {H} bliver "
                            "bange hvis voksne råber.\n", k=c.n(kid, "first") if P else "Barnet",
                            x=ch(["at tegne", "fodbold", "Minecraft", "at bage"]), H=pk["Han"]),
                  lookalike]
        tail = W("\nUnderskrift forælder: {s}", s=c.n(mor, ch(["full", "first"])) if P else "________")
    elif sub == "underretning":
        rep = Person(pick_origin(), ch("mf"), "nabo", born=rdate(1950, 1995))
        head = W("UNDERRETNING FRA BORGER\nModtaget på papir i Borgerservice {d}, tastet ind af {s}\n\n", d=c.d("dmy."),
                 s=c.n(pro("adm"), "init") if P else "administrationen")
        anon = pr(0.3) or not P
        bodies = [
            lambda: field("Dit navn (kan udelades):", None if anon else c.n(rep, ch(["full", "lower"]))),
            lambda: field("Din tlf.:", None if anon else c.ph(rep)),
            lambda: field("Hvilket barn drejer det sig om?",
                          [c.n(kid, "first"), ch([" ca. ", " måske "]), str(age(kid)), " år, bor på ",
                           c.ad(kid, ch(["street", "sloppy", "full"]))] if P else "en pige på ca. 8 år fra opgangen"),
            lambda: field("Barnets forældre (hvis kendt):", [c.n(mor, ch(["first", "full"])), " og ", c.n(far, "first")]
                          if P else "kender ikke navnene"),
            lambda: W("Beskriv din bekymring:\n{x}\n", x=ch([
                "Der er råb og skrig næsten hver aften og i går hørte jeg noget smadre. barnet sidder tit alene på "
                "trappen om aftenen uden jakke",
                "Barnet kommer ofte sulten til os og spørger om mad. Forældrene er ikke hjemme før sent og der er mange "
                "fremmede der kommer og går",
                "Jeg har set moren meget beruset flere gange, også når hun henter i børnehaven. Jeg er bekymret for om "
                "nogen passer på de små"])),
            lambda: W("Har du talt med familien om det?  {a} Ja  {b2} Nej\n", a=box(False), b2=box(True)),
            lambda: W("Må kommunen kontakte dig?  {a} Ja  {b2} Nej\n", a=box(not anon), b2=box(anon)),
            lambda: field("Din e-mail:", None if anon else c.em(rep)),
            lookalike]
        tail = W("\nKvittering sendt: {k}", k=ch(["ja, pr. brev", "nej – anonym", "ja, sms"]) if not anon else "nej – anonym")
    elif sub == "aflastning":
        af = Person(ch(["dk", "dkr", "fo"]), "f", "plejemor", born=rdate(1960, 1985))
        head = W("TILMELDING – aflastning i weekender\n{n}\n\n", n=note)
        bodies = [
            lambda: field("Barnets navn:", c.n(kid, ch(["full", "first"])) if P else None),
            lambda: field("Født:", c.db(kid) if P else None),
            lambda: field("CPR-nr.:", c.cp(kid) if P and pr(0.7) else None),
            lambda: W("Ønsket hyppighed:  {a} hver weekend  {b2} hver 2. weekend  {cc} hver 3. weekend\n",
                      a=box(False), b2=box(True), cc=box(False)),
            lambda: person_fields(mor, "\nForælder", with_dob=pr(0.4)),
            lambda: W("\nAflastningsfamilie (udfyldes af kommunen):\n{x}\n", x=[c.n(af, "full"), "\n", c.ad(af, ch(["full", "two"])),
                                                                              "\n", c.ph(af)] if P else ""),
            lambda: W("Særlige hensyn:\n{k} har {i} og skal have {m} kl. 19.\n", k=c.n(kid, "first") if P else "Barnet",
                      i=ch(["ADHD", "astma", "epilepsi", "autisme"]), m=ch(MEDS)),
            lambda: W("Transport: forælder afleverer fredag kl. 16 {p}.\n", p=ch(PLACES_NO_NUMBER)),
            lookalike]
        tail = W("\nModtaget: {d}  Sagsbehandler: {s}", d=c.d("dmy."), s=c.n(pro("sagsbehandler"), "init") if P else "")
    else:  # kontaktark
        head = W("KONTAKTARK – netværksmøde {d}\n{k}\nNavn | Relation | Tlf. | Mail\n", d=c.d("dmy."),
                 k=["Barnet: ", c.n(kid, "full"), ", f. ", c.db(kid), "\n"] if P else "Barnet: Barn A\n")
        rows = []
        for rel, p in [("mor", mor), ("far", far), ("mormor", Person(fam["origin"], "f", "mormor", born=rdate(1950, 1970))),
                       ("moster", Person(fam["origin"], "f", "moster", born=rdate(1970, 1995))),
                       ("nabo", Person("dk", ch("mf"), "nabo")), ("fodboldtræner", pro("traener")),
                       ("sagsbehandler", pro("sagsbehandler"))]:
            def row(rel=rel, p=p):
                if not P:
                    return W("– | {r} | – | –\n", r=rel)
                t = c.ph(p, ch(["8", "2222", "44", "dots"])) if pr(0.85) else ""
                e = c.em(p, "work" if rel == "sagsbehandler" else "private") if pr(0.6) else ""
                if swap and pr(0.4):
                    t, e = e, t
                return W("{n} | {r} | {t} | {e}\n", n=c.n(p, ch(["full", "first", "full"])), r=rel, t=t, e=e)
            rows.append(row)
        bodies = rows + [lambda: W("\nAftale: Alle i netværket må kontakte hinanden, hvis {k} ikke møder i skole.\n",
                                   k=c.n(kid, "first") if P else "barnet"), lookalike]
        tail = W("\nReferent: {s}", s=c.n(pro("sagsbehandler"), "init") if P else "sagsbehandler")
    cw = pro("sagsbehandler", mun=c.mun)
    extra = [
        lambda: W("\nBemærkning fra den, der har renskrevet skemaet: {x}\n", x=ch([
            "Flere felter var udfyldt med blyant og svære at læse. Ord i [kantede parenteser] er gættet.",
            "Forælderen har skrevet i margenen, at hun ikke forstår, hvorfor skemaet skal udfyldes igen.",
            "Der var påført et telefonnummer i feltet for e-mail; det er flyttet til det rigtige felt i fagsystemet."])),
        lambda: W("\nHvad ønsker I hjælp til?\n{x}\n", x=ch([
            "at få ro på om morgenen og at skolen forstår ham bedre",
            "hjælp til økonomien og en fast voksen for vores datter",
            "vi vil gerne have at samværet bliver mere fast så børnene ved hvad der skal ske"])),
        lambda: W("\nBarnets styrker (forældrenes egne ord):\n{k} er sjov og hjælpsom, og {h} er god til dyr og til "
                  "at passe på sine søskende.\n", k=c.n(kid, "first") if P else "Barnet", h=pk["han"]),
    ]
    b = assemble(c, head, bodies, tail, post=extra + journal_blocks(c, kid, mor, far, cw))
    return Doc(b), sub


# --------------------------------------------------------------------------- genre 7: mixed language
MIXINFO = {
    "ar": dict(country="Syrien", towns=["Aleppo", "Damaskus", "Homs"], dob=["arabic", "ymd/", "dmy/"],
               nat="SYR", grund="udlændingelovens § 7, stk. 1", title="شهادة ميلاد"),
    "ua": dict(country="Ukraine", towns=["Kharkiv", "Mariupol", "Kyiv", "Odesa"], dob=["ua", "dmy."], nat="UKR",
               grund="særloven for fordrevne fra Ukraine", title="Свідоцтво про народження"),
    "pl": dict(country="Polen", towns=["Kraków", "Łódź", "Gdańsk"], dob=["pl", "dmy."], nat="POL",
               grund="EU-opholdsbevis", title="Odpis skrócony aktu urodzenia"),
    "so": dict(country="Somalia", towns=["Mogadishu", "Hargeisa", "Kismayo"], dob=["so", "dmy/"], nat="SOM",
               grund="familiesammenføring", title="Shahaadada Dhalashada"),
    "er": dict(country="Eritrea", towns=["Asmara", "Keren", "Mendefera"], dob=["dmy/", "en_dmy"], nat="ERI",
               grund="udlændingelovens § 7, stk. 2", title="Birth Certificate (Tigrinya/English)"),
    "af": dict(country="Afghanistan", towns=["Kabul", "Herat", "Mazar-e Sharif"], dob=["ymd/", "dmy/"], nat="AFG",
               grund="udlændingelovens § 7, stk. 1", title="Tazkira"),
    "tr": dict(country="Tyrkiet", towns=["Ankara", "Konya", "Kayseri"], dob=["dmy.", "dmy/"], nat="TUR",
               grund="familiesammenføring", title="Doğum Belgesi"),
    "en": dict(country="Storbritannien", towns=["Leeds", "Manchester", "Bristol"], dob=["en_ord", "en_dmy", "us"],
               nat="GBR", grund="opholdsbevis (udtrædelsesaftalen)", title="Certificate of Birth"),
    "ph": dict(country="Filippinerne", towns=["Quezon City", "Cebu City", "Davao"], dob=["en_mdy", "us"], nat="PHL",
               grund="familiesammenføring", title="Certificate of Live Birth"),
    "ku": dict(country="Irak (Kurdistan)", towns=["Erbil", "Sulaymaniyah", "Duhok"], dob=["dmy/", "ymd/"], nat="IRQ",
               grund="udlændingelovens § 7, stk. 1", title="Birth Certificate"),
    "ro": dict(country="Rumænien", towns=["Iași", "Bacău", "Suceava"], dob=["dmy.", "iso"], nat="ROU",
               grund="EU-opholdsbevis", title="Certificat de naștere"),
}


FCODE = {"pl": "pl", "ua": "ua", "ro": "ro", "tr": "tr", "en": "uk"}


def script_of(s):
    for a, b in SCRIPT:
        if a == s:
            return b
    return None


def translit_of(s):
    for a, b in TRANSLIT:
        if a == s:
            return b
    return None


def g_mixed(c):
    sub = pick_sub(c, ["fodsel", "fodsel", "ophold", "skole", "en", "mix", "mix"])
    P = c.P
    origin = ch(list(MIXINFO.keys()))
    info = MIXINFO[origin]
    fam = family(origin=origin, kids=ch([1, 2]), kid_years=(2008, 2017) if sub == "skole" else (2008, 2022))
    fam["far"].origin = origin
    home(fam)
    kid, mor, far = fam["kids"][0], fam["mor"], fam["far"]
    cw = pro("sagsbehandler", mun=c.mun)
    tr = pro("oversaetter")
    pk = pron(kid)
    town = ch(info["towns"])
    lang = LANG[origin]
    odob = lambda p: c.db(p, ch(info["dob"]))
    bodies, tail = [], None

    def name_with_script(p):
        parts = [c.n(p, ch(["full", "full", "caps"]))]
        sf, sl = script_of(p.first), script_of(p.last)
        if sf and sl and pr(0.7):
            parts += [" (", Sp("name", sf + " " + sl), ")"]
        elif sf and pr(0.5):
            parts += [" (", Sp("name", sf), ")"]
        return parts

    if sub == "fodsel":
        head = W("Oversættelse fra {l} til dansk{t}\n\nFØDSELSATTEST / {o}\n\n", l=lang, o=info["title"],
                 t=["\nAutoriseret translatør ", c.n(tr, "full"), ", tlf. ", c.ph(tr)] if P else "\nAutoriseret translatør")
        if P:
            core = [
                lambda: W("Barnets navn: {n}\n", n=name_with_script(kid)),
                lambda: W("Fødselsdato: {d}  [= {dd}]\n", d=odob(kid), dd=c.db(kid, "long")),
                lambda: W("Fødested: {t}, {c}\n", t=town, c=info["country"]),
                lambda: W("Faderens navn: {n}\nFaderens fødselsdato: {d}\n", n=name_with_script(far), d=odob(far)),
                lambda: W("Moderens navn: {n}\n", n=name_with_script(mor)),
            ]
            if origin in ("pl", "ua", "ro", "tr", "en"):
                core.append(lambda: W("Bopæl ved fødslen: {a}\n", a=Sp("address", foreign_addr(
                    {"pl": "pl", "ua": "ua", "ro": "ro", "tr": "tr", "en": "uk"}[origin]))))
        else:
            core = [lambda: W("Barnets navn: [udeladt i sagskopi]\nFødested: {t}, {c}\n", t=town, c=info["country"]),
                    lambda: W("Faderens og moderens navne: [udeladt]\n")]
        bodies = core + [
            lambda: W("Registreringsnr.: {n}/{y}\nUdstedt: {d}\n", n=str(R.randint(100, 9999)), y=str(R.randint(2008, 2023)),
                      d=dfmt(rdate(2015, 2024), ch(info["dob"]))),
            lambda: W("\nOversætterens note: {x}\n", x=(
                ["Navnet ", c.n(kid, "first"), " kan også translittereres ", Sp("name", translit_of(kid.first)),
                 ". Datoen er i originalen angivet efter lokal skrivemåde."]
                if P and translit_of(kid.first) else
                "Datoen er i originalen angivet efter lokal skrivemåde (år/måned/dag). Stempel og underskrift er ikke oversat.")),
            lambda: W("Dokumentet er modtaget fra {m} i forbindelse med familiesammenføring og er lagt på sagen {d}.\n",
                      m=c.n(far, "full") if P else "far", d=c.d("dmy.")),
            lookalike]
        tail = W("\nJeg bekræfter, at oversættelsen er i overensstemmelse med originalen.\n{d}{t}", d=c.d("dmy."),
                 t=["  ", c.n(tr, "init")] if P else "")
    elif sub == "ophold":
        p = kid if pr(0.5) else mor
        tolk = Person(origin, ch("mf"), "tolk", pro=True)
        head = W("OPHOLDSKORT / RESIDENCE CARD\nUdstedt af Udlændingestyrelsen / SIRI\n\n")
        if P:
            core = [lambda: W("Efternavn / Surname: {l}\nFornavn / Given names: {f}\n", l=Sp("name", p.last.upper()),
                              f=Sp("name", p.first.upper())),
                    lambda: W("Fødselsdato / Date of birth: {d}\nKøn / Sex: {s}\n", d=c.db(p, ch(["caps", "dmy.", "iso"])),
                              s="M" if p.g == "m" else "F")]
        else:
            core = [lambda: W("Efternavn / Surname: [maskeret]\nFornavn / Given names: [maskeret]\nKøn / Sex: {s}\n",
                              s="M" if p.g == "m" else "F")]
        bodies = core + [
            lambda: W("Nationalitet / Nationality: {n}\nOpholdsgrundlag: {g}\nGyldig til: {d}\n\n", n=info["nat"],
                      g=info["grund"], d=dfmt(rdate(2026, 2029), "dmy.")),
            lambda: W("Kommunens registrering:\nCPR-nr.: {x}\nAdresse: {a}\n", x=c.cp(p), a=c.ad(p, ch(["full", "two"])))
            if P else W("Kommunens registrering: CPR og adresse fremgår af fagsystemet.\n"),
            lambda: W("Tolk: {l}{t}\n", l=lang, t=[", ", c.n(tolk, "full"), ", ", c.ph(tolk)] if P else " (bestilles via tolkeservice)"),
            lambda: W("Familien er boligplaceret i {m} Kommune og har fået tilbudt danskundervisning. {k} er "
                      "indskrevet i modtageklasse.\n", m=c.mun, k=c.n(kid, "first", cap=True) if P else "Barnet"),
            lambda: W("Original: {t}, {cn}. Pas nr. ikke oplyst.\n", t=town, cn=info["country"]),
            lookalike]
        tail = None
    elif sub == "skole":
        teacher = Person(origin, ch("mf"), "laerer")
        school = {"pl": "Szkoła Podstawowa nr %d" % R.randint(2, 60), "ua": "Ліцей № %d" % R.randint(2, 150),
                  "ro": "Școala Gimnazială nr. %d" % R.randint(2, 40), "tr": "%s İlkokulu" % ch(["Atatürk", "Cumhuriyet"]),
                  "en": "a primary school", "ar": "مدرسة", "so": "Dugsiga Waberi", "er": "Elementary School",
                  "af": "Lycée", "ph": "Elementary School", "ku": "Qutabxane"}.get(origin, "skole")
        head = W("Oversat skoleudtalelse ({c})\nOriginal skole: {s}, {t}\n\n", c=info["country"],
                 s=school if P else "[offentlig skole, navn udeladt]", t=town)
        bodies = [
            lambda: W("Elev: {n}, født {d}\nKlasse: {k}\n", n=c.n(kid, ch(["full", "lf"])), d=odob(kid),
                      k=ch(["4b", "5-A", "3 клас", "klasa 6c", "Grade 5"])) if P else
            W("Elev: Barn A\nKlasse: {k}\n", k=ch(["4b", "5-A", "Grade 5"])),
            lambda: W("Klasselærer: {t}\n", t=c.n(teacher, "full") if P else "(klasselærer)"),
            lambda: W("Karakterer (oversat): modersmål {a}, matematik {b2}, engelsk {cc}, natur/teknik {d}\n",
                      a=ch(["4 (dobry)", "5 (bardzo dobry)"]) if origin == "pl" else ch(["5", "B", "10/12"]),
                      b2=ch(["3 (dostateczny)", "4 (dobry)"]) if origin == "pl" else ch(["4", "A", "11/12"]),
                      cc=ch(["3", "4", "C"]), d=ch(["5", "4", "B"])),
            lambda: W("Bemærkninger: \"{k} er en rolig og flittig elev, som har svært ved at koncentrere sig efter "
                      "pauserne. {H} har gode venner i klassen.\"\n", k=c.n(kid, "first") if P else "Eleven", H=pk["Han"]),
            lambda: W("Forældrene{m} har deltaget i alle skole-hjem-samtaler.\n",
                      m=[", ", c.n(mor, "full"), " og ", c.n(far, "full"), ","] if P else ""),
            lambda: W("Kommunens note: udtalelsen er modtaget via {f} og lagt på sagen {d} ({s}).\n",
                      f=c.n(mor, "first") if P else "mor", d=c.d("dmy."), s=sagsnr()),
            lookalike]
        tail = W("\nOversat af {t}, {d}", t=c.n(tr, "full") if P else "translatør", d=c.d("dmy."))
    elif sub == "en":
        sis = Person(origin, "f", "moster", born=rdate(1975, 1998))
        pm = Person("dk", "f", "plejemor")
        head = W("Hello{c},\n\n", c=[" ", c.n(cw, ch(["first", "full", "miss"]))] if P else "")
        bodies = [
            lambda: W("sorry my Danish is not so good. {k} was sick today, {h} have fever, so we can not come to samvær on "
                      "{d}.\n\n", k=c.n(kid, "first") if P else "my child", h={"m": "he", "f": "she"}[kid.g],
                      d=ch(["Tuesday", "Thursday", "Saturday"])),
            lambda: W("My new number is {p} (the old one is closed). Please write me on {e}.\n\n", p=c.fph(mor), e=c.em(mor))
            if P else W("I have a new number, I send it on sms.\n\n"),
            lambda: W("We live now with my sister {s} at {a} until the kommune find apartment for us.\n\n",
                      s=c.n(sis, "full"), a=c.ad(sis, ch(["full", "sloppy"]))) if P else
            W("We live now with my sister until the kommune find apartment for us.\n\n"),
            lambda: W("Our old address in {cn} was {a}, maybe letters still go there.\n\n", cn=info["country"],
                      a=Sp("address", foreign_addr(FCODE.get(origin)))) if P else
            W("Maybe letters still go to our old address abroad.\n\n"),
            lambda: W("Also I want to say: the foster mother {pm} do not let {k} call me in the evening. Is this the rule? "
                      "Nobody explain me. In {t} children call their mother every day.\n\n",
                      pm=c.n(pm, "title") if P else "", k=c.n(kid, "first") if P else "my child", t=info["country"]),
            lambda: W("The school ask for {k} CPR, it is {x}. And my own is {y}.\n\n", k=c.g(kid, "gen"),
                      x=c.cp(kid), y=c.cp(mor)) if P else W("The school ask for the CPR of my child, I do not have the card.\n\n"),
            lambda: W("{k} birthday is {d}, I want to give present on samvær, is it ok?\n\n",
                      k=c.g(kid, "gen") if P else "My child", d=c.db(kid, ch(["en_ord", "en_mdy", "en_dmy"])))
            if P else W("My child has birthday soon, I want to give present on samvær, is it ok?\n\n"),
            lookalike]
        tail = W("Best regards\n{m}", m=c.n(mor, "full") if P else "mother")
    else:  # mix: Danish mixed with the parent's own language
        writer = mor if pr(0.6) else far
        greet = {"pl": ("Dzień dobry", "Pozdrawiam"), "ua": ("Dobryi den", "Diakuiu"), "so": ("Haye", "Mahadsanid"),
                 "ar": ("مرحبا", "شكرا"), "er": ("Selam", "Yekenyeley"), "tr": ("Merhaba", "Teşekkürler"),
                 "ph": ("Hello po", "Salamat po"), "ro": ("Bună ziua", "Mulțumesc"), "ku": ("Silav", "Spas"),
                 "af": ("Salaam", "Tashakor"), "en": ("Hiya", "Cheers")}[origin]
        mid = {"pl": "Przepraszam, mit dansk er ikke godt.", "ua": "Vybachte, jeg skriver med Google Translate.",
               "so": "Waan ka xumahay, jeg kan ikke komme i morgen.", "ar": "آسف، jeg taler lidt dansk.",
               "er": "Ayfelten, undskyld jeg er sent.", "tr": "Özür dilerim, jeg forstår ikke brevet.",
               "ph": "Pasensya na po, jeg forstår ikke alt.", "ro": "Îmi pare rău, mit dansk er dårligt.",
               "ku": "Bibore, jeg forstår ikke brevet.", "af": "Bebakhshid, jeg taler ikke godt dansk.",
               "en": "Sorry, me Danish is rubbish."}[origin]
        head = W("{g}{c},\n\n", g=greet[0], c=[" ", c.n(cw, ch(["first", "first", "miss", "lowerfirst"]))] if P else "")
        bodies = [
            lambda: W("jeg er {r} til {k}. {m}\n\n", r="mor" if writer is mor else "far",
                      k=c.n(kid, "first") if P else "Barn A", m=mid),
            lambda: W("{k} ma wizytę / har tid hos lægen {d}, så vi kan ikke komme til mødet.\n\n",
                      k=c.n(kid, "first", cap=True) if P else "Barnet", d=c.d("dmy.")) if origin == "pl" else
            W("{k} har tid hos lægen {d}, så vi kan ikke komme til mødet.\n\n",
              k=c.n(kid, "first", cap=True) if P else "Barnet", d=c.d("dmy.")),
            lambda: W("Mit nummer / my number: {p}{f}\n\n", p=c.ph(writer, ch(["8", "2222", "+45 8"])),
                      f=[" eller ", c.fph(writer)] if pr(0.5) else "") if P else W("Mit nummer er ændret, ring venligst.\n\n"),
            lambda: W("Tolken sidste gang{t} forstod ikke min dialekt. Kan vi få en anden tolk der taler {l}?\n\n",
                      t=[", ", c.n(Person(origin, ch("mf"), "tolk"), "first"), ","] if P else "", l=lang),
            lambda: W("CPR {k}: {x}\n\n", k=c.n(kid, "first"), x=c.cp(kid)) if P else W("CPR er sendt med sikker post.\n\n"),
            lambda: W("Gammel adresse i {cn}: {a}\n\n", cn=info["country"], a=Sp("address", foreign_addr(FCODE[origin])))
            if P and origin in FCODE else W("Familien har ingen adresse i hjemlandet længere.\n\n"),
            lambda: W("Min adresse er ny: {a}.\n\n", a=c.ad(writer, ch(["full", "sloppy", "street"]))) if P else
            W("Vi er flyttet, den nye adresse står i borger.dk.\n\n"),
            lambda: W("{k} er født {d}, ikke som står i jeres papir. Det er fejl fra oversættelsen.\n\n",
                      k=c.n(kid, "first", cap=True), d=odob(kid)) if P else
            W("Fødselsdatoen i jeres papir er forkert. Det er fejl fra oversættelsen.\n\n"),
            lookalike]
        tail = W("{g}\n{n}", g=greet[1], n=c.n(writer, ch(["full", "first", "caps"])) if P else "forælder")
    extra = [
        lambda: W("\nKommunens bemærkning: Dokumentet er modtaget {d} og oversat for kommunens regning. Familien taler "
                  "{l}, og der bestilles fremmødetolk til alle møder. Navne kan være stavet forskelligt i de "
                  "forskellige dokumenter.\n", d=c.d("dmy."), l=lang)]
    b = assemble(c, head, bodies, tail, post=extra + journal_blocks(c, kid, mor, far, cw))
    return Doc(b), sub


GEN_FUNCS = {"pdf": g_pdf, "invoice": g_invoice, "transport": g_transport, "angry": g_angry,
             "aftercare": g_aftercare, "form": g_form, "mixed": g_mixed}


# --------------------------------------------------------------------------- institutions
INST_TYPES = {
    "school": ["Friskolen Bakkegården", "Lilleskolen Egebjerg", "Den Lille Skole ved Fjorden",
               "Privatskolen Nordlyset", "Realskolen ved Søerne"],
    "dagbeh": ["Heldagsskolen Broen", "Behandlingsskolen Kastanjen"],
    "efterskole": ["Efterskolen Solgården", "Idrætsefterskolen Vestkysten", "Efterskolen Havblik",
                   "Musikefterskolen Tonalt"],
    "daycare": ["Børnehuset Mariehønen", "Privatinstitutionen Troldehulen", "Naturbørnehaven Mosekonen",
                "Dagplejen Mælkebøtten", "Vuggestuen Humlebien", "Frie Børnehave Skovmusen"],
    "residential": ["Opholdsstedet Stormly", "Bostedet Kildebakken", "Ungdomshjemmet Fyrrely", "Opholdsstedet Lykkebo",
                    "Skolehjemmet Granly", "Opholdsstedet Vindrosen", "Socialpædagogisk Bosted Tangloppen",
                    "Børne- og Ungehjemmet Ådalen"],
    "club": ["Fritidsklubben Sprotten", "Ungdomsklubben Kælderen", "Klubhuset Ankeret"],
    "foster": ["Familieplejen Kronhjorten", "Plejefamilieforeningen Sydvest", "Den Private Familiepleje Midt"],
    "respite": ["Aflastningshjemmet Regnbuen", "Opholdsstedet Lykkebo", "Bostedet Kildebakken"],
}
INST_TPL = [
    ("Barn A (7 år) er indskrevet på {school} fra august. Skolen har oplyst, at der er plads i indskolingens mindre "
     "klasse."),
    "Den unge har fået plads på {efterskole}, og opholdet finansieres delvist af kommunen efter aftale med forældrene.",
    "Aflastning sker fremover hos {respite} hver tredje weekend; i sommerferien bruges {residential}.",
    "Ved mødet deltog en pædagog fra {daycare}, som fortalte, at barnet er faldet godt til i gruppen.",
    "Barnet flyttede {d} fra {residential} til {residential}, fordi behandlingsbehovet var større end forventet.",
    "Plejefamilien er tilknyttet {foster}, der også står for supervision og kurser.",
    "Mor ønsker, at lillebror fortsat går i {daycare}, selvom familien er flyttet til en anden bydel.",
    "Statusrapport modtaget fra {residential} {d}. Den unge har haft stabilt fremmøde i skolen.",
    "Sagsbehandleren har besøgt {residential} og talt med forstanderen om en mulig udslusning til egen bolig.",
    "Der er visiteret til dagbehandling på {dagbeh} efter barnets lov § 32; forløbet evalueres efter tre måneder.",
    "Pigen (13 år) er med i {club} to aftener om ugen, hvilket hun selv sætter stor pris på.",
    "Far har foreslået {school} som alternativ til den nuværende skole, men kommunen vurderer, at {school} passer bedre.",
    "Tilsynsrapporten fra Socialtilsynet om {residential} er gennemgået uden bemærkninger af betydning for sagen.",
    "Barnet har fået plads i {daycare} fra 1. september og er glad for de voksne der.",
    "Efter sommerferien starter den unge på {efterskole}; ansøgningen om økonomisk tilskud er sendt {d}.",
]


def g_institution(k):
    tpl = INST_TPL[k % len(INST_TPL)]
    d = dfmt(docdate(), ch(["dmy.", "long"]))
    used = []
    b = B()
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", tpl):
        b.add(tpl[pos:m.start()])
        key = m.group(1)
        if key == "d":
            b.add(d)
        else:
            name = ch([x for x in INST_TYPES[key] if x not in used])
            used.append(name)
            b.add(Sp("institution", name))
        pos = m.end()
    b.add(tpl[pos:])
    return Doc(b)


# --------------------------------------------------------------------------- checks
def pool_names():
    out = []
    for o in NAMES:
        for key in NAMES[o]:
            for n in NAMES[o][key]:
                out.append(n)
                for t in re.split(r"[ ]", n):
                    if len(t) >= 3 and t[0].isupper():
                        out.append(t)
    out += [b for _, b in NICKNAMES] + [b for _, b in SCRIPT] + [b for _, b in TRANSLIT]
    res = []
    for n in out:
        for v in (n, n.upper()):
            if v not in res:
                res.append(v)
    res.sort(key=lambda x: (-len(x), x))
    return res


POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in pool_names()) + r")(?!\w)")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(STREETS, key=lambda x: -len(x)))
                       + r")(?:\s*nr\.)?\s*\d")
PHONE_RES = [
    re.compile(r"(?<![\w+])(?:\+\d{1,3}|00(?:45|46|47|48|49|44|380|90|252|291|963|63|66|40|387|84|93|92))"
               r"[ \u00a0\u2009]?\(?\d"),
    re.compile(r"(?<!\d)\d{8}(?!\d)"),
    re.compile(r"(?<![\d.,])\d{2}([ \u00a0\u2009.\-])\d{2}\1\d{2}\1\d{2}(?!\d)"),
    re.compile(r"(?<!\d)\d{4}[ \u00a0\u2009]\d{4}(?!\d)"),
]
CPR_RE = re.compile(r"(?<!\d)(\d{2})[ .\u00a0\u2009]?(\d{2})[ .\u00a0\u2009]?(\d{2})[ \-\u00a0\u2009\u2011]{0,3}\d{4}(?!\d)")
BORN_RE = re.compile(r"(?i)(?<!\w)(?:født|f\.|fødselsdato|fødselsdag|date of birth|born)\s*[:.]?\s*(?=\d)")
EDGE = " \t\n\r\f\v\u00a0\u2009\u200b\u00ad\ufeff"
KINDS = {"planted": ["name", "phone", "email", "address", "dob", "cpr"], "clean": [],
         "institutions": ["institution"]}


def finalize(doc):
    text = doc.text()
    spans, lks = [], []
    for kind, a, b in doc.regions():
        if kind == "LK":
            lks.append((a, b))
        else:
            spans.append({"kind": kind, "text": text[a:b], "start": a, "end": b})
    return text, spans, lks


def check_text(text, spans, lks, file_kind, band, forbidden=None):
    errs = []
    n = len(text.split())
    if not (band[0] <= n <= band[1]):
        errs.append("words %d not in %s" % (n, band))
    last = 0
    inside = [False] * len(text)
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            errs.append("offset")
        if s["start"] < last:
            errs.append("overlap/order")
        last = s["end"]
        if not s["text"] or s["text"][0] in EDGE or s["text"][-1] in EDGE:
            errs.append("edge whitespace in %r" % s["text"])
        if s["kind"] not in KINDS[file_kind]:
            errs.append("kind %s" % s["kind"])
        for i in range(s["start"], s["end"]):
            inside[i] = True
    # no unplanted copy of a planted span text
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not all(inside[m.start():m.end()]):
                errs.append("unplanted copy %r" % s["text"])
    masked = "".join("\x00" if inside[i] else c for i, c in enumerate(text))
    for m in POOL_RE.finditer(masked):
        errs.append("pool name outside span %r" % m.group(0))
    lkmask = list(masked)
    for a, b in lks:
        for i in range(a, b):
            lkmask[i] = "\x01"
    lkmask = "".join(lkmask)
    for rx in PHONE_RES:
        for m in rx.finditer(lkmask):
            if m.group(0) not in PUBLIC_NUMBERS:
                errs.append("phone-shaped %r" % m.group(0))
    for m in CPR_RE.finditer(lkmask):
        d, mo = int(m.group(1)), int(m.group(2))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            errs.append("cpr-shaped %r" % m.group(0))
    for i, c in enumerate(text):
        if c == "@" and not any(s["start"] <= i < s["end"] and s["kind"] == "email" for s in spans):
            errs.append("@ outside email")
    for m in STREET_RE.finditer(text):
        if not any(s["start"] <= m.start() < s["end"] and s["kind"] == "address" for s in spans):
            errs.append("street+number outside address %r" % m.group(0))
    for m in BORN_RE.finditer(text):
        j = m.end()
        if not any(s["start"] <= j < s["end"] and s["kind"] in ("dob", "cpr") for s in spans):
            errs.append("født + unplanted digits %r" % text[m.start():j + 6])
    if forbidden:
        for f in forbidden:
            if f in text:
                errs.append("planted value in clean text %r" % f)
                break
    return errs


# --------------------------------------------------------------------------- main
def build(file_kind, prefix, n, forbidden=None):
    P = file_kind == "planted"
    plan = [(GENRES[i % 7], ["short", "medium", "long"][i % 3]) for i in range(n)]
    R.shuffle(plan)
    recs, meta = [], []
    seen = {}
    for idx, (g, band) in enumerate(plan):
        seen[g] = seen.get(g, 0) + 1
        for attempt in range(400):
            c = Ctx(P, band)
            c.k = seen[g]
            CUR["genre"] = g
            doc, sub = GEN_FUNCS[g](c)
            text, spans, lks = finalize(doc)
            errs = check_text(text, spans, lks, file_kind, BANDS[band], forbidden)
            if not errs:
                break
            key = "%s/%s/%s" % (file_kind, g, errs[0].split(" ")[0])
            STATS["redraws"][key] = STATS["redraws"].get(key, 0) + 1
            if os.environ.get("BLIND15_DEBUG") and attempt > 50:
                print(g, band, errs[:3], file=sys.stderr)
        else:
            raise SystemExit("could not draw %s %s: %s" % (g, band, errs))
        rid = "%s-%s%03d" % (CORPUS, prefix, idx + 1)
        recs.append({"id": rid, "text": text, "planted": spans})
        meta.append((g, sub, band))
    return recs, meta


def build_inst():
    recs = []
    for k in range(N_INST):
        for attempt in range(100):
            doc = g_institution(k)
            text, spans, lks = finalize(doc)
            errs = check_text(text, spans, lks, "institutions", (12, 40))
            if not errs:
                break
        else:
            raise SystemExit("institution draw failed: %s" % errs)
        recs.append({"id": "%s-i%03d" % (CORPUS, k + 1), "text": text, "planted": spans})
    return recs


def write(name, recs):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def verify_file(path, prefix, n, file_kind):
    ids = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            ids.append(r["id"])
            last = 0
            for s in r["planted"]:
                assert r["text"][s["start"]:s["end"]] == s["text"], (r["id"], s)
                assert s["start"] >= last and s["end"] > s["start"], (r["id"], s)
                assert s["kind"] in KINDS[file_kind], (r["id"], s)
                last = s["end"]
            if file_kind == "clean":
                assert r["planted"] == [], r["id"]
    assert ids == ["%s-%s%03d" % (CORPUS, prefix, i + 1) for i in range(n)], "ids not gapless"


def main():
    planted, pmeta = build("planted", "p", N_TEXTS)
    forbidden = []
    for r in planted:
        for s in r["planted"]:
            if s["kind"] != "name" and s["text"] not in forbidden:
                forbidden.append(s["text"])
    clean, cmeta = build("clean", "c", N_TEXTS, forbidden)
    inst = build_inst()
    paths = [write("planted.jsonl", planted), write("clean.jsonl", clean), write("institutions.jsonl", inst)]
    verify_file(paths[0], "p", N_TEXTS, "planted")
    verify_file(paths[1], "c", N_TEXTS, "clean")
    verify_file(paths[2], "i", N_INST, "institutions")
    counts = {}
    for r in planted:
        for s in r["planted"]:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    total = sum(counts.values())
    ok = (3000 <= total <= 4500 and all(counts.get(k, 0) >= 250 for k in ("phone", "address", "dob"))
          and all(counts.get(k, 0) >= 120 for k in ("cpr", "email"))
          and counts.get("name", 0) == max(counts.values()))
    report = {"span_counts": counts, "total": total, "institution_spans": sum(len(r["planted"]) for r in inst)}
    for label, meta in (("planted", pmeta), ("clean", cmeta)):
        by = {}
        for g, sub, band in meta:
            by.setdefault(g, {}).setdefault(sub, {"short": 0, "medium": 0, "long": 0})[band] += 1
        report[label + "_by_genre"] = by
    report["redraws"] = STATS["redraws"]
    if "--stats" in sys.argv:
        print(json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True))
    print(json.dumps({"span_counts": counts, "total": total}, ensure_ascii=False))
    if not ok:
        raise SystemExit("corpus-level count check failed: %s" % counts)


if __name__ == "__main__":
    main()
