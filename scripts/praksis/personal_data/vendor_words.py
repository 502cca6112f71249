"""Regenerate the vendored word lists in praksis/data/words/ (a developer tool, not imported at run time).

The guard asks of a capitalised word it does not know as a name whether it is an ordinary Danish or
English word, and in a German letter whether it is a German one. The lists come from the wordfreq wheel's frequency data (CC BY-SA 4.0: frequent words,
inflected forms included) and from the stems of the Danish hunspell dictionary of Stavekontrolden
(Debian's hunspell-da; taken under MPL 1.1 of its LGPL-2.1 / GPL-2 / MPL-1.1 choice):

    pip download wordfreq==3.1.1 --no-deps -d /tmp/words
    pip install msgpack
    apt-get download hunspell-da && dpkg-deb -x hunspell-da_*.deb /tmp/words/x
    python -m praksis.personal_data.vendor_words /tmp/words/wordfreq-3.1.1-py3-none-any.whl \
        /tmp/words/x/usr/share/hunspell/da_DK.dic

Only the words are kept (letters only, two or more, lower case), not their frequencies or affix flags.
"""

from __future__ import annotations

import gzip
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "words"
LISTS = {"da": "wordfreq/data/small_da.msgpack.gz", "en": "wordfreq/data/small_en.msgpack.gz",
         "de": "wordfreq/data/small_de.msgpack.gz"}


def main(argv: list[str]) -> int:
    import msgpack  # only the developer who regenerates the lists needs it

    with zipfile.ZipFile(argv[0]) as wheel:
        for language, member in LISTS.items():
            buckets = msgpack.unpackb(gzip.decompress(wheel.read(member)), raw=False, strict_map_key=False)
            words = sorted({w for bucket in buckets[1:] for w in bucket if len(w) >= 2 and w.isalpha()
                            and w.islower()})
            header = f"# {language}: words of wordfreq 3.1.1's {member.split('/')[-1]} (CC BY-SA 4.0), see README.md"
            (OUT / f"{language}.txt").write_text("\n".join([header, *words]) + "\n", "utf-8")
    stems = sorted({line.split("/")[0].strip() for line in Path(argv[1]).read_text("utf-8").split("\n")[1:]
                    if line[:1].islower() and len(line.split("/")[0].strip()) >= 2
                    and line.split("/")[0].strip().isalpha()})
    header = "# da-stems: the lower-case stems of Stavekontrolden's da_DK.dic (hunspell-da 7.5.0, MPL 1.1), see README.md"
    (OUT / "da-stems.txt").write_text("\n".join([header, *stems]) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
