//! The reports as people read them: titled text and tables. Scripts get
//! the same numbers as records (see the commands' row types).

use super::new_table;
use crate::app::reports::{Migration, Pipeline};
use crate::domain::money::{Cents, MoneyStyle};
use crate::domain::pareto::Class;
use crate::domain::rfm::{self, Scored, Segment};
use crate::domain::summary::{share, CellSummary, Movement, SegmentSummary};
use crate::domain::value_matrix::{Cell, Matrix};
use chrono::NaiveDate;

pub fn pct(x: f64) -> String {
    format!("{:.1} %", x * 100.0)
}

/// A bar of block characters, eighths included, `width` wide at 100 %.
pub fn bar(fraction: f64, width: usize) -> String {
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    let eighths = (fraction.clamp(0.0, 1.0) * (width * 8) as f64).round() as usize;
    format!("{}{}", "█".repeat(eighths / 8), PARTS[eighths % 8])
}

/// The score bounds of R, F and M per score, for the table view and `--bounds`.
pub struct ScoreBounds {
    pub r: Vec<rfm::Bounds>,
    pub f: Vec<rfm::Bounds>,
    pub m: Vec<rfm::Bounds>,
}

pub fn score_bounds(scored: &[Scored]) -> ScoreBounds {
    ScoreBounds {
        r: rfm::bounds(scored, |s| s.recency_days as i64, |s| s.r),
        f: rfm::bounds(scored, |s| s.frequency as i64, |s| s.f),
        m: rfm::bounds(scored, |s| s.monetary_total.0, |s| s.m),
    }
}

/// The segment summary, the score bounds and the advice: carnet's
/// headline report, also the last thing `carnet demo` prints.
pub fn rfm_summary(money: &MoneyStyle, scored: &[Scored], rows: &[SegmentSummary], as_of: NaiveDate) -> String {
    use crate::i18n::{current, header, tr, tr_args};
    use crate::output::ToCell;
    let lang = current();
    let cells = crate::output::Cells::table(money, lang);
    let revenue = crate::domain::summary::revenue(scored);
    let mut t = new_table();
    let share = tr(lang, "rfm-col-share");
    t.set_header([
        header(lang, "segment"),
        header(lang, "customers"),
        share.clone(),
        String::new(),
        header(lang, "revenue"),
        share,
        tr(lang, "rfm-col-recency"),
        tr(lang, "rfm-col-visits"),
        tr(lang, "rfm-col-spend"),
    ]);
    let dec = |s: String| crate::i18n::decimal(lang, s);
    for r in rows {
        t.add_row([
            r.segment.cell(&cells),
            r.customers.to_string(),
            dec(pct(r.share_customers)),
            bar(r.share_customers, 12),
            money.format(r.revenue),
            dec(pct(r.share_revenue)),
            tr_args(lang, "rfm-days", &[("days", format!("{:.0}", r.avg_recency_days).into())]),
            dec(format!("{:.1}", r.avg_frequency)),
            money.format(r.avg_spend),
        ]);
    }
    let title = tr_args(
        lang,
        "rfm-title",
        &[
            ("date", cells.date(as_of).into()),
            ("customers", tr_args(lang, "n-customers", &[("count", scored.len().into())]).into()),
            ("revenue", money.format(Cents(revenue)).into()),
        ],
    );
    let mut out = format!("{title}\n{t}\n\n");
    let mut b = new_table();
    b.set_header([
        header(lang, "score"),
        tr(lang, "rfm-bounds-recency"),
        tr(lang, "rfm-col-visits"),
        tr(lang, "rfm-bounds-spent"),
    ]);
    let span = |x: &rfm::Bounds, show: &dyn Fn(i64) -> String| match (x.min, x.max) {
        (Some(l), Some(h)) if l == h => format!("{}  ({})", show(l), x.count),
        (Some(l), Some(h)) => format!("{} – {}  ({})", show(l), show(h), x.count),
        _ => "—".to_string(),
    };
    let sb = score_bounds(scored);
    for i in 0..5 {
        b.add_row([
            (i + 1).to_string(),
            span(&sb.r[i], &|v| v.to_string()),
            span(&sb.f[i], &|v| v.to_string()),
            span(&sb.m[i], &|v| money.format(Cents(v))),
        ]);
    }
    out.push_str(&format!("{}\n{b}\n\n{}\n", tr(lang, "rfm-bounds-title"), tr(lang, "rfm-what-to-do")));
    for r in rows {
        let key = format!("advice-{}", crate::i18n::key_of(r.segment.name()));
        let advice = crate::i18n::message(lang, &key, &[]).unwrap_or_else(|| r.segment.advice().to_string());
        out.push_str(&format!("  {:<19} {advice}\n", r.segment.cell(&cells)));
    }
    out
}

