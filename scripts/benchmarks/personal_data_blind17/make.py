#!/usr/bin/env python3
"""Build the blind17 held-out corpus (planted / clean / institutions). Standard library only."""
import datetime
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import random  # noqa: E402
from pools import (ORIGINS, VARIANTS, NICK, MIDDLE, TOWNS, STREETS, FOREIGN_ADDR, FOREIGN_PHONE,  # noqa: E402
                   PRIVATE_DOM, WORK_DOM)

OUT = os.path.dirname(os.path.abspath(__file__))
CORPUS = "blind17"
R = random.Random(1717017)
ORIGIN_KEYS = list(ORIGINS.keys())
ORIGIN_W = [10, 3, 3, 2, 2, 3, 3, 2, 3, 3, 2, 2, 2, 2, 2, 3, 2, 1, 1, 1]
BANDS = [(30, 80), (81, 150), (151, 300)]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
MON_SHORT = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ORD = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende", "nittende",
       "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende",
       "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]
NUMW = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
YEARW = {0: "", 1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni",
         10: "ti", 11: "elleve", 12: "tolv", 13: "tretten", 14: "fjorten", 15: "femten", 16: "seksten",
         17: "sytten", 18: "atten", 19: "nitten", 20: "tyve", 21: "enogtyve", 22: "toogtyve", 23: "treogtyve",
         24: "fireogtyve", 25: "femogtyve"}
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"]
ACRONYMS = {"SSP", "UKN", "ICS", "SOS", "CPR", "PPR", "BUU", "AKT", "TV", "TH", "ST", "MF", "ID", "OK", "AM", "PM",
            "SMS", "PDF", "XML", "CSV", "FGU", "VUC", "EAN", "CVR", "DK", "SU", "KL"}

def ch(seq):
    return seq[R.randrange(len(seq))]

def wch(seq, w):
    return R.choices(seq, weights=w, k=1)[0]

# ---------------------------------------------------------------- persons and renderings
def rand_date(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))

def make_cpr(d):
    if d.year >= 2000:
        c7 = ch([4, 5, 6, 7, 8, 9])
    else:
        c7 = ch([0, 1, 2, 3])
    return "%02d%02d%02d%d%03d" % (d.day, d.month, d.year % 100, c7, R.randint(0, 999))

def translit(s):
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), ("ð", "d"), ("ó", "o"), ("ú", "u"),
                 ("ž", "z"), ("ć", "c"), ("č", "c"), ("ı", "i"), ("ş", "s"), ("ç", "c"), ("ö", "o"), ("ü", "u"),
                 ("ó", "o"), ("ł", "l"), ("ș", "s"), ("ț", "t"), ("'", ""), (" ", ""), ("-", "")):
        s = s.replace(a, b)
    return s

def person(kind="adult", origin=None, sex=None, work=None):
    origin = origin or wch(ORIGIN_KEYS, ORIGIN_W)
    m, f, sur = ORIGINS[origin]
    sex = sex or ch(["m", "f"])
    first = ch(m if sex == "m" else f)
    last = ch(sur)
    if origin == "dkword" and R.random() < 0.5:
        last = ch(ORIGINS["dk"][2])
    mid = ch(MIDDLE) if origin in ("dk", "dkrare") and R.random() < 0.2 else None
    if kind == "newborn":
        dob = rand_date(2024, 2025)
    elif kind == "child":
        dob = rand_date(2007, 2022)
    elif kind == "youth":
        dob = rand_date(2007, 2013)
    else:
        dob = rand_date(1968, 2003)
    p = {"first": first, "last": last, "mid": mid, "sex": sex, "origin": origin, "dob": dob,
         "cpr": make_cpr(dob), "phone": "%d%07d" % (ch([2, 3, 4, 5, 6, 7, 8, 9]), R.randint(0, 9999999))}
    street = ch(STREETS)
    pc, town = ch(TOWNS)
    p["addr"] = (street, str(R.randint(1, 148)) + (ch(["A", "B", "C"]) if R.random() < 0.2 else ""),
                 ch(["", "", "st. tv.", "1. th.", "2. tv", "3.", "1 mf", "4. th"]), pc, town)
    f_ = translit(first.lower())
    l_ = translit(last.lower())
    if work:
        p["email"] = ch(["%s.%s@%s", "%s%s@%s"]) % (f_, l_, work) if R.random() < 0.6 else \
            "%s@%s" % (translit(initials(p).lower()), work)
    else:
        p["email"] = ch(["%s.%s%d@%s", "%s_%s%d@%s", "%s%s%d@%s"]) % (f_, l_[:R.randint(3, 8)],
                                                                    R.randint(1, 99), ch(PRIVATE_DOM))
    return p

def initials(p):
    s = p["first"][0] + (p["mid"][0] if p["mid"] else "") + p["last"][0]
    s = translit(s).upper()
    if s in ACRONYMS or len(s) < 2:
        s = (p["first"][:2] + p["last"][0]).upper()
    return s

def N(p, style=None):
    """name mention -> list of items"""
    style = style or wch(["full", "first", "last", "lastfirst", "caps", "lower"], [5, 4, 1, 1, 1, 1])
    full = p["first"] + (" " + p["mid"] if p["mid"] else "") + " " + p["last"]
    if style == "full":
        return [("name", full)]
    if style == "first":
        return [("name", p["first"])]
    if style == "last":
        return [("name", p["last"])]
    if style == "lastfirst":
        return [("name", p["last"] + ", " + p["first"])]
    if style == "caps":
        return [("name", (p["last"] + ", " + p["first"]).upper() if R.random() < 0.5 else full.upper())]
    if style == "lower":
        return [("name", full.lower())]
    if style == "ini":
        return [("name", initials(p))]
    if style == "dotini":
        return [("name", ".".join(initials(p)) + ".")]
    if style == "nick":
        return [("name", NICK.get(p["first"], p["first"]))]
    if style == "gen":
        n = p["first"]
        if n[-1] in "sxz":
            return [("name", n), "'"]
        return [("name", n + "s")]
    raise ValueError(style)

def PH(p=None, spoken=False):
    num = p["phone"] if p else "%d%07d" % (ch([2, 3, 4, 5, 6, 7, 8, 9]), R.randint(0, 9999999))
    if spoken:
        return [("phone", " ".join(NUMW[int(c)] for c in num))]
    g2 = [num[i:i + 2] for i in range(0, 8, 2)]
    shape = R.randrange(10)
    if shape == 0:
        s = num
    elif shape in (1, 2):
        s = " ".join(g2)
    elif shape == 3:
        s = num[:4] + " " + num[4:]
    elif shape == 4:
        s = ".".join(g2)
    elif shape == 5:
        s = "-".join(g2)
    elif shape == 6:
        s = "+45 " + " ".join(g2)
    elif shape == 7:
        s = "+45" + num
    elif shape == 8:
        s = "0045 " + num
    else:
        s = "+45 " + num[:4] + " " + num[4:]
    return [("phone", s)]

def FPH():
    t = ch(FOREIGN_PHONE)
    return [("phone", t.format(a="%03d" % R.randint(0, 999), b="%04d" % R.randint(0, 9999),
                                c="%03d" % R.randint(100, 999), d="%02d %02d" % (R.randint(0, 99), R.randint(0, 99)),
                                e="%03d" % R.randint(0, 999)))]

def AD(p, style=None):
    st, no, fl, pc, town = p["addr"]
    style = style if style is not None else wch(range(7), [5, 2, 2, 1, 1, 1, 1])
    base = st + " " + no + (", " + fl if fl else "")
    if style == 0:
        s = base + ", " + pc + " " + town
    elif style == 1:
        s = base
    elif style == 2:
        s = base + "\n" + pc + " " + town
    elif style == 3:
        s = (st + " " + no + (" " + fl.replace(".", "").replace(" ", "") if fl else "") + " " + pc + " " +
             town).lower()
    elif style == 4:
        s = st + " " + no + ", " + town.split()[0]
    elif style == 5:
        s = st + " " + no + (" " + fl if fl else "") + ", " + pc
    else:
        s = st + " " + no + ", " + pc + " " + town.upper()
    return [("address", s)]

def FAD():
    return [("address", ch(FOREIGN_ADDR))]

