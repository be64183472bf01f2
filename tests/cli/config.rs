//! The config file: defaults, keys, errors.

use crate::Env;

#[test]
fn config_file_sets_defaults_and_bad_keys_are_named() {
    let env = Env::new();
    env.write(
        "config.toml",
        "format = \"json\"\ncurrency = \"USD\"\ncurrency_symbol = \"$\"\nsymbol_position = \"before\"\n",
    );
    env.add(&["--name", "A"]);
    env.ok(&["purchase", "add", "A", "1234.5"]);
    let v: serde_json::Value = serde_json::from_str(&env.ok(&["contact", "list"])).unwrap();
    assert_eq!(v[0]["total_spent"], "1234.50");
    let t = env.ok(&["contact", "list", "--format", "table"]);
    assert!(t.contains("$1,234.50"), "{t}");
    assert!(env.ok(&["config", "show"]).contains("currency = \"USD\""));
    assert_eq!(env.ok(&["config", "path"]).trim(), env.path("config.toml").to_str().unwrap());

    env.write("config.toml", "colour = \"blue\"\n");
    let err = env.fails(1, &["contact", "list"]);
    assert!(err.contains("config.toml") && err.contains("colour") && err.contains("line 1"), "{err}");
    env.write("config.toml", "format = \"yaml\"\n");
    let err = env.fails(1, &["contact", "list"]);
    assert!(err.contains("config.toml") && err.contains("yaml"), "{err}");
    env.write("config.toml", "csv_delimiter = \"x\"\n");
    assert!(env.fails(1, &["contact", "list"]).contains("csv_delimiter"));
}

#[test]
fn config_db_key_is_used() {
    let env = Env::new();
    let p = env.path("fromconfig.db");
    env.write("config.toml", format!("db = {:?}\n", p.to_str().unwrap()));
    env.cmd().env_remove("CARNET_DB").args(["contact", "add", "--name", "A"]).assert().success();
    assert!(p.exists());
}

#[test]
fn config_show_prints_a_config_that_reads_back() {
    let env = Env::new();
    let shown = env.ok(&["config", "show"]);
    assert!(shown.contains("[[deal_stages]]") && shown.contains("opt_in_channels"), "{shown}");
    env.write("config.toml", &shown);
    assert_eq!(env.ok(&["config", "show"]), shown);
}

#[test]
fn the_readme_config_example_is_a_valid_config() {
    let env = Env::new();
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    // The whole example (the README shows smaller ones of a section first).
    let block = readme
        .split("```toml\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .find(|b| b.contains("[categories."))
        .expect("a toml block with the whole example");
    let db = env.path("shop.db");
    let text = block.replace("/home/me/shop.db", db.to_str().unwrap());
    assert!(text.contains("[categories.") && text.contains("sales_channels"), "{text}");
    env.write("config.toml", &text);
    let shown = env.ok(&["config", "show"]);
    assert!(shown.contains("cycle = \"12m\"") && shown.contains("margin = \"40%\""), "{shown}");
}
