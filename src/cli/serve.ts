import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { issueSetupToken } from '../core/auth/setup.ts';
import { buildApp } from '../http/app.ts';
import { createRuntime } from '../runtime.ts';
import { startJobs } from '../jobs/scheduler.ts';

export function serveCommand(): Command {
  return new Command('serve').description('Start Haven (the default command)').action(async () => {
    const explicitUrl = process.env.HAVEN_PUBLIC_URL;
    const config = loadConfig();
    const rt = await createRuntime(config);
    const app = await buildApp(rt);
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    if (!explicitUrl) config.publicUrl = `http://${shown}:${port}`;
    console.log(`Haven is listening on http://${shown}:${port}`);
    console.log(`Database: ${rt.conn.engine === 'sqlite' ? rt.conn.sqlitePath : 'PostgreSQL'}`);
    if (rt.keyCreated)
      console.log(
        `Created a new key file at ${config.keyFile}: back it up apart from the database.`,
      );
    if (!config.publicUrl.startsWith('https://') && !/^(localhost|127\.)/.test(shown)) {
      console.warn(
        'Warning: Haven is on plain HTTP on a network address. Put it behind HTTPS before real use.',
      );
    }
    const token = await issueSetupToken(rt.auth);
    if (token) {
      console.log('No school is set up yet. This link works once, for 24 hours:');
      console.log(`Set up Haven at: ${config.publicUrl}/setup#${token}`);
    }
    const stopJobs = startJobs(rt, app.log);
    const stop = async () => {
      stopJobs();
      await app.close();
      await rt.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
  });
}
