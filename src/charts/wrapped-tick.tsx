/**
 * Axis labels that wrap onto a second (or third) line instead of being cut with "…": the full
 * domain name is what a reader needs, and a chart printed in the PDF has no tooltip to reveal it.
 */

/** Splits text into at most `maxLines` lines of about `perLine` characters, at spaces where possible. */
export function wrapLines(text: string, perLine: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= perLine || line === '') line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  // Only beyond the last allowed line is anything shortened.
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, Math.max(1, perLine - 1)).trimEnd()}…`;
  return kept;
}

type TickProps = {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly textAnchor?: 'start' | 'middle' | 'end' | 'inherit' | undefined;
  readonly payload?: { readonly value?: unknown };
  readonly fontSize?: number;
  readonly fill?: string;
};

const LINE_HEIGHT = 1.15;

/** A recharts tick: the lines `linesFor` gives for the tick's value, centred on the tick's position. */
export function WrappedTick({
  x,
  y,
  textAnchor,
  payload,
  fontSize = 12,
  fill,
  linesFor,
  verticalAnchor = 'middle',
}: TickProps & {
  readonly linesFor: (value: unknown) => readonly string[];
  /** 'middle' centres the block on the tick (bars); 'start'/'end' grow away from it (radar labels above or below the centre). */
  readonly verticalAnchor?: 'start' | 'middle' | 'end';
}) {
  const lines = linesFor(payload?.value);
  const step = fontSize * LINE_HEIGHT;
  const blockHeight = step * (lines.length - 1);
  // 0.35em moves an alphabetic baseline to the visual middle (dominant-baseline does not reach the PDF).
  const shift = verticalAnchor === 'middle' ? -blockHeight / 2 + fontSize * 0.35 : verticalAnchor === 'end' ? -blockHeight : fontSize * 0.7;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor={textAnchor} fontSize={fontSize} fill={fill}>
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x)} dy={index === 0 ? shift : step}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
