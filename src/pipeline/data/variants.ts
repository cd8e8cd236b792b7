/**
 * Variant spellings that opencc leaves apart after folding to simplified, mapped to the common
 * simplified form. Word-level and of equal length, so folding keeps every offset: `折衷` → `折中`,
 * `計畫` (folds to `计画`) → `计划`. Single characters are not mapped here, because a variant
 * character is often a different character elsewhere (`衷心` is not `中心`).
 */
export const VARIANT_WORDS: Readonly<Record<string, string>> = {
  折衷: '折中',
  计画: '计划',
  部份: '部分',
  身分: '身份',
  瞭解: '了解',
  甚么: '什么',
  家俱: '家具',
  布署: '部署',
  份量: '分量',
};
