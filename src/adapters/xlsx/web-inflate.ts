import type { NativeInflate } from "./zip-entry";

/** Hands on a stream's chunks; stopping early (a refused chunk) cancels the stream, so it inflates no further. */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}

/**
 * The platform's `DecompressionStream("deflate-raw")` as the reader's inflater (Chromium, Firefox, Safari 16.4+, Node),
 * or undefined where there is none, and the reader keeps to fflate.
 */
export function webInflate(): NativeInflate | undefined {
  if (typeof DecompressionStream !== "function" || typeof Blob !== "function") return undefined;
  try {
    new DecompressionStream("deflate-raw");
  } catch {
    return undefined;
  }
  return (packed) => chunksOf(new Blob([packed as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw")));
}
