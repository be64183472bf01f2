//! Who may do what on a shared PostgreSQL database: the two group roles
//! (staff, owner), the GRANTs (`roles.sql`, the one place they are
//! written), membership, and the question every owner action asks first.
//!
//! PostgreSQL roles belong to the whole server, not to one database; the
//! groups are named after the database (`carnet_<database>_staff`,
//! `carnet_<database>_owner`) so that staff of one shop is nobody in
//! another shop's database on the same server.

use super::sql::{EngineKind, OptionalExtension};
use super::{Db, Tx};
use crate::error::{Error, Kind, Result};

/// The GRANT script, with `{schema}`, `{staff}`, `{owner}` put in.
const GRANTS: &str = include_str!("roles.sql");

/// PostgreSQL's longest identifier, in bytes.
const NAME_MAX: usize = 63;

/// Which group a login is made a member of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Staff,
    Owner,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Staff => "staff",
            Role::Owner => "owner",
        }
    }
}

/// The names of this database's two group roles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Groups {
    pub staff: String,
    pub owner: String,
}

/// A login and the group it belongs to (`db roles`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub name: String,
    pub role: Role,
    pub login: bool,
}

/// The group names for a database called `database`: lower-case letters,
/// digits and underscores only, cut to fit PostgreSQL's 63 bytes.
pub fn groups_for(database: &str) -> Groups {
    let mut base: String =
        database.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect();
    base.truncate(NAME_MAX - "carnet__staff".len());
    Groups { staff: format!("carnet_{base}_staff"), owner: format!("carnet_{base}_owner") }
}

/// The database's group names (PostgreSQL only).
pub fn groups(db: &Db) -> Result<Groups> {
    let name: String = db.query_row("SELECT current_database()", [], |r| r.get(0))?;
    Ok(groups_for(&name))
}

fn role_exists(db: &Db, name: &str) -> Result<bool> {
    Ok(db.query_row("SELECT 1 FROM pg_roles WHERE rolname = ?1", [name], |r| r.get::<_, i32>(0)).optional()?.is_some())
}

/// Whether carnet's roles were set up on this database (`db grant` ran).
pub fn set_up(db: &Db) -> Result<bool> {
    if db.engine() != EngineKind::Postgres {
        return Ok(false);
    }
    role_exists(db, &groups(db)?.owner)
}

/// Whether the connected role may do the owner's actions: a superuser, a
/// member of the database's owner, of the role that owns carnet's tables
/// (the owner group once `db grant` ran), or of the owner group. Always on
/// SQLite, where the file's permissions are the access control.
pub fn is_owner(db: &Db) -> Result<bool> {
    if db.engine() != EngineKind::Postgres {
        return Ok(true);
    }
    let groups = groups(db)?;
    let owner: bool = db.query_row(
        "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) \
         OR pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') \
         OR coalesce(pg_has_role(current_user, \
              (SELECT relowner FROM pg_class WHERE oid = to_regclass('contacts')), 'MEMBER'), false) \
         OR coalesce((SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = ?1), false)",
        [&groups.owner],
        |r| r.get(0),
    )?;
    Ok(owner)
}

/// Whether the connected role may create roles and hand out membership
/// (`db grant`): a superuser, or a role with CREATEROLE.
pub fn can_manage(db: &Db) -> Result<bool> {
    Ok(db.query_row("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user", [], |r| r.get(0))?)
}

/// The connected role's name.
pub fn current_user(db: &Db) -> Result<String> {
    Ok(db.query_row("SELECT CAST(current_user AS TEXT)", [], |r| r.get(0))?)
}

/// Create the two groups if missing and (re)apply every GRANT to every
/// table the schema has now.
pub fn apply(tx: &Tx) -> Result<Groups> {
    let groups = groups(tx)?;
    for name in [&groups.staff, &groups.owner] {
        if !role_exists(tx, name)? {
            tx.execute_batch(&format!("CREATE ROLE {name} NOLOGIN"))?;
        }
    }
    let member: bool =
        tx.query_row("SELECT pg_has_role(current_user, CAST(?1 AS NAME), 'MEMBER')", [&groups.owner], |r| r.get(0))?;
    if !member {
        // Handing the tables to the owner group needs membership of it.
        tx.execute_batch(&format!("GRANT {} TO CURRENT_USER", groups.owner))?;
    }
    if !is_member(tx, &groups.owner, &groups.staff)? {
        tx.execute_batch(&format!("GRANT {} TO {}", groups.staff, groups.owner))?;
    }
    tx.execute_batch(&grants_sql(tx, &groups)?)?;
    Ok(groups)
}

