/* The four overview views: event table, timeline, dyad network, map.
 * Each asks the API for one page of rows or for server-side aggregates only.
 */
"use strict";

/* ---------- event table ---------- */

DL.views.events = async function (_arg, params) {
  const limit = +(params.get("limit") || 50);
  const page = +(params.get("page") || 1);
  const sort = params.get("sort") || "-date";
  const q = DL.withParams(DL.filterParams(), {limit, page, sort: sort === "-date" ? null : sort});
  document.querySelectorAll("#events-table th.sortable").forEach(th => {
    const key = th.dataset.sort;
    th.classList.toggle("asc", sort === key);
    th.classList.toggle("desc", sort === "-" + key);
    // Newest / most cooperative first on the first click; the second click reverses.
    th.onclick = () => DL.go("events", DL.withParams(params, {sort: sort === "-" + key ? key : "-" + key, page: 1}));
  });
  const tbody = document.querySelector("#events-table tbody");
  tbody.parentElement.classList.add("loading");
  const body = await DL.api("events", q);
  tbody.parentElement.classList.remove("loading");
  const rows = body.data || [];
  const total = body.total ?? rows.length;
  const pages = Math.max(1, Math.ceil(total / limit));
  document.getElementById("events-count").textContent = `${DL.fmt(total)} events`;
  document.getElementById("page-info").textContent = `page ${page} of ${DL.fmt(pages)}`;
  document.getElementById("page-size").value = String(limit);
  document.getElementById("export-json").href = "events?" + q.toString();
  const prev = document.getElementById("prev-page"), next = document.getElementById("next-page");
  prev.disabled = page <= 1; next.disabled = page >= pages;
  prev.onclick = () => DL.go("events", DL.withParams(params, {page: page - 1}));
  next.onclick = () => DL.go("events", DL.withParams(params, {page: page + 1}));
  document.getElementById("page-size").onchange = ev => DL.go("events", DL.withParams(params, {limit: ev.target.value, page: 1}));

  if (!rows.length) {
    tbody.innerHTML = '<tr><td colspan="9" class="empty">No events match these filters.</td></tr>';
    tbody.dataset.query = q.toString();
    return;
  }
  tbody.innerHTML = rows.map(e => {
    const loc = e.location_name ? `${DL.esc(e.location_name)}<span class="who">${DL.esc(e.location_country || "")}</span>` : '<span class="sector">—</span>';
    return `<tr data-id="${DL.esc(e.id)}">
      <td class="date">${DL.esc(e.date || "undated")}<span class="gran"> ${DL.esc(e.date_granularity && e.date_granularity !== "day" ? e.date_granularity : "")}</span></td>
      <td><span class="type">${DL.esc(e.type)}</span><div class="mode">${DL.esc(e.mode || "")}</div>
        ${e.status && e.status !== "factual" ? `<span class="status ${DL.esc(e.status)}" title="not a completed, reported fact">${DL.esc(e.status)}</span>` : ""}</td>
      <td>${DL.participant(e.actor_country, e.actor_sector, e.actor_name)}</td>
      <td>${DL.participant(e.recipient_country, e.recipient_sector, e.recipient_name)}</td>
      <td><span class="chip q${e.quad}" title="${DL.esc(DL.QUADS[e.quad] || "")}">${e.quad}</span></td>
      <td class="num">${e.score == null ? "" : (+e.score).toFixed(1)}</td>
      <td>${loc}</td>
      <td class="sentence">${DL.sentenceWithTrigger(e)}</td>
      <td class="num" title="articles reporting this event">${e.n_articles ?? ""}</td>
    </tr>`;
  }).join("");
  tbody.dataset.query = q.toString();  // which request these rows answer (tests wait on it)
  tbody.querySelectorAll("tr[data-id]").forEach(tr => {
    tr.tabIndex = 0;  // keyboard: Tab to a row, Enter opens it
    tr.addEventListener("click", () => { location.hash = DL.eventHref(tr.dataset.id); });
    tr.addEventListener("keydown", ev => { if (ev.key === "Enter") location.hash = DL.eventHref(tr.dataset.id); });
  });
};

