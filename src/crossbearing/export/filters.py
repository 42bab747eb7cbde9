"""The event filters every export format and listing command shares: date range, country,
event type, actor, outlet, minimum independent origins. A row left out is counted under the
first filter it fails, so an export can say how many rows it left out and why."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Iterable, Optional


@dataclass(frozen=True)
class EventFilter:
    date_from: Optional[str] = None   # YYYY-MM-DD, inclusive
    date_to: Optional[str] = None
    country: Optional[str] = None     # country name or ISO alpha-2 code, any case
    event_type: Optional[str] = None  # ACLED event type or sub-event type, any case
    actor: Optional[str] = None       # part of an actor or associated actor's name, any case
    outlet: Optional[str] = None      # an outlet among the event's sources, any case
    min_origins: Optional[int] = None

    def __post_init__(self):
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None:
                try:
                    date.fromisoformat(str(value))
                except ValueError:
                    raise ValueError(f"{name.replace('_', '-')} {value!r} is not a date: write it as YYYY-MM-DD") \
                        from None

    @property
    def active(self) -> bool:
        return any(getattr(self, f.name) is not None for f in fields(self))

    def reason(self, row: dict) -> Optional[str]:
        """Why ``row`` (a merged event row) is left out, or None when it passes."""
        day = str(row.get("event_date") or "")
        if self.date_from and (not day or day < self.date_from):
            return f"dated before {self.date_from} or undated"
        if self.date_to and (not day or day > self.date_to):
            return f"dated after {self.date_to} or undated"
        if self.country:
            want = self.country.lower()
            if want not in {str(row.get("country") or "").lower(), str(row.get("country_code") or "").lower()}:
                return f"not in {self.country}"
        if self.event_type:
            want = self.event_type.lower()
            if want not in {str(row.get("event_type") or "").lower(), str(row.get("sub_event_type") or "").lower()}:
                return f"not of type {self.event_type}"
        if self.actor:
            names = " | ".join(str(row.get(k) or "") for k in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2"))
            if self.actor.lower() not in names.lower():
                return f"no actor matching {self.actor}"
        if self.outlet:
            outlets = {o.strip().lower() for o in str(row.get("source") or "").split(";")}
            if self.outlet.lower() not in outlets:
                return f"not reported by {self.outlet}"
        if self.min_origins is not None and (row.get("n_origins") or 0) < self.min_origins:
            return f"fewer than {self.min_origins} independent origins"
        return None

    def split(self, rows: Iterable[dict]) -> tuple[list[dict], dict[str, int]]:
        """(rows that pass, {reason: how many left out for it})."""
        kept, out = [], {}
        for r in rows:
            why = self.reason(r)
            if why is None:
                kept.append(r)
            else:
                out[why] = out.get(why, 0) + 1
        return kept, out
