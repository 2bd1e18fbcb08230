// Builds public/worlds/earth.png (+ earth.json): Natural Earth's coastline rasterised; heights synthesised (lowlands, named highlands, ice sheets).

// Usage: node scripts/earth-heightmap.mjs
//
// The grid is 1440 x 720 cells of 0.25 degrees, equirectangular, each value standing for
// its whole cell (pixel-is-area); row 0 spans 90N..89.75N and column 0 starts at 180W.
//
// Steps:
//   1. Land: the Natural Earth 1:50m land MultiPolygon from the world-atlas package is
//      rasterised to an area fraction per cell by an exact scanline fill: every cell row is
//      cut into SUB horizontal sub-scanlines, each of which is covered exactly (left-right)
//      by the polygon's spans; the sub-scanlines are weighted by cos(latitude) so the
//      fraction is one of area on the sphere. d3-geo treats polygon edges as great-circle
//      arcs, so long edges are first split along their great circle (d3 geoInterpolate);
//      edges that cross the antimeridian are split there. A cell is land when its
//      fraction is >= 0.5.
//   2. Heights: no open global elevation grid could be had from the npm registry, so the
//      heights are synthesised, deterministically: lowlands rising gently with the
//      great-circle distance to the coast (a distance transform over the grid), the great
//      plateaus and ranges (HIGHLANDS: lines of longitude/latitude points with a half-width
//      and a height, from general knowledge, smooth-shouldered) and the two ice sheets
//      rising from their coasts to about 3 km, plus a gentle value-noise texture built from
//      an integer hash. Climates follow heights (6.5 deg C a km), so a lowland Amazon and a
//      high Tibet matter more than detail. No trench or ridge is drawn.
//   3. Output: a 16-bit greyscale PNG, black = -11000 m, white = +9000 m; every land cell
//      decodes to >= +1 m and every sea cell to <= -1 m, so the coastline in the PNG is
//      exactly Natural Earth's at 0.5 coverage. A JSON side-car records what it is.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encode } from 'fast-png';
import { feature } from 'topojson-client';
import { geoArea, geoContains, geoDistance, geoInterpolate } from 'd3-geo';

const started = performance.now();
const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// ---- Grid and encoding -------------------------------------------------------------------

const WIDTH = 1440;
const HEIGHT = 720;
const CELL_DEG = 360 / WIDTH; // 0.25 degrees
const SUB = 16; // sub-scanlines per cell row
const BLACK_METRES = -11000;
const WHITE_METRES = 9000;
const EARTH_RADIUS_KM = 6371;
const MAX_EDGE_RAD = (0.05 * Math.PI) / 180; // longer edges are split along their great circle

/** The 16-bit code of an elevation (black = BLACK_METRES, white = WHITE_METRES). */
const codeOf = (metres) =>
  Math.round(((metres - BLACK_METRES) / (WHITE_METRES - BLACK_METRES)) * 65535);
/** The elevation a 16-bit code stands for. */
const metresOf = (code) => BLACK_METRES + (code / 65535) * (WHITE_METRES - BLACK_METRES);
// The lowest code that decodes to >= +1 m and the highest that decodes to <= -1 m.
const LAND_MIN_CODE = Math.ceil(((1 - BLACK_METRES) / (WHITE_METRES - BLACK_METRES)) * 65535);
const SEA_MAX_CODE = Math.floor(((-1 - BLACK_METRES) / (WHITE_METRES - BLACK_METRES)) * 65535);

/** Latitude (degrees) of a y position in cell units (0 = north pole, HEIGHT = south pole). */
const latOf = (y) => 90 - y * CELL_DEG;
/** x position in cell units of a longitude in degrees (0 = 180W, WIDTH = 180E). */
const xOf = (lon) => (lon + 180) / CELL_DEG;
/** y position in cell units of a latitude in degrees. */
const yOf = (lat) => (90 - lat) / CELL_DEG;

// ---- 1. Natural Earth land ---------------------------------------------------------------

