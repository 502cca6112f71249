"""Content that would make a reader's browser fetch from another host (K505) or run code (K506).

Read as a browser reads it: what the browser fetches by itself is refused when it comes from another
host, links a reader clicks are not, and code is refused in any form, however the address is written
(entities, tabs, backslashes, upper case). Findings carry the file line (the body's first line given)
and the column where the tag, address or CSS begins; code is never read.
"""

from __future__ import annotations

import pytest

from praksis.active_content import in_html, in_markdown, in_static

EXT, RUN = "K505", "K506"


def one_line(line: str) -> list[tuple]:
    return in_markdown(line + "\n", 1)


def shape(found) -> list[tuple]:
    """(code, line, col) of each finding."""
    return [(code, line, col) for code, _, line, col in found]


def names(what: str) -> set[str]:
    """The host and the tag a description names: 'cdn.example (<img src>)' -> {'cdn.example', '<img src>'}."""
    import re

    return set(re.findall(r"[a-z0-9-]+\.example|<[^>]+>", what))


@pytest.mark.parametrize("line,expected", [
    ('<img src="https://billeder.example/a.png">', [(EXT, "billeder.example (<img src>)", 1, 1)]),
    ('Se <img src="//cdn.example/a.png">', [(EXT, "cdn.example (<img src>)", 1, 4)]),
    ('<img src="billeder/a.png"> og <img src="data:image/png;base64,AAAA">', []),
    ('![Tegning](https://billeder.example/a.png)', [(EXT, "billeder.example (Markdown-billede)", 1, 12)]),
    ('![Tegning](billeder/a.png "titel")', []),
    ('[Loven](https://www.retsinformation.dk)', []),  # a link the reader clicks: navigation
    ('[Klik](javascript:alert(1))', [(RUN, "kode i adressen (Markdown-link)", 1, 8)]),
    ('<a href="javascript:alert(1)">x</a>', [(RUN, "kode i adressen (<a href>)", 1, 1)]),
    ('<a href="https://www.retsinformation.dk">Loven</a>', []),
    ('<div onclick="alert(1)">x</div>', [(RUN, "en hændelse, der kører kode (<div onclick>)", 1, 1)]),
    ('<iframe srcdoc="<p>x</p>"></iframe>', [(RUN, "en indlejret side (<iframe srcdoc>)", 1, 1)]),
    ('<iframe src="data:text/html,<script>x</script>"></iframe>', [(RUN, "kode i adressen (<iframe src>)", 1, 1)]),
    ('<object data="https://film.example/a.swf"></object>', [(EXT, "film.example (<object data>)", 1, 1)]),
    ('<link rel="stylesheet" href="https://fonte.example/a.css">', [(EXT, "fonte.example (<link href>)", 1, 1)]),
    ('<svg><use href="https://ikoner.example/s.svg#a"/></svg>', [(EXT, "ikoner.example (<use href>)", 1, 6)]),
    ('<img srcset="lille.png 1x, https://stor.example/b.png 2x">', [(EXT, "stor.example (<img srcset>)", 1, 1)]),
    ('<meta http-equiv="refresh" content="0; url=https://andet.example/">',
     [(EXT, "andet.example (<meta refresh>)", 1, 1)]),
    ('<form action="https://indsamling.example/"></form>', [(EXT, "indsamling.example (<form action>)", 1, 1)]),
    ('<script>alert(1)</script>', [(RUN, "et <script>", 1, 1)]),
    ('<script src="https://kode.example/x.js"></script>',
     [(RUN, "et <script>", 1, 1), (EXT, "kode.example (<script src>)", 1, 1)]),
])
def test_what_a_browser_would_fetch_or_run_is_found_where_it_begins(line, expected):
    assert sorted(shape(one_line(line))) == sorted(shape(expected))
    for (_, what, _, _), (_, wanted, _, _) in zip(sorted(one_line(line)), sorted(expected)):
        assert names(wanted) <= names(what), (what, wanted)


@pytest.mark.parametrize("written", [
    '<img src=" https://skjult.example/a.png">',  # leading space
    '<img src="ht&#9;tps://skjult.example/a.png">',  # an entity for a tab inside the scheme
    '<img src="https:\\\\skjult.example\\a.png">',  # backslashes read as slashes
    '<img SRC="HTTPS://skjult.example/a.png">',  # upper case
])
def test_an_address_written_to_hide_its_host_is_read_as_the_browser_reads_it(written):
    ((code, what, line, col),) = one_line(written)
    assert (code, line, col) == (EXT, 1, 1) and names(what) == {"skjult.example", "<img src>"}


