/**
 * A short headline for a claim page (`<title>`, `<h1>`, OpenGraph), derived from the statement,
 * which is a whole source sentence. The page still shows the full statement below the headline.
 *
 *   据某报报道，甲国外长3日表示，双方“原则上同意”停火，但细节仍需讨论。  (speaker 甲国外长)
 *     → 甲国外长：双方“原则上同意”停火，但细节仍需讨论
 *   在会谈开始前，乙方宣布撤军。  → 乙方宣布撤军
 *
 * Steps, in order: a trailing `（针对：…）` reference becomes `…：<its headline>`; a statement
 * that is one quotation (`“…”X指出。`) is unwrapped; leading framing clauses are dropped
 * (attribution `据…报道，`, reporting `X表示，`, a lone time phrase, a topic `…方面，`, a frame
 * `在…前，`) — a reporting clause that names the speaker becomes `speaker：`; bracketed asides
 * are dropped; the rest is cut at a clause boundary within `maxLength`.
 * The cue words are data (the tables below): a new outlet style is a data change.
 */

/** Reporting verbs that end a reporting clause (`X在会后表示`, `某报报道称`). */
export const REPORTING_VERBS: readonly string[] = [
  '表示',
  '说',
  '称',
  '指出',
  '认为',
  '介绍',
  '强调',
  '透露',
  '报道',
  '获悉',
  '写道',
  '证实',
  '坦言',
  '声称',
  '宣布',
  '回应',
  '分析',
  '评论',
  '提到',
  '说道',
  '发文',
  '表态',
];
const VERBS = REPORTING_VERBS.join('|');

/** Words that open a subordinate frame; the frame closes with one of `FRAME_CLOSERS`. */
export const FRAME_OPENERS: readonly string[] = ['自', '在', '当', '随着', '继', '于', '从', '经过'];
/** Words that close a frame: `在会谈开始前`, `自…宣布…后`, `在…的背景下`. */
export const FRAME_CLOSERS: readonly string[] = [
  '之后',
  '之前',
  '以后',
  '以前',
  '以来',
  '后',
  '前',
  '时',
  '期间',
  '之际',
  '中',
  '下',
  '前一天',
  '后一天',
];

/**
 * Leading framing clauses (a whole first clause, up to its comma) that a headline drops.
 * `speaker: true` marks a reporting clause whose speaker may head the headline (`X：…`).
 */
export const FRAMING_CLAUSES: readonly { name: string; pattern: RegExp; speaker?: boolean }[] = [
  // 据新华社报道  据某部发布的信息  根据欧盟的说法  按某人的说法
  { name: 'according-to', pattern: /^(?:据|根据|依据|按照?|依照?)[^“”]{1,40}$/u },
  // 在分析师看来  从公布的内容看  综合各方消息
  { name: 'in-view-of', pattern: /^(?:在[^“”]{1,30}看来|从[^“”]{1,30}看|综合[^“”]{1,30})$/u },
  // 战场局势方面  至于接下来的计划  对于这一决定  针对此次会谈
  { name: 'topic', pattern: /^(?:[^“”]{1,12}方面|(?:至于|关于|对于|针对)[^“”]{1,20})$/u },
  // 当地时间12月2日晚  日前  此后
  {
    name: 'time',
    pattern:
      /^(?:当地时间|北京时间)?(?:(?:(?:今年|去年|明年|\d{2,4}\s*年)?(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?|[上中下]旬)(?:上午|下午|中午|晚间|晚上|晚|凌晨|早上|早间|深夜|稍晚|晚些时候|上旬|中旬|下旬)?|日前|近日|近期|此前|此后|随后|当天|当日|同日|同一天|目前|眼下|与此同时|同时|另外|此外|另一方面|不久前|上周|本周|上月|本月)$/u,
  },
  // 某人在会后表示  某报报道称  记者获悉  某官员在社交媒体发文说
  { name: 'reporting', pattern: new RegExp(`^[^“”]{1,40}?(?:${VERBS})(?:说|称|道)?$`, 'u'), speaker: true },
];

/** What may follow a speaker's name inside a reporting clause (`X在…`, `X3日`, `X还说`). */
const AFTER_SPEAKER = new RegExp(
  `^(?:$|[在向也还则曾又再均都已将对就会\\d]|于\\d|当天|当日|近日|此前|日前|同时|的(?:说法|话|声明|表态)|${VERBS})`,
  'u',
);

/** Words that refer back to a speaker named earlier; such a clause still takes the speaker. */
const PRONOUN = /^(?:他|她|他们|她们|其|对方)/u;

/** A trailing reference to the statement a claim answers: `（针对：…）`. Labels are data. */
export const REFERENCE_LABELS: readonly string[] = ['针对', '回应'];

/** @default 60 — room for a clause or two; short enough for a title bar and a share card. */
export const HEADLINE_MAX = 60;

export interface HeadlineOptions {
  /** Who made the statement (the evidence's speaker); heads the headline when the text names them. */
  speaker?: string | null;
  /** Longest headline in characters (code points). @default HEADLINE_MAX */
  maxLength?: number;
}

const CLAUSE_END = /[，,；;：:]/u;
const SENTENCE_END = /[。！？!?]/u;
/** Punctuation and space dropped from a headline's end. */
const TRAILING = /[。．.！!？?；;：:，,、\s]+$/u;
const OPEN_QUOTES = '“‘「『';
const CLOSE_QUOTES = '”’」』';

const length = (s: string) => [...s].length;

interface Clause {
  text: string;
  /** The punctuation after it ('' for the last). */
  end: string;
}

/** The clauses of `text` outside quotations. */
function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (OPEN_QUOTES.includes(ch)) depth++;
    else if (CLOSE_QUOTES.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (CLAUSE_END.test(ch) || SENTENCE_END.test(ch))) {
      out.push({ text: current, end: ch });
      current = '';
    } else current += ch;
  }
  out.push({ text: current, end: '' });
  return out;
}

