#!/usr/bin/env python3
"""Build the blind44 held-out corpus (planted / clean / institutions). Stdlib only, fixed seed."""
import json, re, sys, unicodedata, hashlib, os
import random as _random
from pools import (NAMES, ORIGIN_WEIGHTS, NICK, WORD_NAMES, STREETS, TOWNS, MUNIS, HOSPITALS, PRIV_DOMAINS,
                   WORK_DOMAINS, FOREIGN_ADDR, FOREIGN_PHONE, PUBLIC_NUMBERS)

SEED = 44044
CORPUS = "blind44"
OUT = os.path.dirname(os.path.abspath(__file__))
R = _random.Random(SEED)
S, M, E = "\x01", "\x02", "\x03"          # span markers: S kind M text E
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
NOLOWER = set(WORD_NAMES) | {"Nok", "Line", "Jasmin", "Can", "Helle"}


def ch(seq):
    return seq[R.randrange(len(seq))]


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def mk(kind, text):
    assert text == text.strip() and text, (kind, text)
    return f"{S}{kind}{M}{text}{E}"


def fold(s):
    s = s.replace("ø", "oe").replace("Ø", "Oe").replace("æ", "ae").replace("Æ", "Ae").replace("å", "aa").replace("Å", "Aa")
    s = s.replace("ł", "l").replace("ı", "i").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", "")


# ---------------------------------------------------------------- numbers
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs", 9: "halvfems"}


