# -*- coding: utf-8 -*-
"""blind27 held-out corpus generator. Python 3.11 standard library only.
Run: python3 make.py   (writes planted.jsonl, clean.jsonl, institutions.jsonl here)"""
import sys
sys.dont_write_bytecode = True
import datetime
import random
import unicodedata

from pools import NAMES, ORIGIN_WEIGHTS, PRO_WEIGHTS, NICK, STREETS, TOWNS, MUNIS, PRIVATE_MAIL, WORK_MAIL_OTHER

SEED = 272727
R = random.Random(SEED)

S1, S2, S3 = "\x01", "\x02", "\x03"


def sp(kind, text):
    text = text.strip()
    return f"{S1}{kind}{S2}{text}{S3}"


def parse(m):
    out, spans, i, pos = [], [], 0, 0
    while True:
        j = m.find(S1, i)
        if j < 0:
            out.append(m[i:])
            break
        out.append(m[i:j])
        pos += j - i
        k = m.find(S2, j)
        e = m.find(S3, k)
        kind, t = m[j + 1:k], m[k + 1:e]
        spans.append({"kind": kind, "text": t, "start": pos, "end": pos + len(t)})
        out.append(t)
        pos += len(t)
        i = e + 1
    return "".join(out), spans


def ch(seq):
    return seq[R.randrange(len(seq))]


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def maybe(p):
    return R.random() < p


# ---------------------------------------------------------------- dates
MD = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
      "november", "december"]
ME = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"]
MG = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
      "November", "Dezember"]
WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende",
       "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende",
       "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte",
       "enogtredivte"]
UNITS = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv",
         "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs",
        9: "halvfems"}


def da_num(n):
    if n < 20:
        return UNITS[n]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else UNITS[u] + "og" + TENS[t]


def da_year(y):
    if y >= 2000:
        r = y - 2000
        return "totusind" if r == 0 else ("totusind og " + da_num(r))
    return "nittenhundrede og " + da_num(y - 1900)


