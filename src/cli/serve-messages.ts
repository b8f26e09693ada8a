// What `mhpss-directory serve` says on the command line (the server's own sentences, API errors
// among them, are in src/server/messages.ts; this module loads without the server).

export const serveMessages = {
  needsFileOrDb: () => 'serve needs a FILE to serve, or --db URL of a database that holds one',
  badPort: (value: string) => `--port must be a number from 0 to 65535, not '${value}'`,
  imported: (size: number, ms: number) => `imported ${size} organizations in ${ms} ms`,
  unchanged: (size: number) => `the database already holds this directory (${size} organizations)`,
  listening: (url: string, size: number, where: string) =>
    `mhpss-directory: serving ${size ? `${size} organizations ` : ''}as an HSDS 3.0 API at ${url} (${where}); Ctrl-C stops it`,
};
