#!/usr/bin/env python3
"""Generate held-out corpus blind37 (planted / clean / institutions). Python 3.11 stdlib only."""
import json, re, sys, hashlib, datetime
import random
from pools import (FIRST, SUR_DK, SUR_WORLD, NICK, STREETS, TOWNS, FOREIGN_ADDR,
                   PRIVATE_MAIL, WORK_MAIL, BANK_MAIL)

SEED = 37037
R = random.Random(SEED)
CORPUS = "blind37"
OUT = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ONES = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv",
        "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs",
        9: "halvfems"}
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende",
       "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende",
       "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte",
       "enogtredivte"]

def num_word(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] if o == 0 else ONES[o] + "og" + TENS[t]

def year_word(y):
    if y >= 2000:
        return "totusind og " + num_word(y - 2000) if y > 2000 else "totusind"
    return "nitten hundrede og " + num_word(y - 1900)

# public numbers allowed outside spans
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "35 55 55 59", "70 11 31 31", "89 40 20 00",
                  "87 70 00 00", "72 33 00 00", "70 12 80 63", "29 84 57 12", "33 12 06 19",
                  "96 84 60 00"]
CVRS = ["29 84 57 12", "33 12 06 19"]   # invented CVR numbers, used only as CVR
SWITCH = {"Rådhuset": "89 40 20 00", "Borgerservice": "87 70 00 00", "Familierådgivningen": "72 33 00 00",
          "Skolesekretariatet": "96 84 60 00", "Udbetaling Danmark (børneydelse)": "70 12 80 63"}

TRANS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ð": "d", "ú": "u", "ó": "o",
                       "á": "a", "í": "i", "ı": "i", "ş": "s", "ț": "t", "ž": "z", "ć": "c", "ł": "l",
                       "ń": "n", "ś": "s", "ö": "o", "ü": "u", "ğ": "g", "'": "", " ": "", "-": ""})

def ascii_low(s):
    return s.lower().translate(TRANS)

# ------------------------------------------------------------------ persons
FIRST_DK = [f for f in FIRST[:72]]
FIRST_WORLD = [f for f in FIRST[72:]]
USED_PHONES = set()

def rand_phone_digits(r):
    while True:
        p = r.choice(["2", "3", "4", "5", "6", "7", "8", "9"]) + "".join(str(r.randint(0, 9)) for _ in range(7))
        if p[:2] in ("70", "80", "90", "11"):
            continue
        g = " ".join(p[i:i + 2] for i in range(0, 8, 2))
        if g in PUBLIC_NUMBERS or p in USED_PHONES:
            continue
        USED_PHONES.add(p)
        return p

class Person:
    def __init__(self, r, kind, sex=None):
        self.kind = kind  # child / adult / pro
        world = r.random() < 0.45
        src = FIRST_WORLD if world else FIRST_DK
        if sex:
            src = [x for x in src if x[1] == sex]
        self.first, self.sex = r.choice(src)
        if r.random() < 0.1 and not world:
            f2, _ = r.choice([x for x in src[:60] if x[1] == self.sex])
            if f2 != self.first:
                self.first = self.first + ("-" if r.random() < 0.7 else " ") + f2
        sur = SUR_WORLD if (world and r.random() < 0.85) else SUR_DK
        self.last = r.choice(sur)
        if r.random() < 0.1:
            self.last = r.choice(SUR_DK) + " " + self.last if self.last not in SUR_DK else self.last
        today = datetime.date(2026, 3, 1)
        if kind == "child":
            y = r.randint(2008, 2020)
        elif kind == "baby":
            y = r.randint(2021, 2024)
        else:
            y = r.randint(1958, 1996)
        self.dob = datetime.date(y, r.randint(1, 12), 1) + datetime.timedelta(days=r.randint(0, 27))
        yy = self.dob.year
        if yy >= 2000:
            d7 = r.choice([4, 5, 6, 7, 8, 9])
        elif yy >= 1937:
            d7 = r.choice([0, 1, 2, 3, 4, 9])
        else:
            d7 = r.choice([0, 1, 2, 3])
        last = r.choice([0, 2, 4, 6, 8]) if self.sex == "f" else r.choice([1, 3, 5, 7, 9])
        self.cpr = self.dob.strftime("%d%m%y") + str(d7) + str(r.randint(0, 9)) + str(r.randint(0, 9)) + str(last)
        self.phone = rand_phone_digits(r)
        self.street = r.choice(STREETS)
        self.no = str(r.randint(1, 148)) + (r.choice("ABCD") if r.random() < 0.15 else "")
        self.floor = r.choice(["", "", "", ", 1. tv.", ", 2. th.", ", st. tv.", ", 3. mf.", ", 1. sal",
                               ", 4. 12", ", kl."])
        self.pc, self.town = r.choice(TOWNS)
        fl = ascii_low(self.first.split()[0].split("-")[0])
        la = ascii_low(self.last.split()[-1])
        if kind == "pro":
            self.email = r.choice([fl[:2] + la[:2], fl + "." + la, fl[0] + la[:3], fl + la[0]]) + "@" + r.choice(WORK_MAIL)
        else:
            self.email = r.choice([fl + "." + la, fl + la + str(r.randint(70, 99)), fl + "_" + la[:4],
                                   la + fl[0] + str(r.randint(1, 999)), fl + str(self.dob.year)]) + "@" + r.choice(PRIVATE_MAIL)

    def full(self):
        return self.first + " " + self.last

def initials(p, r):
    parts = re.split(r"[ \-]", p.first) + re.split(r"[ \-]", p.last)
    ini = "".join(x[0].upper() for x in parts if x and x[0].isalpha())
    style = r.random()
    if style < 0.4:
        return ini[:3] if len(ini) >= 2 else ini + "K"
    if style < 0.8:
        return ".".join(ini[:2]) + "."
    return ini[:2]

# ------------------------------------------------------------------ renderers
def r_phone(p, r):
    d = p.phone
    s = r.random()
    g2 = " ".join(d[i:i + 2] for i in range(0, 8, 2))
    forms = [d, g2, d[:4] + " " + d[4:], ".".join(d[i:i + 2] for i in range(0, 8, 2)),
             "-".join(d[i:i + 2] for i in range(0, 8, 2)), "+45 " + g2, "+45" + d, "0045 " + d,
             "+45 " + d[:4] + " " + d[4:], d[:4] + "-" + d[4:]]
    if s < 0.07:
        return r.choice(["+46 70 " + d[:3] + " " + d[3:5] + " " + d[5:7], "+48 " + d[:3] + " " + d[3:6] + " " + d[6:] + "1",
                         "+90 532 " + d[:3] + " " + d[3:5] + " " + d[5:7], "+380 67 " + d[:3] + " " + d[3:7],
                         "+252 61 " + d[:7], "+49 151 " + d, "+299 " + d[:2] + " " + d[2:4] + " " + d[4:6],
                         "+298 " + d[:6]])
    return r.choice(forms)

def r_phone_spoken(p):
    d = p.phone
    out = []
    for i in range(0, 8, 2):
        a = d[i:i + 2]
        out.append("nul " + ONES[int(a[1])] if a[0] == "0" else num_word(int(a)))
    return " ".join(out)

def r_dob(p, r):
    d = p.dob
    forms = [d.strftime("%d.%m.%Y"), d.strftime("%d-%m-%Y"), f"{d.day}/{d.month}-{d.year}",
             d.strftime("%d/%m-%y"), f"{d.day}. {MONTHS[d.month - 1]} {d.year}", d.isoformat(),
             f"{d.day}.{d.month}.{d.strftime('%y')}", f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
             f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", f"{d.day}. {MONTHS[d.month - 1][:3]}. {d.year}",
             d.strftime("%d.%m.%Y"), f"{d.day}. {MONTHS[d.month - 1]} {d.year}"]
    return r.choice(forms)

def r_dob_spoken(p):
    d = p.dob
    return f"{ORD[d.day - 1]} {MONTHS[d.month - 1]} {year_word(d.year)}"

def r_cpr(p, r):
    c = p.cpr
    forms = [c[:6] + "-" + c[6:], c[:6] + "-" + c[6:], c[:6] + " " + c[6:], c,
             c[:2] + "." + c[2:4] + "." + c[4:6] + "-" + c[6:], c[:2] + " " + c[2:4] + " " + c[4:6] + " " + c[6:],
             c[:6] + "–" + c[6:], c[:6] + " - " + c[6:], c[:2] + c[2:4] + c[4:6] + "-" + c[6:8] + " " + c[8:]]
    return r.choice(forms)

def r_addr(p, r, lines=1, town=None):
    base = p.street + " " + p.no + p.floor
    if town is None:
        town = r.random() < 0.6
    if r.random() < 0.06:
        return r.choice(FOREIGN_ADDR)
    if not town:
        return base
    if lines == 2:
        return base + "\n" + p.pc + " " + p.town
    s = r.random()
    if s < 0.12:
        return (p.street.lower() + " " + p.no.lower() + " " + p.town.lower())
    if s < 0.2:
        return base + " i " + p.town
    return base + ", " + p.pc + " " + p.town

def r_email_spoken(p):
    loc, dom = p.email.split("@")
    loc = loc.replace(".", " punktum ").replace("_", " understreg ")
    dom = dom.replace(".", " punktum ")
    return f"{loc} snabel-a {dom}"

def genitive(n):
    return (n, "'") if n[-1] in "sxzSXZ" else (n + "s", "")

# ------------------------------------------------------------------ builder
class B:
    def __init__(self):
        self.parts = []  # (text, kind or None)
    def t(self, s):
        if s:
            self.parts.append((s, None))
    def s(self, kind, s):
        self.parts.append((s, kind))
    def text(self):
        return "".join(p[0] for p in self.parts)
    def words(self):
        return len(self.text().split())
    def spans(self):
        out, pos = [], 0
        for s, k in self.parts:
            if k:
                out.append({"kind": k, "text": s, "start": pos, "end": pos + len(s)})
            pos += len(s)
        return out

