// `npm run bench`: runs bench.html in headless Chromium and prints, per grid size, ms per tick,
// per plain copy of the state and per rendered frame, their ratios and the state's memory.
// It reports; it does not fail on speed.   Options: --res 256x128,512x256 --ticks 40
import { startHeadless, parseArgs } from './headless.mjs';

const args = parseArgs(process.argv.slice(2));
const resolutions = String(args.res ?? '256x128,512x256,1024x512').split(',');
const ticks = Number(args.ticks ?? 30);
if (!(ticks >= 1 && ticks <= 256)) {
  console.error('usage: npm run bench -- [--res 256x128,512x256,1024x512] [--ticks 1..256]');
  process.exit(2);
}

const REFERENCE_US_PER_CELL = 4.8; // the reference demo on these machines, per simulated frame

const headless = await startHeadless();
try {
  const page = await headless.browser.newPage();
  await page.goto(`${headless.url}/bench.html`);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const { adapter, rows } = await page.evaluate((r, t) => window.runBench(r, t), resolutions, ticks);
  const fixed = (value, digits = 2) => value.toFixed(digits);
  if (process.env.BENCH_DEBUG) console.log(JSON.stringify(rows));
  console.log(`Deep Time bench: ${adapter}; ${ticks} ticks each; frame 1280x720; timing: ${rows[0].timing}`);
  console.log('');
  console.log('| grid | cells | tick ms | copy ms | tick/copy | tick µs/cell | frame ms | (tick+frame) µs/cell | vs reference | state B/cell | generate ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const perCell = ((row.tickMs + row.frameMs) * 1000) / row.cells;
    console.log(`| ${row.resolution} | ${row.cells} | ${fixed(row.tickMs)} | ${fixed(row.copyMs)} | ${fixed(row.tickMs / row.copyMs)} | ${fixed((row.tickMs * 1000) / row.cells, 3)} | ${fixed(row.frameMs)} | ${fixed(perCell, 3)} | ${fixed(perCell / REFERENCE_US_PER_CELL)}x | ${row.stateBytesPerCell} | ${fixed(row.generateMs, 0)} |`);
  }
  if (rows.length > 1) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    const growth = (last.tickMs / first.tickMs) / (last.cells / first.cells);
    console.log('');
    console.log(`Tick cost from ${first.resolution} to ${last.resolution}: ${fixed(last.tickMs / first.tickMs)}x for ${last.cells / first.cells}x the cells (1.00 = linear: ${fixed(growth)}).`);
  }
  console.log('Targets: tick/copy <= 4; (tick+frame) per cell <= 0.5x the reference (4.8 µs); state <= 128 B per cell.');
} finally {
  await headless.close();
}
