"""Options of the `praksis` plugin in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class PraksisConfig(Config):
    # Knowledge-base root (holds docs/ and cases_anonymized/); default: the folder of mkdocs.yml.
    root = c.Optional(c.Type(str))
    # Build the Pagefind search index after the build.
    search = c.Type(bool, default=True)
    # The project's severities: rule code -> error | warning | info | ignore (praksis check reads them too).
    severity = c.Type(dict, default={})
    # The faglig koordinator's e-mail address: every principle page offers a prefilled mail to propose a change.
    coordinator_email = c.Optional(c.Type(str))
