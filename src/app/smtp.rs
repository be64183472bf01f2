//! The shop's own mail account, over SMTP (`[send]` in the config), and
//! the same messages as `.eml` files for `campaign send --dry-run`.

use super::sending::{Delivery, Outgoing, Transport};
use crate::config::SendConfig;
use crate::domain::smtp_url::{self, Security};
use crate::error::{Error, Kind, Result};
use lettre::message::{header, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport as _};

fn config_error(id: &'static str, value: &str) -> Error {
    Error::t(Kind::Config, id, crate::targs!["value" => crate::error::echo(value)])
        .with_hint_t("hint-send-config", vec![])
}

fn mailbox(value: &str) -> Result<Mailbox> {
    value.trim().parse::<Mailbox>().map_err(|_| config_error("err-send-address", value))
}

/// The sender as the config says it, checked.
pub fn from(cfg: &SendConfig) -> Result<Mailbox> {
    let f = cfg.from.as_deref().ok_or_else(|| config_error("err-send-no-from", ""))?;
    mailbox(f)
}

/// One message as lettre builds it: plain text, or text and HTML.
pub fn build(cfg: &SendConfig, m: &Outgoing) -> Result<Message> {
    let to = m.to.parse::<Mailbox>().map_err(|_| {
        Error::t(
            Kind::Invalid,
            "err-send-bad-recipient",
            crate::targs!["value" => crate::error::echo(&m.to), "contact" => m.contact_name.as_str()],
        )
    })?;
    let mut b =
        Message::builder().from(from(cfg)?).to(to).subject(m.subject.clone()).message_id(Some(m.message_id.clone()));
    if let Some(r) = &cfg.reply_to {
        b = b.reply_to(mailbox(r)?);
    }
    if let Some(u) = &m.list_unsubscribe {
        b = b.header(ListUnsubscribe(u.clone()));
    }
    let built = match &m.html {
        Some(html) => b.multipart(MultiPart::alternative_plain_html(m.text.clone(), html.clone())),
        None => b.singlepart(SinglePart::builder().header(header::ContentType::TEXT_PLAIN).body(m.text.clone())),
    };
    built.map_err(|e| Error::internal(format!("building a message: {e}")))
}

/// `List-Unsubscribe: <mailto:…>`.
#[derive(Clone)]
struct ListUnsubscribe(String);

impl header::Header for ListUnsubscribe {
    fn name() -> header::HeaderName {
        header::HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> std::result::Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(s.to_string()))
    }

    fn display(&self) -> header::HeaderValue {
        header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// The password: `CARNET_SMTP_PASSWORD`, else what `password_command`
/// prints. Never stored.
fn password(cfg: &SendConfig) -> Result<Option<String>> {
    if let Ok(p) = std::env::var("CARNET_SMTP_PASSWORD") {
        return Ok(Some(p));
    }
    let Some(cmd) = cfg.password_command.as_deref() else { return Ok(None) };
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| config_error("err-send-password-command", &e.to_string()))?;
    if !out.status.success() {
        return Err(config_error("err-send-password-command", cmd));
    }
    let p = String::from_utf8_lossy(&out.stdout).trim_end_matches(['\r', '\n']).to_string();
    Ok(Some(p))
}

