//! SMS through the shop's provider: providers differ, so the request is a
//! template in the config (`[sms]` url, method, headers, body with
//! `{{to}}`, `{{message}}`, `{{from}}`, `{{secret}}`), the secret from the
//! environment, and a success is a 2xx answer (containing
//! `success_contains` when set).

use super::sending::{Delivery, Outgoing, Transport};
use crate::config::SmsConfig;
use crate::error::{Error, Kind, Result};

pub struct Sms {
    cfg: SmsConfig,
    secret: String,
    agent: ureq::Agent,
}

/// A value put in a JSON body (`"{{message}}"`) or a form body: escaped
/// for JSON when the template looks like JSON, else URL-encoded.
fn fill(template: &str, json: bool, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in values {
        let v = if json {
            let q = serde_json::to_string(v).unwrap_or_default();
            q[1..q.len() - 1].to_string()
        } else {
            url_encode(v)
        };
        out = out.replace(&format!("{{{{{k}}}}}"), &v);
    }
    out
}

fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

impl Sms {
    pub fn from_config(cfg: &SmsConfig) -> Result<Sms> {
        let url = cfg.url.as_deref().unwrap_or("");
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            return Err(Error::t(Kind::Config, "err-sms-no-url", crate::targs!["value" => crate::error::echo(url)])
                .with_hint_t("hint-sms-config", vec![]));
        }
        let secret = std::env::var(&cfg.secret_env).unwrap_or_default();
        let uses_secret = cfg.body.contains("{{secret}}")
            || url.contains("{{secret}}")
            || cfg.headers.values().any(|v| v.contains("{{secret}}"));
        if uses_secret && secret.is_empty() {
            return Err(Error::t(Kind::Config, "err-sms-no-secret", crate::targs!["var" => cfg.secret_env.as_str()])
                .with_hint_t("hint-sms-config", vec![]));
        }
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(std::time::Duration::from_secs(30)))
            .build()
            .into();
        Ok(Sms { cfg: cfg.clone(), secret, agent })
    }

    pub fn send_now(&mut self, m: &Outgoing) -> Result<String> {
        match self.deliver(m) {
            Delivery::Sent(a) => Ok(a),
            Delivery::Transient(why)
            | Delivery::Unreachable(why)
            | Delivery::Uncertain(why)
            | Delivery::Permanent { answer: why, .. } => {
                Err(Error::t(Kind::Io, "err-send-refused", crate::targs!["to" => m.to.as_str(), "why" => why])
                    .with_hint_t("hint-sms-config", vec![]))
            }
        }
    }
}

impl Transport for Sms {
    fn deliver(&mut self, m: &Outgoing) -> Delivery {
        if !m.to.starts_with('+') {
            return Delivery::Permanent {
                answer: format!("{} is not an international (E.164) number", m.to),
                bounced: false,
            };
        }
        let from = self.cfg.from.clone().unwrap_or_default();
        let values = [
            ("to", m.to.as_str()),
            ("message", m.text.as_str()),
            ("from", from.as_str()),
            ("secret", self.secret.as_str()),
            ("id", m.message_id.as_str()),
        ];
        let json = self.cfg.body.trim_start().starts_with('{');
        let url = fill(self.cfg.url.as_deref().unwrap_or(""), false, &values);
        let body = fill(&self.cfg.body, json, &values);
        let mut req = ureq::http::Request::builder().method(self.cfg.method.to_ascii_uppercase().as_str()).uri(&url);
        let mut has_type = false;
        for (k, v) in &self.cfg.headers {
            has_type |= k.eq_ignore_ascii_case("content-type");
            let raw = [("secret", self.secret.as_str()), ("from", from.as_str())];
            let mut v = v.clone();
            for (name, value) in raw {
                v = v.replace(&format!("{{{{{name}}}}}"), value);
            }
            req = req.header(k.as_str(), v);
        }
        if !has_type && !body.is_empty() {
            req =
                req.header("Content-Type", if json { "application/json" } else { "application/x-www-form-urlencoded" });
        }
        let req = match req.body(body) {
            Ok(r) => r,
            Err(e) => return Delivery::Permanent { answer: e.to_string(), bounced: false },
        };
        match self.agent.run(req) {
            Ok(mut resp) => {
                let status = resp.status().as_u16();
                let text = resp.body_mut().read_to_string().unwrap_or_default();
                let answer = format!("{status} {}", crate::error::echo(text.trim()));
                let ok = (200..300).contains(&status)
                    && self.cfg.success_contains.as_deref().is_none_or(|s| text.contains(s));
                match status {
                    _ if ok => Delivery::Sent(answer),
                    429 | 500..=599 => Delivery::Transient(answer),
                    _ => Delivery::Permanent { answer, bounced: false },
                }
            }
            Err(e) if never_connected(&e) => Delivery::Unreachable(e.to_string()),
            // The request may have reached the provider before it broke.
            Err(e) => Delivery::Uncertain(e.to_string()),
        }
    }
}

/// An error from before the request went out (no such host, refused,
/// no connection in time): the provider got nothing.
fn never_connected(e: &ureq::Error) -> bool {
    use ureq::Timeout;
    match e {
        ureq::Error::HostNotFound | ureq::Error::ConnectionFailed | ureq::Error::BadUri(_) => true,
        ureq::Error::Timeout(t) => matches!(t, Timeout::Resolve | Timeout::Connect),
        ureq::Error::Io(io) => matches!(
            io.kind(),
            std::io::ErrorKind::ConnectionRefused
                | std::io::ErrorKind::HostUnreachable
                | std::io::ErrorKind::NetworkUnreachable
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_error_before_the_request_went_out_means_nothing_was_sent() {
        use ureq::{Error as E, Timeout as T};
        for e in [E::HostNotFound, E::ConnectionFailed, E::Timeout(T::Connect), E::Timeout(T::Resolve)] {
            assert!(never_connected(&e), "{e}");
        }
        let reset = std::io::Error::from(std::io::ErrorKind::ConnectionReset);
        for e in [E::Timeout(T::RecvResponse), E::Timeout(T::Global), E::Io(reset)] {
            assert!(!never_connected(&e), "{e}: the provider may have it");
        }
    }

    #[test]
    fn values_are_escaped_for_the_body_they_go_in() {
        let v = [("to", "+33612345678"), ("message", "Soldes \"-20%\" & plus")];
        assert_eq!(
            fill(r#"{"to":"{{to}}","text":"{{message}}"}"#, true, &v),
            r#"{"to":"+33612345678","text":"Soldes \"-20%\" & plus"}"#
        );
        assert_eq!(
            fill("to={{to}}&msg={{message}}", false, &v),
            "to=%2B33612345678&msg=Soldes%20%22-20%25%22%20%26%20plus"
        );
    }
}