def rand_date(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


def fmt_dob(d, lang="da"):
    if lang == "en":
        return wch([(f"{d.day} {ME[d.month-1]} {d.year}", 4), (f"{ME[d.month-1]} {d.day}, {d.year}", 3),
                    (f"{d:%d/%m/%Y}", 2), (f"{d:%Y-%m-%d}", 1)])
    if lang == "de":
        return wch([(f"{d.day}. {MG[d.month-1]} {d.year}", 4), (f"{d:%d.%m.%Y}", 4)])
    return wch([
        (f"{d:%d.%m.%Y}", 6), (f"{d.day}. {MD[d.month-1]} {d.year}", 5), (f"{d:%Y-%m-%d}", 2),
        (f"{d:%d/%m-%y}", 2), (f"{d.day}/{d.month}-{d.year}", 2), (f"{d:%d-%m-%Y}", 2),
        (f"{d.day}.{d.month}.{d:%y}", 2), (f"{d:%d.%m.%y}", 1),
        (f"{ORD[d.day-1]} {MD[d.month-1]} {da_year(d.year)}", 1),
        (f"{d.day}. {MD[d.month-1][:3]}. {d.year}", 1),
    ])


def fmt_docdate(d, lang="da"):
    if lang == "en":
        return wch([(f"{d.day} {ME[d.month-1]} {d.year}", 3), (f"{ME[d.month-1]} {d.day}, {d.year}", 2)])
    if lang == "de":
        return wch([(f"{d.day}. {MG[d.month-1]} {d.year}", 3), (f"{d:%d.%m.%Y}", 2)])
    return wch([(f"{d:%d.%m.%Y}", 4), (f"{d.day}. {MD[d.month-1]} {d.year}", 4), (f"{d:%Y-%m-%d}", 1),
                (f"{WD[d.weekday()]} den {d.day}. {MD[d.month-1]}", 2), (f"{d.day}/{d.month}-{d.year}", 1)])


def fmt_time():
    h = R.randint(8, 16)
    m = ch(["00", "00", "15", "30", "30", "45", "10", "20", "40"])
    return wch([(f"{h}.{m}", 3), (f"{h:02d}:{m}", 2), (f"{h:02d}.{m}", 1)])


# ---------------------------------------------------------------- registries (uniqueness)
USED = {}


def fresh(gen):
    for _ in range(200):
        v = gen()
        if v not in USED:
            USED[v] = 1
            return v
    raise RuntimeError("no fresh value")


def ascii_fold(s):
    s = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ł", "l"), ("ı", "i"), ("ð", "d"), ("'", ""),
                 ("ß", "ss"), ("đ", "d")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(x for x in s if not unicodedata.combining(x))
    return "".join(x for x in s if x.isalnum() or x in ".-_ ")


# ---------------------------------------------------------------- phones
DK_FIRST = ["2", "2", "2", "3", "4", "4", "5", "5", "6", "7", "8", "9", "9", "3", "6"]
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111"] + [m[2] for m in MUNIS] + [m[3] for m in MUNIS]


def dk_digits():
    def g():
        d = ch(DK_FIRST) + "".join(str(R.randint(0, 9)) for _ in range(7))
        if d[:2] in ("70", "80", "90") or d in [x.replace(" ", "") for x in PUBLIC_NUMBERS]:
            return g()
        return d
    return fresh(g)


def fmt_dk_phone(d, spoken_ok=False, prefix=True):
    p = [d[0:2], d[2:4], d[4:6], d[6:8]]
    opts = [(" ".join(p), 10), (d, 4), (d[:4] + " " + d[4:], 3), (".".join(p), 2), ("-".join(p), 1)]
    if prefix:
        opts += [("+45 " + " ".join(p), 4), ("+45" + d, 1), ("0045 " + d, 1), ("+45 " + d[:4] + " " + d[4:], 1),
                 ("(+45) " + " ".join(p), 1)]
    if spoken_ok:
        opts.append((", ".join(da_num(int(x)) if x[0] != "0" else "nul " + UNITS[int(x[1])] for x in p), 3))
    return wch(opts)


def foreign_phone(cc):
    def dg(n):
        return "".join(str(R.randint(0, 9)) for _ in range(n))
    if cc == "gl":
        return fresh(lambda: ch(["+299 ", "00299 ", "+299"]) + ch(["2", "3", "5", "4"]) + dg(1) + " " + dg(2) + " " + dg(2))
    if cc == "fo":
        return fresh(lambda: ch(["+298 ", "+298"]) + ch(["2", "5", "7"]) + dg(5))
    if cc == "de":
        return fresh(lambda: ch(["+49 461 ", "+49 (0)461 ", "0049 431 ", "+49 40 ", "+49 176 "]) + dg(3) + " " + dg(4))
    if cc == "uk":
        return fresh(lambda: ch(["+44 20 7946 0", "+44 113 496 0", "+44 161 496 0", "+44 7700 900"]) + dg(3))
    if cc == "se":
        return fresh(lambda: "+46 " + ch(["40", "8", "31", "70"]) + "-" + dg(3) + " " + dg(2) + " " + dg(2))
    if cc == "no":
        return fresh(lambda: "+47 " + ch(["4", "9"]) + dg(2) + " " + dg(2) + " " + dg(3))
    if cc == "pl":
        return fresh(lambda: "+48 " + ch(["5", "6", "7"]) + dg(2) + " " + dg(3) + " " + dg(3))
    if cc == "ua":
        return fresh(lambda: "+380 " + ch(["50", "67", "97", "93"]) + " " + dg(3) + " " + dg(2) + " " + dg(2))
    if cc == "tr":
        return fresh(lambda: "+90 5" + dg(2) + " " + dg(3) + " " + dg(2) + " " + dg(2))
    if cc == "so":
        return fresh(lambda: "+252 61 " + dg(3) + " " + dg(4))
    if cc == "es":
        return fresh(lambda: "+34 6" + dg(2) + " " + dg(3) + " " + dg(3))
    if cc == "ro":
        return fresh(lambda: "+40 7" + dg(2) + " " + dg(3) + " " + dg(3))
    if cc == "af":
        return fresh(lambda: "+93 7" + dg(2) + " " + dg(3) + " " + dg(3))
    raise ValueError(cc)


# ---------------------------------------------------------------- addresses
FLOORS = ["st. tv.", "st. th.", "1. tv.", "1. th.", "2. tv", "2. th", "3. mf.", "1. sal", "4. tv.", "2.th.",
          "st.", "1. 3", "3. 12"]


def dk_address():
    def g():
        st = ch(STREETS)
        no = str(wch([(R.randint(1, 40), 5), (R.randint(41, 180), 2)]))
        if maybe(0.15):
            no += ch(["A", "B", "C", "D", "F"])
        fl = ch(FLOORS) if maybe(0.35) else ""
        pc, town = ch(TOWNS)
        return (st, no, fl, pc, town)
    return fresh(g)


def fmt_dk_address(a, two=False, short=False, sloppy=False):
    st, no, fl, pc, town = a
    if short:
        return f"{st} {no}" + (f", {fl}" if fl else "")
    if sloppy:
        return wch([(f"{st.lower()} {no} {fl.replace(' ', '').replace('.', '')} {town.lower()}".replace("  ", " "), 2),
                    (f"{st} {no}{(' ' + fl) if fl else ''} {pc} {town}", 3),
                    (f"{st} {no},{pc} {town}", 1)])
    sep = "\n" if two else ", "
    return f"{st} {no}" + (f", {fl}" if fl else "") + sep + f"{pc} {town}"


FOREIGN_ADDR = {
    "gl": [lambda n: f"Aqqusinersuaq {n}, 3900 Nuuk", lambda n: f"Issortarfimmut {n}, lejl. {R.randint(1,30)}, 3900 Nuuk",
           lambda n: f"B-{R.randint(100,1999)}, Qupanuk {n}, 3900 Nuuk", lambda n: f"Aqqusinersuaq {n}, 3911 Sisimiut",
           lambda n: f"Imaneq {n}, 3900 Nuuk", lambda n: f"Nuussuaq {n}, 3952 Ilulissat"],
    "fo": [lambda n: f"Jónas Broncks gøta {n}, FO-100 Tórshavn", lambda n: f"Klaksvíksvegur {n}, FO-700 Klaksvík",
           lambda n: f"Á Hædd {n}, FO-188 Hoyvík", lambda n: f"Havnarvegur {n}, 100 Tórshavn"],
    "de": [lambda n: f"Friesische Straße {n}, 24937 Flensburg", lambda n: f"Lindenstraße {n}, 24939 Flensburg",
           lambda n: f"Holstenstraße {n}, 24103 Kiel", lambda n: f"Am Markt {n}, 25813 Husum",
           lambda n: f"Wrangelstraße {n}, 10997 Berlin", lambda n: f"Eimsbütteler Chaussee {n}, 20259 Hamburg"],
    "uk": [lambda n: f"{n} Station Road, Leeds LS6 2AB", lambda n: f"Flat {R.randint(1,9)}, {n} Victoria Street, Manchester M14 5RT",
           lambda n: f"{n} Church Lane, Canterbury CT1 2QR", lambda n: f"{n} Mile End Road, London E1 4NS"],
    "se": [lambda n: f"Storgatan {n}, 211 41 Malmö", lambda n: f"Kungsgatan {n} lgh 1102, 411 19 Göteborg",
           lambda n: f"Östra Förstadsgatan {n}, 212 12 Malmö"],
    "no": [lambda n: f"Storgata {n}, 0155 Oslo", lambda n: f"Kong Oscars gate {n}, 5017 Bergen"],
    "pl": [lambda n: f"ul. Kwiatowa {n}/{R.randint(1,40)}, 80-180 Gdańsk", lambda n: f"ul. Długa {n} m. {R.randint(1,20)}, 70-100 Szczecin",
           lambda n: f"ul. Ogrodowa {n}, 50-001 Wrocław"],
    "ua": [lambda n: f"vul. Sadova {n}, kv. {R.randint(1,80)}, 79000 Lviv", lambda n: f"vul. Shkilna {n}, 61000 Kharkiv",
           lambda n: f"prov. Lisovyi {n}, 21000 Vinnytsia"],
    "tr": [lambda n: f"Atatürk Cad. No: {n} D: {R.randint(1,12)}, 35220 Konak/İzmir",
           lambda n: f"Gül Sok. No: {n}, 34080 Fatih/İstanbul"],
    "es": [lambda n: f"Calle Mayor {n}, 3º B, 29640 Fuengirola", lambda n: f"Avenida del Mar {n}, 03181 Torrevieja"],
    "ro": [lambda n: f"Str. Florilor nr. {n}, bl. 3, ap. {R.randint(1,40)}, 400001 Cluj-Napoca"],
    "so": [lambda n: f"Waddada Makka Al-Mukarama {n}, Degmada Hodan, Muqdisho", lambda n: f"Waddada Wadajir {n}, Hargeysa"],
    "af": [lambda n: f"Kuche-ye Gul {n}, Karte Se, Kabul", lambda n: f"Jada-ye Maiwand {n}, Herat"],
}


def foreign_address(cc):
    return fresh(lambda: ch(FOREIGN_ADDR[cc])(R.randint(1, 88)))


# ---------------------------------------------------------------- persons
def gen_cpr(d, male):
    def g():
        y = d.year
        if 1900 <= y <= 1999:
            c7 = ch([0, 1, 2, 3] + ([4, 9] if y >= 1937 else []))
        else:
            c7 = ch([4, 9, 5, 6, 7, 8])
        rest = R.randint(0, 999)
        last = rest % 10
        if (last % 2 == 1) != male:
            rest = rest - last + ((last + 1) % 10)
        return f"{d:%d%m%y}{c7}{rest:03d}"
    return fresh(g)


def fmt_cpr(c):
    a, b = c[:6], c[6:]
    return wch([(f"{a}-{b}", 10), (f"{a} {b}", 3), (c, 3), (f"{a[:2]}.{a[2:4]}.{a[4:]}-{b}", 1),
                (f"{a[:2]} {a[2:4]} {a[4:]} {b}", 1), (f"{a}–{b}", 1), (f"{a[:2]}{a[2:4]}{a[4:]} - {b}", 1)])


def polish_gender(s, gender):
    if gender == "f":
        return polish_fem(s)
    for a, b in (("ska", "ski"), ("cka", "cki"), ("dzka", "dzki")):
        if s.endswith(a):
            return s[: -len(a)] + b
    return s


def polish_fem(s):
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if s.endswith(a):
            return s[: -len(a)] + b
    return s


NO_LOWER = ["le", "bo", "ask", "sol", "storm", "lykke", "skov", "vinter", "ulv", "frej", "maj", "lærke",
            "dam", "bak", "ravn", "nur", "hoa", "bao", "lan", "kim", "ole", "ida", "siv", "gry", "tilde",
            "ebbe", "helle", "butt", "hung", "egal", "aden", "noah"]
AVOID_INI = ["PPR", "SFO", "BUU", "ICS", "SOS", "CPR", "SDQ", "OK", "TV", "DK", "EU", "UK", "ADHD", "FH",
             "AM", "PM", "BM", "SB", "HR", "IT", "KL", "GL", "FO", "NN", "UU", "AA", "ID", "OBS", "BL", "EAN",
             "CVR", "DE", "ME", "HJ", "SOSU", "ADOS", "RH", "AUH", "OUH", "SU", "NB", "PS", "NS", "ST", "KK",
             "MB", "TH", "TV", "MF", "AS", "SE", "NO", "PL", "MR", "DR"]


class Person:
    def __init__(self, role, origin, gender, kind="adult", last=None, first=None):
        fem, mal, sur = NAMES[origin]
        self.role, self.origin, self.gender, self.kind = role, origin, gender, kind
        self.first = first or ch(fem if gender == "f" else mal)
        if last is None:
            last = ch(sur)
            if origin == "pl" and gender == "f":
                last = polish_fem(last)
            if origin == "dk" and maybe(0.08):
                last = ch(sur) + "-" + last if maybe(0.5) else last
        self.last = last
        if kind == "child":
            self.dob = rand_date(2008, 2023)
        elif kind == "old":
            self.dob = rand_date(1942, 1968)
        else:
            self.dob = rand_date(1962, 2000)
        self._cpr = None
        self._phone = None
        self._mail = None
        self._addr = None
        self.foreign = None  # country code if lives abroad

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def cprn(self):
        if self._cpr is None:
            self._cpr = gen_cpr(self.dob, self.gender == "m")
        return self._cpr

    def age(self, ref_year=2025):
        return ref_year - self.dob.year - (1 if (self.dob.month, self.dob.day) > (6, 30) else 0)

    def initials(self):
        toks = self.full.replace("-", " ").split()
        toks = [t for t in toks if t[0].isalpha() and t[0].isupper()]
        opts = []
        if len(toks) >= 3:
            opts.append("".join(t[0] for t in toks).upper())
        if len(toks) >= 2:
            opts.append((toks[0][0] + toks[-1][0]).upper())
            opts.append((toks[0][0] + toks[-1][:2]).upper())
            opts.append((toks[0][:2] + toks[-1][:2]).upper())
        opts = [unicodedata.normalize("NFKD", o) for o in opts]
        opts = ["".join(x for x in o if x.isalpha() and x.isascii()) for o in opts]
        opts = [o for o in opts if len(o) >= 2 and o not in AVOID_INI]
        return ch(opts) if opts else None

    def dotted(self):
        toks = self.full.replace("-", " ").split()
        toks = [t for t in toks if t[0].isupper()]
        return ".".join(t[0] for t in toks[:3]) + "."

    def misspell(self):
        base = self.full
        for _ in range(20):
            toks = base.split(" ")
            i = R.randrange(len(toks))
            t = toks[i]
            if len(t) < 4:
                continue
            k = R.randint(1, len(t) - 2)
            op = R.randint(0, 3)
            if op == 0:
                t2 = t[:k] + t[k] + t[k:]
            elif op == 1:
                t2 = t[:k] + t[k + 1:]
            elif op == 2:
                t2 = t[:k] + t[k + 1] + t[k] + t[k + 2:]
            else:
                subs = [("ph", "f"), ("ou", "u"), ("ss", "s"), ("ck", "k"), ("ch", "k"), ("sen", "son"),
                        ("ie", "i"), ("y", "i"), ("aa", "å"), ("oe", "ø"), ("mm", "m"), ("dd", "d")]
                t2 = t
                for a, b in subs:
                    if a in t[1:]:
                        t2 = t[0] + t[1:].replace(a, b, 1)
                        break
            if t2 != t and t2[0].isupper():
                toks[i] = t2
                return " ".join(toks)
        return None

    def nick(self):
        return NICK.get(self.first)

    def phone(self):
        if self._phone is None:
            if self.foreign:
                self._phone = ("f", foreign_phone(self.foreign))
            else:
                self._phone = ("d", dk_digits())
        return self._phone

    def dk_phone(self):
        return dk_digits()

    def mail(self, work_domain=None):
        if self._mail is None:
            f, l = ascii_fold(self.first).replace(" ", ""), ascii_fold(self.last).replace(" ", "").replace("-", "")
            if work_domain:
                ini = (self.initials() or (f[:2] + l[:2])).lower()
                loc = wch([(ini, 5), (f"{f}.{l}", 3), (f"{f[:2]}{l[:2]}", 1)])
                dom = work_domain
            else:
                loc = wch([(f"{f}.{l}", 4), (f"{f}{l}", 2), (f"{f}_{l}{R.randint(1,99)}", 2),
                           (f"{f}{R.randint(70, 2015)}", 2), (f"{f[0]}{l}", 1), (f"{l}.{f}", 1),
                           ((NICK.get(self.first) or f).lower().replace(" ", "").replace(".", "") + str(R.randint(1, 999)), 1)])
                dom = ch(PRIVATE_MAIL)
            loc = ascii_fold(loc).replace(" ", "")
            self._mail = fresh(lambda: loc + ("" if R.random() < 0.7 else str(R.randint(2, 9))) + "@" + dom)
        return self._mail

    def addr(self):
        if self._addr is None:
            if self.foreign:
                self._addr = ("f", foreign_address(self.foreign))
            else:
                self._addr = ("d", dk_address())
        return self._addr


def spoken_mail(m):
    loc, dom = m.split("@")
    def say(s):
        return s.replace(".", " punktum ").replace("_", " understreg ").replace("-", " bindestreg ")
    return (say(loc) + " snabel-a " + say(dom)).replace("  ", " ").strip()


def pick_origin(weights=ORIGIN_WEIGHTS):
    return wch(weights)


# ---------------------------------------------------------------- roles and context
ROLES = {
    # key: (da, da genitive, en, de)
    "mor": ("mor", "mors", "the mother", "die Mutter"),
    "far": ("far", "fars", "the father", "der Vater"),
    "mormor": ("mormor", "mormors", "the maternal grandmother", "die Großmutter"),
    "morfar": ("morfar", "morfars", "the maternal grandfather", "der Großvater"),
    "farmor": ("farmor", "farmors", "the paternal grandmother", "die Großmutter"),
    "farfar": ("farfar", "farfars", "the paternal grandfather", "der Großvater"),
    "moster": ("moster", "mosters", "the maternal aunt", "die Tante"),
    "faster": ("faster", "fasters", "the paternal aunt", "die Tante"),
    "morbror": ("morbror", "morbrors", "the maternal uncle", "der Onkel"),
    "farbror": ("farbror", "farbrors", "the paternal uncle", "der Onkel"),
    "stedfar": ("stedfar", "stedfars", "the stepfather", "der Stiefvater"),
    "plejemor": ("plejemor", "plejemors", "the foster mother", "die Pflegemutter"),
    "plejefar": ("plejefar", "plejefars", "the foster father", "der Pflegevater"),
    "sb": ("sagsbehandleren", "sagsbehandlerens", "the caseworker", "die zuständige Sachbearbeiterin"),
    "tl": ("teamlederen", "teamlederens", "the team leader", "die Teamleiterin"),
    "laerer": ("klasselæreren", "klasselærerens", "the class teacher", "die Klassenlehrerin"),
    "paed": ("pædagogen", "pædagogens", "the pedagogue", "die Erzieherin"),
    "praest": ("præsten", "præstens", "the priest", "der Pastor"),
    "imam": ("imamen", "imamens", "the imam", "der Imam"),
    "formand": ("formanden", "formandens", "the chairman", "der Vorsitzende"),
    "bedemand": ("bedemanden", "bedemandens", "the undertaker", "der Bestatter"),
    "advokat": ("bobestyreren", "bobestyrerens", "the estate administrator", "der Nachlassverwalter"),
    "fh": ("Familieretshusets sagsbehandler", "Familieretshusets sagsbehandlers", "the case officer", "die Sachbearbeiterin"),
    "tolk": ("tolken", "tolkens", "the interpreter", "die Dolmetscherin"),
    "laege": ("lægen", "lægens", "the doctor", "die Ärztin"),
    "psykolog": ("psykologen", "psykologens", "the psychologist", "die Psychologin"),
    "audiolog": ("audiologopæden", "audiologopædens", "the audiologist", "die Audiologin"),
    "fysio": ("fysioterapeuten", "fysioterapeutens", "the physiotherapist", "die Physiotherapeutin"),
    "ergo": ("ergoterapeuten", "ergoterapeutens", "the occupational therapist", "die Ergotherapeutin"),
    "sundhedspl": ("sundhedsplejersken", "sundhedsplejerskens", "the health visitor", "die Gesundheitspflegerin"),
    "sorg": ("sorggruppelederen", "sorggruppelederens", "the group leader", "die Gruppenleiterin"),
    "leder": ("skolelederen", "skolelederens", "the head teacher", "die Schulleiterin"),
    "konsul": ("konsulen", "konsulens", "the consular officer", "der Konsularbeamte"),
    "ja": ("sagsbehandleren ved Jugendamt", "Jugendamts sagsbehandlers", "the youth welfare officer", "die Sachbearbeiterin des Jugendamts"),
    "sw": ("den udenlandske socialrådgiver", "den udenlandske socialrådgivers", "the social worker", "die Sozialarbeiterin"),
    "traener": ("træneren", "trænerens", "the coach", "der Trainer"),
    "frivillig": ("den frivillige", "den frivilliges", "the volunteer", "die Ehrenamtliche"),
    "nabo": ("naboen", "naboens", "the neighbour", "die Nachbarin"),
    "kontakt": ("kontaktpersonen", "kontaktpersonens", "the contact person", "die Kontaktperson"),
    "gl_sb": ("den grønlandske sagsbehandler", "den grønlandske sagsbehandlers", "the Greenlandic caseworker", "die grönländische Sachbearbeiterin"),
    "fo_sb": ("den færøske sagsbehandler", "den færøske sagsbehandlers", "the Faroese caseworker", "die färöische Sachbearbeiterin"),
    "menighed": ("menighedsrådsformanden", "menighedsrådsformandens", "the parish council chair", "der Vorsitzende des Kirchenrats"),
    "spejder": ("spejderlederen", "spejderlederens", "the scout leader", "die Pfadfinderleiterin"),
    "sekr": ("sekretæren", "sekretærens", "the secretary", "die Sekretärin"),
    "koord": ("den faglige koordinator", "den faglige koordinators", "the coordinator", "die Koordinatorin"),
    "barnsven": ("en vens forælder", "en vens forælders", "a friend's parent", "ein Elternteil eines Freundes"),
}
TITLES = {"da": ("fru", "hr."), "en": ("Mrs", "Mr"), "de": ("Frau", "Herr")}


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def gen_name(t):
    if t[-1].lower() in "sxz":
        return sp("name", t) + "'"
    return sp("name", t + "s")


class Ctx:
    def __init__(self, P, lang="da"):
        self.P = P
        self.lang = lang
        self.muni = ch(MUNIS)
        self.kids = 0
        self.used = {}
        self.firsts = {}
        self.cast = []

    # -- people
    def person(self, role, origin=None, gender=None, kind="adult", last=None, pro=False, foreign=None, domain=None):
        origin = origin or pick_origin(PRO_WEIGHTS if pro else ORIGIN_WEIGHTS)
        if gender is None:
            gender = {"mor": "f", "far": "m", "mormor": "f", "farmor": "f", "morfar": "m", "farfar": "m",
                      "moster": "f", "faster": "f", "morbror": "m", "farbror": "m", "stedfar": "m",
                      "plejemor": "f", "plejefar": "m"}.get(role) or ("f" if maybe(0.6) else "m")
        for _ in range(30):
            p = Person(role, origin, gender, kind, last)
            if p.first not in self.firsts:
                break
        self.firsts[p.first] = 1
        self.cast.append(p)
        p.pro = pro
        p.foreign = foreign
        p.domain = domain or (self.muni[1] if pro else None)
        p.letter = None
        if kind == "child":
            p.letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[self.kids % 26]
            self.kids += 1
        return p

    def family(self, origin=None, nkids=None, kid_ages=(2008, 2021)):
        o = origin or pick_origin()
        mo_origin = o if maybe(0.8) else pick_origin()
        mor = self.person("mor", origin=mo_origin)
        far = self.person("far", origin=o)
        kids = []
        for _ in range(nkids or wch([(1, 5), (2, 4), (3, 1)])):
            if o in ("so", "er"):
                last = far.first.split()[0] + (" " + far.last.split()[0] if maybe(0.4) else "")
            elif o in ("vn",):
                last = far.last
            else:
                last = wch([(far.last, 5), (mor.last, 3), (f"{mor.last.split()[-1]}-{far.last.split()[-1]}", 1)])
            if "-" not in last:
                last = polish_gender(last, "x")
            k = self.person("child", origin=o, kind="child", last=last)
            if k.gender == "f" and "-" not in last:
                k.last = polish_fem(k.last)
            k.dob = rand_date(*kid_ages) if kid_ages else k.dob
            kids.append(k)
        return mor, far, kids

    def pro(self, role, domain=None, origin=None, gender=None):
        return self.person(role, pro=True, domain=domain, origin=origin, gender=gender)

    # -- labels (clean mode and roles)
    def lab(self, p, capit=False, gen=False, age=False):
        L = self.lang
        if p.kind == "child":
            base = {"da": f"Barn {p.letter}", "en": f"Child {p.letter}", "de": f"Kind {p.letter}"}[L]
            if gen:
                base += {"da": "'s", "en": "'s", "de": "s"}[L]
            if age:
                base += {"da": f" ({p.age()} år)", "en": f" (aged {p.age()})", "de": f" ({p.age()} Jahre)"}[L]
            return base
        da, dag, en, de = ROLES[p.role]
        s = {"da": dag if gen else da, "en": (en + "'s") if gen else en, "de": de}[L]
        return cap(s) if capit else s

    def agetxt(self, p):
        return {"da": f"{p.age()} år", "en": f"aged {p.age()}", "de": f"{p.age()} Jahre"}[self.lang]

    # -- planted names
    def nm(self, p, form=None, gen=False, title=True, capit=False):
        forms = [("full", 30), ("first", 22 if p.kind == "child" else 12), ("caps", 3), ("lower", 2),
                 ("lastfirst", 3), ("miss", 3)]
        if p.kind != "child" and title:
            forms.append(("title", 9))
        if p.nick():
            forms.append(("nick", 4))
        if p.pro:
            forms.append(("dotted", 2))
            forms.append(("last", 3))
        if gen:
            forms = [f for f in forms if f[0] in ("full", "first", "title", "nick")]
        if capit:
            forms = [f for f in forms if f[0] != "lower"]
        f = form or wch(forms)
        if f == "lower":
            if any(t in NO_LOWER for t in p.full.lower().replace("-", " ").split()):
                f = "full"
        if f == "miss":
            m = p.misspell()
            if m is None:
                f = "full"
        if f == "nick" and not p.nick():
            f = "first"
        if f == "title":
            if p.kind == "child":
                f = "full"
            else:
                t = TITLES[self.lang][0 if p.gender == "f" else 1]
                if p.role == "laege" and self.lang == "da":
                    t = ch([t, "dr."])
                if p.role == "praest" and self.lang == "da":
                    t = ch([t, "pastor", "sognepræst"])
                if p.role == "imam" and self.lang == "da":
                    t = ch([t, "imam"])
                return (cap(t) if capit else t) + " " + (gen_name(p.last) if gen else sp("name", p.last))
        txt = {"full": p.full, "first": p.first, "caps": p.full.upper(), "lower": p.full.lower(),
               "lastfirst": f"{p.last}, {p.first}", "nick": p.nick() or p.first, "last": p.last,
               "dotted": p.dotted()}.get(f)
        if f == "miss":
            txt = m
        return gen_name(txt) if gen else sp("name", txt)

    def n(self, p, capit=False, gen=False, age=False, form=None, title=True):
        if not self.P:
            return self.lab(p, capit, gen, age)
        s = self.nm(p, form=form, gen=gen, title=title, capit=capit)
        if age:
            if maybe(0.6):
                s += " (" + self.born(p) + ")"
            else:
                s += " (" + self.agetxt(p) + ")"
        return s

    def nr(self, p, capit=False, age=False):
        """name with role in planted mode; role in clean mode"""
        if not self.P:
            return self.lab(p, capit, age=age)
        lab = self.lab(p, age=False)
        form = wch([("full", 5), ("first", 1), ("title", 1)])
        nm = self.nm(p, form=form, title=(p.kind != "child"))
        if p.kind == "child":
            return nm + ((" (" + self.born(p) + ")" if maybe(0.6) else " (" + self.agetxt(p) + ")") if age else "")
        if form == "title":
            return f"{nm} ({lab})"
        return wch([(f"{nm} ({lab})", 3), (f"{cap(lab) if capit else lab} {nm}", 2)])

    def full(self, p):
        return sp("name", p.full) if self.P else self.lab(p, True)

    # -- contact details
    def tel(self, p, spoken_ok=False, second=False):
        if not self.P:
            return ch(["ikke oplyst", "hemmeligt nummer", f"via hovednummeret {self.muni[2]}", "se sagsstamdata",
                       "kontakt via Digital Post", "ukendt", "oplyses ikke"]) if self.lang == "da" else \
                ch(["not disclosed", "via the switchboard", "on file"]) if self.lang == "en" else \
                ch(["nicht angegeben", "über die Zentrale", "liegt vor"])
        if p.foreign and not second:
            return sp("phone", p.phone()[1])
        d = dk_digits() if second else (p.phone()[1] if p.phone()[0] == "d" else dk_digits())
        return sp("phone", fmt_dk_phone(d, spoken_ok))

    def ptel(self, p, pr=1.0):
        if not self.P:
            return "" if maybe(0.75) else f" (kontakt via hovednummeret {self.muni[2]})"
        if not maybe(pr):
            return ""
        t = self.tel(p)
        if self.lang == "da" and maybe(0.3):
            return f" ({self.adr(p)}, tlf. {t})"
        lab = {"da": ["tlf. ", "mobil ", "", "tlf.: "], "en": ["tel. ", "phone ", ""], "de": ["Tel. ", "mobil ", ""]}[self.lang]
        return f" ({ch(lab)}{t})"

    def mail(self, p, spoken=False):
        if not self.P:
            return ch(["sikker post via borger.dk", "ikke oplyst", "Digital Post", "via sikker mail"]) if self.lang == "da" \
                else ch(["secure mail only", "not disclosed"]) if self.lang == "en" else ch(["nur sichere Post", "nicht angegeben"])
        m = p.mail(p.domain if p.pro else None)
        return sp("email", spoken_mail(m) if spoken else m)

    def adr(self, p, two=False, short=False, sloppy=False):
        if not self.P:
            return ch(["adresse fremgår af CPR-opslag", "samme adresse som barnet", "ikke oplyst",
                       "navne- og adressebeskyttelse", "oplyses ikke", "se stamdata"]) if self.lang == "da" else \
                ch(["address on file", "not disclosed"]) if self.lang == "en" else ch(["Anschrift liegt vor", "nicht angegeben"])
        k, a = p.addr()
        if k == "f":
            return sp("address", a)
        return sp("address", fmt_dk_address(a, two=two, short=short, sloppy=sloppy))

    def dob(self, p):
        if not self.P:
            return self.agetxt(p)
        return sp("dob", fmt_dob(p.dob, self.lang))

    def born(self, p):
        if not self.P:
            return self.agetxt(p)
        d = fmt_dob(p.dob, self.lang)
        if self.lang == "en":
            return ch(["born ", "b. ", "DOB "]) + sp("dob", d)
        if self.lang == "de":
            return ch(["geb. ", "geboren am "]) + sp("dob", d)
        pre = wch([("f. ", 4), ("født ", 3), ("født den ", 1 if d[0].isdigit() else 0)])
        return pre + sp("dob", d)

    def kvdob(self, p):
        if not self.P:
            return {"da": "Alder: ", "en": "Age: ", "de": "Alter: "}[self.lang] + self.agetxt(p)
        lab = {"da": ["Fødselsdato: ", "Født: ", "F.dato: ", "Fødselsdag: "], "en": ["Date of birth: ", "DOB: "],
               "de": ["Geburtsdatum: ", "Geb.: "]}[self.lang]
        return ch(lab) + sp("dob", fmt_dob(p.dob, self.lang))

    def cpr(self, p):
        if not self.P:
            return ch(["fremgår af journalen", "udeladt", "******-****", "se stamdata", "ikke relevant", "xxxxxx-xxxx"])
        return sp("cpr", fmt_cpr(p.cprn))

    def kvcpr(self, p):
        lab = ch(["CPR-nr.: ", "CPR: ", "Cpr.nr.: ", "Personnummer: "]) if self.lang == "da" else \
            ("Danish CPR no.: " if self.lang == "en" else "dän. Personennummer (CPR): ")
        return lab + self.cpr(p)

    def ini(self, p):
        if not self.P:
            return ch(["sagsbehandler", "rådgiver", "myndighed"])
        i = p.initials() or p.dotted()
        return sp("name", i)

    # -- document furniture
    def date(self, y0=2024, y1=2025):
        return fmt_docdate(rand_date(y0, y1), self.lang)

    def sagsnr(self):
        return wch([(f"Sagsnr. {ch(['2024', '2025'])}-{R.randint(10000, 999999)}", 3),
                    (f"J.nr. 27.24.00-G01-{R.randint(10, 999)}-{ch(['24', '25'])}", 2),
                    (f"Sag: {ch(['BU', 'MYN', 'BFU'])}-{R.randint(1000, 99999)}", 1)])

    def sig(self, p, title, closing=None, org=None):
        muni = org or self.muni[0]
        cl = closing or {"da": ch(["Med venlig hilsen", "Venlig hilsen", "Mvh."]), "en": ch(["Kind regards", "Yours sincerely"]),
                         "de": ch(["Mit freundlichen Grüßen", "Freundliche Grüße"])}[self.lang]
        if self.P:
            lines = [cl, "", sp("name", p.full), title, muni]
            lines.append({"da": ch(["Direkte: ", "Tlf. direkte: ", "Mobil: "]), "en": "Direct line: ", "de": "Durchwahl: "}[self.lang]
                         + sp("phone", ("+45 " if self.lang != "da" else "") + fmt_dk_phone(dk_digits(), prefix=(self.lang == "da"))))
            if maybe(0.7):
                lines.append("E-mail: " + self.mail(p))
            return "\n".join(lines)
        lines = [cl, "", cap(title), muni,
                 {"da": "Hovednummer: ", "en": "Switchboard: +45 ", "de": "Zentrale: +45 "}[self.lang] + self.muni[2]]
        if maybe(0.4):
            lines.append(f"CVR-nr. {self.muni[3]} · EAN {self.muni[4]}")
        return "\n".join(lines)


# ---------------------------------------------------------------- look-alikes (no personal data)
def kr():
    return f"{R.randint(1, 48)}.{ch(['000', '500', '250', '750', '125'])} kr."


def room():
    return ch([f"lokale {R.randint(1, 3)}.{R.randint(10, 40)}", f"mødelokale {ch(['Kastanjen', 'Egen', 'Fjorden', 'Lyngen', 'Ålen'])}",
               f"afsnit {ch(['B', 'C', 'E'])}{R.randint(1, 9)}", f"stue {R.randint(1, 12)}", f"klasselokale {R.randint(1, 9)}.{ch(['a', 'b', 'c'])}"])


LA = {
    "common": [
        lambda c: "Ved akut fare ringes 112; politiet kan kontaktes på 114.",
        lambda c: "Uden for åbningstid kan Akuttelefonen 1813 kontaktes.",
        lambda c: "Barnet er gjort opmærksom på Børnetelefonen 116 111, som er gratis og anonym.",
        lambda c: f"Kommunens hovednummer er {c.muni[2]} (mandag-torsdag kl. 8.00-15.00, fredag kl. 8.00-13.00).",
        lambda c: f"Faktura sendes til EAN {c.muni[4]}, CVR-nr. {c.muni[3]}.",
        lambda c: f"Sagen er oprettet under {c.sagsnr()}.",
        lambda c: f"Næste opfølgning er planlagt til {c.date()} kl. {fmt_time()} i {room()}.",
        lambda c: f"Der er bevilget {kr()} til formålet efter Barnets lov § 32.",
        lambda c: "Sagen behandles efter Barnets lov § 20, og fristen på fire måneder i stk. 3 er noteret.",
        lambda c: "Partshøring sker skriftligt, og familien kan medbringe en bisidder, jf. Barnets lov § 6.",
        lambda c: f"Mødet varer ca. {ch(['45', '60', '90'])} minutter og holdes i {room()} på rådhuset.",
        lambda c: "Aftalerne er noteret i Aula og i barnets plan efter Barnets lov § 91.",
        lambda c: "Referatet er godkendt uden bemærkninger.",
        lambda c: f"Journalen er opdateret {c.date()}.",
    ],
    "misc": [
        lambda c: "Der var sol på legepladsen, og barnet var glad, da det blev hentet.",
        lambda c: "Efter stormen i januar var skolen lukket en enkelt dag.",
        lambda c: "Familien har været en tur i skoven i weekenden og fortalte om det med glæde.",
        lambda c: "Vi mødes ved Banegårdspladsen og går samlet derfra.",
        lambda c: "I maj og juni holdes møderne på lokalkontoret ved Torvet.",
        lambda c: "Det var en lykke for barnet at komme med på lejrskole trods vinterens mange sygedage.",
        lambda c: "Haven bag huset er lille, men der er plads til en trampolin.",
        lambda c: "Glad og afslappet ved afleveringen, fortæller personalet.",
        lambda c: "Mandag er der skovdag, og barnet skal have regntøj med.",
        lambda c: "Ulven i børnehavens teaterstykke blev spillet af en af de voksne, og barnet var ikke bange.",
    ],
    "death": [
        lambda c: "Særligt børnetilskud søges hos Udbetaling Danmark, når en forælder er død.",
        lambda c: "Forældremyndigheden afgøres efter forældreansvarsloven, og Familieretshuset er orienteret.",
        lambda c: "Skifteretten har udleveret boet til privat skifte; der er ikke tale om gældsfragåelse.",
        lambda c: "Skolen har en sorg- og kriseplan, som er taget i brug.",
        lambda c: f"Bisættelsen finder sted {c.date()} kl. {ch(['11.00', '13.00', '13.30', '14.00'])} fra kapellet.",
        lambda c: "Barnet ønsker at lægge en tegning i kisten og har talt med klassen om det.",
        lambda c: "Vi aftalte at tale om sorgen i små bidder og at have en voksen at gå til i frikvartererne.",
        lambda c: "Der er ingen akut bekymring for barnets sikkerhed; sorgreaktionerne vurderes som forventelige.",
        lambda c: "Ved behov kan skolen kontakte PPR eller Sundhedsplejen.",
        lambda c: "Dødsboet er anmeldt, og boopgørelsen forventes i løbet af vinteren.",
    ],
    "screen": [
        lambda c: "SDQ-scorerne er vejledende og erstatter ikke en faglig vurdering.",
        lambda c: "Grænseværdier: 0-13 normal, 14-16 grænse, 17-40 afvigende (forældreversion).",
        lambda c: f"Skemaet er besvaret via link i Aula; svarprocent {R.randint(60, 100)} %.",
        lambda c: "Screeningen er foretaget efter Barnets lov § 18 og dokumenteret i fagsystemet.",
        lambda c: "Konklusion: afdækning efter § 19 anbefales, ikke børnefaglig undersøgelse på nuværende tidspunkt.",
        lambda c: "Skalaen går fra 1 (passer slet ikke) til 5 (passer helt).",
        lambda c: "Trivselsmålingen i 4. klasse viste et fald fra 3,9 til 3,1 i gennemsnit.",
        lambda c: "Glad, rolig og nysgerrig blev krydset af som de tre ord, der bedst beskriver barnet.",
    ],
    "cross": [
        lambda c: "Sagen vedrører Haag-konventionen af 25. oktober 1980 om de civilretlige virkninger af internationale børnebortførelser.",
        lambda c: "Haagerbørnebeskyttelseskonventionen af 1996 giver mulighed for at anmode om oplysninger fra myndighederne i opholdslandet.",
        lambda c: "Udenrigsministeriets Borgerservice er orienteret og har døgnåben vagt.",
        lambda c: "Tolkning foregår via videotolk; tolken har tavshedspligt.",
        lambda c: "Ved flytning til Grønland overgår sagen til den grønlandske kommune efter aftale; Kommuneqarfik Sermersooq er kontaktet.",
        lambda c: "Dokumenterne er oversat til engelsk af et autoriseret translatørfirma.",
        lambda c: "Tidsforskellen til Nuuk er fire timer om vinteren.",
        lambda c: "Barnet har dobbelt statsborgerskab; pas udløber i 2027.",
    ],
    "spec": [
        lambda c: f"Diagnose: {ch(['F84.0 Infantil autisme', 'F84.5 Aspergers syndrom', 'F90.0 Forstyrrelse af aktivitet og opmærksomhed', 'H90.3 Sensorineuralt høretab, bilateralt', 'G40.3 Generaliseret idiopatisk epilepsi', 'F82 Specifik udviklingsforstyrrelse af motorisk funktion', 'R62.0 Forsinkede udviklingstrin'])} (ICD-10).",
        lambda c: f"Medicin: {ch(['melatonin 3 mg til natten', 'methylphenidat 18 mg morgen', 'levetiracetam 250 mg x 2', 'ingen fast medicin', 'cetirizin efter behov'])}.",
        lambda c: "Undersøgelsen blev gennemført over to formiddage med pauser hver 20. minut.",
        lambda c: f"WISC-V: samlet IK {R.randint(78, 112)} (gennemsnitsområdet er 85-115).",
        lambda c: f"ADOS-2, modul {R.randint(1, 4)}: samlet score {R.randint(5, 16)} (grænseværdien afhænger af modulet).",
        lambda c: f"Tonetærskelaudiometri: {R.randint(25, 55)} dB HL på højre øre, {R.randint(20, 50)} dB HL på venstre øre.",
        lambda c: f"Movement ABC-2: samlet percentil {R.randint(2, 30)}.",
        lambda c: "Tympanometri type A bilateralt; ingen væske i mellemøret.",
        lambda c: f"Barnet kan ses igen i ambulatoriet om {R.randint(3, 12)} måneder.",
        lambda c: "Henvisningen er visiteret til Børne- og Ungdomspsykiatrisk Center med ventetid på ca. 14 uger.",
    ],
    "faith": [
        lambda c: "Moskéen holder lektiecafé tirsdag og torsdag kl. 16-18 for børn fra 3. til 9. klasse.",
        lambda c: "Sognets frivillige tilbyder spisefællesskab hver onsdag, prisen er 25 kr. for børn.",
        lambda c: "Foreningen har ansøgt om midler fra kommunens pulje efter servicelovens § 18 til fritidsaktiviteter.",
        lambda c: "Alle i netværket kender sikkerhedsplanen og ved, hvem de skal ringe til.",
        lambda c: "Fredagsbønnen ligger kl. 13.00, og familien vil gerne have møder lagt uden om den.",
        lambda c: "Kirkens konfirmandforløb starter i september, og der er plads til flere.",
        lambda c: "Netværket vurderede på en skala fra 0 til 10, at sikkerheden nu er på 6.",
        lambda c: "Fællesspisningen i kulturhuset samler typisk 40-50 personer.",
    ],
    "plan": [
        lambda c: "Afbud meldes senest dagen før kl. 12.00.",
        lambda c: f"Der er reserveret {room()} fra kl. {R.randint(8, 10)}.00 til kl. {R.randint(12, 15)}.00.",
        lambda c: "Kaffe, te og frugt er bestilt til 12 personer.",
        lambda c: "Doodle-afstemningen lukkes fredag; flest kunne tirsdag eftermiddag.",
        lambda c: "Navneskilte ligger ved døren; pladserne er ikke fastlagt på forhånd.",
        lambda c: "Teams-link sendes til dem, der deltager online.",
        lambda c: "Parkering er muligt ved hovedindgangen; husk at registrere bilen i automaten.",
        lambda c: "Der er elevator til 2. sal, og lokalet er handicapvenligt.",
    ],
}


def la(c, *topics):
    pool = []
    for t in topics:
        pool += LA[t]
    pool = pool * 2 + LA["common"]
    if any(t in ("death", "screen", "faith", "plan") for t in topics):
        pool += LA["misc"]
    for _ in range(30):
        f = ch(pool)
        if id(f) not in c.used:
            c.used[id(f)] = 1
            return f(c)
    return f(c)


def las(c, k, *topics):
    out, seen = [], {}
    for _ in range(k * 3):
        s = la(c, *topics)
        if s not in seen:
            seen[s] = 1
            out.append(s)
        if len(out) >= k:
            break
    return " ".join(out)


# ================================================================ genre 1: death, grief, guardianship
def g1_setup(c):
    mor, far, kids = c.family()
    dead = mor if maybe(0.5) else far
    surv = far if dead is mor else mor
    grole = ch(["mormor", "morfar", "moster", "morbror"]) if dead is mor else ch(["farmor", "faster", "farbror", "farfar"])
    g = c.person(grole, origin=dead.origin, kind="old" if grole in ("mormor", "morfar", "farmor", "farfar") else "adult",
                 last=dead.last if maybe(0.5) else None)
    sb = c.pro("sb")
    return dict(dead=dead, surv=surv, kids=kids, g=g, sb=sb, sole=maybe(0.5))


HOSP = ["Regionshospitalet Gødstrup", "Aarhus Universitetshospital", "Odense Universitetshospital", "Aalborg Universitetshospital",
        "Sjællands Universitetshospital", "hospice", "Rigshospitalet", "Sydvestjysk Sygehus"]
KIRKE = ["kirken", "sognekirken", "kapellet på kirkegården", "bedemandens kapel", "moskéen", "kirkens kapel"]


def g1_log(c):
    d = g1_setup(c)
    dead, surv, kids, g, sb = d["dead"], d["surv"], d["kids"], d["g"], d["sb"]
    k = kids[0]
    laer, bed = c.pro("laerer"), c.pro("bedemand", domain=ch(WORK_MAIL_OTHER[6:7]) or None)
    day = c.date()
    head = [f"Journalnotat – {c.sagsnr()}", f"Emne: Dødsfald i familien – {c.n(k, age=True)}"]
    B = [
        f"{day} kl. {fmt_time()}: Telefonisk henvendelse fra {c.nr(g)}{c.ptel(g)}. {cap(c.n(dead)) if c.P else cap(c.lab(dead))} døde i nat på {ch(HOSP)} efter kort tids sygdom. {c.n(k, capit=True)} overnattede hos {c.n(g)}{(' på ' + c.adr(g)) if c.P else ''} og ved endnu ikke, hvad der er sket.",
        f"Afdøde: {c.full(dead)}, {c.kvcpr(dead)}. Sidst boende {c.adr(dead)}. Dødsattesten er udstedt af den behandlende læge." if c.P else
        f"Afdøde: barnets {c.lab(dead)}, sidst boende i kommunen. Dødsattesten er udstedt af den behandlende læge.",
        f"Barnet: {c.n(k, form='full') if c.P else c.lab(k)}, {c.born(k)}, {c.kvcpr(k)}. Går i {R.randint(0, 9)}.{ch(['a', 'b', 'c', 'x'])}; klasselærer {c.n(laer)} er orienteret{c.ptel(laer, 0.6)}.",
        f"kl. {fmt_time()}: Samtale med {c.nr(surv)}{c.ptel(surv, 0.7)}. " + (
            f"{'Forældrene havde ikke fælles forældremyndighed' if d['sole'] else 'Forældrene havde fælles forældremyndighed'}; "
            f"{'spørgsmålet om, hvem der skal have forældremyndigheden, afgøres af Familieretshuset' if d['sole'] else 'den efterlevende forælder har nu forældremyndigheden alene'}."),
        f"{c.n(g, capit=True)} har tilkendegivet ønske om at blive værge for barnets arv og kan kontaktes på {c.tel(g)} eller {c.mail(g)}.",
        f"kl. {fmt_time()}: Bedemand {c.n(bed)}{c.ptel(bed)} oplyser, at bisættelsen er planlagt til {c.date()} kl. 13.00 fra {ch(KIRKE)}.",
        f"{c.n(laer, capit=True)} fortæller, at {c.n(k)} var stille i dag, men spiste sin madpakke og var med i frikvarteret. Skolens sorgplan er sat i gang.",
        f"Forældre: {c.n(d['dead'], form='full') if c.P else 'afdøde'} ({c.born(dead)}) og {c.n(surv, form='full') if c.P else c.lab(surv)} ({c.born(surv)}, {c.kvcpr(surv)}), {c.adr(surv)}." if c.P else
        "Forældrene boede ikke sammen; den efterlevende forælder bor i kommunen.",
        la(c, "death"),
        la(c, "death"),
    ]
    if len(kids) > 1:
        B.insert(3, f"Søskende: {c.n(kids[1], form='full') if c.P else c.lab(kids[1])}, {c.born(kids[1])}, bor ligeledes hos {c.n(surv)}.")
    tail = [f"/{c.ini(sb)}"]
    return head, B, tail, "\n\n"


def g1_letter_fh(c):
    d = g1_setup(c)
    dead, surv, kids, g, sb = d["dead"], d["surv"], d["kids"], d["g"], d["sb"]
    k = kids[0]
    fh = c.pro("fh", domain="familieretshuset.dk")
    head = ["Familieretshuset", "Att.: " + (c.n(fh, form="full") if c.P else "sagsbehandler, afdeling for forældremyndighed"), "Sendt via sikker mail",
            "", f"{c.muni[0]}, {c.date()}", "",
            f"Vedr.: {c.n(k, form='full') if c.P else c.lab(k)}, {c.kvcpr(k)} – forældremyndighed og værgemål efter dødsfald"]
    B = [
        (f"{c.full(dead)}, {c.born(dead)}, døde {c.date()}. " if c.P else f"Barnets {c.lab(dead)} døde {c.date()}. ") +
        ("Afdøde havde forældremyndigheden alene." if d["sole"] else "Forældrene havde fælles forældremyndighed."),
        f"{c.n(k, capit=True, age=True)} bor i dag hos {c.nr(g)}, {c.adr(g)}. {c.n(g, capit=True)} har oplyst at ønske forældremyndigheden og kan kontaktes på {c.tel(g)}." if c.P else
        f"Barnet bor i dag hos {c.lab(g)}, som har oplyst at ville søge forældremyndigheden.",
        f"Den efterlevende forælder, {c.n(surv)}, bor på {c.adr(surv)} og har ikke haft samvær det seneste år." if c.P else
        "Den efterlevende forælder har ikke haft samvær det seneste år.",
        "Forvaltningen vurderer, at barnet har en tæt og tryg relation til sit netværk, og at en hurtig afklaring vil være til barnets bedste.",
        f"Barnet har arvet efter afdøde, og der skal derfor tages stilling til værgemål for barnets midler. {c.n(g, capit=True)} er villig til at være værge." if c.P else
        "Barnet har arvet efter afdøde, og der skal derfor tages stilling til værgemål for barnets midler.",
        la(c, "death"),
        f"Skifteretten har oplyst, at bobestyrer er advokat {c.n(c.pro('advokat', domain='advokathuset-nord.dk'), form='full')}." if c.P else
        "Skifteretten har oplyst, at der er udpeget en bobestyrer.",
        "Vi hører gerne fra Familieretshuset, hvis der er behov for yderligere oplysninger, herunder referat af samtale med barnet.",
    ]
    tail = [c.sig(sb, ch(["Socialrådgiver", "Myndighedsrådgiver", "Sagsbehandler"]) + ", Børn og Familie")]
    return head, B, tail, "\n\n"


def g1_mail_funeral(c):
    d = g1_setup(c)
    dead, surv, kids, g, sb = d["dead"], d["surv"], d["kids"], d["g"], d["sb"]
    bed = c.pro("bedemand", domain="bedemand-vest.dk")
    pr = c.pro("praest", domain=ch(["sogn.dk", "folkekirken.dk"]))
    k = kids[0]
    if c.P:
        head = [f"Fra: {sp('name', bed.full)} <{c.mail(bed)}>", f"Sendt: {c.date()} {fmt_time()}",
                f"Til: {sp('name', sb.full)} <{c.mail(sb)}>", f"Emne: Vedr. bisættelse – {c.n(dead, form='full')}", ""]
    else:
        head = ["Fra: Bedemandsforretningen", f"Sendt: {c.date()} {fmt_time()}", "Til: Myndighed Børn og Familie",
                "Emne: Vedr. bisættelse – barnets " + c.lab(dead), ""]
    B = [
        f"Hej {c.n(sb, form='first') if c.P else ''}".rstrip() + ",",
        f"Jeg skriver efter aftale med {c.nr(surv)}{(', ' + c.adr(surv)) if c.P else ''}. Bisættelsen er fastsat til {c.date()} kl. {ch(['11.00', '13.00', '13.30'])} fra {ch(KIRKE)}, og {('pastor ' + c.n(pr, form='full')) if c.P else 'sognepræsten'} forretter.",
        f"Familien ønsker, at {c.n(k)} kan være med, og at en kendt voksen fra skolen sidder ved siden af. {c.n(g, capit=True)} har tilbudt at hente {c.n(k)} på {c.adr(g, short=True)} kl. 12.15." if c.P else
        f"Familien ønsker, at {c.lab(k)} kan være med, og at en kendt voksen fra skolen sidder ved siden af. {c.lab(g, True)} henter barnet.",
        f"Udgifterne dækkes af begravelseshjælpen og dødsboet; {c.nr(surv)} har spurgt, om kommunen kan hjælpe med tøj til barnet (ca. {kr()}).",
        f"Præsten kan kontaktes direkte på {c.tel(pr)}, hvis I ønsker at forberede barnet på, hvad der skal ske i kirken." if c.P else
        "Præsten kan kontaktes via kirkekontoret, hvis I ønsker at forberede barnet på, hvad der skal ske i kirken.",
        la(c, "death"),
    ]
    tail = [c.sig(bed, "Bedemand", closing="Venlig hilsen", org=ch(["Begravelsesforretningen", "Bedemandsforretningen v/ indehaver"])) if c.P else "Venlig hilsen\nBedemandsforretningen"]
    return head, B, tail, "\n\n"


def g1_kv(c):
    d = g1_setup(c)
    dead, surv, kids, g, sb = d["dead"], d["surv"], d["kids"], d["g"], d["sb"]
    adv = c.pro("advokat", domain="advokathuset-nord.dk")
    head = ["STAMOPLYSNINGER EFTER DØDSFALD", c.sagsnr()]
    B = [f"Afdøde: {c.full(dead)}\n{c.kvcpr(dead)}\nDødsdato: {c.date()}\nSidste adresse: {c.adr(dead)}"]
    for k in kids:
        B.append(f"Barn: {c.full(k) if c.P else c.lab(k)}\n{c.kvdob(k)}\n{c.kvcpr(k)}\nBopæl nu: {c.adr(g) if c.P else 'hos ' + c.lab(g)}")
    B += [
        f"Efterlevende forælder: {c.full(surv)}\n{c.kvdob(surv)}\n{c.kvcpr(surv)}\nAdresse: {c.adr(surv)}\nTlf.: {c.tel(surv)}\nForældremyndighed: {'nej' if d['sole'] else 'ja, nu alene'}",
        f"Ønsket værge: {c.full(g)} ({c.lab(g)})\n{c.kvdob(g)}\nAdresse: {c.adr(g)}\nTlf.: {c.tel(g)}\nMail: {c.mail(g)}" if c.P else f"Ønsket værge: {c.lab(g, True)}\nTlf.: {c.tel(g)}",
        f"Bobestyrer: {('advokat ' + sp('name', adv.full)) if c.P else 'advokat udpeget af skifteretten'}\nTlf.: {c.tel(adv)}",
        "Bemærkninger: " + las(c, 2, "death"),
    ]
    tail = [f"Oprettet af: {c.ini(sb)}, {c.date()}"]
    return head, B, tail, "\n\n"


def g1_network(c):
    d = g1_setup(c)
    dead, surv, kids, g, sb = d["dead"], d["surv"], d["kids"], d["g"], d["sb"]
    k = kids[0]
    head = [f"Netværkskort for {c.n(k, form='full', age=True) if c.P else c.lab(k, age=True)} efter {c.lab(dead)}s død" if c.lang == "da" else "",
            (f"{c.kvcpr(k)} · bor hos {c.n(g)}, {c.adr(g)}" if c.P else "Udarbejdet sammen med barnet på barnets tegning; cirklerne er overført til tabellen."), "",
            "Navn | Relation | Telefon | Barnets ord"]
    others = [(g, ch(["vil gerne bo her", "min trygge voksne", "laver mad til mig"])),
              (surv, ch(["savner", "ser hver anden weekend", "ved ikke"])),
              (c.pro("laerer"), ch(["god at tale med", "ved det hele"])),
              (c.person(ch(["moster", "faster", "morbror", "farbror"]), origin=dead.origin, foreign=ch([None, None, "se", "no", "de", "uk", "es", "gl"])), ch(["sjov", "har hunden", "bor langt væk"])),
              (c.pro("sorg", domain="sogn.dk"), ch(["gruppen om torsdagen", "hun forstår"])),
              (c.person("nabo"), ch(["henter mig nogle gange", "har trampolin"])),
              (c.pro("traener", domain="ifk-boldklub.dk"), ch(["fodbold tirsdag", "håndbold"]))]
    B = []
    for p, w in others:
        rel = c.lab(p)
        B.append(f"{c.n(p, form=ch(['full', 'first', 'full'])) if c.P else cap(rel)} | {rel} | {c.tel(p) if c.P else '-'} | \"{w}\"")
    B.append(la(c, "death"))
    tail = [f"Udfyldt {c.date()} af {c.n(sb) if c.P else 'sagsbehandleren'} og barnet."]
    return head, B, tail, "\n"


def g1_sorg(c):
    d = g1_setup(c)
    dead, surv, kids, g, sb = d["dead"], d["surv"], d["kids"], d["g"], d["sb"]
    k = kids[0]
    sl = c.pro("sorg", domain=ch(["sogn.dk", "folkekirken.dk"]))
    head = ["Henvisning til sorggruppe for børn og unge", f"Dato: {c.date()}"]
    B = [
        f"Barnets navn: {c.full(k) if c.P else c.lab(k)}\n{c.kvdob(k)}\nAdresse: {c.adr(g if maybe(0.5) else surv)}",
        f"Kontaktperson i hjemmet: {c.nr(g)}, tlf. {c.tel(g)}" if c.P else f"Kontaktperson i hjemmet: {c.lab(g)}",
        f"Baggrund: {c.n(k, capit=True)} mistede sin {c.lab(dead)} for {R.randint(2, 9)} måneder siden. {la(c, 'death')}",
        f"Gruppen mødes i konfirmandstuen hver anden torsdag kl. 16.00-17.30, første gang {c.date()}. Gruppeleder er {c.n(sl)} ({c.mail(sl)})." if c.P else
        f"Gruppen mødes i konfirmandstuen hver anden torsdag kl. 16.00-17.30, første gang {c.date()}.",
        "Barnet er selv spurgt og vil gerne deltage, hvis en kendt voksen følger med første gang.",
        la(c, "death"),
    ]
    tail = [f"Henvist af: {c.n(sb, form='full') if c.P else 'sagsbehandleren'}, {c.muni[0]}" + (f", {c.tel(sb)}" if c.P else "")]
    return head, B, tail, "\n\n"


G1 = [g1_log, g1_letter_fh, g1_mail_funeral, g1_kv, g1_network, g1_sorg]


# ================================================================ genre 2: questionnaires and screening
FREE_PARENT = ["{P} er glad, når {p} må bestemme legen, men bliver hurtigt ked af det, hvis andre siger nej.",
               "{P} sover dårligt og vågner flere gange om natten, især søndag.",
               "Vi oplever mange konflikter om morgenen, men det går bedre, når der er faste rutiner.",
               "{P} har få venner i klassen, men en god ven fra håndbold.",
               "{P} er hjælpsom derhjemme og god ved sin lillesøster.",
               "Det er svært for os at få {o} i skole efter ferierne."]
FREE_TEACH = ["Eleven deltager i undervisningen, når opgaverne er korte og tydelige.",
              "Trækker sig i frikvartererne og står ofte ved døren til klasselokalet.",
              "Har svært ved overgange, fx fra idræt til dansk.",
              "Fagligt på niveau i matematik, under niveau i læsning.",
              "Bliver let vred, når der er uro i klassen, men falder hurtigt ned igen."]


def g2_people(c):
    mor, far, kids = c.family(kid_ages=(2009, 2020))
    return mor, far, kids[0], c.pro("laerer", domain=ch(["skole.dk", c.muni[1]])), c.pro("sb")


def sdq_scores():
    a = [R.randint(0, 10) for _ in range(4)]
    return a + [R.randint(3, 10), sum(a), R.randint(0, 6)]


def g2_sdq(c):
    mor, far, k, laer, sb = g2_people(c)
    resp1 = mor if maybe(0.6) else far
    s1, s2 = sdq_scores(), sdq_scores()
    rows = ["Emotionelle symptomer", "Adfærdsproblemer", "Hyperaktivitet/opmærksomhed", "Problemer med kammerater",
            "Prosocial adfærd", "Samlet vanskelighedsscore (0-40)", "Påvirkningsscore"]
    head = ["SDQ – Spørgeskema om styrker og vanskeligheder", f"Forældre- og lærerversion (4-17 år) · {c.sagsnr()}"]
    B = [
        f"Barn: {c.full(k) if c.P else c.lab(k)}\n{c.kvdob(k)}\n{c.kvcpr(k)}\nAdresse: {c.adr(resp1)}\nKlasse: {R.randint(1, 9)}.{ch(['a', 'b', 'c'])}",
        f"Respondent 1: {c.nr(resp1)}, udfyldt {c.date()} via link sendt til {c.mail(resp1)}\nRespondent 2: {c.nr(laer)}, udfyldt {c.date()}",
        "Skala | Respondent 1 | Respondent 2\n" + "\n".join(f"{r} | {a} | {b}" for r, a, b in zip(rows, s1, s2)),
        f"Fritekst ({c.lab(resp1)}): \"{ch(FREE_PARENT).format(P='Hun' if k.gender == 'f' else 'Han', p='hun' if k.gender == 'f' else 'han', o='hende' if k.gender == 'f' else 'ham')}\"",
        f"Fritekst ({c.lab(laer)}): \"{ch(FREE_TEACH)}\"",
        la(c, "screen"), la(c, "screen"),
    ]
    tail = [f"Indtastet og scoret af {c.ini(sb)} {c.date()}."]
    return head, B, tail, "\n\n"


TRIV = ["Jeg er glad for at gå i skole", "Jeg har nogen at lege med i frikvarteret", "Jeg sover godt om natten",
        "Jeg kan tale med en voksen derhjemme", "Jeg føler mig tryg i klassen", "Jeg spiser morgenmad",
        "Jeg bliver ofte drillet", "Jeg kan koncentrere mig i timerne"]


def g2_trivsel(c):
    mor, far, k, laer, sb = g2_people(c)
    paed = c.pro("paed", domain=c.muni[1])
    head = ["Trivselsskema – barnets egen besvarelse", f"Dato: {c.date()} · skala 1-5 (1 = passer slet ikke, 5 = passer helt)"]
    items = R.sample(TRIV, 6)
    B = [
        f"Navn: {c.n(k, form='full') if c.P else c.lab(k)}   {c.kvdob(k)}" + (f"\nAdresse: {c.adr(mor)}" if c.P else ""),
        f"Udfyldt af barnet med hjælp fra {c.nr(paed)}, som læste spørgsmålene højt.",
        "\n".join(f"{i + 1}. {t}: {R.randint(1, 5)}" for i, t in enumerate(items)),
        f"Barnets egne ord: \"{ch(['Det er okay, bare ikke om mandagen.', 'Jeg vil gerne have en ven mere.', 'Jeg er glad for skoven om fredagen.', 'Min mor bliver sur, når jeg ikke kan finde mine sko.'])}\"",
        f"Forældrene ({c.n(mor) if c.P else 'mor'} og {c.n(far) if c.P else 'far'}) har fået en kopi og er inviteret til samtale {c.date()}." if c.P else
        f"Forældrene har fået en kopi og er inviteret til samtale {c.date()}.",
        f"Spørgsmål om skemaet: kontakt {c.n(paed)} på {c.tel(paed)}." if c.P else "Spørgsmål om skemaet rettes til skolens kontor.",
        la(c, "screen"),
    ]
    tail = [f"Arkiveret i elevmappen af {c.ini(paed)}."]
    return head, B, tail, "\n"


def g2_krap(c):
    mor, far, k, laer, sb = g2_people(c)
    paed = c.pro("paed", domain=c.muni[1])
    head = ["KRAP – Ressourceskema", f"Barn: {c.n(k, form='full', age=True) if c.P else c.lab(k, age=True)}, {c.kvcpr(k)}",
            f"Udfyldt af: {c.nr(paed)} og {c.nr(laer)} · {c.date()}"]
    B = [
        "Ressourcer (hvad lykkes):\n- " + "\n- ".join(R.sample(["tager imod hjælp fra en voksen", "er god til at bygge med LEGO",
                                                                   "hjælper de mindre børn", "kan fortælle om sine følelser efter en pause",
                                                                   "er glad, når dagen er forudsigelig", "løber gerne en tur i skoven"], 3)),
        "Udfordringer (hvad er svært):\n- " + "\n- ".join(R.sample(["overgange mellem aktiviteter", "larm i spisefrikvarteret",
                                                                     "at vente på tur", "skift af voksne", "lange beskeder"], 2)),
        f"Foreløbig hypotese: {c.n(k, capit=True)} reagerer på uforudsigelighed, ikke på krav i sig selv.",
        f"Forældrenes syn: {c.n(mor, capit=True)} genkender billedet{c.ptel(mor, 0.5)}; {c.n(far)} oplever færre konflikter derhjemme.",
        f"Næste skridt: skemaet gennemgås på netværksmødet {c.date()} med {c.n(sb)}.",
        la(c, "screen"),
    ]
    tail = [f"Kontakt: {c.mail(paed)}" if c.P else "Kontakt: skolens kontor"]
    return head, B, tail, "\n\n"


ICS_DIMS = [("Sundhedsforhold", ["ingen kendte helbredsproblemer", "astma, velbehandlet", "hyppigt fravær pga. mavepine"]),
            ("Udvikling og adfærd", ["alderssvarende", "udadreagerende ved skift", "stille og tilbagetrukket"]),
            ("Dagtilbud, skoleforhold og læring", ["fravær på 14 %", "trives i klassen", "behov for læsestøtte"]),
            ("Fritidsforhold og venskaber", ["går til fodbold", "ingen fritidsaktiviteter", "én nær ven"]),
            ("Trygt omsorgsmiljø", ["forældrene sikrer basal omsorg", "uro om aftenen", "mor beskriver træthed"]),
            ("Stimulering og vejledning", ["læser med barnet", "få rammer om skærmtid"]),
            ("Understøttelse af relationer", ["samvær med far hver anden weekend", "tæt kontakt til bedsteforældre"]),
            ("Familieforhold og baggrund", ["forældrene er gået fra hinanden", "familien flyttede for et år siden"]),
            ("Bolig, beskæftigelse og økonomi", ["lejebolig på tre værelser", "mor er i jobafklaring", "stram økonomi"]),
            ("Socialt netværk", ["mormor bor tæt på", "begrænset netværk i kommunen"])]


def g2_ics(c):
    mor, far, k, laer, sb = g2_people(c)
    head = ["Screening efter Barnets lov § 18 (ICS)", f"{c.sagsnr()} · modtaget underretning {c.date()}"]
    B = [f"Barn: {c.full(k) if c.P else c.lab(k)}, {c.kvcpr(k)}\nAdresse: {c.adr(mor if maybe(0.6) else far)}\nForældre: {c.nr(mor)}, {c.born(mor)}{c.ptel(mor, 0.6)}, og {c.nr(far)}, {c.born(far)}{c.ptel(far, 0.6)}"]
    dims = R.sample(ICS_DIMS, 5)
    B.append("\n".join(f"- {n}: {ch(o)}" for n, o in dims))
    B += [f"Underretter: {c.nr(laer)}, {c.mail(laer)}" if c.P else "Underretter: skolen (professionel underretter, kvittering sendt)",
          "Vurdering: Der er ikke oplysninger om akut fare. " + la(c, "screen"),
          la(c, "screen")]
    tail = [f"Screening foretaget af {c.n(sb, form='full') if c.P else 'sagsbehandler'} og godkendt af teamleder {c.n(c.pro('tl')) if c.P else ''}".rstrip() + "."]
    return head, B, tail, "\n\n"


def g2_linealen(c):
    mor, far, k, laer, sb = g2_people(c)
    sp_ = c.pro("sundhedspl", domain=c.muni[1])
    head = ["Besked fra Aula (kopieret ind i journalen)", f"Sendt {c.date()} kl. {fmt_time()}"]
    lvl = lambda: ch(["1 (trivsel)", "2 (let bekymring)", "3 (bekymring)", "4 (alvorlig bekymring)"])
    B = [
        f"Hej {c.n(sb, form='first') if c.P else 'alle'},\nHer er placeringerne på Børnelinealen for {c.n(k, form='full') if c.P else c.lab(k)}, {c.born(k)}, som vi aftalte på mødet.",
        f"- {c.nr(laer, capit=True)}: {lvl()}\n- {c.nr(sp_, capit=True)}: {lvl()}\n- {c.nr(mor, capit=True)}: {lvl()}",
        f"Vi er enige om, at {c.n(k)} har brug for en fast voksen om morgenen. {c.n(mor, capit=True)} ringer gerne, hvis I har spørgsmål: {c.tel(mor)}." if c.P else
        f"Vi er enige om, at {c.lab(k)} har brug for en fast voksen om morgenen.",
        f"{c.n(sp_, capit=True)} kan fanges på {c.tel(sp_)} tirsdag og torsdag." if c.P else la(c, "screen"),
        la(c, "screen"),
    ]
    tail = [f"Mvh. {c.n(laer, form='full') if c.P else 'klasselæreren'}"]
    return head, B, tail, "\n"


G2 = [g2_sdq, g2_trivsel, g2_krap, g2_ics, g2_linealen]


# ================================================================ genre 3: cross-border cases
CC_OF = {"so": "so", "tr": "tr", "pl": "pl", "ua": "ua", "ro": "ro", "af": "af", "de": "de", "en": "uk",
         "gl": "gl", "fo": "fo"}
COUNTRY_DA = {"so": "Somalia", "tr": "Tyrkiet", "pl": "Polen", "ua": "Ukraine", "ro": "Rumænien", "af": "Afghanistan",
              "de": "Tyskland", "uk": "England", "se": "Sverige", "no": "Norge", "es": "Spanien", "gl": "Grønland", "fo": "Færøerne"}
LANG_DA = {"so": "somali", "tr": "tyrkisk", "pl": "polsk", "ua": "ukrainsk", "ro": "rumænsk", "af": "dari", "ar": "arabisk",
           "ku": "kurdisk (sorani)", "er": "tigrinya", "vn": "vietnamesisk", "th": "thai", "ba": "bosnisk"}


def g3_haag(c):
    o = ch(["tr", "pl", "ua", "ro", "de", "en", "so"])
    cc = CC_OF[o]
    mor, far, kids = c.family(origin=o)
    abroad = far if maybe(0.6) else mor
    home = mor if abroad is far else far
    abroad.foreign = cc if cc not in ("so",) else ch(["se", "no"])
    k = kids[0]
    sb = c.pro("sb")
    head = ["Notat – barn opholder sig i udlandet", c.sagsnr()]
    country = COUNTRY_DA[abroad.foreign]
    B = [
        f"{c.nr(home, capit=True)}{c.ptel(home)} henvendte sig {c.date()} og oplyste, at {c.n(k, age=True)} efter efterårsferien ikke er vendt tilbage fra {country}, hvor barnet var på ferie hos {c.nr(abroad)}.",
        f"Barnet, {c.born(k)}, er registreret i CPR på {c.adr(home)}. {c.kvcpr(k)}. Barnet går i {R.randint(1, 8)}. klasse og har nu {R.randint(5, 30)} dages ulovligt fravær.",
        f"{c.n(abroad, capit=True)} ({c.born(abroad)}, {c.kvcpr(abroad)}) oplyses at bo på {c.adr(abroad)} og kan træffes på {c.tel(abroad)}." if c.P else
        f"{c.lab(abroad, True)} oplyses at bo i {country}; kontaktoplysninger er modtaget og ligger i sagen.",
        f"{c.n(home, capit=True)} er vejledt om muligheden for at anmode om tilbagegivelse efter Haag-konventionen og om at kontakte politiet. Forvaltningen har ikke selv partsrolle i tilbagegivelsessagen.",
        f"Samtalen blev ført med {LANG_DA.get(o, 'engelsk')} tolk, {c.n(c.pro('tolk', domain='tolkeservice.dk', origin=o))}." if c.P and o in LANG_DA else
        f"Samtalen blev ført med {LANG_DA.get(o, 'engelsk')} tolk via telefon.",
        la(c, "cross"), la(c, "cross"),
    ]
    tail = [f"/{c.ini(sb)}"]
    return head, B, tail, "\n\n"


def g3_en(c):
    c.lang = "en"
    o = ch(["en", "dk", "so", "pl", "ph", "er"])
    mor, far, kids = c.family(origin=o)
    mover = mor if maybe(0.6) else far
    mover.foreign = "uk"
    k = kids[0]
    sb = c.pro("sb")
    sw = c.pro("sw", domain=ch(["kent.gov.uk", "leeds.gov.uk"]), origin="en")
    la_name = ch(["Leeds City Council, Children and Families", "Kent County Council, Children's Social Work Services",
                  "Manchester City Council, Children's Services"])
    head = [la_name, ("FAO " + sp("name", sw.full)) if c.P else "FAO the allocated social worker", "", f"{c.muni[0]}, Denmark, {c.date()}", "",
            f"Re: {c.n(k, form='full') if c.P else 'Child A'}, {c.born(k) if c.P else c.agetxt(k)}{(', Danish CPR no. ' + c.cpr(k)) if c.P and maybe(0.6) else ''} – request for information under the 1996 Hague Convention"]
    B = [
        f"Dear {(('Ms ' if sw.gender == 'f' else 'Mr ') + sp('name', sw.last)) if c.P else 'colleague'},",
        f"I am the allocated caseworker for the above child in {c.muni[0]}. We understand that {c.nr(mover)} moved to your area with {c.n(k)} in {ch(ME)} and is now living at {c.adr(mover)}.",
        f"The family has received support from our department for {R.randint(1, 4)} years, including family treatment and a school support plan. We have no current child protection concerns requiring immediate action, but we would be grateful for confirmation that the child is registered with a school and a GP.",
        f"The other parent, {c.n(far if mover is mor else mor)}, remains in Denmark at {c.adr(far if mover is mor else mor)} and holds joint parental responsibility." if c.P else
        "The other parent remains in Denmark and holds joint parental responsibility.",
        f"{c.n(mover, capit=True)} can be reached on {c.tel(mover)} or by e-mail at {c.mail(mover)}." if c.P else
        "Contact details for the parent are held on file and can be shared on request.",
        "Please note the time difference of one hour. An interpreter is not needed; the parent speaks English well.",
        "Emergency contacts in Denmark are 112 (emergency) and 114 (police).",
    ]
    tail = [c.sig(sb, "Caseworker, Children and Families")]
    return head, B, tail, "\n\n"


def g3_de(c):
    c.lang = "de"
    o = ch(["de", "dk", "tr", "pl", "ar"])
    mor, far, kids = c.family(origin=o)
    mover = mor if maybe(0.6) else far
    mover.foreign = "de"
    k = kids[0]
    sb = c.pro("sb")
    ja = c.pro("ja", domain=ch(["flensburg.de", "kreis-sl-fl.de"]), origin="de")
    head = [ch(["Stadt Flensburg, Jugendamt", "Kreis Schleswig-Flensburg, Jugendamt", "Landeshauptstadt Kiel, Amt für Familie und Soziales"]),
            ("z. Hd. " + ("Frau " if ja.gender == "f" else "Herrn ") + sp("name", ja.full)) if c.P else "Allgemeiner Sozialer Dienst", "",
            f"{c.muni[0]}, den {c.date()}", "",
            f"Betreff: {c.n(k, form='full') if c.P else 'Kind A'}, {c.born(k) if c.P else c.agetxt(k)} – Umzug nach Deutschland"]
    B = [
        "Sehr geehrte Damen und Herren," if not c.P else f"Sehr geehrte{'' if ja.gender == 'f' else 'r'} {'Frau' if ja.gender == 'f' else 'Herr'} {sp('name', ja.last)},",
        f"wir möchten Sie darüber informieren, dass {c.nr(mover)} mit {c.n(k)} nach Ihrer Stadt umgezogen ist. Die neue Anschrift lautet: {c.adr(mover)}.",
        f"Das Kind hat in Dänemark Unterstützung nach dem dänischen Kindergesetz (Barnets lov § 32) erhalten. Nach dem Haager Kinderschutzübereinkommen von 1996 geht die Zuständigkeit mit dem gewöhnlichen Aufenthalt auf Deutschland über.",
        f"{c.n(mover, capit=True)} ist telefonisch unter {c.tel(mover)} erreichbar." if c.P else "Die Kontaktdaten liegen uns vor.",
        f"Der andere Elternteil, {c.n(far if mover is mor else mor)}, wohnt weiterhin in Dänemark ({c.adr(far if mover is mor else mor)})." if c.P else
        "Der andere Elternteil wohnt weiterhin in Dänemark.",
        "Gerne stellen wir Ihnen nach Einwilligung der Sorgeberechtigten unsere Unterlagen in deutscher Übersetzung zur Verfügung.",
    ]
    tail = [c.sig(sb, "Sachbearbeiterin, Kinder und Familie")]
    return head, B, tail, "\n\n"


def g3_gl(c):
    o = ch(["gl", "gl", "dk"])
    mor, far, kids = c.family(origin=o)
    mover = mor if maybe(0.65) else far
    stay = far if mover is mor else mor
    mover.foreign = "gl"
    sb = c.pro("sb")
    gl = c.pro("gl_sb", domain=ch(["sermersooq.gl", "nanoq.gl"]), origin="gl")
    head = ["Overdragelsesnotat – flytning til Grønland", f"{c.sagsnr()} · {c.date()}"]
    B = [f"{c.nr(mover, capit=True)} flytter {c.date()} til Nuuk med " + ", ".join(c.n(k, age=True) for k in kids) + "."]
    for k in kids:
        B.append(f"{c.full(k) if c.P else c.lab(k)} – {c.kvdob(k)} – {c.kvcpr(k)} – ny adresse: {c.adr(mover)}")
    B += [
        f"Modtagende sagsbehandler i Kommuneqarfik Sermersooq: {c.n(gl, form='full') if c.P else 'udpeget'}, tlf. {c.tel(gl)}, {c.mail(gl)}" if c.P else
        "Modtagende sagsbehandler i Kommuneqarfik Sermersooq er udpeget; kontakt via kommunens hovednummer.",
        f"{c.n(stay, capit=True)} bliver boende på {c.adr(stay)} og ønsker samvær i sommerferien." if c.P else
        f"{c.lab(stay, True)} bliver boende i Danmark og ønsker samvær i sommerferien.",
        f"{c.n(mover, capit=True)} kan efter flytningen træffes på {c.tel(mover)}." if c.P else la(c, "cross"),
        la(c, "cross"), la(c, "cross"),
    ]
    tail = [f"Notatet er sendt med samtykke fra {c.n(mover)}. /{c.ini(sb)}"]
    return head, B, tail, "\n"


def g3_fo(c):
    o = ch(["fo", "fo", "dk"])
    mor, far, kids = c.family(origin=o)
    mover = mor if maybe(0.5) else far
    mover.foreign = "fo"
    k = kids[0]
    sb = c.pro("sb")
    fo = c.pro("fo_sb", domain=ch(["tn.fo", "klaksvik.fo"]), origin="fo")
    if c.P:
        head = [f"Fra: {sp('name', fo.full)} <{c.mail(fo)}>", f"Til: {sp('name', sb.full)}", f"Dato: {c.date()}", "Emne: Barn flyttet til Færøerne", ""]
    else:
        head = ["Fra: Barnaverndin (færøsk børneværn)", "Til: Myndighed Børn og Familie", f"Dato: {c.date()}", "Emne: Barn flyttet til Færøerne", ""]
    B = [
        f"Góðan dag {c.n(sb, form='first') if c.P else ''}".rstrip() + ",",
        f"Vi har modtaget jeres underretning om {c.n(k, age=True)}. Familien er nu tilmeldt folkeregistret på {c.adr(mover)}.",
        f"{c.nr(mover, capit=True)} har været til samtale hos os og fortæller, at {c.n(k)} er startet i skole og er glad for at bo tæt på {c.lab(c.person('mormor', origin=o))}.",
        f"Hvis I vil tale med familien, er {c.n(mover)} på {c.tel(mover)}. Jeg selv har direkte nummer {c.tel(fo)}." if c.P else
        "Hvis I vil tale med familien, kan vi formidle kontakten.",
        "Vi vil gerne have kopi af barnets plan og den seneste børnefaglige undersøgelse, når forælderen har givet samtykke.",
        la(c, "cross"),
    ]
    tail = ["Vinaliga kveðja / venlig hilsen", c.n(fo, form="full") if c.P else "Sagsbehandler, Barnaverndin"]
    return head, B, tail, "\n\n"


def g3_tolk(c):
    o = ch(["so", "ar", "ku", "tr", "af", "ua", "er", "vn", "th", "ro", "ba", "pl"])
    mor, far, kids = c.family(origin=o)
    t = c.pro("tolk", domain="tolkeservice.dk", origin=o)
    sb = c.pro("sb")
    k = kids[0]
    rel = c.person(ch(["mormor", "morbror", "moster"]), origin=o,
                   foreign={"tr": "tr", "ua": "ua", "ro": "ro", "pl": "pl", "so": "so", "af": "af"}.get(o, ch(["se", "de", "no", "uk"])))
    head = ["Tolkebestilling og log", c.sagsnr()]
    B = [
        f"Sprog: {LANG_DA[o]}\nTolk: {c.full(t) if c.P else 'tolk fra kommunens leverandør'}\nTolkens mobil: {c.tel(t)}\nMødested: {room()} på rådhuset",
        f"Borger: {c.nr(mor)}, {c.kvcpr(mor)}\nAdresse: {c.adr(mor)}\nBarn: {c.n(k, age=True)}",
        f"kl. {fmt_time()}: Samtalen startede. {c.n(t, capit=True)} oversatte konsekutivt. {c.n(mor, capit=True)} ønskede at vide, hvornår barnet kan rejse med {c.lab(c.person('mormor', origin=o))} til {ch(['Tyrkiet', 'Somalia', 'Polen', 'Ukraine', 'Sverige'])} på ferie.",
        f"kl. {fmt_time()}: Det blev oplyst, at rejsen kræver samtykke fra begge forældremyndighedsindehavere. {c.n(far, capit=True)} bor {('på ' + c.adr(far)) if c.P else 'i en anden kommune'}.",
        f"Tolkens opgørelse: {R.randint(1, 3)} timer à {R.randint(380, 620)} kr. inkl. transport.",
        (f"{cap(c.lab(rel))} i {COUNTRY_DA[rel.foreign]}, {c.n(rel)}, kan kontaktes på {c.tel(rel)}." if c.P else
         f"{cap(c.lab(rel))} bor i {COUNTRY_DA[rel.foreign]} og kan kontaktes via familien."),
        la(c, "cross"),
    ]
    tail = [f"Bestilt af {c.ini(sb)}"]
    return head, B, tail, "\n"


G3 = [g3_haag, g3_en, g3_de, g3_gl, g3_fo, g3_tolk]


# ================================================================ genre 4: specialist assessments
REGDOM = ["rm.dk", "rsyd.dk", "regionh.dk", "rn.dk", "regionsjaelland.dk"]


def g4_people(c):
    mor, far, kids = c.family(kid_ages=(2010, 2022))
    dom = ch(REGDOM)
    return mor, far, kids[0], dom


def g4_autism(c):
    mor, far, k, dom = g4_people(c)
    psy, lae, pae = c.pro("psykolog", domain=dom), c.pro("laege", domain=dom), c.pro("paed", domain=dom)
    head = ["Børne- og Ungdomspsykiatrisk Center – Autismeudredning", f"Epikrise · {c.date()}"]
    B = [
        f"Patient: {c.full(k) if c.P else c.lab(k)}\n{c.kvcpr(k)}\nAdresse: {c.adr(mor if maybe(0.6) else far)}",
        f"Forældre: {c.nr(mor)}, {c.born(mor)}{c.ptel(mor, 0.8)}; {c.nr(far)}, {c.born(far)}{c.ptel(far, 0.5)}",
        f"Udredningsteam: {c.n(psy, form='full')} (psykolog), dr. {c.n(lae, form='last')} (overlæge), {c.n(pae, form='full')} (miljøterapeut, observation i skolen)." if c.P else
        "Udredningsteam: psykolog, overlæge og miljøterapeut (observation i skolen).",
        f"Undersøgelser: ADOS-2, ADI-R med {c.n(mor) if c.P else 'mor'}, WISC-V og Vineland-3. " + la(c, "spec"),
        f"Observation: {c.n(k, capit=True)} søgte mod kanten af rummet, talte præcist og detaljeret om tog og havde svært ved at skifte emne. Øjenkontakt var kortvarig.",
        la(c, "spec"),
        f"Konklusion og anbefaling: Der anbefales forløb med psykoedukation for forældrene. Skolen kontaktes af {c.n(pae)} med forældrenes samtykke." if c.P else
        "Konklusion og anbefaling: Der anbefales forløb med psykoedukation for forældrene. Skolen kontaktes med forældrenes samtykke.",
        f"Kopi sendt til egen læge og til sagsbehandler i {c.muni[0]} ({c.n(c.pro('sb'), form='full') if c.P else 'myndighedsrådgiver'})." ,
    ]
    tail = [f"Spørgsmål: {c.n(psy, form='full')}, direkte {c.tel(psy)}" if c.P else "Spørgsmål rettes til ambulatoriets sekretariat."]
    return head, B, tail, "\n\n"


def g4_hear(c):
    mor, far, k, dom = g4_people(c)
    aud, lae = c.pro("audiolog", domain=dom), c.pro("laege", domain=dom)
    fr = [250, 500, 1000, 2000, 4000, 8000]
    head = ["Høreklinikken, Øre-næse-halsafdelingen", f"Undersøgelse af {c.n(k, form='full', age=True) if c.P else c.lab(k, age=True)}"]
    B = [
        f"{c.kvdob(k)}\n{c.kvcpr(k)}\nHenvist af egen læge {c.n(lae, form='full') if c.P else ''}".rstrip() + f" pga. mistanke om nedsat hørelse.",
        "Frekvens (Hz) | " + " | ".join(str(f) for f in fr) + "\nHøjre (dB HL) | " + " | ".join(str(R.randint(10, 60)) for _ in fr) +
        "\nVenstre (dB HL) | " + " | ".join(str(R.randint(10, 60)) for _ in fr),
        la(c, "spec"),
        f"Ledsaget af {c.nr(mor)}. Familien bor på {c.adr(mor)} og kan kontaktes på {c.tel(mor)}." if c.P else
        f"Ledsaget af {c.lab(mor)}. Familien kan kontaktes via egen læge.",
        "Plan: Høreapparater bilateralt, kontrol om 3 måneder. Pædagogisk-psykologisk rådgivning (PPR) orienteres om behov for FM-anlæg i klassen.",
        f"Audiologopæd: {c.n(aud, form='full')}, {c.mail(aud)}" if c.P else "Audiologopæd: tilknyttet klinikken",
    ]
    tail = [la(c, "spec")]
    return head, B, tail, "\n\n"


def g4_fysio(c):
    mor, far, k, dom = g4_people(c)
    fy = c.pro(ch(["fysio", "ergo"]), domain=c.muni[1])
    title = "Fysioterapeutisk" if fy.role == "fysio" else "Ergoterapeutisk"
    head = [f"{title} vurdering – Børneterapien, {c.muni[0]}", f"Barn: {c.n(k, form='full') if c.P else c.lab(k)}, {c.born(k)}, {c.kvcpr(k)}",
            f"Adresse: {c.adr(mor, two=maybe(0.3))}"]
    B = [
        f"Kontakt: {c.nr(mor)}, {c.tel(mor)}" + (f" / {c.nr(far)}, {c.tel(far)}" if c.P and maybe(0.5) else ""),
        "Test: " + la(c, "spec") + " Sensory Profile 2 viser høj sensorisk søgning og lav registrering.",
        f"Observation: {c.n(k, capit=True)} har svært ved at hoppe på et ben og fanger en bold med to hænder i {R.randint(3, 8)} af 10 forsøg.",
        f"Mål: Deltage i idræt sammen med klassen uden at trække sig. Træning {R.randint(1, 2)} gange om ugen i {R.randint(8, 12)} uger i {room()}.",
        f"Hjemmeøvelser er gennemgået med {c.n(far)}, som fik et hæfte med billeder." if c.P else "Hjemmeøvelser er gennemgået med far, som fik et hæfte med billeder.",
        la(c, "spec"),
    ]
    tail = [c.sig(fy, ("Fysioterapeut" if fy.role == "fysio" else "Ergoterapeut"), closing="Venlig hilsen")]
    return head, B, tail, "\n\n"


def g4_referral(c):
    mor, far, k, dom = g4_people(c)
    gp = c.pro("laege", domain=ch(["dadlnet.dk", "laegehuset-midt.dk"]))
    head = ["HENVISNING", "Til: Børneafdelingen, neuropædiatrisk ambulatorium", f"Fra: {('Lægerne ' + c.n(gp, form='last') + ' & Co.') if c.P else 'Lægehuset'}"]
    B = [
        f"Navn: {c.full(k) if c.P else c.lab(k)}\n{c.kvdob(k)}\n{c.kvcpr(k)}\nAdresse: {c.adr(mor, two=True) if c.P else c.adr(mor)}\nTlf. (forælder): {c.tel(mor)}",
        "Henvisningsårsag: " + ch(["Anfald med stirren og fumlen, 3-4 gange dagligt.", "Forsinket sproglig udvikling og usikker gang.",
                                    "Hovedpine og opkastninger om morgenen gennem to måneder.", "Mistanke om ADHD; skolen beskriver udtalt uro."]),
        la(c, "spec"),
        f"Forældremyndighed: fælles ({c.n(mor)} og {c.n(far)})." if c.P else "Forældremyndighed: fælles.",
        f"Tolk: {'nej' if mor.origin.startswith('dk') else 'ja, ' + LANG_DA.get(mor.origin, 'engelsk')}.",
        la(c, "spec"),
    ]
    tail = [f"Henvisende læge: {c.n(gp, form='full') if c.P else 'praktiserende læge'}" + (f", ydernr. {R.randint(10000, 99999)}, tlf. {c.tel(gp)}" if c.P else f", ydernr. {R.randint(10000, 99999)}")]
    return head, B, tail, "\n"


def g4_neuro(c):
    mor, far, k, dom = g4_people(c)
    lae, sy = c.pro("laege", domain=dom), c.pro("sundhedspl", domain=dom)
    head = [f"Ambulant notat, Børneneurologi {c.date()}", f"{c.full(k) if c.P else c.lab(k)}, {c.kvcpr(k)}"]
    B = [
        f"{c.n(k, capit=True, age=True)} ses sammen med {c.n(mor)} og {c.n(far)} til opfølgning.",
        "EEG viste generaliserede spike-wave-komplekser under hyperventilation. " + la(c, "spec"),
        f"Familien oplever, at {c.n(k)} er mere træt om eftermiddagen. Skolen er informeret om anfaldsplan.",
        f"Anfaldsplanen er udleveret til klasselæreren og til {c.n(c.person('mormor'))}, som henter om onsdagen{(' på ' + c.adr(mor, short=True)) if c.P else ''}.",
        f"Familiens adresse er ændret til {c.adr(far)}; {c.n(far)} er født {c.dob(far)}." if c.P else "Familien er flyttet inden for kommunen.",
        f"Kontrol om 4 måneder. Forældrene kan ringe til epilepsisygeplejerske {c.n(sy)} på {c.tel(sy)} ved spørgsmål." if c.P else
        "Kontrol om 4 måneder. Forældrene kan ringe til ambulatoriets epilepsisygeplejerske ved spørgsmål.",
        la(c, "spec"),
    ]
    tail = [f"{c.n(lae, form='full') if c.P else 'Afdelingslæge'}, afdelingslæge" if c.P else "Afdelingslæge, Børneneurologi"]
    return head, B, tail, "\n\n"


G4 = [g4_autism, g4_hear, g4_fysio, g4_referral, g4_neuro]


# ================================================================ genre 5: faith and community networks
TRANSLIT = {"Mohamed": ["Mohammed", "Muhammad", "Mohamad"], "Mohammad": ["Muhammad", "Mohammed"], "Ahmad": ["Ahmed", "Achmad"],
            "Yusuf": ["Youssef", "Yousef"], "Youssef": ["Yusuf", "Josef"], "Abdirahman": ["Abdurahman", "Abdul Rahman"],
            "Omar": ["Umar"], "Fatima": ["Fatma", "Faadumo"], "Khaled": ["Khalid"], "Ibrahim": ["Ebrahim"],
            "Hussein": ["Husein", "Hussain"], "Abdi": ["Abdii"], "Aisha": ["Ayesha", "Aischa"], "Zainab": ["Zaynab"],
            "Mahmoud": ["Mahmud"], "Hamid": ["Hameed"], "Farid": ["Fariid"], "Jógvan": ["Jogvan"], "Rannvá": ["Ranva"],
            "Søren": ["Soren", "Sören"], "Jørgensen": ["Jorgensen", "Jörgensen"], "Mehmet": ["Mehmed"], "Ayşe": ["Ayse"],
            "Yılmaz": ["Yilmaz"], "Çelik": ["Celik"], "Hodžić": ["Hodzic"], "Begić": ["Begic"], "Nguyen": ["Nguyễn"],
            "Oleksandr": ["Aleksandr", "Alexander"], "Serhii": ["Sergej", "Sergiy"], "Tesfay": ["Tesfai"], "Yohannes": ["Johannes"]}


def variant(p):
    """another spelling of the person's name (planted only)"""
    toks = p.full.split(" ")
    opts = []
    for i, t in enumerate(toks):
        for v in TRANSLIT.get(t, []):
            opts.append(" ".join(toks[:i] + [v] + toks[i + 1:]))
    if len(toks) >= 2:
        opts.append(f"{toks[0][0]}. {toks[-1]}")
    m = p.misspell()
    if m:
        opts.append(m)
    return sp("name", ch(opts)) if opts else sp("name", p.full)


def g5_people(c):
    o = ch(["so", "ar", "ku", "af", "tr", "er", "dk", "gl", "ba", "pk", "ua", "ph", "vn"])
    mor, far, kids = c.family(origin=o)
    faith = {"so": "imam", "ar": "imam", "ku": "imam", "af": "imam", "tr": "imam", "ba": "imam", "pk": "imam"}.get(o, "praest")
    leader = c.pro(faith, domain=("mosk-forening.dk" if faith == "imam" else ch(["sogn.dk", "folkekirken.dk"])),
                   origin=(o if faith == "imam" else ch(["dk", "dk", "er", "gl", "ph", "ua"] if o in ("er", "gl", "ph", "ua") else ["dk"])), gender="m" if faith == "imam" else None)
    fm = c.pro("formand", domain="ifk-boldklub.dk", origin=ch([o, "dk"]))
    return mor, far, kids, leader, fm


def g5_meeting(c):
    mor, far, kids, lead, fm = g5_people(c)
    k = kids[0]
    sb, nabo = c.pro("sb"), c.person("nabo", origin=ch([mor.origin, "dk"]))
    rel = c.person(ch(["morbror", "moster", "farbror", "faster"]), origin=mor.origin)
    head = [f"Referat af netværksmøde {c.date()} kl. {fmt_time()}", f"Sted: {room()}, {c.muni[0]}"]
    parts = [c.nr(mor), c.nr(far), c.nr(rel), c.nr(lead), c.nr(fm), c.nr(nabo), c.nr(sb)]
    B = [
        "Deltagere: " + ", ".join(parts[:-1]) + " og " + parts[-1] + ".",
        f"Formål: at samle familiens netværk om en sikkerhedsplan for {c.n(k, form='full') if c.P else c.lab(k)} ({c.born(k)})" + (f" og {c.n(kids[1], age=True)}" if len(kids) > 1 else "") + ".",
        f"{c.lab(lead, True) if not c.P else cap(c.lab(lead)) + ' ' + variant(lead)} fortalte, at menigheden kender familien godt, og at {c.n(far)} kommer fast om fredagen. {'Hun' if lead.gender == 'f' else 'Han'} tilbyder at være en person, {c.n(mor)} kan ringe til, når aftenerne bliver svære{(': ' + c.tel(lead)) if c.P else ''}.",
        f"{c.n(fm, capit=True)} fra fodboldklubben tilbyder at hente {c.n(k)} til træning tirsdag og torsdag{(' fra ' + c.adr(mor, short=True)) if c.P else ''}, og kontingentet kan dækkes af klubbens fond.",
        f"{c.n(nabo, capit=True)} har nøgle og kan tage imod børnene efter skole{c.ptel(nabo)}.",
        f"{c.n(rel, capit=True)} kan have børnene i weekenderne og bor {('på ' + c.adr(rel)) if c.P else 'tæt på'}.",
        la(c, "faith"), la(c, "faith"),
        f"Næste møde: {c.date()} kl. {fmt_time()}. {c.n(sb, capit=True)} indkalder.",
    ]
    tail = [f"Referent: {c.ini(sb)}"]
    return head, B, tail, "\n\n"


def g5_letter(c):
    mor, far, kids, lead, fm = g5_people(c)
    writer = lead if maybe(0.6) else fm
    sb = c.pro("sb")
    k = kids[0]
    head = [c.muni[0], "Myndighed Børn og Familie", ("Att.: " + c.n(sb, form="full")) if c.P else "Att.: sagsbehandleren", "", f"{c.date()}", "",
            "Støtteerklæring vedrørende familien" + ((" " + sp("name", far.last) + ", " + c.adr(mor)) if c.P else ""),
            ("Barn: " + sp("name", k.full) + ", " + c.kvcpr(k)) if c.P else "Barn: " + c.lab(k, age=True)]
    B = [
        f"Jeg skriver som {c.lab(writer)} i {('den lokale moské' if writer.role == 'imam' else ('sognet' if writer.role == 'praest' else 'idrætsforeningen'))} og har kendt familien i {R.randint(3, 12)} år.",
        f"{c.n(mor, capit=True)} og {c.n(far)} har altid været en del af vores fællesskab. Efter familien flyttede til {c.adr(mor)}, har vi set dem lidt mindre, men børnene kommer stadig." if c.P else
        f"Forældrene har altid været en del af vores fællesskab, og børnene kommer stadig.",
        f"Vi vil gerne støtte {c.n(k)} og {('søskende' if len(kids) > 1 else 'familien')} med lektiehjælp, fællesspisning og en fast voksen, som kender barnet.",
        la(c, "faith"),
        f"I er velkomne til at ringe til mig på {c.tel(writer)} eller skrive til {c.mail(writer)}." if c.P else
        "I er velkomne til at kontakte foreningen via dens kontor.",
        f"Med familiens samtykke kan I også tale med vores {ch(['kasserer', 'næstformand', 'frivillige koordinator'])}, {c.n(c.person('frivillig', origin=mor.origin))}." if c.P else la(c, "faith"),
    ]
    tail = ["Med venlig hilsen", ""] + ([variant(writer) if maybe(0.4) else sp("name", writer.full), cap(c.lab(writer))] if c.P else [cap(c.lab(writer))])
    return head, B, tail, "\n\n"


def g5_sms(c):
    mor, far, kids, lead, fm = g5_people(c)
    sb = c.pro("sb")
    k = kids[0]
    head = ["Beskeder fra forældrenes telefon, vist frem på mødet og skrevet af med samtykke:"]
    clock = [R.randint(7 * 60, 12 * 60)]

    def fmt_time():
        clock[0] += R.randint(2, 70)
        return f"{clock[0] // 60:02d}.{clock[0] % 60:02d}"

    def who(p):
        return (c.n(p, form=ch(["first", "full", "nick" if p.nick() else "first"]), title=False)) if c.P else cap(c.lab(p))
    B = [
        f"[{fmt_time()}] {who(lead)}: Salam, husk at {c.n(k)} er velkommen i lektiecaféen i morgen. Min søn kan hente kl. 15.30.",
        f"[{fmt_time()}] {who(mor)}: Tak. {'Hun' if k.gender == 'f' else 'Han'} har haft en hård uge.",
        f"[{fmt_time()}] {who(fm)}: Vi mangler en målmand lørdag, må {c.n(k)} komme med? Afgang fra klubhuset ved Stadionvej kl. 9.",
        f"[{fmt_time()}] {who(far)}: Ja. Ring hvis der er noget {c.tel(far)}" if c.P else f"[{fmt_time()}] {who(far)}: Ja. Ring hvis der er noget",
        f"[{fmt_time()}] {who(lead)}: Mit nye nummer er {c.tel(lead, second=True)}" if c.P else f"[{fmt_time()}] {who(lead)}: Jeg har fået nyt nummer, det står i foreningsbladet",
        f"[{fmt_time()}] {who(mor)}: Vi er flyttet, ny adresse er {c.adr(mor, sloppy=True)}" if c.P else f"[{fmt_time()}] {who(mor)}: Vi er flyttet, jeg sender adressen",
        la(c, "faith"),
    ]
    tail = [f"Afskrevet af {c.ini(sb)} {c.date()}."]
    return head, B, tail, "\n"


def g5_netkort(c):
    mor, far, kids, lead, fm = g5_people(c)
    k = kids[0]
    sb = c.pro("sb")
    head = [f"Netværkskort – {c.n(k, form='full') if c.P else c.lab(k)}, {c.kvdob(k)}", "(udfyldt sammen med forældrene; stavemåder som oplyst af familien)"]
    ppl = [lead, fm, c.person(ch(["mormor", "farmor"]), origin=mor.origin, kind="old"), c.person("nabo"),
           c.person(ch(["morbror", "faster"]), origin=mor.origin, foreign=ch([None, None, "se", "de", "uk"]))]
    B = []
    for p in ppl:
        if c.P:
            names = sp("name", p.full) + (" / " + variant(p) if maybe(0.5) else "")
            B.append(f"{cap(c.lab(p))}: {names}\n  Tlf.: {c.tel(p)}" + (f"\n  Adresse: {c.adr(p)}" if maybe(0.5) else "") + (f"\n  Mail: {c.mail(p)}" if maybe(0.3) else ""))
        else:
            B.append(f"{cap(c.lab(p))}\n  Kontakt: {c.tel(p)}\n  Rolle: {ch(['ringes op ved uro', 'henter efter skole', 'weekendaflastning', 'lektiehjælp', 'fast voksen'])}")
    B.append(la(c, "faith"))
    tail = [f"Sagsbehandler: {c.n(sb, form='full') if c.P else c.muni[0]}"]
    return head, B, tail, "\n"


G5 = [g5_meeting, g5_letter, g5_sms, g5_netkort]


# ================================================================ genre 6: sign-up sheets, attendance, planning
STATUS = ["bekræftet", "bekræftet", "afbud", "ikke svaret", "deltager online", "kommer kl. 10", "bekræftet"]


def g6_cast(c, n):
    mor, far, kids = c.family()
    ppl = [mor, far]
    pool = [c.pro("sb"), c.pro("laerer", domain=ch(["skole.dk", c.muni[1]])), c.pro("sundhedspl"), c.pro("psykolog", domain=c.muni[1]),
            c.pro("paed", domain=c.muni[1]), c.person(ch(["mormor", "farmor"]), kind="old", origin=mor.origin),
            c.person("plejemor"), c.pro("koord"), c.pro("tolk", domain="tolkeservice.dk", origin=mor.origin if mor.origin in LANG_DA else None),
            c.pro("traener", domain="ifk-boldklub.dk"), c.pro("kontakt", domain=c.muni[1])]
    R.shuffle(pool)
    return mor, far, kids, ppl + pool[: n - 2]


def g6_list(c):
    mor, far, kids, ppl = g6_cast(c, R.randint(5, 9))
    k = kids[0]
    head = [f"DELTAGERLISTE – {ch(['netværksmøde', 'opfølgningsmøde', 'overleveringsmøde', 'børnefagligt møde'])} vedr. {c.n(k, form='full') if c.P else c.lab(k)}",
            f"{c.date()} kl. {fmt_time()} · {room()}", "",
            "Navn | Rolle | Telefon | Mail | Status" if c.P else "Deltager | Rolle | Kontakt | Status"]
    B = []
    for p in ppl:
        if c.P:
            B.append(f"{c.n(p, form=ch(['full', 'full', 'lastfirst', 'caps']))} | {c.lab(p)} | {c.tel(p)} | {c.mail(p) if maybe(0.6) else '-'} | {ch(STATUS)}")
        else:
            cat_ = "myndighed" if p.role in ("sb", "koord") else "fagperson" if p.pro else "forælder" if p.role in ("mor", "far") else "netværk"
            B.append(f"{cap(c.lab(p))} | {cat_} | {c.tel(p)} | {ch(STATUS)}")
    if c.P:
        B.append(f"Barnet: {c.n(k, form='full')}, {c.born(k)}, bor hos {c.n(mor)} på {c.adr(mor)}.")
    B.append("")
    B.append(la(c, "plan"))
    tail = [f"Liste opdateret {c.date()} af {c.ini(ppl[2]) if c.P else 'sekretariatet'}"]
    return head, B, tail, "\n"


def g6_invite(c):
    mor, far, kids, ppl = g6_cast(c, R.randint(4, 7))
    sb = c.pro("sb")
    k = kids[0]
    if c.P:
        head = [sp("name", mor.full) + (" og " + sp("name", far.full) if maybe(0.5) else ""), c.adr(mor, two=True), "", f"{c.muni[0]}, {c.date()}"]
    else:
        head = ["Til forældremyndighedsindehaverne", "Sendt med Digital Post", "", f"{c.muni[0]}, {c.date()}"]
    B = [
        f"Indkaldelse til møde om {c.n(k, form='full') if c.P else c.lab(k)}, {c.kvcpr(k)}",
        f"Vi indkalder hermed til møde {c.date()} kl. {fmt_time()} i {room()} på rådhuset. Formålet er at følge op på barnets plan.",
        "Følgende er inviteret:\n" + "\n".join(f"- {c.nr(p, capit=True)}" for p in ppl),
        "Har I brug for tolk, så giv besked senest en uge før. " + la(c, "plan"),
        f"Giv gerne besked til mig på {c.tel(sb)} eller {c.mail(sb)}, hvis tidspunktet ikke passer." if c.P else
        f"Giv gerne besked via kommunens hovednummer {c.muni[2]}, hvis tidspunktet ikke passer.",
        la(c, "plan"),
    ]
    tail = [c.sig(sb, "Socialrådgiver")]
    return head, B, tail, "\n\n"


def g6_door(c):
    oh = R.randint(15, 17)
    tick = [R.randint(25, 40)]

    def arr():
        tick[0] += R.randint(0, 6)
        return f"{oh + tick[0] // 60}.{tick[0] % 60:02d}"
    head = [f"Dørliste – {ch(['forældrekursus (De Utrolige År)', 'fællesspisning for familier', 'sorggruppe for børn', 'forældremøde i familiehuset'])}",
            f"{c.date()}, dørene åbner kl. {oh}.30", "", "Ankomst | Navn | Med børn | Tlf."]
    B = []
    for _ in range(R.randint(4, 9)):
        mor, far, kids = c.family()
        p = mor if maybe(0.6) else far
        if c.P:
            ks = ", ".join(c.n(x, form="first") + (f" (f. {sp('dob', fmt_dob(x.dob))})" if maybe(0.45) else f" ({x.age()})") for x in kids)
            B.append(f"{arr()} | {c.n(p, form=ch(['full', 'lastfirst', 'full']))} | {ks} | {c.tel(p)}")
        else:
            B.append(f"{arr()} | {cap(c.lab(p))} | {len(kids)} {'barn' if len(kids) == 1 else 'børn'} ({', '.join(str(x.age()) + ' år' for x in kids)}) | -")
    B.append(f"Udeblevet: {R.randint(0, 3)} · " + la(c, "plan"))
    tail = ["Listen makuleres efter mødet."]
    return head, B, tail, "\n"


def g6_vagt(c):
    mor, far, kids = c.family()
    k = kids[0]
    staff = [c.pro("kontakt", domain=c.muni[1]) for _ in range(R.randint(2, 4))]
    head = [f"Vagtplan – overvåget samvær for {c.n(k, form='full') if c.P else c.lab(k)} ({c.born(k)})", f"Samvær mellem barnet og {c.lab(far if maybe(0.5) else mor)} i familiehusets samværslokale"]
    B = []
    base = rand_date(2024, 2025)
    for i in range(R.randint(3, 6)):
        d = datetime.date.fromordinal(base.toordinal() + 7 * i)
        s = ch(staff)
        B.append(f"{WD[d.weekday()].capitalize()} {d.day}/{d.month} kl. {ch(['14.00-16.00', '15.30-17.00', '10.00-12.00'])}: {c.n(s, form=ch(['full', 'first', 'dotted'])) if c.P else 'samværsstøtte ' + str(i % len(staff) + 1)}")
    if c.P:
        B.append("Telefonliste: " + "; ".join(f"{c.n(s, form='first')} {c.tel(s)}" for s in staff))
        B.append(f"Barnet afleveres af plejefamilien ({c.n(c.person('plejemor'))}) og hentes igen kl. 17.")
    else:
        B.append("Telefonliste: ligger i samværsmappen; vagthavende kan nås via hovednummeret.")
        B.append("Barnet afleveres af plejefamilien og hentes igen kl. 17.")
    B.append(la(c, "plan"))
    tail = ["Ændringer meldes til den faglige koordinator."]
    return head, B, tail, "\n"


def g6_doodle(c):
    mor, far, kids, ppl = g6_cast(c, R.randint(5, 8))
    sb = ppl[2] if ppl[2].pro else c.pro("sb")
    k = kids[0]
    opts = [rand_date(2025, 2025) for _ in range(3)]
    head = [f"Doodle-afstemning \"Opfølgning {c.n(k, form='first') if c.P else 'Barn A'}\" – resultat genfortalt"]
    B = []
    for d in opts:
        yes = R.sample(ppl, R.randint(2, len(ppl) - 1))
        names = ", ".join(c.n(p, form=ch(["first", "full", "title"]) if not p.kind == "child" else "first") for p in yes) if c.P else \
            ", ".join(c.lab(p) for p in yes)
        B.append(f"{WD[d.weekday()].capitalize()} {d.day}. {MD[d.month - 1]} kl. {fmt_time()}: {len(yes)} ja ({names}).")
    B.append(f"{c.n(ppl[0], capit=True)} skrev i kommentarfeltet, at hun kun kan efter kl. 14, og {c.n(ppl[1])} bad om at deltage via Teams.")
    B.append(f"Afbud fra {c.nr(ppl[-1])}, som er på kursus." if c.P else f"Afbud fra {c.lab(ppl[-1])}, som er på kursus.")
    B.append(f"Mødeindkaldelsen sendes fra {c.mail(sb)}." if c.P else "Mødeindkaldelsen sendes via Outlook.")
    B.append(la(c, "plan"))
    tail = [f"/{c.ini(sb)}"]
    return head, B, tail, "\n"


def g6_tags(c):
    mor, far, kids, ppl = g6_cast(c, R.randint(6, 9))
    head = ["Bordplan og navneskilte – netværksmøde", f"{c.date()} · {room()}", ""]
    B = []
    seats = list(range(1, len(ppl) + 1))
    for s, p in zip(seats, ppl):
        if c.P:
            tag = sp("name", ch([p.first, p.full, p.full.upper(), p.first.upper()]))
            B.append(f"Plads {s}: {tag} – {c.lab(p)}" + (f" (ringer fra {c.tel(p)}, hvis forsinket)" if maybe(0.25) else ""))
        else:
            B.append(f"Plads {s}: {cap(c.lab(p))}")
    B.append("Navneskilte: kun fornavn og rolle. " + la(c, "plan"))
    tail = ["Barnet sidder ved siden af den voksne, barnet selv har valgt."]
    return head, B, tail, "\n"


G6 = [g6_list, g6_invite, g6_door, g6_vagt, g6_doodle, g6_tags]
GENRES = [G1, G2, G3, G4, G5, G6]
GENRE_NAMES = ["death-grief-guardianship", "questionnaires-screening", "cross-border", "specialist-assessments",
               "faith-community-networks", "signup-attendance-planning"]


# ================================================================ institutions (kind: institution)
from pools import INSTITUTIONS
INST_KIND = {}
for _n in INSTITUTIONS:
    _l = _n.lower()
    INST_KIND[_n] = ("efterskole" if "efterskole" in _l else "skole" if ("skole" in _l and "efter" not in _l) else
                     "dagtilbud" if any(w in _l for w in ("børnehave", "børnehus", "dagpleje", "institution")) else
                     "opholdssted" if any(w in _l for w in ("opholdssted", "botilbud")) else
                     "pleje" if any(w in _l for w in ("pleje", "familiehus")) else "fritid")
INST_T = {
    "skole": ["Barn A ({a} år) går i {k}. klasse på {I}, hvor klasselæreren har givet samtykke til, at skolen deltager i netværksmødet.",
              "Skolen, {I}, har sendt fraværsoversigten; fraværet er {p} % i indeværende skoleår.",
              "Ved skoleskiftet i august begynder barnet på {I}, og overleveringsmødet holdes i uge {u}."],
    "efterskole": ["Den unge ({a} år) har fået plads på {I} fra august, og forældrene har søgt om nedsat egenbetaling.",
                   "Efter samtale med vejlederen er der aftalt et prøveophold på {I} i uge {u}."],
    "dagtilbud": ["Barn B ({a} år) er indskrevet i {I}, og pædagogerne beskriver et barn, der er glad og nysgerrigt.",
                  "{I} har bedt om et møde om barnets sprog før skolestart."],
    "opholdssted": ["Anbringelsen sker på {I} efter Barnets lov § 46, og barnets plan revideres efter tre måneder.",
                    "Den unge bor nu på {I} og går i den interne skole fire dage om ugen."],
    "pleje": ["Plejefamilien er tilknyttet {I}, som står for supervision hver sjette uge.",
              "{I} har sendt statusudtalelse om barnets trivsel i plejefamilien."],
    "fritid": ["Barnet går til træning i {I} tirsdag og torsdag, og kontingentet er dækket efter Barnets lov § 32.",
               "Den unge er startet i {I} og kommer der tre aftener om ugen."],
}


def make_institution_text():
    first = INSTITUTIONS[len(INST_DONE)]
    INST_DONE.append(first)
    t = ch(INST_T[INST_KIND[first]])
    s = t.format(I=sp("institution", first), a=R.randint(3, 17), k=R.randint(0, 9), p=R.randint(5, 25), u=R.randint(2, 45))
    if maybe(0.45):
        other = ch([x for x in INSTITUTIONS if x != first])
        t2 = ch(INST_T[INST_KIND[other]])
        if "{I}" in t2:
            s += " " + t2.format(I=sp("institution", other), a=R.randint(3, 17), k=R.randint(0, 9), p=R.randint(5, 25), u=R.randint(2, 45))
    return s


INST_DONE = []


# ================================================================ assembly and checks
import re
import json
import hashlib

BANDS = [(30, 80), (81, 150), (151, 300)]
BAND_NAMES = ["short", "medium", "long"]


def wc(t):
    return len(t.split())


def _names():
    out = {}
    for o in NAMES:
        for lst in NAMES[o]:
            for n in lst:
                out[n] = 1
                out[n.upper()] = 1
                pf = polish_fem(n)
                out[pf] = 1
                out[pf.upper()] = 1
    return sorted(out, key=lambda x: (-len(x), x))


POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in _names()) + r")(?!\w)")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(STREETS, key=lambda x: -len(x))) + r")\s+\d")
LB = r"(?<![\d+])(?<!\d[ .\-])"
LA_ = r"(?!\d)(?![ .\-]\d)"
PHONE_RES = [re.compile(x) for x in [
    LB + r"\d{8}" + LA_,
    LB + r"\d{2}([ .\-])\d{2}\1\d{2}\1\d{2}" + LA_,
    LB + r"\d{4}[ \-]\d{4}" + LA_,
    r"\+\d{2,3}[\d \-().]{5,}\d",
    r"(?<!\d)00\d{2,3} ?\d{6,}",
]]
CPR_RES = [re.compile(x) for x in [
    LB + r"\d{6}\s?[-–]?\s?\d{4}" + LA_,
    LB + r"\d{2}([. \-])\d{2}\1\d{2}\s?[-– ]\s?\d{4}" + LA_,
]]
BORN_RE = re.compile(r"(?i)(?<!\w)(født|f\.|fødselsdato|fødselsdag|f\.dato|geb\.|geboren|geburtsdatum|date of birth|dob|born|b\.)\s*:?\s*(den |am |on )?(?=\d)")
WHITE = {}
for _x in PUBLIC_NUMBERS:
    _d = re.sub(r"\D", "", _x)
    WHITE[_d] = 1
    WHITE["45" + _d] = 1
    WHITE["0045" + _d] = 1


