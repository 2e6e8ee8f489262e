/** Injected by esbuild from package.json; the fallback serves tests run from source. */
declare const __COPYDESK_VERSION__: string | undefined;
export const VERSION: string = typeof __COPYDESK_VERSION__ === "string" ? __COPYDESK_VERSION__ : "0.1.0";
