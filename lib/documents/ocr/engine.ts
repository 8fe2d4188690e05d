/**
 * Local OCR with PaddleOCR PP-OCRv4 (detection + recognition) on ONNX Runtime. paddleocr (the npm
 * package) supplies the pre- and post-processing (resizing, DB box extraction, crops); this module
 * decides the scale, tiles long screenshots, and decodes each line itself (`ctc.ts`) to keep a
 * probability per character.
 * - Detection runs at most 960 px wide: a phone screenshot (1170 px) loses nothing a DB detector
 *   needs, and a long screenshot is cut into overlapping tiles instead of being shrunk until its
 *   text is a few pixels high.
 * - Recognition runs on the full-resolution crop of each box, in batches of lines of similar
 *   width (PaddleOCR's rec_batch_num), so a short line is not padded to the longest one's width.
 * - A dark-mode screenshot (light text on dark) is inverted first.
 */
import { DetectionService, Image, type Box, type OrtModule } from 'paddleocr';

import { normalizeCjk } from '../cjk-radicals';

import { ctcDecode } from './ctc';

export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

export interface OcrLine {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Per code point of `text`. */
  confidence: number[];
}

interface Session {
  inputNames?: readonly string[];
  outputNames: readonly string[];
  run(
    feeds: Record<string, unknown>,
  ): Promise<Record<string, { data: unknown; dims: readonly number[] }>>;
}

export interface OcrSessions {
  ort: OrtModule;
  detection: Session;
  recognition: Session;
  dictionary: readonly string[];
}

const DET_WIDTH = 960;
const TILE_HEIGHT = 1280;
const TILE_OVERLAP = 96;

/** PP-OCRv4 mobile settings (PaddleOCR's det_db_* and rec_image_shape defaults). */
const DETECTION = {
  channelOrder: 'bgr' as const,
  textPixelThreshold: 0.3,
  boxScoreThreshold: 0.6,
  unclipRatio: 1.5,
  maxCandidates: 1000,
};

function toRgb(img: RgbaImage): Image {
  const n = img.width * img.height;
  const rgb = new Uint8Array(n * 3);
  let luma = 0;
  for (let i = 0; i < n; i++) {
    const r = img.data[i * 4] ?? 0;
    const g = img.data[i * 4 + 1] ?? 0;
    const b = img.data[i * 4 + 2] ?? 0;
    rgb[i * 3] = r;
    rgb[i * 3 + 1] = g;
    rgb[i * 3 + 2] = b;
    if (i % 97 === 0) luma += 0.299 * r + 0.587 * g + 0.114 * b;
  }
  // Dark mode: the models were trained mostly on dark text on light paper.
  if (luma / Math.ceil(n / 97) < 100)
    for (let i = 0; i < rgb.length; i++) rgb[i] = 255 - (rgb[i] ?? 0);
  return new Image(img.width, img.height, 3, rgb);
}

function scaleBox(b: Box, s: number, dy: number): Box {
  const points = b.points?.map((p) => ({ x: p.x / s, y: (p.y + dy) / s })) as Box['points'];
  return {
    x: b.x / s,
    y: (b.y + dy) / s,
    width: b.width / s,
    height: b.height / s,
    ...(points ? { points } : {}),
  };
}

function clampBox(b: Box, w: number, h: number): Box | null {
  const x = Math.max(0, Math.floor(b.x));
  const y = Math.max(0, Math.floor(b.y));
  const right = Math.min(w, Math.ceil(b.x + b.width));
  const bottom = Math.min(h, Math.ceil(b.y + b.height));
  if (right - x < 2 || bottom - y < 2) return null;
  // Screenshots are upright: the axis-aligned crop is what recognition needs.
  return { x, y, width: right - x, height: bottom - y };
}

