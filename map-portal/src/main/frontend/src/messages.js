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
  INVALID_BOOKMARK_NAME: '书签名称须为 1–100 个字符',
  INVALID_BOOKMARK_STATE: '书签内容为空或过长',
  TOO_MANY_BOOKMARKS: '书签已达上限（200 个），请先删除一些',
  BOOKMARK_NOT_FOUND: '书签不存在',

  // ==== query errors ====
  UNKNOWN_PROPERTY: '图层没有该字段',
  QUERY_TIMEOUT: '查询超时',

  // ==== sketch errors ====
  INVALID_DISTANCE: '缓冲距离有误',
  EMPTY_GEOMETRY: '图形为空',
  INVALID_GEOMETRY: '图形无效',

  // ==== carto errors ====
  INVALID_THEMATIC: '专题图参数有误',

  // ==== print errors ====
  INVALID_PRINT: '打印参数有误',
  JOB_NOT_FOUND: '任务不存在',
  RESULT_NOT_READY: '结果尚未生成',
  LAYER_EXISTS: '图层已存在',
  ZIP_REFUSED: '压缩包被拒绝',

  // ==== admin errors ====
  ACCOUNT_EXISTS: '用户名或密钥已存在',
  ACCOUNT_NOT_FOUND: '账号不存在',
  INVALID_STYLE: '样式（SLD）有误',
  STYLE_IN_USE: '该样式是图层的默认样式，请先改用其他默认样式',
  STYLE_READ_ONLY: '该样式来自部署的样式目录，不能在此修改',
  STYLE_NOT_FOUND: '样式不存在',

  // ==== case errors ====
  NOT_YOUR_TASK: '不是您的任务',
  TASK_DONE: '该任务已办理',
  TASK_NOT_FOUND: '任务不存在',
  INVALID_OUTCOME: '办理意见有误',
  CASE_NOT_FOUND: '案件不存在或无权查看',
  INVALID_CASE: '案件信息有误',
  INVALID_QUERY: '查询条件有误',
  CASES_UNAVAILABLE: '案件服务暂不可用',

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
    cases: '城管',
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
  style: '样式',
  defaultStyle: '默认样式',
  defaultNamed: (title) => `默认（${title}）`,
};

