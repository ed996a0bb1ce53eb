/**
 * Lets the page run (input, rendering and its own scripts) before the analysis goes on,
 * so that reading a large page never holds the tab in one long task (issue #6). A zero
 * timeout queues behind the page's waiting work; scheduler.yield() would not: it resumes
 * ahead of the page's own tasks, which then wait for the whole analysis.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
