#!/usr/bin/env python3
"""Generate the blind21 held-out corpus (planted / clean / institutions). Python 3.11 stdlib only."""
import datetime as dt
import hashlib
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import random  # noqa: E402
from pools import (ORIGINS, ORIGIN_WEIGHTS, DOUBLE_FIRST_M, DOUBLE_FIRST_F, NICK, NICK_GENERIC, PETS,  # noqa: E402
                   STREETS, TOWNS, KOMMUNER, PRIVATE_DOMAINS, HOSPITALS, DIAG, MEDS, COMPANIES, BANKS,
                   FOREIGN_ADDR, FOREIGN_PHONE)

SEED = 21021
CORPUS = "blind21"
OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)

BANDS = {"s": (30, 80), "m": (81, 150), "l": (151, 300)}

# ---------------------------------------------------------------- markup
MARK = re.compile("\x01(\\w+)\x02(.*?)\x03", re.S)


def S(kind, txt):
    return "\x01%s\x02%s\x03" % (kind, txt)


def plain(marked):
    return MARK.sub(lambda m: m.group(2), marked)


def render(marked):
    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        chunk = marked[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        k, t = m.group(1), m.group(2)
        spans.append({"kind": k, "text": t, "start": pos, "end": pos + len(t)})
        out.append(t)
        pos += len(t)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), spans


def nwords(marked):
    return len(plain(marked).split())


class Redraw(Exception):
    pass


# ---------------------------------------------------------------- public numbers (whitelist)
SWITCH = {
    "kommune": "72 36 00 00", "tand": "87 13 42 00", "sundhed": "96 28 40 00", "uu": "99 31 31 31",
    "hospital": "78 45 00 00", "job": "70 11 20 30", "familie": "89 40 10 00", "borgerservice": "76 29 29 29",
}
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111"] + list(SWITCH.values())
WHITELIST_DIGITS = [re.sub(r"\D", "", x) for x in PUBLIC_NUMBERS]
USED_PHONES = []
CVRS = []

# ---------------------------------------------------------------- Danish words and dates
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
UNITS = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv", "tretten",
         "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs", 9: "halvfems"}
ORD = ["", "første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende", "nittende",
       "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende", "seksogtyvende",
       "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]


def num_da(n):
    if n < 20:
        return UNITS[n]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else UNITS[u] + "og" + TENS[t]


def year_da(y):
    if y >= 2000:
        r = y - 2000
        return "totusind" + ("" if r == 0 else " og " + num_da(r))
    return "nitten hundrede og " + num_da(y - 1900)


def rdate(a, b):
    """random date between two dates (inclusive)"""
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def ev_date(d, style=None):
    """non-personal event date (meetings, decisions) -- never a span"""
    style = style if style is not None else R.randint(0, 4)
    if style == 0:
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == 1:
        return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == 2:
        return "%d/%d-%d" % (d.day, d.month, d.year)
    if style == 3:
        return "%d-%02d-%02d" % (d.year, d.month, d.day)
    return "%d. %s" % (d.day, MONTHS[d.month - 1])


def dob_fmt(d, spoken=False):
    if spoken:
        return "%s %s %s" % (ORD[d.day], MONTHS[d.month - 1], year_da(d.year))
    s = R.randint(0, 11)
    if s == 0:
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if s == 1:
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if s == 2:
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if s == 3:
        return "%d/%d-%d" % (d.day, d.month, d.year)
    if s == 4:
        return "%02d/%02d-%02d" % (d.day, d.month, d.year % 100)
    if s == 5:
        return "%d-%02d-%02d" % (d.year, d.month, d.day)
    if s == 6:
        return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if s == 7:
        return "%d. %s %d" % (d.day, MON_ABBR[d.month - 1], d.year)
    if s == 8:
        return "%d %s %d" % (d.day, EN_MONTHS[d.month - 1], d.year)
    if s == 9:
        return "%s %d, %d" % (EN_MONTHS[d.month - 1], d.day, d.year)
    if s == 10:
        return "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def ascii_fold(s):
    s = s.replace("ø", "oe").replace("Ø", "Oe").replace("æ", "ae").replace("Æ", "Ae").replace("å", "aa").replace("Å", "Aa")
    s = s.replace("ð", "d").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


# ---------------------------------------------------------------- persons
ORIGIN_LIST = list(ORIGIN_WEIGHTS.keys())
ORIGIN_W = [ORIGIN_WEIGHTS[k] for k in ORIGIN_LIST]


def mobile():
    while True:
        pre = R.choice(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
                        "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"])
        d = pre + "".join(str(R.randint(0, 9)) for _ in range(6))
        if d not in USED_PHONES and d not in WHITELIST_DIGITS and d not in CVRS:
            USED_PHONES.append(d)
            return d


def landline():
    while True:
        pre = R.choice(["33", "35", "38", "44", "45", "46", "47", "48", "62", "63", "65", "66", "75", "76", "79",
                        "86", "87", "89", "96", "97", "98", "99"])
        d = pre + "".join(str(R.randint(0, 9)) for _ in range(6))
        if d not in USED_PHONES and d not in WHITELIST_DIGITS and d not in CVRS:
            USED_PHONES.append(d)
            return d


def phone_fmt(d, spoken=False):
    if spoken:
        return " ".join(("nul " + UNITS[int(d[i + 1])]) if d[i] == "0" else num_da(int(d[i:i + 2]))
                        for i in range(0, 8, 2))
    s = R.randint(0, 10)
    g = [d[0:2], d[2:4], d[4:6], d[6:8]]
    if s in (0, 1, 2):
        return " ".join(g)
    if s == 3:
        return d
    if s == 4:
        return d[:4] + " " + d[4:]
    if s == 5:
        return "-".join(g)
    if s == 6:
        return ".".join(g)
    if s == 7:
        return "+45 " + " ".join(g)
    if s == 8:
        return "+45" + d
    if s == 9:
        return "0045 " + d
    return "+45 " + d[:4] + " " + d[4:]


def cpr_digits(dob, male):
    y = dob.year
    if y >= 2000:
        d7 = R.choice([4, 5, 6, 7, 8, 9])
    elif y >= 1937:
        d7 = R.choice([0, 1, 2, 3, 4, 9])
    else:
        d7 = R.choice([0, 1, 2, 3])
    mid = "%d%d%d" % (d7, R.randint(0, 9), R.randint(0, 9))
    last = R.choice([1, 3, 5, 7, 9]) if male else R.choice([0, 2, 4, 6, 8])
    return "%02d%02d%02d" % (dob.day, dob.month, dob.year % 100), mid + str(last)


def cpr_fmt(a, b):
    s = R.randint(0, 9)
    if s <= 4:
        return a + "-" + b
    if s == 5:
        return a + " " + b
    if s == 6:
        return a + b
    if s == 7:
        return "%s.%s.%s-%s" % (a[0:2], a[2:4], a[4:6], b)
    if s == 8:
        return "%s %s %s %s" % (a[0:2], a[2:4], a[4:6], b)
    return a + "–" + b


class Person:
    def __init__(self, X, label, kind, male=None, surname=None, origin=None, age=None, title=""):
        self.X = X
        self.label = label          # role label used in clean texts
        self.kind = kind            # child / youth / adult / prof
        self.male = R.random() < 0.5 if male is None else male
        self.title = title
        if origin is None and surname:
            for k in ORIGIN_LIST:
                if surname in ORIGINS[k][2] and R.random() < 0.85:
                    origin = k
                    break
        self.origin = origin or R.choices(ORIGIN_LIST, ORIGIN_W)[0]
        fm, ff, sn = ORIGINS[self.origin]
        for _ in range(50):
            if self.origin == "dansk" and R.random() < 0.08:
                self.first = R.choice(DOUBLE_FIRST_M if self.male else DOUBLE_FIRST_F)
            else:
                self.first = R.choice(fm if self.male else ff)
            if self.first not in X.used_first:
                break
        X.used_first.append(self.first)
        if surname:
            self.last = surname
        else:
            self.last = R.choice(sn)
            r = R.random()
            if self.origin in ("dansk", "dansk_sjaeldent", "ordnavn") and r < 0.12:
                o = R.choice(ORIGINS["dansk"][2])
                if o != self.last:
                    self.last = self.last + "-" + o
            elif self.origin in ("dansk", "dansk_sjaeldent") and r < 0.2:
                o = R.choice(ORIGINS["ordnavn"][2] + ORIGINS["dansk_sjaeldent"][2])
                if o != self.last:
                    self.last = o + " " + self.last
        today = X.today
        if age is None:
            age = {"child": (2, 17), "youth": (15, 23), "adult": (26, 62), "prof": (27, 64)}[kind]
        if isinstance(age, int):
            age = (age, age)
        a = R.randint(age[0], age[1])
        self.dob = today - dt.timedelta(days=365 * a + R.randint(10, 350))
        if self.dob.year > 2022:
            self.dob = dt.date(2022, R.randint(1, 12), R.randint(1, 28))
        self.age = today.year - self.dob.year - ((today.month, today.day) < (self.dob.month, self.dob.day))
        self.cpr_a, self.cpr_b = cpr_digits(self.dob, self.male)
        self._mob = None
        self._land = None
        self._addr = None
        self._mail = None
        self._work = None

    # data ---------------------------------------------------------------
    @property
    def mob(self):
        if self._mob is None:
            self._mob = mobile()
        return self._mob

    @property
    def land(self):
        if self._land is None:
            self._land = landline()
        return self._land

    def addr_parts(self):
        if self._addr is None:
            st = R.choice(STREETS)
            no = str(R.randint(1, 148))
            if R.random() < 0.2:
                no += R.choice("ABCD")
            floor = ""
            if R.random() < 0.3:
                floor = R.choice(["st. tv.", "st. th.", "1. tv.", "1. th.", "2. tv.", "2. th.", "3. mf.", "4. tv.", "1.", "2. 4"])
            pc, town = R.choice(TOWNS) if self.X.town is None or R.random() < 0.35 else self.X.town
            self._addr = (st, no, floor, pc, town)
        return self._addr

    def mail(self, work_domain=None):
        f = slug(self.first.split()[0])
        ln = slug(self.last.split()[-1])
        if work_domain:
            s = R.randint(0, 3)
            loc = [f + "." + ln, f[:2] + ln[:2], f[0] + ln, f + ln[:1]][s]
            return loc + "@" + work_domain
        if self._mail is None:
            s = R.randint(0, 6)
            loc = [f + "." + ln, f + ln + str(R.randint(70, 99)), f + "_" + ln[:3], f + str(self.dob.year),
                   f[0] + "." + ln, ln + f[:1] + str(R.randint(1, 99)), f + "." + ln + str(self.dob.year % 100)][s]
            self._mail = loc + "@" + R.choice(PRIVATE_DOMAINS)
        return self._mail


class Ctx:
    def __init__(self, clean, genre):
        self.c = clean
        self.genre = genre
        self.today = rdate(dt.date(2024, 1, 8), dt.date(2025, 10, 30))
        self.kom, self.dom = R.choice(KOMMUNER)
        self.town = R.choice(TOWNS)
        self.letters = iter("ABCDEFGHIJKLMNOP")
        self.used_first = []

    # persons ---------------------------------------------------------
    def P(self, label, kind, **kw):
        return Person(self, label, kind, **kw)

    def child(self, age=None, male=None, surname=None, label=None):
        if label is None:
            label = "Barn " + next(self.letters)
        return Person(self, label, "child", male=male, surname=surname, age=age)

    # clean/planted switch -------------------------------------------
    def pc(self, planted, clean):
        return clean if self.c else planted

    # names -----------------------------------------------------------
    def n(self, p, form="full"):
        if self.c:
            return p.label
        if form == "full":
            return S("name", p.first + " " + p.last)
        if form == "first":
            return S("name", p.first)
        if form == "last":
            return S("name", p.last)
        if form == "lf":
            return S("name", p.last + ", " + p.first)
        if form == "caps":
            return S("name", (p.first + " " + p.last).upper())
        if form == "lastcaps":
            return S("name", p.last.upper() + " " + p.first)
        if form == "low":
            return S("name", p.first.split()[0].lower())
        if form == "ini":
            parts = (p.first + " " + p.last).replace("-", " ").split()
            parts = [x for x in parts if x[0].isupper()]
            r = R.randint(0, 2)
            if r == 0:
                return S("name", "".join(x[0] for x in parts).upper())
            if r == 1:
                return S("name", ".".join(x[0] for x in parts[:2]) + ".")
            return S("name", (parts[0][0] + parts[-1][:2]).upper())
        if form == "nick":
            nk = NICK.get(p.first.split()[0])
            return S("name", nk if nk else R.choice(NICK_GENERIC))
        if form == "mis":
            w = p.first.split()[0]
            if len(w) > 4:
                i = R.randint(1, len(w) - 2)
                w2 = w[:i] + w[i + 1:] if R.random() < 0.5 else w[:i] + w[i] + w[i:]
            else:
                w2 = w + w[-1]
            return S("name", w2.lower() if R.random() < 0.5 else w2)
        raise ValueError(form)

    def N(self, p, form="full"):
        """sentence-initial variant"""
        r = self.n(p, form)
        return r[:1].upper() + r[1:] if self.c else r

    def any(self, p):
        return self.n(p, R.choice(["full", "full", "first", "first", "first", "lf", "caps"]))

    def gen(self, p, form="first"):
        if self.c:
            lab = p.label
            return lab + ("'s" if lab[-1].isupper() or lab[-1].isdigit() else "s")
        if form == "full":
            w = p.first + " " + p.last
        elif form == "last":
            w = p.last
        else:
            w = p.first
        if w[-1] in "sxzSXZ":
            return S("name", w) + "'"
        return S("name", w + "s")

    def t(self, p):
        return p.title + " " + self.n(p) if p.title and not self.c else self.n(p)

    # contact data ------------------------------------------------------
    def ph(self, p, land=False, spoken=False):
        if self.c:
            return None
        return S("phone", phone_fmt(p.land if land else p.mob, spoken))

    def fph(self):
        return None if self.c else S("phone", R.choice(FOREIGN_PHONE))

    def abroad(self):
        """paired foreign address and phone (same country)"""
        i = R.randrange(len(FOREIGN_ADDR))
        return S("address", FOREIGN_ADDR[i]), S("phone", FOREIGN_PHONE[i])

    def mail(self, p, work=None, spoken=False):
        if self.c:
            return None
        m = p.mail(work)
        if spoken:
            m = m.replace("@", " snabel-a ").replace(".", " punktum ").replace("_", " underscore ")
        return S("email", m)

    def wmail(self, p):
        return self.mail(p, self.dom)

    def adr(self, p, style=None):
        if self.c:
            return None
        st, no, floor, pc, town = p.addr_parts()
        s = R.randint(0, 9) if style is None else style
        fl = (", " + floor) if floor else ""
        if s <= 3:
            a = "%s %s%s, %s %s" % (st, no, fl, pc, town)
        elif s == 4:
            a = "%s %s%s" % (st, no, fl)
        elif s == 5:
            a = "%s %s%s\n%s %s" % (st, no, fl, pc, town)
        elif s == 6:
            a = "%s %s %s" % (st.lower(), no, town.split()[0].lower())
        elif s == 7:
            a = "%s nr. %s%s, %s" % (st, no, fl, town)
        elif s == 8:
            a = "%s %s,%s %s" % (st, no, pc, town)
        else:
            a = "%s %s%s, %s" % (st, no, (" " + floor) if floor else "", town)
        return S("address", a)

    def adr2(self, p):
        """two-line block for letters"""
        return self.adr(p, 5)

    def fadr(self):
        return None if self.c else S("address", R.choice(FOREIGN_ADDR))

    def dob(self, p, spoken=False):
        if self.c:
            return None
        return S("dob", dob_fmt(p.dob, spoken))

    def cpr(self, p):
        if self.c:
            return None
        return S("cpr", cpr_fmt(p.cpr_a, p.cpr_b))

    def age(self, p):
        return "%d år" % p.age

    # misc ---------------------------------------------------------------
    def d(self, back=0, fwd=0, style=None):
        lo = self.today - dt.timedelta(days=back)
        hi = self.today + dt.timedelta(days=fwd)
        return ev_date(rdate(lo, hi), style)

    def sagsnr(self):
        return R.choice(["%d-%06d" % (self.today.year, R.randint(1000, 999999)),
                         "27.%02d.%02d-G01-%d-%02d" % (R.choice([12, 24, 36]), R.randint(0, 20), R.randint(1, 400), self.today.year % 100),
                         "SAG-%d-%05d" % (self.today.year, R.randint(100, 99999))])

    def sw(self, key):
        return SWITCH[key]

    def kv(self, rows, sep=": "):
        out = []
        for lab, val in rows:
            if val is None:
                continue
            out.append(lab + sep + val if lab else val)
        return "\n".join(out)