const atlasVersion = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')).version;
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8'));
const land = feature(topology, topology.objects.land); // a FeatureCollection of one MultiPolygon
const landShare = geoArea(land) / (4 * Math.PI);
console.log(`Natural Earth land (world-atlas ${atlasVersion}, land-50m): geoArea share of the sphere = ${landShare.toFixed(6)}`);

/**
 * Every polygon edge as a straight segment in cell units (x1, y1, x2, y2, flattened), after
 * splitting long edges along their great circle and cutting edges that cross the antimeridian.
 */
function planarEdges(multiPolygon) {
  const out = [];
  const pushSegment = ([lon1, lat1], [lon2, lat2]) => {
    if (Math.abs(lon2 - lon1) <= 180) {
      out.push(xOf(lon1), yOf(lat1), xOf(lon2), yOf(lat2));
      return;
    }
    // Crosses the antimeridian: unwrap the far end, cut at +-180 and put each piece on its side.
    const lon2u = lon2 > lon1 ? lon2 - 360 : lon2 + 360;
    if (Math.abs(lon2u - lon1) < 1e-9) {
      // Runs along the antimeridian itself (written once as -180, once as +180): keep it on one side.
      out.push(xOf(lon1), yOf(lat1), xOf(lon1), yOf(lat2));
      return;
    }
    const edge = lon2u < lon1 ? -180 : 180;
    const t = (edge - lon1) / (lon2u - lon1);
    const latCut = lat1 + t * (lat2 - lat1);
    out.push(xOf(lon1), yOf(lat1), xOf(edge), yOf(latCut));
    out.push(xOf(-edge), yOf(latCut), xOf(lon2), yOf(lat2));
  };
  for (const polygon of multiPolygon.coordinates) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1];
        const b = ring[i];
        const pieces = Math.ceil(geoDistance(a, b) / MAX_EDGE_RAD);
        if (pieces <= 1) {
          pushSegment(a, b);
          continue;
        }
        const along = geoInterpolate(a, b);
        let previous = a;
        for (let k = 1; k <= pieces; k++) {
          const next = k === pieces ? b : along(k / pieces);
          pushSegment(previous, next);
          previous = next;
        }
      }
    }
  }
  return Float64Array.from(out);
}

/**
 * Where the edges cross each of the HEIGHT * SUB sub-scanlines: the crossing x positions,
 * sorted, bucketed per sub-scanline (start[i]..start[i + 1] in values). Sub-scanline i lies
 * at y = (i + 0.5) / SUB; an edge counts on the lines with y in [its lower y, its upper y),
 * so a vertex shared by two edges is counted once.
 */
function scanlineCrossings(edges) {
  const lines = HEIGHT * SUB;
  const firstLine = (y) => Math.max(0, Math.ceil(y * SUB - 0.5)); // first line with its y >= y
  const counts = new Int32Array(lines + 1);
  const visit = (emit) => {
    for (let e = 0; e < edges.length; e += 4) {
      const [x1, y1, x2, y2] = [edges[e], edges[e + 1], edges[e + 2], edges[e + 3]];
      if (y1 === y2) continue; // horizontal: never crossed
      const last = Math.min(lines, firstLine(Math.max(y1, y2)));
      for (let i = firstLine(Math.min(y1, y2)); i < last; i++) {
        emit(i, x1 + (((i + 0.5) / SUB - y1) / (y2 - y1)) * (x2 - x1));
      }
    }
  };
  visit((i) => counts[i + 1]++);
  for (let i = 0; i < lines; i++) counts[i + 1] += counts[i];
  const values = new Float64Array(counts[lines]);
  const fill = counts.slice(0, lines);
  visit((i, x) => (values[fill[i]++] = x));
  for (let i = 0; i < lines; i++) values.subarray(counts[i], counts[i + 1]).sort();
  return { start: counts, values };
}

