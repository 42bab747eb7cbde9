"""US postal state codes ("Jackson, MS", "Felton, MN (WDAY TV)", "… - Birmingham, AL - WBRC.com").

Local news writes a town's state in its two-letter postal code after a comma, in datelines,
headlines and station names. The codes are not in the gazetteer's name index: alone, "IN",
"OR", "ME" or "CO" are words or acronyms far more often than states; only the position after
"Town, " makes them a state. ``state_of_code`` reads them there.
"""

from __future__ import annotations

from typing import Optional

US_POSTAL = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "Washington, D.C.", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}

# Canada Post's province and territory codes, as a Canadian area code's table writes them
CA_POSTAL = {
    "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "NT": "Northwest Territories", "NU": "Nunavut",
    "ON": "Ontario", "PE": "Prince Edward Island", "QC": "Quebec", "SK": "Saskatchewan", "YT": "Yukon",
}


def state_of_code(gaz, code: str):
    """The US state (a province entry) a postal code written in capitals names, else None."""
    name = US_POSTAL.get((code or "").strip())
    if name is None:
        return None
    from .normalise import keys

    for k in keys(name):
        for e, f in gaz.lookup(k):
            if e.kind == "province" and e.country == "US" and f in ("name", "variant", "abbr"):
                return e
    return None
