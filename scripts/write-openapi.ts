// Writes the OpenAPI document the server serves to docs/openapi.json, which is committed so API
// changes show up in review. A test fails when the committed copy is stale.
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../test/support/openapi.ts';

writeFileSync('docs/openapi.json', `${JSON.stringify(await openApiDocument(), null, 2)}\n`);
console.log('Wrote docs/openapi.json');
