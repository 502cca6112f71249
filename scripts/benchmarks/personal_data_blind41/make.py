"""Generator for the blind41 held-out corpus (Python 3.11 stdlib only).
Run:  python3 make.py   -> planted.jsonl, clean.jsonl, institutions.jsonl
"""
import json, random, re, unicodedata, os, sys
from pools import (FIRST, LAST, NICK, MISSPELL, STREETS, TOWNS, HOLIDAY_TOWNS, FOREIGN_ADDR,
                   FOREIGN_PHONE, PRIVATE_DOMAINS, MUNIS, SCHOOLS, INSTITUTIONS_PRIV)

SEED = 41_0041
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "blind41"
MONTHS = ["januar","februar","marts","april","maj","juni","juli","august","september","oktober","november","december"]
EN_MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
ORD = ["første","anden","tredje","fjerde","femte","sjette","syvende","ottende","niende","tiende","ellevte","tolvte","trettende","fjortende","femtende","sekstende","syttende","attende","nittende","tyvende","enogtyvende","toogtyvende","treogtyvende","fireogtyvende","femogtyvende","seksogtyvende","syvogtyvende","otteogtyvende","niogtyvende","tredivte","enogtredivte"]
DIG = ["nul","en","to","tre","fire","fem","seks","syv","otte","ni"]
MDAYS = [31,28,31,30,31,30,31,31,30,31,30,31]
REF_YEAR = 2025
# public numbers that may appear outside spans (look-alikes)
PUBLIC = ["112", "114", "1813", "116 111", "33 66 33 66", "82 12 12 12", "70 11 31 31"]
LOOKALIKE = set(PUBLIC)          # also receives generated CVR/EAN/case numbers (membership tests only)

def S(kind, text):
    return (kind, text)

