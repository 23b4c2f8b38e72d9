// Types for the harness (the implementation is plain ESM so node:test files run without a compile step).
import type { Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';

export type Rgb = [number, number, number];
export interface Region { x: number; y: number; width: number; height: number }
export interface RgbaImage { width: number; height: number; data: Uint8Array }
export type HeaderMap = Record<string, string>;

export interface StaticServerOptions {
  /** Directory served at `/`. */
  root?: string;
  /** URL prefix -> directory; the longest prefix wins. */
  routes?: Record<string, string>;
  /** Extra headers by exact path, or by prefix when the key ends in `/`; or a function of the path. */
  headers?: Record<string, HeaderMap> | ((urlPath: string) => HeaderMap | undefined);
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
}
export function startStaticServer(options?: StaticServerOptions): Promise<{
  url: string; port: number; server: Server; close: () => Promise<void>;
}>;

export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: readonly string[];
export const NO_WEBGL_ARGS: readonly string[];
export const READY_SELECTOR: string;

export function launchBrowser(options?: {
  webgl?: boolean; viewport?: { width: number; height: number }; args?: string[];
}): Promise<BrowserContext>;

export interface Recorder {
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
  failedRequests: string[];
  httpErrors: string[];
  console: { type: string; text: string }[];
}
export function openPage(context: BrowserContext, url: string, options?: {
  ready?: string | null; timeout?: number;
}): Promise<{ page: Page; recorder: Recorder; readyMs: number }>;
export function screenshot(page: Page, path: string, options?: { timeout?: number }): Promise<string>;

export const CENTRE: Readonly<Region>;
export function coverageOf(image: RgbaImage, background: Rgb, options?: { tolerance?: number; region?: Region }): number;
export function differenceOf(a: RgbaImage, b: RgbaImage, options?: { tolerance?: number; region?: Region }): number;
export interface Coverage { coverage: number; centreCoverage: number; width: number; height: number }
export const SCREENSHOT_TIMEOUT: number;
export function canvasCoverage(page: Page, selector?: string, options?: {
  background?: Rgb; tolerance?: number; path?: string; timeout?: number;
}): Promise<Coverage>;
export function assertCanvasNotBlank(page: Page, selector?: string, options?: {
  minCentre?: number; minCoverage?: number; background?: Rgb; tolerance?: number; path?: string; timeout?: number;
}): Promise<Coverage>;

export function externalRequests(urls: readonly string[]): string[];
export function assertNoErrorsNoExternalRequests(recorder: Recorder, options?: { allowConsole?: RegExp[] }): void;

export function decodePng(png: Uint8Array): RgbaImage;

export const repoRoot: string;
export function fromRoot(...parts: string[]): string;
