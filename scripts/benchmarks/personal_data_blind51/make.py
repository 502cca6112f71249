#!/usr/bin/env python3
"""Build the blind51 held-out corpus. Python 3.11 standard library only.
Deterministic: one random.Random(SEED); no iteration over sets."""
import json, os, re, sys, datetime, hashlib
import random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pools as PL

SEED = 51051
CORPUS = "blind51"
OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)

FEMALE = ["Freja", "Ida", "Sofie", "Mette", "Anne", "Lone", "Camilla", "Tina", "Rikke", "Maja", "Pernille", "Louise",
          "Signe", "Bente", "Charlotte", "Anne-Sofie", "Julie", "Katrine", "Tilde", "Bjørk", "Saga", "Vigga", "Rigmor",
          "Alfa", "Ingrid", "Silke", "Ellemarie", "Sol", "Lykke", "Naja", "Nivi", "Pipaluk", "Ivalo", "Arnaq",
          "Paninnguaq", "Turið", "Marjun", "Rannvá", "Hodan", "Farhiya", "Ayaan", "Hibo", "Sahra", "Yasmin", "Layla",
          "Noor", "Rania", "Fatima", "Rojin", "Berivan", "Shilan", "Nishtiman", "Elif", "Zeynep", "Ayşe", "Esra",
          "Zahra", "Mursal", "Hamida", "Sediqa", "Ayesha", "Sana", "Mehwish", "Zofia", "Wiktoria", "Agnieszka",
          "Małgorzata", "Daryna", "Sofiia", "Iryna", "Oksana", "Ioana", "Florentina", "Alexandra", "Amela", "Selma",
          "Lejla", "Merima", "Semhar", "Senait", "Helen", "Abrehet", "Linh", "Thao", "Huong", "Mai Anh", "Siriporn",
          "Kanya", "Ploy", "Nattaya", "Wanida", "Maricel", "Rowena", "Joy", "Analyn", "Cherry", "Chloe", "Megan",
          "Amelia", "Grace"]

# all pool names (for the leak check), in list order
POOL_NAMES = []
for _o, _f, _s in PL.ORIGINS:
    for _n in _f + _s:
        if _n not in POOL_NAMES:
            POOL_NAMES.append(_n)
for _k in sorted(PL.NICKNAMES):
    for _n in (PL.NICKNAMES[_k],):
        if _n not in POOL_NAMES:
            POOL_NAMES.append(_n)
for _k in sorted(PL.MISSPELL):
    if PL.MISSPELL[_k] not in POOL_NAMES:
        POOL_NAMES.append(PL.MISSPELL[_k])

# ------------------------------------------------------------------ persons
class Person:
    def __init__(self, rng, role, age_lo, age_hi, origin=None, female=None):
        if origin is None:
            origin = rng.choices(PL.ORIGINS, weights=PL.ORIGIN_WEIGHTS)[0]
        self.origin = origin
        firsts = origin[1]
        if female is not None:
            cand = [f for f in firsts if (f in FEMALE) == female]
            if cand:
                firsts = cand
        self.first = rng.choice(firsts)
        self.female = self.first in FEMALE
        self.last = rng.choice(origin[2])
        if rng.random() < 0.08:  # mixed origin surname
            self.last = rng.choice(rng.choice(PL.ORIGINS)[2])
        self.role = role
        ref = datetime.date(2026, 1, 1)
        age = rng.randint(age_lo, age_hi)
        self.dob = ref - datetime.timedelta(days=age * 365 + rng.randint(0, 364))
        self.age = age
        self.cpr = make_cpr(rng, self.dob)
        self.phone = make_phone(rng)
        self.addr = make_addr(rng)

    def full(self):
        return self.first + " " + self.last


def make_cpr(rng, d):
    yy = d.year % 100
    if d.year < 1937:
        d7 = rng.choice([0, 1, 2, 3])
    elif d.year < 2000:
        d7 = rng.choice([0, 1, 2, 3, 4, 9])
    else:
        d7 = rng.choice([4, 9, 5, 6, 7, 8]) if yy <= 36 else rng.choice([5, 6, 7, 8])
    return "%02d%02d%02d" % (d.day, d.month, yy), "%d%03d" % (d7, rng.randint(0, 999))


def make_phone(rng):
    first = rng.choice("2345678924")
    return first + "".join(rng.choice("0123456789") for _ in range(7))


def make_addr(rng):
    town = rng.choice(PL.TOWNS)
    return dict(street=rng.choice(PL.STREETS), no=str(rng.choice([rng.randint(1, 40), rng.randint(1, 140)])),
                letter=rng.choice(["", "", "", "", "A", "B", "C"]),
                floor=rng.choice(["", "", "", "st.", "1.", "2.", "3.", "4."]),
                door=rng.choice(["tv.", "th.", "mf.", "2", "12"]), pc=town[0], town=town[1])

# ------------------------------------------------------------------ formatters (return part lists)
def nm(rng, p, form=None):
    forms = ["full", "full", "full", "first", "first", "first", "first", "last", "lastfirst", "caps", "lower",
             "gen", "init", "nick", "misspell", "title"]
    f = form or rng.choice(forms)
    if f == "full":
        return [("name", p.full())]
    if f == "first":
        return [("name", p.first)]
    if f == "last":
        return [("name", p.last)]
    if f == "lastfirst":
        return [("name", p.last + ", " + p.first)]
    if f == "caps":
        return [("name", p.full().upper())]
    if f == "lower":
        return [("name", p.first.lower())]
    if f == "gen":
        return gen(p.first)
    if f == "genfull":
        return gen(p.full())
    if f == "init":
        return [("name", initials(p, rng))]
    if f == "nick":
        return [("name", PL.NICKNAMES.get(p.first, p.first))]
    if f == "misspell":
        if p.last in PL.MISSPELL:
            return [("name", p.first + " " + PL.MISSPELL[p.last])]
        if p.first in PL.MISSPELL:
            return [("name", PL.MISSPELL[p.first])]
        return [("name", p.full())]
    if f == "title":
        return [("fru " if p.female else "hr. "), ("name", p.last)]
    raise ValueError(f)


def gen(s):
    if s[-1] in "sxzSXZ":
        return [("name", s), "'"]
    return [("name", s + "s")]


def initials(p, rng):
    parts = (p.first.replace("-", " ") + " " + p.last.replace("-", " ")).split()
    letters = [w[0].upper() for w in parts if w[0].isalpha()]
    style = rng.choice(["dots", "plain", "plain3"])
    if style == "dots":
        return ".".join(letters[:2]) + "."
    if style == "plain3" and len(p.last) > 2:
        return (letters[0] + p.last[:2]).upper()
    return "".join(letters[:3])


ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs", 9: "halvfems"}


def spoken2(s):
    a, b = int(s[0]), int(s[1])
    if a == 0:
        return "nul " + ONES[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return ("et" if b == 1 else ONES[b]) + "og" + TENS[a]


def ph(rng, p=None, digits=None, foreign_ok=True, spoken_ok=False):
    d = digits or (p.phone if p else make_phone(rng))
    opts = ["plain", "2222", "2222", "2222", "44", "dots", "dash", "+45", "+45g", "0045"]
    if foreign_ok:
        opts += ["foreign"]
    if spoken_ok:
        opts += ["spoken", "spoken"]
    f = rng.choice(opts)
    g = [d[0:2], d[2:4], d[4:6], d[6:8]]
    if f == "plain":
        s = d
    elif f == "2222":
        s = " ".join(g)
    elif f == "44":
        s = d[:4] + " " + d[4:]
    elif f == "dots":
        s = ".".join(g)
    elif f == "dash":
        s = "-".join(g)
    elif f == "+45":
        s = "+45 " + " ".join(g)
    elif f == "+45g":
        s = "+45" + d
    elif f == "0045":
        s = "0045 " + d[:4] + " " + d[4:]
    elif f == "foreign":
        t = rng.choice(PL.FOREIGN_PHONES)
        s = t.format(**{k: rng.choice("0123456789") for k in "abcdefgh"})
    else:
        s = ", ".join(spoken2(x) for x in g)
    return [("phone", s)]


def addr(rng, a, style=None):
    st = style or rng.choice(["one", "one", "one", "two", "short", "sloppy", "floor"])
    num = a["no"] + a["letter"]
    fl = (a["floor"] + " " + a["door"]) if a["floor"] and a["floor"] != "st." else ("st. " + a["door"] if a["floor"] else "")
    if st == "one":
        s = a["street"] + " " + num + (", " + fl if fl else "") + ", " + a["pc"] + " " + a["town"]
    elif st == "floor":
        s = a["street"] + " " + num + ", " + (fl or "1. th.") + ", " + a["pc"] + " " + a["town"]
    elif st == "two":
        s = a["street"] + " " + num + (", " + fl if fl else "") + "\n" + a["pc"] + " " + a["town"]
    elif st == "short":
        s = a["street"] + " " + num
    elif st == "sloppy":
        s = (a["street"].lower() + " " + num.lower() + " " + (fl.replace(". ", "").replace(".", "") + " " if fl else "")
             + a["pc"] + " " + a["town"].lower().replace("aa", "å"))
    else:
        s = rng.choice(PL.FOREIGN_ADDR)
    return [("address", s)]


def dob(rng, p, spoken_ok=False):
    d = p.dob
    opts = ["dots", "dots", "dmy_text", "dmy_text", "iso", "slash", "dash", "en1", "en2", "short_dots"]
    if spoken_ok:
        opts.append("spoken")
    f = rng.choice(opts)
    if f == "dots":
        s = "%02d.%02d.%d" % (d.day, d.month, d.year)
    elif f == "dmy_text":
        s = "%d. %s %d" % (d.day, PL.MONTHS[d.month - 1], d.year)
    elif f == "iso":
        s = d.isoformat()
    elif f == "slash":
        s = "%d/%d-%02d" % (d.day, d.month, d.year % 100)
    elif f == "dash":
        s = "%02d-%02d-%d" % (d.day, d.month, d.year)
    elif f == "en1":
        s = "%s %d, %d" % (PL.MONTHS_EN[d.month - 1], d.day, d.year)
    elif f == "en2":
        s = "%d %s %d" % (d.day, PL.MONTHS_EN[d.month - 1], d.year)
    elif f == "short_dots":
        s = "%d.%d.%d" % (d.day, d.month, d.year)
    else:
        s = "den %s %s %d" % (PL.ORD[d.day], PL.MONTHS[d.month - 1], d.year)
        return ["den ", ("dob", s[4:])]
    return [("dob", s)]


def cpr(rng, p):
    a, b = p.cpr
    f = rng.choice(["dash", "dash", "dash", "space", "ten", "dots", "spaced", "dash2"])
    if f == "dash":
        s = a + "-" + b
    elif f == "space":
        s = a + " " + b
    elif f == "ten":
        s = a + b
    elif f == "dots":
        s = a[0:2] + "." + a[2:4] + "." + a[4:6] + "-" + b
    elif f == "spaced":
        s = a[0:2] + " " + a[2:4] + " " + a[4:6] + " " + b
    else:
        s = a[0:2] + a[2:4] + a[4:6] + " - " + b
    return [("cpr", s)]


def asc(s):
    s = s.lower()
    for x, y in [("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ð", "d"), ("ó", "o"), ("á", "a"), ("ş", "s"), ("ç", "c"),
                 ("ö", "o"), ("ü", "u"), ("ı", "i"), ("ł", "l"), ("ś", "s"), ("ń", "n"), ("ć", "c"), ("ž", "z"),
                 ("ă", "a"), ("'", ""), (" ", ""), ("-", "")]:
        s = s.replace(x, y)
    return s


def mail(rng, p, work=None, spoken_ok=False):
    f, l = asc(p.first), asc(p.last)
    if work:
        local = rng.choice([f + "." + l, (f[:2] + l[:2]), f[0] + l[:3], f + l[0]])
        dom = work
    else:
        local = rng.choice([f + "." + l, f + l, f + str(p.dob.year % 100).zfill(2), f + "_" + l[:4] + str(rng.randint(1, 99)),
                            l + f[0], f + "." + l + str(rng.randint(1, 9))])
        dom = rng.choice(PL.PRIVATE_DOMAINS)
    if spoken_ok and rng.random() < 0.35:
        sd = dom.replace(".", " punktum ")
        return [("email", local.replace(".", " punktum ").replace("_", " underscore ") + " snabel-a " + sd)]
    return [("email", local + "@" + dom)]

# ------------------------------------------------------------------ cast
class Cast:
    def __init__(self, rng, child_lo=5, child_hi=17):
        self.rng = rng
        self.child = Person(rng, "barn", child_lo, child_hi)
        same = self.child.origin if rng.random() < 0.75 else None
        self.mor = Person(rng, "mor", 28, 52, origin=same, female=True)
        self.far = Person(rng, "far", 30, 58, origin=same, female=False)
        if rng.random() < 0.8:
            self.mor.last = self.child.last if rng.random() < 0.6 else self.mor.last
            self.far.last = self.child.last
        self.mor.addr = self.child.addr
        if rng.random() < 0.5:
            self.far.addr = self.child.addr
        self.town = rng.choice(PL.TOWNS)
        self.sb = Person(rng, "sagsbehandler", 26, 62)
        self.extra = []

    def new(self, role, lo=24, hi=66, female=None):
        p = Person(self.rng, role, lo, hi, female=female)
        self.extra.append(p)
        return p

    def workmail(self, p, spoken_ok=False):
        return mail(self.rng, p, work=self.town[2], spoken_ok=spoken_ok)

# ------------------------------------------------------------------ small helpers
_ORDER = {}


def pick_i(rng, lst, i):
    """i-th item of a per-text shuffled cycle through lst (no repeats until the list is used up)."""
    key = (id(lst), len(lst))
    order = _ORDER.setdefault(key, [])
    while len(order) <= i:
        idx = list(range(len(lst)))
        rng.shuffle(idx)
        if order and idx[0] == order[-1] and len(idx) > 1:
            idx[0], idx[-1] = idx[-1], idx[0]
        order.extend(idx)
    return lst[order[i]]

def pick(rng, xs):
    return rng.choice(xs)


def d2026(rng, year=None):
    y = year or rng.choice([2025, 2025, 2026])
    m = rng.randint(1, 12)
    return datetime.date(y, m, rng.randint(1, 28))


def dfmt(rng, d):
    f = rng.choice(["dots", "text", "iso", "short"])
    if f == "dots":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if f == "text":
        return "%d. %s %d" % (d.day, PL.MONTHS[d.month - 1], d.year)
    if f == "iso":
        return d.isoformat()
    return "%d/%d" % (d.day, d.month)


def tm(rng):
    return "%02d.%02d" % (rng.randint(7, 21), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))


