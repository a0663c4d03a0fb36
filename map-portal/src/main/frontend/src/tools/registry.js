import { TOOLS } from '../messages.js';

/**
 * Every tool of the workbench, one module each, loaded on first use (a chunk of its own).
 * - `place: 'dock'` — a button in the top bar opens the module's panel in the dock;
 * - `place: 'startup'` — created once after the first catalog load (map interactions, status bar).
 * - `group` — the top-bar menu it is in (SHELL.toolGroups: address, time, query, analysis, map,
 *   output, admin);
 * - `needs` — who sees it: null (everyone), 'signedIn', 'editor' (EDITOR or ADMIN), 'admin',
 *   'cases' (one of CASE_ROLES), 'evaluation' (one of EVALUATION_ROLES).
 * A module's default export is `create(ctx)` → `{ element, open?(args), close?() }` (see
 * workbench/context.js for ctx).
 */
/** The roles of the 数字城管 centre and departments, who see the case tools. */
export const CASE_ROLES = ['ACCEPTOR', 'SHIFT_LEADER', 'DISPATCHER', 'HANDLER', 'LEADER', 'ADMIN'];
/** Who reads the 综合评价 (the server checks the same). */
export const EVALUATION_ROLES = ['LEADER', 'SHIFT_LEADER', 'DISPATCHER', 'ADMIN'];

export const TOOL_REGISTRY = [
  // ==== shell ====
  { id: 'batch', title: TOOLS.batch, group: 'address', needs: 'signedIn', place: 'dock', load: () => import('./BatchTool.js') },
  { id: 'review', title: TOOLS.review, group: 'address', needs: 'editor', place: 'dock', load: () => import('./ReviewTool.js') },
  // ==== time ====
  { id: 'timeSlider', title: TOOLS.timeSlider, group: 'time', needs: null, place: 'dock', load: () => import('./time/TimeSlider.js') },
  { id: 'swipe', title: TOOLS.swipe, group: 'time', needs: null, place: 'dock', load: () => import('./time/Swipe.js') },
  { id: 'history', title: TOOLS.history, group: 'time', needs: null, place: 'dock', load: () => import('./time/FeatureHistory.js') },
  { id: 'bookmarks', title: TOOLS.bookmarks, group: 'time', needs: null, place: 'dock', load: () => import('./time/Bookmarks.js') },
  { id: 'history-action', title: '', needs: null, place: 'startup', load: () => import('./time/HistoryAction.js') },

  // ==== query ====
  { id: 'table', title: TOOLS.table, group: 'query', needs: null, place: 'dock', load: () => import('./query/TableTool.js') },
  { id: 'chart', title: TOOLS.chart, group: 'query', needs: null, place: 'dock', load: () => import('./query/ChartTool.js') },
  { id: 'identify', title: '', needs: null, place: 'startup', load: () => import('./Identify.js') },
  { id: 'search-providers', title: '', needs: null, place: 'startup', load: () => import('./query/SearchProviders.js') },

  // ==== sketch ====
  { id: 'measure', title: TOOLS.measure, group: 'analysis', needs: null, place: 'dock', load: () => import('./sketch/MeasureTool.js') },
  { id: 'sketch', title: TOOLS.sketch, group: 'map', needs: null, place: 'dock', load: () => import('./sketch/SketchTool.js') },
  { id: 'buffer', title: TOOLS.buffer, group: 'analysis', needs: null, place: 'dock', load: () => import('./sketch/BufferTool.js') },
  { id: 'sketch-layer', title: '', needs: null, place: 'startup', load: () => import('./sketch/SketchLayer.js') },

  // ==== carto ====
  { id: 'thematic', title: TOOLS.thematic, needs: null, place: 'dock', group: 'map', load: () => import('./carto/ThematicTool.js') },

  // ==== print ====
  { id: 'print', title: TOOLS.print, needs: 'signedIn', place: 'dock', group: 'output', load: () => import('./print/PrintTool.js') },
  { id: 'import', title: TOOLS.importData, needs: 'editor', place: 'dock', group: 'output', load: () => import('./print/ImportTool.js') },

  // ==== admin ====
  { id: 'admin-users', title: TOOLS.adminUsers, needs: 'admin', group: 'admin', place: 'dock', load: () => import('./admin/AdminUsers.js') },
  { id: 'admin-keys', title: TOOLS.adminKeys, needs: 'admin', group: 'admin', place: 'dock', load: () => import('./admin/AdminKeys.js') },
  { id: 'admin-layers', title: TOOLS.adminLayers, needs: 'admin', group: 'admin', place: 'dock', load: () => import('./admin/AdminLayers.js') },
  { id: 'admin-audit', title: TOOLS.adminAudit, needs: 'admin', group: 'admin', place: 'dock', load: () => import('./admin/AdminAudit.js') },
  { id: 'admin-settings', title: TOOLS.adminSettings, needs: 'admin', group: 'admin', place: 'dock', load: () => import('./admin/AdminSettings.js') },
  { id: 'admin-case-settings', title: TOOLS.adminCaseSettings, needs: 'admin', group: 'admin', place: 'dock', load: () => import('./admin/AdminCaseSettings.js') },
  // ==== cases (数字城管) ====
  { id: 'cases-inbox', title: TOOLS.casesInbox, needs: 'cases', group: 'cases', place: 'dock', load: () => import('./cases/InboxTool.js') },
  { id: 'cases-query', title: TOOLS.casesQuery, needs: 'cases', group: 'cases', place: 'dock', load: () => import('./cases/CaseQueryTool.js') },
  { id: 'cases-evaluation', title: TOOLS.casesEvaluation, needs: 'evaluation', group: 'cases', place: 'dock', load: () => import('./cases/EvaluationTool.js') },
  { id: 'cases-badge', title: '', needs: null, place: 'startup', load: () => import('./cases/OverdueBadge.js') },

  { id: 'external-base', title: '', needs: null, place: 'startup', load: () => import('./admin/ExternalBase.js') },

];
