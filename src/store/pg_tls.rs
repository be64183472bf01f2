//! TLS to a PostgreSQL server, with libpq's meaning of `sslmode`, over
//! rustls (ring): no system OpenSSL.
//!
//! - `disable`: plain.
//! - `allow`, `prefer` (the default): TLS when the server offers it, plain
//!   when it does not; the certificate is not checked unless a root
//!   certificate is given (then as `verify-ca`), as libpq does.
//! - `require`: TLS or nothing; no certificate check unless a root
//!   certificate is given (libpq: "if a root CA file exists, verify-ca").
//! - `verify-ca`: TLS, the server's chain checked against the root
//!   certificate.
//! - `verify-full`: `verify-ca` and the host name of the URL in the
//!   certificate.
//!
//! The root certificate: `sslrootcert=FILE` in the URL, else
//! `PGSSLROOTCERT`, else `~/.postgresql/root.crt` when it exists;
//! `sslrootcert=system` trusts the public authorities (webpki's list).

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};
use std::path::PathBuf;
use std::sync::Arc;

/// libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl Mode {
    pub fn parse(text: &str) -> Option<Mode> {
        Some(match text {
            "disable" => Mode::Disable,
            // libpq's `allow` tries plain first, then TLS: carnet tries TLS first.
            "allow" | "prefer" => Mode::Prefer,
            "require" => Mode::Require,
            "verify-ca" => Mode::VerifyCa,
            "verify-full" => Mode::VerifyFull,
            _ => return None,
        })
    }

    /// Must the connection be encrypted?
    pub fn required(self) -> bool {
        self >= Mode::Require
    }
}

/// Where the trusted roots come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Roots {
    /// None given: the certificate is not checked (`prefer`, `require`).
    None,
    /// A PEM file of one or more CA certificates.
    File(PathBuf),
    /// `sslrootcert=system`: the public authorities.
    System,
}

/// What the URL and the environment ask of TLS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tls {
    pub mode: Mode,
    pub roots: Roots,
}

/// Why a root certificate file cannot be used.
#[derive(Debug)]
pub enum RootsError {
    Unreadable(PathBuf),
    NoCertificate(PathBuf),
}

impl Tls {
    /// The roots from `sslrootcert` (the URL's, else `PGSSLROOTCERT`),
    /// else `~/.postgresql/root.crt` when that file exists.
    pub fn new(mode: Mode, sslrootcert: Option<String>) -> Tls {
        let named = sslrootcert.or_else(|| std::env::var("PGSSLROOTCERT").ok()).filter(|s| !s.is_empty());
        let roots = match named.as_deref() {
            Some("system") => Roots::System,
            Some(path) => Roots::File(PathBuf::from(path)),
            None => std::env::var_os("HOME")
                .map(|h| PathBuf::from(h).join(".postgresql/root.crt"))
                .filter(|p| p.is_file())
                .map_or(Roots::None, Roots::File),
        };
        Tls { mode, roots }
    }

    /// How a certificate is checked: `None` (not at all), the chain, or
    /// the chain and the name.
    pub fn checks(&self) -> (bool, bool) {
        let chain = self.roots != Roots::None || self.mode >= Mode::VerifyCa;
        (chain, self.mode == Mode::VerifyFull)
    }

    /// The rustls client settings for this connection.
    pub fn client_config(&self) -> Result<rustls::ClientConfig, RootsError> {
        // ring, as lettre and ureq use: aws-lc-rs would need cmake and a C
        // toolchain more. (Deprecated in rustls 0.23.48 for lacking the
        // post-quantum key exchange; classical ECDHE is what servers offer.)
        #[allow(deprecated)]
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let (chain, name) = self.checks();
        let inner = if chain {
            let mut store = RootCertStore::empty();
            match &self.roots {
                Roots::System => store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
                Roots::File(path) => {
                    let text = std::fs::read(path).map_err(|_| RootsError::Unreadable(path.clone()))?;
                    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&text)
                        .collect::<Result<_, _>>()
                        .map_err(|_| RootsError::NoCertificate(path.clone()))?;
                    let (added, _) = store.add_parsable_certificates(certs);
                    if added == 0 {
                        return Err(RootsError::NoCertificate(path.clone()));
                    }
                }
                // verify-ca / verify-full with no root: refused before (see pg_connect).
                Roots::None => return Err(RootsError::NoCertificate(PathBuf::new())),
            }
            let verifier = WebPkiServerVerifier::builder_with_provider(Arc::new(store), provider.clone())
                .build()
                .map_err(|_| match &self.roots {
                    Roots::File(p) => RootsError::NoCertificate(p.clone()),
                    _ => RootsError::NoCertificate(PathBuf::new()),
                })?;
            Some(verifier)
        } else {
            None
        };
        let verifier = Verifier { inner, check_name: name, provider: provider.clone() };
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|_| RootsError::NoCertificate(PathBuf::new()))?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth();
        Ok(config)
    }
}