CHILD_ROLES = {"c", "c2", "c3", "c4", "c5", "sib", "r", "r2"}
BABY_ROLES = {"baby"}
PRO_ROLES = {"cw", "tch", "led", "psy", "bank", "sp", "mus", "clerk", "pæd", "kl", "tl", "sund", "v"}

SEX = {"sib": "m", "m": "f", "pm": "f", "nm": "f", "p3": "f", "f": "m", "pf": "m", "g": "m"}

class Ctx:
    def __init__(self, r):
        self.r = r
        self.p = {}
        self.rowno = 0
    def get(self, role):
        if role not in self.p:
            kind = "child" if role in CHILD_ROLES else "baby" if role in BABY_ROLES else "pro" if role in PRO_ROLES else "adult"
            self.p[role] = Person(self.r, kind, SEX.get(role))
            if role == "bank":
                pb = self.p[role]
                pb.email = pb.email.split("@")[0] + "@" + self.r.choice(BANK_MAIL)
            # family members share surname / address sometimes
            if role in ("m", "f", "sib", "c2") and "c" in self.p and role != "c2":
                c = self.p["c"]
                pp = self.p[role]
                if self.r.random() < 0.6:
                    pp.last = c.last
                if self.r.random() < 0.7 and role != "f":
                    pp.street, pp.no, pp.floor, pp.pc, pp.town = c.street, c.no, c.floor, c.pc, c.town
        return self.p[role]
    def reset(self, *roles):
        for ro in roles:
            self.p.pop(ro, None)

TOK = re.compile(r"\{(\w+):(\w+)\}")

def plain_fill(kind, r):
    """look-alike fillers (never personal)"""
    if kind == "dato":
        d = datetime.date(2025, 1, 1) + datetime.timedelta(days=r.randint(0, 500))
        return r.choice([d.strftime("%d.%m.%Y"), f"{d.day}. {MONTHS[d.month - 1]} {d.year}", d.strftime("%d.%m.%Y")])
    if kind == "kort":
        d = datetime.date(2025, 1, 1) + datetime.timedelta(days=r.randint(0, 500))
        return r.choice([f"{d.day}/{d.month}", f"{d.day}. {MONTHS[d.month - 1]}"])
    if kind == "kl":
        return f"{r.randint(7, 20):02d}.{r.choice(['00', '15', '30', '45'])}"
    if kind == "kl2":
        return f"{r.randint(7, 20):02d}:{r.randint(0, 59):02d}"
    if kind == "sag":
        return r.choice([f"{r.randint(2023, 2026)}-{r.randint(10000, 99999):06d}",
                         f"27.{r.choice(['24', '12', '36', '00'])}.{r.choice(['00', '04', '12'])}-G01-{r.randint(10, 999)}-{r.randint(23, 26)}",
                         f"S{r.randint(2024, 2026)}/{r.randint(1000, 9999)}",
                         f"{r.randint(24, 26)}/{r.randint(10000, 39999)}"])
    if kind == "doknr":
        return f"{r.randint(100, 999)}"
    if kind == "beløb":
        v = r.choice([r.randint(1, 60) * 50, r.randint(100, 4000) * 5, r.randint(2000, 48000)])
        s = f"{v:,}".replace(",", ".")
        return s + r.choice([",00 kr.", " kr.", " kroner", ",- kr."])
    if kind == "alder":
        return str(r.randint(6, 17))
    if kind == "lov":
        return r.choice(["§ 20", "§ 32, stk. 1", "§ 46", "§ 91", "§ 18", "§ 19", "§ 137, stk. 2", "§ 6",
                         "§ 133", "§ 5, stk. 3", "§ 30", "§ 9", "§ 3"])
    if kind == "klasse":
        return r.choice(["0.A", "1.B", "2.C", "3.A", "4.B", "5.C", "6.A", "7.X", "8.B", "9.A", "4.Y", "5.D"])
    if kind == "lokale":
        return r.choice(["lokale 2.14", "lokale 104", "mødelokale 3", "rum B 0.12", "lokale 1.07", "musiklokalet M2"])
    if kind == "icd":
        return r.choice(["DF43.2", "DF90.0", "DF84.0", "DS06.0", "DF32.1", "DZ63.4", "DF41.1"])
    if kind == "med":
        return r.choice(["Ritalin", "Concerta", "melatonin", "Panodil", "ibuprofen", "Strattera", "Atarax"])
    if kind == "by":
        return r.choice(TOWNS)[1]
    if kind == "antal":
        return str(r.randint(2, 28))
    if kind == "år":
        return str(r.randint(2023, 2026))
    raise KeyError(kind)

def fill(b, ctx, tpl):
    r = ctx.r
    pos = 0
    for m in TOK.finditer(tpl):
        b.t(tpl[pos:m.start()])
        role, form = m.group(1), m.group(2)
        pos = m.end()
        if role == "x":
            b.t(str(ctx.rowno) if form == "nr" else plain_fill(form, r))
            continue
        p = ctx.get(role)
        if form == "full":
            b.s("name", p.full())
        elif form == "first":
            b.s("name", p.first)
        elif form == "last":
            b.s("name", p.last)
        elif form == "lf":
            b.s("name", p.last + ", " + p.first)
        elif form == "caps":
            b.s("name", p.full().upper())
        elif form == "lastcaps":
            b.s("name", p.last.upper() + " " + p.first)
        elif form == "low":
            b.s("name", p.first.lower())
        elif form == "lowfull":
            b.s("name", p.full().lower())
        elif form == "nick":
            b.s("name", NICK.get(p.first, NICK.get(p.last, p.first[:3] if len(p.first) > 4 else p.first)))
        elif form == "ini":
            b.s("name", initials(p, r))
        elif form == "gen":
            n, tail = genitive(p.first)
            b.s("name", n); b.t(tail)
        elif form == "genfull":
            n, tail = genitive(p.full())
            b.s("name", n); b.t(tail)
        elif form == "any":
            x = r.random()
            if x < 0.55:
                b.s("name", p.first)
            elif x < 0.85:
                b.s("name", p.full())
            else:
                b.s("name", p.last)
        elif form == "phone":
            b.s("phone", r_phone(p, r))
        elif form == "dkphone":
            d = p.phone
            b.s("phone", r.choice([d, " ".join(d[i:i + 2] for i in range(0, 8, 2)), d[:4] + " " + d[4:]]))
        elif form == "sphone":
            b.s("phone", r_phone_spoken(p))
        elif form == "email":
            b.s("email", p.email)
        elif form == "semail":
            b.s("email", r_email_spoken(p))
        elif form == "dob":
            b.s("dob", r_dob(p, r))
        elif form == "sdob":
            b.s("dob", r_dob_spoken(p))
        elif form == "cpr":
            b.s("cpr", r_cpr(p, r))
        elif form == "addr":
            b.s("address", r_addr(p, r))
        elif form == "addrt":
            b.s("address", r_addr(p, r, town=True))
        elif form == "addr2":
            b.s("address", r_addr(p, r, lines=2, town=True))
        elif form == "street":
            b.s("address", p.street + " " + p.no)
        elif form == "town":
            b.t(p.town)
        else:
            raise KeyError(form)
    b.t(tpl[pos:])

# ------------------------------------------------------------------ genre content (planted)
# roles: c child, c2/c3 other children, sib sibling, m mother, f father, pm/pf foster parents,
# nm network foster mother, g grandparent, p2/p3 other parents, cw caseworker, tch teacher,
# led school head, psy crisis psychologist, pæd pedagogue/AKT, sund health visitor, sp scout leader,
# mus music teacher, bank bank adviser, v guardian, clerk journal clerk, tl team leader.
# table-row roles r/r2 (children) and ra/rb (adults) are fresh for every row.
PHONE_NOTES = [
    "Ved opkaldet læste {m:first} sit nummer op som {m:sphone}.",
    "Far stavede sin mail i telefonen: {f:semail}.",
    "Plejemor sagde fødselsdatoen som {c:sdob}, og den er rettet i systemet.",
    "Mor oplyste CPR-nummeret {c:cpr} i telefonen, og det er kontrolleret mod CPR-registret.",
    "Nyt nummer til {m:first}: {m:phone} (det gamle {m:dkphone} virker ikke længere).",
    "{f:full} ringede fra et skjult nummer og bad om at blive ringet op på {f:phone}.",
]

