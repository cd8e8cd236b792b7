/**
 * Outlets by the web address that appears in their copy, and by phrases only that outlet writes.
 * A new outlet is one more row.
 */

export interface Outlet {
  name: string;
  /** Host names (without `www.`); a sub-domain matches too. */
  hosts: readonly string[];
  /** Phrases that mark the outlet's own reporting (`总台记者`). */
  marks?: readonly RegExp[];
}

export const OUTLETS: readonly Outlet[] = [
  { name: '澎湃新闻', hosts: ['thepaper.cn'] },
  { name: '新华网', hosts: ['xinhuanet.com', 'news.cn'] },
  {
    name: '央视新闻',
    hosts: ['cctv.com', 'cctv.cn', 'news.cctv.com', 'yangshipin.cn'],
    marks: [/(?:总台|總台|央视|央視)(?:记者|記者)/u],
  },
  { name: '人民网', hosts: ['people.com.cn', 'people.cn'] },
  { name: '中国新闻网', hosts: ['chinanews.com', 'chinanews.com.cn'] },
  { name: '环球网', hosts: ['huanqiu.com'] },
  { name: '新浪新闻', hosts: ['sina.com.cn', 'sina.cn'] },
  { name: '网易新闻', hosts: ['163.com'] },
  { name: '搜狐新闻', hosts: ['sohu.com'] },
  { name: '腾讯新闻', hosts: ['qq.com'] },
  { name: '凤凰网', hosts: ['ifeng.com'] },
  { name: '观察者网', hosts: ['guancha.cn'] },
  { name: '光明网', hosts: ['gmw.cn'] },
  { name: '中国日报网', hosts: ['chinadaily.com.cn'] },
  { name: '界面新闻', hosts: ['jiemian.com'] },
  { name: '财新网', hosts: ['caixin.com'] },
  { name: '联合早报', hosts: ['zaobao.com', 'zaobao.com.sg'] },
  { name: '中央社', hosts: ['cna.com.tw'] },
  { name: '联合新闻网', hosts: ['udn.com'] },
  { name: '自由时报', hosts: ['ltn.com.tw'] },
  { name: '香港01', hosts: ['hk01.com'] },
  { name: '明报', hosts: ['mingpao.com'] },
  { name: 'BBC中文', hosts: ['bbc.com', 'bbc.co.uk'] },
  { name: '美国之音', hosts: ['voachinese.com'] },
  { name: 'RFI', hosts: ['rfi.fr'] },
  { name: 'DW', hosts: ['dw.com'] },
];

/** The outlet a URL or host belongs to, or null. */
export function outletForHost(urlOrHost: string): string | null {
  const host = urlOrHost
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^www\./i, '')
    .split(/[/:?#]/)[0]!
    .toLowerCase();
  for (const outlet of OUTLETS) {
    if (outlet.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return outlet.name;
  }
  return null;
}
