// The entry point of the worker threads of a large lint (bundled as dist/worker.js): lint what the pool sends.
import { serveIfWorker } from './workers.js';

serveIfWorker();