G = {}
G["mob"] = dict(
    titles=["Notat om mobning – {x:klasse}", "Handleplan efter skolens antimobbestrategi",
            "Klage til DCUM – udkast fra forældrene", "Elevudsagn om mobning",
            "Referat af samtale om trivsel og mobning", "Mobbesag – sagsnr. {x:sag}"],
    prose=[
        "{c:full} ({x:alder} år) går i {x:klasse} og fortæller, at {c2:full} og to andre fra klassen i flere uger har taget madpakken fra {c:first} i frikvarteret.",
        "Mor, {m:full}, ringede {x:dato} fra {m:phone} og oplyste, at {c:first} ikke vil i skole om morgenen.",
        "Ifølge {c:gen} eget udsagn foregår det mest i omklædningsrummet efter idræt og på vejen hjem til {c:addrt}.",
        "Klasselærer {tch:full} har talt med {c2:first} og med forælderen {p2:full}, som kan kontaktes på {p2:phone}.",
        "{c:first} er født {c:dob} og er et af de yngste børn i klassen.",
        "Skolens handleplan efter antimobbestrategien blev sendt til {m:email} den {x:dato}.",
        "I en besked på Aula skrev {c2:nick}: »ingen gider dig, {c:low}«.",
        "Skoleleder {led:full} (direkte {led:phone}) har ansvaret for, at handleplanen er klar inden ti arbejdsdage.",
        "Forældrene vil klage til DCUM, hvis der ikke sker noget inden {x:dato}; klagen sendes fra {f:email}.",
        "{m:first} oplyser, at familien flyttede fra {c:street} for et halvt år siden, og at drillerierne startede allerede dengang.",
        "AKT-vejleder {pæd:full} har haft tre samtaler med {c:first} i {x:lokale}.",
        "{c2:full}, født {c2:dob}, har selv været udsat for drillerier i sin tidligere klasse, oplyser {tch:last}.",
        "{c:gen} CPR-nummer ({c:cpr}) står kun i skolens interne elevjournal.",
        "Far, {f:full}, kan træffes på {f:phone} efter kl. 16.",
        "Et skærmbillede viser, at gruppechatten blev oprettet af {c3:full} og har {x:antal} medlemmer.",
        "{c3:gen} forældre, {p3:full} og hendes mand, er indkaldt til møde {x:dato} kl. {x:kl}.",
        "Mor oplyste {c:gen} CPR-nummer, {c:cpr}, da hun ringede.",
        "{c2:first} bor på {c2:addrt}, tæt på skolen.",
        "Storebror {sib:first} har set det ske ved cykelskuret og bekræfter {c:gen} forklaring.",
    ],
    kv=["Elev: {c:full}", "Født: {c:dob}", "CPR-nr.: {c:cpr}", "Klasse: {x:klasse}", "Adresse: {c:addrt}",
        "Mor: {m:full}, tlf. {m:phone}", "Far: {f:full}, {f:email}", "Klasselærer: {tch:full} ({tch:email})",
        "Involverede elever: {c2:full}, {c3:first}", "Sagsnr.: {x:sag}", "Handleplan udsendt: {x:dato}",
        "Kontakt til {c2:gen} hjem: {p2:full}, {p2:phone}"],
    table=("Klasseliste {x:klasse} – til brug for forældremøde om trivsel", "Elev | Født | Forælder | Telefon",
           ["{r:full} | {r:dob} | {ra:full} | {ra:phone}", "{r:lf} | {r:dob} | {ra:first} | {ra:phone}",
            "{r:full} | {r:dob} | {ra:full} | {ra:email}"]),
    msg=["Jeg skriver igen, fordi {c:first} kom grædende hjem i dag.",
         "Det er {c2:first} og {c3:first} fra parallelklassen, der står bag.",
         "Vi har talt med {tch:first} flere gange, men der sker ikke noget.",
         "I kan ringe til mig på {m:phone} eller til min mand på {f:phone}.",
         "Vores adresse er stadig {m:addrt}, hvis handleplanen skal sendes med posten.",
         "Hvis skolen ikke reagerer, klager vi til DCUM.",
         "{c:gen} storebror {sib:first} har set det ske på vejen hjem.",
         "Jeg vedhæfter skærmbilleder fra chatten, hvor {c2:low} skriver grimme ting.",
         "{c:first} er kun {x:alder} og fortjener at være tryg i skolen.",
         "Til jeres papirer: {c:first} er født {c:dob} og bor hos mig på {m:addr}."],
    senders=["m", "f"], subject=["Mobning af {c:first}", "Handleplan – {c:full}", "Klage over manglende handling"],
)
G["kri"] = dict(
    titles=["Kriseplan – alvorlig ulykke i {x:klasse}", "Telefonkæde ved krise", "Kriseberedskab: hvem gør hvad og hvornår",
            "Brev til forældrene i {x:klasse}", "Logbog – krisehåndtering", "Kriseplan aktiveret {x:dato}"],
    prose=[
        "Skolen fik {x:dato} kl. {x:kl} besked om, at {c:full} fra {x:klasse} var kommet alvorligt til skade i en trafikulykke.",
        "Skoleleder {led:full} aktiverede kriseplanen og ringede til krisepsykolog {psy:full} på {psy:phone}.",
        "Klasselærer {tch:first} orienterer klassen i første time, og {pæd:full} er med som ekstra voksen.",
        "Familien bor på {m:addrt}, og skolen har aftalt med mor, {m:first}, at der ikke sendes blomster til hjemmet.",
        "{c:full}, født {c:dob}, har gået på skolen siden børnehaveklassen.",
        "Krisepsykologen kan kontaktes direkte på {psy:email} frem til {x:dato}.",
        "Forældre, der er i tvivl, kan ringe til {tch:full} på {tch:phone}.",
        "Sundhedsplejerske {sund:full} tilbyder samtaler i {x:lokale} hver dag kl. {x:kl}.",
        "{c2:first} og {c3:first} var med ved ulykken og er fulgt op af psykolog; deres forældre, {p2:full} og {p3:full}, er orienteret.",
        "Mindestunden holdes i gymnastiksalen; {led:last} siger et par ord, og {c:gen} bedste ven {c2:full} har bedt om at tænde lyset.",
        "Henvendelser fra pressen går til {led:email}, og ingen andre udtaler sig.",
        "Familiens kontaktperson i kommunen er {cw:full}, tlf. {cw:phone}.",
        "Far, {f:full}, er indlagt sammen med {c:first} og kan ikke kontaktes før {x:kort}.",
        "Hospitalet bad om {c:gen} personnummer, {c:cpr}, som skolen gav videre efter aftale med {m:first}.",
        "Hilsner kan afleveres på skolens kontor og ikke på {m:addr}.",
        "Lillebror {sib:first} går i børnehaven, og personalet der er orienteret af {cw:first}.",
        "CPR-nummer {c:cpr} bruges kun, når hospitalet skal have oplysninger fra skolen.",
    ],
    kv=["Ansvarlig: {led:full}, {led:phone}", "Krisepsykolog: {psy:full}, {psy:phone}",
        "Klasselærer: {tch:full}, {tch:email}", "Kontakt til familien: {cw:full}",
        "Tilskadekomne elev: {c:caps}, f. {c:dob}", "Hjemmeadresse: {m:addrt}", "Mor: {m:full}, {m:phone}",
        "CPR (til hospitalet): {c:cpr}", "Ekstra voksen i klassen: {pæd:full}", "Næste opfølgning: {x:dato} kl. {x:kl}"],
    table=("Telefonkæde – kriseteamet", "Led | Navn | Mobil | Ringer videre til",
           ["1 | {ra:full} | {ra:phone} | {rb:full}", "2 | {ra:full} | {ra:phone} | {rb:first}",
            "3 | {ra:lf} | {ra:phone} | {rb:full}", "– | {ra:full} | {ra:phone} | (sidste led)"]),
    msg=["Kære forældre i {x:klasse}.",
         "Det er med stor sorg, at vi må fortælle, at {c:full} er kommet alvorligt til skade.",
         "Familien har givet lov til, at vi fortæller det.",
         "Hvis jeres barn har brug for at tale, kan I kontakte {tch:full} på {tch:phone} eller {tch:email}.",
         "Krisepsykolog {psy:full} er på skolen fra kl. {x:kl}.",
         "Send gerne en hilsen til familien via {cw:email}, ikke direkte til {m:addrt}.",
         "Vi ved, at mange kender {m:first} og {f:first} fra forældrerådet.",
         "Familien bor på {m:addrt}, men besøg aftales gennem {cw:first}."],
    senders=["led", "tch"], subject=["Kriseplan – orientering", "Ulykken i {x:klasse}", "Til forældrene"],
)
G["fri"] = dict(
    titles=["Tilmelding – spejdergruppen", "Musikskolen: tilmelding og samtykke", "Kulturpas {x:år}",
            "Lederens notater fra mødet", "Samtykkeerklæring – sommerlejr", "Deltagerliste, sommerlejr"],
    prose=[
        "{c:full} (f. {c:dob}) er tilmeldt ulvene og mødes hver tirsdag kl. {x:kl} i spejderhytten.",
        "Plejemor {pm:full} har givet samtykke til, at {c:first} må deltage i sommerlejren og sove i telt.",
        "Kulturpasset dækker kontingentet på {x:beløb} og er bevilget af {cw:full}, der kan kontaktes på {cw:phone}.",
        "Leder {sp:full} noterer, at {c:first} er glad for bålaftenerne men har svært ved at sove ude.",
        "Musiklærer {mus:full} underviser {c:first} i klaver i {x:lokale}; beskeder sendes til {mus:email}.",
        "Samtykke er indhentet fra {m:full}, {m:addrt}.",
        "Nødkontakt under lejren: {pf:full}, {pf:phone}.",
        "{c:first} må ikke fotograferes til gruppens side, oplyser {pm:first}.",
        "{c:first} tager {x:med} om aftenen, og {sp:first} har fået instruks.",
        "{pf:full} kører {c:first} og {c2:first} hjem søndag.",
        "Ansøgningen om kulturpas kom {x:dato} fra {pm:email}.",
        "Forsikringen kræver CPR-nummer på alle deltagere; for {c2:first} er det {c2:cpr}.",
        "Broren {sib:full}, født {sib:dob}, står på venteliste til guitar.",
        "{c2:gen} far, {p2:full}, er hjælper på lejren og kan træffes på {p2:phone}.",
        "Betaling for instrumentleje sker fra plejefamiliens adresse, {pm:addr}.",
        "Til forsikringen er {c:gen} CPR-nummer opgivet som {c:cpr}.",
    ],
    kv=["Barnets navn: {c:full}", "Fødselsdato: {c:dob}", "CPR: {c:cpr}", "Adresse: {c:addrt}",
        "Plejeforældre: {pm:full} og {pf:first}", "Telefon: {pm:phone}", "E-mail: {pm:email}",
        "Aktivitet: klaver, hold {x:antal}", "Kulturpas bevilget: ja, {x:beløb}", "Samtykke til billeder: nej",
        "Leder: {sp:full}, {sp:phone}"],
    table=("Deltagerliste, sommerlejr", "Deltager | Født | Kontaktperson | Tlf.",
           ["{r:full} | {r:dob} | {ra:full} | {ra:phone}", "{r:first} {r:last} | {r:dob} | {ra:full} | {ra:phone}",
            "{r:full} | {r:dob} | {ra:first} (plejemor) | {ra:phone}"]),
    msg=["Hej {sp:first}.", "{c:first} kan desværre ikke komme på lørdag, da der er samvær med far.",
         "Kan I ringe til mig på {pm:phone}, hvis der sker noget?",
         "Kontingentet betales via kulturpasset; sagsbehandleren {cw:full} har lovet at sende bevillingen.",
         "Jeg har sat kryds ved, at {c:first} må bade med svømmevest.",
         "Post til os skal stadig sendes til {pm:addrt}.",
         "{c:first} glæder sig helt vildt og har pakket siden i går.",
         "{c:gen} fødselsdato er {c:dob}, hvis I skal bruge den til forsikringen."],
    senders=["pm", "m"], subject=["Tilmelding {c:first}", "Lejren", "Kulturpas til {c:full}"],
)
G["fød"] = dict(
    titles=["Invitationsliste – fødselsdag i plejefamilien", "Svar på invitation", "Kørselsplan lørdag",
            "Gaveliste og aftaler", "Fødselsdag – aftaler med netværket", "Fødselsdag i netværksplejefamilien"],
    prose=[
        "{c:first} har fødselsdag og er født {c:dob}, så festen holdes weekenden efter.",
        "Plejemor {pm:full} inviterer klassen til fødselsdag på {pm:addrt} lørdag kl. {x:kl}.",
        "Mor, {m:full}, er inviteret efter aftale med {cw:full}, og samværet er overvåget.",
        "{c2:full} kommer; svaret kom fra {p2:phone}.",
        "Morfar {g:full} kører {c:first} og {c3:first} fra {g:addr}.",
        "Gaven fra far og farmor er et gavekort til Lego på {x:beløb}.",
        "{c3:gen} mor skriver, at {c3:first} ikke tåler nødder.",
        "Svar senest {x:kort} til {pm:first} på {pm:phone} eller {pm:email}.",
        "Netværksplejemor {nm:full} har bagt lagkagen.",
        "Far, {f:full}, må ikke kende plejefamiliens adresse, og festen holdes derfor i klubhuset.",
        "Plejefar {pf:first} henter {c2:first} på {p2:addrt} kl. {x:kl}.",
        "{c:gen} halvbror {sib:full} (født {sib:dob}) er også inviteret.",
        "Plejebarnets CPR-nummer, {c:cpr}, stod ved en fejl på invitationen og er streget ud.",
        "{c3:first} hentes på {p3:addrt} kl. {x:kl}.",
        "{p3:full} har sendt et afbud på sms fra {p3:phone}.",
        "{c:first} ønsker sig en cykelhjelm og bøger om dinosaurer, skriver {pm:last}.",
    ],
    kv=["Fødselar: {c:full}", "Født: {c:dob}", "Sted: {pm:addrt}", "Tid: lørdag kl. 14.00–17.00",
        "Svar til: {pm:full}, {pm:phone}", "Kørsel: {pf:first} henter {c2:first} og {c3:first}",
        "Biologisk mor: {m:full} (efter aftale med {cw:first})", "Allergier: {c3:first} – nødder",
        "Gaveønsker: bøger, Lego, cykelhjelm"],
    table=("Invitationsliste og svar", "Gæst | Svar | Forælder | Tlf. | Kørsel",
           ["{r:first} | ja | {ra:full} | {ra:phone} | {rb:first} kører", "{r:full} | nej | {ra:first} | {ra:phone} | –",
            "{r:first} | ja | {ra:full} | {ra:email} | henter selv", "{r:full} | måske | {ra:full} | {ra:phone} | plejefar"]),
    msg=["Hej {pm:first}!", "{c2:first} kommer meget gerne til {c:gen} fødselsdag.",
         "Kan vi hente {c2:first} kl. 17 på {pm:addr}?", "Mit nummer er {p2:phone}, hvis der er noget.",
         "Vi har købt en bog som gave, håber det er ok.", "Tak for invitationen, kh {p2:first}.",
         "Min mand {p3:first} kan køre tre børn, hvis der mangler plads.",
         "{c2:first} er født {c2:dob}, så {c2:first} er den yngste i klassen.",
         "Vi bor på {p2:addrt}, hvis I kommer forbi."],
    senders=["p2", "pm"], subject=["Fødselsdag lørdag", "Svar: invitation til {c:first}", "Kørsel"],
)
G["bank"] = dict(
    titles=["Børneopsparing – kontoudtog", "Brev fra banken", "Samtykke til oprettelse af børneopsparing",
            "Børne- og ungeydelse – udbetaling under anbringelse", "Værgemål – notat", "Kontoudtog og saldo"],
    prose=[
        "Børneopsparingen for {c:full}, CPR {c:cpr}, er oprettet med {m:full} som indskyder.",
        "Ifølge kontoudtoget pr. {x:dato} står der {x:beløb} på kontoen.",
        "Bankrådgiver {bank:full} ({bank:phone}, {bank:email}) bekræfter, at der ikke kan hæves før bindingsperiodens udløb.",
        "Børne- og ungeydelsen for {c:first} er efter anbringelsen omlagt, og plejemor {pm:full} har fået brev om det.",
        "Værge {v:full}, {v:addrt}, har fået kopi af udtoget.",
        "Far, {f:full}, født {f:dob}, har bedt om indsigt i kontoen.",
        "Mor skrev under på samtykket {x:dato}, og underskriften er kontrolleret af {cw:ini}.",
        "Banken sender fremover post til {pm:addrt}.",
        "{c:first} (født {c:dob}) har selv spurgt til de penge, morfar {g:full} satte ind.",
        "Mor kan kontaktes på {m:phone} om underskriften.",
        "Værgens CPR-nummer {v:cpr} er registreret på kontoen, og post sendes til {v:addr}.",
        "Ved oprettelsen blev {m:gen} CPR-nummer {m:cpr} brugt til legitimation.",
        "Indbetalingen fra {g:first} kom fra en konto i udlandet, og banken har bedt om dokumentation.",
        "Sagsbehandler {cw:full} har bedt banken sende kopi til {cw:email}.",
    ],
    kv=["Kontohaver: {c:caps}", "CPR-nr.: {c:cpr}", "Fødselsdato: {c:dob}", "Indskyder: {m:full}",
        "Adresse: {m:addrt}", "Rådgiver: {bank:full}, direkte {bank:phone}", "Saldo: {x:beløb}",
        "Bindingsperiode: til 18 år", "Værge: {v:full}, {v:email}", "Reg.nr.: 9570"],
    table=("Kontoudtog – børneopsparing", "Dato | Tekst | Beløb",
           ["{x:dato} | Indbetaling fra {ra:full} | {x:beløb}", "{x:dato} | Overførsel, {ra:lf} | {x:beløb}",
            "{x:dato} | Gave fra {ra:first} | {x:beløb}", "{x:dato} | Rente | {x:beløb}"]),
    msg=["Kære {m:first}.", "Vi mangler din underskrift på samtykket til {c:gen} børneopsparing.",
         "Du kan ringe til mig på {bank:phone} eller skrive til {bank:email}.",
         "Brevet er sendt til {m:addrt}, men kom retur.",
         "Hvis {f:first} også har forældremyndighed, skal han skrive under.",
         "Husk at medbringe legitimation, når du kommer i filialen.",
         "{c:first} er registreret hos os med fødselsdato {c:dob} og adressen {m:addr}."],
    senders=["bank"], subject=["Børneopsparing – underskrift mangler", "Kontoudtog for {c:first}", "Værgemål"],
)
G["ark"] = dict(
    titles=["Dokumentliste – sag {x:sag}", "Arkivudtræk", "Journaloversigt", "Journalisering – log",
            "Dokumentliste til aktindsigt", "Arkivudtræk ved sagens lukning"],
    prose=[
        "Arkivudtrækket omfatter sagen om {c:full}, født {c:dob}, CPR {c:cpr}, fra oprettelse til lukning.",
        "Dokumenterne er journaliseret af {clerk:full} ({clerk:ini}); spørgsmål kan rettes til {clerk:email}.",
        "Dok. {x:doknr} lå på en forkert sag og er flyttet efter aftale med {tl:full}.",
        "Aktindsigt er givet til far, {f:full}, {f:addrt}, den {x:dato}.",
        "Underretningen fra {tch:full} er modtaget {x:dato} og journaliseret samme dag.",
        "Mor, {m:lf}, har bedt om at få breve til ny adresse: {m:addr}.",
        "Telefonnotat: {m:first} ringede fra {m:phone} og spurgte til partshøringen.",
        "Plejefamiliens oplysninger ({pm:full}, {pm:phone}) er undtaget fra aktindsigten.",
        "Søskendesagen vedrørende {sib:full}, født {sib:dob}, er journaliseret for sig.",
        "Sagsbehandler {cw:full} har kvitteret for udtrækket.",
        "Mails fra {f:email} er journaliseret som indgående post.",
    ],
    kv=["Sag: {x:sag}", "Barn: {c:lastcaps}", "CPR: {c:cpr}", "Født: {c:dob}", "Sagsbehandler: {cw:full} / {cw:ini}",
        "Forældremyndighed: {m:full}", "Bopæl: {m:addrt}", "Kontakt: {m:phone}", "Antal dokumenter: {x:antal}",
        "Udtrukket af: {clerk:full}"],
    table=("Dokumentliste", "Dok.nr. | Dato | Titel | Afsender | Modtager",
           ["{x:doknr} | {x:dato} | Underretning fra skole | {ra:full} | {cw:full}",
            "{x:doknr} | {x:dato} | Underretning vedr. {c:caps} | {ra:full}, {ra:addrt} | {cw:ini}",
            "{x:doknr} | {x:dato} | Partshøring, brev til mor | {cw:ini} | {m:full}, {m:addr}",
            "{x:doknr} | {x:dato} | Mail fra far | {f:email} | {cw:email}",
            "{x:doknr} | {x:dato} | Børnefaglig undersøgelse | {cw:full} | sagen",
            "{x:doknr} | {x:dato} | Referat af netværksmøde | {tl:full} | {m:first}, {f:first}, {pm:first}",
            "{x:doknr} | {x:dato} | Telefonnotat, opkald fra {ra:phone} | {cw:ini} | –",
            "{x:doknr} | {x:dato} | Kopi af sundhedskort, {c:cpr} | Borgerservice | {cw:ini}",
            "{x:doknr} | {x:dato} | Fødselsattest ({c:dob}) | {m:full} | {cw:ini}",
            "{x:doknr} | {x:dato} | Brev om samvær | {cw:ini} | {f:full}, {f:addrt}"]),
    msg=["Hej {clerk:first}.", "Kan du journalisere vedhæftede mail fra {m:full} på sagen?",
         "Hun skriver fra {m:email} og har nyt nummer: {m:phone}.",
         "Dokumentet om {c:first} ({c:dob}) ligger forkert.", "Ny adresse til mor: {m:addrt}.", "Tak, {cw:ini}"],
    senders=["cw"], subject=["Journalisering", "Fejljournaliseret dokument", "Arkivudtræk til {tl:first}"],
)
GENRES = ["mob", "kri", "fri", "fød", "bank", "ark"]
FORMATS = ["prose", "kv", "list", "table", "mail", "sms", "letter", "log"]

