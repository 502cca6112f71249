"""Build the blind48 held-out corpus. Python 3.11 stdlib only; deterministic (one seeded Random)."""
import json, re, hashlib, datetime
import random
from pools import NAMES, NICK, STREETS, TOWNS, KOMMUNER, PRIVATE_MAIL, FOREIGN, PREFIX

SEED = 480048
R = random.Random(SEED)
CORPUS = "blind48"
ch = R.choice

def M(kind, x):
    return "\x01" + kind + "\x02" + x + "\x03"

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
EMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende",
       "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende",
       "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte",
       "enogtredivte"]
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs", 9: "halvfems"}

def say2(n):
    if n < 10:
        return "nul " + ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, o = divmod(n, 10)
    return TENS[t] if o == 0 else ("et" if o == 1 else ONES[o]) + "og" + TENS[t]

# ---------------------------------------------------------------- formats of personal data
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "33 66 33 66", "89 40 20 00", "99 31 31 31",
                  "70 10 18 18", "33 41 12 00"]

def fmt_phone(d8):
    a = d8
    s = R.random()
    if s < .30: return f"{a[0:2]} {a[2:4]} {a[4:6]} {a[6:8]}"
    if s < .45: return a
    if s < .55: return f"{a[0:4]} {a[4:8]}"
    if s < .62: return f"{a[0:2]}.{a[2:4]}.{a[4:6]}.{a[6:8]}"
    if s < .68: return f"{a[0:2]}-{a[2:4]}-{a[4:6]}-{a[6:8]}"
    if s < .82: return f"+45 {a[0:2]} {a[2:4]} {a[4:6]} {a[6:8]}"
    if s < .90: return "+45" + a
    if s < .96: return "0045 " + a
    return f"(+45) {a[0:4]} {a[4:8]}"

def dk_digits():
    return str(R.choice([2, 2, 3, 4, 5, 6, 7, 8, 9])) + "".join(str(R.randint(0, 9)) for _ in range(7))

def foreign_phone(origin):
    p = PREFIX.get(origin, "+90")
    d = "".join(str(R.randint(0, 9)) for _ in range(9))
    s = R.random()
    if s < .4: return f"{p} {d[0:3]} {d[3:6]} {d[6:9]}"
    if s < .7: return f"{p} {d[0:2]} {d[2:9]}"
    if s < .85: return p + d
    return "00" + p[1:] + " " + d

def spoken_phone(d8):
    return ", ".join(say2(int(d8[i:i + 2])) for i in range(0, 8, 2))

def fmt_dob(d, spoken_ok=False):
    s = R.random()
    y2 = d.year % 100
    if spoken_ok and s < .08:
        return f"{ORD[d.day - 1]} {MONTHS[d.month - 1]} {d.year}"
    if s < .25: return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if s < .40: return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if s < .50: return d.isoformat()
    if s < .60: return f"{d.day:02d}/{d.month:02d}-{y2:02d}"
    if s < .67: return f"{d.day}/{d.month}-{d.year}"
    if s < .74: return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if s < .80: return f"{d.day} {EMONTHS[d.month - 1]} {d.year}"
    if s < .85: return f"{EMONTHS[d.month - 1]} {d.day}, {d.year}"
    if s < .92: return f"{d.day}.{d.month}.{y2:02d}"
    return f"{d.day}. {MONTHS[d.month - 1][:3]}. {d.year}"

def cpr_of(d, male):
    y = d.year
    yy = y % 100
    if y < 2000:
        opts = [0, 1, 2, 3] + ([4, 9] if yy >= 37 else [])
    else:
        opts = [4, 9, 5, 6, 7, 8] if yy <= 36 else [5, 6, 7, 8]
    d7 = R.choice(opts)
    mid = R.randint(0, 99)
    last = R.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    return f"{d.day:02d}{d.month:02d}{yy:02d}", f"{d7}{mid:02d}{last}"

def fmt_cpr(a, b):
    s = R.random()
    if s < .45: return f"{a}-{b}"
    if s < .62: return f"{a} {b}"
    if s < .75: return a + b
    if s < .85: return f"{a[0:2]}.{a[2:4]}.{a[4:6]}-{b}"
    if s < .93: return f"{a[0:2]} {a[2:4]} {a[4:6]} {b}"
    return f"{a[0:2]}{a[2:4]}{a[4:6]} - {b}"

FLOORS = ["st.", "st. tv.", "1. th.", "1. tv", "2. th", "2.tv.", "3. mf.", "4. th.", "1.", "2.", "kl."]

def dk_address(sloppy=False):
    st = ch(STREETS)
    no = str(R.randint(1, 148))
    if R.random() < .2: no += ch("ABCDEF")
    fl = ""
    if R.random() < .45: fl = ", " + ch(FLOORS)
    pc, town = ch(TOWNS)
    if sloppy and R.random() < .5:
        return f"{st.lower()} {no}{fl.replace(', ', ' ')} {town.lower()}", st
    return f"{st} {no}{fl}, {pc} {town}", st

# ---------------------------------------------------------------- persons
class Person:
    def __init__(self, ctx, role, gen, origin, female, years, prof=False, abroad=False, home=None, surname=None):
        fem, mal, sur = NAMES[origin]
        self.origin, self.female, self.prof, self.abroad = origin, female, prof, abroad
        self.first = ch(fem if female else mal)
        self.last = surname or ch(sur)
        self.role, self.rgen = role, gen  # clean-mode role phrase and its genitive
        y = R.randint(*years)
        self.dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
        self.cpr = cpr_of(self.dob, not female)
        if abroad:
            self.phone = foreign_phone(origin)
            self.addr = ch(FOREIGN.get(origin, FOREIGN["tr"]))
        else:
            self.d8 = dk_digits()
            self.phone = fmt_phone(self.d8)
            if home is not None:
                self.addr = home
            else:
                self.addr = dk_address()[0]
        self.ctxdom = ctx.dom
        self.profdom = prof
        self.contact()
        self.age = 2026 - y
        self.n = 0

    def contact(self):
        prof = self.profdom
        f = self.first.lower().replace(" ", "").replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        l = self.last.lower().replace(" ", "").replace("ø", "oe").replace("æ", "ae").replace("å", "aa").replace("'", "")
        f = asciify(f); l = asciify(l)
        if prof:
            dom = self.ctxdom if prof is True else prof
            self.email = ch([f"{f[:2]}{l[:3]}@{dom}", f"{f}.{l}@{dom}", f"{f[:3]}{l[:1]}{R.randint(1,9)}@{dom}"])
            self.d8 = dk_digits()
            self.phone = fmt_phone(self.d8)
        else:
            self.email = ch([f"{f}.{l}@", f"{f}{R.randint(70, 99)}@", f"{f}_{l[:4]}@", f"{l}{f[:1]}@"]) + ch(PRIVATE_MAIL)
        ini = "".join(w[0] for w in (self.first.replace("-", " ").split() + self.last.replace("-", " ").split()))
        self.ini = ini.upper()

def asciify(s):
    tb = str.maketrans({"é": "e", "ı": "i", "ş": "s", "ç": "c", "ö": "o", "ü": "u", "ğ": "g", "ł": "l", "ś": "s",
                        "ń": "n", "ź": "z", "ż": "z", "ó": "o", "ą": "a", "ę": "e", "ț": "t", "ă": "a", "ž": "z",
                        "ć": "c", "č": "c", "š": "s", "ð": "d", "ú": "u", "í": "i", "á": "a", "ý": "y", "'": ""})
    return s.translate(tb)

def misspell(w):
    if len(w) < 4: return w
    i = R.randint(1, len(w) - 2)
    if R.random() < .5 and w[i].isalpha():
        return w[:i] + w[i] + w[i:]
    return w[:i] + w[i + 1:]

