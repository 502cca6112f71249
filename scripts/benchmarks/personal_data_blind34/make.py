#!/usr/bin/env python3
"""Generator for the held-out corpus blind34. Python 3.11 stdlib only; fixed seed; deterministic."""
import json, re, os, hashlib, datetime
import random
from pools import FEMALE, FIRST, LAST, ORIGINS, NICK, STREETS, TOWNS, FOREIGN_ADR, PRIVATE_MAIL, INST

SEED = 343434
R = random.Random(SEED)
CORPUS = "blind34"
OUT = os.path.dirname(os.path.abspath(__file__))

MON = ["januar","februar","marts","april","maj","juni","juli","august","september","oktober","november","december"]
EMON = ["January","February","March","April","May","June","July","August","September","October","November","December"]
UNITS = ["","en","to","tre","fire","fem","seks","syv","otte","ni"]
TEENS = ["ti","elleve","tolv","tretten","fjorten","femten","seksten","sytten","atten","nitten"]
TENS = {2:"tyve",3:"tredive",4:"fyrre",5:"halvtreds",6:"tres",7:"halvfjerds",8:"firs",9:"halvfems"}
ORD = ["første","anden","tredje","fjerde","femte","sjette","syvende","ottende","niende","tiende","ellevte","tolvte","trettende",
       "fjortende","femtende","sekstende","syttende","attende","nittende","tyvende"]

def numword(n):
    if n == 0: return "nul"
    if n < 10: return UNITS[n]
    if n < 20: return TEENS[n-10]
    t, u = divmod(n, 10)
    return (UNITS[u] + "og" if u else "") + TENS[t]

def ordword(d):
    if d <= 20: return ORD[d-1]
    if d < 30: return UNITS[d-20] + "ogtyvende"
    return "tredivte" if d == 30 else "enogtredivte"

def yearword(y):
    if y >= 2000: return "totusind og " + numword(y-2000) if y > 2000 else "år totusind"
    return "nitten hundrede og " + numword(y-1900)

# ---------------------------------------------------------------- builder
class B:
    def __init__(self):
        self.parts = []  # (text, kind) kind None | 'pub' | span kind
    def add(self, text, kind=None):
        if text: self.parts.append((text, kind))
    def extend(self, parts):
        for t, k in parts: self.add(t, k)
    def text(self):
        return "".join(t for t, k in self.parts)
    def words(self):
        return len(self.text().split())
    def build(self):
        text, spans, pubs, pos = "", [], [], 0
        for t, k in self.parts:
            if k and k != "pub": spans.append({"kind": k, "text": t, "start": pos, "end": pos+len(t)})
            if k == "pub": pubs.append((pos, pos+len(t)))
            text += t; pos += len(t)
        return text, spans, pubs

# ---------------------------------------------------------------- persons
def rdate(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal(); d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))

def cpr_digits(d):
    y = d.year
    if y < 2000:
        s7 = R.choice([0,1,2,3] + ([4,9] if y >= 1937 else []))
    else:
        s7 = R.choice([4,5,6,7,8,9])
    return d.strftime("%d%m%y") + str(s7) + "".join(str(R.randint(0,9)) for _ in range(3))

def fmt_cpr(c):
    st = R.choice(["dash","dash","dash","space","plain","dots","groups","dash"])
    if st == "dash": return c[:6] + "-" + c[6:]
    if st == "space": return c[:6] + " " + c[6:]
    if st == "plain": return c
    if st == "dots": return c[:2]+"."+c[2:4]+"."+c[4:6]+"-"+c[6:]
    return c[:2]+" "+c[2:4]+" "+c[4:6]+" "+c[6:]

def fmt_dob(d):
    st = R.randint(0, 11)
    if st in (0,1): return d.strftime("%d.%m.%Y")
    if st == 2: return f"{d.day}. {MON[d.month-1]} {d.year}"
    if st == 3: return d.strftime("%Y-%m-%d")
    if st == 4: return d.strftime("%d/%m-%y")
    if st == 5: return f"{d.day}/{d.month} {d.year}"
    if st == 6: return f"{EMON[d.month-1]} {d.day}, {d.year}"
    if st == 7: return f"{d.day} {EMON[d.month-1]} {d.year}"
    if st == 8: return f"den {ordword(d.day)} {MON[d.month-1]} {yearword(d.year)}"
    if st == 9: return f"{d.day}.{d.month}.{str(d.year)[2:]}"
    if st == 10: return d.strftime("%d-%m-%Y")
    return f"{d.day}. {MON[d.month-1][:3]}. {d.year}"

def phone_digits():
    return str(R.choice([2,3,4,5,6,7,8,9,2,2,3,4,5,6])) + "".join(str(R.randint(0,9)) for _ in range(7))

FOREIGN_TEL = {"pl": lambda: "+48 " + f"{R.randint(500,799)} {R.randint(100,999)} {R.randint(100,999)}",
               "ua": lambda: "+380 " + f"{R.choice([50,63,67,68,73,93,97])} {R.randint(100,999)} {R.randint(1000,9999)}",
               "ro": lambda: "+40 " + f"7{R.randint(10,99)} {R.randint(100,999)} {R.randint(100,999)}",
               "tr": lambda: "+90 " + f"5{R.randint(30,59)} {R.randint(100,999)} {R.randint(10,99)} {R.randint(10,99)}",
               "so": lambda: "+252 " + f"6{R.randint(1,9)} {R.randint(1000000,9999999)}",
               "fo": lambda: "+298 " + f"{R.randint(200000,599999)}",
               "gl": lambda: "+299 " + f"{R.randint(20,59)} {R.randint(10,99)} {R.randint(10,99)}",
               "en": lambda: "+44 7" + f"{R.randint(100,999)} {R.randint(100000,999999)}",
               "ba": lambda: "+387 6" + f"{R.randint(1,5)} {R.randint(100,999)} {R.randint(100,999)}"}

def fmt_phone(d):
    st = R.randint(0, 11)
    if st in (0,1): return d
    if st in (2,3): return " ".join(d[i:i+2] for i in range(0,8,2))
    if st == 4: return d[:4] + " " + d[4:]
    if st == 5: return ".".join(d[i:i+2] for i in range(0,8,2))
    if st == 6: return "-".join(d[i:i+2] for i in range(0,8,2))
    if st == 7: return "+45 " + " ".join(d[i:i+2] for i in range(0,8,2))
    if st == 8: return "+45" + d
    if st == 9: return "0045 " + d
    if st == 10: return "+45 " + d[:4] + " " + d[4:]
    return " ".join(numword(int(d[i:i+2])) for i in range(0,8,2))

def ascii_fold(s):
    tab = {"æ":"ae","ø":"oe","å":"aa","é":"e","ü":"u","ö":"o","ş":"s","ç":"c","ğ":"g","ı":"i","ł":"l","ą":"a","ę":"e","ś":"s",
           "ń":"n","ó":"o","ż":"z","ź":"z","ć":"c","ă":"a","ț":"t","ș":"s","î":"i","â":"a","ž":"z","š":"s","č":"c","đ":"d",
           "ð":"d","á":"a","í":"i","ú":"u","ý":"y","ê":"e","ô":"o","'":""}
    return "".join(tab.get(ch, ch) for ch in s.lower())

def mkaddr(town=None):
    st = R.choice(STREETS); no = str(R.randint(1, 148)); pc, tw, dom = town or R.choice(TOWNS)
    return (st, no, pc, tw)

class P:
    def __init__(self, kind, origin=None, last=None, addr=None, town=None, sex=None):
        self.kind = kind  # child | adult | prof | youth
        self.origin = origin or R.choice(ORIGINS)
        fo = self.origin
        self.sex = sex or R.choice("FM")
        cand = [x for x in FIRST[fo] if (x in FEMALE) == (self.sex == "F")] or FIRST[fo]
        self.first = R.choice(cand)
        if fo in ("dk","rare") and R.random() < 0.12:
            self.first = self.first + "-" + R.choice([x for x in FIRST["dk"] if (x in FEMALE) == (self.sex == "F")])
        self.last = last or R.choice(LAST[fo if R.random() < 0.85 else R.choice(ORIGINS)])
        if fo in ("dk","rare") and R.random() < 0.1 and not last:
            self.last = R.choice(LAST["rare"]) + " " + R.choice(LAST["dk"])
        if kind == "child": self.dob = rdate(2008, 2023)
        elif kind == "youth": self.dob = rdate(2007, 2013)
        else: self.dob = rdate(1962, 1999)
        self.cpr = cpr_digits(self.dob)
        self.town = town or R.choice(TOWNS)
        self.addr = addr or mkaddr(self.town)
        self.teld = phone_digits()
        if kind == "prof":
            loc = R.choice(["ini", "dot", "dot"])
            self.mail = ((self.first[0] + self.last[0] + R.choice(["", self.last[1]])).lower() if loc == "ini"
                         else ascii_fold(self.first.split("-")[0]) + "." + ascii_fold(self.last.replace(" ", ""))) + "@" + self.town[2]
            self.mail = ascii_fold(self.mail)
        else:
            f = ascii_fold(self.first.split("-")[0]); l = ascii_fold(self.last.split(" ")[0])
            loc = R.choice([f + "." + l, f + l + str(R.randint(1, 99)), f[0] + l, f + "_" + str(self.dob.year)[2:], l + f[:3]])
            self.mail = loc + "@" + R.choice(PRIVATE_MAIL)
    def age(self, ref=datetime.date(2026, 3, 1)):
        return ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))

def gen_parts(name):
    if name[-1] in "sxzSXZ": return [(name, "name"), ("'", None)]
    return [(name + "s", "name")]

