# -*- coding: utf-8 -*-
"""Writes the blind50 held-out corpus: planted.jsonl, clean.jsonl, institutions.jsonl.
Python 3.11 standard library only; one fixed seed, one random.Random instance."""
import datetime as dt
import hashlib
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import (NAMES, ORIGIN_WEIGHTS, NICK, STREETS, TOWNS, FOREIGN_ADDR, KOMMUNER,
                   PRIVATE_MAIL)
import random

SEED = 50_2026_1
R = random.Random(SEED)
CORPUS = "blind50"
OUT = os.path.dirname(os.path.abspath(__file__))
BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}
PLANTED_KINDS = ["name", "phone", "email", "address", "dob", "cpr"]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve",
        "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {20: "tyve", 30: "tredive", 40: "fyrre", 50: "halvtreds", 60: "tres", 70: "halvfjerds",
        80: "firs", 90: "halvfems"}
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende",
       "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende",
       "syttende", "attende", "nittende", "tyvende", "enogtyvende", "toogtyvende",
       "treogtyvende", "fireogtyvende", "femogtyvende", "seksogtyvende", "syvogtyvende",
       "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]


FMTLOG = [""]


def ch(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


def da_num(n):
    if n < 20:
        return ONES[n]
    t, o = n - n % 10, n % 10
    return TENS[t] if o == 0 else ONES[o] + "og" + TENS[t]


def da_year(y):
    if y >= 2000:
        r = y - 2000
        return "to tusind" + ("" if r == 0 else " og " + da_num(r))
    return "nitten hundrede og " + da_num(y - 1900)


# ----------------------------------------------------------------------------- parts
def L(*xs):
    out = []
    for x in xs:
        if x is None:
            continue
        if isinstance(x, str):
            if x:
                out.append((x, None))
        elif isinstance(x, tuple):
            out.append(x)
        else:
            out.extend(x)
    return out


def ptext(parts):
    return "".join(t for t, _ in parts)


def wc(parts_or_text):
    t = parts_or_text if isinstance(parts_or_text, str) else ptext(parts_or_text)
    return len(t.split())


def tidy(parts):
    out = []
    for t, k in parts:
        if k is None and out and t.startswith(".") and not t.startswith("..") and out[-1][0].endswith("."):
            t = t[1:]
            if not t:
                continue
        out.append((t, k))
    return out


def render(parts):
    text, spans, pos = [], [], 0
    for t, k in tidy(parts):
        if k:
            spans.append({"kind": k, "text": t, "start": pos, "end": pos + len(t)})
        text.append(t)
        pos += len(t)
    return "".join(text), spans


def assemble(head, blocks, foot, band, sep="\n\n", foot_sep="\n\n", extra=None):
    lo, hi = BANDS[band] if isinstance(band, str) else band
    target = lo + int((hi - lo) * R.random() ** 2.2)
    parts = list(head)
    n = wc(parts) + wc(foot)
    for group, gsep in ((blocks, sep), (extra or [], "\n\n")):
        for b in group:
            if not b:
                continue
            bw = wc(b)
            if n >= target:
                break
            if n + bw > hi:
                continue
            parts += L(gsep if parts else "", b)
            n += bw
    if foot:
        parts += L(foot_sep, foot)
    return parts


# ----------------------------------------------------------------------------- persons
def fold(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae")
    s = s.replace("Ø", "Oe").replace("Å", "Aa").replace("ð", "d").replace("ı", "i").replace("ł", "l")
    s = s.replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_")).lower()


def rand_date(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return dt.date(y, m, d)


def make_cpr(d, sex):
    yy = d.year % 100
    if d.year < 2000:
        c = ch([0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
    else:
        c = ch(([4, 9] if yy <= 36 else []) + [5, 6, 7, 8])
    last = ch([0, 2, 4, 6, 8]) if sex == "f" else ch([1, 3, 5, 7, 9])
    return f"{d:%d%m}{yy:02d}{c}{R.randint(0, 99):02d}{last}"


MOBILE_PRE = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
              "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"]
LAND_PRE = ["33", "35", "36", "38", "43", "44", "45", "46", "48", "54", "56", "57", "58", "59",
            "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76", "86", "87", "89",
            "96", "97", "98", "99"]


def num8(land=False):
    return ch(LAND_PRE if land else MOBILE_PRE) + "".join(str(R.randint(0, 9)) for _ in range(6))


def dig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


FOREIGN_PHONE = {
    "pl": lambda: f"+48 {R.randint(500, 799)} {dig(3)} {dig(3)}",
    "ua": lambda: f"+380 {ch(['50', '67', '93', '97'])} {dig(3)} {dig(2)} {dig(2)}",
    "ro": lambda: f"+40 7{dig(2)} {dig(3)} {dig(3)}",
    "tr": lambda: f"+90 5{dig(2)} {dig(3)} {dig(2)} {dig(2)}",
    "gl": lambda: f"+299 {R.randint(22, 59)} {dig(2)} {dig(2)}",
    "fo": lambda: f"+298 {R.randint(21, 79)}{dig(1)} {dig(3)}",
    "en": lambda: f"+44 7{dig(3)} {dig(6)}",
    "ba": lambda: f"+387 6{dig(1)} {dig(3)} {dig(3)}",
    "de": lambda: f"+49 15{dig(1)} {dig(8)}",
    "se": lambda: f"+46 70-{dig(3)} {dig(2)} {dig(2)}",
}


def fmt_phone(n, style=None):
    style = style or ch(["plain", "plain", "pairs", "pairs", "pairs", "quad", "dots", "dash",
                         "p45", "p45c", "0045", "p45q"])
    a = [n[0:2], n[2:4], n[4:6], n[6:8]]
    return {"plain": n, "pairs": " ".join(a), "quad": n[:4] + " " + n[4:], "dots": ".".join(a),
            "dash": "-".join(a), "p45": "+45 " + " ".join(a), "p45c": "+45" + n,
            "0045": "0045 " + n, "p45q": "+45 " + n[:4] + " " + n[4:]}[style]


def spoken_phone(n):
    if chance(0.5):
        return " ".join(ONES[int(c)] for c in n)
    return " ".join(da_num(int(n[i:i + 2])) if n[i] != "0" else "nul " + ONES[int(n[i + 1])]
                    for i in range(0, 8, 2))


def fmt_dob(d, style=None):
    style = style or ch(["dots", "dots", "dots", "long", "long", "iso", "slash", "slash2", "dash",
                         "short", "en1", "en2", "dots2"])
    if style == "dots":
        return f"{d:%d.%m.%Y}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d:%d/%m}-{d.year % 100:02d}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "dash":
        return f"{d:%d-%m-%Y}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "en1":
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "en2":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if style == "dots2":
        return f"{d:%d.%m.%y}"
    if style == "spoken":
        return f"{ORD[d.day - 1]} {MONTHS[d.month - 1]} {da_year(d.year)}"
    raise ValueError(style)


def fmt_cpr(c, style=None):
    style = style or ch(["dash", "dash", "dash", "space", "plain", "dots", "spaces", "dash2",
                         "mix"])
    return {"dash": c[:6] + "-" + c[6:], "space": c[:6] + " " + c[6:], "plain": c,
            "dots": f"{c[0:2]}.{c[2:4]}.{c[4:6]}-{c[6:]}", "spaces": f"{c[0:2]} {c[2:4]} {c[4:6]} {c[6:]}",
            "dash2": f"{c[0:2]}-{c[2:4]}-{c[4:6]}-{c[6:]}", "mix": f"{c[0:4]} {c[4:6]}-{c[6:]}"}[style]


FLOORS = ["st.", "st. th.", "st. tv.", "1. th.", "1. tv.", "2. th.", "2. tv.", "3. mf.", "1.",
          "2. sal", "4. 12", "3. th."]


class Addr:
    def __init__(self, town=None):
        self.street = ch(STREETS)
        self.no = str(R.randint(1, 140)) + (ch(["A", "B", "C", "b"]) if chance(0.15) else "")
        self.floor = ch(FLOORS) if chance(0.35) else ""
        self.pc, self.town = town or ch(TOWNS)
        self.foreign = None

    def fmt(self, style=None):
        if self.foreign:
            return self.foreign
        style = style or ch(["full", "full", "full", "two", "street", "sloppy", "town", "nocomma"])
        st = f"{self.street} {self.no}" + (f", {self.floor}" if self.floor else "")
        if style == "full":
            return f"{st}, {self.pc} {self.town}"
        if style == "two":
            return f"{st}\n{self.pc} {self.town}"
        if style == "street":
            return st
        if style == "town":
            return f"{self.street} {self.no}, {self.town}"
        if style == "nocomma":
            return f"{self.street} {self.no} {self.pc} {self.town}"
        if style == "sloppy":
            fl = self.floor.replace(". ", "").replace(".", "")
            return f"{self.street.lower()} {self.no.lower()}{' ' + fl if fl else ''} {self.pc} {self.town.lower()}"
        raise ValueError(style)


def draw_origin():
    tot = sum(w for _, w in ORIGIN_WEIGHTS)
    x = R.uniform(0, tot)
    for o, w in ORIGIN_WEIGHTS:
        x -= w
        if x <= 0:
            return o
    return "dk"


class Person:
    def __init__(self, born=(1970, 1995), origin=None, sex=None, last=None, addr=None, work=None):
        self.origin = origin or draw_origin()
        fem, mal, sur = NAMES[self.origin]
        self.sex = sex or ch("fm")
        self.first = ch(fem if self.sex == "f" else mal)
        self.last = last or ch(sur)
        if self.first == self.last:
            self.last = ch(NAMES["dk"][2])
        self.dob = rand_date(*born)
        self.cpr = make_cpr(self.dob, self.sex)
        self.num = num8()
        self.foreign_phone = FOREIGN_PHONE[self.origin]() if self.origin in FOREIGN_PHONE else None
        self.addr = addr or Addr()
        self._ini = None
        lo = fold(self.first.split()[0].split("-")[0])
        la = fold(self.last.replace(" ", "").replace("'", ""))
        if work:
            self.email = ch([f"{lo}.{la}@{work}", f"{self.ini().lower()}@{work}",
                             f"{lo[0]}{la}@{work}"])
        else:
            self.email = ch([f"{lo}.{la}@{ch(PRIVATE_MAIL)}", f"{lo}{self.dob.year % 100:02d}@{ch(PRIVATE_MAIL)}",
                             f"{lo}_{la}{R.randint(1, 99)}@{ch(PRIVATE_MAIL)}",
                             f"{lo[0]}{la}@{ch(PRIVATE_MAIL)}", f"{la}.{lo}@{ch(PRIVATE_MAIL)}"])

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def ini(self):
        if not self._ini:
            f = fold(self.first)[:1].upper()
            l = fold(self.last.replace(" ", ""))[:1].upper()
            self._ini = f + ch(["", "", ch("ABDEHJKLMNRST")]) + l
        return self._ini

    def age(self):
        return 2025 - self.dob.year

    @property
    def han(self):
        return "hun" if self.sex == "f" else "han"

    @property
    def ham(self):
        return "hende" if self.sex == "f" else "ham"

    @property
    def sin(self):
        return "sin"


def genitive(name):
    if name[-1] in "sxzSXZ":
        return [(name, "name"), ("'", None)]
    return [(name + "s", "name")]


def misspell(w):
    for a, b in [("ph", "f"), ("ck", "k"), ("ll", "l"), ("mm", "m"), ("nn", "n"), ("ss", "s"),
                 ("sen", "ssen"), ("c", "k"), ("y", "i"), ("ie", "i"), ("e", "æ"), ("a", "aa"),
                 ("i", "ii"), ("o", "oh")]:
        if a in w[1:]:
            return w[0] + w[1:].replace(a, b, 1)
    return w + "h"


def N(p, form="full"):
    if form == "full":
        return [(p.full, "name")]
    if form == "first":
        return [(p.first, "name")]
    if form == "last":
        return [(p.last, "name")]
    if form == "rev":
        return [(f"{p.last}, {p.first}", "name")]
    if form == "caps":
        return [(p.full.upper(), "name")]
    if form == "capslast":
        return [(f"{p.last.upper()}, {p.first}", "name")]
    if form == "lower":
        return [(p.first.lower(), "name")]
    if form == "lowerfull":
        return [(p.full.lower(), "name")]
    if form == "init":
        return [(f"{fold(p.first)[:1].upper()}.{fold(p.last.replace(' ', ''))[:1].upper()}.", "name")]
    if form == "ini":
        return [(p.ini(), "name")]
    if form == "nick":
        return [(NICK.get(p.first, p.first), "name")]
    if form == "miss":
        return [(misspell(p.first), "name")]
    if form == "missfull":
        return [(p.first + " " + misspell(p.last), "name")]
    if form == "gen":
        return genitive(p.first)
    if form == "genfull":
        return genitive(p.full)
    if form == "fru":
        return L("fru " if p.sex == "f" else "hr. ", (p.last, "name"))
    if form == "firstinit":
        return [(f"{p.first} {fold(p.last)[:1].upper()}.", "name")]
    raise ValueError(form)


def NF(p):
    """a random later-mention form"""
    return N(p, ch(["first", "first", "first", "first", "full", "nick", "lower", "miss", "last"]))


def PH(p, style=None, foreign_ok=True):
    if foreign_ok and p.foreign_phone and chance(0.35):
        return [(p.foreign_phone, "phone")]
    return [(fmt_phone(p.num, style), "phone")]


def PHN(n, style=None):
    return [(fmt_phone(n, style), "phone")]


def AD(p_or_addr, style=None):
    a = p_or_addr.addr if isinstance(p_or_addr, Person) else p_or_addr
    return [(a.fmt(style), "address")]


def DOB(p, style=None):
    return [(fmt_dob(p.dob, style), "dob")]


def CPR(p, style=None):
    return [(fmt_cpr(p.cpr, style), "cpr")]


def EM(p):
    return [(p.email, "email")]


def spoken_email(e):
    loc, dom = e.split("@")
    w = lambda x: x.replace(".", " punktum ").replace("_", " understreg ").replace("-", " bindestreg ")
    return f"{w(loc)} snabel-a {w(dom)}".replace("  ", " ").strip()


def foreign_addr():
    a = Addr()
    a.foreign = ch(FOREIGN_ADDR)
    return a


def kommune():
    return ch(KOMMUNER)


def prof(kom=None, born=(1962, 1998), sex=None, work=None):
    k = kom or kommune()
    return Person(born=born, sex=sex, work=work or k[1])


def case_date(y0=2025, y1=2026):
    d = rand_date(y0, y1)
    if d.year == 2026 and d.month > 9:
        d = d.replace(month=R.randint(1, 9), day=min(d.day, 28))
    return d


def dstr(d, style=None):
    style = style or ch(["dots", "long", "dots"])
    return f"{d:%d.%m.%Y}" if style == "dots" else f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def kl():
    return f"{R.randint(7, 21):02d}.{ch(['00', '05', '10', '15', '20', '30', '40', '45', '50'])}"


def klc():
    return f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}"


def child(born=(2008, 2021), **kw):
    return Person(born=born, **kw)


def family(child_born=(2009, 2021)):
    """a child with mother and father (sometimes different surnames)"""
    o = draw_origin()
    mor = Person(born=(1972, 1998), origin=o, sex="f")
    far = Person(born=(1968, 1996), origin=o if chance(0.8) else None, sex="m")
    last = ch([far.last, far.last, mor.last, f"{mor.last}-{far.last}" if " " not in mor.last + far.last and "-" not in mor.last + far.last and mor.last != far.last else far.last])
    kid = Person(born=child_born, origin=o, last=last, addr=mor.addr)
    if chance(0.6):
        far.addr = mor.addr
    return kid, mor, far


# ============================================================================= planted genres
SIG_CLOSE = ["Med venlig hilsen", "Venlig hilsen", "Mvh.", "Bedste hilsner", "Med venlig hilsen og god weekend"]


def sig(p, title, kom, style=None):
    style = style or ch(["full", "full", "short", "ini"])
    if style == "ini":
        return L("/", N(p, "ini"))
    lines = L(ch(SIG_CLOSE), "\n", N(p, "full"), "\n", title, f", {kom[0]} Kommune")
    if style == "full":
        lines += L("\nDirekte tlf.: ", PHN(num8(land=chance(0.5))), "\nMail: ", EM(p))
    else:
        lines += L("\n", EM(p))
    return lines


# ---- 1 foster-care supervision
ROWCAP = {"short": 3, "medium": 4, "long": 6}


def p_tilsyn(band):
    kom = kommune()
    kid = child()
    pm = Person(born=(1965, 1990), sex="f")
    pf = Person(born=(1962, 1990), sex="m", last=pm.last if chance(0.6) else None, addr=pm.addr)
    own = [Person(born=(1999, 2018), origin=pm.origin, sex=ch("fm"), last=pm.last, addr=pm.addr) for _ in range(2)]
    rel = Person(born=(1940, 1962), origin=pf.origin, sex=ch("fm"), last=pf.last)
    rel_lbl = "plejefars " + ("mor" if rel.sex == "f" else "far")
    kmor = Person(born=(1978, 1999), sex="f", last=kid.last if chance(0.5) else None)
    kfar = Person(born=(1970, 1996), sex="m", origin=ch(["pl", "ua", "ro", "tr", "gl", "fo", "en", "ba"]))
    kfar.addr = foreign_addr()
    cons = prof(kom)
    sb = prof(kom)
    tea = prof(kom, work=ch(["skolekom.dk", kom[1]]))
    d = case_date()
    fmt = ch(["prose", "prose", "kv", "table"])
    FMTLOG[0] = fmt
    prose = [
        L("Besøget fandt sted i plejefamiliens hjem på ", AD(pm, ch(["full", "full", "town", "nocomma"])),
          ". Til stede var plejemor ", N(pm), ", plejefar ", N(pf, ch(["full", "first"])), " og ",
          N(kid, "first"), f" ({kid.age()} år), der er anbragt efter barnets lov § 46."),
        L(N(kid, "gen"), " CPR-nummer er ", CPR(kid), ". ", N(kid, "first"), " har boet i familien siden ",
          f"{MONTHS[R.randint(0, 11)]} {R.randint(2019, 2024)}, og sagsbehandler er ", N(sb), "."),
        L("Familieplejekonsulent ", N(cons), f" talte alene med ", N(kid, "first"),
          f" på værelset, hvor {kid.han} viste sine tegninger og sin nye cykelhjelm frem. ",
          N(kid, "first"), f" sagde, at {kid.han} er glad for at bo her, men savner sin mor."),
        L("Plejefamiliens egne børn, ", N(own[0], "first"), " (f. ", DOB(own[0]), ") og ", N(own[1], "first"),
          " (f. ", DOB(own[1]), "), var hjemme under en del af besøget. ", N(own[0], "first"),
          " fortalte, at de to går til håndbold sammen om onsdagen."),
        L(rel_lbl.capitalize(), ", ", N(rel), ", bor tæt på, på ",
          AD(rel, ch(["street", "full"])), ", og passer ", N(kid, "first"),
          " to eftermiddage om ugen. ", rel.han.capitalize(), " kan træffes på ", PH(rel, foreign_ok=False), "."),
        L("Hverdagen er fast: morgenmad kl. 6.45, skolebus kl. 7.20, lektier ved køkkenbordet efter "
          "frugten, aftensmad kl. 17.30 og sengetid kl. 20.00 på hverdage. I weekenden må der ses film "
          "til kl. 21."),
        L("Plejemor oplyser, at ", N(kid, "gen"), " mor, ", N(kmor), ", ringer hver søndag kl. 18 fra ",
          PH(kmor), ". Samvær foregår hver anden lørdag under tilsyn."),
        L("Aftaler:\n- ", N(pm, "first"), " kontakter klasselærer ", N(tea), " (", EM(tea),
          ") om lektiecafé.\n- Konsulenten sender referatet til ", N(sb, ch(["full", "fru"])),
          ".\n- Næste tilsynsbesøg: ", dstr(case_date()), " kl. 10.00."),
        L(N(kid, "gen"), " far, ", N(kfar), ", bor i udlandet på ", AD(kfar), ". Han har telefonisk samvær hver "
          "anden søndag og ringer fra ", PH(kfar), "."),
        L("Plejemor kan fremover kontaktes på ", PH(pm), " eller ", EM(pm),
          ". Plejefar er bedst at fange på ", PH(pf, ch(["pairs", "plain"])), " efter kl. 16."),
    ]
    if fmt == "prose":
        head = L(ch(["Referat af tilsynsbesøg", "Tilsynsrapport – anbragt barn i plejefamilie",
                     "Tilsynsbesøg i plejefamilien"]), f" {dstr(d)}")
        blocks = prose
        if band == "short":
            FMTLOG[0] = "prose-short"
            blocks = [L("Kort tilsyn hos ", N(pm), " og ", N(pf, "first"), ", ", AD(pm, "full"), ". ", N(kid, "first"),
                        " (CPR ", CPR(kid), f") trives og sover bedre. Ingen nye aftaler. /", N(cons, "ini")),
                      L("Plejemors mobil er ændret til ", PH(pm), ".")]
            return assemble(head, blocks, [], band)
        return assemble(head, blocks, sig(cons, "Familieplejekonsulent", kom), band)
    if fmt == "kv":
        head = L("TILSYNSBESØG – PLEJEFAMILIE")
        rows = [
            L("Plejebarn: ", N(kid, ch(["full", "capslast"]))), L("CPR-nr.: ", CPR(kid)),
            L("Plejeforældre: ", N(pm), " og ", N(pf)), L("Adresse: ", AD(pm, ch(["full", "nocomma"]))),
            L("Tlf. plejemor: ", PH(pm)), L("Tlf. plejefar: ", PH(pf)), L("Mail: ", EM(pm)),
            L("Egne børn i hjemmet: ", N(own[0], "first"), " (", DOB(own[0]), "), ", N(own[1], "first"), " (",
              DOB(own[1]), ")"),
            L("Øvrige i netværket: ", N(rel), ", ", rel_lbl, ", f. ",
              DOB(rel)),
            L(f"Besøgsdato: {dstr(d, 'dots')}, kl. 15.00–16.30"),
            L("Konsulent: ", N(cons), " (", N(cons, "ini"), ")"),
            L("Formål: lovpligtigt tilsyn, 2 årlige besøg"),
            L("Observationer: ", N(kid, "first"), " var afslappet, viste sit værelse og fortalte om spejder."),
            L("Opfølgning: ", N(pf, "first"), " kontakter ", N(tea), " om ny skemaplan."),
            L("Sagsbehandler: ", N(sb), ", ", EM(sb)),
        ]
        return assemble(head, rows, [], band, sep="\n", extra=[L("Bemærkninger: ", prose[2])] + prose[3:])
    head = L(f"Tilsyn {dstr(d, 'dots')} – husstandens medlemmer\n| Navn | Relation | Født | Telefon |\n|---|---|---|---|")
    rows = [L("| ", N(pm), " | plejemor | ", DOB(pm), " | ", PH(pm), " |"),
            L("| ", N(pf), " | plejefar | ", DOB(pf), " | ", PH(pf), " |"),
            L("| ", N(own[0]), " | eget barn | ", DOB(own[0]), " | ", PH(own[0], "plain"), " |"),
            L("| ", N(own[1], "first"), " | eget barn | ", DOB(own[1]), " | – |"),
            L("| ", N(kid), " | plejebarn | ", DOB(kid), " | – |"),
            L("| ", N(rel), " | ", rel_lbl, " (bor ", AD(rel, "street"), ") | ", DOB(rel), " | ", PH(rel), " |")]
    foot = L("Adresse: ", AD(pm, "full"), ". Referent: ", N(cons), ", ", EM(cons), ".")
    return assemble(head, rows, foot, band, sep="\n", extra=prose[2:])


# ---- 2 complaints about school / day care
def p_klage(band):
    kom = kommune()
    kid, mor, far = family(child_born=(2011, 2020))
    par = ch([mor, mor, far])
    tea = prof(kom, work=kom[1])
    head_t = prof(kom, work=kom[1])
    sb = prof(kom)
    k1 = child(born=(2011, 2020))
    k2 = child(born=(2011, 2020))
    ped = prof(kom)
    cls = f"{R.randint(0, 9)}.{ch('abcd')}"
    inst = ch(["skolen", "SFO'en", "skolen", "klubben"])
    fmt = ch(["letter", "letter", "reply", "note"])
    FMTLOG[0] = fmt
    if fmt == "note":
        inst = ch(["børnehaven", "vuggestuen", "dagplejen"])
    d = case_date()
    if fmt == "letter":
        head = L(N(par), "\n", AD(par, "two"), "\nTlf. ", PH(par), "\n\n", f"{kom[0]} Kommune\nBørn og Unge, Myndighed\n",
                 f"Att.: ", N(sb), f"\n\n{par.addr.town}, den {dstr(d, 'long')}")
        blocks = [
            L(f"Klage over {inst} vedrørende min {'datter' if kid.sex == 'f' else 'søn'} ", N(kid),
              f", {cls}, ", ch([L("cpr ", CPR(kid)), L("cpr ", CPR(kid)), L("født ", DOB(kid)), L("f. ", DOB(kid), ", cpr ", CPR(kid))])),
            L("Jeg skriver, fordi ", N(kid, "first"), f" i flere måneder er blevet holdt udenfor og kaldt "
              "grimme ting af en gruppe børn, især ", N(k1, "first"), " og ", N(k2, ch(["full", "firstinit"])),
              ". Klasselæreren, ", N(tea), f", har ikke reageret, selv om jeg skrev til {tea.ham} på Aula i februar."),
            L("Da jeg kontaktede skolelederen, ", N(head_t, ch(["full", "fru"])), ", fik jeg først svar efter tre uger, "
              "og svaret handlede mest om skolens trivselspolitik og ikke om ", N(kid, "gen"), " hverdag."),
            L("Den 14. marts kom ", N(kid, "first"), " hjem med et rift på kinden. Pædagog ", N(ped, "first"),
              " sagde til min ", ch(["mand", "kone", "eksmand", "bror"]), ", at det var sket i frikvarteret, men at "
              "ingen havde set det."),
            L("Jeg ønsker, at kommunen ser på sagen, og at ", N(kid, "first"), f" får en voksen, {kid.han} kan gå til. "
              "Jeg vil også gerne have aktindsigt i skolens notater."),
            L(N(kid, "gen"), " far, ", N(far, "full") if par is mor else N(mor, "full"), ", er enig i klagen og kan kontaktes på ",
              PH(far if par is mor else mor), "."),
            L("I kan skrive til mig på ", EM(par), ". Jeg er ikke på arbejde om fredagen."),
        ]
        foot = L("Med venlig hilsen\n", N(par, ch(["full", "full", "caps"])))
        if band == "short":
            FMTLOG[0] = "letter-short"
            head = L(f"Klage – {dstr(d, 'dots')}")
            blocks = [L("Fra ", N(par), ", ", AD(par, "full"), ", tlf. ", PH(par), f". Min {'datter' if kid.sex == 'f' else 'søn'} ", N(kid, "first"),
                        " bliver drillet af ", N(k1, "first"), ", og ", N(tea, "fru"),
                        " gør intet. Jeg vil have et møde med kommunen.")]
            foot = L("Hilsen ", N(par, "first"))
        return assemble(head, blocks, foot, band)
    if fmt == "reply":
        head = L("Kære ", N(par, "first"))
        blocks = [
            L("Tak for din henvendelse af ", dstr(d, "long"), " om ", N(kid, "first"), f" i {cls}. Jeg har læst "
              "den grundigt og forstår, at I er bekymrede."),
            L("Jeg har talt med ", N(tea, "first"), " og med AKT-vejleder ", N(ped), ". Vi har aftalt, at ",
              N(kid, "first"), " fremover har en fast voksen i frikvartererne, og at ", N(tea, "first"),
              " tager en klassesamtale i næste uge."),
            L("Jeg kan ikke udtale mig om andre elever, heller ikke om ", N(k1, "first"),
              ", men jeg kan oplyse, at deres forældre er kontaktet."),
            L("Skolebestyrelsens formand, ", N(sb), ", har fået kopi af dette brev, fordi klagen også nævner "
              "trivselspolitikken."),
            L("Du er velkommen til at ringe til mig på ", PHN(num8(True)), " eller skrive på ", EM(head_t),
              ". Jeg foreslår et møde den ", dstr(case_date(), "long"), " kl. 8.15 på mit kontor."),
            L("Kopi til: ", N(far if par is mor else mor), ", ", AD(far if par is mor else mor, "full")),
        ]
        foot = L("Venlig hilsen\n\n", N(head_t), "\nSkoleleder")
        other = far if par is mor else mor
        extra = [L("Jeg har desuden bedt klassens team om at holde øje med ", N(kid, "first"), " i spisefrikvarteret, "
                   "hvor de fleste konflikter ifølge jeres brev opstår."),
                 L("AKT-vejleder ", N(ped, "first"), " tilbyder en samtale med ", N(kid, "first"), " en gang om ugen frem til "
                   "efterårsferien. Samtalerne foregår i lokalet ved biblioteket."),
                 L("Jeg har noteret jeres nye adresse, ", AD(par, "full"), ", og sender fremover breve dertil. ",
                   N(other, "first"), " får kopi på ", EM(other), "."),
                 L("I kan også rette henvendelse til Dansk Center for Undervisningsmiljø (DCUM), hvis I er uenige i skolens "
                   "handleplan. Skolen skal udarbejde planen inden for ti arbejdsdage."),
                 L("Jeg vil gerne understrege, at ", N(kid, "gen"), " trivsel har høj prioritet, og at I altid er velkomne "
                   "til at kontakte ", N(tea, ch(["full", "fru"])), " direkte på ", EM(tea), ".")]
        return assemble(head, blocks, foot, band, extra=extra)
    head = L(f"Journalnotat {dstr(d, 'dots')} kl. {kl()}\nSag: ", N(kid, ch(["full", "rev"])), ", cpr ", CPR(kid))
    blocks = [
        L("Mor" if par.sex == "f" else "Far", ", ", N(par), ", ringer og vil klage over ", inst,
          ". Hun" if par.sex == "f" else ". Han", " fortæller, at pædagog ", N(ped, "first"), " har grebet hårdt fat i ",
          N(kid, "first"), " ved garderoben."),
        L("En anden pige, ", N(k2, "first"), ", skal have set det. ", N(par, "first"), " har talt med ", N(k2, "gen"),
          " mor, ", N(Person(sex="f", last=k2.last)), ", som bekræfter episoden."),
        L("Forælderen er vejledt om, at klager over dagtilbuddets pædagogiske arbejde rettes til lederen, og at "
          "forvaltningen kun vurderer, om der er grundlag for en underretning efter barnets lov."),
        L("Ny adresse fra 1. ", ch(MONTHS), ": ", AD(par, ch(["full", "sloppy", "nocomma"])), ". Kan kontaktes på ",
          PH(par), " efter kl. 15, mail ", EM(par), "."),
        L("Leder ", N(head_t), " er orienteret pr. telefon."),
    ]
    gp = Person(born=(1960, 1990), work="dinlaege.dk")
    extra = [L("Vurdering: Oplysningerne giver ikke i sig selv grundlag for en børnefaglig undersøgelse efter barnets lov "
               "§ 20, men sagen drøftes på teamets sparringsmøde."),
             L(N(par, "first"), " oplyser desuden, at ", N(kid, "first"), " er begyndt at tisse i sengen og ikke vil af sted "
               "om morgenen. Familiens egen læge er ", N(gp), ", tlf. ", PHN(num8(True)), "."),
             L("Aftalt: sagsbehandler ringer tilbage ", dstr(case_date(), "long"), ". ", N(par, "first"),
               " ønsker kun kontakt på mobil og ikke brev til den gamle adresse."),
             L(N(kid, "gen"), " ", "far" if par.sex == "f" else "mor", ", ", N(far if par is mor else mor), ", har fælles "
               "forældremyndighed og orienteres skriftligt på ", AD(far if par is mor else mor, "full"), ".")]
    extra.insert(R.randint(0, len(extra)), L(N(par, "first"), " staver sit nye nummer i telefonen: ", (spoken_phone(par.num), "phone"),
                                             ", og mailen som ", (spoken_email(par.email), "email"), ". ",
                                             N(kid, "gen"), " fødselsdato oplyses som den ", (fmt_dob(kid.dob, "spoken"), "dob"), "."))
    return assemble(head, blocks, L("/", N(sb, "ini")), band, sep="\n", foot_sep="\n", extra=extra)


# ---- 3 holiday activities
CAMPS = ["sommerferie-camp i uge 28", "ridelejr i uge 27", "fodboldskole i uge 31", "kanotur på Gudenåen i uge 29",
         "naturcamp ved Vesterhavet i uge 30", "dagscamp med kreativt værksted i uge 32", "sejlerskole i uge 28",
         "klatre- og cykeluge i uge 26"]


def p_ferie(band):
    kom = kommune()
    kid, mor, far = family(child_born=(2010, 2019))
    org = Person(born=(1975, 2001), work=ch(["ferieklubben-nord.dk", "sommerlejr-jylland.dk", "camp-fyn.dk",
                                            "ungdomsskolen-ferie.dk"]))
    sb = prof(kom)
    camp = ch(CAMPS)
    d = case_date()
    xc = Person(born=(1950, 1990), origin=mor.origin, last=mor.last)
    fmt = ch(["app", "app", "conf", "list", "list"])
    FMTLOG[0] = fmt
    if fmt == "app":
        head = L(ch(["Ansøgning om fritidspas", "Ansøgning om betaling af ferieaktivitet", "Fritidspas – ansøgningsskema"]))
        rows = [L("Barnets navn: ", N(kid)), L("Fødselsdato: ", DOB(kid)), L("CPR: ", CPR(kid)),
                L("Adresse: ", AD(kid, ch(["full", "full", "two", "sloppy"]))),
                L("Forælder/værge: ", N(mor)), L("Tlf.: ", PH(mor)), L("E-mail: ", EM(mor)),
                L("Anden forælder: ", N(far), ", ", PH(far)),
                L(f"Aktivitet: {camp}, pris 1.950 kr."),
                L("Begrundelse: ", N(kid, "first"), f" har ikke været på ferie i tre år, og {kid.han} har brug for at "
                  "være sammen med andre børn i sommerferien."),
                L("Kontaktperson hos arrangøren: ", N(org), ", ", PH(org, ch(["pairs", "plain"]))),
                L("Modtaget af: ", N(sb, "ini"), f", {dstr(d, 'dots')}")]
        extra = [L("Sagsbehandlerens vurdering: ", N(kid, "first"), f" er {kid.age()} år og har kun få fritidsaktiviteter. "
                   "Ansøgningen imødekommes som tidligt forebyggende indsats efter barnets lov § 30."),
                 L("Familien har tidligere fået fritidspas til svømning. Mor oplyser, at ", N(far, "first"),
                   " ikke bidrager økonomisk, og at pengene ikke rækker til ferie i år."),
                 L("Bevillingen sendes til ", EM(mor), " og med almindelig post til ", AD(mor, "full"), "."),
                 L("Arrangøren kontaktes af ", N(sb, "first"), " på ", PH(org), " for at aftale betaling via EAN-nummer, så "
                   "familien ikke skal lægge ud.")]
        return assemble(head, rows, [], band, sep="\n", extra=extra)
    if fmt == "conf":
        head = L("Fra: ", N(org), " <", EM(org), ">\nTil: ", EM(mor), "\nCc: ", EM(sb),
                 f"\nEmne: Bekræftelse – {camp}")
        blocks = [L("Hej ", N(mor, "first")),
                  L("Vi bekræfter hermed, at ", N(kid), " (født ", DOB(kid), f") er tilmeldt {camp}. Betalingen "
                    f"sker via {kom[0]} Kommune, så I skal ikke betale noget."),
                  L("Vi mødes mandag kl. 9.00 ved hallen og slutter fredag kl. 15.00. Husk madpakke, regntøj, "
                    "solcreme og en drikkedunk."),
                  L("Hvis ", N(kid, "first"), " skal hentes af andre end jer, så skriv navn og nummer til os. Vi har "
                    "noteret ", N(xc), ", ", PH(xc), ", som ekstra kontakt."),
                  L("Lejrens adresse er ", AD(Addr(), "full"), ". I akutte tilfælde kan I ringe til lejrleder ",
                    N(Person()), " på ", PHN(num8()), "."),
                  L("Allergier og medicin noteres på tilmeldingen. ", N(kid, "first"), " er noteret med nøddeallergi.")]
        foot = L("Sommerhilsner\n", N(org, "first"), "\n", PH(org))
        extra = [L("Bussen kører fra parkeringspladsen ved hallen. ", N(kid, "first"), " sidder sammen med ",
                   N(Person(born=(2010, 2019)), "first"), ", som I bad om i tilmeldingen."),
                 L("Husk at medbringe sundhedskort. Vi har en førstehjælpsuddannet voksen på lejren hele døgnet, og "
                   "ved behov kører vi til lægevagten."),
                 L("Fredag kl. 13 holder vi afslutning med grillmad, og forældre er velkomne. Skriv gerne til ", EM(org),
                   ", hvis I kommer, så vi ved, hvor mange vi bliver."),
                 L("Sagsbehandler ", N(sb), " har bedt om en kort status efter lejren. Vi sender den til ", EM(sb),
                   " med kopi til jer.")]
        return assemble(head, blocks, foot, band, extra=extra)
    semi = chance(0.5)
    FMTLOG[0] = "pickup-semicolon" if semi else "pickup-table"
    head = L(f"Afhentningsliste – {camp}\n" + ("Barn;Født;Afhentes af;Relation;Tlf." if semi else
                                                  "| Barn | Født | Afhentes af | Tlf. |\n|---|---|---|---|"))
    rows = []
    kids = []
    for _ in range(14):
        c, m, f = family(child_born=(2012, 2019))
        kids.append((c, m, f))
        who = ch([m, f])
        rel = "mor" if who is m else "far"
        cname = N(c, ch(["full", "full", "rev", "first"]))
        if semi:
            rows.append(L(cname, ";", DOB(c, ch(["dots", "iso", "dots2"])), ";", N(who), f";{rel};", PH(who)))
        else:
            rows.append(L("| ", cname, " | ", DOB(c), " | ", N(who), f" ({rel}) | ", PH(who), " |"))
    foot = L("Ansvarlig: ", N(org), ", ", EM(org))
    k0, k1 = kids[0], kids[1]
    extra = [L("Bemærk: ", N(k0[0], "first"), " må ikke udleveres til ", N(k0[2]), ". Det er aftalt med sagsbehandler ",
               N(sb), ", tlf. ", PHN(num8(True)), ", som skal kontaktes, hvis han dukker op."),
             L(N(k1[0], "first"), " har astma og har medicin i tasken. ", N(k1[1], "first"), " har lovet at ringe fra ",
               PH(k1[1]), ", hvis der er ændringer."),
             L("Børn, der ikke er hentet kl. 16.00, bliver på lejren, og lejrleder ", N(org, "first"),
               " ringer til forældrene. Ændringer sendes til ", EM(org), " senest kl. 12 samme dag."),
             L("Lejren holder til på ", AD(Addr(), "full"), ". Der er parkering bag hallen.")]
    return assemble(head, rows[:ROWCAP[band]], foot, band, sep="\n", extra=extra)


# ---- 4 SMS and call logs
YOUTH_MSG = ["er hos {f} i aften, sover der", "gider ikke skolen i morgen", "ok", "kan du ringe?", "mor ved det godt",
             "har ingen strøm på telefonen", "undskyld for i går", "jeg kommer ikke til mødet", "hvor er du",
             "jeg er på vej hjem nu", "kan du hente mig? er ved {a}", "min telefon er ny, gem nummeret {p}"]
MOR_MSG = ["Hvor er du??", "Du skal være hjemme kl 22 som aftalt", "Ring til mig NU", "Har du spist?",
           "Jeg har snakket med {g} mor, hun siger du ikke var der", "Vi skal til mødet kl 14 husk det",
           "Jeg er ked af det der skete", "Far henter dig ved stationen"]
CP_MSG = ["Hej {y}. Vi ses torsdag kl. 15 ved Banegårdspladsen som aftalt.", "Godt at høre fra dig. Hvordan gik det i skolen?",
          "Jeg har talt med din mor. Skal vi tage en snak i morgen?", "Husk tandlægen kl. 10.30 i morgen.",
          "Jeg er syg i dag, vi rykker til mandag.", "Du kan altid skrive, også om aftenen."]


USED = []


def pick(pool):
    free = [m for m in pool if m not in USED]
    m = ch(free or pool)
    USED.append(m)
    return m


def p_sms(band):
    USED.clear()
    kom = kommune()
    y, mor, far = family(child_born=(2007, 2012))
    cp = prof(kom)
    fr = Person(born=(2007, 2012))
    fmt = ch(["thread", "thread", "calls", "whatsapp"])
    FMTLOG[0] = fmt
    d = case_date()

    def fill(tmpl):
        out = []
        rest = tmpl
        for key, parts in [("{f}", N(fr, ch(["first", "lower"]))), ("{g}", genitive(ch([fr.first, fr.first.lower()]))), ("{a}", AD(fr, ch(["street", "sloppy"]))),
                           ("{p}", PH(y, ch(["plain", "pairs"]))), ("{y}", N(y, "first"))]:
            if key in rest:
                a, b = rest.split(key, 1)
                out += L(a, parts)
                rest = b
        return out + L(rest)

    if fmt in ("thread", "whatsapp"):
        if fmt == "thread":
            head = L(f"Udskrift af sms-korrespondance, indsat i sagen {dstr(d, 'dots')} af kontaktperson ", N(cp),
                     ".\n", L("Sag: ", N(y), ", f. ", DOB(y), ", cpr ", CPR(y), ", ", AD(y, ch(["full", "street"])), "\n") if chance(0.85) else None,
                     "Numre: ", N(y, "first"), " ", PH(y), ", mor ", PH(mor), ", kontaktperson ", PH(cp), ".")
        else:
            head = L("Skærmbillede fra ", N(y, "gen"), " telefon, indsat efter aftale med ", N(mor, ch(["full", "fru"])),
                     f" ({dstr(d, 'dots')}):")
        rows = []
        t = dt.datetime(d.year, d.month, d.day, R.randint(15, 20), R.randint(0, 59))
        for i in range(16):
            t += dt.timedelta(minutes=R.randint(1, 95))
            who = ch(["y", "y", "m", "c"])
            if who == "y":
                sender, msg = N(y, ch(["first", "lower", "nick"])), fill(pick(YOUTH_MSG))
            elif who == "m":
                sender, msg = ch([L("Mor (", N(mor, "first"), ")"), L("Mor"), L("Mor"), N(mor, "first")]), fill(pick(MOR_MSG))
            else:
                sender, msg = ch([N(cp, "first"), N(cp, "full"), L("Kontaktperson"), L("KP")]), fill(pick(CP_MSG))
            ts = f"[{t:%d.%m.%y %H:%M}] " if fmt == "thread" else f"{t:%d.%m.%Y}, {t:%H.%M} - "
            rows.append(L(ts, sender, ": ", msg))
        return assemble(head, rows, [], band, sep="\n")
    semi = chance(0.6)
    FMTLOG[0] = "calls-semicolon" if semi else "calls-table"
    head = L("Opkaldsliste fra ", N(y, "gen"), " mobil (", PH(y), "), fremsendt af ", N(cp), "\n",
             "Dato;Tid;Retning;Nummer;Kontakt;Varighed" if semi else "Dato | Tid | Retning | Nummer | Kontakt | Varighed")
    rows = []
    t = dt.datetime(d.year, d.month, d.day, R.randint(7, 12), 0)
    contacts = [mor, far, cp, fr, Person(born=(2006, 2011)), Person()]
    for i in range(18):
        t += dt.timedelta(minutes=R.randint(20, 400))
        c = ch(contacts + [None, None, None])
        dur = f"00:{R.randint(0, 25):02d}:{R.randint(0, 59):02d}"
        rd = ch(["Udgående", "Indgående", "Ubesvaret"])
        nm = (L("Mor") if c is mor and chance(0.6) else L("Far") if c is far and chance(0.6)
              else N(c, ch(["full", "first", "nick"])) if c is not None else L(ch(["Ukendt", "Ukendt", "Skjult nummer"])))
        ph = PH(c, ch(["plain", "p45c", "pairs"])) if c is not None else PHN(num8(), ch(["plain", "p45c"]))
        s = ";" if semi else " | "
        rows.append(L(f"{t:%d-%m-%Y}{s}{t:%H:%M}{s}{rd}{s}", ph, s, nm, s, dur))
    foot = L("Note: ", N(cp, "ini"), ": mange opkald efter kl. 23 til ", N(fr, "first"), ".")
    sb = prof(kom)
    extra = [L("Kontaktpersonens kommentar: Ifølge ", N(y, "first"), " tilhører det ukendte nummer en ældre ven, der bor på ",
               AD(Addr(), "town"), ". Oplysningen er ikke bekræftet."),
             L("Mor, ", N(mor), ", har givet samtykke til, at listen indgår i sagen. Hun ønsker at blive ringet op på ",
               PH(mor), " og ikke på fastnet."),
             L("Listen drøftes på netværksmødet ", dstr(case_date(), "long"), " med deltagelse af ", N(sb), " og ",
               N(cp, "first"), ". ", N(y, "first"), " har selv ønsket at være med."),
             L("Far, ", N(far), ", står ikke på listen, men ", N(y, "first"), " fortæller, at de skriver sammen på Snapchat.")]
    return assemble(head, rows[:ROWCAP[band] + 1], foot, band, sep="\n", foot_sep="\n", extra=extra)


# ---- 5 outbreaks
SICK = [("fnat", "kløende udslæt"), ("lus", "lus og æg i håret"), ("omgangssyge", "opkast og diarré"),
        ("børneorm", "kløe om natten"), ("streptokokker", "halsbetændelse og feber"), ("skoldkopper", "blærer")]


def p_smitte(band):
    kom = kommune()
    sick, sym = ch(SICK)
    gp = Person(born=(1960, 1990), work=ch(["laegehusetvest.dk", "dinlaege.dk", "laegerne-torvet.dk"]))
    emb = Person(born=(1962, 1990), work="stps.dk")
    led = prof(kom)
    place = ch(["opholdsstedet", "børnehuset", "døgninstitutionen", "vuggestuen", "afdelingen"])
    fmt = ch(["list", "letter", "log", "export"])
    FMTLOG[0] = fmt
    d = case_date()
    if fmt == "list":
        head = L(f"Smitteopsporing – {sick} i {place}, opdateret {dstr(d, 'dots')}")
        rows = []
        for i in range(12):
            c, m, f = family(child_born=(2012, 2023))
            p = ch([m, f])
            rows.append(L(f"{i + 1}. ", N(c, ch(["full", "full", "rev"])), ch([L(", f. ", DOB(c)), L(", f. ", DOB(c)), L(", cpr ", CPR(c))]),
                          f", stue {R.randint(1, 6)}. "
                          "Forælder: ", N(p), ", tlf. ", PH(p), f". Informeret kl. {kl()}."))
        foot = L("Egen læge for flere af børnene: ", N(gp, "fru"), ", ", PH(gp, "pairs"), ". Embedslæge ", N(emb),
                 " er orienteret (", EM(emb), ").")
        return assemble(head, rows[:ROWCAP[band]], foot, band, sep="\n", extra=[L(ch(["Alle", "De fleste"]),
                        f" forældre har fået brev om {sick} med hjem og besked på Aula. Stuen rengøres grundigt i aften.")])
    if fmt == "letter":
        c, m, f = family(child_born=(2012, 2023))
        head = L(N(m), "\n", AD(m, "two"), "\n\n", f"{dstr(d, 'long')}")
        blocks = [L("Kære ", N(m, "first")),
                  L(f"Vi har i dag konstateret {sick} hos ", N(c, "first"), ch([L(" (f. ", DOB(c), ")"), L(" (cpr ", CPR(c), ")")]), f". Der er {sym}, og "
                    f"vi har derfor sendt {c.han} hjem."),
                  L("Kontakt jeres egen læge, ", N(gp, ch(["full", "fru"])), ", på ", PH(gp, "pairs"),
                    ", før behandlingen begynder. Hele husstanden skal behandles samtidig."),
                  L(N(c, "first"), " må komme igen, når behandlingen er gennemført. Skriv gerne til ",
                    N(led), " på ", EM(led), ", når I er klar."),
                  L("Vi har orienteret ", N(c, "gen"), " far, ", N(f), ", på ", PH(f), ", da han henter om torsdagen."),
                  L("Embedslægen, ", N(emb), ", er informeret, fordi der er flere tilfælde."),
                  L("Tøj og sengetøj vaskes ved 60 grader. Tøjdyr kan lægges i en pose i tre døgn.")]
        sp = Person(born=(1965, 1995), sex="f", work=kom[1])
        extra = [L("Har I spørgsmål, kan I også kontakte sundhedsplejerske ", N(sp), " på ", PHN(num8(True)), " eller ",
                   EM(sp), ". Hun kommer i huset om tirsdagen."),
                 L("Søskende i samme husstand skal også behandles. Vi ved, at ", N(c, "first"), " har en storesøster, ",
                   N(Person(born=(2005, 2014), sex="f", last=c.last), "first"), ", og vi har derfor også skrevet til hendes skole."),
                 L("Vi har noteret, at I er flyttet til ", AD(m, "full"), ". Giv os gerne besked, hvis telefonnummeret ",
                   PH(m), " ikke længere er gældende."),
                 L("Det er ikke en skam at få ", sick, ". Det sker i alle institutioner, og vi håber, at I vil tale åbent "
                   "med os, så vi kan stoppe smitten hurtigt.")]
        return assemble(head, blocks, L("Venlig hilsen\n", N(led), ", leder\n", PHN(num8(True))), band, extra=extra)
    if fmt == "log":
        head = L(f"Log – {sick}, {place}, {dstr(d, 'dots')}")
        rows = []
        t = dt.datetime(d.year, d.month, d.day, 7, R.randint(0, 30))
        for i in range(12):
            t += dt.timedelta(minutes=R.randint(5, 50))
            c, m, f = family(child_born=(2010, 2022))
            who = ch([m, f])
            staff = ch([led, Person(born=(1970, 2000))])
            rows.append(ch([
                L(f"{t:%H.%M} ", N(staff, ch(["first", "ini"])), f" finder {sym} hos ", N(c), ". Ringer til ",
                  N(who, "first"), " (", PH(who), ")."),
                L(f"{t:%H.%M} ", N(who), " henter ", N(c, "first"), ". Får udleveret brev om ", sick, "."),
                L(f"{t:%H.%M} Talt med ", N(gp, "fru"), ", lægehuset, ", PH(gp), ". Anbefaler at behandle hele stuen."),
                L(f"{t:%H.%M} ", N(c), ", CPR ", CPR(c), ", har symptomer siden i går. Mor: ", N(m), ", ", PH(m), "."),
                L(f"{t:%H.%M} Rengøring af stue {R.randint(1, 5)} bestilt. Puder og tæpper pakket væk."),
                L(f"{t:%H.%M} Søskende ", N(c, "first"), " (cpr ", CPR(c), ") har også symptomer. ", N(who, "first"), " informeret."),
                L(f"{t:%H.%M} Personalemøde om håndhygiejne. Sedler hængt op ved garderoben."),
            ]))
        return assemble(head, rows, [], band, sep="\n")
    head = L(f"Smitteopsporing, {sick} – eksport fra fagsystemet\nNavn;CPR;Stue;Symptomer fra;Forælder;Tlf.;Adresse")
    rows = []
    extra = [L("Noter: Embedslæge ", N(emb), " er orienteret telefonisk på ", PH(emb, "pairs"),
               f". {emb.han.capitalize()} anbefaler behandling af hele afdelingen og opfølgning om en uge."),
             L("Egen læge for flere af børnene er ", N(gp), ", tlf. ", PH(gp, "pairs"), ". Lægehuset har fået listen "
               "tilsendt via sikker mail."),
             L("Leder ", N(led), " sender brev til alle forældre i dag og holder et kort møde med personalet kl. 14."),
             L("Børn, der ikke står på listen, men har symptomer, registreres af stuens pædagog og meldes til ", EM(led), ".")]
    for i in range(12):
        c, m, f = family(child_born=(2010, 2022))
        p = ch([m, f])
        sd = case_date()
        rows.append(L(N(c, ch(["capslast", "full", "rev"])), ";", CPR(c, ch(["dash", "plain"])), f";{R.randint(1, 5)};",
                      f"{sd:%d.%m.%Y}", ";", N(p), ";", PH(p, "plain"), ";", AD(p, "full")))
    return assemble(head, rows[:ROWCAP[band]], L(f"Kontakt ved spørgsmål til listen: ", EM(led)), band, sep="\n",
                    foot_sep="\n", extra=extra)


# ---- 6 visiting families / volunteer friends
WISHES = ["\"Jeg vil gerne have en familie med en hund.\"", "\"Der skal være nogen, der kan spille FIFA.\"",
          "\"Jeg vil ikke sove ude den første gang.\"", "\"Jeg vil gerne bage og gå i svømmehallen.\"",
          "\"Må jeg tage min bamse med?\"", "\"Jeg vil gerne lære at cykle uden støttehjul.\""]


def p_besog(band):
    kom = kommune()
    kid, mor, far = family(child_born=(2012, 2020))
    vol = Person(born=(1965, 1992), sex=ch("fm"))
    vol2 = Person(born=(1963, 1992), origin=vol.origin if chance(0.75) else None, sex="m" if vol.sex == "f" else "f",
                  last=vol.last if chance(0.6) else None, addr=vol.addr)
    vk = [Person(born=(2005, 2019), origin=ch([vol.origin, vol2.origin]), last=vol.last, addr=vol.addr) for _ in range(2)]
    koord = Person(born=(1970, 1998), work=ch(["redbarnet.dk", "venskabsfamilier.dk", "frivilligcenter-midt.dk", kom[1]]))
    sb = prof(kom)
    fmt = ch(["match", "match", "kv", "plan"])
    FMTLOG[0] = fmt
    match = [
        L(N(kid, "first"), f" er {kid.age()} år og bor med sin mor, ", N(mor), ", på ", AD(mor), ". ",
          N(kid, "first"), " har ønsket en familie at være hos en weekend om måneden."),
        L("Venskabsfamilien består af ", N(vol), " og ", N(vol2), " samt deres børn ", N(vk[0], "first"), " (f. ",
          DOB(vk[0]), ") og ", N(vk[1], "first"), " (f. ", DOB(vk[1]), "). De bor på ", AD(vol, ch(["full", "two", "town"])), "."),
        L(N(kid, "gen"), " ønske, sagt med egne ord: ", ch(WISHES)),
        L("Koordinator ", N(koord), " har været på hjemmebesøg hos familien og talt med begge voksne. Der er indhentet "
          "børneattest på ", N(vol, "first"), " og ", N(vol2, "first"), "."),
        L(N(vol, "first"), " kan kontaktes på ", PH(vol), ", ", N(vol2, "first"), " på ", PH(vol2), ". Fælles mail: ", EM(vol), "."),
        L("Mor har givet samtykke. ", N(mor, "first"), " ønsker, at ", N(kid, "first"), " hentes ved hende og ikke ved "
          "skolen. Mors nummer: ", PH(mor), "."),
        L("Første besøg er aftalt til lørdag i uge ", str(R.randint(2, 50)), " kl. 10–16 uden overnatning."),
        L("Sagsbehandler: ", N(sb), ", CPR på barnet ", CPR(kid), ", fødselsdato ", DOB(kid), "."),
        L(N(kid, "gen"), " mormor, ", N(Person(born=(1948, 1968), sex="f", origin=mor.origin)), ", bor på ",
          AD(foreign_addr() if chance(0.5) else Addr()), " og vil gerne holdes orienteret."),
    ]
    if fmt == "match":
        head = L(ch(["Matchningsnotat", "Notat om match med venskabsfamilie", "Besøgsfamilie – matchning"]), ": ",
                 N(kid, ch(["full", "first"])))
        blocks = match
        return assemble(head, blocks, sig(koord, "Koordinator", kom, "short"), band)
    if fmt == "kv":
        head = L("Frivillig aflastningsfamilie – registrering")
        rows = [L("Voksen 1: ", N(vol, ch(["full", "rev"])), ", f. ", DOB(vol)), L("CPR: ", CPR(vol)),
                L("Voksen 2: ", N(vol2), ", f. ", DOB(vol2)), L("Adresse: ", AD(vol, ch(["full", "nocomma"]))),
                L("Tlf.: ", PH(vol), " / ", PH(vol2)), L("E-mail: ", EM(vol2)),
                L("Børn i hjemmet: ", N(vk[0], "first"), " (", DOB(vk[0]), "), ", N(vk[1], "first"), " (", DOB(vk[1]), ")"),
                L("Husdyr: hund (labrador) og to kaniner"),
                L("Matchet med: ", N(kid), " (", str(kid.age()), " år)"),
                L("Barnets mor: ", N(mor), ", ", PH(mor)), L("Koordinator: ", N(koord), ", ", EM(koord))]
        return assemble(head, rows, [], band, sep="\n", extra=[L("Noter fra matchningen: ", match[0])] + match[2:])
    head = L("Weekendplan for ", N(kid, "first"), " hos familien ", N(vol, "last"))
    rows = [L("Fredag kl. 16.00: ", N(vol, "first"), " henter ", N(kid, "first"), " hos mor på ", AD(mor, "street"), "."),
            L("Fredag aften: pizza og film med ", N(vk[0], "first"), " og ", N(vk[1], "first"), "."),
            L("Lørdag: svømmehal om formiddagen, ", N(vol2, "first"), " laver frokost. Eftermiddag hos ",
              N(vol, "gen"), " søster, ", N(Person(sex="f")), ", ", AD(Addr(), "full"), "."),
            L("Lørdag aften: bålmad i haven, sengetid kl. 21."),
            L("Søndag kl. 14.00: aflevering hos mor. Ved problemer ring til ", N(koord, "first"), " på ", PH(koord), "."),
            L("Mors telefon: ", PH(mor), ". Fars telefon (kun i nødstilfælde): ", PH(far), "."),
            L("Familiens adresse: ", AD(vol, "full"), ". ", N(kid, "first"), " tager egen dyne med.")]
    return assemble(head, rows, [], band, sep="\n", extra=[match[2], match[3], match[5], match[7]])


PLANTED_GEN = [p_tilsyn, p_klage, p_ferie, p_sms, p_smitte, p_besog]
GENRES = ["tilsyn", "klage", "ferie", "sms", "smitte", "besog"]


# ============================================================================= clean genres (roles only)
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "82 12 12 12", "70 11 31 31", "70 15 03 00", "72 22 74 00",
                  "72 36 00 00", "70 20 13 13"]
LAWS = ["barnets lov § 46", "barnets lov § 47", "barnets lov § 32, stk. 1", "barnets lov § 91", "barnets lov § 5, stk. 3",
        "barnets lov § 137, stk. 2", "barnets lov § 20, stk. 3", "barnets lov § 18", "barnets lov § 30",
        "serviceloven § 50 (gældende før 2024)", "forvaltningslovens § 19", "barnets lov § 6", "barnets lov § 9"]
ICD = [("fnat", "B86"), ("hovedlus", "B85.0"), ("omgangssyge", "A08.4"), ("børneorm", "B80"),
       ("streptokokhalsbetændelse", "J02.0"), ("skoldkopper", "B01.9"), ("børnesår", "L01.0")]
MEDS = {"fnat": "permethrin 5 % creme (fx Nix) og evt. ivermectin-tabletter", "hovedlus": "Hedrin eller lusekam og balsam",
        "omgangssyge": "væske og evt. Panodil mod feber", "børneorm": "Vermox til hele husstanden",
        "streptokokhalsbetændelse": "penicillin efter lægens ordination", "skoldkopper": "Panodil og kølende pudder",
        "børnesår": "Fucidin creme efter lægens vurdering"}
BODIES = ["Styrelsen for Patientsikkerhed", "Sundhedsstyrelsen", "Statens Serum Institut", "Socialtilsyn Midt",
          "Socialtilsyn Øst", "Ankestyrelsen", "Familieretshuset", "PPR", "sundhedsplejen", "Børns Vilkår",
          "Dansk Center for Undervisningsmiljø (DCUM)", "Klagenævnet for Specialundervisning"]
PLACES = ["ved Banegårdspladsen", "på Torvet", "nede ad Vestergade", "ved rundkørslen på Ringvejen",
          "ved stationen", "ved hallen", "ved kirken på Kirkevej", "nede ved havnen", "på Strandvejen ved isbutikken",
          "ved p-pladsen på Skolevej"]


def kle():
    return f"{R.randint(27, 29)}.{R.randint(10, 30)}.{R.randint(0, 20):02d}-{ch(['G01', 'A00', 'P20', 'K07', 'G00'])}-{R.randint(1, 999)}-{R.randint(23, 26)}"


def jnr():
    return f"{R.randint(2024, 2026)}-{dig(6)}"


def kr():
    return f"{R.randint(2, 40)}.{ch(['000', '500', '250', '750'])} kr."


def age_role(lbl="Barn A"):
    return f"{lbl} ({R.randint(3, 16)} år)"


CX = {
    "tilsyn": [
        lambda: L(f"Konsulentens vurdering: Barnet er i god trivsel. Skalering på barnets egen trivselsskala: {R.randint(6, 9)} "
                  "af 10. Plejefamilien arbejder fint med de mål, der står i barnets plan."),
        lambda: L("Under besøget blev ICS-dimensionerne Sundhedsforhold og Fritidsforhold og venskaber gennemgået. Barnet "
                  "går til spejder om tirsdagen og har fået en fast ven fra klassen."),
        lambda: L(f"Plejeforældrene har deltaget i kursus om traumebevidst omsorg i {ch(MONTHS)} og ønsker supervision "
                  f"to gange i efteråret. Udgiften, {kr()}, afholdes af handlekommunen."),
        lambda: L("Haven er stor, og familien har høns og en hund. Barnet har ansvaret for at fodre hønsene hver morgen og "
                  "fortæller stolt om det."),
        lambda: L(f"Der er ingen bemærkninger til de fysiske rammer. Værelset er lyst, og barnet har eget skrivebord. "
                  f"Brandalarm testet {dstr(case_date(), 'dots')}."),
        lambda: L(f"Socialtilsynet har senest været på besøg i familien i uge {R.randint(2, 50)} uden anmærkninger."),
    ],
    "klage": [
        lambda: L(f"Vurdering: Oplysningerne giver ikke i sig selv grundlag for en børnefaglig undersøgelse efter barnets lov "
                  "§ 20, men sagen drøftes på teamets sparringsmøde."),
        lambda: L("Forælderen oplyser desuden, at barnet er begyndt at have ondt i maven om morgenen og ikke vil af sted. "
                  "Forælderen er vejledt om at tale med egen læge."),
        lambda: L(f"Aftalt: sagsbehandleren ringer tilbage {dstr(case_date(), 'long')} efter kl. 14. Forælderen ønsker kun "
                  "kontakt på mobil og via Digital Post."),
        lambda: L("Bestyrelsen har drøftet trivselspolitikken på sit seneste møde, og forældrerådet har foreslået faste "
                  "legegrupper og flere voksne i pauserne."),
        lambda: L("Klagen er journaliseret, og der er sendt kvittering for modtagelsen. Svarfristen er fire uger."),
        lambda: L("Forældrene har bedt om aktindsigt i skolens notater efter offentlighedsloven og forvaltningsloven. "
                  "Anmodningen er videresendt til skolens kontor."),
    ],
    "ferie": [
        lambda: L("Sagsbehandlerens vurdering: Barnet har kun få fritidsaktiviteter, og familien har ikke råd til ferie i år. "
                  "Ansøgningen imødekommes som tidligt forebyggende indsats efter barnets lov § 30."),
        lambda: L("Familien har tidligere fået fritidspas til svømning. Forælderen oplyser, at barnet glæder sig og allerede "
                  "har pakket soveposen."),
        lambda: L(f"Bevillingen sendes via Digital Post. Arrangøren fakturerer kommunen elektronisk på EAN 5798{dig(9)}."),
        lambda: L("Bussen kører fra parkeringspladsen ved hallen. Der er plads til 45 børn og 6 voksne, og turen tager "
                  "omkring to timer."),
        lambda: L("Husk at medbringe sundhedskort. Der er en førstehjælpsuddannet voksen på lejren hele døgnet, og ved behov "
                  "kører vi til lægevagten."),
        lambda: L("Fredag kl. 13 holder vi afslutning med grillmad, og forældre er velkomne. Bliver vejret godt, spiser vi "
                  "ude i solen."),
    ],
    "sms": [
        lambda: L("Kontaktpersonens kommentar: Den unge fortæller, at det ukendte nummer tilhører en ældre ven. "
                  "Oplysningen er ikke bekræftet."),
        lambda: L("Mor har givet samtykke til, at udskriften indgår i sagen. Hun ønsker selv at blive ringet op og ikke at "
                  "få beskeder på Aula."),
        lambda: L(f"Udskriften drøftes på netværksmødet {dstr(case_date(), 'long')} kl. {kl()}. Den unge har selv ønsket at "
                  "være med og vil gerne have en bisidder, jf. barnets lov § 6."),
        lambda: L("Far står ikke på listen, men den unge fortæller, at de skriver sammen på Snapchat om aftenen."),
        lambda: L("Mange beskeder er sendt efter kl. 23 på hverdage. Det hænger sammen med den unges søvnproblemer, som "
                  "også er beskrevet i den børnefaglige undersøgelse."),
    ],
    "smitte": [
        lambda: L("Har I spørgsmål, kan I også kontakte sundhedsplejen via kommunens hovednummer 72 36 00 00. "
                  "Sundhedsplejersken kommer i huset om tirsdagen."),
        lambda: L("Søskende i samme husstand skal også behandles. Vi har derfor også orienteret skolen og SFO'en."),
        lambda: L("Det er ikke en skam at få lus eller fnat. Det sker i alle institutioner, og vi håber, at I vil tale åbent "
                  "med os, så vi kan stoppe smitten hurtigt."),
        lambda: L("Personalet har fået instruks om håndhygiejne, og puder, tæpper og udklædningstøj er pakket væk i tre døgn."),
        lambda: L(f"Embedslægen anbefaler behandling af hele afdelingen og opfølgning om en uge. Næste status: "
                  f"{dstr(case_date(), 'dots')}."),
    ],
    "besog": [
        lambda: L("Koordinatoren har været på hjemmebesøg hos familien og talt med begge voksne. Der er indhentet børneattest."),
        lambda: L("Mor har givet samtykke og ønsker, at barnet hentes hjemme og ikke ved skolen."),
        lambda: L(f"Første besøg er aftalt til lørdag i uge {R.randint(2, 50)} kl. 10–16 uden overnatning. Evaluering efter "
                  "tre måneder."),
        lambda: L("Barnets ønske, sagt med egne ord: " + ch(WISHES)),
        lambda: L("Familien har selv børn i samme alder og har været venskabsfamilie for et andet barn i to år. Den "
                  "erfaring vægtes højt i matchningen."),
        lambda: L(f"Indsatsen er frivillig og ikke en foranstaltning efter {ch(LAWS)}. Kørsel dækkes med {R.randint(2, 4)},"
                  f"{R.randint(10, 99)} kr. pr. km."),
    ],
}


def cx(g):
    xs = [f() for f in CX[g]]
    R.shuffle(xs)
    return xs


def c_tilsyn(band):
    kom = kommune()
    d = case_date()
    fmt = ch(["prose", "prose", "kv", "table"])
    FMTLOG[0] = fmt
    a = R.randint(6, 15)
    if fmt == "prose":
        head = L(ch(["Referat af tilsynsbesøg", "Tilsynsrapport – anbragt barn i plejefamilie"]), f" {dstr(d)}")
        blocks = [
            L(f"Besøget fandt sted i plejefamiliens hjem kl. {kl()}. Til stede var plejemor, plejefar og Barn A ({a} år), "
              f"der er anbragt efter {ch(LAWS[:2])}. Sagsnummer {kle()}."),
            L("Familieplejekonsulenten talte alene med barnet på værelset, hvor hen viste sine tegninger og en ny "
              "cykelhjelm frem. Barnet sagde, at hen er glad for at bo her, men savner mor."),
            L(f"Plejefamiliens egne børn ({R.randint(9, 13)} og {R.randint(14, 19)} år) var hjemme under en del af besøget. "
              "Den yngste fortalte, at de spiller håndbold sammen om onsdagen i hallen."),
            L("Plejefars mor bor i nabohuset og passer barnet to eftermiddage om ugen. Hun deltog ikke i besøget."),
            L("Hverdagen er fast: morgenmad kl. 6.45, skolebus kl. 7.20, lektier ved køkkenbordet efter frugten, "
              "aftensmad kl. 17.30 og sengetid kl. 20.00. Når solen skinner, spiser familien i haven."),
            L(f"Stormen i uge {R.randint(40, 52)} væltede et træ i skoven bag huset, og barnet fortalte levende om det. "
              "Glad og snakkende hele besøget."),
            L("Samvær med mor foregår hver anden lørdag under tilsyn, jf. afgørelsen fra børne- og ungeudvalget. "
              f"Telefonsamvær søndag kl. 18. Plejevederlaget er uændret ({R.randint(3, 5)} vederlag)."),
            L(f"Aftaler:\n- Plejemor kontakter klasselæreren om lektiecafé.\n- Konsulenten sender referatet til "
              f"sagsbehandleren.\n- Næste tilsynsbesøg: {dstr(case_date())} kl. 10.00.\n- Barnets plan efter "
              "barnets lov § 91 revideres i forbindelse med opfølgningen."),
            L(f"Ved akut behov uden for kontortid kontaktes den sociale døgnvagt via {kom[0]} Kommunes hovednummer "
              "72 36 00 00. Ved fare ring 112."),
        ]
        return assemble(head, blocks, L(f"Familieplejekonsulenten, {kom[0]} Kommune"), band, extra=cx("tilsyn"))
    if fmt == "kv":
        rows = [L("Plejebarn: Barn A"), L(f"Alder: {a} år"), L(f"Sagsnr.: {kle()}"),
                L("Plejeforældre: plejemor og plejefar (godkendt som almen plejefamilie)"),
                L(f"Godkendt af: {ch(BODIES[3:5])}"), L("Egne børn i hjemmet: to (12 og 16 år)"),
                L("Øvrige i netværket: plejefars mor, bor i nabohuset"),
                L(f"Besøgsdato: {dstr(d, 'dots')}, kl. 15.00–16.30"), L("Konsulent: familieplejekonsulenten"),
                L("Formål: lovpligtigt tilsyn, 2 årlige besøg"), L(f"Hjemmel: {ch(LAWS)}"),
                L("Observationer: barnet var afslappet, viste sit værelse og fortalte om spejder."),
                L("Opfølgning: plejefar kontakter skolen om ny skemaplan."), L("Næste besøg: uge " + str(R.randint(2, 50)))]
        return assemble(L("TILSYNSBESØG – PLEJEFAMILIE"), rows, [], band, sep="\n", extra=cx("tilsyn"))
    head = L(f"Tilsyn {dstr(d, 'dots')} – husstandens medlemmer\n| Rolle | Alder | Bemærkning |\n|---|---|---|")
    rows = [L("| Plejemor | 4", str(R.randint(0, 9)), " år | pædagog, 30 timer |"), L("| Plejefar | 5", str(R.randint(0, 9)), " år | landmand |"),
            L("| Eget barn 1 | 16 år | går i 9. klasse |"), L("| Eget barn 2 | 12 år | spejder |"),
            L(f"| Plejebarn (Barn A) | {a} år | anbragt efter § 46 |"), L("| Bedstemor | 7", str(R.randint(0, 9)), " år | nabo |")]
    foot = L(f"Referent: familieplejekonsulenten. Journalnr. {jnr()}.")
    return assemble(head, rows, foot, band, sep="\n", extra=cx("tilsyn"))


def c_klage(band):
    kom = kommune()
    d = case_date()
    cls = f"{R.randint(0, 9)}.{ch('abcd')}"
    fmt = ch(["letter", "letter", "reply", "note"])
    FMTLOG[0] = fmt
    if fmt == "letter":
        head = L(f"Til {kom[0]} Kommune\nBørn og Unge, Myndighed\n\nKlage over skolens håndtering af mobning i {cls}, {dstr(d, 'long')}")
        blocks = [
            L("Vi skriver som forældre til en elev i klassen, fordi vores søn (11 år) i flere måneder er blevet holdt "
              "udenfor af en gruppe drenge. Klasselæreren har ikke reageret, selv om vi skrev på Aula i februar."),
            L("Skolelederen svarede først efter tre uger, og svaret handlede mest om trivselspolitikken. Vi mener, at "
              "skolen skal lave en handleplan efter undervisningsmiljøloven, og at den skal være klar inden for ti "
              "arbejdsdage."),
            L("Den 14. marts kom han hjem med en rift på kinden. En pædagog i SFO'en sagde, at det var sket i "
              "frikvarteret ved cykelskuret, men at ingen havde set det."),
            L(f"Hvis vi ikke får svar, klager vi til {BODIES[10]}. Vi har også kontaktet Børns Vilkår på 116 111 for råd."),
            L("I maj har det været værst. Han vil ikke i skole om morgenen, og han sover dårligt."),
            L("Vi ønsker et møde med forvaltningen, skoleledelsen og gerne PPR. Forældrebestyrelsen er orienteret."),
        ]
        return assemble(head, blocks, L("Med venlig hilsen\nForældrene til eleven i ", cls), band, extra=cx("klage"))
    if fmt == "reply":
        head = L("Kære forældre")
        blocks = [
            L(f"Tak for jeres henvendelse af {dstr(d, 'long')} om jeres barn i {cls}. Jeg har læst den grundigt."),
            L("Jeg har talt med klasselæreren og med AKT-vejlederen. Vi har aftalt, at eleven fremover har en fast voksen "
              "i frikvartererne, og at der holdes en klassesamtale i næste uge."),
            L("Jeg kan ikke udtale mig om andre elever, men jeg kan oplyse, at deres forældre er kontaktet."),
            L(f"Skolen udarbejder en handleplan efter undervisningsmiljøloven. I kan klage over den til {BODIES[10]}."),
            L(f"Skolebestyrelsen har fået kopi af brevet. Mødet holdes {dstr(case_date(), 'long')} kl. 8.15 i lokale "
              f"{R.randint(1, 2)}.{R.randint(10, 40)}."),
            L(f"I er velkomne til at ringe til skolens kontor via kommunens hovednummer 72 36 00 00."),
        ]
        return assemble(head, blocks, L("Venlig hilsen\n\nSkolelederen"), band, extra=cx("klage"))
    head = L(f"Journalnotat {dstr(d, 'dots')} kl. {kl()}\nSagsnr. {kle()}")
    blocks = [
        L("Mor ringer og vil klage over børnehaven. Hun fortæller, at en pædagog har grebet hårdt fat i Barn A (4 år) ved "
          "garderoben."),
        L("En anden forælder skal have set det. Mor har talt med vedkommende, som bekræfter episoden."),
        L("Mor er vejledt om, at klager over dagtilbuddets pædagogiske arbejde rettes til lederen, og at forvaltningen "
          "alene vurderer, om der er grundlag for en underretning. Henvendelsen screenes efter barnets lov § 18."),
        L("Glad for vejledningen, men fortsat bekymret. Mor ringer igen efter mødet med lederen."),
        L(f"Leder af dagtilbuddet er orienteret pr. telefon kl. {kl()}. Sagen lukkes i denne omgang."),
    ]
    return assemble(head, blocks, L("/sagsbehandler"), band, sep="\n", foot_sep="\n", extra=cx("klage"))


def c_ferie(band):
    kom = kommune()
    d = case_date()
    camp = ch(CAMPS)
    fmt = ch(["app", "app", "conf", "list", "list"])
    FMTLOG[0] = fmt
    if fmt == "app":
        rows = [L("Barn: Barn A"), L(f"Alder: {R.randint(6, 15)} år"), L("Forælder/værge: mor (forældremyndighed)"),
                L(f"Aktivitet: {camp}"), L(f"Pris: {kr()} inkl. forplejning"),
                L(f"Hjemmel: {ch(['barnets lov § 30', 'barnets lov § 32, stk. 1', 'fritidspuljen'])}"),
                L("Begrundelse: barnet har ikke været på ferie i tre år og har brug for at være sammen med andre børn."),
                L(f"Sagsnr.: {kle()}"), L(f"Modtaget: {dstr(d, 'dots')}"), L("Afgørelse: bevilget, betales direkte til arrangøren"),
                L(f"Arrangør: foreningen, CVR {dig(8)}, EAN 5798{dig(9)}")]
        return assemble(L("Ansøgning om fritidspas"), rows, [], band, sep="\n", extra=cx("ferie"))
    if fmt == "conf":
        head = L(f"Emne: Bekræftelse – {camp}")
        blocks = [L("Kære forældre"),
                  L(f"Vi bekræfter, at jeres barn er tilmeldt {camp}. Betalingen sker via {kom[0]} Kommune."),
                  L(f"Vi mødes mandag kl. 9.00 {ch(PLACES)} og slutter fredag kl. 15.00. Husk madpakke, regntøj, "
                    "solcreme og en drikkedunk. Bliver det storm, flytter vi aktiviteterne indendørs."),
                  L("Skal barnet hentes af andre end jer, skriver I det i tilmeldingen. Vi udleverer kun børn til de voksne, "
                    "der står på listen."),
                  L("Ved akut sygdom ringer vi 112 eller lægevagten på 1813 og derefter til jer."),
                  L(f"Deltagerbetaling: 0 kr. Kommunens tilskud: {kr()}. Sidste frist for afmelding er {dstr(case_date(), 'long')}.")]
        return assemble(head, blocks, L("Sommerhilsner\nLejrlederne"), band, extra=cx("ferie"))
    semi = chance(0.5)
    FMTLOG[0] = "pickup-semicolon" if semi else "pickup-table"
    head = L(f"Afhentningsliste – {camp}\n" + ("Barn;Alder;Afhentes af;Kl.;Bemærkning" if semi else
                                                "| Barn | Alder | Afhentes af | Kl. |\n|---|---|---|---|"))
    rows = []
    for i in range(16):
        who = ch(["mor", "far", "plejemor", "bedstemor", "går selv", "pædagog fra opholdsstedet"])
        note = ch(["nøddeallergi", "–", "medicin i tasken", "skal med bus 12", "cykler", "–"])
        if semi:
            rows.append(L(f"Barn {i + 1};{R.randint(6, 14)};{who};{R.randint(14, 16)}.{ch(['00', '30'])};{note}"))
        else:
            rows.append(L(f"| Barn {i + 1} | {R.randint(6, 14)} år | {who} | {R.randint(14, 16)}.{ch(['00', '30'])} |"))
    return assemble(head, rows, L("Ved spørgsmål: ring til lejrens kontor via kommunens hovednummer 72 36 00 00."), band,
                    sep="\n", foot_sep="\n", extra=cx("ferie"))


C_Y = ["er hos en ven i aften", "gider ikke skolen i morgen", "ok", "kan du ringe?", "mor ved det godt",
       "har ingen strøm", "undskyld for i går", "kommer ikke til mødet", "på vej hjem nu", "har fået 200 på MobilePay",
       "er ved stationen", "solen skinner, vi er ved stranden"]
C_M = ["Hvor er du??", "Du skal være hjemme kl 22 som aftalt", "Ring til mig NU", "Har du spist?",
       "Vi skal til mødet kl 14 husk det", "Jeg er ked af det der skete", "Far henter dig ved stationen"]
C_C = ["Vi ses torsdag kl. 15 ved Banegårdspladsen som aftalt.", "Hvordan gik det i skolen?",
       "Jeg har talt med din mor. Skal vi tage en snak i morgen?", "Husk tandlægen kl. 10.30.",
       "Jeg er syg i dag, vi rykker til mandag.", "Hvis du har det svært i nat, kan du ringe til Børnetelefonen på 116 111."]


def c_sms(band):
    USED.clear()
    d = case_date()
    fmt = ch(["thread", "thread", "calls", "whatsapp"])
    FMTLOG[0] = fmt
    if fmt in ("thread", "whatsapp"):
        head = L(f"Udskrift af sms-korrespondance mellem Ung ({R.randint(13, 17)} år), mor og kontaktpersonen, "
                 f"indsat {dstr(d, 'dots')}. Sagsnr. {kle()}.")
        rows = []
        t = dt.datetime(d.year, d.month, d.day, R.randint(15, 20), R.randint(0, 59))
        for i in range(18):
            t += dt.timedelta(minutes=R.randint(1, 95))
            who = ch(["Ung", "Ung", "Mor", "Kontaktperson"])
            msg = pick(C_Y if who == "Ung" else C_M if who == "Mor" else C_C)
            ts = f"[{t:%d.%m.%y %H:%M}] " if fmt == "thread" else f"{t:%d.%m.%Y}, {t:%H.%M} - "
            rows.append(L(ts, who, ": ", msg))
        return assemble(head, rows, [], band, sep="\n", extra=cx("sms"))
    semi = chance(0.6)
    FMTLOG[0] = "calls-semicolon" if semi else "calls-table"
    head = L(f"Opkaldsliste fra den unges mobil, fremsendt af kontaktpersonen {dstr(d, 'dots')}\n"
             + ("Dato;Tid;Retning;Nummer;Kontakt;Varighed" if semi else "Dato | Tid | Retning | Nummer | Kontakt | Varighed"))
    rows = []
    t = dt.datetime(d.year, d.month, d.day, R.randint(7, 12), 0)
    for i in range(18):
        t += dt.timedelta(minutes=R.randint(20, 400))
        num, who = ch([("skjult", "Mor"), ("skjult", "Far"), ("72 36 00 00", "Kommunen"), ("1813", "Lægevagten"),
                       ("116 111", "Børnetelefonen"), ("114", "Politiet"), ("skjult", "Ukendt"), ("skjult", "Kontaktperson")])
        dur = f"00:{R.randint(0, 25):02d}:{R.randint(0, 59):02d}"
        s = ";" if semi else " | "
        rows.append(L(f"{t:%d-%m-%Y}{s}{t:%H:%M}{s}{ch(['Udgående', 'Indgående', 'Ubesvaret'])}{s}{num}{s}{who}{s}{dur}"))
    return assemble(head, rows, L("Note: mange opkald efter kl. 23, drøftes på netværksmødet."), band, sep="\n",
                    foot_sep="\n", extra=cx("sms"))


def c_smitte(band):
    kom = kommune()
    sick, code = ch(ICD)
    d = case_date()
    place = ch(["opholdsstedet", "børnehuset", "døgninstitutionen", "vuggestuen"])
    fmt = ch(["list", "letter", "log", "export"])
    FMTLOG[0] = fmt
    if fmt == "list":
        head = L(f"Smitteopsporing – {sick} ({code}) i {place}, opdateret {dstr(d, 'dots')}")
        rows = [L(f"{i + 1}. Barn {chr(65 + i)} ({R.randint(1, 6)} år), stue {R.randint(1, 6)}. Forælder informeret kl. {kl()} "
                  f"via Aula. Symptomer siden {ch(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'])}.") for i in range(12)]
        foot = L(f"Lægevagten: 1813. Embedslægen i {BODIES[0]} er orienteret. Behandling: {MEDS[sick]}.")
        return assemble(head, rows, foot, band, sep="\n", extra=cx("smitte"))
    if fmt == "letter":
        head = L(f"Til forældre i {place}\n{dstr(d, 'long')}")
        blocks = [L("Kære forældre"),
                  L(f"Vi har i denne uge konstateret {sick} hos {R.randint(2, 7)} børn på stue {R.randint(1, 5)}. "
                    f"Diagnosekoden er {code}, og sygdommen er beskrevet i Sundhedsstyrelsens vejledning om smitsomme "
                    "sygdomme hos børn og unge."),
                  L(f"Kontakt jeres egen læge, hvis jeres barn har symptomer. Behandlingen er typisk {MEDS[sick]}."),
                  L("Hele husstanden skal behandles samtidig. Tøj og sengetøj vaskes ved 60 grader, og tøjdyr kan lægges i "
                    "en pose i tre døgn."),
                  L("Barnet må komme igen, når behandlingen er gennemført. Ved omgangssyge skal barnet være symptomfrit i "
                    "48 timer."),
                  L(f"Uden for lægens åbningstid ringer I til lægevagten på 1813. Giftlinjen: 82 12 12 12."),
                  L("Har I spørgsmål, så tal med personalet ved afhentning eller skriv på Aula.")]
        return assemble(head, blocks, L("Venlig hilsen\nLedelsen"), band, extra=cx("smitte"))
    if fmt == "log":
        head = L(f"Log – {sick}, {place}, {dstr(d, 'dots')}")
        rows = []
        t = dt.datetime(d.year, d.month, d.day, 7, R.randint(0, 30))
        for i in range(12):
            t += dt.timedelta(minutes=R.randint(5, 50))
            rows.append(ch([L(f"{t:%H.%M} Pædagog finder symptomer hos Barn {chr(65 + i)} ({R.randint(2, 6)} år). Forælder ringes op."),
                            L(f"{t:%H.%M} Forælder henter Barn {chr(65 + i)}. Får udleveret brev om {sick}."),
                            L(f"{t:%H.%M} Talt med lægehuset. Anbefaler at behandle hele stuen ({MEDS[sick]})."),
                            L(f"{t:%H.%M} Rengøring af stue {R.randint(1, 5)} og værelse {R.randint(1, 20)} bestilt."),
                            L(f"{t:%H.%M} Orienteret {ch(BODIES[:3])}. Ingen anmeldelsespligt for {sick}.")]))
        return assemble(head, rows, [], band, sep="\n", extra=cx("smitte"))
    head = L("Barn;Alder;Stue;Symptomer fra;Forælder informeret;Behandling;ICD-10")
    rows = [L(f"Barn {chr(65 + i)};{R.randint(1, 6)};{R.randint(1, 5)};{case_date():%d.%m.%Y};ja;{ch(['påbegyndt', 'afventer læge', 'afsluttet'])};{code}")
            for i in range(14)]
    return assemble(head, rows, L(f"Eksport fra smitteopsporing ({sick}), {place}, {kom[0]} Kommune"), band, sep="\n",
                    foot_sep="\n", extra=cx("smitte"))


def c_besog(band):
    kom = kommune()
    d = case_date()
    a = R.randint(5, 13)
    fmt = ch(["match", "match", "kv", "plan"])
    FMTLOG[0] = fmt
    if fmt == "match":
        head = L(ch(["Matchningsnotat", "Notat om match med venskabsfamilie"]), f": Barn A ({a} år)")
        blocks = [
            L(f"Barn A er {a} år og bor med mor. Barnet har ønsket en familie at være hos en weekend om måneden."),
            L("Venskabsfamilien består af to voksne og to børn på 8 og 12 år. De bor i et hus med have tæt på skoven."),
            L("Barnets ønske, sagt med egne ord: " + ch(WISHES)),
            L("Koordinatoren har været på hjemmebesøg hos familien og talt med begge voksne. Der er indhentet børneattest "
              "og straffeattest."),
            L("Mor har givet samtykke og ønsker, at barnet hentes hjemme og ikke ved skolen."),
            L(f"Første besøg er aftalt til lørdag i uge {R.randint(2, 50)} kl. 10–16 uden overnatning."),
            L(f"Indsatsen er frivillig og ikke en foranstaltning efter {ch(LAWS)}. Sagsnr. {kle()}."),
            L("Glæden var stor, da barnet så billederne af familiens hund. Held og lykke med opstarten."),
        ]
        return assemble(head, blocks, L("Koordinatoren for venskabsfamilier"), band, extra=cx("besog"))
    if fmt == "kv":
        rows = [L("Voksne i hjemmet: 2 (45 og 47 år)"), L("Børn i hjemmet: 2 (8 og 12 år)"),
                L("Bolig: parcelhus med have"), L("Husdyr: hund (labrador) og to kaniner"),
                L("Børneattest: indhentet " + dstr(d, "dots")), L(f"Matchet med: Barn A ({a} år)"),
                L("Barnets forældre: mor (forældremyndighed)"), L(f"Sagsnr.: {kle()}"),
                L("Kørselsgodtgørelse: efter statens takst"), L("Forsikring: dækket af kommunens ansvarsforsikring")]
        return assemble(L("Frivillig aflastningsfamilie – registrering"), rows, [], band, sep="\n", extra=cx("besog"))
    head = L(f"Weekendplan for Barn A ({a} år) hos venskabsfamilien")
    rows = [L(f"Fredag kl. 16.00: venskabsmor henter barnet hjemme hos mor."),
            L("Fredag aften: pizza og film med familiens børn."),
            L(f"Lørdag: svømmehal om formiddagen, frokost hjemme. Eftermiddag tur {ch(PLACES)}."),
            L("Lørdag aften: bålmad i haven, sengetid kl. 21. Er det storm, bliver det brætspil."),
            L("Søndag kl. 14.00: aflevering hos mor. Ved problemer ringes til koordinatoren via kommunens hovednummer."),
            L("Barnet tager egen dyne og bamse med. Ingen medicin.")]
    return assemble(head, rows, [], band, sep="\n", extra=cx("besog"))


CLEAN_GEN = [c_tilsyn, c_klage, c_ferie, c_sms, c_smitte, c_besog]


# ============================================================================= institutions
INST_TYPES = {
    "school": ["Egeskovens Friskole", "Lærkehøj Privatskole", "Lilleskolen Mosegården", "Friskolen i Nørre Vedby",
               "Montessoriskolen Spiren", "Specialskolen Lyngtoften", "Privatskolen Kongsbjerg"],
    "daycare": ["Børnehuset Troldehøj", "Den Private Vuggestue Myretuen", "Naturbørnehaven Uglereden",
                "Børnegården Humlebien", "Bondegårdsbørnehaven Kløvermarken", "Waldorfbørnehaven Rosenknoppen"],
    "home": ["Opholdsstedet Kragereden", "Skolehjemmet Birkely", "Behandlingshjemmet Granly", "Opholdsstedet Havblik",
             "Den Selvejende Institution Kildebakken", "Døgntilbuddet Stenhøj", "Opholdsstedet Ravnsborg Hus",
             "Opholdsstedet Fuglereden"],
    "efterskole": ["Vesterdal Efterskole", "Ryttergårdens Efterskole", "Idrætsefterskolen Nordvest", "Efterskolen Fjordblink"],
    "club": ["Fritidsklubben Bålstedet", "Ungehuset Fyrtårnet", "Klubben Skrænten", "Spejdergruppen Ulvedalen",
             "Rideklubben Hestehaven", "Sejlklubben Lystbådehavnens Juniorafdeling", "Multihuset Perlen"],
    "foster": ["Familieplejen Kompasset ApS", "Plejefamilieforeningen Vestjylland", "Familieplejecentret Brobyggerne"],
}
INST_T = [
    "Barn A (12 år) er indskrevet på {school} fra august og går i {club} om eftermiddagen.",
    "Sagsbehandleren har besøgt {home}, hvor den unge (15 år) har fået plads efter barnets lov § 46.",
    "Mor ønsker skoleskift til {school}. Skolen har venteliste, men kan tilbyde en samtale i uge 34.",
    "Plejefamilien er tilknyttet {foster}, som også står for supervision og kurser.",
    "Den unge (16 år) starter på {efterskole} efter sommerferien. Opholdet finansieres delvist af forældrene.",
    "Barnet (4 år) går i {daycare}. Personalet har bemærket, at barnet ofte er sultent om morgenen.",
    "Ved netværksmødet deltog en pædagog fra {home} og en lærer fra {school}.",
    "Ansøgning om aflastning: {home} kan tilbyde en weekend om måneden fra 1. oktober.",
    "Fritidspasset dækker kontingent til {club} i 12 måneder. Barnet (10 år) har været til prøvetræning to gange.",
    "Underretning modtaget fra {school} vedrørende en elev i 5. klasse. Vurderet inden for 24 timer.",
    "Opholdet på {home} ophører ved udgangen af måneden, og plejefamilien er fundet via {foster}.",
    "Der er indhentet udtalelse fra {school}. Den beskriver et barn, der trives fagligt, men er ensomt i frikvartererne.",
    "Efter udbrud af lus i {daycare} er forældrene informeret via Aula, og personalet har fået vejledning fra sundhedsplejen.",
    "Barnet (8 år) deltager i sommercampen hos {club} i uge 28. Kommunen betaler 1.950 kr.",
    "Den unge (14 år) har fået kontaktperson og skal fortsat gå i {school}. Om aftenen kommer den unge i {club}.",
    "Søskende: den ældste (17 år) går på {efterskole}, den yngste (3 år) i {daycare}.",
]


def institution_doc():
    t = ch(INST_T)
    keys = re.findall(r"\{(\w+)\}", t)
    FMTLOG[0] = "two" if len(keys) == 2 else "one"
    out, rest = [], t
    for k in keys:
        pre, rest = rest.split("{" + k + "}", 1)
        out += L(pre, (ch(INST_TYPES[k]), "institution"))
    return out + L(rest)


# ============================================================================= checks
POOL_NAMES = []
for _o, (_f, _m, _s) in NAMES.items():
    for _n in _f + _m + _s:
        if _n not in POOL_NAMES:
            POOL_NAMES.append(_n)
for _n in NICK.values():
    if _n not in POOL_NAMES:
        POOL_NAMES.append(_n)
POOL_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(POOL_NAMES, key=len, reverse=True)) + r")(?!\w)")
POOL_UP_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(n.upper()) for n in sorted(POOL_NAMES, key=len, reverse=True)) + r")(?!\w)")
PHONE_RES = [re.compile(p) for p in [
    r"(?<![\w.,:/-])\d{8}(?![\w])", r"(?<![\w.,/-])\d{2} \d{2} \d{2} \d{2}(?!\w)", r"(?<![\w.,/-])\d{4} \d{4}(?![\w.])",
    r"(?<![\w.])\d{2}\.\d{2}\.\d{2}\.\d{2}(?![\w])", r"(?<![\w-])\d{2}-\d{2}-\d{2}-\d{2}(?![\w])",
    r"(?<![\w./-])(\+|00)\d{2,3}[ .-]?\d"]]
