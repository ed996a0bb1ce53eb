import { describe, expect, test } from 'vitest';
import { findFigures } from '../../src/core/figures/find-figures';
import { chineseFigureReader } from '../../src/core/figures/read-chinese-figures';
import type { Figure, Paragraph } from '../../src/core/types';

// Figures in Chinese (issue 15), one sentence a line: each numeral and unit form the issue
// names, then the junk that Chinese pages print beside them. English forms are in
// find-figures.test.ts.

const paragraph = (text: string, index = 0): Paragraph => ({
  index,
  text,
  duplicateOf: null,
  kind: 'paragraph',
  elementIndex: index + 10,
});
const figuresIn = (text: string, title = ''): Figure[] =>
  findFigures({ title, paragraphs: [paragraph(text)], lang: 'zh-CN', chineseFigures: chineseFigureReader });
const plain = (f: Figure) => ({ text: f.text, value: f.value, unit: f.unit, kind: f.kind });

type Row = [sentence: string, text: string, value: number | null, unit: string | null];

function expectFigure(kind: Figure['kind'], [sentence, text, value, unit]: Row): void {
  expect(figuresIn(sentence).map(plain)).toContainEqual({ text, value, unit, kind });
}

describe('numerals: Arabic, Chinese and their mix', () => {
  test.each<Row>([
    ['阿里巴巴将投入3800亿元用于云计算。', '3800亿元', 3800e8, 'CNY'],
    ['全年社会融资规模增量为3.8万亿元。', '3.8万亿元', 3.8e12, 'CNY'],
    ['该计划总投资三千八百亿元。', '三千八百亿元', 3800e8, 'CNY'],
    ['他拿到了两千元奖金。', '两千元', 2000, 'CNY'],
    ['项目总投资达1,286.5亿元。', '1,286.5亿元', 1286.5e8, 'CNY'],
    ['这笔贷款为5千万元。', '5千万元', 5e7, 'CNY'],
    ['公司获得了3百万元的天使投资。', '3百万元', 3e6, 'CNY'],
    ['全市财政收入为二百零五亿元。', '二百零五亿元', 205e8, 'CNY'],
    ['这套房子卖了一百二十万元。', '一百二十万元', 1.2e6, 'CNY'],
    ['门票收入十二万元。', '十二万元', 1.2e5, 'CNY'],
    ['奖金711万元！', '711万元', 711e4, 'CNY'],
    ['财政拨款１２０万元用于修路。', '１２０万元', 120e4, 'CNY'],
    ['集团营收３８０亿元。', '３８０亿元', 380e8, 'CNY'],
    ['运营成本约为30多亿元。', '30多亿元', 30e8, 'CNY'],
    ['当地旅游收入达五十余亿元。', '五十余亿元', 50e8, 'CNY'],
  ])('%s', (...row) => expectFigure('money', row));

  test.each<Row>([
    ['全市共有十几个国家的企业参展。', '十几个国家', 11, '国家'],
    ['这部电影吸引了上百万人观看。', '上百万人', 1e6, '人'],
    ['公司员工超过1.2万人。', '1.2万人', 1.2e4, '人'],
    ['新一代空调全年销量突破500万台。', '500万台', 5e6, '台'],
    ['累计获得授权专利逾2.1万项。', '2.1万项', 2.1e4, '项'],
    ['全省新建三千二百所学校。', '三千二百所', 3200, '所'],
  ])('%s', (...row) => expectFigure('count', row));
});

describe('durations', () => {
  test.each<Row>([
    ['阿里巴巴未来三年将投入3800亿元人民币。', '未来三年', 3, 'years'],
    ['AI相关产品收入已连续六个季度实现三位数增长。', '连续六个季度', 6, 'quarters'],
    ['工程预计耗时18个月。', '18个月', 18, 'months'],
    ['他在东北种了二十多年地。', '二十多年', 20, 'years'],
    ['罢工已持续12天。', '12天', 12, 'days'],
  ])('%s', (...row) => expectFigure('count', row));
});

