// The browser harness's pure parts: PNG decoding, coverage maths, the "stays on localhost" rule.
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { coverageOf, decodePng, differenceOf, externalRequests, assertNoErrorsNoExternalRequests, type Recorder } from '../harness/index.mjs';

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** Encodes rows of raw samples, each row with its own PNG filter byte, as a real encoder would. */
function encodePng(width: number, colourType: number, channels: number, rows: number[][], filters: number[]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(rows.length, 4);
  ihdr[8] = 8;
  ihdr[9] = colourType;
  const stride = width * channels;
  const raw: number[] = [];
  rows.forEach((row, y) => {
    const f = filters[y % filters.length]!;
    raw.push(f);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels]! : 0;
      const b = y > 0 ? rows[y - 1]![x]! : 0;
      const c = x >= channels && y > 0 ? rows[y - 1]![x - channels]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][f]!;
      raw.push((row[x]! - predictor) & 0xff);
    }
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(raw))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const seeded = (n: number) => Array.from({ length: n }, (_, i) => (i * 97 + 13) % 256);

describe('decodePng', () => {
  it('undoes every filter type for RGBA', () => {
    const width = 5;
    const rows = Array.from({ length: 6 }, (_, y) => seeded(width * 4).map((v) => (v + y * 31) % 256));
    const image = decodePng(encodePng(width, 6, 4, rows, [0, 1, 2, 3, 4, 4]));
    expect(image.width).toBe(5);
    expect(image.height).toBe(6);
    expect(Array.from(image.data)).toEqual(rows.flat());
  });

  it('expands RGB and greyscale to opaque RGBA', () => {
    const rgb = decodePng(encodePng(2, 2, 3, [[1, 2, 3, 4, 5, 6]], [1]));
    expect(Array.from(rgb.data)).toEqual([1, 2, 3, 255, 4, 5, 6, 255]);
    const grey = decodePng(encodePng(2, 0, 1, [[9, 200]], [0]));
    expect(Array.from(grey.data)).toEqual([9, 9, 9, 255, 200, 200, 200, 255]);
  });

  it('rejects what is not a PNG', () => {
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow(/Not a PNG/);
  });
});

describe('coverageOf', () => {
  // 10x10 white image with a 4x4 red square at (3..6, 3..6).
  const image = { width: 10, height: 10, data: new Uint8Array(400).fill(255) };
  for (let y = 3; y < 7; y++) for (let x = 3; x < 7; x++) image.data.set([255, 0, 0, 255], (y * 10 + x) * 4);

  it('measures the share that differs from the background', () => {
    expect(coverageOf(image, [255, 255, 255])).toBeCloseTo(16 / 100);
    expect(coverageOf(image, [255, 0, 0])).toBeCloseTo(84 / 100);
  });

  it('limits itself to a region and honours the tolerance', () => {
    expect(coverageOf(image, [255, 255, 255], { region: { x: 0.3, y: 0.3, width: 0.4, height: 0.4 } })).toBe(1);
    expect(coverageOf(image, [255, 255, 255], { region: { x: 0, y: 0, width: 0.3, height: 0.3 } })).toBe(0);
    expect(coverageOf(image, [250, 250, 250], { tolerance: 10 })).toBeCloseTo(0.16);
    expect(coverageOf(image, [240, 240, 240], { tolerance: 10 })).toBe(1);
  });
});

describe('differenceOf', () => {
  const image = (fill: (x: number, y: number) => number[]) => {
    const data = new Uint8Array(10 * 10 * 4);
    for (let y = 0; y < 10; y++) for (let x = 0; x < 10; x++) data.set(fill(x, y), (y * 10 + x) * 4);
    return { width: 10, height: 10, data };
  };
  // A gradient behind; the "drawn" image adds a dark 2x5 bar in columns 4-5, rows 0-4.
  const behind = image((x, y) => [200 + x * 5, 200 + y * 5, 230, 255]);
  const drawn = image((x, y) => (x >= 4 && x < 6 && y < 5 ? [20, 20, 20, 255] : [200 + x * 5, 200 + y * 5, 230, 255]));

  it('counts only what the element changed, whatever the background', () => {
    expect(differenceOf(drawn, behind)).toBeCloseTo(10 / 100);
    expect(differenceOf(behind, behind)).toBe(0);
    expect(differenceOf(drawn, behind, { region: { x: 0.4, y: 0, width: 0.2, height: 0.5 } })).toBe(1);
  });

  it('refuses images of different sizes', () => {
    expect(() => differenceOf(drawn, { width: 5, height: 5, data: new Uint8Array(100) })).toThrow(/differ in size/);
  });
});

describe('the localhost-only rule', () => {
  const recorder = (over: Partial<Recorder> = {}): Recorder => ({
    consoleErrors: [], pageErrors: [], requests: [], failedRequests: [], httpErrors: [], console: [], ...over,
  });

  it('lets local, data: and blob: URLs through and flags every other host', () => {
    expect(externalRequests([
      'http://127.0.0.1:5173/dist/main.js', 'http://localhost:1/x', 'http://[::1]:8/y',
      'data:image/png;base64,AA', 'blob:http://127.0.0.1:5173/abc',
      'https://fonts.googleapis.com/css', 'http://127.0.0.2/', 'wss://example.com/socket',
    ])).toEqual(['https://fonts.googleapis.com/css', 'http://127.0.0.2/', 'wss://example.com/socket']);
  });

  it('fails on console errors, page errors and external requests, naming each', () => {
    expect(() => assertNoErrorsNoExternalRequests(recorder())).not.toThrow();
    expect(() => assertNoErrorsNoExternalRequests(recorder({ consoleErrors: ['boom'] }))).toThrow(/console error: boom/);
    expect(() => assertNoErrorsNoExternalRequests(recorder({ pageErrors: ['TypeError: x'] }))).toThrow(/page error: TypeError/);
    expect(() => assertNoErrorsNoExternalRequests(recorder({ requests: ['https://cdn.example/three.js'] })))
      .toThrow(/external request: https:\/\/cdn.example/);
    expect(() => assertNoErrorsNoExternalRequests(recorder({ consoleErrors: ['known noise'] }), { allowConsole: [/known/] }))
      .not.toThrow();
  });
});
