"""The case as the team sees it: timeline, ICS view, Signs of Safety, learning, ledelsestilsyn, meeting sheet."""

from __future__ import annotations

import pytest

from praksis.sparring import SparringModelError, load_model

C1 = "cases_anonymized/C-0001-skolefravaer.md"

VIEWS = """\
timeline:
  - {when: Uge 0, kind: underretning, text: Skolen underretter om fravær.}
  - {when: Uge 2, kind: samtale-med-barnet, text: Samtale med Barn A på skolen.}
  - {when: Måned 3, kind: opfoelgning, text: Fraværet er faldet.}
ics_view:
  barnets-udvikling: [Fagligt stærk, Træt og indesluttet]
  foraeldrekompetencer: [Mor søger selv hjælp]
signs_of_safety:
  worries: [Barn A passer på Mor]
  working_well: [Mormor hjælper]
  next_steps: [Netværksmøde inden for to uger]
  scaling: 4
learning:
  - Fristen for undersøgelsen blev overskredet, fordi ingen fulgte op.
"""


@pytest.fixture
def views(kb):
    kb.edit(C1, "anonymized:", VIEWS + "anonymized:")
    return kb


def case_page(kb) -> str:
    _, site, _ = kb.check()
    return site.markdown_by_uri()["sager/C-0001-skolefravaer.md"]


def test_case_views_pass_the_checks(views):
    _, _, diagnostics = views.check()
    assert diagnostics == []


def test_timeline_renders_in_order_with_kind_labels(views):
    page = case_page(views)
    assert "## Tidslinje" in page
    first, second = page.index("Uge 0"), page.index("Uge 2")
    assert first < second < page.index("Måned 3")
    assert '<span class="praksis-timeline__kind">Samtale med barnet</span>' in page


def test_ics_view_renders_the_triangle_and_three_columns(views):
    page = case_page(views)
    assert page.count("<svg") == 1 and "<title id=" in page and "ICS-trekanten" in page
    assert "Barnets udvikling: 2 iagttagelser." in page and "Familie og netværk: 0 iagttagelser." in page
    assert page.count('class="praksis-column"') == 3 and "Intet noteret." in page


def test_signs_of_safety_renders_three_columns_and_the_scale(views):
    page = case_page(views)
    for title in ("Hvad er vi bekymrede for?", "Hvad virker godt?", "Hvad skal der ske?"):
        assert title in page
    assert "4 af 10" in page and page.count("praksis-scale__step--on") == 5


def test_learning_case_is_gathered_on_the_learning_page(views):
    _, site, _ = views.check()
    pages = site.markdown_by_uri()
    assert "Læringssag" in pages["sager/C-0001-skolefravaer.md"]
    assert "Fristen for undersøgelsen blev overskredet" in pages["laering/index.md"]
    assert '<a href="../sager/C-0001-skolefravaer/">Læs sagen</a>' in pages["laering/index.md"]


@pytest.mark.parametrize("when", ["14. marts", "2026-03-14", "14/3-2026", "marts 2026", "Uge 3 i 2025"])
def test_a_real_date_in_the_timeline_is_an_error_at_its_line(views, when):
    views.edit(C1, "{when: Uge 2,", f"{{when: '{when}',")
    _, _, diagnostics = views.check()
    assert [(d.code, d.path, d.line) for d in diagnostics] == [("T712", C1, 11)]


def test_a_date_in_the_timeline_text_is_an_error(views):
    views.edit(C1, "Fraværet er faldet.", "Fraværet faldt efter 1. april.")
    _, _, diagnostics = views.check()
    assert [(d.code, d.line) for d in diagnostics] == [("T712", 12)]


@pytest.mark.parametrize("when", ["Uge 0", "uge 12", "Måned 3", "Dag 2", "7 år", "Barn A er 7 år", "Uge 1-2"])
def test_relative_times_are_accepted(views, when):
    views.edit(C1, "{when: Uge 2,", f"{{when: '{when}',")
    _, _, diagnostics = views.check()
    assert diagnostics == []


def test_vague_time_is_not_relative(views):
    views.edit(C1, "{when: Uge 2,", "{when: Lidt senere,")
    _, _, diagnostics = views.check()
    assert [(d.code, d.line) for d in diagnostics] == [("T711", 11)]


def test_unknown_event_kind_and_bad_scaling_are_reported(views):
    views.edit(C1, "kind: opfoelgning", "kind: kaffe")
    views.edit(C1, "scaling: 4", "scaling: 12")
    _, _, diagnostics = views.check()
    assert {(d.code, d.line) for d in diagnostics} == {("R311", 12), ("M208", 20)}


def test_unknown_key_in_a_group_names_the_group(views):
    views.edit(C1, "  worries:", "  worry:")
    _, _, diagnostics = views.check()
    (d,) = diagnostics
    assert (d.code, d.line) == ("M206", 17) and "signs_of_safety.worry" in d.message and "worries" in d.hint


def test_supervision_record_links_to_principles_and_is_listed(kb):
    kb.write("docs/tilsyn/L-2026-01-referater.md", """\
---
id: L-2026-01
title: Referater af samtaler med barnet mangler
summary: Gennemgangen viste, at referater ofte manglede.
date: 2026-05-12
themes: [Referater mangler, Barnets perspektiv]
principles: [P-0001]
---

Temaet gik igen hos flere sagsbehandlere.
""")
    _, site, diagnostics = kb.check()
    assert diagnostics == []
    pages = site.markdown_by_uri()
    assert '<a href="L-2026-01-referater/">Referater af samtaler med barnet mangler</a>' in pages["tilsyn/index.md"]
    assert "Udsprang af" in pages["principper/P-0001-en-time.md"]


def test_meeting_sheet_per_case_holds_views_and_agenda(views):
    _, site, _ = views.check()
    sheet = site.markdown_by_uri()["moedeark/C-0001.md"]
    assert "<h2>Tidslinje</h2>" in sheet and "<h2>Dagsorden</h2>" in sheet
    assert "<td>00:00-00:03</td><td>Rammesætning (3 min)</td>" in sheet
    assert "praksis_index: false" in sheet


def test_shipped_sparring_model_fits_in_an_hour():
    model = load_model()
    assert model.total <= 60 == model.max_minutes
    assert [p.key for p in model.phases][:2] == ["rammesaetning", "praesentation"]


def test_a_sparring_model_over_the_hour_is_refused():
    with pytest.raises(SparringModelError):
        load_model("max_minutes: 60\nphases:\n  - {key: a, label: A, minutes: 45}\n  - {key: b, label: B, minutes: 20}\n")
