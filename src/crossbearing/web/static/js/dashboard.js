// The dashboard: facet sidebar, counts, map, timeline, downloads and the event table, all
// driven by one state that lives in the URL.
"use strict";
import { createMap } from "./map.js";
import { createTimeline } from "./timeline.js";
import { DEFAULT_SORT, filterParams, qs, readState, writeState } from "./state.js";
import { api, badge, el, fmtInt, PRECISION, setTitle, TIME_PRECISION, typeColor, withToken } from "./util.js";

// sidebar facets: [API facet field(s), filter it sets, label, how it filters]
const FACETS = [
  { key: "event_type", facet: ["event_type"], filter: "event_type", label: "Event type", multi: true },
  { key: "actor", facet: ["actor1", "actor2"], filter: "actor", label: "Actor", multi: false },
  { key: "country", facet: ["country"], filter: "country", label: "Country", multi: true },
  { key: "outlet", facet: ["source"], filter: "outlet", label: "Outlet", multi: true },
  { key: "origins", facet: ["n_origins"], filter: "min_origins", label: "Independent origins", multi: false, atLeast: true },
  { key: "status", facet: ["status"], filter: "status", label: "Agreement across outlets", multi: true },
];
const SORTABLE = { date: "event_date", type: "event_type", where: "location", killed: "fatalities", origins: "n_origins", source: "source" };
const FACET_SIZE = 40, SHOWN = 8;

