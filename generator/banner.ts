export const BANNER_TEXT = 'generated from spec/ and overlays/ — do not edit';
export const TS_BANNER = `// ${BANNER_TEXT}\n// Regenerate with \`npm run generate\`.\n`;