/// After a migration: the new tables get the same GRANTs, when the roles exist.
pub fn reapply_if_set_up(tx: &Tx) -> Result<()> {
    if set_up(tx)? {
        apply(tx)?;
    }
    Ok(())
}

fn grants_sql(db: &Db, groups: &Groups) -> Result<String> {
    let schema: String = db.query_row("SELECT CAST(current_schema() AS TEXT)", [], |r| r.get(0))?;
    if !is_plain_name(&schema) {
        return Err(Error::t(Kind::Invalid, "err-roles-schema", crate::targs!["schema" => schema]));
    }
    Ok(GRANTS.replace("{schema}", &schema).replace("{staff}", &groups.staff).replace("{owner}", &groups.owner))
}

fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= NAME_MAX
        && name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// `"name"`, quoted as a PostgreSQL identifier.
fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Make `name` a member of `role` (and of that one only), creating the
/// login role, without a password, when it does not exist. Returns whether
/// the login was created.
pub fn grant(tx: &Tx, groups: &Groups, name: &str, role: Role) -> Result<bool> {
    let created = !role_exists(tx, name)?;
    let who = quote_ident(name);
    if created {
        tx.execute_batch(&format!("CREATE ROLE {who} LOGIN"))?;
    }
    let (join, leave) = match role {
        Role::Staff => (&groups.staff, &groups.owner),
        Role::Owner => (&groups.owner, &groups.staff),
    };
    if is_member(tx, name, leave)? {
        tx.execute_batch(&format!("REVOKE {leave} FROM {who}"))?;
    }
    if !is_member(tx, name, join)? {
        tx.execute_batch(&format!("GRANT {join} TO {who}"))?;
    }
    Ok(created)
}

/// Take `name` out of both groups (the login itself stays: it may be used
/// elsewhere on the server). Returns whether it was in one.
pub fn revoke(tx: &Tx, groups: &Groups, name: &str) -> Result<bool> {
    let mut was = false;
    for group in [&groups.staff, &groups.owner] {
        if is_member(tx, name, group)? {
            tx.execute_batch(&format!("REVOKE {group} FROM {}", quote_ident(name)))?;
            was = true;
        }
    }
    Ok(was)
}

/// Whether `name` is a direct member of `group`.
fn is_member(db: &Db, name: &str, group: &str) -> Result<bool> {
    Ok(db
        .query_row(
            "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid \
             JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ?1 AND u.rolname = ?2",
            [group, name],
            |r| r.get::<_, i32>(0),
        )
        .optional()?
        .is_some())
}

/// Every direct member of the two groups, by name (the owner group itself,
/// a member of staff, is left out).
pub fn members(db: &Db, groups: &Groups) -> Result<Vec<Member>> {
    let mut stmt = db.prepare(
        "SELECT CAST(u.rolname AS TEXT), CAST(g.rolname AS TEXT), u.rolcanlogin \
         FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member \
         WHERE g.rolname IN (?1, ?2) AND u.rolname <> ?2 ORDER BY 1, 2",
    )?;
    let rows = stmt.query_map([&groups.staff, &groups.owner], |r| {
        let group: String = r.get(1)?;
        Ok(Member {
            name: r.get(0)?,
            role: if group == groups.owner { Role::Owner } else { Role::Staff },
            login: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_are_named_after_the_database_in_plain_letters() {
        let g = groups_for("Shop-2");
        assert_eq!(g.staff, "carnet_shop_2_staff");
        assert_eq!(g.owner, "carnet_shop_2_owner");
        let long = groups_for(&"x".repeat(100));
        assert_eq!(long.owner.len(), NAME_MAX);
        assert!(is_plain_name(&long.staff));
    }

    #[test]
    fn names_are_quoted_as_identifiers() {
        assert_eq!(quote_ident("anna"), "\"anna\"");
        assert_eq!(quote_ident("a\"b"), "\"a\"\"b\"");
        assert!(!is_plain_name("Public"));
        assert!(is_plain_name("public"));
    }

    #[test]
    fn on_sqlite_everyone_is_the_owner_and_nothing_is_set_up() {
        let store = super::super::Store::open_in_memory().unwrap();
        assert!(is_owner(&store).unwrap());
        assert!(!set_up(&store).unwrap());
    }
}
