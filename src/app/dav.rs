//! WebDAV for `carnet sync` (CardDAV, RFC 6352; CalDAV, RFC 4791): PUT
//! with `If-None-Match`/`If-Match`, DELETE, GET, and PROPFIND for the
//! discovery of a collection and the listing of its entries. Plain ureq
//! over rustls, Basic authentication. Every failure is a worded `Error`
//! (unreachable, refused password, not a collection, TLS, HTTP status).

use crate::error::{Error, Kind, Result};
use crate::targs;

/// What a collection must be: an address book or a calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Collection {
    AddressBook,
    Calendar,
}

impl Collection {
    /// The `resourcetype` element that marks it.
    fn marker(self) -> &'static str {
        match self {
            Collection::AddressBook => "addressbook",
            Collection::Calendar => "calendar",
        }
    }

    /// The home-set property of a principal (RFC 6352 §7.1.1, RFC 4791 §6.2.1).
    fn home_set(self) -> &'static str {
        match self {
            Collection::AddressBook => "addressbook-home-set",
            Collection::Calendar => "calendar-home-set",
        }
    }

    /// The word the messages use.
    pub fn word(self) -> &'static str {
        match self {
            Collection::AddressBook => "address book",
            Collection::Calendar => "calendar",
        }
    }
}

/// A server's answer.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub etag: Option<String>,
    pub body: String,
}

impl Answer {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// One `response` of a multistatus: its href and the properties found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub href: String,
    pub etag: Option<String>,
    /// The local names inside `resourcetype` (`collection`, `addressbook`).
    pub types: Vec<String>,
    /// The href inside `current-user-principal`.
    pub principal: Option<String>,
    /// The href inside an `addressbook-home-set` or `calendar-home-set`.
    pub homes: Vec<(String, String)>,
}

pub struct Dav {
    agent: ureq::Agent,
    auth: Option<String>,
}

/// How a PUT may replace what is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precondition<'a> {
    /// Only if nothing is there (`If-None-Match: *`).
    New,
    /// Only if what is there has this ETag.
    Match(&'a str),
    /// Whatever is there (`--overwrite`).
    Any,
}

impl Dav {
    pub fn new(username: Option<&str>, password: Option<&str>) -> Dav {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .allow_non_standard_methods(true)
            .timeout_global(Some(std::time::Duration::from_secs(60)))
            .build()
            .into();
        let auth = username.map(|u| format!("Basic {}", base64(format!("{u}:{}", password.unwrap_or("")).as_bytes())));
        Dav { agent, auth }
    }

    fn send(&self, method: &str, url: &str, headers: &[(&str, &str)], body: Option<&str>) -> Result<Answer> {
        let method = ureq::http::Method::from_bytes(method.as_bytes()).map_err(|e| http_error(url, &e.to_string()))?;
        let mut req = ureq::http::Request::builder().method(method).uri(url);
        if let Some(a) = &self.auth {
            req = req.header("Authorization", a.as_str());
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let answer = match body {
            Some(b) => {
                let r = req.body(b.to_string()).map_err(|e| http_error(url, &e.to_string()))?;
                self.agent.run(r)
            }
            None => {
                let r = req.body(()).map_err(|e| http_error(url, &e.to_string()))?;
                self.agent.run(r)
            }
        };
        let mut resp = answer.map_err(|e| transport_error(url, e))?;
        let status = resp.status().as_u16();
        let etag = resp.headers().get("etag").and_then(|v| v.to_str().ok()).map(String::from);
        let body = resp.body_mut().with_config().limit(64 * 1024 * 1024).read_to_string().unwrap_or_default();
        if status == 401 {
            return Err(Error::t(Kind::Config, "err-sync-auth", targs!["url" => url, "status" => i64::from(status)])
                .with_hint_t("hint-sync-auth", vec![]));
        }
        if status == 403 {
            return Err(Error::t(Kind::Config, "err-sync-forbidden", targs!["url" => url])
                .with_hint_t("hint-sync-forbidden", vec![]));
        }
        Ok(Answer { status, etag, body })
    }

    fn propfind(&self, url: &str, depth: &str, props: &str) -> Result<Answer> {
        let body = format!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<d:propfind xmlns:d=\"DAV:\" \
             xmlns:card=\"urn:ietf:params:xml:ns:carddav\" xmlns:cal=\"urn:ietf:params:xml:ns:caldav\">\
             <d:prop>{props}</d:prop></d:propfind>"
        );
        self.send("PROPFIND", url, &[("Depth", depth), ("Content-Type", "application/xml; charset=utf-8")], Some(&body))
    }

