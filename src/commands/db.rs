//! `carnet db copy --to URL|PATH`: move a shop from a SQLite file to a
//! PostgreSQL database, or back. `carnet db grant` / `db roles`: who may
//! do what on a shared PostgreSQL database.

use crate::app::roles::{Action, Role};
use crate::context::Ctx;
use crate::error::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Copy every table to an empty database of the other engine, all or nothing, and check the copy.
    #[command(
        after_help = "The copy is compared with the original table by table (a count and a checksum\nof every row) and its consent history verified before it is committed; a\ndifference leaves the target as it was.\n\nExamples:\n  carnet --db shop.db db copy --to postgres://anne@/shop?host=/run/postgresql\n  carnet --db postgres://anne@server/shop db copy --to shop-copy.db"
    )]
    Copy {
        /// The target: a postgres:// URL, or the path of a new SQLite file.
        #[arg(long)]
        to: String,
    },
    /// Make a PostgreSQL login staff or owner of this shop (or take it out with --revoke).
    #[command(
        group(clap::ArgGroup::new("role").required(true).args(["staff", "owner", "revoke"])),
        after_help = "Staff look people up and record contacts, purchases, interactions, deals,\nservice requests and consent; the owner may also export and erase people,\nimport, run campaigns, add consent wordings and upgrade the database. The\nconsent history is append-only for both. Run by a superuser, or by the\ntables' owner with CREATEROLE; each run also brings every table's GRANTs up\nto date.\n\nA login that does not exist is created without a password: carnet never\nstores one. Set it as the server's administrator (psql's \\password NAME), or\nlet the server's own authentication (peer, certificates) admit it.\n\nExamples:\n  carnet --db postgres://admin@server/shop db grant anna --staff\n  carnet --db postgres://admin@server/shop db grant owen --owner\n  carnet --db postgres://admin@server/shop db grant anna --revoke"
    )]
    Grant {
        /// The login role (created, without a password, when missing).
        name: String,
        /// Make it staff: look up and record, never export, erase or import.
        #[arg(long)]
        staff: bool,
        /// Make it an owner: everything staff may, and the owner actions.
        #[arg(long)]
        owner: bool,
        /// Take it out of both roles (the login itself stays).
        #[arg(long)]
        revoke: bool,
    },
    /// Who is staff and who is owner of this PostgreSQL database.
    Roles,
}

crate::record! {
    pub struct CopiedTable {
        table: String,
        rows: i64,
        checksum: String,
    }
    numeric: [rows]
}

crate::record! {
    pub struct RoleRow {
        name: String,
        role: String,
        group: String,
        login: bool,
    }
}

pub fn run(ctx: &Ctx, cmd: DbCommand) -> Result<()> {
    ctx.no_vcf("db")?;
    match cmd {
        DbCommand::Copy { to } => {
            let app = ctx.read()?;
            crate::app::roles::require_owner(&app, Action::CopyDatabase)?;
            let (shown, tables) = crate::app::moving::copy_to(&app, &to)?;
            let rows: i64 = tables.iter().map(|t| t.rows).sum();
            ctx.tell("msg-db-copied", &[("to", shown.into()), ("tables", tables.len().into()), ("rows", rows.into())]);
            let records: Vec<CopiedTable> = tables
                .into_iter()
                .map(|t| CopiedTable { table: t.table, rows: t.rows, checksum: t.checksum })
                .collect();
            ctx.out.records(&records)
        }
        DbCommand::Grant { name, staff: _, owner, revoke } => {
            let mut app = ctx.write()?;
            if revoke {
                crate::app::roles::revoke(&mut app, &name)?;
                ctx.tell("msg-db-revoked", &[("name", name.into())]);
                return Ok(());
            }
            let role = if owner { Role::Owner } else { Role::Staff };
            let done = crate::app::roles::grant(&mut app, &name, role)?;
            if done.created {
                ctx.tell("msg-db-login-created", &[("name", name.clone().into())]);
            }
            let group = if owner { done.groups.owner } else { done.groups.staff };
            ctx.tell(
                "msg-db-granted",
                &[("name", name.into()), ("role", role.as_str().into()), ("group", group.into())],
            );
            Ok(())
        }
        DbCommand::Roles => {
            let app = ctx.read()?;
            let (groups, members) = crate::app::roles::members(&app)?;
            let records: Vec<RoleRow> = members
                .into_iter()
                .map(|m| RoleRow {
                    group: if m.role == Role::Owner { groups.owner.clone() } else { groups.staff.clone() },
                    name: m.name,
                    role: m.role.as_str().to_string(),
                    login: m.login,
                })
                .collect();
            ctx.out.records(&records)
        }
    }
}
