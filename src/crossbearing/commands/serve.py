"""``crossbearing serve``: the REST API and the web UI over a database."""

from __future__ import annotations

import click


def register(cli: click.Group) -> None:
    @cli.command()
    @click.option("--db", default=None, help="DuckDB file [default: crossbearing.duckdb].")
    @click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
    @click.option("--port", default=8321, show_default=True, type=int)
    def serve(db, host, port):
        """Serve the REST API (/api, OpenAPI at /docs) and the web UI (map, timeline, events, stories)."""
        import uvicorn

        from ..api import create_app
        from ..settings import Settings

        try:
            app = create_app(Settings.load(db=db).db)
        except FileNotFoundError as exc:
            raise click.ClickException(str(exc))
        click.echo(f"crossbearing UI at http://{host}:{port}/  (API docs at /docs)")
        uvicorn.run(app, host=host, port=port, log_level="warning")
