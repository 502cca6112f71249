"""Seeded generator of a realistic praksis knowledge base at any size.

    python scripts/benchmarks/kb_generator.py --entries 500 --seed 1 --out /tmp/kb500

The knowledge base holds the shipped content (15 principles, 7 cases, 5
meetings, the hand-written guides and mkdocs.yml), so the hand-written pages'
links resolve and the Danish query set can be run against it, plus generated
entries up to the requested total, in a mix of about 45 % principles, 40 %
cases and 15 % meeting records.

Generated text draws on the shipped Danish content: its sentences, its sentence
openings and its words ranked by frequency, extended by inflected forms and
compounds, sampled with a Zipf-like (Zipf-Mandelbrot) distribution. Page
lengths follow a log-normal distribution around the shipped pages' lengths.
Every reference is valid: ids exist, taxonomy keys come from the data files,
decided dates equal the meeting's date, supersedes chains run from older to
newer (no cycles) and adopted principles point only to principles in force,
so the result passes `praksis check --strict`. Cases use role pseudonyms
(Barn A, Mor, Far ...), ages and relative time only, never dates or names.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
if str(REPO / "scripts") not in sys.path:
    sys.path.insert(0, str(REPO / "scripts"))  # works without `pip install -e .`

from praksis.anchors import anchors, heading_text, slugify  # noqa: E402
from praksis.danish import danish_date  # noqa: E402
from praksis.schema import KINDS  # noqa: E402
from praksis.taxonomy import load_taxonomies, slug  # noqa: E402

MIX = {"principle": 0.45, "case": 0.40, "meeting": 0.15}
MARKER = ".kb-generator"  # marks a folder this script may replace
FIRST_DAY, LAST_DAY = date(2019, 1, 7), date(2026, 11, 13)  # meetings fall in this range
REVIEW_YEARS = (2030, 2034)  # review dates stay in the future for years to come (no today: determinism)

# ---- vocabulary -------------------------------------------------------------

WORD = re.compile(r"[A-Za-zÆØÅæøåÉé]+(?:-[A-Za-zÆØÅæøåÉé]+)*")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"])")
MONTHS = ("januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december")
DATE_LIKE = re.compile(rf"\b(?:19|20)\d\d\b|\b(?:{MONTHS})\b", re.IGNORECASE)
CLEAN = [
    (re.compile(r"\[\[[^\]|]+\|([^\]]+)\]\]"), r"\1"),  # [[id|text]] -> text
    (re.compile(r"\s*\(?\[\[[^\]]+\]\]\)?"), ""),  # [[id]] and ([[id]]) -> nothing
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](url) -> text
    (re.compile(r"`[^`]*`"), ""),
    (re.compile(r"\*\*|__|<[^>]+>"), ""),
    (re.compile(r"^\s*(?:[-*]|\d+\.)\s+"), ""),  # list markers
]
ZIPF_S, ZIPF_Q = 1.15, 2.7  # Zipf-Mandelbrot: weight of rank r is 1 / (r + q) ** s
DERIVED_TYPES = 40_000  # inflected forms and compounds added behind the shipped words
REAL_SENTENCE_SHARE = 0.35  # share of sentences taken whole from the shipped content


@dataclass
class Vocabulary:
    words: list[str]  # by rank, most frequent first
    cum_weights: list[float]
    starters: list[str]  # sentence openings as written in the shipped content
    starter_weights: list[float]
    sentences: list[str]  # whole shipped sentences without ids, links or dates

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum_weights, k=k)

    def starter(self, rng: random.Random) -> str:
        return rng.choices(self.starters, weights=self.starter_weights)[0]


def shipped_texts(repo: Path = REPO) -> list[str]:
    files = sorted((repo / "docs").rglob("*.md")) + sorted((repo / "cases_anonymized").glob("*.md"))
    return [_body(path.read_text("utf-8")) for path in files]


def _body(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            return text[end + 4:]
    return text


def _prose_lines(text: str) -> list[str]:
    lines, fenced = [], False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced or line.lstrip().startswith(("#", "|", "<!--", "!!!", "{")) or not line.strip():
            continue
        for pattern, replacement in CLEAN:
            line = pattern.sub(replacement, line)
        lines.append(line.strip())
    return lines


def _sentences(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        for line in _prose_lines(text):
            found += [s.strip() for s in SENTENCE_END.split(line) if s.strip()]
    return found


def _token(word: str) -> str | None:
    if len(word) == 1 and word.lower() != "i":
        return None
    return word if word.isupper() and len(word) > 1 else word.lower()


@lru_cache(maxsize=2)
def build_vocabulary(repo: Path = REPO) -> Vocabulary:
    """The vocabulary depends on the shipped content only, never on the seed."""
    sentences = _sentences(shipped_texts(repo))
    counts: dict[str, int] = {}
    starters: dict[str, int] = {}
    for sentence in sentences:
        words = WORD.findall(sentence)
        if words and words[0][0].isupper():
            starters[words[0]] = starters.get(words[0], 0) + 1
        for word in words:
            token = _token(word)
            if token and not DATE_LIKE.fullmatch(token):  # month names stay out: cases never carry dates
                counts[token] = counts.get(token, 0) + 1
    head = sorted(counts, key=lambda w: (-counts[w], w))
    words = head + derived_forms(head, DERIVED_TYPES)
    cum = list(itertools.accumulate(1.0 / (rank + ZIPF_Q) ** ZIPF_S for rank in range(1, len(words) + 1)))
    starter_list = sorted(starters, key=lambda w: (-starters[w], w))
    real = [s for s in sentences if _usable_sentence(s)]
    return Vocabulary(words, cum, starter_list, [starters[w] for w in starter_list], real)


def _usable_sentence(sentence: str) -> bool:
    words = WORD.findall(sentence)
    return (5 <= len(words) <= 40 and sentence[-1] in ".!?" and not DATE_LIKE.search(sentence)
            and not re.search(r"[\[\]`|*_]|\d{3,}", sentence))


_LINKING = ("ing", "hed", "else", "ion", "skab", "tet", "dom", "sel")  # first parts that take a linking -s-
FUNCTION_WORDS = 100  # the most frequent words are function words, never compound parts
# Nouns of the field, beyond those the small shipped text shows in inflected form.
EXTRA_NOUNS = ("skole", "samtale", "plan", "indsats", "frist", "behandling", "familie", "pleje", "trivsel",
               "udvikling", "ressource", "bekymring", "vurdering", "støtte", "kontakt", "anbringelse",
               "undersøgelse", "underretning", "afgørelse", "leder", "rådgiver", "psykolog", "læge",
               "institution", "aflastning", "konflikt", "økonomi", "bolig", "sundhed", "adfærd", "rettighed",
               "klage", "høring", "indsigt", "dokumentation", "journal", "handling", "sparring", "forælder")
EXTRA_NEUTER = ("møde", "netværk", "tilsyn", "fravær", "samvær", "sprog", "notat", "misbrug", "samtykke",
                "dagtilbud", "forløb", "skift", "ophold", "hjem", "team", "referat", "forslag", "mål")
NOT_NOUNS = {"samme", "hvilke", "vide", "love", "orde", "request", "bruge", "aftal", "deltag", "lede", "tide",
             "veje", "brug", "side", "part", "start", "skyld", "ting", "børn", "medarbejdere", "fare"}


def is_neuter(noun: str, known: set[str]) -> bool:
    if noun in EXTRA_NEUTER:
        return True
    if noun.endswith("e"):
        return noun + "t" in known and noun + "n" not in known
    return noun + "et" in known and noun + "en" not in known


def noun_forms(noun: str, neuter: bool) -> list[str]:
    """Definite, plural and genitive forms: samtale -> samtalen, samtaler, samtalerne, samtalens."""
    if noun.endswith("e"):
        definite = noun + ("t" if neuter else "n")
        return [definite, noun + "r", noun + "rne", definite + "s", noun + "s"]
    definite = noun + ("et" if neuter else "en")
    return [definite, noun + "er", noun + "erne", definite + "s", noun + "s"]


def compound(first: str, second: str) -> str:
    """Join two nouns the Danish way: skole + fravær, undersøgelse + s + frist."""
    link = "s" if first.endswith(_LINKING) else ""
    return first + link + second


def noun_bases(head: list[str]) -> list[str]:
    """Content words the shipped text also uses in a common-gender definite or definite plural form.

    Those endings (-en, -erne) are a noun's own; -er and -et are also verb forms.
    """
    known = set(head)
    bases = []
    for word in head[FUNCTION_WORDS:]:
        if word in NOT_NOUNS or not (word.isalpha() and word.islower() and 4 <= len(word) <= 12):
            continue
        suffixes = ("n", "rne") if word.endswith("e") else ("en", "erne", "ene")
        if any(word + suffix in known for suffix in suffixes):
            bases.append(word)
    return list(dict.fromkeys(bases + list(EXTRA_NOUNS) + list(EXTRA_NEUTER)))


def derived_forms(head: list[str], limit: int) -> list[str]:
    """Inflected forms of the shipped nouns and noun compounds with their forms, in a fixed order."""
    rng = random.Random(20261123)  # fixed: the vocabulary must not depend on the seed
    known = set(head)
    bases = noun_bases(head)
    forms = [f for noun in bases for f in noun_forms(noun, is_neuter(noun, known))]
    while len(forms) < limit * 2 and len(bases) > 1:
        first, second = rng.sample(bases, 2)
        made = compound(first, second)
        forms.append(made)
        forms += rng.sample(noun_forms(made, is_neuter(second, known)), rng.choice((0, 1, 2)))
    unique = list(dict.fromkeys(f for f in forms if f not in known))
    rng.shuffle(unique)
    return unique[:limit]


# ---- text -------------------------------------------------------------------

ROLES_CHILD = ["Barn A", "Barn B", "Barn C", "Barn D", "Barn E"]
ROLES_ADULT = ["Mor", "Far", "Stedfar", "Stedmor", "Mormor", "Morfar", "Farmor", "Farfar", "Moster",
               "Faster", "Plejemor", "Plejefar"]
ROLES_STAFF = ["Faglig koordinator", "Teamleder", "Afdelingsleder", "Sagsbehandler", "Skolelærer",
               "Sundhedsplejerske", "Familiebehandler", "Kontaktperson"]


def random_sentence(rng: random.Random, vocab: Vocabulary) -> str:
    if rng.random() < REAL_SENTENCE_SHARE:
        return rng.choice(vocab.sentences)
    length = max(3, int(rng.lognormvariate(math.log(11), 0.4)))
    words = [vocab.starter(rng)] + vocab.sample(rng, length)
    if length > 8 and rng.random() < 0.5:
        cut = rng.randrange(3, length - 2)
        words[cut] += ","
    return " ".join(words) + "."


def paragraph(rng: random.Random, vocab: Vocabulary, words: int, extra: list[str] = ()) -> str:
    """Sentences up to about `words` words; `extra` sentences (links) are mixed in."""
    sentences, count = [], 0
    while count < words:
        sentence = random_sentence(rng, vocab)
        sentences.append(sentence)
        count += len(sentence.split())
    for sentence in extra:
        sentences.insert(rng.randrange(len(sentences) + 1), sentence)
    return " ".join(sentences)


def bullets(rng: random.Random, vocab: Vocabulary, items: int) -> str:
    return "\n".join(f"- {random_sentence(rng, vocab)}" for _ in range(items))


def split_words(rng: random.Random, total: int, parts: int) -> list[int]:
    weights = [rng.uniform(0.6, 1.4) for _ in range(parts)]
    return [max(20, int(total * w / sum(weights))) for w in weights]


def page_words(rng: random.Random, median: int) -> int:
    return max(80, int(rng.lognormvariate(math.log(median), 0.35)))


# ---- hand-written pages ---------------------------------------------------------

@lru_cache(maxsize=2)
def handwritten_anchors(repo: Path = REPO) -> list[tuple[str, str, str]]:
    """(page, anchor, heading text) for the level-2 headings of the hand-written guides."""
    found = []
    for path in sorted((repo / "docs").glob("*.md")):
        page = path.read_text("utf-8")
        valid, seen = anchors(page), set()
        for line in page.split("\n"):
            if line.startswith("## ") and "{" not in line:
                text = heading_text(line[3:])
                anchor = slugify(text)
                if anchor in valid and anchor not in seen:
                    seen.add(anchor)
                    found.append((path.name, anchor, text))
    return found


def guide_link(rng: random.Random, repo: Path = REPO) -> str:
    page, anchor, text = rng.choice(handwritten_anchors(repo))
    return f"Se også [{text.lower()}](../{page}#{anchor}) i {_GUIDE_NAMES.get(page, 'vejledningen')}."


_GUIDE_NAMES = {"sparringsmodel.md": "sparringsmodellen", "ordliste.md": "ordlisten",
                "brug.md": "vejledningen til vidensbasen", "bidrag.md": "vejledningen om ændringer",
                "ny-medarbejder.md": "vejledningen for nye medarbejdere", "index.md": "forsiden"}


# ---- the plan: ids, dates, statuses and relations ---------------------------------

@dataclass
class Meeting:
    id: str
    day: date
    forum: str
    team: str  # a meeting record names no case (rule R314): a dated record would make the family findable
    decisions: list[str] = field(default_factory=list)


@dataclass
class Principle:
    id: str
    status: str
    meeting: Meeting | None
    supersedes: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    cases: list[str] = field(default_factory=list)  # cases that name this principle


@dataclass
class Case:
    id: str
    principles: list[str]
    age: int


@dataclass
class Supervision:
    id: str
    day: date
    principles: list[str]


@dataclass
class Shipped:
    """What the generated entries need to know about the shipped ones."""
    principles: dict[str, str]  # id -> status
    cases: list[str]
    meetings: list[str]
    supervisions: list[str] = field(default_factory=list)


@dataclass
class Plan:
    meetings: list[Meeting]
    principles: list[Principle]
    cases: list[Case]
    shipped: Shipped
    supervisions: list[Supervision] = field(default_factory=list)

    def live_principles(self) -> list[str]:
        """Principles in force or proposed: the only ones an adopted principle may point to."""
        shipped = [p for p, status in self.shipped.principles.items() if status in ("adopted", "proposed")]
        return shipped + [p.id for p in self.principles if p.status in ("adopted", "proposed")]

    def all_principles(self) -> list[str]:
        return list(self.shipped.principles) + [p.id for p in self.principles]


TEAMS = [("oest", "Team Øst"), ("vest", "Team Vest"), ("nord", "Team Nord"), ("syd", "Team Syd"),
         ("unge", "Ungeteamet"), ("handicap", "Handicapteamet"), ("modtagelse", "Modtageteamet")]
FORUM_WEIGHTS = {"teammoede": 70, "faglige-sparringsteam": 12, "leder-til-leder": 8,
                 "leder-til-sagsbehandler": 4, "ledelsestilsyn": 6}
DECIDING_FORUMS = ("teammoede", "faglige-sparringsteam", "leder-til-leder")


def read_shipped(repo: Path = REPO) -> Shipped:
    def meta(path: Path) -> dict:
        text = path.read_text("utf-8")
        return yaml.safe_load(text[4:text.find("\n---", 4)]) or {}
    principles = {m["id"]: m.get("status", "proposed")
                  for m in map(meta, sorted((repo / "docs" / "principper").glob("P-*.md")))}
    cases = [meta(p)["id"] for p in sorted((repo / "cases_anonymized").glob("C-*.md"))]
    meetings = [meta(p)["id"] for p in sorted((repo / "docs" / "moeder").glob("M-*.md"))]
    supervisions = [meta(p)["id"] for p in sorted((repo / "docs" / "tilsyn").glob("L-*.md"))]
    return Shipped(principles, cases, meetings, supervisions)


SUPERVISION_SHARE = 0.004  # ledelsestilsyn records, taken from the meetings' share when the schema has them


def counts_for(entries: int, shipped: Shipped) -> dict[str, int]:
    """Generated entries per kind, so that shipped + generated follow MIX."""
    principles = round(entries * MIX["principle"])
    cases = round(entries * MIX["case"])
    supervisions = round(entries * SUPERVISION_SHARE) if "supervision" in KINDS else 0
    supervisions = max(supervisions, len(shipped.supervisions))
    totals = {"principle": principles, "case": cases, "meeting": entries - principles - cases - supervisions,
              "supervision": supervisions}
    have = {"principle": len(shipped.principles), "case": len(shipped.cases), "meeting": len(shipped.meetings),
            "supervision": len(shipped.supervisions)}
    if any(totals[k] < have[k] for k in totals):
        minimum = math.ceil(max(have[k] / MIX[k] for k in MIX))
        raise ValueError(f"At least {minimum} entries are needed to hold the shipped content.")
    return {k: totals[k] - have[k] for k in totals}


def plan_meetings(rng: random.Random, count: int, shipped: Shipped) -> list[Meeting]:
    first = min(FIRST_DAY, LAST_DAY - timedelta(weeks=count // 4))  # room for many more ids than needed
    days = (LAST_DAY - first).days
    taken, meetings = set(shipped.meetings), []
    forums = list(FORUM_WEIGHTS)
    while len(meetings) < count:
        day = first + timedelta(days=rng.randrange(days))
        day += timedelta(days=rng.choice((1, 2, 3)) - day.weekday())  # Tuesday to Thursday
        forum = rng.choices(forums, weights=list(FORUM_WEIGHTS.values()))[0]
        suffix, team = _team(rng, forum)
        meeting_id = f"M-{day.isoformat()}-{suffix}"
        if meeting_id not in taken:
            taken.add(meeting_id)
            meetings.append(Meeting(meeting_id, day, forum, team))
    return sorted(meetings, key=lambda m: (m.day, m.id))


def _team(rng: random.Random, forum: str) -> tuple[str, str]:
    if forum in ("teammoede", "faglige-sparringsteam", "leder-til-sagsbehandler"):
        return rng.choice(TEAMS)
    return forum, "Ledergruppen i Børn og Unge"


def plan_principles(rng: random.Random, count: int, meetings: list[Meeting], first: int) -> list[Principle]:
    """Decided principles in date order, then proposals; ids follow that order."""
    deciding = [m for m in meetings if m.forum in DECIDING_FORUMS] or meetings
    proposed = round(count * 0.10) if deciding else count
    chosen = sorted((rng.choice(deciding) for _ in range(count - proposed)), key=lambda m: (m.day, m.id))
    principles = [Principle(f"P-{first + i:04d}", "adopted", m) for i, m in enumerate(chosen)]
    principles += [Principle(f"P-{first + len(chosen) + i:04d}", "proposed", None) for i in range(proposed)]
    for principle in principles:
        if principle.meeting:
            principle.meeting.decisions.append(principle.id)
    _supersede(rng, [p for p in principles if p.meeting])
    for principle in rng.sample(principles, len(principles) // 25):
        if principle.status == "adopted" and principle.meeting and not principle.supersedes:
            principle.status = "retired"
    return principles


def _supersede(rng: random.Random, decided: list[Principle]) -> None:
    """Chains old -> newer -> newest, each link to a strictly later meeting date: no cycles."""
    pool = decided[:]
    rng.shuffle(pool)
    target, done = len(decided) * 0.09, 0
    while done < target and len(pool) >= 3:
        chain = sorted((pool.pop() for _ in range(rng.choice((2, 2, 3)))), key=lambda p: p.meeting.day)
        if len({p.meeting.day for p in chain}) < len(chain):
            continue
        for older, newer in zip(chain, chain[1:]):
            older.status = "superseded"
            newer.supersedes.append(older.id)
            done += 1


def plan_cases(rng: random.Random, count: int, first: int, principles: list[str]) -> list[Case]:
    cases = []
    for i in range(count):
        chosen = rng.sample(principles, min(len(principles), rng.choice((1, 1, 2, 2, 3))))
        cases.append(Case(f"C-{first + i:04d}", sorted(chosen), rng.randint(0, 17)))
    return cases


def plan_relations(rng: random.Random, plan: Plan) -> None:
    live = plan.live_principles()
    by_id = {p.id: p for p in plan.principles}
    for case in plan.cases:
        for principle_id in case.principles:
            if principle_id in by_id:
                by_id[principle_id].cases.append(case.id)
    for principle in plan.principles:
        candidates = rng.sample(live, min(len(live), 4))
        principle.related = [p for p in candidates if p != principle.id][: rng.choice((0, 1, 1, 2, 3))]


def plan_supervisions(rng: random.Random, count: int, shipped: Shipped, principles: list[str]) -> list[Supervision]:
    """About four a year, numbered within their year after any shipped ones."""
    taken = set(shipped.supervisions)
    per_year: dict[int, int] = {}
    found = []
    for _ in range(count):
        day = LAST_DAY - timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
        number = per_year.get(day.year, 0) + 1
        while f"L-{day.year}-{number:02d}" in taken:
            number += 1
        if number > 99:
            continue
        per_year[day.year] = number
        taken.add(f"L-{day.year}-{number:02d}")
        found.append(Supervision(f"L-{day.year}-{number:02d}", day, rng.sample(principles, min(2, len(principles)))))
    return found


def make_plan(rng: random.Random, entries: int, shipped: Shipped) -> Plan:
    counts = counts_for(entries, shipped)
    meetings = plan_meetings(rng, counts["meeting"], shipped)
    first_p = max(int(p[2:]) for p in shipped.principles) + 1
    principles = plan_principles(rng, counts["principle"], meetings, first_p)
    first_c = max(int(c[2:]) for c in shipped.cases) + 1
    plan = Plan(meetings, principles, [], shipped)
    plan.cases = plan_cases(rng, counts["case"], first_c, plan.all_principles())
    plan_relations(rng, plan)
    plan.supervisions = plan_supervisions(rng, counts["supervision"], shipped, plan.all_principles())
    return plan


# ---- titles and summaries -----------------------------------------------------------

SUBJECTS = ["Sagsejer", "Den faglige koordinator", "Teamet", "Teamlederen", "Myndighedsrådgiveren",
            "Sagsbehandleren", "Lederen", "Det faglige sparringsteam", "Den nye medarbejder"]
VERBS = ["medbringer", "gennemgår", "drøfter", "dokumenterer", "vurderer", "inddrager", "beskriver",
         "følger op på", "tager stilling til", "deler", "afklarer", "prioriterer", "præsenterer"]
OBJECTS = [
    ("referatet af børnesamtalen", "børnesamtale"), ("underretningen", "underretning"),
    ("sikkerhedsplanen", "sikkerhedsplan"), ("genogrammet", "genogram"), ("tidslinjen", "tidslinje"),
    ("barnets plan", "barnets-plan"), ("den børnefaglige undersøgelse", "børnefaglig-undersøgelse"),
    ("statusudtalelsen fra skolen", "statusudtalelse"), ("økokortet", "økokort"),
    ("netværksmødet", "netværksmøde"), ("fristen for undersøgelsen", "frist"),
    ("barnets perspektiv", "barnets-perspektiv"), ("forældrenes ressourcer", "ressourcer"),
    ("samværet", "samvær"), ("anbringelsen", "anbringelse"), ("partshøringen", "partshøring"),
    ("screeningen", "screening"), ("afdækningen", "afdækning"), ("bekymringen", "bekymring"),
    ("handleplanen", "handleplan"), ("netværkets ressourcer", "netværk"), ("skolefraværet", "skolefravær"),
    ("de tre huse", "de-tre-huse"), ("sikkerhedsmålene", "signs-of-safety"), ("ICS-trekanten", "ics"),
    ("fundene fra ledelsestilsynet", "ledelsestilsyn"), ("de støttende indsatser", "støttende-indsats"),
    ("overdragelsen af sagen", "overdragelse"), ("bisidderen", "bisidder"), ("samtykket", "samtykke"),
]
QUALIFIERS = ["før teammødet", "inden for 24 timer", "ved sikkerhedsbekymring", "i refleksionsrunden",
              "med barnets egne ord", "ved hver sparring", "før en afgørelse", "sammen med netværket",
              "når sagen skifter sagsbehandler", "ved overdragelse mellem teams", "i den første samtale",
              "senest efter fire måneder", "ved principielle sager", "på mødet leder til leder",
              "ved vold i hjemmet", "når barnet er fyldt 10 år", "ved skolefravær",
              "ved anbringelse uden for hjemmet", "i ideerunden", "skriftligt", ""]
CHILDREN = [("Spædbarn", "et spædbarn", 0, 1), ("Barn", "et barn", 2, 12), ("Dreng", "en dreng", 4, 14),
            ("Pige", "en pige", 4, 14), ("Ung", "en ung", 14, 17)]
PROBLEMS = ["med stigende skolefravær", "med udadreagerende adfærd", "i klemme mellem forældrene",
            "med bekymring for mors psykiske helbred", "i netværkspleje hos mormor", "med misbrug i familien",
            "med selvskadende adfærd", "i en familie med truende udsættelse", "der ikke vil tale med os",
            "anbragt uden for hjemmet", "med mange skift i dagtilbud", "med vold i hjemmet",
            "hvor far ønsker mere samvær", "med kriminalitet i omgangskredsen", "med behov for aflastning",
            "med bekymrende fravær fra dagtilbuddet", "med konflikter mellem plejefamilie og forældre"]
CONCERNS = ["skolen er bekymret for trivslen", "dagtilbuddet har sendt en underretning",
            "forældrene er uenige om, hvad der skal ske", "netværket vil gerne hjælpe",
            "fristen for undersøgelsen nærmer sig", "sagen rejste et principielt spørgsmål",
            "barnet har selv bedt om hjælp", "sundhedsplejersken er bekymret for udviklingen"]
TAGS = ["sparring", "teammøde", "inddragelse", "netværk", "frist", "anbringelse", "samvær", "skolefravær",
        "underretning", "børnesamtale", "sikkerhed", "dokumentation", "overdragelse", "principiel-sag"]


def principle_title(rng: random.Random) -> tuple[str, str]:
    obj, tag = rng.choice(OBJECTS)
    words = [rng.choice(SUBJECTS), rng.choice(VERBS), obj, rng.choice(QUALIFIERS)]
    return " ".join(w for w in words if w), tag


def case_title(rng: random.Random, age: int) -> tuple[str, str, str]:
    label, phrase, _, _ = next((c for c in CHILDREN if c[2] <= age <= c[3]), CHILDREN[1])
    problem = rng.choice(PROBLEMS)
    return f"{label} på {age} år {problem}", phrase, problem


def _predicate(problem: str) -> str:
    if problem.startswith("med "):
        return "har " + problem[4:]
    if problem.startswith(("der ", "hvor ")):
        return "i en sag, " + problem
    return "er " + problem


# ---- structured case data: family (genogram), timeline ----------------------------------

ICS_SIDES = ("barnets-udvikling", "foraeldrekompetencer", "familie-og-netvaerk")
COUPLES = ("married", "couple", "separated", "divorced")
TIMELINE_TEXTS = {
    "underretning": ["Skolen sender en underretning om bekymring for trivslen.",
                     "Dagtilbuddet underretter om bekymrende fravær.",
                     "Politiet underretter efter en episode i hjemmet."],
    "screening": ["Underretningen screenes inden for 24 timer; ingen akut fare."],
    "afdaekning": ["Afdækning af barnets behov med samtaler med forældrene."],
    "boernefaglig-undersoegelse": ["Den børnefaglige undersøgelse påbegyndes.",
                                   "Den børnefaglige undersøgelse afsluttes inden for fristen."],
    "samtale-med-barnet": ["Samtale med barnet på skolen med de tre huse.",
                           "Samtale med barnet alene, uden forældrene."],
    "netvaerksmoede": ["Netværksmøde med familie og netværk om en sikkerhedsplan."],
    "barnets-plan": ["Barnets plan udarbejdes med mål formuleret sammen med barnet."],
    "tidligt-forebyggende-indsats": ["Familien tilbydes et tidligt forebyggende forløb."],
    "stoettende-indsats": ["Familiebehandling iværksættes som støttende indsats."],
    "anbringelse": ["Barnet anbringes i netværkspleje med forældrenes samtykke."],
    "sparring": ["Sagen drøftes på teammødet efter sparringsmodellen."],
    "opfoelgning": ["Opfølgning på barnets plan med skole og forældre."],
    "haendelse": ["Forældrene går fra hinanden, og barnet flytter med mor.",
                  "Familien flytter til en mindre bolig."],
}


def family_block(rng: random.Random, age: int) -> Block:
    """A genogram family of role pseudonyms with ages only: the child, parents, maybe more."""
    mother_age = age + rng.randint(20, 38)
    persons = [("barn-a", "Barn A", rng.choice("mf"), age, True), ("mor", "Mor", "f", mother_age, False),
               ("far", "Far", "m", mother_age + rng.randint(-3, 8), False)]
    relations = [f"{{type: {rng.choice(COUPLES)}, between: [mor, far]}}",
                 "{type: parent, parent: mor, child: barn-a}", "{type: parent, parent: far, child: barn-a}"]
    household = ["barn-a", "mor"]
    if rng.random() < 0.5:
        persons.append(("barn-b", "Barn B", rng.choice("mf"), rng.randint(0, max(0, mother_age - 20)), False))
        relations += ["{type: parent, parent: mor, child: barn-b}"]
        household.append("barn-b")
    if rng.random() < 0.4:
        persons.append(("mormor", "Mormor", "f", mother_age + rng.randint(20, 30), False))
        relations.append("{type: parent, parent: mormor, child: mor}")
        if rng.random() < 0.5:
            relations.append(f"{{type: {rng.choice(('close', 'conflictual'))}, between: [mormor, barn-a]}}")
    lines = ["persons:"] + [_person(*p) for p in persons] + ["relations:"] + [f"  - {r}" for r in relations]
    return Block(lines + [f"household: {flow(household)}"])


def _person(person_id: str, role: str, sex: str, age: int, focus: bool) -> str:
    return f"  - {{id: {person_id}, role: {role}, sex: {sex}, age: {age}{', focus: true' if focus else ''}}}"


def timeline_block(rng: random.Random, age: int) -> Block:
    """Events in relative time: the child's age first, then weeks and months of the case."""
    kinds = list(TIMELINE_TEXTS)
    events = [(f"{a} år", "haendelse") for a in sorted({rng.randint(0, age) for _ in range(rng.randint(0, 2))})]
    events.append(("Uge 0", "underretning"))
    weeks = sorted(rng.sample(range(1, 16), rng.randint(1, 4)))
    events += [(f"Uge {w}", rng.choice(kinds[1:])) for w in weeks]
    events += [(f"Måned {m}", rng.choice(kinds[4:])) for m in sorted(rng.sample(range(4, 13), rng.randint(0, 2)))]
    return Block(f"- {{when: {when}, kind: {kind}, text: {quoted(rng.choice(TIMELINE_TEXTS[kind]))}}}"
                 for when, kind in events)