def covered(spans, s, e):
    for x in spans:
        if x["start"] <= s and e <= x["end"]:
            return True
    return False


def check_text(text, spans, allowed, band):
    errs = []
    lo, hi = band
    if not (lo <= wc(text) <= hi):
        errs.append(f"words {wc(text)} not in {band}")
    last = -1
    for x in spans:
        if x["kind"] not in allowed:
            errs.append("kind " + x["kind"])
        if text[x["start"]:x["end"]] != x["text"]:
            errs.append("offset")
        if x["start"] < last:
            errs.append("overlap/order")
        last = x["end"]
        if x["text"] != x["text"].strip() or not x["text"]:
            errs.append("whitespace in span")
    # unplanted copies
    for x in spans:
        t = x["text"]
        pat = (r"(?<!\w)" if t[0].isalnum() else "") + re.escape(t) + (r"(?!\w)" if t[-1].isalnum() else "")
        for m in re.finditer(pat, text):
            if not covered(spans, m.start(), m.end()):
                errs.append(f"unplanted copy {t!r}")
    for m in POOL_RE.finditer(text):
        if not covered(spans, m.start(), m.end()):
            errs.append(f"pool name {m.group()!r}")
    for r in PHONE_RES + CPR_RES:
        for m in r.finditer(text):
            d = re.sub(r"\D", "", m.group())
            if d in WHITE:
                continue
            if not covered(spans, m.start(), m.end()):
                errs.append(f"number {m.group()!r}")
    for m in re.finditer("@", text):
        if not any(x["kind"] == "email" and x["start"] <= m.start() < x["end"] for x in spans):
            errs.append("@ outside email")
    for m in STREET_RE.finditer(text):
        if not covered(spans, m.start(), m.end()):
            errs.append(f"street+number {m.group()!r}")
    for m in BORN_RE.finditer(text):
        if not covered(spans, m.end(), m.end() + 1):
            errs.append(f"born+digits {text[m.start():m.end() + 8]!r}")
    return errs


