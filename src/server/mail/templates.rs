//! The messages the platform sends, in the recipient's language, as plain text and HTML.

use super::Email;
use crate::Locale;

enum Block<'a> {
    Text(String),
    Link { label: &'static str, url: &'a str },
}

/// Welcome message asking the new member to confirm their address.
pub fn confirm_email(
    locale: Locale,
    site_name: &str,
    to: &str,
    first_name: &str,
    link: &str,
    valid_hours: u32,
) -> Email {
    let validity = hours(locale, valid_hours);
    let (subject, blocks) = match locale {
        Locale::fr => (
            format!("Confirmez votre adresse e-mail – {site_name}"),
            vec![
                Block::Text(format!(
                    "Bienvenue sur {site_name} ! Pour activer votre compte, confirmez votre \
                     adresse e-mail en ouvrant le lien ci-dessous."
                )),
                Block::Link { label: "Confirmer mon adresse e-mail", url: link },
                Block::Text(format!(
                    "Ce lien est valable pendant {validity} et ne peut servir qu’une seule fois."
                )),
                Block::Text(
                    "Si vous n’êtes pas à l’origine de cette inscription, ignorez simplement ce \
                     message : aucun compte ne sera activé."
                        .into(),
                ),
            ],
        ),
        Locale::en => (
            format!("Confirm your e-mail address – {site_name}"),
            vec![
                Block::Text(format!(
                    "Welcome to {site_name}! To activate your account, please confirm your \
                     e-mail address by opening the link below."
                )),
                Block::Link { label: "Confirm my e-mail address", url: link },
                Block::Text(format!(
                    "This link is valid for {validity} and can be used only once."
                )),
                Block::Text(
                    "If you did not sign up, simply ignore this message: no account will be \
                     activated."
                        .into(),
                ),
            ],
        ),
    };
    compose(locale, site_name, to, "confirm_email", subject, Some(first_name), blocks)
}

/// Link to choose a new password.
pub fn reset_password(
    locale: Locale,
    site_name: &str,
    to: &str,
    first_name: &str,
    link: &str,
    valid_minutes: u32,
) -> Email {
    let validity = minutes(locale, valid_minutes);
    let (subject, blocks) = match locale {
        Locale::fr => (
            format!("Réinitialisez votre mot de passe – {site_name}"),
            vec![
                Block::Text(format!(
                    "Nous avons reçu une demande de réinitialisation du mot de passe de votre \
                     compte {site_name}."
                )),
                Block::Link { label: "Choisir un nouveau mot de passe", url: link },
                Block::Text(format!(
                    "Ce lien est valable pendant {validity} et ne peut servir qu’une seule fois."
                )),
                Block::Text(
                    "Si vous n’avez pas fait cette demande, ignorez ce message : votre mot de \
                     passe reste inchangé."
                        .into(),
                ),
            ],
        ),
        Locale::en => (
            format!("Reset your password – {site_name}"),
            vec![
                Block::Text(format!(
                    "We received a request to reset the password of your {site_name} account."
                )),
                Block::Link { label: "Choose a new password", url: link },
                Block::Text(format!(
                    "This link is valid for {validity} and can be used only once."
                )),
                Block::Text(
                    "If you did not ask for this, ignore this message; your password is \
                     unchanged."
                        .into(),
                ),
            ],
        ),
    };
    compose(locale, site_name, to, "reset_password", subject, Some(first_name), blocks)
}

