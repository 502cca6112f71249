#!/usr/bin/env python3
"""Generate the blind49 held-out corpus (planted, clean, institutions). Stdlib only, fixed seed."""
import json, re, sys, unicodedata, datetime as dt
import random
sys.path.insert(0, __import__("os").path.dirname(__file__) or ".")
from pools import *

SEED = 49049
RNG = random.Random(SEED)
CORPUS = "blind49"
REF = dt.date(2025, 6, 1)
MON = ["januar","februar","marts","april","maj","juni","juli","august","september","oktober","november","december"]
EMON = ["January","February","March","April","May","June","July","August","September","October","November","December"]
ORD = ["første","anden","tredje","fjerde","femte","sjette","syvende","ottende","niende","tiende","ellevte","tolvte","trettende","fjortende","femtende","sekstende","syttende","attende","nittende","tyvende","enogtyvende","toogtyvende","treogtyvende","fireogtyvende","femogtyvende","seksogtyvende","syvogtyvende","otteogtyvende","niogtyvende","tredivte","enogtredivte"]
ONES = ["nul","en","to","tre","fire","fem","seks","syv","otte","ni","ti","elleve","tolv","tretten","fjorten","femten","seksten","sytten","atten","nitten"]
TENS = {2:"tyve",3:"tredive",4:"fyrre",5:"halvtreds",6:"tres",7:"halvfjerds",8:"firs",9:"halvfems"}
WD = ["mandag","tirsdag","onsdag","torsdag","fredag","lørdag","søndag"]

def num_da(n):
    if n < 20: return ONES[n]
    t, o = divmod(n, 10)
    if o == 0: return TENS[t]
    return ONES[o] + "og" + TENS[t]

def M(kind, s):
    return "\x01" + kind + "\x02" + s + "\x03"

def parse(raw):
    out, spans, i = [], [], 0
    pos = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "\x01":
            j = raw.index("\x02", i); k = raw.index("\x03", j)
            kind = raw[i+1:j]; s = raw[j+1:k]
            spans.append({"kind": kind, "text": s, "start": pos, "end": pos + len(s)})
            out.append(s); pos += len(s); i = k + 1
        else:
            out.append(ch); pos += 1; i += 1
    return "".join(out), spans

def wc(raw):
    return len(parse(raw)[0].split())

def fold(s):
    s = s.replace("æ","ae").replace("ø","oe").replace("å","aa").replace("Æ","Ae").replace("Ø","Oe").replace("Å","Aa")
    s = s.replace("ł","l").replace("Ł","L").replace("ı","i").replace("đ","d").replace("ð","d").replace("Ð","D").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs); r = rng.uniform(0, tot)
    for v, w in pairs:
        r -= w
        if r <= 0: return v
    return pairs[-1][0]

def rdate(rng, a=dt.date(2024, 8, 1), b=dt.date(2025, 5, 30)):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))

def dstr(d, rng=None, style=None):
    if style is None: style = rng.choice(["dot", "dot", "long", "short"])
    if style == "dot": return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "long": return f"{d.day}. {MON[d.month-1]} {d.year}"
    if style == "short": return f"{d.day}/{d.month}"
    if style == "iso": return d.isoformat()

def tstr(rng, h0=7, h1=17):
    return f"{rng.randint(h0, h1):02d}.{rng.choice([0,5,10,15,20,25,30,35,40,45,50,55]):02d}"

class Person:
    pass

class Ctx:
    def __init__(self, rng, mode):
        self.rng = rng; self.mode = mode; self.used_phones = []
    # ---------- persons
    def person(self, role, age=(30, 55), origin=None, gender=None, pro=False, kom=None):
        r = self.rng; p = Person(); p.role = role; p.pro = pro
        p.origin = origin or wchoice(r, ORIGIN_WEIGHTS)
        fem, mal, sur = ORIGINS[p.origin]
        p.gender = gender or r.choice("fm")
        p.first = r.choice(fem if p.gender == "f" else mal)
        if p.origin in ("dk", "dkrare") or r.random() < 0.8:
            p.last = r.choice(sur)
        else:
            p.last = r.choice(ORIGINS["dk"][2])
        p.middle = None
        if r.random() < 0.12 and p.origin in ("dk", "dkrare", "gl", "fo"):
            p.middle = r.choice(ORIGINS["dkrare"][2])
        if r.random() < 0.05 and p.origin in ("dk",):
            p.last = p.last + "-" + r.choice(ORIGINS[r.choice(["ar","tr","so","pl"])][2])
        p.age = r.randint(*age)
        by = REF.year - p.age - (1 if r.random() < 0.4 else 0)
        p.born = dt.date(by, 1, 1) + dt.timedelta(days=r.randint(0, 364))
        p.age = REF.year - p.born.year - ((REF.month, REF.day) < (p.born.month, p.born.day))
        y = p.born.year
        if y >= 2000: d7 = r.choice([4, 5, 6, 7, 8, 9])
        elif y >= 1937: d7 = r.choice([0, 1, 2, 3, 4, 9])
        else: d7 = r.choice([0, 1, 2, 3])
        last = r.choice([1,3,5,7,9] if p.gender == "m" else [0,2,4,6,8])
        p.serial = f"{d7}{r.randint(0,99):02d}{last}"
        p.cprd = f"{p.born.day:02d}{p.born.month:02d}{p.born.year%100:02d}"
        p.phone = self.newphone(pro)
        p.foreign = p.origin in FOREIGN_PHONE and r.random() < 0.3
        p.kom = kom or r.choice(KOMMUNER)
        p.init = (p.first[0] + (p.middle[0] if p.middle else "") + p.last[0]).upper()
        if r.random() < 0.3: p.init = (p.first[:1] + p.last[:2]).upper()
        st = r.choice(STREETS); p.street = st; p.no = str(r.randint(1, 148)) + (r.choice(["", "", "", "A", "B", "C"]))
        p.floor = r.choice([None, None, "st. tv.", "1. th.", "2. tv.", "3.", "st.", "1. mf.", "4. th."])
        p.town = r.choice(TOWNS)
        return p

    def newphone(self, pro=False):
        r = self.rng
        while True:
            if pro: pre = r.choice(["89", "87", "99", "76", "96", "86", "72", "41", "51", "24"])
            else: pre = r.choice(["20","21","22","23","25","26","27","28","29","30","31","40","42","50","51","52","53","60","61","71","81","91","93","28"])
            n = pre + "".join(str(r.randint(0, 9)) for _ in range(6))
            if n not in self.used_phones and n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:] not in PUBLIC_NUMBERS:
                self.used_phones.append(n); return n

    # ---------- renderers
    def cap(self, s):
        return s[:1].upper() + s[1:]
    def n(self, p, st=None, cap=False):
        """name (planted) or role (clean)"""
        if self.mode == "c":
            return self.cap(p.role) if cap else p.role
        r = self.rng
        if st is None:
            st = wchoice(r, [("first", 45), ("full", 30), ("last", 6), ("caps", 3), ("lower", 3), ("mis", 3), ("nick", 3), ("lf", 3), ("init", 4)])
        full = p.first + (" " + p.middle if p.middle else "") + " " + p.last
        if st == "full": s = full
        elif st == "first": s = p.first
        elif st == "last": s = p.last
        elif st == "caps": s = full.upper() if r.random() < 0.5 else p.last.upper() + ", " + p.first
        elif st == "lower": s = p.first.lower() if r.random() < 0.6 else full.lower()
        elif st == "mis": s = MISSPELL.get(p.first, MISSPELL.get(p.last, p.first)) if (p.first in MISSPELL or p.last in MISSPELL) else p.first
        elif st == "nick": s = NICK.get(p.first, p.first)
        elif st == "lf": s = p.last + ", " + p.first
        elif st == "init": s = p.init
        elif st == "fl": s = p.first + " " + p.last[0] + "."
        else: s = full
        return M("name", s)
    def nfull(self, p, cap=False): return self.n(p, "full", cap)
    def nfirst(self, p, cap=False): return self.n(p, "first", cap)
    def g(self, p, st="first", cap=False):
        """genitive"""
        if self.mode == "c":
            role = self.cap(p.role) if cap else p.role
            if role[-1].isupper() or role[-1] == ")": return role + "'s"
            return role + ("'" if role[-1] in "sxz" else "s")
        raw = self.n(p, st)
        t = raw[raw.index("\x02")+1:-1]
        if t[-1] in "sxzSXZ": return raw + "'"
        return M("name", t + ("s" if t[-1].islower() else "S"))
    def title(self, p):
        if self.mode == "c": return p.role
        t = "fru" if p.gender == "f" else "hr."
        if p.pro and self.rng.random() < 0.3: t = "dr."
        return t + " " + M("name", p.last)
    def sig(self, p):
        if self.mode == "c": return ""
        return "/" + M("name", p.init)
    def ini(self, p):
        if self.mode == "c": return self.rng.choice(["medarb.", "SB", "vagt", "—"]) if False else p.role
        return M("name", p.init)

    def ph(self, p, alt=False):
        r = self.rng
        if self.mode == "c":
            return r.choice(["[nummer slettet]", "det kendte nummer", "kommunens hovednummer " + p.kom[2], "(nr. i sagen)", "[tlf. fjernet]", "hovednummeret " + p.kom[2]])
        if not p.pro and p.foreign and r.random() < 0.6:
            tpl = FOREIGN_PHONE[p.origin]
            dd = {k: str(r.randint(0, 9)) for k in "abcdefghi"}
            return M("phone", tpl.format(**dd))
        n = p.phone if not alt else self.newphone(False)
        f = wchoice(r, [("pairs", 35), ("plain", 20), ("44", 12), ("p45", 12), ("0045", 4), ("dots", 5), ("dash", 5), ("p45plain", 4), ("par45", 3)])
        pr = " ".join([n[0:2], n[2:4], n[4:6], n[6:8]])
        s = {"pairs": pr, "plain": n, "44": n[:4] + " " + n[4:], "p45": "+45 " + pr, "0045": "0045 " + n,
             "dots": ".".join([n[0:2], n[2:4], n[4:6], n[6:8]]), "dash": "-".join([n[0:2], n[2:4], n[4:6], n[6:8]]),
             "p45plain": "+45" + n, "par45": "(+45) " + n[:4] + " " + n[4:]}[f]
        return M("phone", s)
    def phspoken(self, p):
        if self.mode == "c": return "nummeret står i sagen"
        n = p.phone
        return M("phone", " ".join(num_da(int(n[i:i+2])) for i in range(0, 8, 2)))

    def ad(self, p, two=False, sloppy=None):
        r = self.rng
        if self.mode == "c":
            return r.choice(["[adresse slettet]", "(beskyttet adresse)", "den kendte adresse", "adressen i folkeregisteret", "(adresse i sagen)"])
        if not p.pro and p.origin in FOREIGN_ADDR and r.random() < 0.15:
            return M("address", r.choice(FOREIGN_ADDR[p.origin]).format(n=r.randint(2, 90), d=r.randint(1, 40)))
        pc, town = p.town
        sl = sloppy if sloppy is not None else r.random() < 0.15
        fl = p.floor
        if sl:
            s = r.choice([f"{p.street.lower()} {p.no} {(fl or '').replace('.', '')}".strip(),
                          f"{p.street} {p.no}{',' + fl.replace(' ', '') if fl else ''} {pc} {town.replace('Aarhus', 'Århus')}",
                          f"{p.street} {p.no} - {pc} {town}",
                          f"{p.street}{p.no} {town}"])
            if s.endswith(p.street + p.no + " " + town): pass
            return M("address", s)
        base = p.street + " " + p.no + (", " + fl if fl else "")
        if two: return M("address", base + "\n" + pc + " " + town)
        if r.random() < 0.25: return M("address", base)
        return M("address", base + ", " + pc + " " + town)

    def dob(self, p, spoken=False):
        r = self.rng; d = p.born
        if self.mode == "c": return f"{p.age} år"
        if spoken:
            yr = d.year % 100
            ys = ("totusind og " + num_da(yr)) if d.year >= 2000 else ("nitten" + num_da(yr))
            return M("dob", f"{ORD[d.day-1]} {MON[d.month-1]} {ys}")
        f = wchoice(r, [("dot", 30), ("long", 20), ("iso", 10), ("slash", 10), ("dash", 8), ("dm", 6), ("en1", 4), ("en2", 4), ("dot1", 8)])
        s = {"dot": f"{d.day:02d}.{d.month:02d}.{d.year}", "long": f"{d.day}. {MON[d.month-1]} {d.year}", "iso": d.isoformat(),
             "slash": f"{d.day:02d}/{d.month:02d}-{d.year%100:02d}", "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
             "dm": f"{d.day}/{d.month} {d.year}", "en1": f"{EMON[d.month-1]} {d.day}, {d.year}", "en2": f"{d.day} {EMON[d.month-1]} {d.year}",
             "dot1": f"{d.day}.{d.month}.{d.year}"}[f]
        return M("dob", s)
    def kdob(self, p):
        if self.mode == "c": return "Alder: " + f"{p.age} år"
        return self.rng.choice(["Fødselsdato: ", "Født: ", "F.dato: ", "Fødselsdag: "]) + self.dob(p)
    def born(self, p):
        if self.mode == "c": return f"({p.age} år)"
        return self.rng.choice(["(f. {})", "(født {})", "(fødselsdato {})", "(f. {})"]).format(self.dob(p))

    def cpr(self, p):
        r = self.rng; d = p.cprd; s = p.serial
        f = wchoice(r, [("dash", 45), ("space", 12), ("plain", 15), ("dots", 8), ("pairs", 6), ("spdash", 5)])
        return M("cpr", {"dash": d + "-" + s, "space": d + " " + s, "plain": d + s, "dots": f"{d[:2]}.{d[2:4]}.{d[4:]}-{s}",
                         "pairs": f"{d[:2]} {d[2:4]} {d[4:]} {s}", "spdash": d + " - " + s}[f])
    def kcpr(self, p):
        if self.mode == "c": return self.rng.choice(["CPR-nr.: [slettet]", "CPR: fremgår af sagen", "CPR-nr.: (ikke medtaget)", "Personnummer: se journalforsiden"])
        return self.rng.choice(["CPR-nr.: ", "CPR: ", "Cpr.nr. ", "Personnummer: ", "CPR nr "]) + self.cpr(p)

    def em(self, p, work=False, spoken=False):
        r = self.rng
        if self.mode == "c": return r.choice(["Digital Post", "[mail slettet]", "sikker post via borger.dk", "e-Boks", "(mail i sagen)"])
        f, l = fold(p.first).lower().replace(" ", ""), fold(p.last).lower().replace(" ", "")
        if work:
            dom = p.kom[1] if r.random() < 0.6 else r.choice(WORKDOM)
            loc = r.choice([p.init.lower(), f + "." + l, f[:3] + l[:3], f + l[0]])
        else:
            dom = r.choice(MAILDOM_PRIV)
            loc = r.choice([f + "." + l, f + l + str(r.randint(1, 99)), f + "_" + str(p.born.year % 100), f[0] + l, l + f[:2], f + "." + l + str(p.born.year)])
        if spoken:
            return M("email", loc.replace(".", " punktum ").replace("_", " underscore ") + " snabel-a " + dom.replace(".", " punktum "))
        return M("email", loc + "@" + dom)

