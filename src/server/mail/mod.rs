//! Outgoing e-mail. Every message goes to the `outbox_emails` table first, so that administrators
//! can read it at /admin/outbox and every flow works without an SMTP server; when `RER_SMTP_URL` is
//! set, it is then delivered in the background and the outcome is recorded on its row.

pub mod templates;

use std::{
    env, fmt,
    sync::Arc,
    time::{Duration, Instant},
};

use chrono::Utc;
use lettre::{
    Address, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, MultiPart},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter,
};

use crate::server::entities::outbox_emails;

pub const DEFAULT_FROM: &str = "RER <no-reply@localhost>";

/// How long the background delivery waits for the outbox row to be committed by the caller's
/// transaction before giving up (a row that never shows up was rolled back: nothing is sent).
const COMMIT_WAIT: Duration = Duration::from_secs(30);
const MAX_ERROR_CHARS: usize = 1000;

/// One message, in plain text and HTML.
#[derive(Clone, PartialEq, Eq)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub kind: &'static str,
}

// The bodies carry single-use links: keep them out of any `{:?}`.
impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Email")
            .field("to", &self.to)
            .field("subject", &self.subject)
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MailConfigError {
    #[error(
        "RER_SMTP_URL: {reason} (expected a URL such as \
         smtps://user:password@smtp.example.org:465 or smtp://localhost:25?tls=required)"
    )]
    SmtpUrl { reason: String },
    #[error(
        "RER_MAIL_FROM: expected a mailbox such as \"RER <no-reply@example.org>\", got {value:?} \
         ({reason})"
    )]
    MailFrom { value: String, reason: String },
}

#[derive(Clone)]
pub struct Mailer {
    from: Arc<str>,
    smtp: Option<Arc<Smtp>>,
}

struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    host: String,
}

impl fmt::Debug for Mailer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mailer")
            .field("from", &self.from)
            .field("smtp_host", &self.smtp.as_ref().map(|s| s.host.as_str()))
            .finish()
    }
}

impl Mailer {
    /// From `RER_SMTP_URL` (e.g. "smtps://user:pass@smtp.example.org:465" or
    /// "smtp://localhost:25?tls=required") and `RER_MAIL_FROM` (default
    /// "RER <no-reply@localhost>").
    /// Without `RER_SMTP_URL`, messages only go to the outbox. With it, this must run inside the
    /// tokio runtime (the SMTP connection pool starts a maintenance task).
    pub fn from_env() -> Result<Mailer, MailConfigError> {
        Self::from_lookup(|name| env::var(name).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Reads the configuration through `lookup`, so tests can build one without touching the
    /// process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Mailer, MailConfigError> {
        let from_raw = lookup("RER_MAIL_FROM").unwrap_or_else(|| DEFAULT_FROM.to_owned());
        let from_raw = from_raw.trim();
        let from = from_raw.parse::<Mailbox>().map_err(|err| MailConfigError::MailFrom {
            value: from_raw.to_owned(),
            reason: err.to_string(),
        })?;
        let Some(url) = lookup("RER_SMTP_URL") else {
            tracing::info!("RER_SMTP_URL is not set: e-mails are only written to the outbox");
            return Ok(Self::outbox_only(from_raw));
        };
        let url = url.trim();
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|err| MailConfigError::SmtpUrl { reason: scrub(err.to_string(), url) })?
            .build::<Tokio1Executor>();
        let host = smtp_host(url).to_owned();
        tracing::info!(smtp_host = %host, from = %from_raw, "SMTP delivery enabled");
        Ok(Mailer { from: from_raw.into(), smtp: Some(Arc::new(Smtp { transport, from, host })) })
    }

    /// A mailer that never delivers: messages only go to the outbox.
    pub fn outbox_only(from: &str) -> Mailer {
        Mailer { from: from.into(), smtp: None }
    }

    pub fn smtp_enabled(&self) -> bool {
        self.smtp.is_some()
    }