/** The y positions, sorted, where the edges cross the vertical line at x (same half-open rule). */
function meridianCrossings(edges, x) {
  const ys = [];
  for (let e = 0; e < edges.length; e += 4) {
    const [x1, y1, x2, y2] = [edges[e], edges[e + 1], edges[e + 2], edges[e + 3]];
    if (Math.min(x1, x2) <= x && x < Math.max(x1, x2)) ys.push(y1 + ((x - x1) / (x2 - x1)) * (y2 - y1));
  }
  return ys.sort((a, b) => a - b);
}

/** Area fraction of land in every cell, row-major from the north-west corner. */
function rasteriseLand(multiPolygon) {
  const edges = planarEdges(multiPolygon);
  const lines = HEIGHT * SUB;
  const subY = (i) => (i + 0.5) / SUB; // y of sub-scanline i, in cell units
  const rows = scanlineCrossings(edges);

  // The fill state at each sub-scanline's west end (x just east of 180W) comes from a
  // vertical scan down that meridian, started from the state near the north pole; the state
  // at the east end (x just west of 180E) is scanned the same way, as a check.
  const EPS = 1e-7;
  const inWest = new Uint8Array(lines);
  const inEast = new Uint8Array(lines);
  for (const [x, states, lon] of [[EPS, inWest, -180], [WIDTH - EPS, inEast, 180]]) {
    const column = meridianCrossings(edges, x);
    let state = geoContains(land, [lon === -180 ? -179.999999 : 179.999999, 89.999999]) ? 1 : 0;
    let next = 0;
    for (let i = 0; i < lines; i++) {
      while (next < column.length && column[next] < subY(i)) { state ^= 1; next++; }
      states[i] = state;
    }
  }

  const fraction = new Float64Array(WIDTH * HEIGHT);
  const partial = new Float64Array(WIDTH + 1); // coverage of cells cut by a span's ends
  const full = new Float64Array(WIDTH + 1); // difference array of cells covered whole
  let mismatches = 0;
  for (let row = 0; row < HEIGHT; row++) {
    partial.fill(0);
    full.fill(0);
    let weightSum = 0;
    for (let k = 0; k < SUB; k++) weightSum += Math.cos((latOf(subY(row * SUB + k)) * Math.PI) / 180);
    for (let k = 0; k < SUB; k++) {
      const line = row * SUB + k;
      const w = Math.cos((latOf(subY(line)) * Math.PI) / 180) / weightSum;
      // Add the span [x1, x2) (cell units) to this row's coverage with weight w.
      const addSpan = (x1, x2) => {
        if (x2 <= x1) return;
        const c1 = Math.floor(x1), c2 = Math.min(Math.floor(x2), WIDTH);
        if (c1 === c2) { partial[c1] += (x2 - x1) * w; return; }
        partial[c1] += (c1 + 1 - x1) * w;
        if (c2 < WIDTH) partial[c2] += (x2 - c2) * w;
        full[c1 + 1] += w;
        full[c2] -= w;
      };
      let inside = inWest[line];
      let from = 0;
      for (let j = rows.start[line]; j < rows.start[line + 1]; j++) {
        const x = rows.values[j];
        if (x <= EPS || x >= WIDTH - EPS) continue; // on the antimeridian: not a crossing here
        if (inside) addSpan(from, x);
        inside ^= 1;
        from = x;
      }
      if (inside) addSpan(from, WIDTH);
      if (inside !== inEast[line]) mismatches++;
    }
    let run = 0;
    for (let col = 0; col < WIDTH; col++) {
      run += full[col];
      fraction[row * WIDTH + col] = Math.min(1, Math.max(0, run + partial[col]));
    }
  }
  console.log(`rasterised ${edges.length / 4} edges on ${lines} sub-scanlines; west/east fill-state mismatches: ${mismatches}`);
  return fraction;
}

const fraction = rasteriseLand(land.features[0].geometry);
const isLand = new Uint8Array(WIDTH * HEIGHT);
for (let i = 0; i < isLand.length; i++) isLand[i] = fraction[i] >= 0.5 ? 1 : 0;

