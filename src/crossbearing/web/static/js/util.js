// Small helpers shared by every view. Everything from the API (article text, titles, outlets,
// URLs) is untrusted: it only ever reaches the page as text nodes or checked attributes.
"use strict";

export const TOKEN = new URLSearchParams(location.search).get("token");

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else if (k === "href") { const safe = safeHref(v); if (safe) node.setAttribute("href", safe); }
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

const SVGNS = "http://www.w3.org/2000/svg";
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  append(node, children);
  return node;
}

// Only http(s) links to elsewhere and same-origin paths: never javascript:, data:, vbscript:…
export function safeHref(url) {
  if (typeof url !== "string" || !url.trim()) return null;
  if (url.startsWith("/") && !url.startsWith("//")) return url;
  try {
    const u = new URL(url, location.origin);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch { return null; }
}

// A link to an original article: the URL is shown as text when it is not http(s).
export function originalLink(url, label = "original article ↗") {
  const safe = safeHref(url);
  if (!url) return el("span", { class: "muted" }, "no URL recorded");
  if (!safe || safe.startsWith(location.origin)) return el("span", { class: "muted", title: "not an http(s) link" }, String(url));
  return el("a", { href: safe, rel: "noopener noreferrer nofollow", target: "_blank" }, label);
}

// Links inside the app carry the access token (crossbearing serve --token) along.
export function withToken(path) {
  if (!TOKEN) return path;
  const u = new URL(path, location.origin);
  u.searchParams.set("token", TOKEN);
  return u.pathname + u.search + u.hash;
}

export async function api(path) {
  const r = await fetch(path, TOKEN ? { headers: { Authorization: `Bearer ${TOKEN}` } } : {});
  if (!r.ok) {
    let msg = `${r.status}`;
    try { msg = (await r.json()).detail || msg; } catch { /* not JSON */ }
    const err = new Error(`${path}: ${msg}`);
    err.status = r.status;
    throw err;
  }
  return r.json();
}

export const fmtInt = (n) => (n === null || n === undefined ? "—" : Number(n).toLocaleString("en-US"));

export const TYPE_COLORS = {
  "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22", "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#5d6d7e",
};
export const typeColor = (t) => TYPE_COLORS[t] || "#34495e";

export const PRECISION = { 1: "town", 2: "near", 3: "region" };
export const TIME_PRECISION = { 1: "day", 2: "week", 3: "month" };

// The days an event's date may fall on, from its date and ACLED time precision (1 day, 2 week,
// 3 month), or from explicit bounds when the API gives them.
export function dateSpan(row) {
  const d = row.event_date || row.day;
  if (!d) return null;
  const lo = row.date_low || row.event_date_start || d;
  let hi = row.date_high || row.event_date_end;
  if (!hi) {
    const p = Number(row.time_precision ?? row.precision ?? 1);
    const t = Date.parse(lo + "T00:00:00Z");
    if (p === 2) hi = new Date(t + 6 * 864e5).toISOString().slice(0, 10);
    else if (p === 3) { const x = new Date(t); hi = new Date(Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + 1, 0)).toISOString().slice(0, 10); }
    else hi = lo;
  }
  return [lo, hi];
}

// Text with character spans marked: [{start, end, cls, title}] → a fragment of text nodes and
// <mark>s; the text is never parsed as HTML.
export function highlighted(text, marks, { tag = "div", cls = "article-text" } = {}) {
  const out = el(tag, { class: cls });
  text = String(text ?? "");
  const cuts = new Set([0, text.length]);
  const ok = marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start);
  ok.forEach((m) => { cuts.add(Math.max(0, Math.min(text.length, m.start))); cuts.add(Math.max(0, Math.min(text.length, m.end))); });
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const cover = ok.filter((m) => m.start <= a && m.end >= b);
    if (!cover.length) { out.append(text.slice(a, b)); continue; }
    const classes = [...new Set(cover.map((m) => m.cls || "hl"))].join(" ");
    const title = cover.map((m) => m.title).filter(Boolean).join("; ");
    out.append(el("mark", { class: classes, title: title || undefined }, text.slice(a, b)));
  }
  return out;
}

export function badge(status) {
  const s = String(status || "single");
  const cls = /conflict/.test(s) ? "conflict" : /only|single/.test(s) ? "single" : "agree";
  return el("span", { class: `status status-${cls}`, title: statusHelp(cls) }, s);
}
export function statusClass(status) {
  const s = String(status || "single");
  return /conflict/.test(s) ? "conflict" : /only|single/.test(s) ? "single" : "agree";
}
function statusHelp(cls) {
  return cls === "agree" ? "outlets that report it agree" : cls === "conflict" ? "outlets contradict each other"
    : "reported by one outlet only";
}

export function setTitle(...parts) {
  document.title = [...parts.filter(Boolean), "crossbearing"].join(" · ");
}