export function dashboard(root) {
  let state = readState();
  let generation = 0, grandTotal = null, firstFit = !state.map, expanded = new Set();
  setTitle();

  const counts = el("div", { class: "counts", id: "counts", role: "status", "aria-live": "polite" }, "loading…");
  const sidebar = el("div", { class: "facets", id: "facets" });
  const filtersBox = el("details", { class: "filters-box", open: window.innerWidth > 800 }, el("summary", {}, "Filters"), sidebar);
  const mapBox = el("div", { id: "map", "aria-label": "map of events" });
  const timelineBox = el("div", { id: "timeline" });
  const download = el("div", { class: "download", id: "download" });
  const table = el("table", { id: "events", class: "events" });
  const more = el("button", { type: "button", class: "more", hidden: true }, "load more");
  const tableNote = el("div", { class: "muted table-note" });
  const stories = el("ul", { class: "stories", id: "stories" });
  const tabEvents = el("button", { type: "button", class: "tab active", "aria-selected": "true" }, "Events");
  const tabStories = el("button", { type: "button", class: "tab", "aria-selected": "false" }, "Stories");
  const eventsPane = el("div", { class: "pane" }, el("div", { class: "table-wrap" }, table), tableNote, more);
  const storiesPane = el("div", { class: "pane", hidden: true }, stories);
  const showTab = (which) => {
    tabEvents.classList.toggle("active", which === "events"); tabStories.classList.toggle("active", which === "stories");
    tabEvents.setAttribute("aria-selected", which === "events"); tabStories.setAttribute("aria-selected", which === "stories");
    eventsPane.hidden = which !== "events"; storiesPane.hidden = which !== "stories";
  };
  tabEvents.addEventListener("click", () => showTab("events"));
  tabStories.addEventListener("click", () => showTab("stories"));

  root.replaceChildren(el("div", { class: "dash" },
    el("aside", { class: "side" }, filtersBox),
    el("section", { class: "center" }, counts, el("div", { class: "map-wrap" }, mapBox), timelineBox, download),
    el("section", { class: "right" }, el("nav", { class: "tabs", role: "tablist" }, tabEvents, tabStories), eventsPane, storiesPane)));

  const map = createMap(mapBox, {
    onMove: (c, zoom) => { state.map = { lat: c.lat, lon: c.lng, zoom }; writeState(state, { replace: true }); },
    onHideRegion: (hide) => { state.hideRegion = hide; writeState(state); load(); },
    onOpen: (id) => { location.href = withToken(`/event/${encodeURIComponent(id)}`); },
  });
  const timeline = createTimeline(timelineBox, {
    onBrush: (from, to) => { setFilter("date_from", from); setFilter("date_to", to, true); },
  });

  function setFilter(name, value, commit = false) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) delete state.filters[name];
    else state.filters[name] = value;
    if (commit !== false || name !== "date_from") { firstFit = true; state.map = null; writeState(state); load(); }
  }

  window.addEventListener("popstate", () => { state = readState(); firstFit = !state.map; load(); });

  let lastPoints = [];

  async function load() {
    const gen = ++generation;
    root.dataset.state = "loading";
    const fp = filterParams(state, { sort: false });
    const page = new URLSearchParams(fp);
    if (state.sort !== DEFAULT_SORT) page.set("sort", state.sort);
    page.set("limit", "100");
    FACETS.forEach((f) => f.facet.forEach((x) => page.append("_facet", x)));
    page.set("_facet_size", String(FACET_SIZE));
    // facets of a filtered field are counted without that field's own filter (so others can be added)
    const own = FACETS.filter((f) => state.filters[f.filter]).map((f) => {
      const p = filterParams(state, { sort: false, drop: [f.filter] });
      p.set("limit", "1"); f.facet.forEach((x) => p.append("_facet", x)); p.set("_facet_size", String(FACET_SIZE));
      return api(`/api/events${qs(p)}`).then((r) => [f.key, r.facets]);
    });
    const reportsP = new URLSearchParams(fp); reportsP.set("limit", "1");
    const storyP = new URLSearchParams();
    ["date_from", "date_to", "q"].forEach((k) => state.filters[k] && storyP.set(k, state.filters[k]));
    (state.filters.outlet || []).forEach((o) => storyP.append("outlet", o));
    storyP.set("limit", "200"); storyP.set("sort", "-n_outlets");
    try {
      const [events, reports, points, tl, ownFacets, storyList, all] = await Promise.all([
        api(`/api/events${qs(page)}`), api(`/api/reports${qs(reportsP)}`).catch(() => null), api(`/api/ui/points${qs(fp)}`),
        api(`/api/ui/timeline${qs(fp)}`), Promise.all(own), api(`/api/stories${qs(storyP)}`).catch(() => ({ rows: [], total: 0 })),
        grandTotal === null ? api("/api/events?limit=1") : Promise.resolve({ total: grandTotal })]);
      if (gen !== generation) return;
      grandTotal = all.total;
      renderCounts(events.total, reports ? reports.total : null, points);
      renderFacets(events.facets, Object.fromEntries(ownFacets));
      renderTable(events, false);
      lastPoints = points.points.map(([id, lat, lon, type, fatalities, precision, cc]) => ({ id, lat, lon, type, fatalities, precision, cc }));
      map.setPoints(lastPoints, { hide: state.hideRegion, fit: firstFit && !state.map, view: firstFit ? state.map : null });
      firstFit = false;
      timeline.set(tl, [state.filters.date_from, state.filters.date_to]);
      renderDownload();
      renderStories(storyList);
      root.dataset.state = "ready";
    } catch (err) {
      if (gen !== generation) return;
      counts.replaceChildren(el("span", { class: "error" }, `could not load: ${err.message}`));
      root.dataset.state = "error";
    }
  }

  function renderCounts(n, k, points) {
    const filtered = Object.keys(state.filters).length > 0;
    counts.replaceChildren(
      el("strong", {}, filtered ? `showing ${fmtInt(n)} of ${fmtInt(grandTotal)} events` : `showing all ${fmtInt(n)} events`),
      k !== null ? ` (${fmtInt(k)} reports)` : "",
      el("span", { class: "muted" }, ` · map: ${fmtInt(points.total)} with coordinates${points.count < points.total ? `, the ${fmtInt(points.count)} deadliest drawn` : ""}` +
        (state.hideRegion ? `, ${fmtInt(points.points.filter((p) => p[5] === 3).length)} region-level hidden` : "")),
      filtered ? el("button", { type: "button", class: "linklike", onclick: () => { state.filters = {}; state.map = null; firstFit = true; writeState(state); load(); } }, " clear all filters") : "");
  }

  function facetValues(f, facets) {
    if (!facets) return [];
    if (f.key === "actor") { // actor1 and actor2 counted together
      const m = new Map();
      for (const x of [...(facets.actor1 || []), ...(facets.actor2 || [])]) if (x.value) m.set(x.value, (m.get(x.value) || 0) + x.count);
      return [...m.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || String(a.value).localeCompare(b.value));
    }
    if (f.atLeast) { // "at least k independent origins"
      const vals = (facets[f.facet[0]] || []).filter((x) => x.value !== null).sort((a, b) => a.value - b.value);
      return vals.map((x) => ({ value: String(x.value), label: `${x.value}+`, count: vals.filter((y) => y.value >= x.value).reduce((s, y) => s + y.count, 0) }));
    }
    return (facets[f.facet[0]] || []).filter((x) => x.value !== null && x.value !== "");
  }

  function renderFacets(facets, ownFacets) {
    const q = el("input", { type: "search", placeholder: "text in notes, places, actors…", value: state.filters.q || "", "aria-label": "search text" });
    q.addEventListener("change", () => setFilter("q", q.value.trim(), true));
    const from = el("input", { type: "date", value: state.filters.date_from || "", "aria-label": "from date" });
    const to = el("input", { type: "date", value: state.filters.date_to || "", "aria-label": "to date" });
    from.addEventListener("change", () => setFilter("date_from", from.value || null, true));
    to.addEventListener("change", () => setFilter("date_to", to.value || null, true));
    const groups = FACETS.map((f) => {
      const vals = facetValues(f, ownFacets[f.key] || facets);
      const selected = f.multi ? (state.filters[f.filter] || []) : (state.filters[f.filter] ? [state.filters[f.filter]] : []);
      for (const s of selected) if (!vals.some((v) => String(v.value) === s)) vals.unshift({ value: s, count: 0 });
      const limit = expanded.has(f.key) ? vals.length : SHOWN;
      const items = vals.slice(0, limit).map((v) => {
        const on = selected.includes(String(v.value));
        const box = el("input", { type: f.multi ? "checkbox" : "radio", name: `facet-${f.key}`, checked: on });
        box.addEventListener("click", () => {
          if (f.multi) setFilter(f.filter, on ? selected.filter((s) => s !== String(v.value)) : [...selected, String(v.value)], true);
          else setFilter(f.filter, on ? null : String(v.value), true);
        });
        return el("li", {}, el("label", { class: on ? "on" : "" }, box,
          f.key === "event_type" ? el("span", { class: "swatch", style: `background:${typeColor(v.value)}` }) : "",
          el("span", { class: "facet-value", title: String(v.value) }, v.label || String(v.value)), el("span", { class: "facet-count" }, fmtInt(v.count))));
      });
      const moreBtn = vals.length > SHOWN ? el("button", { type: "button", class: "linklike", onclick: () => {
        expanded.has(f.key) ? expanded.delete(f.key) : expanded.add(f.key); renderFacets(facets, ownFacets); } },
        expanded.has(f.key) ? "fewer" : `all ${vals.length}${vals.length >= FACET_SIZE ? "+" : ""}`) : "";
      return el("section", { class: "facet", "data-facet": f.key }, el("h3", {}, f.label),
        items.length ? el("ul", {}, items) : el("div", { class: "muted" }, "none"), moreBtn);
    });
    sidebar.replaceChildren(el("section", { class: "facet" }, el("h3", {}, "Search"), q),
      el("section", { class: "facet dates" }, el("h3", {}, "Dates"), el("div", { class: "date-row" }, from, " – ", to)), ...groups);
  }

  function sortHeader(label, key) {
    const col = SORTABLE[key];
    if (!col) return el("th", { scope: "col" }, label);
    const active = state.sort.replace(/^-/, "") === col, desc = state.sort.startsWith("-");
    const next = active ? (desc ? col : `-${col}`) : (col === "event_date" || col === "fatalities" || col === "n_origins" ? `-${col}` : col);
    const btn = el("button", { type: "button", class: "sort", "data-sort": col, onclick: () => { state.sort = next; writeState(state); load(); } },
      label, active ? (desc ? " ▼" : " ▲") : "");
    return el("th", { scope: "col", "aria-sort": active ? (desc ? "descending" : "ascending") : "none" }, btn);
  }

  let nextUrl = null;
  function renderTable(page, append) {
    if (!append) {
      table.replaceChildren(el("thead", {}, el("tr", {}, sortHeader("date", "date"), sortHeader("type", "type"), el("th", { scope: "col" }, "actors"),
        sortHeader("where", "where"), sortHeader("killed", "killed"), sortHeader("agreement", "origins"),
        sortHeader("source", "source"))), el("tbody"));
    }
    const tbody = table.tBodies[0];
    for (const e of page.rows) tbody.append(eventRow(e));
    nextUrl = page.next;
    more.hidden = !nextUrl;
    tableNote.textContent = `rows 1–${fmtInt(tbody.rows.length)} of ${fmtInt(page.total)}, sorted by ${state.sort.replace(/^-/, "")} ${state.sort.startsWith("-") ? "(descending)" : "(ascending)"}`;
    if (!page.rows.length && !append) tbody.append(el("tr", {}, el("td", { colspan: 7, class: "muted" }, "no events match these filters")));
  }
  more.addEventListener("click", async () => {
    if (!nextUrl) return;
    const u = new URL(nextUrl, location.origin);
    more.disabled = true;
    try { renderTable(await api(u.pathname + u.search), true); } finally { more.disabled = false; }
  });

  function eventRow(e) {
    const href = withToken(`/event/${encodeURIComponent(e.event_id)}`);
    const tp = TIME_PRECISION[e.time_precision];
    const where = [e.location || e.admin1, e.country].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(", ");
    const reports = e.n_reports ?? e.reports ?? null;
    return el("tr", { "data-event": e.event_id, onclick: (ev) => { if (!ev.target.closest("a")) location.href = href; } },
      el("td", { class: "nowrap" }, el("a", { href }, e.event_date || "no date"), tp && tp !== "day" ? el("div", { class: "prec", title: `dated to the ${tp}` }, `±${tp}`) : ""),
      el("td", {}, el("span", { class: "type-cell", title: `${e.event_type || "?"} / ${e.sub_event_type || "?"}` }, el("span", { class: "swatch", style: `background:${typeColor(e.event_type)}` }), el("span", {}, e.sub_event_type || e.event_type || "?"))),
      el("td", { class: "actors" }, [e.actor1, e.actor2].filter(Boolean).join(" vs ") || "—"),
      el("td", { title: [e.location, e.admin1, e.admin2, e.country].filter(Boolean).join(", ") || undefined }, where || "—", e.geo_precision ? el("span", { class: "prec", title: "location precision" }, ` (${PRECISION[e.geo_precision] || e.geo_precision})`) : ""),
      el("td", { class: "num" }, fmtInt(e.fatalities ?? 0)),
      el("td", { title: `${e.n_outlets ?? 1} outlets, ${e.n_origins ?? 1} independent origins${reports !== null ? `, ${reports} reports` : ""}` },
        badge(e.status), el("div", { class: "prec" }, `${reports !== null && reports > 1 ? `${reports} reports · ` : ""}${e.n_outlets ?? 1} outlet${(e.n_outlets ?? 1) === 1 ? "" : "s"} · ${e.n_origins ?? 1} origin${(e.n_origins ?? 1) === 1 ? "" : "s"}`)),
      el("td", {}, Array.isArray(e.source) ? e.source.join("; ") : (e.source || "—")));
  }

  function renderDownload() {
    const p = filterParams(state);
    const link = (path, label) => el("a", { href: withToken(`${path}${qs(p)}`), download: "" }, label);
    download.replaceChildren(el("span", {}, el("strong", {}, "Download this view: "), link("/api/events.csv", "CSV"), " · ",
      link("/api/events.geojson", "GeoJSON"), " · ", link("/api/events.acled.csv", "ACLED CSV")),
      el("div", { class: "api-call" }, el("span", { class: "muted" }, "API call: "), el("code", {}, `GET /api/events${qs(p)}`),
        el("span", { class: "muted" }, " (add .csv / .geojson / .ndjson before ? for the whole result)")));
  }

  function renderStories(list) {
    stories.replaceChildren(...(list.rows.length ? list.rows.map((s) => el("li", {},
      el("a", { href: withToken(`/story/${encodeURIComponent(s.id)}`) }, s.title || s.id),
      el("div", { class: "muted" }, `${s.n_articles} articles · ${s.n_outlets} outlets · ${s.first_seen || "?"}${s.last_seen && s.last_seen !== s.first_seen ? ` – ${s.last_seen}` : ""}`,
        s.outlets ? ` · ${s.outlets.slice(0, 6).join(", ")}${s.outlets.length > 6 ? "…" : ""}` : "")))
      : [el("li", { class: "muted" }, "no stories in this view")]));
    tabStories.textContent = `Stories (${fmtInt(list.total)})`;
  }

  load();
}