TOPIC = {"g1": "death", "g2": "screen", "g3": "cross", "g4": "spec", "g5": "faith", "g6": "plan"}
LA_EN = ["We would be grateful for a reply within 14 days.", "Please quote our reference in any correspondence.",
         "The family has consented to the exchange of information between our authorities.",
         "The child's views have been obtained and are recorded in the child's plan.",
         "Our office hours are Monday to Thursday 8.00-15.00 and Friday 8.00-13.00 (CET).",
         "A translation of the most recent assessment can be provided on request.",
         "We have no information suggesting that the child is at immediate risk.",
         "In Denmark, support for children is provided under the Children's Act (Barnets lov).",
         "If you need to reach us outside office hours, please contact the police on 114."]
LA_DE = ["Für eine Rückmeldung innerhalb von 14 Tagen wären wir dankbar.", "Bitte geben Sie bei Antwort unser Aktenzeichen an.",
         "Die Sorgeberechtigten haben in den Informationsaustausch eingewilligt.",
         "Die Meinung des Kindes wurde eingeholt und im Plan des Kindes festgehalten.",
         "Unsere Sprechzeiten sind Montag bis Donnerstag 8.00-15.00 Uhr und Freitag 8.00-13.00 Uhr.",
         "Eine akute Gefährdung des Kindes ist uns nicht bekannt.",
         "Die Unterstützung wird nach dem dänischen Kindergesetz (Barnets lov) gewährt.",
         "Eine Übersetzung des letzten Berichts kann nachgereicht werden."]


