//! Where carnet keeps its files: `directories` gives the platform's data
//! and config folders; `CARNET_DB` and `CARNET_CONFIG` override them.

use crate::error::{Error, Result};
use std::path::PathBuf;

fn project_dirs() -> Result<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "carnet")
        .ok_or_else(|| Error::t(crate::error::Kind::Invalid, "err-no-home", vec![]).with_hint_t("hint-no-home", vec![]))
}

pub fn config_file() -> Result<PathBuf> {
    match std::env::var_os("CARNET_CONFIG") {
        Some(p) if !p.is_empty() => Ok(PathBuf::from(p)),
        _ => Ok(project_dirs()?.config_dir().join("config.toml")),
    }
}

pub fn data_dir() -> Result<PathBuf> {
    Ok(project_dirs()?.data_dir().to_path_buf())
}

pub fn env_db() -> Option<PathBuf> {
    std::env::var_os("CARNET_DB").filter(|p| !p.is_empty()).map(PathBuf::from)
}
