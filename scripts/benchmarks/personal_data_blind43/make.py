#!/usr/bin/env python3
"""Generate the blind43 held-out corpus. Python 3.11 stdlib only; deterministic."""
import json, re, sys, os, datetime, unicodedata, hashlib
import random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pools as P
from content import GENRES, LOOKALIKE_GENERIC, INST_TEMPLATES, GENERIC_KV, SIGN, ID_HEADERS

SEED = 4343
R = random.Random(SEED)
CORPUS = "blind43"
OUT = os.path.dirname(os.path.abspath(__file__))
ORIGINS = list(P.FIRST.keys())
ORIGIN_W = [22 if o == "dk" else 6 if o == "dkrare" else 3 for o in ORIGINS]
MONTHS = ["januar","februar","marts","april","maj","juni","juli","august","september","oktober","november","december"]
MONTHS_EN = ["January","February","March","April","May","June","July","August","September","October","November","December"]
ORD = ["første","anden","tredje","fjerde","femte","sjette","syvende","ottende","niende","tiende","ellevte","tolvte","trettende","fjortende","femtende","sekstende","syttende","attende","nittende","tyvende","enogtyvende","toogtyvende","treogtyvende","fireogtyvende","femogtyvende","seksogtyvende","syvogtyvende","otteogtyvende","niogtyvende","tredivte","enogtredivte"]
DIG = ["nul","et","to","tre","fire","fem","seks","syv","otte","ni"]
USED_PHONES = set()  # membership only, never iterated
USED_CPR = set()

def fold(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    s = s.replace("ł", "l").replace("ð", "d").replace("ı", "i").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)

# ---------------- formatting of personal data ----------------
def new_phone(first=None):
    while True:
        d = str(first or R.choice("2345678")) + "".join(R.choice("0123456789") for _ in range(7))
        if d not in USED_PHONES and d[:2] not in ("70", "80", "90"):
            USED_PHONES.add(d); return d

def fmt_phone(d, style=None):
    st = style or R.choices(["8", "2222", "44", "dots", "dash", "+45", "+45c", "0045", "(+45)", "spoken"], [14, 24, 10, 5, 5, 12, 4, 4, 3, 2])[0]
    g = [d[0:2], d[2:4], d[4:6], d[6:8]]
    if st == "8": return d
    if st == "2222": return " ".join(g)
    if st == "44": return d[:4] + " " + d[4:]
    if st == "dots": return ".".join(g)
    if st == "dash": return "-".join(g)
    if st == "+45": return "+45 " + " ".join(g)
    if st == "+45c": return "+45" + d
    if st == "0045": return "0045 " + d
    if st == "(+45)": return "(+45) " + d[:4] + " " + d[4:]
    return " ".join(DIG[int(c)] for c in d[:4]) + ", " + " ".join(DIG[int(c)] for c in d[4:])

def foreign_phone(cc):
    if cc == "se":
        d = "7" + R.choice("02369") + "".join(R.choice("0123456789") for _ in range(7))
        return R.choice(["+46 %s %s %s %s" % (d[:2], d[2:5], d[5:7], d[7:]), "0046 %s-%s %s %s" % (d[:2], d[2:5], d[5:7], d[7:]), "+46%s" % d, "0%s-%s %s %s" % (d[:2], d[2:5], d[5:7], d[7:])])
    if cc == "se_land":
        d = "".join(R.choice("0123456789") for _ in range(6))
        return R.choice(["+46 40 %s %s %s" % (d[:2], d[2:4], d[4:]), "040-%s %s %s" % (d[:2], d[2:4], d[4:])])
    d = R.choice(["151", "160", "170", "176"]) + "".join(R.choice("0123456789") for _ in range(8))
    if R.random() < 0.35:
        l = "".join(R.choice("0123456789") for _ in range(6))
        return R.choice(["+49 461 %s" % l, "0049 461 %s %s" % (l[:3], l[3:]), "+49 (0)461 %s" % l, "0461 %s" % l])
    return R.choice(["+49 %s %s" % (d[:3], d[3:]), "0049 %s %s" % (d[:3], d[3:]), "+49%s" % d, "0%s %s" % (d[:3], d[3:])])

def fmt_date(dt, style=None):
    st = style or R.choices(["dots", "long", "iso", "slashyy", "d/m yyyy", "dash", "en1", "en2", "spoken", "short"], [22, 18, 10, 8, 6, 8, 4, 4, 3, 6])[0]
    d, m, y = dt.day, dt.month, dt.year
    if st == "dots": return "%02d.%02d.%d" % (d, m, y)
    if st == "long": return "%d. %s %d" % (d, MONTHS[m-1], y)
    if st == "iso": return "%d-%02d-%02d" % (y, m, d)
    if st == "slashyy": return "%02d/%02d-%02d" % (d, m, y % 100)
    if st == "d/m yyyy": return "%d/%d %d" % (d, m, y)
    if st == "dash": return "%02d-%02d-%d" % (d, m, y)
    if st == "en1": return "%s %d, %d" % (MONTHS_EN[m-1], d, y)
    if st == "en2": return "%d %s %d" % (d, MONTHS_EN[m-1], y)
    if st == "spoken": return "%s %s %d" % (ORD[d-1], MONTHS[m-1], y)
    return "%d.%d.%02d" % (d, m, y % 100)

