/**
 * Numbers, units and approximation markers (simplified forms; text is folded before matching,
 * so traditional and full-width spellings match too).
 */

/** Chinese digits and their values. `两` and `俩` are 2, `廿` 20, `卅` 30. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese multipliers below 10,000 (`十` `百` `千`) and the section multipliers (`万` `亿`). */
export const CHINESE_SMALL_MULTIPLIERS: Readonly<Record<string, number>> = {
  十: 10,
  百: 100,
  千: 1000,
  廿: 20,
  卅: 30,
};
export const CHINESE_LARGE_MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/** How a unit behaves: what it measures decides how it is compared and whether a counted noun follows. */
export type UnitKind = 'currency' | 'duration' | 'counter' | 'measure' | 'percent';

export interface UnitEntry {
  /** The unit as written (simplified). */
  word: string;
  /** Normalised unit name. */
  unit: string;
  kind: UnitKind;
}

/**
 * Units and counters after a number, longest first when matched.
 * `个` alone counts generic items; the noun after it (`4份文件` → `文件`) is kept as `counter`.
 */
export const UNITS: readonly UnitEntry[] = [
  // currencies
  { word: '美元', unit: 'usd', kind: 'currency' },
  { word: '美金', unit: 'usd', kind: 'currency' },
  { word: '欧元', unit: 'eur', kind: 'currency' },
  { word: '人民币', unit: 'cny', kind: 'currency' },
  { word: '元人民币', unit: 'cny', kind: 'currency' },
  { word: '元', unit: 'cny', kind: 'currency' },
  { word: '块钱', unit: 'cny', kind: 'currency' },
  { word: '卢布', unit: 'rub', kind: 'currency' },
  { word: '英镑', unit: 'gbp', kind: 'currency' },
  { word: '日元', unit: 'jpy', kind: 'currency' },
  { word: '港元', unit: 'hkd', kind: 'currency' },
  { word: '港币', unit: 'hkd', kind: 'currency' },
  { word: '新台币', unit: 'twd', kind: 'currency' },
  { word: '台币', unit: 'twd', kind: 'currency' },
  { word: '格里夫纳', unit: 'uah', kind: 'currency' },
  { word: '瑞郎', unit: 'chf', kind: 'currency' },
  { word: '瑞士法郎', unit: 'chf', kind: 'currency' },
  // durations
  { word: '个小时', unit: 'hour', kind: 'duration' },
  { word: '小时', unit: 'hour', kind: 'duration' },
  { word: '个钟头', unit: 'hour', kind: 'duration' },
  { word: '钟头', unit: 'hour', kind: 'duration' },
  { word: '分钟', unit: 'minute', kind: 'duration' },
  { word: '秒钟', unit: 'second', kind: 'duration' },
  { word: '天', unit: 'day', kind: 'duration' },
  { word: '昼夜', unit: 'day', kind: 'duration' },
  { word: '个星期', unit: 'week', kind: 'duration' },
  { word: '星期', unit: 'week', kind: 'duration' },
  { word: '周', unit: 'week', kind: 'duration' },
  { word: '个月', unit: 'month', kind: 'duration' },
  { word: '年', unit: 'year', kind: 'duration' },
  { word: '个年头', unit: 'year', kind: 'duration' },
  // percentages
  { word: '个百分点', unit: 'percentage-point', kind: 'percent' },
  { word: '百分点', unit: 'percentage-point', kind: 'percent' },
  { word: '%', unit: 'percent', kind: 'percent' },
  { word: '‰', unit: 'permille', kind: 'percent' },
  { word: '成', unit: 'tenth', kind: 'percent' },
  // measures
  { word: '平方公里', unit: 'km2', kind: 'measure' },
  { word: '平方千米', unit: 'km2', kind: 'measure' },
  { word: '公里', unit: 'km', kind: 'measure' },
  { word: '千米', unit: 'km', kind: 'measure' },
  { word: '英里', unit: 'mile', kind: 'measure' },
  { word: '海里', unit: 'nautical-mile', kind: 'measure' },
  { word: '米', unit: 'm', kind: 'measure' },
  { word: '公斤', unit: 'kg', kind: 'measure' },
  { word: '千克', unit: 'kg', kind: 'measure' },
  { word: '吨', unit: 'tonne', kind: 'measure' },
  { word: '桶', unit: 'barrel', kind: 'measure' },
  { word: '立方米', unit: 'm3', kind: 'measure' },
  { word: '兆瓦', unit: 'mw', kind: 'measure' },
  { word: '岁', unit: 'age', kind: 'measure' },
  { word: '倍', unit: 'multiple', kind: 'measure' },
  // nouns counted directly
  { word: '个国家', unit: 'country', kind: 'measure' },
  { word: '国', unit: 'country', kind: 'measure' },
  // counters (the noun after them is kept as `counter`)
  { word: '点', unit: 'point', kind: 'counter' },
  { word: '条', unit: 'item', kind: 'counter' },
  { word: '次', unit: 'time', kind: 'counter' },
  { word: '轮', unit: 'round', kind: 'counter' },
  { word: '场', unit: 'event', kind: 'counter' },
  { word: '名', unit: 'person', kind: 'counter' },
  { word: '位', unit: 'person', kind: 'counter' },
  { word: '人次', unit: 'person-time', kind: 'measure' },
  { word: '人', unit: 'person', kind: 'measure' },
  { word: '口人', unit: 'person', kind: 'measure' },
  { word: '份', unit: 'copy', kind: 'counter' },
  { word: '项', unit: 'item', kind: 'counter' },
  { word: '个', unit: 'item', kind: 'counter' },
  { word: '家', unit: 'organisation', kind: 'counter' },
  { word: '所', unit: 'organisation', kind: 'counter' },
  { word: '架', unit: 'aircraft', kind: 'counter' },
  { word: '艘', unit: 'vessel', kind: 'counter' },
  { word: '辆', unit: 'vehicle', kind: 'counter' },
  { word: '枚', unit: 'item', kind: 'counter' },
  { word: '发', unit: 'round-of-fire', kind: 'counter' },
  { word: '座', unit: 'item', kind: 'counter' },
  { word: '处', unit: 'place', kind: 'counter' },
  { word: '起', unit: 'incident', kind: 'counter' },
  { word: '批', unit: 'batch', kind: 'counter' },
  { word: '届', unit: 'session', kind: 'counter' },
  { word: '支', unit: 'item', kind: 'counter' },
  { word: '套', unit: 'set', kind: 'counter' },
  { word: '种', unit: 'kind', kind: 'counter' },
  { word: '户', unit: 'household', kind: 'counter' },
  { word: '栋', unit: 'building', kind: 'counter' },
  { word: '台', unit: 'item', kind: 'counter' },
  { word: '颗', unit: 'item', kind: 'counter' },
  { word: '门', unit: 'item', kind: 'counter' },
  { word: '部', unit: 'item', kind: 'counter' },
  { word: '篇', unit: 'item', kind: 'counter' },
  { word: '张', unit: 'item', kind: 'counter' },
  { word: '块', unit: 'item', kind: 'counter' },
  { word: '片', unit: 'item', kind: 'counter' },
  { word: '段', unit: 'item', kind: 'counter' },
  { word: '步', unit: 'step', kind: 'counter' },
  { word: '路', unit: 'route', kind: 'counter' },
];

