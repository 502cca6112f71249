"""blind46: held-out corpus generator. Python 3.11 stdlib only. Run: python3 make.py"""
import json, random, re, sys, unicodedata, hashlib, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import (NAMES, ORIGIN_WEIGHTS, VN_MIDDLE_F, VN_MIDDLE_M, NICK, STREETS, TOWNS,
                   KOMMUNE_DOMAINS, PRIVATE_DOMAINS, FOREIGN_ADDR, FOREIGN_PHONE)

SEED = 46046
R = random.Random(SEED)
CORPUS = "blind46"
OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- markup
def S(kind, text):
    assert text == text.strip() and text, (kind, text)
    return "\x01" + kind + "\x02" + text + "\x03"

def parse(marked):
    out, spans, i = [], [], 0
    pos = 0
    while i < len(marked):
        ch = marked[i]
        if ch == "\x01":
            j = marked.index("\x02", i); k = marked.index("\x03", j)
            kind = marked[i + 1:j]; t = marked[j + 1:k]
            spans.append({"kind": kind, "text": t, "start": pos, "end": pos + len(t)})
            out.append(t); pos += len(t); i = k + 1
        else:
            out.append(ch); pos += 1; i += 1
    return "".join(out), spans

def words(marked):
    return len(parse(marked)[0].split())

def ch(seq):
    return R.choice(seq)

def wch(pairs):
    tot = sum(w for _, w in pairs); x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]

def cap(s):
    # capitalise first visible letter (skips markup)
    skip = False
    for i, c in enumerate(s):
        if c == "\x01": skip = True
        elif c == "\x02": skip = False
        elif c.isalpha() and not skip:
            return s[:i] + c.upper() + s[i + 1:]
    return s

# ---------------------------------------------------------------- numbers, dates
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
UNITS = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs", 9: "halvfems"}
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende", "nittende",
       "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende", "seksogtyvende",
       "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]

def num_da(n):
    if n < 10: return UNITS[n]
    if n < 20: return TEENS[n - 10]
    t, u = divmod(n, 10)
    return (UNITS[u] + "og" + TENS[t]) if u else TENS[t]

def pair_da(n):
    return ("nul " + UNITS[n]) if n < 10 else num_da(n)

def year_da(y):
    if y >= 2000:
        return "to tusind" + ((" og " + num_da(y - 2000)) if y > 2000 else "")
    return "nitten" + num_da(y - 1900)

DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

def rand_date(y0, y1):
    y = R.randint(y0, y1); m = R.randint(1, 12)
    d = R.randint(1, DIM[m - 1] + (1 if m == 2 and y % 4 == 0 else 0))
    return (y, m, d)

def fmt_dob(dt, style=None):
    y, m, d = dt
    style = style or wch([("dot", 30), ("long", 18), ("iso", 8), ("slash", 10), ("short", 8), ("dash", 6),
                          ("en", 5), ("en2", 3), ("spoken", 3), ("dotnz", 6), ("longnz", 3)])
    return {
        "dot": f"{d:02d}.{m:02d}.{y}", "long": f"{d}. {MONTHS[m-1]} {y}", "iso": f"{y}-{m:02d}-{d:02d}",
        "slash": f"{d}/{m}-{y}", "short": f"{d:02d}/{m:02d}-{y % 100:02d}", "dash": f"{d:02d}-{m:02d}-{y}",
        "en": f"{MONTHS_EN[m-1]} {d}, {y}", "en2": f"{d} {MONTHS_EN[m-1]} {y}",
        "spoken": f"{ORD[d-1]} {MONTHS[m-1]} {year_da(y)}", "dotnz": f"{d}.{m}.{y}",
        "longnz": f"{d}. {MONTHS[m-1][:3]}. {y}",
    }[style]

def make_serial(dt, male):
    y = dt[0]
    if y >= 2000: d7 = R.choice([4, 5, 6, 7, 8, 9])
    elif y >= 1937: d7 = R.choice([0, 1, 2, 3, 4, 9])
    else: d7 = R.choice([0, 1, 2, 3])
    last = R.choice([1, 3, 5, 7, 9]) if male else R.choice([0, 2, 4, 6, 8])
    return f"{d7}{R.randint(0, 99):02d}{last}"

def fmt_cpr(dt, serial, style=None):
    y, m, d = dt; yy = y % 100
    style = style or wch([("dash", 45), ("space", 12), ("plain", 15), ("dots", 8), ("groups", 6), ("endash", 5),
                          ("dashes", 5), ("ddmm", 4)])
    return {
        "dash": f"{d:02d}{m:02d}{yy:02d}-{serial}", "space": f"{d:02d}{m:02d}{yy:02d} {serial}",
        "plain": f"{d:02d}{m:02d}{yy:02d}{serial}", "dots": f"{d:02d}.{m:02d}.{yy:02d}-{serial}",
        "groups": f"{d:02d} {m:02d} {yy:02d} {serial}", "endash": f"{d:02d}{m:02d}{yy:02d}\u2013{serial}",
        "dashes": f"{d:02d}-{m:02d}-{yy:02d}-{serial}", "ddmm": f"{d:02d}{m:02d} {yy:02d}-{serial}",
    }[style]

PUBLIC_NUMBERS = ["72 56 70 00", "33 41 12 00", "33 19 32 00", "33 13 25 12", "70 11 31 31"]
SWITCHBOARD = ["70 70 12 34", "70 20 40 60", "70 11 22 44"]  # invented, labelled "kommunens hovednummer"

def dk_digits():
    while True:
        s = str(R.choice([2, 3, 4, 5, 6, 7, 8, 9, 2, 4, 5, 6, 9])) + "".join(str(R.randint(0, 9)) for _ in range(7))
        if s[:2] not in ("70", "80", "90") and not any(s == p.replace(" ", "") for p in PUBLIC_NUMBERS + SWITCHBOARD):
            return s

def fmt_phone(s, style=None):
    style = style or wch([("pairs", 34), ("plain", 20), ("four", 12), ("p45", 12), ("p45plain", 4), ("0045", 4),
                          ("dots", 5), ("dashes", 4), ("paren", 3), ("spoken", 2)])
    p = [s[0:2], s[2:4], s[4:6], s[6:8]]
    return {
        "pairs": " ".join(p), "plain": s, "four": s[:4] + " " + s[4:], "p45": "+45 " + " ".join(p),
        "p45plain": "+45" + s, "0045": "0045 " + s, "dots": ".".join(p), "dashes": "-".join(p),
        "paren": "(+45) " + s[:4] + " " + s[4:], "spoken": " ".join(pair_da(int(x)) for x in p),
    }[style]

def foreign_phone(origin):
    pat = FOREIGN_PHONE[origin]
    out = "".join(str(R.randint(0, 9)) if c == "#" else c for c in pat)
    return out