CPR_RES = [re.compile(p) for p in [
    r"(?<![\w.])\d{6}\s?[-–]?\s?\d{4}(?!\w)", r"(?<![\w.])\d{10}(?!\w)", r"(?<![\w.])\d{2}[. -]\d{2}[. -]\d{2}\s?[-–]?\s?\d{4}(?!\w)",
    r"(?<![\w.])\d{4} \d{2}-\d{4}(?!\w)"]]
WHITELIST = PUBLIC_NUMBERS
LABEL_OK = re.compile(r"(CVR|EAN|P-nr\.?|SE-nr\.?|J\.nr\.|Journalnr\.|Sagsnr\.|sagsnummer)\s*$")
STREET_RE = re.compile(r"(?i)(?<!\w)(" + "|".join(re.escape(s) for s in STREETS) + r")\s+\d")
BORN_RE = re.compile(r"(?i)(?<!\w)(født|f\.|fødselsdato)\s*:?\s*(den\s+)?(\d)")


def inside(a, b, spans):
    for s in spans:
        if s["start"] <= a and b <= s["end"]:
            return True
    return False


def check_doc(text, spans, allowed, band):
    errs = []
    last = -1
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            errs.append("offset")
        if s["kind"] not in allowed:
            errs.append("kind " + s["kind"])
        if s["start"] < last:
            errs.append("overlap/order")
        last = s["end"]
        if s["text"] != s["text"].strip() or not s["text"]:
            errs.append("whitespace " + repr(s["text"]))
    n = len(text.split())
    lo, hi = BANDS[band] if isinstance(band, str) else band
    if not lo <= n <= hi:
        errs.append(f"band {n} not in {lo}-{hi}")
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not inside(m.start(), m.end(), spans):
                errs.append("unplanted copy " + repr(s["text"]))
    for rx in (POOL_RE, POOL_UP_RE):
        for m in rx.finditer(text):
            if not inside(m.start(), m.end(), spans):
                errs.append("pool name outside span " + repr(m.group(0)))
    for rx in PHONE_RES + CPR_RES:
        for m in rx.finditer(text):
            if inside(m.start(), m.end(), spans):
                continue
            g = m.group(0)
            if any(text[m.start():m.start() + len(w)] == w and len(w) >= len(g) - 1 for w in WHITELIST):
                continue
            if LABEL_OK.search(text[max(0, m.start() - 14):m.start()]):
                continue
            errs.append("number outside span " + repr(g))
    for m in re.finditer("@", text):
        if not any(s["kind"] == "email" and s["start"] <= m.start() < s["end"] for s in spans):
            errs.append("@ outside email")
    for m in STREET_RE.finditer(text):
        if not any(s["kind"] == "address" and s["start"] <= m.start() < s["end"] for s in spans):
            errs.append("street+number outside address " + repr(m.group(0)))
    for m in BORN_RE.finditer(text):
        p = m.start(3)
        if not any(s["kind"] in ("dob", "cpr") and s["start"] <= p < s["end"] for s in spans):
            errs.append("født + unplanted digits " + repr(text[m.start():m.start() + 20]))
    return errs


