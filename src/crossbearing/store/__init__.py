"""Storage: a DuckDB file with a migrated schema (see ``migrations``)."""

from .duck import Store

__all__ = ["Store"]
