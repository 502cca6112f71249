"""Generate the blind39 held-out corpus (planted, clean, institutions). Python 3.11 stdlib only."""
import json, os, random, re, sys, hashlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import *

# ====================== persons and renderers

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende",
       "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende",
       "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]
DIGW = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
INI_BLOCK = {"OK", "TV", "ST", "TH", "MF", "DK", "SU", "PPR", "SSP", "ICS", "SOS", "BU", "AM", "PM", "KL",
             "NB", "MB", "ID", "IT", "EU", "HR", "FO", "GL", "SMS", "MP", "OG", "JA", "NEJ", "MED"}
WORDNAMES = set()
for _o in ("dk_word",):
    for _l in ORIGINS[_o]:
        WORDNAMES.update(_l)
ALL_FIRST, ALL_LAST = [], []
for _o, (_fe, _ma, _su) in ORIGINS.items():
    for x in _fe + _ma:
        if x not in ALL_FIRST:
            ALL_FIRST.append(x)
    for x in _su:
        if x not in ALL_LAST:
            ALL_LAST.append(x)
POOL_NAMES = ALL_FIRST + [x for x in ALL_LAST if x not in ALL_FIRST] + list(NICKNAMES.values())
ALL_STREETS = STREETS_TOWN + STREETS_RURAL + [s for s, _ in STREETS_GL] + [s for s, _ in STREETS_FO]

TR = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "á": "a", "í": "i", "ó": "o", "ú": "u", "ð": "d",
                    "ł": "l", "ś": "s", "ż": "z", "ą": "a", "ę": "e", "ń": "n", "ı": "i", "ş": "s", "ç": "c",
                    "ö": "o", "ü": "u", "ğ": "g", "ț": "t", "ž": "z", "č": "c", "ć": "c", "é": "e", "'": "",
                    " ": "", "-": ""})


def asc(s):
    return s.lower().translate(TR)


class Person:
    pass


class World:
    def __init__(self, rng):
        self.rng = rng
        self.used_names = []

    def person(self, origin, gender=None, kind="adult", home="dk", last=None, byear=None):
        r = self.rng
        p = Person()
        p.origin = origin
        p.gender = gender or r.choice("fm")
        fe, ma, su = ORIGINS[origin]
        p.first = r.choice(fe if p.gender == "f" else ma)
        p.last = last or r.choice(su)
        if origin == "gl" and r.random() < 0.25 and last is None:  # double surname, Greenlandic style
            p.last = r.choice(su) + " " + p.last if r.random() < 0.5 else p.last
        p.kind = kind
        if byear is None:
            byear = {"child": r.randint(2007, 2021), "young": r.randint(2008, 2012),
                     "adult": r.randint(1966, 1996), "pro": r.randint(1965, 1995),
                     "aupair": r.randint(1998, 2006)}[kind]
        m = r.randint(1, 12)
        d = r.randint(1, MDAYS[m - 1])
        p.dob = (byear, m, d)
        p.home = home
        # CPR
        yy = byear % 100
        if byear >= 2000:
            c7 = r.choice([4, 5, 6, 7, 8, 9])
        else:
            c7 = r.choice([0, 1, 2, 3])
        rest = [r.randint(0, 9), r.randint(0, 9)]
        last_d = r.choice([1, 3, 5, 7, 9]) if p.gender == "m" else r.choice([0, 2, 4, 6, 8])
        p.cpr = "%02d%02d%02d" % (d, m, yy) + "%d%d%d%d" % (c7, rest[0], rest[1], last_d)
        # phone digits
        if home in ("gl", "fo"):
            p.phone = str(r.choice([2, 4, 5]) if home == "gl" else r.choice([2, 5, 7])) + "".join(
                str(r.randint(0, 9)) for _ in range(5))
            p.prefix = FOREIGN_PHONE[home]
        elif home == "foreign":
            p.prefix = FOREIGN_PHONE.get(origin, "+49")
            n = {"+48": 9, "+380": 9, "+40": 9, "+63": 10, "+66": 9, "+44": 10, "+84": 9, "+387": 8}.get(p.prefix, 10)
            first = {"+63": "9", "+44": "7", "+48": "5", "+40": "7", "+380": "6", "+66": "8", "+84": "9", "+387": "6"}
            p.phone = first.get(p.prefix, "1") + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
        else:
            p.prefix = "+45"
            p.phone = str(r.choice([2, 2, 3, 4, 5, 6, 9, 8, 7])) + "".join(str(r.randint(0, 9)) for _ in range(7))
        self.email(p)
        # address
        p.addr = self.address(home)
        self.n = getattr(self, 'n', 0) + 1
        p.id = self.n
        return p

    def email(self, p):
        r = self.rng
        kind, origin, home, byear = p.kind, p.origin, p.home, p.dob[0]
        fa, la = asc(p.first), asc(p.last)
        if kind == "pro":
            ini = (p.first[0] + p.last[0] + r.choice("abdeghijklmnprstv")).lower()
            p.email = r.choice([ini, fa + "." + la, fa[:3] + la[:3]]) + "@" + r.choice(KOMMUNE_DOMAINS)
        else:
            dom = r.choice(ORIGIN_DOMAINS.get(origin, PRIVATE_DOMAINS) if home != "dk" else PRIVATE_DOMAINS)
            loc = r.choice([fa + "." + la, fa + la + str(byear % 100).zfill(2), fa + "_" + la[:1],
                            fa[:1] + la + str(r.randint(1, 99)), fa + "." + la[:4] + str(byear),
                            la + fa[:2] + str(r.randint(10, 999))])
            p.email = loc.replace("..", ".") + "@" + dom

    def address(self, home):
        r = self.rng
        n = r.randint(1, 140)
        if home == "gl":
            s, town = r.choice(STREETS_GL)
            return ("gl", s, str(n), r.choice(["", "", ", lejl. %d" % r.randint(1, 40), ", 2. sal"]), town)
        if home == "fo":
            s, town = r.choice(STREETS_FO)
            return ("fo", s, str(n), "", town)
        if home == "foreign":
            return ("foreign", None, str(n), "", None)
        if home == "rural":
            s = r.choice(STREETS_RURAL)
            loc = r.choice(VILLAGE_LOCAL) if r.random() < 0.4 else ""
            return ("rural", s, str(r.randint(2, 190)), loc, r.choice(VILLAGES))
        s = r.choice(STREETS_TOWN)
        num = str(n) + (r.choice("ABCD") if r.random() < 0.2 else "")
        fl = r.choice(["", "", "", ", st. tv.", ", 1. th.", ", 2. tv", ", 3. mf.", ", 1.", ", 4. th", ", st."])
        return ("dk", s, num, fl, r.choice(TOWNS))


