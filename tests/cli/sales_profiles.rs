//! Sales exports as the tools shops use write them (tests/fixtures/files/
//! sales, see the README there): each goes in with no flag, read with its
//! tool's profile, and the imported total equals the file's to the cent.
//! Then the files no profile knows: columns read by their contents.

use crate::{Env, Out};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/files/sales/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The fixtures' sales are in November 2026.
fn run(env: &Env, args: &[&str]) -> Out {
    let o = env.cmd().env("CARNET_NOW", "2026-12-01").args(args).output().expect("run carnet");
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// Import with no flag; returns what was said and the JSON summary.
fn import(env: &Env, file: &str) -> (String, serde_json::Value) {
    let o = run(env, &["purchase", "import", file, "--format", "json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    (o.stderr, serde_json::from_str(&o.stdout).expect("json summary"))
}

/// Every purchase in the file, in cents, as `purchase list` gives them.
fn amounts(env: &Env) -> Vec<i64> {
    env.json(&["purchase", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let a = p["amount"].as_str().unwrap();
            let (units, cents) = a.trim_start_matches('-').split_once('.').unwrap();
            let v = units.parse::<i64>().unwrap() * 100 + cents.parse::<i64>().unwrap();
            if a.starts_with('-') {
                -v
            } else {
                v
            }
        })
        .collect()
}

/// Check an import: the profile named, the purchases' total to the cent
/// (in the database and in the summary), the count of purchases.
fn check(file: &str, profile: &str, total: i64, purchases: usize) -> (Env, String, serde_json::Value) {
    let env = Env::new();
    let (said, v) = import(&env, &fixture(file));
    assert_eq!(v["profile"], profile, "{said}");
    let got = amounts(&env);
    assert_eq!(got.len(), purchases, "{got:?}\n{said}");
    assert_eq!(got.iter().sum::<i64>(), total, "{got:?}\n{said}");
    assert_eq!(v["total"], format!("{}.{:02}", total / 100, total % 100), "{v}");
    (env, said, v)
}

#[test]
fn square_transactions_export() {
    // Total Collected: 45.00 + 80.00 - 15.00 (a Refund event) + 22.40, the
    // two sales without a customer (12.50 + 8.00) reported, not imported.
    let (env, said, v) = check("square-transactions.csv", "square", 13_240, 4);
    assert!(said.contains("read as a Square transactions export"), "{said}");
    assert!(said.contains("2 sales without a customer, 20.50\u{a0}€, were not imported"), "{said}");
    assert_eq!((v["walk_ins"].as_u64(), v["walk_in_total"].as_str()), (Some(2), Some("20.50")));
    // Square's customer id is the ref, its name the contact's name.
    let c = env.json(&["contact", "show", "ref:VQ7P3JK5N2"]);
    assert_eq!((c["name"].as_str(), c["total_spent"].as_str()), (Some("Camille Lefèvre"), Some("52.40")));
}

#[test]
fn shopify_orders_export_one_purchase_per_order() {
    // Totals on each order's first row: 64.90 + 25.00 + 48.00 + 19.90; the
    // refunded amounts (12.00 and 19.90) as negative purchases; the voided
    // order #1004 (30.00) is not a sale; line items are not added again.
    let (env, said, v) = check("shopify-orders.csv", "shopify", 12_590, 6);
    assert!(said.contains("3 line items were counted in their order's purchase"), "{said}");
    assert!(said.contains("1 row `voided`: not a sale"), "{said}");
    assert_eq!((v["line_items"].as_u64(), v["not_sales"].as_u64(), v["refunds"].as_u64()), (Some(3), Some(1), Some(2)));
    let c = env.json(&["contact", "show", "ref:marie.dupont@exemple.fr"]);
    assert_eq!((c["name"].as_str(), c["email"].as_str()), (Some("Marie Dupont"), Some("marie.dupont@exemple.fr")));
    assert_eq!(c["total_spent"], "100.90");
}

#[test]
fn sumup_transactions_export_names_in_the_description() {
    // Sales 35.00 + 58.50 + 21.00, a refund of 10.00 made negative; the
    // failed payment, the payout row and the cash sale with no name are not
    // imported.
    let (env, said, _) = check("sumup-transactions.csv", "sumup", 10_450, 4);
    assert!(said.contains("1 row `Failed`: not a sale") && said.contains("1 row `Payout`: not a sale"), "{said}");
    assert!(said.contains("1 sale without a customer, 12.00\u{a0}€, was not imported"), "{said}");
    // The merchant's own login (the Email column) is no customer.
    assert!(env.json(&["contact", "list"]).to_string().contains("Élodie Rousseau"));
    assert!(!env.json(&["contact", "list"]).to_string().contains("contact@latelierdelodie.fr"));
}

#[test]
fn zettle_receipts_export_settles_day_first_dates() {
    // 18.00 + 27.30 + 9.90 - 9.90 (a refund receipt); the cash sale with no
    // description (6.50) reported.
    let (env, said, _) = check("zettle-receipts.csv", "zettle", 4_530, 4);
    assert!(said.contains("dates read as DD/MM/YYYY (a day above 12 settled it)"), "{said}");
    let days: Vec<String> =
        env.json(&["purchase", "list"]).as_array().unwrap().iter().map(|p| p["date"].to_string()).collect();
    assert!(days.contains(&"\"2026-11-03\"".to_string()) && days.contains(&"\"2026-11-17\"".to_string()), "{days:?}");
}

#[test]
fn woocommerce_orders_export_in_french() {
    // Terminée and En cours are sales (32.00 + 8.50 + 40.50), Remboursée a
    // refund (-16.00), Annulée not a sale.
    let (_, said, _) = check("woocommerce-orders.csv", "woocommerce", 6_500, 4);
    assert!(said.contains("1 row `Annulée`: not a sale"), "{said}");
}

#[test]
fn prestashop_orders_export() {
    // Livré, Expédié, Paiement accepté: 45.90 + 62.40 + 19.00; Remboursé:
    // -45.90; awaiting a bank transfer: not a sale.
    let (env, _, _) = check("prestashop-orders.csv", "prestashop", 8_140, 4);
    assert_eq!(env.json(&["contact", "show", "ref:C. Mercier"])["total_spent"], "62.40");
}

#[test]
fn french_till_number_and_name_channels_in_french_walk_ins_counted() {
    // 45.50 + 23.90 + 8.75 - 10.00; two tickets without a customer (12.00
    // + 5.20) reported; `boutique`, `marché`, `en ligne` are channels.
    let (env, said, _) = check("caisse-fr-cp1252.csv", "caisse-fr", 6_815, 4);
    assert!(said.contains("2 sales without a customer, 17.20\u{a0}€, were not imported"), "{said}");
    let c = env.json(&["contact", "show", "ref:C001"]);
    assert_eq!((c["name"].as_str(), c["total_spent"].as_str()), (Some("Martine Dubois"), Some("54.25")));
    let channels: Vec<String> = env
        .json(&["purchase", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["channel"].as_str().unwrap_or("").to_string())
        .collect();
    for c in ["shop", "market", "online"] {
        assert!(channels.iter().any(|x| x == c), "{channels:?}");
    }
    // The same file under --lang fr says it in French.
    let env = Env::new();
    let o = run(&env, &["purchase", "import", &fixture("caisse-fr-cp1252.csv"), "--dry-run", "--lang", "fr"]);
    assert!(o.stderr.contains("2 ventes sans client, 17,20\u{a0}€, n'ont pas été importées"), "{}", o.stderr);
}

#[test]
fn french_excel_sheet_with_only_ambiguous_dates_says_the_shop_decided() {
    let (env, said, _) = check("excel-fr-ventes.csv", "caisse-fr", 18_080, 3);
    assert!(said.contains("every date in the file reads both ways"), "{said}");
    // Day first, as a French shop writes them: 05/11 is the 5th of November.
    assert!(env.json(&["purchase", "list"]).to_string().contains("2026-11-05"));
    // The config's date_format decides instead when it is set.
    let env = Env::new();
    env.write("config.toml", "date_format = \"MM/DD/YYYY\"\n");
    let (_, _) = import(&env, &fixture("excel-fr-ventes.csv"));
    assert!(env.json(&["purchase", "list"]).to_string().contains("2026-05-11"));
}

#[test]
fn dry_run_shows_the_first_rows_as_read_and_writes_nothing() {
    let env = Env::new();
    let o = run(&env, &["purchase", "import", &fixture("square-transactions.csv"), "--dry-run"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("2026-11-03  VQ7P3JK5N2 (Camille Lefèvre)  45.00\u{a0}€"), "{}", o.stderr);
    assert!(o.stderr.contains("-15.00\u{a0}€ (refund)"), "{}", o.stderr);
    assert_eq!(env.sql("SELECT count(*) FROM purchases"), 0);
}

#[test]
fn profiles_are_listed_and_a_shops_own_profile_is_used() {
    let env = Env::new();
    env.write(
        "config.toml",
        "[import.profiles.ma-caisse]\ntitle = \"l'export de ma caisse\"\ndetect = [\"Code fidélité\"]\ncustomer = \"Code fidélité\"\ndate = \"Jour\"\namount = \"Encaissé\"\nkind = \"Type\"\nrefunds = [\"avoir\"]\nsales = [\"vente\"]\n",
    );
    let list = env.json(&["purchase", "import", "--profiles"]);
    let names: Vec<&str> = list.as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    for n in ["square", "shopify", "sumup", "zettle", "woocommerce", "prestashop", "caisse-fr", "ma-caisse"] {
        assert!(names.contains(&n), "{names:?}");
    }
    let f = env.write(
        "caisse.csv",
        "Jour;Code fidélité;Encaissé;Type\n2026-11-02;F12;20,00;vente\n2026-11-03;F12;5,00;avoir\n2026-11-03;F13;7,00;ouverture tiroir\n",
    );
    let (said, v) = import(&env, &f);
    assert!(said.contains("read as l'export de ma caisse"), "{said}");
    assert_eq!((v["purchases_added"].as_u64(), v["total"].as_str()), (Some(2), Some("15.00")), "{v}");
    // Named with --profile, a built-in reads a file it would not recognise.
    let g = env.write("ventes.csv", "Description,Date,Total\nAnne Lemaire,2026-11-02,12.00\n");
    let o = run(&env, &["purchase", "import", &g, "--profile", "zettle", "--dry-run"]);
    assert!(o.code == 0 && o.stderr.contains("Zettle"), "{}", o.stderr);
    let bad = run(&env, &["purchase", "import", &g, "--profile", "nope"]);
    assert!(bad.code == 1 && bad.stderr.contains("no import profile named `nope`") && bad.stderr.contains("ma-caisse"));
}

#[test]
fn no_profile_the_contents_decide_and_the_hint_names_the_likely_column() {
    let env = Env::new();
    // The Email column is the merchant's login (it never varies): not the
    // customer. The names typed in the description are.
    let f = env.write(
        "export.csv",
        "Email,Date,Description,Total,Fee\nmoi@boutique.fr,17/11/2026,Marie Dupont,45.50,0.80\nmoi@boutique.fr,18/11/2026,Jean Martin,12.00,0.21\n",
    );
    let o = run(&env, &["purchase", "import", &f]);
    assert_eq!(o.code, 1);
    assert!(o.stderr.contains("--map \"Description=customer\""), "{}", o.stderr);
    assert_eq!(env.sql("SELECT count(*) FROM purchases"), 0);
    let o = run(&env, &["purchase", "import", &f, "--map", "Description=customer"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert_eq!(amounts(&env).iter().sum::<i64>(), 5_750);
    // Emails that vary are the customer; a money column with another name
    // is the amount.
    let g = env.write(
        "ticket.csv",
        "Ticket,Date,Courriel,Encaissé,Caisse\nT1,2026-11-02,anne@exemple.fr,12.50,1\nT2,2026-11-03,paul@exemple.fr,8.00,1\n",
    );
    let o = run(&env, &["purchase", "import", &g]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("column `Courriel` read as customer, from its contents"), "{}", o.stderr);
    assert_eq!(env.json(&["contact", "show", "ref:paul@exemple.fr"])["email"], "paul@exemple.fr");
}

#[test]
fn identical_errors_are_grouped_and_a_column_can_be_ignored() {
    let env = Env::new();
    let mut text = String::from("customer_id,date,amount,Channel\n");
    for i in 0..30 {
        text.push_str(&format!("A{i},2026-11-02,10.00,Point of Sale\n"));
    }
    text.push_str("B1,2026-11-02,10.00,Kiosque\n");
    let f = env.write("sales.csv", text);
    let o = run(&env, &["purchase", "import", &f]);
    assert_eq!(o.code, 1);
    assert!(o.stderr.contains("`Point of Sale`, 30 rows (the first on line 2, column 4 (channel))"), "{}", o.stderr);
    assert!(o.stderr.contains("line 32, column 4 (channel): `Kiosque`"), "{}", o.stderr);
    assert!(o.stderr.contains("sales_channels") && o.stderr.contains("=ignore"), "{}", o.stderr);
    let fr = run(&env, &["purchase", "import", &f, "--lang", "fr"]);
    assert!(fr.stderr.contains("n'est pas un canal de vente"), "{}", fr.stderr);
    let o = run(&env, &["purchase", "import", &f, "--map", "Channel=ignore"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert_eq!(amounts(&env).len(), 31);
}

#[test]
fn a_customer_known_by_email_gets_the_orders_of_that_email() {
    let env = Env::new();
    // Marie came in from the address book: an email, no ref.
    env.add(&["--name", "Marie Dupont", "--email", "Marie.Dupont@exemple.fr"]);
    let (_, v) = import(&env, &fixture("shopify-orders.csv"));
    assert_eq!(v["contacts_created"].as_u64(), Some(1), "only Luc is new: {v}");
    let marie = env.json(&["contact", "show", "Marie Dupont"]);
    assert_eq!(marie["total_spent"], "100.90");
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 2);
}

#[test]
fn a_date_carnet_cannot_read_names_the_format_it_tried_and_the_flag() {
    let env = Env::new();
    let f = env.write("ventes.csv", "customer_id,date,amount\nA1,17 nov. 2026,10.00\nA2,18 nov. 2026,12.00\n");
    let o = run(&env, &["purchase", "import", &f]);
    assert_eq!(o.code, 1);
    assert!(o.stderr.contains("line 2, column 2 (date)"), "{}", o.stderr);
    assert!(o.stderr.contains("read as YYYY-MM-DD") && o.stderr.contains("--date-format DD/MM/YYYY"), "{}", o.stderr);
    // A day that cannot be (31 November) is still an error, not a guess.
    let g = env.write("nov.csv", "customer_id,date,amount\nA1,17/11/2026,10.00\nA2,31/11/2026,12.00\n");
    let o = run(&env, &["purchase", "import", &g]);
    assert!(o.code == 1 && o.stderr.contains("line 3, column 2 (date): `31/11/2026`"), "{}", o.stderr);
    assert_eq!(env.sql("SELECT count(*) FROM purchases"), 0);
}

/// [`Env::snap`] with the fixtures' clock.
fn snap(env: &Env, args: &[&str]) -> String {
    let o = run(env, args);
    let dir = env.path("").display().to_string();
    let clean = |s: &str| s.replace(dir.trim_end_matches('/'), "[TMP]");
    let mut shown: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    for a in &mut shown {
        if let Some(name) = a.strip_prefix(&format!("{}/tests/fixtures/files/sales/", env!("CARGO_MANIFEST_DIR"))) {
            *a = format!("[FIXTURES]/{name}");
        }
    }
    format!(
        "$ carnet {}\nexit: {}\n--- stdout\n{}--- stderr\n{}",
        shown.join(" "),
        o.code,
        clean(&o.stdout),
        clean(&o.stderr)
    )
}

#[test]
fn snapshot_dry_runs_of_a_till_and_a_web_shop() {
    let env = Env::new();
    insta::assert_snapshot!(snap(&env, &["purchase", "import", &fixture("sumup-transactions.csv"), "--dry-run"]));
    insta::assert_snapshot!(snap(
        &env,
        &["purchase", "import", &fixture("caisse-fr-cp1252.csv"), "--dry-run", "--lang", "fr", "--format", "json"]
    ));
    insta::assert_snapshot!(snap(&env, &["purchase", "import", "--profiles", "--format", "csv"]));
}

#[test]
fn a_customer_name_column_names_the_new_contacts() {
    let env = Env::new();
    let f = env.write(
        "ventes.csv",
        "Customer ID;Customer Name;Date;Amount\nK7;Yvonne Perrin;02/11/2026;12,00\nK7;Yvonne Perrin;20/11/2026;3,50\n",
    );
    let (said, v) = import(&env, &f);
    assert_eq!(v["profile"], serde_json::Value::Null, "{said}");
    let c = env.json(&["contact", "show", "ref:K7"]);
    assert_eq!((c["name"].as_str(), c["total_spent"].as_str()), (Some("Yvonne Perrin"), Some("15.50")));
}

#[test]
fn square_item_details_export_adds_up_each_sales_items() {
    // Sale kD9x…: 45.00 + 11.20 = 56.20; the lamp 80.00; the refund -15.00.
    // The walk-in sale's two items (2.50 + 8.00) are one sale not imported.
    let (env, said, v) = check("square-items.csv", "square-items", 12_120, 3);
    assert!(said.contains("1 sale without a customer, 10.50\u{a0}€, was not imported"), "{said}");
    assert_eq!(v["line_items"].as_u64(), Some(1), "{v}");
    let c = env.json(&["contact", "show", "ref:VQ7P3JK5N2"]);
    assert_eq!(c["total_spent"], "41.20");
    // The dry run shows a sale's total, not its first item.
    let env = Env::new();
    let o = run(&env, &["purchase", "import", &fixture("square-items.csv"), "--dry-run"]);
    assert!(o.stderr.contains("2026-11-03  VQ7P3JK5N2 (Camille Lefèvre)  56.20\u{a0}€"), "{}", o.stderr);
}
