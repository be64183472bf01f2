//! The shop's language: French tables, digests and prompts for people,
//! while scripts see exactly the same JSON and CSV in every language.

use crate::Env;

fn shop() -> Env {
    let env = Env::new();
    let f = format!("{}/tests/fixtures/tiny/transactions.csv", env!("CARGO_MANIFEST_DIR"));
    env.ok(&["purchase", "import", &f]);
    env.ok(&["contact", "edit", "ref:A", "--name", "Hélène Dupont", "--email", "helene@example.fr"]);
    env.ok(&["interaction", "add", "ref:A", "--kind", "call", "--note", "vase bleu", "--follow-up", "2024-06-29"]);
    env.ok(&["purchase", "add", "ref:A", "1234,50", "--date", "2024-06-01", "--category", "Bouquet"]);
    env
}

/// Run under a French locale (as a shop's terminal would be).
fn fr(env: &Env, args: &[&str]) -> String {
    let o = env.cmd().env("LANG", "fr_FR.UTF-8").args(args).output().unwrap();
    assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn scripts_see_the_same_json_and_csv_in_every_language() {
    let env = shop();
    let listings: &[&[&str]] = &[
        &["contact", "list"],
        &["contact", "show", "ref:A"],
        &["contact", "export"],
        &["purchase", "list"],
        &["purchase", "categories", "list"],
        &["interaction", "list"],
        &["report", "rfm"],
        &["report", "rfm", "--customers"],
        &["report", "value-matrix"],
        &["report", "value-matrix", "--customers"],
        &["report", "pareto"],
        &["report", "categories"],
        &["report", "categories", "--customers"],
        &["segment", "list"],
        &["remind"],
        &["import", "list"],
    ];
    for args in listings {
        for format in ["json", "csv"] {
            let mut a = args.to_vec();
            a.extend(["--format", format]);
            let en = env.ok(&a);
            assert_eq!(fr(&env, &a), en, "{a:?} differs in French");
            let mut forced = a.clone();
            forced.extend(["--lang", "fr"]);
            assert_eq!(env.ok(&forced), en, "{forced:?} differs with --lang fr");
        }
    }
}

#[test]
fn french_tables_speak_french_with_french_numbers_and_dates() {
    let env = shop();
    let list = fr(&env, &["contact", "list"]);
    assert!(list.contains("total dépensé") && list.contains("dernier achat"), "{list}");
    assert!(list.contains("1\u{202f}280,00\u{a0}€"), "thousands with a narrow space, a decimal comma: {list}");
    assert!(list.contains("01/06/2024"), "dates day first: {list}");
    let rfm = fr(&env, &["report", "rfm"]);
    assert!(rfm.starts_with("RFM au 30/06/2024 : 7 clients, chiffre d’affaires"), "{rfm}");
    assert!(rfm.contains("À ne pas perdre") || rfm.contains("Clients fidèles") || rfm.contains("En sommeil"), "{rfm}");
    let vm = fr(&env, &["report", "value-matrix"]);
    assert!(vm.starts_with("Matrice de valeur client au 30/06/2024 : 7 clients actifs"), "{vm}");
    assert!(vm.contains("MEILLEURS") && vm.contains("achat moyen ≥") && vm.contains("Que faire :"), "{vm}");
    let pareto = fr(&env, &["report", "pareto"]);
    assert!(pareto.starts_with("Concentration du chiffre d’affaires, jusqu’au 30/06/2024 : 7 clients"), "{pareto}");
    assert!(pareto.contains("Classes ABC") && pareto.contains("premiers 20 %"), "{pareto}");
    let digest = fr(&env, &["remind"]);
    assert!(digest.starts_with("Relances\n  en retard de 1 jour "), "{digest}");
    // The same in English, with its own plural.
    let en = env.ok(&["report", "rfm"]);
    assert!(en.starts_with("RFM as of 2024-06-30: 7 customers, revenue 2,538.34\u{a0}€"), "{en}");
    assert!(env.ok(&["remind"]).starts_with("Follow-ups\n  overdue by 1 day "));
    // --lang wins over the locale, the config over the locale too.
    assert!(env
        .cmd()
        .env("LANG", "fr_FR.UTF-8")
        .args(["report", "rfm", "--lang", "en"])
        .output()
        .unwrap()
        .stdout
        .starts_with(b"RFM as of"));
    env.write("config.toml", "language = \"fr\"\n");
    assert!(env.ok(&["report", "rfm"]).starts_with("RFM au "));
    // At the counter: what was recorded, in French.
    let o = env.run(&["purchase", "add", "ref:B", "12", "--date", "2024-06-30", "--lang", "fr"]);
    assert!(o.stderr.contains("enregistré : 12,00\u{a0}€ le 30/06/2024 pour B"), "{}", o.stderr);
    let o = env.run(&["contact", "add", "--name", "Zoé", "--lang", "fr"]);
    assert!(o.stderr.contains("ajouté (Zoé)"), "{}", o.stderr);
}

#[test]
fn help_speaks_the_shops_language() {
    let env = Env::new();
    let o = env.cmd().env("LANG", "fr_FR.UTF-8").arg("--help").output().unwrap();
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.starts_with("Un fichier clients pour les petits commerces"), "{text}");
    assert!(text.contains("Enregistrer ce que les clients achètent"), "{text}");
    let en = env.ok(&["--help"]);
    assert!(en.starts_with("A customer file for small shops"), "{en}");
    assert!(env.ok(&["--help", "--lang", "fr"]).contains("Voir les imports passés"));
    // A subcommand's help too, at 80 columns, in both languages.
    let at80 = |args: &[&str]| -> String {
        let o = env.cmd().env("COLUMNS", "80").args(args).output().unwrap();
        assert!(o.status.success());
        String::from_utf8(o.stdout).unwrap()
    };
    insta::assert_snapshot!("fr_contact_help", at80(&["contact", "--help", "--lang", "fr"]));
    insta::assert_snapshot!("en_contact_help", at80(&["contact", "--help"]));
    let nested = at80(&["purchase", "categories", "cycle", "--help", "--lang", "fr"]);
    assert!(nested.starts_with("Dire à quel rythme une catégorie se rachète"), "{nested}");
    assert!(nested.contains("Utilisation : carnet purchase categories cycle"), "{nested}");
    let remind = at80(&["remind", "--help", "--lang", "fr"]);
    assert!(remind.contains("\nExemples :\n  carnet remind "), "{remind}");
    assert!(at80(&["remind", "--help"]).contains("\nExamples:\n  carnet remind "));
}

