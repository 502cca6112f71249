#!/usr/bin/env python3
"""Generator for the held-out corpus blind25 (stdlib only, fixed seed)."""
import json, os, re, sys, hashlib, datetime as dt
import random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import *

SEED = 202525
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
CORPUS = "blind25"
L, RB = "\u27e6", "\u27e7"
REF = dt.date(2025, 6, 1)
MONTHS = ["januar","februar","marts","april","maj","juni","juli","august","september","oktober","november","december"]
MON_SHORT = ["jan.","feb.","mar.","apr.","maj","jun.","jul.","aug.","sep.","okt.","nov.","dec."]
EN_MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
ORD = ["første","anden","tredje","fjerde","femte","sjette","syvende","ottende","niende","tiende","ellevte","tolvte","trettende","fjortende","femtende","sekstende","syttende","attende","nittende","tyvende","enogtyvende","toogtyvende","treogtyvende","fireogtyvende","femogtyvende","seksogtyvende","syvogtyvende","otteogtyvende","niogtyvende","tredivte","enogtredivte"]
ONES = ["nul","en","to","tre","fire","fem","seks","syv","otte","ni"]
TEENS = ["ti","elleve","tolv","tretten","fjorten","femten","seksten","sytten","atten","nitten"]
TENS = {2:"tyve",3:"tredive",4:"fyrre",5:"halvtreds",6:"tres",7:"halvfjerds",8:"firs",9:"halvfems"}
PUBLIC_NUMBERS = ["33 66 33 66","89 40 20 00","66 13 13 72","99 31 31 31","72 56 70 00","70 11 31 31","64942212","55133018","35209115"]
CVRS = [("Københavns Kommune","64942212"),("Aarhus Kommune","55133018"),("Odense Kommune","35209115")]
SWITCH = [("Københavns Kommune","33 66 33 66"),("Aarhus Kommune","89 40 20 00"),("Odense Kommune","66 13 13 72"),("Aalborg Kommune","99 31 31 31")]

def S(kind, t):
    return f"{L}{kind}|{t}{RB}"

def ch(seq):
    return seq[R.randrange(len(seq))]

def wch(pairs):
    tot = sum(w for _, w in pairs); x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]

def num_da(n):
    if n < 10: return ONES[n]
    if n < 20: return TEENS[n-10]
    t, o = divmod(n, 10)
    return TENS[t] if o == 0 else ("en" if o == 1 else ONES[o]) + "og" + TENS[t]

def year_da(y):
    if y >= 2000:
        r = y - 2000
        return "totusind" + ("" if r == 0 else " og " + num_da(r))
    return "nitten hundrede og " + num_da(y - 1900)

def ascii_fold(s):
    tb = {"æ":"ae","ø":"oe","å":"aa","é":"e","ö":"o","ü":"u","ä":"a","ł":"l","ą":"a","ę":"e","ś":"s","ń":"n","ó":"o","ż":"z","ź":"z","ć":"c","ı":"i","ş":"s","ç":"c","ğ":"g","İ":"i","ț":"t","ș":"s","ă":"a","â":"a","î":"i","đ":"d","ž":"z","č":"c","ć":"c","š":"s","ð":"d","ú":"u","á":"a","í":"i","ê":"e","'":""}
    s = s.lower()
    return "".join(tb.get(x, x) for x in s)

ALL_FIRST, ALL_LAST = [], []
for k in sorted(ORIGINS):
    f, m, l = ORIGINS[k]
    ALL_FIRST += f + m; ALL_LAST += l
WORDNAMES = {"Sol","Lykke","Vinter","Storm","Bo","Ask","Ulv","Frej","Skov","Bæk","Ravn","Eik","Liv","Saga","Alma","Thor","Line","Gry"}

# ---------------------------------------------------------------- persons
def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal(); b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))

def cpr_digits(d, male):
    y = d.year
    if y < 2000: d7 = ch([0,1,2,3] * 3 + ([4, 9] if y >= 1937 else []))
    else: d7 = ch([4, 5, 6, 7, 8, 9])
    mid = R.randint(0, 99); last = R.randrange(1, 10, 2) if male else R.randrange(0, 10, 2)
    return d.strftime("%d%m%y") + f"{d7}{mid:02d}{last}"

PHONE_PFX = ["20","21","22","23","24","25","26","27","28","29","30","31","40","41","42","50","51","52","53","60","61","71","81","91","93","86","87","97","98","65","35","38","43","46","48","31","42"]
def dk_phone():
    while True:
        p = ch(PHONE_PFX) + f"{R.randint(0, 999999):06d}"
        if p not in [x.replace(" ", "") for x in PUBLIC_NUMBERS]:
            return p

def mk_addr():
    st = ch(STREETS); no = R.randint(1, 148)
    letter = ch(["", "", "", "", "A", "B", "C"])
    floor = wch([("", 5), ("st. tv", 1), ("st. th", 1), ("1. tv", 1), ("1. th", 1), ("2. tv", 1), ("2. mf", 1), ("3. th", 1), ("4. 12", 1), ("1. sal", 1)])
    pc, town = ch(TOWNS)
    return dict(st=st, no=f"{no}{letter}", floor=floor, pc=pc, town=town)

class P:
    def __init__(s, y0, y1, sex=None, origin=None, pro=False, dom=None, like=None):
        s.origin = origin or (like.origin if like and R.random() < 0.8 else wch(ORIGIN_WEIGHTS))
        s.male = (R.random() < 0.5) if sex is None else (sex == "m")
        fem, mal, sur = ORIGINS[s.origin]
        fl = mal if s.male else fem
        s.first = ch(fl)
        if R.random() < 0.08:
            s2 = ch(fl)
            if s2 != s.first: s.first = s.first + ch([" ", "-"]) + s2 if "-" not in s.first + s2 and " " not in s.first + s2 else s.first
        if like is not None and R.random() < 0.75:
            s.last = like.last
        else:
            s.last = ch(sur)
            x = R.random()
            if x < 0.07 and s.origin == "dk":
                s.last = ch(ORIGINS["dk"][2]) + " " + s.last if True else s.last
            elif x < 0.12:
                o2 = ch(["dk", "dk", "dknew"]) if s.origin not in ("dk", "dknew") else wch(ORIGIN_WEIGHTS[5:])
                s.last = s.last + "-" + ch(ORIGINS[o2][2]) if "-" not in s.last else s.last
        if s.last.split(" ")[0] == s.last.split(" ")[-1] and " " in s.last:
            s.last = s.last.split(" ")[0]
        s.born = rand_date(y0, y1)
        s.cpr = cpr_digits(s.born, s.male)
        s.phone = dk_phone()
        s.fphone = ch(FOREIGN_PHONE)(R) if R.random() < 0.12 else None
        s.addr = mk_addr()
        s.faddr = ch(FOREIGN_ADDR)(R) if R.random() < 0.05 else None
        s.pro = pro; s.dom = dom
        f1 = ascii_fold(s.first.replace(" ", "").replace("-", "")); l1 = ascii_fold(s.last.replace(" ", "").replace("-", ""))
        if pro:
            s.email = ch([f"{f1}.{l1}", f"{f1[:2]}{l1[:2]}", f"{f1[0]}{l1}", f"{f1}{l1[0]}"]) + "@" + dom
        else:
            s.email = ch([f"{f1}.{l1}", f"{f1}{l1}", f"{f1}{R.randint(1, 99)}", f"{f1}_{l1[:4]}{s.born.year % 100:02d}", f"{l1}.{f1}", f"{f1[0]}{l1}{R.randint(1, 9)}"]) + "@" + ch(PRIVATE_DOMAINS)
        s.initials = "".join(w[0] for w in re.split(r"[ \-]", s.first + " " + s.last) if w)

    @property
    def age(s):
        return REF.year - s.born.year - ((REF.month, REF.day) < (s.born.month, s.born.day))

def typo(w):
    if len(w) < 4: return w + w[-1]
    i = R.randrange(1, len(w) - 1); m = R.randrange(3)
    if m == 0: t = w[:i] + w[i] + w[i:]
    elif m == 1: t = w[:i] + w[i+1:]
    else: t = w[:i] + w[i+1] + w[i] + w[i+2:]
    return t if t != w else w + "e"