    /// Records the message in the outbox through `db` (which may be a transaction). When SMTP is
    /// configured, a background task then waits for that row to be committed, sends the message and
    /// records `sent_at` or the error on the row through `background_db`; if the row never becomes
    /// visible (the transaction was rolled back), nothing is sent.
    pub async fn send(
        &self,
        db: &impl ConnectionTrait,
        background_db: &DatabaseConnection,
        email: Email,
    ) -> Result<(), DbErr> {
        // With real delivery, the kept copy loses its single-use links: only the recipient may use
        // them. Without SMTP the outbox is the delivery, so it keeps them.
        let keep =
            |body: &str| if self.smtp.is_some() { redact_links(body) } else { body.to_owned() };
        let row = outbox_emails::ActiveModel {
            to_address: Set(email.to.clone()),
            subject: Set(email.subject.clone()),
            body_text: Set(keep(&email.text)),
            body_html: Set(keep(&email.html)),
            kind: Set(email.kind.to_owned()),
            created_at: Set(Utc::now()),
            sent_at: Set(None),
            error: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;

        let Some(smtp) = &self.smtp else {
            tracing::info!(to = %row.to_address, subject = %row.subject, "e-mail queued in outbox");
            return Ok(());
        };
        let smtp = Arc::clone(smtp);
        let background_db = background_db.clone();
        let full = outbox_emails::Model { body_text: email.text, body_html: email.html, ..row };
        tokio::spawn(async move { smtp.deliver(&background_db, full).await });
        Ok(())
    }
}

/// Replaces the token of every `jeton=` link with an ellipsis.
pub fn redact_links(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find("jeton=") {
        let (head, tail) = rest.split_at(at + "jeton=".len());
        out.push_str(head);
        out.push('…');
        rest = tail.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    }
    out.push_str(rest);
    out
}

impl Smtp {
    async fn deliver(&self, db: &DatabaseConnection, row: outbox_emails::Model) {
        if !wait_until_committed(db, row.id).await {
            tracing::warn!(
                outbox_id = row.id,
                kind = %row.kind,
                "e-mail not sent: its outbox row was never committed"
            );
            return;
        }

        let outcome = match self.message(&row) {
            Ok(message) => self.transport.send(message).await.map(drop).map_err(|e| e.to_string()),
            Err(reason) => Err(reason),
        };
        let update = match &outcome {
            Ok(()) => {
                tracing::info!(
                    outbox_id = row.id,
                    kind = %row.kind,
                    to = %row.to_address,
                    "e-mail sent"
                );
                outbox_emails::ActiveModel {
                    sent_at: Set(Some(Utc::now())),
                    error: Set(None),
                    ..Default::default()
                }
            }
            Err(reason) => {
                tracing::warn!(
                    outbox_id = row.id,
                    kind = %row.kind,
                    to = %row.to_address,
                    smtp_host = %self.host,
                    error = %reason,
                    "e-mail delivery failed"
                );
                outbox_emails::ActiveModel {
                    error: Set(Some(reason.chars().take(MAX_ERROR_CHARS).collect())),
                    ..Default::default()
                }
            }
        };
        let recorded = outbox_emails::Entity::update_many()
            .set(update)
            .filter(outbox_emails::Column::Id.eq(row.id))
            .exec(db)
            .await;
        if let Err(err) = recorded {
            tracing::error!(
                outbox_id = row.id,
                error = %err,
                "could not record the delivery outcome"
            );
        }
    }

    fn message(&self, row: &outbox_emails::Model) -> Result<Message, String> {
        let to: Address = row
            .to_address
            .trim()
            .parse()
            .map_err(|err| format!("invalid recipient address: {err}"))?;
        Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(None, to))
            .subject(row.subject.as_str())
            .message_id(None)
            .multipart(MultiPart::alternative_plain_html(
                row.body_text.clone(),
                row.body_html.clone(),
            ))
            .map_err(|err| format!("could not build the message: {err}"))
    }
}

async fn wait_until_committed(db: &DatabaseConnection, id: i32) -> bool {
    let deadline = Instant::now() + COMMIT_WAIT;
    let mut pause = Duration::from_millis(20);
    loop {
        match outbox_emails::Entity::find_by_id(id).count(db).await {
            Ok(n) if n > 0 => return true,
            Ok(_) => {}
            Err(err) => tracing::warn!(outbox_id = id, error = %err, "could not read the outbox"),
        }
        if Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(Duration::from_secs(1));
    }
}

/// The host of an SMTP URL, the only part of it that may be logged.
fn smtp_host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let rest = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    if authority.starts_with('[') {
        authority.find(']').map_or(authority, |end| &authority[..=end])
    } else {
        authority.split(':').next().unwrap_or(authority)
    }
}

/// Removes the password of `url` from `message`, should a parse error ever quote it.
fn scrub(message: String, url: &str) -> String {
    let userinfo =
        url.split_once("://").and_then(|(_, rest)| rest.rsplit_once('@')).map(|(u, _)| u);
    match userinfo.and_then(|u| u.split_once(':')).map(|(_, password)| password) {
        Some(password) if !password.is_empty() => message.replace(password, "***"),
        _ => message,
    }
}

#[cfg(test)]
mod redaction_tests {
    use super::redact_links;

