//! Opening a PostgreSQL database named by a URL (`postgres://…`,
//! `postgresql://…`): the password from `PGPASSWORD` or `~/.pgpass` (never
//! stored by carnet), a connect timeout, and every failure said in words.

use super::pg_tls::{Mode, Roots, RootsError, Tls};
use crate::error::{Error, Kind, Result};
use crate::i18n::Text;
use postgres::config::{Host, SslMode};
use std::time::Duration;

/// How long carnet waits for a server before saying it cannot reach it.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Is `text` a PostgreSQL URL? (Anything else is a SQLite file's path.)
pub fn is_postgres_url(text: &str) -> bool {
    let lower = text.get(..13).unwrap_or(text).to_ascii_lowercase();
    lower.starts_with("postgres://") || lower.starts_with("postgresql://")
}

/// The URL as it may be shown: any password in it left out.
pub fn shown(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_string() };
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    match rest[..end].rfind('@') {
        Some(at) => {
            let user = &rest[..at];
            let user = user.split_once(':').map_or(user, |(u, _)| u);
            format!("{scheme}://{user}{}", &rest[at..])
        }
        None => url.to_string(),
    }
}

fn url_error(url: &str, why: impl Into<String>) -> Error {
    Error::t(Kind::Invalid, "err-pg-url", crate::targs!["url" => shown(url), "why" => why.into()])
        .with_hint_t("hint-pg-url", vec![])
}

/// libpq's TLS parameters, which the client's own URL parser does not
/// know (`verify-ca`, `verify-full`, `sslrootcert`): taken out of the
/// query, the rest of the URL left as it was.
fn split_tls(url: &str) -> Result<(String, Option<String>, Option<String>)> {
    let Some((head, query)) = url.split_once('?') else { return Ok((url.to_string(), None, None)) };
    let (mut mode, mut root, mut kept) = (None, None, Vec::new());
    for pair in query.split('&') {
        match pair.split_once('=') {
            Some(("sslmode", v)) => mode = Some(decode(url, v)?),
            Some(("sslrootcert", v)) => root = Some(decode(url, v)?),
            _ => kept.push(pair),
        }
    }
    let rest = if kept.is_empty() { head.to_string() } else { format!("{head}?{}", kept.join("&")) };
    Ok((rest, mode, root))
}

/// A URL query value, percent-decoded (a path may be written `%2F…`).
fn decode(url: &str, value: &str) -> Result<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = value.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok());
                out.push(hex.ok_or_else(|| url_error(url, format!("bad escape in {value}")))?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| url_error(url, format!("bad escape in {value}")))
}

/// The client's settings from the URL, the environment and `~/.pgpass`,
/// and what it asks of TLS (`sslmode`, else `PGSSLMODE`, else `prefer`).
pub fn config(url: &str) -> Result<(postgres::Config, Tls)> {
    let (rest, mode, root) = split_tls(url)?;
    let mode_text = mode.or_else(|| std::env::var("PGSSLMODE").ok().filter(|m| !m.is_empty()));
    let mode = match mode_text.as_deref() {
        None => Mode::Prefer,
        Some(text) => Mode::parse(text).ok_or_else(|| {
            url_error(url, format!("sslmode={text} (disable, allow, prefer, require, verify-ca or verify-full)"))
        })?,
    };
    let tls = Tls::new(mode, root);
    if mode >= Mode::VerifyCa && tls.roots == Roots::None {
        return Err(Error::t(
            Kind::Invalid,
            "err-pg-tls-no-root",
            crate::targs!["mode" => mode_text.unwrap_or_default()],
        )
        .with_hint_t("hint-pg-tls-no-root", vec![]));
    }
    let mut config: postgres::Config = rest.parse().map_err(|e: postgres::Error| url_error(url, e.to_string()))?;
    config.ssl_mode(match mode {
        Mode::Disable => SslMode::Disable,
        Mode::Prefer => SslMode::Prefer,
        _ => SslMode::Require,
    });
    if config.get_user().is_none() {
        let user = std::env::var("PGUSER").or_else(|_| std::env::var("USER")).unwrap_or_else(|_| "postgres".into());
        config.user(&user);
    }
    if config.get_hosts().is_empty() {
        match std::env::var("PGHOST") {
            Ok(h) => {
                config.host(&h);
            }
            Err(_) => {
                config.host("localhost");
            }
        }
    }
    if config.get_dbname().is_none() {
        let user = config.get_user().unwrap_or_default().to_string();
        config.dbname(&user);
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    if config.get_password().is_none() {
        if let Some(p) = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty()) {
            config.password(p);
        } else if let Some(p) = pgpass(&config) {
            config.password(p);
        }
    }
    config.application_name("carnet");
    Ok((config, tls))
}

