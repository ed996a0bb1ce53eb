import { describe, expect, test } from 'vitest';
import { findFigures } from '../../src/core/figures/find-figures';
import { ADDED_WORDS } from '../../src/core/figures/label-figure';
import { mayHoldQuantity } from '../../src/core/figures/recognise-quantities';
import type { Figure, Paragraph } from '../../src/core/types';

// Recognition, one sentence a line. Every example of issue #4 is here, marked "(#4)".

const paragraph = (text: string, index = 0, extra: Partial<Paragraph> = {}): Paragraph => ({
  index,
  text,
  duplicateOf: null,
  kind: 'paragraph',
  elementIndex: index + 10,
  ...extra,
});
const figuresIn = (text: string, title = ''): Figure[] => findFigures({ title, paragraphs: [paragraph(text)] });
const plain = ({ text, value, unit }: { text: string; value: number | null; unit: string | null }) => ({
  text,
  value,
  unit,
});

type Row = [sentence: string, text: string, value: number | null, unit: string | null];

function expectFigure(kind: Figure['kind'], [sentence, text, value, unit]: Row): void {
  const found = figuresIn(sentence).map((f) => ({ ...plain(f), kind: f.kind }));
  expect(found).toContainEqual({ text, value, unit, kind });
}

describe('money', () => {
  test.each<Row>([
    ['Alibaba commits RMB 380 billion to the cloud (#4).', 'RMB 380 billion', 380e9, 'CNY'],
    ['It equals US$53 billion at current rates (#4).', 'US$53 billion', 53e9, 'USD'],
    ['The firm raised $5 million in seed money ($, #4).', '$5 million', 5e6, 'USD'],
    ['Sydney pledged A$3bn for new rail lines (A$, #4).', 'A$3bn', 3e9, 'AUD'],
    ['Ottawa set aside C$2 billion for housing (C$, #4).', 'C$2 billion', 2e9, 'CAD'],
    ['The bank earned HK$12.5 billion last year (HK$, #4).', 'HK$12.5 billion', 12.5e9, 'HKD'],
    ['Temasek put S$400 million into the fund (S$, #4).', 'S$400 million', 400e6, 'SGD'],
    ['The club paid €120m for the striker (€, #4).', '€120m', 120e6, 'EUR'],
    ['The council faces a £2.5bn shortfall (£, #4).', '£2.5bn', 2.5e9, 'GBP'],
    ['Toyota booked ¥1.5 trillion in profit (¥, #4).', '¥1.5 trillion', 1.5e12, 'JPY'],
    ['India set aside ₹2 lakh crore for roads (₹, lakh, crore, #4).', '₹2 lakh crore', 2e12, 'INR'],
    ['Seoul will spend ₩5 trillion on chips (₩, #4).', '₩5 trillion', 5e12, 'KRW'],
    ['Exports reached CNY 3.2 trillion (CNY, #4).', 'CNY 3.2 trillion', 3.2e12, 'CNY'],
    ['The state fund holds 380 billion yuan (yuan, #4).', '380 billion yuan', 380e9, 'CNY'],
    ['Lending grew by 2 trillion renminbi (renminbi, #4).', '2 trillion renminbi', 2e12, 'CNY'],
    ['Sony paid JPY 50 billion for the studio (JPY, #4).', 'JPY 50 billion', 50e9, 'JPY'],
    ['Wages rose to 250,000 yen a month (yen, #4).', '250,000 yen', 250000, 'JPY'],
    ['The ECB lent EUR 1.2bn to the bank (EUR, #4).', 'EUR 1.2bn', 1.2e9, 'EUR'],
    ['The grant is worth 5 million euros (euros, #4).', '5 million euros', 5e6, 'EUR'],
    ['The deal values the unit at GBP 800m (GBP, #4).', 'GBP 800m', 800e6, 'GBP'],
    ['The lottery paid out 2 million pounds (pounds, #4).', '2 million pounds', 2e6, 'GBP'],
    ['Bonds worth USD 500 million were sold (USD, #4).', 'USD 500 million', 500e6, 'USD'],
    ['The estate sold for 3 million dollars (dollars, #4).', '3 million dollars', 3e6, 'USD'],
    ['Nestlé returned CHF 2bn to shareholders (CHF, #4).', 'CHF 2bn', 2e9, 'CHF'],
    ['UBS set aside 2bn francs for fines (francs, #4).', '2bn francs', 2e9, 'CHF'],
    ['The fund now manages 40 billion Swiss francs.', '40 billion Swiss francs', 40e9, 'CHF'],
    ['The startup was valued at $40 thousand (thousand, #4).', '$40 thousand', 40e3, 'USD'],
    ['Tickets cost $250k in total (k, #4).', '$250k', 250e3, 'USD'],
    ['It earned 71 cents a share (cents).', '71 cents', 0.71, 'USD'],
    ['A stamp costs 85 pence (pence).', '85 pence', 0.85, 'GBP'],
    ['The upgrade cost £5m (m, #4).', '£5m', 5e6, 'GBP'],
    ['Its net profit was $3.4mn (mn, #4).', '$3.4mn', 3.4e6, 'USD'],
    ['Capital spending rose to $780 mln (mln, #4).', '$780 mln', 780e6, 'USD'],
    ['The bid was worth €4.1bn (bn, #4).', '€4.1bn', 4.1e9, 'EUR'],
    ['Apple spent $2.5b on buybacks (b, #4).', '$2.5b', 2.5e9, 'USD'],
    ['Alibaba’s $53B plan leads the market (B, #4).', '$53B', 53e9, 'USD'],
    ['Debt passed $1.2tn (tn, #4).', '$1.2tn', 1.2e12, 'USD'],
    ['Tax receipts hit Rs 500 crore (Rs, crore).', 'Rs 500 crore', 5e9, 'INR'],
    ['The unit earned Rmb1.9bn last year (glued Rmb).', 'Rmb1.9bn', 1.9e9, 'CNY'],
    ['Households got ₹1.5 lakh each (lakh).', '₹1.5 lakh', 150000, 'INR'],
    ['The mayor spent $449,000 on the campaign.', '$449,000', 449000, 'USD'],
    ['The loan totals $1,250,000,000 in all.', '$1,250,000,000', 1.25e9, 'USD'],
    ['Taipei approved NT$5bn for the port.', 'NT$5bn', 5e9, 'TWD'],
    ['The chain paid 3 billion Hong Kong dollars.', '3 billion Hong Kong dollars', 3e9, 'HKD'],
    ['Bonds of 2 billion US dollars were issued.', '2 billion US dollars', 2e9, 'USD'],
    ['The fine was $5-billion, a record.', '$5-billion', 5e9, 'USD'],
    ['Chelsea paid the £71.6million fee.', '£71.6million', 71.6e6, 'GBP'],
    ['Prices start at 71,350 euro in Germany.', '71,350 euro', 71350, 'EUR'],
    ['The lender posted a net loss of $12 million (loss, #4).', '$12 million', -12e6, 'USD'],
    ['Investors lost $3bn in a week (a verb keeps the size, issue 13).', '$3bn', 3e9, 'USD'],
    ['Operating income swung to -€4.5m (negative, #4).', '-€4.5m', -4.5e6, 'EUR'],
    ['Cash flow was −$250m in the quarter (minus sign).', '−$250m', -250e6, 'USD'],
    ['Umsatz 1.234,5 € im Jahr (European separators, #4).', '1.234,5 €', 1234.5, 'EUR'],
    ['Revenue was €1.234,5m, up from €1.100,2m (European, #4).', '€1.234,5m', 1234.5e6, 'EUR'],
    ['Spending reached €1.234.567 this year (European thousands).', '€1.234.567', 1234567, 'EUR'],
    ['The rent is 1\u00a0250\u00a0000\u00a0€ a year (no-break spaces).', '1\u00a0250\u00a0000\u00a0€', 1250000, 'EUR'],
    ['They spent two billion dollars on it (spelled).', 'two billion dollars', 2e9, 'USD'],
    ['Nearly half a million dollars went on ads, and a million dollars more on TV.', 'a million dollars', 1e6, 'USD'],
  ])('%s', (...row) => expectFigure('money', row));

  test('"$" is the page’s own dollar when it names only that one (#4)', () => {
    const figures = findFigures({
      title: 'Canberra budget',
      paragraphs: [
        paragraph('Canberra will spend A$3bn on roads.'),
        paragraph('Another $500 million goes to rail.', 1),
      ],
    });
    expect(figures.map(plain)).toContainEqual({ text: '$500 million', value: 500e6, unit: 'AUD' });
  });

  test('"$" stays the US dollar on a page that names US$ too', () => {
    const figures = findFigures({
      title: 'Harbour deal',
      paragraphs: [
        paragraph('The group paid HK$10 billion (US$1.28 billion).'),
        paragraph('It also owes $300 million.', 1),
      ],
    });
    expect(figures.map(plain)).toContainEqual({ text: '$300 million', value: 300e6, unit: 'USD' });
  });

  test('"$" stays the US dollar on a page that only spells out another dollar', () => {
    const figures = findFigures({
      title: 'Listing',
      paragraphs: [paragraph('Shares were priced at 176 Hong Kong dollars.'), paragraph('The sale raises $12.9bn.', 1)],
    });
    expect(figures.map(plain)).toContainEqual({ text: '$12.9bn', value: 12.9e9, unit: 'USD' });
  });

  test('"¥" is the yuan on a page that speaks of yuan and never of yen', () => {
    const figures = findFigures({
      title: 'Beijing stimulus',
      paragraphs: [
        paragraph('Beijing will issue 1 trillion yuan of bonds.'),
        paragraph('Banks lent ¥500 billion in May.', 1),
      ],
    });
    expect(figures.map(plain)).toContainEqual({ text: '¥500 billion', value: 500e9, unit: 'CNY' });
  });

  test('"pounds" is weight on a page that never writes sterling', () => {
    expect(figuresIn('The boxer lost 20 pounds before the fight.').map((f) => f.kind)).not.toContain('money');
  });
});

