//! `[send] smtp`: where the shop's mail account is, as a URL.
//!
//! - `smtps://user@smtp.example.fr:465`: TLS from the first byte;
//! - `smtp://user@smtp.example.fr:587?tls=required`: STARTTLS, required;
//! - `smtp://127.0.0.1:25`: a relay on the same machine, no TLS.
//!
//! The password is never in the URL (it would end up in backups of the
//! config): it comes from `CARNET_SMTP_PASSWORD` or `password_command`.

use super::Invalid;
use crate::i18n::Text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// TLS from the start (port 465).
    Tls,
    /// STARTTLS, and refuse a server that does not offer it.
    StartTls,
    /// Plain text: only for a relay on this machine.
    None,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpUrl {
    pub security: Security,
    pub user: Option<String>,
    pub host: String,
    pub port: u16,
}

fn bad(value: &str, why: &str) -> Invalid {
    Invalid(Text::tr("err-smtp-url", crate::targs!["value" => crate::error::echo(value), "why" => why]))
}

pub fn parse(url: &str) -> Result<SmtpUrl, Invalid> {
    let u = url.trim();
    let (scheme, rest) = u.split_once("://").ok_or_else(|| bad(u, "smtps://… or smtp://…"))?;
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, Some(q)),
        None => (rest, None),
    };
    let rest = rest.trim_end_matches('/');
    let (user, hostport) = match rest.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, rest),
    };
    if user.is_some_and(|u| u.contains(':')) {
        return Err(bad(u, "no password in the URL: use CARNET_SMTP_PASSWORD or password_command"));
    }
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || h.starts_with('[') => {
            (h, Some(p.parse::<u16>().map_err(|_| bad(u, "the port is a number: smtp.example.fr:587"))?))
        }
        _ => (hostport, None),
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.is_empty() {
        return Err(bad(u, "no host"));
    }
    let tls_param = query
        .into_iter()
        .flat_map(|q| q.split('&'))
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == "tls")
        .map(|(_, v)| v);
    let security = match (scheme.to_ascii_lowercase().as_str(), tls_param) {
        ("smtps", None) => Security::Tls,
        ("smtp", Some("required")) => Security::StartTls,
        ("smtp", None) => Security::None,
        ("smtp" | "smtps", Some(_)) => return Err(bad(u, "the only tls setting is ?tls=required on smtp://")),
        _ => return Err(bad(u, "smtps://… or smtp://…")),
    };
    let port = port.unwrap_or(match security {
        Security::Tls => 465,
        Security::StartTls => 587,
        Security::None => 25,
    });
    let user = user.filter(|u| !u.is_empty()).map(|u| u.replace("%40", "@"));
    Ok(SmtpUrl { security, user, host: host.to_string(), port })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_forms() {
        assert_eq!(
            parse("smtps://bonjour@smtp.example.fr:465").unwrap(),
            SmtpUrl {
                security: Security::Tls,
                user: Some("bonjour".into()),
                host: "smtp.example.fr".into(),
                port: 465
            }
        );
        let s = parse("smtp://me%40shop.fr@smtp.example.fr:587?tls=required").unwrap();
        assert_eq!((s.security, s.user.as_deref(), s.port), (Security::StartTls, Some("me@shop.fr"), 587));
        let s = parse("smtp://127.0.0.1:25").unwrap();
        assert_eq!((s.security, s.user, s.host.as_str()), (Security::None, None, "127.0.0.1"));
        assert_eq!(parse("smtps://smtp.example.fr").unwrap().port, 465);
    }

    #[test]
    fn refusals() {
        assert!(parse("smtps://me:secret@smtp.example.fr").is_err());
        assert!(parse("http://smtp.example.fr").is_err());
        assert!(parse("smtp://host:port").is_err());
        assert!(parse("smtp://host?tls=maybe").is_err());
        assert!(parse("smtp://").is_err());
    }
}