def misspell(n):
    i = R.randint(1, max(1, len(n) - 2))
    if n[i].isalpha() and n[i] not in " -": return n[:i] + n[i] + n[i:]
    return n

def initials(p, style):
    f = p.first[0]; l = p.last[0]
    if style == 0: return f + "." + l + "."
    if style == 1: return (f + p.last[0] + (p.last[1] if len(p.last) > 1 and p.last[1].isalpha() else "")).upper()
    return f + l

def mention(p, form=None):
    """returns parts list for a name mention"""
    if form is None:
        if p.kind == "prof": form = R.choice(["full","full","full","fn","ln","lf","ini","fru","cap"])
        elif p.kind in ("child","youth"): form = R.choice(["fn","fn","fn","fn","full","full","nick","cap","mis","low"])
        else: form = R.choice(["fn","fn","full","full","full","ln","lf","cap","fru","low"])
    if form == "full": return [(p.first + " " + p.last, "name")]
    if form == "fn": return [(p.first, "name")]
    if form == "ln": return [(p.last, "name")]
    if form == "lf": return [(p.last + ", " + p.first, "name")]
    if form == "cap": return [((p.first + " " + p.last).upper(), "name")]
    if form == "low": return [(p.first.lower() if R.random() < .5 else (p.first + " " + p.last).lower(), "name")]
    if form == "mis": return [(misspell(p.first), "name")]
    if form == "nick": return [(NICK.get(p.first, NICK.get(p.last, p.first)), "name")]
    if form == "ini": return [(initials(p, R.randint(0, 2)), "name")]
    if form == "fru":
        t = "fru " if p.sex == "F" else "hr. "
        return [(R.choice([t, "dr. "]) if p.kind == "prof" else t, None), (p.last, "name")]
    return [(p.first, "name")]

def addr_parts(p, style=None):
    st, no, pc, tw = p.addr
    style = R.randint(0, 9) if style is None else style
    if style == 0: s = f"{st} {no}, {pc} {tw}"
    elif style == 1: s = f"{st} {no}{R.choice('ABCD')}, {R.randint(1,4)}. {R.choice(['tv','th','mf'])}, {pc} {tw}"
    elif style == 2: s = f"{st} {no}\n{pc} {tw}"
    elif style == 3: s = f"{st.lower()} {no} st th {pc} {tw.lower()}"
    elif style == 4: s = f"{st} {no}, {R.randint(1,3)}.{R.choice(['th','tv'])}"
    elif style == 5: s = f"{st} {no}"
    elif style == 6: s = f"{st} {no}, st., {pc} {tw}"
    elif style == 7 and R.random() < 0.5: s = R.choice(FOREIGN_ADR)
    elif style == 8: s = f"{st} {no} - {pc} {tw}"
    else: s = f"{st} {no}, {pc} {tw}"
    return [(s, "address")]

def attr(p, a):
    if a == "n": return mention(p)
    if a == "full":
        x = R.random()
        if x < 0.08: a = "lf"
        elif x < 0.13: a = "cap"
    if a in ("full","fn","ln","lf","cap","ini","fru","nick","mis","low"): return mention(p, a)
    if a == "gen":
        m = mention(p, R.choice(["fn","fn","full"] if p.kind != "prof" else ["full","ln"]))
        return gen_parts(m[0][0])
    if a == "dob": return [(fmt_dob(p.dob), "dob")]
    if a == "cpr": return [(fmt_cpr(p.cpr), "cpr")]
    if a == "tel":
        if p.origin in FOREIGN_TEL and p.kind == "adult" and R.random() < 0.3: return [(FOREIGN_TEL[p.origin](), "phone")]
        return [(fmt_phone(p.teld), "phone")]
    if a == "mail":
        if R.random() < 0.06:
            loc, dom = p.mail.split("@")
            spoken = loc.replace(".", " punktum ").replace("_", " underscore ") + " snabel-a " + dom.replace(".", " punktum ")
            return [(spoken, "email")]
        return [(p.mail, "email")]
    if a == "adr": return addr_parts(p)
    if a == "adr1": return addr_parts(p, R.choice([0,1,6,9]))
    if a == "adr2": return addr_parts(p, 2)
    if a == "pn": return [("hun" if p.sex == "F" else "han", None)]
    if a == "po": return [("hende" if p.sex == "F" else "ham", None)]
    if a == "pp": return [("hendes" if p.sex == "F" else "hans", None)]
    if a == "age": return [(f"{p.age()} år", None)]
    raise KeyError(a)

# ---------------------------------------------------------------- generic look-alike fillers
PUBTEL = ["112", "114", "1813", "116 111", "Børnetelefonen 116 111", "Giftlinjen 82 12 12 12", "Forældretelefonen 35 55 55 59",
          "Aarhus Kommunes hovednummer 89 40 20 00", "Københavns Kommune på 33 66 33 66", "Odense Kommune, tlf. 66 13 13 72",
          "Aalborg Kommunes omstilling 99 31 31 31", "Lægevagten 1813", "Politiets servicenummer 114"]
PARS = ["§ 18", "§ 19", "§ 20, stk. 3", "§ 30", "§ 32, stk. 1, nr. 3", "§ 46", "§ 91", "§ 5, stk. 3", "§ 6", "§ 137, stk. 2",
        "§ 108", "§ 9", "servicelovens § 112", "servicelovens § 41", "servicelovens § 42", "§ 11, stk. 3", "§ 133", "forældreansvarslovens § 17"]
ICD = ["E10.9", "G40.9", "J45.9", "T78.1", "H90.3", "H54.2", "F80.1", "L20.9", "K90.0", "F90.0", "H90.5", "Q90.9"]
MED = ["NovoRapid", "Tresiba", "Buccolam", "EpiPen Junior", "Jext 150 mikrogram", "Ventoline", "Stesolid rektalvæske", "Levetiracetam",
       "Lamotrigin", "Aerius mikstur", "GlucaGen HypoKit", "Baqsimi", "Pulmicort", "Epilim"]
BRAND = ["Oticon", "Widex", "Phonak", "Cochlear Nucleus", "Dexcom G7", "FreeStyle Libre", "Omnipod", "JYSK", "IKEA", "Bilka",
         "PostNord", "GLS", "DAO", "Elgiganten", "Danish Crown", "Lego"]
PLACES_NOPN = ["ved Banegårdspladsen", "på Torvet", "ved Rådhuspladsen", "ved skaterbanen bag hallen", "ved Åen", "på Havnen",
               "ved busterminalen", "i Kulturhuset", "ved Stationsvej", "foran Netto på Hovedgaden", "ved Storegade", "i Byparken"]

def ddate():
    d = rdate(2025, 2026)
    st = R.randint(0, 4)
    if st == 0: return d.strftime("%d.%m.%Y")
    if st == 1: return f"{d.day}. {MON[d.month-1]} {d.year}"
    if st == 2: return f"{d.day}/{d.month}"
    if st == 3 and d.weekday() < 5: return f"{['mandag','tirsdag','onsdag','torsdag','fredag'][d.weekday()]} d. {d.day}. {MON[d.month-1]}"
    if st == 3: return f"{d.day}. {MON[d.month-1]}"
    return f"{d.day}.{d.month}.{d.year}"

def kl(night=False):
    h = R.choice([19,20,21,22,23,0,1,2]) if night else R.randint(8,16)
    return f"{h:02d}.{R.choice(['00','05','10','15','20','25','30','40','45','50','55'])}"

def sagsnr():
    return R.choice([f"27.12.08-P20-{R.randint(1,30)}-{R.choice([25,26])}", f"SAG-{R.choice([2025,2026])}-{R.randint(10000,99999)}",
                     f"j.nr. {R.randint(100,999)}/{R.choice([25,26])}", f"Sagsnr. BU-{R.randint(1000,9999)}"])

def plain_town(t):
    w = t.split(" ")
    return " ".join(w[:-1]) if len(w) > 1 and w[-1] in ("C","N","V","SV","S","NV","J") else t

GENERIC = {
    "date": lambda: [(ddate(), None)],
    "kl": lambda: [(kl(), None)],
    "nkl": lambda: [(kl(True), None)],
    "par": lambda: [(R.choice(PARS), None)],
    "pubtel": lambda: [(R.choice(PUBTEL), "pub")],
    "sag": lambda: [(sagsnr(), "pub")],
    "cvr": lambda: [(f"CVR {R.randint(10000000, 99999999)}", "pub")],
    "ean": lambda: [(f"EAN {5798000000000 + R.randint(100000, 999999)}", "pub")],
    "icd": lambda: [(R.choice(ICD), None)],
    "med": lambda: [(R.choice(MED), None)],
    "brand": lambda: [(R.choice(BRAND), None)],
    "hear": lambda: [(R.choice(["Oticon", "Widex", "Phonak", "GN ReSound", "Signia"]), None)],
    "sens": lambda: [(R.choice(["Dexcom G7", "FreeStyle Libre 3", "Medtronic Guardian"]), None)],
    "shop": lambda: [(R.choice(["JYSK", "IKEA", "Bilka", "Elgiganten", "BabySam", "Jollyroom"]), None)],
    "carrier": lambda: [(R.choice(["PostNord", "GLS", "DAO", "Bring"]), None)],
    "amt": lambda: [(f"{R.randint(2, 180) * 50:,}".replace(",", ".") + " kr.", None)],
    "age": lambda: [(f"{R.randint(3, 17)} år", None)],
    "room": lambda: [(R.choice([f"lokale {R.randint(1,3)}.{R.randint(10,40)}", f"mødelokale {R.choice('ABCDE')}", f"stue {R.randint(1,6)}", f"afsnit {R.choice(['A3','B2','C4','H1'])}"]), None)],
    "kls": lambda: [(f"{R.randint(0,9)}.{R.choice('abcd')}", None)],
    "town": lambda: [(plain_town(R.choice(TOWNS)[1]), None)],
    "place": lambda: [(R.choice(PLACES_NOPN), None)],
    "ordre": lambda: [(f"{R.choice(['ORD','WEB','BST'])}-{R.randint(1000000,9999999)}", "pub")],
    "n": lambda: [(str(R.randint(2, 14)), None)],
    "dose": lambda: [(f"{R.randint(1,12)} {R.choice(['IE','enheder','mg','ml'])}", None)],
}

