#!/usr/bin/env python3
"""blind38: held-out corpus generator (Python 3.11 stdlib only). Run: python3 make.py"""
import datetime as dt
import json
import re
import sys
import unicodedata
import random
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import (ORIGINS, ORIGIN_KEYS, ORIGIN_WEIGHTS, NICKS, STREETS, TOWNS, FOREIGN, FOREIGN_PHONES,
                   MAILDOM, MUNIDOM, PUBLIC_NUMBERS, EMPLOYERS, COLLECTORS, TELCOS, INSTITUTIONS,
                   MED_ADHD, MED_SLEEP, PSYCH)

SEED = 383838
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
CORPUS = "blind38"

# ---------------------------------------------------------------- markers
def M(kind, s):
    return "\x01" + kind + "\x02" + s + "\x03"

MRE = re.compile("\x01([a-z]+)\x02(.*?)\x03", re.S)

def render(marked):
    out, spans, pos, last = [], [], 0, 0
    for m in MRE.finditer(marked):
        pre = marked[last:m.start()]
        out.append(pre)
        pos += len(pre)
        s = m.group(2)
        spans.append({"kind": m.group(1), "text": s, "start": pos, "end": pos + len(s)})
        out.append(s)
        pos += len(s)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), spans

def strip_m(marked):
    return MRE.sub(lambda m: m.group(2), marked)

def wc(marked):
    return len(strip_m(marked).split())

def ch(seq):
    return seq[R.randrange(len(seq))]

def chance(p):
    return R.random() < p

# ---------------------------------------------------------------- dates, numbers
MON = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
       "november", "december"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende", "nittende",
       "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende", "seksogtyvende",
       "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]
NUMW = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv", "tretten",
        "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
DIGW = ["nul", "et", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]

def rdate(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))

def today():
    return rdate(2025, 2025) if chance(0.8) else rdate(2026, 2026)

def dd(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"

def dlong(d):
    return f"{d.day}. {MON[d.month - 1]} {d.year}"

def age(b, ref=dt.date(2025, 9, 1)):
    return ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))

def fmt_dob(d, style=None):
    style = style or ch(["dots", "dots", "long", "long", "iso", "slash", "short", "slash4"])
    if style == "dots":
        return dd(d)
    if style == "long":
        return dlong(d)
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}-{d.year % 100:02d}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "slash4":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "en":
        return f"{MON_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "en2":
        return f"{d.day} {MON_EN[d.month - 1]} {d.year}"
    if style == "spoken":
        y = d.year
        yw = "totusind og " + NUMW[y - 2000] if y >= 2000 else str(y)
        return f"{ORD[d.day - 1]} {MON[d.month - 1]} {yw}"
    if style == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)

