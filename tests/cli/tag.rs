//! `carnet tag`: the shop's tags listed, renamed and merged everywhere.

use crate::Env;

#[test]
fn tags_are_listed_renamed_and_merged_with_their_segments() {
    let env = Env::new();
    env.ok(&["contact", "add", "--name", "Z"]);
    assert_eq!(env.ok(&["tag", "list", "--format", "csv"]), "tag,contacts,archived\n");
    env.ok(&["contact", "add", "--name", "A", "--tag", "vip", "--tag", "grossiste"]);
    env.ok(&["contact", "add", "--name", "B", "--tag", "VIP"]);
    env.ok(&["contact", "add", "--name", "C", "--tag", "wholesale"]);
    env.ok(&["contact", "archive", "B"]);
    env.ok(&["segment", "add", "pros", "--tag", "grossiste"]);
    let list = env.json(&["tag", "list"]);
    assert_eq!(
        list,
        serde_json::json!([
            {"tag": "vip", "contacts": 2, "archived": 1},
            {"tag": "grossiste", "contacts": 1, "archived": 0},
            {"tag": "wholesale", "contacts": 1, "archived": 0},
        ])
    );
    // A rename onto an existing tag is a merge: refused, and the hint says so.
    let err = env.fails(1, &["tag", "rename", "grossiste", "wholesale"]);
    assert!(err.contains("`wholesale` is already a tag"), "{err}");
    assert!(err.contains("carnet tag merge grossiste wholesale"), "{err}");
    assert!(env.fails(1, &["tag", "rename", "nope", "x"]).contains("no contact is tagged `nope`"));
    assert!(env.fails(1, &["tag", "rename", "vip", "a,b"]).contains("`,`"));
    let o = env.run(&["tag", "merge", "grossiste", "wholesale"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr.contains("Merged tag `grossiste` into `wholesale`: 1 contact, and saved segment pros."),
        "{}",
        o.stderr
    );
    let list = env.json(&["tag", "list"]);
    assert_eq!(list[1], serde_json::json!({"tag": "wholesale", "contacts": 2, "archived": 0}), "{list}");
    // The saved segment follows: it still finds A, and C now too.
    let members = env.json(&["segment", "show", "pros"]);
    let names: Vec<&str> = members.as_array().unwrap().iter().map(|m| m["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["A", "C"]);
    let o = env.run(&["tag", "rename", "VIP", "fidèle", "--lang", "fr"]);
    assert!(o.stderr.contains("Étiquette `vip` renommée `fidèle` sur 2 contacts."), "{}", o.stderr);
    assert_eq!(env.sql("SELECT count(*) FROM contact_tags WHERE tag = 'fidèle'"), 2);
    assert_eq!(env.sql("SELECT count(*) FROM contact_tags WHERE tag = 'vip'"), 0);
    let table = env.ok(&["tag", "list"]);
    assert!(table.contains("fidèle") && table.contains("wholesale"), "{table}");
}