/** Share of the sphere's area in cell row `row`. */
const rowArea = (row) =>
  (Math.sin((latOf(row) * Math.PI) / 180) - Math.sin((latOf(row + 1) * Math.PI) / 180)) / 2 / WIDTH;
let gridLandShare = 0;
let meanFraction = 0;
for (let row = 0; row < HEIGHT; row++) {
  for (let col = 0; col < WIDTH; col++) {
    gridLandShare += isLand[row * WIDTH + col] * rowArea(row);
    meanFraction += fraction[row * WIDTH + col] * rowArea(row);
  }
}
console.log(`grid: area-weighted land share (cells >= 0.5) = ${gridLandShare.toFixed(6)}; area-weighted mean fraction = ${meanFraction.toFixed(6)}`);

// ---- Deterministic hashing and value noise -----------------------------------------------

/** A uniform number in [0, 1) from three integers and a seed (integer avalanche mixing). */
function hash3(x, y, z, seed) {
  let h = Math.imul(x, 0x27d4eb2d) ^ Math.imul(y, 0x165667b1) ^ Math.imul(z, 0x1b873593) ^ seed;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

/** Value noise in [-1, 1] at a 3D point: hashed lattice values, smoothly interpolated. */
function valueNoise(px, py, pz, seed) {
  const ix = Math.floor(px), iy = Math.floor(py), iz = Math.floor(pz);
  const smooth = (t) => t * t * (3 - 2 * t);
  const fx = smooth(px - ix), fy = smooth(py - iy), fz = smooth(pz - iz);
  const lerp = (a, b, t) => a + (b - a) * t;
  const corner = (dx, dy, dz) => hash3(ix + dx, iy + dy, iz + dz, seed);
  const x00 = lerp(corner(0, 0, 0), corner(1, 0, 0), fx);
  const x10 = lerp(corner(0, 1, 0), corner(1, 1, 0), fx);
  const x01 = lerp(corner(0, 0, 1), corner(1, 0, 1), fx);
  const x11 = lerp(corner(0, 1, 1), corner(1, 1, 1), fx);
  return lerp(lerp(x00, x10, fy), lerp(x01, x11, fy), fz) * 2 - 1;
}

/**
 * Fractal value noise on the unit sphere (roughly [-1, 1]), seamless across the antimeridian
 * and the poles since it is sampled in 3D. Octave wavelengths about 1060, 530, 265, 130 km.
 */
function sphereNoise(x, y, z, seed) {
  let sum = 0, amplitude = 1, norm = 0, frequency = 6;
  for (let octave = 0; octave < 4; octave++) {
    sum += amplitude * valueNoise(x * frequency, y * frequency, z * frequency, seed + octave * 7919);
    norm += amplitude;
    amplitude *= 0.5;
    frequency *= 2;
  }
  return sum / norm;
}

// ---- Distance to the coast -----------------------------------------------------------------

// Unit vectors of the cell centres.
const cellX = new Float64Array(WIDTH * HEIGHT);
const cellY = new Float64Array(WIDTH * HEIGHT);
const cellZ = new Float64Array(WIDTH * HEIGHT);
for (let row = 0; row < HEIGHT; row++) {
  const lat = (latOf(row + 0.5) * Math.PI) / 180;
  for (let col = 0; col < WIDTH; col++) {
    const lon = ((-180 + (col + 0.5) * CELL_DEG) * Math.PI) / 180;
    const i = row * WIDTH + col;
    cellX[i] = Math.cos(lat) * Math.cos(lon);
    cellY[i] = Math.cos(lat) * Math.sin(lon);
    cellZ[i] = Math.sin(lat);
  }
}

/**
 * Great-circle distance (km) from every cell centre to the nearest coast point, the coast
 * being taken as the midpoints between side-by-side land and sea cells. Nearest-seed
 * propagation over the 8-neighbour grid in order of distance (a Dijkstra-style sweep that
 * carries each cell's nearest coast point, so distances are true great-circle ones).
 */
function coastDistance() {
  const n = WIDTH * HEIGHT;
  const dist = new Float64Array(n).fill(Infinity);
  const seedOf = new Int32Array(n).fill(-1);
  const seeds = []; // unit vectors of the coast points, flattened

  // A binary min-heap of (distance, cell), with stale entries skipped when popped.
  let heapDist = new Float64Array(1 << 20), heapCell = new Int32Array(1 << 20), size = 0;
  const push = (d, cell) => {
    if (size === heapDist.length) {
      const grow = (a) => { const b = new a.constructor(a.length * 2); b.set(a); return b; };
      heapDist = grow(heapDist); heapCell = grow(heapCell);
    }
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapDist[parent] <= d) break;
      heapDist[i] = heapDist[parent]; heapCell[i] = heapCell[parent]; i = parent;
    }
    heapDist[i] = d; heapCell[i] = cell;
  };
  const pop = () => {
    const cell = heapCell[0];
    const d = heapDist[--size], c = heapCell[size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && heapDist[child + 1] < heapDist[child]) child++;
      if (heapDist[child] >= d) break;
      heapDist[i] = heapDist[child]; heapCell[i] = heapCell[child]; i = child;
    }
    heapDist[i] = d; heapCell[i] = c;
    return cell;
  };
  const distanceTo = (cell, seed) => {
    const dx = cellX[cell] - seeds[3 * seed], dy = cellY[cell] - seeds[3 * seed + 1], dz = cellZ[cell] - seeds[3 * seed + 2];
    return 2 * Math.asin(Math.min(1, Math.hypot(dx, dy, dz) / 2)) * EARTH_RADIUS_KM;
  };
  const offer = (cell, seed) => {
    const d = distanceTo(cell, seed);
    if (d < dist[cell]) { dist[cell] = d; seedOf[cell] = seed; push(d, cell); }
  };
  const addCoastPoint = (a, b) => {
    // The midpoint of two neighbouring cell centres, back on the sphere.
    const x = cellX[a] + cellX[b], y = cellY[a] + cellY[b], z = cellZ[a] + cellZ[b];
    const length = Math.hypot(x, y, z);
    const seed = seeds.length / 3;
    seeds.push(x / length, y / length, z / length);
    offer(a, seed);
    offer(b, seed);
  };
  for (let row = 0; row < HEIGHT; row++) {
    for (let col = 0; col < WIDTH; col++) {
      const i = row * WIDTH + col;
      const east = row * WIDTH + ((col + 1) % WIDTH);
      if (isLand[i] !== isLand[east]) addCoastPoint(i, east);
      if (row + 1 < HEIGHT && isLand[i] !== isLand[i + WIDTH]) addCoastPoint(i, i + WIDTH);
    }
  }
  while (size > 0) {
    const d = heapDist[0];
    const cell = pop();
    if (d > dist[cell]) continue; // stale
    const row = Math.floor(cell / WIDTH), col = cell % WIDTH;
    for (let dr = -1; dr <= 1; dr++) {
      const r = row + dr;
      if (r < 0 || r >= HEIGHT) continue;
      for (let dc = -1; dc <= 1; dc++) {
        if (dr === 0 && dc === 0) continue;
        offer(r * WIDTH + ((col + dc + WIDTH) % WIDTH), seedOf[cell]);
      }
    }
  }
  console.log(`distance to the coast from ${seeds.length / 3} coast points`);
  return dist;
}

