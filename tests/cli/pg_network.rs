//! PostgreSQL over the network: TLS as libpq's `sslmode` means it, every
//! failure to connect said in words, and erasure that VACUUMs.
//!
//! These tests start their own servers (`.ci/pg-cluster start-tcp`): one on
//! 127.0.0.1 with `ssl=on` (a test authority and a certificate for
//! localhost and 127.0.0.1, TCP for TLS connections only: `hostssl`), one
//! with `ssl=off`, both with scram-sha-256 passwords over TCP and a unix
//! socket in their folder. They stop themselves when this test process
//! ends. They run whatever `CARNET_TEST_ENGINE` says (they name their own
//! URLs); under `CI=true` a server that cannot be started fails them,
//! elsewhere they say SKIPPED.

use crate::Out;
use postgres::{Client, NoTls};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

struct Server {
    port: u16,
    dir: String,
    password: String,
    ca: String,
    other_ca: String,
}

fn start(ssl: bool) -> Option<Server> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/pg-cluster");
    let mut c = std::process::Command::new("bash");
    c.arg(script).arg("start-tcp");
    if ssl {
        c.arg("--ssl");
    }
    c.arg("--watch").arg(std::process::id().to_string());
    let failed = |why: String| {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("CI=true: the test server (ssl={ssl}) could not be started: {why}");
        }
        None
    };
    let out = match c.output() {
        Ok(o) if o.status.success() => o,
        Ok(o) => return failed(String::from_utf8_lossy(&o.stderr).into_owned()),
        Err(e) => return failed(e.to_string()),
    };
    let line = String::from_utf8_lossy(&out.stdout).into_owned();
    let field = |k: &str| {
        line.split_whitespace().find_map(|w| w.strip_prefix(&format!("{k}="))).map(String::from).unwrap_or_default()
    };
    Some(Server {
        port: field("port").parse().expect("the script's port"),
        dir: field("dir"),
        password: field("password"),
        ca: field("ca"),
        other_ca: field("other_ca"),
    })
}

/// The TLS server, started once for this test process.
fn tls() -> Option<&'static Server> {
    static S: OnceLock<Option<Server>> = OnceLock::new();
    let s = S.get_or_init(|| start(true)).as_ref();
    if s.is_none() {
        crate::skipped("pg_network: no PostgreSQL server could be started (initdb, pg_ctl, openssl)");
    }
    s
}

/// The server without TLS.
fn plain() -> Option<&'static Server> {
    static S: OnceLock<Option<Server>> = OnceLock::new();
    let s = S.get_or_init(|| start(false)).as_ref();
    if s.is_none() {
        crate::skipped("pg_network: no PostgreSQL server could be started (initdb, pg_ctl)");
    }
    s
}

impl Server {
    /// The same server over its unix socket (trust, no TLS).
    fn socket(&self, db: &str) -> String {
        format!("postgresql://carnet@/{db}?host={}&port={}", self.dir, self.port)
    }

    /// Over TCP to 127.0.0.1, with the query `q`.
    fn tcp(&self, db: &str, q: &str) -> String {
        format!("postgresql://carnet@127.0.0.1:{}/{db}?{q}", self.port)
    }

