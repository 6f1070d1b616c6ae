export interface Bar {
  label: string;
  granted: number;
  delivered: number;
}

const fmt = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/**
 * Granted against delivered hours as an inline SVG bar chart, with the same figures as a table (the
 * accessible alternative: the chart itself is hidden from screen readers).
 */
export const GrantedDeliveredChart = ({
  bars,
  caption,
  unit,
}: {
  bars: Bar[];
  caption: string;
  unit: string;
}) => {
  const max = Math.max(1, ...bars.flatMap((b) => [b.granted, b.delivered]));
  const rowH = 34;
  const labelW = 110;
  const width = 560;
  const scale = (n: number) => ((width - labelW - 50) * n) / max;
  return (
    <figure>
      <figcaption class="h4">{caption}</figcaption>
      <p>
        <span class="legend-swatch granted" style="background:#5b6b7a" aria-hidden="true" />
        Bevilget{' '}
        <span class="legend-swatch delivered" style="background:#0059b3;margin-left:1em" aria-hidden="true" />
        Leveret
      </p>
      <svg
        class="chart"
        aria-hidden="true"
        viewBox={`0 0 ${width} ${bars.length * rowH + 8}`}
        width={width}
        height={bars.length * rowH + 8}
      >
        {bars.map((b, i) => (
          <g key={b.label} transform={`translate(0 ${i * rowH + 4})`}>
            <text x="0" y="18">
              {b.label}
            </text>
            <rect class="granted" x={labelW} y="2" height="12" width={scale(b.granted)} />
            <rect class="delivered" x={labelW} y="15" height="12" width={scale(b.delivered)} />
            <text x={labelW + scale(Math.max(b.granted, b.delivered)) + 4} y="22">
              {fmt.format(b.delivered)}/{fmt.format(b.granted)}
            </text>
          </g>
        ))}
      </svg>
      <table class="table table--compact">
        <caption class="sr-only">{caption}, som tabel</caption>
        <thead>
          <tr>
            <th scope="col">{unit}</th>
            <th scope="col">Bevilget (timer)</th>
            <th scope="col">Leveret (timer)</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>{fmt.format(b.granted)}</td>
              <td>{fmt.format(b.delivered)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
};