/// libpq's checks over rustls's: nothing, the chain, or the chain and the
/// name (the chain is checked before the name, so skipping only a name
/// mismatch keeps the chain's verdict).
#[derive(Debug)]
struct Verifier {
    inner: Option<Arc<WebPkiServerVerifier>>,
    check_name: bool,
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let Some(inner) = &self.inner else { return Ok(ServerCertVerified::assertion()) };
        match inner.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) if !self.check_name => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}

/// What a failed TLS handshake met, in carnet's words (a message id).
pub fn why(e: &rustls::Error) -> &'static str {
    use CertificateError as C;
    match e {
        rustls::Error::InvalidCertificate(C::NotValidForName | C::NotValidForNameContext { .. }) => "pg-why-tls-name",
        rustls::Error::InvalidCertificate(C::Expired | C::ExpiredContext { .. } | C::NotValidYet) => {
            "pg-why-tls-expired"
        }
        rustls::Error::InvalidCertificate(_) => "pg-why-tls-untrusted",
        _ => "pg-why-tls-failed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_read_as_libpq_names_them() {
        assert_eq!(Mode::parse("verify-full"), Some(Mode::VerifyFull));
        assert_eq!(Mode::parse("allow"), Some(Mode::Prefer));
        assert_eq!(Mode::parse("Require"), None);
        assert!(Mode::Require.required() && Mode::VerifyCa.required() && !Mode::Prefer.required());
    }

    #[test]
    fn a_root_certificate_turns_require_into_verify_ca() {
        let file = Tls { mode: Mode::Require, roots: Roots::File("ca.crt".into()) };
        assert_eq!(file.checks(), (true, false));
        assert_eq!(Tls { mode: Mode::Require, roots: Roots::None }.checks(), (false, false));
        assert_eq!(Tls { mode: Mode::Prefer, roots: Roots::None }.checks(), (false, false));
        assert_eq!(Tls { mode: Mode::VerifyFull, roots: Roots::System }.checks(), (true, true));
        assert_eq!(Tls { mode: Mode::VerifyCa, roots: Roots::System }.checks(), (true, false));
    }

    #[test]
    fn a_root_file_without_a_certificate_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("root.crt");
        std::fs::write(&path, "not a certificate\n").unwrap();
        let tls = Tls { mode: Mode::VerifyFull, roots: Roots::File(path.clone()) };
        assert!(matches!(tls.client_config(), Err(RootsError::NoCertificate(p)) if p == path));
        let missing = Tls { mode: Mode::VerifyFull, roots: Roots::File(dir.path().join("none.crt")) };
        assert!(matches!(missing.client_config(), Err(RootsError::Unreadable(_))));
        assert!(Tls { mode: Mode::Require, roots: Roots::None }.client_config().is_ok());
        assert!(Tls { mode: Mode::VerifyFull, roots: Roots::System }.client_config().is_ok());
    }

    #[test]
    fn certificate_failures_have_words() {
        let e = |c| rustls::Error::InvalidCertificate(c);
        assert_eq!(why(&e(CertificateError::UnknownIssuer)), "pg-why-tls-untrusted");
        assert_eq!(why(&e(CertificateError::NotValidForName)), "pg-why-tls-name");
        assert_eq!(why(&e(CertificateError::Expired)), "pg-why-tls-expired");
        assert_eq!(why(&rustls::Error::HandshakeNotComplete), "pg-why-tls-failed");
    }
}
