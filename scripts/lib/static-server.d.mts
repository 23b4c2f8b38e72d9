import type { Server } from 'node:http';
export type HeaderMap = Record<string, string>;
export interface StaticServerOptions {
  root?: string;
  routes?: Record<string, string>;
  headers?: Record<string, HeaderMap> | ((urlPath: string) => HeaderMap | undefined);
  port?: number;
  host?: string;
}
export function startStaticServer(options?: StaticServerOptions): Promise<{
  url: string; port: number; server: Server; close: () => Promise<void>;
}>;
