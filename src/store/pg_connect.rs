//! Opening a PostgreSQL database named by a URL (`postgres://…`,
//! `postgresql://…`): the password from `PGPASSWORD` or `~/.pgpass` (never
//! stored by carnet), a connect timeout, and every failure said in words.

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

/// The client's settings from the URL, the environment and `~/.pgpass`.
pub fn config(url: &str) -> Result<postgres::Config> {
    let mut config: postgres::Config = url.parse().map_err(|e: postgres::Error| url_error(url, e.to_string()))?;
    match config.get_ssl_mode() {
        SslMode::Disable | SslMode::Prefer => {}
        _ => {
            let mode = url.split("sslmode=").nth(1).map_or("require", |m| m.split('&').next().unwrap_or(m));
            return Err(Error::t(Kind::Invalid, "err-pg-tls", crate::targs!["mode" => mode.to_string()])
                .with_hint_t("hint-pg-tls", vec![]));
        }
    }
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
    Ok(config)
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

/// Connect, or say why not in words (never the server's own text).
pub fn connect(url: &str) -> Result<postgres::Client> {
    let config = config(url)?;
    config.connect(postgres::NoTls).map_err(|e| {
        use postgres::error::SqlState as S;
        let why = match e.code() {
            Some(c) if *c == S::INVALID_PASSWORD || *c == S::INVALID_AUTHORIZATION_SPECIFICATION => "pg-why-refused",
            Some(c) if *c == S::INVALID_CATALOG_NAME => "pg-why-no-database",
            Some(c) if *c == S::TOO_MANY_CONNECTIONS => "pg-why-busy",
            Some(_) => "pg-why-refused",
            None if e.to_string().contains("timed out") => "pg-why-timeout",
            None => "pg-why-unreachable",
        };
        Error::t(Kind::Io, "err-pg-connect", crate::targs!["url" => shown(url), "why" => Text::tr(why, vec![])])
            .with_hint_t("hint-pg-connect", vec![])
            .with_source(e)
    })
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
    fn tls_modes_are_refused_in_words() {
        let e = config("postgres://u@h/shop?sslmode=require").err().unwrap();
        assert_eq!(e.kind(), Kind::Invalid);
        assert!(e.to_string().contains("sslmode=require"), "{e}");
        assert!(config("postgres://u@h/shop?sslmode=disable").is_ok());
    }

    #[test]
    fn a_server_that_does_not_answer_is_said_in_words() {
        // Nothing listens on port 1 of this machine.
        let e = connect("postgres://u@127.0.0.1:1/shop?connect_timeout=2").err().unwrap();
        assert_eq!(e.exit_code(), 1);
        assert!(e.to_string().contains("cannot reach the PostgreSQL database postgres://u@127.0.0.1:1/shop"), "{e}");
    }
}
