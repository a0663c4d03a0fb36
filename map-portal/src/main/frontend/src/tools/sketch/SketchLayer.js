import { sketchStore } from './SketchStore.js';

/** Startup: shows the user's saved sketches from the first map on, before the tool is opened. */
export default function create(ctx) {
  sketchStore(ctx);
  return {};
}