# ---- entries ------------------------------------------------------------------------

def flow(values: list[str]) -> str:
    return "[" + ", ".join(values) + "]"


class Block(list):
    """Lines of YAML written as they are, indented under their key."""


def quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def front_matter(fields: list[tuple[str, object]]) -> str:
    lines = ["---"]
    for key, value in fields:
        if isinstance(value, Block):
            lines.append(f"{key}:")
            lines += [f"  {line}" for line in value]
        elif isinstance(value, dict):
            lines.append(f"{key}:")
            lines += [f"  {k}: {v}" for k, v in value.items()]
        elif isinstance(value, list):
            lines.append(f"{key}: {flow(value)}")
        elif isinstance(value, str) and key in ("title", "summary", "team", "owner"):
            lines.append(f"{key}: {quoted(value)}")
        else:
            lines.append(f"{key}: {value}")
    return "\n".join(lines + ["---", ""])


class Writer:
    """Writes the planned entries as Markdown files with front matter and Danish bodies."""

    def __init__(self, rng: random.Random, vocab: Vocabulary, plan: Plan, taxonomies: dict):
        self.rng, self.vocab, self.plan = rng, vocab, plan
        self.keys = {name: list(t.items) for name, t in taxonomies.items()}
        self.live = plan.live_principles()
        self.words = 0

    def pick(self, taxonomy: str, low: int, high: int) -> list[str]:
        keys = self.keys[taxonomy]
        return self.rng.sample(keys, min(len(keys), self.rng.randint(low, high)))

    def link(self, entry_id: str) -> str:
        if self.rng.random() < 0.2:
            return f"[[{entry_id}|{self.rng.choice(['dette princip', 'sagen', 'referatet', 'her'])}]]"
        return f"[[{entry_id}]]"

    def para(self, words: int, extra: list[str] = ()) -> str:
        text = paragraph(self.rng, self.vocab, words, list(extra))
        self.words += len(text.split())
        return text

    def bullet_list(self, items: int) -> str:
        text = bullets(self.rng, self.vocab, items)
        self.words += len(text.split())
        return text

    # -- principles
    def principle(self, p: Principle) -> tuple[str, str]:
        title, tag = principle_title(self.rng)
        summary = paragraph(self.rng, self.vocab, 18).split(". ")[0].rstrip(".") + "."
        fields = [("id", p.id), ("title", title), ("summary", summary), ("status", p.status)]
        if p.meeting:
            fields += [("decided", p.meeting.day.isoformat()), ("meeting", p.meeting.id)]
        fields += [("ics", self.pick("ics", 0, 2)), ("methods", self.pick("methods", 0, 2)),
                   ("legal", self.pick("legal", 0, 3))]
        if p.cases and self.rng.random() < 0.1:
            fields.append(("cases", p.cases[:1]))
        fields += [("related", p.related), ("supersedes", p.supersedes)]
        if p.status in ("adopted", "proposed"):
            fields.append(("review_by", self._review_date().isoformat()))
        fields += [("owner", self.rng.choice(ROLES_STAFF[:3])), ("tags", [tag, self.rng.choice(TAGS)])]
        if p.status == "adopted" and self.rng.random() < 0.03:
            fields.append(("onboarding", "true"))
        return title, front_matter(fields) + self.principle_body(p)

    def _review_date(self) -> date:
        start, end = date(REVIEW_YEARS[0], 1, 1), date(REVIEW_YEARS[1], 12, 31)
        return start + timedelta(days=self.rng.randrange((end - start).days))

    def principle_body(self, p: Principle) -> str:
        total = page_words(self.rng, 260)
        parts = split_words(self.rng, total, 4)
        links = [f"Se {self.link(i)}." for i in self._principle_links(p)]
        if p.supersedes:
            links.append(f"Princippet erstatter {', '.join(f'[[{i}]]' for i in p.supersedes)}.")
        if self.rng.random() < 0.15:
            links.append(guide_link(self.rng))
        sections = [
            f"## Baggrund\n\n{self.para(parts[0], links[:1])}",
            f"## Det gør vi\n\n{self.bullet_list(max(2, parts[1] // 15))}",
            f"## Sådan gør du i praksis\n\n{self.para(parts[2], links[1:])}",
            f"## Hvorfor\n\n{self.para(parts[3])}",
        ]
        return "\n\n".join(sections) + "\n"

    def _principle_links(self, p: Principle) -> list[str]:
        targets = [i for i in self.rng.sample(self.live, min(len(self.live), 2)) if i != p.id]
        targets += p.cases[: self.rng.choice((0, 1, 2))]
        if p.meeting and self.rng.random() < 0.3:
            targets.append(p.meeting.id)
        return targets[: self.rng.choice((1, 2, 3, 4))]

    # -- cases
    def case(self, c: Case) -> tuple[str, str]:
        title, phrase, problem = case_title(self.rng, c.age)
        summary = f"{phrase.capitalize()} på {c.age} år {_predicate(problem)}, og {self.rng.choice(CONCERNS)}."
        anonymized = {"by": self.rng.choice(ROLES_STAFF[:3]), "date": self._anonymized_date().isoformat()}
        fields = [("id", c.id), ("title", title), ("summary", summary), ("ics", self.pick("ics", 1, 3)),
                  ("methods", self.pick("methods", 0, 3)), ("documents", self.pick("documents", 1, 4)),
                  ("principles", c.principles), ("anonymized", anonymized),
                  ("tags", [self.rng.choice(TAGS), self.rng.choice(TAGS)])]
        views = self.case_views(c)
        shown = {key for key, _ in views}
        return title, front_matter(fields + views) + self.case_body(c, shown)

    def case_views(self, c: Case) -> list[tuple[str, object]]:
        """The structured case data the schema knows (family, timeline ...), on most cases."""
        rng, known = self.rng, {f.name for f in KINDS["case"].fields}
        views = []
        if "family" in known and rng.random() < 0.7:
            views.append(("family", family_block(rng, c.age)))
        if "timeline" in known and rng.random() < 0.8:
            views.append(("timeline", timeline_block(rng, c.age)))
        if "ics_view" in known and rng.random() < 0.5:
            views.append(("ics_view", Block(f"{side}: {self.sentences(1, 2)}" for side in ICS_SIDES)))
        if "signs_of_safety" in known and rng.random() < 0.4:
            views.append(("signs_of_safety", Block([f"worries: {self.sentences(1, 3)}",
                                                    f"working_well: {self.sentences(1, 3)}",
                                                    f"next_steps: {self.sentences(1, 3)}",
                                                    f"scaling: {rng.randint(0, 10)}"])))
        if "learning" in known and rng.random() < 0.1:
            views.append(("learning", Block([f"- {quoted(random_sentence(rng, self.vocab))}"])))
        return views

    def sentences(self, low: int, high: int) -> str:
        found = [quoted(random_sentence(self.rng, self.vocab)) for _ in range(self.rng.randint(low, high))]
        return flow(found)

    def _anonymized_date(self) -> date:
        return LAST_DAY - timedelta(days=self.rng.randrange((LAST_DAY - FIRST_DAY).days))

    def case_body(self, c: Case, shown: set[str]) -> str:
        """Family and timeline are written in the body only where the front matter has none."""
        parts = split_words(self.rng, page_words(self.rng, 220), 4)
        links = [f"Teamet drøftede sagen ud fra {self.link(p)}." for p in c.principles]
        if self.rng.random() < 0.1:
            links.append(guide_link(self.rng))
        sections = [f"## Situationen\n\n{self.para(parts[0])}"]
        if "family" not in shown:
            sections.append(f"## Familien\n\n{self.family(c.age)}")
        if "timeline" not in shown:
            sections.append(f"## Tidslinje\n\n{self.timeline(c.age)}")
        sections += [
            f"## Spørgsmålet til sparring\n\n{self.question(parts[1])}",
            f"## Drøftelsen\n\n{self.para(parts[2], links)}",
            f"## Hvad teamet besluttede\n\n{self.para(parts[3])}",
        ]
        return "\n\n".join(sections) + "\n"

    def question(self, words: int) -> str:
        text = self.para(words)
        return f"Jeg ønsker sparring på, {text[0].lower()}{text[1:]}"

    def family(self, age: int) -> str:
        lines = [f"- Barn A, {age} år"]
        for i in range(self.rng.choice((0, 0, 1, 2))):
            lines.append(f"- {ROLES_CHILD[i + 1]}, {self.rng.randint(0, 17)} år, søskende")
        for role in self.rng.sample(ROLES_ADULT, self.rng.randint(1, 4)):
            lines.append(f"- {role}")
        return "\n".join(lines)

    def timeline(self, age: int) -> str:
        points = sorted({self.rng.randint(0, age) for _ in range(self.rng.randint(2, 5))})
        lines = [f"- Barn A {a} år: {random_sentence(self.rng, self.vocab)}" for a in points]
        lines += [f"- Uge {w}: {random_sentence(self.rng, self.vocab)}"
                  for w in sorted(self.rng.sample(range(1, 20), self.rng.randint(1, 3)))]
        self.words += sum(len(line.split()) for line in lines)
        return "\n".join(lines)

    # -- meetings
    def meeting(self, m: Meeting) -> tuple[str, str]:
        fields = [("id", m.id)]
        title = None
        if self.rng.random() < 0.5:
            forum = self.keys_label("forums", m.forum)
            title = f"{forum} {danish_date(m.day)}, {m.team}"
            fields.append(("title", title))
        fields += [("date", m.day.isoformat()), ("forum", m.forum), ("team", m.team),
                   ("decisions", m.decisions)]
        return title or m.id, front_matter(fields) + self.meeting_body(m)

    def keys_label(self, taxonomy: str, key: str) -> str:
        return _labels()[taxonomy][key]

    def meeting_body(self, m: Meeting) -> str:
        parts = split_words(self.rng, page_words(self.rng, 90), 3)
        agenda = "\n".join(f"{i}. {random_sentence(self.rng, self.vocab)}" for i in range(1, self.rng.randint(3, 5)))
        cases = self.para(20)  # the principle questions the discussions raised, never the cases themselves
        decisions = "\n".join(f"- [[{p}]] {random_sentence(self.rng, self.vocab)}" for p in m.decisions)
        sections = [f"## Dagsorden\n\n{agenda}", f"## Sagsdrøftelser\n\n{cases}",
                    f"## Principielle spørgsmål\n\n{self.para(parts[0])}\n\n{self.para(parts[1])}",
                    f"## Beslutninger\n\n{decisions or 'Ingen principielle beslutninger.'}"]
        return "\n\n".join(sections) + "\n"


