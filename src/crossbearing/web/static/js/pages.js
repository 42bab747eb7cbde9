// The event page, the story page (outlets side by side) and the article page.
"use strict";
import { article, fieldLabel, fromAnalysisEvent, openEvidence, orderedFields, valueText } from "./evidence.js";
import { api, badge, el, fmtInt, highlighted, originalLink, PRECISION, setTitle, statusClass, TIME_PRECISION, typeColor, withToken } from "./util.js";

const param = (k) => new URLSearchParams(location.search).get(k);
function setParams(changes) {
  const u = new URL(location.href);
  for (const [k, v] of Object.entries(changes)) { if (v === null || v === undefined) u.searchParams.delete(k); else u.searchParams.set(k, v); }
  history.replaceState(null, "", u.pathname + u.search);
}
const back = () => {
  let last = "/";
  try { last = sessionStorage.getItem("crossbearing.view") || "/"; } catch { /* storage off */ }
  return el("a", { class: "back", href: withToken(last.startsWith("/") ? last : "/") }, "← events");
};
const notFound = (root, what, err) => root.replaceChildren(el("div", { class: "page" }, back(), el("h1", {}, `No such ${what}`), el("p", { class: "muted" }, err.message)));

// ---------------------------------------------------------------- event page
export async function eventPage(root, id) {
  root.replaceChildren(el("div", { class: "page" }, el("p", { class: "muted" }, "loading…")));
  let e;
  try { e = await api(`/api/events/${encodeURIComponent(id)}`); } catch (err) { return notFound(root, "event", err); }
  // the evidence: the cross-outlet fact the event belongs to (or is), else its one article's analysis
  let ce = null;
  for (const cid of [e.cross_event, e.event_id].filter(Boolean)) {
    if (ce) break;
    ce = await api(`/api/cross_events/${encodeURIComponent(cid)}`).catch(() => null);
  }
  if (!ce) {
    const aid = e.article_id || (Array.isArray(e.article_ids) ? e.article_ids[0] : String(e.article_ids || "").split(/[;,]\s*/)[0]);
    const an = aid ? await article(aid).catch(() => null) : null;
    const ev = an && (an.events.find((x) => x.id === e.event_id) || an.events[0]);
    ce = ev ? fromAnalysisEvent(ev, e.source || an.article.outlet) : { fields: {}, article_ids: aid ? [aid] : [], outlets: [] };
  }
  const where = [e.location, e.admin1, e.country].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(", ");
  const title = `${e.sub_event_type || e.event_type || "Event"}${where ? ` — ${where}` : ""}`;
  setTitle(title);
  const drawerTitle = `${title}${e.event_date ? `, ${e.event_date}` : ""}`;
  const open = (f) => { setParams({ evidence: f }); openEvidence(ce, f, { title: drawerTitle, onClose: () => setParams({ evidence: null }), onField: (n) => setParams({ evidence: n }) }); };
  const rows = orderedFields(ce.fields).map((name) => {
    const fa = ce.fields[name];
    return el("tr", { class: `status-row-${statusClass(fa.status)}`, "data-field": name },
      el("th", { scope: "row" }, fieldLabel(name)),
      el("td", {}, el("ul", { class: "values" }, fa.values.map((v) => el("li", {}, el("strong", {}, v.outlet || v.article_id), ": ", valueText(v.value),
        v.claimant ? el("span", { class: "muted" }, ` (${v.claimant})`) : "", v.hedged ? el("span", { class: "hedge" }, " hedged") : "")))),
      el("td", {}, badge(fa.status)),
      el("td", {}, el("button", { type: "button", class: "evidence-btn", "data-field": name, onclick: () => open(name) }, "evidence")));
  });
  const acled = [["event id", e.event_id], ["date", e.event_date ? `${e.event_date} (${TIME_PRECISION[e.time_precision] || "?"} precision)` : "unknown"],
    ["type", `${e.event_type || "?"} / ${e.sub_event_type || "?"}`], ["disorder type", e.disorder_type],
    ["actors", [e.actor1, e.actor2].filter(Boolean).join(" vs ")], ["interaction", e.interaction],
    ["where", where ? `${where}${e.geo_precision ? ` (${PRECISION[e.geo_precision] || e.geo_precision}-level)` : ""}` : "unknown"],
    ["coordinates", e.latitude !== null && e.latitude !== undefined ? `${e.latitude}, ${e.longitude}` : "none"],
    ["killed", fmtInt(e.fatalities ?? 0)], ["injured", e.injured ?? "—"], ["claimant", e.claimant || "—"],
    ["outlets / independent origins", `${e.n_outlets ?? 1} / ${e.n_origins ?? 1}`], ["notes", e.notes]];
  const reports = el("ul", { class: "reports" });
  const ids = ce.article_ids || [];
  Promise.all(ids.map((a) => article(a).catch(() => null))).then((arts) => arts.forEach((an, i) => {
    const a = an && an.article;
    reports.append(el("li", {}, el("strong", {}, (a && a.outlet) || "?"), " · ",
      el("a", { href: withToken(`/article/${encodeURIComponent(ids[i])}`) }, (a && a.title) || ids[i]),
      a && a.published ? el("span", { class: "muted" }, ` · ${a.published}${a.published_precision && a.published_precision !== "day" ? ` (${a.published_precision})` : ""}`) : "",
      " · ", originalLink(a && a.url)));
  }));
  root.replaceChildren(el("div", { class: "page event-page" }, back(),
    el("h1", {}, el("span", { class: "swatch", style: `background:${typeColor(e.event_type)}` }), " ", title),
    el("p", { class: "lead" }, badge(e.status), " ", `${e.event_date || "no date"} · ${fmtInt(e.fatalities ?? 0)} killed · reported by ${e.n_outlets ?? 1} outlet(s), ${e.n_origins ?? 1} independent origin(s)`,
      e.story_id ? [" · ", el("a", { href: withToken(`/story/${encodeURIComponent(e.story_id)}`) }, "compare outlets in the story")] : ""),
    el("h2", {}, "Every value and its evidence"),
    rows.length ? el("div", { class: "table-wrap" }, el("table", { class: "fields" }, el("thead", {}, el("tr", {}, el("th", {}, "field"), el("th", {}, "what each outlet says"), el("th", {}, "status"), el("th", {}, ""))), el("tbody", {}, rows)))
      : el("p", { class: "muted" }, "no per-field evidence stored for this event"),
    el("h2", {}, "Reports"), reports,
    el("h2", {}, "As exported (ACLED columns)"),
    el("dl", { class: "acled" }, acled.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v === null || v === undefined || v === "" ? "—" : String(v))]))));
  const want = param("evidence");
  if (want) open(want);
}

