import { runCli } from './main';

// The `dossier` binary: stdout for results, stderr for the one-line error, the exit code says which.
void runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
}).then((code) => {
  // serve keeps running until a signal; every other command ends here.
  process.exitCode = code;
});
