import { constants, deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';

/**
 * Deflate data for `inflatedBytes` zero bytes, built without ever holding them: one 64 MB run of
 * zeros is compressed once and ended with a sync flush (a non-final block on a byte boundary);
 * every copy of that block only refers back to zeros, so copies chain into one valid stream,
 * closed by an empty final block.
 */
function deflatedZeros(inflatedBytes: number): Buffer {
  const run = 64 * 1024 * 1024;
  if (inflatedBytes % run !== 0) throw new Error('inflatedBytes must be a multiple of 64 MB');
  const block = deflateRawSync(Buffer.alloc(run), {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return Buffer.concat([
    ...Array.from({ length: inflatedBytes / run }, () => block),
    finalEmptyBlock,
  ]);
}

/**
 * A one-entry zip whose headers (local and central) declare `declaredSize` inflated bytes while
 * the entry really inflates to `inflatedBytes` zeros: a zip bomb with a lying size.
 */
export function lyingZipBomb(
  inflatedBytes: number,
  declaredSize: number,
  name = 'journeys/bomb.json',
): Buffer {
  const data = deflatedZeros(inflatedBytes);
  const nameBytes = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt16LE(0, 6); // flags: sizes are in this header
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt16LE(0, 10); // time
  local.writeUInt16LE(0x21, 12); // date 1980-01-01
  local.writeUInt32LE(0, 14); // crc (never reached)
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt16LE(0, 12);
  central.writeUInt16LE(0x21, 14);
  central.writeUInt32LE(0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  // extra, comment, disk, attributes and the local header's offset (0) stay zero
  const centralAt = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

/** A zip of `count` empty files (an entry-count bomb). */
export function manyEntryZip(count: number): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i += 1) files[`journeys/j${i}.json`] = new Uint8Array();
  return zipSync(files);
}