/* The sentence with its trigger marked, cut to about 220 characters around the trigger. */
DL.sentenceWithTrigger = function (e) {
  const s = e.sentence || "", t = e.trigger || "";
  let a = -1;
  if (e.trigger_start != null && e.sentence_start != null && s.slice(e.trigger_start - e.sentence_start, e.trigger_end - e.sentence_start) === t) a = e.trigger_start - e.sentence_start;
  else if (t) a = s.indexOf(t);
  const b = a + t.length;
  if (a < 0) return DL.esc(s.length > 220 ? s.slice(0, 220) + "…" : s);
  const from = Math.max(0, a - 110), to = Math.min(s.length, b + 110);
  return (from > 0 ? "…" : "") + DL.esc(s.slice(from, a)) + `<mark class="trig">${DL.esc(s.slice(a, b))}</mark>` +
    DL.esc(s.slice(b, to)) + (to < s.length ? "…" : "");
};

/* ---------- timeline ---------- */

DL.INTERVALS = {day: d3.utcDay, week: d3.utcMonday, month: d3.utcMonth};

DL.views.timeline = async function (_arg, params) {
  const interval = params.get("interval") || "week";
  const sel = document.getElementById("interval");
  sel.value = interval;
  sel.onchange = () => DL.go("timeline", DL.withParams(params, {interval: sel.value}));
  document.querySelector("#view-timeline .interval-name").textContent = interval;
  document.getElementById("quad-legend").innerHTML = Object.entries(DL.QUADS)
    .map(([q, name]) => `<span style="--c:${DL.QUAD_COLORS[q]}">${q} ${name}</span>`).join("");

  const [byQuad, dyads] = await Promise.all([
    DL.api("aggregates", DL.withParams(DL.filterParams(), {interval, by: "quad"})),
    DL.api("dyads", DL.withParams(DL.filterParams(), {limit: 40})),
  ]);
  DL.drawQuadTimeline(document.getElementById("timeline-chart"), byQuad.data || [], interval);

  const dsel = document.getElementById("dyad-select");
  // Pairs between two different countries first: X-X pairs are domestic events.
  const all = (dyads.data || []).map(d => `${d.actor_country}-${d.recipient_country}`);
  const options = [...all.filter(o => o.split("-")[0] !== o.split("-")[1]), ...all.filter(o => o.split("-")[0] === o.split("-")[1])];
  const chosen = params.get("trajectory") || (params.get("dyad") || "").split("|")[0] || options[0] || "";
  if (chosen && !options.includes(chosen)) options.unshift(chosen);
  dsel.innerHTML = options.map(o => `<option ${o === chosen ? "selected" : ""}>${DL.esc(o)}</option>`).join("");
  dsel.onchange = () => DL.go("timeline", DL.withParams(params, {trajectory: dsel.value}));
  const chart = document.getElementById("dyad-chart");
  if (!chosen) { DL.emptyNote(chart, "No dyads for these filters."); return; }
  const traj = await DL.api("aggregates", DL.withParams(DL.filterParams(), {interval, by: "none", dyad: chosen}));
  DL.drawTrajectory(chart, traj.data || [], interval);
};

/* The periods to draw.  Without a date filter, a few stray old dates (a history paragraph
 * coded as "1800") would squeeze the real series into a sliver: start where the earliest 2% of
 * events end and say how many were left out.  A From date shows everything after it. */
DL.periodDomain = function (rows, interval, trim = true) {
  const dated = rows.map(r => ({d: new Date(r.bucket + "T00:00:00Z"), n: r.n_events})).filter(r => !isNaN(r.d))
    .sort((a, b) => a.d - b.d);
  DL.trimmed = null;
  if (!dated.length) return [];
  let start = dated[0].d;
  const total = d3.sum(dated, r => r.n);
  if (trim && !DL.route.params.get("date_from") && total >= 50) {
    let seen = 0, q02 = start;
    for (const r of dated) { seen += r.n; if (seen > total * 0.02) { q02 = r.d; break; } }
    // Keep a margin of 5% of the span before the 2% point, so evenly spread data is never cut.
    const margin = (dated[dated.length - 1].d - q02) * 0.05;
    start = new Date(Math.max(start.getTime(), q02.getTime() - margin));
    const before = d3.sum(dated.filter(r => r.d < start), r => r.n);
    if (before) DL.trimmed = {n: before, start};
  }
  const step = DL.INTERVALS[interval];
  const periods = step.range(step.floor(start), step.offset(step.floor(dated[dated.length - 1].d), 1));
  return periods.length > 5000 ? periods.slice(-5000) : periods;
};

