import type { DevicePlacement } from './types';

/** Size (mm, LPS x/y/z) of each device. */
export const DEVICE_SIZE: Readonly<Record<DevicePlacement['kind'], readonly [number, number, number]>> = {
  'trial-generator': [55, 18, 80],
  'implanted-generator': [48, 11, 55],
  remote: [45, 14, 90],
};

/** Whether a device kind shows at a step (`devices` is a list of kinds or a boolean). */
export function deviceVisible(devices: boolean | readonly string[] | undefined, kind: string): boolean {
  if (devices === undefined) return true;
  return Array.isArray(devices) ? devices.includes(kind) : Boolean(devices);
}

/** The device kinds a step shows, as a list (every kind for `true`), for framing the camera on them. */
export function shownDeviceKinds(devices: boolean | readonly string[] | undefined): string[] {
  return Array.isArray(devices) ? [...devices] : devices ? ['trial-generator', 'implanted-generator', 'remote'] : [];
}
