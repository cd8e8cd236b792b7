/**
 * Upstream wires and the phrases that credit them. A wire is named once (its canonical name) with
 * every spelling that points at it; credit patterns find the spellings in a line.
 */

/** One wire service or relayed source, with its spellings (simplified, traditional, Latin). */
export interface Wire {
  name: string;
  aliases: readonly string[];
}

/** Wires that outlets relay. The first alias that matches wins, so longer spellings go first. */
export const WIRES: readonly Wire[] = [
  { name: '新华社', aliases: ['新华社', '新華社', '新华网', '新華網', 'Xinhua'] },
  {
    name: '央视新闻',
    aliases: ['央视新闻', '央視新聞', '中央广播电视总台', '中央廣播電視總台', '央视', '央視', '总台', '總台', 'CCTV'],
  },
  { name: '中新社', aliases: ['中新社', '中国新闻社', '中國新聞社', '中新网', '中新網'] },
  { name: '人民日报', aliases: ['人民日报', '人民日報', '人民网', '人民網'] },
  { name: '环球时报', aliases: ['环球时报', '環球時報', '环球网', '環球網'] },
  { name: '中央社', aliases: ['中央社', '中央通讯社', '中央通訊社'] },
  { name: '法新社', aliases: ['法新社', '法國新聞社', 'AFP'] },
  { name: '路透社', aliases: ['路透社', '路透', 'Reuters'] },
  { name: '美联社', aliases: ['美联社', '美聯社', 'AP'] },
  { name: '塔斯社', aliases: ['塔斯社', 'TASS'] },
  { name: '俄新社', aliases: ['俄新社', '俄新網', 'RIA'] },
  { name: '共同社', aliases: ['共同社', '共同通信社'] },
  { name: '彭博社', aliases: ['彭博社', '彭博', 'Bloomberg'] },
];

/** Escapes a string for use inside a RegExp. */
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALIASES = WIRES.flatMap((w) => w.aliases.map((a) => ({ alias: a, name: w.name }))).sort(
  (a, b) => b.alias.length - a.alias.length,
);
/** Any wire spelling. */
export const WIRE_ALIAS = ALIASES.map((a) => esc(a.alias)).join('|');

/** Canonical wire name for a spelling, or null. */
export function wireName(alias: string): string | null {
  return ALIASES.find((a) => a.alias === alias)?.name ?? null;
}

/**
 * Phrases that credit a wire. Group `list` holds one or more spellings joined by `、`/`,`/`和`.
 * `据新华社报道` · `新华社北京12月3日电` · `文/图 新华社` · `本版文据新华社、央视新闻` · `来源：中新网` · `总台记者`.
 */
export const WIRE_CREDITS: readonly RegExp[] = [
  new RegExp(
    `(?:^|[^\\p{Script=Han}]|本版|本文|文|稿)(?:据|據|综合|綜合)(?<list>(?:${WIRE_ALIAS})(?:\\s*[、，,和及与與/]\\s*(?:${WIRE_ALIAS}))*)`,
    'gu',
  ),
  new RegExp(
    `^(?:文|图|圖|文\\s*/\\s*图|文\\s*/\\s*圖|图\\s*/\\s*文|圖\\s*/\\s*文|来源|來源|稿源|编译|編譯)\\s*[:：/|｜]?\\s*(?<list>(?:${WIRE_ALIAS})(?:\\s*[、，,和及与與/]\\s*(?:${WIRE_ALIAS}))*)`,
    'gmu',
  ),
  new RegExp(`(?<list>${WIRE_ALIAS})(?:[\\p{Script=Han}]{0,8}\\d{1,2}月\\d{1,2}日)?(?:电|電|讯|訊)`, 'gu'),
  new RegExp(`(?<list>总台|總台|央视|央視)(?:记者|記者)`, 'gu'),
  new RegExp(`(?<list>${WIRE_ALIAS})(?:报道称|報道稱|报道|報道|消息)`, 'gu'),
];

/**
 * A whole line that only credits sources (`文/图 新华社`, `本版文据新华社、央视新闻`,
 * `来源：中新网`, `编辑：张三`-free); removed as boilerplate, read by metadata.
 */
export const CREDIT_LINE = new RegExp(
  `^(?:(?:本版|本文|本报|本報)?(?:文|稿)?(?:据|據|综合|綜合)|文|图|圖|摄影|攝影|文\\s*/\\s*[图圖]|[图圖]\\s*/\\s*文|来源|來源|稿源|编译|編譯)\\s*[:：/|｜]?\\s*(?:${WIRE_ALIAS})(?:\\s*[、，,和及与與/\\s]\\s*(?:${WIRE_ALIAS}|[\\p{Script=Han}]{2,4}))*\\s*(?:报道|報道|消息|电|電)?$`,
  'u',
);
