/** jsdom has no layout: gives React Flow the few browser APIs it measures with (call in beforeAll). */
export function installReactFlowShims(): void {
  const g = globalThis as Record<string, unknown>;
  g.ResizeObserver ??= class {
    constructor(private cb: (entries: unknown[], o: unknown) => void) {}
    observe(target: Element) {
      this.cb([{ target }], this);
    }
    unobserve() {}
    disconnect() {}
  };
  g.DOMMatrixReadOnly ??= class {
    m22: number;
    constructor(t?: string) {
      this.m22 = Number(/scale\(([\d.]+)\)/.exec(t ?? '')?.[1] ?? 1);
    }
  };
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: { configurable: true, get: () => 600 },
    offsetWidth: { configurable: true, get: () => 1000 },
  });
}
