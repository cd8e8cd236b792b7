/**
 * Page furniture that is never article text: editor lines, widgets, scrape residue, caption and
 * obituary signs. Simplified and traditional forms side by side; a new site is a data change.
 */

/** A line-level pattern. `whole` patterns must cover the whole line; others cut the match out of it. */
export interface BoilerplatePattern {
  /** Stable name, used as the removal's rule suffix. */
  name: string;
  pattern: RegExp;
  whole: boolean;
}

const EDITOR =
  '(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|審校|监制|監製|编审|編審|实习编辑|實習編輯)';
const PUNCT_COLON = '[:：]';

/** Furniture patterns, tried in order on every line. */
export const BOILERPLATE: readonly BoilerplatePattern[] = [
  // (责任编辑:时尚) at the end of a line, or on its own.
  {
    name: 'editor-line',
    pattern: new RegExp(`[（(【\\[]\\s*${EDITOR}\\s*${PUNCT_COLON}[^）)】\\]\\n]{0,30}[）)】\\]]`, 'gu'),
    whole: false,
  },
  { name: 'editor-line', pattern: new RegExp(`^${EDITOR}\\s*${PUNCT_COLON}.{0,30}$`, 'u'), whole: true },
  {
    name: 'topic-link',
    pattern: /^(?:点击|點擊)(?:进入|進入|查看)?(?:专题|專題|全文|原文|更多)[:：]?.{0,40}$/u,
    whole: true,
  },
  { name: 'bare-url', pattern: /^(?:https?:\/\/|www\.)[^\s\u3000-\u9fff]+$/iu, whole: true },
  {
    name: 'scrape-residue',
    pattern: /^[a-z][\w-]*(?:\/[\w-]+)*\/(?:19|20)\d\d\/\d{1,2}\/\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/iu,
    whole: true,
  },
  {
    name: 'scrape-residue',
    pattern:
      /^(?:19|20)\d\d[-/年]\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:来源|來源)[:：].{0,20})?$/u,
    whole: true,
  },
  { name: 'more-link', pattern: /^(?:\.{2,}|…+)\s*[[【](?:详细|詳細|全文|更多)[\]】]$/u, whole: true },
  { name: 'more-link', pattern: /(?:\.{2,}|…+)\s*[[【](?:详细|詳細|全文|更多)[\]】]$/u, whole: false },
  { name: 'separator', pattern: /^[-—–_=*·•~]{1,40}$/u, whole: true },
  {
    name: 'related-header',
    pattern:
      /^(?:相关新闻|相關新聞|相关文章|相關文章|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热点推荐|熱點推薦|猜你喜欢|猜你喜歡|更多新闻|更多新聞)[:：]?$/u,
    whole: true,
  },
  {
    name: 'share-widget',
    pattern:
      /^(?:分享到|分享至|分享|扫一扫|掃一掃|扫码|掃碼|打印|列印|收藏|举报|舉報|字号|字號|返回顶部|返回頂部|关闭窗口|關閉窗口|上一篇|下一篇)[:：]?(?:\s*(?:微信|微博|QQ|朋友圈|空间|空間|打印|收藏|大|中|小))*$/iu,
    whole: true,
  },
  { name: 'copyright', pattern: /^(?:版权所有|版權所有|copyright|©).{0,60}$/iu, whole: true },
];

/** A related-articles header ends the article: what follows is a list of other stories. */
export const RELATED_HEADER = BOILERPLATE.find((b) => b.name === 'related-header')!.pattern;

/** Signs that a line is a photo caption or picture marker. */
export const CAPTION_MARKERS: readonly RegExp[] = [
  /^[△▲▼▽◆◇■□●○▶►]/u,
  /(?:^|[。！？\s])(?:图为|圖為|图片为|圖片為|上图|上圖|下图|下圖|左图|左圖|右图|右圖)/u,
  /[（(](?:左|右|中|前|后|後|左一|右一|左二|右二|左三|右三|中间|中間|资料图|資料圖|资料照片|資料照片|视频截图|視頻截圖|图片|圖片)[）)]/u,
  /[（(\s](?:[\p{Script=Han}·]{2,12}\s*){1,3}(?:摄|攝)[）)]?$/u,
  /(?:图片来源|圖片來源|图源|圖源|图片由|圖片由|供图|供圖|资料图|資料圖|视频截图|視頻截圖|截图|截圖)[:：)）]?/u,
];

/** Words that name what an off-topic obituary block is (kind only; removal is by topic). */
export const OBITUARY_SIGNS =
  /讣告|訃告|仙逝|逝世|辞世|辭世|享年|吊唁|弔唁|殡仪馆|殯儀館|出殡|出殯|安息|帛金|治丧|治喪|孝孙|孝孫|孝子|灵堂|靈堂|追悼/gu;

/** A column label above a headline (`纵深`, `解读`): very short, alone on its line. */
export const MAX_LABEL_CHARS = 4;
