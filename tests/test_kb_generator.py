"""Specification of the benchmark's knowledge-base generator.

A generated knowledge base must be one `praksis check --strict` accepts
without a single diagnostic, the same for the same seed, in the requested mix
of principles, cases and meetings, and free of personal data.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))  # works without `pip install -e .`

from benchmarks import kb_generator  # noqa: E402
from benchmarks.kb_generator import MIX, generate  # noqa: E402
from praksis.checks import check_root  # noqa: E402

from conftest import TODAY  # noqa: E402

ENTRIES = 120
ISO_DATE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    root = tmp_path_factory.mktemp("generated") / "kb"
    return root, generate(root, ENTRIES, seed=7)


def files(root: Path) -> dict[str, bytes]:
    """Every file the generator wrote; the check's result cache is not its output."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".praksis_cache" not in p.parts}


def body(path: Path) -> str:
    text = path.read_text("utf-8")
    return text[text.index("\n---\n", 4) + 5:]


def test_a_generated_knowledge_base_passes_every_check(generated):
    root, _ = generated
    _, _, diagnostics = check_root(root, TODAY)
    assert diagnostics == []


def test_it_is_a_complete_site_with_the_shipped_pages(generated):
    root, _ = generated
    assert (root / "mkdocs.yml").read_text("utf-8") == (REPO / "mkdocs.yml").read_text("utf-8")
    for page in ("index.md", "ordliste.md", "sparringsmodel.md"):
        assert (root / "docs" / page).is_file()


def test_the_same_seed_gives_the_same_files_and_another_seed_others(generated, tmp_path):
    root, _ = generated
    generate(tmp_path / "again", ENTRIES, seed=7)
    generate(tmp_path / "other", ENTRIES, seed=8)
    assert files(tmp_path / "again") == files(root)
    assert files(tmp_path / "other") != files(root)


def test_the_mix_is_about_45_40_15(generated):
    root, stats = generated
    principles = len(list((root / "docs" / "principper").glob("P-*.md")))
    cases = len(list((root / "cases_anonymized").glob("C-*.md")))
    meetings = len(list((root / "docs" / "moeder").glob("M-*.md")))
    supervisions = len(list((root / "docs" / "tilsyn").glob("L-*.md"))) if (root / "docs" / "tilsyn").is_dir() else 0
    assert (principles, cases, meetings, supervisions) == (
        stats.principles, stats.cases, stats.meetings, stats.supervisions)
    assert principles + cases + meetings + supervisions == ENTRIES
    assert abs(principles - ENTRIES * MIX["principle"]) <= 1
    assert abs(cases - ENTRIES * MIX["case"]) <= 1
    assert abs(meetings + supervisions - ENTRIES * MIX["meeting"]) <= 2


def test_it_has_supersedes_chains_links_in_text_and_anchored_links_to_guides(generated):
    root, stats = generated
    assert stats.statuses.get("superseded", 0) > 1  # the shipped P-0013 and generated ones
    shipped = {p.name for p in (REPO / "docs" / "principper").glob("P-*.md")}
    generated_texts = [p.read_text("utf-8") for p in sorted((root / "docs" / "principper").glob("P-*.md"))
                       if p.name not in shipped]
    assert any("supersedes: [P-" in t for t in generated_texts)
    assert any(re.search(r"\[\[(P|C|M)-[^\]]+\]\]", t) for t in generated_texts)
    assert any(re.search(r"\]\(\.\./[a-z-]+\.md#[^)]+\)", t) for t in generated_texts)


def test_cases_use_roles_and_ages_never_dates_in_their_text(generated):
    root, _ = generated
    for path in sorted((root / "cases_anonymized").glob("C-*.md")):
        assert not ISO_DATE.search(body(path)), path.name
        front = path.read_text("utf-8").split("\n---\n", 1)[0]
        dated = [line for line in front.splitlines() if ISO_DATE.search(line)]
        assert all(line.strip().startswith("date:") for line in dated), dated  # anonymized.date only
    summaries = " ".join(p.read_text("utf-8") for p in (root / "cases_anonymized").glob("C-00[2-9]*.md"))
    assert re.search(r"\bpå \d+ år\b", summaries)


def test_the_personal_data_guard_finds_nothing(generated):
    root, _ = generated
    try:
        import praksis.personal_data  # noqa: F401
    except ImportError:
        pytest.skip("the personal-data guard is not part of this version")
    result = subprocess.run([sys.executable, "-m", "praksis.personal_data", "scan", "--root", str(root)],
                            capture_output=True, text=True, cwd=root,
                            env={"PYTHONPATH": str(REPO / "scripts"), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stdout + result.stderr


def test_too_few_entries_for_the_shipped_content_is_refused(tmp_path):
    with pytest.raises(ValueError, match="At least"):
        generate(tmp_path / "tiny", 20, seed=1)


def test_a_folder_it_did_not_write_is_never_replaced(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.md").write_text("keep me")
    with pytest.raises(FileExistsError):
        generate(tmp_path / "mine", 60, seed=1)
    assert (tmp_path / "mine" / "notes.md").read_text() == "keep me"


def test_the_vocabulary_has_inflected_forms_and_compounds():
    assert kb_generator.noun_forms("samtale", neuter=False)[:3] == ["samtalen", "samtaler", "samtalerne"]
    assert kb_generator.noun_forms("møde", neuter=True)[0] == "mødet"
    assert kb_generator.compound("undersøgelse", "frist") == "undersøgelsesfrist"
    assert kb_generator.compound("skole", "fravær") == "skolefravær"
    vocab = kb_generator.build_vocabulary()
    assert vocab.words[0] in {"og", "i", "at", "en"}  # Zipf: function words lead
    assert len(vocab.words) > 20_000
    assert vocab.cum_weights == sorted(vocab.cum_weights)
