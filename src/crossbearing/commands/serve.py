"""``crossbearing serve``: the REST API and the web UI over a database."""

from __future__ import annotations

import ipaddress
import socket

import click

TOKEN_ENV = "CROSSBEARING_TOKEN"


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


def served_hosts(host: str, extra: tuple[str, ...] = ()) -> list[str]:
    """Host header names the server answers: loopback, the bound address, and --allow-host ones;
    for a wildcard address (0.0.0.0, ::) also this machine's names."""
    from ..api.security import LOOPBACK_HOSTS

    hosts = [*LOOPBACK_HOSTS, host.strip("[]"), *extra]
    if host in ("0.0.0.0", "::"):
        hosts += [socket.gethostname(), socket.getfqdn()]
    return list(dict.fromkeys(h for h in hosts if h))


def register(cli: click.Group) -> None:
    @cli.command()
    @click.option("--db", default=None, help="DuckDB file [default: crossbearing.duckdb].")
    @click.option("--host", default="127.0.0.1", show_default=True,
                  help="Interface to listen on; anything but loopback needs --token.")
    @click.option("--port", default=8321, show_default=True, type=int)
    @click.option("--token", default=None, envvar=TOKEN_ENV, show_envvar=True,
                  help="Require 'Authorization: Bearer TOKEN' (or ?token=TOKEN) on every request.")
    @click.option("--allow-host", "allow_host", multiple=True,
                  help="Another Host header name to answer (repeatable; '*' answers any).")
    def serve(db, host, port, token, allow_host):
        """Serve the REST API (/api, OpenAPI at /docs) and the web UI (map, timeline, events, stories)."""
        from ..api import create_app
        from ..settings import Settings

        if not is_loopback(host):
            if not token:
                raise click.ClickException(
                    f"--host {host} makes the server reachable from other machines: pass --token TOKEN "
                    f"(or set {TOKEN_ENV}) so that only those who have it can read the data")
            click.echo(f"warning: listening on {host}, beyond this machine; every request needs the token. "
                       "Traffic is plain HTTP: put a TLS proxy in front for anything but a trusted network.",
                       err=True)
        hosts = served_hosts(host, allow_host)
        try:
            app = create_app(Settings.load(db=db).db, token=token or None, allowed_hosts=hosts)
        except FileNotFoundError as exc:
            raise click.ClickException(str(exc))
        shown = f"[{host}]" if ":" in host else host
        hint = "/?token=…" if token else "/"
        click.echo(f"crossbearing UI at http://{shown}:{port}{hint}  (API docs at /docs)")
        import uvicorn

        uvicorn.run(app, host=host, port=port, log_level="warning")