SUPERVISION_THEMES = ["Referater af samtaler med barnet mangler eller er korte", "Fristen for den børnefaglige "
                      "undersøgelse overskrides ved skift af sagsbehandler", "Barnets plan er ikke opdateret",
                      "Netværket inddrages sent", "Partshøring er ikke dokumenteret",
                      "Underretninger vurderes ikke altid inden for 24 timer"]


def supervision_entry(writer: "Writer", s: Supervision) -> tuple[str, str]:
    rng = writer.rng
    themes = rng.sample(SUPERVISION_THEMES, rng.randint(1, 3))
    title = f"Ledelsestilsyn: {themes[0].lower()}"
    fields = [("id", s.id), ("title", title), ("summary", random_sentence(rng, writer.vocab)),
              ("date", s.day.isoformat()), ("themes", Block(f"- {quoted(t)}" for t in themes)),
              ("principles", s.principles)]
    links = [f"Tilsynet førte til [[{p}]]." for p in s.principles]
    body = (f"## Hvad vi så\n\n{writer.para(page_words(rng, 120))}\n\n"
            f"## Hvad vi gør nu\n\n{writer.para(page_words(rng, 80), links)}\n")
    return title, front_matter(fields) + body


@lru_cache(maxsize=1)
def _labels() -> dict[str, dict[str, str]]:
    return {name: {k: item.label for k, item in t.items.items()} for name, t in load_taxonomies().items()}


