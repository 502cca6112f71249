"""Word diffs: what a wording lost and gained, word by word, for a pull request's summary and an earlier wording."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Op:
    op: str  # same | removed | added
    text: str


# Words (P-0001 is one) and each other sign, each with the space before it; then the space at the end.
_TOKENS = re.compile(r"\s*(?:[\w-]+|[^\w\s])|\s+")


def word_diff(old: str, new: str) -> list[Op]:
    """Words removed and added, each with the space before it: 'same' and 'added' give the new text, 'same' and
    'removed' the old one's words (with the new text's spaces between the words both keep)."""
    old_tokens, new_tokens = _tokens(old), _tokens(new)
    matcher = difflib.SequenceMatcher(None, [t.strip() for t in old_tokens], [t.strip() for t in new_tokens],
                                      autojunk=False)
    ops: list[Op] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(ops, "same", "".join(new_tokens[j1:j2]))
            continue
        removed, added = "".join(old_tokens[i1:i2]), "".join(new_tokens[j1:j2])
        space = _common_space(removed, added)  # a word replaced on the same line stays on it
        _append(ops, "same", space)
        _append(ops, "removed", removed[len(space):])
        _append(ops, "added", added[len(space):])
    return ops


def _common_space(old: str, new: str) -> str:
    """The whitespace both runs begin with ('' unless both are there)."""
    if not old or not new:
        return ""
    lead = min(len(old) - len(old.lstrip()), len(new) - len(new.lstrip()))
    return old[:lead] if old[:lead] == new[:lead] else ""


def _tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def _append(ops: list[Op], op: str, text: str) -> None:
    if not text:
        return
    if ops and ops[-1].op == op:
        ops[-1] = Op(op, ops[-1].text + text)
    else:
        ops.append(Op(op, text))
