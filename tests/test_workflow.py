"""Specification of the delivery pipeline's hardening: the GitHub workflow passes zizmor's audit (run offline, no
finding at all), each job holds the least token it needs, and the built site is kept as the artifact the server
serves."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import REPO, require

WORKFLOW = REPO / ".github" / "workflows" / "praksis.yml"


def zizmor_findings(workflow: Path) -> list[dict]:
    zizmor = shutil.which("zizmor", path=str(Path(sys.executable).parent)) or shutil.which("zizmor")
    require(zizmor is not None, "zizmor is not installed (pip install -e '.[test]')")
    result = subprocess.run([zizmor, "--offline", "--format", "json", str(workflow)], capture_output=True, text=True)
    assert result.stdout.strip(), result.stderr  # an audit that did not run is not a pass
    findings = json.loads(result.stdout)
    assert (result.returncode == 0) == (findings == []), result.stderr
    return findings


def test_the_workflow_passes_zizmors_audit_with_no_finding():
    findings = zizmor_findings(WORKFLOW)
    assert findings == [], [(f["ident"], f["desc"]) for f in findings]


def test_the_audit_does_find_an_action_pinned_by_tag(tmp_path):
    # The pass above means something only if the audit sees what it is there for.
    text = WORKFLOW.read_text("utf-8")
    pinned = text.split("actions/checkout@", 1)[1].split()[0]
    (tmp_path / "praksis.yml").write_text(text.replace(f"actions/checkout@{pinned}", "actions/checkout@v4"), "utf-8")
    assert "unpinned-uses" in {f["ident"] for f in zizmor_findings(tmp_path / "praksis.yml")}


def jobs() -> dict:
    return yaml.safe_load(WORKFLOW.read_text("utf-8"))["jobs"]


def test_each_job_holds_the_least_token_it_needs():
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    assert workflow["permissions"] == {}
    assert "pull_request_target" not in workflow[True]  # YAML reads the key `on` as True
    writers = {name for name, job in jobs().items() if "write" in job["permissions"].values()}
    assert writers == {"comment"}
    assert jobs()["comment"]["permissions"] == {"pull-requests": "write"}
    # The job that may write runs nothing of the pull request's: no checkout, no run step.
    steps = jobs()["comment"]["steps"]
    assert not any("actions/checkout" in step.get("uses", "") or "run" in step for step in steps)


def test_every_checkout_leaves_no_credentials_behind_and_every_action_is_pinned_by_commit():
    for job in jobs().values():
        for step in job["steps"]:
            uses = step.get("uses")
            if uses:
                ref = uses.split("@", 1)[1]
                assert len(ref) == 40 and all(c in "0123456789abcdef" for c in ref), uses
            if uses and uses.startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False


def test_the_built_site_is_kept_as_an_artifact():
    uploads = [step["with"] for step in jobs()["check-and-build"]["steps"]
               if step.get("uses", "").startswith("actions/upload-artifact@")]
    assert {"name": "site", "path": "site/", "if-no-files-found": "error"} in uploads
