"""REST API (FastAPI): thin handlers over the store, the link views and the exports."""

from .app import create_app

__all__ = ["create_app"]