CLEAN_LOOK = [
 "Afgørelsen er truffet efter barnets lov § 32, stk. 1, nr. 3.",
 "Indsatsen bevilges efter barnets lov § 46 og følges op efter § 91.",
 "Ved akut fare ringes 112; ved ikke-akutte politisager 114.",
 "Lægevagten i Region Hovedstaden: 1813.",
 "Børnetelefonen 116 111 er åben hele døgnet.",
 "Ungdomskort til 375 kr. pr. måned dækkes efter aftale.",
 "Befordringsgodtgørelse udbetales med 2,23 kr. pr. km over 24 km.",
 "Sagen er registreret under KLE 27.12.04 med frist 14 dage.",
 "Mødet holdes i mødelokale 2.14 på 2. sal.",
 "Diagnose oplyst som F90.0 (ADHD); medicin: Medikinet 10 mg morgen.",
 "Der gives Panodil 500 mg ved behov, højst 4 gange i døgnet.",
 "EAN 5798000123458 bruges til fakturering af tolkebistand.",
 "Vi mødes ved Banegårdspladsen kl. 8.15.",
 "Det var en glad dag med sol og lidt storm om eftermiddagen.",
 "Maj måned bliver travl med praktik og prøver.",
 "Have og skov ligger tæt på lejren.",
 "Skoleåret 2024/25 slutter fredag den 27. juni.",
 "Ydelsen udgør 6.812 kr. om måneden før skat.",
 "Frist for partshøring: 10 hverdage fra modtagelsen.",
 "Klasse 8.B har lejrskole i uge 37.",
 "Jobcenteret har telefontid mandag til torsdag kl. 9-12.",
 "Afdeling P3 i voksenpsykiatrien har ny telefontid.",
 "Ordinationen er Melatonin 3 mg kl. 21.00.",
 "Der er ansøgt om SU fra det fyldte 18. år.",
]

