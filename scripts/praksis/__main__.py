"""`praksis` as its own process: the only place that tunes the Python process itself."""

from __future__ import annotations

import gc
import os
import sys


def main() -> int:
    from .cli import main as cli_main

    # The model is hundreds of thousands of small acyclic objects: Python's cycle collector would walk them
    # again and again while they are made (a third of a warm check at 10,000 entries) and free nothing, and
    # its final collection at exit would walk them once more only to free what the OS frees anyway.
    # A server (praksis serve) runs for hours and rebuilds again and again: it keeps the collector.
    one_shot = "serve" not in sys.argv[1:2]
    if one_shot:
        gc.disable()
    try:
        code = cli_main()
    except BrokenPipeError:  # `praksis rule --all | head`: the reader stopped; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    if one_shot:
        gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(main())