def one(*a):
    return R.choice(a)


BANK_DOM = {"Danske Bank": "danskebank.dk", "Nordea": "nordea.dk", "Jyske Bank": "jyskebank.dk", "Sydbank": "sydbank.dk",
            "Arbejdernes Landsbank": "al-bank.dk", "Spar Nord": "sparnord.dk", "Lunar": "lunar.app"}


def cvr():
    while True:
        d = R.choice("12") + "".join(str(R.randint(0, 9)) for _ in range(7))
        if d not in USED_PHONES and d not in CVRS:
            CVRS.append(d)
            return d


def ean():
    return "5798" + "".join(str(R.randint(0, 9)) for _ in range(9))


def amount(lo, hi):
    v = R.randint(lo, hi)
    s = "{:,}".format(v).replace(",", ".")
    return s + one(" kr.", ",00 kr.", " kr")


def clock():
    h = R.randint(8, 19)
    return "%d.%s" % (h, one("00", "15", "30", "45"))


def pet():
    return R.choice(PETS)


def fit(head, extras, tail, band, joiner="\n\n"):
    lo, hi = BANDS[band]
    target = R.randint(lo + (hi - lo) // 6, hi - (hi - lo) // 4)
    chosen = []
    base = lambda ch: joiner.join([x for x in [head] + ch + [tail] if x])  # noqa: E731
    for e in extras:
        if nwords(base(chosen)) >= target:
            break
        chosen.append(e)
        if nwords(base(chosen)) > hi:
            chosen.pop()
            break
    txt = base(chosen)
    w = nwords(txt)
    if not (lo <= w <= hi):
        raise Redraw("band %s: %d words" % (band, w))
    return txt


# ================================================================ shared bits
def sig(X, p, title, unit, style=None, prefix="Med venlig hilsen"):
    """signature of a professional; clean: role + public switchboard"""
    if X.c:
        return "%s\n\n%s\n%s, %s\nTlf. %s (hovednummer, hverdage kl. 9-12)" % (
            prefix, title[:1].upper() + title[1:], unit, X.kom, X.sw(one("kommune", "familie", "borgerservice")))
    s = R.randint(0, 3) if style is None else style
    if s == 0:
        return "%s\n\n%s\n%s\n%s, %s\nDirekte tlf. %s\nMail: %s" % (prefix, X.n(p), title, unit, X.kom, X.ph(p, land=True), X.wmail(p))
    if s == 1:
        return "%s\n%s, %s\nTlf. %s · %s" % (prefix, X.n(p), title, X.ph(p), X.wmail(p))
    if s == 2:
        return "Venlig hilsen\n%s (%s)\n%s | mobil %s" % (X.n(p), title, unit, X.ph(p))
    return "%s\n%s\n%s\nE-mail: %s" % (prefix, X.n(p, "caps"), title, X.wmail(p))


def mon_year(X):
    d = rdate(X.today - dt.timedelta(days=700), X.today - dt.timedelta(days=40))
    return "%s %d" % (MONTHS[d.month - 1], d.year)


CLEAN_FILL = {
    1: [lambda X: "Sagen er behandlet efter %s, og afgørelsen gælder fra 1. %s %d." % (one("servicelovens § 41", "servicelovens § 42", "barnets lov § 32", "servicelovens § 112"), one(*MONTHS), X.today.year),
        lambda X: "Merudgifterne er opgjort til %s pr. måned, svarende til %s om året." % (amount(300, 2400), amount(4000, 28000)),
        lambda X: "Der er i %s bevilget aflastning i et døgn hver anden weekend i aflastningsboligen ved Skovbrynet." % mon_year(X),
        lambda X: "Medicin ifølge udtalelsen: %s og %s." % (one(*MEDS), one(*MEDS)),
        lambda X: "Familien har %s, som barnet er meget glad for, og som fylder meget i hverdagen." % ("%s %s" % pet()),
        lambda X: "Ved spørgsmål kan Handicapteamet træffes på %s mandag-torsdag kl. 9-12. Uden for åbningstid: 1813 ved akut sygdom." % X.sw("kommune"),
        lambda X: "Udbetaling Danmark er orienteret, og beløbet indgår ikke i den skattepligtige indkomst.",
        lambda X: "Sommerferien i juli kræver ekstra planlægning; der er aftalt to uger i ferieaflastning i uge 28 og 29.",
        lambda X: "Vi har lagt vægt på lægeerklæringen fra %s og på PPR's beskrivelse fra skolen." % one(*HOSPITALS),
        lambda X: "Når det stormer og regner, er det svært at komme ud, så barnet har brug for en lukket cykelanhænger (tilbud fra %s på %s)." % (one("Jysk Cykelcenter", "Harald Nyborg", "Bilka"), amount(6000, 14000))],
    2: [lambda X: "%s kl. %s: Mødtes ved Banegårdspladsen og gik en tur i skoven. Der var sol, og den unge virkede glad." % (X.d(back=60, style=0), clock()),
        lambda X: "Aftale til næste gang: Vi ses %s kl. %s ved biblioteket. Den unge husker selv sit rejsekort." % (one(*WEEKDAYS), clock()),
        lambda X: "Vi spiste på McDonald's ved Torvet og talte om skolen, FIFA og hans træning i klubben.",
        lambda X: "Indsatsen er bevilget efter barnets lov § 32 med %d timer om ugen frem til %s." % (R.randint(2, 8), X.d(fwd=200, style=1)),
        lambda X: "Den unge fortalte, at %s er blevet syg, og at det har fyldt meget hjemme." % ("%s %s" % pet()),
        lambda X: "Ved akut bekymring uden for kontortid kontaktes Socialvagten via 112 eller politiets nummer 114.",
        lambda X: "Kort besked fra den unge kl. %s: \"kan ikk i dag, ses på torsdag\". Svarede ok." % clock(),
        lambda X: "I maj var der storm, så turen til stranden blev aflyst, og vi spillede bowling i stedet.",
        lambda X: "Kontaktpersonen har sendt status til myndighedsrådgiveren i sag %s." % X.sagsnr()],
    3: [lambda X: "Samtalen fandt sted i lokale %d.%02d på skolen i frikvarteret efter 4. lektion." % (R.randint(0, 3), R.randint(1, 30)),
        lambda X: "Barnet tegnede et hus med sol over taget og en stor have med en gynge.",
        lambda X: "\"Jeg er glad, når vi er i sommerhuset, og %s må komme med,\" siger barnet om familiens hund." % one("Bamse", "Luna", "Rollo", "Charlie"),
        lambda X: "Barnet blev informeret om Børnetelefonen på 116 111 og om, at samtalen skrives ned efter barnets lov § 5.",
        lambda X: "I Drømmehuset tegnede barnet en skov, en hund og en storm, som er \"væk\".",
        lambda X: "Barnet fortæller, at det er bedst i maj, \"når man kan være ude og der er sol\".",
        lambda X: "Samtalen varede 35 minutter. Der blev brugt De tre huse som redskab.",
        lambda X: "Barnet har kaldt sin kanin Molly og fortæller meget om den; dyret er vigtigt for barnet."],
    4: [lambda X: "Aktindsigten er behandlet efter forvaltningslovens § 9. Oplysninger om andre private er undtaget efter § 15, stk. 1, nr. 1.",
        lambda X: "Der er i alt udleveret %d dokumenter på %d sider. %d dokumenter er undtaget helt." % (R.randint(8, 60), R.randint(20, 240), R.randint(1, 6)),
        lambda X: "Navnet [anonymiseret] er fjernet i dokument %d, %d og %d." % (R.randint(1, 9), R.randint(10, 19), R.randint(20, 40)),
        lambda X: "Journalnummer %s. Du kan klage over afslaget til Ankestyrelsen, jf. forvaltningslovens § 16." % X.sagsnr(),
        lambda X: "Mor ([navn]) oplyste den XX.XX.XXXX, at hun bor hos en veninde ved Torvet.",
        lambda X: "Tlf.: ██ ██ ██ ██ · E-mail: [anonymiseret] · CPR-nr.: XXXXXX-XXXX",
        lambda X: "Fristen på 7 arbejdsdage er overskredet, fordi sagen omfatter %d sider fra tre afdelinger." % R.randint(100, 400),
        lambda X: "Det bemærkes, at oplysninger fra Familieretshuset og Datatilsynet ikke indgår i denne udlevering."],
    5: [lambda X: "Højde %d cm, vægt %s kg, BMI %s. Syn 1,0/1,0. Hørelse ua." % (R.randint(105, 175), "%d,%d" % (R.randint(17, 70), R.randint(0, 9)), "%d,%d" % (R.randint(14, 24), R.randint(0, 9))),
        lambda X: "Barnet er udeblevet fra %d tider i tandplejen; sidste tid var %s kl. %s på klinikken ved Skolevej." % (R.randint(2, 4), X.d(back=90, style=1), clock()),
        lambda X: "Fund: caries i 55 og 65 (K02.1), tandsten i underkæben. Fluorlak givet.",
        lambda X: "MFR-vaccination 2. dosis og HPV 1. dosis givet i skolens sundhedsrum, lokale %d." % R.randint(1, 40),
        lambda X: "Tandplejens fælles tidsbestilling har nummer %s, tirsdag og torsdag kl. 8-10." % X.sw("tand"),
        lambda X: "Sundhedsplejens telefontid: %s, hverdage kl. 8.00-9.00." % X.sw("sundhed"),
        lambda X: "Forælder oplyser, at barnet tager %s og har haft sår i munden siden maj." % one(*MEDS),
        lambda X: "Barnet går i %d.%s og har skolemad fra kantinen; madpakken er ofte glemt." % (R.randint(0, 9), one("a", "b", "c", "x", "y")),
        lambda X: "Ved akut tandpine uden for åbningstid henvises til vagttandlægen via 1813."],
    6: [lambda X: "Den unge har bestået folkeskolens afgangsprøve med et gennemsnit på %s og søger optagelse via optagelse.dk." % one("4,2", "5,6", "6,8", "7,1", "3,9"),
        lambda X: "Praktikken foregår på %s (CVR %s) i uge %d-%d, mandag-torsdag kl. 7.00-14.30." % (one(*COMPANIES)[0], cvr(), R.randint(2, 20), R.randint(21, 30)),
        lambda X: "Uddannelsesparathed: vurderet ikke-uddannelsesparat i 8. klasse; revurderes i %s." % mon_year(X),
        lambda X: "Husleje %s inkl. aconto varme; boligstøtte er søgt hos Udbetaling Danmark." % amount(3800, 6900),
        lambda X: "Efterværnet er bevilget frem til det fyldte 23. år (tidligere servicelovens § 76).",
        lambda X: "Kontakt UU på %s eller Jobcentrets ungeteam på %s." % (X.sw("uu"), X.sw("job")),
        lambda X: "Den unge har fået MitID og oprettet NemKonto i %s; budget på %s om måneden." % (one(*BANKS), amount(2500, 7000)),
        lambda X: "Praktikaftale underskrevet %s. EAN %s bruges til fakturering af mentortimer." % (X.d(back=30, style=0), ean()),
        lambda X: "Møde i lokale %d på Jobcentret ved Torvet, %s kl. %s." % (R.randint(101, 340), X.d(fwd=40, style=1), clock())],
}


def cfill(X, k=3, avoid=None):
    fs = list(CLEAN_FILL[X.genre])
    R.shuffle(fs)
    out = [f(X) for f in fs]
    if avoid:
        out = [x for x in out if not re.search(avoid, x)]
    return out[:k]


# ================================================================ GENRE 1: handicap
def g1_afgorelse(X, band):
    plabel = one("mor", "far")
    parent = X.P(plabel, "adult", male=plabel == "far")
    other = X.P("far" if parent.label == "mor" else "mor", "adult", male=parent.label == "mor")
    child = X.child(age=(3, 16), surname=parent.last if R.random() < 0.6 else None)
    cw = X.P("sagsbehandleren", "prof")
    doc = X.P("overlægen", "prof")
    ydelse, para = one(("dækning af nødvendige merudgifter", "servicelovens § 41"),
                       ("tabt arbejdsfortjeneste", "servicelovens § 42"),
                       ("aflastning", "barnets lov § 32"),
                       ("hjælpemiddel (særlig autostol)", "servicelovens § 112"))
    res = one("bevilget", "bevilget", "delvist bevilget", "afslået")
    code, diag = R.choice(DIAG)
    hosp = R.choice(HOSPITALS)
    date = X.d(style=1)
    if X.c:
        head = "%s\nBørn og Unge – Myndighed, Handicapteamet\n%s\nSagsnr. %s\n\nTil forældremyndighedsindehaverne\n\nAfgørelse om %s – %s (%s)\n\nKære %s\n\nDu har den %s søgt om %s til %s. Vi har %s ansøgningen efter %s." % (
            X.kom, date, X.sagsnr(), ydelse, child.label, X.age(child), parent.label, X.d(back=90, style=1), ydelse, child.label, res, para)
    else:
        head = "%s\nBørn og Unge – Myndighed, Handicapteamet\n%s\n\n%s\n%s\n\nAfgørelse om %s – %s, CPR-nr. %s\n\nKære %s\n\nDu har den %s søgt om %s til %s. Vi har %s ansøgningen efter %s." % (
            X.kom, date, X.n(parent), X.adr2(parent), ydelse, X.n(child), X.cpr(child), X.n(parent, "first"),
            X.d(back=90, style=1), ydelse, X.n(child, "first"), res, para)
    sib1 = X.child(surname=child.last, label="storesøster" if R.random() < 0.5 else "lillebror")
    sib2 = X.child(surname=child.last, label="søskende")
    comp, cdom = R.choice(COMPANIES)
    emp = X.P("arbejdsgiveren", "adult")
    ex = []
    ex.append(X.pc("%s har diagnosen %s %s, stillet af overlæge %s, %s, i %s." % (X.n(child, "first"), code, diag, X.n(doc), hosp, mon_year(X)),
                   "Barnet har diagnosen %s %s, stillet af %s i %s." % (code, diag, hosp, mon_year(X))))
    ex.append(X.pc("I husstanden bor også %s (f. %s) og %s, født %s." % (X.n(sib1), X.dob(sib1), X.n(sib2, "first"), X.dob(sib2)),
                   "I husstanden bor også to søskende på %d og %d år." % (sib1.age, sib2.age)))
    ex.append(X.pc("Barnets %s, %s, %s, har fælles forældremyndighed og har fået kopi af afgørelsen (tlf. %s)." % (other.label, X.n(other), X.adr(other), X.ph(other)),
                   "Barnets %s har fælles forældremyndighed og har fået kopi af afgørelsen via Digital Post." % other.label))
    ex.append(X.pc("Din arbejdsgiver, %s, har ved %s (tlf. %s, %s) bekræftet, at du er gået ned til %d timer om ugen." % (comp, X.n(emp), X.ph(emp, land=True), X.mail(emp, cdom), R.randint(12, 30)),
                   "Din arbejdsgiver har bekræftet, at du er gået ned til %d timer om ugen. Lønsedler for %s og %s er vedlagt." % (R.randint(12, 30), one(*MONTHS), one(*MONTHS))))
    ex.append("Vi har opgjort udgiften til %s om måneden. Beløbet udbetales bagud til din NemKonto fra 1. %s." % (amount(400, 3800), one(*MONTHS)))
    ex.append("Vi har lagt vægt på, at funktionsnedsættelsen er varig og indgribende i dagligdagen, og at behovet ikke kan dækkes på anden vis.")
    if X.c:
        ex = ex[:1] + cfill(X, 3) + ex[1:]
    tail = "Klagevejledning: Du kan klage inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes til os. Fastholder vi afgørelsen, sender vi den til Ankestyrelsen.\n\n" + sig(X, cw, "socialrådgiver", "Handicapteamet")
    if band == "s":
        head = head.split("\n\n", 1)[1] if not X.c else head.split("\n\n", 2)[2]
        head = head.replace("\n\nKære ", "\n\n").split("\n\n")
        head = head[0] + "\n\n" + head[-1]
        tail = "Du kan klage inden 4 uger.\n" + X.pc("%s, socialrådgiver, %s" % (X.n(cw), X.ph(cw, land=True)), "Socialrådgiver, Handicapteamet")
    return fit(head, ex + more(X, child), tail, band), "afgørelsesbrev"


def g1_laege(X, band):
    child = X.child(age=(2, 17))
    mor = X.P("mor", "adult", male=False, surname=child.last if R.random() < 0.5 else None)
    far = X.P("far", "adult", male=True, surname=child.last)
    doc = X.P("lægen", "prof")
    hosp = R.choice(HOSPITALS)
    dg = R.sample(DIAG, 2)
    head = "LÆGEERKLÆRING\nTil brug for kommunens behandling af ansøgning om %s\n\n" % one("merudgifter", "tabt arbejdsfortjeneste", "aflastning", "hjælpemidler")
    rows = [("Patient", X.pc(X.n(child, one("full", "lastcaps", "lf")), "%s, %s" % (child.label, X.age(child)))),
            ("CPR-nr.", X.cpr(child)),
            ("Fødselsdato", X.dob(child)),
            ("Adresse", X.adr(child)),
            ("Mor", X.pc("%s, tlf. %s" % (X.n(mor), X.ph(mor)), "forældremyndighedsindehaver")),
            ("Far", X.pc("%s, %s" % (X.n(far), X.ph(far)), "fælles forældremyndighed, bor i anden kommune")),
            ("Diagnoser", "%s %s; %s %s" % (dg[0][0], dg[0][1], dg[1][0], dg[1][1])),
            ("Aktuel medicin", "%s, %s" % (one(*MEDS), one(*MEDS)))]
    head += X.kv(rows)
    ex = [
        "Beskrivelse: %s er fulgt i vores ambulatorium siden %s. Barnet har brug for hjælp til af- og påklædning, måltider og toiletbesøg, og der er hyppige natlige opvågninger." % (X.N(child, "first"), mon_year(X)),
        X.pc("Søskende: %s (%d år) og %s (%d år) påvirkes af den uro, der er i hjemmet." % (X.n(X.child(surname=child.last), "first"), R.randint(4, 16), X.n(X.child(surname=child.last), "first"), R.randint(4, 16)),
             "Søskende: to ældre søskende, som påvirkes af den uro, der er i hjemmet."),
        "Prognose: Tilstanden vurderes at være varig. Der forventes fortsat behov for støtte gennem hele skoleforløbet.",
        X.pc("Mor, %s, har oplyst, at hun har været sygemeldt fra sit arbejde siden %s. Hun kan kontaktes på %s." % (X.n(mor, "first"), mon_year(X), X.mail(mor)),
             "Mor har oplyst, at hun har været sygemeldt fra sit arbejde siden %s." % mon_year(X)),
        "Kontrol i ambulatoriet om 6 måneder. Blodprøver tages lokalt hos egen læge.",
    ]
    if X.c:
        ex += cfill(X, 2, "bevilget aflastning|Handicapteamet|Udbetaling|Sagen er behandlet|Merudgift")
    tail = X.pc("%s, %s\n%s, overlæge, speciallæge i pædiatri\n%s\nDirekte: %s" % (X.d(style=0), X.d(style=0) if False else "", X.n(doc, one("full", "caps")), hosp, X.ph(doc, land=True)),
                "%s\nOverlæge, speciallæge i pædiatri\n%s\nHospitalets hovednummer %s" % (X.d(style=0), hosp, X.sw("hospital")))
    tail = tail.replace(", \n", "\n")
    return fit(head, ex + more(X, child, "Oplysninger indhentet fra familien og kommunen:"), tail, band), "lægeerklæring (nøgle: værdi)"


def g1_ansogning(X, band):
    ans = X.P("ansøger", "adult")
    ans.label = "mor" if not ans.male else "far"
    child = X.child(age=(1, 17), surname=ans.last if R.random() < 0.7 else None)
    other = X.P("far" if not ans.male else "mor", "adult", male=not ans.male)
    comp, cdom = R.choice(COMPANIES)
    emp = X.P("lederen", "adult")
    sib = X.child(surname=child.last)
    mm = X.P("mormor", "adult", male=False, age=(58, 78))
    head = "Ansøgning om tabt arbejdsfortjeneste (servicelovens § 42)\nModtaget: %s\n\n" % X.d(back=20, style=0)
    rows = [("Ansøger", X.pc(X.n(ans), ans.label)), ("CPR-nr.", X.cpr(ans)), ("Adresse", X.adr(ans)),
            ("Telefon", X.ph(ans)), ("E-mail", X.mail(ans)),
            ("Barnets navn", X.pc(X.n(child), "%s (%s)" % (child.label, X.age(child)))), ("Barnets CPR-nr.", X.cpr(child)), ("Barnets fødselsdato", X.dob(child)),
            ("Arbejdsgiver", X.pc("%s, kontaktperson %s, tlf. %s" % (comp, X.n(emp), X.ph(emp, land=True)), "privat virksomhed, fuldtid 37 timer")),
            ("Den anden forælder", X.pc("%s, %s" % (X.n(other), X.adr(other)), "bor i anden kommune, fælles forældremyndighed"))]
    head += X.kv(rows)
    ex = [
        "Hvorfor søger du?\n" + X.pc(
            "Jeg søger om at gå ned i tid, fordi %s skal til kontrol på hospitalet mindst to gange om måneden, og fordi skolen ringer, når %s får anfald. %s passer så vidt muligt sin lillesøster %s, men det holder ikke i længden." % (X.n(child, "first"), "han" if child.male else "hun", X.gen(ans, "first") if False else X.N(other, "first"), X.n(sib, "first")),
            "Jeg søger om at gå ned i tid, fordi barnet skal til kontrol på hospitalet mindst to gange om måneden, og fordi skolen ringer, når der kommer anfald. Barnets %s hjælper, når det er muligt, men det holder ikke i længden." % other.label),
        "Antal timer der søges: %d timer om ugen. Nuværende bruttoløn: %s pr. måned." % (R.randint(8, 30), amount(24000, 41000)),
        X.pc("Lønsedler er sendt fra min mail %s den %s." % (X.mail(ans), X.d(back=15, style=4)), "Lønsedler er sendt via Digital Post den %s." % X.d(back=15, style=4)),
        X.pc("Min mor, %s, bor på %s og kan ikke længere hjælpe med kørsel." % (X.n(mm), X.adr(mm)),
             "Mormor bor i nærheden, men kan ikke længere hjælpe med kørsel."),
        "Dato og underskrift: %s, %s" % (X.d(back=20, style=0), X.pc(X.n(ans), "ansøger")),
    ]
    if X.c:
        ex = ex[:2] + cfill(X, 2) + ex[2:]
    return fit(head, ex + more(X, child), "", band), "ansøgningsskema (nøgle: værdi + fritekst)"


def g1_aflast(X, band):
    child = X.child(age=(4, 16))
    mor = X.P("mor", "adult", male=False, surname=child.last)
    am = X.P("aflastningsmor", "adult", male=False)
    af = X.P("aflastningsfar", "adult", male=True, surname=am.last)
    cw = X.P("sagsbehandleren", "prof")
    bro = X.child(surname=child.last, age=(12, 17), male=True)
    date = X.d(back=10, style=0)
    head = "Journalnotat %s – opstart af aflastning (barnets lov § 32)\n\nDeltagere: %s, %s, aflastningsforældrene %s og %s samt sagsbehandler %s." % (
        date, X.pc(X.n(mor), "mor"), X.pc(X.n(child, "first"), child.label), X.pc(X.n(am, "first"), ""),
        X.pc(X.n(af), ""), X.pc(X.n(cw), "(undertegnede)"))
    head = head.replace("aflastningsforældrene  og  samt", "aflastningsforældrene samt")
    ex = [
        X.pc("Aflastningsfamilien bor på %s. Der er eget værelse til %s, og familien har %s %s." % (X.adr(am), X.n(child, "first"), *pet()),
             "Aflastningsfamilien bor i et parcelhus i udkanten af byen ved Skovbrynet. Der er eget værelse til barnet, og familien har %s %s." % pet()),
        "Aftale: Aflastning hver anden weekend fra fredag kl. 15.00 til søndag kl. 17.00 samt en uge i sommerferien. Kørsel dækkes efter statens laveste takst.",
        X.pc("Kontakt: %s %s, %s %s. Mor: %s." % (X.n(am, "first"), X.ph(am), X.n(af, "first"), X.ph(af), X.ph(mor)),
             "Kontakt foregår via sagsbehandleren. Mor har fået familiens telefonnumre på mødet."),
        X.pc("%s medbringer %s og sin tablet. Medicin udleveres i doseringsæske af mor." % (X.n(child, "first"), one(*MEDS)),
             "Barnet medbringer %s og sin tablet. Medicin udleveres i doseringsæske af mor." % one(*MEDS)),
        X.pc("%s storebror %s (f. %s) kommer ikke i aflastning, men kan besøge familien efter aftale." % (X.gen(child), X.n(bro, "first"), X.dob(bro)),
             "Storebror (15 år) kommer ikke i aflastning, men kan besøge familien efter aftale."),
        "Opfølgning om tre måneder. Aflastningsfamilien skriver kort status i kontaktbogen efter hver weekend.",
    ]
    if X.c:
        ex = cfill(X, 2, "Merudgift|servicelovens|Udbetaling") + ex
    tail = X.pc("/" + X.n(cw, "ini"), "/sagsbehandler")
    return fit(head, ex + more(X, child), tail, band), "journalnotat (prosa)"


# ================================================================ GENRE 2: contact person / mentor logbooks
PLACES = ["svømmehallen", "biblioteket", "fitnesscentret", "skaterbanen ved havnen", "Burger King ved motorvejen",
          "Bilka", "bowlingcentret", "stranden", "Føtex", "cafeen ved Torvet", "klatrehallen", "Jobcentret"]
ACTS = ["spiste en burger og talte om ugen", "øvede køreteori på min telefon", "handlede ind til aftensmad",
        "spillede pool og snakkede om skolen", "søgte to fritidsjob på nettet", "gik en lang tur og talte om hans far",
        "lavede budget for resten af måneden", "fik ordnet hans rejsekort", "talte om, hvordan det går med søvnen"]
TOPICS = ["fraværet i skolen", "at han gerne vil flytte hjemmefra", "kæresten", "konflikterne med stedfar",
          "hash og festerne i weekenden", "at hun savner sin mormor", "praktikken", "træningen"]


def g2_logbog(X, band):
    y = X.P("Ung A", "youth", age=(13, 19))
    y.label = "den unge"
    kp = X.P("kontaktpersonen", "prof")
    fr = X.P("en ven", "youth", age=(y.age - 1, y.age + 1), male=y.male)
    gf = X.P("kæresten", "youth", age=(y.age - 1, y.age + 2), male=not y.male)
    coach = X.P("træneren", "adult")
    mor = X.P("mor", "adult", male=False, surname=y.last)
    he = "han" if y.male else "hun"
    head = X.pc("Logbog – %s (barnets lov § 32)\nUng: %s (f. %s)%s\nKontaktperson: %s, tlf. %s" % (one("kontaktperson", "fast kontaktperson", "støtteperson"), X.n(y), X.dob(y), (", CPR %s" % X.cpr(y)) if R.random() < 0.4 else "", X.n(kp), X.ph(kp)),
                "Logbog – %s (barnets lov § 32)\nUng: Ung A, %s\nKontaktperson: ansat i Familieafsnittet, %d timer om ugen" % (one("kontaktperson", "fast kontaktperson", "støtteperson"), X.age(y), R.randint(3, 8)))

    def dd():
        return "%s %s" % (one(*WEEKDAYS).capitalize(), X.d(back=100, style=0))
    ents = []
    if X.c:
        ents = [
            "%s kl. %s: Hentede den unge hjemme. Vi kørte til %s og %s. En ven fra klassen var med det første stykke tid." % (dd(), clock(), one(*PLACES), one(*ACTS)),
            "%s: Mødtes ved Banegårdspladsen. Kæresten kom forbi; hun virker som en god støtte. Vi talte om %s." % (dd(), one(*TOPICS)),
            "%s: Var med til træning. Træneren fortæller, at den unge er mødt stabilt op siden %s." % (dd(), mon_year(X)),
            "SMS fra den unge %s kl. %s: \"hey kan vi rykke til imorgen, har fået vagt i netto\"" % (X.d(back=60, style=4), clock()),
            "%s: Aflyst. Den unge svarede ikke. Talte med mor i telefon; den unge havde sovet hos en ven." % dd(),
            "Aftale til næste gang: %s kl. %s, jeg henter ved skolen. Husk lønseddel og sygesikringskort." % (one(*WEEKDAYS), clock()),
        ] + cfill(X, 3)
        R.shuffle(ents)
        tail = "Kontaktpersonen, Familieafsnittet, %s\nTlf. %s" % (X.kom, X.sw("familie"))
    else:
        ents = [
            "%s kl. %s: Hentede %s hjemme på %s. Vi kørte til %s og %s. %s var med det første stykke tid." % (dd(), clock(), X.n(y, "first"), X.adr(y), one(*PLACES), one(*ACTS), X.N(fr, "first")),
            "%s: Mødtes med %s ved Banegårdspladsen. %s kæreste %s kom forbi; hun virker som en god støtte. Vi talte om %s." % (dd(), X.n(y, "first"), X.gen(y), X.n(gf), one(*TOPICS)) if y.male else
            "%s: Mødtes med %s ved Banegårdspladsen. Hendes kæreste %s kom forbi. Vi talte om %s." % (dd(), X.n(y, "first"), X.n(gf), one(*TOPICS)),
            "%s: Var med til træning. Træner %s (tlf. %s) fortæller, at %s er mødt stabilt op siden %s." % (dd(), X.n(coach), X.ph(coach), X.n(y, "first"), mon_year(X)),
            "SMS fra %s %s kl. %s: \"hey kan vi rykke til imorgen, har fået vagt i netto. min mor siger du skal ringe til hende på %s\"" % (X.n(y, one("first", "nick")), X.d(back=60, style=4), clock(), X.ph(mor)),
            "%s: Aflyst. %s svarede ikke. Talte med mor, %s, som fortalte, at %s havde sovet hos %s på %s." % (dd(), X.N(y, "first"), X.n(mor), he, X.n(fr), X.adr(fr)),
            "Voicemail fra %s: \"ring lige på mit nye nummer, det er %s\"." % (X.n(y, "first"), X.ph(y, spoken=True)),
            "Aftale til næste gang: %s kl. %s, jeg henter %s ved skolen. Husk lønseddel og sygesikringskort." % (one(*WEEKDAYS), clock(), X.n(y, "first")),
            "%s: %s har fået ny mail til jobansøgninger: %s. Vi lavede CV sammen." % (dd(), X.N(y, "first"), X.mail(y)),
        ]
        first = ents[:1]
        rest = ents[1:]
        R.shuffle(rest)
        ents = first + rest
        tail = one("/%s" % X.n(kp, "ini"), "%s, %s, %s" % (X.n(kp), X.ph(kp), X.wmail(kp)), "Skrevet af %s" % X.n(kp, "first"))
    return fit(head, ents + more(X, y), tail, band, "\n\n"), "dateret logbog"


def g2_sms(X, band):
    y = X.P("Ung", "youth", age=(14, 20))
    m = X.P("Mentor", "prof")
    coach = X.P("træneren", "adult")
    fk = X.P("min fars kæreste", "adult", male=False)
    yn = X.pc(X.n(y, "first"), "Ung")
    mn = X.pc(X.n(m, "first"), "Mentor")
    head = X.pc("Udskrift af beskeder mellem mentor %s og %s – kopieret til journalen %s" % (X.n(m), X.n(y), X.d(style=0)),
                "Udskrift af beskeder mellem mentor og den unge (%s) – kopieret til journalen %s" % (X.age(y), X.d(style=0)))
    base = X.today - dt.timedelta(days=R.randint(5, 40))
    lines = []
    t = [base]

    t = [dt.datetime(base.year, base.month, base.day, R.randint(8, 11), R.randint(0, 59))]

    def ln(who, msg):
        t[0] = t[0] + dt.timedelta(minutes=R.choice([2, 5, 11, 40, 95, 240, 1440, 1500]))
        if t[0].hour < 8 or t[0].hour > 22:
            t[0] = t[0].replace(hour=R.randint(8, 21))
        return "[%02d.%02d %02d:%02d] %s: %s" % (t[0].day, t[0].month, t[0].hour, t[0].minute, who, msg)
    if X.c:
        msgs = [(yn, "hej er det stadig i morgen kl 15"), (mn, "Ja 👍 vi ses ved biblioteket"),
                (yn, "kan ikk komme, er syg 🤒"), (mn, "Ok god bedring. Skal vi sige torsdag?"),
                (yn, "ja men min træner siger jeg skal til kamp kl 17"), (mn, "Fint, så mødes vi kl 14.30 ved hallen"),
                (yn, "har fået nyt nummer, skriver til dig fra det"), (mn, "Super. Husk mødet på Jobcentret %s kl. %s" % (X.d(fwd=20, style=4), clock())),
                (yn, "jeg bor hos min fars kæreste nu det er lettere"), (mn, "Godt du siger det. Jeg fortæller det til din rådgiver"),
                (yn, "hvad er 1813 nummeret til? min lillebror har feber"), (mn, "Det er lægevagten. Ring 112 hvis det er akut!"),
                (yn, "sol og 20 grader, tager til stranden 😎"), (mn, "Nyd det ☀️")]
    else:
        msgs = [(yn, "hej er det stadig i morgen kl 15"), (mn, "Ja 👍 vi ses ved biblioteket"),
                (yn, "kan ikk komme, er syg 🤒"), (mn, "Ok god bedring %s. Skal vi sige torsdag?" % X.n(y, one("first", "nick"))),
                (yn, "ja men %s siger jeg skal til kamp kl 17. hans nr er %s hvis du vil snakke med ham" % (X.n(coach, "first"), X.ph(coach))),
                (mn, "Fint, så mødes vi kl 14.30 ved hallen"),
                (yn, "har fået nyt nummer det er %s" % X.ph(y)), (mn, "Super. Husk mødet på Jobcentret %s kl. %s" % (X.d(fwd=20, style=4), clock())),
                (yn, "jeg bor hos %s nu på %s det er lettere" % (X.n(fk, one("first", "full")), X.adr(fk))),
                (mn, "Godt du siger det. Jeg fortæller det til %s" % X.n(X.P("rådgiveren", "prof"), one("first", "full"))),
                (yn, "kan du sende ansøgningen til %s" % X.mail(y)), (mn, "Sendt ✅"),
                (yn, "min lillebror %s har feber hvad er det nummer til lægevagten" % X.n(X.child(surname=y.last, male=True), "first")),
                (mn, "1813. Ring 112 hvis det er akut!")]
    for w, msg in msgs:
        lines.append(ln(w, msg))
    # pair lines into chunks of two so fit() can stop anywhere
    chunks = ["\n".join(lines[i:i + 2]) for i in range(0, len(lines), 2)]
    head2 = head + "\n\n" + chunks[0]
    tail = X.pc("Kopieret af %s" % X.n(m, "ini"), "Kopieret af mentor")
    return fit(head2, chunks[1:] + ["\n" + x for x in more(X, y)], tail, band, "\n"), "indsatte beskeder"


def g2_tabel(X, band):
    y = X.P("Ung B", "youth", age=(12, 18))
    m = X.P("mentoren", "prof")
    sis = X.child(surname=y.last, male=False, age=(5, 11))
    fr = X.P("ven", "youth", age=(y.age, y.age + 1))
    _md = X.today - dt.timedelta(days=R.randint(20, 45))
    mon = "%s %d" % (MONTHS[_md.month - 1], _md.year)
    head = X.pc("Månedsrapport – mentorforløb, %s\nUng: %s, f. %s%s\nMentor: %s, %s" % (mon, X.n(y, one("full", "lf")), X.dob(y), (", CPR %s" % X.cpr(y)) if R.random() < 0.5 else "", X.n(m), X.ph(m)),
                "Månedsrapport – mentorforløb, %s\nUng: Ung B, %s\nMentor: tilknyttet Ungeenheden, sagsnr. %s" % (mon, X.age(y), X.sagsnr()))
    rows = ["| Dato | Sted | Aktivitet | Deltagere |", "|---|---|---|---|"]
    body = []
    mnum = MONTHS.index(mon.split()[0]) + 1
    days = sorted(R.sample(range(1, 29), 7))
    for i in range(7):
        d = "%02d.%02d" % (days[i], mnum)
        if X.c:
            body.append("| %s | %s | %s | %s |" % (d, one("Hjemme", "Biblioteket", "Skolen, lokale %d" % R.randint(10, 40), "Fitnesscentret", "Jobcentret", "Ved Banegårdspladsen"),
                                                    one("Lektier (matematik)", "Madlavning", "Jobsøgning", "Gåtur og snak", "Møde med UU", "Budget"),
                                                    one("Ung B, mentor", "Ung B, lillesøster, mentor", "Ung B, en ven, mentor", "Ung B, mor, mentor")))
        else:
            pl = one("Hjemme, %s" % X.adr(y, 4), "Biblioteket", "Fitnesscentret", "Hos %s, %s" % (X.n(fr, "first"), X.adr(fr)), "Jobcentret")
            who = one("%s, mentor" % X.n(y, "first"), "%s, lillesøster %s" % (X.n(y, "first"), X.n(sis, "first")),
                      "%s, %s" % (X.n(y, "first"), X.n(fr, "first")), "%s, mor (tlf. %s)" % (X.n(y, "first"), X.ph(X.P("mor", "adult", male=False, surname=y.last))))
            body.append("| %s | %s | %s | %s |" % (d, pl, one("Lektier (matematik)", "Madlavning", "Jobsøgning", "Gåtur og snak", "Møde med UU", "Budget"), who))
    head = head + "\n\n" + "\n".join(rows + body[:2])
    body = body + [""]
    body[-2] = body[-2] + "\n"
    ex = body[2:]
    tail = X.pc("Samlet vurdering: %s møder stabilt op og har selv taget initiativ til at søge fritidsjob. Næste statusmøde med %s: %s." % (X.N(y, "first"), X.n(X.P("rådgiveren", "prof")), X.d(fwd=30, style=1)),
                "Samlet vurdering: Den unge møder stabilt op og har selv taget initiativ til at søge fritidsjob. Næste statusmøde: %s kl. %s." % (X.d(fwd=30, style=1), clock()))
    return fit(head, ex + ["\n" + x for x in more(X, y)], tail, band, "\n"), "månedsrapport (tabel)"


def g2_mail(X, band):
    y = X.P("den unge", "youth", age=(13, 19))
    kp = X.P("kontaktperson", "prof")
    cw = X.P("rådgiver", "prof")
    gf = X.P("kæresten", "youth", age=(y.age, y.age + 2), male=not y.male)
    far = X.P("far", "adult", male=True, surname=y.last)
    if X.c:
        head = "Fra: Kontaktperson, Familieafsnittet\nSendt: %s kl. %s\nTil: Myndighedsrådgiver\nEmne: Status – Ung C (%s)\n\nHej\n\nKort status fra de sidste uger." % (X.d(style=0), clock(), X.age(y))
    else:
        head = "Fra: %s <%s>\nSendt: %s kl. %s\nTil: %s <%s>\nEmne: Status – %s (f. %s)\n\nHej %s\n\nKort status på %s fra de sidste uger." % (
            X.n(kp), X.wmail(kp), X.d(style=0), clock(), X.n(cw), X.wmail(cw), X.n(y, "first"), X.dob(y), X.n(cw, "first"), X.n(y))
    ex = [X.pc("Vi har mødtes fire gange. %s har været glad og har fået arbejde i weekenden. Kæresten %s er med en gang imellem, og det går fint." % (X.N(y, "first"), X.n(gf, "first")),
               "Vi har mødtes fire gange. Den unge har været glad og har fået arbejde i weekenden. Kæresten er med en gang imellem, og det går fint."),
          X.pc("%s far, %s, har ringet til mig to gange fra %s og spurgt til skolen. Jeg har sagt, at han skal gå gennem dig." % (X.gen(y), X.n(far), X.ph(far)),
               "Far har ringet til mig to gange og spurgt til skolen. Jeg har sagt, at han skal gå gennem rådgiveren."),
          X.pc("Ny adresse fra 1. %s: %s. Post til %s, %s." % (one(*MONTHS), X.adr(y), X.n(y, "caps"), X.adr(y, 4)),
               "Den unge flytter 1. %s til en ungdomsbolig ved Nørreport; kontrakten er set." % one(*MONTHS)),
          "Jeg foreslår, at vi holder netværksmøde i %s med skolen og familien." % one(*MONTHS),
          X.pc("Hvis noget haster, kan jeg træffes på %s efter kl. 16." % X.ph(kp), "Hvis noget haster, kan Familieafsnittet træffes på %s." % X.sw("familie"))]
    if X.c:
        ex = ex[:2] + cfill(X, 3) + ex[2:]
    tail = X.pc("Hilsen\n%s\n%s" % (X.n(kp, "first"), X.ph(kp)), "Hilsen\nKontaktpersonen")
    return fit(head, ex + more(X, y), tail, band, "\n\n"), "e-mail til rådgiver"


# ================================================================ GENRE 3: the child's own voice
def g3_referat(X, band):
    c = X.child(age=(6, 15))
    cw = X.P("sagsbehandleren", "prof")
    fr = X.child(age=(c.age, c.age), label="bedste ven")
    fm = X.P("farmor", "adult", male=False, age=(55, 80))
    tea = X.P("klasselæreren", "prof", male=False)
    fk = X.P("min fars kæreste", "adult", male=False)
    sib = X.child(surname=c.last, male=True, label="storebror")
    mor = X.P("mor", "adult", male=False, surname=c.last)
    he = "han" if c.male else "hun"
    kind, petn = pet()
    place = one("på skolen i et grupperum", "i bilen på vej til svømning", "i sagsbehandlerens kontor", "hjemme på værelset", "på en gåtur ved søen")
    head = X.pc("Referat af samtale med %s (født %s), %s\nTil stede: %s og sagsbehandler %s. Samtalen foregik %s." % (X.n(c), X.dob(c), X.d(back=20, style=1), X.n(c, "first"), X.n(cw), place),
                "Referat af samtale med %s (%d år), %s\nTil stede: barnet og sagsbehandleren. Samtalen foregik %s." % (c.label, c.age, X.d(back=20, style=1), place))
    if X.c:
        ex = ["\"Min far kalder mig skildpadden, fordi jeg altid er sidst,\" fortæller barnet og griner.",
              "Om sin bedste ven: \"Vi spiller Minecraft hver dag efter skole, og så spiser vi pizza fra Dolly's.\"",
              "\"Jeg kan godt lide at være hos farmor. Hun har en stor have, og vi plukker jordbær i juni.\"",
              "\"Min klasselærer siger, jeg er god til at tegne. Hende kan jeg godt fortælle ting til.\"",
              "Om far og fars kæreste: \"Min fars kæreste er sød, men hun bestemmer for meget. Jeg må ikke have %s med derover.\"" % petn,
              "\"Min storebror driller mig, men han passer også på mig, når mor er ked af det.\"",
              "Barnet kan sin mors telefonnummer udenad, men vil ikke sige det højt, \"for det er hemmeligt\".",
              "\"Jeg bliver glad, når der er sol, og når vi tager i skoven med %s %s.\"" % (kind, petn)]
        ex = ex[:3] + cfill(X, 2) + ex[3:]
    else:
        ex = ["\"Min far kalder mig %s, fordi jeg altid er sidst,\" fortæller %s og griner." % (X.n(c, "nick"), X.n(c, "first")),
              "Om sin bedste ven %s: \"Vi spiller Minecraft hver dag efter skole, og så spiser vi pizza.\"" % X.n(fr, "first"),
              "\"Jeg kan godt lide at være hos farmor %s. Hun bor på %s og har en stor have.\"" % (X.n(fm, "first"), X.adr(fm, one(4, 6))),
              "\"%s siger, jeg er god til at tegne. Hende kan jeg godt fortælle ting til,\" siger %s om sin lærer %s." % (X.n(tea, "first"), he, X.n(tea, one("full", "last"))),
              "Om far og fars kæreste: \"%s er sød, men hun bestemmer for meget. Jeg må ikke have %s med derover.\"" % (X.n(fk, "first"), petn),
              "\"%s driller mig, men han passer også på mig, når mor er ked af det.\"" % X.n(sib, one("first", "nick")),
              "%s kan sin mors nummer udenad og siger det højt: \"%s\". Mor, %s, bekræfter nummeret senere." % (X.N(c, "first"), X.ph(mor, spoken=True), X.n(mor)),
              "\"Jeg bliver glad, når vi tager i skoven med %s %s,\" siger %s." % (kind, petn, X.n(c, "first")),
              "%s fødselsdag er %s, og %s glæder sig til at holde fest hos %s." % (X.gen(c), X.dob(c), he, X.n(fm, "first"))]
        first, rest = ex[:1], ex[1:]
        R.shuffle(rest)
        ex = first + rest
    tail = X.pc("Barnet er orienteret om, at referatet indgår i sagen. /%s" % X.n(cw, "ini"), "Barnet er orienteret om, at referatet indgår i sagen. /sagsbehandler")
    return fit(head, ex + more(X, c), tail, band), "samtalereferat med citater"


EMO = ["❤️", "💙", "😢", "😊", "🐶", "⚽", "🌈", "😡", "👍", "🥺", "✨"]


def g3_brev(X, band):
    c = X.child(age=(7, 13))
    cw = X.P("rådgiver", "prof")
    sib = X.child(surname=c.last, label="lillebror")
    fr = X.child(age=(c.age, c.age), label="min ven", male=True)
    mor = X.P("mor", "adult", male=False, surname=c.last)
    kind, petn = pet()
    e = lambda: one(*EMO)  # noqa: E731
    head = X.pc("[Brev fra barnet, afleveret til %s %s. Skrevet med blyant, indscannet.]\n\nkære %s %s" % (X.n(cw, "first"), X.d(back=10, style=4), X.n(cw, "low"), e()),
                "[Brev fra barnet (%d år), afleveret til sagsbehandleren %s. Skrevet med blyant, indscannet.]\n\nkære rådgiver %s" % (c.age, X.d(back=10, style=4), e()))
    if X.c:
        ex = ["jeg vil gerne bo hos min mor igen. jeg savner lillebror og %s %s %s" % (kind, petn, e()),
              "min ven siger at jeg kan sove hos ham i weekenden men plejemor siger nej %s" % e(),
              "i skolen er det godt. vi har haft om vikinger og jeg har lavet en tegning af en storm på havet.",
              "min mor har ny telefon så jeg kan ikke ringe til hende. kan du give mig det nye nummer?? %s" % e(),
              "jeg er glad når vi spiller fodbold i frikvarteret. jeg er målmand %s" % e(),
              "du må godt vise brevet til dommeren. men ikke til min fars kæreste.",
              "PS. husk at det er min fødselsdag snart. jeg bliver %d %s" % (c.age + 1, e())]
    else:
        ex = ["jeg vil gerne bo hos min mor igen. jeg savner %s og %s %s %s" % (X.n(sib, one("low", "mis")), kind, petn, e()),
              "min ven %s siger at jeg kan sove hos ham i weekenden. han bor på %s %s" % (X.n(fr, one("low", "mis", "first")), X.adr(fr, 6), e()),
              "i skolen er det godt. vi har haft om vikinger og %s siger min tegning er den flotteste" % X.n(X.P("lærer", "prof"), "low"),
              "min mors nye nummer er %s. kan du ringe til hende?? %s" % (X.ph(mor), e()),
              "jeg er glad når vi spiller fodbold i frikvarteret med %s og %s %s" % (X.n(X.child(age=c.age), "low"), X.n(X.child(age=c.age), "first"), e()),
              "du må godt vise brevet til dommeren. men ikke til %s." % X.n(X.P("min fars kæreste", "adult", male=False), one("first", "low")),
              "PS. husk at det er min fødselsdag d. %s %s" % (X.dob(c), e())]
        first, rest = ex[:1], ex[1:]
        R.shuffle(rest)
        ex = first + rest
    tail = X.pc("hilsen %s %s %s" % (X.n(c, one("low", "first", "caps")), e(), e()), "hilsen mig %s %s" % (e(), e()))
    return fit(head, ex + more(X, c), tail, band, "\n\n"), "barnets eget brev"


def g3_tegning(X, band):
    c = X.child(age=(4, 10))
    mk = X.P("mors kæreste", "adult", male=True)
    sis = X.child(surname=c.last, male=False, label="storesøster")
    cw = X.P("sagsbehandleren", "prof")
    gm = X.P("mormor", "adult", male=False, age=(55, 80))
    kind, petn = pet()
    head = X.pc("Beskrivelse af tegning – samtale med %s (%d år) den %s efter De tre huse.\nTegningen er vedlagt som bilag 3." % (X.n(c), c.age, X.d(back=14, style=1)),
                "Beskrivelse af tegning – samtale med %s (%d år) den %s efter De tre huse.\nTegningen er vedlagt som bilag 3." % (c.label, c.age, X.d(back=14, style=1)))
    if X.c:
        ex = ["Huset med bekymringer: Barnet tegnede et lille hus med et mørkt vindue og en sur mand i døren. Barnet siger: \"Det er når de råber om natten.\"",
              "Huset med de gode ting: Mor, storesøster og %s %s står i haven under en stor sol. Barnet har skrevet \"MOR ❤️ %s\" over døren." % (kind, petn, petn.upper()),
              "Drømmehuset: Et hus ved stranden med en gynge. \"Her bor vi alle sammen, også mormor, og der er aldrig storm.\"",
              "Barnet farvede længe og var optaget af at få skorstenen rød. Barnet ville selv vælge, hvem der skulle se tegningen.",
              "Barnet ønsker, at tegningen bliver vist til mor, men ikke til mors kæreste."] + cfill(X, 2)
    else:
        ex = ["Huset med bekymringer: %s tegnede et lille hus med et mørkt vindue og en sur mand i døren. \"Det er %s, når de råber om natten,\" siger %s." % (X.N(c, "first"), X.n(mk, "first"), X.n(c, "first")),
              "Huset med de gode ting: Mor, %s og %s %s står i haven. Over døren har %s skrevet \"MOR ❤️ %s\"." % (X.n(sis, "first"), kind, petn, X.n(c, "first"), S("name", sis.first.split()[0].upper())),
              "Drømmehuset: Et hus ved stranden. \"Her bor vi alle sammen, også mormor %s, og så kommer %s aldrig.\"" % (X.n(gm, "first"), X.n(mk, "first")),
              "%s farvede længe og var optaget af at få skorstenen rød. Mormor bor på %s, fortæller %s, \"lige ved siden af Netto\"." % (X.N(c, "first"), X.adr(gm, one(4, 6)), "han" if c.male else "hun"),
              "%s ønsker, at tegningen bliver vist til mor, %s, men ikke til %s." % (X.N(c, "first"), X.n(X.P("mor", "adult", male=False, surname=c.last)), X.n(mk)),
              "%s er født %s og går i børnehaveklasse; %s navn står med store bogstaver nederst: %s." % (X.N(c, "first"), X.dob(c), "hans" if c.male else "hendes", S("name", c.first.split()[0].upper()))]
    tail = X.pc("Noteret af %s, %s" % (X.n(cw), X.ph(cw, land=True)), "Noteret af sagsbehandleren")
    return fit(head, ex + more(X, c), tail, band), "tegning beskrevet"


def g3_kv(X, band):
    c = X.child(age=(8, 17))
    cw = X.P("sagsbehandleren", "prof")
    bis = X.P("bisidder", "adult")
    pm = X.P("plejemor", "adult", male=False)
    gp = X.P("morfar", "adult", male=True, age=(58, 82))
    rows = [("Barnets navn", X.pc(X.n(c, one("full", "lastcaps")), "%s, %s" % (c.label, X.age(c)))),
            ("Fødselsdato", X.dob(c)),
            ("CPR-nr.", X.cpr(c) if R.random() < 0.85 else None),
            ("Bor hos", X.pc("plejemor %s, %s" % (X.n(pm), X.adr(pm)), "plejefamilie (anbragt efter barnets lov § 46)")),
            ("Deltagere", X.pc("%s, bisidder %s, sagsbehandler %s" % (X.n(c, "first"), X.n(bis), X.n(cw)), "barnet, bisidder, sagsbehandler")),
            ("Sted og tid", "%s kl. %s, %s" % (X.d(back=10, style=0), clock(), one("grupperum på skolen", "plejefamiliens køkken", "mødelokale 2.14 på rådhuset")))]
    head = "Samtale med barnet (barnets lov § 5, stk. 3-4)\n\n" + X.kv(rows)
    if X.c:
        ex = ["Hvad går godt: \"Jeg har fået en ven i klassen, og vi går til håndbold om tirsdagen.\"",
              "Hvad er svært: \"Når jeg skal hjem til mor i weekenden, ved jeg aldrig, hvem der er der.\"",
              "Barnets ønske: \"Jeg vil blive boende her, men jeg vil se morfar noget mere.\"",
              "Barnet fortæller, at %s %s sover i sengen hver nat, \"og det må den godt her\"." % pet()] + cfill(X, 3)
    else:
        ex = ["Hvad går godt: \"Jeg har fået en ven, %s, og vi går til håndbold om tirsdagen.\"" % X.n(X.child(age=c.age), "first"),
              "Hvad er svært: \"Når jeg skal hjem til mor i weekenden, ved jeg aldrig, om %s er der.\"" % X.n(X.P("mors ven", "adult", male=True), one("first", "nick")),
              "Barnets ønske: \"Jeg vil blive boende hos %s, men jeg vil se morfar noget mere. Han bor på %s.\"" % (X.n(pm, "first"), X.adr(gp)),
              "Morfar, %s, har selv ringet fra %s og spurgt, om han må hente %s om fredagen." % (X.n(gp), X.ph(gp), X.n(c, "first")),
              "Bisidder %s kan kontaktes på %s." % (X.n(bis, "first"), X.mail(bis)),
              "%s fortæller, at %s %s sover i sengen hver nat, \"og det må den godt her\"." % (X.N(c, "first"), *pet())]
    tail = X.pc("Referent: %s" % X.n(cw, "ini"), "Referent: sagsbehandler")
    return fit(head, ex + more(X, c), tail, band), "samtale (nøgle: værdi + citater)"


# ================================================================ GENRE 4: access to files and redaction
RED = ["[anonymiseret]", "XXXX", "███", "[navn]", "[udeladt]", "██████"]


def red():
    return one(*RED)


def g4_dok(X, band):
    c = X.child(age=(3, 16))
    sos = X.P("søsteren", "adult", male=False)
    far = X.P("far", "adult", male=True, surname=c.last)
    tea = X.P("læreren", "prof")
    cw = X.P("sagsbehandleren", "prof")
    pd = X.P("pædagogen", "prof")
    n = R.randint(2, 40)
    head = "Aktindsigt – dokument %d af %d\nUdleveret %s\n\nNotat vedr. %s, CPR-nr. XXXXXX-XXXX\nSagsnr. %s" % (n, n + R.randint(3, 50), X.d(style=0), red(), X.sagsnr())
    if X.c:
        ex = ["Mor (%s) oplyste på mødet den %s, at hun i en periode bor hos sin søster ved Torvet." % (red(), X.d(back=100, style=1)),
              "Far (%s) mødte ikke op. Han kan ifølge mor træffes på %s." % (red(), "██ ██ ██ ██"),
              "Underretningen kom fra %s (skolen) og er underskrevet af klasselæreren." % red(),
              "Barnet, %s, %s, går i 3. klasse og har et fravær på 14 %%." % (red(), X.age(c)),
              "Pædagog %s, %s, oplyste pr. mail, at barnet ofte kommer uden madpakke." % (red(), red()),
              ] + cfill(X, 3)
        tail = "Udskrevet af %s %s · %s" % (red(), X.d(style=0), X.kom)
    else:
        ex = ["Mor (%s) oplyste på mødet den %s, at hun i en periode bor hos sin søster %s på %s." % (red(), X.d(back=100, style=1), X.n(sos), X.adr(sos)),
              "Far (%s) mødte ikke op. Han kan ifølge mor træffes på %s eller %s." % (red(), X.ph(far), X.mail(far)),
              "Underretningen kom fra %s (skolen) og er underskrevet af %s." % (red(), X.n(tea, one("full", "caps", "lf"))),
              "Barnet, %s, født %s, går i 3. klasse og har et fravær på 14 %%. %s kaldes %s i klassen." % (red(), X.dob(c), red(), X.n(c, "nick")),
              "Pædagog %s, %s, oplyste pr. mail, at %s ofte kommer uden madpakke." % (red(), X.n(pd, "first"), X.n(c, "first")),
              "CPR-nr. på far fremgår af side 2: %s. Far er tilmeldt %s." % (X.cpr(far), X.adr(far)),
              "Fra: %s <%s>\nSendt: %s\nEmne: SV: %s" % (red(), X.wmail(pd), X.d(back=60, style=0), red())]
        first, rest = ex[:1], ex[1:]
        R.shuffle(rest)
        ex = first + rest
        tail = one("Udskrevet af %s %s · %s · tlf. %s" % (X.n(cw, "ini"), X.d(style=0), X.kom, X.ph(cw, land=True)),
                   "Side 1 af 2 · %s · %s" % (X.n(cw), X.wmail(cw)),
                   "/%s %s" % (X.n(cw, "ini"), X.d(style=4)))
    return fit(head, ex + more(X, c), tail, band, "\n\n"), "udleveret dokument med overstregninger"


def g4_folge(X, band):
    req = X.P("mor", "adult")
    req.label = "far" if req.male else "mor"
    c = X.child(surname=req.last if R.random() < 0.6 else None)
    other = X.P("den anden forælder", "adult", male=not req.male)
    cw = X.P("sagsbehandleren", "prof")
    adv = X.P("advokat", "prof")
    date = X.d(style=1)
    if X.c:
        head = "%s\nBørn og Familie, Myndighed\n%s\nJ.nr. %s\n\nTil forælder (part i sagen)\n\nSvar på din anmodning om aktindsigt\n\nDu har den %s bedt om aktindsigt i sagen om %s (%s). Du får hermed aktindsigt efter forvaltningslovens § 9." % (
            X.kom, date, X.sagsnr(), X.d(back=20, style=1), c.label, X.age(c))
    else:
        head = "%s\nBørn og Familie, Myndighed\n%s\n\n%s\n%s\n\nSvar på din anmodning om aktindsigt\n\nDu har den %s bedt om aktindsigt i sagen om %s, født %s. Du får hermed aktindsigt efter forvaltningslovens § 9." % (
            X.kom, date, X.n(req, one("full", "caps")), X.adr2(req), X.d(back=20, style=1), X.n(c), X.dob(c))
    ex = ["Vi har undtaget oplysninger om andre private personers forhold, jf. forvaltningslovens § 15, stk. 1, nr. 1. Oplysningerne er markeret med \"[anonymiseret]\" eller overstreget.",
          X.pc("Oplysninger om %s nye adresse og telefonnummer er undtaget, da %s har bedt om det." % (X.gen(other, "full"), "hun" if not other.male else "han"),
               "Oplysninger om den anden forælders nye adresse og telefonnummer er undtaget efter samme bestemmelse."),
          "Der er i alt %d dokumenter. Dokumenterne sendes til din digitale postkasse i %d filer." % (R.randint(10, 90), R.randint(2, 6)),
          X.pc("Din advokat, %s, har fået kopi på %s." % (X.n(adv), X.mail(adv, "advokat-" + slug(adv.last) + ".dk")), "Din advokat har fået kopi via sikker post."),
          "Du kan klage over afslaget på aktindsigt til Ankestyrelsen. Klagen sendes til os inden 4 uger.",
          X.pc("Har du spørgsmål, er du velkommen til at ringe til mig på %s, mandag-torsdag kl. 8.30-11." % X.ph(cw, land=True),
               "Har du spørgsmål, er du velkommen til at ringe på %s, mandag-torsdag kl. 8.30-11." % X.sw("familie"))]
    if X.c:
        ex = ex[:2] + cfill(X, 2) + ex[2:]
    tail = sig(X, cw, "sagsbehandler", "Børn og Familie")
    return fit(head, ex + more(X, c), tail, band), "følgebrev til part"


def g4_advokat(X, band):
    adv = X.P("advokaten", "prof")
    cl = X.P("klienten", "adult")
    cl.label = "klienten"
    c = X.child(surname=cl.last)
    jur = X.P("juristen", "prof")
    firm = one("Advokathuset Vest", "Advokatfirmaet Midt-Law", "Familieadvokaterne I/S", "Advokatkontoret ved Domhuset")
    if X.c:
        head = "%s\nAtt.: advokat (fuldmagt modtaget %s)\n\nDeres ref.: %d/%s\nVores j.nr.: %s\n\nVedr. Deres klient – aktindsigt i sagen om %s (%s)" % (
            firm, X.d(back=30, style=0), R.randint(1000, 9999), X.today.year, X.sagsnr(), c.label, X.age(c))
    else:
        head = "%s\nAtt.: advokat %s\n%s\n\nDeres ref.: %d/%s · %s\n\nVedr. Deres klient %s, CPR-nr. %s – aktindsigt i sagen om %s" % (
            firm, X.n(adv), X.adr2(adv), R.randint(1000, 9999), X.today.year, X.mail(adv, slug(firm)[:12] + ".dk"), X.n(cl), X.cpr(cl), X.n(c, "first"))
    ex = ["Vi bekræfter modtagelsen af Deres anmodning af %s og fuldmagt af %s." % (X.d(back=30, style=1), X.d(back=40, style=0)),
          "Vedlagt følger kopi af sagens akter (bilag 1-%d). Dokumenter fra Familieretshuset er ikke medtaget, da de ikke er en del af kommunens sag." % R.randint(12, 70),
          X.pc("Vi har undtaget oplysninger om %s, som ikke er part i sagen, jf. forvaltningslovens § 15. Vi gør opmærksom på, at %s (født %s) får selvstændige partsrettigheder fra 10 år i de sager, barnets lov § 3 nævner." % (X.n(X.P("x", "adult")), X.n(c, "first"), X.dob(c)),
               "Vi har undtaget oplysninger om personer, som ikke er part i sagen, jf. forvaltningslovens § 15. Barnet har selvstændig partsstatus fra 10 år i de sager, barnets lov § 3 nævner."),
          "Fristen for partshøring over den børnefaglige undersøgelse forlænges til %s efter aftale." % X.d(fwd=30, style=1),
          X.pc("Kopi af dette brev er sendt til Deres klient på %s." % X.adr(cl), "Kopi af dette brev er sendt til Deres klient via Digital Post.")]
    if X.c:
        ex = ex[:2] + cfill(X, 2) + ex[2:]
    tail = X.pc("Med venlig hilsen\n\n%s\nJuridisk konsulent, %s\nTlf. %s" % (X.n(jur), X.kom, X.ph(jur, land=True)),
                "Med venlig hilsen\n\nJuridisk konsulent, %s\nTlf. %s" % (X.kom, X.sw("kommune")))
    return fit(head, ex + more(X, c), tail, band), "brev til advokat"


def g4_mail(X, band):
    snd = X.P("afsender", "prof")
    c = X.child(age=(3, 14))
    mor = X.P("mor", "adult", male=False, surname=c.last)
    lead = X.P("leder", "prof")
    if X.c:
        head = "-------- Videresendt meddelelse --------\nFra: %s <%s>\nDato: %s kl. %s\nTil: %s\nEmne: SV: %s – bekymring" % (red(), red(), X.d(back=90, style=0), clock(), red(), red())
        ex = ["Hej %s\n\nJeg skriver igen om %s, fordi vi stadig er bekymrede. Barnet kommer ofte for sent og har ikke spist morgenmad." % (red(), red()),
              "Mor (%s) blev ringet op i går, men tog ikke telefonen. Vi har lagt besked via Aula." % red(),
              "Vi har talt med PPR og aftalt observation i uge %d." % R.randint(2, 50),
              "Dette er en underretning efter reglerne om skærpet underretningspligt. Kvittering bedes sendt til institutionen."] + cfill(X, 3)
        tail = "Venlig hilsen\n%s\nPædagog" % red()
    else:
        head = "-------- Videresendt meddelelse --------\nFra: %s <%s>\nDato: %s kl. %s\nTil: %s\nEmne: SV: %s – bekymring" % (red(), X.mail(snd, one(X.dom, "skolekom.dk")), X.d(back=90, style=0), clock(), red(), red())
        ex = ["Hej %s\n\nJeg skriver igen om %s, fordi vi stadig er bekymrede. %s kommer ofte for sent og har ikke spist morgenmad." % (red(), red(), X.N(c, "first")),
              "Mor (%s) blev ringet op i går på %s, men tog ikke telefonen. Hun bor nu på %s." % (red(), X.ph(mor), X.adr(mor)),
              "Vi har talt med %s fra PPR og aftalt observation i uge %d." % (X.n(X.P("psykolog", "prof")), R.randint(2, 50)),
              "Min leder, %s, er orienteret og kan kontaktes på %s." % (X.n(lead), X.ph(lead)),
              "Barnets fulde navn og fødselsdato til jeres system: %s, %s." % (red(), X.dob(c))]
        tail = one("Venlig hilsen\n%s\nPædagog\nDirekte: %s" % (X.n(snd), X.ph(snd)),
                   "Venlig hilsen\n%s\n%s" % (X.n(snd, "first"), X.mail(snd, X.dom)))
    return fit(head, ex + more(X, c), tail, band), "videresendt mail med mangelfuld anonymisering"


# ================================================================ GENRE 5: dental care and school health
CLINICS = ["Tandklinikken Nord", "Tandplejens klinik på Midtbyskolen", "Tandklinikken Syd", "Tandplejen, Centralklinikken"]


def g5_udebl(X, band):
    c = X.child(age=(3, 17))
    mor = X.P("mor", "adult", male=False, surname=c.last if R.random() < 0.5 else None)
    far = X.P("far", "adult", male=True, surname=c.last)
    ka = X.P("klinikassistenten", "prof")
    tl = X.P("tandlægen", "prof")
    clinic = one(*CLINICS)
    dd = sorted(rdate(X.today - dt.timedelta(days=150), X.today - dt.timedelta(days=3)) for _ in range(3))
    ds = "%s, %s og %s" % tuple(ev_date(d, 4) for d in dd)
    if X.c:
        head = "Den kommunale tandpleje – %s\n%s\n\nTil forældremyndighedsindehaverne\n\nVedr. %s (%s) – udeblivelse\n\nBarnet er udeblevet fra tre aftaler i tandplejen: %s. Barnet har behov for behandling af huller i to tænder." % (
            clinic, X.d(style=1), c.label, X.age(c), ds)
    else:
        head = "Den kommunale tandpleje – %s\n%s\n\n%s\n%s\n\nVedr. %s, født %s – udeblivelse\n\n%s er udeblevet fra tre aftaler i tandplejen: %s. %s har behov for behandling af huller i to tænder." % (
            clinic, X.d(style=1), X.n(mor), X.adr2(mor), X.n(c), X.dob(c), X.N(c, "first"), ds, X.N(c, "first"))
    ex = [X.pc("Vi beder jer ringe til klinikassistent %s på %s for at aftale en ny tid." % (X.n(ka), X.ph(ka, land=True)),
               "Vi beder jer ringe til tandplejens fælles tidsbestilling på %s for at aftale en ny tid." % X.sw("tand")),
          "Hvis vi ikke hører fra jer inden 14 dage, er vi forpligtet til at orientere Børn og Familie, fordi manglende tandbehandling kan være tegn på, at et barn mangler støtte.",
          X.pc("Brevet er også sendt til %s far, %s, %s." % (X.gen(c), X.n(far), X.adr(far)), "Brevet er også sendt til den anden forælder med forældremyndighed."),
          "Ved akut tandpine uden for åbningstid: ring 1813 og bed om vagttandlægen.",
          X.pc("I kan også skrive til %s på %s." % (X.n(tl, "first"), X.mail(tl, X.dom)), "I kan også skrive til tandplejen via Digital Post.")]
    if X.c:
        ex = ex[:1] + cfill(X, 3, "MFR|Højde|Sundhedsplejens") + ex[1:]
    tail = X.pc("Med venlig hilsen\n%s, tandlæge" % X.n(tl), "Med venlig hilsen\nTandlægen")
    return fit(head, ex + more(X, c), tail, band), "udeblivelsesbrev"


def g5_henv(X, band):
    c = X.child(age=(6, 17))
    mor = X.P("mor", "adult", male=False, surname=c.last)
    far = X.P("far", "adult", male=True)
    tl = X.P("tandlægen", "prof")
    head = "HENVISNING – %s\nDato: %s\n\n" % (one("Specialtandplejen", "Regional tandregulering", "Kæbekirurgisk afdeling", "Tandreguleringen"), X.d(style=0))
    rows = [("Patient", X.pc(X.n(c, one("full", "lf", "lastcaps")), "%s, %s" % (c.label, X.age(c)))),
            ("CPR", X.cpr(c)), ("Født", X.dob(c)), ("Adresse", X.adr(c)),
            ("Mor", X.pc("%s, %s" % (X.n(mor), X.ph(mor)), "forældremyndighed")),
            ("Far", X.pc("%s, %s, %s" % (X.n(far), X.ph(far), X.mail(far)), "fælles forældremyndighed")),
            ("Henvisningsårsag", one("Agenesi af 12 og 22, behov for vurdering af tandregulering.", "Massiv caries, behandlingsangst, kræver generel anæstesi.",
                                     "Traume mod 11 og 21 efter fald på cykel i maj.", "Dybt bid med påbidning af ganen, behandling haster.")),
            ("Almen anamnese", "%s. Medicin: %s." % ((lambda d: d[0].upper() + d[1:])(one(*DIAG)[1]), one(*MEDS)))]
    head += X.kv(rows)
    ex = [X.pc("Bemærkninger: Familien har svært ved at møde op. %s har to gange aflyst med kort varsel. Tolk på arabisk ønskes ved første besøg. Kontakt gerne moster %s på %s, der hjælper familien." % (X.N(mor, "first"), X.n(X.P("moster", "adult", male=False)), X.ph(X.P("moster", "adult", male=False))),
               "Bemærkninger: Familien har svært ved at møde op. Mor har to gange aflyst med kort varsel. Tolk på arabisk ønskes ved første besøg."),
          "Røntgen: OPG og bitewings vedlagt (optaget %s)." % X.d(back=40, style=0),
          X.pc("Barnets sundhedsplejerske, %s, er orienteret." % X.n(X.P("sundhedsplejersken", "prof")), "Barnets sundhedsplejerske er orienteret.")]
    if X.c:
        ex += cfill(X, 3, "udeblevet|MFR|Sundhedsplejens|Højde")
    tail = X.pc("Henvisende tandlæge: %s\nDirekte tlf. %s · %s" % (X.n(tl, one("full", "caps")), X.ph(tl, land=True), X.mail(tl, X.dom)),
                "Henvisende tandlæge, den kommunale tandpleje, %s\nTlf. %s" % (X.kom, X.sw("tand")))
    return fit(head, ex + more(X, c, "Supplerende oplysninger:"), tail, band), "henvisning (nøgle: værdi)"


def g5_sundpl(X, band):
    c = X.child(age=(6, 15))
    sp = X.P("sundhedsplejersken", "prof")
    mor = X.P("mor", "adult", male=False, surname=c.last)
    tea = X.P("klasselæreren", "prof")
    fr = X.child(age=c.age)
    klasse = "%d.%s" % (max(0, c.age - 6), one("a", "b", "c", "x"))
    h = 80 + c.age * 6 + R.randint(-6, 8)
    w = round(h * h / 10000 * R.uniform(14.5, 23.5), 1)
    bmi = round(w / (h / 100) ** 2, 1)
    meas = "Højde %d cm · vægt %s kg · BMI %s · syn %s · hørelse ua." % (h, str(w).replace(".", ","), str(bmi).replace(".", ","), one("1,0/1,0", "0,8/1,0", "0,6/0,7 (henvist til øjenlæge)"))
    head = X.pc("Skolesundhedsplejen – notat %s\nElev: %s, %s, f. %s\n%s" % (X.d(back=5, style=0), X.n(c), klasse, X.dob(c), meas),
                "Skolesundhedsplejen – notat %s\nElev: %s, %s, %s\n%s" % (X.d(back=5, style=0), c.label, klasse, X.age(c), meas))
    if X.c:
        ex = ["Samtale: Barnet fortæller, at det er svært at falde i søvn, og at tablet og YouTube fylder meget om aftenen. Barnet spiser sjældent morgenmad.",
              "Kontakt til mor pr. telefon samme dag. Mor er enig i, at vi følger op om tre måneder.",
              "Klasselæreren har oplyst, at barnet ofte er træt i de første timer og har fået en ny ven i klassen.",
              "Sundhedsplejersken træffes på skolen tirsdag og torsdag kl. 8-12 i lokale %d." % R.randint(1, 40)] + cfill(X, 3, "tand|Tand|caries|K02")
    else:
        ex = ["Samtale: %s fortæller, at det er svært at falde i søvn, og at tablet og YouTube fylder meget om aftenen. \"Min mor siger, jeg skal slukke kl. ni,\" siger %s." % (X.N(c, "first"), "han" if c.male else "hun"),
              "Kontakt til mor, %s, på %s samme dag. Mor er enig i, at vi følger op om tre måneder." % (X.n(mor), X.ph(mor)),
              "%s har oplyst, at %s ofte er træt i de første timer og har fået en ny ven, %s." % (X.N(tea, one("full", "first")), X.n(c, "first"), X.n(fr, "first")),
              "Mor har bedt om, at svar sendes til %s og ikke til fars adresse." % X.mail(mor),
              "Aftale: nyt møde med %s og mor %s kl. %s." % (X.n(c, "first"), X.d(fwd=80, style=1), clock())]
    tail = X.pc(one("%s, sundhedsplejerske, tlf. %s" % (X.n(sp), X.ph(sp)), "%s\nSundhedsplejerske\n%s\n%s" % (X.n(sp), X.ph(sp), X.mail(sp, X.dom))),
                "Sundhedsplejerske, skolesundhedsplejen, %s\nTelefontid %s" % (X.kom, X.sw("sundhed")))
    return fit(head, ex + more(X, c), tail, band), "sundhedsplejerskens notat"


def g5_vacc(X, band):
    c = X.child(age=(11, 15))
    par = X.P("forælder", "adult", surname=c.last)
    sp = X.P("sundhedsplejersken", "prof")
    if X.c:
        head = "Påmindelse om vaccination – %s\n\nKære forældre til %s (%s)\n\nIfølge vores oplysninger mangler barnet %s i børnevaccinationsprogrammet." % (X.d(style=1), c.label, X.age(c), one("2. dosis MFR", "HPV 2. dosis", "revaccination mod difteri, stivkrampe, kighoste og polio"))
    else:
        head = "Påmindelse om vaccination – %s\n\nKære %s\n\nIfølge vores oplysninger mangler %s (CPR %s) %s i børnevaccinationsprogrammet." % (
            X.d(style=1), X.n(par, one("full", "first")), X.n(c), "%s, født %s" % (X.cpr(c), X.dob(c)), one("2. dosis MFR", "HPV 2. dosis", "revaccination mod difteri, stivkrampe, kighoste og polio"))
    ex = ["Vaccinationen er gratis og kan gives hos egen læge eller på skolen %s kl. %s i sundhedsplejens lokale." % (X.d(fwd=30, style=1), clock()),
          "Oplysningerne kommer fra Det Danske Vaccinationsregister. Hvis barnet er vaccineret i udlandet, bedes I sende dokumentation.",
          X.pc("Registreret adresse: %s. Er det ikke korrekt, så giv besked." % X.adr(c), "Er barnets adresse ændret, så giv besked via Borgerservice på %s." % X.sw("borgerservice")),
          X.pc("Ring eller skriv til mig på %s / %s, hvis I har spørgsmål." % (X.ph(sp), X.mail(sp, X.dom)), "Ring til sundhedsplejen på %s, hvis I har spørgsmål." % X.sw("sundhed")),
          X.pc("Samtykke for %s, født %s, gives af forældremyndighedsindehaver. Underskrift: ____________" % (X.n(c, "first"), X.dob(c)),
               "Samtykke gives af forældremyndighedsindehaver. Underskrift: ____________")]
    if X.c:
        ex = ex[:2] + cfill(X, 2, "tand|Tand|caries|K02|Højde") + ex[2:]
    tail = X.pc("Venlig hilsen\n%s, sundhedsplejerske" % X.n(sp), "Venlig hilsen\nSundhedsplejen")
    return fit(head, ex + more(X, c), tail, band), "vaccinationspåmindelse"


# ================================================================ GENRE 6: youth guidance, education, work
def g6_cv(X, band):
    y = X.P("den unge", "youth", age=(16, 23))
    boss = X.P("tidligere chef", "adult")
    comp, cdom = R.choice(COMPANIES)
    comp2 = one(*COMPANIES)[0]
    uu = X.P("UU-vejlederen", "prof")
    head = "[CV indsat i sagen af %s %s]\n\n" % (X.pc(X.n(uu, one("first", "ini")), "UU-vejlederen"), X.d(back=10, style=4))
    rows = [("", X.pc(X.n(y, one("caps", "full")), "CV – den unge (%s)" % X.age(y))),
            ("Adresse", X.adr(y)), ("Mobil", X.ph(y)), ("Mail", X.mail(y)), ("Født", X.dob(y)),
            ("Kørekort", one("B", "AM (knallert)", "nej, i gang med B")), ("Sprog", one("dansk, engelsk", "dansk, engelsk, arabisk", "polsk, dansk, engelsk", "dansk, tysk, engelsk"))]
    head += X.kv(rows)
    ex = ["UDDANNELSE\n%s – folkeskolens afgangsprøve (9. klasse)\n%s – %s" % (min(y.dob.year + 16, X.today.year), "%d–%d" % (min(y.dob.year + 16, X.today.year), min(y.dob.year + 18, X.today.year + 1)), one("grundforløb 1, EUX Byggeri", "HF-enkeltfag", "FGU, produktionsgrunduddannelse", "10. klasse på efterskole")),
          X.pc("ERHVERVSERFARING\nFritidsjob hos %s (%d–%d): opfyldning, kasse og lager.\nPraktik hos %s, 2 uger." % (comp, X.today.year - 3, X.today.year - 1, comp2),
               "ERHVERVSERFARING\nFritidsjob i supermarked (3 år): opfyldning, kasse og lager.\nPraktik i tømrerfirma, 2 uger."),
          "KOMPETENCER\nMødestabil, god til at arbejde med hænderne, kender Excel og Word. Er glad for at lave mad.",
          "FRITID\nFodbold to gange om ugen, gaming (FIFA og Fortnite), passer min lillesøster.",
          X.pc("REFERENCE\n%s, %s, tlf. %s, %s" % (X.n(boss), comp, X.ph(boss), X.mail(boss, cdom)), "REFERENCE\nOplyses på forespørgsel.")]
    if X.c:
        ex = ex[:3] + cfill(X, 2, "Efterværnet|Husleje|Møde i lokale|mentortimer") + ex[3:]
    return fit(head, ex + more(X, y, "NOTER FRA UU-VEJLEDER (ikke en del af CV'et)"), "", band), "CV indsat i sagen"


def g6_praktik(X, band):
    y = X.P("eleven", "youth", age=(15, 19))
    kp = X.P("kontaktperson", "adult")
    uu = X.P("UU-vejleder", "prof")
    far = X.P("far", "adult", male=True, surname=y.last)
    comp, cdom = R.choice(COMPANIES)
    c_cvr = cvr()
    head = "PRAKTIKAFTALE – virksomhedspraktik\n\n"
    rows = [("Elev", X.pc(X.n(y), "Ung D, %s" % X.age(y))), ("Fødselsdato", X.dob(y)), ("CPR-nr.", X.cpr(y) if R.random() < 0.5 else None), ("Adresse", X.adr(y)), ("Elevens mobil", X.ph(y)),
            ("Forælder", X.pc("%s (far), %s" % (X.n(far), X.ph(far)), "far, orienteret og enig")),
            ("Virksomhed", "%s, CVR %s" % (comp, c_cvr)),
            ("Kontaktperson", X.pc("%s, %s, %s" % (X.n(kp), X.ph(kp), X.mail(kp, cdom)), "værkføreren")),
            ("Periode", "%s – %s, kl. 7.00-14.30" % (X.d(fwd=20, style=0), X.d(fwd=60, style=0))),
            ("Arbejdsopgaver", one("Klargøring af biler, dækskifte, oprydning på værkstedet", "Bagning, opvask, betjening af kunder", "Lager, varemodtagelse, truckcertifikat ikke påkrævet", "Hjælp i køkken og på plejeafdeling (ingen personlig pleje)"))]
    head += X.kv(rows)
    ex = ["Eleven er dækket af arbejdsskadeforsikring via kommunen. Praktikken er ulønnet, men eleven modtager frokost.",
          X.pc("Ved sygdom ringer %s selv til %s før kl. 7.00 og sender en sms til UU-vejleder %s på %s." % (X.n(y, "first"), X.n(kp, "first"), X.n(uu), X.ph(uu)),
               "Ved sygdom ringer eleven selv til virksomheden før kl. 7.00 og giver besked til UU på %s." % X.sw("uu")),
          "Formål: at afprøve faget og styrke elevens mødestabilitet forud for optagelse på grundforløbet.",
          X.pc("Underskrifter: %s (elev) · %s (virksomhed) · %s (UU)" % (X.n(y), X.n(kp), X.n(uu, one("full", "ini"))), "Underskrifter: elev · virksomhed · UU-vejleder")]
    if X.c:
        ex = ex[:1] + cfill(X, 3, "Praktikken foregår|Praktikaftale underskrevet") + ex[1:]
    return fit(head, ex + more(X, y, "Supplerende oplysninger fra UU:"), "", band), "praktikaftale (nøgle: værdi)"


def g6_plan(X, band):
    y = X.P("den unge", "youth", age=(15, 21))
    uu = X.P("UU-vejlederen", "prof")
    mor = X.P("mor", "adult", male=False, surname=y.last)
    mentor = X.P("mentor", "prof")
    head = X.pc("Uddannelsesplan for %s, født %s" % (X.n(y), X.dob(y)) + ((", CPR-nr. %s" % X.cpr(y)) if R.random() < 0.5 else "") + "\nUdarbejdet %s af UU-vejleder %s" % (X.d(back=5, style=1), X.n(uu)),
                "Uddannelsesplan for Ung E (%s)\nUdarbejdet %s af UU-vejlederen" % (X.age(y), X.d(back=5, style=1)))
    ex = ["Mål: Optagelse på %s i %s. Delmål: 90 %% fremmøde og bestået dansk og matematik på FP9-niveau." % (one("grundforløb 1 på teknisk skole", "HHX", "social- og sundhedshjælperuddannelsen", "FGU"), one("august", "januar")),
          X.pc("%s ønsker selv at blive %s og siger: \"Jeg vil have noget, hvor jeg ikke sidder stille hele dagen.\"" % (X.N(y, "first"), one("mekaniker", "elektriker", "kok", "frisør", "pædagogmedhjælper")),
               "Den unge ønsker selv at blive %s og siger: \"Jeg vil have noget, hvor jeg ikke sidder stille hele dagen.\"" % one("mekaniker", "elektriker", "kok", "frisør", "pædagogmedhjælper")),
          X.pc("Støtte: Mentor %s (%s) to timer om ugen. Mor, %s, deltager i opfølgningsmøder og kan kontaktes på %s eller %s." % (X.n(mentor), X.ph(mentor), X.n(mor), X.ph(mor), X.mail(mor)),
               "Støtte: Mentor to timer om ugen. Mor deltager i opfølgningsmøder."),
          X.pc("Bopæl: %s. Den unge har eget værelse og ønsker at flytte i ungdomsbolig inden for et år." % X.adr(y),
               "Bopæl: hos mor. Den unge har eget værelse og ønsker at flytte i ungdomsbolig inden for et år."),
          "Opfølgning: %s kl. %s på UU-centret, lokale %d." % (X.d(fwd=60, style=1), clock(), R.randint(1, 30))]
    if X.c:
        ex = ex[:2] + cfill(X, 3, "Efterværnet") + ex[2:]
    tail = X.pc("%s · UU-vejleder · %s" % (X.n(uu), X.mail(uu, X.dom)), "UU-vejleder · UU-centret, tlf. %s" % X.sw("uu"))
    return fit(head, ex + more(X, y), tail, band), "uddannelsesplan"


def g6_besked(X, band):
    y = X.P("Ung", "youth", age=(16, 22))
    uu = X.P("Vejleder", "prof")
    udl = X.P("udlejeren", "adult", male=True)
    bank = X.P("bankrådgiveren", "adult", male=False)
    bk = one(*BANKS)
    yn = X.pc(X.n(y, "first"), "Ung")
    un = X.pc(X.n(uu, "first"), "Vejleder")
    head = X.pc("Beskeder via SMS-tjenesten – %s og UU-vejleder %s (kopieret %s)" % (X.n(y), X.n(uu), X.d(style=0)),
                "Beskeder via SMS-tjenesten – ung (%s) og UU-vejleder (kopieret %s)" % (X.age(y), X.d(style=0)))
    if X.c:
        msgs = [(yn, "hej jeg har fået svar fra teknisk skole, jeg er optaget 🎉"), (un, "Tillykke! Skal vi tage et møde om SU og bolig?"),
                (yn, "ja. udlejeren vil have depositum på 3 mdr husleje"), (un, "Ok. Vi kan søge enkeltydelse. Har du talt med banken?"),
                (yn, "ja min rådgiver i %s siger jeg skal have et budget" % one(*BANKS)), (un, "Godt. Vi mødes %s kl. %s på Jobcentret" % (X.d(fwd=10, style=4), clock())),
                (yn, "kan du ringe til mig i stedet"), (un, "Ja, jeg ringer fra UU's nummer %s" % X.sw("uu"))]
    else:
        msgs = [(yn, "hej jeg har fået svar fra teknisk skole, jeg er optaget 🎉"), (un, "Tillykke %s! Skal vi tage et møde om SU og bolig?" % X.n(y, one("first", "nick"))),
                (yn, "ja. udlejeren %s vil have depositum. hans nr er %s" % (X.n(udl), X.ph(udl))),
                (un, "Ok. Hvad er adressen på lejligheden? Og din fødselsdato til ansøgningen?"), (yn, "%s" % X.dob(y)), (yn, "%s" % X.adr(y, one(0, 6, 7, 9))),
                (yn, "min rådgiver i %s hedder %s, hun skriver fra %s" % (bk, X.n(bank), X.mail(bank, BANK_DOM[bk]))),
                (un, "Godt. Vi mødes %s kl. %s på Jobcentret" % (X.d(fwd=10, style=4), clock())),
                (yn, "kan du ringe til mig på %s i stedet" % X.ph(y)), (un, "Ja. Min direkte er %s" % X.ph(uu, land=True)),
                (yn, "og min mail er %s hvis du skal sende papirer" % X.mail(y))]
    lines = ["%s: %s" % (w, m) for w, m in msgs]
    chunks = ["\n".join(lines[i:i + 2]) for i in range(0, len(lines), 2)]
    return fit(head + "\n\n" + chunks[0], chunks[1:] + ["\n" + x for x in more(X, y)], "", band, "\n"), "beskeder med vejleder"


def g6_efter(X, band):
    y = X.P("den unge", "youth", age=(18, 22))
    cw = X.P("rådgiveren", "prof")
    udl = X.P("udlejer", "adult")
    bank = X.P("bankrådgiver", "adult")
    pm = X.P("tidligere plejemor", "adult", male=False)
    bk = one(*BANKS)
    head = X.pc("Journalnotat – efterværn (tidligere servicelovens § 76)\n%s\nUng: %s, f. %s, CPR %s" % (X.d(back=3, style=0), X.n(y, one("full", "lf")), X.dob(y), X.cpr(y)),
                "Journalnotat – efterværn (tidligere servicelovens § 76)\n%s\nUng: Ung F, %s, tidligere anbragt i plejefamilie" % (X.d(back=3, style=0), X.age(y)))
    ex = [X.pc("%s er flyttet fra plejefamilien til egen lejlighed på %s pr. 1. %s." % (X.N(y, "first"), X.adr(y), one(*MONTHS)),
               "Den unge er flyttet fra plejefamilien til egen lejlighed i midtbyen pr. 1. %s. Husleje %s." % (one(*MONTHS), amount(3800, 6500))),
          X.pc("Udlejer: %s, tlf. %s. Depositum på %s er betalt af kommunen som enkeltydelse." % (X.n(udl), X.ph(udl), amount(9000, 19000)),
               "Udlejer er et almennyttigt boligselskab. Depositum på %s er betalt af kommunen som enkeltydelse." % amount(9000, 19000)),
          X.pc("Bank: %s, rådgiver %s (%s, %s). Der er oprettet budgetkonto; kontonr. slutter på %04d." % (bk, X.n(bank), X.ph(bank, land=True), X.mail(bank, BANK_DOM[bk]), R.randint(0, 9999)),
               "Bank: %s. Der er oprettet budgetkonto, og den unge har fået hjælp til at lave et budget." % one(*BANKS)),
          X.pc("Tidligere plejemor, %s, ser fortsat %s hver søndag og kan kontaktes på %s." % (X.n(pm), X.n(y, "first"), X.ph(pm)),
               "Tidligere plejemor ser fortsat den unge hver søndag og er en vigtig voksen."),
          "Aftale: Kontaktperson fire timer om ugen frem til næste opfølgning. Den unge er tilmeldt FGU fra august.",
          X.pc("Den unge har bedt om, at post sendes til %s, ikke til plejefamiliens adresse." % X.mail(y), "Den unge har bedt om, at post sendes via Digital Post.")]
    if X.c:
        ex = ex[:2] + cfill(X, 3) + ex[2:]
    tail = X.pc("/%s, %s" % (X.n(cw, "ini"), X.ph(cw, land=True)), "/rådgiver, Ungeenheden")
    return fit(head, ex + more(X, y), tail, band), "journalnotat om efterværn"


GENRES = {
    1: ("handicapområdet", [g1_afgorelse, g1_laege, g1_ansogning, g1_aflast]),
    2: ("kontaktperson- og mentorlogbøger", [g2_logbog, g2_sms, g2_tabel, g2_mail]),
    3: ("barnets egen stemme", [g3_referat, g3_brev, g3_tegning, g3_kv]),
    4: ("aktindsigt og anonymisering", [g4_dok, g4_folge, g4_advokat, g4_mail]),
    5: ("tandpleje og skolesundhed", [g5_udebl, g5_henv, g5_sundpl, g5_vacc]),
    6: ("ungdommens uddannelsesvejledning, job og efterværn", [g6_cv, g6_praktik, g6_plan, g6_besked, g6_efter]),
}


# ================================================================ extra paragraphs per genre (for medium/long texts)
def _m1(X, m):
    out = []
    a, b, c = X.P("bonusmor", "adult", male=False), X.P("psykolog", "prof"), X.P("fysioterapeut", "prof")
    out.append(X.pc("Netværksmøde %s: Deltog bonusmor %s, %s fra PPR og fysioterapeut %s (%s). Næste møde holdes hjemme hos familien." % (X.d(back=40, style=0), X.n(a), X.n(b), X.n(c), X.ph(c, land=True)),
                    "Netværksmøde %s: Deltog bonusmor, PPR-psykologen og fysioterapeuten fra Børneterapien. Næste møde holdes hjemme hos familien kl. %s." % (X.d(back=40, style=0), clock())))
    p = X.P("aflastningsperson", "adult")
    out.append(X.pc("Familien har selv fundet en privat aflastningsperson, %s, som bor på %s og kan træffes på %s." % (X.n(p), X.adr(p), X.ph(p)),
                    "Familien har selv fundet en privat aflastningsperson i nabolaget; honorar efter KL's vejledende takst."))
    gp = X.P("farmor", "adult", male=False, age=(55, 80))
    out.append(X.pc("Farmor, %s (f. %s), hjælper med kørsel om torsdagen og kan kontaktes på %s." % (X.n(gp), X.dob(gp), X.ph(gp)),
                    "Farmor (71 år) hjælper med kørsel om torsdagen til fysioterapi på Sygehusvej."))
    et = X.P("ergoterapeut", "prof")
    out.append(X.pc("Ergoterapeut %s har ved hjemmebesøg på %s vurderet, at %s har brug for en kørestol med el-hjælp og en badestol. Kontakt: %s." % (X.n(et), X.adr(m), X.n(m, "first"), X.wmail(et)),
                    "Ergoterapeuten har ved hjemmebesøg vurderet behov for en kørestol med el-hjælp og en badestol (hjælpemiddelcentralens varenr. %d)." % R.randint(10000, 99999)))
    lg = X.P("egen læge", "prof")
    out.append(X.pc("Egen læge: %s, %s, tlf. %s." % (X.n(lg), X.adr(lg, 0), X.ph(lg, land=True)),
                    "Egen læge er orienteret og har sendt journaloplysninger via sundhedsdatanettet."))
    sb = X.child(surname=m.last)
    out.append(X.pc("Søskende i hjemmet: %s, født %s, CPR %s." % (X.n(sb), X.dob(sb), X.cpr(sb)),
                    "Søskende i hjemmet: en søster på %d år, som går i 2. klasse." % R.randint(6, 12)))
    return out


def _m2(X, m):
    out = []
    f1, f2 = X.P("ven", "youth", age=(14, 19)), X.P("ven", "youth", age=(14, 19))
    out.append(X.pc("%s %s: Mødtes i fitnesscentret med %s og %s. %s bor nu hos %s på %s." % (one(*WEEKDAYS).capitalize(), X.d(back=50, style=0), X.n(m, "first"), X.n(f1, "first"), X.N(f1, "first"), X.n(f2), X.adr(f2)),
                    "%s %s: Mødtes i fitnesscentret med den unge og en ven. Vi trænede en time og drak en kakao bagefter." % (one(*WEEKDAYS).capitalize(), X.d(back=50, style=0))))
    lr = X.P("lærer", "prof")
    out.append(X.pc("Talte kort med lærer %s (%s) om fraværet. Hun sender skemaet til %s." % (X.n(lr), X.ph(lr), X.wmail(lr)),
                    "Talte kort med klasselæreren om fraværet (%d %% i indeværende skoleår). Skemaet sendes via Aula." % R.randint(8, 35)))
    mo = X.P("moster", "adult", male=False)
    out.append(X.pc("%s: Vi var i Føtex og mødte %s moster, %s, som inviterede os på kaffe. Hun gav mig sit nummer: %s." % (X.d(back=30, style=0), X.gen(m), X.n(mo), X.ph(mo)),
                    "%s: Vi var i Føtex og mødte den unges moster, som inviterede os på kaffe." % X.d(back=30, style=0)))
    out.append(X.pc("Aftale: %s sender selv en sms, hvis %s ikke kan komme. Jeg har givet %s min mail %s." % (X.n(m, "first"), "han" if m.male else "hun", "ham" if m.male else "hende", X.mail(X.P("kp", "prof"), X.dom)),
                    "Aftale: Den unge sender selv en sms, hvis aftalen ikke holder. Ellers ringer jeg via hovednummeret %s." % X.sw("familie")))
    tr = X.P("træner", "adult")
    out.append(X.pc("%s: Kamp i hallen. Træner %s fortalte, at %s har fået plads på førsteholdet. %s storebror %s så med." % (X.d(back=20, style=0), X.n(tr, "last"), X.n(m, "first"), X.gen(m), X.n(X.P("storebror", "youth", male=True, surname=m.last))),
                    "%s: Kamp i hallen. Træneren fortalte, at den unge har fået plads på førsteholdet. Storebror så med fra tilskuerpladserne." % X.d(back=20, style=0)))
    out.append(X.pc("Ny adresse fra næste måned: %s (hos %s)." % (X.adr(m), X.n(X.P("mormor", "adult", male=False), "full")),
                    "Den unge flytter fra næste måned hjem til mormor; adressen er registreret i CPR."))
    return out


def _m3(X, m):
    out = []
    b = X.child(age=m.age, male=True)
    out.append(X.pc("\"%s er min bedste ven. Vi har et hemmeligt sprog, og han bor lige ved siden af,\" siger %s." % (X.n(b, "first"), X.n(m, "first")),
                    "\"Min bedste ven og jeg har et hemmeligt sprog, og han bor lige ved siden af,\" siger barnet."))
    t = X.P("pædagog", "prof", male=False)
    out.append(X.pc("Om skolen: \"%s i SFO'en er sjov, men hun råber nogle gange.\"" % X.n(t, one("first", "nick")),
                    "Om skolen: \"Pædagogen i SFO'en er sjov, men hun råber nogle gange.\""))
    fm = X.P("farfar", "adult", male=True, age=(60, 85))
    out.append(X.pc("\"Hos farfar %s må vi se film til sent, og han laver pandekager,\" fortæller %s. Farfar bor på %s." % (X.n(fm, "first"), X.n(m, "first"), X.adr(fm)),
                    "\"Hos farfar må vi se film til sent, og han laver pandekager,\" fortæller barnet. Farfar bor i et sommerhus ved Vesterhavet."))
    out.append(X.pc("%s bad om, at %s ikke læser referatet. \"Hun fortæller det bare videre.\"" % (X.N(m, "first"), X.n(X.P("min fars kæreste", "adult", male=False))),
                    "Barnet bad om, at fars kæreste ikke læser referatet. \"Hun fortæller det bare videre.\""))
    out.append(X.pc("\"Jeg har skrevet min egen mail ned, så du kan skrive til mig: %s\"" % X.mail(m, spoken=R.random() < 0.4),
                    "\"Kan du skrive til mig på min skolemail?\" spørger barnet. Det aftales, at beskeder går via Aula."))
    out.append(X.pc("Barnet kalder sin lillesøster for %s og viser et billede af hende på telefonen." % X.n(X.child(surname=m.last, male=False), "nick"),
                    "Barnet kalder sin lillesøster for \"lillemus\" og viser et billede af hende på telefonen."))
    return out


def _m4(X, m):
    out = []
    a = X.P("nabo", "adult")
    out.append(X.pc("Naboen, %s, %s, har oplyst, at der ofte er larm om natten (%s)." % (red(), X.adr(a), X.n(a)),
                    "Naboen, %s, har oplyst, at der ofte er larm om natten." % red()))
    t = X.P("tolk", "adult")
    out.append(X.pc("Tolk: %s (tolkebureauets nr. %s). Mødet blev holdt på arabisk." % (X.n(t), X.ph(t)),
                    "Tolk: %s (via tolkebureauet). Mødet blev holdt på arabisk." % red()))
    x = X.P("x", "adult")
    out.append(X.pc("Bilag 4: Kopi af lejekontrakt, lejer %s, CPR %s." % (X.n(x, "caps"), X.cpr(x)),
                    "Bilag 4: Kopi af lejekontrakt, lejer %s, CPR XXXXXX-XXXX." % red()))
    hb = X.child(male=True)
    fa, fp = X.abroad()
    out.append(X.pc("Mor oplyser, at barnets halvbror %s (f. %s) bor hos sin far på %s (tlf. %s)." % (X.n(hb), X.dob(hb), fa, fp),
                    "Mor oplyser, at barnets halvbror (%d år) bor hos sin far i udlandet." % R.randint(8, 17)))
    s2 = X.P("sundhedsplejerske", "prof")
    out.append(X.pc("Cc: %s <%s>" % (red(), X.wmail(s2)), "Cc: %s" % red()))
    out.append(X.pc("Underskrift: %s" % X.n(X.P("sagsbeh", "prof"), one("caps", "full")), "Underskrift: ███████"))
    return out


def _m5(X, m):
    out = []
    p = X.P("aflastningsmor", "adult", male=False)
    out.append(X.pc("Barnet kommer af og til i tandplejen med aflastningsmor %s, der kan kontaktes på %s." % (X.n(p), X.ph(p)),
                    "Barnet kommer af og til i tandplejen med aflastningsmor, der er orienteret om udeblivelserne."))
    out.append(X.pc("Tidligere adresse: %s. Journal er rekvireret fra tandplejen i %s." % (X.adr(X.P("tidl", "adult")), one("Aarhus", "Odense", "Aalborg", "Herning")),
                    "Journal er rekvireret fra tandplejen i den tidligere bopælskommune."))
    ta = X.P("tandplejer", "prof")
    out.append(X.pc("Tandplejer %s har set %s %s og noteret begyndende caries i 36 og 46." % (X.n(ta), X.n(m, "first"), X.d(back=60, style=1)),
                    "Tandplejeren har set barnet %s og noteret begyndende caries i 36 og 46." % X.d(back=60, style=1)))
    sb = X.child(surname=m.last)
    out.append(X.pc("Søskende i tandplejen: %s, født %s, er også udeblevet fra sidste tid." % (X.n(sb), X.dob(sb)),
                    "En yngre søster er også udeblevet fra sidste tid i tandplejen."))
    far = X.P("bonusfar", "adult", male=True)
    out.append(X.pc("Bonusfar, %s, har ringet fra %s og oplyst, at han har fået ny mail: %s." % (X.n(far), X.ph(far), X.mail(far)),
                    "Bonusfar har ringet og oplyst, at familien nu bruger Digital Post."))
    out.append(X.pc("Barnets CPR-nr. %s er kontrolleret mod folkeregistret." % X.cpr(m),
                    "Barnets oplysninger er kontrolleret mod folkeregistret %s." % X.d(back=5, style=0)))
    return out


def _m6(X, m):
    out = []
    jc = X.P("jobkonsulent", "prof")
    out.append(X.pc("Jobkonsulent %s (%s, %s) deltager i næste møde." % (X.n(jc), X.ph(jc, land=True), X.wmail(jc)),
                    "Jobkonsulenten fra Jobcentrets ungeteam deltager i næste møde (tlf. %s)." % X.sw("job")))
    mo = X.P("moster", "adult", male=False)
    out.append(X.pc("Moster, %s, bor på %s og er den unges faste voksne; hun deltager gerne i møderne." % (X.n(mo), X.adr(mo)),
                    "Moster er den unges faste voksne og deltager gerne i møderne på UU-centret."))
    out.append(X.pc("Den unges fødselsdato er %s; SU kan tidligst søges fra den måned, %s fylder 18." % (X.dob(m), "han" if m.male else "hun"),
                    "SU kan tidligst søges fra den måned, den unge fylder 18; satsen afhænger af forældrenes indkomst."))
    ks = X.P("kæreste", "youth", age=(17, 23))
    out.append(X.pc("%s bor sammen med kæresten %s, som arbejder hos %s." % (X.N(m, "first"), X.n(ks), one(*COMPANIES)[0]),
                    "Den unge bor sammen med kæresten, som arbejder i et supermarked."))
    out.append(X.pc("Ved sygdom skrives til %s eller ringes på %s." % (X.mail(m), X.ph(m)),
                    "Ved sygdom giver den unge besked via SMS-tjenesten eller på %s." % X.sw("uu")))
    ud = X.P("vicevært", "adult")
    out.append(X.pc("Viceværten i afdelingen, %s, %s, har bekræftet indflytning pr. 1. %s." % (X.n(ud), X.ph(ud), one(*MONTHS)),
                    "Boligselskabet har bekræftet indflytning pr. 1. %s; husleje %s." % (one(*MONTHS), amount(3200, 5900))))
    return out


def _abroad(X, m, who):
    fa, fp = X.abroad()
    p = X.P(who, "adult", male=True)
    return X.pc("%s %s, %s, bor i udlandet: %s. Han kan træffes på %s og ønsker at blive orienteret." % (X.gen(m), who, X.n(p), fa, fp),
                "%s bor i udlandet og ønsker at blive orienteret; kontakt sker via tolk og Digital Post." % (who[:1].upper() + who[1:]))


MORE = {1: _m1, 2: _m2, 3: _m3, 4: _m4, 5: _m5, 6: _m6}


def more(X, m, header=None):
    lst = MORE[X.genre](X, m)
    if X.genre in (1, 2, 3, 5, 6):
        lst.append(_abroad(X, m, one("farbror", "morbror", "onkel")))
    R.shuffle(lst)
    if header:
        lst[0] = header + "\n" + lst[0]
    return lst


# ================================================================ institutions
INST = {
    "skole": ["Egelund Privatskole", "Kastanjeskolen", "Den Lille Friskole ved Åen", "Bakkegårdens Privatskole", "Fjordens Friskole",
              "Friskolen Lærkereden", "Privatskolen Nordstjernen"],
    "dagtilbud": ["Naturbørnehaven Skovtrolden", "Den private vuggestue Mælkebøtten", "Børnehuset Regnbuen", "Myretuen Privat Børnehave",
                  "Børnehaven Troldehøjen"],
    "bosted": ["Opholdsstedet Bakkehuset", "Bostedet Fyrtårnet", "Opholdsstedet Grønnegården", "Ungehjemmet Kompasset",
               "Opholdsstedet Solstrejf", "Skolehjemmet Engly"],
    "klub": ["Ungdomsklubben Kvarteret", "Klub Lynet", "Boldklubben Vestbyen", "Rideskolen Hesselhøj"],
    "pleje": ["Familieplejen Vestjylland ApS", "Fonden Børneplejen", "Plejefamiliekonsulenterne A/S"],
    "efterskole": ["Vesterhavets Efterskole", "Hedelundens Efterskole", "Efterskolen ved Limfjorden", "Idrætsefterskolen Nordvest",
                   "Specialefterskolen Bakkely"],
}
INST_T = [
    ("Barn A (%(a)d år) går i %(k)d. klasse på %(skole)s. Skolen er orienteret om barnets plan og deltager i netværksmødet.", 1),
    ("Den unge (%(u)d år) er anbragt på %(bosted)s efter barnets lov § 46 og går i den interne skole.", 1),
    ("Plejefamilien er tilknyttet %(pleje)s, som yder supervision hver sjette uge.", 1),
    ("Ung B (%(u)d år) starter efter sommerferien på %(efterskole)s; der er søgt om statslig elevstøtte.", 1),
    ("Netværksmødet blev holdt på %(bosted)s med deltagelse af kontaktpædagog, mor og sagsbehandler.", 1),
    ("Barn C (%(b)d år) går i %(dagtilbud)s og skal starte i 0. klasse på %(skole)s til august.", 2),
    ("Mor ønsker, at Barn B skifter fra %(dagtilbud)s til %(dagtilbud2)s, fordi transporten bliver kortere.", 2),
    ("Den unge bor på %(bosted)s og går til træning i %(klub)s tirsdag og torsdag.", 2),
    ("Barn A har fritidsplads i %(klub)s og går i skole på %(skole)s, hvor klasselæreren har sendt en underretning.", 2),
    ("Efter et år på %(efterskole)s flytter den unge hjem og skal have kontaktperson gennem %(pleje)s to timer om ugen.", 2),
    ("Barn D (%(a)d år) er i aflastning via %(pleje)s og går i %(k)d. klasse på %(skole)s.", 2),
]


def gen_inst(i):
    cands = [t for t in INST_T if t[1] == (1 if i % 2 == 0 else 2)]
    t = R.choice(cands)[0]
    vals = {"a": R.randint(7, 12), "k": R.randint(1, 6), "u": R.randint(14, 17), "b": R.randint(5, 6)}
    for typ, names in INST.items():
        pick = R.sample(names, 2)
        vals[typ] = S("institution", pick[0])
        vals[typ + "2"] = S("institution", pick[1])
    return t % vals


# ================================================================ checks
def _tokens():
    out = {}
    entries = []
    for k in ORIGIN_LIST:
        fm, ff, sn = ORIGINS[k]
        entries += fm + ff + sn
    entries += DOUBLE_FIRST_M + DOUBLE_FIRST_F + list(NICK.values()) + NICK_GENERIC
    for e in entries:
        for tok in e.split():
            if len(tok) >= 2 and tok[0].isupper():
                out[tok] = 1
                for part in tok.split("-"):
                    if len(part) >= 3 and part[0].isupper():
                        out[part] = 1
    for tok in list(out):
        out[tok.upper()] = 1
    return sorted(out, key=lambda x: (-len(x), x))


NAME_RE = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(t) for t in _tokens()) + r")(?!\w)")
PHONE_RE = re.compile(r"(?<![\d+])(?:(?:\+|00)45 ?)?(?:\d{8}|\d{2}([ .-])\d{2}\1\d{2}\1\d{2}|\d{4}[ .-]\d{4})(?!\d)")
CPR_RE = re.compile(r"(?<!\d)(?:\d{6}[ \-–]?\d{4}|\d{2}[. ]\d{2}[. ]\d{2}[ \-–]?\d{4})(?!\d)")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in STREETS) + r")\s+(?:nr\.\s*)?\d", re.I)
BORN_RE = re.compile(r"(?i)(?<!\w)(?:født|f\.|fødselsdato|født den)\s*:?\s*(?:d\.\s*|den\s*)?(\d)")
ALLOWED = {"planted": {"name", "phone", "email", "address", "dob", "cpr"}, "clean": set(), "inst": {"institution"}}


