// crossbearing web UI: routes a path to its view. Loaded as a module file: the
// Content-Security-Policy allows no inline script.
"use strict";
import { dashboard } from "./dashboard.js";
import { articlePage, eventPage, storyPage } from "./pages.js";
import { el, withToken } from "./util.js";

const root = document.getElementById("view");
const m = /^\/(event|story|article)\/(.+)$/.exec(location.pathname);
const legacy = /^#(story|article)=(.+)$/.exec(location.hash); // links of the earlier single-page UI
if (legacy) location.replace(withToken(`/${legacy[1]}/${legacy[2]}`));
else if (!m) {
  dashboard(root);
  const remember = () => { try { sessionStorage.setItem("crossbearing.view", location.pathname + location.search); } catch { /* storage off */ } };
  remember();
  const push = history.pushState.bind(history), replace = history.replaceState.bind(history);
  history.pushState = (...a) => { push(...a); remember(); };
  history.replaceState = (...a) => { replace(...a); remember(); };
  window.addEventListener("popstate", remember);
} else {
  const id = decodeURIComponent(m[2]);
  const page = { event: eventPage, story: storyPage, article: articlePage }[m[1]];
  page(root, id).catch((err) => root.replaceChildren(el("div", { class: "page" }, el("p", { class: "error" }, `could not load: ${err.message}`))));
}
