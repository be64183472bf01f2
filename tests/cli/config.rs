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

#[test]
fn config_errors_are_said_in_french_with_file_line_column_key_and_accepted_keys() {
    let env = Env::new();
    // `language = "fr"` in the very file that is wrong.
    env.write("config.toml", "language = \"fr\"\n[remind]\nbirthday_dayz = 3\n");
    let fr = |args: &[&str]| {
        let o = env.run(args);
        assert_eq!(o.code, 1, "{}", o.stderr);
        assert!(o.stderr.starts_with("erreur : "), "{}", o.stderr);
        o.stderr
    };
    let err = fr(&["contact", "list"]);
    assert!(err.contains("dans la configuration") && err.contains("config.toml"), "{err}");
    assert!(err.contains("ligne 3, colonne 1, clé `remind.birthday_dayz`"), "{err}");
    assert!(
        err.contains("clé inconnue `birthday_dayz` ; les clés acceptées ici : `birthday_days`, `slipping_factor`"),
        "{err}"
    );
    assert!(err.contains("voyez `carnet config show`"), "{err}");
    // A type error, under --lang fr.
    env.write("config.toml", "[remind]\nbirthday_days = \"sept\"\n");
    let err = fr(&["--lang", "fr", "contact", "list"]);
    assert!(err.contains("ligne 2, colonne 17, clé `remind.birthday_days`"), "{err}");
    assert!(err.contains("valeur de mauvais type : le texte \"sept\" ; attendu : un nombre entier"), "{err}");
    // The same in English.
    let err = env.fails(1, &["--lang", "en", "contact", "list"]);
    assert!(err.contains("line 2, column 17, key `remind.birthday_days`"), "{err}");
    assert!(err.contains("wrong type of value: the text \"sept\"; expected: a whole number"), "{err}");
    env.write("config.toml", "format = \"yaml\"\n");
    let err = fr(&["--lang", "fr", "contact", "list"]);
    assert!(err.contains("valeur inconnue `yaml` ; les valeurs acceptées : `table`, `json`, `csv`"), "{err}");
}
