/**
 * Word lists for the synthetic corpus: invented outlets, names, places, organisations, topics,
 * stock phrases and unrelated headlines. Everything here is made up except what the gazetteer adds.
 */

/** Where an outlet publishes; Taiwan and Hong Kong outlets write traditional Chinese. */
export type Region = 'mainland' | 'tw' | 'hk' | 'overseas';

export interface OutletDef {
  name: string;
  host: string;
  region: Region;
  /** Writes half-width punctuation (`,` `:` `(`) as some scraped sites do. */
  halfWidth?: boolean;
  /** Indents paragraphs with four spaces. */
  indent?: boolean;
}

/** Forty invented outlets (hosts on `.example` so no real site is implied). */
export const OUTLETS: readonly OutletDef[] = [
  { name: '东方晨报', host: 'dfcb.example.cn', region: 'mainland' },
  { name: '华南日报', host: 'hnrb.example.cn', region: 'mainland' },
  { name: '北方新闻网', host: 'northnews.example.cn', region: 'mainland', halfWidth: true },
  { name: '中原晚报', host: 'zywb.example.cn', region: 'mainland' },
  { name: '环球视点', host: 'gview.example.com', region: 'mainland', indent: true },
  { name: '长江商报', host: 'cjsb.example.cn', region: 'mainland' },
  { name: '西部观察', host: 'westobs.example.cn', region: 'mainland' },
  { name: '今日财经', host: 'todayfin.example.cn', region: 'mainland', halfWidth: true },
  { name: '海峡导报网', host: 'hxdb.example.cn', region: 'mainland' },
  { name: '滨海时报', host: 'bhsb.example.cn', region: 'mainland' },
  { name: '新京快讯', host: 'xjkx.example.cn', region: 'mainland' },
  { name: '国际先驱导报', host: 'iherald.example.cn', region: 'mainland' },
  { name: '参考快报', host: 'ckkb.example.cn', region: 'mainland', indent: true },
  { name: '天府早报', host: 'tfzb.example.cn', region: 'mainland' },
  { name: '齐鲁新闻网', host: 'qlnews.example.cn', region: 'mainland' },
  { name: '江南都市报', host: 'jndsb.example.cn', region: 'mainland' },
  { name: '岭南在线', host: 'lnonline.example.cn', region: 'mainland', halfWidth: true },
  { name: '燕赵晚报', host: 'yzwb.example.cn', region: 'mainland' },
  { name: '三秦快讯', host: 'sqkx.example.cn', region: 'mainland' },
  { name: '湖湘日报', host: 'hxrb.example.cn', region: 'mainland' },
  { name: '春城晚报网', host: 'ccwb.example.cn', region: 'mainland' },
  { name: '黄河新闻网', host: 'yellowriver.example.cn', region: 'mainland' },
  { name: '八桂观察', host: 'bgobs.example.cn', region: 'mainland' },
  { name: '东北亚时报', host: 'neasia.example.cn', region: 'mainland', indent: true },
  { name: '世界知识快讯', host: 'wkkx.example.cn', region: 'mainland' },
  { name: '经济前沿', host: 'econfront.example.cn', region: 'mainland', halfWidth: true },
  { name: '科技日新', host: 'techdaily.example.cn', region: 'mainland' },
  { name: '上游新闻网', host: 'upstream.example.cn', region: 'mainland' },
  { name: '潮声网', host: 'chaosheng.example.cn', region: 'mainland' },
  { name: '观潮评论', host: 'guanchao.example.cn', region: 'mainland' },
  { name: '南洋商报网', host: 'nanyang.example.sg', region: 'overseas' },
  { name: '欧华导报', host: 'ouhua.example.eu', region: 'overseas' },
  { name: '美洲侨报', host: 'qiaobao.example.us', region: 'overseas', halfWidth: true },
  { name: '澳洲新报', host: 'aunews.example.au', region: 'overseas' },
  { name: '台海日报', host: 'taihai.example.tw', region: 'tw' },
  { name: '宝岛新闻网', host: 'formosa.example.tw', region: 'tw', indent: true },
  { name: '中台时报', host: 'zhongtai.example.tw', region: 'tw' },
  { name: '维港日报', host: 'harbour.example.hk', region: 'hk' },
  { name: '香江新闻', host: 'xiangjiang.example.hk', region: 'hk', halfWidth: true },
  { name: '濠江时报', host: 'haojiang.example.mo', region: 'hk' },
];

/** News agencies whose copy other outlets relay word for word. */
export const WIRES = ['新华社', '中新社', '法新社', '路透社', '美联社', '塔斯社', '共同社', '韩联社'] as const;

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
export const GIVEN =
  '伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍鹏辉红林春晨宇浩然思远嘉欣子涵梓轩一鸣佳琪雨欣文博志强建国晓东海燕立新永刚'.split(
    '',
  );

