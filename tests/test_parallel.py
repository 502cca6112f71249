"""A cold run spread over several processes reports exactly what one process reports."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from praksis import parallel, personal_data
from praksis.cache import disabled
from praksis.files import read_kb_files
from praksis.loader import PARSE

REPO = Path(__file__).resolve().parents[1]

# Runs in a fresh process: the test process may have threads (a browser), and then no pool is forked.
COMPARE = """
import json, sys
from pathlib import Path
from praksis import parallel, personal_data
from praksis.cache import disabled
from praksis.files import read_kb_files
from praksis.loader import PARSE

root = Path(sys.argv[1])
files = read_kb_files(root)
stages = [PARSE, personal_data.ScanStage(root)]
cache = disabled()
workers = parallel.precompute(cache, stages, files, jobs=2, min_files=1)
def not_computed():
    raise AssertionError("a result the pool should have stored was computed again")

pooled = {(stage.namespace, rel): cache.lookup(stage.namespace, rel, files[rel], not_computed)
          for rel in files for stage in stages if stage.wants(rel)}
alone = {(stage.namespace, rel): stage.compute(rel, data)
         for rel, data in files.items() for stage in stages if stage.wants(rel)}
def canonical(value):
    # Entries compare by identity; their fields (positions unpacked, kind by name) are what must agree.
    if not isinstance(value, tuple):
        return value
    parsed, diagnostics = value
    if parsed is None:
        return None, diagnostics
    fields = {key: dict(item) if key == "positions" else getattr(item, "name", item) if key == "kind" else item
              for key, item in vars(parsed).items() if not key.startswith("_")}
    return type(parsed).__name__, fields, diagnostics

print(json.dumps({"workers": workers, "results": len(pooled),
                  "differ": [rel for (_, rel), value in alone.items() if canonical(pooled[(_, rel)]) != canonical(value)]}))
"""


def run_python(code: str, *args: str, jobs: str | None = None) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO / "scripts")}
    if jobs is not None:  # the machine's cores, or PRAKSIS_JOBS in the test run, must not decide the outcome
        env[parallel.JOBS_VARIABLE] = jobs
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def test_worker_processes_compute_the_same_entries_and_findings_as_one_process(kb):
    kb.edit("docs/principper/P-0001-en-time.md", "methods: [reflekterende-team]", "methods: [yoga]")
    kb.edit("cases_anonymized/C-0001-skolefravaer.md", "Barn A er 11 år.", "Tlf. 22 33 44 55.")
    kb.write("docs/principper/P-0009-broken.md", "---\nid: P-0009\ntitle: [unclosed\n---\n")
    outcome = run_python(COMPARE, str(kb.root))
    assert outcome["workers"] == 2
    files = read_kb_files(kb.root)
    assert outcome["results"] == len(files) + sum(rel.endswith(".md") for rel in files)  # scan all, parse .md
    assert outcome["differ"] == []


CHECK = """
import sys
from concurrent.futures import ProcessPoolExecutor
from praksis import parallel
from praksis.cli import main

class CountedPool(ProcessPoolExecutor):
    def __init__(self, workers, **options):
        sys.stderr.write(f"pool of {workers}\\n")
        super().__init__(workers, **options)