#[test]
fn an_unknown_language_is_refused_with_the_ones_spoken() {
    let env = shop();
    let err = env.fails(1, &["report", "rfm", "--lang", "de"]);
    assert!(
        err.contains("--lang") && err.contains("`de` is not a language carnet speaks") && err.contains("en or fr"),
        "{err}"
    );
    env.write("config.toml", "language = \"klingon\"\n");
    let err = env.fails(1, &["contact", "list"]);
    assert!(err.contains("language = \"klingon\""), "{err}");
}

#[test]
fn french_snapshots() {
    let env = shop();
    let snap = |args: &[&str]| {
        let mut a = args.to_vec();
        a.extend(["--lang", "fr"]);
        env.snap(&a)
    };
    insta::assert_snapshot!("fr_report_rfm", snap(&["report", "rfm"]));
    insta::assert_snapshot!("fr_contact_list", snap(&["contact", "list"]));
    insta::assert_snapshot!("fr_remind", snap(&["remind"]));
    // The same commands in English, on the same shop.
    insta::assert_snapshot!("en_report_rfm", env.snap(&["report", "rfm", "--lang", "en"]));
    insta::assert_snapshot!("en_remind", env.snap(&["remind", "--lang", "en"]));
    env.ok(&["deal", "add", "ref:A", "--title", "Table en chêne", "--amount", "2400", "--close", "2024-06-20"]);
    env.ok(&["deal", "add", "ref:B", "--title", "Chaises", "--amount", "300", "--stage", "proposal"]);
    env.ok(&["deal", "won", "2"]);
    insta::assert_snapshot!("fr_report_pipeline", snap(&["report", "pipeline"]));
}

#[test]
fn csv_for_a_french_spreadsheet_opens_in_excel_and_comes_back() {
    let env = shop();
    let plain = env.ok(&["purchase", "export"]);
    assert!(plain.starts_with("id,date,") && plain.contains(",1234.50,"), "the stable form: {plain}");
    let excel = env.ok(&["purchase", "export", "--excel"]);
    assert!(excel.starts_with("\u{feff}id;date;"), "a byte-order mark and semicolons: {excel}");
    assert!(excel.contains(";1234,50;"), "decimal commas: {excel}");
    let rfm = env.ok(&["report", "rfm", "--customers", "--excel"]);
    assert!(rfm.starts_with("\u{feff}contact_id;ref;name;"), "{rfm}");
    // The config says it once for every CSV; --format json is untouched.
    env.write("config.toml", "[csv]\nexcel = true\n");
    assert!(env.ok(&["purchase", "export"]).starts_with("\u{feff}id;date;"));
    assert!(env.ok(&["contact", "list", "--format", "json"]).starts_with('['));
    std::fs::remove_file(env.path("config.toml")).unwrap();
    // What Excel gets, carnet reads back: the same purchases.
    let f = env.write("excel.csv", &excel);
    let again = Env::new();
    again.ok(&["purchase", "import", &f]);
    let amounts = |e: &Env| -> Vec<String> {
        e.json(&["purchase", "list"])
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["amount"].as_str().unwrap().to_string())
            .collect()
    };
    let (mut a, mut b) = (amounts(&env), amounts(&again));
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

/// A workbook read back as a spreadsheet would: typed cells.
pub fn sheet(path: &std::path::Path) -> Vec<Vec<calamine::Data>> {
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(path).expect("a workbook");
    let range = wb.worksheet_range_at(0).expect("a sheet").expect("readable");
    range.rows().map(|r| r.to_vec()).collect()
}

