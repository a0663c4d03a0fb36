import { CASES } from '../../messages.js';
import { CASE_ROLES } from '../registry.js';

const EVERY_MS = 30_000;
/** Who is told of escalated cases (超时升级): the shift leaders, the leaders and admins. */
const ESCALATION_ROLES = ['SHIFT_LEADER', 'LEADER', 'ADMIN'];

/**
 * The live count of the caller's overdue tasks on the 待办 button and its 城管 menu (every 30 s
 * while a case role is signed in, and whenever the inbox reloaded; each poll is emitted as
 * `cases-poll` with the tasks, so an open inbox can follow), and a 案件详情 button in the
 * identify popup of the events layer, opening the case in 案件查询. 值班长, 领导 and admins also see how many
 * overdue cases were escalated (已升级, the server's escalation job) in a second badge.
 */
export default function create(ctx) {
  const tools = document.getElementById('tools');
  let count = 0;
  let escalated = 0;
  let timer = null;

  const mayWork = () => ctx.hasRole(...CASE_ROLES);

  function apply() {
    for (const b of tools?.querySelectorAll('button[data-tool="cases-inbox"], .tool-group-button[data-group="cases"]') ?? []) {
      let badge = b.querySelector('.case-badge');
      if (!count) {
        badge?.remove();
        continue;
      }
      if (!badge) {
        badge = document.createElement('span');
        badge.className = 'case-badge';
        b.append(badge);
      }
      badge.textContent = String(count);
      badge.title = CASES.overdueBadge(count);
    }
    for (const b of tools?.querySelectorAll('.tool-group-button[data-group="cases"]') ?? []) {
      let badge = b.querySelector('.case-escalated');
      if (!escalated) {
        badge?.remove();
        continue;
      }
      if (!badge) {
        badge = document.createElement('span');
        badge.className = 'case-badge case-escalated';
        b.append(badge);
      }
      badge.textContent = String(escalated);
      badge.title = CASES.escalatedBadge(escalated);
    }
  }

  async function poll() {
    if (!mayWork() || document.hidden) return;
    try {
      const tasks = await ctx.api.call('/api/tasks');
      if (ctx.hasRole(...ESCALATION_ROLES)) {
        const overdue = await ctx.api.call('/api/cases?overdue=true&limit=1000');
        escalated = overdue.filter((c) => Number(c.attributes?.overdue_level) > 0).length;
      }
      update(tasks);
      ctx.emit('cases-poll', tasks);
    } catch {
      // Signed out meanwhile, or the server is restarting: the next round tries again.
    }
  }

  function update(tasks) {
    count = tasks.filter((t) => t.overdue).length;
    apply();
  }

  function restart() {
    clearInterval(timer);
    timer = null;
    count = 0;
    escalated = 0;
    apply();
    if (!mayWork()) return;
    poll();
    timer = setInterval(poll, EVERY_MS);
  }

  ctx.on('me', restart);
  ctx.on('cases-tasks', update);
  // The toolbar is redrawn on sign-in and catalog reloads: the badge goes back on.
  if (tools) new MutationObserver(() => (count || escalated) && !tools.querySelector('.case-badge') && apply()).observe(tools, { childList: true });
  ctx.addFeatureAction({ id: 'case', title: CASES.caseAction, when: (layer) => layer.id === 'events' && mayWork(), run: (layer, feature) => ctx.openTool('cases-query', { caseNo: String(feature.id) }) });
  restart();
  return { element: document.createElement('div') };
}
