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
  ACCOUNT_EXISTS: '用户名或密钥已存在',
  ACCOUNT_NOT_FOUND: '账号不存在',
  INVALID_STYLE: '样式（SLD）有误',

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

  // ==== admin tools ====
  adminUsers: '用户管理',
  adminKeys: '密钥管理',
  adminLayers: '图层管理',
  adminAudit: '审计日志',
  adminSettings: '跨域与底图',

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
/** The admin area: users, API keys, layers, audit log, CORS and the external base map. */
export const ADMIN = {
  roles: { ADMIN: '管理员', EDITOR: '编辑', RESTRICTED_READER: '涉密读者', VIEWER: '浏览' },
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
    attributes: '属性与读取权限',
    name: '字段',
    label: '标签',
    type: '类型',
    readRole: '可读角色',
    everyone: '不限',
    roleOnly: (role) => `仅${role}`,
    roleSaved: (attr, role) => `属性 ${attr}：${role}`,
    sldHeading: '样式（SLD）校验与预览',
    sldHint: '粘贴或选择 SLD 1.0 文件，校验后用本平台 WMS 绘制预览（不会保存）',
    sldFile: '选择 SLD 文件',
    sldPreview: '校验并预览',
    sldOk: '样式有效，预览如下',
    sldEmpty: '请先粘贴或选择 SLD',
    sldTooLong: 'SLD 过长（预览上限 6000 字符）',
    sldError: (text) => `样式无效：${text}`,
    noExtent: '该图层没有数据范围，无法预览',
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
