"""How ``events.detect`` types one made-up sentence, given the classifier's guess: the helper
the news-typing tests share."""

from __future__ import annotations

from crossbearing.events.detect import candidate, decide


def typed(sentence: str, clf_sub: str = "Peaceful protest") -> str | None:
    """The sub-type the trigger rules settle for ``sentence`` when the classifier says
    ``clf_sub`` (None: the rules find no event in it)."""
    c = candidate(sentence, 0, len(sentence), has_deaths="kill" in sentence)
    return decide(c, clf_sub, 0.6)[0] if c else None


def cue_names(sentence: str) -> set[str]:
    """The names of the lexicon cues ``find_cues`` reads in ``sentence``."""
    from crossbearing.events.lexicon import find_cues

    return {h.cue for h in find_cues(sentence)}
