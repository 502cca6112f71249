#!/usr/bin/env python3
"""Generate the blind35 held-out corpus. Python 3.11 stdlib only; deterministic."""
import json, re, os, sys, hashlib, unicodedata, datetime
import random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import ORIGINS, ORIGIN_W, NICK, TOWNS, STREETS, FOREIGN_ADDR, FOREIGN_PHONE, MAILDOM, FEMALE, MALE_ONLY_EXCLUDE
from genres import GENRES, CLEAN_LABEL, INSTITUTION_TEXTS

SEED = 35035
OUT = os.path.dirname(os.path.abspath(__file__))
CORPUS = "blind35"
rng = random.Random(SEED)

MONTHS = ["januar","februar","marts","april","maj","juni","juli","august","september","oktober","november","december"]
EMONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
ORD = ["første","anden","tredje","fjerde","femte","sjette","syvende","ottende","niende","tiende","ellevte","tolvte","trettende","fjortende","femtende","sekstende","syttende","attende","nittende","tyvende","enogtyvende","toogtyvende","treogtyvende","fireogtyvende","femogtyvende","seksogtyvende","syvogtyvende","otteogtyvende","niogtyvende","tredivte","enogtredivte"]
NUM = ["nul","en","to","tre","fire","fem","seks","syv","otte","ni","ti","elleve","tolv","tretten","fjorten","femten","seksten","sytten","atten","nitten","tyve"]
DIG = ["nul","en","to","tre","fire","fem","seks","syv","otte","ni"]
def yword(y):
    if y >= 2000:
        r = y - 2000
        if r <= 20: return "totusind og " + NUM[r] if r else "totusind"
        return "totusind og " + NUM[r-20] + "ogtyve"
    tens = {6:"tres",7:"halvfjerds",8:"firs",9:"halvfems"}[(y%100)//10]; u = y % 10
    return "nitten" + ("hundrede og " + (NUM[u] + "og" if u else "") + tens)

def fold(s):
    s = s.replace("æ","ae").replace("ø","oe").replace("å","aa").replace("Æ","Ae").replace("Ø","Oe").replace("Å","Aa").replace("ð","d").replace("ı","i").replace("ł","l").replace("Ł","L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

POOL_FIRST = []; POOL_LAST = []
for k in ORIGINS:
    POOL_FIRST += ORIGINS[k][0]; POOL_LAST += ORIGINS[k][1]
POOL_TOKENS = []
for nm in POOL_FIRST + POOL_LAST + list(NICK.values()):
    for t in re.split(r"[ \-]", nm):
        if len(t) >= 2 and t not in POOL_TOKENS and t not in ("á","í","El","Al","Abu"):
            POOL_TOKENS.append(t)

class Person:
    def __init__(self, role, child, avoid=(), family_last=None):
        ok = list(ORIGIN_W); w = [ORIGIN_W[k] for k in ok]
        o = rng.choices(ok, w)[0]
        want = "f" if role in ("mor", "mormor", "soster") else ("m" if role in ("far", "bror") else None)
        cands = [n for n in ORIGINS[o][0] if n not in avoid and (want is None or n in MALE_ONLY_EXCLUDE or (n in FEMALE) == (want == "f"))]
        if not cands: cands = [n for n in ORIGINS["dk"][0] if n not in avoid and (want is None or (n in FEMALE) == (want == "f"))]
        self.first = rng.choice(cands)
        o2 = o if rng.random() < 0.85 else rng.choices(ok, w)[0]
        self.last = rng.choice(ORIGINS[o2][1])
        if rng.random() < 0.06 and o2 != "dk":
            self.last = self.last + "-" + rng.choice(ORIGINS["dk"][1][:14])
        if family_last and rng.random() < 0.6:
            self.last = family_last
        if child:
            y = rng.randint(2010, 2018) if role == "barn" else rng.randint(2008, 2021)
            if role == "ung": y = rng.randint(2003, 2008)
        else:
            y = rng.randint(1962, 1999)
        m = rng.randint(1, 12); d = rng.randint(1, 28 if m == 2 else (30 if m in (4,6,9,11) else 31))
        self.birth = datetime.date(y, m, d)
        if y >= 2000: c7 = rng.choice([4,5,6,7,8,9])
        elif y >= 1937: c7 = rng.choice([0,1,2,3,4,9])
        else: c7 = rng.choice([0,1,2,3])
        self.serial = "%d%03d" % (c7, rng.randint(0, 999))
        self.phone = "%d%07d" % (rng.choice([2,3,4,5,6,8,9]), rng.randint(0, 9999999))
        if self.phone[:2] in ("70","80","90","11","18"): self.phone = "2" + self.phone[1:]
        st = rng.choice(STREETS); no = str(rng.randint(1, 148))
        if rng.random() < 0.25: no += rng.choice("ABCD")
        fl = ""
        if rng.random() < 0.35: fl = ", " + rng.choice(["st.","1.","2.","3.","4.","1. sal","2. sal"]) + rng.choice([" tv."," th."," mf.",""," 4"])
        self.street = st; self.no = no; self.floor = fl
        self.town = None
        self.role = role
    def ini(self):
        parts = re.split(r"[ \-]", self.first) + re.split(r"[ \-]", self.last)
        parts = [p for p in parts if p and p not in ("á","í")]
        return "".join(fold(p)[0].upper() for p in parts[:3])

class Ctx:
    def __init__(self, clean):
        self.clean = clean
        self.town = rng.choice(TOWNS)
        self.persons = {}
        self.seen = {}
    def person(self, role):
        if role not in self.persons:
            fam = None
            if role in ("barn", "bror", "soster", "far"):
                for r2 in ("mor", "far", "barn"):
                    if r2 in self.persons and r2 != role: fam = self.persons[r2].last; break
            used = [q.first for q in self.persons.values()]
            p = Person(role, role in ("barn","ung","bror","soster"), used, fam)
            while fam is None and any(p.last == q.last for q in self.persons.values()) and rng.random() < 0.9:
                p = Person(role, role in ("barn","ung","bror","soster"), used, fam)
            p.town = self.town if rng.random() < 0.8 else rng.choice(TOWNS)
            self.persons[role] = p
        return self.persons[role]

def name_form(p, form):
    if form == "":
        form = rng.choices(["full","first","last","caps","low","rev","typo","nick","ini"], [34,38,8,3,3,5,3,3,3])[0]
    f, l = p.first, p.last
    if form == "full": return f + " " + l
    if form == "first": return f
    if form == "last": return l
    if form == "caps": return rng.choice([(f + " " + l).upper(), l.upper()])
    if form == "low": return rng.choice([(f + " " + l).lower(), f.lower()])
    if form == "rev": return l + ", " + f
    if form == "typo":
        w = f
        if len(w) >= 5:
            i = rng.randint(1, len(w) - 3)
            w2 = w[:i] + w[i+1] + w[i] + w[i+2:]
            if w2 != w: return w2
        return w + w[-1] if w[-1] not in "aeiou" else w[:-1] + "e"
    if form == "nick": return NICK.get(f, f)
    if form == "ini":
        i = p.ini()
        return rng.choice([".".join(i) + ".", i]) if len(i) == 2 else i
    if form == "gen":
        base = rng.choice([f, f + " " + l])
        return ("GEN", base)
    raise ValueError(form)

def fmt_phone(num, shape=None):
    if shape is None:
        shape = rng.choices(["8","2222","44","dots","dash","+45","+45c","0045","spoken","foreign"], [22,30,12,5,5,10,4,4,3,5])[0]
    n = num
    if shape == "8": return n
    if shape == "2222": return " ".join([n[0:2], n[2:4], n[4:6], n[6:8]])
    if shape == "44": return n[:4] + " " + n[4:]
    if shape == "dots": return ".".join([n[0:2], n[2:4], n[4:6], n[6:8]])
    if shape == "dash": return "-".join([n[0:2], n[2:4], n[4:6], n[6:8]])
    if shape == "+45": return "+45 " + " ".join([n[0:2], n[2:4], n[4:6], n[6:8]])
    if shape == "+45c": return "+45" + n
    if shape == "0045": return "0045 " + n
    if shape == "spoken": return " ".join(DIG[int(c)] for c in n)
    if shape == "foreign": return rng.choice(FOREIGN_PHONE)

def fmt_addr(p, oneline=False):
    base = p.street + " " + p.no + p.floor
    pc, town = p.town[0], p.town[1]
    r = rng.random()
    if r < 0.05 and not oneline: return rng.choice(FOREIGN_ADDR)
    if r < 0.35 and not oneline: return base + "\n" + pc + " " + town
    if r < 0.75: return base + ", " + pc + " " + town
    if r < 0.83: return (p.street.lower() + " " + p.no.lower() + " " + town.split()[0].lower())
    if r < 0.90: return base.replace(", ", " ") + " " + pc + " " + town
    return base

def fmt_dob(b):
    d, m, y = b.day, b.month, b.year
    s = rng.choices(range(11), [20,14,10,8,7,7,6,5,5,4,4])[0]
    if s == 0: return "%02d.%02d.%d" % (d, m, y)
    if s == 1: return "%d. %s %d" % (d, MONTHS[m-1], y)
    if s == 2: return "%d-%02d-%02d" % (y, m, d)
    if s == 3: return "%02d/%02d-%02d" % (d, m, y % 100)
    if s == 4: return "%d/%d %d" % (d, m, y)
    if s == 5: return "%s %d, %d" % (EMONTHS[m-1], d, y)
    if s == 6: return "%d %s %d" % (d, EMONTHS[m-1], y)
    if s == 7: return "%02d-%02d-%d" % (d, m, y)
    if s == 8: return "%d.%d.%02d" % (d, m, y % 100)
    if s == 9: return "den %s %s %s" % (ORD[d-1], MONTHS[m-1], yword(y))
    return "%d. %s. %d" % (d, MONTHS[m-1][:3], y)

def fmt_cpr(p):
    b = p.birth; dd = "%02d%02d%02d" % (b.day, b.month, b.year % 100); s = p.serial
    sh = rng.choices(range(6), [45,15,15,10,8,7])[0]
    if sh == 0: return dd + "-" + s
    if sh == 1: return dd + " " + s
    if sh == 2: return dd + s
    if sh == 3: return "%s.%s.%s-%s" % (dd[:2], dd[2:4], dd[4:], s)
    if sh == 4: return "%s %s %s %s" % (dd[:2], dd[2:4], dd[4:], s)
    return dd[:4] + " " + dd[4:] + "-" + s

def fmt_email(p, work):
    f = fold(p.first.split()[0]).lower().replace("'", ""); l = fold(p.last.split()[0]).lower().replace("'", "")
    if work:
        doms = {"laerer": ["skolekom.dk", p.town[2]], "klasselaerer": ["skolekom.dk"], "psyk": [p.town[2]], "dyrlaege": ["dyreklinik-nord.dk", "dyrehospitalet-syd.dk", "smaadyrsklinikken.dk"],
                "traener": ["fritidsklub.net", "ifboldklub.dk", "svoemmeklubben.dk"], "kasserer": ["ifboldklub.dk", "svoemmeklubben.dk", "foreningsmail.dk"],
                "vicevaert": ["boligkontoret.dk", "driftsmail.dk"], "udlejer": ["boligkontoret.dk", "privatudlejning.dk"], "maegler": ["konfliktraad.dk", p.town[2]],
                "support": ["supportdesk.dk", "kmd-support.dk"], "stotte": [p.town[2], "bostoette.dk"]}
        dom = rng.choice(doms.get(p.role, [p.town[2]]))
        user = rng.choice([p.ini().lower(), fold(p.first.split()[0])[:2].lower() + l[:2], f + "." + l])
        return user + "@" + dom
    u = rng.choice([f + "." + l, f + l, f + str(rng.randint(1, 99)), f[0] + l + str(p.birth.year % 100), f + "_" + l[:3], l + "." + f])
    return u + "@" + rng.choice(MAILDOM)

WORK_ROLES = ("sb","laerer","psyk","dyrlaege","traener","vicevaert","udlejer","maegler","support","leder","stotte","kasserer","sundhed")

def fill(ctx, s):
    """Expand a template string into pieces (text, kind|None)."""
    pieces = []
    pos = 0
    for m in re.finditer(r"\{(\w+)(?::([\w.]*))?\}", s):
        pieces.append((s[pos:m.start()], None)); pos = m.end()
        k, arg = m.group(1), m.group(2) or ""
        role, _, form = arg.partition(".")
        if k in ("n", "N"):
            if ctx.clean:
                lab, gen = CLEAN_LABEL.get(role, (role, role + "s"))
                t = gen if form == "gen" else lab
                if k == "N": t = t[0].upper() + t[1:]
                pieces.append((t, None))
            else:
                p = ctx.person(role)
                r = name_form(p, form)
                if isinstance(r, tuple):
                    base = r[1]
                    if base[-1] in "sxzSXZ": pieces += [(base, "name"), ("'", None)]
                    else: pieces.append((base + "s", "name"))
                else:
                    pieces.append((r, "name"))
        elif k == "p": pieces.append((fmt_phone(ctx.person(role).phone), "phone"))
        elif k == "a": pieces.append((fmt_addr(ctx.person(role)), "address"))
        elif k == "a1": pieces.append((fmt_addr(ctx.person(role), True), "address"))
        elif k == "d":
            t = fmt_dob(ctx.person(role).birth)
            if t.startswith("den "): pieces += [("den ", None), (t[4:], "dob")]
            else: pieces.append((t, "dob"))
        elif k == "c": pieces.append((fmt_cpr(ctx.person(role)), "cpr"))
        elif k == "e":
            p = ctx.person(role)
            pieces.append((fmt_email(p, role in WORK_ROLES), "email"))
        else:
            pieces.append((filler(ctx, k), None))
    pieces.append((s[pos:], None))
    return pieces

def filler(ctx, k):
    if k == "dato":
        d = datetime.date(2025, 1, 6) + datetime.timedelta(days=rng.randint(0, 420))
        return rng.choice(["%d. %s %d" % (d.day, MONTHS[d.month-1], d.year), "%02d.%02d.%d" % (d.day, d.month, d.year), "%d/%d" % (d.day, d.month)])
    if k == "kl": return "%02d.%02d" % (rng.randint(8, 17), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
    if k == "kr": return rng.choice(["%d kr." % rng.choice([350, 400, 450, 600, 750, 900, 1200]), "%d.%03d kr." % (rng.randint(1, 9), rng.choice([0, 250, 500, 750, 150]))])
    if k == "husleje": return "%d.%03d kr." % (rng.randint(2, 6), rng.choice([0, 150, 275, 400, 650, 820, 995]))
    if k == "sagsnr": return rng.choice(["%d-%05d" % (rng.choice([2025, 2026]), rng.randint(100, 99999)), "27.%02d.%02d-G01-%d-%d" % (rng.randint(10, 40), rng.randint(0, 20), rng.randint(1, 99), rng.choice([25, 26])), "SAG-%06d" % rng.randint(0, 999999)])
    if k == "by": return ctx.town[1].split()[0]
    if k == "kom": return ctx.town[3]
    if k == "alder": return str(rng.randint(6, 15))
    if k == "ualder": return str(rng.randint(17, 22))
    if k == "klasse": return "%d.%s" % (rng.randint(0, 9), rng.choice("ABCDX"))
    if k == "ref": return "%s-%s" % (rng.choice(["BDK","REF","KV","ANS"]), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7)))
    if k == "lokale": return rng.choice(["lokale %d.%02d" % (rng.randint(0, 3), rng.randint(1, 30)), "mødelokale %s" % rng.choice(["Egen","Fjorden","3","B2","Lyset"])])
    raise KeyError(k)

def render_template(ctx, tpl):
    return fill(ctx, tpl)

# ---------- formats ----------
def words(pieces):
    return len("".join(t for t, _ in pieces).split())

def pick(pool, tag_ok, used):
    cands = [i for i, (tag, s) in enumerate(pool) if tag in tag_ok and i not in used]
    if not cands: return None
    i = rng.choice(cands); used.append(i); return pool[i][1]

def build(ctx, g, fmt, band):
    lo, hi = band
    target = rng.randint(lo + 5, hi - 8) if hi - lo > 20 else lo + 5
    mode_ok = ("C", "B") if ctx.clean else ("P", "B")
    pcs = []
    def add(s, sep="\n"):
        if pcs: pcs.append((sep, None))
        pcs.extend(fill(ctx, s))
    used = []
    if fmt == "kv":
        add(rng.choice(g["kv_head"]["C" if ctx.clean else "P"]))
        pool = g["kv"]
        nkv = rng.randint(5, 11)
        k = 0
        while words(pcs) < target and k < nkv:
            s = pick(pool, mode_ok, used)
            if s is None: break
            add(s); k += 1
        if words(pcs) < target:
            add(rng.choice(["Bemærkninger:", "Sagsbehandlerens notat:", "Fritekst:", "Supplerende oplysninger:"]), "\n\n")
            u2 = []
            while words(pcs) < target:
                s = pick(g["prose"], mode_ok, u2)
                if s is None: break
                add(s, "\n" if rng.random() < 0.5 else " ")
    elif fmt == "table":
        add(rng.choice(g["tab_head"]["C" if ctx.clean else "P"]))
        add(g["tab_cols"]["C" if ctx.clean else "P"])
        pool = g["tab_rows"]["C" if ctx.clean else "P"]
        while words(pcs) < target:
            s = pick([("B", r) for r in pool], ("B",), used)
            if s is None: break
            add(s)
        u2 = []; first = True
        while words(pcs) < target or (first and rng.random() < 0.5):
            s = pick(g["prose"], mode_ok, u2)
            if s is None: break
            add(s, "\n\n" if first else " "); first = False
    else:
        head = None
        if fmt == "letter":
            add(rng.choice(g["letter_head"]["C" if ctx.clean else "P"]))
            add(rng.choice(g["greet"]["C" if ctx.clean else "P"]), "\n\n")
        elif fmt == "message":
            add(rng.choice(g["msg_head"]["C" if ctx.clean else "P"]))
        elif fmt in ("prose", "list", "log"):
            add(rng.choice(g["titles"]) + (" {dato}" if fmt == "log" else ""))
        tail = None
        if fmt == "letter": tail = rng.choice(g["sign"]["C" if ctx.clean else "P"])
        if fmt == "message": tail = rng.choice(g["msg_sign"]["C" if ctx.clean else "P"])
        if fmt == "log" and not ctx.clean: tail = rng.choice(["/{n:sb.ini}", "Notat ved {n:sb.full}", "Skrevet af {n:sb.first} ({n:sb.ini})"])
        if fmt == "log" and ctx.clean: tail = rng.choice(["/sagsbehandler", "Notat ved myndighedsrådgiver, team Unge"])
        first = True
        while words(pcs) < target - (8 if tail else 0):
            s = pick(g["prose"], mode_ok, used)
            if s is None: break
            if fmt == "list": add("- " + s)
            elif fmt == "log":
                ctx.logt = getattr(ctx, "logt", rng.randint(8 * 60, 11 * 60)) + rng.choice([5, 10, 15, 20, 25, 35, 45, 60, 90])
                hm = "%02d.%02d" % (min(ctx.logt // 60, 23), ctx.logt % 60)
                add((hm + " " + s) if first or rng.random() < 0.8 else ("%s - %s" % (hm, s)))
            else: add(s, "\n\n" if (first or rng.random() < 0.5) else " ")
            first = False
        if tail: add(tail, "\n\n")
    text = ""; spans = []
    for t, k in pcs:
        if k: spans.append({"kind": k, "text": t, "start": len(text), "end": len(text) + len(t)})
        text += t
    return text, spans

# ---------- checks ----------
PUBLIC_NUMS = ["112","114","1813","1812","116 111","116111","33 66 33 66","89 40 20 00","29189919"]
PHONE_RE = re.compile(r"(?<![\w.,/-])(?:\+\d[\d ]{6,}\d|00\d{2} ?\d[\d ]{6,}\d|\d{8}|\d{2}[ .-]\d{2}[ .-]\d{2}[ .-]\d{2}|\d{4}[ .-]\d{4}|\d{6}[ -]?\d{4}|\d{2}[ .]\d{2}[ .]\d{2}[ .-]\d{4})(?![\w,-]|\.\d)")
DOBCUE_RE = re.compile(r"(?:\bfødt|\bf\.|[Ff]ødselsdato:?)\s*(?:den\s*)?(\d)")
def word_occ(text, s):
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]

def inside(spans, a, b):
    return any(sp["start"] <= a and b <= sp["end"] for sp in spans)

def check_text(text, spans, kinds, band, planted_strings=None):
    errs = []
    n = len(text.split())
    if not (band[0] <= n <= band[1]): errs.append("band %d" % n)
    last = -1
    for sp in spans:
        if text[sp["start"]:sp["end"]] != sp["text"]: errs.append("offset")
        if sp["kind"] not in kinds: errs.append("kind")
        if sp["start"] < last: errs.append("overlap")
        last = sp["end"]
        if sp["text"] != sp["text"].strip(): errs.append("ws")
        for a in word_occ(text, sp["text"]):
            if not inside(spans, a, a + len(sp["text"])): errs.append("unplanted copy " + sp["text"])
    for t in POOL_TOKENS:
        for form in (t, t.upper()):
            for a in word_occ(text, form):
                if not inside(spans, a, a + len(form)): errs.append("pool name " + form)
    for m in PHONE_RE.finditer(text):
        if m.group(0) in PUBLIC_NUMS: continue
        if not inside(spans, m.start(), m.end()): errs.append("number " + m.group(0))
    for m in re.finditer("@", text):
        if not any(sp["kind"] == "email" and sp["start"] <= m.start() < sp["end"] for sp in spans): errs.append("@")
    for st in STREETS:
        for m in re.finditer(r"(?<!\w)" + st + r"\s+\d", text):
            if not inside(spans, m.start(), m.end()): errs.append("street " + st)
    for m in DOBCUE_RE.finditer(text):
        if not inside(spans, m.start(1), m.end(1)): errs.append("dob cue")
    if planted_strings is not None:
        for s in planted_strings:
            if s in text: errs.append("planted in clean " + s)
    return errs

BANDS = [(30, 80), (81, 150), (151, 300)]
GKEYS = list(GENRES)

def make_set(prefix, clean, planted_strings=None):
    out = []; stats = {}
    for i in range(240):
        band = BANDS[i % 3]
        gk = GKEYS[(i // 3) % 6]
        g = GENRES[gk]
        fmts = g["formats"]
        fmt = fmts[(i // 18) % len(fmts)] if True else None
        for attempt in range(400):
            ctx = Ctx(clean)
            text, spans = build(ctx, g, fmt, band)
            kinds = () if clean else ("name","phone","email","address","dob","cpr")
            errs = check_text(text, spans, kinds, band, planted_strings)
            if not errs: break
        else:
            raise SystemExit("cannot draw %s%03d %s %s %s: %s\n%s" % (prefix, i+1, gk, fmt, band, errs[:5], text))
        out.append({"id": "%s-%s%03d" % (CORPUS, prefix, i + 1), "text": text, "planted": spans})
        key = (gk, fmt); stats[key] = stats.get(key, 0) + 1
    return out, stats

def make_inst():
    out = []
    for i, (tpl, names) in enumerate(INSTITUTION_TEXTS):
        # tpl uses {I0},{I1}
        pcs = []; pos = 0
        for m in re.finditer(r"\{I(\d)\}", tpl):
            pcs.append((tpl[pos:m.start()], None)); pcs.append((names[int(m.group(1))], "institution")); pos = m.end()
        pcs.append((tpl[pos:], None))
        text = ""; spans = []
        for t, k in pcs:
            if k: spans.append({"kind": k, "text": t, "start": len(text), "end": len(text) + len(t)})
            text += t
        errs = check_text(text, spans, ("institution",), (12, 40))
        if errs: raise SystemExit("inst %d: %s" % (i + 1, errs))
        out.append({"id": "%s-i%03d" % (CORPUS, i + 1), "text": text, "planted": spans})
    assert len(out) == 30
    return out

def main():
    planted, pstats = make_set("p", False)
    pstr = []
    for r in planted:
        for sp in r["planted"]:
            if sp["kind"] in ("phone","address","dob","cpr","email") and sp["text"] not in pstr:
                pstr.append(sp["text"])
    clean, cstats = make_set("c", True, pstr)
    inst = make_inst()
    counts = {}
    for r in planted:
        for sp in r["planted"]: counts[sp["kind"]] = counts.get(sp["kind"], 0) + 1
    total = sum(counts.values())
    print("counts", counts, "total", total)
    assert 3000 <= total <= 4500, total
    for k in ("phone","address","dob"): assert counts.get(k, 0) >= 250, (k, counts)
    for k in ("cpr","email"): assert counts.get(k, 0) >= 120, (k, counts)
    assert counts["name"] == max(counts.values())
    for name, rows in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for name in ("planted.jsonl", "clean.jsonl", "institutions.jsonl"):
        print(name, hashlib.sha256(open(os.path.join(OUT, name), "rb").read()).hexdigest())
    bandc = {}
    for lab, rows in (("p", planted), ("c", clean)):
        for r in rows:
            n = len(r["text"].split()); b = "short" if n <= 80 else ("medium" if n <= 150 else "long")
            bandc[(lab, b)] = bandc.get((lab, b), 0) + 1
    print("bands", sorted(bandc.items()))
    print("planted per genre/format", sorted(pstats.items()))
    print("clean per genre/format", sorted(cstats.items()))

if __name__ == "__main__":
    main()
