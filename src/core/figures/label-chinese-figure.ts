import type { ChineseQuantity } from './recognise-chinese-quantities';

// What a figure in a Chinese sentence measures (issue 15), from Chinese sentence
// structure rather than word lists of English. A measure is named by the noun phrase
// that is the subject of a linking or change verb before the number:
//   阿里云智能集团收入 | 同比 | 增长 | 11%        subject, adverbial, change verb, figure
//   地区生产总值 | 为 | 3216.8亿元               subject, copula (为, 是, 达, 达到, 突破…)
//   公司全年 | 实现 | 营业收入 | 1286.5亿元       subject, verb of achieving, its object
//   上市公司股东的净利润 | 为 | 86.3亿元         …的… keeps its modifier: the head alone is vague
// A clause with no subject ("，同比增长12.4%") takes the measure of the clause before it in
// the sentence; a change verb joins its subject ("营业收入增长"). A number with no noun
// phrase before it is the object of its verb ("将投入3800亿元…，用于建设X"): the verb and
// its purpose name it. A span of time is named by what happens during it. Labels are made
// of the sentence's own characters, in order (adverbs and figures left out), at most
// MAX_CHARACTERS long.

const MAX_CHARACTERS = 16;
const CLAUSE_END = /[，,。；;：:！？!?]/;
const alternatives = (words: string) =>
  words
    .split(' ')
    .sort((a, b) => b.length - a.length)
    .join('|');

const LINKS = alternatives(
  '控制在 维持在 保持在 稳定在 为 是 达到 达 突破 超过 超 逾 约为 约 近 高达 仅为 仅 共计 共 合计 累计 总计 分别为 分别 至 到 了 在 于 都 均 也 录得 ' +
    '升至 降至 增至 减至 跌至 涨至 收于 报 接近 超出 不足 不到 占 每小时 每年 每月 每天 每日 每人 每股 每吨',
);
const CHANGES = alternatives(
  '增长 增加 上升 上涨 提高 提升 下降 下滑 减少 降低 回落 下跌 扩大 收窄 缩小 回升 攀升 飙升 大增 大涨 暴跌 下调 上调 加快 放缓 放慢 提速 增 降 涨 跌',
);
const ADVERBS = alternatives(
  '同比 环比 较上年同期 较去年同期 比上年同期 比去年同期 较上年 较去年 比上年 比去年 较上月 比上月 较年初 同期 全年 年内 当年 ' +
    '大幅 小幅 显著 明显 持续 进一步 预计 有望 或将 将 已经 已 仍 再 又 还 就 则 共 总共 只 仅 才 可 能 会 要 实际',
);
const ACHIEVES = alternatives(
  '实现 完成 录得 取得 获得 拥有 投入 投资 斥资 募集 募资 融资 发放 派发 支付 吸引 带动 拉动 花费 耗资 出资 筹集 拿到 赚了 ' +
    '赚 卖了 卖出 售出 保持 维持 创下 创 新增 拨款 拨付 补贴 奖励',
);
const REPORTS = alternatives('宣布 表示 显示 称 指出 透露 公布 介绍 认为 说 报道 预计 预测 统计 消息 发布 披露');
const TIMES =
  '今年|去年|明年|前年|全年|上半年|下半年|第?[一二三四1-4]季度|[0-9一二三四五六七八九十]+月份?|当月|当天|当日|同期|报告期内|期内|' +
  '截至目前|截至\\S*?末|目前|此前|日前|近日|近年来|近年|年内|年初|年底|本月|上月|今日|昨日|昨天|今天|单季度?|单月|' +
  '建成后|投产后|完成后|此后|之后|随后|今后|以后';
const OPENERS =
  '据|其中|此外|另外|同时|而且|而|但是|但|并且|并|且|以及|对此|因此|所以|毕竟|然而|不过|其实|事实上|当然|' +
  '归属于|属于|来自|对于|关于|针对|作为';

