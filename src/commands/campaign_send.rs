//! `carnet campaign send NAME`: a launched campaign's messages, through
//! the shop's own mail account (`[send]`) or SMS provider (`[sms]`).

use crate::app::sending::{self, Options, Outgoing};
use crate::context::Ctx;
use crate::domain::consent::Channel;
use crate::error::{Error, Result};
use crate::output::file::OutFile;
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Args)]
#[command(after_help = "The message file is a template: {{first_name}}, {{name}}, {{email}}, {{phone}},
{{city}}, {{postcode}}, {{last_purchase}}; a first line `Subject: …` is the
subject; HTML files are sent as HTML with a text part. A recipient without a
field the message uses stops the send before anything goes (see `campaign
preview`).

Run it again after an interruption: it goes on where it stopped and sends
nothing twice. A message that was being handed to the server when the send
was interrupted may or may not have left: it is counted as uncertain and not
sent again unless --resend-uncertain is given (look in the account's Sent
folder first).

--format json or csv prints the run's figures on stdout: sent, already_sent,
skipped_no_consent, failed, bounced, deferred, uncertain, resent_uncertain.

Examples:
  carnet campaign send spring-sale --test me@atelier-roux.fr
  carnet campaign send spring-sale --dry-run /tmp/spring
  carnet campaign send spring-sale
  carnet campaign send spring-sale --resend-uncertain")]
pub struct SendArgs {
    pub name: String,
    /// Write each message as an .eml file into this folder instead of sending.
    #[arg(long, value_name = "DIR", conflicts_with = "test")]
    pub dry_run: Option<PathBuf>,
    /// Send one message, filled with the first recipient's fields, to this address.
    #[arg(long, value_name = "ADDRESS")]
    pub test: Option<String>,
    /// With --dry-run: replace .eml files already in the folder.
    #[arg(long)]
    pub force: bool,
    /// Send again the messages an interrupted send left uncertain (they may
    /// have left: look in the account's Sent folder first).
    #[arg(long, conflicts_with = "test")]
    pub resend_uncertain: bool,
}

crate::record! {
    /// What one `campaign send` did, for scripts.
    struct SendSummary {
        campaign: String,
        sent: usize,
        already_sent: usize,
        skipped_no_consent: usize,
        failed: usize,
        bounced: usize,
        deferred: usize,
        uncertain: usize,
        resent_uncertain: usize,
    }
    numeric: [sent, already_sent, skipped_no_consent, failed, bounced, deferred, uncertain, resent_uncertain]
}

/// The waits before each retry of a 4xx answer: 1 s, 2 s, 4 s (tests
/// shorten them with `CARNET_SEND_RETRY_MS`).
fn retry_delays() -> Vec<Duration> {
    let base = std::env::var("CARNET_SEND_RETRY_MS").ok().and_then(|v| v.parse::<u64>().ok()).unwrap_or(1000);
    [1, 2, 4].iter().map(|k| Duration::from_millis(base * k)).collect()
}

pub fn run(ctx: &Ctx, a: SendArgs) -> Result<()> {
    ctx.no_vcf("campaign send")?;
    let day = |d: chrono::NaiveDate| ctx.day_text(d);
    let app = ctx.read()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Campaign)?;
    let channel = crate::app::campaigns::load(app.db(), &a.name)?.channel;
    let per_minute = if channel == Channel::Sms { ctx.config.sms.per_minute } else { ctx.config.send.per_minute };
    let opts = Options {
        unsubscribe_text: ctx.config.campaign.unsubscribe(ctx.out.lang),
        day: &day,
        retry_delays: retry_delays(),
        per_minute,
        resend_uncertain: a.resend_uncertain,
    };
    if let Some(dir) = &a.dry_run {
        let messages = sending::render_pending(&app, &a.name, &opts)?;
        write_dry_run(ctx, dir, &messages, a.force, channel)?;
        ctx.tell("msg-send-dry-run", &[("count", messages.len().into()), ("dir", dir.display().to_string().into())]);
        return Ok(());
    }
    if let Some(to) = &a.test {
        let m = sending::test_message(&app, &a.name, to, &opts)?;
        let answer = match channel {
            Channel::Sms => crate::app::sms::Sms::from_config(&ctx.config.sms)?.send_now(&m)?,
            _ => crate::app::smtp::connect(&ctx.config.send)?.send_now(&m)?,
        };
        ctx.tell("msg-send-test", &[("to", to.as_str().into()), ("answer", answer.into())]);
        return Ok(());
    }
    sending::launched(app.db(), &a.name)?;
    drop(app);
    let mut transport: Box<dyn sending::Transport> = match channel {
        Channel::Sms => Box::new(crate::app::sms::Sms::from_config(&ctx.config.sms)?),
        _ => {
            let smtp = crate::app::smtp::connect(&ctx.config.send)?;
            smtp.check()?;
            Box::new(smtp)
        }
    };
    let mut app = ctx.write()?;
    let s = sending::send(&mut app, &a.name, &opts, transport.as_mut(), &mut |_, _| {})?;
    ctx.tell(
        "msg-send-done",
        &[
            ("name", a.name.as_str().into()),
            ("sent", s.sent.into()),
            ("already", s.already_sent.into()),
            ("skipped", s.skipped.into()),
            ("failed", s.failed.into()),
            ("bounced", s.bounced.into()),
            ("deferred", s.deferred.into()),
            ("uncertain", s.uncertain.into()),
        ],
    );
    if s.resent_uncertain > 0 {
        ctx.tell("msg-send-resent", &[("count", s.resent_uncertain.into())]);
    }
    if s.uncertain > 0 {
        ctx.out
            .warn(ctx.text("warn-send-uncertain", &[("count", s.uncertain.into()), ("name", a.name.as_str().into())]));
    }
    if s.deferred > 0 {
        ctx.tell("hint-send-deferred", &[("name", a.name.as_str().into())]);
    }
    if ctx.out.format == crate::output::Format::Table {
        return Ok(());
    }
    ctx.out.card(&SendSummary {
        campaign: a.name.clone(),
        sent: s.sent,
        already_sent: s.already_sent,
        skipped_no_consent: s.skipped,
        failed: s.failed,
        bounced: s.bounced,
        deferred: s.deferred,
        uncertain: s.uncertain,
        resent_uncertain: s.resent_uncertain,
    })
}

/// One `.eml` (or `.txt` for SMS) per message: `<contact id>.eml`.
fn write_dry_run(ctx: &Ctx, dir: &Path, messages: &[Outgoing], force: bool, channel: Channel) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
    for m in messages {
        let (path, bytes) = match channel {
            Channel::Sms => {
                (dir.join(format!("{}.txt", m.contact_id)), format!("To: {}\n\n{}\n", m.to, m.text).into_bytes())
            }
            _ => (dir.join(format!("{}.eml", m.contact_id)), crate::app::smtp::eml(&ctx.config.send, m)?),
        };
        let mut f = OutFile::create(&path, force, &ctx.db_path)?;
        f.write_all(&bytes).map_err(|e| Error::io("write", &path, e))?;
        f.finish()?;
    }
    Ok(())
}