def kr(rng, lo, hi, step=5):
    v = rng.randrange(lo, hi, step)
    return ("{:,}".format(v).replace(",", ".")) + rng.choice([" kr.", ",00 kr.", " kr", ",- kr."])


# ------------------------------------------------------------------ template renderer
PH = re.compile(r"\{([A-Z])([a-z]?)\}|\{(date|time|kr|town|brand|kom|bigkr|dato)\}")


def render(rng, c, roles, tpl):
    fem = c.child.female
    tpl = tpl.replace("hun/han", "hun" if fem else "han").replace("ham/hende", "hende" if fem else "ham")
    out = []
    pos = 0
    for m in PH.finditer(tpl):
        out.append(tpl[pos:m.start()])
        pos = m.end()
        if m.group(3):
            k = m.group(3)
            if k == "date":
                out.append(dfmt(rng, d2026(rng)))
            elif k == "dato":
                d = d2026(rng)
                out.append("%d. %s" % (d.day, PL.MONTHS[d.month - 1]))
            elif k == "time":
                out.append(tm(rng))
            elif k in ("kr", "bigkr"):
                v = kr(rng, 20, 600) if k == "kr" else kr(rng, 800, 16000, 50)
                if tpl[m.end():m.end() + 1] == "." and v.endswith("."):
                    v = v[:-1]
                out.append(v)
            elif k == "town":
                out.append(c.town[1].replace(" C", ""))
            elif k == "brand":
                out.append(rng.choice(PL.BRANDS))
            elif k == "kom":
                out.append(c.town[3])
            continue
        p = roles[m.group(1)]
        f = m.group(2)
        if m.group(1) in "CM" and f in ("", "f") and rng.random() < 0.3:
            prev = "".join(x for x in flatten(out) if isinstance(x, str))[-2:]
            start = prev == "" or prev.endswith("\n") or prev.endswith(". ") or prev.endswith(": ") or prev.endswith("! ")
            word = "mor" if m.group(1) == "M" else ("den unge" if c.child.age >= 15 else "barnet")
            out.append(word[0].upper() + word[1:] if start else word)
            continue
        if f == "":
            out.append(nm(rng, p, rng.choice(["full", "first", "first", "first", "first", "nick", "full", "misspell", "caps", "lower", "last"])))
        elif f == "n":
            out.append(nm(rng, p, rng.choice(["full", "full", "full", "lastfirst", "caps", "misspell"])))
        elif f == "f":
            out.append(nm(rng, p, "first"))
        elif f == "g":
            out.append(gen(p.first) if rng.random() < 0.85 else gen(p.full()))
        elif f == "l":
            out.append(nm(rng, p, "last"))
        elif f == "t":
            out.append(nm(rng, p, "title"))
        elif f == "i":
            out.append([("name", p.init)])
        elif f == "k":
            out.append(nm(rng, p, "lower"))
        elif f == "p":
            out.append(ph(rng, p, spoken_ok=getattr(p, "spoken", False)))
        elif f == "a":
            out.append(addr(rng, p.addr, "foreign" if (m.group(1) in "FYZ" and rng.random() < 0.12) else None))
        elif f == "b":
            out.append(addr(rng, p.addr, rng.choice(["two", "two", "one", "floor"])))
        elif f == "d":
            out.append(dob(rng, p, spoken_ok=getattr(p, "spoken", False)))
        elif f == "c":
            out.append(cpr(rng, p))
        elif f == "e":
            out.append([("email", p.pmail)])
        elif f == "w":
            out.append([("email", p.wmail)])
        else:
            raise ValueError(tpl)
    out.append(tpl[pos:])
    return out


def prep(rng, c, extra_doms):
    """Fix per-person e-mails and initials for the text."""
    roles = {"C": c.child, "M": c.mor, "F": c.far, "S": c.sb}
    letters = "XYZWV"
    for i in range(3):
        p = c.new("x", female=(False if i == 2 else None))
        p.wdom = extra_doms[i] if i < len(extra_doms) else rng.choice(PL.PRIVATE_DOMAINS)
        roles[letters[i]] = p
    c.sb.wdom = c.town[2]
    for k in sorted(roles):
        p = roles[k]
        p.pmail = mail(rng, p)[0][1]
        p.wmail = mail(rng, p, work=getattr(p, "wdom", None) or c.town[2])[0][1]
        p.init = initials(p, rng)
    return roles


def T(rng, c, roles, *tpls):
    return render(rng, c, roles, rng.choice(tpls))


# ================================================================== PLANTED GENRES
# 1. kørekort, knallert, job
def p_cv(rng, c, n):
    r = prep(rng, c, ["elevkontakt.dk", "gmail.com", "ungementor.dk"])
    out = [T(rng, c, r, "CV – {Cn}\n", "CURRICULUM VITAE\n{Cn}\n", "Mit CV ({Cn})\n"),
           T(rng, c, r, "Adresse: {Ca}\nMobil: {Cp}\nMail: {Ce}\nFødselsdato: {Cd}\n",
             "{Ca} · tlf. {Cp} · {Ce}\nFødt {Cd}\n", "Tlf.: {Cp}\nE-mail: {Ce}\nBopæl: {Ca}\nFødt: {Cd}\n")]
    exp = ["- {date}–nu: Flaskedreng i {brand} hver lørdag, 4 timer.\n",
           "- Sommerferiejob: Lager hos {brand}, pakkede varer og ryddede op.\n",
           "- Praktik i 9. klasse: en uge på et autoværksted, skiftede dæk og vaskede biler.\n",
           "- Avisbud i to år, også om vinteren.\n",
           "- Hjælper til ved fodboldskolen i uge 27 som hjælpetræner for de små.\n",
           "- Knallertkørekort (AM) bestået {date}. Arbejder på kørekort kat. B.\n",
           "Om mig: Jeg er mødestabil, glad for at arbejde med hænderne og lærer hurtigt. Jeg bor i plejefamilie og har min egen cykel og knallert.\n",
           "Kompetencer: Truckcertifikat (A) er søgt via jobcentret. Kan tale dansk, engelsk og lidt arabisk.\n"]
    refs = ["Reference: {Xn}, butikschef, tlf. {Xp}\n", "- {Xn}, tidligere chef, {Xp}, {Xw}\n",
            "- Min mentor {Zn}, {Zp}\n", "Reference: {Yn} (kontaktperson), {Yp} / {Ye}\n",
            "- Klasselærer {Xn}, kan kontaktes på {Xw}\n"]
    out.append("\nErfaring og referencer\n")
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, exp, i) if i % 2 == 0 else pick_i(rng, refs, i)))
    return out


def p_drivingletter(rng, c, n):
    r = prep(rng, c, ["koereskolen-centrum.dk"])
    X = r["X"]
    X.addr = make_addr(rng)
    out = [T(rng, c, r, "Køreskolen\n{Xb}\nTlf. {Xp}\n\n", "KØRESKOLEN – kørelærer {Xn}\n{Xb}\n\n"),
           T(rng, c, r, "{Cn}\nc/o plejefamilien\n{Cb}\n\n", "Til {S}, {kom}\nKopi: {Cn} (f. {Cd})\n\n", "{kom}\nAtt. sagsbehandler {Sn}\n\n"),
           T(rng, c, r, "{town}, den {date}\n\nVedr. kørekort kat. B for {Cn}, født {Cd}\n\n",
             "Dato: {date}\nVedr.: Knallertkørekort (AM) – {Cn}, cpr.nr. {Cc}\n\n")]
    body = ["{Cf} har nu gennemført {kr} i teoritimer og mangler to køretimer på manøvrebanen.",
            "Teoriprøven er booket til den {dato} kl. {time}. {Cf} skal medbringe billedlegitimation og lægeerklæring.",
            "Vi har desværre ikke modtaget betaling for køretimer på i alt {bigkr}. Kommunen bedes bekræfte, at beløbet dækkes som aftalt i ungeplanen.",
            "{Cg} kørsel er rolig og sikker, men der mangler stadig træning i mørkekørsel og på motortrafikvej.",
            "{Cf} udeblev fra køretimen {dato} uden at melde afbud. Jeg har ringet på {Cp} uden svar.",
            "Køreprøven er aftalt til {date}. Vi mødes ved køreskolen kl. {time}; plejemor {Mn} har lovet at køre {Cf} derhen.",
            "Spørgsmål kan rettes til mig på {Xw} eller direkte på {Xp}."]
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, body, i)) + [" " if i < n - 1 else "\n\n"])
    out.append(T(rng, c, r, "Med venlig hilsen\n{Xn}\nKørelærer\n{Xw}", "Venlig hilsen\n{Xn}, kørelærer\nDirekte: {Xp}"))
    return out


def p_mentor(rng, c, n):
    r = prep(rng, c, ["ungementor.dk", "gmail.com"])
    out = [T(rng, c, r, "Mentornotater – {Cn} ({Cd})\nMentor: {Xn}, {Xp}\n\n", "MENTORLOG\nUng: {Cn}, cpr {Cc}\nMentor: {Xn} ({Xw})\nSagsbehandler: {Sn}\n\n",
             "Notater fra mentorforløb, {Cn}, f. {Cd}\nBopæl: {Ca}\n\n")]
    entries = ["{date} kl. {time} – Mødtes med {C} ved Banegårdspladsen. Vi skrev ansøgning til {brand}. {Cf} var træt men deltog.",
               "{date}: {Cf} har fået svar fra {Yn}, der er butikschef. Samtale på torsdag. {Y} kan kontaktes på {Yp}.",
               "{date} – Køreskolen ringede: {Cf} mangler at betale for lektion 6-8. Jeg har sendt besked til {Sn} på {Sw}.",
               "{date} kl. {time}: Hentede {Cf} på {Ca}. Øvede jobsamtale i bilen; {Cf} er nervøs for at skulle fortælle om anbringelsen.",
               "{date}: Telefon med {Mn} (mor), {Mp}. Hun vil gerne betale halvdelen af knallertkørekortet.",
               "{date} – {Cf} har opdateret CV og ny mail: {Ce}. Mangler stadig en reference.",
               "{date} kl. {time} – {C} ringede fra {Cp} og fortalte, at teoriprøven er bestået. Stor glæde!",
               "{date}: Praktikstedets adresse er {Ya}. {Cf} cykler derud, ca. 25 minutter.",
               "{date}: Ansøgning om kørekort sendt via borger.dk. Oplysninger: {Cn}, født {Cd}."]
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, entries, i)) + ["\n"])
    out.append(T(rng, c, r, "/{Xi}", "– {Xf}", "Mentor {Xn}"))
    return out