#[test]
fn a_workbook_has_typed_cells_and_the_same_values_as_the_csv() {
    use calamine::Data;
    let env = shop();
    env.add(&["--name", "Atelier Roux", "--ref", "007"]);
    let out = env.path("achats.xlsx");
    let o = env.run(&["purchase", "export", "--format", "xlsx", "--out", out.to_str().unwrap()]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let rows = sheet(&out);
    let csv = env.ok(&["purchase", "export"]);
    let csv_rows: Vec<Vec<String>> = csv.lines().map(|l| l.split(',').map(String::from).collect()).collect();
    assert_eq!(rows.len(), csv_rows.len(), "a header and one row per purchase");
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(header, csv_rows[0]);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for (row, text) in rows.iter().skip(1).zip(csv_rows.iter().skip(1)) {
        // Money is a number, equal to the CSV's text.
        match &row[col("amount")] {
            Data::Float(v) => assert_eq!(format!("{v:.2}"), text[col("amount")]),
            other => panic!("amount is not a number: {other:?}"),
        }
        // A day is a date (Excel's serial), not text.
        assert!(matches!(row[col("date")], Data::DateTime(_)), "{:?}", row[col("date")]);
        // A ref stays text: `007` keeps its zeros.
        assert!(matches!(row[col("customer_id")], Data::String(_)), "{:?}", row[col("customer_id")]);
    }
    // Any listing, redirected to a file.
    let o = env.cmd().args(["contact", "list", "--format", "xlsx"]).output().unwrap();
    assert!(o.status.success());
    let f = env.write("contacts.xlsx", &o.stdout);
    let contacts = sheet(std::path::Path::new(&f));
    assert!(contacts.iter().any(|r| r.iter().any(|c| c == &Data::String("007".into()))), "{contacts:?}");
}

/// Types come from the field, never from the text: an id is a number, a
/// flag a boolean, a timestamp a date and time, a score a number, and a
/// city that reads like a date stays text; the sheet is named after what
/// it holds.
#[test]
fn a_workbook_types_its_cells_by_field_and_names_its_sheet() {
    use calamine::{Data, Reader};
    let env = shop();
    env.add(&["--name", "Ville étrange", "--city", "2026-01-01", "--postcode", "01000"]);
    let o = env.cmd().args(["contact", "export", "--format", "xlsx"]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let f = env.write("contacts.xlsx", &o.stdout);
    let wb: calamine::Xlsx<_> = calamine::open_workbook(&f).unwrap();
    assert_eq!(wb.sheet_names(), ["contact"]);
    let rows = sheet(std::path::Path::new(&f));
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let odd = rows.iter().find(|r| r[col("name")] == Data::String("Ville étrange".into())).unwrap();
    assert!(matches!(odd[col("id")], Data::Float(_) | Data::Int(_)), "{:?}", odd[col("id")]);
    assert_eq!(odd[col("archived")], Data::Bool(false));
    assert!(matches!(odd[col("created_at")], Data::DateTime(_)), "{:?}", odd[col("created_at")]);
    assert_eq!(odd[col("city")], Data::String("2026-01-01".into()));
    assert_eq!(odd[col("postcode")], Data::String("01000".into()));
    let o = env.cmd().args(["report", "rfm", "--customers", "--format", "xlsx"]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let f = env.write("rfm.xlsx", &o.stdout);
    let wb: calamine::Xlsx<_> = calamine::open_workbook(&f).unwrap();
    assert_eq!(wb.sheet_names(), ["rfm"]);
    let rows = sheet(std::path::Path::new(&f));
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    let r = header.iter().position(|h| h == "r_score").expect("an r_score column");
    assert!(rows.len() > 1);
    for row in rows.iter().skip(1) {
        assert!(matches!(row[r], Data::Float(_) | Data::Int(_)), "a score is a number: {:?}", row[r]);
    }
}

/// In a real pseudo-terminal (util-linux's `script`, 5 lines high): a long
/// listing goes through the pager; piped, or with --no-pager, it does not.
#[test]
fn long_output_is_paged_on_a_terminal_and_never_on_a_pipe() {
    let env = shop();
    for i in 0..12 {
        env.add(&["--name", &format!("Client {i:02}")]);
    }
    let paged = env.path("paged.txt");
    let run_in_pty = |extra: &str| {
        let cmd = format!("stty rows 5 cols 120; {} contact list{extra}", env!("CARGO_BIN_EXE_carnet"));
        std::process::Command::new("script")
            .args(["-qec", &cmd, "/dev/null"])
            .env("CARNET_DB", env.db_arg())
            .env("CARNET_CONFIG", env.path("config.toml"))
            .env("CARNET_NOW", "2024-06-30")
            .env("PAGER", format!("cat > {}", paged.display()))
            .env("HOME", env.path(""))
            .output()
            .expect("util-linux `script` runs carnet in a pseudo-terminal")
    };
    let o = run_in_pty("");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(&paged).expect("the pager got the listing");
    assert!(text.contains("Client 11") && text.contains("Hélène Dupont"), "{text}");
    assert!(!String::from_utf8_lossy(&o.stdout).contains("Client 11"), "nothing printed past the pager");
    std::fs::remove_file(&paged).unwrap();
    let o = run_in_pty(" --no-pager");
    assert!(String::from_utf8_lossy(&o.stdout).contains("Client 11"), "printed on the terminal");
    assert!(!paged.exists(), "--no-pager: no pager");
    env.write("config.toml", "pager = \"\"\n");
    let o = run_in_pty("");
    assert!(String::from_utf8_lossy(&o.stdout).contains("Client 11"), "pager = \"\": printed on the terminal");
    assert!(!paged.exists(), "pager = \"\": no pager");
    std::fs::remove_file(env.path("config.toml")).unwrap();
    // A pipe is never paged.
    let o = env.cmd().env("PAGER", format!("cat > {}", paged.display())).args(["contact", "list"]).output().unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).contains("Client 11"));
    assert!(!paged.exists());
}

/// At 60, 80 and 120 columns: no line is wider than the terminal, no day
/// or amount is cut, long text ends in `…`, and what was left out is said.
#[test]
fn tables_fit_the_terminal_without_cutting_a_token() {
    let env = shop();
    env.add(&[
        "--name",
        "Marie-Antoinette de La Tour d'Auvergne",
        "--email",
        "marie-antoinette.delatourdauvergne@example.fr",
        "--city",
        "Saint-Rémy-de-Provence",
        "--tag",
        "fidèle",
    ]);
    for args in [&["contact", "list"][..], &["purchase", "list"], &["report", "rfm", "--customers"]] {
        let json = env.json(args);
        for width in [60usize, 80, 120] {
            let o = env.cmd().env("COLUMNS", width.to_string()).args(args).output().unwrap();
            let text = String::from_utf8(o.stdout).unwrap();
            for line in text.lines() {
                assert!(line.chars().count() <= width, "{args:?} at {width}: {line:?} is too wide");
            }
            for row in json.as_array().unwrap() {
                for (k, v) in row.as_object().unwrap() {
                    let Some(s) = v.as_str() else { continue };
                    let is_day = s.len() == 10 && s.as_bytes()[4] == b'-';
                    if (is_day || k == "total_spent" || k == "amount" || k == "monetary_total") && !s.is_empty() {
                        let shown = if is_day { s.to_string() } else { grouped(s) };
                        assert!(
                            text.contains(&shown) || !text.contains(&k.replace('_', " ")),
                            "{args:?} at {width}: `{s}` ({k}) is cut or missing:\n{text}"
                        );
                    }
                }
            }
            let said = String::from_utf8(o.stderr).unwrap();
            if width == 60 && args[0] == "contact" {
                assert!(text.contains('…'), "long text is shortened: {text}");
                assert!(said.contains("not shown, the terminal is too narrow:"), "{said}");
            }
        }
    }
}

/// `1234.50` as an English table shows it: `1,234.50`.
fn grouped(amount: &str) -> String {
    let (int, frac) = amount.split_once('.').unwrap_or((amount, "00"));
    let digits: Vec<char> = int.chars().collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(*c);
    }
    format!("{out}.{frac}")
}