# ------------------------------------------------------------------ clean content (roles only)
COMMON_CLEAN = [
    "Ved akut fare ringes 112; politiets almindelige nummer er 114.",
    "Lægevagten har nummeret 1813 i Region Hovedstaden og 70 11 31 31 i Region Midtjylland.",
    "Børn kan ringe anonymt til Børnetelefonen på 116 111.",
    "Forældre kan få råd hos Forældretelefonen på 35 55 55 59.",
    "Rådhusets hovednummer er 89 40 20 00, og Borgerservice har 87 70 00 00.",
    "Familierådgivningen kan kontaktes på hovednummeret 72 33 00 00 på hverdage kl. 9–14.",
    "Sagen behandles efter Barnets lov {x:lov}.",
    "Afgørelsen er truffet efter Barnets lov {x:lov}, og klagefristen er fire uger.",
    "Underretningen blev vurderet inden for 24 timer, jf. Barnets lov § 136.",
    "Mødet er flyttet til {x:dato} kl. {x:kl} i {x:lokale}.",
    "Efter en storm i maj var der lukket i skoven bag skolen i en uge.",
    "Glad og træt kom barnet hjem, fortæller plejemor.",
    "Have og legeplads bruges kun, når en voksen er ude.",
    "Mødestedet er ved Banegårdspladsen i {x:by}.",
    "Barnet har diagnosen {x:icd} og får {x:med} efter aftale med egen læge.",
    "Fakturaen sendes til EAN 5798000412339; leverandørens CVR-nr. er 29 84 57 12.",
    "Skolesekretariatet træffes på 96 84 60 00 i åbningstiden.",
    "Hvis der er sol, går gruppen til stranden i stedet.",
    "Ankestyrelsen kan behandle en klage, hvis kommunen fastholder afgørelsen.",
    "Sagsnummeret er {x:sag}, og der henvises til det ved alle henvendelser.",
    "Vinterferien ligger i uge 7, og der er ingen aktiviteter den uge.",
    "Lykken var stor, da holdet vandt stævnet i {x:by}.",
    "På hjørnet af Vestergade og Algade ligger biblioteket, hvor lektiecaféen holdes.",
]
C = {}
C["mob"] = dict(
    titles=["Notat om mobning – {x:klasse}", "Handleplan efter skolens antimobbestrategi", "Elevudsagn (anonymiseret)",
            "Klage til DCUM – vejledning til forældre", "Referat af trivselsmøde"],
    prose=[
        "Barn A ({x:alder} år) i {x:klasse} fortæller, at to drenge fra parallelklassen gentagne gange har gemt skoletasken.",
        "Mor ringede til skolen {x:dato} og fortalte, at barnet har ondt i maven hver morgen.",
        "Skolens antimobbestrategi blev revideret {x:dato}, og handleplanen skal foreligge senest ti arbejdsdage efter, at skolen er blevet opmærksom på problemet.",
        "Klasselæreren har holdt trivselsmøde med klassen og taget emnet op i klassens tid.",
        "Forældrene kan klage til DCUM, hvis de er utilfredse med skolens handleplan.",
        "AKT-vejlederen har samtaler med barnet i {x:lokale} hver onsdag kl. {x:kl}.",
        "I klassens chat blev der delt et billede, som nu er slettet.",
        "Skolelederen vurderer, at der ikke er grundlag for en underretning, men følger op om fire uger.",
        "Pige, 10 år: »De siger, jeg lugter, og ingen vil sidde ved siden af mig.«",
        "Far oplyser, at familien har været glad for skolen indtil efteråret.",
        "Trivselsmålingen viste, at {x:antal} elever i klassen føler sig ensomme af og til.",
        "Barn B (12 år) har selv været udsat for drillerier i sin tidligere klasse.",
        "Handleplanen beskriver, hvem der gør hvad: klasselæreren holder øje i frikvartererne, og skolepædagogen følger barnet til bussen.",
        "Forældrene er inviteret til møde på skolen {x:dato} kl. {x:kl}.",
        "Dreng, 11 år: »Det er mest i omklædningsrummet, når de voksne ikke er der.«",
        "Klassen har fået nye pladser, og der er lavet faste legegrupper i spisefrikvarteret.",
        "Skolen har endnu ikke modtaget en klage, men forældrene er vejledt om fristen.",
        "Sundhedsplejersken har talt med barnet om søvn og mavepine.",
        "Mobningen ser ud til at være aftaget efter tre uger, men der følges op igen før jul.",
    ],
    kv=["Elev: Barn A ({x:alder} år)", "Klasse: {x:klasse}", "Sagsnr.: {x:sag}", "Handleplan udsendt: {x:dato}",
        "Ansvarlig: skolelederen", "Involverede: tre elever fra samme årgang", "Klageadgang: DCUM",
        "Næste opfølgning: {x:dato} kl. {x:kl}"],
    table=("Klasseliste {x:klasse} (anonymiseret)", "Elev | Alder | Trivsel (1–5) | Bemærkning",
           ["Elev {x:nr} | {x:alder} år | 4 | ingen bemærkninger", "Elev {x:nr} | {x:alder} år | 2 | samtale med AKT",
            "Elev {x:nr} | {x:alder} år | 3 | ny i klassen", "Elev {x:nr} | {x:alder} år | 5 | –"]),
    msg=["Jeg skriver igen, fordi vores søn kom grædende hjem i dag.", "Det er nogle drenge fra parallelklassen, der står bag.",
         "Vi har talt med klasselæreren flere gange.", "Hvis skolen ikke reagerer, klager vi til DCUM.",
         "Jeg vedhæfter skærmbilleder fra chatten.", "Han er kun {x:alder} år og skal kunne føle sig tryg."],
    sender=["Mor til Barn A", "Far til eleven"], subject=["Mobning i {x:klasse}", "Handleplan"],
)
C["kri"] = dict(
    titles=["Kriseplan – dødsfald i {x:klasse}", "Telefonkæde ved krise (funktioner)", "Kriseberedskab: hvem gør hvad",
            "Brev til forældrene i {x:klasse}", "Logbog – krisehåndtering"],
    prose=[
        "Skolen blev {x:dato} kl. {x:kl} orienteret om, at en elev fra {x:klasse} var død efter en ulykke.",
        "Skolelederen aktiverede kriseplanen, og kriseteamet mødtes i {x:lokale} en halv time senere.",
        "Krisepsykologen fra PPR var på skolen fra kl. {x:kl}.",
        "Klasselæreren fortalte klassen det i første time med en ekstra voksen til stede.",
        "Familien har ønsket, at der ikke sendes blomster til hjemmet.",
        "Forældrene i klassen fik brev via Aula samme eftermiddag.",
        "Mindestunden holdes fredag kl. {x:kl} i gymnastiksalen; der tændes et lys, og klassen synger.",
        "Søskende på skolen får tilbud om samtale med sundhedsplejersken.",
        "Viser et barn tegn på længerevarende reaktioner, kontaktes egen læge.",
        "Telefonkæden testes hvert år i august.",
        "Pressen henvises til kommunens kommunikationsafdeling.",
        "Kriseteamet består af skolelederen, en lærer fra årgangen, AKT-vejlederen og sundhedsplejersken.",
        "Inden for det første døgn skal alle lærere i årgangen være orienteret.",
        "Der sættes et billede og et lys frem i klassen, hvis familien ønsker det.",
        "Busselskabet og SFO'en er orienteret, så alle voksne ved, hvad der er sket.",
        "Klassen får lov at skrive breve til familien, som skolelederen afleverer.",
        "Efter to uger evaluerer kriseteamet, og planen justeres.",
        "Børn, der var vidner til ulykken, får tilbud om samtaler hos krisepsykologen.",
    ],
    kv=["Ansvarlig: skolelederen", "Krisepsykolog: PPR, via hovednummeret", "Klasselærer: orienterer klassen i 1. time",
        "Kontakt til familien: kun skolelederen", "Mindestund: {x:dato} kl. {x:kl}", "Lokale: {x:lokale}",
        "Opfølgning: {x:dato}"],
    table=("Telefonkæde (funktioner)", "Led | Funktion | Nummer | Ringer videre til",
           ["{x:nr} | skoleleder | 96 84 60 00 | viceskoleleder", "{x:nr} | viceskoleleder | hovednummer | klasselærer",
            "{x:nr} | klasselærer | via skolen | pædagog i klassen", "{x:nr} | sundhedsplejerske | 72 33 00 00 | PPR"]),
    msg=["Kære forældre i {x:klasse}.", "Det er med stor sorg, at vi må fortælle, at en elev fra klassen er død.",
         "Familien har givet lov til, at vi fortæller det.", "Krisepsykologen er på skolen fra kl. {x:kl}.",
         "Tal gerne med jeres barn i aften, og kontakt skolen, hvis I er bekymrede."],
    sender=["Skolelederen", "Klasselæreren i {x:klasse}"], subject=["Orientering", "Kriseplan"],
)
C["fri"] = dict(
    titles=["Tilmelding – spejdergruppen", "Musikskolen: tilmelding og samtykke", "Kulturpas {x:år}",
            "Lederens notater", "Samtykkeerklæring – sommerlejr"],
    prose=[
        "Barn A ({x:alder} år) er tilmeldt ulvene og mødes hver tirsdag kl. {x:kl} i spejderhytten ved skoven.",
        "Plejemor har givet skriftligt samtykke til sommerlejren.",
        "Kulturpasset dækker kontingent op til {x:beløb} om året efter kommunens retningslinjer.",
        "Musikskolen tilbyder klaver, guitar og trommer, og undervisningen foregår i {x:lokale}.",
        "Lederen noterer, at barnet er glad for bålaftenerne men har svært ved at falde i søvn i teltet.",
        "Barnet tager {x:med} om aftenen, og lederen har fået skriftlig instruks.",
        "Det Danske Spejderkorps og KFUM-Spejderne har begge grupper i kommunen.",
        "Billeder af barnet må ikke lægges på gruppens side.",
        "Ansøgningen om kulturpas blev bevilget {x:dato} (sagsnr. {x:sag}).",
        "Plejefar kører barnet hjem søndag efter lejren.",
        "Søsteren står på venteliste til guitar.",
        "Mødestedet for lejren er ved spejderhytten fredag kl. {x:kl}.",
        "Lederne har førstehjælpskursus og børneattest, som gruppen har indhentet.",
        "Barnet har fået et lånt instrument fra musikskolen for {x:beløb} i leje pr. semester.",
        "Koncerten før sommerferien holdes i kulturhusets sal.",
        "Plejefamilien skal give besked, hvis barnet holder pause fra holdet.",
        "Kulturpasset kan også bruges til biografbilletter og entré på museer.",
        "Gruppen mødes i skoven hele vinteren, også når det regner.",
    ],
    kv=["Barn: Barn A ({x:alder} år)", "Aktivitet: spejder, ulvene", "Mødetid: tirsdag kl. {x:kl}",
        "Kulturpas: bevilget, {x:beløb}", "Samtykke til billeder: nej", "Samtykke givet af: plejemor",
        "Medicin: {x:med}"],
    table=("Deltagerliste (anonymiseret)", "Deltager | Alder | Samtykke | Bemærkning",
           ["Deltager {x:nr} | {x:alder} år | ja | –", "Deltager {x:nr} | {x:alder} år | ja | tager {x:med}",
            "Deltager {x:nr} | {x:alder} år | mangler | plejemor kontaktet", "Deltager {x:nr} | {x:alder} år | ja | vegetar"]),
    msg=["Hej lederen.", "Barnet kan desværre ikke komme på lørdag, da der er samvær.",
         "Kontingentet betales via kulturpasset.", "Jeg har sat kryds ved, at barnet må bade med svømmevest.",
         "Barnet glæder sig meget og har pakket siden i går."],
    sender=["Plejemor", "Mor til deltager"], subject=["Tilmelding", "Lejren"],
)
C["fød"] = dict(
    titles=["Invitationsliste – fødselsdag i plejefamilien", "Svar på invitation", "Kørselsplan lørdag", "Gaveliste og aftaler"],
    prose=[
        "Barn A fylder {x:alder} år, og plejefamilien holder fødselsdag lørdag kl. {x:kl}.",
        "Hele klassen er inviteret, og invitationen er delt på Aula.",
        "Biologisk mor deltager en time efter aftale med sagsbehandleren, og samværet er overvåget.",
        "Plejefar kører tre børn, og morfar kører resten.",
        "Et barn fra klassen tåler ikke nødder, så kagen laves uden.",
        "Gaveloftet er aftalt til {x:beløb} pr. barn.",
        "Festen holdes i haven, hvis vejret er godt, og ellers i klubhuset.",
        "Barnet ønsker sig en cykelhjelm og bøger om dinosaurer.",
        "Far må ikke kende plejefamiliens adresse, og der sendes derfor ingen invitation til ham.",
        "Svar senest {x:kort} til plejemor.",
        "Hvis der er sol, går vi til stranden bagefter.",
        "Sagsbehandleren har godkendt, at halvsøskende inviteres, og at samværet holdes i plejefamiliens have.",
        "Der er pølsehorn, frugt og boller, og kagen er en lagkage med jordbær.",
        "Plejemor har aftalt med klasselæreren, at invitationerne ikke deles ud i klassen.",
        "Børnene afleveres kl. 14 og hentes kl. 17.",
        "Efter festen skriver plejemor et kort notat til sagsbehandleren om samværet.",
        "Morfar giver en cykel, som plejefar har samlet.",
        "Glad og træt faldt fødselaren i søvn lige efter aftensmaden.",
    ],
    kv=["Fødselar: Barn A ({x:alder} år)", "Sted: plejefamiliens hjem", "Tid: lørdag kl. 14.00–17.00",
        "Svar til: plejemor via Aula", "Kørsel: plejefar og morfar", "Allergier: et barn – nødder", "Gaveloft: {x:beløb}"],
    table=("Invitationsliste (anonymiseret)", "Gæst | Svar | Kørsel",
           ["Pige fra klassen | ja | plejefar", "Dreng fra klassen | nej | –", "Barn fra spejder | ja | henter selv",
            "Halvbror ({x:alder} år) | ja | morfar"]),
    msg=["Hej plejemor!", "Vores datter kommer meget gerne.", "Kan vi hente kl. 17?",
         "Vi har købt en bog som gave, håber det er ok.", "Tak for invitationen."],
    sender=["Forælder i klassen", "Plejemor"], subject=["Fødselsdag lørdag", "Kørsel"],
)
C["bank"] = dict(
    titles=["Børneopsparing – kontoudtog", "Brev fra banken", "Samtykke til børneopsparing",
            "Børne- og ungeydelse under anbringelse", "Værgemål – notat"],
    prose=[
        "Børneopsparingen er oprettet i barnets navn med mor som indskyder.",
        "Saldoen pr. {x:dato} er {x:beløb}.",
        "Der kan indbetales op til 6.000 kr. om året på en børneopsparing.",
        "Børne- og ungeydelsen udbetales kvartalsvis af Udbetaling Danmark.",
        "Under anbringelsen er ydelsen stoppet for forældrene.",
        "Værgen har fået kopi af kontoudtoget.",
        "Banken har bedt om dokumentation for forældremyndigheden.",
        "Spørgsmål om ydelsen kan rettes til Udbetaling Danmark på 70 12 80 63.",
        "Mor har underskrevet samtykket {x:dato}.",
        "Bindingsperioden udløber, når barnet fylder 18 år.",
        "Rådgiveren i filialen har bekræftet, at der ikke er hævet penge.",
        "En børneopsparing kan højst indeholde 72.000 kr. i indskud i alt.",
        "Banken har sendt et nyt samtykke, fordi det første manglede fars underskrift.",
        "Renten tilskrives en gang om året.",
        "Værgen skal godkende, hvis pengene skal flyttes til en anden bank.",
        "Kontoudtoget sendes to gange om året til forældremyndighedsindehaveren.",
        "Familieretshuset har beskikket værgen.",
        "Ydelsen er på {x:beløb} pr. kvartal for en 10-årig, oplyser rådgiveren.",
    ],
    kv=["Kontohaver: barnet (Barn A, {x:alder} år)", "Indskyder: mor", "Saldo: {x:beløb}", "Reg.nr.: 9570",
        "Bindingsperiode: til 18 år", "Værge: beskikket af Familieretshuset", "Sagsnr.: {x:sag}"],
    table=("Kontoudtog (anonymiseret)", "Dato | Tekst | Beløb",
           ["{x:dato} | Indbetaling | {x:beløb}", "{x:dato} | Rente | {x:beløb}", "{x:dato} | Gave fra morfar | {x:beløb}",
            "{x:dato} | Gebyr | {x:beløb}"]),
    msg=["Kære forælder.", "Vi mangler din underskrift på samtykket til børneopsparingen.",
         "Husk at medbringe legitimation, når du kommer i filialen.", "Brevet kom retur fra den gamle adresse."],
    sender=["Banken, privatrådgivning"], subject=["Børneopsparing", "Underskrift mangler"],
)
C["ark"] = dict(
    titles=["Dokumentliste – sag {x:sag}", "Arkivudtræk", "Journaloversigt", "Journalisering – log"],
    prose=[
        "Arkivudtrækket omfatter {x:antal} dokumenter fra sagens oprettelse til lukning.",
        "Sagen er journaliseret under {x:sag}.",
        "Dok. {x:doknr} lå på en forkert sag og er flyttet.",
        "Aktindsigt er givet {x:dato}, og oplysninger om plejefamilien er undtaget.",
        "Dokumentlisten sendes til forældrene med almindelig post.",
        "Journalisering skal ske senest tre arbejdsdage efter modtagelsen efter afdelingens egen praksis.",
        "Underretningen fra skolen er modtaget {x:dato} og journaliseret samme dag.",
        "Telefonnotat: mor ringede og spurgte til partshøringen.",
        "Søskendesagen er journaliseret for sig.",
        "Dokumenter med oplysninger om plejefamiliens bopæl er markeret fortrolige.",
        "Sagen har {x:antal} akter, hvoraf to er lægeerklæringer.",
        "Journalnotater skal skrives, så en kollega kan overtage sagen uden at spørge.",
        "Arkivudtrækket er afleveret til teamlederen til ledelsestilsyn.",
        "Referatet fra netværksmødet {x:dato} er journaliseret som internt dokument.",
        "Et dokument er journaliseret to gange og er slettet på den ene sag.",
        "Aktindsigten omfatter ikke interne arbejdsdokumenter.",
    ],
    kv=["Sag: {x:sag}", "Barn: Barn A ({x:alder} år)", "Sagsbehandler: myndighedsrådgiver, team 2",
        "Forældremyndighed: mor", "Antal dokumenter: {x:antal}", "Udtrukket: {x:dato}"],
    table=("Dokumentliste", "Dok.nr. | Dato | Titel | Afsender | Modtager",
           ["{x:doknr} | {x:dato} | Underretning fra skole | skolelederen | sagsbehandleren",
            "{x:doknr} | {x:dato} | Partshøring | sagsbehandleren | mor",
            "{x:doknr} | {x:dato} | Børnefaglig undersøgelse, {x:lov} | sagsbehandleren | sagen",
            "{x:doknr} | {x:dato} | Referat af netværksmøde | teamlederen | forældre og plejefamilie",
            "{x:doknr} | {x:dato} | Lægeerklæring ({x:icd}) | egen læge | sagsbehandleren"]),
    msg=["Hej journalisering.", "Kan I journalisere vedhæftede mail fra mor på sagen?", "Dokumentet ligger forkert.", "Tak."],
    sender=["Sagsbehandleren"], subject=["Journalisering", "Fejljournaliseret dokument"],
)

