// Loaded into each process `npm run bench -- command` times (node --import): at exit it
// writes the process's CPU time (user + system, all its threads, GC included) to the
// file CPU_REPORT names, one line per process (tsx runs the command in a child process of
// its own: the benchmark adds the lines up). Wall time carries whatever else runs on a
// shared machine, CPU time much less, so the benchmark prints both.
import { appendFileSync } from 'node:fs';

const report = process.env.CPU_REPORT;
if (report) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    appendFileSync(report, `${(user + system) / 1000}\n`);
  });
}
