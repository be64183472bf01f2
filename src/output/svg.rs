//! Charts as inline SVG, drawn once at generation: no script, no font
//! file, nothing fetched. Every mark carries its figure in a `<title>`
//! (a tooltip on screen, text for a screen reader) and a `data-value` (for
//! the tests), and the colours are the Okabe–Ito palette, told apart in
//! greyscale by lightness and by dashes.
//!
//! Hand-written rather than drawn with plotters: plotters' SVG backend
//! cannot put a `<title>` or an attribute on a mark, and these five chart
//! shapes are each a loop over rectangles or points.

use std::fmt::Write;

/// Dark blue, orange, bluish green, vermilion: distinct for the common
/// colour-blindnesses and of different lightness in greyscale.
pub const COLOURS: [&str; 4] = ["#0072B2", "#E69F00", "#009E73", "#D55E00"];

const W: f64 = 720.0;
const FONT: &str = "font-family=\"sans-serif\" font-size=\"11\"";

pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

fn open(title: &str, h: f64) -> String {
    let t = escape(title);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {h}\" width=\"100%\" role=\"img\" aria-label=\"{t}\" {FONT}><title>{t}</title>"
    )
}

/// A "nice" top for an axis: 1, 2 or 5 times a power of ten, at least `max`.
pub fn nice_top(max: f64) -> f64 {
    if max <= 0.0 || !max.is_finite() {
        return 1.0;
    }
    let p = 10f64.powf(max.log10().floor());
    [1.0, 2.0, 5.0, 10.0].iter().map(|k| k * p).find(|&v| v >= max).unwrap_or(10.0 * p)
}

/// One line of a line chart.
pub struct Series<'a> {
    pub name: &'a str,
    pub values: &'a [f64],
    pub dashed: bool,
    pub colour: &'a str,
}

fn legend(out: &mut String, items: &[(&str, &str, bool)], y: f64) {
    let mut x = 60.0;
    for (name, colour, dashed) in items {
        let dash = if *dashed { " stroke-dasharray=\"2 3\"" } else { "" };
        let _ = write!(
            out,
            "<line x1=\"{x}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"{colour}\" stroke-width=\"3\"{dash}/><text x=\"{}\" y=\"{}\">{}</text>",
            x + 24.0,
            x + 30.0,
            y + 4.0,
            escape(name)
        );
        x += 40.0 + 7.0 * name.chars().count() as f64;
    }
}

fn y_axis(out: &mut String, top: f64, x0: f64, y0: f64, h: f64, fmt: &dyn Fn(f64) -> String) {
    for i in 0..=4 {
        let v = top * i as f64 / 4.0;
        let y = y0 - h * i as f64 / 4.0;
        let _ = write!(
            out,
            "<line x1=\"{x0}\" y1=\"{y:.1}\" x2=\"{}\" y2=\"{y:.1}\" stroke=\"#ddd\"/><text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            W - 10.0,
            x0 - 4.0,
            y + 4.0,
            escape(&fmt(v))
        );
    }
}

fn x_labels(out: &mut String, labels: &[String], x: &dyn Fn(usize) -> f64, y: f64) {
    let every = labels.len().div_ceil(12).max(1);
    for (i, l) in labels.iter().enumerate().filter(|(i, _)| i % every == 0) {
        let _ = write!(out, "<text x=\"{:.1}\" y=\"{y}\" text-anchor=\"middle\">{}</text>", x(i), escape(l));
    }
}

