"""Checking a case's family: one code per kind of mistake, at the key that holds it."""

from __future__ import annotations

import pytest

from praksis.frontmatter import parse
from praksis.genogram import Problem, render_genogram, render_relations_text, validate_family
from praksis.rules import REGISTRY

CODES = [rule.code for rule in REGISTRY if rule.code.startswith("G")]


def nowhere(*keypath):
    return (1, 1)


def person(pid, sex="f", **more):
    return {"id": pid, "role": pid.capitalize(), "sex": sex, **more}


def parent(p, c, kind="parent"):
    return {"type": kind, "parent": p, "child": c}


def family(*relations, persons=None, **more):
    return {"persons": persons or [person("mor", age=34), person("barn", age=9)],
            "relations": list(relations), **more}


def found(data) -> list[tuple[str, tuple]]:
    return [(p.code, p.keypath) for p in validate_family(data, nowhere)]


VALID = family(parent("mor", "barn"), household=["mor", "barn"])


def test_a_sound_family_has_no_problems():
    assert found(VALID) == []


def test_problems_are_four_tuples_with_danish_text():
    (problem,) = validate_family(family(parent("mor", "barn"), parent("mor", "ukendt")), nowhere)
    keypath, code, message, hint = problem
    assert isinstance(problem, Problem)
    assert (keypath, code) == (("family", "relations", 1, "child"), "G702")
    assert message == "Der er ingen person med id 'ukendt'."
    assert hint.startswith("Tilføj personen under 'persons'")


# --- G701 structure ----------------------------------------------------------------

@pytest.mark.parametrize("data, keypath", [
    ("mor og barn", ("family",)),
    ({"relations": []}, ("family",)),
    ({"persons": "mor"}, ("family", "persons")),
    ({"persons": [person("mor")], "members": []}, ("family", "members")),
    ({"persons": ["mor"]}, ("family", "persons", 0)),
    ({"persons": [{"role": "Mor", "sex": "f"}]}, ("family", "persons", 0)),
    ({"persons": [person("mor") | {"name": "Hanne"}]}, ("family", "persons", 0, "name")),
    ({"persons": [person("mor") | {"sex": "k"}]}, ("family", "persons", 0, "sex")),
    ({"persons": [person("mor") | {"age": "34"}]}, ("family", "persons", 0, "age")),
    ({"persons": [person("mor") | {"age_band": "ung"}]}, ("family", "persons", 0, "age_band")),
    ({"persons": [person("mor") | {"age": 34, "age_band": "30-40"}]}, ("family", "persons", 0, "age_band")),
    ({"persons": [person("mor") | {"focus": "ja"}]}, ("family", "persons", 0, "focus")),
    (family({"type": "venner", "between": ["mor", "barn"]}), ("family", "relations", 0, "type")),
    (family({"between": ["mor", "barn"]}), ("family", "relations", 0)),
    (family({"type": "married", "between": ["mor"]}), ("family", "relations", 0, "between")),
    (family({"type": "married", "between": ["mor", "mor"]}), ("family", "relations", 0, "between")),
    (family({"type": "parent", "parent": "mor"}), ("family", "relations", 0)),
    (family(parent("mor", "barn") | {"between": ["mor", "barn"]}), ("family", "relations", 0, "between")),
    (family(parent("mor", "barn"), parent("mor", "barn", "foster")), ("family", "relations", 1)),
    (family(parent("mor", "barn"), household={"mor": 1}), ("family", "household")),
])
def test_g701_bad_structure_at_the_key_that_holds_it(data, keypath):
    assert ("G701", keypath) in found(data)


def test_g701_a_child_has_at_most_two_birth_parents():
    persons = [person("mor"), person("far", "m"), person("stedfar", "m"), person("barn")]
    data = family(parent("mor", "barn"), parent("far", "barn"), parent("stedfar", "barn"), persons=persons)
    assert found(data) == [("G701", ("family", "relations", 2, "parent"))]


