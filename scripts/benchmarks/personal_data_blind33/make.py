#!/usr/bin/env python3
"""Generate the blind33 held-out corpus (planted / clean / institutions). Python 3.11 stdlib only."""
import json, os, re, sys, unicodedata, datetime, hashlib
import random
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pools import FIRST, LAST, NICK, STREETS, TOWNS, FOREIGN_ADDR, PRIVATE_MAIL, PUBLIC_NUMBERS, SWITCHBOARDS

CORPUS = "blind33"
rng = random.Random(33033)
R = rng

def S(kind, t):
    return "\x01" + kind + "\x02" + t + "\x03"

def parse(marked):
    out, spans, i, pos = [], [], 0, 0
    for m in re.finditer("\x01(\\w+)\x02(.*?)\x03", marked, re.S):
        out.append(marked[i:m.start()]); pos += len(marked[i:m.start()])
        t = m.group(2)
        spans.append({"kind": m.group(1), "text": t, "start": pos, "end": pos + len(t)})
        out.append(t); pos += len(t); i = m.end()
    out.append(marked[i:])
    return "".join(out), spans

def ch(seq):
    return R.choice(seq)

# ---------------------------------------------------------------- numbers and words
UNITS = ["nul","en","to","tre","fire","fem","seks","syv","otte","ni"]
TEENS = ["ti","elleve","tolv","tretten","fjorten","femten","seksten","sytten","atten","nitten"]
TENS = {2:"tyve",3:"tredive",4:"fyrre",5:"halvtreds",6:"tres",7:"halvfjerds",8:"firs",9:"halvfems"}
def num_word(n):
    if n < 10: return UNITS[n]
    if n < 20: return TEENS[n-10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else UNITS[u] + "og" + TENS[t]
ORD = ["første","anden","tredje","fjerde","femte","sjette","syvende","ottende","niende","tiende","ellevte","tolvte",
       "trettende","fjortende","femtende","sekstende","syttende","attende","nittende","tyvende","enogtyvende",
       "toogtyvende","treogtyvende","fireogtyvende","femogtyvende","seksogtyvende","syvogtyvende","otteogtyvende",
       "niogtyvende","tredivte","enogtredivte"]
MD = ["januar","februar","marts","april","maj","juni","juli","august","september","oktober","november","december"]
MDA = ["jan.","feb.","mar.","apr.","maj","jun.","jul.","aug.","sep.","okt.","nov.","dec."]
ME = ["January","February","March","April","May","June","July","August","September","October","November","December"]
WD = ["mandag","tirsdag","onsdag","torsdag","fredag","lørdag","søndag"]

def asciify(s):
    s = s.replace("æ","ae").replace("ø","oe").replace("å","aa").replace("Æ","Ae").replace("Ø","Oe").replace("Å","Aa")
    s = s.replace("ł","l").replace("Ł","L").replace("ð","d").replace("ı","i").replace("'","")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

# ---------------------------------------------------------------- persons
ORIG = list(FIRST.keys())
ORIG_W = ["dk"]*9 + ["dk_rare"]*2 + ["word"]*2 + [o for o in ORIG if o not in ("dk","dk_rare","word")]
MOBILE = ["20","21","22","23","24","25","26","27","28","29","30","31","40","41","42","50","51","52","53","60","61","71","81","91","93"]
LAND = ["33","35","36","38","39","43","44","45","46","48","49","56","57","62","64","65","66","74","75","76","86","87","89","96","97","98","99"]
REF = 2025

def rand_date(y):
    d0 = datetime.date(y, 1, 1)
    return d0 + datetime.timedelta(days=R.randrange(365))

def cpr_for(dob, g):
    y = dob.year
    if y < 1937: d7 = R.choice("0123")
    elif y < 2000: d7 = R.choice("01234") if R.random() < .8 else "9"
    else: d7 = R.choice("456789")
    mid = "%02d" % R.randrange(100)
    last = R.choice("13579") if g == "m" else R.choice("02468")
    return dob.strftime("%d%m") + "%02d" % (y % 100) + d7 + mid + last

def make_addr():
    pc, town, kom = ch(TOWNS)
    a = {"street": ch(STREETS), "no": str(R.choice([R.randrange(1, 40), R.randrange(1, 140)])), "letter": "",
         "floor": "", "pc": pc, "town": town, "kom": kom, "foreign": None}
    if R.random() < .2: a["letter"] = ch("ABCD")
    if R.random() < .3: a["floor"] = ch(["st. tv.", "st. th.", "1. tv.", "2. th.", "3. mf.", "1. sal", "2. tv", "4. 12", "1.th."])
    return a

USED = set()  # first names already used in the current document (cleared per attempt)

def make_person(age_lo, age_hi, origin=None, g=None, last=None, foreign_addr=False):
    origin = origin or ch(ORIG_W)
    pool = [x for x in FIRST[origin] if g is None or x[1] == g] or FIRST[origin]
    first, gg = ch(pool)
    for _ in range(30):
        if first not in USED: break
        first, gg = ch(pool)
    USED.add(first)
    if last is None:
        last = ch(LAST[origin] if origin in LAST else LAST["dk"])
        if last == first: last = ch(LAST["dk"])
    age = R.randint(age_lo, age_hi)
    dob = rand_date(REF - age - 1) if age > 0 else rand_date(2024)
    p = {"first": first, "last": last, "g": gg, "dob": dob, "origin": origin, "cpr": cpr_for(dob, gg), "age": age}
    p["phone"] = ch(MOBILE) + "%06d" % R.randrange(10**6)
    p["addr"] = make_addr()
    if foreign_addr:
        p["addr"]["foreign"] = ch(FOREIGN_ADDR).format(n=R.randrange(1, 60), m=R.randrange(1, 9))
    f, l = asciify(first).lower().replace(" ", ""), asciify(last).lower().replace(" ", "")
    dom = ch(PRIVATE_MAIL)
    p["email"] = ch([f"{f}.{l}@{dom}", f"{f}{l[:1]}{dob.year % 100:02d}@{dom}", f"{f}_{l}@{dom}",
                     f"{f}{R.randrange(2, 99)}@{dom}", f"{l}.{f}@{dom}", f"{f[:3]}{l[:3]}@{dom}"]).replace("-", "")
    p["nick"] = NICK.get(first)
    return p

def kdomain(kom):
    w = kom.replace(" Kommune", "")
    spec = {"Københavns": "kk.dk", "Høje-Taastrup": "htk.dk", "Lyngby-Taarbæk": "ltk.dk"}
    return spec.get(w, asciify(w).lower().replace(" ", "") + ".dk")

def make_pro(kom, origin=None):
    p = make_person(27, 63, origin=origin or ch(["dk"]*6 + ORIG_W))
    p["phone"] = ch(LAND) + "%06d" % R.randrange(10**6)
    fi = asciify(p["first"]).replace(" ", "").replace("-", "")
    la = asciify(p["last"]).replace(" ", "").replace("-", "").replace("'", "")
    p["ini"] = (fi[0] + la[:2]).upper() if R.random() < .6 else (fi[:2] + la[0]).upper()
    p["email"] = ch([p["ini"].lower(), fi.lower() + "." + la.lower(), fi.lower()[:4] + la.lower()[:2]]) + "@" + kdomain(kom)
    return p

# ---------------------------------------------------------------- formatters (marked)
def N(p, form="full"):
    f, l = p["first"], p["last"]
    t = {"full": f + " " + l, "first": f, "last": l, "lf": l + ", " + f, "caps": (f + " " + l).upper(),
         "lower": (f + " " + l).lower(), "lowfirst": f.lower(), "ini": (f[0] + "." + l[0] + "."),
         "nick": p.get("nick") or f, "capslast": l.upper()}.get(form)
    if form == "mis":
        t = misspell(f + " " + l)
    if form == "pini":
        t = p.get("ini") or (f[0] + l[0]).upper()
    return S("name", t)

def misspell(s):
    i = R.randrange(1, len(s) - 1)
    while not s[i].isalpha() or not s[i - 1].isalpha():
        i = R.randrange(1, len(s) - 1)
    op = R.randrange(3)
    if op == 0: return s[:i] + s[i] + s[i:]
    if op == 1: return s[:i] + s[i + 1:] if s[i + 1:i + 2].isalpha() else s[:i] + s[i] + s[i:]
    return s[:i - 1] + s[i] + s[i - 1] + s[i + 1:]

def V(p):
    """a varied later mention"""
    return N(p, ch(["first"]*6 + ["full", "last", "caps", "lower", "lf", "mis"] + (["nick"]*2 if p.get("nick") else [])))

def G(p, form="first"):
    t = {"first": p["first"], "full": p["first"] + " " + p["last"], "last": p["last"]}[form]
    if t[-1] in "sxzSXZ":
        return S("name", t) + "'"
    return S("name", t + "s")

def PH(p, style=None):
    n = p["phone"]
    st = style or ch(["8", "2222", "2222", "44", "dots", "dash", "+45", "+45b", "0045", "+45c"])
    t = {"8": n, "2222": " ".join(n[i:i+2] for i in range(0, 8, 2)), "44": n[:4] + " " + n[4:],
         "dots": ".".join(n[i:i+2] for i in range(0, 8, 2)), "dash": "-".join(n[i:i+2] for i in range(0, 8, 2)),
         "+45": "+45 " + " ".join(n[i:i+2] for i in range(0, 8, 2)), "+45b": "+45" + n,
         "0045": "0045 " + n[:4] + " " + n[4:], "+45c": "(+45) " + n}.get(st)
    if st == "spoken":
        t = ", ".join(num_word(int(n[i:i+2])) if n[i] != "0" else "nul " + UNITS[int(n[i+1])] for i in range(0, 8, 2))
    return S("phone", t)

FOREIGN_PH = [lambda: "+48 5%02d %03d %03d" % (R.randrange(100), R.randrange(1000), R.randrange(1000)),
              lambda: "+46 70 %03d %02d %02d" % (R.randrange(1000), R.randrange(100), R.randrange(100)),
              lambda: "+299 %02d %02d %02d" % (R.randrange(20, 60), R.randrange(100), R.randrange(100)),
              lambda: "+298 %02d %02d %02d" % (R.randrange(20, 99), R.randrange(100), R.randrange(100)),
              lambda: "+90 532 %03d %02d %02d" % (R.randrange(1000), R.randrange(100), R.randrange(100)),
              lambda: "+49 151 %08d" % R.randrange(10**8),
              lambda: "+380 67 %03d %02d %02d" % (R.randrange(1000), R.randrange(100), R.randrange(100)),
              lambda: "+44 7700 %06d" % R.randrange(10**6)]
def FPH():
    return S("phone", ch(FOREIGN_PH)())

def A(p, style=None):
    a = p["addr"]
    if a["foreign"]:
        return S("address", a["foreign"])
    st = style or ch(["one", "one", "one", "two", "short", "sloppy", "nocomma"])
    street = a["street"] + " " + a["no"] + (a["letter"] if R.random() < .5 else (" " + a["letter"] if a["letter"] else ""))
    fl = (", " + a["floor"]) if a["floor"] else ""
    if st == "one": t = f"{street}{fl}, {a['pc']} {a['town']}"
    elif st == "two": t = f"{street}{fl}\n{a['pc']} {a['town']}"
    elif st == "short": t = f"{street}{fl}"
    elif st == "nocomma": t = f"{street}{fl.replace(',', '')} {a['pc']} {a['town']}"
    else: t = f"{street}{fl.replace(',', '').replace('.', '')} {a['pc']} {a['town']}".lower()
    return S("address", t)

def D(p, style=None):
    d = p["dob"]
    st = style or ch(["dots", "dots", "dots", "long", "abbr", "iso", "slash", "dash", "short", "en", "en2", "dmyy"])
    t = {"dots": d.strftime("%d.%m.%Y"), "long": f"{d.day}. {MD[d.month-1]} {d.year}", "abbr": f"{d.day}. {MDA[d.month-1]} {d.year}",
         "iso": d.isoformat(), "slash": f"{d.day}/{d.month}-{d.year}", "dash": d.strftime("%d-%m-%Y"),
         "short": f"{d.day:02d}/{d.month:02d}-{d.year % 100:02d}", "en": f"{ME[d.month-1]} {d.day}, {d.year}",
         "en2": f"{d.day} {ME[d.month-1]} {d.year}", "dmyy": f"{d.day}.{d.month}.{d.year}",
         "spoken": f"{ORD[d.day-1]} {MD[d.month-1]} " + ("totusind og " + num_word(d.year - 2000) if d.year >= 2000 else "nitten hundrede og " + num_word(d.year - 1900))}[st]
    return S("dob", t)

def C(p, style=None):
    c = p["cpr"]
    st = style or ch(["dash", "dash", "dash", "space", "ten", "dots", "groups", "dash2"])
    t = {"dash": c[:6] + "-" + c[6:], "space": c[:6] + " " + c[6:], "ten": c, "dots": c[:2] + "." + c[2:4] + "." + c[4:6] + "-" + c[6:],
         "groups": c[:2] + " " + c[2:4] + " " + c[4:6] + " " + c[6:], "dash2": c[:6] + " - " + c[6:]}[st]
    return S("cpr", t)

def E(p, spoken=False):
    e = p["email"]
    if spoken:
        loc, dom = e.split("@")
        t = loc.replace(".", " punktum ").replace("_", " understreg ") + " snabel-a " + dom.replace(".", " punktum ")
        return S("email", t)
    return S("email", e)

def odate(y=REF, fmt=None):
    d = rand_date(y)
    f = fmt or ch(["dots", "long", "dmy", "iso"])
    return {"dots": d.strftime("%d.%m.%Y"), "long": f"{d.day}. {MD[d.month-1]} {d.year}", "dmy": f"{d.day}/{d.month} {d.year}",
            "iso": d.isoformat()}[f]

def otime():
    return "%02d.%02d" % (R.randrange(7, 21), ch([0, 0, 15, 30, 45, 5, 10, 20, 40, 50]))

def month():
    return ch(MD)

def kom_of(p):
    return p["addr"]["kom"]

def ctx():
    pc, town, kom = ch(TOWNS)
    return {"pc": pc, "town": town, "kom": kom, "sag": "27.%02d.%02d-G01-%d-25" % (R.randrange(10, 40), R.randrange(0, 20), R.randrange(10, 9999)),
            "switch": ch(SWITCHBOARDS)}

CHILD_ROLES = ["plejemor", "plejefar", "kontaktperson", "aflastningsmor", "aflastningsfar", "netværksplejemor", "samværsledsager"]

# ================================================================ PLANTED GENERATORS
CAST = {}
def cast(key, f, *a, **kw):
    if key not in CAST:
        CAST[key] = f(*a, **kw)
    return CAST[key]

def make_fams():
    fams = []
    for _ in range(6):
        ch_ = make_person(3, 9)
        m = make_person(23, 45, origin=ch_["origin"], g="f", last=ch_["last"] if R.random() < .6 else None)
        f = make_person(25, 50, origin=ch_["origin"], g="m", last=ch_["last"])
        fams.append((m, f, ch_))
    return fams

# each returns (head, extras, tail, sep); extras are optional blocks added until the word band is reached

def g1_drive(sub):
    c = cast('ctx', ctx)
    drv = cast('drv', make_person, 30, 66)
    child = cast('child', make_person, 3, 16, origin=drv["origin"] if R.random() < .4 else None)
    mor = cast('mor', make_person, 24, 48, origin=child["origin"], g="f", last=child["last"])
    cw = cast('cw', make_pro, c["kom"])
    role = ch(["plejemor", "aflastningsmor", "netværksplejemor"] if drv["g"] == "f" else ["plejefar", "aflastningsfar", "netværksplejefar"]) \
        if R.random() < .7 else ch(["kontaktperson", "samværsledsager"])
    km = lambda: R.randrange(6, 95)
    rate = "3,81"
    if sub == 0:  # table log
        mm = R.randrange(1, 13)
        head = [f"KØRSELSREGNSKAB – {MD[mm - 1]} {REF}\n{c['kom']}, Børn og Unge, Myndighed",
                f"Kørselsberettiget: {N(drv)} ({role})\nBarn: {N(child, 'first')}, f. {D(child)}\nTlf.: {PH(drv)}"]
        rows = []
        for day in sorted(R.sample(range(1, 29), 8)):
            dd = f"{day:02d}.{mm:02d}"
            kind = R.randrange(4)
            if kind == 0: rows.append(f"{dd} | hjemmet → {A(mor, 'short')} | samvær hos mor | {N(child, 'first')} | {km()} km")
            elif kind == 1: rows.append(f"{dd} | hjemmet → skolen og retur | ekstra skolekørsel | {N(child, 'first')} | {km()} km")
            elif kind == 2: rows.append(f"{dd} | {A(drv, 'short')} → Børne- og Ungdomspsykiatrien | ambulant samtale | {N(child, 'first')} + {G(mor)} søster | {km()} km")
            else: rows.append(f"{dd} | hjemmet → PPR og retur | møde om skoletilbud | ingen passager | {km()} km")
        extras = ["Dato | Strækning | Formål | Passager | Km\n" + "\n".join(rows[:2])] + rows[2:] + \
                 [f"CPR-nr. (til indberetning af godtgørelse): {C(drv)}", f"Adresse: {A(drv, 'one')}\nMail: {E(drv)}",
                  f"Barnets fødselsdato: {D(child)}", f"Godkendt til udbetaling efter sats {rate} kr. pr. km. Attesteret {odate()} /{N(cw, 'pini')}"]
        tail = []
        return head, extras, tail, "\n"
    if sub == 1:  # email from driver
        head = [f"Fra: {N(drv)} <{E(drv)}>\nTil: {N(cw)} <{E(cw)}>\nEmne: Kørsel i {month()} – {N(child, 'first')}",
                f"Hej {N(cw, 'first')}\nHer er min kørsel for sidste måned for {N(child)} (f. {D(child)}). Jeg har hentet {N(child, 'first')} hos sin mor på {A(mor)} hver anden fredag og kørt hjem igen søndag aften."]
        extras = [f"Det bliver {R.randrange(180, 640)} km i alt. Jeg har vedlagt skemaet som billede, for printeren er gået i stykker.",
                  f"Hvis I skal bruge mit CPR-nummer igen til udbetalingen, er det {C(drv)}.",
                  f"Den {R.randrange(1, 28)}. kørte jeg også {G(child)} lillebror, {N(make_person(2, 9, last=child['last']), 'first')}, med til tandlægen, fordi {N(mor, 'first')} ikke kunne nå det. Det er vel ok?",
                  f"{N(mor, 'first')} har i øvrigt fået nyt nummer: {PH(mor)}. Hun bad mig give det videre.",
                  f"Min adresse er stadig {A(drv)}, hvis det er den, der skal stå på blanketten.",
                  f"{N(child, 'first')} har fødselsdag {D(child, 'long')}, så der kan være en ekstra tur den weekend."]
        tail = [f"Mvh\n{N(drv, 'first')}\n{PH(drv)}"]
        return head, extras, tail, "\n\n"
    if sub == 2:  # caseworker approval note
        head = [f"Journalnotat {odate()} – bevilling af befordringsgodtgørelse",
                f"{role.capitalize()} {N(drv)}, {A(drv)}, født {D(drv)}, har søgt om godtgørelse for kørsel med {N(child)} ({C(child)}) til samvær med mor."]
        extras = [f"Mor, {N(mor)}, bor på {A(mor)}. Afstanden er opmålt til {km()} km hver vej.",
                  f"Bevillingen gælder samvær hver anden weekend og følger planen i barnets plan efter § 91. Satsen er {rate} kr. pr. km.",
                  f"{N(drv, 'first')} oplyser, at {hh(drv)} fremover vil sende kørselsregnskabet fra {E(drv)} senest den 5. i måneden.",
                  f"Telefon til {V(drv)}: {PH(drv)}. Mor kan træffes på {PH(mor)}.",
                  f"Barnets fødselsdato er {D(child)}. Udbetaling sker til NemKonto; der er ikke bedt om kontonummer.",
                  f"Sagen er drøftet med teamleder {N(make_pro(c['kom']), 'full')}, som er enig i bevillingen."]
        tail = [f"/{N(cw, 'pini')}"]
        return head, extras, tail, "\n"
    if sub == 3:  # transport day log
        h = int(otime()[:2])
        head = [f"Kørselslog {odate()} – samværsledsager {N(drv, 'full')}\nBarn: {N(child)} (født {D(child)})"]
        extras = [f"07.{R.randrange(10, 59)} Afgang fra {A(drv)}.",
                  f"08.{R.randrange(10, 59)} Hentet {N(child, 'first')} hos {role} på {A(make_person(35, 60))}.",
                  f"09.{R.randrange(10, 59)} Ankommet til mor, {N(mor)}, {A(mor)}. Mor var klar, ringede fra {PH(mor)}.",
                  f"12.{R.randrange(10, 59)} Samvær slut. {V(child)} græd lidt i bilen, men faldt til ro.",
                  f"13.{R.randrange(10, 59)} Sms fra {N(cw, 'first')} ({PH(cw)}): husk at skrive km på særskilt linje.",
                  f"13.{R.randrange(10, 59)} Retur. I alt {R.randrange(60, 220)} km.",
                  f"14.{R.randrange(10, 59)} Talebesked fra mor: »ring til mig på {PH(mor, 'spoken')}, min mail er {E(mor, spoken=True)}«.",
                  f"Barnets CPR til kørselssedlen: {C(child)}. Chaufførens mail: {E(drv)}."]
        tail = []
        return head, extras, tail, "\n"
    # sub 4: claim form key:value
    head = [f"ANSØGNING OM KØRSELSGODTGØRELSE\n{c['kom']} · Myndighedsafdelingen, børn og unge",
            f"Navn: {N(drv, ch(['full', 'lf', 'caps']))}\nCPR: {C(drv)}\nTelefon: {PH(drv)}"]
    extras = [f"Adresse: {A(drv, 'one')}", f"E-mail: {E(drv)}",
              f"Vedr. barn: {N(child)}, født {D(child)}",
              f"Kørsel til: {A(mor, 'one')} (mors bopæl)",
              f"Periode: {month()} {REF}\nAntal ture: {R.randrange(2, 9)}\nKm i alt: {R.randrange(40, 500)}",
              f"Sagsbehandler: {N(cw)}, direkte {PH(cw, '2222')}",
              f"Ved ferie-samvær i udlandet kontaktes far på {FPH()}.",
              f"Underskrift: {N(drv, 'full')}        Dato: {odate()}"]
    return head, extras, [], "\n"

def g2_contact(sub):
    c = cast('ctx', ctx)
    child = cast('child', make_person, 2, 15)
    gm = cast('gm', make_person, 55, 80, origin=child["origin"], g=ch("fm"), foreign_addr=R.random() < .15)
    parent = cast('parent', make_person, 24, 48, origin=child["origin"], last=child["last"])
    cw = cast('cw', make_pro, c["kom"])
    gword = ("mormor" if gm["g"] == "f" else "morfar") if R.random() < .5 else ("farmor" if gm["g"] == "f" else "farfar")
    if sub == 0:  # letter
        head = [f"{N(gm)}\n{A(gm, 'two')}\nTlf. {PH(gm) if not gm['addr']['foreign'] else FPH()}",
                f"{c['kom']}\nBørn og Unge, Myndighed\nAtt. {N(cw)}",
                f"Vedr. samvær med mit barnebarn {N(child)}, født {D(child)}",
                f"Kære {N(cw, 'first')}\nJeg har ikke set {N(child, 'first')} siden jul, og det gør ondt på mig. Jeg er {gword} og har haft {N(child, 'nick') if child.get('nick') else N(child, 'first')} hver onsdag, fra {hh(child)} var lille."]
        extras = [f"Jeg forstår godt, at {N(parent, 'first')} og jeg ikke er gode venner lige nu, men det skal ikke gå ud over barnet.",
                  f"Jeg vil gerne have samvær, også hvis det skal være med en fra kommunen til stede. Jeg kan komme til jer, eller I kan komme hjem til mig på {A(gm, 'short')}.",
                  f"Min mand, {N(make_person(58, 82, origin=gm['origin'], last=gm['last'], g='m'), 'first')}, er også savnet af {V(child)}.",
                  f"I kan skrive til mig på {E(gm)}, men jeg læser ikke altid min mail, så ring hellere.",
                  f"{G(child)} mor har mit nummer, men tager den ikke. Min søster i udlandet kan også fanges på {FPH()}.",
                  f"Jeg har fået hjælp af min nabo til at skrive dette brev."]
        tail = [f"Med venlig hilsen\n{N(gm, 'full')}"]
        return head, extras, tail, "\n\n"
    if sub == 1:  # email thread with parent's answer
        head = [f"Fra: {N(parent)} <{E(parent)}>\nSendt: {odate()} kl. {otime()}\nTil: {E(cw)}\nEmne: SV: Bedsteforældresamvær",
                f"Vedr.: {N(child)}, født {D(child)}\n\nJeg vil ikke have, at min {('mor' if gm['g'] == 'f' else 'far')} ser {N(child, 'first')} alene. {hh(gm).capitalize()} taler grimt om mig, når {N(child, 'first')} er der."]
        extras = [f"Hvis det skal være, så kun i Familiehuset og med en pædagog. Ikke hjemme på {A(gm, 'one')}.",
                  f"Mit nummer er {PH(parent)}, hvis du vil ringe. Jeg arbejder til kl. 15.",
                  f"Hilsen {N(parent, 'first')}",
                  f"-----Oprindelig meddelelse-----\nFra: {N(cw)} <{E(cw)}>\nTil: {N(parent, 'first')}\nEmne: Bedsteforældresamvær\n\n"
                  f"Kære {N(parent, 'first')}\n{N(gm)} har henvendt sig og ønsker samvær med {N(child)}. Jeg vil gerne høre din holdning, inden vi træffer en afgørelse. Du kan også ringe på {PH(cw)}.",
                  f"Venlig hilsen\n{N(cw)}\nRådgiver, Børn og Unge\nDirekte: {PH(cw)}"]
        return head, extras, [], "\n\n"
    if sub == 2:  # telephone note / journal note key:value
        head = [f"Telefonnotat\nDato: {odate()} kl. {otime()}\nSag: {N(child, 'lf')}, CPR {C(child)}",
                f"Henvendelse fra: {gword} {N(gm)}, f. {D(gm)}, tlf. {PH(gm)}"]
        extras = [f"Adresse: {A(gm, 'one')}",
                  f"{N(gm, 'first')} ønsker netværkssamvær med {N(child, 'first')} en weekend om måneden og fortæller, at {G(parent)} nye kæreste ikke vil have {gword} i huset.",
                  f"Jeg har forklaret, at kommunen vurderer samvær ud fra barnets behov, og at {N(child, 'first')} skal høres, jf. § 5. Bedsteforældre kan også gå til Familieretshuset.",
                  f"{N(gm, 'first')} vil sende et brev med sine ønsker. Mailadresse oplyst: {E(gm, spoken=R.random() < .4)}",
                  f"Aftalt: jeg ringer til far, {N(parent, 'full')} ({PH(parent)}), i næste uge.",
                  f"Besked på telefonsvareren dagen før: »Det er {N(gm, 'lowfirst')}, ring tilbage på {PH(gm, 'spoken')}, tak.«",
                  f"{N(gm, 'first')} siger, at {N(child, 'first')} er født den {D(child, 'spoken')}.",
                  f"Barnets fødselsdato kontrolleret: {D(child)}."]
        tail = [f"/{N(cw, 'pini')}"]
        return head, extras, tail, "\n"
    if sub == 3:  # decision letter
        head = [f"{N(gm)}\n{A(gm, 'two')}",
                f"{c['town']}, {odate(fmt='long')}\nSagsnr. {c['sag']}",
                f"Afgørelse om samvær med {N(child)}",
                f"Kære {N(gm, 'first')}\nDu har søgt om samvær med dit barnebarn {N(child, 'first')}, født {D(child)}. Vi har besluttet, at du får samvær én lørdag om måneden fra kl. 10 til kl. 15."]
        extras = [f"Samværet foregår hjemme hos plejefamilien, {N(make_person(35, 60), 'full')}, og plejemor er til stede den første time.",
                  f"Vi har talt med {N(child, 'first')}, som gerne vil se dig. Vi har også hørt {G(parent, 'full')} synspunkter.",
                  "Du kan klage over afgørelsen til Ankestyrelsen. Klagen sendes til kommunen inden 4 uger.",
                  f"Har du spørgsmål, kan du ringe til mig på {PH(cw)} eller skrive til {E(cw)}.",
                  f"Kopi sendt til: {N(parent)}, {A(parent, 'one')}"]
        tail = [f"Med venlig hilsen\n{N(cw)}\nSocialrådgiver"]
        return head, extras, tail, "\n\n"
    # sub 4: pasted SMS
    head = [f"Sms-tråd vedlagt af {gword} {N(gm)} ({PH(gm, '+45')}) vedr. {N(child, 'first')} (f. {D(child)}):"]
    conv = [(gm, f"Må jeg hente {N(child, 'first')} efter skole på torsdag?"),
            (parent, f"Nej. {N(child, 'first')} skal ikke hentes af dig uden aftale med kommunen."),
            (gm, f"Jeg har købt en cykel til {hh(child, True)}. Hvor skal jeg aflevere den?"),
            (parent, f"Du kan sætte den ved opgangen på {A(parent, 'short')}."),
            (gm, "Må jeg så ikke engang sige hej?"),
            (parent, f"Ring til {N(cw, 'first')} på {PH(cw)}, det er {hh(cw, True)} der bestemmer."),
            (gm, f"Jeg savner {N(child, 'first')} så meget ❤️"),
            (gm, f"Har skrevet til kommunen fra {E(gm)}. Ingen svar endnu. Min søster siger hej, hun har nyt nummer: {FPH()}"),
            (parent, "Så må du vente. Jeg svarer ikke mere i dag.")]
    dd, mm, t = R.randrange(1, 20), R.randrange(1, 13), R.randrange(420, 600)
    extras = []
    for i, (who, msg) in enumerate(conv):
        t += R.randrange(1, 90)
        extras.append(f"[{dd + t // 1440:02d}.{mm:02d} {t % 1440 // 60:02d}:{t % 60:02d}] {N(who, 'first')}: {msg}")
    return head, extras, [f"(Indsat i journalen af {N(cw, 'pini')}. Barnets CPR: {C(child)})"], "\n"

def hh(p, obj=False):
    return ("hende" if obj else "hun") if p["g"] == "f" else ("ham" if obj else "han")

CHURCHES = ["Vor Frue Kirke", "Helligåndskirken", "Budolfi Kirke", "Domkirken", "Vor Frelsers Kirke", "Ansgarkirken",
            "Bethlehemskirken", "sognekirken", "Nazaret Kirke"]

def g3_church(sub):
    c = cast('ctx', ctx)
    child = cast('child', make_person, *ch([(0, 1), (12, 14), (12, 14), (2, 11)]))
    confirm = child["age"] >= 12
    mor = cast('mor', make_person, 24, 46, origin=child["origin"], g="f")
    far = cast('far', make_person, 24, 50, origin=child["origin"], g="m", last=child["last"])
    pastor = cast('pastor', make_pro, c["kom"], origin="dk")
    ch_ = ch(CHURCHES)
    if sub == 0:  # dåbsattest
        head = [f"DÅBSATTEST\nUdskrift af kirkebogen for {c['town'].split()[0]} Sogn",
                f"Navn: {N(child, ch(['full', 'caps']))}\nFødt: {D(child)}\nCPR-nr.: {C(child)}"]
        extras = [f"Døbt: {odate(fmt='long')} i {ch_}",
                  f"Mor: {N(mor)}, {A(mor, 'one')}", f"Far: {N(far)}, {A(far, 'one')}"]
        for _ in range(3):
            fd = make_person(18, 70)
            extras.append(f"Fadder: {N(fd)}, {A(fd, ch(['one', 'short']))}")
        extras += [f"Kontakt vedr. attesten: {N(mor, 'first')}, tlf. {PH(mor)}, mail {E(mor)}",
                   f"Udstedt af kirkekontoret {odate()}. Sognepræst {N(pastor)}, direkte tlf. {PH(pastor)}"]
        return head, extras, [], "\n"
    if sub == 1:  # invitation
        fest = "konfirmation" if confirm else ch(["dåb", "navnefest"])
        head = [f"Kære familie og venner!",
                f"{N(child, 'first')}, som blev født {D(child)}, skal {'konfirmeres' if confirm else ch(['døbes', 'have navnefest'])} søndag den {R.randrange(1, 29)}. {ch(['april', 'maj', 'juni', 'september'])}, og det vil vi gerne fejre med jer."]
        extras = [f"Festen holdes hjemme hos os på {A(mor, ch(['one', 'nocomma']))} fra kl. 12.",
                  f"Der er gudstjeneste i {ch_} kl. 10, hvis I vil med.",
                  f"Svar venligst til {N(mor, 'first')} på {PH(mor)} eller {E(mor)} senest en uge før.",
                  f"Mormor og morfar, {N(make_person(58, 80, origin=mor['origin'], g='f'), 'first')} og {N(make_person(58, 80, origin=mor['origin'], g='m'), 'first')}, sørger for kagebordet.",
                  f"Ønskesedlen ligger hos {N(far, 'first')} ({PH(far)}).",
                  f"Oldemor kommer fra udlandet; hun kan træffes på {FPH()} – spørg efter {N(make_person(70, 92, origin=child['origin'], g='f'), 'first')}.",
                  f"Hvis I kommer langvejs fra, kan I overnatte hos {N(make_person(30, 60), 'full')} på {A(make_person(30, 60))}."]
        tail = [f"Mange hilsner\n{N(child, 'first')}, {N(mor, 'first')} og {N(far, 'first')}"]
        return head, extras, tail, "\n\n"
    if sub == 2:  # church office letter to foster family
        pm = cast('pm', make_person, 35, 62)
        head = [f"{N(pm)}\n{A(pm, 'two')}",
                f"Vedr. dåb af {N(child)}, født {D(child)}",
                f"Kære {N(pm, 'first')}\nTak for din henvendelse om dåb af {N(child, 'first')}. Da {N(child, 'first')} er anbragt uden for hjemmet, skal begge forældremyndighedsindehavere give skriftligt samtykke, før dåben kan finde sted."]
        extras = [f"Vi har brug for samtykke fra mor, {N(mor)}, {A(mor, 'one')}, og far, {N(far)}, {A(far, 'one')}.",
                  f"Barnets CPR-nummer ({C(child)}) skal fremgå af samtykket.",
                  f"Sagsbehandleren i kommunen, {N(make_pro(c['kom']))}, er orienteret.",
                  f"Du er velkommen til at ringe til mig på {PH(pastor)} eller skrive til {E(pastor)}.",
                  "Vi foreslår en af søndagene i maj eller juni. Dåben kan også holdes ved en hverdagsgudstjeneste."]
        tail = [f"Venlig hilsen\n{N(pastor)}\nSognepræst, {ch_}"]
        return head, extras, tail, "\n\n"
    if sub == 3:  # name-giving record
        gp = make_person(50, 85, origin=child["origin"])
        kind = ch(["navngivning", "navnefest (aqiqah)", "humanistisk navnefest", "kaffemik og navnefest"])
        head = [f"{'Navngivning' if child['age'] < 2 else 'Navneændring'} – registrering\nBarnets navn: {N(child)}\nFødselsdato: {D(child)}\nCPR: {C(child)}"]
        extras = [f"Anmeldt af: {N(mor, 'lf')}, tlf. {PH(mor)}",
                  f"Bopæl: {A(mor, 'one')}",
                  f"Mellemnavn efter {G(gp, 'full')} slægt: {N(gp, 'last')}",
                  f"Markering: {kind} i forsamlingshuset",
                  f"Faddere / vidner: {N(make_person(20, 60))} og {N(make_person(20, 60))}",
                  f"Far: {N(far, 'full')}, {E(far)}",
                  f"Behandlet af {N(pastor)} ({E(pastor)}) den {odate()}."]
        return head, extras, [], "\n"
    # sub 4: email from foster mother about confirmation guests
    pm = cast('pm', make_person, 35, 62)
    cw = cast('cw', make_pro, c["kom"])
    head = [f"Fra: {N(pm)} <{E(pm)}>\nTil: {N(cw)} <{E(cw)}>\nEmne: {'Konfirmation' if confirm else 'Dåb'} – gæsteliste",
            f"Hej {N(cw, 'first')}\n{N(child)} (f. {D(child)}) {'bliver konfirmeret' if confirm else 'skal døbes'} i {ch_} i maj. {N(child, 'first')} {'ønsker selv' if confirm else 'skal efter planen'} at invitere sin biologiske familie."]
    extras = [f"Det drejer sig om mor, {N(mor)} ({PH(mor)}), og farmor {N(make_person(60, 82, origin=far['origin'], g='f', last=far['last']))}, som bor på {A(make_person(60, 80))}.",
              f"Far, {N(far)}, har vi ikke et nummer på. Har I det? Hans adresse er vist stadig {A(far)}.",
              f"Præsten, {N(pastor)}, spørger, om vi har barnets dåbsattest. {N(child, 'first')} er født {D(child)} og døbt i {ch(['Polen', 'Nuuk', 'Tórshavn', 'Rumænien', 'Aarhus'])}.",
              "Vi vil gerne have en snak om, hvordan dagen kan blive god for alle – især hvis mor kommer.",
              f"Du kan ringe til mig på {PH(pm)} efter kl. 16."]
    tail = [f"Venlig hilsen\n{N(pm, 'first')}\n{'plejemor' if pm['g'] == 'f' else 'plejefar'}"]
    return head, extras, tail, "\n\n"

def g4_course(sub):
    c = cast('ctx', ctx)
    leader = cast('leader', make_pro, c["kom"])
    leader2 = cast('leader2', make_pro, c["kom"])
    prog = ch(["De Utrolige År", "De Utrolige År – Basis", "PMTO-forældregruppe", "Circle of Security – Parenting", "forældrekursus for skilsmissefamilier"])
    fams = cast("fams", make_fams)
    m, f, kid = fams[0]
    if sub == 0:  # sign-up form
        head = [f"TILMELDING – {prog}\nHold: {ch(['forår', 'efterår'])} {REF}, {ch(['tirsdage', 'onsdage', 'torsdage'])} kl. 17.00–19.30",
                f"Forælder 1: {N(m)}, f. {D(m)}\nTlf.: {PH(m)}\nMail: {E(m)}"]
        extras = [f"Forælder 2: {N(f)}\nTlf.: {PH(f)}", f"Adresse: {A(m, 'one')}",
                  f"Barn: {N(kid)}\nFødselsdato: {D(kid)}\nCPR: {C(kid)}",
                  f"Henvist af: {N(leader2)}, Børn og Unge (§ 32)",
                  f"Særlige hensyn: {N(m, 'first')} har brug for tolk (arabisk/somali) ved de første to gange.",
                  f"Underskrift: {N(m, 'full')}  {odate()}"]
        return head, extras, [], "\n"
    if sub == 1:  # attendance table
        head = [f"Fremmødeliste – {prog}\nGruppeledere: {N(leader)} og {N(leader2)}",
                "Navn | Barn | Tlf. | 1 | 2 | 3 | 4 | 5"]
        extras = []
        for (m_, f_, k_) in fams:
            marks = " | ".join(ch(["X", "X", "X", "÷", "afbud"]) for _ in range(5))
            extras.append(f"{N(ch([m_, f_]), ch(['full', 'lf']))} | {N(k_, 'first')} ({D(k_)}) | {PH(ch([m_, f_]))} | {marks}")
        extras.append(f"Ændringer meldes til {N(leader, 'first')} på {PH(leader)} eller {E(leader)}.")
        return head, extras, [], "\n"
    if sub == 2:  # instructor notes per family
        head = [f"Gruppeledernoter, {prog}, gang {R.randrange(2, 14)} – {odate()}"]
        extras = []
        for (m_, f_, k_) in fams:
            extras.append(ch([
                f"- {N(m_, 'first')} ({N(k_, 'first')}, {k_['age']} år): har øvet leg 10 minutter dagligt. Fortæller, at {N(k_, 'first')} selv henter spillet nu.",
                f"- {N(f_)} (far til {N(k_, 'first')}, f. {D(k_)}): kom alene. Svært med ros; vil prøve belønningsskema til sengetid.",
                f"- {V(m_)}: fraværende igen. Ringet op på {PH(m_)}, ingen svar. Skriver til {E(m_)}.",
                f"- {N(m_, 'ini')} og {N(f_, 'ini')}: uenige om ignorering. God snak i pausen. {G(k_)} vrede er faldet, siger de.",
                f"- {N(f_, 'first')} spurgte, om kurset kan flyttes til {A(f_, 'short')}? Forklaret, at vi holder det i Familiehuset.",
                f"- {G(k_)} mor {N(m_, 'first')} har hjemmeopgaven med; {N(k_, 'first')} er født {D(k_)}, så der er snart skolestart."]))
        tail = [f"/{N(leader, 'pini')} og {N(leader2, 'pini')}"]
        return head, extras, tail, "\n"
    if sub == 3:  # confirmation email
        head = [f"Til: {E(m)}\nCc: {E(f)}\nEmne: Du har fået plads på {prog}",
                f"Kære {N(m, 'first')} og {N(f, 'first')}\nI er nu tilmeldt forældregruppen med {N(kid, 'first')} (f. {D(kid, 'dots')}). Vi starter {ch(WD[:4])} den {R.randrange(1, 29)}. {ch(MD)} kl. 17.00 i Familiehuset."]
        extras = ["Der er aftensmad til både voksne og børn, og der er børnepasning i lokalet ved siden af.",
                  f"Vi har noteret jeres adresse som {A(m)} og {G(kid)} fødselsdato som {D(kid)}. Sig til, hvis det er forkert.",
                  f"Hvis I bliver forhindret, så send en sms til {N(leader, 'first')} på {PH(leader)}.",
                  "Forløbet er 14 gange à 2½ time. Det er gratis og bevilget som støttende indsats.",
                  f"Den anden gruppeleder er {N(leader2)} ({E(leader2)})."]
        tail = [f"Mange hilsner\n{N(leader)}\nFamiliebehandler, {c['kom']}"]
        return head, extras, tail, "\n\n"
    # sub 4: evaluation to caseworker
    cw = cast('cw', make_pro, c["kom"])
    head = [f"Til {N(cw)}\nStatus efter {prog}: {N(m)} og {N(f)}",
            f"Barn: {N(kid)}, født {D(kid)}\n{N(m, 'first')} har deltaget i {R.randrange(8, 15)} af 14 gange, {N(f, 'first')} i {R.randrange(3, 12)}."]
    extras = [f"Forældrene har især arbejdet med leg og ros. {N(kid)} ({C(kid)}) er ifølge {N(m, 'first')} mindre udadreagerende ved aflevering i børnehaven.",
              f"{N(f, 'first')} flyttede i {ch(MD)} til {A(f)} og har haft svært ved at nå frem til kl. 17.",
              f"Vi anbefaler et opfølgende forløb. {N(m, 'first')} kan kontaktes på {PH(m)}, {N(f, 'first')} på {PH(f)}.",
              f"Forældrenes egne mål ved start: 'færre råb om morgenen' og 'at {N(kid, 'first')} kan sove i egen seng'.",
              f"Skalering (0–10) ved start 3, ved afslutning 6."]
    tail = [f"Venlig hilsen\n{N(leader)}\n{PH(leader)} · {E(leader)}"]
    return head, extras, tail, "\n\n"

def g5_record(sub):
    c = cast('ctx', ctx)
    p = cast('p', make_person, 19, 70)
    cw = cast('cw', make_pro, c["kom"])
    role = ch(["aflastningsfamilie", "kontaktperson", "frivillig i lektiecaféen", "chauffør for kommunens børnekørsel", "plejefamilie (husstandsmedlem)", "støtte-kontaktperson", "fodboldtræner i samarbejdsprojekt"])
    if sub == 0:  # consent form
        head = [f"SAMTYKKEERKLÆRING – børneattest\nJeg giver hermed samtykke til, at {c['kom']} indhenter børneattest om mig.",
                f"Navn: {N(p, ch(['full', 'caps']))}\nFødselsdato: {D(p)}\nCPR-nr.: {C(p)}"]
        extras = [f"Adresse: {A(p, ch(['one', 'two']))}", f"Tlf.: {PH(p)}" + (f" / udenlandsk nr. {FPH()}" if R.random() < .3 else ""), f"E-mail: {E(p)}", f"Rolle: {role}",
                  "Samtykket gælder i 6 måneder og kan trækkes tilbage skriftligt. Oplysningerne behandles efter databeskyttelsesforordningen.",
                  f"Kontaktperson i kommunen: {N(cw)}, {PH(cw)}",
                  f"Dato og underskrift: {odate()}   {N(p, 'full')}"]
        return head, extras, [], "\n"
    if sub == 1:  # police answer
        head = [f"Rigspolitiet – Kriminalregistret\nBØRNEATTEST",
                f"Vedrørende: {N(p)}\nCPR-nr.: {C(p)}\nFødt: {D(p)}\nAdresse: {A(p, 'one')}"]
        extras = [f"Attesten er udstedt på begæring af {c['kom']}, Børn og Unge, efter samtykke givet {odate()}.",
                  "Der er ikke i Kriminalregistret registreret oplysninger om overtrædelse af straffelovens bestemmelser, som skal fremgå af en børneattest.",
                  f"Modtaget i kommunen og journaliseret af {N(cw, 'capslast')} ({E(cw)}).",
                  f"Bemærkning fra sagsbehandler: {N(p, 'first')} er født {D(p)}; den tidligere attest fra 2021 er forældet, derfor ny indhentning.",
                  f"Svar sendt til {N(p, 'first')} på {E(p)}."]
        return head, extras, [], "\n"
    if sub == 2:  # list of checked persons
        head = [f"Oversigt – indhentede børneattester, {c['kom']}\nNavn | CPR/født | Rolle | Indhentet | Resultat"]
        extras = []
        for _ in range(9):
            q = make_person(18, 72)
            extras.append(f"{N(q, ch(['full', 'lf', 'caps', 'lower']))} | {ch([C(q), D(q)])} | {ch(['aflastning', 'kontaktperson', 'plejefamilie', 'chauffør', 'lektiecafé', 'netværksplejefar'])} | {odate(fmt='dots')} | {ch(['ingen registreringer', 'ingen registreringer', 'afventer', 'afventer samtykke'])}")
        extras.append(f"Listen vedligeholdes af {N(cw)}, tlf. {PH(cw)}.")
        return head, extras, [], "\n"
    if sub == 3:  # reminder email
        head = [f"Til: {N(p)} <{E(p)}>\nFra: {N(cw)} <{E(cw)}>\nEmne: Påmindelse – samtykke til børneattest",
                f"Kære {N(p, 'first')} (f. {D(p)})\nVi mangler stadig dit samtykke til børneattest, før du kan starte som {role}."]
        extras = ["Du giver samtykke digitalt med MitID via politiets hjemmeside. Det tager fem minutter.",
                  f"Vi har registreret dig med adressen {A(p)} og fødselsdatoen {D(p)}. Er det rigtigt?",
                  f"Hvis der er andre voksne over 15 år i husstanden, skal de også give samtykke – fx {N(make_person(16, 60, last=p['last']), 'first')}.",
                  f"Ring gerne til mig på {PH(cw)}, hvis noget driller."]
        tail = [f"Venlig hilsen\n{N(cw)}\nFagkonsulent, Børn og Unge"]
        return head, extras, tail, "\n\n"
    # sub 4: caseworker note on foster household
    p2 = cast('p2', make_person, 19, 70, last=p["last"] if R.random() < .5 else None)
    teen = cast('teen', make_person, 15, 18, last=p["last"])
    head = [f"Journalnotat {odate()} – børne- og straffeattester i husstanden",
            f"Ved godkendelse af {N(p)} og {N(p2)} som {ch(['aflastningsfamilie', 'netværksplejefamilie', 'plejefamilie'])} er der indhentet attester for alle voksne i husstanden."]
    extras = [f"{N(p, 'first')} ({C(p)}): børneattest uden anmærkninger.",
              f"{N(p2, 'first')} (født {D(p2)}): straffeattest viser en færdselssag fra 2019; vurderet uden betydning.",
              f"{G(p, 'first')} søn {N(teen)}, født {D(teen)}, har givet eget samtykke.",
              f"Familien bor på {A(p)}. Kontakt: {PH(p)} / {E(p)}.",
              f"Drøftet med socialtilsynet ved {N(make_pro(c['kom']))} den {odate()}."]
    tail = [f"/{N(cw, 'pini')}"]
    return head, extras, tail, "\n"

def g6_home(sub):
    c = cast('ctx', ctx)
    mor = cast('mor', make_person, 22, 45, g="f")
    kids = cast("kids", lambda: [make_person(1, 14, origin=mor["origin"], last=mor["last"]) for _ in range(3)])
    helper = cast('helper', make_pro, c["kom"])
    cw = cast('cw', make_pro, c["kom"])
    code = "%04d" % R.randrange(1000, 9999)
    if sub == 0:  # visit log with times
        head = [f"Besøgsnotat – praktisk pædagogisk støtte\n{odate()}, kl. 15.00–18.00\nFamilie: {N(mor)} (f. {D(mor)}), {A(mor)}"]
        extras = [f"15.0{R.randrange(0, 9)} Ankommet. {N(kids[0], 'first')} åbnede døren, mor sov.",
                  f"15.20 Lavet indkøbsliste sammen med {N(mor, 'first')}. Netto-tur med {N(kids[1], 'first')} i klapvognen.",
                  f"16.10 Vasketøj sat over. {V(mor)} sorterede selv – god fremgang.",
                  f"16.45 Madlavning: kylling i karry efter madplanen. {N(kids[0], 'first')} skrællede gulerødder.",
                  f"17.30 Oprydning i køkkenet. Aftalt, at {N(mor, 'first')} tager opvasken i morgen.",
                  f"17.55 Gået. Nøglen lagt i nøgleboksen (kode {code}).",
                  f"Bemærkning: {G(kids[2], 'first')} sundhedskort mangler – født {D(kids[2])}, CPR {C(kids[2])}. Mor bestiller nyt.",
                  f"Næste besøg torsdag. Ring til mor på {PH(mor)} inden.",
                  f"18.20 Talebesked fra {N(mor, 'lowfirst')}: »det er mig, mit nye nummer er {PH(mor, 'spoken')}«."]
        tail = [f"/{N(helper, 'pini')}"]
        return head, extras, tail, "\n"
    if sub == 1:  # weekly plan table
        head = [f"UGEPLAN – familien {N(mor, 'last')}\nYngste: {N(kids[1], 'first')}, f. {D(kids[1])}\nDag | Mad | Rengøring | Hvem"]
        meals = ["frikadeller og kartofler", "pasta med kødsovs", "fiskefrikadeller", "suppe og boller", "tacos", "rester", "pizza"]
        chores = ["støvsuge stuen", "badeværelse", "skifte sengetøj", "vasketøj", "køleskab", "affald ud", "ingen"]
        extras = []
        for i, d in enumerate(WD):
            who = ch([N(mor, 'first'), N(kids[0], 'first'), N(helper, 'first'), "alle"])
            extras.append(f"{d.capitalize()} | {meals[i]} | {chores[i]} | {who}")
        extras += [f"Hjælperen kommer tirsdag og torsdag: {N(helper)}, {PH(helper)}.",
                   f"Mor: {N(mor)}, {PH(mor)}, {E(mor)}",
                   f"Børn: {N(kids[0], 'first')} ({D(kids[0])}), {N(kids[1], 'first')} ({D(kids[1])})"]
        return head, extras, [], "\n"
    if sub == 2:  # who does what, contacts
        head = [f"Hvem gør hvad – familien på {A(mor, ch(['one', 'short']))}"]
        extras = [f"• {N(mor, 'first')}: morgenmad, madpakker, følge {N(kids[0], 'first')} i skole kl. 8.",
                  f"• {N(kids[0], 'first')} (født {D(kids[0])}): dække bord og tømme opvaskemaskine.",
                  f"• Hjemmehjælper {N(helper)} ({PH(helper)}): hjælp til indkøb, vasketøj og struktur to eftermiddage om ugen.",
                  f"• Mormor {N(make_person(55, 75, origin=mor['origin'], g='f'))}, {A(make_person(55, 75))}: henter {N(kids[1], 'first')} om onsdagen. Tlf. {PH(make_person(55, 75))}.",
                  f"• Sagsbehandler {N(cw)}: opfølgning hver 3. måned, {E(cw)}.",
                  f"• Mor har selv ønsket hjælp til at få styr på post og regninger. Mail til e-Boks-hjælp: {E(mor)}.",
                  f"• CPR på mor til medicinlisten: {C(mor)}."]
        return head, extras, [], "\n"
    if sub == 3:  # keys and codes note
        head = [f"Nøgler og koder – fortroligt\nBeboer: {N(mor)}, f. {D(mor)}\nAdresse: {A(mor, 'two')}\nNøgleboks: ved bagdøren, kode {code}"]
        extras = [f"Nøgle nr. 2 udleveret til {N(helper)} den {odate()}. Kvitteret.",
                  f"Hoveddøren går i baglås – løft i håndtaget. Hunden hedder Bølle og er venlig.",
                  f"Alarm: ingen. Wi-fi-koden står på køleskabet.",
                  f"Ved akut behov ring til {N(mor, 'first')} på {PH(mor)} eller nabo {N(make_person(40, 80))}, {PH(make_person(40, 80))}.",
                  f"Nøgle returneres til {N(cw)} ({PH(cw)}) når forløbet slutter.",
                  f"Mor er født {D(mor)}; nøglekvittering underskrevet af {N(mor, 'full')}."]
        return head, extras, [], "\n"
    # sub 4: SMS thread helper/mother
    head = [f"Sms mellem hjælper {N(helper)} og {N(mor)} ({PH(mor)}), mor til {N(kids[0], 'first')} (f. {D(kids[0])})"]
    conv = [(helper, f"Hej {N(mor, ch(['first', 'lowfirst']))}, jeg er der kl. 15. Skal jeg tage mælk med?"),
            (mor, "Ja tak og rugbrød. Børnene er syge i dag."),
            (helper, f"Ok. Har du husket tandlægen for {N(kids[0], 'first')} kl. 13.30?"),
            (mor, f"Nej 🙈 kan du ringe og flytte den? Klinikken skal bruge CPR: {C(kids[0])}"),
            (helper, "Det gør jeg. Så tager vi indkøbslisten sammen, når jeg kommer."),
            (mor, f"{N(kids[1], 'first')} ville have pandekager torsdag 😊"),
            (helper, f"Kan du skrive til {N(cw, 'first')} om mødet? {'Hendes' if cw['g'] == 'f' else 'Hans'} mail er {E(cw)}"),
            (helper, f"Jeg står ved døren nu, {A(mor, 'short')}, ringer på."),
            (mor, "Kommer 🏃")]
    t, extras = R.randrange(480, 720), []
    for fr, msg in conv:
        t += R.randrange(1, 40)
        extras.append(f"{N(fr, 'first')} {t // 60:02d}:{t % 60:02d}: {msg}")
    return head, extras, [], "\n"

GENRES = [("kørsel", g1_drive), ("netværkssamvær", g2_contact), ("dåb og navngivning", g3_church),
          ("forældrekursus", g4_course), ("børneattest", g5_record), ("praktisk hjælp", g6_home)]
SUBNAMES = {
    "kørsel": ["table log", "driver e-mail", "approval journal note", "timed transport log", "claim form key:value"],
    "netværkssamvær": ["letter with address block", "e-mail thread", "telephone note key:value", "decision letter", "pasted SMS"],
    "dåb og navngivning": ["baptism certificate key:value", "invitation prose", "church office letter", "name-giving record", "foster mother e-mail"],
    "forældrekursus": ["sign-up form", "attendance table", "instructor notes list", "confirmation e-mail", "evaluation letter"],
    "børneattest": ["consent form", "police answer", "table of checked persons", "reminder e-mail", "journal note on household"],
    "praktisk hjælp": ["visit log with times", "weekly plan table", "who-does-what list", "keys and codes note", "SMS thread"],
}

# ================================================================ CLEAN GENERATORS (roles only, many look-alikes)
LAWS = ["Barnets lov § 32", "Barnets lov § 46", "§ 47", "§ 91", "§ 20, stk. 3", "§ 5, stk. 3-4", "§ 6 om bisidder",
        "Serviceloven § 71", "forældreansvarslovens § 20 a", "børneattestloven", "§ 19", "§ 137, stk. 2"]
ICD = ["F90.0", "F84.0", "F41.1", "E10.9", "J45.9", "F43.1", "F93.0", "F50.9"]
MEDS = ["Ritalin", "Concerta", "Medikinet", "melatonin", "Ventoline", "Panodil", "sertralin", "Atarax"]
ROOMS = ["lokale 2.14", "mødelokale 3", "klasse 4.B", "stue 2", "afsnit B3", "bygning 12, 1. sal", "lokale 0.07"]
BODIES = ["PPR", "Familieretshuset", "Ankestyrelsen", "Socialtilsyn Midt", "Rigspolitiet", "Sundhedsplejen",
          "Skattestyrelsen", "Udbetaling Danmark", "Børne- og Ungdomspsykiatrien", "Regionshospitalet"]
BRANDS = ["Netto", "Lidl", "Rema 1000", "Rejsekort", "Midttrafik", "Movia", "Flextrafik", "IKEA", "Lego", "Google Maps"]
PLACES_NO_NUM = ["ved Banegårdspladsen", "på hjørnet af Vestergade og Nørregade", "ude ved Ringvejen", "nede ved Åboulevarden",
                 "på Torvet", "ved rundkørslen på Stationsvej", "på parkeringspladsen ved Rådhuset", "bag ved Idrætshallen"]
KIDROLE = lambda: ch(["Barn A", "Barn B", "barnet", "den unge", "pigen", "drengen"])

def amt():
    return f"{R.randrange(1, 9)}.{R.randrange(0, 1000):03d},{R.randrange(0, 100):02d} kr." if R.random() < .5 else f"{R.randrange(40, 999)},{R.randrange(0, 100):02d} kr."

def cdate():
    return odate(ch([REF, REF + 1]))

LOOKS = [  # (tags, template); a = admin (all genres), n = narrative, h = household, m = medical
    ("a", "Ved akut fare ringes 112; ikke-akutte henvendelser til politiet på 114."),
    ("m", "Uden for lægens åbningstid kontaktes Lægevagten på 1813."),
    ("n", "Barnet er gjort opmærksom på Børnetelefonen, 116 111."),
    ("a", "Kommunens hovednummer er {sw} (hverdage kl. 8–15)."),
    ("a", "Sagsnr. {sag} · J.nr. 25/{jnr}"),
    ("a", "Fakturaer sendes elektronisk til EAN 5798000{ean}, CVR 29189781."),
    ("m", "Diagnose i journalen: {icd}. Medicin: {med} efter lægens ordination."),
    ("a", "Mødet holdes i {room} i rådhusets sidebygning {place}."),
    ("a", "Der henvises til {law}."),
    ("a", "Opfølgning aftalt {date} kl. {time} med deltagelse af {body}."),
    ("n", "Det blæste en halv storm, så turen blev udskudt til næste weekend."),
    ("n", "Solen skinnede, og børnene legede i haven, mens de voksne drak kaffe."),
    ("n", "Glade børn og trætte voksne – sådan blev dagen beskrevet bagefter."),
    ("n", "Efter en lang vinter glæder familien sig til maj, hvor der er mere lys."),
    ("n", "Turen gik gennem skoven og forbi søen."),
    ("n", "Skovturen med klassen blev aflyst på grund af regn."),
    ("h", "Køb ind i {brand}; husk at tjekke tilbudsavisen."),
    ("a", "Udgiften på {amt} er konteret på indsatsen."),
    ("h", "Vaskemaskinen (Bosch, 7 kg) kører på 40 grader; tørretumbleren er i stykker."),
    ("m", "Barnet har astma ({icd2}) og bruger Ventoline ved behov."),
]
LOOK_USED = set()

def look(c, tags="an"):
    opts = [i for i, (t, _) in enumerate(LOOKS) if t in tags and i not in LOOK_USED] or [0]
    i = ch(opts)
    LOOK_USED.add(i)
    return LOOKS[i][1].format(sw=c["switch"], sag=c["sag"], jnr=R.randrange(10000, 99999), ean=R.randrange(100000, 999999),
                              icd=ch(ICD), med=ch(MEDS), room=ch(ROOMS), place=ch(PLACES_NO_NUM), law=ch(LAWS), date=cdate(),
                              time=otime(), body=ch(BODIES), brand=ch(BRANDS[:3]), amt=amt(), icd2="J45.9")

def c1_drive(sub, c):
    role = ch(["plejefar", "plejemor", "kontaktpersonen", "aflastningsmor", "netværksplejemor", "samværsledsageren"])
    rate = "3,81"
    if sub == 0:
        mm = R.randrange(1, 13)
        head = [f"KØRSELSREGNSKAB – {MD[mm - 1]} {REF}\n{c['kom']}, Børn og Unge, Myndighed", f"Kørselsberettiget: {role}\nBarn: {KIDROLE()} ({R.randrange(3, 17)} år)"]
        trips = [("hjemmet → samværslokalet i Familiehuset", "samvær", "barnet"), ("hjemmet → skolen og retur", "ekstra skolekørsel", "barnet"),
                 ("hjemmet → Børne- og Ungdomspsykiatrien", "ambulant samtale", "barnet + søster (4 år)"), ("hjemmet → PPR og retur", "møde om skoletilbud", "ingen"),
                 ("hjemmet → tandplejen", "tandlæge", "barnet"), ("hjemmet → Banegårdspladsen", "aflevering til mor", "barnet")]
        days = sorted(R.sample(range(1, 29), 8))
        rows = [f"{d:02d}.{mm:02d} | " + " | ".join(ch(trips)) + f" | {R.randrange(5, 90)} km" for d in days]
        extras = ["Dato | Strækning | Formål | Passager | Km\n" + "\n".join(rows[:2])] + rows[2:] + \
                 [f"I alt {R.randrange(80, 600)} km à {rate} kr. = {amt()}", look(c, "anm"), f"Attesteret {cdate()} af teamleder."]
        return head, extras, [], "\n"
    if sub == 1:
        head = [f"Fra: {role}\nTil: sagsbehandleren\nEmne: Kørsel i {month()}",
                f"Hej\nHer er min kørsel for sidste måned. Jeg har hentet barnet hos mor hver anden fredag og kørt hjem igen søndag aften."]
        extras = [f"Det bliver {R.randrange(180, 640)} km i alt. Skemaet er vedhæftet som billede.",
                  "Jeg har brugt Google Maps til at måle afstanden, så tallene passer.",
                  f"Den ene weekend var der storm, så vi tog toget med Rejsekort i stedet. Billetten kostede {amt()}",
                  "Mor har ønsket, at afleveringen fremover sker ved Banegårdspladsen og ikke hjemme hos hende.",
                  look(c, "anm"), look(c, "anm")]
        return head, extras, ["Mvh\nplejemor"], "\n\n"
    if sub == 2:
        head = [f"Journalnotat {cdate()} – bevilling af befordringsgodtgørelse",
                f"{role.capitalize()} har søgt om godtgørelse for kørsel med {KIDROLE()} ({R.randrange(3, 17)} år) til samvær med mor."]
        extras = [f"Afstanden er opmålt til {R.randrange(5, 90)} km hver vej. Satsen er {rate} kr. pr. km efter Skattestyrelsens høje sats.",
                  f"Bevillingen følger barnets plan, jf. § 91, og samværsplanen.", look(c, "anm"), look(c, "anm"),
                  "Udbetaling sker til NemKonto. Der indberettes ikke skat af godtgørelsen, så længe satsen overholdes.",
                  "Sagen er drøftet med teamleder ved faglig sparring, som er enig i bevillingen."]
        return head, extras, ["/sagsbehandler"], "\n"
    if sub == 3:
        head = [f"Kørselslog {cdate()} – samværsledsager"]
        extras = [f"07.{R.randrange(10, 59)} Afgang fra kontoret ved Banegårdspladsen.",
                  f"08.{R.randrange(10, 59)} Hentet barnet ({R.randrange(4, 12)} år) i plejefamilien.",
                  f"09.{R.randrange(10, 59)} Ankommet til samværslokalet i Familiehuset, {ch(ROOMS)}.",
                  f"12.{R.randrange(10, 59)} Samvær slut. Barnet faldt i søvn i bilen.",
                  f"13.{R.randrange(10, 59)} Tanket for {amt()} (kvittering fra Q8 vedlagt).",
                  f"13.{R.randrange(10, 59)} Retur. I alt {R.randrange(60, 220)} km.", look(c, "anm")]
        return head, extras, [], "\n"
    head = [f"ANSØGNING OM KØRSELSGODTGØRELSE\n{c['kom']} · Myndighedsafdelingen, børn og unge",
            f"Ansøger: {role}\nBarn: {KIDROLE()}, {R.randrange(2, 17)} år"]
    extras = [f"Kørsel til: mors bopæl i {ch(TOWNS)[1]}", f"Periode: {month()} {REF}\nAntal ture: {R.randrange(2, 9)}\nKm i alt: {R.randrange(40, 500)}",
              f"Sats: {rate} kr./km · beløb i alt {amt()}", f"Hjemmel: {ch(LAWS)}", look(c, "anm"), "Underskrift: ____________  Dato: ________"]
    return head, extras, [], "\n"

def c2_contact(sub, c):
    gw = ch(["mormor", "morfar", "farmor", "farfar"])
    kid = KIDROLE()
    if sub == 0:
        head = [f"Brev fra {gw} (modtaget {cdate()})", f"Vedr. samvær med mit barnebarn",
                f"Kære sagsbehandler\nJeg har ikke set mit barnebarn siden jul, og det gør ondt. Jeg har haft barnet hver onsdag, fra det var lille."]
        extras = ["Jeg forstår godt, at min datter og jeg ikke er gode venner lige nu, men det skal ikke gå ud over barnet.",
                  "Jeg vil gerne have samvær, også hvis en fra kommunen skal være til stede. Vi kan mødes i Familiehuset eller ude ved Ringvejen, hvor der er en legeplads.",
                  "Min mand savner også barnet. Vi har en stor have, hvor barnet elskede at plukke jordbær i juni.",
                  "Jeg læser ikke altid min mail, så ring hellere til mig.", look(c, "an")]
        return head, extras, [f"Med venlig hilsen\n{gw}"], "\n\n"
    if sub == 1:
        head = [f"Fra: mor\nSendt: {cdate()} kl. {otime()}\nTil: sagsbehandleren\nEmne: SV: Bedsteforældresamvær",
                f"Jeg vil ikke have, at min mor ser barnet alene. Hun taler grimt om mig, når barnet er der."]
        extras = ["Hvis det skal være, så kun i Familiehuset og med en pædagog til stede.",
                  "Jeg arbejder til kl. 15 og kan først ringe bagefter.",
                  "-----Oprindelig meddelelse-----\nFra: sagsbehandleren\nTil: mor\nEmne: Bedsteforældresamvær",
                  f"Kære mor\nMormor har henvendt sig og ønsker samvær. Jeg vil gerne høre din holdning, inden vi træffer afgørelse efter {ch(LAWS)}. {look(c, 'a')}",
                  "Venlig hilsen\nRådgiver, Børn og Unge"]
        return head, extras, [], "\n\n"
    if sub == 2:
        head = [f"Telefonnotat\nDato: {cdate()} kl. {otime()}\nSag: {kid}, {R.randrange(2, 16)} år", f"Henvendelse fra: {gw}"]
        extras = [f"{gw.capitalize()} ønsker netværkssamvær en weekend om måneden og fortæller, at mors nye kæreste ikke vil have hende i huset.",
                  "Jeg har forklaret, at kommunen vurderer samvær ud fra barnets behov, og at barnet skal høres, jf. § 5.",
                  "Bedsteforældre kan også søge Familieretshuset efter forældreansvarslovens § 20 a, hvis betingelserne er opfyldt.",
                  look(c, "an"), "Aftalt: sagsbehandler ringer til far i næste uge.", look(c, "an")]
        return head, extras, ["/sagsbehandler"], "\n"
    if sub == 3:
        head = [f"{c['town']}, {odate(REF + 1, 'long')}\nSagsnr. {c['sag']}", f"Afgørelse om samvær mellem {gw} og barnebarn",
                f"Du har søgt om samvær med dit barnebarn ({R.randrange(3, 15)} år). Vi har besluttet, at du får samvær én lørdag om måneden fra kl. 10 til kl. 15."]
        extras = ["Samværet foregår hjemme hos plejefamilien, og plejemor er til stede den første time.",
                  "Vi har talt med barnet, som gerne vil se dig. Vi har også hørt forældrenes synspunkter.",
                  "Du kan klage over afgørelsen til Ankestyrelsen. Klagen sendes til kommunen inden 4 uger.",
                  f"Har du spørgsmål, kan du ringe til kommunens hovednummer {c['switch']}.", look(c, "an")]
        return head, extras, ["Med venlig hilsen\nSocialrådgiver, Børn og Unge"], "\n\n"
    head = [f"Sms-tråd vedlagt af {gw} (indsat {cdate()}):"]
    conv = [(gw, "Må jeg hente barnet efter skole på torsdag?"), ("mor", "Nej. Det skal aftales med kommunen først."),
            (gw, "Jeg har købt en cykel. Hvor skal jeg aflevere den?"), ("mor", "Sæt den ved cykelstativet ved Banegårdspladsen."),
            (gw, "Må jeg så ikke engang sige hej?"), ("mor", "Ring til sagsbehandleren, det er hende der bestemmer."),
            (gw, "Jeg savner barnet så meget ❤️"), (gw, "Glædelig jul til jer alle 🎄"), ("mor", "Vi ses til samværet den første lørdag i maj.")]
    dd, mm = R.randrange(1, 20), R.randrange(1, 13)
    t, extras = R.randrange(420, 600), []
    for w, m in conv:
        t += R.randrange(1, 90)
        extras.append(f"[{dd + t // 1440:02d}.{mm:02d} {t % 1440 // 60:02d}:{t % 60:02d}] {w}: {m}")
    return head, extras, ["(Indsat i journalen af sagsbehandler.)"], "\n"

def c3_church(sub, c):
    ch_ = ch(CHURCHES)
    if sub == 0:
        head = ["DÅBSATTEST – skabelon (udfyldes af kirkekontoret)", "Navn: ____\nFødt: ____\nCPR-nr.: ____",
                f"Døbt: {cdate()} i {ch_}"]
        extras = ["Forældre: begge forældremyndighedsindehavere har underskrevet.", "Faddere: 3 (navne i kirkebogen)",
                  "Salmer: 448, 674, 29 og 70", f"Attesten udstedes gratis via kirkekontoret eller borger.dk.", look(c, "an"), look(c, "an")]
        return head, extras, [], "\n"
    if sub == 1:
        fest = ch(["konfirmation", "dåb", "navnefest"])
        head = ["Kære familie og venner!", f"Vores plejebarn skal have {fest} søndag den {R.randrange(1, 29)}. maj, og det vil vi gerne fejre med jer."]
        extras = ["Festen holdes i haven, hvis solen skinner, ellers i forsamlingshuset.", f"Der er gudstjeneste i {ch_} kl. 10.",
                  "Svar venligst til plejemor senest en uge før.", "Mormor sørger for kagebordet, og morfar holder tale.",
                  "Der er parkering ved Banegårdspladsen, fem minutters gang fra kirken.", look(c, "an")]
        return head, extras, ["Mange hilsner\nplejefamilien"], "\n\n"
    if sub == 2:
        head = [f"Vedr. dåb af plejebarn ({R.randrange(1, 14)} år)", f"Kære plejeforældre\nTak for jeres henvendelse. Da barnet er anbragt efter {ch(['§ 46', '§ 47'])}, skal begge forældremyndighedsindehavere give skriftligt samtykke, før dåben kan finde sted."]
        extras = ["Samtykket skal indeholde barnets navn og CPR-nummer, men må gerne sendes via Digital Post.",
                  "Sagsbehandleren i kommunen er orienteret.", f"Kirkekontoret har åbent tirsdag–torsdag kl. 10–13 i {ch(ROOMS)}.",
                  "Vi foreslår en af søndagene i maj eller juni.", look(c, "an")]
        return head, extras, [f"Venlig hilsen\nSognepræsten, {ch_}"], "\n\n"
    if sub == 3:
        head = [f"Navngivning – registrering (anonymiseret uddrag)\nBarn: Barn C, {R.randrange(0, 2)} år\nAnmeldt: {cdate()}"]
        extras = ["Anmeldt af: mor (forældremyndighedsindehaver)", f"Markering: {ch(['navnefest (aqiqah)', 'humanistisk navnefest', 'kaffemik og navnefest'])} i forsamlingshuset",
                  "Mellemnavn efter farmors slægt", "Vidner: to voksne fra netværket", look(c, "an"), look(c, "an")]
        return head, extras, [], "\n"
    head = ["Fra: plejemor\nTil: sagsbehandleren\nEmne: Konfirmation – gæsteliste",
            f"Hej\nPlejebarnet bliver konfirmeret i {ch_} i maj og ønsker selv at invitere sin biologiske familie."]
    extras = ["Det drejer sig om mor og farmor. Far har vi ikke hørt fra siden januar.",
              "Præsten spørger, om vi har dåbsattesten. Barnet er døbt i Polen som spæd.",
              "Vi vil gerne have en snak om, hvordan dagen kan blive god for alle – især hvis mor kommer.", look(c, "an"), look(c, "an")]
    return head, extras, ["Venlig hilsen\nplejemor"], "\n\n"

def c4_course(sub, c):
    prog = ch(["De Utrolige År", "De Utrolige År – Basis", "PMTO-forældregruppe", "Circle of Security – Parenting", "forældrekursus for skilsmissefamilier"])
    if sub == 0:
        head = [f"TILMELDING – {prog}\nHold: {ch(['forår', 'efterår'])} {REF + 1}, {ch(['tirsdage', 'onsdage'])} kl. 17.00–19.30", "Forælder 1: mor\nForælder 2: far (deltager hver anden gang)"]
        extras = [f"Barn: {R.randrange(3, 9)} år, går i {ch(['børnehave', '0. klasse', '1. klasse'])}", "Henvist af: Børn og Unge, § 32",
                  "Særlige hensyn: tolk (arabisk) ved de første to gange.", f"Sted: Familiehuset, {ch(ROOMS)}", look(c, "anm"), "Underskrift: ____"]
        return head, extras, [], "\n"
    if sub == 1:
        head = [f"Fremmødeliste – {prog}\nGruppeledere: to familiebehandlere", "Familie | Barnets alder | 1 | 2 | 3 | 4 | 5"]
        extras = [f"Familie {i} | {R.randrange(3, 9)} år | " + " | ".join(ch(["X", "X", "÷", "afbud"]) for _ in range(5)) for i in range(1, 8)]
        extras += [f"Gennemsnitligt fremmøde {R.randrange(60, 95)} %.", look(c, "anm")]
        return head, extras, [], "\n"
    if sub == 2:
        head = [f"Gruppeledernoter, {prog}, gang {R.randrange(2, 14)} – {cdate()}"]
        extras = ["- Familie 1: har øvet leg 10 minutter dagligt. Barnet henter nu selv spillet.",
                  "- Familie 2: far kom alene. Svært med ros; vil prøve belønningsskema til sengetid.",
                  "- Familie 3: fraværende igen. Ringes op af gruppeleder.",
                  "- Familie 4: uenige om ignorering. God snak i pausen. Barnets vrede er faldet, siger de.",
                  "- Familie 5: mor glad for rollespillet om morgensituationen.",
                  "- Familie 6: barnet (6 år) er udredt for ADHD (F90.0) og får Medikinet; forældrene ønsker særligt fokus på rutiner.", look(c, "anm")]
        return head, extras, ["/gruppelederne"], "\n"
    if sub == 3:
        head = [f"Emne: Du har fået plads på {prog}", f"Kære forældre\nI er nu tilmeldt forældregruppen. Vi starter {ch(WD[:4])} den {R.randrange(1, 29)}. {ch(MD)} kl. 17.00 i Familiehuset."]
        extras = ["Der er aftensmad til både voksne og børn og børnepasning i lokalet ved siden af.",
                  "Forløbet er 14 gange à 2½ time. Det er gratis og bevilget som støttende indsats.",
                  f"Ved afbud: ring til Familiehusets fællesnummer via {c['switch']}.", look(c, "anm"), look(c, "anm")]
        return head, extras, ["Mange hilsner\nFamiliebehandlerne"], "\n\n"
    head = [f"Til sagsbehandleren\nStatus efter {prog}: mor og far", f"Mor har deltaget i {R.randrange(8, 15)} af 14 gange, far i {R.randrange(3, 12)}."]
    extras = ["Forældrene har især arbejdet med leg og ros. Barnet (5 år) er mindre udadreagerende ved aflevering.",
              "Far er flyttet og har haft svært ved at nå frem til kl. 17.", "Vi anbefaler et opfølgende forløb efter § 32.",
              "Forældrenes egne mål ved start: 'færre råb om morgenen' og 'at barnet kan sove i egen seng'.",
              "Skalering (0–10) ved start 3, ved afslutning 6.", look(c, "anm")]
    return head, extras, ["Venlig hilsen\nFamiliebehandler"], "\n\n"

def c5_record(sub, c):
    role = ch(["aflastningsfamilie", "kontaktperson", "frivillig i lektiecaféen", "chauffør for kommunens børnekørsel", "plejefamilie", "fodboldtræner"])
    if sub == 0:
        head = [f"SAMTYKKEERKLÆRING – børneattest (skabelon)\nJeg giver hermed samtykke til, at {c['kom']} indhenter børneattest om mig.", "Navn: ________\nCPR-nr.: ______-____"]
        extras = [f"Rolle: {role}", "Samtykket gælder i 6 måneder og kan trækkes tilbage skriftligt.",
                  "Oplysningerne behandles efter databeskyttelsesforordningen og børneattestloven.", look(c, "a"), "Dato og underskrift: ________"]
        return head, extras, [], "\n"
    if sub == 1:
        head = ["Rigspolitiet – Kriminalregistret\nBØRNEATTEST (eksempel til intern vejledning)", f"Vedrørende: ansøger til stilling som {role}"]
        extras = [f"Attesten er udstedt på begæring af {c['kom']} efter digitalt samtykke med MitID.",
                  "Der er ikke i Kriminalregistret registreret oplysninger om overtrædelse af straffelovens bestemmelser, som skal fremgå af en børneattest.",
                  "Svaret kommer normalt inden for 1–2 uger.", look(c, "a"), look(c, "a")]
        return head, extras, [], "\n"
    if sub == 2:
        head = [f"Oversigt – indhentede børneattester {REF}, {c['kom']}\nRolle | Antal | Indhentet | Resultat"]
        extras = [f"{r} | {R.randrange(1, 40)} | {cdate()} | {ch(['ingen registreringer', 'afventer', '1 sag til vurdering'])}" for r in
                  ["aflastning", "kontaktpersoner", "plejefamilier", "chauffører", "lektiecafé", "netværksplejefamilier", "frivillige trænere"]]
        extras += ["Listen vedligeholdes af fagkonsulenten.", look(c, "a")]
        return head, extras, [], "\n"
    if sub == 3:
        head = ["Emne: Påmindelse – samtykke til børneattest", f"Kære kommende {role}\nVi mangler stadig dit samtykke, før du kan starte."]
        extras = ["Du giver samtykke digitalt med MitID via politiets hjemmeside. Det tager fem minutter.",
                  "Hvis der er andre voksne over 15 år i husstanden, skal de også give samtykke.", look(c, "a"), look(c, "a")]
        return head, extras, ["Venlig hilsen\nFagkonsulent, Børn og Unge"], "\n\n"
    head = [f"Journalnotat {cdate()} – attester i husstanden", f"Ved godkendelse af {ch(['aflastningsfamilie', 'netværksplejefamilie'])} er der indhentet attester for alle voksne i husstanden."]
    extras = ["Plejemor: børneattest uden anmærkninger.", "Plejefar: straffeattest viser en færdselssag fra 2019; vurderet uden betydning.",
              "Familiens søn (16 år) har givet eget samtykke.", f"Drøftet med {ch(BODIES[:4])}.", look(c, "a"), look(c, "a")]
    return head, extras, ["/sagsbehandler"], "\n"

def c6_home(sub, c):
    code = "kode i nøgleboksen (oplyses mundtligt)"
    if sub == 0:
        head = [f"Besøgsnotat – praktisk pædagogisk støtte\n{cdate()}, kl. 15.00–18.00\nFamilie: mor og tre børn (2, 6 og 9 år)"]
        extras = ["15.05 Ankommet. Den ældste åbnede døren, mor sov.", "15.20 Lavet indkøbsliste sammen med mor. Tur i Netto med den yngste i klapvognen.",
                  "16.10 Vasketøj sat over. Mor sorterede selv – god fremgang.", "16.45 Madlavning: kylling i karry efter madplanen.",
                  "17.30 Oprydning i køkkenet. Aftalt, at mor tager opvasken i morgen.", f"17.55 Gået. Nøglen lagt i nøgleboksen.", look(c, "ahnm")]
        return head, extras, ["/hjemmehjælper"], "\n"
    if sub == 1:
        head = ["UGEPLAN – familien (mor + 3 børn)\nDag | Mad | Rengøring | Hvem"]
        meals = ["frikadeller og kartofler", "pasta med kødsovs", "fiskefrikadeller", "suppe og boller", "tacos", "rester", "pizza"]
        chores = ["støvsuge stuen", "badeværelse", "skifte sengetøj", "vasketøj", "køleskab", "affald ud", "ingen"]
        extras = [f"{d.capitalize()} | {meals[i]} | {chores[i]} | {ch(['mor', 'den ældste', 'hjælperen', 'alle'])}" for i, d in enumerate(WD)]
        extras += ["Hjælperen kommer tirsdag og torsdag.", look(c, "ahnm")]
        return head, extras, [], "\n"
    if sub == 2:
        head = ["Hvem gør hvad – familien"]
        extras = ["• Mor: morgenmad, madpakker, følge den ældste i skole kl. 8.", "• Den ældste (11 år): dække bord og tømme opvaskemaskine.",
                  "• Hjemmehjælper: indkøb, vasketøj og struktur to eftermiddage om ugen.", "• Mormor: henter den yngste om onsdagen.",
                  "• Sagsbehandler: opfølgning hver 3. måned.", "• Mor har selv ønsket hjælp til post og regninger i e-Boks.", look(c, "ahnm")]
        return head, extras, [], "\n"
    if sub == 3:
        head = [f"Nøgler og koder – fortroligt\nNøgleboks: ved bagdøren, {code}"]
        extras = [f"Nøgle nr. 2 udleveret til hjælperen {cdate()}. Kvitteret.", "Hoveddøren går i baglås – løft i håndtaget. Hunden er venlig.",
                  "Alarm: ingen. Wi-fi-koden står på køleskabet.", "Ved akut behov: ring 112. Ellers kontakt vagtordningen via kommunens hovednummer.",
                  "Nøglen returneres til sagsbehandleren, når forløbet slutter.", look(c, "ahnm")]
        return head, extras, [], "\n"
    head = ["Sms mellem hjælper og mor (uddrag)"]
    conv = [("Hjælper", "Hej, jeg er der kl. 15. Skal jeg tage mælk med?"), ("Mor", "Ja tak og rugbrød. Børnene er syge i dag."),
            ("Hjælper", "Ok. Har du husket tandplejen kl. 13.30?"), ("Mor", "Nej 🙈 kan du ringe og flytte den?"),
            ("Hjælper", "Det gør jeg. Madplanen ligger i skuffen."), ("Mor", "Den mindste ville have pandekager torsdag 😊"),
            ("Hjælper", "Jeg står ved døren nu og ringer på."), ("Mor", "Kommer 🏃"), ("Mor", "Glad for i dag, tak for hjælpen!")]
    t, extras = R.randrange(480, 720), []
    for w, m in conv:
        t += R.randrange(1, 40)
        extras.append(f"{w} {t // 60:02d}:{t % 60:02d}: {m}")
    return head, extras, [], "\n"

CLEAN = [c1_drive, c2_contact, c3_church, c4_course, c5_record, c6_home]

# ================================================================ INSTITUTIONS
INSTS = {
    "school": ["Egebjerg Friskole", "Privatskolen Lærkereden", "Den Lille Skole ved Fjorden", "Friskolen i Holmsland", "Heldagsskolen Vestervang"],
    "daycare": ["Privatbørnehaven Myretuen", "Vuggestuen Guldklumpen ApS", "Skovbørnehaven Egernet", "Dagplejeforeningen Mælkebøtten", "Privatbørnehaven Spiren"],
    "home": ["Opholdsstedet Tusindfryd", "Bakkehuset ApS", "Behandlingshjemmet Fyrtårnet", "Opholdsstedet Engly", "Opholdsstedet Kragereden", "Bostedet Lyngtoppen"],
    "club": ["Boldklubben Fremad Vest", "Rideklubben Hestehoven", "Spejdergruppen Ørnereden", "Ungdomsklubben Kompasset", "Svømmeklubben Delfinen"],
    "foster": ["Plejefamilieforeningen Midtvest", "Familieplejen Østjylland ApS", "Plejefamiliecentret Trygge Rammer", "Familiehøjskolen Strandly"],
    "efterskole": ["Fjordvang Efterskole", "Hedebo Idrætsefterskole", "Musikefterskolen ved Vadehavet", "Efterskolen Bøgely"],
}
ITEMPL = [
    ("school", "school", lambda a, b: f"Barn A (10 år) starter efter sommerferien på {a}. Skolen har bedt om en kort status fra PPR inden første skoledag."),
    ("efterskole", "efterskole", lambda a, b: f"Den unge (15 år) er optaget på {a} fra august. Opholdet finansieres delvist af forældrene; kommunen dækker resten efter § 32."),
    ("home", "home", lambda a, b: f"Anbringelsen på {a} fortsætter. {b} har tilbudt en plads som aflastning hver tredje weekend."),
    ("foster", "foster", lambda a, b: f"Plejemor har kontakt til {a}, som tilbyder supervision og efteruddannelse til plejefamilier i regionen."),
    ("club", "club", lambda a, b: f"Drengen (8 år) går til træning i {a} to gange om ugen og har fået kontingent bevilget som fritidsaktivitet."),
    ("daycare", "school", lambda a, b: f"Ved netværksmødet deltog en pædagog fra {a} og en lærer fra {b}. Begge beskrev pigen som glad og nysgerrig."),
    ("daycare", "daycare", lambda a, b: f"Mor ønsker, at lillesøster (3 år) flytter fra {a} til {b}, fordi der er kortere vej fra bopælen."),
    ("school", "school", lambda a, b: f"{a} har sendt en underretning efter § 133 om bekymrende fravær. Sagsbehandleren vurderer henvendelsen inden for 24 timer."),
    ("home", "home", lambda a, b: f"Opfølgningsmøde på {a} tirsdag kl. 13.00 om den unges trivsel og skolegang; forældrene deltager via video."),
    ("efterskole", "club", lambda a, b: f"Kørsel til {a} sker med Flextrafik. I weekenderne spiller den unge stadig i {b}."),
]

def gen_inst(i):
    for _ in range(200):
        ta, tb, f = ITEMPL[i % len(ITEMPL)]
        a = ch(INSTS[ta])
        b = ch([x for x in INSTS[tb] if x != a])
        marked = f(S("institution", a), S("institution", b))
        text, spans = parse(marked)
        if 12 <= len(text.split()) <= 40 and check_text(text, spans, {"institution"}) is None:
            return text, spans
    raise RuntimeError("inst")

# ================================================================ CHECKS
POOL_NAMES = []
for o in FIRST:
    for n, _ in FIRST[o]:
        POOL_NAMES.append(n)
for o in LAST:
    POOL_NAMES.extend(LAST[o])
POOL_NAMES.extend(NICK.values())
POOL_NAMES = sorted(dict.fromkeys(POOL_NAMES))
POOL_RE = re.compile(r"(?<![\w])(" + "|".join(re.escape(n) for n in sorted(POOL_NAMES + [n.upper() for n in POOL_NAMES], key=len, reverse=True)) + r")(?![\w])")
WHITELIST = set(re.sub(r"\D", "", x) for x in PUBLIC_NUMBERS)
PHONE_RE = re.compile(r"(?<![\w+])(?:\+\d{2,3}[ ]?\d[\d ]{5,}\d|00\d{2}[ ]?\d{4}[ ]?\d{4}|\d{8}|\d{2}[ .\-/]\d{2}[ .\-/]\d{2}[ .\-/]\d{2}|\d{4}[ .\-/]\d{4})(?!\d)")
CPR_RE = re.compile(r"(?<!\d)\d{2}[ .\-]?\d{2}[ .\-]?\d{2}\s?[ .\-–]?\s?\d{4}(?!\d)")
STREET_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(s) for s in STREETS) + r")\s+\d", re.I)
BORN_RE = re.compile(r"(?:(?<!\w)født|(?<!\w)f\.|[Ff]ødselsdato:?|[Ff]ødt:?)\s*(?:d\.\s*|den\s*)?(?=\d)")