def fmt_date(d, style=None, spoken_ok=False):
    style = style if style is not None else R.randrange(11 if spoken_ok else 10)
    if style == 0:
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == 1:
        return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == 2:
        return d.isoformat()
    if style == 3:
        return "%02d/%02d-%02d" % (d.day, d.month, d.year % 100)
    if style == 4:
        return "%d/%d %d" % (d.day, d.month, d.year)
    if style == 5:
        return "%s %d, %d" % (EN_MONTHS[d.month - 1], d.day, d.year)
    if style == 6:
        return "%d %s %d" % (d.day, EN_MONTHS[d.month - 1], d.year)
    if style == 7:
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if style == 8:
        return "%d. %s %d" % (d.day, MON_SHORT[d.month - 1], d.year)
    if style == 9:
        return "%d.%d.%02d" % (d.day, d.month, d.year % 100)
    y = d.year
    yw = ("totusind og " + YEARW[y - 2000]) if y >= 2001 and y - 2000 in YEARW else (
        "nitten hundrede og " + str(y % 100) if y < 2000 else "totusind")
    return "%s %s %s" % (ORD[d.day - 1], MONTHS[d.month - 1], yw)

def DB(p, style=None, spoken=False):
    return [("dob", fmt_date(p["dob"], 10 if spoken else style))]

def CP(p, style=None):
    c = p["cpr"]
    style = style if style is not None else wch(range(7), [5, 2, 2, 1, 1, 1, 1])
    s = [c[:6] + "-" + c[6:], c[:6] + " " + c[6:], c, c[:2] + "." + c[2:4] + "." + c[4:6] + "-" + c[6:],
         c[:2] + " " + c[2:4] + " " + c[4:6] + " " + c[6:], c[:6] + "-" + c[6:8] + " " + c[8:],
         c[:4] + " " + c[4:6] + " " + c[6:]][style]
    return [("cpr", s)]

def EM(p):
    return [("email", p["email"])]

def EMspoken(p):
    e = p["email"].replace("@", " snabel-a ").replace(".", " punktum ").replace("_", " underscore ")
    return [("email", e)]

def D(y0=2025, y1=2026):
    return fmt_date(rand_date(y0, y1), ch([0, 0, 1, 9]))

def T():
    return "%02d.%02d" % (R.randint(7, 22), ch([0, 5, 10, 15, 20, 30, 40, 45, 50, 55]))

def pr(p):
    return "hun" if p["sex"] == "f" else "han"

def PR(p):
    return "Hun" if p["sex"] == "f" else "Han"

def hh(p):
    return "hende" if p["sex"] == "f" else "ham"

def sin(p):
    return "sin"

# ---------------------------------------------------------------- assembling
def flat(items):
    out = []
    for it in items:
        if isinstance(it, list):
            out.extend(flat(it))
        else:
            out.append(it)
    return out

def assemble(items):
    text = ""
    spans = []
    for it in flat(items):
        if isinstance(it, tuple):
            k, s = it
            spans.append({"kind": k, "text": s, "start": len(text), "end": len(text) + len(s)})
            text += s
        else:
            text += it
    return text, spans

def wc(items):
    return len(assemble(items)[0].split())