describe('percentages and points', () => {
  test.each<Row>([
    ['Revenue grew 11% from a year earlier (#4).', '11%', 11, '%'],
    ['Sales rose 11 per cent in the quarter (#4).', '11 per cent', 11, '%'],
    ['Profit rose 11 percent in the quarter (#4).', '11 percent', 11, '%'],
    ['The index closed -3.2% lower (#4).', '-3.2%', -3.2, '%'],
    ['Shares were up 4.5% by noon (#4).', '4.5%', 4.5, '%'],
    ['Turnout was 62.5 % in the city.', '62.5 %', 62.5, '%'],
    ['The rate is 3,5 % in Spain (decimal comma).', '3,5 %', 3.5, '%'],
    ['Unemployment edged up to 4.2 pct.', '4.2 pct', 4.2, '%'],
    ['Fifty-one percent of voters agree.', 'Fifty-one percent', 51, '%'],
    ['Almost twenty per cent of flights were late.', 'Almost twenty per cent', 20, '%'],
    ['The charger reaches an 80-percent charge in minutes.', '80-percent', 80, '%'],
    ['Inflation rose +0.4% in May.', '+0.4%', 0.4, '%'],
    ['Real wages grew by minus 0.3% last year.', 'minus 0.3%', -0.3, '%'],
    ['Output fell by 0.25% in March.', '0.25%', 0.25, '%'],
    ['Nearly 100% of them agree.', 'Nearly 100%', 100, '%'],
    ['The margin widened by 1.3 percentage points (#4).', '1.3 percentage points', 1.3, 'pp'],
    ['The central bank cut rates by 130 basis points (#4).', '130 basis points', 1.3, 'pp'],
    ['The spread narrowed 25bp on Friday.', '25bp', 0.25, 'pp'],
    ['Yields rose 15 bps overnight.', '15 bps', 0.15, 'pp'],
    ['It announced a 25-basis-point cut.', '25-basis-point', 0.25, 'pp'],
    ['Her lead grew by 2pp in a week.', '2pp', 2, 'pp'],
    ['Turnout fell one percentage point.', 'one percentage point', 1, 'pp'],
    ['Approval slipped 0.5-percentage-point to 41%.', '0.5-percentage-point', 0.5, 'pp'],
    ['The yield was 4.1 ppt higher.', '4.1 ppt', 4.1, 'pp'],
    ['The Bank cut rates by a quarter of a percentage point.', 'a quarter of a percentage point', 0.25, 'pp'],
    ['Its lead narrowed by half a percentage point.', 'half a percentage point', 0.5, 'pp'],
    ['Yields fell three-quarters of a percentage point.', 'three-quarters of a percentage point', 0.75, 'pp'],
  ])('%s', (...row) => expectFigure('percent', row));
});

