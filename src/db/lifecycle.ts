/** Lets the app react when another tab opens a newer database schema and ours must close. */
let onVersionChange: (() => void) | undefined;

export function whenAnotherTabUpgrades(handler: () => void): void {
  onVersionChange = handler;
}

export function announceVersionChange(): void {
  onVersionChange?.();
}