class Ctx:
    def __init__(self, clean, genre):
        self.clean = clean
        self.genre = genre
        self.kom, self.dom, self.ktown = ch(KOMMUNER)
        self.people = []
        self.inis = set()

    # ---- names
    def name_form(self, p, allow_ini=True):
        p.n += 1
        if p.n == 1:
            s = R.random()
            if s < .75: return f"{p.first} {p.last}"
            if s < .85: return f"{p.last}, {p.first}"
            if s < .92: return f"{p.first} {p.last.upper()}"
            return p.first
        s = R.random()
        if s < .55: return p.first
        if s < .68: return f"{p.first} {p.last}"
        if s < .76 and p.first in NICK: return NICK[p.first]
        if s < .82: return p.last
        if s < .86: return misspell(p.first)
        if s < .90: return p.first.lower()
        if s < .93: return p.first.upper()
        if s < .97 and allow_ini and p.prof: return p.ini
        return p.first

    def N(self, p, cap=False):
        if self.clean:
            r = p.role
            if p.n == 0 and getattr(p, "first_role", None):
                r = p.first_role
            p.n += 1
            return r[0].upper() + r[1:] if cap else r
        return M("name", self.name_form(p))

    def Nc(self, p):
        return self.N(p, cap=True)

    def G(self, p, cap=False):  # genitive
        if self.clean:
            p.n += 1
            r = p.rgen
            return r[0].upper() + r[1:] if cap else r
        f = self.name_form(p, allow_ini=False)
        if f[-1] in "sxzSXZ":
            return M("name", f) + "'"
        if R.random() < .1 and not p.prof:
            return M("name", f) + "'s"
        return M("name", f + "s")

    def W(self, p, cap=False):  # title + name
        if self.clean:
            return self.N(p, cap)
        t = p.title
        if cap: t = t[0].upper() + t[1:]
        return f"{t} " + M("name", self.name_form(p))

    # ---- contact data
    def PH(self, p, spoken=False):
        if self.clean:
            if p.prof:
                return ch(["afdelingens fælles telefon", f"{self.kom}s hovednummer"])
            return ch(["det nummer, der står i sagen", "det oplyste nummer", "det kendte nummer", "sit sædvanlige nummer"])
        if spoken and not p.abroad and R.random() < .35:
            return M("phone", spoken_phone(p.d8))
        return M("phone", p.phone)

    def EM(self, p, spoken=False):
        if self.clean:
            return ch(["sikker mail via borger.dk", "Digital Post", "e-Boks", "den sikre postkasse"])
        if spoken and R.random() < .3:
            e = p.email.replace("@", " snabel-a ").replace(".", " punktum ")
            return M("email", e)
        return M("email", p.email)

    def EMf(self, p):  # "fra <mail>" / "via Digital Post"
        if self.clean:
            return ch(["via Digital Post", "via sikker mail", "via e-Boks"])
        return "fra " + self.EM(p)

    def AD(self, p):  # bare address
        if self.clean:
            return ch([f"bopælen i {self.ktown}", "adressen i folkeregistret", f"en lejlighed i {self.ktown}"])
        a = p.addr
        if not p.abroad and R.random() < .07:
            a = a.replace(", ", " ", 1).lower() if "," in a else a.lower()
        return M("address", a)

    def ADp(self, p):  # with preposition
        if self.clean:
            return ch([f"i {self.ktown}", f"i en lejlighed nær {ch(PLACES)}", f"i et rækkehus i {ch(TOWNS)[1]}",
                       "på samme adresse som tidligere", "i udlandet" if p.abroad else f"i {self.ktown} Kommune"])
        return ("i " if p.abroad else "på ") + self.AD(p)

    def DOB(self, p, paren=False):
        if self.clean:
            return f"({p.age} år)" if paren else f"på {p.age} år"
        d = M("dob", fmt_dob(p.dob))
        if paren:
            return ch([f"(f. {d})", f"(født {d})", f"({d})", f"(fødselsdato {d})"])
        return ch([f"født {d}", f"født den {d}", f"f. {d}", f"med fødselsdato {d}"])

    def DOBbare(self, p, spoken=False):
        return M("dob", fmt_dob(p.dob, spoken_ok=spoken))

    def born(self, p):
        if self.clean:
            return f"er {p.age} år"
        return "er født " + self.DOBbare(p)

    def R(self, p, rel):
        if self.clean:
            return rel
        return M("name", self.name_form(p)) + f" ({rel})"

    def pronobj(self, p):
        return "hende" if p.female else "ham"

    def pr(self, p):
        return "hun" if p.female else "han"

    def CPR(self, p):
        if self.clean:
            return ""
        return M("cpr", fmt_cpr(*p.cpr))

    def CPRl(self, p):  # labelled, inline
        if self.clean:
            return ""
        return " (" + ch(["CPR ", "cpr.nr. ", "CPR-nr. ", "", "cpr: "]) + self.CPR(p) + ")"

PLACES = ["Banegårdspladsen", "Torvet", "Rådhuspladsen", "Strøget", "havnen", "Gågaden", "Åboulevarden",
          "Kongens Have", "Store Torv", "busterminalen"]

# ---------------------------------------------------------------- look-alike snippets (safe in both modes)
def casenr():
    return ch([f"Sagsnr. {R.randint(2024, 2026)}-{R.randint(1000, 99999):05d}",
               f"J.nr. 27.{R.randint(10, 40)}.{R.randint(0, 20):02d}-G01-{R.randint(1, 300)}-{R.randint(24, 26)}",
               f"sagsnummer {R.randint(24, 26)}/{R.randint(1000, 39999)}",
               f"Ankestyrelsens j.nr. {R.randint(24, 26)}-{R.randint(10000, 99999)}"])

def mdate(year_lo=2025, year_hi=2026):
    d = datetime.date(R.randint(year_lo, year_hi), R.randint(1, 12), R.randint(1, 28))
    return ch([f"{d.day}. {MONTHS[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
               f"{d.day}/{d.month}-{d.year}"])

def tm():
    return f"{R.randint(7, 21):02d}.{ch(['00', '05', '10', '15', '20', '30', '40', '45', '50'])}"

def kr():
    return ch([f"kr. {R.randint(2, 60) * 50}", f"{R.randint(1, 9)}.{R.randint(0, 9)}{ch(['00', '50'])},00 kr.",
               f"{R.randint(100, 2500)} kr."])

# ---------------------------------------------------------------- genres

# ---------------------------------------------------------------- casting
class C:  # cast container
    pass

PROF_OR = ["dk"] * 10 + ["dkrare"] * 2 + ["word", "gl", "fo", "pk", "tr", "ba", "pl", "ar"]
FAM_OR = ["dk"] * 6 + ["dkrare", "word", "word", "gl", "fo", "so", "ar", "ku", "tr", "af", "pk", "pl", "ua",
                      "ro", "ba", "er", "vn", "th", "ph", "en"]

def mk(x, role, gen, origin, female, years, prof=False, title="", abroad=False, home=None, surname=None, first_role=None):
    p = Person(x, role, gen, origin, female, years, prof=prof, abroad=abroad, home=home, surname=surname)
    # keep first names and initials unique inside one text
    tries = 0
    while any(q.first == p.first or q.ini == p.ini for q in x.people) and tries < 30:
        p.first = ch(NAMES[origin][0] if female else NAMES[origin][1])
        p.contact()
        tries += 1
    p.title = title
    p.first_role = first_role
    x.people.append(p)
    return p

def prof(x, role, gen, title, dom=True):
    return mk(x, role, gen, ch(PROF_OR), R.random() < .65, (1962, 1996), prof=dom, title=title)

def child(x, origin, surname, years=(2008, 2021), home=None, label="Barn A"):
    fem = R.random() < .5
    p = mk(x, label, label + "'s", origin, fem, years, surname=surname, home=home)
    p.first_role = f"{label} ({p.age} år)"
    return p

COUNTRY = {"ph": "Filippinerne", "th": "Thailand", "vn": "Vietnam", "ua": "Ukraine", "dk": "Sønderjylland",
           "so": "Somalia", "ar": "Syrien", "ku": "Irak", "af": "Afghanistan", "er": "Eritrea"}
HOSP = ["H.C. Andersen Børnehospital, OUH", "Børn og Unge, Aarhus Universitetshospital", "Juliane Marie Centret, Rigshospitalet",
        "Børneafdelingen, Hvidovre Hospital", "Børneafdelingen, Aalborg Universitetshospital",
        "Børneafdelingen, Sygehus Lillebælt, Kolding", "Børneafdelingen, Holbæk Sygehus", "Børneafdelingen, Regionshospitalet Gødstrup"]
DIAG = [("type 1-diabetes", "E10.9"), ("svær astma", "J45.9"), ("spiseforstyrrelse", "F50.0"), ("hjernerystelse", "S06.0"),
        ("blindtarmsbetændelse", "K35.8"), ("epilepsi", "G40.9"), ("lungebetændelse", "J18.9"), ("brud på lårbenet", "S72.0")]
MEDS = ["Panodil", "Ventoline", "NovoRapid", "Ritalin", "Melatonin", "Ibuprofen", "Lamictal", "Movicol"]

