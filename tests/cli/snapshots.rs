//! Whole outputs, pinned: what a table, a JSON document and a CSV look
//! like for each command group, with stdout, stderr and the exit code
//! together (as jj's tests do). A change to any of them shows as a diff to
//! review (`cargo insta review`), never as a silent change of interface.

use crate::Env;

/// The tiny reference shop (16 purchases of 7 customers as of 2024-06-30),
/// with names, a deal, interactions, a consent and a campaign.
fn shop() -> Env {
    let env = Env::new();
    let f = format!("{}/tests/fixtures/tiny/transactions.csv", env!("CARGO_MANIFEST_DIR"));
    env.ok(&["purchase", "import", &f]);
    env.ok(&["contact", "edit", "ref:A", "--name", "Hélène Dupont", "--email", "helene@example.fr", "--city", "Lyon"]);
    env.ok(&["contact", "edit", "ref:B", "--name", "Paul Martin", "--phone", "06 12 34 56 78", "--birthday", "07-03"]);
    env.ok(&["contact", "tag", "ref:A", "vip"]);
    env.ok(&[
        "deal",
        "add",
        "ref:A",
        "--title",
        "Oak table",
        "--amount",
        "2400",
        "--stage",
        "proposal",
        "--close",
        "2024-06-20",
    ]);
    env.ok(&["deal", "add", "ref:B", "--title", "Repair", "--amount", "120", "--close", "2024-07-15"]);
    env.ok(&[
        "interaction",
        "add",
        "ref:A",
        "--kind",
        "call",
        "--note",
        "wants the blue vase",
        "--follow-up",
        "2024-06-30",
        "--at",
        "2024-06-28",
    ]);
    env.ok(&["interaction", "add", "ref:B", "--kind", "visit", "--at", "2024-06-29"]);
    let w = env.write("wording.txt", "News of the workshop by email, about once a month.");
    env.grant_email("ref:A", &w, "card #12", "2024-06-01");
    env.ok(&["campaign", "create", "summer", "--channel", "email", "--segment", "Loyal Customers", "--seed", "7"]);
    env
}

/// The shop with a few purchases that say what was bought and where.
fn categorized() -> Env {
    let env = shop();
    for (who, amount, day, category, channel) in [
        ("ref:A", "30", "2024-05-02", "Bouquet", "shop"),
        ("ref:A", "45", "2024-06-01", "Atelier", "shop"),
        ("ref:B", "25", "2024-06-03", "bouquet", "market"),
        ("ref:B", "28", "2024-06-20", "Bouquet", "market"),
    ] {
        env.ok(&["purchase", "add", who, amount, "--date", day, "--category", category, "--channel", channel]);
    }
    env
}

/// The shop with its campaign's costs set and the campaign launched.
fn launched() -> Env {
    let env = shop();
    env.ok(&["campaign", "edit", "summer", "--cost-per-contact", "0,85", "--fixed-cost", "12"]);
    env.ok(&["campaign", "launch", "summer", "--out", env.path("r.csv").to_str().unwrap()]);
    env
}

macro_rules! snap {
    ($name:ident, $env:expr, [$($args:expr),*]) => {
        #[test]
        fn $name() {
            let env = $env;
            insta::assert_snapshot!(env.snap(&[$($args),*]));
        }
    };
}

// contact
snap!(contact_list_table, shop(), ["contact", "list"]);
snap!(contact_show_json, shop(), ["contact", "show", "ref:A", "--format", "json"]);
snap!(contact_show_table, shop(), ["contact", "show", "ref:A"]);
snap!(contact_export_csv, shop(), ["contact", "export"]);
snap!(contact_not_found, shop(), ["contact", "show", "nobody"]);

// purchase
snap!(purchase_list_table, shop(), ["purchase", "list", "--limit", "5"]);
snap!(purchase_list_json, shop(), ["purchase", "list", "--contact", "ref:B", "--format", "json"]);
snap!(purchase_export_csv, shop(), ["purchase", "export", "--contact", "ref:F"]);
snap!(purchase_bad_amount, shop(), ["purchase", "add", "ref:A", "12,345"]);

// import
fn with_update_file() -> Env {
    let env = shop();
    env.write("u.csv", "ref,name,email,city,tags\nA,Hélène Dupont,h.dupont@atelier.fr,Lyon,fidèle\nB,Paul Martin,,,\nZ,Zoé Garnier,zoe@example.fr,,\n");
    env
}
#[test]
fn contact_import_update_dry_run() {
    let env = with_update_file();
    insta::assert_snapshot!(env.snap(&[
        "contact",
        "import",
        env.path("u.csv").to_str().unwrap(),
        "--update",
        "--dry-run"
    ]));
}
snap!(import_list_table, shop(), ["import", "list"]);
snap!(import_list_csv, shop(), ["import", "list", "--format", "csv"]);