/// Moments (`…_at`) are RFC 3339 UTC for scripts and local time, to the
/// minute, for people: `2024-06-30 14:00` two hours east of UTC, and
/// `30/06/2024 14:00` in French.
#[test]
fn tables_show_moments_in_local_time_scripts_in_utc() {
    let env = shop();
    let run = |tz: &str, args: &[&str]| -> String {
        let o = env.cmd().env("TZ", tz).args(args).output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap()
    };
    // A POSIX zone: two hours ahead of UTC, without the zone database.
    let east = "UTC-2";
    assert!(run(east, &["interaction", "list"]).contains(" 2024-06-30 14:00 "));
    assert!(run(east, &["--lang", "fr", "interaction", "list"]).contains(" 30/06/2024 14:00 "));
    assert!(run("UTC", &["interaction", "list"]).contains(" 2024-06-30 12:00 "));
    let json = run(east, &["interaction", "list", "--format", "json"]);
    assert!(json.contains("\"at\":\"2024-06-30T12:00:00Z\""), "{json}");
    assert!(run(east, &["interaction", "list", "--format", "csv"]).contains(",2024-06-30T12:00:00Z,"));
}

/// A workbook opened and saved as CSV by LibreOffice (headless; `.ci/run`
/// installs it) is exactly `--format csv`: same cells, same money with two
/// decimals, same days, refs with their zeros, accents, refunds.
#[test]
fn libreoffice_reads_the_workbook_as_the_csv_says() {
    let Ok(soffice) = which("soffice") else {
        // `.ci/run` installs it, and says so loudly when it cannot.
        crate::skipped("libreoffice_reads_the_workbook_as_the_csv_says (no LibreOffice, soffice, on this machine)");
        return;
    };
    let env = shop();
    env.add(&["--name", "Atelier Roux", "--ref", "007", "--city", "Saint-Étienne"]);
    env.ok(&["purchase", "add", "ref:007", "-12,50", "--date", "2024-06-02", "--note", "remboursement, vase fêlé"]);
    for (args, name) in [
        (&["purchase", "export"][..], "achats"),
        (&["contact", "list"][..], "contacts"),
        (&["report", "rfm", "--customers"][..], "rfm"),
    ] {
        let xlsx = env.path(&format!("{name}.xlsx"));
        let mut a = args.to_vec();
        a.extend(["--format", "xlsx"]);
        let o = env.cmd().args(&a).output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        std::fs::write(&xlsx, &o.stdout).unwrap();
        let out = env.path("lo");
        // Comma, double quote, UTF-8, from row 1, as shown (two decimals), not quoting all text.
        let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";
        let conv = std::process::Command::new(&soffice)
            .args(["--headless", "--convert-to", filter, "--outdir"])
            .arg(&out)
            .arg(&xlsx)
            .env("HOME", env.path(""))
            .output()
            .unwrap();
        assert!(conv.status.success(), "{}", String::from_utf8_lossy(&conv.stderr));
        let saved = std::fs::read_dir(&out)
            .unwrap()
            .flatten()
            .find(|e| e.file_name().to_string_lossy().starts_with(name))
            .expect("LibreOffice wrote a CSV");
        let lo = std::fs::read_to_string(saved.path()).unwrap();
        let mut a = args.to_vec();
        a.extend(["--format", "csv"]);
        let csv = env.ok(&a);
        assert_eq!(lo.replace("\r\n", "\n"), csv, "{name}");
    }
}

