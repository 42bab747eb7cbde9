"""``crossbearing stories``, ``crossbearing story ID``, ``crossbearing cross-events``.

Thin handlers: the views are built by ``crossbearing.link.views``; here they are only laid
out with rich. Article text is untrusted, so it goes into ``Text`` objects, never markup.
"""

from __future__ import annotations

import json

import click
from rich.table import Table
from rich.text import Text as _RichText

from ..safetext import printable


def Text(value="", **kw) -> _RichText:  # noqa: N802 - rich's Text, for untrusted text
    """Article-derived text for the terminal: never markup, control characters replaced."""
    return _RichText(printable(value), **kw)


def _short(s: str, n: int = 110) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[:n - 1] + "…"


def register(cli: click.Group) -> None:
    from ..cli import console, db_option, echo_rows, filter_options, open_store, output_options, take_filters

    @cli.command("link")
    @db_option
    @click.option("--full", is_flag=True, help="Forget the link tables and link every article again "
                                               "(same result as the incremental runs, slower).")
    def link(db, full):
        """Link the articles not linked yet (outlet homes, stories, dates, reuse, cross-events, merged
        events)."""
        from ..link import link_store
        from ..settings import Settings

        settings = Settings.load(db=db)
        with open_store(settings.db) as store:
            summary = link_store(store, settings, full=full)
        for name, info in summary.items():
            console.print(Text(f"{name}: " + ", ".join(f"{k} {v}" for k, v in (info or {}).items())))

    @cli.command("stories")
    @db_option
    @click.option("--limit", type=int, default=50, show_default=True)
    @click.option("--min-outlets", type=int, default=1, show_default=True, help="Only stories with this many outlets.")
    @filter_options
    @output_options
    def stories(db, limit, min_outlets, as_json, as_csv, **kw):
        """List stories (groups of articles about the same thing), most outlets first. With event
        filters, only stories with an event that passes them."""
        from ..export.views import event_records
        from ..link.views import list_stories

        filters = take_filters(kw)
        with open_store(db, read_only=True) as store:
            rows = list_stories(store, None, min_outlets)
            if filters.active:
                keep = {r.get("story_id") for r in event_records(store, filters)[0]}
                rows = [r for r in rows if r["id"] in keep]
        rows = rows[:limit]
        if as_json or as_csv:
            echo_rows(rows, ["id", "title", "first_seen", "last_seen", "n_articles", "n_outlets"], as_json)
            return
        table = Table("story", "first seen", "articles", "outlets", "title")
        for r in rows:
            table.add_row(Text(r["id"]), str(r["first_seen"] or "—"), str(r["n_articles"]), str(r["n_outlets"]),
                          Text(_short(r["title"] or "", 80)))
        console.print(table)

    @cli.command("story")
    @click.argument("story_id")
    @db_option
    @filter_options
    @output_options
    def story(story_id, db, as_json, as_csv, **kw):
        """Outlets side by side: each fact, who reports it, agree / conflict / only-in-one, shared
        passages; then the story's events (event filters select them). --json: the whole view
        with its events; --csv: its events."""
        from ..export.merged import COLUMNS
        from ..export.views import event_records
        from ..link.views import story_view

        filters = take_filters(kw)
        with open_store(db, read_only=True) as store:
            view = story_view(store, story_id)
            events = event_records(store, filters, story=view["story"]["id"])[0] if view else []
        if view is None:
            raise click.ClickException(f"no single story matches {story_id!r}; list them with `crossbearing stories`.")
        if as_json:
            click.echo(json.dumps({**view, "events": events}, default=str, indent=2, ensure_ascii=False))
            return
        if as_csv:
            echo_rows(events, COLUMNS, False)
            return
        s = view["story"]
        console.print(Text(f"Story {s['id']}  \"{_short(s['title'] or '', 90)}\"   "
                           f"{s['n_articles']} articles, {s['n_outlets']} outlets", style="bold"))
        for a in view["articles"]:
            how = f" ({a['published_source']})" if a["published_source"] else ""
            console.print(Text(f"  {a['outlet'] or '—'}  {a['published'] or 'undated'}{how}  {a['id']}"))
        ids = [a["id"] for a in view["articles"]]
        table = Table(show_lines=True)
        for header in ("fact", *[Text(view["outlets"][i] or "—") for i in ids], "status", "origins"):
            table.add_column(header)  # outlet names come from articles: Text, never markup
        for f in view["facts"]:
            table.add_row(Text(f["fact"]), *[Text(f["cells"][i]) for i in ids], Text(f["status"]), Text(f["origins"]))
        console.print(table)
        if view["passages"]:
            console.print(Text("shared passages", style="bold"))
            for p in view["passages"]:
                kind = "same outlet" if p["same_outlet"] else "cross-outlet"
                console.print(Text(f"  [{kind}] {view['outlets'].get(p['a'], p['a'])} {p['span_a'][0]}-{p['span_a'][1]}"
                                   f" / {view['outlets'].get(p['b'], p['b'])} {p['span_b'][0]}-{p['span_b'][1]}: "
                                   f"\"{_short(p['text_a'])}\""))
        console.print(Text(f"events: {len(events)}", style="bold"))
        for e in events:
            console.print(Text(f"  {e['event_id_cnty']}  {e.get('event_date') or 'undated'}  "
                               f"{e.get('sub_event_type') or '—'} @ {e.get('location') or '—'}  killed "
                               f"{e.get('fatalities') or 0}  {e.get('source') or ''}  ({e.get('status')})"))

    def _cross_events(db, corroborated_min, limit):
        from ..link.views import corroborated

        with open_store(db, read_only=True) as store:
            rows = corroborated(store, corroborated_min, limit)
        table = Table("cross-event", "story", "fact", "status", "outlets", "origins", "claimants")
        for r in rows:
            table.add_row(Text(r["id"]), Text(r["story_id"] or "—"), Text(r["fact"]), Text(r["status"]),
                          Text(", ".join(r["outlets"])), str(r["n_origins"]), str(r["n_claimants"]))
        console.print(table)

    options = [db_option,
               click.option("--corroborated-min", type=int, default=1, show_default=True,
                            help="Only facts backed by at least this many independent origins."),
               click.option("--limit", type=int, default=100, show_default=True)]

    def build(name: str, doc: str):
        def cmd(db, corroborated_min, limit):
            _cross_events(db, corroborated_min, limit)
        cmd.__doc__ = doc
        for opt in reversed(options):
            cmd = opt(cmd)
        return click.command(name)(cmd)

    cli.add_command(build("cross-events", "Facts merged across outlets, with independent origins."))
    if "events" not in cli.commands:  # another module may own a richer `events` listing
        cli.add_command(build("events", "Events merged across outlets (--corroborated-min N: independent origins)."))
