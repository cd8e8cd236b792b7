/**
 * Cue words for negation, denial, hedging and plans (simplified; matched on the folded key).
 *
 * Each list is matched longest-first together with its `EXCEPT` list: where an exception is the
 * longest word at a position, the cue does not fire (`未来` is not `未`, `不过` is not `不`).
 */

/** Negation: the sentence says something did not happen or is not so. */
export const NEGATION: readonly string[] = [
  '没有', '没', '并未', '未能', '未', '尚未', '从未', '并没有', '不', '并不', '并非', '绝非', '非', '无法', '无意',
  '不会', '不能', '不再', '不可能', '别', '勿', '毫无', '无',
];

/** Words that contain a negation character but do not negate. */
export const NEGATION_EXCEPT: readonly string[] = [
  '未来', '未必', '未知', '未成年', '未婚', '未遂', '不仅', '不过', '不断', '不少', '不同', '不久', '不管', '不论',
  '不但', '不只', '不如', '不禁', '不满', '不安', '不利', '不确定', '不稳定', '不足', '不良', '不得不', '不妨', '不已',
  '不然', '不料', '不外乎', '不时', '不少于', '不低于', '不到', '不超过', '不止', '不乏', '不言而喻', '不可或缺',
  '不容', '不懈', '不约而同', '不折不扣', '不惜', '不失为', '非常', '非洲', '非法', '非营利', '非政府', '非正式',
  '非盟', '是非', '无人机', '无论', '无疑', '无数', '无比', '无条件', '无线', '无人', '无辜', '无果而终', '无底洞',
  '毫无疑问', '无一例外', '没收', '淹没', '埋没', '出没', '别的', '特别', '分别', '区别', '级别', '类别', '告别',
  '个别', '差别', '识别', '别人', '不公', '不平等', '不对称', '不明', '不可接受', '不接受',
  '无视', '南非', '北非', '不透露', '并非如此', '不可否认', '无可否认',
  '不错', '不久', '不久前', '不久后', '不一', '不等', '不下', '不光', '不免', '不由得', '不计其数', '不可思议',
  '不得已', '不择手段', '不遗余力', '不一而足', '差不多', '了不起', '无偿', '无限', '无核化', '无党派', '无形',
  '未雨绸缪', '毫不犹豫', '不假思索', '不由自主', '无人驾驶', '无缝', '无障碍',
];

/**
 * Where negation counts. A sentence is negative only when its main assertion is: the first clause
 * that is not a reporting frame (`据…报道`, `X表示`), a subordinate clause (`尽管…`, `…之后`) or
 * a bare adverbial (`同日`, `当地时间2日晚`). `尽管谈判未能取得突破，双方同意交换战俘` is positive.
 */

/** Words that open a subordinate clause or a fronted prepositional phrase (`针对此次会谈，…`). */
export const SUBORDINATORS: readonly string[] = [
  '由于', '虽然', '虽', '尽管', '如果', '假如', '假若', '倘若', '即使', '即便', '哪怕', '纵然', '鉴于', '因为',
  '为了', '随着', '除了', '只要', '一旦', '既然', '考虑到', '基于', '按照', '根据', '在', '自从', '从', '面对', '针对',
  '关于', '对于', '至于', '经过', '通过', '趁', '作为', '身为', '为', '就', '对',
];

/** Words that open a subordinate clause only when the clause also ends like one (`当…时`, `自…以来`). */
export const SUBORDINATORS_NEEDING_END: readonly string[] = ['当', '自'];

/** Words that begin with a subordinator but do not open a subordinate clause (`当局`, `从而`). */
export const SUBORDINATORS_EXCEPT: readonly string[] = [
  '当局', '当地', '当前', '当天', '当日', '当晚', '当时', '自己', '自身', '自然', '自称', '自行', '自动', '从而', '从来',
  '从未', '从不', '在场', '在内', '在于', '为何', '为此', '为止', '对方', '对手', '就是', '就此', '对此',
];

/** Words that end a subordinate (time or condition) clause: `会谈结束后`, `在…的情况下`. */
export const SUBORDINATE_ENDS: readonly string[] = [
  '时', '之时', '的时候', '后', '之后', '以后', '过后', '前', '之前', '以前', '以来', '期间', '之际', '情况下',
  '的情况下', '的同时', '过程中', '的话', '之下', '前夕', '看来', '来看', '而言', '来说',
];

/** Words that end in a subordinate-clause ending but end a main clause (`持续了5小时`). */
export const SUBORDINATE_ENDS_EXCEPT: readonly string[] = [
  '小时', '同时', '及时', '暂时', '随时', '准时', '按时', '临时', '适时', '平时', '过时', '一时', '实时', '当时', '届时',
  '目前', '当前', '空前', '提前', '向前', '眼前', '生前', '事前', '从前', '最后', '落后', '今后', '此后', '随后', '然后',
  '其后', '背后', '幕后', '前后', '先后', '滞后', '午后',
];