/// Sent to the NEW address to confirm an address change.
pub fn change_email(
    locale: Locale,
    site_name: &str,
    to: &str,
    first_name: &str,
    link: &str,
    valid_hours: u32,
) -> Email {
    let validity = hours(locale, valid_hours);
    let (subject, blocks) = match locale {
        Locale::fr => (
            format!("Confirmez votre nouvelle adresse e-mail – {site_name}"),
            vec![
                Block::Text(format!(
                    "Vous avez demandé à utiliser cette adresse e-mail pour votre compte \
                     {site_name}. Pour confirmer ce changement, ouvrez le lien ci-dessous."
                )),
                Block::Link { label: "Confirmer ma nouvelle adresse", url: link },
                Block::Text(format!(
                    "Ce lien est valable pendant {validity} et ne peut servir qu’une seule fois."
                )),
                Block::Text(
                    "Tant que vous n’avez pas confirmé, votre ancienne adresse reste en usage. \
                     Si vous n’êtes pas à l’origine de cette demande, ignorez ce message."
                        .into(),
                ),
            ],
        ),
        Locale::en => (
            format!("Confirm your new e-mail address – {site_name}"),
            vec![
                Block::Text(format!(
                    "You asked to use this e-mail address for your {site_name} account. To \
                     confirm the change, open the link below."
                )),
                Block::Link { label: "Confirm my new address", url: link },
                Block::Text(format!(
                    "This link is valid for {validity} and can be used only once."
                )),
                Block::Text(
                    "Until you confirm, your previous address stays in use. If you did not ask \
                     for this, ignore this message."
                        .into(),
                ),
            ],
        ),
    };
    compose(locale, site_name, to, "change_email", subject, Some(first_name), blocks)
}

/// Sent to the OLD address once the change is done.
pub fn email_changed_notice(
    locale: Locale,
    site_name: &str,
    to: &str,
    first_name: &str,
    new_email_masked: &str,
) -> Email {
    let (subject, blocks) = match locale {
        Locale::fr => (
            format!("Votre adresse e-mail a été modifiée – {site_name}"),
            vec![
                Block::Text(format!(
                    "L’adresse e-mail de votre compte {site_name} vient d’être remplacée par \
                     {new_email_masked}. Les messages de {site_name} seront désormais envoyés à \
                     cette nouvelle adresse."
                )),
                Block::Text(format!(
                    "Si vous n’êtes pas à l’origine de ce changement, contactez sans tarder \
                     l’équipe de {site_name} : quelqu’un a peut-être accès à votre compte."
                )),
            ],
        ),
        Locale::en => (
            format!("Your e-mail address was changed – {site_name}"),
            vec![
                Block::Text(format!(
                    "The e-mail address of your {site_name} account was just changed to \
                     {new_email_masked}. Messages from {site_name} will now go to that new \
                     address."
                )),
                Block::Text(format!(
                    "If you did not make this change, contact the {site_name} team right away: \
                     someone may have access to your account."
                )),
            ],
        ),
    };
    compose(locale, site_name, to, "email_changed", subject, Some(first_name), blocks)
}

/// Sent after a password change.
pub fn password_changed_notice(
    locale: Locale,
    site_name: &str,
    to: &str,
    first_name: &str,
) -> Email {
    let (subject, blocks) = match locale {
        Locale::fr => (
            format!("Votre mot de passe a été modifié – {site_name}"),
            vec![
                Block::Text(format!(
                    "Le mot de passe de votre compte {site_name} vient d’être modifié. Par \
                     sécurité, vos autres sessions ont été déconnectées."
                )),
                Block::Text(
                    "Si vous n’êtes pas à l’origine de ce changement, réinitialisez \
                     immédiatement votre mot de passe depuis la page de connexion."
                        .into(),
                ),
            ],
        ),
        Locale::en => (
            format!("Your password was changed – {site_name}"),
            vec![
                Block::Text(format!(
                    "The password of your {site_name} account was just changed. For your \
                     security, your other sessions were signed out."
                )),
                Block::Text(
                    "If this wasn’t you, reset your password right away from the sign-in page."
                        .into(),
                ),
            ],
        ),
    };
    compose(locale, site_name, to, "password_changed", subject, Some(first_name), blocks)
}

