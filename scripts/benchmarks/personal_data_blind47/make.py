#!/usr/bin/env python3
"""Generate the blind47 held-out corpus (planted / clean / institutions). Standard library only."""
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import (ORIGINS, ORIGIN_WEIGHTS, LANG, NICK, STREETS, TOWNS, FOREIGN_ADDR, CC, PRIVATE_DOMAINS,
                   WORK_DOMAINS, INSTITUTIONS)

CORPUS = "blind47"
R = random.Random(47004712)
OUT = os.path.dirname(os.path.abspath(__file__))
S0, S1, S2 = "\x01", "\x02", "\x03"
GAP = "\u2298"  # marks a personal-data slot in clean mode; lines holding it are dropped
ST = {"clean": False}
REF = dt.date(2025, 9, 1)


def C():
    return ST["clean"]


def M(kind, s):
    return f"{S0}{kind}{S1}{s}{S2}"


def strip(m):
    return re.sub("\x01[a-z]+\x02", "", m).replace(S2, "")


def parse(marked):
    out, spans, i, pos = [], [], 0, 0
    while True:
        j = marked.find(S0, i)
        if j < 0:
            out.append(marked[i:])
            break
        out.append(marked[i:j])
        pos += j - i
        k = marked.find(S1, j)
        e = marked.find(S2, k)
        kind, s = marked[j + 1:k], marked[k + 1:e]
        spans.append({"kind": kind, "text": s, "start": pos, "end": pos + len(s)})
        out.append(s)
        pos += len(s)
        i = e + 1
    return "".join(out), spans


def wc(m):
    return len(strip(m).split())


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def pick(*xs):
    return R.choice(xs)


def cap(s):
    if not s or s[0] == S0:
        return s
    return s[0].upper() + s[1:]


def cl(a, b):
    return b if C() else a


# ---------------------------------------------------------------- Danish numbers, dates
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv", "tretten",
        "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs", 9: "halvfems"}
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende", "nittende",
       "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende", "seksogtyvende",
       "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]
MDA = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
       "december"]
MEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def num_da(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] if o == 0 else f"{ONES[o]}og{TENS[t]}"


def rdate(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def fmt_date(d, style=None):
    style = style or pick("dot", "dot", "long", "iso", "slash", "dash", "short", "en1", "en2", "spoken", "dot1")
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dot1":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":
        return f"{d.day}. {MDA[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}-{d.year % 100:02d}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "short":
        return f"{d.day}/{d.month} {d.year}"
    if style == "en1":
        return f"{MEN[d.month - 1]} {d.day}, {d.year}"
    if style == "en2":
        return f"{d.day} {MEN[d.month - 1]} {d.year}"
    return f"{ORD[d.day - 1]} {MDA[d.month - 1]} {d.year}"


def MD():
    """a meeting/decision date (2025-2026, never a birth date)"""
    d = rdate(2025, 2026)
    return pick(f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {MDA[d.month - 1]} {d.year}",
                f"{WD[d.weekday()]} den {d.day}. {MDA[d.month - 1]}", f"{d.day}/{d.month}", f"d. {d.day}.{d.month}")


def KL():
    return f"{R.randint(7, 16):02d}.{pick('00', '15', '30', '45', '10', '40')}"


def AGE(p):
    return (REF - p.dob).days // 365


# ---------------------------------------------------------------- persons
WORDNAMES = []
for _o in ("da_word",):
    for _l in ORIGINS[_o]:
        for _n in _l:
            WORDNAMES.append(_n)
FOREIGN = [o for o, _ in ORIGIN_WEIGHTS if o not in ("da", "da_rare", "da_word")]


class P:
    def __init__(self, role, gender=None, ages=(30, 50), origin=None, prof=False):
        self.role = role
        self.gender = gender or pick("m", "f")
        if origin is None:
            origin = wchoice(ORIGIN_WEIGHTS) if not prof else wchoice(
                [("da", 12), ("da_rare", 3), ("da_word", 2)] + [(o, 1) for o in FOREIGN])
        self.origin = origin
        m, f, s = ORIGINS[origin]
        self.first = R.choice(m if self.gender == "m" else f)
        sur = R.choice(s)
        if "|" in sur:
            sur = sur.split("|")[0 if self.gender == "m" else 1]
        self.last = sur
        if origin == "vi":
            mid = "Thi" if self.gender == "f" else pick("Van", "Minh", "Duc")
            self.full = f"{self.last} {mid} {self.first}"
        elif origin in ("so", "er") and R.random() < 0.5:
            mid = R.choice([x for x in ORIGINS[origin][0] if x != self.first])
            self.full = f"{self.first} {mid} {self.last}"
        elif origin.startswith("da") and R.random() < 0.18:
            other = R.choice(ORIGINS[pick("da", "da_rare", "da_word")][2])
            if other != self.last:
                if R.random() < 0.5:
                    self.last = f"{other}-{self.last}"
                    self.full = f"{self.first} {self.last}"
                else:
                    self.full = f"{self.first} {other} {self.last}"
            else:
                self.full = f"{self.first} {self.last}"
        else:
            self.full = f"{self.first} {self.last}"
        a0, a1 = ages
        self.dob = dt.date.fromordinal(REF.toordinal() - R.randint(a0 * 365 + 1, a1 * 365 + 360))
        self.phone = self._dk()
        self.phone2 = self._dk()
        self.seq = R.randint(0, 999)
        st = R.choice(STREETS)
        no = str(R.randint(1, 140))
        if R.random() < 0.25:
            no += pick("A", "B", "C")
        floor = pick("", "", "", "st. tv.", "st. th.", "1. tv.", "1. th.", "2. tv.", "2. th.", "3. mf.",
                     "4. 12", "1.", "2. sal")
        self.addr = (st, no, floor) + R.choice(TOWNS)
        self.email_local = self._local()

    def _dk(self):
        while True:
            d = str(R.randint(2, 9)) + "".join(str(R.randint(0, 9)) for _ in range(7))
            if d not in ("33663366", "89402000", "70222825", "72221818", "70157304", "33980010"):
                return d

    def _local(self):
        f = translit(self.first.split()[0]).lower()
        l = translit(self.last.replace(" ", "")).lower()
        y = f"{self.dob.year % 100:02d}"
        return pick(f"{f}.{l}", f"{f}{l}{y}", f"{f}_{y}", f"{f[0]}{l}", f"{f}.{l}{R.randint(1, 99)}",
                    f"{l}.{f}", f"{f}{R.randint(100, 999)}")


TR = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ç": "c", "ş": "s", "ğ": "g", "ı": "i", "ł": "l", "ś": "s",
                    "ź": "z", "ż": "z", "ą": "a", "ę": "e", "ó": "o", "ń": "n", "ć": "c", "ț": "t", "ș": "s",
                    "ă": "a", "â": "a", "î": "i", "ž": "z", "č": "c", "đ": "d", "ð": "d", "á": "a", "í": "i",
                    "ú": "u", "ý": "y", "ö": "o", "ü": "u", "é": "e", "'": "", "-": ""})


def translit(s):
    return s.lower().translate(TR)


BAD_INIT = {"KL", "SSP", "CPR", "PPR", "ICS", "SOS", "MF", "TH", "TV", "ST", "NR", "HR", "DR", "OK", "AS", "UU",
            "FGU", "SU", "ID", "IT", "BUU", "PS", "EU", "TA", "AB", "BU", "SB", "MK"}


def initials(p, style=None):
    parts = [x for x in re.split(r"[ \-]", p.full) if x]
    letters = [x[0].upper() for x in parts]
    style = style or pick("dots", "caps", "caps")
    if style == "dots":
        return ".".join(letters[:2]) + "."
    s = "".join(letters[:3]) if len(letters) >= 3 else letters[0] + p.last[:2].upper()
    s = translit(s).upper()[:3] if not s.isascii() else s
    if s in BAD_INIT or len(s) < 2:
        s = letters[0] + p.last[:2].upper()
    return s


def misspell(s):
    if len(s) < 4:
        return s + s[-1]
    i = R.randint(1, len(s) - 2)
    op = pick("dup", "drop", "swap")
    if op == "dup":
        t = s[:i] + s[i] + s[i:]
    elif op == "drop":
        t = s[:i] + s[i + 1:]
    else:
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return t if t != s else s + "e"


def NF(p):
    return p.role if C() else M("name", p.full)


def N1(p):
    return p.role if C() else M("name", p.first)


def NS(p):
    return p.role if C() else M("name", p.last)


def NX(p):
    """varied form for later mentions"""
    if C():
        return p.role
    form = wchoice([("first", 6), ("full", 3), ("sur", 1), ("lastfirst", 0.5), ("caps", 0.5), ("mis", 0.5),
                    ("nick", 0.6), ("lower", 0.4)])
    if form == "first":
        return M("name", p.first)
    if form == "sur":
        return M("name", p.last)
    if form == "lastfirst":
        return M("name", f"{p.last}, {p.first}")
    if form == "caps":
        return M("name", p.full.upper())
    if form == "mis":
        return M("name", misspell(p.first))
    if form == "nick" and p.first in NICK:
        return M("name", NICK[p.first])
    if form == "lower" and p.first not in WORDNAMES:
        return M("name", p.first.lower())
    return M("name", p.first)


def NI(p):
    return p.role if C() else M("name", initials(p))


def TI(p, title=None):
    if C():
        return p.role
    title = title or ("fru" if p.gender == "f" else "hr.")
    return f"{title} {M('name', p.last)}"


def G(p, form=None):
    """genitive"""
    if C():
        r = p.role
        return r + ("'s" if r[-1].isupper() else "s")
    nm = {"full": p.full, "first": p.first, "sur": p.last}[form or pick("first", "first", "full")]
    if nm[-1] in "sxzSXZ":
        return M("name", nm) + "'"
    return M("name", nm + "s")


def fmt_phone(d, style=None):
    style = style or wchoice([("8", 3), ("2222", 5), ("44", 2), ("dots", 1), ("dash", 1), ("+45", 2),
                              ("+45c", 1), ("0045", 1), ("+454", 1)])
    g = [d[0:2], d[2:4], d[4:6], d[6:8]]
    return {"8": d, "2222": " ".join(g), "44": f"{d[:4]} {d[4:]}", "dots": ".".join(g), "dash": "-".join(g),
            "+45": "+45 " + " ".join(g), "+45c": "+45" + d, "0045": f"0045 {d[:4]} {d[4:]}",
            "+454": f"+45 {d[:4]} {d[4:]}"}[style]


def spoken_phone(d):
    parts = []
    for i in range(0, 8, 2):
        x = d[i:i + 2]
        parts.append(f"nul {ONES[int(x[1])]}" if x[0] == "0" else num_da(int(x)))
    return " ".join(parts)


