// The event map: an offline base map (country outlines; provinces and towns of the countries in
// view, built by the server from installed gazetteers), optional tiles, clustered event markers
// sized by fatalities and coloured by type, a ring for location precision, and a legend.
"use strict";
import { api, el, fmtInt, PRECISION, TYPE_COLORS, typeColor, withToken } from "./util.js";

const CELL = 56; // px: points closer than this on screen are clustered
const radius = (f) => 4 + Math.min(18, Math.sqrt(Math.max(0, f || 0)) * 1.6);
const RING = { 2: { extra: 5, dash: "4 3" }, 3: { extra: 11, dash: "1 4" } };

export function createMap(container, { onMove, onHideRegion, onOpen }) {
  const map = L.map(container, { worldCopyJump: true, zoomSnap: 0.5, attributionControl: true, preferCanvas: false })
    .setView([25, 20], 2);
  map.attributionControl.setPrefix("");
  map.createPane("basemap").style.zIndex = 200;
  map.createPane("basedetail").style.zIndex = 250;
  map.createPane("baselabels").style.zIndex = 300;
  map.getPane("baselabels").style.pointerEvents = "none";
  const offline = L.layerGroup();
  const countries = L.layerGroup().addTo(offline);
  const details = L.layerGroup().addTo(offline);
  const labels = L.layerGroup().addTo(offline);
  offline.addTo(map);
  const events = L.layerGroup().addTo(map);
  let points = [], hideRegion = false, loadedDetail = new Map(), labelItems = [], silent = false;

  api("/api/basemap.geojson").then((gj) => {
    L.geoJSON(gj, { pane: "basemap", interactive: false, style: { color: "#9aa7b3", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 } })
      .addTo(countries);
  }).catch(() => {});
  map.attributionControl.addAttribution("base map: countryinfo, GeoNames");

  api("/api/ui/config").then((cfg) => {
    if (!cfg.tiles) return;
    const tiles = L.tileLayer(cfg.tiles, { attribution: cfg.tiles_attribution || "", maxZoom: 18 });
    L.control.layers({ "offline base map": offline, "tiles": tiles }, null, { position: "topright" }).addTo(map);
  }).catch(() => {});

  function loadDetail(cc) {
    if (!cc || loadedDetail.has(cc)) return;
    loadedDetail.set(cc, null);
    api(`/api/ui/basemap/${encodeURIComponent(cc)}.geojson`).then((gj) => {
      const items = [];
      for (const f of gj.features) {
        const p = f.properties, [lon, lat] = f.geometry.coordinates.length === 2 && !Array.isArray(f.geometry.coordinates[0]) ? f.geometry.coordinates : [null, null];
        if (p.kind === "admin1-boundary") {
          L.geoJSON(f, { pane: "basedetail", interactive: false, style: { color: "#b3a58c", weight: 1, dashArray: "5 4", opacity: 0.9 } }).addTo(details);
        } else if (p.kind === "admin1") {
          items.push({ lat, lon, name: p.name, cls: "map-label admin1", minZoom: 5 });
        } else if (p.kind === "town") {
          const minZoom = p.rank < 8 ? 4 : p.rank < 30 ? 6 : p.rank < 70 ? 7 : 8;
          items.push({ lat, lon, name: p.name, cls: "map-label town", minZoom, dot: true });
        }
      }
      loadedDetail.set(cc, items);
      labelItems = [...loadedDetail.values()].filter(Boolean).flat();
      drawLabels();
    }).catch(() => {});
  }

  function drawLabels() {
    labels.clearLayers();
    const z = map.getZoom(), b = map.getBounds().pad(0.2);
    for (const it of labelItems) {
      if (it.minZoom > z || !b.contains([it.lat, it.lon])) continue;
      const icon = L.divIcon({ className: it.cls, html: el("span", {}, it.dot ? "• " : "", it.name), iconSize: null });
      L.marker([it.lat, it.lon], { icon, pane: "baselabels", interactive: false, keyboard: false }).addTo(labels);
    }
  }

  function popupFor(pt) {
    const box = el("div", { class: "popup" }, el("b", {}, pt.type || "event"), el("br"),
      `killed: ${fmtInt(pt.fatalities)} · location: ${PRECISION[pt.precision] || "?"}`, el("br"),
      el("a", { href: withToken(`/event/${encodeURIComponent(pt.id)}`), class: "open-event" }, "open event →"));
    return box;
  }

  function clusterPopup(group) {
    const list = el("ul", { class: "cluster-list" }, group.slice(0, 25).map((pt) =>
      el("li", {}, el("span", { class: "swatch", style: `background:${typeColor(pt.type)}` }), " ",
        el("a", { href: withToken(`/event/${encodeURIComponent(pt.id)}`) }, `${pt.type || "event"}`),
        ` · ${fmtInt(pt.fatalities)} killed · ${PRECISION[pt.precision] || "?"}`)));
    return el("div", { class: "popup" }, el("b", {}, `${group.length} events here`), list,
      group.length > 25 ? el("div", { class: "muted" }, `and ${group.length - 25} more: zoom in or use the table`) : "");
  }

  function draw() {
    events.clearLayers();
    const z = map.getZoom(), view = map.getBounds().pad(0.5);
    const cells = new Map();
    for (const pt of points) {
      if (hideRegion && pt.precision === 3) continue;
      if (!view.contains([pt.lat, pt.lon])) continue;
      const px = map.project([pt.lat, pt.lon], z);
      const key = `${Math.floor(px.x / CELL)}:${Math.floor(px.y / CELL)}`;
      (cells.get(key) || cells.set(key, []).get(key)).push(pt);
    }
    for (const group of cells.values()) {
      if (group.length === 1) { drawPoint(group[0]); continue; }
      const lat = group.reduce((s, p) => s + p.lat, 0) / group.length, lon = group.reduce((s, p) => s + p.lon, 0) / group.length;
      const byType = {};
      let killed = 0;
      group.forEach((p) => { byType[p.type] = (byType[p.type] || 0) + 1; killed += p.fatalities || 0; });
      let acc = 0;
      const stops = Object.entries(byType).sort((a, b) => b[1] - a[1]).map(([t, n]) => {
        const a0 = (acc / group.length) * 360; acc += n;
        return `${typeColor(t)} ${a0}deg ${(acc / group.length) * 360}deg`;
      });
      const size = Math.round(26 + Math.min(26, Math.log2(group.length) * 5));
      const icon = L.divIcon({
        className: "cluster", iconSize: [size, size],
        html: el("div", { class: "cluster-ring", style: `background: conic-gradient(${stops.join(", ")}); width:${size}px; height:${size}px` },
          el("span", { class: "cluster-count" }, fmtInt(group.length))),
      });
      const m = L.marker([lat, lon], { icon, title: `${group.length} events, ${fmtInt(killed)} killed`, keyboard: true }).addTo(events);
      const same = group.every((p) => Math.abs(p.lat - group[0].lat) < 1e-6 && Math.abs(p.lon - group[0].lon) < 1e-6);
      if (same || z >= map.getMaxZoom()) m.bindPopup(() => clusterPopup(group), { maxWidth: 320 });
      else m.on("click", () => map.fitBounds(L.latLngBounds(group.map((p) => [p.lat, p.lon])).pad(0.3), { maxZoom: map.getMaxZoom() }));
    }
  }

  function drawPoint(pt) {
    const r = radius(pt.fatalities), ring = RING[pt.precision];
    if (ring) {
      L.circleMarker([pt.lat, pt.lon], { radius: r + ring.extra, color: typeColor(pt.type), weight: 1.5, dashArray: ring.dash,
        fill: false, interactive: false, className: `prec-ring prec-${pt.precision}` }).addTo(events);
    }
    const m = L.circleMarker([pt.lat, pt.lon], { radius: r, color: "#fff", weight: 1.5, fillColor: typeColor(pt.type),
      fillOpacity: 0.85, className: `event-dot prec-${pt.precision || 0}` }).addTo(events);
    m.bindPopup(() => popupFor(pt));
    m.bindTooltip(`${pt.type || "event"} · ${fmtInt(pt.fatalities)} killed`, { direction: "top" });
    m.on("dblclick", () => onOpen && onOpen(pt.id));
  }

  // Legend: types, size by fatalities, precision rings, and the region-level switch.
  const legend = L.control({ position: "topright" });
  let hiddenNote, hideBox;
  legend.onAdd = () => {
    const dot = (r, color, extra = {}) => {
      const s = 2 * (r + (extra.ring ? extra.ring.extra + 2 : 2));
      const ns = "http://www.w3.org/2000/svg";
      const box = document.createElementNS(ns, "svg");
      box.setAttribute("width", s); box.setAttribute("height", s); box.setAttribute("aria-hidden", "true");
      const c = document.createElementNS(ns, "circle");
      Object.entries({ cx: s / 2, cy: s / 2, r, fill: color, stroke: "#fff", "stroke-width": 1.5 }).forEach(([k, v]) => c.setAttribute(k, v));
      box.append(c);
      if (extra.ring) {
        const ring = document.createElementNS(ns, "circle");
        Object.entries({ cx: s / 2, cy: s / 2, r: r + extra.ring.extra, fill: "none", stroke: color, "stroke-width": 1.5, "stroke-dasharray": extra.ring.dash })
          .forEach(([k, v]) => ring.setAttribute(k, v));
        box.append(ring);
      }
      return box;
    };
    hideBox = el("input", { type: "checkbox", id: "hide-region" });
    hideBox.checked = hideRegion;
    hideBox.addEventListener("change", () => onHideRegion(hideBox.checked));
    hiddenNote = el("span", { class: "muted", id: "hidden-note" });
    const body = el("div", { class: "legend-body" },
      el("div", { class: "legend-h" }, "event type"),
      el("div", { class: "legend-types" }, Object.entries(TYPE_COLORS).map(([t, c]) => el("div", { class: "legend-row" }, el("span", { class: "swatch", style: `background:${c}` }), t.replace("Explosions/Remote violence", "Explosions/Remote v.").replace("Violence against civilians", "Violence vs civilians").replace("Strategic developments", "Strategic dev.")))),
      el("div", { class: "legend-cols" },
        el("div", {}, el("div", { class: "legend-h" }, "killed"),
          el("div", { class: "legend-sizes" }, [0, 10, 100].map((n) => el("span", { class: "legend-size" }, dot(radius(n), "#8795a3"), String(n))))),
        el("div", {}, el("div", { class: "legend-h" }, "location precision"),
          el("div", { class: "legend-sizes" }, [1, 2, 3].map((p) => el("span", { class: "legend-size" }, dot(4, "#8795a3", { ring: RING[p] }), PRECISION[p]))))),
      el("label", { class: "legend-switch" }, hideBox, " hide region-level points ", hiddenNote),
      el("div", { class: "muted" }, "clusters: share of each type; click to zoom in"));
    const details = el("details", { class: "legend", open: window.innerWidth > 700 }, el("summary", {}, "Legend"), body);
    L.DomEvent.disableClickPropagation(details);
    L.DomEvent.disableScrollPropagation(details);
    return details;
  };
  legend.addTo(map);

  map.on("zoomend moveend", () => {
    container.dataset.zoom = String(map.getZoom()); draw(); drawLabels(); if (!silent && onMove) onMove(map.getCenter(), map.getZoom()); });

  return {
    map,
    setPoints(rows, { hide, fit, view }) {
      points = rows;
      hideRegion = hide;
      if (hideBox) hideBox.checked = hide;
      const nHidden = rows.filter((p) => p.precision === 3).length;
      container.dataset.points = String(rows.filter((p) => !(hide && p.precision === 3)).length);
      if (hiddenNote) hiddenNote.textContent = hide ? `(${fmtInt(nHidden)} hidden)` : `(${fmtInt(nHidden)})`;
      const counts = {};
      rows.forEach((p) => { if (p.cc) counts[p.cc] = (counts[p.cc] || 0) + 1; });
      Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 8).forEach(([cc]) => loadDetail(cc));
      silent = true;
      try {
        if (view) map.setView([view.lat, view.lon], view.zoom, { animate: false });
        else if (fit && rows.length) {
          const shown = rows.filter((p) => !(hide && p.precision === 3));
          const b = L.latLngBounds((shown.length ? shown : rows).map((p) => [p.lat, p.lon]));
          const open = container.querySelector(".legend[open]");
          const right = open ? open.offsetWidth + 20 : 20;
          map.fitBounds(b.pad(0.15), { maxZoom: 7, animate: false, paddingTopLeft: [40, 20], paddingBottomRight: [right, 20] });
        }
      } finally { silent = false; }
      draw();
      drawLabels();
    },
    invalidate() { map.invalidateSize(); },
  };
}