/** Syllables for invented foreign names, transliterated the mainland way. */
export const SYLLABLES = '阿巴卡达马纳拉萨塔瓦亚科罗索托诺莫多戈波米尼基里西维季列涅捷尔斯夫克特德格彼奥伊乌'.split('');
export const NAME_ENDINGS = ['夫', '娃', '斯基', '维奇', '科', '诺', '森', '尔', '托', '克', '茨'] as const;
export const PLACE_ENDINGS = ['斯克', '堡', '格勒', '波尔', '诺', '卡', '城', '港', '夫卡', '耶沃'] as const;

/** Countries and their role words for invented officials. */
export const COUNTRIES = [
  '俄罗斯',
  '乌克兰',
  '美国',
  '法国',
  '德国',
  '英国',
  '波兰',
  '土耳其',
  '日本',
  '巴西',
  '印度',
  '南非',
  '埃及',
  '沙特阿拉伯',
  '阿联酋',
  '芬兰',
  '匈牙利',
  '意大利',
  '西班牙',
  '加拿大',
  '澳大利亚',
  '墨西哥',
  '印度尼西亚',
  '越南',
  '哈萨克斯坦',
] as const;
export const OFFICE_TITLES = [
  '外交部长',
  '国防部长',
  '总理',
  '副总理',
  '总统办公室主任',
  '外交部发言人',
  '财政部长',
  '能源部长',
  '驻联合国代表',
  '国家安全顾问',
  '议长',
  '经济部长',
] as const;

export const ORG_PREFIXES = [
  '北方',
  '东欧',
  '环太平洋',
  '欧亚',
  '大西洋',
  '黑海',
  '里海',
  '波罗的海',
  '南部',
  '国际',
  '全球',
  '亚太',
] as const;
export const ORG_SUFFIXES = [
  '能源公司',
  '合作组织',
  '战略研究中心',
  '开发银行',
  '粮食署',
  '航运集团',
  '安全论坛',
  '人道主义协调办公室',
  '重建基金',
  '矿业集团',
  '电网公司',
  '和平研究所',
] as const;

export const TOPICS = [
  '能源合作',
  '停火安排',
  '安全保障',
  '领土问题',
  '关税',
  '粮食出口',
  '核电站安全',
  '战俘交换',
  '对俄制裁',
  '战后重建',
  '难民安置',
  '天然气过境',
  '军事援助',
  '防务开支',
  '数字贸易',
  '港口运营',
  '黑海航运',
  '资产冻结',
  '人道主义走廊',
  '电网修复',
  '稀土供应',
  '债务重组',
  '无人机生产',
  '边境管控',
  '选举安排',
] as const;

export const AID_KINDS = ['军事援助', '人道主义援助', '财政支持', '重建资金', '能源援助', '低息贷款'] as const;
export const ATTACKS = ['大规模空袭', '导弹袭击', '无人机袭击', '炮击', '爆炸事件'] as const;
export const INDICATORS = [
  '国内生产总值',
  '出口额',
  '工业产出',
  '消费者物价指数',
  '粮食产量',
  '天然气出口量',
  '外国直接投资',
] as const;
export const PERIODS = ['第一季度', '第二季度', '第三季度', '上半年', '前三季度', '1至10月'] as const;
export const ADJECTIVES = ['富有成效', '坦诚且有建设性', '非常有益', '务实', '艰难但必要', '积极'] as const;

export const REPORTING_VERBS = ['表示', '称', '说', '指出', '强调', '透露', '证实'] as const;
export const HEDGES = ['预计', '计划', '可能', '有望', '或将'] as const;

/** Headlines for "related news" lists: unrelated to the article, as on real pages. */
export const UNRELATED_HEADLINES = [
  '多地迎来降温降雨 气象部门提醒注意出行安全',
  '新能源汽车下乡活动启动 百余款车型参展',
  '暑期档电影票房突破百亿元',
  '高校毕业生就业服务月活动开幕',
  '国产大飞机完成新一轮试飞',
  '某地推出老旧小区改造新政',
  '全国铁路迎来客流高峰 单日发送旅客超千万人次',
  '专家解读最新医保目录调整',
  '跨境电商进出口额同比增长两成',
  '城市更新行动进入新阶段',
  '国际油价连续三日下跌',
  '冬奥场馆赛后利用调查',
  '网红景区门票价格引热议',
  '研究发现每天步行有助于降低慢性病风险',
  '首届低空经济博览会开幕',
  '多家银行下调存款利率',
  '游戏行业版号发放数量创新高',
  '考古新发现:古城遗址出土大量陶器',
  '外卖骑手职业伤害保障试点扩围',
  '足球联赛第二十轮综述',
  '大语言模型进入医疗咨询场景',
  '春季花粉过敏高发 医生给出建议',
  '港口集装箱吞吐量稳步回升',
  '乡村振兴典型案例发布',
] as const;

/** Stock phrases a wire or outlet closes with. */
export const CLOSINGS = [
  '目前，相关各方尚未对此作出进一步回应。',
  '本报将持续关注事态进展。',
  '有关情况仍在进一步核实中。',
  '截至发稿时，{B}方面未予置评。',
] as const;