/// The 2×2 value matrix with its means and advice.
pub fn value_matrix(
    money: &MoneyStyle,
    m: &Matrix,
    rows: &[CellSummary],
    window: Option<u32>,
    as_of: NaiveDate,
) -> String {
    use crate::i18n::{current, decimal, message, tr, tr_args};
    use crate::output::ToCell;
    let lang = current();
    let cells = crate::output::Cells::table(money, lang);
    let dec = |s: String| decimal(lang, s);
    let get = |c: Cell| rows.iter().find(|r| r.cell == c);
    let cell_text = |c: Cell| match get(c) {
        Some(r) => format!(
            "{}\n{} ({})\n{} ({})",
            c.cell(&cells).to_uppercase(),
            tr_args(lang, "n-customers", &[("count", r.customers.into())]),
            dec(pct(r.share_customers)),
            tr_args(lang, "vm-revenue", &[("revenue", money.format(r.revenue).into())]),
            dec(pct(r.share_revenue))
        ),
        None => String::new(),
    };
    let mean_f = (m.mean_frequency * 1000.0).round() / 1000.0;
    let ma = money.format(Cents(m.mean_avg_cents.round() as i64));
    let visits = dec(format!("{mean_f:.2}"));
    let mut t = new_table();
    t.load_style(comfy_table::presets::UTF8_FULL);
    t.set_header([
        "".to_string(),
        tr_args(lang, "vm-avg-below", &[("mean", ma.clone().into())]),
        tr_args(lang, "vm-avg-above", &[("mean", ma.clone().into())]),
    ]);
    t.add_row([
        tr_args(lang, "vm-visits-above", &[("mean", visits.clone().into())]),
        cell_text(Cell::Frequent),
        cell_text(Cell::Best),
    ]);
    t.add_row([
        tr_args(lang, "vm-visits-below", &[("mean", visits.clone().into())]),
        cell_text(Cell::Uncertain),
        cell_text(Cell::Spenders),
    ]);
    let active = tr_args(lang, "vm-active", &[("count", m.active.into())]);
    let rest = match window {
        Some(w) => tr_args(lang, "vm-inactive", &[("count", m.inactive.into()), ("days", w.into())]),
        None => tr(lang, "vm-inactive-included"),
    };
    let title = tr_args(
        lang,
        "vm-title",
        &[("date", cells.date(as_of).into()), ("active", active.into()), ("rest", rest.into())],
    );
    let mut out = format!("{title}\n{t}\n");
    out.push_str(&format!(
        "{}\n\n{}\n",
        tr_args(lang, "vm-means", &[("visits", visits.into()), ("mean", ma.into())]),
        tr(lang, "rfm-what-to-do")
    ));
    for r in rows {
        let key = format!("vm-advice-{}", crate::i18n::key_of(r.cell.name()));
        let advice = message(lang, &key, &[]).unwrap_or_else(|| r.cell.advice().to_string());
        out.push_str(&format!("  {:<10} {advice}\n", r.cell.cell(&cells)));
    }
    out
}

