import path from 'node:path';
import { Command } from 'commander';
import { withRuntime } from './with-runtime.ts';

export function backupCommand(): Command {
  return new Command('backup')
    .description(
      'Copy the SQLite database while Haven runs (PostgreSQL: prints the pg_dump command)',
    )
    .option('--to <file>', 'where to write the copy')
    .action((opts: { to?: string }) =>
      withRuntime(async (rt) => {
        if (!rt.conn.sqlite) {
          console.log(
            'On PostgreSQL, back up with: pg_dump --format=custom --file=haven.dump "$DATABASE_URL"',
          );
          console.log(
            `Back up the key file (${rt.config.keyFile}) separately: without it sealed secrets cannot be read.`,
          );
          return;
        }
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const dest = path.resolve(
          opts.to ?? path.join(rt.config.dataDir, 'backups', `haven-${stamp}.sqlite`),
        );
        const { mkdirSync } = await import('node:fs');
        mkdirSync(path.dirname(dest), { recursive: true, mode: 0o700 });
        await rt.conn.sqlite.backup(dest);
        console.log(`Backed up to ${dest}`);
        console.log(
          `Keep the key file (${rt.config.keyFile}) in a different place from this backup.`,
        );
      }),
    );
}