describe('currencies', () => {
  test.each<Row>([
    ['阿里巴巴将投入3800亿元人民币。', '3800亿元人民币', 3800e8, 'CNY'],
    ['该基金规模为人民币50亿元。', '人民币50亿元', 50e8, 'CNY'],
    ['协议金额为3800亿人民币。', '3800亿人民币', 3800e8, 'CNY'],
    ['集成电路进口突破3000亿美元。', '3000亿美元', 3000e8, 'USD'],
    ['公司在香港募资120亿港元。', '120亿港元', 120e8, 'HKD'],
    ['这家银行赚了85亿港币。', '85亿港币', 85e8, 'HKD'],
    ['丰田的利润达到2.5万亿日元。', '2.5万亿日元', 2.5e12, 'JPY'],
    ['欧盟拨款10亿欧元。', '10亿欧元', 10e8, 'EUR'],
    ['该球员转会费为8000万英镑。', '8000万英镑', 8000e4, 'GBP'],
    ['台积电拟投资1000亿新台币。', '1000亿新台币', 1000e8, 'TWD'],
    ['三星电子季度营业利润为6.6万亿韩元。', '6.6万亿韩元', 6.6e12, 'KRW'],
    ['“一斤青菜才卖三块，根本不赚钱。”他说。', '三块', 3, 'CNY'],
    ['“一台挂机只赚一两百块钱。”经销商说。', '一两百块钱', 100, 'CNY'],
    ['售价为¥3999元。', '¥3999元', 3999, 'CNY'],
    ['该公司2023年实现净利润-3.2亿元，同比由盈转亏。', '-3.2亿元', -3.2e8, 'CNY'],
    ['公司净亏损5亿元。', '5亿元', -5e8, 'CNY'],
    ['新款手机售价￥4999起。', '￥4999', 4999, 'CNY'],
    ['这款耳机在国内卖¥1299。', '¥1299', 1299, 'CNY'],
    ['公司在美国市场收入US$5亿。', 'US$5亿', 5e8, 'USD'],
  ])('%s', (...row) => expectFigure('money', row));

  test('a piece is not money: 一块土地, 两块金牌', () => {
    expect(figuresIn('他承包了两块土地，还拿过三块金牌。').filter((f) => f.kind === 'money')).toEqual([]);
  });
});

describe('percentages, points and shares', () => {
  test.each<Row>([
    ['阿里云智能集团收入同比增长11%。', '11%', 11, '%'],
    ['净利润同比增长１１％。', '１１％', 11, '%'],
    ['失业率为百分之五。', '百分之五', 5, '%'],
    ['居民收入增长百分之六点五。', '百分之六点五', 6.5, '%'],
    ['出口增长百分之3.5。', '百分之3.5', 3.5, '%'],
    ['毛利率较上年提高1.6个百分点。', '1.6个百分点', 1.6, 'pp'],
    ['增速回落两个百分点。', '两个百分点', 2, 'pp'],
    ['海外收入占比已接近两成。', '两成', 20, '%'],
    ['约三成受访者表示会增加消费。', '三成', 30, '%'],
    ['有七成以上的家庭拥有汽车。', '七成', 70, '%'],
    ['央行宣布下调贷款市场报价利率25个基点。', '25个基点', 0.25, 'pp'],
    ['利率下调10基点。', '10基点', 0.1, 'pp'],
    ['不良率为千分之三。', '千分之三', 0.3, '%'],
    ['销售额同比翻番。', '翻番', 100, '%'],
    ['出口额比十年前翻了一番。', '翻了一番', 100, '%'],
    ['营收环比下降6.2%。', '6.2%', 6.2, '%'],
    ['销量增长了23%。', '23%', 23, '%'],
    ['增速为负0.5%。', '负0.5%', -0.5, '%'],
  ])('%s', (...row) => expectFigure('percent', row));

  test.each<Row>([
    ['AI相关产品收入已连续六个季度实现三位数增长。', '三位数', null, null],
    ['净利润保持两位数增长。', '两位数', null, null],
  ])('%s', (...row) => expectFigure('other', row));
});

