// Reading files the officer opens in the dashboard, in any browser the dashboard supports.

/** A file's text (a template file, a province profile); FileReader where Blob.text is missing. */
export function readText(f: File): Promise<string> {
  if (typeof f.text === "function") return f.text();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(f, "utf-8");
  });
}

/** A file's bytes; FileReader where Blob.arrayBuffer is missing (older embedded browsers, jsdom). */
export function readBytes(f: File): Promise<ArrayBuffer> {
  if (typeof f.arrayBuffer === "function") return f.arrayBuffer();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(f);
  });
}