const TRAILING_LINK = new RegExp(`(?:${LINKS})$`);
const TRAILING_CHANGE = new RegExp(`(?:${CHANGES})$`);
const TRAILING_ADVERB = new RegExp(`(?:${ADVERBS})$`);
const TRAILING_ACHIEVE = new RegExp(`(?:${ACHIEVES})$`);
const LEADING_ACHIEVE = new RegExp(`^(?:${ACHIEVES})`);
const LEADING_ADVERB = new RegExp(`^(?:${ADVERBS})`);
const REPORT = new RegExp(`(?:${REPORTS})`, 'g');
const LEADING_TIME = new RegExp(`^(?:${TIMES})`);
const INNER_TIME = new RegExp(`(?:${TIMES})`, 'g');
const LEADING_OPENER = new RegExp(`^(?:${OPENERS})`);
const INNER_ACHIEVE = new RegExp(`(?:${ACHIEVES})`, 'g');
const LINKING_ACHIEVE = /^(?:实现|保持|维持|录得|取得|创下|创|完成)$/;
const CHANGE_NOUN = /^(?:增长|增速|涨幅|跌幅|降幅|下降|下滑)/;
const PURPOSE = /^(?:主要|将|并)?(?:用于|用来|用以|投向|投资于)(?:建设|发展|打造|支持|推动|加强)?/;
const BRACKETS = /[（(][^）)]*[）)]/g;
const QUOTES = /["“”‘’「」『』《》]/g;
// The noun after a measure word: Han characters up to one that links or places it.
const COUNTED_NOUN = /^[^\P{Script=Han}被在的是将已和与及了对从为以等都也就正要会可能参于]{2,4}/u;

interface Parsed {
  /** The noun phrase that names the measure ("营业收入"), or "". */
  measure: string;
  /** The change verb between it and the number ("增长"), or "". */
  change: string;
  /** The verb whose object the number is, when no noun phrase names it ("投入"). */
  verb: string;
}

/** Takes a trailing word off `text` while `pattern` matches there. */
function stripEnd(text: string, pattern: RegExp): [string, string] {
  const match = pattern.exec(text);
  return match ? [text.slice(0, match.index), match[0]] : [text, ''];
}

// A clause that opens with these states a condition ("扣除价格因素实际增长6.1%"): it names
// no measure, and the clause before it does.
const CONDITION = /^(?:扣除|剔除|按照|按|若|如果|假如|考虑到?)/;

function cleanMeasure(phrase: string): string {
  // Text without punctuation ("…之一 楓紅期間入園費"): the words after the last space.
  let np = phrase.replace(BRACKETS, '').replace(/的$/, '').split(/\s+/).at(-1)!.replace(QUOTES, '');
  // "其运行速度": what follows "its" is the measure.
  if (CONDITION.test(np)) return '';
  const its = [...np.matchAll(/其(?![他中余实次间])/g)].at(-1)?.index ?? -1;
  if (its >= 0 && np.length - its > 2) np = np.slice(its + 1);
  // After the verb of saying: "报告显示，…" is cut at the comma, "数据显示营收…" here.
  const reports = [...np.matchAll(REPORT)];
  const lastReport = reports.at(-1);
  if (lastReport && lastReport.index + lastReport[0].length < np.length)
    np = np.slice(lastReport.index + lastReport[0].length);
  for (let changed = true; changed;) {
    const before = np;
    np = np.replace(LEADING_OPENER, '').replace(LEADING_TIME, '').replace(LEADING_ADVERB, '');
    changed = np !== before;
  }
  // "公司全年毛利率": a time word inside ends the subject; the measure follows it.
  const times = [...np.matchAll(INNER_TIME)];
  const lastTime = times.at(-1);
  if (lastTime && np.length - lastTime.index - lastTime[0].length >= 2)
    np = np.slice(lastTime.index + lastTime[0].length);
  return np;
}

/** The measure, change verb and verb of the words before a number in its clause. */
function parseLeft(left: string): Parsed {
  let text = left;
  let change = '';
  const verb = '';
  for (let changed = true; changed && text;) {
    changed = false;
    let word: string;
    [text, word] = stripEnd(text, TRAILING_LINK);
    if (word) changed = true;
    [text, word] = stripEnd(text, TRAILING_CHANGE);
    if (word) {
      change ||= word;
      changed = true;
    }
    [text, word] = stripEnd(text, TRAILING_ADVERB);
    if (word) changed = true;
  }
  // The number is the object of a verb at the end: "将投入" (a verb), "研发投入" (a noun).
  const [rest, achieve] = stripEnd(text, TRAILING_ACHIEVE);
  if (achieve && !change) {
    const [subject, adverb] = stripEnd(rest, TRAILING_ADVERB);
    const measure = cleanMeasure(subject);
    // "收入已实现三位数增长": a verb that only links names nothing; its subject does.
    if (LINKING_ACHIEVE.test(achieve)) return { measure, change, verb: measure ? '' : achieve };
    if (!adverb && measure) return { measure: measure + achieve, change, verb: '' };
    return { measure: '', change, verb: achieve };
  }
  // "公司全年实现营业收入": the object of the verb of achieving is the measure.
  const achieves = [...text.matchAll(INNER_ACHIEVE)];
  const last = achieves.at(-1);
  if (last && last.index + last[0].length < text.length) text = text.slice(last.index + last[0].length);
  return { measure: cleanMeasure(text), change, verb };
}

/** A clause of `sentence` around [start, end): where it begins and ends. */
function clauseAround(sentence: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(sentence[from - 1]!)) from--;
  let to = end;
  while (to < sentence.length && !CLAUSE_END.test(sentence[to]!)) to++;
  return [from, to];
}

