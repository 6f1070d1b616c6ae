export interface MonthCounts {
  month: string;
  heldOnTime: number;
  heldLate: number;
  overdue: number;
}

const monthName = new Intl.DateTimeFormat('da-DK', { month: 'short', year: 'numeric', timeZone: 'UTC' });
export const monthLabel = (m: string) => monthName.format(new Date(`${m}-01T00:00:00Z`));
const colors = { heldOnTime: '#358000', heldLate: '#b35900', overdue: '#b51d09' };
const names = { heldOnTime: 'Holdt til tiden', heldLate: 'Holdt for sent', overdue: 'Overskredet' };

/** Follow-ups per month as stacked SVG bars (hidden from screen readers) with the same counts as a table. */
export const OnTimeChart = ({ months }: { months: MonthCounts[] }) => {
  const max = Math.max(1, ...months.map((m) => m.heldOnTime + m.heldLate + m.overdue));
  const barW = 48;
  const gap = 24;
  const h = 160;
  const width = months.length * (barW + gap) + gap;
  const keys = ['heldOnTime', 'heldLate', 'overdue'] as const;
  return (
    <figure>
      <figcaption class="h4">Opfølgninger pr. måned</figcaption>
      <p>
        {keys.map((k) => (
          <span key={k} class="mr-4">
            <span class="legend-swatch" style={`background:${colors[k]}`} aria-hidden="true" />
            {names[k]}
          </span>
        ))}
      </p>
      <svg class="chart" aria-hidden="true" viewBox={`0 0 ${width} ${h + 24}`} width={width} height={h + 24}>
        {months.map((m, i) => {
          let y = h;
          return (
            <g key={m.month} transform={`translate(${gap + i * (barW + gap)} 0)`}>
              {keys.map((k) => {
                const bh = (h * m[k]) / max;
                y -= bh;
                return <rect key={k} x="0" y={y} width={barW} height={bh} fill={colors[k]} />;
              })}
              <text x={barW / 2} y={h + 16} text-anchor="middle">
                {monthLabel(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="table table--compact">
        <caption class="sr-only">Opfølgninger pr. måned, som tabel</caption>
        <thead>
          <tr>
            <th scope="col">Måned</th>
            {keys.map((k) => (
              <th scope="col" key={k}>
                {names[k]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthLabel(m.month)}</th>
              {keys.map((k) => (
                <td key={k}>{m[k]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
};