TOK = re.compile(r"\{([a-z0-9]+)(?:\.([a-z0-9]+))?\}")

def fill(b, tpl, ctx):
    pos = 0
    for m in TOK.finditer(tpl):
        b.add(tpl[pos:m.start()])
        k, a = m.group(1), m.group(2)
        if a:
            b.extend(attr(ctx[k], a))
        elif k == "seq":
            t0 = ctx.get("_t", R.randint(8 * 60, 10 * 60))
            t0 = (t0 + R.randint(5, 55)) % (24 * 60); ctx["_t"] = t0
            b.add(f"{t0 // 60:02d}.{t0 % 60:02d}")
        elif k in ctx and callable(ctx[k]):
            b.extend(ctx[k]())
        elif k in ctx:
            b.add(ctx[k])
        else:
            b.extend(GENERIC[k]())
        pos = m.end()
    b.add(tpl[pos:])

# ---------------------------------------------------------------- genre content (planted)
# persons: c child/youth, m parent, f other parent, s caseworker/organiser, t professional, z other professional/volunteer,
# y another young person, r fresh person per table row
GENRES = ["sanser", "pleje", "raad", "maegling", "gade", "ordre"]

P_G = {}
P_G["sanser"] = dict(
 titles=["Vurdering fra tale-høre-konsulent", "Indkaldelse til synsundersøgelse", "Notat: høreapparatkontrol", "Status efter CI-operation",
         "Henvisning til Kommunikationscentret", "Kontaktark – syn og hørelse"],
 rowkind="adult",
 kv=[("Barn", "{c.full}"), ("Født", "{c.dob}"), ("CPR-nr.", "{c.cpr}"), ("Adresse", "{c.adr}"), ("Mor", "{m.full}, tlf. {m.tel}"),
     ("Far", "{f.full}, {f.tel}"), ("Forældres mail", "{m.mail}"), ("Tale-høre-konsulent", "{t.full}, direkte {t.tel}"),
     ("Synskonsulent", "{z.full}"), ("Sagsbehandler", "{s.full}"), ("Hjælpemiddel", "{hear}, bag-øret, begge sider"),
     ("Diagnosekode", "{icd}"), ("Klasse", "{kls}")],
 sents=["{c.fn} ({c.age}) blev set af tale-høre-konsulent {t.full} den {date} på skolen.",
  "Mor, {m.full}, fortæller, at {c.fn} (f. {c.dob}) siden sommerferien har bedt om at få fjernsynet skruet op.",
  "Høreapparaterne er justeret, og {c.gen} klasselærer {z.full} har fået en mikrofon til undervisningen.",
  "Ved spørgsmål kan {t.fn} kontaktes direkte på {t.tel}.",
  "Indkaldelsen er sendt til {c.adr1}, hvor {c.fn} bor sammen med sin mor.",
  "Far, {f.n}, ønsker kopi af alle breve sendt til sin egen adresse, {f.adr}.",
  "{c.full}, født {c.dob}, cpr.nr. {c.cpr}, er henvist til audiologisk afdeling.",
  "Operationen for cochlear implant på {c.gen} venstre øre er planlagt, og mor er orienteret på {m.tel}.",
  "Synskonsulent {z.full} vurderer, at {c.fn} har brug for forstørrelsesskærm og bedre lys ved sin plads.",
  "Mor skriver fra {m.mail}, at {c.fn} er ked af at bære høreapparat i frikvarteret.",
  "{f.gen} nummer er {f.tel}; han kan træffes efter kl. 15 på hverdage.",
  "Opfølgning aftales med myndighedsrådgiver {s.full}, direkte nummer {s.tel}.",
  "{c.fn} udtaler s- og r-lyde utydeligt og trækker sig, når de andre børn ikke forstår, hvad der bliver sagt.",
  "Familien er flyttet pr. {date}, og ny adresse er {m.adr}.",
  "Logopæden {t.ln} anbefaler, at {c.fn} får sprogtræning to gange om ugen frem til jul.",
  "Morfar, {r.full}, henter ofte {c.fn} og vil gerne have besked på {r.tel}, hvis tider flyttes."],
 msg=["Hej {s.fn}, vi har fået brevet om synsundersøgelsen, men {c.fn} har fødselsdag den dag.",
  "Kan tiden flyttes? I kan ringe til mig på {m.tel} eller skrive til {m.mail}.",
  "Høreapparatet til {c.fn} piber igen, og skolen siger, at batteriet er skiftet.",
  "{f.fn} har ikke fået brevet, fordi det blev sendt til {m.adr1}.",
  "Tak til {t.fn} for en god snak i går, {c.fn} var glad bagefter."],
 logs=["Opkald fra {m.n} ({m.tel}) om ny tid til høreprøve.", "Mail sendt til {t.full}, {t.mail}, med audiogram vedlagt.",
  "{c.fn} mødte op sammen med far, {f.full}.", "Telefonsamtale med {z.full} om lysforhold i klassen.",
  "Brev om CI-forundersøgelse sendt til {m.adr} vedr. {c.cpr}.", "Ingen svar på {f.tel}, lagt besked."],
 rowhdr="Rolle | Navn | Telefon | Mail",
 rows=["Mor | {m.full} | {m.tel} | {m.mail}", "Far | {f.full} | {f.tel} | {f.mail}", "Tale-høre-konsulent | {t.full} | {t.tel} | {t.mail}",
       "Synskonsulent | {z.full} | {z.tel} | {z.mail}", "Sagsbehandler | {s.full} | {s.tel} | {s.mail}", "Bedstemor | {r.full} | {r.tel} | –"],
 subj="Syns- og hørevurdering")

P_G["pleje"] = dict(
 titles=["Diabetesplan for dagtilbud", "Allergiplan – akut handling", "Epilepsiplan til skolen", "Plan for akutmedicin",
         "Handleplan ved lavt blodsukker", "Sundhedsplan for barn i SFO"],
 rowkind="prof",
 kv=[("Barnets navn", "{c.full}"), ("Fødselsdato", "{c.dob}"), ("CPR", "{c.cpr}"), ("Hjemmeadresse", "{c.adr}"),
     ("Kontakt 1", "{m.full} (født {m.dob}), {m.tel}"), ("Kontakt 2", "{f.full}, {f.tel}"), ("Mail til forældre", "{f.mail}"),
     ("Diagnose", "{icd}"), ("Medicin", "{med}"), ("Dosis", "{dose} efter skema"), ("Diabetessygeplejerske", "{t.full}, {t.tel}"),
     ("Ansvarlig pædagog", "{z.full}"), ("Udarbejdet af", "{s.full}")],
 sents=["{c.fn} (født {c.dob}) har type 1-diabetes og bærer en sensor, der sender blodsukkeret til forældrenes telefoner.",
  "Ved blodsukker under 4 gives 2 druesukkertabletter, og mor ringes op på {m.tel}.",
  "Hvis mor ikke svarer, ringes til far, {f.full}, på {f.tel}. {m.gen} arbejde ligger tæt på institutionen.",
  "Planen gælder for {c.full}, født {c.dob}, og er gennemgået med personalet den {date}.",
  "Ved kramper over fem minutter gives Buccolam (midazolam) i kinden, og der ringes 112.",
  "Følgende personale er oplært i brug af adrenalinpen: {z.full}, {r.full} og {t.fn}.",
  "{c.fn} må ikke få nødder, heller ikke spor af nødder i kage til fødselsdage.",
  "Ved spørgsmål om dosering kontaktes diabetessygeplejerske {t.full} på {t.tel}.",
  "Forældrene, {m.fn} og {f.fn}, har ansvaret for at pakke ekstra insulin i tasken.",
  "Planen opbevares i gruppens køkken og i {c.gen} mappe på kontoret.",
  "Kopi er sendt til {m.mail} og til skolesundhedsplejerske {r.full}.",
  "{c.fn} bor hos mor på {m.adr1} i lige uger og hos far i ulige uger.",
  "CPR-nummer {c.cpr} oplyses ved opkald til vagtlægen.",
  "Pædagog {z.fn} har ansvaret for, at medicinen tages med på tur.",
  "Ved tvivl ringes til forældrene, og hvis ingen svarer, til mormor {r.full} på {r.tel}."],
 msg=["Hej {z.fn}, {c.fn} havde en lav måling i nat, så hold lidt ekstra øje i dag.",
  "Jeg har lagt ny pen i køleskabet, mærket med navn og datoen i dag.",
  "Ring endelig på {m.tel}, hvis noget virker forkert, jeg har telefonen på mig.",
  "Min nye mail er {m.mail}, den gamle lukker jeg.",
  "Tusind tak til {t.fn} for oplæringen af personalet i går."],
 logs=["Blodsukker 3,6 hos {c.fn}, druesukker givet, mor ringet op på {m.tel}.", "Ny måling 5,8. {c.fn} tilbage i leg.",
  "{z.full} gennemgik epilepsiplanen med vikaren.", "Far, {f.n}, hentede {c.fn} tidligt.",
  "Sygeplejerske {t.full} ringede fra {t.tel} om ny dosis.", "Mail med opdateret plan for {c.cpr} sendt til {f.mail}."],
 rowhdr="Navn | Rolle | Oplært den | Telefon",
 rows=["{r.full} | pædagog | {date} | {r.tel}", "{r.full} | pædagogmedhjælper | {date} | {r.tel}", "{z.full} | stuens pædagog | {date} | {z.tel}",
       "{r.full} | lærer, {kls} | {date} | {r.tel}", "{t.full} | diabetessygeplejerske | – | {t.tel}"],
 subj="Plan for akut hjælp")