def nm(p, st=None, gen=False, child=False):
    if st is None:
        if child:
            st = wch([("first", 60), ("full", 18), ("nick", 5), ("caps", 3), ("typo", 3), ("lower", 3), ("init", 3), ("last", 2)])
        else:
            st = wch([("full", 34), ("first", 22), ("last", 10), ("title", 8), ("caps", 4), ("rev", 4), ("init", 5), ("nick", 3), ("typo", 4), ("lower", 3)])
    if gen and st in ("rev", "init", "caps", "lower"): st = "full"
    if st == "lower" and (set(p.first.split()) & WORDNAMES or set(p.last.split()) & WORDNAMES): st = "full"
    pre = ""
    if st == "full": t = f"{p.first} {p.last}"
    elif st == "first": t = p.first
    elif st == "last": t = p.last
    elif st == "title":
        t = p.last; pre = ("fru " if not p.male else "hr. ") if not p.pro else ch(["fru " if not p.male else "hr. ", "dr. " if p.pro == "dr" else ""])
    elif st == "caps": t = f"{p.first} {p.last}".upper()
    elif st == "lower": t = f"{p.first} {p.last}".lower()
    elif st == "rev": t = f"{p.last}, {p.first}"
    elif st == "init": t = ch([p.initials, ".".join(p.initials) + ".", p.initials.lower()]) if len(p.initials) >= 2 else p.first
    elif st == "nick": t = NICK.get(p.first.split(" ")[0].split("-")[0], p.first)
    elif st == "typo": t = ch([typo(p.first) + " " + p.last, p.first + " " + typo(p.last), typo(p.first)])
    else: t = p.first
    if gen:
        if t[-1] in "sxzSXZ": return pre + S("name", t) + "'"
        return pre + S("name", t + "s")
    return pre + S("name", t)

def gen(p, child=False, st=None):
    return nm(p, st=st, gen=True, child=child)

def ph(p, foreign_ok=True):
    if foreign_ok and p.fphone and R.random() < 0.5: return S("phone", p.fphone)
    n = p.phone
    st = wch([("2222", 30), ("8", 16), ("44", 12), ("dots", 5), ("dash", 5), ("+45", 14), ("+45c", 4), ("0045", 5), ("spoken", 3)])
    if st == "2222": t = " ".join(n[i:i+2] for i in range(0, 8, 2))
    elif st == "8": t = n
    elif st == "44": t = n[:4] + " " + n[4:]
    elif st == "dots": t = ".".join(n[i:i+2] for i in range(0, 8, 2))
    elif st == "dash": t = "-".join(n[i:i+2] for i in range(0, 8, 2))
    elif st == "+45": t = "+45 " + " ".join(n[i:i+2] for i in range(0, 8, 2))
    elif st == "+45c": t = "+45" + n
    elif st == "0045": t = "0045 " + n
    else: t = " ".join(num_da(int(n[i:i+2])) if n[i] != "0" else "nul " + ONES[int(n[i+1])] for i in range(0, 8, 2))
    return S("phone", t)

def em(p, spoken=False):
    if spoken:
        loc, dom = p.email.split("@")
        t = loc.replace(".", " punktum ").replace("_", " understreg ") + " snabel-a " + dom.replace(".", " punktum ")
        return S("email", t)
    e = p.email
    if R.random() < 0.06: e = e.upper() if R.random() < 0.3 else e[0].upper() + e[1:]
    return S("email", e)

def ad(p, two_line=False, allow_foreign=True, short=False):
    if allow_foreign and p.faddr and not two_line: return S("address", p.faddr)
    a = p.addr
    base = f"{a['st']} {a['no']}"
    fl = f", {a['floor']}" if a["floor"] else ""
    if two_line: return S("address", f"{base}{fl}\n{a['pc']} {a['town']}")
    if short: return S("address", base + fl)
    st = wch([("full", 50), ("nofloor", 15), ("noPc", 12), ("sloppy", 8), ("nr", 5), ("town", 10)])
    if st == "full": t = f"{base}{fl}, {a['pc']} {a['town']}"
    elif st == "nofloor": t = f"{base}, {a['pc']} {a['town']}"
    elif st == "noPc": t = base + fl
    elif st == "sloppy": t = f"{a['st'].lower()} {a['no'].lower()} {a['floor'].replace('. ', '.')} {a['town'].split(' ')[0].lower()}".replace("  ", " ")
    elif st == "nr": t = f"{a['st']} nr. {a['no']}{fl}"
    else: t = f"{base}{fl}, {a['town']}"
    return S("address", t.strip())

def dob(p):
    d = p.born
    st = wch([("dots", 30), ("long", 18), ("iso", 8), ("slash", 10), ("dash", 7), ("short", 7), ("en1", 4), ("en2", 4), ("spoken", 4), ("mshort", 5), ("nopad", 3)])
    if st == "dots": t = d.strftime("%d.%m.%Y")
    elif st == "long": t = f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    elif st == "iso": t = d.isoformat()
    elif st == "slash": t = f"{d.day}/{d.month}-{d.year}"
    elif st == "dash": t = d.strftime("%d-%m-%Y")
    elif st == "short": t = d.strftime("%d/%m-%y") if R.random() < 0.5 else d.strftime("%d.%m.%y")
    elif st == "en1": t = f"{EN_MONTHS[d.month-1]} {d.day}, {d.year}"
    elif st == "en2": t = f"{d.day} {EN_MONTHS[d.month-1]} {d.year}"
    elif st == "spoken": t = f"{ORD[d.day-1]} {MONTHS[d.month-1]} {year_da(d.year)}"
    elif st == "mshort": t = f"{d.day}. {MON_SHORT[d.month-1]} {d.year}"
    else: t = f"{d.day}.{d.month}.{d.year}"
    return S("dob", t)

def cpr(p):
    c = p.cpr
    st = wch([("dash", 50), ("space", 14), ("ten", 14), ("dots", 8), ("groups", 7), ("dash2", 7)])
    if st == "dash": t = c[:6] + "-" + c[6:]
    elif st == "space": t = c[:6] + " " + c[6:]
    elif st == "ten": t = c
    elif st == "dots": t = f"{c[:2]}.{c[2:4]}.{c[4:6]}-{c[6:]}"
    elif st == "groups": t = f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:]}"
    else: t = f"{c[:2]}{c[2:4]}{c[4:6]} - {c[6:]}"
    return S("cpr", t)

# ---------------------------------------------------------------- look-alike helpers
def mdate(style=None):
    d = rand_date(2024, 2025)
    st = style or wch([("long", 4), ("dots", 4), ("slash", 2), ("iso", 1), ("wd", 2)])
    if st == "long": return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if st == "dots": return d.strftime("%d.%m.%Y")
    if st == "slash": return f"{d.day}/{d.month}-{d.year}"
    if st == "iso": return d.isoformat()
    return f"{['mandag','tirsdag','onsdag','torsdag','fredag','lørdag','søndag'][d.weekday()]} den {d.day}. {MONTHS[d.month-1]}"
def tm():
    return ch(["kl. ", "kl. ", ""]) + f"{R.randint(7, 20)}{ch(['.', ':'])}{ch(['00','15','30','45','10','40'])}"
def sagsnr():
    return ch([f"{R.choice([2024, 2025])}-{R.randint(1000, 99999):05d}", f"27.24.00-G01-{R.randint(10, 999)}-{R.choice([24, 25])}", f"S-{R.randint(2024, 2025)}-{R.randint(100, 9999)}", f"BU/{R.randint(24, 25)}/{R.randint(100, 999)}"])
def amount():
    return ch([f"{R.randint(1, 48)}.{R.randint(0, 999):03d} kr.", f"kr. {R.randint(200, 990)},-", f"{R.randint(1, 9)}.{R.randint(0, 9)}00 kr.", f"{R.randint(120, 980)} kr."])
def para():
    return ch(["§ 32, stk. 1, nr. 3", "§ 20, stk. 3", "§ 46", "§ 47", "§ 91", "§ 133", "§ 137, stk. 2", "§ 30", "§ 32, stk. 1, nr. 5", "§ 18", "§ 19", "§ 5, stk. 3", "§ 6", "§ 3", "§ 108"])
def icd():
    return ch(["F32.1", "F33.2", "F10.2", "F43.1", "F60.3", "F20.0", "F41.1", "F31.3", "O99.3", "Z63.7", "F90.0", "F12.2"])
def med():
    return ch([f"Sertralin {ch(['50','100','150'])} mg", f"Quetiapin {ch(['25','50','100'])} mg", "Antabus", "Campral", "Naltrexon", f"Escitalopram {ch(['10','20'])} mg", "Lithium", f"Aripiprazol {ch(['5','10'])} mg", "Melatonin", f"Metylphenidat {ch(['18','27','36'])} mg", "Mirtazapin"])
def ean():
    return "57980" + f"{R.randint(0, 99999999):08d}"
def kommune():
    return ch(KOMMUNER)

def P_child(): return P(2007, 2021)
def P_adult(like=None, sex=None, y0=1966, y1=2002): return P(y0, y1, sex=sex, like=like)
def P_pro(dom, y0=1958, y1=1998, pro=True): return P(y0, y1, pro=pro, dom=dom)

# ---------------------------------------------------------------- cast
class C:
    pass

