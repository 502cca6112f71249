"""A user's handle on social media (P606): a child's or an adult's name there, as a concern report copies a
chat ('[22:07] bo.1212: har i set det', 'xxbrianxx (21:09): ...', 'its_svea — i dag kl. 15:12') or names a
profile ('profil: lil.marzia', 'Brugeren xxbertramxx', 'en profil, der kalder sig "vasyl_00"').

A handle is one token of letters with digits, points or underscores. It counts where the text says someone
writes or is called by it: a chat line's speaker (with a time, or one of two or more such lines), or after a
profile's or a user's word. A word alone counts only with a time beside it; the names readers judge the rest.
"""

from __future__ import annotations

import re

from .. import frontmatter
from .name_context import LABELS, PERSON_WORDS, a_persons_compound
from .words import vocabulary

_HANDLE = r"[^\W_][\w.]{2,30}[^\W_]"  # four characters or more
# A chat's line: an optional time, the handle, an optional time in parentheses or after a dash, then its message.
# Read from a line break, which C's search finds fast, in the text after one more line break.
_SPEAKER_LINE = re.compile(rf"(?m)\n[ \t>*-]*(?P<lead>\[\d{{1,2}}[:.]\d\d\][ \t]*)?(?P<at>@)?"
                           # without a time first, a handle with its marks or a time after: few lines qualify
                           r"(?(lead)|(?(at)|(?=[^\W\d_]*[\d._]|[\w.]{2,32}+(?:[ \t]*\(\d|[ \t]+[—–-][ \t]))))"
                           rf"(?P<handle>{_HANDLE})"
                           r"(?P<after>[ \t]*\(\d{1,2}[:.]\d\d\)[ \t]*:[ \t]+\S|[ \t]+[—–-][ \t]+(?:i dag|i går|\d)[^\n]*"
                           # a data file's value (a list, a quote, a number) ends it here unless a time or '@' came
                           r"\d{1,2}[:.]\d\d[ \t]*$|:[ \t]+(?P<value>(?(lead)\S|(?(at)\S|[^\s\[{\"'|>\d]))))")

# A profile's or a user's word before it: 'profil: lil.marzia', 'Brugeren xxbertramxx', 'kalder sig "vasyl_00"'.
# A label's word needs its colon ('bruger' alone is the verb: 'familien bruger kaldenavnet'; 'Handle planens mål').
_NAMED_HANDLE = re.compile(rf"(?:\b(?:[Pp]rofil|[Pp]rofilen|[Bb]ruger|[Hh]andle)(?=[ \t]*:)|\b[Bb]rugeren"
                           rf"|\b(?:[Bb]ruger|[Pp]rofil)navn(?:et)?|\b[Kk]alder sig)[ \t]*:?[ \t]*[\"'“”]?"
                           rf"@?(?P<handle>{_HANDLE})(?![\w@])")


def handles(text: str) -> list[tuple[int, int, str, str]]:
    """Every handle the text says is someone's, as the name readers' hits."""
    found = []
    speakers = [m for m in _SPEAKER_LINE.finditer("\n" + text) if _a_handle(m.group("handle"))]
    timed = [m for m in speakers if (m.group("lead") or m.group("value") is None)
             and (_marked(m.group("handle")) or m.group("handle").lower() not in vocabulary())]
    # '@' marks a handle as a digit does: '@birk: min mor tror jeg sover hos dig'
    plain = [m for m in speakers if m not in timed and (m.group("at") or _marked(m.group("handle"))) and not _a_key(m)]
    found += [(m.start("handle") - 1, m.group("handle")) for m in timed + (plain if len(plain) >= 2 else [])]
    named = ("rofil" in text or "rugeren" in text or "ruger:" in text or "rugernavn" in text or "alder sig" in text
             or "andle:" in text)  # literals first: the expression costs more
    found += [(m.start("handle"), m.group("handle")) for m in (_NAMED_HANDLE.finditer(text) if named else ())
              if _a_handle(m.group("handle")) and (_marked(m.group("handle")) or m.group("handle").islower()
                                                   and m.group("handle") not in vocabulary())]
    return [(start, start + len(handle), "P606", handle) for start, handle in found]


# A text about social media or a chat: there a token of a handle's shape is someone's, wherever it stands ('skrev
# snapboy_2007 kl. 02:14', 'oprettet af lil.pipaluk', 'min snap er fotograf_dk', a table's 'Afsender' column).
# In lower case, with an underscore, a digit after a letter or a point between letters; not after '@', '/' or '.'.
_SHAPED = re.compile(r"(?<![\w@./`-])(?=[a-zæøå0-9._]*(?:_|[a-zæøå]\d|\.[a-zæøå]))[a-zæøå][a-zæøå0-9._]{2,30}[a-zæøå0-9]"
                     r"(?![\w@/`]|\.\w)")  # not a path's part ('cases_anonymized/...') nor code
_NOT_HANDLES = re.compile(r".*\.(?:dk|com|net|org|se|no|de|eu|io|uk|nu|fo|gl|pdf|docx?|xlsx?|jpe?g|png|txt|md|yml)$"
                          r"|(?:j|f|bl|p|m|o|t|a|e|i|jf|pr|ca|evt|inkl|kl|nr)\.[a-zæøå.]{1,4}$"
                          r"|[a-zæøå]+\.(?:nr|nummer)$")  # 'cpr.nr', 'reg.nr'


def shaped_handles(text: str, social: bool = True) -> list[tuple[int, int, str, str]]:
    """A handle's shape anywhere in a text about social media or a chat: 'snapboy_2007', 'lil.somchai', 'hevi51'.
    `social`: the scan found a medium's word (anchors.py's 'social')."""
    if not social:
        return []
    keys_end = _front_matter_end(text)
    return [(m.start(), m.end(), "P606", m.group()) for m in _SHAPED.finditer(text)
            if not _NOT_HANDLES.match(m.group()) and m.group() not in vocabulary()
            and sum(ch.isalpha() for ch in m.group()) >= 2
            and not (m.start() < keys_end and text[m.end():m.end() + 1] == ":")]  # a key: 'signs_of_safety:'


def _front_matter_end(text: str) -> int:
    """Where a Markdown file's front matter ends (0 without one): its keys are the schema's words. The one reader
    of the block's fences is frontmatter.split."""
    yaml, _, body, _ = frontmatter.split(text)
    return len(text) - len(body) if yaml is not None else 0


def _a_key(m: re.Match) -> bool:
    """A data file's key, not a chat's speaker: indented ('  next_steps: ok'), never after '@' ('@xx__72: 15'). A
    value that is a list, a quote or a number ('next_steps: [') ends the expression already."""
    return not m.group("at") and m.group()[1:2] in (" ", "\t")


def _marked(handle: str) -> bool:
    """A handle's own marks: a digit, a point or an underscore among its letters ('bo.1212', 'its_svea')."""
    return any(ch.isdigit() or ch in "._" for ch in handle) and any(ch.isalpha() for ch in handle)


def _a_handle(handle: str) -> bool:
    """Not a form's label ('Emne', 'Navn'), a role ('Mor'), a time or a number, nor capitalised prose ('Referat')."""
    low = handle.lower()
    return (any(ch.isalpha() for ch in handle) and low not in LABELS and low not in PERSON_WORDS
            and not a_persons_compound(low)  # 'ekskæresten: hvor er du'
            and (handle.islower() or _marked(handle)) and not low.startswith(("http", "www")))
