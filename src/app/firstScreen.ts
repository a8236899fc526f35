/**
 * A flow page opened directly is hydrated in two parts: the app bar first, then the flow's own screen (its Suspense
 * boundary). Anything that changes the router's state before the second part is in place makes React hydrate that
 * part at once, in one long task, instead of in short slices; so start.tsx waits for this before it continues an
 * unfinished case (and before the page takes clicks).
 */
let drawn = () => {};

/** Resolves when a flow's screen has been put in place (hydrated or drawn) for the first time. */
export const flowScreenDrawn = new Promise<void>((resolve) => {
  drawn = resolve;
});

/** Called by the flow page once its screen is in place. */
export function markFlowScreenDrawn(): void {
  drawn();
}