def ascii_fold(s):
    s = s.replace("æ","ae").replace("ø","oe").replace("å","aa").replace("Æ","Ae").replace("Ø","Oe").replace("Å","Aa")
    s = s.replace("ł","l").replace("Ł","L").replace("ı","i").replace("ð","d").replace("Ð","D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())

# ---------------------------------------------------------------- persons
class P:
    pass

def rand_date(y0, y1):
    y = R.randint(y0, y1); m = R.randint(1, 12)
    dmax = MDAYS[m-1] + (1 if m == 2 and y % 4 == 0 else 0)
    return (y, m, R.randint(1, dmax))

def make_cpr(d, sex):
    y, m, day = d
    yy = y % 100
    if y >= 2000:
        d7 = R.choice([4, 5, 6, 7, 8, 9])          # 4/9 valid for yy<=36, 5-8 for yy<=57
    else:
        d7 = R.choice([0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
    mid = R.randint(0, 99)
    last = R.choice([1, 3, 5, 7, 9]) if sex == "m" else R.choice([0, 2, 4, 6, 8])
    return f"{day:02d}{m:02d}{yy:02d}", f"{d7}{mid:02d}{last}"

def fmt_cpr(p):
    a, b = p.cpr
    st = R.choice(["dash", "dash", "dash", "space", "ten", "dots", "pairs", "dashes2"])
    if st == "dash": return f"{a}-{b}"
    if st == "space": return f"{a} {b}"
    if st == "ten": return a + b
    if st == "dots": return f"{a[:2]}.{a[2:4]}.{a[4:]}-{b}"
    if st == "pairs": return f"{a[:2]} {a[2:4]} {a[4:]} {b}"
    return f"{a[:2]}-{a[2:4]}-{a[4:]}-{b}"

def fmt_dob(p, spoken_ok=False):
    y, m, d = p.dob
    opts = ["dots", "dots", "long", "long", "iso", "slash", "slash2", "en1", "en2", "short"]
    if spoken_ok: opts += ["spoken", "spoken"]
    st = R.choice(opts)
    if st == "dots": return f"{d:02d}.{m:02d}.{y}"
    if st == "long": return f"{d}. {MONTHS[m-1]} {y}"
    if st == "iso": return f"{y}-{m:02d}-{d:02d}"
    if st == "slash": return f"{d:02d}/{m:02d}-{y%100:02d}"
    if st == "slash2": return f"{d}/{m} {y}"
    if st == "en1": return f"{EN_MONTHS[m-1]} {d}, {y}"
    if st == "en2": return f"{d} {EN_MONTHS[m-1]} {y}"
    if st == "short": return f"{d}.{m}.{y}"
    return f"den {ORD[d-1]} {MONTHS[m-1]} {y}"

def new_phone_digits():
    while True:
        s = str(R.choice([2, 3, 4, 5, 6, 7, 8, 9])) + "".join(str(R.randint(0, 9)) for _ in range(7))
        if s[:2] not in ("70", "80", "90") and s not in ("33663366", "82121212", "70113131"):
            return s

def fmt_phone(p, spoken_ok=False):
    s = p.phone
    if p.foreign_phone:
        return p.foreign_phone
    opts = ["plain", "pairs", "pairs", "pairs", "four", "dots", "dashes", "p45", "p45b", "p0045"]
    if spoken_ok: opts += ["spoken", "spoken"]
    st = R.choice(opts)
    pr = " ".join(s[i:i+2] for i in range(0, 8, 2))
    if st == "plain": return s
    if st == "pairs": return pr
    if st == "four": return s[:4] + " " + s[4:]
    if st == "dots": return ".".join(s[i:i+2] for i in range(0, 8, 2))
    if st == "dashes": return "-".join(s[i:i+2] for i in range(0, 8, 2))
    if st == "p45": return "+45 " + pr
    if st == "p45b": return "+45" + s
    if st == "p0045": return "0045 " + s
    return ", ".join(DIG[int(s[i])] + " " + DIG[int(s[i+1])] for i in range(0, 8, 2))

def rd(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))

def foreign_phone():
    cc, pat = R.choice(FOREIGN_PHONE)
    return cc + " " + pat.format(a=rd(3), b=rd(2), c=rd(2), d=rd(8), e=rd(3), f=rd(3), f2=rd(3), g=rd(3), h=rd(2), h2=rd(2), h3=rd(2), i=rd(4))

def make_addr(holiday=False):
    st = R.choice(STREETS)
    no = str(R.randint(1, 148)) + (R.choice(["A", "B", "C"]) if R.random() < 0.2 else "")
    floor = ""
    if R.random() < 0.35:
        floor = R.choice([", st. tv.", ", st. th.", ", 1. tv.", ", 2. th.", ", 3. mf.", ", 1. sal", ", 4. tv", " 2.th", ", 1. 12"])
    pc, town = R.choice(HOLIDAY_TOWNS if holiday else TOWNS)
    return (st, no, floor, pc, town)

def fmt_addr(p, mode=None):
    if p.foreign_addr:
        return p.foreign_addr
    st, no, floor, pc, town = p.addr
    mode = mode or R.choice(["full", "full", "full", "two", "street", "sloppy", "nocomma"])
    if mode == "full": return f"{st} {no}{floor}, {pc} {town}"
    if mode == "two": return f"{st} {no}{floor}\n{pc} {town}"
    if mode == "street": return f"{st} {no}{floor}"
    if mode == "sloppy": return f"{st.lower()} {no.lower()}{floor.replace(',', '').replace('.', '')} {pc} {town.lower()}"
    return f"{st} {no}{floor} {pc} {town}"

def person(role, sex=None, y0=1965, y1=1995, first_pool=None, surname=None):
    p = P()
    p.role = role
    while True:
        f, s = R.choice(FIRST)
        if sex is None or s == sex:
            break
    p.first, p.sex = f, s
    p.last = surname or R.choice(LAST)
    p.dob = rand_date(y0, y1)
    p.cpr = make_cpr(p.dob, p.sex)
    p.phone = new_phone_digits()
    p.foreign_phone = None
    p.foreign_addr = None
    p.addr = make_addr()
    dom = R.choice(PRIVATE_DOMAINS)
    lf = slug(p.first); ll = slug(p.last.split()[0])
    p.email = R.choice([f"{lf}.{ll}@{dom}", f"{lf}{p.dob[0] % 100:02d}@{dom}", f"{lf[0]}{ll}@{dom}", f"{lf}_{ll}{R.randint(1, 99)}@{dom}", f"{ll}.{lf}@{dom}"])
    p.work = False
    return p

def make_pro(role, muni_dom, sex=None):
    p = person(role, sex)
    lf = slug(p.first); ll = slug(p.last.split()[0])
    ini = (p.first[0] + p.last[0] + R.choice("ABDEHJKLMNST")).upper()
    p.initials = ascii_fold(ini).upper()
    p.email = R.choice([f"{lf}.{ll}@{muni_dom}", f"{p.initials.lower()}@{muni_dom}", f"{lf[:4]}{ll[:2]}@{muni_dom}"])
    p.work = True
    return p

def age(p):
    y, m, d = p.dob
    a = REF_YEAR - y - (1 if (m, d) > (6, 1) else 0)
    return max(a, 0)

# ---------------------------------------------------------------- context (planted vs clean)
class Ctx:
    def __init__(self, planted):
        self.planted = planted
        self.seen = {}

    def N(self, p, cap=False, gen=False, form=None):
        if not self.planted:
            r = p.role
            if gen and r.endswith(")"): r = r.split(" (")[0]
            if cap: r = r[0].upper() + r[1:]
            return r + ("s" if gen and not r[-1].isupper() and not r.endswith("s") else ("'s" if gen else ""))
        if form is None:
            if id(p) not in self.seen:
                form = R.choice(["full", "full", "full", "caps", "revcomma"]) if R.random() < 0.25 else "full"
            else:
                form = R.choice(["first", "first", "first", "first", "full", "last", "lower", "nick", "miss", "initials"])
        self.seen[id(p)] = 1
        nm = p.first + " " + p.last
        if form == "first": nm = p.first
        elif form == "last": nm = p.last
        elif form == "caps": nm = nm.upper()
        elif form == "revcomma": nm = p.last + ", " + p.first
        elif form == "lower":
            nm = p.first.lower() if p.first not in ("Sol", "Lykke", "Storm", "Bo", "Ask", "Ulv", "Frej") else p.first
        elif form == "nick": nm = NICK.get(p.first, p.first)
        elif form == "miss": nm = MISSPELL.get(p.first, p.first)
        elif form == "initials": nm = p.first[0] + "." + p.last[0] + "."
        if gen and form != "revcomma":
            if nm[-1] in "sxzSXZ":
                return [S("name", nm), "'"]
            return [S("name", nm + "s")]
        return [S("name", nm)]

    def FULL(self, p, **kw):
        return self.N(p, form="full", **kw)

    def PH(self, p, spoken=False, label=""):
        if not self.planted:
            return [label + R.choice(["ikke oplyst", "se kontaktark i sagen", "nr. fremgår af journalen", "via kommunens hovednummer 33 66 33 66", "hemmeligt nummer", "oplyses ved henvendelse", "kontakt via Borgerservice"])] if label else [R.choice(["(tlf. i sagen)", "(nummer på kontaktarket)", "(nr. oplyst til forvaltningen)"])]
        return [label, S("phone", fmt_phone(p, spoken))]

    def AD(self, p, mode=None, label=""):
        if not self.planted:
            return [label + R.choice(["den kendte adresse", "bopælen", "adressen i sagen", "den beskyttede adresse", "adressen i folkeregisteret"])]
        return [label, S("address", fmt_addr(p, mode))]

    def DOB(self, p, spoken=False, pre=None):
        if not self.planted:
            return [f"{age(p)} år"]
        pre = pre if pre is not None else R.choice(["f. ", "født ", "f. ", "født d. ", "fødselsdato "])
        return [pre, S("dob", fmt_dob(p, spoken))]

    def CPR(self, p, pre=None):
        if not self.planted:
            return [R.choice(["(CPR i sagen)", "(CPR-nr. fremgår af journalen)", "(CPR udeladt)"])]
        pre = pre if pre is not None else R.choice(["CPR ", "cpr.nr. ", "CPR-nr.: ", "cpr: ", "personnr. "])
        return [pre, S("cpr", fmt_cpr(p))]

    def EM(self, p, spoken=False, pre=""):
        if not self.planted:
            return [pre + R.choice(["Digital Post", "sikker mail", "e-Boks", "Aula", "den oplyste mailadresse"])]
        e = p.email
        if spoken:
            e = e.replace(".", " punktum ").replace("@", " snabel-a ").replace("_", " underscore ")
            e = re.sub(" +", " ", e).strip()
        return [pre, S("email", e)]

# ---------------------------------------------------------------- text assembly
def flat(items):
    out = []
    for it in items:
        if isinstance(it, list):
            out.extend(flat(it))
        elif it is None or it == "":
            continue
        else:
            out.append(it)
    return out

def assemble(pieces):
    text = ""; spans = []
    for it in flat(pieces):
        if isinstance(it, tuple):
            k, t = it
            spans.append({"kind": k, "text": t, "start": len(text), "end": len(text) + len(t)})
            text += t
        else:
            text += it
    return text, spans

def wc(pieces):
    return len(assemble(pieces)[0].split())

def cap1(lst):
    """capitalise first plain string of a piece list (sentence start)."""
    lst = flat(lst)
    if lst and isinstance(lst[0], str) and lst[0]:
        lst[0] = lst[0][0].upper() + lst[0][1:]
    return lst

# facts: (label, value pieces, sentence pieces)
def render(style, title, facts, ctx, band, case, lo, hi):
    """Add facts until the word band is reached."""
    sw = case["sw"]; sender_pool = case["senders"]
    def head_tail():
        if style == "letter":
            rcp = case["recipient"]
            head = [case["sender_org"], "\n", case["date_str"], "\n\n", ctx.FULL(rcp), "\n", ctx.AD(rcp, mode="two"), "\n\n", title, "\n\n", "Kære ", ctx.N(rcp, form="first") if ctx.planted else "forælder", "\n\n"]
            tail = ["\n\nMed venlig hilsen\n\n", ctx.FULL(sw), "\n", case["sw_title"], "\n", "Direkte tlf. ", ctx.PH(sw), "\n", ctx.EM(sw) if ctx.planted else "Kontakt via Digital Post"]
            return head, tail
        if style == "mail":
            frm = R.choice(sender_pool)
            head = ["Fra: ", ctx.FULL(frm), (" <" if ctx.planted else ""), ctx.EM(frm) if ctx.planted else "", (">" if ctx.planted else ""), "\n", "Til: ", ctx.FULL(sw), "\n", "Emne: ", title, "\n\n", "Hej ", ctx.N(sw, form="first") if ctx.planted else "sagsbehandler", "\n\n"]
            tail = ["\n\nVh ", ctx.N(frm, form="first") if ctx.planted else ctx.N(frm)]
            return head, tail
        if style == "table":
            return [title, "\n\n| Felt | Oplysning |\n|---|---|\n"], ["\n", "Udfyldt af ", ctx.N(sw), "."]
        if style == "kv":
            return [title.upper() if R.random() < 0.3 else title, "\n", case["journal"], "\n\n"], ["\n", "Sagsbehandler: ", ctx.N(sw)]
        if style == "log":
            return [title, " – log ", case["date_str"], "\n"], ["\n", "/", S("name", sw.initials) if ctx.planted else "sagsbehandler"]
        if style == "sms":
            return ["Indsat sms-tråd (", title.lower(), ")\n"], []
        if style == "list":
            return [title, ":\n"], ["\n", "Noteret af ", ctx.N(sw), "."]
        return [title, "\n\n"], ["\n\n", ctx.N(sw, cap=True) if not ctx.planted else ctx.N(sw), ", ", case["sw_title"]]
    head, tail = head_tail()
    body = []
    t = [R.randint(8, 10), R.randint(0, 50)]
    prev = None
    used = 0
    target = R.randint(lo, lo + (hi - lo) * 3 // 4)
    for i, (label, val, sent) in enumerate(facts):
        if style in ("kv",):
            item = [label, ": ", cap1(sent) if R.random() < (0, 0.45, 0.85)[band] else val, "\n"]
        elif style == "table":
            vv = cap1(sent) if R.random() < (0, 0.45, 0.85)[band] else val
            item = ["| ", label, " | ", [v.replace("\n", " ") if isinstance(v, str) else v for v in flat(vv)], " |\n"]
            if any(isinstance(v, tuple) and "\n" in v[1] for v in flat(vv)):
                item = None
        elif style == "list":
            item = ["- ", cap1(sent), "\n"]
        elif style == "log":
            t[1] += R.randint(3, 40)
            if t[1] >= 60: t[0] += 1; t[1] -= 60
            item = [f"{t[0]:02d}.{t[1]:02d} ", cap1(sent), "\n"]
        elif style == "sms":
            frm = R.choice(sender_pool)
            t[1] += R.randint(1, 30)
            if t[1] >= 60: t[0] += 1; t[1] -= 60
            who = ctx.N(frm, form=R.choice(["first", "full", "first"])) if ctx.planted else ctx.N(frm, cap=True)
            item = [f"[{case['sms_date']} {t[0]:02d}:{t[1]:02d}] ", who, ": ", cap1(sent), "\n"]
        else:  # prose, letter, mail
            item = [cap1(sent), " "]
            if R.random() < 0.3: item.append("\n\n")
        if item is None:
            continue
        body.append(item)
        used += 1
        if wc([head, body, tail]) >= target and used >= 2:
            break
    pieces = [head, body, tail]
    n = wc(pieces)
    if n < lo or n > hi:
        return None
    return pieces

# ---------------------------------------------------------------- genre helpers
def muni_label(m):
    return "Københavns Kommune" if m == "København" else m + " Kommune"

def pick_muni():
    return R.choice(MUNIS)

def school_line(ctx, c):
    cls = f"{max(0, min(9, age(c) - 6))}.{R.choice('abcdx')}" if age(c) >= 6 else None
    if cls is None:
        return R.choice(["går i børnehave", "er i vuggestue", "er i dagpleje"])
    cls = "0." + cls[2] if cls.startswith("0") else cls
    return f"går i {cls} på {R.choice(SCHOOLS)}"

def new_case(planted, genre, n_children=None, y0=2008, y1=2021):
    ctx = Ctx(planted)
    muni, dom = pick_muni()
    sw = make_pro("sagsbehandleren", dom)
    fam = R.choice(LAST)
    kids = []
    n = n_children or 1
    twin_dob = None
    for i in range(n):
        c = person("", y0=y0, y1=y1, surname=fam)
        if genre == 0 and i == 1 or (genre == 0 and i == 2 and n >= 4 and R.random() < 0.5):
            c.dob = kids[0].dob; c.cpr = make_cpr(c.dob, c.sex)
        kids.append(c)
    kids.sort(key=lambda k: k.dob)
    letters = "ABCDEFG"
    for i, c in enumerate(kids):
        c.role = f"Barn {letters[i]} ({age(c)} år)" if n > 1 else R.choice(["barnet", f"Barn A ({age(c)} år)", "drengen" if c.sex == "m" else "pigen"])
    mor = person("mor", "f", surname=R.choice([fam, R.choice(LAST)]))
    far = person("far", "m", surname=R.choice([fam, fam, R.choice(LAST)]))
    if R.random() < 0.5: far.addr = make_addr()
    else: far.addr = mor.addr
    if R.random() < 0.12: far.foreign_addr = R.choice(FOREIGN_ADDR)[0]
    if R.random() < 0.15: far.foreign_phone = foreign_phone()
    if R.random() < 0.1: mor.foreign_phone = foreign_phone()
    case = {"ctx": ctx, "sw": sw, "muni": muni, "dom": dom, "kids": kids, "mor": mor, "far": far,
            "sw_title": R.choice(["Socialrådgiver, Børn og Unge", "Myndighedsrådgiver", "Sagsbehandler, Myndighedsafdelingen", f"Rådgiver, Familieafdelingen, {muni_label(muni)}"]),
            "sender_org": f"{muni_label(muni)}\nBørn og Unge, Myndighed",
            "date_str": f"{R.randint(1, 28)}. {R.choice(MONTHS)} {R.choice([2024, 2025])}",
            "sms_date": f"{R.randint(1, 28):02d}.{R.randint(1, 12):02d}",
            "journal": R.choice(["Sagsnr. ", "J.nr. ", "Sag: "]) + f"{R.choice([2024, 2025])}-{R.randint(1000, 99999)}",
            "recipient": R.choice([mor, far]), "senders": [mor, far, sw]}
    return case

def relative(role, y0=1945, y1=1975, sex=None):
    sex = sex or ("f" if role in ("mormor", "farmor", "moster", "faster") else "m")
    r = person(role, sex, y0=y0, y1=y1)
    if R.random() < 0.25: r.foreign_addr = R.choice(FOREIGN_ADDR)[0]
    if R.random() < 0.2: r.foreign_phone = foreign_phone()
    return r

# ---------------------------------------------------------------- genres
def g_siblings(case):
    ctx = case["ctx"]; kids = case["kids"]; mor, far, sw = case["mor"], case["far"], case["sw"]
    facts = []
    for c in kids:
        sl = school_line(ctx, c)
        facts.append((ctx.N(c, form="first") if ctx.planted else c.role[:6], [ctx.FULL(c), ", ", ctx.DOB(c, pre=""), ", ", ctx.CPR(c, pre=""), ", ", sl],
                      [ctx.FULL(c), " (", ctx.DOB(c), ") ", sl, R.choice([".", ", og trives ifølge skolen.", ", men har meget fravær."]), ([" "] + ctx.CPR(c, pre="CPR ") + ["."]) if R.random() < 0.5 else ""]))
    twins = [c for c in kids if sum(1 for k in kids if k.dob == c.dob) > 1]
    if twins:
        facts.insert(1, ("Tvillinger", [ctx.N(twins[0]), " og ", ctx.N(twins[1])],
                         [ctx.N(twins[0]), " og ", ctx.N(twins[1]), " er tvillinger og ønsker at gå i samme klasse, men skolen anbefaler to forskellige klasser."]))
    facts.append(("Mor", [ctx.FULL(mor), ", ", ctx.AD(mor), ", tlf. ", ctx.PH(mor)],
                  ["mor, ", ctx.FULL(mor), ", bor ", ctx.AD(mor, label="på "), " og kan træffes på ", ctx.PH(mor), "."]))
    facts.append(("Far", [ctx.FULL(far), ", ", ctx.AD(far), ", ", ctx.PH(far)],
                  ["far, ", ctx.FULL(far), ", har adresse ", ctx.AD(far, label="på "), " og telefon ", ctx.PH(far), "."]))
    facts.append(("Mail mor", ctx.EM(mor), [ctx.N(mor, gen=True), " mail er ", ctx.EM(mor), ", og hun foretrækker at få søskendeplanen på mail."]))
    mm = relative(R.choice(["mormor", "farmor", "moster", "farbror", "morfar"]))
    facts.append(("Netværk", [ctx.FULL(mm), " (", mm.role, "), ", ctx.PH(mm), ", ", ctx.AD(mm)],
                  [mm.role, " ", ctx.FULL(mm), " har tilbudt at tage de to mindste i weekenderne; hun bor ", ctx.AD(mm, label="på "), " og har tlf. ", ctx.PH(mm), "."]))
    t = make_pro("klasselæreren", case["dom"])
    facts.append(("Skolekontakt", [ctx.FULL(t), ", klasselærer, direkte ", ctx.PH(t), ", ", ctx.EM(t)],
                  ["klasselærer ", ctx.FULL(t), " (", ctx.PH(t), ", ", ctx.EM(t), ") koordinerer med de øvrige skoler om søskendegruppen."]))
    facts.append(("Far, fødselsdato", [ctx.DOB(far, pre=""), ", ", ctx.CPR(far, pre="")],
                  ["far er ", ctx.DOB(far, pre="født "), " (", ctx.CPR(far, pre="CPR "), ") og har fælles forældremyndighed."]))
    facts.append(("Mor, fødselsdato", [ctx.DOB(mor, pre=""), ", ", ctx.EM(mor)],
                  ["mor er ", ctx.DOB(mor, pre="født "), "; søskendeflokken har samme mor."]))
    facts.append(("Bemærkning", ["søskendegruppe på ", str(len(kids)), " børn, jf. Barnets lov § 32"],
                  ["søskendeflokken på ", str(len(kids)), " børn vurderes samlet, jf. Barnets lov § 32, stk. 1."]))
    return facts

def g_holiday(case):
    ctx = case["ctx"]; kids = case["kids"]; mor, far, sw = case["mor"], case["far"], case["sw"]
    c = kids[0]
    facts = []
    facts.append(("Barn", [ctx.FULL(c), ", ", ctx.DOB(c, pre="f. ")] + ([" og ", ctx.FULL(kids[1]), ", ", ctx.DOB(kids[1], pre="f. ")] if len(kids) > 1 else []),
                  ["planen gælder ", ctx.FULL(c), " (", ctx.DOB(c), ")"] + ([" og ", ctx.FULL(kids[1]), " (", ctx.DOB(kids[1]), ")"] if len(kids) > 1 else []) + ["."]))
    w1 = R.randint(26, 28)
    sh = person("sommerhus"); sh.addr = make_addr(holiday=True)
    facts.append((f"Uge {w1}-{w1+1}", ["hos far i sommerhus, ", ctx.AD(sh)],
                  [f"i uge {w1} og {w1+1} er børnene hos ", ctx.N(far), " i sommerhuset ", ctx.AD(sh, label="på "), "."]))
    facts.append((f"Uge {w1+2}", ["hos mor, ", ctx.AD(mor)], [f"uge {w1+2} er hos ", ctx.N(mor), ", som bor ", ctx.AD(mor, label="på "), "."]))
    facts.append(("Overlevering", [f"lørdag kl. {R.randint(9, 15)}.00 ved Banegårdspladsen"],
                  [f"overleveringen sker lørdag kl. {R.randint(9, 15)}.00 ved Banegårdspladsen, så ingen skal køre helt hjem til den anden."]))
    facts.append(("Fars mobil på turen", ctx.PH(far), ["under kørslen kan far træffes på ", ctx.PH(far, spoken=case.get("speech", False)), " – han har en ekstra telefon med."]))
    facts.append(("Mors mobil", ctx.PH(mor), ["mor har oplyst nummeret ", ctx.PH(mor), ", hvis færgen bliver forsinket."]))
    gp = relative(R.choice(["farmor", "farfar", "mormor", "faster"]))
    facts.append(("Ferie hos " + gp.role, [ctx.FULL(gp), ", ", ctx.AD(gp), ", ", ctx.PH(gp)],
                  ["i uge 30 besøger børnene ", gp.role, " ", ctx.FULL(gp), " på adressen ", ctx.AD(gp), "; ", gp.role, " kan ringes op på ", ctx.PH(gp), "."]))
    facts.append(("Mail far", ctx.EM(far), ["ændringer sendes til far på ", ctx.EM(far), " og til mor på ", ctx.EM(mor), "."]))
    facts.append(("CPR (rejsesygesikring)", ctx.CPR(c, pre=""), ["til det blå EU-sygesikringskort har far brug for ", ctx.N(c, gen=True), " personnummer: ", ctx.CPR(c, pre=""), "."]))
    facts.append(("Weekender i august", ["hver anden weekend, fredag kl. 15 til søndag kl. 17"],
                  ["efter sommerferien genoptages ordningen med hver anden weekend, fredag kl. 15 til søndag kl. 17, jf. aftalen fra Familieretshuset."]))
    if len(kids) > 2:
        k = kids[2]
        facts.append(("Mindste barn", [ctx.FULL(k), ", ", ctx.DOB(k, pre="")], ["den mindste, ", ctx.FULL(k), ", ", ctx.DOB(k, pre="født "), ", bliver hos mor hele ferien."]))
    return facts

CULTURE = ["Hovedbiblioteket", "Dokk1", "Nationalmuseet", "Den Gamle By", "Moesgaard Museum", "ARoS", "Louisiana", "Experimentarium", "Naturhistorisk Museum", "Nordisk Film Biografer", "Cinemaxx", "Øst for Paradis", "Kvadrat Biograf", "Danmarks Borgcenter"]
def g_culture(case):
    ctx = case["ctx"]; c = case["kids"][0]; sw = case["sw"]
    c.role = "plejebarnet"
    pm = person("plejemor", "f"); pf = person("plejefar", "m", surname=pm.last); pf.addr = pm.addr
    case["senders"] = [pm, pf, sw]; case["recipient"] = pm
    v = R.choice(CULTURE); v2 = R.choice(CULTURE)
    facts = []
    facts.append(("Plejebarn", [ctx.FULL(c), ", ", ctx.DOB(c, pre="")], ["plejebarnet ", ctx.FULL(c), " (", ctx.DOB(c), ") har fået lånerkort på ", v, "."]))
    facts.append(("Lånerkort oprettet med", ctx.CPR(c, pre=""), ["biblioteket oprettede kortet med barnets personnummer ", ctx.CPR(c, pre=""), " og plejemors adresse ", ctx.AD(pm), "."]))
    facts.append(("Plejemor", [ctx.FULL(pm), ", ", ctx.PH(pm), ", ", ctx.EM(pm)], ["plejemor ", ctx.FULL(pm), " modtager billetterne på ", ctx.EM(pm), " og kan ringes op på ", ctx.PH(pm), "."]))
    facts.append(("Plejefar", [ctx.FULL(pf), ", ", ctx.PH(pf)], ["plejefar ", ctx.FULL(pf), " tager med i biografen; hans nummer er ", ctx.PH(pf), "."]))
    facts.append(("Adresse på medlemskort", ctx.AD(pm), ["medlemskortet til ", v2, " er sendt til ", ctx.AD(pm), "."]))
    facts.append(("Booking", [f"{R.randint(2, 4)} billetter, ordre {R.choice('ABCDEFGHK')}{R.randint(100, 999)}-{R.choice('XYZQW')}{R.randint(10, 99)}, {R.choice(['149', '95', '0', '75'])} kr. pr. stk."],
                  [f"der er bestilt {R.randint(2, 4)} billetter til søndag kl. {R.randint(10, 16)}.00, børnebilletten koster {R.choice(['95', '75', '60'])} kr."]))
    facts.append(("Plejeforældrenes note", [ctx.N(c, cap=True) if not ctx.planted else ctx.N(c), " var glad for udstillingen"],
                  [ctx.N(c), " var stille i starten, men sad til sidst helt fremme og spurgte guiden om alt."]))
    facts.append(("Samvær", ["mor deltager ved næste besøg"], ["mor, ", ctx.FULL(case["mor"]), ", har spurgt, om hun må komme med på ", v2, "; hun kan kontaktes på ", ctx.PH(case["mor"]), "."]))
    facts.append(("Kontaktperson", [ctx.FULL(sw), ", ", ctx.PH(sw)], ["udgiften til årskortet (", R.choice(["395", "450", "295"]), " kr.) dækkes efter aftale med ", ctx.FULL(sw), "."]))
    facts.append(("Plejemor f.", ctx.DOB(pm, pre=""), ["plejemor er ", ctx.DOB(pm, pre="født "), " og står som voksen på familiekortet."]))
    facts.append(("Mors adresse", ctx.AD(case["mor"]), ["invitationen til ferniseringen blev også sendt til mors adresse, ", ctx.AD(case["mor"]), "."]))
    return facts

VACC = [("MFR 2", "4 år"), ("DiTeKiPol revaccination", "5 år"), ("HPV 1. stik", "12 år"), ("HPV 2. stik", "12½ år"), ("MFR 1", "15 måneder")]
def g_vacc(case):
    ctx = case["ctx"]; c = case["kids"][0]; mor, far = case["mor"], case["far"]
    ns = make_pro("sundhedsplejersken", case["dom"], "f"); case["sw"] = ns
    case["sw_title"] = "Sundhedsplejerske, Skolesundhedsplejen"; case["sender_org"] = f"{muni_label(case['muni'])}\nSundhedsplejen"
    case["senders"] = [mor, far, ns]
    vac, ag = R.choice(VACC)
    facts = []
    facts.append(("Barn", [ctx.FULL(c), ", ", ctx.DOB(c, pre=""), ", ", ctx.CPR(c, pre="")], ["ifølge vores oplysninger mangler ", ctx.FULL(c), ", ", ctx.DOB(c), ", ", ctx.CPR(c), f", at få {vac}, som anbefales ved {ag}."]))
    facts.append(("Påmindelse", [f"{vac} – 2. påmindelse"], [f"dette er anden påmindelse om {vac} i det danske børnevaccinationsprogram; vaccinen er gratis hos egen læge."]))
    facts.append(("Sundhedsplejerske", [ctx.FULL(ns), ", direkte ", ctx.PH(ns), ", ", ctx.EM(ns)], ["I er velkomne til at kontakte sundhedsplejerske ", ctx.FULL(ns), " på ", ctx.PH(ns), " eller ", ctx.EM(ns), "."]))
    facts.append(("Sundhedsplejerskens note", [f"skoleundersøgelse i {R.choice(['0.', '1.', '5.', '8.'])} klasse, lokale {R.randint(1, 2)}.{R.randint(10, 30)}"],
                  [f"ved indskolingsundersøgelsen i lokale {R.randint(1, 2)}.{R.randint(10, 30)} blev højde og vægt målt; ", ctx.N(c), " var lidt nervøs for stikket."]))
    facts.append(("Forældresvar", [ctx.N(mor), ": vi kommer gerne"], ["hej, vi har bestilt tid hos lægen. Hilsen ", ctx.N(mor), ", ", ctx.PH(mor)]))
    facts.append(("Fars svar", [ctx.N(far), ", ", ctx.EM(far)], ["far, ", ctx.FULL(far), ", skriver fra ", ctx.EM(far), ", at han ikke ønsker HPV-vaccinen givet før han har talt med lægen."]))
    facts.append(("Adresse", ctx.AD(mor), ["brevet er sendt til ", ctx.AD(mor), " og som kopi til far."]))
    facts.append(("Egen læge", [f"lægehuset ved Torvet, tlf. via 1813 uden for åbningstid"], ["uden for lægens åbningstid kan I ringe til 1813 eller lægevagten."]))
    facts.append(("Far adresse", ctx.AD(far), ["far er registreret ", ctx.AD(far, label="på "), "."]))
    if len(case["kids"]) > 1:
        k = case["kids"][1]
        facts.append(("Søskende", [ctx.FULL(k), ", ", ctx.DOB(k, pre="")], ["lillesøster/lillebror ", ctx.FULL(k), ", ", ctx.DOB(k), ", er fuldt vaccineret."]))
    facts.append(("Mor tlf.", ctx.PH(mor), ["mor har bedt om en sms på ", ctx.PH(mor), " dagen før."]))
    return facts

BANKS = ["Danske Bank", "Nordea", "Jyske Bank", "Lunar", "Sydbank", "Arbejdernes Landsbank", "Spar Nord"]
def g_budget(case):
    ctx = case["ctx"]; u = case["kids"][0]; sw = case["sw"]
    kp = make_pro("kontaktpersonen", case["dom"]); pf = person("plejefar", "m")
    bank = R.choice(BANKS); lp = R.choice([800, 1000, 1200, 1500, 1750])
    case["senders"] = [u, kp, sw]; case["recipient"] = u
    u.addr = make_addr()
    facts = []
    facts.append(("Ung", [ctx.FULL(u), ", ", ctx.DOB(u, pre="")], ["budgettet er lavet sammen med ", ctx.FULL(u), " (", ctx.DOB(u), "), som gerne vil styre sine egne penge."]))
    facts.append(("CPR til banken", ctx.CPR(u, pre=""), ["banken skal bruge ", ctx.N(u, gen=True), " personnummer, ", ctx.CPR(u, pre=""), f", og forældremyndighedens samtykke for at udstede hævekort i {bank}."]))
    facts.append(("Lommepenge", [f"{lp} kr. pr. måned"], [f"lommepengene er {lp} kr. om måneden og overføres den 1. i måneden."]))
    facts.append(("Mobil", [R.choice(["129", "99", "149"]), " kr./md"], [f"mobilabonnement {R.choice(['129', '99', '149'])} kr., busskort {R.choice(['375', '450', '280'])} kr., resten til tøj og fritid."]))
    facts.append(("Overførsel", [f"{R.choice([200, 300, 500])} kr. fra ", ctx.N(pf)], [f"der er kommet en overførsel på {R.choice([200, 300, 500])} kr. fra plejefar ", ctx.FULL(pf), " til fødselsdagen."]))
    facts.append(("Kontaktperson", [ctx.FULL(kp), ", ", ctx.PH(kp), ", ", ctx.EM(kp)], ["kontaktperson ", ctx.FULL(kp), " (", ctx.PH(kp), ") gennemgår kontoudtoget med ", ctx.N(u), " hver anden torsdag."]))
    facts.append(("Den unges mobil", ctx.PH(u), [ctx.N(u), " har selv skrevet sit nummer, ", ctx.PH(u), ", på ansøgningen."]))
    facts.append(("Adresse", ctx.AD(u), ["hævekortet sendes til ", ctx.AD(u), ", hvor ", ctx.N(u), " bor i udslusningsbolig."]))
    facts.append(("Mail", ctx.EM(u), ["den unge har oprettet mail ", ctx.EM(u), " til netbanken."]))
    facts.append(("Kontaktpersonens note", ["første hævekort, grænse 500 kr. pr. dag"],
                  ["første måned gik godt; der blev brugt for meget på takeaway, men ingen overtræk. Vi aftalte en opsparing på 100 kr. om ugen."]))
    facts.append(("Mor", [ctx.FULL(case["mor"]), ", ", ctx.PH(case["mor"])], ["mor, ", ctx.FULL(case["mor"]), ", har givet samtykke pr. telefon fra ", ctx.PH(case["mor"]), "."]))
    return facts

def g_birthday(case):
    ctx = case["ctx"]; c = case["kids"][0]; mor, far = case["mor"], case["far"]
    ped = make_pro("pædagogen", case["dom"]); ped2 = make_pro("pædagogmedhjælperen", case["dom"])
    case["sw"] = ped; case["sw_title"] = "Pædagog, " + R.choice(["Stuen Mariehønen", "Gruppe Blå", "Afdeling Nord", "Grønstuen"])
    case["sender_org"] = f"{muni_label(case['muni'])}\nDagtilbud"
    case["senders"] = [ped, mor, ped2]
    guests = [person(f"Barn {x}", y0=c.dob[0] - 1, y1=min(c.dob[0] + 1, 2022)) for x in "BCDEF"]
    for i, g in enumerate(guests):
        g.role = ["en legekammerat", "et barn fra stuen", "en ven fra naboafdelingen", "et barn fra gruppen", "en gæst"][i]
    gpar = person("en forælder", "f")
    facts = []
    facts.append(("Fødselar", [ctx.FULL(c), ", ", ctx.DOB(c, pre="f. ")], [ctx.FULL(c), f" blev fejret i dag med boller og flag; {'hun' if c.sex == 'f' else 'han'} fylder {age(c)} år (", ctx.DOB(c), ")."]))
    gl = []
    for i, g in enumerate(guests[:R.randint(3, 5)]):
        if i: gl.append(", ")
        gl.append(ctx.N(g, form=R.choice(["full", "first"])))
    facts.append(("Gæsteliste", gl, ["på gæstelisten stod ", gl, "."]))
    facts.append(("Ringet til", [ctx.N(mor), " kl. 13.10, ", ctx.PH(mor)], ["vi ringede til mor, ", ctx.FULL(mor), ", kl. 13.10 på ", ctx.PH(mor), " for at høre om kagen måtte indeholde nødder."]))
    facts.append(("Foto 1", [ctx.N(c), " blæser lys ud"], ["foto 1: ", ctx.N(c), " blæser lysene ud, ", ctx.N(guests[0]), " står bagved med krone på."]))
    facts.append(("Foto 2", ["gruppebillede på legepladsen"], ["foto 2: gruppebillede på legepladsen, ", ctx.N(guests[1]), " og ", ctx.N(guests[2]), " er ikke med, da der ikke er samtykke til billeder."]))
    facts.append(("Afhentning", [ctx.N(guests[1]), " hentes af ", ctx.FULL(gpar), ", ", ctx.PH(gpar)], [ctx.N(guests[1]), " blev hentet af ", ctx.FULL(gpar), " (", ctx.PH(gpar), ") fra ", ctx.AD(gpar), "."]))
    facts.append(("Far", [ctx.FULL(far), ", ", ctx.PH(far)], ["far, ", ctx.FULL(far), ", kom forbi kl. 14.30 med en gave; han havde fået invitationen på ", ctx.EM(far), "."]))
    facts.append(("Invitation sendt til", ctx.AD(mor), ["invitationerne blev sendt hjem til ", ctx.AD(mor), " og lagt på Aula."]))
    facts.append(("Pædagog", [ctx.FULL(ped2), ", ", ctx.EM(ped2)], ["pædagogmedhjælper ", ctx.FULL(ped2), " tog billederne og lægger dem på Aula, ", ctx.EM(ped2), "."]))
    facts.append(("Gæst CPR (skadestue)", [ctx.N(guests[0]), ", ", ctx.CPR(guests[0], pre="")], ["da ", ctx.N(guests[0]), " slog hovedet på rutsjebanen, blev forældrene ringet op og CPR ", ctx.CPR(guests[0], pre=""), " oplyst til skadestuen; intet brækket."]))
    facts.append(("Gæst f.", ctx.DOB(guests[2], pre=""), [ctx.FULL(guests[2]), ", ", ctx.DOB(guests[2]), ", havde også fødselsdag i weekenden og fik en sang med."]))
    facts.append(("Mors mail", ctx.EM(mor), ["billederne sendes til mors mail, ", ctx.EM(mor), "."]))
    return facts

GENRES = [
    ("Søskendegruppe – oversigt", g_siblings, dict(n=(2, 5), y=(2008, 2021))),
    ("Sommerferieplan", g_holiday, dict(n=(1, 3), y=(2010, 2021))),
    ("Kulturtilbud med plejebarn", g_culture, dict(n=(1, 1), y=(2010, 2019))),
    ("Påmindelse om vaccination", g_vacc, dict(n=(1, 2), y=(2009, 2021))),
    ("Budget og første hævekort", g_budget, dict(n=(1, 1), y=(2007, 2010))),
    ("Fødselsdag på institutionen", g_birthday, dict(n=(1, 1), y=(2018, 2022))),
]
GENRE_TITLES = [
    ["Søskendegruppe – oversigt", "Notat om tvillingerne", "Søskendeflok – kontaktoplysninger"],
    ["Sommerferieplan", "Sommerferie og overlevering", "Feriesteder sommeren"],
    ["Kulturtilbud med plejebarn", "Bibliotek, biograf og museum", "Medlemskort og billetter"],
    ["Påmindelse om vaccination", "Skolesundhedsplejen – påmindelse", "Vaccinationsprogram"],
    ["Budget og første hævekort", "Lommepenge og budget", "Ungebudget"],
    ["Fødselsdag på institutionen", "Gæsteliste til fødselsdag", "Fødselsdagsnotat"],
]
STYLES = ["prose", "kv", "list", "table", "sms", "letter", "log", "mail"]
BANDS = [(30, 80), (81, 150), (151, 300)]

def clean_extras():
    """look-alike facts for clean texts (no personal data)."""
    cvr = str(R.randint(10000000, 99999999)); LOOKALIKE.add(cvr)
    ean = "5798" + rd(9); LOOKALIKE.add(ean)
    icd = R.choice(["F90.0", "F84.0", "J45.9", "E10.9", "F43.2", "G40.9", "L20.9"])
    med = R.choice(["Ritalin", "Melatonin", "Ventoline", "Panodil", "Concerta", "Atarax"])
    amt = R.choice(["1.250", "3.400", "12.500", "695", "18.900"])
    meet = f"{R.randint(1, 28)}. {R.choice(MONTHS)} {R.choice([2024, 2025])}"
    words = R.choice([
        "Vi fik sol hele eftermiddagen, og der var glad stemning",
        "Der var storm i weekenden, så turen til skov og strand blev flyttet",
        "Maj var en travl måned; have og skov blev brugt til leg",
        "Lykken var stor, da bussen endelig kom",
        "Efter mødet gik vi en tur i skoven ved Banegårdspladsen",
        "Vinteren var lang, men nu er der lys i haven igen",
    ])
    return [
        ("Lovgrundlag", [R.choice(["Barnets lov § 32, stk. 1, nr. 3", "Barnets lov § 46", "Barnets lov § 91 (barnets plan)", "Barnets lov § 20, stk. 3"])], [R.choice(["afgørelsen er truffet efter Barnets lov § 32, stk. 1, nr. 3", "indsatsen følges op i barnets plan, jf. Barnets lov § 91", "den børnefaglige undersøgelse skal være færdig inden fire måneder, jf. § 20, stk. 3"]), "."]),
        ("Beløb", [f"{amt} kr."], [f"udgiften på {amt} kr. er bevilget af Myndighed."]),
        ("Leverandør", [f"CVR {cvr}, EAN {ean}"], [f"faktura sendes til EAN {ean}; leverandørens CVR er {cvr}."]),
        ("Møde", [meet + f", kl. {R.randint(8, 15)}.{R.choice(['00', '15', '30', '45'])}, lokale {R.randint(1, 4)}.{R.randint(1, 40):02d}"], [f"opfølgningsmøde {meet} kl. {R.randint(8, 15)}.30 i lokale {R.randint(1, 4)}.{R.randint(1, 40):02d} på rådhuset."]),
        ("Helbred", [f"{icd}, {med}"], [f"barnet har diagnosen {icd} og får {med} efter lægens anvisning."]),
        ("Akut", ["ring 112 ved fare, 1813 ved sygdom, 114 til politiet"], ["ved akut fare ringes 112; Børnetelefonen 116 111 er nævnt for barnet; Giftlinjen 82 12 12 12."]),
        ("Bemærkning", [words], [words, "."]),
    ]

NARR = {
 0: ["ved hjemmebesøget sad {k0} og {k1} tæt sammen i sofaen, mens de andre legede på værelset.",
     "{k0} fortalte, at det er svært at være den ældste og altid skulle passe på de små.",
     "skolen oplyser, at {k1} har haft fravær i perioden, men at det er bedret efter mødet med {sw}.",
     "{sw} vurderer, at søskendegruppen bør forblive samlet, og at relationerne mellem {k0} og {k1} er en ressource."],
 1: ["{k0} har selv sagt, at hun/han glæder sig til sommerhuset, men gerne vil ringe til {mor} hver aften.",
     "forældrene er enige om planen; {far} har dog bedt om at bytte en weekend i august.",
     "{sw} har sendt planen til begge forældre og bedt dem bekræfte inden fredag.",
     "der er aftalt, at {k0} medbringer medicin og pas, og at den forælder, der afleverer, pakker tasken."],
 2: ["{k0} valgte selv filmen og spiste popcorn for første gang i biografen.",
     "plejefamilien oplever, at biblioteket er et roligt sted for {k0}, som læser tegneserier i hjørnet.",
     "{sw} har godkendt, at udgiften til museumskortet dækkes som en del af plejevederlaget.",
     "det blev aftalt, at {mor} kan deltage ved næste besøg, hvis samværet går roligt."],
 3: ["{k0} spurgte, om det gør ondt, og fik lov at holde {mor} i hånden.",
     "forældrene har tidligere været i tvivl om vaccinen, men {mor} har nu læst materialet fra Sundhedsstyrelsen.",
     "hvis I ikke ønsker vaccinen, beder vi jer give besked, så vi kan notere det i journalen.",
     "ved næste skolestart tilbydes {k0} en samtale med sundhedsplejersken om søvn og trivsel."],
 4: ["{k0} sagde, at det er første gang, hun/han selv kan se, hvad pengene går til.",
     "{sw} og kontaktpersonen aftalte, at budgettet evalueres efter tre måneder.",
     "{k0} vil spare op til et kørekort og har oprettet en opsparingskonto ved siden af.",
     "{mor} var bekymret for mobilkøb på kredit, men blev beroliget, da der ikke er kredit på kortet."],
 5: ["{k0} sad for bordenden med krone på og valgte selv sangen.",
     "der blev serveret boller, frugt og saftevand; en gæst havde allergi, så der var ingen nødder.",
     "{mor} takkede bagefter for billederne og for, at personalet havde gjort dagen festlig.",
     "{k0} var træt efter frokost og sov en halv time, inden gaverne blev pakket op."],
}
def narrative(case, g):
    ctx = case["ctx"]; kids = case["kids"]
    out = []
    for t in NARR[g]:
        parts = re.split(r"(\{\w+\})", t)
        seq = []
        for part in parts:
            if part == "{k0}": seq.append(ctx.N(kids[0]))
            elif part == "{k1}": seq.append(ctx.N(kids[1] if len(kids) > 1 else kids[0]))
            elif part == "{mor}": seq.append(ctx.N(case["mor"]))
            elif part == "{far}": seq.append(ctx.N(case["far"]))
            elif part == "{sw}": seq.append(ctx.N(case["sw"]))
            elif part: seq.append(part)
        pron = "hun" if kids[0].sex == "f" else "han"
        seq = [x.replace("hun/han", pron) if isinstance(x, str) else x for x in flat(seq)]
        out.append((R.choice(["Notat", "Observation", "Bemærkning", "Note"]), seq, seq))
    return out

# ---------------------------------------------------------------- checks
WB = lambda t: re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")
PHONE_RE = re.compile(r"(?<![\d+])(?:(?:\+|00)\d{2,3}[ ]?)?(?:\d{8}|\d{2}[ .-]\d{2}[ .-]\d{2}[ .-]\d{2}|\d{4} \d{4})(?![\d])")
CPR_RE = re.compile(r"(?<!\d)(?:\d{6}[- ]?\d{4}|\d{2}[. -]\d{2}[. -]\d{2}[- ]\d{4}|\d{2}\.\d{2}\.\d{2}-\d{4})(?!\d)")
FODT_RE = re.compile(r"(?i)(?<!\w)(?:født|f\.|fødselsdato:?)\s*(?:d\.\s*)?(\d)")
POOL_NAMES = sorted(set([f for f, _ in FIRST] + [w for l in LAST for w in l.replace("-", " ").split() if len(w) > 2 and w[0].isupper()]))
POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in POOL_NAMES) + "|" + "|".join(re.escape(n.upper()) for n in POOL_NAMES) + r")(?!\w)")
STREET_RE = re.compile(r"(?i)(?:" + "|".join(re.escape(s) for s in STREETS) + r")\s+\d")

def inside(spans, a, b):
    return any(s["start"] <= a and b <= s["end"] for s in spans)

def overlaps_free(spans, a, b):
    return not inside(spans, a, b)

def check(text, spans, allowed, lo, hi, forbid=None):
    n = len(text.split())
    if not (lo <= n <= hi): return f"band {n}"
    prev = -1
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]: return "offset"
        if s["kind"] not in allowed: return "kind"
        if s["start"] < prev: return "order"
        prev = s["end"]
        if s["text"] != s["text"].strip() or not s["text"]: return "ws"
    for s in spans:
        for m in WB(s["text"]).finditer(text):
            if not inside(spans, m.start(), m.end()): return f"unplanted copy {s['text']!r}"
    for m in POOL_RE.finditer(text):
        if not inside(spans, m.start(), m.end()): return f"pool name {m.group()!r}"
    for m in PHONE_RE.finditer(text):
        if not inside(spans, m.start(), m.end()) and m.group() not in LOOKALIKE: return f"phone-shaped {m.group()!r}"
    for m in CPR_RE.finditer(text):
        if not inside(spans, m.start(), m.end()) and m.group() not in LOOKALIKE: return f"cpr-shaped {m.group()!r}"
    for m in re.finditer("@", text):
        if not any(s["kind"] == "email" and s["start"] <= m.start() < s["end"] for s in spans): return "@"
    for m in STREET_RE.finditer(text):
        if not inside(spans, m.start(), m.end()): return f"street+no {m.group()!r}"
    for m in FODT_RE.finditer(text):
        if not inside(spans, m.start(1), m.end(1)): return f"født+digits {m.group()!r}"
    if forbid is not None:
        for f in forbid:
            if f in text: return f"planted text in clean {f!r}"
    return None

