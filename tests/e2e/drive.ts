import type { Page } from 'playwright-core';
import type { EventObject } from 'xstate';

/** Gives one answer in the current step the way a person would: fill the form, or press the answer's button. */
export async function give(page: Page, stateId: string, event: EventObject) {
  const step = page.locator(`[data-step-id="${stateId}"]`);
  await step.waitFor();
  const values = (event as { values?: Record<string, unknown> }).values;
  if (values) {
    for (const [name, value] of Object.entries(values)) {
      const text = Array.isArray(value) ? value.join('\n') : String(value ?? '');
      await step.locator(`[id="field-${stateId}-${name}"]`).fill(text);
    }
    await step.locator('button[type="submit"]').click();
  } else {
    await step.locator(`button[data-event="${event.type}"]`).click();
  }
}
