// Types of scripts/hostile-inputs.mjs, for the tests that check how each hostile input is refused.
export declare function zeroBomb(megabytes: number): Uint8Array;
export declare function zipOf(name: string, data: Uint8Array, declaredSize: number): Uint8Array;
export declare function pdfOf(objects: readonly string[], trailer?: string): string;
export declare function pdfOfPages(pages: number): Uint8Array;
export declare const BILLION_LAUGHS: string;
export declare function bombs(): { name: string; file: string; command: 'import' | 'lint'; exit: number; bytes: () => Uint8Array }[];