def build(header, core, extras, closing, band, fill=None, pfill=0.85, interleave=True, repeat=False,
          always_close=False):
    lo, hi = band
    target = R.randint(lo, lo + (hi - lo) * 2 // 5)
    parts = list(header())
    unused = list(range(len(fill))) if fill else []

    def take_fill():
        if repeat:
            return ch(fill)()
        k = unused.pop(R.randrange(len(unused)))
        return fill[k]()
    for g in core:
        if wc(parts) >= target:
            break
        parts += g()
        if interleave and unused and R.random() < pfill * 0.6 and wc(parts) < target:
            parts += take_fill()
    n = 0
    while wc(parts) < target and n < 60:
        if unused and R.random() < pfill:
            parts += take_fill()
        else:
            parts += ch(extras)()
        n += 1
    if always_close or (closing and wc(parts) < hi - 8 and R.random() < 0.65):
        parts += closing()
    return parts


# ---------------------------------------------------------------- planted genres
HOSP = ["Aarhus Universitetshospital", "Odense Universitetshospital", "Regionshospitalet Horsens",
        "Sygehus Lillebælt, Kolding", "Rigshospitalet", "Hvidovre Hospital", "Aalborg Universitetshospital",
        "Regionshospitalet Gødstrup", "Sjællands Universitetshospital, Roskilde", "Nordsjællands Hospital"]
HDOM = {"Aarhus Universitetshospital": "rm.dk", "Regionshospitalet Horsens": "rm.dk", "Regionshospitalet Gødstrup":
        "rm.dk", "Odense Universitetshospital": "rsyd.dk", "Sygehus Lillebælt, Kolding": "rsyd.dk",
        "Rigshospitalet": "regionh.dk", "Hvidovre Hospital": "regionh.dk", "Nordsjællands Hospital": "regionh.dk",
        "Aalborg Universitetshospital": "rn.dk", "Sjællands Universitetshospital, Roskilde": "regionsjaelland.dk"}
CONCERNS = ["et dagligt forbrug af hash", "vold fra en tidligere partner", "at hun ikke har fast bopæl",
            "angst og perioder med selvskade", "at hun har aflyst fire konsultationer i træk",
            "at hun selv var anbragt uden for hjemmet som barn", "massiv gæld og trusler fra en udlejer",
            "at hun ikke har fortalt faderen om graviditeten"]
OBS = ["har svært ved at aflæse barnets signaler", "flere gange er faldet i søvn med barnet i armene",
       "har forladt afdelingen om natten uden at give besked", "virker påvirket ved stuegang",
       "håndterer amning og pusling fint med lidt guidning", "er ked af det og græder meget"]


def g_birth(band):
    b = person("newborn", sex=ch(["m", "f"]))
    mor = person(sex="f")
    far = person(sex="m")
    b["last"] = ch([mor["last"], far["last"], b["last"]])
    b["mid"] = None
    hosp = ch(HOSP)
    jm = person(sex=ch(["f", "f", "m"]), work=HDOM[hosp])
    sp = person(sex=ch(["f", "m"]), work=HDOM[hosp])
    mm = person(sex="f")
    new = person()
    sb = person(work=ch(WORK_DOM))

    def header():
        return [ch(["Fødselsanmeldelse – fødeafdelingen, %s\n" % hosp, "Notat fra jordemoderkonsultationen, %s\n" % hosp,
                    "Underretning efter fødsel, %s\n" % hosp, "Graviditetsunderretning til myndighedsafdelingen, "
                    "Børn og Unge\n"])]
    core = [
        lambda: ["Barnet, ", N(b, "full"), ", er født ", DB(b), " kl. ", T(), " ved ",
                 ch(["normal vaginal fødsel", "planlagt kejsersnit", "akut kejsersnit", "sugekop"]), ". Vægt ",
                 "%d.%03d" % (R.randint(2, 4), R.randint(0, 999)), " g, længde ", str(R.randint(46, 55)),
                 " cm. Barnets CPR-nr.: ", CP(b), ". "],
        lambda: ["Mor: ", N(mor, ch(["full", "lastfirst", "caps"])), ", f. ", DB(mor), ", CPR ", CP(mor),
                 ". Bopæl: ", AD(mor), ". Mobil: ", PH(mor), ". "],
        lambda: ["Far: ", N(far, "full"), " (", DB(far), "), tlf. ", PH(far), ", mail ", EM(far), ". ",
                 ch(["Faderskab er anerkendt. ", "Forældrene bor ikke sammen. ", "Far er ikke registreret som far endnu. "])],
        lambda: ["Jordemoder ", N(jm, "full"), " sendte d. ", D(2024, 2025), " en graviditetsunderretning, da ",
                 N(mor, "first"), " i uge ", str(R.randint(12, 36)), " fortalte om ", ch(CONCERNS), ". "],
        lambda: ["Efter fødslen har personalet set, at ", N(mor, "first"), " ", ch(OBS), ". ",
                 N(far, "first"), " har været på besøg ", ch(["to gange", "tre gange", "én gang", "fire gange"]), ". "],
        lambda: ["Kontakt på afdelingen: sygeplejerske ", N(sp, "full"), " (", N(sp, "ini"), "), direkte tlf. ",
                 PH(sp), ", ", EM(sp), ". "],
        lambda: ["Sagen er sendt til sagsbehandler ", N(sb, "full"), ", ", EM(sb), ", tlf. ", PH(sb), ". "],
    ]
    extras = [
        lambda: ["Mormor, ", N(mm, "full"), " (f. ", DB(mm), "), ", AD(mm), ", tlf. ", PH(mm),
                 ", har tilbudt at hjælpe de første uger. "],
        lambda: ["Familien oplyser at flytte til ", AD(new, 0), " inden udskrivelsen. "],
        lambda: [N(mor, "first"), " har givet samtykke til, at ", N(jm, "first"),
                 " taler med sundhedsplejen. Sundhedsplejerske ", N(new, "full"), " kan kontaktes på ", PH(new), ". "],
        lambda: ["Fars adresse er ", AD(far), "; hans mor, ", N(mm, "first"), ", har også ringet fra ", PH(mm), ". "],
        lambda: ["Barnet er vurderet af børnelæge ", N(person(work=HDOM[hosp]), "full"),
                 "; der er ikke fundet tegn på abstinenser. ", N(b, "first"), " får mad hver tredje time. "],
        lambda: ["Ved spørgsmål kan ", N(jm, "first"), " også træffes på ", EM(jm), " eller ", PH(jm), ". "],
        lambda: ["Mors egen CPR fremgår af journalen som ", CP(mor), "; hun er født ", DB(mor), ". "],
    ]

    def closing():
        return ["\nVenlig hilsen\n", N(jm, "full"), ", jordemoder\n", hosp, "\nDirekte: ", PH(jm), " · ", EM(jm)]
    fill = [
        lambda: ["Mor har fået tilbud om samtale med socialsygeplejersken og har takket ja. "],
        lambda: ["Barnet er undersøgt af børnelægen uden bemærkninger, og blodsukkeret er stabilt efter ", str(R.randint(2, 8)),
                 " målinger. "],
        lambda: ["Personalet vurderer, at der er behov for en tæt opfølgning fra sundhedsplejen og myndighedsafdelingen "
                 "de første uger. "],
        lambda: ["Amningen er kommet langsomt i gang; barnet får tillæg efter behov, og vægttabet er under 10 %. "],
        lambda: ["Forældrene er informeret om, at underretningen sendes efter barnets lov § 133, og de har ikke haft "
                 "indvendinger. "],
        lambda: ["Der er aftalt et netværksmøde inden udskrivelsen, hvor familiens netværk kan deltage. "],
        lambda: ["Mor har selv fortalt, at hun er bange for at blive alene med barnet om natten. "],
        lambda: ["Barnet har haft let gulsot og har ligget i lysbehandling i ", ch(["et døgn", "to døgn"]), ". "],
        lambda: ["Far har givet udtryk for, at han gerne vil tage del i omsorgen, men arbejder på skiftehold. "],
        lambda: ["Stuen er en familiestue, så begge forældre kan overnatte; det har kun mor benyttet. "],
        lambda: ["Der er ikke fundet tegn på, at barnet har været påvirket af rusmidler under graviditeten. "],
        lambda: ["Familien har ikke bil, og der er langt til nærmeste sundhedsplejeklinik. "],
    ]
    return build(header, core, extras, closing, band, fill)


STAFF_ROLES = ["pædagog", "socialpædagog", "pædagogmedhjælper", "vikar", "nattevagt", "afdelingsleder"]


def g_force(band):
    u = person("youth")
    s1, s2, s3 = person(work=ch(WORK_DOM)), person(), person()
    leader, mor, sb, other = person(), person(sex="f"), person(work=ch(WORK_DOM)), person("youth")
    inst = person()
    clock = [R.randint(15 * 60, 21 * 60)]

    def TT():
        clock[0] += R.randint(1, 6)
        return "%02d.%02d" % (clock[0] // 60 % 24, clock[0] % 60)

    def header():
        return [ch(["Indberetning af magtanvendelse\n", "Skema: magtanvendelse og særlige hændelser\n",
                    "Hændelsesrapport – døgninstitutionen, afdeling %s\n" % ch(["B", "Syd", "2", "Udslusning"])]),
                "Dato: ", D(), ", kl. ", TT(), ". Adresse: ", AD(inst, 0), "\n"]
    core = [
        lambda: ["Den unge: ", N(u, ch(["full", "lastfirst", "caps"])), ", f. ", DB(u), ", CPR ", CP(u),
                 ", anbragt efter barnets lov § ", ch(["46", "47"]), ". "],
        lambda: ["Til stede: ", ch(STAFF_ROLES), " ", N(s1, "full"), " (", N(s1, "ini"), "), ", ch(STAFF_ROLES), " ",
                 N(s2, "full"), " (", N(s2, "ini"), ") og ", ch(STAFF_ROLES), " ", N(s3, "first"), ". "],
        lambda: ["Kl. ", TT(), ": ", N(u, "first"), " nægter at aflevere sin telefon og kaster en stol mod ",
                 N(s2, "first"), ". "],
        lambda: ["Kl. ", TT(), ": ", N(s1, "ini"), " og ", N(s2, "ini"), " fører ", N(u, "first"),
                 " til værelset ved at holde i begge overarme. Fastholdelsen varer ca. ", str(R.randint(1, 6)),
                 " minutter. "],
        lambda: ["Den unges udsagn: »Jeg ville bare ringe til min mor. ", N(s2, "first"),
                 " tog fat i mig uden grund, og det gjorde ondt.« "],
        lambda: ["Opfølgning: ", N(leader, "full"), " har d. ", D(), " talt med ", N(u, "first"), ". Mor, ",
                 N(mor, "full"), ", er orienteret på ", PH(mor), ". Sagsbehandler ", N(sb, "full"), ", ", EM(sb),
                 ", har fået indberetningen. "],
    ]
    extras = [
        lambda: ["Kl. ", TT(), ": ", N(u, "first"), " er rolig igen, og ", N(s1, "first"), " sidder hos ",
                 hh(u), " på værelset. "],
        lambda: ["Også ", N(other, "full"), " (f. ", DB(other), ") var i fællesrummet og blev bedt om at gå ud. "],
        lambda: ["Forældremyndighedsindehaver: ", N(mor, ch(["full", "lastfirst"])), ", ", AD(mor), ", tlf. ",
                 PH(mor), ". "],
        lambda: [N(u, "gen"), " far, ", N(person(sex="m"), "full"), ", bor på ", AD(person()),
                 " og ønsker at blive ringet op på ", PH(), ". "],
        lambda: ["Der er ikke set mærker på ", N(u, "first"), ". ", N(s3, "first"),
                 " har skrevet i døgnrapporten kl. ", TT(), ". "],
        lambda: ["Ansvarlig pædagog ", N(s1, "full"), " kan træffes på ", PH(s1), " eller ", EM(s1), ". "],
        lambda: [PR(u), " siger senere: »", N(s3, "first"), " var okay, men ", N(s2, "nick"),
                 " skal ikke være på arbejde, når jeg er her.« "],
    ]

    fill = [
        lambda: ["Der blev ikke brugt andre former for magt end den korte fastholdelse. "],
        lambda: ["Situationen startede ved aftensmaden, hvor der var uro omkring bordet og flere unge i fællesrummet. "],
        lambda: ["Personalet har efterfølgende gennemgået episoden på personalemødet og drøftet, hvordan man kan "
                 "nedtrappe tidligere. "],
        lambda: ["Den unge fik tilbudt at tale med en anden voksen og at ringe hjem, men ønskede det ikke den aften. "],
        lambda: ["Indberetningen sendes til anbringende kommune og til tilsynet inden for fristen. "],
        lambda: ["Den unge er blevet gjort bekendt med muligheden for at klage over magtanvendelsen. "],
        lambda: ["Episoden blev optaget af de andre unge på mobil; optagelsen er slettet efter aftale. "],
        lambda: ["Der er lagt en plan for de næste dage, hvor den unge får en fast voksen tæt på om aftenen. "],
        lambda: ["Den unge har tidligere været udsat for vold og reagerer stærkt, når voksne kommer tæt på. "],
        lambda: ["Afdelingen har ændret rutinen, så telefoner afleveres i et skab i stedet for hos personalet. "],
    ]

    def closing():
        return ["\nUnderskrevet: /", N(s1, "ini"), ", /", N(s2, "ini"), "\nKopi til ", N(sb, "first"), " (",
                EM(sb), ")"]
    return build(header, core, extras, closing, band, fill, interleave=False)


PLACES = ["ved Banegårdspladsen", "ved skaterbanen bag hallen", "ved Netto på Skolevej", "i tunnelen ved Stationsvej",
          "på legepladsen ved Bøgevej", "foran kiosken på Vestergade", "ved Bycentret", "ved stadion",
          "på p-pladsen ved Føtex", "ved havnen", "i gården bag biblioteket"]
CRIMES = ["butikstyveri", "hærværk", "røveri", "trusler mod en buschauffør", "besiddelse af hash", "indbrud i et kolonihavehus",
          "knivbesiddelse", "vold på gaden"]


def g_ssp(band):
    ys = [person("youth") for _ in range(6)]
    moms = [person(sex="f") for _ in range(6)]
    po = person(work="politi.dk")
    ssp = person(work=ch(WORK_DOM))
    kl = person()
    fk = person(work=ch(WORK_DOM))
    idx = [0]

    def nexty():
        i = idx[0] % 6
        idx[0] += 1
        return ys[i], moms[i]

    def header():
        return [ch(["Referat af SSP-møde, ", "SSP-lokalgruppe – referat, ", "Politiets bekymringsliste til SSP, "]),
                ch(["Vest", "Centrum", "Nord", "Syd", "Østbyen"]), "\nDato: ", D(), ", kl. ", T(), "\nDeltagere: ",
                "SSP-konsulent ", N(ssp, "full"), ", politiassistent ", N(po, "full"), ", klubleder ", N(kl, "full"), "\n"]

    def yline():
        y, m = nexty()
        return ["– ", N(y, ch(["full", "lastfirst", "caps"])), ", f. ", DB(y), ", ", AD(y), ". Ses ofte ",
                ch(PLACES), ". Mor: ", N(m, "full"), ", tlf. ", PH(m), ".\n"]
    core = [
        yline,
        yline,
        lambda: ["Politiet har d. ", D(), " anmeldt ", N(ys[0], "first"), " for ", ch(CRIMES), ". "],
        lambda: ["Ungdomskriminalitetsnævnet traf d. ", D(), " afgørelse om et forbedringsforløb på ",
                 ch(["1", "2"]), " år for ", N(ys[1], "full"), ", CPR ", CP(ys[1]), ". Forløbskoordinator er ",
                 N(fk, "full"), ", tlf. ", PH(fk), ". "],
        lambda: ["Kontakt politi: ", N(po, "full"), ", ", PH(po), ", ", EM(po), ". SSP: ", N(ssp, "first"), ", ",
                 PH(ssp), ", ", EM(ssp), ". "],
    ]
    extras = [
        yline,
        lambda: [N(ys[R.randrange(3)], "first"), " og ", N(ys[3], "first"), " er set sammen med en ældre ung, ",
                 N(person(), "full"), " (f. ", DB(person("youth")), "), som kører dem i bil. "],
        lambda: ["Nævnet har pålagt ", N(ys[2], "full"), " (CPR ", CP(ys[2]),
                 ") at møde i skole hver dag og være hjemme kl. 22. "],
        lambda: ["Klubben har ringet til ", N(ys[0], "gen"), " far på ", PH(), ", men han svarede ikke. "],
        lambda: ["Politiet vil køre forbi ", AD(ys[R.randrange(6)], 1), " om aftenen i weekenderne. "],
        lambda: [N(ssp, "first"), " sender dagsorden til næste møde; rettelser til ", EM(ssp), ". "],
        lambda: ["Skolen (AKT-lærer ", N(person(), "full"), ", ", PH(), ") oplyser, at ", N(ys[1], "first"),
                 " har fravær på ", str(R.randint(15, 45)), " %. "],
    ]

    def closing():
        return ["\nReferent: ", N(ssp, "ini"), " / ", EM(ssp)]
    fill = [
        lambda: ["Gruppen er vokset siden sidste møde, og der er set flere yngre børn sammen med de ældre. "],
        lambda: ["Klubben oplever, at de unge kommer sent og er trætte, men de er glade for fodboldtræningen. "],
        lambda: ["Politiet har haft patruljer i området fredag og lørdag aften og vil fortsætte en måned endnu. "],
        lambda: ["Det blev aftalt, at skolen og klubben holder et fælles forældremøde før efterårsferien. "],
        lambda: ["Der er ikke grundlag for at dele flere oplysninger efter retsplejelovens § 115 på nuværende tidspunkt. "],
        lambda: ["Nattevandrerne har meldt, at der er mindre uro end i sommer. "],
        lambda: ["Butikkerne i centret har fået besøg af politiet og har ændret åbningstiden for salg af energidrik. "],
        lambda: ["Flere forældre har bedt om hjælp, men ønsker ikke, at klubben kontakter dem i arbejdstiden. "],
        lambda: ["Der blev drøftet, om de yngste skal tilbydes en mentor gennem fritidsjobordningen. "],
        lambda: ["Skolen melder om stigende fravær i 8. og 9. klasse og om rygning på toiletterne. "],
    ]
    return build(header, core, extras, closing, band, fill)


CENTERS = ["Center Sandholm", "Center Avnstrup", "børnecentret", "modtagecentret", "Center Jelling"]


def g_refugee(band):
    org = ch(["af", "so", "er", "ar", "ku", "ua"])
    c = person("youth", origin=org, sex=ch(["m", "m", "f"]))
    c["mid"] = None
    vv = VARIANTS.get(c["first"], [c["first"].upper(), c["first"].lower()])
    v2 = VARIANTS.get(c["last"], [c["last"].upper(), c["last"] + "i"])
    vg = person(work="rodekors.dk")
    uncle = person(origin=org, sex="m")
    mor = person(origin=org, sex="f")
    kp = person(work=ch(WORK_DOM))
    fixed = dict(c)
    fixed["dob"] = datetime.date(c["dob"].year - R.randint(1, 3), 1, 1)
    fixed["cpr"] = make_cpr(fixed["dob"])
    home = person()
    cen = ch(CENTERS)

    def header():
        return [ch(["Notat – uledsaget mindreårig asylansøger\n", "Journalnotat, uledsaget barn\n",
                    "Oplysninger til myndighedsafdelingen om uledsaget barn\n"]), "Opholdssted: ", cen, "\n"]
    core = [
        lambda: ["Barnet: ", N(c, "full"), " (også skrevet ", [("name", vv[0] + " " + c["last"])], " og ",
                 [("name", c["first"] + " " + v2[0])], " i Udlændingestyrelsens papirer). "],
        lambda: ["Opgivet fødselsdato: ", DB(c), ". Efter aldersvurdering d. ", D(), " har Udlændingestyrelsen fastsat ",
                 "fødselsdatoen til ", DB(fixed, 0), ". "],
        lambda: ["Værge fra Røde Kors: ", N(vg, "full"), ", tlf. ", PH(vg), ", ", EM(vg), ". "],
        lambda: ["Familieopsporing: ", N(c, "first"), " oplyser en farbror, ", N(uncle, "full"), ", tlf. ", FPH(),
                 ", adresse ", FAD(), ". "],
        lambda: ["Efter opholdstilladelse efter udlændingelovens § 7 er der tildelt CPR-nr. ", CP(fixed), ". "],
        lambda: ["Under samtalen med tolk sagde ", N(c, "first"), ": »Jeg er født den ", DB(c, spoken=True),
                 ", siger min mor. Mit nummer er ", PH(c, spoken=True), ", og min mail er ", EMspoken(c), ".« "],
    ]
    extras = [
        lambda: ["Mor, ", N(mor, "full"), ", er efter oplysning i en lejr; hun er født ", DB(mor), ". "],
        lambda: ["Kontaktperson på centret: ", N(kp, "full"), " (", N(kp, "ini"), "), ", PH(kp), ". "],
        lambda: [N(c, "first"), " bor nu i ", ch(["et bofællesskab", "en netværksplejefamilie"]), " på ", AD(home),
                 ". Plejemor kan kontaktes på ", PH(home), ". "],
        lambda: ["Under samtalen med tolk sagde ", N(c, "first"), ": »Mit nummer er ", PH(c, spoken=True),
                 ", og min mail er ", EMspoken(c), ".« "],
        lambda: ["Tolken skrev navnet som ", [("name", vv[1] + " " + v2[1])], "; værgen ", N(vg, "first"),
                 " har bedt om, at stavemåden rettes. "],
        lambda: [N(c, "gen"), " fætter ", N(person(origin=org, sex="m"), "full"), " bor på ", AD(person(), 0),
                 " og har tlf. ", PH(), ". "],
        lambda: ["Værgen ", N(vg, "first"), " har mail ", EM(vg), " og træffes bedst mellem kl. 9 og 12. "],
        lambda: ["Røde Kors' eftersøgning har fundet en tante, ", N(person(origin=org, sex="f"), "full"),
                 " (f. ", DB(person(origin=org)), "), ", FAD(), ". "],
    ]

    def closing():
        return ["\n/", N(kp, "ini"), ", ", EM(kp)]
    fill = [
        lambda: ["Barnet fortæller, at rejsen varede flere måneder og gik over land og vand. "],
        lambda: ["Der er aftalt samtaler med psykolog, fordi barnet sover dårligt og har mareridt. "],
        lambda: ["Barnet går i modtageklasse og er glad for at lære dansk; fodbold om onsdagen er ugens højdepunkt. "],
        lambda: ["Værgen deltager i alle møder med myndighederne og skal inddrages i beslutninger om skole og bolig. "],
        lambda: ["Der er usikkerhed om familiens opholdssted, og barnet er bekymret for søskende i hjemlandet. "],
        lambda: ["Sagen behandles efter barnets lov, og kommunen er handlekommune fra tidspunktet for opholdstilladelsen. "],
        lambda: ["Barnet har ingen papirer med sig, og oplysningerne bygger på barnets egen forklaring. "],
        lambda: ["Tandlæge og lægeundersøgelse er gennemført; barnet er vaccineret efter det danske program. "],
        lambda: ["Barnet beder om at få lov til at ringe hjem oftere, men linjen er ofte afbrudt. "],
        lambda: ["Der er tvivl om, hvilken kalender den opgivne alder bygger på, og det er noteret i sagen. "],
    ]
    return build(header, core, extras, closing, band, fill)


def jname(p):
    """JSON-string name with occasional escapes"""
    if R.random() < 0.15 and p["first"] in NICK:
        return [("name", p["first"]), ' \\"', ("name", NICK[p["first"]]), '\\" ', ("name", p["last"])]
    full = p["first"] + " " + p["last"]
    if R.random() < 0.3 and any(ord(x) > 127 for x in full):
        full = "".join(x if ord(x) < 128 else "\\u%04x" % ord(x) for x in full)
    return [("name", full)]

def xname(p):
    full = p["first"] + " " + p["last"]
    return [("name", full.replace("'", "&apos;"))]

def g_export(band):
    fmt = ch(["json", "json", "xml", "csv", "portal"])
    people = [person("child")] + [person() for _ in range(12)]
    sagsnr = "%d-%05d" % (R.choice([2024, 2025]), R.randint(0, 99999))
    i = [1]
    cur = [people[0]]

    def nxt():
        p = people[i[0] % len(people)]
        i[0] += 1
        cur[0] = p
        return p

    class _Rel:
        def __getitem__(self, k):
            return (["mor", "mormor", "farmor", "moster", "plejemor"] if cur[0]["sex"] == "f" else
                    ["far", "farfar", "morfar", "stedfar", "morbror"])[k]

        def __len__(self):
            return 5
    rel = _Rel()
    if fmt in ("json", "portal"):
        def header():
            c = people[0]
            if fmt == "portal":
                u = person(work=ch(WORK_DOM + ["skole.dk", "rm.dk"]))
                return ['{"kilde": "underretningsportal", "modtaget": "', D(), ' ', T().replace(".", ":"),
                        '", "underretter": {"navn": "', jname(u), '", "telefon": "', PH(u), '", "email": "', EM(u),
                        '"}, "barn": {"navn": "', jname(c), '", "cpr": "', CP(c, 2), '", "adresse": "', AD(c, 0),
                        '"}, "beskrivelse": "Barnet fortæller, at der er uro derhjemme.\\nMor ringede fra ', PH(),
                        '.", "relationer": [']
            return ['{\n  "sagsnr": "', sagsnr, '",\n  "barn": {"navn": "', jname(c), '", "cpr": "', CP(c, 2),
                    '", "foedselsdato": "', DB(c, 2), '", "adresse": "', AD(c, 0), '"},\n  "relationer": [\n']

        def rec():
            p = nxt()
            return ['    {"rolle": "', ch(rel), '", "navn": "', jname(p), '", "cpr": "', CP(p, ch([0, 2])),
                    '", "telefon": "', PH(p), '", "email": "', EM(p), '", "adresse": "', AD(p, ch([0, 1])), '"},\n']

        def rec2():
            p = nxt()
            return ['    {"rolle": "', ch(rel), '", "navn": "', jname(p), '", "foedselsdato": "', DB(p, ch([0, 2])),
                    '", "telefon": ["', PH(p), '", "', PH(), '"], "note": "Ring efter kl. 16 \\u2013 ikke fastnet"},\n']

        def ev():
            return ['    {"type": "', ch(["bevilling", "afgoerelse", "moede", "underretning"]), '", "dato": "', D(),
                    '", "paragraf": "barnets lov § ', ch(["32", "46", "133", "20"]), '", "status": "',
                    ch(["aktiv", "afsluttet", "afventer"]), '", "beloeb": ', str(R.randint(500, 40000)), '},\n']

        def closing():
            return ['    {"rolle": "sagsbehandler", "navn": "', jname(people[-1]), '", "telefon": "', PH(people[-1]),
                    '"}\n  ]\n}']
        return build(header, [rec], [rec, rec2], closing, band, [ev], 0.65, repeat=True, always_close=True) if fmt == "json" else \
            build(header, [rec], [rec, rec2], lambda: ['    {"type": "kvittering", "status": "sendt"}\n]}'], band, [ev],
                  0.65, repeat=True, always_close=True)
    if fmt == "xml":
        def header():
            c = people[0]
            return ['<?xml version="1.0" encoding="UTF-8"?>\n<sag nr="', sagsnr, '">\n  <barn>\n    <navn>', xname(c),
                    '</navn>\n    <cpr>', CP(c, 2), '</cpr>\n    <foedselsdato>', DB(c, 2), '</foedselsdato>\n',
                    '    <adresse>', AD(c, 0), '</adresse>\n  </barn>\n']

        def rec():
            p = nxt()
            return ['  <paaroerende rolle="', ch(rel), '">\n    <navn>', xname(p), '</navn>\n    <cpr>', CP(p),
                    '</cpr>\n    <telefon>', PH(p), '</telefon>\n    <email>', EM(p), '</email>\n    <adresse>',
                    AD(p, ch([0, 1])), '</adresse>\n  </paaroerende>\n']

        def rec2():
            p = nxt()
            return ['  <notat>Samtale med ', xname(p), ' &amp; barnet, tlf. ', PH(p),
                    ' &lt;ikke hemmeligt&gt;</notat>\n']
        def ev():
            return ['  <haendelse dato="', D(), '" type="', ch(["bevilling", "moede", "afgoerelse"]),
                    '">Behandlet efter barnets lov &#167; ', ch(["32", "46", "20"]), ' &amp; sendt til leder</haendelse>\n']
        return build(header, [rec], [rec, rec, rec2], lambda: ['</sag>'], band, [ev], 0.65, repeat=True, always_close=True)

    def header():
        return ["navn;cpr;foedselsdato;adresse;telefon;email;rolle\n"]

    def rec():
        p = nxt()
        return [N(p, ch(["full", "full", "lastfirst", "caps"])) if R.random() < 0.8 else ['"', N(p, "lastfirst"), '"'],
                ";", CP(p, ch([0, 2, 1])), ";", DB(p, ch([0, 2, 7])), ';"', AD(p, 0), '";', PH(p), ";", EM(p), ";",
                ch(rel), "\n"]
    def ev():
        return ['# kommentar: ', ch(["eksport fra fagsystem", "rækker uden telefon er udeladt", "kontrolleret af leder",
                                     "dubletter fjernet"]), " ", D(), "\n"]
    return build(header, [rec], [rec], None, band, [ev], 0.45, repeat=True)


ROOMS = ["mødelokale 2.14", "lokale 1.07", "Mødelokale Fjorden", "mødelokale 3.21", "lokale B-104",
         "Mødelokale Egen", "borgerservices lokale 5"]


def g_calendar(band):
    c = person("child")
    org = person(work=ch(WORK_DOM))
    att = [person(work=ch(WORK_DOM)) for _ in range(3)] + [person(sex="f"), person(sex="m")]
    taxi = person()

    def header():
        return [ch(["Mødeindkaldelse: ", "Invitation: ", "Opdateret invitation: ", "Kalenderaftale: "]),
                ch(["Netværksmøde", "Opfølgningsmøde", "Børnesamtale", "Statusmøde om barnets plan"]), " vedr. ",
                N(c, "first"), "\nHvornår: ", ch(WEEKDAYS), " ", D(2026, 2026), " kl. ", T(), "\nHvor: ", ch(ROOMS),
                ", ", ch(["Rådhuset", "Jobcentret", "Familiehuset", "Børn og Unge"]), "\nArrangør: ", N(org, "full"),
                " <", EM(org), ">\n"]
    core = [
        lambda: ["Deltagere: "] + sum([[N(a, "full"), " <", EM(a), ">", "; " if k < 2 else "\n"]
                                       for k, a in enumerate(att[:3])], []),
        lambda: ["Barn: ", N(c, "full"), ", f. ", DB(c), "\n"],
        lambda: ["Kørsel: Taxa henter mor, ", N(att[3], "full"), ", på ", AD(att[3], ch([0, 1, 3])), " kl. ", T(),
                 ". Chaufføren ringer til ", PH(att[3]), " ved ankomst.\n"],
        lambda: ["Påmindelse: Husk barnets plan. Afbud til ", N(org, "first"), " på ", PH(org), ".\n"],
    ]
    extras = [
        lambda: ["Mødet er flyttet fra ", D(2026, 2026), " til ", D(2026, 2026), ", fordi ", N(att[R.randrange(3)], "first"),
                 " er syg.\n"],
        lambda: ["Lokalebooking: ", ch(ROOMS), ", booket af ", N(att[0], "ini"), " (", N(att[0], "full"),
                 "), lokalnr. ", PH(att[0]), ".\n"],
        lambda: ["Far, ", N(att[4], "full"), " (", DB(att[4]), "), deltager via Teams; link sendes til ", EM(att[4]),
                 ".\n"],
        lambda: ["Skolekørsel henter ", N(c, "first"), " på ", AD(c, ch([0, 2])), " kl. ", T(),
                 "; vognmand ", N(taxi, "full"), ", ", PH(taxi), ".\n"],
        lambda: ["Fra: ", N(att[1], "full"), " <", EM(att[1]), ">\nTil: ", N(org, "full"), " <", EM(org), ">\nEmne: ",
                 "SV: flytning af mødet\nJeg kan først kl. ", T(), ". Mvh ", N(att[1], "first"), ", ", PH(att[1]), "\n"],
        lambda: ["Påmindelse sendt som sms til ", N(att[3], "first"), " (", PH(att[3]), ") og til ", N(att[4], "first"),
                 " (", PH(att[4]), ").\n"],
        lambda: ["Tolk: ", N(person(), "full"), ", ", PH(), ", bestilt til kl. ", T(), ".\n"],
        lambda: ["Plejefamilien bor på ", AD(person(), 0), "; plejemor ", N(person(sex="f"), "full"), " (f. ",
                 DB(person()), ") deltager også.\n"],
    ]

    def closing():
        return ["Med venlig hilsen\n", N(org, "full"), "\n", ch(["Rådgiver", "Myndighedsrådgiver", "Sekretær"]),
                ", Børn og Unge\nDirekte: ", PH(org)]
    fill = [
        lambda: ["Dagsorden: 1. Velkomst. 2. Status fra skole og hjem. 3. Barnets plan. 4. Aftaler og næste møde.\n"],
        lambda: ["Husk at tage referatet fra sidste møde med; det er sendt i Digital Post.\n"],
        lambda: ["Der er kaffe og frugt i lokalet. Parkering sker bag rådhuset.\n"],
        lambda: ["Mødet holdes som hybridmøde, og linket virker også fra telefonen.\n"],
        lambda: ["Tilbagemelding om deltagelse senest to dage før mødet.\n"],
        lambda: ["Ved sygdom flyttes mødet til første ledige tid i næste uge.\n"],
        lambda: ["Lokalet ligger på 2. sal; elevatoren er ved hovedindgangen.\n"],
        lambda: ["Svar venligst via kalenderen, så vi ved, hvor mange der kommer.\n"],
        lambda: ["Barnet deltager den første halve time og går derefter med en pædagog.\n"],
        lambda: ["Husk, at referatet sendes til partshøring, før det journaliseres.\n"],
    ]
    return build(header, core, extras, closing, band, fill)


PLANTED_GENRES = [g_birth, g_force, g_ssp, g_refugee, g_export, g_calendar]
GENRE_NAMES = ["birth", "force", "ssp", "refugee", "export", "calendar"]

# ---------------------------------------------------------------- clean genres (roles only, look-alikes)
SWITCH = ["Aarhus Kommune, tlf. 89 40 20 00", "Københavns Kommune, tlf. 33 66 33 66", "Aalborg Kommune, tlf. 99 31 31 31",
          "Odense Kommune, tlf. 66 13 13 72"]
PUBLIC_WHITELIST = ["89 40 20 00", "33 66 33 66", "99 31 31 31", "66 13 13 72", "55133018", "29189919", "29189374"]
ROLEKID = ["Barn A (%d år)", "Barn B (%d år)", "drengen (%d år)", "pigen (%d år)", "den unge (%d år)"]
MEDS = ["Medikinet", "Concerta", "melatonin", "Sertralin", "Metadon", "Panodil", "Circadin", "Ritalin"]
ICD = ["F90.0", "F43.1", "F84.0", "Z63.8", "F32.1", "O99.3", "P07.3", "F41.1"]


def kid():
    return ch(ROLEKID) % R.randint(1, 17)

def law():
    return ch(["barnets lov § 20, stk. 3", "§ 32, stk. 1, nr. 3", "barnets lov § 46", "§ 47 i barnets lov",
               "barnets lov § 133", "§ 136", "servicelovens § 153", "barnets lov § 137, stk. 2", "§ 91",
               "udlændingelovens § 7, stk. 1", "voksenansvarsloven § 12", "§ 18"])

def kr():
    return "%d.%03d kr." % (R.randint(1, 48), ch([0, 250, 500, 750, 125]))

def caseno():
    return ch(["sagsnr. %d-%05d" % (ch([2025, 2026]), R.randint(0, 99999)),
               "j.nr. 27.%02d.%02d-G01-%d-26" % (R.randint(10, 40), R.randint(0, 20), R.randint(1, 400)),
               "journalnr. %04d-%05d-%02d-2026" % (R.randint(1000, 9999), R.randint(0, 99999), R.randint(1, 99))])

def CD():
    return fmt_date(rand_date(2026, 2026), ch([0, 1, 1, 9]))

def g_clean(genre, band):
    commons = [
        lambda: ["Sagen behandles efter ", law(), ", og ", ch(["rådgiveren", "sagsbehandleren", "den faglige koordinator"]),
                 " har fristen noteret til ", CD(), ". "],
        lambda: ["Ved akut fare ringes 112; politiets servicenummer er 114, og Børnetelefonen har nummer 116 111. "],
        lambda: ["Kontakt ", ch(SWITCH), ", og bed om myndighedsafdelingen, ", caseno(), ". "],
        lambda: ["Glad og nysgerrig er ", ch(["barnet", "drengen", "pigen"]), " ifølge ", ch(["plejemor", "læreren",
                 "pædagogen"]), ", men ", ch(["sover dårligt", "spiser uregelmæssigt", "trækker sig i frikvartererne"]),
                 ". "],
        lambda: ["Mødet er sat til kl. ", T(), " i ", ch(ROOMS), "; der er afsat ", ch(["en time", "90 minutter",
                 "45 minutter"]), ". "],
    ]
    if genre == 0:
        hdr = lambda: [ch(["Fødselsanmeldelse (anonymiseret)\n", "Notat fra fødeafdelingen\n",
                           "Graviditetsunderretning – referat uden personoplysninger\n"])]
        pool = [
            lambda: ["Barnet er født i uge ", str(R.randint(30, 42)), " ved ", ch(["kejsersnit", "normal fødsel"]),
                     ", vægt ", "%d.%03d" % (R.randint(2, 4), R.randint(0, 999)), " g og længde ",
                     str(R.randint(46, 55)), " cm. Apgar 9/1 og 10/5. "],
            lambda: ["Mor (", str(R.randint(17, 42)), " år) har fået ", ch(MEDS), " under graviditeten; diagnosekode ",
                     ch(ICD), " er noteret i journalen. "],
            lambda: ["Jordemoderen sendte en graviditetsunderretning efter ", law(), ", da mor i uge ",
                     str(R.randint(12, 36)), " fortalte om ", ch(CONCERNS).replace("hun", "mor"), ". "],
            lambda: ["Far var til stede ved fødslen og har været på stue ", str(R.randint(1, 30)), " hver dag. "],
            lambda: ["Solen stod lavt, da familien blev udskrevet; sundhedsplejen kommer på hjemmebesøg inden for ",
                     "fem dage. "],
            lambda: ["Afdelingen har ", ch(["stille", "travle"]), " vagter i maj, og storm og sne kan forsinke ",
                     "hjemtransport fra ", ch(["Thisted", "Skagen", "Rønne"]), ". "],
            lambda: ["Kontakt fødegangen via hospitalets hovednummer eller ", ch(SWITCH), ". "],
            lambda: ["Barnet har fået K-vitamin og er hørescreenet på dag ", str(R.randint(2, 4)), "; resultatet var normalt. "],
            lambda: ["Mor har boet på mødrehjem i ", str(R.randint(2, 9)), " måneder og ønsker at fortsætte der efter fødslen. "],
            lambda: ["Socialsygeplejersken har haft tre samtaler med mor i graviditeten, sidst i uge ", str(R.randint(30, 38)), ". "],
            lambda: ["Der er behov for en afklaring af, hvor familien skal bo, inden barnet udskrives. "],
        ]
    elif genre == 1:
        hdr = lambda: ["Indberetning af magtanvendelse (skabelon)\nDato: ", CD(), ", kl. ", T(), "\n"]
        pool = [
            lambda: ["Den unge (", str(R.randint(12, 17)), " år) er anbragt efter ", law(), " på afdeling ",
                     ch(["B", "2", "Syd", "Vest"]), ", værelse ", str(R.randint(1, 24)), ". "],
            lambda: ["Kl. ", T(), ": Den unge nægter at gå ind fra haven og råber ad en vikar. "],
            lambda: ["Kl. ", T(), ": To pædagoger fører den unge til værelset; fastholdelsen varer ca. ",
                     str(R.randint(1, 6)), " minutter. "],
            lambda: ["Den unges udsagn: »Jeg ville bare have lov at ringe til min mor.« "],
            lambda: ["Opfølgning: Afdelingslederen har talt med den unge, og forældremyndighedsindehaveren er ",
                     "orienteret samme aften. "],
            lambda: ["Have og skov ligger bag bygningen, og der er opsat lys ved stien efter hændelsen. "],
            lambda: ["Medicin (", ch(MEDS), " ", str(ch([10, 18, 27, 36])), " mg) er givet kl. ", T(),
                     " efter ordination fra børne- og ungdomspsykiatrien. "],
            lambda: ["Indberetningen sendes til anbringende kommune og tilsynet inden for fristen. "],
            lambda: ["Den unge er orienteret om muligheden for at klage over magtanvendelsen. "],
            lambda: ["Personalet har drøftet episoden på personalemødet og lavet en plan for nedtrapning. "],
            lambda: ["Der er ikke set mærker på den unge, og skadestuen blev ikke kontaktet. "],
            lambda: ["Situationen opstod ved aftensmaden, hvor der var uro omkring bordet. "],
        ]
    elif genre == 2:
        hdr = lambda: ["Referat af SSP-møde, ", ch(["Vest", "Centrum", "Nord"]), "\nDato: ", CD(), "\n"]
        pool = [
            lambda: ["Gruppen på ", str(R.randint(4, 9)), " unge mellem ", str(R.randint(12, 14)), " og ",
                     str(R.randint(15, 17)), " år ses ", ch(PLACES), ". "],
            lambda: ["Politiet oplyser ", str(R.randint(3, 14)), " anmeldelser om ", ch(CRIMES), " siden ",
                     ch(MONTHS), ". "],
            lambda: ["Ungdomskriminalitetsnævnet har truffet afgørelse om forbedringsforløb for to unge; ",
                     "forløbene følges af kommunens forløbskoordinator. "],
            lambda: ["Skolen melder om stigende fravær i 8. og 9. klasse og om rygning på toiletterne. "],
            lambda: ["Det blev aftalt at holde et fælles forældremøde før efterårsferien i klubbens sal. "],
            lambda: ["Nattevandrerne har meldt om mindre uro end i sommer, men flere knallerter i parken. "],
            lambda: ["Oplysninger deles kun efter retsplejelovens § 115, og referatet er derfor kort. "],
            lambda: ["Klubben holder åbent til kl. 22 og har ", kr(), " til nattevandring fra puljen. "],
            lambda: ["SSP-konsulenten og politiets forebyggelsesenhed mødes igen ", CD(), " på politistationen. "],
            lambda: ["Efter en storm og regn holdt de unge væk fra stranden i weekenden, oplyser klubbens personale. "],
        ]
    elif genre == 3:
        hdr = lambda: ["Notat – uledsaget mindreårig\nOpholdssted: ", ch(CENTERS), "\n"]
        pool = [
            lambda: ["Barnet (", str(R.randint(13, 17)), " år efter egne oplysninger) kom til Danmark i ",
                     ch(MONTHS), " og er registreret med ", caseno(), ". "],
            lambda: ["Aldersvurderingen er gennemført; Udlændingestyrelsen har truffet afgørelse om alder. "],
            lambda: ["Værgen fra Røde Kors deltog i samtalen, og der blev brugt tolk på ", ch(["dari", "somali",
                     "tigrinya", "arabisk", "ukrainsk", "kurmanji"]), ". "],
            lambda: ["Familieopsporing er sat i gang via Røde Kors; der er endnu ikke kontakt til forældrene. "],
            lambda: ["Opholdstilladelse efter ", law(), " er meddelt for ", ch(["to", "tre"]), " år. "],
            lambda: ["Barnet siger, at håbet er at komme i skole og få lov at bo sammen med sin onkel. "],
            lambda: ["Barnet sover dårligt og har mareridt; der er aftalt samtaler med psykolog. "],
            lambda: ["Barnet går i modtageklasse og er glad for at lære dansk. "],
            lambda: ["Tandlæge og lægeundersøgelse er gennemført, og barnet er vaccineret. "],
            lambda: ["Barnet har ingen papirer, og oplysningerne bygger på barnets egen forklaring. "],
        ]
    elif genre == 4:
        u = R.random()
        if u < 0.25:
            hdr = lambda: ["rolle;alder;paragraf;beloeb;sagsnr;status\n"]
            pool = [lambda: [ch(["mor", "far", "plejemor", "barnet", "mormor"]), ";", str(R.randint(1, 70)), ";", law(),
                             ";", kr(), ";", caseno(), ";", ch(["aktiv", "afsluttet", "afventer"]), "\n"]]
            return build(hdr, [], pool, None, band)
        if u < 0.65:
            def jrec():
                ro = ch(["mor", "far", "plejemor", "mormor", "plejefar", "farfar"])
                return ['  {"rolle": "', ro, '", "navn": "[', ro.capitalize(), ']", "alder": ', str(R.randint(20, 75)), ', "paragraf": "',
                        law(), '", "beloeb": "', kr(), '", "cpr": null, "telefon": null},\n']
            hdr = lambda: ['{"sag": "', caseno(), '", "barn": {"navn": "Barn A", "alder": ', str(R.randint(1, 17)),
                           ', "icd10": "', ch(ICD), '"},\n "relationer": [\n']
            pool = [jrec]
            clo = lambda: [' {"rolle": "sagsbehandler", "navn": "[sagsbehandler]"}\n]}']
        else:
            def xrec():
                return ['  <post type="', ch(["bevilling", "afgoerelse", "moede"]), '" dato="', CD(),
                        '">\n    <paragraf>', law().replace("§", "&#167;"), '</paragraf>\n    <beloeb>', kr(),
                        '</beloeb>\n    <part>', ch(["mor", "far", "barnet"]), '</part>\n  </post>\n']
            hdr = lambda: ['<?xml version="1.0"?>\n<sag nr="', caseno(), '" cvr="55133018" ean="5798005770000">\n']
            pool = [xrec]
            clo = lambda: ['</sag>']
        return build(hdr, [], pool, clo, band, always_close=True)
    else:
        hdr = lambda: [ch(["Mødeindkaldelse: Netværksmøde\n", "Invitation: Opfølgningsmøde\n",
                           "Lokalebooking\n"]), "Hvornår: ", ch(WEEKDAYS), " ", CD(), " kl. ", T(), "\nHvor: ",
                       ch(ROOMS), ", Rådhuset\n"]
        pool = [
            lambda: ["Deltagere: mor, far, plejemor, sagsbehandleren, sundhedsplejersken og ", kid(), ".\n"],
            lambda: ["Kørsel: Taxa henter mor kl. ", T(), " og kører til mødet ved Banegårdspladsen.\n"],
            lambda: ["Påmindelse: Husk barnets plan og referatet fra sidste møde (", caseno(), ").\n"],
            lambda: ["Mødet er flyttet fra ", CD(), " til ", CD(), " på grund af sygdom.\n"],
            lambda: ["Booking: ", ch(ROOMS), " er reserveret fra kl. ", "%02d.00" % R.randint(8, 12), " til kl. ",
                     "%02d.30" % R.randint(13, 15), "; projektor og kaffe bestilt.\n"],
            lambda: ["Skolekørsel: Barnet hentes ved skolen kl. ", T(), " og køres til Familiehuset.\n"],
            lambda: ["Tolk (", ch(["arabisk", "dari", "polsk", "somali"]), ") er bestilt via tolkeservicen.\n"],
            lambda: ["Dagsorden: 1. Velkomst. 2. Status fra skole og hjem. 3. Barnets plan. 4. Aftaler.\n"],
            lambda: ["Lokalet ligger på 2. sal; elevatoren er ved hovedindgangen.\n"],
            lambda: ["Svar venligst via kalenderen senest to dage før mødet.\n"],
            lambda: ["Mødet holdes som hybridmøde, og linket virker også fra telefonen.\n"],
        ]
    return build(hdr, [], pool + commons, None, band, pool + commons, 1.0)

# ---------------------------------------------------------------- institutions
INST = ["Friskolen ved Bøgeskoven", "Børnehuset Mariehønen", "Opholdsstedet Lærkebo", "Klub Vesterhavet",
        "Efterskolen Fjordglimt", "Den Private Skole Nordlys", "Opholdsstedet Kragereden", "Plejefamilieforeningen Vestkyst",
        "Vuggestuen Troldehøjen", "Bosted Havblik", "Fodboldklubben Rødstjernen", "Ungdomsklubben Sporet",
        "Lilleskolen i Åbyen", "Efterskolen Kildebakken", "Behandlingshjemmet Granly", "Den Integrerede Institution Solsikken",
        "Familieplejen Midt ApS", "Naturbørnehaven Egetræet", "Opholdsstedet Bakkely", "Rideklubben Hestehoven",
        "Friskolen Skovlyst", "Efterskolen Strandgården", "Børnehaven Regnbuen", "Privatskolen Lindely",
        "Spejdergruppen Ulvedalen", "Socialpædagogisk Opholdssted Udsigten", "Dagplejeforeningen Krudtuglerne",
        "Bofællesskabet Tranehuset", "Eftermiddagsklubben Boblen", "Heldagsskolen Kompasset", "Musikskolen Tonefald",
        "Aflastningshjemmet Fyrtårnet"]
INST_T = [
    lambda a, b: ["Barnet går i 4. klasse på ", a, " og har fået plads i ", b, " fra næste måned."],
    lambda a, b: ["Den unge er anbragt på ", a, " efter barnets lov § 46; skolegangen foregår på ", b, "."],
    lambda a, b: ["Plejefamilien er godkendt og får supervision fra ", a, ", som også underviser familien om ",
                  "traumer og tilknytning."],
    lambda a, b: ["Efter sommerferien starter den unge på ", a, ". Forældrene har besøgt skolen og er glade for ",
                  "kontaktlærerordningen."],
    lambda a, b: ["Pædagogerne i ", a, " har sendt en underretning, fordi barnet flere gange er hentet af en ",
                  "påvirket forælder."],
    lambda a, b: ["Den unge kommer fast i ", a, " om tirsdagen og har fået en god voksenkontakt i ", b, "."],
    lambda a, b: ["Aflastning en weekend om måneden sker på ", a, ", mens søskende passes i ", b, "."],
]


def g_inst():
    a, b = R.sample(INST, 2)
    t = ch(INST_T)
    return t(("institution", a), ("institution", b))

# ---------------------------------------------------------------- checks
POOL_NAMES = []
for _o in ORIGIN_KEYS:
    for _lst in ORIGINS[_o]:
        for _n in _lst:
            if _n not in POOL_NAMES:
                POOL_NAMES.append(_n)
for _k in sorted(VARIANTS):
    for _n in [_k] + VARIANTS[_k]:
        if _n not in POOL_NAMES:
            POOL_NAMES.append(_n)
for _k in sorted(NICK):
    if NICK[_k] not in POOL_NAMES:
        POOL_NAMES.append(NICK[_k])
for _n in MIDDLE:
    if _n not in POOL_NAMES:
        POOL_NAMES.append(_n)
POOL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(POOL_NAMES + [n.upper() for n in POOL_NAMES],
                     key=lambda x: (-len(x), x))) + r")(?!\w)")
