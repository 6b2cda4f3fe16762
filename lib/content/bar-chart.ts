import type { Element, ElementContent, Properties } from "hast";
import { z } from "zod";

/**
 * A horizontal bar chart written in an article as a ```chart block of JSON, drawn at build time
 * as inline SVG: a handful of bars needs no chart library in the browser.
 */
export const barChartSchema = z.strictObject({
  title: z.string().trim().min(1),
  unit: z.string().default("%"),
  /** The largest value of the scale; bars are drawn against it, not against the largest bar. */
  max: z.number().positive().default(100),
  source: z.string().trim().min(1),
  groups: z
    .array(
      z.strictObject({
        label: z.string().trim().min(1),
        bars: z
          .array(
            z.strictObject({
              label: z.string().trim().min(1).optional(),
              value: z.number().nonnegative(),
              tone: z.enum(["accent", "sage"]).default("accent"),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});

export type BarChart = z.output<typeof barChartSchema>;

function el(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: "element", tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: "text", value };
}

// Literal class names, so that Tailwind finds them in this file.
const BAR_FILL = { accent: "fill-accent", sage: "fill-sage" } as const;

const LABEL_LINE = 24;
const SUBLABEL_LINE = 20;
const BAR_HEIGHT = 22;
const BAR_GAP = 14;
const GROUP_GAP = 6;

export function formatValue(value: number, unit: string): string {
  return `${value}${unit}`;
}

/** What a screen reader hears: every label with its value, in reading order. */
export function describeChart(chart: BarChart): string {
  return chart.groups
    .map((group) => {
      const values = group.bars.map((bar) =>
        bar.label ? `${bar.label} ${formatValue(bar.value, chart.unit)}` : formatValue(bar.value, chart.unit),
      );
      return `${group.label}：${values.join("、")}。`;
    })
    .join("");
}

/**
 * The chart as a `figure` element. The SVG has no viewBox: lengths are CSS pixels and bar widths
 * are percentages of the figure's width, so the labels keep their reading size on a phone and on
 * a desktop alike.
 */
export function barChartFigure(chart: BarChart, id: string): Element {
  const shapes: ElementContent[] = [];
  let y = 0;
  for (const group of chart.groups) {
    shapes.push(
      el("text", { x: "0", y: `${y + 17}`, className: ["fill-ink"], fontSize: "15", fontWeight: "700" }, [
        text(group.label),
      ]),
    );
    y += LABEL_LINE;
    for (const bar of group.bars) {
      if (bar.label) {
        shapes.push(
          el("text", { x: "0", y: `${y + 15}`, className: ["fill-muted"], fontSize: "14" }, [
            text(bar.label),
          ]),
        );
        y += SUBLABEL_LINE;
      }
      const share = Math.min(bar.value / chart.max, 1) * 100;
      shapes.push(
        el("rect", {
          x: "0",
          y: `${y}`,
          width: "100%",
          height: BAR_HEIGHT,
          rx: "3",
          className: ["fill-accent-soft"],
        }),
        el("rect", {
          x: "0",
          y: `${y}`,
          width: `${share.toFixed(2)}%`,
          height: BAR_HEIGHT,
          rx: "3",
          className: [BAR_FILL[bar.tone]],
        }),
        el(
          "text",
          { x: `${share.toFixed(2)}%`, dx: "8", y: `${y + 16}`, className: ["fill-ink"], fontWeight: "700" },
          [text(formatValue(bar.value, chart.unit))],
        ),
      );
      y += BAR_HEIGHT + BAR_GAP;
    }
    y += GROUP_GAP;
  }
  const height = y - BAR_GAP - GROUP_GAP + 2;

  const svg = el(
    "svg",
    {
      role: "img",
      ariaLabelledBy: [`${id}-title`, `${id}-desc`],
      width: "100%",
      height,
      className: ["bar-chart-svg"],
      fontSize: "15",
    },
    [
      el("title", { id: `${id}-title` }, [text(chart.title)]),
      el("desc", { id: `${id}-desc` }, [text(describeChart(chart))]),
      ...shapes,
    ],
  );

  return el("figure", { id, className: ["bar-chart"] }, [
    svg,
    el("figcaption", {}, [
      el("span", { className: ["bar-chart-title"] }, [text(chart.title)]),
      el("span", { className: ["bar-chart-source"] }, [text("出典："), el("cite", {}, [text(chart.source)])]),
    ]),
  ]);
}