def cast(g):
    c = C()
    c.kom, c.kdom = kommune()
    c.barn = P_child()
    c.mor = P_adult(sex="f"); c.barn.origin = c.mor.origin
    c.far = P_adult(sex="m", like=c.barn)
    c.barn = P(2007, 2021, like=c.far) if R.random() < 0.6 else P(2007, 2021, like=c.mor)
    c.sib = P(2006, 2022, like=c.barn)
    c.sb = P_pro(c.kdom)
    c.bh = "han" if c.barn.male else "hun"; c.bhs = "ham" if c.barn.male else "hende"
    c.sd = ch(SCHOOL_DOMAINS); c.rd = ch(REGION_DOMAINS)
    c.kl = P_pro(c.sd); c.sp = P_pro(c.kdom); c.ppr = P_pro(c.kdom); c.led = P_pro(c.sd)
    c.udl = P_adult(y0=1950, y1=1985); c.vm = P_pro(ch(["boligforeningen-oest.dk", "bo-vest.dk", "lejerbo-fyn.dk", "boligkontoret-aab.dk"]))
    c.bs = P_pro(c.vm.dom); c.mm = P(1945, 1972, sex="f", like=c.mor); c.kc = P_pro(ch(["krisecenter-nord.dk", "kvindehuset.dk", "danner-ost.dk"]))
    c.am = P_adult(sex="f", y0=1965, y1=1992); c.af = P_adult(sex="m", y0=1962, y1=1990, like=c.am)
    c.af.last = c.am.last if R.random() < 0.7 else c.af.last
    c.k1 = P(2005, 2020, like=c.af); c.k2 = P(2005, 2020, like=c.af); c.k1.last = c.k2.last = c.af.last
    c.mf = P(1942, 1970, sex="m", like=c.mor)
    c.firm, c.fdom = ch(LAW_FIRMS); c.adv = P_pro(c.fdom); c.sec = P_pro(c.fdom); c.faddr = mk_addr(); c.fphone = dk_phone()
    c.client = ch([c.mor, c.far])
    c.dr = P_pro(c.rd, pro="dr"); c.dr.pro = "dr"; c.psy = P_pro(c.rd); c.mk = P_pro(c.kdom); c.jm = P_pro(c.rd); c.gp = P_pro("praksis.dk"); c.gp.pro = "dr"
    c.parent = ch([c.mor, c.far]); c.pw = "mor" if c.parent is c.mor else "far"
    c.cd = ch(CLUB_DOMAINS); c.tr = P_pro(c.cd, y0=1975, y1=2004); c.kll = P_pro(c.kdom); c.fp = P_pro(c.kdom)
    c.team = [P(2009, 2016) for _ in range(8)]
    c.tparents = [P_adult(like=k) for k in c.team]
    return c

def firm_addr(c, two=False):
    a = c.faddr
    return S("address", f"{a['st']} {a['no']}\n{a['pc']} {a['town']}" if two else f"{a['st']} {a['no']}, {a['pc']} {a['town']}")
def firm_phone(c):
    n = c.fphone
    return S("phone", ch([" ".join(n[i:i+2] for i in range(0, 8, 2)), "+45 " + " ".join(n[i:i+2] for i in range(0, 8, 2)), n]))
def firm_mail(c):
    return S("email", ch(["post", "kontakt", "info", "sekretariat"]) + "@" + c.fdom)