    /// The collection of `kind` that `url` names: itself when it is one,
    /// else found through the principal's home set (a server's root URL
    /// or a principal's will do).
    pub fn discover(&self, url: &str, kind: Collection) -> Result<String> {
        let props = "<d:resourcetype/><d:current-user-principal/><card:addressbook-home-set/><cal:calendar-home-set/>";
        let mut here = url.to_string();
        for _ in 0..3 {
            let a = self.propfind(&here, "0", props)?;
            if a.status != 207 {
                break;
            }
            let found = multistatus(&a.body);
            let Some(me) = found.first() else { break };
            if me.types.iter().any(|t| t == kind.marker()) {
                return Ok(with_slash(&here));
            }
            // A collection of the other kind (a calendar given as the
            // address book) is a mistake to say, not a place to start from.
            if me.types.iter().any(|t| t == "addressbook" || t == "calendar") {
                break;
            }
            if let Some((_, home)) = me.homes.iter().find(|(k, _)| k == kind.home_set()) {
                let home = resolve(&here, home);
                let list = self.propfind(&home, "1", "<d:resourcetype/>")?;
                if list.status == 207 {
                    if let Some(c) = multistatus(&list.body).iter().find(|f| f.types.iter().any(|t| t == kind.marker()))
                    {
                        return Ok(with_slash(&resolve(&home, &c.href)));
                    }
                }
                break;
            }
            match &me.principal {
                Some(p) if resolve(&here, p) != here => here = resolve(&here, p),
                _ => break,
            }
        }
        Err(Error::t(Kind::Config, "err-sync-not-collection", targs!["url" => url, "what" => kind.word()])
            .with_hint_t("hint-sync-not-collection", targs!["what" => kind.word()]))
    }

    /// Every entry of a collection: (href, ETag), the collection itself left out.
    pub fn list(&self, collection: &str) -> Result<Vec<Found>> {
        let a = self.propfind(collection, "1", "<d:getetag/><d:resourcetype/>")?;
        if a.status != 207 {
            return Err(status_error("PROPFIND", collection, &a));
        }
        let own = path_of(collection);
        Ok(multistatus(&a.body).into_iter().filter(|f| with_slash(&f.href) != with_slash(&own)).collect())
    }

    pub fn put(&self, url: &str, body: &str, content_type: &str, pre: Precondition) -> Result<Answer> {
        let mut headers = vec![("Content-Type", content_type)];
        match pre {
            Precondition::New => headers.push(("If-None-Match", "*")),
            Precondition::Match(e) => headers.push(("If-Match", e)),
            Precondition::Any => {}
        }
        self.send("PUT", url, &headers, Some(body))
    }

    pub fn get(&self, url: &str) -> Result<Answer> {
        self.send("GET", url, &[], None)
    }

    pub fn delete(&self, url: &str) -> Result<Answer> {
        self.send("DELETE", url, &[], None)
    }

    /// The ETag of one entry (a server that answers a PUT without one).
    pub fn etag(&self, url: &str) -> Result<Option<String>> {
        let a = self.propfind(url, "0", "<d:getetag/>")?;
        Ok(multistatus(&a.body).into_iter().next().and_then(|f| f.etag))
    }
}

/// `url` with a trailing slash (a collection's form).
pub fn with_slash(url: &str) -> String {
    if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }
}

/// The scheme and authority of a URL (`https://host:port`).
fn origin(url: &str) -> &str {
    let after = url.find("://").map_or(0, |i| i + 3);
    match url[after..].find('/') {
        Some(i) => &url[..after + i],
        None => url,
    }
}

/// The path of a URL (`/dav/shop/`).
fn path_of(url: &str) -> String {
    let o = origin(url);
    let p = &url[o.len()..];
    if p.is_empty() {
        "/".into()
    } else {
        p.to_string()
    }
}

/// An href as the server wrote it (a path, or a whole URL) made absolute.
pub fn resolve(base: &str, href: &str) -> String {
    if href.starts_with("http://") || href.starts_with("https://") {
        href.to_string()
    } else if href.starts_with('/') {
        format!("{}{href}", origin(base))
    } else {
        format!("{}{href}", with_slash(base))
    }
}

fn http_error(url: &str, why: &str) -> Error {
    Error::t(Kind::Io, "err-sync-http", targs!["url" => url, "why" => crate::error::echo(why)])
        .with_hint_t("hint-sync-resume", vec![])
}

fn status_error(method: &str, url: &str, a: &Answer) -> Error {
    let why = format!("{method} answered HTTP {}", a.status);
    http_error(url, &why)
}

pub fn answer_error(method: &str, url: &str, a: &Answer) -> Error {
    status_error(method, url, a)
}

