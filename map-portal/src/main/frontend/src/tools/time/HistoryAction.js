import { HISTORY } from '../../messages.js';

/** The popup's 历史 button on features of versioned layers: opens the feature-history panel. */
export default function create(ctx) {
  ctx.addFeatureAction({
    id: 'history',
    title: HISTORY.action,
    when: (layer) => layer.versioned,
    run: (layer, feature) => {
      // The panel draws the versions: the popup would cover them.
      document.querySelector('#popup .popup-close')?.click();
      ctx.openTool('history', { layerId: layer.id, featureId: String(feature.id) });
    },
  });
  return {};
}