# ------------------------------------------------------------------ institutions
INST_NAMES = ["Friskolen ved Fjorden", "Børnehuset Mælkebøtten", "Opholdsstedet Granly", "Spejdergruppen Ravnene",
              "Egholm Efterskole", "Den Private Vuggestue Troldebo", "Bosted Kastanjegården", "Familieplejen Vestjylland",
              "Lilleskolen i Bakkedal", "Musikforeningen Klangen", "Fritidsklubben Ankeret", "Døgninstitutionen Solgården",
              "Sankt Clemens Skole", "Plejefamilieforeningen Rødder og Vinger", "Børnehaven Skovtrolden",
              "Idrætsefterskolen Vestkysten", "Opholdsstedet Havblik", "Al-Salam Friskole", "Rudolf Steiner-skolen Lyngbakken",
              "Naturbørnehaven Mosekonerne", "Ungdomspensionen Trappen", "Dagplejeforeningen Bikuben",
              "Bokseklubben Jernnæven", "Efterskolen Kildebakken", "Familiehuset Ankerpladsen"]
INST_TPL = [
    "Barn A har gået i {I} siden august og trives efter skolens vurdering godt.",
    "Anbringelsen sker på {I}, som har plads fra næste måned; afgørelsen træffes efter Barnets lov § 46.",
    "Plejefamilien er godkendt og får supervision gennem {I}.",
    "Efter sommerferien skifter den unge til {I}, og kulturpasset dækker kontingentet i {J}.",
    "Skolelederen fra {I} deltager i netværksmødet sammen med pædagogen fra {J}.",
    "Underretningen kom fra {I}, hvor barnet har gået i to år.",
    "Søskende er visiteret til {I}; den ældste bliver på {J}.",
    "Kommunen har indgået aftale med {I} om aflastning hver anden weekend.",
    "Den unge ønsker at komme på {I} og har været til rundvisning med plejemor.",
    "Barnet går til trommer i {I} og har fået fritidspas til {J}.",
    "Kontaktpædagogen på {I} ringede og fortalte om en episode i weekenden.",
    "Bevillingen dækker ophold på {I} frem til sommerferien.",
    "Spejderlejren arrangeres af {I} i samarbejde med {J}.",
    "Efter skoletid går barnet i {I}, hvor personalet kender handleplanen.",
    "Plejefamilien er ansat gennem {I}, der også står for kurser.",
    "Personalet på {I} har dokumenteret fraværet, og {J} har bekræftet oplysningerne.",
]

