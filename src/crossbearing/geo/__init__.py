"""Places: gazetteer index, name matching, disambiguation (see ``resolve``) and helpers."""
