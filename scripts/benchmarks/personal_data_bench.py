"""Benchmark of the anonymization guard on the seeded corpus of personal_data_corpus.py.

    python scripts/benchmarks/personal_data_bench.py [--seed 1] [--planted 400] [--clean 400]
    python scripts/benchmarks/personal_data_bench.py --prose DIR_OR_FILE ...   # real text nobody wrote for the test
    python scripts/benchmarks/personal_data_bench.py --heldout scripts/benchmarks/personal_data_heldout

Prints recall per type, per format and per place, false positives per 10,000
words, the share of clean files refused, and words per second (best of three
runs, after the name list is loaded). A planted item counts as found when a
finding of its rule overlaps it (names: P606, or the P607 warning). With
--prose it scans other text files and prints flags per 10,000 words with a
short excerpt around each flag, for triage by hand.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from personal_data_corpus import generate  # noqa: E402

from praksis.personal_data import Allowlist, find  # noqa: E402
from praksis.personal_data.names import lexicon  # noqa: E402
from praksis.personal_data.rules import towns  # noqa: E402

CODES = {"cpr": {"P601"}, "phone": {"P602"}, "email": {"P603"}, "address": {"P604"}, "dob": {"P605"},
         "name": {"P606", "P607"}}
WARNINGS = ("P607",)  # P609 in clean prose is counted apart: a named school is warned of by design
TARGETS = {"cpr": 1.0, "phone": 1.0, "email": 1.0, "address": 0.98, "dob": 0.98, "name": 0.95}


def words(text: str) -> int:
    return len(text.split())


def scan_all(documents) -> tuple[list, float]:
    lexicon(), towns()  # load once, outside the timing
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        results = [find(doc.name, doc.text, Allowlist()) for doc in documents]
        best = min(best, time.perf_counter() - started)
    return results, best


def _found(item, located) -> bool:
    return any(l.finding.code in CODES[item.kind] and l.finding.start < item.end and item.start < l.finding.end
               for l in located)


def _as_error(item, located) -> bool:
    return any(l.finding.code == "P606" and l.finding.start < item.end and item.start < l.finding.end
               for l in located)


def report_recall(documents, results) -> None:
    by = defaultdict(lambda: [0, 0])
    names_as_errors = [0, 0]
    for doc, located in zip(documents, results):
        for item in doc.planted:
            hit = _found(item, located)
            for key in (("type", item.kind), ("format", f"{item.kind}/{item.fmt}"), ("place", item.place),
                        ("name tier", item.tier) if item.kind == "name" else ("", "")):
                by[key][0] += hit
                by[key][1] += 1
            if item.kind == "name":
                names_as_errors[0] += _as_error(item, located)
                names_as_errors[1] += 1
    for group in ("type", "format", "place", "name tier"):
        print(f"\nRecall per {group}:")
        for (g, key), (hit, total) in sorted(by.items()):
            if g == group:
                target = f"  (mål {TARGETS[key]:.2f})" if group == "type" else ""
                print(f"  {key:32} {hit / total:6.3f}  {hit:5}/{total:<5}{target}")
    print(f"\nNavne fundet som fejl (P606, ikke kun advarsel): {names_as_errors[0] / names_as_errors[1]:.3f}")


def report_false_positives(documents, results) -> None:
    false, refused_error, refused_any, clean_files = Counter(), 0, 0, 0
    total_words = sum(words(doc.text) for doc in documents)
    examples = []
    for doc, located in zip(documents, results):
        extra = [l for l in located if not any(
            l.finding.start < p.end and p.start < l.finding.end for p in doc.planted)]
        false.update(l.finding.code for l in extra)
        examples += [(doc.name, l.line, l.finding.code, l.raw) for l in extra[:2]]
        if doc.clean:
            clean_files += 1
            refused_error += any(l.finding.code != "P607" for l in located)
            refused_any += bool(located)
    n = sum(false.values())
    print(f"\nFalske fund: {n} på {total_words:,} ord = {n / total_words * 1e4:.2f} pr. 10.000 ord (mål ≤ 2) "
          f"{dict(false)}")
    print(f"Rene filer afvist: {refused_error}/{clean_files} ({refused_error / clean_files:.1%}) med fejl, "
          f"{refused_any}/{clean_files} ({refused_any / clean_files:.1%}) med fejl eller advarsel")
    for example in examples[:15]:
        print("  eksempel:", *example)


def benchmark(args) -> None:
    documents = generate(args.seed, args.planted, args.clean)
    results, seconds = scan_all(documents)
    total_words = sum(words(doc.text) for doc in documents)
    print(f"Korpus: {len(documents)} dokumenter ({args.planted} med plantede oplysninger, {args.clean} rene), "
          f"{total_words:,} ord, {sum(len(d.planted) for d in documents)} plantede oplysninger, seed {args.seed}")
    report_recall(documents, results)
    report_false_positives(documents, results)
    print(f"\nHastighed: {total_words / seconds:,.0f} ord pr. sekund (mål ≥ 300.000), {seconds:.3f} s")


def prose(paths: list[str], show: int) -> None:
    files = [f for p in map(Path, paths) for f in (sorted(p.rglob("*")) if p.is_dir() else [p]) if f.is_file()]
    texts = [(f, f.read_text("utf-8", errors="replace")) for f in files]
    lexicon(), towns()
    started = time.perf_counter()
    results = [(f, text, find(f.name, text, Allowlist())) for f, text in texts]
    seconds = time.perf_counter() - started
    total_words = sum(words(text) for _, text in texts)
    flags = Counter(l.finding.code for _, _, located in results for l in located)
    n = sum(flags.values())
    print(f"{len(files)} filer, {total_words:,} ord, {n} fund = {n / total_words * 1e4:.2f} pr. 10.000 ord "
          f"{dict(sorted(flags.items()))}, {total_words / seconds:,.0f} ord/s")
    shown = 0
    for f, text, located in results:
        for l in located:
            if shown < show:
                s = l.finding.start
                excerpt = text[max(0, s - 40):l.finding.end + 30].replace("\n", "⏎")
                print(f"  {l.finding.code} {l.raw!r:28} … {excerpt}")
                shown += 1


def shape(kind: str, value: str) -> str:
    """The format of a planted item: digits as d, letters as a ('dd.dd.dddd'); names by their words."""
    if kind == "name":
        parts = value.split()
        listed = all(part.strip("-").lower() in lexicon() for part in re.split(r"[\s-]+", value) if part)
        return f"{'one word' if len(parts) < 2 else 'several words'}, {'listed' if listed else 'in no list'}"
    if kind in ("email", "address"):
        return kind
    return re.sub(r"[^\W\d_]+", "a", re.sub(r"\d", "0", value)).replace("0", "d")


def corpus(folder: Path, label: str, show: int = 0) -> None:
    """A corpus in the JSONL format of personal_data_heldout/: figures per type and format; with show (the
    development corpus only), the misses and false alarms too. The held-out corpus is never shown."""
    import json

    def read(name: str) -> list[dict]:
        path = folder / name
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()] if path.is_file() else []

    planted, clean, institutions = read("planted.jsonl"), read("clean.jsonl"), read("institutions.jsonl")
    lexicon(), towns(), find("warm-up", "Mette Hansen (13.04.2015) fortæller.", Allowlist())
    started = time.perf_counter()
    scanned = [(doc, find(doc["id"], doc["text"], Allowlist())) for doc in planted + clean + institutions]
    seconds = time.perf_counter() - started
    hits, totals, errors_for_names = Counter(), Counter(), 0
    misses = []
    for doc, located in scanned[:len(planted)]:
        for item in doc["planted"]:
            overlapping = [l for l in located if l.finding.start < item["end"] and item["start"] < l.finding.end]
            found = any(l.finding.code in CODES[item["kind"]] for l in overlapping)
            for key in (item["kind"], (item["kind"], shape(item["kind"], item["text"]))):
                totals[key] += 1
                hits[key] += found
            errors_for_names += item["kind"] == "name" and any(l.finding.code == "P606" for l in overlapping)
            if not found:
                misses.append((doc, item))
    clean_scans = scanned[len(planted):len(planted) + len(clean)]
    clean_words = sum(words(doc["text"]) for doc, _ in clean_scans)
    found = Counter(l.finding.code for _, located in clean_scans for l in located)
    named_places = found.pop("P609", 0)  # a named school in clean prose is flagged by design: its own line
    warnings = sum(found.pop(code, 0) for code in WARNINGS)
    all_words = sum(words(doc["text"]) for doc, _ in scanned)
    print(f"{label} {folder}: {len(planted)} planted paragraphs ({sum(totals[k] for k in CODES)} items), "
          f"{len(clean)} clean ({clean_words:,} words), {len(institutions)} naming an institution")
    for kind in CODES:
        if totals[kind]:
            print(f"  recall {kind:8} {hits[kind] / totals[kind]:6.3f}  {hits[kind]:4}/{totals[kind]:<4} "
                  f"(target {TARGETS[kind]:.2f})")
            for key in sorted(k for k in totals if isinstance(k, tuple) and k[0] == kind):
                print(f"      {key[1]:24} {hits[key] / totals[key]:6.3f}  {hits[key]:4}/{totals[key]:<4}")
    if totals["name"]:
        print(f"  names found as errors (P606): {errors_for_names / totals['name']:.3f}")
    print(f"  clean paragraphs: {sum(found.values())} errors = {sum(found.values()) / clean_words * 1e4:.2f} per "
          f"10,000 words (target <= 2) {dict(sorted(found.items()))}; {warnings} warnings = "
          f"{warnings / clean_words * 1e4:.2f} per 10,000 words (target <= 5)"
          + (f"; {named_places} named institutions (P609, warned of by design)" if named_places else ""))
    institution_scans = scanned[len(planted) + len(clean):]
    named = sum(any(l.finding.code == "P609" for l in located) for _, located in institution_scans)
    as_names = sum(any(l.finding.code in ("P606", "P607") for l in located) for _, located in institution_scans)
    print(f"  paragraphs naming an institution: {named}/{len(institutions)} found as P609, {as_names} with a name finding")
    print(f"  speed: {all_words / seconds:,.0f} words per second (in process, word lists loaded)")
    if show:
        for doc, item in misses[:show]:
            s, e = item["start"], item["end"]
            print(f"  MISS {item['kind']:7} {doc['text'][max(0, s - 50):s]!r} [[{item['text']}]] {doc['text'][e:e + 30]!r}")
        shown = 0
        for doc, located in clean_scans + scanned[:len(planted)]:
            for l in located:
                if not any(l.finding.start < i["end"] and i["start"] < l.finding.end for i in doc["planted"]) \
                        and shown < show:
                    shown += 1
                    s = l.finding.start
                    print(f"  FALSE {l.finding.code} {doc['text'][max(0, s - 50):s]!r} [[{l.raw}]] "
                          f"{doc['text'][l.finding.end:l.finding.end + 30]!r}")


def speed(folders: list[str], runs: int = 3) -> None:
    """Words per second of the scan on one core, in process (word lists and engine made before timing): with
    the compiled engines and with the pure-Python fallback, on each corpus given (a JSONL corpus folder, its
    paragraphs as files; or a knowledge base's folder, its Markdown files)."""
    import json

    from praksis.personal_data import anchors, name_list, prepare

    automaton = name_list._automaton
    for folder in map(Path, folders):
        if (folder / "planted.jsonl").is_file():
            texts = [json.loads(line)["text"] for name in ("planted.jsonl", "clean.jsonl", "institutions.jsonl")
                     if (folder / name).is_file() for line in (folder / name).read_text("utf-8").splitlines()
                     if line.strip()]
        else:
            texts = [p.read_text("utf-8") for p in sorted(folder.rglob("*.md"))]
        total = sum(words(text) for text in texts)
        figures = []
        for label in ("compiled", "pure Python"):
            if label == "pure Python":
                anchors._ENGINE = anchors._Pure()
                name_list._automaton = lambda: None
            prepare()
            best = float("inf")
            for _ in range(runs):
                started = time.perf_counter()
                for text in texts:
                    find("x.md", text, Allowlist())
                best = min(best, time.perf_counter() - started)
            figures.append(f"{label} {total / best:,.0f} words/s")
        anchors._ENGINE, name_list._automaton = None, automaton
        print(f"{folder}: {len(texts):,} files, {total:,} words ({total / len(texts):,.0f} a file): "
              + ", ".join(figures) + f" (best of {runs})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--planted", type=int, default=400)
    parser.add_argument("--clean", type=int, default=400)
    parser.add_argument("--prose", nargs="+", help="scan these text files or folders instead")
    parser.add_argument("--show", type=int, default=200, help="excerpts to print with --prose")
    parser.add_argument("--heldout", help="the folder of the corpus written blind (figures only)")
    parser.add_argument("--dev", help="the folder of the development corpus (figures, and --show misses)")
    parser.add_argument("--speed", nargs="+", help="words per second, compiled and pure Python, on these corpora")
    args = parser.parse_args()
    if args.speed:
        speed(args.speed)
    elif args.heldout:
        corpus(Path(args.heldout), "Held-out corpus")
    elif args.dev:
        corpus(Path(args.dev), "Development corpus", args.show if "--show" in sys.argv else 0)
    elif args.prose:
        prose(args.prose, args.show)
    else:
        benchmark(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
