import type { Quality, SpineModel, Structure, Vec3 } from './types';

export class SpineModelImpl implements SpineModel {
  readonly quality: Quality;
  readonly structures: readonly Structure[];
  private readonly byId: Map<string, Structure>;
  private readonly byGroup: Map<string, Structure[]>;
  private readonly points: Map<string, Vec3>;

  constructor(quality: Quality, structures: Structure[], landmarks: Map<string, Vec3>) {
    this.quality = quality;
    this.structures = structures;
    this.byId = new Map(structures.map((s) => [s.id, s]));
    this.byGroup = new Map();
    for (const s of structures) {
      if (!s.group) continue;
      const list = this.byGroup.get(s.group) ?? [];
      list.push(s);
      this.byGroup.set(s.group, list);
    }
    this.points = landmarks;
  }

  get(id: string): Structure | undefined {
    return this.byId.get(id);
  }

  group(id: string): readonly Structure[] {
    return this.byGroup.get(id) ?? [];
  }

  landmark(name: string): Vec3 {
    const p = this.points.get(name);
    if (!p) {
      const near = [...this.points.keys()].filter((k) => k.split('-')[0] === name.split('-')[0]).slice(0, 8);
      throw new Error(`Unknown landmark "${name}".${near.length ? ` Similar: ${near.join(', ')}.` : ''} See model.landmarks() for all ${this.points.size}.`);
    }
    return [p[0], p[1], p[2]];
  }

  landmarks(): readonly string[] {
    return [...this.points.keys()];
  }

  dispose(): void {
    for (const s of this.structures) s.geometry.dispose();
  }
}