def cast(x):
    c = C()
    g = x.genre
    if g == 1:
        co = ch(["ph", "th", "vn", "ua", "dk", "dk"])
        ao = ch(["dk", "dk", "dkrare", "word", "fo", "gl", "dk"])
        home = dk_address()[0]
        c.amor = mk(x, "adoptivmor", "adoptivmors", ao, True, (1970, 1990), home=home)
        c.afar = mk(x, "adoptivfar", "adoptivfars", ch(["dk", ao, "en", "pl"]), False, (1968, 1990), home=home,
                    surname=c.amor.last if R.random() < .6 else None)
        c.barn = child(x, ch([co, "dk", "word"]), c.amor.last, (2008, 2020), home=home)
        c.bmor = mk(x, "den biologiske mor", "den biologiske mors", co, True, (1975, 2000), abroad=(co not in ("dk",)))
        c.sb = prof(x, "sagsbehandleren", "sagsbehandlerens", "sagsbehandler")
        c.ank = prof(x, "fuldmægtigen i Ankestyrelsen", "fuldmægtigens", "fuldmægtig", dom="ast.dk")
        c.pas = prof(x, "adoptionskonsulenten", "adoptionskonsulentens", "adoptionskonsulent", dom="ast.dk")
        c.country = COUNTRY[co]
        c.main = [c.barn, c.amor, c.afar, c.bmor, c.sb, c.ank, c.pas]
    elif g == 2:
        o = ch(FAM_OR)
        home = dk_address()[0]
        c.mor = mk(x, "mor", "mors", o, True, (1975, 2000), home=home)
        c.far = mk(x, "far", "fars", ch([o, o, "dk"]), False, (1970, 1998), home=dk_address()[0] if R.random() < .4 else home)
        c.barn = child(x, o, c.mor.last if R.random() < .7 else c.far.last, (2009, 2023), home=home)
        c.mm = mk(x, "mormor", "mormors", o, True, (1950, 1970))
        c.spl = prof(x, "sygeplejersken", "sygeplejerskens", "sygeplejerske", dom=ch(["rsyd.dk", "rm.dk", "regionh.dk", "rn.dk", "regionsjaelland.dk"]))
        c.ol = prof(x, "overlægen", "overlægens", "overlæge", dom=c.spl.email.split("@")[1])
        c.hl = prof(x, "hospitalslæreren", "hospitalslærerens", "hospitalslærer")
        c.sb = prof(x, "sagsbehandleren", "sagsbehandlerens", "sagsbehandler")
        c.hosp = ch(HOSP); c.diag = ch(DIAG); c.stue = R.randint(1, 24)
        c.main = [c.barn, c.mor, c.far, c.mm, c.spl, c.ol, c.hl, c.sb]
    elif g == 3:
        o = ch(["so", "ar", "ku", "af", "er", "ua", "ar", "so", "er"])
        c.ref = mk(x, "referencepersonen", "referencepersonens", o, R.random() < .35, (1978, 1998))
        c.sp = mk(x, "ægtefællen", "ægtefællens", o, not c.ref.female, (1980, 2000), abroad=True)
        c.k1 = child(x, o, c.ref.last, (2010, 2020), label="Barn A")
        c.k1.abroad = True; c.k1.addr = c.sp.addr
        c.k2 = child(x, o, c.ref.last, (2012, 2021), label="Barn B", home=c.ref.addr)
        c.gm = mk(x, "farmor", "farmors", o, True, (1948, 1965), abroad=True)
        c.sb = prof(x, "sagsbehandleren", "sagsbehandlerens", "sagsbehandler")
        c.integ = prof(x, "integrationskonsulenten", "integrationskonsulentens", "integrationskonsulent")
        c.tolk = mk(x, "tolken", "tolkens", o, R.random() < .5, (1970, 1995), prof=ch(["tolkdanmark.dk", "gmail.com"]), title="tolk")
        c.us = prof(x, "fuldmægtigen i Udlændingestyrelsen", "fuldmægtigens", "fuldmægtig", dom="us.dk")
        c.country = COUNTRY[o]
        c.lang = {"so": "somali", "ar": "arabisk", "ku": "sorani", "af": "dari", "er": "tigrinya", "ua": "ukrainsk"}[o]
        c.main = [c.ref, c.sp, c.k1, c.k2, c.gm, c.sb, c.integ, c.tolk, c.us]
    elif g == 4:
        o = ch(FAM_OR)
        home = dk_address()[0]
        c.mor = mk(x, "mor", "mors", o, True, (1972, 1992), home=home)
        c.far = mk(x, "far", "fars", ch([o, "dk"]), False, (1968, 1990))
        c.ung = child(x, o, c.mor.last, (2009, 2013), home=home, label="Ung A")
        c.v1 = mk(x, "en kammerat", "kammeratens", ch(FAM_OR), False, (2008, 2012))
        c.v2 = mk(x, "en anden kammerat", "den anden kammerats", ch(FAM_OR), R.random() < .3, (2008, 2012))
        c.uk = prof(x, "ungekoordinatoren", "ungekoordinatorens", "ungekoordinator")
        c.fm = prof(x, "nævnets formand", "formandens", "dommer", dom="domstol.dk")
        c.po = prof(x, "politiets repræsentant", "politiets repræsentants", "politikommissær", dom="politi.dk")
        c.tr = prof(x, "træneren", "trænerens", "træner", dom=ch(PRIVATE_MAIL))
        c.main = [c.ung, c.mor, c.far, c.v1, c.v2, c.uk, c.fm, c.po, c.tr]
    elif g == 5:
        o = ch(FAM_OR)
        home = dk_address()[0]
        fem = R.random() < .5
        c.par = mk(x, "mor" if fem else "far", "mors" if fem else "fars", o, fem, (1975, 1999), home=home)
        c.part = mk(x, "far" if fem else "mor", "fars" if fem else "mors", ch([o, "dk"]), not fem, (1972, 1999))
        c.c1 = child(x, o, c.par.last, (2011, 2022), home=home)
        c.c2 = child(x, o, c.par.last, (2013, 2023), home=home, label="Barn B")
        c.mm = mk(x, "mormor" if fem else "farmor", "mormors" if fem else "farmors", o, True, (1948, 1972))
        c.beh = prof(x, "behandleren", "behandlerens", "behandler")
        c.lg = prof(x, "lægen", "lægens", "læge", dom=ch(["dadlnet.dk", True]))
        c.sb = prof(x, "sagsbehandleren", "sagsbehandlerens", "sagsbehandler")
        c.main = [c.par, c.part, c.c1, c.c2, c.mm, c.beh, c.lg, c.sb]
    else:
        o = ch(FAM_OR)
        home = dk_address()[0]
        c.barn = child(x, o, None, (2010, 2013), home=home)
        c.mor = mk(x, "mor", "mors", o, True, (1972, 1990), home=home, surname=c.barn.last)
        c.far = mk(x, "far", "fars", ch([o, "dk"]), False, (1970, 1990), surname=c.barn.last if R.random() < .6 else None)
        c.g1 = mk(x, "mormor", "mormors", o, True, (1945, 1965))
        c.g2 = mk(x, "farbror", "farbrors", ch([o, "dk"]), False, (1965, 1990))
        c.g3 = mk(x, "gudmor", "gudmors", ch(FAM_OR), True, (1970, 1995))
        c.sl = prof(x, "spejderlederen", "spejderlederens", "spejderleder", dom=ch(PRIVATE_MAIL))
        c.ml = prof(x, "musiklæreren", "musiklærerens", "musiklærer")
        c.pr = prof(x, "præsten", "præstens", "sognepræst", dom="km.dk")
        c.fp = prof(x, "fritidsguiden", "fritidsguidens", "fritidsguide")
        c.main = [c.barn, c.mor, c.far, c.g1, c.g2, c.g3, c.sl, c.ml, c.pr, c.fp]
    return c

# ---------------------------------------------------------------- sentences per genre: (mode, fn); mode b=both, p=planted only, c=clean only
def n_(): return R.randint(2, 9)
def up(s): return s[0].upper() + s[1:]

