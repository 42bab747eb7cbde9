"""API docs that work offline: Swagger UI and ReDoc from the assets the ``fastapi-offline``
package ships (no CDN), started by a script file (the CSP allows no inline script). Without
that package, /docs is a plain page generated here from the OpenAPI schema."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Optional

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles


def assets_dir() -> Optional[Path]:
    try:
        import fastapi_offline
    except ImportError:
        return None
    d = Path(fastapi_offline.__file__).resolve().parent / "static"
    return d if (d / "swagger-ui-bundle.js").exists() else None


SWAGGER = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} – API</title>
<link rel="stylesheet" href="/static-docs/swagger-ui.css"><link rel="icon" href="/static-docs/favicon.png">
</head><body><div id="swagger-ui" data-openapi="/openapi.json"></div>
<script src="/static-docs/swagger-ui-bundle.js"></script><script src="/static/docs-init.js"></script>
</body></html>"""

REDOC = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} – API</title>
<link rel="icon" href="/static-docs/favicon.png"></head>
<body><redoc spec-url="/openapi.json"></redoc><script src="/static-docs/redoc.standalone.js"></script>
</body></html>"""


def plain_page(schema: dict) -> str:
    """Every path, its parameters and their descriptions, escaped; no script at all."""
    e = html.escape
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{e(schema['info']['title'])} – API"
             f"</title></head><body><h1>{e(schema['info']['title'])} API {e(schema['info'].get('version', ''))}</h1>",
             f"<p>{e(schema['info'].get('description', ''))} The schema: <a href='/openapi.json'>/openapi.json</a>.</p>"]
    for path, ops in schema.get("paths", {}).items():
        for method, op in ops.items():
            parts.append(f"<h2><code>{e(method.upper())} {e(path)}</code></h2><p>{e(op.get('summary', ''))}</p>")
            params = op.get("parameters", [])
            if params:
                parts.append("<table border='1' cellpadding='3'><tr><th>parameter</th><th>in</th><th>type</th>"
                             "<th>description</th></tr>")
                for p in params:
                    s = p.get("schema", {})
                    typ = s.get("type", "") + (f" of {s['items'].get('type', '')}" if "items" in s else "")
                    parts.append(f"<tr><td><code>{e(p['name'])}</code></td><td>{e(p.get('in', ''))}</td>"
                                 f"<td>{e(typ)}</td><td>{e(p.get('description', ''))}</td></tr>")
                parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def add_docs(app: FastAPI) -> None:
    """/docs (Swagger UI) and /redoc; create the app with docs_url=None, redoc_url=None."""
    assets = assets_dir()
    if assets is not None:
        app.mount("/static-docs", StaticFiles(directory=assets), name="static-docs")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if assets is None:
            return HTMLResponse(plain_page(app.openapi()))
        return HTMLResponse(SWAGGER.format(title=html.escape(app.title)))

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        if assets is None:
            return HTMLResponse(plain_page(app.openapi()))
        return HTMLResponse(REDOC.format(title=html.escape(app.title)))
