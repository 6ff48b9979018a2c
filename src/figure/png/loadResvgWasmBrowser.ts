import { fetchBytes } from '../font/fetchBytes';

/**
 * Returns resvg's WebAssembly module (2.4 MB) as bytes, fetched from the file Vite ships. Its address is imported
 * dynamically, so a page fetches it only when it first draws a PNG; bytes rather than a Response, so a host that
 * serves `.wasm` without `application/wasm` still works, with no console warning.
 */
export async function loadResvgWasmBrowser(): Promise<Uint8Array> {
  const { default: url } = await import('@resvg/resvg-wasm/index_bg.wasm?url');
  return fetchBytes(url);
}
