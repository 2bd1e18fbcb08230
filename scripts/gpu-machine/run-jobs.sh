#!/bin/bash
# Many worlds of the planet statistics at once on Deno's WebGPU: each line of JOBS is one stats-entry process, P at a time.
# Usage: bash .gpu-machine/run-jobs.sh JOBS P   (JOBS: an absolute path; run-stats.sh runs one process)
#   A line of JOBS: BUNDLE TAG SEEDS GRIDS YEARS [--ticks T,T] [--set key=value,...], e.g.
#     stats-entry.js s1-128x64 1 128x64 1.5e9,3e9,present
#   BUNDLE is stats-entry.js or a copy of it in .gpu-machine; TAG names the job (its grid second, after a '-'); YEARS as
#   run-stats.sh (any word when --ticks is given). The lines are started in order, so put the ones that matter first.
# Results under $OUT: jobs-GRID.jsonl (every moment, tagged, one file a grid), jobs.log (every job's progress, tagged),
# jobs-errors.jsonl, gzipped when gzip is there (the run tool brings back at most 8 files, 16 MiB each).
# Env: ICD, LIMIT (seconds for all the jobs together, default 500: a job that would start later is skipped, a running one stopped).
set -u
JOBS=$1
source "$(dirname "$0")/gpu-env.sh"
probe stats-entry.js adapter "$OUT"
export DENO J=$(mktemp -d) DEADLINE=$(( $(date +%s) + ${LIMIT:-500} ))
run_job() {
  read -r bundle tag seeds grids years rest <<< "$1"
  local left=$(( DEADLINE - $(date +%s) ))
  [ $left -lt 15 ] && { echo "job $tag skipped: past the deadline"; return; }
  mkdir -p "$J/$tag"
  timeout "$left" "$DENO" run --unstable-webgpu -A "$bundle" "$seeds" "$grids" "$years" "$J/$tag" $rest 2> "$J/$tag/stderr"
  echo "[$(date +%T)] job $tag exit $?"
}
export -f run_job
START=$(date +%s)
grep -v '^#' "$JOBS" | grep . | xargs -P "${2:-8}" -I{} bash -c 'run_job "$@"' _ {}
for d in "$J"/*/; do
  tag=$(basename "$d")
  grid=$(echo "$tag" | cut -d- -f2)
  [ -f "$d/stats.jsonl" ] && sed "s/^{/{\"tag\":\"$tag\",/" "$d/stats.jsonl" >> "$OUT/jobs-$grid.jsonl"
  [ -f "$d/stats-errors.jsonl" ] && sed "s/^{/{\"tag\":\"$tag\",/" "$d/stats-errors.jsonl" >> "$OUT/jobs-errors.jsonl"
  sed "s/^/$tag /" "$d/stderr" >> "$OUT/jobs.log"
done
echo "jobs done in $(( $(date +%s) - START )) s; moments: $(cat "$OUT"/jobs-*.jsonl 2> /dev/null | wc -l)"
command -v gzip > /dev/null && gzip -f "$OUT"/jobs-*.jsonl "$OUT/jobs.log"
ls -la "$OUT"
