export interface Cluster {
  url: string;
  dataDir: string;
  port: number;
  stop(): void;
}
export function postgresBin(): string | null;
export function startCluster(options?: {
  settings?: Record<string, string>;
}): Promise<Cluster | null>;
export function stopCluster(dir: string): void;
export function clusterLog(dir: string): string;
