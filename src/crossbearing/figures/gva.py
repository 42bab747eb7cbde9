"""Killed and injured counts for a news article about one incident (gun-violence style).

News articles differ from ACLED notes: the toll is in the headline or the lead, victims
are often named rather than counted ("Camarillo was pronounced dead"), and scraped pages
carry boilerplate and links to other stories further down. So only the title and the
lead sentences are read, and a death or an injury stated without a number counts one.
"""

from __future__ import annotations

from .fatalities import main_event_count
from .sentences import split_sentences

LEAD_SENTENCES = 8


def article_casualties(text: str, title: str = "") -> tuple[int, int]:
    """(killed, injured) of the incident an article reports; 0 where it says nothing."""
    body = f"{title.strip()}.\n\n{text}" if title and title.strip() else text
    sents = split_sentences(body)[: LEAD_SENTENCES + 1]
    killed = main_event_count(body, "killed", sentences=sents, singular_fallback=True).value
    injured = main_event_count(body, "injured", sentences=sents, singular_fallback=True).value
    return killed, injured