const coastKm = coastDistance();

// ---- 2. Synthesised heights ----------------------------------------------------------------

/** Area-weighted quantile q of values[i] over the cells where keep[i]. */
function weightedQuantile(values, keep, q) {
  const cells = [];
  for (let i = 0; i < values.length; i++) if (keep(i)) cells.push(i);
  cells.sort((a, b) => values[a] - values[b]);
  let total = 0;
  for (const i of cells) total += rowArea(Math.floor(i / WIDTH));
  let sum = 0;
  for (const i of cells) {
    sum += rowArea(Math.floor(i / WIDTH));
    if (sum >= q * total) return values[i];
  }
  return values[cells[cells.length - 1]];
}

// Land: lowlands h = LOWLAND_TOP (1 - exp(-d / LOWLAND_SCALE_KM)), d the distance inland, then
// the highest of that, the named highlands and the ice sheets.
const LOWLAND_TOP = 300; // metres approached far inland, away from any highland
const LOWLAND_SCALE_KM = 600;
const LAND_TEXTURE = 0.3; // relative amplitude of the value-noise texture on land
const landBase = (km) => 5 + LOWLAND_TOP * (1 - Math.exp(-km / LOWLAND_SCALE_KM));

// The great plateaus and ranges: [name, metres, half-width km, line of [lon, lat] points].
// Inside half its half-width a highland is at its height; it falls smoothly to the lowland at
// its half-width.
const HIGHLANDS = [
  ['Tibet and the Himalaya', 4800, 700, [[76, 35], [82, 33], [88, 31.5], [94, 32], [99, 33]]],
  ['Andes', 3800, 330, [[-74, 9], [-77.5, 2], [-78, -3], [-76, -10], [-71, -16], [-68, -21], [-68.5, -27], [-70, -33], [-71, -40], [-72.5, -47]]],
  ['Rocky Mountains and the Great Basin', 2000, 550, [[-106, 33], [-108, 38], [-110, 43], [-115, 48], [-120, 53], [-127, 58], [-138, 61]]],
  ['Mexican plateau', 1900, 350, [[-99, 19], [-103, 23], [-106, 28]]],
  ['Ethiopian highlands', 2300, 420, [[37.5, 6.5], [38.5, 9.5], [38.5, 13]]],
  ['East African plateau', 1300, 500, [[36.5, 0], [35, -5], [34, -10], [33, -14]]],
  ['Southern African plateau', 1200, 650, [[22, -27], [26, -27], [30, -25]]],
  ['Iranian plateau', 1200, 550, [[47, 35], [54, 33], [60, 32]]],
  ['Anatolian plateau', 1100, 380, [[31, 39], [36, 39], [41, 39.5]]],
  ['Mongolian plateau', 1500, 650, [[93, 47], [100, 46], [107, 45], [113, 44]]],
  ['Pamir and Tian Shan', 3000, 350, [[70, 39], [76, 41], [82, 42.5], [88, 43]]],
  ['Alps', 1800, 180, [[6, 45], [8.5, 46.3], [11, 46.8], [14, 47.2]]],
  ['Scandinavian mountains', 900, 230, [[6.5, 60], [10, 62.5], [14, 65.5], [18, 68.5]]],
  ['Deccan plateau', 600, 420, [[74.5, 18], [77.5, 15]]],
  ['Brazilian highlands', 900, 550, [[-47, -14], [-44, -18], [-43, -21]]],
  ['Appalachians', 700, 230, [[-85, 34], [-80, 37], [-76, 41], [-71, 44]]],
  ['Urals', 700, 160, [[58.5, 51], [59.5, 57], [60, 63], [64, 67]]],
  ['Caucasus', 2000, 150, [[40, 43.5], [44, 42.5], [48, 41.5]]],
  ['Atlas', 1500, 220, [[-8, 31], [-2, 33], [5, 35]]],
];
// Ice sheets: land poleward of a latitude within a longitude range rises to `metres` with the
// distance inland (scale km).
const ICE_SHEETS = [
  ['Antarctica', 3200, 350, (lon, lat) => lat < -60],
  ['Greenland', 2900, 220, (lon, lat) => lat > 59 && lon > -75 && lon < -10],
];

