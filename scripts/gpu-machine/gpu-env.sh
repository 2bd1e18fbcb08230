# Sourced by run-bench.sh and run-stats.sh: unpacks Deno, points the Vulkan loader at the GPU's driver, records the machine in $OUT/env.txt.
D=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=${OUT:-$PWD/out}
mkdir -p "$OUT"
DENO_HOME=${TMPDIR:-/tmp}/gpu-machine-deno
DENO=$DENO_HOME/deno
mkdir -p "$DENO_HOME"
if [ ! -x "$DENO" ]; then
  # python3's lzma when the machine has no xz.
  { xz -dc "$D/deno.xz" > "$DENO.part" 2> /dev/null ||
    python3 -c 'import lzma, shutil, sys; shutil.copyfileobj(lzma.open(sys.argv[1]), open(sys.argv[2], "wb"))' "$D/deno.xz" "$DENO.part"; } &&
    chmod +x "$DENO.part" && mv "$DENO.part" "$DENO" || { echo "cannot unpack deno.xz (no xz, no python3)"; exit 4; }
fi

ICD=${ICD:-}
for c in /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json /usr/share/vulkan/icd.d/nvidia_icd.json /etc/vulkan/icd.d/nvidia_icd.json; do
  [ -z "$ICD" ] && [ -f "$c" ] && ICD=$c
done
export VK_ICD_FILENAMES=$ICD VK_DRIVER_FILES=$ICD
# NVIDIA's ICD library (libGLX_nvidia.so.0) is dlopen'ed by name; the loader libvulkan.so.1 is in $D when the debs are not unpacked.
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:/usr/local/nvidia/lib:$D${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
# Vulkan only: otherwise wgpu may fall back to GL and a software rasteriser (llvmpipe) without saying so.
export DENO_WEBGPU_BACKEND=${DENO_WEBGPU_BACKEND:-vulkan}
export DENO_DIR=$DENO_HOME/cache DENO_NO_UPDATE_CHECK=1 NO_COLOR=1 RUST_BACKTRACE=1
{
  echo "ICD=$ICD"; cat "$ICD"; echo
  nvidia-smi -L; uname -a; ldd --version | head -1
  ls -la /usr/local/nvidia/lib64 /usr/local/nvidia/lib | grep -iE 'glx|vulkan|nvidia-gl|^/'
  ldconfig -p | grep -iE 'vulkan|GLX_nvidia|GLdispatch'
  "$DENO" --version
} > "$OUT/env.txt" 2>&1
cd "$D"

# Probe the adapter with the entry's own probe (its arguments); without one, print why (the Vulkan loader's log) and exit 3.
probe() {
  if ! "$DENO" run --unstable-webgpu -A "$@" 2> "$OUT/adapter.log"; then
    cat "$OUT/env.txt" "$OUT/adapter.log"
    VK_LOADER_DEBUG=error,warn,driver "$DENO" run --unstable-webgpu -A "$@" > "$OUT/loader-debug.txt" 2>&1
    tail -40 "$OUT/loader-debug.txt"
    echo "no WebGPU adapter (on NVIDIA, were .gpu-machine/gl/*.deb unpacked first? see scripts/gpu-machine/README.md)"
    exit 3
  fi
  cat "$OUT/adapter.log"
}
