// The grid managers' mobile app (/m): registers the service worker (app shell and offline tiles)
// and starts the app.
import 'ol/ol.css';
import './mobile.css';
import { App } from './App.js';

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/m-sw.js', { scope: '/m' }).catch(() => {});
}
new App(document.getElementById('app')).start();