/// The top shares and the ABC classes.
pub fn pareto(
    money: &MoneyStyle,
    top: &[(u32, usize, Cents, f64)],
    classes: &[Class],
    totals: &[i64],
    period: &str,
    (a, b): (u32, u32),
) -> String {
    use crate::i18n::{current, decimal, header, tr, tr_args};
    let lang = current();
    let dec = |s: String| decimal(lang, s);
    let revenue: i64 = totals.iter().sum();
    let mut t = new_table();
    let share_of_revenue = tr(lang, "pareto-share-of-revenue");
    t.set_header([
        tr(lang, "pareto-top-customers"),
        header(lang, "customers"),
        header(lang, "revenue"),
        share_of_revenue.clone(),
        String::new(),
    ]);
    for &(p, k, rev, s) in top {
        t.add_row([
            tr_args(lang, "pareto-top", &[("pct", p.into())]),
            k.to_string(),
            money.format(rev),
            dec(pct(s)),
            bar(s, 20),
        ]);
    }
    let mut c = new_table();
    c.set_header([
        header(lang, "class"),
        header(lang, "customers"),
        tr(lang, "rfm-col-share"),
        header(lang, "revenue"),
        share_of_revenue,
    ]);
    for class in [Class::A, Class::B, Class::C] {
        let idx: Vec<usize> = (0..totals.len()).filter(|&i| classes[i] == class).collect();
        let rev: i64 = idx.iter().map(|&i| totals[i]).sum();
        c.add_row([
            format!("{class:?}"),
            idx.len().to_string(),
            dec(pct(share(idx.len() as f64, totals.len() as f64))),
            money.format(Cents(rev)),
            dec(pct(share(rev as f64, revenue as f64))),
        ]);
    }
    let title = tr_args(
        lang,
        "pareto-title",
        &[
            ("period", period.into()),
            ("customers", tr_args(lang, "n-customers", &[("count", totals.len().into())]).into()),
            ("revenue", money.format(Cents(revenue)).into()),
        ],
    );
    let classes = tr_args(lang, "pareto-classes", &[("a", a.into()), ("b", b.into())]);
    format!("{title}\n{t}\n\n{classes}\n{c}\n")
}

/// Two letters per segment for the migration matrix's columns, so ten of
/// them fit in 80 columns; a legend under the table spells them out.
fn code(s: Segment) -> &'static str {
    match s {
        Segment::Champions => "CH",
        Segment::LoyalCustomers => "LC",
        Segment::PotentialLoyalist => "PL",
        Segment::NewCustomers => "NC",
        Segment::Promising => "PR",
        Segment::NeedAttention => "NA",
        Segment::AboutToSleep => "AS",
        Segment::AtRisk => "AR",
        Segment::CantLoseThem => "CL",
        Segment::Hibernating => "HI",
    }
}

/// The from × to matrix, then who fell and who rose.
pub fn migration(m: &Migration, from: NaiveDate, to: NaiveDate) -> String {
    use crate::i18n::{tr, tr_args};
    use crate::output::ToCell;
    let lang = crate::i18n::current();
    let style = MoneyStyle { symbol: String::new(), symbol_after: false, decimal: '.', group: ',' };
    let cells = crate::output::Cells::table(&style, lang);
    let mut t = new_table();
    let mut header = vec![tr(lang, "migration-corner")];
    header.extend(Segment::ALL.iter().map(|&s| code(s).to_string()));
    t.set_header(header);
    let froms: Vec<Option<Segment>> = std::iter::once(None).chain(Segment::ALL.iter().map(|&s| Some(s))).collect();
    for f in froms {
        let mut line = vec![f.map(|s| s.cell(&cells)).unwrap_or_else(|| tr(lang, "migration-new-customer"))];
        line.extend(Segment::ALL.iter().map(|&to_seg| {
            let n = m.moves.iter().filter(|r| r.from == f && r.to == to_seg).count();
            if n == 0 {
                "·".to_string()
            } else {
                n.to_string()
            }
        }));
        t.add_row(line);
    }
    let list = |mv: Movement| -> String {
        let picked: Vec<_> = m.moves.iter().filter(|r| r.movement == mv).collect();
        if picked.is_empty() {
            return format!("  {}\n", tr(lang, "migration-nobody"));
        }
        picked
            .iter()
            .map(|r| {
                let from = r.from.map(|s| s.cell(&cells)).unwrap_or_else(|| "-".into());
                let args = [
                    ("name", r.name.as_str().into()),
                    ("id", r.contact_id.into()),
                    ("from", from.into()),
                    ("to", r.to.cell(&cells).into()),
                ];
                format!("  {}\n", tr_args(lang, "migration-move", &args))
            })
            .collect()
    };
    let lost = m.before - m.moves.iter().filter(|r| r.from.is_some()).count();
    let legend: Vec<String> = Segment::ALL.iter().map(|&s| format!("{} {}", code(s), s.cell(&cells))).collect();
    let title = tr_args(
        lang,
        "migration-title",
        &[
            ("from", cells.date(from).into()),
            ("to", cells.date(to).into()),
            ("before", m.before.into()),
            ("now", m.moves.len().into()),
            ("new", m.moves.iter().filter(|r| r.movement == Movement::New).count().into()),
            ("gone", lost.into()),
        ],
    );
    format!(
        "{title}\n{t}\n{}\n\n{}\n{}\n{}\n{}",
        wrap_legend(&legend, 78),
        tr(lang, "migration-fell"),
        list(Movement::Fell),
        tr(lang, "migration-rose"),
        list(Movement::Rose)
    )
}

