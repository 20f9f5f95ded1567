import { runCli } from './main';

// The `dossier` binary: stdout for results, stderr for the one-line error, the exit code says which.
void runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
}).then((code) => {
  // Every command has finished and awaited its writes (serve only returns after a signal and a clean
  // close); exit now rather than wait on idle handles such as a closing file watcher.
  process.exit(code);
});
