// Builds src/SilkRoad.Web/Charts/WorldMap.txt, the country shapes of the world map of trainees, once, from two npm
// packages: world-atlas 2.0.2 (Natural Earth's 1:110m admin-0 countries as TopoJSON; Natural Earth is in the public
// domain, world-atlas is ISC) and i18n-iso-countries 7.14.0 (MIT; its codes.json maps ISO 3166-1 numeric codes, which
// world-atlas uses as ids, to the alpha-2 codes the store holds). Countries too small for the 1:110m scale (Singapore,
// Bahrain, the Maldives, Mauritius, Samoa …) are taken from the 1:50m file as a point: the map draws them as a dot.
//
// The shapes are projected here (Robinson, after Snyder's table, interpolated linearly; Antarctica left out) and
// rounded to whole units of the map's view box, so that the portal only writes them out. Run with
//   node scripts/world-map.mjs
// (it fetches both packages with `npm pack` into a temporary folder; nothing is installed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(root, 'src', 'SilkRoad.Web', 'Charts', 'WorldMap.txt');
const WIDTH = 2000;

const work = mkdtempSync(join(tmpdir(), 'world-map-'));
try {
  for (const pkg of ['world-atlas@2.0.2', 'i18n-iso-countries@7.14.0']) {
    const file = execFileSync('npm', ['pack', '--silent', pkg], { cwd: work }).toString().trim().split('\n').pop();
    const folder = join(work, pkg.split('@')[0]);
    execFileSync('mkdir', ['-p', folder]);
    execFileSync('tar', ['xzf', join(work, file), '-C', folder]);
  }
  const atlas = (name) => JSON.parse(readFileSync(join(work, 'world-atlas', 'package', name), 'utf8'));
  const codes = JSON.parse(readFileSync(join(work, 'i18n-iso-countries', 'package', 'codes.json'), 'utf8'));
  const alpha2 = new Map(codes.map(([a2, , numeric]) => [numeric, a2]));
  // Natural Earth draws three areas apart that ISO 3166 does not: they are shaded with the country ISO counts them in
  // (Kosovo has the user-assigned code XK, which the store may hold).
  const byName = new Map([['N. Cyprus', 'CY'], ['Somaliland', 'SO'], ['Kosovo', 'XK']]);
  const codeOf = (g) => (g.id ? alpha2.get(g.id) : byName.get(g.properties?.name));

  const main = shapes(atlas('countries-110m.json'), codeOf);
  const small = shapes(atlas('countries-50m.json'), codeOf);
  main.delete('AQ');

  const R = WIDTH / (2 * Math.PI * 0.8487);
  const project = ([lon, lat]) => {
    const [x, y] = robinson(lon, lat);
    return [WIDTH / 2 + 0.8487 * R * x, -1.3523 * R * y];
  };
  let top = Infinity, bottom = -Infinity;
  const projected = new Map();
  for (const [code, polygons] of main) {
    const rings = polygons.flat().flatMap(acrossTheAntimeridian).map((ring) => ring.map(project));
    for (const ring of rings) for (const [, y] of ring) { top = Math.min(top, y); bottom = Math.max(bottom, y); }
    projected.set(code, rings);
  }
  const offset = Math.floor(top) - 2;
  const height = Math.ceil(bottom) - offset + 2;
  const lines = [
    '# The world map of trainees: country shapes for SilkRoad.Web.Charts.WorldMapSvg, made by scripts/world-map.mjs.',
    '# Natural Earth 1:110m admin-0 countries (public domain) through world-atlas 2.0.2 (ISC, Copyright 2013-2019',
    '# Michael Bostock); ISO 3166-1 numeric to alpha-2 from i18n-iso-countries 7.14.0 (MIT). Robinson projection.',
    '# A line: alpha-2 code, a tab, then SVG path data in view box units, or "@x y" for a country drawn as a dot.',
    `viewBox 0 0 ${WIDTH} ${height}`,
  ];
  for (const [code, rings] of [...projected].sort(([a], [b]) => a.localeCompare(b))) {
    const path = pathData(rings.map((ring) => ring.map(([x, y]) => [x, y - offset])));
    if (path) lines.push(`${code}\t${path}`);
  }
  for (const [code, polygons] of [...small].sort(([a], [b]) => a.localeCompare(b))) {
    if (projected.has(code) || code === 'AQ') continue;
    const ring = polygons.flat().sort((a, b) => Math.abs(area(b)) - Math.abs(area(a)))[0];
    const [x, y] = project(centroid(ring));
    lines.push(`${code}\t@${Math.round(x)} ${Math.round(y - offset)}`);
  }
  writeFileSync(output, lines.join('\n') + '\n');
  console.log(`${output}: ${lines.length - 5} countries, ${readFileSync(output).length} bytes`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Each country's polygons (lists of rings of [lon, lat]), by alpha-2 code; TopoJSON arcs are quantized and
// delta-encoded, a negative arc index is the arc reversed (~index), and consecutive arcs share their end point.
function shapes(topology, codeOf) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  const arcs = topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = (indexes) => {
    const points = [];
    for (const index of indexes) {
      const arc = index < 0 ? [...arcs[~index]].reverse() : arcs[index];
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return points;
  };
  const result = new Map();
  for (const geometry of topology.objects.countries.geometries) {
    const code = codeOf(geometry);
    if (!code) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    const list = result.get(code) ?? [];
    list.push(...polygons.map((polygon) => polygon.map(ring)));
    result.set(code, list);
  }
  return result;
}

// Russia's and Fiji's rings cross the antimeridian (a step from 180 to -180 degrees), which a flat map would draw as
// a line across the world. The ring is unwrapped (longitudes made continuous), then drawn twice, once on each edge of
// the map, each copy flattened onto the edge where it runs past it.
function acrossTheAntimeridian(ring) {
  const unwrapped = [];
  for (const [lon, lat] of ring) {
    let l = lon;
    if (unwrapped.length) {
      const previous = unwrapped[unwrapped.length - 1][0];
      while (l - previous > 180) l -= 360;
      while (previous - l > 180) l += 360;
    }
    unwrapped.push([l, lat]);
  }
  const lons = unwrapped.map(([l]) => l);
  if (Math.max(...lons) <= 180 && Math.min(...lons) >= -180) return [ring];
  const shift = Math.max(...lons) > 180 ? -360 : 360;
  const clamp = (l) => Math.max(-180, Math.min(180, l));
  return [unwrapped.map(([l, lat]) => [clamp(l), lat]), unwrapped.map(([l, lat]) => [clamp(l + shift), lat])];
}

// Snyder, Map Projections: A Working Manual (1987), table 12: Robinson's X and Y every 5 degrees of latitude.
function robinson(lon, lat) {
  const X = [1.0, 0.9986, 0.9954, 0.99, 0.9822, 0.973, 0.96, 0.9427, 0.9216, 0.8962, 0.8679, 0.835, 0.7986, 0.7597, 0.7186, 0.6732, 0.6213, 0.5722, 0.5322];
  const Y = [0.0, 0.062, 0.124, 0.186, 0.248, 0.31, 0.372, 0.434, 0.4958, 0.5571, 0.6176, 0.6769, 0.7346, 0.7903, 0.8435, 0.8936, 0.9394, 0.9761, 1.0];
  const a = Math.min(Math.abs(lat), 90) / 5;
  const i = Math.min(Math.floor(a), 17);
  const f = a - i;
  const x = X[i] + (X[i + 1] - X[i]) * f;
  const y = Y[i] + (Y[i + 1] - Y[i]) * f;
  return [x * (lon * Math.PI / 180), Math.sign(lat) * y];
}

// Whole units, relative moves after each ring's first point; a ring that rounds to fewer than three points, or to
// almost no area, is left out unless it is the country's largest.
function pathData(rings) {
  const rounded = rings.map((ring) => {
    const points = [];
    for (const [x, y] of ring) {
      const p = [Math.round(x), Math.round(y)];
      const last = points[points.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
    }
    if (points.length > 1 && points[0][0] === points[points.length - 1][0] && points[0][1] === points[points.length - 1][1]) points.pop();
    return points;
  });
  const largest = rounded.reduce((best, ring, i) => (Math.abs(area(ring)) > Math.abs(area(rounded[best])) ? i : best), 0);
  let d = '';
  rounded.forEach((points, i) => {
    if (i !== largest && (points.length < 3 || Math.abs(area(points)) < 1)) return;
    if (points.length < 2) return;
    d += `M${points[0][0]} ${points[0][1]}l`;
    let first = true;
    for (let k = 1; k < points.length; k++) {
      for (const v of [points[k][0] - points[k - 1][0], points[k][1] - points[k - 1][1]]) {
        d += (first || v < 0 ? '' : ' ') + v;
        first = false;
      }
    }
    d += 'z';
  });
  return d;
}

function area(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return sum / 2;
}

function centroid(ring) {
  let x = 0, y = 0;
  for (const [px, py] of ring) { x += px; y += py; }
  return [x / ring.length, y / ring.length];
}