@pytest.mark.parametrize("written", [
    '<a href="JavaScript:alert(1)">x</a>', '<a href="java&#10;script:alert(1)">x</a>',
    '<a href=" vbscript:msgbox">x</a>', '<a href="data:text/html,x">x</a>',
])
def test_code_in_an_address_is_refused_however_it_is_written(written):
    ((code, what, line, col),) = one_line(written)
    assert (code, line, col) == (RUN, 1, 1) and "<a href>" in what


@pytest.mark.parametrize("element,code", [
    ('<a href="javascript&#58;alert(1)">x</a>', RUN),  # the colon as an entity
    ('<a href="javascript&colon;alert(1)">x</a>', RUN),
    ('<img src="&#47;&#47;skjult.example/a.png">', EXT),  # the slashes as entities
    ('<img src="\\\\skjult.example\\a.png">', EXT),  # backslashes only
    ('<p ONCLICK="alert(1)">x</p>', RUN),
    ('<p title/onclick="alert(1)">x</p>', RUN),  # '/' ends an attribute without a value
    ('<p STYLE="background: url(https://skjult.example/b.png)">x</p>', EXT),
    ('<iframe SRCDOC="&lt;b&gt;">', RUN),
])
def test_a_built_page_is_read_for_every_form_a_browser_acts_on(element, code):
    page = f'<h1 id="side">Side</h1>\n<p>Tekst: <a href="../brug/">brug</a> og <em>mere</em>.</p>\n{element}\n'
    assert [(found[0], found[2]) for found in in_html(page)] == [(code, 3)]


def test_plain_elements_of_a_built_page_are_passed_over():
    page = ('<h1 id="side">Side</h1>\n<p class="x">Se <a href="../brug/#sa">brug</a>: <a href="https://lov.example/">'
            'loven</a>, <img alt="Genogram" src="../billede.svg"> og <span title="online">dette</span>.</p>\n')
    assert in_html(page) == []


def test_css_in_a_style_block_is_found_at_its_own_line_and_column():
    body = "# Side\n\n<style>\np { color: red; }\n  @import \"https://fonte.example/a.css\";\n</style>\n"
    ((code, what, line, _),) = in_markdown(body, 10)
    assert (code, line) == (EXT, 14) and "fonte.example" in what


def test_every_finding_in_one_element_or_one_style_is_kept():
    found = one_line('<img src="https://a.example/1.png" alt="tegning" style="width: 2em">'
                     '<meta http-equiv="refresh" content="0; url=https://b.example/">')
    assert [names(what) & {"a.example", "b.example"} for _, what, _, _ in sorted(found, key=lambda f: f[3])] == [
        {"a.example"}, {"b.example"}]
    found = one_line('<p style="background: url(https://c.example/1.png), url(https://d.example/2.png)">x</p>')
    assert sorted(host for _, what, _, _ in found for host in names(what)) == ["c.example", "d.example"]


@pytest.mark.parametrize("written,host", [
    ('<img srcset="https://a.example/1.png 1x,https://e.example/2.png 2x">', "e.example"),
    ('<meta http-equiv="refresh" content="0; url=\'https://f.example/\'">', "f.example"),
])
def test_addresses_packed_together_or_quoted_are_each_read(written, host):
    assert host in {h for _, what, _, _ in one_line(written) for h in names(what)}


def test_a_link_that_carries_an_address_in_its_query_is_still_just_a_link():
    assert one_line('<a href="https://ok.example/?next=1&url=https://andet.example/">Videre</a>') == []


def test_an_image_embedded_in_the_page_itself_fetches_nothing():
    assert one_line("![prik](data:image/png;base64,iVBORw0KGgo=)") == []


def test_a_reference_image_without_a_definition_or_written_inline_is_no_reference():
    assert in_markdown("Se ![logo][mangler] og ![ikon].\n", 1) == []
    body = "![logo](billeder/logo.png)\n[logo]: https://andet.example/logo.png\n"
    assert in_markdown(body, 1) == []  # the inline image is local; the definition alone is used by nothing


def test_a_body_that_begins_with_a_blank_line_keeps_its_lines():
    found = in_markdown("\nLogoet: ![logo][l]\n[l]: https://logo.example/l.png\n", 5)
    assert shape(found) == [(EXT, 7, 1)]


def test_code_in_a_style_block_is_found_at_its_own_line_and_column():
    body = "<style>\np {\n  width: expression(alert(1));\n}\n</style>\n"
    assert shape(in_markdown(body, 1)) == [(RUN, 3, 10)]


def test_text_after_a_style_block_is_text_again():
    body = "<style>p { color: red; }</style>\n\nSkriv url(https://eksempel.example/a.png) i CSS for at hente et billede.\n"
    assert in_markdown(body, 1) == []