# ---------------- renderers -----------------
def fmt_dob(r, dob, style=None):
    y, m, d = dob
    styles = ["dot", "dot", "dash", "slash", "iso", "long", "long", "short", "en1", "en2", "spoken", "dot1",
              "slash2"]
    st = style or r.choice(styles)
    if st == "dot":
        return "%02d.%02d.%d" % (d, m, y)
    if st == "dot1":
        return "%d.%d.%02d" % (d, m, y % 100)
    if st == "dash":
        return "%02d-%02d-%d" % (d, m, y)
    if st == "slash":
        return "%d/%d-%d" % (d, m, y)
    if st == "slash2":
        return "%02d/%02d/%d" % (d, m, y)
    if st == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if st == "long":
        return "%d. %s %d" % (d, MONTHS[m - 1], y)
    if st == "short":
        return "%02d/%02d-%02d" % (d, m, y % 100)
    if st == "en1":
        return "%d %s %d" % (d, EN_MONTHS[m - 1], y)
    if st == "en2":
        return "%s %d, %d" % (EN_MONTHS[m - 1], d, y)
    return "%s %s %d" % (ORD[d - 1], MONTHS[m - 1], y)


def fmt_cpr(r, c):
    st = r.choice(["dash", "dash", "dash", "space", "plain", "dots", "groups", "dash2"])
    if st == "dash":
        return c[:6] + "-" + c[6:]
    if st == "space":
        return c[:6] + " " + c[6:]
    if st == "plain":
        return c
    if st == "dots":
        return c[:2] + "." + c[2:4] + "." + c[4:6] + "-" + c[6:]
    if st == "groups":
        return c[:2] + " " + c[2:4] + " " + c[4:6] + " " + c[6:]
    return c[:2] + c[2:4] + c[4:6] + "–" + c[6:]


def fmt_phone(r, p, spoken_ok=False):
    d = p.phone
    if p.prefix in ("+299", "+298"):
        st = r.choice(["p2", "p2", "pplain", "00", "local"])
        g = d[:2] + " " + d[2:4] + " " + d[4:]
        if st == "p2":
            return p.prefix + " " + g
        if st == "pplain":
            return p.prefix + " " + d
        if st == "00":
            return "00" + p.prefix[1:] + " " + g
        return g
    if p.prefix != "+45":
        if len(d) == 10:
            return p.prefix + " " + d[:3] + " " + d[3:6] + " " + d[6:]
        if len(d) == 9:
            return p.prefix + " " + d[:3] + " " + d[3:6] + " " + d[6:] if r.random() < 0.6 else p.prefix + d
        return p.prefix + " " + d[:2] + " " + d[2:5] + " " + d[5:]
    sts = ["plain", "g2", "g2", "g4", "dots", "dash", "p45g2", "p45plain", "0045", "p45g4", "paren"]
    if spoken_ok:
        sts += ["spoken"]
    st = r.choice(sts)
    g2 = " ".join(d[i:i + 2] for i in range(0, 8, 2))
    if st == "plain":
        return d
    if st == "g2":
        return g2
    if st == "g4":
        return d[:4] + " " + d[4:]
    if st == "dots":
        return ".".join(d[i:i + 2] for i in range(0, 8, 2))
    if st == "dash":
        return "-".join(d[i:i + 2] for i in range(0, 8, 2))
    if st == "p45g2":
        return "+45 " + g2
    if st == "p45plain":
        return "+45" + d
    if st == "0045":
        return "0045 " + d[:4] + " " + d[4:]
    if st == "p45g4":
        return "+45 " + d[:4] + " " + d[4:]
    if st == "paren":
        return "(+45) " + d
    return ", ".join(DIGW[int(d[i])] + " " + DIGW[int(d[i + 1])] for i in range(0, 8, 2))


def fmt_addr(r, p, twoline_ok=True):
    a = p.addr
    kind, s, n, extra, town = a
    if kind == "foreign":
        tpl = [t for o, t in FOREIGN_ADDR if o == p.origin] or [t for o, t in FOREIGN_ADDR]
        return r.choice(tpl).format(n=n)
    if kind == "gl":
        return r.choice([f"{s} {n}{extra}, {town}", f"{s} {n}{extra}, {town}, Grønland", f"B-{int(n)*7+100}, {town}"
                         if False else f"{s} {n}{extra}, {town}"])
    if kind == "fo":
        return r.choice([f"{s} {n}, {town}", f"{s} {n}, FO-{town}", f"{s} {n}, {town}, Færøerne"])
    if kind == "rural":
        loc = (", " + extra) if extra else ""
        st = r.choice(["one", "one", "two", "nopost", "lower"])
        if st == "two" and twoline_ok:
            return f"{s} {n}{loc}\n{town}"
        if st == "nopost":
            return f"{s} {n}{loc}"
        if st == "lower":
            return f"{s.lower()} {n} {town.lower()}"
        return f"{s} {n}{loc}, {town}"
    st = r.choice(["one", "one", "one", "two", "nopost", "sloppy", "comma"])
    if st == "two" and twoline_ok:
        return f"{s} {n}{extra}\n{town}"
    if st == "nopost":
        return f"{s} {n}{extra}"
    if st == "sloppy":
        return f"{s.lower()} {n}{extra.replace(',', '')} {town}"
    if st == "comma":
        return f"{s} {n}{extra} {town}"
    return f"{s} {n}{extra}, {town}"


