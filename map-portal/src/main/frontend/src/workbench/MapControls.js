import Control from 'ol/control/Control.js';
import Zoom from 'ol/control/Zoom.js';
import FullScreen from 'ol/control/FullScreen.js';
import ScaleLine from 'ol/control/ScaleLine.js';
import OverviewMap from 'ol/control/OverviewMap.js';
import Attribution from 'ol/control/Attribution.js';
import { SHELL } from '../messages.js';

/** A one-button control in the zoom column (home: the city's extent). */
class ButtonControl extends Control {
  constructor(className, symbol, title, onClick) {
    const button = document.createElement('button');
    button.type = 'button';
    button.innerHTML = symbol;
    button.title = title;
    button.setAttribute('aria-label', title);
    const element = document.createElement('div');
    element.className = `${className} ol-unselectable ol-control`;
    element.append(button);
    super({ element });
    button.addEventListener('click', onClick);
  }
}

/**
 * The map's controls: zoom, home (city extent), full screen, scale bar and an overview map whose
 * layer the shell replaces when the grid changes (the overview must share the view's CRS).
 * @param {() => void} onHome
 */
export function mapControls(onHome) {
  const overview = new OverviewMap({
    collapsed: window.matchMedia('(max-width: 640px)').matches,
    collapseLabel: '»',
    label: '«',
    tipLabel: SHELL.overview,
    layers: [],
  });
  const controls = [
    new Zoom({ zoomInTipLabel: SHELL.zoomIn, zoomOutTipLabel: SHELL.zoomOut }),
    new ButtonControl('home-control', '⌂', SHELL.home, onHome),
    new FullScreen({ tipLabel: SHELL.fullScreen, label: '⤢', labelActive: '×' }),
    new ScaleLine({ units: 'metric', bar: true, steps: 4, text: false, minWidth: 100 }),
    overview,
    new Attribution({ collapsible: true }),
  ];
  return { controls, overview };
}
