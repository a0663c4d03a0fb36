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
  coords: (x, y) => `经度 ${x.toFixed(6)}  纬度 ${y.toFixed(6)}`,
};

export const TOOLS = { batch: '批量匹配', review: '地址审核', layers: '图层' };
