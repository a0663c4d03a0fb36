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
  INVALID_PRINT: '打印参数有误',
  JOB_NOT_FOUND: '任务不存在',
  RESULT_NOT_READY: '结果尚未生成',
  LAYER_EXISTS: '图层已存在',
  ZIP_REFUSED: '压缩包被拒绝',

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

  // ==== print tools ====
  print: '打印',
  importData: '数据导入',

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
  choose: '选择文件',
  noFile: '未选择文件',
  formats: 'GeoJSON、CSV、Shapefile（.zip）、GeoPackage',
  target: '导入到',
  targets: { create: '新建图层', existing: '已有图层' },
  layerId: '图层名（英文）',
  layerIdHint: '字母开头，可含字母、数字、下划线',
  layerTitle: '图层标题',
  group: '分组',
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

