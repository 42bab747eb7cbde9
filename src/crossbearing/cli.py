"""Command-line interface: thin click commands over library functions."""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .safetext import printable
from .settings import Settings

console = Console()
err_console = Console(stderr=True)

db_option = click.option("--db", default=None, help=f"DuckDB file [default: {Settings.db}; env CROSSBEARING_DB].")


def open_store(db: str | None, read_only: bool = False):
    from .store import Store

    path = Settings.load(db=db).db
    if read_only and not Path(path).exists():
        raise click.ClickException(f"no database at {path}: run `crossbearing run PATH --db {path}` first.")
    return Store(path, read_only=read_only)


class _Group(click.Group):
    """Turns a database that cannot be opened (locked by another process, not a database)
    into one line saying what to do, for every command, however it opens the store."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except RuntimeError as exc:
            from .store.duck import StoreUnavailable

            if isinstance(exc, StoreUnavailable):
                raise click.ClickException(str(exc)) from None
            raise
        except Exception as exc:
            # A database opened some other way (e.g. ATTACHed by the server) and locked.
            if type(exc).__module__.endswith("duckdb") and "Conflicting lock" in str(exc):
                from .store.duck import open_error

                raise click.ClickException(str(open_error(None, exc, None))) from None
            raise


def cell(value) -> Text:
    """Untrusted text (titles, outlets, article text) for a rich table: never read as
    markup, control characters replaced."""
    return Text(printable(value, one_line=True))


def _check_date(ctx, param, value):
    if value is None:
        return None
    from .ingest.metadata import normalise_date

    try:
        normalise_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="crossbearing")
def cli() -> None:
    """crossbearing: evidence-backed conflict event data from many news outlets."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--outlet", help="Outlet name for every input article (overrides metadata and datelines).")
