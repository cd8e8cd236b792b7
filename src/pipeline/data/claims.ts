/**
 * Language tables for claim extraction and alignment. Each entry is a cue that holds on any
 * Chinese news article; adding a word here is a data change, not a code change.
 */

/** Verbs that report a checkable event or state (raise check-worthiness). */
export const EVENT_VERBS = [
  '宣布',
  '控制',
  '占领',
  '攻占',
  '夺取',
  '收复',
  '举行',
  '会谈',
  '会面',
  '会晤',
  '通话',
  '签署',
  '承诺',
  '提出',
  '提供',
  '达成',
  '访问',
  '前往',
  '抵达',
  '任命',
  '免去',
  '发布',
  '公布',
  '披露',
  '袭击',
  '打击',
  '击落',
  '打死',
  '逮捕',
  '被捕',
  '抓捕',
  '制裁',
  '批准',
  '通过',
  '拒绝',
  '同意',
  '邀请',
  '削减',
  '增加',
  '启动',
  '召开',
  '推进',
  '扩大',
  '出席',
  '缺席',
  '持续',
  '交换',
  '释放',
  '投产',
  '建设',
  '生产',
  '死亡',
  '受伤',
  '起草',
  '造访',
  '到访',
  '击退',
  '开工',
  '启用',
  '落成',
] as const;

/** Phrases that mark commentary or analysis rather than a checkable assertion. */
export const OPINION_CUES = [
  '分析人士认为',
  '有分析指出',
  '有分析认为',
  '有分析称',
  '分析认为',
  '评论说',
  '看来',
  '认为',
  '似乎',
  '恐怕',
  '无疑',
  '显然',
  '可谓',
  '意味着',
  '说明',
  '或许',
  '也许',
  '值得注意的是',
  '不难看出',
] as const;

/** Leading connectives dropped from a statement (`此外，特朗普称…` → `特朗普称…`). */
export const LEADING_CONNECTIVES = [
  '与此同时',
  '事实上',
  '此外',
  '另外',
  '另据',
  '不过',
  '然而',
  '但是',
  '而且',
  '同时',
  '此前',
  '目前',
  '但',
  '而',
  '据悉',
] as const;

/**
 * Words that refer back to the previous statement (`乌方对此予以否认`). Matched on the folded
 * key, so simplified forms cover traditional text (`這項說法` folds to `这项说法`).
 */
export const ANAPHORS = [
  '对此',
  '此说',
  '该说法',
  '这一说法',
  '这项说法',
  '这个说法',
  '这种说法',
  '此种说法',
  '上述说法',
  '有关说法',
  '这一消息',
  '此消息',
  '该消息',
  '这则消息',
  '上述消息',
  '这一报道',
  '该报道',
  '此报道',
  '这篇报道',
  '上述报道',
  '上述',
  '此事',
  '这一指控',
  '该指控',
  '上述指控',
] as const;

/** Phrases that leave a question open (`尚不清楚…是否…`); a later report may answer it. */
export const OPEN_QUESTION_CUES = ['尚不清楚', '仍不清楚', '目前不清楚', '尚不确定', '有待确认', '是否'] as const;

/**
 * Event classes: words that describe the same kind of event. A plan in a class and a later
 * report in the same class about the same entities are a story that moved on.
 */
export const EVENT_CLASSES: Record<string, readonly string[]> = {
  meet: ['会面', '会谈', '会晤', '见面'],
  convene: ['召开', '举行', '开幕', '闭幕'],
  visit: ['前往', '访问', '抵达', '到访', '赴'],
  call: ['通话', '通电话', '电话'],
  control: ['控制', '占领', '攻占', '夺取', '收复', '失守', '推进', '突出部', '包围', '战斗'],
  agreement: ['签署', '达成', '协议', '同意', '批准'],
  sanction: ['制裁'],
  attack: ['袭击', '打击', '空袭', '导弹', '无人机'],
  toll: ['死亡人数', '伤亡人数', '遇难人数', '失踪人数', '受伤人数'],
  open: ['投产', '开工', '启用', '投入使用', '投入运营', '开业', '落成', '竣工', '通车', '开通', '开幕', '揭幕'],
};

/**
 * Classes that describe a state of the world rather than a one-off event: who controls a
 * place, how many have died. A later report of the same state updates an earlier one; two
 * meetings weeks apart are simply two meetings.
 */
export const STATE_CLASSES: readonly string[] = ['control', 'toll'];

/** Counters of documents and plans: `12点计划` and `13点文件` count the same kind of thing. */
export const COUNTER_CLASSES: Record<string, readonly string[]> = {
  document: [
    '计划',
    '方案',
    '文件',
    '草案',
    '协议',
    '建议',
    '倡议',
    '框架',
    '和平计划',
    '和平方案',
    '和平框架',
    '清单',
  ],
  visit: ['访问', '造访', '到访', '出访', '访', '赴'],
  assault: ['进攻', '攻击', '突击', '突击行动', '冲锋', '强攻', '攻势', '袭击'],
};

/** Words that make a figure a forecast, not a count (`预计年底将达到…`): a different scope. */
export const PROJECTION_CUES = ['预计', '预期', '有望', '估计', '估算', '或将', '将达到', '目标是'] as const;
