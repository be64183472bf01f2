//! `report dashboard`: the shop on one page, as a self-contained HTML file.

use super::flags;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::file::OutFile;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

pub const DASHBOARD_HELP: &str = "\
One HTML file with everything inside (charts drawn as SVG, no script, no
network): revenue and visits by month over 24 months against the year
before, new and returning customers, cohort retention, the RFM grid, the
value and profitability matrices, lifetime value and the customers worth a
call, categories and channels, the deal pipeline, campaigns, consent.
Printable on A4, one section per page. The language is the run's (--lang).

Examples:
  carnet report dashboard --out shop.html
  carnet report dashboard --out bilan.html --as-of 2024-12-31 --lang fr";

#[derive(Debug, Args)]
pub struct DashboardArgs {
    /// The HTML file to write.
    #[arg(long)]
    pub out: PathBuf,
    /// Replace the file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Compute as of this day: later purchases are ignored (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub as_of: Option<String>,
}

pub fn dashboard(ctx: &Ctx, a: DashboardArgs) -> Result<()> {
    let as_of = flags::day_or_today(ctx, "--as-of", &a.as_of)?;
    let mut file = OutFile::create(&a.out, a.force, &ctx.db_path)?;
    let app = ctx.read()?;
    let d = crate::app::dashboard::dashboard(&app, as_of)?;
    let html = crate::output::dashboard::page(&ctx.out.money, ctx.out.lang, &d);
    file.write_all(html.as_bytes()).map_err(|e| crate::error::Error::io("write", &a.out, e))?;
    file.finish()?;
    ctx.tell("dashboard-written", &[("path", a.out.display().to_string().into()), ("bytes", html.len().into())]);
    Ok(())
}