/// Lines over labelled points (`None`: no point there).
pub fn lines(title: &str, labels: &[String], series: &[Series], fmt: &dyn Fn(f64) -> String) -> String {
    let (x0, y0, h) = (70.0, 200.0, 170.0);
    let top = nice_top(series.iter().flat_map(|s| s.values.iter().copied()).fold(0.0, f64::max));
    let step = (W - x0 - 20.0) / (labels.len().max(2) - 1) as f64;
    let x = |i: usize| x0 + step * i as f64;
    let y = |v: f64| y0 - h * (v / top).max(0.0);
    let mut out = open(title, 250.0);
    y_axis(&mut out, top, x0, y0, h, fmt);
    for s in series {
        let dash = if s.dashed { " stroke-dasharray=\"2 3\"" } else { "" };
        let pts: Vec<String> = s.values.iter().enumerate().map(|(i, v)| format!("{:.1},{:.1}", x(i), y(*v))).collect();
        let _ = write!(
            out,
            "<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\"{dash} points=\"{}\"/>",
            s.colour,
            pts.join(" ")
        );
        for (i, v) in s.values.iter().enumerate() {
            let _ = write!(
                out,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{}\" data-series=\"{}\" data-label=\"{}\" data-value=\"{v}\"><title>{} {}: {}</title></circle>",
                x(i),
                y(*v),
                s.colour,
                escape(s.name),
                escape(&labels[i]),
                escape(s.name),
                escape(&labels[i]),
                escape(&fmt(*v))
            );
        }
    }
    x_labels(&mut out, labels, &x, y0 + 16.0);
    let items: Vec<(&str, &str, bool)> = series.iter().map(|s| (s.name, s.colour, s.dashed)).collect();
    legend(&mut out, &items, 236.0);
    out.push_str("</svg>");
    out
}

/// Stacked vertical bars: `stacks[k][i]` is series `k` at label `i`.
pub fn stacked(title: &str, labels: &[String], names: &[&str], stacks: &[Vec<f64>]) -> String {
    let (x0, y0, h) = (70.0, 200.0, 170.0);
    let totals: Vec<f64> = (0..labels.len()).map(|i| stacks.iter().map(|s| s[i]).sum()).collect();
    let top = nice_top(totals.iter().copied().fold(0.0, f64::max));
    let step = (W - x0 - 20.0) / labels.len().max(1) as f64;
    let bw = step * 0.7;
    let x = |i: usize| x0 + step * (i as f64 + 0.5);
    let mut out = open(title, 250.0);
    y_axis(&mut out, top, x0, y0, h, &|v| format!("{v:.0}"));
    for i in 0..labels.len() {
        let mut base = y0;
        for (k, s) in stacks.iter().enumerate() {
            let bh = h * s[i] / top;
            base -= bh;
            let _ = write!(
                out,
                "<rect x=\"{:.1}\" y=\"{base:.1}\" width=\"{bw:.1}\" height=\"{bh:.1}\" fill=\"{}\" data-series=\"{}\" data-label=\"{}\" data-value=\"{}\"><title>{} {}: {}</title></rect>",
                x(i) - bw / 2.0,
                COLOURS[k % 4],
                escape(names[k]),
                escape(&labels[i]),
                s[i],
                escape(&labels[i]),
                escape(names[k]),
                s[i]
            );
        }
    }
    x_labels(&mut out, labels, &x, y0 + 16.0);
    let items: Vec<(&str, &str, bool)> = names.iter().enumerate().map(|(k, n)| (*n, COLOURS[k % 4], false)).collect();
    legend(&mut out, &items, 236.0);
    out.push_str("</svg>");
    out
}

/// Horizontal bars, one per label; `centred` draws a funnel.
pub fn bars(title: &str, labels: &[String], values: &[f64], fmt: &dyn Fn(f64) -> String, centred: bool) -> String {
    let row = 24.0;
    let (x0, w) = (180.0, W - 180.0 - 120.0);
    let top = values.iter().copied().fold(0.0, f64::max).max(f64::MIN_POSITIVE);
    let mut out = open(title, 12.0 + row * labels.len() as f64);
    for (i, (l, v)) in labels.iter().zip(values).enumerate() {
        let y = 6.0 + row * i as f64;
        let bw = (w * v / top).max(0.0);
        let x = if centred { x0 + (w - bw) / 2.0 } else { x0 };
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text><rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bw:.1}\" height=\"{:.1}\" fill=\"{}\" data-label=\"{}\" data-value=\"{v}\"><title>{}: {}</title></rect><text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            x0 - 6.0,
            y + 15.0,
            escape(l),
            row - 6.0,
            COLOURS[0],
            escape(l),
            escape(l),
            escape(&fmt(*v)),
            x0 + w + 6.0,
            y + 15.0,
            escape(&fmt(*v))
        );
    }
    out.push_str("</svg>");
    out
}