/// The password `~/.pgpass` (or `PGPASSFILE`) holds for this server,
/// database and user (`host:port:database:user:password`, `*` for any).
fn pgpass(config: &postgres::Config) -> Option<String> {
    let path = std::env::var_os("PGPASSFILE")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".pgpass")))?;
    let text = std::fs::read_to_string(path).ok()?;
    let host = match config.get_hosts().first()? {
        Host::Tcp(h) => h.clone(),
        Host::Unix(_) => "localhost".to_string(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432).to_string();
    let want = [host.as_str(), port.as_str(), config.get_dbname().unwrap_or(""), config.get_user().unwrap_or("")];
    pgpass_find(&text, want)
}

/// The first line of a `.pgpass` text matching `want` (host, port, database, user).
fn pgpass_find(text: &str, want: [&str; 4]) -> Option<String> {
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let fields = split_pgpass(line);
        if fields.len() != 5 {
            continue;
        }
        if fields[..4].iter().zip(want).all(|(f, w)| f == "*" || f == w) {
            return Some(fields[4].clone());
        }
    }
    None
}

/// A `.pgpass` line's fields (`\:` and `\\` escaped).
fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => fields.last_mut().unwrap().extend(chars.next()),
            ':' => fields.push(String::new()),
            c => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

/// Connect, or say why not in words (never the server's own text, never
/// the TLS stack's).
pub fn connect(url: &str) -> Result<postgres::Client> {
    let (config, tls) = config(url)?;
    // PostgreSQL speaks no TLS on a unix socket (libpq ignores sslmode there).
    let all_unix = config.get_hosts().iter().all(|h| !matches!(h, Host::Tcp(_)));
    let tls_config = if all_unix || tls.mode == Mode::Disable {
        None
    } else {
        Some(tls.client_config().map_err(|e| {
            let (id, path) = match e {
                RootsError::Unreadable(p) => ("err-pg-tls-root-unreadable", p),
                RootsError::NoCertificate(p) => ("err-pg-tls-root-empty", p),
            };
            Error::t(Kind::Invalid, id, crate::targs!["path" => path.display().to_string()])
                .with_hint_t("hint-pg-tls-no-root", vec![])
        })?)
    };
    // The client's connect_timeout bounds each socket's connect only; a
    // server that takes the connection and then says nothing (a hung
    // server, a proxy) would be waited for forever. The whole attempt is
    // bounded here as libpq bounds it: the timeout for each host.
    let hosts = config.get_hosts().len().max(1) as u32;
    let limit = config.get_connect_timeout().copied().unwrap_or(CONNECT_TIMEOUT) * hosts;
    let attempt = {
        let config = config.clone();
        move || match tls_config {
            None => {
                let mut plain = config;
                plain.ssl_mode(SslMode::Disable);
                plain.connect(postgres::NoTls)
            }
            Some(c) => config.connect(tokio_postgres_rustls::MakeRustlsConnect::new(c)),
        }
    };
    let (send, answer) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(attempt());
    });
    let Ok(result) = answer.recv_timeout(limit) else {
        // The attempt's thread is left to end with the process.
        return Err(Error::t(
            Kind::Io,
            "err-pg-connect",
            crate::targs!["url" => shown(url), "why" => Text::tr("pg-why-timeout", vec![])],
        )
        .with_hint_t("hint-pg-connect", vec![]));
    };
    result.map_err(|e| {
        let why = why(&e, tls.mode.required(), config.get_password().is_some());
        let hint = match why {
            "pg-why-refused" => "hint-pg-password",
            "pg-why-no-password" => "hint-pg-password",
            "pg-why-no-database" => "hint-pg-no-database",
            "pg-why-tls-refused" => "hint-pg-tls-refused",
            "pg-why-tls-untrusted" => "hint-pg-tls-untrusted",
            "pg-why-tls-name" => "hint-pg-tls-name",
            "pg-why-tls-expired" | "pg-why-tls-failed" => "hint-pg-tls-failed",
            _ => "hint-pg-connect",
        };
        Error::t(Kind::Io, "err-pg-connect", crate::targs!["url" => shown(url), "why" => Text::tr(why, vec![])])
            .with_hint_t(hint, vec![])
            .with_source(e)
    })
}

