"""Per-article extractors: one module per kind of fact, registered by name (see registry)."""
