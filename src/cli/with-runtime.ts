import { loadConfig } from '../config.ts';
import { createRuntime, type Runtime } from '../runtime.ts';

/** Opens the database (migrating it), runs a command, and closes it again. */
export async function withRuntime<T>(fn: (rt: Runtime) => Promise<T>): Promise<T> {
  const rt = await createRuntime(loadConfig());
  try {
    return await fn(rt);
  } finally {
    await rt.close();
  }
}
