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
  INVALID_THEMATIC: '专题图参数有误',

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

  // ==== sketch tools ====

  // ==== carto tools ====
  thematic: '专题图',

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

// ==== sketch ====

// ==== carto ====
/** The thematic map tool (专题图). */
export const THEMATIC = {
  heading: '专题图',
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

// ==== admin ====

