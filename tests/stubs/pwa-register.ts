// Unit tests run without vite-plugin-pwa's virtual module; the app only registers a service worker in production builds.
export function registerSW(): (reload?: boolean) => Promise<void> {
  return async () => undefined;
}