const join = (clauses: Clause[]) => clauses.map((c, i) => c.text + (i < clauses.length - 1 ? c.end : '')).join('');

/** Bracketed asides, `(乌方称X)` or `（CNN）`, dropped from a headline. */
const stripAsides = (s: string) => s.replace(/\s*[（(][^（）()]{0,40}[）)]\s*/gu, '');

/** `“…”` → its inside; `“…”X指出` → the inside and `X指出`. Null when `s` is not one quotation. */
function unwrapQuotation(s: string): { body: string; tail: string } | null {
  const first = [...s][0];
  if (!first || !OPEN_QUOTES.includes(first)) return null;
  let depth = 0;
  let i = 0;
  for (const ch of s) {
    if (OPEN_QUOTES.includes(ch)) depth++;
    else if (CLOSE_QUOTES.includes(ch) && --depth === 0) {
      const tail = s.slice(i + ch.length).replace(TRAILING, '');
      const reporting = new RegExp(`^[^，,。“”]{1,20}(?:${VERBS})(?:说|称|道)?$`, 'u');
      return tail === '' || reporting.test(tail) ? { body: s.slice(first.length, i), tail } : null;
    }
    i += ch.length;
  }
  return null;
}

/** True when `clause` names `speaker` as a word of its own (not `总部位` inside `总部位于…`). */
function names(clause: string, speaker: string): boolean {
  const plain = stripAsides(clause);
  const at = plain.indexOf(speaker);
  return at >= 0 && AFTER_SPEAKER.test(plain.slice(at + speaker.length));
}

/**
 * A frame at the start, `在…前，` or `自X宣布，Y后，`: index of the clause that closes it, or -1.
 * Frames are at most three clauses long.
 */
function frameEnd(clauses: Clause[]): number {
  const first = clauses[0]!.text;
  if (!FRAME_OPENERS.some((o) => first.startsWith(o))) return -1;
  for (let i = 0; i < Math.min(3, clauses.length - 1); i++) {
    if (SENTENCE_END.test(clauses[i]!.end)) return -1;
    if (FRAME_CLOSERS.some((c) => clauses[i]!.text.endsWith(c))) return i;
  }
  return -1;
}

