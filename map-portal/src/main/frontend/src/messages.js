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
  UNKNOWN_PROPERTY: '图层没有该字段',
  QUERY_TIMEOUT: '查询超时',

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
  table: '属性表',
  chart: '统计图表',

  // ==== sketch tools ====

  // ==== carto tools ====

  // ==== print tools ====

  // ==== admin tools ====

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

// ==== carto ====

// ==== print ====

// ==== admin ====

