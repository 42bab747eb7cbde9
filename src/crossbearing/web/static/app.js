// crossbearing web UI. Article text and every value from the API is untrusted:
// it is only ever inserted with textContent / createTextNode, never as HTML.
"use strict";

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c ?? ""));
  return node;
};
// With a server token (crossbearing serve --token), the page is opened as /?token=…: pass it on.
const TOKEN = new URLSearchParams(location.search).get("token");
const api = (path) => fetch(path, TOKEN ? { headers: { Authorization: `Bearer ${TOKEN}` } } : {}).then((r) => { if (!r.ok) throw new Error(`${path}: ${r.status}`); return r.json(); });
const COLORS = { "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22", "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#7f8c8d" };

const map = L.map("map", { worldCopyJump: true }).setView([30, 30], 3);
const markers = L.layerGroup().addTo(map);

function showTab(name) {
  document.querySelectorAll(".tabs button").forEach((b) => b.classList.toggle("active", b.dataset.tab === name));
  document.querySelectorAll(".tab").forEach((t) => t.classList.toggle("active", t.id === `tab-${name}`));
}
document.querySelectorAll(".tabs button").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));

function actors(e) { return [e.actor1, e.actor2].filter(Boolean).join(" vs "); }

function renderEvents(events) {
  const tbody = document.querySelector("#events tbody");
  tbody.replaceChildren();
  markers.clearLayers();
  const bounds = [];
  for (const e of events) {
    const row = el("tr", { onclick: () => showArticle(e.article_id, e.event_id) },
      el("td", {}, e.event_date || "—"), el("td", {}, `${e.event_type || "?"} / ${e.sub_event_type || "?"}`),
      el("td", {}, actors(e) || "—"), el("td", {}, e.location || "—"), el("td", {}, String(e.fatalities ?? 0)),
      el("td", {}, el("span", { class: "badge", title: `${e.n_outlets} outlets, ${e.n_origins} independent origins` },
        `${e.n_origins}/${e.n_outlets}`)), el("td", {}, e.source || "—"));
    tbody.append(row);
    if (e.latitude != null && e.longitude != null) {
      const m = L.circleMarker([e.latitude, e.longitude], { radius: 5 + Math.min(12, Math.sqrt(e.fatalities || 0) * 2),
        color: COLORS[e.event_type] || "#34495e", weight: 2, fillOpacity: 0.5 });
      m.bindPopup(el("div", {}, el("b", {}, `${e.sub_event_type || e.event_type || "event"}`), el("br"),
        `${e.event_date || ""} · ${e.location || ""}`, el("br"), `killed: ${e.fatalities ?? 0} · source: ${e.source || ""}`));
      m.on("click", () => showArticle(e.article_id, e.event_id));
      m.addTo(markers);
      bounds.push([e.latitude, e.longitude]);
    }
  }
  if (bounds.length) map.fitBounds(bounds, { maxZoom: 7, padding: [30, 30] });
}

function renderTimeline(days) {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  if (!days.length) return;
  const w = svg.clientWidth || 600, h = svg.clientHeight || 90, max = Math.max(...days.map((d) => d.n));
  const t0 = Date.parse(days[0].day), t1 = Date.parse(days[days.length - 1].day), span = Math.max(1, t1 - t0);
  const bw = Math.max(3, Math.min(20, w / (span / 864e5 + 1) - 1));
  for (const d of days) {
    const x = 10 + ((Date.parse(d.day) - t0) / span) * (w - 20 - bw), bh = (d.n / max) * (h - 25);
    const r = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    Object.entries({ x, y: h - 15 - bh, width: bw, height: bh, fill: "#2c5d8a" }).forEach(([k, v]) => r.setAttribute(k, v));
    const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
    title.textContent = `${d.day}: ${d.n} events`;
    r.append(title);
    svg.append(r);
  }
  for (const [x, label] of [[10, days[0].day], [w - 80, days[days.length - 1].day]]) {
    const t = document.createElementNS("http://www.w3.org/2000/svg", "text");
    t.setAttribute("x", x); t.setAttribute("y", h - 3); t.setAttribute("font-size", "11"); t.textContent = label;
    svg.append(t);
  }
}

function highlighted(text, marks) {
  // marks: [{start, end, cls}] → text nodes and spans, built without HTML parsing.
  const out = el("div", { class: "article-text" });
  const cuts = new Set([0, text.length]);
  marks.forEach((m) => { cuts.add(m.start); cuts.add(m.end); });
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const cls = marks.filter((m) => m.start <= a && m.end >= b).map((m) => m.cls);
    out.append(cls.length ? el("span", { class: [...new Set(cls)].join(" ") }, text.slice(a, b)) : text.slice(a, b));
  }
  return out;
}

