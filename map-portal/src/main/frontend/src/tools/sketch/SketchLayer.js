import { BUFFER } from '../../messages.js';
import { sketchStore } from './SketchStore.js';

/**
 * Startup: shows the user's saved sketches from the first map on, before the tool is opened, and
 * puts 缓冲选择 into the identify popup (the feature becomes the selection the buffer starts from).
 */
export default function create(ctx) {
  sketchStore(ctx);
  ctx.addFeatureAction({
    id: 'buffer',
    title: BUFFER.featureAction,
    when: () => Boolean(ctx.me()?.authenticated),
    run: (layer, feature) => {
      ctx.selection.clear();
      ctx.selection.set(layer.id, [feature]);
      ctx.openTool('buffer', { kind: 'selection' });
    },
  });
  return {};
}
