"""The incident cue lexicon and page furniture.

``cues`` reads the language data of ``data/lang/en/incidents.json`` (hypotheticals, habitual
and cumulative wording, furniture lines, captions …) as compiled patterns; ``is_furniture``
and ``without_furniture`` tell the lines of a page that are not its story (related links,
tags, photo captions and credits, legal text).
"""

from __future__ import annotations

import re
from functools import lru_cache

MAX_FURNITURE_LINE = 300  # characters: a longer line is prose, whatever words it contains


@lru_cache(maxsize=4)
def cues(lang: str = "en") -> dict[str, list[re.Pattern]]:
    from ..lang import table

    raw = table("incidents", lang)
    return {k: [re.compile(p, re.I | re.M) for p in v] for k, v in raw.items() if isinstance(v, list)}


def any_cue(kind: str, text: str) -> bool:
    """Does any cue of ``kind`` match ``text``?"""
    return any(p.search(text) for p in cues()[kind])


def cue_before(kind: str, text: str, pos: int) -> bool:
    """Does a cue of ``kind`` begin in ``text`` at or before offset ``pos``?"""
    return any(m.start() <= pos for p in cues()[kind] for m in p.finditer(text))


def _line_of(text: str, pos: int) -> str:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return text[a: b if b >= 0 else len(text)]


def is_furniture(text: str, pos: int, sentence: str = "", captions: bool = True) -> bool:
    """Is ``pos`` on a line (or in a sentence) of page furniture (related links, tags,
    photo captions and credits, legal text)? A line mostly in Title Case with no sentence end, below the first
    line, is a link to another story."""
    line = _line_of(text, pos).strip()
    if len(line) > MAX_FURNITURE_LINE or len(re.findall(r"[.!?][\"”’]?\s+[A-Z]", line)) >= 2:
        line = ""  # a paragraph (or a whole page scraped onto one line): judge the sentence alone
    if (line and any_cue("furniture_line", line)) or (sentence and any_cue("furniture_line", sentence.strip())):
        return True
    if captions and sentence and any_cue("caption_sentence", sentence.strip()):
        return True  # a photo caption describes a picture, often of another day's event
    if captions and sentence and any_cue("credit_after_caption", text[pos + len(sentence):pos + len(sentence) + 60]):
        return True  # "… after the SDF took control of it. (Reuters Photo) Airstrikes on …": the credit closes a caption
    if line:
        return text.find(line) > 0 and _headline_run(line)
    # a page scraped onto one line: its related-links list is a run of headlines after the story
    # ("… the de facto Daesh capital. US-Led Coalition Airstrikes Near Raqqa Killed at Least 84
    # Civilians Daesh Trying to Launch Counteroffensive …"), a "sentence" of its own
    return bool(sentence) and pos > 0 and _headline_run(sentence.strip(), in_prose=True)


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each short line that is furniture by its own words (a related-links
    heading, a video playlist's "1:48 Headline" entry, a tag line, legal text): where the page
    names other stories' places, not this story's."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and len(body) <= MAX_FURNITURE_LINE and any_cue("furniture_line", body.strip()):
            out.append((pos, pos + len(body)))
        pos += len(line)
    return out


MIN_HEADLINE_RUN_WORDS = 12  # inside a paragraph, a Title Case stretch this long is a list of headlines
# headlines drop the auxiliaries of prose ("Gunman Killed" for "a gunman was killed"): a stretch
# that keeps them is a sentence, whatever its capitals ("was booked on charges of Rape in the
# Second Degree, Sodomy in …")
_PROSE_AUXILIARY = re.compile(r"\b(?:was|were|has been|have been|had been)\b")


def _headline_run(s: str, in_prose: bool = False) -> bool:
    """Words mostly in Title Case with no sentence end: a headline, or a list of them. Inside
    a paragraph (``in_prose``) the stretch must be long, keep no auxiliary, and its capitals be
    Title Case: a transcript in capitals ("WE DO KNOW THAT SOMEONE OPENED FIRE") is speech."""
    words = re.findall(r"[A-Za-z][\w'’-]*", s)
    if len(words) < (MIN_HEADLINE_RUN_WORDS if in_prose else 4) or re.search(r"[.!?\"”]\s*$", s):
        return False
    if in_prose and _PROSE_AUXILIARY.search(s):
        return False
    long_words = [w for w in words if len(w) > 3]
    caps = sum(w[0].isupper() and not (in_prose and w.isupper()) for w in long_words)
    return bool(long_words) and caps / len(long_words) >= 0.8


def without_furniture(text: str) -> str:
    """``text`` with its furniture lines (related links, tags, captions) blanked; same length,
    so offsets still hold."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        # a paragraph (or a page scraped onto one line) is never blanked whole for a tag or a
        # credit somewhere inside it: only a line that is furniture as a whole goes
        whole = body if len(body) <= MAX_FURNITURE_LINE else ""
        out.append(" " * len(body) + line[len(body):] if body.strip() and is_furniture(text, pos, whole, captions=False)
                   else line)
        pos += len(line)
    return "".join(out)
