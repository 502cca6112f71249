"""blind32 held-out corpus generator: spans, persons, formatters, six genres, checks, driver."""
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

from pools import (FIRST, LAST, MIDDLE_DK, MIDDLE_VN, NICK, TOWNS, TOWN_SLOPPY, KOMMUNE,
                   STREETS, FOREIGN_ADDR, FOREIGN_PHONE, FIRST_DIGIT_FOREIGN, DK_MOBILE_PREFIX,
                   DK_LANDLINE_PREFIX, PRIVATE_MAIL, MONTHS_DA, MONTHS_DA_SHORT, MONTHS_EN,
                   STOP_INITIALS, REGION_MAIL, PLACE_STREETS, PUBLIC_NUMBERS, PUBLIC_LINES,
                   CVR_NUMBERS, EAN_NUMBERS, WORD_NAMES, TITLES)

REF = dt.date(2025, 3, 1)  # reference date for ages in the texts


class S:
    """A planted span: kind + text."""
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def flatten(items, out):
    for it in items:
        if it is None:
            continue
        if isinstance(it, (list, tuple)):
            flatten(it, out)
        else:
            out.append(it)
    return out


def render(items):
    """items -> (text, spans)"""
    parts = []
    spans = []
    pos = 0
    for it in flatten(items, []):
        if isinstance(it, S):
            spans.append({"kind": it.kind, "text": it.text, "start": pos, "end": pos + len(it.text)})
            parts.append(it.text)
            pos += len(it.text)
        else:
            parts.append(it)
            pos += len(it)
    return "".join(parts), spans


def plain(items):
    return render(items)[0]


# ------------------------------------------------------------------ folding for e-mails
def fold(s):
    s = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ł", "l"), ("ı", "i"), ("đ", "d"),
                 ("ð", "d"), ("ß", "ss"), ("ê", "e"), ("î", "i")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return "".join(ch for ch in s if ch.isalnum())


# ------------------------------------------------------------------ persons
ORIGINS = ("dk", "dk", "dk", "dk", "dk", "dk", "dkrare", "dkrare", "gl", "fo", "so", "ar",
           "ku", "tr", "af", "pk", "pl", "ua", "ro", "ba", "er", "vn", "th", "ph", "en")


def rand_date(rng, y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def mk_cpr(rng, dob, g):
    yy = dob.year % 100
    if dob.year < 2000:
        d7 = rng.choice("0123" if yy < 37 else "012349")
    else:
        d7 = rng.choice("4599" if yy <= 36 else "5678") if yy <= 57 else "5"
    seq = "%s%02d" % (d7, rng.randint(0, 99))
    last = rng.choice("13579" if g == "m" else "02468")
    return dob.strftime("%d%m") + "%02d" % yy + seq + last


def pick_last(rng, origin, g):
    pool = LAST["dk" if origin == "dkrare" and rng.random() < 0.4 else origin]
    s = rng.choice(pool)
    if "|" in s:
        m, f = s.split("|")
        s = m if g == "m" else f
    return s


def mk_addr(rng, town=None):
    t = town or rng.choice(TOWNS)
    n = rng.choice((rng.randint(1, 40), rng.randint(1, 40), rng.randint(2, 160)))
    a = {"street": rng.choice(STREETS), "no": str(n), "letter": "", "floor": "", "door": "",
         "pc": t[0], "town": t[1], "kommune": t[2]}
    r = rng.random()
    if r < 0.12:
        a["letter"] = rng.choice("ABCDEF")
    if rng.random() < 0.4:
        a["floor"] = rng.choice(("st.", "1.", "1.", "2.", "2.", "3.", "4.", "5."))
        a["door"] = rng.choice(("th.", "tv.", "th.", "tv.", "mf.", "1", "3", "12"))
    return a


def mk_phone_digits(rng, landline=False):
    pre = rng.choice(DK_LANDLINE_PREFIX if landline else DK_MOBILE_PREFIX)
    return pre + "%06d" % rng.randint(0, 999999)


class Person:
    def __init__(self, rng, origin, g, y0, y1, last=None, first=None, role="", town=None):
        self.origin = origin
        self.g = g
        fpool = FIRST[origin][0 if g == "f" else 1]
        self.first = first or rng.choice(fpool)
        self.middle = ""
        if origin in ("dk", "dkrare") and rng.random() < 0.18:
            self.middle = rng.choice(MIDDLE_DK)
            if self.middle in ("Marie", "Louise", "Kristine", "Sofie", "Emilie") and g == "m":
                self.middle = rng.choice(("Juul", "Bech", "Friis", "Munk", "Brix", "Gram"))
        if origin == "vn" and rng.random() < 0.6:
            self.middle = rng.choice(MIDDLE_VN[g])
        self.last = last or pick_last(rng, origin, g)
        self.dob = rand_date(rng, y0, y1)
        self.cpr = mk_cpr(rng, self.dob, g)
        self.phone = mk_phone_digits(rng)
        self.work_phone = mk_phone_digits(rng, landline=True)
        self.addr = mk_addr(rng, town)
        self.role = role
        self.email_cache = {}
        self.fphone = None
        self.faddr = None
        if origin in FOREIGN_PHONE:
            pre, groups = FOREIGN_PHONE[origin]
            digs = []
            for i, k in enumerate(groups):
                s = "".join(str(rng.randint(0, 9)) for _ in range(k))
                if i == 0:
                    s = FIRST_DIGIT_FOREIGN[pre] + s[1:]
                digs.append(s)
            self.fphone = pre + " " + " ".join(digs)
        if origin in FOREIGN_ADDR:
            self.faddr = rng.choice(FOREIGN_ADDR[origin])

    def age(self, ref=REF):
        return ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))

    def full(self):
        return " ".join(x for x in (self.first, self.middle, self.last) if x)

    def fl(self):
        return self.first + " " + self.last

    def initials(self, rng):
        a = self.first[0] + self.last.replace("í ", "").replace("á ", "").replace("við ", "")[0]
        for _ in range(10):
            k = rng.random()
            if k < 0.35:
                s = (self.first[:2] + self.last.split()[-1][:2]).upper()
            elif k < 0.65:
                s = a.upper()
            elif k < 0.8:
                s = (self.first[0] + (self.middle[:1] if self.middle else "") + self.last.split()[-1][0]).upper()
            else:
                s = a.upper() + str(rng.randint(1, 9))
            s = fold(s).upper() if any(ch in s for ch in "ÆØÅ") else s
            if s not in STOP_INITIALS and len(s) >= 2:
                return s
        return (self.first[:3] + self.last[:1]).upper()


# ------------------------------------------------------------------ Danish number words
ONES = ("nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni")
TEENS = ("ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten")
TENS = ("", "", "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems")
ORD = ("", "første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende",
       "niende", "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende",
       "sekstende", "syttende", "attende", "nittende", "tyvende", "enogtyvende",
       "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende", "seksogtyvende",
       "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte")


def two_digit_words(n, lead0=True):
    if n < 10:
        return ("nul " + ONES[n]) if lead0 else ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t]
    return ONES[o] + "og" + TENS[t]


def year_words(y):
    if y >= 2000:
        r = y - 2000
        return "to tusind" + ("" if r == 0 else " og " + two_digit_words(r, lead0=False))
    return "nitten hundrede og " + two_digit_words(y - 1900, lead0=False)


# ------------------------------------------------------------------ formatters
def fmt_phone(rng, d, style=None):
    if style is None:
        style = rng.choice(("8", "2222", "2222", "2222", "44", "44", "dots", "dash", "+45",
                            "+45", "+45c", "0045", "p45", "+45_44"))
    g2 = " ".join(d[i:i + 2] for i in range(0, 8, 2))
    if style == "8":
        return d
    if style == "2222":
        return g2
    if style == "44":
        return d[:4] + " " + d[4:]
    if style == "dots":
        return ".".join(d[i:i + 2] for i in range(0, 8, 2))
    if style == "dash":
        return "-".join(d[i:i + 2] for i in range(0, 8, 2))
    if style == "+45":
        return "+45 " + g2
    if style == "+45c":
        return "+45" + d
    if style == "0045":
        return "0045 " + d
    if style == "p45":
        return "(+45) " + d[:4] + " " + d[4:]
    if style == "+45_44":
        return "+45 " + d[:4] + " " + d[4:]
    if style == "spoken":
        return " ".join(two_digit_words(int(d[i:i + 2])) for i in range(0, 8, 2))
    if style == "spoken1":
        return " ".join(ONES[int(ch)] for ch in d)
    raise ValueError(style)


def fmt_dob(rng, d, style=None):
    if style is None:
        style = rng.choice(("dmy.", "dmy.", "dmy.", "d.m.y", "dmy-", "dmy/", "d/m-y", "dm/y2",
                            "long", "long", "iso", "short", "en1", "en2", "dmy2."))
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "d.m.y":
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "d/m-y":
        return "%d/%d-%d" % (d.day, d.month, d.year)
    if style == "dm/y2":
        return "%02d/%02d-%02d" % (d.day, d.month, d.year % 100)
    if style == "dmy2.":
        return "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)
    if style == "long":
        return "%d. %s %d" % (d.day, MONTHS_DA[d.month - 1], d.year)
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return "%d. %s. %d" % (d.day, MONTHS_DA_SHORT[d.month - 1], d.year)
    if style == "en1":
        return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1], d.year)
    if style == "en2":
        return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == "spoken":
        return "%s %s %s" % (ORD[d.day], MONTHS_DA[d.month - 1], year_words(d.year))
    raise ValueError(style)


def fmt_cpr(rng, c, style=None):
    if style is None:
        style = rng.choice(("6-4", "6-4", "6-4", "6-4", "6 4", "10", "2.2.2-4", "2 2 2 4",
                            "6 - 4"))
    if style == "6-4":
        return c[:6] + "-" + c[6:]
    if style == "6 4":
        return c[:6] + " " + c[6:]
    if style == "10":
        return c
    if style == "2.2.2-4":
        return "%s.%s.%s-%s" % (c[:2], c[2:4], c[4:6], c[6:])
    if style == "2 2 2 4":
        return "%s %s %s %s" % (c[:2], c[2:4], c[4:6], c[6:])
    if style == "6 - 4":
        return c[:6] + " - " + c[6:]
    raise ValueError(style)


def fmt_addr(rng, a, style=None):
    if style is None:
        style = rng.choice(("street", "street", "full", "full", "full", "two", "sloppy", "lower",
                            "dash", "full"))
    base = a["street"] + " " + a["no"] + a["letter"]
    fd = ""
    if a["floor"]:
        fd = a["floor"] + " " + a["door"]
    town = a["pc"] + " " + a["town"]
    if style == "street":
        return base + (", " + fd if fd else "")
    if style == "full":
        return base + (", " + fd if fd else "") + ", " + town
    if style == "two":
        return base + (", " + fd if fd else "") + "\n" + town
    if style == "dash":
        return base + (" " + fd if fd else "") + " - " + town
    if style == "sloppy":
        fd2 = (a["floor"].rstrip(".") + "." + a["door"].rstrip(".")) if fd else ""
        return base + (" " + fd2 if fd2 else "") + " " + a["pc"] + " " + TOWN_SLOPPY.get(a["town"], a["town"])
    if style == "lower":
        fd2 = (a["floor"].rstrip(".") + " " + a["door"].rstrip(".")) if fd else ""
        return (base.lower() + (" " + fd2 if fd2 else "")).strip()
    raise ValueError(style)


def mk_email(rng, p, kind="private", domain=None):
    key = (kind, domain)
    if key in p.email_cache:
        return p.email_cache[key]
    f = fold(p.first.split()[0].split("-")[0])
    l = fold(p.last.split()[-1])
    if kind == "private":
        dom = domain or rng.choice(PRIVATE_MAIL)
        yy = "%02d" % (p.dob.year % 100)
        pat = rng.choice(("f.l", "fl", "fyy", "f_l", "flyy", "f.l.yy", "l.f", "fl1", "nick"))
        if pat == "f.l":
            u = f + "." + l
        elif pat == "fl":
            u = f + l
        elif pat == "fyy":
            u = f + yy
        elif pat == "f_l":
            u = f + "_" + l[:1]
        elif pat == "flyy":
            u = f + l[:3] + yy
        elif pat == "f.l.yy":
            u = f + "." + l + yy
        elif pat == "l.f":
            u = l + "." + f
        elif pat == "fl1":
            u = f[:1] + l + str(rng.randint(1, 99))
        else:
            u = rng.choice(("mor", "far", "familien", "team", "mail", "privat")) + f + str(rng.randint(1, 9))
        e = u + "@" + dom
    else:
        dom = domain
        pat = rng.choice(("init", "init", "f.l", "init4", "fl"))
        if pat == "init":
            u = (f[:2] + l[:2])
        elif pat == "init4":
            u = f[:1] + l[:2] + str(rng.randint(1, 9))
        elif pat == "fl":
            u = f[:1] + l
        else:
            u = f + "." + l
        e = (u.upper() if rng.random() < 0.2 and pat.startswith("init") else u) + "@" + dom
    p.email_cache[key] = e
    return e


def spoken_email(e):
    user, dom = e.split("@")
    user = user.replace(".", " punktum ").replace("_", " understreg ")
    dom = dom.replace(".", " punktum ")
    return (user + " snabel-a " + dom).replace("  ", " ")


def fmt_date(rng, d, style=None):
    """non-personal dates (meetings, incidents)"""
    if style is None:
        style = rng.choice(("dmy.", "dmy.", "long", "long", "d/m", "iso", "d.m.y"))
    if style == "d/m":
        return "%d/%d-%d" % (d.day, d.month, d.year)
    return fmt_dob(rng, d, style)


# ================================================================== context
def cap(s):
    return s[:1].upper() + s[1:] if s else s


PH_ALT = ("nummeret i sagen", "det kendte nummer", "nummeret på kontaktarket", "det oplyste nummer")
AD_ALT = ("den kendte adresse", "adressen i folkeregistret", "den adresse, der står i sagen",
          "den oplyste adresse")
CPR_ALT = ("fremgår af sagen", "se journal", "udeladt i kopien", "ikke påført",
           "registreret i fagsystemet")
EM_ALT = ("sikker mail", "Digital Post", "sikker post via borger.dk")

KTOWNS = tuple(t for t in TOWNS if t[2] in KOMMUNE)


