// Deno entry of the bench: runs the bench page (bench-page.js, bundled by prepare.sh) on Deno's WebGPU, one grid at a time.
// Usage: deno run --unstable-webgpu -A bench-entry.js [RES,RES,...|adapter] [TICKS] [OUT_DIR]
//   Each grid runs on its own device (runBench([res], ticks)) and is written to OUT_DIR/bench-RES.json as soon as it is
//   done, so a timeout keeps the finished grids; all of them go to OUT_DIR/bench.json (stdout without OUT_DIR).
//   The 1280x720 frame is rendered into an offscreen texture, as in the browser bench, so no canvas is needed.
//   "adapter" only writes OUT_DIR/adapter.json; exit code 3 when there is no adapter.
globalThis.window ??= globalThis; // bench-page.js ends with `window.runBench = runBench`
await import(new URL('bench-page.js', import.meta.url).href);

const resolutions = (Deno.args[0] ?? '256x128,512x256,1024x512,2048x1024').split(',');
const ticks = Number(Deno.args[1] ?? 30);
const outDir = Deno.args[2];
const t0 = performance.now();
const log = (...parts) => console.error(`[${((performance.now() - t0) / 1000).toFixed(1)}s]`, ...parts);

const adapter = await navigator.gpu?.requestAdapter({ powerPreference: 'high-performance' });
const info = adapter ? {
  ...Object.fromEntries(['vendor', 'architecture', 'device', 'description'].map((k) => [k, adapter.info[k]])),
  features: [...adapter.features], maxBufferSize: adapter.limits.maxBufferSize, maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
} : null;
log('adapter', JSON.stringify(info));
if (outDir) {
  await Deno.mkdir(outDir, { recursive: true });
  await Deno.writeTextFile(`${outDir}/adapter.json`, JSON.stringify(info, null, 1));
}
if (!adapter) Deno.exit(3);
// The replays to the eras (the bench page's replayTo), about every 1,000 ticks on stderr.
globalThis.benchProgress = (res, tick, target) => { if (tick % 1000 < 50) log('replaying', res, 'tick', tick, 'of', target); };
if (resolutions[0] === 'adapter') Deno.exit(0);

const all = { adapter: null, deno: Deno.version, ticks, rows: [], keyframes: [] };
for (const res of resolutions) {
  log('start', res, 'ticks', ticks);
  const started = performance.now();
  const result = await window.runBench([res], ticks);
  const row = { ...result.rows[0], wallSeconds: (performance.now() - started) / 1000 };
  all.adapter = result.adapter;
  all.keyframes = result.keyframes;
  all.rows.push(row);
  log('done', res, `${row.wallSeconds.toFixed(1)}s`, 'eraTicks', JSON.stringify(row.eraTicks.map((e) => [e.era, +e.tickMs.toFixed(3)])),
    'copyMs', row.copyMs.toFixed(3), 'frameMs', row.frameMs.toFixed(3));
  if (outDir) await Deno.writeTextFile(`${outDir}/bench-${res}.json`, JSON.stringify({ adapter: result.adapter, deno: Deno.version, row }, null, 1));
}
const json = JSON.stringify(all, null, 1);
if (outDir) await Deno.writeTextFile(`${outDir}/bench.json`, json);
else console.log(json);
