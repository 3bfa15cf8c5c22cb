/**
 * A DOCX's real unpacked size, measured before mammoth sees it. A DOCX is a ZIP, and a 300 KB ZIP can
 * hold a 100 MB word/document.xml (deflate packs repetitive XML a thousandfold): mammoth inflates and
 * parses it all in memory, using about 170 bytes of heap per byte of XML, so such a file took the web
 * process down (out of memory) or held a core for minutes. Here each XML part is inflated with a
 * running output cap, from the central directory JSZip (inside mammoth) reads, so the sizes a ZIP
 * declares cannot lie: the file is refused as soon as the cap is passed, after at most cap bytes
 * of inflation.
 */
import { inflateRawSync } from "node:zlib";
import { AppError } from "@/server/errors";
import { tooComplex, unreadable } from "./upload-problems";

/** Every XML part together (document, styles, numbering, …): a long real document is a few hundred KB. */
export const MAX_DOCX_XML_BYTES = 2 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes, then a comment of up to 65,535. */
const END_SEARCH_BYTES = 22 + 0xffff;

const malformed = () => unreadable("DOCX");
const tooLarge = () => tooComplex("Word", `more than ${MAX_DOCX_XML_BYTES / (1024 * 1024)} MB of text and markup`);

function endOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_SEARCH_BYTES);
  for (let at = view.byteLength - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw malformed();
}

/** Whether mammoth parses this part as XML (the only parts it inflates for raw text). */
function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

/**
 * Throws a 4xx when the XML parts inflate past MAX_DOCX_XML_BYTES (or the ZIP cannot be walked);
 * otherwise returns how many bytes they inflate to.
 */
export function checkDocxUnpackedSize(bytes: Uint8Array, limit = MAX_DOCX_XML_BYTES): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 22) throw malformed();
  const end = endOfDirectory(view);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  try {
    for (let i = 0; i < entries; i += 1) {
      if (view.getUint32(at, true) !== DIRECTORY_ENTRY) throw malformed();
      const method = view.getUint16(at + 10, true);
      const packed = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true);
      const local = view.getUint32(at + 42, true);
      const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString("utf8");
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      if (!isXmlPart(name)) continue;
      // ZIP64 (sizes of 4 GB and more) never occurs in a document this small.
      if (packed === 0xffffffff || local === 0xffffffff) throw tooLarge();
      if (view.getUint32(local, true) !== LOCAL_HEADER) throw malformed();
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (start + packed > bytes.byteLength) throw malformed();
      const data = bytes.subarray(start, start + packed);
      if (method === 0) total += packed;
      else if (method === 8) total += inflateCapped(data, limit - total);
      else throw malformed();
      if (total > limit) throw tooLarge();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A read past the end of the buffer: a directory that points nowhere.
    throw malformed();
  }
  return total;
}

/** The inflated size of one part, or a tooLarge error once it passes `room` bytes. */
function inflateCapped(data: Uint8Array, room: number): number {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, room + 1) }).byteLength;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge();
    throw malformed();
  }
}