class Ctx:
    def __init__(self, rng, mode):
        self.rng = rng
        self.P = mode == "p"

    def x(self, p_items, c_items):
        return p_items if self.P else c_items

    def ch(self, *opts):
        return self.rng.choice(opts)

    # ---- names
    def name_text(self, p, st):
        r = self.rng
        if st is None:
            st = r.choice(("full", "fl", "fl", "fl", "first", "first", "first", "first", "last",
                           "lastfirst", "caps", "nick", "typo"))
        if st == "full":
            return p.full()
        if st == "fl":
            return p.fl()
        if st == "first":
            return p.first
        if st == "last":
            return p.last
        if st == "lastfirst":
            return p.last + ", " + p.first
        if st == "caps":
            return p.fl().upper()
        if st == "capslast":
            return p.last.upper() + ", " + p.first
        if st == "lower":
            return r.choice((p.first.lower(), p.fl().lower()))
        if st == "init":
            if not hasattr(p, "ini"):
                p.ini = p.initials(r)
            return p.ini
        if st == "dotinit":
            return p.first[0] + "." + p.last.split()[-1][0] + "."
        if st == "nick":
            return NICK.get(p.first, p.first)
        if st == "typo":
            return typo(r, p.first) if len(p.first) > 3 else p.first
        if st == "typolast":
            return p.first + " " + (typo(r, p.last) if len(p.last) > 4 else p.last)
        raise ValueError(st)

    def n(self, p, st=None):
        if not self.P:
            return p.rn
        return S("name", self.name_text(p, st))

    def a(self, p, st=None):
        """apposition / after a title: name span, or a sentinel that the clean post-processing removes"""
        if not self.P:
            return "\x00"
        return S("name", self.name_text(p, st))

    def N(self, p, st=None):
        if not self.P:
            return cap(p.rn)
        return S("name", self.name_text(p, st))

    def gn(self, p, st=None):
        if not self.P:
            return p.rg
        s = self.name_text(p, st)
        if s[-1] in "sxzSXZ":
            return [S("name", s), "'"]
        return S("name", s + "s")

    def intro(self, p, st="fl"):
        """first mention of a child: name span / 'Barn A (9 år)'"""
        if not self.P:
            return "%s (%d år)" % (cap(p.rn), p.age())
        return S("name", self.name_text(p, st))

    # ---- numbers and places
    def ph(self, p, st=None, w="m", alt=None):
        if not self.P:
            return alt if alt is not None else self.rng.choice(PH_ALT)
        if w == "f" and p.fphone:
            return S("phone", p.fphone if self.rng.random() < 0.7 else p.fphone.replace(" ", "", 1).replace("+", "00", 1))
        d = p.work_phone if w == "w" else p.phone
        return S("phone", fmt_phone(self.rng, d, st))

    def ad(self, p, st=None, alt=None, foreign=False):
        if not self.P:
            return alt if alt is not None else self.rng.choice(AD_ALT)
        if foreign and p.faddr:
            return S("address", p.faddr)
        return S("address", fmt_addr(self.rng, p.addr, st))

    def dob(self, p, st=None, alt=None):
        if not self.P:
            return alt if alt is not None else "%d år" % p.age()
        return S("dob", fmt_dob(self.rng, p.dob, st))

    def born(self, p, st=None):
        """'født 12.03.2015' / '9 år'"""
        if not self.P:
            return "%d år" % p.age()
        lab = self.rng.choice(("født ", "født ", "f. ", "født den "))
        if lab == "født den ":
            st = self.rng.choice(("long", "dmy.", "long"))
        return [lab, S("dob", fmt_dob(self.rng, p.dob, st))]

    def kdob(self, p, label="Fødselsdato: ", st=None):
        if not self.P:
            return "Alder: %d år" % p.age()
        return [label, S("dob", fmt_dob(self.rng, p.dob, st))]

    def cpr(self, p, st=None, alt=None):
        if not self.P:
            return alt if alt is not None else self.rng.choice(CPR_ALT)
        return S("cpr", fmt_cpr(self.rng, p.cpr, st))

    def em(self, p, kind="private", dom=None, alt=None, spoken=False):
        if not self.P:
            return alt if alt is not None else self.rng.choice(EM_ALT)
        if kind == "work" and dom is None:
            dom = p.wdom
        e = mk_email(self.rng, p, kind, dom)
        return S("email", spoken_email(e) if spoken else e)

    def town(self, p):
        return p.addr["town"]


def typo(r, s):
    i = r.randint(1, len(s) - 2)
    k = r.random()
    if k < 0.4:
        t = s[:i] + s[i + 1:]
    elif k < 0.7:
        t = s[:i] + s[i] + s[i:]
    else:
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return t if t != s else s + s[-1]


# ================================================================== cast
def set_role(p, rn, rg=None):
    p.rn = rn
    p.rg = rg if rg else (rn + "s" if not rn.endswith("s") else rn)
    return p


def family(rng, y0=2008, y1=2021, nkids=1):
    o1 = rng.choice(ORIGINS)
    o2 = o1 if rng.random() < 0.6 else rng.choice(ORIGINS)
    town = rng.choice(KTOWNS)
    mor = Person(rng, o1, "f", 1972, 2000, town=town)
    far = Person(rng, o2, "m", 1965, 1998, town=rng.choice(KTOWNS))
    set_role(mor, "mor", "mors")
    set_role(far, "far", "fars")
    kids = []
    letters = "ABCD"
    for i in range(nkids):
        g = rng.choice("fm")
        co = rng.choice((o1, o2, o1, "dk" if o1 != "dk" else "dkrare"))
        if co not in FIRST:
            co = o1
        k = rng.random()
        if k < 0.45:
            last = far.last
        elif k < 0.8:
            last = mor.last
        else:
            last = mor.last + "-" + far.last if " " not in mor.last + far.last else far.last
        if co in ("pl",) and "|" not in last:
            pass
        if o2 == "pl" and last == far.last and g == "f" and far.last.endswith("ski"):
            last = far.last[:-1] + "a"
        kid = Person(rng, co, g, y0, y1, last=last, town=town)
        kid.addr = mor.addr
        set_role(kid, "Barn " + letters[i], "Barn %s's" % letters[i])
        kids.append(kid)
    return {"mor": mor, "far": far, "kids": kids, "kid": kids[0], "town": town,
            "kommune": town[2]}


def prof(rng, rn, rg, kommune=None, dom=None, origin=None):
    o = origin or rng.choice(("dk", "dk", "dk", "dk", "dk", "dkrare") + ORIGINS)
    p = Person(rng, o, rng.choice("ffm"), 1960, 1998)
    set_role(p, rn, rg)
    if dom is None:
        dom = KOMMUNE[kommune][0] if kommune in KOMMUNE else "kk.dk"
    p.wdom = dom
    return p


def plejefam(rng, town=None):
    o = rng.choice(("dk", "dk", "dk", "dkrare") + ORIGINS)
    t = town or rng.choice(KTOWNS)
    pm = Person(rng, o, "f", 1962, 1990, town=t)
    pf = Person(rng, o if rng.random() < 0.7 else "dk", "m", 1960, 1990, town=t)
    if rng.random() < 0.5:
        pf.last = pm.last
    pf.addr = pm.addr
    set_role(pm, "plejemor", "plejemors")
    set_role(pf, "plejefar", "plejefars")
    return pm, pf


def kdom(kommune):
    return KOMMUNE[kommune][0] if kommune in KOMMUNE else "kk.dk"


def kswitch(kommune):
    return KOMMUNE[kommune][1] if kommune in KOMMUNE else "33 66 33 66"


def evdate(rng, y0=2024, y1=2025):
    d = rand_date(rng, y0, y1)
    if d > dt.date(2025, 10, 31):
        d = d.replace(year=2024)
    return d


def hhmm(rng, h0=7, h1=23):
    return "%02d.%02d" % (rng.randint(h0, h1), rng.randint(0, 59))


def ts(rng, h0=7, h1=23):
    return "%02d:%02d" % (rng.randint(h0, h1), rng.randint(0, 59))


def casenr(rng):
    return rng.choice((
        "27.24.08-G01-%d-%02d" % (rng.randint(100, 9999), rng.randint(22, 25)),
        "Sag %d-%03d" % (rng.randint(2022, 2025), rng.randint(1, 999)),
        "J.nr. %02d/%d" % (rng.randint(22, 25), rng.randint(1000, 49999)),
        "27.12.00-A26-%d-%02d" % (rng.randint(1, 999), rng.randint(23, 25)),
    ))


# ================================================================== genre 1: travel
COUNTRIES = (("Tyrkiet", "Ankara", "Antalya", "tr"), ("Polen", "Warszawa", "Gdańsk", "pl"),
             ("Somalia", "Mogadishu", "Hargeisa", "so"), ("Pakistan", "Islamabad", "Lahore", "pk"),
             ("Grønland", "Nuuk", "Sisimiut", "gl"), ("Færøerne", "Tórshavn", "Klaksvík", "fo"),
             ("Ukraine", "Kyiv", "Lviv", "ua"), ("Rumænien", "Bukarest", "Cluj-Napoca", "ro"),
             ("Bosnien-Hercegovina", "Sarajevo", "Tuzla", "ba"), ("Vietnam", "Hanoi", "Ho Chi Minh-byen", "vn"),
             ("Thailand", "Bangkok", "Chonburi", "th"), ("Filippinerne", "Manila", "Quezon City", "ph"),
             ("Storbritannien", "London", "Leeds", "en"), ("Jordan", "Amman", "Irbid", "ar"),
             ("Irak", "Bagdad", "Erbil", "ku"), ("Spanien", "Madrid", "Málaga", "dk"),
             ("Sverige", "Stockholm", "Malmö", "se"), ("Tyskland", "Berlin", "Flensburg", "de"))
AIRLINES = ("SAS", "Norwegian", "Turkish Airlines", "Qatar Airways", "Pegasus", "Wizz Air",
            "Lufthansa", "Air Greenland", "Atlantic Airways", "KLM", "Ryanair")


def country_for(rng, fam):
    o = fam["far"].origin if fam["far"].origin not in ("dk", "dkrare") else fam["mor"].origin
    for cc in COUNTRIES:
        if cc[3] == o:
            return cc
    return rng.choice(COUNTRIES)


def relative_abroad(rng, cc, g=None):
    o = cc[3] if cc[3] in FIRST else rng.choice(ORIGINS)
    p = Person(rng, o, g or rng.choice("fm"), 1950, 1995)
    if cc[3] in FOREIGN_PHONE and not p.fphone:
        pass
    if cc[3] in FOREIGN_ADDR:
        p.faddr = rng.choice(FOREIGN_ADDR[cc[3]])
        pre, groups = FOREIGN_PHONE[cc[3]]
        p.fphone = pre + " " + " ".join(
            (FIRST_DIGIT_FOREIGN[pre] if i == 0 else str(rng.randint(0, 9))) +
            "".join(str(rng.randint(0, 9)) for _ in range(k - 1)) for i, k in enumerate(groups))
    return p