def p_application(rng, c, n):
    r = prep(rng, c, ["gmail.com"])
    Y = r["X"]
    Y.addr = make_addr(rng)
    out = [T(rng, c, r, "{Cn}\n{Cb}\nMobil {Cp}\n{Ce}\n\n", "Fra: {Cn} <{Ce}>\nTil: {Xn}\nEmne: Ansøgning om fritidsjob\n\n"),
           T(rng, c, r, "{Xn}\n{brand}\n{Xb}\n\n", "Att.: {Xt}\n\n", ""),
           T(rng, c, r, "Kære {Xf}\n\n", "Hej {Xn}\n\n", "Kære {Xt}\n\n")]
    body = ["Jeg hedder {Cf} og er {age} år. Jeg søger jobbet som ungarbejder, fordi jeg gerne vil tjene mine egne penge til kørekort.",
            "Jeg har knallertkørekort og kan derfor møde tidligt, også i weekenden.",
            "Min mentor {Zn} har hjulpet mig med denne ansøgning, og hun vil gerne give en reference ({Zp}).",
            "I skolen er jeg bedst til matematik og idræt. Jeg er glad for at have travlt.",
            "Jeg er født {Cd} og går i 9. klasse, men jeg har fri hver dag fra kl. 14.",
            "Du kan ringe til mig på {Cp} eller skrive til {Ce}.",
            "Min plejefar {Fn} siger, at jeg er god til at holde orden, og han kan også kontaktes på {Fp}."]
    r["Z"] = c.new("mentor", female=True)
    r["Z"].init = initials(r["Z"], rng)
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, body, i).replace("{age}", str(c.child.age))) + ["\n\n" if i < n - 1 else "\n\n"])
    out.append(T(rng, c, r, "Med venlig hilsen\n{Cn}", "Venlig hilsen\n{Cf}"))
    return out


def p_export(rng, c, n):
    r = prep(rng, c, ["gmail.com"])
    out = [T(rng, c, r, "Eksport fra ansøgningslog – ung: {Cn}, f. {Cd}, cpr {Cc}\n", "Jobsøgning {Cn} (f. {Cd}), {Ca}\n"),
           "dato;virksomhed;kontakt;telefon;status;note\n"]
    st = ["sendt", "samtale", "afslag", "ingen svar", "prøvedag aftalt"]
    for i in range(n):
        p = c.new("kontakt")
        out.append([dfmt(rng, d2026(rng)), ";", rng.choice(PL.BRANDS), ";"] + nm(rng, p, rng.choice(["full", "first", "lastfirst"])) + [";"] +
                   ph(rng, p, foreign_ok=False) + [";", rng.choice(st), ";", rng.choice(EXPNOTE), "\n"])
        if rng.random() < 0.25:
            out.append(["# note: kontaktperson har ny mail "] + mail(rng, p, work="firma.dk") + ["\n"])
    out.append(T(rng, c, r, "Udtrukket af {Sn}, {Sp}", "Senest opdateret af mentor {Xi}"))
    return out

EXPNOTE = ["søgt via jobnet, følges op næste uge", "mentor ringer og spørger til svar", "den unge mødte ikke op til samtalen",
           "ansøgning afleveret personligt i butikken", "afslag pga. alder, prøv igen efter sommerferien", "vil gerne have et CV på papir",
           "samtale gik godt, venter på svar", "kræver knallertkørekort, har det"]
MONEYNOTE = ["udbetalt kontant mod kvittering", "overført til den unges konto", "kvittering vedlagt i mappen", "aftalt med kontaktpædagogen",
             "tilbageholdt en uge efter aftale", "brugt på tøj sammen med pædagog", "ekstra beløb til fødselsdag", "saldo kontrolleret ved månedsskift"]


# 2. religious holidays, food
def p_agreement(rng, c, n):
    r = prep(rng, c, ["gmail.com", "hotmail.com"])
    hol = rng.choice(["ramadan og eid", "jul og nytår", "påske og fasten", "ramadan", "jul", "den ortodokse jul"])
    out = [T(rng, c, r, "AFTALE OM " + hol.upper() + "\n", "Aftale om " + hol + " – plejeanbringelse\n", "Samarbejdsaftale: " + hol + "\n"),
           T(rng, c, r, "Barn: {Cn}, født {Cd}, cpr {Cc}\nMor: {Mn}, {Ma}, tlf. {Mp}\nPlejemor: {Xn}, {Xp}\n\n",
             "Barnet {Cn} (født {Cd}) er anbragt hos {Xn} og {Yn}.\nForældre: {Mn} og {Fn}, {Ma}.\n\n",
             "Vedr.: {Cn}, f. {Cd}\nAftalt mellem mor {Mn} ({Me}) og plejefamilien {Xl}, {Xa}.\n\n")]
    pts = ["{Cf} må faste i weekenderne, men skal spise morgenmad på skoledage. Det er aftalt med {Mf}.",
           "Plejefamilien køber halal kød i slagteren ved Banegårdspladsen. {Xf} sender kvittering til {Sn} ({Sw}).",
           "Ved eid holder {Cf} fri fra skole og er hos mor på {Ma} fra kl. {time}.",
           "Juleaften er {Cf} hos plejefamilien, og 1. juledag hentes {Cf} af far, {Fn}, tlf. {Fp}.",
           "{Mf} ønsker, at {Cf} ikke spiser gelatine. Plejemor {Xf} tjekker varedeklarationen.",
           "Imam {Zn} fra moskéen er kontaktperson for familien og kan ringes op på {Zp}.",
           "Præsten, {Zt}, har tilbudt, at {Cf} kan synge med i kirkekoret juleaften. Mor har sagt ja.",
           "Hvis {Cf} bliver svimmel under fasten, afbryder plejefamilien fasten og ringer til mor på {Mp}.",
           "Kosher: Der købes kun certificeret kød. {Mf} skaffer det via {Zn}, {Za}."]
    for i in range(n):
        out.append(render(rng, c, r, "%d. " % (i + 1) + pick_i(rng, pts, i)) + ["\n"])
    out.append(T(rng, c, r, "\nUnderskrevet: {Mn} / {Xn} / {Sn}", "\n{Si}, socialrådgiver"))
    return out


def p_menu(rng, c, n):
    r = prep(rng, c, ["gmail.com"])
    wk = str(rng.randint(2, 51))
    out = [T(rng, c, r, "Køkkennoter uge " + wk + " – afd. Lærkereden\nKøkkenleder: {Xn}, lokal {Xp}\n\n",
             "MENUPLAN UGE " + wk + "\nAnsvarlig: {Xn} ({Xw})\n\n")]
    days = ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"]
    dishes = ["Kylling i karry med ris (halal)", "Fiskefrikadeller og kartofler", "Linsesuppe og brød", "Lasagne med oksekød (halal)",
              "Risengrød, mandel og kirsebærsauce", "Iftar kl. 18.20: dadler, suppe, kyllingespyd", "Grøntsagstærte", "Frikadeller (svin) – alternativ: kyllingefrikadeller"]
    notes = ["NB: {C} ({Cd}) spiser kun halal.", "NB: {Cf} faster – madpakke gemmes til aften.", "Husk: {Cg} mor {Mn} kommer til iftar, tlf. {Mp}.",
             "NB: {Cn} – ingen svinekød, aftalt med {Sn}.", "Leverandør: {Yn}, {Ya}, {Yp}.", "Kostliste: {Cn}, f. {Cd}, vegetar i fasten."]
    out.append("| Dag | Ret | Bemærkning |\n|---|---|---|\n")
    for i in range(n):
        out.append(["| ", days[i % 7], " | ", pick_i(rng, dishes, i), " | "] + render(rng, c, r, pick_i(rng, notes, i)) + [" |\n"])
    out.append(T(rng, c, r, "\nSpørgsmål til {Xf}.", "\n/{Xi}"))
    return out


def p_messages(rng, c, n):
    r = prep(rng, c, ["gmail.com"])
    r["M"].spoken = False
    out = [T(rng, c, r, "Kopieret fra sms-tråd mellem plejemor og mor, indsat i sagen af {Sn}:\n\n",
             "Beskeder (Aula) vedr. højtider – {Cn}, f. {Cd}, {Ca}\n\n")]
    msgs = ["[{date} {time}] {Xf}: Hej {Mf}, må {Cf} gå med til juleaften i kirken? Kh {Xf}",
            "[{date} {time}] {Mn}: Ja gerne. Men ingen skinke til {Cf} please 🙏",
            "[{date} {time}] {Mf}: Eid starter fredag. Kan I køre {Cf} til {Ma}?",
            "[{date} {time}] {Xf}: Selvfølgelig. Vi er der kl. {time}. Ring på {Xp} hvis noget ændrer sig",
            "[{date} {time}] {Mf}: Nyt nummer: {Mp}",
            "[{date} {time}] {X}: {Cf} har fastet hele dagen og var rigtig stolt 😊",
            "[{date} {time}] {Mn}: Imam {Zn} siger børn under 12 ikke skal faste hele dagen. Kan I ringe til ham? {Zp}",
            "[{date} {time}] {Xf}: Vi har købt ind i den halal-butik på Torvegade. Kvittering sendt til {Sw}",
            "[{date} {time}] {Mf}: Husk at {Cg} fødselsdag ({Cd}) falder i ramadanen i år"]
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, msgs, i)) + ["\n"])
    return out


def p_priestnote(rng, c, n):
    r = prep(rng, c, ["gmail.com"])
    who = rng.choice(["imam", "sognepræst", "rabbiner", "ortodoks præst"])
    out = [T(rng, c, r, "Telefonnotat\nDato: {date} kl. {time}\nSamtale med " + who + " {Zn}, {Zp}\nSag: {Cn}, f. {Cd}, cpr {Cc}\n\n",
             "Notat – kontakt til " + who + "\nBarn: {Cn} ({Cd}), {Ca}\n" + who.capitalize() + ": {Zn}, {Za}\n\n")]
    s = ["{Z} bekræfter, at familien er kendt i menigheden, og at {Mn} ønsker, at {Cf} følger fasten.",
         "Jeg forklarede, at plejefamilien respekterer ønsket, men at {Cg} helbred går forud. {Zf} var enig.",
         "{Zf} tilbyder at tale med {Cf} om, hvad der er rimeligt for et barn på {Cg} alder.",
         "Aftalt at {Zf} kan kontaktes på {Zw} eller {Zp} ved tvivl.",
         "Far, {Fn}, var med på medhør fra {Fp}; han ønsker, at {Cf} holder jul hos ham i år.",
         "{Zt} oplyste, at konfirmationsforberedelsen foregår tirsdage kl. {time}."]
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, s, i)) + [" " if i % 2 == 0 else "\n"])
    out.append(T(rng, c, r, "\n/{Si}", "\nNotat ved {Sn}"))
    return out

# 3. belongings and pocket money
def p_ledger(rng, c, n):
    r = prep(rng, c, ["gmail.com"])
    out = [T(rng, c, r, "LOMMEPENGEREGNSKAB\nBeboer: {Cn}, f. {Cd}\nKontaktpædagog: {Xn}\n",
             "Lommepenge og tøjpenge – {Cn} (født {Cd})\nVærelse 7, afd. Kastanjen\n"),
           T(rng, c, r, "Pårørende: {Mn}, {Ma}, tlf. {Mp}\n\n", "Værge/mor: {Mn}, {Mp}\n\n", "\n")]
    out.append("Dato | Tekst | Ind | Ud | Sign.\n")
    texts = ["Lommepenge uge %d" % rng.randint(1, 52), "Tøjpenge, kvartal", "Bukser, {brand}", "Frisør", "Busbillet",
             "Fødselsdagsgave fra mor", "Sko, {brand}", "Mobilabonnement", "Tilbagebetalt lån", "Biograf med afdelingen"]
    for i in range(n):
        inn = rng.random() < 0.4
        row = [dfmt(rng, d2026(rng)), " | ", render(rng, c, r, pick_i(rng, texts, i)), " | ",
               kr(rng, 50, 900) if inn else "", " | ", "" if inn else kr(rng, 20, 700), " | "]
        row += ([("name", rng.choice([r["X"].init, r["Y"].init, c.child.first]))] if rng.random() < 0.35 else [rng.choice(["pæd.", "nattevagt", "afd.leder"])]) + ["\n"]
        out.append(row)
    out.append(T(rng, c, r, "\nSaldo overført til ny side. Godkendt {Yn}, afdelingsleder.", "\nKontrolleret af {Yi} og {Xi}.",
                 "\nBemærk: {Cf} har selv kvitteret for udbetalingerne."))
    return out