S = {}
S[1] = [
    ("b", lambda x, c: f"{x.Nc(c.amor)} ringede kl. {tm()} fra {x.PH(c.amor)} og fortalte, at {x.N(c.barn)} {x.DOB(c.barn, True)} er begyndt at stille mange spørgsmål om sin oprindelse."),
    ("b", lambda x, c: f"{x.Nc(c.barn)} ønsker at skrive et brev til {x.N(c.bmor)}, som ifølge de seneste oplysninger bor {x.ADp(c.bmor)}."),
    ("b", lambda x, c: f"Ankestyrelsen har den {mdate()} oplyst, at adoptionsbevillingen i sin tid blev udstedt til {x.N(c.amor)} og {x.N(c.afar)}."),
    ("b", lambda x, c: f"{x.W(c.pas, True)} kan kontaktes på {x.PH(c.pas)} eller via {x.EM(c.pas)} og tilbyder familien tre samtaler om åbenhed og rødder."),
    ("b", lambda x, c: f"Af adoptionsakten fremgår det, at {x.N(c.barn)} {x.born(c.barn)}{x.CPRl(c.barn)} og kom til Danmark som {R.randint(8, 30)} måneder gammel."),
    ("b", lambda x, c: f"{x.Nc(c.bmor)} har gennem Ankestyrelsen givet samtykke til, at der må udleveres et foto og en kort beskrivelse til {x.N(c.barn)}."),
    ("b", lambda x, c: f"Ved samtalen fortalte {x.N(c.barn)}, at {x.G(c.afar)} fortælling om rejsen har betydet meget, men at {x.pr(c.barn)} gerne vil høre historien fra {x.N(c.bmor)} selv."),
    ("b", lambda x, c: f"Adoptivfamilien bor fortsat {x.ADp(c.amor)}, og {x.N(c.amor)} kan træffes på {x.PH(c.amor)} efter kl. 16."),
    ("b", lambda x, c: f"{x.Nc(c.afar)} har skrevet {x.EMf(c.afar)}, at familien ønsker et møde med {x.W(c.sb)} inden sommerferien."),
    ("b", lambda x, c: f"Den biologiske far er ukendt, og {x.N(c.bmor)} {x.DOB(c.bmor, True)} har ikke ønsket at oplyse hans navn."),
    ("b", lambda x, c: f"Adoptivmors noter: \"{x.Nc(c.barn)} sov uroligt efter videoopkaldet med {x.N(c.bmor)}, men var glad om morgenen og ville se billederne igen.\""),
    ("b", lambda x, c: f"{x.W(c.ank, True)} har bedt om kommunens udtalelse inden {mdate()} og kan kontaktes direkte på {x.PH(c.ank)}."),
    ("b", lambda x, c: f"Rødderejsen er planlagt til efteråret, hvor {x.N(c.amor)} og {x.N(c.barn)} rejser til {c.country} og besøger børnehjemmet."),
    ("b", lambda x, c: f"Kopi af brevet er sendt til {x.N(c.bmor)}, {x.AD(c.bmor)}."),
    ("p", lambda x, c: f"{x.Nc(c.amor)} er {x.DOB(c.amor)}{x.CPRl(c.amor)}, og {x.N(c.afar)} er {x.DOB(c.afar)}{x.CPRl(c.afar)}."),
    ("p", lambda x, c: f"{x.Nc(c.bmor)} har oplyst mailadressen {x.EM(c.bmor)} og telefonnummeret {x.PH(c.bmor)} til Ankestyrelsen."),
    ("b", lambda x, c: f"{x.W(c.sb, True)} har vejledt om, at {x.N(c.barn)} selv kan søge aktindsigt i adoptionssagen, når {x.pr(c.barn)} fylder 18."),
    ("c", lambda x, c: f"Sagen er oprettet under {casenr()}, og den biologiske mor er orienteret via Ankestyrelsen."),
    ("c", lambda x, c: f"Adoptivmor fortæller, at de har en stor have, hvor Barn A bygger huler, og at skov og strand er nærmeste nabo."),
    ("c", lambda x, c: f"Efter reglerne i adoptionsloven skal samtykket være skriftligt; det foreligger i kopi i sagen."),
    ("c", lambda x, c: f"PAS-rådgivningen i Ankestyrelsen tilbyder gratis rådgivning til adoptivfamilier; telefonen er åben hverdage kl. 9-12."),
]
S[2] = [
    ("b", lambda x, c: f"{x.Nc(c.barn)} {x.DOB(c.barn, True)} blev indlagt på {c.hosp} den {mdate()} med {c.diag[0]} ({c.diag[1]})."),
    ("b", lambda x, c: f"{x.Nc(c.mor)} var på besøg fra kl. {tm()} og sov på forældresengen på stue {c.stue}."),
    ("b", lambda x, c: f"Kl. {tm()} ringede {x.W(c.sb)} til afdelingen og blev stillet om til {x.W(c.spl)}, som kan træffes direkte på {x.PH(c.spl)}."),
    ("b", lambda x, c: f"{x.W(c.hl, True)} fra hospitalsskolen underviser {x.N(c.barn)} i dansk og matematik to timer dagligt og sender ugeplanen til hjemskolen via Aula."),
    ("b", lambda x, c: f"Besøg i dag: {x.R(c.mm, 'mormor')}, {x.R(c.far, 'far')} og {x.R(c.mor, 'mor')}."),
    ("b", lambda x, c: f"Udskrivning er planlagt til {mdate()}, og {x.N(c.barn)} udskrives til {x.G(c.mor)} bopæl {x.ADp(c.mor)}."),
    ("b", lambda x, c: f"Epikrisen sendes til egen læge og i kopi til {x.W(c.sb)} ({x.EM(c.sb)})."),
    ("b", lambda x, c: f"{x.Nc(c.far)} ringede fra {x.PH(c.far)} og bad om at blive orienteret, før der gives besked til skolen."),
    ("b", lambda x, c: f"{x.W(c.ol, True)} vurderer, at {x.N(c.barn)} kan udskrives, når værdierne har været stabile i 48 timer."),
    ("b", lambda x, c: f"Afdelingen har sendt en underretning, fordi {x.N(c.barn)} flere gange er udeblevet fra kontrol; kontaktperson er {x.W(c.spl)} ({x.EM(c.spl)})."),
    ("p", lambda x, c: f"Forældrene har oplyst {x.AD(c.mor)} som adresse og {x.PH(c.mor)} som telefon ved udskrivning."),
    ("p", lambda x, c: f"{x.Nc(c.mm)} {x.DOB(c.mm, True)} bor {x.ADp(c.mm)} og må hente {x.N(c.barn)}, hvis forældrene er forhindret."),
    ("b", lambda x, c: f"{x.Nc(c.barn)} har fået {ch(MEDS)} efter behov og spiser nu selv; {x.N(c.mor)} er informeret om planen."),
    ("b", lambda x, c: f"Hospitalsskolen har talt med klasselæreren, og {x.N(c.barn)} følger 5.B's ugeplan så godt det går."),
    ("p", lambda x, c: f"Kontaktoplysninger på far: {x.N(c.far)}, {x.AD(c.far)}, mobil {x.PH(c.far)}."),
    ("b", lambda x, c: f"{x.Nc(c.mor)} skrev {x.EMf(c.mor)}, at {x.N(c.barn)} savner sin hund og gerne vil have besøg af klassekammerater."),
    ("c", lambda x, c: f"Der var storm natten til tirsdag, så besøget blev flyttet til onsdag kl. {tm()}."),
    ("c", lambda x, c: f"Uden for dagtid henvises forældrene til Akuttelefonen 1813 eller ved livstruende tilstand 112."),
    ("c", lambda x, c: f"Barn A ligger på stue {R.randint(1, 30)}, afsnit {ch(['B3', 'H4', 'C2', 'BU2'])}, og må gå en tur i haven bag afdelingen sammen med en voksen."),
    ("c", lambda x, c: f"Afdelingen følger vejledningen om børn som pårørende; diagnosen er registreret som {ch(DIAG)[1]}."),
]
S[3] = [
    ("b", lambda x, c: f"{x.Nc(c.ref)} {x.DOB(c.ref, True)} har opholdstilladelse efter udlændingelovens § 7 og søger familiesammenføring med sin ægtefælle og børn."),
    ("p", lambda x, c: f"Ægtefællen {x.N(c.sp)} bor i dag {x.ADp(c.sp)} og kan kontaktes på {x.PH(c.sp)}."),
    ("c", lambda x, c: f"Ægtefællen bor i dag {x.ADp(c.sp)} sammen med børnene og kan kontaktes gennem ambassaden."),
    ("p", lambda x, c: f"Ansøgningen lister børnene {x.N(c.k1)} {x.DOB(c.k1, True)} og {x.N(c.k2)} {x.DOB(c.k2, True)}."),
    ("b", lambda x, c: f"Udlændingestyrelsen har den {mdate()} bedt om en DNA-undersøgelse af {x.N(c.k1)} og {x.N(c.sp)}."),
    ("b", lambda x, c: f"Samtalen blev tolket på {c.lang} af {x.W(c.tolk)}, som kan træffes på {x.PH(c.tolk)}."),
    ("b", lambda x, c: f"{x.Nc(c.ref)} fortæller, at {x.G(c.gm)} helbred er dårligt, og at hun bor alene {x.ADp(c.gm)}."),
    ("b", lambda x, c: f"{x.Nc(c.k2)} går i 4. klasse, trives og taler ofte om {x.N(c.k1)}, som {x.pr(c.k2)} ikke har set i {n_()} år."),
    ("b", lambda x, c: f"Brevet fra Udlændingestyrelsen er underskrevet af {x.W(c.us)} og oplyser, at sagsbehandlingstiden forventes at være 10-12 måneder."),
    ("b", lambda x, c: f"{x.W(c.integ, True)} har hjulpet med ansøgningsskemaet og sendt kopi af pas og vielsesattest til {x.EM(c.ref)}."),
    ("b", lambda x, c: f"{x.Nc(c.ref)} bor {x.ADp(c.ref)}, og boligkravet skal vurderes, før familien kan samles."),
    ("p", lambda x, c: f"{x.Nc(c.gm)} {x.DOB(c.gm, True)} er ikke omfattet af ansøgningen, men står som nærmeste familie i {c.country}, telefon {x.PH(c.gm)}."),
    ("b", lambda x, c: f"{x.W(c.sb, True)} har bedt {x.N(c.ref)} om at sende dokumentation for {x.G(c.k1)} skolegang i {c.country}."),
    ("p", lambda x, c: f"Referenceperson: {x.N(c.ref)}, CPR {x.CPR(c.ref)}, {x.AD(c.ref)}, mail {x.EM(c.ref)}."),
    ("b", lambda x, c: f"{x.Nc(c.sp)} har skrevet {x.EMf(c.sp)}, at {x.N(c.k1)} er syg og ikke kan rejse til ambassaden i denne måned."),
    ("p", lambda x, c: f"Direkte telefon til {x.W(c.us)}: {x.PH(c.us)}; henvendelser om sagen skal ellers ske skriftligt."),
    ("c", lambda x, c: f"Udlændingestyrelsens afgørelse efter udlændingelovens § 9 kan påklages til Udlændingenævnet inden 8 uger."),
    ("c", lambda x, c: f"Gebyret for ansøgningen på {kr()} er betalt, og kvitteringen ligger i sagen under {casenr()}."),
    ("c", lambda x, c: f"Familien har boet i {c.country} indtil flugten; referencepersonen kom til Danmark som uledsaget og har nu bolig i kommunen."),
    ("c", lambda x, c: f"Ved mødet på Rådhuset deltog referencepersonen, tolken og integrationskonsulenten; næste møde er {mdate()} kl. {tm()}."),
]
S[4] = [
    ("b", lambda x, c: f"Ungdomskriminalitetsnævnet har på mødet den {mdate()} truffet afgørelse om et forbedringsforløb på {ch(['et', 'to'])} år for {x.N(c.ung)} {x.DOB(c.ung, True)}."),
    ("p", lambda x, c: f"Nævnet bestod af {x.W(c.fm)} som formand, {x.W(c.po)} fra politiet og en repræsentant fra kommunen."),
    ("c", lambda x, c: "Nævnet bestod af en dommer som formand, en repræsentant fra politiet og en fra kommunen."),
    ("b", lambda x, c: f"{x.Nc(c.uk)} er udpeget som ungekoordinator og kan kontaktes på {x.PH(c.uk)} eller {x.EM(c.uk)}."),
    ("b", lambda x, c: f"Børne- og ungepålægget betyder, at {x.N(c.ung)} skal møde i skole hver dag, være hjemme senest kl. 21.00 og ikke have kontakt med {x.N(c.v1)}."),
    ("p", lambda x, c: f"{x.Nc(c.ung)} oplyser selv, at {x.N(c.v1)} bor {x.ADp(c.v1)} og har nummeret {x.PH(c.v1)}."),
    ("b", lambda x, c: f"Mødet på politistationen blev aflyst, fordi {x.N(c.mor)} ikke kunne få fri; hun ringede fra {x.PH(c.mor)} kl. {tm()}."),
    ("b", lambda x, c: f"{x.W(c.tr, True)} har tilbudt, at {x.N(c.ung)} kan træne med U17 tirsdag og torsdag, og har givet sit nummer {x.PH(c.tr)}."),
    ("b", lambda x, c: f"{x.Nc(c.ung)} bor hos {x.N(c.far)} {x.ADp(c.far)} hver anden weekend."),
    ("b", lambda x, c: f"{x.Nc(c.ung)} og forældrene er vejledt om, at afgørelsen kan indbringes for retten, og {x.N(c.mor)} ønsker at overveje det."),
    ("p", lambda x, c: f"Kontakter oplyst af {x.N(c.ung)}: {x.N(c.v1)} ({x.PH(c.v1)}) og {x.N(c.v2)}, {x.AD(c.v2)}."),
    ("b", lambda x, c: f"Ungekoordinatorens plan: skolestart på 8. årgang, ugentlig samtale med {x.W(c.uk)} og et fritidsjob inden jul."),
    ("p", lambda x, c: f"{x.Nc(c.ung)} har CPR-nr. {x.CPR(c.ung)} og bor med {x.N(c.mor)} {x.ADp(c.mor)}."),
    ("b", lambda x, c: f"{x.Nc(c.far)} skrev {x.EMf(c.far)}, at han vil deltage i netværksmødet, men ikke i samme rum som {x.N(c.v2)}."),
    ("b", lambda x, c: f"{x.Nc(c.v2)} {x.DOB(c.v2, True)} blev nævnt i politiets sag, men er ikke sigtet."),
    ("c", lambda x, c: f"Forbedringsforløbet følger reglerne i lov om bekæmpelse af ungdomskriminalitet, og sagen har {casenr()}."),
    ("c", lambda x, c: f"Ved akut fare ringes 112; ikke-akutte henvendelser til politiet sker på 114."),
    ("c", lambda x, c: f"Ung A mødte op på politistationen kl. {tm()} sammen med mor; mødet varede 50 minutter."),
    ("c", lambda x, c: f"Efter skole er Ung A ofte ved Banegårdspladsen, hvor de ældre drenge samles; SSP er orienteret."),
]
S[5] = [
    ("b", lambda x, c: f"{x.Nc(c.par)} {x.DOB(c.par, True)} har været i ambulant alkoholbehandling siden {mdate(2024, 2025)} og tager Antabus to gange ugentligt under opsyn."),
    ("b", lambda x, c: f"Urinprøve afgivet af {x.N(c.par)} den {mdate()}: negativ for opioider, amfetamin og kokain, positiv for THC."),
    ("b", lambda x, c: f"{x.W(c.beh, True)} skriver i statusudtalelsen, at {x.N(c.par)} er mødt stabilt til {R.randint(8, 11)} ud af 12 samtaler."),
    ("b", lambda x, c: f"Behandlingsplanen er underskrevet af {x.N(c.par)} og {x.W(c.beh)}; næste opfølgning er {mdate()} kl. {tm()}."),
    ("b", lambda x, c: f"{x.Nc(c.par)} har givet samtykke til, at behandlingsstedet udveksler oplysninger med {x.W(c.sb)}, som kan kontaktes på {x.PH(c.sb)}."),
    ("b", lambda x, c: f"I netværket har {x.R(c.mm, 'mormor' if c.par.female else 'farmor')} tilbudt at hente {x.N(c.c1)} og {x.N(c.c2)}, hvis {x.N(c.par)} ikke er ædru."),
    ("b", lambda x, c: f"{x.Nc(c.mm)} bor {x.ADp(c.mm)} og har telefon {x.PH(c.mm)}."),
    ("b", lambda x, c: f"Ved tilbagefald kontaktes {x.N(c.part)} på {x.PH(c.part)}, og børnene bliver hos {x.pronobj(c.part)} indtil videre."),
    ("p", lambda x, c: f"{x.W(c.lg, True)} har ordineret Antabus og tager blodprøver hver tredje måned; {x.G(c.lg)} mail er {x.EM(c.lg)}."),
    ("p", lambda x, c: f"Børnene er {x.N(c.c1)} {x.DOB(c.c1, True)} og {x.N(c.c2)} {x.DOB(c.c2, True)}, begge med bopæl {x.ADp(c.par)}."),
    ("b", lambda x, c: f"{x.Nc(c.c1)} fortalte ved samtalen, at {x.N(c.par)} er blevet gladere og ikke sover om eftermiddagen længere."),
    ("b", lambda x, c: f"{x.Nc(c.part)} skrev {x.EMf(c.part)}, at {x.pr(c.part)} er bekymret, fordi der var tomme flasker i skuret."),
    ("p", lambda x, c: f"Forælder i behandling: {x.N(c.par)}, CPR {x.CPR(c.par)}, {x.AD(c.par)}."),
    ("b", lambda x, c: f"Testresultat {mdate()}: ethylglucuronid (EtG) under grænseværdien; prøven er taget af {x.W(c.beh)}."),
    ("c", lambda x, c: f"Diagnosen er registreret som F10.2, og behandlingen sker efter sundhedslovens regler om alkoholbehandling."),
    ("c", lambda x, c: f"Urinprøverne tages tirsdag og fredag kl. {tm()}; en udeblevet prøve tælles som positiv."),
    ("c", lambda x, c: f"{x.Nc(c.par)} har nu haft {R.randint(3, 14)} uger uden tilbagefald, og børnene fortæller, at hverdagen er mere rolig."),
    ("c", lambda x, c: f"Behandlingsstedet ligger tæt på Torvet, og forælderen cykler dertil; prisen er {kr()} pr. måned for Antabus."),
]
S[6] = [
    ("b", lambda x, c: f"Du inviteres hermed til {x.G(c.barn)} konfirmation søndag den {mdate(2026, 2026)} kl. 10.00 og bagefter til frokost {x.ADp(c.mor)}."),
    ("b", lambda x, c: f"Svar udbedes senest {mdate(2026, 2026)} til {x.N(c.mor)} på {x.PH(c.mor)} eller {x.EM(c.mor)}."),
    ("b", lambda x, c: f"{x.W(c.sl, True)} skriver, at {x.N(c.barn)} var med på sommerlejren og fik sit første mærke i knob og bål."),
    ("b", lambda x, c: f"Musikskolen bekræfter, at {x.N(c.barn)} {x.DOB(c.barn, True)} er optaget på klaver hos {x.W(c.ml)} tirsdage kl. {tm()} i lokale {R.randint(2, 30)}."),
    ("b", lambda x, c: f"Kontingentet på {kr()} er betalt via fritidspas, og bevillingen er godkendt af {x.W(c.fp)} ({x.EM(c.fp)})."),
    ("b", lambda x, c: f"{x.W(c.pr, True)} har bedt om, at {x.N(c.barn)} afleverer sin dåbsattest og møder til generalprøve torsdag kl. {tm()}."),
    ("p", lambda x, c: f"Gæsteliste: {x.N(c.g1)}, {x.AD(c.g1)}; {x.N(c.g2)}, {x.AD(c.g2)}; {x.N(c.g3)}, {x.AD(c.g3)}."),
    ("b", lambda x, c: f"{x.Nc(c.g2)} kan kontaktes på {x.PH(c.g2)}, hvis der er brug for hjælp med bordopstilling."),
    ("b", lambda x, c: f"{x.W(c.fp, True)} har hjulpet {x.N(c.far)} med ansøgningen, så både spejder og musikskole dækkes af fritidspasset."),
    ("b", lambda x, c: f"{x.Nc(c.sl)} træffes på {x.PH(c.sl)} og skriver, at {x.N(c.barn)} er en god patruljefører, der tager ansvar for de små."),
    ("p", lambda x, c: f"{x.Nc(c.barn)} {x.DOB(c.barn, True)} bor hos {x.N(c.mor)} {x.ADp(c.mor)} og hos {x.N(c.far)} {x.ADp(c.far)}."),
    ("b", lambda x, c: f"{x.Nc(c.g3)} er gudmor og holder tale; {x.pr(c.g3)} bor {x.ADp(c.g3)}."),
    ("b", lambda x, c: f"{x.Nc(c.far)} har skrevet {x.EMf(c.far)}, at han betaler halvdelen af instrumentlejen på {kr()}."),
    ("c", lambda x, c: f"Konfirmationen holdes i maj, og hvis der er sol, spises der i haven; ved storm flyttes festen indenfor."),
    ("c", lambda x, c: f"Spejderne mødes ved Banegårdspladsen kl. {tm()} og går samlet til lejren i skoven."),
    ("c", lambda x, c: f"Fritidspasset dækker op til {kr()} om året pr. barn; restbeløbet betales via MobilePay-boks."),
    ("c", lambda x, c: f"Musikskolens sæson løber fra uge 33 til uge 24, og undervisningen foregår på skolen ved Torvet."),
    ("c", lambda x, c: f"Glade spejdere og trætte ledere kom hjem søndag; Barn A fortalte, at det bedste var natløbet."),
]

