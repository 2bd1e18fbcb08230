#!/bin/bash
# Deep Time's planet statistics on Deno's WebGPU, for a machine with no browser, node or network.
# Usage: bash .gpu-machine/run-stats.sh SEEDS GRIDS [YEARS] [--ticks T,T] [--set key=value,...]   e.g. 1-10 128x64,256x128 present
#        bash .gpu-machine/run-stats.sh adapter   (probe only)
# Results under $OUT (default ./out): stats.jsonl (one line a moment, as measured), stats.stderr (progress), stats-errors.jsonl
# (worlds that failed), adapter.json, env.txt. Env: ICD (the Vulkan driver's json; default NVIDIA's), LIMIT (seconds, default 540).
set -u
source "$(dirname "$0")/gpu-env.sh"
probe stats-entry.js adapter "$OUT"
[ "${1:-}" = adapter ] && exit 0
[ $# -ge 2 ] || { echo "usage: run-stats.sh SEEDS GRIDS [YEARS] [--ticks T,T] [--set key=value,...]"; exit 2; }
# The entry takes SEEDS GRIDS [YEARS] OUTDIR, then the --flags.
POS=()
FLAGS=()
while [ $# -gt 0 ]; do
  case $1 in
    --*=*) FLAGS+=("$1"); shift ;;
    --*) FLAGS+=("$1" "${2:-}"); shift; [ $# -gt 0 ] && shift ;;
    *) POS+=("$1"); shift ;;
  esac
done
timeout "${LIMIT:-540}" "$DENO" run --unstable-webgpu -A stats-entry.js "${POS[@]}" "$OUT" "${FLAGS[@]}" 2> >(tee "$OUT/stats.stderr" >&2)
rc=$?
echo "deno exit $rc; files:"
ls -la "$OUT"
[ -f "$OUT/stats.jsonl" ] && echo "moments: $(wc -l < "$OUT/stats.jsonl")"
exit $rc