def assemble(rng, head, items, tail, lo, hi, sep="\n"):
    target = rng.randint(lo + (hi - lo) // 6, hi - (hi - lo) // 6)
    body = []
    for it in items:
        cand = head + sep.join(body + [it]) + tail
        if wc(cand) <= hi:
            body.append(it)
        if wc(head + sep.join(body) + tail) >= target:
            break
    return head + sep.join(body) + tail

# ====================================================================== genres
TRADES = [("tømrer", "Nordtag Tømrer & Snedker ApS"), ("murer", "Murerfirmaet Vestkanten ApS"), ("automekaniker", "Bilcentret Vest A/S"),
          ("elektriker", "Midtjysk El-Service A/S"), ("ernæringsassistent", "Kantinen på Rådhuset"), ("detailhandel", "Kvickly"),
          ("smed", "Smedeværkstedet Ådalen ApS"), ("maler", "Farve & Facade ApS"), ("frisør", "Salon Klip & Krøller"), ("gartner", "Anlægsgartneriet Grøn Vækst ApS"),
          ("lager og logistik", "Salling Group, lager"), ("VVS-energispecialist", "Midtjysk VVS & Blik ApS")]
FGU_LINES = ["produktion og service", "byggeri og anlæg", "handel og kontor", "mad og sundhed", "motor og mekanik", "natur og miljø", "kultur og medier"]

def cvr(rng): return str(rng.randint(10000000, 45999999))

def g_fgu(c, lo, hi):
    r = c.rng
    u = c.person(r.choice(["den unge", "eleven", "lærlingen", "Ung A"]), (16, 22))
    mes = c.person("mesteren", (35, 62), pro=True)
    men = c.person(r.choice(["mentor", "FGU-mentoren"]), (28, 60), pro=True)
    lae = c.person(r.choice(["faglæreren", "kontaktlæreren"]), (28, 60), pro=True)
    sb = c.person("sagsbehandleren", (27, 60), pro=True, kom=u.kom)
    mor = c.person(r.choice(["mor", "far", "plejemor"]), (38, 56))
    trade, firm = r.choice(TRADES); line = r.choice(FGU_LINES)
    d1 = rdate(r); wk = d1.isocalendar()[1]
    sub = r.choice(["aftale", "fremmode", "mentor", "mail"])
    c.sub = sub
    if sub == "aftale":
        head = f"UDDANNELSESAFTALE – {trade}\nAftaletype: {r.choice(['ordinær aftale', 'ny mesterlære', 'kombinationsaftale', 'EGU-forløb'])}\n"
        items = [f"Elev: {c.nfull(u)}", c.kcpr(u), f"Adresse: {c.ad(u)}", f"Mobil: {c.ph(u)}", f"E-mail: {c.em(u)}",
                 f"Virksomhed: {firm}, CVR {cvr(r)}", f"Ansvarlig mester: {c.nfull(mes)}, direkte {c.ph(mes)}",
                 f"Mesters mail: {c.em(mes, work=True)}", f"Periode: {dstr(d1, style='dot')} til {dstr(d1 + dt.timedelta(days=r.choice([730, 1095, 1277])), style='dot')}",
                 "Prøvetid: 3 måneder fra aftalens start.",
                 f"Løn: {r.choice(['78,40', '91,25', '104,60', '112,35'])} kr. pr. time efter overenskomst (1. år).",
                 f"Transport: {r.choice(['Ungdomskort', 'befordringsgodtgørelse', 'egen knallert', 'cykel og tog'])}; kommunen dækker ikke ud over 375 kr./md.",
                 c.kdob(u),
                 f"Kontakt under 18: {c.nfull(mor)} ({mor.role}), tlf. {c.ph(mor)}",
                 f"Bemærkning: {c.nfirst(u, True)} har været på FGU, spor {line}, i {r.randint(4, 14)} måneder inden aftalen.",
                 f"Skoleophold: {r.choice(['Tech College', 'Mercantec', 'Learnmark', 'EUC Syd'])}, 1. hovedforløb i uge {r.randint(2, 48)}.",
                 f"Mentor fra FGU: {c.nfull(men)}, {c.ph(men)}, {c.em(men, work=True)}",
                 f"UU/KUI-vejleder orienteret {dstr(rdate(r), style='dot')}; ungeplan efter barnets lov § 108 opdateres.",
                 f"Underskrevet {dstr(d1 - dt.timedelta(days=r.randint(3, 20)), style='dot')} af {c.n(u, 'lf')} og {c.n(mes)}.",
                 f"Sagsbehandler: {c.nfull(sb)}, {sb.kom[0]} Kommune, {c.ph(sb)}",
                 "Aftalen registreres i Lærepladsen.dk inden for 14 dage.",
                 f"Arbejdstid: 37 timer, mødetid kl. {tstr(r, 6, 7)}; fri til skoleophold.",
                 "Arbejdstøj og sikkerhedssko udleveres af virksomheden.",
                 f"Særlige aftaler: {c.nfirst(u, True)} har ordblindhed og bruger læse-skrive-teknologi; skolen er orienteret.",
                 f"Bemærkning fra mester: {r.choice(['Han', 'Hun'])} møder stabilt og er god til kunderne. Vi forventer fuld tid fra måned 4."]
        if c.mode == "c": items = [i for i in items if not i.startswith(("Mesters mail", "E-mail"))]
        return assemble(r, head, items, "", lo, hi)
    if sub == "fremmode":
        head = f"Fremmødeliste – FGU, {line}, uge {wk}\nElev: {c.nfull(u)} {c.born(u)}   Mentor: {c.n(men, 'fl' if c.mode == 'p' else None)}\n"
        rows = []
        d = d1 - dt.timedelta(days=d1.weekday())
        notes = [lambda: "mødt til tiden", lambda: f"kom {r.randint(10, 55)} min. for sent, bussen (linje {r.randint(1, 19)}) kørte ikke",
                 lambda: f"sygemeldt – {c.n(mor)} ringede kl. {tstr(r, 7, 8)} fra {c.ph(mor)}",
                 lambda: f"ikke mødt, sms sendt til {c.ph(u)}", lambda: "gik hjem kl. 12.30, hovedpine",
                 lambda: f"samtale med {c.n(men)} om løn og fravær", lambda: f"i praktik hos {firm}",
                 lambda: f"{c.n(u, 'first', True)} ringede selv fra ny tlf. {c.ph(u, alt=True)}",
                 lambda: "værkstedsdag, deltog hele dagen", lambda: f"brev om fravær sendt til {c.ad(u)}", lambda: f"ungdomskort glemt, fik kvittering til {c.g(mor, 'first')} refusion"]
        for k in range(15):
            day = d + dt.timedelta(days=k + 2 * (k // 5))
            rows.append(f"{WD[day.weekday()][:3]} {day.day:02d}.{day.month:02d}: {tstr(r, 7, 9)}–{tstr(r, 13, 15)}; {r.choice(notes)()}")
        rows.append(f"Samlet fremmøde: {r.randint(55, 98)} %. Elevløn (skoleydelse) reduceres efter FGU-reglerne ved ulovligt fravær.")
        rows.append(f"Kopi til {c.nfull(sb)}, {c.em(sb, work=True)}")
        tail = f"\nKvitteret: {c.sig(men) or 'mentor'}"
        return assemble(r, head, rows, tail, lo, hi)
    if sub == "mentor":
        head = f"Mentornotat – {c.nfull(u)}, {c.kcpr(u)}\nSkrevet af {c.nfull(men)}, FGU-mentor, {dstr(d1, style='long')}\n\n"
        ps = [f"{c.nfirst(u, True)} har siden sidst haft {r.randint(2, 9)} fraværsdage. Vi har talt om, hvad der gør morgenerne svære, og {c.nfirst(u)} siger selv, at det især er bussen fra {u.town[1]}, der driller.",
              f"Lønnen: {c.nfirst(u, True)} får skoleydelse på {r.choice(['1.043', '2.791', '3.412'])} kr. hver 14. dag. Pengene går til telefon og mad, og {c.g(mor)} husleje-bidrag har givet konflikter derhjemme. Jeg har aftalt at tage det op med {c.n(sb)} fra kommunen.",
              f"Transport: Ungdomskortet er bestilt med adressen {c.ad(u)}. Indtil det kommer, betaler skolen rejsekort mod kvittering.",
              f"Praktik: {firm} vil gerne have {c.nfirst(u)} i to ugers praktik. Mester, {c.nfull(mes)}, kan træffes på {c.ph(mes)} efter kl. 15.",
              f"{c.cap(mor.role) if c.mode == 'c' else c.cap(mor.role) + ', ' + c.nfull(mor) + ','} deltog i statusmødet og bakker op om en lærekontrakt. {c.cap(mor.role)} foretrækker kontakt på {c.ph(mor)} eller {c.em(mor)}.",
              f"Næste møde: {dstr(rdate(r), style='long')} kl. {tstr(r, 9, 14)} på værkstedet. Vi følger op på fremmøde og på om {c.nfirst(u)} kan klare {r.choice(['morgenbussen', 'fuld tid', 'skoleopholdet'])}.",
              "Jeg vurderer, at der ikke er grund til underretning, men at ungeplanen bør justeres (barnets lov § 108).",
              f"Kontakt mig på {c.ph(men)} eller {c.em(men, work=True)}.\n{c.sig(men)}"]
        return assemble(r, head, ps, "", lo, hi, sep="\n\n")
    # mail
    head = (f"Fra: {c.nfull(lae)} <{c.em(lae, work=True)}>\n" if c.mode == "p" else f"Fra: {lae.role} (FGU)\n") + \
           f"Sendt: {WD[d1.weekday()]} {dstr(d1, style='long')} {tstr(r, 8, 16)}\n" + \
           (f"Til: {c.n(sb, 'full')} <{c.em(sb, work=True)}>\n" if c.mode == "p" else "Til: sagsbehandleren, Børn og Unge\n") + \
           f"Emne: {r.choice(['Fravær', 'Lærekontrakt', 'Praktik og transport', 'Status på elev'])}\n\nHej {c.n(sb, 'first')}\n\n"
    ps = [f"Jeg skriver angående {c.nfull(u)} {c.born(u)}, som går på {line}.",
          f"{c.nfirst(u, True)} har fået tilbud om lærekontrakt som {trade} hos {firm} fra {dstr(rdate(r), style='long')}. {('Mester hedder ' + c.nfull(mes) + ' og') if c.mode == 'p' else 'Mesteren'} har bedt om, at kommunen ringer på {c.ph(mes)}.",
          f"Fremmødet er steget til {r.randint(70, 95)} % de sidste fire uger. Vi har dog set, at {c.nfirst(u)} er sulten om morgenen og ofte ikke har penge til frokost.",
          f"{c.cap(mor.role)} {c.n(mor) if c.mode == 'p' else ''} ringede til mig i går fra {c.ph(mor)} og var bekymret for transporten, når {c.nfirst(u)} skal til {r.choice(['Viborg', 'Herning', 'Aarhus', 'Holstebro'])} på skoleophold.".replace("  ", " "),
          f"Elevens egen mail er {c.em(u)}, og mobilen er {c.ph(u)}.",
          f"Til jeres journal: adressen er ændret til {c.ad(u)}.",
          "Kan vi finde en tid til et møde i uge " + str(r.randint(2, 50)) + "?"]
    tail = f"\n\nMed venlig hilsen\n{c.nfull(lae)}\n{c.cap(lae.role)}, FGU\nDirekte: {c.ph(lae)}"
    if c.mode == "c": tail = "\n\nMed venlig hilsen\nFaglæreren, FGU\nHovednummer via skolens kontor"
    return assemble(r, head, ps, tail, lo, hi, sep="\n\n")

def g_student(c, lo, hi):
    r = c.rng
    st = c.person(r.choice(["den studerende", "praktikanten", "socialrådgiverstuderende"]), (22, 34), pro=True)
    vj = c.person("praktikvejlederen", (32, 62), pro=True)
    ch = c.person(r.choice(["Barn A", "drengen", "pigen", "den unge", "barnet"]), (6, 17))
    mo = c.person(r.choice(["mor", "moderen"]), (28, 50), gender="f")
    fa = c.person(r.choice(["far", "faderen"]), (30, 55), gender="m")
    d = rdate(r); sem = r.choice(["4. semester", "5. semester", "praktik 2"])
    sub = r.choice(["refleksion", "supervision", "logbog"])
    c.sub = sub
    well = r.random() < 0.35  # some texts anonymised well: child only as role, but staff still named
    chn = (lambda cap=False: (c.cap(ch.role) if cap else ch.role)) if (well or c.mode == "c") else (lambda cap=False: c.n(ch))
    if sub == "refleksion":
        head = f"Refleksionspapir, {sem} – {c.nfull(st)}\nPraktiksted: Myndighed, Børn og Unge, {st.kom[0]} Kommune. Vejleder: {c.nfull(vj)}\n\n"
        ps = [f"Jeg vil reflektere over et hjemmebesøg hos {chn()}{'' if well else ' ' + c.born(ch)} og {c.g(ch, 'first') if not well else ('barnets')} familie, hvor jeg var med som observatør.".replace("barnets familie", "familien").replace("Barn A's familie", "familien"),
              f"Familien bor på {c.ad(mo) if not well else 'en adresse i et alment boligområde'}, og {mo.role if (well or c.mode == 'c') else c.n(mo)} tog imod os i døren. Jeg lagde mærke til, at {chn()} blev i sit værelse under hele samtalen.",
              f"I min første version af papiret skrev jeg {c.g(ch) if not well and c.mode == 'p' else 'barnets'} fulde navn og {c.kcpr(ch) if not well else 'CPR-nummer'}; det har {c.n(vj)} bedt mig slette, men noten ligger stadig i min mappe.",
              f"Ud fra ICS-trekanten ser jeg bekymring under 'Trygt omsorgsmiljø' og 'Sundhedsforhold'. {c.cap(fa.role) if (well or c.mode == 'c') else c.cap(fa.role) + ', ' + c.n(fa) + ','} deltog telefonisk fra {c.ph(fa) if not well else 'arbejdet'}.",
              "Jeg oplevede et dilemma mellem at være nysgerrig og at skulle holde rammen. Det vil jeg tage med til supervision, også fordi sagen er i gang med en børnefaglig undersøgelse efter § 20.",
              f"Teoretisk bruger jeg Honneths anerkendelsesbegreb og Signs of Safety: Hvad er vi bekymrede for? Hvad virker godt? Hvad skal der ske?",
              f"{c.cap(mo.role) if (well or c.mode == 'c') else c.nfirst(mo, True)} gav mig sit nummer, {c.ph(mo) if not well else '(står i journalen)'}, og bad om at få referatet på {c.em(mo) if not well else 'Digital Post'}.",
              f"Til sidst: {c.n(vj, 'first', True)} påpegede, at jeg skal skrive 'Barn A (9 år)' i stedet for navne, når jeg deler papiret med holdet på {r.choice(['VIA', 'UCN', 'Københavns Professionshøjskole'])}."]
        return assemble(r, head, ps, "", lo, hi, sep="\n\n")
    if sub == "supervision":
        head = f"Supervisionsnoter {dstr(d, style='dot')} kl. {tstr(r, 9, 15)}\nDeltagere: {c.nfull(st)} (studerende), {c.nfull(vj)} (praktikvejleder)\nReferent: {c.ini(st)}\n\n"
        items = [f"- Sagen om {chn()} {'' if well else c.born(ch)}: underretning fra skolen, vurderet inden for 24 timer.".replace("  ", " "),
                 f"- {c.n(st, 'first', True)} har ringet til {mo.role if (well or c.mode == 'c') else c.nfull(mo)} på {c.ph(mo) if not well else 'det oplyste nummer'}; aftalt samtale med barnet efter § 137.",
                 f"- Fejl i udkast: {c.kcpr(ch) if not well else 'CPR-nummer'} og adressen {c.ad(mo) if not well else '(slettet)'} stod i refleksionspapiret – slettet {dstr(rdate(r), style='dot')}.",
                 f"- Drøftet: hvordan skriver man journalnotat, så {chn()} kan læse det som 18-årig?",
                 f"- {c.n(vj, 'first', True)}: husk partshøring før afgørelse; frist 8 dage.",
                 f"- Studerendes egne noter indeholdt {c.g(fa, 'full') if not well else 'fars'} adresse ({c.ad(fa) if not well else 'slettet'}) – skal ud af opgaven.",
                 f"- Læringsmål 3 (samarbejde): {c.n(st, 'first')} deltager i netværksmøde {dstr(rdate(r), style='long')}.",
                 f"- Kontakt ved spørgsmål: {c.n(vj, 'first')} på {c.ph(vj)} / {c.em(vj, work=True)}.",
                 f"- {chn(True)} har mentor via skolen, {c.n(c.person('mentor', (30, 50), pro=True)) if not well else 'mentor'}; tlf. oplyst til studerende.",
                 "- Næste supervision: om 14 dage, lokale 3.07.",
                 "- Litteratur: Socialstyrelsens vejledning om barnets lov, kap. 4.",
                 f"- {c.n(st, 'first', True)} fortalte om en situation, hvor {mo.role if (well or c.mode == 'c') else c.nfirst(mo)} blev vred i telefonen. Vi talte om at rumme vrede uden at tage den personligt.",
                 f"- Etisk dilemma: {chn(True)} betroede sig og bad om, at det ikke kom videre. Drøftet tavshedspligt og underretningspligt (§ 133).",
                 "- Rollespil: hvordan indleder man en samtale med et barn på 11 år om en underretning?",
                 f"- Evaluering af praktikken: midtvejsevaluering {dstr(rdate(r), style='long')}; underviser fra uddannelsen deltager.",
                 f"- {c.n(vj, 'first', True)} delte egne erfaringer fra en sag om skolefravær, anonymiseret."]
        return assemble(r, head, items, "", lo, hi)
    head = f"Logbog – {c.nfull(st)}, uge {d.isocalendar()[1]}\n"
    items = [f"Mandag: Sad med i omstillingen. Tog imod opkald fra {mo.role if (well or c.mode == 'c') else c.nfull(mo)} ({c.ph(mo) if not well else 'nr. i sagen'}) om {chn()}.",
             f"Tirsdag: Læste sagen om {chn()} {'' if well else c.born(ch)}. Mange journalnotater; svært at finde rundt.".replace("  ", " "),
             f"Onsdag: Hjemmebesøg med {c.nfull(vj)} på {c.ad(fa) if not well else 'fars adresse'}. {c.cap(fa.role)} var vred over underretningen.",
             f"Torsdag: Skrev udkast til referat. {c.n(vj, 'init', True)} rettede i afsnittet om {c.g(ch) if not well else 'barnets'} skolefravær.",
             f"Fredag: Faglig sparring på teammødet (max 1 time). Jeg præsenterede genogram uden navne.",
             f"Note til mig selv: {c.nfirst(mo, True) if not well else 'Mor'} skrev fra {c.em(mo) if not well else 'privat mail'} kl. 22.14 – svar kun via sikker post.",
             f"{c.kcpr(ch) if not well else 'CPR bruges kun i fagsystemet.'}",
             "Refleksion: Jeg skal øve mig i at lade være med at love noget, jeg ikke kan holde.",
             f"Mandag (uge 2): Deltog i netværksmøde med skole, PPR og {mo.role if (well or c.mode == 'c') else c.nfull(mo)}. Min rolle var referent.",
             f"Tirsdag: Ringede til {c.nfull(c.person('sundhedsplejersken', (30, 60), pro=True))} om indhentning af oplysninger; hun skal have samtykket først.",
             f"Onsdag: Undervisning på skolen om forvaltningsret. Partshøring, notatpligt og aktindsigt.",
             f"Torsdag: Skrev referat af børnesamtale. Brugte 'Barn A' i stedet for {c.g(ch) if not well and c.mode == 'p' else 'barnets'} navn, som {c.n(vj, 'first')} anbefalede.",
             f"Fredag: Evaluering med {c.n(vj, 'full')}. Jeg skal arbejde med at skrive kortere og mere præcist."]
    return assemble(r, head, items, "", lo, hi)

def g_esdh(c, lo, hi):
    r = c.rng
    ch = c.person(r.choice(["barnet", "Barn A", "den unge"]), (3, 17))
    mo = c.person("mor", (25, 50), gender="f"); fa = c.person("far", (27, 55), gender="m")
    sb = c.person("sagsbehandleren", (27, 62), pro=True, kom=ch.kom)
    ld = c.person("teamlederen", (35, 62), pro=True, kom=ch.kom)
    jn = f"{r.choice(['27.12.04', '27.24.00', '27.12.08', '27.18.00'])}-{r.choice(['G01', 'P20', 'A00', 'K07'])}-{r.randint(1, 999)}-{r.choice(['24', '25'])}"
    did = str(r.randint(100000000, 999999999)) + "-" + str(r.randint(1, 9))
    d = rdate(r)
    sub = r.choice(["notat", "log", "doklist"])
    c.sub = sub
    if sub == "notat":
        head = (f"Journalnotat\nJournalnr.: {jn}\nDokument-ID: {did}\nOprettet af: {c.nfull(sb) if c.mode == 'p' else 'sagsbehandler, team Øst'} ({c.ini(sb) if c.mode == 'p' else 'myndighed'})\n"
                f"Oprettet: {dstr(d, style='dot')} kl. {tstr(r)}\nPart: {c.n(ch, 'lf') if c.mode == 'p' else ch.role}, {c.kcpr(ch)}\n\n")
        ps = [f"Telefonsamtale med {mo.role} {c.n(mo, 'full') if c.mode == 'p' else ''} på {c.ph(mo)}.".replace("  ", " "),
              f"{c.cap(mo.role)} oplyser, at {c.nfirst(ch)} {c.born(ch)} ikke har været i skole i {r.randint(3, 12)} dage.",
              f"{c.cap(mo.role)} er flyttet til {c.ad(mo)} og ønsker post dertil.",
              f"{c.cap(fa.role)} ({c.n(fa)}) har fælles forældremyndighed og bor fortsat på {c.ad(fa)}.",
              f"{c.cap(fa.role)} kan træffes på {c.ph(fa)} efter kl. 16.",
              f"Aftalt møde {dstr(rdate(r), style='long')} kl. {tstr(r)} i lokale {r.randint(1, 3)}.{r.randint(1, 30):02d}.",
              f"Sagen drøftes med {c.n(ld, 'full')} på ledelsestilsyn (§ 32-sager).",
              "Vurdering: ingen akut fare. Der iværksættes afdækning efter barnets lov § 19.",
              f"Skolen ved {c.n(c.person('klasselæreren', (30, 60), pro=True), 'full')} (direkte {c.ph(c.person('klasselæreren', (30, 60), pro=True))}) har meldt fravær på {r.randint(14, 31)} % i indeværende kvartal.",
              f"{c.cap(mo.role)} fortæller, at {c.nfirst(ch)} sover dårligt og spiser uregelmæssigt. Hun har selv været sygemeldt siden {MON[r.randint(0, 11)]}.",
              f"{c.cap(mo.role)} giver mundtligt samtykke til, at der indhentes oplysninger fra sundhedsplejen og fra egen læge. Samtykket bekræftes skriftligt.",
              f"{c.nfirst(ch, True)} ønsker ifølge {mo.role} ikke at tale med en ny voksen. Samtalen med barnet planlægges på skolen med {c.g(ch)} kontaktlærer til stede.",
              "Forældrene orienteres om retten til bisidder (barnets lov § 6) og om, at notatet kan ses ved aktindsigt.",
              f"Kopi af notat sendt til {c.em(mo)}." if c.mode == "p" else "Notatet sendes via Digital Post.",
              f"/{c.n(sb, 'init')}" if c.mode == "p" else "/sagsbehandler"]
        return assemble(r, head, ps, "", lo, hi, sep=" ")
    if sub == "log":
        head = f"Adgangslog – sag {jn}\nPart: {c.nfull(ch)}, {c.kcpr(ch)}\nAdresse: {c.ad(ch)}\nUdtræk {dstr(d, style='iso')} kl. {tstr(r)} af {c.n(ld, 'full')}\n"
        rows = []
        who = [sb, ld, c.person("sekretæren", (25, 60), pro=True, kom=ch.kom), c.person("skolesocialrådgiveren", (30, 60), pro=True, kom=ch.kom), c.person("en medarbejder i borgerservice", (22, 60), pro=True)]
        acts = ["Åbnet af", "Redigeret af", "Udskrevet af", "Åbnet af", "Sendt af"]
        for k in range(14):
            w = r.choice(who); dd = d - dt.timedelta(days=r.randint(0, 40))
            if c.mode == "p":
                nm = r.choice([c.n(w, "init"), c.n(w, "full"), c.n(w, "lf")])
            else:
                nm = w.role
            rows.append(f"{dstr(dd, style='dot')}  {r.choice(acts)} {nm} kl. {tstr(r, 7, 18)} – dok. {r.randint(1, 40)}")
        rows.insert(r.randint(2, 5), f"Bemærkning: opslag foretaget af {c.nfull(who[4]) if c.mode == 'p' else 'borgerservice'} uden aktiv opgave; sendt til {c.n(ld, 'first')} til vurdering.")
        return assemble(r, head, rows, "", lo, hi)
    head = "Dok.nr;Titel;Dato;Oprettet af;Part;Bemærkning\n"
    titles = [lambda: f"Underretning fra skole vedr. {c.nfull(ch)}", lambda: f"Børnefaglig undersøgelse § 20 – {c.nfirst(ch)}",
              lambda: f"Partshøring sendt til {c.nfull(mo)}", lambda: f"Referat af børnesamtale ({c.nfirst(ch)})",
              lambda: "Afgørelse § 32, stk. 1, nr. 3", lambda: f"Flytteanmeldelse {c.ad(fa, sloppy=False)}",
              lambda: f"Mail fra {c.em(mo)}", lambda: f"Lægeudtalelse, {c.kdob(ch)}", lambda: "Barnets plan § 91 – version 2",
              lambda: f"Samtykke til indhentning, {c.n(fa, 'full')}", lambda: f"Telefonnotat {c.ph(mo)}", lambda: "Bevilling ungdomskort 375 kr./md.", lambda: f"Ansøgning om tabt arbejdsfortjeneste, {c.kcpr(fa)}", lambda: f"Returneret post – {c.ad(mo)}", lambda: f"Fødselsattest ({c.dob(ch)})" if c.mode == "p" else "Fødselsattest"]
    rows = []
    for k in range(30):
        dd = d - dt.timedelta(days=r.randint(0, 200))
        part = c.n(ch, "lf") if c.mode == "p" else ch.role
        rows.append(f"{k + 1};{r.choice(titles)()};{dstr(dd, style='iso')};{c.n(sb, 'init') if c.mode == 'p' else 'myndighed'};{part};{r.choice(['', '', 'fortrolig', 'afsluttet', 'kladde'])}")
    return assemble(r, head, rows, "", lo, hi)

def g_front(c, lo, hi):
    r = c.rng
    sb = c.person("sagsbehandleren", (27, 62), pro=True)
    cl = c.person(r.choice(["mor", "far", "bedstemor", "moster", "plejefar"]), (26, 70))
    ch = c.person(r.choice(["barnet", "sønnen", "datteren", "den unge"]), (2, 17))
    rc = c.person(r.choice(["receptionisten", "omstillingen", "borgerservice"]), (22, 64), pro=True, kom=sb.kom)
    d = rdate(r)
    sub = r.choice(["telefon", "besog", "besked"])
    c.sub = sub
    if sub == "telefon":
        head = f"TELEFONNOTAT – {sb.kom[0]} Kommune, omstillingen\nTil: {c.nfull(sb)}\nFra: {c.n(rc, 'fl') if c.mode == 'p' else rc.role}\nDato: {dstr(d, style='dot')} kl. {tstr(r)}\n"
        items = [f"Opkald fra: {c.nfull(cl)} ({cl.role} til {c.nfirst(ch)} {c.born(ch)})",
                 f"Ønsker at blive ringet op på {c.ph(cl)}, helst før kl. {r.choice(['12', '14', '15.30'])}.",
                 f"Sagen drejer sig om: {r.choice(['bevilling af aflastning', 'et brev om partshøring', 'skolefravær', 'en samtale med barnet', 'flytning'])}.",
                 f"Nummeret blev læst op som: {c.phspoken(cl)}.",
                 f"Har også skrevet til {c.em(cl)} uden svar.",
                 f"Ny adresse oplyst: {c.ad(cl)}.",
                 f"Barnets fødselsdato sagt i telefonen: {c.dob(ch, spoken=True) if c.mode == 'p' else '(ikke noteret)'}.",
                 f"Borgeren læste barnets CPR op: {c.cpr(ch) if c.mode == 'p' else '(ikke noteret)'}.",
                 f"Ringer igen, hvis ikke kontaktet inden {WD[r.randint(0, 4)]}.",
                 f"Vil gerne have {c.g(ch)} {c.kdob(ch).replace('Fødselsdato: ', 'fødselsdato ').replace('Alder: ', 'alder ')} rettet i brevet.",
                 "Henvist til Børnetelefonen 116 111 for barnets egen kontakt.",
                 "Virkede stresset; ingen oplysning om akut fare (ellers 112).",
                 f"\nOpkald 2 kl. {tstr(r, 12, 15)}: {c.nfull(c.person('skolesekretæren', (30, 60), pro=True))} fra skolen ringede om samme barn og bad om at blive ringet op på direkte nummer {c.ph(c.person('skolesekretæren', (30, 60), pro=True))}.",
                 f"Skolen har sendt underretning i går; den ligger i indbakken fra {dstr(d, style='dot')}.",
                 f"Opkald 3 kl. {tstr(r, 13, 15)}: {c.nfull(c.person('en nabo', (30, 75)))} ringede anonymt(?) om larm fra lejligheden. Gav navn men ikke nummer.",
                 f"Vagthavende ({c.n(c.person('vagthavende', (30, 60), pro=True), 'full')}) er orienteret. Husk at journalisere inden kl. 15.",
                 f"{c.cap(cl.role)} ringede igen kl. {tstr(r, 14, 15)} fra et andet nummer: {c.ph(cl, alt=True)}."]
        tail = f"\n{c.sig(rc) or '— omstillingen'}"
        return assemble(r, head, items, tail, lo, hi)
    if sub == "besog":
        head = f"Besøgslog reception, {r.choice(['Rådhuset', 'Borgerservice', 'Familiehuset'])} – {WD[d.weekday()]} {dstr(d, style='dot')}\nVagt: {c.nfull(rc)}\n"
        rows = []
        for k in range(16):
            v = c.person(r.choice(["en borger", "en far", "en mor", "en ung", "en tolk"]), (16, 70))
            kid = c.person("barnet", (1, 17))
            t = tstr(r, 8, 15)
            what = r.choice([f"til møde med {c.n(sb)} i lokale 1.{r.randint(1, 30):02d}",
                             f"afleverer papirer vedr. {c.nfirst(kid)} {c.born(kid)}",
                             f"spørger efter sin sagsbehandler; ny adresse {c.ad(v)}",
                             f"vil tale med {c.nfull(sb)}; efterlod nr. {c.ph(v)}",
                             f"henter kopi af afgørelse; {c.kcpr(v)} kontrolleret med sundhedskort",
                             "spørger om pas og kørekort – henvist til Borgerservice skranke 3",
                             f"tolk for familien, bestilt via tolkebureau, EAN 5798000{r.randint(100000, 999999)}"])
            who = c.nfull(v) if c.mode == "p" else c.cap(v.role)
            rows.append(f"{t}  {who} – {what}")
        return assemble(r, head, rows, "", lo, hi)
    head = f"[Videresendt besked]\n{'Fra ' + c.nfull(cl) if c.mode == 'p' else 'Fra ' + cl.role} via {r.choice(['sms til vagttelefonen', 'Teams-besked', 'borgerservice chat'])}, {dstr(d, style='dot')} {tstr(r)}:\n\n"
    msg = [f"\"hej det er {c.n(cl, 'lower') if c.mode == 'p' else cl.role} ,jeg har ringet 3 gange men ingen svare.",
           f"det er om {c.nfirst(ch)} og det møde på {r.choice(['tirsdag', 'onsdag', 'torsdag'])}.",
           f"I kan ringe på {c.ph(cl)} eller skrive {c.em(cl)}",
           f"vi er flyttet så brevet skal til {c.ad(cl, sloppy=True)}",
           f"hans læge sagde at vi skal have en henvisning.\"" if c.mode == "c" else f"han er født {c.dob(ch)} hvis i skal finde ham. hans læge sagde at vi skal have en henvisning.\"",
           f"\n\nVideresendt af {c.n(rc, 'full')} til {c.n(sb, 'full')}: Kan du ringe tilbage? Hun virkede ked af det.",
           f"\nSvar fra {c.n(sb, 'first')}: Ringer i morgen. Noteret i sagen. {c.sig(sb)}",
           f"\n\nNy besked dagen efter kl. {tstr(r)}: \"hej igen, {c.n(cl, 'lower') if c.mode == 'p' else cl.role} her. har i fået min besked? {c.nfirst(ch)} har det ikke godt og har ikke været i skole siden mandag. min søster {c.nfull(c.person('moster', (25, 50), gender='f'))} kan også tage telefonen på {c.ph(c.person('moster', (25, 50)))} hvis jeg er på arbejde\"",
           f"\nNotat fra borgerservice: Borgeren mødte også op i skranken kl. 13.10 og fik udleveret telefontider (kl. 9-12). Henvist til Børnetelefonen 116 111 for barnets egen kontakt.",
           f"\nIntern note: Sagen hører under team Syd. Videresendt til {c.nfull(c.person('teamlederen', (35, 60), pro=True))}, da sagsbehandleren er på kursus."]
    return assemble(r, head, msg, "", lo, hi, sep=" ")

CAMPS = [("lejrskole", "Bornholm"), ("sommerlejr", "Mols"), ("ridelejr", "Vestjylland"), ("sejlads", "Det Sydfynske Øhav"), ("lejrskole", "Skagen"), ("sommerlejr", "Silkeborgsøerne")]
MEDS = ["Ritalin 10 mg", "Melatonin 3 mg", "Ventoline inhalator", "Panodil Junior 250 mg", "Concerta 36 mg", "Cetirizin 10 mg", "EpiPen Jr (medbragt)", "Flixotide 50 µg"]

def g_camp(c, lo, hi):
    r = c.rng
    kind, place = r.choice(CAMPS)
    lead = c.person(r.choice(["lejrlederen", "klasselæreren", "pædagogen"]), (25, 60), pro=True)
    d = rdate(r, dt.date(2024, 8, 15), dt.date(2025, 7, 20))
    sub = r.choice(["samtykke", "kontakter", "medicin", "dagbog"])
    c.sub = sub
    if sub == "samtykke":
        ch = c.person(r.choice(["barnet", "eleven", "Barn A"]), (8, 15))
        pa = c.person(r.choice(["forælder", "plejemor", "værge"]), (28, 55))
        pb = c.person("anden kontaktperson", (28, 70))
        head = f"SAMTYKKEERKLÆRING – {kind} {place} {d.year}\n({dstr(d, style='long')} – {dstr(d + dt.timedelta(days=4), style='long')})\n"
        items = [f"Barnets navn: {c.nfull(ch)}", c.kdob(ch), c.kcpr(ch), f"Adresse: {c.ad(ch)}",
                 f"Forælder/værge: {c.nfull(pa)}, tlf. {c.ph(pa)}", f"Forælders adresse, hvis anden: {c.ad(pa)}", f"E-mail: {c.em(pa)}",
                 f"Anden kontakt i nødstilfælde: {c.nfull(pb)} ({r.choice(['mormor', 'moster', 'nabo', 'storesøster'] if pb.gender == 'f' else ['morfar', 'onkel', 'nabo', 'storebror'])}), {c.ph(pb)}",
                 f"Allergier: {r.choice(['nødder (svær)', 'ingen kendte', 'laktose', 'bistik', 'pollen'])}",
                 f"Medicin: {r.choice(MEDS)}", "Må barnet bade under opsyn: ja / nej",
                 "Må barnet fotograferes til skolens intra: ja",
                 f"Svømmeprøve 600 m bestået: {r.choice(['ja', 'nej'])}",
                 "Pris: 650 kr.; kommunen betaler for anbragte børn efter aftale.",
                 f"Egen læge: {c.title(c.person('egen læge', (35, 65), pro=True))}, tlf. {c.ph(c.person('egen læge', (35, 65), pro=True))}",
                 f"Særlige hensyn: {c.nfirst(ch, True)} sover dårligt i fremmede omgivelser og har brug for en fast voksen om aftenen.",
                 f"Kost: {r.choice(['halal', 'vegetar', 'ingen svinekød', 'glutenfri', 'almindelig'])}; lejren serverer morgenmad kl. 7.30.",
                 "Lommepenge: højst 100 kr. Mobiltelefoner afleveres kl. 21.",
                 f"Hvis barnet skal hentes før tid, kontaktes {c.nfirst(pa) if c.mode == 'p' else pa.role} først og derefter {c.nfirst(pb) if c.mode == 'p' else pb.role}.",
                 f"Den anden forælder/myndighedsindehaver: {c.nfull(c.person('anden forælder', (30, 60)))}, {c.ph(c.person('anden forælder', (30, 60)))}",
                 f"Underskrift: {c.n(pa, 'full') if c.mode == 'p' else '________________'}  Dato: {dstr(d - dt.timedelta(days=20), style='dot')}"]
        return assemble(r, head, items, "", lo, hi)
    if sub == "kontakter":
        head = f"Nødkontakter – {kind}, {place}, {d.year}\nLeder: {c.nfull(lead)}, mobil {c.ph(lead)}\nBarn | Født | Kontakt | Telefon | Bemærkning\n"
        rows = []
        for k in range(14):
            ch = c.person(f"Barn {chr(65 + k)}", (8, 15)); pa = c.person(r.choice(["mor", "far", "plejemor", "plejefar"]), (28, 55))
            rows.append(f"{c.nfull(ch) if c.mode == 'p' else ch.role} | {c.dob(ch)} | {c.n(pa) if c.mode == 'p' else pa.role} | {c.ph(pa)} | {r.choice(['-', 'astma', 'søvngænger', 'vegetar', 'halal kost', 'bliver let køresyg', 'hjemve sidste år', 'hentes af bedstemor på ' + c.ad(ch), 'hentes på ' + c.ad(pa)])}")
        rows.append("Lejrens fastnet: ingen. Nærmeste skadestue: ring 1813 først.")
        return assemble(r, head, rows, "", lo, hi)
    if sub == "medicin":
        head = f"Medicinskema – {kind} {place}\nAnsvarlig: {c.nfull(lead)}\nTid | Barn | Præparat | Dosis | Givet af\n"
        kids = [c.person(f"Barn {x}", (8, 16)) for x in "ABCD"]
        helpers = [lead, c.person("hjælperen", (20, 50), pro=True)]
        rows = []
        dd = d
        for k in range(14):
            ch = r.choice(kids); h = r.choice(helpers)
            rows.append(f"{WD[dd.weekday()][:3]} {tstr(r, 7, 21)} | {c.n(ch, r.choice(['first', 'full'])) if c.mode == 'p' else ch.role} | {r.choice(MEDS)} | 1 | {c.n(h, 'init') if c.mode == 'p' else h.role}")
            if r.random() < 0.3: dd += dt.timedelta(days=1)
        rows.insert(r.randint(2, 6), f"NB: {c.g(kids[0], 'first')} mor, {c.n(c.person('mor', (30, 50), gender='f'))}, ringet op på {c.ph(kids[0])} efter glemt dosis. {c.kdob(kids[0])}." if c.mode == "p" else f"NB: Barn A's mor ringet op efter glemt dosis. Barnet er {kids[0].age} år; dosis gives efter ordination.")
        return assemble(r, head, rows, "", lo, hi)
    head = f"Lederens noter – {kind}, {place}\nSkrevet af {c.nfull(lead)}\n\n"
    kids = [c.person(r.choice(["en pige", "en dreng", "Barn B", "Barn C"]), (9, 15)) for _ in range(4)]
    pa = c.person("mor", (30, 50), gender="f")
    ps = [f"Dag 1: Afgang fra skolen kl. {tstr(r, 7, 9)}. Alle mødt undtagen {c.nfull(kids[0])}, som kom med sin {pa.role} kl. {tstr(r, 9, 10)}. Vejret: sol og let vind.",
          f"Dag 2: {c.nfirst(kids[1], True)} {c.born(kids[1])} faldt ved stalden og slog knæet. Vi ringede til 1813. Forælder orienteret på {c.ph(kids[1])}.",
          f"Dag 2, aften: {c.nfirst(kids[2], True)} havde hjemve. Talte med {c.g(kids[2])} mor {'' if c.mode == 'c' else c.n(pa, 'full')} kl. 21.30 på {c.ph(pa)}; hun ville hente, men vi aftalte at vente til morgen.".replace("  ", " "),
          f"Dag 3: Sejlads i storm-varsel aflyst. Vi gik i skoven i stedet og lavede bål. {c.nfirst(kids[3], True)} fik sin {r.choice(MEDS)} kl. 8 og kl. 20.",
          f"Dag 3, eftermiddag: {c.nfirst(kids[2], True)} har fødselsdag ({c.dob(kids[2]) if c.mode == 'p' else 'fylder ' + str(kids[2].age)}) – vi sang og der var kage." ,
          f"Dag 4: Hjemrejse. {c.g(kids[0], 'first', True)} taske blev glemt; sendes til {c.ad(kids[0])}.",
          f"Til skolens kontor: Forældrekontakt til {c.nfirst(kids[3])} er skiftet til {c.em(kids[3])}. {c.kcpr(kids[3])} står forkert i listen.",
          f"Dag 3, nat: To drenge var oppe kl. 01.30. Vi talte med dem om reglerne, og de sov til kl. 7. {c.nfirst(kids[1], True)} ringede hjem til {c.ph(kids[1])} om morgenen.",
          f"Hjælper {c.nfull(c.person('hjælperen', (19, 40), pro=True))} havde nattevagt. Ingen skader, men en brandalarm kl. 04.10 (falsk alarm, toaster).",
          f"Økonomi: 2.340 kr. brugt på mad i Netto og Rema 1000; kvitteringer i kuverten. Busselskabet fik 4.800 kr.",
          "Samlet: en glad tur. Pakkelisten (sovepose, regntøj, gummistøvler, lommelygte, 100 kr. i lommepenge) virkede fint."]
    return assemble(r, head, ps, "", lo, hi, sep="\n\n")

def g_adult(c, lo, hi):
    r = c.rng
    u = c.person(r.choice(["den unge", "Ung A", "borgeren"]), (17, 18))
    sb = c.person("sagsbehandleren (børn og unge)", (27, 62), pro=True, kom=u.kom)
    va = c.person("voksensagsbehandleren", (27, 62), pro=True, kom=u.kom)
    jc = c.person("jobkonsulenten", (27, 62), pro=True, kom=u.kom)
    ps_ = c.person("kontaktpersonen fra voksenpsykiatrien", (27, 62), pro=True)
    vg = c.person("værgen", (40, 70))
    pm = c.person(r.choice(["plejemor", "mor", "kontaktpersonen"]), (35, 60))
    d = rdate(r, dt.date(2024, 9, 1), dt.date(2025, 6, 30))
    sub = r.choice(["referat", "brev", "kontakt"])
    c.sub = sub
    if sub == "referat":
        head = f"Referat – overgangsmøde (ung 17½ år → voksenområdet)\n{dstr(d, style='long')} kl. {tstr(r, 9, 14)}, {u.kom[0]} Kommune\n\n"
        items = [f"Deltagere: {c.nfull(u)} {c.born(u)}; {c.nfull(sb)} ({sb.role}); {c.nfull(va)} ({va.role}); {c.nfull(pm)} ({pm.role}).",
                 f"1. {c.nfirst(u, True)} fylder 18 år {dstr(u.born.replace(year=u.born.year + 18) if not (u.born.month == 2 and u.born.day == 29) else d, style='long') if c.mode == 'p' else 'om få måneder'}. Efterværn efter barnets lov drøftet; {c.nfirst(u)} ønsker at blive boende.",
                 f"2. Jobcenter: {c.nfull(jc)} tager over fra UU; tlf. {c.ph(jc)}, mail {c.em(jc, work=True)}.",
                 f"3. Voksenpsykiatri: {c.nfirst(u, True)} er henvist (F32.1). Kontakt: {c.nfull(ps_)}, {c.ph(ps_)}.",
                 f"4. Værge: Der søges om værgemål efter værgemålsloven § 5. {c.nfull(vg)} har sagt ja; bor {c.ad(vg)}.",
                 f"5. Ny adresse fra {dstr(rdate(r), style='dot')}: {c.ad(u)}. {c.kcpr(u)}.",
                 f"6. Økonomi: uddannelseshjælp søges; {c.nfirst(u)} får hjælp af {c.n(va, 'first')} til ansøgningen.",
                 f"7. {c.nfirst(u, True)} vil have kopi af referatet på {c.em(u)} og træffes på {c.ph(u)}.",
                 "8. Opfølgning om 3 måneder. Sagen overdrages til voksenområdet efter ungeplanens § 109-punkter.",
                 f"9. Bolig: {c.nfirst(u, True)} er skrevet op til en ungdomsbolig. {c.cap(pm.role)} hjælper med flytning; kontakt {c.ph(pm)}.",
                 f"10. {c.nfirst(u, True)} fortalte selv, at det vigtigste er at beholde kontakten til {c.n(pm, 'first') if c.mode == 'p' else pm.role} og at have én fast voksen i kommunen.",
                 f"11. Sundhed: medicin ({r.choice(MEDS)}) fortsætter; egen læge orienteres af {c.n(ps_, 'full')}.",
                 "12. Der er enighed om, at efterværn efter barnets lov bevilges i 6 måneder med en kontaktperson 4 timer om ugen.",
                 f"13. Uenighed: {c.cap(pm.role)} ønsker døgnophold forlænget; {c.n(va, 'first') if c.mode == 'p' else va.role} undersøger mulighederne efter serviceloven.",
                 f"Referent: {c.n(sb, 'init') if c.mode == 'p' else sb.role}"]
        return assemble(r, head, items, "", lo, hi)
    if sub == "brev":
        head = (f"{c.nfull(u)}\n{c.ad(u, two=True)}\n\n" if c.mode == "p" else "Til den unge (adresse jf. folkeregisteret)\n\n") + \
               f"{u.kom[0]} Kommune, Børn og Unge\nDato: {dstr(d, style='long')}\nJournalnr.: 27.24.00-G01-{r.randint(10, 900)}-25\n{'Vedr.: ' + c.kcpr(u) if c.mode == 'p' else 'Vedr.: overgang til voksenområdet'}\n\nKære {c.nfirst(u)}\n\n"
        ps = [f"Du fylder snart 18 år. Vi vil derfor invitere dig til et møde om din overgang til voksenlivet {dstr(d + dt.timedelta(days=r.randint(10, 30)), style='long')} kl. {tstr(r, 9, 15)} i mødelokale 0.{r.randint(10, 40)}.",
              f"På mødet deltager {c.nfull(va)} fra voksenområdet og {c.nfull(jc)} fra jobcentret. Du er velkommen til at tage en bisidder med, fx {c.nfirst(pm)}.",
              "Vi taler om bolig, uddannelse, økonomi og om du ønsker efterværn.",
              f"Hvis tidspunktet ikke passer, så ring til mig på {c.ph(sb)} eller skriv til {c.em(sb, work=True)}.",
              f"Vi har registreret din fødselsdato som {c.dob(u)}. Giv besked, hvis det er forkert." if c.mode == "p" else "Giv besked, hvis dine oplysninger er forkerte.",
              "Du kan også ringe til kommunens hovednummer " + u.kom[2] + ".",
              f"Efterværn kan gives til du fylder 23 år, hvis det vurderes nødvendigt. Det kan fx være en fast kontaktperson eller fortsat ophold på det nuværende sted. {c.nfull(va) if c.mode == 'p' else 'Voksensagsbehandleren'} vil fortælle om mulighederne i voksenområdet.",
              f"Du bedes medbringe dit sundhedskort og gerne en oversigt over din økonomi. Hvis du har en lejekontrakt, så tag den også med.",
              f"Vi har fået oplyst, at du fortsat bor på {c.ad(u)}. Hvis det ikke passer, skal du give os besked, så brevet kommer frem.",
              f"Du har tidligere givet samtykke til, at vi må tale med {c.nfull(ps_)} fra psykiatrien. Samtykket gælder, til du trækker det tilbage.",
              "Du har ret til at se din sag (aktindsigt). Spørg os, hvis du vil have en kopi af dine papirer, inden sagen overgår til voksenområdet.",
              f"Hvis du har brug for hjælp til at komme til mødet, kan {c.n(pm) if c.mode == 'p' else pm.role} eller din kontaktperson tage med. Der er gratis parkering ved Rådhuset."]
        tail = f"\n\nMed venlig hilsen\n\n{c.nfull(sb) if c.mode == 'p' else 'Sagsbehandleren'}\nSocialrådgiver, Børn og Unge\n{('Direkte tlf. ' + c.ph(sb)) if c.mode == 'p' else 'Telefontid kl. 9-12'}"
        return assemble(r, head, ps, tail, lo, hi, sep="\n\n")
    head = f"Kontaktliste efter 18 år – {c.nfull(u)}, {c.kdob(u)}\nOpdateret {dstr(d, style='dot')} af {c.n(va, 'full')}\n\n"
    items = [f"Voksensagsbehandler: {c.nfull(va)}, {c.ph(va)}, {c.em(va, work=True)}",
             f"Jobcenter: {c.nfull(jc)}, {c.ph(jc)}",
             f"Psykiatri: {c.nfull(ps_)} (ambulatoriet, afsnit P{r.randint(1, 9)}), {c.ph(ps_)}",
             f"Værge: {c.n(vg, 'lf')}, {c.ad(vg)}, {c.ph(vg)}",
             f"Tidligere sagsbehandler (børn og unge): {c.nfull(sb)} – kun ved overlap til {dstr(rdate(r), style='dot')}",
             f"Netværk: {c.nfull(pm)} ({pm.role}), {c.ph(pm)}, {c.em(pm)}",
             f"Egen mobil: {c.ph(u)}; mail: {c.em(u)}",
             f"Bopæl: {c.ad(u)}",
             c.kcpr(u),
             "Akut: 112. Psykiatrisk akutmodtagelse via 1813.",
             "Ydelse: uddannelseshjælp, sats for udeboende under 30 år.",
             f"Egen læge: {c.title(c.person('lægen', (35, 65), pro=True))}, lægehuset, {c.ph(c.person('lægen', (35, 65), pro=True))}",
             f"Boligsocial medarbejder: {c.nfull(c.person('den boligsociale medarbejder', (28, 60), pro=True))}",
             f"Mentor (§ 31 i beskæftigelsesloven): {c.nfull(c.person('mentoren', (28, 60), pro=True))}, træffes tirsdag og torsdag",
             f"Tidligere plejefamilie: {c.nfull(c.person('plejefar', (40, 65), gender='m'))} og {c.nfirst(c.person('plejemor', (40, 65), gender='f'))}, {c.ph(c.person('plejefar', (40, 65)))}",
             "Ungdomsuddannelse: hf-enkeltfag, 2 fag; SU søges via minSU.",
             f"Aftale om samtykke: {c.nfirst(u, True)} har givet samtykke til udveksling med jobcenter og psykiatri ({dstr(rdate(r), style='dot')}).",
             "Kontakt ved fravær fra aftaler: først sms, derefter brev via Digital Post.",
             f"Bemærkning: {c.nfirst(u, True)} foretrækker sms frem for opkald og kan have svært ved breve. {c.cap(va.role) if c.mode == 'c' else c.n(va, 'first')} følger op hver 14. dag.",
             "Sagen lukkes i børne- og ungeområdet, når voksenområdet har bekræftet overtagelsen skriftligt."]
    return assemble(r, head, items, "", lo, hi)

GENRES = [("fgu", g_fgu), ("student", g_student), ("esdh", g_esdh), ("front", g_front), ("camp", g_camp), ("adult", g_adult)]
BANDS = [(30, 80), (81, 150), (151, 300)]

# ====================================================================== checks
ALLOWED = {"p": {"name", "phone", "email", "address", "dob", "cpr"}, "c": set(), "i": {"institution"}}
POOL_NAMES = []
for _o, (_f, _m, _s) in ORIGINS.items():
    for _n in _f + _m + _s:
        if _n not in POOL_NAMES: POOL_NAMES.append(_n)
_alts = []
for _n in sorted(POOL_NAMES, key=lambda x: (-len(x), x)):
    _alts.append(re.escape(_n))
    if _n.upper() != _n: _alts.append(re.escape(_n.upper()))
POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(_alts) + r")(?!\w)")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(STREETS, key=lambda x: (-len(x), x))) + r")\s*\d", re.I)
PHONE_RES = [re.compile(r"(?<![\w+])(?:\+|00)\d{2,3}[\d \-.]{6,}\d"), re.compile(r"(?<![\d.,])\d{2}[ .\-]\d{2}[ .\-]\d{2}[ .\-]\d{2}(?![\d])"),
             re.compile(r"(?<![\d.,])\d{4}[ .\-]\d{4}(?![\d])"), re.compile(r"(?<!\d)\d{8}(?!\d)")]