# ---- writing the knowledge base ---------------------------------------------------------

@dataclass
class Stats:
    entries: int
    principles: int
    cases: int
    meetings: int
    supervisions: int  # ledelsestilsyn records, when the schema has them
    shipped: int  # shipped entries included in the counts above
    statuses: dict[str, int]
    words: int  # words in the bodies of generated entries
    files: int
    bytes: int


def prepare(root: Path) -> None:
    if root.exists() and any(root.iterdir()) and not (root / MARKER).exists():
        raise FileExistsError(f"{root} exists and was not made by this generator; choose an empty folder.")
    if root.exists():
        shutil.rmtree(root)
    (root / "docs" / "principper").mkdir(parents=True)
    (root / "docs" / "moeder").mkdir(parents=True)
    (root / "cases_anonymized").mkdir(parents=True)
    (root / "docs" / "tilsyn").mkdir(parents=True)
    (root / MARKER).write_text("Written by scripts/benchmarks/kb_generator.py; replaced on the next run.\n")


def copy_shipped(root: Path, repo: Path = REPO) -> None:
    """mkdocs.yml, every file under docs/ (guides, entries, images), the shipped cases and data/."""
    shutil.copy2(repo / "mkdocs.yml", root / "mkdocs.yml")
    hidden = shutil.ignore_patterns(".*")
    shutil.copytree(repo / "docs", root / "docs", ignore=hidden, dirs_exist_ok=True)
    shutil.copytree(repo / "cases_anonymized", root / "cases_anonymized", ignore=hidden, dirs_exist_ok=True)
    if (repo / "data").is_dir():  # the synonyms the search uses
        shutil.copytree(repo / "data", root / "data", ignore=hidden, dirs_exist_ok=True)