describe('ranges', () => {
  type RangeRow = [sentence: string, text: string, min: number, max: number, unit: string];
  test.each<RangeRow>([
    ['预计全年营业收入增长10%至12%。', '10%至12%', 10, 12, '%'],
    ['预计增长8%-10%。', '8%-10%', 8, 10, '%'],
    ['每平方米租金约5～8万元。', '5～8万元', 5e4, 8e4, 'CNY'],
    ['资本开支将控制在60亿至70亿元之间。', '60亿至70亿元', 60e8, 70e8, 'CNY'],
    ['增速将在5%到6%之间。', '5%到6%', 5, 6, '%'],
    ['项目投资约3~5亿美元。', '3~5亿美元', 3e8, 5e8, 'USD'],
  ])('%s', (sentence, text, min, max, unit) => {
    const found = figuresIn(sentence).map((f) => ({
      text: f.text,
      value: f.value,
      min: f.min,
      max: f.max,
      unit: f.unit,
    }));
    expect(found).toContainEqual({ text, value: min, min, max, unit });
  });
});

describe('equivalents: 约合, 折合', () => {
  test.each([
    ['阿里巴巴将投入3800亿元人民币（约合530亿美元）。', '3800亿元人民币', 'CNY', '530亿美元', 'USD', 530e8],
    ['公司海外收入达到203.5亿元人民币（约合28.1亿美元）。', '203.5亿元人民币', 'CNY', '28.1亿美元', 'USD', 28.1e8],
    ['该交易金额为50亿美元，折合人民币约360亿元。', '50亿美元', 'USD', '人民币约360亿元', 'CNY', 360e8],
    ['这笔投资为10亿欧元（合人民币78亿元）。', '10亿欧元', 'EUR', '人民币78亿元', 'CNY', 78e8],
  ])('%s', (sentence, text, unit, equivalent, otherUnit, otherValue) => {
    const figures = figuresIn(sentence);
    expect(figures.map((f) => f.text)).toEqual([text]);
    expect(figures[0]!.unit).toBe(unit);
    expect(figures[0]!.equivalents).toEqual([{ text: equivalent, value: otherValue, unit: otherUnit }]);
  });

  test('the title states the figure in the other currency: one figure, first', () => {
    const figures = findFigures({
      title: '阿里巴巴斥资530亿美元，领跑AI与云计算创新',
      paragraphs: [paragraph('公司收入同比增长11%。'), paragraph('阿里巴巴将投入3800亿元人民币（约合530亿美元）。', 1)],
      lang: 'zh-CN',
      chineseFigures: chineseFigureReader,
    });
    expect(figures.map((f) => f.text)).toEqual(['3800亿元人民币', '11%']);
  });
});

test('without the Chinese reader (the popup before it loads), Chinese sentences give no figures', () => {
  const paragraphs = [paragraph('阿里云智能集团收入同比增长11%。')];
  expect(findFigures({ title: '', paragraphs, lang: 'zh-CN' })).toEqual([]);
});

describe('numbers glued to Chinese characters are read; glued to Latin letters they are names', () => {
  test.each<Row>([
    ['营收1286.5亿元同比增长12.4%', '1286.5亿元', 1286.5e8, 'CNY'],
    ['收入增长11%表现亮眼', '11%', 11, '%'],
  ])('%s', (sentence, text, value, unit) => {
    expect(figuresIn(sentence).map((f) => ({ text: f.text, value: f.value, unit: f.unit }))).toContainEqual({
      text,
      value,
      unit,
    });
  });
});

