"""The guidance text `praksis new` writes for the author to replace (data/placeholders.yml).

The templates take it from here and the check looks for it here, so the two cannot drift apart.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def load() -> dict[str, dict]:
    return yaml.safe_load(resources.files("praksis").joinpath("data/placeholders.yml").read_text("utf-8"))


def summary_of(kind: str) -> str | None:
    return load().get(kind, {}).get("summary")


def question_of(kind: str) -> str | None:
    return load().get(kind, {}).get("question")


def may_be_in(kind: str, body: str) -> bool:
    """Whether any placeholder of this kind stands anywhere in a body: most bodies are passed over whole."""
    return any(text in body for text in _body_texts(kind))


def in_body(kind: str, line: str) -> str | None:
    """The placeholder a body line still holds, or None."""
    return next((text for text in _body_texts(kind) if text in line), None)


def _body_texts(kind: str) -> tuple[str, ...] | list[str]:
    return load().get(kind, {}).get("body", ())