async function showArticle(articleId, eventId) {
  const an = await api(`/api/articles/${encodeURIComponent(articleId)}`);
  const a = an.article, marks = [];
  an.places.forEach((p) => marks.push({ ...p.span, cls: "hl-place" }));
  an.times.forEach((t) => marks.push({ ...t.span, cls: "hl-time" }));
  an.quantities.forEach((q) => marks.push({ ...q.span, cls: "hl-quantity" }));
  an.claims.forEach((c) => c.claimant_span && marks.push({ ...c.claimant_span, cls: "hl-claim" }));
  an.events.forEach((e) => e.trigger && marks.push({ ...e.trigger, cls: "hl-trigger" }));
  const ev = an.events.find((e) => e.id === eventId);
  const box = document.getElementById("detail");
  box.replaceChildren(el("h2", {}, a.title || `${a.outlet || "article"} ${a.id}`),
    el("p", { class: "muted" }, `${a.outlet || "unknown outlet"} · published ${a.published || "unknown"}` +
      (a.published_precision ? ` (${a.published_precision}, ${a.published_source || ""})` : "")),
    ev ? el("p", {}, el("b", {}, `${ev.event_type} / ${ev.sub_event_type}`), ` — ${ev.actor1 || "?"} vs ${ev.actor2 || "?"}`) : "",
    el("p", { class: "muted" }, "highlighted: ", el("span", { class: "hl-place" }, "places"), " ", el("span", { class: "hl-time" }, "times"),
      " ", el("span", { class: "hl-quantity" }, "figures"), " ", el("span", { class: "hl-claim" }, "claimants"), " ",
      el("span", { class: "hl-trigger" }, "event triggers")),
    highlighted(a.text, marks));
  showTab("detail");
}

async function showStory(id) {
  const v = await api(`/api/stories/${encodeURIComponent(id)}`);
  const ids = v.articles.map((a) => a.id);
  const head = el("tr", {}, el("th", {}, "fact"), ...v.articles.map((a) => el("th", {}, `${a.outlet || a.id} ${a.published || ""}`)),
    el("th", {}, "status"), el("th", {}, "origins"));
  const rows = v.facts.map((f) => {
    const cls = /conflict/.test(f.status) ? "status-conflict" : /only|single/.test(f.status) ? "status-single" : "status-agree";
    return el("tr", { class: cls }, el("td", {}, f.fact), ...ids.map((i) => el("td", {}, f.cells[i] || "—")),
      el("td", {}, f.status), el("td", {}, f.origins));
  });
  const passages = v.passages.filter((p) => !p.same_outlet).map((p) =>
    el("div", { class: "passage" }, `“${p.text_a}”`, el("div", { class: "muted" }, `${v.outlets[p.a] || p.a} ↔ ${v.outlets[p.b] || p.b}`)));
  document.getElementById("detail").replaceChildren(
    el("h2", {}, v.story.title || v.story.id), el("p", { class: "muted" }, `${v.articles.length} articles, ${v.story.n_outlets} outlets`),
    el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows)),
    el("h2", {}, "Shared passages"), ...(passages.length ? passages : [el("p", { class: "muted" }, "none across outlets")]));
  showTab("detail");
}

async function load() {
  const min = document.getElementById("corroborated").value;
  const [stats, events, days, stories] = await Promise.all([api("/api/stats"),
    api(`/api/events?min_origins=${encodeURIComponent(min)}&limit=1000`),
    api("/api/timeline"), api("/api/stories?limit=200&sort=-n_outlets")]);
  const shown = events.rows.length < events.total ? `showing ${events.rows.length} of ${events.total}` : `${events.total}`;
  document.getElementById("stats").textContent =
    `${stats.articles} articles · ${shown} events · ${stats.stories} stories · ${stats.cross_events} cross-outlet facts`;
  renderEvents(events.rows);
  renderTimeline(days);
  document.getElementById("stories").replaceChildren(...stories.rows.map((s) =>
    el("li", { onclick: () => showStory(s.id) }, el("b", {}, s.title || s.id), " ",
      el("span", { class: "muted" }, `${s.n_articles} articles · ${s.n_outlets} outlets · ${s.first_seen || ""}`))));
}

api("/api/basemap.geojson").then((gj) => L.geoJSON(gj, { style: { color: "#8aa0b4", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 } })
  .addTo(map).bringToBack()).catch(() => {});
document.getElementById("corroborated").addEventListener("change", load);
function route() {
  // Linkable views: #story=ID, #article=ID
  const m = /^#(story|article)=(.+)$/.exec(location.hash);
  if (m && m[1] === "story") showStory(decodeURIComponent(m[2]));
  if (m && m[1] === "article") showArticle(decodeURIComponent(m[2]));
}
window.addEventListener("hashchange", route);
load().then(route).catch((err) => { document.getElementById("stats").textContent = `could not load: ${err.message}`; });
