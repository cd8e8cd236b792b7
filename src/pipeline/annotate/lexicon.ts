/**
 * Small word lists the entity and attribution annotators share: titles that precede names,
 * characters used in transliterated foreign names, common surnames, and the words that can
 * follow a single-character country abbreviation (`俄方`, `乌军`, `美总统`). Simplified forms;
 * text is folded before matching.
 */

/** Titles and roles that precede a person's name (`外交部长瑟比加`, `发言人扎哈罗娃`). */
export const TITLES: readonly string[] = [
  '总统', '副总统', '总理', '副总理', '首相', '主席', '副主席', '国家主席', '国王', '女王', '王储', '亲王', '总督',
  '国务卿', '副国务卿', '常务副国务卿', '外交部长', '外长', '外交与对外经济部长', '国防部长', '防长', '战争部长',
  '财政部长', '财长', '商务部长', '内政部长', '司法部长', '部长', '副部长', '大臣', '国务部长', '陆军部长',
  '发言人', '新闻秘书', '新闻发言人', '秘书长', '副秘书长', '秘书', '总统助理', '助理', '顾问', '国家安全顾问',
  '特使', '特别代表', '高级代表', '代表', '大使', '公使', '领事', '外交官', '谈判代表', '首席谈判代表', '团长',
  '参议员', '众议员', '议员', '议长', '州长', '市长', '省长', '局长', '副局长', '署长', '主任', '副主任', '所长',
  '副所长', '院长', '副院长', '校长', '教授', '副教授', '研究员', '高级研究员', '分析师', '专家', '学者', '记者',
  '主编', '编辑', '评论员', '主持人', '总裁', '首席执行官', '执行长', '董事长', '总经理', '创始人', '负责人',
  '司令', '总司令', '司令员', '参谋长', '总参谋长', '指挥官', '将军', '上将', '中将', '少将', '上校', '中校', '少校',
  '军官', '士兵', '飞行员', '法官', '检察官', '检察长', '律师', '总检察长', '主教', '牧首', '教皇', '教宗',
  '总书记', '书记', '委员', '总干事', '理事长', '会长', '副会长', '执行主任', '特派员', '监察员', '观察员',
];

/**
 * Characters of transliterated foreign names. A run of these, next to `·` or after a title,
 * is a candidate name (`威廉·阿尔贝克`, `瑟比加`). Ordinary words rarely consist only of them.
 */
export const TRANSLITERATION_CHARS =
  '阿埃艾爱安昂奥澳巴拜班邦包保鲍贝本比彼毕庇波伯博布查察达戴丹道德登迪蒂丁东杜敦多厄恩尔法范菲费芬丰冯佛弗伏福' +
  '盖甘冈高戈哥格葛贡古瓜哈海亥汉豪赫黑亨洪胡华怀惠霍基吉加贾杰捷金卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷' +
  '蕾黎里理丽利莉连列林琳凌留柳卢鲁陆路伦罗洛玛马迈麦曼芒梅门蒙孟米密明缪摩莫默姆穆纳娜乃奈南内尼妮涅宁纽努诺' +
  '欧帕潘庞佩彭皮珀普奇齐恰乔切钦琴丘屈萨塞赛桑瑟森沙莎珊尚舍申什施史舒斯丝思松苏索塔泰坦汤唐陶特提廷图托瓦' +
  '万威韦维魏温沃乌伍西希锡谢辛休许雅亚扬耶叶伊因英尤于约泽扎詹兹佐娃廉诺娅娜夫茨烈';

/**
 * Titles after which a Chinese name (`副所长韩璐`) is expected. Head-of-state titles are left
 * out: in Chinese they are as often followed by a verb (`俄美总统商定`).
 */
export const CHINESE_NAME_TITLES: readonly string[] = [
  '所长', '副所长', '院长', '副院长', '教授', '副教授', '研究员', '高级研究员', '分析师', '专家', '学者', '记者',
  '主任', '副主任', '发言人', '新闻发言人', '校长', '主编', '评论员', '主持人', '局长', '副局长', '部长', '副部长',
  '外长', '大使', '参赞', '负责人', '董事长', '总经理', '总裁', '会长', '理事长', '书记', '秘书长', '主席',
];

/** Characters that do not occur as the given name right after a surname in running text. */
export const NOT_IN_GIVEN_NAME = '在的了是将会应要能可也还都就和与及对向从被把为以等定称说表示认指强透这那其该此并而但或已曾';

/** Common Chinese surnames (single character) for names after a title (`副所长韩璐`). */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢' +
  '姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施' +
  '文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷' +
  '盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷' +
  '晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';

/** Words after which a name ends (`瑟比加在…`, `韩璐认为`); reporting verbs are added by the code. */
export const NAME_STOPS: readonly string[] = [
  '在', '于', '的', '就', '向', '对', '也', '还', '则', '又', '曾', '已', '将', '等', '和', '与', '及', '同', '跟', '是',
  '被', '把', '从', '为', '以', '当', '今', '昨', '近', '日前', '此前', '随后', '会后', '表示', '认为', '指出', '称',
  '说', '强调', '透露', '介绍', '发表', '接受', '出席', '主持', '会见', '访问', '抵达', '前往', '率', '一行', '先生',
  '女士', '本人', '再次', '首次', '此次', '这次', '都', '均', '并', '即', '所', '或', '及其', '等人', '同日', '当天',
];

/**
 * After a one-character abbreviation (`俄` `乌` `美` `欧`), one of these makes it a mention:
 * `俄方`, `乌军`, `美总统`, `俄外长`. A run of abbreviations (`俄乌`, `美乌欧`) always is.
 */
export const ABBREVIATION_SUFFIXES: readonly string[] = [
  '方', '军', '媒', '总统', '副总统', '总理', '外长', '外交部', '国防部', '防长', '官员', '官方', '政府', '当局', '代表',
  '代表团', '特使', '大使', '国务卿', '总统助理', '总参谋长', '议会', '境内', '领土', '高官', '央行', '情报', '安全局',
  '国家安全', '能源', '石油', '天然气', '经济', '企业', '公司', '民众', '士兵', '部队', '战机', '无人机', '导弹',
  '舰', '前线', '边境', '关系', '双方', '两国', '冲突', '战争', '谈判', '会谈', '峰会', '首脑', '元首', '领导人',
  '总统新闻秘书', '国家安全委员会', '联邦', '籍', '裔', '称',
];

/** Words that contain an alias but name nothing (`折中方案` is not `中方`); they block the match. */
export const ENTITY_BLOCKERS: readonly string[] = [
  '折中', '其中', '集中', '当中', '之中', '空中', '心中', '手中', '暗中', '途中', '家中', '命中', '居中', '适中',
];

/** Characters before a one-character abbreviation that make it a mention: `访俄`, `对乌`, `赴美`. */
export const ABBREVIATION_PREFIXES = '访赴对援抗反亲驻离抵返侵攻袭制涉挺联助';
