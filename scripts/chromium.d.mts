// Types of scripts/chromium.mjs, for the TypeScript tests that import it.
export function findChromium(): string | null;
export const WEBGPU_FLAGS: string[];
export const NO_WEBGPU_FLAGS: string[];
