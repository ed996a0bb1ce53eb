import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const XDOTOOL_TIMEOUT_MS = 10_000;

/**
 * A private X display with a window manager, for what only a real desktop can do: a
 * headed browser whose toolbar is clicked and whose shortcuts are pressed through the X
 * server (xdotool's XTEST events), exactly as a reader's keyboard and mouse would.
 * Browser automation protocols cannot: their key events reach the page, never the
 * browser's own commands (../shared/E2E.md). Each test run gets its own display, so
 * keys never land in another program's window.
 */
export interface X11Display {
  /** ":N", for DISPLAY. */
  name: string;
  /** The test runner's environment with DISPLAY set to this display. */
  env: NodeJS.ProcessEnv;
  /** Presses a key combination as xdotool spells it ("alt+shift+q") in the focused window. */
  press(keys: string): Promise<void>;
  /** Moves the pointer to screen coordinates and clicks the left button. */
  click(x: number, y: number): Promise<void>;
  /**
   * Raises and focuses the first visible window that xdotool's search finds, e.g.
   * `['--pid', '1234']` or `['--class', 'chromium']` (a browser that just started).
   */
  focusWindow(...search: string[]): Promise<void>;
  stop(): Promise<void>;
}

function waitForDisplayNumber(xvfb: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let written = '';
    // -displayfd 3: Xvfb picks a free display and writes its number here once it accepts clients.
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (written.includes('\n')) resolve(written.trim());
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before opening a display`)));
    xvfb.once('error', reject);
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

/** A manifest's shortcut ("Alt+Shift+Q", "Ctrl+Shift+Y") as xdotool spells it ("alt+shift+q"). */
export function xdotoolKeys(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'MacCtrl' ? 'ctrl' : part.toLowerCase()))
    .join('+');
}

export async function startX11Display(): Promise<X11Display> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const name = `:${await waitForDisplayNumber(xvfb)}`;
  const env = { ...process.env, DISPLAY: name };
  // Openbox gives windows focus and stacking as a desktop does; without a window
  // manager a new browser window may never receive the keyboard.
  const windowManager = spawn('openbox', ['--sm-disable'], { env, stdio: 'ignore' });
  // Bounded: an xdotool that waits for a window (search --sync) or for the window manager
  // (windowactivate --sync) can wait for ever; a step that fails says so instead.
  const xdotool = (...args: string[]) => run('xdotool', args, { env, timeout: XDOTOOL_TIMEOUT_MS });
  return {
    name,
    env,
    press: async (keys) => {
      await xdotool('key', '--clearmodifiers', keys);
    },
    click: async (x, y) => {
      // No --sync: it waits for the pointer to move, for ever when it is there already
      // (a second click on the same switch). XTEST events keep their order in the X
      // server, so the click lands where the move put the pointer.
      await xdotool('mousemove', String(Math.round(x)), String(Math.round(y)), 'click', '1');
    },
    focusWindow: async (...search) => {
      const { stdout } = await xdotool('search', '--sync', '--onlyvisible', ...search);
      const window = stdout.trim().split('\n')[0]!;
      // Asked once, then watched: `windowactivate --sync` waits for an answer the window
      // manager does not always send when the window is active already (seen hanging a
      // Firefox test until its 60 s timeout).
      const deadline = Date.now() + XDOTOOL_TIMEOUT_MS;
      await xdotool('windowactivate', window);
      while ((await xdotool('getactivewindow')).stdout.trim() !== window) {
        if (Date.now() > deadline)
          throw new Error(`X display: window ${window} (${search.join(' ')}) never became active`);
        await new Promise((resolve) => setTimeout(resolve, 100));
        await xdotool('windowactivate', window);
      }
    },
    stop: async () => {
      await stopProcess(windowManager);
      await stopProcess(xvfb);
    },
  };
}