DL.drawQuadTimeline = function (el, rows, interval) {
  if (!rows.length) { DL.emptyNote(el, "No dated events for these filters."); return; }
  const periods = DL.periodDomain(rows, interval);
  const key = d => d.toISOString().slice(0, 10);
  const table = new Map(periods.map(p => [key(p), {period: p, 1: 0, 2: 0, 3: 0, 4: 0}]));
  // Events whose date is coarser than the interval (a month-only date in a daily series) are left
  // out of the bars rather than piled on the first day; the note under the chart counts them.
  for (const r of rows) { const t = table.get(r.bucket); if (t && r.group in t) t[r.group] += r.n_events - r.n_coarse; }
  const data = [...table.values()];
  const coarse = d3.sum(rows, r => r.n_coarse);
  const notes = [];
  if (coarse) notes.push(`${DL.fmt(coarse)} events dated only to a coarser period than a ${interval} are not in the bars.`);
  if (DL.trimmed) notes.push(`${DL.fmt(DL.trimmed.n)} events dated before ${key(DL.trimmed.start)} are not shown: set From to include them.`);
  document.getElementById("timeline-note").textContent = notes.join(" ");
  const W = el.clientWidth || 900, H = el.clientHeight || 300, m = {t: 10, r: 16, b: 26, l: 46};
  const x = d3.scaleUtc().domain([periods[0], DL.INTERVALS[interval].offset(periods[periods.length - 1], 1)]).range([m.l, W - m.r]);
  const stack = d3.stack().keys([2, 1, 3, 4])(data);
  const y = d3.scaleLinear().domain([0, d3.max(data, d => d[1] + d[2] + d[3] + d[4]) || 1]).nice().range([H - m.b, m.t]);
  const svg = d3.create("svg").attr("viewBox", `0 0 ${W} ${H}`);
  svg.append("g").attr("class", "grid").attr("transform", `translate(${m.l},0)`)
    .call(d3.axisLeft(y).ticks(5).tickSize(-(W - m.l - m.r)).tickFormat("")).call(g => g.select(".domain").remove());
  const bw = d => Math.max(1, x(DL.INTERVALS[interval].offset(d.data.period, 1)) - x(d.data.period) - (periods.length < 80 ? 1 : 0));
  svg.append("g").selectAll("g").data(stack).join("g").attr("fill", s => DL.QUAD_COLORS[s.key])
    .selectAll("rect").data(s => s.map(d => Object.assign(d, {quad: s.key}))).join("rect")
    .attr("x", d => x(d.data.period)).attr("width", bw)
    .attr("y", d => y(d[1])).attr("height", d => Math.max(0, y(d[0]) - y(d[1])))
    .on("mousemove", (ev, d) => DL.tooltip.show(ev, `<b>${key(d.data.period)}</b> (${interval})<br>` +
        [1, 2, 3, 4].map(q => `<span style="color:${DL.QUAD_COLORS[q]}">■</span> ${DL.QUADS[q]}: ${d.data[q]}`).join("<br>")))
    .on("mouseleave", () => DL.tooltip.hide())
    .style("cursor", "pointer")
    .on("click", (_ev, d) => {
      const from = key(d.data.period), to = key(d3.utcDay.offset(DL.INTERVALS[interval].offset(d.data.period, 1), -1));
      DL.go("events", DL.withParams(DL.filterParams(), {date_from: from, date_to: to, quad: d.quad}));
    });
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${H - m.b})`).call(d3.axisBottom(x).ticks(Math.min(10, W / 90)));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${m.l},0)`).call(d3.axisLeft(y).ticks(5));
  el.replaceChildren(svg.node());
};