describe('ranges', () => {
  type RangeRow = [sentence: string, text: string, min: number, max: number, unit: string];
  test.each<RangeRow>([
    ['Growth will be between 4% and 6% next year (#4).', 'between 4% and 6%', 4, 6, '%'],
    ['Growth will be 4-6% next year (#4).', '4-6%', 4, 6, '%'],
    ['The sale could fetch $2bn-$3bn (#4).', '$2bn-$3bn', 2e9, 3e9, 'USD'],
    ['It hopes to raise $2-3bn from investors.', '$2-3bn', 2e9, 3e9, 'USD'],
    ['Costs will rise 10–20% in two years.', '10–20%', 10, 20, '%'],
    ['Cream with 10−20% fat is fine.', '10−20%', 10, 20, '%'],
    ['It expects 4 to 6 per cent growth.', '4 to 6 per cent', 4, 6, '%'],
    ['The device delivers 80% to 90% pure oxygen.', '80% to 90%', 80, 90, '%'],
    ['The IPO could raise $2 to $3 billion.', '$2 to $3 billion', 2e9, 3e9, 'USD'],
    ['They hired between 10 and 15 engineers.', 'between 10 and 15 engineers', 10, 15, 'engineers'],
    ['The storm left 2-3 million people without power.', '2-3 million people', 2e6, 3e6, 'people'],
    ['The fund costs €2bn–€3bn a year.', '€2bn–€3bn', 2e9, 3e9, 'EUR'],
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

  test.each([
    ['Rates rose from 4% to 6% over the year.', ['4%', '6%']],
    ['Sales fell 5% to $3bn.', ['5%', '$3bn']],
  ])('a change is two figures, not a range: %s', (sentence, texts) => {
    expect(
      figuresIn(sentence)
        .map((f) => f.text)
        .sort(),
    ).toEqual([...texts].sort());
  });
});

describe('counts', () => {
  test.each<Row>([
    ['The storm cut power to 1.2 million households (#4).', '1.2 million households', 1.2e6, 'households'],
    ['The flood displaced 12,480 people (#4).', '12,480 people', 12480, 'people'],
    ['It has grown for six consecutive quarters (#4).', 'six consecutive quarters', 6, 'quarters'],
    ['The plan runs for three years (#4).', 'three years', 3, 'years'],
    ['The city will plant 5m trees.', '5m trees', 5e6, 'trees'],
    ['The firm will cut 1,200 jobs in France.', '1,200 jobs', 1200, 'jobs'],
    ['Police arrested 23 protesters overnight.', '23 protesters', 23, 'protesters'],
    ['The airline ordered 30 new aircraft.', '30 new aircraft', 30, 'aircraft'],
    ['More than 400 staff signed the letter.', 'More than 400 staff', 400, 'staff'],
    ['It opened 5 new stores in Ohio.', '5 new stores', 5, 'stores'],
    ['The app has 3 billion active users.', '3 billion active users', 3e9, 'users'],
    ['The Dow fell 300 points on Monday.', '300 points', 300, 'points'],
    ['About twenty-five people came.', 'About twenty-five people', 25, 'people'],
    ['A dozen countries signed.', 'A dozen countries', 12, 'countries'],
    ['It employs two hundred and fifty workers.', 'two hundred and fifty workers', 250, 'workers'],
    ['Officials counted two million visitors.', 'two million visitors', 2e6, 'visitors'],
    ['The farm has 10k cattle.', '10k cattle', 10e3, 'cattle'],
    ['Craters stay below minus 230 degrees Celsius.', 'minus 230 degrees', -230, 'degrees'],
    ['Some 14 states sued.', 'Some 14 states', 14, 'states'],
    ['The plant will produce 5 GW of power.', '5 GW', 5, 'GW'],
    ['Apple’s 2 million users upgraded.', '2 million users', 2e6, 'users'],
    ['Six people were injured.', 'Six people', 6, 'people'],
    ['The festival hung 1.000 lights over the canal.', '1.000 lights', 1000, 'lights'],
  ])('%s', (...row) => expectFigure('count', row));
});

describe('measures, modifiers and bare amounts (issue 13, round two)', () => {
  test.each<Row>([
    // Units of measure, written as symbols or words.
    ['That promises 355 horsepower and 414 lb-ft of torque.', '355 horsepower', 355, 'horsepower'],
    ['It puts out 151 PS along with 197 Nm of torque.', '151 PS', 151, 'PS'],
    ['It puts out 151 PS along with 197 Nm of torque.', '197 Nm', 197, 'Nm'],
    ['The roof works at speeds of up to 50 km/h.', 'up to 50 km/h', 50, 'km/h'],
    ['Add in a 101 hp coaxial drive to the front.', '101 hp', 101, 'hp'],
    ['Средняя суточная калорийность 1694 Ккал.', '1694 Ккал', 1694, 'Ккал'],
    // A measure that modifies a noun, hyphenated or not.
    ['It is the same 5.0-liter V8 engine.', '5.0-liter', 5, 'liter'],
    ['They face a projected 180-day Earth-Mars cruise.', '180-day', 180, 'day'],
    ['After a three-year silence, there is news.', 'three-year', 3, 'year'],
    ['The phase ends with a 21 day recuperation period.', '21 day', 21, 'day'],
    ['The 180 page publication comes with a record.', '180 page', 180, 'page'],
    ['Kicking off in June, the 30-date run will mark a first.', '30-date', 30, 'date'],
    // Counts whose modifiers are joined, quoted or nouns themselves.
    [
      'Trump has made more than 13,000 false or misleading claims.',
      'more than 13,000 false or misleading claims',
      13000,
      'claims',
    ],
    [
      'It cut power to 18 Northern and central California counties.',
      '18 Northern and central California counties',
      18,
      'counties',
    ],
    [
      'There are now 140 million monthly active “businesses” on the apps.',
      '140 million monthly active “businesses”',
      140e6,
      'businesses',
    ],
    ['There were more than 30 staff vacancies at the facility.', 'more than 30 staff vacancies', 30, 'vacancies'],
    ['He had two INTs and a PBU in coverage.', 'two INTs', 2, 'INTs'],
    ['Emirates ordered 30 Boeing 787-10 aircraft.', '30 Boeing 787-10 aircraft', 30, 'aircraft'],
    ['It announced an order of 50 Airbus A350-900 jets on Monday.', '50 Airbus A350-900 jets', 50, 'jets'],
    ['As a defense, 8 of those hits came from the defensive line.', '8 of those hits', 8, 'hits'],
    ['Regulators grounded 400 Boeing 737 Max jets.', '400 Boeing 737 Max jets', 400, 'jets'],
    // A bare number given as an amount.
    ['It cut the number from an original estimate of about 660,000.', 'about 660,000', 660000, null],
    ['Neymar was among the more than 12,000 in attendance.', 'more than 12,000', 12000, null],
    ['Some reports suggest as many as 200 have been killed.', 'as many as 200', 200, null],
  ])('%s', (...row) => expectFigure('count', row));

  test.each<Row>([
    ['The Sensex scaled a new all-time high of 40,816.38 in the morning trade.', '40,816.38', 40816.38, null],
  ])('a level: %s', (...row) => expectFigure('other', row));

  // Election margins are told in points of the vote.
  test.each<Row>([
    ['Democrats beat Gov. Matt Bevin in a state Trump won by 30 points in 2016.', '30 points', 30, 'pp'],
    ['Their nominee for governor lost by five-and-a-half points.', 'five-and-a-half points', 5.5, 'pp'],
  ])('a vote margin: %s', (...row) => expectFigure('percent', row));

  test.each([
    ['The Lakers won by 30 points on Sunday.', '30 points', 'points'],
    ['The Dow fell 300 points on Monday.', '300 points', 'points'],
  ])('points of a game or an index stay points: %s', (sentence, text, unit) => {
    expect(figuresIn(sentence).find((f) => f.text === text)?.unit).toBe(unit);
  });

  test.each([
    ['Start a 30-day trial.', '30-day'],
    ['Its biggest one-day rise since 2020.', 'one-day'],
    ['Shares hit a 52-week high.', '52-week'],
    ['Our five-minute briefing is free.', 'five-minute'],
    ['Buy the 13-inch MacBook Pro.', '13-inch'],
    ['SPEND a day at the Three-Day Event.', 'Three-Day'],
    ['The nine-month report is on its website.', 'nine-month'],
    ['A 55-year-old man was arrested.', '55-year-old'],
    ['It happened about 300 times last year.', '300'],
    ['He was among about 400 Airbus pilots.', '400'],
    ['Rates fell about 2019 points.', '2019'],
  ])('not a figure: %s "%s"', (sentence, text) => {
    expect(figuresIn(sentence).filter((f) => f.text.includes(text))).toEqual([]);
  });

  test('an age is a figure where the headline gives it', () => {
    const figures = findFigures({
      title: 'Rescue of 8-year-old kidnapping victim',
      paragraphs: [paragraph('Police rescued a 8-year-old girl in the hotel.')],
    });
    expect(figures.map((f) => f.text)).toEqual(['8-year-old']);
  });
});

describe('counts on pages in other languages', () => {
  const page = (text: string) =>
    findFigures({ title: 'Messe', paragraphs: [paragraph(text)] }).map(({ text, value, unit }) => ({
      text,
      value,
      unit,
    }));
  const german =
    'Auf der größten Messe für die Digitalbranche werden in diesem Jahr mehr als 40.000 Besucher erwartet. ' +
    'Mit über 1.000 Ausstellern, über 100 Seminaren und über 500 Top-Speakern, verteilt über zwei Tage, bringt die Messe ' +
    'Marketing- und Mediaprofis in Köln zusammen, vom 12. bis 13. September, mit 200 Millionen Euro Umsatz und 100 oder 200 Gästen.';

  test.each([
    ['40.000 Besucher', 40000, 'Besucher'],
    ['1.000 Ausstellern', 1000, 'Ausstellern'],
    ['100 Seminaren', 100, 'Seminaren'],
    ['500 Top-Speakern', 500, 'Top-Speakern'],
  ])('%s', (text, value, unit) => {
    expect(page(german)).toContainEqual({ text, value, unit });
  });

  test('no count of a magnitude, a conjunction or a date', () => {
    const texts = page(german).map((f) => f.text);
    expect(texts.filter((t) => /Millionen|oder|September|zwei/.test(t) && !t.includes('Euro'))).toEqual([]);
  });

  test('spans of time, measures and percentages in the page’s language, at any size', () => {
    const russian = page(
      'Диета Аткинса является двухфазной: в первую фазу, продолжительность которой 14 дней, ваш организм будет получать ' +
        'минимально необходимое количество углеводов. На протяжении двух первых недель количество углеводов не должно ' +
        'превышать 20 грамм в сутки, а среднее значение этого параметра для большинства людей составляет около 40 граммов, ' +
        'то есть почти на 10 процентов больше, чем нужно организму в это время.',
    );
    expect(russian).toEqual(
      expect.arrayContaining([
        { text: '14 дней', value: 14, unit: 'дней' },
        { text: '20 грамм', value: 20, unit: 'грамм' },
        { text: '40 граммов', value: 40, unit: 'граммов' },
        { text: '10 процентов', value: 10, unit: '%' },
      ]),
    );
  });

  test('a magnitude in the page’s language scales its sum', () => {
    const [sum] = findFigures({ title: 'Messe', paragraphs: [paragraph(german)] }).filter((f) => f.kind === 'money');
    expect(sum).toMatchObject({ text: '200 Millionen Euro', value: 200e6, unit: 'EUR' });
  });
});

describe('qualitative magnitudes', () => {
  test.each<Row>([
    ['AI revenue saw triple-digit growth (#4).', 'triple-digit', null, null],
    ['Sales posted double-digit gains (#4).', 'double-digit', null, null],
    ['Margins rose by high-single-digit rates.', 'high-single-digit', null, null],
    ['Profits grew in double digits.', 'double digits', null, null],
    ['Costs rose at a mid-single-digit pace.', 'mid-single-digit', null, null],
  ])('%s', (...row) => expectFigure('other', row));
});

describe('not figures', () => {
  const overlaps = (figure: Figure, text: string) => figure.text.includes(text) || text.includes(figure.text);
  test.each([
    ['The plan was announced in 2025 (#4).', '2025'],
    ['The deadline is 31 December 2024 (#4).', '31 December 2024'],
    ['Results for Q3 beat forecasts (#4).', 'Q3'],
    ['The deal closed on December 31, 2024.', 'December 31, 2024'],
    ['Monday, February 24, 2025 was a holiday.', 'February 24, 2025'],
    ['It took effect on 2024-12-31.', '2024-12-31'],
    ['It took effect on 31/12/2024.', '31/12/2024'],
    ['It took effect on 31.12.2024.', '31.12.2024'],
    ['Her May 2024 letter set the strategy.', 'May 2024'],
    ['Prices peaked in the 1990s.', '1990s'],
    ['FY2024 revenue will be reported.', 'FY2024'],
    ['H1 2025 guidance was kept.', 'H1 2025'],
    ['The 2024 elections changed little.', '2024 elections'],
    ['Markets open at 10:30 in Tokyo (time, #4).', '10:30'],
    ['The meeting starts at 9am sharp.', '9am'],
    ['The shop opens 24/7 now.', '24/7'],
    ['Call +1 (415) 555-0142 for details (phone, #4).', '555-0142'],
    ['Call 020 7946 0958 for details (phone).', '020 7946 0958'],
    ['Write to 2210 Harbor View Drive, Suite 310, San Francisco, CA 94107 (#4).', '2210'],
    ['Write to 2210 Harbor View Drive, Suite 310, San Francisco, CA 94107 (#4).', '310'],
    ['Write to 2210 Harbor View Drive, Suite 310, San Francisco, CA 94107 (#4).', '94107'],
    ['The office is at 10 Downing Street (street number).', '10'],
    ['Our postcode is EC2R 8AH in London (postcode).', '8'],
    ['The Nikkei 225 gained 2% (index name, #4).', '225'],
    ['Most FTSE 100 companies report today (index name, #4).', '100'],
    ['S&P 500 companies bought back shares.', '500'],
    ['The Russell 2000 index slipped.', '2000'],
    ['5 min read (page chrome, #4).', '5 min read'],
    ['It is a 6 mins read.', '6 mins read'],
    ['1.2k shares (page chrome, #4).', '1.2k shares'],
    ['48 comments (page chrome, #4).', '48 comments'],
    ['2.4k shares', '2.4k shares'],
    ['By Jo Bell, Energy correspondent\nFri 21 Feb 2025 07.00 GMT\n5 min read\n312 comments', '312 comments'],
    ['By Jo Bell, Energy correspondent Fri 21 Feb 2025 07.00 GMT 5 min read 312 comments', '312 comments'],
    ['Join 250,000 readers who start every weekday with our briefing.', '250,000 readers'],
    ['Deploy now: plans from $4.99/month.', '$4.99/month'],
    ['© 2025 Example News Media LLC.', '2025'],
    ['The study was cited as [12] and [13].', '12'],
    ['See Smith et al. (2020), p. 45.', '45'],
    ['Install version 2.1.3 today (version, #4).', '2.1.3'],
    ['Users of iOS 17.4 should update.', '17.4'],
    ['Windows 11 users get the patch.', '11 users'],
    ['It ranks No. 1 in Asia.', '1'],
    ['It ranked 3rd in the survey.', '3rd'],
    ['It is among the top 10 banks.', '10 banks'],
    ['The 5G network is faster than 4G networks.', '5G'],
    ['The 5G network is faster than 4G networks.', '4G networks'],
    ['COVID-19 cases fell.', '19'],
    ['GPT-4 models were tested.', '4 models'],
    ['Airbus A320 jets were grounded.', '320'],
    ['Boeing 737 jets were grounded.', '737 jets'],
    ['The Big Four banks agreed.', 'Four banks'],
    ['Leaders of the Group of Seven nations met.', 'Seven nations'],
    ['Our five-minute briefing is free.', 'five-minute'],
    ['Start a 30-day trial.', '30-day'],
    ['It sold a 10-year bond.', '10-year'],
    ['One of them left; two of us stayed.', 'two'],
    ['The company was founded 20 years ago.', '20 years'],
    ['It was posted 60 seconds ago.', '60 seconds'],
    ['Hundreds of people and thousands of others came.', 'Hundreds'],
    ['Chapter 11 protection was sought.', '11'],
    ['They trigger so-called type 2 immune responses.', '2 immune responses'],
    ['Roughly one in four homes is cold.', 'four homes'],
    ['Three out of five voters agreed.', 'five voters'],
    ['The constructor workers went on strike (a word named like a JavaScript property).', 'constructor'],
  ])('%s: not "%s"', (sentence, text) => {
    expect(figuresIn(sentence).filter((f) => overlaps(f, text))).toEqual([]);
  });
});

test('counts and number words are read in English only; money and percentages everywhere', () => {
  const portuguese = paragraph(
    'O calendário da Cup é composto por 36 etapas, e os 12 primeiros disputam o título nas 10 últimas corridas da temporada. ' +
      'O prêmio total chega a US$ 5 milhões e a audiência subiu 12% em relação ao ano passado, segundo a organização da categoria.',
  );
  const figures = findFigures({ title: 'Classificação', paragraphs: [portuguese] });
  expect(figures.map((f) => f.kind).sort()).toEqual(['money', 'percent']);
});

describe('each quantity once', () => {
  test('the same value and unit again is one figure with its first sentence', () => {
    const figures = findFigures({
      title: 'Cloud growth',
      paragraphs: [
        paragraph('Cloud revenue rose 11% in the quarter.'),
        paragraph('That 11% beat forecasts.', 1),
        paragraph('Cloud revenue rose 11% in the quarter.', 2, { duplicateOf: 0 }),
      ],
    });
    expect(figures.filter((f) => f.value === 11)).toEqual([
      expect.objectContaining({ text: '11%', paragraph: 0, context: 'Cloud revenue rose 11% in the quarter.' }),
    ]);
  });

  test('two currencies side by side are one figure with an equivalent (#4)', () => {
    const [figure, ...rest] = figuresIn('Alibaba pledged RMB 380 billion (US$53 billion) for AI.');
    expect(rest).toEqual([]);
    expect(figure).toMatchObject({
      text: 'RMB 380 billion',
      unit: 'CNY',
      equivalents: [{ text: 'US$53 billion', value: 53e9, unit: 'USD' }],
    });
  });

  test.each([
    ['Alibaba pledged RMB 380 billion (≈ US$53 billion) for AI (#4).', 'RMB 380 billion', 'US$53 billion'],
    ['The club paid €50m (about $54m) for him.', '€50m', '$54m'],
    ['The club paid €50m, or about $54m, for him.', '€50m', '$54m'],
    ['Revenue was ¥1.2 trillion (≈ US$8 billion) in total.', '¥1.2 trillion', 'US$8 billion'],
    ['It raised HK$7.8 billion (US$1 billion) in Hong Kong.', 'HK$7.8 billion', 'US$1 billion'],
    ['Alibaba may raise up to $12.9bn (£10bn) in Hong Kong.', 'up to $12.9bn', '£10bn'],
  ])('equivalent: %s', (sentence, text, equivalent) => {
    const figures = figuresIn(sentence);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ text, equivalents: [expect.objectContaining({ text: equivalent })] });
  });

  test('a sum stated alone first and with its equivalent later is still one figure', () => {
    const figures = findFigures({
      title: 'Deal',
      paragraphs: [paragraph('The deal is worth $54m.'), paragraph('The club paid €50m ($54m) in all.', 1)],
    });
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ text: '$54m', equivalents: [expect.objectContaining({ text: '€50m' })] });
  });

  test('a figure in the title that matches an equivalent lifts that figure', () => {
    const figures = findFigures({
      title: 'Alibaba’s $53B bet on AI',
      paragraphs: [
        paragraph('Smaller rivals plan 40 new data centres, a 25% rise.'),
        paragraph('Alibaba pledged RMB 380 billion (US$53 billion) for AI.', 1),
      ],
    });
    expect(figures[0]?.text).toBe('RMB 380 billion');
  });
});

