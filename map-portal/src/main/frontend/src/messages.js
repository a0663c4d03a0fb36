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
  INVALID_DISTANCE: '缓冲距离有误',
  EMPTY_GEOMETRY: '图形为空',
  INVALID_GEOMETRY: '图形无效',

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

  // ==== sketch tools ====
  measure: '测量',
  sketch: '标绘',
  buffer: '缓冲选择',

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

// ==== print ====

// ==== admin ====

