"""The actor alias table: one canonical name for "Lapin" / "Alexander Lapin" / "Aleksandr
Lapin", "Daesh" / "ISIS" / "Islamic State", "SOHR" / "Syrian Observatory for Human Rights".

The curated table ships as ``crossbearing/data/aliases.json``; a user adds entries (or
aliases to existing entries, matched by name) with a JSON file of the same shape named by
the ``aliases`` setting (``CROSSBEARING_ALIASES``). Lookup is case-, accent- and
punctuation-insensitive, then transliteration-tolerant (ks/x, kh/h, y/i, doubled letters),
then fuzzy for long names, so spellings the table has never seen still resolve.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as pkg_resources
from pathlib import Path
from typing import Optional

from rapidfuzz import fuzz, process
from unidecode import unidecode

_TITLES = r"(?:lt\.?|lieut\.?|lieutenant|col\.?|colonel|gen\.?|general|maj\.?|major|brig\.?|" \
          r"brigadier|capt\.?|captain|sgt\.?|sergeant|adm\.?|admiral|mr\.?|mrs\.?|ms\.?|dr\.?|" \
          r"president|prime minister|minister|commander|spokesman|spokeswoman|chief|sheikh|" \
          r"defence minister|defense minister|foreign minister)"


@dataclass
class ActorEntry:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    acled: Optional[str] = None
    inter: Optional[int] = None
    roles: list[str] = field(default_factory=list)
    affiliation: Optional[str] = None


def normalise(name: str) -> str:
    """'The Syrian Observatory for Human Rights’s' → 'syrian observatory for human rights'."""
    s = unidecode(name or "").lower()
    s = re.sub(r"['’`]s\b", "", s)
    s = re.sub(r"[^\w\s-]", " ", s).replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^(?:the|a|an)\s+", "", s)
    return s


def translit_key(name: str) -> str:
    """A spelling-tolerant key: Aleksandr/Alexander, Shoygu/Shoigu, Hizbollah/Hezbollah."""
    s = normalise(name)
    s = re.sub(rf"^{_TITLES}\s+", "", s)
    s = s.replace("-", " ")
    for a, b in (("ks", "x"), ("kh", "h"), ("ph", "f"), ("ou", "u"), ("ee", "i"), ("y", "i"),
                 ("q", "k"), ("ck", "k"), ("c", "k"), ("w", "v"), ("dh", "d"), ("th", "t"),
                 ("aa", "a"), ("ai", "i"), ("ei", "i"), ("ie", "i"), ("e", "i"), ("o", "u")):
        s = s.replace(a, b)
    s = re.sub(r"(\w)\1+", r"\1", s)
    s = re.sub(r"\b(?:al|el)\s+", "", s)
    s = re.sub(r"(?<=\w)(?:er|r)\b", "r", s)  # Aleksandr / Alexander
    return re.sub(r"\s+", " ", s).strip()


class AliasTable:
    """Actor entries indexed by normalised alias and by transliteration key."""

    def __init__(self, entries: list[ActorEntry]):
        self.entries = entries
        self._by_norm: dict[str, ActorEntry] = {}
        self._by_key: dict[str, ActorEntry] = {}
        self._roles: list[tuple[str, ActorEntry]] = []
        for e in entries:
            for alias in [e.name, *e.aliases]:
                self._by_norm.setdefault(normalise(alias), e)
                k = translit_key(alias)
                if len(k) >= 4:
                    self._by_key.setdefault(k, e)
            for r in e.roles:
                self._roles.append((normalise(r), e))
        self._keys = list(self._by_key)
        self._scan_re = self._build_scanner()

    def _build_scanner(self) -> Optional[re.Pattern]:
        forms = {a for e in self.entries for a in [e.name, *e.aliases] if a.strip()}
        if not forms:
            return None
        parts = []
        for f in sorted(forms, key=len, reverse=True):
            esc = re.escape(f).replace(r"\ ", r"\s+")
            # Short or all-capital aliases ("IS", "UN", "SAA") must match their case exactly.
            if len(f) <= 4 or f.isupper():
                parts.append(rf"(?-i:{esc})")
            else:
                parts.append(esc)
        return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])", re.IGNORECASE)

    def lookup(self, name: str) -> Optional[ActorEntry]:
        """The entry a surface form refers to, or None."""
        if not name or len(name) > 200:
            return None
        n = normalise(name)
        if len(n) <= 3 and not name.strip().isupper():
            return None  # "is", "un", "ap" are words, not actors
        if n in self._by_norm:
            return self._by_norm[n]
        stripped = re.sub(rf"^{_TITLES}\s+", "", n)
        if stripped in self._by_norm:
            return self._by_norm[stripped]
        k = translit_key(name)
        if k in self._by_key:
            return self._by_key[k]
        if len(k) >= 8 and self._keys:
            hit = process.extractOne(k, self._keys, scorer=fuzz.ratio, score_cutoff=90)
            if hit:
                return self._by_key[hit[0]]
        return self.by_role(name)

    def by_role(self, description: str) -> Optional[ActorEntry]:
        """'the head of Russian troops in Syria' → the entry whose curated role it is."""
        n = normalise(description)
        if len(n) < 10:
            return None
        for role, e in self._roles:
            if role in n or (len(n) < 80 and fuzz.ratio(role, n) >= 85):
                return e
        return None

    def scan(self, text: str) -> list[tuple[int, int, ActorEntry]]:
        """Every alias occurrence in ``text``: (start, end, entry), left to right."""
        if self._scan_re is None:
            return []
        out = []
        for m in self._scan_re.finditer(text):
            e = self.lookup(m.group(0))
            if e is not None:
                out.append((m.start(), m.end(), e))
        return out


def _entries_from(data: dict) -> list[ActorEntry]:
    out = []
    for raw in data.get("entities", []):
        if not isinstance(raw, dict) or not raw.get("name"):
            continue
        out.append(ActorEntry(
            name=str(raw["name"]), kind=str(raw.get("kind", "organisation")),
            aliases=[str(a) for a in raw.get("aliases", []) if a],
            acled=raw.get("acled"), inter=raw.get("inter"),
            roles=[str(r) for r in raw.get("roles", []) if r], affiliation=raw.get("affiliation"),
        ))
    return out


@lru_cache(maxsize=4)
def load_table(extra_path: str = "") -> AliasTable:
    """The packaged table, extended by the JSON file at ``extra_path`` (if any).

    An extra entry whose name matches a packaged one adds its aliases and roles to it;
    any other is a new actor. A missing or unreadable extra file raises ValueError with
    the reason, since silently ignoring a user's table would be worse.
    """
    text = pkg_resources.files("crossbearing").joinpath("data/aliases.json").read_text("utf-8")
    entries = _entries_from(json.loads(text))
    if extra_path:
        p = Path(extra_path).expanduser()
        try:
            extra = _entries_from(json.loads(p.read_text("utf-8")))
        except (OSError, ValueError) as exc:
            raise ValueError(f"cannot read alias table {p}: {exc}") from exc
        by_name = {normalise(e.name): e for e in entries}
        for e in extra:
            known = by_name.get(normalise(e.name))
            if known:
                known.aliases.extend(a for a in e.aliases if a not in known.aliases)
                known.roles.extend(r for r in e.roles if r not in known.roles)
                known.acled = e.acled or known.acled
                known.inter = e.inter if e.inter is not None else known.inter
            else:
                entries.append(e)
    return AliasTable(entries)


def default_table() -> AliasTable:
    from ..settings import Settings

    return load_table(Settings.value("aliases"))


def canonical_actor(name: str, table: Optional[AliasTable] = None
                    ) -> Optional[tuple[str, str, Optional[str], Optional[int]]]:
    """(canonical_name, kind, acled_actor_name, acled_inter) for a surface form, or None.

    >>> canonical_actor("Alexander Lapin")[0]
    'Aleksandr Lapin'
    """
    e = (table or default_table()).lookup(name)
    if e is None:
        return None
    return e.name, e.kind, e.acled, e.inter
