// The article-extraction-benchmark metric, implemented from the description in
// ../shared/corpus/article-extraction-benchmark/README.md ("The metric, exactly").

/**
 * Python's `re.findall(r'\w+', text)` on str: runs of letters, Unicode numerics and the
 * underscore. Combining marks are not word characters there, so they split tokens here too.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Overlapping 4-token shingles; a 1-3 token text is one shorter shingle, an empty text none. */
export function shingles(tokens: readonly string[], size = 4): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  if (tokens.length < size) add(tokens.join('\u0000'));
  else for (let i = 0; i + size <= tokens.length; i++) add(tokens.slice(i, i + size).join('\u0000'));
  return counts;
}

export interface PageScore {
  /** tp, fp, fn divided by their sum, so every page weighs the same. */
  tp: number;
  fp: number;
  fn: number;
  /** Precision, or null when the prediction has no shingle (left out of the mean). */
  precision: number | null;
  /** Recall, or null when the ground truth has no shingle. */
  recall: number | null;
  /** The whole token lists are equal. */
  exact: boolean;
}

export function scorePage(truth: string, prediction: string): PageScore {
  const trueTokens = tokenize(truth);
  const predTokens = tokenize(prediction);
  const t = shingles(trueTokens);
  const p = shingles(predTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  const total = tp + fp + fn;
  const [ntp, nfp, nfn] = total > 0 ? [tp / total, fp / total, fn / total] : [0, 0, 0];
  const exact = trueTokens.length === predTokens.length && trueTokens.every((tok, i) => tok === predTokens[i]);
  return {
    tp: ntp,
    fp: nfp,
    fn: nfn,
    precision: ntp + nfp > 0 ? ntp / (ntp + nfp) : null,
    recall: ntp + nfn > 0 ? ntp / (ntp + nfn) : null,
    exact,
  };
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Means over pages, then F1 of the means (not the mean of per-page F1s). */
export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const precision = mean(pages.map((p) => p.precision).filter((x): x is number => x !== null));
  const recall = mean(pages.map((p) => p.recall).filter((x): x is number => x !== null));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))) };
}

/** Standard deviation of each metric over bootstrap resamples (seeded, so runs agree). */
export function bootstrap(pages: readonly PageScore[], rounds = 1000, seed = 1): CorpusScore {
  let state = seed >>> 0;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const samples: CorpusScore[] = [];
  for (let r = 0; r < rounds; r++) {
    const sample = Array.from({ length: pages.length }, () => pages[Math.floor(random() * pages.length)]!);
    samples.push(scoreCorpus(sample));
  }
  const sd = (key: keyof CorpusScore) => {
    const xs = samples.map((s) => s[key]);
    const m = mean(xs);
    return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
  };
  return { precision: sd('precision'), recall: sd('recall'), f1: sd('f1'), accuracy: sd('accuracy') };
}