def inside(spans, a, b):
    for s in spans:
        if s["start"] <= a and b <= s["end"]:
            return True
    return False


def check(rec, kind, lo, hi):
    text, spans = rec["text"], rec["planted"]
    errs = []
    last = 0
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            errs.append("offset")
        if s["start"] < last:
            errs.append("overlap/order")
        last = s["end"]
        if s["text"] != s["text"].strip() or not s["text"]:
            errs.append("whitespace in span %r" % s["text"])
        if s["kind"] not in ALLOWED[kind]:
            errs.append("kind %s" % s["kind"])
    w = len(text.split())
    if not (lo <= w <= hi):
        errs.append("words %d" % w)
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not inside(spans, m.start(), m.end()):
                errs.append("unplanted copy %r" % s["text"])
    for m in NAME_RE.finditer(text):
        if not inside(spans, m.start(), m.end()):
            errs.append("pool name outside span %r" % m.group(0))
    for rx in (PHONE_RE, CPR_RE):
        for m in rx.finditer(text):
            if inside(spans, m.start(), m.end()):
                continue
            dig = re.sub(r"\D", "", m.group(0))
            if dig[-8:] in WHITELIST_DIGITS or dig in CVRS:
                continue
            errs.append("number outside span %r" % m.group(0))
    for m in re.finditer("@", text):
        if not any(s["kind"] == "email" and s["start"] <= m.start() < s["end"] for s in spans):
            errs.append("@ outside email")
    for m in STREET_RE.finditer(text):
        if not any(s["kind"] == "address" and s["start"] <= m.start() < s["end"] for s in spans):
            errs.append("street+number outside address %r" % m.group(0))
    for m in BORN_RE.finditer(text):
        if not any(s["start"] <= m.start(1) < s["end"] for s in spans):
            errs.append("født + digits unplanted %r" % m.group(0))
    return errs