def inside(spans, s, e):
    return any(sp["start"] <= s and e <= sp["end"] for sp in spans)

def check_text(text, spans, kinds, forbid=()):
    prev = 0
    for sp in spans:
        if text[sp["start"]:sp["end"]] != sp["text"]: return "offset"
        if sp["start"] < prev: return "order/overlap"
        prev = sp["end"]
        if sp["kind"] not in kinds: return "kind " + sp["kind"]
        if sp["text"] != sp["text"].strip() or not sp["text"]: return "whitespace"
    for sp in spans:  # unplanted copies
        t = sp["text"]
        flags = 0 if (t.isupper() and len(t.replace(".", "")) <= 4) else re.I
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text, flags):
            if not inside(spans, m.start(), m.end()): return "unplanted copy: " + t
    for m in POOL_RE.finditer(text):
        if not inside(spans, m.start(), m.end()): return "pool name: " + m.group(0)
    for rx, nm in ((PHONE_RE, "phone-shaped"), (CPR_RE, "cpr-shaped")):
        for m in rx.finditer(text):
            if not inside(spans, m.start(), m.end()) and re.sub(r"\D", "", m.group(0)) not in WHITELIST:
                return nm + ": " + m.group(0)
    for m in re.finditer("@", text):
        if not any(sp["kind"] == "email" and sp["start"] <= m.start() < sp["end"] for sp in spans): return "@ outside"
    for m in STREET_RE.finditer(text):
        if not any(sp["kind"] == "address" and sp["start"] <= m.start() < sp["end"] for sp in spans): return "street+number: " + m.group(0)
    for m in BORN_RE.finditer(text):
        if not any(sp["start"] <= m.end() < sp["end"] for sp in spans): return "born+digits"
    for f in forbid:
        if f in text: return "planted text in clean: " + f
    return None

