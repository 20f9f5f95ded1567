import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startServeHost } from '../../hosts/ws/serve-host';
import { defaultCacheDir, defaultDataDir } from '../../services/app/paths';
import { UsageError, type CliIo } from '../io';
import { CLI_VERSION } from '../version';
import type { Command } from './command';

/** `dossier serve [folder] [--port N] [--no-open]`: the workbench in a browser, on 127.0.0.1 only. */
export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [folder] [--port N] [--no-open]',
  summary: 'open the workbench in your browser (127.0.0.1 only, with a private token)',
  positionals: [],
  options: { port: { type: 'string' }, 'no-open': { type: 'boolean' } },
  async run({ positionals: [folder], options }, io: CliIo) {
    const port = options.port === undefined ? 0 : Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`serve: --port must be a number from 0 to 65535, not "${String(options.port)}"`);
    const rendererDir = findRendererDir();
    const host = await startServeHost({
      ...(folder ? { folder: path.resolve(folder) } : {}),
      port,
      rendererDir,
      dataDir: defaultDataDir(),
      cacheDir: defaultCacheDir(),
      version: CLI_VERSION,
      ...(process.env.DOSSIER_SERVE_TOKEN ? { token: process.env.DOSSIER_SERVE_TOKEN } : {}),
    });
    io.out(`Dossier is serving ${folder ? path.resolve(folder) : '(no folder yet)'}\n${host.url}\n`);
    io.out('Only this computer can connect. Press Ctrl+C to stop.\n');
    if (!options['no-open']) openBrowser(host.url);
    await new Promise<void>((resolve) => {
      const stop = () => void host.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};

/** The built renderer: beside the CLI bundle (dist/cli → dist/renderer) or under the repo's dist/. */
export function findRendererDir(): string {
  const candidates = [
    path.resolve(__dirname, '..', 'renderer'),
    path.resolve(__dirname, '..', '..', '..', 'dist', 'renderer'),
    path.resolve('dist', 'renderer'),
  ];
  const found = candidates.find((c) => existsSync(path.join(c, 'index.html')));
  if (!found) throw new UsageError('serve: the workbench is not built yet. Run `npm run build` first.');
  return found;
}

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    spawn(cmd as string, args as string[], { detached: true, stdio: 'ignore' })
      .on('error', () => undefined)
      .unref();
  } catch {
    // No browser opener: the URL is printed above.
  }
}
