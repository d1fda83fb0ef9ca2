/* The event page: the article text with the event's sentence, trigger, actor, recipient, date and
 * place highlighted, beside the coded facts and every source that reported the event.
 * Its JSON twin is GET /events/{id}.
 */
"use strict";

DL.ROLES = [
  // Order decides which class wins the colour when spans overlap (first = innermost).
  {role: "trigger", label: "trigger"},
  {role: "date", label: "date"},
  {role: "actor", label: "actor"},
  {role: "recipient", label: "recipient"},
  {role: "place", label: "place"},
];

/* Split `text` at every span boundary and wrap each piece in the marks covering it.
 * spans: [{start, end, role, title}] (role "sentence" and "excluded" are block layers). */
DL.highlight = function (text, spans) {
  const valid = spans.filter(s => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set([0, text.length]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const order = DL.ROLES.map(r => r.role);
  let html = "";
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const cover = valid.filter(s => s.start <= a && s.end >= b);
    let piece = DL.esc(text.slice(a, b));
    const roles = cover.filter(s => order.includes(s.role)).sort((x, y) => order.indexOf(x.role) - order.indexOf(y.role));
    if (roles.length) {
      const title = roles.map(s => s.title || s.role).join(" · ");
      piece = `<mark class="${roles.map(s => "span-" + s.role).join(" ")}" data-role="${roles[0].role}" data-roles="${roles.map(s => s.role).join(" ")}" title="${DL.esc(title)}">${piece}</mark>`;
    }
    if (cover.some(s => s.role === "sentence")) {
      if (roles.length) piece = `<span class="sent">${piece}</span>`;
      else {
        // Keep line breaks and blank lines outside the sentence's background (spaces stay in).
        const [, lead = "", core, tail = ""] = text.slice(a, b).match(/^(\s*\n\s*)?([\s\S]*?)(\s*\n\s*)?$/);
        piece = DL.esc(lead) + (core ? `<span class="sent">${DL.esc(core)}</span>` : "") + DL.esc(tail);
      }
    }
    const ex = cover.find(s => s.role === "excluded");
    if (ex) piece = `<span class="excluded" title="${DL.esc(ex.title)}">${piece}</span>`;
    html += piece;
  }
  return html;
};

DL.eventSpans = function (e, doc) {
  const spans = [];
  const add = (s, role, title) => { if (s && s.start != null && s.end != null) spans.push({start: s.start, end: s.end, role, title}); };
  for (const s of e.sentences && e.sentences.length ? e.sentences : [e.sentence]) add(s, "sentence", "sentence");
  add(e.trigger, "trigger", `trigger: ${e.type}${e.mode ? " / " + e.mode : ""}`);
  for (const p of e.actor || []) add(p, "actor", `actor: ${p.country || "?"} ${p.sector || ""}`.trim());
  for (const p of e.recipient || []) add(p, "recipient", `recipient: ${p.country || "?"} ${p.sector || ""}`.trim());
  add(e.date_span, "date", `date: ${e.date || "?"} (${e.date_granularity || "?"})`);
  if (e.location) add(e.location, "place", `place: ${e.location.name || ""}`);
  for (const r of (doc && doc.excluded) || []) add(r, "excluded", `not coded: ${r.kind || "excluded"} (${r.reason || ""})`);
  return spans;
};

DL.views.event = async function (id) {
  const box = document.getElementById("event-detail");
  box.innerHTML = '<p class="hint">Loading…</p>';
  const body = await DL.api("events/" + encodeURIComponent(id));
  const e = body.data;
  const doc = e.document;
  const story = e.story || {};
  const back = DL.filterParams().toString();
  const sources = (e.sources || []).filter(s => s.event_id !== e.id);
  const part = list => (list || []).map(p => `<span class="code" title="${DL.esc(DL.countryLabel(p.country))}">${DL.esc(p.country || "?")}</span>${p.sector ? " " + DL.esc(p.sector) : ""} <span class="sector">${DL.esc(p.name || p.text || "")}</span>`).join("<br>") || "—";
  const loc = e.location ? `${DL.esc(e.location.name)}${e.location.country ? ", " + DL.esc(e.location.country) : ""}` +
    (e.location.lat != null ? ` <span class="sector">(${(+e.location.lat).toFixed(2)}, ${(+e.location.lon).toFixed(2)})</span>` : "") : "—";
  const legend = DL.ROLES.map(r => `<mark class="span-${r.role}">${r.label}</mark>`).join("") +
    '<span class="sent" style="padding:1px 5px">sentence</span><span class="excluded">not coded (caption, headline…)</span>';
  const link = doc && doc.url && /^https?:\/\//.test(doc.url) ? ` · <a href="${DL.esc(doc.url)}" rel="noopener noreferrer" target="_blank">original</a>` : "";
  // (an empty side is no participant named - "two soldiers were killed": no doer - not an unknown country)
  const who = list => DL.esc((list || []).map(p => p.country || "?").join("+") || "—");

  box.innerHTML = `
    <a class="back" href="#events${back ? "?" + back : ""}">&larr; back to events</a>
    <div class="event-head">
      <h1><span class="chip q${e.quad}" title="${DL.esc(DL.QUADS[e.quad] || "")}">${e.quad}</span> ${DL.esc(e.type)}${e.mode ? ` <span class="mode">${DL.esc(e.mode)}</span>` : ""}</h1>
      <span class="code">${who(e.actor)}</span> &rarr; <span class="code">${who(e.recipient)}</span>
      <span>${DL.esc(e.date || "undated")}</span>
      <span class="status ${DL.esc(e.status)}">${DL.esc(e.status)}</span>
      <span class="sector mono">${DL.esc(e.id)}</span>
      <a href="events/${encodeURIComponent(e.id)}" target="_blank" rel="noopener">JSON</a>
    </div>
    <div class="event-grid">
      <article class="article" id="event-article">
        ${doc ? `<h2>${DL.esc(doc.title || doc.id)}</h2>
        <div class="meta">${DL.esc(doc.source || "unknown source")} · dated ${DL.esc(doc.date || "unknown")} · article <a class="mono" href="#events?doc_id=${encodeURIComponent(doc.id)}" title="all events of this article">${DL.esc(doc.id)}</a>${link}</div>
        <div class="hl-legend">${legend}</div>
        <div class="article-text">${DL.highlight(doc.text || "", DL.eventSpans(e, doc))}</div>`
        : '<p class="hint">The article text of this event is not in the store.</p>'}
      </article>
      <aside class="facts">
        <dl>
          <dt>Date</dt><dd>${DL.esc(e.date || "undated")} <span class="sector">${DL.esc(e.date_granularity || "")}${e.date_reason ? " · " + DL.esc(e.date_reason) : ""}</span></dd>
          <dt>Actor</dt><dd>${part(e.actor)}</dd>
          <dt>Recipient</dt><dd>${part(e.recipient)}</dd>
          <dt>Type</dt><dd>${DL.esc(e.type)}${e.mode ? " / " + DL.esc(e.mode) : ""}</dd>
          <dt>Quad</dt><dd>${e.quad} · ${DL.esc(DL.QUADS[e.quad] || "")}</dd>
          <dt>Score</dt><dd>${e.score == null ? "—" : (+e.score).toFixed(1)}</dd>
          <dt>Status</dt><dd>${DL.esc(e.status)}</dd>
          <dt>Where</dt><dd>${loc}</dd>
          <dt>Confidence</dt><dd>${e.confidence == null ? "—" : (+e.confidence).toFixed(2)}</dd>
          <dt>Context</dt><dd>${DL.esc((e.context || []).join(", ") || "—")}</dd>
          <dt>Reported</dt><dd>${DL.fmt(story.n_mentions ?? ((e.sentences || []).length || 1))} mention(s) in ${DL.fmt(story.n_articles ?? 1)} article(s)${story.n_sources != null ? `, ${DL.fmt(story.n_sources)} source(s)` : ""}</dd>
          ${e.story_id ? `<dt>Story</dt><dd><a href="#events?story_id=${encodeURIComponent(e.story_id)}">${DL.esc(story.name || e.story_id)}</a> <span class="sector">${DL.fmt(story.n_events ?? 1)} event(s)</span></dd>` : ""}
          ${story.first_seen ? `<dt>Seen</dt><dd>${DL.esc(story.first_seen)}${story.last_seen && story.last_seen !== story.first_seen ? " – " + DL.esc(story.last_seen) : ""}</dd>` : ""}
        </dl>
        <h3>Why</h3>
        <div class="reason">${DL.esc(e.reason || "—")}</div>
        ${sources.length ? `<h3>Same event, other reports</h3><ul class="sources-list">${sources.map(s =>
          `<li><a href="${DL.eventHref(s.event_id)}">${DL.esc(s.title || s.doc_id)}</a> <span class="sector">${DL.esc(s.source || "")} ${DL.esc(s.date || "")}</span><div class="sector">${DL.esc((s.sentence_text || "").slice(0, 160))}</div></li>`).join("")}</ul>` : ""}
        ${(e.doc_events || []).length > 1 ? `<h3>Other events in this article</h3><ul>${e.doc_events.filter(o => o.id !== e.id).map(o =>
          `<li><a href="${DL.eventHref(o.id)}">${DL.esc(o.type)}</a> <span class="sector">${DL.esc((o.actor_country || "?") + " → " + (o.recipient_country || "?"))} ${DL.esc(o.date || "")} · “${DL.esc(o.trigger.text || "")}”</span></li>`).join("")}</ul>` : ""}
      </aside>
    </div>`;
  const first = box.querySelector(".article-text .sent");
  if (first) first.scrollIntoView({block: "center"});
};