BANDS = {0: (30, 80), 1: (81, 150), 2: (151, 300)}

DIVIDERS = ["\n\n--- Vedhæftet ---\n", "\n\n----- Videresendt meddelelse -----\n", "\n\nBilag:\n", "\n\n* * *\n",
            "\n\nTilføjet senere i journalen:\n"]

def compose(fn, sub, band, clean_ctx):
    """one attempt: (head, extras, tail, sep); for longer bands a second sub-format of the same genre
    (same cast of persons) is attached as an enclosure, forwarded message or later journal entry"""
    CAST.clear()
    USED.clear()
    LOOK_USED.clear()
    c = ctx() if clean_ctx else None
    call = (lambda s_: fn(s_, c)) if clean_ctx else fn
    head, extras, tail, sep = call(sub)
    if band == 0:
        return head, extras, tail, sep, 0
    full = len(parse(sep.join(head + extras + tail))[0].split())
    if band == 2 or full < BANDS[band][0] + 5:
        sub2 = (sub + R.randrange(1, 5)) % 5
        h2, e2, t2, sep2 = call(sub2)
        first = sep.join(head + extras + tail)
        tail_b = t2
        return [first + ch(DIVIDERS) + sep2.join(h2)], e2, tail_b, sep2, 1
    return head, extras, tail, sep, 0