P_G["raad"] = dict(sender="c",
 titles=["Referat fra børnerådets møde", "Tilmelding til ungepanelet", "Høringssvar fra ungepanelet", "Ungepanelet – deltagerliste",
         "Børnerådet: oplæg til byrådet", "Evaluering af ungepanelets arbejde"],
 rowkind="youth",
 kv=[("Navn", "{c.full}"), ("Fødselsdato", "{c.dob}"), ("Adresse", "{c.adr}"), ("Mobil", "{c.tel}"), ("Mail", "{c.mail}"),
     ("Forælder", "{m.full}, {m.tel}"), ("Skole og klasse", "{kls}"), ("Samtykke fra forælder", "ja, givet af {m.fn}"),
     ("Kontaktperson i kommunen", "{s.full}, {s.mail}"), ("Mødedato", "{date} kl. {kl}")],
 sents=["Til stede var {c.fn}, {y.full} og {r.full} fra ungepanelet samt {s.full} fra forvaltningen.",
  "{c.fn} ({c.dob}) fortalte, at busserne om aftenen kører for sjældent til, at det er utrygt at tage hjem alene.",
  "{y.fn} sagde: »Vi vil gerne høres, før I lukker klubben, ikke bagefter.«",
  "Tilmeldingen fra {c.full}, født {c.dob}, er modtaget, og forældresamtykket er underskrevet af {m.full}.",
  "Næste møde holdes {date}, og afbud sendes til {s.fn} på {s.tel}.",
  "{y.fn} skrev i sit høringssvar, at ungepanelet ønsker gratis psykologhjælp for alle under 25.",
  "Referent: {t.full}. Referatet sendes til alle deltagere og til {r.full} fra byrådet.",
  "{c.gen} mor, {m.fn}, kører {c.fn} og {y.fn} hjem efter møderne og kan nås på {m.tel}.",
  "Gavekort til deltagerne sendes til hjemadressen, for {y.gen} vedkommende {y.adr}.",
  "{r.fn} mødte ikke op og har ikke svaret på sms til {r.tel}.",
  "Organisatorerne er {s.full} og {t.full}, som også står for forplejningen.",
  "{y.full} ({y.dob}) er valgt som formand for det kommende år.",
  "Forslaget fra {c.fn} om flere lys ved stien blev vedtaget med stort flertal.",
  "{y.fn} bad om, at {y.pp} mail {y.mail} fjernes fra den fælles liste."],
 msg=["hej {s.low} det er {c.low}, jeg kan ikke komme på torsdag pga træning", "min mor {m.low} siger jeg gerne må være med i ungepanelet",
  "kan i sende referatet til {c.mail}? min skolemail virker ikke", "{y.low} og jeg har skrevet vores høringssvar, det er vedhæftet",
  "mit nye nummer er {c.tel} btw"],
 logs=["Velkomst ved {s.full}.", "{c.fn} præsenterede gruppens forslag om skolemad.", "{y.full} og {r.full} fremlagde trivselsmålingen.",
  "Pause med pizza. {t.fn} tog billeder efter samtykke.", "{r.fn} forlod mødet tidligt, mor hentede.", "Afslutning, næste møde aftalt."],
 rowhdr="Navn | Født | Mobil | Mail",
 rows=["{r.full} | {r.dob} | {r.tel} | {r.mail}", "{y.full} | {y.dob} | {y.tel} | {y.mail}", "{c.full} | {c.dob} | {c.tel} | {c.mail}",
       "{r.full} | {r.dob} | {r.tel} | –", "{r.full} | {r.dob} | – | {r.mail}"],
 subj="Ungepanelet")

P_G["maegling"] = dict(
 titles=["Invitation til konfliktmægling", "Notat fra mæglingssession", "Aftale om forældresamarbejde", "Børnesagkyndig samtale – notat",
         "Referat af fællessamtale med forældrene", "Samværsaftale indgået ved mægling"],
 rowkind="adult",
 kv=[("Barn", "{c.full}, {c.age}"), ("Barnets CPR", "{c.cpr}"), ("Født", "{c.dob}"), ("Mor", "{m.full}"), ("Mors adresse", "{m.adr}"),
     ("Mors telefon", "{m.tel}"), ("Far", "{f.full}"), ("Fars adresse", "{f.adr}"), ("Fars mail", "{f.mail}"), ("Mægler", "{t.full}"), ("Fars fødselsdato", "{f.dob}"),
     ("Børnesagkyndig", "{z.full}"), ("Sagsbehandler", "{s.full}, {s.tel}"), ("Mødested", "{room}, Familiens Hus")],
 sents=["Forældrene, {m.full} og {f.full}, inviteres hermed til konfliktmægling den {date} kl. {kl}.",
  "Mægler {t.full} leder samtalen, og børnesagkyndig {z.full} taler forinden med {c.fn} alene.",
  "{c.fn} ({c.dob}) fortalte, at det er svært, når mor og far skændes ved afleveringen.",
  "{m.fn} ønsker, at skiftet sker på skolen, så {c.fn} ikke skal se forældrene mødes.",
  "{f.fn} bor nu på {f.adr} og kan hente {c.fn} direkte fra SFO om fredagen.",
  "Det blev aftalt, at al kommunikation om {c.fn} foregår skriftligt via {m.mail} og {f.mail}.",
  "Barnets fulde navn er {c.full}, født {c.dob}, og går i {kls}.",
  "Afbud meldes til {s.fn} på {s.tel} senest dagen før; {s.gen} kollega tager telefonen ved fravær.",
  "{f.gen} nye kæreste, {r.full}, deltager ikke i afleveringerne foreløbig.",
  "Mormor {r.full}, {r.adr}, er tilbudt som neutralt afleveringssted.",
  "{m.full} mødte op med bisidder, og {f.fn} deltog via telefon fra {f.tel}.",
  "Aftalen gennemgås igen om tre måneder; indkaldelse sendes til {m.adr1} og til fars adresse.",
  "Referatet er godkendt af begge forældre og underskrevet af {t.ini}.",
  "Mor har oplyst nyt nummer, {m.tel}, som kun må bruges af kommunen."],
 msg=["Hej {t.fn}. Jeg kommer gerne til mæglingen, men jeg vil ikke sidde i samme rum som {f.fn}.",
  "{c.fn} har sagt til mig, at {c.pn} helst vil være hos mig i weekenderne.",
  "Jeg kan træffes på {m.tel} hele dagen, skriv også gerne på {m.mail}.",
  "{f.fn} har skrevet til mig, at han accepterer forslaget om aflevering på skolen.",
  "Kan vi rykke mødet til efter kl. 16? Jeg har vagt til kl. 15.30."],
 logs=["Samtale med {c.fn} alene, {z.ini} deltog.", "Forældrene, {m.fn} og {f.fn}, ankom hver for sig.",
  "Pause. {f.fn} ringede til sin advokat.", "Udkast til aftale læst højt af {t.full}.", "Mor ønskede betænkningstid til på mandag.",
  "Afslutning. Kopi sendes til {f.mail}. Sag: barn {c.cpr}."],
 rowhdr="Part | Navn | Adresse | Telefon",
 rows=["Mor | {m.full} | {m.adr1} | {m.tel}", "Far | {f.full} | {f.adr1} | {f.tel}", "Mormor | {r.full} | {r.adr1} | {r.tel}",
       "Bisidder | {r.full} | – | {r.tel}", "Mægler | {t.full} | – | {t.tel}"],
 subj="Konfliktmægling")