def asciify(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    s = s.replace("ł", "l").replace("Ł", "L").replace("ð", "d").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_"))

HOME_TOWN = None

def make_address(origin=None, town=None):
    st = ch(STREETS); n = R.randint(1, 148)
    letter = ch("ABCD") if R.random() < 0.15 else ""
    floor = ""
    if R.random() < 0.3:
        floor = ch(["st. tv.", "st. th.", "1. tv.", "1. th.", "2. tv.", "2. th.", "3. mf.", "1.th", "2.tv", "4. 12", "1. sal"])
    pc, tw = town or ch(TOWNS)
    return {"st": st, "n": n, "letter": letter, "floor": floor, "pc": pc, "town": tw, "foreign": None}

def fmt_address(a, style=None):
    if a["foreign"]:
        return a["foreign"]
    st, n, L, fl, pc, tw = a["st"], a["n"], a["letter"], a["floor"], a["pc"], a["town"]
    style = style or wch([("full", 45), ("street", 20), ("sloppy", 8), ("nocomma", 8), ("nr", 4),
                          ("towno", 10)])
    base = f"{st} {n}{L}" + (f", {fl}" if fl else "")
    if style == "full": return f"{base}, {pc} {tw}"
    if style == "twoline": return f"{base}\n{pc} {tw}"
    if style == "street": return base
    if style == "sloppy": return f"{st.lower()} {n}{L.lower()} {tw.lower().split()[0]}"
    if style == "nocomma": return f"{st} {n}{L}{(' ' + fl.replace(' ', '')) if fl else ''} {pc} {tw}"
    if style == "nr": return f"{st} nr. {n}{L}, {tw}"
    return f"{base}, {tw}"

# ---------------------------------------------------------------- persons
ROLE_CLEAN = {  # role -> (prose form, kv descriptor list)
    "child": ("Barn A", ["Barn A", "Barn A (se alder)"]), "sib": ("Barn B", ["Barn B", "storebror til Barn A"]),
    "sib2": ("Barn C", ["Barn C"]),
    "mother": ("mor", ["mor, forældremyndighedsindehaver", "mor (fælles forældremyndighed)", "mor"]),
    "father": ("far", ["far, forældremyndighedsindehaver", "far (fælles forældremyndighed)", "far"]),
    "stepf": ("mors samlever", ["mors samlever"]), "stepm": ("fars kæreste", ["fars kæreste"]),
    "grandma": ("mormor", ["mormor"]), "grandpa": ("morfar", ["morfar"]), "farmor": ("farmor", ["farmor"]),
    "aunt": ("moster", ["moster"]), "uncle": ("farbror", ["farbror"]), "cousin": ("fætteren", ["fætter, 19 år"]),
    "neighbor": ("naboen", ["nabo"]), "friend": ("en veninde til mor", ["veninde til mor"]),
    "coachp": ("fodboldtræneren", ["træner i den lokale fodboldklub"]),
    "childminder": ("dagplejeren", ["fast dagplejer"]), "guest": ("gæstedagplejeren", ["gæstedagplejer"]),
    "dpp": ("dagplejepædagogen", ["dagplejepædagog"]), "caseworker": ("sagsbehandleren", ["sagsbehandler"]),
    "leader": ("teamlederen", ["teamleder"]), "teacher": ("klasselæreren", ["klasselærer"]),
    "principal": ("skolelederen", ["skoleleder"]), "clubleader": ("klubmedarbejderen", ["klubmedarbejder"]),
    "driver": ("chaufføren", ["buschauffør"]), "contact": ("kontaktpersonen", ["kontaktperson"]),
    "lawyer": ("advokaten", ["advokat"]), "bisidder": ("bisidderen", ["bisidder"]),
    "nurse": ("sundhedsplejersken", ["sundhedsplejerske"]), "psych": ("PPR-psykologen", ["psykolog, PPR"]),
    "jurist": ("juristen", ["jurist i Børn og Unge"]), "newteacher": ("skolelederen på den nye skole", ["skoleleder, ny skole"]),
}
ROLE_ABBR = {"childminder": "DP", "guest": "GDP", "dpp": "DPP", "caseworker": "sagsbeh.", "clubleader": "klub",
             "contact": "KP", "leader": "TL", "teacher": "klasselærer", "jurist": "jur."}

class Person:
    def __init__(self, role, planted, gender=None, origin=None, born=(1975, 2000), fam=None, town=None):
        self.role, self.planted = role, planted
        self.gender = gender or ch("fm")
        self.origin = origin or wch(ORIGIN_WEIGHTS)
        fem, mal, sur = NAMES[self.origin]
        self.first = ch(fem if self.gender == "f" else mal)
        self.last = fam.last if (fam is not None and R.random() < 0.7) else ch(sur)
        if self.origin == "dk" and R.random() < 0.15:
            self.middle = ch(NAMES["dk"][2])
            if self.middle == self.last or "-" in self.middle: self.middle = ""
        else:
            self.middle = ""
        if self.origin == "vn":
            self.middle = ch(VN_MIDDLE_F if self.gender == "f" else VN_MIDDLE_M)
        self.dobt = rand_date(*born)
        self.serial = make_serial(self.dobt, self.gender == "m")
        self.ph = dk_digits()
        self.foreign_ph = None
        if self.origin in FOREIGN_PHONE and R.random() < 0.25:
            self.foreign_ph = foreign_phone(self.origin)
        self.addr = make_address(town=town)
        if fam is not None and R.random() < 0.75:
            self.addr = fam.addr
        elif self.origin in FOREIGN_ADDR and R.random() < 0.2:
            self.addr = dict(self.addr); self.addr["foreign"] = ch(FOREIGN_ADDR[self.origin]).format(n=R.randint(2, 60))
        self.work = role in ("childminder", "guest", "dpp", "caseworker", "leader", "teacher", "principal",
                             "clubleader", "contact", "lawyer", "bisidder", "nurse", "psych", "jurist", "newteacher", "driver")
        self.domain = ch(KOMMUNE_DOMAINS) if role not in ("lawyer", "bisidder") else ch(["advokathuset-vest.dk", "ret-og-raad.dk", "familieadvokaten.dk", "bisidderne.dk"])
        self._mail = None
        self.age = None

    # ---- names
    def fullstr(self):
        if self.origin == "vn":
            return f"{self.last} {self.middle} {self.first}"
        return " ".join(x for x in (self.first, self.middle, self.last) if x)

    def role_p(self):
        return ROLE_CLEAN[self.role][0]

    def _N(self, s):
        return S("name", s) if self.planted else self.role_p()

    def full(self): return self._N(self.fullstr())
    def fn(self): return self._N(self.first)
    def ln(self): return self._N(self.last)
    def inv(self): return self._N(f"{self.last}, {self.first}")
    def caps(self): return S("name", self.fullstr().upper()) if self.planted else self.role_p().upper()
    def low(self): return self._N(self.first.lower())
    def nick(self): return self._N(NICK.get(self.first, self.first))
    def mis(self):
        if not self.planted: return self.role_p()
        f = self.first
        if len(f) > 4:
            i = R.randint(1, len(f) - 3)
            f2 = f[:i] + f[i + 1] + f[i] + f[i + 2:]
            if f2 != f: return S("name", f2)
        return S("name", f + f[-1])
    def ini(self):
        if not self.planted: return ROLE_ABBR.get(self.role, self.role_p())
        lc = self.last.replace("á ", "").replace("í ", "").replace(" ", "").replace("'", "")
        a = self.first[0].upper(); b = lc[0].upper()
        return S("name", wch([(f"{a}.{b}.", 3), (f"{a}{b}", 2), ((self.first[:2] + lc[:2]).upper(), 2)]))
    def title(self):
        if not self.planted: return self.role_p()
        return ("fru " if self.gender == "f" else "hr. ") + S("name", self.last)
    def gen(self, form=None):
        if not self.planted:
            r = self.role_p()
            return r + ("'s" if r[-1].isupper() else "s")
        base = {"fn": self.first, "full": self.fullstr(), "ln": self.last}[form or wch([("fn", 7), ("full", 3)])]
        if base[-1] in "sxzSXZ":
            return S("name", base) + "'"
        return S("name", base + "s")
    def n(self):
        """name in running prose"""
        if not self.planted: return self.role_p()
        return wch([(self.fn, 50), (self.full, 25), (self.nick, 4), (self.mis, 2)])() if self.role not in (
            "caseworker", "leader", "teacher", "principal", "lawyer", "jurist", "psych", "newteacher") else \
            wch([(self.full, 45), (self.fn, 25), (self.title, 15), (self.ln, 15)])()
    def N(self): return cap(self.n())
    def who(self):
        """role + name on first mention"""
        if not self.planted: return self.role_p()
        if self.role in ("child", "sib", "sib2"):
            return self.full() + wch([("", 3), (f" ({self.dob()})", 4), (f", født {self.dob()},", 2), (f" (cpr. {self.cpr()})", 1)])
        return f"{self.role_p()} {self.full() if R.random() < 0.6 else self.fn()}"
    def kv(self):
        if not self.planted: return ch(ROLE_CLEAN[self.role][1])
        return wch([(self.full, 70), (self.inv, 20), (self.caps, 10)])()

    # ---- contact data
    def tel(self, style=None):
        if not self.planted:
            return ch(["se kontaktark", "oplyst i fagsystemet", "via Aula", "ikke anført", "kendt af dagplejen" if GENRE_NOW[0] == "dagpleje" else "kendt af skolen"])
        if self.foreign_ph and R.random() < 0.5:
            return S("phone", self.foreign_ph)
        return S("phone", fmt_phone(self.ph, style))
    def reach(self):
        if not self.planted:
            return ch(["via kontaktarket", "på det nummer, familien har", "via sagsbehandleren", "via Aula"])
        return ch(["på ", "på tlf. ", "på mobil ", "på "]) + self.tel()
    def tel2(self):
        """second phone, e.g. work number"""
        if not self.planted: return "ikke anført"
        return S("phone", fmt_phone(dk_digits()))
    def mail(self, spoken=False):
        if not self.planted:
            return ch(["via Digital Post", "sikker mail via kommunen", "via Aula", "ikke anført"])
        if self._mail is None:
            f = asciify(self.first).lower().replace(" ", ""); l = asciify(self.last).lower().replace(" ", "").replace("'", "")
            if self.work:
                loc = wch([((f[:2] + l[:2]), 4), (f"{f}.{l}", 3), (f[0] + l[0] + l[-1], 2)])
                self._mail = f"{loc}@{self.domain}"
            else:
                loc = wch([(f"{f}.{l}", 3), (f"{f}{R.randint(70, 99)}", 2), (f"{f}_{l[:3]}", 1), (f"{f[0]}{l}", 2),
                           (f"familien.{l}", 1), (f"{f}.{l}{R.randint(1, 9)}", 1)])
                self._mail = f"{loc}@{ch(PRIVATE_DOMAINS)}"
        m = self._mail
        if spoken:
            loc, dom = m.split("@")
            return S("email", loc.replace(".", " punktum ") + " snabel-a " + dom.replace(".", " punktum "))
        if R.random() < 0.08:
            m = m[0].upper() + m[1:]
        return S("email", m)
    def adr(self, style=None):
        if not self.planted:
            return ch(["bopæl i kommunen", "adresse fremgår af sagen", "hjemmeadressen", "samme adresse som barnet"])
        return S("address", fmt_address(self.addr, style))
    def dob(self, style=None):
        if not self.planted:
            return f"{self.agey()} år"
        return S("dob", fmt_dob(self.dobt, style))
    def cpr(self, style=None):
        if not self.planted:
            return ch(["fremgår af sagen", "ikke anført", "(udeladt)", "se stamdata"])
        return S("cpr", fmt_cpr(self.dobt, self.serial, style))
    def sibword(self, other):
        older = self.dobt < other.dobt
        return ("store" if older else "lille") + ("søster" if self.gender == "f" else "bror")
    def pr(self): return "hun" if self.gender == "f" else "han"
    def obj(self): return "hende" if self.gender == "f" else "ham"
    def gen_pr(self): return "hendes" if self.gender == "f" else "hans"
    def agey(self):
        y, m, d = self.dobt
        return max(0, 2025 - y - (1 if (m, d) > (5, 1) else 0))
    def born(self):
        """'født <dob>' fragment / clean: age"""
        if not self.planted: return f"{self.agey()} år"
        return ch(["født ", "f. ", "født d. ", ""]) + self.dob()

DOMAIN_OF = {"Silkeborg": "silkeborg.dk", "Horsens": "horsens.dk", "Vejle": "vejle.dk", "Herning": "herning.dk",
             "Viborg": "viborg.dk", "Randers": "randers.dk", "Kolding": "kolding.dk", "Esbjerg": "esbjerg.dk",
             "Odense": "odense.dk", "Roskilde": "roskilde.dk", "Holbæk": "holb.dk", "Næstved": "naestved.dk",
             "Aarhus": "aarhus.dk", "Viby": "aarhus.dk", "Hjørring": "hjoerring.dk", "Svendborg": "svendborg.dk",
             "Slagelse": "slagelse.dk"}

class Cast:
    def __init__(self, planted, child_born=(2010, 2018)):
        self.planted = planted
        self.town = ch(TOWNS)
        self.people = {}
        self.child_born = child_born
        self.domain = DOMAIN_OF.get(self.town[1].split()[0]) or ch(KOMMUNE_DOMAINS)
    def get(self, role, **kw):
        if role in self.people:
            return self.people[role]
        fam = None
        if role in ("child", "sib", "sib2", "father", "grandpa", "farmor", "uncle"):
            fam = self.people.get("mother") if role != "child" else None
            if role in ("sib", "sib2") and "child" in self.people: fam = self.people["child"]
            if role in ("father",) and "child" in self.people: fam = self.people["child"]
        if role in ("mother", "father") and "child" in self.people and R.random() < 0.6:
            fam = self.people["child"]
        born = kw.pop("born", None)
        if born is None:
            born = {"child": self.child_born, "sib": (self.child_born[0] - 4, self.child_born[1]),
                    "sib2": self.child_born, "grandma": (1948, 1968), "grandpa": (1946, 1966), "farmor": (1948, 1968),
                    "cousin": (2003, 2007)}.get(role, (1972, 2001))
        gender = kw.pop("gender", None) or {"mother": "f", "father": "m", "grandma": "f", "grandpa": "m",
                                            "farmor": "f", "aunt": "f", "uncle": "m", "stepf": "m", "stepm": "f"}.get(role)
        origin = kw.pop("origin", None)
        if origin is None and fam is not None and R.random() < 0.85:
            origin = fam.origin
        if origin is None and role in ("mother", "father", "grandma", "grandpa", "aunt", "uncle", "farmor") and "child" in self.people and R.random() < 0.8:
            origin = self.people["child"].origin
        used = [q.first for q in self.people.values()] + [q.last for q in self.people.values()]
        for _ in range(30):
            p = Person(role, self.planted, gender=gender, origin=origin, born=born, fam=fam, town=self.town)
            if p.first not in used and p.fullstr() not in [q.fullstr() for q in self.people.values()]:
                break
        if role in ("child", "sib", "sib2") and p.origin == "vn":
            pass
        if p.work and role not in ("lawyer", "bisidder"):
            p.domain = self.domain
        self.people[role] = p
        return p
    def __getattr__(self, role):
        if role.startswith("_") or role in ("planted", "town", "people", "child_born", "domain"):
            raise AttributeError(role)
        return self.get(role)

# ---------------------------------------------------------------- look-alikes and helpers
def mdate(y=2025):
    yy, m, d = rand_date(y, y)
    return wch([(f"{d}. {MONTHS[m-1]} {yy}", 4), (f"{d:02d}.{m:02d}.{yy}", 4), (f"{d}/{m}", 2),
                (f"{yy}-{m:02d}-{d:02d}", 1)])

def klp():
    a = R.randint(8, 17); b = a + R.randint(1, 3)
    return f"{a}.{ch(['00', '15', '30', '45'])}-{b}.{ch(['00', '15', '30'])}"

class Clock:
    def __init__(self, start=None, steps=(5, 10, 15, 20, 30, 45)):
        self.steps = steps
        self.t = (start or R.randint(7, 13)) * 60 + R.choice([0, 15, 30])
    def __call__(self):
        self.t += R.choice(self.steps)
        if self.t > 23 * 60: self.t = 23 * 60 + 30
        return f"{self.t // 60}.{self.t % 60:02d}"

def kl():
    return f"{R.randint(7, 19)}.{ch(['00', '15', '30', '45'])}"

def sagsnr():
    return wch([(f"SAG-2025-{R.randint(1000, 99999):05d}", 3), (f"27.24.{ch(['00', '10', '12'])}-{ch(['G01', 'A00', 'K07'])}-{R.randint(10, 999)}-25", 3),
                (f"BU-{R.randint(100, 999)}/25", 2), (f"{R.randint(1000, 9999)}/{ch(['24', '25'])}", 2)])

def amount():
    return wch([(f"kr. {R.randint(1, 40)}.{R.randint(0, 9)}00", 3), (f"{R.randint(2, 19)}.{ch(['250', '500', '750', '000'])} kr.", 3),
                (f"{R.randint(40, 900)} kr.", 3), (f"kr. {R.randint(1, 9)}.{R.randint(100, 999)},{ch(['00', '50'])}", 1)])

PARA = ["§ 3", "§ 5, stk. 3", "§ 6", "§ 18", "§ 19", "§ 20, stk. 3", "§ 30", "§ 32", "§ 46", "§ 47", "§ 91",
        "§ 108", "§ 136", "§ 137, stk. 2"]
PUBLIC = ["PPR", "Sundhedsplejen", "Familieretshuset", "Ankestyrelsen", "Børne- og Ungeudvalget", "Socialtilsyn Midt",
          "Borgerservice", "Politiet", "UU-vejledningen", "Børne- og Ungdomspsykiatrien", "Tandplejen"]
MEDS = ["Panodil", "Ibuprofen", "Ritalin", "Concerta", "melatonin", "Ventoline", "Zyrtec", "Epipen", "insulin"]
ICD = [("F90.0", "ADHD"), ("F84.0", "autisme"), ("J45", "astma"), ("E10", "type 1-diabetes"), ("G40", "epilepsi"),
       ("F41.1", "generaliseret angst"), ("L20", "børneeksem")]
BRANDS = ["Netto", "LEGO", "Rejsekort", "MobilePay", "Aula", "Snapchat", "Roblox", "Fætter BR", "Bilka", "Joe & The Juice"]
PLACES_NONUM = ["ved Banegårdspladsen", "på Søndergade", "nede ved Torvet", "ved Rådhuspladsen", "på Vestergade",
                "ved stationen", "ved Havnen", "på Algade", "ved Stadion", "ved busterminalen"]

def public_no():
    return wch([("112", 2), ("114", 2), ("1813", 2), ("Børnetelefonen på 116 111", 2),
                ("Familieretshuset på 72 56 70 00", 1), ("Ankestyrelsen på 33 41 12 00", 1),
                (f"kommunens hovednummer {ch(SWITCHBOARD)}", 2), ("Lægevagten på 70 11 31 31", 1)])

KOMMUNER = ["Aarhus", "Silkeborg", "Horsens", "Vejle", "Herning", "Holstebro", "Skive", "Viborg", "Randers", "Aalborg",
            "Hjørring", "Frederikshavn", "Kolding", "Haderslev", "Aabenraa", "Sønderborg", "Esbjerg", "Varde", "Fredericia",
            "Odense", "Svendborg", "Middelfart", "Nyborg", "Roskilde", "Ringsted", "Slagelse", "Holbæk", "Køge", "Næstved",
            "Helsingør", "Hillerød", "Hvidovre", "Ballerup", "Frederikssund", "Odder", "Skanderborg", "Struer", "Thisted",
            "Kalundborg", "Sorø", "Vordingborg", "Brønderslev"]

def kommune(c):
    t = c.town[1].split()[0]
    return f"{t} Kommune" if t in KOMMUNER else "Kommunen"

GENRE_NOW = ["dagpleje"]

def look():
    """one look-alike sentence fitting the current genre: numbers, dates, codes, ordinary words that are names elsewhere"""
    g = GENRE_NOW[0]
    icd = ch(ICD); age = R.randint(6, 16)
    general = [
        f"Sagen behandles efter Barnets lov {ch(PARA)}, jf. {ch(PARA)}.",
        f"Journalnummer: {sagsnr()}.",
        f"Ved akut fare ringes {public_no()}.",
        f"Næste møde er {mdate()} kl. {kl()} i lokale {R.randint(1, 3)}.{R.randint(10, 40)}.",
        f"Frist for bemærkninger er {mdate()}.",
        f"Tidligere sagsakter fra {ch(KOMMUNER)} Kommune er indhentet.",
        f"{ch(PUBLIC)} deltager fra næste gang.",
    ]
    spec = {
        "dagpleje": [
            "Solen skinnede, så vi sov middag i barnevognene ude i haven.",
            f"Glad dag i legestuen – vi sang om maj og om storm på havet.",
            f"Dagplejen holder lukket {mdate()} på grund af kursus; gæstedagpleje er aftalt.",
            f"Forældrebetaling: {amount()} pr. måned, opkræves via kommunen.",
            f"Sundhedsplejen kommer til 3-årsundersøgelse i uge {R.randint(2, 50)}.",
            f"Barnet fik {ch(['Panodil junior', 'Zyrtec', 'næsespray'])} efter aftale med forældrene kl. {kl()}.",
            f"Vi gik {ch(PLACES_NONUM)} og fodrede ænder; Skoven var for mudret i dag.",
            f"Legestuen flytter til lokale {R.randint(1, 12)} i kulturhuset fra {mdate()}.",
        ],
        "netvaerk": [
            f"Familien har sat sikkerhedsmålet til {R.randint(3, 8)} på skalaen fra 0 til 10.",
            "Genogram og tidslinje blev tegnet på tavlen under mødet.",
            f"Kommunen dækker transport med {amount()} for netværkets kørsel.",
            f"Mødet varede fra kl. {klp()} inklusive pause.",
            "Storm i familien skal ikke gå ud over barnet, sagde en af deltagerne.",
            f"Halvbroren er {age} år og går i {max(0, age - 6)}. klasse.",
            f"Der holdes opfølgende netværksmøde om {R.randint(4, 10)} uger.",
        ],
        "klub": [
            f"Turen går forbi {ch(PLACES_NONUM)} og videre mod {ch(TOWNS)[1]}.",
            "Storm og regn gjorde, at udflugten til skoven blev udskudt til maj.",
            "Alle var glade, og det lykkedes at bo i shelteret begge nætter.",
            f"Der blev købt ind i {ch(['Netto', 'Bilka', 'Fakta'])} for {amount()} til turen.",
            f"Egenbetaling for turen er {amount()}, som betales via MobilePay til klubbens nummer.",
            f"Bussen er bestilt til {R.randint(20, 49)} personer; afgang {ch(PLACES_NONUM)}.",
            "Lykken var at finde en bænk i læ, da det begyndte at blæse.",
            f"Klubben har åbent mandag til torsdag kl. {klp()}.",
            f"Ingen må bruge Snapchat eller Roblox efter kl. 22 på turen.",
        ],
        "klage": [
            f"Faktura for advokatbistand sendes til EAN {5798000000000 + R.randint(100000, 999999)}, CVR-nr. {R.randint(20000000, 39999999)}.",
            f"Afgørelsen er truffet {mdate()} og kan påklages inden for 4 uger.",
            "Klagen er videresendt til Ankestyrelsen efter genvurdering.",
            f"Aktindsigt omfatter {R.randint(12, 140)} dokumenter; {R.randint(1, 9)} er undtaget efter offentlighedslovens § 23.",
            f"Afgørelsen vedrører en støttende indsats efter {ch(PARA)}.",
            "Have tålmodighed, siger kommunen – men det er svært, når man venter.",
        ],
        "kontaktperson": [
            f"{ch(ACTS).capitalize()} – betalt af aktivitetskontoen, {amount()}.",
            f"Mødet med UU-vejledningen er flyttet til {mdate()} kl. {kl()}.",
            f"Den unge har diagnosen {icd[1]} ({icd[0]}) og tager {ch(MEDS)} om morgenen.",
            "Solen var fremme, så vi gik langs åen i stedet for at sidde inde.",
            f"Kørsel i alt {R.randint(12, 140)} km, afregnet efter statens takst.",
            f"Der er bevilget {R.randint(3, 8)} timer om ugen frem til {mdate(2026)}.",
        ],
        "skoleskift": [
            f"Halvbroren er {age} år og går i {max(0, age - 6)}. klasse.",
            f"Afstanden mellem de to skoler er {R.randint(8, 140)} km; skolebussen holder {ch(PLACES_NONUM)}.",
            "Familieretshuset kan træffe afgørelse om bopæl, men ikke om skolevalg alene.",
            f"Skolen har indstillet til PPR med henblik på {icd[1]} ({icd[0]}).",
            f"Samværet følger en 7/7-ordning fra {mdate()}.",
            f"Skoleskift kan tidligst ske {mdate(2026)}.",
        ],
    }[g]
    return "\x04" + ch(general + spec + spec)
# ---------------------------------------------------------------- genre 1: dagpleje
def extras_dagpleje(c):
    ch_, m, f = c.child, c.mother, c.father
    while True:
        yield ch([
            f"{ch_.N()} sov fra {ch(['11.00', '11.30', '12.00'])} til {ch(['13.00', '13.30', '14.00'])} og spiste godt af rugbrødet.",
            f"{m.N()} ringede {kl()} og sagde, at {f.n()} henter i dag. Hans nummer er {f.tel()}." if c.planted else f"Mor ringede {kl()} og sagde, at far henter i dag.",
            f"I legestuen i dag var vi fire dagplejere. {ch_.N()} legede mest med klodser og sang med på sangene.",
            f"{cap(c.guest.who())} har plads tirsdag og onsdag. {c.guest.pr().capitalize()} bor {c.guest.adr()} og kan træffes {c.guest.reach()}." if c.planted else "Gæstedagplejeren har plads tirsdag og onsdag og kender barnet fra legestuen.",
            f"Husk skiftetøj og flyverdragt. {c.dpp.N()} kommer på tilsyn {mdate()}.",
            f"{ch_.gen()} bleer er ved at slippe op, {m.n()} har fået besked.",
            f"{cap(c.grandma.who())} henter fredag kl. {kl()}; hun er skrevet på hentelisten med {c.grandma.tel()}." if c.planted else f"Mormor henter fredag kl. {kl()}; hun er skrevet på hentelisten.",
            f"{c.sib.full()} ({c.sib.cpr()}) går i børnehave og bliver også hentet af {c.grandma.n()}." if c.planted else "Storesøster går i børnehave og bliver også hentet af mormor.",
            f"Ved sygdom skrives til {c.childminder.n()} på {c.childminder.mail()} eller sms på {c.childminder.tel()}." if c.planted else "Ved sygdom skrives til dagplejeren i Aula inden kl. 7.30.",
            look(),
        ])

def g1_stamkort(c):  # noqa
    k, m, f = c.child, c.mother, c.father
    head = ch(["STAMOPLYSNINGER – DAGPLEJEBARN", "Stamkort, dagplejen", "Oplysningsskema ved start i dagpleje"]) + \
        f"\nDistrikt {ch(['Nord', 'Syd', 'Øst', 'Vest', 'Midt'])}, legestuegruppe {R.randint(1, 9)}"
    def items():
        yield f"Barn: {k.kv()}"
        yield ch([f"Født: {k.dob()}", f"Fødselsdato: {k.dob()}"]) if c.planted else f"Alder: {k.agey()} år"
        yield f"CPR-nr.: {k.cpr()}" if c.planted else "CPR-nr.: fremgår af stamdata"
        yield f"Mor: {m.kv()}, tlf. {m.tel()}"
        yield f"Far: {f.kv()}, mobil {f.tel()}"
        yield f"Bopæl: {k.adr('full')}"
        yield f"Mail: {m.mail()} / {f.mail()}" if c.planted else "Mail: forældrene bruger Aula"
        yield f"Dagplejer: {c.childminder.kv()}, {c.childminder.tel()}"
        yield f"Gæstedagpleje: {c.guest.kv()}, {c.guest.adr()}, tlf. {c.guest.tel()}"
        yield f"Må også hentes af: {c.grandma.who()} ({c.grandma.tel()}) og {c.aunt.who()} ({c.aunt.tel()})"
        yield f"Søskende: {c.sib.kv()}, {c.sib.born()}"
        yield f"Bemærkninger: sover med sut, tåler ikke jordbær. Læge: egen læge i {c.town[1]}."
        yield from extras_dagpleje(c)
    return head, items(), "", "\n"

def g1_notes(c):
    k, m, f = c.child, c.mother, c.father
    head = f"Dagplejerens notesbog – uge {R.randint(2, 50)}" + (f"\nBarn: {k.full()}, født {k.dob()}" if c.planted else "")
    def items():
        yield f"Mandag {kl()}: {k.N()} afleveret af {f.who()}. Lidt ked af det ved afskeden, men glad efter ti minutter."
        yield f"{kl()}: Tur i barnevognen {ch(PLACES_NONUM)}. {k.N()} pegede på alle hundene."
        yield f"Tirsdag: legestue i {ch(['kirkens lokaler', 'spejderhytten', 'idrætshallens cafeteria'])}. {c.dpp.N()} var med og spurgte til sovetiderne."
        yield f"Onsdag: {m.who()} hentede {kl()}. Aftalt at hun sender nyt nummer – hun har fået {m.tel()}." if c.planted else f"Onsdag: mor hentede {kl()}. Hun har fået nyt nummer og retter det selv i Aula."
        yield f"Torsdag: jeg er til kursus, {k.n()} er i gæstedagpleje hos {c.guest.full()}, {c.guest.adr()}. Gæstedagplejerens telefon: {c.guest.tel()}." if c.planted else f"Torsdag: jeg er til kursus, Barn A er i gæstedagpleje i nabogruppen."
        yield f"Fredag: {c.grandpa.who()} henter {kl()}, han står på listen. Tlf. {c.grandpa.tel()}." if c.planted else f"Fredag: morfar henter {kl()}, han står på listen."
        yield from extras_dagpleje(c)
    foot = ch(["", f"/{c.childminder.ini()}" if c.planted else "/dagplejeren"])
    return head, items(), foot, "\n"

def g1_pickup(c):
    k = c.child
    head = f"Afhentningsliste for {k.full() if c.planted else 'Barn A'}" + (f" ({k.dob()})" if c.planted else "") + "\nFølgende personer må hente:"
    def items():
        for role in ("mother", "father", "grandma", "aunt", "neighbor", "uncle", "friend", "grandpa", "farmor", "cousin"):
            p = c.get(role)
            if c.planted:
                yield f"- {p.kv()} ({ROLE_CLEAN[role][0]}), tlf. {p.tel()}" + (f", {p.adr('street')}" if R.random() < 0.4 else "")
            else:
                yield f"- {ROLE_CLEAN[role][0]}, {ch(['tlf. på kontaktarket', 'kendt af dagplejeren', 'har vist legitimation', 'kun om fredagen', 'efter aftale med mor'])}"
        _g = extras_dagpleje(c)
        while True:
            yield "Note: " + (next(_g) if R.random() < 0.6 else look())
    foot = ch(["Andre må ikke hente uden skriftlig besked fra forældrene.", "Ændringer meldes til dagplejeren på sms."])
    return head, items(), foot, "\n"

def g1_sms(c):
    k, m = c.child, c.mother
    t = Clock(R.randint(6, 9), (1, 2, 4, 5, 8, 12))
    head = ch(["Indsat sms-tråd (fra dagplejerens telefon):", "Kopi af beskeder i dagplejens app:"])
    def items():
        yield f"[{t()}] {m.fn() if c.planted else 'Mor'}: hej {c.childminder.low() if c.planted else 'dagplejer'} 🙂 {k.fn() if c.planted else 'Barn A'} har haft feber i nat, vi bliver hjemme"
        yield f"[{t()}] {c.childminder.fn() if c.planted else 'Dagplejer'}: God bedring! Husk at hun skal være feberfri et døgn"
        if c.planted:
            yield f"[{t()}] {m.fn()}: i morgen henter min søster {c.aunt.fn()} hun har nr {c.aunt.tel('plain')}"
            yield f"[{t()}] {c.childminder.fn()}: ok, jeg skriver hende på. Hvad er hendes adresse hvis der sker noget?"
            yield f"[{t()}] {m.fn()}: {c.aunt.adr('sloppy')}"
            yield f"[{t()}] {m.fn()}: og til skemaet: {k.pr()} er født {k.dob()}"
            yield f"[{t()}] {c.childminder.fn()}: tak. på torsdag er vi i gæstedagpleje hos {c.guest.fn()} ({c.guest.tel()})"
        else:
            yield f"[{t()}] Mor: i morgen henter min søster, hun står allerede på listen"
            yield f"[{t()}] Dagplejer: ok. Husk at hun skal have legitimation med første gang"
            yield f"[{t()}] Mor: det ved hun godt. Hun kommer efter arbejde, ca. kl {kl()}"
            yield f"[{t()}] Dagplejer: tak. på torsdag er vi i gæstedagpleje i nabodistriktet, adressen står i Aula"
        while True:
            yield f"[{t()}] {ch([m.fn() if c.planted else 'Mor', c.childminder.fn() if c.planted else 'Dagplejer'])}: " + ch([
                f"kan du maile mig madplanen på {m.mail()}" if c.planted else "kan du lægge madplanen i Aula", "super tak", f"{look()}",
                f"{c.grandma.fn()} kommer kl {kl()}, ring {c.grandma.tel()} hvis hun er forsinket" if c.planted else f"mormor kommer kl {kl()}, hun har nummeret",
                f"hvornår er {k.gen()} næste legestue?"])
    return head, items(), "", "\n"

def g1_letter(c):
    k, m, f = c.child, c.mother, c.father
    dpp = c.dpp
    head = f"Dagplejen, {c.town[1]}\n{mdate()}\n\nTil\n{m.full()} og {f.full()}\n{m.adr('twoline')}\n\nVedr. gæstedagpleje for {k.full()}, {k.born()}" + (f", cpr.nr. {k.cpr()}" if c.planted and R.random() < 0.6 else "")
    def items():
        yield f"Når {c.childminder.who()} har ferie eller er syg, passes {k.n()} hos gæstedagplejer {c.guest.full()}, {c.guest.adr()}." if c.planted else "Når dagplejeren har ferie eller er syg, passes Barn A hos den faste gæstedagplejer i legestuegruppen."
        yield f"I kan ringe til gæstedagplejeren på {c.guest.tel()} eller skrive til {c.guest.mail()}." if c.planted else "I kan ringe til gæstedagplejeren; nummeret står på kontaktarket i Aula."
        yield f"Vi har noteret, at {c.grandma.who()} ({c.grandma.tel()}) må hente, hvis I er forhindret." if c.planted else "Vi har noteret, at mormor må hente, hvis I er forhindret."
        yield f"Kontakt mig gerne på min direkte linje {dpp.tel()} eller {dpp.mail()}, hvis I har spørgsmål." if c.planted else f"Kontakt mig gerne via Aula eller på kommunens hovednummer {ch(SWITCHBOARD)}, hvis I har spørgsmål."
        yield from extras_dagpleje(c)
    foot = f"Venlig hilsen\n{dpp.full()}\nDagplejepædagog" if c.planted else "Venlig hilsen\nDagplejepædagogen"
    return head, items(), foot, "\n\n"

def g1_prose(c):
    k, m = c.child, c.mother
    head = ch(["Observation fra legestue", "Notat, tilsynsbesøg i dagplejen", "Overlevering til gæstedagplejer"])
    def items():
        yield f"{k.full()} ({k.dob()}) har gået hos {c.childminder.who()} siden foråret."
        yield f"{k.N()} bor med {m.who()} {m.adr()}, og {m.n()} er let at få fat i {m.reach()}." if c.planted else "Barn A bor hos mor, som er let at få fat i via Aula."
        yield f"I legestuen søger {k.n()} mest de voksne og holder sig lidt i udkanten af legen."
        yield f"{cap(c.guest.who())} passer {k.n()} i uge {R.randint(28, 31)} og har fået kontaktoplysningerne, herunder {c.father.gen()} nummer {c.father.tel()}." if c.planted else f"Gæstedagplejeren passer Barn A i uge {R.randint(28, 31)} og har fået forældrenes kontaktoplysninger."
        yield from extras_dagpleje(c)
    return head, items(), "", " "

G1 = [("kv", g1_stamkort), ("log", g1_notes), ("list", g1_pickup), ("message", g1_sms), ("letter", g1_letter), ("prose", g1_prose)]

# ---------------------------------------------------------------- genre 2: netværksmøde
NET_ROLES = ["grandma", "grandpa", "aunt", "uncle", "neighbor", "friend", "farmor", "cousin", "coachp"]

def promise(c, p):
    P = c.planted
    return ch([
        f"{p.N()} henter {c.child.n()} hver {ch(['mandag', 'tirsdag', 'onsdag', 'torsdag'])} kl. {kl()} og kan ringes op {p.reach()}.",
        f"{p.N()} tager {c.child.n()} med hjem {ch(['hver anden weekend', 'i efterårsferien', 'når mor skal til samtale'])}; {'adressen er ' + p.adr() if c.planted else 'der er god plads'}.",
        f"{p.N()} er den, {c.mother.n()} ringer til om natten, hvis det bliver svært. {p.N()} kan fanges {p.reach()}.",
        f"{p.N()} følger {c.child.n()} til træning og giver besked til {c.caseworker.n()} på {c.caseworker.mail()}, hvis der er bekymring." if P else
        f"{p.N()} følger Barn A til træning og giver sagsbehandleren besked, hvis der er bekymring.",
        f"{p.N()} kommer forbi til aftensmad om torsdagen og tjekker, at der er mad i køleskabet.",
    ])

def extras_net(c):
    while True:
        p = c.get(ch(NET_ROLES))
        yield ch([promise(c, p), promise(c, p), look(),
                  f"{c.sib.full()} ({c.sib.dob()}, cpr {c.sib.cpr()}) bor også hjemme og skal med i planen." if c.planted else "Storebror bor også hjemme og skal med i planen.",
                  f"{p.N()}, {p.born()}, har selv tilbudt at være aflastning." if c.planted else "Mormor har selv tilbudt at være aflastning.",
                  f"{c.caseworker.N()} samler op på aftalerne og sender referatet ud inden {mdate()}."])

def g2_invite(c):
    k, m, cw = c.child, c.mother, c.caseworker
    head = (f"{m.full()}\n{m.adr('twoline')}\n\n{c.town[1]}, {mdate()}\n\n" if c.planted else f"Til forældrene\n\n{c.town[1]}, {mdate()}\n\n") + \
        f"Invitation til netværksmøde om {k.who() if c.planted else 'jeres barn'}"
    def items():
        yield f"Vi inviterer dig og {c.father.full() if c.planted else 'barnets far'} til netværksmøde {mdate()} kl. {kl()} i Familiehuset."
        yield f"Du har selv foreslået, at {c.grandma.who()} og {c.aunt.who()} deltager. Vi sender dem en invitation på {c.grandma.adr()} og {c.aunt.mail()}." if c.planted else \
            "Du har selv foreslået, at mormor og moster deltager, og de får en invitation på samme måde."
        yield f"Formålet er at lave en plan for, hvem der kan støtte {k.n()} i hverdagen, jf. Barnets lov § 32."
        yield f"Mødet ledes af {cw.full() if c.planted else 'sagsbehandleren'}. Giv besked, hvis tidspunktet ikke passer, på {cw.tel()} eller {cw.mail()}." if c.planted else \
            "Mødet ledes af sagsbehandleren. Giv besked via Digital Post, hvis tidspunktet ikke passer."
        yield from extras_net(c)
    foot = f"Med venlig hilsen\n{cw.full()}\nRådgiver, Børn og Unge\nDirekte: {cw.tel()}" if c.planted else "Med venlig hilsen\nRådgiver, Børn og Unge\nTelefon: kommunens hovednummer " + ch(SWITCHBOARD)
    return head, items(), foot, "\n\n"

def g2_table(c):
    k = c.child
    head = f"Netværksmøde {mdate()} – deltagere" + (f"\nBarn: {k.full()}, f. {k.dob()}, cpr {k.cpr()}" if c.planted else "\nBarn A, " + str(k.agey()) + " år")
    def items():
        yield "Navn | Relation | Telefon | Mail" if c.planted else "Relation | Deltog | Rolle i planen"
        for role in ["mother", "father", "grandma", "aunt", "uncle", "neighbor", "friend", "farmor", "cousin", "coachp", "grandpa"]:
            p = c.get(role)
            if c.planted:
                yield f"{p.kv()} | {ROLE_CLEAN[role][0]} | {p.tel()} | {p.mail()}"
            else:
                yield f"{ROLE_CLEAN[role][0]} | {ch(['ja', 'ja', 'afbud', 'via telefon'])} | {ch(['henter om tirsdagen', 'aflastning hver 3. weekend', 'ringer hver aften', 'følger til træning', 'ingen fast opgave', 'lektiehjælp torsdag'])}"
        _g = extras_net(c)
        while True:
            yield "" + (next(_g) if R.random() < 0.6 else look())
    foot = f"Referent: {c.caseworker.ini()}" if c.planted else "Referent: sagsbehandleren"
    return head, items(), foot, "\n"

def g2_minutes(c):
    k, m = c.child, c.mother
    head = ch(["Referat af netværksmøde", "Netværksmøde – referat og aftaler", "Familierådslagning: familiens plan"])
    def items():
        yield f"Til stede: {m.who()}, {c.grandma.who()}, {c.uncle.who()}, {c.neighbor.who()} og {c.caseworker.who()}."
        yield f"Mødet handlede om, hvordan {k.full() if c.planted else 'Barn A'} ({k.dob() if c.planted else str(k.agey()) + ' år'}) får en mere stabil hverdag."
        for role in ["grandma", "uncle", "neighbor", "aunt"]:
            yield promise(c, c.get(role))
        yield from extras_net(c)
    return head, items(), "", " "

def g2_map(c):
    k = c.child
    head = f"Netværkskort for {k.full() + ' (' + k.dob() + ')' if c.planted else 'Barn A'}" + "\n(udfyldt sammen med familien)"
    def items():
        yield "Inderste cirkel:"
        yield f"- {c.mother.kv()}, {c.mother.adr()}, tlf. {c.mother.tel()}"
        yield f"- {c.grandma.kv()} (mormor), {c.grandma.tel()}" if c.planted else "- mormor, ses næsten dagligt"
        yield "Mellemste cirkel:"
        yield f"- {c.uncle.kv()} (farbror) – {c.uncle.tel()}, {c.uncle.mail()}" if c.planted else "- farbror – ses i weekender"
        yield f"- {c.neighbor.kv()} (nabo), {c.neighbor.adr('street')}" if c.planted else "- naboen i opgangen"
        yield "Yderste cirkel:"
        yield f"- {c.coachp.kv()} (træner), {c.coachp.tel()}" if c.planted else "- træneren i fodboldklubben"
        yield f"- {c.friend.kv()} (veninde til mor), {c.friend.tel()}" if c.planted else "- en veninde til mor"
        while True:
            p = c.get(ch(NET_ROLES))
            yield ch([f"- {p.kv()} ({ROLE_CLEAN[p.role][0]}), {p.tel()}" if c.planted else f"- {ROLE_CLEAN[p.role][0]}, {ch(['ses ugentligt', 'ses i ferier', 'ringer sammen', 'kan hente', 'kan passe om aftenen', 'kender skolen', 'bor tæt på', 'ses til fødselsdage'])}", f"- {look()}"])
    return head, items(), "", "\n"

def g2_plan(c):
    k = c.child
    head = f"FAMILIENS PLAN – familierådslagning {mdate()}"
    def items():
        yield f"Barn: {k.kv()}"
        yield f"Fødselsdato: {k.dob()}" if c.planted else f"Alder: {k.agey()} år"
        yield f"CPR: {k.cpr()}" if c.planted else "CPR: se sagen"
        yield f"Koordinator: {c.caseworker.kv()}, {c.caseworker.tel()}"
        yield f"Mor: {c.mother.kv()}, {c.mother.adr()}"
        for role in ["grandma", "aunt", "uncle", "neighbor"]:
            p = c.get(role)
            yield f"Aftale {ROLE_CLEAN[role][0]}: " + promise(c, p)
        yield from extras_net(c)
    return head, items(), "", "\n"

G2 = [("letter", g2_invite), ("table", g2_table), ("prose", g2_minutes), ("list", g2_map), ("kv", g2_plan)]

# ---------------------------------------------------------------- genre 3: klub og klubtur
def extras_club(c, t=None):
    t = t or Clock()
    while True:
        k = c.get(ch(["child", "sib", "sib2"]))
        tt = t()
        yield ch([
            f"{tt} {k.N()} glemte sin taske i bussen; {c.driver.who()} har den ({c.driver.tel()})." if c.planted else f"{tt} Et barn glemte sin taske i bussen; chaufføren har den.",
            f"{tt} Ringede til {c.mother.who()} {c.mother.reach()}, da {k.n()} havde ondt i maven.",
            f"{tt} Ankomst {ch(PLACES_NONUM)}. Alle talt op: {R.randint(12, 31)} børn og {R.randint(2, 5)} voksne.",
            f"{tt} {look()}",
            f"{tt} Sundhedskort tjekket: {k.full()}, {k.cpr()}." if c.planted else f"{tt} Sundhedskort tjekket for alle deltagere.",
            f"{tt} {k.N()} ({k.dob()}) fik plaster på knæet; skadekort udfyldt med cpr {k.cpr()}." if c.planted else f"{tt} Et barn fik plaster på knæet; skadekort udfyldt.",
            f"{tt} {k.N()} sov dårligt, snakkede med {c.clubleader.n()} om aftenen.",
        ])

def g3_list(c):
    head = f"Deltagerliste – klubtur til {ch(['Djursland', 'Mols Bjerge', 'Legoland', 'Bornholm', 'Skagen', 'Fanø'])} {mdate()}" + \
        f"\nAfgang {kl()} {ch(PLACES_NONUM)}"
    def items():
        yield "Navn | Født | Pårørende | Tlf."
        i = 0
        while True:
            cc = Cast(c.planted, child_born=(2010, 2015))
            k = cc.child; par = cc.get(ch(["mother", "father"]))
            if i < 12 and c.planted:
                yield f"{k.inv() if R.random() < 0.5 else k.full()} | {k.dob('dot')} | {par.kv()} | {par.tel()}"
            elif i < 12:
                yield f"Deltager {i + 1} | {k.agey()} år | {par.role_p()} | {ch(['på forældrelisten', 'se Aula', 'ikke afleveret'])}"
            else:
                yield look()
            i += 1
    foot = f"Turleder: {c.clubleader.kv()}, mobil under turen {c.clubleader.tel()}" if c.planted else "Turleder: klubmedarbejder, klubbens turtelefon"
    return head, items(), foot, "\n"

def g3_consent(c):
    k, m = c.child, c.mother
    head = "SAMTYKKE TIL TUR – " + ch(["Fritidsklubben", "Ungdomsklubben", "Juniorklubben"])
    def items():
        yield f"Barnets navn: {k.kv()}"
        yield f"Fødselsdato: {k.dob()}" if c.planted else f"Klasse: {R.randint(4, 7)}.{ch('ABC')}"
        yield f"CPR (til sygesikring): {k.cpr()}" if c.planted else "Sundhedskort medbringes."
        yield f"Forælder: {m.kv()}"
        yield f"Adresse: {m.adr('full')}" if c.planted else "Adresse: som i klubbens system"
        yield f"Tlf. under turen: {m.tel()} / {c.father.tel()}"
        yield f"Nødkontakt: {c.grandma.kv()}, {c.grandma.tel()}"
        yield f"Mail: {m.mail()}"
        yield f"Medicin: {ch(MEDS)} {ch(['morgen', 'aften', 'efter behov'])}. Allergi: {ch(['nødder', 'ingen', 'pollen', 'gluten'])}."
        yield f"Må barnet bade under opsyn? {ch(['Ja', 'Nej', 'Ja, med vest'])}"
        yield f"Underskrift: {m.full() if c.planted else '(forælder)'}, {mdate()}"
        _g = extras_club(c)
        while True:
            yield "Note: " + (next(_g) if R.random() < 0.6 else look())
    return head, items(), "", "\n"

def g3_log(c):
    head = f"Lederlog, klubtur {mdate()} – skrevet af {c.clubleader.full() if c.planted else 'turlederen'}"
    t = Clock(R.randint(6, 9))
    def items():
        yield f"{t()} Bussen fra {ch(['Arriva', 'Midttrafik', 'Tide Bus'])} holdt klar. Chauffør: {c.driver.full()}, tlf. {c.driver.tel()}." if c.planted else \
            f"{t()} Bussen holdt klar {ch(PLACES_NONUM)}. Chaufføren havde fået ruten på forhånd."
        yield f"{t()} {c.child.full()} manglede. Ringede til {c.father.who()} på {c.father.tel()} – de kom fem min. senere." if c.planted else \
            f"{t()} Et barn manglede. Ringede til far – de kom fem min. senere."
        yield f"{t()} {c.sib.N()}" + (f" ({c.sib.cpr()})" if c.planted else "") + f" fik sin {ch(MEDS)} af {c.clubleader.n()}."
        yield from extras_club(c, t)
    return head, items(), "", "\n"

def g3_msg(c):
    k, m = c.child, c.mother
    head = ch(["Besked fra Aula (kopieret ind i sagen):", "Indsat fra klubbens mail:"])
    def items():
        if c.planted:
            yield f"Fra: {m.full()} <{m.mail()}>\nTil: {c.clubleader.mail()}\nEmne: klubtur"
            yield f"Hej {c.clubleader.fn()}. {k.fn()} må gerne komme med på turen. {k.pr().capitalize()} skal have sin {ch(MEDS)} kl. 20. Hvis der er noget, så ring til mig på {m.tel()} eller {k.gen_pr()} far {c.father.fn()} på {c.father.tel()}."
            yield f"{k.fn()} er født {k.dob()}, hvis I skal bruge det til forsikringen. Vi er flyttet, så den nye adresse er {m.adr()}. Hilsen {m.fn()}"
        else:
            yield "Fra: mor\nTil: klubben\nEmne: klubtur"
            yield f"Hej. Min søn må gerne komme med på turen. Han skal have sin {ch(MEDS)} kl. 20. Hvis der er noget, så ring til mig eller hans far, I har begge numre."
            yield "Vi er flyttet, men det er stadig i samme skoledistrikt. Hilsen mor"
        while True:
            yield ch(["Tilføjet af klubben: " + look(),
                      f"Svar fra klubben: Tak, vi har noteret medicinen. {c.clubleader.fn() if c.planted else 'Turlederen'} har telefonen på turen" + (f": {c.clubleader.tel()}." if c.planted else "."),
                      f"Fra: {c.father.full() + ' <' + c.father.mail() + '>' if c.planted else 'far'}\nEmne: SV: klubtur\nJeg henter søndag ved bussen. {'Min mobil er ' + c.father.tel() + '.' if c.planted else 'I har mit nummer.'}",
                      f"Nødkontakt, hvis ingen af os svarer: {c.grandma.who() + ', ' + c.grandma.tel() if c.planted else 'mormor, nummeret står i Aula'}.",
                      f"Husk at {k.n()} ikke tåler nødder, og at {k.pr()} skal have sin taske med sundhedskortet."])
    return head, items(), "", "\n"

def g3_bus(c):
    head = f"Buskørsel – opsamlingssteder, tur {mdate()}"
    def items():
        while True:
            cc = Cast(c.planted, child_born=(2009, 2014))
            k = cc.child
            yield ch([f"- {kl()} {k.full()}, opsamling {k.adr('street')}, forælder {cc.mother.tel()}" if c.planted else f"- {kl()} {R.randint(2, 6)} børn, opsamling {ch(PLACES_NONUM)}",
                      f"- {kl()} {k.fn()} ({k.dob()}) står på ved {k.adr('street')}" if c.planted else f"- {kl()} Stop {ch(PLACES_NONUM)} – vent højst {R.randint(2, 6)} minutter",
                      look()])
    foot = f"Chauffør {c.driver.kv()} – {c.driver.tel()}" if c.planted else "Chaufføren har klubbens turtelefon."
    return head, items(), foot, "\n"

G3 = [("table", g3_list), ("kv", g3_consent), ("log", g3_log), ("message", g3_msg), ("list", g3_bus)]

# ---------------------------------------------------------------- genre 4: klage og aktindsigt
def extras_klage(c):
    k, m, cw = c.child, c.mother, c.caseworker
    while True:
        yield ch([
            f"Jeg har flere gange forsøgt at ringe til {cw.n()} på {cw.tel()} uden at få svar." if c.planted else "Jeg har flere gange forsøgt at ringe til sagsbehandleren i telefontiden uden at få svar.",
            f"{cw.N()} skrev i sit notat af {mdate()}, at {k.n()} var bange for at komme hjem. Det er ikke rigtigt.",
            f"Klagen omfatter også {c.sib.full()}, cpr.nr. {c.sib.cpr()}." if c.planted else "Klagen omfatter også lillebror.",
            f"Telefonnotat: {m.n()} oplyste sin mail som {m.mail(spoken=True)}." if c.planted else "Telefonnotat: mor ønsker svar med Digital Post.",
            f"Jeg ønsker kopi af alle notater, også mails mellem {cw.n()} og skolen.",
            f"Afgørelsen om {ch(PARA)} mangler en begrundelse, og jeg er ikke blevet partshørt.",
            f"Barnets far, {c.father.full()}, er enig i klagen og kan kontaktes {c.father.reach()}." if c.planted else "Barnets far er enig i klagen og underskriver gerne.",
            look(),
            f"Kommunen skal svare inden for 7 arbejdsdage efter offentlighedslovens regler.",
        ])

def g4_parent_letter(c):
    k, m = c.child, c.mother
    head = (f"{m.full()}\n{m.adr('twoline')}\nTlf. {m.tel()}\n\n" if c.planted else "Afsender: mor\n\n") + \
        f"Til {kommune(c)}, Børn og Unge\n{mdate()}\n\n" + ch(["Klage over afgørelse", "Anmodning om aktindsigt", "KLAGE OG ANMODNING OM AKTINDSIGT"])
    def items():
        yield f"Jeg klager hermed over afgørelsen om {k.full() if c.planted else 'min søn'}" + (f", cpr {k.cpr()}" if c.planted else "") + "."
        yield f"Jeg beder samtidig om aktindsigt i hele sagen. Svaret må gerne sendes til {m.mail()}." if c.planted else \
            "Jeg beder samtidig om aktindsigt i hele sagen. Svaret må gerne sendes med Digital Post."
        yield from extras_klage(c)
    foot = f"Med venlig hilsen\n{m.full()}" if c.planted else "Med venlig hilsen\nmor"
    return head, items(), foot, "\n\n"

def g4_helper(c):
    k, m, h = c.child, c.mother, c.get(ch(["lawyer", "bisidder"]))
    head = (f"{h.full()}\n{ch(['Advokatkontoret', 'Bisidderforeningen', 'Rådgivningen'])}\n{h.adr()}\n{h.mail()}\n\n" if c.planted else
            ("Advokaten\n\n" if h.role == "lawyer" else "Bisidderen\n\n")) + f"Sagsnr. {sagsnr()}\n\nPartshøring – bemærkninger på vegne af {m.full() if c.planted else 'mor'}"
    def items():
        yield f"Jeg repræsenterer {m.full()} ({m.dob() if c.planted else 'forælder'}) i sagen om {k.who()}."
        yield f"Min klient har ikke fået udleveret notatet fra mødet {mdate()} med {c.caseworker.full()}."
        yield f"Jeg kan træffes på {h.tel()} alle hverdage mellem kl. 9 og 15." if c.planted else "Jeg kan træffes på kontorets hovednummer alle hverdage."
        yield f"Min klients adresse er ændret til {m.adr()}." if c.planted else "Min klient har skiftet adresse, hvilket er oplyst til Borgerservice."
        yield from extras_klage(c)
    foot = f"Venlig hilsen\n{h.full()}\n{ROLE_CLEAN[h.role][1][0].capitalize()}" if c.planted else "Venlig hilsen\n" + ROLE_CLEAN[h.role][1][0].capitalize()
    return head, items(), foot, "\n\n"

def g4_reply(c):
    k, m, cw = c.child, c.mother, c.caseworker
    head = (f"{m.full()}\n{m.adr('twoline')}\n\n" if c.planted else "Til forældremyndighedsindehaveren\n\n") + \
        f"Svar på din anmodning om aktindsigt\nDato: {mdate()}\nJ.nr. {sagsnr()}"
    def items():
        yield f"Vi har modtaget din anmodning af {mdate()} om aktindsigt i sagen om {k.full()}" + (f", født {k.dob()}" if c.planted else "") + "."
        yield f"Du får aktindsigt i sagens dokumenter med undtagelse af interne arbejdsdokumenter. Oplysninger om {c.neighbor.full() if c.planted else 'den person, der har underrettet'} er undtaget."
        yield f"Du har ret til at klage til Ankestyrelsen inden 4 uger. Klagen sendes til os på {cw.mail()}." if c.planted else \
            "Du har ret til at klage til Ankestyrelsen inden 4 uger. Klagen sendes først til kommunen, som genvurderer sagen."
        yield f"Har du spørgsmål, er du velkommen til at kontakte {cw.full()} på {cw.tel()}." if c.planted else \
            f"Har du spørgsmål, er du velkommen til at ringe til {public_no()}."
        while True:
            yield ch([look(), look(),
                      f"Du kan også få dokumenterne udleveret personligt hos Borgerservice; medbring billedlegitimation.",
                      f"Udtalelsen fra {c.teacher.full() if c.planted else 'skolen'} er medtaget, men oplysninger om andre elever er overstreget.",
                      f"Notater skrevet af {cw.full() if c.planted else 'sagsbehandleren'} i perioden {mdate()} til {mdate()} er vedlagt.",
                      f"Anmodningen omfatter også {c.sib.full() + ' (' + c.sib.cpr() + ')' if c.planted else 'søskendes sag'}; den behandles særskilt.",
                      f"Bemærk, at du har partsstatus i sagen, og at barnet selv har partsrettigheder fra 10 år, jf. Barnets lov § 3.",
                      f"Oplysninger, der stammer fra {c.get('psych').full() if c.planted else 'PPR'}, er udleveret i kopi.",
                      f"Dokumenterne sendes til {m.adr() if c.planted else 'dig'} med almindelig post, hvis du ikke har Digital Post."])
    foot = f"Med venlig hilsen\n\n{cw.full()}\nJurist, Børn og Unge" if c.planted else "Med venlig hilsen\n\nJurist, Børn og Unge"
    return head, items(), foot, "\n\n"

def g4_thread(c):
    k, m, cw = c.child, c.mother, c.caseworker
    head = "Indsat mailkorrespondance:"
    def items():
        if c.planted:
            yield f"Fra: {m.fn()} {m.ln()} <{m.mail()}>\nSendt: {mdate()} {kl()}\nTil: {cw.full()} <{cw.mail()}>\nEmne: SV: partshøring"
            yield f"Hej {cw.fn()}. Det drejer sig om {k.full()} ({k.cpr()}). Jeg er uenig i det, der står om {k.obj()} side 3. Jeg vil have det rettet. Ring på {m.tel()}."
            yield f"PS: {k.fn()} er født {k.dob()}, ikke som der står i jeres brev."
            yield f"Fra: {cw.full()}\nTil: {m.mail()}\nEmne: SV: SV: partshøring"
            yield f"Kære {m.fn()}. Tak for dine bemærkninger. De bliver lagt på sagen, og du får svar inden {mdate()}. Venlig hilsen {cw.fn()}"
        else:
            yield f"Fra: mor\nSendt: {mdate()} {kl()}\nTil: sagsbehandleren\nEmne: SV: partshøring"
            yield "Hej. Jeg er uenig i det, der står om min søn side 3. Jeg vil have det rettet. Ring hellere end at skrive."
            yield "Fra: sagsbehandleren\nTil: mor\nEmne: SV: SV: partshøring"
            yield f"Kære mor. Tak for dine bemærkninger. De bliver lagt på sagen, og du får svar inden {mdate()}."
        yield from extras_klage(c)
    return head, items(), "", "\n"

def g4_kv(c):
    k, m = c.child, c.mother
    head = "Registrering af klage"
    def items():
        yield f"Klager: {m.kv()}"
        yield f"Klagers adresse: {m.adr()}"
        yield f"Barn: {k.kv()}, {k.cpr() if c.planted else str(k.agey()) + ' år'}"
        yield f"Barnets fødselsdato: {k.dob()}" if c.planted else "Barnets skole: distriktsskolen"
        yield f"Modtaget: {mdate()}"
        yield f"Partsrepræsentant: {c.bisidder.kv()}, {c.bisidder.tel()}"
        yield f"Sagsbehandler: {c.caseworker.kv()} ({c.caseworker.ini()})" if c.planted else "Sagsbehandler: sagsejer i team 2"
        yield f"Frist for genvurdering: 4 uger, senest {mdate()}"
        yield f"Kontakt: {m.mail()}, {m.tel()}" if c.planted else "Kontakt: Digital Post"
        _g = extras_klage(c)
        while True:
            yield "Note: " + (next(_g) if R.random() < 0.6 else look())
    return head, items(), "", "\n"

G4 = [("letter", g4_parent_letter), ("letter", g4_helper), ("letter", g4_reply), ("message", g4_thread), ("kv", g4_kv)]

# ---------------------------------------------------------------- genre 5: kontaktperson
ACTS = ["spillede padel", "var i svømmehallen", "købte ind til aftensmad", "spiste burger", "gik tur ved søen",
        "var til jobsamtale i Netto", "øvede køreteori", "lavede lektier på biblioteket", "var i biografen",
        "tog bussen for at øve ruten til skolen", "var i fitness", "besøgte farmor"]

def logline(c, day):
    k, kp = c.child, c.contact
    meet = c.get(ch(["grandma", "aunt", "friend", "farmor", "uncle", "cousin", "coachp"]))
    return ch([
        f"{day} {klp()}: {k.N()} og jeg {ch(ACTS)}. Vi mødte {meet.who()} {ch(PLACES_NONUM)}.",
        f"{day} {kl()}: Hentede {k.n()} hjemme {k.adr('street') if c.planted else 'på bopælen'}. {ch(['Godt humør.', 'Træt og stille.', 'Snakkede meget om skolen.'])}",
        f"{day}: Aflyst – {k.n()} skrev sms fra {k.tel()} at {k.pr()} var syg." if c.planted else f"{day}: Aflyst – Barn A skrev sms og meldte afbud.",
        f"{day} {kl()}: Kørte {k.n()} til {meet.who()}, {meet.adr()}." if c.planted else f"{day} {kl()}: Kørte Barn A hjem til {meet.role_p()}.",
        f"{day} {klp()}: {ch(ACTS).capitalize()}. {look()}",
    ])

def g5_log(c):
    k = c.child
    head = f"Logbog, kontaktperson (Barnets lov § 32 / tidl. SEL § 52, stk. 3, nr. 7)\nUge {R.randint(1, 52)}" + \
        (f" – {k.full()} ({k.dob()})" if c.planted else " – Barn A")
    def items():
        days = ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"]
        i = 0
        while True:
            yield logline(c, days[i % 7]); i += 1
    foot = f"/{c.contact.ini()}" if c.planted else "/KP"
    return head, items(), foot, "\n"

def g5_table(c):
    k = c.child
    head = f"Aktivitetsoversigt {ch(MONTHS)} – kontaktpersonordning" + (f"\nUng: {k.full()}, født {k.dob()}" if c.planted else "")
    def items():
        yield "Dato | Tid | Sted | Hvem | Note"
        while True:
            meet = c.get(ch(["grandma", "aunt", "friend", "farmor", "uncle", "cousin"]))
            yield ch([f"{mdate()} | {klp()} | {meet.adr('street') if c.planted else ch(PLACES_NONUM)} | {k.fn()}, {meet.n()} | {ch(ACTS)}",
                      f"{mdate()} | {kl()} | {ch(PLACES_NONUM)} | {k.fn()} | {ch(ACTS)}",
                      f"{mdate()} | – | – | – | {look()}"])
    foot = f"Kontaktperson: {c.contact.full()}, {c.contact.tel()}, {c.contact.mail()}" if c.planted else "Kontaktperson ansat i Ungeenheden"
    return head, items(), foot, "\n"

def g5_status(c):
    k, kp = c.child, c.contact
    head = ch(["Statusnotat fra kontaktperson", "Månedsstatus til sagsbehandler", "Kontaktpersonens beretning"])
    def items():
        yield ("Jeg" if not c.planted else f"Jeg, {kp.full()},") + f" har været kontaktperson for {k.full() if c.planted else 'Barn A'}" + (f" (født {k.dob()})" if c.planted else f" ({k.agey()} år)") + f" siden {mdate(2024)}."
        yield f"Vi ses to gange om ugen, typisk tirsdag kl. {kl()} og fredag eftermiddag. {k.N()} kommer selv, når vi mødes {ch(PLACES_NONUM)}."
        yield f"Kontakten til {c.mother.who()} går godt; hun svarer hurtigt {c.mother.reach()}."
        yield f"{k.N()} er født {k.dob()} og har snart fødselsdag; {k.pr()} ønsker sig et fitnesskort." if c.planted else "Barn A har snart fødselsdag og ønsker sig et fitnesskort."
        yield f"{k.N()} har fået ny telefon og nyt nummer: {k.tel()}." if c.planted else "Barn A har fået ny telefon, og nummeret er opdateret i fagsystemet."
        while True:
            meet = c.get(ch(["grandma", "aunt", "friend", "farmor", "uncle", "cousin"]))
            yield ch([f"Den {mdate()} var planen, at vi {ch(ACTS)}, og bagefter mødte vi {meet.who()}, som {k.n()} gerne vil se mere.",
                      f"{k.N()} taler tit om {meet.who()} og har bedt om, at vi besøger {'hende' if meet.gender == 'f' else 'ham'}" + (f" på {meet.adr()}." if c.planted else "."),
                      look(), f"Vi har aftalt, at {k.n()} selv skriver til mig, hvis en aftale skal flyttes."])
    foot = f"{kp.full()}\n{kp.mail()}" if c.planted else "Kontaktpersonen"
    return head, items(), foot, " "

def g5_kv(c):
    k, kp = c.child, c.contact
    head = "Oplysningsark – kontaktpersonordning"
    def items():
        yield f"Ung: {k.kv()}"
        yield f"CPR: {k.cpr()}" if c.planted else f"Alder: {k.agey()} år"
        yield f"Født: {k.dob()}" if c.planted else "Skole: 9. klasse, distriktsskolen"
        yield f"Bor: {k.adr()}"
        yield f"Ungs mobil: {k.tel()}"
        yield f"Kontaktperson: {kp.kv()}, {kp.tel()}"
        yield f"Mail kontaktperson: {kp.mail()}"
        yield f"Forælder: {c.mother.kv()}, {c.mother.tel()}"
        yield f"Sagsbehandler: {c.caseworker.kv()}, {c.caseworker.mail()}"
        yield f"Timer pr. uge: {R.randint(3, 8)}. Kørsel: {amount()} pr. måned."
        while True:
            yield "Note: " + (look() if R.random() < 0.5 else logline(c, ch(["Mandag", "Onsdag", "Fredag", "Lørdag"])))
    return head, items(), "", "\n"

G5 = [("log", g5_log), ("table", g5_table), ("prose", g5_status), ("kv", g5_kv)]

# ---------------------------------------------------------------- genre 6: skoleskift og flytning
def extras_custody(c):
    k, m, f = c.child, c.mother, c.father
    while True:
        yield ch([
            f"{m.N()} ønsker at flytte til {m.adr()} efter sommerferien." if c.planted else "Mor ønsker at flytte til en anden kommune efter sommerferien.",
            f"{f.N()} bor fortsat {f.adr()} og mener, at {k.n()} skal blive i sin klasse." if c.planted else "Far bor fortsat i skoledistriktet og mener, at Barn A skal blive i sin klasse.",
            f"Efter samværsaftalen er {k.n()} hos {f.n()} hver anden weekend fra fredag kl. {kl()}.",
            f"Sagen er sendt til Familieretshuset {mdate()}; forældrene er indkaldt til samtale.",
            f"Familieretshuset har registreret barnet som {k.full()}, {k.cpr()}." if c.planted else "Familieretshuset har registreret sagen under barnets cpr-nummer.",
            f"{cap(c.teacher.who())} oplyser, at {k.n()} er faldet godt til i {R.randint(1, 9)}.{ch('ABC')}, men har haft {R.randint(3, 14)} dages fravær.",
            look(),
            "Ved fælles forældremyndighed skal begge forældre give samtykke til skoleskift.",
            f"{c.sib.sibword(k).capitalize()} {c.sib.full()} ({c.sib.dob()}) skal efter planen følge med {m.n()}." if c.planted else "Søskende skal efter planen følge med mor.",
        ])

def g6_letter(c):
    k, m, f = c.child, c.mother, c.father
    a, b = (m, f) if R.random() < 0.5 else (f, m)
    head = (f"{a.full()}\n{a.adr('twoline')}\n\n" if c.planted else "Afsender: " + a.role_p() + "\n\n") + \
        f"Til Familieretshuset og {kommune(c)}, Børn og Unge\n{mdate()}\n\nVedr. skoleskift for {k.who() if c.planted else 'vores barn'}"
    def items():
        yield f"Jeg skriver, fordi {b.full() if c.planted else 'den anden forælder'} vil flytte {k.n()} til en ny skole uden min accept."
        yield f"{k.N()}" + (f" ({k.cpr()})" if c.planted else "") + f" har gået på skolen siden 0. klasse og har alle sine venner der."
        yield f"Den nye adresse, {b.adr()}, ligger {R.randint(25, 140)} km væk." if c.planted else f"Den nye bolig ligger {R.randint(25, 140)} km væk."
        yield f"Jeg kan kontaktes {a.reach()} eller på {a.mail()}." if c.planted else "Jeg kan kontaktes via Digital Post."
        while True:
            yield ch([
                f"Efter samværsaftalen er {k.n()} hos mig hver anden weekend, og det fungerer godt.",
                f"Jeg bor stadig {a.adr()}, fem minutters gang fra skolen." if c.planted else "Jeg bor stadig fem minutters gang fra skolen.",
                f"{k.N()} har selv sagt til {c.teacher.who()}, at {k.pr()} vil blive i klassen.",
                f"Jeg har bedt Familieretshuset om en børnesamtale med {k.n()}.",
                f"{k.gen()} {c.sib.sibword(k)} {c.sib.full()} ({c.sib.dob()}) går i samme skole." if c.planted else "Søskende går i samme skole, og de to er tætte.",
                f"Jeg er ikke imod, at {b.n()} flytter, men {k.n()} skal ikke skifte skole midt i skoleåret.",
                look(),
            ])
    foot = f"Venlig hilsen\n{a.full()}" if c.planted else "Venlig hilsen\n" + a.role_p()
    return head, items(), foot, "\n\n"

def g6_school(c):
    k, t = c.child, c.teacher
    head = ch(["Udtalelse fra skolen", "Skoleudtalelse til brug for Familieretshuset", "Udtalelse – skoleskift"]) + f"\n{mdate()}"
    def items():
        yield f"Udtalelsen vedrører {k.full()}" + (f", født {k.dob()}, cpr {k.cpr()}, " if c.planted else ", ") + f"elev i {R.randint(1, 9)}.{ch('ABC')}."
        yield f"{k.N()} er en vellidt elev, som trives i klassen og har gode venskaber."
        yield f"Skolen har samarbejdet med begge forældre, {c.mother.full()} og {c.father.full()}, via Aula." if c.planted else "Skolen har samarbejdet med begge forældre via Aula."
        yield f"Skolen er bekendt med, at mor er flyttet til {c.mother.adr()}." if c.planted else "Skolen er bekendt med, at mor er flyttet ud af distriktet."
        yield f"Spørgsmål kan rettes til undertegnede på {t.tel()} eller {t.mail()}." if c.planted else f"Spørgsmål kan rettes til skolens kontor på {ch(SWITCHBOARD)}."
        yield from extras_custody(c)
    foot = f"Med venlig hilsen\n{t.full()}, klasselærer\n{c.principal.full()}, skoleleder" if c.planted else "Med venlig hilsen\nklasselærer og skoleleder"
    return head, items(), foot, "\n\n"

def g6_kv(c):
    k, m, f = c.child, c.mother, c.father
    head = "Oversigt – forældrenes adresser og skoleforhold"
    def items():
        yield f"Barn: {k.kv()}, {k.dob() if c.planted else str(k.agey()) + ' år'}"
        yield f"CPR barn: {k.cpr()}" if c.planted else "CPR barn: se sagen"
        yield f"Mor: {m.kv()}, {m.dob()}" if c.planted else "Mor: bopælsforælder"
        yield f"Mors gamle adresse: {m.adr()}" if c.planted else "Mors gamle adresse: i skoledistriktet"
        if c.planted:
            m.addr = make_address()
        yield f"Mors nye adresse (fra {mdate()}): {m.adr()}" if c.planted else f"Mors nye adresse: ny kommune fra {mdate()}"
        yield f"Far: {f.kv()}, {f.adr()}"
        yield f"Tlf. mor/far: {m.tel()} / {f.tel()}"
        yield f"Nuværende skole: distriktsskolen, {R.randint(1, 9)}. klasse"
        yield f"Ny skole: kontakt {c.newteacher.kv()}, {c.newteacher.mail()}"
        yield "Forældremyndighed: fælles. Bopæl: mor. Samvær: 5/9-ordning."
        yield f"Sag i Familieretshuset: {sagsnr()}"
        _g = extras_custody(c)
        while True:
            yield "Note: " + (next(_g) if R.random() < 0.6 else look())
    return head, items(), "", "\n"

def g6_msgs(c):
    k, m, f = c.child, c.mother, c.father
    head = ch(["Skærmbillede af beskeder, afskrevet af sagsbehandleren:", "Beskeder mellem forældrene (vedlagt af far):"])
    def items():
        if c.planted:
            yield f"{m.fn()}: jeg har fået lejligheden på {m.adr('street')}. {k.fn()} starter på den nye skole 1. august"
            yield f"{f.fn()}: skolen spørger efter {k.gen_pr()} fødselsdato, den er {k.dob()} hvis du har glemt det"
            yield f"{f.fn()}: det har vi ikke aftalt. du kan ikke bare flytte {k.obj()}"
            yield f"{m.fn()}: ring til mig i stedet for at skrive. {m.tel()}"
            yield f"{f.fn()}: jeg har skrevet til familieretshuset. min advokat er {c.lawyer.full()}, {c.lawyer.tel()}"
        else:
            yield "Mor: jeg har fået lejligheden. Barn A starter på den nye skole 1. august"
            yield f"Far: det har vi ikke aftalt. du kan ikke bare flytte {k.obj()}"
            yield "Mor: ring til mig i stedet for at skrive"
            yield "Far: jeg har skrevet til familieretshuset. min advokat kontakter dig"
        while True:
            yield ch([f"{m.fn() if c.planted else 'Mor'}: " + ch([f"{k.pr()} glæder sig", f"{k.pr()} skal til tandlæge {mdate()}", "ok", look(),
                      f"skolen har sagt ja, der er plads i {R.randint(1, 9)}.{ch('ABC')}", "kan vi ikke bare snakke sammen som voksne",
                      f"{k.pr()} græd i går da {k.pr()} skulle over til dig", "jeg har talt med sagsbehandleren, hun ringer til dig",
                      f"husk {k.gen_pr()} medicin, den ligger i den blå taske", "jeg flytter uanset hvad, lejekontrakten er skrevet under",
                      f"familieretshuset har indkaldt os til møde {mdate()} kl. {kl()}", "du må gerne se skolen med os på torsdag",
                      f"{k.pr()} har fået en ny veninde i opgangen allerede"]),
                      f"{f.fn() if c.planted else 'Far'}: " + ch(["jeg henter fredag", "svar nu", f"{k.pr()} har glemt sin jakke", look(),
                      "jeg skriver ikke under på noget", f"{k.pr()} siger selv at {k.pr()} vil blive på skolen",
                      "det er 80 km, hvordan skal jeg nå at aflevere om morgenen", "lad os tage det hos familieretshuset",
                      f"jeg kan ikke i weekenden, kan {k.pr()} komme mandag i stedet", f"har du overhovedet spurgt {k.obj()}?",
                      "min mor kan hente fra den nye skole om tirsdagen", "send mig skolens navn, så ringer jeg selv",
                      f"{k.pr()} har fodbold onsdag kl. {kl()}, det skal {k.pr()} ikke miste"])])
    return head, items(), "", "\n"

def g6_note(c):
    k, m, f, cw = c.child, c.mother, c.father, c.caseworker
    head = ch(["Journalnotat", "Notat om telefonsamtale", "Sagsnotat – flytning og skoleskift"]) + f", {mdate()}"
    def items():
        yield f"{cap(m.who())} ringede {kl()} og oplyste, at hun er flyttet til {m.adr()}." if c.planted else f"Mor ringede kl. {kl()} og oplyste, at hun er flyttet til en anden kommune."
        yield f"{cap(f.who())} er ikke enig og har kontaktet Familieretshuset. Han har nyt nummer: {f.tel('spoken') if R.random() < 0.3 else f.tel()}." if c.planted else \
            "Far er ikke enig og har kontaktet Familieretshuset."
        yield f"{f.pr().capitalize()} stavede sin mail i telefonen: {f.mail(spoken=True)}." if c.planted else "Far oplyste, at han helst vil kontaktes via Digital Post."
        yield f"{k.N()} ({k.dob() if c.planted else str(k.agey()) + ' år'}) har udtrykt, at {k.pr()} helst vil blive boende hos {f.n()} i skoletiden."
        yield from extras_custody(c)
    foot = f"/{cw.ini()}" if c.planted else "/sagsbehandleren"
    return head, items(), foot, " "

G6 = [("letter", g6_letter), ("letter", g6_school), ("kv", g6_kv), ("message", g6_msgs), ("prose", g6_note)]

GENRES = [("dagpleje", G1, (2022, 2024)), ("netvaerk", G2, (2008, 2022)), ("klub", G3, (2010, 2015)),
          ("klage", G4, (2008, 2021)), ("kontaktperson", G5, (2008, 2012)), ("skoleskift", G6, (2010, 2019))]

# ---------------------------------------------------------------- institutions
INST = {
    "skole": ["Lyngbakkens Friskole", "Den Grønne Friskole", "Fjordglimt Privatskole", "Bakkehusets Realskole",
              "Egholt Friskole", "Lindely Lilleskole", "Rønnebær Friskole"],
    "dagtilbud": ["Børnehuset Myretuen", "Naturbørnehaven Krudtuglen", "Vuggestuen Lillebjørn", "Puk & Pjok Puljehus",
                  "Den Selvejende Børnehave Solsikken"],
    "opholdssted": ["Opholdsstedet Egebo", "Bostedet Lærkereden", "Opholdsstedet Havblik", "Behandlingshjemmet Skovly",
                    "Socialpædagogisk Opholdssted Kildevang"],
    "klub": ["Klub Kometen", "Ungdomsklubben Tårnet", "Svømmeklubben Delfinen", "IF Fjordvang", "Ridecentret Hestehaven"],
    "pleje": ["Familieplejen Midtvest ApS", "Plejefamilieforeningen Ankeret", "Netværksplejen Øst", "Plejefamiliecentret Brobyggeren"],
    "efterskole": ["Fjordvang Efterskole", "Bakkely Efterskole", "Hedegaard Idrætsefterskole", "Strandlyst Musikefterskole"],
}

def inst_text():
    I = lambda k: S("institution", ch(INST[k]))
    return ch([
        f"Barn A har gået på {I('skole')} siden 0. klasse og skal efter sommerferien begynde på {I('efterskole')}.",
        f"Der er visiteret til {I('opholdssted')} fra {mdate()}. Skolegang foregår på stedets egen interne skole.",
        f"Plejefamilien er tilknyttet {I('pleje')}, som også står for supervision og kurser.",
        f"Lillesøster går i {I('dagtilbud')}, og storebror kommer i {I('klub')} om eftermiddagen.",
        f"Mor ønsker, at Barn A fortsætter på {I('skole')}, selv om familien flytter.",
        f"{I('opholdssted')} har sendt statusrapport for perioden {mdate()} til {mdate()}.",
        f"Den unge har fået plads på {I('efterskole')} fra august; udslusning fra {I('opholdssted')} planlægges.",
        f"Klubtur med {I('klub')} til Mols Bjerge i uge {R.randint(26, 32)}; tilmelding via klubben.",
        f"Plejeforældrene har deltaget i kursus hos {I('pleje')} om traumer hos børn.",
        f"Barn A skifter fra {I('dagtilbud')} til den kommunale dagpleje efter sommerferien.",
        f"Ved overgangen fra {I('dagtilbud')} til {I('skole')} holdes et overleveringsmøde med forældrene.",
        f"Den unge bor på {I('opholdssted')} og går til træning i {I('klub')} to gange om ugen.",
        f"Skolelederen på {I('skole')} har sendt en udtalelse til brug for den børnefaglige undersøgelse.",
        f"Ansøgning om efterskoleophold på {I('efterskole')} er sendt; kommunen dækker en del af egenbetalingen.",
        f"Aflastning sker i en plejefamilie godkendt gennem {I('pleje')} hver tredje weekend.",
        f"Barn A er indskrevet i {I('dagtilbud')}, en privat institution med {R.randint(20, 60)} børn, og har det godt.",
        f"Personalet fra {I('opholdssted')} deltager i netværksmødet sammen med en lærer fra {I('skole')}.",
    ])

# ---------------------------------------------------------------- checks
ALL_NAMES = []
for _o, (fs, ms, ss) in NAMES.items():
    for x in fs + ms + ss:
        if x not in ALL_NAMES:
            ALL_NAMES.append(x)
WORD_NAMES = ["Sol", "Lykke", "Maj", "Storm", "Bo", "Ask", "Ulv", "Frej", "Skov", "Vinter"]
_pool_alts = sorted(ALL_NAMES + [x.upper() for x in ALL_NAMES if len(x) > 1], key=lambda x: (-len(x), x))
POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in _pool_alts) + r")(?!\w)")
PHONE_RE = re.compile(r"(?<![\w+])(?:(?:\+|00)\d{2,3}[ ]?)?(?:\d{8}|\d{2}(?: \d{2}){3}|\d{2}(?:\.\d{2}){3}|\d{2}(?:-\d{2}){3}|\d{4}[ -]\d{4})(?!\w)")
CPR_RE = re.compile(r"(?<![\w+])(?:\d{6}[-\u2013 ]?\d{4}|\d{2}[.\- ]\d{2}[.\- ]\d{2}[-\u2013 ]?\d{4}|\d{4} \d{2}-\d{4})(?!\w)")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(STREETS, key=lambda x: (-len(x), x))) + r")\s+(?:nr\.\s*)?\d", re.I)
BORN_RE = re.compile(r"(?<!\w)(?:født|f\.|fødselsdato:?)\s*(?:d\.\s*|den\s*)?(\d)", re.I)
WHITELIST = PUBLIC_NUMBERS + SWITCHBOARD