def g_travel(c, band):
    r = c.rng
    fam = family(r, 2008, 2022)
    kid, mor, far = fam["kid"], fam["mor"], fam["far"]
    km = fam["kommune"]
    cw = prof(r, "sagsbehandleren", "sagsbehandlerens", km)
    pm, pf = plejefam(r)
    cc = country_for(r, fam)
    rel = relative_abroad(r, cc)
    set_role(rel, r.choice(("farmor", "mormor", "morbror", "faster", "moster", "farbror")))
    d1 = evdate(r)
    d2 = d1 + dt.timedelta(days=r.randint(6, 24))
    air = r.choice(AIRLINES)
    sub = r.choice(("samtykke", "ambassade", "flyselskab", "journal", "sms", "tabel"))
    placed = r.random() < 0.5
    head, opts, tail = [], [], []
    if sub == "samtykke":
        head = [["SAMTYKKEERKLÆRING – BARNS REJSE TIL UDLANDET\n\n"],
                ["Barnets navn: ", c.intro(kid, c.ch("full", "fl", "caps")), "\n",
                 c.kdob(kid), "\n",
                 "CPR-nr.: ", c.cpr(kid), "\n"]]
        opts = [["Bopæl: ", c.ad(kid if not placed else pm, alt=c.ch("plejefamilien", "hos mor", "kendt af forvaltningen")), "\n"],
                ["Rejsemål: %s (%s)\nUdrejse: %s   Hjemrejse: %s\nTransport: fly med %s\n" % (
                    cc[0], cc[2], fmt_date(r, d1, "dmy."), fmt_date(r, d2, "dmy."), air)],
                ["\nBarnet rejser sammen med:\nNavn: ", c.N(mor if not placed else pm, "fl"), "\n",
                 "Tlf.: ", c.ph(mor if not placed else pm), "\n",
                 "E-mail: ", c.em(mor if not placed else pm), "\n"],
                ["Opholdssted under rejsen: ", c.x(c.ad(rel, foreign=True), "hos familie i %s" % cc[2]), "\n",
                 "Kontakt på stedet: ", c.N(rel, "fl"), ", ", c.ph(rel, w="f", alt="oplyst til plejefamilien"), "\n"],
                ["\nForældremyndighedsindehaver 1: ", c.N(mor, "fl"), ", tlf. ", c.ph(mor), "\n",
                 "Forældremyndighedsindehaver 2: ", c.N(far, "fl"), ", tlf. ", c.ph(far), "\n"],
                ["\nUndertegnede forældremyndighedsindehavere giver hermed samtykke til, at barnet rejser ud af "
                 "Danmark i den anførte periode. Vi er indforståede med, at erklæringen kan blive forlangt "
                 "fremvist ved check-in og ved grænsekontrol. Erklæringen medbringes i original sammen med pas.\n"],
                (["\nBarnet er anbragt uden for hjemmet efter Barnets lov § 46. Kommunen er orienteret og har "
                  "ingen indvendinger mod rejsen.\nSagsbehandler: ", c.N(cw, "fl"), ", direkte tlf. ",
                  c.ph(cw, w="w", alt="via hovednummer %s" % kswitch(km)), ", ", c.em(cw, "work"), "\n"] if placed else
                 ["\nKopi af begge forældres pas vedlægges. Spørgsmål kan rettes til ", c.n(mor, "first"),
                  " på ", c.ph(mor, st="2222"), ".\n"])]
        tail = [["\nDato: %s\n\n" % fmt_date(r, d1 - dt.timedelta(days=r.randint(5, 30))),
                 "_______________________            _______________________\n",
                 c.x([S("name", mor.fl()), " ", " " * 20, S("name", far.fl())], "Mor                               Far"), "\n"]]
    elif sub == "ambassade":
        if cc[0] in ("Grønland", "Færøerne") or (cc[3] == "dk"):
            cc = r.choice(tuple(x for x in COUNTRIES if x[3] not in ("gl", "fo", "dk")))
        ctry = cc[0]
        far.fphone = relative_abroad(r, cc).fphone
        head = [[km, "\nBørn og Unge, Myndighed\n", c.x(["Direkte tlf.: ", c.ph(cw, w="w"), "\n"], "Hovednummer: %s\n" % kswitch(km)),
                 "\n", "Til %ss ambassade\nKonsulær afdeling\nKøbenhavn\n\n" % ctry,
                 "Dato: %s\n" % fmt_date(r, d1 - dt.timedelta(days=40), "long"),
                 "Vedr.: ", c.n(kid, "full"), ", ", c.born(kid), "\n\n"]]
        opts = [["Undertegnede er sagsbehandler for ovennævnte barn, som siden %d har været anbragt i "
                 "plejefamilie efter Barnets lov § 46. Barnets forældre har fortsat fælles forældremyndighed.\n\n" % (2025 - r.randint(1, 5))],
                ["Barnets mor, ", c.a(mor, "fl"), c.x([", ", c.born(mor, st="dmy.")], ""), ", bor på ", c.ad(mor, alt="sin kendte adresse i %s" % mor.addr["town"]),
                 ". Barnets far, ", c.a(far, "fl"), ", opholder sig efter det oplyste i %s og kan kontaktes på " % cc[0],
                 c.ph(far, w="f", alt="et udenlandsk nummer, som ambassaden har fået oplyst"), ".\n\n"],
                ["Kommunen skal hermed anmode om, at ambassaden bistår med at indhente fars skriftlige samtykke til udstedelse "
                 "af pas, så barnet kan deltage i en familierejse i sommerferien. Rejsen er planlagt sammen med plejefamilien, ",
                 c.n(pm, "fl"), " og ", c.n(pf, "first"), ".\n\n"],
                [c.x(["Barnets CPR-nr. er ", c.cpr(kid), ". "], ""), "Kopi af anbringelsesafgørelsen og af mors samtykke er vedlagt.\n\n"],
                ["Henvendelser om sagen kan ske til undertegnede på ", c.x(c.em(cw, "work"), "kommunens sikre postkasse"),
                 " eller på telefon ", c.ph(cw, w="w", alt="via hovednummeret %s" % kswitch(km)), " alle hverdage kl. 9-12.\n\n"]]
        tail = [["Med venlig hilsen\n\n", c.N(cw, "full"), "\n", cap(r.choice(TITLES["sagsbehandler"])), "\n"]]
    elif sub == "flyselskab":
        snd = mor if not placed else pm
        head = [["Fra: ", c.N(snd, "fl"), " <", c.em(snd), ">\n" if c.P else ">\n",
                 "Sendt: %s kl. %s\nTil: %s – Special Assistance\nEmne: Uledsaget mindreårig, booking %s\n\n" % (
                     fmt_date(r, d1 - dt.timedelta(days=14), "long"), hhmm(r), air,
                     "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))]]
        if not c.P:
            head = [["Fra: plejemor <sendt via kommunens formular>\n" if placed else "Fra: mor <sendt via formular>\n",
                     "Sendt: %s kl. %s\nTil: %s – Special Assistance\nEmne: Uledsaget mindreårig\n\n" % (
                         fmt_date(r, d1 - dt.timedelta(days=14), "long"), hhmm(r), air)]]
        opts = [["Hej\n\nJeg skriver for at bekræfte bestillingen af ledsagerservice for ", c.n(kid, "fl"),
                 ", ", c.born(kid), ", som flyver alene til %s den %s.\n\n" % (cc[2], fmt_date(r, d1, "long"))],
                ["Barnet bliver afleveret i lufthavnen af ", c.n(snd, "fl"), ", mobil ", c.ph(snd), ".\n"],
                ["Barnet bliver hentet af ", c.n(rel, "full"), c.x([" (", rel.rn, ")"], ""), ", tlf. ", c.ph(rel, w="f", alt="oplyst i bookingen"),
                 ", adresse: ", c.x(c.ad(rel, foreign=True), "i %s" % cc[2]), ".\n\n"],
                ["Samtykke fra begge forældre er vedhæftet som pdf. Barnets far, ", c.a(far, "fl"), ", kan kontaktes på ",
                 c.em(far), " hvis I har brug for at bekræfte det.\n\n"],
                ["Barnet har ingen allergier, men tager ", r.choice(("Melatonin", "Ritalin", "Concerta", "Ventoline")),
                 " efter aftale med egen læge. Medicinen ligger i håndbagagen.\n\n"]]
        tail = [["Venlig hilsen\n", c.N(snd, c.ch("fl", "first")), "\n"]]
    elif sub == "journal":
        head = [["Journalnotat – rejse til %s\nSagsnr.: %s\n" % (cc[0], casenr(r))]]
        opts = [["\n%s Tlf. fra " % hhmm(r, 8, 11), c.x([("plejemor" if placed else "mor"), " ", c.n(pm if placed else mor, "fl")], "plejemor" if placed else "mor"),
                 " (", c.ph(pm if placed else mor, alt="nr. i sagen"), "). Ønsker at vide, om ", c.n(kid, "fl"), ", ", c.born(kid, st=c.ch("dmy.", "d.m.y", "spoken")), ",",
                 " må rejse med til %s i %s. " % (cc[2], MONTHS_DA[d1.month - 1]),
                 "Jeg har oplyst, at det kræver samtykke fra begge forældremyndighedsindehavere.\n"],
                ["\n%s Ringet til far, " % hhmm(r, 11, 13), c.a(far, "fl"), ", på ", c.ph(far, alt="hans mobil"),
                 ". Ingen svar. Lagt besked og sendt sms.\n"],
                ["\n%s Far ringer tilbage fra " % hhmm(r, 13, 15), c.ph(far, w="f", alt="et udenlandsk nummer"),
                 c.x([" og oplyser sit danske nummer som ", c.ph(far, st="spoken")], ""),
                 ". Han er ikke indstillet på at give samtykke, før han har talt med ", c.n(kid, "nick"),
                 ". Aftalt, at han sender sin begrundelse til ", c.em(cw, "work", alt="sagsbehandlers sikre mail"), ".\n"],
                ["\n%s Mail fra mor" % hhmm(r, 15, 17), c.x([" (", c.em(mor), ")"], ""),
                 " med kopi af barnets pas. ", c.x(["Barnets CPR ", c.cpr(kid)], "Barnets personnummer"), " står forkert i bookingbekræftelsen; mor kontakter flyselskabet.\n"],
                ["\n%s Drøftet med teamleder " % hhmm(r, 14, 16), c.a(prof(r, "teamleder", "teamlederens", km), c.ch("fl", "init")),
                 ". Vi afventer fars svar. Sagen tages op igen efter weekenden.\n"]]
        tail = [["\n/", c.x(S("name", cw.initials(r)), "sagsbehandler"), "\n"]]
    elif sub == "sms":
        head = [["Sms-tråd indsat af sagsbehandler %s:\n\n" % fmt_date(r, d1 - dt.timedelta(days=9), "dmy.")]]
        m1 = c.x(S("name", mor.first.lower() if r.random() < 0.3 else mor.first), "Mor")
        opts = [["[", ts(r), "] ", m1, ": hej har snakket med ", c.x(S("name", far.first.lower()), "far"),
                 " han vil gerne skrive under men han er i %s til d. %d\n" % (cc[2], r.randint(2, 28))],
                ["[", ts(r), "] Sagsbehandler: Tak. Han kan scanne samtykket og sende det til mig på ",
                 c.em(cw, "work", alt="min mail"), "\n"],
                ["[", ts(r), "] ", m1, ": ok. hans nye nummer er ", c.ph(far, w="f", alt="det nye nummer"),
                 " hvis du vil ringe\n"],
                ["[", ts(r), "] ", m1, ": og ", c.n(kid, c.ch("nick", "first", "lower")), " skal bo hos ",
                 c.n(rel, "first"), " på ", c.x(c.ad(rel, foreign=True), "adressen dernede"), "\n"],
                ["[", ts(r), "] Sagsbehandler: Noteret. Husk at pas og samtykke skal medbringes i lufthavnen.\n"],
                ["[", ts(r), "] ", m1, ": 👍 og min mail er ny: ", c.em(mor), "\n"]]
        tail = []
    else:  # tabel
        head = [["Rejsende – %s %s (%s–%s)\n\n" % (cc[0], d1.year, fmt_date(r, d1, "dmy."), fmt_date(r, d2, "dmy.")),
                 "Navn | Rolle | Født | Tlf.\n"]]
        rows = [(kid, "barn"), (mor if not placed else pm, "voksen ledsager"), (far, "forælder, bliver hjemme"),
                (rel, "modtager barnet")]
        if len(fam["kids"]) == 1 and r.random() < 0.6:
            sib = Person(r, kid.origin, r.choice("fm"), 2010, 2022, last=kid.last)
            set_role(sib, "søskende")
            rows.insert(1, (sib, "barn"))
        for p, role in rows:
            opts.append([c.N(p, c.ch("fl", "full", "lastfirst")), " | ", role, " | ",
                         c.dob(p, st=c.ch("dmy.", "d.m.y", "dm/y2")), " | ",
                         c.ph(p, w="f" if p is rel else "m", alt="–"), "\n"])
        opts.append(["\nSamtykke: underskrevet af begge forældre %s. Kontakt ved problemer: " % fmt_date(r, d1 - dt.timedelta(days=20), "dmy."),
                     c.n(cw, "fl"), ", ", c.ph(cw, w="w", alt=kswitch(km)), ".\n"])
        opts.append(["Bemærk: barnets pas udløber %s og skal fornyes inden næste rejse.\n" % fmt_date(r, d2 + dt.timedelta(days=r.randint(200, 700)), "dmy.")])
        tail = []
    c.cast = dict(kid=kid, mor=mor, far=far, cw=cw, km=km, pm=pm, pf=pf)
    c.style = STYLE.get(('travel', sub), 'prose')
    return sub, head, opts, tail


# ================================================================== genre 2: registry and names
def g_registry(c, band):
    r = c.rng
    fam = family(r, 2007, 2022)
    kid, mor, far = fam["kid"], fam["mor"], fam["far"]
    km = fam["kommune"]
    cw = prof(r, "sagsbehandleren", "sagsbehandlerens", km)
    pm, pf = plejefam(r)
    new = Person(r, kid.origin, kid.g, 2000, 2001)
    # new name: foster family's surname as middle name / mother's surname / new first name
    k = r.random()
    if k < 0.4:
        newname = kid.first + " " + pm.last + " " + kid.last
        why = c.x("Barnet ønsker at bære plejefamiliens efternavn som mellemnavn.",
                  "Barnet ønsker at bære plejefamiliens efternavn som mellemnavn.")
    elif k < 0.75:
        newname = kid.first + " " + mor.last
        why = "Barnet ønsker at hedde det samme som mor og halvsøskende."
    else:
        newname = new.first + " " + kid.last
        why = "Barnet har i flere år brugt et andet fornavn i skole og fritid og ønsker det registreret."
    oldname = kid.full()
    newaddr = mk_addr(r, r.choice(KTOWNS))
    moved = evdate(r)
    sub = r.choice(("ansoegning", "foerefter", "flytteanmeldelse", "journal", "mail", "husstand"))
    head, opts, tail = [], [], []

    def NEWADDR(st=None):
        return c.x(S("address", fmt_addr(r, newaddr, st)), r.choice(("den nye adresse", "plejefamiliens bopæl", "ny adresse i %s" % newaddr["town"])))

    if sub == "ansoegning":
        head = [["Ansøgning om navneændring – barn under 18 år\n\n"],
                ["Nuværende navn: ", c.x(S("name", oldname), "Barn A (%d år)" % kid.age()), "\n",
                 "Ønsket navn: ", c.x(S("name", newname), "plejefamiliens efternavn som mellemnavn"), "\n",
                 "CPR-nr.: ", c.cpr(kid), "\n"]]
        opts = [["Adresse: ", c.ad(kid if r.random() < 0.5 else pm), "\n"],
                ["Begrundelse: ", why, "\n"],
                ["\nForældremyndighedsindehavere:\n1) ", c.N(mor, "full"), ", ", c.cpr(mor, alt="CPR fremgår af bilag"), ", tlf. ", c.ph(mor), "\n",
                 "2) ", c.N(far, "full"), ", ", c.ad(far, alt="bopæl ukendt"), ", tlf. ", c.ph(far), "\n"],
                ["\nBarnet er fyldt 12 år og har selv givet samtykke, jf. navnelovens regler om børns samtykke. "
                 "Samtalen med barnet er gennemført af sagsbehandler ", c.a(cw, "fl"), " den %s.\n" % fmt_date(r, moved, "long")],
                ["\nAnsøgningen sendes via Familieretshuset / personregistreringen. Gebyr er betalt %s.\n" % fmt_date(r, moved, "dmy.")],
                ["Kontakt: ", c.n(cw, "fl"), ", ", c.em(cw, "work"), ", tlf. ", c.ph(cw, w="w", alt=kswitch(km)), "\n"]]
        tail = []
    elif sub == "foerefter":
        head = [["Ændring af stamoplysninger – før/efter (til CPR-kontoret, %s)\n\n" % km,
                 "Felt | Før | Efter\n"]]
        opts = [["Navn | ", c.x(S("name", oldname), "gammelt navn"), " | ", c.x(S("name", newname), "nyt navn"), "\n"],
                ["Adresse | ", c.ad(kid, st=c.ch("full", "street"), alt="mors adresse"), " | ", NEWADDR(c.ch("full", "street")), "\n"],
                ["CPR-nr. | ", c.cpr(kid), " | uændret\n"],
                ["Fødselsdato | ", c.dob(kid, alt="uændret"), " | uændret\n"],
                ["Kontaktperson | ", c.n(mor, "fl"), " | ", c.n(pm, "fl"), "\n"],
                ["Telefon | ", c.ph(mor), " | ", c.ph(pm), "\n"],
                ["E-mail | ", c.em(mor), " | ", c.em(pm), "\n"],
                ["Skole | distriktsskolen | skolen i %s (0.-9. kl.)\n" % newaddr["town"]],
                ["\nÆndringen gælder fra %s. Flyttedato er aftalt med plejefamilien og forældrene. " % fmt_date(r, moved, "dmy."),
                 "Spørgsmål til ", c.n(cw, c.ch("fl", "init")), ", ", c.ph(cw, w="w", alt="via hovednummeret"), ".\n"]]
        tail = []
    elif sub == "flytteanmeldelse":
        head = [[c.x([S("name", pm.fl()), " og ", S("name", pf.fl()), "\n", S("address", fmt_addr(r, newaddr, "two"))], "Plejefamilien\n(adresse i sagen)"), "\n\n",
                 "Til Borgerservice, Folkeregistret\n%s\n\n" % km,
                 "Flytteanmeldelse for anbragt barn\n\n"]]
        opts = [["Vi skal hermed anmelde, at ", c.n(kid, "full"), c.x([", CPR-nr. ", c.cpr(kid), ","], ""), " fra den %s er flyttet " % fmt_date(r, moved, "long"),
                 "fra ", c.ad(kid, st="full", alt="mors adresse"), " til vores adresse", c.x([", ", NEWADDR("full")], ""), ".\n\n"],
                ["Barnet er anbragt hos os efter Barnets lov § 46. Anbringelsen er besluttet af %s" % km, c.x([", og sagsbehandler er ", c.n(cw, "fl")], ""), ".\n\n"],
                ["Mor, ", c.a(mor, "fl"), ", er orienteret og har fået kopi af anmeldelsen. Hun kan kontaktes på ", c.ph(mor), ".\n\n"],
                ["Post til barnet bedes fremover sendt til plejefamilien. Digital Post fortsætter til forældremyndighedsindehaverne.\n\n"],
                ["Skulle der være spørgsmål, er vi nemmest at få fat i på ", c.ph(pm), " eller ", c.em(pm), ".\n\n"]]
        tail = [["Venlig hilsen\n", c.x([S("name", pm.first), " og ", S("name", pf.first)], "Plejeforældrene"), "\n"]]
    elif sub == "journal":
        head = [["Notat: henvendelse fra CPR-kontoret\nDato: %s\n\n" % fmt_date(r, moved, "dmy.")]]
        opts = [["CPR-kontoret (%s) har ringet, fordi " % km, c.n(kid, "fl"), " (", c.cpr(kid, alt="CPR oplyst"),
                 ") stadig står registreret på ", c.ad(kid, alt="mors tidligere adresse"), ", selv om barnet bor i plejefamilie.\n"],
                ["Plejemor, ", c.a(pm, "fl"), ", oplyser, at de bor på ", NEWADDR(), ", og at flytningen blev anmeldt i %s. " % MONTHS_DA[moved.month - 1],
                 "Hun sender kvitteringen til ", c.em(cw, "work", alt="sagsbehandler"), ".\n"],
                ["Mor, ", c.a(mor, "first"), ", har ikke meldt flytning selv. Hendes nye adresse er ifølge hende ",
                 c.x(S("address", fmt_addr(r, mk_addr(r, fam["town"]), "full")), "i en anden bydel"), ", men den er ikke registreret endnu.\n"],
                ["Far, ", c.a(far, "fl"), ", er ikke registreret på en aktuel adresse; ", c.x(["sidst kendte adresse: ", c.ad(far, foreign=True)], "sidst kendte adresse er fra %d" % r.randint(2019, 2023)), ".\n"],
                ["Aftale: CPR-kontoret retter barnets adresse pr. %s. Skolen og egen læge orienteres af plejefamilien.\n" % fmt_date(r, moved + dt.timedelta(days=3), "dmy.")]]
        tail = [["\n", c.N(cw, c.ch("fl", "full")), "\n"]]
    elif sub == "mail":
        head = [["Fra: ", c.n(mor, "fl"), c.x([" <", c.em(mor), ">"], ""), "\nTil: ", c.n(cw, "fl"), c.x([" <", c.em(cw, "work"), ">"], ""),
                 "\nEmne: navn på skolen\n\n"]]
        opts = [["Hej ", c.n(cw, "first"), "\n\n"],
                [c.N(kid, c.ch("nick", "first")), " vil gerne hedde ", c.x(S("name", newname), "noget andet"), " nu, også på skolen og i Aula. ",
                 "Jeg har snakket med ", c.x(S("name", far.first), "far"), " og han siger ok.\n"],
                ["Hvad skal vi gøre? Skal jeg sende papirer til jer eller til borgerservice? Vi er også flyttet til ",
                 NEWADDR(c.ch("full", "sloppy", "lower")), " fra 1. %s.\n" % MONTHS_DA[moved.month - 1]],
                ["Mit nye nummer er ", c.ph(mor, st=c.ch("8", "44", "2222")), ".\n"],
                ["Hans cpr er ", c.cpr(kid, st=c.ch("10", "6 4", "6-4")), " hvis du skal bruge det.\n"]]
        tail = [["\nMvh ", c.n(mor, c.ch("first", "fl", "lower")), "\n"]]
    else:  # husstand
        head = [["Husstandsoplysninger pr. %s (udskrift til sagen)\n" % fmt_date(r, moved, "dmy."),
                 "Adresse: ", c.ad(mor, st=c.ch("full", "two"), alt="mors bopæl"), "\n\n"]]
        members = [mor] + fam["kids"]
        if r.random() < 0.6:
            sib = Person(r, kid.origin, r.choice("fm"), 2012, 2023, last=mor.last)
            set_role(sib, "halvsøskende")
            members.append(sib)
        if r.random() < 0.5:
            bf = Person(r, r.choice(ORIGINS), "m", 1970, 1998)
            set_role(bf, "mors samlever")
            members.append(bf)
        for i, p in enumerate(members):
            opts.append(["%d. " % (i + 1), c.N(p, c.ch("lastfirst", "full", "caps")), ", ", c.cpr(p, alt=""), c.x("", "registreret"), "\n"])
        opts.append(["\n", c.x(["Barnet ", c.n(kid, "first")], "Barn A"), " er registreret her, men opholder sig reelt hos plejefamilien på ", NEWADDR(), ".\n"])
        opts.append(["Tidligere adresse (til %s): " % fmt_date(r, moved, "dmy."), c.ad(far, st="full", alt="hos far"), "\n"])
        tail = []
    c.cast = dict(kid=kid, mor=mor, far=far, cw=cw, km=km, pm=pm, pf=pf)
    c.style = STYLE.get(('registry', sub), 'prose')
    return sub, head, opts, tail


# ================================================================== genre 3: insurance and damage
INSURERS = ("Tryg", "Topdanmark", "Alm. Brand", "Codan", "GF Forsikring", "Lærerstandens Brandforsikring",
            "Købstædernes Forsikring", "If Skadeforsikring")
DAMAGE = (("en rude i opholdsstuen", 4850), ("en fjernsynsskærm", 7299), ("døren til værelse 3", 3500),
          ("naboens bil (ridse i lakken)", 12400), ("en cykel", 5600), ("en iPad fra skolen", 3899),
          ("plejefamiliens sofa", 8995), ("et vindue i fællesrummet", 6200), ("en mobiltelefon", 4299),
          ("hoveddøren og dørkarmen", 15800), ("en drivhusrude", 1450), ("briller", 2650))


def g_insurance(c, band):
    r = c.rng
    fam = family(r, 2007, 2018)
    kid, mor = fam["kid"], fam["mor"]
    km = fam["kommune"]
    cw = prof(r, "sagsbehandleren", "sagsbehandlerens", km)
    pm, pf = plejefam(r)
    ins = r.choice(INSURERS)
    insdom = fold(ins.split()[0]) + ".dk"
    adj = prof(r, "skadebehandleren", "skadebehandlerens", dom=insdom)
    wit = Person(r, r.choice(ORIGINS), r.choice("fm"), 1955, 2002)
    set_role(wit, "naboen", "naboens")
    staff = prof(r, "pædagogen", "pædagogens", km)
    dmg, amt = r.choice(DAMAGE)
    d = evdate(r)
    pol = "%d-%d-%d" % (r.randint(100, 999), r.randint(1000, 9999), r.randint(100, 999))
    sknr = "SK-%d-%d" % (d.year, r.randint(100000, 999999))
    inst = r.random() < 0.4
    sub = r.choice(("anmeldelse", "brev", "log", "vidne", "mail", "tabel"))
    head, opts, tail = [], [], []
    if sub == "anmeldelse":
        head = [["SKADEANMELDELSE – %s\n" % ins.upper(),
                 "Policenr.: %s   Skadedato: %s kl. %s\n\n" % (pol, fmt_date(r, d, "dmy."), hhmm(r))]]
        opts = [["Forsikringstager: ", c.N(pm, "fl"), "\nAdresse: ", c.ad(pm, st=c.ch("full", "two")), "\nTlf.: ", c.ph(pm), "\nE-mail: ", c.em(pm), "\n"],
                ["\nSkadevolder (barn i pleje): ", c.intro(kid, c.ch("fl", "full")), ", ", c.born(kid), "\n"],
                ["Skadelidte: ", c.x([S("name", wit.fl()), ", ", c.ad(wit)], "nabo"), "\n"],
                ["\nHvad skete der?\n", c.N(kid, "first"), " blev vred efter en telefonsamtale med ", c.x(["sin mor, ", c.a(mor, "first"), ","], "mor"),
                 " og sparkede til %s. Der var ingen personskade. " % dmg,
                 "Forholdet er meldt til sagsbehandler, ", c.a(cw, "fl"), ".\n"],
                ["\nVidne: ", c.N(wit, "fl"), ", tlf. ", c.ph(wit), "\n"],
                ["\nAnslået skade: %s kr. Selvrisiko: %s kr. Kommunens ansvarsforsikring for anbragte børn kan være relevant (kontakt via %s).\n" % (
                    f"{amt:,}".replace(",", "."), r.choice(("1.288", "2.744", "5.000", "0")), kswitch(km))]]
        tail = [["\nUnderskrift: ", c.x(S("name", pm.fl()), "plejemor"), "   Dato: %s\n" % fmt_date(r, d + dt.timedelta(days=2), "dmy.")]]
    elif sub == "brev":
        head = [[ins, "\nSkadeafdelingen\n\n", c.N(pm, "fl"), "\n", c.x(S("address", fmt_addr(r, pm.addr, "two")), "(adresse i sagen)"), "\n\n",
                 "Skadenummer: %s\nVores ref.: " % sknr, c.n(adj, c.ch("fl", "init")), "\nDato: %s\n\n" % fmt_date(r, d + dt.timedelta(days=r.randint(10, 40)), "long")]]
        opts = [["Kære ", c.n(pm, c.ch("fl", "first")), "\n\n"],
                ["Vi har modtaget din anmeldelse af skaden på %s den %s. " % (dmg, fmt_date(r, d, "long")),
                 "Skaden er ifølge anmeldelsen forvoldt af plejebarnet ", c.n(kid, "fl"), ".\n\n"],
                ["Din indboforsikring dækker ikke skader, som plejebarnet forvolder med vilje. Vi har derfor ikke mulighed for at "
                 "udbetale erstatning under din police, men henviser til anbringelseskommunen.\n\n"],
                ["Vi har videresendt sagen til ", c.n(cw, "fl"), ", %s, som har oplyst, at kommunen behandler kravet efter sine egne regler.\n\n" % km],
                ["Vidneforklaringen fra ", c.n(wit, "fl"), " er modtaget og lagt på sagen.\n\n"],
                ["Har du spørgsmål, er du velkommen til at kontakte mig på ", c.ph(adj, w="w", alt="vores hovednummer"), " eller ", c.em(adj, "work", alt="via selvbetjeningen"), ".\n\n"]]
        tail = [["Med venlig hilsen\n", c.N(adj, "fl"), "\n", cap(r.choice(TITLES["forsikring"])), ", ", ins, "\n"]]
    elif sub == "log":
        head = [["Hændelseslog – %s, %s\n\n" % ("opholdsstedet" if inst else "plejefamilien", fmt_date(r, d, "dmy."))]]
        t0 = r.randint(15, 19)
        opts = [["%02d.%02d " % (t0, r.randint(0, 20)), c.n(kid, "first"), " kommer hjem fra skole, urolig. ", c.N(staff, "init"), " tager imod.\n"],
                ["%02d.%02d " % (t0, r.randint(21, 40)), c.n(kid, "first"), " smadrer %s med en stol. Ingen kommer til skade.\n" % dmg],
                ["%02d.%02d Ringet til vagthavende i kommunen, " % (t0, r.randint(41, 59)), c.n(cw, "fl"), ", ", c.ph(cw, w="w", alt="via hovednummeret"), ".\n"],
                ["%02d.%02d Nabo, " % (t0 + 1, r.randint(0, 30)), c.a(wit, "fl"), ", ", c.ad(wit, st="street", alt="fra huset ved siden af"),
                 ", har set det hele fra haven og vil gerne afgive forklaring (tlf. ", c.ph(wit), ").\n"],
                ["%02d.%02d Mor, " % (t0 + 1, r.randint(31, 59)), c.a(mor, "fl"), ", orienteret telefonisk på ", c.ph(mor), ".\n"],
                ["%02d.%02d Billeder af skaden taget og sendt til %s. Skadeanmeldelse udfyldes i morgen af " % (t0 + 2, r.randint(0, 59), ins),
                 c.n(staff, "fl"), ".\n"]]
        tail = [["\nSign. ", c.n(staff, "init"), "\n"]]
    elif sub == "vidne":
        head = [["Vidneforklaring vedr. skade %s\n\n" % fmt_date(r, d, "dmy.")]]
        opts = [["Jeg, ", c.n(wit, "full"), ", ", c.born(wit, st=c.ch("dmy.", "long")), ", bosiddende ", c.ad(wit, st="full", alt="i nabolaget"),
                 ", har den %s omkring kl. %s set følgende:\n\n" % (fmt_date(r, d, "long"), hhmm(r, 14, 20))],
                [("En dreng" if kid.g == "m" else "En pige"), ", som jeg kender som ", c.n(kid, "first"), " fra plejefamilien ved siden af, kastede sten mod %s. " % dmg,
                 "Jeg råbte, og barnet løb ind. Kort efter kom plejefar, ", c.a(pf, c.ch("first", "fl")), ", ud.\n\n"],
                ["Jeg har ikke selv lidt skade. Jeg er ikke i familie med nogen af de involverede.\n\n"],
                ["Jeg kan kontaktes på ", c.ph(wit), " eller ", c.em(wit), ".\n\n"]]
        tail = [["Dato/underskrift: %s  " % fmt_date(r, d + dt.timedelta(days=1), "dmy."), c.x(S("name", wit.fl()), "(vidnet)"), "\n"]]
    elif sub == "mail":
        head = [["Fra: ", c.n(adj, "fl"), c.x([" <", c.em(adj, "work"), ">"], " (%s)" % ins), "\n",
                 "Til: ", c.n(cw, "fl"), c.x([" <", c.em(cw, "work"), ">"], ""), "\n",
                 "Emne: SV: Skade %s – plejebarn\n\n" % sknr]]
        opts = [["Hej ", c.n(cw, "first"), "\n\n"],
                ["Tak for dit svar. For at kunne behandle sagen skal vi bruge barnets fulde navn og fødselsdato samt plejefamiliens oplysninger.\n\n"],
                ["> Barnet hedder ", c.n(kid, "full"), ", ", c.born(kid, st=c.ch("dmy.", "iso", "long")), ".\n"],
                ["> Plejemor er ", c.x([c.n(pm, "fl"), ", ", c.born(pm, st=c.ch("dmy.", "long"))], "godkendt plejeforælder"), ".\n"],
                ["> Plejeforældre: ", c.n(pm, "fl"), " og ", c.n(pf, "fl"), ", ", c.ad(pm, st="full"), ", tlf. ", c.ph(pm), ".\n"],
                ["> Skaden er sket i forbindelse med samvær hos mor, ", c.a(mor, "fl"), ", ", c.ad(mor, st="street", alt="på hendes bopæl"), ".\n\n"],
                ["Vi kan oplyse, at ansvarsforsikringen ikke dækker forsætlige skader. Kravet på %s kr. afvises derfor.\n\n" % f"{amt:,}".replace(",", ".")]]
        tail = [["Venlig hilsen\n", c.N(adj, "fl"), "\n", ins, c.x([" | Direkte: ", c.ph(adj, w="w")], ""), "\n"]]
    else:  # tabel
        head = [["Opgørelse over skadede genstande – bilag til skadeanmeldelse %s\n\n" % sknr,
                 "Genstand | Ejer | Anskaffet | Beløb\n"]]
        owners = [pm, pf, wit, kid]
        for i in range(r.randint(3, 6)):
            g, a = r.choice(DAMAGE)
            o = r.choice(owners)
            opts.append([cap(g), " | ", c.N(o, c.ch("fl", "first", "lastfirst")), " | %d | %s kr.\n" % (r.randint(2016, 2024), f"{a:,}".replace(",", "."))])
        opts.append(["\nKontaktperson: ", c.n(pm, "fl"), ", ", c.ph(pm), ", ", c.em(pm), "\n"])
        opts.append(["Barn: ", c.n(kid, "fl"), " (", c.cpr(kid, alt="CPR i sagen"), ")\n"])
        opts.append(["Kvitteringer eftersendes. Skadebehandler: ", c.n(adj, "fl"), ", ", c.ph(adj, w="w", alt="hovednummer"), "\n"])
        tail = []
    c.cast = dict(kid=kid, mor=mor, far=fam['far'], cw=cw, km=km, pm=pm, pf=pf)
    c.style = STYLE.get(('insurance', sub), 'prose')
    return sub, head, opts, tail


# ================================================================== genre 4: day care -> school
STRENGTHS = ("er nysgerrig og spørger meget", "er god til at lege rolle- og fantasilege", "hjælper gerne de mindre børn",
             "kan lide at tegne og bygge med lego", "er glad for at synge og danse", "er vedholdende, når noget er svært",
             "har en god humor og mange venner", "er god til at fortælle om sine oplevelser")
CONCERNS = ("har brug for voksenstøtte ved skift mellem aktiviteter", "bliver let overvældet i store grupper",
            "har svært ved at vente på tur", "trækker sig, når der er meget larm",
            "har brug for billedstøtte til dagens program", "har et sprog, der er under alderssvarende niveau",
            "kan blive fysisk, når konflikter opstår", "spiser meget lidt i løbet af dagen")
SPROG = ("generel indsats", "fokuseret indsats", "særlig indsats")


def g_transition(c, band):
    r = c.rng
    fam = family(r, 2018, 2020)
    kid, mor, far = fam["kid"], fam["mor"], fam["far"]
    km = fam["kommune"]
    paed = prof(r, "kontaktpædagogen", "kontaktpædagogens", km)
    lead = prof(r, "lederen", "lederens", km)
    teach = prof(r, "klasselæreren", "klasselærerens", km)
    friend1 = Person(r, r.choice(ORIGINS), r.choice("fm"), 2019, 2019)
    friend2 = Person(r, r.choice(ORIGINS), r.choice("fm"), 2019, 2019)
    set_role(friend1, "en af vennerne", "en af vennernes")
    set_role(friend2, "et andet barn", "et andet barns")
    ppr = prof(r, "PPR-psykologen", "PPR-psykologens", km)
    d = evdate(r)
    klass = "0.%s" % r.choice("ABCDE")
    sp = r.choice(SPROG)
    st = r.sample(STRENGTHS, 2)
    co = r.sample(CONCERNS, 2)
    sub = r.choice(("skema", "brev", "foraeldre", "kontakter", "sprog", "moede"))
    hun = "han" if kid.g == "m" else "hun"
    Hun = cap(hun)
    head, opts, tail = [], [], []
    if sub == "skema":
        head = [["OVERLEVERINGSSKEMA – DAGTILBUD TIL SKOLE\nSkolestart: august %d, klasse %s\n\n" % (d.year, klass),
                 "Barnets navn: ", c.intro(kid, c.ch("fl", "full")), "\n", c.kdob(kid), "\n"]]
        opts = [["Adresse: ", c.ad(kid, alt="kendt af skolen"), "\n"],
                ["Forældre: ", c.n(mor, "fl"), " (", c.ph(mor), ") og ", c.n(far, "fl"), " (", c.ph(far), ")\n"],
                ["Mail til forældre: ", c.em(mor), c.x([", ", c.em(far)], ""), "\n"],
                ["\nBarnets styrker: ", cap(hun), " ", st[0], " og ", st[1], ".\n"],
                ["Opmærksomhedspunkter: ", cap(hun), " ", co[0], ". Vi har arbejdet med faste rutiner og visuelle skemaer.\n"],
                ["Sprogvurdering (3- og 5-årsvurdering): %s. " % sp, c.N(kid, "first"), " har deltaget i sproggruppe to gange om ugen.\n"],
                ["\nVenskaber: leger mest med ", c.n(friend1, "first"), " og ", c.n(friend2, c.ch("first", "fl")), ", som også starter i %s.\n" % klass],
                ["\nUdfyldt af: ", c.x([c.n(paed, "fl"), ", kontaktpædagog, direkte tlf. ", c.ph(paed, w="w")], "kontaktpædagogen"), "\n"]]
        tail = [["Dato: %s\n" % fmt_date(r, d, "dmy.")]]
    elif sub == "brev":
        head = [["Kære kommende klasselærer\n\n"]]
        opts = [["Vi vil gerne fortælle lidt om ", c.n(kid, "fl"), ", ", c.born(kid, st=c.ch("long", "dmy.")),
                 ", som starter hos jer efter sommerferien. ", Hun, " %s, og %s.\n\n" % (st[0], st[1])],
                ["I børnehaven har vi set, at ", c.n(kid, "first"), " %s. Det hjælper, når en voksen forbereder " % co[0],
                 "skiftene og siger tydeligt, hvad der skal ske.\n\n"],
                [c.N(kid, "first"), " har været i forløb med ", c.n(ppr, "fl"), " fra PPR i foråret. Forældrene har givet samtykke til, at vi deler det med skolen.\n\n"],
                ["Mor, ", c.a(mor, "first"), ", er den, der oftest henter. Hun træffes bedst på ", c.ph(mor), ". ",
                 "Far, ", c.a(far, "first"), ", bor i ", c.x(S("address", fmt_addr(r, far.addr, "full")), far.addr["town"]), " og har ", c.n(kid, "first"), " hver anden weekend.\n\n"],
                ["Vi holder gerne et overleveringsmøde i %s. Skriv til mig på " % MONTHS_DA[min(d.month, 6) - 1], c.em(paed, "work", alt="dagtilbuddets mail"), ".\n\n"]]
        tail = [["De bedste hilsner\n", c.N(paed, "fl"), "\nPædagog\n"]]
    elif sub == "foraeldre":
        head = [["Forældrenes bemærkninger (udfyldes af forældrene)\n\n"]]
        opts = [["Vi glæder os til at ", c.n(kid, c.ch("first", "nick")), " skal starte i skole. ", Hun, " har mange spørgsmål om frikvarterer og om man må tage sin bamse med.\n\n"],
                ["Vi vil gerne have, at ", c.n(kid, "first"), " kommer i klasse med ", c.n(friend1, "fl"), ", fordi de er bedste venner og bor tæt på hinanden.\n\n"],
                [Hun, " har astma og bruger inhalator morgen og aften. Egen læge er ", c.x(["dr. ", S("name", prof(r, "lægen", "lægens").last)], "praktiserende læge"), ".\n\n"],
                ["Farmor, ", c.x(S("name", Person(r, far.origin, "f", 1950, 1965, last=far.last).fl()), "farmor"), ", henter om onsdagen. Hun har tlf. ",
                 c.ph(Person(r, far.origin, "f", 1950, 1965), alt="oplyst til SFO"), ".\n\n"],
                ["Vi skilte os sidste år. Post og beskeder skal sendes til os begge: ", c.em(mor), " og ", c.em(far), ".\n\n"]]
        tail = [["Underskrevet: ", c.x([S("name", mor.fl()), " / ", S("name", far.fl())], "mor / far"), "\n"]]
    elif sub == "kontakter":
        head = [["Kontakter til skolen – ", c.x(S("name", kid.fl()), "Barn A"), " (%s)\n\n" % klass, "Rolle | Navn | Telefon | Mail\n"]]
        rows = [(mor, "Mor"), (far, "Far"), (paed, "Kontaktpædagog"), (lead, "Leder af dagtilbud"), (ppr, "PPR-psykolog"), (teach, "Kommende klasselærer")]
        for p, role in rows:
            w = "m" if role in ("Mor", "Far") else "w"
            opts.append([role, " | ", c.N(p, c.ch("fl", "full", "lastfirst")), " | ", c.ph(p, w=w, alt="–"), " | ",
                         c.em(p, "private" if w == "m" else "work", alt="–"), "\n"])
        opts.append(["\nBarnets adresse: ", c.ad(kid, alt="fremgår af skoleindskrivningen"), "\n"])
        opts.append(["Fødselsdato: ", c.dob(kid, alt="6 år ved skolestart"), "\n"])
        tail = []
    elif sub == "sprog":
        head = [["Sprogvurdering – sammenfatning til skolen\n", "Barn: ", c.intro(kid, "fl"), c.x([", ", c.born(kid)], ""), "\n"]]
        opts = [["CPR-nr.: ", c.cpr(kid), "\n"],
                ["Vurdering gennemført %s af " % fmt_date(r, d - dt.timedelta(days=r.randint(30, 200)), "dmy."), c.n(paed, c.ch("fl", "init")), ".\n"],
                ["Resultat: %s. Ordforråd og sproglig opmærksomhed ligger under forventet niveau; kommunikative færdigheder ligger på niveau.\n" % sp],
                ["Barnet er tosproget (", r.choice(("somali", "arabisk", "kurdisk", "tyrkisk", "polsk", "ukrainsk", "dari", "urdu", "vietnamesisk", "tigrinya")),
                 " og dansk). Mor, ", c.a(mor, "fl"), ", ønsker tolk ved skole-hjem-samtaler.\n"],
                ["Anbefaling: sprogstøtte i 0. klasse, 2 lektioner om ugen. Kontakt: ", c.n(paed, "fl"), ", ", c.ph(paed, w="w", alt="dagtilbuddets nummer"), ".\n"]]
        tail = []
    else:  # moede
        head = [["Referat af overleveringsmøde %s kl. %s\n" % (fmt_date(r, d, "dmy."), hhmm(r, 8, 15)),
                 "Deltagere: ", c.x([c.n(mor, "fl"), " (mor), ", c.n(paed, "fl"), " (pædagog), ", c.n(teach, "fl"), " (klasselærer)"], "mor, kontaktpædagog og kommende klasselærer"), "\n\n"]]
        opts = [["1. Præsentation af ", c.n(kid, "fl"), " ved ", c.n(paed, "first"), ": ", hun, " %s og %s.\n" % (st[0], co[1])],
                ["2. Mor fortæller, at ", c.n(kid, "first"), " glæder sig, men er nervøs for bussen. Familien er flyttet til ",
                 c.ad(kid, st=c.ch("full", "street"), alt="en anden del af byen"), ".\n"],
                ["3. Skolen tilbyder besøgsdage i juni og en fast voksen i SFO'en de første uger.\n"],
                ["4. Aftale: ", c.n(teach, "first"), " ringer til mor på ", c.ph(mor), " i uge 33.\n"],
                ["5. Eventuelt: far, ", c.a(far, "fl"), ", deltog ikke, men ønsker referatet tilsendt på ", c.em(far), ".\n"]]
        tail = [["\nReferent: ", c.n(teach, c.ch("init", "fl")), "\n"]]
    c.cast = dict(kid=kid, mor=mor, far=far, cw=prof(r, 'sagsbehandleren', 'sagsbehandlerens', km), km=km, teach=teach)
    c.style = STYLE.get(('transition', sub), 'prose')
    return sub, head, opts, tail


# ================================================================== genre 5: class and team lists
SPORTS = (("U11 piger håndbold", "Hal 2"), ("U9 drenge fodbold", "bane 4"), ("U13 mix svømning", "svømmehallen"),
          ("U10 gymnastik", "den lille sal"), ("U12 badminton", "hal B"), ("U8 fodbold piger", "kunstgræsbanen"))


def kid_row_people(r, year, n):
    rows = []
    for _ in range(n):
        o = r.choice(ORIGINS)
        ch_ = Person(r, o, r.choice("fm"), year, year)
        parent = Person(r, o if r.random() < 0.8 else "dk", r.choice("fm"), 1975, 1996,
                        last=ch_.last if r.random() < 0.6 else None)
        set_role(ch_, "barn", "barns")
        set_role(parent, "forælder", "forælders")
        rows.append((ch_, parent))
    return rows


def g_lists(c, band):
    """planted mode only (clean lists are written by g_lists_clean)"""
    r = c.rng
    year = r.randint(2009, 2018)
    klass = "%d.%s" % (max(0, 2024 - year - 6), r.choice("ABCD"))
    km = r.choice(tuple(KOMMUNE))
    sub = r.choice(("klasseliste", "kontaktliste", "foedselsdage", "holdliste", "notat", "koersel"))
    c.style = "table"
    n = {"short": 2, "medium": 4, "long": 6}[band] + r.randint(0, 1)
    rows = kid_row_people(r, year, n)
    head, opts, tail = [], [], []
    if sub == "klasseliste":
        head = [["Klasseliste %s – skoleåret 2024/25\n" % klass, "Elev | Født | Forælder | Tlf. | Mail\n"]]
        for k, p in rows:
            opts.append([S("name", c.name_text(k, r.choice(("fl", "fl", "full", "lastfirst")))), " | ",
                         S("dob", fmt_dob(r, k.dob, r.choice(("dmy.", "d.m.y", "dm/y2", "d/m-y")))), " | ",
                         S("name", c.name_text(p, r.choice(("fl", "first")))), " | ",
                         S("phone", fmt_phone(r, p.phone, r.choice(("8", "2222", "44")))), " | ",
                         S("email", mk_email(r, p)), "\n"])
        tail = [["\nRettelser sendes til kontaktforælder ", c.n(rows[0][1], "fl"), ".\n"]]
    elif sub == "kontaktliste":
        head = [["Forældrekontaktliste – %s (må kun bruges til legeaftaler og fødselsdage)\n\n" % klass]]
        for k, p in rows:
            p2 = Person(r, p.origin, "m" if p.g == "f" else "f", 1975, 1996, last=k.last if r.random() < 0.5 else None)
            blk = ["• ", S("name", c.name_text(k, r.choice(("fl", "first", "caps"))))]
            if r.random() < 0.5:
                blk += [" (", S("dob", fmt_dob(r, k.dob, r.choice(("d/m-y", "dmy.", "dm/y2")))), ")"]
            blk += [": ",
                   ("mor" if p.g == "f" else "far"), " ", S("name", c.name_text(p, r.choice(("first", "fl")))), " ",
                   S("phone", fmt_phone(r, p.phone))]
            if r.random() < 0.6:
                blk += [", ", S("email", mk_email(r, p))]
            if r.random() < 0.5:
                blk += ["; ", ("far" if p.g == "f" else "mor"), " ", S("name", c.name_text(p2, "first")), " ",
                        S("phone", fmt_phone(r, p2.phone))]
            if r.random() < 0.45:
                blk += [" – ", S("address", fmt_addr(r, k.addr, r.choice(("street", "full", "lower"))))]
            opts.append(blk + ["\n"])
        tail = [["\nKontaktforældre: ", c.n(rows[-1][1], "fl"), " og ", c.n(rows[0][1], "fl"), "\n"]]
    elif sub == "foedselsdage":
        head = [["Fødselsdagsliste %s (indsat fra Aula)\n\n" % klass]]
        srt = sorted(rows, key=lambda kp: (kp[0].dob.month, kp[0].dob.day, kp[0].first))
        for k, p in srt:
            opts.append([S("dob", fmt_dob(r, k.dob, r.choice(("d/m-y", "dm/y2", "long", "dmy.")))), "  ",
                         S("name", c.name_text(k, r.choice(("fl", "first", "full")))),
                         " – ", S("address", fmt_addr(r, k.addr, r.choice(("street", "full", "sloppy")))),
                         " (", S("name", c.name_text(p, "first")), " ", S("phone", fmt_phone(r, p.phone, r.choice(("8", "2222")))), ")\n"])
        tail = [["\nHusk: invitationer deles ud til alle piger, alle drenge eller hele klassen.\n"]]
    elif sub == "holdliste":
        sp, place = r.choice(SPORTS)
        coach = Person(r, r.choice(ORIGINS), r.choice("fm"), 1980, 2004)
        head = [["Holdliste %s – træning tirsdag og torsdag kl. 16.30–17.45, %s\n" % (sp, place),
                 "Træner: ", S("name", coach.fl()), ", ", S("phone", fmt_phone(r, coach.phone)), ", ", S("email", mk_email(r, coach)), "\n\n"]]
        for i, (k, p) in enumerate(rows):
            opts.append(["%d. " % (i + 1), S("name", c.name_text(k, r.choice(("fl", "full", "first")))),
                         " (f. ", S("dob", fmt_dob(r, k.dob, r.choice(("dmy.", "iso", "d.m.y")))), ") – ",
                         S("name", c.name_text(p, r.choice(("fl", "first")))), " ", S("phone", fmt_phone(r, p.phone)), "\n"])
        tail = [["\nAfbud til ", S("name", coach.first), " senest kl. 12 samme dag.\n"]]
    elif sub == "notat":
        kid = rows[0][0]
        pm = Person(r, r.choice(ORIGINS), "f", 1965, 1990)
        cw = prof(r, "sagsbehandleren", "sagsbehandlerens", km)
        head = [["Notat %s: Plejemor " % fmt_date(r, evdate(r), "dmy."), S("name", pm.fl()), " har videresendt klasselisten fra ",
                 c.gn(kid, "first"), " klasse, så vi kan planlægge samvær og kørsel. Indsat nedenfor:\n\n"]]
        for k, p in rows[1:]:
            opts.append(["- ", S("name", k.first + " " + k.last[0] + "."), " ", ("mor" if p.g == "f" else "far"), " ",
                         S("name", c.name_text(p, r.choice(("first", "lower", "fl")))), " ",
                         S("phone", fmt_phone(r, p.phone, r.choice(("8", "44", "dots", "dash")))), "\n"])
        opts.append(["\nNB: listen må ikke deles med mor. /", S("name", cw.initials(r)), "\n"])
        tail = []
    else:  # koersel
        head = [["Samkørsel til stævne lørdag – %s\n\n" % klass]]
        for k, p in rows:
            opts.append(["Bil ", S("name", c.name_text(p, r.choice(("fl", "first")))), " (", S("phone", fmt_phone(r, p.phone)), "): henter ",
                         S("name", c.name_text(k, "first")), " på ", S("address", fmt_addr(r, k.addr, r.choice(("street", "full", "lower", "dash")))), " kl. %s\n" % hhmm(r, 7, 9)])
        tail = [["\nSpørgsmål til ", S("name", rows[0][1].fl()), ", ", S("email", mk_email(r, rows[0][1])), "\n"]]
    return sub, head, opts, tail


def g_lists_clean(c, band):
    r = c.rng
    grade = r.randint(0, 9)
    klass = "%d.%s" % (grade, r.choice("ABCD"))
    n = r.randint(18, 27)
    km = r.choice(tuple(KOMMUNE))
    sub = r.choice(("klasseliste", "kontaktliste", "foedselsdage", "holdliste", "notat", "koersel"))
    c.style = "prose" if sub in ("kontaktliste", "foedselsdage", "notat") else "table"
    head, opts, tail = [], [], []
    if sub == "klasseliste":
        head = [["Klasseliste %s – skoleåret 2024/25 (anonymiseret udgave til sagen)\n" % klass, "Elev | Alder | Kontakt | Bemærkning\n"]]
        for i in range(r.randint(3, 14)):
            opts.append(["Elev %d | %d år | %s | %s\n" % (i + 1, grade + 6, r.choice(("via Aula", "mor", "far", "plejemor", "begge forældre")),
                                                           r.choice(("–", "tolk ved samtaler", "kører med bus 2", "SFO mandag-torsdag", "glad for skoven", "fritaget for svømning")))])
        tail = [["\nKlassen har %d elever. Kontaktforældre vælges på forældremødet i september.\n" % n]]
    elif sub == "kontaktliste":
        head = [["Forældrekontaktliste %s – vejledning\n\n" % klass]]
        opts = [["Listen bruges kun til legeaftaler, fødselsdage og samkørsel. Den må ikke deles uden for klassen.\n"],
                ["Telefonnumre og mails ligger i Aula under 'Kontakter'; de skrives ikke ind i elevplaner eller sagsnotater.\n"],
                ["Plejeforældre står som kontakt, når barnet er anbragt. Forældremyndighedsindehavere kan også stå på listen efter aftale med sagsbehandleren.\n"],
                ["Ved akut sygdom ringer skolen til den først nævnte kontakt. Ved ulykker ringes 112.\n"],
                ["Kontaktforældrene er i år to mødre og en plejefar. De træffes efter forældremødet den %s.\n" % fmt_date(r, evdate(r), "long")],
                ["Havedagen i maj flyttes til juni på grund af storm i weekenden.\n"]]
    elif sub == "foedselsdage":
        head = [["Fødselsdage i %s – regler fra forældrerådet\n\n" % klass]]
        opts = [["Invitationer deles ud til alle piger, alle drenge eller hele klassen.\n"],
                ["Der er %d fødselsdage i foråret og %d i efteråret; de fejres sidste fredag i måneden.\n" % (r.randint(6, 12), r.randint(6, 12))],
                ["Max. 150 kr. til gaver, gerne fælles gave.\n"],
                ["Fordeling: januar 3, februar 2, marts 1, april 4, maj 2 og resten efter sommerferien.\n"],
                ["Sommerbørn fejres i skolens have i juni, hvis der er sol.\n"],
                ["Spørgsmål til klasselæreren via Aula.\n"]]
    elif sub == "holdliste":
        sp, place = r.choice(SPORTS)
        head = [["Holdliste %s – sæson 2024/25\nTræning tirsdag og torsdag kl. 16.30–17.45 i %s.\n\n" % (sp, place)]]
        for i in range(r.randint(3, 14)):
            opts.append(["Spiller %d – %s\n" % (i + 1, r.choice(("forælder kører til stævner", "mangler kontingent (450 kr.)", "tilladelse til billeder: nej",
                                                              "hjælper i kiosken", "ny på holdet", "skadet til november")))])
        tail = [["\nTræner og hjælpetræner træffes i hallen. Kontingent betales via foreningens side inden 1. oktober.\n"]]
    elif sub == "notat":
        head = [["Notat %s: Plejemor har videresendt klasselisten, så samvær og kørsel kan planlægges. " % fmt_date(r, evdate(r), "dmy."),
                 "Listen er ikke lagt i sagen, da den indeholder andre børns og forældres oplysninger.\n\n"]]
        opts = [["Barn A (%d år) går i %s med %d andre elever.\n" % (grade + 6, klass, n - 1)],
                ["Samvær med mor kan ikke ligge onsdag, fordi barnet har svømning i svømmehallen kl. 15.\n"],
                ["Plejemor oplyser, at to forældre kører på skift til stævner.\n"],
                ["Næste opfølgning: %s, jf. Barnets lov § 91.\n" % fmt_date(r, evdate(r), "dmy.")],
                ["Sagsnr. %s\n" % casenr(r)]]
    else:
        head = [["Samkørsel til stævne lørdag – %s\n\n" % klass]]
        for i in range(r.randint(3, 10)):
            opts.append(["Bil %d: %d børn, afgang kl. %s fra %s\n" % (i + 1, r.randint(2, 4), hhmm(r, 7, 9), r.choice(PLACE_STREETS + ("skolens parkeringsplads", "hallen")))])
        tail = [["\nHusk madpakke og drikkedunk. Ved storm aflyses stævnet.\n"]]
    return sub, head, opts, tail


# ================================================================== genre 6: psychiatric emergency
POLICE = ("Østjyllands Politi", "Fyns Politi", "Københavns Politi", "Midt- og Vestjyllands Politi",
          "Nordjyllands Politi", "Sydøstjyllands Politi", "Syd- og Sønderjyllands Politi",
          "Midt- og Vestsjællands Politi", "Nordsjællands Politi", "Københavns Vestegns Politi")
WARDS = ("Børne- og Ungdomspsykiatrisk Akutmodtagelse", "Psykiatrisk Akutmodtagelse", "afsnit U3",
         "den børne- og ungdomspsykiatriske sengeafdeling", "Akutmodtagelsen, stue 4")
ICD = (("F32.2", "svær depressiv episode"), ("F43.0", "akut belastningsreaktion"), ("F23.9", "akut psykose"),
       ("F50.0", "anoreksi"), ("F60.3", "emotionelt ustabil personlighedsstruktur"), ("F91.3", "adfærdsforstyrrelse"),
       ("T39.1", "forgiftning med paracetamol"), ("F19.1", "skadeligt brug af flere stoffer"))
MEDS = ("Quetiapin 25 mg", "Melatonin 3 mg", "Sertralin 50 mg", "Risperidon 0,5 mg", "Olanzapin 5 mg",
        "Circadin 2 mg", "Fluoxetin 20 mg", "Methylphenidat 18 mg")


def g_psych(c, band):
    r = c.rng
    fam = family(r, 2008, 2013)
    kid, mor, far = fam["kid"], fam["mor"], fam["far"]
    km = fam["kommune"]
    pol = r.choice(POLICE)
    cop = prof(r, "politiassistenten", "politiassistentens", dom="politi.dk")
    cop2 = prof(r, "politiassistenten", "politiassistentens", dom="politi.dk")
    doc = prof(r, "lægen", "lægens", dom=r.choice(REGION_MAIL))
    vagt = prof(r, "socialvagten", "socialvagtens", km)
    cw = prof(r, "sagsbehandleren", "sagsbehandlerens", km)
    gp = prof(r, "egen læge", "egen læges")
    icd, diag = r.choice(ICD)
    med = r.choice(MEDS)
    ward = r.choice(WARDS)
    d = evdate(r)
    hun = "han" if kid.g == "m" else "hun"
    Hun = cap(hun)
    sub = r.choice(("vagtlog", "laegenotat", "politi", "journal", "sms", "kontaktliste"))
    t = r.randint(19, 22)
    place = r.choice(PLACE_STREETS)
    head, opts, tail = [], [], []
    if sub == "vagtlog":
        head = [["Socialvagten, %s – log %s\n\n" % (km, fmt_date(r, d, "dmy."))]]
        opts = [["%02d.%02d Opkald fra " % (t, r.randint(0, 15)), pol, ", ", c.x(["pa. ", c.n(cop, "fl")], "vagthavende"),
                 " (", c.ph(cop, w="w", alt="via 114"), "). ", c.N(kid, "fl"), ", ", c.born(kid), ", er fundet ved %s i stærkt påvirket tilstand.\n" % place],
                ["%02d.%02d Ringet til mor, " % (t, r.randint(16, 30)), c.a(mor, "fl"), ", på ", c.ph(mor, st=c.ch("2222", "8", "+45")),
                 ". Hun er på vej. Far, ", c.a(far, "first"), ", kan ikke træffes (", c.ph(far, alt="ingen svar"), ").\n"],
                ["%02d.%02d Vagthavende læge " % (t, r.randint(31, 45)), c.n(doc, "fl"), " vurderer på stedet, at betingelserne for tvangsindlæggelse er opfyldt (gule papirer). ",
                 "Politiets assistance til transport.\n"],
                ["%02d.%02d Barnet indlagt på %s. CPR: " % (t + 1, r.randint(0, 20), ward), c.cpr(kid), ".\n"],
                ["%02d.%02d Forældrene orienteret. Mor overnatter på afdelingen. Adresse i sagen: " % (t + 1, r.randint(21, 59)),
                 c.ad(kid, alt="hjemmet"), ".\n"],
                ["%02d.%02d Mail sendt til sagsbehandler " % (t + 1, r.randint(21, 59)), c.n(cw, "fl"), c.x([" (", c.em(cw, "work"), ")"], ""), " med henblik på opfølgning i morgen.\n"]]
        tail = [["\nVagthavende: ", c.n(vagt, c.ch("fl", "init")), "\n"]]
    elif sub == "laegenotat":
        head = [["Lægeerklæring – tvangsindlæggelse\n", "Patient: ", c.intro(kid, c.ch("full", "caps", "lastfirst")), "\n", "CPR: ", c.cpr(kid), "\n"]]
        opts = [["Bopæl: ", c.ad(kid, alt="hos forældrene"), "\n"],
                ["Pårørende: ", c.n(mor, "fl"), c.x(" (mor)", ""), ", tlf. ", c.ph(mor), "\n"],
                ["\nUndersøgt %s kl. %02d.%02d i hjemmet. " % (fmt_date(r, d, "dmy."), t, r.randint(0, 59)),
                 "Patienten er urolig, utilgængelig for samtale og har ifølge mor ikke sovet i tre døgn. Hallucinerer sandsynligvis. "
                 "Udsagn om at ville skade sig selv. Mistanke om %s (%s).\n" % (diag, icd)],
                ["\nAktuel medicin: %s. Egen læge: " % med, c.x([c.n(gp, "fl"), ", ", c.ph(gp, w="w")], "oplyst i journalen"), ".\n"],
                ["\nVurdering: Patienten er sindssyg og der er nærliggende fare for patientens liv. Frivillig indlæggelse er forsøgt uden resultat. "
                 "Politiet er rekvireret kl. %02d.%02d og assisterer ved transport til %s.\n" % (t, r.randint(0, 59), ward)],
                ["\nKommunens socialvagt er underrettet", c.x([" (", c.n(vagt, "fl"), ")"], ""), ".\n"]]
        tail = [["\n", c.x([c.N(doc, "fl"), ", "], ""), c.x(r.choice(TITLES["laege"]), cap(r.choice(TITLES["laege"]))), c.x(["\n", c.em(doc, "work")], ""), "\n"]]
    elif sub == "politi":
        head = [["%s – døgnrapport (uddrag)\nJournalnr. %d-%05d-%05d-%02d\n\n" % (pol, r.randint(1000, 9999), r.randint(10000, 99999), r.randint(1, 99999), d.year % 100)]]
        opts = [["Anmelder: ", c.n(mor, "full"), ", ", c.ad(mor, st=c.ch("full", "two"), alt="hjemmet"), ", tlf. ", c.ph(mor), "\n"],
                ["Involveret: ", c.n(kid, "full"), c.x([", ", c.born(kid)], ""), ", ", c.cpr(kid), "\n"],
                ["Patrulje: ", c.x([c.n(cop, "fl"), " og ", c.n(cop2, "fl")], "to betjente"), "\n\n"],
                ["Kl. %02d.%02d anmelder mor, at %s har låst sig inde og truer med at skære sig. " % (t, r.randint(0, 59), "sønnen" if kid.g == "m" else "datteren"),
                 "Ved patruljens ankomst sad ", c.n(kid, "first"), " på badeværelset med en kniv. Vedkommende blev efter samtale afvæbnet uden magtanvendelse.\n"],
                ["Vagtlæge ", c.a(doc, "fl"), " tilkaldt via 1813, som traf beslutning om tvangsindlæggelse. Patruljen assisterede ved transport til %s.\n" % ward],
                ["Lillebror, ", c.x(S("name", Person(r, kid.origin, "m", 2014, 2018, last=kid.last).first), "lillebror (7 år)"), ", var til stede og blev passet af naboen, ",
                 c.x(S("name", Person(r, "dk", "f", 1950, 1980).fl()), "en nabo"), ".\n"],
                ["Underretning sendt til %s.\n" % km]]
        tail = [["\nRapport: ", c.x(["pa. ", c.n(cop, c.ch("fl", "last"))], "vagthavende"), "\n"]]
    elif sub == "journal":
        head = [["Journalnotat %s – opfølgning efter tvangsindlæggelse\n\n" % fmt_date(r, d + dt.timedelta(days=1), "dmy.")]]
        opts = [[c.N(kid, "fl"), " blev i aftes tvangsindlagt efter lægens vurdering. Politiet assisterede. ", Hun, " er nu på %s.\n\n" % ward],
                ["Jeg har talt med mor, ", c.a(mor, "first"), ", som er meget påvirket. Hun har ikke sovet og ønsker hjælp til transport. Mor bor fortsat på ",
                 c.ad(mor, alt="sin kendte adresse"), ".\n\n"],
                ["Kontakter i nattens forløb:\n- ", pol, ", ", c.x(["pa. ", c.n(cop, "fl"), " ", c.ph(cop, w="w")], "vagthavende via 114"), "\n",
                 "- Vagtlæge ", c.a(doc, "fl"), c.x([", ", c.ph(doc, w="w")], ", via 1813"), "\n",
                 "- Socialvagten, ", c.a(vagt, "fl"), "\n"],
                ["\nFar, ", c.a(far, "fl"), ", bor i ", c.x(c.ad(far, st="full"), far.addr["town"]), ". Han er orienteret telefonisk på ", c.ph(far), " og ønsker at besøge ", c.n(kid, "first"), ".\n\n"],
                ["Der er tale om en akut situation. Jeg vurderer, at der skal laves en børnefaglig undersøgelse efter Barnets lov § 20. Sagen drøftes på teammødet.\n\n"]]
        tail = [["/", c.x(S("name", cw.initials(r)), "sagsbehandler"), "\n"]]
    elif sub == "sms":
        head = [["Beskeder fra mor, indsat i journalen %s:\n\n" % fmt_date(r, d, "dmy.")]]
        mm = c.x(S("name", mor.first), "Mor")
        opts = [["[", ts(r, 20, 23), "] ", mm, ": ", c.n(kid, c.ch("lower", "nick", "first")), " er helt væk. hun/han siger stemmerne siger hun skal dø. jeg har ringet 112\n".replace("hun/han", hun).replace("siger hun", "siger " + hun)],
                ["[", ts(r, 20, 23), "] ", mm, ": politiet er her nu. ", c.x(["lægen hedder vist ", c.n(doc, c.ch("last", "fl", "typolast"))], "lægen er her også"), "\n"],
                ["[", ts(r, 20, 23), "] ", mm, ": de tager ", ("ham" if kid.g == "m" else "hende"), " med på gule papirer. hvad gør jeg med lillebror??\n"],
                ["[", ts(r, 20, 23), "] Socialvagt: Jeg ringer til dig nu på ", c.ph(mor, alt="dit nummer"), ". Kan din søster hjælpe?\n"],
                ["[", ts(r, 20, 23), "] ", mm, ": ja ", c.x(S("name", Person(r, mor.origin, "f", 1975, 1999).first), "min søster"),
                 " kommer. hun bor på ", c.x(S("address", fmt_addr(r, mk_addr(r, fam["town"]), c.ch("lower", "street", "sloppy"))), "den anden side af byen"), "\n"],
                ["[", ts(r, 20, 23), "] ", mm, ": ", c.x(["send til min mail ", c.em(mor)], "skriv til mig"), " hvad der sker i morgen\n"]]
        tail = []
    else:  # kontaktliste (akutplan)
        head = [["Akutplan – hvem ringes der til? (", c.x(S("name", kid.fl()), "Barn A"), ", ", c.born(kid), ")\n\n"]]
        rows = [(mor, "Mor", "m"), (far, "Far", "m"), (cw, "Sagsbehandler", "w"), (gp, "Egen læge", "w"), (doc, "Kontaktlæge, børne- og ungdomspsykiatrien", "w")]
        for p, role, w in rows:
            opts.append([role, ": ", c.N(p, c.ch("fl", "full")), ", ", c.ph(p, w=w, alt="se sagen"), "\n"])
        opts.append(["\nAkut fare: 112. Politiet: 114. Lægevagten: 1813 / %s. Børnetelefonen: 116 111.\n" % r.choice(("70 11 31 31", "70 15 03 00"))])
        opts.append(["Barnets CPR: ", c.cpr(kid), ". Medicin: %s.\n" % med])
        opts.append(["Bopæl: ", c.ad(kid, alt="hjemmet"), ". Nøgle hos naboen.\n"])
        tail = []
    c.cast = dict(kid=kid, mor=mor, far=far, cw=cw, km=km)
    c.style = STYLE.get(('psych', sub), 'prose')
    return sub, head, opts, tail


# ================================================================== clean look-alike blocks
def lookalikes(r, genre, km, n=None):
    sw = kswitch(km)
    dd = fmt_date(r, evdate(r))
    tm = hhmm(r, 8, 16)
    common = [
        "Sagsnr.: %s. Afgørelsen er truffet %s efter Barnets lov § %s.\n" % (casenr(r), dd, r.choice(("32", "46", "47", "91"))),
        "Spørgsmål kan rettes til kommunens hovednummer %s på hverdage kl. 9-14.\n" % sw,
        "Næste netværksmøde er %s kl. %s i mødelokale %d.%02d.\n" % (dd, tm, r.randint(1, 3), r.randint(1, 30)),
        "Efter stormen i weekenden var der lukket ved %s, så mødet blev flyttet.\n" % r.choice(PLACE_STREETS),
        "Barnet var glad og havde været i skoven med klassen.\n",
    ]
    g = {
        "travel": [
            "Ledsagerservice koster %d kr. pr. strækning hos flyselskabet.\n" % r.choice((350, 450, 600, 750)),
            "Pasansøgning for børn under 18 år kræver samtykke fra alle forældremyndighedsindehavere.\n",
            "Rejsen er planlagt til uge %d, når der er sol og skoleferie.\n" % r.randint(26, 32),
            "Ved rejser uden for EU kan flyselskabet kræve en samtykkeerklæring på engelsk.\n",
            "Nogle lande kræver, at passet er gyldigt i seks måneder efter hjemrejsen; det undersøges inden bestilling.\n",
            "Visum søges gennem ambassadens visumcenter, og behandlingstiden er typisk to til fire uger.\n",
            "Det blå EU-sygesikringskort gælder kun i EU/EØS og Schweiz, så der tegnes en rejseforsikring.\n",
            "Borgerservice ved %s har åbent mandag til fredag.\n" % r.choice(PLACE_STREETS),
        ],
        "registry": [
            "Flytning skal anmeldes til folkeregistret senest 5 dage efter flytningen.\n",
            "Ansøgningen behandles i Familieretshuset; sagsbehandlingstiden er op til %d uger.\n" % r.randint(3, 10),
            "Personnummeret ændres ikke ved navneændring.\n",
            "Navneændringer for børn under 18 år kræver samtykke fra forældremyndighedsindehaverne, og barnet høres efter alder og modenhed.\n",
            "Ændringen slår igennem i Aula, sundhedsvæsenet og skolens systemer inden for nogle dage.\n",
            "Flytningen registreres med virkning fra den dag, barnet faktisk flyttede.\n",
            "CVR-nr. for %s: %s.\n" % (km, r.choice(CVR_NUMBERS)),
        ],
        "insurance": [
            "Selvrisiko: %s kr. Police via kommunens forsikringsordning, CVR %s.\n" % (r.choice(("1.288", "2.744", "5.000")), r.choice(CVR_NUMBERS)),
            "Faktura sendes elektronisk til EAN %s.\n" % r.choice(EAN_NUMBERS),
            "Haven var oversvømmet efter storm, og drivhuset skal have nye ruder.\n",
            "Skaden er opgjort til %s kr. inkl. moms.\n" % f"{r.randint(800, 40000):,}".replace(",", "."),
            "Kommunen har en særlig ordning for skader forvoldt af anbragte børn; kravet vurderes i hver enkelt sag.\n",
            "Husk at vedlægge kvitteringer, billeder og eventuel politianmeldelse.\n",
            "Mindre skader kan afregnes direkte af anbringelsesstedet efter aftale med kommunen.\n",
        ],
        "transition": [
            "Sprogvurderingen er gennemført efter dagtilbudslovens regler og viser %s.\n" % r.choice(SPROG),
            "Klassen %s har hjemme i lokale %d.%02d, og SFO'en åbner kl. 6.30.\n" % ("0.%s" % r.choice("ABCD"), r.randint(0, 2), r.randint(1, 20)),
            "Sundhedsplejen og PPR deltager i overleveringsmødet i maj.\n",
            "Barnet leger helst i haven og taler meget om sol, vand og dyr.\n",
            "Overleveringen sker med forældrenes samtykke, og skemaet gives til skolen inden skolestart.\n",
            "Skolen tilbyder førskolebesøg i tre uger i maj og juni.\n",
            "Sprogvurderingen bruges til at planlægge undervisningen, ikke til at placere barnet i en bestemt klasse.\n",
        ],
        "lists": [
            "Aula-gruppen for klassen har %d medlemmer.\n" % r.randint(30, 60),
            "Kontingent %d kr. pr. halvår.\n" % r.choice((450, 600, 750)),
            "Listen er opdateret efter forældremødet og må kun bruges til legeaftaler, fødselsdage og samkørsel.\n",
            "Rettelser skrives i Aula. Listen slettes ved skoleårets afslutning.\n",
            "Børn med navne- og adressebeskyttelse står ikke på listen.\n",
            "Træning aflyses ved lynvejr og storm; besked kommer i holdets app.\n",
            "Vi mangler stadig to forældre til kioskvagter i november.\n",
        ],
        "psych": [
            "Diagnosekode %s (%s) er foreløbig.\n" % r.choice(ICD),
            "Ved akut fare ringes 112; ikke-akut lægehjælp via 1813 eller %s.\n" % r.choice(("70 11 31 31", "70 15 03 00", "70 11 07 07")),
            "Medicin ved indlæggelsen: %s.\n" % r.choice(MEDS),
            "Børnetelefonen 116 111 er oplyst til barnet.\n",
            "Tvangsindlæggelsen er sket efter psykiatriloven; patientrådgiver er beskikket.\n",
            "Tvang må kun bruges, når mindre indgribende foranstaltninger ikke er tilstrækkelige.\n",
            "Patienten har ret til en patientrådgiver og kan klage over tvangsindlæggelsen.\n",
            "Underretningen vurderes inden for 24 timer, jf. Barnets lov § 136.\n",
            "Der blev ikke brugt bælte eller fastholdelse under transporten.\n",
        ],
    }[genre]
    out = g + (common if genre != "lists" else [])
    r.shuffle(out)
    if n is None:
        n = r.randint(1, 3)
    return [[x] for x in out[:n]]


# ================================================================== institutions
INST = {
    "school": ("Lyngbjerg Friskole", "Kildebakkens Friskole", "Den Grønne Friskole", "Ådalens Privatskole",
               "Havrebjerg Lilleskole", "Sct. Klemens Skole", "Privatskolen Stjernen", "Behandlingsskolen Trappen"),
    "daycare": ("Børnehuset Troldehøj", "Naturbørnehaven Egebo", "Vuggestuen Bikuben",
                "Den private børnehave Mariehønen", "Skovbørnehaven Myretuen", "Børnehaven Regnbuen ApS"),
    "home": ("Opholdsstedet Solsikken", "Bo- og behandlingsstedet Egebjerggård", "Opholdsstedet Kastanjegården",
             "Ungehjemmet Fyrtårnet", "Opholdsstedet Lysningen", "Opholdsstedet Havblik"),
    "club": ("Ungdomsklubben Grotten", "Fritidsklubben Kraftværket", "Ridecentret Hestehaven",
             "Bokseklubben Jernnæven", "Sejlklubben Bølgen"),
    "foster": ("Plejefamiliecentret Kompasset", "Familieplejen Nordlys ApS", "Netværksplejen Ankerpunktet"),
    "efterskole": ("Efterskolen ved Fjorden", "Kærby Idrætsefterskole", "Musikefterskolen Klangbunden"),
}
INST_T = (
    ("Plejemor oplyser, at Barn A fra august starter i %d. klasse på {school}, og at barnet har fået plads i {club} tre eftermiddage om ugen.", True),
    ("Anbringelsesstedet er {home}. Kontakten til skolen går gennem afdelingslederen, og kommunen følger op ved tilsyn i uge %d.", True),
    ("Barn B (%d år) er skrevet op til {daycare}. Forældrene har selv betalt indskuddet.", True),
    ("Efter mødet blev det aftalt, at den unge flytter fra {home} til {home2}, når der er en ledig plads.", False),
    ("Mor ønsker, at barnet går på {school}, fordi storebror har gået der. Sagsbehandleren undersøger, om kommunen kan betale fripladstilskud til %d. klasse.", True),
    ("Skadeanmeldelsen er udfyldt af personalet på {home} og sendt til forsikringsselskabet sammen med billeder af døren.", False),
    ("Overleveringen fra {daycare} til {school} sker på et møde i juni med pædagog, klasselærer og forældre.", False),
    ("Klasselisten kom fra forældrerådet på {school}; den er ikke lagt i sagen.", False),
    ("Under indlæggelsen holdt {efterskole} pladsen åben, og lærerne sendte opgaver til afdelingen hver uge.", False),
    ("Plejefamilien er godkendt gennem {foster} og modtager supervision hver %d. uge.", True),
    ("Den unge har fået plads på {efterskole} fra august og har været på besøg to gange. {club} skal orienteres.", False),
    ("Rejsen til Polen er arrangeret af {school} som lejrskole for hele %d. klasse.", True),
    ("Barnet går til ridning og boksning i {club} og har fået nye venner der. Plejefar kører om tirsdagen.", False),
    ("Sprogvurderingen er lavet af pædagogerne i {daycare}, og resultatet sendes til {school} før skolestart.", False),
    ("Netværksmødet blev holdt hos {foster}. Den unge bor fortsat på {home}, indtil der er fundet en plejefamilie.", False),
)


def g_institution(r):
    t, num = r.choice(INST_T)
    if num:
        t = t % r.randint(2, 9)
    items = []
    pos = 0
    used = []
    for m in re.finditer(r"\{(\w+?)2?\}", t):
        items.append(t[pos:m.start()])
        pool = tuple(x for x in INST[m.group(1)] if x not in used)
        v = r.choice(pool)
        used.append(v)
        items.append(S("institution", v))
        pos = m.end()
    items.append(t[pos:])
    return "inst", render(items)


# ================================================================== extension blocks
STYLE = {
    ("travel", "samtykke"): "kv", ("travel", "ambassade"): "letter", ("travel", "flyselskab"): "letter",
    ("travel", "journal"): "log", ("travel", "sms"): "sms", ("travel", "tabel"): "table",
    ("registry", "ansoegning"): "kv", ("registry", "foerefter"): "table", ("registry", "flytteanmeldelse"): "letter",
    ("registry", "journal"): "prose", ("registry", "mail"): "letter", ("registry", "husstand"): "table",
    ("insurance", "anmeldelse"): "kv", ("insurance", "brev"): "letter", ("insurance", "log"): "log",
    ("insurance", "vidne"): "prose", ("insurance", "mail"): "letter", ("insurance", "tabel"): "table",
    ("transition", "skema"): "kv", ("transition", "brev"): "letter", ("transition", "foraeldre"): "prose",
    ("transition", "kontakter"): "table", ("transition", "sprog"): "kv", ("transition", "moede"): "log",
    ("psych", "vagtlog"): "log", ("psych", "laegenotat"): "kv", ("psych", "politi"): "prose",
    ("psych", "journal"): "prose", ("psych", "sms"): "sms", ("psych", "kontaktliste"): "table",
}
TOPIC = {
    "travel": ("rejsen", "samtykket", "pasansøgningen"),
    "registry": ("navneændringen", "flytningen", "registreringen i CPR"),
    "insurance": ("skaden", "erstatningskravet", "skadeanmeldelsen"),
    "transition": ("skolestarten", "overleveringen", "sprogvurderingen"),
    "psych": ("indlæggelsen", "nattens forløb", "udskrivelsen"),
}


def extras(c, genre):
    r = c.rng
    cast = c.cast
    kid, mor, far, cw, km = cast["kid"], cast["mor"], cast["far"], cast["cw"], cast["km"]
    pm = cast.get("pm") or plejefam(r)[0]
    gp = Person(r, mor.origin, "f", 1948, 1968, last=mor.last if r.random() < 0.5 else None)
    set_role(gp, "mormor", "mormors")
    lead = prof(r, "teamlederen", "teamlederens", km)
    teach = cast.get("teach") or prof(r, "kontaktlæreren", "kontaktlærerens", km)
    bis = Person(r, r.choice(ORIGINS), r.choice("fm"), 1960, 1995)
    set_role(bis, "bisidderen", "bisidderens")
    top = r.choice(TOPIC[genre])
    hun = "han" if kid.g == "m" else "hun"
    dd = fmt_date(r, evdate(r))
    st = c.style
    out = []
    if st in ("letter", "prose"):
        out = [
            [c.N(kid, "first"), " har selv været med til en samtale om %s og sagde, at det vigtigste for %s er at vide, hvad der skal ske. " % (top, "ham" if kid.g == "m" else "hende"),
             "Samtalen er gennemført efter Barnets lov § 5.\n\n"],
            ["Mor, ", c.a(mor, "fl"), c.x([", ", c.born(mor, st=c.ch("dmy.", "long", "d.m.y"))], ""), ", har oplyst, at hun fra %s bor på " % MONTHS_DA[r.randint(0, 11)], c.ad(mor, st=c.ch("full", "street"), alt="en ny adresse"),
             ". Hun kan fortsat kontaktes på ", c.ph(mor), " og ", c.em(mor), ".\n\n"],
            ["Far, ", c.a(far, "fl"), c.x([", ", c.born(far, st=c.ch("dmy.", "long"))], ""), ", er ikke en del af husstanden, men har fælles forældremyndighed og skal høres. ",
             "Han træffes på ", c.ph(far), ".\n\n"],
            [c.gn(kid, "first"), " mormor, ", c.a(gp, "fl"), ", bor på ", c.ad(gp, st="full"), " og er en vigtig person i netværket.", c.x([" Hun har tlf. ", c.ph(gp), "."], ""), "\n\n"],
            ["Skolen er orienteret om %s. Kontaktlærer " % top, c.a(teach, "fl"), " kan træffes på ", c.ph(teach, w="w", alt="skolens kontor"), " eller ", c.em(teach, "work", alt="via Aula"), ".\n\n"],
            ["Sagen er drøftet med teamleder ", c.a(lead, "fl"), " den %s, som er enig i vurderingen. " % dd,
             "Spørgsmål kan rettes til ", c.n(cw, "fl"), ", ", c.ph(cw, w="w", alt="via hovednummeret %s" % kswitch(km)), c.x([", ", c.em(cw, "work")], ""), ".\n\n"],
            ["Plejemor, ", c.a(pm, "fl"), c.x([", ", c.ad(pm, st="full")], ""), ", har bedt om kopi af alt om %s på " % top, c.em(pm), ".\n\n"],
            [c.x(["Barnets CPR-nr. ", c.cpr(kid), " er"], "Barnets personnummer er"), " kontrolleret mod folkeregistret den %s.\n\n" % dd],
            ["Vedrørende ", c.n(kid, "full"), ", ", c.born(kid), c.x([", CPR-nr. ", c.cpr(kid)], ""), ": oplysningerne er sendt til ", c.n(lead, "fl"), " til orientering.\n\n"],
            c.x(["Mor har valgt ", c.n(bis, "fl"), " som bisidder. Bisidderen kan kontaktes på ", c.ph(bis), ".\n\n"], "Mor har valgt en bisidder fra sit netværk.\n\n"),
            c.x(["Kopi til: ", c.n(mor, "fl"), " (", c.ad(mor, st="full"), ") og ", c.n(far, "fl"), " (", c.ad(far, st="full"), ").\n\n"], "Kopi til begge forældremyndighedsindehavere.\n\n"),
        ]
    elif st == "log":
        hh = sorted(hhmm(r, 8, 22) for _ in range(8))
        out = [
            ["\n%s Sms fra " % hh[0], c.n(mor, c.ch("first", "fl")), " (", c.ph(mor, alt="mors nr."), "): spørger til %s og beder om opkald.\n" % top],
            ["\n%s Mor ringer og læser sit nye nummer op: " % hh[1], c.ph(mor, st=c.ch("spoken", "spoken1"), alt="nummeret er rettet i sagen"),
             ". Mail staves som ", c.em(mor, spoken=True, alt="før"), ".\n"],
            ["\n%s Ringet til skolen, kontaktlærer " % hh[1], c.a(teach, "fl"), " (", c.ph(teach, w="w", alt="skolens kontor"), "). ", cap(hun), " mødte ikke i dag.\n"],
            ["\n%s Mail sendt til " % hh[2], c.em(cw, "work", alt="sagsbehandler"), " og teamleder ", c.a(lead, "fl"), " med status.\n"],
            ["\n%s Opslag i CPR: " % hh[3], c.n(kid, "fl"), ", ", c.born(kid), " (", c.cpr(kid, alt="CPR kontrolleret"), "), registreret på ", c.ad(kid, st="full", alt="mors adresse"), ".\n"],
            ["\n%s Mormor, " % hh[4], c.a(gp, "fl"), ", ringer fra ", c.ph(gp), ". Hun kan tage ", c.n(kid, "first"), " i weekenden; adressen er ", c.ad(gp, st="street"), ".\n"],
            ["\n%s Far, " % hh[5], c.a(far, "first"), ", orienteret. Han beder om at få alt skriftligt på ", c.em(far), ".\n"],
            ["\n%s Plejemor " % hh[6], c.a(pm, "fl"), " ringer tilbage fra ", c.ph(pm), ".\n"],
        ]
    elif st == "kv":
        out = [
            ["Anden kontaktperson: ", c.N(gp, "fl"), c.x(" (mormor)", ""), ", ", c.ph(gp), ", ", c.em(gp), "\n"],
            ["Sagsbehandler: ", c.N(cw, "fl"), ", ", c.ph(cw, w="w", alt=kswitch(km)), ", ", c.em(cw, "work"), "\n"],
            ["Barnets egen mobil: ", c.ph(kid, alt="har ingen"), "\n"],
            ["Kopi sendt til: ", c.N(far, "fl"), c.x([", ", c.ad(far, st=c.ch("full", "dash", "sloppy"))], " (Digital Post)"), "\n"],
            ["Mors adresse: ", c.ad(mor, st=c.ch("full", "street"), alt="som barnets"), "\n"],
            ["Bemærkninger: ", c.N(kid, "first"), " er orienteret om %s og har ikke selv indvendinger. Teamleder " % top, c.a(lead, "fl"), " har godkendt %s.\n" % dd],
            ["Mors CPR-nr.: ", c.cpr(mor), "\n"],
            ["Søskende: ", c.x([S("name", Person(r, kid.origin, "f", 2009, 2022, last=kid.last).first), ", ", c.born(Person(r, kid.origin, "f", 2009, 2022))], "en halvsøster"), "\n"],
            ["Fars fødselsdato: ", c.dob(far, alt="ikke relevant"), "\n"],
        ]
    elif st == "sms":
        out = [
            ["[", ts(r), "] ", c.x(S("name", mor.first), "Mor"), ": kan du ringe til mig på ", c.ph(mor, st=c.ch("8", "44"), alt="mit nummer"), " efter kl 15\n"],
            ["[", ts(r), "] Sagsbehandler: Ja. Jeg har også skrevet til ", c.n(far, "first"), " om %s.\n" % top],
            ["[", ts(r), "] ", c.x(S("name", mor.first), "Mor"), ": min mor ", c.a(gp, "first"), " vil gerne hjælpe, hun bor på ", c.ad(gp, st=c.ch("lower", "street", "sloppy"), alt="den anden side af byen"), "\n"],
            ["[", ts(r), "] Sagsbehandler: Godt. Vil du sende hendes nummer?\n"],
            ["[", ts(r), "] ", c.x(S("name", mor.first), "Mor"), ": ", c.ph(gp, alt="sender det i morgen"), "\n"],
            ["[", ts(r), "] ", c.x(S("name", mor.first), "Mor"), ": og ", c.gn(kid, c.ch("first", "nick")), " cpr er ", c.cpr(kid, st=c.ch("10", "6 4", "6-4"), alt="i papirerne"), " hvis du skal bruge det\n"],
        ]
    elif st == "table":
        out = [
            ["\nØvrige kontakter:\n- ", c.N(gp, "fl"), " (mormor): ", c.ph(gp), ", ", c.ad(gp, st="full", alt="i byen"), "\n"],
            ["- ", c.N(cw, "fl"), " (sagsbehandler): ", c.ph(cw, w="w", alt=kswitch(km)), ", ", c.em(cw, "work"), "\n"],
            ["- ", c.N(teach, "fl"), " (kontaktlærer): ", c.ph(teach, w="w", alt="skolens kontor"), "\n"],
            ["- ", c.N(lead, "fl"), " (teamleder): ", c.em(lead, "work"), "\n"],
            ["- ", c.N(bis, "fl"), " (bisidder for mor): ", c.ph(bis), "\n"],
        ]
    if st in ("letter", "prose", "kv"):
        r.shuffle(out)
    return out


# ================================================================== assembly
BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}
GENRES = ("travel", "registry", "insurance", "transition", "lists", "psych")
GEN_FN = {"travel": g_travel, "registry": g_registry, "insurance": g_insurance,
          "transition": g_transition, "lists": g_lists, "psych": g_psych}
WORD_RE = re.compile(r"\w")


def wc(text):
    return sum(1 for t in text.split() if WORD_RE.search(t))


def assemble(r, head, opts, tail, band):
    lo, hi = BANDS[band]
    target = r.randint(lo + (hi - lo) // 3, hi - (hi - lo) // 8)
    w = wc(plain(head + tail))
    chosen = []
    for blk in opts:
        bw = wc(plain([blk]))
        if w + bw <= hi:
            chosen.append(blk)
            w += bw
        if w >= target:
            break
    return head + chosen + tail


def reorder_times(text):
    """keep log and chat times increasing (same-length replacement keeps offsets)"""
    for pat in (r"(?m)^\[(\d\d:\d\d)\]", r"(?m)^\n?(\d\d\.\d\d) "):
        ms = list(re.finditer(pat, text))
        if len(ms) < 2:
            continue
        vals = sorted(m.group(1) for m in ms)
        chars = list(text)
        for m, v in zip(ms, vals):
            a = m.start(1)
            chars[a:a + 5] = list(v)
        text = "".join(chars)
    return text


DEF = {"teamleder": "teamlederen", "Kontaktlærer": "Kontaktlæreren", "kontaktlærer": "kontaktlæreren",
       "sagsbehandler": "sagsbehandleren", "Sagsbehandler": "Sagsbehandleren", "Vagtlæge": "Vagtlægen", "Teamleder": "Teamlederen"}


def clean_fix(text):
    text = re.sub(r", \x00,", "", text)
    text = re.sub(r", \x00(?=[.)\n])", "", text)
    text = re.sub(r"(\S+) \x00", lambda m: DEF.get(m.group(1), m.group(1)), text)
    text = text.replace("\x00", "")
    text = re.sub(r"  +", " ", text)
    text = re.sub(r"\((\d+) år\), \1 år", r"(\1 år)", text)
    return text


def finish(items):
    text, spans = render(items)
    if not spans:
        text = clean_fix(text)
    text = reorder_times(text)
    # trim outer whitespace, keep offsets right
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    for sp in spans:
        sp["start"] -= lead
        sp["end"] -= lead
    text = re.sub(r"[ \t]+\n", "\n", text) if not spans else text
    return text, spans


# ================================================================== checks
def _pool_names():
    out = []
    seen = {}
    srcs = []
    for o in FIRST:
        srcs.extend(FIRST[o][0])
        srcs.extend(FIRST[o][1])
    for o in LAST:
        for s in LAST[o]:
            srcs.extend(s.split("|"))
    srcs.extend(MIDDLE_DK)
    for g in ("f", "m"):
        srcs.extend(MIDDLE_VN[g])
    srcs.extend(v for v in NICK.values() if len(v) >= 3)
    for s in srcs:
        cands = [s] + [x for x in re.split(r"[ \-]", s) if len(x) >= 3 and x not in ("við",)]
        for x in cands:
            if x not in seen:
                seen[x] = 1
                out.append(x)
    return tuple(out)


POOL_NAMES = _pool_names()
POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in sorted(POOL_NAMES + tuple(x.upper() for x in POOL_NAMES), key=lambda z: (-len(z), z))) + r")(?!\w)")
STREET_NUM_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in STREETS) + r")\s+\d")
CHAIN_RE = re.compile(r"\+?\d+(?:(?:[ \t]?[-./][ \t]?|[ \t])\d+)*")
PHONE_SHAPES = ([8], [2, 2, 2, 2], [4, 4])
CPR_SHAPES = ([10], [6, 4], [2, 2, 2, 4])
BORN_RE = re.compile(r"(?<!\w)(?:født|f\.|fødselsdato|Født|Fødselsdato)\s*:?\s*(?:den\s+|d\.\s*)?(?=\d)")
WHITELIST = tuple(PUBLIC_NUMBERS) + tuple(v[1] for v in KOMMUNE.values()) + CVR_NUMBERS + EAN_NUMBERS + tuple(x[1] for x in PUBLIC_LINES)
ALLOWED = {"p": ("name", "phone", "email", "address", "dob", "cpr"), "c": (), "i": ("institution",)}