/** Drop leading framing clauses (never the last clause); the speaker they name, if any. */
function dropFraming(input: string, speaker: string | null): { text: string; who: string | null } {
  let text = input;
  let who: string | null = null;
  for (let round = 0; round < 4; round++) {
    const clauses = clausesOf(text);
    if (clauses.length < 2) break;
    const first = clauses[0]!.text.trim();
    const frame = frameEnd(clauses);
    if (frame >= 0) {
      const opener = FRAME_OPENERS.find((o) => first.startsWith(o))!;
      const reporting = FRAMING_CLAUSES.find((r) => r.name === 'reporting')!;
      // `自X宣布，Y后，Z`: what X announced is the news; otherwise the frame is only context.
      if (frame > 0 && reporting.pattern.test(first.slice(opener.length))) {
        if (speaker && names(first, speaker)) who = speaker;
        const inner = clauses.slice(1, frame + 1);
        const last = inner[inner.length - 1]!;
        last.text = last.text.replace(new RegExp(`(?:${FRAME_CLOSERS.join('|')})$`, 'u'), '');
        last.end = '';
        return { text: join(inner), who };
      }
      text = join(clauses.slice(frame + 1));
      continue;
    }
    const rule = FRAMING_CLAUSES.find((r) => r.pattern.test(first));
    if (!rule) break;
    if (rule.speaker && speaker && (names(first, speaker) || PRONOUN.test(first))) who = speaker;
    text = join(clauses.slice(1));
  }
  return { text, who };
}

/** Cut at the last clause boundary within `max`, preferring a sentence end past the first third. */
function cutToLength(text: string, max: number): string {
  if (length(text) <= max) return text;
  const clauses = clausesOf(text);
  let kept = '';
  let sentence = '';
  for (let i = 0; i < clauses.length; i++) {
    const next = kept + (i > 0 ? clauses[i - 1]!.end : '') + clauses[i]!.text;
    if (length(next) > max) break;
    kept = next;
    if (SENTENCE_END.test(clauses[i]!.end) && length(kept) >= max / 3) sentence = kept;
  }
  if (sentence) return sentence;
  if (kept.trim()) return kept;
  // No boundary fits: cut inside the first clause and close any open quotation.
  const chars = [...text].slice(0, max - 1);
  let depth = 0;
  for (const ch of chars) {
    if (OPEN_QUOTES.includes(ch)) depth++;
    else if (CLOSE_QUOTES.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return `${chars.join('')}…${'”'.repeat(depth)}`;
}

/** The headline for a statement (see the file comment). Never empty: falls back to the statement. */
export function headline(statement: string, options: HeadlineOptions = {}): string {
  const max = options.maxLength ?? HEADLINE_MAX;
  const speaker = options.speaker ? stripAsides(options.speaker).trim() || null : null;
  let text = statement.trim();

  // A claim that answers another: `乙方对此予以否认。（针对：…）` → `乙方对此予以否认：<headline of …>`.
  const reference = new RegExp(
    `^(.+?)[。．.]?\\s*[（(](?:${REFERENCE_LABELS.join('|')})[：:](.+)[）)]\\s*[。．.]?$`,
    'u',
  ).exec(text);
  if (reference) {
    const head = headline(reference[1]!, { maxLength: max });
    const room = max - length(head) - 1;
    return room >= 8 ? `${head}：${headline(reference[2]!, { maxLength: room })}` : head;
  }

  text = text.replace(TRAILING, '');
  let who: string | null = null;
  const quoted = unwrapQuotation(text);
  if (quoted) {
    text = quoted.body;
    if (speaker && names(quoted.tail, speaker)) who = speaker;
  }
  const framed = dropFraming(text, speaker);
  text = framed.text;
  who ??= framed.who;
  const inner = unwrapQuotation(text);
  if (inner && !inner.tail) text = inner.body;

  text = stripAsides(text).replace(TRAILING, '');
  const prefix = who ? `${who}：` : '';
  const body = cutToLength(text, Math.max(12, max - length(prefix))).replace(TRAILING, '');
  return body ? `${prefix}${body}` : statement.trim();
}

/** The headline of a claim: its statement, with the speaker of the evidence that states it. */
export function claimHeadline(claim: {
  statement: string;
  evidence: readonly { quote: string; speaker: string | null }[];
}): string {
  const own = claim.evidence.find((e) => e.quote === claim.statement) ?? claim.evidence[0];
  return headline(claim.statement, { speaker: own?.speaker ?? null });
}

/** True when the headline says less than the statement (so the page shows the statement too). */
export const headlineShortens = (headlineText: string, statement: string) =>
  headlineText !== statement.trim().replace(TRAILING, '');