def make_cpr(dt, g):
    y = dt.year
    while True:
        if y < 2000: s7 = R.choice("0123")
        elif y <= 2036: s7 = R.choice("456789")
        else: s7 = R.choice("5678")
        rest = "".join(R.choice("0123456789") for _ in range(2))
        last = R.choice("02468" if g == "f" else "13579")
        c = "%02d%02d%02d" % (dt.day, dt.month, y % 100) + s7 + rest + last
        if c not in USED_CPR:
            USED_CPR.add(c); return c

def fmt_cpr(c):
    st = R.choices(["dash", "space", "10", "dots", "groups", "dashes"], [40, 14, 16, 10, 10, 10])[0]
    if st == "dash": return c[:6] + "-" + c[6:]
    if st == "space": return c[:6] + " " + c[6:]
    if st == "10": return c
    if st == "dots": return "%s.%s.%s-%s" % (c[:2], c[2:4], c[4:6], c[6:])
    if st == "groups": return "%s %s %s %s" % (c[:2], c[2:4], c[4:6], c[6:])
    return "%s-%s-%s-%s" % (c[:2], c[2:4], c[4:6], c[6:])

def rand_date(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal(); end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))

def dk_address(kind="home"):
    if kind == "holiday":
        st = R.choice(P.HOLIDAY_STREETS); pc, town = R.choice(P.HOLIDAY_TOWNS)
    elif kind == "allot":
        st = R.choice(P.ALLOT_STREETS); pc, town = R.choice(P.TOWNS)
    elif kind == "border":
        st = R.choice(P.STREETS); pc, town = R.choice(P.BORDER_TOWNS)
    else:
        st = R.choice(P.STREETS); pc, town = R.choice(P.TOWNS)
    no = str(R.randint(1, 148)) + (R.choice("ABCDE") if R.random() < 0.15 else "")
    fl = ""
    if kind == "home" and R.random() < 0.4:
        fl = R.choice([", 1. tv", ", 2. th", ", st. tv", ", 3. mf", ", 1.", ", 2. sal", ", 4. th", ", kld."])
    return dict(street=st, no=no, fl=fl, pc=pc, town=town)

def fmt_addr(a, style=None):
    st = style or R.choices(["full", "two", "short", "sloppy", "nr"], [45, 20, 20, 8, 7])[0]
    if a.get("foreign"):
        if st in ("two",): return "%s %s\n%s %s" % (a["street"], a["no"], a["pc"], a["town"])
        if st == "short": return "%s %s" % (a["street"], a["no"])
        return "%s %s, %s %s" % (a["street"], a["no"], a["pc"], a["town"])
    if st == "full": return "%s %s%s, %s %s" % (a["street"], a["no"], a["fl"], a["pc"], a["town"])
    if st == "two": return "%s %s%s\n%s %s" % (a["street"], a["no"], a["fl"], a["pc"], a["town"])
    if st == "short": return "%s %s%s" % (a["street"], a["no"], a["fl"])
    if st == "nr": return "%s nr. %s, %s" % (a["street"], a["no"], a["town"])
    return ("%s %s%s %s %s" % (a["street"], a["no"], a["fl"].replace(",", "").replace(".", ""), a["pc"], a["town"])).lower()

def foreign_addr(cc):
    if cc == "se":
        pc, town = R.choice(P.SE_TOWNS)
        no = str(R.randint(2, 80)) + (R.choice([" A", " B", "", ""]))
        if R.random() < 0.4: no += ", lgh %d" % R.randint(1001, 1404)
        return dict(street=R.choice(P.SE_STREETS), no=no, pc=pc, town=town, foreign=True)
    pc, town = R.choice(P.DE_TOWNS)
    return dict(street=R.choice(P.DE_STREETS), no=str(R.randint(1, 120)) + R.choice(["", "", "a"]), pc=pc, town=town, foreign=True)

# ---------------- persons ----------------
def misspell(s):
    if len(s) < 4 or " " in s: return s
    i = R.randint(1, len(s) - 2)
    op = R.choice(["swap", "double", "drop"])
    if op == "swap": t = s[:i] + s[i+1] + s[i] + s[i+2:]
    elif op == "double": t = s[:i] + s[i] + s[i:]
    else: t = s[:i] + s[i+1:]
    return t if t != s else s + "e"

