/**
 * Symlinks among the input files: a file reached by several paths (through a folder symlink, or one that
 * points back up its own tree) is read once, by its shortest path, and a looping symlink is reported once.
 */
import { lstat, realpath } from 'node:fs/promises';
import { dirname, sep } from 'node:path';

export interface UniqueFiles {
  /** One path per real file. */
  files: string[];
  /** Folder symlinks that point at one of their own ancestors, each once. */
  loops: string[];
}

export async function uniqueByRealPath(paths: Iterable<string>): Promise<UniqueFiles> {
  const shortestFirst = [...paths].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const pathOfRealPath = new Map<string, string>();
  const loops = new Set<string>();
  // The files of one folder share the answer: each folder is walked up once, not once per duplicate file.
  const loopOfFolder = new Map<string, string | null>();
  for (const path of shortestFirst) {
    // A path that cannot be resolved stays as it is; readSource reports why it cannot be read.
    const real = await realpath(path).catch(() => path);
    if (!pathOfRealPath.has(real)) {
      pathOfRealPath.set(real, path);
      continue;
    }
    const folder = dirname(path);
    let loop = loopOfFolder.get(folder);
    if (loop === undefined) loopOfFolder.set(folder, (loop = await loopingAncestor(folder)));
    if (loop) loops.add(loop);
  }
  return { files: [...pathOfRealPath.values()], loops: [...loops].sort() };
}

/** The folder symlink on the path to `start` (itself included) that points at the folder it is in, or at a folder above it. */
async function loopingAncestor(start: string): Promise<string | null> {
  for (let folder = start; folder !== dirname(folder); folder = dirname(folder)) {
    if (!(await lstat(folder).catch(() => null))?.isSymbolicLink()) continue;
    const [target, home] = await Promise.all([realpath(folder), realpath(dirname(folder))].map((real) => real.catch(() => null)));
    if (target && home && (home === target || home.startsWith(target + sep))) return folder;
  }
  return null;
}
