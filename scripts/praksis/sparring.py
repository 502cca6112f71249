"""The team's sparring model (data/sparring_model.yml): phases with minutes.

One data file configures it; the meeting scaffold, the meeting sheet and
the sparring-model page all read it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Phase:
    key: str
    label: str
    minutes: int
    who: str
    what: str
    start: int  # minutes from the start of the case's slot


@dataclass(frozen=True)
class SparringModel:
    phases: tuple[Phase, ...]
    max_minutes: int

    @property
    def total(self) -> int:
        return sum(phase.minutes for phase in self.phases)


class SparringModelError(ValueError):
    """The data file breaks the model's own rule (at most max_minutes in all)."""


def load_model(text: str | None = None) -> SparringModel:
    if text is None:
        return _shipped_model()
    raw = yaml.load(text, Loader=_LOADER)
    phases, start = [], 0
    for item in raw["phases"]:
        phases.append(Phase(item["key"], item["label"], int(item["minutes"]), item.get("who", ""),
                            item.get("what", ""), start))
        start += int(item["minutes"])
    model = SparringModel(tuple(phases), int(raw.get("max_minutes", 60)))
    if model.total > model.max_minutes:
        raise SparringModelError(f"Sparringsmodellens faser varer {model.total} minutter; "
                                 f"højst {model.max_minutes} er tilladt.")
    return model


@lru_cache(maxsize=1)
def _shipped_model() -> SparringModel:
    """The data file read once per process: every meeting sheet shows it."""
    return load_model(resources.files("praksis").joinpath("data", "sparring_model.yml").read_text("utf-8"))


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def clock(minutes: int) -> str:
    """Minutes from the start as m:ss-free 'mm' text, e.g. 0:03 -> '00:03'."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