P_G["gade"] = dict(night=True, sender="z",
 titles=["Vagtlog – opsøgende gadeplansarbejde", "SSP-vagt fredag aften", "Natteravnenes rapport", "Weekendvagt, gadeplan",
         "Log fra SSP-natvagt", "Opsøgende team – noter fra aftenen"],
 rowkind="youth",
 kv=[("Vagt", "{s.full} og {t.full}"), ("Natteravn", "{z.full}, {z.tel}"), ("Ung mødt", "{c.full}"), ("Født", "{c.dob}"),
     ("CPR", "{c.cpr}"), ("Bopæl", "{c.adr}"), ("Forælder kontaktet", "{m.full} på {m.tel}"), ("Sammen med", "{y.full}"),
     ("Sted", "{place}"), ("Tidspunkt", "{nkl}")],
 sents=["Ved skaterbanen mødte vi {c.fn} og {y.fn}, som havde drukket og var kolde.",
  "{c.full} ({c.dob}) sagde, at {c.pn} ikke ville hjem, fordi der var ballade med stedfar.",
  "Mor, {m.full}, blev ringet op på {m.tel} og hentede {c.fn} kl. 00.40.",
  "{y.fn} gav os sit nummer, {y.tel}, og vil gerne have en snak i ugen.",
  "Natteravnene {z.full} og {r.full} fulgte pigerne til bussen.",
  "Vi kørte {c.fn} hjem til {c.adr}, hvor far, {f.fn}, tog imod. {m.gen} telefon var slukket.",
  "{y.full}, født {y.dob}, blev af politiet kørt til vagtcentralen; vi orienterede SSP-koordinator {s.full}.",
  "{c.fn} bad os om ikke at ringe til sin far, men {c.pn} er kun {c.age}.",
  "Ingen svar hos far på {f.tel}; besked lagt på telefonsvareren.",
  "{r.fn} fra klubben genkendte gruppen og kendte {y.gen} storebror.",
  "Kontaktoplysninger afleveret til {t.full} fra det opsøgende team, {t.mail}.",
  "{c.gen} cpr-nummer er {c.cpr}; underretning skrives mandag.",
  "{y.fn} bor hos sin moster på {y.adr} og ønsker ikke, at mosteren kontaktes."],
 msg=["Hej {s.fn}, vi mødte {c.fn} igen i nat ved stationen, {c.pn} virkede presset.",
  "Kan du ringe til {m.n} i morgen? Nummeret er {m.tel}.", "{y.fn} skrev til mig på insta, {y.pn} vil gerne mødes i klubben.",
  "Jeg lægger loggen på drevet, men sender lige navnene her: {c.fn}, {y.fn} og {r.full}.", "Jeg har skrevet til {y.fn} på {y.tel}, men intet svar endnu."],
 logs=["Start på vagten. {s.full} og {t.fn} på gaden.", "Gruppe på 6 unge ved skolen, bl.a. {c.fn} og {y.full}.",
  "{c.fn} meget beruset, mor ringet op på {m.tel}.", "Mor, {m.fn}, henter. Overdraget.", "Kontakt med {y.fn} ({y.tel}), aftale om snak i klubben.",
  "Natteravn {z.full} meldte om uro {place}.", "Kørt hjem til {c.adr1} med {r.full}.", "{r.full} ({r.dob}) afvist ved indgangen til festen, virkede ked af det.",
  "Opkald til far, {f.full}, {f.tel}, intet svar.", "Vagt slut. Log skrevet af {t.ini}."],
 rowhdr="Tid | Navn | Født | Sted | Kontakt",
 rows=["{nkl} | {r.full} | {r.dob} | {place} | {r.tel}", "{nkl} | {y.full} | {y.dob} | {place} | {y.tel}", "{nkl} | {c.full} | {c.dob} | {place} | mor {m.tel}",
       "{nkl} | {r.fn} | {r.dob} | {place} | –"],
 subj="Nattens vagt")

P_G["ordre"] = dict(
 titles=["Ordrebekræftelse", "Følgeseddel", "Bestilling af seng og madras", "Levering af hjælpemidler", "Indkøbsbilag – bevilling", "Leveringsaftale"],
 rowkind="adult",
 kv=[("Modtager", "{m.full}"), ("Leveringsadresse", "{m.adr}"), ("Telefon ved levering", "{m.tel}"), ("Mail", "{m.mail}"),
     ("Barn", "{c.full}, født {c.dob}"), ("Barnets CPR", "{c.cpr}"), ("Bevilget af", "{s.full}, {s.mail}"), ("Ordrenr.", "{ordre}"),
     ("Beløb", "{amt} inkl. moms"), ("Leverandør", "{shop}"), ("Leveringsdato", "{date}"), ("Chauffør", "{z.fn}, {z.tel}")],
 sents=["Vi bekræfter hermed ordren på en juniorseng med madras til {c.full}, født {c.dob}.",
  "Varen leveres til {m.full}, {m.adr}, mellem kl. 8 og 16.",
  "Chaufføren ringer til {m.tel} en halv time før levering.",
  "Bevillingen er givet af {s.full} efter {par}.",
  "Ved spørgsmål til ordren kontaktes {t.full} i kundeservice på {t.tel}; {m.gen} sag er noteret som hasteordre.",
  "Barnets navn og fødselsdato, {c.fn} {c.dob}, er påført følgesedlen efter ønske fra familien.",
  "Far, {f.full}, har bedt om, at køjesengen i stedet leveres til {f.adr}.",
  "Faktura sendes til kommunen med {ean} og mærkes {s.ini}.",
  "Ordrebekræftelse er også sendt til {m.mail}.",
  "Modtaget og kvitteret af {r.full} på vegne af {m.fn}.",
  "{c.fn} ({c.age}) skal have en høj-lav-seng, som ergoterapeut {t.full} har anbefalet.",
  "Ved manglende hjemmelevering afleveres pakken hos naboen {r.full}, {r.adr1}."],
 msg=["Hej {s.fn}, sengen kom i dag, men der manglede skruer til gavlen.", "Kan I ringe til {m.tel} og ikke til min gamle mobil?",
  "Vi er flyttet, ny adresse er {m.adr}.", "Tak for hjælpen, {c.fn} har sovet i sin nye seng i nat.",
  "Ordrebekræftelsen er sendt til {m.mail} men jeg kan ikke åbne den."],
 logs=["Ordre oprettet af {s.ini} på barnets CPR {c.cpr}.", "Leverandør bekræfter, kontakt {t.full}, {t.tel}.", "Forsøgt levering, ingen hjemme, sms til {m.tel}.",
  "Ny leveringsdato aftalt med {m.n}.", "Leveret til {m.adr1}, kvitteret af {m.fn}.", "Returseddel sendt til {m.mail}."],
 rowhdr="Modtager | Adresse | Telefon | Vare",
 rows=["{r.full} | {r.adr1} | {r.tel} | juniorseng", "{r.full} | {r.adr1} | {r.tel} | dyne og pude", "{m.full} | {m.adr1} | {m.tel} | autostol",
       "{r.full} | {r.adr1} | {r.tel} | skrivebordsstol", "{r.full} | {r.adr1} | {r.tel} | barnevogn"],
 subj="Ordre og levering")

# ---------------------------------------------------------------- genre content (clean: roles only, many look-alikes)
C_G = {}
C_G["sanser"] = dict(
 titles=P_G["sanser"]["titles"],
 kv=[("Barn", "Barn A ({age})"), ("Sagsnr.", "{sag}"), ("Hjemmel", "{par}"), ("Diagnosekode", "{icd}"), ("Hjælpemiddel", "{hear}, bag-øret"),
     ("Mødedato", "{date} kl. {kl}"), ("Sted", "{room}, Kommunikationscentret"), ("Klasse", "{kls}"), ("Akut", "{pubtel}"),
     ("Forældremyndighed", "fælles"), ("Tale-høre-konsulent", "kommunens tale-høre-konsulent")],
 sents=["Barn A ({age}) blev set af tale-høre-konsulenten på skolen den {date}.",
  "Mor fortæller, at barnet siden sommerferien har bedt om at få fjernsynet skruet op.",
  "Høreapparaterne fra {hear} er justeret, og klasselæreren har fået en mikrofon til undervisningen.",
  "Barnet er henvist til audiologisk afdeling med diagnosekode {icd}.",
  "Synskonsulenten vurderer, at der er brug for forstørrelsesskærm og bedre lys ved pladsen i {kls}.",
  "Sagen er oprettet under {sag} og behandles efter {par}.",
  "Både storm og regn gør det svært at høre i skolegården, så frikvartererne holdes delvist inde.",
  "Udgiften til hjælpemidlet er {amt}, som afholdes af kommunen.",
  "Opfølgning finder sted {date} i {room}.",
  "Ved akut forværring kontaktes {pubtel}.",
  "Glade børn lærer bedre, skriver læreren, og barnet virker mere glad efter justeringen.",
  "Efter operationen for cochlear implant ses barnet på øre-næse-hals-afdelingen hver tredje måned.",
  "Forældrene har fælles forældremyndighed, og begge modtager kopi af brevene.",
  "Mødet holdes i Kommunikationscentret {place}."],
 msg=["Hej, vi har fået brevet om synsundersøgelsen, men datoen passer dårligt.", "Kan tiden flyttes til efter kl. 14?",
  "Høreapparatet piber igen, og skolen siger, at batteriet er skiftet.", "Tak for en god snak i går, barnet var glad bagefter."],
 logs=["Opkald fra mor om ny tid til høreprøve.", "Audiogram sendt til tale-høre-konsulenten via sikker post.", "Barnet mødte op sammen med far.",
  "Samtale med synskonsulenten om lysforhold i {kls}.", "Brev om forundersøgelse sendt via Digital Post."],
 rowhdr="Rolle | Kontakt | Tidspunkt",
 rows=["Tale-høre-konsulent | via skolens kontor | {date} kl. {kl}", "Synskonsulent | Kommunikationscentret | {date}", "Audiologisk afdeling | {room} | {date} kl. {kl}",
       "Akut | {pubtel} | døgnet rundt", "Sagsbehandler | {sag} | {date}"],
 subj="Syns- og hørevurdering")

