import { Command } from 'commander';
import { verifyAuditLog } from '../storage/audit-verify.ts';
import { withRuntime } from './with-runtime.ts';

export function auditCommands(): Command {
  const audit = new Command('audit').description('Check the audit log');
  audit
    .command('verify')
    .description(
      'Recompute the hash chain and name the first event that was edited, deleted or inserted',
    )
    .action(() =>
      withRuntime(async (rt) => {
        const report = await verifyAuditLog(rt.conn);
        if (report.problems.length === 0) {
          console.log(`Audit log intact: ${report.events} events in ${report.chains} chain(s).`);
          return;
        }
        for (const p of report.problems) {
          console.error(
            `BROKEN chain ${p.chain}: event ${p.seq}${p.eventId ? ` (${p.eventId})` : ''} ${p.problem}: ${p.detail}`,
          );
        }
        process.exitCode = 1;
      }),
    );
  return audit;
}
