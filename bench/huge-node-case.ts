// One case of the `huge` benchmark in a process of its own (bench/huge.ts starts it), so
// that the process's peak memory is that case's alone. Prints one JSON line.
import { getHeapStatistics } from 'node:v8';
import { analyze } from '../src/core/analyze';
import { parsePage } from '../src/cli/parse-page';
import { HUGE_CASES } from './huge-cases';

const megabytes = (bytes: number) => bytes / 1024 / 1024;
const peakRss = () => megabytes(process.resourceUsage().maxRSS * 1024);

const pageCase = HUGE_CASES[Number(process.argv[2])]!;
const html = pageCase.html();
const before = { peakRss: peakRss(), heap: megabytes(process.memoryUsage().heapUsed) };
let started = performance.now();
const doc = parsePage(html);
const parseMs = performance.now() - started;
started = performance.now();
const result = analyze(doc, 'https://www.example-gazette.com/news/generated');
const analysisMs = performance.now() - started;
const heap = getHeapStatistics();
console.log(
  JSON.stringify({
    bytes: html.length,
    answer: result.ok ? `article, ${result.paragraphs.length} paragraphs` : result.error.code,
    parseMs,
    analysisMs,
    peakRssBefore: before.peakRss,
    peakRss: peakRss(),
    heapBefore: before.heap,
    heapAfter: megabytes(process.memoryUsage().heapUsed),
    heapTotal: megabytes(heap.total_heap_size),
  }),
);