# ---------------------------------------------------------------- planted sentence banks
def bank_planted(g, c):
    b, m, f, sb = c.barn, c.mor, c.far, c.sb
    he, him = c.bh, c.bhs
    if g == "skole":
        kl, sp, ppr, led = c.kl, c.sp, c.ppr, c.led
        return [
          lambda: f"{nm(b, child=True)} har siden sommerferien haft {R.randint(12, 41)} % fravær, og størstedelen er registreret som ulovligt fravær, oplyser klasselærer {nm(kl)} i en mail af {mdate()}.",
          lambda: f"Klasselæreren, {nm(kl, 'full')}, kan kontaktes på {ph(kl)} eller {em(kl)}.",
          lambda: f"Skolesundhedsplejerske {nm(sp)} har haft tre samtaler med {nm(b, 'first')} om ondt i maven om morgenen og træffes på {ph(sp)}.",
          lambda: f"Mor, {nm(m)}, fortæller, at {gen(b, child=True)} morgener er præget af konflikter, og at hun ofte giver op, før bussen kører.",
          lambda: f"Der holdes møde mellem skole, forældre og PPR {mdate()} {tm()}. Deltagere: {nm(m)}, {nm(f)}, {nm(kl)}, {nm(ppr)} (PPR) og {nm(sb)} (rådgiver).",
          lambda: f"PPR-psykolog {nm(ppr)} anbefaler en pædagogisk-psykologisk vurdering og et skemareduceret forløb i seks uger; {'han' if ppr.male else 'hun'} kan nås på {ph(ppr)}.",
          lambda: f"{nm(b, 'full')}, født {dob(b)}, går i {R.randint(1, 9)}. klasse og bor hos mor på {ad(m)}.",
          lambda: f"Far, {nm(f)}, bor på {ad(f)} og har fælles forældremyndighed; han ønsker at deltage i møderne og har tlf. {ph(f)}.",
          lambda: f"Støtteplanen evalueres {mdate()} af {nm(kl, 'first')} og {nm(ppr, 'last')}.",
          lambda: f"Fremmøde registreres dagligt i Aula, og {nm(kl, 'first')} sender hver fredag en kort status til {nm(sb)} på {em(sb)}.",
          lambda: f"Mor har givet samtykke til, at skolen deler oplysninger med sundhedsplejen. Hun træffes bedst på {ph(m)} efter kl. 15.",
          lambda: f"{nm(b, 'first', child=True)} siger selv: \"Jeg gider ikke komme, når de andre griner af mig i frikvarteret.\"",
          lambda: f"Skoleleder {nm(led)} oplyser, at {gen(b, child=True)} lillebror {nm(c.sib, 'first', child=True)} (født {dob(c.sib)}) også har et stigende fravær.",
          lambda: f"Elevens CPR-nr. er {cpr(b)}; mors CPR-nr. er {cpr(m)}.",
          lambda: f"Inklusionsvejleder og {nm(kl, 'first')} har aftalt, at {he} kan starte dagen i læsecaféen sammen med en voksen.",
          lambda: f"Sagen vedrører {nm(b, 'full')}, cpr.nr. {cpr(b)}, og lillebror {nm(c.sib, 'first', child=True)}.",
          lambda: f"Mor skriver fra {em(m)}, at {he} har haft hovedpine i en uge og ikke vil ud af sengen.",
        ]
    if g == "bolig":
        udl, vm, bs, mm, kc = c.udl, c.vm, c.bs, c.mm, c.kc
        return [
          lambda: f"Familien er opsagt fra lejligheden på {ad(m, allow_foreign=False)} på grund af restance på {amount()}.",
          lambda: f"Varmemester {nm(vm)} ({ph(vm)}) oplyser, at der har været klager over larm og affald på altangangen.",
          lambda: f"Udlejer, {nm(udl)}, har sendt påkrav og henviser til sin mail af {mdate()}; {'han' if udl.male else 'hun'} kan kontaktes på {em(udl)} eller {ph(udl)}.",
          lambda: f"Mor og børnene er midlertidigt flyttet ind hos mormor, {nm(mm)}, på {ad(mm)}.",
          lambda: f"Mor er flyttet på krisecenter med {nm(b, child=True)} og {nm(c.sib, child=True)}. Kontaktperson på krisecentret er {nm(kc)}, direkte {ph(kc)}.",
          lambda: f"Ny adresse fra 1. {ch(MONTHS)}: {ad(m)}. Gammel adresse: {ad(f, allow_foreign=False)}.",
          lambda: f"Boligsocial medarbejder {nm(bs)} har hjulpet mor med at søge boligstøtte og akut boliganvisning og kan træffes på {em(bs)}.",
          lambda: f"{nm(b, child=True)} ({dob(b)}) sover på en madras i stuen hos {gen(mm, st='first')} og har en times transport til skole.",
          lambda: f"Far, {nm(f)}, har tilbudt, at børnene kan bo hos ham på {ad(f)} i weekenderne.",
          lambda: f"Fogedretten har berammet udsættelsesforretning {mdate()} {tm()}; mor har oplyst sit nye nummer {ph(m)}.",
          lambda: f"{nm(vm, 'first')} fortæller, at døren til opgangen har stået åben om natten, og at {nm(b, 'first', child=True)} er set alene ude efter kl. 22.",
          lambda: f"Mor, {nm(m)}, CPR {cpr(m)}, er skrevet op til en lejlighed på {ad(c.am, short=True, allow_foreign=False)}.",
          lambda: f"Børnene: {nm(b, 'full')}, {dob(b)}, og {nm(c.sib, 'full')}, {dob(c.sib)}.",
          lambda: f"{nm(sb)} har talt med {nm(udl, 'title')} om en afdragsordning, men {'han' if udl.male else 'hun'} ønsker lejemålet tilbage.",
          lambda: f"Mormor, {nm(mm, 'full')}, cpr {cpr(mm)}, har skrevet under på, at familien må bo hos hende til udgangen af måneden.",
          lambda: f"Mormor kan kontaktes på {ph(mm)} og har selv spurgt til, om hun kan blive godkendt som netværksplejefamilie.",
        ]
    if g == "aflast":
        am, af, k1, k2, mf = c.am, c.af, c.k1, c.k2, c.mf
        return [
          lambda: f"Aflastningsfamilien, {nm(am, 'full')} og {nm(af, 'full')}, bor på {ad(am, allow_foreign=False)}.",
          lambda: f"I familien bor også deres egne børn, {nm(k1, 'first', child=True)} (født {dob(k1)}) og {nm(k2, 'first', child=True)} ({k2.age} år).",
          lambda: f"Afhentning fredag kl. 15.00 ved skolen; aflevering søndag kl. 17.30 hos mor på {ad(m, allow_foreign=False)}.",
          lambda: f"Ved akut sygdom kontaktes mor på {ph(m)}; er hun ikke at træffe, kontaktes morfar, {nm(mf)}, på {ph(mf)}.",
          lambda: f"Aflastningsmor {nm(am, 'first')} skriver, at {nm(b, 'first', child=True)} faldt godt til ro lørdag og sov hele natten.",
          lambda: f"{nm(af, 'first')} har taget {nm(b, 'first', child=True)} med til håndbold sammen med {nm(k1, 'first', child=True)}, og det gik fint.",
          lambda: f"Aflastningsbarn: {nm(b, 'full')}, CPR {cpr(b)}.",
          lambda: f"{nm(am)} kan kontaktes på {ph(am)} og {em(am)}; {nm(af, 'first')} på {ph(af)}.",
          lambda: f"Mor, {nm(m)}, har ønsket, at {gen(b, child=True)} medicin gives af aflastningsforældrene, og at hun får en sms, når {he} er afleveret.",
          lambda: f"Rådgiver {nm(sb)} ({ph(sb)}) følger op på aflastningen ved et møde hos familien {nm(am, 'last')} {mdate()}.",
          lambda: f"{nm(b, child=True)} er født {dob(b)} og har været i aflastning siden foråret.",
          lambda: f"Aflastningsforældrenes CPR-numre: {nm(am, 'first')} {cpr(am)}, {nm(af, 'first')} {cpr(af)}.",
          lambda: f"Nødkontakt i weekenden: {nm(mf)}, {ad(mf)}, tlf. {ph(mf)}.",
          lambda: f"Der var en episode søndag, hvor {nm(b, 'first', child=True)} slog {gen(k2, child=True, st='first')} lillesøster; {nm(am, 'first')} skrev det samme aften til {em(sb)}.",
          lambda: f"Far, {nm(f)}, har spurgt, om han kan hente {him} hos {nm(af, 'last')} søndag i stedet for mor.",
        ]
    if g == "advokat":
        adv, sec, cl = c.adv, c.sec, c.client
        return [
          lambda: f"Under henvisning til mit brev af {mdate()} og Deres svar af {mdate()} skal jeg på vegne af min klient, {nm(cl, 'full')}, CPR-nr. {cpr(cl)}, anmode om fuld aktindsigt i sagen vedrørende {nm(b, 'full')}, født {dob(b)}.",
          lambda: f"Min klient bor på {ad(cl)} og bedes alene kontaktet gennem undertegnede.",
          lambda: f"Der klages over afgørelsen af {mdate()} om støttende indsats efter barnets lov {para()}, som min klient ikke er blevet partshørt om.",
          lambda: f"Jeg gør opmærksom på, at sagsbehandler {nm(sb)} i sin mail af {mdate()} selv skriver, at oplysningerne fra skolen ikke er forelagt {gen(cl, st='first')} advokat.",
          lambda: f"Advokatsekretær {nm(sec)} kan kontaktes på {em(sec)} vedrørende fremsendelse af akter.",
          lambda: f"Sagen vedrører også {gen(b, child=True)} halvbror, {nm(c.sib, 'full')}, CPR {cpr(c.sib)}.",
          lambda: f"Min klient oplyser, at {nm(f if cl is m else m)}, der bor på {ad(f if cl is m else m)}, ikke har deltaget i netværksmødet.",
          lambda: f"Jeg anmoder om, at aktindsigten omfatter korrespondance mellem {nm(sb, 'last')} og skolens klasselærer, {nm(c.kl)}.",
          lambda: f"Min klient har telefon {ph(cl)}, men henvendelser bedes som nævnt rettet til kontoret.",
          lambda: f"Jeg henviser endvidere til kommunens brev af {mdate()}, j.nr. {sagsnr()}, underskrevet af {nm(sb, 'full')}.",
          lambda: f"Barnets far, {nm(f, 'full')} (født {dob(f)}), er orienteret om klagen.",
        ]
    if g == "sundhed":
        p, dr, psy, mk, jm, gp = c.parent, c.dr, c.psy, c.mk, c.jm, c.gp
        return [
          lambda: f"{c.pw.capitalize()}, {nm(p, 'full')} (CPR {cpr(p)}), er i behandling i voksenpsykiatrien hos overlæge {nm(dr, 'last')}, afsnit P{R.randint(1, 6)}.",
          lambda: f"Behandlingen omfatter {med()} dagligt og samtaler hver 14. dag med psykolog {nm(psy)}.",
          lambda: f"Næste aftale hos {nm(psy, 'first')} er {mdate()} {tm()}; {c.pw} har selv givet besked om tiden fra {ph(p)}.",
          lambda: f"Far går i ambulant alkoholbehandling hos misbrugskonsulent {nm(mk)}, tlf. {ph(mk)}, og tager Antabus under overvågning.",
          lambda: f"Jordemoder {nm(jm)} oplyser, at mor er gravid i uge {R.randint(12, 36)}, og at graviditeten følges tæt i familieambulatoriet.",
          lambda: f"Egen læge, {nm(gp, 'title')}, {ad(gp, allow_foreign=False)}, har på forespørgsel oplyst, at {c.pw} har været stabil siden foråret.",
          lambda: f"Samtykke til indhentning af oplysninger er givet af {nm(p)} {mdate()} og gælder i et år.",
          lambda: f"{nm(dr, 'full')} vurderer, at {gen(p, st='first')} sygdom i perioder påvirker evnen til at give {nm(b, 'first', child=True)} en stabil hverdag.",
          lambda: f"{nm(b, child=True)} ({dob(b)}) bor hos {nm(f if p is m else m)} i indlæggelsesperioden på {ad(f if p is m else m, allow_foreign=False)}.",
          lambda: f"Psykologen kan kontaktes på {em(psy)} eller direkte på {ph(psy)}.",
          lambda: f"Misbrugskonsulenten skriver: \"{nm(f, 'first')} har afleveret negative urinprøver de sidste seks uger.\"",
          lambda: f"{c.pw.capitalize()} er født {dob(p)} og bor på {ad(p)}.",
          lambda: f"Barnet, {nm(b, 'full')}, CPR {cpr(b)}, er orienteret om behandlingen i et sprog, der passer til alderen.",
          lambda: f"{nm(sb)} har aftalt med {nm(jm, 'first')}, at der holdes et fælles møde før fødslen.",
        ]
    if g == "fritid":
        tr, kll, fp, t, tp = c.tr, c.kll, c.fp, c.team, c.tparents
        return [
          lambda: f"Træner {nm(tr)} ({ph(tr)}, {em(tr)}) oplyser, at {nm(b, 'first', child=True)} er mødt stabilt op til træning tirsdag og torsdag.",
          lambda: f"Klubleder {nm(kll)} fortæller, at {nm(b, child=True)} og {nm(t[0], child=True)} kom op at slås ved bordfodbolden {mdate()} ved 19-tiden.",
          lambda: f"{gen(t[0], child=True)} {'mor' if not tp[0].male else 'far'}, {nm(tp[0])}, blev ringet op på {ph(tp[0])} og hentede {'ham' if t[0].male else 'hende'} kort efter.",
          lambda: f"Fritidspas: kontingentet betales via fritidspasset; kontaktperson er {nm(fp)}, {em(fp)}.",
          lambda: f"Telefonkæde: {nm(tp[1])} ringer til {nm(tp[2])} ({ph(tp[2])}), som ringer videre til {nm(tp[3])} ({ph(tp[3])}).",
          lambda: f"{nm(b, 'full')} er født {dob(b)} og er tilmeldt holdet for årgang {b.born.year}.",
          lambda: f"Forældre kan skrive til {nm(tr, 'first')} på {em(tr)} ved afbud.",
          lambda: f"Kørselsordning til kamp: {nm(tp[4])} kører fra hallen, og {nm(tp[5])} henter igen; nødnummer {ph(tp[4])}.",
          lambda: f"{nm(kll, 'first')} har talt med mor, {nm(m)}, som ønsker, at {he} fortsætter i klubben trods episoden.",
          lambda: f"Hændelsen blev skrevet ind i klubbens logbog af {nm(kll, 'init')} samme aften og sendt til {nm(sb)}.",
          lambda: f"{nm(t[1], 'full', child=True)} ({dob(t[1])}) og {nm(t[2], 'full', child=True)} ({dob(t[2])}) var vidner til episoden.",
          lambda: f"Mor bor på {ad(m)} og kan nås på {ph(m)} efter arbejde.",
          lambda: f"Ansøgning om fritidspas for {nm(b, 'full')}, CPR-nr. {cpr(b)}, er modtaget {mdate()} og behandlet af {nm(fp)}.",
        ]
    raise KeyError(g)

