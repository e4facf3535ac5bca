//! The one place that decides who may do what. The server enforces it on every request; the
//! browser asks it only to explain ahead of time why a button is unavailable.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::company::{CompanyStatus, MemberRole};

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
    AdministerCompanies,
    RegisterCompany,
    PublishAnnouncements,
}

impl Capability {
    pub const ALL: [Capability; 6] = [
        Capability::ManageOwnAccount,
        Capability::ReadOutbox,
        Capability::AdministerMembers,
        Capability::AdministerCompanies,
        Capability::RegisterCompany,
        Capability::PublishAnnouncements,
    ];
}

/// What someone may do with a particular company, decided by their role in it and where the
/// company stands with the town hall.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompanyAction {
    /// Change the page: description, contact details, logo.
    Edit,
    /// See the team page (roles, e-mail addresses).
    ViewTeam,
    /// Invite, change roles, remove people, answer requests to join, hand over ownership.
    ManageTeam,
    /// Publish announcements, events and job offers in the company's name.
    Publish,
    /// Ask other companies to connect, answer their requests.
    Connect,
    /// Leave the company.
    Leave,
}

impl CompanyAction {
    pub const ALL: [CompanyAction; 6] = [
        CompanyAction::Edit,
        CompanyAction::ViewTeam,
        CompanyAction::ManageTeam,
        CompanyAction::Publish,
        CompanyAction::Connect,
        CompanyAction::Leave,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Denial {
    SignInRequired,
    Suspended,
    EmailNotConfirmed,
    AdminOnly,
    /// The action belongs to the company's people.
    NotCompanyMember,
    /// Owners and editors only.
    EditorRoleRequired,
    /// Owners only.
    OwnerRoleRequired,
    /// Waits until the town hall approves the company.
    CompanyNotApproved,
    /// The town hall refused the company: correct the page and send it back first.
    CompanyRejected,
    /// The company has closed.
    CompanyArchived,
    /// A company always keeps one owner.
    LastOwner,
    /// An invitation is for the address it was sent to.
    InvitedElsewhere,
    /// Connections and announcements are made in a company's name: the person runs none yet.
    NoCompanyYet,
    /// The other company declined this request lately; it can be sent again after a while.
    RecentlyDeclined,
    /// Already done, or not possible in the current state.
    NothingToDo,
    /// Only the person who wrote it changes or deletes it.
    NotAuthor,
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
            (Denial::NotCompanyMember, true) => {
                "Réservé aux personnes de l'entreprise : demandez à rejoindre son équipe."
            }
            (Denial::NotCompanyMember, false) => {
                "Reserved for the company's people: ask to join its team."
            }
            (Denial::EditorRoleRequired, true) => {
                "Réservé aux responsables et éditeurs de l'entreprise : demandez à un responsable de vous donner ce rôle."
            }
            (Denial::EditorRoleRequired, false) => {
                "Reserved for the company's owners and editors: ask an owner to give you that role."
            }
            (Denial::OwnerRoleRequired, true) => "Réservé aux responsables de l'entreprise.",
            (Denial::OwnerRoleRequired, false) => "Reserved for the company's owners.",
            (Denial::CompanyNotApproved, true) => {
                "Vous pourrez le faire dès que la mairie aura validé votre entreprise : elle vérifie chaque inscription, en général sous quelques jours."
            }
            (Denial::CompanyNotApproved, false) => {
                "You can do this as soon as the town hall has approved your company: it checks every registration, usually within a few days."
            }
            (Denial::CompanyRejected, true) => {
                "La mairie n'a pas validé cette entreprise : corrigez sa page et renvoyez-la à la validation."
            }
            (Denial::CompanyRejected, false) => {
                "The town hall did not approve this company: correct its page and send it back for approval."
            }
            (Denial::CompanyArchived, true) => {
                "Cette entreprise a fermé : sa page est archivée et ne change plus."
            }
            (Denial::CompanyArchived, false) => {
                "This company has closed: its page is archived and no longer changes."
            }
            (Denial::LastOwner, true) => {
                "Une entreprise garde toujours un responsable : confiez d'abord ce rôle à une autre personne de l'équipe."
            }
            (Denial::LastOwner, false) => {
                "A company always keeps an owner: first give that role to another person of the team."
            }
            (Denial::InvitedElsewhere, true) => {
                "Cette invitation a été envoyée à une autre adresse : connectez-vous avec le compte de cette adresse, ou demandez une nouvelle invitation."
            }
            (Denial::InvitedElsewhere, false) => {
                "This invitation was sent to another address: sign in with that address's account, or ask for a new invitation."
            }
            (Denial::NoCompanyYet, true) => {
                "Les relations et les annonces se font au nom d'une entreprise : inscrivez d'abord la vôtre, ou demandez à rejoindre son équipe en tant que responsable ou éditeur."
            }
            (Denial::NoCompanyYet, false) => {
                "Connections and announcements are made in a company's name: first register yours, or ask to join its team as an owner or editor."
            }
            (Denial::RecentlyDeclined, true) => {
                "Cette entreprise n'a pas donné suite à votre demande de relation : vous pourrez la renouveler 30 jours après sa réponse."
            }
            (Denial::RecentlyDeclined, false) => {
                "This company did not take up your connection request: you can send it again 30 days after its answer."
            }
            (Denial::NothingToDo, true) => "Ce n'est pas possible, ou c'est déjà fait.",
            (Denial::NothingToDo, false) => "This is not possible, or already done.",
            (Denial::NotAuthor, true) => {
                "Seule la personne qui l'a écrit peut le modifier ou le supprimer."
            }
            (Denial::NotAuthor, false) => "Only the person who wrote it may change or delete it.",
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
        Capability::ReadOutbox
        | Capability::AdministerMembers
        | Capability::AdministerCompanies => {
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

/// Whether `viewer`, with `role` in a company whose page is `status`, may take `action` on it.
pub fn check_company(
    viewer: Option<&Viewer>,
    role: Option<MemberRole>,
    status: CompanyStatus,
    action: CompanyAction,
) -> Result<(), Denial> {
    let Some(viewer) = viewer else {
        return Err(Denial::SignInRequired);
    };
    if !viewer.is_active() {
        return Err(Denial::Suspended);
    }
    if action == CompanyAction::Leave {
        return if role.is_some() { Ok(()) } else { Err(Denial::NotCompanyMember) };
    }
    if !viewer.email_confirmed {
        return Err(Denial::EmailNotConfirmed);
    }
    if status == CompanyStatus::Archived {
        return Err(Denial::CompanyArchived);
    }
    // The town hall edits any page (corrections, unclaimed pages); it does not act for a company.
    if action == CompanyAction::Edit && viewer.is_admin() {
        return Ok(());
    }
    let Some(role) = role else {
        return Err(Denial::NotCompanyMember);
    };
    match action {
        CompanyAction::Leave => Ok(()),
        CompanyAction::ViewTeam => Ok(()),
        CompanyAction::Edit => {
            if role.can_edit() {
                Ok(())
            } else {
                Err(Denial::EditorRoleRequired)
            }
        }
        CompanyAction::ManageTeam => {
            if role == MemberRole::Owner {
                Ok(())
            } else {
                Err(Denial::OwnerRoleRequired)
            }
        }
        CompanyAction::Publish | CompanyAction::Connect => {
            if !role.can_edit() {
                Err(Denial::EditorRoleRequired)
            } else {
                match status {
                    CompanyStatus::Approved => Ok(()),
                    CompanyStatus::Rejected => Err(Denial::CompanyRejected),
                    _ => Err(Denial::CompanyNotApproved),
                }
            }
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
    const TABLE: [(Kind, Capability, Result<(), Denial>); 48] = [
        (Anonymous, ManageOwnAccount, SIGN_IN),
        (Anonymous, ReadOutbox, SIGN_IN),
        (Anonymous, AdministerMembers, SIGN_IN),
        (Anonymous, AdministerCompanies, SIGN_IN),
        (Anonymous, RegisterCompany, SIGN_IN),
        (Anonymous, PublishAnnouncements, SIGN_IN),

        (Unconfirmed, ManageOwnAccount, OK),
        (Unconfirmed, ReadOutbox, ADMIN),
        (Unconfirmed, AdministerMembers, ADMIN),
        (Unconfirmed, AdministerCompanies, ADMIN),
        (Unconfirmed, RegisterCompany, CONFIRM),
        (Unconfirmed, PublishAnnouncements, CONFIRM),

        (Member, ManageOwnAccount, OK),
        (Member, ReadOutbox, ADMIN),
        (Member, AdministerMembers, ADMIN),
        (Member, AdministerCompanies, ADMIN),
        (Member, RegisterCompany, OK),
        (Member, PublishAnnouncements, OK),

        (UnconfirmedAdmin, ManageOwnAccount, OK),
        (UnconfirmedAdmin, ReadOutbox, CONFIRM),
        (UnconfirmedAdmin, AdministerMembers, CONFIRM),
        (UnconfirmedAdmin, AdministerCompanies, CONFIRM),
        (UnconfirmedAdmin, RegisterCompany, CONFIRM),
        (UnconfirmedAdmin, PublishAnnouncements, CONFIRM),

        (Admin, ManageOwnAccount, OK),
        (Admin, ReadOutbox, OK),
        (Admin, AdministerMembers, OK),
        (Admin, AdministerCompanies, OK),
        (Admin, RegisterCompany, OK),
        (Admin, PublishAnnouncements, OK),

        (SuspendedUnconfirmed, ManageOwnAccount, SUSPENDED),
        (SuspendedUnconfirmed, ReadOutbox, SUSPENDED),
        (SuspendedUnconfirmed, AdministerMembers, SUSPENDED),
        (SuspendedUnconfirmed, AdministerCompanies, SUSPENDED),
        (SuspendedUnconfirmed, RegisterCompany, SUSPENDED),
        (SuspendedUnconfirmed, PublishAnnouncements, SUSPENDED),

        (SuspendedMember, ManageOwnAccount, SUSPENDED),
        (SuspendedMember, ReadOutbox, SUSPENDED),
        (SuspendedMember, AdministerMembers, SUSPENDED),
        (SuspendedMember, AdministerCompanies, SUSPENDED),
        (SuspendedMember, RegisterCompany, SUSPENDED),
        (SuspendedMember, PublishAnnouncements, SUSPENDED),

        (SuspendedAdmin, ManageOwnAccount, SUSPENDED),
        (SuspendedAdmin, ReadOutbox, SUSPENDED),
        (SuspendedAdmin, AdministerMembers, SUSPENDED),
        (SuspendedAdmin, AdministerCompanies, SUSPENDED),
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
                ManageOwnAccount | ReadOutbox | AdministerMembers | AdministerCompanies
                | RegisterCompany | PublishAnnouncements => {}
            }
        }
        assert_eq!(Capability::ALL.len(), 6);
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
            Denial::NotCompanyMember,
            Denial::EditorRoleRequired,
            Denial::OwnerRoleRequired,
            Denial::CompanyNotApproved,
            Denial::CompanyRejected,
            Denial::CompanyArchived,
            Denial::LastOwner,
            Denial::InvitedElsewhere,
            Denial::NoCompanyYet,
            Denial::RecentlyDeclined,
            Denial::NothingToDo,
            Denial::NotAuthor,
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

    mod company {
        use super::super::*;
        use crate::domain::company::{CompanyStatus::*, MemberRole::*};
        use CompanyAction::*;

        fn member() -> Viewer {
            Viewer {
                user_id: 1,
                role: Role::Member,
                status: AccountStatus::Active,
                email_confirmed: true,
            }
        }

        #[test]
        fn roles_decide_what_people_do_for_their_company() {
            let v = Some(member());
            let check = |role, status, action| check_company(v.as_ref(), role, status, action);
            assert_eq!(check(Some(Owner), Approved, ManageTeam), Ok(()));
            assert_eq!(check(Some(Editor), Approved, ManageTeam), Err(Denial::OwnerRoleRequired));
            assert_eq!(check(Some(Editor), Approved, Edit), Ok(()));
            assert_eq!(check(Some(Member), Approved, Edit), Err(Denial::EditorRoleRequired));
            assert_eq!(check(Some(Member), Approved, ViewTeam), Ok(()));
            assert_eq!(check(None, Approved, ViewTeam), Err(Denial::NotCompanyMember));
            assert_eq!(check(None, Approved, Edit), Err(Denial::NotCompanyMember));
            assert_eq!(check(Some(Member), Approved, Leave), Ok(()));
            assert_eq!(check(None, Approved, Leave), Err(Denial::NotCompanyMember));
        }

        #[test]
        fn publishing_waits_for_the_town_hall() {
            let v = Some(member());
            for action in [Publish, Connect] {
                assert_eq!(check_company(v.as_ref(), Some(Owner), Approved, action), Ok(()));
                assert_eq!(
                    check_company(v.as_ref(), Some(Owner), Pending, action),
                    Err(Denial::CompanyNotApproved)
                );
                assert_eq!(
                    check_company(v.as_ref(), Some(Owner), Rejected, action),
                    Err(Denial::CompanyRejected)
                );
                assert_eq!(
                    check_company(v.as_ref(), Some(Member), Approved, action),
                    Err(Denial::EditorRoleRequired)
                );
            }
            // A pending page can still be completed while it waits.
            assert_eq!(check_company(v.as_ref(), Some(Owner), Pending, Edit), Ok(()));
        }

        #[test]
        fn the_town_hall_edits_any_page_but_does_not_act_for_companies() {
            let admin = Viewer { role: Role::Admin, ..member() };
            assert_eq!(check_company(Some(&admin), None, Unclaimed, Edit), Ok(()));
            assert_eq!(
                check_company(Some(&admin), None, Approved, Publish),
                Err(Denial::NotCompanyMember)
            );
            assert_eq!(
                check_company(Some(&admin), None, Approved, ManageTeam),
                Err(Denial::NotCompanyMember)
            );
        }

        #[test]
        fn accounts_come_first_and_archives_are_frozen() {
            let unconfirmed = Viewer { email_confirmed: false, ..member() };
            let suspended = Viewer { status: AccountStatus::Suspended, ..member() };
            for action in CompanyAction::ALL {
                assert_eq!(
                    check_company(None, Some(Owner), Approved, action),
                    Err(Denial::SignInRequired)
                );
                assert_eq!(
                    check_company(Some(&suspended), Some(Owner), Approved, action),
                    Err(Denial::Suspended)
                );
                if action != Leave {
                    assert_eq!(
                        check_company(Some(&unconfirmed), Some(Owner), Approved, action),
                        Err(Denial::EmailNotConfirmed)
                    );
                    assert_eq!(
                        check_company(Some(&member()), Some(Owner), Archived, action),
                        Err(Denial::CompanyArchived)
                    );
                }
            }
        }
    }
}
