// Render a stretch of a world's history as numbered PNG frames and, where the browser can
// record it, a story.webm assembled in the page from those frames:
//   npm run render -- --seed 1 --res 128x64 --from 0 --to 1500 --every 30 --out frames/
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encode } from 'fast-png';
import { choiceArg, integerArg, loadAppModule, onlyArgs, outArg, parseOrExit, replayWithProgress, runTool, sizeArg, UsageError } from './cli.mjs';
import { openApp, startHeadless } from './headless.mjs';

const USAGE = 'usage: npm run render -- --seed S --res WxH [--from TICK] [--to TICK] [--every N] [--size 1280x720] [--layer L] [--view globe|map] [--fps N] --out DIR';
const { RESOLUTIONS, LAYERS, VIEWS } = await loadAppModule('src/params.ts');
const { END_TICK } = await loadAppModule('src/timeline.ts');

const options = parseOrExit(process.argv.slice(2), USAGE, (args) => {
  onlyArgs(args, ['seed', 'res', 'from', 'to', 'every', 'size', 'layer', 'view', 'fps', 'out']);
  const seed = integerArg(args, 'seed', 0, 4294967295);
  const res = choiceArg(args, 'res', RESOLUTIONS);
  const from = integerArg(args, 'from', 0, END_TICK, 0);
  const to = integerArg(args, 'to', 0, END_TICK, END_TICK);
  if (to < from) throw new UsageError(`--to (${to}) is before --from (${from})`);
  const every = integerArg(args, 'every', 1, END_TICK, 60);
  const size = sizeArg(args, 'size', '1280x720');
  const layer = choiceArg(args, 'layer', LAYERS, 'surface');
  const view = choiceArg(args, 'view', VIEWS, 'globe');
  const fps = integerArg(args, 'fps', 1, 60, 15);
  return { seed, res, from, to, every, size, layer, view, fps, out: outArg(args) };
});

const ticks = [];
for (let tick = options.from; tick <= options.to; tick += options.every) ticks.push(tick);
/** Frames decoded in the page at a time for the video (1280x720 RGBA: 3.7 MB each). */
const RECORD_BATCH = 16;
/** Time given a software video encoder to finish the last frames before the recording stops, ms. */
const ENCODER_CATCH_UP_MS = 2000;
const frameName = (index) => `frame-${String(index).padStart(5, '0')}.png`;

/** In the page: start recording a 2D canvas of this size; frames are then drawn into it. */
async function startRecording(width, height, fps) {
  if (typeof MediaRecorder === 'undefined' || !MediaRecorder.isTypeSupported('video/webm')) return false;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  const stream = canvas.captureStream(0);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm' });
  const chunks = [];
  recorder.ondataavailable = (event) => { if (event.data.size > 0) chunks.push(event.data); };
  recorder.start();
  window.storyRecording = { canvas, context, stream, recorder, chunks, frameMs: 1000 / fps };
  return true;
}

/**
 * In the page: show a batch of PNG frames (base64), each for one frame time. The recorder is
 * paused while they are decoded, so the video's clock only runs while frames are on show.
 */
async function recordFrames(frames) {
  const { recorder, context, stream, frameMs } = window.storyRecording;
  recorder.pause();
  const bitmaps = await Promise.all(frames.map(async (base64) => createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob())));
  recorder.resume();
  for (const bitmap of bitmaps) {
    context.drawImage(bitmap, 0, 0);
    bitmap.close();
    stream.getVideoTracks()[0].requestFrame();
    await new Promise((resolve) => setTimeout(resolve, frameMs));
  }
}

/** In the page: stop recording (after catchUpMs paused); the video as base64. */
async function stopRecording(catchUpMs) {
  const { recorder, chunks } = window.storyRecording;
  // Paused, the clock stops while a software encoder catches up with the last frames.
  recorder.pause();
  await new Promise((resolve) => setTimeout(resolve, catchUpMs));
  const stopped = new Promise((resolve) => { recorder.onstop = resolve; });
  recorder.stop();
  await stopped;
  const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  delete window.storyRecording;
  return btoa(binary);
}

await runTool('render', async () => {
  const headless = await startHeadless();
  try {
    const query = `seed=${options.seed}&res=${options.res}&tick=0&layer=${options.layer}&view=${options.view}`;
    const page = await openApp(headless.browser, headless.url, query, { width: 320, height: 200 });
    await mkdir(options.out, { recursive: true });
    const { width, height } = options.size;
    console.log(`rendering ${ticks.length} frames, ticks ${options.from} to ${ticks[ticks.length - 1]} every ${options.every}, ${width}x${height}...`);
    for (let index = 0; index < ticks.length; index++) {
      // The first frame's replay can be long: with progress; the next ones are a few ticks on.
      const reached = index === 0 ? await replayWithProgress(page, ticks[0]) : await page.evaluate((t) => window.deepTime.seek(t), ticks[index]);
      if (reached !== ticks[index]) throw new Error(`The app stopped at tick ${reached}, not ${ticks[index]}`);
      const base64 = await page.evaluate((w, h) => window.deepTime.capture(w, h), width, height);
      const rgba = new Uint8Array(Buffer.from(base64, 'base64'));
      await writeFile(join(options.out, frameName(index)), encode({ width, height, data: rgba, depth: 8, channels: 4 }));
      console.log(`frame ${index + 1}/${ticks.length}: tick ${ticks[index]}`);
    }
    const errors = await page.evaluate(() => window.deepTime.errors);
    if (errors.length > 0) throw new Error(`WebGPU errors: ${errors.join('; ')}`);
    console.log(`wrote ${ticks.length} frames to ${options.out}`);
    if (await page.evaluate(startRecording, width, height, options.fps)) {
      for (let first = 0; first < ticks.length; first += RECORD_BATCH) {
        const batch = [];
        for (let index = first; index < Math.min(first + RECORD_BATCH, ticks.length); index++) {
          batch.push((await readFile(join(options.out, frameName(index)))).toString('base64'));
        }
        await page.evaluate(recordFrames, batch);
      }
      const video = Buffer.from(await page.evaluate(stopRecording, ENCODER_CATCH_UP_MS), 'base64');
      await writeFile(join(options.out, 'story.webm'), video);
      console.log(`wrote story.webm (${options.fps} frames a second, ${video.byteLength.toLocaleString('en-US')} bytes)`);
    } else {
      console.log('This browser cannot record video/webm (MediaRecorder); kept the PNG frames only.');
    }
  } finally {
    await headless.close();
  }
});