/// The pipeline by stage, the forecast by month, the win rate and the
/// deals past their date, in the interface's language.
pub fn pipeline(
    money: &MoneyStyle,
    lang: crate::i18n::Lang,
    p: &Pipeline,
    today: NaiveDate,
    since: NaiveDate,
    until: NaiveDate,
    by_month: bool,
) -> String {
    use crate::i18n::{header, tr, tr_args};
    let cells = crate::output::Cells::table(money, lang);
    let mut t = new_table();
    t.set_header(["stage", "chance", "deals", "total", "weighted"].map(|h| header(lang, h)));
    for r in &p.stages {
        let stage = if r.configured {
            crate::i18n::message(lang, &format!("val-stage-{}", r.stage), &[])
                .filter(|_| lang != crate::i18n::Lang::En)
                .unwrap_or_else(|| r.stage.clone())
        } else {
            tr_args(lang, "pipeline-not-configured", &[("stage", r.stage.as_str().into())])
        };
        t.add_row([
            stage,
            format!("{} %", r.probability),
            r.deals.to_string(),
            money.format(Cents(r.total)),
            money.format(Cents(r.weighted)),
        ]);
    }
    let open_total = Cents(p.stages.iter().map(|r| r.total).sum());
    let open_weighted = Cents(p.stages.iter().map(|r| r.weighted).sum());
    t.add_row([
        tr(lang, "pipeline-open"),
        String::new(),
        p.open.to_string(),
        money.format(open_total),
        money.format(open_weighted),
    ]);
    let mut m = new_table();
    m.set_header(["expected_close", "deals", "total", "weighted_forecast"].map(|h| header(lang, h)));
    for r in &p.months {
        m.add_row([
            r.month.clone(),
            r.deals.to_string(),
            money.format(Cents(r.total)),
            money.format(Cents(r.weighted)),
        ]);
    }
    let decided = p.won + p.lost;
    let title = tr_args(lang, "pipeline-title", &[("date", cells.date(today).into())]);
    // --by-month: the forecast by expected close month alone, as in JSON/CSV.
    let stages = if by_month { String::new() } else { format!("{t}\n\n") };
    let mut out = format!("{title}\n{stages}{}\n{m}\n\n", tr(lang, "pipeline-forecast"));
    let rate = if decided > 0 {
        tr_args(
            lang,
            "pipeline-win-rate",
            &[("rate", crate::i18n::decimal(lang, pct(p.won as f64 / decided as f64)).into())],
        )
    } else {
        String::new()
    };
    let days = if p.days_to_win.is_empty() {
        String::new()
    } else {
        let mean = p.days_to_win.iter().sum::<i64>() as f64 / p.days_to_win.len() as f64;
        tr_args(lang, "pipeline-days-to-win", &[("days", format!("{mean:.0}").into())])
    };
    out.push_str(&tr_args(
        lang,
        "pipeline-period",
        &[
            ("since", cells.date(since).into()),
            ("until", cells.date(until).into()),
            ("won", p.won.into()),
            ("lost", p.lost.into()),
            ("rate", rate.into()),
            ("days", days.into()),
        ],
    ));
    out.push('\n');
    if !p.overdue.is_empty() {
        out.push_str(&format!("\n{}\n", tr(lang, "pipeline-overdue")));
        for d in &p.overdue {
            out.push_str(&tr_args(
                lang,
                "pipeline-overdue-deal",
                &[
                    ("id", d.id.into()),
                    ("title", d.title.as_str().into()),
                    ("name", d.contact_name.as_str().into()),
                    ("stage", d.stage.as_str().into()),
                    ("date", d.expected_close.map(|c| cells.date(c)).unwrap_or_default().into()),
                ],
            ));
            out.push('\n');
        }
    }
    out
}

/// The legend's entries, ` · `-separated, on lines of at most `width`.
fn wrap_legend(entries: &[String], width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for e in entries {
        if !line.is_empty() && line.chars().count() + 3 + e.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push_str(" · ");
        }
        line.push_str(e);
    }
    lines.push(line);
    lines.join("\n")
}
