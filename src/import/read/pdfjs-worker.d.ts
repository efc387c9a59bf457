// pdfjs-dist ships no types for its worker module; it is loaded only to register its message handler.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