class Person:
    def __init__(self, role, origin=None, g=None, born=(1972, 1998), last=None, cc=None, work_dom=None):
        self.role = role
        o = origin or R.choices(ORIGINS, ORIGIN_W)[0]
        cands = [x for x in P.FIRST[o] if g is None or x[1] == g]
        self.first, self.g = R.choice(cands)
        if o in ("dk", "dkrare") and R.random() < 0.07:
            other = [x for x in P.FIRST["dk"] if x[1] == self.g and x[0] != self.first]
            self.first = self.first + "-" + R.choice(other)[0]
        lo = o if R.random() < 0.85 else R.choice(["dk", "dkrare"])
        self.last = last or R.choice(P.LAST[lo])
        if last is None and R.random() < 0.08:
            self.last = R.choice(P.LAST[R.choice(["dk", "dkrare"])]) + "-" + self.last
        self.middle = R.choice(P.LAST["dk"]) if (o == "dk" and R.random() < 0.12) else None
        self.nick = P.NICK.get(self.first) if R.random() < 0.5 else None
        self.dob = rand_date(*born)
        self.cpr = make_cpr(self.dob, self.g)
        self.cc = cc
        self.phone = new_phone()
        self.fphone = foreign_phone(cc) if cc else None
        self.addr = foreign_addr(cc) if cc else dk_address()
        self.work_dom = work_dom
        fl, ll = fold(self.first).lower().replace(" ", ""), fold(self.last).lower().replace(" ", "")
        if work_dom:
            self.mail = R.choice([fl[:3] + ll[:2], fl + "." + ll, fl[0] + ll[:3], fl + ll[:1]]) + "@" + work_dom
        else:
            dom = R.choice(P.MAIL_SE if cc == "se" else P.MAIL_DE if cc == "de" else P.MAIL_PRIV)
            self.mail = R.choice([fl + "." + ll, fl + ll + str(self.dob.year % 100), fl[0] + "." + ll, fl + "_" + str(R.randint(1, 99)), ll + fl[:2] + str(self.dob.year)]) + "@" + dom
        parts = (self.first.replace("-", " ") + " " + self.last.replace("-", " ")).split()
        self.init = "".join(w[0] for w in parts[:3]).upper()

    def full(self):
        return self.first + (" " + self.middle if self.middle and R.random() < 0.5 else "") + " " + self.last

    def name(self, form):
        if form == "full": return self.full()
        if form == "f": return self.first
        if form == "l": return self.last
        if form == "inv": return self.last + ", " + self.first
        if form == "caps": return self.full().upper()
        if form == "low": return R.choice([self.first.lower(), self.full().lower()])
        if form == "i": return R.choice([self.init, ".".join(self.init) + ".", self.init])
        if form == "v":
            r = R.random()
            if r < 0.5: return self.first
            if r < 0.62 and self.nick: return self.nick
            if r < 0.72: return misspell(self.first)
            if r < 0.85: return self.full()
            return self.last
        if form == "n": return self.nick or self.first
        raise KeyError(form)

ROLE_CLEAN = {"M": "mor", "F": "far", "B": "Barn A", "B2": "Barn B", "SB": "sagsbehandleren", "T": "klasselæreren", "N": "naboen", "X": None, "Y": None}

# ---------------- template rendering ----------------
PH = re.compile(r"\{([A-Za-z0-9]+)(?:\.([a-z0-9]+))?\}")

def gen_form(name):
    if name[-1] in "sxzSXZ":
        return [("name", name), "'"]
    return [("name", name + "s")]

def value(ctx, key, attr, clean):
    p = ctx["persons"].get(key)
    if p is None:
        v = ctx["vals"][key]
        if isinstance(v, tuple):
            return v[1] if clean else v[0]()
        return v() if callable(v) else v
    a = attr or "full"
    if clean:
        role = ctx["roles"][key]
        if a in ("full", "f", "l", "inv", "caps", "low", "v", "n", "i"): return role
        if a in ("g", "fg"): return role + ("'s" if role[-1] in "ABCD" else "s")
        if a == "tel": return "det oplyste nummer"
        if a == "mail": return "den sikre digitale postkasse"
        if a == "adr": return "bopælsadressen"
        if a == "dob": return str(ctx["age"][key]) + " år"
        if a == "cpr": return "(CPR fremgår af sagen)"
        if a == "ftel": return "det udenlandske nummer"
        if a in ("pro", "obj"): return "barnet"
        if a == "pru": return "Barnet"
        if a == "adr2": return "Børn og Unge"
        raise KeyError(a)
    if a == "pro": return "hun" if p.g == "f" else "han"
    if a == "pru": return "Hun" if p.g == "f" else "Han"
    if a == "obj": return "hende" if p.g == "f" else "ham"
    if a == "adr2": return [("address", fmt_addr(p.addr, "two"))]
    if a in ("full", "f", "l", "inv", "caps", "low", "v", "n", "i"): return [("name", p.name(a))]
    if a == "g": return gen_form(p.name(R.choice(["f", "f", "v"])))
    if a == "fg": return gen_form(p.full())
    if a == "tel": return [("phone", fmt_phone(p.phone))]
    if a == "ftel": return [("phone", p.fphone or fmt_phone(p.phone))]
    if a == "mail": return [("email", p.mail if R.random() < 0.96 else spoken_mail(p.mail))]
    if a == "adr": return [("address", fmt_addr(p.addr))]
    if a == "dob": return [("dob", fmt_date(p.dob))]
    if a == "cpr": return [("cpr", fmt_cpr(p.cpr))]
    raise KeyError(a)

