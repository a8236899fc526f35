/** What a flow folder must hold (shared by the registration and scaffold tests). Node only. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SRC } from '../architecture/imports';

export const FLOWS_DIR = join(SRC, 'flows');
/** Folders of src/flows that are not flows. */
const NOT_FLOWS = new Set(['shared']);
/** The files every flow folder has. */
export const REQUIRED_FILES = ['meta.yaml', 'machine.ts', 'words.yaml', 'logic.ts', 'content.ts', 'index.ts'];

export const flowFolders = () =>
  readdirSync(FLOWS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !NOT_FLOWS.has(d.name))
    .map((d) => d.name)
    .sort();

/** What is wrong with one folder (empty when it is well formed). */
export async function folderProblems(folder: string, dir = FLOWS_DIR): Promise<string[]> {
  const problems: string[] = [];
  for (const file of REQUIRED_FILES) if (!existsSync(join(dir, folder, file))) problems.push(`src/flows/${folder}/ has no ${file}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(folder)) problems.push(`src/flows/${folder}/: a flow folder is named by its id (lower-case words joined by -)`);
  return problems;
}

