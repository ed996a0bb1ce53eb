import { runCli } from '../../../src/cli/run-cli';

/** The command run in this process from its source, with its output captured. */
export async function runCommand(argv: string[], stdin: Uint8Array = new Uint8Array()) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: async () => stdin,
  });
  return { code, stdout, stderr };
}
