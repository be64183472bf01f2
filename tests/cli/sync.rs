//! `carnet sync` against real CardDAV/CalDAV servers on 127.0.0.1:
//! Radicale (htpasswd authentication, plain) and Xandikos (behind a tiny
//! Basic-authentication proxy, `tests/servers/auth_proxy.py`: Xandikos
//! authenticates only over its own self-signed HTTPS), both from PyPI in
//! target/venv (`.ci/run` installs them; `CARNET_TEST_PYTHON` names another
//! Python that has them). Under `CI=true` a missing server fails the test;
//! elsewhere the test says SKIPPED and returns.
//!
//! What the servers hold is read back with a plain WebDAV client of the
//! test's own (PROPFIND and GET through ureq) and parsed with the `ical`
//! crate: nothing of carnet's code reads it.

use crate::Env;
use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const USER: &str = "shop";
const PASSWORD: &str = "s3cret pass";

/// A Python with `module`, or None (SKIPPED) outside CI.
fn python(module: &str) -> Option<PathBuf> {
    let candidates: Vec<PathBuf> = std::env::var_os("CARNET_TEST_PYTHON")
        .map(PathBuf::from)
        .into_iter()
        .chain([Path::new(env!("CARGO_MANIFEST_DIR")).join("target/venv/bin/python")])
        .collect();
    for p in candidates {
        let ok = Command::new(&p)
            .args(["-c", &format!("import {module}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            return Some(p);
        }
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true but no Python with {module}: .ci/run installs it into target/venv");
    }
    crate::skipped(&format!(
        "no Python with {module} (run .ci/run, or set CARNET_TEST_PYTHON): the {module} sync tests did not run"
    ));
    None
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Does process `pid` hold a socket listening on 127.0.0.1:`port`? A
/// port found free can be taken by another test's server before ours
/// binds it; then the port answers, but not for us.
fn owns_listener(pid: u32, port: u16) -> bool {
    let Ok(table) = std::fs::read_to_string("/proc/net/tcp") else { return true };
    let inodes: Vec<String> = table
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            let at = f.get(1)?.rsplit(':').next()?;
            let inode = f.get(9)?;
            (u16::from_str_radix(at, 16).ok()? == port && *f.get(3)? == "0A").then(|| format!("socket:[{inode}]"))
        })
        .collect();
    let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else { return false };
    fds.flatten()
        .filter_map(|fd| std::fs::read_link(fd.path()).ok())
        .any(|link| inodes.iter().any(|i| link.to_str() == Some(i.as_str())))
}

/// Wait until `child` listens on `port`: false when it exits first (the
/// port was taken meanwhile: the caller starts it again on another).
fn wait_for(port: u16, child: &mut Child, what: &str) -> bool {
    for _ in 0..300 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() && owns_listener(child.id(), port) {
            return true;
        }
        if let Ok(Some(_)) = child.try_wait() {
            return false;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("{what} did not listen on {port}");
}

/// Start a server on a free port (`start` spawns it on the port given),
/// again on another port if the first was taken before it could bind it.
fn start_on_free_port(what: &str, mut start: impl FnMut(u16) -> Child) -> (u16, Child) {
    for _ in 0..5 {
        let port = free_port();
        let mut child = start(port);
        if wait_for(port, &mut child, what) {
            return (port, child);
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    panic!("{what} could not be started on a free port in five tries");
}

/// A server started for one test, stopped when dropped.
pub struct Server {
    children: Vec<Child>,
    pub name: &'static str,
    /// The server's root (for discovery).
    pub root: String,
    pub carddav: String,
    pub caldav: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        for c in &mut self.children {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Server {
    /// Radicale with htpasswd (plain) authentication, an address book
    /// and a calendar made on its disk.
    fn radicale(env: &Env) -> Option<Server> {
        let py = python("radicale")?;
        let dir = env.path("radicale");
        let root = dir.join("collections/collection-root/shop");
        for (name, tag) in [("contacts", "VADDRESSBOOK"), ("calendar", "VCALENDAR")] {
            std::fs::create_dir_all(root.join(name)).unwrap();
            std::fs::write(root.join(name).join(".Radicale.props"), format!("{{\"tag\": \"{tag}\"}}")).unwrap();
        }
        std::fs::write(dir.join("users"), format!("{USER}:{PASSWORD}\n")).unwrap();
        let (port, child) = start_on_free_port("Radicale", |port| {
            let config = format!(
                "[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\n\
                 htpasswd_encryption = plain\n[rights]\ntype = owner_only\n[storage]\nfilesystem_folder = {coll}\n\
                 [logging]\nlevel = warning\n",
                users = dir.join("users").display(),
                coll = dir.join("collections").display()
            );
            std::fs::write(dir.join("config"), config).unwrap();
            Command::new(&py)
                .args(["-m", "radicale", "--config"])
                .arg(dir.join("config"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start Radicale")
        });
        let base = format!("http://127.0.0.1:{port}");
        Some(Server {
            children: vec![child],
            name: "radicale",
            root: format!("{base}/"),
            carddav: format!("{base}/shop/contacts/"),
            caldav: format!("{base}/shop/calendar/"),
        })
    }

    /// Xandikos with its default address book and calendar, behind the
    /// authentication proxy.
    fn xandikos(env: &Env) -> Option<Server> {
        let py = python("xandikos")?;
        let dir = env.path("xandikos");
        std::fs::create_dir_all(&dir).unwrap();
        let (port, x) = start_on_free_port("Xandikos", |port| {
            Command::new(&py)
                .args(["-m", "xandikos", "serve", "--defaults", "--no-detect-systemd", "-l", "127.0.0.1", "-p"])
                .arg(port.to_string())
                .arg("-d")
                .arg(dir.join("data"))
                .arg("--state-dir")
                .arg(dir.join("state"))
                .args(["--current-user-principal", "/shop/"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start Xandikos")
        });
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/servers/auth_proxy.py");
        let mut proxy = Command::new(&py)
            .arg(script)
            .args(["--user", USER, "--password", PASSWORD, "--to"])
            .arg(port.to_string())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the auth proxy");
        let mut line = String::new();
        std::io::BufReader::new(proxy.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let pport: u16 =
            line.trim().strip_prefix("READY ").unwrap_or_else(|| panic!("proxy said {line:?}")).parse().unwrap();
        let base = format!("http://127.0.0.1:{pport}");
        Some(Server {
            children: vec![x, proxy],
            name: "xandikos",
            root: format!("{base}/"),
            carddav: format!("{base}/shop/contacts/addressbook/"),
            caldav: format!("{base}/shop/calendars/calendar/"),
        })
    }
}

/// The config that points carnet at `s`.
fn configure(env: &Env, s: &Server, extra: &str) {
    env.write(
        "config.toml",
        format!("[sync]\ncarddav = \"{}\"\ncaldav = \"{}\"\nusername = \"{USER}\"\n{extra}", s.carddav, s.caldav),
    );
}

/// `carnet sync` with the password in the environment.
fn sync(env: &Env, args: &[&str]) -> crate::Out {
    let o = env.cmd().env("CARNET_SYNC_PASSWORD", PASSWORD).arg("sync").args(args).output().expect("run carnet");
    crate::Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

fn sync_ok(env: &Env, args: &[&str]) -> crate::Out {
    let o = sync(env, args);
    assert_eq!(o.code, 0, "carnet sync {args:?} failed:\nstdout: {}\nstderr: {}", o.stdout, o.stderr);
    o
}

/// The test's own WebDAV client.
fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).allow_non_standard_methods(true).build().into()
}

fn auth() -> String {
    use std::fmt::Write;
    // Base64 by hand: the test needs no crate of carnet's for it.
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bytes = format!("{USER}:{PASSWORD}").into_bytes();
    let mut out = String::from("Basic ");
    for c in bytes.chunks(3) {
        let n =
            (u32::from(c[0]) << 16) | (u32::from(*c.get(1).unwrap_or(&0)) << 8) | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            let _ = write!(out, "{}", if i <= c.len() { A[((n >> (18 - 6 * i)) & 63) as usize] as char } else { '=' });
        }
    }
    out
}

fn request(method: &str, url: &str, body: Option<&str>, headers: &[(&str, &str)]) -> (u16, String) {
    let mut req = ureq::http::Request::builder()
        .method(ureq::http::Method::from_bytes(method.as_bytes()).unwrap())
        .uri(url)
        .header("Authorization", auth());
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let mut resp = agent().run(req.body(body.unwrap_or("").to_string()).unwrap()).expect("the server answers");
    let status = resp.status().as_u16();
    (status, resp.body_mut().read_to_string().unwrap())
}

/// Every entry of a collection: href -> body, read with PROPFIND and GET.
fn read_back(collection: &str) -> BTreeMap<String, String> {
    let (status, xml) = request(
        "PROPFIND",
        collection,
        Some(r#"<?xml version="1.0"?><propfind xmlns="DAV:"><prop><getetag/></prop></propfind>"#),
        &[("Depth", "1"), ("Content-Type", "application/xml")],
    );
    assert_eq!(status, 207, "{xml}");
    let origin: String = collection.splitn(4, '/').take(3).collect::<Vec<_>>().join("/");
    let mut out = BTreeMap::new();
    let mut rest = xml.as_str();
    while let Some(i) = rest.find("href>") {
        rest = &rest[i + 5..];
        if let Some(end) = rest.find('<') {
            let href = rest[..end].trim().to_string();
            rest = &rest[end..];
            if href.is_empty() || href.ends_with('/') {
                continue;
            }
            let url = if href.starts_with("http") { href.clone() } else { format!("{origin}{href}") };
            let (s, body) = request("GET", &url, None, &[]);
            assert_eq!(s, 200, "GET {url}");
            out.insert(url, body);
        }
    }
    out
}

/// The cards of a collection by UID: each one's properties (name -> values).
fn cards(collection: &str) -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
    let mut out = BTreeMap::new();
    for body in read_back(collection).values() {
        for card in ical::VcardParser::new(body.as_bytes()) {
            let card = card.expect("a valid vCard");
            let mut props: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for p in card.properties {
                props.entry(p.name.clone()).or_default().push(p.value.unwrap_or_default());
            }
            let uid = props["UID"][0].clone();
            assert!(out.insert(uid.clone(), props).is_none(), "two cards with the UID {uid}");
        }
    }
    out
}

/// The calendar entries by UID: (SUMMARY, DTSTART or DUE).
fn events(collection: &str) -> BTreeMap<String, (String, String)> {
    let mut out = BTreeMap::new();
    for body in read_back(collection).values() {
        for cal in ical::IcalParser::new(body.as_bytes()) {
            let cal = cal.expect("valid iCalendar");
            for c in cal.todos.iter().map(|t| &t.properties).chain(cal.events.iter().map(|e| &e.properties)) {
                let get = |n: &str| c.iter().find(|p| p.name == n).and_then(|p| p.value.clone()).unwrap_or_default();
                let when = if get("DTSTART").is_empty() { get("DUE") } else { get("DTSTART") };
                assert!(out.insert(get("UID"), (get("SUMMARY"), when)).is_none(), "two entries with one UID");
            }
        }
    }
    out
}

fn demo(env: &Env, customers: &str) {
    env.ok(&["demo", "--customers", customers]);
}

/// Every active contact of carnet's, as `contact export --format json` has it.
fn contacts(env: &Env) -> Vec<serde_json::Value> {
    match env.json(&["contact", "export"]) {
        serde_json::Value::Array(a) => a,
        other => panic!("{other}"),
    }
}

fn both(test: impl Fn(&Env, &Server)) {
    for start in [Server::radicale, Server::xandikos] {
        let env = Env::new();
        let Some(server) = start(&env) else { continue };
        test(&env, &server);
    }
}

/// First sync of a demo shop: every active contact a card with its fields,
/// every reminder an entry of the calendar, read back field for field; the
/// second run sends nothing and says nothing.
#[test]
fn a_demo_shop_syncs_and_reads_back_field_for_field() {
    both(|env, s| {
        demo(env, "30");
        configure(env, s, "");
        let first = sync_ok(env, &[]);
        let people = contacts(env);
        assert!(first.stderr.contains(&format!("{} contacts added", people.len())), "{}: {}", s.name, first.stderr);
        let on_server = cards(&s.carddav);
        assert_eq!(on_server.len(), people.len(), "{}", s.name);
        for p in &people {
            let id = p["id"].as_i64().unwrap();
            let c = &on_server[&format!("urn:carnet:contact:{id}")];
            assert_eq!(c["VERSION"], ["3.0"]);
            assert_eq!(c["FN"], [p["name"].as_str().unwrap()], "{}", s.name);
            for (field, prop) in [("email", "EMAIL"), ("phone", "TEL"), ("company", "ORG")] {
                match p[field].as_str() {
                    Some(v) => assert!(c[prop].iter().any(|x| x == v), "{}: {prop} {v} in {c:?}", s.name),
                    None => assert!(!c.contains_key(prop), "{}: {prop} in {c:?}", s.name),
                }
            }
            if let Some(city) = p["city"].as_str() {
                assert!(c["ADR"][0].contains(city), "{c:?}");
            }
            assert!(c.contains_key("X-CARNET-HASH"));
        }
        // The NOTE carnet writes: a customer's segment, visits, last visit.
        let noted = on_server
            .values()
            .filter_map(|c| c.get("NOTE"))
            .filter(|n| n[0].starts_with("carnet: ") && n[0].contains(" visits · last visit 20"))
            .count();
        assert!(noted > people.len() / 2, "{}: {noted} notes", s.name);
        // The calendar holds what `remind --format ics` lists, under its UIDs.
        let ics = env.ok(&["remind", "--format", "ics"]);
        let mut wanted = BTreeMap::new();
        for cal in ical::IcalParser::new(ics.as_bytes()) {
            let cal = cal.unwrap();
            for c in cal.todos.iter().map(|t| &t.properties).chain(cal.events.iter().map(|e| &e.properties)) {
                let get = |n: &str| c.iter().find(|p| p.name == n).and_then(|p| p.value.clone()).unwrap_or_default();
                let when = if get("DTSTART").is_empty() { get("DUE") } else { get("DTSTART") };
                wanted.insert(get("UID"), (get("SUMMARY"), when));
            }
        }
        assert!(!wanted.is_empty(), "the demo has reminders");
        assert_eq!(events(&s.caldav), wanted, "{}", s.name);
        // Nothing changed: nothing sent, nothing said.
        let again = sync_ok(env, &[]);
        assert_eq!((again.stdout.as_str(), again.stderr.as_str()), ("", ""), "{}", s.name);
        let json = sync_ok(env, &["--format", "json"]);
        assert_eq!(json.stdout.trim(), "[]");
    });
}

/// An edit updates one card; a merge deletes the merged card; a forgotten
/// person's card leaves the server (and `privacy forget` says it will).
#[test]
fn edits_merges_and_forgets_reach_the_server() {
    both(|env, s| {
        configure(env, s, "");
        let a = env.add(&["--name", "Hélène Dupont", "--email", "helene@example.fr", "--phone", "+33612345678"]);
        let b = env.add(&["--name", "Helene Dupont", "--email", "h.dupont@example.fr"]);
        let c = env.add(&["--name", "Marc Petit", "--city", "Lyon"]);
        sync_ok(env, &["--contacts"]);
        assert_eq!(cards(&s.carddav).len(), 3);
        env.ok(&["contact", "edit", &c, "--city", "Annecy"]);
        let out = sync_ok(env, &["--contacts"]);
        assert_eq!(out.stderr.trim(), "1 contact updated", "{}", s.name);
        assert!(cards(&s.carddav)[&format!("urn:carnet:contact:{c}")]["ADR"][0].contains("Annecy"));
        env.ok(&["contact", "merge", &a, &b, "--yes"]);
        let out = sync_ok(env, &["--contacts", "--format", "json"]);
        let rows: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        let deleted: Vec<&str> = rows
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["action"] == "delete")
            .map(|r| r["uid"].as_str().unwrap())
            .collect();
        assert_eq!(deleted, [format!("urn:carnet:contact:{b}")], "{}: {rows}", s.name);
        let after = cards(&s.carddav);
        assert_eq!(after.len(), 2);
        assert!(after[&format!("urn:carnet:contact:{a}")]["EMAIL"].contains(&"h.dupont@example.fr".to_string()));
        let said = env.run(&["privacy", "forget", &c, "--yes"]);
        assert!(said.stderr.contains("the next `carnet sync` deletes this person's card"), "{}", said.stderr);
        let out = sync_ok(env, &["--contacts"]);
        assert_eq!(out.stderr.trim(), "1 contact deleted");
        let left = cards(&s.carddav);
        assert_eq!(left.keys().collect::<Vec<_>>(), [&format!("urn:carnet:contact:{a}")], "{}", s.name);
        assert!(!read_back(&s.carddav).values().any(|b| b.contains("Petit")), "{}", s.name);
        // Nothing personal is kept to do it: only ids.
        assert_eq!(
            env.sql_text("SELECT min(uid) || '/' || max(uid) FROM sync_entries"),
            format!("urn:carnet:contact:{a}/urn:carnet:contact:{a}")
        );
    });
}

/// A card edited on the server since carnet sent it is reported and left;
/// --overwrite replaces it.
#[test]
fn a_card_changed_on_the_server_is_a_conflict_not_overwritten() {
    both(|env, s| {
        configure(env, s, "");
        let id = env.add(&["--name", "Hélène Dupont", "--email", "helene@example.fr"]);
        sync_ok(env, &["--contacts"]);
        let (url, body) = read_back(&s.carddav).into_iter().next().unwrap();
        let edited = body.replace("helene@example.fr", "helene@phone.example");
        let (status, _) = request("PUT", &url, Some(&edited), &[("Content-Type", "text/vcard")]);
        assert!((200..300).contains(&status), "{status}");
        env.ok(&["contact", "edit", &id, "--phone", "+33612345678"]);
        let o = sync(env, &["--contacts"]);
        assert_eq!(o.code, 1, "{}: {}", s.name, o.stderr);
        assert!(o.stderr.contains("1 entry was changed on the server"), "{}", o.stderr);
        assert!(o.stderr.contains("--overwrite"), "{}", o.stderr);
        assert!(read_back(&s.carddav).values().next().unwrap().contains("helene@phone.example"));
        sync_ok(env, &["--contacts", "--overwrite"]);
        let now = read_back(&s.carddav).into_values().next().unwrap();
        assert!(now.contains("helene@example.fr") && now.contains("+33612345678"), "{now}");
        assert_eq!(sync_ok(env, &["--contacts"]).stderr, "");
    });
}

/// Killed right after a PUT landed (its answer lost), then run again: no
/// card twice, none missing, nothing sent again that was there.
#[test]
fn a_sync_killed_mid_way_resumes_without_duplicates() {
    both(|env, s| {
        demo(env, "12");
        configure(env, s, "");
        let o = env
            .cmd()
            .env("CARNET_SYNC_PASSWORD", PASSWORD)
            .env("CARNET_FAULT", "sync:after-put:5")
            .args(["sync", "--contacts"])
            .output()
            .unwrap();
        assert!(!o.status.success(), "the run was to die");
        assert_eq!(read_back(&s.carddav).len(), 6, "{}: six PUTs landed", s.name);
        assert_eq!(env.sql("SELECT count(*) FROM sync_entries WHERE pending_hash IS NOT NULL"), 1);
        let out = sync_ok(env, &["--contacts"]);
        let n = contacts(env).len();
        assert!(out.stderr.contains(&format!("{} contacts added", n - 5)), "{}: {}", s.name, out.stderr);
        let on_server = cards(&s.carddav);
        assert_eq!(on_server.len(), n);
        assert_eq!(
            env.sql("SELECT count(*) FROM sync_entries WHERE pending_hash IS NULL AND etag IS NOT NULL"),
            n as i64
        );
        assert_eq!(sync_ok(env, &["--contacts"]).stderr, "");
    });
}

/// A wrong password and a server that is down: a clear message, exit 1,
/// nothing recorded as sent.
#[test]
fn a_wrong_password_and_a_server_down_are_said_in_words() {
    both(|env, s| {
        configure(env, s, "");
        env.add(&["--name", "Hélène Dupont"]);
        let o = env.cmd().env("CARNET_SYNC_PASSWORD", "wrong").args(["sync"]).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(
            err.starts_with("error: the sync server refused the user name or password (HTTP 401"),
            "{}: {err}",
            s.name
        );
        assert!(err.contains("hint: check `[sync] username`"), "{err}");
        // The password from a command works as the environment does.
        env.write(
            "config.toml",
            format!(
                "[sync]\ncarddav = \"{}\"\nusername = \"{USER}\"\npassword_command = \"printf '%s' '{PASSWORD}'\"\n",
                s.carddav
            ),
        );
        assert_eq!(env.run(&["sync"]).code, 0);
        assert_eq!(cards(&s.carddav).len(), 1);
    });
    let env = Env::new();
    let port = free_port();
    env.write(
        "config.toml",
        format!("[sync]\ncarddav = \"http://127.0.0.1:{port}/shop/contacts/\"\nusername = \"{USER}\"\n"),
    );
    env.add(&["--name", "Hélène Dupont"]);
    let err = env.fails(1, &["sync"]);
    assert!(
        err.contains(&format!("the sync server at http://127.0.0.1:{port}/shop/contacts/ could not be reached")),
        "{err}"
    );
    assert!(err.contains("hint: nothing is lost"), "{err}");
    assert_eq!(env.sql("SELECT count(*) FROM sync_entries"), 0);
}

/// Given only the server's root, carnet finds the address book and the
/// calendar (current-user-principal, then the home sets); a URL that leads
/// to none is refused in words.
#[test]
fn the_collections_are_discovered_from_the_root() {
    both(|env, s| {
        env.write(
            "config.toml",
            format!("[sync]\ncarddav = \"{r}\"\ncaldav = \"{r}\"\nusername = \"{USER}\"\n", r = s.root),
        );
        env.add(&["--name", "Hélène Dupont", "--birthday", "1980-07-02"]);
        sync_ok(env, &[]);
        assert_eq!(cards(&s.carddav).len(), 1, "{}", s.name);
        assert_eq!(events(&s.caldav).len(), 1, "{}", s.name);
        // The calendar given as the address book, and a path with nothing.
        for wrong in [s.caldav.clone(), format!("{}shop/nothing/", s.root)] {
            env.write("config.toml", format!("[sync]\ncarddav = \"{wrong}\"\nusername = \"{USER}\"\n"));
            let o = sync(env, &[]);
            assert_eq!(o.code, 1, "{}: {}", s.name, o.stderr);
            assert!(
                o.stderr.starts_with(&format!(
                    "error: {wrong} is not an address book, and none was found from it\nhint: give the"
                )),
                "{}: {}",
                s.name,
                o.stderr
            );
        }
        // Somewhere the user may not go.
        env.write("config.toml", format!("[sync]\ncarddav = \"{}other/\"\nusername = \"{USER}\"\n", s.root));
        let o = sync(env, &[]);
        if s.name == "radicale" {
            assert!(o.stderr.starts_with("error: the sync server refused access to "), "{}", o.stderr);
        }
        assert_eq!(o.code, 1, "{}", o.stderr);
        // https:// to a plain-HTTP server: the secure connection fails, in words.
        let tls = s.carddav.replace("http://", "https://");
        env.write("config.toml", format!("[sync]\ncarddav = \"{tls}\"\nusername = \"{USER}\"\n"));
        let o = sync(env, &[]);
        assert_eq!(o.code, 1, "{}", o.stderr);
        assert!(o.stderr.starts_with(&format!("error: the secure connection to {tls} failed: ")), "{}", o.stderr);
        assert!(!o.stderr.contains("panicked"));
    });
}

/// --dry-run lists what would change and sends nothing; --report-new
/// prints the cards made on the phone, for `contact import`.
#[test]
fn a_dry_run_sends_nothing_and_new_cards_on_the_server_are_reported() {
    both(|env, s| {
        configure(env, s, "");
        let id = env.add(&["--name", "Hélène Dupont"]);
        let dry = sync_ok(env, &["--dry-run", "--contacts", "--format", "json"]);
        let rows: serde_json::Value = serde_json::from_str(&dry.stdout).unwrap();
        assert_eq!(rows[0]["action"], "create");
        assert_eq!(rows[0]["uid"], format!("urn:carnet:contact:{id}"));
        assert!(read_back(&s.carddav).is_empty(), "{}", s.name);
        sync_ok(env, &["--contacts"]);
        let phone = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-1\r\nFN:Paul Martin\r\nN:Martin;Paul;;;\r\nTEL:+33698765432\r\nEND:VCARD\r\n";
        let (status, _) = request(
            "PUT",
            &format!("{}phone-1.vcf", s.carddav),
            Some(phone),
            &[("Content-Type", "text/vcard"), ("If-None-Match", "*")],
        );
        assert!((200..300).contains(&status), "{status}");
        let o = sync_ok(env, &["--report-new"]);
        assert!(o.stdout.contains("FN:Paul Martin") && !o.stdout.contains("Dupont"), "{}: {}", s.name, o.stdout);
        assert!(o.stderr.contains("1 card on the server was not put there by carnet"), "{}", o.stderr);
        let file = env.write("phone.vcf", &o.stdout);
        env.ok(&["contact", "import", &file]);
        assert!(env.names().contains(&"Paul Martin".to_string()));
    });
}

#[test]
fn sync_without_a_server_configured_says_how_to_set_one() {
    let env = Env::new();
    env.add(&["--name", "Hélène Dupont"]);
    let err = env.fails(1, &["sync"]);
    assert!(err.starts_with("error: no sync server is configured\nhint: set `[sync] carddav"), "{err}");
    env.write("config.toml", "[sync]\ncarddav = \"ftp://x/\"\n");
    assert!(env.fails(1, &["sync"]).contains("not an http(s) address"));
    env.write("config.toml", "[sync]\ncaldav = \"http://127.0.0.1:9/\"\n");
    assert!(env.fails(1, &["sync", "--contacts"]).contains("no address book is configured"));
}

/// A dry run asks no server: it lists from carnet's own state what would
/// be created (here, everything), as a table, in English and in French.
#[test]
fn a_dry_run_lists_what_would_change_without_a_server() {
    let env = Env::new();
    env.write(
        "config.toml",
        "[sync]\ncarddav = \"http://127.0.0.1:9/shop/contacts/\"\ncaldav = \"http://127.0.0.1:9/shop/calendar/\"\nusername = \"shop\"\n",
    );
    env.add(&["--name", "Hélène Dupont", "--birthday", "1980-07-02"]);
    env.add(&["--name", "Marc Petit"]);
    insta::assert_snapshot!(env.snap(&["sync", "--dry-run"]));
    insta::assert_snapshot!(env.snap(&["--lang", "fr", "sync", "--dry-run", "--calendar"]));
    insta::assert_snapshot!(env.snap(&["sync", "--dry-run", "--contacts", "--format", "csv"]));
    // Asked for real, the server is down: said in words, nothing recorded.
    insta::assert_snapshot!(env.snap(&["--lang", "fr", "sync"]));
    assert_eq!(env.sql("SELECT count(*) FROM sync_entries"), 0);
}
