import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contractDocument, DOCUMENT_URL, serializeDocument } from './contract-document.ts';

writeFileSync(DOCUMENT_URL, serializeDocument(contractDocument()));
process.stdout.write(`Wrote ${fileURLToPath(DOCUMENT_URL)}\n`);