describe('labels: the noun phrase a figure measures, from grammar (issue 13)', () => {
  test.each([
    // "of" ties the noun phrase to the number, with its complement.
    [
      'Alibaba has unveiled a staggering commitment of RMB 380 billion (US$53 billion) in cloud computing and artificial intelligence (AI) infrastructure over the next three years.',
      'RMB 380 billion',
      'commitment in cloud computing and artificial intelligence infrastructure',
    ],
    ['The company posted a net loss of $12 million.', '$12 million', 'net loss'],
    ['Its market share of 20% is the largest.', '20%', 'market share'],
    ['Investment of $2bn in new plants was agreed.', '$2bn', 'investment in new plants'],
    ['The increase of £111 will hit households.', '£111', 'increase'],
    // The noun after the number.
    [
      'The report revealed an impressive 11% year-over-year revenue growth for Alibaba’s cloud intelligence unit.',
      '11%',
      'year-over-year revenue growth for Alibaba’s cloud intelligence unit',
    ],
    ['It bought a 10% stake in the carmaker.', '10%', 'stake in the carmaker'],
    [
      'The company reported a 38 per cent fall in first-half profits to £612m.',
      '38 per cent',
      'fall in first-half profits',
    ],
    ['The company reported a 38 per cent fall in first-half profits to £612m.', '£612m', 'first-half profits'],
    ['Tariffs apply to some $156 billion in Chinese consumer goods.', 'some $156 billion', 'Chinese consumer goods'],
    ['The club raised $5 million in seed money.', '$5 million', 'seed money'],
    ['Tariffs apply to about $125 billion worth of Chinese goods.', 'about $125 billion', 'Chinese goods'],
    ['They will have 95 kWh of battery capacity.', '95 kWh', 'battery capacity'],
    ['Afterwards you’ll pay $6.99 per month.', '$6.99', 'payment per month'],
    // A linking verb: the subject; "valued at", "worth", "cost" name the measure.
    ['The unemployment rate stood at 4.2% in May.', '4.2%', 'unemployment rate'],
    ['The Bank of England held interest rates at 4.5 per cent.', '4.5 per cent', 'interest rates'],
    ['The order is valued at $8.8 billion at list prices.', '$8.8 billion', 'order value'],
    ['The cosmetics company agreed a deal worth $600 million.', '$600 million', 'deal value'],
    ['The campaign cost the state roughly $449,000.', 'roughly $449,000', 'campaign cost'],
    // A change verb: the change of its subject; "to" gives the level.
    ['Revenue rose 11% in the quarter.', '11%', 'rise in revenue'],
    ['Sales fell by 3% as demand weakened.', '3%', 'fall in Sales'],
    [
      'Wholesale gas prices had risen by nearly 30 per cent since the autumn.',
      'nearly 30 per cent',
      'rise in Wholesale gas prices',
    ],
    ['The stock was down 5% in recent trading.', '5%', 'fall in stock'],
    ['The regulator raised its price cap by 6.4 per cent to £1,849 a year.', '6.4 per cent', 'increase in price cap'],
    ['The regulator raised its price cap by 6.4 per cent to £1,849 a year.', '£1,849', 'annual price cap'],
    ['Shares of the lender jumped 8.5% on Tuesday.', '8.5%', 'jump in Shares of the lender'],
    // Verbs of money and of sale.
    ['The city will spend $2 billion on schools.', '$2 billion', 'spending on schools'],
    ['Ithaca Holdings purchased Big Machine for $300M in a deal.', '$300M', 'purchase price of Big Machine'],
    ['WeWork acquired Meetup for $200 million in 2017.', '$200 million', 'acquisition price of Meetup'],
    ['It sold the unit to Victoria Crest Capital for ¥420 billion.', '¥420 billion', 'sale price of unit'],
    ['RRP: £23.99 More info', '£23.99', 'RRP'],
    // Counts: the counted noun and what is said of it.
    ['Police arrested six people on Tuesday.', 'six people', 'people arrested'],
    ['The firm will cut 1,200 jobs in France.', '1,200 jobs', 'jobs cut in France'],
    ['At least 106 protesters in 21 cities have been killed.', 'At least 106 protesters', 'protesters killed'],
    ['Three cases of plague have been diagnosed in China.', 'Three cases', 'cases of plague diagnosed in China'],
    ['The crashes killed a total of 346 people.', '346 people', 'people killed'],
    ['More than 400 staff who signed the letter were fired.', 'More than 400 staff', 'staff who signed the letter'],
    ['The lender plans to hire 3,000 people.', '3,000 people', 'people to be hired'],
    ['Now Assange faces 18 criminal charges in the US.', '18 criminal charges', 'criminal charges faced'],
    ['There were 3,248 cases reported worldwide.', '3,248 cases', 'cases reported worldwide'],
    ['All 18 teams playing in a single venue.', '18 teams', 'teams playing in a single venue'],
    ['Trump is 73 years old.', '73 years', 'age of Trump'],
    ['Shares were 1.1% higher.', '1.1%', 'rise in Shares'],
    [
      'The Max jet was badly hit following two catastrophic crashes of its popular model.',
      'two catastrophic crashes',
      'catastrophic crashes of its popular model',
    ],
    ['It takes just 15 seconds to fold the roof down.', '15 seconds', 'time to fold the roof'],
    [
      'Revenue has seen triple-digit growth for six consecutive quarters.',
      'six consecutive quarters',
      'triple-digit growth',
    ],
    // Percentages of people.
    ['About 44 percent of Americans say they want the Senate to convict.', 'About 44 percent', 'share of Americans'],
    // "total" after a determiner modifies the noun; an initialism's dot ends no phrase.
    [
      'Users account for about 0.4 percent of the total U.S. population.',
      'about 0.4 percent',
      'share of total U.S. population',
    ],
    ['The firm employs 5,000 people in the U.K. and Ireland.', '5,000 people', 'people in U.K.'],
    // Qualitative magnitudes: the subject across a reporting verb.
    [
      'Demand has surged, as shown by AI-related product revenue, which has seen triple-digit growth for six quarters.',
      'triple-digit',
      'AI-related product revenue growth',
    ],
    ['Online sales have posted double-digit growth since May.', 'double-digit', 'Online sales growth'],
    ['The chain expects double-digit growth next year.', 'double-digit', 'growth'],
  ])('%s → %s: %s', (sentence, text, label) => {
    expect(figuresIn(sentence).find((f) => f.text === text)?.label).toBe(label);
  });

  test.each([
    // Round two (issue 13): results, measures, modifiers, ratios, bare amounts.
    ['The goals gave the hosts a 2-1 win over Russia in the final.', '2-1', 'win over Russia'],
    ['Argentina comfortably got past Chile 3-0 in Group C.', '3-0', 'win over Chile'],
    ['Instead, they lost 24-17.', '24-17', 'losing score'],
    ['Viera (4-0): K. Hupfer 1 goal.', '4-0', 'Viera record'],
    ['The board voted 5-2 on Wednesday night.', '5-2', 'vote'],
    [
      'Under the hood, it’s the same 5.0-liter V8 engine which produces 471 horsepower.',
      '471 horsepower',
      'V8 engine power',
    ],
    ['Under the hood, it’s the same 5.0-liter V8 engine which produces 471 horsepower.', '5.0-liter', 'V8 engine'],
    ['That promises 355 horsepower and 414 lb-ft of torque.', '355 horsepower', 'power'],
    ['It puts out 151 PS along with 197 Nm of torque.', '197 Nm', 'torque'],
    ['It should do 0-62 mph in 6.6 seconds.', '6.6 seconds', 'acceleration time for 0-62 mph'],
    [
      'Their virtual universe, some 230 million light-years wide, holds galaxies.',
      'some 230 million light-years',
      'width of virtual universe',
    ],
    ['In his last exam he clocked in at 243 pounds.', '243 pounds', 'weight'],
    ['A search of the vehicle yielded nearly 30 grams of methamphetamine.', 'nearly 30 grams', 'methamphetamine'],
    ['It took nearly eight hours to complete the series.', 'nearly eight hours', 'time to complete the series'],
    ['They face a projected 180-day Earth-Mars cruise.', '180-day', 'Earth-Mars cruise'],
    ['After a three-year silence, there has been news.', 'three-year', 'silence'],
    ['Mobile ads generate twice the CTR of native ads on desktops.', 'twice', 'CTR of native ads'],
    ['Neymar was among the more than 12,000 in attendance.', 'more than 12,000', 'attendance'],
    ['Some reports suggest as many as 200 have been killed.', 'as many as 200', 'number killed'],
    ['It cut the number from an original estimate of about 660,000.', 'about 660,000', 'original estimate'],
    ['Democrats beat Gov. Matt Bevin in a state Trump won by 30 points in 2016.', '30 points', 'winning margin'],
    ['The retailer earned $2.8 billion, or $2.53 per diluted share.', '$2.53', 'earnings per diluted share'],
    ['Regular European pricing will start at 71,350 euro.', '71,350 euro', 'Regular European starting price'],
    ['R : 50,000₩', '50,000₩', 'R price'],
    ['PS4 DualShock Controller in Crystal for $39.99', '$39.99', 'price of PS4 DualShock Controller in Crystal'],
    [
      'Those gains add to a major gain for shares, climbing more than 80% this year.',
      'more than 80%',
      'rise in shares',
    ],
    ['They tacked on their estimate ($6 million in both cases).', '$6 million', 'estimate'],
    ['Home Depot reported $2.53 in per-share earnings for the third quarter.', '$2.53', 'per-share earnings'],
    [
      'To celebrate 50 years since the band’s formation, they will tour.',
      '50 years',
      'years since the band’s formation',
    ],
    [
      'Once you divide the total by 52, the value is about $44.2 million per week.',
      'about $44.2 million',
      'weekly value',
    ],
    ['That movie flopped at the box office, making $320,000 on a budget.', '$320,000', 'box office earnings'],
    [
      'Prosecutors said no inmate checks were conducted for at least eight hours.',
      'at least eight hours',
      'time without inmate checks',
    ],
    // How long someone did what the clause says (a span of time after "for").
    [
      'A federal jury in Fort Worth deliberated for less than 10 minutes before convicting Webb.',
      'less than 10 minutes',
      'how long a federal jury deliberated',
    ],
    [
      'Assange, who denies the accusation, has avoided extradition to Sweden for seven years.',
      'seven years',
      'how long Assange has avoided extradition to Sweden',
    ],
    [
      'The course of steroids continued ultimately for 12 months.',
      '12 months',
      'how long the course of steroids continued',
    ],
    ['One study showed that practicing yoga for 12 weeks led to fewer binges.', '12 weeks', 'practicing yoga'],
    [
      'The victim was one of two people who contracted the mosquito borne virus.',
      'two people',
      'people who contracted the mosquito borne virus',
    ],
    [
      'The universe appears as it is today 13.8 billion years after the Big Bang.',
      '13.8 billion years',
      'years after the Big Bang',
    ],
    // A count in a list is the object of the verb before the list's first item, not across a clause.
    [
      'He possessed a loaded .45-caliber handgun, three rifles, two shotguns and ammunition.',
      'two shotguns',
      'shotguns possessed',
    ],
    [
      'Residents urged the district to phase it in over two years, and two board members proposed a cut.',
      'two board members',
      'board members proposed',
    ],
    // Sums offered instead of the first say the same thing.
    ['She has a net worth of $17 million (or $12 million or $6 million), the claim says.', '$6 million', 'net worth'],
    [
      'China had a smattering of infections—26 cases and 11 deaths between 2009 and 2018.',
      '11 deaths',
      'deaths between 2009 and 2018',
    ],
    ['Kicking off in June, the 30-date run will mark a first.', '30-date', 'dates in run'],
    ['Palm Bay (1-0): Tolivert 25 points.', '1-0', 'Palm Bay record'],
    ['Titan, with a diameter of 3,200 miles (5,150 km), is big.', '3,200 miles', 'diameter'],
    ['As a defense, 8 of those hits came from the defensive line.', '8 of those hits', 'hits from the defensive line'],
    [
      'Up to 99% of those do not even require clinical intervention.',
      'Up to 99%',
      'share that do not even require clinical intervention',
    ],
    ['An overwhelming 70 percent of Americans say that the offense was wrong.', '70 percent', 'share of Americans'],
    ['An all-new 2.0-liter, naturally-aspirated four-cylinder engine replaces it.', '2.0-liter', 'engine size'],
    ['We’re honoured to join this community of 14 providers.', '14 providers', 'community of providers'],
    [
      'Out of 17 observations by the W. M. Keck Observatory, they spotted vapor in one.',
      '17 observations',
      'observations by Keck Observatory',
    ],
    ['The new Sportback is 16 feet long, six feet wide and 5.3 feet high.', 'six feet', 'width of new Sportback'],
    ['King of Monitors: 35% Off Dell Alienware AW3418DW 34 inch Monitor', '35%', 'discount on Dell Alienware AW3418DW'],
    ['New Price Drop: Apple Watch Series 3 38mm Smart Watch for $169.99', '$169.99', 'price of Smart Watch'],
    ['It announced an order of 50 Airbus A350-900 jets on Monday.', '50 Airbus A350-900 jets', 'order of Airbus jets'],
    ['It announced an order at a value of $16 billion at list prices.', '$16 billion', 'value at list prices'],
    [
      'With more than 6 million Sentra vehicles sold, we believe it will sell.',
      'more than 6 million Sentra vehicles',
      'Sentra vehicles sold',
    ],
    [
      'Ads generate a CTR 2.5 times greater than widgets and about 10 times higher than banners.',
      'about 10 times higher',
      '',
    ],
  ])('%s → %s: %s', (sentence, text, label) => {
    expect(figuresIn(sentence).find((f) => f.text === text)?.label).toBe(label);
  });

  test('a list of the same measure ranks by its largest', () => {
    const bonds = ['$70,000', '$326,000', '$516,000', '$72,500'].map((sum, i) =>
      paragraph(`Suspect ${i + 1} was held in jail in lieu of ${sum} bond.`, i + 3),
    );
    const figures = findFigures({
      title: 'Police arrest four',
      paragraphs: [
        paragraph('Police said they arrested four people on Tuesday.'),
        paragraph('Officers searched two homes.', 1),
        paragraph('A search of the vehicle yielded nearly 30 grams of methamphetamine.', 2),
        ...bonds,
      ],
    });
    const order = figures.map((f) => f.text);
    expect(order.filter((text) => text.endsWith('0'))).toEqual(['$516,000', '$70,000', '$326,000', '$72,500']);
    expect(order.indexOf('30 grams')).toBeLessThan(order.indexOf('$70,000'));
  });

  test('a measure in another unit in brackets is its equivalent', () => {
    const [figure, ...rest] = figuresIn('Forecasts called for winds gusting to 55 mph (88.5 kph) overnight.');
    expect(rest).toEqual([]);
    expect(figure).toMatchObject({ text: '55 mph', equivalents: [{ text: '88.5 kph', value: 88.5, unit: 'kph' }] });
  });

  test('an age names whose it is', () => {
    const figures = findFigures({
      title: 'Rescue of 8-year-old kidnapping victim',
      paragraphs: [paragraph('Police rescued a 8-year-old Fort Worth girl.')],
    });
    expect(figures[0]).toMatchObject({ text: '8-year-old', label: 'age of Fort Worth girl' });
  });

  // The fragments: where no noun phrase is found the label stays empty (the popup
  // shows the figure in its clause), never a stretch of the sentence.
  test.each([
    ['Nearly 40% said yes.', 'Nearly 40%'],
    ['He told reporters that 46 people found out.', '46 people'],
  ])('no fragment: %s', (sentence, text) => {
    expect(figuresIn(sentence).find((f) => f.text === text)?.label).toBe('');
  });

  test('a sentence’s first word is a common noun when the page writes it in lower case', () => {
    const figures = findFigures({
      title: 'Lender results',
      paragraphs: [paragraph('Shares rose 8.5% on Tuesday.'), paragraph('The lender’s shares had fallen all year.', 1)],
    });
    expect(figures[0]?.label).toBe('rise in shares');
  });

  test('labels are made of the sentence’s words and the labeller’s grammar words', () => {
    const text =
      'Shares of the lender jumped 8.5% on Tuesday after it reported a €1.2bn profit, and it plans to hire 3,000 people.';
    const words = new Set(text.toLowerCase().match(/[\p{L}\p{N}%€.,’'-]+/gu));
    const figures = figuresIn(text);
    expect(figures.map((f) => f.label)).toEqual(['profit', 'jump in Shares of the lender', 'people to be hired']);
    for (const figure of figures)
      for (const word of figure.label.toLowerCase().split(' '))
        expect(
          text.toLowerCase().includes(word) || ADDED_WORDS.has(word) || [...words].some((w) => word.startsWith(w)),
        ).toBe(true);
  });
});

describe('ranking', () => {
  test('the opening paragraph’s money comes before a later count', () => {
    const figures = findFigures({
      title: 'Budget',
      paragraphs: [
        paragraph('The city will spend $2 billion on schools.'),
        paragraph('Officials said the plan would take several years.', 1),
        paragraph('About 40 schools will be rebuilt.', 2),
      ],
    });
    expect(figures.map((f) => f.text)).toEqual(['$2 billion', 'About 40 schools']);
  });

  test('a repeated percentage outranks one said once, later in the article', () => {
    const figures = findFigures({
      title: 'Results',
      paragraphs: [
        paragraph('The company reported results on Tuesday.'),
        paragraph('Analysts had expected little change.', 1),
        paragraph('Its margin was 9% and costs were flat.', 2),
        paragraph('Cloud revenue grew 14% in the quarter.', 3),
        paragraph('That 14% gain beat forecasts.', 4),
      ],
    });
    expect(figures.map((f) => f.text)).toEqual(['14%', '9%']);
  });

  test('a quantity in the title comes first', () => {
    const figures = findFigures({
      title: 'Carmaker to cut 5,000 jobs',
      paragraphs: [paragraph('Sales fell 12% in Europe.'), paragraph('The firm will cut 5,000 jobs by 2026.', 1)],
    });
    expect(figures[0]?.text).toBe('5,000 jobs');
  });

  test('"up to" is a ceiling, not a change; "up 40 hours" is one', () => {
    const texts = (opening: string) =>
      findFigures({
        title: 'Battery',
        paragraphs: [paragraph(opening), paragraph('The company sold phones worth $1 million to schools.', 1)],
      }).map((f) => f.text);
    expect(texts('Battery life is up to 40 hours on one charge.')).toEqual(['$1 million', 'up to 40 hours']);
    expect(texts('Battery life is up 40 hours on the old model.')).toEqual(['40 hours', '$1 million']);
  });

  test('a change that did not happen makes no figure a change', () => {
    const texts = (second: string) =>
      findFigures({
        title: 'Doubles title',
        paragraphs: [
          paragraph('The pair won the title in Turin on Sunday night.'),
          paragraph(second, 1),
          paragraph('In all, 12,000 fans watched the last match.', 2),
        ],
      }).map((f) => f.text);
    expect(texts('They did not drop a single set in 15 matches at the Finals.')).toEqual(['12,000 fans', '15 matches']);
    expect(texts('They saw their ranking drop after 15 matches at the Finals.')).toEqual(['15 matches', '12,000 fans']);
  });

  test('only the figure in the clause that says "expected" was expected', () => {
    const figures = findFigures({
      title: 'Retailer results',
      paragraphs: [
        paragraph('The retailer reported its results on Tuesday morning.'),
        paragraph('Comparable sales rose 3.6%, missing the 4.8% gain that was expected.', 1),
        paragraph('Margins rose to 9% in the quarter, the company said.', 2),
      ],
    });
    expect(figures.map((f) => f.text)).toEqual(['3.6%', '9%', '4.8%']);
  });

  test('a clause with no number of its own says what was expected for the whole sentence', () => {
    const figures = findFigures({
      title: 'Water rates',
      paragraphs: [
        paragraph('The board voted to raise water rates on Wednesday night.'),
        paragraph('Bills rise by $7 a month, according to district estimates.', 1),
        paragraph('Reserves fell by $7 million over two years, the manager said.', 2),
      ],
    });
    expect(figures.map((f) => f.text)).toEqual(['$7 million', '$7', 'two years']);
  });

  test('a percentage said again of something else is no second mention', () => {
    const texts = (last: string) =>
      findFigures({
        title: 'Ads',
        paragraphs: [
          paragraph('The study of native advertising was published on Monday.'),
          paragraph('Widgets made 40% of ad revenue for the publishers.', 1),
          paragraph('In-feed units won 30% of all clicks in the survey.', 2),
          paragraph('Publishers saw their revenue reach $1 million.', 3),
          paragraph(last, 4),
        ],
      }).map((f) => f.text);
    expect(texts('On mobile, the cost of each view is 30% lower than on desktop.')).toEqual([
      '40%',
      '$1 million',
      '30%',
    ]);
    expect(texts('On mobile, in-feed units won 30% of all clicks too.')).toEqual(['40%', '30%', '$1 million']);
  });

  test('a whole broken into parts in one sentence: its largest part stands for it', () => {
    const figures = findFigures({
      title: 'Ad formats',
      paragraphs: [
        paragraph('The study of native advertising was published on Monday.'),
        paragraph(
          'Widgets are the most popular form (38%), followed by in-feed units (30%), in-ad units (25%) and custom designs (7%).',
          1,
        ),
        paragraph('In-feed ad revenue grew 20% last year, the study found.', 2),
      ],
    });
    expect(figures.map((f) => f.text)).toEqual(['38%', '20%', '30%', '25%', '7%']);
  });

  test('figures of a caption rank below those of the text', () => {
    const figures = findFigures({
      title: 'Harvest',
      paragraphs: [
        paragraph('Farmers harvested 3 million tonnes. Photo: File', 0, { kind: 'caption' }),
        paragraph('Wheat prices rose 4% this week.', 1),
      ],
    });
    expect(figures.map((f) => f.text)).toEqual(['4%', '3 million tonnes']);
  });
});

describe('what is searched', () => {
  test('only the paragraphs given, never the title alone', () => {
    expect(
      findFigures({ title: 'Apple’s $3 trillion moment', paragraphs: [paragraph('Apple rose on Monday.')] }),
    ).toEqual([]);
  });

  test('preformatted blocks (code) are skipped', () => {
    expect(
      findFigures({ title: '', paragraphs: [paragraph('cost = $5 million', 0, { kind: 'preformatted' })] }),
    ).toEqual([]);
  });

  test('each figure carries its sentence and paragraph', () => {
    const [figure] = findFigures({
      title: '',
      paragraphs: [
        paragraph('Nothing here.'),
        paragraph('The bank lost clients. Profit fell 7% in May. Shares slid.', 1),
      ],
    });
    expect(figure).toMatchObject({ text: '7%', paragraph: 1, context: 'Profit fell 7% in May.' });
  });
});

describe('sentences that may hold a quantity (the quick test before tokenising)', () => {
  const english = { dollar: 'USD', yen: 'JPY', sterling: false, decimalComma: false, english: true };
  test.each([
    ['a digit', 'Profit fell 7% in May.', true],
    ['a number word', 'Six people were hurt.', true],
    ['a hyphenated number word', 'Twenty-five flights were cancelled.', true],
    ['a multiplier after "a"', 'A dozen firms bid.', true],
    ['a magnitude after "one"', 'One million people voted.', true],
    ['a qualitative magnitude', 'Sales saw double-digit growth.', true],
    ['a fraction of a point', 'Rates rose by a quarter of a percentage point.', true],
    ['no number at all', 'The bank lost clients and shares slid.', false],
    ['a number word inside another word', 'Often the tone of the attention seekers is fivefold.', false],
  ])('%s: %s', (_name, sentence, expected) => {
    expect(mayHoldQuantity(sentence, english)).toBe(expected);
    // The test may only leave out sentences in which nothing would be found.
    if (!expected) expect(figuresIn(sentence)).toEqual([]);
  });

  test('spelled numbers count in English only', () => {
    expect(mayHoldQuantity('Six people were hurt.', { ...english, english: false })).toBe(false);
  });
});
