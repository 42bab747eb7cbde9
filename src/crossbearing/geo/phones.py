"""Where a story's telephone numbers are: local news gives a tip line's number.

"Anyone with information is asked to call Crime Stoppers at 513-352-3040" closes a great many
North American crime stories, and an area code belongs to one state or province (513 is
south-western Ohio). A story that names only "Hamilton" and "Fairview Avenue" is then read in
Ohio, not Ontario. Only the North American Numbering Plan is read: its area codes are
geographic by rule, a tip line is local by purpose, and its numbers are written the same way
across outlets. Toll-free and non-geographic numbers (800, 888, 900 …) say nothing and are
skipped. The area-code table is the ``phonenumbers`` package's (Google's libphonenumber data).

Pure over its input: text in, ``PhoneRegion`` items out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .postal import CA_POSTAL

# A NANP number as news writes it: "513-352-3040", "(615) 742-7463", "843.554.1111",
# "1-800-222-8477", "+1 202 727 9099". Seven-digit local numbers give no area code.
_NANP = re.compile(r"(?<![\w$.,/\-])(?:\+?1[-. ]?)?\(?[2-9]\d{2}\)?[-. \u2013]?\d{3}[-. \u2013]\d{4}(?![\w/])")
NANP_COUNTRY_CODE = 1
MAX_NUMBERS = 20  # a directory page lists hundreds; a story a few


@dataclass(frozen=True)
class PhoneRegion:
    """A telephone number in the text and the region its area code belongs to."""

    start: int
    end: int
    region: str  # "OH", "Ohio", "Washington D.C.", "Ontario", "Jamaica" — as the table names it


def phone_regions(text: str) -> list[PhoneRegion]:
    """The geographic North American numbers in ``text`` and their states, provinces or
    countries, in text order."""
    import phonenumbers
    from phonenumbers import geocoder

    found = []
    for m in _NANP.finditer(text):
        if len(found) >= MAX_NUMBERS:
            break
        try:
            number = phonenumbers.parse(m.group(), "US")
        except phonenumbers.NumberParseException:
            continue
        if number.country_code != NANP_COUNTRY_CODE or not phonenumbers.is_valid_number(number):
            continue
        where = geocoder.description_for_number(number, "en")
        if not where or where in ("United States", "Canada"):
            continue  # a toll-free or nationwide number
        # "Cincinnati, OH" → "OH"; "South Carolina", "Washington D.C.", "Jamaica" stay whole;
        # "Toronto, ON" → "Ontario" (the US codes are read where the region is looked up)
        region = where.rsplit(", ", 1)[-1].strip().removesuffix(" State")
        if "/" in region:
            continue  # "Nova Scotia/Prince Edward Island": one code for two provinces
        found.append(PhoneRegion(m.start(), m.end(), CA_POSTAL.get(region, region)))
    return found
