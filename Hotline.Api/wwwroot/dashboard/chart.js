// A stacked bar chart in plain SVG: one bar a month, one segment a series. Colours come from
// the stylesheet (classes s0…s8), so the markup needs no style attributes.
const svgNs = "http://www.w3.org/2000/svg";

const width = 760;
const height = 280;
const margin = { top: 16, right: 12, bottom: 40, left: 48 };

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, String(value));
  }
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

// A step of 1, 2 or 5 × 10^n that gives about five grid lines.
function niceStep(max) {
  const rough = Math.max(max, 1) / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough);
  return Math.max(1, step);
}

// rows: [{ key, label, values: { seriesKey: number|null } }]; series: [{ key, label }].
// A null value (a suppressed count) is drawn as nothing.
export function stackedBars(container, { title, rows, series }) {
  const totals = rows.map((row) => series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0));
  const step = niceStep(Math.max(0, ...totals));
  const top = Math.max(step, Math.ceil(Math.max(0, ...totals) / step) * step);
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const y = (value) => margin.top + plotHeight - (value / top) * plotHeight;
  const slot = plotWidth / Math.max(rows.length, 1);
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));

  const chart = svg("svg", {
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-label": `${title}. The figures are in the table below.`,
    class: "bars",
  });

  for (let value = 0; value <= top; value += step) {
    chart.append(svg("line", { x1: margin.left, x2: width - margin.right, y1: y(value), y2: y(value), class: "grid" }));
    chart.append(svg("text", { x: margin.left - 6, y: y(value) + 4, class: "tick", "text-anchor": "end" }, value));
  }

  const labelEvery = Math.ceil(rows.length / 12);
  rows.forEach((row, index) => {
    const x = margin.left + slot * index + (slot - barWidth) / 2;
    const bar = svg("g", { class: "bar", "data-month": row.key, "data-total": totals[index] });
    let base = 0;
    series.forEach((s, seriesIndex) => {
      const value = row.values[s.key];
      if (!value) {
        return;
      }
      const rect = svg("rect", {
        x,
        y: y(base + value),
        width: barWidth,
        height: y(base) - y(base + value),
        class: `s${seriesIndex % 9}`,
        "data-series": s.key,
        "data-value": value,
      });
      rect.append(svg("title", {}, `${row.label}: ${s.label} ${value}`));
      bar.append(rect);
      base += value;
    });
    chart.append(bar);
    if (index % labelEvery === 0) {
      chart.append(svg("text", { x: x + barWidth / 2, y: height - margin.bottom + 16, class: "tick", "text-anchor": "middle" }, row.label));
    }
  });

  const legend = document.createElement("ul");
  legend.className = "legend";
  series.forEach((s, seriesIndex) => {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = `swatch s${seriesIndex % 9}`;
    swatch.setAttribute("aria-hidden", "true");
    item.append(swatch, s.label);
    legend.append(item);
  });

  container.replaceChildren(chart, legend);
}