# ------------------------------------------------------------------ assembly
BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}
ROW_ROLES = ("r", "r2", "ra", "rb")

def add_items(b, ctx, items, target, foot_words, prefix="", sep=" ", para=0, row=False, logtime=False, sigfn=None):
    r = ctx.r
    order = items[:]
    r.shuffle(order)
    i = 0
    n = 0
    while b.words() + foot_words < target:
        if i >= len(order):
            if not row:
                break
            i = 0
        tpl = order[i]
        i += 1
        if row:
            ctx.reset(*ROW_ROLES)
            ctx.rowno += 1
            tpl = r.choice(items)
        if n > 0:
            b.t("\n\n" if (para and n % para == 0) else sep)
        elif prefix == "" and sep == " ":
            pass
        if logtime:
            fill(b, ctx, "{x:dato} kl. {x:kl2} – ")
        b.t(prefix)
        fill(b, ctx, tpl)
        if sigfn:
            sigfn(b)
        n += 1
    return n

def wc(s):
    return len(s.split())

def build(genre, fmt, band, clean, r):
    ctx = Ctx(r)
    lo, hi = BANDS[band]
    target = r.randint(lo + 4, hi - {"short": 12, "medium": 25, "long": 105}[band])
    b = B()
    P = C[genre] if clean else G[genre]
    title = r.choice(P["titles"])
    extra = COMMON_CLEAN if clean else PHONE_NOTES
    prose = P["prose"] + (r.sample(extra, 4) if clean else (r.sample(extra, 1) if r.random() < 0.5 else []) + r.sample(COMMON_CLEAN, 4))
    fb = B()  # footer
    if fmt == "prose":
        fill(b, ctx, title + "\n\n")
        if not clean and r.random() < 0.5:
            fill(fb, ctx, r.choice(["\n\n{cw:full}, sagsbehandler", "\n\n/{cw:ini}", "\n\nNotat skrevet af {tch:full}",
                                    "\n\n– {cw:first}"]))
        elif clean:
            fill(fb, ctx, r.choice(["\n\n/sagsbehandleren", "\n\nNotat skrevet af klasselæreren", ""]))
        add_items(b, ctx, prose, target, fb.words(), para=r.choice([3, 4, 0]))
    elif fmt == "kv":
        fill(b, ctx, title + "\n")
        kv = P["kv"][:]
        k = r.randint(max(3, len(kv) - 4), len(kv))
        for line in kv[:k]:
            fill(b, ctx, line + "\n")
            if b.words() > hi - 15:
                break
        if b.words() < target:
            b.t("\nBemærkninger: ")
            add_items(b, ctx, prose, target, 0)
    elif fmt == "list":
        fill(b, ctx, title + "\n")
        add_items(b, ctx, prose, target, 0, prefix=r.choice(["- ", "• ", "* "]), sep="\n")
    elif fmt == "table":
        ttl, head, rows = P["table"]
        sep = r.choice([" | ", "\t", " ; "])
        fill(b, ctx, ttl + "\n" + head.replace(" | ", sep) + "\n")
        rows2 = [x.replace(" | ", sep) for x in rows]
        add_items(b, ctx, rows2, target, 0, sep="\n", row=True)
        if b.words() < lo:
            b.t("\n\n")
            add_items(b, ctx, prose, lo + 5, 0)
    elif fmt == "mail":
        if clean:
            fill(b, ctx, "Fra: " + r.choice(P["sender"]) + "\nTil: Myndighedsafdelingen, Børn og Unge\nSendt: {x:dato} {x:kl2}\nEmne: " + r.choice(P["subject"]) + "\n\n")
            fill(fb, ctx, "\n\nVenlig hilsen\n" + r.choice(P["sender"]))
        else:
            snd = r.choice(P["senders"])
            rcv = "cw" if snd != "cw" else "clerk"
            fill(b, ctx, "Fra: {%s:full} <{%s:email}>\nTil: {%s:email}\nSendt: {x:dato} {x:kl2}\nEmne: " % (snd, snd, rcv) + r.choice(P["subject"]) + "\n\nHej {%s:first}\n\n" % rcv)
            fill(fb, ctx, r.choice(["\n\nVenlig hilsen\n{%s:first}" % snd, "\n\nMvh {%s:full}\n{%s:phone}" % (snd, snd),
                                    "\n\nHilsen\n{%s:ini}" % snd]))
        add_items(b, ctx, P["msg"] + prose, target, fb.words())
    elif fmt == "sms":
        fill(b, ctx, r.choice(["Kopieret fra sms-tråd:\n", "Beskeder (Aula) indsat i journalen:\n", "Skærmbillede afskrevet:\n"]))
        spk = ["Plejemor", "Mor", "Sagsbehandleren"] if clean else None
        order = P["msg"][:]
        r.shuffle(order)
        greet = [x for x in order if x.startswith(("Hej", "Kære"))]
        order = greet[:1] + [x for x in order if x not in greet]
        i = 0
        while b.words() < target and i < len(order):
            who = r.choice(spk) if clean else "{%s:%s}" % (r.choice(P["senders"] + ["cw"]), r.choice(["first", "first", "low", "full"]))
            fill(b, ctx, "[{x:kort} {x:kl2}] " + who + ": " + order[i % len(order)] + "\n")
            i += 1
        if b.words() < target:
            b.t(r.choice(["\nNotat til journalen: ", "\nSagsbehandlerens bemærkning: ", "\nOpfølgning: "]))
            add_items(b, ctx, prose, target, 0)
    elif fmt == "letter":
        if clean:
            fill(b, ctx, "Til forældremyndighedsindehaverne\n(adresse jf. CPR-registret)\n\n{x:by}, {x:dato}\n\nVedr.: " + title + "\n\nKære forældre\n\n")
            fill(fb, ctx, "\n\nMed venlig hilsen\n\nMyndighedsafdelingen, Børn og Unge\nTlf. 72 33 00 00 (hovednummer)")
        else:
            to = r.choice(["m", "f", "pm"])
            fill(b, ctx, "{%s:full}\n{%s:addr2}\n\n{x:by}, {x:dato}\n\nVedr.: " % (to, to) + title + "\n\nKære {%s:first}\n\n" % to)
            sig = {"mob": r.choice(["led", "tch"]), "kri": "led", "fri": r.choice(["sp", "mus", "cw"]), "fød": "cw",
                   "bank": r.choice(["bank", "cw"]), "ark": r.choice(["cw", "clerk"])}[genre]
            fill(fb, ctx, "\n\nMed venlig hilsen\n\n{%s:full}\n" % sig + {"cw": "Sagsbehandler", "led": "Skoleleder",
                 "bank": "Rådgiver, privatkunder", "tch": "Klasselærer", "sp": "Gruppeleder", "mus": "Musiklærer",
                 "clerk": "Journalfunktionen"}[sig] +
                 "\nDirekte tlf. {%s:phone}\n{%s:email}" % (sig, sig))
        add_items(b, ctx, prose, target, fb.words(), para=3)
    elif fmt == "log":
        fill(b, ctx, title + " – log\n")
        if clean:
            add_items(b, ctx, prose, target, 0, sep="\n", logtime=True, sigfn=lambda bb: bb.t(r.choice(["", " /sagsbehandleren", " /SB"])))
        else:
            add_items(b, ctx, prose, target, 0, sep="\n", logtime=True,
                      sigfn=lambda bb: fill(bb, ctx, r.choice(["", " /{cw:ini}", " ({cw:first})", ""])))
    for part in fb.parts:
        b.parts.append(part)
    return b

