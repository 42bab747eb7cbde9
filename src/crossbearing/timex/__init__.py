"""Time expressions: our own regex grammar, resolution against an anchor date, and
publication-date inference from an article's own text.

Why our own grammar: dateparser is slow when called per token and happily reads "42" or
"450" as dates; news text needs the opposite bias (a bare number is never a date) plus
phrases dateparser does not know ("earlier this month", "December last year",
"three-year siege" as a duration).

Public entry points:

- ``scan(text)`` → unresolved ``Timex`` records with character offsets (grammar.py)
- ``resolve(timex, anchor, tense)`` → ``(start, end, precision)`` (resolve.py)
- ``infer_published(text, ...)`` → ``PublishedGuess`` (infer.py)
- ``event_time(analysis, clause)`` → ``(TimeRef | None, acled_time_precision)`` (event.py)
"""

from .grammar import Timex, scan
from .resolve import precision_of, resolve, tense_at

__all__ = ["Timex", "scan", "resolve", "tense_at", "precision_of"]