/// Sent instead of a confirmation when someone signs up with an address that already has an
/// account, so that the sign-up form answers the same way whether or not it is registered.
pub fn account_exists_notice(
    locale: Locale,
    site_name: &str,
    to: &str,
    sign_in_link: &str,
    reset_link: &str,
) -> Email {
    let (subject, blocks) = match locale {
        Locale::fr => (
            format!("Vous avez déjà un compte – {site_name}"),
            vec![
                Block::Text(format!(
                    "Quelqu’un, peut-être vous, a tenté de créer un compte sur {site_name} avec \
                     cette adresse e-mail. Or un compte existe déjà pour cette adresse : il vous \
                     suffit de vous connecter."
                )),
                Block::Link { label: "Me connecter", url: sign_in_link },
                Block::Text("Mot de passe oublié ? Vous pouvez en choisir un nouveau.".into()),
                Block::Link { label: "Réinitialiser mon mot de passe", url: reset_link },
                Block::Text(
                    "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre \
                     compte n’a pas été modifié."
                        .into(),
                ),
            ],
        ),
        Locale::en => (
            format!("You already have an account – {site_name}"),
            vec![
                Block::Text(format!(
                    "Someone, perhaps you, tried to create an account on {site_name} with this \
                     e-mail address. An account already exists for it: you only need to sign in."
                )),
                Block::Link { label: "Sign in", url: sign_in_link },
                Block::Text("Forgot your password? You can choose a new one.".into()),
                Block::Link { label: "Reset my password", url: reset_link },
                Block::Text(
                    "If this wasn’t you, ignore this message; your account was not changed.".into(),
                ),
            ],
        ),
    };
    compose(locale, site_name, to, "account_exists", subject, None, blocks)
}