def test_g701_age_bands_are_ranges_or_open_ended():
    ok = [person("mor", age_band="60-70"), person("far", "m", age_band="70+")]
    assert found(family({"type": "married", "between": ["mor", "far"]}, persons=ok)) == []


# --- G702 unknown person ---------------------------------------------------------------

@pytest.mark.parametrize("data, keypath", [
    (family(parent("moer", "barn")), ("family", "relations", 0, "parent")),
    (family({"type": "close", "between": ["mor", "farmor"]}), ("family", "relations", 0, "between", 1)),
    (family(parent("mor", "barn"), household=["mor", "barn", "far"]), ("family", "household", 2)),
])
def test_g702_a_relation_naming_someone_not_in_the_family(data, keypath):
    assert ("G702", keypath) in found(data)


def test_g702_passes_when_every_name_is_a_person():
    assert "G702" not in [code for code, _ in found(VALID)]


# --- G703 cycle ---------------------------------------------------------------------

def test_g703_a_ring_of_parentage_is_reported_once_at_the_relation_closing_it():
    persons = [person("a", age_band="30-40"), person("b", age_band="30-40"), person("c", age_band="30-40")]
    data = family(parent("a", "b"), parent("b", "c"), parent("c", "a"), persons=persons)
    (problem,) = validate_family(data, nowhere)
    assert (problem.code, problem.keypath) == ("G703", ("family", "relations", 2, "child"))
    assert problem.message == "Slægten går i ring: C → A → B → C."


def test_g703_someone_as_their_own_parent():
    assert ("G703", ("family", "relations", 0, "child")) in found(family(parent("mor", "mor")))


def test_g703_passes_for_a_tree():
    assert "G703" not in [code for code, _ in found(VALID)]


# --- G704 parent younger than the child ---------------------------------------------------

@pytest.mark.parametrize("parent_age, child_age", [
    ({"age": 9}, {"age": 34}),
    ({"age": 9}, {"age": 9}),
    ({"age_band": "20-30"}, {"age_band": "30-40"}),
    ({"age": 25}, {"age_band": "30+"}),
])
def test_g704_a_parent_not_older_than_the_child(parent_age, child_age):
    data = family(parent("mor", "barn"), persons=[person("mor", **parent_age), person("barn", **child_age)])
    assert found(data) == [("G704", ("family", "relations", 0, "parent"))]


@pytest.mark.parametrize("parent_age, child_age", [
    ({"age": 34}, {"age": 9}),
    ({"age_band": "20-40"}, {"age_band": "30-40"}),  # could be older: not reported
    ({}, {"age": 9}),  # unknown age: nothing to compare
    ({"age": 30, "deceased": True}, {"age": 40}),  # the age at death of a parent
])
def test_g704_passes_when_the_parent_is_or_may_be_older(parent_age, child_age):
    data = family(parent("mor", "barn"), persons=[person("mor", **parent_age), person("barn", **child_age)])
    assert found(data) == []


def test_g704_message_gives_both_ages():
    data = family(parent("mor", "barn"), persons=[person("mor", age=8), person("barn", age_band="70+")])
    assert validate_family(data, nowhere)[0].message == (
        "Forælderen Mor (8 år) er ikke ældre end barnet Barn (mindst 70 år).")


# --- G705 person in no relation ------------------------------------------------------------

def test_g705_a_person_in_no_relation():
    data = family(parent("mor", "barn"), persons=[person("mor"), person("barn"), person("moster")])
    assert found(data) == [("G705", ("family", "persons", 2))]


def test_g705_passes_for_a_lone_person_or_one_only_in_the_household():
    assert found({"persons": [person("barn")]}) == []
    data = family(parent("mor", "barn"), persons=[person("mor"), person("barn"), person("veninde")],
                  household=["mor", "barn", "veninde"])
    assert found(data) == []