// ---------------------------------------------------------------- story page
function originGroups(articles, passages) {
  const parent = new Map(articles.map((a) => [a.id, a.id]));
  const find = (x) => { while (parent.get(x) !== x) { parent.set(x, parent.get(parent.get(x))); x = parent.get(x); } return x; };
  const union = (a, b) => { if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b)); };
  passages.forEach((p) => union(p.a, p.b));
  const byOutlet = new Map();
  articles.forEach((a) => { const o = a.outlet || a.id; if (byOutlet.has(o)) union(a.id, byOutlet.get(o)); else byOutlet.set(o, a.id); });
  const groups = new Map();
  articles.forEach((a) => { const r = find(a.id); (groups.get(r) || groups.set(r, []).get(r)).push(a); });
  const pub = (a) => a.published || "9999";
  return [...groups.values()].map((g) => g.sort((a, b) => pub(a).localeCompare(pub(b)) || a.id.localeCompare(b.id)))
    .sort((a, b) => b.length - a.length || pub(a[0]).localeCompare(pub(b[0])));
}

export async function storyPage(root, id) {
  root.replaceChildren(el("div", { class: "page" }, el("p", { class: "muted" }, "loading…")));
  let v;
  try { v = await api(`/api/stories/${encodeURIComponent(id)}`); } catch (err) { return notFound(root, "story", err); }
  setTitle(v.story.title || v.story.id);
  const groups = originGroups(v.articles, v.passages || []);
  const cols = groups.flat();
  const pub = (a) => a.published || "9999";
  const firstArticle = [...cols].sort((a, b) => pub(a).localeCompare(pub(b)))[0];
  const label = (a) => v.outlets[a.id] || a.outlet || a.id.slice(0, 8);
  const groupHead = el("tr", { class: "group-head" }, el("th", { class: "sticky fact-col", scope: "col" }, "independent origins →"),
    groups.map((g, i) => el("th", { colspan: g.length, scope: "colgroup", class: `origin origin-${i % 6}` },
      el("span", { class: "origin-label" },
        g.length > 1 ? `origin ${i + 1}: ${g.length} articles share passages (one source)` : `origin ${i + 1}`))));
  const outletHead = el("tr", {}, el("th", { class: "sticky fact-col", scope: "col" }, "fact (status · origins)"),
    cols.map((a) => el("th", { scope: "col", class: "outlet-col", "data-article": a.id },
      el("div", { class: "outlet-name" }, label(a)),
      el("div", { class: "muted small" }, a.published ? `${a.published}${a.published_precision && a.published_precision !== "day" ? ` (${a.published_precision}, ${a.published_source || "?"})` : ""}` : "no date"),
      a === firstArticle ? el("span", { class: "first", title: "earliest published in this story" }, "first published") : "")));
  let ceCache = new Map();
  const open = async (fact, field) => {
    if (!ceCache.has(fact.id)) ceCache.set(fact.id, api(`/api/cross_events/${encodeURIComponent(fact.id)}`));
    const ce = await ceCache.get(fact.id);
    const names = orderedFields(ce.fields);
    field = names.includes(field) ? field : names[0];
    setParams({ fact: fact.id, evidence: field });
    openEvidence(ce, field, { title: fact.fact, onClose: () => setParams({ fact: null, evidence: null }), onField: (n) => setParams({ evidence: n }) });
  };
  const rows = v.facts.map((f) => {
    const st = statusClass(f.status);
    const reporting = cols.filter((a) => f.cells[a.id] && f.cells[a.id] !== "—");
    const first = [...reporting].sort((a, b) => pub(a).localeCompare(pub(b)))[0];
    return el("tr", { class: `fact-row status-row-${st}`, "data-fact": f.id },
      el("th", { scope: "row", class: "sticky fact-col" },
        el("button", { type: "button", class: "fact-open", onclick: () => open(f) }, f.fact),
        el("div", { class: "fact-meta" }, badge(f.status), el("span", { class: "muted small", title: "independent origins" }, ` origins: ${f.origins}`))),
      cols.map((a) => {
        const c = f.cells[a.id];
        const absent = !c || c === "—";
        return el("td", { class: absent ? "absent" : "present", "data-article": a.id },
          absent ? el("span", { class: "muted" }, "—")
            : el("button", { type: "button", class: "cell-open", onclick: () => open(f) }, c,
              a === first && reporting.length > 1 ? el("span", { class: "first", title: "first appearance: earliest of the outlets that report it" }, " first") : ""));
      }));
  });
  // one entry per distinct passage, with every outlet that shares it
  const shared = new Map();
  for (const p of (v.passages || []).filter((x) => !x.same_outlet)) {
    const key = String(p.text_a || "").toLowerCase().replace(/\s+/g, " ").trim();
    const g = shared.get(key) || shared.set(key, { text: p.text_a, articles: new Set(), sample: p }).get(key);
    g.articles.add(p.a); g.articles.add(p.b);
  }
  const passages = [...shared.values()].sort((a, b) => b.articles.size - a.articles.size || b.text.length - a.text.length);
  const passageItem = (g) => {
    const names = [...g.articles].map((a) => v.outlets[a] || a.slice(0, 8));
    return el("li", { class: "passage" }, el("mark", { class: "shared" }, `“${g.text}”`),
      el("div", { class: "muted small" }, `shared by ${names.length} outlets: ${names.slice(0, 8).join(", ")}${names.length > 8 ? ` and ${names.length - 8} more` : ""} · `,
        [g.sample.a, g.sample.b].map((aid, i) => [i ? " · " : "", el("a", { href: withToken(`/article/${encodeURIComponent(aid)}?story=${encodeURIComponent(v.story.id)}`) }, `in ${v.outlets[aid] || "text"}`)])));
  };
  const passageList = el("ul", { class: "passages" }, passages.slice(0, 6).map(passageItem));
  const morePassages = passages.length > 6 ? el("button", { type: "button", class: "linklike", onclick: (ev) => {
    passageList.replaceChildren(...passages.map(passageItem)); ev.target.remove(); } }, `show all ${passages.length}`) : "";
  root.replaceChildren(el("div", { class: "page story-page" }, back(),
    el("h1", {}, v.story.title || v.story.id),
    el("p", { class: "lead" }, `${v.articles.length} articles · ${v.story.n_outlets} outlets · ${groups.length} independent origin(s) by shared passages · ${v.facts.length} facts`),
    el("p", { class: "legend-inline" }, el("span", { class: "status status-agree" }, "agree"), " ", el("span", { class: "status status-conflict" }, "conflict"), " ",
      el("span", { class: "status status-single" }, "only in one"), el("span", { class: "muted" }, " · click a fact or a value for its evidence in each text")),
    el("div", { class: "story-scroll", tabindex: 0, "aria-label": "facts by outlet; scrolls sideways" },
      el("table", { class: "story" }, el("thead", {}, groupHead, outletHead), el("tbody", {}, rows))),
    el("h2", {}, `Shared passages (${passages.length})`),
    passages.length ? [passageList, morePassages] : el("p", { class: "muted" }, "no passages shared across outlets")));
  const fid = param("fact");
  const fact = fid && v.facts.find((f) => f.id === fid);
  if (fact) open(fact, param("evidence"));
}