def build(fn, sub, band, kinds, forbid=(), clean_ctx=False):
    lo, hi = BANDS[band]
    last = None
    for attempt in range(400):
        head, extras, tail, sep, k0 = compose(fn, sub, band, clean_ctx)
        for k in range(k0, len(extras) + 1):
            marked = sep.join(head + extras[:k] + tail)
            text, spans = parse(marked)
            w = len(text.split())
            if w > hi: last = "too long"; break
            if w >= lo:
                err = check_text(text, spans, kinds, forbid)
                if err is None:
                    return text, spans
                last = err
                break
        else:
            last = "too short"
    raise RuntimeError(f"cannot build {fn.__name__} sub={sub} band={band}: {last}")

def main():
    PK = {"name", "phone", "email", "address", "dob", "cpr"}
    tasks = []
    for gi in range(6):
        for i in range(40):
            tasks.append((gi, i % 5, (i + gi) % 3))
    R.shuffle(tasks)
    planted, stats = [], {}
    for n, (gi, sub, band) in enumerate(tasks, 1):
        text, spans = build(GENRES[gi][1], sub, band, PK)
        planted.append({"id": f"{CORPUS}-p{n:03d}", "text": text, "planted": spans})
        key = (GENRES[gi][0], SUBNAMES[GENRES[gi][0]][sub])
        stats[key] = stats.get(key, 0) + 1
    forbid = sorted({sp["text"] for d in planted for sp in d["planted"] if sp["kind"] != "name"})
    ctasks = []
    for gi in range(6):
        for i in range(40):
            ctasks.append((gi, i % 5, (i + gi + 1) % 3))
    R.shuffle(ctasks)
    clean, cstats = [], {}
    for n, (gi, sub, band) in enumerate(ctasks, 1):
        text, spans = build(CLEAN[gi], sub, band, set(), forbid, clean_ctx=True)
        clean.append({"id": f"{CORPUS}-c{n:03d}", "text": text, "planted": []})
        key = (GENRES[gi][0], SUBNAMES[GENRES[gi][0]][sub])
        cstats[key] = cstats.get(key, 0) + 1
    inst = []
    for n in range(1, 31):
        text, spans = gen_inst(n - 1)
        inst.append({"id": f"{CORPUS}-i{n:03d}", "text": text, "planted": spans})
    # global checks (re-run every per-text check on the final documents, plus ids and cross-file leakage)
    for d in planted:
        assert check_text(d["text"], d["planted"], PK) is None, d["id"]
    for d in clean:
        assert check_text(d["text"], d["planted"], set(), forbid) is None, d["id"]
        assert not d["planted"]
    for d in inst:
        assert check_text(d["text"], d["planted"], {"institution"}) is None, d["id"]
        assert 12 <= len(d["text"].split()) <= 40 and 1 <= len(d["planted"]) <= 2, d["id"]
    for docs, pre in ((planted, "p"), (clean, "c"), (inst, "i")):
        for k, d in enumerate(docs, 1):
            assert d["id"] == f"{CORPUS}-{pre}{k:03d}"
    for fn, docs in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="\n") as fh:
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    # report
    kinds = {}
    for d in planted:
        for sp in d["planted"]:
            kinds[sp["kind"]] = kinds.get(sp["kind"], 0) + 1
    total = sum(kinds.values())
    print("planted spans:", total, dict(sorted(kinds.items())))
    assert 3000 <= total <= 4500, total
    for k in ("phone", "address", "dob"):
        assert kinds.get(k, 0) >= 250, (k, kinds.get(k))
    for k in ("cpr", "email"):
        assert kinds.get(k, 0) >= 120, (k, kinds.get(k))
    assert kinds["name"] == max(kinds.values())
    print("institution spans:", sum(len(d["planted"]) for d in inst))
    for docs, nm in ((planted, "planted"), (clean, "clean")):
        b = [0, 0, 0]
        for d in docs:
            w = len(d["text"].split())
            b[0 if w <= 80 else 1 if w <= 150 else 2] += 1
        print(nm, "length bands S/M/L:", b)
    print("planted per genre/sub-format:")
    for k in sorted(stats): print("  ", k, stats[k])
    print("clean per genre/sub-format:")
    for k in sorted(cstats): print("  ", k, cstats[k])
    for fn in ("planted.jsonl", "clean.jsonl", "institutions.jsonl"):
        print(fn, hashlib.sha256(open(os.path.join(HERE, fn), "rb").read()).hexdigest())

if __name__ == "__main__":
    main()
