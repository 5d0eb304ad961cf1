import { createReadStream, readFileSync } from 'node:fs';
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { parseRosterCsv } from '../core/people/roster-csv.ts';
import { importPupils, type ImportSummary } from '../core/people/use-cases/import-pupils.ts';
import { ctfRoster } from '../imports/ctf-roster.ts';
import { operatorActor, pickSchool } from './operator.ts';
import { withRuntime } from './with-runtime.ts';

/** The file's text, refusing bytes that are not UTF-8 rather than guessing at them. */
export function readUtf8(path: string): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${path} is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”.`);
  }
}

export function printSummary(s: ImportSummary): void {
  const c = s.counts;
  console.log(
    `${s.applied ? 'Imported' : 'Would import'}: ${c.create} new, ${c.update} updated, ${c.unchanged} unchanged, ${c.flag} held for review.`,
  );
  for (const f of s.flagged.slice(0, 50))
    console.log(
      `  row ${f.line}: ${f.pupilName}: a different ${f.change === 'upn' ? 'UPN' : 'date of birth'}, held for review`,
    );
  for (const p of s.problems.slice(0, 50))
    console.log(`  row ${p.line}${p.column ? `, ${p.column}` : ''}: ${p.message}`);
  if (s.problems.length > 50) console.log(`  … and ${s.problems.length - 50} more problems`);
  if (!s.applied && s.problems.length)
    console.log('Nothing was changed: fix the file and run again.');
}

/** `haven import pupils FILE`: the MIS export, with a progress bar (D11). */
export function importCommands(): Command {
  const cmd = new Command('import').description(
    'Import pupils from a CSV or a Common Transfer File',
  );
  cmd
    .command('pupils')
    .description('Import pupils and their emergency contacts from a CSV (upsert by UPN)')
    .argument('<file>', 'CSV file, UTF-8')
    .option('--school <id>', 'school id (needed when there are several)')
    .option('--dry-run', 'check the file and say what would change, changing nothing')
    .action((file: string, opts: { school?: string; dryRun?: boolean }) =>
      withRuntime(async (rt) => {
        const schoolId = await pickSchool(rt, opts.school);
        const parsed = parseRosterCsv(readUtf8(file));
        const bar = new SingleBar(
          {
            format: 'Importing [{bar}] {percentage}% | {value}/{total} pupils',
            stream: process.stderr,
          },
          Presets.shades_classic,
        );
        // A bar only where someone watches; piped output gets the summary alone.
        const live = !opts.dryRun && process.stderr.isTTY;
        if (live) bar.start(parsed.rows.length, 0);
        const summary = await importPupils(
          rt.people,
          operatorActor(schoolId),
          { kind: 'csv', ...parsed },
          {
            dryRun: opts.dryRun === true,
            allOrNothing: true,
            onProgress: (done) => bar.update(done),
          },
        );
        bar.stop();
        printSummary(summary);
        if (!summary.applied && !opts.dryRun) process.exitCode = 2;
      }),
    );
  cmd
    .command('ctf')
    .description('Import pupils from a DfE Common Transfer File (XML); each bad pupil fails alone')
    .argument('<file>', 'CTF XML file')
    .option('--school <id>', 'school id (needed when there are several)')
    .option('--dry-run', 'check the file and say what would change, changing nothing')
    .action((file: string, opts: { school?: string; dryRun?: boolean }) =>
      withRuntime(async (rt) => {
        const schoolId = await pickSchool(rt, opts.school);
        const ctf = await ctfRoster(createReadStream(file));
        const from = ctf.from.name ?? [ctf.from.lea, ctf.from.estab].filter(Boolean).join(' ');
        console.log(`From ${from || 'an unnamed school'}: ${ctf.source.rows.length} pupils read.`);
        for (const w of ctf.warnings.slice(0, 20)) console.log(`  ${w}`);
        const summary = await importPupils(rt.people, operatorActor(schoolId), ctf.source, {
          dryRun: opts.dryRun === true,
          allOrNothing: false,
        });
        printSummary(summary);
      }),
    );
  return cmd;
}
