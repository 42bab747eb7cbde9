// The evidence drawer: for one fact (a cross-outlet event, or a single article's event), each
// field's values per outlet with the spans that support them highlighted in each source text,
// the claimant and hedge, agree / conflict / single, and links to the original articles.
"use strict";
import { api, badge, el, fmtInt, highlighted, originalLink, statusClass, withToken } from "./util.js";

const articleCache = new Map();
export function article(id) {
  if (!articleCache.has(id)) articleCache.set(id, api(`/api/articles/${encodeURIComponent(id)}`));
  return articleCache.get(id);
}

const FIELD_ORDER = ["fatalities", "injured", "date", "place", "event_type", "sub_event_type", "actor1", "actor2"];
const FIELD_LABEL = { fatalities: "killed", injured: "injured", date: "date", place: "place", event_type: "event type",
  sub_event_type: "sub-event type", actor1: "actor 1", actor2: "actor 2" };
export const fieldLabel = (f) => FIELD_LABEL[f] || f.replace(/^materiel:/, "materiel: ").replace(/_/g, " ");

export function valueText(v) {
  if (v === null || v === undefined) return "—";
  if (typeof v !== "object") return String(v);
  if (v.text) return `${v.text}${v.best !== undefined && v.best !== null ? ` (best ${fmtInt(v.best)})` : ""}`;
  if (v.best !== undefined) return `${v.qualifier ? v.qualifier + " " : ""}${fmtInt(v.best)}`;
  if (v.name) return String(v.name);
  return JSON.stringify(v);
}

export function orderedFields(fields) {
  const names = Object.keys(fields || {});
  return names.sort((a, b) => {
    const ia = FIELD_ORDER.indexOf(a), ib = FIELD_ORDER.indexOf(b);
    const ka = ia < 0 ? (a.startsWith("materiel:") ? 2.5 : 50) : ia, kb = ib < 0 ? (b.startsWith("materiel:") ? 2.5 : 50) : ib;
    return ka - kb || a.localeCompare(b);
  });
}

// A single article's event (no cross-outlet fact) in the same shape as a cross-event.
export function fromAnalysisEvent(ev, outlet) {
  const v = (value, spans, extra = {}) => ({ article_id: ev.article_id, outlet, value, spans: spans.filter(Boolean),
    claimant: (ev.claims && ev.claims[0] && ev.claims[0].claimant) || null,
    hedged: !!(ev.claims || []).some((c) => (c.hedges || []).length), ...extra });
  const f = (values) => ({ status: "single", values: [values], n_outlets: 1, n_origins: 1 });
  const fields = {};
  const evid = ev.evidence || [];
  if (ev.event_type) fields.event_type = f(v(ev.event_type, [ev.trigger, ...evid]));
  if (ev.sub_event_type) fields.sub_event_type = f(v(ev.sub_event_type, [ev.trigger, ...evid]));
  if (ev.actor1) fields.actor1 = f(v(ev.actor1, evid));
  if (ev.actor2) fields.actor2 = f(v(ev.actor2, evid));
  if (ev.place) fields.place = f(v((ev.place.place && ev.place.place.name) || ev.place.surface, [ev.place.span]));
  if (ev.time) fields.date = f(v(ev.time.start === ev.time.end || !ev.time.end ? ev.time.start : `${ev.time.start}/${ev.time.end}`, [ev.time.span]));
  for (const [name, q] of [["fatalities", ev.fatalities], ["injured", ev.injured]]) {
    if (q) fields[name] = f(v({ best: q.best, low: q.low, high: q.high, qualifier: q.qualifier, text: q.span && q.span.text }, [q.number_span || q.span]));
  }
  for (const m of ev.materiel || []) fields[m.kind] = f(v({ best: m.best, text: m.span && m.span.text }, [m.span]));
  return { id: ev.id, event_ids: [ev.id], article_ids: [ev.article_id], outlets: [outlet], fields, n_outlets: 1, n_origins: 1 };
}