COMMON_CLEAN = [
    lambda x, c: f"Sagen behandles efter Barnets lov § {ch(['18', '19', '20', '32', '46', '91'])}, og partshøring er sendt med svarfrist {mdate()}.",
    lambda x, c: f"Ved akut bekymring uden for kontortid kontaktes politiet på 112 eller 114; børn kan selv ringe til Børnetelefonen på 116 111.",
    lambda x, c: f"Udgiften på {kr()} faktureres til EAN {R.randint(10**12, 10**13 - 1)} (CVR-nr. {R.randint(10**7, 10**8 - 1)}).",
    lambda x, c: f"Mødet er flyttet til {mdate()} kl. {tm()} i mødelokale {R.randint(1, 40)} på rådhuset.",
    lambda x, c: f"Efter den børnefaglige undersøgelse efter § 20 blev det vurderet, at barnets behov kan dækkes med en støttende indsats.",
    lambda x, c: f"{up(casenr())} er noteret på alle bilag, og kopi er lagt i e-Doc.",
    lambda x, c: "Familien handler i Netto ved Torvet, og barnet har fået et Rejsekort til bussen.",
    lambda x, c: "Vinteren har været hård; i storm og sne blev skolebussen aflyst to gange.",
    lambda x, c: "Borgerservice ligger ved Rådhuspladsen og har åbent hverdage kl. 10-15.",
    lambda x, c: f"Efter mødet var stemningen god, og alle gik glade hjem kl. {tm()}.",
    lambda x, c: f"Barnet har fået LEGO i fødselsdagsgave og var glad for solen i maj; næste møde er {mdate()}.",
]

LABEL = {"adoptivmor": "Adoptivmor", "adoptivfar": "Adoptivfar", "den biologiske mor": "Biologisk mor",
         "Barn A": "Barn", "Barn B": "Barn", "Ung A": "Den unge", "mor": "Mor", "far": "Far", "mormor": "Mormor",
         "farmor": "Farmor", "referencepersonen": "Referenceperson", "ægtefællen": "Ægtefælle",
         "en kammerat": "Kammerat", "en anden kammerat": "Kammerat", "farbror": "Farbror", "gudmor": "Gudmor"}