def spoken_mail(m):
    loc, dom = m.split("@")
    return loc.replace(".", " punktum ") + " snabel-a " + dom.replace(".", " punktum ")

def split_alt(s):
    depth = 0
    for i, c in enumerate(s):
        if s.startswith("[[", i): depth += 1
        elif s.startswith("]]", i): depth -= 1
        elif s.startswith("~~", i) and depth == 0: return s[:i], s[i+2:]
    return s, ""

def render(tpl, ctx, clean):
    """returns list of segments (str or (kind, text))"""
    out = []
    i = 0
    while i < len(tpl):
        if tpl.startswith("[[", i):
            depth, j = 1, i + 2
            while depth:
                if tpl.startswith("[[", j): depth += 1; j += 2
                elif tpl.startswith("]]", j): depth -= 1; j += 2
                else: j += 1
            inner = tpl[i+2:j-2]
            a, b = split_alt(inner)
            out += render(b if clean else a, ctx, clean)
            i = j; continue
        m = PH.match(tpl, i)
        if m:
            v = value(ctx, m.group(1), m.group(2), clean)
            if isinstance(v, str):
                v = [v]
            # capitalise clean roles at sentence start
            if clean and v and isinstance(v[0], str):
                prev = "".join(x if isinstance(x, str) else x[1] for x in out)
                if prev.strip() == "" or prev.rstrip(" ").endswith((".", "\n", "!", "?")) or prev.endswith("- "):
                    v = [v[0][:1].upper() + v[0][1:]] + v[1:]
            out += v
            i = m.end(); continue
        out.append(tpl[i]); i += 1
    return out

def assemble(segs):
    text, spans = "", []
    buf = []
    for s in segs:
        if isinstance(s, str): buf.append(s)
        else:
            text += "".join(buf); buf = []
            k, t = s
            spans.append({"kind": k, "text": t, "start": len(text), "end": len(text) + len(t)})
            text += t
    text += "".join(buf)
    return text, spans

def words(t): return len(t.split())

# ---------------- composition ----------------
SWITCHES = ["33 66 33 66", "70 10 18 18"]
STYLES = ["prose", "kv", "list", "table", "sms", "letter", "log"]
FIRMS = ["Nordlager A/S", "Dansk Emballage ApS", "Plejecenter Bakkely", "Rengøringsservice Øst", "Vognmand Frandsens Eftf.", "Byggemarkedet i Vejle", "Slagteriet Syd", "Hotel Strandly", "Bageriet på hjørnet", "Kolding Lagerservice"]
FIRM_DOMS = ["nordlager.dk", "dk-emballage.dk", "bakkely-pleje.dk", "rengoering-oest.dk", "strandly-hotel.dk", "slagteri-syd.dk"]
SHOPS = ["Kiosk Hjørnet", "Pizzeria Napoli", "Grill-Baren", "Foodtruck Havnesnack", "Kebab House Centrum", "Minimarked Øst", "Pizza & Burger Express", "Kiosken ved Stationen"]
BRANDS = ["Kildemoes", "Batavus", "Trek", "Specialized", "Centurion", "Christiania-cykel", "Puch", "Cube", "Mustang"]
COLORS = ["sort", "mørkeblå", "grå", "rød", "hvid", "grøn", "mat sort"]
TEAMS = ["team Nord", "team 2", "Ungeteamet", "team Syd", "Småbørnsteamet", "handicapteamet"]
KLASSER = ["3.A", "4.B", "5.C", "6.A", "7.B", "8.X", "2.C", "0.B"]

def klasse(a):
    if a < 3: return "vuggestue"
    if a < 6: return "børnehave"
    if a <= 15: return "%d.%s" % (a - 6, R.choice("ABCX"))
    return "10. klasse" if a == 16 else "ungdomsuddannelse"

def date_2025():
    d = rand_date(2025, 2025)
    return fmt_date(d, R.choice(["dots", "long", "long"]))