let drawer = null;
function ensureDrawer() {
  if (drawer) return drawer;
  const body = el("div", { class: "drawer-body" });
  const title = el("h2", { id: "drawer-title" });
  const close = el("button", { type: "button", class: "drawer-close", "aria-label": "close evidence" }, "×");
  const box = el("aside", { class: "drawer", id: "evidence", role: "dialog", "aria-labelledby": "drawer-title", hidden: true },
    el("div", { class: "drawer-head" }, title, close), body);
  document.body.append(box);
  drawer = { box, body, title, onClose: null };
  const hide = () => { box.hidden = true; if (drawer.onClose) drawer.onClose(); };
  close.addEventListener("click", hide);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !box.hidden) hide(); });
  return drawer;
}

// ce: a cross-event (or fromAnalysisEvent's shape); field: the one to open on.
export async function openEvidence(ce, field, { title, onClose, onField } = {}) {
  const d = ensureDrawer();
  d.onClose = onClose || null;
  d.title.textContent = title || "Evidence";
  d.box.hidden = false;
  const names = orderedFields(ce.fields);
  if (!names.includes(field)) field = names[0];
  const tabs = el("div", { class: "field-tabs", role: "tablist" }, names.map((n) => {
    const st = statusClass(ce.fields[n].status);
    return el("button", { type: "button", role: "tab", class: `field-tab status-${st}${n === field ? " active" : ""}`, "data-field": n,
      "aria-selected": n === field ? "true" : "false", onclick: () => { openEvidence(ce, n, { title, onClose, onField }); if (onField) onField(n); } },
      fieldLabel(n));
  }));
  const fa = ce.fields[field];
  const summary = el("p", { class: "field-summary" }, badge(fa ? fa.status : "single"), " ",
    `${fieldLabel(field)}: ${fa ? fa.values.length : 0} report${fa && fa.values.length === 1 ? "" : "s"} · ${fa?.n_outlets ?? ce.n_outlets ?? 1} outlet(s) · ` +
    `${fa?.n_origins ?? ce.n_origins ?? 1} independent origin(s)${fa && fa.n_claimants !== undefined ? ` · ${fa.n_claimants} claimant(s)` : ""}`);
  const cards = el("div", { class: "evidence-cards" });
  d.body.replaceChildren(tabs, summary, cards);
  if (!fa) { cards.append(el("p", { class: "muted" }, "no values recorded")); return; }
  const loaded = await Promise.all(fa.values.map((v) => article(v.article_id).catch(() => null)));
  if (d.body.firstChild !== tabs) return; // another field was opened meanwhile
  fa.values.forEach((v, i) => {
    const an = loaded[i], a = an && an.article;
    const spans = (v.spans || []).filter((s) => !s.article_id || s.article_id === v.article_id);
    const text = a ? a.text : "";
    const textBox = a ? highlighted(text, spans.map((s) => ({ start: s.start, end: s.end, cls: "ev", title: fieldLabel(field) })), { cls: "article-text evidence-text" })
      : el("p", { class: "muted" }, "article text not available");
    cards.append(el("section", { class: "evidence-card", "data-article": v.article_id },
      el("header", {}, el("strong", { class: "outlet" }, v.outlet || (a && a.outlet) || v.article_id), " ",
        el("span", { class: "value" }, valueText(v.value))),
      el("dl", { class: "facts" },
        el("dt", {}, "claimant"), el("dd", {}, v.claimant || "the outlet itself"),
        el("dt", {}, "hedge"), el("dd", {}, v.hedged ? "hedged (e.g. “allegedly”, “reportedly”)" : "stated plainly"),
        el("dt", {}, "spans"), el("dd", {}, spans.length ? spans.map((s) => `“${s.text || text.slice(s.start, s.end)}”`).join(" · ") : "none recorded"),
        el("dt", {}, "article"), el("dd", {}, el("a", { href: withToken(`/article/${encodeURIComponent(v.article_id)}`) }, (a && a.title) || v.article_id),
          a && a.published ? ` · published ${a.published}${a.published_precision && a.published_precision !== "day" ? ` (${a.published_precision}, ${a.published_source || ""})` : ""}` : "",
          " · ", originalLink(a && a.url))),
      textBox));
    const first = textBox.querySelector && textBox.querySelector("mark.ev");
    if (first) requestAnimationFrame(() => { textBox.scrollTop = Math.max(0, first.offsetTop - 40); });
  });
}

export function closeEvidence() { if (drawer) drawer.box.hidden = true; }