CPR_RES = [re.compile(r"(?<!\d)\d{6}\s?[\-]?\s?\d{4}(?!\d)"), re.compile(r"(?<!\d)\d{2}[ .]\d{2}[ .]\d{2}[ \-]?\d{4}(?!\d)")]
BORN_RE = re.compile(r"(?i)(?<!\w)(født|f\.|fødselsdato|fødselsdag|f\.dato)\s*:?\s*(den\s+)?(?=\d)")
LABEL_OK = re.compile(r"(CVR|EAN|P-nr)\.?:?\s*$")

def inside(a, b, spans):
    return any(s["start"] <= a and b <= s["end"] for s in spans)

def check(text, spans, fmode, lo, hi, planted_texts=None):
    errs = []
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]: errs.append("offset")
        if s["text"] != s["text"].strip() or not s["text"]: errs.append("ws " + repr(s["text"]))
        if s["kind"] not in ALLOWED[fmode]: errs.append("kind " + s["kind"])
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]: errs.append("overlap")
    n = len(text.split())
    if not (lo <= n <= hi): errs.append(f"band {n} not in {lo}-{hi}")
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not inside(m.start(), m.end(), spans): errs.append("copy " + s["text"])
    for m in POOL_RE.finditer(text):
        if not inside(m.start(), m.end(), spans): errs.append("pool " + m.group())
    for rx in PHONE_RES + CPR_RES:
        for m in rx.finditer(text):
            g = m.group().strip()
            if inside(m.start(), m.end(), spans) or g in PUBLIC_NUMBERS: continue
            if LABEL_OK.search(text[max(0, m.start() - 10):m.start()]): continue
            errs.append("num " + g)
    for m in re.finditer("@", text):
        if not any(s["kind"] == "email" and s["start"] <= m.start() < s["end"] for s in spans): errs.append("@")
    for m in STREET_RE.finditer(text):
        if not any(s["kind"] == "address" and s["start"] <= m.start() < s["end"] for s in spans): errs.append("street " + m.group())
    for m in BORN_RE.finditer(text):
        if not any(s["start"] <= m.end() < s["end"] for s in spans): errs.append("born " + m.group())
    if planted_texts is not None:
        for t in planted_texts:
            if t in text: errs.append("leak " + t)
    return errs