parallel.MIN_ITEMS_PER_WORKER = 1  # the fixture is small
parallel.ProcessPoolExecutor = CountedPool
sys.exit(main(["check", "--root", sys.argv[1], "--output-format", "json"]))
"""


def test_a_cold_check_with_two_processes_reports_what_one_reports(kb):
    kb.edit("cases_anonymized/C-0001-skolefravaer.md", "Barn A er 11 år.", "Tlf. 22 33 44 55.")
    runs = {}
    for jobs in ("1", "2"):
        env = {**os.environ, "PYTHONPATH": str(REPO / "scripts"), parallel.JOBS_VARIABLE: jobs}
        runs[jobs] = subprocess.run([sys.executable, "-c", CHECK, str(kb.root)], capture_output=True, text=True,
                                    env=env)
        shutil.rmtree(kb.root / ".praksis_cache")  # cold again: no results and no check to replay
    assert "pool" not in runs["1"].stderr and "pool of 2" in runs["2"].stderr
    assert runs["1"].stdout == runs["2"].stdout and '"P602"' in runs["1"].stdout


def test_only_results_the_cache_lacks_are_computed(kb):
    files = read_kb_files(kb.root)
    stages = [PARSE, personal_data.ScanStage(kb.root)]
    cache = disabled()
    for rel, data in files.items():
        cache.store(PARSE.namespace, rel, cache.digest_of(data), "kept")
    edited = "docs/principper/P-0001-en-time.md"
    files[edited] = files[edited] + b"\nEn linje mere.\n"
    missing = parallel.lacking(cache, stages, files)
    assert missing.pop(edited) == [0, 1]  # new bytes: parse and scan again
    assert set(missing) == set(files) - {edited} and all(value == [1] for value in missing.values())


def test_a_small_knowledge_base_stays_in_one_process(kb):
    files = read_kb_files(kb.root)
    assert parallel.precompute(disabled(), [PARSE, personal_data.ScanStage(kb.root)], files, jobs=8) == 1


def test_the_number_of_processes_can_be_set(monkeypatch):
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "3")
    assert parallel.available_jobs() == 3
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "many")
    assert parallel.available_jobs() >= 1


DAEMON = """
import json, multiprocessing
from praksis import parallel

here = parallel._can_fork()
with multiprocessing.get_context("fork").Pool(1) as pool:  # its workers are daemons: no children allowed
    print(json.dumps({"here": here, "in_a_pool_worker": pool.apply(parallel._can_fork)}))
"""


def test_a_check_inside_another_pools_worker_stays_in_one_process():
    assert run_python(DAEMON) == {"here": True, "in_a_pool_worker": False}


MAP = """
import json, sys
from praksis import parallel

class Opaque:  # no pickling: items and function must reach the workers with the fork
    def __init__(self, n): self.n = n
    def __reduce__(self): raise TypeError("not picklable")

items = [Opaque(n) for n in range(50)]
offset = 1000
doubled = parallel.forked_map(lambda item: item.n * 2 + offset, items, jobs=2, min_items=1)
alone = parallel.forked_map(lambda item: item.n, items, jobs=1)
print(json.dumps({"doubled": doubled, "alone": alone}))
"""


def test_forked_map_runs_a_closure_over_unpicklable_items_in_order():
    outcome = run_python(MAP)
    assert outcome["doubled"] == [n * 2 + 1000 for n in range(50)]
    assert outcome["alone"] is None  # one job: the caller does the work itself


RENDER = """
import hashlib, json, sys
from pathlib import Path
from concurrent.futures import ProcessPoolExecutor
from praksis import parallel
from praksis.checks import check_root

pools = []
class CountedPool(ProcessPoolExecutor):
    def __init__(self, workers, **options):
        pools.append(workers)
        super().__init__(workers, **options)

parallel.MIN_ITEMS_PER_WORKER = 1  # the fixture is small
parallel.ProcessPoolExecutor = CountedPool
root = Path(sys.argv[1])
_, pooled, _ = check_root(root, use_cache=False)
pooled.render_all()
rendered = {page.uri: page._markdown for page in pooled.pages}
_, alone, _ = check_root(root, use_cache=False)
print(json.dumps({"pools": pools, "unrendered": [uri for uri, text in rendered.items() if text is None],
                  "differ": [p.uri for p in alone.pages if p.markdown != rendered[p.uri]]}))
"""


def test_a_build_renders_its_pages_in_worker_processes_exactly_as_one_process_does(kb):
    outcome = run_python(RENDER, str(kb.root), jobs="3")
    assert outcome["pools"] and set(outcome["pools"]) == {3}
    assert outcome["unrendered"] == []
    assert outcome["differ"] == []
