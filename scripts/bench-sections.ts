/** Further benchmark sections (the guard's decision cost), added as the guard lands. */
export async function extraBenchSections(_timeMs: number): Promise<void> {}
