// The timeline: events dated to the day as stacked bars (coloured by type); events dated only
// to a week or a month as spans over the days they may fall on. Dragging across it brushes a
// date range that filters the map and the table (the timeline itself keeps showing the rest).
"use strict";
import { dateSpan, el, fmtInt, svg, typeColor } from "./util.js";

const DAY = 864e5;
const t = (iso) => Date.parse(iso + "T00:00:00Z");
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const BINS = [1, 2, 7, 14, 30, 91, 365];

function quantile(sorted, q) { // sorted: [[time, weight]]
  const total = sorted.reduce((s, x) => s + x[1], 0);
  let acc = 0;
  for (const [x, w] of sorted) { acc += w; if (acc >= q * total) return x; }
  return sorted.length ? sorted[sorted.length - 1][0] : 0;
}

export function createTimeline(container, { onBrush }) {
  const box = el("div", { class: "timeline-box" });
  const note = el("div", { class: "timeline-note muted" });
  const clear = el("button", { type: "button", class: "linklike", id: "brush-clear", hidden: true }, "clear dates");
  const full = el("button", { type: "button", class: "linklike", hidden: true }, "show all dates");
  container.replaceChildren(el("div", { class: "timeline-head" }, el("strong", {}, "Timeline"),
    el("span", { class: "muted" }, " bars: dated to the day · lines: dated to a week or month (the span it may fall in) · drag to select dates "),
    clear, " ", full), box, note);
  let data = { rows: [], undated: 0 }, range = null, showAll = false;
  clear.addEventListener("click", () => onBrush(null, null));
  full.addEventListener("click", () => { showAll = !showAll; draw(); });
  new ResizeObserver(() => draw()).observe(box);

  function domain(rows) {
    const pts = rows.map((r) => { const [a, b] = dateSpan({ event_date: r[0], time_precision: r[1] }); return [t(a), t(b), r[3]]; });
    let lo = Math.min(...pts.map((p) => p[0])), hi = Math.max(...pts.map((p) => p[1]));
    const weighted = pts.map((p) => [p[0], p[2]]).sort((a, b) => a[0] - b[0]);
    let clipped = { before: 0, after: 0 };
    if (!showAll && weighted.length > 2) {
      const q0 = quantile(weighted, 0.02), q1 = quantile(weighted, 0.98), core = Math.max(q1 - q0, 30 * DAY);
      if (hi - lo > 4 * core) { // a few far outliers (a historical mention) would squash everything else
        const nlo = Math.max(lo, q0 - core * 0.25), nhi = Math.min(hi, q1 + core * 0.25 + DAY);
        clipped = { before: pts.filter((p) => p[1] < nlo).reduce((s, p) => s + p[2], 0),
                    after: pts.filter((p) => p[0] > nhi).reduce((s, p) => s + p[2], 0) };
        lo = nlo; hi = nhi;
      }
    }
    if (range && range[0]) lo = Math.min(lo, t(range[0]));
    if (range && range[1]) hi = Math.max(hi, t(range[1]));
    const pad = Math.max(DAY, (hi - lo) * 0.03);
    return { lo: lo - pad, hi: hi + DAY + pad, clipped };
  }

  function ticks(lo, hi, w) {
    const days = (hi - lo) / DAY, out = [];
    const d0 = new Date(lo);
    if (days > 365 * 3) {
      const step = Math.ceil(days / 365 / (w / 70));
      for (let y = d0.getUTCFullYear() + 1; Date.UTC(y, 0, 1) < hi; y += step) out.push([Date.UTC(y, 0, 1), String(y)]);
    } else if (days > 75) {
      const step = Math.max(1, Math.ceil(days / 30.4 / (w / 70)));
      for (let m = d0.getUTCMonth() + 1, y = d0.getUTCFullYear(); Date.UTC(y, m, 1) < hi; m += step) {
        const x = Date.UTC(y, m, 1); out.push([x, new Date(x).toISOString().slice(0, 7)]);
      }
    } else {
      const step = Math.max(1, Math.ceil(days / (w / 80)));
      for (let x = Math.ceil(lo / DAY) * DAY; x < hi; x += step * DAY) out.push([x, iso(x).slice(5)]);
      if (out.length) out[0][1] = iso(out[0][0]);
    }
    return out;
  }

  function draw() {
    const rows = data.rows;
    const W = Math.max(240, box.clientWidth || 600), H = 118, AX = 16, LANE = 5, LANES = 6, SPANH = LANES * LANE + 4;
    const BARH = H - AX - SPANH - 6;
    if (!rows.length) {
      box.replaceChildren(el("div", { class: "muted empty" }, "no dated events in this view"));
      note.textContent = data.undated ? `${fmtInt(data.undated)} events without a date` : "";
      return;
    }
    const { lo, hi, clipped } = domain(rows);
    const x = (ms) => ((ms - lo) / (hi - lo)) * W;
    const span = (hi - lo) / DAY;
    const binDays = BINS.find((b) => span / b <= W / 4) || 365;
    const binOf = (ms) => Math.floor(ms / (binDays * DAY)) * binDays * DAY;
    // stacked bars of day-precision events
    const bins = new Map();
    const spans = [];
    for (const [day, prec, type, n] of rows) {
      if (Number(prec) <= 1) {
        const b = binOf(t(day));
        if (b + binDays * DAY < lo || b > hi) continue;
        const m = bins.get(b) || bins.set(b, new Map()).get(b);
        m.set(type, (m.get(type) || 0) + n);
      } else {
        const [a, z] = dateSpan({ event_date: day, time_precision: prec });
        spans.push({ a: t(a), z: t(z) + DAY, type, n, label: `${a} – ${z}` });
      }
    }
    const maxBin = Math.max(1, ...[...bins.values()].map((m) => [...m.values()].reduce((s, v) => s + v, 0)));
    const g = svg("svg", { width: W, height: H, class: "timeline", role: "img", "aria-label": "events over time; drag to select dates" });
    const bw = Math.max(1.5, x(binDays * DAY) - x(0) - 1);
    for (const [b, m] of [...bins.entries()].sort((p, q) => p[0] - q[0])) {
      let y = BARH;
      const total = [...m.values()].reduce((s, v) => s + v, 0);
      for (const [type, n] of [...m.entries()].sort()) {
        const h = Math.max(1, (n / maxBin) * (BARH - 4));
        y -= h;
        g.append(svg("rect", { x: x(b), y, width: bw, height: h, fill: typeColor(type), class: "bar" },
          svg("title", {}, `${iso(b)}${binDays > 1 ? ` (+${binDays - 1} days)` : ""}: ${total} events dated to the day`)));
      }
    }
    // spans of week/month-precision events, packed into lanes
    const lanes = [];
    let overflow = 0;
    for (const s of spans.sort((p, q) => p.a - q.a || q.z - p.z)) {
      if (s.z < lo || s.a > hi) continue;
      let lane = lanes.findIndex((end) => end <= s.a);
      if (lane < 0 && lanes.length < LANES) { lanes.push(0); lane = lanes.length - 1; }
      if (lane < 0) { overflow += s.n; continue; }
      lanes[lane] = s.z;
      const y0 = BARH + 4 + lane * LANE;
      g.append(svg("rect", { x: x(s.a), y: y0, width: Math.max(2, x(s.z) - x(s.a)), height: LANE - 1.5, rx: 1.5,
        fill: typeColor(s.type), "fill-opacity": 0.55, class: "span" }, svg("title", {}, `${s.n} ${s.type || ""} event${s.n > 1 ? "s" : ""} dated ${s.label}`)));
    }
    // axis
    g.append(svg("line", { x1: 0, x2: W, y1: BARH + 0.5, y2: BARH + 0.5, stroke: "#9aa7b3" }));
    for (const [tx, label] of ticks(lo, hi, W)) {
      if (x(tx) + label.length * 6.2 > W) continue; // no half-cut label at the right edge
      g.append(svg("line", { x1: x(tx), x2: x(tx), y1: BARH, y2: H - AX + 2, stroke: "#d5dbe1" }));
      g.append(svg("text", { x: x(tx) + 2, y: H - 4, class: "tick" }, label));
    }
    // brush
    const sel = svg("rect", { y: 0, height: H - AX, class: "brush-sel", visibility: "hidden" });
    g.append(sel);
    if (range && (range[0] || range[1])) {
      const a = range[0] ? x(t(range[0])) : 0, b = range[1] ? x(t(range[1]) + DAY) : W;
      sel.setAttribute("x", Math.max(0, a)); sel.setAttribute("width", Math.max(2, Math.min(W, b) - Math.max(0, a)));
      sel.setAttribute("visibility", "visible");
    }
    const overlay = svg("rect", { x: 0, y: 0, width: W, height: H, class: "brush-overlay" });
    g.append(overlay);
    let start = null;
    const toMs = (ev) => lo + ((ev.clientX - g.getBoundingClientRect().left) / W) * (hi - lo);
    overlay.addEventListener("pointerdown", (ev) => {
      start = toMs(ev); overlay.setPointerCapture(ev.pointerId);
      sel.setAttribute("x", x(start)); sel.setAttribute("width", 1); sel.setAttribute("visibility", "visible");
    });
    overlay.addEventListener("pointermove", (ev) => {
      if (start === null) return;
      const cur = toMs(ev);
      sel.setAttribute("x", x(Math.min(start, cur))); sel.setAttribute("width", Math.abs(x(cur) - x(start)));
    });
    overlay.addEventListener("pointerup", (ev) => {
      if (start === null) return;
      const end = toMs(ev), a = Math.min(start, end), b = Math.max(start, end);
      start = null;
      if (x(b) - x(a) < 4) { onBrush(null, null); return; } // a click clears
      onBrush(iso(Math.max(a, lo)), iso(Math.min(b, hi)));
    });
    box.replaceChildren(g);
    const parts = [];
    if (clipped.before) parts.push(`${fmtInt(clipped.before)} earlier`);
    if (clipped.after) parts.push(`${fmtInt(clipped.after)} later`);
    full.hidden = !(parts.length || showAll);
    full.textContent = showAll ? "zoom to most events" : "show all dates";
    note.textContent = [parts.length ? `outside the range shown: ${parts.join(", ")}` : "",
      data.undated ? `${fmtInt(data.undated)} without a date` : "", overflow ? `${fmtInt(overflow)} more spans not drawn` : "",
      binDays > 1 ? `bars: ${binDays} days each` : ""].filter(Boolean).join(" · ");
  }

  return {
    set(d, dateRange) {
      data = d; range = dateRange;
      clear.hidden = !(range && (range[0] || range[1]));
      draw();
    },
  };
}