def inside(spans, a, b):
    return any(s["start"] <= a and b <= s["end"] for s in spans)

def sentence_initial(text, a):
    pre = text[:a].rstrip(" ")
    return pre == "" or pre[-1] in ".!?:\n-|"

def check_text(text, spans, kinds, band):
    errs = []
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]: errs.append("offset")
        if s["kind"] not in kinds: errs.append("kind " + s["kind"])
        if s["text"] != s["text"].strip(): errs.append("ws")
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]: errs.append("overlap")
        if b["start"] < a["start"]: errs.append("unsorted")
    if any(ch_ in text for ch_ in "\x01\x02\x03\x04"): errs.append("control char")
    w = len(text.split())
    if not (band[0] <= w <= band[1]): errs.append(f"band {w}")
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not inside(spans, m.start(), m.end()): errs.append("copy " + s["text"])
    for m in POOL_RE.finditer(text):
        if inside(spans, m.start(), m.end()): continue
        if m.group(0) in WORD_NAMES and sentence_initial(text, m.start()): continue
        errs.append("pool " + m.group(0))
    for rx, what in ((PHONE_RE, "phone"), (CPR_RE, "cpr")):
        for m in rx.finditer(text):
            if inside(spans, m.start(), m.end()): continue
            if m.group(0) in WHITELIST: continue
            if re.search(r"(CVR|P)-?(nr\.)?\s*$", text[max(0, m.start() - 12):m.start()]): continue
            errs.append(what + "-shaped " + m.group(0))
    for i, c in enumerate(text):
        if c == "@" and not inside([s for s in spans if s["kind"] == "email"], i, i + 1): errs.append("@")
    for m in STREET_RE.finditer(text):
        if not inside([s for s in spans if s["kind"] == "address"], m.start(), m.end()): errs.append("street " + m.group(0))
    for m in BORN_RE.finditer(text):
        if not inside(spans, m.start(1), m.end(1)): errs.append("born " + m.group(0))
    return errs