def spoken2(d):
    a, b = int(d[0]), int(d[1])
    if a == 0:
        return "nul " + ONES[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else ("et" if b == 1 else ONES[b]) + "og" + TENS[a]


def danish_digits():
    while True:
        d = str(ch([2, 3, 4, 5, 6, 8, 9])) + "".join(str(R.randrange(10)) for _ in range(7))
        if d[:2] not in ("70", "80", "90") and len(set(d)) > 3:
            return d


def fmt_phone(d, shape):
    g2 = [d[0:2], d[2:4], d[4:6], d[6:8]]
    if shape == "8": return d
    if shape == "2222": return " ".join(g2)
    if shape == "44": return d[:4] + " " + d[4:]
    if shape == "dots": return ".".join(g2)
    if shape == "dash": return "-".join(g2)
    if shape == "+45": return "+45 " + " ".join(g2)
    if shape == "+45c": return "+45" + d
    if shape == "0045": return "0045 " + d
    if shape == "+45-44": return "+45 " + d[:4] + " " + d[4:]
    if shape == "spoken": return ", ".join(spoken2(x) for x in g2)
    raise ValueError(shape)


PHONE_SHAPES = [("8", 20), ("2222", 30), ("44", 10), ("dots", 5), ("dash", 5), ("+45", 10), ("+45c", 4),
                ("0045", 4), ("+45-44", 4)]


def foreign_phone(origin):
    code, groups = FOREIGN_PHONE[origin]
    parts = []
    for i, n in enumerate(groups):
        g = str(R.randrange(1, 10)) + "".join(str(R.randrange(10)) for _ in range(n - 1)) if i == 0 else \
            "".join(str(R.randrange(10)) for _ in range(n))
        parts.append(g)
    return code + " " + " ".join(parts)


# ---------------------------------------------------------------- dates
def rand_date(y0, y1):
    y = R.randint(y0, y1); m = R.randint(1, 12)
    dim = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (y, m, R.randint(1, dim))


def fmt_date(dt, f):
    y, m, d = dt
    if f == "dmy": return f"{d:02d}.{m:02d}.{y}"
    if f == "dmy1": return f"{d}.{m}.{y}"
    if f == "long": return f"{d}. {MONTHS[m-1]} {y}"
    if f == "iso": return f"{y}-{m:02d}-{d:02d}"
    if f == "slash": return f"{d:02d}/{m:02d}-{y % 100:02d}"
    if f == "dash": return f"{d:02d}-{m:02d}-{y}"
    if f == "en": return f"{d} {EN_MONTHS[m-1]} {y}"
    if f == "enus": return f"{EN_MONTHS[m-1]} {d}, {y}"
    if f == "short": return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if f == "spoken": return f"den {d}. {MONTHS[m-1]} {y}"
    raise ValueError(f)


DOB_FMTS = [("dmy", 30), ("dmy1", 6), ("long", 16), ("iso", 8), ("slash", 8), ("dash", 6), ("en", 5), ("enus", 3),
            ("short", 6)]


def event_date(f=None):
    dt = rand_date(2024, 2025)
    return fmt_date(dt, f or wch([("dmy", 5), ("long", 4), ("dmy1", 1)]))


def tm():
    return f"{wch([(R.randint(0, 6), 1), (R.randint(7, 17), 4), (R.randint(18, 23), 2)]):02d}.{ch(['00', '05', '10', '12', '15', '20', '25', '30', '35', '40', '45', '47', '50', '55'])}"


_CLK = [0, 0]


def clock_reset():
    _CLK[0] = R.randint(6 * 60, 20 * 60)
    _CLK[1] = R.randint(0, 400)


def lt():
    _CLK[0] = (_CLK[0] + R.randint(4, 55)) % (24 * 60)
    return f"{_CLK[0] // 60:02d}.{_CLK[0] % 60:02d}"


def ld():
    _CLK[1] += R.randint(1, 12)
    y, dd = (2024, _CLK[1]) if _CLK[1] < 366 else (2025, _CLK[1] - 366)
    dim = [31, 29 if y == 2024 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    m = 0
    while dd >= dim[m]:
        dd -= dim[m]; m += 1
        if m == 12:
            m, dd = 11, 30
            break
    return f"{dd + 1:02d}.{m + 1:02d}.{y} {R.randint(8, 21):02d}.{ch(['00', '10', '20', '30', '40', '50'])}"


def dtm():
    return f"{R.randint(8, 15):02d}.{ch(['00', '10', '15', '20', '30', '40', '45', '50'])}"


def pri(f):
    f.pri = True
    return f


def meet():
    h = R.randint(8, 14); m = ch(["00", "15", "30"]); d = R.randint(1, 2)
    return f"{h:02d}.{m} til kl. {h + d:02d}.{m}"


def tmc():
    return tm().replace(".", ":")


# ---------------------------------------------------------------- persons
class P:
    pass


def cpr_of(dt, male):
    y, m, d = dt
    yy = y % 100
    if y < 2000:
        c7 = ch([0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
    else:
        c7 = ch([5, 6, 7, 8] + ([4, 9] if yy <= 36 else []))
    mid = f"{c7}{R.randrange(10)}{R.randrange(10)}"
    last = ch([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    return f"{d:02d}{m:02d}{yy:02d}", f"{mid}{last}"


def fmt_cpr(c):
    a, b = c
    return wch([(f"{a}-{b}", 50), (f"{a} {b}", 12), (f"{a}{b}", 14), (f"{a[:2]}.{a[2:4]}.{a[4:]}-{b}", 8),
                (f"{a[:2]} {a[2:4]} {a[4:]} {b}", 6), (f"{a} - {b}", 4), (f"{a}/{b}", 3)])


def misspell(s):
    for a, b in [("mm", "m"), ("kk", "k"), ("ss", "s"), ("nn", "n"), ("ll", "l"), ("y", "i"), ("ø", "ö"),
                 ("ph", "f"), ("ou", "u"), ("ae", "a"), ("ia", "ija"), ("ie", "ei"), ("e", "æ"), ("a", "aa")]:
        if a in s[1:]:
            i = s.index(a, 1)
            return s[:i] + b + s[i + len(a):]
    return s + "h"


def street_addr():
    st = ch(STREETS); n = R.randint(1, 148)
    letter = ch(["", "", "", "", "A", "B", "C"])
    floor = wch([("", 50), ("st. tv.", 6), ("st. th.", 6), ("1. tv.", 6), ("1. th.", 6), ("2. tv.", 5), ("2. mf.", 3),
                 ("3. th.", 4), ("4. 12", 2), ("1. sal", 3)])
    pc, town = ch(TOWNS)
    return dict(st=st, n=f"{n}{letter}", floor=floor, pc=pc, town=town)


def fmt_addr(a, style=None):
    st, n, fl, pc, town = a["st"], a["n"], a["floor"], a["pc"], a["town"]
    head = f"{st} {n}" + (f", {fl}" if fl else "")
    style = style or wch([("full", 45), ("street", 18), ("two", 10), ("sloppy", 8), ("nocomma", 8), ("town", 11)])
    if style == "full": return f"{head}, {pc} {town}"
    if style == "street": return head
    if style == "two": return f"{head}\n{pc} {town}"
    if style == "town": return f"{st} {n} i {town.split()[0]}"
    if style == "nocomma": return f"{st} {n} {fl.replace('.', '') + ' ' if fl else ''}{pc} {town}".replace("  ", " ")
    if style == "sloppy":
        t = f"{st.lower()} {n.lower()}" + (f" {fl.replace('.', '')}" if fl else "") + f" {pc} {town.lower().replace('aa', 'å')}"
        return t
    raise ValueError(style)


def foreign_addr(origin):
    opts = [t for o, t in FOREIGN_ADDR if o == origin] or [t for _, t in FOREIGN_ADDR]
    return ch(opts).format(n=R.randint(2, 97), m=R.randint(1, 19))


def new_person(role, sex=None, age=None, origin=None, last=None, clean_role=None):
    p = P()
    p.role = role
    p.sex = sex or ch("fm")
    p.origin = origin or wch(ORIGIN_WEIGHTS)
    fem, mal, sur = NAMES[p.origin]
    p.first = ch(fem if p.sex == "f" else mal)
    if R.random() < 0.06 and p.origin in ("dk", "dkrare"):
        p.first = p.first + "-" + ch(fem if p.sex == "f" else mal)
    p.last = last or ch(sur)
    if last is None and R.random() < 0.08 and p.origin in ("dk", "dkrare", "word"):
        p.last = ch(NAMES["dkrare"][2]) + " " + p.last if R.random() < 0.5 else p.last + "-" + ch(NAMES["dk"][2])
    if age is None:
        age = R.randint(24, 55)
    p.age = age
    p.dobt = rand_date(2025 - age - 1, 2025 - age - 1) if 2025 - age - 1 <= 2022 else rand_date(2022, 2022)
    p.cpr = cpr_of(p.dobt, p.sex == "m")
    p.dobf = wch(DOB_FMTS)
    p.cprs = fmt_cpr(p.cpr)
    d = danish_digits()
    p.phone = fmt_phone(d, wch(PHONE_SHAPES))
    p.addr = street_addr()
    p.clean = clean_role or role
    p.mentioned = False
    p.nick = NICK.get(p.first)
    em_user = wch([(f"{fold(p.first)}.{fold(p.last)}", 4), (f"{fold(p.first)}{R.randint(70, 99)}", 2),
                   (f"{fold(p.first)[:3]}{fold(p.last)[:4]}", 1), (f"{fold(p.first)}_{fold(p.last)[0]}", 1),
                   (f"{fold(p.last)}.{fold(p.first)}", 1)])
    p.email = f"{em_user}@{ch(PRIV_DOMAINS)}"
    return p


def pro(role, clean_role, domain=None, sex=None):
    p = new_person(role, sex=sex, clean_role=clean_role)
    ini = (p.first[0] + p.last.replace("-", " ").split()[0][0]).upper()
    if R.random() < 0.5:
        ini = (p.first[:2] + p.last[0]).upper() if R.random() < 0.5 else p.first[0].upper() + p.last[0].upper() + ch("BKLMHNS")
    p.ini = fold(ini).upper() if not ini.isascii() else ini
    dom = domain or ch(["aarhus.dk", "randers.dk", "silkeborg.dk", "odense.dk", "aalborg.dk", "vejle.dk", "kk.dk", "herning.dk"])
    p.email = wch([(f"{fold(p.first)}.{fold(p.last)}@{dom}", 3), (f"{p.ini.lower()}@{dom}", 2),
                   (f"{fold(p.first)[:4]}{fold(p.last)[:2]}@{dom}", 1)])
    d = danish_digits()
    p.phone = fmt_phone(d, wch([("2222", 5), ("8", 2), ("44", 2), ("+45", 1)]))
    return p


def child(age=None, last=None, origin=None, clean_role="Barn A", sex=None):
    age = age if age is not None else R.randint(2, 17)
    return new_person("barn", sex=sex, age=age, last=last, origin=origin, clean_role=clean_role)


# ---------------------------------------------------------------- context and renderers
class Ctx:
    def __init__(self, planted):
        self.P = planted


C = Ctx(True)


def _name_string(p, f):
    full = f"{p.first} {p.last}"
    if f == "full": return full
    if f == "first": return p.first
    if f == "last": return p.last
    if f == "rev": return f"{p.last}, {p.first}"
    if f == "caps": return full.upper()
    if f == "capslast": return f"{p.last.upper()}, {p.first}"
    if f == "lower": return p.first.lower() if p.first not in NOLOWER and p.first.split("-")[0] not in NOLOWER else p.first
    if f == "ini":
        return getattr(p, "ini", None) or ".".join(w[0] for w in full.replace("-", " ").split()[:2]) + "."
    if f == "iniodots": return ".".join(w[0] for w in full.replace("-", " ").split()[:2]) + "."
    if f == "nick": return p.nick or p.first
    if f == "mis": return misspell(p.first)
    if f == "mislast": return misspell(p.last)
    raise ValueError(f)


def nm(p, f=None, cap=False, role=None):
    """Name span (planted) or role word (clean)."""
    if not C.P:
        r = role or p.clean
        if r.startswith("Barn") or r.startswith("den unge") and False:
            pass
        if not p.mentioned and hasattr(p, "age") and r.startswith(("Barn", "Ung")):
            p.mentioned = True
            return f"{r} ({p.age} år)"
        p.mentioned = True
        return r[0].upper() + r[1:] if cap else r
    if f is None:
        if not p.mentioned:
            f = wch([("full", 80), ("caps", 4), ("rev", 4), ("first", 12)])
        else:
            f = wch([("first", 68), ("full", 10), ("last", 4), ("nick", 5), ("mis", 4), ("iniodots", 3), ("lower", 2),
                     ("mislast", 1)])
    p.mentioned = True
    return mk("name", _name_string(p, f))


def tn(title, p, f=None, cap=False):
    """title + name (planted) or the role alone (clean)"""
    if not C.P:
        p.mentioned = True
        return p.clean[0].upper() + p.clean[1:] if cap else p.clean
    return (title[0].upper() + title[1:] if cap else title) + " " + nm(p, f)


def wr(p, f=None, word=None):
    """name followed by '(role)' in planted; role alone in clean"""
    if not C.P:
        p.mentioned = True
        return word or p.clean
    return nm(p, f) + f" ({word or p.clean})"


def nma(p, f=None, cap=False):
    if not C.P and not p.mentioned and p.clean.startswith(("Barn", "Ung")):
        return nm(p, f, cap)
    return nm(p, f, cap) + f" ({p.age} år)"


def gen(p, f=None, cap=False, role=None):
    if not C.P:
        r = role or p.clean
        r = r[0].upper() + r[1:] if cap else r
        p.mentioned = True
        return r + ("'s" if r[-1].isupper() or r[-1] == ")" else "s")
    if f is None:
        f = "first" if p.mentioned else "full"
    p.mentioned = True
    s = _name_string(p, f)
    if s[-1] in "sxzSXZ":
        return mk("name", s) + "'"
    return mk("name", s + "s")


GEN_PH = ["ikke oplyst", "fremgår af fagsystemet", "hemmeligt nummer", "oplyses ved henvendelse", "se journal"]
GEN_AD = ["kendt af forvaltningen", "fremgår af CPR-registret", "beskyttet adresse", "se fagsystem", "ikke oplyst"]
GEN_EM = ["via Digital Post", "sikker mail via kommunens hjemmeside", "ikke oplyst", "via borger.dk"]


def ph(p, c=None, shape=None):
    if not C.P:
        return ch(c) if isinstance(c, list) else (c or ch(GEN_PH))
    if shape == "foreign":
        return mk("phone", p.fphone)
    if shape:
        return mk("phone", fmt_phone(re.sub(r"\D", "", p.phone)[-8:], shape))
    return mk("phone", p.phone)


def em(p, c=None, spoken=False):
    if not C.P:
        return ch(c) if isinstance(c, list) else (c or ch(GEN_EM))
    if spoken:
        u, d = p.email.split("@")
        return mk("email", u.replace(".", " punktum ").replace("_", " bundstreg ") + " snabel-a " + d.replace(".", " punktum "))
    return mk("email", p.email)


def ad(p, c=None, style=None, addr=None):
    if not C.P:
        return ch(c) if isinstance(c, list) else (c or ch(GEN_AD))
    return mk("address", fmt_addr(addr or p.addr, style))


def fad(p, c=None):
    if not C.P:
        return ch(c) if isinstance(c, list) else (c or "i hjemlandet")
    return mk("address", p.faddr)


def dob(p, f=None, c=None):
    if not C.P:
        return c or f"{p.age} år"
    return mk("dob", fmt_date(p.dobt, f or p.dobf))


def cpr(p, c=None):
    if not C.P:
        return ch(c) if isinstance(c, list) else (c or ch(["ikke oplyst", "se fagsystem", "fremgår af sagen", "afventer"]))
    return mk("cpr", p.cprs)


def born(p):
    """'f. <dob>' or '(9 år)'"""
    if not C.P:
        return f"({p.age} år)"
    return ch(["f. ", "født ", "født d. "]) + dob(p)


def kvdob(p):
    if not C.P:
        return f"Alder: {p.age} år"
    return ch(["Fødselsdato", "Født", "Fødselsdag", "F.dato"]) + ": " + dob(p)


def sig(p, title, org, phone=True, mail=True):
    lines = [nm(p, "full") if C.P else (title[0].upper() + title[1:]), title if C.P else org]
    if C.P:
        lines.append(org)
    if phone:
        lines.append(("Direkte tlf. " if C.P else "Tlf. ") + (ph(p) if C.P else ch(["via omstillingen", "hverdage kl. 9-12"])))
    if mail and C.P:
        lines.append(em(p))
    return "\n".join(lines)


def A(name_or_role):
    return name_or_role


# ---------------------------------------------------------------- shared look-alike material
ICD = [("DS52.5", "fraktur af distale radius"), ("DS06.0", "hjernerystelse"), ("DT74.1", "mistanke om fysisk overgreb"),
       ("DT51.0", "alkoholforgiftning"), ("DJ45.9", "astma, uspecificeret"), ("DS42.0", "fraktur af kraveben"),
       ("DT42.4", "forgiftning med benzodiazepin"), ("DR55", "besvimelse"), ("DS01.8", "sårskade i hovedbund"),
       ("DT39.1", "paracetamolforgiftning"), ("DF43.0", "akut belastningsreaktion"), ("DS00.8", "overfladisk læsion i ansigt")]
MEDS = ["Panodil 500 mg", "Ibuprofen 200 mg", "Ventoline inhalator", "Melatonin 3 mg", "Concerta 36 mg",
        "Stesolid rektalvæske", "Zyrtec", "Calpol mikstur", "Movicol Junior", "Epipen Jr."]
COLORS = ["rød", "orange", "gul", "grøn", "blå"]
AMOUNTS = lambda: f"{R.randint(1, 48)}.{R.randint(0, 999):03d},{ch(['00', '00', '50', '25'])} kr."


def caseno():
    return ch([f"{R.randint(2023, 2025)}-{R.randint(10000, 99999)}", f"27.24.00-G01-{R.randint(10, 999)}-{R.randint(23, 25)}",
               f"S-{R.randint(2024, 2025)}-{R.randint(1000, 9999)}", f"BS {R.randint(1, 99)}-{R.randint(100, 9999)}/{R.randint(2024, 2025)}"])


def cvr():
    return "".join(str(ch([1, 2, 3, 4])) if i == 0 else str(R.randrange(10)) for i in range(8))


def ean():
    return "579800" + "".join(str(R.randrange(10)) for _ in range(7))


# ================================================================ GENRE 1: skadestue / akut / 1813 / ambulance
REL = [("mormor", "f"), ("farmor", "f"), ("moster", "f"), ("faster", "f"), ("morbror", "m"), ("farbror", "m"),
       ("morfar", "m"), ("stedfar", "m"), ("storesøster", "f"), ("nabo", "f")]
REASONS = ["faldet ned fra køjeseng, slået hovedet", "smerter i højre håndled efter fald på trampolin",
           "indtaget ukendt mængde Panodil", "vejrtrækningsbesvær, kendt astma", "snitsår på underarm",
           "fundet beruset ved Banegårdspladsen", "blå mærker på overarme og ryg, uklar forklaring",
           "kramper i hjemmet", "brændt på hånd ved komfur", "slået af ældre søskende ifølge barnet"]


def g_er(fmt):
    k = child()
    par = new_person("forælder", sex=ch("ffm"), last=k.last if R.random() < 0.7 else None, origin=k.origin)
    par.clean = "mor" if par.sex == "f" else "far"
    relw, rs = ch(REL)
    rel = new_person("pårørende", sex=rs, age=R.randint(30, 72), clean_role=relw)
    nurse = pro("sygeplejerske", "sygeplejersken", domain=ch(["rm.dk", "rsyd.dk", "regionh.dk"]))
    doc = pro("læge", "lægen", domain=nurse.email.split("@")[1])
    cw = pro("sagsbehandler", "sagsbehandleren")
    nabo = new_person("nabo", clean_role="naboen")
    amb = pro("ambulance", "ambulancebehandleren", domain="rm.dk")
    hosp = ch(HOSPITALS); muni = ch(MUNIS); icd = ch(ICD); reason = ch(REASONS)
    d = event_date("dmy"); t = tm()
    arr = ch(["med ambulance", "i egen bil", "i taxa", "med ambulance efter opkald til 112", "henvist fra 1813"])
    X = [lambda: f"Supplerende: {nm(par, cap=True)} oplyser, at familien for nylig er flyttet fra {ad(par, addr=street_addr(), c='en anden kommune', style='full')}. Barnets {relw}{' ' + nm(rel, 'full') if C.P else ''} bor på {ad(rel, c='samme vej')} og har {ph(rel)}.",
         lambda: f"Barnets søskende er hos naboen, {nm(nabo, 'full')}, som kan kontaktes på {ph(nabo)}.",
         lambda: f"{tn('sygeplejerske', nurse, cap=True)} har lagt en seddel til dagholdet: {nm(k, 'first')} må ikke udskrives, før {nm(cw, 'full')} ({ph(cw)}) har ringet tilbage.",
         lambda: f"{tn('ambulancebehandler', amb, 'full', cap=True)} oplyser, at døren blev åbnet af {nm(rel)}, og at der lugtede af alkohol.",
         lambda: f"Patientdata: {nm(k, 'rev')}, {cpr(k)}; forælder {nm(par, 'rev')}, {cpr(par)}, {em(par)}."]
    B = []
    if fmt == "kv":
        op = lambda: (f"TRIAGENOTAT – {hosp}\nPatient: {nm(k, 'caps')}\nCPR-nr.: {cpr(k)}\n{kvdob(k)}\n"
                      f"Ankomst: {d} kl. {t}, {arr}\nTriage: {ch(COLORS)}   Kontaktårsag: {reason}")
        B += [lambda: f"Ledsager: {wr(par, 'full')}, tlf. {ph(par)}",
              lambda: f"Bopæl: {ad(par, style='full')}",
              lambda: f"Øvrige pårørende: {wr(rel, 'full')}, tlf. {ph(rel)}",
              lambda: f"Vitalparametre: puls {R.randint(80, 140)}, BT {R.randint(90, 120)}/{R.randint(50, 80)}, SAT {R.randint(94, 100)} %, temp. {R.randint(36, 39)},{R.randint(0, 9)}. GCS 15.",
              lambda: f"Modtaget af sygeplejerske {nm(nurse, 'full')} (stue {R.randint(1, 14)}).",
              lambda: f"Tilset af {tn('læge', doc, 'full')} kl. {tm()}. Diagnosekode: {icd[0]} ({icd[1]}).",
              lambda: f"Givet: {ch(MEDS)}. Observeres {ch(['to', 'fire', 'seks'])} timer.",
              lambda: f"Bemærkning: {nm(k, 'first', cap=True)} virker {ch(['stille og forsigtig', 'uroligt og træt', 'skræmt men samarbejdende'])}. {nm(par, 'first', cap=True)} svarer for barnet på de fleste spørgsmål.",
              lambda: f"Underretning: sendt til {muni}, att. {nm(cw, 'full')}, {em(cw)}",
              lambda: f"Kontaktperson i kommunen: {nm(cw, 'full')}, direkte {ph(cw)}"]
        cl = lambda: f"/{nm(nurse, 'ini')}" if C.P else "/spl."
    elif fmt == "log":
        op = lambda: f"Forløbslog, {hosp}, {d}"
        B += [lambda: f"{lt()} Ambulance ankommer med {nma(k, 'full')}. Med i ambulancen er {nm(par, 'full')}.",
              lambda: f"{lt()} Triage {ch(COLORS)}. {nm(k, cap=True)} klager over ondt i {ch(['hovedet', 'maven', 'armen', 'ryggen'])}.",
              lambda: f"{lt()} {tn('sygeplejerske', nurse, cap=True)} noterer blå mærker på {ch(['venstre overarm', 'begge lår', 'ryggen', 'halsen'])}, som ikke passer med forklaringen.",
              lambda: f"{lt()} {tn('læge', doc, 'full', cap=True)} tilser. Rtg. af {ch(['håndled', 'kraveben', 'underarm'])} bestilt. {icd[0]}.",
              lambda: f"{lt()} Ringet til {tn(relw, rel, 'full')} på {ph(rel)} – telefonsvarer, lagt besked.",
              lambda: f"{lt()} {nm(rel, cap=True)} ringer tilbage fra {ph(rel, shape='+45')} og oplyser at bo på {ad(rel, c='en adresse i nærheden')}.",
              lambda: f"{lt()} {nm(par, cap=True)} forlader afdelingen kortvarigt. Oplyser mobil {ph(par)} og {em(par)}.",
              lambda: f"{lt()} Socialvagten kontaktet via {ch(['politiet på 114', 'vagtcentralen', 'omstillingen 33 66 33 66'])}.",
              lambda: f"{lt()} Underretning sendt til {muni} efter Barnets lov § 133. Modtager: {nm(cw, 'full')}.",
              lambda: f"{lt()} {nm(k, cap=True)} sover. Overflyttes til børneafsnit {ch(['A2', 'B3', 'C1'])}, stue {R.randint(1, 20)}."]
        cl = lambda: f"Log ført af {nm(nurse, 'ini')}" if C.P else "Log ført af spl."
    elif fmt == "prose":
        op = lambda: (f"Journalnotat, myndighed børn og unge. Den {event_date('long')} modtog vi en underretning fra {hosp} "
                      f"vedrørende {nm(k, 'full')} {born(k)}.")
        B += [lambda: f"{nm(k, 'first', cap=True)} var bragt ind {arr} kl. {t} med {reason}. Ifølge personalet var {nm(par, 'full')} med, men virkede påvirket og havde svært ved at redegøre for forløbet.",
              lambda: f"{tn('sygeplejerske', nurse, 'full', cap=True)} oplyser telefonisk, at {nm(k, 'first')} selv sagde, at det var sket i hjemmet på {ad(par, c='bopælen', style='street')}.",
              lambda: f"Lægen, {nm(doc, 'full')}, har beskrevet skaderne som forenelige med et fald, men har alligevel valgt at underrette, fordi det er tredje kontakt på et halvt år ({icd[0]}).",
              lambda: f"{nm(rel, 'full', cap=True)}, som er barnets {relw}, kom til skadestuen ved midnat. Hun kan kontaktes på {ph(rel)} og har tilbudt at have {nm(k, 'first')} boende et par dage." if rel.sex == "f" else
                      f"{nm(rel, 'full', cap=True)}, som er barnets {relw}, kom til skadestuen ved midnat. Han kan kontaktes på {ph(rel)} og har tilbudt at have {nm(k, 'first')} boende et par dage.",
              lambda: f"Undertegnede har talt med {nm(par)} i telefonen på {ph(par)}. {gen(par, cap=True)} forklaring stemmer ikke helt overens med hospitalets.",
              lambda: f"Vurdering inden for 24 timer: barnet er ikke i akut fare, når {relw} er til stede. Sagen går til screening efter § 18.",
              lambda: f"Kopi af notatet er sendt til {nm(cw, 'full')} ({em(cw)}), som er sagsbehandler på søskendesagen."]
        cl = lambda: f"/{nm(cw, 'ini')}" if C.P else "/sagsbehandler"
    elif fmt == "call":
        op = lambda: f"1813 – Akuttelefonen, samtalenotat {d} kl. {t}\nOpkald fra {wr(par, 'full')} vedr. {nma(k, 'full')}."
        B += [lambda: f"Opkalder oplyser CPR {cpr(k)} og ringer fra {ph(par)}.",
              lambda: f"Barnet har {reason}. Opkalder lyder presset og siger flere gange, at \"det var ikke min skyld\".",
              lambda: f"Adresse hvor barnet befinder sig: {ad(par, c='hjemmet, oplyst til vagtcentralen')}.",
              lambda: f"Visiteret til {hosp.split(',')[0].lower()} inden for en time. Ambulance ikke nødvendig.",
              lambda: f"Opkalder beder om at få svar på mail: {em(par, spoken=True)}." if C.P else "Opkalder beder om at få svar via Digital Post.",
              lambda: f"{tn('sygeplejerske', nurse, 'full', cap=True)} har taget samtalen. Lægefaglig vurdering ved {tn('læge', doc, 'full')}.",
              lambda: f"Opkalder dikterer et ekstra nummer til {relw}: {ph(rel, shape='spoken')}." if C.P else f"Opkalder nævner, at {relw} kan hjælpe med transport.",
              lambda: f"{relw.capitalize()} {nm(rel, 'full')} ringer selv kl. {tm()} og vil vide, hvor barnet er kørt hen."]
        cl = lambda: f"Notat: {nm(nurse, 'ini')}" if C.P else "Notat: akuttelefonens sygeplejerske"
    else:  # table
        op = lambda: f"Kontakter til akutmodtagelse og ambulance – {nm(k, 'full')} {born(k)}\n\n| Dato | Tid | Sted | Ledsager | Kode |\n|---|---|---|---|---|"
        B += [pri(lambda: f"| {event_date('dmy')} | {tm()} | {ch(HOSPITALS).split(',')[1].strip()} | {nm(ch([par, rel]), 'first')} | {ch(ICD)[0]} |") for _ in range(7)]
        B += [lambda: f"\nFast ledsager er {nm(par, 'full')}, tlf. {ph(par)}. Nødkontakt: {wr(rel, 'full')}, {ph(rel)}.",
              lambda: f"Opgjort af {nm(cw, 'full')}, {muni}, {em(cw)}."]
        cl = None
    return op, B + X, cl


# ================================================================ GENRE 2: boligstøtte / restance / udsættelse
def g_bolig(fmt):
    k = child(); k2 = child(last=k.last, origin=k.origin, clean_role="Barn B")
    par = new_person("forælder", sex=ch("ffm"), last=k.last if R.random() < 0.6 else None, origin=k.origin)
    par.clean = "mor" if par.sex == "f" else "far"
    par2 = new_person("forælder", sex="m" if par.sex == "f" else "f", origin=k.origin, last=k.last)
    par2.clean = "far" if par.sex == "f" else "mor"
    adm = pro("udlejer", "udlejningsafdelingen", domain=ch(["boligkontoret-vest.dk", "bo-midt.dk"]))
    cw = pro("sagsbehandler", "sagsbehandleren")
    foged = pro("retsassessor", "fogedretten")
    newaddr = street_addr()
    rent = R.randint(5200, 11400); arrears = R.randint(9, 58) * 1000 + R.randint(0, 999)
    muni = ch(MUNIS); town = par.addr["town"].split()[0]
    X = [lambda: f"Husstand ifølge folkeregistret: {nm(par, 'full')} {born(par)}, {nm(par2, 'full')} {born(par2)}, {nm(k, 'first')} {born(k)} og {nm(k2, 'first')} {born(k2)}.",
         lambda: f"Udlejers kontaktperson {nm(adm, 'full')} har skrevet fra {em(adm)}, at restancen nu også omfatter varme og vand.",
         lambda: f"{nm(par2, cap=True)} har et eget lejemål på {ad(par2, style='full', c='en adresse i byen')}, men kan ifølge {nm(par, 'first')} ikke have børnene boende.",
         lambda: f"Kopi af brevet er sendt til {nm(cw, 'full')}, {muni}, {em(cw)}, tlf. {ph(cw)}.",
         lambda: f"CPR-numre til ansøgningen: {nm(par, 'first')} {cpr(par)}, {nm(k, 'first')} {cpr(k)}."]
    B = []
    if fmt == "letter":
        op = lambda: (("" if not C.P else f"{nm(par, 'full')}\n{ad(par, style='two')}\n\n") +
                      f"{event_date('long')}\n\nVedr.: Huslejerestance – påkrav efter lejelovens regler\n\n"
                      f"{('Kære ' + ch(['', ('fru ' if par.sex == 'f' else 'hr. ')]) + nm(par, ch(['full', 'last']))) if C.P else 'Til lejer'}")
        B += [lambda: f"Vi har ikke modtaget husleje for {ch(MONTHS)} og {ch(MONTHS)}. Den samlede restance udgør {arrears:,} kr.".replace(",", ".") + " inkl. påkravsgebyr.",
              lambda: f"Beløbet skal være betalt senest 14 dage efter modtagelsen af dette brev. Betales restancen ikke, vil lejemålet blive ophævet, og sagen oversendt til fogedretten.",
              lambda: f"Har du spørgsmål, kan du kontakte mig direkte på {ph(adm)} eller skrive til {em(adm)}.",
              lambda: f"Vi er bekendt med, at husstanden også tæller {nm(par2, 'full')} og børnene {nm(k, 'first')} og {nm(k2, 'first')}. Brevet er derfor også sendt til {nm(par2, 'first')}.",
              lambda: f"Vi gør opmærksom på, at du kan søge hjælp til enkeltudgifter hos kommunen efter aktivlovens § 81, og at boligstøtte søges via borger.dk."]
        cl = lambda: f"Med venlig hilsen\n\n{sig(adm, 'udlejningskonsulent', 'Udlejningsafdelingen')}"
    elif fmt == "foged":
        op = lambda: (f"FOGEDRETTEN I {town.upper()}\nSag nr. FS {R.randint(10, 99)}-{R.randint(1000, 9999)}/{R.randint(2024, 2025)}\n\n"
                      f"Indkaldelse til udsættelsesforretning\nRekvisitus: {nm(par, 'capslast')}, {cpr(par)}")
        B += [lambda: f"Adresse for forretningen: {ad(par, style='full')}",
              lambda: f"Forretningen foretages den {event_date('long')} kl. {tm()} på adressen. Rekvirent er udlejer, repræsenteret ved {tn('advokat', adm, 'full')}.",
              lambda: f"Fogedretten har fået oplyst, at der bor mindreårige børn i lejemålet: {nm(k, 'full')} {born(k)} og {nm(k2, 'full')} {born(k2)}.",
              lambda: f"Kommunen er underrettet, jf. retsplejelovens § 596, stk. 2. Kontaktperson: {nm(cw, 'full')}, {ph(cw)}.",
              lambda: f"Medlejer {nm(par2, 'full')} ({cpr(par2)}) er indkaldt samtidig.",
              lambda: f"Spørgsmål rettes til {tn('retsassessor', foged, 'full')} på {em(foged)}."]
        cl = lambda: "Dommerkontoret"
    elif fmt == "budget":
        op = lambda: f"Budget udarbejdet med {nm(par, 'full')} {born(par)}, {event_date('dmy')}\n\n| Post | Kr. pr. måned |\n|---|---|"
        B += [lambda: f"| Kontanthjælp | {R.randint(11, 16)}.{R.randint(100, 999)} |",
              lambda: f"| Børne- og ungeydelse | {R.randint(1, 2)}.{R.randint(100, 999)} |",
              lambda: f"| Boligstøtte | {R.randint(1, 3)}.{R.randint(100, 999)} |",
              lambda: f"| Husleje, {ad(par, style='street', c='nuværende lejlighed')} | -{rent // 1000}.{rent % 1000:03d} |",
              lambda: f"| Afdrag på restance | -{R.randint(500, 2500)} |",
              lambda: f"| Mobil ({ph(par, c='mors nummer')}) | -{R.randint(99, 299)} |",
              lambda: f"\n{nm(par, cap=True)} har selv skrevet tallene ind og sendt dem fra {em(par)}.",
              lambda: f"Tidligere adresse: {ad(par, c='ikke relevant', style='full', addr=street_addr())}\nNy adresse fra 1. {ch(MONTHS)}: {ad(par, c='ikke fastlagt', addr=newaddr, style='full')}",
              lambda: f"Børn i husstanden: {nma(k, 'first')} og {nma(k2, 'first')}. {gen(par2, cap=True) if False else ''}{tn('den anden forælder,', par2, 'full', cap=True)}{',' if C.P else ''} bidrager ikke fast."]
        cl = lambda: f"Udarbejdet af {nm(cw, 'full')}, {muni}"
    elif fmt == "note":
        op = lambda: f"Sagsnotat {event_date('dmy')} – bolig og økonomi\nFamilien: {nm(par, 'full')}, {nm(par2, 'full')}, {nm(k, 'first')} og {nm(k2, 'first')}."
        B += [lambda: f"{nm(par, cap=True)} ringede fra {ph(par)} og fortalte grædende, at fogeden har varslet udsættelse fra {ad(par, c='lejligheden')}.",
              lambda: f"Restancen er på omkring {arrears // 1000} tusind kroner. {nm(par, cap=True)} har ikke åbnet sin e-Boks i flere måneder.",
              lambda: f"Jeg har talt med udlejers administrator, {nm(adm, 'full')} ({ph(adm)}), som vil udsætte sagen en uge, hvis kommunen stiller garanti.",
              lambda: f"Familien kan muligvis flytte midlertidigt til {nm(par2, 'first')}s {ch(['søster', 'mor', 'fætter'])} på {ad(par2, addr=newaddr, c='en adresse i nabokommunen')}.",
              lambda: f"Børnene går fortsat i skole, og {nm(k, 'first')} har fortalt sin lærer, at de \"måske skal bo i en bil\".",
              lambda: f"Aftalt: {nm(par, 'first')} sender kontoudtog til {em(cw)} senest fredag. Ny samtale {event_date('long')}.",
              lambda: f"Fødselsdatoer til ansøgningen om boligstøtte: {nm(k, 'first')} {dob(k)}, {nm(k2, 'first')} {dob(k2)}." if C.P else "Børnenes alder er noteret i ansøgningen om boligstøtte."]
        cl = lambda: f"/{nm(cw, 'ini')}" if C.P else "/rådgiver"
    else:  # mail
        op = lambda: (f"Fra: {nm(par, 'full')} <{em(par)}>\nTil: {nm(cw, 'full')} <{em(cw)}>\nEmne: hjælp til huslejen" if C.P
                      else "Fra: mor (via sikker mail)\nTil: rådgiver, Familieafdelingen\nEmne: hjælp til huslejen")
        B += [lambda: f"Hej {nm(cw, 'first')}" if C.P else "Hej",
              lambda: f"jeg har fået brev fra fogeden igen. de siger vi skal ud den {event_date('long')}. jeg ved ikke hvad jeg skal sige til {nm(k, 'lower')} og {nm(k2, 'lower')}",
              lambda: f"udlejer hedder {nm(adm, 'full')} og hans nummer er {ph(adm)}, måske kan du ringe til ham" if adm.sex == "m" else f"hende fra udlejer hedder {nm(adm, 'full')}, nummer {ph(adm)}, måske kan du ringe",
              lambda: f"vi bor stadig på {ad(par, style='sloppy', c='den gamle adresse')} men min bror har sagt vi kan bo hos ham midlertidigt",
              lambda: f"min bror {nm(par2, 'first')} har nummer {ph(par2)} hvis du skal snakke med ham",
              lambda: f"boligstøtten er stoppet fordi jeg glemte at melde flytning. sagsnummer fra Udbetaling Danmark er {caseno()}"]
        cl = lambda: (f"mvh {nm(par, 'lower')}\nsendt fra min iPhone" if C.P else "mvh\nsendt fra min iPhone")
    return op, B + X, cl


# ================================================================ GENRE 3: uledsagede mindreårige
UM_ORIG = [("af", "Afghanistan", "Herat"), ("so", "Somalia", "Baidoa"), ("er", "Eritrea", "Keren"), ("ar", "Syrien", "Homs"),
           ("ku", "Irak", "Duhok"), ("ua", "Ukraine", "Kharkiv"), ("vn", "Vietnam", "Hai Phong"), ("ro", "Rumænien", "Craiova")]
CENTERS = ["Center Sandholm", "Center Vipperød", "Børnecenter Tullebølle", "Center Jelling", "Center Kongelunden"]


def g_um(fmt):
    o, country, city = ch(UM_ORIG)
    k = child(age=R.randint(13, 17), origin=o, clean_role="den unge", sex=ch("mmmf"))
    mom = new_person("mor", sex="f", origin=o, age=R.randint(33, 50), clean_role="mor")
    mom.fphone = foreign_phone(o); mom.faddr = foreign_addr(o)
    unc = new_person("onkel", sex="m", origin=o, age=R.randint(25, 45), clean_role="morbror")
    cc = ch(["se", "de", "no", "en"]); unc.fphone = foreign_phone(cc); unc.faddr = foreign_addr(cc)
    uncplace = {"se": "Sverige", "de": "Tyskland", "no": "Norge", "en": "England"}[cc]
    rep = new_person("repræsentant", age=R.randint(40, 70), origin=ch(["dk", "dk", "dkrare", "word"]),
                     clean_role="den personlige repræsentant")
    rc = pro("rådgiver", "Røde Kors' medarbejder", domain="redcross.dk")
    cw = pro("sagsbehandler", "sagsbehandleren")
    paed = pro("pædagog", "kontaktpædagogen")
    bror = new_person("bror", sex="m", origin=o, last=k.last, age=R.randint(19, 26), clean_role="broren")
    center = ch(CENTERS); d = event_date("long")
    X = [lambda: f"{nm(k, 'first', cap=True)} har en storebror, {nm(bror, 'full')}, som efter det oplyste bor i {uncplace} på {fad(unc, c='en ukendt adresse')}.",
         lambda: f"Ved ankomsten oplyste {nm(k, 'first')} fødselsdatoen {dob(k)}, men i Udlændingestyrelsens registrering står {dob(k, f='iso')}." if C.P else f"Ved ankomsten oplyste den unge en alder på {k.age} år, men Udlændingestyrelsen har registreret en anden alder.",
         lambda: f"Mors nye nummer er {ph(mom, shape='foreign')}, oplyst af {nm(unc, 'first')} i en sms." if C.P else "Mor har fået et nyt nummer, oplyst af morbror i en sms.",
         lambda: f"{tn('den personlige repræsentant', rep, 'full', cap=True)} ({em(rep)}) har bedt om kopi af alderstesten.",
         lambda: f"Kontaktperson på centret: {nm(paed, 'full')}, tlf. {ph(paed)}."]
    B = []
    if fmt == "arrival":
        op = lambda: f"Ankomstnotat – {center}, {d}\n{'Navn (oplyst): ' + nm(k, 'full') if C.P else 'Uledsaget mindreårig, ' + str(k.age) + ' år (oplyst)'}\nFødselsdato (oplyst): {dob(k, c='ikke dokumenteret')}\nOprindelsesland: {country}"
        B += [lambda: f"Ankommet alene med tog via {ch(['Padborg', 'Rødby', 'Kastrup'])}. Har ingen papirer ud over et foto af {ch(['et tazkira', 'en fødselsattest', 'et skolebevis'])} på telefonen.",
              lambda: f"{'Mor: ' + nm(mom, 'full') + ', bor' if C.P else 'Mor bor'} i {fad(mom, c=city)}, tlf. {ph(mom, shape='foreign', c='ukendt')} (WhatsApp).",
              lambda: f"Morbror i {uncplace}: {nm(unc, 'full')}, {ph(unc, shape='foreign', c='nummer ikke oplyst')}.",
              lambda: f"Personlig repræsentant beskikket efter udlændingelovens § 56 a: {nm(rep, 'full')}, {ad(rep, style='full')}, tlf. {ph(rep)}.",
              lambda: f"{nm(k, 'first', cap=True)} fortæller, at familien blev skilt ad ved grænsen til {ch(['Iran', 'Tyrkiet', 'Libyen', 'Polen'])}. Far er død.",
              lambda: f"Helbred: hoster, klager over ondt i fødderne. Tid hos sygeplejerske i morgen kl. {tm()}.",
              lambda: f"Eftersøgning via Røde Kors' familiesammenføringstjeneste igangsat ved {nm(rc, 'full')}, {em(rc)}."]
        cl = lambda: f"Notat: {nm(cw, 'full')}" if C.P else "Notat: vagthavende socialrådgiver"
    elif fmt == "rep":
        op = lambda: f"Fra: {nm(rep, 'full')} <{em(rep)}>\nTil: {em(cw, c='team for uledsagede')}\nEmne: Samtale med {nm(k, 'first')}" if C.P else \
            "Fra: personlig repræsentant\nTil: team for uledsagede mindreårige\nEmne: samtale med den unge"
        B += [lambda: f"Kære {nm(cw, 'first')}" if C.P else "Kære sagsbehandler",
              lambda: f"Jeg besøgte {nm(k, 'first')} på centret i går. {nm(k, 'first', cap=True)} har fået kontakt med sin mor, {nm(mom, 'full')}, via en nabo i {city}.",
              lambda: f"Moren har nummeret {ph(mom, shape='foreign')} og vil gerne tale med kommunen, men kun om aftenen dansk tid." if C.P else "Moren vil gerne tale med kommunen, men kun om aftenen dansk tid.",
              lambda: f"Der er også en fætter, {nm(unc, 'full')}, i {uncplace}, som sender penge. Han har skrevet fra {em(unc)} og spørger, om {nm(k, 'first')} kan flytte til ham.",
              lambda: f"{nm(k, 'first', cap=True)} sover dårligt og vil gerne i skole. Jeg foreslår, at vi ser på en plads på en efterskole efter sommerferien.",
              lambda: f"Min adresse er ændret til {ad(rep, style='full')}, hvis I skal sende breve.",
              lambda: f"Jeg kan træffes på {ph(rep)} hverdage efter kl. 16."]
        cl = lambda: f"Venlig hilsen\n{nm(rep, 'full')}\nPersonlig repræsentant" if C.P else "Venlig hilsen\nPersonlig repræsentant"
    elif fmt == "kv":
        op = lambda: f"STAMOPLYSNINGER – UMI\nNavn: {nm(k, 'capslast')}\nAlias/stavemåde: {nm(k, 'mis')}\nUDL-nr.: {R.randint(10, 99)} {R.randint(100, 999)} {R.randint(100, 999)}\n{kvdob(k)}"
        B += [lambda: f"CPR/erstatningsnr.: {cpr(k)}",
              lambda: f"Opholdssted: {center}, hus {ch('ABCDE')}, værelse {R.randint(1, 40)}",
              lambda: f"Personlig repræsentant: {nm(rep, 'full')}, {ph(rep)}, {em(rep)}",
              lambda: f"Familie i hjemlandet: {tn('mor', mom, 'full')} {born(mom)}, {fad(mom, c=city)}",
              lambda: f"Kontakt i udlandet: {nm(unc, 'full')} ({uncplace}), {ph(unc, shape='foreign', c='ikke oplyst')}",
              lambda: f"Tolk: {ch(['dari', 'tigrinya', 'somali', 'arabisk', 'kurmanji', 'ukrainsk'])}, fremmøde",
              lambda: f"Sagsbehandler: {nm(cw, 'full')}, {em(cw)}"]
        cl = None
    else:  # log
        op = lambda: f"Kontaktlog – {nm(k, 'full')} ({center})"
        B += [lambda: f"{ld()}: Videoopkald mellem {nm(k, 'first')} og {tn('mor', mom, 'first')} via {ph(mom, shape='foreign', c='centrets telefon')}. Tolk deltog.",
              lambda: f"{ld()}: {nm(unc, 'full', cap=True)} ringer fra {uncplace} på {ph(unc, shape='foreign', c='et udenlandsk nummer')} og spørger efter {nm(k, 'first')}. Ikke oplyst noget.",
              lambda: f"{ld()}: Repræsentant {nm(rep, 'full')} deltager i samtale om asylsagen. Næste møde i Udlændingestyrelsen.",
              lambda: f"{ld()}: {nm(k, 'first', cap=True)} har fået et nyt dansk nummer, {ph(k)}.",
              lambda: f"{ld()}: Brev fra mor sendt til {fad(mom, c='et lokalt postkontor')}, returneret.",
              lambda: f"{ld()}: Røde Kors ({tn('eftersøgningstjenesten v.', rc, 'full')}) oplyser, at eftersøgningen af lillebror fortsætter.",
              lambda: f"{ld()}: {nm(k, 'first', cap=True)} har været ked af det efter nyheder fra {city}."]
        cl = lambda: f"/{nm(cw, 'ini')}" if C.P else "/sb"
    return op, B + X, cl


# ================================================================ GENRE 4: plejefamilier / Socialtilsynet
TILSYN = ["Socialtilsyn Midt", "Socialtilsyn Nord", "Socialtilsyn Syd", "Socialtilsyn Øst", "Socialtilsyn Hovedstaden"]


def g_pleje(fmt):
    fo_ = ch(["dk", "dk", "dk", "dkrare", "word", "gl", "fo", "ph", "pl", "ba", "ar"])
    lastn = ch(NAMES[fo_][2])
    pm = new_person("plejemor", sex="f", age=R.randint(34, 58), last=lastn, clean_role="plejemor", origin=fo_)
    pf = new_person("plejefar", sex="m", age=R.randint(34, 60), last=lastn, clean_role="plejefar",
                    origin=fo_ if R.random() < 0.7 else ch(["dk", "dkrare", "word"]))
    b1 = child(age=R.randint(8, 19), last=lastn, clean_role="plejefamiliens ældste barn", origin=ch([pm.origin, pf.origin]))
    b2 = child(age=R.randint(3, 7), last=lastn, clean_role="plejefamiliens yngste barn", origin=ch([pm.origin, pf.origin]))
    ref = new_person("reference", age=R.randint(30, 65), clean_role="referencen")
    kons = pro("konsulent", "tilsynskonsulenten", domain="socialtilsyn.dk")
    ref2 = new_person("ref2", clean_role="en anden reference")
    mormor = new_person("mormor", sex="f", age=R.randint(60, 80), last=pm.last, origin=pm.origin, clean_role="mormor")
    tils = ch(TILSYN); d = event_date("long")
    X = [lambda: f"{nm(pm, 'first', cap=True)} kan træffes på {ph(pm)} og {nm(pf, 'first')} på {ph(pf)}; fælles mail {em(pm)}.",
         lambda: f"Ny reference: {nm(ref2, 'full')}, {ad(ref2, style='full', c='bosat i nabobyen')}, tlf. {ph(ref2)}.",
         lambda: f"Ved besøget var også {gen(pm)} mor, {nm(mormor, 'full')}, til stede. Hun passer ofte {nm(b2, 'first')}.",
         lambda: f"Straffeattester indhentet for {nm(pm, 'full')} ({cpr(pm)}) og {nm(pf, 'full')} ({cpr(pf)}) uden anmærkninger.",
         lambda: f"Konsulentens kontaktoplysninger: {nm(kons, 'full') if C.P else 'via Socialtilsynets hovednummer'}, {ph(kons)}, {em(kons)}."]
    B = []
    if fmt == "report":
        op = lambda: f"{tils} – Tilsynsrapport, anmeldt tilsynsbesøg {d}\nPlejefamilie: {nm(pm, 'full')} og {nm(pf, 'full')}, {ad(pm, style='full', c='adresse fremgår af godkendelsen')}"
        B += [lambda: f"Familien er godkendt som almen plejefamilie til ét barn i alderen 6-14 år. Godkendelsen er revurderet uden bemærkninger.",
              lambda: f"Hjemmet er et rødstensparcelhus på {R.randint(120, 190)} m² med stor have. Plejebarnet har eget værelse på førstesalen ved siden af {gen(b1)} værelse.",
              lambda: f"Husstanden består af {nm(pm, 'first')} {born(pm)}, {nm(pf, 'first')} {born(pf)} og deres to børn, {nm(b1, 'full')} {born(b1)} og {nm(b2, 'first')} {born(b2)}.",
              lambda: f"{nm(pm, 'first', cap=True)} arbejder halv tid som dagplejer, {nm(pf, 'first')} er lastbilchauffør med faste tider.",
              lambda: f"Ved besøget talte konsulenten alene med plejebarnet, som viste sit værelse og fortalte om hunden og træningen i fodboldklubben.",
              lambda: f"Børneattest og straffeattest er indhentet for alle over 15 år, herunder {nm(b1, 'first')} ({cpr(b1)}).",
              lambda: f"Reference: {nm(ref, 'full') + ', ' if C.P else ''}tidligere leder i vuggestuen, tlf. {ph(ref)}, bekræfter familiens stabilitet.",
              lambda: f"Familien har gennemført grundkursus for plejefamilier (5 dage) og deltager i supervision fire gange årligt."]
        cl = lambda: f"Tilsynskonsulent {nm(kons, 'full')}\n{tils}\n{em(kons)}" if C.P else f"Tilsynskonsulent\n{tils}"
    elif fmt == "kv":
        op = lambda: f"Ansøgning om godkendelse som plejefamilie – stamdata\nAnsøger 1: {nm(pm, 'full')}\nCPR: {cpr(pm)}\nAnsøger 2: {nm(pf, 'full')}\nCPR: {cpr(pf)}"
        B += [lambda: f"Adresse: {ad(pm, style='full')}",
              lambda: f"Telefon: {ph(pm)} / {ph(pf)}",
              lambda: f"E-mail: {em(pm)}",
              lambda: f"Hjemmeboende børn: {nm(b1, 'full')}, {kvdob(b1).split(': ', 1)[-1] if C.P else str(b1.age) + ' år'}; {nm(b2, 'full')}, {dob(b2)}",
              lambda: f"Boligtype: {ch(['parcelhus', 'landejendom', 'rækkehus', 'andelsbolig'])}, {R.randint(4, 7)} værelser",
              lambda: f"Husdyr: {ch(['hund (labrador)', 'to katte', 'heste og høns', 'ingen'])}",
              lambda: f"Reference 1: {nm(ref, 'full') if C.P else 'tidligere kollega'}, {ph(ref)}",
              lambda: f"Kursus: Grundkursus, hold {R.randint(1, 9)}, {event_date('dmy')}",
              lambda: f"Tidligere adresse (seneste 5 år): {ad(pm, addr=street_addr(), style='full', c='ikke relevant')}"]
        cl = lambda: f"Modtaget af {nm(kons, 'ini')}" if C.P else "Modtaget i Socialtilsynet"
    elif fmt == "ref":
        op = lambda: f"Referenceudtalelse indhentet telefonisk {event_date('dmy')}\n{'Reference: ' + nm(ref, 'full') if C.P else 'Reference: nabo gennem mange år'}, tlf. {ph(ref)}"
        B += [lambda: f"{nm(ref, 'first', cap=True)} har kendt {nm(pm, 'first')} og {nm(pf, 'first')} i {R.randint(6, 25)} år, først som naboer og senere som venner.",
              lambda: f"Beskriver {nm(pm, 'first')} som rolig og tydelig over for børn. Har aldrig set hende hæve stemmen.",
              lambda: f"{nm(pf, 'first', cap=True)} er ifølge referencen den, der tager sig af lektier og kørsel til sport.",
              lambda: f"Kender familiens egne børn, {nm(b1, 'first')} og {nm(b2, 'first')}, godt og oplever dem som åbne over for et plejebarn.",
              lambda: f"Referencen bor selv på {ad(ref, style='town', c='samme vej')} og ser familien jævnligt.",
              lambda: f"Ingen bekymringer om alkohol, vold eller økonomi. Referencen vil gerne kontaktes igen på {em(ref)}."]
        cl = lambda: f"Notat ved {nm(kons, 'full')}" if C.P else "Notat ved tilsynskonsulenten"
    else:  # table household
        op = lambda: f"Husstandens medlemmer – {nm(pm, 'last')}-familien\n\n| Navn | Rolle | Født | Bemærkning |\n|---|---|---|---|" if C.P else \
            "Husstandens medlemmer\n\n| Rolle | Alder | Bemærkning |\n|---|---|---|"
        row = (lambda p, r, b: f"| {nm(p, 'full')} | {r} | {dob(p)} | {b} |") if C.P else (lambda p, r, b: f"| {r} | {p.age} år | {b} |")
        B += [pri(lambda: row(pm, "plejemor", "pædagog, 30 timer")),
              pri(lambda: row(pf, "plejefar", "selvstændig tømrer")),
              pri(lambda: row(b1, "eget barn", "gymnasiet, 2.g" if b1.age > 15 else "folkeskole")),
              pri(lambda: row(b2, "eget barn", "børnehave" if b2.age < 6 else "indskoling")),
              lambda: f"\nBopæl: {ad(pm, c='landejendom uden for byen')}. Tilsynsbesøg aftalt med {nm(pm, 'first')} på {ph(pm)}.",
              lambda: f"Bemærkning fra {tils}: familien har ønsket at tage søskendepar. Reference {nm(ref, 'full')} ({ph(ref)}) er kontaktet."]
        cl = lambda: f"/{nm(kons, 'ini')}" if C.P else None
    return op, B + X, cl


# ================================================================ GENRE 5: aftaleoversigter (MinSundhed, sundhed.dk, e-Boks)
CLINICS = ["Børne- og Ungdomspsykiatrien, ambulatorium", "Børneafdelingen, Regionshospitalet Randers", "Tandplejen, klinik Nord",
           "Øre-næse-hals, Aarhus Universitetshospital", "Fysioterapien, Hvidovre Hospital", "Børneambulatoriet, OUH",
           "Sundhedsplejen", "Øjenafdelingen, Glostrup", "Diabetesambulatoriet for børn, Aalborg", "Allergiklinikken, Herlev"]
APPT = ["Kontrol", "Samtale", "Blodprøve", "Udredning", "Opfølgning", "Vaccination", "Hørescreening", "Undersøgelse"]


def g_appt(fmt):
    k = child(age=R.randint(1, 16))
    par = new_person("forælder", sex=ch("ffm"), origin=k.origin, last=k.last if R.random() < 0.6 else None)
    par.clean = "mor" if par.sex == "f" else "far"
    docs = [pro("læge", "lægen", domain=ch(["rm.dk", "rsyd.dk", "regionh.dk"])) for _ in range(3)]
    gp = pro("praktiserende læge", "egen læge")
    par2 = new_person("forælder2", last=k.last, origin=k.origin, clean_role="den anden forælder")
    sek = pro("sekretær", "sekretæren", domain=docs[0].email.split("@")[1])
    cw = pro("sagsbehandler", "sagsbehandleren")
    portal = ch(["MinSundhed", "sundhed.dk", "MinSundhedsplatform", "e-Boks"])

    def row(sep):
        dt = event_date("dmy"); t = dtm().replace('.', ':'); cl_ = ch(CLINICS)
        who = nm(ch(docs), ch(["full", "full", "rev", "last"])) if C.P else ch(["læge", "sygeplejerske", "psykolog", "tandlæge", "fysioterapeut"])
        if sep == "|":
            return f"| {dt} | {t} | {cl_} | {ch(APPT)} | {who} |"
        return f"{dt}  {t}  {cl_}\n    {ch(APPT)} – {who}"
    X = [lambda: f"Egen læge: {nm(gp, 'full') + ', ' if C.P else ''}{ad(gp, style='full', c='lægehuset i centrum')}, tlf. {ph(gp)}.",
         lambda: f"{nm(par, cap=True)} {born(par)} skriver: \"kan i sende brevene til min mail {em(par)} i stedet for e-Boks\"" if C.P else f"{nm(par, cap=True)} skriver: \"kan i ikke sende brevene med almindelig post i stedet for e-Boks\"",
         lambda: f"Den anden forælder, {nm(par2, 'full') if C.P else 'far'}, bor på {ad(par2, style='full', c='en anden adresse')} og får kopi.",
         lambda: f"Stamdata på udskriften: {nm(k, 'rev')}, {cpr(k)}, {ad(par, style='two', c='adresse ikke vist')}.",
         lambda: f"Kontakt vedr. aflysning: {nm(docs[1], 'full')}, {tn('sekretær', sek, 'full')}, {ph(docs[1])}."]
    B = []
    if fmt == "table":
        op = lambda: (f"{portal} – Aftaleoversigt\nUdskrevet {event_date('dmy')} kl. {tmc()}\nPatient: {nm(k, 'full')}   CPR-nr.: {cpr(k)}\n\n"
                      f"| Dato | Tid | Sted | Type | Behandler |\n|---|---|---|---|---|")
        B += [pri(lambda: row("|")) for _ in range(7)]
        B += [lambda: f"\n{gen(par, cap=True)} kommentar (indsat i mail): \"Vi kan ikke nå {ch(['torsdag', 'den i næste uge', 'tirsdag'])}, ring til mig på {ph(par)}\"",
              lambda: f"Egen læge: {nm(gp, 'full') + ', ' if C.P else ''}{ad(gp, style='full', c='lægehuset ved Banegårdspladsen')}, tlf. {ph(gp)}"]
        cl = None
    elif fmt == "list":
        op = lambda: f"Kopieret fra {portal} af {nm(par, 'full')} {event_date('dmy')}:\n\nKommende aftaler for {nm(k, 'full')} {born(k)}"
        B += [pri(lambda: row(" ")) for _ in range(6)]
        B += [lambda: f"\nJeg har sat kryds ved dem vi ikke kan komme til. {nm(k, 'first', cap=True)} har skole og jeg har ingen bil. Skriv til {em(par)}",
              lambda: f"Vores adresse er ændret til {ad(par, style='full', c='en ny lejlighed')}, men hospitalet sender stadig breve til den gamle."]
        cl = lambda: f"Hilsen {nm(par, 'first')}" if C.P else "Hilsen mor"
    elif fmt == "eboks":
        op = lambda: (f"e-Boks – Digital Post\nFra: {ch(['Region Midtjylland', 'Region Syddanmark', 'Region Hovedstaden', 'Region Nordjylland'])}\n"
                      f"Til: {nm(par, 'full')}\nVedr.: {nm(k, 'full')}, {cpr(k)}\nEmne: Indkaldelse til {ch(APPT).lower()}")
        B += [lambda: f"Dit barn er indkaldt til {ch(APPT).lower()} den {event_date('long')} kl. {dtm()} i {ch(CLINICS)}.",
              lambda: f"Mød venligst op 15 minutter før. Medbring sundhedskort og evt. medicinliste ({ch(MEDS)}).",
              lambda: f"Aftalen er booket af {nm(ch(docs), 'full')}. Ønsker du at ændre tiden, kan du ringe hverdage kl. 8-10.",
              lambda: f"Brevet er også sendt til den anden forælder med forældremyndighed.",
              lambda: f"\n--- indsat af sagsbehandler ---\n{nm(par, cap=True)} har videresendt brevet og skriver, at hun ikke kan åbne det på sin telefon ({ph(par)})." if par.sex == "f" else
                      f"\n--- indsat af sagsbehandler ---\n{nm(par, cap=True)} har videresendt brevet og skriver, at han ikke kan åbne det på sin telefon ({ph(par)}).",
              lambda: f"Familien bor nu på {ad(par, style='full', c='en midlertidig adresse')}."]
        cl = lambda: f"/{nm(cw, 'ini')}" if C.P else None
    else:  # note
        op = lambda: f"Notat om sundhedsaftaler, {event_date('dmy')}\nBarn: {nm(k, 'full') + ', ' + dob(k) if C.P else nma(k)}"
        B += [lambda: f"{nm(par, cap=True)} har vist mig sin aftaleoversigt på {portal}. Der er {R.randint(3, 9)} aftaler de næste to måneder.",
              lambda: f"Flere aftaler er udeblevet, bl.a. hos {nm(docs[0], 'full')} i {ch(CLINICS)} og hos {tn('egen læge', gp, 'full')}.",
              lambda: f"{nm(par, cap=True)} forklarer, at indkaldelserne går til den gamle adresse, {ad(par, addr=street_addr(), c='den tidligere lejlighed', style='full')}.",
              lambda: f"Vi har sammen rettet kontaktoplysningerne: mobil {ph(par)}, mail {em(par)}.",
              lambda: f"Aftalt at sundhedsplejen deltager ved næste kontrol. Barnet tager {ch(MEDS)} efter behov.",
              lambda: f"Kopi til {nm(gp, 'full')} ({em(gp)})."]
        cl = lambda: f"{nm(cw, 'full')}, rådgiver" if C.P else "Rådgiver, Børn og Unge"
    return op, B + X, cl


# ================================================================ GENRE 6: kærestevold / digitale krænkelser
APPS = ["Snapchat", "Instagram", "TikTok", "Messenger", "WhatsApp", "Discord"]
SCHOOLS = ["skolen", "gymnasiet", "efterskolen", "ungdomsuddannelsen", "10. klassecentret"]


def g_teen(fmt):
    v = child(age=R.randint(13, 17), clean_role="den unge", sex="f")
    b = child(age=R.randint(15, 19), clean_role="ekskæresten", sex="m")
    fr = child(age=v.age, clean_role="veninden", sex="f")
    par = new_person("forælder", sex=ch("fm"), origin=v.origin, last=v.last)
    par.clean = "mor" if par.sex == "f" else "far"
    teach = pro("lærer", "kontaktlæreren", domain="skolekom.dk")
    pol = pro("politi", "politiassistenten", domain="politi.dk")
    cw = pro("sagsbehandler", "sagsbehandleren")
    bfar = new_person("far", sex="m", last=b.last, origin=b.origin, clean_role="hans far")
    app = ch(APPS); school = ch(SCHOOLS)
    X = [lambda: f"{nm(v, 'first', cap=True)} har skiftet nummer til {ph(v)} og lukket sin profil på {app}. Hendes nye mail er {em(v)}." if C.P else f"Den unge har skiftet nummer og lukket sin profil på {app}. Skolen har fået de nye kontaktoplysninger.",
         lambda: f"{nm(b, 'full', cap=True)} {born(b)} bor hos sin far, {nm(bfar, 'full')}, på {ad(b, style='full', c='en adresse i byen')}.",
         lambda: f"Politiets kontakt: {nm(pol, 'full')}, direkte {ph(pol)}.",
         lambda: f"{tn('kontaktlæreren', teach, 'full', cap=True)}{' (' + em(teach) + ')' if C.P else ''} har talt med {nm(fr, 'full')}, som bekræfter, at billedet blev delt i en gruppe med {R.randint(20, 80)} medlemmer.",
         lambda: f"Oplysninger til anmeldelsen: {nm(v, 'full')}, {cpr(v)}, {kvdob(v).split(': ', 1)[-1] if C.P else str(v.age) + ' år'}."]
    B = []
    if fmt == "messages":
        op = lambda: f"Skærmbilleder fra {app}, afskrevet af {nm(teach, 'full')} {event_date('dmy')} (vist af {nm(v, 'first')}):"
        lines = [lambda: f"[{tmc()}] {nm(b, ch(['first', 'lower', 'nick', 'first']))}: hvor er du", 
                 lambda: f"[{tmc()}] {nm(b, 'first')}: svar mig nu eller ved du hvad der sker",
                 lambda: f"[{tmc()}] {nm(v, ch(['first', 'lower']))}: jeg er hjemme. lad mig være",
                 lambda: f"[{tmc()}] {nm(b, 'first')}: send et billede ellers sender jeg det fra i sommer til hele klassen",
                 lambda: f"[{tmc()}] {nm(b, 'first')}: {nm(fr, 'lower')} har allerede set det hahaha",
                 lambda: f"[{tmc()}] {nm(v, 'first')}: jeg går til politiet",
                 lambda: f"[{tmc()}] {nm(b, 'first')}: jeg ved hvor du bor. {ad(v, style='sloppy', c='ved busstoppestedet på Ringvejen')}",
                 lambda: f"[{tmc()}] {nm(b, 'first')}: ring til mig {ph(b, shape='8')}" if C.P else f"[{tmc()}] ekskæresten: ring til mig nu",
                 lambda: f"[{tmc()}] {nm(v, 'first')}: nej"]
        B += lines
        B += [lambda: f"\n{nm(v, 'first', cap=True)} fortæller, at {nm(b, 'first')} går i {ch(['2.g', '1.hh', '10.b', '9.a'])} på en anden skole og har delt et billede i en gruppechat.",
              lambda: f"{tn('mor,', par, 'full', cap=True) if par.sex == 'f' else tn('far,', par, 'full', cap=True)}{',' if C.P else ''} er orienteret på {ph(par)}."]
        cl = None
    elif fmt == "account":
        op = lambda: f"Samtale med {nm(v, 'full')} {born(v)} på {school}, {event_date('long')}. Til stede: {tn('kontaktlærer', teach, 'full')} og undertegnede."
        B += [lambda: f"{nm(v, 'first', cap=True)} fortæller, at hun har været kæreste med {nm(b, 'full')} i et halvt år. Det startede godt, men han begyndte at tjekke hendes telefon." if True else "",
              lambda: f"Han skriver til hende hele natten, og hvis hun ikke svarer, kommer han hjem til hende på {ad(v, c='hendes bopæl', style='street')}.",
              lambda: f"I weekenden tog han hende hårdt om armen ved {ch(['Banegårdspladsen', 'Storcenteret', 'stranden', 'ungdomsklubben'])}. Hun viser et blåt mærke.",
              lambda: f"Hun fortæller, at et billede, hun sendte til ham, nu er delt på {app}. Hendes veninde {nm(fr, 'full')} har set det.",
              lambda: f"\"Jeg tør ikke sige det til min mor, hun bliver så vred\", siger {nm(v, 'first')}. {'Mor' if par.sex == 'f' else 'Far'} er {nm(par, 'full') if C.P else 'orienteret'}, tlf. {ph(par)}.",
              lambda: f"Vi har orienteret om Red Barnets SletDet-rådgivning og Børnetelefonen 116 111.",
              lambda: f"Underretning sendes til {ch(MUNIS)}. Politiet kontaktes med henblik på anmeldelse efter straffelovens § 264 d."]
        cl = lambda: f"{nm(cw, 'full')}\n{ph(cw)} · {em(cw)}" if C.P else "Skolesocialrådgiver"
    elif fmt == "police":
        op = lambda: f"{ch(['Østjyllands', 'Fyns', 'Nordjyllands', 'Sydøstjyllands', 'Københavns Vestegns'])} Politi – anmeldelse\nJournalnr.: {R.randint(1000, 9999)}-{R.randint(10000, 99999)}-{R.randint(10000, 99999)}-{R.randint(24, 25)}"
        B += [lambda: f"Forurettede: {nm(v, 'capslast')}, {cpr(v)}",
              lambda: f"Adresse: {ad(v, style='full')}",
              lambda: f"Værge til stede: {wr(par, 'full')}, {ph(par)}",
              lambda: f"Sigtede: {nm(b, 'capslast')}, {kvdob(b).split(': ', 1)[-1] if C.P else str(b.age) + ' år'}",
              lambda: f"Sigtedes adresse: {ad(b, style='full')}",
              lambda: f"Forhold: uberettiget videregivelse af billeder (strfl. § 264 d) og trusler (strfl. § 266).",
              lambda: f"Forklaring: Forurettede oplyser, at sigtede har delt et nøgenbillede på {app} og truet med at dele flere.",
              lambda: f"Vidne: {nm(fr, 'full')}, {ph(fr)}",
              lambda: f"Anmeldelsen er modtaget af {tn('politiassistent', pol, 'full')}, {em(pol)}."]
        cl = None
    else:  # school note kv
        op = lambda: f"Skolens notat – bekymring\nElev: {nm(v, 'full')}, {ch(['8.a', '9.b', '9.c', '10.a'])}\nDato: {event_date('dmy')}"
        B += [lambda: f"Beskrevet af: {nm(teach, 'full')}, kontaktlærer",
              lambda: f"Hvad er observeret: {nm(v, 'first', cap=True)} har de seneste uger været fraværende {R.randint(4, 12)} dage og virker bange, når frikvarteret slutter.",
              lambda: f"Elevens egne ord: \"{nm(b, 'first')} siger, at han slår sig selv ihjel, hvis jeg slår op.\"",
              lambda: f"Forældre: {nm(par, 'full')}, {ph(par)}, {em(par)}",
              lambda: f"Andre elever involveret: {nm(fr, 'full')} (har modtaget billedet)",
              lambda: f"Handling: talt med {nm(v, 'first')} og SSP. Politiet ({nm(pol, 'full')}) rådgivet om anmeldelse.",
              lambda: f"Underretning efter Barnets lov § 133 sendt {event_date('dmy')}."]
        cl = lambda: f"/{nm(teach, 'ini')}" if C.P else None
    return op, B + X, cl


GENRES = [("er", g_er, ["kv", "log", "prose", "call", "table"]),
          ("bolig", g_bolig, ["letter", "foged", "budget", "note", "mail"]),
          ("um", g_um, ["arrival", "rep", "kv", "log"]),
          ("pleje", g_pleje, ["report", "kv", "ref", "table"]),
          ("appt", g_appt, ["table", "list", "eboks", "note"]),
          ("teen", g_teen, ["messages", "account", "police", "school"])]


# ================================================================ clean-only look-alike blocks
def clean_extras(gname):
    L = [lambda: ch([f"Sagsnr. {caseno()}. Journalnotat oprettet {event_date('dmy')} kl. {tm()}.",
                     f"Journalnr. {caseno()}, dokument {R.randint(2, 60)} af {R.randint(61, 140)}.",
                     f"Notatet er journaliseret på sag {caseno()} den {event_date('long')}."]),
         lambda: ch(["Ved akut bekymring uden for åbningstid kontaktes Socialvagten via politiet på 114, ved livsfare 112.",
                     "Uden for kontortid: ring 114 og bed om Socialvagten. Ved fare for liv ringes 112.",
                     "Børn og unge kan selv ringe til Børnetelefonen på 116 111; forældre henvises til Forældretelefonen."]),
         lambda: ch([f"Sagen behandles efter Barnets lov § {ch(['18', '19', '20', '32', '46', '91', '136', '137'])}, og partshøring sker senest {event_date('long')}.",
                     f"Afgørelse efter § {ch(['32', '46', '47'])} forventes på mødet i børne- og ungeudvalget {event_date('long')}.",
                     f"Den børnefaglige undersøgelse efter § 20 skal være færdig inden fire måneder, dvs. senest {event_date('dmy')}."]),
         lambda: ch(["Glad og afslappet ved mødet, men blev stille, da snakken faldt på weekenden.",
                     "På grund af storm og regn blev mødet flyttet til rådhuset.",
                     "Have og legeplads bruges meget; barnet er mest glad, når der er sol.",
                     "Skoven bag boligområdet er et fast samlingssted for de unge om aftenen.",
                     "Maj og juni var gode måneder med stabilt fremmøde i skolen."]),
         lambda: ch(["Familiens netværk er lille; morfar er død, og der er ingen kontakt til fars side.",
                     "Netværket består af en moster og en nabo; begge er villige til at indgå i sikkerhedsplanen.",
                     "Der er udarbejdet genogram og økokort, som vedlægges sagen.",
                     f"Skaleringsspørgsmål: mor placerer sig på {R.randint(2, 8)}, rådgiver på {R.randint(2, 7)} (0-10)."]),
         lambda: ch([f"Mødet blev holdt i lokale {R.randint(1, 4)}.{R.randint(1, 40):02d} på rådhuset ved Torvet fra kl. {meet()}.",
                     f"Netværksmøde holdt i mødelokale {ch(['Egen', 'Bøgen', 'Fyrren', 'Granen'])} ved Banegårdspladsen fra kl. {meet()}.",
                     f"Hjemmebesøg fra kl. {meet()}; familien bor i en lejlighed tæt ved Ringvejen."]),
         lambda: ch([f"Beløb bevilget: {AMOUNTS()} til {ch(['transport', 'fritidsaktivitet', 'tandregulering', 'briller'])} efter § 32.",
                     f"Samlet udgift til indsatsen: {AMOUNTS()} pr. kvartal; budgetramme {R.randint(2024, 2025)}.",
                     f"Faktura fra leverandør, CVR {cvr()}, EAN {ean()}, modtaget og godkendt."])]
    if gname == "er":
        L += [lambda: f"Diagnosekode {ch(ICD)[0]}, behandlet med {ch(MEDS)}. Kontrol ved egen læge om {R.randint(2, 10)} dage.",
              lambda: f"Barnet blev lagt på stue {R.randint(1, 18)} i afsnit {ch(['A1', 'B2', 'C4', 'børn 2'])}. Akutlægebilen var ikke nødvendig.",
              lambda: f"Ved behov for lægehjælp om natten ringes 1813; lægevagten i Region Midtjylland har nummeret 70 11 31 31.",
              lambda: f"Det var storm og regn hele aftenen, og ambulancen var forsinket ved motorvejsafkørslen."]
    if gname == "bolig":
        L += [lambda: f"Udlejer: Boligselskabet {ch(['Østbo', 'Vestbo', 'Fjordparken', 'Lindegården'])}, CVR {cvr()}, EAN {ean()}.",
              lambda: f"Restancen udgør {AMOUNTS()}, og boligstøtten er nedsat til {R.randint(900, 2900)} kr. om måneden efter lov om individuel boligstøtte.",
              lambda: f"Fogedretten har berammet forretningen til {event_date('long')} kl. {tm()}. Kommunens rådhus har telefon 33 66 33 66.",
              lambda: f"Lejligheden ligger på hjørnet af Vestergade og har have mod gården, men fugt i soveværelset."]
    if gname == "um":
        L += [lambda: f"Den personlige repræsentant er beskikket efter udlændingelovens § 56 a. Asylsagen behandles i Udlændingestyrelsen.",
              lambda: f"Den unge er indkvarteret på {ch(CENTERS)}, værelse {R.randint(1, 40)}, sammen med to andre drenge fra samme region.",
              lambda: f"Familiesporingen hos Røde Kors er åben; ingen nye oplysninger om forældrene siden maj.",
              lambda: f"Tolkning på {ch(['dari', 'tigrinya', 'somali', 'arabisk', 'pashto'])} via telefon; samtalen varede {R.randint(40, 90)} minutter."]
    if gname == "pleje":
        L += [lambda: f"Plejefamilien er godkendt af {ch(TILSYN)} efter lov om socialtilsyn; godkendelsen gælder ét barn i alderen {R.randint(0, 6)}-{R.randint(10, 17)} år.",
              lambda: f"Huset ligger ved skov og mark, og haven har plads til boldspil. Plejebarnet har eget værelse på {R.randint(10, 16)} m².",
              lambda: f"Kursus for plejefamilier: grundkursus på {R.randint(4, 6)} dage, derefter supervision {R.randint(3, 6)} gange årligt.",
              lambda: f"Vederlag fastsat til {R.randint(3, 6)} vederlagsdele; omkostninger dækkes efter kommunens takster for {R.randint(2024, 2025)}."]
    if gname == "appt":
        L += [lambda: f"{event_date('dmy')}  {tmc()}  {ch(CLINICS)} – {ch(APPT)}",
              lambda: f"Aftalerne ses på sundhed.dk og i appen MinSundhed. Udeblivelse registreres i journalen.",
              lambda: f"Henvisning fra egen læge med diagnosekode {ch(ICD)[0]}; forventet ventetid {R.randint(4, 20)} uger.",
              lambda: f"Medicin: {ch(MEDS)} morgen, {ch(MEDS)} efter behov. Recept fornyet i {ch(MONTHS)}."]
    if gname == "teen":
        L += [lambda: f"Vi henviser til Red Barnets SletDet-rådgivning og Børnetelefonen på 116 111 (døgnåben).",
              lambda: f"Forholdet kan være omfattet af straffelovens § 264 d og § 266; politiet vurderer, om der rejses sigtelse.",
              lambda: f"Klassen ({ch(['8.a', '9.b', '9.c', '10.a'])}) har haft et forløb om digital dannelse med SSP i uge {R.randint(2, 50)}.",
              lambda: f"Hun beskriver en sol-og-regn-weekend på festival, hvor alting gik galt, og hvor billedet blev taget."]
    return L


# ================================================================ compose / parse
MARK_RE = re.compile(S + r"(\w+)" + M + r"(.*?)" + E, re.S)


def parse(raw):
    out, spans, pos = [], [], 0
    for m in MARK_RE.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        out.append(m.group(2))
        spans.append({"kind": m.group(1), "text": m.group(2), "start": start, "end": start + len(m.group(2))})
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), spans


PH_ALT = "ikke oplyst|hemmeligt nummer|se journal|fremgår af fagsystemet|oplyses ved henvendelse"
AD_ALT = "kendt af forvaltningen|fremgår af CPR-registret|beskyttet adresse|se fagsystem|ikke oplyst"
EM_ALT = "via Digital Post|sikker mail via kommunens hjemmeside|ikke oplyst|via borger.dk"


def fix_clean(raw):
    raw = re.sub(r"\b(bor|bo|flyttet|hjemmet|adresse|ud) på (" + AD_ALT + r")\b", r"\1 på en adresse, som er kendt af forvaltningen", raw)
    raw = re.sub(r"\b(på|fra|nummer|mobil) (" + PH_ALT + r")\b", r"\1 det nummer, der står i sagen", raw)
    raw = re.sub(r"\b(til|skrive til|mail|fra) (via Digital Post|via borger.dk|sikker mail via kommunens hjemmeside)", r"\1 (svar via Digital Post)", raw)
    raw = re.sub(r"\b(til|mail) ikke oplyst\b", r"\1 (adresse ikke oplyst)", raw)
    raw = raw.replace("fra det nummer, der står i sagen", "fra sit eget nummer")
    raw = re.sub(r"(\(\d+ år\)) \1", r"\1", raw)
    raw = re.sub(r"(\(\d+ år\)), \d+ år\b", r"\1", raw)
    return raw


def wc(s):
    return len(s.split())


LINE_FMTS = {"kv", "log", "table", "messages", "police", "school", "budget", "arrival", "call", "list", "foged"}
BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}


def compose(gfun, gname, fmt, band):
    lo, hi = BANDS[band]
    for _ in range(400):
        del _all_people[:]
        op, B, cl = gfun(fmt)
        nb = len(B)
        B = B + clean_extras(gname)
        order = [i for i in range(nb) if not getattr(B[i], "pri", False)]
        R.shuffle(order)
        prio = [i for i in range(nb) if getattr(B[i], "pri", False)]
        order = prio[:R.randint(2, 4)] + order + prio
        ext = list(range(nb, len(B)))
        R.shuffle(ext)
        if C.P:
            order = order + ext
        else:
            order = order + ext
            R.shuffle(order)
        clock_reset()
        opened = op()
        closed = cl() if cl else None
        base = wc(parse(opened)[0]) + (wc(parse(closed)[0]) if closed else 0)
        chosen, tot = [], base
        target = lo + (R.randint(0, (hi - lo) * 2 // 5) if band != "short" else R.randint(0, 30))
        seen = set()
        for i in order:
            if i in seen:
                continue
            seen.add(i)
            if tot >= target:
                break
            w = wc(parse(B[i]())[0])
            if tot + w > hi:
                continue
            chosen.append(i); tot += w
        chosen.sort()
        for p in list(_all_people):
            p.mentioned = False
        clock_reset()
        head = op()
        body = [B[i]() for i in chosen]
        c2 = cl() if cl else None
        if fmt in LINE_FMTS:
            raw = "\n".join([head] + body + ([c2] if c2 else []))
        else:
            paras, cur = [], []
            for b in body:
                cur.append(b)
                if len(cur) >= R.randint(1, 3):
                    paras.append(" ".join(cur)); cur = []
            if cur:
                paras.append(" ".join(cur))
            raw = "\n\n".join([head] + paras + ([c2] if c2 else []))
        if not C.P:
            raw = fix_clean(raw)
        text, spans = parse(raw)
        if lo <= wc(text) <= hi:
            return raw
    raise RuntimeError(f"cannot fill {gname}/{fmt}/{band}")


_all_people = []
_orig_new_person = new_person


def new_person(*a, **k):
    used = set()
    for q in _all_people:
        used.add(q.first); used.add(q.last)
    for _ in range(20):
        p = _orig_new_person(*a, **k)
        if p.first not in used and (p.last not in used or "last" in k and k["last"]):
            break
    _all_people.append(p)
    return p


# ================================================================ institutions
INST = {
    "school": ["Friskolen ved Gudenåen", "Den Lille Skole i Hørsholm", "Privatskolen Fjordglimt", "Lilleskolen Kragelund",
               "Friskolen Agerbæk", "Behandlingsskolen Solsikken", "Heldagsskolen Kompasrosen"],
    "daycare": ["Børnehuset Mælkebøtten", "Naturbørnehaven Troldeskoven", "Skovbørnehaven Myretuen", "Vuggestuen Humlebien",
                "Børnehaven Regnbuen", "Privat dagpleje Spiretoppen"],
    "home": ["Opholdsstedet Kildegården", "Bostedet Lærkereden", "Døgntilbuddet Egholm", "Opholdsstedet Havbrisen",
             "Socialpædagogisk Opholdssted Engly", "Ungdomspensionen Kompasset"],
    "club": ["Ungdomsklubben Tårnet", "Fritidsklubben Svanen", "Rideklubben Hestehaven", "Sportsklubben Østerbro Boldklub",
             "FDF Kredsen ved Kirkebakken", "Bokseklubben Slaget"],
    "foster": ["Familieplejen Vestjylland", "Plejefamilieforeningen Trygge Rammer", "Familieplejeforeningen Nordlys",
               "Plejefamiliekonsulenterne ApS"],
    "efterskole": ["Egebjerg Efterskole", "Efterskolen ved Limfjorden", "Idrætsefterskolen Vestkysten", "Efterskolen Sølyst",
                   "Musikefterskolen Højen"],
}
INST_T = [
    "Barn A går i {school} og kommer i {club} om eftermiddagen, hvor de voksne kender familien godt.",
    "Anbringelsen sker på {home} fra næste måned. Netværksmøde aftales med ledelsen dér.",
    "Den unge har fået plads på {efterskole} efter sommerferien; indtil da fortsætter skolegangen på {school}.",
    "Underretningen kom fra {daycare}, som gennem flere uger har set, at barnet kommer sultent og uden madpakke.",
    "Opfølgning: kontaktpædagogen fra {home} deltager i mødet på rådhuset, og den unge fortsætter i {club} to aftener om ugen.",
    "Plejefamilien er tilknyttet {foster}, som står for supervision, kurser og vejledning ved akutte problemer.",
    "Søskende går i {school} og {daycare}; forældrene ønsker ikke, at institutionerne deler oplysninger uden samtykke.",
    "Den unge træner to gange om ugen i {club} og har en god voksenkontakt der, som gerne vil indgå i netværket.",
    "Aflastning gives en weekend om måneden på {home}. Kommunen sørger for transport fra skolen fredag eftermiddag.",
    "Lillebror er startet i {daycare}, og overgangen er gået godt ifølge pædagogerne.",
    "Konsulent fra {foster} har sammen med sagsbehandleren besøgt plejefamilien og drøftet samvær med mor.",
    "Efter et hårdt år i folkeskolen ønsker den unge at tage 10. klasse på {efterskole}; kommunen vurderer støtte til opholdet efter reglerne.",
    "{school} har indkaldt til møde om fravær. Skolen foreslår, at den unge får en mentor fra {club}.",
    "Barnet er visiteret til {school}, hvor klasserne har højst otte elever og tæt voksenstøtte.",
]


def gen_institution():
    for _ in range(100):
        t = ch(INST_T)
        used = []
        def sub(m):
            opts = [x for x in INST[m.group(1)] if x not in used]
            x = ch(opts); used.append(x)
            return mk("institution", x)
        raw = re.sub(r"\{(\w+)\}", sub, t)
        text, spans = parse(raw)
        if 12 <= wc(text) <= 40:
            return raw
    raise RuntimeError("inst")


# ================================================================ checks
POOL_NAMES = []
for _o, (_f, _m, _s) in NAMES.items():
    for n in _f + _m + _s:
        if n not in POOL_NAMES:
            POOL_NAMES.append(n)
for n in NICK.values():
    if n not in POOL_NAMES:
        POOL_NAMES.append(n)
POOL_RE = [re.compile(r"(?<!\w)(" + re.escape(n) + "|" + re.escape(n.upper()) + r")(?!\w)") for n in POOL_NAMES]
PHONE_RES = [re.compile(r"(?<![\w+])(?:\+|00)\d{2,3}[ .-]?\d[\d .-]{4,14}\d(?!\d)"),
             re.compile(r"(?<![\d.,/-])\d{2}([ .-]?)\d{2}\1\d{2}\1\d{2}(?![\d])"),
             re.compile(r"(?<![\d.,/-])\d{4} \d{4}(?![\d])")]
CPR_RES = [re.compile(r"(?<![\d.,/-])\d{2}([. ]?)\d{2}\1\d{2}\s?[-/]?\s?\d{4}(?!\d)")]
STREET_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(s) for s in STREETS) + r")\s*\d")
BORN_RE = re.compile(r"(?<!\w)(født|f\.|fødselsdato|Født|Fødselsdato|F\.dato|Fødselsdag)(?:\s*d\.)?:?\s*\d", re.I)
PUBLIC_RE = [re.compile(r"(?<![\d])" + re.escape(n) + r"(?![\d])") for n in PUBLIC_NUMBERS]
CVR_RE = re.compile(r"CVR[- ]?(?:nr\.?)?:?\s*$")


def inside(spans, a, b):
    return any(sp["start"] <= a and b <= sp["end"] for sp in spans)


def check(text, spans, allowed, band, forbidden=()):
    errs = []
    last = 0
    for sp in spans:
        if text[sp["start"]:sp["end"]] != sp["text"]: errs.append("offset")
        if sp["start"] < last: errs.append("order")
        last = sp["end"]
        if sp["kind"] not in allowed: errs.append("kind " + sp["kind"])
        if sp["text"] != sp["text"].strip(): errs.append("ws")
    lo, hi = band
    if not lo <= wc(text) <= hi: errs.append(f"band {wc(text)}")
    for sp in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(sp["text"]) + r"(?!\w)", text):
            if not inside(spans, m.start(), m.end()): errs.append("unplanted copy " + sp["text"])
    for rx in POOL_RE:
        for m in rx.finditer(text):
            if not inside(spans, m.start(), m.end()): errs.append("pool name " + m.group(0))
    pub = [(m.start(), m.end()) for rx in PUBLIC_RE for m in rx.finditer(text)]
    for rx in PHONE_RES + CPR_RES:
        for m in rx.finditer(text):
            if inside(spans, m.start(), m.end()): continue
            if any(a <= m.start() and m.end() <= b for a, b in pub): continue
            if CVR_RE.search(text[max(0, m.start() - 12):m.start()]): continue
            errs.append("number " + m.group(0))
    for m in re.finditer("@", text):
        if not any(sp["kind"] == "email" and sp["start"] <= m.start() < sp["end"] for sp in spans): errs.append("@")
    for m in STREET_RE.finditer(text):
        if not any(sp["kind"] == "address" and sp["start"] <= m.start() < sp["end"] for sp in spans): errs.append("street " + m.group(0))
    for m in BORN_RE.finditer(text):
        if not inside(spans, m.end() - 1, m.end()): errs.append("born " + m.group(0))
    for f in forbidden:
        if f in text: errs.append("planted text in clean: " + f)
    return errs


# ================================================================ main
def build():
    global C
    planted, clean, inst = [], [], []
    plan = []
    for i in range(240):
        g = i % 6; k = i // 6
        gname, gfun, fmts = GENRES[g]
        plan.append((gname, gfun, fmts[(k // 3) % len(fmts)], ["short", "medium", "long"][k % 3]))
    C.P = True
    for i, (gname, gfun, fmt, band) in enumerate(plan):
        for tries in range(200):
            raw = compose(gfun, gname, fmt, band)
            text, spans = parse(raw)
            errs = check(text, spans, {"name", "phone", "email", "address", "dob", "cpr"}, BANDS[band])
            if not errs: break
            if os.environ.get("DEBUG"): print("P", i, gname, fmt, errs[:3], file=sys.stderr)
        else:
            raise RuntimeError(f"planted {i} {errs}")
        planted.append({"id": f"{CORPUS}-p{i + 1:03d}", "text": text, "planted": spans, "_meta": (gname, fmt, band)})
    forb = []
    for d in planted:
        for sp in d["planted"]:
            if sp["kind"] != "name" and sp["text"] not in forb:
                forb.append(sp["text"])
    C.P = False
    for i, (gname, gfun, fmt, band) in enumerate(plan):
        for tries in range(200):
            raw = compose(gfun, gname, fmt, band)
            text, spans = parse(raw)
            errs = check(text, spans, set(), BANDS[band], forb)
            if not spans and not errs: break
            if os.environ.get("DEBUG"): print("C", i, gname, fmt, errs[:3], file=sys.stderr)
        else:
            raise RuntimeError(f"clean {i} {errs}")
        clean.append({"id": f"{CORPUS}-c{i + 1:03d}", "text": text, "planted": [], "_meta": (gname, fmt, band)})
    C.P = True
    for i in range(30):
        for tries in range(200):
            text, spans = parse(gen_institution())
            errs = check(text, spans, {"institution"}, (12, 40))
            if not errs: break
        else:
            raise RuntimeError("inst")
        inst.append({"id": f"{CORPUS}-i{i + 1:03d}", "text": text, "planted": spans, "_meta": ("inst", "prose", "short")})
    return planted, clean, inst


def main():
    planted, clean, inst = build()
    # global checks
    for docs, pre, n in ((planted, "p", 240), (clean, "c", 240), (inst, "i", 30)):
        assert [d["id"] for d in docs] == [f"{CORPUS}-{pre}{i + 1:03d}" for i in range(n)], "ids"
    counts = {}
    for d in planted:
        for sp in d["planted"]:
            counts[sp["kind"]] = counts.get(sp["kind"], 0) + 1
    tot = sum(counts.values())
    assert 3000 <= tot <= 4500, (tot, counts)
    for kd in ("phone", "address", "dob"):
        assert counts.get(kd, 0) >= 250, (kd, counts)
    for kd in ("cpr", "email"):
        assert counts.get(kd, 0) >= 120, (kd, counts)
    assert counts["name"] == max(counts.values()), counts
    stats = {}
    for fn, docs in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8", newline="\n") as fh:
            for d in docs:
                meta = d.pop("_meta")
                stats.setdefault(fn, []).append(meta)
                fh.write(json.dumps({"id": d["id"], "text": d["text"], "planted": [
                    {"kind": s["kind"], "text": s["text"], "start": s["start"], "end": s["end"]} for s in d["planted"]]},
                    ensure_ascii=False) + "\n")
    print("span counts:", json.dumps(counts, sort_keys=True), "total", tot)
    for fn, metas in stats.items():
        tally = {}
        for m in metas:
            key = f"{m[0]}/{m[1]}/{m[2]}"
            tally[key] = tally.get(key, 0) + 1
        print(fn, json.dumps(tally, sort_keys=True, ensure_ascii=False))
    for fn in ("planted.jsonl", "clean.jsonl", "institutions.jsonl"):
        print(fn, hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
