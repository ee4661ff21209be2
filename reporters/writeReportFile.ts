import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes one report file and returns its path, so the console can say where it went. */
export function writeReportFile(reportDir: string, name: string, content: string): string {
  mkdirSync(reportDir, { recursive: true });
  const file = path.join(reportDir, name);
  writeFileSync(file, content);
  return file;
}
