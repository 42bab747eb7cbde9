"""Name keys that survive case, diacritics, hyphens, spaces and transliteration habits.

Two spellings of one place should meet at the same key: "Deir Ezzor", "Deir ez-Zor" and
"Deir Ez-Zor" all become ``deirezzor``. Arabic articles (al-, el-, ad-, ash- …) are optional
in English reporting ("al-Raqqa", "Raqqa", "Ar Raqqah"), so a name that starts with one is
indexed under both its full key and its key without the article. ``loose_key`` goes one
step further (doubled letters, a final ``h``) and is only consulted when exact keys miss.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

# Arabic definite article in its assimilated forms, as transliterated in news copy.
ARABIC_ARTICLES = ("al", "el", "ad", "ar", "as", "az", "ash", "at", "an", "ad", "adh", "ath", "ed",
                   "er", "es", "ez", "en", "et", "ul", "il")
_ARTICLE_RE = re.compile(r"^(?:%s)[\s\-‐‑–'’`]+(?=\w)" % "|".join(sorted(set(ARABIC_ARTICLES), key=len, reverse=True)),
                         re.IGNORECASE)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Words that name a kind of thing, not a place, when they stand alone inside a longer name.
GENERIC_WORDS = set("""street road avenue drive lane boulevard square park center centre university college school
hall house station church court estate wing building tower bridge airport hospital museum library market
mall hotel club stadium arena north south east west northern southern eastern western central upper lower
new old great little saint st mount port lake river sea bay island city county town village state district
national royal union federal republic united grand west coast first second third world international""".split())
# the words of faith and of the world that English capitalises: no place ("thank God", "on Earth",
# "Heaven knows"), though towns abroad or small ones bear them (Göd, Earth in Texas)
WORLD_WORDS = frozenset("""god gods lord heaven earth allah""".split())
# weekdays and months by their full names: capitalised, they are no names of places or titles
CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december""".split())


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Lower-case ASCII with every run of non-alphanumerics turned into one space."""
    text = unidecode(name or "").lower()
    text = text.replace("'", "").replace("`", "")
    return _NON_ALNUM.sub(" ", text).strip()


def strip_article(name: str) -> str | None:
    """``al-Shahabat`` → ``Shahabat``; None when the name has no leading Arabic article."""
    m = _ARTICLE_RE.match(name.strip())
    if not m:
        return None
    rest = name.strip()[m.end():]
    return rest if len(rest) >= 3 else None


def key(name: str) -> str:
    """The exact matching key: folded, with no spaces at all."""
    return fold(name).replace(" ", "")


# a name's first word shortened ("St. Mary Parish", "Mt. Pleasant", "Ft. Myers"), which gazetteers
# spell out as often as not
_SHORT_FIRST = re.compile(r"^(st|ste|mt|ft)\b\.?\s*", re.IGNORECASE)
_SPELLED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def keys(name: str) -> list[str]:
    """Every key a name is indexed (or looked up) under: full, without an Arabic article, and
    with a first word that is only ever short spelled out ("Mt. Pleasant" as "Mount Pleasant")."""
    out = [key(name)]
    if spelled_alike(name):
        out.append(spelled_out(name))
    bare = strip_article(unidecode(name or ""))
    if bare:
        k = key(bare)
        if k and k not in out:
            out.append(k)
    return [k for k in out if k]


def spelled_out(name: str) -> str | None:
    """"St. Mary Parish" → ``saintmaryparish``: the key with the first word spelled out, for a
    lookup whose written name finds nothing (names are indexed as the gazetteer spells them)."""
    m = _SHORT_FIRST.match((name or "").strip())
    if not m or len(name.strip()) <= m.end():
        return None
    return key(_SPELLED[m.group(1).lower()] + " " + name.strip()[m.end():]) or None


def spelled_alike(name: str) -> bool:
    """Whether the short first word of ``name`` is only ever a short form: "Mt." and "Ft." are
    "Mount" and "Fort" in every place name ("Mt. Pleasant" is every Mount Pleasant), where
    "St." is also how some towns spell their own names ("St. Thomas", Ontario)."""
    m = _SHORT_FIRST.match((name or "").strip())
    return bool(m) and m.group(1).lower() in ("mt", "ft")


def loose_key(name: str) -> str:
    """A forgiving key for transliteration variants: no article, doubled letters collapsed,
    no final ``h`` and common vowel spellings merged (``Raqqa`` ~ ``Raqqah`` ~ ``Rakka``)."""
    bare = strip_article(unidecode(name or "")) or name
    k = key(bare)
    k = k.replace("ou", "u").replace("ee", "i").replace("kh", "k").replace("q", "k").replace("dh", "d")
    k = re.sub(r"(?<=[aeiouy])h$", "", k)
    k = re.sub(r"[ey]", "i", k)
    return re.sub(r"(.)\1+", r"\1", k)


def loose_keys(name: str) -> list[str]:
    """``loose_key`` of ``name``, then of its French-style "ou" written "o" ("Deir az-Zour" ~
    "Deir az-Zor"): the keys to try in order."""
    out = [loose_key(name)]
    variants = []
    if re.search(r"ou", name, re.IGNORECASE):
        variants.append(re.sub(r"ou", "o", name, flags=re.IGNORECASE))
    # Arabic ghayn is written "gh" or "g" ("Ghouta" ~ "Gouta", "Maghara" ~ "Magara")
    if re.search(r"gh", name, re.IGNORECASE):
        variants.append(re.sub(r"gh", "g", name, flags=re.IGNORECASE))
    elif re.search(r"g(?=[aeiou])", name, re.IGNORECASE):
        variants.append(re.sub(r"g(?=[aeiou])", "gh", name, flags=re.IGNORECASE))
    for v in variants:
        alt = loose_key(v)
        if alt not in out:
            out.append(alt)
    return out