def test_a_style_attribute_and_an_attribute_list_are_read_as_css_found_where_it_stands_in_the_value():
    found = one_line('<p style="width: expression(alert(1))">x</p>')
    assert [(code, line, col) for code, _, line, col in found] == [(RUN, 1, 18)]
    found = one_line('<p style="background: url(\'https://baggrund.example/a.png\')">x</p>')
    assert [(code, line, col) for code, _, line, col in found] == [(EXT, 1, 28)] and "baggrund.example" in found[0][1]
    found = in_markdown("Tekst\n\nAfsnit {: style=\"background: url(https://baggrund.example/b.png)\" }\n", 3)
    assert [(code, line, col) for code, _, line, col in found] == [(EXT, 5, 34)] and "baggrund.example" in found[0][1]
    found = in_html('<p\n  title="a" style="color: red;\n  background: url(https://b.example/x.png)">x</p>')
    assert [(code, line, col) for code, _, line, col in found] == [(EXT, 3, 19)]


def test_a_reference_style_image_is_found_at_its_definition():
    body = "Logoet: ![logo][l] og ![ikon]\n[l]: https://logo.example/l.png\n[ikon]: <https://ikon.example/i.png>\n"
    found = in_markdown(body, 7)
    assert shape(found) == [(EXT, 8, 1), (EXT, 9, 1)]
    assert "logo.example" in found[0][1] and "ikon.example" in found[1][1]


def test_a_reference_style_image_defined_after_a_blank_line_is_found_at_the_definition_not_the_blank_line():
    body = "Logoet: ![logo][l]\n\n[l]: https://logo.example/l.png\n"
    assert shape(in_markdown(body, 7)) == [(EXT, 9, 1)]


def test_a_reference_style_link_is_navigation_not_a_fetch():
    assert in_markdown("Se [loven][l].\n\n[l]: https://www.retsinformation.dk\n", 1) == []


def test_code_in_code_is_left_alone():
    body = ("Skriv `<script>alert(1)</script>` sådan ikke.\n\n```html\n<img src=\"https://x.example/a.png\">\n```\n"
            "~~~\n![x](https://y.example/b.png)\n~~~\n")
    assert in_markdown(body, 1) == []


def test_findings_come_in_file_order_once_each_on_the_lines_of_the_file():
    body = ("Indledning.\n\n<img src=\"https://b.example/2.png\"> <img src=\"https://a.example/1.png\">\n\n"
            "![x](https://c.example/3.png)\n")
    found = in_markdown(body, 20)
    assert shape(found) == [(EXT, 22, 1), (EXT, 22, 37), (EXT, 24, 6)]
    assert [names(what) for _, what, _, _ in found] == [{"b.example", "<img src>"}, {"a.example", "<img src>"},
                                                       {"c.example"}]


@pytest.mark.parametrize("rel", ["docs/kode.js", "docs/modul.MJS", "docs/x.cjs", "docs/a.vbs", "docs/b.wasm"])
def test_a_script_file_beside_the_pages_is_refused_whatever_it_holds(rel):
    assert shape(in_static(rel, "")) == [(RUN, 1, 1)]


def test_static_html_svg_and_css_are_read_like_a_browser_reads_them():
    assert shape(in_static("docs/side.HTML", "<p>Hej</p>\n<script>x()</script>\n")) == [(RUN, 2, 1)]
    found = in_static("docs/tegning.svg", '<svg>\n  <image href="https://billede.example/a.png"/>\n</svg>\n')
    assert shape(found) == [(EXT, 2, 3)] and names(found[0][1]) == {"billede.example", "<image href>"}
    found = in_static("docs/stil.css", "body {\n  background: url(https://baggrund.example/b.png);\n}\n")
    assert [(code, line) for code, _, line, _ in found] == [(EXT, 2)] and "baggrund.example" in found[0][1]
    assert in_static("docs/stil.css", "p { color: red }\n") == []


def test_other_files_are_not_read_for_active_content():
    assert in_static("docs/noter.txt", '<script src="https://x.example/a.js"></script>') == []
    assert in_static("docs/tegning.png", "<script>") == []


def test_a_finding_in_a_page_is_reported_at_its_file_line(kb):
    kb.edit("docs/brug.md", "Søg efter", '<img src="https://billeder.example/a.png"> Søg efter')
    kb.edit("cases_anonymized/C-0001-skolefravaer.md", "Barn A er 11 år.", "Barn A er 11 år. [Kort](javascript:vis())")
    found = [(d.code, d.path, d.line, d.col, d.message) for d in kb.check()[2]]
    assert [f[:4] for f in found] == [("K506", "cases_anonymized/C-0001-skolefravaer.md", 16, 25),
                                      ("K505", "docs/brug.md", 5, 1)]
    assert "billeder.example" in found[1][4] and "<img src>" in found[1][4]