// deal
snap!(deal_list_table, shop(), ["deal", "list"]);
snap!(deal_show_json, shop(), ["deal", "show", "1", "--format", "json"]);
snap!(deal_list_csv, shop(), ["deal", "list", "--format", "csv"]);

// interaction
snap!(interaction_list_table, shop(), ["interaction", "list"]);
snap!(interaction_due_json, shop(), ["interaction", "due", "--format", "json"]);
snap!(interaction_list_csv, shop(), ["interaction", "list", "--format", "csv"]);

// remind
snap!(remind_digest, shop(), ["remind", "--within", "7d"]);
snap!(remind_json, shop(), ["remind", "--within", "7d", "--format", "json"]);
snap!(remind_csv, shop(), ["remind", "--format", "csv"]);

// report
snap!(report_rfm_table, shop(), ["report", "rfm"]);
snap!(report_rfm_customers_csv, shop(), ["report", "rfm", "--customers", "--format", "csv"]);
snap!(report_rfm_json, shop(), ["report", "rfm", "--format", "json"]);
snap!(report_value_matrix_table, shop(), ["report", "value-matrix"]);
snap!(report_pareto_table, shop(), ["report", "pareto"]);
snap!(report_migration_table, shop(), ["report", "migration", "--from", "2024-03-31"]);
snap!(report_pipeline_table, shop(), ["report", "pipeline"]);
snap!(report_pipeline_json, shop(), ["report", "pipeline", "--format", "json"]);
snap!(report_consent_table, shop(), ["report", "consent"]);

// segment
snap!(segment_list_table, shop(), ["segment", "list"]);
snap!(segment_list_json, shop(), ["segment", "list", "--format", "json"]);
snap!(segment_show_csv, shop(), ["segment", "show", "Loyal Customers", "--format", "csv"]);

// consent
snap!(consent_history_table, shop(), ["consent", "history", "ref:A"]);
snap!(consent_show_json, shop(), ["consent", "show", "ref:A", "--format", "json"]);
snap!(consent_history_csv, shop(), ["consent", "history", "ref:A", "--format", "csv"]);

// campaign
snap!(campaign_preview_table, shop(), ["campaign", "preview", "summer"]);
snap!(campaign_preview_json, shop(), ["campaign", "preview", "summer", "--format", "json"]);
snap!(campaign_list_csv, shop(), ["campaign", "list", "--format", "csv"]);
snap!(campaign_report_table, launched(), ["campaign", "report", "summer"]);
snap!(report_categories_table, categorized(), ["report", "categories"]);
snap!(report_channels_csv, categorized(), ["report", "channels", "--format", "csv"]);
snap!(purchase_categories_table, categorized(), ["purchase", "categories", "list"]);
snap!(campaign_report_json, launched(), ["campaign", "report", "summer", "--format", "json"]);
snap!(campaign_edit_nothing, shop(), ["campaign", "edit", "summer"]);

// privacy
snap!(privacy_review_table, shop(), ["privacy", "review", "--older-than", "1y"]);
snap!(privacy_review_csv, shop(), ["privacy", "review", "--older-than", "1y", "--format", "csv"]);
snap!(privacy_review_too_long, shop(), ["privacy", "review", "--older-than", "99999999d"]);

// config and errors
snap!(config_show, Env::new(), ["config", "show"]);
snap!(usage_error, Env::new(), ["contact", "add"]);
snap!(no_database, Env::new(), ["contact", "list"]);

// lifetime value, on the CDNOW sample
fn cdnow() -> Env {
    let env = Env::new();
    let f = format!("{}/tests/fixtures/cdnow-sample/transactions.csv", env!("CARGO_MANIFEST_DIR"));
    env.ok(&["purchase", "import", &f]);
    env
}
snap!(report_clv_table, cdnow(), ["report", "clv", "--as-of", "1997-09-30"]);
snap!(report_clv_holdout_table, cdnow(), ["report", "clv", "--as-of", "1997-09-30", "--holdout-until", "1998-06-30"]);
snap!(
    report_clv_customers_csv,
    cdnow(),
    ["report", "clv", "--as-of", "1997-09-30", "--customers", "--limit", "5", "--format", "csv"]
);
snap!(report_profitability_table, cdnow(), ["report", "profitability", "--as-of", "1997-09-30"]);
snap!(report_clv_refused, shop(), ["report", "clv"]);

#[test]
fn contact_show_counts_what_campaigns_cost_them_and_their_net_value() {
    let env = launched();
    // Summer reached Hélène alone: 0,85 € + the whole 12 € fixed part.
    let card = env.json(&["contact", "show", "ref:A"]);
    assert_eq!(card["marketing_cost"], "12.85");
    assert_eq!(card["net_value"], serde_json::Value::Null, "no margin set");
    let paul = env.json(&["contact", "show", "ref:B"]);
    assert_eq!(paul["marketing_cost"], "0.00");
    // With a 40 % margin: her 45,50 € of the last 12 months leave 18,20 €, less 12,85 €.
    env.write("config.toml", "[value]\nmargin = \"40%\"\n");
    assert_eq!(env.json(&["contact", "show", "ref:A"])["net_value"], "5.35");
}

