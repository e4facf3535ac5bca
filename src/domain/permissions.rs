//! The one place that decides who may do what. The server enforces it on every request; the
//! browser asks it only to explain ahead of time why a button is unavailable.

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Member,
    Admin,
}

impl Role {
    pub const ALL: [Role; 2] = [Role::Member, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Admin => "admin",
        }
    }

    pub fn parse(raw: &str) -> Option<Role> {
        Self::ALL.into_iter().find(|role| role.as_str() == raw)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountStatus {
    Active,
    Suspended,
}

impl AccountStatus {
    pub const ALL: [AccountStatus; 2] = [AccountStatus::Active, AccountStatus::Suspended];

    pub fn as_str(self) -> &'static str {
        match self {
            AccountStatus::Active => "active",
            AccountStatus::Suspended => "suspended",
        }
    }

    pub fn parse(raw: &str) -> Option<AccountStatus> {
        Self::ALL.into_iter().find(|status| status.as_str() == raw)
    }
}

impl fmt::Display for AccountStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The signed-in person a request is made for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub user_id: i32,
    pub role: Role,
    pub status: AccountStatus,
    pub email_confirmed: bool,
}

impl Viewer {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    pub fn is_active(&self) -> bool {
        self.status == AccountStatus::Active
    }

    pub fn can(&self, capability: Capability) -> bool {
        check(Some(self), capability).is_ok()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Capability {
    ManageOwnAccount,
    ReadOutbox,
    AdministerMembers,
    RegisterCompany,
    PublishAnnouncements,
}

impl Capability {
    pub const ALL: [Capability; 5] = [
        Capability::ManageOwnAccount,
        Capability::ReadOutbox,
        Capability::AdministerMembers,
        Capability::RegisterCompany,
        Capability::PublishAnnouncements,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Denial {
    SignInRequired,
    Suspended,
    EmailNotConfirmed,
    AdminOnly,
}

impl Denial {
    pub fn message(self, french: bool) -> &'static str {
        match (self, french) {
            (Denial::SignInRequired, true) => {
                "Cette action demande un compte : connectez-vous pour continuer."
            }
            (Denial::SignInRequired, false) => "This requires an account: sign in to continue.",
            (Denial::Suspended, true) => {
                "Votre compte est suspendu. Contactez la mairie pour le réactiver."
            }
            (Denial::Suspended, false) => {
                "Your account is suspended. Contact the town hall to reactivate it."
            }
            (Denial::EmailNotConfirmed, true) => {
                "Confirmez votre adresse e-mail pour pouvoir faire cela : le lien vous a été envoyé à l'inscription."
            }
            (Denial::EmailNotConfirmed, false) => {
                "Confirm your e-mail address to be able to do this: the link was sent to you when you signed up."
            }
            (Denial::AdminOnly, true) => "Réservé aux agents de la mairie (administrateurs).",
            (Denial::AdminOnly, false) => "Reserved for town hall staff (administrators).",
        }
    }
}

impl fmt::Display for Denial {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message(false))
    }
}

impl std::error::Error for Denial {}

/// Whether `viewer` (`None` when nobody is signed in) may use `capability`, and if not, why.
pub fn check(viewer: Option<&Viewer>, capability: Capability) -> Result<(), Denial> {
    let Some(viewer) = viewer else {
        return Err(Denial::SignInRequired);
    };
    if !viewer.is_active() {
        return Err(Denial::Suspended);
    }
    match capability {
        // Reachable before confirmation, so a mistyped address can still be corrected.
        Capability::ManageOwnAccount => Ok(()),
        // An administrator's address must be proven too: an account pre-registered under the
        // mayor's address by someone else never gets the back office.
        Capability::ReadOutbox | Capability::AdministerMembers => {
            if !viewer.is_admin() {
                Err(Denial::AdminOnly)
            } else if !viewer.email_confirmed {
                Err(Denial::EmailNotConfirmed)
            } else {
                Ok(())
            }
        }
        // Anything others will see waits until we know the address reaches a real person.
        Capability::RegisterCompany | Capability::PublishAnnouncements => {
            if viewer.email_confirmed { Ok(()) } else { Err(Denial::EmailNotConfirmed) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    enum Kind {
        Anonymous,
        Unconfirmed,
        Member,
        UnconfirmedAdmin,
        Admin,
        SuspendedUnconfirmed,
        SuspendedMember,
        SuspendedAdmin,
    }

    const KINDS: [Kind; 8] = [
        Kind::Anonymous,
        Kind::Unconfirmed,
        Kind::Member,
        Kind::UnconfirmedAdmin,
        Kind::Admin,
        Kind::SuspendedUnconfirmed,
        Kind::SuspendedMember,
        Kind::SuspendedAdmin,
    ];

    fn viewer(kind: Kind) -> Option<Viewer> {
        let (role, status, email_confirmed) = match kind {
            Kind::Anonymous => return None,
            Kind::Unconfirmed => (Role::Member, AccountStatus::Active, false),
            Kind::Member => (Role::Member, AccountStatus::Active, true),
            Kind::UnconfirmedAdmin => (Role::Admin, AccountStatus::Active, false),
            Kind::Admin => (Role::Admin, AccountStatus::Active, true),
            Kind::SuspendedUnconfirmed => (Role::Member, AccountStatus::Suspended, false),
            Kind::SuspendedMember => (Role::Member, AccountStatus::Suspended, true),
            Kind::SuspendedAdmin => (Role::Admin, AccountStatus::Suspended, true),
        };
        Some(Viewer { user_id: 7, role, status, email_confirmed })
    }

    use Capability::*;
    use Kind::*;

    const OK: Result<(), Denial> = Ok(());
    const SIGN_IN: Result<(), Denial> = Err(Denial::SignInRequired);
    const SUSPENDED: Result<(), Denial> = Err(Denial::Suspended);
    const CONFIRM: Result<(), Denial> = Err(Denial::EmailNotConfirmed);
    const ADMIN: Result<(), Denial> = Err(Denial::AdminOnly);

    #[rustfmt::skip]
    const TABLE: [(Kind, Capability, Result<(), Denial>); 40] = [
        (Anonymous, ManageOwnAccount, SIGN_IN),
        (Anonymous, ReadOutbox, SIGN_IN),
        (Anonymous, AdministerMembers, SIGN_IN),
        (Anonymous, RegisterCompany, SIGN_IN),
        (Anonymous, PublishAnnouncements, SIGN_IN),

        (Unconfirmed, ManageOwnAccount, OK),
        (Unconfirmed, ReadOutbox, ADMIN),
        (Unconfirmed, AdministerMembers, ADMIN),
        (Unconfirmed, RegisterCompany, CONFIRM),
        (Unconfirmed, PublishAnnouncements, CONFIRM),

        (Member, ManageOwnAccount, OK),
        (Member, ReadOutbox, ADMIN),
        (Member, AdministerMembers, ADMIN),
        (Member, RegisterCompany, OK),
        (Member, PublishAnnouncements, OK),

        (UnconfirmedAdmin, ManageOwnAccount, OK),
        (UnconfirmedAdmin, ReadOutbox, CONFIRM),
        (UnconfirmedAdmin, AdministerMembers, CONFIRM),
        (UnconfirmedAdmin, RegisterCompany, CONFIRM),
        (UnconfirmedAdmin, PublishAnnouncements, CONFIRM),

        (Admin, ManageOwnAccount, OK),
        (Admin, ReadOutbox, OK),
        (Admin, AdministerMembers, OK),
        (Admin, RegisterCompany, OK),
        (Admin, PublishAnnouncements, OK),

        (SuspendedUnconfirmed, ManageOwnAccount, SUSPENDED),
        (SuspendedUnconfirmed, ReadOutbox, SUSPENDED),
        (SuspendedUnconfirmed, AdministerMembers, SUSPENDED),
        (SuspendedUnconfirmed, RegisterCompany, SUSPENDED),
        (SuspendedUnconfirmed, PublishAnnouncements, SUSPENDED),

        (SuspendedMember, ManageOwnAccount, SUSPENDED),
        (SuspendedMember, ReadOutbox, SUSPENDED),
        (SuspendedMember, AdministerMembers, SUSPENDED),
        (SuspendedMember, RegisterCompany, SUSPENDED),
        (SuspendedMember, PublishAnnouncements, SUSPENDED),

        (SuspendedAdmin, ManageOwnAccount, SUSPENDED),
        (SuspendedAdmin, ReadOutbox, SUSPENDED),
        (SuspendedAdmin, AdministerMembers, SUSPENDED),
        (SuspendedAdmin, RegisterCompany, SUSPENDED),
        (SuspendedAdmin, PublishAnnouncements, SUSPENDED),
    ];

    #[test]
    fn policy_matches_the_table() {
        for (kind, capability, expected) in TABLE {
            let viewer = viewer(kind);
            assert_eq!(check(viewer.as_ref(), capability), expected, "{kind:?} × {capability:?}");
            if let Some(viewer) = viewer {
                assert_eq!(viewer.can(capability), expected.is_ok(), "{kind:?} × {capability:?}");
            }
        }
    }

    #[test]
    fn table_covers_every_pair_once() {
        let pairs = TABLE.iter().map(|&(kind, cap, _)| (kind, cap)).collect::<HashSet<_>>();
        assert_eq!(pairs.len(), TABLE.len(), "a pair is listed twice");
        for kind in KINDS {
            for capability in Capability::ALL {
                assert!(pairs.contains(&(kind, capability)), "missing {kind:?} × {capability:?}");
            }
        }
        // A new variant must be added to `ALL` (and so to the table) before this compiles.
        for capability in Capability::ALL {
            match capability {
                ManageOwnAccount | ReadOutbox | AdministerMembers | RegisterCompany
                | PublishAnnouncements => {}
            }
        }
        assert_eq!(Capability::ALL.len(), 5);
    }

    #[test]
    fn the_user_id_plays_no_part() {
        for kind in KINDS {
            for capability in Capability::ALL {
                let Some(base) = viewer(kind) else { continue };
                for user_id in [i32::MIN, -1, 0, 1, i32::MAX] {
                    let other = Viewer { user_id, ..base };
                    assert_eq!(check(Some(&other), capability), check(Some(&base), capability));
                }
            }
        }
    }

    #[test]
    fn roles_and_statuses_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            assert_eq!(role.to_string(), role.as_str());
        }
        for status in AccountStatus::ALL {
            assert_eq!(AccountStatus::parse(status.as_str()), Some(status));
            assert_eq!(status.to_string(), status.as_str());
        }
        assert_eq!(Role::parse("member"), Some(Role::Member));
        assert_eq!(Role::parse("admin"), Some(Role::Admin));
        assert_eq!(AccountStatus::parse("active"), Some(AccountStatus::Active));
        assert_eq!(AccountStatus::parse("suspended"), Some(AccountStatus::Suspended));
        for bad in ["", "Admin", "ADMIN", " admin", "root", "banned"] {
            assert_eq!(Role::parse(bad), None, "{bad:?}");
            assert_eq!(AccountStatus::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn is_admin_follows_the_role() {
        assert!(viewer(Admin).unwrap().is_admin());
        assert!(viewer(SuspendedAdmin).unwrap().is_admin());
        assert!(!viewer(Member).unwrap().is_admin());
    }

    #[test]
    fn every_denial_explains_itself_in_both_languages() {
        let denials = [
            Denial::SignInRequired,
            Denial::Suspended,
            Denial::EmailNotConfirmed,
            Denial::AdminOnly,
        ];
        let mut seen = HashSet::new();
        for denial in denials {
            for french in [true, false] {
                let message = denial.message(french);
                assert!(message.ends_with('.'), "{message}");
                assert!(seen.insert(message), "duplicate message {message}");
            }
        }
    }
}