def test_g705_is_not_added_when_the_relation_itself_is_wrong():
    data = family(parent("mor", "barn"), {"type": "venner", "between": ["mor", "moster"]},
                  persons=[person("mor"), person("barn"), person("moster")])
    assert [code for code, _ in found(data)] == ["G701"]


# --- G706 duplicate id -------------------------------------------------------------------

def test_g706_two_persons_with_one_id_says_where_the_first_is():
    lines = {("family", "persons", 0, "id"): (12, 9), ("family", "persons", 1, "id"): (13, 9)}
    data = family(persons=[person("mor"), person("mor")])
    (problem,) = validate_family(data, lambda *keypath: lines.get(keypath, (1, 1)))
    assert (problem.code, problem.keypath) == ("G706", ("family", "persons", 1, "id"))
    assert problem.message.endswith("første gang på linje 12.")


def test_g706_passes_with_distinct_ids():
    assert "G706" not in [code for code, _ in found(VALID)]


# --- with the real front matter -------------------------------------------------------------

def test_problems_point_at_the_line_in_the_file():
    text = """---
id: C-0001
family:
  persons:
    - {id: mor, role: Mor, sex: f, age: 34}
    - {id: barn, role: Barn, sex: m, age: 9}
  relations:
    - {type: parent, parent: mor, child: barn}
    - {type: parent, parent: far, child: barn}
---
"""
    parsed, _ = parse("cases_anonymized/C-0001-x.md", text)
    (problem,) = validate_family(parsed.data["family"], parsed.position)
    assert problem.code == "G702"
    assert parsed.position(*problem.keypath) == (9, 22)  # the key 'parent' on the relation's line


def test_problems_come_in_file_order():
    lines = {("family", "relations", 1, "parent"): (20, 1), ("family", "persons", 2): (8, 1)}
    data = family(parent("mor", "barn"), parent("ukendt", "barn"),
                  persons=[person("mor"), person("barn"), person("moster")])
    problems = validate_family(data, lambda *keypath: lines.get(keypath, (1, 1)))
    assert [p.code for p in problems] == ["G705", "G702"]


def test_every_code_has_a_danish_summary():
    assert sorted(CODES) == ["G701", "G702", "G703", "G704", "G705", "G706"]


# --- garbage in, problems out ------------------------------------------------------------------

GARBAGE = [
    None, "", "family", 42, 3.5, True, [], [None], {}, {None: None}, {1: 2},
    {"persons": None}, {"persons": {}}, {"persons": [None, 1, "x", [], {}]},
    {"persons": [{"id": None}, {"id": []}, {"id": {"a": 1}}, {"id": True}, {"id": 7, "role": 7, "sex": "m"}]},
    {"persons": [person("a")], "relations": "a"},
    {"persons": [person("a")], "relations": [None, 1, "x", [], {}, {"type": None}, {"type": ["parent"]}]},
    {"persons": [person("a")], "relations": [{"type": "parent", "parent": [], "child": {}},
                                            {"type": "close", "between": "a"},
                                            {"type": "close", "between": [["a"], {"b": 1}]}]},
    {"persons": [person("a", age=-1), person("b", age=10**9), person("c", age_band=["60", "70"]),
                 person("d", age_band="70-60"), person("e", age=float("nan"))]},
    {"persons": [person("a")], "household": [None, [], "a", "a", 5]},
]


@pytest.mark.parametrize("data", GARBAGE)
def test_garbage_gives_problems_never_an_exception(data):
    problems = validate_family(data, nowhere)
    assert all(p.code in CODES and p.keypath[0] == "family" for p in problems)
    assert isinstance(render_genogram(data), str)
    assert isinstance(render_relations_text(data), str)


def test_a_broken_position_function_does_not_break_the_check():
    def broken(*keypath):
        raise KeyError(keypath)
    data = family(parent("mor", "barn"), parent("x", "barn"))
    assert [p.code for p in validate_family(data, broken)] == ["G702"]
