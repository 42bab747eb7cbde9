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


FILTER_NAMES = ("date_from", "date_to", "country", "event_type", "actor", "outlet", "min_origins")


def filter_options(func):
    """The event filters every export and listing command takes (see ``export.filters``)."""
    opts = [
        click.option("--date-from", callback=_check_date, help="Only events on or after this date (YYYY-MM-DD)."),
        click.option("--date-to", callback=_check_date, help="Only events on or before this date (YYYY-MM-DD)."),
        click.option("--country", help="Only events in this country (name or ISO alpha-2 code)."),
        click.option("--event-type", help="Only events of this ACLED event type or sub-event type."),
        click.option("--actor", help="Only events with an actor whose name contains this."),
        click.option("--outlet", help="Only events this outlet reported."),
        click.option("--min-origins", type=click.IntRange(min=0),
                     help="Only events with at least this many independent origins."),
    ]
    for opt in reversed(opts):
        func = opt(func)
    return func


def output_options(func):
    func = click.option("--csv", "as_csv", is_flag=True, help="Print CSV (ACLED columns first) instead of a table.")(func)
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(func)


def take_filters(kwargs: dict):
    """The ``EventFilter`` of a command's filter options (removed from ``kwargs``)."""
    from .export.filters import EventFilter

    try:
        return EventFilter(**{k: kwargs.pop(k) for k in FILTER_NAMES})
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def echo_rows(rows: list[dict], columns: list[str], as_json: bool) -> None:
    """Rows as JSON (one array) or CSV on stdout; cells made safe for spreadsheets."""
    from .export.merged import plain_value
    from .store.cells import safe_cell

    if as_json:
        click.echo(json.dumps([{c: plain_value(r.get(c)) for c in columns} for r in rows], ensure_ascii=False,
                              default=str, indent=1))
        return
    import csv
    import io

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({c: safe_cell(plain_value(r.get(c))) for c in columns})
    click.echo(buf.getvalue(), nl=False)


def left_out_line(left: dict[str, int]) -> str:
    return ", ".join(f"{n} {why}" for why, n in left.items() if n) or "none"


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="crossbearing")
def cli() -> None:
    """crossbearing: evidence-backed conflict event data from many news outlets."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--outlet", help="Outlet name for every input article (overrides metadata and datelines).")
@click.option("--published", callback=_check_date, help="Publication date (YYYY-MM-DD) for every input article.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Extraction processes [default: 1]; with --dask local, the local cluster's workers.")
@click.option("--dask", default=None, metavar="ADDRESS|local",
              help="Extract on a Dask cluster: its scheduler's address (tcp://host:port), or `local` for a "
                   "cluster of local processes (needs the `dask` extra). Stores the same rows as a local run.")
@click.option("--stage-dir", default=None, type=click.Path(file_okay=False), metavar="DIR",
              help="With --dask: the workers write each batch's rows as Parquet under DIR (kept as a partitioned "
                   "dataset) and this process loads them from there; on a real cluster, a shared folder.")
@click.option("--no-link", is_flag=True, help="Skip the across-articles stage.")
def run(paths, db, outlet, published, workers, dask, stage_dir, no_link):
    """Ingest PATHS (files or directories), extract facts, link across outlets, store."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from .pipeline import run as run_pipeline

    settings = Settings.load(db=db, workers=workers, dask=dask, stage_dir=stage_dir)
    if settings.stage_dir and not settings.dask:
        raise click.UsageError("--stage-dir is where Dask workers write their rows: use it with --dask "
                               "(local or a scheduler's address), or leave it out.")
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
@filter_options
@output_options
def show(article_id, db, as_json, as_csv, **kw):
    """Show an article: its spans highlighted, what each resolved to (place with coordinates,
    date, figure) and the events it reports (filters select those). --json: the article's
    resolved spans and events; --csv: its events."""
    from .export.merged import COLUMNS
    from .export.views import event_records, resolved_spans
    from .render import highlighted

    filters = take_filters(kw)
    with open_store(db, read_only=True) as store:
        article = store.find_article(article_id)
        if article is None:
            raise click.ClickException(f"no single article matches {article_id!r}; list them with `crossbearing articles`.")
        analysis = store.analysis(article.id)
        events, left = event_records(store, filters, article=article.id)
    spans = list(resolved_spans(analysis))
    if as_json:
        click.echo(json.dumps({"article": {"id": article.id, "outlet": article.outlet, "title": article.title,
                                           "published": article.published}, "spans": spans, "events": events},
                              ensure_ascii=False, default=str, indent=1))
        return
    if as_csv:
        echo_rows(events, COLUMNS, False)
        return
    console.print(highlighted(analysis))
    table = Table("kind", "span", "text", "resolved to", title="what each span resolved to")
    for sp in spans:
        table.add_row(sp["kind"], f"{sp['start']}-{sp['end']}", cell(sp["text"]), cell(sp["resolved"] or "—"))
    console.print(table)
    _events_table(events, f"events reported here (left out: {left_out_line(left)})")


