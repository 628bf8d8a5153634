import { ensureDemoTenant } from '../demo/demo-tenant.ts';
import { withDatabase } from './open-from-env.ts';
import { print } from './print.ts';

/** `seed-demo`: the demo tenant with its data (created once); its keys on stdout. */
export async function seedDemo({
  json,
  dataDir,
}: {
  json: boolean;
  dataDir: string | undefined;
}): Promise<void> {
  const demo = await withDatabase(dataDir, ({ db }) => ensureDemoTenant(db));
  if (json) {
    print(JSON.stringify(demo, null, 2));
    return;
  }
  print(demo.created ? 'Demo tenant created.' : 'The demo tenant already exists.');
  print(`  Publishable key: ${demo.publishableKey}`);
  if (demo.secretKey) print(`  Secret key (shown once): ${demo.secretKey}`);
  print(`  Identity secret: ${demo.identitySecret}`);
}
