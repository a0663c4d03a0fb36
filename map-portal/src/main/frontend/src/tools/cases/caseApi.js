import { jsonCall } from '../admin/ui.js';

/** The 数字城管 REST calls the case tools make (all on ctx.api.call: session cookie + client header). */
export function caseApi(ctx) {
  const q = (params) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) search.set(k, String(v));
    return search.toString();
  };
  let departments = null;
  let categories = null;
  return {
    /** @returns {Promise<Array<object>>} the caller's open tasks */
    tasks: () => ctx.api.call('/api/tasks'),
    /** @param {{status?, category?, grid?, bbox?, overdue?, limit?}} filter */
    cases: (filter = {}) => ctx.api.call(`/api/cases?${q(filter)}`),
    get: (caseNo) => ctx.api.call(`/api/cases/${encodeURIComponent(caseNo)}`),
    photos: (caseNo) => ctx.api.call(`/api/cases/${encodeURIComponent(caseNo)}/photos`),
    /** Loaded once: [{code, name}]. */
    departments: () => (departments ??= ctx.api.call('/api/cases/departments').catch((e) => ((departments = null), Promise.reject(e)))),
    /** Loaded once: [{name, mainClass, majorName, code}]. */
    categories: () => (categories ??= ctx.api.call('/api/cases/categories').catch((e) => ((categories = null), Promise.reject(e)))),
    /** The JSON Schema of a task's completion (its form). */
    form: (taskId) => ctx.api.call(`/api/tasks/${encodeURIComponent(taskId)}/form`),
    /** @param {{outcome, note?, department?, extensionHours?, mergeInto?}} body */
    complete: (taskId, body) => jsonCall(ctx, 'POST', `/api/tasks/${encodeURIComponent(taskId)}/complete`, body),
  };
}