describe('not figures on Chinese pages', () => {
  const overlaps = (figure: Figure, text: string) => figure.text.includes(text) || text.includes(figure.text);
  test.each([
    ['2019年10月，公司完成了重组。', '2019年10月'],
    ['9月26日，新品正式发布。', '9月26日'],
    ['公司于2024年宣布这一计划。', '2024年'],
    ['会议定于二〇二五年三月召开。', '二〇二五年'],
    ['发布会于上午9时30分开始。', '9时30分'],
    ['发布会于09:15开始。', '09:15'],
    ['晚上8点，比赛正式开始。', '8点'],
    ['第三季度，公司扭亏为盈。', '第三季度'],
    ['他在比赛中获得第2名。', '第2名'],
    ['秸秆还田头两年产量可能受影响。', '两年'],
    ['他以9秒83的成绩夺冠。', '9秒'],
    ['阅读 6分钟', '6分钟'],
    ['1.2万阅读', '1.2万'],
    ['312条评论', '312条'],
    ['点赞 89 · 分享 12', '89'],
    ['已有2.4万人阅读', '2.4万人'],
    ['这条视频获得了3.6万次播放。', '3.6万次'],
    ['沪ICP备2025014207号-1', '2025014207号'],
    ['京公网安备11010802039951号', '11010802039951号'],
    ['贵州茅台（600519）股价上涨。', '600519'],
    ['股票代码：605998', '605998'],
    ['投资者热线0757-26668888。', '26668888'],
    ['客服电话：400-820-1234。', '400-820'],
    ['请拨打13912345678咨询。', '13912345678'],
    ['华为Mate 30系列正式开售。', 'Mate 30'],
    ['iPhone 11在国内降价。', 'iPhone 11'],
    ['5G手机出货量增长。', '5G'],
    ['今年双11的预售已经开启。', '双11'],
    ['公司拟每10股派发现金红利25元。', '10股'],
    ['地址：上海市浦东新区望江路2210号310室，邮编200120', '2210号'],
    ['他一直认为这是唯一的办法。', '一'],
    ['三心二意是做不好事情的。', '三'],
  ])('%s', (sentence, text) => {
    expect(
      figuresIn(sentence)
        .filter((f) => overlaps(f, text))
        .map((f) => f.text),
    ).toEqual([]);
  });
});

describe('labels from Chinese structure', () => {
  test.each([
    ['最新财报印证了这一战略的成效：阿里云智能集团收入同比增长11%，表现亮眼。', '11%', '阿里云智能集团收入增长'],
    ['报告显示，公司全年实现营业收入1,286.5亿元，同比增长12.4%。', '1,286.5亿元', '营业收入'],
    ['报告显示，公司全年实现营业收入1,286.5亿元，同比增长12.4%。', '12.4%', '营业收入增长'],
    ['归属于上市公司股东的净利润为86.3亿元。', '86.3亿元', '上市公司股东的净利润'],
    ['集成电路进口突破3000亿美元。', '3000亿美元', '集成电路进口'],
    ['今年一季度全市地区生产总值为3216.8亿元。', '3216.8亿元', '全市地区生产总值'],
    ['公司全年毛利率为27.8%，较上年提高1.6个百分点。', '1.6个百分点', '毛利率提高'],
    ['奖金711万元！', '711万元', '奖金'],
    ['AI相关产品收入已连续六个季度实现三位数增长。', '三位数', 'AI相关产品收入增长'],
    ['研发方面，公司全年研发投入达45.6亿元。', '45.6亿元', '研发投入'],
    ['社会消费品零售总额达到1408.3亿元，增长4.9%。', '4.9%', '社会消费品零售总额增长'],
    ['人均可支配收入为39218元，扣除价格因素实际增长6.1%。', '6.1%', '人均可支配收入增长'],
    ['该项目建成后年产值可达300亿元以上。', '300亿元', '年产值'],
    ['截至收盘，沪指涨0.52%，两市成交额达9876亿元。', '9876亿元', '两市成交额'],
  ])('%s → %s: %s', (sentence, text, label) => {
    expect(figuresIn(sentence).find((f) => f.text === text)?.label).toBe(label);
  });

  test.each([
    ['阿里巴巴日前宣布，未来三年将投入3800亿元人民币（约合530亿美元），用于建设云计算和人工智能（AI）基础设施。'],
    ['公司海外收入达到203.5亿元人民币（约合28.1亿美元），同比增长21.7%，海外收入占比已接近两成。'],
    ['分业务看，空调业务收入为612.7亿元，同比增长9.6%，占总营收的47.6%。'],
  ])('every label is short and made of its sentence’s characters, in order: %s', (sentence) => {
    const figures = figuresIn(sentence);
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const figure of figures) {
      expect(figure.label.length).toBeGreaterThan(0);
      expect([...figure.label].length).toBeLessThanOrEqual(16);
      let at = 0;
      for (const char of figure.label) {
        at = sentence.indexOf(char, at);
        expect(at, `${figure.label} in ${sentence}`).toBeGreaterThanOrEqual(0);
        at++;
      }
    }
  });
});