STREET_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in STREETS) + r")\s*\d", re.I)
PHONE_RES = [re.compile(r"(?<!\d)\d{8}(?!\d)"), re.compile(r"(?<![\d.\-])\d{2}([ .\-])\d{2}\1\d{2}\1\d{2}(?![\d])"),
             re.compile(r"(?<!\d)\d{4} \d{4}(?!\d)"), re.compile(r"(?:\+45|0045)\s?\d")]
CPR_RES = [re.compile(r"(?<!\d)\d{10}(?!\d)"), re.compile(r"(?<!\d)\d{6}[ \-]\d{4}(?!\d)"),
           re.compile(r"(?<!\d)\d{2}[. ]\d{2}[. ]\d{2}[ \-]?\d{4}(?!\d)")]
BORN_RE = re.compile(r"(?<!\w)(?:født|f\.|fødselsdato:?)\s*(\d)", re.I)
ALLOWED = {"planted": {"name", "phone", "email", "address", "dob", "cpr"}, "clean": set(), "institutions": {"institution"}}


def inside(spans, a, b):
    return any(s["start"] <= a and b <= s["end"] for s in spans)


def check(text, spans, kind, band, banned=()):
    errs = []
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            errs.append("offset")
        if s["text"] != s["text"].strip() or not s["text"]:
            errs.append("ws " + s["text"])
        if s["kind"] not in ALLOWED[kind]:
            errs.append("kind")
    for x, y in zip(spans, spans[1:]):
        if y["start"] < x["end"]:
            errs.append("overlap")
    n = len(text.split())
    if not band[0] <= n <= band[1]:
        errs.append("band %d" % n)
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not inside(spans, m.start(), m.end()):
                errs.append("copy " + s["text"])
    for m in POOL_RE.finditer(text):
        if not inside(spans, m.start(), m.end()):
            errs.append("pool " + m.group())
    for rx in PHONE_RES + CPR_RES:
        for m in rx.finditer(text):
            if not inside(spans, m.start(), m.end()) and not any(w in m.group() or m.group() in w
                                                                for w in PUBLIC_WHITELIST):
                errs.append("numshape " + m.group())
    for m in re.finditer("@", text):
        if not any(s["kind"] == "email" and s["start"] <= m.start() < s["end"] for s in spans):
            errs.append("@")
    for m in STREET_RE.finditer(text):
        if not any(s["kind"] == "address" and s["start"] <= m.start() < s["end"] for s in spans):
            errs.append("street " + m.group())
    for m in BORN_RE.finditer(text):
        if not inside(spans, m.start(1), m.end(1)):
            errs.append("born " + m.group())
    for b in banned:
        if b in text:
            errs.append("planted-in-clean " + b)
    return errs