    /// A new, empty database on this server.
    fn database(&self) -> String {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let name = format!("net_{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let mut c = Client::connect(&self.socket("postgres"), NoTls).expect("the test server's socket");
        c.batch_execute(&format!("CREATE DATABASE {name}")).expect("CREATE DATABASE");
        name
    }

    /// The paths and port as the snapshots write them.
    fn clean(&self, s: &str) -> String {
        s.replace(&self.ca, "[CA]").replace(&self.other_ca, "[OTHER-CA]").replace(&self.port.to_string(), "[PORT]")
    }
}

/// carnet against `url`, with `password` in PGPASSWORD (or none).
fn carnet(url: &str, password: Option<&str>, args: &[&str]) -> Out {
    let home = tempfile::tempdir().unwrap();
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_carnet"));
    c.env_clear()
        .env("CARNET_DB", url)
        .env("CARNET_CONFIG", home.path().join("config.toml"))
        .env("HOME", home.path())
        .env("NO_COLOR", "1")
        .env("TZ", "UTC")
        .env("COLUMNS", "100")
        .env("CARNET_NOW", "2024-06-30")
        .args(args);
    if let Some(p) = password {
        c.env("PGPASSWORD", p);
    }
    let o = c.output().expect("run carnet");
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// A failure: exit 1, `error:` then `hint:`, none of the libraries' words.
fn refused(o: &Out) -> &str {
    assert_eq!(o.code, 1, "stdout: {}\nstderr: {}", o.stdout, o.stderr);
    assert!(o.stderr.starts_with("error: "), "{}", o.stderr);
    assert!(o.stderr.contains("\nhint: "), "{}", o.stderr);
    for raw in ["rustls", "db error", "error performing", "FATAL", "UnknownIssuer", "NotValidForName", "invalid peer"] {
        assert!(!o.stderr.contains(raw), "a raw message ({raw}): {}", o.stderr);
    }
    &o.stderr
}

fn ok(o: Out) -> String {
    assert_eq!(o.code, 0, "stderr: {}", o.stderr);
    o.stdout
}

#[test]
fn require_gives_what_the_socket_gives() {
    let Some(s) = tls() else { return };
    let db = s.database();
    let url = s.tcp(&db, "sslmode=require");
    let pw = Some(s.password.as_str());
    ok(carnet(&url, pw, &["contact", "add", "--name", "Anne Martin", "--email", "anne@example.fr"]));
    ok(carnet(&url, pw, &["purchase", "add", "Anne Martin", "42.50", "--date", "2024-06-01"]));
    let over_tls = ok(carnet(&url, pw, &["contact", "list", "--format", "json"]));
    let over_socket = ok(carnet(&s.socket(&db), None, &["contact", "list", "--format", "json"]));
    assert_eq!(over_tls, over_socket);
    assert!(over_tls.contains("Anne Martin"), "{over_tls}");
    // The server takes TCP only over TLS (hostssl): a plain connection is turned away.
    let e = carnet(&s.tcp(&db, "sslmode=disable"), pw, &["contact", "list"]);
    assert!(refused(&e).contains("the server refused this user or password"), "{}", e.stderr);
}

#[test]
fn verify_full_with_the_right_authority_works_by_name_and_by_address() {
    let Some(s) = tls() else { return };
    let db = s.database();
    let pw = Some(s.password.as_str());
    let root = format!("sslmode=verify-full&sslrootcert={}", s.ca);
    let by_name = format!("postgresql://carnet@localhost:{}/{db}?hostaddr=127.0.0.1&{root}", s.port);
    ok(carnet(&by_name, pw, &["contact", "add", "--name", "Paul Girard"]));
    let listed = ok(carnet(&s.tcp(&db, &root), pw, &["contact", "list", "--format", "csv"]));
    assert_eq!(listed, ok(carnet(&s.socket(&db), None, &["contact", "list", "--format", "csv"])));
    assert!(listed.contains("Paul Girard"), "{listed}");
    // The root certificate alone makes `require` check the chain (libpq's rule).
    let other = format!("sslmode=require&sslrootcert={}", s.other_ca);
    let e = carnet(&s.tcp(&db, &other), pw, &["contact", "list"]);
    assert!(refused(&e).contains("not signed by an authority"), "{}", e.stderr);
}

#[test]
fn a_certificate_from_another_authority_is_refused_in_words() {
    let Some(s) = tls() else { return };
    let db = s.database();
    let url = s.tcp(&db, &format!("sslmode=verify-full&sslrootcert={}", s.other_ca));
    let e = carnet(&url, Some(&s.password), &["contact", "add", "--name", "Never Written"]);
    assert_eq!(
        s.clean(refused(&e)),
        format!(
            "error: cannot reach the PostgreSQL database postgresql://carnet@127.0.0.1:[PORT]/{db}?sslmode=verify-full&sslrootcert=[OTHER-CA]: \
             the server's certificate is not signed by an authority carnet was told to trust\n\
             hint: give the certificate of the authority that signed the server's: sslrootcert=FILE in the URL or \
             PGSSLROOTCERT (the server's administrator has it)\n"
        )
    );
    // Nothing was written: carnet never got in.
    let mut c = Client::connect(&s.socket(&db), NoTls).unwrap();
    let tables: i64 = c
        .query_one("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", &[])
        .unwrap()
        .get(0);
    assert_eq!(tables, 0);
    // In French too.
    let e = carnet(&url, Some(&s.password), &["--lang", "fr", "contact", "list"]);
    assert_eq!(e.code, 1, "{}", e.stderr);
    assert!(e.stderr.starts_with("erreur : impossible de joindre la base PostgreSQL"), "{}", e.stderr);
    assert!(e.stderr.contains("n'est pas signé par une autorité"), "{}", e.stderr);
    assert!(e.stderr.contains("\nastuce : donnez le certificat de l'autorité"), "{}", e.stderr);
}

#[test]
fn a_host_name_the_certificate_does_not_hold_is_refused_but_verify_ca_goes_on() {
    let Some(s) = tls() else { return };
    let db = s.database();
    let pw = Some(s.password.as_str());
    let url = |mode: &str| {
        format!(
            "postgresql://carnet@wrong-name.test:{}/{db}?hostaddr=127.0.0.1&sslmode={mode}&sslrootcert={}",
            s.port, s.ca
        )
    };
    let e = carnet(&url("verify-full"), pw, &["contact", "list"]);
    assert_eq!(
        s.clean(refused(&e)),
        format!(
            "error: cannot reach the PostgreSQL database postgresql://carnet@wrong-name.test:[PORT]/{db}?hostaddr=127.0.0.1&sslmode=verify-full&sslrootcert=[CA]: \
             the server's certificate is not made out to this host name\n\
             hint: connect by a name the certificate holds (the server's administrator knows which), or check the \
             authority only with sslmode=verify-ca\n"
        )
    );
    // verify-ca checks the chain only: the same name is then accepted.
    ok(carnet(&url("verify-ca"), pw, &["contact", "add", "--name", "Léa Roux"]));
    assert!(ok(carnet(&s.socket(&db), None, &["contact", "list"])).contains("Léa Roux"));
}

#[test]
fn require_against_a_server_without_tls_is_refused_in_words() {
    let Some(s) = plain() else { return };
    let db = s.database();
    let e = carnet(&s.tcp(&db, "sslmode=require"), Some(&s.password), &["contact", "list"]);
    assert_eq!(
        s.clean(refused(&e)),
        format!(
            "error: cannot reach the PostgreSQL database postgresql://carnet@127.0.0.1:[PORT]/{db}?sslmode=require: \
             the server does not offer TLS, which the URL requires\n\
             hint: turn TLS on in the server (ssl = on in postgresql.conf), or, only over a network you trust, \
             connect with sslmode=prefer\n"
        )
    );
    // prefer (the default) goes on in plain text with such a server.
    ok(carnet(&s.tcp(&db, "sslmode=prefer"), Some(&s.password), &["contact", "add", "--name", "Plain Text"]));
}

#[test]
fn a_wrong_or_missing_password_is_said_in_words() {
    let Some(s) = tls() else { return };
    let db = s.database();
    let url = s.tcp(&db, "sslmode=require");
    let e = carnet(&url, Some("not-the-password"), &["contact", "list"]);
    assert_eq!(
        s.clean(refused(&e)),
        format!(
            "error: cannot reach the PostgreSQL database postgresql://carnet@127.0.0.1:[PORT]/{db}?sslmode=require: \
             the server refused this user or password\n\
             hint: check the user in the URL, and the password in PGPASSWORD or ~/.pgpass \
             (host:port:database:user:password); carnet never stores one\n"
        )
    );
    assert!(!e.stderr.contains("not-the-password"));
    // A password in the URL is never shown either.
    let inline = format!("postgresql://carnet:hunter2@127.0.0.1:{}/{db}?sslmode=require", s.port);
    let e = carnet(&inline, None, &["contact", "list"]);
    assert!(refused(&e).contains("refused this user or password"), "{}", e.stderr);
    assert!(!e.stderr.contains("hunter2"), "{}", e.stderr);
    let e = carnet(&url, None, &["contact", "list"]);
    assert!(refused(&e).contains("the server asks for a password and none was given"), "{}", e.stderr);
}

#[test]
fn no_such_database_is_said_in_words() {
    let Some(s) = tls() else { return };
    let e = carnet(&s.tcp("no_such_shop", "sslmode=require"), Some(&s.password), &["contact", "list"]);
    assert_eq!(
        s.clean(refused(&e)),
        "error: cannot reach the PostgreSQL database postgresql://carnet@127.0.0.1:[PORT]/no_such_shop?sslmode=require: \
         the server has no such database\n\
         hint: create it (createdb -O USER NAME), or correct the database's name in the URL\n"
    );
}

#[test]
fn nothing_listening_is_said_in_words_at_once() {
    // A port nothing listens on: taken from the system, then let go.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("postgresql://carnet@127.0.0.1:{port}/shop?sslmode=require");
    let started = std::time::Instant::now();
    let e = carnet(&url, Some("x"), &["contact", "list"]);
    let err = refused(&e).replace(&port.to_string(), "[PORT]");
    assert_eq!(
        err,
        "error: cannot reach the PostgreSQL database postgresql://carnet@127.0.0.1:[PORT]/shop?sslmode=require: \
         no server answers there\n\
         hint: check that the server runs, and the URL's host, port, user and database; a password comes from \
         PGPASSWORD or ~/.pgpass, never from carnet's config\n"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "a refused connection is said at once");
}

#[test]
fn a_server_that_takes_the_connection_and_says_nothing_is_given_up_on_in_time() {
    // A peer that accepts and never answers (a hung server, a proxy in the
    // way): the connect timeout bounds the whole attempt, not only the socket's.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let held = std::thread::spawn(move || {
        let (conn, _) = listener.accept().unwrap();
        std::thread::sleep(std::time::Duration::from_secs(8));
        drop(conn);
    });
    let url = format!("postgresql://carnet@127.0.0.1:{port}/shop?connect_timeout=2&sslmode=disable");
    let started = std::time::Instant::now();
    let e = carnet(&url, Some("x"), &["contact", "list"]);
    let took = started.elapsed();
    assert!(refused(&e).contains("no answer within the connect timeout"), "{}", e.stderr);
    assert!(took < std::time::Duration::from_secs(6), "took {took:?}");
    held.join().unwrap();
}