// ---------------------------------------------------------------- article page
export async function articlePage(root, id) {
  root.replaceChildren(el("div", { class: "page" }, el("p", { class: "muted" }, "loading…")));
  let an;
  try { an = await article(id); } catch (err) { return notFound(root, "article", err); }
  const a = an.article, marks = [];
  (an.places || []).forEach((p) => p.span && marks.push({ ...p.span, cls: "hl-place", title: "place" }));
  (an.times || []).forEach((t) => t.span && marks.push({ ...t.span, cls: "hl-time", title: "time" }));
  (an.quantities || []).forEach((q) => q.span && marks.push({ ...q.span, cls: "hl-quantity", title: "figure" }));
  (an.claims || []).forEach((c) => c.claimant_span && marks.push({ ...c.claimant_span, cls: "hl-claim", title: "claimant" }));
  (an.events || []).forEach((e) => e.trigger && marks.push({ ...e.trigger, cls: "hl-trigger", title: "event trigger" }));
  const story = param("story");
  if (story) {
    const sv = await api(`/api/stories/${encodeURIComponent(story)}`).catch(() => null);
    (sv ? sv.passages : []).forEach((p) => {
      if (p.a === a.id) marks.push({ start: p.span_a[0], end: p.span_a[1], cls: "shared", title: "shared passage" });
      if (p.b === a.id) marks.push({ start: p.span_b[0], end: p.span_b[1], cls: "shared", title: "shared passage" });
    });
  }
  setTitle(a.title || a.outlet || a.id);
  root.replaceChildren(el("div", { class: "page article-page" }, back(),
    el("h1", {}, a.title || `${a.outlet || "article"} ${a.id}`),
    el("p", { class: "lead" }, `${a.outlet || "unknown outlet"} · published ${a.published || "unknown"}`,
      a.published_precision ? ` (${a.published_precision}, ${a.published_source || ""})` : "", " · ", originalLink(a.url)),
    el("h2", {}, `Events (${(an.events || []).length})`),
    el("ul", { class: "reports" }, (an.events || []).map((e) => el("li", {}, el("span", { class: "swatch", style: `background:${typeColor(e.event_type)}` }), " ",
      el("a", { href: withToken(`/event/${encodeURIComponent(e.id)}`) }, `${e.event_type || "?"} / ${e.sub_event_type || "?"}`),
      ` — ${[e.actor1, e.actor2].filter(Boolean).join(" vs ") || "no actors"}${e.place && e.place.place ? ` @ ${e.place.place.name}` : ""}`))),
    el("p", { class: "muted key" }, "highlighted: ", el("mark", { class: "hl-place" }, "places"), " ", el("mark", { class: "hl-time" }, "times"), " ",
      el("mark", { class: "hl-quantity" }, "figures"), " ", el("mark", { class: "hl-claim" }, "claimants"), " ", el("mark", { class: "hl-trigger" }, "event words"),
      story ? [" ", el("mark", { class: "shared" }, "shared passages")] : ""),
    highlighted(a.text, marks)));
}