def rd(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def foreign_phone(o):
    cc = CC.get(o, "+49")
    pat = {"+48": "5{2} {3} {3}", "+380": "6{1} {3} {2} {2}", "+90": "5{2} {3} {2} {2}", "+40": "7{2} {3} {3}",
           "+387": "6{1} {3} {3}", "+299": "{2} {2} {2}", "+298": "{2} {2} {2}", "+252": "6{1} {7}",
           "+44": "7{3} {6}", "+291": "7 {3} {3}", "+93": "7{1} {3} {4}", "+92": "3{2} {7}",
           "+84": "9{1} {3} {2} {2}", "+66": "8{1} {3} {4}", "+63": "9{2} {3} {4}", "+964": "7{2} {3} {4}",
           "+49": "15{1} {4} {4}", "+46": "7{1} {3} {2} {2}"}[cc]
    s = re.sub(r"\{(\d)\}", lambda m_: rd(int(m_.group(1))), pat)
    return f"{cc} {s}" if R.random() < 0.8 else "00" + cc[1:] + " " + s


def PH(p, spoken=False, second=False):
    if C():
        return GAP
    d = p.phone2 if second else p.phone
    if spoken:
        return M("phone", spoken_phone(d))
    return M("phone", fmt_phone(d))


def PHF(p):
    """foreign number where the person's origin has one"""
    if C():
        return GAP
    if p.origin in CC:
        return M("phone", foreign_phone(p.origin))
    return M("phone", fmt_phone(p.phone2))


def AD(p, style=None, town=True):
    if C():
        return GAP
    st, no, fl, pc, tw = p.addr
    style = style or wchoice([("std", 5), ("two", 2), ("sloppy", 1), ("nr", 0.5), ("notown", 1)])
    fl2 = f", {fl}" if fl else ""
    if not town or style == "notown":
        s = f"{st} {no}{fl2}"
    elif style == "two":
        s = f"{st} {no}{fl2}\n{pc} {tw}"
    elif style == "sloppy":
        s = f"{st.lower()} {no} {fl.replace('.', '')} {pc} {tw}".replace("  ", " ")
    elif style == "nr":
        s = f"{st} nr. {no}{fl2}, {pc} {tw}"
    else:
        s = f"{st} {no}{fl2}, {pc} {tw}"
    return M("address", s)


def FAD(o):
    if C():
        return GAP
    key = o if o in FOREIGN_ADDR else pick("de", "se")
    t = R.choice(FOREIGN_ADDR[key])
    return M("address", t.format(n=R.randint(2, 88), m=R.randint(1, 30)))


def DOB(p, style=None):
    if C():
        return GAP
    return M("dob", fmt_date(p.dob, style))


def cpr_digits(p):
    d, y = p.dob, p.dob.year
    yy = y % 100
    if y < 1900:
        c7 = R.randint(5, 8)
    elif y < 2000:
        c7 = R.randint(0, 3) if y < 1937 or R.random() < 0.8 else pick(4, 9)
    else:
        c7 = pick(4, 9) if yy <= 36 and R.random() < 0.5 else R.randint(5, 8)
    last = R.randint(0, 9)
    if (last % 2 == 1) != (p.gender == "m"):
        last = (last + 1) % 10
    return f"{d.day:02d}{d.month:02d}{yy:02d}", f"{c7}{R.randint(0, 99):02d}{last}"


def CPR(p, style=None):
    if C():
        return GAP
    a, b = cpr_digits(p)
    style = style or wchoice([("dash", 6), ("space", 2), ("ten", 2), ("dots", 1), ("grp", 1), ("ddmm", 0.6)])
    s = {"dash": f"{a}-{b}", "space": f"{a} {b}", "ten": a + b, "dots": f"{a[:2]}.{a[2:4]}.{a[4:]}-{b}",
         "grp": f"{a[:2]} {a[2:4]} {a[4:]} {b}", "ddmm": f"{a[:4]} {a[4:]}-{b}"}[style]
    return M("cpr", s)


def EM(p, work=False, dom=None, spoken=False):
    if C():
        return GAP
    if work:
        f = translit(p.first.split()[0])
        l = translit(p.last.replace(" ", ""))
        local = pick(f"{f}.{l}", f"{f[:2]}{l[:2]}", initials(p, "caps").lower(), f"{f[0]}{l}")
        addr = f"{local}@{dom or R.choice(WORK_DOMAINS)}"
    else:
        addr = f"{p.email_local}@{R.choice(PRIVATE_DOMAINS)}"
    if spoken:
        loc, dm = addr.split("@")
        loc = loc.replace(".", " punktum ").replace("_", " underscore ")
        dm = dm.replace(".", " punktum ")
        return M("email", f"{loc} snabel-a {dm}")
    return M("email", addr)


# ---------------------------------------------------------------- look-alikes (no personal data)
LAW = ["barnets lov § 32, stk. 1, nr. 3", "§ 114 i barnets lov", "barnets lov § 46", "§ 47 i barnets lov",
       "§ 91 (barnets plan)", "§ 20, stk. 3", "§ 133 i barnets lov", "§ 136", "§ 5, stk. 3",
       "§ 6 om bisidder", "forvaltningslovens § 19", "§ 108 (ungeplan)", "§ 30", "barnets lov § 114, stk. 1",
       "sundhedslovens § 127", "straffelovens § 276", "retsplejelovens § 115", "§ 19 (afdækning)"]
ICD = ["DF90.0", "DF84.0", "DK02.1", "DF63.0", "DF32.1", "DF43.1", "DF91.3", "DF12.2", "DK07.2", "DF41.1"]
MED = ["Ritalin 10 mg", "Concerta 36 mg", "Melatonin 3 mg", "Sertralin 50 mg", "Panodil 500 mg", "Ibuprofen 200 mg",
       "Strattera 40 mg", "Circadin 2 mg", "Concerta 18 mg", "Ritalin Uno 20 mg"]
BODIES = ["Familieretshuset", "Ankestyrelsen", "Udbetaling Danmark", "Gældsstyrelsen", "Østjyllands Politi",
          "Fyns Politi", "Nordjyllands Politi", "Sydøstjyllands Politi", "Københavns Politi", "Kriminalforsorgen",
          "Socialtilsyn Midt", "Socialtilsyn Øst", "UU-vejledningen", "FGU", "Jobcenteret", "Borgerservice",
          "Børne- og Ungdomspsykiatrien", "PPR", "Sundhedsplejen", "Forbrugerombudsmanden", "Spillemyndigheden"]
PUBNUM = ["112", "114", "1813", "116 111", "33 66 33 66", "89 40 20 00", "70 22 28 25", "72 22 18 18",
          "70 15 73 04", "33 98 00 10", "55133018", "64942212"]


def money(a=800, b=60000):
    v = R.randint(a, b)
    if v > 2000:
        v = v // 50 * 50
    t = f"{v:,}".replace(",", ".")
    return pick(f"{t} kr.", f"{t} kr.", f"{t},00 kr", f"kr. {t}", f"{t} DKK")


def caseno():
    return pick(f"Sagsnr. 2025-{R.randint(10000, 99999)}", f"J.nr. 27.24.00-G01-{R.randint(2, 999)}-25",
                f"Sag {R.randint(24, 26)}/{R.randint(1000, 39999)}", f"Ref. BU-{R.randint(100, 9999)}",
                f"Journalnr. 28.09.10-P20-{R.randint(1, 300)}-25")


def LOOK():
    """one sentence of look-alikes usable in any genre and mode"""
    return pick(
        f"Afgørelsen er truffet efter {R.choice(LAW)} og kan påklages til {pick('Ankestyrelsen', 'Ankestyrelsen inden fire uger')}.",
        f"Mødet er flyttet til {MD()} kl. {KL()} i mødelokale {R.randint(1, 4)}.{R.randint(1, 30):02d}.",
        f"{caseno()} – bevilling på {money()} pr. måned.",
        f"Ved akut fare ringes 112; ellers politiets servicenummer 114.",
        f"Børnetelefonen 116 111 er oplyst til den unge.",
        f"Lægevagten/Akuttelefonen 1813 kontaktes uden for åbningstid.",
        f"Kopi sendt til {R.choice(BODIES)} via Digital Post.",
        f"Diagnose i journalen: {R.choice(ICD)}; medicin: {R.choice(MED)}.",
        f"Næste statusmøde er sat til uge {R.randint(2, 51)}.",
        f"Fakturaen på {money()} betales via EAN 57980{rd(8)}.",
        f"{pick('Kommunens', 'Afdelingens')} hovednummer er {pick('33 66 33 66', '89 40 20 00')} (omstilling).",
        f"Sagen behandles i børne- og ungeudvalget {MD()}.",
        f"Bevillingen gælder frem til {MD()} og revurderes efter {R.randint(3, 6)} måneder.",
        f"Der er afsat {R.randint(2, 12)} timer ugentligt, i alt {money()}.",
    )


# ---------------------------------------------------------------- assembly
def kv(label, val):
    return f"{label}: {val}"


def assemble(head, extras, tail, band, sep="\n"):
    lo, hi = band
    clean_ok = (lambda s: s is not None and GAP not in s)
    head = [h for h in head if clean_ok(h)]
    tail = [t for t in tail if clean_ok(t)]
    idx = [i for i, e in enumerate(extras) if clean_ok(e)]
    base = sum(wc(x) for x in head + tail)
    if base > hi:
        return None
    target = R.randint(lo + (hi - lo) // 5, hi)
    order = idx[:]
    R.shuffle(order)
    chosen, n = [], base
    for i in order:
        w = wc(extras[i])
        if n >= target:
            break
        if n + w <= hi:
            chosen.append(i)
            n += w
    if n < lo:
        return None
    chosen.sort()
    body = [extras[i] for i in chosen]
    return sep.join(head + body + tail)


# ---------------------------------------------------------------- genre materials
def kid(ages, origin=None, role=None):
    g = pick("m", "f")
    p = P("x", g, ages, origin)
    p.role = role or pick("Barn A", "barnet", "pigen" if g == "f" else "drengen")
    return p


def HAN(p):
    return "han" if p.gender == "m" else "hun"


def HANS(p):
    return "hans" if p.gender == "m" else "hendes"


def prof(role, origin=None):
    return P(role, None, (27, 63), origin, prof=True)


def g_tolk():
    o = R.choice([x for x in FOREIGN if x != "fo"])
    lang = LANG[o]
    mor = P("mor", "f", (24, 49), o)
    far = P("far", "m", (27, 58), o)
    barn = kid((2, 16), o)
    sb = prof("sagsbehandleren")
    tolk = P("tolken", None, (25, 66), o)
    moster = P("moster", "f", (22, 55), o)
    koord = prof("koordinatoren")
    a = AGE(barn)
    form = pick("fremmødetolkning", "telefontolkning", "videotolkning via Teams")
    kvl = [
        kv("Sag", caseno()),
        kv("Bestilt af", f"{NF(sb)}, direkte {PH(sb)}"),
        kv("Bestilt af", "sagsbehandleren, Team Øst") if C() else None,
        kv("Sprog", f"{lang}" + pick("", " – mor ønsker kvindelig tolk", " (ikke dialekt fra samme by)")),
        kv("Tolk", f"{NF(tolk)}, tolke-ID T{R.randint(1000, 9999)}") if not C() else kv("Tolk", "kvindelig tolk fra rammeaftalen"),
        kv("Tolkens mobil", PH(tolk)),
        kv("Tolkens mail", EM(tolk)),
        kv("Tidspunkt", f"{MD()} kl. {KL()}"),
        kv("Form", form),
        kv("Sted", f"Rådhuset, mødelokale {R.randint(1, 4)}.{R.randint(1, 30):02d}"),
        kv("Deltagere", f"{NF(mor)} (mor), {NF(far)} (far), {N1(barn)} ({a} år) og {NX(sb)}"),
        kv("Barnets fødselsdato", DOB(barn)),
        kv("CPR barn", CPR(barn)),
        kv("CPR mor", CPR(mor)),
        kv("Mors fødselsdato", DOB(mor)),
        kv("Far født", DOB(far)),
        kv("Familiens adresse", AD(mor)),
        kv("Kontakt mor", f"{PH(mor)} / {EM(mor)}"),
        kv("Kontakt far", PHF(far)),
        kv("Netværk", f"{NF(moster)} (moster), {PH(moster)}"),
        kv("Bemærkning", "Storebror må ikke bruges som tolk. Tolken har tavshedspligt."),
        kv("Afbud", "senest 24 timer før, ellers faktureres fuld takst"),
        kv("Pris", money(600, 4500)),
    ]
    prose = [
        f"{cap(NF(mor))} (f. {DOB(mor)}) taler {lang} og kun lidt dansk, så der bestilles fast tolk til alle møder.",
        f"Barnet {NF(barn)}, CPR {CPR(barn)}, taler dansk i {pick('skolen', 'børnehaven')}, men {lang} derhjemme.",
        f"Der må ikke bruges søskende som tolk – heller ikke {G(barn)} storesøster i telefonen.",
        f"Familien bor på {AD(mor)}, og breve sendes også i en oversat udgave.",
        f"Ved mødet {MD()} tolkede {NF(tolk)}; tolken kan træffes på {PH(tolk)} ved ændringer.",
        f"{cap(NX(far))} opholder sig i perioder i udlandet og kan nås på {PHF(far)}.",
        f"Hans adresse dér er oplyst som {FAD(o)}.",
        f"{cap(NX(mor))} har bedt om, at referater også sendes til {EM(mor)}, men afdelingen bruger Digital Post.",
        f"{cap(NF(sb))} er kontaktperson over for tolkebureauet på {PH(sb)}.",
        f"{cap(NX(moster))} bor på {AD(moster)} og hjælper med at læse breve, men hun deltager ikke som tolk.",
        f"Tolken gjorde opmærksom på, at fagord som underretning og anbringelse ikke har en direkte oversættelse til {lang}.",
        "Telefontolkning fungerer dårligt, når flere taler samtidig, så der aftales fremmødetolk fremover.",
        "Tolkens rolle og tavshedspligt blev forklaret i starten af mødet, og familien havde ingen indvendinger.",
        f"Barnet ({a} år) deltog kun i den første halve time og talte selv dansk med sagsbehandleren.",
        f"Tolkeudgiften på {money(600, 4500)} afholdes af afdelingens budget.",
        "Forældrene ønsker ikke en tolk fra samme lokalområde af frygt for sladder.",
    ]
    events = [
        f"Tolk bestilt til {MD()} kl. {KL()} ({lang}, {form}).",
        f"Tolk {NF(tolk)} ringede ind fra {PH(tolk)}; identitet og tavshedspligt gennemgået.",
        f"{cap(NX(mor))} forstod ikke brevet om {pick('børnefaglig undersøgelse', 'partshøring', 'barnets plan')}; tolken oversatte det.",
        f"{cap(NX(far))} oplyste nyt nummer: {PHF(far)}.",
        f"Forbindelsen røg. Genopkald til mor på {PH(mor)}.",
        f"Mor læste via tolken sit nye nummer op: {PH(mor, spoken=True, second=True)}.",
        f"Far stavede sin mail i telefonen: {EM(far, spoken=True)}.",
        f"{cap(NX(mor))} oplyste, at familien er flyttet til {AD(mor)}.",
        f"{cap(NX(tolk))} måtte gå kl. {KL()}; ny tolk bestilles.",
        f"{cap(N1(barn))} ({a} år) kom med fra skole og ventede i venteværelset.",
        f"Bekræftelse sendt til {EM(sb, work=True)}.",
        f"Moster {NF(moster)} ringede fra {PH(moster)} og spurgte til mødet.",
        f"Stamdata bekræftet via tolk: {N1(barn)} er født {DOB(barn)}, mor {DOB(mor)}.",
        "Mødet sluttede. Tolken kvitterede for tiden på bestillingssedlen.",
        "Telefontolken kunne ikke høre far; der blev skiftet til højttaler.",
        "Familien fik udleveret folder om barnets lov på deres eget sprog.",
    ]
    rows = []
    for _ in range(7):
        t2 = P("tolken", None, (25, 66), o)
        rows.append(f"| {MD()} | {lang} | {cl(NF(t2), pick('tolk via rammeaftale', 'bureauets vagttolk'))} | "
                    f"{cl(PH(t2), 'via bureauet')} | {pick('fremmøde', 'telefon', 'video')} |")
    letter_body = [
        f"Vi har bestilt en tolk, der taler {lang}, til mødet {MD()} kl. {KL()} på Rådhuset.",
        cl(f"Tolken hedder {NF(tolk)} og har tavshedspligt.", "Tolken har tavshedspligt."),
        f"Hvis du ikke kan komme, skal du ringe til mig på {PH(sb)} senest dagen før, så tolken kan afbestilles.",
        "Du er velkommen til at tage en bisidder med, jf. § 6 i barnets lov.",
        f"{cap(N1(barn))} skal ikke deltage denne gang.",
        f"Du kan også skrive til mig på {EM(sb, work=True)}.",
        "Brevet er oversat, men den danske tekst er den gældende.",
        "Mødet handler om den børnefaglige undersøgelse og hvordan det går i skolen.",
    ]
    msg_body = [
        f"Hermed bekræftelse: {lang}-tolk {NF(tolk)} er booket til {MD()} kl. {KL()}.",
        f"Tolkens mobil er {PH(tolk)}, hvis I bliver forsinket.",
        "Ved afbud senere end 24 timer før mødet faktureres fuld takst.",
        f"Familiens nummer {PH(mor)} er noteret, så tolken kan ringe ved telefontolkning.",
        "Vi gør opmærksom på, at tolken ikke må køre med familien.",
        f"Bestillingen er registreret på barnet {NF(barn)}, født {DOB(barn)}.",
        f"Venlig hilsen {NF(koord)}, tolkekoordinator, {PH(koord)}",
    ]
    neutral = ['Tolkebestillinger foretages senest fem hverdage før mødet via bureauets portal.', 'Ved telefontolkning ringer tolken ind på mødelokalets konferencetelefon.', 'Tolkens faglighed: statsautoriseret translatør er ikke et krav ved samtaler.', 'Skriftlige afgørelser oversættes, når familien ikke kan læse dansk.', 'Husk at booke dobbelt tid, når der tales gennem tolk.', 'Tolken må ikke give råd eller tale på familiens vegne.', 'I maj og juni har bureauet travlt, så der bestilles i god tid.', 'Videotolkning kræver et lokale med skærm og god lyd, fx lokale 2.07.']
    R.shuffle(neutral)
    return dict(org='Børn og Unge, Myndighed', neutral=neutral, child=barn,
        t_kv=pick("Tolkebestilling", "TOLKEBESTILLING – Børn og Unge", "Bestilling af tolk (myndighed)"), kv=kvl,
        t_prose=pick("Journalnotat – sprog og tolk", "Notat: tolkebehov i familien", "Sprog og kontaktoplysninger"),
        prose=prose, t_log=pick("Log – telefontolkning", "Mødelog med tolk", "Tidslinje: tolket samtale"),
        events=events, t_tab="Tolkebestillinger i sagen", header="| Dato | Sprog | Tolk | Tlf. | Form |",
        rows=rows, rcpt=mor, subject="Møde med tolk", lbody=letter_body, sender=sb,
        stitle="Sagsbehandler, Børn og Unge", msender=koord, msubject="Bekræftelse af tolkebestilling",
        mbody=msg_body, mto=sb, sms=mor, smsbody=[
            f"hej det er {N1(mor)} kan ikke komme i morgen {N1(barn)} er syg",
            f"kan tolken ringe mig på {PH(mor, second=True)} i stedet",
            "jeg forstår ikke brevet, kan du ringe med tolk",
            f"min søster {N1(moster)} kan også tage telefonen {PH(moster)}",
            "tak, vi kommer torsdag"])


def g_tand():
    mor = P("mor", "f", (24, 50))
    far = P("far", "m", (26, 56), mor.origin if R.random() < 0.7 else None)
    barn = kid((3, 17), mor.origin)
    tl = prof("tandlægen")
    ka = prof("klinikassistenten")
    sb = prof("sagsbehandleren")
    a = AGE(barn)
    klinik = pick("Tandplejen, klinik Nord", "Den kommunale tandpleje, afd. Centrum", "Tandplejen, klinik Vest",
                  "Børnetandplejen på skolen")
    kvl = [
        kv("Patient", f"{NF(barn)} ({a} år)"),
        kv("CPR", CPR(barn)),
        kv("Født", DOB(barn)),
        kv("Adresse", AD(mor)),
        kv("Forældremyndighed", f"{NF(mor)} og {NF(far)}"),
        kv("Tlf. mor", PH(mor)),
        kv("Tlf. far", PH(far)),
        kv("Mor født", DOB(mor)),
        kv("Mail", EM(mor)),
        kv("Klinik", klinik),
        kv("Behandler", cl(f"{NF(tl)}, tandlæge", "klinikkens tandlæge")),
        kv("Udeblivelser", f"{R.randint(2, 5)} gange siden {MD()}"),
        kv("Fund", pick("caries på 2 tænder (DK02.1)", "tandkødsbetændelse", "behov for tandregulering (DK07.2)",
                        "begyndende caries, fluorbehandling anbefalet")),
        kv("Næste tid", f"{MD()} kl. {KL()}"),
        kv("Underretning", "overvejes, hvis næste tid også udebliver"),
        kv("Kontakt i kommunen", f"{NF(sb)}, {PH(sb)}"),
    ]
    prose = [
        f"{cap(NF(barn))} (født {DOB(barn)}) er udeblevet fra tandplejen {R.randint(2, 5)} gange i træk.",
        f"Klinikken har sendt påmindelser til {AD(mor)} og ringet til mor på {PH(mor)} uden svar.",
        f"Tandlæge {NF(tl)} vurderer, at der er behov for behandling af flere tænder, og at barnet har smerter.",
        f"{cap(NX(far))} oplyste i telefonen, at familien har haft travlt, og at {N1(barn)} er bange for tandlægen.",
        f"Der er aftalt en ny tid {MD()} kl. {KL()}, hvor klinikassistent {NF(ka)} tager imod.",
        f"Tandplejen har fået oplyst fars nye adresse: {AD(far)}.",
        f"Regningen for akut behandling er sendt til {NX(mor)}, selv om børnetandpleje er gratis til og med 17 år.",
        "Forsømt tandpleje kan være et tegn på omsorgssvigt og skal indgå i den samlede vurdering.",
        "Klinikken sender en underretning, hvis barnet ikke møder op igen, jf. den skærpede underretningspligt.",
        f"Mor har skrevet fra {EM(mor)}, at hun ønsker at skifte til privat tandlæge.",
        f"Barnets CPR-nummer {CPR(barn)} er kontrolleret mod tandplejens system.",
        f"Ved tandregulering skal der bruges bøjle i ca. {R.randint(12, 30)} måneder.",
        "Barnet børster selv tænder, men der er ingen voksen, der hjælper eller tjekker.",
        "Der er anbefalet Duraphat-tandpasta og fluorlak hver tredje måned.",
    ]
    events = [
        f"Påmindelse sendt via sms til {PH(mor)}.",
        f"{cap(NX(barn))} udeblev. Ingen afbud.",
        f"Ringede til far på {PH(far)} – telefonsvarer.",
        f"Brev sendt til {AD(mor, 'notown')}.",
        f"{cap(NX(mor))} ringede tilbage og bad om ny tid; nummer oplyst mundtligt: {PH(mor, spoken=True, second=True)}.",
        f"Undersøgelse ved {NF(tl)}: caries i 2 kindtænder, røntgen taget.",
        f"Klinikassistent {NX(ka)} noterede, at barnet havde ondt ved tygning.",
        f"Mail modtaget fra {EM(far)}: far ønsker selv at følge barnet.",
        "Barnet mødte op med skolens pædagog, ikke med forældre.",
        "Henvist til tandregulering; venteliste ca. fire måneder.",
        "Fluorlak påført. Instruktion i tandbørstning.",
        f"Identitet kontrolleret: {NX(barn)}, f. {DOB(barn)}, CPR {CPR(barn)}.",
        f"Drøftet med {NF(sb)} fra Børn og Unge om underretning.",
    ]
    rows = []
    for _ in range(7):
        rows.append(f"| {MD()} | {pick('indkaldelse', 'rykker', 'udeblevet', 'mødt', 'aflyst af klinik')} | "
                    f"{cl(NX(tl), 'tandlægen')} | {pick('sms', 'brev', 'e-Boks', 'opringning', '–')} |")
    lbody = [
        f"{cap(N1(barn))} er indkaldt til undersøgelse i tandplejen {MD()} kl. {KL()}.",
        f"Vi har indkaldt {N1(barn)} flere gange, uden at I er mødt op eller har meldt afbud.",
        "Det er vigtigt for barnets sundhed, at tænderne bliver undersøgt og behandlet.",
        f"Hvis tiden ikke passer, så ring til klinikken på {PH(ka)} mellem kl. 8 og 9.",
        "Den kommunale tandpleje er gratis for børn og unge under 18 år.",
        "Hvis barnet igen udebliver, har vi pligt til at orientere kommunens børne- og familieafdeling.",
        f"Barnets CPR-nr.: {CPR(barn)}.",
        f"Fødselsdato: {DOB(barn)}.",
        f"Spørgsmål kan også sendes til {EM(ka, work=True)}.",
    ]
    mbody = [
        f"Hej, det er {NF(mor)}, mor til {NF(barn)}.",
        f"Jeg har ikke fået jeres breve, for vi er flyttet til {AD(mor)}.",
        f"{cap(N1(barn))} er meget bange for tandlægen efter sidst, kan vi få en tid om morgenen?",
        f"I kan ringe på {PH(mor)} efter kl. 15.",
        f"{cap(HANS(barn))} far {NF(far)} har også forældremyndighed, hans nummer er {PH(far)}.",
        "Vi vil gerne have tandreguleringen i gang før sommerferien.",
        f"{cap(N1(barn))} er født {DOB(barn)}, hvis I skal bruge det.",
        f"Mvh {N1(mor)}",
    ]
    neutral = ['Klinikken har åbent mandag til fredag kl. 7.30–15.00.', 'Børne- og ungetandplejen er gratis til og med det år, barnet fylder 18.', 'Ved akut tandpine uden for åbningstid ringes 1813.', 'Sukkerholdige drikke og have-saft mellem måltiderne øger risikoen for huller.', 'Tandregulering visiteres efter Sundhedsstyrelsens retningslinjer.', 'Udeblivelse registreres i journalen og følges op efter tandplejens procedure.', 'Barnet skal børste tænder morgen og aften med fluortandpasta 1450 ppm.', 'Solen skinnede, og barnet ville hellere lege i skoven end komme til tandlæge, fortalte pædagogen.']
    R.shuffle(neutral)
    return dict(org='Den kommunale tandpleje', neutral=neutral, child=barn,
        t_kv=pick("Journal – kommunal tandpleje", "Tandplejen: stamoplysninger og udeblivelser", "Henvisning til tandregulering"),
        kv=kvl, t_prose=pick("Notat fra tandplejen", "Bekymring vedr. tandpleje", "Klinikkens notat om udeblivelse"),
        prose=prose, t_log=pick("Kontaktlog, tandplejen", "Log – indkaldelser og udeblivelser"), events=events,
        t_tab="Oversigt over indkaldelser", header="| Dato | Hændelse | Behandler | Kanal |", rows=rows,
        rcpt=mor, subject=pick("Indkaldelse til tandplejen", "Rykker – udeblevet fra tandplejen", "Tid til tandregulering"),
        lbody=lbody, sender=ka, stitle="Klinikassistent, Tandplejen", msender=mor, mto=ka,
        msubject="Svar på brev fra tandplejen", mbody=mbody, sms=mor,
        smsbody=[f"hej vi kan ikke komme i dag {N1(barn)} har feber", f"ring til {PH(far)} det er hans far",
                 "kan vi få en ny tid efter skole", "undskyld vi glemte det igen", f"mvh {N1(mor)}"])


def g_spil():
    ung = kid((15, 19), None, pick("den unge", "Ung A", "drengen", "pigen"))
    mor = P("mor", "f", (36, 58), ung.origin if R.random() < 0.7 else None)
    rg = prof("rådgiveren")
    ink = prof("inkassomedarbejderen")
    ven = P("vennen", None, (16, 22))
    sb = prof("sagsbehandleren")
    a = AGE(ung)
    game = pick("Fortnite", "EA Sports FC", "Counter-Strike 2", "Roblox", "onlinecasino", "Valorant")
    kvl = [
        kv("Ung", f"{NF(ung)}, {a} år"),
        kv("CPR", CPR(ung)),
        kv("Fødselsdato", DOB(ung)),
        kv("Bopæl", AD(ung)),
        kv("Mobil", PH(ung)),
        kv("Mail", EM(ung)),
        kv("Mor", f"{NF(mor)}, {PH(mor)}"),
        kv("Spil", f"{game}, ca. {R.randint(4, 11)} timer dagligt"),
        kv("Samlet gæld", money(6000, 140000)),
        kv("Kreditorer", pick("ViaBill, Resurs Bank og to kviklån", "Klarna og Lunar", "Intrum (inkasso) og en privat ven",
                              "Collectia og Gældsstyrelsen")),
        kv("MitID", f"misbrugt af {NF(ven)} i {pick('februar', 'april', 'oktober')}"),
        kv("Vennens tlf.", PH(ven)),
        kv("Vennens fødselsdato", DOB(ven)),
        kv("Rådgiver", f"{NF(rg)}, {EM(rg, work=True)}"),
        kv("Politianmeldelse", f"{pick('Østjyllands Politi', 'Fyns Politi', 'Københavns Politi')}, journalnr. {R.randint(3000, 9999)}-{R.randint(10000, 99999)}-{R.randint(100, 999)}-25"),
        kv("Henvist til", "StopSpillet 70 22 28 25 og Center for Ludomani"),
    ]
    prose = [
        f"{cap(NF(ung))} fortæller, at det startede med skins og lootboxes i {game}, og at {HAN(ung)} nu spiller om penge.",
        f"\"Jeg tænkte bare, at jeg kunne vinde det tilbage,\" siger {N1(ung)}.",
        f"{cap(NX(ung))} har optaget {R.randint(2, 6)} kviklån via sit MitID, og gælden er samlet på ca. {money(6000, 140000)}.",
        f"Ifølge {N1(ung)} har vennen {NF(ven)} brugt {HANS(ung)} MitID til at oprette konti.",
        f"{cap(NX(ven))} bor på {AD(ven)} og kan træffes på {PH(ven)}.",
        f"Mor, {NF(mor)}, har ringet fra {PH(mor)} og er bekymret, fordi der kommer rykkere til {AD(mor)}.",
        f"Inkassofirmaet har skrevet til {N1(ung)} på {EM(ung)} og truer med retslige skridt.",
        f"{cap(NF(rg))} fra gældsrådgivningen har gennemgået alle breve og lavet et budget med {N1(ung)}.",
        f"Den unge er født {DOB(ung)} og var altså mindreårig, da det første lån blev optaget.",
        "Lån optaget af mindreårige uden værgens samtykke kan som udgangspunkt ikke gøres gældende.",
        "Den unge sover dårligt, er stoppet på fodbold og har et stort fravær fra skolen.",
        "Der er aftalt selvudelukkelse via ROFUS hos Spillemyndigheden.",
        f"Den unge har fået forbrugsloft på {money(500, 3000)} på sit kort.",
        f"Sagsbehandler {NF(sb)} vurderer, at der er behov for afdækning efter § 19.",
    ]
    events = [
        f"{cap(NX(ung))} mødte op til samtale, tydeligt træt.",
        f"Gennemgik {R.randint(5, 14)} breve fra kreditorer sammen med {N1(ung)}.",
        f"Ringede til inkassobureauet; talte med {NF(ink)}, direkte {PH(ink)}.",
        f"{cap(NX(ink))} bekræftede, at sagen stilles i bero i 30 dage.",
        f"Mor {NX(mor)} ringede fra {PH(mor)} – vil gerne med til næste møde.",
        f"Den unge har skiftet nummer til {PH(ung, second=True)}.",
        f"Oprettet anmeldelse om misbrug af MitID; mistanke mod {NX(ven)}.",
        "Selvudelukkelse i ROFUS bekræftet på skærmen.",
        f"Kopi af sundhedskort taget: CPR {CPR(ung)}, født {DOB(ung)}.",
        f"Politiet bad om vennens oplysninger: {NF(ven)}, født {DOB(ven)}.",
        f"Budget lavet: SU {money(1000, 7000)}, faste udgifter {money(2000, 6000)}.",
        f"Mail sendt til {EM(ung)} med referat.",
        f"Den unge sagde sin nye mail højt: {EM(ung, spoken=True)}.",
        f"Mor lagde besked på telefonsvareren og bad om opkald på {PH(mor, spoken=True)}.",
        "Aftalt at den unge sletter spilapps og giver mor adgang til netbank i en periode.",
        f"Næste samtale {MD()} kl. {KL()}.",
    ]
    rows = []
    for cr in ["ViaBill", "Klarna", "Resurs Bank", "Intrum", "Collectia", "Lunar", "privat lån", "Gældsstyrelsen", "Santander"]:
        if R.random() < 0.7:
            p2 = prof("kreditor")
            rows.append(f"| {cr} | {money()} | {pick('rykker', 'inkasso', 'afdragsordning', 'bestridt', 'retslige skridt varslet')} | "
                        f"{cl(NF(p2) + ', ' + PH(p2), pick('kundeservice', 'ingen kontakt', 'via brev'))} |")
    lbody = [
        f"Vi skriver til dig, fordi {pick('ViaBill', 'Resurs Bank', 'Klarna', 'din kreditor')} har overdraget dit udestående til inkasso.",
        f"Det samlede beløb udgør {money()} inkl. renter og gebyrer.",
        f"Beløbet skal være indbetalt senest {MD()}.",
        f"Hvis du mener, at kravet er forkert, kan du kontakte {NF(ink)} på {PH(ink)}.",
        f"Sagen er registreret på CPR-nr. {CPR(ung)}.",
        "Betaler du ikke, kan sagen blive sendt til fogedretten.",
        f"Du kan også skrive til {EM(ink, dom=pick('inkasso-nord.dk', 'collectpartner.dk', 'kravservice.dk'))}.",
        "Du kan indgå en afdragsordning ved at kontakte os.",
    ]
    mbody = [
        f"Hej {N1(rg)}, det er {N1(ung)}.",
        f"Jeg har fået et nyt brev fra inkasso, det er sendt til min mors adresse {AD(mor)}.",
        f"Det er {NX(ven)} der har lavet de lån på mit MitID, jeg har ikke selv gjort det.",
        "Jeg har ikke spillet siden sidst, men det er svært.",
        f"Du kan ringe på {PH(ung)} efter skole.",
        f"Hilsen {N1(ung)}",
    ]
    neutral = ['StopSpillet på 70 22 28 25 er anonym og gratis.', 'Gæld til det offentlige inddrives af Gældsstyrelsen.', 'Kviklån markedsføres ofte på sociale medier til helt unge.', 'ROFUS er det nationale register over frivilligt udelukkede spillere.', 'Mindreårige må ikke spille om penge online i Danmark.', 'Den unge var glad for, at nogen endelig spurgte ind til spillet.', 'Loot boxes i spil er ikke reguleret som hasardspil i dansk ret.', 'Skyldnerrådgivningen har åbent tirsdag og torsdag kl. 16–18.']
    R.shuffle(neutral)
    return dict(org='Ungerådgivningen', neutral=neutral, child=ung,
        t_kv=pick("Gældsrådgivning – stamark", "Oversigt: spil og gæld", "Screening: gaming og økonomi"), kv=kvl,
        t_prose=pick("Samtalenotat – den unges udsagn", "Rådgivers notat om spil og gæld", "Notat: kviklån og MitID"),
        prose=prose, t_log=pick("Rådgiverlog", "Forløbslog – gæld"), events=events, t_tab="Gældsoversigt",
        header="| Kreditor | Beløb | Status | Kontakt |", rows=rows, rcpt=ung, subject="Inkassomeddelelse",
        lbody=lbody, sender=ink, stitle="Inkassoafdelingen", msender=ung, mto=rg, msubject="nyt brev", mbody=mbody,
        sms=ung, smsbody=["hej kan ikke komme i dag", f"min mor har nummer {PH(mor)} hvis du skal snakke med hende",
                          f"{N1(ven)} vil ikke betale tilbage", "jeg har slettet appen nu", f"/{N1(ung)}"])


def g_flyt():
    barn = kid((3, 17))
    mor = P("mor", "f", (24, 52), barn.origin)
    pm1 = P("den nuværende plejemor", "f", (35, 64))
    pf1 = P("plejefar", "m", (35, 66), pm1.origin)
    kp = prof("kontaktpersonen på det nye sted")
    pm2 = P("den nye plejemor", "f", (32, 62))
    sb = prof("sagsbehandleren")
    lar = prof("klasselæreren")
    a = AGE(barn)
    kvl = [
        kv("Barn", f"{NF(barn)}, {a} år"),
        kv("CPR", CPR(barn)),
        kv("Fødselsdato", DOB(barn)),
        kv("Flyttedag", f"{MD()} kl. {KL()}"),
        kv("Fra", f"{NF(pm1)} og {NF(pf1)}, {AD(pm1)}"),
        kv("Tlf. nuværende plejefamilie", PH(pm1)),
        kv("Til", f"{NF(pm2)}, {AD(pm2)}"),
        kv("Tlf. ny plejefamilie", PH(pm2)),
        kv("Kontaktperson", f"{NF(kp)}, {PH(kp)}, {EM(kp, work=True)}"),
        kv("Mor", f"{NF(mor)}, {PH(mor)}"),
        kv("Mors adresse", AD(mor)),
        kv("Mor født", DOB(mor)),
        kv("Mors CPR", CPR(mor)),
        kv("Sagsbehandler", f"{NF(sb)}, {EM(sb, work=True)}"),
        kv("Skole", f"skifter til ny skole efter efterårsferien; klasselærer {NF(lar)}"),
        kv("Medicin", f"{R.choice(MED)} – følger med i original emballage"),
        kv("Samvær", "uændret hver anden weekend, overvåget"),
        kv("Afgørelse", f"{pick('§ 46', '§ 47', '§ 46 med samtykke')} – anbringelsesskifte godkendt {MD()}"),
    ]
    prose = [
        f"Overleveringsmødet blev holdt hos {NF(pm1)} på {AD(pm1)}.",
        f"{cap(NF(barn))} (født {DOB(barn)}) havde selv pakket to flyttekasser og sin dyne.",
        f"Den nye plejemor, {NF(pm2)}, fortalte om huset og viste billeder af værelset.",
        f"{cap(G(barn))} bamse, cykel og computer kører med plejefar {NX(pf1)} i bilen.",
        f"Mor {NF(mor)} var inviteret, men meldte afbud fra {PH(mor)} en time før.",
        f"Det blev aftalt, at {N1(barn)} må ringe til {NX(pm1)} på {PH(pm1)} de første uger.",
        f"Kontaktpersonen {NF(kp)} tager imod på det nye sted og kan træffes på {PH(kp)}.",
        f"Skolen er orienteret; den nye klasselærer {NF(lar)} kan kontaktes på {EM(lar, work=True)}.",
        f"Den nye adresse er {AD(pm2)}, og post omstilles fra flyttedagen.",
        "Barnet var stille under mødet, men sagde til sidst, at det glæder sig til at få eget værelse.",
        "Sundhedskort, pas og vaccinationskort blev overdraget i en mappe.",
        f"Anbringelsesskiftet sker efter {pick('§ 46', '§ 47')} og er begrundet i plejefamiliens helbred.",
        f"Det nye sted har {R.randint(4, 8)} børn og to nattevagter.",
        "Der planlægges et opfølgende møde efter seks uger for at se, hvordan barnet er faldet til.",
    ]
    events = [
        f"Bilen fra {AD(pm1, 'notown')} kørte med kasser og cykel.",
        f"{cap(NX(barn))} sagde farvel til hunden og naboerne.",
        f"Ankomst til {AD(pm2)}; modtaget af {NX(pm2)} og {NX(kp)}.",
        f"Mor ringede fra {PH(mor)} for at sige god tur.",
        f"Medicinskema ({R.choice(MED)}) gennemgået med {NX(pm2)}.",
        f"{cap(NX(sb))} kørte hjem; opfølgning pr. telefon kl. 19.",
        "Barnet viste sit værelse frem og hang plakater op.",
        "Aftensmad sammen med de andre børn. Stille, men spiste.",
        f"Kontaktperson {NF(kp)} sendte sms om, at natten gik roligt.",
        f"Plejefar {NF(pf1)} kom forbi med en glemt taske.",
        f"Sundhedskort overdraget: {NX(barn)}, CPR {CPR(barn)}.",
        f"Pas udstedt på {N1(barn)}, født {DOB(barn)}, lagt i mappen.",
        f"Skoletaske og penalhus afleveret til {NX(lar)}.",
    ]
    rows = [
        f"| Sted | Fra: plejefamilie | Til: {pick('plejefamilie', 'opholdssted', 'netværksplejefamilie')} |",
        f"| Adresse | {cl(AD(pm1), 'kendt af sagsbehandler')} | {cl(AD(pm2), 'fremgår af afgørelsen')} |",
        f"| Kontakt | {cl(NF(pm1), 'plejemor')} | {cl(NF(pm2), 'ny plejemor')} |",
        f"| Tlf. | {cl(PH(pm1), 'se kontaktark')} | {cl(PH(pm2), 'se kontaktark')} |",
        f"| Mail | {cl(EM(pm1), 'sikker mail')} | {cl(EM(kp, work=True), 'sikker mail')} |",
        f"| Skole | {pick('0.', '3.', '5.', '7.')} klasse, nuværende skole | ny skole fra uge {R.randint(2, 50)} |",
        f"| Fritid | {pick('fodbold', 'spejder', 'svømning', 'ridning')} | undersøges |",
        f"| Ejendele | {R.randint(3, 9)} kasser, cykel | modtages {MD()} |",
    ]
    lbody = [
        f"Du flytter til {NF(pm2)} {MD()}.",
        f"Adressen er {AD(pm2)}.",
        f"Du kan ringe til din nye plejemor på {PH(pm2)}, hvis du vil sige hej før.",
        f"{cap(NX(pm1))} kører dig derhen og bliver til kaffe.",
        "Du må selv bestemme, hvilke ting du vil have med, og resten bliver kørt en anden dag.",
        f"Du kan altid ringe til mig på {PH(sb)}.",
        "Vi ses til et opfølgningsmøde efter et par uger.",
    ]
    mbody = [
        f"Hej {N1(sb)}. Her er listen over {G(barn)} ting, som vi har pakket.",
        "Tøj (4 kasser), dyne, bamser, cykel, PlayStation og fotoalbum.",
        f"Vaccinationskortet ligger i mappen. Lægen er noteret som {NF(P('lægen', None, (35, 66)))}.",
        f"Vi vil gerne holde kontakten, vores nummer er stadig {PH(pm1)}.",
        f"Mor har bedt om, at vi sender billeder til {EM(mor)}.",
        f"Kh {N1(pm1)}",
    ]
    neutral = ['Flyttedagen planlægges, så barnet ikke skifter skole midt i en uge.', 'Overleveringsmødet skal sikre, at vigtig viden følger barnet.', 'Barnets egne ting pakkes sammen med barnet og ikke i sorte sække.', 'Socialtilsynet orienteres om ændringen i belægning.', 'Anbringelsesstedet sender en statusrapport efter tre måneder.', 'Skovturen med den gamle plejefamilie fastholdes som afskedsritual.', 'Barnet ønsker at beholde sin klub indtil sommerferien.', 'Stormvejret gjorde, at flytningen blev udsat en dag.']
    R.shuffle(neutral)
    return dict(org='Familieafdelingen, anbringelsesteamet', neutral=neutral, child=barn,
        t_kv=pick("Tjekliste – anbringelsesskifte", "Flyttedag: overdragelse", "OVERDRAGELSE AF ANBRINGELSE"), kv=kvl,
        t_prose=pick("Referat af overleveringsmøde", "Notat: anbringelsesskifte", "Referat – overdragelse"),
        prose=prose, t_log=pick("Flyttedag – log", "Log fra flyttedagen"), events=events,
        t_tab="Kontakter før og efter flytning", header="| | Gammelt sted | Nyt sted |", rows=rows,
        rcpt=barn, subject="Din flytning", lbody=lbody, sender=sb, stitle="Din sagsbehandler",
        msender=pm1, mto=sb, msubject=f"Ting til flytningen", mbody=mbody, sms=pm2,
        smsbody=[f"hej {N1(sb)}, vi er hjemme nu", f"{N1(barn)} har spist og sover", "kassen med tøj mangler",
                 f"kan du give mor mit nummer {PH(pm2, second=True)}", "god aften"])


def g_efter():
    ung = kid((17, 18), None, pick("den unge", "Ung A", "den unge kvinde", "den unge mand"))
    mentor = prof("mentoren")
    sb = prof("sagsbehandleren")
    mor = P("mor", "f", (38, 60), ung.origin)
    udl = prof("udlejningskonsulenten")
    kp = prof("kontaktpersonen")
    bank = pick("Danske Bank", "Nordea", "Jyske Bank", "Arbejdernes Landsbank", "Lunar", "Spar Nord", "Sydbank")
    kvl = [
        kv("Navn", NF(ung)),
        kv("CPR", CPR(ung)),
        kv("Fødselsdato", DOB(ung)),
        kv("18 år", "ophør af anbringelse – efterværn efter § 114 tilbudt"),
        kv("Nuværende adresse", AD(ung)),
        kv("Ny bolig fra", f"{MD()}, {AD(udl)}"),
        kv("Husleje", money(3400, 7900)),
        kv("Bank", f"{bank}, NemKonto oprettet"),
        kv("Mobil", PH(ung)),
        kv("Mail", EM(ung)),
        kv("Mentor", f"{NF(mentor)}, {PH(mentor)}"),
        kv("Kontaktperson", f"{NF(kp)} ({pick('tidligere opholdssted', 'efterværnsteamet')}), {PH(kp)}"),
        kv("Uddannelse", pick("FGU, produktionsspor", "HF-enkeltfag", "EUD – tømrer", "10. klasse afsluttet, søger EUX")),
        kv("Forsørgelse", f"{pick('SU', 'uddannelseshjælp', 'løn som elev')} ca. {money(4000, 9500)} om måneden"),
        kv("Pårørende", f"{NF(mor)}, {PH(mor)}, født {DOB(mor)}"),
        kv("Udslusning", f"gradvis fra {MD()}; mentorstøtte {R.randint(3, 10)} timer ugentligt"),
    ]
    prose = [
        f"18-års-samtalen med {NF(ung)} blev holdt {MD()} sammen med mentor {NF(mentor)}.",
        f"{cap(NX(ung))} fylder 18 år om {R.randint(1, 5)} måneder og ønsker efterværn efter § 114.",
        f"Den unge er født {DOB(ung)} og har været anbragt siden 12-års-alderen.",
        f"{cap(N1(ung))} har fået en ungdomsbolig på {AD(udl)} gennem boligforeningen.",
        f"Udlejningskonsulent {NF(udl)} har bekræftet indflytning; depositum på {money(9000, 26000)} lånes af kommunen.",
        f"Den unge har oprettet konto i {bank} og fået MobilePay på {PH(ung)}.",
        f"Mentoren kan træffes på {PH(mentor)} og skriver noter efter hvert besøg.",
        f"{cap(NX(ung))} ønsker, at mor ({NF(mor)}) ikke får den nye adresse foreløbig.",
        f"Post sendes indtil videre til {AD(ung)}.",
        f"Referatet sendes til den unge på {EM(ung)}.",
        "Den unge er bekymret for at bo alene og for at få styr på regninger.",
        "Efterværnet omfatter kontaktperson, hjælp til økonomi og støtte til uddannelse frem til 23 år.",
        f"Ungeplanen efter § 108 revideres {MD()}.",
        "Der aftales faste ugentlige besøg i de første tre måneder efter udflytning.",
    ]
    events = [
        f"Besøg hos {NX(ung)} i den nye lejlighed.",
        f"Gennemgik budget: husleje {money(3400, 7900)}, el og internet.",
        f"{cap(NX(ung))} havde glemt at betale mobilregningen; ringede sammen til selskabet.",
        f"Ny telefon, nummer {PH(ung, second=True)}.",
        f"Ringede til udlejer {NF(udl)} ({PH(udl)}) om fugt i badeværelset.",
        f"{cap(NX(mentor))} fulgte med til jobcentret.",
        "Indkøb: den unge laver madplan for ugen, første gang selv.",
        f"Mor ringede fra {PH(mor)} og spurgte efter adressen – den unge vil ikke give den.",
        f"Mail fra {EM(ung)}: spørger om hjælp til SU-ansøgning.",
        "Tjekket e-Boks sammen; to breve fra Udbetaling Danmark.",
        f"Lejekontrakt underskrevet; lejer {NF(ung)}, født {DOB(ung)}, CPR {CPR(ung)}.",
        f"Aftalt næste besøg {MD()} kl. {KL()} /{NI(mentor)}",
    ]
    rows = [
        f"| Bolig | {cl(AD(udl), 'ungdomsbolig i boligforeningen')} | indflytning {MD()} |",
        f"| Bank | {bank} | {cl('NemKonto oprettet af ' + N1(ung), 'NemKonto oprettet')} |",
        f"| Mentor | {cl(NF(mentor), 'mentor fra efterværnsteamet')} | {cl(PH(mentor), 'fast ugentligt besøg')} |",
        f"| Kontaktperson | {cl(NF(kp), 'kontaktperson')} | {cl(PH(kp), 'efter aftale')} |",
        f"| Født | {cl(DOB(ung), 'fylder 18 i år')} | {cl(CPR(ung), 'CPR i stamdata')} |",
        f"| Uddannelse | {pick('FGU', 'HF', 'EUD', 'produktionsskole')} | start {MD()} |",
        f"| Økonomi | {pick('SU', 'uddannelseshjælp', 'elevløn')} | {money(4000, 9500)} |",
        f"| Sundhed | egen læge skal vælges | {pick('tandpleje til 18 år slutter', 'psykolog via sundhedsforsikring', 'ingen medicin')} |",
        f"| Netværk | {cl(NF(mor) + ' (mor)', 'mor, sporadisk kontakt')} | {cl(PH(mor), 'den unge bestemmer')} |",
    ]
    lbody = [
        f"Du fylder snart 18 år, og din anbringelse ophører derfor {MD()}.",
        "Kommunen skal tilbyde dig efterværn, hvis det er nødvendigt for din overgang til voksenlivet, jf. § 114.",
        f"Vi inviterer dig til en 18-års-samtale {MD()} kl. {KL()}.",
        f"Din mentor {NF(mentor)} deltager også.",
        f"Ring til mig på {PH(sb)}, hvis tidspunktet ikke passer.",
        f"Brevet er sendt til {AD(ung)}.",
        "Du må gerne tage en bisidder med.",
    ]
    mbody = [
        f"Hej {N1(sb)}, her er mine noter fra i dag.",
        f"{cap(N1(ung))} har fået nøglerne til {AD(udl)} og har sovet der to nætter.",
        "Vi har købt seng og gardiner for starthjælpen.",
        f"Hun/han har stadig ikke åbnet e-Boks, så jeg har sat påmindelse på {PH(ung)}.",
        f"Banken ({bank}) vil have et møde, før der oprettes kreditkort.",
        f"Mvh {NF(mentor)}, mentor, {PH(mentor)}",
    ]
    mbody[3] = mbody[3].replace("Hun/han", cap(HAN(ung)))
    neutral = ['Efterværn kan bevilges frem til det fyldte 23. år.', 'Ungeplanen skal beskrive mål for uddannelse, bolig og netværk.', 'Startboliger i boligforeningen har en husleje på omkring 4.200 kr.', 'Den unge skal selv vælge læge, når sygesikringen flyttes.', 'Huslejen betales via Betalingsservice fra den første i måneden.', 'Det aftales, hvem den unge kan ringe til om natten de første uger.', 'Mentorordningen evalueres hver tredje måned.', 'Udslusningen foregår gradvist med overnatninger i egen bolig.']
    R.shuffle(neutral)
    return dict(org='Ungeteamet, efterværn', neutral=neutral, child=ung,
        t_kv=pick("Efterværnsplan (§ 114)", "Plan for udslusning", "18-ÅRS-SAMTALE – stamdata og aftaler"), kv=kvl,
        t_prose=pick("Referat af 18-års-samtale", "Notat om efterværn", "Referat: udslusning til egen bolig"),
        prose=prose, t_log=pick("Mentorlog", "Mentorens noter"), events=events, t_tab="Plan for overgang til voksenliv",
        header="| Område | Aftale | Status |", rows=rows, rcpt=ung, subject="Invitation til 18-års-samtale",
        lbody=lbody, sender=sb, stitle="Rådgiver, ungeteamet", msender=mentor, mto=sb, msubject="Mentornoter",
        mbody=mbody, sms=ung, smsbody=[f"hej {N1(mentor)} kan du komme tirsdag i stedet", "huslejen er betalt",
                                       f"min nye mail er {EM(ung)}", "tak for hjælpen med sengen"])


def g_ssp():
    o1 = None
    u1 = kid((12, 17), o1, "Ung A")
    u2 = kid((12, 17), None, "Ung B")
    u3 = kid((12, 17), None, "Ung C")
    f1 = P("mor til Ung A", "f", (33, 55), u1.origin)
    f2 = P("far til Ung B", "m", (35, 60), u2.origin)
    ssp = prof("SSP-konsulenten")
    pol = prof("forebyggelsesbetjenten")
    sl = prof("skolelederen")
    where = pick("ved Banegårdspladsen", "på Torvet", "ved stationen", "bag hallen", "ved indkøbscentret",
                 "på legepladsen ved skolen")
    kvl = [
        kv("Mødetype", pick("SSP-møde (lokalgruppe)", "bekymringssamtale", "SSP-netværksmøde")),
        kv("Dato", f"{MD()} kl. {KL()}"),
        kv("Til stede", f"{NF(ssp)} (SSP), {NF(pol)} (politiet), {NF(sl)} (skolen)"),
        kv("Unge drøftet", f"{NF(u1)} ({AGE(u1)} år), {NF(u2)} ({AGE(u2)} år), {NF(u3)}"),
        kv("Ung A født", DOB(u1)),
        kv("Ung B CPR", CPR(u2)),
        kv("Ung B født", DOB(u2)),
        kv("Ung C født", DOB(u3)),
        kv("Hændelse", f"hærværk og knivfund {where}"),
        kv("Forældre ung A", f"{NF(f1)}, {PH(f1)}, {AD(f1)}"),
        kv("Forældre ung B", f"{NF(f2)}, {PH(f2)}"),
        kv("Politiets kontakt", f"{NF(pol)}, {PH(pol)}, {EM(pol, dom='politi.dk')}"),
        kv("SSP-konsulent", f"{NF(ssp)}, {PH(ssp)}"),
        kv("Aftale", "bekymringssamtale med forældre inden 14 dage"),
        kv("Lovgrundlag", "retsplejelovens § 115 (udveksling af oplysninger)"),
    ]
    prose = [
        f"På SSP-mødet {MD()} drøftede vi {NF(u1)}, {NF(u2)} og {NF(u3)}, der er set {where} flere aftener.",
        f"Forebyggelsesbetjent {NF(pol)} oplyste, at patruljen har fundet en kniv hos {N1(u2)}.",
        f"{cap(NX(u1))} er født {DOB(u1)} og er dermed under den kriminelle lavalder.",
        f"Mor til {N1(u1)}, {NF(f1)}, ringede efter mødet fra {PH(f1)} og var vred over ikke at være inviteret.",
        f"Familien bor på {AD(f1)}, tæt på det område, hvor hærværket skete.",
        f"{cap(NX(f2))} har givet samtykke til bekymringssamtalen og kan nås på {PH(f2)}.",
        f"Skoleleder {NF(sl)} fortæller om stort fravær og konflikter i frikvartererne.",
        f"{cap(NX(u3))} har CPR-nr. {CPR(u3)} og er tidligere registreret i en sag om butikstyveri.",
        f"SSP-konsulent {NF(ssp)} indkalder til bekymringssamtale og sender referat til {EM(f1)}.",
        "Bekymringssamtalen er et tilbud, og den unge og forældrene deltager frivilligt.",
        "Der er ikke grundlag for en underretning på nuværende tidspunkt, men situationen følges tæt.",
        "Gruppen bruger Snapchat og TikTok til at aftale møder, og nogle af de unge er blevet filmet.",
        f"Natteravnene er orienteret om stedet {where}.",
        "De unge blev oplyst om, at politiet kan kontaktes på 114, og at 112 kun er til akutte situationer.",
    ]
    events = [
        f"Opkald fra {NF(f1)} ({PH(f1)}): spørger, hvorfor politiet har kørt sønnen/datteren hjem.",
        f"{cap(NX(pol))} sendte kort notat om aftenens patrulje.",
        f"Far til ung B, {NX(f2)}, ringede fra {PHF(f2)} – er på arbejde i udlandet.",
        f"Bekymringssamtale aftalt {MD()} kl. {KL()} på politistationen.",
        f"{cap(NX(u2))} mødte ikke op; sms sendt til {PH(u2)}.",
        f"Mail til {EM(f2)} med invitation.",
        f"{cap(NX(f1))} ringede og dikterede sin mail: {EM(f1, spoken=True)}.",
        f"Telefonsvarer fra far til ung B: \"ring på {PH(f2, spoken=True)}\".",
        f"{cap(NX(u1))} og mor mødte op. Samtalen varede 40 minutter.",
        f"Skoleleder {NX(sl)} deltog via Teams.",
        "Ingen nye hændelser i weekenden ifølge politiets døgnrapport.",
        f"Politiet slog {NX(u2)} op i registret: født {DOB(u2)}, CPR {CPR(u2)}.",
        f"{cap(NX(u3))} (f. {DOB(u3)}) blev hentet af en forælder.",
        f"{cap(NX(ssp))} aftalte fritidsjob-forløb med den unge.",
    ]
    events[0] = events[0].replace("sønnen/datteren", "sønnen" if u1.gender == "m" else "datteren")
    rows = []
    for u, par in ((u1, f1), (u2, f2), (u3, P("forælder", None, (33, 60), u3.origin))):
        rows.append(f"| {cl(NF(u), u.role)} | {cl(DOB(u), str(AGE(u)) + ' år')} | {cl(NF(par), 'forælder')} | {cl(PH(par), 'via skolen')} | "
                    f"{pick('bekymringssamtale', 'ingen handling', 'orientering af forældre', 'henvisning til klub')} |")
    lbody = [
        f"Politiet og kommunens SSP-samarbejde inviterer jer til en bekymringssamtale om {N1(u1)}.",
        f"Samtalen finder sted {MD()} kl. {KL()} på politistationen.",
        f"Til stede er forebyggelsesbetjent {NF(pol)} og SSP-konsulent {NF(ssp)}.",
        "Samtalen er ikke et forhør, men en snak om, hvordan vi sammen kan hjælpe.",
        f"Hvis I ikke kan komme, så ring til {NX(ssp)} på {PH(ssp)}.",
        f"Brevet er sendt til {AD(f1)}.",
        "I er velkomne til at tage en bisidder eller tolk med.",
    ]
    mbody = [
        f"Hej {N1(ssp)}, jeg har snakket med {N1(u1)} om det, der skete fredag.",
        f"Han siger, at det var {NF(u3)}, der havde kniven, ikke ham.",
        "Vi kommer gerne til samtalen, men ikke i skoletiden.",
        f"Mit nummer er {PH(f1)}, og min mand kan nås på {PH(f1, second=True)}.",
        f"Hilsen {NF(f1)}",
    ]
    if u1.gender == "f":
        mbody[1] = mbody[1].replace("Han siger", "Hun siger").replace("ikke ham", "ikke hende")
    neutral = ['SSP står for samarbejdet mellem skole, socialforvaltning og politi.', 'Oplysninger udveksles efter retsplejelovens § 115.', 'Bekymringssamtalen er frivillig og ikke en straffesag.', 'Den kriminelle lavalder i Danmark er 15 år.', 'Natteravnene går ture fredag og lørdag aften.', 'Ungdomsklubben holder åbent til kl. 22 på hverdage.', 'Hærværket skete ved Banegårdspladsen og ved busterminalen.', 'Politiets døgnrapport nævnte ingen personer under 15 år.']
    R.shuffle(neutral)
    return dict(org='SSP-sekretariatet', neutral=neutral, child=u1,
        t_kv=pick("SSP-møde – referat", "Bekymringssamtale: stamoplysninger", "SSP LOKALGRUPPE – MØDEREFERAT"), kv=kvl,
        t_prose=pick("Referat fra SSP-møde", "Politiets forebyggelsesafdeling – notat", "Kriminalpræventivt notat"),
        prose=prose, t_log=pick("Opkaldslog – forældre", "Log: SSP-konsulent"), events=events,
        t_tab="Unge drøftet på SSP-mødet", header="| Ung | Født/alder | Forælder | Tlf. | Handling |", rows=rows,
        rcpt=f1, subject="Invitation til bekymringssamtale", lbody=lbody, sender=ssp, stitle="SSP-konsulent",
        msender=f1, mto=ssp, msubject="Om fredag", mbody=mbody, sms=f2,
        smsbody=[f"hej det er far til {N1(u2)}", "han kommer ikke til mødet han har arbejde",
                 f"ring på {PHF(f2)} jeg er i udlandet", "tak"])


GENRES = [("tolk", g_tolk), ("tand", g_tand), ("spil", g_spil), ("flyt", g_flyt), ("efter", g_efter),
          ("ssp", g_ssp)]


# ---------------------------------------------------------------- shells
ORGS = ["Børn og Unge, Myndighed", "Familieafdelingen", "Børne- og Familieafdelingen", "Center for Børn og Familie",
        "Ungeenheden", "Tandplejen"]


def sig(p, title, org=None):
    if C():
        return ["Med venlig hilsen", cap(title), org or R.choice(ORGS)]
    out = ["Med venlig hilsen" if R.random() < 0.7 else "Venlig hilsen", NF(p), title]
    if R.random() < 0.7:
        out.append(f"{pick('Tlf.', 'Direkte', 'Mobil')} {PH(p)}")
    if R.random() < 0.5:
        out.append(EM(p, work=True))
    return out


def paragraphs(body):
    out, cur = [], []
    for b in body:
        cur.append(b)
        if len(cur) >= R.randint(2, 4):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return "\n\n".join(out)


def sel(head, extras, tail, band):
    r = assemble_parts(head, extras, tail, band)
    return r


def assemble_parts(head, extras, tail, band):
    lo, hi = band
    ok = (lambda s: s is not None and GAP not in s)
    head = [h for h in head if ok(h)]
    tail = [t for t in tail if ok(t)]
    idx = [i for i, e in enumerate(extras) if ok(e)]
    base = sum(wc(x) for x in head + tail)
    if base > hi:
        return None
    target = R.randint(lo + (hi - lo) // 4, hi)
    order = idx[:]
    R.shuffle(order)
    if not C():
        keys = {i: R.random() + 3.0 * extras[i].count(S0) / max(1, wc(extras[i])) for i in order}
        order.sort(key=lambda i: -keys[i])
    chosen, n = [], base
    for i in order:
        if n >= target:
            break
        w = wc(extras[i])
        if n + w <= hi:
            chosen.append(i)
            n += w
    if n < lo:
        return None
    chosen.sort()
    return head, [extras[i] for i in chosen], tail


def looks(k):
    out = []
    for _ in range(k * 4):
        x = LOOK()
        if not any(x[:15] == y[:15] for y in out):
            out.append(x)
        if len(out) == k:
            break
    return out


def sh_kv(g, band):
    sep = pick(": ", ": ", " – ", "\t")
    kvs = [x.replace(": ", sep, 1) if x else x for x in g["kv"]]
    notes = [f"Bemærkning: {x}" for x in R.sample(g["prose"], 3)]
    r = sel([g["t_kv"]], kvs + notes + g["neutral"][:cl(1, 4)] + looks(cl(1, 3)), [], band)
    return None if r is None else "\n".join(r[0] + r[1] + r[2])


def sh_prose(g, band):
    tail = [f"/{NI(g['sender'])}"] if not C() and R.random() < 0.5 else []
    r = sel([g["t_prose"]], g["prose"] + g["neutral"][:cl(2, 5)] + looks(cl(2, 4)), tail, band)
    if r is None:
        return None
    return "\n".join(r[0] + [paragraphs(r[1])] + r[2])


def sh_log(g, band):
    ev = g["events"] + g["neutral"][:cl(1, 3)] + looks(cl(1, 3))
    ts = sorted(R.sample(range(7 * 60, 21 * 60), len(ev)))
    style = pick("kl. {h:02d}.{m:02d} – ", "{h:02d}:{m:02d}  ", "[{h:02d}.{m:02d}] ")
    lines = [style.format(h=t // 60, m=t % 60) + e for t, e in zip(ts, ev)]
    r = sel([g["t_log"], f"Dato: {MD()}"], lines, [], band)
    return None if r is None else "\n".join(r[0] + r[1] + r[2])


def sh_table(g, band):
    ncol = g["header"].count("|") - 1
    notes = [f"Note: {x}" for x in g["prose"][:6] + g["neutral"][:cl(1, 4)]] + looks(cl(1, 3))
    r = sel([g["t_tab"], g["header"], "|" + "---|" * ncol], g["rows"] + notes, [], band)
    return None if r is None else "\n".join(r[0] + r[1] + r[2])


def sh_letter(g, band):
    rc = g["rcpt"]
    if C():
        if rc is g.get("child"):
            to, hi_ = R.choice([("Til den unge", "Hej"), ("Til den unge (personligt)", "Kære dig")])
        else:
            to, hi_ = R.choice([("Til forældremyndighedsindehaverne", "Kære forældre"),
                                ("Til familien", "Kære familie"), ("Til forældrene", "Kære begge")])
        head = [to, "Sendt via Digital Post", "", f"Dato: {MD()}", "", f"Vedr.: {g['subject']}", "", hi_]
    else:
        head = [NF(rc), AD(rc, "two"), "", f"Dato: {MD()}", "", f"Vedr.: {g['subject']}", "",
                f"{pick('Kære', 'Hej')} {N1(rc)}"]
        if R.random() < 0.35:
            head.insert(2, f"CPR: {CPR(rc)}")
        elif R.random() < 0.6 and g.get("child") is not None:
            ch = g["child"]
            head.insert(2, f"Vedr. {NF(ch)}, født {DOB(ch)}")
    r = sel(head, g["lbody"] + g["neutral"][:cl(1, 3)] + looks(cl(1, 2)), sig(g["sender"], g["stitle"], g.get("org")), band)
    if r is None:
        return None
    return "\n".join(r[0] + ["", paragraphs(r[1]), ""] + r[2])


def sh_msg(g, band):
    if R.random() < 0.6:
        ms = g["msender"]
        head = [cl(f"Fra: {NF(ms)} <{EM(ms)}>", f"Fra: {ms.role} (sikker post)"),
                f"Sendt: {MD()} {KL()}", cl(f"Til: {NF(g['mto'])}", f"Til: {g['mto'].role}"),
                f"Emne: {g['msubject']}", ""]
        body = g["mbody"] + (g["neutral"][:3] + looks(2) if C() else [])
    else:
        sp = g["sms"]
        head = [cl(f"Indsat sms fra {NF(sp)} ({PH(sp)}), modtaget {MD()} kl. {KL()}:",
                   f"Indsat sms fra {sp.role}, modtaget {MD()} kl. {KL()}:")]
        head += ["> " + x for x in g["smsbody"][:2]]
        body = ["> " + x for x in g["smsbody"][2:]] + [f"Notat: {x}" for x in g["prose"][:5] + g["neutral"][:cl(1, 4)]] + (looks(2) if C() else [])
    r = sel(head, body, [], band)
    return None if r is None else "\n".join(r[0] + r[1] + r[2])


SHELLS = [("kv", sh_kv, 3), ("prose", sh_prose, 3), ("log", sh_log, 2), ("table", sh_table, 1.5),
          ("letter", sh_letter, 2), ("msg", sh_msg, 2)]


# ---------------------------------------------------------------- institutions
def itype(n):
    low = n.lower()
    if "efterskole" in low:
        return "efterskole"
    if "skole" in low and "skolehjem" not in low:
        return "skole"
    if any(k in low for k in ("børnehave", "vuggestue", "dagpleje", "børnehuset")):
        return "dagtilbud"
    if any(k in low for k in ("klub", "spejder", "fodbold")):
        return "klub"
    if any(k in low for k in ("pleje", "netværksplejen")):
        return "pleje"
    return "bosted"


def inst_text():
    by = {}
    for n in INSTITUTIONS:
        by.setdefault(itype(n), []).append(n)
    I = lambda t: M("institution", R.choice(by[t]))
    return pick(
        f"Barnet ({R.randint(7, 12)} år) går i {pick('1.', '2.', '3.', '4.')} klasse på {I('skole')} og i klub i {I('klub')} om eftermiddagen.",
        f"Den unge har fået plads på {I('efterskole')} fra august; optagelsesbrevet er sendt til forældrene via Digital Post.",
        f"Plejefamilien er tilknyttet {I('pleje')}, som står for supervision og kurser.",
        f"Ved statusmødet deltog en pædagog fra {I('dagtilbud')}. Barnet ({R.randint(3, 5)} år) trives og er glad for de voksne.",
        f"Anbringelsen på {I('bosted')} ophører {MD()}, og den unge flytter i udslusningsbolig.",
        f"Skolelederen på {I('skole')} har sendt en underretning om højt fravær i {pick('7.b', '8.a', '6.c')}.",
        f"Drengen bor på {I('bosted')} og kommer i {I('klub')} to gange om ugen.",
        f"Pigen er skrevet op til {I('efterskole')}; indtil da fortsætter hun på {I('skole')}.",
        f"Socialtilsynet har godkendt {I('bosted')} til {R.randint(4, 9)} pladser efter et anmeldt tilsynsbesøg.",
        f"Forældrene ønsker skoleskift fra {I('skole')} til {I('skole')} efter sommerferien.",
        f"Efter weekendbesøget kørte kontaktpersonen barnet tilbage til {I('bosted')} kl. {KL()}.",
        f"Ifølge {I('efterskole')} har den unge deltaget stabilt i undervisningen siden uge {R.randint(2, 50)}.",
        f"Barnet ({R.randint(1, 2)} år) starter i {I('dagtilbud')} til maj; sundhedsplejen har orienteret forældrene.",
        f"Netværksplejefamilien får supervision gennem {I('pleje')} og aflastning en weekend om måneden.",
    )


# ---------------------------------------------------------------- checks
POOL = []
for _o, (_m, _f, _s) in ORIGINS.items():
    for _n in _m + _f:
        POOL.append(_n)
    for _n in _s:
        POOL.extend(_n.split("|"))
for _k, _v in NICK.items():
    POOL.append(_v)
POOL = sorted(dict.fromkeys(POOL), key=lambda x: (-len(x), x))
POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in POOL) + "|" +
                     "|".join(re.escape(x.upper()) for x in POOL) + r")(?!\w)")
PHONE_RE = re.compile(r"(?<![\w+.,/-])(?:(?:\+|00)\d{1,3}[ .-]?)?(?:\d{8}|\d{2}(?: \d{2}){3}|\d{4} \d{4}|"
                      r"\d{2}(?:\.\d{2}){3}|\d{2}(?:-\d{2}){3})(?!\w|[.,/-]\d)")
CPR_RE = re.compile(r"(?<![\w.,/-])\d{2}[. -]?\d{2}[. -]?\d{2}[ -]?\d{4}(?!\w|[.,/-]\d)")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in STREETS) + r")\s*(?:nr\.\s*)?\d", re.I)
FODT_RE = re.compile(r"(?<!\w)(?:født|f\.|fødselsdato)\s*:?\s*(?:den\s+)?\d", re.I)
ALLOWED = {"planted": ("name", "phone", "email", "address", "dob", "cpr"), "clean": (), "inst": ("institution",)}


def check(text, spans, band, mode):
    errs = []
    prev = 0
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            errs.append("offset")
        if s["start"] < prev:
            errs.append("overlap")
        prev = s["end"]
        if s["text"] != s["text"].strip() or not s["text"]:
            errs.append("ws")
        if s["kind"] not in ALLOWED[mode]:
            errs.append("kind " + s["kind"])
    n = len(text.split())
    if not band[0] <= n <= band[1]:
        errs.append(f"band {n}")
    for ch in (S0, S1, S2, GAP):
        if ch in text:
            errs.append("ctrl")
    inside = lambda a, b: any(s["start"] <= a and b <= s["end"] for s in spans)
    for s in spans:
        for m_ in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not inside(m_.start(), m_.end()):
                errs.append("copy " + s["text"])
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            if chars[i] != "\n":
                chars[i] = "§"
    masked = "".join(chars)
    for m_ in POOL_RE.finditer(masked):
        errs.append("pool " + m_.group(0))
    for rx in (PHONE_RE, CPR_RE):
        for m_ in rx.finditer(masked):
            if m_.group(0) not in PUBNUM:
                errs.append("num " + m_.group(0))
    if "@" in masked:
        errs.append("@")
    for m_ in STREET_RE.finditer(masked):
        errs.append("street " + m_.group(0))
    for m_ in FODT_RE.finditer(masked):
        errs.append("fodt " + m_.group(0))
    return errs


# ---------------------------------------------------------------- driver
BANDS = {"S": (30, 80), "M": (81, 150), "L": (151, 300)}
ERRLOG = {}


ROLEWORDS = ["mor", "far", "sagsbehandleren", "tolken", "tandlægen", "klinikassistenten", "rådgiveren",
             "inkassomedarbejderen", "vennen", "mentoren", "kontaktpersonen", "skolelederen", "SSP-konsulenten",
             "forebyggelsesbetjenten", "klasselæreren", "plejefar", "moster", "koordinatoren", "udlejningskonsulenten",
             "den", "Barn", "Ung", "barnet", "pigen", "drengen", "forælder"]
DUP_RE = re.compile(r"(?<![\w-])([\w-]{3,})(, | )([\w-]+)(,?)")


def declutter(m):
    def fix(mo):
        w1, sep, w2, tr = mo.groups()
        if w2 in ROLEWORDS and w2.lower().startswith(w1.lower()):
            out = (w2[0].upper() + w2[1:]) if w1[0].isupper() else w2
            return out + ("" if sep == ", " and tr == "," else tr)
        return mo.group(0)
    pos = 0
    while True:
        mo = DUP_RE.search(m, pos)
        if not mo:
            break
        new = fix(mo)
        if new != mo.group(0):
            m = m[:mo.start()] + new + m[mo.end():]
            pos = mo.start()
        else:
            pos = mo.start() + len(mo.group(1)) + 1
    m = re.sub(r"(?i)\b(den nye plejemor|mor til Ung A|far til Ung B|den nuværende plejemor), \1,", r"\1", m)
    m = re.sub(r"(?<![\w-])([\w-]+) \(\1\)", r"\1", m)
    m = re.sub(r"\b(Hej|Kære) (sagsbehandleren|rådgiveren|mentoren|SSP-konsulenten|klinikassistenten)\b", r"\1", m)
    m = re.sub(r"\b([Dd]in|[Dd]it) (mentor|sagsbehandler|kontaktperson)en\b", r"\1 \2", m)
    return m


def draw(band, gfn, clean, forbidden=()):
    ST["clean"] = clean
    for _ in range(600):
        g = gfn()
        name, fn = wchoice([((k, f), w) for k, f, w in SHELLS])
        m = fn(g, band)
        if m is None:
            continue
        m = m.replace("kr..", "kr.")
        if clean:
            m = declutter(m)
        text, spans = parse(m)
        errs = check(text, spans, band, "clean" if clean else "planted")
        if clean:
            for f in forbidden:
                if f in text:
                    errs.append("leak " + f)
                    break
        if errs:
            for e in errs[:1]:
                ERRLOG[e.split()[0]] = ERRLOG.get(e.split()[0], 0) + 1
            continue
        return text, spans, name
    raise SystemExit(f"no valid draw for band {band} genre {gfn.__name__} clean={clean}: {ERRLOG}")


def plan():
    bands = ["S"] * 80 + ["M"] * 80 + ["L"] * 80
    R.shuffle(bands)
    genres = [GENRES[i % 6] for i in range(240)]
    R.shuffle(genres)
    return list(zip(bands, genres))


def main():
    planted, stats = [], []
    for i, (b, (gname, gfn)) in enumerate(plan(), 1):
        text, spans, shell = draw(BANDS[b], gfn, False)
        planted.append({"id": f"{CORPUS}-p{i:03d}", "text": text, "planted": spans})
        stats.append(("p", gname, shell, b))
    forbidden = []
    for d in planted:
        for s in d["planted"]:
            if s["kind"] != "name" and s["text"] not in forbidden:
                forbidden.append(s["text"])
    clean = []
    for i, (b, (gname, gfn)) in enumerate(plan(), 1):
        text, spans, shell = draw(BANDS[b], gfn, True, forbidden)
        clean.append({"id": f"{CORPUS}-c{i:03d}", "text": text, "planted": []})
        stats.append(("c", gname, shell, b))
    ST["clean"] = False
    inst = []
    for i in range(1, 31):
        for _ in range(200):
            text, spans = parse(inst_text())
            if not check(text, spans, (12, 40), "inst"):
                break
        else:
            raise SystemExit("institution draw failed")
        inst.append({"id": f"{CORPUS}-i{i:03d}", "text": text, "planted": spans})
    # ---- corpus-level checks
    for docs, pre in ((planted, "p"), (clean, "c"), (inst, "i")):
        ids = [d["id"] for d in docs]
        assert ids == [f"{CORPUS}-{pre}{k:03d}" for k in range(1, len(docs) + 1)], "ids"
    for d in clean:
        for f in forbidden:
            assert f not in d["text"], ("leak", d["id"], f)
    counts = {}
    for d in planted:
        for s in d["planted"]:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    total = sum(counts.values())
    assert 3000 <= total <= 4500, (total, counts)
    for k in ("phone", "address", "dob"):
        assert counts.get(k, 0) >= 250, (k, counts)
    for k in ("cpr", "email"):
        assert counts.get(k, 0) >= 120, (k, counts)
    assert counts["name"] == max(counts.values()), counts
    for fn, docs in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8", newline="\n") as fh:
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8") as fh:
        tab = {}
        for mode, g, sh, b in stats:
            key = f"{mode}/{g}/{sh}"
            tab[key] = tab.get(key, 0) + 1
        bands = {}
        for mode, g, sh, b in stats:
            bands[f"{mode}/{b}"] = bands.get(f"{mode}/{b}", 0) + 1
        json.dump({"span_counts": counts, "total": total, "per_kind_shell": dict(sorted(tab.items())),
                   "bands": dict(sorted(bands.items())), "rejected_draws_first_error": dict(sorted(ERRLOG.items()))},
                  fh, ensure_ascii=False, indent=1)
    print(json.dumps(counts, ensure_ascii=False), total)
    for fn in ("planted.jsonl", "clean.jsonl", "institutions.jsonl"):
        print(fn, hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
