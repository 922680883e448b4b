import yauzl from 'yauzl';
import { IMPORT_LIMITS, LimitExceeded } from './limits';
import { UnreadableFile } from './read';

// A workbook is a zip: a few megabytes can unpack to gigabytes (a zip bomb).
// Its directory, at the end of the file, declares what each part unpacks to;
// past the limit the file is refused before any part is unpacked.

export async function checkWorkbookSize(file: string): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (err, z) => (err ? reject(new UnreadableFile('xlsx', err)) : resolve(z))));
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      if (total > IMPORT_LIMITS.unzipped) {
        zip.close();
        reject(new LimitExceeded('unzipped'));
      } else zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', (err: unknown) => reject(new UnreadableFile('xlsx', err)));
    zip.readEntry();
  });
}