EXTRA = {
    "all": [
        ("{d} kl. {t}: {A} ringede{ptelA} og bad om en kopi af referatet. Kopien er sendt med Digital Post.", None),
        ("{d}: {A} oplyser ny adresse: {adrA}.", "{d}: {A} oplyser, at familien er flyttet; adressen er registreret i CPR."),
        ("Aftalt med {a}, at {b} deltager i næste møde {d} kl. {t}.", None),
        ("{A} har fået nyt mobilnummer: {telA}.", "{A} har fået nyt mobilnummer, som er noteret i stamdata."),
        ("{A} bekræftede pr. sms {d}, at aftalen holder.", None),
        ("Mail fra {a} ({mailA}) er vedhæftet journalen.", "Mail fra {a} er vedhæftet journalen."),
        ("{A} og {b} var enige om at vente med at informere skolen til efter weekenden.", None),
        ("Rettelse: fødselsdatoen for {k} er {dobK}, ikke som anført i henvisningen.", "Rettelse: {k} er {ageK}, ikke som anført i henvisningen."),
        ("{K}s CPR-nummer var tastet forkert i fagsystemet; korrekt nummer er {cprK} (rettet {d}).", "CPR-nummeret for {k} var tastet forkert i fagsystemet og er rettet {d}."),
        ("{A} kan træffes bedst efter kl. 15 på {telA} eller på {adrA}.", "{A} kan træffes bedst efter kl. 15."),
        ("{A}, {bornA}, har givet mundtligt samtykke til, at vi taler med {b}.", "{A} har givet mundtligt samtykke til, at vi taler med {b}."),
        ("{A} læste sit nummer højt i telefonen: {telSpoken}.", "{A} læste sit nummer højt i telefonen; det er noteret i stamdata."),
        ("{A} stavede sin mailadresse i telefonen: {mailSpoken}.", "{A} stavede sin mailadresse i telefonen; den er noteret i stamdata."),
    ],
    "death": [("{A} spørger, om {k} kan få fri fra skole på dagen for bisættelsen.", None),
              ("{A} har tømt lejligheden på {adrA}; nøglerne afleveres til udlejer {d}.", "{A} har tømt lejligheden; nøglerne afleveres til udlejer {d}."),
              ("{A} fortæller, at {k} sover i sin forælders gamle trøje og gerne vil se billeder fra sommerhuset.", None)],
    "screen": [("{A} har returneret skemaet udfyldt i hånden; det er scannet ind {d}.", None),
               ("{A} ønsker at udfylde skemaet igen om tre måneder for at se, om der er sket en ændring.", None)],
    "cross": [("{A} har sendt kopi af barnets pas; det er lagt i sagen {d}.", None),
              ("{A} oplyser, at {k} savner sine venner og gerne vil have videoopkald om søndagen.", None)],
    "spec": [("{A} spørger til ventetiden; den er oplyst til ca. 3 måneder.", None),
             ("{A} beskriver, at {k} bliver overvældet i supermarkedet og holder sig for ørerne.", None)],
    "faith": [("{A} tilbyder at køre {k} til træning om lørdagen.", None),
              ("{A} har spurgt i foreningen, om der er en frivillig, der kan læse med {k}.", None)],
    "plan": [("{A} har meldt afbud på grund af sygdom.", None),
             ("{A} kommer 15 minutter senere og deltager i første punkt via Teams.", None)],
}


