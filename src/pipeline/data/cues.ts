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
];

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
  '将', '定于', '预定', '安排在', '有望', '筹备', '规划', '行将', '届时', '将继续', '预料',
];

/** Words that contain a plan cue but do not announce a plan. */
export const PLAN_EXCEPT: readonly string[] = [
  '将军', '将领', '上将', '中将', '少将', '大将', '主将', '将近', '将其', '将这', '将那', '将该', '将此', '将一',
  '将乌', '将俄', '将美', '将欧', '将他', '将她', '将它', '将自己', '将军队', '拟人', '准备好', '做好准备', '准备工作',
  '准备金',
];

/** Question particles before a final `?` (or ending the sentence on their own). */
export const QUESTION_PARTICLES: readonly string[] = ['吗', '呢'];