#[test]
fn a_check_without_a_root_certificate_is_refused_before_connecting() {
    // Nothing listens on port 1: the refusal comes before any connection.
    let e = carnet("postgresql://carnet@127.0.0.1:1/shop?sslmode=verify-full", None, &["contact", "list"]);
    assert_eq!(
        refused(&e),
        "error: sslmode=verify-full checks the server's certificate: carnet needs the certificate of the authority \
         that signed it\n\
         hint: name it with sslrootcert=FILE in the URL (or PGSSLROOTCERT, or put it in ~/.postgresql/root.crt); \
         sslrootcert=system trusts the public authorities\n"
    );
    let e = carnet(
        "postgresql://carnet@127.0.0.1:1/shop?sslmode=verify-ca&sslrootcert=/no/such/ca.pem",
        None,
        &["contact", "list"],
    );
    assert!(refused(&e).starts_with("error: cannot read the root certificate /no/such/ca.pem\n"), "{}", e.stderr);
    let e = carnet("postgresql://carnet@127.0.0.1:1/shop?sslmode=sometimes", None, &["contact", "list"]);
    assert!(refused(&e).contains("sslmode=sometimes"), "{}", e.stderr);
}

/// Where `needle` still lies in the pages of `table` (as the server holds
/// them, dead row versions and free space included): pageinspect's raw
/// pages, read by the superuser.
fn pages_holding(c: &mut Client, table: &str, needle: &str) -> i64 {
    c.query_one(
        &format!(
            "SELECT count(*) FROM generate_series(0, pg_relation_size('{table}') / current_setting('block_size')::int - 1) AS b \
             WHERE position(convert_to($1, 'UTF8') IN get_raw_page('{table}', CAST(b AS int))) > 0"
        ),
        &[&needle],
    )
    .unwrap()
    .get(0)
}

