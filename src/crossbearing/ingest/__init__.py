"""Readers that turn files into ``Article`` records; see ``core.iter_articles``."""

from .core import IngestError, iter_articles

__all__ = ["IngestError", "iter_articles"]