# ================================================================ main
def slots():
    out = []
    count = {g: 0 for g in GENRES}
    for idx in range(240):
        g = idx % 6 + 1
        k = count[g]
        count[g] += 1
        band = "sml"[(k + g - 1) % 3]
        out.append((g, band, k))
    return out


def make_texts(clean, prefix, forbidden):
    recs, meta = [], []
    for i, (g, band, k) in enumerate(slots()):
        tmpls = GENRES[g][1]
        fn = tmpls[k % len(tmpls)]
        lo, hi = BANDS[band]
        for attempt in range(400):
            X = Ctx(clean, g)
            try:
                marked, sub = fn(X, band)
            except Redraw:
                continue
            text, spans = render(marked)
            rec = {"id": "%s-%s%03d" % (CORPUS, prefix, i + 1), "text": text, "planted": spans}
            errs = check(rec, "clean" if clean else "planted", lo, hi)
            if clean:
                if spans:
                    errs.append("span in clean")
                for f in forbidden:
                    if f in text:
                        errs.append("planted value in clean %r" % f)
                        break
            if errs:
                if attempt > 300:
                    print(rec["id"], fn.__name__, errs[:3], file=sys.stderr)
                continue
            break
        else:
            raise SystemExit("could not draw %s %s %s" % (prefix, i + 1, fn.__name__))
        recs.append(rec)
        meta.append((g, sub, band, fn.__name__))
    return recs, meta


