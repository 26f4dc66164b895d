import { existsSync } from 'node:fs';
import { copyFile, cp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAmgi, tempDir, writeFiles } from './helpers.js';

// A 1×1 PNG: an image the CSV export copies into `<deck>.media/`.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

const NETWORK = `# 네트워크

## 전송 계층

> TCP

연결을 맺고 순서를 보장하는 프로토콜입니다.

![구조](./img/tcp.png)

> UDP

연결 없이 데이터그램을 보냅니다.
`;

const SECURITY = `# 보안

> 방화벽

트래픽을 규칙에 따라 걸러냅니다.
`;

/** A project with two notes, built. */
async function project(): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, { 'source-notes/네트워크.md': NETWORK, 'source-notes/보안.md': SECURITY, 'source-notes/img/tcp.png': PNG });
  expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
  return dir;
}

async function exportAll(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const result = await runAmgi(['export', ...args], { cwd: dir });
  expect(result.code, result.stderr).toBe(0);
  return result;
}

async function decksOf(dir: string): Promise<string[]> {
  return (await readdir(join(dir, 'decks'))).filter((name) => !name.startsWith('.') && name !== 'amgi.sqlite').sort();
}

describe('exports of decks that are gone', () => {
  it('a renamed note: its new export appears, the old one (and its images) goes, and build and export say so', async () => {
    const dir = await project();
    await exportAll(dir);
    expect(await readdir(join(dir, 'decks', '네트워크.media'))).toHaveLength(1);
    await rename(join(dir, 'source-notes/네트워크.md'), join(dir, 'source-notes/망.md'));

    const build = await runAmgi(['build'], { cwd: dir });
    expect(build.code).toBe(0);
    expect(build.stdout).toContain('out-of-date export: decks/네트워크.csv, decks/네트워크.media/ (the next `amgi export` removes them)');
    const built = JSON.parse((await runAmgi(['build', '--json'], { cwd: dir })).stdout) as { decks: { note: string; staleExports?: string[] }[] };
    expect(built.decks.every((deck) => deck.staleExports === undefined)).toBe(true); // said once, by the build that renamed it

    const exported = await exportAll(dir);
    expect(exported.stdout).toContain('네트워크  →  decks/망.csv (2 notes, 1 image in decks/망.media/)');
    expect(exported.stdout).toContain('Removed the old exports of decks that are gone: decks/네트워크.csv, decks/네트워크.media/');
    expect(await decksOf(dir)).toEqual(['망.csv', '망.json', '망.media', '보안.csv', '보안.json']);
    // Nothing is left to remove: a second export says nothing of it.
    const again = JSON.parse((await exportAll(dir, '--json')).stdout) as { removedExports?: string[] };
    expect(again.removedExports).toEqual([]);
    expect((await exportAll(dir)).stdout).not.toContain('Removed');
  });

  it('a deleted note: its package goes, and so does its CSV, whichever format is exported now', async () => {
    const dir = await project();
    await exportAll(dir);
    await exportAll(dir, '--format', 'apkg');
    await rm(join(dir, 'source-notes/보안.md'));
    const build = JSON.parse((await runAmgi(['build', '--json'], { cwd: dir })).stdout) as { decks: { status: string; staleExports?: string[] }[] };
    expect(build.decks.find((deck) => deck.status === 'removed')?.staleExports).toEqual(['decks/보안.apkg', 'decks/보안.csv']);

    const report = JSON.parse((await exportAll(dir, '--format', 'apkg', '--json')).stdout) as { removedExports?: string[]; keptExports?: unknown };
    expect(report.removedExports).toEqual(['decks/보안.apkg', 'decks/보안.csv']);
    expect(report.keptExports).toBeUndefined();
    expect(await decksOf(dir)).toEqual(['네트워크.apkg', '네트워크.csv', '네트워크.json', '네트워크.media']);
  });

  it('never removes a file amgi did not write, nor another folder’s export, nor a copy the user made', async () => {
    const dir = await project();
    await exportAll(dir);
    await exportAll(dir, '--format', 'apkg');
    const other = await project(); // another notes folder: another folder id in its GUIDs
    await exportAll(other);
    await exportAll(other, '--format', 'apkg');
    const decks = join(dir, 'decks');
    await copyFile(join(other, 'decks/보안.csv'), join(decks, '친구.csv'));
    await copyFile(join(other, 'decks/보안.apkg'), join(decks, '친구.apkg'));
    await copyFile(join(decks, '보안.csv'), join(decks, '보안 (1).csv')); // a file manager's copy
    await writeFile(join(decks, '메모.csv'), '용어,뜻\nTCP,전송 제어 프로토콜\n');
    await writeFile(join(decks, '가짜.apkg'), 'not a zip');
    await copyFile(join(decks, '보안.csv'), join(dir, '보관.csv'));
    await symlink(join(dir, '보관.csv'), join(decks, '보관.csv')); // a link to the user's own copy
    // amgi's export, with a row the user added by hand (no GUID of this folder).
    const edited = `${await readFile(join(decks, '보안.csv'), 'utf8')}"새 카드"\t"뒷면"\t""\t"보안"\t"내-카드"\n`;
    await writeFile(join(decks, '보안-편집.csv'), edited);
    await cp(join(decks, '네트워크.media'), join(decks, '옛-네트워크.media'), { recursive: true }); // images of the user's own
    const before = await decksOf(dir);

    const report = JSON.parse((await exportAll(dir, '--json')).stdout) as { removedExports?: string[]; keptExports?: { file: string; reason: string }[] };
    expect(report.removedExports).toEqual([]);
    expect(report.keptExports).toBeUndefined(); // none of them is amgi's to keep or remove
    expect(await decksOf(dir)).toEqual(before);
  });

  it('keeps copies the user made of an export under a name of their own, and removes only what amgi wrote', async () => {
    const dir = await project();
    await exportAll(dir);
    await exportAll(dir, '--format', 'apkg');
    const decks = join(dir, 'decks');
    await copyFile(join(decks, '보안.csv'), join(decks, '보안-backup.csv'));
    await copyFile(join(decks, '보안.csv'), join(decks, 'my-anki-import.csv'));
    await copyFile(join(decks, '보안.apkg'), join(decks, '보안-backup.apkg'));
    await cp(join(decks, '네트워크.media'), join(decks, '네트워크-backup.media'), { recursive: true });
    const copies = ['my-anki-import.csv', '네트워크-backup.media', '보안-backup.apkg', '보안-backup.csv'];
    expect(JSON.parse((await exportAll(dir, '--json')).stdout).removedExports).toEqual([]);
    for (const copy of copies) expect(existsSync(join(decks, copy)), copy).toBe(true);

    // The note deleted: its own exports go, the copies of them stay.
    await rm(join(dir, 'source-notes/보안.md'));
    const build = await runAmgi(['build'], { cwd: dir });
    expect(build.stdout).toContain('out-of-date export: decks/보안.apkg, decks/보안.csv (the next `amgi export` removes them)');
    expect((await exportAll(dir)).stdout).toContain('Removed the old exports of decks that are gone: decks/보안.apkg, decks/보안.csv\n');
    expect(await decksOf(dir)).toEqual(['my-anki-import.csv', '네트워크-backup.media', '네트워크.apkg', '네트워크.csv', '네트워크.json', '네트워크.media', '보안-backup.apkg', '보안-backup.csv']);
    // The removed names are forgotten; the names amgi writes stay recorded.
    const record = JSON.parse(await readFile(join(decks, '.amgi-exports.json'), 'utf8')) as { written: string[] };
    expect(record.written).toEqual(['네트워크.apkg', '네트워크.csv', '네트워크.media']);
  });

  it('a media folder with a file of the user’s is kept, and says so; without it, it goes', async () => {
    const dir = await project();
    await exportAll(dir);
    await rename(join(dir, 'source-notes/네트워크.md'), join(dir, 'source-notes/망.md'));
    await runAmgi(['build'], { cwd: dir });
    await writeFile(join(dir, 'decks/네트워크.media/내-그림.png'), PNG);
    const report = JSON.parse((await exportAll(dir, '--json')).stdout) as { removedExports?: string[]; keptExports?: { file: string; reason: string }[] };
    expect(report.removedExports).toEqual(['decks/네트워크.csv']);
    expect(report.keptExports).toEqual([{ file: 'decks/네트워크.media/', reason: 'it holds files amgi did not write (내-그림.png)' }]);
    expect(await readdir(join(dir, 'decks/네트워크.media'))).toHaveLength(2);
    expect((await exportAll(dir)).stdout).toContain('Kept decks/네트워크.media/, an export of a deck that is gone: it holds files amgi did not write (내-그림.png). Delete what you no longer need.');

    // Its CSV already gone, the folder goes once it holds amgi's images alone.
    await rm(join(dir, 'decks/네트워크.media/내-그림.png'));
    expect(JSON.parse((await exportAll(dir, '--json')).stdout).removedExports).toEqual(['decks/네트워크.media/']);
  });

  it('a CSV the user added a row to is kept, and its images with it', async () => {
    const dir = await project();
    await exportAll(dir);
    const csv = join(dir, 'decks/네트워크.csv');
    await writeFile(csv, `${await readFile(csv, 'utf8')}"새 카드"\t"뒷면"\t""\t"네트워크"\t"내-카드"\n`);
    await rename(join(dir, 'source-notes/네트워크.md'), join(dir, 'source-notes/망.md'));
    const build = await runAmgi(['build'], { cwd: dir });
    expect(build.code).toBe(0);
    expect(build.stdout).not.toContain('out-of-date export'); // build promises only what export does

    const report = JSON.parse((await exportAll(dir, '--json')).stdout) as { removedExports?: string[]; keptExports?: { file: string; reason: string }[] };
    expect(report.removedExports).toEqual([]);
    expect(report.keptExports).toEqual([
      { file: 'decks/네트워크.csv', reason: 'it was changed since amgi wrote it (or is no export of this folder)' },
      { file: 'decks/네트워크.media/', reason: 'its CSV, 네트워크.csv, is kept' },
    ]);
    expect(await readdir(join(dir, 'decks/네트워크.media'))).toHaveLength(1);
    // Said once: the user's now, neither reported nor removed by the exports after.
    const again = JSON.parse((await exportAll(dir, '--json')).stdout) as { removedExports?: string[]; keptExports?: unknown };
    expect(again.keptExports).toBeUndefined();
    expect(existsSync(csv)).toBe(true);
  });

  it('a link in place of an export is never removed, and build does not say it will be', async () => {
    const dir = await project();
    await exportAll(dir);
    await copyFile(join(dir, 'decks/보안.csv'), join(dir, '보관.csv'));
    await rm(join(dir, 'decks/보안.csv'));
    await symlink(join(dir, '보관.csv'), join(dir, 'decks/보안.csv'));
    await rm(join(dir, 'source-notes/보안.md'));
    const build = JSON.parse((await runAmgi(['build', '--json'], { cwd: dir })).stdout) as { decks: { status: string; staleExports?: string[] }[] };
    expect(build.decks.find((deck) => deck.status === 'removed')?.staleExports).toBeUndefined();
    expect(JSON.parse((await exportAll(dir, '--json')).stdout).removedExports).toEqual([]);
    expect(existsSync(join(dir, 'decks/보안.csv'))).toBe(true);
  });

  it('an export whose name the file system gives in NFD is recognised', async () => {
    const dir = await project();
    await exportAll(dir);
    const nfd = '보안.csv'.normalize('NFD');
    await rename(join(dir, 'decks/보안.csv'), join(dir, 'decks', nfd)); // as a sync from macOS may leave it
    await rm(join(dir, 'source-notes/보안.md'));
    const build = JSON.parse((await runAmgi(['build', '--json'], { cwd: dir })).stdout) as { decks: { status: string; staleExports?: string[] }[] };
    expect(build.decks.find((deck) => deck.status === 'removed')?.staleExports?.map((file) => file.normalize('NFC'))).toEqual(['decks/보안.csv']);
    const report = JSON.parse((await exportAll(dir, '--json')).stdout) as { removedExports: string[] };
    expect(report.removedExports.map((file) => file.normalize('NFC'))).toEqual(['decks/보안.csv']);
    expect(existsSync(join(dir, 'decks', nfd))).toBe(false);
  });

  it('with no record of what amgi wrote, or a damaged one, nothing is removed', async () => {
    for (const record of [undefined, '{"written": "보안.csv"}']) {
      const dir = await project();
      await exportAll(dir);
      const file = join(dir, 'decks/.amgi-exports.json');
      if (record === undefined) await rm(file);
      else await writeFile(file, record);
      await rm(join(dir, 'source-notes/보안.md'));
      const build = await runAmgi(['build'], { cwd: dir });
      expect(build.stdout).not.toContain('out-of-date export');
      expect(JSON.parse((await exportAll(dir, '--json')).stdout).removedExports).toEqual([]);
      expect(existsSync(join(dir, 'decks/보안.csv'))).toBe(true);
      // The export records what it wrote afresh.
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ written: ['네트워크.csv', '네트워크.media'] });
    }
  });

  it('removes them only when every deck is written beside the deck files', async () => {
    const dir = await project();
    await exportAll(dir);
    await rm(join(dir, 'source-notes/보안.md'));
    await runAmgi(['build'], { cwd: dir });
    // One deck named, or every deck written elsewhere: the decks folder is not the export's (the
    // other folder's own exports of decks that are gone would go, and there are none).
    expect(JSON.parse((await exportAll(dir, '네트워크', '--json')).stdout).removedExports).toBeUndefined();
    expect(JSON.parse((await exportAll(dir, '--out', 'anki/', '--json')).stdout).removedExports).toEqual([]);
    expect(existsSync(join(dir, 'decks/보안.csv'))).toBe(true);
    // --out naming the decks folder itself is the default place.
    expect((await exportAll(dir, '--out', 'decks')).stdout).toContain('Removed the old export of a deck that is gone: decks/보안.csv\n');
    expect(existsSync(join(dir, 'decks/보안.csv'))).toBe(false);
  });

  it('keeps the export of a note that comes back before the next export', async () => {
    const dir = await project();
    await exportAll(dir);
    await rename(join(dir, 'source-notes/보안.md'), join(dir, '보안.md'));
    expect((await runAmgi(['build'], { cwd: dir })).stdout).toContain('out-of-date export: decks/보안.csv');
    await rename(join(dir, '보안.md'), join(dir, 'source-notes/보안.md'));
    const back = await runAmgi(['build'], { cwd: dir });
    expect(back.stdout).toContain('continues its removed deck');
    expect(back.stdout).not.toContain('out-of-date');
    expect(JSON.parse((await exportAll(dir, '--json')).stdout).removedExports).toEqual([]);
    expect(existsSync(join(dir, 'decks/보안.csv'))).toBe(true);
  });

  it('every note deleted: nothing to export, and the old exports go all the same', async () => {
    const dir = await project();
    await exportAll(dir);
    await rm(join(dir, 'source-notes'), { recursive: true });
    await writeFiles(dir, { 'source-notes/.keep': '' });
    expect((await runAmgi(['build', '--allow-empty'], { cwd: dir })).code).toBe(0);
    const result = await runAmgi(['export'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Removed the old exports of decks that are gone: decks/네트워크.csv, decks/네트워크.media/, decks/보안.csv');
    expect(await decksOf(dir)).toEqual([]);
  });

  it('a note renamed only in case: the old export goes where the file system tells the names apart, and the live one stays', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/aws.md': SECURITY });
    await runAmgi(['build'], { cwd: dir });
    await exportAll(dir);
    await rename(join(dir, 'source-notes/aws.md'), join(dir, 'source-notes/AWS.md'));
    await runAmgi(['build'], { cwd: dir });
    const caseSensitive = !existsSync(join(dir, 'decks/aws.json'));
    const report = JSON.parse((await exportAll(dir, '--json')).stdout) as { removedExports: string[] };
    expect(report.removedExports).toEqual(caseSensitive ? ['decks/aws.csv'] : []);
    expect(existsSync(join(dir, 'decks/AWS.csv'))).toBe(true);
  });
});

