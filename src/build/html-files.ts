import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Build: every .html file under `dir`, in its subfolders too. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}
