/** `bench-main.ts <scenario>`: runs one long-form scenario and prints its rows as one JSON line. */
import { SCENARIOS } from './bench-scenarios';

async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  const scenario = SCENARIOS[name];
  if (!scenario) throw new Error(`unknown scenario "${name}"; one of ${Object.keys(SCENARIOS).join(', ')}`);
  const rows = await scenario();
  process.stdout.write(`ROWS ${JSON.stringify(rows)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench-main: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
