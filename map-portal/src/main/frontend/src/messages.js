/** Chinese texts of the map page (what users read), in one place. */

/** Layer kinds, for grouping the layer list. */
export const KIND_TITLES = {
  BASE: '基础地理',
  PIPELINE: '地下管线',
  CITY_PART: '城市部件',
  UNIT_GRID: '单元网格',
  ADDRESS: '标准地址',
  EVENT: '城管事件',
  THEMATIC: '专题',
  ANALYSIS: '分析结果',
};

export const ACCESS_TITLES = { PUBLIC: '公开', INTERNAL: '内部', RESTRICTED: '涉密' };

/** The base-map switch: Tianditu's two grids under their own names. */
export const BASEMAP = {
  heading: '底图',
  crsHeading: '坐标系',
  baseMaps: { vector: '矢量', imagery: '影像' },
  grids: {
    c: { title: '经纬度 (CGCS2000)', crs: 'CGCS2000 (EPSG:4490)' },
    w: { title: '球面墨卡托', crs: 'Web 墨卡托 (EPSG:3857)' },
  },
  labels: '注记',
  vectorBadge: '矢量瓦片',
  tileBadge: '瓦片',
};

export const STATUS = {
  layersHeading: (n) => `图层 (${n})`,
  loading: (n) => `正在加载… (${n} 个图层)`,
  showing: (n) => `${n} 个图层显示中`,
  generating: (step) => `正在生成示例城市：${step ?? ''}…`,
  loadFailed: (message) => `加载失败：${message}`,
  gridFailed: (id, message) => `瓦片矩阵集 ${id} 加载失败：${message}`,
  coords: (x, y) => (Number.isFinite(x) ? `经度 ${x.toFixed(6)}  纬度 ${y.toFixed(6)}` : '经度 —  纬度 —'),
};

/** The API's error codes in Chinese; the server's English text is kept as detail. */
export const ERRORS = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '无权访问',
  LAYER_NOT_FOUND: '图层不存在',
  FEATURE_NOT_FOUND: '要素不存在',
  INVALID_FILTER: '筛选条件有误',
  BAD_REQUEST: '请求参数有误',
  RATE_LIMITED: '查询过于频繁',
  EMPTY_ADDRESS: '请输入地址',
  ADDRESS_TOO_LONG: '地址过长',
  INVALID_ADDRESS_CHARACTERS: '地址含有无效字符',
  UNKNOWN_COLUMN: '文件中没有该列',
  UPLOAD_TOO_LARGE: '文件过大',
  TOO_MANY_ROWS: '行数超过上限',
  GEOCODER_UNAVAILABLE: '地址引擎暂不可用',
  UNKNOWN_ADDRESS_CODE: '地址编码不存在',
  REVIEW_ITEM_CLOSED: '该条已处理',
  failed: '请求失败',
  // ==== time errors ====

  // ==== query errors ====

  // ==== sketch errors ====

  // ==== carto errors ====

  // ==== print errors ====

  // ==== admin errors ====

};

/** The workbench frame: top bar, layer sidebar, dock, map controls. */
export const SHELL = {
  sidebar: '图层与底图',
  close: '关闭',
  tools: '工具',
  dockLabel: '工具面板',
  map: '地图（方向键平移，+/− 缩放）',
  zoomIn: '放大',
  zoomOut: '缩小',
  home: '全市范围',
  fullScreen: '全屏',
  overview: '鹰眼图',
  loadingTool: '正在加载工具…',
  toolFailed: (message) => `工具加载失败：${message}`,
  asOf: (date) => `历史：${date}`,
  chooseFile: '选择文件',
  noFileChosen: '未选择文件',
  toolGroups: {
    address: '地址',
    time: '时空',
    query: '查询',
    analysis: '分析',
    map: '制图',
    output: '输出',
    admin: '管理',
  },
};

/** The layer tree. */
export const LAYERS = {
  expand: '展开',
  collapse: '收起',
  opacity: '透明度',
  up: '上移',
  down: '下移',
  zoomTo: '缩放至图层',
  legend: '图例',
  noExtent: '该图层没有数据范围',
  options: '图层选项',
};

export const TOOLS = {
  batch: '批量匹配',
  review: '地址审核',
  layers: '图层',
  // ==== time tools ====

  // ==== query tools ====

  // ==== sketch tools ====

  // ==== carto tools ====

  // ==== print tools ====

  // ==== admin tools ====

};

/** Sign-in box. */
export const ACCOUNT = {
  signIn: '登录',
  signOut: '退出',
  username: '用户名',
  password: '密码',
  wrongPassword: '用户名或密码错误',
};

/** Reverse geocoding popup (right-click or long press). */
export const REVERSE = {
  title: '此处地址',
  at: (x, y) => `此处地址 ${x.toFixed(6)}, ${y.toFixed(6)}`,
  searching: '查询中…',
  none: '100 米内没有标准地址',
  nearest: (address, level, distance) => `${address} · ${level} · ${distance} 米`,
  tooMany: '查询过于频繁，请稍后再试',
};

/** The address review queue (地址审核). */
export const REVIEW = {
  heading: '地址审核（待处理）',
  headingCount: (n) => `地址审核（待处理 ${n} 条）`,
  proposal: (address, confidence) => `建议：${address}（可信度 ${confidence}）`,
  noProposal: '无建议地址',
  confirm: '确认',
  correct: '改正…',
  reject: '驳回',
  rejectNote: '无对应标准地址',
  candidate: (address, level) => `${address} · ${level}`,
};

/** Geocoding levels, statuses and job states. */
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

/** Batch geocoding (批量匹配). */
export const BATCH = {
  heading: '批量地址匹配',
  file: 'CSV 文件',
  column: '地址列名',
  columnPlaceholder: '如 户籍地址',
  encoding: '编码',
  autoEncoding: '自动识别',
  start: '开始匹配',
  job: (name, encoding, column) => `${name}（${encoding ?? '自动'}，地址列 ${column}）`,
  progress: (state, rows, total, pct) => `${state} · ${rows} / ${total} 行 · ${pct}`,
  summary: (rate, seconds, speed, review) => `匹配率 ${rate} · 用时 ${seconds} 秒 · ${speed} 行/秒 · 待审核 ${review} 行`,
  byStatus: '按状态',
  byLevel: '按级别',
  error: (message) => `错误：${message}`,
  download: '下载匹配结果 (CSV)',
  cancel: '取消',
};

/** The feature popup. */
export const POPUP = {
  close: '关闭',
  version: '版本',
  validFrom: '生效时间',
  operations: { INSERT: '新增', UPDATE: '修改', DELETE: '删除' },
  versionText: (n, operation, author) => `第 ${n} 版 · ${operation} · ${author}`,
};

// ==== time ====

// ==== query ====

// ==== sketch ====

// ==== carto ====

// ==== print ====

// ==== admin ====

