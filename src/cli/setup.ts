import { Command } from 'commander';
import { issueSetupToken } from '../core/auth/setup.ts';
import { withRuntime } from './with-runtime.ts';

export function migrateCommand(): Command {
  return new Command('migrate').description('Bring the database schema up to date').action(() =>
    withRuntime(async () => {
      // createRuntime has already migrated under the migration lock.
      console.log('The database is up to date.');
    }),
  );
}

export function setupCommand(): Command {
  return new Command('setup')
    .description('Print a fresh one-time setup link (only while no school exists)')
    .action(() =>
      withRuntime(async (rt) => {
        const token = await issueSetupToken(rt.auth);
        if (!token) {
          console.log(
            'Haven is already set up. Add people with `haven users add` or in the Staff screen.',
          );
          return;
        }
        console.log(`Set up Haven at: ${rt.config.publicUrl}/setup#${token}`);
        console.log('The link works once, for 24 hours, and only while no school exists.');
      }),
    );
}
