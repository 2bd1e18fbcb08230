// `npm run bench`: runs bench.html in headless Chromium and prints, per grid size, ms per tick
// of each era, per pass, per plain copy of the state and per rendered frame, their ratios and
// the state's memory.
// The replays to the eras print their progress on stderr. It reports; it does not fail on speed.   Options: --res 256x128,512x256 --ticks 40 --eras tectonics,life
import { progressLine, smoothedRate } from './cli.mjs';
import { startHeadless, parseArgs } from './headless.mjs';

const args = parseArgs(process.argv.slice(2));
// 1024x512 on request: replaying to the humans era there takes over half an hour on SwiftShader.
const resolutions = String(args.res ?? '256x128,512x256').split(',');
const ticks = Number(args.ticks ?? 30);
// Fewer eras replay less: the humans era alone is most of a bench's time at 512x256.
const ERA_IDS = ['protoplanet', 'tectonics', 'climate', 'life', 'humans'];
const eras = String(args.eras ?? ERA_IDS.join(',')).split(',');
if (!(ticks >= 1 && ticks <= 256) || !eras.every((era) => ERA_IDS.includes(era))) {
  console.error(`usage: npm run bench -- [--res 256x128,512x256,1024x512] [--ticks 1..256] [--eras ${ERA_IDS.join(',')}]`);
  process.exit(2);
}

// The reference demo on these machines (Chromium on SwiftShader), in its map era: its four
// simulation buffers cost 1.9 µs a grid cell a simulated frame, its image pass 1.5 µs a pixel.
const REFERENCE_TICK_US_PER_CELL = 1.9;
const REFERENCE_FRAME_US_PER_PIXEL = 1.5;
const FRAME_PIXELS = 1280 * 720;

