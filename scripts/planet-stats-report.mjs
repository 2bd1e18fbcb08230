// The planet-stats tool's report: markdown tables of the measures and mask agreements, and a PASS/FAIL line per criterion.
import { loadAppModule } from './cli.mjs';

const { MIN_MASK_AGREEMENT, PRESENT_DAY_CRITERIA } = await loadAppModule('src/analysis/criteria.ts');
const { maskAgreement } = await loadAppModule('src/analysis/planet-stats.ts');
const { PRESENT_YEARS } = await loadAppModule('src/timeline.ts');

const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
const gyr = (years) => `${(years / 1e9).toFixed(2)}`;
const short = (res) => res.split('x')[0];

function table(header, rows) {
  console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

/** One row per moment: the measures of the Earth-like present day (rain before the climate era is not meaningful). */
export function printMoments(moments) {
  table(
    ['seed', 'grid', 'age Gyr', 'tick', 'land fraction', 'ocean mode km', 'land mode km', 'bimodal', 'trough/mode', 'largest basin % of land', 'exceedance slope', 'fit range cells', 'land rain mm/day'],
    moments.map(({ seed, res, years, tick, stats: s }) => [
      seed, res, gyr(years), tick, fixed(s.landFraction, 3), fixed(s.oceanModeMetres / 1000, 3), fixed(s.landModeMetres / 1000, 3),
      s.bimodal ? 'yes' : 'no', fixed(s.troughRatio, 2), fixed(100 * s.largestBasinShare, 2), fixed(s.exceedanceSlope, 3),
      Number.isFinite(s.exceedanceSlope) ? `${fixed(s.fitMinArea, 0)}-${fixed(s.fitMaxArea, 0)}` : '-', fixed(s.landRain, 2),
    ]),
  );
  const cycles = moments.filter((m) => m.stats.cycleCells > 0);
  for (const m of cycles) console.log(`note: seed ${m.seed} ${m.res} at tick ${m.tick} has ${m.stats.cycleCells} cells on receiver cycles`);
}

/** Each pair of grids (coarser first) among those measured. */
function gridPairs(grids) {
  const sorted = [...grids].sort((a, b) => Number(a.split('x')[0]) - Number(b.split('x')[0]));
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => [a, b]));
}

/** Every seed, age and pair of grids: the area-weighted agreement of the land masks reduced to 128x64. */
export function agreements(moments, grids) {
  const rows = [];
  for (const seed of [...new Set(moments.map((m) => m.seed))]) {
    for (const years of [...new Set(moments.map((m) => m.asked))]) {
      const at = (res) => moments.find((m) => m.seed === seed && m.asked === years && m.res === res);
      const pairs = gridPairs(grids).map(([a, b]) => ({ a, b, value: at(a) && at(b) ? maskAgreement(at(a).reduced, at(b).reduced, 128, 64) : NaN }));
      rows.push({ seed, years, pairs });
    }
  }
  return rows;
}

export function printAgreement(moments, grids) {
  const rows = agreements(moments, grids);
  table(
    ['seed', 'age Gyr', ...gridPairs(grids).map(([a, b]) => `${short(a)} vs ${short(b)}`)],
    rows.map(({ seed, years, pairs }) => [seed, gyr(years), ...pairs.map((p) => fixed(p.value, 3))]),
  );
}

/** PASS, FAIL or not measured for each criterion, printed; returns [{ name, pass: true|false|null }]. */
export function printVerdicts(moments, options) {
  const present = moments.filter((m) => m.asked === PRESENT_YEARS);
  const verdicts = PRESENT_DAY_CRITERIA.map((criterion) => {
    const asked = present.filter((m) => criterion.grids.includes(m.res));
    const failing = asked.filter((m) => !criterion.passes(m.stats)).map((m) => `seed ${m.seed} ${m.res}`);
    const where = `${asked.length} moments at ${criterion.grids.join(', ')}`;
    if (asked.length === 0) return { name: criterion.name, pass: null, detail: `not measured (needs --years ${PRESENT_YEARS.toExponential(1)} at ${criterion.grids.join(' or ')})` };
    return { name: criterion.name, pass: failing.length === 0, detail: failing.length === 0 ? where : `${where}; fails: ${failing.join(', ')}` };
  });
  if (options.agreement) {
    const name = `land masks agree on >= ${100 * MIN_MASK_AGREEMENT} % of the sphere`;
    const values = agreements(moments, options.grids).flatMap((row) => row.pairs.map((p) => ({ ...p, seed: row.seed, years: row.years })));
    const failing = values.filter((p) => !(p.value >= MIN_MASK_AGREEMENT)).map((p) => `seed ${p.seed} ${gyr(p.years)} Gyr ${short(p.a)} vs ${short(p.b)}`);
    verdicts.push({ name, pass: failing.length === 0, detail: failing.length === 0 ? `${values.length} pairs` : `${values.length} pairs; fails: ${failing.join(', ')}` });
  }
  console.log('');
  for (const v of verdicts) console.log(`${v.pass === null ? 'n/a ' : v.pass ? 'PASS' : 'FAIL'}  ${v.name}: ${v.detail}`);
  return verdicts;
}
