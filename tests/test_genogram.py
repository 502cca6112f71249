"""The genogram as drawn: symbols, lines, household, legend and the text beside it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import markdown
import pytest

from praksis.genogram import render_genogram, render_relations_text

SVG = "{http://www.w3.org/2000/svg}"
GENOGRAM_CSS = Path(__file__).resolve().parents[1] / "scripts/praksis/theme/assets/praksis/genogram.css"

FAMILY = {
    "persons": [
        {"id": "barn-a", "role": "Barn A", "sex": "f", "age": 9, "focus": True},
        {"id": "mor", "role": "Mor", "sex": "f", "age": 34},
        {"id": "far", "role": "Far", "sex": "m", "age": 38},
        {"id": "stedfar", "role": "Stedfar", "sex": "m", "age": 40},
        {"id": "morfar", "role": "Morfar", "sex": "m", "age_band": "60-70", "deceased": True},
        {"id": "plejemor", "role": "Plejemor", "sex": "f", "age": 50},
    ],
    "relations": [
        {"type": "divorced", "between": ["mor", "far"]},
        {"type": "couple", "between": ["mor", "stedfar"]},
        {"type": "parent", "parent": "mor", "child": "barn-a"},
        {"type": "parent", "parent": "far", "child": "barn-a"},
        {"type": "parent", "parent": "morfar", "child": "mor"},
        {"type": "foster", "parent": "plejemor", "child": "barn-a"},
        {"type": "close", "between": ["barn-a", "plejemor"]},
    ],
    "household": ["barn-a", "mor", "stedfar"],
}


def person(pid, sex="f", **more):
    return {"id": pid, "role": pid.capitalize(), "sex": sex, **more}


def parent(p, c, kind="parent"):
    return {"type": kind, "parent": p, "child": c}


def drawing(family=FAMILY) -> ET.Element:
    return ET.fromstring(render_genogram(family))


def svg_of(figure: ET.Element) -> ET.Element:
    return figure.find(f"{SVG}svg")


def with_class(root: ET.Element, cls: str, tag: str = "*") -> list[ET.Element]:
    return [e for e in root.iter(tag if tag == "*" else SVG + tag) if cls in (e.get("class") or "").split()]


def centre(root: ET.Element, pid: str) -> tuple[float, float]:
    node = next(e for e in with_class(root, "genogram-node") if e.get("data-person") == pid)
    shape = next(e for e in node if "genogram-person" in (e.get("class") or "").split())
    if shape.tag == SVG + "rect":
        x, y, side = (float(shape.get(k)) for k in ("x", "y", "width"))
        return x + side / 2, y + side / 2
    if shape.tag == SVG + "circle":
        return float(shape.get("cx")), float(shape.get("cy"))
    top, right = shape.get("points").split()[:2]  # a diamond: top corner, right corner, ...
    return float(top.split(",")[0]), float(right.split(",")[1])


# --- persons ---------------------------------------------------------------------

def test_a_man_is_a_square_and_a_woman_a_circle_one_each():
    root = drawing()
    assert len(with_class(root, "genogram-person--male", "rect")) == 3
    assert len(with_class(root, "genogram-person--female", "circle")) == 3
    assert len(with_class(root, "genogram-person")) == 6


def test_a_person_of_unstated_sex_is_a_diamond():
    root = drawing({"persons": [person("a", "u"), person("b")], "relations": [parent("b", "a")]})
    assert len(with_class(root, "genogram-person--unknown", "polygon")) == 1


def test_the_child_in_focus_has_a_double_outline():
    root = drawing()
    (focus,) = with_class(root, "genogram-node--focus")
    assert focus.get("data-person") == "barn-a"
    assert len(with_class(focus, "genogram-focus", "circle")) == 1


def test_a_deceased_person_is_crossed_out():
    root = drawing()
    (dead,) = with_class(root, "genogram-node--deceased")
    assert dead.get("data-person") == "morfar"
    assert with_class(dead, "genogram-deceased", "path")


def test_the_age_is_inside_the_symbol_and_the_role_below_it():
    root = drawing()
    node = next(e for e in with_class(root, "genogram-node") if e.get("data-person") == "morfar")
    (age,) = with_class(node, "genogram-age", "text")
    (label,) = with_class(node, "genogram-label", "text")
    assert (age.text, label.text) == ("60-70", "Morfar")
    assert float(label.get("y")) > centre(root, "morfar")[1] + 21


# --- relations -------------------------------------------------------------------

def test_each_relation_is_one_line_a_child_hangs_once_from_both_parents():
    root = drawing()
    assert len(with_class(root, "genogram-couple")) == 2
    assert len(with_class(root, "genogram-child")) == 3  # Barn A from Mor and Far; Mor from Morfar; foster
    assert len(with_class(root, "genogram-tie")) == 1
    assert len(with_class(root, "genogram-relation")) == 6


def test_a_divorce_has_a_double_slash_and_a_separation_a_single_one():
    root = drawing()
    (divorced,) = with_class(root, "genogram-couple--divorced")
    assert len(with_class(divorced, "genogram-mark", "path")) == 2
    separated = dict(FAMILY, relations=[{"type": "separated", "between": ["mor", "far"]}] + FAMILY["relations"][1:])
    (single,) = with_class(drawing(separated), "genogram-couple--separated")
    assert len(with_class(single, "genogram-mark", "path")) == 1


def test_an_unmarried_couple_is_dashed_and_a_marriage_solid():
    root = drawing()
    (couple,) = with_class(root, "genogram-couple--couple")
    assert couple.find(f"{SVG}path").get("stroke-dasharray")
    married = dict(FAMILY, relations=[{"type": "married", "between": ["mor", "far"]}] + FAMILY["relations"][1:])
    (line,) = with_class(drawing(married), "genogram-couple--married")
    assert line.find(f"{SVG}path").get("stroke-dasharray") is None


def test_foster_care_is_dashed_adoption_dotted_and_birth_solid():
    family = {"persons": [person("mor"), person("barn"), person("plejebarn"), person("adoptivbarn")],
              "relations": [parent("mor", "barn"), parent("mor", "plejebarn", "foster"),
                            parent("mor", "adoptivbarn", "adoptive")]}
    root = drawing(family)
    dash = {kind: with_class(root, f"genogram-child--{kind}")[0].find(f"{SVG}path").get("stroke-dasharray")
            for kind in ("parent", "foster", "adoptive")}
    assert dash["parent"] is None
    assert dash["foster"] and dash["adoptive"] and dash["foster"] != dash["adoptive"]


def test_emotional_ties_close_is_double_conflict_a_zigzag_cutoff_broken_by_bars():
    family = {"persons": [person("a"), person("b"), person("c"), person("d")],
              "relations": [{"type": "close", "between": ["a", "b"]}, {"type": "conflictual", "between": ["b", "c"]},
                            {"type": "cutoff", "between": ["c", "d"]}]}
    root = drawing(family)
    (close,), (conflict,), (cutoff,) = (with_class(root, f"genogram-tie--{kind}")
                                        for kind in ("close", "conflictual", "cutoff"))
    assert len(with_class(close, "genogram-line", "path")) == 2
    assert len(with_class(conflict, "genogram-line", "path")) == 1
    assert conflict.find(f"{SVG}path").get("d").count("L") > 10
    assert len(with_class(cutoff, "genogram-line", "path")) == 2
    assert len(with_class(cutoff, "genogram-mark", "path")) == 2


def test_every_line_says_in_words_what_it_means():
    titles = [g.find(f"{SVG}title").text for g in with_class(drawing(), "genogram-relation")]
    assert "Mor og Far er skilt" in titles
    assert "Barn A er barn af Mor og Far" in titles
    assert "Plejemor er plejemor for Barn A" in titles


def test_the_household_has_one_outline():
    assert len(with_class(drawing(), "genogram-household", "path")) == 1
    assert not with_class(drawing(dict(FAMILY, household=[])), "genogram-household", "path")


# --- layout ----------------------------------------------------------------------

def test_ancestors_stand_above_and_partners_side_by_side():
    root = drawing()
    assert centre(root, "morfar")[1] < centre(root, "mor")[1] < centre(root, "barn-a")[1]
    assert centre(root, "mor")[1] == centre(root, "far")[1] == centre(root, "stedfar")[1]
    far, mor, stedfar = (centre(root, p)[0] for p in ("far", "mor", "stedfar"))
    assert far < mor < stedfar or far > mor > stedfar  # Mor between her former and her new partner


def test_siblings_stand_oldest_first():
    family = {"persons": [person("mor"), person("lille", age=3), person("stor", age=15), person("mellem", age=9)],
              "relations": [parent("mor", "lille"), parent("mor", "stor"), parent("mor", "mellem")]}
    root = drawing(family)
    assert centre(root, "stor")[0] < centre(root, "mellem")[0] < centre(root, "lille")[0]


def test_a_family_of_fifteen_in_four_generations_has_no_overlapping_symbols():
    people = ["oldemor", "mormor", "morfar", "farmor", "farfar", "mor", "far", "stedfar", "moster",
              "farbror", "barn-a", "barn-b", "halvbror", "kusine", "plejemor"]
    family = {"persons": [person(p, "m" if p.endswith(("far", "bror")) else "f") for p in people],
              "relations": [{"type": "married", "between": ["mormor", "morfar"]},
                            {"type": "married", "between": ["farmor", "farfar"]},
                            {"type": "divorced", "between": ["mor", "far"]},
                            {"type": "couple", "between": ["mor", "stedfar"]},
                            parent("oldemor", "mormor"), parent("mormor", "mor"), parent("morfar", "mor"),
                            parent("mormor", "moster"), parent("morfar", "moster"), parent("farmor", "far"),
                            parent("farfar", "far"), parent("farmor", "farbror"), parent("farfar", "farbror"),
                            parent("mor", "barn-a"), parent("far", "barn-a"), parent("mor", "barn-b"),
                            parent("far", "barn-b"), parent("mor", "halvbror"), parent("stedfar", "halvbror"),
                            parent("moster", "kusine"), parent("plejemor", "barn-a", "foster")]}
    root = drawing(family)
    centres = [centre(root, p) for p in people]
    assert len({round(y) for _, y in centres}) == 4
    for n, (x1, y1) in enumerate(centres):
        for x2, y2 in centres[n + 1:]:
            assert abs(x1 - x2) >= 60 or abs(y1 - y2) >= 60


def test_the_drawing_is_the_same_every_time():
    assert render_genogram(FAMILY) == render_genogram(FAMILY)


def test_it_scales_to_the_column_with_a_viewbox_and_the_stylesheet():
    svg = svg_of(drawing())
    width, height = (float(v) for v in svg.get("viewBox").split()[2:])
    assert (float(svg.get("width")), float(svg.get("height"))) == (width, height)
    # No style attribute: the site's Content Security Policy allows styles from its own files only.
    assert svg.get("style") is None
    rules = re.search(r"\.genogram-svg \{([^}]*)\}", GENOGRAM_CSS.read_text("utf-8")).group(1)
    assert "max-width: 100%" in rules and "height: auto" in rules


# --- legend and accessibility ---------------------------------------------------------

def test_the_legend_explains_exactly_the_signs_in_use():
    (legend,) = with_class(drawing(), "genogram-legend")
    labels = [t.text for t in with_class(legend, "genogram-legend__label", "text")]
    assert labels[:2] == ["Mand eller dreng", "Kvinde eller pige"]
    for used in ("Barnet i fokus", "Død", "Skilt", "Kærester eller samboende", "Barn", "Plejebarn",
                 "Bor sammen (husstand)", "Tæt forhold"):
        assert used in labels
    for unused in ("Gift", "Adoptivbarn", "Konfliktfyldt forhold", "Køn ikke angivet"):
        assert unused not in labels
    assert not with_class(legend, "genogram-person")  # samples are not counted as persons


def test_it_is_an_image_with_a_danish_title_and_description():
    svg = svg_of(drawing())
    title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert title.text == "Genogram"
    assert desc.text.startswith("Genogram med 6 personer i 3 generationer.")
    assert "Mor og Far er skilt" in desc.text


def test_two_genograms_on_one_page_have_different_ids():
    one = svg_of(ET.fromstring(render_genogram(FAMILY, key="C-0001"))).find(f"{SVG}title").get("id")
    two = svg_of(ET.fromstring(render_genogram(FAMILY, key="C-0002"))).find(f"{SVG}title").get("id")
    assert one != two


def test_roles_are_escaped():
    family = {"persons": [person("a") | {"role": "<b>Mor & co</b>"}]}
    lines = [t.text for t in with_class(drawing(family), "genogram-label", "text")]
    assert " ".join(lines) == "<b>Mor & co</b>"  # text, not markup


def test_it_survives_markdown_as_one_raw_html_block():
    html = markdown.markdown("Før\n\n" + render_genogram(FAMILY) + "\n\nEfter", extensions=["md_in_html"])
    figure = ET.fromstring(html[html.index("<figure"): html.index("</figure>") + len("</figure>")])
    assert len(with_class(figure, "genogram-person")) == 6


# --- the text alternative -----------------------------------------------------------

def test_the_text_beside_it_names_every_person_and_every_relation():
    text = render_relations_text(FAMILY)
    assert text.splitlines() == [
        "- **Personer**",
        "    - Barn A: pige, 9 år, barnet i fokus",
        "    - Mor: kvinde, 34 år",
        "    - Far: mand, 38 år",
        "    - Stedfar: mand, 40 år",
        "    - Morfar: mand, 60-70 år, død",
        "    - Plejemor: kvinde, 50 år",
        "- **Relationer**",
        "    - Mor og Far er skilt",
        "    - Mor og Stedfar er kærester eller samboende",
        "    - Barn A er barn af Mor og Far",
        "    - Plejemor er plejemor for Barn A",
        "    - Mor er barn af Morfar",
        "    - Barn A bor sammen med Mor og Stedfar",
        "    - Barn A og Plejemor har et tæt forhold",
    ]


@pytest.mark.parametrize("relation, sentence", [
    ({"type": "married", "between": ["mor", "far"]}, "Mor og Far er gift"),
    ({"type": "separated", "between": ["mor", "far"]}, "Mor og Far er gået fra hinanden (separeret)"),
    ({"type": "adoptive", "parent": "far", "child": "mor"}, "Far er adoptivfar til Mor"),
    ({"type": "conflictual", "between": ["mor", "far"]}, "Mor og Far har et konfliktfyldt forhold"),
    ({"type": "cutoff", "between": ["mor", "far"]}, "Kontakten mellem Mor og Far er afbrudt"),
])
def test_each_kind_of_relation_in_words(relation, sentence):
    family = {"persons": [person("mor"), person("far", "m", age=60)], "relations": [relation]}
    assert f"    - {sentence}" in render_relations_text(family).splitlines()


def test_the_text_is_markdown_safe_to_put_in_an_autoescaping_template():
    from jinja2 import Environment

    family = {"persons": [person("mor") | {"role": "Mor & <Far>"}]}
    page = Environment(autoescape=True).from_string("{{ text }}").render(text=render_relations_text(family))
    assert "    - Mor &amp; &lt;Far&gt;: kvinde" in page.splitlines()


def test_two_foster_parents_are_plejeforaeldre():
    family = {"persons": [person("barn"), person("plejemor"), person("plejefar", "m")],
              "relations": [parent("plejemor", "barn", "foster"), parent("plejefar", "barn", "foster")]}
    assert "    - Plejemor og Plejefar er plejeforældre for Barn" in render_relations_text(family).splitlines()


# --- nothing to draw ----------------------------------------------------------------

@pytest.mark.parametrize("family", [None, {}, {"persons": []}, "mor og far", [1, 2]])
def test_nothing_to_draw_gives_empty_output(family):
    assert render_genogram(family) == ""
    assert render_relations_text(family) == ""


def test_the_usable_part_of_bad_data_is_still_drawn():
    family = {"persons": [person("mor"), {"role": "uden id"}, person("barn")],
              "relations": [parent("mor", "barn"), parent("mor", "ukendt"), {"type": "?"}]}
    root = drawing(family)
    assert len(with_class(root, "genogram-person")) == 2
    assert len(with_class(root, "genogram-relation")) == 1


def test_a_ring_in_parentage_is_still_drawn():
    family = {"persons": [person("a"), person("b"), person("c")],
              "relations": [parent("a", "b"), parent("b", "c"), parent("c", "a")]}
    assert len(with_class(drawing(family), "genogram-relation")) == 3