def p_receipt(rng, c, n):
    r = prep(rng, c, ["gmail.com"])
    out = [T(rng, c, r, "KVITTERING FOR MODTAGNE EFFEKTER\n\n", "Kvittering – udlevering af ejendele\n\n"),
           T(rng, c, r, "Undertegnede {Mn}, {Ma}, har dags dato modtaget følgende, der tilhører {Cn} ({Cd}, cpr {Cc}):\n",
             "Hermed bekræfter {Fn}, bosat {Fa}, at have modtaget nedenstående fra opholdsstedet på vegne af {Cf}, født {Cd}:\n",
             "{Cn}, f. {Cd}, har modtaget sine effekter ved udskrivning. Udleveret af {Xn}:\n")]
    items = ["- 1 sort rygsæk med skolebøger", "- Mobiltelefon (revnet skærm) og oplader", "- 3 par bukser, 5 t-shirts, 1 vinterjakke",
             "- Kontant opsparing: {kr}", "- Cykel med lås (nøgle udleveret)", "- Bedeteppe og Koran i æske",
             "- Sundhedskort og pas (pas opbevaret i kontoret siden indskrivning; {Cn}, født {Cd})", "- PlayStation med to controllere",
             "- Fotoalbum fra {Mf}", "- Tøjpenge ikke brugt i juni: {kr}"]
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, items, i)) + ["\n"])
    out.append(T(rng, c, r, "\n{town}, {date}\n\n____________________\n{Mn}\n\n____________________\n{Xn}, pædagog\n",
                 "\nUdleveret: {Xi}   Modtaget: {Mf}\nKontakt ved fejl: {Xp}\n"))
    return out


def p_effects(rng, c, n):
    r = prep(rng, c, ["gmail.com"])
    out = [T(rng, c, r, "Effektliste ved indskrivning\nNavn: {Cn}\nFødselsdato: {Cd}\nCPR: {Cc}\nIndskrevet af: {Xn}\n\n",
             "EFFEKTER – {Cn} ({Cd})\nAfleveret af: {Mn}, {Mp}\n\n", "Ved ankomst {date} kl. {time} havde {Cn} følgende med:\n")]
    it = ["- Kuffert med tøj (afleveret af {M})", "- {kr} i kontanter, talt op sammen med {Cf}", "- Guldkæde, gave fra farmor – lagt i skabet",
          "- Medicin: Melatonin 3 mg, udleveret af {Fn}", "- Bamse og dyne", "- Knallerthjelm og nøgle", "- Telefon, kode kendt af {Xf}",
          "- Mappe med papirer fra {Sn}, {kom}", "- Adressebog: mormor bor på {Ya}", "- Lap med telefonnummer til {Y}: {Yp}",
          "- Dåbsattest for {Cn}, født {Cd}"]
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, it, i)) + ["\n"])
    out.append(T(rng, c, r, "\nSign. {Xi} / {Yi}", "\nGennemgået med {Cf} og {Mf}.", "\nKopi sendt til {Sw}."))
    return out


def p_moneyexport(rng, c, n):
    r = prep(rng, c, ["gmail.com"])
    out = [T(rng, c, r, "udtræk_lommepenge.csv (opholdsstedet, afd. Bakken)\n", "Eksport fra beboerkasse – periode {date} til {date}\n"),
           "dato;beboer;cpr;type;beløb;udbetalt_af;bemærkning\n"]
    kids = [c.child] + [c.new("barn", 10, 17) for _ in range(2)]
    staff = [r["X"], r["Y"]]
    for i in range(n):
        k = kids[i % len(kids)] if rng.random() < 0.7 else c.child
        s = rng.choice(staff)
        out.append([dfmt(rng, d2026(rng)), ";"] + nm(rng, k, rng.choice(["full", "lastfirst", "caps"])) + [";"] +
                   cpr(rng, k) + [";", rng.choice(["lommepenge", "tøjpenge", "fødselsdag", "hygiejne", "transport"]), ";",
                                  kr(rng, 20, 900).replace(" kr.", "").replace(" kr", ""), ";",
                                  ("name", s.init) if rng.random() < 0.4 else rng.choice(["pæd.", "kontor", "nattevagt"]), ";", rng.choice(MONEYNOTE), "\n"])
    out.append(T(rng, c, r, "# kontakt ved spørgsmål: {Xn}, {Xp}", "# bilag: kvitteringer scannet af {Yf}"))
    return out

# 4. lawyer, advocate, bisidder
def p_minutes(rng, c, n):
    r = prep(rng, c, ["advokathuset-syd.dk", "bornsvilkar-bisidder.dk", "lexnord.dk"])
    out = [T(rng, c, r, "Referat af møde {date} kl. {time}\nSag: {Cn}, f. {Cd}, cpr {Cc}\n\nDeltagere:\n",
             "MØDEREFERAT – forberedelse af møde i børne- og ungeudvalget\nBarn: {Cn} ({Cd})\nDeltagere:\n"),
           T(rng, c, r, "- {Mn}, mor\n- advokat {Xn}, partsrepræsentant for mor ({Xp})\n- {Sn}, sagsbehandler\n",
             "- Mor: {Mn} ({Ma})\n- Mors advokat: {Xn}, {Xw}\n- Bisidder for {Cf}: {Yn}, {Yp}\n- Referent: {Sn}\n",
             "- {Fn} (far) med advokat {Zn}\n- børnesagkyndig {Xn}\n- {Si} (referent)\n"), "\n"]
    pts = ["{Xt} oplyste, at mor ikke giver samtykke til anbringelse efter § 46 og ønsker sagen forelagt udvalget.",
           "Bisidderen, {Y}, forklarede, at {Cf} ønsker at blive boende hos plejefamilien på {Ca}.",
           "Børnesagkyndig {Zn} gennemgik sin vurdering. {Zf} anbefaler fortsat samvær under tilsyn.",
           "Advokaten bad om aktindsigt i alle notater siden {date} og vil have svar på {Xw}.",
           "{Mf} spurgte, hvornår retsmødet i byretten er. Det er berammet til {dato} kl. {time}.",
           "{Fn} var ikke mødt. Han er forsøgt ringet op på {Fp} uden svar.",
           "Aftalt at {Sf} sender partshøringsbrevet til mor på {Ma} og i kopi til advokaten.",
           "{Cf} deltog de første ti minutter sammen med {Yf} og sagde, at hun/han gerne vil høres direkte."]
    for i in range(n):
        out.append(render(rng, c, r, "%d. " % (i + 1) + pick_i(rng, pts, i)) + ["\n"])
    out.append(T(rng, c, r, "\nRef.: {Si}", "\nReferat godkendt af {Xl} pr. mail {date}."))
    return out


def p_lawletter(rng, c, n):
    r = prep(rng, c, ["advokathuset-syd.dk"])
    X = r["X"]
    X.addr = make_addr(rng)
    out = [T(rng, c, r, "Advokat {Xn}\n{Xb}\nTlf. {Xp} · {Xw}\n\n", "ADVOKATFIRMAET SYD\nv/ advokat {Xn}\n{Xb}\n\n"),
           T(rng, c, r, "{kom}\nBørn og Unge, Myndighed\nAtt.: {Sn}\n\n", "Sendt pr. sikker mail til {Sw}\n\n"),
           T(rng, c, r, "{town}, den {date}\n\nVedr. min klient {Mn}, {Ma}, cpr.nr. {Mc} – barnet {Cn}, f. {Cd}\n\n",
             "Deres j.nr. 2025-0{jn}\nVores klient: {Fn}, {Fc}\nBarnet: {Cn}, født {Cd}\n\n".replace("{jn}", str(rng.randint(1000, 9999))))]
    ps = ["Jeg er antaget som advokat for {Mf} i anledning af kommunens indstilling om anbringelse uden samtykke.",
          "Min klient ønsker, at {Cf} får beskikket en børnesagkyndig, og at {Cg} egne ønsker indgår i sagen.",
          "Jeg skal anmode om aktindsigt i sagens dokumenter, herunder notater fra samtalerne med {Cf}.",
          "Min klient bor fortsat på {Ma} og kan kontaktes gennem mig.",
          "Jeg gør opmærksom på, at bisidder {Yn} ({Yp}) deltager i mødet den {dato} efter ønske fra {Cf}.",
          "Jeg beder om, at retsmødet ikke placeres i {Cg} eksamensperiode.",
          "Kopi af dette brev er sendt til {Mf} på {Me}."]
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, ps, i)) + ["\n\n"])
    out.append(T(rng, c, r, "Med venlig hilsen\n\n{Xn}\nadvokat (L)", "Venlig hilsen\n{Xn}\nDirekte {Xp}"))
    return out


def p_phonenotes(rng, c, n):
    r = prep(rng, c, ["lexnord.dk", "bornsvilkar-bisidder.dk"])
    for k in "CMXY":
        r[k].spoken = True
    r["M"].pmail = mail(rng, r["M"], spoken_ok=True)[0][1]
    out = [T(rng, c, r, "Telefonnotater – sag {Cn}, født {Cd}, {Ca}\n\n", "Tlf.notater ({Si})\nBarn: {Cn}, {Cc}\n\n")]
    ns = ["{date} kl. {time}: Opkald fra advokat {Xn} ({Xp}). Spørger til tidspunkt for retsmødet. Svaret, at vi afventer byretten.",
          "{date} kl. {time}: Ringede til {Mn} på {Mp}. Hun har fået ny advokat, {Xn}.",
          "{date} kl. {time}: Bisidder {Yn} ringede fra {Yp}. {Cf} vil gerne have {Yf} med til børnesamtalen.",
          "{date} kl. {time}: {Mf} ringede og sagde sit nummer langsomt: {Mp}. Hun bor nu på {Ma}.",
          "{date} kl. {time}: Talte med børnesagkyndig {Zn}. {Zf} sender sin erklæring til {Sw} inden fredag.",
          "{date} kl. {time}: Advokat {Xl} bad om, at breve sendes til {Xw}, ikke til mor direkte.",
          "{date} kl. {time}: Telefonsvarer hos {Fn}, {Fp}. Lagt besked.",
          "{date} kl. {time}: {Mn} stavede sin mail i telefonen: {Me}. Hun vil have kopi af alt."]
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, ns, i)) + ["\n"])
    out.append(T(rng, c, r, "/{Si}", "Notat ført af {Sn}"))
    return out


def p_mail(rng, c, n):
    r = prep(rng, c, ["bornsvilkar-bisidder.dk", "advokathuset-syd.dk"])
    out = [T(rng, c, r, "Fra: {Xn} <{Xw}>\nTil: {Sn} <{Sw}>\nSendt: {date} {time}\nEmne: Bisidder for {Cf} (f. {Cd})\n\n",
             "From: {Yn} [{Yw}]\nSent: {date}\nTo: {Sw}\nCc: {Mn} <{Me}>\nSubject: RE: retsmøde\n\n"),
           T(rng, c, r, "Hej {Sf}\n\n", "Kære {Sn}\n\n")]
    b = ["Jeg er bisidder for {Cn} (født {Cd}) og vil gerne deltage i samtalen efter § 6.",
         "{Cf} har bedt mig fortælle, at hun/han ikke vil tale med far, {Fn}, før retsmødet.",
         "Mors advokat, {Yn}, har bekræftet, at hun kan deltage {dato} kl. {time}.",
         "Kan du sende indkaldelsen til {Cf} på {Ce}? {Cf} tjekker ikke e-Boks.",
         "{Cf} bor stadig hos sin moster på {Ca}, og det er dér, jeg henter ham/hende.",
         "Ring gerne på {Xp}, hvis der er ændringer."]
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, b, i)) + ["\n"])
    out.append(T(rng, c, r, "\nVenlig hilsen\n{Xn}\nFrivillig bisidder\n{Xb}\n{Xp}", "\nMvh {Xf}"))
    return out