const DATABASE = `# 데이터베이스

> 인덱스

검색을 빠르게 하는 자료 구조입니다.
`;

/** A project of these notes, built. */
async function projectOf(notes: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, notes);
  expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
  return dir;
}

interface ExportJson {
  removedExports?: string[];
  keptExports?: { file: string; reason: string }[];
}

async function exportJson(dir: string, ...args: string[]): Promise<ExportJson> {
  return JSON.parse((await exportAll(dir, ...args, '--json')).stdout) as ExportJson;
}

async function folderIdOf(dir: string): Promise<string> {
  return (await readFile(join(dir, 'decks/.amgi-id'), 'utf8')).trim();
}

describe('exports of decks that are gone, in a folder every deck is exported into (--out)', () => {
  it('a renamed note: its old export there goes, build names it with the command that removes it, and the deck files are left alone', async () => {
    const dir = await project();
    await exportAll(dir); // beside the deck files too
    await exportAll(dir, '--out', 'anki/');
    await rename(join(dir, 'source-notes/네트워크.md'), join(dir, 'source-notes/망.md'));

    const build = await runAmgi(['build'], { cwd: dir });
    expect(build.stdout).toContain('  out-of-date export: decks/네트워크.csv, decks/네트워크.media/ (the next `amgi export` removes them)\n');
    expect(build.stdout).toContain('  out-of-date export: anki/네트워크.csv, anki/네트워크.media/ (the next `amgi export --out anki/` removes them)\n');

    const exported = await exportAll(dir, '--out', 'anki/');
    expect(exported.stdout).toContain('Removed the old exports of decks that are gone: anki/네트워크.csv, anki/네트워크.media/');
    expect((await readdir(join(dir, 'anki'))).sort()).toEqual(['.amgi-exports.json', '망.csv', '망.media', '보안.csv']);
    expect(existsSync(join(dir, 'decks/네트워크.csv'))).toBe(true); // the decks folder's exports go with an export there
    // The out folder's record names what this notes folder wrote there, by its id.
    const record = JSON.parse(await readFile(join(dir, 'anki/.amgi-exports.json'), 'utf8')) as unknown;
    expect(record).toEqual({ writtenFrom: { [await folderIdOf(dir)]: ['망.csv', '망.media', '보안.csv'] } });
    expect((await exportJson(dir, '--out', 'anki')).removedExports).toEqual([]);
  });

  it('a folder outside the project: build shows it as an absolute path, and removes a package there too', async () => {
    const dir = await project();
    const anki = await tempDir();
    await exportAll(dir, '--out', anki, '--format', 'apkg');
    await rm(join(dir, 'source-notes/보안.md'));
    const build = await runAmgi(['build'], { cwd: dir });
    expect(build.stdout).toContain(`  out-of-date export: ${join(anki, '보안.apkg')} (the next \`amgi export --out ${anki}/\` removes it)\n`);
    expect(build.stdout).not.toContain('decks/보안.apkg'); // nothing was exported beside the deck files
    expect((await exportJson(dir, '--out', anki, '--format', 'apkg')).removedExports).toEqual([join(anki, '보안.apkg')]);
    expect(await readdir(anki)).toEqual(['.amgi-exports.json', '네트워크.apkg']);
  });

  it('never removes another notes folder’s exports in the same folder, even under the same name', async () => {
    const mine = await project();
    // Another notes folder with a deck of the same name (보안) and one of its own.
    const theirs = await projectOf({ 'source-notes/보안.md': SECURITY, 'source-notes/데이터베이스.md': DATABASE });
    const anki = await tempDir();
    await exportAll(mine, '--out', anki);
    await exportAll(theirs, '--out', anki); // writes its 보안.csv over mine
    const theirId = await folderIdOf(theirs);

    await rm(join(mine, 'source-notes/보안.md'));
    expect((await runAmgi(['build'], { cwd: mine })).stdout).not.toContain('out-of-date export'); // 보안.csv is theirs now
    const report = await exportJson(mine, '--out', anki);
    expect(report.removedExports).toEqual([]);
    expect(report.keptExports).toEqual([{ file: join(anki, '보안.csv'), reason: `another notes folder's export was written over it (folder id ${theirId})` }]);
    expect((await exportJson(mine, '--out', anki)).keptExports).toBeUndefined(); // said once
    expect((await readdir(anki)).sort()).toEqual(['.amgi-exports.json', '네트워크.csv', '네트워크.media', '데이터베이스.csv', '보안.csv']);

    // Their note deleted: their export goes, mine stays.
    await rm(join(theirs, 'source-notes/데이터베이스.md'));
    await runAmgi(['build'], { cwd: theirs });
    expect((await exportJson(theirs, '--out', anki)).removedExports).toEqual([join(anki, '데이터베이스.csv')]);
    expect((await readdir(anki)).sort()).toEqual(['.amgi-exports.json', '네트워크.csv', '네트워크.media', '보안.csv']);
  });

  it('a media folder another notes folder wrote into too is kept, though the CSV goes', async () => {
    const mine = await project();
    const theirs = await projectOf({ 'source-notes/네트워크.md': NETWORK.replace('TCP', 'IP'), 'source-notes/img/tcp.png': PNG });
    const anki = await tempDir();
    await exportAll(theirs, '--out', anki);
    await exportAll(mine, '--out', anki); // my CSV over theirs, and both wrote 네트워크.media/
    await rename(join(mine, 'source-notes/네트워크.md'), join(mine, 'source-notes/망.md'));
    await runAmgi(['build'], { cwd: mine });
    const report = await exportJson(mine, '--out', anki);
    expect(report.removedExports).toEqual([join(anki, '네트워크.csv')]);
    expect(report.keptExports).toEqual([{ file: `${join(anki, '네트워크.media')}/`, reason: `another notes folder's export wrote into it too (folder id ${await folderIdOf(theirs)})` }]);
    expect(await readdir(join(anki, '네트워크.media'))).toHaveLength(1);
  });

  it('as beside the deck files: a changed CSV is kept and said once, a link stays, an NFD name is recognised', async () => {
    const dir = await project();
    await exportAll(dir, '--out', 'anki/');
    await exportAll(dir, '--out', 'anki/', '--format', 'apkg');
    const anki = join(dir, 'anki');
    await writeFile(join(anki, '네트워크.csv'), `${await readFile(join(anki, '네트워크.csv'), 'utf8')}"새 카드"\t"뒷면"\t""\t"네트워크"\t"내-카드"\n`);
    await copyFile(join(anki, '보안.csv'), join(dir, '보관.csv'));
    await rm(join(anki, '보안.csv'));
    await symlink(join(dir, '보관.csv'), join(anki, '보안.csv'));
    await rename(join(anki, '보안.apkg'), join(anki, '보안.apkg'.normalize('NFD')));
    await rm(join(dir, 'source-notes'), { recursive: true });
    await writeFiles(dir, { 'source-notes/운영체제.md': SECURITY.replace('# 보안', '# 운영체제') });
    await runAmgi(['build', '--allow-empty'], { cwd: dir });

    const report = await exportJson(dir, '--out', 'anki/', '--format', 'apkg');
    expect(report.removedExports?.map((file) => file.normalize('NFC')).sort()).toEqual(['anki/네트워크.apkg', 'anki/보안.apkg']);
    expect(report.keptExports).toEqual([
      { file: 'anki/네트워크.csv', reason: 'it was changed since amgi wrote it (or is no export of this folder)' },
      { file: 'anki/네트워크.media/', reason: 'its CSV, 네트워크.csv, is kept' },
    ]);
    expect((await exportJson(dir, '--out', 'anki/', '--format', 'apkg')).keptExports).toBeUndefined();
    expect((await readdir(anki)).sort()).toEqual(['.amgi-exports.json', '네트워크.csv', '네트워크.media', '보안.csv', '운영체제.apkg']);
  });

  it('an export of named decks into the folder records what it writes but removes nothing; an export to a file neither', async () => {
    const dir = await project();
    await exportAll(dir, '보안', '--out', 'anki/');
    await exportAll(dir, '네트워크', '--out', 'one/네트워크.csv');
    expect(existsSync(join(dir, 'one/.amgi-exports.json'))).toBe(false);
    await rm(join(dir, 'source-notes/보안.md'));
    await runAmgi(['build'], { cwd: dir });
    expect((await exportJson(dir, '네트워크', '--out', 'anki/')).removedExports).toBeUndefined();
    expect(existsSync(join(dir, 'anki/보안.csv'))).toBe(true);
    // The next export of every deck there removes it.
    expect((await exportJson(dir, '--out', 'anki/')).removedExports).toEqual(['anki/보안.csv']);
  });

  it('every note deleted: nothing to export, and the old exports in the folder go all the same', async () => {
    const dir = await project();
    await exportAll(dir, '--out', 'anki/');
    await rm(join(dir, 'source-notes'), { recursive: true });
    await writeFiles(dir, { 'source-notes/.keep': '' });
    await runAmgi(['build', '--allow-empty'], { cwd: dir });
    const result = await runAmgi(['export', '--out', 'anki/'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Removed the old exports of decks that are gone: anki/네트워크.csv, anki/네트워크.media/, anki/보안.csv');
    expect(await readdir(join(dir, 'anki'))).toEqual(['.amgi-exports.json']);
  });

  it('with no record of this notes folder there, or a damaged one, nothing is removed; another folder’s part of the record is kept', async () => {
    for (const damage of ['missing', 'damaged'] as const) {
      const dir = await project();
      await exportAll(dir, '--out', 'anki/');
      const file = join(dir, 'anki/.amgi-exports.json');
      const id = await folderIdOf(dir);
      const others = { abcd1234: ['남의-덱.csv'] };
      await writeFile(file, JSON.stringify({ writtenFrom: { ...others, ...(damage === 'damaged' ? { [id]: '보안.csv' } : {}) } }));
      await rm(join(dir, 'source-notes/보안.md'));
      expect((await runAmgi(['build'], { cwd: dir })).stdout).not.toContain('out-of-date export');
      expect((await exportJson(dir, '--out', 'anki/')).removedExports).toEqual([]);
      expect(existsSync(join(dir, 'anki/보안.csv'))).toBe(true);
      // The export records what it wrote afresh, beside the other notes folder's names.
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ writtenFrom: { ...others, [id]: ['네트워크.csv', '네트워크.media'] } });
    }
  });

  it('exporting into another notes folder’s decks folder never removes that folder’s own exports', async () => {
    const mine = await project();
    const theirs = await projectOf({ 'source-notes/데이터베이스.md': DATABASE });
    await exportAll(theirs);
    await exportAll(mine, '--out', join(theirs, 'decks'));
    await rm(join(mine, 'source-notes/보안.md'));
    await runAmgi(['build'], { cwd: mine });
    expect((await exportJson(mine, '--out', join(theirs, 'decks'))).removedExports).toEqual([join(theirs, 'decks/보안.csv')]);
    // Their own export beside their deck files, and their record of it, are as they were.
    expect((await exportJson(theirs)).removedExports).toEqual([]);
    expect(await decksOf(theirs)).toEqual(['네트워크.csv', '네트워크.media', '데이터베이스.csv', '데이터베이스.json']);
    expect((JSON.parse(await readFile(join(theirs, 'decks/.amgi-exports.json'), 'utf8')) as { written: string[] }).written).toEqual(['데이터베이스.csv']);
  });
});
