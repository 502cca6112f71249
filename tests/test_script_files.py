"""Specification of moving the theme's inline scripts into files (so the Content Security Policy needs no
'unsafe-inline'): each distinct script one file named by its digest, loaded from the page's own way to the root."""

from __future__ import annotations

import hashlib

from praksis.script_files import FOLDER, ScriptFiles

PAGE = """<head><script>var a = 1;</script><script src="x.js"></script></head>
<body><script>var a = 1;</script><script id="__config" type="application/json">{"base": ".."}</script>
<code>&lt;script&gt;shown, not run&lt;/script&gt;</code><script>
  var b = 2;
</script></body>"""


def name_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20] + ".js"


def test_each_inline_script_is_loaded_from_a_file_named_by_its_digest():
    scripts = ScriptFiles()
    html = scripts.move_out(PAGE, "../..")
    one, two = name_of("var a = 1;"), name_of("\n  var b = 2;\n")
    assert html.count(f'<script src="../../{FOLDER}/{one}"></script>') == 2  # the same script, the same file
    assert f'<script src="../../{FOLDER}/{two}"></script>' in html
    assert scripts.scripts == {one: "var a = 1;", two: "\n  var b = 2;\n"}


def test_data_blocks_loaded_scripts_and_shown_code_stay_as_they_are():
    html = ScriptFiles().move_out(PAGE, ".")
    assert '<script id="__config" type="application/json">{"base": ".."}</script>' in html
    assert '<script src="x.js"></script>' in html
    assert "&lt;script&gt;shown, not run&lt;/script&gt;" in html
    assert "<script>" not in html


def test_an_error_page_loads_them_from_the_sites_root(tmp_path):
    scripts = ScriptFiles()
    html = scripts.move_out("<script>var c = 3;</script>", "/praksis/")
    assert html == f'<script src="/praksis/{FOLDER}/{name_of("var c = 3;")}"></script>'
    scripts.write(tmp_path)
    assert (tmp_path / FOLDER / name_of("var c = 3;")).read_text("utf-8") == "var c = 3;"