/// The connection the config describes.
pub fn connect(cfg: &SendConfig) -> Result<Smtp> {
    let url = cfg.smtp.as_deref().ok_or_else(|| config_error("err-send-no-smtp", ""))?;
    let u = smtp_url::parse(url).map_err(|e| Error::from(e).with_hint_t("hint-send-config", vec![]))?;
    from(cfg)?;
    let tls = || -> Result<TlsParameters> {
        let mut b = TlsParameters::builder(u.host.clone());
        if let Some(ca) = &cfg.ca_file {
            let pem = std::fs::read(ca).map_err(|e| Error::io("read", ca, e))?;
            let cert =
                Certificate::from_pem(&pem).map_err(|_| config_error("err-send-ca-file", &ca.display().to_string()))?;
            b = b.add_root_certificate(cert);
        }
        b.build_rustls().map_err(|e| config_error("err-send-tls", &e.to_string()))
    };
    let mut b = SmtpTransport::builder_dangerous(u.host.as_str())
        .port(u.port)
        .timeout(Some(std::time::Duration::from_secs(30)));
    b = match u.security {
        Security::Tls => b.tls(Tls::Wrapper(tls()?)),
        Security::StartTls => b.tls(Tls::Required(tls()?)),
        Security::None => b.tls(Tls::None),
    };
    if let Some(user) = &u.user {
        let pass = password(cfg)?.ok_or_else(|| config_error("err-send-no-password", user))?;
        b = b.credentials(Credentials::new(user.clone(), pass));
    }
    Ok(Smtp { transport: b.build(), cfg: cfg.clone() })
}

pub struct Smtp {
    transport: SmtpTransport,
    cfg: SendConfig,
}

impl Smtp {
    /// Connect and log in once before anything is sent: a wrong password
    /// or an untrusted server stops the run instead of failing each message.
    pub fn check(&self) -> Result<()> {
        match self.transport.test_connection() {
            Ok(true) => Ok(()),
            Ok(false) => Err(unreachable("the server did not answer")),
            Err(e) => Err(unreachable(&e.to_string())),
        }
    }

    /// Send one message now (the digest, `--test`), an error if refused.
    pub fn send_now(&mut self, m: &Outgoing) -> Result<String> {
        match self.deliver(m) {
            Delivery::Sent(a) => Ok(a),
            Delivery::Transient(why)
            | Delivery::Unreachable(why)
            | Delivery::Uncertain(why)
            | Delivery::Permanent { answer: why, .. } => {
                Err(Error::t(Kind::Io, "err-send-refused", crate::targs!["to" => m.to.as_str(), "why" => why])
                    .with_hint_t("hint-send-config", vec![]))
            }
        }
    }
}

impl Transport for Smtp {
    fn deliver(&mut self, m: &Outgoing) -> Delivery {
        let msg = match build(&self.cfg, m) {
            Ok(msg) => msg,
            Err(e) => return Delivery::Permanent { answer: e.message(), bounced: false },
        };
        match self.transport.send(&msg) {
            Ok(r) => Delivery::Sent(format!("{} {}", r.code(), r.message().collect::<Vec<_>>().join(" "))),
            Err(e) if e.is_transient() => Delivery::Transient(e.to_string()),
            Err(e) if e.is_permanent() => {
                let answer = e.to_string();
                let code = e.status().map(|c| c.to_string()).unwrap_or_default();
                let bounced = ["550", "551", "553"].contains(&code.as_str()) || answer.contains("5.1.");
                Delivery::Permanent { answer, bounced }
            }
            Err(e) if e.is_tls() || e.is_client() || never_connected(&e) => Delivery::Unreachable(e.to_string()),
            // The connection broke during the exchange: the message may
            // have been accepted before it did.
            Err(e) => Delivery::Uncertain(e.to_string()),
        }
    }
}

/// An error that can only come from opening the connection (refused, no
/// route, no such host): nothing of the message was handed over.
fn never_connected(e: &lettre::transport::smtp::Error) -> bool {
    use std::io::ErrorKind as K;
    let mut source = std::error::Error::source(e);
    while let Some(err) = source {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            return matches!(
                io.kind(),
                K::ConnectionRefused | K::HostUnreachable | K::NetworkUnreachable | K::AddrNotAvailable | K::NotFound
            );
        }
        source = err.source();
    }
    false
}

fn unreachable(why: &str) -> Error {
    Error::t(Kind::Io, "err-send-unreachable", crate::targs!["why" => why, "sent" => 0usize])
        .with_hint_t("hint-send-config", vec![])
}

/// The message as an `.eml` file's bytes.
pub fn eml(cfg: &SendConfig, m: &Outgoing) -> Result<Vec<u8>> {
    Ok(build(cfg, m)?.formatted())
}
