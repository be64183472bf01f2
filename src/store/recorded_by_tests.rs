//! Who the store records rows as (`recorded_by`): the app's name on
//! SQLite, the connected role on PostgreSQL whatever the app says.

use super::{purchases, OpenMode, Store};
use crate::domain::purchase::NewPurchase;

fn add_purchase(store: &mut Store) -> Option<String> {
    let tx = store.begin().unwrap();
    let f = crate::domain::contact::ContactFields { name: "Anne".into(), ..Default::default() };
    let id = super::contacts::insert(&tx, &f, &[], "2024-01-01T00:00:00Z", None).unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2024, 1, 2).unwrap();
    let p = NewPurchase {
        contact_id: id,
        day,
        amount: crate::domain::money::Cents(100),
        note: None,
        order_ref: None,
        batch_id: None,
        category_id: None,
        channel: None,
    };
    purchases::insert(&tx, &p).unwrap();
    tx.commit().unwrap();
    purchases::last_recorder(store, id).unwrap()
}

#[test]
fn sqlite_records_the_name_the_app_gives_or_nobody() {
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(add_purchase(&mut store), None);
    store.record_as(Some("Anna".into()));
    assert_eq!(add_purchase(&mut store).as_deref(), Some("Anna"));
    store.record_everything_as("demo");
    assert_eq!(add_purchase(&mut store).as_deref(), Some("demo"));
}

#[test]
fn postgresql_records_the_connected_role_whatever_the_app_says() {
    let Some(pg) = crate::test_pg::fresh_database("store::recorded_by::postgresql_records_the_connected_role") else {
        return;
    };
    let mut store = Store::open(std::path::Path::new(pg.url()), OpenMode::Create).unwrap();
    let role: String = store.query_row("SELECT CAST(current_user AS TEXT)", [], |r| r.get(0)).unwrap();
    store.record_as(Some("Mallory".into()));
    assert_eq!(add_purchase(&mut store), Some(role));
}
