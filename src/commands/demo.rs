//! `carnet demo`: a realistic shop to explore, never mixed into real data.

use crate::app::demo::{self, Request};
use crate::app::reports::Scoring;
use crate::app::App;
use crate::context::Ctx;
use crate::error::Result;
use clap::Args;

#[derive(Debug, Args)]
#[command(
    after_help = "Without --db or CARNET_DB the demo goes to demo.db in carnet's data folder,\nnever into your real database.\n\nExamples:\n  carnet demo\n  carnet demo --db /tmp/shop.db --customers 100000 --seed 42"
)]
pub struct DemoArgs {
    /// How many customers (1 to 1,000,000).
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub customers: u64,
    /// The same seed gives the same shop.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Replace a target file that already holds data.
    #[arg(long)]
    pub force: bool,
}

pub fn run(ctx: &Ctx, a: DemoArgs) -> Result<()> {
    // The config's `db` is the real shop: the demo only follows an explicit
    // --db or CARNET_DB.
    let path = match ctx.db_flag.clone().or_else(crate::paths::env_db) {
        Some(p) => p,
        None => crate::paths::data_dir()?.join("demo.db"),
    };
    let french = ctx.out.lang == crate::i18n::Lang::Fr;
    let req = Request { path: &path, customers: a.customers, seed: a.seed, force: a.force, today: ctx.today, french };
    let built = demo::build(&req)?;
    ctx.tell(
        "demo-built",
        &[
            ("path", path.display().to_string().into()),
            ("customers", a.customers.into()),
            ("purchases", built.purchases.into()),
            ("revenue", ctx.out.money.format(built.revenue).into()),
            ("day", ctx.day_text(ctx.today).into()),
        ],
    );
    let mut app = App { store: built.store, config: &ctx.config, today: ctx.today, now: ctx.now };
    crate::app::population::refresh_after_bulk(&mut app);
    if let Scoring::Ready(scored) =
        crate::app::reports::rfm(&app, &Default::default(), ctx.today, crate::domain::rfm::FrequencyBasis::Days)?
    {
        super::report::rfm_summary(ctx, &scored, ctx.today)?;
    }
    ctx.tell("demo-try", &[("path", path.display().to_string().into())]);
    if ctx.config.loyalty.programme.is_none() {
        ctx.tell("demo-loyalty", &[]);
    }
    Ok(())
}
