// The general tar reader of a pull (a layer not framed as mlci writes it) against tars Python's
// tarfile writes: every file's bytes and digest, however the stream is cut (a header split across
// chunks, chunks lent and reused as a socket's are), and what it refuses.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.js';
import { extractTar } from '../../shared/registry/tar.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { tempDir } from './support.js';

/** the tar Python's tarfile writes of `files` (a PAX tar: a long name gets an extended header) */
function pythonTar(files: Record<string, Buffer>, extra = ''): Buffer {
  const dir = tempDir('mlci-tar-in-');
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  const out = join(tempDir('mlci-tar-'), 'layer.tar');
  const script = `import sys, tarfile, os\nwith tarfile.open(sys.argv[2], "w", format=tarfile.PAX_FORMAT) as t:\n  for n in sys.argv[3:]: t.add(os.path.join(sys.argv[1], n), arcname=n)\n${extra}`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, dir, out, ...Object.keys(files)], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return readFileSync(out);
}

/** the tar in pieces of `size` bytes, each lent in one buffer that the next piece overwrites */
async function* lentPieces(tar: Buffer, size: number): AsyncGenerator<Uint8Array> {
  const lent = Buffer.alloc(size);
  for (let at = 0; at < tar.length; at += size) {
    const n = tar.copy(lent, 0, at, Math.min(at + size, tar.length));
    yield lent.subarray(0, n);
    lent.fill(0xee);
  }
}

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

describeWithTools('extracting a tar another tool wrote', [tools.python3], () => {
  const files: Record<string, Buffer> = {
    'empty.txt': Buffer.alloc(0),
    'one.txt': Buffer.from('1'),
    'block.bin': randomBytes(512),
    'docs/over-a-block.md': randomBytes(513),
    [`docs/${'a-long-name-'.repeat(10)}.json`]: randomBytes(700),
    'model.onnx': randomBytes(300_001),
  };
  const tar = pythonTar(files);

  async function expectEveryFile(layer: Buffer, layerFiles: Record<string, Buffer>, size: number): Promise<void> {
    const dir = tempDir('mlci-extract-');
    const written = await extractTar(lentPieces(layer, size), dir, 'the test layer');
    expect([...written.keys()].sort()).toEqual(Object.keys(layerFiles).sort());
    for (const [name, bytes] of Object.entries(layerFiles)) {
      expect([name, readFileSync(join(dir, name)).equals(bytes)]).toEqual([name, true]);
      expect([name, written.get(name)]).toEqual([name, sha256(bytes)]);
    }
  }

  test.each([7, 100, 511, 512, 513, 4096, 65536, tar.length])('in pieces of %i bytes: every file, its bytes and its digest', async (size) => {
    await expectEveryFile(tar, files, size);
  });

  // one byte a piece splits every header at every offset; the same names with a 3,001-byte model keep
  // it to a few thousand pieces (300,001 bytes a byte at a time took 5-7 s alone, a minute under load)
  test('in pieces of 1 byte: every file, its bytes and its digest', async () => {
    const small = { ...files, 'model.onnx': randomBytes(3_001) };
    await expectEveryFile(pythonTar(small), small, 1);
  });

  // model.onnx's header starts at a block boundary where its name is; 300,001 bytes follow, then 31 of padding
  const modelHeader = (() => {
    for (let at = tar.indexOf('model.onnx'); at >= 0; at = tar.indexOf('model.onnx', at + 1)) if (at % 512 === 0) return at;
    throw new Error('no header named model.onnx');
  })();
  test.each([
    ['inside a header', 100],
    ["inside a file's bytes", 512 + 1000],
    ["inside a file's padding", 512 + 300_001 + 5],
  ])('a stream cut %s is refused, not taken as a shorter archive', async (_where, offset) => {
    const cut = tar.subarray(0, modelHeader + offset);
    const error = await extractTar(lentPieces(cut, 100), tempDir('mlci-extract-'), 'the test layer').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^The layer archive ends in the middle of an entry\./);
  });

  test('a symbolic link is refused, and so is a name that climbs out of the folder', async () => {
    const link = pythonTar({ 'a.txt': Buffer.from('a') }, '  i = tarfile.TarInfo("link"); i.type = tarfile.SYMTYPE; i.linkname = "/etc/passwd"; t.addfile(i)\n');
    await expect(extractTar(lentPieces(link, 333), tempDir('mlci-extract-'), 'the test layer')).rejects.toThrow(/holds "link" of tar type "2", not a regular file/);
    const climb = pythonTar({ 'a.txt': Buffer.from('a') }, '  import io; i = tarfile.TarInfo("../outside.txt"); i.size = 1; t.addfile(i, io.BytesIO(b"x"))\n');
    const error = await extractTar(lentPieces(climb, 333), tempDir('mlci-extract-'), 'the test layer').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
  });
});
