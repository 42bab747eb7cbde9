"""The web UI in a real headless Chromium (skipped where Debian's chromium is not installed)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install chromium)")

EVIL = '<img src=x onerror="document.title=\'pwned\'">'


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from crossbearing.api import create_app
    from crossbearing.pipeline import run
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    d = tmp_path_factory.mktemp("web")
    (d / "in.jsonl").write_text(json.dumps({
        "title": EVIL, "outlet": "Test Outlet", "published": "2024-05-07",
        "text": f"GOMA (Test Outlet) - Rebels attacked an army post in Goma on Monday, killing five soldiers, "
                f"the army said. {EVIL}"}) + "\n")
    db = str(d / "w.duckdb")
    with Store(db) as store:
        run([str(d / "in.jsonl")], store, Settings.load(db=db))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def _dom(url: str, tmp_path) -> str:
    out = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                          "--disable-component-update", "--no-first-run", "--disable-sync",
                          f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom", url],
                         capture_output=True, text=True, timeout=90)
    return out.stdout


def test_events_table_renders_and_text_stays_text(server, tmp_path):
    dom = _dom(server + "/", tmp_path)
    assert "articles ·" in dom  # stats line filled by the script
    assert "<tbody><tr>" in dom.replace("\n", "")  # at least one event row


def test_article_view_escapes_untrusted_text(server, tmp_path):
    import urllib.request

    arts = json.loads(urllib.request.urlopen(server + "/api/articles").read())["rows"]
    dom = _dom(f"{server}/#article={arts[0]['id']}", tmp_path)
    assert "&lt;img src=x onerror" in dom  # shown as text
    assert "<img src=\"x\"" not in dom and "<title>pwned</title>" not in dom


def test_api_docs_render_offline_under_the_csp(server, tmp_path):
    # Swagger UI from the installed package's assets, started by a script file: the page
    # renders the operations although the CSP allows no inline script and nothing is fetched
    # from a CDN (the browser has no network beyond 127.0.0.1 here anyway).
    dom = _dom(server + "/docs", tmp_path)
    assert "/api/events" in dom and "opblock" in dom