# ====================================================================== main
def gen_main(mode, count):
    out = []
    for i in range(count):
        gname, fn = GENRES[i % 6]
        lo, hi = BANDS[(i // 6) % 3]
        for attempt in range(200):
            c = Ctx(RNG, mode)
            raw = fn(c, lo, hi)
            if RNG.random() < (0.8 if mode == "c" else 0.35) and c.sub not in ("doklist",):
                la = RNG.choice(CLEAN_LOOK)
                cand = raw.rstrip() + "\n" + RNG.choice(["NB: ", "Obs: ", "Bemærk: ", "Til orientering: "]) + la
                if wc(cand) <= hi: raw = cand
            text, spans = parse(raw)
            errs = check(text, spans, mode, lo, hi, PLANTED_SENS if mode == "c" else None)
            if not errs: break
            STATS["redraw"].append((mode, gname, errs[:2]))
        else:
            raise SystemExit(f"could not draw {mode} {i}: {errs}")
        out.append({"id": f"{CORPUS}-{mode}{i + 1:03d}", "text": text, "planted": spans, "_g": gname, "_s": c.sub, "_b": (lo, hi)})
    return out

INST_TPL = [
 "Den unge er indskrevet på {A} og går til fodbold om tirsdagen. Forældrene ønsker skift til {B} efter sommerferien.",
 "Barnet har siden marts haft plads i {A}. Personalet oplever et barn, der er glad og nysgerrig.",
 "Anbringelsen sker på {A} fra næste måned; indtil da er der aflastning hver anden weekend.",
 "Plejefamilien er godkendt og tilknyttet {A}, som også står for supervision fire gange om året.",
 "Efter 9. klasse søger den unge ind på {A}. Vejlederen anbefaler også et besøg på {B}.",
 "Skolen oplyser, at eleven skifter til {A} efter efterårsferien, fordi klassen er for stor.",
 "Referat: Opholdsstedet har aftalt fælles sommerlejr med {A}. Udgiften deles mellem kommunerne.",
 "Drengen kommer i {A} tre eftermiddage om ugen og har fået en god ven der.",
 "Pigen er tilmeldt {A} og har ridetime hver lørdag; kommunen dækker kontingentet som fritidspas.",
 "Den unge flyttede fra {A} til {B} i januar, da behandlingsbehovet var større end forventet.",
 "Vi har modtaget statusrapport fra {A}. Næste opfølgning holdes på stedet om tre måneder.",
 "Barnet starter i {A} den 1. august. Forældrene har selv fundet pladsen via kommunens pladsanvisning.",
]

def gen_inst():
    out = []
    for i in range(30):
        for attempt in range(100):
            tpl = INST_TPL[i % len(INST_TPL)] if attempt == 0 else RNG.choice(INST_TPL)
            a = RNG.choice(INSTITUTIONS); b = RNG.choice([x for x in INSTITUTIONS if x != a])
            raw = tpl.replace("{A}", M("institution", a)).replace("{B}", M("institution", b))
            text, spans = parse(raw)
            if not check(text, spans, "i", 12, 40, PLANTED_SENS): break
        out.append({"id": f"{CORPUS}-i{i + 1:03d}", "text": text, "planted": spans, "_g": "institution", "_s": "short note", "_b": (12, 40)})
    return out

STATS = {"redraw": []}
PLANTED_SENS = []

def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "planted": r["planted"]}, ensure_ascii=False) + "\n")

