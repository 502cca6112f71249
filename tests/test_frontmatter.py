"""Front matter reads as YAML's safe loader reads it (dates excepted), with the line of every key."""

import pytest
import yaml

from praksis.frontmatter import parse


class _Reference(yaml.SafeLoader):
    """PyYAML's own pure-Python safe loader, dates left as strings: what parse() must agree with."""


_Reference.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

DOCUMENTS = {
    "scalars": "title: Barnets stemme\ncount: 12\nhex: 0x1F\noctal: 0o17\nsexagesimal: 1:30\nratio: 1.5e3\n"
               "inf: .inf\nyes_word: yes\nflag: true\nnothing: null\ntilde: ~\nempty:\nquoted: '12'\n"
               "plus: +7\nunder: 1_000\nminus: -3\ndate: 2026-02-30\nstamp: 2026-01-01 10:00:00\n",
    "nested": "id: P-0001\nics:\n  - barnets-udvikling/sundhed\n  - familie/netvaerk\n"
              "family:\n  persons:\n    - {id: mor, role: Mor, born: 1990}\n    - id: barn\n      role: Barn A\n"
              "  relations: [[mor, barn], {from: mor, to: barn}]\n",
    "anchors": "base: &b {role: Mor, age: 40}\nother: *b\nlist: &l [1, 2]\nagain: *l\n",
    "merge key": "base: &b {role: Mor}\nperson:\n  <<: *b\n  age: 40\n",
    "explicit tags": "a: !!str 12\nb: !!int '7'\nc: !!float 3\nd: !!set {x, y}\n",
    "numbers as keys": "1: one\n2.5: half\ntrue: yes\nnull: nothing\n",
    "block text": "summary: |\n  Første linje\n  anden linje\nfolded: >\n  samme\n  linje\n",
    "recursive alias": "a: &a [1, *a]\n",
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_values_are_what_yamls_safe_loader_makes_of_them(name):
    source = DOCUMENTS[name]
    parsed, diagnostics = parse("x.md", f"---\n{source}---\nbrødtekst\n")
    expected = yaml.load(source.rstrip("\n"), Loader=_Reference)  # what stands between the fences
    assert diagnostics == []
    if name == "recursive alias":  # a list that contains itself: compare its shape
        assert parsed.data["a"][0] == 1 and parsed.data["a"][1] is parsed.data["a"]
    else:
        assert parsed.data == expected
        assert repr(parsed.data) == repr(expected)  # same types too (1 is not 1.0 or True)


def test_dates_stay_text_so_the_schema_can_report_impossible_ones_at_their_line():
    parsed, _ = parse("x.md", "---\nsettled: 2026-02-30\nreview: 2027-01-15\n---\n")
    assert parsed.data == {"settled": "2026-02-30", "review": "2027-01-15"}


def test_every_key_and_list_item_has_its_file_line_and_column():
    parsed, _ = parse("x.md", "---\nid: P-0001\nics:\n  - a/b\n  - c/d\nfamily:\n  persons:\n    - id: mor\n---\n")
    assert parsed.position("id") == (2, 1)
    assert parsed.position("ics", 1) == (5, 5)
    assert parsed.position("family", "persons", 0, "id") == (8, 7)
    assert parsed.position("family", "persons", 3) == (7, 3)  # an item that does not exist: its list


def test_positions_are_kept_when_the_generic_constructor_is_needed():
    parsed, _ = parse("x.md", "---\nbase: &b {role: Mor}\nperson:\n  <<: *b\n  age: 40\n---\n")
    assert parsed.data["person"] == {"role": "Mor", "age": 40}
    assert parsed.position("person", "age") == (5, 3)


def test_a_key_written_twice_is_reported_at_its_second_line():
    parsed, diagnostics = parse("x.md", "---\ntitle: a\nstatus: vedtaget\ntitle: b\n---\n")
    assert parsed.data["title"] == "b"
    assert [(d.code, d.line) for d in diagnostics] == [("M212", 4)]


def test_a_list_as_a_key_is_a_yaml_error_at_its_line_not_a_traceback():
    parsed, diagnostics = parse("x.md", "---\ntitle: a\n? [a, b]\n: c\n---\n")
    assert parsed is None
    assert [(d.code, d.line) for d in diagnostics] == [("M202", 3)]


@pytest.mark.parametrize("source, line", [
    ("title: a\ncount: !!int abc\n", 3),
    ("title: a\nflag: !!bool maybe\n", 3),
    ("title: a\nwhen: !!timestamp 2026-02-30\n", 2),
    ("title: a\nwhen: !!timestamp nope\n", 2),
])
def test_a_tagged_value_no_constructor_can_read_is_a_yaml_error_not_a_traceback(source, line):
    parsed, diagnostics = parse("x.md", f"---\n{source}---\n")
    assert parsed is None
    assert [(d.code, d.line) for d in diagnostics] == [("M202", line)]


def test_front_matter_nested_absurdly_deep_is_a_yaml_error_at_the_deep_value():
    parsed, diagnostics = parse("x.md", "---\na: " + "{b: " * 500 + "1" + "}" * 500 + "\n---\n")
    assert parsed is None
    assert [d.code for d in diagnostics] == ["M202"] and "dybt" in diagnostics[0].message


def test_aliases_that_multiply_into_millions_of_values_are_refused_quickly():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 7)]
    parsed, diagnostics = parse("x.md", "---\n" + "\n".join(lines) + "\n---\n")
    assert parsed is None
    assert [d.code for d in diagnostics] == ["M202"] and "henvisninger" in diagnostics[0].message
