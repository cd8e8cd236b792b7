/**
 * Datelines and bylines that open an article's first paragraph: page furniture, not article
 * text. Simplified and traditional side by side; a new house style is one more row.
 *
 * `新华社莫斯科12月2日电（记者 X）` · `中新网12月3日电` · `本报华盛顿11月21日电` · `本报讯` ·
 * `【X日报讯】` · `【維港日報訊】（記者 X）` · `〔記者X／台北報導〕` · `本报记者 X `
 */
import { WIRE_ALIAS } from './wires.ts';

/** One dateline shape. Named groups: `source` (who files it), `month`, `day` when the line dates it. */
export interface DatelinePattern {
  /** Stable name, for tests and messages. */
  name: string;
  /** Matched at the start of the first paragraph (anchored with `^`). */
  pattern: RegExp;
}

const NUM = '[0-9０-９一二三四五六七八九十〇两兩]{1,3}';
const SENT = '(?:电|電|讯|訊)';
/** `（记者 张三）`, `(記者 梁穎思 報道)` after a dateline. */
const REPORTER = '(?:\\s*[（(](?:记者|記者|通讯员|通訊員)[^）)\\n]{0,30}[）)])?';
/** An organisation that files copy: a wire, `本报`, or a name ending like an outlet. */
const FILER = `(?:本报|本報|${WIRE_ALIAS}|\\p{Script=Han}{1,8}?(?:社|网|網|报|報|台|电视台|電視台))`;

/** Dateline shapes, tried in order; several may follow one another (`本报讯（记者 X）`). */
export const DATELINES: readonly DatelinePattern[] = [
  {
    name: 'wire-dateline',
    pattern: new RegExp(
      `^(?<source>${FILER})\\p{Script=Han}{0,8}?(?:(?<month>${NUM})月)?(?<day>${NUM})日${SENT}${REPORTER}`,
      'u',
    ),
  },
  {
    name: 'bracket-dateline',
    pattern: new RegExp(
      `^[【〔\\[（(](?<source>[^】〕\\]）)\\n]{1,24}?)(?:(?<month>${NUM})月)?(?:(?<day>${NUM})日)?(?:${SENT}|报道|報道|报导|報導|消息)[】〕\\]）)]${REPORTER}`,
      'u',
    ),
  },
  { name: 'own-dateline', pattern: new RegExp(`^(?:本报|本報)(?:综合|綜合)?(?:${SENT}|消息)${REPORTER}`, 'u') },
  {
    name: 'byline',
    pattern: /^(?:本报|本報)(?:记者|記者)\s*[\p{Script=Han}·]{2,4}(?:\s*(?:报道|報道|报导|報導))?(?=\s)/u,
  },
];

/** Words after an outlet's name inside a bracket dateline (`〔北辰日報記者綜合外電報導〕`). */
export const DATELINE_FILER_SUFFIX =
  /(?:驻\p{Script=Han}{1,6}|駐\p{Script=Han}{1,6})?(?:记者|記者|特派员|特派員|综合外电|綜合外電|综合|綜合|编译|編譯)+.*$/u;

/** How an outlet's name ends (`…日报`, `…時報`, `…通讯社`); other dateline sources are not outlets. */
export const OUTLET_NAME_END = /(?:报|報|社|网|網|台|刊|闻|聞|志|誌)$/u;

/** Sources that name no outlet: this paper, or a reporter. */
export const NOT_AN_OUTLET = /^(?:本报|本報|本台|本刊|本网|本網|记者|記者)/u;