    #[test]
    fn kept_copies_lose_their_tokens() {
        assert_eq!(
            redact_links("Ouvrez https://rer.fr/x?jeton=AbC-12_z puis\n<a href=\"/y?jeton=Q\">"),
            "Ouvrez https://rer.fr/x?jeton=… puis\n<a href=\"/y?jeton=…\">"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn configure(vars: &[(&str, &str)]) -> Result<Mailer, MailConfigError> {
        let vars: Vec<(String, String)> =
            vars.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        Mailer::from_lookup(|name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
    }

    #[test]
    fn without_smtp_url_messages_stay_in_the_outbox() {
        let mailer = configure(&[]).expect("default configuration");
        assert!(!mailer.smtp_enabled());
        assert_eq!(&*mailer.from, DEFAULT_FROM);
        assert!(!Mailer::outbox_only("RER <no-reply@example.org>").smtp_enabled());
    }

    #[tokio::test]
    async fn smtp_url_enables_delivery() {
        let mailer = configure(&[
            ("RER_SMTP_URL", "smtps://mailer:Sup3rS3cret@smtp.example.org:465"),
            ("RER_MAIL_FROM", "Réseau économique <contact@example.org>"),
        ])
        .expect("valid configuration");
        assert!(mailer.smtp_enabled());
        let debug = format!("{mailer:?}");
        assert!(debug.contains("smtp.example.org"));
        assert!(!debug.contains("Sup3rS3cret"));

        let starttls = configure(&[("RER_SMTP_URL", "smtp://localhost:25?tls=required")]);
        assert!(starttls.expect("valid configuration").smtp_enabled());
    }

    #[test]
    fn invalid_smtp_url_names_the_variable_but_not_the_password() {
        for url in [
            "ftp://mailer:Sup3rS3cret@smtp.example.org",
            "smtps://mailer:Sup3rS3cret@smtp.example.org:99999",
            "smtps://mailer:Sup3rS3cret@:465",
            "smtp://mailer:Sup3rS3cret@smtp.example.org?tls=sometimes",
            "not a url Sup3rS3cret",
        ] {
            let err = configure(&[("RER_SMTP_URL", url)]).expect_err(url);
            let shown = format!("{err} {err:?}");
            assert!(shown.contains("RER_SMTP_URL"), "{shown}");
            assert!(!shown.contains("Sup3rS3cret"), "{shown}");
        }
    }

    #[test]
    fn invalid_from_is_rejected() {
        let err = configure(&[("RER_MAIL_FROM", "not an address")]).expect_err("invalid from");
        assert!(err.to_string().contains("RER_MAIL_FROM"));
    }

    #[test]
    fn only_the_host_of_the_smtp_url_is_kept() {
        assert_eq!(smtp_host("smtps://user:p@ss@smtp.example.org:465"), "smtp.example.org");
        assert_eq!(smtp_host("smtp://localhost:25?tls=required"), "localhost");
        assert_eq!(smtp_host("smtp://mail.example.org"), "mail.example.org");
        assert_eq!(smtp_host("smtp://u:p@[::1]:25/helo.example"), "[::1]");
        assert_eq!(
            scrub("quoted p@ss here".into(), "smtps://user:p@ss@smtp.example.org"),
            "quoted *** here"
        );
    }

    #[test]
    fn debug_output_leaves_the_bodies_out() {
        let email = Email {
            to: "a@example.org".into(),
            subject: "Subject".into(),
            text: "https://example.org/token/SECRET".into(),
            html: "<a href=\"https://example.org/token/SECRET\">x</a>".into(),
            kind: "confirm_email",
        };
        assert!(!format!("{email:?}").contains("SECRET"));
    }

    #[tokio::test]
    async fn without_smtp_the_message_is_recorded_and_not_marked_sent() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("rer.db").display());
        let db = crate::server::db::connect_and_migrate(&url).await.expect("migrated database");
        let mailer = Mailer::outbox_only(DEFAULT_FROM);
        let email = Email {
            to: "marie@example.org".into(),
            subject: "Sujet".into(),
            text: "texte".into(),
            html: "<p>texte</p>".into(),
            kind: "confirm_email",
        };
        mailer.send(&db, &db, email).await.expect("recorded");

        let rows = outbox_emails::Entity::find().all(&db).await.expect("outbox");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].to_address, "marie@example.org");
        assert_eq!(rows[0].kind, "confirm_email");
        assert_eq!(rows[0].body_html, "<p>texte</p>");
        assert!(rows[0].sent_at.is_none());
        assert!(rows[0].error.is_none());
        db.close().await.expect("close");
    }
}
