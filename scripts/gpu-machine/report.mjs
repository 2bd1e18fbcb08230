// Report of run-stats.sh's stats.jsonl, here under node: the repo's moments table, land-mask agreements and a PASS/FAIL line per criterion.
//   node scripts/gpu-machine/report.mjs PATH/stats.jsonl [more.jsonl ...] [--all-moments]
// Verdicts use the moments asked at PRESENT_YEARS, as scripts/planet-stats.mjs does; --all-moments applies them to every
// moment (e.g. a --ticks test run). Exit code: 0 when every criterion measured passes, 1 otherwise, 2 on bad input.
import { readFileSync } from 'node:fs';
import { loadAppModule } from '../cli.mjs';
import { printMoments } from '../planet-stats-report.mjs';

const { MIN_MASK_AGREEMENT, PRESENT_DAY_CRITERIA } = await loadAppModule('src/analysis/criteria.ts');
const { LAND_SHARE_THRESHOLD, maskAgreement } = await loadAppModule('src/analysis/planet-stats.ts');
const { PRESENT_YEARS } = await loadAppModule('src/timeline.ts');

const args = process.argv.slice(2);
const allMoments = args.includes('--all-moments');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: node scripts/gpu-machine/report.mjs stats.jsonl [more.jsonl ...] [--all-moments]');
  process.exit(2);
}

/** JSON writes NaN as null: back to NaN for every measure. */
const revive = (stats) => Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, v === null ? NaN : v]));
/** The reduced land mask: base64 of float64 little-endian shares, copied so that the Float64Array is aligned. */
function decode(line) {
  if (line.reducedType !== 'float64le') throw new Error(`unknown reducedType ${line.reducedType}`);
  const bytes = new Uint8Array(Buffer.from(line.reduced, 'base64'));
  return new Float64Array(bytes.buffer, 0, bytes.byteLength / 8);
}

const moments = [];
for (const file of files) {
  for (const [n, text] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (text.trim() === '') continue;
    let line;
    try {
      line = JSON.parse(text);
    } catch (error) {
      console.error(`${file}:${n + 1}: not JSON (${error.message}); skipped`);
      continue;
    }
    moments.push({ ...line, stats: revive(line.stats), reduced: decode(line) });
  }
}
// The latest line wins for the same seed, grid and tick (reruns appended to one file).
const byKey = new Map(moments.map((m) => [`${m.seed} ${m.res} ${m.tick}`, m]));
const width = (res) => Number(res.split('x')[0]);
const list = [...byKey.values()].sort((a, b) => a.tick - b.tick || a.seed - b.seed || width(a.res) - width(b.res));

const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
const short = (res) => res.split('x')[0];
const momentLabel = (m) => (m.asked === null || m.asked === undefined ? `tick ${m.tick}` : `${(m.asked / 1e9).toFixed(2)} Gyr (tick ${m.tick})`);

function table(header, rows) {
  console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

printMoments(list);
for (const m of list.filter((x) => x.unlikeBasinCells > 0)) {
  console.log(`note: seed ${m.seed} ${m.res} at tick ${m.tick}: ${m.unlikeBasinCells} cells' receiver chains end elsewhere than their basin label`);
}

// Mask agreement: every seed and moment measured on several grids, each pair of grids (coarser first).
const ticks = [...new Set(list.map((m) => m.tick))];
const grids = [...new Set(list.map((m) => m.res))].sort((a, b) => width(a) - width(b));
const pairs = grids.flatMap((a, i) => grids.slice(i + 1).map((b) => [a, b]));
const agreementRows = [];
for (const tick of ticks) {
  for (const seed of [...new Set(list.map((m) => m.seed))]) {
    const at = (res) => list.find((m) => m.seed === seed && m.tick === tick && m.res === res);
    const values = pairs.map(([a, b]) => {
      const ma = at(a);
      const mb = at(b);
      if (!ma || !mb) return { a, b, value: undefined };
      if (ma.reducedWidth !== mb.reducedWidth || ma.reducedHeight !== mb.reducedHeight) return { a, b, value: NaN };
      return { a, b, value: maskAgreement(ma.reduced, mb.reduced, ma.reducedWidth, ma.reducedHeight), on: `${ma.reducedWidth}x${ma.reducedHeight}` };
    });
    if (values.some((v) => v.value !== undefined)) agreementRows.push({ seed, moment: at(grids.find((g) => at(g))), values });
  }
}
if (agreementRows.length > 0) {
  const on = [...new Set(agreementRows.flatMap((r) => r.values.map((v) => v.on).filter(Boolean)))].join(', ');
  console.log(`\n### Land-mask agreement (reduced to ${on}; a cell is land at share >= ${LAND_SHARE_THRESHOLD}; area-weighted share of the sphere)`);
  table(
    ['seed', 'moment', ...pairs.map(([a, b]) => `${short(a)} vs ${short(b)}`)],
    agreementRows.map(({ seed, moment, values }) => [seed, momentLabel(moment), ...values.map((v) => (v.value === undefined ? '' : fixed(v.value, 3)))]),
  );
}

// Verdicts: the criteria on the moments asked at the present day (or on every moment with --all-moments), then the mask agreement.
const present = allMoments ? list : list.filter((m) => m.asked === PRESENT_YEARS);
const verdicts = PRESENT_DAY_CRITERIA.map((criterion) => {
  const asked = present.filter((m) => criterion.grids.includes(m.res));
  const failing = asked.filter((m) => !criterion.passes(m.stats)).map((m) => `seed ${m.seed} ${m.res}${allMoments ? ` tick ${m.tick}` : ''}`);
  const where = `${asked.length} moments at ${criterion.grids.join(', ')}`;
  if (asked.length === 0) return { name: criterion.name, pass: null, detail: `not measured (needs the present day, ${PRESENT_YEARS.toExponential(1)} years, at ${criterion.grids.join(' or ')})` };
  return { name: criterion.name, pass: failing.length === 0, detail: failing.length === 0 ? where : `${where}; fails: ${failing.join(', ')}` };
});
const measuredPairs = agreementRows.flatMap((r) => r.values.filter((v) => v.value !== undefined).map((v) => ({ ...v, seed: r.seed, moment: r.moment })));
if (measuredPairs.length > 0) {
  const failing = measuredPairs.filter((p) => !(p.value >= MIN_MASK_AGREEMENT)).map((p) => `seed ${p.seed} ${momentLabel(p.moment)} ${short(p.a)} vs ${short(p.b)}`);
  verdicts.push({
    name: `land masks agree on >= ${100 * MIN_MASK_AGREEMENT} % of the sphere`,
    pass: failing.length === 0,
    detail: failing.length === 0 ? `${measuredPairs.length} pairs` : `${measuredPairs.length} pairs; fails: ${failing.join(', ')}`,
  });
}
console.log('');
for (const v of verdicts) console.log(`${v.pass === null ? 'n/a ' : v.pass ? 'PASS' : 'FAIL'}  ${v.name}: ${v.detail}`);
const measured = verdicts.filter((v) => v.pass !== null);
const failed = measured.filter((v) => v.pass === false);
const summary = `${new Set(list.map((m) => `${m.seed} ${m.res}`)).size} worlds, ${list.length} moments${allMoments ? ', criteria on every moment' : ''}`;
if (measured.length === 0) console.log(`\nplanet-stats: no criterion applies to these ages and grids (${summary})`);
else console.log(`\nplanet-stats: ${failed.length === 0 ? 'PASS' : 'FAIL'}: ${measured.length - failed.length} of ${measured.length} criteria measured pass (${summary})`);
process.exitCode = failed.length === 0 ? 0 : 1;
