// Load/sync rules of the Excel fake: commands queue and run only at sync(); unloaded properties throw like Excel.
import type { WorkbookModel } from "./model";
import { ACTION_BYTES, EXCEL_API_MINOR, LOADED_PROPERTY_BYTES, OBJECT_PATH_BYTES, PAYLOAD_LIMIT_BYTES } from "./requirements";

/** An error shaped like Office.js' OfficeExtension.Error ("RichApi.Error" with a code). */
export class FakeRichApiError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message = code) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

/** Per-sync statistics: how many syncs ran and the estimated request/response bytes of each. */
export class SyncStats {
  syncs = 0;
  requests: number[] = [];
  responses: number[] = [];
  /** The sync number (1-based, counted across runs) that fails with a network-like error; 0 = never. */
  failAtSync = 0;
  failCode = "GeneralException";
  /** Largest request or response Excel accepts (the web's 5 MB); Infinity for a desktop without the limit. */
  payloadLimit = PAYLOAD_LIMIT_BYTES;
  /** Proxy objects created, per sync (each costs an object path in the request). */
  objects: number[] = [];

  get maxRequest(): number {
    return Math.max(0, ...this.requests);
  }

  get maxResponse(): number {
    return Math.max(0, ...this.responses);
  }

  reset(): void {
    this.syncs = 0;
    this.requests = [];
    this.responses = [];
    this.objects = [];
  }
}

/** A queued command: its estimated request size and what it does at sync (returning response bytes). */
interface Op {
  readonly bytes: number;
  readonly run: () => number;
}

/** JSON size in UTF-8 bytes, the way a request or response would travel. */
export function jsonBytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v ?? null), "utf8");
}

/** The fake RequestContext: a command queue over the model. */
export class FakeContext {
  private queue: Op[] = [];
  private objectCount = 0;
  constructor(
    readonly model: WorkbookModel,
    readonly stats: SyncStats,
  ) {}

  /** Queues one action (a call, a property set or a load); it costs its arguments plus an action entry. */
  enqueue(request: unknown, run: () => number | void, extraBytes = 0): void {
    this.queue.push({ bytes: jsonBytes(request) + ACTION_BYTES + extraBytes, run: () => run() ?? 0 });
  }

  /** Counts a new proxy object: Office.js sends an object path for it with the next request. */
  countObject(): void {
    this.objectCount += 1;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Throws ApiNotFound at sync when the host's ExcelApi version is below what the table says `what` needs. */
  requireApi(what: keyof typeof EXCEL_API_MINOR | string): boolean {
    const minor = EXCEL_API_MINOR[what];
    if (minor === undefined) throw new Error(`excel-fake: ${what} is missing from the requirement-set table`);
    if (this.model.apiMinor >= minor) return true;
    this.enqueue({ api: what }, () => {
      throw new FakeRichApiError("ApiNotFound", `${what} needs ExcelApi 1.${minor}`);
    });
    return false;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const objects = this.objectCount;
    this.queue = [];
    this.objectCount = 0;
    this.stats.syncs += 1;
    const request = ops.reduce((n, o) => n + o.bytes, 0) + objects * OBJECT_PATH_BYTES;
    this.stats.requests.push(request);
    this.stats.objects.push(objects);
    if (request > this.stats.payloadLimit) {
      this.stats.responses.push(0);
      throw new FakeRichApiError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes is over the ${this.stats.payloadLimit}-byte limit`);
    }
    if (this.stats.failAtSync === this.stats.syncs) {
      this.stats.responses.push(0);
      throw new FakeRichApiError(this.stats.failCode, "injected failure");
    }
    let response = 0;
    try {
      for (const op of ops) {
        response += op.run();
        if (response > this.stats.payloadLimit) throw new FakeRichApiError("ResponsePayloadSizeLimitExceeded", `response over ${this.stats.payloadLimit} bytes`);
      }
    } finally {
      this.stats.responses.push(response);
    }
    // A failing command stops the batch; the ones before it stay applied, as in Excel.
  }
}

/** Normalises load()'s argument ("a, b/c" | ["a"] | {select}) to property paths. */
export function loadPaths(spec: string | string[] | { select?: string } | undefined): string[] {
  if (spec === undefined) return [];
  const text = typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : (spec.select ?? "");
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Base of every proxy object: loaded properties, null-object state, and queued load/write helpers. */
export abstract class FakeObject {
  private loaded = new Map<string, unknown>();
  private nullState: boolean | undefined = false;

  constructor(readonly context: FakeContext) {
    // Sub-objects reached through a property (format, fill, font, …) ride on their parent's path.
    if (!(this.constructor as { nested?: boolean }).nested) context.countObject();
  }

  /** The current value of a scalar property in the model (called at sync). */
  protected abstract snapshot(prop: string): unknown;

  /** A child object for a load path like "format/fill/color". */
  protected child(name: string): FakeObject | undefined {
    void name;
    return undefined;
  }

  /** Whether the model object behind this proxy exists (called at sync). */
  protected exists(): boolean {
    return true;
  }

  /** Marks this proxy as an *OrNullObject result, resolved at the next sync. */
  asNullable(): this {
    this.nullState = undefined;
    this.context.enqueue({ resolve: true }, () => {
      this.nullState = !this.exists();
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  load(spec?: string | string[] | { select?: string }): this {
    const paths = loadPaths(spec);
    this.context.enqueue({ load: paths }, () => paths.reduce((n, p) => n + this.loadPath(p), 0), LOADED_PROPERTY_BYTES * paths.length);
    return this;
  }

  /** Loads one path now (at sync); returns the response bytes. */
  loadPath(path: string): number {
    const [head, ...rest] = path.split("/");
    if (rest.length > 0) {
      const c = this.child(head);
      if (!c) throw new FakeRichApiError("PropertyNotFound", head);
      return c.loadPath(rest.join("/"));
    }
    if (!this.exists()) {
      this.loaded.set(head, null);
      return 4;
    }
    const v = this.snapshot(head);
    this.loaded.set(head, v);
    return jsonBytes(v) + head.length + 4;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** Queues a write; `apply` runs at sync when the object exists. */
  protected write(request: unknown, apply: () => void): void {
    this.context.enqueue(request, () => {
      if (this.exists()) apply();
    });
  }
}

/** Excel's error for reading a property that was not loaded and synced. */
export function notLoaded(prop: string): FakeRichApiError {
  return new FakeRichApiError("PropertyNotLoaded", `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}
