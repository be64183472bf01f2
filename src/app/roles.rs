//! Who may do what on a shared PostgreSQL database: `db grant`, `db
//! roles`, and the check every owner action makes before it touches
//! anything ([`require_owner`]). The GRANTs themselves are in
//! `store/roles.sql`.

use crate::error::{Error, Kind, Result};
use crate::i18n::Text;
use crate::store::roles::{self as store, Groups};
use crate::store::sql::EngineKind;

pub use crate::store::roles::{Member, Role};

/// What only the owner may do, each said in words in the refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// `privacy export`.
    PrivacyExport,
    /// `privacy forget`.
    Forget,
    /// `contact export`, `segment export`, `purchase export`.
    ExportPeople,
    /// `backup`, `db copy`: the whole file of people.
    CopyDatabase,
    /// `sync`: the contacts pushed to a phone's address book.
    Sync,
    /// `contact rm`, `purchase rm`, `interaction rm`, `deal rm`.
    Delete,
    /// `contact merge` (the other contact is deleted).
    Merge,
    /// `contact import`, `purchase import`, `satisfaction import`,
    /// `consent import`, `consent unsubscribe-from`.
    Import,
    /// `import undo`.
    UndoImport,
    /// `campaign create|edit|launch|send|rm`.
    Campaign,
    /// `consent text add`.
    Wording,
    /// `db roles` (`db grant` needs more: see [`grant`]).
    Roles,
}

impl Action {
    fn text(self) -> Text {
        let id = match self {
            Action::PrivacyExport => "role-action-privacy-export",
            Action::Forget => "role-action-forget",
            Action::ExportPeople => "role-action-export",
            Action::CopyDatabase => "role-action-copy",
            Action::Sync => "role-action-sync",
            Action::Delete => "role-action-delete",
            Action::Merge => "role-action-merge",
            Action::Import => "role-action-import",
            Action::UndoImport => "role-action-undo-import",
            Action::Campaign => "role-action-campaign",
            Action::Wording => "role-action-wording",
            Action::Roles => "role-action-roles",
        };
        Text::tr(id, vec![])
    }
}

/// Refuse, in words, an owner action to a role that is not the owner
/// (staff, or a plain login): before anything is read or written. Always
/// passes on SQLite.
pub fn require_owner(app: &super::App, action: Action) -> Result<()> {
    if store::is_owner(app.db())? {
        return Ok(());
    }
    let user = store::current_user(app.db())?;
    Err(Error::t(Kind::Io, "err-roles-owner-only", crate::targs!["action" => action.text()])
        .with_hint_t("hint-roles-owner-only", crate::targs!["user" => user]))
}

/// `db grant` needs a role that may create roles: refused in words otherwise.
fn require_admin(app: &super::App) -> Result<()> {
    if store::can_manage(app.db())? {
        return Ok(());
    }
    Err(Error::t(Kind::Io, "err-roles-admin-only", vec![]).with_hint_t("hint-roles-admin-only", vec![]))
}

/// `NAME` as a PostgreSQL login carnet will create or name: letters,
/// digits, `_`, `.`, `-`, starting with a letter or `_`, at most 63 bytes,
/// not PostgreSQL's own (`pg_…`) nor one of carnet's group roles.
pub fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 63
        && name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
        && !name.to_ascii_lowercase().starts_with("pg_")
        && !(name.starts_with("carnet_") && (name.ends_with("_staff") || name.ends_with("_owner")));
    if ok {
        return Ok(());
    }
    Err(Error::t(Kind::Invalid, "err-roles-name", crate::targs!["value" => crate::error::echo(name)])
        .for_flag("NAME")
        .with_hint_t("hint-roles-name", vec![]))
}

/// Roles are a server's: a SQLite file's access control is its permissions.
fn server_only(app: &super::App) -> Result<()> {
    if app.db().engine() == EngineKind::Postgres {
        return Ok(());
    }
    Err(Error::t(Kind::Invalid, "err-roles-sqlite", crate::targs!["path" => app.store.path().display().to_string()])
        .with_hint_t("hint-roles-sqlite", vec![]))
}

/// What `db grant` did.
#[derive(Debug, Clone)]
pub struct Granted {
    pub groups: Groups,
    /// The login role did not exist and was created (without a password).
    pub created: bool,
}

/// `db grant NAME --staff|--owner`: set up (or bring up to date) the two
/// groups and their GRANTs, and make NAME a member of one.
pub fn grant(app: &mut super::App, name: &str, role: Role) -> Result<Granted> {
    server_only(app)?;
    check_name(name)?;
    require_admin(app)?;
    let tx = app.store.begin()?;
    let groups = store::apply(&tx)?;
    let created = store::grant(&tx, &groups, name, role)?;
    tx.commit()?;
    Ok(Granted { groups, created })
}

/// `db grant NAME --revoke`: NAME leaves both groups (the login stays).
pub fn revoke(app: &mut super::App, name: &str) -> Result<Groups> {
    server_only(app)?;
    check_name(name)?;
    require_admin(app)?;
    let tx = app.store.begin()?;
    let groups = store::groups(&tx)?;
    if !store::revoke(&tx, &groups, name)? {
        return Err(Error::t(Kind::NotFound, "err-roles-not-member", crate::targs!["name" => name.to_string()])
            .with_hint_t("hint-roles-list", vec![]));
    }
    tx.commit()?;
    Ok(groups)
}

/// `db roles`: who is in which group.
pub fn members(app: &super::App) -> Result<(Groups, Vec<Member>)> {
    server_only(app)?;
    require_owner(app, Action::Roles)?;
    let groups = store::groups(app.db())?;
    let members = store::members(app.db(), &groups)?;
    Ok((groups, members))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_names_are_plain_and_not_reserved() {
        for ok in ["anna", "owen_2", "j.dupont", "marie-claire", "_x"] {
            assert!(check_name(ok).is_ok(), "{ok}");
        }
        for bad in ["", "2anna", "anna; DROP TABLE contacts", "a\"b", "pg_read_all_data", "carnet_shop_owner"] {
            let e = check_name(bad).unwrap_err();
            assert_eq!(e.kind(), Kind::Invalid, "{bad}");
        }
        assert!(check_name(&"a".repeat(64)).is_err());
    }

    #[test]
    fn on_sqlite_roles_are_refused_in_words_and_owner_actions_pass() {
        let config = crate::config::Config::default();
        let mut app = super::super::App {
            store: crate::store::Store::open_in_memory().unwrap(),
            config: &config,
            today: chrono::NaiveDate::from_ymd_opt(2024, 6, 30).unwrap(),
            now: chrono::Utc::now(),
        };
        let e = grant(&mut app, "anna", Role::Staff).unwrap_err();
        assert_eq!(e.exit_code(), 1);
        assert!(e.to_string().contains("PostgreSQL"), "{e}");
        assert!(require_owner(&app, Action::Forget).is_ok());
    }
}
