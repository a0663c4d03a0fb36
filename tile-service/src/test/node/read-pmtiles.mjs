// Reads a PMTiles archive written by PmTilesWriter with the reference JavaScript reader (npm
// "pmtiles") and prints its header and the size of every tile, so the Java writer is checked
// against an implementation it shares no code with. Usage: node read-pmtiles.mjs FILE
import { PMTiles } from "pmtiles";
import { open } from "node:fs/promises";

class FileSource {
  constructor(path) { this.path = path; }
  getKey() { return this.path; }
  async getBytes(offset, length) {
    const f = await open(this.path, "r");
    try {
      const buf = Buffer.alloc(length);
      const { bytesRead } = await f.read(buf, 0, length, offset);
      const data = buf.buffer.slice(buf.byteOffset, buf.byteOffset + bytesRead);
      return { data };
    } finally {
      await f.close();
    }
  }
}

const p = new PMTiles(new FileSource(process.argv[2]));
const h = await p.getHeader();
const meta = await p.getMetadata();
console.log(JSON.stringify({ minZoom: h.minZoom, maxZoom: h.maxZoom, addressed: h.numAddressedTiles,
  contents: h.numTileContents, clustered: h.clustered, tileType: h.tileType, name: meta.name }));
let found = 0;
for (let z = h.minZoom; z <= h.maxZoom; z++) {
  const n = 2 ** z;
  // the archive's tiles lie around Meizhou: scan the z's columns and rows that hold 116.1°E 24.3°N
  const x0 = Math.floor(((116.1 + 180) / 360) * n) - 2;
  const y0 = Math.floor(((90 - 24.31) / 180) * (n / 2)) - 2;
  for (let x = x0; x < x0 + 8; x++) {
    for (let y = y0; y < y0 + 8; y++) {
      const t = await p.getZxy(z, x, y);
      if (t) { found++; console.log(`${z}/${x}/${y} ${t.data.byteLength}`); }
    }
  }
}
console.log(`found ${found}`);