def label(p):
    return up(p.title) if p.title else LABEL.get(p.role, up(p.role))

AUTHOR = {1: "sb", 2: "sb", 3: "sb", 4: "uk", 5: "sb", 6: "fp"}
FAMILY = {1: ["amor", "afar"], 2: ["mor", "far"], 3: ["ref"], 4: ["mor", "far"], 5: ["par", "part"], 6: ["mor", "far"]}
SUBJ = {
    1: ["Kontakt til biologisk familie", "Anmodning om oplysninger fra adoptionssagen", "Rødderejse og samtaler",
        "Brev fra den biologiske mor", "Adoptivforældrenes noter"],
    2: ["Indlæggelse på børneafdelingen", "Udskrivning og opfølgning", "Hospitalsskole under indlæggelsen",
        "Besøg og telefonopkald", "Epikrise og videre forløb"],
    3: ["Ansøgning om familiesammenføring", "Dokumentation til Udlændingestyrelsen", "Partshøring i sag om opholdstilladelse",
        "Oplysninger om familie i udlandet", "Status på familiesammenføring"],
    4: ["Afgørelse fra Ungdomskriminalitetsnævnet", "Plan for forbedringsforløb", "Børne- og ungepålæg",
        "Kontakter og netværk", "Opfølgning fra ungekoordinator"],
    5: ["Statusudtalelse fra behandlingsstedet", "Urinprøver og testresultater", "Behandlingsplan",
        "Netværk og sikkerhedsplan", "Samtykke til udveksling af oplysninger"],
    6: ["Invitation til konfirmation", "Optagelse på musikskolen", "Spejderlejr og kontingent",
        "Fritidspas - bevilling", "Noter fra spejderlederen"],
}
KV_CLEAN = {
    1: [lambda x, c: f"Fødeland: {c.country}", lambda x, c: f"Adoptionstype: {ch(['fremmedadoption', 'stedbarnsadoption', 'familieadoption'])}",
        lambda x, c: f"Ankestyrelsens j.nr.: {R.randint(24, 26)}-{R.randint(10000, 99999)}", lambda x, c: f"Bevilling udstedt: {mdate(2025, 2025)}",
        lambda x, c: "Samtykke: foreligger skriftligt", lambda x, c: "Kontakt med biologisk familie: brevkontakt via Ankestyrelsen",
        lambda x, c: f"Næste samtale: {mdate()} kl. {tm()}", lambda x, c: "Ansvarlig: sagsbehandleren i Børn og Unge"],
    2: [lambda x, c: f"Afdeling: {c.hosp}", lambda x, c: f"Stue: {c.stue}", lambda x, c: f"Diagnose (ICD-10): {c.diag[1]} {c.diag[0]}",
        lambda x, c: f"Medicin: {ch(MEDS)} efter behov", lambda x, c: f"Indlagt: {mdate()}", lambda x, c: f"Forventet udskrivning: {mdate()}",
        lambda x, c: "Hospitalsskole: 2 lektioner dagligt", lambda x, c: "Akut: 1813 eller 112"],
    3: [lambda x, c: "Hjemmel: udlændingelovens § 9", lambda x, c: f"Ansøgning modtaget: {mdate()}", lambda x, c: f"Gebyr: {kr()}",
        lambda x, c: f"Boligkrav: {ch(['opfyldt', 'ikke vurderet endnu', 'afventer lejekontrakt'])}", lambda x, c: f"Tolk: {c.lang}",
        lambda x, c: f"Frist for svar: {mdate()}", lambda x, c: f"Land: {c.country}"],
    4: [lambda x, c: "Afgørelse: forbedringsforløb", lambda x, c: f"Varighed: {ch(['1 år', '2 år', '18 måneder'])}",
        lambda x, c: "Pålæg: daglig skolegang, hjemme senest kl. 21.00", lambda x, c: "Ungekoordinator: udpeget",
        lambda x, c: "Hjemmel: lov om bekæmpelse af ungdomskriminalitet", lambda x, c: f"Næste møde: {mdate()} kl. {tm()}",
        lambda x, c: f"Sag: {casenr()}"],
    5: [lambda x, c: "Behandling: ambulant alkoholbehandling", lambda x, c: "Medicin: Antabus 800 mg to gange ugentligt",
        lambda x, c: "Diagnose: F10.2", lambda x, c: "Urinprøver: tirsdag og fredag", lambda x, c: f"Seneste prøve: {ch(['negativ', 'positiv for THC', 'udeblevet'])}",
        lambda x, c: f"Næste statusudtalelse: {mdate()}", lambda x, c: "Samtykke: givet til udveksling med Børn og Unge"],
    6: [lambda x, c: f"Aktivitet: {ch(['spejder', 'musikskole (klaver)', 'musikskole (trommer)', 'konfirmationsforberedelse'])}",
        lambda x, c: f"Kontingent: {kr()}", lambda x, c: "Betaling: fritidspas", lambda x, c: "Sæson: uge 33 til uge 24",
        lambda x, c: f"Tidspunkt: {ch(['mandag', 'tirsdag', 'onsdag', 'torsdag'])} kl. {tm()}", lambda x, c: "Mødested: ved Torvet"],
}
ACT_CLEAN = {
    1: ["Samtale med adoptivforældre", "Brev sendt via Ankestyrelsen", "Udtalelse til Ankestyrelsen", "PAS-samtale", "Rødderejse drøftet"],
    2: ["Indlæggelse", "Stuegang", "Hospitalsskole", "Udskrivningssamtale", "Netværksmøde på afdelingen"],
    3: ["Ansøgning indsendt", "Partshøring", "DNA-test bestilt", "Møde med tolk", "Afgørelse modtaget"],
    4: ["Møde i nævnet", "Samtale med ungekoordinator", "Skolemøde", "Netværksmøde", "Opfølgning på pålæg"],
    5: ["Urinprøve", "Statusudtalelse", "Samtale på behandlingsstedet", "Antabus under opsyn", "Netværksmøde"],
    6: ["Spejdermøde", "Musikundervisning", "Konfirmationsforberedelse", "Bevilling af fritidspas", "Sommerlejr"],
}
ROLES_CLEAN = {1: ["sagsbehandleren", "adoptivmor", "adoptivfar", "adoptionskonsulenten", "teamlederen"],
               2: ["sygeplejersken", "overlægen", "hospitalslæreren", "mor", "far", "sagsbehandleren"],
               3: ["sagsbehandleren", "tolken", "integrationskonsulenten", "referencepersonen"],
               4: ["ungekoordinatoren", "mor", "far", "Ung A", "SSP-konsulenten"],
               5: ["behandleren", "lægen", "sagsbehandleren", "mor", "far", "teamlederen"],
               6: ["fritidsguiden", "spejderlederen", "musiklæreren", "præsten", "mor", "far"]}

SPEECH = [
    lambda x, c: f"{x.Nc(fam(c, x)[0])} oplyste i telefonen sit nye nummer, langsomt: {x.PH(fam(c, x)[0], True)}.",
    lambda x, c: f"I telefonen stavede {x.N(fam(c, x)[0])} sin mail: {x.EM(fam(c, x)[0], True)}.",
    lambda x, c: f"{x.Nc(c.main[0])} sagde selv: \"Jeg har fødselsdag den {x.DOBbare(c.main[0], True)}.\"",
    lambda x, c: f"{x.Nc(fam(c, x)[-1])} læste nummeret op: {x.PH(fam(c, x)[-1], True)}, og bad om at blive ringet op efter kl. 15.",
]

def sent(x, c):
    pool = [f for m, f in S[x.genre] if m == "b" or (m == "p" and not x.clean) or (m == "c" and x.clean)]
    if R.random() < (.25 if x.clean else .12):
        return ch(COMMON_CLEAN)(x, c)
    return ch(pool)(x, c)

def sents(x, c, n):
    pool = [f for m, f in S[x.genre] if m == "b" or (m == "p" and not x.clean) or (m == "c" and x.clean)]
    common = COMMON_CLEAN[:]
    speech = SPEECH[:]
    R.shuffle(pool); R.shuffle(common); R.shuffle(speech)
    out = []
    while len(out) < n:
        if common and R.random() < (.25 if x.clean else .12):
            out.append(common.pop()(x, c))
        elif not x.clean and speech and R.random() < .07:
            out.append(speech.pop()(x, c))
        elif pool:
            out.append(pool.pop()(x, c))
        else:
            pool = [f for m, f in S[x.genre] if m == "b" or (m == "p" and not x.clean) or (m == "c" and x.clean)]
            R.shuffle(pool)
    return out

def fam(c, x):
    return [getattr(c, k) for k in FAMILY[x.genre]]

def two_line(a):
    if ", " in a and R.random() < .7:
        i = a.rfind(", ")
        return a[:i] + "\n" + a[i + 2:]
    return a

# ---------------------------------------------------------------- formats
def f_prose(x, c, n):
    head = ""
    if R.random() < .6:
        head = ch(["Journalnotat", "Notat", "Sagsnotat", "Referat", "Udtalelse"]) + f" - {mdate()}\n" + \
               ("Emne: " + ch(SUBJ[x.genre]) + "\n\n" if R.random() < .6 else "\n")
    ss = sents(x, c, n)
    paras, cur = [], []
    for s in ss:
        cur.append(s)
        if len(cur) >= R.randint(2, 4):
            paras.append(" ".join(cur)); cur = []
    if cur: paras.append(" ".join(cur))
    return head + "\n\n".join(paras)

def young(p):
    return bool(p.first_role) and p.age < 13