TITLES = {
 "skole": ["Notat: bekymrende skolefravær", "Referat af møde mellem skole, forældre og PPR", "Støtteplan – inklusion", "Journalnotat vedr. skolefravær", "Opfølgning på fraværsplan"],
 "bolig": ["Notat: boligsituation og udsættelse", "Journalnotat – midlertidig bolig", "Referat: møde med boligsocial medarbejder", "Flytning og ny adresse", "Opfølgning på krisecenterophold"],
 "aflast": ["Aftale om weekendaflastning", "Aflastningsaftale", "Opfølgning på aflastning", "Kontaktoplysninger – aflastning", "Notat fra aflastningsfamilien"],
 "advokat": ["Klage over afgørelse", "Anmodning om aktindsigt", "Partsrepræsentation – genfremsendelse", "Rykker: aktindsigt", "Supplerende bemærkninger til klage"],
 "sundhed": ["Notat: forælders behandlingsforløb", "Oplysninger fra voksenpsykiatrien", "Journalnotat – alkoholbehandling", "Notat om graviditet og støtte", "Sammenfatning af lægelige oplysninger"],
 "fritid": ["Hændelsesrapport", "Notat fra fritidsklubben", "Holdliste og telefonkæde", "Fritidspas – opfølgning", "Trænerens bemærkninger"],
}
ROLES = {
 "skole": lambda c: [("Elev", c.barn), ("Mor", c.mor), ("Far", c.far), ("Klasselærer", c.kl), ("Sundhedsplejerske", c.sp), ("PPR-psykolog", c.ppr), ("Rådgiver", c.sb)],
 "bolig": lambda c: [("Barn", c.barn), ("Mor", c.mor), ("Udlejer", c.udl), ("Varmemester", c.vm), ("Boligsocial medarb.", c.bs), ("Mormor", c.mm), ("Krisecenter", c.kc)],
 "aflast": lambda c: [("Barn", c.barn), ("Mor", c.mor), ("Aflastningsmor", c.am), ("Aflastningsfar", c.af), ("Nødkontakt (morfar)", c.mf), ("Rådgiver", c.sb)],
 "advokat": lambda c: [("Klient", c.client), ("Barn", c.barn), ("Advokat", c.adv), ("Sekretær", c.sec), ("Sagsbehandler", c.sb)],
 "sundhed": lambda c: [("Forælder", c.parent), ("Barn", c.barn), ("Overlæge", c.dr), ("Psykolog", c.psy), ("Misbrugskonsulent", c.mk), ("Jordemoder", c.jm), ("Egen læge", c.gp)],
 "fritid": lambda c: [("Barn", c.barn), ("Mor", c.mor), ("Træner", c.tr), ("Klubleder", c.kll), ("Fritidspas", c.fp)],
}

def kv_person(label, p, child):
    out = [f"{label}: {nm(p, 'full')}"]
    if child or (not p.pro and R.random() < 0.6):
        out.append(ch(["Fødselsdato", "Født", "Fødselsdag", "F.dato"]) + ": " + dob(p))
        if R.random() < 0.8: out.append(ch(["CPR", "CPR-nr.", "Cpr.nr."]) + ": " + cpr(p))
    if not p.pro and R.random() < 0.7: out.append("Adresse: " + ad(p))
    if R.random() < 0.85: out.append(ch(["Tlf.", "Telefon", "Mobil", "Tlf"]) + ": " + ph(p))
    if R.random() < 0.5: out.append(ch(["Mail", "E-mail", "Email"]) + ": " + em(p))
    return out

def planted_doc(g, fmt, k, c):
    bank = bank_planted(g, c)
    idx = list(range(len(bank))); R.shuffle(idx)
    sents = [bank[i]() for i in idx[:k]]
    title = ch(TITLES[g]); sag = f"Sagsnr. {sagsnr()}"
    roles = ROLES[g](c)
    if fmt == "prose":
        body = []
        while sents:
            n = R.randint(1, 3); body.append(" ".join(sents[:n])); sents = sents[n:]
        return f"{title}\n\n" + "\n\n".join(body)
    if fmt == "kv":
        R.shuffle(roles); lines = []
        for lab, p in roles[:R.randint(1, 3)]:
            lines += kv_person(lab, p, child=(lab in ("Elev", "Barn", "Aflastningsbarn")))
            lines.append("")
        return f"{title}\n{sag}\n\n" + "\n".join(lines) + "Bemærkninger: " + " ".join(sents)
    if fmt == "list":
        intro = ch(["Kort opsummering:", "Punkter fra samtalen:", "Status i punktform:", "Aftaler:"])
        return f"{title}\n{intro}\n" + "\n".join(ch(["- ", "• ", "* "]) + s for s in sents)
    if fmt == "table":
        R.shuffle(roles); rows = ["Rolle | Navn | Telefon | Mail", "---|---|---|---"]
        if g == "fritid" and R.random() < 0.7:
            rows = ["Nr. | Navn | Født | Forælder | Tlf.", "---|---|---|---|---"]
            for i, (kid, par) in enumerate(zip(c.team[:R.randint(2, 6)], c.tparents)):
                rows.append(f"{i+1} | {nm(kid, 'full')} | {dob(kid)} | {nm(par, ch(['full', 'first']))} | {ph(par)}")
        else:
            for lab, p in roles[:R.randint(2, 5)]:
                rows.append(f"{lab} | {nm(p, ch(['full', 'full', 'rev', 'caps']))} | {ph(p)} | {em(p)}")
        return f"{title}\n\n" + "\n".join(rows) + "\n\n" + " ".join(sents)
    if fmt == "msg":
        snd = ch([p for _, p in roles[1:]]); rec = c.sb
        if R.random() < 0.35:
            return f"Indsat sms fra {nm(snd, 'first')} ({ph(snd)}), modtaget {mdate('dots')} {tm()}:\n\"" + " ".join(sents) + f"\"\n/{nm(sb_init := c.sb, 'init')}"
        spk = R.random() < 0.12
        head = f"Fra: {nm(snd, 'full')} <{em(snd)}>\nSendt: {mdate()} {tm()}\nTil: {nm(rec, 'full')} <{em(rec)}>\nEmne: {ch(['SV: ', 'VS: ', ''])}{title}\n\n"
        sig = f"\n\nVenlig hilsen\n{nm(snd, ch(['full', 'first']))}" + (f"\nTlf. {ph(snd)}" if R.random() < 0.7 else "")
        if spk: sig += f"\n(Mailadressen blev også sagt i telefonen: {em(snd, spoken=True)})"
        return head + f"Hej {nm(rec, 'first')}\n\n" + " ".join(sents) + sig
    if fmt == "letter":
        if g == "advokat":
            snd = c.adv; rec = c.sb
            top = f"{c.firm}\n{firm_addr(c, True)}\nTlf. {firm_phone(c)} · {firm_mail(c)}\n\n{c.kom}\nFamilieafdelingen\nAtt.: {nm(rec, 'full')}\n\n"
            sig = f"\n\nMed venlig hilsen\n\n{nm(snd, 'full')}\nAdvokat\nDirekte: {ph(snd)}\n{em(snd)}"
            return top + f"{ch(['Aarhus', 'Odense', 'Vejle', 'Kolding', 'Roskilde'])}, {mdate('long')}\nVores ref.: {nm(snd, 'init')}/{nm(c.sec, 'init')}\n\nVedr.: {title}\n\n" + "\n\n".join(sents) + sig
        rec = ch([c.mor, c.far, c.parent]); snd = c.sb
        top = f"{nm(rec, 'full')}\n{ad(rec, two_line=True)}\n\n{c.kom}, {mdate('long')}\n\n"
        sig = f"\n\nMed venlig hilsen\n{nm(snd, 'full')}\nRådgiver, Børn og Unge\nDirekte tlf.: {ph(snd)}\n{em(snd)}"
        return top + f"Kære {nm(rec, 'first')}\n\n{title}\n\n" + " ".join(sents) + sig
    if fmt == "log":
        lines = []
        ps = [p for _, p in roles if p.pro] or [c.sb]
        for s in sents:
            d = rand_date(2024, 2025); who = ch(ps + [c.sb])
            lines.append(f"{d.strftime('%d.%m.%Y')} {R.randint(7, 21):02d}.{ch(['00','05','20','35','50'])} {nm(who, 'init')}: {s}")
        return f"{title} – log\n" + "\n".join(lines)
    raise KeyError(fmt)

