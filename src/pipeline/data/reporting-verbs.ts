/**
 * Reporting verbs and source markers for attribution (simplified; matched on the folded key).
 */

/**
 * Verbs that introduce what someone said, wrote or reported, longest first when matched.
 * Compounds (`评论称`, `发文说`) are listed so the whole verb is reported.
 */
export const REPORTING_VERBS: readonly string[] = [
  '表示', '说', '称', '指出', '认为', '透露', '宣布', '否认', '强调', '介绍', '报道', '报导', '证实', '承认', '重申',
  '声称', '宣称', '坚称', '辩称', '警告', '呼吁', '坦言', '直言', '回应', '解释', '补充', '写道', '说道', '提到',
  '谈到', '告诉', '披露', '公布', '获悉', '驳斥', '表态', '暗示', '相信', '分析称',
  '分析说', '分析道', '评论称', '评论说', '评论道', '发文称', '发文说', '发文表示', '发帖称',
  '撰文称', '撰文说', '解读说', '解读称', '报道称', '报道说', '声明称', '声明说', '发表声明说', '发表声明称', '表态称',
  '介绍说', '介绍称', '通报称', '通报说', '透露说', '补充说', '补充道', '回答说', '答称', '对记者说', '对记者表示',
  '向记者表示', '向媒体表示', '告诉记者', '接受采访时说', '接受采访时表示', '接受采访时称', '发表讲话说',
  '讲话时说', '讲话时表示', '致辞时表示', '援引', '引述', '引用', '转引', '宣告', '公告', '通报', '提醒', '确认',
  '质疑', '抱怨', '批评', '指责', '谴责', '抨击', '感叹', '预言', '发出警告', '断言',
  '形容', '形容说', '形容称', '描述说', '描述称', '指称', '反驳', '反驳称', '否认称', '澄清', '澄清说', '澄清称', '辟谣称',
  '强调说', '强调称', '警告说', '警告称', '证实说', '证实称', '承认说', '承认称', '重申说', '重申称', '表明',
];

/**
 * Reporting verbs that also take a plain noun object (`宣布了新措施`, `形容这次会谈为…`): they
 * report only when a comma, colon or opening quote follows them.
 */
export const NEEDS_CLAUSE: readonly string[] = [
  '宣布', '披露', '透露', '公布', '证实', '承认', '否认', '获悉', '介绍', '回应', '确认', '相信', '警告', '呼吁',
  '批评', '指责', '谴责', '抨击', '质疑', '驳斥', '提到', '谈到', '告诉', '解释', '补充', '表态', '暗示', '重申',
  '宣告', '公告', '通报', '提醒', '抱怨', '感叹', '预言', '发出警告', '断言', '预测', '估计', '判断', '证明',
  '形容', '指称', '反驳', '澄清', '表明',
];

/** …of those, the ones that may also end a sentence: `乌方对此予以否认。` */
export const MAY_END: readonly string[] = ['否认', '证实', '承认', '确认', '回应', '反驳', '澄清'];

/**
 * Adverbials between a speaker and the verb (`乌军随即否认`, `他在会谈后表示`): the subject ends
 * where one begins, and a clause that starts with one has no subject of its own.
 */
export const SUBJECT_ADVERBIALS: readonly string[] = [
  '在', '于', '当地时间', '北京时间', '莫斯科时间', '当天', '当日', '同日', '此前', '日前', '近日', '随后', '会后',
  '会谈后', '会谈结束后', '也', '还', '则', '又', '曾', '再次', '均', '都', '一再', '已经', '已', '早些时候', '稍早',
  '稍晚', '晚些时候', '向', '对', '就', '通过', '接受', '今天', '昨天', '亦', '同样', '多次', '公开', '首次', '明确',
  '正式', '先后', '分别', '此次', '这次', '当晚', '同时', '以', '近期', '今年', '去年', '上周', '本周', '周一', '周二',
  '周三', '周四', '周五', '周六', '周日', '从', '针对', '关于', '就此', '因此', '却', '更', '甚至', '一度',
  '随即', '旋即', '当即', '立即', '立刻', '马上', '迅速', '很快', '随之', '事后', '随后便', '率先', '予以', '并',
];

/** Words that contain a reporting verb but are not one. */
export const REPORTING_VERB_EXCEPT: readonly string[] = [
  '说法', '小说', '游说', '据说', '虽说', '传说', '听说', '不用说', '换句话说', '比如说', '也就是说', '应该说',
  '可以说', '称为', '称作', '称之为', '名称', '号称', '称号', '对称', '称赞', '称霸', '简称', '统称', '俗称', '又称',
  '相称', '宣称为', '说服', '说客', '演说', '学说', '解说', '分析人士', '分析师', '分析家', '据称', '告诉我们',
  '报道中', '公布的', '说明书', '声明中', '说明', '来说', '坦白说', '总的来说', '具体来说', '一般来说', '再说', '堪称',
  '著称', '自称为', '据称',
];

/**
 * Markers before a source: `据X报道`, `根据X的说法`, `按X透露的内容`, `援引X的话`.
 * The source runs from the marker to the first of `SOURCE_ENDS`.
 */
export const SOURCE_MARKERS: readonly string[] = ['据', '根据', '按照', '按', '依据', '另据', '援引', '引述', '引用', '转引', '来自'];

/** Markers that look like a source marker but are not (`据悉` "it is learned"). */
export const SOURCE_MARKER_EXCEPT: readonly string[] = [
  '据悉', '据称', '据说', '据了解', '据估计', '据报道', '数据', '依据', '证据', '占据', '根据地', '按钮', '按下', '按时',
  '按期', '按照规定', '按计划', '按规定', '按摩', '据此', '根据此', '按此', '引用率', '据统计', '据初步统计', '据不完全统计', '盘据', '割据',
];

/** Words that end a source phrase after a marker: `据《华尔街日报》报道` → `《华尔街日报》`. */
export const SOURCE_ENDS: readonly string[] = [
  '报道', '报导', '的报道', '消息', '的消息', '发布的', '发布', '公布的', '公布', '透露的', '透露', '介绍', '的说法',
  '说法', '所说', '所言', '称', '说', '表示', '估算', '估计', '统计', '显示', '的话', '的评论', '评论', '的声明', '声明',
  '的信息', '信息', '的数据', '数据', '网站', '的文章', '文章', '分析', '指出', '援引', '的内容', '内容',
];

/** Third-person pronouns: a speaker written as a pronoun resolves to the last named speaker. */
export const PRONOUNS: readonly string[] = ['他', '她', '他们', '她们', '其'];

/** Anonymous or generic speakers (`一位美国官员`, `分析人士`) end with one of these. */
export const SPEAKER_HEADS: readonly string[] = [
  '官员', '人士', '消息人士', '知情人士', '发言人', '专家', '分析人士', '分析师', '学者', '媒体', '美媒', '外媒',
  '记者', '方面', '官方', '政府', '当局', '声明', '文章', '报道', '报告', '研报', '网站', '官网', '分析',
];