# 5. child protection in sports, music, church choir
def p_concern(rng, c, n):
    r = prep(rng, c, ["gmail.com", "hotmail.com"])
    X = r["X"]
    act = rng.choice(["fodboldklubben (U13)", "svømmeklubben", "musikskolen", "kirkekoret", "håndboldklubben (U11)", "spejdergruppen"])
    out = [T(rng, c, r, "UNDERRETNING – bekymring vedr. voksen i " + act + "\nModtaget: {date} kl. {time}\n\n",
             "Bekymringshenvendelse (" + act + ")\n\n"),
           T(rng, c, r, "Underretter: {Mn}, mor, {Mp}, {Me}\nBarnet: {Cn}, født {Cd}\nCPR: {Cc}\nAdresse: {Ca}\n",
             "Henvender: {Yn} (forælder til holdkammerat), {Yp}\nBarn: {Cn} ({Cd}), {Ca}\n"),
           T(rng, c, r, "Den omtalte voksne: {Xn}, træner, bosat {Xa}\n\n", "Omtalt: korleder {Xn}, {Xp}\n\n",
             "Omtalte: {Xn} (hjælpetræner, ca. 30 år)\n\n")]
    s = ["{X} har flere gange tilbudt {Cf} kørsel hjem efter træning, også når mor har sagt nej.",
         "{Cf} har fortalt, at {Xf} skriver private beskeder om aftenen og beder om billeder.",
         "Forældrene har spurgt foreningen, om der er indhentet børneattest på {Xf}. Det er uklart.",
         "Formanden, {Zn}, er orienteret og kan kontaktes på {Zp}.",
         "{Cf} vil ikke længere til træning og har ondt i maven om tirsdagen.",
         "Mor oplyser, at {Xf} også har en profil på Snapchat med brugernavnet {Xk}_coach.",
         "Underretter ønsker ikke at være anonym og kan kontaktes på {Ye}.",
         "Træneren {Xn} er ifølge klubbens liste født {Xd}."]
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, s, i)) + ["\n"])
    out.append(T(rng, c, r, "\nModtaget af {Sn}, {kom}.", "\nVurderet inden for 24 timer af {Si} (myndighed)"))
    return out


def p_interview(rng, c, n):
    r = prep(rng, c, ["gmail.com"])
    out = [T(rng, c, r, "Samtale med forældre – {Cn} ({Cd})\nTil stede: {Mn}, {Fn}, sagsbehandler {Sn}\nSted: {Ma}\n\n",
             "Interview, forældre til {Cn} (f. {Cd})\n\n")]
    qa = ["Sagsbehandler: Hvornår begyndte {Cf} i koret?\n{Mf}: For to år siden. {Xn} var korleder dengang.",
          "Sagsbehandler: Har {Cf} været alene med træneren?\n{Ff}: Ja, til ekstratræning. {Xf} hentede {Cf} på {Ca}.",
          "Sagsbehandler: Hvem har I talt med i klubben?\n{Mf}: Med formanden, {Yn}. Nummeret er {Yp}.",
          "{Mf} viser en besked fra {Xf} sendt kl. 23.40. Mor videresender den til {Sw}.",
          "Sagsbehandler: Må vi kontakte skolen?\n{Ff}: Ja. Og I kan få fat i mig på {Fp}.",
          "{Ff} fortæller, at {Xf} har boet på {Xa} og flyttede efter en lignende sag i en anden klub.",
          "{Mf}: {Cf} er født {Cd}, så hun/han var kun otte år, da det begyndte."]
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, qa, i)) + ["\n"])
    out.append(T(rng, c, r, "\nNoteret af {Sn}", "\n/{Si}"))
    return out


def p_rooster(rng, c, n):
    r = prep(rng, c, ["gmail.com"])
    act = rng.choice(["Børnekoret", "U10 piger", "Trommeholdet", "Svømmehold Delfin", "Mini-håndbold"])
    out = [T(rng, c, r, act + " – deltagerliste (udleveret af foreningen)\n\n", "Liste over børn og ledere, " + act + "\n\n"),
           "Navn | Født | Forælder | Telefon\n"]
    kids = [c.child] + [Person(rng, "barn", 6, 14) for _ in range(n)]
    for i in range(n):
        k = kids[i]
        par = Person(rng, "forælder", 30, 50, origin=k.origin)
        while par.first == k.first:
            par = Person(rng, "forælder", 30, 50, origin=k.origin)
        par.last = k.last if rng.random() < 0.7 else par.last
        out.append(nm(rng, k, rng.choice(["full", "full", "lastfirst", "caps"])) + [" | "] + dob(rng, k) + [" | "] +
                   nm(rng, par, "full") + [" | "] + ph(rng, par) + ["\n"])
    out.append(T(rng, c, r, "\nLedere: {Xn} ({Xp}), {Yn} ({Yp})\n", "\nLeder: {Xn}, {Xa}, børneattest indhentet {date}\n"))
    return out


def p_attestlog(rng, c, n):
    r = prep(rng, c, ["gmail.com"])
    out = [T(rng, c, r, "Børneattester – log fra foreningen, kopi til kommunen\n", "Oversigt over børneattester (indhentet af {Zn})\n"),
           "navn;cpr;adresse;rolle;indhentet;resultat\n"]
    roles = ["træner U9", "hjælpetræner", "korleder", "musiklærer", "holdleder", "chauffør ved stævner"]
    for i in range(n):
        p = c.new("leder", 19, 66)
        out.append(nm(rng, p, rng.choice(["full", "lastfirst", "caps"])) + [";"] + cpr(rng, p) + [";"] + (addr(rng, p.addr, rng.choice(["one", "short", "sloppy"])) if rng.random() < 0.5 else ["-"]) + [";", rng.choice(roles), ";",
                   dfmt(rng, d2026(rng)), ";", rng.choice(["ren", "ren", "ren", "ikke modtaget", "afventer samtykke"]), "\n"])
    out.append(T(rng, c, r, "\nBemærk: {Xn} ({Xp}) mangler attest. Formand kontaktet.", "\nSendt til {Sw} af {Zf}, {Zp}."))
    return out

# 6. contact book home–school
def p_contactbook(rng, c, n):
    r = prep(rng, c, ["skole.dk"])
    out = [T(rng, c, r, "Kontaktbog – {Cn}, 3.B, født {Cd}\nHjem: {Ca}\n\n", "Afskrift af heftet mellem hjem og skole ({Cn}, f. {Cd})\nIndsat i sagen af {Sn}\n\n",
             "KONTAKTBOG {Cn} ({Cd})\n")]
    days = ["Man", "Tirs", "Ons", "Tors", "Fre"]
    es = ["{d}: {Cf} har glemt idrætstøj igen. Kan I huske det i morgen? /{Xi}",
          "{d}: Hej {Xf}. {Cf} har sovet dårligt, far er flyttet. Mvh {Mf}",
          "{d}: Tak for besked. {Cf} var glad i dag og legede med {Yf} i frikvarteret. Hilsen {Xf}",
          "{d}: {Cf} skal hentes af mormor kl. 13. Hun bor på {Ya}. {Mf}",
          "{d}: Mor ringer ikke tilbage på {Mp}. Vi prøver igen i morgen. /{Xi}",
          "{d}: Vi har ny adresse fra 1. i måneden: {Ma}. Hilsen {Mn}",
          "{d}: {Cf} græd i timen og sagde, at hun/han ikke vil hjem. Ring gerne {Xp}. {Xf}",
          "{d}: Husk skole-hjem-samtale. Far ({Fn}) kommer også, tlf. {Fp}.",
          "{d}: {Cf} har fået lus 😬 Vi har behandlet. {Mf}",
          "{d}: {Cf} har fødselsdag på lørdag ({Cd}) og vil gerne dele boller ud. Er det ok? {Mf}",
          "{d}: Til skolefotografen: {Cn}, f. {Cd}, mor {Mn}. /{Xi}"]
    for i in range(n):
        dd = d2026(rng)
        tpl = pick_i(rng, es, i).replace("{d}", "%s %d/%d" % (days[i % 5], dd.day, dd.month))
        out.append(render(rng, c, r, tpl) + ["\n"])
    return out


def p_aulamsg(rng, c, n):
    r = prep(rng, c, ["skole.dk"])
    out = [T(rng, c, r, "Beskedtråd (Aula) kopieret ind i sagen\nEmne: {Cf} i skolen\n\n", "Aula – tråd mellem {Mn} ({Ma}) og klasselærer {Xn}\nBarn: {Cn}, {Cd}\n\n")]
    ms = ["{Xn} ({date} {time}): Hej {Mf}. {Cf} kom uden madpakke igen i dag. Vi gav en bolle.",
          "{Mn} ({date} {time}): Undskyld. Det er kaos herhjemme. Ring på {Mp}",
          "{Xf} ({date} {time}): Jeg har ringet to gange. Kan du komme til møde torsdag kl. {time}?",
          "{Mf} ({date} {time}): Ja. {Yn} fra mit netværk kommer med. Mail: {Ye}",
          "{Xn} ({date} {time}): {Cf} fortalte i dag, at far har været vred. Jeg har talt med {Sn} fra kommunen.",
          "{Ff} ({date} {time}): Jeg er far til {Cf}. Send også beskeder til mig: {Fe}, {Fp}."]
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, ms, i)) + ["\n"])
    return out


def p_teachernote(rng, c, n):
    r = prep(rng, c, ["skole.dk"])
    out = [T(rng, c, r, "Notat om kontaktbogen\nElev: {Cn}, f. {Cd}, cpr {Cc}\nKlasselærer: {Xn}, {Xw}, {Xp}\nForældre: {Mn}, {Ma}\n\n",
             "{Sn} har {date} modtaget kopi af kontaktbogen for {Cn} ({Cd}) fra klasselærer {Xn}.\n\n")]
    s = ["Indførslerne viser, at {Cf} ofte møder uden morgenmad og uden skoletaske.",
         "{Mf} skriver i flere indførsler, at hun er alene med børnene og ikke kan nå det.",
         "Læreren ({Xi}) har skrevet 14 gange om manglende lektier i perioden.",
         "Far har kun skrevet én gang: nyt nummer {Fp}.",
         "Der står, at {Cf} hentes af en nabo, {Yn}, {Ya}, som ikke er godkendt af skolen.",
         "Kopien er scannet og lagt på sagen. Originalen er leveret tilbage til {Mf}."]
    for i in range(n):
        out.append(render(rng, c, r, pick_i(rng, s, i)) + [" " if i % 2 == 0 else "\n"])
    out.append(T(rng, c, r, "\n/{Si}", "\nSocialrådgiver {Sn}, {Sp}"))
    return out


PLANTED_GENRES = [
    ("korekort-job", 15, 17, [("cv", p_cv), ("koreskolebrev", p_drivingletter), ("mentornotater", p_mentor),
                             ("jobansogning", p_application), ("semikolon-eksport", p_export)]),
    ("hojtider-mad", 4, 16, [("aftale", p_agreement), ("menunotat-tabel", p_menu), ("beskeder", p_messages),
                             ("telefonnotat-imam-praest", p_priestnote)]),
    ("effekter-lommepenge", 8, 17, [("regnskab-tabel", p_ledger), ("kvittering", p_receipt), ("effektliste", p_effects),
                                    ("semikolon-eksport", p_moneyexport)]),
    ("advokat-bisidder", 4, 17, [("referat", p_minutes), ("advokatbrev", p_lawletter), ("telefonnotater", p_phonenotes),
                                 ("mail-headere", p_mail)]),
    ("fritid-bornebeskyttelse", 6, 16, [("underretning", p_concern), ("forældreinterview", p_interview),
                                        ("deltagerliste-tabel", p_rooster), ("bornattest-log", p_attestlog)]),
    ("kontaktbog", 6, 15, [("kontaktbog-indforsler", p_contactbook), ("aula-beskeder", p_aulamsg), ("notat-om-kontaktbog", p_teachernote)]),
]

# ================================================================== CLEAN GENRES
CT = re.compile(r"\{(\w+)\}")