# ---------------------------------------------------------------- clean banks
CAGE = [9]
def age_():
    return CAGE[0]

def bank_clean(g):
    if g == "skole":
        return [
          lambda: f"Barn A ({age_()} år) har siden sommerferien haft {R.randint(12, 40)} % fravær, heraf en stor del ulovligt fravær.",
          lambda: f"Klasselæreren i {R.randint(1, 9)}.{ch('ABCD')} oplyser, at fraværet især ligger mandag og fredag.",
          lambda: f"Mødet mellem skole, forældre og PPR holdes {mdate()} {tm()} i lokale {R.randint(1, 3)}.{R.randint(10, 40)}.",
          lambda: f"PPR anbefaler en pædagogisk-psykologisk vurdering, og sagen behandles efter barnets lov {para()}.",
          lambda: f"Skolesundhedsplejersken har haft tre samtaler med barnet om ondt i maven om morgenen.",
          lambda: f"Mor fortæller, at morgenerne er præget af konflikter, og at hun føler sig glad, når barnet bare kommer ud ad døren.",
          lambda: f"Fremmøde registreres dagligt i Aula, og status sendes hver fredag til sagsbehandleren.",
          lambda: f"Skolen ligger ved Banegårdspladsen, og barnet tager bus {R.randint(2, 19)}A fra Vestergade.",
          lambda: f"Støtteplanen evalueres {mdate()}; sagen har journalnummer {sagsnr()}.",
          lambda: f"Ved akut bekymring uden for skolens åbningstid kontaktes politiet på 114 eller vagtcentralen på 112.",
          lambda: f"Barnet fortæller, at det er bedst i idræt, især når de er ude i skoven, og når der er sol.",
          lambda: f"Inklusionsvejlederen foreslår, at barnet starter dagen i læsecaféen fra uge {R.randint(2, 50)}.",
          lambda: f"Far har fælles forældremyndighed og ønsker at deltage i møderne via Teams.",
          lambda: f"Lægen har tidligere vurderet mistanke om {icd()}, men der er ikke stillet en endelig diagnose.",
          lambda: f"Forældrene er orienteret om Børnetelefonen 116 111 og om kommunens hovednummer {ch(SWITCH)[1]}.",
        ]
    if g == "bolig":
        return [
          lambda: f"Familien er opsagt fra lejligheden på grund af restance på {amount()}.",
          lambda: f"Varmemesteren oplyser, at der har været klager over larm og affald på altangangen i opgang {R.randint(1, 12)}.",
          lambda: f"Fogedretten har berammet udsættelsesforretning {mdate()} {tm()}.",
          lambda: f"Mor og børnene bor midlertidigt hos mormor i en toværelses lejlighed nær Torvet.",
          lambda: f"Boligsocial medarbejder har hjulpet mor med at søge boligstøtte på ca. {amount()} om måneden.",
          lambda: f"Kommunen har anvist en midlertidig bolig i Gellerup; huslejen er {amount()} inkl. varme.",
          lambda: f"Barn A ({age_()} år) sover på en madras i stuen og har en times transport til skolen.",
          lambda: f"Mor er flyttet på krisecenter med begge børn efter en episode i maj, og krisecentret har bekræftet opholdet skriftligt.",
          lambda: f"Udlejer har sendt påkrav med henvisning til lejelovens regler; kopi ligger på sagen, j.nr. {sagsnr()}.",
          lambda: f"Vinduerne i børneværelset kan ikke lukkes, og der er tegn på skimmel ved have-døren.",
          lambda: f"Afdelingen ligger ud til Ringvejen, og der er legeplads ved Kirkepladsen.",
          lambda: f"Sagen drøftes på teammødet {mdate()} med henblik på en afdækning efter {para()}.",
          lambda: f"Huslejerestancen udgjorde pr. 1. {ch(MONTHS)} {amount()}, og afdragsordningen er ikke overholdt.",
          lambda: f"Storm og regn har ødelagt taget på skuret, hvor børnenes cykler står.",
          lambda: f"Mor kan bo hos veninden frem til udgangen af {ch(MONTHS)}, men ikke længere.",
        ]
    if g == "aflast":
        return [
          lambda: f"Barn A ({age_()} år) er i weekendaflastning hver anden weekend, i lige uger.",
          lambda: f"Afhentning fredag {tm()} ved skolen; aflevering søndag {tm()} hos mor.",
          lambda: f"Aflastningsfamilien har selv to børn på {R.randint(3, 9)} og {R.randint(10, 16)} år.",
          lambda: f"Ved akut sygdom kontaktes mor først, derefter morfar, og ellers lægevagten på 1813.",
          lambda: f"Aflastningen er bevilget efter barnets lov {para()} med et vederlag på {amount()} pr. døgn.",
          lambda: f"Aflastningsmor skriver, at barnet faldt godt til ro lørdag og sov hele natten.",
          lambda: f"Barnet tager {med()} om aftenen; medicinen medbringes i original emballage.",
          lambda: f"Aftalen evalueres {mdate()} ved et møde hos aflastningsfamilien.",
          lambda: f"I sommerferien holder aflastningen pause i uge {R.randint(27, 31)} og {R.randint(32, 33)}.",
          lambda: f"Barnet har været glad for at komme med i skoven og bygge hule.",
          lambda: f"Plejefamilien er godkendt af Socialtilsyn, og aftalen har sagsnummer {sagsnr()}.",
          lambda: f"Lørdag var der en episode, hvor barnet slog aflastningsfamiliens yngste; det blev drøftet med rådgiveren mandag.",
          lambda: f"Transport betales af kommunen efter regning, dog højst {amount()} pr. måned.",
          lambda: f"Mor ønsker en sms, når barnet er afleveret, og det er aftalt.",
        ]
    if g == "advokat":
        return [
          lambda: f"Under henvisning til mit brev af {mdate()} og Deres svar af {mdate()} skal jeg på vegne af min klient (mor) anmode om fuld aktindsigt.",
          lambda: f"Der klages over afgørelsen af {mdate()} om støttende indsats efter barnets lov {para()}.",
          lambda: f"Min klient er ikke blevet partshørt, jf. forvaltningslovens § 19, over oplysningerne fra skolen.",
          lambda: f"Jeg anmoder om, at aktindsigten omfatter interne notater og korrespondance med PPR, jf. offentlighedslovens § 7.",
          lambda: f"Sagen har Deres j.nr. {sagsnr()}; vores ref. er sag {R.randint(1000, 9999)}-{R.randint(10, 99)}.",
          lambda: f"Barnet (Barn A, {age_()} år) har efter barnets lov § 3 ret til at være part i visse sager.",
          lambda: f"Jeg skal bede om kommunens svar inden {R.randint(7, 14)} dage, jf. offentlighedslovens § 36.",
          lambda: f"Klagen sendes samtidig til orientering til Ankestyrelsen.",
          lambda: f"Salæret afregnes efter de vejledende takster; kommunens EAN-nummer {ean()} bedes bekræftet.",
          lambda: f"Min klient anerkender, at der har været fravær, men bestrider, at det begrunder en undersøgelse efter {para()}.",
          lambda: f"Det fremgår af referatet fra netværksmødet {mdate()}, at far ikke var indkaldt.",
          lambda: f"Kommunen bedes endvidere oplyse, hvornår barnets plan efter § 91 senest er revideret.",
        ]
    if g == "sundhed":
        return [
          lambda: f"Mor er i behandling i voksenpsykiatrien, afsnit P{R.randint(1, 6)}, med diagnosen {icd()}.",
          lambda: f"Behandlingen omfatter {med()} dagligt og samtaler hver 14. dag.",
          lambda: f"Næste ambulante aftale er {mdate()} {tm()}.",
          lambda: f"Far går i ambulant alkoholbehandling og tager Antabus under overvågning to gange om ugen.",
          lambda: f"Jordemoderen oplyser, at mor er gravid i uge {R.randint(10, 36)}, og at familieambulatoriet følger forløbet.",
          lambda: f"Overlægen vurderer, at sygdommen i perioder påvirker evnen til at give barnet en stabil hverdag.",
          lambda: f"Samtykke til indhentning af oplysninger er givet {mdate()} og gælder i et år.",
          lambda: f"Barn A ({age_()} år) bor hos far i indlæggelsesperioden.",
          lambda: f"Ved forværring kontaktes den psykiatriske akutmodtagelse eller lægevagten på 1813.",
          lambda: f"Urinprøverne har været negative de sidste {R.randint(3, 10)} uger.",
          lambda: f"Der er ikke oplysninger om medicin mod {icd()} ud over det, der står i epikrisen fra {mdate()}.",
          lambda: f"Egen læge har oplyst, at forælderen har været stabil siden maj.",
          lambda: f"Mødet holdes på stue {R.randint(1, 30)}, {R.randint(1, 4)}. sal, og barnet deltager ikke.",
          lambda: f"Familien er tilbudt støtte efter {para()} i form af en familiebehandler tre timer om ugen.",
        ]
    if g == "fritid":
        return [
          lambda: f"Træneren oplyser, at barnet er mødt stabilt op til træning tirsdag og torsdag {tm()}.",
          lambda: f"Klublederen fortæller, at to drenge på {R.randint(10, 15)} år kom op at slås ved bordfodbolden.",
          lambda: f"Fritidspasset dækker kontingentet på {amount()} for sæsonen.",
          lambda: f"Holdet U{R.randint(9, 17)} spiller hjemmekamp {mdate()} i hal {R.randint(1, 3)}.",
          lambda: f"Forældrene er inddelt i en telefonkæde, som træneren har i klubbens app.",
          lambda: f"Hændelsen er skrevet ind i klubbens logbog og sendt til sagsbehandleren samme aften.",
          lambda: f"Klubben har åbent mandag til torsdag fra {tm()} og ligger ved Stadion Allé.",
          lambda: f"Barnet var glad efter kampen og fortalte, at de vandt 4-2 trods storm og regn.",
          lambda: f"Ved alvorlig skade ringes 112; ellers kontaktes skadestuen via 1813.",
          lambda: f"Barn A ({age_()} år) ønsker at fortsætte i klubben efter sommerferien.",
          lambda: f"Klubben har købt nye Select-bolde og trøjer fra Hummel for {amount()}.",
          lambda: f"Kørsel til udekampe sker i klubbens bus fra Idrætsvej; forældre skiftes til at køre med.",
          lambda: f"Sagen er oprettet med nummer {sagsnr()} og vurderet efter {para()}.",
        ]
    raise KeyError(g)

