"""Which texts a regular expression cannot match, told before running it.

Hot loops run dozens of patterns over every sentence (actor aliases, event cues), and most find
nothing in most sentences, yet each scan tries the pattern at every position. ``needles(pattern)``
reads the pattern's own syntax and gives a few lower-case literal strings, at least one of which
every match contains; a text that holds none of them (``may_match``, on ``fold(text)``) cannot
match, so the scan is skipped. The answer is exact, never a guess: a pattern whose syntax it cannot
read, or that can match without a literal, gets ``None`` and always runs.

Case: needles are ASCII and lower-case, and ``fold`` lower-cases the text, so one check serves
patterns with and without IGNORECASE. Under IGNORECASE four non-ASCII letters match ASCII ones
(dotted and dotless I, long s, the Kelvin sign); ``fold`` maps them to those letters first.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

# More exact strings than this and a run of literals stops growing (its needles are kept as they are).
_MAX_STRINGS = 64
_SMALL_CLASS = 12  # a character class of at most this many letters is read as its letters
_NEEDLE_CHARS = 8  # needles longer than this are cut (fewer, shorter needles; see ``_fewest``)
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_EMPTY = frozenset({""})


def fold(text: str) -> str:
    """``text`` as needles are looked for in it (see the module's note on case)."""
    return text.translate(_FOLD).lower()


def may_match(needles: frozenset[str] | None, folded: str) -> bool:
    """False only when a pattern with these ``needles`` cannot match the text ``folded`` came from."""
    return needles is None or any(n in folded for n in needles)


@lru_cache(maxsize=4096)
def needles(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case strings at least one of which is in every match of ``pattern``, or None."""
    try:
        best = _needed(_sequence(_p.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 - syntax this reader does not know: the pattern always runs
        return None
    return _fewest(best) if best else None


def _fewest(strings: frozenset[str]) -> frozenset[str]:
    """The same guarantee with fewer strings to look for: a text that holds a string holds each of
    its parts, so each string is cut to its first ``_NEEDLE_CHARS`` and one that holds another
    kept string is dropped ("drone", "drones", "kamikaze drone" -> "drone")."""
    return _without_holders({s[:_NEEDLE_CHARS] for s in _without_holders(strings)})


def _without_holders(strings) -> frozenset[str]:
    kept: list[str] = []
    for s in sorted(strings, key=len):
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


# Each reader returns (exact, required): ``exact`` is every string the piece can match (lower-case),
# or None when that set is unknown or large; ``required`` is a set one of whose strings every match
# of the piece contains, or None.
Info = tuple[frozenset[str] | None, frozenset[str] | None]


def _needed(info: Info) -> frozenset[str] | None:
    """Strings one of which every match of a piece holds: its required set, else its exact set
    when that cannot be empty."""
    exact, required = info
    if required is not None:
        return required
    return exact if exact is not None and "" not in exact else None


def _score(strings: frozenset[str]) -> tuple[int, int]:
    return (min(len(s) for s in strings), -len(strings))  # long needles first, then few of them


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    usable = [c for c in candidates if c and "" not in c]
    return max(usable, key=_score) if usable else None


def _sequence(items) -> Info:
    run = _EMPTY  # every string the literal pieces since the last unknown one can match, joined
    whole_exact = True
    candidates: list[frozenset[str]] = []
    for op, av in items:
        exact, required = _item(op, av)
        if exact is not None and len(run) * len(exact) <= _MAX_STRINGS:
            run = frozenset(a + b for a, b in product(run, exact))
            continue
        whole_exact = False
        candidates.append(run)
        if exact is not None:
            run = exact  # too many strings joined: a new run starts with this piece
        else:
            run = _EMPTY
            if required is not None:
                candidates.append(required)
    if whole_exact:
        return run, _best([run])
    candidates.append(run)
    return None, _best(candidates)


def _item(op, av) -> Info:
    if op is _c.LITERAL:
        ch = chr(av)
        return (frozenset({ch.lower()}), None) if ch.isascii() else (None, None)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _EMPTY, None  # zero width
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is _c.IN:
        return _char_class(av), None
    if op is _c.BRANCH:
        return _branch(av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        return _repeat(*av)
    return None, None  # any character, a category (\d, \s), a back-reference: unknown


def _char_class(items) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _SMALL_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # a negation, a category, a wide range
    if not all(c.isascii() for c in chars):
        return None
    lowered = frozenset(c.lower() for c in chars)
    return lowered if len(lowered) <= _SMALL_CLASS else None


def _branch(alternatives) -> Info:
    infos = [_sequence(a) for a in alternatives]
    exact = None
    if all(e is not None for e, _ in infos):
        union = frozenset().union(*(e for e, _ in infos))
        exact = union if len(union) <= _MAX_STRINGS else None
    needed = [_needed(info) for info in infos]
    required = frozenset().union(*needed) if all(n is not None for n in needed) else None
    return exact, required


def _repeat(low: int, high: int, body) -> Info:
    info = _sequence(body)
    exact = info[0]
    if low == 0:
        # an optional piece ("s?") is exact with and without itself; more repeats are unknown
        return (exact | _EMPTY if exact is not None and high == 1 else None), None
    return (exact if low == high == 1 else None), _needed(info)