fn which(cmd: &str) -> Result<std::path::PathBuf, ()> {
    std::env::var_os("PATH")
        .and_then(|p| std::env::split_paths(&p).map(|d| d.join(cmd)).find(|f| f.is_file()))
        .ok_or(())
}

/// In a real pseudo-terminal (util-linux's `script`): a French
/// confirmation asks `[o/N]`; `o` does it, `n` (or nothing) does not, and
/// an answer that is neither is asked again.
#[test]
fn a_french_confirmation_takes_o_on_a_terminal() {
    use std::io::Write;
    let env = shop();
    let ask = |typed: &str| -> String {
        let cmd = format!("{} --lang fr purchase rm 1", env!("CARGO_BIN_EXE_carnet"));
        let mut child = std::process::Command::new("script")
            .args(["-qec", &cmd, "/dev/null"])
            .env("CARNET_DB", env.db_arg())
            .env("CARNET_CONFIG", env.path("config.toml"))
            .env("CARNET_NOW", "2024-06-30")
            .env("NO_COLOR", "1")
            .env("HOME", env.path(""))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("util-linux `script` runs carnet in a pseudo-terminal");
        child.stdin.take().unwrap().write_all(typed.as_bytes()).unwrap();
        let o = child.wait_with_output().unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let purchases = || env.json(&["purchase", "list"]).as_array().unwrap().len();
    let before = purchases();
    let said = ask("n\n");
    assert!(said.contains("Supprimer l’achat 1 (") && said.contains(") ? [o/N]"), "{said}");
    assert!(said.contains("rien n’a été supprimé"), "{said}");
    assert_eq!(purchases(), before);
    let said = ask("peut-être\no\n");
    assert!(said.contains("`peut-être`"), "asked again: {said}");
    assert!(said.contains("achat 1 supprimé"), "{said}");
    assert_eq!(purchases(), before - 1);
}

/// Errors and hints speak the shop's language too (the flags, values and
/// commands they quote stay as typed); the exit codes and what is written
/// (nothing) are the same in both.
#[test]
fn errors_and_hints_speak_the_shops_language() {
    let env = shop();
    let bad = env.write("bad.csv", "customer_id,date,amount\nA,2024-13-01,5\nB,2024-01-01,abc\n");
    env.write("taken.csv", "x");
    let out = env.path("taken.csv").display().to_string();
    let cases: Vec<Vec<&str>> = vec![
        vec!["contact", "show", "nobody"],
        vec!["purchase", "add", "ref:A", "12,555"],
        vec!["purchase", "add", "ref:A", "5", "--date", "31/02/2024"],
        vec!["purchase", "import", &bad],
        vec!["deal", "won", "99"],
        vec!["contact", "rm", "ref:A"],
        vec!["contact", "export", "--out", &out],
        vec!["report", "clv", "--horizon", "3x"],
        // The command line's own mistakes, found by clap.
        vec!["contact", "ajouter"],
        vec!["report", "rfm", "--segmnt", "x"],
        vec!["contact", "list", "--format", "xml"],
        vec!["contact", "show"],
    ];
    let before = env.snapshot();
    for (lang, name) in [("fr", "fr_errors"), ("en", "en_errors")] {
        let all: Vec<String> = cases
            .iter()
            .map(|c| {
                let mut a = c.clone();
                a.extend(["--lang", lang]);
                env.snap(&a)
            })
            .collect();
        insta::assert_snapshot!(name, all.join("\n"));
    }
    assert_eq!(env.snapshot(), before, "nothing written");
    let fr = env.cmd().env("LANG", "fr_FR.UTF-8").args(["contact", "show", "nobody"]).output().unwrap();
    assert_eq!(fr.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&fr.stderr).starts_with("erreur : aucun contact ne correspond à `nobody`"));
}

/// The calendar is read by people on their phone: its summaries and
/// descriptions speak the shop's language, while its UIDs and dates do not
/// change (a calendar re-reading the file updates the same entries).
#[test]
fn the_calendar_speaks_the_shops_language() {
    let env = shop();
    let en = env.ok(&["remind", "--format", "ics"]);
    let fr = env.ok(&["remind", "--format", "ics", "--lang", "fr"]);
    assert!(en.contains("SUMMARY:Follow up: Hélène Dupont"), "{en}");
    assert!(en.contains("follow up on the call of 2024-06-30: vase bleu"), "{en}");
    assert!(fr.contains("SUMMARY:Relance : Hélène Dupont"), "{fr}");
    assert!(fr.contains("relance : appel du 30/06/2024 : vase bleu"), "{fr}");
    let uids = |s: &str| {
        s.lines().filter(|l| l.starts_with("UID:") || l.starts_with("DUE")).map(String::from).collect::<Vec<_>>()
    };
    assert_eq!(uids(&en), uids(&fr));
}

