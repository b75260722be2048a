// sitrep's web page: loads the events the filters select from /api/events, draws them on a
// world map (equirectangular, countries from world-atlas) and a timeline of events per day,
// and shows one article with every field's evidence highlighted. Spans are UTF-8 byte
// offsets, so the article is cut on its encoded bytes.
'use strict';

const W = 960, H = 480;
const COLORS = { ASSAULT: '#c62828', PROTEST: '#ef6c00', THREATEN: '#ad1457', COERCE: '#6a1b9a',
  MOBILIZE: '#4527a0', SANCTION: '#283593', RETREAT: '#00838f', AID: '#2e7d32' };
const SVGNS = 'http://www.w3.org/2000/svg';
const $ = (sel) => document.querySelector(sel);

function el(tag, attrs, text) {
  const node = tag.includes(':') || ['svg', 'path', 'circle', 'rect', 'text', 'g', 'title'].includes(tag)
    ? document.createElementNS(SVGNS, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

const project = (lon, lat) => [(lon + 180) * W / 360, (90 - lat) * H / 180];

// TopoJSON arcs are delta-encoded integers; a negative index ~i is arc i reversed.
function decodeArcs(topo) {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return project(x * sx + tx, y * sy + ty); });
  });
}

function ringPath(ring, arcs) {
  const points = [];
  for (const i of ring) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return 'M' + points.map((p) => p[0].toFixed(1) + ',' + p[1].toFixed(1)).join('L') + 'Z';
}

async function drawLand() {
  const topo = await (await fetch('vendor/world-atlas/countries-110m.json')).json();
  const arcs = decodeArcs(topo);
  const g = el('g', { id: 'land' });
  for (const geo of topo.objects.countries.geometries) {
    const polygons = geo.type === 'Polygon' ? [geo.arcs] : geo.type === 'MultiPolygon' ? geo.arcs : [];
    const d = polygons.map((rings) => rings.map((r) => ringPath(r, arcs)).join('')).join('');
    const path = el('path', { class: 'land', d });
    path.appendChild(el('title', {}, geo.properties && geo.properties.name || ''));
    g.appendChild(path);
  }
  $('#map').prepend(g);
}

function query() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData($('#filters'))) if (v) params.set(k, v);
  return params;
}

const eventDate = (e) => e.date || e.doc.published;

function drawEvents(events) {
  const map = $('#map');
  map.querySelectorAll('circle.dot').forEach((c) => c.remove());
  const rows = $('#events tbody');
  rows.textContent = '';
  events.forEach((e, i) => {
    const loc = e.location;
    if (loc && loc.lat !== null && loc.lon !== null) {
      const [x, y] = project(loc.lon, loc.lat);
      const r = 3 + Math.min(6, Math.sqrt(e.fatalities || 0));
      const dot = el('circle', { class: 'dot', cx: x.toFixed(1), cy: y.toFixed(1), r,
        fill: COLORS[e.type] || '#455a64', 'data-i': i });
      dot.appendChild(el('title', {}, `${e.type} ${loc.name} ${eventDate(e) || ''}`));
      dot.addEventListener('click', () => openEvent(e, i));
      map.appendChild(dot);
    }
    const tr = el('tr', { class: 'event', 'data-i': i });
    const cells = [eventDate(e) || '', e.type + (e.mode ? '/' + e.mode : ''),
      e.acled ? e.acled.sub_event_type : '', e.actor1 ? e.actor1.name : '',
      loc ? loc.name + (loc.country ? ' (' + loc.country + ')' : '') : '',
      e.fatalities === null ? '' : e.fatalities, e.doc.title || e.doc.id];
    for (const c of cells) tr.appendChild(el('td', {}, String(c)));
    tr.addEventListener('click', () => openEvent(e, i));
    rows.appendChild(tr);
  });
  drawTimeline(events);
}

function drawTimeline(events) {
  const svg = $('#timeline');
  svg.textContent = '';
  const perDay = new Map();
  for (const e of events) {
    const d = eventDate(e);
    if (d) perDay.set(d, (perDay.get(d) || 0) + 1);
  }
  if (!perDay.size) return;
  const days = [...perDay.keys()].sort();
  const t0 = Date.parse(days[0]), t1 = Date.parse(days[days.length - 1]);
  const span = Math.max(1, (t1 - t0) / 864e5 + 1);
  const max = Math.max(...perDay.values());
  const bw = Math.max(2, 900 / span - 1);
  for (const [d, n] of perDay) {
    const x = 30 + ((Date.parse(d) - t0) / 864e5) * 900 / span;
    const h = 90 * n / max;
    const bar = el('rect', { class: 'bar', x: x.toFixed(1), y: (100 - h).toFixed(1),
      width: bw.toFixed(1), height: h.toFixed(1), 'data-date': d });
    bar.appendChild(el('title', {}, `${d}: ${n} events`));
    svg.appendChild(bar);
  }
  svg.appendChild(el('text', { x: 30, y: 115 }, days[0]));
  svg.appendChild(el('text', { x: 930, y: 115, 'text-anchor': 'end' }, days[days.length - 1]));
}