/** Points every 50 km along a highland's line, as unit vectors. */
function denseLine(points) {
  const out = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const steps = Math.max(1, Math.ceil((geoDistance(points[k], points[k + 1]) * EARTH_RADIUS_KM) / 50));
    const between = geoInterpolate(points[k], points[k + 1]);
    for (let j = 0; j < steps; j++) out.push(between(j / steps));
  }
  out.push(points[points.length - 1]);
  return out.map(([lon, lat]) => {
    const phi = (lat * Math.PI) / 180, lambda = (lon * Math.PI) / 180;
    return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
  });
}

/** Each land cell's highland height (0 outside every highland). */
function highlandHeights() {
  const heights = new Float64Array(WIDTH * HEIGHT);
  for (const [, metres, halfKm, points] of HIGHLANDS) {
    const line = denseLine(points);
    const reach = halfKm / EARTH_RADIUS_KM;
    const lats = points.map((p) => p[1]), lons = points.map((p) => p[0]);
    const margin = (halfKm / 111) + 1;
    const rowFrom = Math.max(0, Math.floor((90 - (Math.max(...lats) + margin)) / CELL_DEG));
    const rowTo = Math.min(HEIGHT - 1, Math.ceil((90 - (Math.min(...lats) - margin)) / CELL_DEG));
    for (let row = rowFrom; row <= rowTo; row++) {
      const lonMargin = margin / Math.max(Math.cos((latOf(row + 0.5) * Math.PI) / 180), 0.05);
      const colFrom = Math.max(0, Math.floor((Math.min(...lons) - lonMargin + 180) / CELL_DEG));
      const colTo = Math.min(WIDTH - 1, Math.ceil((Math.max(...lons) + lonMargin + 180) / CELL_DEG));
      for (let col = colFrom; col <= colTo; col++) {
        const i = row * WIDTH + col;
        if (!isLand[i]) continue;
        let nearest = Infinity;
        for (const [x, y, z] of line) nearest = Math.min(nearest, Math.acos(Math.max(-1, Math.min(1, cellX[i] * x + cellY[i] * y + cellZ[i] * z))));
        const t = nearest / reach;
        if (t >= 1) continue;
        const shoulder = t <= 0.5 ? 1 : 1 - ((t - 0.5) / 0.5) ** 2 * (3 - 2 * ((t - 0.5) / 0.5));
        heights[i] = Math.max(heights[i], metres * shoulder);
      }
    }
  }
  for (const [, metres, scaleKm, holds] of ICE_SHEETS) {
    for (let i = 0; i < heights.length; i++) {
      if (!isLand[i] || !holds(-180 + ((i % WIDTH) + 0.5) * CELL_DEG, latOf(Math.floor(i / WIDTH) + 0.5))) continue;
      heights[i] = Math.max(heights[i], metres * (1 - Math.exp(-coastKm[i] / scaleKm)));
    }
  }
  return heights;
}
const highland = highlandHeights();