def covered(spans, a, b, kinds=None):
    for sp in spans:
        if sp["start"] <= a and b <= sp["end"] and (kinds is None or sp["kind"] in kinds):
            return True
    return False


def digits_covered(text, spans, a, b):
    for i in range(a, b):
        if text[i].isdigit() and not covered(spans, i, i + 1):
            return False
    return True


def check_text(text, spans, mode, band=None):
    errs = []
    last = 0
    for sp in spans:
        if text[sp["start"]:sp["end"]] != sp["text"]:
            errs.append("offset")
        if sp["start"] < last:
            errs.append("overlap")
        last = sp["end"]
        if sp["text"] != sp["text"].strip() or not sp["text"]:
            errs.append("ws:" + sp["text"])
        if sp["kind"] not in ALLOWED[mode]:
            errs.append("kind:" + sp["kind"])
    if band is not None:
        lo, hi = BANDS[band]
        if not lo <= wc(text) <= hi:
            errs.append("band")
    # no unplanted copy
    for sp in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(sp["text"]) + r"(?!\w)", text):
            if not covered(spans, m.start(), m.end()):
                errs.append("copy:" + sp["text"])
    # pool names
    for m in POOL_RE.finditer(text):
        if not covered(spans, m.start(), m.end()):
            errs.append("pool:" + m.group(0))
    # phone/cpr shaped numbers
    for m in CHAIN_RE.finditer(text):
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group(0))]
        lens = [b - a for a, b in groups]
        if m.group(0).startswith("+") and sum(lens) >= 6:
            if not digits_covered(text, spans, m.start(), m.end()) and m.group(0) not in WHITELIST:
                errs.append("plus:" + m.group(0))
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                if lens[i:j + 1] in PHONE_SHAPES or lens[i:j + 1] in CPR_SHAPES:
                    a, b = groups[i][0], groups[j][1]
                    if not digits_covered(text, spans, a, b) and text[a:b] not in WHITELIST:
                        errs.append("num:" + text[a:b])
    # @ outside e-mail spans
    for m in re.finditer("@", text):
        if not covered(spans, m.start(), m.end(), ("email",)):
            errs.append("at")
    for m in STREET_NUM_RE.finditer(text):
        if not covered(spans, m.start(), m.end(), ("address",)):
            errs.append("street:" + m.group(0))
    for m in BORN_RE.finditer(text):
        if not covered(spans, m.end(), m.end() + 1, ("dob",)):
            errs.append("born:" + text[m.start():m.end() + 6])
    return errs


