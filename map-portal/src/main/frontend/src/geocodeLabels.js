/** Chinese labels of the geocoding API's levels, statuses and error codes (what users read). */
export const LEVEL_LABELS = {
  province: '省',
  city: '市',
  county: '区县',
  town: '乡镇街道',
  community: '社区村',
  street: '街路巷',
  door: '门牌',
  building: '楼栋',
  unit: '单元',
  room: '户室',
};

export const STATUS_LABELS = {
  matched: '已匹配',
  review: '待审核',
  partial: '部分匹配',
  out_of_area: '市外地址',
  unmatched: '未匹配',
};

export const UNIT_LABELS = { county: '区县', town: '乡镇街道', community: '社区村', grid: '单元网格' };

export const JOB_STATES = { QUEUED: '排队中', RUNNING: '匹配中', SUCCEEDED: '已完成', FAILED: '失败' };

/** @param {number} c confidence 0–1 */
export function percent(c) {
  return `${Math.round(c * 100)}%`;
}