fn transport_error(url: &str, e: ureq::Error) -> Error {
    // rustls reports a failed handshake (a certificate refused, a server
    // that speaks no TLS) as invalid data on the connection.
    let tls_failed = url.starts_with("https://")
        && matches!(&e, ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::InvalidData);
    if tls_failed {
        return Error::t(Kind::Io, "err-sync-tls", targs!["url" => url, "why" => e.to_string()])
            .with_hint_t("hint-sync-tls", vec![]);
    }
    match e {
        ureq::Error::Tls(_) | ureq::Error::Rustls(_) | ureq::Error::Pem(_) | ureq::Error::TlsRequired => {
            Error::t(Kind::Io, "err-sync-tls", targs!["url" => url, "why" => e.to_string()])
                .with_hint_t("hint-sync-tls", vec![])
        }
        ureq::Error::BadUri(_) | ureq::Error::Http(_) => {
            Error::t(Kind::Config, "err-sync-bad-url", targs!["url" => crate::error::echo(url), "why" => e.to_string()])
                .with_hint_t("hint-sync-config", vec![])
        }
        _ => Error::t(Kind::Io, "err-sync-unreachable", targs!["url" => url, "why" => e.to_string()])
            .with_hint_t("hint-sync-resume", vec![]),
    }
}

/// Base64 (RFC 4648) for the Basic authorization header.
fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The responses of a `207 Multi-Status` body, namespaces ignored (the
/// local names are unambiguous among the properties asked for).
pub fn multistatus(xml: &str) -> Vec<Found> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut cur = Found::default();
    let mut text = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let name = local(e.name().as_ref());
                if name == "response" {
                    cur = Found::default();
                }
                stack.push(name);
                text.clear();
            }
            Ok(Event::Empty(e)) => {
                let name = local(e.name().as_ref());
                if stack.last().is_some_and(|p| p == "resourcetype") {
                    cur.types.push(name);
                }
            }
            Ok(Event::Text(t)) => {
                if let Ok(s) = t.unescape() {
                    text.push_str(&s);
                }
            }
            Ok(Event::CData(t)) => text.push_str(&String::from_utf8_lossy(&t)),
            Ok(Event::End(_)) => {
                let Some(name) = stack.pop() else { break };
                let parent = stack.last().map(String::as_str).unwrap_or("");
                match (name.as_str(), parent) {
                    ("href", "response") => cur.href = text.trim().to_string(),
                    ("href", "current-user-principal") => cur.principal = Some(text.trim().to_string()),
                    ("href", p @ ("addressbook-home-set" | "calendar-home-set")) => {
                        cur.homes.push((p.to_string(), text.trim().to_string()))
                    }
                    ("getetag", _) if !text.trim().is_empty() => cur.etag = Some(text.trim().to_string()),
                    (t, "resourcetype") => cur.types.push(t.to_string()),
                    ("response", _) => out.push(std::mem::take(&mut cur)),
                    _ => {}
                }
                text.clear();
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

fn local(name: &[u8]) -> String {
    let s = String::from_utf8_lossy(name);
    s.rsplit(':').next().unwrap_or("").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_pads_as_rfc_4648_says() {
        assert_eq!(base64(b"shop:s3cret"), "c2hvcDpzM2NyZXQ=");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(base64(b"abc"), "YWJj");
        assert_eq!(base64(b""), "");
    }

    #[test]
    fn hrefs_resolve_against_the_server() {
        assert_eq!(resolve("http://h:8/a/b/", "/x/y.vcf"), "http://h:8/x/y.vcf");
        assert_eq!(resolve("http://h:8/a/b", "y.vcf"), "http://h:8/a/b/y.vcf");
        assert_eq!(resolve("http://h:8", "https://o/z"), "https://o/z");
        assert_eq!(path_of("http://h:8"), "/");
        assert_eq!(path_of("https://h/dav/shop/"), "/dav/shop/");
    }

    #[test]
    fn a_multistatus_is_read_whatever_its_prefixes() {
        let xml = r#"<?xml version="1.0"?>
<multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
 <response><href>/shop/contacts/</href><propstat><prop>
   <resourcetype><collection/><C:addressbook/></resourcetype>
   <current-user-principal><href>/shop/</href></current-user-principal>
 </prop><status>HTTP/1.1 200 OK</status></propstat></response>
 <D:response xmlns:D="DAV:"><D:href>/shop/contacts/a.vcf</D:href><D:propstat><D:prop>
   <D:getetag>"e&amp;1"</D:getetag><D:resourcetype/></D:prop></D:propstat></D:response>
 <response><href>/shop/</href><propstat><prop><C:addressbook-home-set><href>/shop/</href></C:addressbook-home-set></prop></propstat></response>
</multistatus>"#;
        let f = multistatus(xml);
        assert_eq!(f.len(), 3);
        assert_eq!(f[0].types, vec!["collection", "addressbook"]);
        assert_eq!(f[0].principal.as_deref(), Some("/shop/"));
        assert_eq!((f[1].href.as_str(), f[1].etag.as_deref()), ("/shop/contacts/a.vcf", Some("\"e&1\"")));
        assert!(f[1].types.is_empty());
        assert_eq!(f[2].homes, vec![("addressbook-home-set".to_string(), "/shop/".to_string())]);
    }
}
