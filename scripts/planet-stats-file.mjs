// The planet-stats tool's moments saved as they are measured (--save) and read back (--load), so a
// run of many worlds that stops early keeps what it measured, and runs on several days report as one.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { UsageError } from './cli.mjs';

const FORMAT = 'deep-time planet-stats moments 1';

/** The checkout's commit, or null outside a git checkout: moments of different commits may be of different worlds. */
function currentCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export const COMMIT = currentCommit();

/** Write every moment so far to `path` (whole, through a temporary file, so a stop mid-write loses nothing). */
export function saveMoments(path, moments) {
  const rounded = moments.map((m) => ({ ...m, commit: m.commit ?? COMMIT, reduced: Array.from(m.reduced, (v) => Math.round(v * 1e4) / 1e4) }));
  writeFileSync(`${path}.partial`, JSON.stringify({ format: FORMAT, moments: rounded }));
  renameSync(`${path}.partial`, path);
}

/** The moments saved in each of `paths`, with a note for each file of another commit than this checkout's. */
export function loadMoments(paths) {
  return paths.flatMap((path) => {
    if (!existsSync(path)) throw new UsageError(`--load: no file ${path}`);
    let saved;
    try {
      saved = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new UsageError(`--load: ${path} is not JSON (${error.message})`);
    }
    if (saved?.format !== FORMAT || !Array.isArray(saved.moments)) throw new UsageError(`--load: ${path} is not a planet-stats --save file`);
    const others = [...new Set(saved.moments.map((m) => m.commit).filter((c) => c !== COMMIT))];
    if (others.length > 0) console.log(`note: ${path} holds moments of commit ${others.join(', ')}, not this checkout's (${COMMIT ?? 'unknown'})`);
    return saved.moments;
  });
}

/** The moments of `earlier` not measured again in `latest` (same seed, grid and age asked), then `latest`. */
export function mergeMoments(earlier, latest) {
  const key = (m) => `${m.seed} ${m.res} ${m.asked}`;
  const again = new Set(latest.map(key));
  return [...earlier.filter((m) => !again.has(key(m))), ...latest];
}