C_G["pleje"] = dict(
 titles=P_G["pleje"]["titles"],
 kv=[("Barn", "Barn B ({age})"), ("Diagnose", "{icd}"), ("Medicin", "{med}"), ("Dosis", "{dose} efter skema"), ("Ved kramper", "ring {pubtel}"),
     ("Gyldig fra", "{date}"), ("Opbevaring", "køleskab på {room}"), ("Plan gennemgået", "{date} kl. {kl}"), ("Sagsnr.", "{sag}")],
 sents=["Barnet har type 1-diabetes og bærer en {sens}-sensor.",
  "Ved blodsukker under 4 gives 2 druesukkertabletter, og forældrene kontaktes.",
  "Ved kramper over fem minutter gives Buccolam i kinden, og der ringes 112.",
  "Planen er gennemgået med personalet den {date} og fornyes hvert halve år.",
  "Barnet må ikke få nødder, heller ikke spor af nødder i kage til fødselsdage.",
  "Tre pædagoger og to medhjælpere er oplært i brug af adrenalinpen.",
  "Medicinen opbevares i et aflåst skab i {room}.",
  "Både sol og varme kan påvirke blodsukkeret, så der måles ekstra på ture i maj og juni.",
  "Diagnosekoden {icd} fremgår af hospitalets epikrise.",
  "Ved tvivl kontaktes lægevagten på 1813, og ved bevidstløshed ringes 112.",
  "Kommunen dækker kurset for personalet med {amt} efter {par}.",
  "Havedagen i institutionen holdes som planlagt; insulinen tages med i køletasken.",
  "Planen følger barnet, når det skifter til {kls} efter sommerferien."],
 msg=["Hej, barnet havde en lav måling i nat, så hold lidt ekstra øje i dag.", "Der ligger ny pen i køleskabet, mærket med datoen.",
  "Tak for oplæringen af personalet i går.", "Vi er på sygehuset til kontrol torsdag formiddag."],
 logs=["Blodsukker 3,6, druesukker givet, forældre orienteret.", "Ny måling 5,8. Barnet tilbage i leg.", "Epilepsiplanen gennemgået med vikaren.",
  "Ny dosis aftalt med ambulatoriet: {dose}.", "Opdateret plan lagt i mappen i {room}."],
 rowhdr="Rolle | Oplært den | Kursus",
 rows=["Pædagog, stue {n} | {date} | adrenalinpen", "Pædagogmedhjælper | {date} | blodsukkermåling", "Lærer, {kls} | {date} | {med}",
       "Vikar | {date} | epilepsiplan", "Souschef | {date} | akutmedicin"],
 subj="Plan for akut hjælp")

C_G["raad"] = dict(
 titles=P_G["raad"]["titles"],
 kv=[("Møde", "Børnerådet, {date} kl. {kl}"), ("Sted", "{room}, Rådhuset"), ("Deltagere", "{n} elever fra {n} skoler"), ("Referent", "en ung fra panelet"),
     ("Hjemmel", "{par}"), ("Budget", "{amt}"), ("Næste møde", "{date}"), ("Journalnr.", "{sag}")],
 sents=["Til stede var {n} unge fra ungepanelet samt to medarbejdere fra forvaltningen.",
  "En pige på {age} fortalte, at busserne om aftenen kører for sjældent.",
  "En af de unge sagde: »Vi vil gerne høres, før I lukker klubben, ikke bagefter.«",
  "Ungepanelet ønsker gratis psykologhjælp for alle under 25 og henviser til {par}.",
  "Næste møde holdes {date} i {room}.",
  "Forslaget om flere lys ved stien blev vedtaget med stort flertal.",
  "Maj måned bruges på at forberede høringssvaret om skolereformen.",
  "Budgettet for året er {amt}, og der er brugt {amt} på forplejning.",
  "De unge henviser til Børnetelefonen 116 111 som et godt tilbud, men for få kender det.",
  "Referatet sendes via skolernes intranet, ikke på mail.",
  "Byrådet har modtaget høringssvaret under {sag}.",
  "Mødet sluttede med pizza og en quiz om Barnets lov."],
 msg=["hej jeg kan ikke komme på torsdag pga træning", "min mor siger jeg gerne må være med i ungepanelet", "kan i lægge referatet på intra? tak",
  "vi har skrevet vores høringssvar, det er vedhæftet"],
 logs=["Velkomst ved forvaltningen.", "Gruppe 1 præsenterede forslaget om skolemad.", "Trivselsmålingen fremlagt af to fra panelet.",
  "Pause med pizza.", "Afslutning, næste møde {date}."],
 rowhdr="Punkt | Ansvarlig | Frist",
 rows=["Høringssvar om klubber | gruppe 1 | {date}", "Lys ved stien | forvaltningen | {date}", "Busplan | gruppe 2 | {date}",
       "Trivselsmåling | skolerne | {date}", "Budget | udvalget | {date}"],
 subj="Ungepanelet")

C_G["maegling"] = dict(
 titles=P_G["maegling"]["titles"],
 kv=[("Barn", "Barn C ({age})"), ("Parter", "mor og far"), ("Mødested", "{room}, Familiens Hus"), ("Dato", "{date} kl. {kl}"),
     ("Hjemmel", "{par}"), ("Sagsnr.", "{sag}"), ("Mægler", "kommunens konfliktmægler"), ("Tolk", "bestilt, arabisk")],
 sents=["Forældrene inviteres hermed til konfliktmægling den {date} kl. {kl}.",
  "Mægleren leder samtalen, og den børnesagkyndige taler forinden med barnet alene.",
  "Barnet ({age}) fortalte, at det er svært, når mor og far skændes ved afleveringen.",
  "Mor ønsker, at skiftet sker på skolen, så barnet ikke skal se forældrene mødes.",
  "Det blev aftalt, at al kommunikation om barnet foregår skriftligt via Digital Post.",
  "Afbud meldes til Familiens Hus senest dagen før.",
  "Aftalen gennemgås igen om tre måneder.",
  "Far deltog via telefon, og mor mødte op med bisidder efter {par}.",
  "Samværet følger en 9/5-ordning med skift fredag kl. {kl}.",
  "Sagen er registreret under {sag}.",
  "Mormor er tilbudt som neutralt afleveringssted.",
  "Både skov og strand er ifølge barnet de bedste steder at være med far."],
 msg=["Jeg kommer gerne til mæglingen, men jeg vil ikke sidde i samme rum som far.", "Barnet har sagt, at det helst vil være hos mig i weekenderne.",
  "Jeg accepterer forslaget om aflevering på skolen.", "Kan vi rykke mødet til efter kl. 16?"],
 logs=["Samtale med barnet alene.", "Forældrene ankom hver for sig.", "Pause. Far ringede til sin advokat.", "Udkast til aftale læst højt.",
  "Mor ønskede betænkningstid til på mandag."],
 rowhdr="Punkt | Aftale | Gælder fra",
 rows=["Aflevering | på skolen fredag | {date}", "Ferier | halvdelen hver | {date}", "Kommunikation | Digital Post | {date}",
       "Fødselsdage | skiftevis | {date}", "Opfølgning | møde i {room} | {date}"],
 subj="Konfliktmægling")

C_G["gade"] = dict(night=True,
 titles=P_G["gade"]["titles"],
 kv=[("Vagt", "to SSP-medarbejdere"), ("Natteravne", "{n} frivillige"), ("Unge mødt", "ca. {n}"), ("Sted", "{place}"), ("Tidspunkt", "{nkl}–{nkl}"),
     ("Politi", "{pubtel}"), ("Underretninger", "1 efter {par}"), ("Vejr", "storm og regn")],
 sents=["Ved skaterbanen mødte vi to drenge på {age}, som havde drukket og var kolde.",
  "En af de unge sagde, at han ikke ville hjem, fordi der var ballade derhjemme.",
  "Mor blev ringet op og hentede kl. 00.40.",
  "Natteravnene fulgte pigerne til bussen {place}.",
  "En politipatrulje kørte forbi to gange, efter vi havde ringet 114.",
  "Vi kørte en ung hjem, hvor far tog imod.",
  "Der skrives underretning mandag efter {par}.",
  "Gruppen {place} var rolig, og der blev ikke observeret alkohol.",
  "Solen stod op over havnen; vagten sluttede kl. {nkl}.",
  "En pige på {age} blev fulgt til vagtcentralen.",
  "Vi henviste til Børnetelefonen 116 111 og til klubbens åbningstider.",
  "Vagten er registreret under {sag}."],
 msg=["Vi mødte den samme dreng igen i nat ved stationen, han virkede presset.", "Kan du ringe til mor i morgen?",
  "Jeg lægger loggen på drevet.", "Mvh. natteravnene"],
 logs=["Start på vagten. To på gaden.", "Gruppe på 6 unge ved skolen.", "En dreng meget beruset, mor ringet op.", "Mor henter. Overdraget.",
  "Uro {place}.", "Kontakt med en pige, aftale om snak i klubben.", "Vagt slut."],
 rowhdr="Tid | Sted | Antal | Handling",
 rows=["{nkl} | {place} | {n} | samtale", "{nkl} | {place} | {n} | fulgt hjem", "{nkl} | {place} | {n} | forælder ringet op",
       "{nkl} | {place} | {n} | ingen", "{nkl} | {place} | {n} | {pubtel}"],
 subj="Nattens vagt")

C_G["ordre"] = dict(
 titles=P_G["ordre"]["titles"],
 kv=[("Ordrenr.", "{ordre}"), ("Leverandør", "{shop}, {cvr}"), ("Faktura", "{ean}"), ("Beløb", "{amt} inkl. moms"), ("Hjemmel", "{par}"),
     ("Leveringsdato", "{date}"), ("Levering", "kl. 8–16"), ("Sagsnr.", "{sag}"), ("Vare", "juniorseng med madras")],
 sents=["Vi bekræfter hermed ordren på en juniorseng med madras.",
  "Varen leveres til familiens adresse mellem kl. 8 og 16.",
  "Chaufføren ringer en halv time før levering.",
  "Bevillingen er givet efter {par}.",
  "Faktura sendes til kommunen med {ean}.",
  "Leverandøren er {shop} med {cvr}.",
  "Samlet beløb er {amt}, og der er givet rabat på {amt} i alt.",
  "Havemøbler er ikke omfattet af bevillingen.",
  "Ved spørgsmål kontaktes kundeservice via leverandørens hjemmeside.",
  "Familien har valgt levering med {carrier} i stedet for afhentning.",
  "Ordrebekræftelsen er sendt via Digital Post.",
  "Ergoterapeuten har anbefalet en høj-lav-seng til barnet på {age}."],
 msg=["Sengen kom i dag, men der manglede skruer til gavlen.", "Tak for hjælpen, barnet har sovet i sin nye seng i nat.",
  "Kan I ringe i stedet for at skrive?", "Ordrebekræftelsen kan ikke åbnes på min telefon."],
 logs=["Ordre oprettet.", "Leverandør bekræfter.", "Forsøgt levering, ingen hjemme.", "Ny leveringsdato aftalt: {date}.", "Leveret og kvitteret."],
 rowhdr="Vare | Antal | Pris | Levering",
 rows=["juniorseng | 1 | {amt} | {date}", "dyne og pude | 2 | {amt} | {date}", "autostol | 1 | {amt} | {date}", "skrivebordsstol | 1 | {amt} | {date}",
       "barnevogn | 1 | {amt} | {date}"],
 subj="Ordre og levering")