def initials(p, r):
    parts = [x for x in re.split(r"[ \-]", p.first + " " + p.last) if x and x[0].isalpha()]
    ini = "".join(x[0].upper() for x in parts)
    if len(ini) < 2:
        ini = (p.first[:1] + p.last[:2]).upper()
    if len(ini) > 3:
        ini = ini[:3]
    return ini


def misspell(r, s):
    if len(s) < 5 or " " in s:
        return None
    i = r.randint(1, len(s) - 3)
    op = r.choice(["swap", "double", "drop"])
    if op == "swap":
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    elif op == "double":
        t = s[:i] + s[i] + s[i:]
    else:
        t = s[:i] + s[i + 1:]
    if t == s or t in POOL_NAMES:
        return None
    return t


def name_parts(r, p, form, seen):
    """Return list of parts for a mention. parts: str or ('name', s)."""
    first, last = p.first, p.last
    if form == "auto":
        if p.id not in seen:
            form = r.choice(["full", "full", "full", "lastfirst", "caps", "full"])
        else:
            form = r.choice(["first", "first", "first", "first", "first", "last", "title", "nick", "misspell",
                             "lower", "full", "initials"])
    seen.add(p.id)
    if form == "nick":
        nk = NICKNAMES.get(first)
        form = "first" if not nk else form
        if nk:
            return [("name", nk)]
    if form == "misspell":
        t = misspell(r, first)
        if t:
            return [("name", t)]
        form = "first"
    if form == "lower":
        if first in WORDNAMES or any(c in first for c in " -"):
            form = "first"
        else:
            return [("name", first.lower())]
    if form == "full":
        return [("name", first + " " + last)]
    if form == "first":
        return [("name", first)]
    if form == "last":
        return [("name", last)]
    if form == "lastfirst":
        return [("name", last + ", " + first)]
    if form == "caps":
        return [("name", (first + " " + last).upper())]
    if form == "initials":
        ini = initials(p, r)
        if ini in INI_BLOCK:
            return [("name", first)]
        if r.random() < 0.4:
            return [("name", ".".join(ini) + ".")]
        return [("name", ini)]
    if form == "title":
        t = "fru" if p.gender == "f" else "hr."
        return [t + " ", ("name", last)]
    if form == "gen":
        if first[-1] in "sxzSXZ":
            return [("name", first), "'"]
        return [("name", first + "s")]
    return [("name", first)]


OUT = os.path.dirname(os.path.abspath(__file__))
CORPUS = "blind39"
rng = random.Random(3939)
W = World(rng)
BANDS = [(30, 80), (81, 150), (151, 300)]
GENRES = ["flyt", "land", "mp", "lek", "klub", "aupair"]
ROLEWORD = {"c": "Barn", "c2": "Søskende", "m": "Mor", "f": "Far", "r": "Pårørende", "sb": "Rådgiver",
            "pr": "Fagperson", "nb": "Nabo", "w": "Medhjælper", "y1": "Ung", "y2": "Ung", "y3": "Ung",
            "tu": "Frivillig", "tu2": "Frivillig", "kw": "Klubmedarbejder", "kw2": "Klubmedarbejder",
            "ap": "Au pair", "h1": "Værtsmor", "h2": "Værtsfar", "lo": "Logerende"}
FAM_ORIG = ["dk"] * 7 + ["dk_rare"] * 2 + ["dk_word"] * 2 + ["so", "ar", "ku", "tr", "af", "pk", "pl", "ua",
            "ro", "ba", "er", "vn", "th", "ph", "en", "gl", "fo"]

# ------------------------------------------------------------------ casts
def fam(orig, home="dk", kids=("c", "c2"), kidkind="child", kidg=None):
    r = rng
    m = W.person(orig, "f", "adult", home)
    f_orig = orig if r.random() < 0.75 else r.choice(FAM_ORIG)
    f = W.person(f_orig, "m", "adult", home)
    if r.random() < 0.5:
        f.addr = m.addr
    cast = {"m": m, "f": f}
    sur = r.choice([m.last, f.last])
    for k in kids:
        c = W.person(orig, (kidg or {}).get(k), kidkind, home, last=sur)
        c.addr = m.addr
        cast[k] = c
    return cast


def pro(orig=None, home="dk"):
    return W.person(orig or rng.choice(["dk"] * 6 + ["dk_rare", "dk_word", "ar", "tr", "pl", "gl", "so", "en"]),
                    None, "pro", home)