def _events_table(rows: list[dict], title: str) -> None:
    table = Table("event", "date", "type", "location", "country", "killed", "outlets", "origins", "status",
                  title=cell(title))
    for r in rows:
        table.add_row(cell(r["event_id_cnty"]), cell(r.get("event_date") or "—"), cell(r.get("sub_event_type") or "—"),
                      cell(r.get("location") or "—"), cell(r.get("country") or "—"), str(r.get("fatalities") or 0),
                      cell(r.get("source") or "—"), str(r.get("n_origins") or "—"), cell(r.get("status") or "—"))
    console.print(table)


@cli.command()
@db_option
@filter_options
@output_options
@click.option("--limit", type=int, default=None, help="Print at most this many events (table: 100).")
def events(db, as_json, as_csv, limit, **kw):
    """List events (one per real-world event, merged across outlets), oldest first."""
    from .export.merged import COLUMNS
    from .export.views import event_records

    filters = take_filters(kw)
    with open_store(db, read_only=True) as store:
        rows, left = event_records(store, filters)
    shown = rows[:limit] if limit is not None else rows
    if as_json or as_csv:
        echo_rows(shown, COLUMNS + ["story_id"], as_json)
    else:
        _events_table(shown[:100 if limit is None else limit], f"{len(rows)} events")
    click.echo(f"{len(rows)} events; left out: {left_out_line(left)}", err=True)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "acled-csv", "geojson", "plover-jsonl"]),
              default="jsonl", show_default=True)
@click.option("--table", default=None,
              help="Table to export for csv/parquet/jsonl: events (one row per merged event, ACLED columns first), "
                   "reports (one row per event x article), article_events (per-article events as stored), or any "
                   "store table [default: events, or articles when there are none].")
@click.option("--output", "-o", type=click.Path(), default="-", help="Output file ('-' = stdout where the format allows).")
@filter_options
def export(db, fmt, table, output, **kw):
    """Export the dataset: one row per real-world event (ACLED CSV, GeoJSON, PLOVER, Parquet, JSON Lines, …)."""
    from .store.export import export as do_export

    filters = take_filters(kw)
    with open_store(db, read_only=True) as store:
        try:
            result = do_export(store, fmt, output, table, filters)
        except ValueError as exc:
            raise click.ClickException(str(exc))
    click.echo(f"exported {result.describe()} as {fmt} to {output}", err=True)


@cli.command("eval")
@click.argument("task_name", metavar="TASK")
@click.option("--data", type=click.Path(), default="../shared/data", show_default=True, help="Evaluation data folder.")
@click.option("--split", type=click.Choice(["dev", "test"]), default="dev", show_default=True)
@click.option("--json", "json_out", type=click.Path(), help="Write {task, split, metrics} to this file.")
@click.option("--limit", type=int, default=None, help="Only the first N records of each set (quick checks).")
@click.option("--skip", type=click.IntRange(min=0), default=0, show_default=True,
              help="Skip the first N records of each set first: score a slice no rule was read on.")
def eval_cmd(task_name, data, split, json_out, limit, skip):
    """Run an evaluation TASK (crossbearing eval list shows them) and print its metrics."""
    from .eval.registry import EvalContext, MissingData, load_all, run_task

    tasks = load_all()
    if task_name == "list":
        for t in sorted(tasks.values(), key=lambda t: t.name):
            console.print(f"[bold]{t.name}[/bold]  {t.help}")
        return
    ctx = EvalContext(data=Path(data), split=split, limit=limit, skip=skip)
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
        Path(json_out).write_text(json.dumps({"task": task_name, "split": split, "skip": skip, "limit": limit,
                                              "metrics": metrics}, indent=2))


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