/** Approximation markers before a number. */
export const APPROX_PREFIXES: Readonly<Record<string, 'near' | 'over' | 'under' | 'least'>> = {
  近: 'near',
  将近: 'near',
  接近: 'near',
  约: 'near',
  大约: 'near',
  大概: 'near',
  约合: 'near',
  逾: 'over',
  超过: 'over',
  超: 'over',
  多于: 'over',
  高于: 'over',
  至少: 'least',
  最少: 'least',
  不少于: 'least',
  不低于: 'least',
  不到: 'under',
  不足: 'under',
  少于: 'under',
  低于: 'under',
  未满: 'under',
  不超过: 'under',
};

/** Markers between the number and the unit (`两个多小时`, `十余年`), meaning "more than". */
export const APPROX_INFIXES: Readonly<Record<string, 'over' | 'near'>> = {
  多: 'over',
  余: 'over',
  来: 'near',
  几: 'over',
};

/** Markers after the unit (`5小时左右`, `100人以上`). */
export const APPROX_SUFFIXES: Readonly<Record<string, 'near' | 'over' | 'under'>> = {
  左右: 'near',
  上下: 'near',
  前后: 'near',
  以上: 'over',
  之多: 'over',
  多: 'over',
  余: 'over',
  以下: 'under',
  以内: 'under',
};

