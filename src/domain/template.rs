//! A campaign's message as a template: `{{first_name}}`, `{{name}}`,
//! `{{last_purchase}}`… filled per recipient. A field the recipient does
//! not have is an error (a blank in 300 emails is worse than a refusal),
//! and so is a field carnet does not know.

use super::Invalid;
use crate::i18n::Text;

/// The fields a message may use.
pub const FIELDS: &[&str] = &["first_name", "name", "email", "phone", "city", "postcode", "last_purchase"];

/// The message file cut into its parts: an optional first line
/// `Subject: …` (or `Objet : …`), then the body, HTML when it looks so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageFile {
    pub subject: Option<String>,
    pub body: String,
    pub html: bool,
}

pub fn parse_message(text: &str) -> MessageFile {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let subject = ["Subject:", "subject:", "Objet :", "Objet:", "objet :", "objet:"]
        .iter()
        .find_map(|p| first.trim_end_matches('\r').strip_prefix(p))
        .map(|s| s.trim().to_string());
    let body = match subject {
        Some(_) => rest.trim_start_matches(['\r', '\n']).to_string(),
        None => text.to_string(),
    };
    let head = body.trim_start().get(..200.min(body.trim_start().len())).unwrap_or("").to_ascii_lowercase();
    let html = head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<p")
        || head.starts_with("<div")
        || head.starts_with("<body");
    MessageFile { subject, body, html }
}

/// A field the template names that is unknown, or that this recipient
/// has not got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Unknown(String),
    Missing(String),
    Unclosed,
}

/// Every field the template names, in order of first use.
pub fn fields_of(template: &str) -> Result<Vec<String>, Problem> {
    let mut out: Vec<String> = Vec::new();
    let mut rest = template;
    while let Some(at) = rest.find("{{") {
        let after = &rest[at + 2..];
        let end = after.find("}}").ok_or(Problem::Unclosed)?;
        let name = after[..end].trim().to_string();
        if !FIELDS.contains(&name.as_str()) {
            return Err(Problem::Unknown(name));
        }
        if !out.contains(&name) {
            out.push(name);
        }
        rest = &after[end + 2..];
    }
    Ok(out)
}

/// Fill the template; `value` gives a field's value (None: the recipient
/// has none). With `html`, values are escaped.
pub fn render(template: &str, html: bool, value: &dyn Fn(&str) -> Option<String>) -> Result<String, Problem> {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(at) = rest.find("{{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let end = after.find("}}").ok_or(Problem::Unclosed)?;
        let name = after[..end].trim();
        if !FIELDS.contains(&name) {
            return Err(Problem::Unknown(name.to_string()));
        }
        let v = value(name).filter(|v| !v.trim().is_empty()).ok_or_else(|| Problem::Missing(name.to_string()))?;
        if html {
            out.push_str(&escape_html(&v));
        } else {
            out.push_str(&v);
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

impl Problem {
    /// The problem as a message, naming the recipient for a missing field.
    pub fn text(&self, recipient: &str) -> Invalid {
        Invalid(match self {
            Problem::Unknown(f) => Text::tr(
                "err-template-unknown-field",
                crate::targs!["field" => f.as_str(), "known" => FIELDS.join(", ")],
            ),
            Problem::Missing(f) => {
                Text::tr("err-template-missing-field", crate::targs!["field" => f.as_str(), "contact" => recipient])
            }
            Problem::Unclosed => Text::tr("err-template-unclosed", vec![]),
        })
    }
}

pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The first word of a name: `Hélène` of `Hélène Dupont`.
pub fn first_name(name: &str) -> Option<String> {
    name.split_whitespace().next().map(str::to_string)
}

/// A plain-text version of an HTML body: tags dropped, paragraphs and
/// line breaks kept, the common entities decoded.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let Some(end) = rest[at..].find('>') else {
            rest = &rest[at..];
            break;
        };
        let tag = rest[at + 1..at + end].trim().to_ascii_lowercase();
        let name = tag.trim_start_matches('/').split([' ', '/']).next().unwrap_or("");
        if ["br", "p", "div", "li", "tr", "h1", "h2", "h3"].contains(&name) && !out.ends_with('\n') {
            out.push('\n');
        }
        rest = &rest[at + end + 1..];
    }
    out.push_str(rest);
    let decoded = out.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
    let decoded = decoded.replace("&amp;", "&");
    let lines: Vec<&str> = decoded.lines().map(str::trim).collect();
    let mut text = lines.join("\n");
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    text.trim().to_string() + "\n"
}

/// The domain of an address, `atelier-roux.fr` of `Atelier <bonjour@atelier-roux.fr>`.
pub fn domain_of(address: &str) -> Option<&str> {
    let a = address.rsplit_once('<').map(|(_, a)| a.trim_end_matches('>')).unwrap_or(address).trim();
    a.rsplit_once('@').map(|(_, d)| d.trim()).filter(|d| !d.is_empty())
}

/// The bare address of `Name <addr>` or `addr`.
pub fn bare_address(address: &str) -> &str {
    address.rsplit_once('<').map(|(_, a)| a.trim_end_matches('>')).unwrap_or(address).trim()
}