def normalise(b):
    """merge plain parts, strip trailing whitespace of the whole text"""
    parts = []
    for s, k in b.parts:
        if k is None and parts and parts[-1][1] is None:
            parts[-1] = ((parts[-1][0] + s).replace("kr..", "kr."), None)
        else:
            parts.append((s, k))
    if parts and parts[-1][1] is None:
        parts[-1] = (parts[-1][0].rstrip(), None)
    if parts and parts[0][1] is None:
        parts[0] = (parts[0][0].lstrip(), None)
    b.parts = [p for p in parts if p[0]]
    return b

# ------------------------------------------------------------------ checks
POOL_NAMES = sorted(dict.fromkeys([n for n, _ in FIRST] + SUR_DK + SUR_WORLD), key=lambda x: (-len(x), x))
POOL_FORMS = []
for _n in POOL_NAMES:
    POOL_FORMS.append(_n)
    if _n.upper() != _n:
        POOL_FORMS.append(_n.upper())
POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in POOL_FORMS) + r")(?!\w)")
PHONE_RE = re.compile(r"(?<![\d+])(?:(?:\+|00)\d{2,3} ?)?(?:\d{8}|\d{2}([ .-])\d{2}\1\d{2}\1\d{2}|\d{4}[ .-]\d{4})(?!\d)")
CPR_RE = re.compile(r"(?<!\d)(?:\d{6} ?[-–]? ?\d{4}|\d{2}[. ]\d{2}[. ]\d{2} ?[-–]? ?\d{4}|\d{6}-\d{2} \d{2})(?!\d)")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in sorted(STREETS, key=len, reverse=True)) + r")\s+\d")
BORN_RE = re.compile(r"(?<!\w)(?:født|f\.|fødselsdato:?)\s*(\d)", re.I)
ALLOWED = {"planted": {"name", "phone", "email", "address", "dob", "cpr"}, "clean": set(), "inst": {"institution"}}