def file_name(entry_id: str, title: str) -> str:
    text = slug(title)[:60].rstrip("-")
    return f"{entry_id}-{text or 'opslag'}.md"


def generate(root: Path, entries: int, seed: int) -> Stats:
    """Write a knowledge base of `entries` entries (shipped ones included) to root."""
    root = Path(root)
    rng = random.Random(seed)
    vocab, shipped = build_vocabulary(REPO), read_shipped(REPO)
    plan = make_plan(rng, entries, shipped)
    prepare(root)
    copy_shipped(root)
    writer = Writer(rng, vocab, plan, load_taxonomies())
    for p in plan.principles:
        title, text = writer.principle(p)
        (root / "docs" / "principper" / file_name(p.id, title)).write_text(text, "utf-8")
    for c in plan.cases:
        title, text = writer.case(c)
        (root / "cases_anonymized" / file_name(c.id, title)).write_text(text, "utf-8")
    for m in plan.meetings:
        _, text = writer.meeting(m)
        (root / "docs" / "moeder" / f"{m.id}.md").write_text(text, "utf-8")
    for s in plan.supervisions:
        title, text = supervision_entry(writer, s)
        (root / "docs" / "tilsyn" / file_name(s.id, title)).write_text(text, "utf-8")
    return _stats(root, plan, writer.words)


def _stats(root: Path, plan: Plan, words: int) -> Stats:
    shipped = plan.shipped
    statuses: dict[str, int] = {}
    for status in [*shipped.principles.values(), *(p.status for p in plan.principles)]:
        statuses[status] = statuses.get(status, 0) + 1
    files = [p for p in root.rglob("*") if p.is_file()]
    principles = len(shipped.principles) + len(plan.principles)
    cases = len(shipped.cases) + len(plan.cases)
    meetings = len(shipped.meetings) + len(plan.meetings)
    supervisions = len(shipped.supervisions) + len(plan.supervisions)
    return Stats(principles + cases + meetings + supervisions, principles, cases, meetings, supervisions,
                 len(shipped.principles) + len(shipped.cases) + len(shipped.meetings) + len(shipped.supervisions),
                 dict(sorted(statuses.items())), words, len(files), sum(p.stat().st_size for p in files))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=500, help="entries in all, shipped ones included")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="folder to write (replaced if made by this script)")
    args = parser.parse_args(argv)
    stats = generate(Path(args.out), args.entries, args.seed)
    print(json.dumps(stats.__dict__, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