COMMON_CLEAN = ["Sagen behandles i myndighedsafdelingen under {sag}, og afgørelsen træffes efter {par}.",
 "Forældrene er partshørt den {date}, og der er givet en frist på 14 dage til bemærkninger.",
 "Barnet er inddraget efter § 5, stk. 3, og har selv valgt, hvor samtalen skulle foregå.",
 "Den børnefaglige undersøgelse efter § 20 skal være færdig senest fire måneder efter, at kommunen blev opmærksom på behovet.",
 "Ved akut fare ringes altid 112, og ved mindre hastende henvendelser til politiet bruges 114.",
 "Næste opfølgning er sat til {date} kl. {kl} i {room}.",
 "Mødet blev holdt på rådhuset i {town}, og der var tolk med.",
 "Udgiften på {amt} konteres på funktion 5.28 og godkendes af teamlederen.",
 "Teamet drøftede sagen på sparringsmødet, hvor der var afsat ti minutter til refleksionsrunden.",
 "Der er ikke modtaget nye underretninger siden {date}.",
 "Forældrene er oplyst om retten til en bisidder efter § 6.",
 "Hvis barnet har brug for at tale med en voksen uden for familien, kan Børnetelefonen 116 111 bruges døgnet rundt.",
 "Familien bor i et almindeligt rækkehus tæt på skolen, og barnet cykler selv frem og tilbage.",
 "Skolen har i trivselsmålingen fra foråret givet barnet en samlet score på 3,8 ud af 5.",
 "Vurderingen følger ICS-trekanten med fokus på sundhedsforhold samt dagtilbud, skoleforhold og læring.",
 "Et møde i uge 12 er aflyst på grund af vinterferie og flyttet til uge 14.",
 "Lægen har skrevet en attest, som kommunen betaler med {amt} efter regning.",
 "Der holdes netværksmøde i {room}, hvor også sundhedsplejersken deltager."]

# ---------------------------------------------------------------- rendering
FORMATS = ["prose", "kv", "list", "table", "msg", "letter", "log"]
BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}

def new_ctx(genre):
    last = None
    town = R.choice(TOWNS)
    m = P("adult", town=town, sex="F")
    fam_last = m.last if R.random() < 0.7 else None
    ckind = "youth" if genre in ("raad", "gade") else "child"
    c = P(ckind, origin=m.origin if R.random() < 0.9 else None, last=fam_last, addr=m.addr, town=town)
    f = P("adult", sex="M", origin=m.origin if R.random() < 0.6 else None, last=fam_last if R.random() < 0.5 else None)
    ptown = town
    s = P("prof", town=ptown); t = P("prof", town=ptown); z = P("prof" if genre not in ("gade", "ordre") else "adult", town=ptown)
    y = P("youth")
    ctx = {"c": c, "m": m, "f": f, "s": s, "t": t, "z": z, "y": y, "r": P("adult")}
    return ctx

def role_title(genre):
    return {"sanser": "Myndighedsrådgiver, Børn og Unge", "pleje": "Sundhedsplejen / Børn og Unge", "raad": "Koordinator for børne- og ungeinddragelse",
            "maegling": "Familierådgiver, Familiens Hus", "gade": "SSP-koordinator", "ordre": "Sagsbehandler, Myndighed Børn og Unge"}[genre]

def head_tail(fmt, G, planted, genre):
    title = R.choice(G["titles"])
    ref = R.choice(["Vedr.: {c.full}, cpr.nr. {c.cpr}", "Barn: {c.full}, født {c.dob}", "{c.full} · {c.cpr}", ("Ung: " if genre in ("raad", "gade") else "Barn: ") + "{c.full} ({c.dob})",
                    "{c.ln}, {c.fn} – f. {c.dob}", "CPR: {c.cpr} ({c.fn})"]) if planted else R.choice(["Vedr.: Barn A ({age})", "Sag: {sag}", "Vedr.: barn på {age}", "Den unge (17 år)" if genre in ("raad", "gade") else "Barnet ({age})"])
    if fmt == "prose":
        h = title + "\n" + ref + "\n\n"
        t = "\n\n" + (R.choice(["{s.full}, " + role_title(genre), "/{s.ini}", "Skrevet af {s.full}", "{s.fn} {s.ln}\n" + role_title(genre)]) if planted
                      else R.choice([role_title(genre), "Skrevet af sagsbehandleren", "/myndighed"]))
    elif fmt == "kv":
        h = title.upper() + "\n"
        t = ("\nUdfyldt af: {s.full}, {date}" if planted else "\nUdfyldt af: " + role_title(genre) + ", {date}")
    elif fmt == "list":
        h = title + " – punkter fra {date}\n" + ref + "\n"
        t = ("\nKontakt: {s.full}, tlf. {s.tel}" if planted else "\nKontakt: " + role_title(genre) + " via kommunens hovednummer")
    elif fmt == "table":
        h = title + "\n\n" + G["rowhdr"] + "\n"
        t = ("\n\nListen føres af {s.full}." if planted else "\n\nListen føres af " + role_title(genre).lower() + ".")
    elif fmt == "msg":
        if planted:
            h = R.choice(["Fra: {m.full} <{m.mail}>\nSendt: {date} {kl}\nTil: Børn og Unge, myndighed\nEmne: " + G["subj"] + "\n\n",
                          "[SMS fra {m.tel}, {date} {kl}]\n", "Besked modtaget på sikker mail fra {m.mail}\nEmne: " + G["subj"] + " – {c.fn}, {c.dob}\n\n"])
            h = h.replace("{m.", "{" + G.get("sender", "m") + ".")
            t = ""
        else:
            h = R.choice(["Besked fra mor via Digital Post, {date} {kl}\nEmne: " + G["subj"] + "\n\n", "[SMS fra forælder, {date} {kl}]\n"])
            t = ""
    elif fmt == "letter":
        if planted:
            h = "{m.full}\n{m.adr2}\n\n{town}, {date}\n\nVedr.: " + title + " – {c.full}, cpr.nr. {c.cpr}\n\nKære {m.fn}\n\n"
            t = "\n\nMed venlig hilsen\n\n{s.full}\n" + role_title(genre) + "\nDirekte tlf. {s.tel}\nMail: {s.mail}"
        else:
            h = "Til forældremyndighedsindehaverne\n\n{town}, {date}\n\nVedr.: " + title + " – {sag}\n\n"
            t = "\n\nMed venlig hilsen\n\n" + role_title(genre) + "\nBørn og Unge, {town} Kommune"
    else:  # log
        h = title + ", {date}\n" + ref + "\n"
        t = ("\nLog: {t.ini}" if planted else "\nLog ført af vagthavende")
    return h, t

def units_for(fmt, G):
    if G in C_G.values():
        G = dict(G); cc = COMMON_CLEAN[:]; R.shuffle(cc); G["sents"] = G["sents"] + cc[:10]
        G["signoff"] = R.choice(["\n\nMvh mor\n\n", "\n\nHilsen far\n\n", "\n\n"])
        G["fwd"] = "--- Uddrag af sagsnotat, vedhæftet af sagsbehandleren ---\n"
    else:
        G = dict(G); x = G.get("sender", "m")
        G["signoff"] = R.choice(["\n\nMvh {X.fn}\n\n", "\n\nHilsen {X.full}\n\n", "\n\n/{X.fn}\n\n"]).replace("X", x)
        G["fwd"] = "--- Uddrag af sagsnotat, vedhæftet af {s.full} ---\n"
    return units_for2(fmt, G)

def units_for2(fmt, G):
    if fmt == "kv":
        out = []
        for lab, v in G["kv"]:
            if R.random() < 0.8: out.append(lab + ": " + v + "\n")
        extra = G["sents"][:]; R.shuffle(extra)
        out += ["Bemærkning: " + x + "\n" for x in extra]
        return out
    if fmt == "list":
        x = G["sents"][:]; R.shuffle(x); return ["- " + s + "\n" for s in x]
    if fmt == "table":
        rows = G["rows"][:]; R.shuffle(rows)
        x = G["sents"][:]; R.shuffle(x)
        return [r + "\n" for r in rows] + ["Note: " + s + "\n" for s in x]
    if fmt == "msg":
        a = G["msg"][:]; R.shuffle(a); x = G["sents"][:]; R.shuffle(x)
        a.sort(key=lambda s: 0 if s.lower().startswith("hej") else 1)
        return [s + " " for s in a] + [G["signoff"], G["fwd"]] + [s + " " for s in x]
    if fmt == "log":
        a = G["logs"][:]; x = G["sents"][:]; R.shuffle(x)
        return ["{seq} " + s + "\n" for s in a] + ["{seq} " + s + "\n" for s in x]
    x = G["sents"][:]; R.shuffle(x)
    return [s + ("\n\n" if i % 3 == 2 else " ") for i, s in enumerate(x)]