def extra(c, topic):
    if c.lang != "da":
        return None
    adults = [p for p in c.cast if p.kind != "child"]
    kids = [p for p in c.cast if p.kind == "child"]
    if len(adults) < 2 or not kids:
        return None
    pool = [x for x in EXTRA["all"] + EXTRA.get(topic, []) + EXTRA.get(topic, []) if id(x) not in c.used]
    if not pool:
        return None
    x = ch(pool)
    c.used[id(x)] = 1
    fam = [p for p in adults if not p.pro]
    a = ch(fam) if fam else ch(adults)
    b = ch([p for p in adults if p is not a])
    k = ch(kids)
    tpl = x[0] if (c.P or x[1] is None) else x[1]
    vals = {"d": c.date(), "t": fmt_time(), "A": c.n(a, capit=True), "a": c.n(a), "b": c.n(b), "K": "", "k": c.n(k)}
    if "{ptelA}" in tpl:
        vals["ptelA"] = c.ptel(a)
    if "{adrA}" in tpl:
        vals["adrA"] = c.adr(a)
    if "{telA}" in tpl:
        vals["telA"] = c.tel(a)
    if "{mailA}" in tpl:
        vals["mailA"] = c.mail(a)
    if "{telSpoken}" in tpl:
        vals["telSpoken"] = sp("phone", fmt_dk_phone(dk_digits(), spoken_ok=True)) if not a.foreign else c.tel(a)
        if not a.foreign:
            d = dk_digits()
            p4 = [d[0:2], d[2:4], d[4:6], d[6:8]]
            vals["telSpoken"] = sp("phone", ", ".join(da_num(int(x)) if x[0] != "0" else "nul " + UNITS[int(x[1])] for x in p4))
    if "{mailSpoken}" in tpl:
        vals["mailSpoken"] = c.mail(a, spoken=True)
    if "{dobK}" in tpl:
        vals["dobK"] = c.dob(k)
    if "{ageK}" in tpl:
        vals["ageK"] = c.agetxt(k)
    if "{cprK}" in tpl:
        vals["cprK"] = c.cpr(k)
    if "{bornA}" in tpl:
        vals["bornA"] = c.born(a)
    if "{K}" in tpl:
        vals["K"] = sp("name", k.first) if c.P else c.lab(k)
        if c.P:
            tpl = tpl.replace("{K}s", "{K}")
            vals["K"] = gen_name(k.first)
    return tpl.format(**vals)


