//! Who recorded a row (`recorded_by`) on a SQLite file: the rule that
//! picks the name. PostgreSQL needs none: the connected role is who.

/// The first name given, in order: `CARNET_USER`, `user` in the config,
/// `$USER`, `$LOGNAME`; blank ones are skipped (trimmed); none: nobody.
pub fn recorder(
    carnet_user: Option<&str>,
    config_user: Option<&str>,
    user: Option<&str>,
    logname: Option<&str>,
) -> Option<String> {
    [carnet_user, config_user, user, logname]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|n| !n.is_empty())
        .map(String::from)
}

#[cfg(test)]
mod tests {
    use super::recorder;

    #[test]
    fn carnet_user_wins_over_the_config_which_wins_over_the_login_name() {
        assert_eq!(recorder(Some("Anna"), Some("Bea"), Some("anna"), Some("x")).as_deref(), Some("Anna"));
        assert_eq!(recorder(None, Some("Bea"), Some("anna"), Some("x")).as_deref(), Some("Bea"));
        assert_eq!(recorder(None, None, Some("anna"), Some("x")).as_deref(), Some("anna"));
        assert_eq!(recorder(None, None, None, Some("x")).as_deref(), Some("x"));
    }

    #[test]
    fn blank_names_are_skipped_and_none_is_nobody() {
        assert_eq!(recorder(Some("  "), Some(""), Some(" anna "), None).as_deref(), Some("anna"));
        assert_eq!(recorder(None, None, None, None), None);
        assert_eq!(recorder(Some(""), Some(" "), None, Some("")), None);
    }
}