def render(genre, fmt, band, planted):
    G = (P_G if planted else C_G)[genre]
    ctx = new_ctx(genre) if planted else {}
    ctx["_t"] = R.randint(19 * 60, 21 * 60) if genre == "gade" else R.randint(8 * 60, 10 * 60)
    lo, hi = BANDS[band]
    target = R.randint(lo + 4, lo + (hi - lo) * 2 // 5 + 5)
    h, t = head_tail(fmt, G, planted, genre)
    bh = B(); fill(bh, h, ctx)
    bt = B(); fill(bt, t, ctx)
    body = []
    n = bh.words() + bt.words()
    units = units_for(fmt, G)
    for k, u in enumerate(units):
        if n >= target: break
        if planted and "{r." in u:
            sx = "F" if re.search(r"(?i)mormor|bedstemor|moster", u) else ("M" if re.search(r"(?i)morfar", u) else None)
            ctx["r"] = P(G.get("rowkind", "adult"), sex=sx)
        bu = B(); fill(bu, u, ctx)
        if n + bu.words() > hi: continue
        body.append(bu); n += bu.words()
    b = B(); b.parts = bh.parts[:]
    for bu in body: b.parts += bu.parts
    # trim trailing whitespace of body before tail
    while b.parts and b.parts[-1][1] is None and b.parts[-1][0].strip() == "":
        b.parts.pop()
    if b.parts and b.parts[-1][1] is None: b.parts[-1] = (b.parts[-1][0].rstrip(), None)
    b.parts += bt.parts
    text, spans, pubs = b.build()
    text2 = text.strip()
    off = text.index(text2[0]) if text2 else 0
    spans = [dict(sp, start=sp["start"] - off, end=sp["end"] - off) for sp in spans]
    pubs = [(a - off, e - off) for a, e in pubs]
    return text2, spans, pubs

# ---------------------------------------------------------------- institutions
I_TPL = ["{i} har meldt afbud til netværksmødet; skolen sender en skriftlig status i stedet inden fristen.",
 "Barnet er indskrevet i {i} fra august, og {j} bliver kontaktet om overgangen og om samarbejdet med forældrene.",
 "Opholdsstedet har foreslået et fælles kursus med {i} for personalet om traumeinformeret pædagogik.",
 "Den unge ønsker at gå på {i} næste skoleår, og vejlederen har sendt ansøgningen med anbefaling fra {j}.",
 "Samarbejdsaftalen med {i} gælder for hele kommunen og løber til udgangen af næste år.",
 "Der er bevilget fritidspas, så barnet kan gå til træning i {i} to gange om ugen.",
 "Plejefamilien er tilknyttet {i}, som står for supervision og kurser i det første år.",
 "Mødet om overgangen holdes hos {i}, og {j} deltager med en pædagog, der kender barnet godt."]

def inst_text(k):
    for _ in range(200):
        tpl = I_TPL[k % len(I_TPL)]
        a = R.choice(INST); b2 = R.choice(INST)
        if a == b2: continue
        b = B(); pos = 0
        for m in re.finditer(r"\{([ij])\}", tpl):
            b.add(tpl[pos:m.start()]); b.add(a if m.group(1) == "i" else b2, "institution"); pos = m.end()
        b.add(tpl[pos:])
        text, spans, pubs = b.build()
        if 12 <= len(text.split()) <= 40: return text, spans, pubs
    raise RuntimeError("inst")

# ---------------------------------------------------------------- checks
def uniq(seq):
    out, seen = [], {}
    for x in seq:
        if x not in seen: seen[x] = 1; out.append(x)
    return out

POOLNAMES = uniq([n for o in FIRST for n in FIRST[o]] + [n for o in LAST for n in LAST[o]] + list(NICK.values()))
_forms = uniq(POOLNAMES + [n.upper() for n in POOLNAMES])
_forms.sort(key=lambda x: (-len(x), x))
NAME_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(x) for x in _forms) + r")(?!\w)")
PHONE_RE = re.compile(r"(?<![\w+])(?:(?:\+|00)\d{2,3} ?)?(?:\d{8}|\d{2}[ .-]\d{2}[ .-]\d{2}[ .-]\d{2}|\d{4}[ .-]\d{4})(?!\w)")
CPR_RE = re.compile(r"(?<!\w)(?:\d{6}[- ]?\d{4}|\d{2}[. ]\d{2}[. ]\d{2}[- ]?\d{4})(?!\w)")
STREET_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(x) for x in STREETS) + r")\s+(\d)")
FODT_RE = re.compile(r"(?i)(?<!\w)(?:født|f\.|fødselsdato:?)\s*(\d)")
ALLOWED = {"planted": ["name", "phone", "email", "address", "dob", "cpr"], "clean": [], "inst": ["institution"]}

def inside(a, e, regions):
    for s0, e0 in regions:
        if s0 <= a and e <= e0: return True
    return False

def check(text, spans, pubs, kind, band, forbidden=None):
    errs = []
    reg = [(sp["start"], sp["end"]) for sp in spans]
    last = -1
    for sp in spans:
        if text[sp["start"]:sp["end"]] != sp["text"]: errs.append("offset")
        if sp["start"] < last: errs.append("overlap")
        last = sp["end"]
        if sp["text"] != sp["text"].strip() or not sp["text"]: errs.append("ws")
        if sp["kind"] not in ALLOWED[kind]: errs.append("kind")
    lo, hi = band
    if not lo <= len(text.split()) <= hi: errs.append("band %d" % len(text.split()))
    for sp in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(sp["text"]) + r"(?!\w)", text):
            if not inside(m.start(), m.end(), reg): errs.append("copy " + sp["text"])
    for m in NAME_RE.finditer(text):
        if not inside(m.start(), m.end(), reg): errs.append("poolname " + m.group(0))
    for rx in (PHONE_RE, CPR_RE):
        for m in rx.finditer(text):
            if not inside(m.start(), m.end(), reg + pubs): errs.append("number " + m.group(0))
    mail_reg = [(sp["start"], sp["end"]) for sp in spans if sp["kind"] == "email"]
    for m in re.finditer("@", text):
        if not inside(m.start(), m.end(), mail_reg): errs.append("@")
    adr_reg = [(sp["start"], sp["end"]) for sp in spans if sp["kind"] == "address"]
    for m in STREET_RE.finditer(text):
        if not inside(m.start(), m.end(), adr_reg): errs.append("street " + m.group(0))
    dob_reg = [(sp["start"], sp["end"]) for sp in spans if sp["kind"] == "dob"]
    for m in FODT_RE.finditer(text):
        if not inside(m.start(1), m.end(1), dob_reg): errs.append("fodt " + m.group(0))
    if forbidden:
        for f in forbidden:
            if f in text: errs.append("planted-in-clean " + f); break
    return errs

# ---------------------------------------------------------------- main
def jobs(n):
    out = []
    for i in range(n):
        g = GENRES[i % 6]; j = i // 6
        out.append((g, FORMATS[j % 7], ["short", "medium", "long"][(j + i % 6) % 3]))
    R.shuffle(out)
    return out

def produce(kind, n, forbidden=None):
    recs, fails = [], 0
    for k, (g, fmt, band) in enumerate(jobs(n)):
        for attempt in range(200):
            text, spans, pubs = render(g, fmt, band, kind == "planted")
            errs = check(text, spans, pubs, kind, BANDS[band], forbidden)
            if not errs: break
            fails += 1
        else:
            raise RuntimeError(f"{kind} {k} {g} {fmt} {band}: {errs}")
        recs.append({"id": f"{CORPUS}-{kind[0]}{k+1:03d}", "text": text, "planted": spans, "_meta": (g, fmt, band)})
    return recs, fails

def main():
    planted, f1 = produce("planted", 240)
    forb = uniq([sp["text"] for r in planted for sp in r["planted"] if sp["kind"] in ("phone", "address", "dob", "cpr", "email")])
    clean, f2 = produce("clean", 240, forb)
    inst = []
    for k in range(30):
        for attempt in range(200):
            text, spans, pubs = inst_text(k + attempt)
            errs = check(text, spans, pubs, "inst", (12, 40))
            if not errs: break
        else:
            raise RuntimeError("inst " + str(errs))
        inst.append({"id": f"{CORPUS}-i{k+1:03d}", "text": text, "planted": spans, "_meta": ("inst", "sentence", "short")})
    stats = {}
    for name, recs in (("planted", planted), ("clean", clean), ("institutions", inst)):
        path = os.path.join(OUT, name + ".jsonl")
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps({"id": r["id"], "text": r["text"], "planted": r["planted"]}, ensure_ascii=False) + "\n")
        kinds, meta = {}, {}
        for r in recs:
            for sp in r["planted"]: kinds[sp["kind"]] = kinds.get(sp["kind"], 0) + 1
            key = "%s/%s/%s" % r["_meta"]; meta[key] = meta.get(key, 0) + 1
        stats[name] = {"kinds": dict(sorted(kinds.items())), "total": sum(kinds.values()),
                       "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest()}
        if name != "institutions":
            for dim, idx in (("genre", 0), ("format", 1), ("band", 2)):
                d = {}
                for r in recs: d[r["_meta"][idx]] = d.get(r["_meta"][idx], 0) + 1
                stats[name][dim] = dict(sorted(d.items()))
    k = stats["planted"]["kinds"]
    stats["redraws"] = {"planted": f1, "clean": f2}
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    assert 3000 <= stats["planted"]["total"] <= 4500, stats["planted"]["total"]
    for kk in ("phone", "address", "dob"): assert k.get(kk, 0) >= 250, (kk, k)
    for kk in ("cpr", "email"): assert k.get(kk, 0) >= 120, (kk, k)
    assert k["name"] == max(k.values())

if __name__ == "__main__":
    main()