/// A cell of a grid: its shade (0 to 1), the text shown in it, and the
/// figure for its title and `data-value`.
pub type Mark = (f64, String, String);

/// A grid of cells shaded by `shade` (0 to 1, light to dark blue), with
/// the text shown in each; `None` is an empty cell.
pub struct Grid<'a> {
    pub rows: &'a [String],
    pub columns: &'a [String],
    pub cells: &'a [Vec<Option<Mark>>],
}

/// Light to dark blue: readable in greyscale, one hue for colour-blind readers.
pub fn shade(t: f64) -> (String, &'static str) {
    let t = t.clamp(0.0, 1.0);
    let mix = |a: f64, b: f64| (a + (b - a) * t).round() as u8;
    let fill = format!("#{:02x}{:02x}{:02x}", mix(247.0, 8.0), mix(251.0, 48.0), mix(255.0, 107.0));
    (fill, if t > 0.5 { "#fff" } else { "#000" })
}

/// `cells[r][c]` = (shade, text in the cell, the figure for the title and `data-value`).
pub fn grid(title: &str, g: &Grid, row_head: &str, col_head: &str) -> String {
    let (x0, y0) = (110.0, 30.0);
    let cw = ((W - x0 - 10.0) / g.columns.len().max(1) as f64).min(140.0);
    let ch = if g.rows.len() > 6 { 22.0 } else { 40.0 };
    let h = y0 + ch * g.rows.len() as f64 + 20.0;
    let mut out = open(title, h);
    let _ = write!(out, "<text x=\"4\" y=\"14\">{} ↓ · {} →</text>", escape(row_head), escape(col_head));
    for (c, l) in g.columns.iter().enumerate() {
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            x0 + cw * (c as f64 + 0.5),
            y0 - 6.0,
            escape(l)
        );
    }
    for (r, l) in g.rows.iter().enumerate() {
        let y = y0 + ch * r as f64;
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            x0 - 6.0,
            y + ch / 2.0 + 4.0,
            escape(l)
        );
        for (c, cell) in g.cells[r].iter().enumerate() {
            let Some((t, text, figure)) = cell else { continue };
            let (fill, ink) = shade(*t);
            let x = x0 + cw * c as f64;
            let _ = write!(
                out,
                "<g data-row=\"{}\" data-column=\"{}\" data-value=\"{}\"><title>{} · {}: {}</title><rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{fill}\" stroke=\"#fff\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"{ink}\">{}</text></g>",
                escape(l),
                escape(&g.columns[c]),
                escape(figure),
                escape(l),
                escape(&g.columns[c]),
                escape(figure),
                cw,
                ch,
                x + cw / 2.0,
                y + ch / 2.0 + 4.0,
                escape(text)
            );
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tops_are_round_and_never_below_the_maximum() {
        assert_eq!(nice_top(0.0), 1.0);
        assert_eq!(nice_top(3.2), 5.0);
        assert_eq!(nice_top(120.0), 200.0);
        assert_eq!(nice_top(1000.0), 1000.0);
    }

    #[test]
    fn text_is_escaped_and_every_mark_has_its_title() {
        let s = bars("a <b>", &["x&y".into()], &[3.0], &|v| format!("{v}"), false);
        assert!(s.contains("<title>a &lt;b&gt;</title>") && s.contains("x&amp;y: 3"), "{s}");
        assert!(!s.contains("<b>"));
    }

    #[test]
    fn shades_go_from_light_to_dark_with_readable_ink() {
        assert_eq!(shade(0.0), ("#f7fbff".to_string(), "#000"));
        assert_eq!(shade(1.0), ("#08306b".to_string(), "#fff"));
    }
}
