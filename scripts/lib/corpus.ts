/**
 * A deterministic generator of realistic Chinese news articles for benchmarks.
 *
 * Article `i` depends only on the seed and `i`, so a corpus of N + 1 articles is the corpus of N
 * plus one file. Articles report shared events: several outlets cover the same event with the same
 * figure, a different figure, a denial, or a later update; some relay one wire story word for word;
 * ~10 % come from Taiwan or Hong Kong outlets in traditional Chinese. Noise as in scraped pages:
 * photo captions (some splitting a sentence), broken lines, related-news lists, editor lines, URLs.
 *   new CorpusGenerator(7, loadEntityPools(yamlText)).article(0) → { name, text, meta, … }
 */
import * as OpenCC from 'opencc-js';
import { parse as parseYaml } from 'yaml';
import {
  ADJECTIVES,
  AID_KINDS,
  ATTACKS,
  CLOSINGS,
  COUNTRIES,
  GIVEN,
  HEDGES,
  INDICATORS,
  NAME_ENDINGS,
  OFFICE_TITLES,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  OUTLETS,
  PERIODS,
  PLACE_ENDINGS,
  REPORTING_VERBS,
  SURNAMES,
  SYLLABLES,
  TOPICS,
  UNRELATED_HEADLINES,
  WIRES,
  type OutletDef,
} from './corpus-data.ts';
import { hashSeed, Rng } from './prng.ts';

/** Bump when the output for a given seed changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 1;

/** A named thing the articles mention. `aliases` are other Han spellings (regional transliterations). */
export interface Named {
  name: string;
  aliases: string[];
  titles: string[];
  /** A Latin spelling, written in brackets after the first mention by some outlets. */
  latin?: string;
}

export interface EntityPools {
  people: Named[];
  places: Named[];
  orgs: Named[];
}

/** Sidecar metadata, as `ingest` reads it from `<name>.meta.json`. */
export interface ArticleMeta {
  outlet: string;
  publishedAt: string;
  title: string;
}

export type Variant = 'agree' | 'conflict' | 'deny' | 'update';

export interface CorpusArticle {
  /** File name, `000042_<16 hex>.txt`. */
  name: string;
  text: string;
  /** Present for about 60 % of articles; the rest carry outlet and date in the text only. */
  meta?: ArticleMeta;
  script: 'zh-Hans' | 'zh-Hant';
  outlet: string;
  publishedAt: string;
  /** The event it reports and how (for tests and for reading the corpus). */
  event: string;
  variant: Variant;
  wire: boolean;
}