export const TOOLS = {
  batch: '批量匹配',
  review: '地址审核',
  layers: '图层',
  // ==== time tools ====
  timeSlider: '时间轴',
  swipe: '卷帘对比',
  history: '要素历史',
  bookmarks: '书签',

  // ==== query tools ====
  table: '属性表',
  chart: '统计图表',

  // ==== sketch tools ====
  measure: '测量',
  sketch: '标绘',
  buffer: '缓冲选择',

  // ==== carto tools ====
  thematic: '专题图',

  // ==== print tools ====
  print: '打印',
  importData: '数据导入',

  // ==== admin tools ====
  adminUsers: '用户管理',
  adminKeys: '密钥管理',
  adminLayers: '图层管理',
  adminAudit: '审计日志',
  adminSettings: '跨域与底图',

  // ==== case tools ====
  casesInbox: '待办',
  casesQuery: '案件查询',

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
/** The time slider (时间轴): the whole map as of a date. */
export const TIME = {
  heading: '地图时间',
  now: '现在',
  nowTitle: '回到现在（当前数据）',
  current: '当前',
  date: '日期',
  slider: '时间滑块',
  back: '后退一步',
  forward: '前进一步',
  play: '播放',
  pause: '暂停',
  step: '步长',
  steps: { month: '按月', year: '按年' },
  speed: '速度',
  speeds: { slow: '慢', normal: '中', fast: '快' },
  range: (from, to) => `可选范围：${from} 至 ${to}`,
  showing: (date) => (date ? `地图显示 ${date} 的状态` : '地图显示当前数据'),
  badDate: (from, to) => `请输入 ${from} 至 ${to} 之间的日期`,
  versionedHint: '带版本的图层（建筑、道路、事件等）按所选日期绘制。',
};

/** Swipe comparison of two dates (卷帘对比). */
export const SWIPE = {
  left: '左侧日期',
  right: '右侧日期',
  rightHint: '右侧日期留空即为现在。',
  hint: '拖动地图上的分隔线比较两个日期；关闭面板即恢复地图。',
  divider: '卷帘分隔线（左右拖动，或用方向键）',
  now: '现在',
  badDate: '请选择两个有效日期',
};

/** Feature history (要素历史). */
export const HISTORY = {
  action: '历史',
  heading: (title, id) => `${title} · ${id}`,
  count: (n) => `共 ${n} 个版本`,
  version: (n) => `第 ${n} 版`,
  who: '修改人',
  when: '生效时间',
  until: '失效时间',
  why: '原因',
  noReason: '（未填写）',
  current: '当前版本',
  deleted: '已删除',
  attribute: '属性',
  before: '修改前',
  after: '修改后',
  unchanged: '与上一版相同',
  allAttributes: (n) => `全部属性（${n} 项）`,
  geometryChanged: '几何已修改',
  show: '在地图上显示',
  asOf: '按此时间查看地图',
  choose: '在地图上点击要素，在弹窗中选择“历史”。',
};

/** Cursor coordinates in the status bar. */
export const COORDS = {
  title: '点击切换坐标格式',
  formats: { decimal: '十进制度', dms: '度分秒', gk: '高斯平面' },
  decimal: (x, y) => `经度 ${x.toFixed(6)}  纬度 ${y.toFixed(6)}`,
  dms: (x, y) => `东经 ${x}  北纬 ${y}`,
  gk: (x, y) => `X ${y.toFixed(2)} m  Y ${x.toFixed(2)} m（EPSG:4548）`,
  none: { decimal: '经度 —  纬度 —', dms: '东经 —  北纬 —', gk: 'X —  Y —（EPSG:4548）' },
};

/** The third CRS of the map, beside BASEMAP.grids' c and w. */
export const VIEW_GRIDS = {
  gk: { title: '高斯-克吕格 117°E', crs: 'CGCS2000 / 3° GK 117°E (EPSG:4548)' },
};

/** Permalinks and bookmarks. */
export const LINKS = {
  copy: '复制链接',
  copied: '链接已复制',
  copyFailed: '无法写入剪贴板，请手动复制地址栏的链接',
  heading: '我的书签',
  name: '书签名称',
  namePlaceholder: '例如：梅江区 2017 年',
  save: '保存当前视图',
  saved: (name) => `已保存书签“${name}”`,
  open: '打开',
  delete: '删除',
  deleted: (name) => `已删除书签“${name}”`,
  empty: '还没有书签。',
  signIn: '登录后可保存书签。',
  nameRequired: '请输入书签名称（1–100 个字符）',
  created: (date) => `保存于 ${date}`,
};

// ==== query ====

/** Identify: every feature under a click, one tab per layer. */
export const IDENTIFY = {
  heading: (n) => `查询结果（${n} 个要素）`,
  tab: (title, n) => `${title} (${n})`,
  none: '此处没有要素',
  failed: (message) => `查询失败：${message}`,
  back: '返回列表',
};

/** Shared texts of the query tools. */
export const QUERY = {
  chooseLayer: '图层',
  noLayer: '没有可查询的图层',
  fid: '编号',
  all: '全部',
  any: '（不限）',
  loading: '正在查询…',
  failed: (message) => `查询失败：${message}`,
  total: (n) => `共 ${n} 条`,
  page: (from, to, n) => `${from}–${to} / ${n}`,
  prev: '上一页',
  next: '下一页',
  columnFilter: (label) => `筛选 ${label}`,
  sortBy: (label) => `按 ${label} 排序`,
  zoomTo: '缩放至',
  clearSelection: '清除选择',
  selected: (n) => `已选 ${n} 条`,
  yes: '是',
  no: '否',
};

/** The filter builder of the attribute table. */
export const FILTER = {
  heading: '筛选条件',
  addAttribute: '+ 属性条件',
  field: '字段',
  operator: '运算',
  value: '值',
  remove: '删除条件',
  operators: { '=': '等于', '<>': '不等于', '>': '大于', '>=': '大于等于', '<': '小于', '<=': '小于等于', like: '包含', null: '为空' },
  spatial: '空间条件',
  spatialNone: '无',
  inView: '当前视图内',
  inShape: '绘制的多边形内',
  nearSelected: '距所选要素 N 米内',
  draw: '绘制多边形',
  drawing: '在地图上单击绘制多边形，双击结束',
  drawn: '已绘制多边形',
  metres: '距离（米）',
  noSelection: '请先在地图或表格中选择一个要素',
  noShape: '请先绘制多边形',
  badNumber: (label) => `${label} 需要数字`,
  badMetres: '距离须为 0–50000 米的数字',
  apply: '应用',
  clear: '清除',
  active: (n) => `${n} 个条件`,
};

/** Export of the table's filter or the selection. */
export const EXPORT = {
  heading: '导出',
  format: '格式',
  formats: { csv: 'CSV（Excel）', geojson: 'GeoJSON', kml: 'KML', gpkg: 'GeoPackage', shp: 'Shapefile（zip）' },
  crs: '坐标系',
  crsNames: { 'EPSG:4490': 'CGCS2000 经纬度 (4490)', 'EPSG:4326': 'WGS84 (4326)', 'EPSG:3857': 'Web 墨卡托 (3857)', 'EPSG:4548': 'CGCS2000 GK 3° 117E (4548)' },
  charset: 'DBF 编码',
  scope: '范围',
  scopeFilter: '当前筛选结果',
  scopeSelection: '所选要素',
  download: '下载',
  done: (name) => `已下载 ${name}`,
  failed: (message) => `导出失败：${message}`,
  noneSelected: '没有所选要素',
};

/** Search providers: features by attribute, coordinates typed in. */
export const SEARCH = {
  placeholder: '搜索地址、要素名称或编号、坐标',
  label: '搜索地址、要素或坐标',
  features: '要素',
  coordinates: '坐标',
  lonLat: (lon, lat) => `经度 ${lon.toFixed(6)}，纬度 ${lat.toFixed(6)}`,
  gk: (zone, x, y) => `高斯-克吕格 ${zone} 带 X ${x} Y ${y}`,
  outside: '坐标超出范围',
  match: (label, value) => `${label}：${value}`,
  several: (n) => `${n} 个要素`,
};

/** Charts. */
export const CHART = {
  groupBy: '分类字段',
  measure: '统计量',
  count: '要素数量',
  sumOf: (label) => `${label} 合计`,
  scope: '统计范围',
  scopeView: '当前视图',
  scopeSelection: '所选要素',
  scopeGrid: '单元网格',
  grid: '网格',
  noGrids: '没有可用的单元网格',
  kind: '图表',
  bar: '柱状图',
  pie: '饼图',
  draw: '统计',
  empty: '没有符合条件的要素',
  others: (n) => `另有 ${n} 类未显示`,
  unnamed: '（空）',
  failed: (message) => `统计失败：${message}`,
};

// ==== sketch ====

/** Measure: distance, area and bearing, each with its stated method. */
export const MEASURE = {
  modeLabel: '测量类型',
  modes: { distance: '距离', area: '面积', bearing: '方位角' },
  methodHeading: '计算方法',
  methods: { ellipsoid: '椭球面（CGCS2000）', plane: '高斯平面' },
  methodNote: {
    ellipsoid: 'CGCS2000 椭球（GRS80）：大地线距离与方位角按 Vincenty 公式反算，面积按椭球等积方位投影计算',
    plane: (code, cm) => `高斯-克吕格平面 ${code}（3° 带，中央经线 ${cm}°E）：平面距离、平面面积、坐标方位角`,
  },
  hints: {
    distance: '在地图上单击添加节点，双击或点“完成”结束；Esc 取消',
    area: '在地图上单击添加多边形顶点，双击或点“完成”结束；Esc 取消',
    bearing: '在地图上单击起点，再单击终点；Esc 取消',
  },
  finish: '完成',
  undo: '撤销上一点',
  clear: '清除',
  none: '尚无测量结果',
  azimuth: '大地方位角（自真北顺时针）',
  gridBearing: '坐标方位角（自坐标北顺时针）',
};

/** Sketches (标绘). */
export const SKETCH = {
  modeLabel: '标绘类型',
  modes: { point: '点', line: '线', polygon: '面', text: '文字', edit: '编辑', delete: '删除' },
  hints: {
    point: '在地图上单击放置点',
    line: '单击添加节点，双击结束；Esc 取消',
    polygon: '单击添加顶点，双击结束；Esc 取消',
    text: '先输入文字，再在地图上单击放置注记',
    edit: '拖动图形的节点进行修改',
    delete: '在地图上单击要删除的图形，或点列表中的 ×',
  },
  text: '文字',
  textPlaceholder: '注记文字（也可作为图形名称）',
  textMissing: '请先输入注记文字',
  colour: '颜色',
  export: '导出 GeoJSON',
  fileName: '标绘.geojson',
  clear: '全部清除',
  confirmClear: '清除全部标绘？',
  remove: '删除',
  recolour: '改为当前选定的颜色',
  none: '尚无标绘',
};

/** Buffer and select. */
export const BUFFER = {
  sourceLabel: '缓冲对象',
  kinds: { point: '画点', line: '画线', polygon: '画面', selection: '当前选择' },
  hints: {
    point: '在地图上单击一点作为缓冲中心',
    line: '单击添加节点，双击结束',
    polygon: '单击添加顶点，双击结束（距离为 0 即选择面内要素）',
    selection: '以当前选中的要素为缓冲对象',
  },
  distance: '缓冲距离',
  metres: '米',
  layers: '选择图层（当前显示的图层；底图图层默认不选）',
  noLayers: '没有显示中的图层：请先在图层列表中打开图层',
  run: '缓冲并选择',
  clear: '清除',
  running: '正在查询…',
  noSelection: '当前没有选中的要素',
  badDistance: (max) => `请输入 0 到 ${max} 之间的距离（米）`,
  caption: (metres, plane) => `缓冲 ${metres} 米内的要素（${plane} 高斯平面缓冲）`,
  partly: (matched, returned) => `${matched}（已选中前 ${returned} 个）`,
  total: (n) => `共 ${n} 个要素已加入选择集`,
  zoomTo: '缩放至选择',
  featureAction: '缓冲选择',
};

// ==== carto ====
/** The thematic map tool (专题图). */
export const THEMATIC = {
  heading: '专题图',
  asOf: (date) => `（${date} 时点）`,
  layer: '图层',
  type: '类型',
  types: { category: '分类（唯一值）', graduated: '分级（数值）', heat: '热力图（点密度）' },
  attribute: '属性',
  weight: '权重属性',
  noWeight: '无（按个数）',
  method: '分级方法',
  methods: { equal: '等间距', quantile: '分位数', jenks: '自然断点（Jenks）' },
  classes: '分级数',
  radius: (px) => `热力半径：${px} 像素`,
  palette: '配色',
  palettes: {
    tableau: '多彩（Tableau）',
    set3: '柔和（Set3）',
    paired: '成对（Paired）',
    ylorrd: '黄-橙-红',
    blues: '蓝色',
    greens: '绿色',
    reds: '红色',
    purples: '紫色',
    ylgnbu: '黄-绿-蓝',
    heat: '蓝-青-绿-黄-红',
    fire: '黄-橙-红（火焰）',
  },
  codeColours: '有代码颜色的属性（如三调地类）使用国家标准配色',
  preview: '预览',
  apply: '应用',
  clear: '清除',
  working: '正在生成专题图…',
  noAttribute: '该图层没有可用于此类型的属性',
  legend: '图例',
  count: (n) => `${n} 个要素`,
  truncated: (n) => `（仅统计前 ${n} 个要素）`,
  applied: (title) => `已应用专题图：${title}`,
  cleared: (title) => `已恢复默认样式：${title}`,
  badge: '专题图',
  legendAlt: (title) => `专题图图例：${title}`,
};

// ==== print ====
/** The print tool: the current view to a PDF or PNG page made on the server. */
export const PRINT = {
  heading: '打印地图',
  title: '标题',
  defaultTitle: '梅州市专题地图',
  paper: '纸张',
  orientation: '方向',
  orientations: { landscape: '横向', portrait: '纵向' },
  dpi: '分辨率',
  dpiOption: (d) => `${d} dpi`,
  format: '格式',
  submit: '生成并下载',
  summary: (layers, crs, asOf) => `当前视图 · ${layers} 个图层 · ${crs} · ${asOf ? `历史 ${asOf}` : '现势'}`,
  working: '正在生成…',
  queued: '排队中…',
  job: (percent) => `大幅面打印任务：已完成 ${percent}%`,
  done: (name) => `已生成：${name}`,
  download: '下载文件',
  failed: (message) => `打印失败：${message}`,
  noTitle: '请输入标题',
  largeHint: 'A3 300 dpi 为大幅面，将作为后台任务生成',
};

/** The import tool: upload a file into a new or an existing layer. */
export const IMPORT = {
  heading: '数据导入',
  formats: 'GeoJSON、CSV、Shapefile（.zip）、GeoPackage',
  target: '导入到',
  targets: { create: '新建图层', existing: '已有图层' },
  layerId: '图层名（英文）',
  layerIdHint: '字母开头，可含字母、数字、下划线',
  layerTitle: '图层标题',
  kind: '图层类型',
  idKey: '要素编号字段（可选）',
  idKeyHint: '如 code：以后可按它更新',
  layer: '图层',
  mode: '方式',
  modes: { append: '追加', key: '按键字段更新（同键覆盖）' },
  key: '键字段',
  crs: '坐标系',
  crsAuto: '自动识别',
  encoding: '编码',
  encodingAuto: '自动识别',
  repair: '自动修复无效几何',
  fixAxes: '自动交换颠倒的坐标轴',
  submit: '开始导入',
  needFile: '请选择文件',
  badId: '图层名须以字母开头，只含字母、数字、下划线',
  needTitle: '请输入图层标题',
  uploading: (percent) => `上传中 ${percent}%`,
  states: { QUEUED: '排队中', RUNNING: '导入中', SUCCEEDED: '导入完成', FAILED: '导入失败' },
  progress: (state, rows, percent) => `${state} · 已读 ${rows} 行 · ${percent}%`,
  report: '导入报告',
  counts: {
    rowsRead: '读取',
    inserted: '新增',
    updated: '更新',
    unchanged: '未变',
    rejected: '拒绝',
    warnings: '警告',
  },
  issues: '质检问题',
  noIssues: '未发现质检问题',
  qcLink: '下载质检报告 (CSV)',
  added: (title) => `图层“${title}”已加入图层树`,
  failed: (message) => `导入失败：${message}`,
  issueNames: {
    COLUMN_IGNORED: '源数据字段在目标图层中不存在，已忽略',
    FILE_NOTE: '文件说明',
    GEOMETRY_PARSE_ERROR: '几何无法解析',
    MISSING_GEOMETRY: '缺少几何或坐标',
    INVALID_GEOMETRY: '几何无效',
    GEOMETRY_REPAIRED: '几何已自动修复',
    WRONG_GEOMETRY_TYPE: '几何类型与图层不符',
    SWAPPED_AXES: '坐标轴顺序颠倒（X/Y 或经纬度互换）',
    SWAPPED_AXES_FIXED: '坐标轴顺序颠倒，已自动交换',
    OUT_OF_EXTENT: '坐标超出坐标系适用范围',
    TRANSFORM_FAILED: '坐标转换失败',
    GEOCODED: '坐标由地址匹配得到',
    INVALID_VALUE: '属性值类型错误',
    CODE_NOT_IN_LIST: '代码不在值域中',
    MISSING_REQUIRED: '缺少必填属性',
    MISSING_KEY: '缺少主键值',
    INVALID_KEY: '主键值无效',
    DUPLICATE_KEY: '文件内主键重复',
    TEXT_DECODING: '文字编码有误',
    DUPLICATE_POINT_NUMBER: '物探点号重复',
    SEGMENT_ENDPOINT_MISSING: '管段起点或终点不存在',
    FEATURE_AND_APPURTENANCE: '特征与附属物同时填写',
    NEGATIVE_DEPTH: '埋深为负',
    IMPLAUSIBLE_DEPTH: '埋深不合理',
    DIAMETER_CHANGE_WITHOUT_REDUCER: '管径变化处无变径点',
    INVERT_UPHILL: '排水管底高程逆坡',
  },
};

// ==== admin ====
/** The admin area: users, API keys, layers, audit log, CORS and the external base map. */
export const ADMIN = {
  roles: { ADMIN: '管理员', EDITOR: '编辑', RESTRICTED_READER: '涉密读者', VIEWER: '浏览', GRID_MANAGER: '网格员', ACCEPTOR: '受理员', SHIFT_LEADER: '值班长', DISPATCHER: '派遣员', HANDLER: '专业部门', LEADER: '领导' },
  yes: '是',
  no: '否',
  save: '保存',
  cancel: '取消',
  create: '新建',
  refresh: '刷新',
  saved: '已保存',
  never: '从不',
  none: '—',
  allLayers: '全部图层',
  copyHint: '请立即复制，关闭后无法再次查看',
  confirmDisable: (name) => `确定停用账号 ${name}？其会话立即失效。`,
  confirmRevoke: (name) => `确定吊销密钥「${name}」？该密钥立即失效且不可恢复。`,
  users: {
    heading: '用户',
    count: (n) => `共 ${n} 个账号`,
    username: '用户名',
    displayName: '姓名',
    department: '部门',
    roles: '角色',
    state: '状态',
    created: '创建时间',
    enabled: '启用',
    disabled: '已停用',
    password: '初始密码',
    edit: '编辑',
    enable: '启用',
    disable: '停用',
    resetPassword: '重置密码',
    unlock: '解锁',
    unlocked: (name) => `已解锁 ${name}`,
    newPassword: (name, pw) => `${name} 的新密码：${pw}`,
    created_: (name) => `已创建账号 ${name}`,
    needName: '请填写用户名和初始密码',
  },
  keys: {
    heading: 'API 密钥',
    count: (n) => `共 ${n} 个密钥`,
    name: '名称',
    department: '部门',
    roles: '角色',
    layers: '可读图层',
    created: '创建时间',
    expires: '到期',
    lastUsed: '最近使用',
    state: '状态',
    active: '有效',
    revoked: '已吊销',
    expired: '已过期',
    revoke: '吊销',
    expiresAt: '到期日期（可空）',
    layersHint: '不选则为角色允许的全部图层',
    secret: (name, key) => `密钥「${name}」：${key}`,
    needName: '请填写密钥名称',
    pastExpiry: '到期日期须晚于今天',
  },
  audit: {
    heading: '审计日志',
    type: '类型',
    types: {
      '': '全部',
      LOGIN: '登录成功',
      LOGIN_: '登录失败与解锁',
      KEY_: '密钥（创建、使用、吊销）',
      USER_: '用户变更',
      LAYER_: '图层变更',
      CODE_LIST_: '代码表变更',
      CORS_UPDATED: '跨域设置',
      BASEMAP_UPDATED: '外部底图设置',
      FEATURES_: '数据编辑与导入',
    },
    /** Each action's Chinese name; the code itself is shown on hover. */
    actions: {
      LOGIN: '登录',
      LOGIN_FAILED: '登录失败',
      LOGIN_THROTTLED: '登录受限',
      LOGIN_UNLOCKED: '解除锁定',
      ACCOUNT_LOCKED: '账号锁定',
      KEY_CREATED: '创建密钥',
      KEY_UPDATED: '修改密钥',
      KEY_REVOKED: '吊销密钥',
      KEY_USED: '使用密钥',
      USER_CREATED: '创建用户',
      USER_UPDATED: '修改用户',
      USER_ENABLED: '启用用户',
      USER_DISABLED: '停用用户',
      USER_DELETED: '删除用户',
      USER_PASSWORD_RESET: '重置密码',
      LAYER_UPDATED: '修改图层',
      LAYER_ATTRIBUTE_READ_ROLE: '属性读取权限',
      CODE_LIST_CREATED: '创建代码表',
      CODE_LIST_REPLACED: '替换代码表',
      ATTRIBUTE_CODE_LIST_SET: '属性关联代码表',
      CORS_UPDATED: '跨域设置',
      BASEMAP_UPDATED: '外部底图设置',
      FEATURES_EDITED: '编辑要素',
      FEATURES_LOADED: '批量导入要素',
    },
    actor: '操作者',
    from: '起始日期',
    to: '截止日期',
    search: '查询',
    at: '时间',
    action: '操作',
    target: '对象',
    detail: '详情',
    address: '来源地址',
    total: (n, from, to) => (n ? `共 ${n} 条，第 ${from}–${to} 条` : '没有符合条件的记录'),
    prev: '上一页',
    next: '下一页',
    badRange: '起始日期晚于截止日期',
  },
  layers: {
    pick: '图层',
    heading: '图层属性',
    title: '名称',
    accessLevel: '访问级别',
    defaultStyle: '默认样式',
    group: '分组',
    groupHint: '留空则按图层类型分组',
    attributes: '属性与读取权限',
    name: '字段',
    label: '标签',
    type: '类型',
    readRole: '可读角色',
    everyone: '不限',
    roleOnly: (role) => `仅${role}`,
    roleSaved: (attr, role) => `属性 ${attr}：${role}`,
    builtInStyle: (kind) => `内置样式（${kind}）`,
    sldHeading: '样式（SLD）',
    sldHint: '粘贴或选择 SLD 1.0 / SE 1.1 文件：校验并预览只用本平台 WMS 绘制，不保存；保存为样式后 WMS、WMTS、瓦片和打印都可使用',
    sldFile: '选择 SLD 文件',
    sldPreview: '校验并预览',
    sldOk: '样式有效，预览如下',
    sldEmpty: '请先粘贴或选择 SLD',
    sldTooLong: 'SLD 超过 6000 字符，无法直接预览；请保存为样式后预览',
    sldError: (text) => `样式无效：${text}`,
    noExtent: '该图层没有数据范围，无法预览',
    styleName: '样式名',
    styleNameHint: '英文字母开头，可含数字、_ 和 -',
    styleTitle: '样式标题',
    styleBadName: '样式名须以英文字母开头，仅含字母、数字、_ 或 -（不超过 48 个字符），且不能是 default',
    saveStyle: '保存为样式',
    styleSaved: (title, name) => `已保存样式“${title}”（${name}），预览为平台 WMS 按该样式绘制`,
    stylesHeading: '已有样式',
    noStyles: '该图层还没有命名样式',
    source: '来源',
    sourceSaved: '已保存',
    sourceFile: '部署文件',
    updated: '更新',
    isDefault: '默认',
    actions: '操作',
    edit: '编辑',
    preview: '预览',
    makeDefault: '设为默认',
    remove: '删除',
    confirmRemove: (title) => `删除样式“${title}”？`,
    defaultSet: (title) => `默认样式已改为“${title}”，图层瓦片已更新`,
    removed: (title) => `已删除样式“${title}”`,
    loaded: (title) => `已载入样式“${title}”，可修改后再次保存`,
    removeLayer: '删除图层',
    confirmRemoveLayer: (title, id) => `删除图层“${title}”将删除其全部要素、历史版本和样式，不可恢复。请输入图层标识 ${id} 确认：`,
    removeLayerMismatch: '输入的图层标识不符，未删除',
    layerRemoved: (title) => `已删除图层“${title}”`,
  },
  settings: {
    corsHeading: '跨域访问（CORS）',
    corsHint: '允许调用本平台接口的部门应用来源，每行一个，如 https://zjj.meizhou.gov.cn',
    corsDefault: '尚未保存，当前为启动配置的默认值',
    corsStored: '当前为管理员保存的列表',
    corsBad: (line) => `第 ${line} 行不是有效来源（须为 http(s)://主机[:端口]，不含路径和通配符）`,
    baseHeading: '外部 WMTS 底图（如天地图）',
    enabled: '在底图切换中提供',
    title: '名称',
    urlTemplate: '瓦片地址模板',
    urlHint: '含 {TileMatrix} {TileRow} {TileCol}，可用 {layer} {matrixSet} {tk}，主机可写 t{0-7}',
    layer: '图层（layer）',
    matrixSet: '矩阵集（matrixSet）',
    grid: '对应本平台格网',
    grids: { c: 'c（经纬度 CGCS2000）', w: 'w（球面墨卡托）' },
    tk: '密钥（tk）',
    needPlaceholders: '瓦片地址模板须含 {TileMatrix}、{TileRow} 和 {TileCol}',
    hosts: (hosts) => `内容安全策略（CSP）允许的外部主机：${hosts || '无'}`,
  },
};

/** 数字城管 case tools: 待办 (the inbox), the case form, 案件查询. */
export const CASES = {
  overdueBadge: (n) => `${n} 件超时`,
  refresh: '刷新',
  back: '返回列表',
  loading: '正在加载…',
  none: '—',
  any: '全部',
  empty: '没有待办任务',
  noCases: '没有符合条件的案件',
  step: '环节',
  category: '案件小类',
  grid: '单元网格',
  status: '状态',
  overdueOnly: '只看超时',
  inView: '当前视图',
  search: '查询',
  caseNo: '案件编号',
  title: '环节',
  address: '地址',
  remaining: '剩余时限',
  createdAt: '到达时间',
  reportedAt: '上报时间',
  select: '选择',
  selectAll: '全选待派遣',
  open: '办理',
  view: '查看',
  left: (text) => `剩余 ${text}`,
  over: (text) => `超时 ${text}`,
  paused: '暂停计时',
  hours: (h, m) => (h > 0 ? `${h}小时${m ? `${m}分` : ''}` : `${m}分`),
  days: (d, h) => `${d}天${h ? `${h}小时` : ''}`,
  count: (n) => `共 ${n} 件`,
  overdueCount: (n) => `（超时 ${n} 件）`,
  page: (from, to, n) => `第 ${from}–${to} 件，共 ${n} 件`,
  prev: '上一页',
  next: '下一页',
  more: (max) => `仅列出最新的 ${max} 件，请缩小条件`,
  bulk: {
    heading: '批量派遣',
    chosen: (n) => `已选 ${n} 件待派遣案件`,
    dispatch: '派遣所选',
    done: (n, dept) => `已派遣 ${n} 件至 ${dept}`,
    failed: (caseNo, message) => `${caseNo} 派遣失败：${message}`,
    none: '请先勾选待派遣的任务',
  },
  steps: {
    register: '待受理',
    approveRegister: '待审核立案',
    dispatch: '待派遣',
    handle: '待处置',
    approveExtension: '延期审批',
    approveSuspension: '挂账审批',
    suspended: '已挂账',
    verify: '待核查',
    close: '待结案',
  },
  statuses: ['已上报', '待审核立案', '已立案', '处置中', '延期审批中', '挂账审批中', '已挂账', '待核查', '待结案', '已结案', '不予立案', '已作废'],
  attributes: {
    status: '状态',
    category: '案件小类',
    main_class: '案件大类',
    bgid: '单元网格',
    community_code: '社区代码',
    address: '地址',
    description: '问题描述',
    urgency: '紧急程度',
    reporter: '上报人',
    department: '处置部门',
    reported_at: '上报时间',
    due_at: '环节时限',
    closed_at: '结案时间',
  },
  urgency: { NORMAL: '一般', URGENT: '紧急', CRITICAL: '特急' },
  form: {
    attributes: '案件信息',
    history: '办理过程',
    photos: '照片',
    noPhotos: '暂无照片',
    photoBy: (stage, by, at) => `${stage} · ${by} · ${at}`,
    exifFar: (m) => `拍摄位置距案件 ${m} 米`,
    map: '定位',
    zoom: '在地图上定位',
    task: (title) => `当前环节：${title}`,
    noTask: '此案件没有您可办理的任务',
    department: '处置部门',
    chooseDepartment: '请选择部门',
    note: '办理意见',
    noteRequired: '请填写办理意见',
    hours: '延期工作小时（1–240）',
    badHours: '延期小时须为 1 至 240',
    mergeInto: '合并至案件编号',
    mergeRequired: '请填写要合并到的案件编号',
    needDepartment: '请选择处置部门',
    done: (action, status) => `已${action}，案件状态：${status}`,
    close: '关闭',
    by: (who) => who,
  },
  actions: {
    register: '受理立案',
    reject: '不予立案',
    merge: '合并',
    approve: '同意',
    back: '回退',
    dispatch: '派遣',
    done: '处置完毕',
    return: '退回',
    extend: '申请延期',
    suspend: '申请挂账',
    deny: '不同意',
    resume: '恢复处置',
    pass: '核查通过',
    fail: '核查不通过',
    close: '结案',
  },
  /** Actions that need a note. */
  needsNote: ['reject', 'return', 'suspend', 'fail', 'back', 'extend'],
  caseAction: '案件详情',
};