/** `text` without the figures that stand in it, or with the non-numeric ones kept ("三位数"). */
function withoutFigures(
  sentence: string,
  from: number,
  to: number,
  others: readonly ChineseQuantity[],
  keepOther: boolean,
) {
  let text = '';
  let at = from;
  for (const o of others) {
    if (o.reach <= from || o.start >= to) continue;
    text += sentence.slice(at, Math.max(at, o.start));
    if (keepOther && o.kind === 'other') text += o.text;
    at = Math.max(at, o.reach);
  }
  return text + sentence.slice(at, to);
}

const cap = (raw: string) => {
  const label = raw.replace(QUOTES, '').trim();
  const chars = [...label];
  if (chars.length <= MAX_CHARACTERS) return label;
  // "…的净利润": keep the head and its nearest modifier.
  const of = label.lastIndexOf('的');
  if (of > 0 && [...label.slice(of + 1)].length >= 2) {
    const tail = label.slice(of + 1);
    if ([...tail].length <= MAX_CHARACTERS) return tail;
  }
  return chars.slice(-MAX_CHARACTERS).join('');
};

/**
 * What a figure of a Chinese sentence measures, in characters of the sentence (see the top
 * of this file). `found` is every quantity of the sentence, the figure among them.
 */
export function labelChineseFigure(sentence: string, q: ChineseQuantity, found: readonly ChineseQuantity[]): string {
  const others = found.filter((o) => o !== q);
  const [from, to] = clauseAround(sentence, q.start, q.reach);
  const left = withoutFigures(sentence, from, q.start, others, false);
  const right = withoutFigures(
    sentence,
    q.reach,
    to,
    others.filter((o) => o.kind === 'other'),
    true,
  ).replace(BRACKETS, '');

  if (q.duration) {
    // "未来三年将投入…": what happens during it, up to the next figure.
    const next = others.find((o) => o.start >= q.reach && o.kind !== 'other');
    let during = withoutFigures(sentence, q.reach, next ? Math.min(next.start, to) : to, others, true);
    during = during.replace(/^的/, '').replace(LEADING_ADVERB, '').replace(LEADING_ADVERB, '');
    during = during.replace(LEADING_ACHIEVE, (verb) => (LINKING_ACHIEVE.test(verb) ? '' : verb)).replace(BRACKETS, '');
    if ([...during].length >= 2) return cap(during);
  }

  // "17名男子", "三千二百所学校": what a measure word counts is the noun after it.
  if (q.kind === 'count' && !q.duration) {
    const noun = COUNTED_NOUN.exec(right)?.[0];
    if (noun) return noun;
  }

  const parsed = parseLeft(left);
  let { measure, change } = parsed;
  const { verb } = parsed;
  // "…营业收入1286.5亿元，同比增长12.4%": a clause without a subject takes the measure of
  // the nearest clause before it that names one; "占总营收的47.6%" is a share of it.
  if ((!measure && !verb) || measure.startsWith('占')) {
    let inherited = '';
    for (const earlier of found.filter((o) => o.reach <= from && !o.duration).reverse()) {
      const [eFrom] = clauseAround(sentence, earlier.start, earlier.reach);
      inherited = parseLeft(withoutFigures(sentence, eFrom, earlier.start, others, false)).measure;
      if (inherited && !inherited.startsWith('占')) break;
    }
    if (!inherited && from > 0 && !found.some((o) => o.reach <= from)) {
      const [pFrom, pTo] = clauseAround(sentence, from - 1, from - 1);
      inherited = parseLeft(withoutFigures(sentence, pFrom, pTo, others, false)).measure;
    }
    measure = measure.startsWith('占') && inherited ? inherited + measure : measure || inherited;
  }
  if (measure) {
    if (!change && (q.kind === 'other' || q.kind === 'percent')) change = CHANGE_NOUN.exec(right)?.[0] ?? '';
    return cap(measure + change);
  }
  if (verb) {
    // "投入3800亿元…，用于建设云计算和人工智能基础设施".
    const [, nextTo] = to < sentence.length ? clauseAround(sentence, to + 1, to + 1) : [to, to];
    const purpose = sentence.slice(to + 1, nextTo).replace(BRACKETS, '');
    const opener = PURPOSE.exec(purpose);
    if (opener && purpose.length > opener[0].length) return cap(verb + purpose.slice(opener[0].length));
    const object = right.replace(/^的/, '');
    return cap(object ? verb + object : verb);
  }
  // Nothing names it: the clause around it stands in.
  const around = (left + right).replace(BRACKETS, '');
  return cap(around || sentence.slice(from, to));
}
