/* dateline explorer: routing, filters and API access shared by every view.
 *
 * State lives in the URL hash ("#timeline?country=NER&quad=4"), so every view can be bookmarked
 * and shared.  Views (views.js, event.js) register a render function in DL.views; they only ever
 * ask the API for aggregates or one page of rows, never for all events.
 */
"use strict";

const DL = {
  views: {},
  FILTERS: ["q", "date_from", "date_to", "country", "actor_country", "recipient_country", "dyad", "actor",
            "type", "quad", "mode", "status", "place", "story_id", "doc_id", "min_confidence"],
  QUADS: {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"},
  QUAD_COLORS: {1: "#7fbf7b", 2: "#1b7837", 3: "#f1a340", 4: "#c0392b"},
  countryNames: {},
  route: {view: "events", arg: null, params: new URLSearchParams()},
};

/* ---------- API ---------- */

DL.api = async function (path, params) {
  const qs = params && [...params].length ? "?" + params.toString() : "";
  const resp = await fetch(path.replace(/^\//, "") + qs, {headers: {Accept: "application/json"}});
  let body = null;
  try { body = await resp.json(); } catch (e) { /* not JSON: reported below */ }
  if (!resp.ok || (body && body.ok === false)) {
    const msg = body && body.error ? body.error : `HTTP ${resp.status}`;
    const details = body && body.errors && body.errors.length
      ? ": " + body.errors.map(e => (e.field ? e.field + " " : "") + e.message).join("; ") : "";
    throw new Error(msg + details);
  }
  return body;
};

/* Only the filter parameters of the current route (no paging, no view options). */
DL.filterParams = function () {
  const out = new URLSearchParams();
  for (const k of DL.FILTERS) {
    const v = DL.route.params.get(k);
    if (v) out.set(k, v);
  }
  return out;
};

DL.withParams = function (base, extra) {
  const p = new URLSearchParams(base);
  for (const [k, v] of Object.entries(extra)) {
    if (v === null || v === undefined || v === "") p.delete(k); else p.set(k, v);
  }
  return p;
};

/* ---------- routing ---------- */

DL.parseHash = function () {
  const h = decodeURIComponent(location.hash.replace(/^#/, "")) || "events";
  const qi = h.indexOf("?");
  const path = qi >= 0 ? h.slice(0, qi) : h;
  const params = new URLSearchParams(qi >= 0 ? location.hash.slice(location.hash.indexOf("?") + 1) : "");
  const slash = path.indexOf("/");
  const view = slash >= 0 ? path.slice(0, slash) : path;
  const arg = slash >= 0 ? path.slice(slash + 1) : null;
  return {view: DL.views[view] ? view : "events", arg, params};
};

DL.go = function (view, params, arg) {
  const p = params ? new URLSearchParams(params) : DL.filterParams();
  const qs = p.toString();
  location.hash = view + (arg ? "/" + encodeURIComponent(arg) : "") + (qs ? "?" + qs : "");
};

DL.eventHref = function (id) {
  const qs = DL.filterParams().toString();
  return "#event/" + encodeURIComponent(id) + (qs ? "?" + qs : "");
};

DL.render = async function () {
  DL.route = DL.parseHash();
  DL.formFromParams(DL.route.params);
  document.querySelectorAll("#tabs a").forEach(a => {
    a.classList.toggle("active", a.dataset.view === DL.route.view);
    a.href = "#" + a.dataset.view + (DL.filterParams().toString() ? "?" + DL.filterParams() : "");
  });
  document.querySelectorAll(".view").forEach(s => { s.hidden = s.id !== "view-" + DL.route.view; });
  DL.hideError();
  DL.showActiveFilters();
  DL.updateSummary();
  const section = document.getElementById("view-" + DL.route.view);
  section.classList.add("loading");
  section.setAttribute("aria-busy", "true");
  try {
    await DL.views[DL.route.view](DL.route.arg, DL.route.params);
  } catch (err) {
    DL.showError(err);
  } finally {
    section.classList.remove("loading");
    section.removeAttribute("aria-busy");
  }
};

/* ---------- filter form ---------- */

DL.formFromParams = function (params) {
  const form = document.getElementById("filters");
  for (const el of form.elements) {
    if (!el.name) continue;
    const v = params.get(el.name) || "";
    if (el.type === "checkbox") el.checked = v.split("|").includes(el.value);
    else if (el.multiple) { const vs = v.split("|"); for (const o of el.options) o.selected = vs.includes(o.value); }
    else el.value = v;
  }
};

DL.paramsFromForm = function () {
  const form = document.getElementById("filters");
  const p = new URLSearchParams();
  const multi = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.type === "checkbox") { if (el.checked) (multi[el.name] = multi[el.name] || []).push(el.value); }
    else if (el.multiple) { const vs = [...el.selectedOptions].map(o => o.value); if (vs.length) multi[el.name] = vs; }
    else if (el.value.trim()) p.set(el.name, el.value.trim());
  }
  for (const [k, vs] of Object.entries(multi)) p.set(k, vs.join("|"));
  return p;
};

/* Chips above every view: what is filtered, each removable with one click. */
DL.showActiveFilters = function () {
  const box = document.getElementById("active-filters");
  const active = [...DL.filterParams()];
  box.hidden = !active.length;
  const view = DL.route.view === "event" ? "events" : DL.route.view;
  box.innerHTML = active.map(([k, v]) => {
    const rest = DL.filterParams(); rest.delete(k);
    const href = "#" + view + (rest.toString() ? "?" + rest : "");
    return `<a class="chip-filter" href="${DL.esc(href)}" title="remove this filter">${DL.esc(k.replace("_", " "))}: <b>${DL.esc(v)}</b> ×</a>`;
  }).join("") + (active.length > 1 ? ` <a class="chip-clear" href="#${view}">clear all</a>` : "");
};

/* ---------- small helpers ---------- */

DL.esc = s => String(s ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
DL.fmt = d3.format(",");
DL.scoreColor = d3.scaleLinear().domain([-10, -3, 0, 3, 10]).range(["#a50f15", "#e6764a", "#d9d9c8", "#79b36a", "#1b7837"]).clamp(true);
DL.countryLabel = c => c ? (DL.countryNames[c] ? `${c} · ${DL.countryNames[c]}` : c) : "?";

DL.participant = function (country, sector, name) {
  if (!country && !name) return '<span class="sector">—</span>';
  return `<span class="code" title="${DL.esc(DL.countryLabel(country))}">${DL.esc(country || "?")}</span>` +
    (sector ? ` <span class="sector">${DL.esc(sector)}</span>` : "") + `<span class="who" title="${DL.esc(name || "")}">${DL.esc(name || "")}</span>`;
};

DL.showError = function (err) {
  const box = document.getElementById("error");
  box.textContent = "Could not load data: " + (err && err.message ? err.message : err);
  box.hidden = false;
};
DL.hideError = () => { document.getElementById("error").hidden = true; };

DL.tooltip = {
  el: null,
  show(ev, html) {
    this.el = this.el || document.getElementById("tooltip");
    this.el.innerHTML = html; this.el.hidden = false;
    const x = Math.min(ev.clientX + 14, window.innerWidth - 330);
    this.el.style.left = x + "px"; this.el.style.top = (ev.clientY + 14) + "px";
  },
  hide() { if (this.el) this.el.hidden = true; },
};

DL.emptyNote = function (container, text) {
  container.innerHTML = `<div class="empty-note">${DL.esc(text)}</div>`;
};

DL.updateSummary = async function () {
  try {
    DL.health = DL.health || await DL.api("health");
    const filtered = DL.filterParams().toString() !== "";
    const body = filtered ? await DL.api("events", DL.withParams(DL.filterParams(), {limit: 1, fields: "id"})) : null;
    const h = DL.health;
    const range = h.date_min ? ` · ${h.date_min} – ${h.date_max}` : "";
    document.getElementById("summary").innerHTML = (filtered ? `<b>${DL.fmt(body.total)}</b> of ` : "") +
      `<b>${DL.fmt(h.events)}</b> events · ${DL.fmt(h.documents)} articles${DL.esc(range)} · ${DL.esc(h.store)}`;
  } catch (e) { document.getElementById("summary").textContent = ""; }
};

/* ---------- start ---------- */

DL.init = async function () {
  const form = document.getElementById("filters");
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    const view = DL.route.view === "event" ? "events" : DL.route.view;
    DL.go(view, DL.paramsFromForm());
  });
  document.getElementById("reset").addEventListener("click", () => DL.go(DL.route.view === "event" ? "events" : DL.route.view, new URLSearchParams()));
  try {
    const meta = await DL.api("meta");
    const sel = document.getElementById("type-select");
    sel.innerHTML = (meta.event_types || []).map(t => `<option value="${DL.esc(t)}">${DL.esc(t)}</option>`).join("");
    sel.size = Math.min(8, Math.max(4, (meta.event_types || []).length));
    DL.countryNames = meta.country_names || {};
    DL.countryNumeric = meta.country_numeric || {};
    document.getElementById("country-list").innerHTML = Object.entries(DL.countryNames)
      .map(([c, n]) => `<option value="${DL.esc(c)}">${DL.esc(n)}</option>`).join("");
  } catch (e) { DL.showError(e); }
  window.addEventListener("hashchange", DL.render);
  await DL.render();
};

document.addEventListener("DOMContentLoaded", DL.init);