def lookalike(rng, k, c):
    if k == "date":
        return dfmt(rng, d2026(rng))
    if k == "dato":
        d = d2026(rng)
        return "%d. %s" % (d.day, PL.MONTHS[d.month - 1])
    if k == "time":
        return tm(rng)
    if k == "kr":
        return kr(rng, 20, 600)
    if k == "bigkr":
        return kr(rng, 800, 16000, 50)
    if k == "town":
        return c.town[1].replace(" C", "")
    if k == "kom":
        return c.town[3]
    if k == "brand":
        return rng.choice(PL.BRANDS)
    if k == "lawanb":
        return rng.choice(["§ 46 i barnets lov", "§ 47 i barnets lov", "barnets lov § 47", "serviceloven § 58"])
    if k == "helper":
        return rng.choice(["PPR", "sundhedsplejen", "UU-vejlederen", "skolens AKT-lærer", "familiebehandleren"])
    if k == "law":
        return rng.choice(PL.LAWS)
    if k == "icd":
        return rng.choice(PL.ICD)
    if k == "med":
        return rng.choice(PL.MEDS)
    if k == "body":
        return rng.choice(PL.BODIES)
    if k == "place":
        return rng.choice(PL.PLACES)
    if k == "case":
        return rng.choice(PL.CASE_NOS)
    if k == "cvr":
        return "CVR " + rng.choice(PL.CVR)
    if k == "ean":
        return "EAN " + rng.choice(PL.EAN)
    if k == "pub":
        return rng.choice(["112", "114", "1813", "Børnetelefonen 116 111", "Akuttelefonen 1813", "Politiet på 114"])
    if k == "switch":
        own = [x for x in PL.SWITCHBOARDS if x[0] == c.town[3]]
        s = own[0] if own and rng.random() < 0.8 else rng.choice(PL.SWITCHBOARDS)
        return s[0] + ", hovednummer " + s[1]
    if k == "room":
        return rng.choice(["værelse 4", "stue 2.12", "lokale 1.07", "klasse 6.B", "afd. 3", "gruppe 2", "fløj C", "klasse 3.A", "værelse 11"])
    if k == "age":
        return str(rng.randint(6, 17)) + " år"
    if k == "street":
        return rng.choice(["Skolevej", "Vestergade", "Banegårdspladsen", "Stationsvej", "Algade", "Torvegade"])
    if k == "wk":
        return str(rng.randint(2, 51))
    raise KeyError(k)


def rc(rng, c, tpl):
    return CT.sub(lambda m: lookalike(rng, m.group(1), c), tpl).replace("kr..", "kr.")


def cbuild(rng, c, n, heads, blocks, foots, sep="\n", numbered=False):
    out = [rc(rng, c, rng.choice(heads))]
    start = rng.randint(0, len(blocks) - 1)
    for i in range(n):
        b = rc(rng, c, pick_i(rng, blocks, i).replace("{i}", str(i + 1)))
        out.append(("%d. " % (i + 1) if numbered else "") + b + sep)
    out.append(rc(rng, c, rng.choice(foots)))
    return out


C_GENRES = {}

C_GENRES["korekort-job"] = [
    ("cv", (["CV – Ung A ({age})\nAdresse: udeladt i sagsakten\nTelefon: se journalens kontaktark\n\nErfaring og referencer\n",
             "Mit CV (anonymiseret kopi)\n\n"],
            ["- {date}–nu: Flaskedreng i {brand} hver lørdag.", "- Sommerferiejob på lager hos {brand}.", "- Praktik i 9. klasse på et autoværksted.",
             "- Knallertkørekort (AM) bestået {date}.", "- Reference: butikschefen i {brand} (kan kontaktes via jobcentret).",
             "Om mig: Jeg er glad, mødestabil og kan lide at arbejde i al slags vejr, også i sol og storm.",
             "- Reference: mentoren fra ungeindsatsen.", "Sprog: dansk, engelsk, lidt tysk."],
            ["Oplysninger gemt efter aftale med den unge.", "CV udarbejdet sammen med mentor, {date}."])),
    ("koreskolebrev", (["Køreskolen\n{town}, den {date}\n\nVedr. kørekort kat. B for den unge (17 år), sag {case}\n\n",
                        "Til {kom}, Børn og Unge\nVedr. knallertkørekort (AM), j.nr. {case}\n\n"],
                       ["Eleven har gennemført teoriundervisningen og mangler to lektioner på manøvrebanen.",
                        "Teoriprøven er booket til den {dato} kl. {time} hos {body}.",
                        "Samlet pris for pakken er {bigkr} inkl. moms. Faktura sendes med {ean}.",
                        "Vi har ikke modtaget betaling for lektion 9-12 ({kr}). Beløbet bedes dækket som aftalt i ungeplanen efter § 108.",
                        "Køretimen {dato} blev aflyst pga. storm og glat føre.",
                        "Eleven skal medbringe lægeerklæring og billedlegitimation.",
                        "Mødested er {place}.",
                        "Eleven har gode evner bag rattet, men mangler træning i mørkekørsel og på motortrafikvej.",
                        "Første hjælp-kurset er gennemført i weekenden og godkendt.",
                        "Køreprøven forventes at kunne afvikles i uge {wk}, hvis betalingen er på plads.",
                        "Vi gør opmærksom på, at udeblivelse uden afbud faktureres med {kr}.",
                        "Plejemor har lovet at køre eleven til køreprøven."],
                       ["\nMed venlig hilsen\nKørelæreren\nKøreskolen, {cvr}", "\nVenlig hilsen\nKøreskolen"])),
    ("mentornotater", (["Mentornotater – Ung A (16 år)\n\n", "MENTORLOG, sag {case}\n\n"],
                       ["{date} kl. {time} – Mødtes med den unge {place}. Vi skrev ansøgning til {brand}.",
                        "{date}: Den unge har fået svar fra butikschefen. Samtale på torsdag.",
                        "{date} – Køreskolen ringede: der mangler betaling for lektion 6-8 ({kr}).",
                        "{date}: Telefonsamtale med mor. Hun vil betale halvdelen af knallertkørekortet.",
                        "{date} kl. {time} – Den unge fortalte, at teoriprøven er bestået. Glad stemning.",
                        "{date}: Øvede jobsamtale. Maj måned bliver travl med eksaminer.",
                        "{date}: Drøftet {law} med sagsbehandleren."],
                       ["/mentor", "– mentor, ungeindsatsen"])),
    ("jobansogning", (["Ansøgning om fritidsjob (kopi, navn og kontaktoplysninger fjernet)\n\nKære butikschef\n\n"],
                      ["Jeg er 15 år og søger jobbet som ungarbejder, fordi jeg vil spare op til kørekort.",
                       "Jeg har knallertkørekort og kan møde tidligt, også i weekenden.",
                       "Min mentor har hjulpet mig med ansøgningen og vil gerne give en reference.",
                       "Jeg er glad for at have travlt, og jeg hjælper til i min plejefamilies have hver weekend.",
                       "Jeg går i klasse 9.B og har fri hver dag fra kl. 14.",
                       "I sommer hjalp jeg til på en gård og lærte at køre traktor på marken.",
                       "Jeg er god til at tale med kunder og er ikke bange for at spørge, hvis jeg er i tvivl.",
                       "Pengene skal bruges til kørekort, så jeg kan komme på en erhvervsuddannelse senere.",
                       "Jeg kan starte med det samme og kan også arbejde i ferierne."],
                      ["\nMed venlig hilsen\nden unge", "\nVenlig hilsen"])),
    ("semikolon-eksport", (["Eksport fra ansøgningslog, sag {case}\ndato;virksomhed;kontakt;status\n"],
                           ["{date};{brand};butikschef;sendt", "{date};{brand};personaleafdeling;afslag", "{date};{brand};-;ingen svar",
                            "{date};{body};ungevejleder;samtale", "{date};{brand};souschef;prøvedag aftalt"],
                           ["Udtrukket af sagsbehandleren.", "# kilde: mentorens regneark"])),
]

C_GENRES["hojtider-mad"] = [
    ("aftale", (["AFTALE OM RAMADAN OG EID\nBarn A (10 år), sag {case}\n\n", "Aftale om jul og nytår – plejeanbringelse efter {lawanb}\n\n",
                 "Samarbejdsaftale om faste og mad\n\n"],
                ["Barnet må faste i weekenderne, men skal spise morgenmad på skoledage.",
                 "Plejefamilien køber halal kød i slagteren {place}.",
                 "Ved eid holder barnet fri fra skole og er hos mor fra kl. {time}.",
                 "Juleaften er barnet hos plejefamilien, og 1. juledag hentes barnet af far.",
                 "Mor ønsker, at barnet ikke spiser gelatine. Plejemor tjekker varedeklarationen.",
                 "Imamen fra moskéen er kontaktperson for familien.",
                 "Hvis barnet bliver svimmelt under fasten, afbrydes fasten, og mor kontaktes.",
                 "Påskefrokost holdes hos plejefamilien; kosher-regler respekteres.",
                 "Under ramadanen spiser familien sammen efter solnedgang; barnet må være med, selv om det er efter sengetid.",
                 "Plejefamilien pynter juletræ, og barnet deltager, hvis barnet har lyst.",
                 "Der købes ind i {brand} og i den lokale halal-slagter; udgifter dækkes af plejevederlaget.",
                 "Far ønsker, at barnet får julegaver fra begge familier; det er aftalt.",
                 "Aftalen drøftes med barnet selv, som har ret til at blive hørt, jf. § 5, stk. 3."],
                ["\nUnderskrevet af mor, plejeforældre og sagsbehandler {date}.", "\nAftalen evalueres på netværksmødet {dato}."])),
    ("menunotat-tabel", (["Køkkennoter uge {wk} – afd. Lærkereden\n| Dag | Ret | Bemærkning |\n|---|---|---|\n"],
                         ["| Mandag | Kylling i karry (halal) | Barn B faster |", "| Tirsdag | Fiskefrikadeller | - |",
                          "| Onsdag | Linsesuppe | iftar kl. 18.20 |", "| Torsdag | Lasagne (oksekød, halal) | Barn C: vegetar |",
                          "| Fredag | Risengrød | julefrokost, {room} |", "| Lørdag | Grøntsagstærte | - |", "| Søndag | Tarteletter | ingen svinekød til 3 børn |"],
                         ["\nLeverandør: grossisten, {cvr}.", "\nSpørgsmål til køkkenlederen."])),
    ("beskeder", (["Kopieret fra sms-tråd mellem plejemor og mor (navne erstattet med roller):\n\n"],
                  ["[{date} {time}] Plejemor: Må barnet gå med til juleaften i kirken?", "[{date} {time}] Mor: Ja gerne. Men ingen skinke please",
                   "[{date} {time}] Mor: Eid starter fredag. Kan I køre barnet hjem?", "[{date} {time}] Plejemor: Selvfølgelig. Vi er der kl. {time}",
                   "[{date} {time}] Plejemor: Barnet har fastet hele dagen og var stolt", "[{date} {time}] Mor: Hvor købte I kødet?",
                   "[{date} {time}] Plejemor: I halal-butikken på {street}. Kvittering sendt til sagsbehandleren"],
                  ["", "\n(slut på tråd)"])),
    ("telefonnotat-imam-praest", (["Telefonnotat\nDato: {date} kl. {time}\nSamtale med sognepræsten\nSag: {case}\n\n",
                                   "Notat – kontakt til imam, Barn A (12 år)\n\n"],
                                  ["Præsten bekræfter, at familien er kendt i menigheden.", "Jeg forklarede, at barnets helbred går forud for fasten.",
                                   "Imamen tilbyder at tale med barnet om, hvad der er rimeligt i barnets alder.",
                                   "Konfirmationsforberedelsen foregår tirsdage kl. {time} i kirkens lokaler.",
                                   "Barnet har diabetes ({icd}) og tager {med}; fasten frarådes af lægen.",
                                   "Kirkens kontor kan kontaktes via {switch}."],
                                  ["\n/sagsbehandleren", "\nNotat ved myndighedsrådgiveren"])),
]

