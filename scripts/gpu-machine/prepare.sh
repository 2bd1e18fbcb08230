#!/bin/bash
# Builds .gpu-machine/ (git-ignored) at the repository root: Deno, the Vulkan loader and GL libraries, the two bundles and the run scripts.
# Usage: bash scripts/gpu-machine/prepare.sh   (needs npm, apt-get and the project's node_modules; rm -rf .gpu-machine to refetch Deno and the debs)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(git -C "$HERE" rev-parse --show-toplevel)
OUT=$ROOT/.gpu-machine
DENO_VERSION=2.9.6
# The Vulkan loader, and libglvnd with its GL front ends: NVIDIA's Vulkan driver (libGLX_nvidia) needs them and the bare machine lacks them.
GL_PACKAGES=(libvulkan1 libegl1 libglvnd0 libopengl0 libgl1 libglx0 libgles2)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT/gl"

# Deno, one ELF with WebGPU (wgpu) built in, from npm; kept between runs since xz -9 takes a minute or two.
if [ ! -f "$OUT/deno.xz" ]; then
  (cd "$TMP" && npm pack --silent "@deno/linux-x64-glibc@$DENO_VERSION" > /dev/null && tar -xzf deno-linux-x64-glibc-*.tgz package/deno)
  xz -9 -T0 -c "$TMP/package/deno" > "$OUT/deno.xz.part"
  mv "$OUT/deno.xz.part" "$OUT/deno.xz"
fi

if [ "$(ls "$OUT"/gl/*.deb 2> /dev/null | wc -l)" -ne "${#GL_PACKAGES[@]}" ]; then
  rm -f "$OUT"/gl/*.deb
  (cd "$OUT/gl" && apt-get download "${GL_PACKAGES[@]}")
fi
# The loader also sits next to the run scripts, so that it is found without unpacking the debs (e.g. a local SwiftShader run).
dpkg-deb -x "$OUT"/gl/libvulkan1_*.deb "$TMP/vulkan"
cp -L "$TMP"/vulkan/usr/lib/*/libvulkan.so.1 "$OUT/libvulkan.so.1"

cd "$ROOT"
for entry in src/bench/bench-page.ts scripts/gpu-machine/stats-entry.ts; do
  GPU_MACHINE_ENTRY=$entry GPU_MACHINE_OUT=$OUT node node_modules/vite/bin/vite.js build --config "$HERE/vite.config.mjs"
done
cp "$HERE/bench-entry.js" "$HERE/gpu-env.sh" "$HERE/run-bench.sh" "$HERE/run-stats.sh" "$HERE/run-jobs.sh" "$OUT/"
echo "built $OUT from $(git rev-parse --short HEAD) ($(git status --short -- src shaders | wc -l) files under src/ and shaders/ modified):"
ls -l "$OUT" "$OUT/gl"
du -sb "$OUT"