const headless = await startHeadless();
try {
  const page = await headless.browser.newPage();
  await page.goto(`${headless.url}/bench.html`);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  // The replays to the eras, every few seconds on stderr (the tables go to stdout).
  let last = null;
  let lastReport = 0;
  let rate = null;
  await page.exposeFunction('benchProgress', (resolution, tick, target) => {
    const now = Date.now();
    if (last === null || last.resolution !== resolution) rate = null;
    else if (tick > last.tick) rate = smoothedRate(rate, (tick - last.tick) / Math.max((now - last.time) / 1000, 1e-3));
    last = { resolution, tick, time: now };
    if (rate === null || now - lastReport < 5000) return;
    lastReport = now;
    console.error(progressLine(`bench ${resolution}: replaying`, tick, target, rate));
  });
  const { adapter, rows, keyframes } = await page.evaluate((r, t, e) => window.runBench(r, t, e), resolutions, ticks, eras);
  const fixed = (value, digits = 2) => value.toFixed(digits);
  if (process.env.BENCH_DEBUG) console.log(JSON.stringify(rows));
  console.log(`Deep Time bench: ${adapter}; ${ticks} ticks each; frame 1280x720; timing: ${rows[0].timing}`);
  console.log('');
  const worstTick = (row) => Math.max(...row.eraTicks.map((entry) => entry.tickMs));
  console.log(`| grid | cells | copy ms | ${eras.map((era) => `${era} tick ms (/copy)`).join(' | ')} | worst tick/copy | worst tick µs/cell | vs reference tick | state B/cell | generate ms |`);
  console.log(`|---|---:|---:|${eras.map(() => '---:|').join('')}---:|---:|---:|---:|---:|`);
  for (const row of rows) {
    const tickPerCell = (worstTick(row) * 1000) / row.cells;
    const eraCells = row.eraTicks.map((entry) => `${fixed(entry.tickMs)} (${fixed(entry.tickMs / row.copyMs)})`).join(' | ');
    console.log(`| ${row.resolution} | ${row.cells} | ${fixed(row.copyMs)} | ${eraCells} | ${fixed(worstTick(row) / row.copyMs)} | ${fixed(tickPerCell, 3)} | ${fixed(tickPerCell / REFERENCE_TICK_US_PER_CELL)}x | ${row.stateBytesPerCell} | ${fixed(row.generateMs, 0)} |`);
  }
  console.log('');
  console.log(`Frame at 1280x720 (${FRAME_PIXELS.toLocaleString('en-US')} pixels), per pixel against the reference's image pass (${REFERENCE_FRAME_US_PER_PIXEL} µs):`);
  for (const row of rows) {
    const perPixel = (row.frameMs * 1000) / FRAME_PIXELS;
    console.log(`  ${row.resolution}: ${fixed(row.frameMs)} ms, ${fixed(perPixel, 3)} µs/pixel, ${fixed(perPixel / REFERENCE_FRAME_US_PER_PIXEL)}x the reference`);
  }
  // The render passes by era: render.shade works per grid cell, render.globe per pixel.
  if (rows.some((row) => row.eraTicks.some((entry) => entry.renderMs['render.globe'] !== undefined))) {
    console.log('');
    console.log('Render passes of a 1280x720 frame of the surface layer on the globe, GPU ms (shade per grid cell, globe per pixel; the clouds\' pattern is made every 8 ticks in the app, here every frame):');
    console.log('| grid | era | classify ms | clouds ms | shade ms | shade µs/cell | globe ms | globe µs/pixel |');
    console.log('|---|---|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) {
      for (const { era, renderMs } of row.eraTicks) {
        const [classify = 0, clouds = 0, shade = 0, globe = 0] = ['render.classify', 'render.clouds', 'render.shade', 'render.globe'].map((label) => renderMs[label]);
        console.log(`| ${row.resolution} | ${era} | ${fixed(classify)} | ${fixed(clouds)} | ${fixed(shade)} | ${fixed((shade * 1000) / row.cells, 3)} | ${fixed(globe)} | ${fixed((globe * 1000) / FRAME_PIXELS, 3)} |`);
      }
    }
  }
  // Each pass's cost in every era it runs in (a pass costs more or less as the world changes:
  // more plate boundaries, more land), ms a tick, then µs a cell where it costs the most.
  for (const row of rows) {
    const passes = [...new Set(row.eraTicks.flatMap((entry) => Object.keys(entry.passMs)))];
    if (passes.length === 0) continue;
    console.log('');
    console.log(`Passes at ${row.resolution}, ms a tick in each era (blank: the pass does not run then; some run every few ticks, averaged):`);
    console.log(`| pass | ${row.eraTicks.map((entry) => entry.era).join(' | ')} | most µs/cell |`);
    console.log(`|---|${row.eraTicks.map(() => '---:|').join('')}---:|`);
    for (const pass of passes) {
      const costs = row.eraTicks.map((entry) => entry.passMs[pass]);
      const most = Math.max(...costs.filter((ms) => ms !== undefined));
      console.log(`| ${pass} | ${costs.map((ms) => (ms === undefined ? '' : fixed(ms, 3))).join(' | ')} | ${fixed((most * 1000) / row.cells, 4)} |`);
    }
  }
  if (rows.length > 1) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    const growth = (worstTick(last) / worstTick(first)) / (last.cells / first.cells);
    console.log('');
    console.log(`Worst tick cost from ${first.resolution} to ${last.resolution}: ${fixed(worstTick(last) / worstTick(first))}x for ${last.cells / first.cells}x the cells (1.00 = linear: ${fixed(growth)}).`);
  }
  console.log('');
  console.log('Keyframes (CPU memory, a 256 MiB budget per world; the latest side of every field):');
  console.log('| grid | MB each | interval ticks | keyframes over the story | MB in all |');
  console.log('|---|---:|---:|---:|---:|');
  for (const plan of keyframes) {
    console.log(`| ${plan.resolution} | ${fixed(plan.bytesEach / 2 ** 20)} | ${plan.interval} | ${plan.count} | ${fixed((plan.count * plan.bytesEach) / 2 ** 20, 1)} |`);
  }
  console.log('');
  for (const row of rows) {
    const worstSeekMs = row.restoreMs + (row.keyframeInterval - 1) * worstTick(row);
    console.log(`Worst seek at ${row.resolution}: restore ${fixed(row.restoreMs)} ms + ${row.keyframeInterval - 1} ticks x ${fixed(worstTick(row))} ms = ${fixed(worstSeekMs / 1000, 1)} s of simulation (a seek in the app also draws a frame about once a second on a software adapter, 4 a second on a GPU).`);
  }
  console.log('Targets: tick/copy <= 16 in every era at 512x256 (aim: 4); tick per cell and frame per pixel <= 0.5x the reference; state <= 128 B per cell.');
} finally {
  await headless.close();
}
