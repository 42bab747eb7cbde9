"""Stored analyses read back for linking, fast.

``model.from_dict`` inspects the type of every value it converts (``typing.get_origin``,
``dataclasses.is_dataclass``) and was two thirds of a full link's cross-event time. Here the
same conversion is compiled once per type into nested functions (``converter``), and the parts
of an analysis the fact mentions never read (mentions, entities, time expressions: events
carry their own time) are dropped before converting (``for_facts``). The records built are
equal to ``from_dict``'s (a test checks it).
"""

from __future__ import annotations

import dataclasses
import json
import typing
from typing import Any, Callable

from ..model import Analysis, _typed_fields

_CONVERTERS: dict[Any, Callable[[Any], Any]] = {}
UNUSED_BY_FACTS = ("mentions", "entities", "times")


def _same(d: Any) -> Any:
    return d


def converter(cls: Any) -> Callable[[Any], Any]:
    """A function equal to ``lambda data: from_dict(cls, data)``."""
    conv = _CONVERTERS.get(cls)
    if conv is not None:
        return conv
    origin = typing.get_origin(cls)
    if origin is typing.Union:
        inner = converter([a for a in typing.get_args(cls) if a is not type(None)][0])

        def conv(d):
            return None if d is None else inner(d)
    elif origin in (list, tuple):
        item = converter(typing.get_args(cls)[0])
        if item is _same:
            def conv(d):
                return None if d is None else list(d)
        else:
            def conv(d):
                return None if d is None else [item(v) for v in d]
    elif origin is dict:
        args = typing.get_args(cls)
        value = converter(args[1]) if len(args) == 2 else None

        def conv(d):
            if d is None:
                return None
            return {k: value(v) for k, v in d.items()} if value is not None else dict(d)
    elif dataclasses.is_dataclass(cls):
        fields: list[tuple[str, Callable]] = []

        def conv(d):
            return None if d is None else cls(**{n: f(d[n]) for n, f in fields if n in d})
        _CONVERTERS[cls] = conv  # before its fields: a record may contain its own type
        fields.extend((name, converter(tp)) for name, tp in _typed_fields(cls))
    else:
        conv = _same
    _CONVERTERS[cls] = conv
    return conv


def for_facts(data: str) -> Analysis:
    """An analysis from its stored JSON, without the parts fact mentions do not read."""
    d = json.loads(data)
    for key in UNUSED_BY_FACTS:
        d.pop(key, None)
    return converter(Analysis)(d)


def analyses_for_facts(store, article_ids: list[str]) -> dict[str, Analysis]:
    """{id: analysis} of these articles, as ``for_facts`` reads them (absent ones left out)."""
    from ..store.linkstate import analyses_json

    return {aid: for_facts(data) for aid, data in analyses_json(store, article_ids)}
