//! Who did what: every purchase, interaction, deal change and consent
//! event records who recorded it (`recorded_by`): on SQLite the name
//! carnet is given (`CARNET_USER`, `user` in the config, the login name),
//! on PostgreSQL the connected role (raw SQL included).

use crate::consent::{grant, WORDING};
use crate::{engine, Env};

/// One person at the counter: how a run of carnet says who they are.
enum Who {
    /// SQLite: `CARNET_USER`.
    Env(&'static str),
    /// SQLite: `user` in the config (no `CARNET_USER`).
    Config(&'static str),
    /// PostgreSQL: a login role of its own (its URL).
    Role(String),
}

impl Who {
    fn run(&self, env: &Env, args: &[&str]) -> String {
        let mut cmd = env.cmd();
        match self {
            Who::Env(name) => {
                cmd.env("CARNET_USER", name);
            }
            Who::Config(name) => {
                env.write("config.toml", format!("user = \"{name}\"\n"));
                cmd.env_remove("CARNET_USER");
            }
            Who::Role(url) => {
                cmd.env("CARNET_DB", url);
            }
        }
        let o = cmd.args(args).output().unwrap();
        assert!(o.status.success(), "carnet {args:?}: {}", String::from_utf8_lossy(&o.stderr));
        if matches!(self, Who::Config(_)) {
            std::fs::remove_file(env.path("config.toml")).unwrap();
        }
        String::from_utf8(o.stdout).unwrap()
    }
}

/// A login role on the test server (its tag unique among the tests) with every right on the test's
/// tables, dropped with it.
struct Role {
    name: String,
    env_url: String,
}

impl Role {
    fn new(env: &Env, tag: &str) -> Role {
        let name = format!("{tag}_{}", std::process::id());
        let url = env.db_arg();
        engine::execute(&url, &format!("DROP ROLE IF EXISTS {name}; CREATE ROLE {name} LOGIN"));
        engine::execute(
            &url,
            &format!(
                "GRANT ALL ON ALL TABLES IN SCHEMA public TO {name}; \
                 GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {name}"
            ),
        );
        Role { name, env_url: url }
    }

    /// The test database's URL, connecting as this role.
    fn url(&self) -> String {
        let (scheme, rest) = self.env_url.split_once("://").unwrap();
        let rest = rest.split_once('@').map_or(rest, |(_, r)| r);
        format!("{scheme}://{}@{rest}", self.name)
    }
}

impl Drop for Role {
    fn drop(&mut self) {
        let _ = engine::try_execute(&self.env_url, &format!("DROP OWNED BY {0}; DROP ROLE {0}", self.name));
    }
}

fn shop() -> Env {
    let env = Env::new();
    env.write("wording.txt", WORDING);
    env.add(&["--name", "Hélène Dupont", "--email", "helene@example.fr", "--ref", "H"]);
    env.ok(&["consent", "text", "add", env.path("wording.txt").to_str().unwrap(), "-q"]);
    env
}

/// Everything a counter records, done by `who`; the deal is `deal`.
fn record_all(env: &Env, who: &Who, amount: &str, deal: Option<&str>) -> String {
    let day = if deal.is_none() { "2024-06-01" } else { "2024-06-02" };
    who.run(env, &["purchase", "add", "H", amount, "--date", day]);
    who.run(env, &["interaction", "add", "H", "--kind", "call", "--note", &format!("about {amount}")]);
    let deal = match deal {
        Some(d) => {
            who.run(env, &["deal", "move", d, "proposal"]);
            d.to_string()
        }
        None => who.run(env, &["deal", "add", "H", "--title", "Oak table", "-q"]).trim().to_string(),
    };
    who.run(
        env,
        &[
            "consent",
            "grant",
            "H",
            "--channel",
            "email",
            "--method",
            "paper-form",
            "--wording",
            "1",
            "--source",
            "card",
        ],
    );
    deal
}

/// The values of `field` in a JSON list, in the order of their ids.
fn by_id(list: &serde_json::Value, field: &str) -> Vec<String> {
    let mut rows: Vec<(i64, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["id"].as_i64().unwrap(), r[field].as_str().unwrap_or("null").to_string()))
        .collect();
    rows.sort();
    rows.into_iter().map(|(_, v)| v).collect()
}

#[test]
fn each_purchase_interaction_deal_move_and_consent_event_says_who_recorded_it() {
    let env = shop();
    // Two people: on SQLite one named by CARNET_USER, one by the config; on
    // PostgreSQL two real login roles.
    let roles = engine::is_postgres().then(|| (Role::new(&env, "anna"), Role::new(&env, "bea")));
    let (a, b, names) = match &roles {
        Some((ra, rb)) => (Who::Role(ra.url()), Who::Role(rb.url()), [ra.name.clone(), rb.name.clone()]),
        None => (Who::Env("Anna"), Who::Config("Bea"), ["Anna".to_string(), "Bea".to_string()]),
    };
    let deal = record_all(&env, &a, "10", None);
    record_all(&env, &b, "20", Some(&deal));
    let both = vec![names[0].clone(), names[1].clone()];

    assert_eq!(by_id(&env.json(&["purchase", "list"]), "recorded_by"), both);
    assert_eq!(by_id(&env.json(&["interaction", "list"]), "recorded_by"), both);
    assert_eq!(by_id(&env.json(&["consent", "history", "H"]), "recorded_by"), both);
    let csv = env.ok(&["consent", "history", "H", "--format", "csv"]);
    assert!(csv.lines().next().unwrap().ends_with(",recorded_by"), "{csv}");
    assert!(csv.contains(&format!(",{}\n", names[1])), "{csv}");

    let d = env.json(&["deal", "show", &deal]);
    let history: Vec<&str> = d["history"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
    assert_eq!(history.len(), 2, "{history:?}");
    assert!(
        history[0].contains("opened in lead") && history[0].ends_with(&format!("— by {}", names[0])),
        "{history:?}"
    );
    assert!(history[1].ends_with(&format!("lead → proposal — by {}", names[1])), "{history:?}");

    let card = env.json(&["contact", "show", "H"]);
    assert_eq!(card["last_purchase_by"], names[1].as_str());
    assert_eq!(card["consent_by"], serde_json::json!([format!("email: {}", names[1])]));
    let lines: Vec<&str> = card["last_interactions"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
    assert_eq!(
        lines,
        [
            format!("2024-06-30 call: about 20 — by {}", names[1]),
            format!("2024-06-30 call: about 10 — by {}", names[0])
        ]
    );
    // People read "par" in French.
    let fr = env.ok(&["contact", "show", "H", "--lang", "fr"]);
    assert!(fr.contains(&format!("about 20 — par {}", names[1])), "{fr}");
    assert!(fr.contains("dernier achat par"), "{fr}");

    // The access request carries it too.
    let export: serde_json::Value = serde_json::from_str(&env.ok(&["privacy", "export", "H"])).unwrap();
    assert_eq!(by_id(&export["purchases"], "recorded_by"), both);
    assert_eq!(by_id(&export["interactions"], "recorded_by"), both);
    assert_eq!(by_id(&export["consent"], "recorded_by"), both);
    let moves: Vec<&str> =
        export["deals"][0]["history"].as_array().unwrap().iter().map(|h| h["recorded_by"].as_str().unwrap()).collect();
    assert_eq!(moves, [names[0].as_str(), names[1].as_str()]);
}

#[test]
fn raw_sql_records_the_role_on_postgresql_and_nobody_on_sqlite() {
    let env = shop();
    env.sql_exec("INSERT INTO purchases (contact_id, day, amount_cents) VALUES (1, 739000, 500)");
    let list = env.json(&["purchase", "list"]);
    // The tests' SQL connects as the server's `carnet` role.
    let expected = if engine::is_postgres() { serde_json::json!("carnet") } else { serde_json::Value::Null };
    assert_eq!(list[0]["recorded_by"], expected, "{list}");
    // A row from before carnet kept it says nobody, in the table as well.
    if !engine::is_postgres() {
        assert!(env.ok(&["contact", "show", "H"]).lines().all(|l| !l.contains("last purchase by")));
    }
}

#[test]
fn who_recorded_a_consent_event_never_changes() {
    let env = shop();
    grant(&env, "H", "email");
    assert_eq!(env.sql_text("SELECT recorded_by FROM consent_events"), "carnet");
    let err = env.sql_try("UPDATE consent_events SET recorded_by = 'mallory'").unwrap_err();
    assert!(err.contains("append-only"), "{err}");
    assert_eq!(env.sql_text("SELECT recorded_by FROM consent_events"), "carnet");
    // The chain still verifies: the recorder is not in the hash.
    env.ok(&["consent", "verify"]);
}

#[test]
fn the_login_name_stands_in_on_sqlite_and_postgresql_records_the_role_whatever_the_name_given() {
    let env = shop();
    let o =
        env.cmd().env_remove("CARNET_USER").env("USER", "zed").args(["purchase", "add", "H", "5"]).output().unwrap();
    assert!(o.status.success());
    let o = env.cmd().env("CARNET_USER", "Mallory").args(["purchase", "add", "H", "6"]).output().unwrap();
    assert!(o.status.success());
    let o = env.cmd().env_remove("CARNET_USER").args(["purchase", "add", "H", "7"]).output().unwrap();
    assert!(o.status.success());
    let got = by_id(&env.json(&["purchase", "list"]), "recorded_by");
    if engine::is_postgres() {
        assert_eq!(got, ["carnet", "carnet", "carnet"]);
    } else {
        // No CARNET_USER, no config, no login name: nobody.
        assert_eq!(got, ["zed", "Mallory", "null"]);
    }
}

#[test]
fn a_merge_keeps_who_recorded_the_rows_it_moves() {
    let env = shop();
    env.add(&["--name", "Hélène D.", "--ref", "H2"]);
    let role = engine::is_postgres().then(|| Role::new(&env, "merging_bea"));
    let (bea, name) = match &role {
        Some(r) => (Who::Role(r.url()), r.name.clone()),
        None => (Who::Env("Bea"), "Bea".to_string()),
    };
    bea.run(&env, &["purchase", "add", "H2", "12"]);
    bea.run(&env, &["interaction", "add", "H2", "--kind", "visit"]);
    grant(&env, "H2", "sms");
    // Someone else merges: the rows keep their recorders.
    env.cmd().env("CARNET_USER", "Anna").args(["contact", "merge", "H", "H2", "--yes"]).assert().success();
    assert_eq!(by_id(&env.json(&["purchase", "list", "--contact", "H"]), "recorded_by"), [name.as_str()]);
    assert_eq!(by_id(&env.json(&["interaction", "list"]), "recorded_by"), [name.as_str()]);
    assert_eq!(by_id(&env.json(&["consent", "history", "H"]), "recorded_by"), ["carnet"]);
    env.ok(&["consent", "verify"]);
}
