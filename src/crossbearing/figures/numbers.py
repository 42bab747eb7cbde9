"""Find the numbers in a piece of text and read them as (low, best, high) figures.

Conflict reporting writes the same figure many ways: "42,234", "five", "forty-two",
"3 million", "dozens", "at least 7,000", "between 10 and 15", "33-40". This module turns
each into a ``NumberMatch`` with character offsets, following ACLED's conservative rules:
"tens" → 10, "dozens" → 12, "hundreds" → 100, "over 450" → best 450, a range → its lower
bound as best. Vague words without a conventional value ("several", "many") keep
``best=None`` and ``vague=True`` so nothing is invented.

It also refuses what is not a count: years, dates, ages ("a 23-year-old"), clock times,
calibres ("9mm"), ordinals, money and street addresses. Malformed input ("1,2,3", "10-",
a 40-digit run) never raises and never yields an absurd value (anything above
``MAX_VALUE`` is dropped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from text_to_num import text2num

from .lexicon import PERSON_RE

MAX_VALUE = 1e10  # nothing a news report counts is larger; longer digit runs are noise

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9}
SUFFIX_SCALES = {"k": 1000, "m": 1e6, "mn": 1e6, "bn": 1e9, "million": 1e6, "billion": 1e9,
                 "thousand": 1000, "hundred": 100}

# Vague quantities: (low, best, high). ACLED codes "dozens" as 12, "hundreds" as 100 ...
VAGUE = {
    "tens": (10, 10, None), "dozens": (12, 12, None), "scores": (20, 20, None),
    "hundreds": (100, 100, None), "thousands": (1000, 1000, None),
    "tens of thousands": (10000, 10000, None), "hundreds of thousands": (100000, 100000, None),
    "millions": (1e6, 1e6, None),
    "a dozen": (12, 12, None), "half a dozen": (6, 6, None), "a few dozen": (12, 12, None), "a half dozen": (6, 6, None), "a couple of": (2, 2, None), "a couple": (2, 2, None),
    "a score of": (20, 20, None), "a handful of": (2, None, 5),
    "several": (2, None, None), "many": (2, None, None), "numerous": (2, None, None),
    "a few": (2, None, None), "a number of": (2, None, None), "multiple": (2, None, None),
    "scores of": (20, 20, None),
    "a few hundred": (100, 100, None), "several hundred": (100, 100, None),
    "a few thousand": (1000, 1000, None), "several thousand": (1000, 1000, None),
    "many thousands": (1000, 1000, None), "several dozen": (12, 12, None),
}
# Bound words before a number: qualifier → which of low/best/high the number fills.
LOWER = ("at least", "more than", "over", "in excess of", "upwards of", "no fewer than",
         "no less than", "a minimum of", "a minimum estimate of", "minimum of", "above", "over a")
UPPER = ("up to", "as many as", "no more than", "fewer than", "less than", "under", "at most",
         "a maximum of", "nearly", "almost", "close to", "just under")
APPROX = ("about", "around", "some", "approximately", "roughly", "an estimated", "estimated",
          "nearly", "almost", "circa", "approx.", "around a")

_WORD = "|".join(sorted(list(UNITS) + list(SCALES) + ["dozen"], key=len, reverse=True))
_WORDNUM = rf"(?:(?:{_WORD})(?:(?:\s+|-)(?:and\s+|a\s+)?(?:{_WORD}))*)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SUFFIX = r"(?:\s*(?:million|billion|thousand|hundred|mn|bn)\b|(?<=\d)[km]\b)"
_NUM = rf"(?:{_DIGITS}{_SUFFIX}?|{_WORDNUM}(?:\s+(?:million|billion|thousand))?)"
_VAGUE = "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
_QUAL = "|".join(re.escape(q) for q in sorted(set(LOWER + UPPER + APPROX), key=len, reverse=True))

NUMBER_RE = re.compile(
    rf"(?<![\w.,/$£€#:-])(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:between\s+(?P<b1>{_NUM})\s+and\s+(?P<b2>{_NUM})"
    rf"|(?P<r1>{_DIGITS})\s*(?:-|–|to)\s*(?P<r2>{_DIGITS})(?![\d,]*-year)"
    rf"|(?P<n>{_NUM})"
    rf"|(?P<vague>{_VAGUE}))(?![\w])",
    re.IGNORECASE,
)

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
          "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_AFTER_NOT_COUNT = re.compile(
    rf"^(?:-?\s?(?:year|yr|month|week|day)s?[\s-]*old|\s?-?y/?o\b|-year|-month|-day|-week|-hour|-minute|"
    rf"\s?(?:mm|cm|millimet|caliber|calibre|cal\b|a\.m|p\.m|am\b|pm\b|hours?\s+gmt|gmt|utc|h\b)|"
    rf"(?:st|nd|rd|th)\b|:\d|\.\d|/\d|\s+(?:{MONTHS})\b|\s+block\b|"
    # a street number: capitalised names, then the kind of street ("4 Elm Drive", "12 North Main
    # St"), in capitals only ("4 wounded in drive-by shooting" counts; so does the headline's "4
    # Wounded In Drive-By Shooting": a fate or a preposition names no street)
    rf"\s+(?-i:(?:(?!(?:In|On|At|Of|Near|The|And|Wounded|Injured|Killed|Shot|Dead|Hurt|Slain)\b)[A-Z][a-z]+\s+){{0,2}}"
    rf"(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Court|Ct)\b))",
    re.IGNORECASE,
)
_BEFORE_NOT_COUNT = re.compile(
    rf"(?:\b(?:{MONTHS})\.?|[$£€#₹]|\brs\.?|\binr|\busd|\bno\.|\bnumber|\broute|\bresolution|\bpage|\bflight|"
    rf"\bunit|\bpart|\bgrade|\bage[sd]?|\bcode|\baged|"
    # a photo gallery's counter: "Image 1 of 8", "Photo 3 of 12"
    rf"\b(?:image|photo|picture|slide)s?(?:\s+\d+\s+of(?:\s*/)?)?)\s*$",
    re.IGNORECASE,
)

_MINIMUM_BEFORE = re.compile(r"\b(?:minimum|at least)(?:\s+estimate)?(?:\s+of)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class NumberMatch:
    """One figure in text: offsets of the whole phrase and of the number itself."""

    start: int
    end: int
    num_start: int
    num_end: int
    low: Optional[float]
    best: Optional[float]
    high: Optional[float]
    vague: bool = False
    qualifier: Optional[str] = None
    text: str = ""

    @property
    def value(self) -> Optional[float]:
        """The single most conservative figure: best, else low."""
        return self.best if self.best is not None else self.low


def words_to_number(words: str) -> Optional[float]:
    """'forty-two' → 42, 'a hundred and five' → 105, 'dozen' → 12; None if unreadable."""
    w = re.sub(r"\s+", " ", words.lower().replace("-", " ")).strip()
    if not w:
        return None
    if w in ("dozen", "a dozen"):
        return 12.0
    try:
        return float(text2num(w, "en"))
    except (ValueError, TypeError):
        pass
    # Own fallback: additive grammar over units and scales.
    total, current = 0.0, 0.0
    seen = False
    prev = None  # value of the previous unit word, to refuse "one one" or "five six"
    for tok in w.split():
        if tok in ("and", "a"):
            continue
        if tok in UNITS:
            if prev is not None and not (prev >= 20 and prev % 10 == 0 and UNITS[tok] < 10):
                return None
            current += UNITS[tok]
            prev = UNITS[tok]
            seen = True
            continue
        prev = None
        if tok == "dozen":
            current = (current or 1) * 12
            seen = True
        elif tok in SCALES:
            current = (current or 1) * SCALES[tok]
            if SCALES[tok] >= 1000:
                total += current
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(text: str) -> Optional[float]:
    """A single number phrase ('42,234', '3 million', 'five', '2.5k') → float, or None."""
    t = text.strip().lower()
    if not t:
        return None
    m = re.fullmatch(rf"({_DIGITS})\s*(million|billion|thousand|hundred|mn|bn|k|m)?", t)
    if m:
        digits = m.group(1).replace(",", "")
        if len(digits.split(".")[0]) > 12:
            return None
        try:
            val = float(digits)
        except ValueError:
            return None
        if m.group(2):
            val *= SUFFIX_SCALES[m.group(2)]
        return val if val <= MAX_VALUE else None
    m = re.fullmatch(r"(.+?)\s+(million|billion|thousand)", t)
    if m and m.group(1) not in ("hundred",):
        base = words_to_number(m.group(1))
        if base is not None:
            val = base * SUFFIX_SCALES[m.group(2)]
            return val if val <= MAX_VALUE else None
    val = words_to_number(t)
    return val if val is not None and val <= MAX_VALUE else None


_NAME_BEFORE = re.compile(r"(?<![.!?\n:])\s([A-Z][a-z]+)\s+$")
_NOT_NAME_WORDS = frozenset(f"{MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|an|and|"
                            "at|in|on|of|for|with|by|to|from|about|nearly|almost|some|only|all".split("|"))


def _part_of_a_name(text: str, start: int, end: int) -> bool:
    """A number right after a capitalised word in running text names something ("the Cloud 9
    shooting", "Club 21", "Apollo 13"): not in a title-case line, where every word is capitalised
    ("Shooting Leaves 2 Dead"), nor after a month, a weekday or a capitalised function word."""
    m = _NAME_BEFORE.search(text[max(0, start - 30):start])
    if m is None or m.group(1).lower() in _NOT_NAME_WORDS or not text[start:end].strip().isdigit():
        return False
    after = re.match(r"\s+([A-Za-z]+)", text[end:end + 30])
    if after is not None and not after.group(1)[0].islower():
        return False
    if after is not None and PERSON_RE.match(after.group(1)):
        return False  # people counted after a place named without its comma: "in Daraa 15 civilians were killed"
    line_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    words = re.findall(r"[A-Za-z]+", text[line_start:start])
    return sum(w[0].isupper() for w in words) <= 0.5 * len(words)


def _not_a_count(text: str, start: int, end: int, num_text: str) -> bool:
    """Years, dates, ages, times, calibres, ordinals, money, addresses, names are not counts."""
    after = text[end:end + 40]
    before = text[max(0, start - 20):start]
    if _AFTER_NOT_COUNT.match(after) or _BEFORE_NOT_COUNT.search(before):
        return True
    if _part_of_a_name(text, start, end):
        return True
    if re.fullmatch(r"(1[5-9]|20)\d\d", num_text.strip()):
        # A bare four-digit number between 1500 and 2099 is read as a year unless a
        # countable noun follows directly ("1935 Orchard St." is caught above).
        return not re.match(r"\s+(?:[a-z]+\s+){0,2}(?:people|persons|civilians|soldiers|troops|"
                            r"fighters|militants|men|women|children|protesters|demonstrators|"
                            r"refugees|families|homes|houses|airstrikes|strikes|attacks|"
                            r"killed|dead|deaths|injured|wounded|arrested)", after, re.IGNORECASE)
    if re.match(r"\d+\s*[:.]\d\d\s*(?:a\.?m|p\.?m|h)\b", text[start:end + 8], re.IGNORECASE):
        return True
    return False


def find_numbers(text: str, offset: int = 0) -> Iterator[NumberMatch]:
    """Every figure in ``text`` (offsets shifted by ``offset``), left to right."""
    for m in NUMBER_RE.finditer(text):
        qual = (m.group("qual") or "").lower() or None
        low = best = high = None
        vague = False
        if m.group("b1"):
            a, b = parse_number(m.group("b1")), parse_number(m.group("b2"))
            ns, ne = m.start("b1"), m.end("b2")
            if a is None or b is None:
                continue
            if _not_a_count(text, ns, ne, m.group("b1")) or _not_a_count(text, ns, ne, m.group("b2")):
                continue
            low, best, high = min(a, b), min(a, b), max(a, b)
        elif m.group("r1"):
            a, b = parse_number(m.group("r1")), parse_number(m.group("r2"))
            ns, ne = m.start("r1"), m.end("r2")
            if a is None or b is None or b < a or b > a * 20:
                # "10-5" or "3-400" is not a range: keep the first number alone.
                a2 = parse_number(m.group("r1"))
                if a2 is None or _not_a_count(text, m.start("r1"), m.end("r1"), m.group("r1")):
                    continue
                yield _bounded(m.start("r1"), m.end("r1"), m.start("r1"), m.end("r1"), a2, None,
                               offset, text)
                continue
            if _not_a_count(text, ns, ne, m.group("r1")):
                continue
            low, best, high = a, a, b
        elif m.group("n"):
            num_text = m.group("n")
            ns, ne = m.start("n"), m.end("n")
            if num_text.lower() in ("a", "and", "one hundred and"):
                continue
            val = parse_number(num_text)
            if val is None or _not_a_count(text, ns, ne, num_text):
                continue
            if qual in (None,) + APPROX and _MINIMUM_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
                qual = "at least"  # "a minimum estimate of some 7,000" is a floor
            plus = re.match(r"(?:-plus\b|\+)", text[ne:ne + 5])
            if plus and qual is None:
                qual = "over"  # "60-plus", "100+" are floors
                yield _bounded(m.start(), ne + plus.end(), ns, ne, val, qual, offset, text)
                continue
            yield _bounded(m.start(), m.end(), ns, ne, val, qual, offset, text)
            continue
        else:
            ns, ne = m.start("vague"), m.end("vague")
            if re.search(r"\bhow\s+$", text[max(0, ns - 8):ns], re.I):
                continue  # "how many people were killed" asks; it counts no one
            low, best, high = VAGUE[m.group("vague").lower()]
            vague = True
            low = float(low) if low is not None else None
            best = float(best) if best is not None else None
            high = float(high) if high is not None else None
        yield NumberMatch(m.start() + offset, m.end() + offset, ns + offset, ne + offset,
                          low, best, high, vague, qual, text[m.start():m.end()])


def _bounded(start: int, end: int, ns: int, ne: int, val: float, qual: Optional[str],
             offset: int, text: str) -> NumberMatch:
    """Apply a bound word: 'over 450' → low=best=450; 'up to 30' → high=best=30."""
    low, best, high = val, val, val
    if qual in LOWER:
        high = None
    elif qual in ("nearly", "almost", "close to", "just under"):
        low = None
    elif qual in UPPER:
        low = None
    elif qual in APPROX:
        low = high = None
    return NumberMatch(start + offset, end + offset, ns + offset, ne + offset, low, best, high,
                       False, qual, text[start:end])