def make_cast(g):
    r = rng
    if g == "flyt":
        orig = r.choice(["gl", "gl", "gl", "fo", "fo"])
        cast = fam(orig)
        cast["m"].old = W.person(orig, "f", "adult", orig)
        cast["f"].old = W.person(orig, "m", "adult", orig)
        if r.random() < 0.4:
            cast["f"] = W.person(orig, "m", "adult", orig)
        cast["r"] = W.person(orig, "f", "adult", orig, byear=r.randint(1950, 1975))
        cast["pr"] = pro(orig, orig)
        cast["sb"] = pro()
    elif g == "land":
        orig = r.choice(["dk"] * 5 + ["dk_rare", "dk_word", "dk_word", "nl" if False else "dk"])
        cast = fam(orig, "rural", kidg={"c": "m"})
        cast["nb"] = W.person(r.choice(["dk", "dk", "dk_rare", "dk_word"]), None, "adult", "rural")
        cast["w"] = W.person(r.choice(["pl", "ro", "ua", "ph"]), None, "adult", "dk")
        cast["w"].addr = cast["m"].addr
        cast["r"] = W.person(orig, "f", "adult", "rural", last=cast["f"].last, byear=r.randint(1945, 1960))
        cast["pr"] = pro()
        cast["sb"] = pro()
    elif g == "mp":
        orig = r.choice(FAM_ORIG)
        cast = fam(orig, kids=("y1",), kidkind="young")
        cast["y2"] = W.person(r.choice(FAM_ORIG), None, "young")
        cast["y3"] = W.person(r.choice(FAM_ORIG), None, "young")
        cast["pr"] = pro()
        cast["sb"] = pro()
    elif g == "lek":
        orig = r.choice(FAM_ORIG)
        cast = fam(orig, kidg={"c2": "m"})
        cast["tu"] = W.person(r.choice(["dk", "dk", "dk_rare", "en", "dk_word", "ar"]), None, "adult",
                              byear=r.randint(1950, 2004))
        cast["tu2"] = W.person(r.choice(["dk", "dk", "dk_rare", "tr", "vn"]), None, "adult", byear=r.randint(1950, 2004))
        cast["r"] = W.person(orig, None, "adult")
        cast["pr"] = pro()
        cast["sb"] = pro()
    elif g == "klub":
        orig = r.choice(FAM_ORIG)
        cast = fam(orig, kids=("y1",), kidkind="young", kidg={"y1": "m"})
        cast["y2"] = W.person(r.choice(FAM_ORIG), None, "young")
        cast["y3"] = W.person(r.choice(FAM_ORIG), "m", "young")
        cast["r"] = W.person(cast["y3"].origin, "f", "adult", last=cast["y3"].last, byear=r.randint(1997, 2004))
        cast["kw"] = pro()
        cast["kw2"] = pro()
        cast["pr"] = pro()
        cast["sb"] = pro()
    else:
        orig = r.choice(["dk"] * 4 + ["dk_rare", "dk_word", "en", "ar"])
        h = fam(orig, kids=("c",))
        cast = {"h1": h["m"], "h2": h["f"], "c": h["c"], "m": h["m"]}
        ao = r.choice(["ph", "ph", "ua", "pl", "th", "ro", "en", "vn"])
        ap = W.person(ao, "f" if r.random() < 0.8 else "m", "aupair", "dk")
        ap.addr = h["m"].addr
        ap.old = W.person(ao, ap.gender, "aupair", "foreign")
        cast["ap"] = ap
        cast["r"] = W.person(ao, "f", "adult", "foreign", last=ap.last)
        cast["lo"] = W.person(r.choice(["dk", "dk", "pl", "dk_rare", "ro"]), "m", "adult")
        cast["pr"] = pro()
        cast["sb"] = pro()
    firsts = []
    for k in list(cast):
        p = cast[k]
        if k == "m" and g == "aupair":
            continue
        tries = 0
        while (p.first in firsts or any(p.first in x or x in p.first for x in firsts)) and tries < 30:
            fe, ma, su = ORIGINS[p.origin]
            p.first = r.choice(fe if p.gender == "f" else ma)
            tries += 1
        if tries:
            W.email(p)
        firsts.append(p.first)
    return cast

# ------------------------------------------------------------------ look-alike fillers
LAWS = ["§ 20 i barnets lov", "barnets lov § 32", "§ 18 i barnets lov", "§ 133", "servicelovens § 50",
        "barnets lov § 46", "§ 91 i barnets lov", "§ 137, stk. 2", "§ 5, stk. 3", "§ 19", "§ 30", "§ 135",
        "serviceloven § 52, stk. 3", "§ 136", "barnets lov § 47"]
ICD = ["F90.0", "F84.0", "F41.1", "Z63.8", "F32.1", "F43.1", "F93.8", "E10.9", "J45.9", "F81.0"]
MED = ["Concerta 36 mg", "Melatonin 3 mg", "Ritalin 10 mg", "Elvanse 30 mg", "Strattera", "Ventoline",
       "Sertralin 50 mg", "Circadin"]
MONTH_IN = ["januar", "februar", "marts", "april", "juni", "august", "september", "oktober", "november"]


