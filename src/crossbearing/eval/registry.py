"""Task registry for ``crossbearing eval``.

A task is a function ``(ctx: EvalContext) -> dict[str, float]`` returning flat, dotted
metric names (``lgl.acc161_gold``) with fractions in 0–1 where they are rates. Tasks may
also return non-numeric detail under keys starting with ``_`` (printed, not written to
``--json``'s ``metrics``).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from ..settings import Settings


class MissingData(RuntimeError):
    """An evaluation set is not where the task looks for it."""


@dataclass
class EvalContext:
    data: Path
    split: str = "dev"  # dev | test
    settings: Settings = field(default_factory=Settings.load)
    limit: int | None = None  # evaluate on the first N records only (quick runs)
    skip: int = 0  # … after skipping this many (a slice the rules were not read on)
    options: dict[str, Any] = field(default_factory=dict)

    def path(self, set_name: str, file: str | None = None) -> Path:
        """``<data>/<set>/<split>.jsonl`` for split sets, or an explicit file in the set."""
        p = self.data / set_name / (file or f"{self.split}.jsonl")
        if not p.exists():
            raise MissingData(
                f"{p} not found: point --data at the shared evaluation data (a folder with "
                f"acled/, gva/, geo/, seeds/); the {self.split!r} split of {set_name!r} must exist."
            )
        return p

    def records(self, set_name: str, file: str | None = None) -> Iterator[dict]:
        with self.path(set_name, file).open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i < self.skip:
                    continue
                if self.limit is not None and i - self.skip >= self.limit:
                    break
                if line.strip():
                    yield json.loads(line)


@dataclass(frozen=True)
class TaskSpec:
    name: str
    func: Callable[[EvalContext], dict[str, Any]]
    help: str


TASKS: dict[str, TaskSpec] = {}


def task(name: str, help: str = ""):
    def register(func: Callable[[EvalContext], dict[str, Any]]):
        TASKS[name] = TaskSpec(name, func, help or (func.__doc__ or "").strip().splitlines()[0])
        return func

    return register


def load_all() -> dict[str, TaskSpec]:
    from .. import eval as pkg

    for mod in pkgutil.iter_modules(pkg.__path__):
        if mod.name not in ("registry",) and not mod.name.startswith("_"):
            importlib.import_module(f"{pkg.__name__}.{mod.name}")
    return TASKS


def run_task(name: str, ctx: EvalContext) -> dict[str, Any]:
    tasks = load_all()
    if name not in tasks:
        raise KeyError(f"unknown eval task {name!r}; known: {', '.join(sorted(tasks))}")
    return tasks[name].func(ctx)
