#!/usr/bin/env python3
"""Regenerate the blind8 held-out Danish test corpus (planted / clean / institutions).

Deterministic: fixed seed, no set/hash-order dependence; output is byte-identical
across runs and PYTHONHASHSEED values. After writing, the files are read back and
every span is verified. Python 3 standard library only.
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

sys.dont_write_bytecode = True
from pools import (
    ORIGINS, WORKER_FIRST, WORKER_LAST, GRAND_FIRST_DK, STREETS, POSTTOWNS,
    MUNI_DOMAINS, MAIL_HOSTS, TOPICS, TOWNS, PETS, HELPLINES, LAWS,
    PLANTED, CLEAN, INSTITUTION_TEXTS, INSTITUTION_NAMES,
)

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 80808
N_PLANTED = 170
N_CLEAN = 170
N_INST = 32
TYPES = ["forslag", "tilsyn", "laering", "onboarding", "pr"]
BUCKETS = [(30, 80), (81, 150), (151, 250)]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
PII_KINDS = ("name", "cpr", "phone", "email", "address", "dob")

# placeholder -> kind (span placeholders); all other placeholders are plain text
SPAN_PH = {
    "C": "name", "Cg": "name", "CF": "name", "CFg": "name",
    "M": "name", "Mg": "name", "Mf": "name", "Mfg": "name",
    "F": "name", "Fg": "name", "Ff": "name", "Ffg": "name",
    "S": "name", "G": "name", "W": "name", "Wg": "name", "Wf": "name",
    "W2": "name", "W2f": "name", "W2g": "name", "INI": "name", "K": "name", "Kf": "name",
    "CPRC": "cpr", "CPRM": "cpr", "CPRF": "cpr", "CPRS": "cpr",
    "PHM": "phone", "PHF": "phone", "PHW": "phone", "PHX": "phone", "PHG": "phone",
    "EMM": "email", "EMF": "email", "EMW": "email", "EMW2": "email",
    "ADR": "address", "ADR2": "address", "STR": "address",
    "DOBC": "dob", "DOBS": "dob", "DOBM": "dob",
}
PH_RE = re.compile(r"\[([A-Za-z0-9]+)\]")


def fold(s):
    s = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ı", "i"), ("ł", "l"), ("đ", "d")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", s)


def genitive(name):
    return name + ("'" if name[-1] in "sxzSXZ" else "s")


# ---------------------------------------------------------------- generators
def cpr_for(rng, y, m, d, female=None):
    """CPR with the century digit (7th digit) right for the birth year."""
    yy = y % 100
    if 1900 <= y <= 1999:
        opts = [0, 1, 2, 3] + ([4, 9] if yy >= 37 else [])
    elif 2000 <= y <= 2036:
        opts = [4, 9, 5, 6, 7, 8]
    else:
        raise ValueError(y)
    c7 = rng.choice(opts)
    mid = rng.randint(0, 99)
    last = rng.randint(0, 9)
    if female is not None:
        last = (last // 2) * 2 + (0 if female else 1)
    serial = "%d%02d%d" % (c7, mid, last)
    base = "%02d%02d%02d" % (d, m, yy)
    fmt = rng.choices(["dash", "plain", "space", "dash", "dash"], k=1)[0]
    if fmt == "dash":
        return base + "-" + serial, "DDMMYY-SSSS"
    if fmt == "plain":
        return base + serial, "DDMMYYSSSS"
    return base + " " + serial, "DDMMYY SSSS"


DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    dim = DAYS_IN[m - 1] + (1 if m == 2 and y % 4 == 0 else 0)
    return y, m, rng.randint(1, dim)


def fmt_dob(rng, y, m, d):
    f = rng.choice(["long", "dots", "iso", "slash", "long", "dots2", "dash", "short"])
    if f == "long":
        return "%d. %s %d" % (d, MONTHS[m - 1], y), "D. måned ÅÅÅÅ"
    if f == "dots":
        return "%02d.%02d.%d" % (d, m, y), "DD.MM.ÅÅÅÅ"
    if f == "dots2":
        return "%d.%d.%d" % (d, m, y), "D.M.ÅÅÅÅ"
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d), "ÅÅÅÅ-MM-DD"
    if f == "slash":
        return "%d/%d-%d" % (d, m, y), "D/M-ÅÅÅÅ"
    if f == "dash":
        return "%02d-%02d-%d" % (d, m, y), "DD-MM-ÅÅÅÅ"
    return "%02d.%02d.%02d" % (d, m, y % 100), "DD.MM.ÅÅ"


MOBILE = [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 40, 41, 42, 50, 51, 52, 53,
          60, 61, 71, 81, 91, 92, 93]
LANDLINE = [33, 35, 36, 38, 43, 44, 45, 46, 48, 56, 57, 62, 64, 65, 66, 74, 75, 76, 86,
            87, 89, 96, 97, 98, 99]


def dk_phone(rng):
    p = rng.choice(MOBILE if rng.random() < 0.8 else LANDLINE)
    d = "%02d%06d" % (p, rng.randint(0, 999999))
    g2 = " ".join(d[i:i + 2] for i in range(0, 8, 2))
    g4 = d[:4] + " " + d[4:]
    fmts = [
        (g2, "XX XX XX XX"), (d, "XXXXXXXX"), (g4, "XXXX XXXX"),
        ("+45 " + g2, "+45 XX XX XX XX"), ("+45" + d, "+45XXXXXXXX"),
        ("0045 " + d, "0045 XXXXXXXX"), ("+45 " + g4, "+45 XXXX XXXX"),
        ("-".join(d[i:i + 2] for i in range(0, 8, 2)), "XX-XX-XX-XX"),
        (g2, "XX XX XX XX"), ("0045 " + g2, "0045 XX XX XX XX"),
        (d[:2] + " " + d[2:5] + " " + d[5:], "XX XXX XXX"),
    ]
    return rng.choice(fmts)


def foreign_phone(rng):
    r = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    opts = [
        ("+46 70 %s %s %s" % (r(3), r(2), r(2)), "foreign +46 (SE)"),
        ("+49 151 %s %s" % (r(4), r(4)), "foreign +49 (DE)"),
        ("+48 5%s %s %s" % (r(2), r(3), r(3)), "foreign +48 (PL)"),
        ("+90 53%s %s %s %s" % (r(1), r(3), r(2), r(2)), "foreign +90 (TR)"),
        ("+380 67 %s %s" % (r(3), r(4)), "foreign +380 (UA)"),
        ("+44 7700 %s" % r(6), "foreign +44 (UK)"),
        ("0046 73%s%s" % (r(3), r(4)), "foreign 0046 (SE)"),
        ("+299 %s %s %s" % (r(2), r(2), r(2)), "foreign +299 (GL)"),
    ]
    return rng.choice(opts)


def address(rng, full=True):
    st = rng.choice(STREETS)
    no = str(rng.randint(1, 140))
    if rng.random() < 0.25:
        no += rng.choice("ABCDE")
    floor = rng.choice(["st.", "1.", "2.", "3.", "4.", "1.", "2."])
    side = rng.choice(["tv.", "th.", "mf.", "tv", "th"])
    pc, town = rng.choice(POSTTOWNS)
    if not full:
        f = rng.choice(["bare", "floor", "bare"])
        if f == "bare":
            return "%s %s" % (st, no), "street only"
        return "%s %s, %s %s" % (st, no, floor, side), "street + floor/side"
    f = rng.choice(["fs", "fs", "nofs", "compact", "sal", "nl", "fs"])
    if f == "fs":
        return "%s %s, %s %s, %s %s" % (st, no, floor, side, pc, town), "street no, floor side, pc town"
    if f == "nofs":
        return "%s %s, %s %s" % (st, no, pc, town), "street no, pc town"
    if f == "compact":
        return "%s %s, %s%s, %s %s" % (st, no, floor, side.rstrip("."), pc, town), "compact floor/side"
    if f == "sal":
        return "%s %s, %s sal, %s %s" % (st, no, floor, pc, town), "street no, N. sal, pc town"
    return "%s %s\n%s %s" % (st, no, pc, town), "two lines"


class Cast:
    """People of one text, with every rendering precomputed lazily."""

    def __init__(self, rng):
        self.rng = rng
        o = rng.choice(ORIGINS)
        self.origin = o
        self.girl = rng.random() < 0.5
        firsts = o["girls"] if self.girl else o["boys"]
        self.child_first = rng.choice(firsts)
        fam = rng.choice(o["surnames"])
        self.child_last = fam
        if rng.random() < 0.12 and o.get("middle"):
            self.child_last = rng.choice(o["middle"]) + " " + fam
        self.sib_first = rng.choice([n for n in o["girls"] + o["boys"] if n != self.child_first])
        mother_last = fam if rng.random() < 0.6 else rng.choice(o["surnames"])
        self.mother = (rng.choice(o["women"]), mother_last)
        father_last = fam if rng.random() < 0.7 else rng.choice(o["surnames"])
        self.father = (rng.choice(o["men"]), father_last)
        if o["key"].startswith("dk"):
            self.grand = (rng.choice(GRAND_FIRST_DK), rng.choice(o["surnames"]))
        else:
            self.grand = (rng.choice(o["women"]), rng.choice(o["surnames"]))
        wf = rng.choice(WORKER_FIRST)
        wl = rng.choice(WORKER_LAST)
        if rng.random() < 0.15:
            wl = rng.choice(WORKER_LAST) + " " + wl
        self.worker = (wf, wl)
        w2f = rng.choice([x for x in WORKER_FIRST if x != wf])
        self.worker2 = (w2f, rng.choice(WORKER_LAST))
        kf = rng.choice([x for x in WORKER_FIRST if x not in (wf, w2f)])
        self.koord = (kf, rng.choice(WORKER_LAST))
        self.cy, self.cm, self.cd = rand_date(rng, 2006, 2022)
        self.sy, self.sm, self.sd = rand_date(rng, 2005, 2023)
        self.my, self.mm, self.md = rand_date(rng, 1975, 1999)
        self.fy, self.fm, self.fd = rand_date(rng, 1968, 1998)
        self.muni = rng.choice(MUNI_DOMAINS)
        self.cache = {}
        self.date_state = (rng.randint(2023, 2025), rng.randint(1, 9), rng.randint(1, 20))

    def next_date(self, iso):
        y, m, d = self.date_state
        d += self.rng.randint(1, 12)
        while d > DAYS_IN[m - 1]:
            d -= DAYS_IN[m - 1]
            m += 1
            if m > 12:
                m, y = 1, y + 1
        self.date_state = (y, m, d)
        if iso:
            return "%d-%02d-%02d" % (y, m, d)
        return "%d. %s %d" % (d, MONTHS[m - 1], y) if self.rng.random() < 0.6 else "%d/%d" % (d, m)

    def personal_mail(self, first, last):
        rng = self.rng
        f, l = fold(first), fold(last.split()[-1])
        host = rng.choice(MAIL_HOSTS)
        form = rng.choice(["{f}.{l}", "{f}{l}{n}", "{f}_{l}", "{i}{l}", "{f}{n}", "{f}-{l}"])
        local = form.format(f=f, l=l, i=f[0], n=rng.randint(70, 99))
        return local + "@" + host

    def render(self, key):
        """Return (text, kind or None, fmt)."""
        if key in self.cache:
            return self.cache[key]
        rng = self.rng
        full = lambda p: p[0] + " " + p[1]
        v, fmt = None, ""
        if key == "C":
            v = self.child_first
        elif key == "Cg":
            v = genitive(self.child_first)
        elif key == "CF":
            v = self.child_first + " " + self.child_last
        elif key == "CFg":
            v = genitive(self.child_first + " " + self.child_last)
        elif key == "M":
            v = full(self.mother)
        elif key == "Mg":
            v = genitive(full(self.mother))
        elif key == "Mf":
            v = self.mother[0]
        elif key == "Mfg":
            v = genitive(self.mother[0])
        elif key == "F":
            v = full(self.father)
        elif key == "Fg":
            v = genitive(full(self.father))
        elif key == "Ff":
            v = self.father[0]
        elif key == "Ffg":
            v = genitive(self.father[0])
        elif key == "S":
            v = self.sib_first
        elif key == "G":
            v = full(self.grand)
        elif key == "W":
            v = full(self.worker)
        elif key == "Wg":
            v = genitive(full(self.worker))
        elif key == "Wf":
            v = self.worker[0]
        elif key == "W2":
            v = full(self.worker2)
        elif key == "W2f":
            v = self.worker2[0]
        elif key == "W2g":
            v = genitive(full(self.worker2))
        elif key == "K":
            v = full(self.koord)
        elif key == "Kf":
            v = self.koord[0]
        elif key == "INI":
            parts = (self.worker[0] + " " + self.worker[1]).split()
            v = "".join(p[0] for p in parts).upper()
            fmt = "initials"
        elif key == "CPRC":
            v, fmt = cpr_for(rng, self.cy, self.cm, self.cd, self.girl)
        elif key == "CPRS":
            v, fmt = cpr_for(rng, self.sy, self.sm, self.sd)
        elif key == "CPRM":
            v, fmt = cpr_for(rng, self.my, self.mm, self.md, True)
        elif key == "CPRF":
            v, fmt = cpr_for(rng, self.fy, self.fm, self.fd, False)
        elif key in ("PHM", "PHW", "PHG"):
            v, fmt = dk_phone(rng)
        elif key == "PHF":
            v, fmt = foreign_phone(rng) if rng.random() < 0.3 else dk_phone(rng)
        elif key == "PHX":
            v, fmt = foreign_phone(rng)
        elif key == "EMM":
            v, fmt = self.personal_mail(*self.mother), "private"
        elif key == "EMF":
            v, fmt = self.personal_mail(*self.father), "private"
        elif key in ("EMW", "EMW2"):
            p = self.worker if key == "EMW" else self.worker2
            parts = (p[0] + " " + p[1]).split()
            if rng.random() < 0.5:
                local = fold(parts[0]) + "." + fold(parts[-1])
            else:
                local = "".join(fold(x)[0] for x in parts) + ("" if rng.random() < 0.5 else "x")
            v, fmt = local + "@" + self.muni, "work"
        elif key in ("ADR", "ADR2"):
            v, fmt = address(rng, True)
        elif key == "STR":
            v, fmt = address(rng, False)
        elif key == "DOBC":
            v, fmt = fmt_dob(rng, self.cy, self.cm, self.cd)
        elif key == "DOBS":
            v, fmt = fmt_dob(rng, self.sy, self.sm, self.sd)
        elif key == "DOBM":
            v, fmt = fmt_dob(rng, self.my, self.mm, self.md)
        # --- non-span placeholders
        elif key == "han":
            return ("hun" if self.girl else "han"), None, ""
        elif key == "Han":
            return ("Hun" if self.girl else "Han"), None, ""
        elif key == "ham":
            return ("hende" if self.girl else "ham"), None, ""
        elif key == "hans":
            return ("hendes" if self.girl else "hans"), None, ""
        elif key == "dreng":
            return ("pigen" if self.girl else "drengen"), None, ""
        elif key == "Dreng":
            return ("Pigen" if self.girl else "Drengen"), None, ""
        elif key == "AGE":
            v = str(2025 - self.cy)
            self.cache[key] = (v, None, "")
            return self.cache[key]
        elif key == "ISO":
            return self.next_date(True), None, ""
        elif key == "DAT":
            return self.next_date(False), None, ""
        else:
            return lookalike(rng, key), None, ""
        kind = SPAN_PH[key]
        # a person keeps the same rendering inside one text
        if key not in ("PHX",):
            self.cache[key] = (v, kind, fmt)
        return v, kind, fmt


def lookalike(rng, key):
    if key == "PID":
        return "P-%04d" % rng.randint(1, 60)
    if key == "CID":
        return "C-%04d" % rng.randint(1, 140)
    if key == "MID":
        y, m, d = rand_date(rng, 2025, 2026)
        return "M-%d-%02d-%02d" % (y, m, d)
    if key == "JNR":
        n = rng.choice([6, 7, 8, 6, 7])
        return str(rng.randint(10 ** (n - 1), 10 ** n - 1))
    if key == "TOPIC":
        return rng.choice(TOPICS)
    if key == "TOWN":
        return rng.choice(TOWNS)
    if key == "PET":
        return rng.choice(PETS)
    if key == "HELP":
        return rng.choice(HELPLINES)
    if key == "LAW":
        return rng.choice(LAWS)
    if key == "N":
        return str(rng.randint(3, 14))
    if key == "AGEX":
        return str(rng.randint(7, 17))
    raise KeyError(key)


def render(template, cast, stats=None):
    out, spans, pos = [], [], 0
    last = 0
    for m in PH_RE.finditer(template):
        lit = template[last:m.start()]
        out.append(lit)
        pos += len(lit)
        val, kind, fmt = cast.render(m.group(1))
        if kind:
            spans.append({"kind": kind, "text": val, "start": pos, "end": pos + len(val)})
            if stats is not None:
                stats.append((kind, fmt))
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(template[last:])
    return "".join(out), spans


def n_pii(template):
    return sum(1 for k in PH_RE.findall(template) if k in SPAN_PH)


def wc(s):
    return len(s.split())


# ---------------------------------------------------------------- assembly
def assemble(rng, typ, pool, planted_mode):
    """Return template string for one text.

    pool: dict with keys open, body, core (planted only), close, list/head (optional).
    planted_mode: None for clean; 'single' or 'many' for planted.
    """
    P = pool
    if planted_mode == "single":
        opening = rng.choice(CLEAN[typ]["open"])
        closing = rng.choice(CLEAN[typ]["close"])
        cores = [rng.choice([c for c in P["core"] if n_pii(c) == 1])]
    elif planted_mode == "many":
        opening = rng.choice(P["open"] if rng.random() < 0.55 else CLEAN[typ]["open"])
        closing = rng.choice(P["close"] if rng.random() < 0.6 else CLEAN[typ]["close"])
        k = rng.choice([1, 1, 2, 2, 3, 4])
        cores = rng.sample(P["core"], k)
    else:
        opening = rng.choice(P["open"])
        closing = rng.choice(P["close"])
        cores = rng.sample(P["core"], rng.choice([1, 2, 2, 3]))
    filler = list(CLEAN[typ]["body"])
    if typ in ("forslag", "tilsyn", "laering"):
        filler += list(CLEAN["generic"])
    rng.shuffle(filler)
    return opening, cores, filler, closing


def layout(typ, opening, body, closing, rng):
    """Join pieces; list items (starting '- ') grouped on lines."""
    parts = []
    cur = []
    listing = []

    def flush():
        if cur:
            parts.append(" ".join(cur))
            cur.clear()
        if listing:
            parts.append("\n".join(listing))
            listing.clear()

    per_par = rng.choice([2, 3, 3, 4])
    for s in body:
        if s.startswith("- "):
            if cur:
                parts.append(" ".join(cur))
                cur.clear()
            listing.append(s)
        elif s.endswith(":") and len(s) < 40:
            flush()
            listing.append(s)
        else:
            if listing:
                parts.append("\n".join(listing))
                listing.clear()
            cur.append(s)
            if len(cur) >= per_par:
                parts.append(" ".join(cur))
                cur.clear()
    flush()
    sep = "\n\n" if typ in ("forslag", "tilsyn", "laering") else rng.choice(["\n\n", "\n", " "])
    text = opening
    if parts:
        text += ("\n\n" if "\n" in opening or typ in ("forslag", "tilsyn", "laering") else " ") + sep.join(parts)
    if closing:
        text += ("\n\n" if typ in ("forslag", "tilsyn", "laering") else rng.choice(["\n", " "])) + closing
    return text


def order_body(typ, cores, fillers_used, rng):
    body = list(fillers_used)
    for c in cores:
        body.insert(rng.randint(0, len(body)), c)
    if typ == "laering":
        items = [b for b in body if b.startswith("- ")]
        prose = [b for b in body if not b.startswith("- ")]
        out = []
        if items:
            out += [rng.choice(["Tidslinje:", "Forløb:", "Hvad skete der:", "Tidslinje (kort):"])] + items
        if prose:
            out += [rng.choice(["Hvad lærer vi:", "Læring:", "Det tager vi med:", "Refleksion:"])] + prose
        return out
    if typ == "tilsyn":
        items = [b for b in body if b.startswith("- ")]
        prose = [b for b in body if not b.startswith("- ")]
        if items:
            return prose[:1] + [rng.choice(["Fund:", "Observationer:", "Det så vi:"])] + items + prose[1:]
        return prose
    return body


def name_consistency_ok(text, spans):
    """Every capitalised occurrence of a spanned name token must be inside a span."""
    covered = [(s["start"], s["end"]) for s in spans]
    for s in spans:
        if s["kind"] != "name":
            continue
        for tok in re.findall(r"[^\W\d_]{2,}", s["text"]):
            if tok in ("s",):
                continue
            for m in re.finditer(r"(?<![^\W\d_])" + re.escape(tok) + r"(?![^\W\d_])", text):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    return False
    return True


def make_text(rng, typ, bucket, planted_mode, stats):
    lo, hi = BUCKETS[bucket]
    pool = PLANTED[typ] if planted_mode else CLEAN[typ]
    for attempt in range(400):
        cast = Cast(rng)
        date0 = cast.date_state
        opening, cores, filler, closing = assemble(rng, typ, pool, planted_mode)
        used = []
        text = spans = None
        fi = 0
        ok = False
        while True:
            body = order_body(typ, cores, used, random.Random(attempt * 7 + len(used)))
            tmpl = layout(typ, opening, body, closing, random.Random(attempt * 13 + len(used)))
            cast.cache = {}
            cast.date_state = date0
            cast.rng = random.Random(rng.random())
            local_stats = []
            text, spans = render(tmpl, cast, local_stats)
            n = wc(text)
            if lo <= n <= hi:
                ok = True
                break
            if n > hi or fi >= len(filler):
                break
            used.append(filler[fi])
            fi += 1
        if not ok:
            continue
        if planted_mode and not spans:
            continue
        if planted_mode == "single" and len(spans) != 1:
            continue
        if planted_mode and not name_consistency_ok(text, spans):
            continue
        if not planted_mode and spans:
            raise AssertionError("clean template produced a span: " + tmpl)
        stats.extend(local_stats)
        return text, spans
    raise RuntimeError("could not build text %s %s" % (typ, bucket))


def make_institution(rng, i, tmpl):
    """Institution texts: placeholders {I1} {I2} ... filled from INSTITUTION_NAMES by kind."""
    out, spans, pos, last = [], [], 0, 0
    used = []
    cast = Cast(random.Random(rng.random()))
    for m in re.finditer(r"\{(school|daycare|ophold|foster|efter|any)\}|\[([A-Za-z0-9]+)\]", tmpl):
        lit = tmpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        if m.group(1):
            k = m.group(1)
            choices = [n for kk, n in INSTITUTION_NAMES if (k == "any" or kk == k) and n not in used]
            val = rng.choice(choices)
            used.append(val)
            spans.append({"kind": "institution", "text": val, "start": pos, "end": pos + len(val)})
        else:
            val, kind, _ = cast.render(m.group(2))
            assert kind is None, tmpl
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(tmpl[last:])
    return "".join(out), spans


def build():
    rng = random.Random(SEED)
    planted, clean, inst = [], [], []
    pstats, seen = [], set()
    meta = {"planted": [], "clean": []}
    for i in range(N_PLANTED):
        typ = TYPES[i % 5]
        bucket = (i // 5) % 3
        mode = "single" if i % 4 == 1 else "many"
        while True:
            text, spans = make_text(rng, typ, bucket, mode, pstats)
            if text not in seen:
                break
        seen.add(text)
        planted.append({"id": "blind8-p%03d" % (i + 1), "text": text, "planted": spans})
        meta["planted"].append((typ, bucket))
    for i in range(N_CLEAN):
        typ = TYPES[i % 5]
        bucket = (i // 5) % 3
        while True:
            text, spans = make_text(rng, typ, bucket, None, [])
            if text not in seen:
                break
        seen.add(text)
        clean.append({"id": "blind8-c%03d" % (i + 1), "text": text, "planted": []})
        meta["clean"].append((typ, bucket))
    templates = list(INSTITUTION_TEXTS)
    rng.shuffle(templates)
    for i in range(N_INST):
        text, spans = make_institution(rng, i, templates[i % len(templates)])
        assert text not in seen
        seen.add(text)
        inst.append({"id": "blind8-i%03d" % (i + 1), "text": text, "planted": spans})
    return planted, clean, inst, pstats, meta


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def verify(path, prefix, allowed, need_spans):
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            r = json.loads(line)
            assert list(r.keys()) == ["id", "text", "planted"], (path, ln)
            assert r["id"] == "blind8-%s%03d" % (prefix, ln), r["id"]
            t = r["text"]
            prev_end = -1
            for s in r["planted"]:
                assert set(s.keys()) == {"kind", "text", "start", "end"}, s
                assert s["kind"] in allowed, (r["id"], s)
                assert t[s["start"]:s["end"]] == s["text"], (r["id"], s)
                assert s["start"] >= prev_end, ("overlap/unsorted", r["id"], s)
                assert s["text"] == s["text"].strip() and s["text"], (r["id"], s)
                prev_end = s["end"]
            if need_spans:
                assert r["planted"], r["id"]
            else:
                assert r["planted"] == [] or allowed == ("institution",), r["id"]
            assert "[" not in t and "{" not in t, ("placeholder left", r["id"], t)
            rows.append(r)
    return rows


def main():
    planted, clean, inst, pstats, meta = build()
    files = [("planted.jsonl", planted), ("clean.jsonl", clean), ("institutions.jsonl", inst)]
    for name, rows in files:
        write(os.path.join(HERE, name), rows)
    P = verify(os.path.join(HERE, "planted.jsonl"), "p", PII_KINDS, True)
    C = verify(os.path.join(HERE, "clean.jsonl"), "c", (), False)
    I = verify(os.path.join(HERE, "institutions.jsonl"), "i", ("institution",), True)
    for r in C:
        assert r["planted"] == []
    assert len(P) >= 160 and len(C) >= 160 and len(I) >= 25
    # ---- report
    def count(rows):
        d = {}
        for r in rows:
            for s in r["planted"]:
                d[s["kind"]] = d.get(s["kind"], 0) + 1
        return dict(sorted(d.items()))

    def lengths(rows):
        b = [0, 0, 0, 0]
        for r in rows:
            n = wc(r["text"])
            b[0 if n <= 80 else 1 if n <= 150 else 2 if n <= 250 else 3] += 1
        return b

    print("planted:", len(P), "texts, spans per kind", count(P), "lengths", lengths(P))
    print("clean:", len(C), "texts, lengths", lengths(C))
    print("institutions:", len(I), "texts, spans", count(I), "lengths", lengths(I))
    fm = {}
    for k, f in pstats:
        if f:
            fm[(k, f)] = fm.get((k, f), 0) + 1
    for (k, f), n in sorted(fm.items()):
        print("  format %-8s %-34s %d" % (k, f, n))
    single = sum(1 for r in P if len(r["planted"]) == 1)
    print("planted texts with exactly one span:", single)
    by_type = {}
    for t, _ in meta["planted"]:
        by_type[t] = by_type.get(t, 0) + 1
    print("planted per type:", by_type)
    for name, _ in files:
        with open(os.path.join(HERE, name), "rb") as f:
            print("sha256", name, hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