#[test]
fn rfm_per_customer_carries_marketing_cost_and_net_value() {
    let env = launched();
    let rows = env.json(&["report", "rfm", "--customers"]);
    let by_ref = |r: &str| rows.as_array().unwrap().iter().find(|x| x["ref"] == r).unwrap().clone();
    assert_eq!(
        (by_ref("A")["marketing_cost"].as_str(), by_ref("B")["marketing_cost"].as_str()),
        (Some("12.85"), Some("0.00"))
    );
    assert_eq!(by_ref("A")["net_value"], serde_json::Value::Null);
    env.write("config.toml", "[value]\nmargin = \"40%\"\n");
    let rows = env.json(&["report", "rfm", "--customers"]);
    let a = rows.as_array().unwrap().iter().find(|x| x["ref"] == "A").unwrap();
    assert_eq!(a["net_value"], "5.35", "the same figure as contact show");
    assert_eq!(env.json(&["contact", "show", "ref:A"])["net_value"], a["net_value"]);
}

#[test]
fn clv_per_customer_carries_marketing_cost_and_net_value() {
    let env = cdnow();
    env.ok(&["contact", "edit", "ref:0001", "--email", "a@example.fr"]);
    let w = env.write("wording.txt", "News by email.");
    env.grant_email("ref:0001", &w, "card", "2024-06-01");
    env.ok(&["contact", "tag", "ref:0001", "first"]);
    env.ok(&["segment", "add", "first", "--tag", "first"]);
    env.ok(&["campaign", "create", "c", "--channel", "email", "--segment", "first", "--fixed-cost", "10"]);
    env.ok(&["campaign", "launch", "c", "--out", env.path("r.csv").to_str().unwrap()]);
    let rows = env.json(&["report", "clv", "--customers", "--sort", "id", "--limit", "2"]);
    let rows = rows.as_array().unwrap();
    assert_eq!((rows[0]["ref"].as_str(), rows[0]["marketing_cost"].as_str()), (Some("0001"), Some("10.00")));
    assert_eq!(rows[1]["marketing_cost"], "0.00");
    assert_eq!(rows[0]["net_value"], serde_json::Value::Null, "no margin set");
    env.write("config.toml", "[value]\nmargin = \"40%\"\n");
    let rows = env.json(&["report", "clv", "--customers", "--sort", "id", "--limit", "1"]);
    assert_eq!(rows[0]["net_value"], "-10.00", "nothing bought in the last 12 months, less 10 €");
    assert_eq!(env.json(&["contact", "show", "ref:0001"])["net_value"], rows[0]["net_value"]);
}

// service
fn service_shop() -> Env {
    let env = shop();
    env.ok(&[
        "service",
        "add",
        "ref:B",
        "--what",
        "Vélo, freins",
        "--kind",
        "repair",
        "--promised",
        "2024-06-28",
        "--quote",
        "45",
        "--date",
        "2024-06-20",
    ]);
    env.ok(&[
        "service",
        "add",
        "ref:A",
        "--what",
        "Ourlet",
        "--kind",
        "alteration",
        "--date",
        "2024-06-01",
        "--promised",
        "2024-06-10",
    ]);
    env.ok(&["service", "move", "2", "ready"]);
    env.ok(&["service", "add", "ref:A", "--what", "Vase fêlé", "--kind", "complaint", "--date", "2024-06-25"]);
    env.ok(&[
        "service",
        "add",
        "ref:C",
        "--what",
        "Commande",
        "--kind",
        "order",
        "--date",
        "2024-05-02",
        "--promised",
        "2024-05-20",
    ]);
    env.ok(&["service", "note", "4", "Arrivée au magasin"]);
    env.ok(&["service", "close", "4", "--collected", "--charge", "52", "--date", "2024-05-22"]);
    env
}
snap!(service_list_table, service_shop(), ["service", "list", "--all"]);
snap!(service_list_table_fr, service_shop(), ["service", "list", "--lang", "fr"]);
snap!(service_show_json, service_shop(), ["service", "show", "4", "--format", "json"]);
snap!(service_list_csv, service_shop(), ["service", "list", "--all", "--format", "csv"]);
snap!(service_report_table, service_shop(), ["report", "service"]);
snap!(service_report_json, service_shop(), ["report", "service", "--format", "json"]);
snap!(service_move_ready_fr, service_shop(), ["service", "move", "1", "prête", "--lang", "fr"]);
snap!(service_bad_kind, service_shop(), ["service", "add", "ref:A", "--what", "x", "--kind", "paint"]);
snap!(service_remind, service_shop(), ["remind"]);
