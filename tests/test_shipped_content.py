"""The knowledge base this repository ships is complete and passes every check."""

from __future__ import annotations

from conftest import REPO
from praksis.checks import check_root
from praksis.diagnostics import fails


def shipped():
    return check_root(REPO, use_cache=False)  # a test never writes into the repository


def shipped_run():
    from praksis.pipeline import Options, run

    return run(REPO, Options(use_cache=False))


def test_shipped_content_passes_check_strict():
    _, _, diagnostics = shipped()
    assert not fails(diagnostics, strict=True), "\n".join(
        f"{d.path}:{d.line}: {d.code} {d.message}" for d in diagnostics)


def test_shipped_content_has_the_promised_breadth():
    result = shipped_run()
    kb = result.kb
    principles, cases, meetings = (kb.of_kind(k) for k in ("principle", "case", "meeting"))
    assert len(principles) >= 12 and len(cases) >= 6 and len(meetings) >= 3
    assert all(result.relations.principles_of.get(case.id) for case in cases), "every case links to a principle"
    sides = {item.parent or item.key for case in cases for item in kb.resolve_keys("ics", case.values("ics"))}
    assert sides == {"barnets-udvikling", "foraeldrekompetencer", "familie-og-netvaerk"}
    adopted = [p for p in principles if p.meta.get("status") == "adopted"]
    assert all(p.meta.get("decided") and p.meta.get("meeting") for p in adopted)
    assert any(p.meta.get("onboarding") for p in adopted)


def test_shipped_hand_written_pages_exist():
    _, site, _ = shipped()
    uris = {page.uri for page in site.pages}
    assert {"index.md", "brug.md", "sparringsmodel.md", "ny-medarbejder.md", "ordliste.md", "bidrag.md"} <= uris