CROLES = {
 "skole": [("Elev", "Barn A, {a} år, {k}. klasse"), ("Mor", "forældremyndighedsindehaver"), ("Far", "fælles forældremyndighed"), ("Klasselærer", "kontakt via Aula"), ("PPR", "psykolog, tilknyttet skolen"), ("Rådgiver", "Familieafdelingen")],
 "bolig": [("Barn", "Barn A, {a} år"), ("Mor", "lejer"), ("Udlejer", "privat udlejer"), ("Boligsocial medarbejder", "boligafdelingen"), ("Bolig", "midlertidig, nær Torvet")],
 "aflast": [("Barn", "Barn A, {a} år"), ("Aflastningsfamilie", "godkendt af Socialtilsyn"), ("Omfang", "hver anden weekend"), ("Nødkontakt", "morfar, derefter lægevagten 1813"), ("Bevilling", "§ 32, stk. 1, nr. 5")],
 "advokat": [("Partsrepræsentant", "advokat for mor"), ("Klient", "mor"), ("Barn", "Barn A, {a} år"), ("Afgørelse", "støttende indsats"), ("Klageinstans", "Ankestyrelsen")],
 "sundhed": [("Forælder", "mor"), ("Behandler", "overlæge, voksenpsykiatrien"), ("Diagnose", "{icd}"), ("Medicin", "{med}"), ("Barn", "Barn A, {a} år")],
 "fritid": [("Barn", "Barn A, {a} år"), ("Klub", "fritidsklub, afdeling Nord"), ("Træner", "kontakt via klubbens app"), ("Kontingent", "{amt}"), ("Hold", "U{u}")],
}

CSEND = {"skole": ("Klasselærer, 6.B", "Klasselæreren", "klasselæreren"), "bolig": ("Boligsocial medarbejder, afd. 12", "Den boligsociale medarbejder", "mor"),
 "aflast": ("Aflastningsfamilien", "Aflastningsmor", "aflastningsmor"), "advokat": ("Advokaten (partsrepræsentant)", "Advokaten", "advokatens sekretær"),
 "sundhed": ("Familieambulatoriet", "Jordemoderen", "far"), "fritid": ("Klubleder, afd. Nord", "Klublederen", "træneren")}

def clean_doc(g, fmt, k):
    CAGE[0] = R.randint(4, 16)
    bank = bank_clean(g)
    idx = list(range(len(bank))); R.shuffle(idx)
    sents = [bank[i]() for i in idx[:k]]
    title = ch(TITLES[g]); sag = f"Sagsnr. {sagsnr()}"
    kom, _ = kommune()
    def fill(v):
        return v.format(a=age_(), k=R.randint(1, 9), icd=icd(), med=med(), amt=amount(), u=R.randint(9, 17))
    if fmt == "prose":
        body = []
        while sents:
            n = R.randint(1, 3); body.append(" ".join(sents[:n])); sents = sents[n:]
        return f"{title}\n\n" + "\n\n".join(body)
    if fmt == "kv":
        rows = CROLES[g][:]; R.shuffle(rows)
        lines = [f"{a}: {fill(b)}" for a, b in rows[:R.randint(2, 5)]]
        lines.append(f"Mødedato: {mdate('dots')}")
        return f"{title}\n{sag}\n\n" + "\n".join(lines) + "\n\nBemærkninger: " + " ".join(sents)
    if fmt == "list":
        return f"{title}\n{ch(['Kort opsummering:', 'Aftaler:', 'Status i punktform:'])}\n" + "\n".join(ch(["- ", "• ", "* "]) + s for s in sents)
    if fmt == "table":
        rows = ["Rolle | Funktion | Kontakt", "---|---|---"]
        for a, b in CROLES[g][:R.randint(2, 5)]:
            rows.append(f"{a} | {fill(b)} | {ch(['via Aula', 'via Digital Post', 'hovednummer ' + ch(SWITCH)[1], 'via rådgiver', 'sikker mail'])}")
        return f"{title}\n\n" + "\n".join(rows) + "\n\n" + " ".join(sents)
    if fmt == "msg":
        if R.random() < 0.35:
            return f"Indsat sms fra {CSEND[g][2]}, modtaget {mdate('dots')} {tm()}:\n\"" + " ".join(sents) + "\"\n/rådgiver"
        snd = CSEND[g]
        head = f"Fra: {snd[0]} (sikker mail)\nSendt: {mdate()} {tm()}\nTil: Rådgiver, Børn og Unge\nEmne: {ch(['SV: ', 'VS: ', ''])}{title}\n\n"
        return head + "Hej\n\n" + " ".join(sents) + "\n\nVenlig hilsen\n" + snd[1]
    if fmt == "letter":
        top = f"Til: {kom}, Familieafdelingen\nSendt via Digital Post\n\n{ch(['Aarhus', 'Odense', 'Vejle', 'Kolding', 'Aalborg'])}, {mdate('long')}\n\n"
        return top + f"Vedr.: {title}, j.nr. {sagsnr()}\n\n" + "\n\n".join(sents) + "\n\nMed venlig hilsen\n" + ch(["Advokaten, partsrepræsentant for mor", "Rådgiveren, Børn og Unge", "Afdelingslederen, Familieafdelingen"])
    if fmt == "log":
        lines = []
        for s in sents:
            d = rand_date(2024, 2025)
            lines.append(f"{d.strftime('%d.%m.%Y')} {R.randint(7, 21):02d}.{ch(['00','05','20','35','50'])} {ch(['Rådgiver', 'Klasselærer', 'Klubleder', 'Sundhedsplejerske', 'Faglig koordinator'])}: {s}")
        return f"{title} – log\n" + "\n".join(lines)
    raise KeyError(fmt)

