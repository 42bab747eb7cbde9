"""Training and loading the shipped event-type model (``crossbearing train events``).

Reproducibility: the model is a deterministic function of the training file (its SHA-256 is
recorded), the random seed and the library versions; ``events.json`` beside the model
holds all of them plus the cross-validated metrics measured at training time.
"""

from __future__ import annotations

import hashlib
import json
import platform
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from .actor_names import ActorNamer
from .classifier import SEED, EventTypeModel

MODEL_DIR = Path(__file__).resolve().parents[1] / "models"
MODEL_FILE = "events.joblib"
META_FILE = "events.json"
# Sub-types ACLED cannot be learnt from (fewer examples than this) are still predicted
# through the lexicon rules; the SVM needs at least two to fit a class.
MIN_EXAMPLES = 2


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def usable(records: Iterable[dict]) -> list[dict]:
    """ACLED rows with a note and a sub-type we know (skips empty or unknown codes)."""
    from .taxonomy import SUB_TO_TYPE

    rows = [r for r in records if (r.get("text") or "").strip() and normalise_sub(r.get("sub_event_type")) in SUB_TO_TYPE]
    counts: dict[str, int] = {}
    for r in rows:
        counts[normalise_sub(r["sub_event_type"])] = counts.get(normalise_sub(r["sub_event_type"]), 0) + 1
    return [r for r in rows if counts[normalise_sub(r["sub_event_type"])] >= MIN_EXAMPLES]


def normalise_sub(sub: str | None) -> str | None:
    """ACLED spells 'protesters' and 'protestors' in different releases."""
    return sub.replace("protestors", "protesters") if sub else sub


def fit_all(records: list[dict], seed: int = SEED) -> tuple[EventTypeModel, ActorNamer, ActorNamer]:
    rows = usable(records)
    texts = [r["text"] for r in rows]
    model = EventTypeModel.fit(texts, [normalise_sub(r["sub_event_type"]) for r in rows])
    return model.shrink(), ActorNamer.fit(texts, rows), ActorNamer.fit(texts, rows, field_name="actor2")


def write_bundle(records: list[dict], out_dir: Path, seed: int = SEED) -> Path:
    """Fit on ``records`` and write the model bundle into ``out_dir`` (a folder ``load_model`` reads)."""
    import joblib

    model, namer, namer2 = fit_all(records, seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    joblib.dump({"type_model": model, "actor_namer": namer, "actor2_namer": namer2}, out_dir / MODEL_FILE,
                compress=("xz", 6))
    return out_dir / MODEL_FILE


def train_events(data_dir: Path, out_dir: Path = MODEL_DIR, seed: int = SEED, cv_metrics: dict | None = None) -> dict:
    """Fit on all of ``acled/dev.jsonl`` and write the model and its metadata; returns the metadata."""
    import sklearn

    path = data_dir / "acled" / "dev.jsonl"
    records = read_jsonl(path)
    write_bundle(records, out_dir, seed)
    meta = {
        "model": MODEL_FILE,
        "trained_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "training_data": {"file": "acled/dev.jsonl", "sha256": file_sha256(path), "records": len(records),
                          "used": len(usable(records))},
        "seed": seed,
        "features": "word 1-2gram tf-idf (40k) + char_wb 3-5gram tf-idf (60k) + lexicon cue tokens",
        "classifier": "LinearSVC(C=0.5, balanced) on sub-event type, plus type-level SVM blended at weight 0.5",
        "actor_namers": "actor1 / actor2 template LinearSVC (C=0.5) over word 1-2grams (8k), templates with >= 3 notes",
        "versions": {"python": platform.python_version(), "scikit-learn": sklearn.__version__},
        "size_bytes": (out_dir / MODEL_FILE).stat().st_size,
        "cv_metrics": cv_metrics or {},
    }
    (out_dir / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


def load_model(model_dir: Path = MODEL_DIR) -> dict | None:
    """The shipped model bundle, or None when it has not been trained (rules still work)."""
    import joblib

    path = model_dir / MODEL_FILE
    if not path.exists():
        return None
    bundle = joblib.load(path)
    bundle["type_model"].unshrink()
    return bundle