def ctx_for(g, clean):
    gid = g["id"]
    kom, dom = R.choice(P.KOMMUNER)
    persons, roles, age = {}, dict(ROLE_CLEAN), {}
    fam_o = R.choices(ORIGINS, ORIGIN_W)[0]
    mo = fam_o if R.random() < 0.75 else R.choices(ORIGINS, ORIGIN_W)[0]
    F = Person("far", fam_o, "m", cc=("se" if gid == "graense" else None))
    M = Person("mor", mo, "f", cc=("de" if gid == "graense" and R.random() < 0.5 else None))
    lastB = F.last if R.random() < 0.6 else M.last
    B = Person("barn", R.choice([fam_o, fam_o, "dk", "dkrare"]), None, born=((2008, 2013) if gid == "cykel" else (2008, 2020)), last=lastB)
    B2 = Person("barn", R.choice([fam_o, "dk", "dkrare"]), None, born=(2009, 2021), last=lastB)
    SB = Person("sb", None, None, born=(1965, 1996), work_dom=dom)
    T = Person("laerer", None, None, born=(1960, 1996), work_dom="skolekom.dk")
    N = Person("nabo", None, None, born=(1950, 1995))
    xdom = {"arbejdsgiver": R.choice(FIRM_DOMS), "virksomhed": R.choice(["revisionshuset-syd.dk", "bogholder-nord.dk", "regnskabsteam.dk"]), "cykel": "politi.dk", "doeve": R.choice(["tolkeservice-dk.dk", "tegnsprogstolkene.dk"]), "graense": "malmo.se"}.get(gid)
    X = Person("x", "dk" if gid == "cykel" else None, None, born=(1958, 1995), work_dom=xdom)
    yg = "f" if gid in ("sommerhus", "graense", "doeve") else None
    Y = Person("y", fam_o if gid in ("sommerhus", "graense") else None, yg, born=((1945, 1968) if gid in ("sommerhus", "graense") else (1960, 2000)))
    Z = Person("z", None, None, born=(1960, 1995), work_dom=xdom)
    if gid == "doeve" and R.random() < 0.5:
        Y.last = M.last
    persons = dict(M=M, F=F, B=B, B2=B2, SB=SB, T=T, N=N, X=X, Y=Y, Z=Z)
    firsts = [p.first for p in persons.values()]
    lasts = [persons[k].last for k in ("SB", "T", "N", "X", "Y", "Z")]
    if len(set(firsts)) < len(firsts) or len(set(lasts)) < len(lasts) - (1 if Y.last == M.last else 0) or len(set(p.init for p in persons.values())) < len(persons):
        return ctx_for(g, clean)
    roles["X"], roles["Y"], roles["Z"] = g["xrole"], g["yrole"], "den anden tolk"
    age = {k: 2025 - p.dob.year for k, p in persons.items()}
    sh, kh = dk_address("holiday"), dk_address("allot")
    shopadr = dk_address("home")
    vals = dict(
        SH=(lambda: [("address", fmt_addr(sh, R.choice(["full", "full", "short", "nr"])))], "sommerhuset"),
        KH=(lambda: [("address", fmt_addr(kh, R.choice(["full", "short", "short"])))], "kolonihaven"),
        SHOPADR=(lambda: [("address", fmt_addr(shopadr, R.choice(["full", "short", "two"])))], "butikken"),
        NUM=str(R.randint(3, 212)), UGE=str(R.randint(26, 31)), UGE2=str(R.randint(32, 33)),
        DATE=date_2025, TIME=lambda: "%02d:%02d" % (R.randint(7, 22), R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])),
        HTOWN=R.choice(P.HOLIDAY_TOWNS)[1], FIRMA=R.choice(FIRMS), TIMER=str(R.choice([30, 32, 37, 37, 40])), TIMER2=str(R.choice([10, 12, 15, 18, 20])),
        SHOP=R.choice(SHOPS), CVR=R.choice(P.CVRS),
        POL="%d-%05d-%05d-%02d" % (R.choice([1100, 2100, 3500, 4100, 4400]), R.randint(10000, 99999), R.randint(100, 99999), R.choice([24, 25])),
        STEL=R.choice(["WAW", "DKX", "KM", "TR", "SP"]) + str(R.randint(10, 24)) + R.choice("ABCKLM") + "%05d" % R.randint(0, 99999),
        BRAND=R.choice(BRANDS), FARVE=R.choice(COLORS), GEAR=str(R.choice([3, 7, 8, 21, 24])),
        FUNDET=R.choice(["cykelhjelm og lygte", "rygsæk med skolebøger", "låst cykel ved stationen", "nøglebundt og busskort"]),
        MIN=str(R.choice([35, 40, 55, 70])), AGE=str(age["B"]), AGE2=str(age["B2"]), KLASSE=klasse(age["B"]),
        JOUR="27.24.00-A00-%d-25" % R.randint(100, 9999), SAG="S-2025-%05d" % R.randint(100, 99999),
        TEAM=R.choice(TEAMS), KOMMUNE=kom, SWITCH=R.choice(SWITCHES),
    )
    return dict(persons=persons, roles=roles, age=age, vals=vals)