// Every highlighted span of a record: [start, end, class, event index or -1].
function spansOf(rec) {
  const out = [];
  const add = (o, cls, ev) => { if (o && o.span) out.push([o.span[0], o.span[1], cls, ev]); };
  rec.events.forEach((e, i) => {
    out.push([e.evidence[0], e.evidence[1], 'ev', i]);
    add(e.actor1, 'actor', i); add(e.actor2, 'actor', i); add(e.location, 'place', i);
    e.counts.forEach((c) => add(c, 'count', i));
  });
  (rec.counts || []).forEach((c) => add(c, 'count', -1));
  rec.quotes.forEach((q) => { add(q, 'quote', -1); add(q.speaker, 'speaker', -1); });
  rec.entities.filter((x) => x.kind === 'place').forEach((x) => add(x, 'place', -1));
  return out;
}

function renderArticle(rec, selected) {
  const bytes = new TextEncoder().encode(rec.doc.text);
  const dec = new TextDecoder();
  const spans = spansOf(rec);
  const cuts = new Set([0, bytes.length]);
  for (const [s, e] of spans) { cuts.add(s); cuts.add(e); }
  const points = [...cuts].filter((p) => p >= 0 && p <= bytes.length).sort((a, b) => a - b);
  const article = $('#article');
  article.textContent = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const text = dec.decode(bytes.subarray(a, b));
    const classes = new Set();
    for (const [s, e, cls, ev] of spans) {
      if (s <= a && b <= e) {
        classes.add(cls);
        if (ev === selected && cls === 'ev') classes.add('on');
      }
    }
    if (!classes.size) { article.appendChild(document.createTextNode(text)); continue; }
    article.appendChild(el('mark', { class: [...classes].join(' ') }, text));
  }
  const on = article.querySelector('mark.on');
  if (on) on.scrollIntoView({ block: 'center' });
}

function renderRecord(rec, selected) {
  $('#title').textContent = rec.doc.title || rec.doc.id;
  $('#meta').textContent = [rec.doc.lang, rec.doc.published, rec.doc.source,
    `${rec.events.length} events, ${rec.quotes.length} quotes`].filter(Boolean).join(' · ');
  renderArticle(rec, selected);
  const e = rec.events[selected];
  $('#fields').textContent = '';
  if (e) $('#fields').appendChild(el('pre', {}, JSON.stringify(e, null, 1)));
}

async function openEvent(e, i) {
  document.querySelectorAll('.on').forEach((n) => n.classList.remove('on'));
  document.querySelectorAll(`[data-i="${i}"]`).forEach((n) => n.classList.add('on'));
  const rec = await (await fetch('api/documents/' + encodeURIComponent(e.doc.sha256))).json();
  renderRecord(rec, rec.events.findIndex((x) => x.id === e.id));
}

async function load() {
  const stats = await (await fetch('api/stats')).json();
  $('#stats').textContent = `${stats.documents} documents · ${stats.events} events · ${stats.quotes} quotes`;
  const events = await (await fetch('api/events?' + query())).json();
  drawEvents(Array.isArray(events) ? events : []);
  return events;
}

async function extract(ev) {
  ev.preventDefault();
  const f = new FormData($('#extract'));
  const params = new URLSearchParams();
  for (const k of ['published', 'lang']) if (f.get(k)) params.set(k, f.get(k));
  if (f.get('store')) params.set('store', '1');
  const res = await fetch('api/extract?' + params, { method: 'POST', body: f.get('text') });
  const out = await res.json();
  if (!res.ok) { $('#meta').textContent = out.error; return; }
  renderRecord(out.records[0], 0);
  if (f.get('store')) load();
}

async function main() {
  const url = new URLSearchParams(location.search);
  for (const [k, v] of url) { const input = $('#filters').elements[k]; if (input) input.value = v; }
  $('#filters').addEventListener('submit', (ev) => { ev.preventDefault(); load(); });
  $('#extract').addEventListener('submit', extract);
  await drawLand();
  const events = await load();
  if (url.get('doc')) {
    const rec = await (await fetch('api/documents/' + encodeURIComponent(url.get('doc')))).json();
    if (rec.doc) renderRecord(rec, 0);
  } else if (events.length) {
    await openEvent(events[0], 0);
  }
  document.body.dataset.ready = '1';
}

main();
