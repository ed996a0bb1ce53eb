import { describe, expect, test } from 'vitest';
import { nameOfLabel } from '../../src/core/related/name-related-block';
import { compareParagraphs } from '../../src/core/repeats/compare-paragraphs';
import { fingerprintParagraph } from '../../src/core/repeats/fingerprint-paragraph';
import { findRepeats } from '../../src/core/repeats/find-repeats';
import { countCharacters, isChineseText } from '../../src/core/text/chinese-text';
import { readingMinutes } from '../../src/core/text/count-words';
import { splitSentences } from '../../src/core/text/split-sentences';

// Chinese text outside the figures (issue 15): sentence ends, characters and reading time,
// related-reading headings, repeats of text without spaces.

describe('Chinese sentence ends', () => {
  test.each([
    ['一。二！三？', ['一。', '二！', '三？']],
    [
      '营业收入1286.5亿元，同比增长12.4%；净利润86.3亿元。',
      ['营业收入1286.5亿元，同比增长12.4%；', '净利润86.3亿元。'],
    ],
    ['市场还在观望……投资者仍然谨慎。', ['市场还在观望……', '投资者仍然谨慎。']],
    ['他说：“我们会继续投入。”随后他离开了会场。', ['他说：“我们会继续投入。”', '随后他离开了会场。']],
    ['「这很重要。」她说。『好的！』', ['「这很重要。」', '她说。', '『好的！』']],
    ['他称之为“一代人只会遇到一次”的大事件。', ['他称之为“一代人只会遇到一次”的大事件。']],
    [
      '股价上涨3.5%，收于12.30元。公司表示将于3月31日前完成。',
      ['股价上涨3.5%，收于12.30元。', '公司表示将于3月31日前完成。'],
    ],
    ['他停顿了一下……“好吧。”', ['他停顿了一下……', '“好吧。”']],
    ['等等……', ['等等……']],
  ])('%s', (text, sentences) => {
    for (const engine of ['intl', 'rules'] as const) expect(splitSentences(text, 'zh-CN', engine)).toEqual(sentences);
  });

  test('Japanese keeps its own rules: a quote runs on into the verb of saying', () => {
    expect(splitSentences('「行く。」と言った。', 'ja', 'rules')).toEqual(['「行く。」と言った。']);
  });
});

describe('Chinese is counted in characters', () => {
  test.each([
    ['阿里云智能集团收入同比增长11%。', 14],
    ['Alibaba Cloud收入增长11%', 7],
    ['', 0],
  ])('%s has %i characters', (text, count) => {
    expect(countCharacters(text)).toBe(count);
  });

  test.each([
    ['阿里巴巴宣布投资。', true],
    ['阿里云AI收入增长11%', true],
    ['Alibaba (阿里巴巴) earned RMB 380 billion.', false],
    ['日本の会社が発表した。', false],
    ['Plain English.', false],
  ])('%s is Chinese: %s', (text, chinese) => {
    expect(isChineseText(text)).toBe(chinese);
  });

  test.each([
    [1319, 3],
    [400, 1],
    [100, 1],
    [2000, 5],
  ])('%i characters take %i minutes at 400 a minute', (characters, minutes) => {
    expect(readingMinutes(0, 'zh-CN', characters)).toBe(minutes);
  });

  test('words are still read at their own pace', () => {
    expect(readingMinutes(717, 'en', undefined)).toBe(3);
  });
});

describe('related reading under Chinese headings', () => {
  test.each([
    ['相关阅读', 'related'],
    ['相关新闻', 'related'],
    ['延伸阅读', 'related'],
    ['推荐阅读', 'related'],
    ['更多阅读', 'related'],
    ['相关文章', 'related'],
    ['相關閱讀', 'related'],
    ['猜你喜欢', 'unrelated'],
    ['为你推荐', 'unrelated'],
    ['热门推荐', 'unrelated'],
    ['24小时热门排行', 'unrelated'],
    ['排行榜', 'unrelated'],
    ['大家都在看', 'unrelated'],
    ['精彩推荐', 'unrelated'],
    ['分享到', null],
  ])('%s: %s', (label, name) => {
    expect(nameOfLabel(label)).toBe(name);
  });
});

describe('repeats in text without spaces', () => {
  const original =
    '按照2024年5月的股东信中提出的“用户为先、AI驱动”战略，阿里巴巴计划将AI融入整个生态体系，以提升客户体验、优化运营效率，并推动电商、企业服务和消费级应用的增长。最新财报印证了这一战略的成效：阿里云智能集团收入同比增长11%，表现亮眼。';
  const reworded =
    '阿里巴巴在2024年5月的股东信中公布了“用户为先、AI驱动”的战略，目标是让AI贯穿其整个生态，从而改善客户体验、精简运营流程，并带动电商、企业及消费类应用业务的增长。公司最新一期财报显示出这一战略的成功，阿里云智能集团营收同比增长11%，成绩可观。';
  const sameTopic =
    '为进一步增强AI与云计算实力，阿里巴巴通过一系列重要的对外合作，在全球市场进行战略布局。其中尤为引人关注的是，苹果公司选择阿里云为其在中国的AI服务提供支持，这项合作对苹果满足中国严格的数据本地化监管要求至关重要。';
  const otherFigure = reworded.replace('11%', '12%');

  test.each([
    ['a reworded paragraph', original, reworded, 'repeat'],
    ['another paragraph on the same story', original, sameTopic, 'distinct'],
    ['the same words with another figure', original, otherFigure, 'distinct'],
  ])('%s', (_name, a, b, verdict) => {
    expect(compareParagraphs(fingerprintParagraph(a), fingerprintParagraph(b))).toBe(verdict);
  });

  test('a short Chinese paragraph repeated word for word is judged by its length in words’ worth', () => {
    const short = '记者：今年您带来了哪些建议？';
    expect(fingerprintParagraph(short).size).toBeLessThan(fingerprintParagraph(short).tokenCount);
    expect(
      findRepeats([
        { text: short, kind: 'paragraph' },
        { text: '回答。', kind: 'paragraph' },
        { text: short, kind: 'paragraph' },
      ]),
    ).toEqual([null, null, null]);
  });
});
