/**
 * Stands in for jsPDF's optional dependencies (html2canvas, DOMPurify, canvg): jsPDF imports them
 * only for doc.html() and SVG images, which the report never uses, so the build neither emits nor
 * precaches them (vite.config.ts aliases them here).
 */
export default undefined;