/// What happened to a company, for the people it concerns.
#[derive(Clone, Copy)]
pub enum CompanyNotice<'a> {
    Approved { company: &'a str, link: &'a str },
    Rejected { company: &'a str, reason: &'a str, link: &'a str },
    ClaimAccepted { company: &'a str, link: &'a str },
    ClaimDeclined { company: &'a str, reason: &'a str },
    JoinAccepted { company: &'a str, link: &'a str },
    JoinDeclined { company: &'a str },
}

/// The town hall's decisions about a company, and a team's answer to a request to join.
pub fn company_notice(
    locale: Locale,
    site_name: &str,
    to: &str,
    first_name: &str,
    notice: CompanyNotice<'_>,
) -> Email {
    use CompanyNotice::*;
    let fr = matches!(locale, Locale::fr);
    let (kind, subject, mut blocks) = match (&notice, fr) {
        (Approved { company, link }, true) => (
            "company_approved",
            format!("{company} est validée – {site_name}"),
            vec![
                Block::Text(format!(
                    "La mairie a validé la page de {company} : elle figure désormais dans \
                     l’annuaire, et vous pouvez publier des annonces, vous mettre en relation avec \
                     les autres entreprises et inviter vos collègues."
                )),
                Block::Link { label: "Voir la page de l’entreprise", url: link },
            ],
        ),
        (Approved { company, link }, false) => (
            "company_approved",
            format!("{company} is approved – {site_name}"),
            vec![
                Block::Text(format!(
                    "The town hall approved the page of {company}: it is now in the directory, \
                     and you can publish announcements, connect with other companies and invite \
                     your colleagues."
                )),
                Block::Link { label: "See the company page", url: link },
            ],
        ),
        (Rejected { company, reason, link }, true) => (
            "company_rejected",
            format!("{company} n’a pas été validée – {site_name}"),
            vec![
                Block::Text(format!(
                    "La mairie n’a pas pu valider la page de {company}, pour la raison suivante :"
                )),
                Block::Text(format!("« {reason} »")),
                Block::Text(
                    "Corrigez la page puis renvoyez-la à la validation depuis « Mes \
                     entreprises »."
                        .into(),
                ),
                Block::Link { label: "Modifier la page", url: link },
            ],
        ),
        (Rejected { company, reason, link }, false) => (
            "company_rejected",
            format!("{company} was not approved – {site_name}"),
            vec![
                Block::Text(format!(
                    "The town hall could not approve the page of {company}, for this reason:"
                )),
                Block::Text(format!("“{reason}”")),
                Block::Text(
                    "Correct the page, then send it back for approval from “My companies”.".into(),
                ),
                Block::Link { label: "Edit the page", url: link },
            ],
        ),
        (ClaimAccepted { company, link }, true) => (
            "claim_accepted",
            format!("Vous gérez désormais {company} – {site_name}"),
            vec![
                Block::Text(format!(
                    "La mairie vous a confié la page de {company}. Complétez-la, ajoutez votre \
                     logo et invitez vos collègues."
                )),
                Block::Link { label: "Voir la page de l’entreprise", url: link },
            ],
        ),
        (ClaimAccepted { company, link }, false) => (
            "claim_accepted",
            format!("You now run {company} – {site_name}"),
            vec![
                Block::Text(format!(
                    "The town hall handed the page of {company} over to you. Complete it, add \
                     your logo and invite your colleagues."
                )),
                Block::Link { label: "See the company page", url: link },
            ],
        ),
        (ClaimDeclined { company, reason }, true) => (
            "claim_declined",
            format!("Votre demande pour {company} – {site_name}"),
            vec![
                Block::Text(format!(
                    "La mairie n’a pas donné suite à votre demande de gestion de la page de \
                     {company} :"
                )),
                Block::Text(format!("« {reason} »")),
            ],
        ),
        (ClaimDeclined { company, reason }, false) => (
            "claim_declined",
            format!("Your request for {company} – {site_name}"),
            vec![
                Block::Text(format!(
                    "The town hall did not grant your request to run the page of {company}:"
                )),
                Block::Text(format!("“{reason}”")),
            ],
        ),
        (JoinAccepted { company, link }, true) => (
            "join_accepted",
            format!("Bienvenue dans l’équipe de {company} – {site_name}"),
            vec![
                Block::Text(format!(
                    "Votre demande a été acceptée : vous faites partie de {company}."
                )),
                Block::Link { label: "Voir la page de l’entreprise", url: link },
            ],
        ),
        (JoinAccepted { company, link }, false) => (
            "join_accepted",
            format!("Welcome to the team of {company} – {site_name}"),
            vec![
                Block::Text(format!("Your request was accepted: you are now part of {company}.")),
                Block::Link { label: "See the company page", url: link },
            ],
        ),
        (JoinDeclined { company }, true) => (
            "join_declined",
            format!("Votre demande pour {company} – {site_name}"),
            vec![Block::Text(format!(
                "Les responsables de {company} n’ont pas donné suite à votre demande pour rejoindre \
                 leur équipe."
            ))],
        ),
        (JoinDeclined { company }, false) => (
            "join_declined",
            format!("Your request for {company} – {site_name}"),
            vec![Block::Text(format!(
                "The owners of {company} did not accept your request to join their team."
            ))],
        ),
    };
    blocks.shrink_to_fit();
    compose(locale, site_name, to, kind, subject, Some(first_name), blocks)
}

/// To an owner: someone asks to join the company.
pub fn join_request(
    locale: Locale,
    site_name: &str,
    to: &str,
    first_name: &str,
    requester: &str,
    company: &str,
    link: &str,
) -> Email {
    let (subject, blocks) = match locale {
        Locale::fr => (
            format!("{requester} demande à rejoindre {company} – {site_name}"),
            vec![
                Block::Text(format!(
                    "{requester} demande à rejoindre l’équipe de {company} sur {site_name}. \
                     Acceptez ou refusez sa demande depuis la page de l’équipe."
                )),
                Block::Link { label: "Voir l’équipe", url: link },
            ],
        ),
        Locale::en => (
            format!("{requester} asks to join {company} – {site_name}"),
            vec![
                Block::Text(format!(
                    "{requester} asks to join the team of {company} on {site_name}. Accept or \
                     decline from the team page."
                )),
                Block::Link { label: "See the team", url: link },
            ],
        ),
    };
    compose(locale, site_name, to, "join_request", subject, Some(first_name), blocks)
}

/// An invitation to join a company, with its single-use link.
#[allow(clippy::too_many_arguments)]
pub fn company_invitation(
    locale: Locale,
    site_name: &str,
    to: &str,
    inviter: &str,
    company: &str,
    role: &str,
    link: &str,
    valid_days: u32,
) -> Email {
    let (subject, blocks) = match locale {
        Locale::fr => (
            format!("{inviter} vous invite à rejoindre {company} – {site_name}"),
            vec![
                Block::Text(format!(
                    "{inviter} vous invite à rejoindre l’équipe de {company} sur {site_name}, le \
                     réseau des entreprises de la commune, en tant que {role}."
                )),
                Block::Link { label: "Accepter l’invitation", url: link },
                Block::Text(format!(
                    "Ce lien est valable {valid_days} jours et ne peut servir qu’une seule fois. \
                     Si vous n’avez pas encore de compte, vous pourrez en créer un."
                )),
            ],
        ),
        Locale::en => (
            format!("{inviter} invites you to join {company} – {site_name}"),
            vec![
                Block::Text(format!(
                    "{inviter} invites you to join the team of {company} on {site_name}, the \
                     town’s business network, as {role}."
                )),
                Block::Link { label: "Accept the invitation", url: link },
                Block::Text(format!(
                    "This link is valid for {valid_days} days and can be used only once. If you \
                     have no account yet, you can create one."
                )),
            ],
        ),
    };
    compose(locale, site_name, to, "company_invitation", subject, None, blocks)
}

/// To the author of a comment a moderator hid: what was hidden, why, and where.
pub fn comment_hidden(
    locale: Locale,
    site_name: &str,
    to: &str,
    first_name: &str,
    post_title: &str,
    reason: &str,
    link: &str,
) -> Email {
    let (subject, blocks) = match locale {
        Locale::fr => (
            format!("Votre commentaire a été masqué – {site_name}"),
            vec![
                Block::Text(format!(
                    "La mairie a masqué votre commentaire sous l’annonce « {post_title} ». \
                     Il n’est plus visible que par vous et par les modérateurs."
                )),
                Block::Text(format!("Raison : {reason}")),
                Block::Text(
                    "Vous pouvez le modifier ou le supprimer, ou répondre à la mairie pour en \
                     discuter."
                        .to_string(),
                ),
                Block::Link { label: "Voir l’annonce", url: link },
            ],
        ),
        Locale::en => (
            format!("Your comment was hidden – {site_name}"),
            vec![
                Block::Text(format!(
                    "The town hall hid your comment under the announcement “{post_title}”. Only \
                     you and the moderators can see it now."
                )),
                Block::Text(format!("Reason: {reason}")),
                Block::Text(
                    "You may edit or delete it, or reply to the town hall to discuss it."
                        .to_string(),
                ),
                Block::Link { label: "See the announcement", url: link },
            ],
        ),
    };
    compose(locale, site_name, to, "comment_hidden", subject, Some(first_name), blocks)
}

/// To the publisher of an announcement a moderator hid: what was hidden, and why.
pub fn post_hidden(
    locale: Locale,
    site_name: &str,
    to: &str,
    first_name: &str,
    post_title: &str,
    reason: &str,
) -> Email {
    let (subject, blocks) = match locale {
        Locale::fr => (
            format!("Votre annonce a été masquée – {site_name}"),
            vec![
                Block::Text(format!(
                    "La mairie a masqué votre annonce « {post_title} » après un signalement. \
                     Elle n’est plus visible des membres du réseau."
                )),
                Block::Text(format!("Raison : {reason}")),
                Block::Text(
                    "Pour en discuter, répondez à ce message ou contactez la mairie.".to_string(),
                ),
            ],
        ),
        Locale::en => (
            format!("Your announcement was hidden – {site_name}"),
            vec![
                Block::Text(format!(
                    "The town hall hid your announcement “{post_title}” after a report. Members \
                     of the network no longer see it."
                )),
                Block::Text(format!("Reason: {reason}")),
                Block::Text(
                    "To discuss it, reply to this message or contact the town hall.".to_string(),
                ),
            ],
        ),
    };
    compose(locale, site_name, to, "post_hidden", subject, Some(first_name), blocks)
}

fn compose(
    locale: Locale,
    site_name: &str,
    to: &str,
    kind: &'static str,
    subject: String,
    first_name: Option<&str>,
    blocks: Vec<Block<'_>>,
) -> Email {
    let (lang, hello, colon, signature, footer) = match locale {
        Locale::fr => (
            "fr",
            "Bonjour",
            " :",
            format!("L’équipe {site_name}"),
            format!("Ce message automatique a été envoyé à {to}. Merci de ne pas y répondre."),
        ),
        Locale::en => (
            "en",
            "Hello",
            ":",
            format!("The {site_name} team"),
            format!("This automatic message was sent to {to}. Please do not reply to it."),
        ),
    };
    let greeting = match first_name.map(str::trim).filter(|name| !name.is_empty()) {
        Some(name) => format!("{hello} {name},"),
        None => format!("{hello},"),
    };

    let mut text = format!("{greeting}\n\n");
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{}</title>\n</head>\n<body>\n<p>{}</p>\n",
        escape_html(&subject),
        escape_html(&greeting),
    );
    for block in &blocks {
        match block {
            Block::Text(paragraph) => {
                text.push_str(&format!("{paragraph}\n\n"));
                html.push_str(&format!("<p>{}</p>\n", escape_html(paragraph)));
            }
            Block::Link { label, url } => {
                text.push_str(&format!("{label}{colon}\n{url}\n\n"));
                let url = escape_html(url);
                html.push_str(&format!(
                    "<p><a href=\"{url}\">{}</a><br>\n{url}</p>\n",
                    escape_html(label)
                ));
            }
        }
    }
    text.push_str(&format!("{signature}\n\n-- \n{footer}\n"));
    html.push_str(&format!(
        "<p>{}</p>\n<hr>\n<p><small>{}</small></p>\n</body>\n</html>\n",
        escape_html(&signature),
        escape_html(&footer),
    ));

    Email { to: to.to_owned(), subject, text, html, kind }
}