const HAN_ONLY = /^[\p{Script=Han}·]+$/u;
const LATIN = /^[A-Za-z][A-Za-z .'-]+$/;

/** A short built-in list, used when the gazetteer is missing. */
const BUILTIN: EntityPools = {
  people: [
    { name: '普京', aliases: ['普丁'], titles: ['俄罗斯总统'], latin: 'Vladimir Putin' },
    { name: '泽连斯基', aliases: ['澤倫斯基'], titles: ['乌克兰总统'], latin: 'Volodymyr Zelensky' },
    { name: '鲁比奥', aliases: ['盧比歐'], titles: ['美国国务卿'], latin: 'Marco Rubio' },
    { name: '佩斯科夫', aliases: [], titles: ['克里姆林宫发言人'], latin: 'Dmitry Peskov' },
    { name: '吕特', aliases: ['呂特'], titles: ['北约秘书长'], latin: 'Mark Rutte' },
  ],
  places: ['莫斯科', '基辅', '华盛顿', '布鲁塞尔', '日内瓦', '伊斯坦布尔', '迈阿密', '维也纳'].map((name) => ({
    name,
    aliases: [],
    titles: [],
  })),
  orgs: ['北约', '欧盟', '联合国', '克里姆林宫', '白宫', '俄罗斯国防部', '乌克兰外交部'].map((name) => ({
    name,
    aliases: [],
    titles: [],
  })),
};

/** People, places and organisations from the gazetteer YAML (`content/entities.yaml`); built-ins if absent. */
export function loadEntityPools(yamlText: string | undefined): EntityPools {
  if (yamlText === undefined) return BUILTIN;
  const data: unknown = parseYaml(yamlText);
  if (!Array.isArray(data)) return BUILTIN;
  const pools: EntityPools = { people: [], places: [], orgs: [] };
  for (const raw of data) {
    if (!raw || typeof raw !== 'object') continue;
    const e = raw as { name?: unknown; type?: unknown; aliases?: unknown; titles?: unknown };
    if (typeof e.name !== 'string') continue;
    const aliases = Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [];
    const named: Named = {
      name: e.name,
      aliases: aliases.filter((a) => a !== e.name && HAN_ONLY.test(a) && !a.includes('·')),
      titles: Array.isArray(e.titles) ? e.titles.filter((t): t is string => typeof t === 'string') : [],
    };
    const latin = aliases.find((a) => LATIN.test(a) && a.includes(' '));
    if (latin) named.latin = latin;
    if (e.type === 'person') pools.people.push(named);
    else if (e.type === 'place') pools.places.push(named);
    else if (e.type === 'organisation') pools.orgs.push(named);
  }
  if (pools.people.length < 3 || pools.places.length < 3 || pools.orgs.length < 3) return BUILTIN;
  return pools;
}

// ── dates: day numbers since 1970-01-01 (UTC) ─────────────────────────────────
const DAY_MS = 86_400_000;
const START_DAY = Date.UTC(2025, 0, 1) / DAY_MS;
const ymd = (day: number) => {
  const d = new Date(day * DAY_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

const CN_DIGITS = '零一二三四五六七八九';
/** Chinese numeral for 0–99: 5 → 五, 12 → 十二, 40 → 四十. */
export function chineseNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones === 0 ? '' : CN_DIGITS[ones]}`;
}
const fullWidth = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

type Kind = 'talks' | 'aid' | 'control' | 'attack' | 'plan' | 'visit' | 'economy' | 'vote';
const KINDS: readonly Kind[] = ['talks', 'aid', 'control', 'attack', 'plan', 'visit', 'economy', 'vote'];

/** One event several articles report; `figure` is the canonical number, `alt` the conflicting one. */
interface Event {
  key: string;
  kind: Kind;
  day: number;
  a: Named;
  b: Named;
  c: Named;
  org: Named;
  org2: Named;
  place: Named;
  country: string;
  topic: string;
  topic2: string;
  figure: number;
  alt: number;
  second: number;
  wire: string | undefined;
  /** Details every report of the event shares (the same quote, the same statistic). */
  period: string;
  indicator: string;
  aidKind: string;
  attack: string;
  adjective: string;
  reaction: string;
}

/** Generates article `i` of the corpus for a seed; pure and deterministic. */
export class CorpusGenerator {
  readonly seed: number;
  readonly pools: EntityPools;
  readonly #events = new Map<string, Event>();
  #toTraditional: ((s: string) => string) | undefined;

  constructor(seed: number, gazetteer: EntityPools = BUILTIN) {
    this.seed = seed >>> 0;
    const rng = new Rng(hashSeed(this.seed, 'pools'));
    const invented = inventEntities(rng);
    this.pools = {
      people: [...gazetteer.people, ...invented.people],
      places: [...gazetteer.places, ...invented.places],
      orgs: [...gazetteer.orgs, ...invented.orgs],
    };
  }

  /** Article `i` (0-based). */
  article(i: number): CorpusArticle {
    const rng = new Rng(hashSeed(this.seed, 'article', i));
    const event = rng.chance(0.06)
      ? this.#event(`major-${rng.int(0, 23)}`)
      : this.#event(`e${Math.max(0, Math.floor(i / 4) + rng.int(-3, 3))}`);
    const traditional = rng.chance(0.1);
    const outlet = rng.pick(
      OUTLETS.filter((o) =>
        traditional ? o.region === 'tw' || o.region === 'hk' : o.region === 'mainland' || o.region === 'overseas',
      ),
    );
    const roll = rng.float();
    let variant: Variant = roll < 0.6 ? 'agree' : roll < 0.8 ? 'conflict' : roll < 0.92 ? 'deny' : 'update';
    const wire = event.wire !== undefined && variant !== 'update' && rng.chance(0.3);
    if (wire) variant = 'agree';
    const pub = event.day + (variant === 'update' ? rng.int(3, 20) : rng.int(0, 2));

    const w = new Writer(
      wire ? new Rng(hashSeed(this.seed, 'wire', event.key)) : rng,
      event,
      pub,
      variant,
      traditional,
    );
    const title = w.headline();
    // Relays of one wire story carry the same body; only the page around it differs.
    const body = w.body((wire ? new Rng(hashSeed(this.seed, 'wire-length', event.key)) : rng).int(900, 2100));
    const text = decorate(rng, title, body, event, outlet, pub, wire);

    const nameRng = new Rng(hashSeed(this.seed, 'name', i));
    const name = `${String(i).padStart(6, '0')}_${nameRng.hex(16)}.txt`;
    const publishedAt = isoDay(pub);
    const finalText = traditional ? this.#traditional(text) : text;
    const finalTitle = traditional ? this.#traditional(title) : title;
    const article: CorpusArticle = {
      name,
      text: finalText,
      script: traditional ? 'zh-Hant' : 'zh-Hans',
      outlet: outlet.name,
      publishedAt,
      event: event.key,
      variant,
      wire,
    };
    if (rng.chance(0.6))
      article.meta = { outlet: outlet.name, publishedAt, title: finalTitle.replace(/\s+/g, ' ').trim() };
    return article;
  }

  #traditional(s: string): string {
    this.#toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
    return this.#toTraditional(s);
  }

  #event(key: string): Event {
    const cached = this.#events.get(key);
    if (cached) return cached;
    const rng = new Rng(hashSeed(this.seed, 'event', key));
    const kind = rng.pick(KINDS);
    const [a, b, c] = rng.sample(this.pools.people, 3) as [Named, Named, Named];
    const [org, org2] = rng.sample(this.pools.orgs, 2) as [Named, Named];
    const figures = eventFigures(rng, kind);
    const event: Event = {
      key,
      kind,
      day: START_DAY + rng.int(0, 330),
      a,
      b,
      c,
      org,
      org2,
      place: rng.pick(this.pools.places),
      country: rng.pick(COUNTRIES),
      topic: rng.pick(TOPICS),
      topic2: rng.pick(TOPICS),
      ...figures,
      wire: rng.chance(0.5) ? rng.pick(WIRES) : undefined,
      period: rng.pick(PERIODS),
      indicator: rng.pick(INDICATORS),
      aidKind: rng.pick(AID_KINDS),
      attack: rng.pick(ATTACKS),
      adjective: rng.pick(ADJECTIVES),
      reaction: rng.pick(['仍需大幅修改', '可以作为谈判基础', '偏向一方立场', '没有考虑各方关切']),
    };
    this.#events.set(key, event);
    return event;
  }
}

/** The first `n` articles. */
export function generateCorpus(n: number, seed: number, pools?: EntityPools): CorpusArticle[] {
  const gen = new CorpusGenerator(seed, pools);
  return Array.from({ length: n }, (_, i) => gen.article(i));
}

function eventFigures(rng: Rng, kind: Kind): { figure: number; alt: number; second: number } {
  const off = (lo: number, hi: number) => (rng.chance(0.5) ? 1 : -1) * rng.int(lo, hi);
  switch (kind) {
    case 'talks': {
      const h = rng.int(3, 8);
      return { figure: h, alt: h + (h > 3 ? off(1, 2) : 2), second: rng.int(2, 6) };
    }
    case 'aid': {
      const a = rng.int(5, 120);
      return { figure: a, alt: a + rng.int(3, Math.max(4, a)), second: rng.int(2, 9) };
    }
    case 'control': {
      const s = rng.int(2, 30);
      return { figure: s, alt: s + rng.int(2, 8), second: rng.int(20, 400) };
    }
    case 'attack': {
      const d = rng.int(2, 40);
      return { figure: d, alt: d + rng.int(1, 10), second: rng.int(5, 120) };
    }
    case 'plan': {
      const p = rng.int(10, 30);
      return { figure: p, alt: p + (p > 12 ? off(1, 3) : 2), second: rng.int(2, 6) };
    }
    case 'visit':
      return { figure: rng.int(3, 10), alt: 1, second: rng.int(1, 3) };
    case 'economy': {
      const p = rng.int(5, 120);
      const alt = p + off(3, 15);
      return { figure: p, alt: alt > 0 ? alt : p + 5, second: rng.int(1, 4) };
    }
    case 'vote': {
      const y = rng.int(80, 140);
      return { figure: y, alt: y + off(2, 9), second: rng.int(3, 30) };
    }
  }
}

function inventEntities(rng: Rng): EntityPools {
  const word = (min: number, max: number) =>
    Array.from({ length: rng.int(min, max) }, () => rng.pick(SYLLABLES)).join('');
  const people: Named[] = [];
  const seen = new Set<string>();
  while (people.length < 160) {
    const name = `${word(1, 3)}${rng.pick(NAME_ENDINGS)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    people.push({ name, aliases: [], titles: [`${rng.pick(COUNTRIES)}${rng.pick(OFFICE_TITLES)}`] });
  }
  const places: Named[] = [];
  while (places.length < 80) {
    const name = `${word(2, 3)}${rng.pick(PLACE_ENDINGS)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    places.push({ name, aliases: [], titles: [] });
  }
  const orgs: Named[] = [];
  while (orgs.length < 40) {
    const name = `${rng.pick(ORG_PREFIXES)}${rng.pick(ORG_SUFFIXES)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    orgs.push({ name, aliases: [], titles: [] });
  }
  return { people, places, orgs };
}

/** Writes the headline and body of one article about one event. */
class Writer {
  readonly #mentioned = new Set<string>();
  readonly rng: Rng;
  readonly ev: Event;
  readonly pub: number;
  readonly variant: Variant;
  readonly traditional: boolean;

  constructor(rng: Rng, ev: Event, pub: number, variant: Variant, traditional: boolean) {
    this.rng = rng;
    this.ev = ev;
    this.pub = pub;
    this.variant = variant;
    this.traditional = traditional;
  }

  /** The figure this article reports: the conflicting one for `conflict`. */
  get n(): number {
    return this.variant === 'conflict' ? this.ev.alt : this.ev.figure;
  }

  /** A person: title and name on first mention (sometimes a regional spelling or a Latin name), the name after. */
  who(p: Named): string {
    const rng = this.rng;
    const name = this.traditional && p.aliases.length > 0 && rng.chance(0.5) ? rng.pick(p.aliases) : p.name;
    if (this.#mentioned.has(p.name)) return name;
    this.#mentioned.add(p.name);
    const title = p.titles.length > 0 && rng.chance(0.7) ? rng.pick(p.titles) : '';
    const latin = p.latin && !this.traditional && rng.chance(0.12) ? `（${p.latin}）` : '';
    return `${title}${name}${latin}`;
  }

  /** A place or organisation, regional spelling in traditional articles now and then. */
  what(x: Named): string {
    return this.traditional && x.aliases.length > 0 && this.rng.chance(0.4) ? this.rng.pick(x.aliases) : x.name;
  }

  /** A date relative to the publication day: `3日`, `当地时间3日晚`, `11月30日`. */
  date(day: number): string {
    const { m, d } = ymd(day);
    const p = ymd(this.pub);
    const base = m === p.m && this.rng.chance(0.7) ? `${d}日` : `${m}月${d}日`;
    const local = this.rng.chance(0.35) ? '当地时间' : '';
    const part = this.rng.chance(0.25) ? this.rng.pick(['晚', '凌晨', '上午', '下午']) : '';
    return `${local}${base}${part}`;
  }

  /** A number as outlets write it: `60`, `近60`, `六十`, full-width `６０`. */
  num(n: number, opts: { hedge?: boolean; cn?: boolean } = {}): string {
    const r = this.rng.float();
    const hedge = opts.hedge && this.rng.chance(0.3) ? this.rng.pick(['近', '约', '逾']) : '';
    if (opts.cn !== false && n < 100 && r < 0.2) return `${hedge}${chineseNumeral(n)}`;
    if (r > 0.96) return `${hedge}${fullWidth(String(n))}`;
    return `${hedge}${n}`;
  }

  verb(): string {
    return this.rng.pick(REPORTING_VERBS);
  }

  headline(): string {
    const { ev, rng } = this;
    const A = ev.a.name;
    const place = ev.place.name;
    const h: Record<Kind, string[]> = {
      talks: [
        `${A}与${ev.b.name}在${place}会谈 双方就${ev.topic}交换意见`,
        `${A}：与${ev.b.name}的会谈“${ev.adjective}”`,
        `${place}会谈持续${this.n}小时 ${ev.topic}仍存分歧`,
      ],
      aid: [
        `${ev.org.name}宣布向${ev.country}提供${this.n}亿美元${ev.aidKind}`,
        `${this.n}亿美元援助计划出炉 ${ev.country}${ev.topic}获支持`,
      ],
      control: [`${ev.org.name}称已控制${place}`, `${place}战况：${this.n}个定居点易手？`],
      attack: [`${place}遭${ev.attack} 已致${this.n}人死亡`, `${place}遇袭 死亡人数升至${this.n}人`],
      plan: [`${A}提出${this.n}点计划 ${ev.topic}成焦点`, `“${this.n}点计划”引发争议`],
      visit: [`${A}将访问${place} 聚焦${ev.topic}`, `${A}抵达${place} 开启访问`],
      economy: [
        `${ev.country}${ev.period}${ev.indicator}公布`,
        `${ev.org.name}：${ev.country}经济增速${this.variant === 'conflict' ? '放缓' : '回升'}`,
      ],
      vote: [`${ev.org.name}通过关于${ev.topic}的决议`, `${ev.org.name}投票：${this.n}票赞成`],
    };
    let title = rng.pick(h[ev.kind]);
    if (this.variant === 'deny')
      title = rng.chance(0.5) ? `${ev.b.name}否认${ev.topic}相关说法` : `${title} ${ev.b.name}方面否认`;
    if (this.variant === 'update') title = `${title}（更新）`;
    return title;
  }

  /** Key sentences: the event and its figure, attributed; the denial or the update. */
  core(): string[] {
    const { ev, rng } = this;
    const d = this.date(ev.day);
    const place = this.what(ev.place);
    const s: string[] = [];
    switch (ev.kind) {
      case 'talks': {
        const hours = rng.chance(0.5) ? `近${this.num(this.n)}个小时` : `${this.num(this.n)}个多小时`;
        s.push(`${d}，${this.who(ev.a)}与${this.who(ev.b)}在${place}举行会谈，会谈持续${hours}。`);
        s.push(
          `${this.who(ev.a)}在会谈后${this.verb()}，会谈“${ev.adjective}”，双方就${ev.topic}和${ev.topic2}交换了意见。`,
        );
        s.push(
          `${this.who(ev.b)}${this.verb()}，双方同意在${this.num(ev.second)}周内再次会面，但未就${ev.topic}达成协议。`,
        );
        break;
      }
      case 'aid': {
        s.push(
          `${this.what(ev.org)}${d}宣布，将向${ev.country}提供${this.num(this.n, { hedge: true, cn: false })}亿美元的${ev.aidKind}。`,
        );
        s.push(
          `${this.who(ev.a)}${this.verb()}，这笔资金${rng.pick(HEDGES)}在年底前分${this.num(ev.second)}批到位，主要用于${ev.topic}。`,
        );
        break;
      }
      case 'control': {
        s.push(`${this.what(ev.org)}${d}发表声明${this.verb()}，已完全控制${place}及周边${this.num(this.n)}个定居点。`);
        s.push(`声明${this.verb()}，相关部队在过去一周内推进了约${ev.second}平方公里。`);
        break;
      }
      case 'attack': {
        s.push(`${d}，${place}遭到${ev.attack}，造成至少${this.num(this.n)}人死亡、${this.num(ev.second)}人受伤。`);
        s.push(`${this.who(ev.a)}${this.verb()}，救援工作仍在进行，伤亡人数可能继续上升。`);
        break;
      }
      case 'plan': {
        const doc = this.variant === 'conflict' ? '文件' : '计划';
        s.push(
          `${this.who(ev.a)}${d}${this.verb()}，已向各方提交一份${this.num(this.n)}点${doc}，内容涉及${ev.topic}和${ev.topic2}。`,
        );
        s.push(`${this.who(ev.b)}${this.verb()}，该${doc}“${ev.reaction}”。`);
        break;
      }
      case 'visit': {
        const planned = ev.day + ev.figure + (this.variant === 'conflict' ? ev.alt : 0);
        if (this.variant === 'update') {
          s.push(
            `此前，${this.who(ev.a)}曾宣布计划访问${place}。${this.date(planned)}，${this.who(ev.a)}抵达${place}，并与${this.who(ev.b)}举行了会谈。`,
          );
        } else {
          s.push(
            `${this.who(ev.a)}${d}${this.verb()}，计划于${this.date(planned)}访问${place}，与${this.who(ev.b)}讨论${ev.topic}。`,
          );
        }
        s.push(`据悉，访问为期${this.num(ev.second + 1)}天，双方${rng.pick(HEDGES)}签署多项合作文件。`);
        break;
      }
      case 'economy': {
        const pct = `${Math.floor(this.n / 10)}.${this.n % 10}%`;
        s.push(`${this.what(ev.org)}${d}公布的数据显示，${ev.country}${ev.period}${ev.indicator}同比增长${pct}。`);
        s.push(
          `${this.who(ev.a)}${this.verb()}，${ev.topic}是推动增长的主要因素，全年增速${rng.pick(HEDGES)}保持在${this.num(ev.second, { cn: false })}%以上。`,
        );
        break;
      }
      case 'vote': {
        s.push(
          `${this.what(ev.org)}${d}以${this.num(this.n, { cn: false })}票赞成、${this.num(ev.second, { cn: false })}票反对通过了一项关于${ev.topic}的决议。`,
        );
        s.push(`${this.who(ev.a)}${this.verb()}，决议“为${ev.topic2}提供了框架”。`);
        break;
      }
    }
    if (this.variant === 'deny') {
      s.push(
        rng.pick([
          `${this.who(ev.b)}随即否认了这一说法，称相关报道“${rng.pick(['与事实不符', '纯属捏造', '断章取义'])}”。`,
          `但${this.what(ev.org2)}否认${ev.kind === 'control' ? `${place}已被控制` : `此事与${ev.topic}有关`}，并表示将公布更多证据。`,
          `对此，${this.who(ev.c)}${this.verb()}，“我们从未同意过这样的安排”。`,
        ]),
      );
    }
    if (this.variant === 'update') {
      s.push(
        `${this.date(this.pub - rng.int(0, 2))}，${this.who(ev.c)}${this.verb()}，${ev.topic}方面已有新的进展，此前公布的数字已作更新。`,
      );
    }
    return s;
  }

  /** Background and analysis sentences, with the event's names in them. */
  filler(): string {
    const { ev, rng } = this;
    const t = rng.pick(TOPICS);
    const templates = [
      () => `分析人士认为，${ev.topic}仍是各方分歧的焦点，短期内难以取得突破。`,
      () => `${this.what(ev.org2)}${this.verb()}，将密切关注${this.what(ev.place)}局势的发展。`,
      () => `据《${rng.pick(OUTLETS).name}》报道，${this.who(ev.c)}此前曾多次就${t}发表看法。`,
      () => `${this.who(ev.c)}援引知情人士的话说，${ev.topic2}可能在${this.num(rng.int(2, 8))}周内提上议程。`,
      () => `${ev.country}官员${this.verb()}，${t}的相关安排仍在讨论之中。`,
      () => `今年以来，围绕${ev.topic}的谈判已进行了${this.num(rng.int(2, 9))}轮。`,
      () => `有媒体指出，${this.what(ev.place)}的局势对${ev.topic2}有重要影响。`,
      () =>
        `${this.who(ev.a)}${rng.int(2, 11)}月曾${this.verb()}，${ev.country}${rng.pick(HEDGES)}在${t}方面采取进一步措施。`,
      () => `专家认为，${ev.topic}与${t}相互交织，各方立场短期内难以调和。`,
      () => `此外，${this.what(ev.org)}还计划在${ev.country}设立${this.num(rng.int(2, 6))}个工作组。`,
      () => `数据显示，过去${this.num(rng.int(2, 12))}个月里，${ev.country}在${t}领域的投入增加了${rng.int(5, 60)}%。`,
      () => `${this.who(ev.b)}的发言人没有回应置评请求。`,
      () => `外界普遍关注，这一进展是否会影响${ev.topic2}的走向。`,
      () => `${this.what(ev.org2)}的一份报告估计，相关损失约为${rng.int(3, 90)}亿欧元。`,
      () =>
        `${this.who(ev.c)}${this.verb()}，“${rng.pick(['我们愿意继续对话', '这不是最终方案', '时间站在我们这一边', '任何协议都必须经过议会批准'])}”。`,
      () =>
        `${rng.pick(['另据报道', '与此同时', '值得注意的是'])}，${this.what(rng.pick([ev.place, ev.org]))}方面已经加强了${t}的协调。`,
      () => `${this.who(ev.a)}在社交媒体上发文${this.verb()}，${ev.country}不会在${ev.topic}上让步。`,
      () =>
        `${this.what(ev.org2)}${rng.int(1, 28)}日发布的报告预计，${ev.topic2}相关支出明年将增加${rng.int(5, 40)}%。`,
      () => `据${rng.pick(OUTLETS).name}援引消息人士报道，${this.who(ev.b)}已要求${this.what(ev.org)}提供更多细节。`,
      () => `${this.what(ev.place)}当地居民${this.verb()}，过去${this.num(rng.int(2, 9))}天里局势相对平静。`,
      () => `${ev.country}议会${rng.pick(HEDGES)}于下月审议一项涉及${t}的法案。`,
      () => `${this.who(ev.c)}在接受采访时${this.verb()}，${ev.topic}的解决“需要时间和耐心”。`,
      () => `一些观察人士担心，${t}方面的僵局可能持续到${rng.int(2026, 2027)}年。`,
      () => `${this.what(ev.org)}此前曾在${rng.int(1, 12)}月就${ev.topic2}发表声明，呼吁各方保持克制。`,
    ];
    // Each background sentence at most once per article until all have been used.
    if (this.#deck.length === 0)
      this.#deck = rng.sample(
        templates.map((_, i) => i),
        templates.length,
      );
    return templates[this.#deck.pop()!]!();
  }

  #deck: number[] = [];

  /** Paragraphs: lead, core, then background until about `targetBytes` of UTF-8. */
  body(targetBytes: number): string[] {
    const { ev, rng } = this;
    const core = this.core();
    const paragraphs: string[] = [];
    const lead = core.shift()!;
    paragraphs.push(ev.wire && rng.chance(0.5) ? `据${ev.wire}${this.date(ev.day)}消息，${lead}` : lead);
    paragraphs.push(core.join(''));
    let bytes = Buffer.byteLength(paragraphs.join(''));
    while (bytes < targetBytes) {
      const para = Array.from({ length: rng.int(1, 3) }, () => this.filler()).join('');
      paragraphs.splice(rng.int(2, paragraphs.length), 0, para);
      bytes += Buffer.byteLength(para);
    }
    if (rng.chance(0.3)) paragraphs.push(rng.pick(CLOSINGS).replace('{B}', ev.b.name));
    return paragraphs;
  }
}

/** Lays the article out as a scraped page: title, source lines, captions, broken lines, related list, editor line. */
function decorate(
  rng: Rng,
  title: string,
  body: string[],
  ev: Event,
  outlet: OutletDef,
  pub: number,
  wire: boolean,
): string {
  const { y, m, d } = ymd(pub);
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  const person = () => `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}${rng.chance(0.5) ? rng.pick(GIVEN) : ''}`;
  const paras = [...body];

  // A caption splits a sentence (`试图“冻` … caption … `结”`), or a line breaks mid-sentence.
  if (rng.chance(0.15)) {
    const k = rng.int(0, paras.length - 1);
    const p = paras[k]!;
    if (p.length > 20) {
      const at = rng.int(6, p.length - 6);
      const caption = rng.chance(0.6) ? `\n\n${captionLine(rng, ev, outlet, pub, person)}\n\n` : '\n\n';
      paras[k] = p.slice(0, at) + caption + p.slice(at);
    }
  }
  // Sub-headings in longer pieces, as in the seeds.
  if (paras.length >= 5 && rng.chance(0.4)) {
    const headings = rng.sample(
      [`${ev.topic}成焦点`, '各方反应', '背景', `${ev.a.name}的表态`, `分析：${ev.topic2}前景难料`, '下一步走向'],
      rng.int(1, 2),
    );
    headings.forEach((h, j) => paras.splice(Math.min(paras.length - 1, 2 + j * 3), 0, h));
  }
  // Photo captions between paragraphs.
  const captions = rng.chance(0.45) ? rng.int(1, 2) : 0;
  for (let c = 0; c < captions; c++)
    paras.splice(rng.int(1, paras.length), 0, captionLine(rng, ev, outlet, pub, person));

  const head: string[] = [];
  const style = rng.float();
  if (style < 0.25)
    head.push(
      `${y}-${mm}-${dd} ${String(rng.int(6, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')} 来源：${outlet.name}`,
    );
  else if (style < 0.45) head.push(`来源：${outlet.name}`);
  else if (style < 0.6) head.push(`${outlet.name}记者 ${person()}`);
  if (wire && rng.chance(0.5)) head.push(`文/图 ${ev.wire}`);

  const tail: string[] = [];
  if (rng.chance(0.05)) tail.push('分享到：微信 微博 QQ空间');
  const editor = `${rng.chance(0.5) ? '(' : '（'}责任编辑${rng.chance(0.5) ? ':' : '：'}${person()}${rng.chance(0.5) ? ')' : '）'}`;
  if (rng.chance(0.6)) {
    if (rng.chance(0.5)) paras[paras.length - 1] += editor;
    else tail.push(editor);
  }
  if (rng.chance(0.15)) tail.push(`https://${outlet.host}/news/${y}/${mm}${dd}/${rng.hex(10)}.html`);
  if (rng.chance(0.4)) {
    tail.push(rng.pick(['相关新闻', '相关阅读', '延伸阅读', '相关新闻：']));
    for (const h of rng.sample(UNRELATED_HEADLINES, rng.int(3, 5))) tail.push(h);
  }

  let lines = [title, ...head, ...paras, ...tail];
  if (outlet.halfWidth) lines = lines.map(halfWidth);
  if (outlet.indent) lines = lines.map((l) => (l.startsWith('\n') ? l : `    ${l}`));
  const lead = rng.pick(['', '\n', '\n\n', '\n\n\n']);
  return `${lead}${lines.join('\n\n')}\n`;
}

function captionLine(rng: Rng, ev: Event, outlet: OutletDef, pub: number, person: () => string): string {
  const { m, d } = ymd(pub - rng.int(0, 3));
  return rng.pick([
    `图为${m}月${d}日，${ev.place.name}街头的行人。（${outlet.name}记者 ${person()}摄）`,
    `△${ev.a.name}（资料图）`,
    `资料图片：${ev.place.name}一景。`,
    `${m}月${d}日，${ev.a.name}在${ev.place.name}出席活动。（图片来源：视觉中国）`,
    `图片来源：${rng.pick(WIRES)}`,
  ]);
}

function halfWidth(s: string): string {
  return s.replace(
    /[，：（）；？！]/g,
    (c) => ({ '，': ',', '：': ':', '（': '(', '）': ')', '；': ';', '？': '?', '！': '!' })[c]!,
  );
}