#[test]
fn forget_vacuums_what_it_touched_so_the_erased_rows_leave_the_pages() {
    let Some(s) = tls() else { return };
    let db = s.database();
    let url = s.socket(&db);
    ok(carnet(&url, None, &["contact", "add", "--name", "Zoé Effacée", "--email", "zoe.effacee@example.fr"]));
    ok(carnet(&url, None, &["contact", "add", "--name", "Marc Reste"]));
    ok(carnet(
        &url,
        None,
        &["purchase", "add", "Zoé Effacée", "80", "--date", "2024-05-02", "--note", "bague-secrete"],
    ));
    ok(carnet(&url, None, &["interaction", "add", "Zoé Effacée", "--kind", "call", "--note", "appel-confidentiel"]));
    let mut c = Client::connect(&url, NoTls).unwrap();
    c.batch_execute("CREATE EXTENSION IF NOT EXISTS pageinspect").unwrap();
    // Before: the pages hold them (the check can see what it looks for).
    assert!(pages_holding(&mut c, "contacts", "Effacée") > 0);
    assert!(pages_holding(&mut c, "purchases", "bague-secrete") > 0);
    ok(carnet(&url, None, &["privacy", "forget", "Zoé Effacée", "--yes"]));
    // After: neither the live rows nor the old row versions hold them.
    for (table, secret) in [
        ("contacts", "Effacée"),
        ("contacts", "zoe.effacee"),
        ("purchases", "bague-secrete"),
        ("interactions", "appel-confidentiel"),
    ] {
        assert_eq!(pages_holding(&mut c, table, secret), 0, "{secret} is still in the pages of {table}");
    }
    // Every table it wrote was vacuumed by hand (not by autovacuum).
    let unvacuumed: Vec<String> = c
        .query(
            "SELECT relname::text FROM pg_stat_user_tables WHERE relname IN ('contacts', 'purchases', 'interactions', \
             'contact_keys', 'deals', 'consent_proofs') AND last_vacuum IS NULL",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(unvacuumed.is_empty(), "not vacuumed: {unvacuumed:?}");
    assert!(ok(carnet(&url, None, &["contact", "list"])).contains("Marc Reste"));
    // The retention review's erasure does the same.
    ok(carnet(&url, None, &["interaction", "add", "Marc Reste", "--kind", "visit", "--note", "note-de-marc"]));
    assert!(pages_holding(&mut c, "interactions", "note-de-marc") > 0);
    let home = tempfile::tempdir().unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_carnet"))
        .env_clear()
        .env("CARNET_DB", &url)
        .env("HOME", home.path())
        .env("CARNET_NOW", "2030-01-01")
        .args(["privacy", "review", "--forget", "--yes"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(pages_holding(&mut c, "interactions", "note-de-marc"), 0);
    assert_eq!(pages_holding(&mut c, "contacts", "Marc Reste"), 0);
}