def write(name, recs):
    p = os.path.join(OUT, name)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(p, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    planted, pmeta = make_texts(False, "p", [])
    forbidden = []
    for r in planted:
        for s in r["planted"]:
            if s["kind"] in ("phone", "address", "dob", "cpr", "email") and s["text"] not in forbidden:
                forbidden.append(s["text"])
    clean, cmeta = make_texts(True, "c", forbidden)
    inst = []
    for i in range(30):
        for attempt in range(100):
            marked = gen_inst(i)
            text, spans = render(marked)
            rec = {"id": "%s-i%03d" % (CORPUS, i + 1), "text": text, "planted": spans}
            errs = check(rec, "inst", 12, 40)
            if not errs:
                break
        else:
            raise SystemExit("inst draw failed")
        inst.append(rec)
    # corpus-level checks
    tot = {}
    for r in planted:
        for s in r["planted"]:
            tot[s["kind"]] = tot.get(s["kind"], 0) + 1
    total = sum(tot.values())
    ok = (3000 <= total <= 4500 and all(tot.get(k, 0) >= 250 for k in ("phone", "address", "dob"))
          and all(tot.get(k, 0) >= 120 for k in ("cpr", "email"))
          and all(tot["name"] > v for k, v in tot.items() if k != "name"))
    ids = [r["id"] for r in planted] == ["%s-p%03d" % (CORPUS, i) for i in range(1, 241)]
    ids = ids and [r["id"] for r in clean] == ["%s-c%03d" % (CORPUS, i) for i in range(1, 241)]
    ids = ids and [r["id"] for r in inst] == ["%s-i%03d" % (CORPUS, i) for i in range(1, 31)]
    print("span totals:", total, json.dumps(tot, sort_keys=True))
    if not ok or not ids:
        raise SystemExit("corpus-level check failed")
    h = {n: write(n, rs) for n, rs in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst))}
    # stats for the README
    if "--stats" in sys.argv:
        from collections import Counter
        for lab, meta in (("planted", pmeta), ("clean", cmeta)):
            print(lab, "bands", sorted(Counter(m[2] for m in meta).items()))
            for (g, sub), n in sorted(Counter((m[0], m[1]) for m in meta).items()):
                print("  ", lab, g, GENRES[g][0], "|", sub, n)
        kg = Counter()
        for r, m in zip(planted, pmeta):
            for s in r["planted"]:
                kg[(m[0], s["kind"])] += 1
        for g in GENRES:
            print("genre", g, {k: kg[(g, k)] for k in ("name", "phone", "email", "address", "dob", "cpr")})
        print("institution spans", sum(len(r["planted"]) for r in inst))
    for n in h:
        print(h[n], n)


if __name__ == "__main__":
    main()