def subj(x):
    return x.replace("Vedr. ", "Vedr.: ", 1) if x.startswith("Vedr. ") else "Vedr.: " + x

def pick(lst, n):
    idx = list(range(len(lst))); R.shuffle(idx)
    return [lst[i] for i in idx[:n]]

def pick_ordered(lst, n):
    idx = list(range(len(lst))); R.shuffle(idx)
    return [lst[i] for i in sorted(idx[:n])]

def times(n):
    h = R.randint(7, 12); m = R.randint(0, 50); out = []
    for _ in range(n):
        out.append("%02d:%02d" % (h, m)); m += R.randint(4, 55)
        h += m // 60; m %= 60
    return out

def look_lines(g, n):
    return pick(g["look"] + LOOKALIKE_GENERIC, n)

def build(g, style, n, clean, nlook):
    """template string for style with n body units"""
    T = R.choice(g["titles"])
    look = look_lines(g, nlook)
    kid = [ID_HEADERS[k] for k in (0, 1, 2, 3, 7)]
    oth = [ID_HEADERS[k] for k in (4, 5, 6)]
    idh = R.choice(kid) + "\n" + (R.choice(oth) + "\n" if n > 1 and R.random() < 0.6 else "")
    if style == "prose":
        head = idh + R.choice(["", "Sagsnr.: {SAG}\n"])
        body = pick(g["prose"], n) + look
        R.shuffle(body)
        return T + "\n" + head + "\n" + "\n\n".join(body) + "\n\n" + R.choice(SIGN[:2] + SIGN[3:])
    if style == "kv":
        base = pick(GENERIC_KV, R.randint(3, 5)) + pick(g["kv"], R.randint(2, 4))
        body = pick(g["prose"], max(0, n - 1)) + look
        return T + "\n\n" + idh + "\n".join(base) + ("\n\nBemærkninger:\n" + "\n\n".join(body) if body else "") + "\n\n" + R.choice(SIGN[:1] + SIGN[3:])
    if style == "list":
        b = pick(g["bullets"], min(len(g["bullets"]), 2 + n)) + look
        R.shuffle(b)
        intro = R.choice(["Kort oversigt:", "Punkter fra samtalen:", "Hovedpunkter", "Aftaler og oplysninger:"])
        extra = "\n\n" + "\n\n".join(pick(g["prose"], n - 2)) if n > 2 else ""
        return T + "\n" + idh + "\n" + intro + "\n" + "\n".join(R.choice(["- ", "• ", "* "]) + x for x in b) + extra + "\n\n" + R.choice(SIGN[:2])
    if style == "table":
        rows = [("Mor", "[[| Mor | {M.full} | {M.tel} | {M.mail} |~~| Mor | forældremyndighed | Digital Post |]]"),
                ("Far", "[[| Far | {F.full} | {F.tel} | {F.mail} |~~| Far | fælles forældremyndighed | Digital Post |]]"),
                ("X", "[[| " + g["xrole"].capitalize() + " | {X.full} | {X.tel} | {X.mail} |~~| " + g["xrole"].capitalize() + " | via hovednummer | {SWITCH} |]]"),
                ("SB", "[[| Sagsbehandler | {SB.full} | {SB.tel} | {SB.mail} |~~| Sagsbehandler | {TEAM} | {SWITCH} |]]"),
                ("T", "[[| Lærer | {T.full} | {T.tel} | {T.mail} |~~| Klasselærer | {KLASSE} | Aula |]]"),
                ("Y", "[[| " + g["yrole"].capitalize() + " | {Y.full} | {Y.tel} | – |~~| " + g["yrole"].capitalize() + " | netværk | – |]]")]
        rs = pick(rows, R.randint(3, 5))
        hdr = "[[| Rolle | Navn | Telefon | Mail |\n|---|---|---|---|~~| Rolle | Kontakt | Bemærkning |\n|---|---|---|]]"
        body = pick(g["prose"], max(0, n - 1)) + look
        return T + "\n" + idh + "\nKontaktoversigt\n" + hdr + "\n" + "\n".join(r[1] for r in rs) + ("\n\n" + "\n\n".join(body) if body else "") + "\n\n" + R.choice(SIGN[:2])
    if style == "sms":
        msgs = pick(g["sms"], min(len(g["sms"]), 1 + n))
        src = R.choice(["Indsat fra sms-tråd", "Kopieret fra mors telefon (med samtykke)", "Beskeder videresendt til sagen", "Skærmbillede afskrevet"])
        day = "%02d.%02d" % (R.randint(1, 28), R.randint(1, 12))
        ts = times(len(msgs))
        lines = ["[%s kl. %s] %s" % (day, ts[i], msgs[i]) for i in range(len(msgs))]
        note = (pick(g["prose"], n - 1) if n >= 2 else pick(g["bullets"], 1)) + look
        return idh + "\n" + src + ":\n" + "\n".join(lines) + "\n\nSagsbehandlers bemærkning:\n" + "\n\n".join(note) + "\n\n" + R.choice(SIGN[:1] + SIGN[3:])
    if style == "letter":
        body = pick(g["prose"], n) + look
        return ("[[{M.full}\n{M.adr2}~~Til forældremyndighedsindehaverne]]\n\n{KOMMUNE}, {DATE}\n\n" + subj(R.choice(g["subjects"])) +
                "\n" + idh + "\n[[Kære {M.f}~~Kære forældre]]\n\n" + "\n\n".join(body) + "\n\n" + SIGN[2])
    if style == "log":
        ls = pick_ordered(g["log"], min(len(g["log"]), 2 + n)) + look[:1]
        ts = times(len(ls))
        extra = "\n\n" + "\n\n".join(pick(g["prose"], n - 1)) if n >= 2 else ""
        return T + " – " + "{DATE}\n" + idh + "\n" + "\n".join(ts[i] + " – " + ls[i] for i in range(len(ls))) + extra + "\n\n" + R.choice(SIGN[:1] + SIGN[3:])
    raise ValueError(style)

BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}

def make_text(g, style, band, clean):
    lo, hi = BANDS[band]
    for attempt in range(400):
        ctx = ctx_for(g, clean)
        nlook = (R.randint(1, 3) if clean else R.choice([0, 0, 1, 1, 2])) if band != "short" else (1 if clean and R.random() < 0.6 else 0)
        n = {"short": R.choice([1, 1, 2]), "medium": R.choice([2, 3, 3]), "long": R.choice([4, 5, 6])}[band]
        tpl = build(g, style, n, clean, nlook)
        text, spans = assemble(render(tpl, ctx, clean))
        text = text.strip()
        w = words(text)
        if lo <= w <= hi:
            return text, spans, attempt
    raise RuntimeError("no fit %s %s %s" % (g["id"], style, band))

# ---------------- institutions ----------------
def make_inst():
    out = []
    used = []
    for i in range(30):
        for _ in range(200):
            tpl = INST_TEMPLATES[i % len(INST_TEMPLATES)]
            def iname(cat):
                for _ in range(1000):
                    base = R.choice(P.INST_NAME)
                    nm = R.choice(P.INST_CAT[cat]) + " " + base
                    if nm not in used and not any(x[1] == base for x in segs if isinstance(x, tuple)):
                        used.append(nm); return nm
                raise RuntimeError("institution names exhausted")
            segs, j = [], 0
            for m in re.finditer(r"\{I[12]:([a-z]+)\}", tpl):
                segs.append(tpl[j:m.start()]); segs.append(("institution", iname(m.group(1)))); j = m.end()
            segs.append(tpl[j:])
            text, spans = assemble(segs)
            if 12 <= words(text) <= 40:
                out.append({"id": "%s-i%03d" % (CORPUS, i + 1), "text": text, "planted": spans}); break
    return out

# ---------------- checks ----------------
def pool_names():
    names = []
    for o in ORIGINS:
        names += [f for f, _ in P.FIRST[o]]
        names += P.LAST[o]
    for k in sorted(P.NICK): names.append(P.NICK[k])
    seen, res = {}, []
    for n in names:
        for v in (n, n.upper()):
            if v not in seen: seen[v] = 1; res.append(v)
    return sorted(res, key=lambda s: (-len(s), s))

NAME_RE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in pool_names()) + r")(?![\w])")
PHONE_RES = [re.compile(r"(?<![\w+])(?:\+|00)\d{2}[\d ().-]{6,16}\d(?!\d)"), re.compile(r"(?<![\d.,-])\d{8}(?![\d])"),
             re.compile(r"(?<![\d.,-])\d{2}[ .-]\d{2}[ .-]\d{2}[ .-]\d{2}(?![\d])"), re.compile(r"(?<![\d.,-])\d{4}[ .-]\d{4}(?![\d])")]
CPR_RES = [re.compile(r"(?<![\d.,-])\d{6}[ -]?\d{4}(?!\d)"), re.compile(r"(?<![\d.,-])\d{2}[. -]\d{2}[. -]\d{2}[ .-]?\d{4}(?!\d)")]
ALL_STREETS = P.STREETS + P.HOLIDAY_STREETS + P.ALLOT_STREETS + P.SE_STREETS + P.DE_STREETS + ["Banegårdspladsen", "Klitvejen", "Stationspladsen", "Havnepladsen", "Rådhustorvet"]
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in ALL_STREETS) + r")(?: nr\.)? \d")
FODT_RE = re.compile(r"(?i)(?<!\w)(?:født|f\.|fødselsdato:?)\s*(?:den\s+)?\d")
WHITE = set(P.PUBLIC_NUMBERS + P.CVRS + SWITCHES)

