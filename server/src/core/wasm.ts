/**
 * The part of the WebAssembly JavaScript API the tagger uses. Node has it as a global, but this
 * project's type libraries (ES2022 and Node's, no DOM) do not declare it; where it is missing the
 * tagger runs its JavaScript instead.
 */
export interface WasmModule {
  readonly kind?: 'module';
}

export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (mod: WasmModule, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => WasmMemory;
}

export const wasmApi: WasmApi | undefined = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

const PAGE = 65536;

/** A WebAssembly memory of at least `bytes` bytes (zero-filled, its pages mapped on first touch); undefined where unavailable. */
export function newWasmMemory(bytes: number): WasmMemory | undefined {
  try {
    return wasmApi ? new wasmApi.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE)) }) : undefined;
  } catch {
    return undefined;
  }
}