def inside(spans, s, e, kind=None):
    return any(sp["start"] <= s and e <= sp["end"] and (kind is None or sp["kind"] == kind) for sp in spans)

def check(rec, which, band=None, planted_texts=None):
    t, spans = rec["text"], rec["planted"]
    errs = []
    prev = -1
    for sp in spans:
        if t[sp["start"]:sp["end"]] != sp["text"]:
            errs.append("offset")
        if sp["start"] < prev:
            errs.append("overlap/sort")
        prev = sp["end"]
        if sp["text"] != sp["text"].strip() or not sp["text"]:
            errs.append("ws")
        if sp["kind"] not in ALLOWED[which]:
            errs.append("kind")
    n = wc(t)
    lo, hi = (12, 40) if which == "inst" else BANDS[band]
    if not lo <= n <= hi:
        errs.append(f"band {n} not in {lo}-{hi}")
    for sp in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(sp["text"]) + r"(?!\w)", t):
            if not inside(spans, m.start(), m.end()):
                errs.append("unplanted copy: " + sp["text"])
    for m in POOL_RE.finditer(t):
        if not inside(spans, m.start(), m.end()):
            errs.append("pool name: " + m.group(0))
    for rx in (PHONE_RE, CPR_RE):
        for m in rx.finditer(t):
            if not inside(spans, m.start(), m.end()) and m.group(0) not in PUBLIC_NUMBERS:
                errs.append("number: " + m.group(0))
    for m in re.finditer("@", t):
        if not inside(spans, m.start(), m.end(), "email"):
            errs.append("@")
    for m in STREET_RE.finditer(t):
        if not inside(spans, m.start(), m.end() - 1, "address"):
            errs.append("street+no: " + m.group(0))
    for m in BORN_RE.finditer(t):
        if not inside(spans, m.start(1), m.end(1)):
            errs.append("født+digit")
    if planted_texts:
        for pt in planted_texts:
            if pt in t:
                errs.append("planted text in clean: " + pt)
    return errs

def record(cid, b):
    b = normalise(b)
    return {"id": cid, "text": b.text(), "planted": b.spans()}

def draw(fn, cid, *args, **kw):
    last = None
    for attempt in range(400):
        rec = fn(cid)
        errs = check(rec, *args, **kw)
        if not errs:
            return rec, attempt
        last = errs
    sys.exit(f"{cid}: cannot draw a valid text: {last[:5]}")

def main():
    planted, clean, inst = [], [], []
    stats = {"redraws": 0, "fmt": {}}
    for i in range(240):
        genre = GENRES[i % 6]
        band = ["short", "medium", "long"][(i // 6 + i % 6) % 3]
        fmt = FORMATS[((i // 6) * 3 + (i % 6)) % 8]
        cid = f"{CORPUS}-p{i + 1:03d}"
        rec, a = draw(lambda c: record(c, build(genre, fmt, band, False, R)), cid, "planted", band)
        rec["_meta"] = (genre, fmt, band)
        stats["redraws"] += a
        planted.append(rec)
    ptexts = []
    for rec in planted:
        for sp in rec["planted"]:
            if sp["kind"] in ("phone", "address", "dob", "cpr", "email") and sp["text"] not in ptexts:
                ptexts.append(sp["text"])
    for i in range(240):
        genre = GENRES[(i + 2) % 6]
        band = ["short", "medium", "long"][(i // 6 + i % 6) % 3]
        fmt = FORMATS[((i // 6) * 5 + (i % 6)) % 8]
        cid = f"{CORPUS}-c{i + 1:03d}"
        rec, a = draw(lambda c: record(c, build(genre, fmt, band, True, R)), cid, "clean", band, planted_texts=ptexts)
        rec["_meta"] = (genre, fmt, band)
        stats["redraws"] += a
        clean.append(rec)
    def inst_fn(c):
        b = B()
        tpl = R.choice(INST_TPL)
        names = R.sample(INST_NAMES, 2)
        pos = 0
        for m in re.finditer(r"\{([IJ])\}", tpl):
            b.t(tpl[pos:m.start()])
            b.s("institution", names[0] if m.group(1) == "I" else names[1])
            pos = m.end()
        b.t(tpl[pos:])
        return record(c, b)
    for i in range(30):
        rec, a = draw(inst_fn, f"{CORPUS}-i{i + 1:03d}", "inst")
        inst.append(rec)
    # gapless ids
    for lst, p in ((planted, "p"), (clean, "c"), (inst, "i")):
        assert [r_["id"] for r_ in lst] == [f"{CORPUS}-{p}{k + 1:03d}" for k in range(len(lst))]
    meta = {"planted": [r_.pop("_meta") for r_ in planted], "clean": [r_.pop("_meta") for r_ in clean]}
    hashes = {}
    for name, lst in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        data = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lst).encode("utf-8")
        with open(f"{OUT}/{name}", "wb") as fh:
            fh.write(data)
        hashes[name] = hashlib.sha256(data).hexdigest()
    # report
    kinds = {}
    for rec in planted:
        for sp in rec["planted"]:
            kinds[sp["kind"]] = kinds.get(sp["kind"], 0) + 1
    total = sum(kinds.values())
    print("planted spans:", total, dict(sorted(kinds.items())))
    if not 3000 <= total <= 4500: print("TOTAL OUT OF RANGE", total)
    for k in ("phone", "address", "dob"):
        assert kinds.get(k, 0) >= 250, k
    for k in ("cpr", "email"):
        assert kinds.get(k, 0) >= 120, k
    assert max(kinds, key=kinds.get) == "name"
    for which in ("planted", "clean"):
        tab = {}
        for g, f, bd in meta[which]:
            tab[(g, f)] = tab.get((g, f), 0) + 1
        bands = {}
        for g, f, bd in meta[which]:
            bands[(g, bd)] = bands.get((g, bd), 0) + 1
        print(which, "genre x format:", {f"{g}/{f}": n for (g, f), n in sorted(tab.items())})
        print(which, "genre x band:", {f"{g}/{bd}": n for (g, bd), n in sorted(bands.items())})
    print("institution spans:", sum(len(r_["planted"]) for r_ in inst))
    print("redraws:", stats["redraws"])
    for k, v in hashes.items():
        print(v, k)

if __name__ == "__main__":
    main()
