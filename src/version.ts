declare const GOV_REPORT_VERSION: string | undefined;

/** The package version, put in by the bundler; `0.0.0-dev` when run from source. */
export const VERSION = typeof GOV_REPORT_VERSION === 'string' ? GOV_REPORT_VERSION : '0.0.0-dev';