// Sea: a continental shelf to -130 m within 100 km, a smooth slope down to -4000 m by 180 km,
// then a rise levelling off toward the abyssal plains near -4800 m.
const SHELF_KM = 100, SLOPE_END_KM = 180;
const SHELF_EDGE = -130, SLOPE_FOOT = -4000, ABYSS = -4800, ABYSS_SCALE_KM = 400;
const SEA_TEXTURE = 0.03; // relative amplitude of the texture at sea
function seaBase(km) {
  if (km <= SHELF_KM) return -1 + (SHELF_EDGE + 1) * (km / SHELF_KM);
  if (km <= SLOPE_END_KM) {
    const t = (km - SHELF_KM) / (SLOPE_END_KM - SHELF_KM);
    return SHELF_EDGE + (SLOPE_FOOT - SHELF_EDGE) * t * t * (3 - 2 * t);
  }
  return SLOPE_FOOT + (ABYSS - SLOPE_FOOT) * (1 - Math.exp(-(km - SLOPE_END_KM) / ABYSS_SCALE_KM));
}

const heights = new Float64Array(WIDTH * HEIGHT);
const codes = new Uint16Array(WIDTH * HEIGHT);
for (let i = 0; i < heights.length; i++) {
  let h;
  if (isLand[i]) {
    h = Math.max(landBase(coastKm[i]), highland[i]) * (1 + LAND_TEXTURE * sphereNoise(cellX[i], cellY[i], cellZ[i], 0x1a2d));
    codes[i] = Math.max(LAND_MIN_CODE, Math.min(65535, codeOf(h)));
  } else {
    h = seaBase(coastKm[i]) * (1 + SEA_TEXTURE * sphereNoise(cellX[i], cellY[i], cellZ[i], 0x5e0f));
    codes[i] = Math.min(SEA_MAX_CODE, Math.max(0, codeOf(h)));
  }
  heights[i] = metresOf(codes[i]);
}

