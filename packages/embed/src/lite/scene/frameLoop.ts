/** Where frames come from: the window's animation frames in a browser, a manual clock in tests. */
export interface FrameScheduler {
  request(callback: (time: number) => void): number;
  cancel(handle: number): void;
  now(): number;
}

export function animationFrames(win: Window): FrameScheduler {
  return {
    request: (cb) => win.requestAnimationFrame(cb),
    cancel: (h) => win.cancelAnimationFrame(h),
    now: () => win.performance.now(),
  };
}

export interface FrameLoop {
  /** Asks for a frame; several asks before it comes make one frame. */
  invalidate(): void;
  dispose(): void;
}

/**
 * Render on demand (R3F's `frameloop="demand"`): nothing runs until something asks for a frame, and a frame that
 * asks for another (a tween, a growing spread) keeps the loop going. `draw` gets the seconds since the previous
 * frame, or since the loop started: after an idle gap that is long, and every user of it caps it.
 */
export function createFrameLoop(scheduler: FrameScheduler, draw: (delta: number) => void): FrameLoop {
  let handle: number | undefined;
  let last = scheduler.now();
  let disposed = false;
  const tick = (time: number) => {
    handle = undefined;
    const delta = Math.max(0, (time - last) / 1000);
    last = time;
    draw(delta);
  };
  return {
    invalidate() {
      if (handle === undefined && !disposed) handle = scheduler.request(tick);
    },
    dispose() {
      disposed = true;
      if (handle !== undefined) scheduler.cancel(handle);
      handle = undefined;
    },
  };
}