fn hours(locale: Locale, n: u32) -> String {
    match locale {
        Locale::fr if n <= 1 => format!("{n} heure"),
        Locale::fr => format!("{n} heures"),
        Locale::en if n == 1 => format!("{n} hour"),
        Locale::en => format!("{n} hours"),
    }
}

fn minutes(locale: Locale, n: u32) -> String {
    match locale {
        Locale::fr if n <= 1 => format!("{n} minute"),
        Locale::fr => format!("{n} minutes"),
        Locale::en if n == 1 => format!("{n} minute"),
        Locale::en => format!("{n} minutes"),
    }
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(raw: &str) -> String {
    let mut escaped = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: &str = "Réseau <b>économique</b>";
    const TO: &str = "marie@example.org";
    const NAME: &str = "<script>alert('x')</script>";
    const LINK: &str = "https://rer.example/compte/confirmer?token=abc123&lang=fr";
    const LINK_HTML: &str = "https://rer.example/compte/confirmer?token=abc123&amp;lang=fr";
    const OTHER: &str = "https://rer.example/connexion?next=/&x=1";
    const OTHER_HTML: &str = "https://rer.example/connexion?next=/&amp;x=1";

    fn all(locale: Locale) -> Vec<(Email, Vec<(&'static str, &'static str)>)> {
        vec![
            (confirm_email(locale, SITE, TO, NAME, LINK, 24), vec![(LINK, LINK_HTML)]),
            (reset_password(locale, SITE, TO, NAME, LINK, 30), vec![(LINK, LINK_HTML)]),
            (change_email(locale, SITE, TO, NAME, LINK, 24), vec![(LINK, LINK_HTML)]),
            (email_changed_notice(locale, SITE, TO, NAME, "n***@e***.org"), vec![]),
            (password_changed_notice(locale, SITE, TO, NAME), vec![]),
            (
                account_exists_notice(locale, SITE, TO, OTHER, LINK),
                vec![(OTHER, OTHER_HTML), (LINK, LINK_HTML)],
            ),
        ]
    }

    fn company_ones(locale: Locale) -> Vec<Email> {
        let c = "Boulangerie <i>Lefebvre</i>";
        vec![
            company_notice(
                locale,
                SITE,
                TO,
                NAME,
                CompanyNotice::Approved { company: c, link: LINK },
            ),
            company_notice(
                locale,
                SITE,
                TO,
                NAME,
                CompanyNotice::Rejected { company: c, reason: "<b>SIRET</b>", link: LINK },
            ),
            company_notice(
                locale,
                SITE,
                TO,
                NAME,
                CompanyNotice::ClaimAccepted { company: c, link: LINK },
            ),
            company_notice(
                locale,
                SITE,
                TO,
                NAME,
                CompanyNotice::ClaimDeclined { company: c, reason: "x" },
            ),
            company_notice(
                locale,
                SITE,
                TO,
                NAME,
                CompanyNotice::JoinAccepted { company: c, link: LINK },
            ),
            company_notice(locale, SITE, TO, NAME, CompanyNotice::JoinDeclined { company: c }),
            join_request(locale, SITE, TO, NAME, "Jean <u>Dupont</u>", c, LINK),
            company_invitation(locale, SITE, TO, "Jean", c, "éditeur", LINK, 7),
        ]
    }

    #[test]
    fn company_messages_are_complete_and_escaped() {
        for (locale, lang) in [(Locale::fr, "fr"), (Locale::en, "en")] {
            for email in company_ones(locale) {
                let kind = email.kind;
                assert!(email.subject.contains(SITE), "{kind}");
                assert!(email.html.contains(&format!("<html lang=\"{lang}\">")), "{kind}");
                assert!(!email.html.contains("<i>") && !email.html.contains("<u>"), "{kind}");
                assert!(!email.html.contains("<b>") && !email.html.contains("<script>"), "{kind}");
                assert!(email.text.contains("Lefebvre"), "{kind}");
            }
        }
    }

    #[test]
    fn every_template_is_complete_in_both_languages() {
        for (locale, lang) in [(Locale::fr, "fr"), (Locale::en, "en")] {
            for (email, links) in all(locale) {
                let kind = email.kind;
                assert!(!email.subject.trim().is_empty(), "{kind}");
                assert!(!email.text.trim().is_empty(), "{kind}");
                assert!(!email.html.trim().is_empty(), "{kind}");
                assert_eq!(email.to, TO);
                assert!(email.subject.contains(SITE), "{kind}: {}", email.subject);
                assert!(email.html.contains(&format!("<html lang=\"{lang}\">")), "{kind}");
                for (raw, escaped) in links {
                    assert!(email.text.contains(raw), "{kind}: text lacks {raw}");
                    assert!(email.html.contains(&format!("href=\"{escaped}\"")), "{kind}");
                }
            }
        }
    }

    #[test]
    fn user_provided_strings_are_escaped_in_html() {
        for locale in [Locale::fr, Locale::en] {
            for (email, _) in all(locale) {
                let kind = email.kind;
                assert!(!email.html.contains("<script>"), "{kind}");
                assert!(!email.html.contains("<b>"), "{kind}");
                assert!(email.html.contains("&lt;b&gt;économique&lt;/b&gt;"), "{kind}");
                if kind != "account_exists" {
                    assert!(email.html.contains("&lt;script&gt;alert(&#39;x&#39;)"), "{kind}");
                    assert!(email.text.contains(NAME), "{kind}");
                }
            }
        }
    }

    #[test]
    fn kinds_and_languages() {
        let kinds: Vec<&str> = all(Locale::fr).iter().map(|(e, _)| e.kind).collect();
        assert_eq!(
            kinds,
            [
                "confirm_email",
                "reset_password",
                "change_email",
                "email_changed",
                "password_changed",
                "account_exists"
            ]
        );
        let fr = confirm_email(Locale::fr, "RER", TO, "Marie", LINK, 24);
        assert_eq!(fr.subject, "Confirmez votre adresse e-mail – RER");
        assert!(fr.text.starts_with("Bonjour Marie,"));
        assert!(fr.text.contains("24 heures"));
        let en = confirm_email(Locale::en, "RER", TO, "Marie", LINK, 1);
        assert_eq!(en.subject, "Confirm your e-mail address – RER");
        assert!(en.text.starts_with("Hello Marie,"));
        assert!(en.text.contains("1 hour "));
        let reset = reset_password(Locale::fr, "RER", TO, "", LINK, 30);
        assert!(reset.text.starts_with("Bonjour,"));
        assert!(reset.text.contains("30 minutes"));
        assert!(reset.text.contains("votre mot de passe reste inchangé"));
        let masked = email_changed_notice(Locale::en, "RER", TO, "Marie", "m***@e***.org");
        assert!(masked.text.contains("m***@e***.org"));
    }
}
