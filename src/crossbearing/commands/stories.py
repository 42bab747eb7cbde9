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
    from ..cli import console, db_option, open_store

    @cli.command("link")
    @db_option
    def link(db):
        """Re-run the across-articles stage (stories, reuse, cross-events) over the stored articles."""
        from ..link import link_store
        from ..settings import Settings

        settings = Settings.load(db=db)
        with open_store(settings.db) as store:
            summary = link_store(store, settings)
        for name, info in summary.items():
            console.print(Text(f"{name}: " + ", ".join(f"{k} {v}" for k, v in (info or {}).items())))

    @cli.command("stories")
    @db_option
    @click.option("--limit", type=int, default=50, show_default=True)
    @click.option("--min-outlets", type=int, default=1, show_default=True, help="Only stories with this many outlets.")
    def stories(db, limit, min_outlets):
        """List stories (groups of articles about the same thing), most outlets first."""
        from ..link.views import list_stories

        with open_store(db, read_only=True) as store:
            rows = list_stories(store, limit, min_outlets)
        table = Table("story", "first seen", "articles", "outlets", "title")
        for r in rows:
            table.add_row(Text(r["id"]), str(r["first_seen"] or "—"), str(r["n_articles"]), str(r["n_outlets"]),
                          Text(_short(r["title"] or "", 80)))
        console.print(table)

    @cli.command("story")
    @click.argument("story_id")
    @db_option
    @click.option("--json", "as_json", is_flag=True, help="Print the view as JSON.")
    def story(story_id, db, as_json):
        """Outlets side by side: each fact, who reports it, agree / conflict / only-in-one, shared passages."""
        from ..link.views import story_view

        with open_store(db, read_only=True) as store:
            view = story_view(store, story_id)
        if view is None:
            raise click.ClickException(f"no single story matches {story_id!r}; list them with `crossbearing stories`.")
        if as_json:
            click.echo(json.dumps(view, default=str, indent=2, ensure_ascii=False))
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