/// Reports' prose speaks French too: the campaign preview (who is left out
/// and why), the campaign report (lift, economics, verdict) and the
/// migration's falls and rises; their JSON does not change.
#[test]
fn french_campaign_and_migration_prose() {
    let env = Env::new();
    env.ok(&["demo", "--customers", "200", "--seed", "3"]);
    let snap = |args: &[&str]| {
        let mut a = args.to_vec();
        a.extend(["--lang", "fr"]);
        env.cmd().env("COLUMNS", "100").args(&a).output().map(|o| {
            format!(
                "$ carnet {}\n{}{}",
                a.join(" "),
                String::from_utf8_lossy(&o.stderr),
                String::from_utf8_lossy(&o.stdout)
            )
        })
    };
    let preview = snap(&["campaign", "preview", "spring-workshops"]).unwrap();
    assert!(preview.contains("écartés : ") && preview.contains("Coût : "), "{preview}");
    let head: String = preview.lines().take(12).collect::<Vec<_>>().join("\n");
    insta::assert_snapshot!("fr_campaign_preview", head);
    insta::assert_snapshot!("fr_campaign_report", snap(&["campaign", "report", "spring-workshops"]).unwrap());
    let migration = snap(&["report", "migration", "--from", "-180d"]).unwrap();
    assert!(
        migration.contains("Migration des segments du ") && migration.contains("Tombés de Champions"),
        "{migration}"
    );
    for args in [&["campaign", "report", "spring-workshops"][..], &["campaign", "preview", "spring-workshops"][..]] {
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        let en = env.ok(&a);
        a.extend(["--lang", "fr"]);
        assert_eq!(env.ok(&a), en, "{a:?}");
    }
}

/// carnet's own words in a French table (an interaction's kind, its
/// follow-up, a consent's action, channel and method) read in French;
/// the CSV keeps them as scripts know them.
#[test]
fn french_tables_say_carnets_own_words_in_french() {
    let env = shop();
    let w = env.write("w.txt", "news by email, once a month");
    env.grant_email("ref:A", &w, "signed card #1", "2024-06-01");
    let history = env.ok(&["consent", "history", "ref:A", "--lang", "fr"]);
    assert!(history.contains("accord") && history.contains("e-mail"), "{history}");
    let csv = env.ok(&["consent", "history", "ref:A", "--lang", "fr", "--format", "csv"]);
    assert!(csv.contains(",grant,") && !csv.contains("accord"), "{csv}");
    let due = env.ok(&["interaction", "list", "--lang", "fr"]);
    assert!(due.contains("appel") && due.contains("à faire"), "{due}");
    let o = env.run(&["contact", "duplicates", "--lang", "fr"]);
    assert!(o.stderr.contains("aucun doublon probable") || o.stderr.contains("ressemble"), "{}", o.stderr);
}

/// What carnet says at the counter speaks French too, with its plurals.
#[test]
fn counter_messages_and_warnings_speak_french() {
    let env = shop();
    let out = env.path("c.csv").display().to_string();
    let o = env.run(&["contact", "export", "--out", &out, "--lang", "fr"]);
    assert!(o.stderr.contains("contacts exportés vers"), "{}", o.stderr);
    let o = env.run(&["purchase", "add", "ref:B", "5", "--date", "2024-07-02", "--lang", "fr"]);
    assert!(o.stderr.starts_with("attention : le "), "{}", o.stderr);
    let o = env.run(&["contact", "merge", "ref:A", "ref:B", "--dry-run", "--lang", "fr"]);
    assert!(o.stderr.contains("fusion du contact") && o.stderr.contains("achats passent"), "{}", o.stderr);
    let o = env.run(&["contact", "merge", "ref:A", "ref:B", "--dry-run"]);
    assert!(o.stderr.contains("purchases move"), "{}", o.stderr);
}

/// A segment, a value cell, by its name in either language (without
/// accents or case), shown in the run's language; scripts keep English.
#[test]
fn built_in_segments_are_named_in_either_language() {
    let env = shop();
    // The tiny shop as of 2024-06-30: A is Loyal Customers (see tests/fixtures/tiny).
    let loyal = env.json(&["report", "rfm", "--customers", "--segment", "Clients fidèles"]);
    let english = env.json(&["report", "rfm", "--customers", "--segment", "Loyal Customers"]);
    assert_eq!(loyal, english);
    assert_eq!(loyal.as_array().map(Vec::len), Some(1), "{loyal}");
    assert_eq!(env.json(&["report", "rfm", "--customers", "--segment", "clients fideles"]), english);
    let err = env.run(&["report", "rfm", "--segment", "Fidèles", "--lang", "fr"]);
    assert_eq!(err.code, 1);
    let err = err.stderr;
    assert!(err.contains("n'est pas un segment RFM") && err.contains("Clients fidèles, Fidèles en devenir"), "{err}");
    // segment show / export and a saved segment's criteria take them too.
    let shown = env.json(&["segment", "show", "À RISQUE"]);
    assert_eq!(shown, env.json(&["segment", "show", "At Risk"]));
    let o = env.run(&[
        "segment",
        "add",
        "relancer",
        "--rfm",
        "a risque",
        "--cell",
        "Fréquents",
        "--last-purchase-before",
        "30d",
        "--lang",
        "fr",
    ]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr.contains("segment RFM À risque, et case de valeur Fréquents, et dernier achat avant J-30"),
        "{}",
        o.stderr
    );
    let saved = env.json(&["segment", "list"]);
    let relancer = saved.as_array().unwrap().iter().find(|s| s["name"] == "relancer").unwrap().clone();
    assert_eq!(
        relancer["criteria"], "RFM segment At Risk, and value cell Frequent, and last purchase before 30 days ago",
        "scripts read English"
    );
    let table = fr(&env, &["segment", "list"]);
    assert!(table.contains("Clients fidèles") && table.contains("Meilleurs"), "{table}");
    assert!(table.contains("segment RFM À risque, et case de valeur"), "{table}");
    assert!(table.contains("Clients qui s'éloignent"), "{table}");
    assert!(!table.contains("Loyal Customers") && !table.contains("has email"), "{table}");
}

