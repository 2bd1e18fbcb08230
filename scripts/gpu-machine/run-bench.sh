#!/bin/bash
# Deep Time's bench (ms per tick of each era, per state copy, per 1280x720 frame) on Deno's WebGPU, for a machine with no browser, node or network.
# Usage: bash .gpu-machine/run-bench.sh [RES,RES,...|adapter] [TICKS]
# Results under $OUT (default ./out): bench-RES.json as each grid finishes, bench.json at the end, bench.stderr (progress),
# adapter.json, env.txt. Env: ICD (the Vulkan driver's json; default NVIDIA's), LIMIT (seconds for the bench, default 540).
set -u
source "$(dirname "$0")/gpu-env.sh"
RES=${1:-256x128,512x256,1024x512,2048x1024}
TICKS=${2:-30}
probe bench-entry.js adapter 1 "$OUT"
[ "$RES" = adapter ] && exit 0
timeout "${LIMIT:-540}" "$DENO" run --unstable-webgpu -A bench-entry.js "$RES" "$TICKS" "$OUT" 2> >(tee "$OUT/bench.stderr" >&2)
rc=$?
echo "deno exit $rc; files:"
ls -la "$OUT"
exit $rc