# ---------------------------------------------------------------- institutions
def inst_doc():
    a, b = R.sample(INSTITUTIONS, 2)
    A, B = S("institution", a), S("institution", b)
    return ch([
      f"Barn A ({age_()} år) er visiteret til {A} fra 1. {ch(MONTHS)}; overgangen koordineres med {B}, hvor barnet har gået de sidste to år.",
      f"Rådgiveren har besøgt {A} sammen med mor, som fandt stedet trygt og roligt.",
      f"Anbringelsen på {A} ophører {mdate()}, og den unge flytter i egen bolig med støtte fra {B}.",
      f"Plejefamilien er tilknyttet {A}, som står for supervision og kurser.",
      f"Den unge (16 år) har fået plads på {A} og skal starte efter sommerferien; mor ønsker, at {B} deltager i overleveringsmødet.",
      f"Lillebror går i {A}, og forældrene har søgt om friplads til sommerlejren i {B}.",
      f"Skolen har foreslået et forløb i {A} på {R.randint(2, 5)} dage om ugen.",
      f"Barnet deltager i aktiviteterne i {A} tirsdag og torsdag eftermiddag, betalt via fritidspas.",
      f"Socialtilsynet har været på anmeldt tilsyn på {A} og har ingen bemærkninger til de fysiske rammer.",
    ])

# ---------------------------------------------------------------- parse + checks
SPAN_RE = re.compile(L + r"(\w+)\|(.*?)" + RB, re.S)
def parse(marked):
    out, spans, pos, last = [], [], 0, 0
    for m in SPAN_RE.finditer(marked):
        out.append(marked[last:m.start()]); pos += m.start() - last
        t = m.group(2)
        spans.append({"kind": m.group(1), "text": t, "start": pos, "end": pos + len(t)})
        out.append(t); pos += len(t); last = m.end()
    out.append(marked[last:])
    return "".join(out), spans

def fixdots(m):
    return m.replace("kr..", "kr.").replace(",-.", ",-.")

def nwords(t): return len(t.split())

NAME_TOKENS = []
_seen = {}
for nmx in ALL_FIRST + ALL_LAST + list(NICK.values()):
    for part in [nmx] + re.split(r"[ \-]", nmx):
        if (len(part) >= 3 or part in ("Bo", "Le", "Vu")) and part not in _seen:
            _seen[part] = 1; NAME_TOKENS.append(part)
NAME_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(x) for x in sorted(NAME_TOKENS, key=len, reverse=True) + sorted([x.upper() for x in NAME_TOKENS if len(x) >= 3], key=len, reverse=True)) + r")(?!\w)")
STREET_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(s) for s in STREETS) + r")\s+(nr\.\s*)?\d", re.I)
PHONE_RES = [re.compile(x) for x in [
    r"(?<![\w+])(?:\+45|0045)\s?\d{2}\s?\d{2}\s?\d{2}\s?\d{2}(?!\d)",
    r"(?<![\d.,/-])\d{8}(?![\d])",
    r"(?<![\d.,/-])\d{2}[ .\-]\d{2}[ .\-]\d{2}[ .\-]\d{2}(?![\d])",
    r"(?<![\d.,/-])\d{4} \d{4}(?![\d])",
    r"\+\d{2,3}[ \d]{7,}"]]
CPR_RES = [re.compile(x) for x in [r"(?<!\d)\d{6}\s?-?\s?\d{4}(?!\d)", r"(?<!\d)\d{2}[. ]\d{2}[. ]\d{2}[ \-]\d{4}(?!\d)"]]
BORN_RE = re.compile(r"(født|f\.|fødselsdato|fødselsdag|f\.dato)\s*:?\s*(den\s+|d\.\s*)?\d", re.I)

def inside(spans, a, b):
    return any(s["start"] <= a and b <= s["end"] for s in spans)

def check(text, spans, kinds, band, public_ok=True):
    errs = []
    if not (band[0] <= nwords(text) <= band[1]): errs.append(f"band {nwords(text)} {band}")
    prev = -1
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]: errs.append("offset")
        if s["start"] < prev: errs.append("order/overlap")
        prev = s["end"]
        if s["kind"] not in kinds: errs.append("kind " + s["kind"])
        if s["text"] != s["text"].strip() or not s["text"]: errs.append("ws")
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not inside(spans, m.start(), m.end()): errs.append("unplanted copy " + s["text"])
    for m in NAME_RE.finditer(text):
        if not inside(spans, m.start(), m.end()): errs.append("pool name " + m.group(0))
    for rx in PHONE_RES + CPR_RES:
        for m in rx.finditer(text):
            if not inside(spans, m.start(), m.end()) and not (public_ok and m.group(0).strip() in PUBLIC_NUMBERS):
                errs.append("numlike " + m.group(0))
    for i, ch_ in enumerate(text):
        if ch_ == "@" and not any(s["start"] <= i < s["end"] and s["kind"] == "email" for s in spans): errs.append("@")
    for m in STREET_RE.finditer(text):
        if not any(s["start"] <= m.start() < s["end"] and s["kind"] == "address" for s in spans): errs.append("street+num " + m.group(0))
    for m in BORN_RE.finditer(text):
        j = m.end() - 1
        if not any(s["start"] <= j < s["end"] for s in spans): errs.append("born digits")
    return errs

BANDS = [("short", (30, 80)), ("medium", (81, 150)), ("long", (151, 300))]
GENRES = ["skole", "bolig", "aflast", "advokat", "sundhed", "fritid"]
FMTS = ["prose", "kv", "list", "table", "msg", "letter", "log"]
KRANGE = {"short": (1, 3), "medium": (2, 6), "long": (5, 12)}

def schedule():
    plan = []
    for i in range(240):
        g = GENRES[i % 6]; band = BANDS[(i // 6 + i % 6) % 3]
        fmt = FMTS[(i // 6 + (i % 6)) % 7]
        plan.append((g, band, fmt))
    return plan

def main():
    plan = schedule()
    planted, clean, inst = [], [], []
    stats = {"retries": 0}
    for i, (g, (bname, band), fmt) in enumerate(plan):
        for attempt in range(2000):
            c = cast(g)
            k = R.randint(*KRANGE[bname])
            text, spans = parse(fixdots(planted_doc(g, fmt, k, c)))
            errs = check(text, spans, {"name", "phone", "email", "address", "dob", "cpr"}, band)
            if not errs: break
            stats["retries"] += 1
            if attempt > 1500: print(i, g, fmt, bname, errs[:3], file=sys.stderr)
        else:
            raise SystemExit(f"planted {i} failed")
        planted.append({"id": f"{CORPUS}-p{i+1:03d}", "genre": g, "format": fmt, "band": bname, "text": text, "planted": spans})
    pstrings = sorted({s["text"] for d in planted for s in d["planted"] if s["kind"] in ("phone", "address", "dob", "cpr", "email")})
    for i, (g, (bname, band), fmt) in enumerate(plan):
        for attempt in range(2000):
            k = R.randint(*KRANGE[bname]) + (1 if bname != "short" else 0)
            text, spans = parse(fixdots(clean_doc(g, fmt, k)))
            errs = check(text, spans, set(), band)
            errs += [f"planted text in clean: {p}" for p in pstrings if p in text]
            if not errs: break
            stats["retries"] += 1
            if attempt > 1500: print("c", i, g, fmt, bname, errs[:3], file=sys.stderr)
        else:
            raise SystemExit(f"clean {i} failed")
        clean.append({"id": f"{CORPUS}-c{i+1:03d}", "genre": g, "format": fmt, "band": bname, "text": text, "planted": []})
    for i in range(30):
        for attempt in range(2000):
            text, spans = parse(inst_doc())
            errs = check(text, spans, {"institution"}, (12, 40))
            if not errs: break
        else:
            raise SystemExit("inst failed")
        inst.append({"id": f"{CORPUS}-i{i+1:03d}", "text": text, "planted": spans})
    # write: only id/text/planted in the JSONL; metadata kept for the README table
    meta = {}
    for name, docs in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            for d in docs:
                fh.write(json.dumps({"id": d["id"], "text": d["text"], "planted": d["planted"]}, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    kc = Counter(s["kind"] for d in planted for s in d["planted"])
    print("planted kinds", sorted(kc.items()), "total", sum(kc.values()))
    print("planted per genre", sorted(Counter(d["genre"] for d in planted).items()))
    print("planted per format", sorted(Counter(d["format"] for d in planted).items()))
    print("clean per format", sorted(Counter(d["format"] for d in clean).items()))
    print("bands", sorted(Counter(d["band"] for d in planted).items()))
    print("genre x format", sorted(Counter((d["genre"], d["format"]) for d in planted).items()))
    print("institution spans", sum(len(d["planted"]) for d in inst))
    print("retries", stats["retries"])
    for name in ("planted.jsonl", "clean.jsonl", "institutions.jsonl"):
        print(name, hashlib.sha256(open(os.path.join(OUT, name), "rb").read()).hexdigest())
    assert kc["phone"] >= 250 and kc["address"] >= 250 and kc["dob"] >= 250 and kc["cpr"] >= 120 and kc["email"] >= 120, kc
    assert 3000 <= sum(kc.values()) <= 4500
    assert kc["name"] == max(kc.values())

if __name__ == "__main__":
    main()
