import { TOOLS } from '../messages.js';

/**
 * Every tool of the workbench, one module each, loaded on first use (a chunk of its own).
 * - `place: 'dock'` — a button in the top bar opens the module's panel in the dock;
 * - `place: 'startup'` — created once after the first catalog load (map interactions, status bar).
 * - `needs` — who sees it: null (everyone), 'signedIn', 'editor' (EDITOR or ADMIN), 'admin'.
 * A module's default export is `create(ctx)` → `{ element, open?(args), close?() }` (see
 * workbench/context.js for ctx).
 */
export const TOOL_REGISTRY = [
  // ==== shell ====
  { id: 'batch', title: TOOLS.batch, needs: 'signedIn', place: 'dock', load: () => import('./BatchTool.js') },
  { id: 'review', title: TOOLS.review, needs: 'editor', place: 'dock', load: () => import('./ReviewTool.js') },
  // ==== time ====

  // ==== query ====

  { id: 'identify', title: '', needs: null, place: 'startup', load: () => import('./Identify.js') },

  // ==== sketch ====

  // ==== carto ====

  // ==== print ====
  { id: 'print', title: TOOLS.print, needs: 'signedIn', place: 'dock', group: 'output', load: () => import('./print/PrintTool.js') },
  { id: 'import', title: TOOLS.importData, needs: 'editor', place: 'dock', group: 'output', load: () => import('./print/ImportTool.js') },

  // ==== admin ====

];