def outside(text, spans):
    mask = [False] * len(text)
    for s in spans:
        for k in range(s["start"], s["end"]): mask[k] = True
    return mask

def check_item(it, allowed, band=None):
    t, sp = it["text"], it["planted"]
    errs = []
    prev = 0
    for s in sp:
        if t[s["start"]:s["end"]] != s["text"]: errs.append("offset")
        if s["start"] < prev: errs.append("order/overlap")
        prev = s["end"]
        if s["kind"] not in allowed: errs.append("kind " + s["kind"])
        if s["text"] != s["text"].strip() or not s["text"]: errs.append("ws")
    if band:
        lo, hi = BANDS[band]
        if not lo <= words(t) <= hi: errs.append("band")
    mask = outside(t, sp)
    def free(a, b): return not any(mask[a:b])
    # unplanted copies
    for s in sp:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", t):
            if not all(mask[m.start():m.end()]): errs.append("copy:" + s["text"])
    for m in NAME_RE.finditer(t):
        if not all(mask[m.start():m.end()]): errs.append("name:" + m.group())
    for rx in PHONE_RES + CPR_RES:
        for m in rx.finditer(t):
            if not all(mask[m.start():m.end()]) and m.group().strip() not in WHITE:
                errs.append("num:" + m.group())
    for k, c in enumerate(t):
        if c == "@" and not mask[k]: errs.append("@")
    for bad in ("{", "}", "[[", "]]", "~~", "  ", " ,", " .\n"):
        if bad in t: errs.append("junk:" + bad)
    for m in STREET_RE.finditer(t):
        if not all(mask[m.start():m.end()]): errs.append("street:" + m.group())
    for m in FODT_RE.finditer(t):
        if not mask[m.end() - 1]: errs.append("fodt:" + m.group())
    return errs

# ---------------- main ----------------
def main():
    planted, clean, notes = [], [], []
    for mode, lst, pref in (("p", planted, "p"), ("c", clean, "c")):
        for i in range(240):
            g = GENRES[i % 6]
            band = ["short", "medium", "long"][(i // 6 + i % 6) % 3]
            style = STYLES[(i // 6 + i % 6 + (3 if mode == "c" else 0)) % 7]
            for tries in range(100):
                text, spans, att = make_text(g, style, band, mode == "c")
                it = {"id": "%s-%s%03d" % (CORPUS, pref, i + 1), "text": text, "planted": spans}
                errs = check_item(it, {"name", "phone", "email", "address", "dob", "cpr"} if mode == "p" else set(), band)
                if mode == "c" and spans: errs.append("clean has spans")
                if not errs: break
                if os.environ.get("DEBUG"): print(it["id"], errs[:4], file=sys.stderr)
            else:
                raise RuntimeError("could not draw %s: %s" % (it["id"], errs))
            lst.append(it); notes.append((it["id"], g["id"], style, band))
            if os.environ.get("DEBUG"): print("done", it["id"], file=sys.stderr, flush=True)
    # no planted sensitive text in clean texts
    sens = sorted({s["text"] for it in planted for s in it["planted"] if s["kind"] != "name"})
    ctext = "\n".join(it["text"] for it in clean)
    bad = [s for s in sens if s in ctext]
    assert not bad, bad[:10]
    inst = make_inst()
    for it in inst:
        e = check_item(it, {"institution"})
        assert not e, (it["id"], e)
        assert 12 <= words(it["text"]) <= 40
    for lst, pref, n in ((planted, "p", 240), (clean, "c", 240), (inst, "i", 30)):
        assert [x["id"] for x in lst] == ["%s-%s%03d" % (CORPUS, pref, k + 1) for k in range(n)]
    # totals
    tot = {}
    for it in planted:
        for s in it["planted"]: tot[s["kind"]] = tot.get(s["kind"], 0) + 1
    n = sum(tot.values())
    assert 3000 <= n <= 4500, (n, tot)
    for k, m in (("phone", 250), ("address", 250), ("dob", 250), ("cpr", 120), ("email", 120)):
        assert tot.get(k, 0) >= m, (k, tot)
    assert tot["name"] == max(tot.values()), tot
    for name, lst in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for it in lst: f.write(json.dumps(it, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "stats.txt"), "w", encoding="utf-8") as f:
        f.write("span totals (planted): %s total=%d\n" % (json.dumps(dict(sorted(tot.items()))), n))
        cnt = {}
        for _id, gid, style, band in notes:
            key = (_id.split("-")[1][0], gid, style, band)
            cnt[key] = cnt.get(key, 0) + 1
        for key in sorted(cnt): f.write("%s %s %s %s %d\n" % (key + (cnt[key],)))
    print("ok", n, json.dumps(dict(sorted(tot.items()))))

if __name__ == "__main__":
    main()