/** Words a bare adverbial clause is made of (with dates and clock times): `同日`, `当地时间2日晚`. */
export const CLAUSE_ADVERBIALS: readonly string[] = [
  '当地时间', '北京时间', '莫斯科时间', '当天', '当日', '同日', '同一天', '当晚', '目前', '此前', '此外', '另外', '同时',
  '与此同时', '对此', '随后', '近日', '日前', '不过', '然而', '但是', '但', '而', '此后', '据悉', '据了解', '事实上',
  '其中', '首先', '其次', '最后', '总之', '因此', '所以', '可见', '另一方面', '一方面', '今年', '去年', '明年', '上周',
  '本周', '下周', '上月', '本月', '下月', '上午', '下午', '晚上', '晚间', '早上', '中午', '凌晨', '傍晚', '深夜', '晚',
  '早', '近期', '早些时候', '稍早', '稍晚', '如今', '眼下', '现在', '当下', '今天', '昨天', '明天', '前一天', '次日',
  '年', '月', '日', '号', '时', '分', '许', '左右', '初', '底', '末', '上旬', '中旬', '下旬', '夏季', '秋季', '冬季',
  '春季', '夏天', '秋天', '冬天', '春天', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '星期', '在', '于',
  '值得注意的是', '值得一提的是', '需要指出的是', '需要注意的是', '众所周知', '据报道', '据称', '据介绍',
];

/**
 * Words that end a reporting frame besides the reporting verbs (`这说明，…`, `意在表达，…`):
 * the clause after them is the assertion.
 */
export const FRAME_ENDS: readonly string[] = [
  '表达', '意味着', '说明', '显示', '表明', '看出', '可以看出', '发现', '得知', '了解到', '注意到', '获悉', '指出',
];

/**
 * Negations that also open a relative clause (`尚未被占领的领土`, `未解决的分歧`,
 * `不愿透露姓名的官员`): followed by `的` within a few characters, they modify a noun instead of
 * negating the clause.
 */
export const MODIFIER_NEGATIONS: readonly string[] = ['未', '尚未', '不', '不愿', '从未', '未曾', '无'];

/** Denial: someone says a report or claim is false. */
export const DENIAL: readonly string[] = [
  '否认', '予以否认', '矢口否认', '断然否认', '驳斥', '辟谣', '不实', '失实', '否定', '反驳', '谣言', '纯属捏造', '捏造',
  '子虚乌有', '并非事实', '与事实不符', '虚假信息', '假新闻', '毫无根据', '无中生有', '胡说', '一派胡言', '不属实',
  '并不属实', '造谣', '澄清',
];

/** Hedges: the sentence says something may be so. */
export const HEDGE: readonly string[] = [
  '可能', '或将', '或许', '也许', '恐怕', '恐将', '恐', '似乎', '好像', '仿佛', '据称', '据悉', '据传', '传闻', '传言',
  '疑似', '大概', '估计', '不排除', '有望', '或会', '或陷', '或成', '或致', '或遭', '或再', '或面临', '据报道称',
  '未必', '不一定', '说不定', '难以确定', '尚不清楚', '不清楚', '不确定', '有待', '料将', '料', '看来', '似',
];

/** Words that contain a hedge character but do not hedge. */
export const HEDGE_EXCEPT: readonly string[] = [
  '恐怖', '恐慌', '恐惧', '惊恐', '材料', '资料', '饲料', '燃料', '原料', '预料之外', '好像是', '相似', '类似',
  '似的', '近似', '料理', '不可能', '可能性',
];

/** Plans and expectations: the sentence is about something that has not happened yet. */
export const PLAN: readonly string[] = [
  '计划于', '计划在', '计划将', '计划前往', '计划访问', '计划举行', '计划与', '计划向', '计划对', '计划今年',
  '计划明年', '计划下周', '计划下月', '预计', '预期', '拟', '打算', '准备', '即将', '将于', '将在', '将要', '将会',
  '将', '定于', '预定', '安排在', '有望', '筹备', '规划', '行将', '届时', '将继续', '预料', '近期将', '拟于', '拟将',
  '定在', '择期', '待定',
];

/**
 * Plans whose words stand apart (matched on the folded key): an invitation to travel is a visit
 * that has not happened yet (`美方已邀请乌代表团近期再次赴美`, `邀請…前往…訪問`).
 */
export const PLAN_PATTERNS: readonly RegExp[] = [
  /邀请[^,;:。!?]{0,16}?(?:赴|前往|访问|来访|到访|出席|参加|访)/u,
];

/** Words that contain a plan cue but do not announce a plan. */
export const PLAN_EXCEPT: readonly string[] = [
  '将军', '将领', '上将', '中将', '少将', '大将', '主将', '将近', '将其', '将这', '将那', '将该', '将此', '将一',
  '将乌', '将俄', '将美', '将欧', '将他', '将她', '将它', '将自己', '将军队', '拟人', '准备好', '做好准备', '准备工作',
  '准备金',
];

/** Question particles before a final `?` (or ending the sentence on their own). */
export const QUESTION_PARTICLES: readonly string[] = ['吗', '呢'];