def filler(c, topic):
    if maybe(0.65):
        e = extra(c, topic)
        if e:
            return e
    if c.lang == "en":
        return " ".join(R.sample(LA_EN, 2))
    if c.lang == "de":
        return " ".join(R.sample(LA_DE, 2))
    out = []
    for _ in range(2):
        pool = [f for f in LA[topic] if id(f) not in c.used]
        if not pool:
            break
        f = ch(pool)
        c.used[id(f)] = 1
        out.append(f(c))
    return " ".join(out) if out else la(c, topic)


def build(style, P, band, lang_reset=True):
    c = Ctx(P)
    head, B, tail, sep = style(c)
    lo, hi = band
    target = R.randint(lo + (hi - lo) // 8, hi - (hi - lo) // 8)
    parts = list(head)
    n_used = 0
    for b in B:
        cand = sep.join(parts + [b] + tail)
        if wc(parse(cand)[0]) > hi:
            break
        parts.append(b)
        n_used += 1
        if wc(parse(sep.join(parts + tail))[0]) >= target:
            break
    if n_used == 0:
        return None
    if n_used == len(B):
        topic = TOPIC[style.__name__[:2]]
        for _ in range(8):
            if wc(parse(sep.join(parts + tail))[0]) >= target:
                break
            f = filler(c, topic)
            if wc(parse(sep.join(parts + [f] + tail))[0]) > hi:
                break
            parts.append(f)
    m = sep.join(parts + tail)
    m = re.sub(r"\n{3,}", "\n\n", m).strip().replace(") (", ", ").replace("." + S3 + ".", "." + S3)
    text, spans = parse(m)
    return text, spans


def generate(kind_tag, P, n, forbid=None):
    out = []
    for i in range(n):
        g = (i // 3) % 6
        band = BANDS[i % 3]
        styles = GENRES[g]
        pref = styles[(i // 18 + i % 3) % len(styles)]
        for attempt in range(400):
            st = pref if attempt < 40 else ch(styles)
            r = build(st, P, band)
            if r is None:
                continue
            text, spans = r
            errs = check_text(text, spans, ["name", "phone", "email", "address", "dob", "cpr"] if P else [], band)
            if not P and forbid:
                for v in forbid:
                    if v in text:
                        errs.append(f"planted value in clean: {v!r}")
                        break
            if not errs:
                break
            if attempt > 390:
                print("FAIL", kind_tag, i, st.__name__, errs[:5])
        else:
            raise SystemExit(f"could not build {kind_tag} {i}")
        out.append({"id": f"blind27-{kind_tag}{i + 1:03d}", "text": text, "planted": spans,
                    "_genre": GENRE_NAMES[g], "_style": st.__name__, "_band": BAND_NAMES[i % 3]})
    return out


def main():
    planted = generate("p", True, 240)
    forbid = {}
    for d in planted:
        for x in d["planted"]:
            if x["kind"] in ("phone", "address", "dob", "cpr", "email"):
                forbid[x["text"]] = 1
    clean = generate("c", False, 240, forbid=list(forbid))
    inst = []
    for i in range(30):
        for attempt in range(100):
            text, spans = parse(make_institution_text() if attempt == 0 else _retry_inst(i))
            errs = check_text(text, spans, ["institution"], (12, 40))
            if not errs:
                break
        else:
            raise SystemExit(f"institution {i}: {errs}")
        inst.append({"id": f"blind27-i{i + 1:03d}", "text": text, "planted": spans})
    # global checks
    counts = {}
    for d in planted:
        for x in d["planted"]:
            counts[x["kind"]] = counts.get(x["kind"], 0) + 1
    tot = sum(counts.values())
    problems = []
    if not (3000 <= tot <= 4500):
        problems.append(f"total spans {tot}")
    for k_, m_ in (("phone", 250), ("address", 250), ("dob", 250), ("cpr", 120), ("email", 120)):
        if counts.get(k_, 0) < m_:
            problems.append(f"{k_} {counts.get(k_, 0)} < {m_}")
    if counts.get("name", 0) <= max(v for k_, v in counts.items() if k_ != "name"):
        problems.append("names not most numerous")
    for j, d in enumerate(planted):
        assert d["id"] == f"blind27-p{j + 1:03d}"
    for j, d in enumerate(clean):
        assert d["id"] == f"blind27-c{j + 1:03d}" and not d["planted"]
    meta = {}
    for fn, rows in (("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)):
        with open(fn, "w", encoding="utf-8", newline="\n") as f:
            for d in rows:
                f.write(json.dumps({"id": d["id"], "text": d["text"], "planted": d["planted"]}, ensure_ascii=False) + "\n")
        meta[fn] = hashlib.sha256(open(fn, "rb").read()).hexdigest()
    # summary
    print("span counts:", json.dumps(counts, ensure_ascii=False), "total", tot)
    for name, rows in (("planted", planted), ("clean", clean)):
        by = {}
        for d in rows:
            key = (d["_genre"], d["_style"])
            by[key] = by.get(key, 0) + 1
        print(name, "per genre/style:")
        for key in by:
            print("  ", key[0], key[1], by[key])
        bands = {}
        for d in rows:
            bands[d["_band"]] = bands.get(d["_band"], 0) + 1
        print("  bands", bands)
    for fn in meta:
        print(fn, meta[fn])
    if problems:
        print("PROBLEMS:", problems)
        raise SystemExit(1)


def _retry_inst(i):
    INST_DONE.pop()
    return make_institution_text()


if __name__ == "__main__":
    main()