# ================================================================== driver
def place_lookalikes(r, opts, la, style):
    if style == "letter":
        la = [blk + ["\n"] for blk in la]
    if style in ("prose", "letter"):
        for blk in la:
            k = r.randint(1, len(opts)) if opts else 0
            opts = opts[:k] + [blk] + opts[k:]
        return opts
    if style == "log":
        return opts + [["\n%s Notat: " % hhmm(r, 8, 22)] + blk for blk in la]
    if style == "kv":
        return opts + [["Bemærkning: "] + blk for blk in la]
    # sms, table: notes after the list
    return opts + [["\n" if i == 0 else ""] + blk for i, blk in enumerate(la)]


def build(r, genre, band, mode, stats):
    for attempt in range(600):
        c = Ctx(r, mode)
        if genre == "lists" and mode == "c":
            sub, head, opts, tail = g_lists_clean(c, band)
        else:
            sub, head, opts, tail = GEN_FN[genre](c, band)
            if genre != "lists" and (band == "long" or r.random() < 0.15):
                opts = list(opts) + extras(c, genre)
        kmx = c.cast["km"] if getattr(c, "cast", None) else r.choice(tuple(KOMMUNE))
        if mode == "p":
            la = lookalikes(r, genre, kmx, {"short": r.randint(0, 1), "medium": r.randint(1, 3), "long": r.randint(4, 6)}[band])
        else:
            la = lookalikes(r, genre, kmx)
        opts = place_lookalikes(r, list(opts), la, getattr(c, "style", "prose"))
        items = assemble(r, head, opts, tail, band)
        text, spans = finish(items)
        errs = check_text(text, spans, mode, band)
        if mode == "p" and len(spans) < 3:
            errs.append("few")
        if not errs:
            return sub, text, spans
        for e in errs:
            key = e.split(":")[0]
            stats[key] = stats.get(key, 0) + 1
        if attempt > 590:
            print("FAIL", genre, band, mode, errs[:5], file=sys.stderr)
    raise RuntimeError("no valid draw for %s/%s/%s" % (genre, band, mode))