def filler(name, st):
    r = rng
    if name == "time":
        st["t"] = st.get("t", r.randint(14 * 60, 19 * 60)) + r.randint(3, 40)
        t = st["t"] % (24 * 60)
        return "%02d%s%02d" % (t // 60, st.setdefault("tsep", r.choice([".", ":"])), t % 60)
    if name == "date":
        y = r.choice([2025, 2026])
        m = r.randint(1, 12)
        d = r.randint(1, MDAYS[m - 1])
        return r.choice(["%d. %s %d" % (d, MONTHS[m - 1], y), "%02d.%02d.%d" % (d, m, y), "%d/%d" % (d, m),
                         "d. %d.%d" % (d, m)])
    if name == "law":
        return r.choice(LAWS)
    if name == "icd":
        return r.choice(ICD)
    if name == "med":
        return r.choice(MED)
    if name == "case":
        return r.choice(["27.12.00-G01-%d-25" % r.randint(10, 999), "BU-%d-%04d" % (r.choice([2025, 2026]), r.randint(1, 9999)),
                         "sag %d/%d" % (r.randint(100, 999), r.choice([25, 26]))])
    if name == "cvr":
        return "%d" % r.randint(20000000, 45999999)
    if name == "amount":
        return r.choice(["%d.%03d kr." % (r.randint(1, 40), r.randint(0, 19) * 50), "kr. %d,00" % r.randint(50, 950),
                         "%d kr." % (r.randint(2, 99) * 50)])
    if name == "room":
        return r.choice(["lokale %d.%02d" % (r.randint(1, 3), r.randint(1, 30)), "mødelokale %d" % r.randint(1, 9),
                         "rum %d" % r.randint(101, 340), "multisalen"])
    if name == "klasse":
        return "%d.%s" % (r.randint(0, 9), r.choice("abcd"))
    if name == "month":
        return r.choice(MONTH_IN)
    if name == "age":
        return str(r.randint(4, 17))
    if name == "agead":
        return str(r.randint(19, 29))
    if name == "km":
        return str(r.randint(3, 19))
    if name == "matr":
        return "%d%s %s By, %s" % (r.randint(1, 40), r.choice("abcdefg"), *(lambda v: (v, v))(r.choice(VILLAGE_LOCAL)))
    if name == "pct":
        return str(r.randint(6, 31))
    if name == "cnt":
        return str(r.randint(8, 40))
    raise KeyError(name)


CLEAN_EXTRA = [
    "Ved akut sygdom uden for lægens åbningstid ringes 1813.", "Barnet er informeret om Børnetelefonen, 116 111.",
    "Ved akut fare ringes altid 112; politiet kan i øvrigt kontaktes på 114.",
    "Kommunens hovednummer er oplyst til familien.", "Københavns Kommune har oplyst sit hovednummer, 33 66 33 66.",
    "Henvendelse kan ske via borger.dk eller Digital Post.", "EAN-nr. {ean} anvendes ved fakturering af indsatsen.",
    "Journalnr. {case}.", "Afgørelsen er truffet {date} efter {law}.", "Mødet afholdes {date} kl. {time} i {room}.",
    "Barnet er diagnosticeret med {icd} og får {med}.", "Udgiften på {amount} afholdes af kommunen.",
    "Sagen behandles af myndighedsafdelingen, Børn og Unge.", "Klagevejledning er vedlagt; klagefristen er 4 uger.",
    "Partshøring er sendt med frist {date}.", "Aalborg Kommune har oplyst hovednummeret 99 31 31 31.",
    "Lev Uden Vold, 1888, er nævnt for mor.", "Ankestyrelsen har stadfæstet afgørelsen {date}.",
    "Familieretshuset er orienteret.", "PPR deltager i mødet {date}.", "Sundhedsplejen har sidst været på besøg i {month}.",
]


def render(tpl, cast, st):
    parts = []
    pos = 0
    for m in re.finditer(r"\{(\w+)(?::(\w+))?\}", tpl):
        if m.start() > pos:
            parts.append(tpl[pos:m.start()])
        pos = m.end()
        key, role = m.group(1), m.group(2)
        if role is None:
            if key == "ean":
                parts.append("57980%08d" % rng.randint(0, 99999999))
            else:
                parts.append(filler(key, st))
            continue
        p = cast[role]
        seen = st.setdefault("seen", set())
        if key == "N":
            np_ = name_parts(rng, p, "auto", seen)
            before = "".join(x if isinstance(x, str) else x[1] for x in parts)
            if isinstance(np_[0], str) and (before.strip() == "" or before.rstrip()[-1:] in ".:!?\n"):
                np_[0] = np_[0][0].upper() + np_[0][1:]
            parts += np_
        elif key == "NF":
            parts += name_parts(rng, p, rng.choice(["full"] * 8 + ["caps", "lastfirst"]), seen)
        elif key == "S":
            parts += name_parts(rng, p, rng.choice(["first", "first", "first", "full", "full", "caps", "nick", "lower"]), seen)
        elif key == "NI":
            parts += name_parts(rng, p, "initials", seen)
        elif key == "G":
            seen.add(p.id)
            parts += name_parts(rng, p, "gen", seen)
        elif key == "F":
            seen.add(p.id)
            parts += name_parts(rng, p, "first", seen)
        elif key == "T":
            seen.add(p.id)
            np_ = name_parts(rng, p, "title", seen)
            before = "".join(x if isinstance(x, str) else x[1] for x in parts)
            if before.strip() == "" or before.rstrip()[-1:] in ".:!?\n":
                np_[0] = np_[0][0].upper() + np_[0][1:]
            parts += np_
        elif key in ("P", "PO"):
            q = getattr(p, "old", p) if key == "PO" else p
            parts.append(("phone", fmt_phone(rng, q, st.get("spoken", False))))
        elif key in ("A", "A1", "AO"):
            q = getattr(p, "old", p) if key == "AO" else p
            parts.append(("address", fmt_addr(rng, q, key == "A")))
        elif key == "E":
            if st.get("spoken") and rng.random() < 0.2:
                loc, dom = p.email.split("@")
                parts.append(("email", loc.replace(".", " punktum ") + " snabel-a " + dom.replace(".", " punktum ")))
            else:
                parts.append(("email", p.email))
        elif key == "D":
            parts.append(("dob", fmt_dob(rng, p.dob)))
        elif key == "C":
            parts.append(("cpr", fmt_cpr(rng, p.cpr)))
        elif key == "age":
            parts.append(str(max(1, 2026 - p.dob[0] - (1 if p.dob[1] > 10 else 0))))
        else:
            raise KeyError(key)
    if pos < len(tpl):
        parts.append(tpl[pos:])
    return parts


def wc(parts):
    return len("".join(p if isinstance(p, str) else p[1] for p in parts).split())

# ------------------------------------------------------------------ styles
def style_spec(g, style, clean, cast):
    """Return (head_templates, item_templates, sep, tail_templates, prefix_fn)."""
    gd = G[g]
    sfx = "_c" if clean else "_p"
    r = rng
    title = r.choice(gd["title" + sfx])
    kidr = "y1" if "y1" in (cast or {}) else "c"
    rec = "h1" if g == "aupair" else "m"
    extra = rng.sample(CLEAN_EXTRA, 7) if clean else rng.sample(CLEAN_EXTRA, 4)
    if style == "prose":
        return [title + "\n"], gd["prose" + sfx] + extra, " ", ([] if clean else
               [r.choice(["\n/{NI:sb}", "\n{NF:sb}, rådgiver", "\nNotat ved {NF:sb}", "\n– {NI:sb}"])] ) or ["\n/rådgiveren"]
    if style == "kv":
        return [title + "\n"], gd["kv" + sfx] + ([x for x in extra if len(x) < 50] if clean else []), "\n", \
               ([] if clean else ["\nOprettet af: {NF:sb}"])
    if style == "log":
        head = title + " " + "{date}" + "\n" + ("" if clean else r.choice(["Vagt: {N:kw}, {N:kw2}\n", "Til stede: {NF:kw} og {NF:kw2}\n"]) if g == "klub" else "")
        return [head], gd["log" + sfx], "\n", ([] if clean else ["\nSkrevet af {NI:sb}" if g != "klub" else "\nSkrevet af {NI:kw}"])
    if style == "msg":
        return [r.choice(["Indsat fra Messenger:\n", "Skærmbillede, gengivet:\n", "SMS-tråd (kopieret af rådgiver):\n",
                          "Beskeder videresendt af mor:\n"])], gd["msg" + sfx], "\n", []
    if style == "list":
        return [title + "\n"], gd["list" + sfx], "\n", []
    if style == "letter":
        if clean:
            head = ["Til forældremyndighedsindehaverne\nsendt via Digital Post\n\n{date}\n\nVedr. Barn A\n\nKære forældre\n\n"]
            tail = ["\n\nMed venlig hilsen\n\nRådgiver, Børn og Unge\nMyndighedsafdelingen"]
        else:
            head = ["{NF:%s}\n{A:%s}\n\n{date}\n\nVedr. {NF:%s}\n\nKære {F:%s}\n\n" % (rec, rec, kidr, rec)]
            tail = ["\n\nMed venlig hilsen\n\n{NF:sb}\nRådgiver, Børn og Unge\n" +
                    r.choice(["Direkte tlf. {P:sb}\n{E:sb}", "Tlf.: {P:sb} · Mail: {E:sb}", "{E:sb}"])]
        return head, gd["prose" + sfx] + extra, " ", tail
    if style == "table":
        if clean:
            head = ["Mødeplan\n| Dato | Kl. | Deltagere | Emne |\n"]
            items = ["| {date} | {time} | mor, far, rådgiver | status efter {law} |",
                     "| {date} | {time} | Barn A og rådgiver | samtale efter § 5, stk. 3 |",
                     "| {date} | {time} | PPR, skole | skoleforhold, {klasse} |",
                     "| {date} | {time} | netværk | sikkerhedsplan |",
                     "| {date} | {time} | sundhedsplejerske | {icd}, opfølgning |",
                     "| {date} | {time} | tolk, mor | partshøring, {case} |",
                     "| {date} | {time} | SSP | opfølgning |"]
            return head, items, "\n", []
        if r.random() < 0.5:
            head = ["Kontaktoplysninger\n| Rolle | Navn | Telefon | Mail |\n"]
            items = ["| %s | {NF:%s} | {P:%s} | {E:%s} |" % (ROLEWORD[k], k, k, k) for k in cast]
        else:
            head = ["Personer i sagen\n| Rolle | Navn | Født | CPR | Adresse |\n"]
            items = ["| %s | {NF:%s} | {D:%s} | {C:%s} | {A1:%s} |" % (ROLEWORD[k], k, k, k, k) for k in cast
                     if k not in ("sb", "pr", "kw", "kw2")]
        return head, items, "\n", []
    if style == "mplist":
        if clean:
            return ["MobilePay-aktivitet, gengivet uden navne\n"], [
                "{date} kl. {time} · Til: Ung B · -{amount} · \"pizza\"", "{date} kl. {time} · Fra: mor · +{amount} · \"lommepenge\"",
                "{date} kl. {time} · Til: Ung C · -{amount} · \"lån\"", "{date} kl. {time} · Til: Ung B · -{amount} · \"sidste\"",
                "{date} kl. {time} · Til: Ung B · -{amount} · \"🙏\"", "{date} kl. {time} · Til: Netto · -{amount}",
                "{date} kl. {time} · Fra: Ung C · +{amount} · \"tilbage\""], "\n", []
        return [r.choice(["MobilePay-aktivitet (skærmbillede fra {NF:m}):\n", "Overførsler, kopieret fra {G:y1} telefon:\n"])], [
            "{date} kl. {time} · Til: {NF:y2} ({P:y2}) · -{amount} · \"lån\"",
            "{date} kl. {time} · Til: {N:y2} · -{amount} · \"sidste gang\"",
            "{date} kl. {time} · Til: {NF:y3} · {P:y3} · -{amount} · \"pizza\"",
            "{date} kl. {time} · Fra: {NF:m} · +{amount} · \"lommepenge\"",
            "{date} kl. {time} · Til: {N:y2} · -{amount} · \"😡\"",
            "{date} kl. {time} · Fra: {NF:f} ({P:f}) · +{amount}",
            "{date} kl. {time} · Til: {N:y3} · -{amount} · \"lån til fredag\""], "\n", []
    if style == "signin":
        if clean:
            return ["Fremmødeliste, lektiecaféen ({date})\n| Barn | Klasse | Fag | Hentes af |\n"], [
                "| Barn A | {klasse} | matematik | mor |", "| Barn B | {klasse} | dansk | går selv |",
                "| Barn C | {klasse} | engelsk | storebror |", "| Barn D | {klasse} | tysk | far |",
                "| Barn E | {klasse} | matematik | bedstemor |", "| Frivillig 1 | – | matematik | – |"], "\n", []
        return ["Fremmødeliste {date}\n| Navn | Født | Hentes af | Tlf. |\n"], [
            "| {NF:c} | {D:c} | {N:m} | {P:m} |", "| {NF:c2} | {D:c2} | går selv | – |",
            "| {NF:tu} (frivillig) | – | – | {P:tu} |", "| {NF:tu2} (frivillig) | – | – | {E:tu2} |",
            "| {NF:r} (nødkontakt) | – | – | {P:r} |", "| {NF:f} | – | – | {E:f} |"], "\n", []
    raise KeyError(style)


STYLES = {"flyt": ["prose", "kv", "log", "msg", "letter", "table"],
          "land": ["prose", "kv", "log", "msg", "letter", "table"],
          "mp": ["prose", "kv", "mplist", "msg", "letter", "table"],
          "lek": ["prose", "kv", "signin", "list", "letter", "table"],
          "klub": ["log", "log", "prose", "kv", "letter", "table"],
          "aupair": ["prose", "kv", "list", "letter", "table", "prose"]}


LASTERR = []


def build(g, style, band, clean):
    lo, hi = band
    for attempt in range(400):
        cast = None if clean else make_cast(g)
        st = {"spoken": style in ("msg", "log")}
        head, items, sep, tail = style_spec(g, style, clean, cast or {})
        items = list(items)
        if style == "kv":
            items = [it for it in items if rng.random() < 0.85]
        else:
            rng.shuffle(items)
        if not clean and style != "kv":
            keyed = [(rng.random() - 0.45 * sum(t in it for t in ("{D:", "{C:", "{A", "{C:")) - (5 if it.startswith("^") else 0), it)
                     for it in items]
            keyed.sort(key=lambda kv: kv[0])
            items = [it for _, it in keyed]
        if style not in ("prose", "letter"):
            more = list(G[g]["prose" + ("_c" if clean else "_p")]) + rng.sample(CLEAN_EXTRA, 6 if clean else 4)
            rng.shuffle(more)
            items = items + ["\x01" + x for x in more]
        notes_started = False
        hp = []
        for h in head:
            hp += render(h, cast, st)
        body = []
        n_in_par = 0
        for it in items:
            if wc(hp + body) + 8 >= lo and rng.random() < 0.15 and wc(hp + body) >= lo:
                break
            prefix = []
            if body:
                if sep == " ":
                    n_in_par += 1
                    prefix = ["\n\n" if n_in_par % rng.choice([2, 3, 4]) == 0 else " "]
                else:
                    prefix = [sep]
            if style == "msg":
                prefix = prefix + ["[" + filler("time", st) + "] "]
            is_note = it.startswith("\x01")
            if is_note:
                it = it[1:]
                if not notes_started:
                    prefix = ["\n\n" + rng.choice(["Bemærkninger:", "Rådgivers noter:", "Supplerende oplysninger:", "Note:"]) + "\n"]
                else:
                    prefix = [" "]
            elif style == "msg":
                pass
            cand = prefix + render(it.lstrip("^"), cast, st)
            tailp_est = 12 if tail else 0
            if wc(hp + body + cand) + tailp_est > hi:
                continue
            cap = {30: 11, 81: 19, 151: 31}[lo] - (4 if tail else 0)
            if sum(1 for x in hp + body + cand if not isinstance(x, str)) > cap:
                continue
            body += cand
            if is_note:
                notes_started = True
            if wc(hp + body) + tailp_est >= hi - 5:
                break
        tp = []
        for t in tail:
            tp += render(t, cast, st)
        parts = hp + body + tp
        n = wc(parts)
        if not (lo <= n <= hi):
            LASTERR[:] = ["words %d" % n]
            continue
        text, spans = assemble(parts)
        if text is None:
            continue
        cap = {30: 11, 81: 19, 151: 31}[lo]
        if len(spans) > cap:
            LASTERR[:] = ["cap %d" % len(spans)]
            continue
        errs = check_text(text, spans, clean)
        if errs:
            LASTERR[:] = errs
            continue
        return text, spans
    raise RuntimeError("could not build %s %s %s %s" % (g, style, band, LASTERR[:5]))


def assemble(parts):
    text = ""
    spans = []
    for p in parts:
        if isinstance(p, str):
            text += p
        else:
            k, s = p
            if s != s.strip() or not s:
                return None, None
            spans.append({"kind": k, "text": s, "start": len(text), "end": len(text) + len(s)})
            text += s
    # trim
    lead = len(text) - len(text.lstrip())
    text2 = text.strip()
    for sp in spans:
        sp["start"] -= lead
        sp["end"] -= lead
    return text2, spans

# ------------------------------------------------------------------ checks
PHONE_RES = [r"(?<![\w+])(?:\+|00)\d{2,3}[\s.-]?\d[\d\s.-]{5,14}\d", r"(?<![\w.,/-])\d{8}(?![\w,]|\.\d)",
             r"(?<![\w.,/-])\d{2}([ .-])\d{2}\1\d{2}\1\d{2}(?![\w]|[.,]\d)", r"(?<![\w.,/-])\d{4}[ .-]\d{4}(?![\w]|[.,]\d)",
             r"(?<![\w.,/-])\d{2} \d{2} \d{2}(?![\w]|[.,]\d)", r"(?<![\w.,/-])\d{6}(?![\w]|[.,]\d)"]
CPR_RES = [r"(?<![\w])\d{6}[-– ]?\d{4}(?!\w)", r"(?<![\w])\d{2}[. ]\d{2}[. ]\d{2}[-– ]\d{4}(?!\w)"]
PUB_CTX = re.compile(r"(CVR|EAN)(-nr\.?)?:?\s*$")


def inside(a, b, spans):
    return any(sp["start"] <= a and b <= sp["end"] for sp in spans)


def check_text(text, spans, clean, kinds=("name", "phone", "email", "address", "dob", "cpr")):
    errs = []
    prev = 0
    for sp in spans:
        if text[sp["start"]:sp["end"]] != sp["text"]:
            errs.append("offset")
        if sp["start"] < prev:
            errs.append("overlap")
        prev = sp["end"]
        if sp["kind"] not in kinds:
            errs.append("kind")
        if sp["text"] != sp["text"].strip():
            errs.append("ws")
    if clean and spans:
        errs.append("clean has spans")
    # unplanted copies
    for sp in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(sp["text"]) + r"(?!\w)", text):
            if not inside(m.start(), m.end(), spans):
                errs.append("copy:" + sp["text"])
    masked = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            masked[i] = "\x00"
    mt = "".join(masked)
    for nm in POOL_NAMES:
        for form in (nm, nm.upper()):
            if re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", mt):
                errs.append("pool:" + form)
    pub_masked = mt
    for pn in sorted(PUBLIC_NUMBERS, key=len, reverse=True):
        pub_masked = re.sub(r"(?<![\d\w])" + re.escape(pn) + r"(?![\d\w])", lambda m: "#" * len(m.group()), pub_masked)
    for rx in PHONE_RES + CPR_RES:
        for m in re.finditer(rx, pub_masked):
            if PUB_CTX.search(pub_masked[:m.start()]):
                continue
            errs.append("num:" + m.group())
    if "@" in mt:
        errs.append("@")
    for s in ALL_STREETS:
        if re.search(r"(?<!\w)" + re.escape(s) + r"\s+\d", mt, flags=re.I):
            errs.append("street:" + s)
    if re.search(r"(?i)(født|f\.|fødselsdato:?)\s*(d\.\s*)?\d", mt):
        errs.append("born")
    return errs