@click.option("--published", callback=_check_date, help="Publication date (YYYY-MM-DD) for every input article.")
@click.option("--workers", type=int, default=None, help="Extraction processes [default: 1].")
@click.option("--dask", default=None, help="Dask scheduler address for extraction (needs the `dask` extra).")
@click.option("--no-link", is_flag=True, help="Skip the across-articles stage.")
def run(paths, db, outlet, published, workers, dask, no_link):
    """Ingest PATHS (files or directories), extract facts, link across outlets, store."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from .pipeline import run as run_pipeline

    settings = Settings.load(db=db, workers=workers, dask=dask)
    with open_store(settings.db) as store, Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.fields[info]}"),
        TimeElapsedColumn(), console=err_console, transient=True, disable=not err_console.is_terminal,
    ) as progress:
        task = progress.add_task("articles", total=None, info="")
        reported = {"ignored": 0, "skipped": 0}

        def report(kind: str, errors) -> None:
            # One line per problem, as it happens, never wrapped, so the report can be grepped.
            for err in errors[reported[kind]:]:
                line = f"{kind}: {err}"
                if progress.live.is_started:
                    progress.console.print(Text(line), soft_wrap=True)
                else:
                    click.echo(line, err=True)
            reported[kind] = len(errors)

        def update(s):
            report("ignored", s.ignored)
            report("skipped", s.failed)
            progress.update(task, completed=s.stored,
                            info=f"{s.stored} stored, {s.skipped_existing} already stored, "
                                 f"{len(s.failed)} failed, {s.rate:.1f}/s")

        summary = run_pipeline(paths, store, settings, outlet=outlet, published=published,
                               progress=update, link=not no_link)
        update(summary)
        totals = {t: store.count(t) for t in ("articles", "mentions", "places", "times", "quantities",
                                              "claims", "events", "stories", "cross_events")}
    table = Table(title=cell(f"crossbearing run → {settings.db}"), show_header=False)
    table.add_row("inputs read", str(summary.seen))
    table.add_row("articles stored now", str(summary.stored))
    table.add_row("already stored (skipped)", str(summary.skipped_existing))
    table.add_row("inputs failed", f"{len(summary.failed)}" + (" (each listed above)" if summary.failed else ""))
    table.add_row("articles truncated for extraction", str(summary.truncated))
    table.add_row("articles with extractor errors", str(summary.extractor_errors))
    table.add_row("rate", f"{summary.rate:.1f} articles/s")
    for name, n in totals.items():
        table.add_row(f"in database: {name}", str(n))
    console.print(table)
    if summary.failed:
        sys.exit(2)


@cli.command()
@db_option
@click.option("--limit", type=int, default=50, show_default=True)
def articles(db, limit):
    """List stored articles."""
    with open_store(db, read_only=True) as store:
        rows = store.query("SELECT id, outlet, published, published_precision, title, "
                           "substr(text, 1, 60) AS start FROM articles ORDER BY published NULLS LAST, id LIMIT ?", [limit])
    table = Table("id", "outlet", "published", "title / start")
    for r in rows:
        pub = f"{r['published'] or '—'}" + (f" ({r['published_precision']})" if r["published_precision"] else "")
        table.add_row(cell(r["id"]), cell(r["outlet"] or "—"), cell(pub), cell(r["title"] or r["start"]))
    console.print(table)


@cli.command()
@click.argument("article_id")
@db_option
def show(article_id, db):
    """Show an article with its extracted spans highlighted (id or unique prefix)."""
    from .render import highlighted

    with open_store(db, read_only=True) as store:
        article = store.find_article(article_id)
        if article is None:
            raise click.ClickException(f"no single article matches {article_id!r}; list them with `crossbearing articles`.")
        analysis = store.analysis(article.id)
    console.print(highlighted(analysis))


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "acled-csv", "geojson", "plover-jsonl"]),
              default="jsonl", show_default=True)
@click.option("--table", default=None,
              help="Table to export for csv/parquet/jsonl: events (one row per merged event, ACLED columns first), "
                   "reports (one row per event x article), article_events (per-article events as stored), or any "
                   "store table [default: events, or articles when there are none].")
@click.option("--output", "-o", type=click.Path(), default="-", help="Output file ('-' = stdout where the format allows).")
def export(db, fmt, table, output):
    """Export the dataset: one row per real-world event (ACLED CSV, GeoJSON, PLOVER, Parquet, JSON Lines, …)."""
    from .store.export import export as do_export

    with open_store(db, read_only=True) as store:
        try:
            result = do_export(store, fmt, output, table)
        except ValueError as exc:
            raise click.ClickException(str(exc))
    err_console.print(f"exported {result.describe()} as {fmt} to {output}")


@cli.command("eval")
@click.argument("task_name", metavar="TASK")
@click.option("--data", type=click.Path(), default="../shared/data", show_default=True, help="Evaluation data folder.")
@click.option("--split", type=click.Choice(["dev", "test"]), default="dev", show_default=True)
@click.option("--json", "json_out", type=click.Path(), help="Write {task, split, metrics} to this file.")
@click.option("--limit", type=int, default=None, help="Only the first N records of each set (quick checks).")
def eval_cmd(task_name, data, split, json_out, limit):
    """Run an evaluation TASK (crossbearing eval list shows them) and print its metrics."""
    from .eval.registry import EvalContext, MissingData, load_all, run_task

    tasks = load_all()
    if task_name == "list":
        for t in sorted(tasks.values(), key=lambda t: t.name):
            console.print(f"[bold]{t.name}[/bold]  {t.help}")
        return
    ctx = EvalContext(data=Path(data), split=split, limit=limit)
    try:
        result = run_task(task_name, ctx)
    except (KeyError, MissingData) as exc:
        raise click.ClickException(str(exc.args[0] if exc.args else exc))
    metrics = {k: v for k, v in result.items() if not k.startswith("_")}
    for key, detail in result.items():
        if key.startswith("_") and detail:
            console.print(detail)
    table = Table("metric", "value", title=f"eval {task_name} ({split})")
    for k, v in metrics.items():
        table.add_row(k, f"{v:.4f}" if isinstance(v, float) else str(v))
    console.print(table)
    if json_out:
        Path(json_out).write_text(json.dumps({"task": task_name, "split": split, "metrics": metrics}, indent=2))


@cli.command()
def extractors():
    """List registered extractors with what they need and set."""
    from .extract.registry import ordered

    table = Table("extractor", "requires", "sets", "what it does")
    for spec in ordered():
        table.add_row(spec.name, ", ".join(spec.requires), ", ".join(spec.sets), spec.help)
    console.print(table)


@cli.command("settings")
@click.option("--markdown", is_flag=True, help="Print docs/SETTINGS.md instead of a table.")
def settings_cmd(markdown):
    """List every setting with its default and help (env: CROSSBEARING_<NAME>)."""
    if markdown:
        from .settings import settings_markdown

        click.echo(settings_markdown(), nl=False)
        return
    table = Table("setting", "default", "help")
    for name, default, help_text in Settings.describe():
        table.add_row(name, repr(default), help_text)
    console.print(table)


def _load_command_modules() -> None:
    from . import commands

    for mod in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"{commands.__name__}.{mod.name}").register(cli)


_load_command_modules()


def main() -> None:
    cli()