def kv_person(x, p):
    lines = [f"{label(p)}: " + x.N(p)]
    opts = []
    if not p.prof:
        opts += ["dob", "cpr", "addr"]
    if not young(p):
        opts += ["phone", "email"]
    for o in opts:
        if R.random() < .7:
            if o == "dob": lines.append(ch(["Fødselsdato", "Født", "Fødselsdag"]) + ": " + x.DOBbare(p))
            if o == "cpr": lines.append(ch(["CPR-nr.", "CPR", "Personnummer"]) + ": " + x.CPR(p))
            if o == "addr": lines.append(ch(["Adresse", "Bopæl", "Adr."]) + ": " + x.AD(p))
            if o == "phone": lines.append(ch(["Telefon", "Tlf.", "Direkte", "Arbejde"] if p.prof else ["Telefon", "Tlf.", "Mobil"]) + ": " + x.PH(p))
            if o == "email": lines.append(ch(["E-mail", "Mail", "E-post"]) + ": " + x.EM(p))
    return "\n".join(lines)

def f_kv(x, c, n):
    head = ch(SUBJ[x.genre]) + "\n" + ("=" * 10 if R.random() < .3 else "") + "\n"
    if x.clean:
        fl = KV_CLEAN[x.genre][:]
        R.shuffle(fl)
        first = c.main[0]
        lines = [f"{label(first)}: {x.N(first)}"] if first.first_role else []
        lines += [f(x, c) for f in fl[:min(len(fl), 2 + n)]]
        extra = sents(x, c, max(0, n - len(fl) + 1)) if n > 3 else []
        body = "\n".join(lines)
        if extra:
            body += "\n\nBemærkninger: " + " ".join(extra)
        return head + body
    ppl = c.main[:]
    blocks = []
    k = max(1, min(len(ppl), (n + 1) // 2))
    chosen = ppl[:k] if R.random() < .6 else R.sample(ppl, k)
    for p in chosen:
        blocks.append(kv_person(x, p))
    body = "\n\n".join(blocks)
    if n > 3:
        body += "\n\nBemærkninger: " + " ".join(sents(x, c, max(1, n // 3)))
    return head + body

def f_list(x, c, n):
    head = ch(["Kontaktliste", "Aftaler", "Punkter fra mødet", "Oversigt", "Huskeliste"]) + " - " + ch(SUBJ[x.genre]) + ":\n"
    bul = ch(["- ", "* ", "• ", "– "])
    items = []
    if not x.clean and R.random() < .5:
        ppl = c.main[:]
        R.shuffle(ppl)
        for p in ppl[:max(1, n // 2)]:
            bits = [x.N(p) + f" ({label(p).lower()})"]
            if R.random() < .8 and not young(p): bits.append(x.PH(p))
            if R.random() < .5 and not young(p): bits.append(x.EM(p))
            if not p.prof and R.random() < .5: bits.append(x.AD(p))
            if not p.prof and R.random() < .4: bits.append(x.DOB(p))
            items.append(", ".join(bits))
        items += sents(x, c, max(0, n - len(items)))
    else:
        items = sents(x, c, n)
    if R.random() < .3:
        return head + "\n".join(f"{i + 1}. {t}" for i, t in enumerate(items))
    return head + "\n".join(bul + t for t in items)

def f_table(x, c, n):
    if x.clean:
        cols = ["Dato", "Tid", "Aktivitet", "Ansvarlig"]
        rows = []
        for _ in range(max(2, n + 1)):
            rows.append([mdate(), f"kl. {tm()}", ch(ACT_CLEAN[x.genre]), ch(ROLES_CLEAN[x.genre])])
    else:
        extra = R.sample(["Telefon", "E-mail", "Adresse", "Født", "CPR"], R.randint(2, 3))
        cols = ["Rolle", "Navn"] + extra
        rows = []
        ppl = c.main[:]
        R.shuffle(ppl)
        for p in ppl[:max(2, n)]:
            r = [label(p), x.N(p)]
            for e in extra:
                if e == "Telefon": r.append(x.PH(p) if not young(p) else "-")
                elif e == "E-mail": r.append(x.EM(p) if not young(p) else "-")
                elif e == "Adresse": r.append(x.AD(p) if not p.prof else "-")
                elif e == "Født": r.append(x.DOBbare(p) if not p.prof else "")
                elif e == "CPR": r.append(x.CPR(p) if not p.prof else "")
            rows.append(r)
    head = ch(SUBJ[x.genre]) + "\n\n"
    if R.random() < .6:
        t = "| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n"
        t += "\n".join("| " + " | ".join(r) + " |" for r in rows)
    else:
        t = "\t".join(cols) + "\n" + "\n".join("\t".join(r) for r in rows)
    tail = ""
    if n > 4:
        tail = "\n\n" + " ".join(sents(x, c, n // 3))
    return head + t + tail

def f_message(x, c, n):
    a = getattr(c, AUTHOR[x.genre])
    f = fam(c, x)[0]
    if R.random() < .55:  # e-mail
        if x.clean:
            hdr = f"Fra: {up(f.role)} (via Digital Post)\nSendt: {ch(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'])} {mdate()} {tm()}\nTil: Børn og Unge, Myndighed\nEmne: {ch(SUBJ[x.genre])}\n\n"
            greet = "Hej\n\n"; sig = "\n\nVenlig hilsen\n" + up(f.role)
        else:
            hdr = f"Fra: {x.N(f)} <{x.EM(f)}>\nSendt: {ch(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'])} {mdate()} {tm()}\nTil: {x.N(a)} <{x.EM(a)}>\nEmne: {ch(['SV: ', 'Vedr. ', '', 'VS: '])}{ch(SUBJ[x.genre])}\n\n"
            greet = f"Hej {x.N(a)}\n\n"
            sig = f"\n\nMvh\n{x.N(f)}\n{x.PH(f)}"
        return hdr + greet + " ".join(sents(x, c, n)) + sig
    # pasted SMS thread
    lines = ["Kopi af sms-tråd indsat i journalen:" if R.random() < .5 else "SMS (indsat):"]
    for s in sents(x, c, n):
        who = ch([a, f])
        if x.clean:
            nm = up(who.role)
        else:
            nm = x.N(who)
        lines.append(f"[{R.randint(1, 28):02d}.{R.randint(1, 12):02d} {tm().replace('.', ':')}] {nm}: {s}")
    return "\n".join(lines)

def f_letter(x, c, n):
    a = getattr(c, AUTHOR[x.genre])
    f = fam(c, x)
    if x.clean:
        rec = "Til forældremyndighedsindehaverne\n(sendt via Digital Post)" if R.random() < .6 else f"Til {f[0].role}\n(sendt via e-Boks)"
        sig = f"Med venlig hilsen\n\n{up(a.role)}\n{x.kom}, Børn og Unge\nAkut uden for kontortid: 112 / Børnetelefonen 116 111"
        greet = "Kære forældre" if len(f) > 1 else f"Kære {f[0].role}"
        ref = f"Vedr.: {ch(SUBJ[x.genre])}, {casenr()}"
    else:
        names = " og ".join(x.N(p) for p in f[:R.randint(1, len(f))])
        rec = names + "\n" + M("address", two_line(f[0].addr)) if not f[0].abroad else names + "\n" + M("address", f[0].addr)
        sig = f"Med venlig hilsen\n\n{x.N(a)}\n{up(a.title)}, {x.kom}\nDirekte tlf.: {x.PH(a)}\nE-mail: {x.EM(a)}"
        greet = f"Kære {x.N(f[0])}"
        k = c.main[0] if c.main[0] not in f else c.main[2]
        ref = f"Vedr.: {x.N(k)}, {ch(['CPR ', 'cpr.nr. ', ''])}{x.CPR(k)}" if R.random() < .5 else f"Vedr.: {x.N(k)} {x.DOB(k, True)}"
    body = sents(x, c, n)
    paras, cur = [], []
    for s in body:
        cur.append(s)
        if len(cur) >= R.randint(1, 3):
            paras.append(" ".join(cur)); cur = []
    if cur: paras.append(" ".join(cur))
    return f"{rec}\n\n{x.kom}\nBørn og Unge, Myndighed\n{x.ktown}, {mdate()}\n\n{ref}\n\n{greet}\n\n" + "\n\n".join(paras) + "\n\n" + sig

def f_log(x, c, n):
    a = getattr(c, AUTHOR[x.genre])
    t0 = R.randint(7, 12) * 60
    lines = [ch(["Log", "Journal", "Vagtlog", "Telefonlog"]) + f" {mdate()}"]
    for s in sents(x, c, n):
        t0 += R.randint(5, 70)
        stamp = f"{t0 // 60:02d}{ch(['.', ':'])}{t0 % 60:02d}"
        sig = ""
        if R.random() < .5:
            sig = " /" + ("sagsbehandler" if x.clean else M("name", a.ini))
        lines.append(f"{stamp} {s}{sig}")
    return "\n".join(lines)

FORMATS = [("prose", f_prose), ("kv", f_kv), ("list", f_list), ("table", f_table), ("message", f_message),
           ("letter", f_letter), ("log", f_log)]

# ---------------------------------------------------------------- institutions
INST = {
    "school": ["Friskolen Lindebjerg", "Privatskolen Nordstjernen", "Den Lille Skole ved Fjorden", "Kildebakkens Friskole",
               "Heldagsskolen Kompasset", "Lilleåskolen (privat specialskole)"],
    "daycare": ["Børnehuset Mælkebøtten", "Skovbørnehaven Grankoglen", "Den private vuggestue Mariehønen",
                "Puljeinstitutionen Troldehøjen", "Naturbørnehaven Spiren"],
    "home": ["Opholdsstedet Kastanjegården", "Behandlingshjemmet Egely", "Socialpædagogisk opholdssted Lærkereden",
             "Ungehjemmet Bøgebakken", "Opholdsstedet Havblik ApS"],
    "club": ["Fritidsklubben Kometen", "Rideklubben Hestehøj", "Bokseklubben Fighter Vest", "Ungdomsklubben Værkstedet",
             "Idrætsforeningen Fremad Øst"],
    "foster": ["Familieplejen Vest ApS", "Plejefamilieforeningen Nordlys", "Netværksplejen Midt", "Familieplejekonsulenterne Syd"],
    "efter": ["Bøgehøj Efterskole", "Efterskolen ved Limfjorden", "Idrætsefterskolen Klitgården", "Musikefterskolen Tonebakken",
              "Den Kristne Efterskole Bjergly"],
}
INST_T = [
    ("Barn A (11 år) er visiteret til {A}, og skolestart er aftalt efter efterårsferien. Forældrene er orienteret.", "school", None),
    ("Ung A (15 år) har fået plads på {A}; kommunen betaler skolepengene i første halvår efter Barnets lov § 32.", "efter", None),
    ("Anbringelsen på {A} fortsætter, og {B} er kontakt for plejefamilien i overgangen.", "home", "foster"),
    ("Ved netværksmødet deltog en pædagog fra {A} og en lærer fra {B}. Næste møde er om seks uger.", "daycare", "school"),
    ("Mor ønsker, at Barn B (4 år) flytter fra {A} til {B}, fordi der er kortere afstand til arbejdet.", "daycare", "daycare"),
    ("{A} har sendt en statusrapport, som beskriver en stabil periode uden magtanvendelser.", "home", None),
    ("Ung A går til træning i {A} tre gange om ugen, og kontingentet betales via fritidspas.", "club", None),
    ("Barn A (14 år) er skrevet op til {A} og venter samtidig på svar fra {B}.", "efter", "efter"),
    ("Plejefamilien er tilknyttet {A}, der står for supervision og kurser i det første år.", "foster", None),
    ("Efter anbringelsen på {A} starter Ung A på {B}, hvor der er fokus på idræt, fællesskab og struktur.", "home", "efter"),
    ("{A} og {B} samarbejder om et eftermiddagstilbud til Barn A (10 år) tre dage om ugen.", "school", "club"),
]

def institutions():
    out = []
    kinds = list(INST.keys())
    for i in range(30):
        while True:
            t, k1, k2 = INST_T[i % len(INST_T)]
            a = ch(INST[k1])
            b = ch([v for v in INST[k2] if v != a]) if k2 else ""
            raw = t.replace("{A}", M("institution", a)).replace("{B}", M("institution", b))
            text, spans = parse(raw)
            if 12 <= len(text.split()) <= 40:
                break
        out.append({"id": f"{CORPUS}-i{i + 1:03d}", "text": text, "planted": spans})
    return out

# ---------------------------------------------------------------- parse and checks
def parse(raw):
    out, spans, i, pos = [], [], 0, 0
    while i < len(raw):
        ch_ = raw[i]
        if ch_ == "\x01":
            j = raw.index("\x02", i); k = raw.index("\x03", j)
            kind, val = raw[i + 1:j], raw[j + 1:k]
            assert "\x01" not in val
            spans.append({"kind": kind, "text": val, "start": pos, "end": pos + len(val)})
            out.append(val); pos += len(val); i = k + 1
        else:
            out.append(ch_); pos += 1; i += 1
    return "".join(out), spans

BANDS = [(30, 80), (81, 150), (151, 300)]
ALL_NAMES = []
for _o, (_f, _m, _s) in NAMES.items():
    for _nm in _f + _m + _s:
        if _nm not in ALL_NAMES:
            ALL_NAMES.append(_nm)
ALL_NAMES += [v for v in NICK.values() if v not in ALL_NAMES]
NAME_RES = [re.compile(r"(?<!\w)(" + re.escape(n) + "|" + re.escape(n.upper()) + r")(?!\w)") for n in ALL_NAMES]
PHONE_RE = re.compile(r"(?<![\w.\-/+])(?:\+\d{2,3}[ ]?|00\d{2,3} ?)?(?:\d{8}|\d{2}(?: \d{2}){3}|\d{4} \d{4}|\d{2}(?:\.\d{2}){3}|\d{2}(?:-\d{2}){3}|\d{4}-\d{4})(?![\w\-/])")
CPR_RE = re.compile(r"(?<![\w.\-])(?:\d{6}[- ]?\d{4}|\d{2}[. ]\d{2}[. ]\d{2}[- ]?\d{4}|\d{10})(?![\w\-])")
STREET_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(s) for s in STREETS) + r")\s+\d", re.I)
BORN_RE = re.compile(r"(?<!\w)(født( den)?|f\.|fødselsdato:?)\s*(\d)", re.I)
LABEL_OK = re.compile(r"(CVR|EAN|nr\.|j\.nr|sagsnr|sagsnummer)[^\n]{0,12}$", re.I)

def inside(spans, a, b):
    return any(s["start"] <= a and b <= s["end"] for s in spans)

def check(text, spans, allowed, band):
    last = 0
    for s in spans:
        if s["kind"] not in allowed: return "kind"
        if text[s["start"]:s["end"]] != s["text"]: return "offset"
        if s["start"] < last: return "order"
        if s["text"] != s["text"].strip() or not s["text"]: return "ws"
        last = s["end"]
    if band and not (band[0] <= len(text.split()) <= band[1]): return "band"
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not inside(spans, m.start(), m.end()): return "copy:" + s["text"]
    for rx in NAME_RES:
        for m in rx.finditer(text):
            if not inside(spans, m.start(), m.end()): return "name:" + m.group(0)
    for rx in (PHONE_RE, CPR_RE):
        for m in rx.finditer(text):
            if inside(spans, m.start(), m.end()): continue
            if m.group(0).strip() in PUBLIC_NUMBERS: continue
            if LABEL_OK.search(text[max(0, m.start() - 20):m.start()]): continue
            return "num:" + m.group(0)
    for m in re.finditer("@", text):
        if not any(s["kind"] == "email" and s["start"] <= m.start() < s["end"] for s in spans): return "at"
    for m in STREET_RE.finditer(text):
        if not any(s["kind"] == "address" and s["start"] <= m.start() < s["end"] for s in spans): return "street:" + m.group(0)
    for m in BORN_RE.finditer(text):
        if not inside(spans, m.start(3), m.end(3)): return "born:" + m.group(0)
    return None

def gen_text(genre, fmt, band, clean, forbid=()):
    n = {0: 2, 1: 5, 2: 10}[BANDS.index(band)]
    for attempt in range(400):
        x = Ctx(clean, genre)
        c = cast(x)
        raw = fmt[1](x, c, n)
        text, spans = parse(raw)
        w = len(text.split())
        if w < band[0]:
            n += 1; continue
        if w > band[1]:
            n = max(1, n - 1); continue
        err = check(text, spans, {"name", "phone", "email", "address", "dob", "cpr"} if not clean else set(), band)
        if err is None and not clean and len(spans) < 4:
            err = "too-few-spans"
        if err is None and any(t in text for t in forbid):
            err = "planted-in-clean"
        if err is None:
            return text, spans
        FAILS[err.split(":")[0]] = FAILS.get(err.split(":")[0], 0) + 1
    raise RuntimeError(f"could not draw genre {genre} fmt {fmt[0]} band {band}: {err}")

FAILS = {}
GENRE_NAMES = {1: "adoption", 2: "hospital", 3: "reunification", 4: "youthcrime", 5: "substance", 6: "leisure"}

def build(clean, forbid=()):
    rows, meta = [], []
    for i in range(240):
        genre = i % 6 + 1
        j = i // 6
        fmt = FORMATS[(j + genre + (3 if clean else 0)) % 7]
        band = BANDS[(j + genre) % 3]
        text, spans = gen_text(genre, fmt, band, clean, forbid)
        rows.append({"id": f"{CORPUS}-{'c' if clean else 'p'}{i + 1:03d}", "text": text, "planted": spans})
        meta.append((GENRE_NAMES[genre], fmt[0], BANDS.index(band)))
    return rows, meta

def main():
    planted, pmeta = build(False)
    bad_kinds = {"phone", "address", "dob", "cpr", "email"}
    forbid = []
    for r in planted:
        for s in r["planted"]:
            if s["kind"] in bad_kinds and s["text"] not in forbid:
                forbid.append(s["text"])
    clean, cmeta = build(True, forbid)
    inst = institutions()
    for r in inst:
        err = check(r["text"], r["planted"], {"institution"}, (12, 40))
        assert err is None, (r["id"], err)
    # clean texts must not contain planted contact data
    bad_kinds = {"phone", "address", "dob", "cpr", "email"}
    ptexts = []
    for r in planted:
        for s in r["planted"]:
            if s["kind"] in bad_kinds and s["text"] not in ptexts:
                ptexts.append(s["text"])
    for r in clean:
        for t in ptexts:
            assert t not in r["text"], (r["id"], t)
    for name, rows in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        with open(name, "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # stats
    tot = {}
    for r in planted:
        for s in r["planted"]:
            tot[s["kind"]] = tot.get(s["kind"], 0) + 1
    print("planted spans:", sum(tot.values()), tot)
    for lab, meta in (("planted", pmeta), ("clean", cmeta)):
        cnt = {}
        for g, f, b in meta:
            cnt[(g, f)] = cnt.get((g, f), 0) + 1
        bands = [sum(1 for m in meta if m[2] == k) for k in range(3)]
        print(lab, "bands short/medium/long:", bands)
        for g in GENRE_NAMES.values():
            print("  ", g, {f[0]: cnt.get((g, f[0]), 0) for f in FORMATS})
    print("redraw reasons:", dict(sorted(FAILS.items())))
    for name in ("planted.jsonl", "clean.jsonl", "institutions.jsonl"):
        print(hashlib.sha256(open(name, "rb").read()).hexdigest(), name)

if __name__ == "__main__":
    main()
