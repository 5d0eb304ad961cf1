#!/usr/bin/env node
import { Command } from 'commander';
import { auditCommands } from './audit.ts';
import { backupCommand } from './backup.ts';
import { demoCommand } from './demo.ts';
import { importCommands } from './import.ts';
import { organisationCommands, schoolCommands } from './schools.ts';
import { migrateCommand, setupCommand } from './setup.ts';
import { serveCommand } from './serve.ts';
import { userCommands } from './users.ts';

const program = new Command()
  .name('haven')
  .description(
    'Haven: safeguarding and child-protection records for schools.\nConfiguration comes from environment variables: see README.md.',
  )
  .showHelpAfterError();

program.addCommand(serveCommand(), { isDefault: true });
program.addCommand(migrateCommand());
program.addCommand(setupCommand());
program.addCommand(demoCommand());
program.addCommand(organisationCommands());
program.addCommand(schoolCommands());
program.addCommand(userCommands());
program.addCommand(auditCommands());
program.addCommand(backupCommand());
program.addCommand(importCommands());

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