C_GENRES["effekter-lommepenge"] = [
    ("regnskab-tabel", (["LOMMEPENGEREGNSKAB\nBeboer: Ung B (15 år), {room}\n\nDato | Tekst | Ind | Ud | Sign.\n"],
                        ["{date} | Lommepenge uge {wk} | {kr} | | pæd.", "{date} | Bukser, {brand} | | {kr} | pæd.",
                         "{date} | Tøjpenge, kvartal | {kr} | | afd.leder", "{date} | Frisør | | {kr} | pæd.", "{date} | Busbillet | | {kr} | nattevagt",
                         "{date} | Sko, {brand} | | {kr} | pæd.", "{date} | Biograf med afdelingen | | {kr} | pæd."],
                        ["\nSaldo overført til ny side. Godkendt af afdelingslederen.", "\nKontrolleret ved tilsyn efter § 9 i barnets lov."])),
    ("kvittering", (["KVITTERING FOR MODTAGNE EFFEKTER\nSag {case}\n\nMor har dags dato modtaget følgende, der tilhører Barn A (11 år):\n"],
                    ["- 1 sort rygsæk med skolebøger", "- Mobiltelefon og oplader", "- 3 par bukser, 5 t-shirts, 1 vinterjakke",
                     "- Kontant opsparing: {kr}", "- Cykel med lås", "- Bedeteppe", "- Sundhedskort", "- Medicin: {med}"],
                    ["\n{town}, {date}\nUnderskrift mor / pædagog", "\nUdleveret af kontaktpædagogen."])),
    ("effektliste", (["Effektliste ved indskrivning {date} kl. {time}\nBarn: Barn C (9 år)\n\n"],
                     ["- Kuffert med tøj (afleveret af mor)", "- {kr} i kontanter, talt op sammen med barnet", "- Guldkæde, gave fra farmor – lagt i skabet",
                      "- Medicin: {med} (barnet er udredt for {icd})", "- Bamse og dyne", "- Knallerthjelm", "- Mappe med papirer fra {kom}"],
                     ["\nSign. pæd. / nattevagt", "\nGennemgået med barnet og mor."])),
    ("semikolon-eksport", (["udtræk_lommepenge.csv\ndato;beboer;type;beløb;udbetalt_af\n"],
                           ["{date};Ung A;lommepenge;250;pæd.", "{date};Ung B;tøjpenge;{kr};pæd.", "{date};Barn C;fødselsdag;300;afd.leder",
                            "{date};Ung A;transport;{kr};nattevagt", "{date};Ung D;hygiejne;75;pæd."],
                           ["# bilag scannet", "# kontrol: tilsyn efter {law}"])),
]

C_GENRES["advokat-bisidder"] = [
    ("referat", (["Referat af møde {date} kl. {time}\nSag {case}\n\nDeltagere: mor, mors advokat, far, bisidder for barnet, sagsbehandler (referent)\n\n"],
                 ["Mors advokat oplyste, at mor ikke giver samtykke til anbringelse efter {lawanb}.",
                  "Bisidderen forklarede, at barnet ønsker at blive boende i plejefamilien.",
                  "Den børnesagkyndige anbefaler fortsat samvær under tilsyn.", "Advokaten bad om aktindsigt i notater siden {date}.",
                  "Retsmødet i byretten er berammet til {dato} kl. {time}.", "Far var ikke mødt.",
                  "Partshøring sendes til mor og i kopi til advokaten.", "Barnet (13 år) deltog de første ti minutter."],
                 ["\nRef.: sagsbehandleren", "\nReferat godkendt af advokaten pr. mail {date}."], True)),
    ("advokatbrev", (["Advokatfirmaet\n{cvr}\n\n{kom}\nBørn og Unge, Myndighed\n\n{town}, den {date}\n\nVedr. min klient (mor) – j.nr. {case}\n\n"],
                     ["Jeg er antaget som advokat for mor i anledning af indstillingen efter {lawanb}.",
                      "Min klient ønsker, at barnet får beskikket en børnesagkyndig.", "Jeg anmoder om aktindsigt i sagens dokumenter.",
                      "Bisidderen deltager i mødet den {dato} efter ønske fra barnet.", "Retsmødet bør ikke placeres i barnets eksamensperiode.",
                      "Vi henviser til Ankestyrelsens praksis på området.",
                      "Min klient er uenig i beskrivelsen af hjemmet i den børnefaglige undersøgelse, særligt afsnittet om sundhedsforhold.",
                      "Det fremgår ikke af sagen, at barnet er hørt, før indstillingen blev skrevet. Det bør ske efter § 5, stk. 3.",
                      "Jeg skal bede om en frist på 14 dage til at afgive bemærkninger til partshøringen.",
                      "Mor har siden maj deltaget i alle samvær og mødt stabilt op til møderne i Familieretshuset.",
                      "Jeg foreslår, at en netværksplejefamilie undersøges, før der træffes afgørelse.",
                      "Kopi af dette brev er sendt til min klient via e-Boks."],
                     ["\nMed venlig hilsen\nadvokat (L)", "\nVenlig hilsen\nAdvokatfirmaet"], False)),
    ("telefonnotater", (["Telefonnotater – sag {case}\n\n"],
                        ["{date} kl. {time}: Opkald fra mors advokat. Spørger til retsmødet.", "{date} kl. {time}: Ringede til mor. Hun har fået ny advokat.",
                         "{date} kl. {time}: Bisidderen ringede. Barnet vil have bisidder med til samtalen efter § 6.",
                         "{date} kl. {time}: Talte med den børnesagkyndige. Erklæring kommer inden fredag.",
                         "{date} kl. {time}: Telefonsvarer hos far. Lagt besked.", "{date} kl. {time}: Borgerservice viderestillede fra {switch}."],
                        ["/sagsbehandleren", "Notat ført af myndighedsrådgiveren"])),
    ("mail-headere", (["Fra: Bisidder (frivillig, Børns Vilkår)\nTil: Sagsbehandler\nSendt: {date} {time}\nEmne: Bisidder for barnet, sag {case}\n\nHej\n\n"],
                      ["Jeg er bisidder for barnet og vil gerne deltage i samtalen.", "Barnet vil ikke tale med far før retsmødet.",
                       "Mors advokat har bekræftet, at hun kan deltage {dato} kl. {time}.", "Kan indkaldelsen sendes via e-Boks?",
                       "Barnet kan også ringe til Børnetelefonen på 116 111.",
                       "Jeg har forklaret barnet, at bisidderen ikke bestemmer noget, men er med som støtte.",
                       "Vi har aftalt at mødes en halv time før samtalen {place}.",
                       "Barnet spørger, om plejemor må være med i venteværelset.",
                       "Jeg har ikke adgang til sagens akter og beder derfor om et kort resumé."],
                      ["\nVenlig hilsen\nBisidderen", "\nMvh bisidder"])),
]

C_GENRES["fritid-bornebeskyttelse"] = [
    ("underretning", (["UNDERRETNING – bekymring vedr. træner i fodboldklubben (U13)\nModtaget: {date} kl. {time}\nSag: {case}\n\n",
                       "Bekymringshenvendelse (kirkekoret)\nBarn: Barn A (11 år)\n\n"],
                      ["Træneren har flere gange tilbudt barnet kørsel hjem, også når mor har sagt nej.",
                       "Barnet fortæller, at korlederen skriver private beskeder om aftenen.",
                       "Det er uklart, om foreningen har indhentet børneattest.", "Formanden er orienteret.",
                       "Barnet vil ikke til træning og har ondt i maven om tirsdagen.", "Underretningen er vurderet inden for 24 timer.",
                       "Ved akut fare kontaktes politiet på 114 eller 112."],
                      ["\nModtaget af sagsbehandleren, {kom}.", "\nVidere forløb: {law}."])),
    ("forældreinterview", (["Samtale med forældre – Barn B (9 år)\nTil stede: mor, far, sagsbehandler\n\n"],
                           ["Sagsbehandler: Hvornår begyndte barnet i koret?\nMor: For to år siden.",
                            "Sagsbehandler: Hvordan har barnet haft det de sidste uger?\nMor: Hun sover dårligt og vil ikke til korprøve.",
                            "Sagsbehandler: Ved I, om foreningen har en politik for børneattester?\nFar: Nej, det har vi aldrig hørt om.",
                            "Mor fortæller, at korlederen har givet barnet gaver, bl.a. et gavekort til {brand}.",
                            "Sagsbehandler forklarer, at kommunen vurderer henvendelsen inden for 24 timer og kan inddrage politiet.",
                            "Forældrene giver samtykke til, at kommunen kontakter skolen og klubbens bestyrelse.",
                            "Sagsbehandler: Har barnet været alene med træneren?\nFar: Ja, til ekstratræning.",
                            "Sagsbehandler: Hvem har I talt med i klubben?\nMor: Med formanden.",
                            "Mor viser en besked sendt kl. 23.40.", "Far: Barnet er glad for at spille, men ikke for at være alene med ham."],
                           ["\nNoteret af sagsbehandleren", "\n/myndighed"])),
    ("deltagerliste-tabel", (["Børnekoret – deltagerliste (anonymiseret)\n\nBarn | Alder | Stemme\n"],
                             ["Barn {i} | 8 år | sopran", "Barn {i} | 10 år | alt", "Barn {i} | 9 år | sopran", "Barn {i} | 11 år | alt", "Barn {i} | 12 år | sopran", "Barn {i} | 7 år | sopran (ny)"],
                             ["\nLedere: korleder og organist. Børneattester indhentet {date}."])),
    ("bornattest-log", (["Børneattester – log (roller)\nrolle;indhentet;resultat\n"],
                        ["træner U9;{date};ren", "hjælpetræner;{date};ren", "korleder;{date};ikke modtaget", "musiklærer;{date};ren",
                         "chauffør ved stævner;{date};afventer samtykke"],
                        ["\nBemærk: en leder mangler attest.", "\nSendt til kommunen {date}."])),
]

C_GENRES["kontaktbog"] = [
    ("kontaktbog-indforsler", (["Kontaktbog – Barn A, klasse 3.B\n\n", "Afskrift af heftet mellem hjem og skole\n\n"],
                               ["Man {dato}: Barnet har glemt idrætstøj igen. /lærer", "Tirs {dato}: Barnet har sovet dårligt, far er flyttet. Mvh mor",
                                "Ons {dato}: Tak for besked. Barnet var glad i dag. Hilsen klasselæreren",
                                "Tors {dato}: Barnet skal hentes af mormor kl. 13.", "Fre {dato}: Husk skole-hjem-samtale i {room}.",
                                "Man {dato}: Barnet har fået lus. Vi har behandlet. Mor", "Ons {dato}: Solen skinnede, og klassen var i skoven hele dagen.",
                                "Tirs {dato}: Husk madpakke og drikkedunk til turen. Vi går ned til stranden. /lærer",
                                "Tors {dato}: Barnet har ikke fået sin {med} i morges, den er glemt hjemme hos far.",
                                "Fre {dato}: Det var en god uge. Barnet har læst to bøger og var glad. Hilsen klasselæreren",
                                "Man {dato}: Mor: Barnet har været syg i weekenden, men er frisk nu.",
                                "Ons {dato}: Der har været uro i frikvarteret; barnet blev drillet. Vi har talt med klassen."],
                               ["\nIndsat i sagen af sagsbehandleren.", ""])),
    ("aula-beskeder", (["Beskedtråd (Aula) kopieret ind i sagen\n\n"],
                       ["Klasselærer ({date} {time}): Barnet kom uden madpakke igen.", "Mor ({date} {time}): Undskyld. Det er kaos herhjemme.",
                        "Klasselærer ({date} {time}): Kan du komme til møde torsdag kl. {time}?", "Mor ({date} {time}): Ja. Min søster kommer med.",
                        "Klasselærer ({date} {time}): Barnet fortalte, at far har været vred. Jeg har talt med kommunen."],
                       ["", "\n(tråd slut)"])),
    ("notat-om-kontaktbog", (["Notat om kontaktbogen\nElev: Barn B (8 år), klasse 2.A\nSag: {case}\n\n"],
                             ["Indførslerne viser, at barnet ofte møder uden morgenmad.", "Mor skriver, at hun er alene med børnene.",
                              "Læreren har skrevet 14 gange om manglende lektier.", "Barnet er udredt for {icd} og får {med}.",
                              "Kopien er scannet og lagt på sagen.", "Sagen følges op med en afdækning efter § 19.", "Skolen oplyser, at barnet er udredt ({icd}) og tager {med} i skoletiden."],
                             ["\n/sagsbehandleren", "\nSocialrådgiver, {switch}"])),
]


COMMON_CLEAN = [
    "Sagen er drøftet på teammødet {date} med faglig koordinator; næste opfølgning er {dato}.",
    "Barnets plan efter § 91 revideres inden for seks måneder.",
    "Mor er orienteret om, at hun kan ringe til {switch} i åbningstiden.",
    "Ved akut bekymring uden for åbningstid ringes 112 eller til den sociale døgnvagt.",
    "Efter aftale deltager {helper} i næste netværksmøde, som holdes {place}.",
    "Glad stemning på afdelingen; de unge havde været i skoven og i haven hele eftermiddagen.",
    "Maj og juni bliver travle måneder med eksaminer og ferieplanlægning.",
    "Sidste gang var mødet flyttet pga. storm, så det holdes nu {dato} kl. {time}.",
    "Jul og nytår planlægges i god tid, så barnet ved, hvor det skal være.",
    "Det noteres, at barnet ({age}) selv har været med til at formulere målene.",
    "Udgiften på {bigkr} konteres under sag {case}.",
    "Børnetelefonen 116 111 er nævnt for barnet som mulighed.",
]
PROSE = {"mentornotater", "telefonnotat-imam-praest", "referat", "telefonnotater", "underretning", "notat-om-kontaktbog"}