def make_set(kind, n, gen, band_of):
    rows = []
    fails = {}
    for i in range(n):
        band = band_of(i)
        for attempt in range(500):
            text, spans = assemble(gen(i, band))
            errs = check(text, spans, kind, band, BANNED if kind == "clean" else ())
            if not errs:
                break
            for e in errs:
                k = e.split()[0]
                fails[k] = fails.get(k, 0) + 1
        else:
            raise SystemExit("cannot draw %s %d: %s\n%s" % (kind, i, errs, text))
        rows.append({"id": "%s-%s%03d" % (CORPUS, kind[0], i + 1), "text": text, "planted": spans})
    print(kind, "redraw reasons:", dict(sorted(fails.items())))
    return rows


BANNED = []


def main():
    planted = make_set("planted", 240, lambda i, band: PLANTED_GENRES[(i // 3) % 6](band), lambda i: BANDS[i % 3])
    for r in planted:
        for s in r["planted"]:
            if s["kind"] in ("phone", "address", "dob", "cpr", "email") and s["text"] not in BANNED:
                BANNED.append(s["text"])
    clean = make_set("clean", 240, lambda i, band: g_clean((i // 3) % 6, band), lambda i: BANDS[i % 3])
    inst = make_set("institutions", 30, lambda i, band: g_inst(), lambda i: (12, 40))
    for name, rows in (("planted", planted), ("clean", clean), ("institutions", inst)):
        with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # stats
    cnt = {}
    for r in planted:
        for s in r["planted"]:
            cnt[s["kind"]] = cnt.get(s["kind"], 0) + 1
    tot = sum(cnt.values())
    print("planted spans:", tot, dict(sorted(cnt.items())))
    assert 3000 <= tot <= 4500, tot
    for k in ("phone", "address", "dob"):
        assert cnt[k] >= 250, (k, cnt[k])
    for k in ("cpr", "email"):
        assert cnt[k] >= 120, (k, cnt[k])
    assert cnt["name"] == max(cnt.values())
    per = {}
    for i, r in enumerate(planted):
        g = GENRE_NAMES[(i // 3) % 6]
        per.setdefault(g, {})
        for s in r["planted"]:
            per[g][s["kind"]] = per[g].get(s["kind"], 0) + 1
    for g in GENRE_NAMES:
        print(" ", g, dict(sorted(per[g].items())))
    print("institution spans:", sum(len(r["planted"]) for r in inst))
    for name in ("planted", "clean", "institutions"):
        h = hashlib.sha256(open(os.path.join(OUT, name + ".jsonl"), "rb").read()).hexdigest()
        print(name + ".jsonl", h)


if __name__ == "__main__":
    main()