# ---------------------------------------------------------------- assembly
BANDS = [(30, 80), (81, 150), (151, 300)]
BAND_NAMES = ["short", "medium", "long"]

def assemble(fn, c, band):
    head, it, foot, sep = fn(c)
    target = R.randint(band[0] + 3, band[0] + int(0.55 * (band[1] - band[0])))
    items = []
    def join():
        if sep == " ":
            t = (head + "\n" if head else "") + " ".join(items)
            return t + ("\n" + foot if foot else "")
        return sep.join(([head] if head else []) + items + ([foot] if foot else []))
    seen = []
    tries = 0
    nlook, maxlook = 0, {30: 2, 81: 3, 151: 6}[band[0]]
    while words(join()) < target and tries < 120:
        tries += 1
        x = next(it)
        if "\x04" in x:
            if nlook >= maxlook:
                continue
            nlook += 1
            x = x.replace("\x04", "")
        sk = re.sub(r"\x01[^\x02]*\x02[^\x03]*\x03", "#", x)
        sk = re.sub(r"[0-9]+", "0", sk)
        if "|" in x or x.startswith(("- ", "[")):
            sk = x
        else:
            sk = " ".join(sk.split()[:5])
        if sk in seen:
            continue
        seen.append(sk)
        items.append(x)
    return join()

