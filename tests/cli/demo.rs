//! `carnet demo`.

use crate::Env;

#[test]
fn demo_builds_a_shop_deterministically_and_never_mixes() {
    let env = Env::new();
    let o = env.run(&["demo", "--customers", "60", "--seed", "3"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    // Without --db/CARNET_DB? The test env sets CARNET_DB: it is used.
    assert!(o.stderr.contains("60 customers"), "{}", o.stderr);
    // The 60 people, and the restaurant, the hotel and the agency.
    assert!(o.stdout.contains("RFM as of 2024-06-30: 63 customers"), "{}", o.stdout);
    let companies = env.json(&["report", "rfm", "--by", "company", "--customers"]);
    let mut names: Vec<&str> = companies.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["Agence Lumière", "Hôtel du Parc", "Restaurant Le Potager"], "{companies}");
    let people = env.json(&["contact", "list", "--company", "Hôtel du Parc"]);
    assert!(!people.as_array().unwrap().is_empty(), "the hotel has people");
    assert!(o.stderr.contains("export CARNET_DB="), "{}", o.stderr);
    assert!(
        o.stderr.contains("carnet report categories") && o.stderr.contains("carnet purchase categories cycle"),
        "{}",
        o.stderr
    );
    // The florist's purchases say what and where: every purchase has both.
    let cats = env.json(&["purchase", "categories", "list"]);
    let names: Vec<&str> = cats.as_array().unwrap().iter().map(|c| c["category"].as_str().unwrap()).collect();
    assert!(names.contains(&"Bouquets") && names.contains(&"Ateliers"), "{names:?}");
    let subscriptions = cats.as_array().unwrap().iter().find(|c| c["category"] == "Abonnements").unwrap();
    assert_eq!(subscriptions["cycle"], "12m", "the demo's yearly renewal");
    let remind = env.json(&["remind", "--within", "365d"]);
    assert!(
        remind.as_array().unwrap().iter().any(|i| i["kind"] == "renewal"),
        "every subscriber is due within the year: {remind}"
    );
    let all = env.json(&["purchase", "list"]);
    assert!(all.as_array().unwrap().iter().all(|p| p["category"].is_string() && p["channel"].is_string()));
    let first = env.ok(&["purchase", "export"]);
    assert!(first.lines().count() > 60);
    let err = env.fails(1, &["demo", "--customers", "60", "--seed", "3"]);
    assert!(err.contains("already holds data") && err.contains("--force"), "{err}");
    env.ok(&["demo", "--customers", "60", "--seed", "3", "--force"]);
    assert_eq!(env.ok(&["purchase", "export"]), first);
    env.ok(&["demo", "--customers", "60", "--seed", "4", "--force"]);
    assert_ne!(env.ok(&["purchase", "export"]), first);
}

#[test]
fn demo_without_db_goes_to_demo_db_in_the_data_folder() {
    let env = Env::new();
    let o = env.cmd().env_remove("CARNET_DB").args(["demo", "--customers", "5"]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(env.path("data/carnet/demo.db").exists());
    assert!(!env.db().exists());
}