async function detect(s: OcrSessions, image: Image): Promise<Box[]> {
  const scale = Math.min(1, DET_WIDTH / image.width);
  const scaled =
    scale === 1
      ? image
      : image.resize({
          width: Math.round(image.width * scale),
          height: Math.round(image.height * scale),
        });
  const det = new DetectionService(s.ort, s.detection, DETECTION);
  const boxes: Box[] = [];
  for (let top = 0; top < scaled.height; top += TILE_HEIGHT - TILE_OVERLAP) {
    const height = Math.min(TILE_HEIGHT, scaled.height - top);
    const tile =
      top === 0 && height === scaled.height
        ? scaled
        : scaled.crop({ x: 0, y: top, width: scaled.width, height });
    const found = await det.run(tile, {
      ...DETECTION,
      limitType: 'max',
      maxSideLength: Math.max(tile.width, tile.height),
      maxSideLimit: Math.max(tile.width, tile.height),
    });
    // Each tile owns the band between the overlaps' middles: a line in an overlap is kept once.
    const ownTop = top === 0 ? 0 : TILE_OVERLAP / 2;
    const ownBottom = top + height >= scaled.height ? height : height - TILE_OVERLAP / 2;
    for (const b of found) {
      const centre = b.y + b.height / 2;
      if (centre >= ownTop && centre < ownBottom) boxes.push(scaleBox(b, scale, top));
    }
    if (top + height >= scaled.height) break;
  }
  return boxes;
}

const REC_HEIGHT = 48;
const REC_MIN_WIDTH = 320;
/** A line wider than 40 heights is cut by the detector anyway; this bounds one crop's cost. */
const REC_MAX_WIDTH = REC_HEIGHT * 40;
/** Lines of similar width are recognised together, as PaddleOCR does (rec_batch_num). */
const REC_BATCH = 8;

interface Crop {
  box: Box;
  width: number;
  tensor: Float32Array;
}

function prepare(image: Image, box: Box): Crop {
  const crop = image.crop(box);
  const width = Math.min(
    REC_MAX_WIDTH,
    Math.max(1, Math.ceil((REC_HEIGHT * crop.width) / crop.height)),
  );
  const resized = crop.resize({ width, height: REC_HEIGHT });
  const tensor = resized.tensor({
    mean_values: [127.5, 127.5, 127.5],
    norm_values: [1 / 127.5, 1 / 127.5, 1 / 127.5],
    channel_order: 'bgr',
  });
  return { box, width, tensor };
}

function toLine(box: Box, chars: ReturnType<typeof ctcDecode>): OcrLine | null {
  let text = '';
  const confidence: number[] = [];
  for (const c of chars) {
    const n = normalizeCjk(c.char);
    text += n;
    for (let k = 0; k < Array.from(n).length; k++) confidence.push(c.p);
  }
  if (text.trim() === '') return null;
  return { text, x: box.x, y: box.y, width: box.width, height: box.height, confidence };
}

async function recogniseBatch(s: OcrSessions, batch: Crop[]): Promise<OcrLine[]> {
  const width = Math.max(REC_MIN_WIDTH, ...batch.map((c) => c.width));
  const plane = REC_HEIGHT * width;
  // Zero is mid-grey after normalisation: PaddleOCR pads recognition input with it.
  const data = new Float32Array(batch.length * 3 * plane);
  batch.forEach((c, b) => {
    for (let ch = 0; ch < 3; ch++) {
      for (let y = 0; y < REC_HEIGHT; y++) {
        const from = ch * REC_HEIGHT * c.width + y * c.width;
        data.set(c.tensor.subarray(from, from + c.width), b * 3 * plane + ch * plane + y * width);
      }
    }
  });
  const input = s.recognition.inputNames?.[0] ?? 'x';
  const out = await s.recognition.run({
    [input]: new s.ort.Tensor('float32', data, [batch.length, 3, REC_HEIGHT, width]),
  });
  const probs = Object.values(out).find((t) => t.dims.length === 3);
  if (!probs || !(probs.data instanceof Float32Array)) return [];
  const [, steps = 0, classes = 0] = probs.dims;
  const lines: OcrLine[] = [];
  batch.forEach((c, b) => {
    const slice = (probs.data as Float32Array).subarray(
      b * steps * classes,
      (b + 1) * steps * classes,
    );
    const line = toLine(c.box, ctcDecode(slice, steps, classes, s.dictionary));
    if (line) lines.push(line);
  });
  return lines;
}

export async function recognise(s: OcrSessions, input: RgbaImage): Promise<OcrLine[]> {
  const image = toRgb(input);
  const boxes = (await detect(s, image)).flatMap(
    (b) => clampBox(b, image.width, image.height) ?? [],
  );
  const crops = boxes.map((b) => prepare(image, b)).sort((a, b) => a.width - b.width);
  const lines: OcrLine[] = [];
  for (let i = 0; i < crops.length; i += REC_BATCH) {
    lines.push(...(await recogniseBatch(s, crops.slice(i, i + REC_BATCH))));
  }
  return lines.sort((a, b) => a.y - b.y || a.x - b.x);
}