def cpr_digits(d, male):
    yy = d.year % 100
    if 1900 <= d.year <= 1999:
        c7 = ch([0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
    elif d.year <= 2036:
        c7 = ch([4, 5, 6, 7, 8, 9])
    else:
        c7 = ch([5, 6, 7, 8])
    mid = R.randint(0, 99)
    last = R.choice([1, 3, 5, 7, 9]) if male else R.choice([0, 2, 4, 6, 8])
    return f"{d.day:02d}{d.month:02d}{yy:02d}", f"{c7}{mid:02d}{last}"

def fmt_cpr(p, style=None):
    a, b = p.cpr
    style = style or ch(["dash", "dash", "dash", "space", "plain", "dots", "groups", "groups2"])
    if style == "dash":
        return a + "-" + b
    if style == "space":
        return a + " " + b
    if style == "plain":
        return a + b
    if style == "dots":
        return f"{a[:2]}.{a[2:4]}.{a[4:]}-{b}"
    if style == "groups":
        return f"{a[:2]} {a[2:4]} {a[4:]} {b}"
    return f"{a[:2]}{a[2:4]} {a[4:]}-{b}"

def phone_digits():
    first = ch(["2", "3", "4", "5", "6", "9"])
    return first + "".join(str(R.randint(0, 9)) for _ in range(7))

def fmt_phone(d, style=None):
    style = style or ch(["plain", "pairs", "pairs", "pairs", "quad", "dots", "dash", "p45", "p45", "p45plain",
                         "0045", "p45quad"])
    pr = " ".join(d[i:i + 2] for i in range(0, 8, 2))
    if style == "plain":
        return d
    if style == "pairs":
        return pr
    if style == "quad":
        return d[:4] + " " + d[4:]
    if style == "dots":
        return ".".join(d[i:i + 2] for i in range(0, 8, 2))
    if style == "dash":
        return "-".join(d[i:i + 2] for i in range(0, 8, 2))
    if style == "p45":
        return "+45 " + pr
    if style == "p45plain":
        return "+45" + d
    if style == "0045":
        return "0045 " + d[:4] + " " + d[4:]
    if style == "p45quad":
        return "+45 " + d[:4] + " " + d[4:]
    if style == "spoken":
        return ", ".join(DIGW[int(d[i])] + " " + DIGW[int(d[i + 1])] for i in range(0, 8, 2))
    raise ValueError(style)

def foreign_phone(country):
    cc, shape = FOREIGN_PHONES[country]
    return cc + " " + "".join(str(R.randint(0, 9)) if x == "x" else x for x in shape)

def ascii_fold(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    s = s.replace("ð", "d").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(x for x in s if not unicodedata.combining(x))

def mail_local(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())

# ---------------------------------------------------------------- persons
class P:
    def __init__(self, role, by0, by1, sex=None, origin=None, prof=False):
        self.role = role
        self.sex = sex or ch(["f", "m"])
        self.origin = origin or R.choices(ORIGIN_KEYS, ORIGIN_WEIGHTS)[0]
        fem, mal, sur = ORIGINS[self.origin]
        self.first = ch(fem if self.sex == "f" else mal)
        if chance(0.12):
            self.last = ch(ORIGINS[R.choices(ORIGIN_KEYS, ORIGIN_WEIGHTS)[0]][2])
        else:
            self.last = ch(sur)
        if chance(0.06) and "-" not in self.last and " " not in self.last:
            self.last = self.last + "-" + ch(ORIGINS["dk"][2][:18])
        self.dob = rdate(by0, by1)
        self.cpr = cpr_digits(self.dob, self.sex == "m")
        self.phone = phone_digits()
        self.prof = prof
        t = ch(TOWNS)
        self.addr = (ch(STREETS), R.randint(1, 148), ch(["", "", "", "A", "B", "C"]),
                     ch(["", "", "", "st. tv.", "1. th.", "2. tv.", "3. mf.", "1.", "4. th."]), t[0], t[1])
        fl = mail_local(self.first.split()[0])
        la = mail_local(self.last.split()[-1])
        if prof:
            ini = (fl[:2] + la[:2])
            self.email = ch([ini, fl + "." + la, fl[0] + la]) + "@" + ch(MUNIDOM)
        else:
            self.email = ch([fl + "." + la, fl + la + str(R.randint(1, 99)), fl + "_" + la[:1], fl + str(self.dob.year),
                             la + "." + fl, fl + "." + la + str(R.randint(70, 99))]) + "@" + ch(MAILDOM)
        self.country = None
        self.faddr = None

    def initials(self, dots=True):
        parts = (self.first + " " + self.last).replace("-", " ").split()
        letters = [x[0].upper() for x in parts if x[0].isalpha()]
        if dots:
            return ".".join(letters[:3]) + "."
        return "".join(letters[:3])

    def fulls(self):
        return self.first + " " + self.last

def misspell(s):
    if len(s) < 4:
        return s + s[-1]
    i = R.randint(1, len(s) - 2)
    if chance(0.5):
        return s[:i] + s[i] + s[i:]
    return s[:i] + s[i + 1:]

ADDR_STYLES = ["full", "full", "floor", "twoline", "street", "sloppy", "nocomma"]

def fmt_addr(p, style=None):
    st, n, le, fl, pc, town = p.addr
    style = style or ch(ADDR_STYLES)
    num = f"{n}{le}"
    if style == "full":
        return f"{st} {num}, {pc} {town}"
    if style == "floor":
        return f"{st} {num}, {fl or 'st.'}, {pc} {town}"
    if style == "twoline":
        return f"{st} {num}" + (f", {fl}" if fl else "") + f"\n{pc} {town}"
    if style == "street":
        return f"{st} {num}" + (f", {fl}" if fl else "")
    if style == "sloppy":
        f2 = fl.replace(".", "").replace(" ", "")
        return f"{st.lower()} {num.lower()} {f2} {pc} {town.split()[0].lower()}".replace("  ", " ")
    if style == "nocomma":
        return f"{st} {num} {pc} {town}"
    raise ValueError(style)

def set_abroad(p):
    country, tpls = ch(FOREIGN)
    p.country = country
    p.faddr = ch(tpls).format(n=R.randint(2, 88))
    p.fphone = foreign_phone(country)

# ---------------------------------------------------------------- context: planted vs clean rendering
CLEAN_PHONE = ["70 21 50 00 (hovednummer)", "(ikke oplyst)", "72 36 36 36 (omstilling)", "(nummer i journalen)",
               "76 16 16 16 (hovednummer)", "89 40 20 00 (omstilling)"]
CLEAN_ADDR = ["(fremgår af sagen)", "bopælen", "(hemmelig adresse)", "familiens bolig", "adressen i folkeregistret"]
CLEAN_MAIL = ["Digital Post", "sikker mail via borger.dk", "(ikke oplyst)", "kommunens sikre postkasse"]

class Ctx:
    def __init__(self, mode):
        self.mode = mode
        self.planted = mode == "p"
        self.sub = R.getrandbits(64)
        self.fmts = []

    # names
    def nm(self, p, form=None):
        if not self.planted:
            return p.role
        if form is None:
            form = R.choices(["full", "first", "first", "last", "inv", "caps", "init", "nick"],
                             [30, 34, 0, 8, 4, 3, 4, 3])[0]
        if form == "nick":
            form = "first"
            if p.first in NICKS:
                return M("name", NICKS[p.first])
            if p.last in NICKS:
                return M("name", NICKS[p.last])
        if form == "full":
            return M("name", p.fulls())
        if form == "first":
            return M("name", p.first)
        if form == "last":
            return M("name", p.last)
        if form == "inv":
            return M("name", p.last + ", " + p.first)
        if form == "caps":
            return M("name", p.fulls().upper())
        if form == "lower":
            return M("name", p.first.lower())
        if form == "init":
            return M("name", p.initials(True))
        if form == "ini":
            return M("name", p.initials(False))
        if form == "miss":
            return M("name", misspell(p.first))
        raise ValueError(form)

    def Nm(self, p, form=None):
        s = self.nm(p, form)
        if not self.planted:
            return s[:1].upper() + s[1:]
        return s

    def gen(self, p, form="first"):
        if not self.planted:
            if p.role[-1].isupper() or p.role[-1].isdigit():
                return p.role + "'s"
            return p.role + ("s" if not p.role.endswith("s") else "'")
        base = {"first": p.first, "full": p.fulls(), "last": p.last}[form]
        if base[-1] in "sxz":
            return M("name", base) + "'"
        return M("name", base + "s")

    def full(self, p):
        return self.nm(p, "full")

    def sign(self, p):  # initials after slash in logs
        if not self.planted:
            return "/" + ch(["dag", "aften", "nat", "vagt"])
        return "/" + M("name", p.initials(False))

    # contact data
    def ph(self, p, style=None):
        if not self.planted:
            return ch(CLEAN_PHONE)
        return M("phone", fmt_phone(p.phone, style))

    def fph(self, p):
        if not self.planted:
            return ch(CLEAN_PHONE)
        return M("phone", p.fphone)

    def ad(self, p, style=None):
        if not self.planted:
            return ch(CLEAN_ADDR)
        return M("address", fmt_addr(p, style))

    def fad(self, p):
        if not self.planted:
            return "(udenlandsk adresse fremgår af sagen)"
        return M("address", p.faddr)

    def dob(self, p, style=None):
        if not self.planted:
            return f"{age(p.dob)} år"
        return M("dob", fmt_dob(p.dob, style))

    def cpr(self, p, style=None):
        if not self.planted:
            return ch(["(udeladt)", "fremgår af sagen", "se journalen", "xxxxxx-xxxx"])
        return M("cpr", fmt_cpr(p, style))

    def em(self, p, spoken=False):
        if not self.planted:
            return ch(CLEAN_MAIL)
        e = p.email
        if spoken:
            loc, dom = e.split("@")
            e = loc.replace(".", " punktum ").replace("_", " understreg ") + " snabel-a " + dom.replace(".", " punktum ")
        return M("email", e)

    # label: value lines
    def born(self, p, style=None):
        if not self.planted:
            return f"{age(p.dob)} år"
        return "født " + self.dob(p, style)

    def kv_dob(self, p):
        if not self.planted:
            return ch(["Alder", "Alder ved sagens start"]) + f": {age(p.dob)} år"
        return ch(["Fødselsdato", "Født", "Fødselsdag", "Fødselsdato (barn)"]) + ": " + self.dob(p)

    def kv_cpr(self, p):
        if not self.planted:
            return ch(["Sagsnr.", "Sags-id", "J.nr."]) + ": " + case_no()
        return ch(["CPR-nr.", "CPR", "Cpr.nr", "Personnummer"]) + ": " + self.cpr(p)

def pick(c, opts):
    rest = [o for o in opts if o not in c.fmts]
    return ch(rest or opts)

def setup_begin(c):
    c.saved = R.getstate()
    R.seed(c.sub)

def setup_end(c):
    R.setstate(c.saved)

def case_no():
    return ch([f"2025-{R.randint(1000, 99999):05d}", f"27.24.00-G01-{R.randint(10, 999)}-25",
               f"SAG-{R.randint(100000, 999999)}", f"{R.randint(10, 99)}.{R.randint(10, 99)}.{R.randint(10, 99)}-A53-{R.randint(1, 30)}-25"])

def cvr():
    return "CVR " + str(R.randint(10000000, 99999999))

def ean():
    return "EAN " + "5798" + "".join(str(R.randint(0, 9)) for _ in range(9))

def tm():
    return f"{R.randint(6, 23):02d}.{ch(['00', '15', '30', '45', '05', '50'])}"

def tmc():
    return f"{R.randint(6, 23):02d}:{R.randint(0, 59):02d}"

def dshort(d):
    return f"{d.day}/{d.month}"

def fdate(d):
    return ch([dd(d), dlong(d), f"{d.day}.{d.month}.{d.year}"])

# look-alike fillers usable in both planted and clean texts (no personal data)
def lookalike(c):
    return ch([
        f"Sagen er journaliseret under {case_no()}.",
        f"Jf. Barnets lov § {ch(['32', '46', '20, stk. 3', '91', '5, stk. 3', '137, stk. 2', '108'])}.",
        "Ved akut fare ringes 112, ved ikke-akut henvendelse til politiet 114.",
        "Barnet er orienteret om Børnetelefonen på 116 111.",
        f"Mødet holdes i lokale {R.randint(1, 4)}.{R.randint(10, 40)} ved Banegårdspladsen.",
        f"Sagen behandles igen på teammødet {fdate(today())} kl. {tm()}.",
        "Ved spørgsmål om skat henvises til Skattestyrelsen på 72 22 18 18.",
        f"Beløbet på {R.randint(2, 90) * 125:,} kr. er bevilget efter § 32.".replace(",", "."),
        "Vejret var godt, og der var sol på legepladsen det meste af dagen.",
        "Der var storm i weekenden, så turen til skoven blev aflyst.",
        "Den unge var glad for at komme ud i haven efter aftensmaden.",
        f"Ledelsestilsyn gennemført {fdate(today())}; ingen bemærkninger.",
        "Ring 1813, hvis der opstår akut sygdom uden for lægens åbningstid.",
        f"Fakturaen sendes elektronisk til {ean()}.",
        f"Leverandøren er registreret med {cvr()}.",
        "Borgerservice har åbent mandag til fredag, og der kan bestilles tid på borger.dk.",
        f"Første weekend i maj er der sommerfest på skolen.",
    ])

# ---------------------------------------------------------------- genre 1: fritidsjob, lønseddel, skattekort
def people_basic(c, child_years=(2008, 2012)):
    kid = P(ch(["Barn A", "Ung A", "Barn B", "Ung B", "Barn C"]), *child_years)
    mor = P("mor", 1972, 1992, "f", origin=kid.origin if chance(0.7) else None)
    far = P("far", 1968, 1990, "m", origin=kid.origin if chance(0.7) else None)
    if chance(0.6):
        mor.last = kid.last
    if chance(0.5):
        far.last = kid.last
    cw = P("sagsbehandleren", 1965, 1996, prof=True)
    return kid, mor, far, cw

def g_job(c):
    setup_begin(c)
    kid, mor, far, cw = people_basic(c, (2008, 2012))
    boss = P(ch(["arbejdsgiveren", "butikschefen", "den daglige leder"]), 1970, 1998, prof=True)
    firm = ch(EMPLOYERS)
    pay = ch(["72,15", "78,40", "81,95", "85,10", "92,60", "69,80"])
    setup_end(c)
    fmt = pick(c, ["kv", "slip", "note", "sms", "letter", "log"])
    c.fmts.append(fmt)
    jobitems = [
        lambda: f"Timeløn: {pay} kr. plus aftentillæg efter kl. 18.00",
        lambda: f"Arbejdstid: {ch(['tirsdag og torsdag', 'lørdag', 'mandag, onsdag og fredag'])} {ch(['16.00-18.00', '8.00-12.00', '15.30-17.30'])}",
        lambda: "Prøvetid: 1 måned. Opsigelse med 14 dages varsel.",
        lambda: f"Forælders e-mail: {c.em(mor)}",
        lambda: f"Den unges e-mail: {c.em(kid)}",
        lambda: f"Kontakt ved sygdom: {c.nm(boss)}, {c.ph(boss)}",
        lambda: f"Far: {c.full(far)}, tlf. {c.ph(far)}",
        lambda: f"Fars adresse: {c.ad(far)}",
        lambda: "Skattekort: bikort/hovedkort bestilt på skat.dk",
        lambda: f"Underskrevet {dd(today())} af {c.nm(boss, 'ini')} og {c.nm(kid, 'first')}",
        lambda: "Opgaver: opfyldning, oprydning og flaskeautomat. Ingen kasse før 15 år.",
        lambda: lookalike(c),
    ]
    if fmt == "kv":
        head = (f"{ch(['Ansættelsesaftale – fritidsjob', 'Kopi af ansættelsesbevis', 'Oplysninger om fritidsjob'])}\n"
                f"Den unge: {c.full(kid)}\n{c.kv_dob(kid)}\n{c.kv_cpr(kid)}\nAdresse: {c.ad(kid)}\n"
                f"Mobil: {c.ph(kid)}\nArbejdssted: {firm}\nNærmeste leder: {c.full(boss)}, tlf. {c.ph(boss)}\n")
        return head, jobitems, "\n", f"\nForældresamtykke: {c.full(mor)}, {c.ph(mor)}"
    if fmt == "slip":
        hrs = R.randint(8, 40) + ch([0, 0.5])
        gross = hrs * float(pay.replace(",", "."))
        pm = R.randint(5, 8)
        def kr(x):
            return f"{x:.2f}".replace(".", ",")
        head = (f"Indsat fra mail fra {c.nm(mor, 'first')} ({c.em(mor)}):\n---\nLØNSEDDEL  {firm}\n"
                f"Lønperiode: 01.0{pm}.2025 - {30 if pm == 6 else 31}.0{pm}.2025\n"
                f"Medarbejder: {c.nm(kid, 'caps')}\n{c.ad(kid, 'twoline')}\n{c.kv_cpr(kid)}\nMedarbejdernr.: {R.randint(1000, 99999)}\n")
        lines = [
            lambda: f"Timeløn {str(hrs).replace('.', ',')} t à {pay} kr.   {kr(gross)}",
            lambda: f"AM-bidrag 8 %   -{kr(gross * 0.08)}",
            lambda: f"A-skat {ch(['0', '8', '37', '38'])} %   (frikort brugt: {R.randint(10, 60)} %)",
            lambda: f"Feriepenge 12,5 %   {kr(gross * 0.125)}",
            lambda: "Udbetales til NemKonto senest sidste bankdag.",
            lambda: f"Spørgsmål til lønnen: {c.full(boss)}, {c.ph(boss)}",
            lambda: f"Lønbureau: {cvr()}",
        ]
        tail = f"\n---\nNotat {c.sign(cw)}: lønsedlen gemt i sagen, {c.nm(kid, 'first')} har frikort og skal ikke betale skat endnu."
        return head, lines, "\n", tail
    if fmt == "note":
        head = f"Journalnotat {dd(today())}\nEmne: fritidsjob og skattekort\n\n"
        s = [
            lambda: f"{c.Nm(mor)} ringede fra {c.ph(mor)} og fortalte, at {c.nm(kid, 'first')} er startet som opfylder i {firm}.",
            lambda: f"{c.Nm(kid, 'first')} har selv fundet jobbet og er stolt af det, siger {c.nm(mor, 'first')}.",
            lambda: f"Jeg har bedt om, at lønsedlen sendes til {c.em(cw)}, så vi kan se, om frikortet rækker.",
            lambda: f"{c.Nm(mor, 'first')} stavede sin mail i telefonen: {c.em(mor, spoken=True)}." if c.planted else "Mor sender lønsedlen med Digital Post.",
            lambda: f"Hun læste arbejdsgiverens nummer op som {c.ph(boss, 'spoken')}." if c.planted else "Hun havde ikke arbejdsgiverens nummer ved hånden.",
            lambda: f"Lederen i butikken er {c.full(boss)}, som kan træffes på {c.ph(boss)} i dagtimerne.",
            lambda: f"{c.Nm(kid, 'first')} er {c.born(kid)} og må derfor kun arbejde et begrænset antal timer på skoledage.",
            lambda: f"{c.Nm(far)} bor fortsat på {c.ad(far)} og skal også give samtykke, da forældrene har fælles forældremyndighed.",
            lambda: f"Den unges CPR-nr. {c.cpr(kid)} er oplyst til arbejdsgiveren af mor, ikke af kommunen." if c.planted else "Den unges CPR-nr. er oplyst til arbejdsgiveren af mor, ikke af kommunen.",
            lambda: "Det blev drøftet, om lønnen påvirker lommepengene i plejefamilien, og det gør den ikke.",
            lambda: f"Jeg sender et brev til {c.ad(kid)} med information om frikort og skattekort.",
            lambda: lookalike(c),
        ]
        return head, s, " ", f"\n\n{c.nm(cw, 'full')}, rådgiver"
    if fmt == "sms":
        k = c.nm(kid, ch(["first", "lower", "first"])) if c.planted else kid.role
        head = f"Sms'er fra {c.nm(kid, 'first')} til rådgivers arbejdsmobil {c.ph(cw)}, kopieret ind {dd(today())}:\n"
        s = [
            lambda: f"[{tmc()}] {k}: hej {c.nm(cw, 'first')} jeg har faaet job i {firm} 😊",
            lambda: f"[{tmc()}] {k}: de siger jeg skal have skatekort hvad er det",
            lambda: f"[{tmc()}] {k}: min mor {c.full(mor)} har nr {c.ph(mor)} hvis du skal snakke med hende" if c.planted else f"[{tmc()}] {k}: du kan bare ringe til min mor hvis du skal snakke med hende",
            lambda: f"[{tmc()}] {k}: chefen hedder {c.nm(boss, 'first')}, hans nr er {c.ph(boss, 'plain')}" if c.planted else f"[{tmc()}] {k}: chefen er sød, han siger jeg må arbejde om lørdagen",
            lambda: f"[{tmc()}] {k}: min mail er {c.em(kid)}",
            lambda: f"[{tmc()}] {k}: de spørger om min fødselsdato, det er {c.dob(kid, ch(['short', 'slash4', 'dots']))} ik" if c.planted else f"[{tmc()}] {k}: de spørger om min fødselsdato skal jeg bare skrive den",
            lambda: f"[{tmc()}] {k}: skal de bruge mit cpr {c.cpr(kid)} ??",
            lambda: f"[{tmc()}] {c.nm(cw, 'ini') if c.planted else 'rådgiver'}: Tillykke med jobbet! Du bestiller skattekort på skat.dk med MitID. Send et billede af lønsedlen, når du får den.",
            lambda: f"[{tmc()}] {k}: ok tak. jeg har faet den første løn 1.430 kr",
            lambda: f"[{tmc()}] {k}: jeg bor stadig på {c.ad(kid, 'sloppy')} hvis brevet skal sendes" if c.planted else f"[{tmc()}] {k}: jeg bor stadig hos min mor i {ch(TOWNS)[1]} hvis brevet skal sendes",
        ]
        return head, s, "\n", ""
    if fmt == "letter":
        head = (f"{c.full(kid)}\n{c.ad(kid, 'twoline')}\n\n{dlong(today())}\n\n"
                f"Vedr.: fritidsjob og skattekort ({c.kv_dob(kid)})\n\n"
                f"Kære {c.nm(kid, 'first')}\n\n")
        s = [
            lambda: "Tillykke med dit nye fritidsjob. Du har spurgt, hvad du skal gøre med skat, så her er en kort forklaring.",
            lambda: "Du skal have et skattekort, før du får din første løn. Du bestiller det på skat.dk, og din arbejdsgiver henter det selv.",
            lambda: "De fleste unge har et frikort, og så betaler du ikke skat, før du har tjent over grænsen. AM-bidraget på 8 % bliver dog altid trukket.",
            lambda: f"Hvis du er i tvivl om lønsedlen, kan du ringe til mig på {c.ph(cw)} eller skrive til {c.em(cw)}.",
            lambda: f"Jeg har også talt med {c.nm(mor, 'first')}, som gerne vil hjælpe dig med at gemme lønsedlerne.",
            lambda: "Husk at du har ret til pauser, og at du ikke må arbejde sent om aftenen, når du er under 18.",
            lambda: lookalike(c),
        ]
        tail = f"\n\nVenlig hilsen\n\n{c.full(cw)}\nSocialrådgiver, Børn og Unge\nDirekte: {c.ph(cw)}"
        return head, s, "\n\n", tail
    # log
    head = f"Kontaktlog – fritidsjob ({c.full(kid)}, {c.kv_dob(kid).lower()})\n"
    s = [
        lambda: f"{dshort(today())} kl. {tm()}  Opkald fra {c.full(boss)} ({firm}), {c.ph(boss)}: ønsker kopi af samtykke.",
        lambda: f"{dshort(today())} kl. {tm()}  Mail til {c.em(mor)} med samtykkeerklæring.",
        lambda: f"{dshort(today())} kl. {tm()}  {c.Nm(mor, 'first')} har underskrevet, sendt fra {c.ph(mor)}.",
        lambda: f"{dshort(today())} kl. {tm()}  {c.Nm(kid, 'first')} har fået første lønseddel, ca. {R.randint(900, 2600)} kr. netto.",
        lambda: f"{dshort(today())} kl. {tm()}  Brev om skattekort sendt til {c.ad(kid)}.",
        lambda: f"{dshort(today())} kl. {tm()}  Arbejdsgiver spurgte til fødselsdato; bekræftet {c.dob(kid)} efter aftale med mor.",
        lambda: f"{dshort(today())} kl. {tm()}  {c.Nm(far)} ringede ({c.ph(far)}), enig i jobbet.",
        lambda: f"{dshort(today())} kl. {tm()}  {lookalike(c)}",
    ]
    return head, s, "\n", ""

# ---------------------------------------------------------------- genre 2: vagtplan, personalemøde, overlevering
DAYS = ["Man", "Tir", "Ons", "Tor", "Fre", "Lør", "Søn"]
SHIFTS = ["Dag 07-15", "Aften 15-23", "Nat 23-07", "Mellem 11-19", "Sovevagt 22-07", "Dag 08-16"]

def g_rota(c):
    setup_begin(c)
    staff = [P(f"medarbejder {i + 1}", 1966, 2001, prof=True) for i in range(6)]
    for i, s in enumerate(staff):
        s.role = ch(["medarbejder ", "pædagog ", "vikar ", "Medarbejder "]) + "ABCDEF"[i]
    res = [P(f"beboer {i + 1}", 2007, 2013) for i in range(4)]
    for i, r in enumerate(res):
        r.role = ["Ung A", "Ung B", "beboer C", "den yngste beboer"][i]
    lead = P("lederen", 1965, 1988, prof=True)
    cw = P("rådgiveren", 1965, 1996, prof=True)
    setup_end(c)
    fmt = pick(c, ["table", "minutes", "handover", "kvstaff", "mail"])
    c.fmts.append(fmt)
    week = R.randint(2, 50)
    if fmt == "table":
        head = f"VAGTPLAN uge {week} – afdeling {ch(['Vest', 'Øst', 'Nord', 'Huset', 'Annekset'])}\nDag | Vagt | Medarbejder | Mobil\n"
        st = {"d": 0}
        def row():
            st["d"] = (st["d"] + 1) % 7
            s = ch(staff)
            return f"{DAYS[st['d']]} | {ch(SHIFTS)} | {c.nm(s, ch(['full', 'first', 'ini']))} | {c.ph(s, ch(['pairs', 'plain', 'quad']))}"
        tail = (f"\nBagvagt hele ugen: {c.full(lead)}, {c.ph(lead)}\n"
                "Bytte af vagter aftales med lederen og skrives i vagtbogen. Ved sygdom ringes før kl. 06.00.")
        return head, row, "\n", tail
    if fmt == "minutes":
        present = ", ".join(c.nm(s, ch(["first", "ini", "full"])) for s in staff[:R.randint(3, 5)])
        head = (f"Referat af personalemøde {dlong(today())} kl. {tm()}\nTil stede: {present}\n"
                f"Afbud: {c.nm(staff[5], 'first')}\nReferent: {c.nm(staff[0], 'ini')}\n\n")
        s = [
            lambda: f"Pkt. {R.randint(1, 9)}: Overlevering om {c.nm(res[0], 'first')}. {c.Nm(res[0], 'first')} har haft en urolig uge og har brug for en fast voksen ved sengetid.",
            lambda: f"Pkt. {R.randint(1, 9)}: {c.gen(res[1])} samvær med {c.nm(P('mor', 1975, 1990, 'f'), 'full')} flyttes til søndag. Mor kan træffes på {c.ph(res[1])}.",
            lambda: f"Pkt. {R.randint(1, 9)}: Ny kollega {c.full(staff[4])} starter 1. {ch(MON)}. Mailadresse: {c.em(staff[4])}.",
            lambda: f"Pkt. {R.randint(1, 9)}: Statusmøde med rådgiver {c.full(cw)} ({c.ph(cw)}) om {c.gen(res[2])} ungeplan efter § 108.",
            lambda: "Pkt. 4: Brandøvelse gennemført. Alle kender samlingspladsen ved flagstangen.",
            lambda: f"Pkt. {R.randint(1, 9)}: Indskrivning af {c.full(res[3])}{' (f. ' + c.dob(res[3]) + ')' if c.planted else ''}, der kommer fra {c.ad(res[3])}.",
            lambda: f"Pkt. {R.randint(1, 9)}: Julefrokost holdes hjemme hos {c.nm(staff[1], 'first')} på {c.ad(staff[1])}.",
            lambda: f"Pkt. {R.randint(1, 9)}: {c.Nm(lead, 'first')} minder om, at alle magtanvendelser skal indberettes samme dag.",
            lambda: lookalike(c),
        ]
        return head, s, "\n", f"\n\nNæste møde: {fdate(today())}. Ordstyrer: {c.nm(staff[2], 'first')}."
    if fmt == "handover":
        head = f"Overleveringsbog, {ch(['aften til nat', 'nat til dag', 'dag til aften'])} {dd(today())}\n"
        s = [
            lambda: f"{tm()} {c.sign(ch(staff))}: {c.Nm(res[0], 'first')} kom hjem fra træning, spiste og gik i bad. God stemning.",
            lambda: f"{tm()} {c.sign(ch(staff))}: {c.Nm(res[1], 'first')} ringede til sin far på {c.ph(res[1])} og var ked af det bagefter.",
            lambda: f"{tm()} {c.sign(ch(staff))}: {c.Nm(res[2], 'first')} sover hos en ven på {c.ad(res[2])} – aftalt med mor.",
            lambda: f"{tm()} {c.sign(ch(staff))}: Medicin givet til {c.nm(res[3], 'first')} kl. 20.00, kvitteret i skemaet.",
            lambda: f"{tm()} {c.sign(ch(staff))}: Bagvagt {c.nm(lead, 'first')} kontaktet på {c.ph(lead)} pga. uro på gangen.",
            lambda: f"{tm()} {c.sign(ch(staff))}: {c.Nm(res[0], 'first')} spurgte til sin sagsbehandler {c.full(cw)}. Husk at ringe i morgen.",
            lambda: f"{tm()} {c.sign(ch(staff))}: Ro i huset. Alle på værelserne, lys slukket.",
            lambda: f"{tm()} {c.sign(ch(staff))}: {c.gen(res[1])} værelse er ryddet efter aftale med {c.gen(lead)} godkendelse.",
            lambda: f"{tm()} {c.sign(ch(staff))}: Husk fødselsdag: {c.nm(res[2], 'first')} har fødselsdag {c.dob(res[2]) if c.planted else 'i morgen'} – husk kage.",
            lambda: f"{tm()} {c.sign(ch(staff))}: {lookalike(c)}",
        ]
        return head, s, "\n", ""
    if fmt == "kvstaff":
        s0 = staff[3]
        pr = P("pårørende", 1960, 1995)
        head = (f"Personaleoplysninger (til løn og vagtplan)\nNavn: {c.full(s0)}\n{c.kv_dob(s0)}\n{c.kv_cpr(s0)}\n"
                f"Adresse: {c.ad(s0)}\nMobil: {c.ph(s0)}\nPrivat e-mail: {c.em(s0)}\n")
        s = [
            lambda: f"Nærmeste pårørende: {c.full(pr)}, {c.ph(pr)}",
            lambda: f"Stilling: pædagog, 32 timer, fast på {ch(['dag', 'aften', 'nat'])}",
            lambda: "Børneattest: indhentet og uden anmærkninger",
            lambda: f"Kontaktperson for: {c.nm(res[0], 'first')} og {c.nm(res[1], 'first')}",
            lambda: f"Nærmeste pårørendes fødselsdato: {c.dob(pr)}" if c.planted else "Nærmeste pårørende: ægtefælle",
            lambda: f"Oplært af: {c.nm(staff[0], 'ini')}",
            lambda: "Førstehjælpskursus: gennemført, fornyes næste år",
            lambda: lookalike(c),
        ]
        return head, s, "\n", f"\nGodkendt af: {c.full(lead)}"
    head = (f"Fra: {c.full(lead) + ' <' + c.em(lead) + '>' if c.planted else 'Forstander (intern mail)'}\nTil: alle medarbejdere\nEmne: Vagtplan og overlevering\n\n"
            f"Hej alle\n\n")
    s = [
        lambda: f"Vagtplanen for uge {week + 1} er lagt op. {c.Nm(staff[0], 'first')} og {c.nm(staff[1], 'first')} har byttet lørdag.",
        lambda: f"{c.Nm(staff[2], 'full')} er sygemeldt resten af ugen; vikaren {c.full(staff[5])} dækker og kan fanges på {c.ph(staff[5])}.",
        lambda: f"Husk at skrive overleveringen færdig, før I går. Særligt om {c.nm(res[0], 'first')}, der har svært ved aftenerne.",
        lambda: f"{c.gen(res[1])} rådgiver {c.full(cw)} kommer torsdag kl. {tm()}. Direkte nummer: {c.ph(cw)}.",
        lambda: "Vi har fået nye nøglebrikker, som udleveres på kontoret.",
        lambda: f"Vi får en ny beboer på mandag: {c.full(res[3])}, {c.born(res[3])}. Kontaktperson bliver {c.nm(staff[3], 'first')}.",
        lambda: lookalike(c),
    ]
    return head, s, " ", f"\n\nMvh\n{c.nm(lead, 'first')}\nForstander\nTlf. {c.ph(lead)}"

# ---------------------------------------------------------------- genre 3: udrejse, tilbageflytning, skole i udlandet
def g_abroad(c):
    setup_begin(c)
    kid, mor, far, cw = people_basic(c, (2009, 2018))
    set_abroad(mor)
    kid.country, kid.faddr, kid.fphone = mor.country, mor.faddr, mor.fphone
    teacher = P("skolens kontaktperson", 1965, 1995, prof=True)
    country = mor.country
    setup_end(c)
    fmt = pick(c, ["notice", "school", "note", "sms", "return", "kv"])
    c.fmts.append(fmt)
    if fmt in ("notice", "kv"):
        head = (f"{ch(['Anmeldelse af udrejse', 'Meddelelse om flytning til udlandet', 'Udrejse – registrering'])}\n"
                f"Barn: {c.full(kid)}\n{c.kv_cpr(kid)}\n{c.kv_dob(kid)}\nSidste adresse i Danmark: {c.ad(kid)}\n"
                f"Ny adresse i {country}: {c.fad(mor)}\n")
        s = [
            lambda: f"Udrejsedato: {fdate(today())}",
            lambda: f"Mors fødselsdato: {c.dob(mor)}" if c.planted else f"Mors alder: {age(mor.dob)} år",
            lambda: f"Forælder med forældremyndighed: {c.full(mor)}, tlf. {c.fph(mor)}",
            lambda: f"E-mail: {c.em(mor)}",
            lambda: f"Den anden forælder: {c.full(far)}, {c.ad(far)}, {c.ph(far)}",
            lambda: f"{c.kv_cpr(mor)}",
            lambda: "Samtykke fra den anden forælder: vedlagt",
            lambda: "Skolegang i udlandet: dokumentation eftersendes",
            lambda: "Sagen i Børn og Unge afsluttes ved udrejse; handlekommunen ophører.",
            lambda: lookalike(c),
        ]
        return head, s, "\n", f"\nModtaget af: {c.full(cw)} ({c.em(cw)})"
    if fmt == "school":
        lang = ch(["en", "da"])
        if lang == "en":
            head = (f"To: {c.full(cw)}, Children and Families Department\nRe: {c.full(kid)}, born {c.dob(kid, 'en')}\n\n"
                    f"Dear {('Ms. ' if cw.sex == 'f' else 'Mr. ') + c.nm(cw, 'last') if c.planted else 'colleague'},\n\n")
            s = [
                lambda: f"We confirm that {c.nm(kid, 'first')} has been enrolled in year {R.randint(2, 9)} at our school since the start of term.",
                lambda: f"The family's address on our records is {c.fad(kid)}.",
                lambda: f"{c.Nm(kid, 'first')} attends regularly and has settled well, although the language is still a challenge.",
                lambda: f"Our records list the mother, {c.full(mor)}, as the contact person ({c.fph(mor)}).",
                lambda: f"Please direct further questions to our pastoral lead, {c.full(teacher)}, at {c.em(teacher)}.",
                lambda: "A copy of the attendance report for the autumn term is enclosed.",
            ]
            return head, s, " ", f"\n\nKind regards,\n{c.full(teacher)}\nHead of Year"
        head = (f"Oversættelse af brev fra skolen i {country}, modtaget {dd(today())}\n\nVedr. {c.full(kid)}, {c.born(kid)}\n\n")
        s = [
            lambda: f"Skolen bekræfter, at {c.nm(kid, 'first')} er indskrevet og går i {R.randint(1, 9)}. klasse.",
            lambda: f"Familien er registreret på {c.fad(kid)}.",
            lambda: f"Kontaktlærer er {c.full(teacher)}, som kan kontaktes på {c.em(teacher)}.",
            lambda: f"Fraværet har været {R.randint(2, 14)} % i første halvår, og skolen har holdt møde med mor.",
            lambda: f"{c.Nm(kid, 'first')} får ekstra sprogundervisning tre gange om ugen.",
            lambda: lookalike(c),
        ]
        return head, s, " ", f"\n\nOversat af {c.nm(cw, 'ini')}"
    if fmt == "note":
        head = f"Journalnotat {dd(today())} – udrejse\n\n"
        s = [
            lambda: f"{c.Nm(mor)} oplyser telefonisk, at hun og {c.nm(kid, 'first')} flytter til {country} til sommer.",
            lambda: f"Den nye adresse bliver {c.fad(mor)}, og mor kan fremover træffes på {c.fph(mor)}.",
            lambda: f"{c.Nm(far, 'full')}, der bor på {c.ad(far)}, er ikke enig og har kontaktet Familieretshuset.",
            lambda: f"Jeg har forklaret mor, at udrejsen skal meldes til kommunen, og at sagen her lukkes ved fraflytning.",
            lambda: f"{c.Nm(kid, 'first')} ({c.dob(kid)}) har selv sagt til skolen, at hun glæder sig men vil savne sine venner." if kid.sex == "f" else
                    f"{c.Nm(kid, 'first')} ({c.dob(kid)}) har selv sagt til skolen, at han glæder sig men vil savne sine venner.",
            lambda: f"Farmor {c.full(P('farmor', 1950, 1962, 'f'))} har tilbudt at være kontaktperson i Danmark på {c.ph(far)}.",
            lambda: "Underretningen fra skolen tages til efterretning, men giver ikke anledning til yderligere.",
            lambda: lookalike(c),
        ]
        return head, s, " ", f"\n\n/{c.nm(cw, 'ini') if c.planted else 'rådgiver'}"
    if fmt == "sms":
        m = c.nm(mor, "first") if c.planted else "Mor"
        head = f"Beskeder fra mor (Messenger), kopieret til sagen {dd(today())}:\n"
        s = [
            lambda: f"{m} {tmc()}: Hej, vi er nu flyttet. Adressen er {c.fad(mor)}",
            lambda: f"{m} {tmc()}: mit nye nummer er {c.fph(mor)}, det danske virker ikke mere",
            lambda: f"{m} {tmc()}: {c.nm(kid, 'first')} er startet i skole og har fået en lærer der hedder {c.nm(teacher, 'first')}",
            lambda: f"{m} {tmc()}: skal I bruge hans cpr? {c.cpr(kid)}" if kid.sex == "m" else f"{m} {tmc()}: skal I bruge hendes cpr? {c.cpr(kid)}",
            lambda: f"Rådgiver {tmc()}: Tak for beskeden. Husk at melde udrejse, hvis det ikke er gjort.",
            lambda: f"{m} {tmc()}: send bare papirerne til {c.em(mor)}",
            lambda: f"{m} {tmc()}: skolen her vil have hans fødselsdato på papir, {c.dob(kid, ch(['dots', 'short', 'iso']))}, kan I sende en attest?" if kid.sex == "m" else f"{m} {tmc()}: skolen her vil have hendes fødselsdato på papir, {c.dob(kid, ch(['dots', 'short', 'iso']))}, kan I sende en attest?",
            lambda: f"{m} {tmc()}: vi kommer måske hjem til jul og bor så hos min søster på {c.ad(far)}",
        ]
        return head, s, "\n", ""
    # return
    head = (f"Tilbageflytning – {c.full(kid)} ({c.kv_dob(kid).split(': ')[1]})\n"
            f"Tidligere adresse i {country}: {c.fad(kid)}\nNy adresse i Danmark: {c.ad(kid)}\n\n")
    s = [
        lambda: f"Familien er vendt tilbage efter {R.randint(1, 4)} år i {country}. {c.Nm(mor, 'first')} kontaktede Borgerservice den {fdate(today())}.",
        lambda: f"{c.Nm(kid, 'first')} har ikke haft dansk i skolen og skal screenes for modtagelsesklasse.",
        lambda: f"Mor kan træffes på {c.ph(mor)} eller {c.em(mor)}.",
        lambda: f"Skolens udtalelse fra {c.full(teacher)} er vedlagt og oversat.",
        lambda: f"Lillesøster {c.full(P('lillesøster', 2016, 2022, 'f'))} ({c.born(P('x', 2016, 2022))}) skal have plads i børnehave.",
        lambda: f"{c.kv_cpr(kid)} – genaktiveret i folkeregistret.",
        lambda: "Der er ikke grundlag for en ny børnefaglig undersøgelse, men sagen følges i tre måneder.",
        lambda: lookalike(c),
    ]
    return head, s, "\n", f"\n\n{c.full(cw)}, {c.ph(cw)}"

# ---------------------------------------------------------------- genre 4: søvn, ADHD-medicin, psykiatri
def g_sleep(c):
    setup_begin(c)
    kid, mor, far, cw = people_basic(c, (2011, 2019))
    doc = P("lægen", 1960, 1990, prof=True)
    nurse = P("sygeplejersken", 1965, 1998, prof=True)
    doc.email = mail_local(doc.first.split()[0])[:3] + mail_local(doc.last.split()[-1])[:3] + "@" + ch(["rm.dk", "rsyd.dk", "regionh.dk", "rn.dk", "regionsjaelland.dk"])
    nurse.email = mail_local(nurse.first.split()[0]) + "." + mail_local(nurse.last.split()[-1]) + "@" + doc.email.split("@")[1]
    med = ch(MED_ADHD)
    mg = ch(["10", "18", "20", "27", "30", "36"])
    unit = ch(PSYCH)
    setup_end(c)
    fmt = pick(c, ["diary", "dose", "appt", "note", "log"])
    c.fmts.append(fmt)
    if fmt == "diary":
        head = (f"Søvnregistrering – {c.full(kid)}, {c.kv_dob(kid).lower()}\nUdfyldt af {c.nm(mor, 'first')}, tlf. {c.ph(mor)}\n"
                f"Dato | I seng | Sov | Vågnede | Bemærkning\n")
        st = {"d": today()}
        def row():
            st["d"] = st["d"] + dt.timedelta(days=1)
            return (f"{dshort(st['d'])} | {ch(['20.30', '21.00', '21.15', '22.00'])} | {ch(['21.40', '22.30', '23.15', '00.10'])} | "
                    f"{ch(['02.15 + 05.40', '06.30', 'flere gange', '04.50'])} | "
                    + ch(["melatonin kl. 20", "mareridt", "uro efter skærm", "sov hos mor", "god nat", f"{c.nm(kid, 'first')} græd", "ingen medicin"]))
        return head, row, "\n", f"\nSendes til {c.full(nurse)}, {c.em(nurse)}"
    if fmt == "dose":
        head = (f"Doseringsplan\nPatient: {c.nm(kid, ch(['full', 'inv']))}\n{c.kv_cpr(kid)}\n{c.kv_dob(kid)}\n"
                f"Diagnose: F90.0 Forstyrrelse af aktivitet og opmærksomhed\n")
        s = [
            lambda: f"Morgen kl. 07.00: {med} {mg} mg",
            lambda: f"Middag kl. 12.00: {med} {ch(['5', '10'])} mg (kun skoledage)",
            lambda: f"Aften kl. 20.00: {ch(MED_SLEEP)} {ch(['1', '2', '3'])} mg",
            lambda: f"Ordineret af: {'dr. ' + c.nm(doc, 'last') if c.planted else 'overlægen'}",
            lambda: f"Kontakt ved bivirkninger: {c.full(nurse)}, direkte {c.ph(nurse)}",
            lambda: f"Forælder: {c.full(mor)}, {c.ph(mor)}, {c.ad(mor)}",
            lambda: "Vægt og blodtryk måles ved hver kontrol. Appetitten noteres.",
            lambda: "Medicinen udleveres på skolen af kontoret, ikke af klasselæreren.",
            lambda: lookalike(c),
        ]
        return head, s, "\n", f"\n{unit}"
    if fmt == "appt":
        head = (f"{c.full(mor)}\n{c.ad(mor, 'twoline')}\n\n{unit}\n{dlong(today())}\n\n"
                f"Indkaldelse til medicinopfølgning\nVedr.: {c.full(kid)}, {c.kv_cpr(kid)}\n{c.kv_dob(kid)}\n\n")
        s = [
            lambda: f"Du og {c.nm(kid, 'first')} er indkaldt til samtale {dlong(today())} kl. {tm()} i ambulatoriet, afsnit {ch(['B2', 'A1', 'C3'])}, stuen.",
            lambda: f"Samtalen er hos {'overlæge ' + c.full(doc) if c.planted else 'overlægen'} og sygeplejerske {c.full(nurse)}.",
            lambda: "Tag venligst søvndagbogen for de sidste 14 dage med og den medicin, barnet får nu.",
            lambda: f"Hvis tiden ikke passer, så ring til {c.nm(nurse, 'first')} på {c.ph(nurse)} mellem kl. 8 og 9.",
            lambda: "Ved akut forværring uden for åbningstid kan I ringe 1813.",
            lambda: f"Kopi sendt til rådgiver {c.full(cw)}, {c.em(cw)}.",
            lambda: lookalike(c),
        ]
        return head, s, "\n\n", f"\n\nMed venlig hilsen\n{c.full(nurse)}\nSygeplejerske"
    if fmt == "note":
        head = f"Notat fra medicinopfølgning {dd(today())}\n\n"
        s = [
            lambda: f"{c.Nm(kid, 'first')} ({c.born(kid) if c.planted else str(age(kid.dob)) + ' år'}) deltog sammen med {c.nm(mor, 'first')}.",
            lambda: f"Søvnregistreringen viser, at {c.nm(kid, 'first')} i gennemsnit falder i søvn efter 75 minutter.",
            lambda: f"{c.Nm(doc, 'full')} vurderer, at melatonin 2 mg kan fortsætte, og at {med} øges til {mg} mg.",
            lambda: f"{c.Nm(mor, 'first')} oplyser, at {c.nm(far)} på {c.ad(far)} ikke giver medicin i weekenderne.",
            lambda: f"Det aftales, at rådgiver {c.full(cw)} inviterer til netværksmøde. Hun kan kontaktes på {c.ph(cw)}." if cw.sex == "f" else
                    f"Det aftales, at rådgiver {c.full(cw)} inviterer til netværksmøde. Han kan kontaktes på {c.ph(cw)}.",
            lambda: f"Skolen melder om bedre koncentration om formiddagen, men træthed efter frokost.",
            lambda: f"{c.gen(kid)} søvn er bedre på skoledage end i weekenderne hos {c.gen(far)} familie.",
            lambda: f"Næste kontrol om {R.randint(4, 12)} uger hos {c.nm(nurse, 'first')}.",
            lambda: lookalike(c),
        ]
        return head, s, " ", f"\n\n{c.nm(doc, 'init') if c.planted else 'Overlægen'}"
    head = f"Telefonlog – {c.full(kid)}\n"
    s = [
        lambda: f"{dshort(today())} {tm()}  {c.Nm(mor, 'first')} ringer fra {c.ph(mor)}: {c.nm(kid, 'first')} sover først ved midnat.",
        lambda: f"{dshort(today())} {tm()}  Talt med {c.full(nurse)}, BUP ({c.ph(nurse)}): dosis uændret indtil kontrol.",
        lambda: f"{dshort(today())} {tm()}  Mail fra {c.em(mor)} med søvndagbog vedhæftet.",
        lambda: f"{dshort(today())} {tm()}  Telefonsvarer fra far: \"ring til mig på {c.ph(far, 'spoken')}\"." if c.planted else f"{dshort(today())} {tm()}  Telefonsvarer fra far: ønsker at blive ringet op.",
        lambda: f"{dshort(today())} {tm()}  {c.Nm(far, 'full')} ({c.ph(far)}) ønsker kopi af medicinplanen.",
        lambda: f"{dshort(today())} {tm()}  Brev sendt til {c.ad(mor)}.",
        lambda: f"{dshort(today())} {tm()}  Apoteket ringede: recept på melatonin kræver fødselsdato, oplyst {c.dob(kid)}." if c.planted else f"{dshort(today())} {tm()}  Apoteket ringede: recepten på melatonin var udløbet, ny er bestilt.",
        lambda: f"{dshort(today())} {tm()}  Henvisning til BUP rettet, {c.kv_cpr(kid)} var tastet forkert.",
        lambda: f"{dshort(today())} {tm()}  {lookalike(c)}",
    ]
    return head, s, "\n", ""

# ---------------------------------------------------------------- genre 5: inkasso, mobilabonnement, RKI
def g_debt(c):
    setup_begin(c)
    kid, mor, far, cw = people_basic(c, (2003, 2009))
    kid.role = ch(["Ung A", "Ung B", "U1"])
    agent = P("inkassomedarbejderen", 1970, 1999, prof=True)
    coll = ch(COLLECTORS)
    agent.email = mail_local(agent.first.split()[0]) + "." + mail_local(agent.last.split()[-1])[:1] + "@" + \
        mail_local(coll.split()[0]) + ".dk"
    telco = ch(TELCOS)
    debt = R.randint(18, 240) * 50 + ch([0, 25, 75])
    ref = f"{R.randint(100000, 999999)}-{R.randint(10, 99)}"
    setup_end(c)
    fmt = pick(c, ["letter", "sms", "plan", "note", "kv"])
    c.fmts.append(fmt)
    if fmt == "letter":
        head = (f"{coll}\nSagsnr.: {ref}\n\n{c.nm(kid, 'caps')}\n{c.ad(kid, ch(['twoline', 'full']))}\n\n"
                f"{dlong(today())}\n\nINKASSOMEDDELELSE\n\n")
        s = [
            lambda: f"Vi har fået overdraget et krav fra {telco} vedrørende mobilabonnement. Kravet udgør i alt {debt} kr. inkl. renter og gebyrer.",
            lambda: f"Skyldner: {c.full(kid)}, {c.born(kid)}." if chance(0.5) else f"Skyldner: {c.full(kid)}, {c.kv_cpr(kid)}.",
            lambda: f"Beløbet skal være betalt senest {dlong(today())}. Betales kravet ikke, kan vi registrere det i RKI.",
            lambda: f"Har du spørgsmål, kan du kontakte din sagsbehandler {c.full(agent)} på {c.ph(agent)} eller {c.em(agent)}.",
            lambda: "Du kan også indgå en afdragsordning. Kontakt os, før fristen udløber.",
            lambda: "Rykkergebyret er 100 kr. pr. rykker efter rentelovens regler.",
            lambda: lookalike(c),
        ]
        return head, s, "\n\n", f"\n\nMed venlig hilsen\n{coll}\n{cvr()}"
    if fmt == "sms":
        k = c.nm(kid, ch(["first", "lower"])) if c.planted else kid.role
        head = f"Beskeder fra den unge, gemt {dd(today())} (modtaget på {c.ph(cw)}):\n"
        s = [
            lambda: f"{k} {tmc()}: jeg har faet et brev fra {coll} de siger jeg skylder {debt} kr ?? det er min gamle {telco} telefon",
            lambda: f"{k} {tmc()}: jeg var kun 17 da jeg tog abonnementet, min mor {c.full(mor)} skrev under",
            lambda: f"{k} {tmc()}: kan du ringe til dem? ham der hedder {c.full(agent)} {c.ph(agent)}",
            lambda: f"{k} {tmc()}: jeg bor hos min kæreste nu {c.ad(kid, 'sloppy')}",
            lambda: f"{k} {tmc()}: mit cpr er {c.cpr(kid, 'plain')} hvis du skal bruge det",
            lambda: f"{k} {tmc()}: min mail er {c.em(kid)}",
            lambda: f"{k} {tmc()}: jeg er født {c.dob(kid, ch(['short', 'dots', 'slash']))} så jeg var ikke 18 da jeg skrev under" if c.planted else f"{k} {tmc()}: jeg var ikke 18 da jeg skrev under",
            lambda: f"Rådgiver {tmc()}: Jeg kigger på det i morgen. Betal ikke noget, før vi har talt sammen.",
            lambda: f"{k} {tmc()}: er jeg i rki nu? jeg kan ikke få en lejlighed så",
        ]
        return head, s, "\n", ""
    if fmt == "plan":
        head = (f"Afdragsordning – {c.full(kid)}\n{c.kv_cpr(kid)}\n{c.kv_dob(kid)}\nKreditor: {telco} via {coll} (sag {ref})\n"
                f"Kontakt hos inkasso: {c.full(agent)}, {c.ph(agent)}\nSamlet gæld: {debt} kr.\n\nMåned | Afdrag | Restgæld\n")
        st = {"m": R.randint(0, 11), "y": 2025, "rest": debt, "a": ch([200, 250, 300, 400, 500])}
        def row():
            if st["rest"] <= 0:
                return None
            st["m"] += 1
            if st["m"] == 12:
                st["m"], st["y"] = 0, st["y"] + 1
            a = min(st["a"], st["rest"])
            st["rest"] -= a
            return f"{MON[st['m']]} {st['y']} | {a} kr. | {st['rest']} kr."
        return head, row, "\n", f"\nAftalt på møde med den unge og {c.nm(cw, 'first')}. Betales fra SU den 1. i måneden."
    if fmt == "note":
        head = f"Journalnotat {dd(today())} – gæld og mobilabonnement\n\n"
        s = [
            lambda: f"{c.Nm(kid, 'first')} kom forbi med tre breve fra {coll}. Kravet stammer fra et abonnement hos {telco}.",
            lambda: f"Abonnementet blev oprettet, da {c.nm(kid, 'first')} var under 18, og vi undersøger, om aftalen er bindende.",
            lambda: f"Jeg ringede til {c.full(agent)} hos inkassobureauet på {c.ph(agent)}, som har sat sagen i bero i 30 dage.",
            lambda: f"{c.Nm(mor, 'full')} ({c.ph(mor)}) bekræfter, at hun underskrev for sin søn." if kid.sex == "m" else
                    f"{c.Nm(mor, 'full')} ({c.ph(mor)}) bekræfter, at hun underskrev for sin datter.",
            lambda: f"Ny adresse for den unge: {c.ad(kid)}. Post sendes også til {c.em(kid)}.",
            lambda: "Den unge er henvist til gældsrådgivning, og der er lagt et budget.",
            lambda: f"{c.Nm(kid, 'first')} dikterede sin nye mail: {c.em(kid, spoken=True)}, og sit nummer: {c.ph(kid, 'spoken')}." if c.planted else "Den unge har fået ny mail og nyt nummer, som er noteret i fagsystemet.",
            lambda: f"Inkassobureauet har registreret fødselsdatoen forkert som {c.dob(P('x', 2003, 2009))}; korrekt er {c.dob(kid)}." if c.planted else "Inkassobureauet har registreret fødselsdatoen forkert, og det er rettet.",
            lambda: f"{c.kv_cpr(kid)} oplyst til kreditor med den unges samtykke.",
            lambda: lookalike(c),
        ]
        return head, s, " ", f"\n\n{c.full(cw)}\n{c.em(cw)}"
    head = (f"Oplysninger til gældsrådgivningen\nNavn: {c.full(kid)}\n{c.kv_dob(kid)}\nAdresse: {c.ad(kid)}\n"
            f"Tlf.: {c.ph(kid)}\nE-mail: {c.em(kid)}\n")
    s = [
        lambda: f"Kreditor: {telco}, {debt} kr. (hos {coll}, sag {ref})",
        lambda: f"Kreditor: {ch(TELCOS)}, {R.randint(4, 60) * 50} kr.",
        lambda: "RKI: registreret (ifølge den unge, ikke dokumenteret)",
        lambda: f"Indkomst: SU {ch(['1.016', '3.415', '6.820'])} kr. før skat",
        lambda: f"Kontaktperson: {c.full(mor)}, {c.ph(mor)}",
        lambda: f"Rådgiver: {c.full(cw)}, {c.ph(cw)}",
        lambda: lookalike(c),
    ]
    return head, s, "\n", ""

# ---------------------------------------------------------------- genre 6: breve fra børn og svarbreve
def g_letters(c):
    setup_begin(c)
    kid, mor, far, cw = people_basic(c, (2010, 2018))
    kid.role = ch(["Barn A", "Barn B", "Barn C"])
    pf = P("plejemor", 1965, 1990, "f")
    pet = ch(["Sol", "Storm", "Lykke", "Bamse", "Fido", "Mille"])
    sib = P("lillebror", 2014, 2020, "m", origin=kid.origin)
    sib.last = kid.last
    setup_end(c)
    fmt = pick(c, ["child", "child", "drawing", "reply", "reply", "mailchild"])
    c.fmts.append(fmt)
    if fmt == "child":
        cwn = c.nm(cw, ch(["first", "miss", "first"])) if c.planted else "min sagsbehanler"
        kn = c.nm(kid, ch(["first", "lower", "caps"])) if c.planted else "mig"
        head = f"Brev modtaget {dd(today())}, afskrevet ordret:\n\n\"Hej {cwn}\n"
        s = [
            lambda: "jeg vil gerne bo hjemme igen. jeg savner min mor rigtig meget og min seng.",
            lambda: f"min lillebror {c.nm(sib, 'first')} siger han også savner mig",
            lambda: "i skolen har vi om dinosaure og jeg er god til at læse nu",
            lambda: f"{c.nm(pf, 'first')} er sød men hun laver ik pizza ligesom min far",
            lambda: f"kan du ringe til mig på {c.ph(kid, ch(['plain', 'pairs']))} efter skole",
            lambda: f"jeg bor på {c.ad(pf, 'sloppy')} hvis du vil sende et brev tilbage",
            lambda: f"min føselsdag er {c.dob(kid, ch(['short', 'slash4', 'long']))} og jeg vil gerne have besøg af min far",
            lambda: "hvorfor må jeg ikke se min far om lørdagen. det er ik fair",
            lambda: "jeg har fået en ven i klassen han hedder også noget med A",
            lambda: "jeg er glad når vi spiller fodbol i frikvartere",
        ]
        tail = f"\nKH {kn} {age(kid.dob)} år ❤\"" if c.planted else f"\nKH {age(kid.dob)} år ❤\""
        return head, s, "\n", tail
    if fmt == "drawing":
        head = f"Tegning modtaget fra {c.nm(kid, 'first')} den {dd(today())}, beskrevet af {c.nm(cw, 'ini') if c.planted else 'rådgiver'}:\n\n"
        s = [
            lambda: "Et hus med rødt tag og en stor gul sol i hjørnet. Foran huset står tre personer, den mindste holder en hund.",
            lambda: f"Over hunden står der med blyant \"{pet.upper()}\"." if c.planted and pet in ("Bamse", "Fido", "Mille") else
                    "Over hunden står der med blyant \"MIN HUND\".",
            lambda: f"Over den største person står der \"{c.nm(mor, 'caps') if c.planted else 'MOR'}\", og over den næste \"{c.nm(kid, 'caps') if c.planted else 'MIG'}\".",
            lambda: "Der er tegnet regn over den ene halvdel af arket og sol over den anden.",
            lambda: f"Det er tydeligt {c.gen(kid)} egen hånd; bogstaverne vender som i {c.gen(sib)} tegninger.",
            lambda: f"På bagsiden har barnet skrevet: \"til {c.nm(cw, 'lower') if c.planted else 'dig'} fra mig\".",
            lambda: f"Nederst står et telefonnummer, som barnet siger er fars: {c.ph(far, ch(['plain', 'quad']))}.",
            lambda: f"På huset står husnummeret og vejen, som barnet husker det: {c.ad(mor, 'sloppy')}.",
            lambda: "Tegningen er scannet og lagt i sagen. Originalen er sendt retur med posten.",
            lambda: f"Barnet har skrevet sin fødselsdag i hjørnet: {c.dob(kid, ch(['short', 'slash4', 'spoken']))}." if c.planted else "Barnet har skrevet sin alder i hjørnet med store tal.",
        ]
        return head, s, " ", ""
    if fmt == "mailchild":
        head = (f"Fra: {c.em(kid)}\nTil: {c.em(cw)}\nEmne: hej det er mig\n\n" if c.planted else
                "Mail fra barnet til rådgiveren, sendt via skolens intra\nEmne: hej det er mig\n\n")
        s = [
            lambda: f"hej {c.nm(cw, 'first')} det er {c.nm(kid, 'first')}",
            lambda: "jeg skriver fordi jeg ikke vil til møde på fredag. jeg bliver nervøs",
            lambda: f"min plejemor {c.full(pf)} siger jeg skal skrive til dig selv",
            lambda: "kan vi ikke bare snakke i bilen i stedet",
            lambda: f"og kan min storesøster komme med. hun har nr {c.ph(mor)}",
            lambda: "jeg har været syg og har haft feber i 3 dage",
            lambda: f"jeg har fødselsdag {c.dob(kid, ch(['short', 'long', 'slash4']))} og vil gerne holde den hos min mor" if c.planted else "jeg har snart fødselsdag og vil gerne holde den hos min mor",
        ]
        return head, s, "\n", f"\nmvh {c.nm(kid, 'lower') if c.planted else 'mig'}"
    # reply letter
    head = (f"{c.full(kid)}\nc/o {c.full(pf)}\n{c.ad(pf, 'twoline')}\n\n{dlong(today())}\n\n"
            f"{'Vedr.: ' + c.full(kid) + ', ' + c.kv_dob(kid).lower() + chr(10) + chr(10) if chance(0.5) else ''}Kære {c.nm(kid, 'first')}\n\n")
    s = [
        lambda: "Tak for dit brev. Jeg blev rigtig glad for at læse det, og for tegningen af jeres hus med hunden.",
        lambda: "Du skriver, at du savner din mor. Det forstår jeg godt, og det er helt okay at være ked af det.",
        lambda: f"Jeg har talt med {c.nm(mor, 'first')}, og vi har aftalt, at I ses på lørdag i to timer.",
        lambda: f"Hvis du vil snakke med mig, kan du ringe på {c.ph(cw)}. Jeg har telefon mandag til torsdag.",
        lambda: f"Du kan også skrive til mig på {c.em(cw)}. Din plejemor {c.nm(pf, 'first')} kan hjælpe dig.",
        lambda: "Du kan altid ringe til Børnetelefonen på 116 111, hvis du vil tale med en voksen, du ikke kender.",
        lambda: f"Jeg kommer på besøg hos dig og {c.nm(pf, 'first')} i næste uge, så kan vi snakke om din lillebror {c.nm(sib, 'first')}.",
        lambda: f"Vi holder møde om din plan efter § 91 den {fdate(today())} kl. {tm()}. Du må gerne tage en bisidder med, hvis du vil.",
    ]
    return head, s, "\n\n", f"\n\nMange hilsner fra\n{c.full(cw)}\nDin sagsbehandler\n{c.ph(cw)}"

# ---------------------------------------------------------------- building texts
GENRES = [("fritidsjob", g_job), ("institution", g_rota), ("udland", g_abroad), ("soevn_adhd", g_sleep),
          ("inkasso", g_debt), ("brev_fra_barn", g_letters)]
BANDS = {"short": (30, 80), "medium": (81, 150), "long": (151, 300)}

def build_section(c, gen, budget):
    head, items, sep, tail = gen(c)
    chosen = []
    picked = []
    pool = list(range(len(items))) if isinstance(items, list) else None
    while True:
        txt = head + sep.join(chosen) + tail
        if len(chosen) >= 2 and wc(txt) >= budget:
            return txt
        if pool is not None:
            if not pool:
                return txt
            k = pool.pop(R.randrange(len(pool)))
            picked.append((k, items[k]()))
            picked.sort(key=lambda x: x[0])
            chosen = [x[1] for x in picked]
        else:
            nxt = items()
            if len(chosen) >= 16 or nxt is None:
                return txt
            chosen.append(nxt)

CLEAN_FIX = [("rådgiver sagsbehandleren", "rådgiveren"), ("rådgiver rådgiveren", "rådgiveren"), ("sagsbehandler inkassomedarbejderen", "sagsbehandler hos os"),
             ("((", "("), ("))", ")"), ("sagsbehandler sagsbehandleren", "sagsbehandleren"),
             ("sygeplejerske sygeplejersken", "sygeplejersken"), ("min plejemor plejemor", "min plejemor"),
             ("Din plejemor plejemor", "Din plejemor"), ("vikaren vikar", "vikar"), ("vikaren pædagog", "pædagog"),
             ("vikaren medarbejder", "medarbejder"), ("vikaren Medarbejder", "Medarbejder"),
             ("Farmor farmor", "Farmor"), ("Lillesøster lillesøster", "Lillesøster"), ("min lillebror lillebror", "min lillebror"),
             ("din lillebror lillebror", "din lillebror"), ("min mor mor", "min mor")]

def fix_clean(t):
    t = re.sub(r"\((\d[\d ]+\d) \((hovednummer|omstilling)\)\)", r"(\1, \2)", t)
    for a, b in CLEAN_FIX:
        t = t.replace(a, b)
    return t

def build_text(mode, gen, band):
    lo, hi = BANDS[band]
    for _ in range(400):
        c = Ctx(mode)
        target = R.randint(lo, hi)
        secs = []
        while len(secs) < 5:
            cur = wc("\n\n".join(secs)) if secs else 0
            if cur >= target:
                break
            secs.append(build_section(c, gen, target - cur))
        marked = "\n\n".join(secs)
        if mode == "c":
            marked = fix_clean(marked)
        n = wc(marked)
        if lo <= n <= hi:
            yield marked, c
    raise RuntimeError("could not fit band")

# ---------------------------------------------------------------- checks
POOL_NAMES = []
for _k in ORIGIN_KEYS:
    for _lst in ORIGINS[_k]:
        for _n in _lst:
            if _n not in POOL_NAMES:
                POOL_NAMES.append(_n)
for _n in list(NICKS.values()):
    if _n not in POOL_NAMES:
        POOL_NAMES.append(_n)
_forms = []
for _n in sorted(POOL_NAMES, key=lambda x: (-len(x), x)):
    _forms.append(re.escape(_n))
    _forms.append(re.escape(_n.upper()))
NAME_RE = re.compile(r"(?<!\w)(?:" + "|".join(_forms) + r")(?!\w)")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in STREETS) + r")\s+\d", re.I)
PHONE_RES = [re.compile(r"(?<![\w+])\+\d{2,3}[\d .\-]{6,14}\d"),
             re.compile(r"(?<!\d)00\d{2} ?\d{4} ?\d{4}(?!\d)"),
             re.compile(r"(?<!\d)\d{8}(?!\d)"),
             re.compile(r"(?<!\d)\d{2}([ .\-])\d{2}\1\d{2}\1\d{2}(?!\d)"),
             re.compile(r"(?<!\d)\d{4} \d{4}(?!\d)"),
             re.compile(r"(?<!\d)(?<!\d )\d{2} \d{2} \d{2}(?! ?\d)"),
             re.compile(r"(?<!\d)\d{3} \d{3}(?!\d)")]
CPR_RES = [re.compile(r"(?<!\d)\d{6}[- ]?\d{4}(?!\d)"),
           re.compile(r"(?<!\d)\d{2}[. ]\d{2}[. ]\d{2}[- ]?\d{4}(?!\d)"),
           re.compile(r"(?<!\d)\d{4} \d{2}-\d{4}(?!\d)")]
BORN_RE = re.compile(r"(?<!\w)(født|f\.|fødselsdato:?)\s*(\d)", re.I)
ALLOWED = {"p": ["name", "phone", "email", "address", "dob", "cpr"], "c": [], "i": ["institution"]}

def inside(a, b, spans):
    for s in spans:
        if s["start"] <= a and b <= s["end"]:
            return True
    return False

def whitelisted(text, m):
    t = m.group(0)
    if t in PUBLIC_NUMBERS:
        return True
    if re.fullmatch(r"\d{8}", t) and text[max(0, m.start() - 4):m.start()] == "CVR ":
        return True
    return False

def check(text, spans, mode, lo, hi, forbidden=None):
    errs = []
    last = 0
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            errs.append("offset")
        if s["start"] < last:
            errs.append("overlap/order")
        last = s["end"]
        if s["kind"] not in ALLOWED[mode]:
            errs.append("kind " + s["kind"])
        if s["text"] != s["text"].strip() or not s["text"]:
            errs.append("whitespace in span")
    n = len(text.split())
    if not (lo <= n <= hi):
        errs.append(f"words {n}")
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not inside(m.start(), m.end(), spans):
                errs.append("unplanted copy " + s["text"])
    for m in NAME_RE.finditer(text):
        if not inside(m.start(), m.end(), spans):
            errs.append("pool name " + m.group(0))
    for rx in PHONE_RES + CPR_RES:
        for m in rx.finditer(text):
            if not inside(m.start(), m.end(), spans) and not whitelisted(text, m):
                errs.append("number " + m.group(0))
    for m in re.finditer("@", text):
        if not inside(m.start(), m.end(), [s for s in spans if s["kind"] == "email"]):
            errs.append("@")
    for m in STREET_RE.finditer(text):
        if not inside(m.start(), m.end(), [s for s in spans if s["kind"] == "address"]):
            errs.append("street+number " + m.group(0))
    for m in BORN_RE.finditer(text):
        if not inside(m.start(2), m.end(2), spans):
            errs.append("born+digits")
    if "\x01" in text or "\x02" in text or "\x03" in text:
        errs.append("marker")
    if forbidden:
        for f in forbidden:
            if f in text:
                errs.append("planted text in clean: " + f)
    return errs

# ---------------------------------------------------------------- institutions
INST_T = [
    "{A} har meddelt, at der er en ledig plads fra august. Forældrene er orienteret, og sagen drøftes på næste teammøde.",
    "Barn A (11 år) går i 5. klasse på {A} og har plads i {B} tre eftermiddage om ugen.",
    "Den unge er visiteret til {A}. Udslusning forventes at ske via {B} efter sommerferien.",
    "Skolen oplyser, at {A} har sendt en bekymring om fravær, og at klasselæreren deltager i netværksmødet.",
    "Plejefamilien er tilknyttet {A}, som står for supervision og efteruddannelse.",
    "Mor ønsker, at barnet flytter fra {A} til {B}, fordi der er kortere transport.",
    "Der er indhentet en statusudtalelse fra {A} forud for revisionen af barnets plan.",
    "Den unge har søgt optagelse på {A} og har været på besøg med kontaktpersonen fra {B}.",
    "Lillesøster (3 år) går i {A}, mens storebror (8 år) går i SFO på {B}.",
    "Opholdsstedet er skiftet: den unge flyttede fra {A} til {B} i marts efter en akut anbringelse.",
    "Ifølge {A} trives barnet bedre efter, at der er indført faste rutiner ved sengetid.",
    "Samværet finder sted i lokaler lånt af {A}, og en pædagog er til stede hele tiden.",
]

def build_inst(i):
    for _ in range(200):
        t = ch(INST_T)
        a = INSTITUTIONS[i % len(INSTITUTIONS)]
        b = ch([x for x in INSTITUTIONS if x != a])
        marked = t.replace("{A}", M("institution", a)).replace("{B}", M("institution", b))
        text, spans = render(marked)
        errs = check(text, spans, "i", 12, 40)
        if not errs:
            return text, spans
    raise RuntimeError("inst")

# ---------------------------------------------------------------- main
def main():
    stats = {"kinds": {}, "fmt": {}, "band": {}, "fails": {}}
    planted, clean = [], []
    forbidden = []
    for mode, rows in (("p", planted), ("c", clean)):
        for i in range(240):
            gname, gen = GENRES[i % 6]
            band = ["short", "medium", "long"][(i // 6 + i % 6) % 3]
            lo, hi = BANDS[band]
            for marked, c in build_text(mode, gen, band):
                text, spans = render(marked)
                errs = check(text, spans, mode, lo, hi, forbidden if mode == "c" else None)
                if not errs:
                    break
                for e in errs:
                    key = e.split(" ")[0] + ":" + mode
                    stats["fails"][key] = stats["fails"].get(key, 0) + 1
            rid = f"{CORPUS}-{mode}{i + 1:03d}"
            rows.append({"id": rid, "text": text, "planted": spans})
            for f in c.fmts:
                k = f"{mode}:{gname}:{f}"
                stats["fmt"][k] = stats["fmt"].get(k, 0) + 1
            kb = f"{mode}:{band}"
            stats["band"][kb] = stats["band"].get(kb, 0) + 1
            for s in spans:
                stats["kinds"][s["kind"]] = stats["kinds"].get(s["kind"], 0) + 1
                if s["kind"] != "name" and s["text"] not in forbidden:
                    forbidden.append(s["text"])
    inst = []
    for i in range(30):
        text, spans = build_inst(i)
        inst.append({"id": f"{CORPUS}-i{i + 1:03d}", "text": text, "planted": spans})
        for s in spans:
            stats["kinds"]["institution"] = stats["kinds"].get("institution", 0) + 1
    for name, rows in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # corpus-level checks
    k = stats["kinds"]
    tot = sum(v for kk, v in k.items() if kk != "institution")
    ok = (3000 <= tot <= 4500 and all(k.get(x, 0) >= 250 for x in ("phone", "address", "dob"))
          and all(k.get(x, 0) >= 120 for x in ("cpr", "email"))
          and all(k["name"] > v for kk, v in k.items() if kk != "name"))
    assert [r["id"] for r in planted] == [f"{CORPUS}-p{i:03d}" for i in range(1, 241)]
    assert [r["id"] for r in clean] == [f"{CORPUS}-c{i:03d}" for i in range(1, 241)]
    for r in clean:
        assert r["planted"] == []
    print(json.dumps({"total_planted_spans": tot, **stats}, ensure_ascii=False, indent=1, sort_keys=True))
    if not ok:
        print("CORPUS-LEVEL COUNT CHECK FAILED", file=sys.stderr)
        sys.exit(1)

if __name__ == "__main__":
    main()