def main():
    planted, clean, inst = [], [], []
    for i in range(240):
        g = GENRES[i % 6]
        band = BANDS[(i // 6 + i % 6) % 3]
        style = STYLES[g][(i // 18) % len(STYLES[g])] if True else None
        text, spans = build(g, style, band, False)
        planted.append({"id": "%s-p%03d" % (CORPUS, i + 1), "text": text, "planted": spans,
                        "_meta": (g, style, band)})
    forbidden = sorted({sp["text"] for d in planted for sp in d["planted"] if sp["kind"] != "name"})
    for i in range(240):
        g = GENRES[i % 6]
        band = BANDS[(i // 6 + i % 6) % 3]
        style = STYLES[g][(i // 18) % len(STYLES[g])]
        if style == "table" and (i // 6) % 3 == 2:
            style = "prose"
        for k in range(50):
            text, spans = build(g, style, band, True)
            if not any(f in text for f in forbidden):
                break
        else:
            raise RuntimeError("clean collides")
        clean.append({"id": "%s-c%03d" % (CORPUS, i + 1), "text": text, "planted": [], "_meta": (g, style, band)})
    inst = make_institutions()
    # global checks
    ids = [d["id"] for d in planted]
    assert ids == ["%s-p%03d" % (CORPUS, i) for i in range(1, 241)]
    cnt = {}
    for d in planted:
        for sp in d["planted"]:
            cnt[sp["kind"]] = cnt.get(sp["kind"], 0) + 1
    tot = sum(cnt.values())
    print("planted counts", cnt, "total", tot)
    assert 3000 <= tot <= 4500, tot
    for k in ("phone", "address", "dob"):
        assert cnt.get(k, 0) >= 250, k
    for k in ("cpr", "email"):
        assert cnt.get(k, 0) >= 120, k
    assert cnt["name"] == max(cnt.values())
    for d in clean:
        assert not check_text(d["text"], [], True)
        for f in forbidden:
            assert f not in d["text"], f
    write("planted.jsonl", planted)
    write("clean.jsonl", clean)
    write("institutions.jsonl", inst)
    stats(planted, clean, inst, cnt)


def write(fn, docs):
    with open(os.path.join(OUT, fn), "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps({"id": d["id"], "text": d["text"], "planted": d["planted"]}, ensure_ascii=False) + "\n")


def stats(planted, clean, inst, cnt):
    import collections
    out = {"planted_counts": cnt}
    for nm, docs in (("planted", planted), ("clean", clean)):
        c = collections.Counter()
        for d in docs:
            g, s, b = d["_meta"]
            c[(g, s)] += 1
        out[nm + "_genre_style"] = {"%s/%s" % k: v for k, v in sorted(c.items())}
    out["institution_spans"] = sum(len(d["planted"]) for d in inst)
    print(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True))

# ------------------------------------------------------------------ institutions
INST = {
    "school": ["Friskolen ved Kildemosen", "Privatskolen Fjordbakken", "Den Frie Lilleskole Nørreå",
               "Friskolen i Bøgeskov", "Lilleskolen Solgården"],
    "day": ["Børnehuset Mælkebøtten", "Den private institution Krudtuglen", "Vuggestuen Humlebien",
            "Børnehaven Troldehøjen", "Naturbørnehaven Grenen"],
    "home": ["Opholdsstedet Lyngtoften", "Opholdsstedet Birkelygaard", "Opholdsstedet Kragereden",
             "Skolehjemmet Egebakken", "Opholdsstedet Fyrtårnet", "Ungdomspensionen Stien", "Botilbuddet Havblik"],
    "club": ["Ungdomsklubben Værkstedet", "Fritidsklubben Tårnet", "Klubforeningen Pulsen"],
    "foster": ["Familieplejeforeningen Vestkysten", "Plejefamiliecentret Ankerpladsen", "Netværksplejen Rødder"],
    "efter": ["Efterskolen Ådalen", "Efterskolen ved Limfjorden Syd", "Idrætsefterskolen Hedeland",
              "Efterskolen Strandvang"],
    "dag": ["Dagbehandlingstilbuddet Broen", "Dagskolen Trappen"],
}
INST_TPL = [
    "Barn A har siden {month} været anbragt på {home} og går i intern skole dér. Næste statusmøde er {date}.",
    "Den unge (15 år) ønsker at starte på {efter} efter sommerferien; forældrene har søgt om tilskud til opholdet.",
    "Rådgiveren har drøftet et skift fra {school} til {dag}, da barnet trives dårligt i klassen.",
    "Netværksplejefamilien er tilknyttet {foster}, som også står for supervisionen efter § 46.",
    "{home} har sendt statusrapport; den unge går to gange om ugen i {club}.",
    "Ifølge sundhedsplejersken har Barn B fået plads i {day} fra 1. {month}.",
    "Mor ønsker ikke, at barnet fortsætter på {school}, og der er aftalt møde med skolelederen {date}.",
    "Den unge bor på {home} og har praktik gennem {club}; udslusning forventes i {month}.",
    "Lillesøster går i {day}, mens storebror er startet på {school}.",
    "Der er indgået kontrakt med {home} efter barnets lov § 46; opfølgning hver tredje måned.",
    "Plejefamilien er godkendt gennem {foster}, og barnet er skrevet op til {school}.",
    "Klubmedarbejderne i {club} har holdt øje med den unge efter episoden {date}.",
    "Efter et år på {efter} skal den unge tilbage til kommunen; rådgiveren vurderer {dag} som næste skridt.",
    "Barn A (4 år) er flyttet fra {day} til en specialgruppe; forældrene er enige.",
    "Opholdet på {home} forlænges til {month}, og supervisionen varetages af {foster}.",
]


def make_institutions():
    out = []
    for i in range(30):
        for attempt in range(200):
            tpl = INST_TPL[i % len(INST_TPL)] if attempt == 0 else rng.choice(INST_TPL)
            st = {}
            parts = []
            pos = 0
            for m in re.finditer(r"\{(\w+)\}", tpl):
                parts.append(tpl[pos:m.start()])
                pos = m.end()
                k = m.group(1)
                if k in INST:
                    parts.append(("institution", rng.choice(INST[k])))
                else:
                    parts.append(filler(k, st))
            parts.append(tpl[pos:])
            text, spans = assemble(parts)
            n = len(text.split())
            if not (12 <= n <= 40):
                continue
            if check_text(text, spans, False, kinds=("institution",)):
                continue
            out.append({"id": "%s-i%03d" % (CORPUS, i + 1), "text": text, "planted": spans})
            break
        else:
            raise RuntimeError("inst")
    return out


if __name__ == "__main__":
    main()