DL.drawTrajectory = function (el, rows, interval) {
  if (!rows.length) { DL.emptyNote(el, "No dated events for this dyad."); return; }
  const periods = DL.periodDomain(rows, interval, false);
  const byPeriod = new Map(rows.map(r => [r.bucket, r]));
  const data = periods.map(p => {
    const r = byPeriod.get(p.toISOString().slice(0, 10));
    return {period: p, n: r ? r.n_events : 0, mean: r ? r.mean_score : null};
  });
  const W = el.clientWidth || 900, H = el.clientHeight || 300, m = {t: 10, r: 46, b: 26, l: 46};
  const step = DL.INTERVALS[interval];
  const x = d3.scaleUtc().domain([periods[0], step.offset(periods[periods.length - 1], 1)]).range([m.l, W - m.r]);
  const y = d3.scaleLinear().domain([-10, 10]).range([H - m.b, m.t]);
  const yn = d3.scaleLinear().domain([0, d3.max(data, d => d.n) || 1]).nice().range([H - m.b, (H - m.b + m.t) / 2]);
  const svg = d3.create("svg").attr("viewBox", `0 0 ${W} ${H}`);
  svg.append("rect").attr("x", m.l).attr("width", W - m.l - m.r).attr("y", m.t).attr("height", y(0) - m.t).attr("fill", "#1b7837").attr("opacity", .05);
  svg.append("rect").attr("x", m.l).attr("width", W - m.l - m.r).attr("y", y(0)).attr("height", H - m.b - y(0)).attr("fill", "#c0392b").attr("opacity", .05);
  svg.append("g").selectAll("rect").data(data.filter(d => d.n)).join("rect").attr("fill", "#c9d3e0")
    .attr("x", d => x(d.period)).attr("width", d => Math.max(1, x(step.offset(d.period, 1)) - x(d.period) - 1))
    .attr("y", d => yn(d.n)).attr("height", d => H - m.b - yn(d.n));
  svg.append("line").attr("x1", m.l).attr("x2", W - m.r).attr("y1", y(0)).attr("y2", y(0)).attr("stroke", "#8a94a3").attr("stroke-dasharray", "3,3");
  const mid = d => x(d.period) + (x(step.offset(d.period, 1)) - x(d.period)) / 2;
  const pts = data.filter(d => d.mean !== null);
  svg.append("path").datum(pts).attr("fill", "none").attr("stroke", "#14213d").attr("stroke-width", 1.6)
    .attr("d", d3.line().x(mid).y(d => y(d.mean)));
  svg.append("g").selectAll("circle").data(pts).join("circle").attr("r", 3.5).attr("cx", mid).attr("cy", d => y(d.mean))
    .attr("fill", d => DL.scoreColor(d.mean)).attr("stroke", "#14213d").attr("stroke-width", .8)
    .on("mousemove", (ev, d) => DL.tooltip.show(ev, `<b>${d.period.toISOString().slice(0, 10)}</b><br>${d.n} events, mean score ${d.mean.toFixed(2)}`))
    .on("mouseleave", () => DL.tooltip.hide());
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${H - m.b})`).call(d3.axisBottom(x).ticks(Math.min(10, W / 90)));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${m.l},0)`).call(d3.axisLeft(y).ticks(5))
    .call(g => g.append("text").attr("x", -m.l + 2).attr("y", (H - m.b + m.t) / 2 - 8).attr("text-anchor", "start").attr("fill", "#4a5565").text("score"));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${W - m.r},0)`)
    .call(d3.axisRight(yn).ticks(Math.min(3, yn.domain()[1])).tickFormat(d3.format("d")))
    .call(g => g.append("text").attr("x", 4).attr("y", (H - m.b + m.t) / 2 - 6).attr("text-anchor", "start").attr("fill", "#4a5565").text("events"));
  el.replaceChildren(svg.node());
};

/* ---------- dyad network ---------- */

DL.views.network = async function (_arg, params) {
  const level = params.get("level") || "country";
  const limit = params.get("edges") || "100";
  const lsel = document.getElementById("net-level"), nsel = document.getElementById("net-limit");
  lsel.value = level; nsel.value = limit;
  lsel.onchange = () => DL.go("network", DL.withParams(params, {level: lsel.value}));
  nsel.onchange = () => DL.go("network", DL.withParams(params, {edges: nsel.value}));
  const body = await DL.api("dyads", DL.withParams(DL.filterParams(), {level, limit}));
  const key = (c, s) => level === "sector" ? `${c}:${s || "?"}` : c;
  for (const d of body.data || []) {
    d.actor = key(d.actor_country, d.actor_sector); d.recipient = key(d.recipient_country, d.recipient_sector); d.n = d.n_events;
  }
  DL.drawNetwork(document.getElementById("network-chart"), body.data || [], level);
};

DL.drawNetwork = function (el, edges, level) {
  if (DL._sim) DL._sim.stop();
  edges = edges.filter(e => e.actor && e.recipient);
  if (!edges.length) { DL.emptyNote(el, "No actor–recipient pairs for these filters."); return; }
  const nodes = new Map();
  for (const e of edges) for (const k of [e.actor, e.recipient]) {
    if (!nodes.has(k)) nodes.set(k, {id: k, n: 0});
    nodes.get(k).n += e.n;
  }
  const W = el.clientWidth || 900, H = el.clientHeight || 600;
  const links = edges.map(e => ({...e, source: e.actor, target: e.recipient}));
  const r = d3.scaleSqrt().domain([0, Math.max(30, d3.max([...nodes.values()], d => d.n))]).range([3, 26]);
  const w = d3.scaleSqrt().domain([0, Math.max(10, d3.max(links, d => d.n))]).range([0.8, 12]);
  const svg = d3.create("svg").attr("viewBox", `0 0 ${W} ${H}`);
  // Arrow heads in user space: with the default (stroke-width units) thick edges get huge heads.
  svg.append("defs").append("marker").attr("id", "arrow").attr("viewBox", "0 -4 8 8").attr("refX", 8)
    .attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 9).attr("markerHeight", 9).attr("orient", "auto")
    .append("path").attr("d", "M0,-4L8,0L0,4").attr("fill", "#5b6573");
  const g = svg.append("g");
  svg.call(d3.zoom().scaleExtent([0.3, 6]).on("zoom", ev => g.attr("transform", ev.transform)));
  const link = g.append("g").selectAll("path").data(links).join("path").attr("class", "net-edge").attr("fill", "none")
    .attr("stroke", d => DL.scoreColor(d.mean_score)).attr("stroke-width", d => w(d.n)).attr("stroke-opacity", .8)
    .attr("marker-end", "url(#arrow)")
    .on("mousemove", (ev, d) => DL.tooltip.show(ev, `<b>${DL.esc(d.actor)} → ${DL.esc(d.recipient)}</b><br>${DL.fmt(d.n)} events · mean score ${(+d.mean_score).toFixed(2)}`))
    .on("mouseleave", () => DL.tooltip.hide())
    .on("click", (_ev, d) => { DL.tooltip.hide(); DL.go("events", DL.withParams(DL.filterParams(), {dyad: `${d.actor_country}-${d.recipient_country}`})); });
  const node = g.append("g").selectAll("g").data([...nodes.values()]).join("g").style("cursor", "grab");
  node.append("circle").attr("r", d => r(d.n)).attr("fill", "#2f4b7c").attr("fill-opacity", .85).attr("stroke", "#fff").attr("stroke-width", 1.5);
  // A node with a domestic loop above it gets its label below.
  const looped = new Set(links.filter(l => l.actor === l.recipient).map(l => l.actor));
  node.append("text").attr("class", "net-label").attr("dy", d => looped.has(d.id) ? r(d.n) + 12 : -r(d.n) - 3)
    .attr("text-anchor", "middle").text(d => d.id);
  node.on("mousemove", (ev, d) => DL.tooltip.show(ev, `<b>${DL.esc(DL.countryLabel(d.id.split(":")[0]))}</b>${d.id.includes(":") ? " " + DL.esc(d.id.split(":")[1]) : ""}<br>${DL.fmt(d.n)} events in shown edges`))
    .on("mouseleave", () => DL.tooltip.hide())
    .on("dblclick", (_ev, d) => DL.go("events", DL.withParams(DL.filterParams(), {country: d.id.split(":")[0]})));
  // Dense event graphs collapse into a ball under strong links: keep links weak (they only pull
  // frequent partners together) and let repulsion and the frame spread the nodes out.
  const nNodes = nodes.size;
  const sim = d3.forceSimulation([...nodes.values()])
    .force("link", d3.forceLink(links).id(d => d.id).distance(Math.min(W, H) / 3).strength(d => 0.5 / Math.sqrt(links.length) * Math.sqrt(d.n / d3.max(links, l => l.n))))
    .force("charge", d3.forceManyBody().strength(-Math.max(120, Math.min(600, (W * H) / (nNodes * 30)))))
    .force("x", d3.forceX(W / 2).strength(.06))
    .force("y", d3.forceY(H / 2).strength(.09))
    .force("collide", d3.forceCollide(d => r(d.n) + 14));
  DL._sim = sim;
  node.call(d3.drag()
    .on("start", (ev, d) => { if (!ev.active) sim.alphaTarget(.2).restart(); d.fx = d.x; d.fy = d.y; })
    .on("drag", (ev, d) => { d.fx = ev.x; d.fy = ev.y; })
    .on("end", (ev, d) => { if (!ev.active) sim.alphaTarget(0); d.fx = null; d.fy = null; }));
  const arc = d => {
    if (d.source === d.target) {  // domestic events (NER -> NER): a loop above the node
      const x = d.source.x, y = d.source.y - r(d.source.n), s = 18 + r(d.source.n) / 2;
      return `M${x - 4},${y}C${x - s},${y - 2 * s} ${x + s},${y - 2 * s} ${x + 4},${y}`;
    }
    // Curve each edge so that A->B and B->A are both visible; stop at the target's rim for the arrow.
    const dx = d.target.x - d.source.x, dy = d.target.y - d.source.y, len = Math.hypot(dx, dy) || 1;
    const tx = d.target.x - dx / len * (r(d.target.n) + 2), ty = d.target.y - dy / len * (r(d.target.n) + 2);
    return `M${d.source.x},${d.source.y}A${len * 1.6},${len * 1.6} 0 0,1 ${tx},${ty}`;
  };
  const clamp = () => { for (const d of nodes.values()) { d.x = Math.max(30, Math.min(W - 30, d.x)); d.y = Math.max(45, Math.min(H - 25, d.y)); } };
  sim.on("tick", () => { clamp(); link.attr("d", arc); node.attr("transform", d => `translate(${d.x},${d.y})`); });
  // Settle the layout before showing it, so that the first paint is already readable.
  sim.stop(); for (let i = 0; i < 300; i++) { sim.tick(); clamp(); }
  link.attr("d", arc); node.attr("transform", d => `translate(${d.x},${d.y})`);
  el.replaceChildren(svg.node());
};

/* ---------- map ---------- */

DL.views.map = async function () {
  const [world, places, actors, mentioned] = await Promise.all([
    DL.world || fetch("static/vendor/world-atlas/countries-50m.json").then(r => r.json()),
    DL.api("places", DL.withParams(DL.filterParams(), {limit: 2000})),
    DL.api("actors", DL.withParams(DL.filterParams(), {level: "country", limit: 300})),
    DL.api("document-places", DL.withParams(DL.filterParams(), {limit: 2000})),
  ]);
  DL.world = world;
  DL.drawMap(document.getElementById("map-chart"), world, places.data || [], actors.data || [], mentioned.data || []);
  const nPts = (places.data || []).length, nMentioned = (mentioned.data || []).length;
  document.getElementById("map-note").textContent = `${DL.fmt(nPts)} locations · ${DL.fmt(d3.sum(places.data || [], p => p.n_events))} located events · ${DL.fmt(nMentioned)} places mentioned`;
};

DL.drawMap = function (el, world, points, actors, mentioned = []) {
  const W = el.clientWidth || 900, H = el.clientHeight || 560;
  const countries = topojson.feature(world, world.objects.countries);
  const projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [W - 8, H - 8]], {type: "Sphere"});
  const path = d3.geoPath(projection);
  const numericToIso = {};
  for (const [iso, num] of Object.entries(DL.countryNumeric || {})) numericToIso[num] = iso;
  const counts = new Map(actors.map(a => [a.country, a.n_events]));
  // Light shades only, so that the event circles stay the strongest marks on the map.
  const maxN = d3.max(actors, a => a.n_events) || 1;
  const shade = n => d3.interpolateBlues(0.1 + 0.4 * Math.sqrt(n / maxN));
  const svg = d3.create("svg").attr("viewBox", `0 0 ${W} ${H}`);
  const g = svg.append("g");
  g.append("path").datum({type: "Sphere"}).attr("d", path).attr("fill", "#eaf1f8");
  g.append("g").selectAll("path").data(countries.features).join("path").attr("class", "map-country").attr("d", path)
    .attr("fill", f => { const n = counts.get(numericToIso[f.id]); return n ? shade(n) : "#dfe3e8"; })
    .on("mousemove", (ev, f) => { const iso = numericToIso[f.id]; DL.tooltip.show(ev, `<b>${DL.esc(f.properties.name)}</b>${iso ? " (" + iso + ")" : ""}<br>${DL.fmt(counts.get(iso) || 0)} events involving it`); })
    .on("mouseleave", () => DL.tooltip.hide())
    .on("dblclick", (_ev, f) => { const iso = numericToIso[f.id]; if (iso) DL.go("events", DL.withParams(DL.filterParams(), {country: iso})); });
  // Places the articles mention (not where events happened): small diamonds under the event
  // circles, sized by the number of articles; the legend's checkbox hides them.
  const dsize = d3.scaleSqrt().domain([1, Math.max(10, d3.max(mentioned, p => p.n_documents) || 1)]).range([28, 110]);
  const mpts = mentioned.filter(p => p.lat != null && p.lon != null);
  const diamonds = g.append("g").attr("class", "map-docplaces").selectAll("path").data(mpts).join("path")
    .attr("class", "map-docplace").attr("data-name", p => p.name).attr("data-geonameid", p => p.geonameid)
    .attr("transform", p => `translate(${projection([p.lon, p.lat])})`)
    .attr("d", p => d3.symbol(d3.symbolDiamond, dsize(p.n_documents))())
    .on("mousemove", (ev, p) => DL.tooltip.show(ev, `<b>${DL.esc(p.name)}</b>${p.country ? ", " + DL.esc(p.country) : ""}` +
      `<br>mentioned in ${DL.fmt(p.n_documents)} article${p.n_documents === 1 ? "" : "s"}, ${p.n_mentions === 1 ? "once" : DL.fmt(p.n_mentions) + " times"}` +
      `<br><i>a place named in the text, not an event location</i>`))
    .on("mouseleave", () => DL.tooltip.hide());
  const toggle = document.getElementById("show-docplaces");
  const showMentioned = () => g.select(".map-docplaces").attr("display", toggle && !toggle.checked ? "none" : null);
  if (toggle) toggle.onchange = showMentioned;
  showMentioned();
  for (const p of points) p.n = p.n_events;
  const rad = d3.scaleSqrt().domain([0, Math.max(25, d3.max(points, p => p.n) || 1)]).range([2, 22]);
  const pts = points.filter(p => p.lat != null && p.lon != null).sort((a, b) => b.n - a.n);
  const circles = g.append("g").selectAll("circle").data(pts).join("circle").attr("class", "map-point").attr("fill-opacity", .8)
    .attr("cx", p => projection([p.lon, p.lat])[0]).attr("cy", p => projection([p.lon, p.lat])[1])
    .attr("r", p => rad(p.n)).attr("fill", p => DL.scoreColor(p.mean_score))
    .attr("data-name", p => p.name)
    // A country or region as the location means "somewhere in it": draw those as dashed rings.
    .classed("coarse", p => p.kind === "country" || p.kind === "admin1" || p.kind === "region")
    .on("mousemove", (ev, p) => DL.tooltip.show(ev, `<b>${DL.esc(p.name)}</b>${p.country ? ", " + DL.esc(p.country) : ""}` +
      `${p.kind && p.kind !== "city" ? ` <i>(${DL.esc(p.kind)})</i>` : ""}<br>${DL.fmt(p.n)} events · mean score ${(+p.mean_score).toFixed(2)}`))
    .on("mouseleave", () => DL.tooltip.hide())
    .on("click", (_ev, p) => { DL.tooltip.hide(); DL.go("events", DL.withParams(DL.filterParams(), {place: p.geonameid || p.name})); });
  svg.call(d3.zoom().scaleExtent([1, 40]).on("zoom", ev => {
    g.attr("transform", ev.transform);
    circles.attr("r", p => rad(p.n) / Math.sqrt(ev.transform.k)).attr("stroke-width", .8 / ev.transform.k);
    g.selectAll(".map-country").attr("stroke-width", .4 / ev.transform.k);
    diamonds.attr("transform", p => `translate(${projection([p.lon, p.lat])}) scale(${1 / Math.sqrt(ev.transform.k)})`);
  }));
  el.replaceChildren(svg.node());
};