/** Words that start with a numeral but are not quantities. */
export const NOT_QUANTITIES: readonly string[] = [
  '五角大楼',
  '一带一路',
  '一致',
  '一直',
  '一定',
  '一道',
  '一些',
  '一切',
  '一旦',
  '一样',
  '一般',
  '一系列',
  '一方面',
  '一边',
  '一度',
  '一再',
  '一起来',
  '一举',
  '一同',
  '一概',
  '一律',
  '一味',
  '一齐',
  '一面',
  '一点点',
  '一向',
  '一心',
  '一把手',
  '一体化',
  '一线',
  '万一',
  '千万',
  '三角',
  '二战',
  '一战',
  '十分',
  '百分百',
  '七国集团',
  '二十国集团',
  '一国两制',
  '两岸',
  '两会',
  '三峡',
  '四川',
  '九州',
  '五角',
  '一时',
  '一手',
  '一生',
  '一番',
  '一下',
  '一会',
  '一点',
  '一句',
  '一项项',
  '两面',
  '双方',
  '三重',
  '两大',
  '三大',
  '四大',
  '一大',
  '一部分',
  '部分',
  '一成不变',
  '一起',
  '一行',
  '一道',
];

/** Words before a number that make it an ordinal (`第6次`). */
export const ORDINAL_PREFIXES: readonly string[] = ['第'];

/**
 * Measure words that may follow an ordinal without being units: `第一季度`, `第五度造访`
 * (`度` is "time" only after an ordinal; `5度` alone is a temperature or an angle).
 */
export const ORDINAL_MEASURES: readonly string[] = ['季度', '阶段', '届', '期', '度', '回', '任', '批', '轮', '次'];

/** Of those, the ones that name what is counted themselves (`第二季度`, `第三阶段`): no noun is read after them. */
export const ORDINAL_NOUN_MEASURES: readonly string[] = ['季度', '阶段', '届', '期', '任'];

/**
 * When no noun follows a counter (`和平框架目前共有22点`), the noun it counts stands before the
 * number, after these fillers: they are skipped when looking back.
 */
export const COUNTER_LOOKBACK_SKIP: readonly string[] = [
  '共有',
  '共计',
  '总共',
  '合计',
  '总计',
  '一共',
  '共',
  '计',
  '有',
  '为',
  '达',
  '达到',
  '包括',
  '包含',
  '含',
  '目前',
  '现',
  '现有',
  '已',
  '已有',
  '仍',
  '仍有',
  '只有',
  '仅有',
  '仅',
  '也',
  '都',
  '则',
  '即',
  '总',
  '列出',
  '列有',
  '分为',
  '增至',
  '减至',
  '缩减为',
  '缩减至',
  '扩大为',
  '扩充至',
  '修改为',
  '调整为',
  '变为',
  '成为',
  '多达',
  '长达',
  '写有',
];

/** Units whose counted noun may stand before the number (`计划共12点`, `协议共12条`). */
export const COUNTER_LOOKBACK_UNITS: readonly string[] = ['point', 'item', 'copy'];

/** Nouns counted by points and items that can stand before the number (`计划共12点`). */
export const COUNTED_NOUNS: readonly string[] = [
  '计划',
  '方案',
  '文件',
  '草案',
  '协议',
  '建议',
  '倡议',
  '框架',
  '清单',
  '条款',
  '原则',
  '要求',
  '措施',
  '声明',
  '公报',
  '宣言',
  '提案',
  '议程',
  '路线图',
  '备忘录',
  '条件',
  '协定',
  '纲要',
  '意见',
];

/** Characters that end the noun phrase before a counted noun: `修改后的框架`, `该计划`, `这份文件`. */
export const COUNTED_NOUN_BOUNDARY = '的该这此那其新原份个项部';

/** Time-of-day words: a number after them, with `点`, is a clock time (`晚上7点`). */
export const TIME_OF_DAY: readonly string[] = [
  '凌晨',
  '清晨',
  '早上',
  '早晨',
  '上午',
  '中午',
  '下午',
  '傍晚',
  '晚上',
  '晚间',
  '夜间',
  '深夜',
  '午夜',
  '当晚',
  '晚',
];