def main():
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    P = gen_main("p", 240)
    for r in P:
        for s in r["planted"]:
            if s["kind"] != "name" and s["text"] not in PLANTED_SENS: PLANTED_SENS.append(s["text"])
    C = gen_main("c", 240)
    I = gen_main_inst = gen_inst()
    # corpus-level checks
    from collections import Counter
    kc = Counter(s["kind"] for r in P for s in r["planted"])
    tot = sum(kc.values())
    ok = 3000 <= tot <= 4500 and all(kc[k] >= 250 for k in ("phone", "address", "dob")) and all(kc[k] >= 120 for k in ("cpr", "email")) \
         and kc["name"] == max(kc.values())
    for rows in (P, C, I):
        ids = [r["id"] for r in rows]
        assert len(ids) == len(set(ids))
    print("planted kinds:", dict(sorted(kc.items())), "total", tot, "OK" if ok else "FAIL")
    if not ok: raise SystemExit("corpus-level targets not met")
    write(os.path.join(here, "planted.jsonl"), P); write(os.path.join(here, "clean.jsonl"), C); write(os.path.join(here, "institutions.jsonl"), I)
    sc = Counter((r["_g"], r["_s"]) for r in P); scc = Counter((r["_g"], r["_s"]) for r in C)
    bands = Counter((r["_b"]) for r in P + C)
    print("planted sub-formats:", sorted(sc.items())); print("clean sub-formats:", sorted(scc.items())); print("bands:", sorted(bands.items()))
    print("institution spans:", sum(len(r["planted"]) for r in I))
    print("redraws:", len(STATS["redraw"]))
    rc = Counter(e[2][0].split(" ")[0] for e in STATS["redraw"]); print("redraw reasons:", sorted(rc.items()))

if __name__ == "__main__":
    main()