# ---------------------------------------------------------------- build
def build_case_text(i, planted):
    g = i % 6
    band = (i // 6) % 3
    style = STYLES[(i // 18 + g) % len(STYLES)] if True else None
    title_base, fn, cfg = GENRES[g]
    lo, hi = BANDS[band]
    case = new_case(planted, g, R.randint(*cfg["n"]), *cfg["y"])
    case["speech"] = style in ("log", "sms")
    facts = fn(case)
    nar = narrative(case, g)
    first = facts[:1]; rest = facts[1:]
    R.shuffle(rest); R.shuffle(nar)
    rest = rest + nar
    facts = first + rest
    if not planted:
        ex = clean_extras(); R.shuffle(ex)
        facts = first + [x for pair in zip(rest, ex) for x in pair] + rest[len(ex):]
    title = R.choice(GENRE_TITLES[g])
    pieces = render(style, title, facts, case["ctx"], band, case, lo, hi)
    return pieces, style, band, g

DUP_RE = re.compile(r"(?i)\b([^\W\d_]+)(,? )(\1(?:en|n|et)?)\b(,(?= ))?")
def tidy_clean(text):
    def f(m):
        a, b = m.group(1), m.group(3)
        return (b[0].upper() + b[1:]) if a[0].isupper() else b
    text = DUP_RE.sub(f, text)
    text = re.sub(r"\((\d+ år)\) \(\1\)", r"(\1)", text)
    text = re.sub(r"\b(\d+) år \(\1 år\)", r"\1 år", text)
    text = re.sub(r"\((\d+) år\), \1 år", r"(\1 år)", text)
    return text.replace("((", "(").replace("))", ")")

def gen_file(prefix, n, planted, forbid=None):
    rows = []; meta = []
    for i in range(n):
        for attempt in range(400):
            pieces, style, band, g = build_case_text(i, planted)
            if pieces is None: continue
            text, spans = assemble(pieces)
            if not planted:
                text = tidy_clean(text)
            err = check(text, spans, {"name", "phone", "email", "address", "dob", "cpr"}, *BANDS[band], forbid=forbid)
            if err is None: break
            if os.environ.get("DEBUG"): print(prefix, i, err, file=sys.stderr)
        else:
            raise SystemExit(f"could not draw {prefix}{i+1}")
        rows.append({"id": f"{CORPUS}-{prefix}{i+1:03d}", "text": text, "planted": spans})
        meta.append((g, style, band))
    return rows, meta

def inst_kind(n):
    for k, keys in (("efter", ("efterskole", "kostskole")), ("skole", ("skole",)), ("dag", ("børne", "vuggestue", "dagpleje")),
                    ("bo", ("opholdssted", "bosted", "ungdomshjem")), ("klub", ("klub", "fritidshjem")), ("pleje", ("pleje",))):
        if any(x in n.lower() for x in keys): return k
    return "bo"
INST_TEMPL = [
    [("skole",), "Barn A (7 år) går i 1.b på ", 0, " og i fritidsordningen efter skole; forældrene er tilfredse."],
    [("efter",), "Den unge (16 år) er optaget på ", 0, " fra august; udgiften dækkes delvist efter Barnets lov § 32."],
    [("pleje", "pleje"), "Plejefamilien er godkendt gennem ", 0, ", og supervisionen ligger hos ", 1, "."],
    [("bo", "skole"), "Barnet er anbragt på ", 0, " siden marts. Skolegangen foregår på ", 1, " i samme by."],
    [("skole",), "Forældrene ønsker skoleskift fra kommuneskolen til ", 0, ", hvor der er plads i 4. klasse."],
    [("klub", "dag"), "Storebror (14 år) kommer i ", 0, " om eftermiddagen, lillesøster (3 år) i ", 1, "."],
    [("bo",), "Mødet blev holdt hos ", 0, " med deltagelse af lederen og kontaktpædagogen."],
    [("dag",), "Henvendelse fra ", 0, " om et barn, der ofte kommer sulten; underretningen behandles inden for 24 timer."],
]
def gen_institutions(n=30):
    rows = []
    for i in range(n):
        for attempt in range(200):
            t = INST_TEMPL[i % len(INST_TEMPL)] if i < len(INST_TEMPL) else R.choice(INST_TEMPL)
            kinds = t[0]
            a = R.choice([n for n in INSTITUTIONS_PRIV if inst_kind(n) == kinds[0]])
            b = R.choice([n for n in INSTITUTIONS_PRIV if inst_kind(n) == kinds[-1] and n != a])
            pieces = []
            for x in t[1:]:
                if x == 0: pieces.append(S("institution", a))
                elif x == 1: pieces.append(S("institution", b))
                else: pieces.append(x)
            text, spans = assemble(pieces)
            err = check(text, spans, {"institution"}, 12, 40)
            if err is None: break
        else:
            raise SystemExit("inst")
        rows.append({"id": f"{CORPUS}-i{i+1:03d}", "text": text, "planted": spans})
    return rows

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def main():
    planted, pm = gen_file("p", 240, True)
    forbid = []
    seenf = {}
    for r in planted:
        for s in r["planted"]:
            if s["kind"] != "name" and s["text"] not in seenf:
                seenf[s["text"]] = 1; forbid.append(s["text"])
    clean, cm = gen_file("c", 240, False, forbid=forbid)
    for r in clean:
        assert not r["planted"]
    inst = gen_institutions()
    # global checks
    counts = {}
    for r in planted:
        for s in r["planted"]:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    tot = sum(counts.values())
    assert 3000 <= tot <= 4500, (tot, counts)
    for k in ("phone", "address", "dob"): assert counts.get(k, 0) >= 250, (k, counts)
    for k in ("cpr", "email"): assert counts.get(k, 0) >= 120, (k, counts)
    assert counts["name"] == max(counts.values())
    write("planted.jsonl", planted); write("clean.jsonl", clean); write("institutions.jsonl", inst)
    print("planted spans", tot, dict(sorted(counts.items())))
    print("institution spans", sum(len(r["planted"]) for r in inst))
    for lab, meta in (("planted", pm), ("clean", cm)):
        st = {}
        for g, s, b in meta:
            st[s] = st.get(s, 0) + 1
        print(lab, "styles", dict(sorted(st.items())))
        bd = {}
        for g, s, b in meta:
            bd[(g, b)] = bd.get((g, b), 0) + 1
        print(lab, "genre x band", dict(sorted(bd.items())))

if __name__ == "__main__":
    main()
