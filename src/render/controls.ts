// Pointer input on the canvas: drag to rotate (globe) or pan (map), wheel or pinch to zoom.
// While an edit tool is chosen the drag belongs to it (src/ui/edit-tool.ts).

import type { MapCamera, OrbitCamera } from './camera';

export interface ControlTarget {
  orbit: OrbitCamera;
  map: MapCamera;
  isMap(): boolean;
  /** False while an edit tool owns the drag (the wheel still zooms). */
  canDrag(): boolean;
  changed(): void;
}

export function attachCameraControls(canvas: HTMLCanvasElement, target: ControlTarget): () => void {
  const pointers = new Map<number, { x: number; y: number }>();
  let pinchDistance = 0;

  const spread = () => {
    const [a, b] = [...pointers.values()];
    return Math.hypot(a.x - b.x, a.y - b.y);
  };
  const zoom = (factor: number) => {
    if (target.isMap()) target.map.zoom(factor);
    else target.orbit.zoom(factor);
    target.changed();
  };

  const down = (event: PointerEvent) => {
    if (!target.canDrag()) return;
    canvas.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 2) pinchDistance = spread();
  };
  const move = (event: PointerEvent) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    const dx = event.clientX - last.x;
    const dy = event.clientY - last.y;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 2) {
      const distance = spread();
      if (pinchDistance > 0 && distance > 0) zoom(pinchDistance / distance);
      pinchDistance = distance;
      return;
    }
    if (target.isMap()) target.map.pan(dx, dy, canvas.clientWidth, canvas.clientHeight);
    else target.orbit.rotate(dx, dy, canvas.clientHeight);
    target.changed();
  };
  const up = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    pinchDistance = 0;
  };
  const wheel = (event: WheelEvent) => {
    event.preventDefault();
    const pixels = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 16 : event.deltaY;
    zoom(Math.exp(Math.max(Math.min(pixels, 200), -200) * 0.0015));
  };

  canvas.addEventListener('pointerdown', down);
  canvas.addEventListener('pointermove', move);
  canvas.addEventListener('pointerup', up);
  canvas.addEventListener('pointercancel', up);
  canvas.addEventListener('wheel', wheel, { passive: false });
  return () => {
    canvas.removeEventListener('pointerdown', down);
    canvas.removeEventListener('pointermove', move);
    canvas.removeEventListener('pointerup', up);
    canvas.removeEventListener('pointercancel', up);
    canvas.removeEventListener('wheel', wheel);
  };
}