/// The shop's chosen language decides how its dates read: `language =
/// "fr"` in the config makes `05/08` the fifth of August, as a French
/// locale does; an ambiguous birthday's error never shows a made-up year.
#[test]
fn the_configured_language_reads_dates_day_first() {
    let env = Env::new();
    let o = env.cmd().env("LANG", "C").args(["contact", "add", "--name", "A", "--birthday", "05/08"]).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("`05/08` can be read as 08-05 or 05-08") && !err.contains("2000"), "{err}");
    env.write("config.toml", "language = \"fr\"\n");
    let o = env.cmd().env("LANG", "C").args(["contact", "add", "--name", "A", "--birthday", "05/08"]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let card = env.json(&["contact", "show", "A"]);
    assert_eq!(card["birthday"], "--08-05", "the fifth of August: {card}");
    let o = env
        .cmd()
        .env("LANG", "C")
        .args(["deal", "add", "A", "--title", "Vase", "--close", "17/11/2024", "--format", "json"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).contains("\"expected_close\": \"2024-11-17\""), "{o:?}");
}

/// The card in French: an interaction's kind and day as French writes
/// them, decimals with a comma; its JSON unchanged.
#[test]
fn the_card_speaks_french_to_the_end() {
    let env = shop();
    let card = fr(&env, &["contact", "show", "ref:A"]);
    assert!(card.contains("29/06/2024 (échange 1, 30/06/2024 appel : vase bleu — par carnet)"), "{card}");
    assert!(card.contains("30/06/2024 appel : vase bleu — par carnet"), "{card}");
    assert!(!card.contains("2024-06-30 call"), "{card}");
    let json = env.json(&["contact", "show", "ref:A"]);
    assert_eq!(json["last_interactions"][0], "2024-06-30 call: vase bleu — by carnet");
    assert_eq!(json["open_follow_ups"][0], "2024-06-29 (interaction 1, 2024-06-30 call: vase bleu — by carnet)");
    // Every decimal of a French table has its comma.
    let p = fr(&env, &["report", "pareto"]);
    assert!(!p.contains("0."), "{p}");
}

/// A stage or an interaction kind typed in French is the shop's own word;
/// the default stages and channels read in French in a French table.
#[test]
fn stages_and_kinds_are_typed_in_either_language() {
    let env = shop();
    env.ok(&["deal", "add", "ref:A", "--title", "Vase", "--amount", "100", "--stage", "Négociation"]);
    assert_eq!(env.json(&["deal", "list"])[0]["stage"], "negotiation");
    env.ok(&["deal", "move", "1", "proposition"]);
    assert_eq!(env.json(&["deal", "list", "--stage", "PROPOSITION"])[0]["stage"], "proposal");
    env.ok(&["interaction", "add", "ref:A", "--kind", "Appel", "--note", "rappeler"]);
    let calls = env.json(&["interaction", "list", "--kind", "appel"]);
    assert!(calls.as_array().unwrap().iter().all(|i| i["kind"] == "call"), "{calls}");
    assert_eq!(calls.as_array().map(Vec::len), Some(2), "{calls}");
    assert!(env.fails(1, &["interaction", "add", "ref:A", "--kind", "pigeon"]).contains("pigeon"));
    let table = fr(&env, &["deal", "list"]);
    assert!(table.contains("proposition") && !table.contains("proposal"), "{table}");
    let pipeline = fr(&env, &["report", "pipeline"]);
    assert!(pipeline.contains("piste") && pipeline.contains("négociation"), "{pipeline}");
    env.ok(&["purchase", "add", "ref:A", "10", "--channel", "market"]);
    let sales = fr(&env, &["purchase", "list", "--contact", "ref:A"]);
    assert!(sales.contains("marché"), "{sales}");
}

/// Messages left in English before: a range, a shared sign, a date's
/// spelling.
#[test]
fn errors_and_words_left_in_english_are_french_now() {
    let env = shop();
    let o = env.run(&["segment", "add", "x", "--visits", "abc", "--lang", "fr"]);
    assert_eq!(o.code, 1);
    assert!(o.stderr.contains("`abc` n'est pas un intervalle (écrivez MIN..MAX"), "{}", o.stderr);
    let o = env.run(&["segment", "add", "x", "--visits", "a..", "--lang", "fr"]);
    assert!(o.stderr.contains("`a` n'est pas un nombre entier"), "{}", o.stderr);
    let o = env.run(&["interaction", "add", "ref:A", "--kind", "call", "--follow-up", "bientôt", "--lang", "fr"]);
    assert!(o.stderr.contains("JJ/MM/AAAA") && !o.stderr.contains("DD/MM/YYYY"), "{}", o.stderr);
    let o = env.run(&["interaction", "add", "ref:A", "--kind", "call", "--follow-up", "soon"]);
    assert!(o.stderr.contains("DD/MM/YYYY") || o.stderr.contains("YYYY-MM-DD"), "{}", o.stderr);
    env.ok(&["contact", "add", "--name", "DUPONT Hélène"]);
    let table = fr(&env, &["contact", "duplicates"]);
    assert!(table.contains("nom") && !table.contains(" name "), "{table}");
    let json = env.json(&["contact", "duplicates"]);
    assert_eq!(json[0]["same"][0], "name", "{json}");
}

