"""The web UI in a real browser: Playwright (the Python package) driving Debian's chromium.

Skips with a reason where chromium or the playwright package is absent, and (for the seeds'
database) where ../shared is absent. Servers listen on 127.0.0.1 only and stop with their
fixture. Screenshots (desktop and phone width) are written to out/test-artifacts/web/ (or
$CROSSBEARING_ARTIFACTS) for a person to look at."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - the dev extra installs it
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium)"),
    pytest.mark.skipif(sync_playwright is None, reason="the playwright package is not installed (pip install -e '.[dev]')"),
    pytest.mark.timeout(180),
]

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("CROSSBEARING_ARTIFACTS", REPO / "out" / "test-artifacts" / "web"))
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}


def _serve(db: str):
    """A uvicorn server for ``db`` on 127.0.0.1 in a daemon thread; returns (base URL, stop)."""
    import uvicorn

    from crossbearing.api import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)

    def stop():
        srv.should_exit = True
        thread.join(timeout=10)

    return f"http://127.0.0.1:{port}", stop


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                    "--disable-component-update", "--no-first-run", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def seeds_site(seeds_db):
    base, stop = _serve(seeds_db)
    yield base
    stop()


def _page(browser, viewport=DESKTOP):
    ctx = browser.new_context(viewport=viewport, service_workers="block")
    # nothing beyond this server: the UI must work offline
    ctx.route(re.compile(r"^(?!http://127\.0\.0\.1:\d+/).*"), lambda route: route.abort())
    page = ctx.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" and "favicon" not in m.text else None)
    return page


def _shot(page, name: str, full: bool = False) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)


def _story_id(base: str) -> str:
    import urllib.request

    rows = json.loads(urllib.request.urlopen(base + "/api/stories").read())["rows"]
    assert rows, "the seeds make one story"
    return rows[0]["id"]


def _row(page, text: str):
    """The story row whose text contains ``text``."""
    rows = page.locator("tr.fact-row").filter(has_text=text)
    assert rows.count() >= 1, f"no story row mentions {text!r}"
    return rows.first


def test_story_page_compares_the_two_outlets(browser, seeds_site):
    page = _page(browser)
    page.goto(f"{seeds_site}/story/{_story_id(seeds_site)}")
    expect(page.locator("table.story")).to_be_visible()
    heads = page.locator("th.outlet-col .outlet-name").all_inner_texts()
    assert sorted(heads) == ["GPA", "PressTV"]
    # DESIGN.md's worked example, row by row (labels may change; the values and statuses may not)
    deir = _row(page, "450")  # Deir ez-Zor operation: 450 / 5 / 42, same figures, one origin (shared quote)
    assert "agree" in deir.locator(".status").inner_text()
    assert deir.locator("td.present").count() == 2 and "1 of 2" in deir.inner_text()
    assert re.search(r"\b42\b", deir.inner_text()) and re.search(r"\b5\b", deir.inner_text())
    area = _row(page, "27,000")  # 85% of Syria / 27,000 km²: agree, one claimant
    assert "agree" in area.locator(".status").inner_text() and "85" in area.inner_text()
    missiles = _row(page, "Kalibr")  # cruise-missile strikes: PressTV adds detail, GPA is hedged
    assert "detail" in missiles.locator(".status").inner_text() and "hedged" in missiles.inner_text()
    shahabat = _row(page, "al-Shahabat")  # only in PressTV: 12 killed, 5 of them children
    assert "only PressTV" in shahabat.locator(".status").inner_text() and "12" in shahabat.inner_text()
    assert shahabat.locator("td.absent").count() == 1
    aleppo = _row(page, "Aleppo")  # background fact, only in PressTV
    assert "only PressTV" in aleppo.locator(".status").inner_text()
    for row in (deir, area, missiles):
        assert "status-row-agree" in row.get_attribute("class")
    assert "status-row-single" in shahabat.get_attribute("class")
    assert page.locator("mark.shared").filter(has_text="450 terrorists").count() >= 1  # the shared passage
    _shot(page, "story-desktop")

    # the evidence drawer of the 450 figure: its span highlighted in both texts
    deir.locator("td.present button").first.click()
    drawer = page.locator("#evidence")
    expect(drawer).to_be_visible()
    expect(drawer.locator(".field-tab.active")).to_have_text("killed")
    cards = drawer.locator(".evidence-card")
    expect(cards).to_have_count(2)
    outlets = sorted(cards.locator(".outlet").all_inner_texts())
    assert outlets == ["GPA", "PressTV"]
    for i in range(2):
        marks = cards.nth(i).locator(".evidence-text mark.ev")
        assert marks.count() >= 1 and "450" in marks.first.inner_text()
        expect(marks.first).to_be_in_viewport()
        assert "Lapin" in cards.nth(i).locator("dl.facts").inner_text()  # the claimant
    assert "fact=" in page.url and "evidence=fatalities" in page.url
    _shot(page, "story-evidence-desktop")

    # the drawer's URL is a permalink too
    page.reload()
    expect(page.locator("#evidence .evidence-card")).to_have_count(2)
    assert not page.errors, page.errors
    page.context.close()

    phone = _page(browser, PHONE)
    phone.goto(f"{seeds_site}/story/{_story_id(seeds_site)}")
    expect(phone.locator("table.story")).to_be_visible()
    # the fact column stays put while the outlets scroll sideways
    fact = phone.locator("tr.fact-row th.fact-col").first
    x0 = fact.bounding_box()["x"]
    phone.locator(".story-scroll").evaluate("el => { el.scrollLeft = 400; }")
    assert abs(fact.bounding_box()["x"] - x0) < 2
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1  # no page-wide overflow
    _shot(phone, "story-phone", full=True)
    _row(phone, "450").locator("td.present button").first.click()
    expect(phone.locator("#evidence .evidence-card")).to_have_count(2)
    _shot(phone, "story-evidence-phone")
    phone.context.close()


def _ready(page) -> None:
    """Wait until the dashboard has drawn the view its URL asks for."""
    page.wait_for_function("() => document.querySelector('#view').dataset.state === 'ready'")


def _table_ids(page) -> list[str]:
    return page.locator("table.events tbody tr[data-event]").evaluate_all("rs => rs.map(r => r.dataset.event)")


def test_dashboard_brush_filters_map_and_table_and_the_permalink_restores_it(browser, seeds_site):
    page = _page(browser)
    page.goto(seeds_site + "/")
    _ready(page)
    counts0 = page.locator("#counts").inner_text()
    assert re.search(r"showing all \d+ events \(\d+ reports\)", counts0), counts0
    ids0 = _table_ids(page)
    assert ids0 and page.locator("table.events thead button.sort").first.inner_text().endswith("▼")  # newest first
    dates = [d for d in page.locator("table.events tbody tr td:first-child a").all_inner_texts() if d[:1].isdigit()]
    assert dates == sorted(dates, reverse=True)
    points0 = int(page.locator("#map").get_attribute("data-points"))
    expect(page.locator(".leaflet-control.legend")).to_be_visible()
    assert page.locator("#map .cluster, #map path.event-dot").count() >= 1
    assert page.locator("#timeline rect.span").count() >= 1  # week/month-precision dates drawn as spans
    _shot(page, "dashboard-desktop")

    # brush the right end of the timeline (September 2017): the 2016 background fact drops out
    box = page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] * 0.4
    page.mouse.move(box["x"] + box["width"] * 0.80, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.9, y, steps=4)
    page.mouse.move(box["x"] + box["width"] * 0.995, y, steps=4)
    page.mouse.up()
    page.wait_for_function("() => /date_from=/.test(location.search)")
    _ready(page)
    expect(page.locator("#counts")).to_contain_text("of")
    page.wait_for_function(f"() => document.querySelectorAll('table.events tbody tr[data-event]').length < {len(ids0)}")
    ids1 = _table_ids(page)
    assert set(ids1) < set(ids0)
    assert int(page.locator("#map").get_attribute("data-points")) < points0
    assert re.search(r"showing \d+ of \d+ events \(\d+ reports\)", page.locator("#counts").inner_text())
    # the download links and the API call describe this view
    assert "date_from=" in page.locator("#download a", has_text="ACLED CSV").get_attribute("href")
    assert "date_from=" in page.locator("#download code").inner_text()

    # more of the view: a facet, the region-level switch, a sort
    page.locator(".facet[data-facet=event_type] label", has_text="Battles").click()
    page.wait_for_function("() => /event_type=Battles/.test(location.search)")
    _ready(page)
    page.locator("#hide-region").check()
    page.wait_for_function("() => /hide_region=1/.test(location.search)")
    _ready(page)
    page.locator("table.events thead button.sort[data-sort=fatalities]").click()
    page.wait_for_function("() => /sort=-fatalities/.test(location.search)")
    _ready(page)
    view = {"url": page.url, "ids": _table_ids(page), "counts": page.locator("#counts").inner_text(),
            "points": page.locator("#map").get_attribute("data-points")}
    assert view["ids"] and all(i in ids1 for i in view["ids"])
    killed = [int(t.replace(",", "")) for t in page.locator("table.events tbody tr td.num:nth-child(5)").all_inner_texts()]
    assert killed == sorted(killed, reverse=True)
    _shot(page, "dashboard-brushed-desktop")

    # the permalink: a fresh page on the same URL shows the same view
    page.context.close()
    again = _page(browser)
    again.goto(view["url"])
    _ready(again)
    assert _table_ids(again) == view["ids"]
    assert again.locator("#counts").inner_text() == view["counts"]
    assert again.locator("#map").get_attribute("data-points") == view["points"]
    assert again.locator("#hide-region").is_checked()
    assert again.locator(".facet[data-facet=event_type] label", has_text="Battles").locator("input").is_checked()
    assert again.locator("#timeline .brush-sel").get_attribute("visibility") == "visible"
    assert again.url == view["url"] or again.url.split("&map=")[0] == view["url"].split("&map=")[0]
    assert not again.errors, again.errors
    again.context.close()

    phone = _page(browser, PHONE)
    phone.goto(seeds_site + "/")
    expect(phone.locator("table.events tbody tr[data-event]").first).to_be_visible()
    expect(phone.locator("#timeline svg")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
    # every event's date, type, place, toll and agreement lie inside the screen (rows are cards, no
    # column cut off at the right edge or left to a sideways scroll)
    first = phone.locator("table.events tbody tr[data-event]").first
    for i in (1, 2, 4, 5, 6):
        box = first.locator(f"td:nth-child({i})").bounding_box()
        assert box and box["width"] > 0 and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (i, box)
    assert phone.locator("table.events").evaluate("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth")
    phone.locator(".filters-box > summary").click()  # filters fold away on a phone
    expect(phone.locator(".facet[data-facet=event_type]")).to_be_visible()
    _shot(phone, "dashboard-phone", full=True)
    phone.context.close()


def test_event_page_shows_every_value_with_its_evidence(browser, seeds_site):
    import urllib.request

    rows = json.loads(urllib.request.urlopen(seeds_site + "/api/events?sort=-fatalities&limit=1").read())["rows"]
    page = _page(browser)
    page.goto(f"{seeds_site}/event/{rows[0]['event_id']}")
    expect(page.locator("table.fields")).to_be_visible()
    assert "450" in page.locator("table.fields tr[data-field=fatalities]").inner_text()
    page.locator("button.evidence-btn[data-field=fatalities]").click()
    expect(page.locator("#evidence mark.ev").first).to_contain_text("450")
    assert "evidence=fatalities" in page.url
    _shot(page, "event-evidence-desktop")
    assert not page.errors, page.errors
    page.context.close()
    phone = _page(browser, PHONE)
    phone.goto(f"{seeds_site}/event/{rows[0]['event_id']}?evidence=fatalities")
    expect(phone.locator("#evidence mark.ev").first).to_be_visible()
    _shot(phone, "event-evidence-phone")
    phone.context.close()


# ---------------------------------------------------------------- fifteen outlets
OUTLETS = ["Radio Okapi", "Actualite CD", "Reuters", "AFP", "BBC", "Al Jazeera", "RFI", "DW", "VOA", "Xinhua",
           "Anadolu", "The EastAfrican", "Daily Nation", "Le Monde", "France 24"]


@pytest.fixture(scope="module")
def crowded_site(tmp_path_factory, build):
    """One incident reported by 15 outlets (most say 5 killed, three say 7)."""
    d = tmp_path_factory.mktemp("crowded-web")
    rows = []
    for i, o in enumerate(OUTLETS):
        killed = 7 if i % 5 == 4 else 5
        extra = ("A local official said the fighting lasted several hours and that residents fled towards Sake. "
                 if i % 3 == 0 else f"Residents described heavy gunfire near the airport, according to {o}. ")
        rows.append({"title": f"Attack on army post near Goma ({o})", "outlet": o, "url": f"https://example.org/{i}",
                     "published": f"2024-05-{7 + i % 3:02d}",
                     "text": f"GOMA ({o}) - M23 rebels attacked an army post in Goma on Monday, killing {killed} "
                             f"soldiers, the army said. {extra}" + ("Three civilians were injured, the hospital said."
                                                                    if i % 2 else "")})
    (d / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    db = str(d / "c.duckdb")
    build([str(d / "in.jsonl")], db)
    base, stop = _serve(db)
    yield base
    stop()


def test_story_page_is_usable_with_fifteen_outlets(browser, crowded_site):
    import urllib.request

    stories = json.loads(urllib.request.urlopen(crowded_site + "/api/stories?sort=-n_outlets").read())["rows"]
    if not stories or stories[0]["n_outlets"] < 15:
        pytest.skip("the linker did not put the 15 reports in one story")
    for viewport, name in ((DESKTOP, "desktop"), (PHONE, "phone")):
        page = _page(browser, viewport)
        page.goto(f"{crowded_site}/story/{stories[0]['id']}")
        expect(page.locator("table.story")).to_be_visible()
        assert page.locator("th.outlet-col").count() == 15
        rows = page.locator("tr.fact-row")
        assert rows.count() >= 1
        # the fact and its status are on screen without scrolling sideways, and stay there
        status = rows.first.locator("th.fact-col .status")
        expect(status).to_be_in_viewport()
        scroller = page.locator(".story-scroll")
        assert scroller.evaluate("el => el.scrollWidth > el.clientWidth")
        x0 = rows.first.locator("th.fact-col").bounding_box()["x"]
        scroller.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
        assert abs(rows.first.locator("th.fact-col").bounding_box()["x"] - x0) < 2
        expect(status).to_be_in_viewport()
        expect(page.locator("th.outlet-col").last).to_be_in_viewport()
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"] + 1
        scroller.evaluate("el => { el.scrollLeft = 0; }")
        _shot(page, f"story-15-outlets-{name}", full=name == "phone")
        assert not page.errors, page.errors
        page.context.close()


# ---------------------------------------------------------------- hostile text
HOSTILE = [
    {"title": "<script>alert('t1')</script><img src=x onerror=\"alert('t2')\">", "outlet": "<b onmouseover=alert(3)>Evil</b>",
     "url": "javascript:alert('u1')", "published": "2024-05-07",
     "text": "GOMA (Evil) - Rebels attacked an army post in Goma on Monday, killing five soldiers, the army said. "
             "<script>alert('x1')</script> <img src=x onerror=\"alert('x2')\"> "
             "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert('x3')\"><script>alert('x4')</script></svg> "
             "<a href=\"javascript:alert('x5')\">click</a> <iframe src=\"javascript:alert('x6')\"></iframe>"},
    {"title": "<svg/onload=alert('t3')>", "outlet": "Other \"outlet\" <i>", "url": "https://example.org/a?<script>",
     "published": "2024-05-08",
     "text": "GOMA (Other) - Rebels attacked an army post in Goma on Monday, killing five soldiers, the army said. "
             "\"><img src=x onerror=alert('y1')> javascript:alert('y2') <style>body{display:none}</style>"},
]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory, build):
    d = tmp_path_factory.mktemp("hostile-web")
    (d / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in HOSTILE))
    db = str(d / "h.duckdb")
    build([str(d / "in.jsonl")], db)
    base, stop = _serve(db)
    yield base
    stop()


def _assert_inert(page) -> None:
    assert page.dialogs == [], page.dialogs
    assert page.title().find("pwned") < 0
    bad = page.evaluate("""() => ({
        inlineScripts: [...document.scripts].filter(s => !s.src).length,
        imgs: [...document.querySelectorAll('img')].filter(i => !i.closest('.leaflet-container')).length,
        svgHandlers: [...document.querySelectorAll('svg [onload], svg[onload], [onerror], [onmouseover]')].length,
        iframes: document.querySelectorAll('iframe').length,
        jsLinks: [...document.querySelectorAll('a[href]')].filter(a => !/^https?:/.test(a.href)).length,
        styles: [...document.querySelectorAll('body style')].length,
    })""")
    assert bad == {"inlineScripts": 0, "imgs": 0, "svgHandlers": 0, "iframes": 0, "jsLinks": 0, "styles": 0}, bad


def test_hostile_article_text_stays_text(browser, hostile_site):
    import urllib.request

    resp = urllib.request.urlopen(hostile_site + "/")
    csp = resp.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    arts = json.loads(urllib.request.urlopen(hostile_site + "/api/articles").read())["rows"]
    events = json.loads(urllib.request.urlopen(hostile_site + "/api/events").read())["rows"]
    stories = json.loads(urllib.request.urlopen(hostile_site + "/api/stories").read())["rows"]
    assert arts and events
    page = _page(browser)
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    pages = ["/", *(f"/article/{a['id']}" for a in arts), f"/event/{events[0]['event_id']}?evidence=event_type"]
    pages += [f"/story/{s['id']}" for s in stories]
    seen_text = ""
    for path in pages:
        page.goto(hostile_site + path)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(200)
        _assert_inert(page)
        seen_text += page.locator("body").inner_text()
    # shown, as text
    assert "<script>alert('x1')</script>" in seen_text
    assert "<img src=x onerror=\"alert('x2')\">" in seen_text
    assert "onload=\"alert('x3')\"" in seen_text
    assert "javascript:alert('u1')" in seen_text  # the URL is shown, not linked
    assert "<b onmouseover=alert(3)>Evil</b>" in seen_text
    _shot(page, "hostile-desktop")
    page.context.close()


def test_api_docs_render_offline_under_the_csp(browser, hostile_site):
    # Swagger UI from the installed package's assets, started by a script file: the operations
    # render although the CSP allows no inline script and every request off 127.0.0.1 is refused.
    page = _page(browser)
    page.goto(hostile_site + "/docs")
    expect(page.locator(".opblock").first).to_be_visible(timeout=15000)
    assert "/api/events" in page.locator("body").inner_text()
    page.context.close()