def draw(gen, band, allowed, tries=400):
    for _ in range(tries):
        parts = gen(band)
        text, spans = render(parts)
        errs = check_doc(text, spans, allowed, band)
        if not errs:
            return text, spans, FMTLOG[0]
        LAST_ERRS[:] = errs
    raise RuntimeError(f"{gen.__name__} {band}: {LAST_ERRS[:5]}")


LAST_ERRS = []


def main():
    planted, clean, insts = [], [], []
    fmt_counts = {"planted": {}, "clean": {}, "institutions": {}}
    band_names = ["short", "medium", "long"]
    for i in range(240):
        band = band_names[i % 3]
        g = (i // 3) % 6
        text, spans, fmt = draw(PLANTED_GEN[g], band, PLANTED_KINDS)
        planted.append({"id": f"{CORPUS}-p{i + 1:03d}", "text": text, "planted": spans})
        key = f"{GENRES[g]}/{fmt}/{band}"
        fmt_counts["planted"][key] = fmt_counts["planted"].get(key, 0) + 1
    forbidden = []
    for d in planted:
        for s in d["planted"]:
            if s["kind"] != "name" and s["text"] not in forbidden:
                forbidden.append(s["text"])
    for i in range(240):
        band = band_names[i % 3]
        g = (i // 3) % 6
        for _ in range(200):
            text, spans, fmt = draw(CLEAN_GEN[g], band, [])
            if not any(f in text for f in forbidden):
                break
        else:
            raise RuntimeError("clean text contains planted data")
        clean.append({"id": f"{CORPUS}-c{i + 1:03d}", "text": text, "planted": []})
        key = f"{GENRES[g]}/{fmt}/{band}"
        fmt_counts["clean"][key] = fmt_counts["clean"].get(key, 0) + 1
    for i in range(30):
        text, spans, fmt = draw(lambda band: institution_doc(), (12, 40), ["institution"])
        insts.append({"id": f"{CORPUS}-i{i + 1:03d}", "text": text, "planted": spans})
        fmt_counts["institutions"][fmt] = fmt_counts["institutions"].get(fmt, 0) + 1

    # corpus-level checks
    totals = {k: 0 for k in PLANTED_KINDS}
    for d in planted:
        for s in d["planted"]:
            totals[s["kind"]] += 1
    allsp = sum(totals.values())
    problems = []
    if not 3000 <= allsp <= 4500:
        problems.append(f"total spans {allsp}")
    for k in ("phone", "address", "dob"):
        if totals[k] < 250:
            problems.append(f"{k} {totals[k]} < 250")
    for k in ("cpr", "email"):
        if totals[k] < 120:
            problems.append(f"{k} {totals[k]} < 120")
    if totals["name"] <= max(v for k, v in totals.items() if k != "name"):
        problems.append("names not most numerous")
    for lst, pre in ((planted, "p"), (clean, "c"), (insts, "i")):
        for j, d in enumerate(lst):
            assert d["id"] == f"{CORPUS}-{pre}{j + 1:03d}"
    for d in clean:
        for f in forbidden:
            if f in d["text"]:
                problems.append(f"{d['id']} contains planted {f!r}")
    print("totals", totals, "all", allsp)
    if problems:
        print("PROBLEMS", problems)
        sys.exit(1)
    out = {}
    for name, lst in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", insts)):
        data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lst).encode("utf-8")
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        out[name] = hashlib.sha256(data).hexdigest()
        print(name, len(lst), out[name])
    with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump({"totals": totals, "all_spans": allsp, "formats": fmt_counts,
                   "institution_spans": sum(len(d["planted"]) for d in insts)}, fh, ensure_ascii=False, indent=1,
                  sort_keys=True)
        fh.write("\n")


if __name__ == "__main__":
    main()