def make_clean_fn2(name, spec):
    heads, blocks, foots = spec[0], spec[1], spec[2]
    numbered = spec[3] if len(spec) > 3 else False
    if name in PROSE:
        blocks = blocks + COMMON_CLEAN

    def f(rng, c, n):
        return cbuild(rng, c, n, heads, blocks, foots, numbered=numbered)
    return f


CLEAN_GENRES = [(g, [(name, make_clean_fn2(name, spec)) for name, spec in C_GENRES[g]]) for g, _a, _b, _s in PLANTED_GENRES]

# ================================================================== INSTITUTIONS
INST = [("Egebjerg Efterskole", "efterskole"), ("Opholdsstedet Fyrtårnet", "opholdssted"), ("Børnehuset Mælkebøtten", "daginstitution"),
        ("Den Private Skole ved Fjorden", "privatskole"), ("Opholdsstedet Havgården", "opholdssted"), ("Plejefamilieforeningen Trygge Rammer", "plejefamilieorganisation"),
        ("Ungeklubben Værkstedet", "klub"), ("Friskolen i Lindved", "friskole"), ("Bakkegårdens Behandlingshjem", "behandlingshjem"),
        ("Vestjysk Idrætsefterskole", "efterskole"), ("Naturbørnehaven Krudtuglen", "daginstitution"), ("Skolehjemmet Solsikken", "skolehjem"),
        ("Boldklubben Nordstjernen", "klub"), ("Familieplejen Kompasset", "plejefamilieorganisation"),
        ("Opholdsstedet Ankerpladsen", "opholdssted"), ("Lilleskolen ved Åen", "privatskole"), ("Musikefterskolen Klangbunden", "efterskole"),
        ("Den Integrerede Institution Regnbuen", "daginstitution"), ("Bosted Udsigten", "bosted"), ("Spejdergruppen Tranerne", "klub"),
        ("Ungdomspensionen Kilden", "opholdssted"), ("Friplejehjemmet", "x")]
INST = [i for i in INST if i[1] != "x"]

SCHOOL = ["efterskole", "privatskole", "friskole"]
HOME = ["opholdssted", "behandlingshjem", "skolehjem", "bosted"]
INST_TPL = [
    ("Barn A har siden {date} gået i {I1} og trives ifølge skolen fagligt og socialt.", SCHOOL, None),
    ("Ung B (16 år) er indskrevet på {I1} fra august; kommunen betaler {bigkr} pr. måned efter aftale.", ["efterskole"] + HOME, None),
    ("Forældrene ønsker skift fra {I1} til {I2}. Sagsbehandleren undersøger, om der er plads.", SCHOOL, SCHOOL),
    ("Anbringelsesstedet er {I1}. Skolegang foregår i {I2}, som ligger ti minutter væk.", HOME, ["privatskole", "friskole"]),
    ("Der er holdt netværksmøde på {I1} med deltagelse af kontaktpædagogen og mor.", HOME + ["daginstitution"], None),
    ("{I1} har sendt statusrapport for perioden; rapporten ligger på sag {case}.", HOME, None),
    ("Barnet går til fritidsaktiviteter i {I1} to gange om ugen og er glad for de voksne dér.", ["klub"], None),
    ("Efter et år på {I1} flytter Ung A til {I2} i forbindelse med efterværn.", ["opholdssted", "behandlingshjem", "skolehjem"], ["bosted"]),
    ("Plejefamilien er tilknyttet {I1}, som står for supervision og kurser.", ["plejefamilieorganisation"], None),
    ("Socialtilsynet har været på uanmeldt tilsyn på {I1} den {dato}; der var ingen bemærkninger.", HOME, None),
    ("Barn C (4 år) er visiteret til {I1}; opstart sker med forældrene til stede den første uge.", ["daginstitution"], None),
    ("Ung A (17 år) bor på {I1} og går til fritidsaktiviteter i {I2} om tirsdagen.", HOME + ["efterskole"], ["klub"]),
]

# ================================================================== driver and checks
BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}


def flatten(parts, acc=None):
    if acc is None:
        acc = []
    for p in parts:
        if isinstance(p, list):
            flatten(p, acc)
        else:
            acc.append(p)
    return acc


def assemble(parts):
    text, spans = "", []
    for p in flatten(parts):
        if isinstance(p, tuple):
            k, s = p
            spans.append({"kind": k, "text": s, "start": len(text), "end": len(text) + len(s)})
            text += s
        else:
            text += p
    return text, spans


def wc(t):
    return len(t.split())


PHONE_RES = [re.compile(p) for p in [r"(?<![\w.,+])\d{8}(?![\w])", r"(?<![\w.,])\d{2}( \d{2}){3}(?!\w)", r"(?<![\w.])\d{2}(\.\d{2}){3}(?![\w])",
                                     r"(?<![\w-])\d{2}(-\d{2}){3}(?![\w-])", r"(?<![\w.,])\d{4}[ -]\d{4}(?!\w)", r"\+\d{2,3}[ \d]{6,}\d",
                                     r"(?<!\w)0045 ?\d"]]
CPR_RES = [re.compile(p) for p in [r"(?<!\w)\d{6} ?- ?\d{4}(?!\w)", r"(?<!\w)\d{6} \d{4}(?!\w)", r"(?<!\w)\d{10}(?!\w)",
                                   r"(?<!\w)\d{2}\.\d{2}\.\d{2}-\d{4}(?!\w)", r"(?<!\w)\d{2} \d{2} \d{2} \d{4}(?!\w)"]]
DOB_RE = re.compile(r"(?i)(?<!\w)(født|f\.|fødselsdato:?)\s*(den\s+)?(\d)")


def wb_find(text, s, cs=True):
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]


def inside(pos, end, spans):
    return any(sp["start"] <= pos and end <= sp["end"] for sp in spans)


def check_text(text, spans, allowed, band, street_re):
    errs = []
    prev = -1
    for sp in spans:
        if text[sp["start"]:sp["end"]] != sp["text"]:
            errs.append("offset")
        if sp["start"] < prev:
            errs.append("overlap")
        prev = sp["end"]
        if sp["text"] != sp["text"].strip() or not sp["text"]:
            errs.append("ws")
        if sp["kind"] not in allowed:
            errs.append("kind")
    w = wc(text)
    if not (band[0] <= w <= band[1]):
        errs.append("band %d" % w)
    for sp in spans:
        for pos in wb_find(text, sp["text"]):
            if not inside(pos, pos + len(sp["text"]), spans):
                errs.append("unplanted copy " + sp["text"])
    for nmx in POOL_NAMES:
        for form in (nmx, nmx.upper()):
            for pos in wb_find(text, form):
                if not inside(pos, pos + len(form), spans):
                    errs.append("pool name " + form)
    for rx in PHONE_RES + CPR_RES:
        for m in rx.finditer(text):
            if inside(m.start(), m.end(), spans):
                continue
            if m.group(0).strip() in PL.WHITELIST:
                continue
            errs.append("number " + m.group(0))
    for i, ch in enumerate(text):
        if ch == "@" and not inside(i, i + 1, [s for s in spans if s["kind"] == "email"]):
            errs.append("@")
    for m in street_re.finditer(text):
        if not inside(m.start(), m.end(), [s for s in spans if s["kind"] == "address"]):
            errs.append("street+number " + m.group(0))
    for m in DOB_RE.finditer(text):
        if not inside(m.start(3), m.end(3), spans):
            errs.append("dob-unplanted " + m.group(0))
    return errs


STREET_RE = re.compile(r"(?i)(?<!\w)(" + "|".join(re.escape(s) for s in PL.STREETS) + r")\s+\d")


ROT = {}
FAILS = {}


def build_one(rng, kind, genre, band_name, fmts, cast_args):
    lo, hi = BANDS[band_name]
    last = None
    base = ROT.get((kind, genre), 0)
    for attempt in range(400):
        fname, fn = fmts[(base + attempt // 8) % len(fmts)]
        c = Cast(rng, *cast_args) if cast_args else Cast(rng)
        target = rng.randint(lo, lo + {30: 15, 81: 20, 151: 25}[lo])
        for n in range(1, 40):
            _ORDER.clear()
            text, spans = assemble(fn(rng, c, n))
            w = wc(text)
            if w >= target:
                break
        if not (lo <= w <= hi):
            FAILS[(kind, fname, "band")] = FAILS.get((kind, fname, "band"), 0) + 1
            continue
        allowed = ["name", "phone", "email", "address", "dob", "cpr"] if kind == "p" else []
        errs = check_text(text, spans, allowed, (lo, hi), STREET_RE)
        if errs:
            last = errs
            FAILS[(kind, fname, errs[0][:40])] = FAILS.get((kind, fname, errs[0][:40]), 0) + 1
            continue
        ROT[(kind, genre)] = base + 1
        return fname, text, spans
    raise RuntimeError("could not build %s %s %s: %s" % (kind, genre, band_name, last))


def main():
    planted, clean, inst = [], [], []
    meta = []
    order = ["short", "medium", "long"]
    for i in range(240):
        g = PLANTED_GENRES[i % 6]
        band = order[(i // 6 + i % 6) % 3]
        fname, text, spans = build_one(R, "p", g[0], band, g[3], (g[1], g[2]))
        planted.append({"id": "%s-p%03d" % (CORPUS, i + 1), "text": text, "planted": spans})
        meta.append(("p", g[0], fname, band))
    for i in range(240):
        g = CLEAN_GENRES[i % 6]
        band = order[(i // 6 + i % 6) % 3]
        fname, text, spans = build_one(R, "c", g[0], band, g[1], None)
        clean.append({"id": "%s-c%03d" % (CORPUS, i + 1), "text": text, "planted": []})
        meta.append(("c", g[0], fname, band))
    # institutions
    for i in range(30):
        for attempt in range(200):
            tpl, k1, k2 = INST_TPL[(i + attempt) % len(INST_TPL)]
            a = R.choice([x for x in INST if x[1] in k1])
            b = R.choice([x for x in INST if x[1] in (k2 or k1) and x != a])
            c = Cast(R)
            parts = []
            pos = 0
            for m in re.finditer(r"\{(I1|I2)\}", tpl):
                parts.append(rc(R, c, tpl[pos:m.start()]))
                parts.append(("institution", a[0] if m.group(1) == "I1" else b[0]))
                pos = m.end()
            parts.append(rc(R, c, tpl[pos:]))
            text, spans = assemble(parts)
            errs = check_text(text, spans, ["institution"], (12, 40), STREET_RE)
            if not errs:
                break
        else:
            raise RuntimeError("inst " + str(errs))
        inst.append({"id": "%s-i%03d" % (CORPUS, i + 1), "text": text, "planted": spans})
    # cross-file check: no planted phone/address/dob/cpr/email text in clean texts
    ptexts = []
    for r_ in planted:
        for sp in r_["planted"]:
            if sp["kind"] != "name" and sp["text"] not in ptexts:
                ptexts.append(sp["text"])
    for r_ in clean:
        for s in ptexts:
            if s in r_["text"]:
                raise RuntimeError("planted value in clean text %s: %s" % (r_["id"], s))
        for nmx in POOL_NAMES:
            assert not wb_find(r_["text"], nmx), (r_["id"], nmx)
    # totals
    tot = {}
    for r_ in planted:
        for sp in r_["planted"]:
            tot[sp["kind"]] = tot.get(sp["kind"], 0) + 1
    allsp = sum(tot.values())
    print("totals", json.dumps(tot, sort_keys=True), "all", allsp)
    assert 3000 <= allsp <= 4500, allsp
    for k, m in [("phone", 250), ("address", 250), ("dob", 250), ("cpr", 120), ("email", 120)]:
        assert tot.get(k, 0) >= m, (k, tot.get(k, 0))
    assert tot["name"] == max(tot.values())
    for fn, rows in [("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)]:
        with open(os.path.join(OUT, fn), "w", encoding="utf-8", newline="\n") as fh:
            for r_ in rows:
                fh.write(json.dumps(r_, ensure_ascii=False) + "\n")
    fc = {}
    for m in meta:
        fc[m] = fc.get(m, 0) + 1
    if os.environ.get("BLIND51_DEBUG"):
        for m in sorted(fc):
            print("format", "\t".join(m), fc[m])
    if os.environ.get("BLIND51_DEBUG"):
        for k in sorted(FAILS):
            print("redraw", k, FAILS[k])
    for fn in ["planted.jsonl", "clean.jsonl", "institutions.jsonl"]:
        print(fn, hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
