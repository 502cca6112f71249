"""The compiled engines (Hyperscan, ahocorasick-rs) and the pure-Python fallback give the same findings."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from praksis.personal_data import Allowlist, anchors, find, name_list

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts" / "benchmarks"))

hyperscan = pytest.importorskip("hyperscan")
pytest.importorskip("ahocorasick_rs")


def corpus_texts() -> list[str]:
    from personal_data_corpus import generate

    texts = [doc.text for doc in generate(3, 120, 80)]
    for folder in ("personal_data_dev", "personal_data_dev2", "personal_data_heldout", "personal_data_blind3",
                   "personal_data_blind4", "personal_data_blind5", "personal_data_blind6", "personal_data_blind7",
                   "personal_data_blind8", "personal_data_blind9", "personal_data_blind10", "personal_data_blind11",
                   "personal_data_blind12", "personal_data_blind13", "personal_data_blind14",
                   "personal_data_blind15", "personal_data_blind16", "personal_data_blind17", "personal_data_blind18",
                   "personal_data_blind19", "personal_data_blind20", "personal_data_blind21", "personal_data_blind22",
                   "personal_data_blind23", "personal_data_blind24", "personal_data_blind25",
                   "personal_data_blind26", "personal_data_blind27", "personal_data_blind28",
                   "personal_data_blind29", "personal_data_blind30", "personal_data_blind31",
                   "personal_data_blind32", "personal_data_blind33", "personal_data_blind34",
                   "personal_data_blind35", "personal_data_blind36",
                   "personal_data_blind37", "personal_data_blind39", "personal_data_blind40",
                   "personal_data_blind38", "personal_data_blind41", "personal_data_blind43",
                   "personal_data_blind44", "personal_data_blind45", "personal_data_blind42",
                   "personal_data_blind46", "personal_data_blind47", "personal_data_blind48",
                   "personal_data_blind49", "personal_data_blind50", "personal_data_blind51"):
        for name in ("planted.jsonl", "clean.jsonl", "institutions.jsonl"):
            path = REPO / "scripts" / "benchmarks" / folder / name
            lines = path.read_text("utf-8").splitlines() if path.is_file() else []
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    texts += [p.read_text("utf-8") for folder in ("docs", "cases_anonymized") for p in (REPO / folder).rglob("*.md")]
    return texts


def findings(texts: list[str]) -> list[list[tuple]]:
    return [[(one.finding.code, one.finding.start, one.finding.end, one.finding.masked)
             for one in find("x.md", text, Allowlist())] for text in texts]


def test_hyperscan_and_python_find_the_same(monkeypatch):
    texts = corpus_texts()
    assert len(texts) > 2500
    monkeypatch.setattr(anchors, "_ENGINE", anchors._Hyperscan(hyperscan))
    compiled = findings(texts)
    monkeypatch.setattr(anchors, "_ENGINE", anchors._Pure())
    monkeypatch.setattr(name_list, "_automaton", lambda: None)
    assert findings(texts) == compiled
    assert sum(map(len, compiled)) > 1000  # the corpora hold plenty to find


def test_each_kind_of_anchor_is_found_by_both_engines_in_the_same_places():
    text = ("Kære Ujarak\nMor, tlf. 22 33 44 55, bor på Byvej nr. 12, 2300 København S, e-mail a@b.dk, tel:+4522334455.\n"
            "Født 3.3.2015. Deltagere: AB, GL. Far bor på 30 Mill Road. Arjun (2014-02-18) og Barn A (7 år) går på Solbakkeskolen og i Børnehaven Mariehønen; Bakkely Skole.\n"
            "Moster bor på Storgatan 14, 211 41 Malmö, Sverige. Far bor i 700 Klaksvík.\nHej ujarak\nMed venlig hilsen\nNivikka\n&#45; \\- **12**34 Sagsbehandler Qivioq; storesøster, Ellie Lund, som\nAnmelder: nishtiman mirani\n"
            "Tlf. toogtyve fireoghalvtreds tretten sytten, cpr l81110-9429. Jordemoder hb oplyser, at morfar, km, ringer.\n"
            "05.04.2025 19.35 aa: skrev til lil.x2 på Snapchat.")
    projected = anchors.project(text).decode("latin-1")
    compiled, pure = anchors._Hyperscan(hyperscan).scan(projected), anchors._Pure().scan(projected)
    assert compiled.words == pure.words
    for kind in anchors.PATTERNS:
        assert pure.ends[kind], kind  # every kind occurs in the text above
        if kind == "number":
            assert compiled.runs(text) == pure.runs(text)
        elif kind in anchors.REACH:
            assert compiled.windows(text, kind) == pure.windows(text, kind), kind
        else:
            assert sorted(set(compiled.ends[kind])) == sorted(set(pure.ends[kind])), kind


def test_an_anchor_at_the_texts_very_start_is_found_by_both_engines():
    text = "Adressen er Bakkevej 3, 2. th, Ringe."
    projected = anchors.project(text).decode("latin-1")
    compiled, pure = anchors._Hyperscan(hyperscan).scan(projected), anchors._Pure().scan(projected)
    assert compiled.windows(text, "home") == pure.windows(text, "home") == [(0, len(text))]


def test_the_projection_keeps_every_offset():
    text = "Şêrko – ﬁ ٣ ‐ \u200b Łukasz æøå"
    assert len(anchors.project(text)) == len(text)
    assert anchors.project("Ł-ł٣\u200b\u2013") == b"A-a0\x01-"


def test_the_kept_database_is_loaded_and_finds_what_a_fresh_compile_finds(tmp_path, monkeypatch):
    kept = tmp_path / "anchors.kept.hsdb"
    monkeypatch.setattr(anchors, "_stored_database", lambda *args: kept)
    loads = []
    real_load = anchors._load
    monkeypatch.setattr(anchors, "_load", lambda *args: loads.append(1) or real_load(*args))
    compiled = anchors._Hyperscan(hyperscan)
    assert kept.is_file() and loads == []
    loaded = anchors._Hyperscan(hyperscan)
    assert loads == [1] and loaded.database is not compiled.database
    projected = [anchors.project(text).decode("latin-1") for text in corpus_texts()[:400]]
    for text in projected:
        one, other = compiled.scan(text), loaded.scan(text)
        assert (one.ends, one.words) == (other.ends, other.words)


def test_a_damaged_kept_database_is_compiled_again_and_replaced(tmp_path, monkeypatch):
    kept = tmp_path / "anchors.kept.hsdb"
    kept.write_bytes(b"not a database")
    monkeypatch.setattr(anchors, "_stored_database", lambda *args: kept)
    engine = anchors._Hyperscan(hyperscan)
    assert engine.scan(anchors.project("tlf. 22 33 44 55").decode("latin-1")).ends["number"]
    assert kept.read_bytes() != b"not a database"
    assert anchors._load(hyperscan, kept) is not None


def test_the_kept_database_is_named_for_everything_that_made_it():
    name = anchors._stored_database(hyperscan, [b"a"], [0])
    assert name.parent.name == "__pycache__" and name.suffix == ".hsdb"
    assert len({name, anchors._stored_database(hyperscan, [b"b"], [0]),
                anchors._stored_database(hyperscan, [b"a"], [1])}) == 3
    assert anchors._stored_database(hyperscan, [b"a"], [0]) == name


def test_the_patterns_are_the_same_text_in_every_process():
    """Else each process would compile and keep a database of its own."""
    import os
    import subprocess

    probe = "from praksis.personal_data import anchors; print(sorted(anchors.PATTERNS.items()), anchors.WORD)"
    texts = {subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(texts) == 1 and "fort[æÆ]ller" in next(iter(texts))  # a context word, both cases of its æ


@pytest.mark.parametrize("text, names", [
    # an export's key ('"navn": "', '<navn>'); a numbered label ('Forælder 1: '); not another key or a numbered item
    ('{"rolle": "farfar", "navn": "Frej Vinter"}\n<barn><navn>Liam Thompson</navn></barn>\n"status": "Aktiv"',
     ["Frej", "Liam"]),
    ("Forælder 1: ZEBARI LINH\nBarn 2: Anna\nPunkt 3: Status", ["ZEBARI", "Anna"]),
])
def test_a_context_anchor_before_a_capital_is_the_same_in_both_engines(text, names):
    projected = anchors.project(text).decode("latin-1")
    compiled, pure = anchors._Hyperscan(hyperscan).scan(projected), anchors._Pure().scan(projected)
    at = [text.index(name) + 1 for name in names]
    assert sorted(set(compiled.ends["context"])) == sorted(set(pure.ends["context"])) == at