def build(planted, gi, fmt, bi, forbidden=None):
    name, fmts, born = GENRES[gi]
    GENRE_NOW[0] = name
    fn = dict((f.__name__, f) for _, f in fmts)[fmt]
    for attempt in range(400):
        c = Cast(planted, child_born=born)
        marked = assemble(fn, c, BANDS[bi]).replace("kr..", "kr.").replace("\x04", "")
        text, spans = parse(marked)
        errs = check_text(text, spans, ("name", "phone", "email", "address", "dob", "cpr") if planted else (), BANDS[bi])
        if not planted and spans: errs.append("spans in clean")
        if forbidden is not None:
            for v in forbidden:
                if v in text and re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
                    errs.append("planted value in clean " + v); break
        if not errs:
            return text, spans
        STATS["redraws"] += 1
        STATS["why"].append(errs[0].split(" ")[0])
        if os.environ.get("DEBUG"): print(errs[:3], file=sys.stderr)
    raise SystemExit(f"could not draw {name}/{fmt}/{bi}: {errs}")

STATS = {"redraws": 0, "why": []}

def plan():
    """per genre 40 slots: (format, band), bands balanced, formats cycled"""
    out = []
    for gi, (name, fmts, born) in enumerate(GENRES):
        bands = [(gi + j) % 3 for j in range(40)]
        R.shuffle(bands)
        slots = [(fmts[j % len(fmts)][0], fmts[j % len(fmts)][1].__name__, bands[j]) for j in range(40)]
        out.append(slots)
    order = []
    for j in range(40):
        for gi in range(6):
            order.append((gi,) + out[gi][j])
    return order

