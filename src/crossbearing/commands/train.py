"""``crossbearing train events``: fit the shipped event model (thin wrapper over events.training)."""

from __future__ import annotations

from pathlib import Path

import click


def register(cli: click.Group) -> None:
    @cli.group()
    def train() -> None:
        """Train the shipped models from the evaluation data."""

    @train.command("events")
    @click.option("--data", type=click.Path(exists=True, file_okay=False), default="../shared/data", show_default=True)
    @click.option("--out", type=click.Path(file_okay=False), default=None,
                  help="Model folder [default: the package's crossbearing/models].")
    @click.option("--seed", type=int, default=13, show_default=True)
    @click.option("--metrics", type=click.Path(exists=True, dir_okay=False), default=None,
                  help="A `crossbearing eval events --json` file whose metrics are recorded beside the model.")
    def train_events_cmd(data, out, seed, metrics):
        """Fit the ACLED event-type and actor-name models on acled/dev.jsonl."""
        import json

        from ..events.training import MODEL_DIR, train_events

        cv = json.loads(Path(metrics).read_text())["metrics"] if metrics else None
        meta = train_events(Path(data), Path(out) if out else MODEL_DIR, seed=seed, cv_metrics=cv)
        click.echo(json.dumps({k: meta[k] for k in ("model", "trained_at", "seed", "size_bytes", "training_data")}, indent=2))