/// What a failed connection met, as a message id: the server's answer (its
/// SQLSTATE), the TLS stack's verdict, the network's, in that order.
fn why(e: &postgres::Error, tls_required: bool, has_password: bool) -> &'static str {
    use postgres::error::SqlState as S;
    if let Some(c) = e.code() {
        return match c {
            c if *c == S::INVALID_PASSWORD || *c == S::INVALID_AUTHORIZATION_SPECIFICATION => "pg-why-refused",
            c if *c == S::INVALID_CATALOG_NAME => "pg-why-no-database",
            c if *c == S::TOO_MANY_CONNECTIONS => "pg-why-busy",
            _ => "pg-why-refused",
        };
    }
    // The cause chain: rustls's error sits in an io::Error (tokio-rustls),
    // whose `source()` skips it: `get_ref` reaches it.
    let mut cause: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(c) = cause {
        if let Some(t) = c.downcast_ref::<rustls::Error>() {
            return super::pg_tls::why(t);
        }
        if let Some(io) = c.downcast_ref::<std::io::Error>() {
            if let Some(inner) = io.get_ref().filter(|i| i.is::<rustls::Error>()) {
                cause = Some(inner);
                continue;
            }
            return match io.kind() {
                std::io::ErrorKind::TimedOut => "pg-why-timeout",
                _ => "pg-why-unreachable",
            };
        }
        cause = c.source();
    }
    // Neither the server, nor TLS, nor the network: the client stopped on
    // its own (tokio-postgres has no kind to ask, only its fixed words).
    let text = match std::error::Error::source(e) {
        Some(cause) => format!("{e}: {cause}"),
        None => e.to_string(),
    };
    if text.contains("password missing") || (!has_password && text.contains("password")) {
        "pg-why-no-password"
    } else if tls_required && text.contains("TLS") {
        "pg-why-tls-refused"
    } else if text.contains("timed out") || text.contains("timeout") {
        "pg-why-timeout"
    } else {
        "pg-why-unreachable"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_name_postgres_and_paths_do_not() {
        assert!(is_postgres_url("postgres://u@h/shop"));
        assert!(is_postgres_url("PostgreSQL://u@/shop?host=/run/postgresql"));
        assert!(!is_postgres_url("shop.db"));
        assert!(!is_postgres_url("/srv/postgres/shop.db"));
    }

    #[test]
    fn a_password_is_never_shown() {
        assert_eq!(shown("postgres://anne:s3cret@db.example/shop"), "postgres://anne@db.example/shop");
        assert_eq!(shown("postgresql://anne@/shop?host=/tmp"), "postgresql://anne@/shop?host=/tmp");
        assert_eq!(shown("postgres://db/shop"), "postgres://db/shop");
    }

    #[test]
    fn pgpass_lines_match_with_wildcards_and_escapes() {
        let text = "# comment\nother:5432:shop:anne:no\ndb:5432:*:anne:pa\\:ss\n*:*:*:*:last";
        assert_eq!(pgpass_find(text, ["db", "5432", "shop", "anne"]).as_deref(), Some("pa:ss"));
        assert_eq!(pgpass_find(text, ["x", "1", "y", "z"]).as_deref(), Some("last"));
        assert_eq!(pgpass_find("db:5432:shop:anne", ["db", "5432", "shop", "anne"]), None);
    }

    #[test]
    fn libpq_tls_parameters_are_taken_out_of_the_url() {
        let (rest, mode, root) =
            split_tls("postgres://u@h:5433/shop?connect_timeout=3&sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem")
                .unwrap();
        assert_eq!(rest, "postgres://u@h:5433/shop?connect_timeout=3");
        assert_eq!(mode.as_deref(), Some("verify-full"));
        assert_eq!(root.as_deref(), Some("/etc/ca.pem"));
        let (rest, mode, root) = split_tls("postgres://u@h/shop?sslmode=require").unwrap();
        assert_eq!((rest.as_str(), mode.as_deref(), root), ("postgres://u@h/shop", Some("require"), None));
        assert_eq!(split_tls("postgres://u@h/shop").unwrap().0, "postgres://u@h/shop");
        assert!(split_tls("postgres://u@h/shop?sslrootcert=%zz").is_err());
    }

    #[test]
    fn every_libpq_sslmode_is_understood() {
        let root = "&sslrootcert=/nonexistent/ca.pem";
        for (mode, ssl) in [
            ("disable", SslMode::Disable),
            ("allow", SslMode::Prefer),
            ("prefer", SslMode::Prefer),
            ("require", SslMode::Require),
            ("verify-ca", SslMode::Require),
            ("verify-full", SslMode::Require),
        ] {
            let (config, tls) = config(&format!("postgres://u@h/shop?sslmode={mode}{root}")).unwrap();
            assert_eq!(config.get_ssl_mode(), ssl, "{mode}");
            assert_eq!(tls.roots, Roots::File("/nonexistent/ca.pem".into()), "{mode}");
        }
        let (_, tls) = config("postgres://u@h/shop?sslmode=verify-full&sslrootcert=system").unwrap();
        assert_eq!((tls.mode, tls.roots), (Mode::VerifyFull, Roots::System));
    }

    #[test]
    fn a_bad_sslmode_and_a_check_without_a_root_are_refused_in_words() {
        let e = config("postgres://u@h/shop?sslmode=required").err().unwrap();
        assert_eq!(e.kind(), Kind::Invalid);
        assert!(e.to_string().contains("sslmode=required"), "{e}");
        // No PGSSLROOTCERT and no ~/.postgresql/root.crt under this HOME.
        if std::env::var_os("PGSSLROOTCERT").is_none()
            && !std::env::var_os("HOME").is_some_and(|h| std::path::Path::new(&h).join(".postgresql/root.crt").exists())
        {
            let e = config("postgres://u@h/shop?sslmode=verify-full").err().unwrap();
            assert_eq!(e.kind(), Kind::Invalid);
            assert!(e.to_string().contains("verify-full"), "{e}");
        }
    }

    #[test]
    fn a_root_file_that_cannot_be_read_is_said_before_connecting() {
        let e =
            connect("postgres://u@127.0.0.1:1/shop?sslmode=verify-full&sslrootcert=/nonexistent/ca.pem").err().unwrap();
        assert_eq!(e.exit_code(), 1);
        assert!(e.to_string().contains("/nonexistent/ca.pem"), "{e}");
    }

    #[test]
    fn a_server_that_does_not_answer_is_said_in_words() {
        // Nothing listens on port 1 of this machine.
        let e = connect("postgres://u@127.0.0.1:1/shop?connect_timeout=2").err().unwrap();
        assert_eq!(e.exit_code(), 1);
        assert!(e.to_string().contains("cannot reach the PostgreSQL database postgres://u@127.0.0.1:1/shop"), "{e}");
    }
}