def main():
    planted, clean, insts = [], [], []
    meta = []
    for i, (gi, style, fmt, bi) in enumerate(plan()):
        text, spans = build(True, gi, fmt, bi)
        planted.append({"id": f"{CORPUS}-p{i + 1:03d}", "text": text, "planted": spans})
        meta.append(("p", GENRES[gi][0], style, fmt, bi))
    forbidden = []
    for d in planted:
        for s in d["planted"]:
            if s["kind"] != "name" and s["text"] not in forbidden:
                forbidden.append(s["text"])
    for i, (gi, style, fmt, bi) in enumerate(plan()):
        text, spans = build(False, gi, fmt, bi, forbidden)
        clean.append({"id": f"{CORPUS}-c{i + 1:03d}", "text": text, "planted": []})
        meta.append(("c", GENRES[gi][0], style, fmt, bi))
    for i in range(30):
        for attempt in range(200):
            n = R.choice([1, 1, 2])
            marked = " ".join(inst_text() for _ in range(n))
            text, spans = parse(marked)
            errs = check_text(text, spans, ("institution",), (12, 40))
            if len(spans) > 2: errs.append("too many")
            if not errs: break
        else:
            raise SystemExit("institution draw failed")
        insts.append({"id": f"{CORPUS}-i{i + 1:03d}", "text": text, "planted": spans})
    # id gaplessness
    for rows, p, n in ((planted, "p", 240), (clean, "c", 240), (insts, "i", 30)):
        assert [r["id"] for r in rows] == [f"{CORPUS}-{p}{k:03d}" for k in range(1, n + 1)]
    for fname, rows in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", insts)):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # stats
    kinds = {}
    for d in planted:
        for s in d["planted"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    tot = sum(kinds.values())
    print("planted spans", tot, json.dumps(kinds, sort_keys=True))
    if os.environ.get("DRAFT"): return
    assert 3000 <= tot <= 4500, tot
    for k in ("phone", "address", "dob"): assert kinds.get(k, 0) >= 250, (k, kinds.get(k))
    for k in ("cpr", "email"): assert kinds.get(k, 0) >= 120, (k, kinds.get(k))
    assert kinds["name"] == max(kinds.values())
    print("institution spans", sum(len(d["planted"]) for d in insts))
    tab = {}
    for t, g, st, fmt, bi in meta:
        key = (t, g, st, BAND_NAMES[bi]); tab[key] = tab.get(key, 0) + 1
    print(f"redraws {STATS['redraws']} " + json.dumps({w: STATS['why'].count(w) for w in sorted(set(STATS['why']))}))
    if os.environ.get("VERBOSE"):
        for key in sorted(tab):
            print(" ".join(key), tab[key])
    for fname in ("planted.jsonl", "clean.jsonl", "institutions.jsonl"):
        print(fname, hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest())

if __name__ == "__main__":
    main()
