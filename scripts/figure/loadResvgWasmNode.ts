import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Returns the path of resvg's WebAssembly module in node_modules: the file the browser fetches. */
export function resvgWasmPath(): string {
  return require.resolve('@resvg/resvg-wasm/index_bg.wasm');
}

/** Returns resvg's WebAssembly module as bytes, read from node_modules. */
export async function loadResvgWasmNode(): Promise<Uint8Array> {
  return new Uint8Array(await readFile(resvgWasmPath()));
}