/// Walks the tables, digests and `--help` a French shop reads and fails on
/// English words that would mean a message was left untranslated (the
/// commands and flags themselves are English by design, so the words are
/// chosen among those that are not flags).
#[test]
fn a_french_shop_reads_no_english() {
    let env = Env::new();
    let o = env.cmd().args(["demo", "--customers", "60", "--lang", "fr"]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    const ENGLISH: &[&str] = &[
        " the ",
        " and ",
        " with ",
        " is ",
        " are ",
        "ustomers",
        "urchases",
        "Loyal",
        "At Risk",
        "Hibernating",
        "has email",
        "call:",
        "note:",
        "Cannot",
        "error:",
        "hint:",
        "warning:",
        "weighted",
        " days ago",
        "expected",
        "qualified",
        "negotiation",
        "proposal",
        "ompany",
        "lipping",
        " since ",
        "usually",
        "unknown",
        "wrong type",
        " line ",
        " column ",
    ];
    let reads: &[&[&str]] = &[
        &["report", "rfm"],
        &["report", "value-matrix"],
        &["report", "pareto"],
        &["report", "migration", "--from", "-90d"],
        &["report", "profitability"],
        &["report", "categories"],
        &["report", "channels"],
        &["report", "pipeline"],
        &["report", "consent"],
        &["report", "cohorts"],
        &["segment", "list"],
        &["remind", "--within", "30d"],
        &["contact", "list", "--limit", "5"],
        &["contact", "show", "3"],
        &["deal", "list"],
        &["interaction", "list", "--limit", "5"],
        &["purchase", "list", "--limit", "5"],
        &["tag", "list"],
        &["contact", "duplicates"],
        &["service", "list", "--all"],
        &["service", "show", "1"],
        &["report", "service"],
        &["report", "rfm", "--by", "company"],
        &["report", "rfm", "--by", "company", "--customers"],
        &["contact", "show", "Restaurant Le Potager"],
        &["contact", "list", "--company", "hotel du parc"],
        &["segment", "show", "Clients qui s'éloignent"],
        &["remind", "--within", "60d"],
    ];
    let mut found = Vec::new();
    for args in reads {
        let mut a = args.to_vec();
        a.extend(["--lang", "fr"]);
        let o = env.run(&a);
        assert_eq!(o.code, 0, "{args:?}: {}", o.stderr);
        for w in ENGLISH {
            if let Some(line) = o.stdout.lines().chain(o.stderr.lines()).find(|l| l.contains(w)) {
                found.push(format!("{args:?} `{w}`: {line}"));
            }
        }
    }
    // Refusals and config errors, said in French too.
    let refusals: &[&[&str]] = &[
        &["contact", "list", "--company", "Nulle Part"],
        &["contact", "add", "--name", "hôtel du parc", "--kind", "company"],
    ];
    for args in refusals {
        let mut a = args.to_vec();
        a.extend(["--lang", "fr"]);
        let o = env.run(&a);
        assert_eq!(o.code, 1, "{args:?}: {}", o.stderr);
        for w in ENGLISH {
            if let Some(line) = o.stderr.lines().find(|l| prose(l).contains(w)) {
                found.push(format!("{args:?} `{w}`: {line}"));
            }
        }
    }
    for config in ["[remind]\nbirthday_dayz = 3\n", "[remind]\nslipping_factor = \"x\"\n", "format = 3\n"] {
        env.write("config.toml", config);
        let o = env.run(&["contact", "list", "--lang", "fr"]);
        assert_eq!(o.code, 1, "{config}: {}", o.stderr);
        for w in ENGLISH {
            if let Some(line) = o.stderr.lines().find(|l| prose(l).contains(w)) {
                found.push(format!("config {config:?} `{w}`: {line}"));
            }
        }
    }
    std::fs::remove_file(env.path("config.toml")).unwrap();
    for cmd in
        ["contact", "purchase", "deal", "interaction", "report", "consent", "privacy", "campaign", "segment", "service"]
    {
        let help = env.run(&[cmd, "--help", "--lang", "fr"]).stdout;
        for w in [" the ", " and ", " with ", " of the "] {
            if let Some(line) = help.lines().find(|l| l.contains(w) && !l.trim_start().starts_with("carnet ")) {
                found.push(format!("{cmd} --help `{w}`: {line}"));
            }
        }
    }
    assert!(found.is_empty(), "English left in French output:\n{}", found.join("\n"));
}

/// A message's words without its code spans (`carnet config show`, a key)
/// and flags (`--company`): commands, flags and keys are English by design.
fn prose(line: &str) -> String {
    let words: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    words.split_whitespace().filter(|w| !w.starts_with("--")).collect::<Vec<_>>().join(" ")
}