const quantile = (keep, q) => weightedQuantile(heights, keep, q).toFixed(0);
const onLand = (i) => isLand[i] === 1, atSea = (i) => isLand[i] === 0;
console.log(`land: heights p10/p50/p90/max = ${quantile(onLand, 0.1)} / ${quantile(onLand, 0.5)} / ${quantile(onLand, 0.9)} / ${quantile(onLand, 1)} m`);
console.log(`sea: depths p10/p50/p90/min = ${quantile(atSea, 0.9)} / ${quantile(atSea, 0.5)} / ${quantile(atSea, 0.1)} / ${quantile(atSea, 0)} m`);

// Cross-check the raster against d3's own point-in-polygon test at a deterministic sample of
// cell centres that are wholly land or wholly sea.
let checked = 0, disagreements = 0;
for (let k = 0; checked < 400 && k < 100000; k++) {
  const i = Math.floor(hash3(k, 17, 29, 0x7e57) * WIDTH * HEIGHT);
  if (fraction[i] !== 0 && fraction[i] !== 1) continue;
  const lon = -180 + ((i % WIDTH) + 0.5) * CELL_DEG, lat = latOf(Math.floor(i / WIDTH) + 0.5);
  if (geoContains(land, [lon, lat]) !== (fraction[i] === 1)) disagreements++;
  checked++;
}
console.log(`check: d3 geoContains disagrees with the raster at ${disagreements} of ${checked} whole cells`);

// ---- 3. Output -------------------------------------------------------------------------------

const outDir = join(root, 'public', 'worlds');
mkdirSync(outDir, { recursive: true });
const png = encode(
  { width: WIDTH, height: HEIGHT, data: codes, depth: 16, channels: 1 },
  { zlib: { level: 9 } },
);
writeFileSync(join(outDir, 'earth.png'), png);
const meta = {
  name: 'Earth',
  width: WIDTH,
  height: HEIGHT,
  blackMetres: BLACK_METRES,
  whiteMetres: WHITE_METRES,
  landShare: Number(landShare.toFixed(6)),
  gridLandShare: Number(gridLandShare.toFixed(6)),
  heights:
    `Synthesised, not measured: lowlands rise gently from the coast (to about ${LOWLAND_TOP} m far inland); the great plateaus and ranges ` +
    `(${HIGHLANDS.map(([name]) => name).join(', ')}) are smooth highlands at about their heights, and the Antarctic and Greenland ice sheets ` +
    `rise to about 3 km (land median ${quantile(onLand, 0.5)} m, highest ${quantile(onLand, 1)} m); the sea floor falls with distance offshore ` +
    `(shelf to -130 m within 100 km, slope to -4000 m, abyssal plains near -4800 m); a gentle deterministic noise texture, no trenches or ridges.`,
  source: `Natural Earth 1:50m land via world-atlas ${atlasVersion} (public domain)`,
};
writeFileSync(join(outDir, 'earth.json'), JSON.stringify(meta, null, 2) + '\n');
console.log(`wrote public/worlds/earth.png (${png.length} bytes) and earth.json in ${((performance.now() - started) / 1000).toFixed(1)} s`);