def plan(r):
    out = []
    for gi, g in enumerate(GENRES):
        for j in range(40):
            out.append((g, ("short", "medium", "long")[(j + gi) % 3]))
    r.shuffle(out)
    return out


def main():
    r = random.Random(3232)
    here = os.path.dirname(os.path.abspath(__file__))
    stats = {}
    planted = []
    meta = []
    for i, (g, band) in enumerate(plan(r)):
        sub, text, spans = build(r, g, band, "p", stats)
        planted.append({"id": "blind32-p%03d" % (i + 1), "text": text, "planted": spans})
        meta.append((g, sub, band))
    pii = []
    for d in planted:
        for sp in d["planted"]:
            if sp["kind"] != "name":
                pii.append(sp["text"])
    pii = sorted(dict.fromkeys(pii), key=lambda z: (-len(z), z))
    clean = []
    cmeta = []
    for i, (g, band) in enumerate(plan(r)):
        for _ in range(50):
            sub, text, spans = build(r, g, band, "c", stats)
            if not any(x in text for x in pii):
                break
            stats["cleanpii"] = stats.get("cleanpii", 0) + 1
        else:
            raise RuntimeError("clean text keeps planted PII")
        clean.append({"id": "blind32-c%03d" % (i + 1), "text": text, "planted": []})
        cmeta.append((g, sub, band))
    insts = []
    seen = {}
    while len(insts) < 30:
        sub, (text, spans) = g_institution(r)
        if text in seen or not 12 <= wc(text) <= 40 or check_text(text, spans, "i"):
            continue
        seen[text] = 1
        insts.append({"id": "blind32-i%03d" % (len(insts) + 1), "text": text, "planted": spans})
    # ---------------- global checks
    for name, rows, prefix in (("planted", planted, "p"), ("clean", clean, "c"), ("institutions", insts, "i")):
        for k, d in enumerate(rows):
            assert d["id"] == "blind32-%s%03d" % (prefix, k + 1)
            errs = check_text(d["text"], d["planted"], prefix)
            assert not errs, (d["id"], errs)
    for d in clean:
        assert not d["planted"]
        assert not any(x in d["text"] for x in pii), d["id"]
    for d in insts:
        assert 1 <= len(d["planted"]) <= 2
    counts = {}
    for d in planted:
        for sp in d["planted"]:
            counts[sp["kind"]] = counts.get(sp["kind"], 0) + 1
    total = sum(counts.values())
    if not 3000 <= total <= 4500: print("TOTAL OUT OF RANGE", total)
    for k, m in (("phone", 250), ("address", 250), ("dob", 250), ("cpr", 120), ("email", 120)):
        assert counts.get(k, 0) >= m, (k, counts.get(k, 0))
    assert counts["name"] == max(counts.values())
    # ---------------- write
    for fn, rows in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", insts)):
        with open(os.path.join(here, fn), "w", encoding="utf-8", newline="\n") as f:
            for d in rows:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    # ---------------- report
    print("span counts:", json.dumps(counts, sort_keys=True), "total", total)
    for name, mt in (("planted", meta), ("clean", cmeta)):
        tab = {}
        for g, sub, band in mt:
            tab[(g, sub)] = tab.get((g, sub), 0) + 1
        print(name, "genre/sub-format:", ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(tab.items())))
        bt = {}
        for g, sub, band in mt:
            bt[band] = bt.get(band, 0) + 1
        print(name, "bands:", json.dumps(bt, sort_keys=True))
    print("redraw reasons:", json.dumps(stats, sort_keys=True))
    for fn in ("planted.jsonl", "clean.jsonl", "institutions.jsonl"):
        with open(os.path.join(here, fn), "rb") as f:
            print(fn, hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
