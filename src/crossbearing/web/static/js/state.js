// The whole dashboard view lives in the URL's query string, so a reload or a shared link
// gives the same view. Filter names are the events API's own, so the same query string is
// the API call for the view.
"use strict";

export const MULTI = ["event_type", "sub_event_type", "country", "outlet", "status", "admin1"];
export const SINGLE = ["actor", "q", "date_from", "date_to", "min_origins", "min_outlets", "min_fatalities", "include_aggregates"];
export const DEFAULT_SORT = "-event_date";

export function readState(search = location.search) {
  const p = new URLSearchParams(search);
  const f = {};
  for (const k of MULTI) { const v = p.getAll(k).filter(Boolean); if (v.length) f[k] = v; }
  for (const k of SINGLE) { const v = p.get(k); if (v) f[k] = v; }
  const map = (p.get("map") || "").split(",").map(Number);
  return {
    filters: f,
    sort: p.get("sort") || DEFAULT_SORT,
    hideRegion: p.get("hide_region") === "1",
    map: map.length === 3 && map.every(Number.isFinite) ? { lat: map[0], lon: map[1], zoom: map[2] } : null,
    event: p.get("event") || null,
  };
}

// The filters as API query parameters (for every endpoint that takes the events' filters).
export function filterParams(state, { sort = true, drop = [] } = {}) {
  const p = new URLSearchParams();
  for (const k of MULTI) if (!drop.includes(k)) (state.filters[k] || []).forEach((v) => p.append(k, v));
  for (const k of SINGLE) if (!drop.includes(k) && state.filters[k]) p.set(k, state.filters[k]);
  if (sort && state.sort && state.sort !== DEFAULT_SORT) p.set("sort", state.sort);
  return p;
}

export function writeState(state, { replace = false } = {}) {
  const p = filterParams(state);
  if (state.hideRegion) p.set("hide_region", "1");
  if (state.map) p.set("map", [state.map.lat.toFixed(4), state.map.lon.toFixed(4), state.map.zoom].join(","));
  if (state.event) p.set("event", state.event);
  const token = new URLSearchParams(location.search).get("token");
  if (token) p.set("token", token);
  const qs = p.toString();
  const url = location.pathname + (qs ? `?${qs}` : "");
  if (url !== location.pathname + location.search) history[replace ? "replaceState" : "pushState"](null, "", url);
}

export function qs(params) {
  const s = params.toString();
  return s ? `?${s}` : "";
}
