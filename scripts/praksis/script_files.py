"""The theme's inline scripts, moved into files of their own so the Content Security Policy needs no 'unsafe-inline'.

Material writes three small scripts into every page (the palette, the scope of its local storage with the page's
relative base, the anchor fix); a policy of `script-src 'self'` blocks them inline. Each distinct script becomes
one file named by the digest of its text, and the page loads it from there, at the same place and as
synchronously as before. The policy then stays one fixed line in the server's configuration: no hashes to
compute per page, no configuration to regenerate and reload when the theme changes, and the same line works for
any host that can send headers. JSON data blocks (`<script type="application/json">`) are not run and stay.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from pathlib import Path

FOLDER = "assets/praksis/scripts"  # beside praksis' own assets; a name per content, so cached for good

# Only a bare <script> runs inline: every script praksis or Material loads from a file has a src, every data block
# a type. The author's own markup cannot reach here (active_content refuses <script> in the text).
_INLINE = re.compile(r"<script>(.*?)</script>", re.S)


class ScriptFiles:
    """The inline scripts of the pages rendered so far, by file name."""

    def __init__(self) -> None:
        self.scripts: dict[str, str] = {}

    def move_out(self, html: str, base: str) -> str:
        """The page with each inline script loaded from its file; base: the page's way to the site's root."""

        def to_file(match: re.Match) -> str:
            text = match.group(1)
            name = hashlib.sha256(text.encode("utf-8")).hexdigest()[:20] + ".js"
            self.scripts[name] = text
            return f'<script src="{posixpath.join(base, FOLDER, name)}"></script>'

        return _INLINE.sub(to_file, html)

    def write(self, site: Path) -> None:
        folder = site / FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in self.scripts.items():
            (folder / name).write_text(text, "utf-8")