/// `List-Unsubscribe`'s value: a mail to the shop whose subject carries
/// the recipient's token, which `consent unsubscribe-from` reads back.
pub fn list_unsubscribe(mailbox: &str, token: &str) -> String {
    format!("<mailto:{}?subject=unsubscribe%20{token}>", bare_address(mailbox))
}

/// The Message-ID of one recipient's message: the same on every attempt,
/// so a copy sent twice across a crash is recognisable as one.
pub fn message_id(campaign_id: i64, contact_id: i64, token: &str, domain: &str) -> String {
    format!("<carnet.{campaign_id}.{contact_id}.{token}@{domain}>")
}

/// The token of an unsubscribe subject (`unsubscribe 3fa9…`, `Re: unsubscribe 3fa9…`).
pub fn token_in_subject(subject: &str) -> Option<String> {
    let lower = subject.to_ascii_lowercase();
    let at = lower.find("unsubscribe")?;
    let rest = subject[at + "unsubscribe".len()..].trim_start_matches([' ', ':', '\t']);
    let token: String = rest.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
    (token.len() >= 16).then_some(token)
}

/// A text message for SMS: the wording to stop appended when the
/// campaign is marketing (`STOP au 36173`), refused past `max` characters.
pub fn sms_text(message: &str, stop: Option<&str>, max: usize) -> Result<String, Invalid> {
    let mut text = message.trim().to_string();
    if let Some(stop) = stop.filter(|s| !s.trim().is_empty()) {
        if !text.contains(stop.trim()) {
            text.push(' ');
            text.push_str(stop.trim());
        }
    }
    let n = text.chars().count();
    if n > max {
        return Err(Invalid(Text::tr(
            "err-sms-too-long",
            crate::targs!["length" => n.to_string(), "max" => max.to_string()],
        )));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(name: &str) -> Option<String> {
        match name {
            "first_name" => Some("Hélène".into()),
            "name" => Some("Hélène <Dupont>".into()),
            _ => None,
        }
    }

    #[test]
    fn fills_known_fields() {
        assert_eq!(render("Bonjour {{first_name}} !", false, &fields).unwrap(), "Bonjour Hélène !");
        assert_eq!(render("{{ name }}", true, &fields).unwrap(), "Hélène &lt;Dupont&gt;");
        assert_eq!(render("no field", false, &fields).unwrap(), "no field");
    }

    #[test]
    fn a_missing_or_unknown_field_is_an_error_not_a_blank() {
        assert_eq!(render("{{last_purchase}}", false, &fields), Err(Problem::Missing("last_purchase".into())));
        assert_eq!(render("{{prenom}}", false, &fields), Err(Problem::Unknown("prenom".into())));
        assert_eq!(render("{{name", false, &fields), Err(Problem::Unclosed));
        assert_eq!(fields_of("{{name}} {{city}} {{name}}").unwrap(), ["name", "city"]);
        assert_eq!(fields_of("{{nope}}"), Err(Problem::Unknown("nope".into())));
    }

    #[test]
    fn subject_and_html_are_read_from_the_file() {
        let m = parse_message("Subject: Les soldes\n\nBonjour {{first_name}}\n");
        assert_eq!(m.subject.as_deref(), Some("Les soldes"));
        assert_eq!(m.body, "Bonjour {{first_name}}\n");
        assert!(!m.html);
        let m = parse_message("Objet : Promo\r\n<html><body><p>Hi</p></body></html>");
        assert_eq!(m.subject.as_deref(), Some("Promo"));
        assert!(m.html);
        assert_eq!(parse_message("Just text").subject, None);
    }

    #[test]
    fn html_becomes_readable_text() {
        assert_eq!(html_to_text("<p>Bonjour&nbsp;Paul</p><p>A &amp; B<br>fin</p>"), "Bonjour Paul\nA & B\nfin\n");
    }

    #[test]
    fn unsubscribe_header_and_message_id() {
        assert_eq!(
            list_unsubscribe("Atelier Roux <bonjour@atelier-roux.fr>", "abc"),
            "<mailto:bonjour@atelier-roux.fr?subject=unsubscribe%20abc>"
        );
        assert_eq!(domain_of("Atelier Roux <bonjour@atelier-roux.fr>"), Some("atelier-roux.fr"));
        assert_eq!(message_id(3, 12, "ab", "x.fr"), "<carnet.3.12.ab@x.fr>");
        assert_eq!(token_in_subject("Re: unsubscribe 0123456789abcdef01"), Some("0123456789abcdef01".into()));
        assert_eq!(token_in_subject("unsubscribe me"), None);
    }

    #[test]
    fn sms_gets_its_stop_wording_and_a_length_limit() {
        assert_eq!(sms_text("Soldes -20%", Some("STOP au 36173"), 160).unwrap(), "Soldes -20% STOP au 36173");
        assert_eq!(sms_text("Soldes STOP au 36173", Some("STOP au 36173"), 160).unwrap(), "Soldes STOP au 36173");
        assert!(sms_text(&"x".repeat(150), Some("STOP au 36173"), 160).is_err());
        assert_eq!(sms_text("Hi", None, 160).unwrap(), "Hi");
    }
}
