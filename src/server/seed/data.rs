//! A believable Roncq in figures: business parks, companies and the people behind them. Pure data
//! from a fixed-seed generator, so every demo database, screenshot and test sees the same town.

use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq)]
pub struct DemoPark {
    pub slug: String,
    pub name: String,
    pub area_hectares: f64,
    pub status: ParkStatus,
    pub main_activity: String,
    pub description: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParkStatus {
    Existing,
    UnderConstruction,
    Marketing,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoCompany {
    pub slug: String,
    pub legal_name: String,
    pub trade_name: Option<String>,
    pub siret: String,
    pub naf_code: String,
    pub legal_form: &'static str,
    pub headcount_band: &'static str,
    pub year_founded: i32,
    pub address: String,
    /// Index into [`DemoData::parks`].
    pub park: Option<usize>,
    pub description: String,
    pub website: Option<String>,
    pub phone: String,
    pub public_email: Option<String>,
    pub status: DemoCompanyStatus,
    pub registered_days_ago: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoCompanyStatus {
    Approved,
    Pending,
    Unclaimed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPerson {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub job_title: String,
    /// Index into [`DemoData::companies`].
    pub company: Option<usize>,
    /// `"owner"`, `"editor"` or `"member"`.
    pub company_role: &'static str,
    pub joined_days_ago: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DemoData {
    pub parks: Vec<DemoPark>,
    pub companies: Vec<DemoCompany>,
    pub people: Vec<DemoPerson>,
    /// Pages the town hall created for companies that have not joined yet: nobody runs them.
    pub unclaimed: Vec<DemoCompany>,
}

/// The demo town, identical on every call.
pub fn generate() -> DemoData {
    let mut rng = Rng(SEED);
    let parks = PARKS
        .iter()
        .map(|p| DemoPark {
            slug: p.slug.to_string(),
            name: p.name.to_string(),
            area_hectares: p.area_hectares,
            status: p.status,
            main_activity: p.main_activity.to_string(),
            description: p.description.to_string(),
        })
        .collect();
    let (companies, origins) = build_companies(&mut rng);
    let people = build_people(&mut rng, &companies, &origins);
    let unclaimed = build_unclaimed(&companies);
    DemoData { parks, companies, people, unclaimed }
}

/// How many of the town's companies have a page the town hall created but nobody claimed yet.
const UNCLAIMED_PAGES: usize = 40;

/// Unclaimed pages, drawn from a random stream of their own so that the rest of the town does not
/// change with their number.
fn build_unclaimed(companies: &[DemoCompany]) -> Vec<DemoCompany> {
    let mut rng = Rng(SEED ^ 0x005E_ED0F_C1A1);
    let mut taken = Taken::default();
    for c in companies {
        taken.names.insert(slugify(&c.legal_name));
        if let Some(t) = &c.trade_name {
            taken.names.insert(slugify(t));
        }
        taken.slugs.insert(c.slug.clone());
        taken.sirens.insert(c.siret[..9].to_string());
        taken.phones.insert(c.phone.clone());
    }
    (0..UNCLAIMED_PAGES)
        .map(|_| {
            let activity = &ACTIVITIES[rng.below(ACTIVITIES.len())];
            let days_ago = rng.between(30, 600);
            make_company(&mut rng, &mut taken, activity, days_ago, DemoCompanyStatus::Unclaimed).0
        })
        .collect()
}

/// Lowercase ASCII with hyphens: accents folded (`œ` → `oe`), every other run of non-alphanumerics
/// turned into one hyphen, none at either end.
pub fn slugify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let mut buf = [0u8; 4];
        let piece: &str = match fold_accent(c) {
            Some(ascii) => ascii,
            None if c.is_ascii_alphanumeric() => c.encode_utf8(&mut buf),
            None => {
                gap = true;
                continue;
            }
        };
        if gap && !out.is_empty() {
            out.push('-');
        }
        gap = false;
        out.push_str(piece);
    }
    out
}

fn fold_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'æ' => "ae",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        'ß' => "ss",
        _ => return None,
    })
}

// --------------------------------------------------------------------------------------- generator

const SEED: u64 = 59223;
const LAUNCH_COHORT: usize = 20;
const UNATTACHED_PEOPLE: usize = 20;
/// One pending application per listed activity: young businesses asking to join.
const PENDING_NAFS: [&str; 6] = ["43.34Z", "62.01Z", "96.02A", "56.10C", "70.22Z", "81.21Z"];

/// SplitMix64: tiny, fast and good enough to shuffle a town.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`, for `n` in `1..2^32`.
    fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    /// Uniform in `lo..=hi`.
    fn between(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }

    fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    fn weighted<T: Copy>(&mut self, items: &[(T, u32)]) -> T {
        let total: u32 = items.iter().map(|&(_, w)| w).sum();
        let mut roll = self.below(total as usize) as u32;
        for &(item, weight) in items {
            if roll < weight {
                return item;
            }
            roll -= weight;
        }
        unreachable!("the roll stays below the total weight")
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// How a company came to be, kept aside to staff it afterwards.
struct Origin {
    activity: &'static Activity,
    founder: &'static str,
    owner_first_name: &'static str,
    owner_female: bool,
}

#[derive(Default)]
struct Taken {
    names: HashSet<String>,
    slugs: HashSet<String>,
    sirens: HashSet<String>,
    phones: HashSet<String>,
}

fn build_companies(rng: &mut Rng) -> (Vec<DemoCompany>, Vec<Origin>) {
    let mut approved: Vec<usize> =
        ACTIVITIES.iter().enumerate().flat_map(|(i, a)| std::iter::repeat_n(i, a.count)).collect();
    let mut pending = Vec::with_capacity(PENDING_NAFS.len());
    for naf in PENDING_NAFS {
        let at = approved
            .iter()
            .position(|&i| ACTIVITIES[i].naf == naf)
            .expect("pending activities are in the table");
        pending.push(approved.remove(at));
    }
    rng.shuffle(&mut approved);

    // The earliest registrations come first, so insertion order follows the network's history.
    let mut days: Vec<u32> = (0..approved.len())
        .map(|k| {
            if k < LAUNCH_COHORT {
                rng.between(640, 700)
            } else {
                // Density falls linearly with age: the network keeps growing.
                (700.0 * (1.0 - rng.unit().sqrt())) as u32
            }
        })
        .collect();
    days.sort_unstable_by(|a, b| b.cmp(a));
    let mut pending_days: Vec<u32> = pending.iter().map(|_| rng.between(0, 13)).collect();
    pending_days.sort_unstable_by(|a, b| b.cmp(a));

    let slots =
        approved.iter().zip(days).map(|(&a, d)| (a, d, DemoCompanyStatus::Approved)).chain(
            pending.iter().zip(pending_days).map(|(&a, d)| (a, d, DemoCompanyStatus::Pending)),
        );

    let mut taken = Taken::default();
    let mut companies = Vec::with_capacity(approved.len() + pending.len());
    let mut origins = Vec::with_capacity(companies.capacity());
    for (activity, days_ago, status) in slots {
        let (company, origin) =
            make_company(rng, &mut taken, &ACTIVITIES[activity], days_ago, status);
        companies.push(company);
        origins.push(origin);
    }
    (companies, origins)
}

fn make_company(
    rng: &mut Rng,
    taken: &mut Taken,
    activity: &'static Activity,
    registered_days_ago: u32,
    status: DemoCompanyStatus,
) -> (DemoCompany, Origin) {
    let pending = status == DemoCompanyStatus::Pending;
    let park = if !pending && rng.chance(activity.park_pct) {
        Some(rng.pick(activity.parks))
    } else {
        None
    };
    let mut headcount_band = rng.weighted(activity.headcount);
    if park.is_none() && matches!(headcount_band, "21" | "22" | "31") {
        headcount_band = "12";
    }
    if pending {
        headcount_band = if rng.chance(50) { "00" } else { "01" };
    }
    let legal_form = rng.weighted(activity.forms.unwrap_or_else(|| forms_for(headcount_band)));

    // The owner is chosen first so that "Au Pain de Julie" is run by a Julie.
    let owner_female = rng.chance(activity.female_owner_pct);
    let mut attempt = 0;
    let (founder, owner_first_name, legal_name) = loop {
        attempt += 1;
        assert!(attempt < 200, "no free company name left for {}", activity.naf);
        let founder = rng.pick(SURNAMES);
        let first_name = rng.pick(if owner_female { FIRST_NAMES_F } else { FIRST_NAMES_M });
        let pattern = rng.pick(activity.names);
        let name = expand(rng, pattern, founder, first_name);
        if taken.names.insert(slugify(&name)) {
            break (founder, first_name, name);
        }
    };
    // Trade names share the legal names' pool so that no two companies answer to the same name.
    let trade_name = if !activity.brands.is_empty() && rng.chance(30) {
        let pattern = rng.pick(activity.brands);
        let candidate = expand(rng, pattern, founder, owner_first_name);
        taken.names.insert(slugify(&candidate)).then_some(candidate)
    } else {
        None
    };
    let slug = unique(&mut taken.slugs, slugify(trade_name.as_deref().unwrap_or(&legal_name)));
    let siret = new_siret(rng, &mut taken.sirens);

    let latest = if registered_days_ago > 340 { 2024 } else { 2025 };
    let earliest = if pending { 2022 } else { activity.founded_from };
    let span = latest - earliest;
    // Skewed towards recent years, as business creations are.
    let year_founded = latest - ((f64::from(span + 1) * rng.unit().powf(1.6)) as i32).min(span);

    let address = match park {
        Some(p) => {
            let number = rng.between(1, 60);
            format!("{number} {}, 59223 Roncq", rng.pick(PARKS[p].streets))
        }
        None => {
            let number = rng.between(1, 240);
            let bis = if rng.chance(6) { " bis" } else { "" };
            format!("{number}{bis} {}, 59223 Roncq", rng.pick(TOWN_STREETS))
        }
    };
    let display_name = trade_name.as_deref().unwrap_or(&legal_name);
    let description = describe(rng, activity, display_name, year_founded, park);
    let website = rng.chance(60).then(|| format!("https://www.{slug}.fr"));
    let public_email = rng.chance(70).then(|| format!("contact@{slug}.fr"));
    let phone = new_phone(rng, &mut taken.phones);

    let company = DemoCompany {
        slug,
        legal_name,
        trade_name,
        siret,
        naf_code: activity.naf.to_string(),
        legal_form,
        headcount_band,
        year_founded,
        address,
        park,
        description,
        website,
        phone,
        public_email,
        status,
        registered_days_ago,
    };
    (company, Origin { activity, founder, owner_first_name, owner_female })
}

/// Fills `{n}` (the founder's surname), `{m}` (another surname), `{p}` (the owner's first
/// name), `{L}` (a local name used on its own) and `{d}` (a place that reads well after "du").
fn expand(rng: &mut Rng, pattern: &str, founder: &str, first_name: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = open + rest[open..].find('}').expect("placeholders are closed");
        match &rest[open + 1..close] {
            "n" => out.push_str(founder),
            "m" => loop {
                let other = rng.pick(SURNAMES);
                if other != founder {
                    out.push_str(other);
                    break;
                }
            },
            "p" => {
                if out.ends_with(" de ") && elides(first_name) {
                    out.truncate(out.len() - 3);
                    out.push_str("d'");
                }
                out.push_str(first_name);
            }
            "L" => out.push_str(rng.pick(LANDS)),
            "d" => out.push_str(rng.pick(DU_PLACES)),
            other => panic!("unknown placeholder {{{other}}} in {pattern:?}"),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Whether "de" before `word` becomes "d'" ("Au Pain d'Hélène"); the first names here all have a
/// silent h.
fn elides(word: &str) -> bool {
    word.starts_with(['A', 'E', 'I', 'O', 'U', 'H', 'É', 'È', 'Ê', 'Î', 'Ô', 'Â'])
}

/// `base`, or `base-2`, `base-3`… when taken.
fn unique(taken: &mut HashSet<String>, base: String) -> String {
    if taken.insert(base.clone()) {
        return base;
    }
    (2..)
        .map(|k| format!("{base}-{k}"))
        .find(|candidate| taken.insert(candidate.clone()))
        .expect("an unbounded range always yields a free suffix")
}

fn describe(
    rng: &mut Rng,
    activity: &Activity,
    name: &str,
    year: i32,
    park: Option<usize>,
) -> String {
    let place = match park {
        Some(p) => format!("à Roncq, {}", PARKS[p].at),
        None => rng.pick(TOWN_PLACES).to_string(),
    };
    let label = activity.label;
    let mut text = match rng.below(3) {
        0 => format!("Depuis {year}, {name} est {label} {place}."),
        1 => format!("{name} : {label} {place}, depuis {year}."),
        _ => format!("En activité depuis {year}, {name} est {label} {place}."),
    };
    text.push(' ');
    text.push_str(rng.pick(activity.pitches));
    if activity.services.len() >= 3 && rng.chance(30) {
        let mut services = activity.services.to_vec();
        rng.shuffle(&mut services);
        text.push_str("\n\n");
        text.push_str(rng.pick(LIST_INTROS));
        text.push('\n');
        for service in &services[..3] {
            text.push_str("\n- ");
            text.push_str(service);
        }
    } else if rng.chance(35) {
        text.push(' ');
        text.push_str(rng.pick(CLOSINGS));
    }
    text
}

/// A SIRET whose 9-digit SIREN and all 14 digits both pass the Luhn check, as INSEE's do.
fn new_siret(rng: &mut Rng, taken_sirens: &mut HashSet<String>) -> String {
    loop {
        let mut digits: Vec<u8> = Vec::with_capacity(14);
        // SIRENs starting with 1 or 2 belong to public bodies.
        digits.push(rng.between(3, 9) as u8);
        digits.extend((0..7).map(|_| rng.below(10) as u8));
        digits.push(luhn_check_digit(&digits));
        let siren: String = digits.iter().map(|&d| char::from(b'0' + d)).collect();
        if !taken_sirens.insert(siren) {
            continue;
        }
        // The NIC numbers establishments: most companies are still at their first one.
        let establishment = if rng.chance(70) { 1 } else { rng.between(2, 12) };
        digits.extend([0, 0, (establishment / 10) as u8, (establishment % 10) as u8]);
        digits.push(luhn_check_digit(&digits));
        return digits.iter().map(|&d| char::from(b'0' + d)).collect();
    }
}

/// The digit that, appended to `payload`, makes the whole sequence pass the Luhn check.
fn luhn_check_digit(payload: &[u8]) -> u8 {
    let sum: u32 = payload
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 0 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

fn new_phone(rng: &mut Rng, taken: &mut HashSet<String>) -> String {
    loop {
        let exchange = rng.pick(PHONE_EXCHANGES);
        let phone = format!("03 20 {exchange} {:02} {:02}", rng.below(100), rng.below(100));
        if taken.insert(phone.clone()) {
            return phone;
        }
    }
}

fn forms_for(headcount_band: &str) -> Forms {
    match headcount_band {
        "00" | "01" => FORMS_MICRO,
        "02" | "03" => FORMS_SMALL,
        "11" | "12" => FORMS_MEDIUM,
        _ => FORMS_LARGE,
    }
}

fn team_size(rng: &mut Rng, headcount_band: &str) -> usize {
    match headcount_band {
        "00" => 1,
        "01" => 1 + rng.below(2),
        "02" => 1 + rng.below(3),
        "03" => 2 + rng.below(3),
        "11" => 2 + rng.below(4),
        _ => 3 + rng.below(3),
    }
}

fn owner_title(boss: Boss, legal_form: &str) -> Title {
    match (boss, legal_form) {
        (Boss::Profession(title), _) | (Boss::Craft(title), "EI") => title,
        (_, "EI") => ("Chef d'entreprise", "Cheffe d'entreprise"),
        (_, "SA") => ("Président-directeur général", "Présidente-directrice générale"),
        (_, "SAS" | "SASU" | "Association") => ("Président", "Présidente"),
        _ => ("Gérant", "Gérante"),
    }
}

fn gendered(title: Title, female: bool) -> &'static str {
    if female { title.1 } else { title.0 }
}

fn build_people(rng: &mut Rng, companies: &[DemoCompany], origins: &[Origin]) -> Vec<DemoPerson> {
    let mut emails = HashSet::new();
    let mut people = Vec::with_capacity(companies.len() * 5 / 2 + UNATTACHED_PEOPLE);
    for (index, (company, origin)) in companies.iter().zip(origins).enumerate() {
        let size = match company.status {
            DemoCompanyStatus::Pending => 1,
            DemoCompanyStatus::Unclaimed => 0,
            DemoCompanyStatus::Approved => team_size(rng, company.headcount_band),
        };
        let family_firm =
            company.legal_name.contains("& Fils") || company.legal_name.contains("Frères");
        let small = matches!(company.headcount_band, "00" | "01" | "02");
        for position in 0..size {
            let heir = position == 1 && family_firm;
            let (female, first_name) = if position == 0 {
                (origin.owner_female, origin.owner_first_name)
            } else {
                let female = !heir && rng.chance(50);
                (female, rng.pick(if female { FIRST_NAMES_F } else { FIRST_NAMES_M }))
            };
            let last_name = if heir || (position == 0 && rng.chance(85)) {
                origin.founder
            } else {
                rng.pick(SURNAMES)
            };
            let (company_role, title) = match position {
                0 => ("owner", owner_title(origin.activity.boss, company.legal_form)),
                1 if rng.chance(50) => {
                    ("editor", rng.pick(if small { EDITOR_TITLES_SMALL } else { EDITOR_TITLES }))
                }
                _ if rng.chance(75) => ("member", rng.pick(origin.activity.staff)),
                _ => ("member", rng.pick(STAFF_ANY)),
            };
            let joined_days_ago = if position == 0 {
                company.registered_days_ago
            } else {
                rng.between(0, company.registered_days_ago)
            };
            people.push(DemoPerson {
                first_name: first_name.to_string(),
                last_name: last_name.to_string(),
                email: new_email(&mut emails, first_name, last_name, &company.slug),
                job_title: gendered(title, female).to_string(),
                company: Some(index),
                company_role,
                joined_days_ago,
            });
        }
    }
    for _ in 0..UNATTACHED_PEOPLE {
        let female = rng.chance(50);
        let first_name = rng.pick(if female { FIRST_NAMES_F } else { FIRST_NAMES_M });
        let last_name = rng.pick(SURNAMES);
        let title = rng.pick(UNATTACHED_TITLES);
        people.push(DemoPerson {
            first_name: first_name.to_string(),
            last_name: last_name.to_string(),
            email: new_email(&mut emails, first_name, last_name, "exemple"),
            job_title: gendered(title, female).to_string(),
            company: None,
            company_role: "member",
            joined_days_ago: rng.between(0, 700),
        });
    }
    people
}

fn new_email(
    taken: &mut HashSet<String>,
    first_name: &str,
    last_name: &str,
    domain: &str,
) -> String {
    let local = format!("{}.{}", slugify(first_name), slugify(last_name));
    let email = format!("{local}@{domain}.fr");
    if taken.insert(email.clone()) {
        return email;
    }
    (2..)
        .map(|k| format!("{local}{k}@{domain}.fr"))
        .find(|candidate| taken.insert(candidate.clone()))
        .expect("an unbounded range always yields a free suffix")
}

// ------------------------------------------------------------------------------------------- parks

struct ParkDef {
    slug: &'static str,
    name: &'static str,
    area_hectares: f64,
    status: ParkStatus,
    main_activity: &'static str,
    description: &'static str,
    /// Completes "… à Roncq, " in company descriptions.
    at: &'static str,
    streets: &'static [&'static str],
}

const DRONCKAERT: usize = 0;
const BLANC_FOUR: usize = 1;
const HOUSSOYE: usize = 2;
const LATTE: usize = 3;
const PETIT_MENIN: usize = 4;

const PARKS: &[ParkDef] = &[
    ParkDef {
        slug: "dronckaert",
        name: "Parc d'activités du Dronckaert",
        area_hectares: 38.0,
        status: ParkStatus::Existing,
        main_activity: "Commerce et services",
        description: "À deux pas de l'échangeur de l'A22, le parc d'activités du Dronckaert \
            rassemble l'essentiel de l'offre commerciale de Roncq : un hypermarché et sa galerie \
            marchande, des enseignes d'équipement de la maison, des concessions automobiles et des \
            services aux particuliers. Sa desserte routière en fait une destination familière pour \
            les habitants du Ferrain comme pour la clientèle venue de Belgique.",
        at: "au parc d'activités du Dronckaert",
        streets: &[
            "rue du Dronckaert",
            "allée des Marchands",
            "avenue de l'Europe",
            "rue de la Fontaine",
        ],
    },
    ParkDef {
        slug: "blanc-four",
        name: "Zone industrielle du Blanc-Four",
        area_hectares: 57.0,
        status: ParkStatus::Existing,
        main_activity: "Logistique et transport",
        description: "Reliée directement à l'A22 et à quelques minutes de la frontière belge, la \
            zone industrielle du Blanc-Four est le pôle logistique de la commune. Plateformes \
            d'entreposage, transporteurs routiers, messagerie et commissionnaires de transport y \
            travaillent pour tout le Benelux, dans des bâtiments de grande hauteur desservis par \
            des voiries dimensionnées pour les poids lourds.",
        at: "dans la zone industrielle du Blanc-Four",
        streets: &[
            "rue du Blanc-Four",
            "avenue des Transporteurs",
            "rue de la Douane",
            "allée du Fret",
        ],
    },
    ParkDef {
        slug: "houssoye",
        name: "Parc artisanal de la Houssoye",
        area_hectares: 14.0,
        status: ParkStatus::Existing,
        main_activity: "Artisanat et bâtiment",
        description: "Aménagé dans les années 1990 pour les artisans à l'étroit en centre-ville, \
            le parc artisanal de la Houssoye regroupe des entreprises du bâtiment, des ateliers de \
            fabrication et des services aux particuliers dans des cellules de 200 à 1 500 m². Son \
            cadre arboré et sa proximité avec les quartiers résidentiels en font un lieu apprécié \
            des petites entreprises.",
        at: "au parc artisanal de la Houssoye",
        streets: &["rue de la Houssoye", "allée des Artisans", "rue des Compagnons"],
    },
    ParkDef {
        slug: "latte",
        name: "Parc tertiaire de la Latte",
        area_hectares: 8.5,
        status: ParkStatus::Existing,
        main_activity: "Tertiaire et services aux entreprises",
        description: "Le long de la rue de la Latte, des immeubles de bureaux de deux à trois \
            étages entourés de stationnements paysagers accueillent cabinets d'expertise \
            comptable, sociétés de services informatiques, bureaux d'études et organismes de \
            formation. Des salles de réunion mutualisées et un restaurant d'entreprise y \
            facilitent la vie de quelque huit cents salariés.",
        at: "au parc tertiaire de la Latte",
        streets: &["rue de la Latte", "allée des Tisserands", "rue des Filatures"],
    },
    ParkDef {
        slug: "petit-menin",
        name: "Zone d'activité du Petit-Menin",
        area_hectares: 24.0,
        status: ParkStatus::UnderConstruction,
        main_activity: "Industrie et artisanat de production",
        description: "À l'est de la commune, en direction d'Halluin, la zone d'activité du \
            Petit-Menin accueille des PME industrielles (mécanique, textile technique, emballage) \
            et des ateliers de production. Sa seconde tranche, en cours d'aménagement, proposera \
            des lots viabilisés de 2 000 à 10 000 m² destinés aux entreprises qui veulent \
            s'agrandir sans quitter le territoire.",
        at: "dans la zone d'activité du Petit-Menin",
        streets: &["rue du Petit-Menin", "rue de l'Industrie", "allée des Forges"],
    },
    ParkDef {
        slug: "pierre-mauroy",
        name: "Zone d'activité Pierre-Mauroy",
        area_hectares: 15.0,
        status: ParkStatus::Marketing,
        main_activity: "Activités industrielles",
        description: "Sixième et plus récente zone d'activité de Roncq, d'abord annoncée sous le \
            nom de « Valloparc » puis baptisée en hommage à Pierre Mauroy, elle s'étend sur 15 \
            hectares au nord de la commune. Ce parc d'activités écologique avec bâtiments passifs \
            et abords paysagers est réservé aux activités industrielles. Les lots sont en cours de \
            commercialisation et les travaux démarrent en février.",
        at: "dans la zone d'activité Pierre-Mauroy",
        streets: &["avenue Pierre-Mauroy"],
    },
];

// -------------------------------------------------------------------------------------------- town

const TOWN_STREETS: &[&str] = &[
    "rue de Lille",
    "rue de Tourcoing",
    "avenue de Flandre",
    "rue de la Latte",
    "rue du Dronckaert",
    "rue Jean Jaurès",
    "boulevard d'Halluin",
    "rue de la Roncq-Blanche",
    "rue de Linselles",
    "rue de Bondues",
    "rue de Neuville",
    "rue de Bousbecque",
    "rue du Blanc-Four",
    "rue de la Houssoye",
    "place de la République",
    "rue Victor Hugo",
    "rue Pasteur",
    "rue Gambetta",
    "rue du Général de Gaulle",
    "rue Roger Salengro",
    "rue Émile Zola",
    "rue de l'Église",
    "rue du Moulin",
    "rue des Écoles",
    "rue du Bourg",
    "allée des Tilleuls",
    "rue Henri Ghesquière",
    "chemin du Meunier",
];

const TOWN_PLACES: &[&str] = &[
    "à Roncq",
    "au cœur de Roncq",
    "à Roncq, entre Lille et la frontière belge",
    "à Roncq, dans le Ferrain",
];

/// Third pair of the landline numbers: a few local exchanges, as in a real directory.
const PHONE_EXCHANGES: &[&str] = &["94", "46", "03", "68", "25", "37", "76", "27"];

const LANDS: &[&str] = &["Flandres", "Ferrain", "Nord", "Lys", "Roncq", "Métropole"];
const DU_PLACES: &[&str] = &["Ferrain", "Blanc-Four", "Nord", "Val de Lys", "Bourg", "Centre"];

const SURNAMES: &[&str] = &[
    "Vandenbussche",
    "Declercq",
    "Delannoy",
    "Lemaire",
    "Vanhoutte",
    "Desmet",
    "Dubrulle",
    "Delobel",
    "Lefebvre",
    "Verhaeghe",
    "Catteau",
    "Dewaele",
    "Vandamme",
    "Leclercq",
    "Masquelier",
    "Duhamel",
    "Six",
    "Tiberghien",
    "Vanneste",
    "Ghesquière",
    "Deconinck",
    "Vermeersch",
    "Lepers",
    "Desmedt",
    "Dekeyser",
    "Vandewalle",
    "Delecroix",
    "Platteau",
    "Bossut",
    "Lesaffre",
    "Deleplanque",
    "Vandeputte",
    "Coussement",
    "Verstraete",
    "Mahieu",
    "Hennion",
    "Delattre",
    "Dhondt",
    "Carpentier",
    "Lecomte",
    "Desrumaux",
    "Dumortier",
    "Vandevelde",
    "Cuvelier",
    "Devos",
    "Baert",
    "Dewitte",
    "Verbeke",
    "Ryckebusch",
    "Demeulenaere",
    "Delporte",
    "Maes",
    "Claeys",
    "Lambin",
    "Boutry",
    "Delahaye",
    "Leroy",
    "Petit",
    "Dupont",
    "Martin",
    "Kowalski",
    "Nowak",
    "Lewandowski",
    "Benali",
    "Haddad",
    "Mekki",
    "Da Silva",
    "Ferreira",
    "Nguyen",
];

const FIRST_NAMES_M: &[&str] = &[
    "Jean-Pierre",
    "Bernard",
    "Michel",
    "Philippe",
    "Patrick",
    "Alain",
    "Daniel",
    "Dominique",
    "Gérard",
    "Thierry",
    "Pascal",
    "Éric",
    "Olivier",
    "Laurent",
    "Frédéric",
    "Christophe",
    "Stéphane",
    "Sébastien",
    "Nicolas",
    "Julien",
    "Jérôme",
    "Grégory",
    "Cédric",
    "Benoît",
    "Vincent",
    "Arnaud",
    "Guillaume",
    "François",
    "Hervé",
    "Bruno",
    "Kevin",
    "Anthony",
    "Maxime",
    "Thomas",
    "Romain",
    "Alexandre",
    "Florian",
    "Quentin",
    "Antoine",
    "Hugo",
    "Lucas",
    "Théo",
    "Louis",
    "Mathis",
    "Karim",
    "Mehdi",
    "Yassine",
    "Rachid",
];

const FIRST_NAMES_F: &[&str] = &[
    "Martine",
    "Christine",
    "Sylvie",
    "Nathalie",
    "Isabelle",
    "Catherine",
    "Brigitte",
    "Françoise",
    "Véronique",
    "Valérie",
    "Agnès",
    "Hélène",
    "Sandrine",
    "Céline",
    "Virginie",
    "Stéphanie",
    "Aurélie",
    "Émilie",
    "Delphine",
    "Caroline",
    "Séverine",
    "Audrey",
    "Élodie",
    "Julie",
    "Marie",
    "Anne-Sophie",
    "Laetitia",
    "Marine",
    "Justine",
    "Charlotte",
    "Pauline",
    "Camille",
    "Manon",
    "Léa",
    "Chloé",
    "Mathilde",
    "Clara",
    "Inès",
    "Sarah",
    "Juliette",
    "Margaux",
    "Lucie",
    "Océane",
    "Samira",
    "Nadia",
    "Fatima",
];

// ------------------------------------------------------------------------------------ descriptions

const LIST_INTROS: &[&str] =
    &["Nos prestations :", "Ce que nous proposons :", "Nos spécialités :", "En bref :"];

const CLOSINGS: &[&str] = &[
    "Une équipe de proximité, à l'écoute de ses clients.",
    "Nous recrutons : les candidatures spontanées sont les bienvenues.",
    "N'hésitez pas à nous contacter pour tout renseignement.",
    "Membre actif du réseau économique roncquois.",
];

// ------------------------------------------------------------------------------------------ people

/// Masculine and feminine forms of a job title.
type Title = (&'static str, &'static str);

const EDITOR_TITLES: &[Title] = &[
    ("Directeur commercial", "Directrice commerciale"),
    ("Responsable administratif", "Responsable administrative"),
    ("Assistant de direction", "Assistante de direction"),
    ("Directeur des opérations", "Directrice des opérations"),
    ("Responsable communication", "Responsable communication"),
    ("Chargé de communication", "Chargée de communication"),
    ("Directeur administratif et financier", "Directrice administrative et financière"),
    ("Responsable marketing", "Responsable marketing"),
    ("Office manager", "Office manager"),
];

/// Who else looks after the page of a very small business.
const EDITOR_TITLES_SMALL: &[Title] = &[
    ("Associé", "Associée"),
    ("Conjoint collaborateur", "Conjointe collaboratrice"),
    ("Assistant de direction", "Assistante de direction"),
    ("Responsable administratif", "Responsable administrative"),
];

const UNATTACHED_TITLES: &[Title] = &[
    ("Porteur de projet", "Porteuse de projet"),
    ("Consultant indépendant", "Consultante indépendante"),
    ("Étudiant en alternance", "Étudiante en alternance"),
    ("Demandeur d'emploi", "Demandeuse d'emploi"),
    ("Retraité, ancien chef d'entreprise", "Retraitée, ancienne cheffe d'entreprise"),
    ("Conseiller municipal", "Conseillère municipale"),
    ("Chargé de mission développement économique", "Chargée de mission développement économique"),
    ("Journaliste", "Journaliste"),
    ("Conseiller en création d'entreprise", "Conseillère en création d'entreprise"),
    ("Repreneur d'entreprise", "Repreneuse d'entreprise"),
];

/// Jobs found in any kind of business.
const STAFF_ANY: &[Title] = &[
    ("Comptable", "Comptable"),
    ("Assistant administratif", "Assistante administrative"),
    ("Commercial", "Commerciale"),
    ("Secrétaire", "Secrétaire"),
];
const STAFF_OFFICE: &[Title] = &[
    ("Comptable", "Comptable"),
    ("Assistant de direction", "Assistante de direction"),
    ("Chargé d'affaires", "Chargée d'affaires"),
    ("Consultant", "Consultante"),
    ("Commercial", "Commerciale"),
    ("Responsable administratif", "Responsable administrative"),
    ("Chef de projet", "Cheffe de projet"),
];
const STAFF_TRADES: &[Title] = &[
    ("Chef de chantier", "Cheffe de chantier"),
    ("Conducteur de travaux", "Conductrice de travaux"),
    ("Technicien", "Technicienne"),
    ("Ouvrier qualifié", "Ouvrière qualifiée"),
    ("Apprenti", "Apprentie"),
    ("Secrétaire", "Secrétaire"),
    ("Métreur", "Métreuse"),
];
const STAFF_BAKERY: &[Title] = &[
    ("Boulanger", "Boulangère"),
    ("Pâtissier", "Pâtissière"),
    ("Vendeur", "Vendeuse"),
    ("Apprenti boulanger", "Apprentie boulangère"),
    ("Chocolatier", "Chocolatière"),
];
const STAFF_SHOP: &[Title] = &[
    ("Vendeur", "Vendeuse"),
    ("Responsable de magasin", "Responsable de magasin"),
    ("Conseiller de vente", "Conseillère de vente"),
    ("Caissier", "Caissière"),
    ("Responsable des achats", "Responsable des achats"),
];
const STAFF_GARAGE: &[Title] = &[
    ("Mécanicien", "Mécanicienne"),
    ("Chef d'atelier", "Cheffe d'atelier"),
    ("Carrossier", "Carrossière"),
    ("Conseiller commercial", "Conseillère commerciale"),
    ("Réceptionnaire après-vente", "Réceptionnaire après-vente"),
];
const STAFF_LOGISTICS: &[Title] = &[
    ("Responsable logistique", "Responsable logistique"),
    ("Chef de quai", "Cheffe de quai"),
    ("Exploitant transport", "Exploitante transport"),
    ("Conducteur routier", "Conductrice routière"),
    ("Préparateur de commandes", "Préparatrice de commandes"),
    ("Cariste", "Cariste"),
    ("Affréteur", "Affréteuse"),
    ("Responsable d'entrepôt", "Responsable d'entrepôt"),
];
const STAFF_INDUSTRY: &[Title] = &[
    ("Chef d'atelier", "Cheffe d'atelier"),
    ("Responsable de production", "Responsable de production"),
    ("Technicien de maintenance", "Technicienne de maintenance"),
    ("Opérateur de production", "Opératrice de production"),
    ("Responsable qualité", "Responsable qualité"),
    ("Soudeur", "Soudeuse"),
    ("Ingénieur méthodes", "Ingénieure méthodes"),
];
const STAFF_FOOD_PLANT: &[Title] = &[
    ("Responsable de production", "Responsable de production"),
    ("Opérateur de conditionnement", "Opératrice de conditionnement"),
    ("Responsable qualité", "Responsable qualité"),
    ("Technicien de maintenance", "Technicienne de maintenance"),
    ("Commercial", "Commerciale"),
];
const STAFF_TEXTILE: &[Title] = &[
    ("Chef d'atelier", "Cheffe d'atelier"),
    ("Couturier", "Couturière"),
    ("Styliste", "Styliste"),
    ("Technicien textile", "Technicienne textile"),
    ("Responsable de production", "Responsable de production"),
    ("Conducteur de machines", "Conductrice de machines"),
];
const STAFF_IT: &[Title] = &[
    ("Développeur", "Développeuse"),
    ("Chef de projet", "Cheffe de projet"),
    ("Administrateur systèmes", "Administratrice systèmes"),
    ("Consultant", "Consultante"),
    ("Technicien support", "Technicienne support"),
    ("Ingénieur logiciel", "Ingénieure logiciel"),
];
const STAFF_ACCOUNTING: &[Title] = &[
    ("Collaborateur comptable", "Collaboratrice comptable"),
    ("Expert-comptable", "Experte-comptable"),
    ("Assistant comptable", "Assistante comptable"),
    ("Gestionnaire de paie", "Gestionnaire de paie"),
];
const STAFF_LAW: &[Title] = &[
    ("Avocat collaborateur", "Avocate collaboratrice"),
    ("Juriste", "Juriste"),
    ("Assistant juridique", "Assistante juridique"),
];
const STAFF_ARCHI: &[Title] = &[
    ("Architecte", "Architecte"),
    ("Dessinateur-projeteur", "Dessinatrice-projeteuse"),
    ("Ingénieur d'études", "Ingénieure d'études"),
    ("Économiste de la construction", "Économiste de la construction"),
];
const STAFF_HR: &[Title] = &[
    ("Chargé de recrutement", "Chargée de recrutement"),
    ("Responsable d'agence", "Responsable d'agence"),
    ("Chargé d'affaires", "Chargée d'affaires"),
];
const STAFF_SECURITY: &[Title] = &[
    ("Agent de sécurité", "Agente de sécurité"),
    ("Chef de poste", "Cheffe de poste"),
    ("Responsable d'exploitation", "Responsable d'exploitation"),
];
const STAFF_CLEANING: &[Title] = &[
    ("Agent de propreté", "Agente de propreté"),
    ("Chef d'équipe", "Cheffe d'équipe"),
    ("Responsable de secteur", "Responsable de secteur"),
    ("Chargé de clientèle", "Chargée de clientèle"),
];
const STAFF_REALTY: &[Title] = &[
    ("Négociateur immobilier", "Négociatrice immobilière"),
    ("Gestionnaire locatif", "Gestionnaire locative"),
    ("Assistant commercial", "Assistante commerciale"),
];
const STAFF_TRAINING: &[Title] = &[
    ("Formateur", "Formatrice"),
    ("Responsable pédagogique", "Responsable pédagogique"),
    ("Conseiller en formation", "Conseillère en formation"),
];
const STAFF_DRIVING: &[Title] =
    &[("Enseignant de la conduite", "Enseignante de la conduite"), ("Secrétaire", "Secrétaire")];
const STAFF_RESTAURANT: &[Title] = &[
    ("Chef de cuisine", "Cheffe de cuisine"),
    ("Serveur", "Serveuse"),
    ("Commis de cuisine", "Commis de cuisine"),
    ("Responsable de salle", "Responsable de salle"),
    ("Barman", "Barmaid"),
];
const STAFF_HOTEL: &[Title] = &[
    ("Réceptionniste", "Réceptionniste"),
    ("Gouvernant", "Gouvernante"),
    ("Directeur d'exploitation", "Directrice d'exploitation"),
    ("Chef de cuisine", "Cheffe de cuisine"),
];
const STAFF_BEAUTY: &[Title] = &[
    ("Coiffeur", "Coiffeuse"),
    ("Esthéticien", "Esthéticienne"),
    ("Apprenti coiffeur", "Apprentie coiffeuse"),
    ("Manager de salon", "Manager de salon"),
];
const STAFF_SPORT: &[Title] =
    &[("Coach sportif", "Coach sportive"), ("Chargé d'accueil", "Chargée d'accueil")];
const STAFF_CARE: &[Title] = &[
    ("Auxiliaire de puériculture", "Auxiliaire de puériculture"),
    ("Éducateur de jeunes enfants", "Éducatrice de jeunes enfants"),
];
const STAFF_ASSOC: &[Title] = &[
    ("Trésorier", "Trésorière"),
    ("Secrétaire", "Secrétaire"),
    ("Chargé de mission", "Chargée de mission"),
];
const STAFF_HEALTH: &[Title] = &[
    ("Secrétaire médical", "Secrétaire médicale"),
    ("Collaborateur libéral", "Collaboratrice libérale"),
    ("Assistant", "Assistante"),
];
const STAFF_PHARMACY: &[Title] = &[
    ("Pharmacien adjoint", "Pharmacienne adjointe"),
    ("Préparateur en pharmacie", "Préparatrice en pharmacie"),
];
const STAFF_VET: &[Title] = &[
    ("Vétérinaire", "Vétérinaire"),
    ("Auxiliaire spécialisé vétérinaire", "Auxiliaire spécialisée vétérinaire"),
];

// --------------------------------------------------------------------------------- sizes and forms

/// INSEE headcount bands with weights; bands of 50 and more only stay in the parks.
type Bands = &'static [(&'static str, u32)];

const HC_NONE: Bands = &[("00", 1)];
const HC_SOLO: Bands = &[("00", 55), ("01", 35), ("02", 10)];
const HC_CRAFT: Bands = &[("00", 20), ("01", 35), ("02", 28), ("03", 12), ("11", 5)];
const HC_SHOP: Bands = &[("01", 30), ("02", 35), ("03", 22), ("11", 10), ("12", 3)];
const HC_OFFICE: Bands = &[("00", 15), ("01", 30), ("02", 28), ("03", 17), ("11", 8), ("12", 2)];
const HC_SME: Bands = &[("02", 15), ("03", 25), ("11", 30), ("12", 22), ("21", 6), ("22", 2)];
const HC_PLANT: Bands = &[("03", 10), ("11", 25), ("12", 35), ("21", 18), ("22", 8), ("31", 4)];
const HC_BIG_BOX: Bands = &[("12", 20), ("21", 40), ("22", 30), ("31", 10)];

type Forms = &'static [(&'static str, u32)];

const FORMS_MICRO: Forms = &[("EI", 35), ("EURL", 20), ("SASU", 25), ("SARL", 20)];
const FORMS_SMALL: Forms = &[("SARL", 40), ("SAS", 30), ("SASU", 12), ("EURL", 10), ("EI", 8)];
const FORMS_MEDIUM: Forms = &[("SAS", 55), ("SARL", 38), ("SA", 4), ("SASU", 3)];
const FORMS_LARGE: Forms = &[("SAS", 65), ("SA", 35)];
const FORMS_SCI: Forms = &[("SCI", 1)];
const FORMS_ASSOCIATION: Forms = &[("Association", 1)];
const FORMS_HEALTH: Forms = &[("EI", 70), ("SARL", 15), ("SAS", 15)];
const FORMS_PHARMACY: Forms = &[("SARL", 55), ("SAS", 35), ("EI", 10)];
const FORMS_TRAINING: Forms = &[("SAS", 35), ("SARL", 30), ("SASU", 15), ("Association", 20)];
const FORMS_CHILDCARE: Forms = &[("SAS", 60), ("Association", 40)];

// -------------------------------------------------------------------------------------- activities

#[derive(Clone, Copy)]
enum Boss {
    /// President, manager… depending on the legal form.
    ByForm,
    /// The trade's own title, for a sole proprietor.
    Craft(Title),
    /// A regulated profession's title, whatever the legal form.
    Profession(Title),
}

struct Activity {
    /// NAF rév. 2 subclass.
    naf: &'static str,
    /// How many companies of this kind the town has (pending ones included).
    count: usize,
    names: &'static [&'static str],
    /// Optional trade names, used now and then.
    brands: &'static [&'static str],
    /// Completes "X est …", with its article.
    label: &'static str,
    pitches: &'static [&'static str],
    services: &'static [&'static str],
    staff: &'static [Title],
    boss: Boss,
    headcount: Bands,
    forms: Option<Forms>,
    female_owner_pct: u32,
    park_pct: u32,
    parks: &'static [usize],
    founded_from: i32,
}

const BASE: Activity = Activity {
    naf: "",
    count: 0,
    names: &[],
    brands: &[],
    label: "",
    pitches: &[],
    services: &[],
    staff: STAFF_OFFICE,
    boss: Boss::ByForm,
    headcount: HC_SHOP,
    forms: None,
    female_owner_pct: 35,
    park_pct: 0,
    parks: &[],
    founded_from: 1950,
};

const CRAFT_PARKS: &[usize] = &[HOUSSOYE, HOUSSOYE, HOUSSOYE, PETIT_MENIN];

const ACTIVITIES: &[Activity] = &[
    // Building trades.
    Activity {
        naf: "43.22A",
        count: 8,
        names: &[
            "Plomberie {n}",
            "{n} Plomberie Chauffage",
            "Plomberie {n} & Fils",
            "Ets {n} Sanitaire",
            "{L} Plomberie Services",
        ],
        brands: &["Les Plombiers du {d}", "Eau & Gaz {L}"],
        label: "une entreprise de plomberie et de sanitaire",
        pitches: &[
            "Installation et dépannage, rénovation de salles de bains et remplacement de \
             chauffe-eau, pour les particuliers comme pour les professionnels.",
            "Intervention rapide à Roncq, Tourcoing, Halluin et Neuville-en-Ferrain. Devis gratuit.",
        ],
        services: &[
            "Dépannage de fuites et débouchage",
            "Rénovation de salles de bains",
            "Remplacement de chauffe-eau",
            "Mise aux normes des installations gaz",
            "Adaptation des sanitaires pour personnes à mobilité réduite",
        ],
        staff: STAFF_TRADES,
        boss: Boss::Craft(("Artisan plombier", "Artisane plombière")),
        headcount: HC_CRAFT,
        park_pct: 45,
        parks: CRAFT_PARKS,
        founded_from: 1960,
        female_owner_pct: 6,
        ..BASE
    },
    Activity {
        naf: "43.22B",
        count: 3,
        names: &["{n} Thermique", "{L} Climatisation", "Chauffage {n}", "{n} Énergies"],
        label: "une entreprise de chauffage, de climatisation et de pompes à chaleur",
        pitches: &[
            "Installation et entretien de chaudières, pompes à chaleur et climatisations, avec \
             contrat d'entretien annuel pour les particuliers et les entreprises.",
            "Entreprise certifiée RGE : vos travaux de rénovation énergétique peuvent bénéficier \
             des aides publiques.",
        ],
        services: &[
            "Pompes à chaleur air-eau",
            "Entretien annuel de chaudières",
            "Climatisation réversible",
            "Ventilation double flux",
            "Dépannage sous 24 heures",
        ],
        staff: STAFF_TRADES,
        boss: Boss::Craft(("Artisan chauffagiste", "Artisane chauffagiste")),
        headcount: HC_CRAFT,
        park_pct: 45,
        parks: CRAFT_PARKS,
        founded_from: 1965,
        female_owner_pct: 6,
        ..BASE
    },
    Activity {
        naf: "43.21A",
        count: 8,
        names: &[
            "{n} Électricité",
            "Électricité Générale {n}",
            "{L} Élec Services",
            "{n} Élec",
            "Ets {n} Électricité",
        ],
        brands: &["Élec du {d}", "Nord Élec Services"],
        label: "une entreprise d'électricité générale",
        pitches: &[
            "Installation neuve et rénovation, mise en conformité, domotique et bornes de recharge \
             pour véhicules électriques.",
            "Des électriciens qualifiés chez les particuliers, les commerçants et dans les locaux \
             professionnels de la métropole lilloise.",
        ],
        services: &[
            "Mise aux normes NF C 15-100",
            "Bornes de recharge pour véhicules électriques",
            "Domotique et éclairage LED",
            "Tableaux électriques et dépannage",
            "Alarmes et vidéoprotection",
        ],
        staff: STAFF_TRADES,
        boss: Boss::Craft(("Artisan électricien", "Artisane électricienne")),
        headcount: HC_CRAFT,
        park_pct: 45,
        parks: CRAFT_PARKS,
        founded_from: 1960,
        female_owner_pct: 6,
        ..BASE
    },
    Activity {
        naf: "43.32A",
        count: 6,
        names: &[
            "Menuiserie {n}",
            "Menuiserie {n} & Fils",
            "{n} Fermetures",
            "Atelier Bois du {d}",
        ],
        brands: &["Les Menuisiers du {d}"],
        label: "une entreprise de menuiserie bois, PVC et aluminium",
        pitches: &[
            "Fabrication et pose de fenêtres, portes, volets et escaliers sur mesure, dans notre atelier roncquois.",
            "Du dressing sur mesure à la véranda, un savoir-faire transmis de génération en génération.",
        ],
        services: &[
            "Fenêtres et portes-fenêtres",
            "Volets roulants et portes de garage",
            "Escaliers et dressings sur mesure",
            "Parquets et agencement intérieur",
        ],
        staff: STAFF_TRADES,
        boss: Boss::Craft(("Artisan menuisier", "Artisane menuisière")),
        headcount: HC_CRAFT,
        park_pct: 50,
        parks: CRAFT_PARKS,
        female_owner_pct: 6,
        ..BASE
    },
    Activity {
        naf: "43.32B",
        count: 3,
        names: &["Métallerie {n}", "Serrurerie {n}", "{L} Métal Concept"],
        label: "une entreprise de métallerie et de serrurerie",
        pitches: &[
            "Conception et pose de garde-corps, portails, verrières d'atelier et escaliers métalliques.",
            "Dépannage en serrurerie et sécurisation des accès pour les commerces et les entreprises.",
        ],
        services: &[
            "Portails et clôtures",
            "Verrières d'atelier",
            "Garde-corps et escaliers",
            "Contrôle d'accès",
        ],
        staff: STAFF_TRADES,
        headcount: HC_CRAFT,
        park_pct: 60,
        parks: CRAFT_PARKS,
        founded_from: 1970,
        female_owner_pct: 6,
        ..BASE
    },
    Activity {
        naf: "43.91B",
        count: 5,
        names: &["Couverture {n}", "{n} Toitures", "Toitures du {d}", "Couverture Zinguerie {n}"],
        label: "une entreprise de couverture et de zinguerie",
        pitches: &[
            "Réfection de toitures en tuiles et en ardoises, zinguerie, gouttières et traitement de charpente.",
            "Intervention rapide après tempête et recherche de fuites dans toute la métropole lilloise.",
        ],
        services: &[
            "Rénovation de toitures",
            "Zinguerie et gouttières",
            "Isolation des combles",
            "Pose de fenêtres de toit",
            "Démoussage et traitement hydrofuge",
        ],
        staff: STAFF_TRADES,
        boss: Boss::Craft(("Artisan couvreur", "Artisane couvreuse")),
        headcount: HC_CRAFT,
        park_pct: 40,
        parks: CRAFT_PARKS,
        female_owner_pct: 5,
        ..BASE
    },
    Activity {
        naf: "43.34Z",
        count: 6,
        names: &["Peinture {n}", "{n} Décoration", "Ets {n} Peinture et Vitrerie", "{L} Façades"],
        label: "une entreprise de peinture et de décoration",
        pitches: &[
            "Peinture intérieure et extérieure, ravalement de façades, revêtements muraux et vitrerie.",
            "Un travail soigné, des chantiers propres et des délais tenus, pour les particuliers, \
             les syndics et les entreprises.",
        ],
        services: &[
            "Peinture intérieure",
            "Ravalement de façades",
            "Papiers peints et toiles de verre",
            "Vitrerie et miroiterie",
        ],
        staff: STAFF_TRADES,
        boss: Boss::Craft(("Artisan peintre", "Artisane peintre")),
        headcount: HC_CRAFT,
        park_pct: 35,
        parks: CRAFT_PARKS,
        female_owner_pct: 12,
        ..BASE
    },
    Activity {
        naf: "43.99C",
        count: 5,
        names: &[
            "Maçonnerie {n}",
            "{n} Bâtiment",
            "{n} & {m} Construction",
            "Entreprise {n} Gros Œuvre",
        ],
        label: "une entreprise de maçonnerie et de gros œuvre",
        pitches: &[
            "Extensions, ouvertures de murs porteurs, dalles et fondations : vos travaux de gros œuvre de A à Z.",
            "Entreprise familiale du bâtiment, partenaire des architectes et des particuliers du Ferrain.",
        ],
        services: &[
            "Extensions et surélévations",
            "Ouverture de murs porteurs",
            "Dalles, chapes et fondations",
            "Rénovation de maisons de ville",
        ],
        staff: STAFF_TRADES,
        boss: Boss::Craft(("Artisan maçon", "Artisane maçonne")),
        headcount: HC_CRAFT,
        park_pct: 50,
        parks: CRAFT_PARKS,
        female_owner_pct: 5,
        ..BASE
    },
    Activity {
        naf: "43.31Z",
        count: 3,
        names: &["Plâtrerie {n}", "{n} Isolation", "{L} Plaquiste"],
        label: "une entreprise de plâtrerie et d'isolation intérieure",
        pitches: &[
            "Cloisons, faux plafonds, doublages et isolation thermique et acoustique, en neuf comme en rénovation.",
            "Un interlocuteur unique pour l'aménagement de vos combles et de vos plateaux de bureaux.",
        ],
        services: &[
            "Cloisons et doublages",
            "Faux plafonds acoustiques",
            "Isolation thermique par l'intérieur",
            "Aménagement de combles",
        ],
        staff: STAFF_TRADES,
        headcount: HC_CRAFT,
        park_pct: 45,
        parks: CRAFT_PARKS,
        founded_from: 1975,
        female_owner_pct: 6,
        ..BASE
    },
    Activity {
        naf: "41.20A",
        count: 2,
        names: &["Maisons {n}", "{L} Habitat", "Demeures du {d}"],
        label: "un constructeur de maisons individuelles",
        pitches: &[
            "Maisons en brique construites sous contrat, avec garantie de livraison à prix et délais convenus.",
            "Des maisons économes en énergie, conçues avec vous et adaptées aux terrains de la métropole.",
        ],
        services: &[
            "Maisons neuves sur plan",
            "Extensions à ossature bois",
            "Accompagnement au permis de construire",
            "Maisons conformes à la RE2020",
        ],
        staff: STAFF_TRADES,
        headcount: HC_SME,
        park_pct: 60,
        parks: &[LATTE, HOUSSOYE],
        founded_from: 1970,
        ..BASE
    },
    Activity {
        naf: "43.33Z",
        count: 3,
        names: &["Carrelage {n}", "{n} Sols et Murs", "Ets {n} Carrelage"],
        label: "une entreprise de carrelage et de revêtements de sols",
        pitches: &[
            "Pose de carrelage, faïence, parquet et sols souples, de la cuisine aux terrasses extérieures.",
            "Conseils et choix des matériaux dans notre salle d'exposition, sur rendez-vous.",
        ],
        services: &[
            "Carrelage et faïence",
            "Parquet et sols stratifiés",
            "Terrasses et dallages",
            "Douches à l'italienne",
        ],
        staff: STAFF_TRADES,
        boss: Boss::Craft(("Artisan carreleur", "Artisane carreleuse")),
        headcount: HC_CRAFT,
        park_pct: 40,
        parks: CRAFT_PARKS,
        founded_from: 1970,
        female_owner_pct: 6,
        ..BASE
    },
    Activity {
        naf: "81.30Z",
        count: 4,
        names: &["{n} Paysages", "Jardins du {d}", "Espaces Verts {n}", "{L} Paysage"],
        label: "une entreprise de paysage et d'entretien d'espaces verts",
        pitches: &[
            "Création et entretien de jardins, élagage, clôtures et terrasses, pour les \
             particuliers, les entreprises et les copropriétés.",
            "Contrats d'entretien à l'année ; les prestations aux particuliers ouvrent droit à un crédit d'impôt.",
        ],
        services: &[
            "Création de jardins",
            "Taille et élagage",
            "Engazonnement et arrosage automatique",
            "Entretien des espaces verts d'entreprises",
        ],
        staff: STAFF_TRADES,
        boss: Boss::Craft(("Paysagiste", "Paysagiste")),
        headcount: HC_CRAFT,
        park_pct: 40,
        parks: &[HOUSSOYE],
        founded_from: 1975,
        female_owner_pct: 12,
        ..BASE
    },
    Activity {
        naf: "43.12A",
        count: 2,
        names: &["Terrassements {n}", "{n} TP", "{L} Terrassement"],
        label: "une entreprise de terrassement et de travaux publics",
        pitches: &[
            "Terrassement, viabilisation de terrains, assainissement et aménagements extérieurs \
             pour les promoteurs, les collectivités et les particuliers.",
            "Un parc de matériel récent, de la mini-pelle au tombereau.",
        ],
        services: &[
            "Terrassement et nivellement",
            "Viabilisation de parcelles",
            "Assainissement et réseaux",
            "Cours et allées en enrobé",
        ],
        staff: STAFF_TRADES,
        headcount: HC_SME,
        park_pct: 70,
        parks: &[HOUSSOYE, BLANC_FOUR, PETIT_MENIN],
        founded_from: 1960,
        female_owner_pct: 6,
        ..BASE
    },
    // Shops, trade and cars.
    Activity {
        naf: "10.71C",
        count: 6,
        names: &["Boulangerie {n}", "Boulangerie-Pâtisserie {n}", "Maison {n}", "Au Pain de {p}"],
        brands: &["Au Fournil du {d}", "La Mie du {d}", "Le Pétrin de {p}"],
        label: "une boulangerie-pâtisserie artisanale",
        pitches: &[
            "Pain au levain, baguettes de tradition, viennoiseries pur beurre et gâteaux sur \
             commande, préparés chaque jour sur place.",
            "Spécialités du Nord : pain d'épices, cramique, craquelin et tarte au sucre.",
        ],
        services: &[
            "Pains de tradition et au levain",
            "Viennoiseries pur beurre",
            "Pièces montées et gâteaux sur commande",
            "Sandwichs et formules du midi",
        ],
        staff: STAFF_BAKERY,
        boss: Boss::Craft(("Artisan boulanger", "Artisane boulangère")),
        park_pct: 5,
        parks: &[DRONCKAERT],
        ..BASE
    },
    Activity {
        naf: "47.22Z",
        count: 2,
        names: &["Boucherie {n}", "Boucherie-Charcuterie {n}", "Boucherie du {d}"],
        label: "une boucherie-charcuterie traditionnelle",
        pitches: &[
            "Viandes issues d'élevages de la région, volailles fermières et charcuterie maison.",
            "Plats cuisinés à emporter et service traiteur pour vos fêtes de famille.",
        ],
        services: &[
            "Bœuf, veau et agneau",
            "Charcuterie maison",
            "Plats cuisinés du jour",
            "Colis barbecue",
        ],
        staff: STAFF_SHOP,
        boss: Boss::Craft(("Artisan boucher", "Artisane bouchère")),
        headcount: HC_CRAFT,
        ..BASE
    },
    Activity {
        naf: "47.73Z",
        count: 3,
        names: &[
            "Pharmacie {n}",
            "Pharmacie du {d}",
            "Pharmacie de la Mairie",
            "Grande Pharmacie de Roncq",
        ],
        label: "une pharmacie d'officine",
        pitches: &[
            "Conseil pharmaceutique, délivrance des ordonnances, vaccination et entretiens pharmaceutiques.",
            "Orthopédie, matériel médical, phytothérapie et dermocosmétique. De garde selon le \
             calendrier départemental.",
        ],
        services: &[
            "Vaccination et tests",
            "Matériel médical et orthopédie",
            "Préparation des piluliers",
            "Dermocosmétique et phytothérapie",
        ],
        staff: STAFF_PHARMACY,
        boss: Boss::Profession(("Pharmacien titulaire", "Pharmacienne titulaire")),
        forms: Some(FORMS_PHARMACY),
        park_pct: 10,
        parks: &[DRONCKAERT],
        female_owner_pct: 60,
        ..BASE
    },
    Activity {
        naf: "45.20A",
        count: 6,
        names: &[
            "Garage {n}",
            "Garage du {d}",
            "{n} Automobiles",
            "Garage {n} & Fils",
            "Auto Service {n}",
        ],
        brands: &["Roncq Auto Services", "Carrosserie du {d}"],
        label: "un garage de mécanique et de carrosserie toutes marques",
        pitches: &[
            "Entretien, révisions, pneumatiques, climatisation et diagnostic électronique pour \
             tous les véhicules légers.",
            "Véhicule de courtoisie sur réservation et prise en charge des sinistres avec votre assureur.",
        ],
        services: &[
            "Révision et vidange",
            "Pneumatiques et géométrie",
            "Carrosserie et peinture",
            "Recharge de climatisation",
            "Entretien des véhicules hybrides",
        ],
        staff: STAFF_GARAGE,
        headcount: HC_CRAFT,
        park_pct: 40,
        parks: &[DRONCKAERT, HOUSSOYE],
        female_owner_pct: 10,
        ..BASE
    },
    Activity {
        naf: "45.11Z",
        count: 2,
        names: &["{n} Automobiles", "{L} Autos", "Espace Auto du {d}"],
        label: "un distributeur automobile multimarque",
        pitches: &[
            "Véhicules neufs et d'occasion récente, reprise de votre véhicule et solutions de financement.",
            "Un atelier après-vente et la livraison à domicile dans toute la métropole.",
        ],
        services: &[
            "Véhicules neufs et d'occasion",
            "Reprise et dépôt-vente",
            "Location longue durée",
            "Atelier après-vente",
        ],
        staff: STAFF_GARAGE,
        headcount: HC_SME,
        park_pct: 90,
        parks: &[DRONCKAERT],
        founded_from: 1965,
        ..BASE
    },
    Activity {
        naf: "45.32Z",
        count: 1,
        names: &["{n} Pièces Auto", "Pièces Auto du {d}"],
        label: "un magasin de pièces et d'équipements automobiles",
        pitches: &[
            "Pièces d'origine et adaptables, batteries, huiles et accessoires, au comptoir ou livrés aux garages.",
            "Un stock de plus de 15 000 références et la livraison aux professionnels deux fois par jour.",
        ],
        staff: STAFF_SHOP,
        park_pct: 60,
        parks: &[DRONCKAERT],
        founded_from: 1975,
        ..BASE
    },
    Activity {
        naf: "47.76Z",
        count: 2,
        names: &["Fleurs {n}", "L'Atelier Floral de {p}", "Au Jardin de {p}"],
        brands: &["Les Fleurs du {d}"],
        label: "un artisan fleuriste",
        pitches: &[
            "Bouquets de saison, compositions pour les mariages et les deuils, plantes d'intérieur \
             et livraison à domicile.",
            "Des fleurs de saison, en partenariat avec les horticulteurs des Flandres.",
        ],
        services: &[
            "Bouquets de saison",
            "Décoration florale de mariages",
            "Compositions de deuil",
            "Abonnements floraux pour les entreprises",
        ],
        staff: STAFF_SHOP,
        boss: Boss::Craft(("Fleuriste", "Fleuriste")),
        headcount: HC_CRAFT,
        park_pct: 10,
        parks: &[DRONCKAERT],
        founded_from: 1970,
        female_owner_pct: 75,
        ..BASE
    },
    Activity {
        naf: "47.11D",
        count: 2,
        names: &["{n} Distribution", "Distri {L}", "Marché du {d}"],
        label: "un supermarché de proximité",
        pitches: &[
            "Produits frais, boucherie traditionnelle, fruits et légumes de producteurs locaux et drive.",
            "Ouvert du lundi au samedi sans interruption et le dimanche matin.",
        ],
        services: &[
            "Drive et livraison à domicile",
            "Boucherie et fromagerie à la coupe",
            "Produits du Nord",
            "Point relais colis",
        ],
        staff: STAFF_SHOP,
        headcount: HC_SME,
        park_pct: 50,
        parks: &[DRONCKAERT],
        founded_from: 1965,
        ..BASE
    },
    Activity {
        naf: "47.11F",
        count: 1,
        names: &["Roncq Hyper Distribution", "Dronckaert Distribution"],
        label: "un hypermarché",
        pitches: &[
            "Plus de 40 000 références, une galerie marchande, une station-service et un drive piéton.",
            "L'un des principaux employeurs de la commune, engagé auprès des producteurs de la région.",
        ],
        services: &[
            "Drive et livraison",
            "Station-service et lavage",
            "Espace culturel",
            "Produits régionaux",
        ],
        staff: STAFF_SHOP,
        headcount: HC_BIG_BOX,
        forms: Some(FORMS_LARGE),
        park_pct: 100,
        parks: &[DRONCKAERT],
        founded_from: 1968,
        ..BASE
    },
    Activity {
        naf: "47.71Z",
        count: 4,
        names: &["Boutique {p}", "{p} Mode", "Les Dressings de {p}", "Mode {n}"],
        brands: &["L'Atelier de {p}"],
        label: "une boutique de prêt-à-porter",
        pitches: &[
            "Prêt-à-porter femme et homme, accessoires et marques françaises, retouches offertes.",
            "Une sélection de créateurs du Nord et de la Belgique voisine.",
        ],
        services: &[
            "Prêt-à-porter femme",
            "Prêt-à-porter homme",
            "Accessoires et maroquinerie",
            "Retouches",
        ],
        staff: STAFF_SHOP,
        park_pct: 50,
        parks: &[DRONCKAERT],
        founded_from: 1975,
        female_owner_pct: 75,
        ..BASE
    },
    Activity {
        naf: "47.78A",
        count: 2,
        names: &["Optique {n}", "{n} Optique", "Optique du {d}"],
        label: "un opticien indépendant",
        pitches: &[
            "Lunettes de vue et solaires, lentilles de contact, examen de vue et tiers payant avec les mutuelles.",
            "Atelier de montage sur place et service à domicile pour les personnes à mobilité réduite.",
        ],
        services: &[
            "Examen de vue",
            "Lentilles de contact",
            "Lunettes pour enfants",
            "Aides auditives",
        ],
        staff: STAFF_SHOP,
        boss: Boss::Profession(("Opticien", "Opticienne")),
        park_pct: 30,
        parks: &[DRONCKAERT],
        founded_from: 1970,
        ..BASE
    },
    Activity {
        naf: "47.26Z",
        count: 2,
        names: &["Tabac Presse {n}", "Tabac du {d}", "Le Balto de Roncq"],
        label: "un bar-tabac-presse",
        pitches: &[
            "Tabac, presse, jeux, relais colis et paiement de proximité, avec un comptoir ouvert dès 6 h 30.",
            "Le rendez-vous des habitués du quartier, avec sa terrasse ensoleillée.",
        ],
        services: &["Presse et librairie", "Relais colis", "Jeux", "Paiement de proximité"],
        staff: STAFF_SHOP,
        headcount: HC_CRAFT,
        ..BASE
    },
    Activity {
        naf: "47.25Z",
        count: 1,
        names: &["Cave {n}", "La Cave du {d}", "Bières et Vins {n}"],
        label: "un caviste et une cave à bières",
        pitches: &[
            "Vins de vignerons indépendants, bières artisanales du Nord et de Belgique, spiritueux et coffrets.",
            "Dégustations le samedi et commandes groupées pour les comités d'entreprise.",
        ],
        staff: STAFF_SHOP,
        headcount: HC_CRAFT,
        park_pct: 20,
        parks: &[DRONCKAERT],
        founded_from: 1985,
        ..BASE
    },
    Activity {
        naf: "47.52B",
        count: 1,
        names: &["Bricolage du {d}", "{L} Bricolage"],
        label: "une grande surface de bricolage et de jardinage",
        pitches: &[
            "Outillage, matériaux, jardinage et décoration, avec découpe sur place et location de matériel.",
            "Un comptoir dédié aux professionnels du bâtiment, ouvert dès 7 heures.",
        ],
        services: &[
            "Découpe de bois et de verre",
            "Location de matériel",
            "Jardinerie",
            "Livraison sur chantier",
        ],
        staff: STAFF_SHOP,
        headcount: HC_SME,
        park_pct: 100,
        parks: &[DRONCKAERT],
        founded_from: 1975,
        ..BASE
    },
    Activity {
        naf: "47.59A",
        count: 2,
        names: &["Meubles {n}", "{n} Literie", "Maison {n} Ameublement", "Ameublement du {d}"],
        label: "un magasin de meubles et de literie",
        pitches: &[
            "Salons, salles à manger, literie et meubles de fabrication française, livrés et installés.",
            "Un grand magasin d'exposition et des conseillers pour vos projets d'aménagement.",
        ],
        services: &[
            "Literie et matelas",
            "Canapés et fauteuils",
            "Meubles sur mesure",
            "Livraison et installation",
        ],
        staff: STAFF_SHOP,
        park_pct: 80,
        parks: &[DRONCKAERT],
        founded_from: 1955,
        ..BASE
    },
    Activity {
        naf: "46.41Z",
        count: 2,
        names: &["{n} Textiles", "{L} Textile Négoce", "Comptoir Textile du {d}"],
        label: "un grossiste en textiles",
        pitches: &[
            "Tissus d'ameublement, linge de maison et textiles techniques pour les professionnels, \
             dans la tradition lainière de Roubaix-Tourcoing.",
            "Plus de 2 000 références en stock, expédiées sous 48 heures en France et au Benelux.",
        ],
        services: &[
            "Tissus d'ameublement",
            "Linge de maison pour l'hôtellerie",
            "Textiles techniques",
            "Échantillons sur demande",
        ],
        staff: STAFF_OFFICE,
        headcount: HC_SME,
        park_pct: 80,
        parks: &[BLANC_FOUR, PETIT_MENIN],
        ..BASE
    },
    Activity {
        naf: "46.73A",
        count: 2,
        names: &["{n} Matériaux", "{L} Matériaux", "Négoce du {d}"],
        label: "un négociant en matériaux de construction",
        pitches: &[
            "Gros œuvre, bois, isolants, menuiseries et outillage, pour les artisans et les particuliers.",
            "Livraison sur chantier par camion-grue dans toute la métropole lilloise.",
        ],
        services: &[
            "Gros œuvre et briques",
            "Bois et panneaux",
            "Isolation",
            "Livraison sur chantier",
        ],
        staff: STAFF_SHOP,
        headcount: HC_SME,
        park_pct: 90,
        parks: &[HOUSSOYE, BLANC_FOUR],
        ..BASE
    },
    Activity {
        naf: "46.39B",
        count: 2,
        names: &["{n} Alimentaire", "{L} Distribution Alimentaire", "Comptoir Alimentaire du {d}"],
        label: "un grossiste alimentaire pour la restauration",
        pitches: &[
            "Produits frais, surgelés et épicerie pour les restaurants, les cantines et les commerces de bouche.",
            "Tournées de livraison quotidiennes en France et en Belgique.",
        ],
        services: &["Produits frais", "Surgelés", "Épicerie et boissons", "Livraison quotidienne"],
        staff: STAFF_LOGISTICS,
        headcount: HC_SME,
        park_pct: 90,
        parks: &[BLANC_FOUR],
        founded_from: 1960,
        ..BASE
    },
    Activity {
        naf: "47.91B",
        count: 2,
        names: &["{L} Shop", "Boutique en Ligne {n}", "{n} Commerce"],
        label: "une entreprise de vente en ligne",
        pitches: &[
            "Articles de maison et de décoration vendus en ligne et expédiés depuis notre entrepôt roncquois.",
            "Plus de 20 000 commandes préparées chaque année, livrées en 48 heures en France et en Belgique.",
        ],
        services: &[
            "Boutique en ligne",
            "Retrait sur place",
            "Expédition en 24 heures",
            "Service client à Roncq",
        ],
        staff: STAFF_LOGISTICS,
        headcount: HC_OFFICE,
        park_pct: 70,
        parks: &[BLANC_FOUR, LATTE],
        founded_from: 1998,
        ..BASE
    },
    // Transport and logistics, next to the A22 and the border.
    Activity {
        naf: "49.41A",
        count: 8,
        names: &[
            "Transports {n}",
            "Transports {n} & Fils",
            "{L} Logistique",
            "{n} Frères Transports",
            "Transports Routiers du {d}",
            "{n} Fret",
        ],
        brands: &["{L} Express"],
        label: "une entreprise de transport routier de marchandises",
        pitches: &[
            "Lots complets et groupage en France et au Benelux, au départ de l'échangeur de l'A22, \
             à deux pas de la frontière belge.",
            "Une flotte de semi-remorques récentes aux normes Euro 6 et des conducteurs formés à l'écoconduite.",
        ],
        services: &[
            "Lots complets et partiels",
            "Groupage France et Benelux",
            "Transport sous température dirigée",
            "Suivi des envois en temps réel",
        ],
        staff: STAFF_LOGISTICS,
        headcount: HC_SME,
        park_pct: 95,
        parks: &[BLANC_FOUR],
        founded_from: 1955,
        female_owner_pct: 20,
        ..BASE
    },
    Activity {
        naf: "49.41B",
        count: 3,
        names: &["{n} Livraisons", "Navettes du {d}", "{L} Distribution Urbaine"],
        label: "une entreprise de transport et de livraison de proximité",
        pitches: &[
            "Livraisons urbaines et régionales en porteurs et véhicules utilitaires, du colis à la palette.",
            "Des tournées quotidiennes pour les commerces et les entreprises de la métropole lilloise.",
        ],
        staff: STAFF_LOGISTICS,
        headcount: HC_CRAFT,
        park_pct: 80,
        parks: &[BLANC_FOUR, HOUSSOYE],
        founded_from: 1980,
        female_owner_pct: 15,
        ..BASE
    },
    Activity {
        naf: "52.10B",
        count: 5,
        names: &[
            "{L} Logistique",
            "{n} Logistique",
            "Entrepôts du {d}",
            "{L} Stockage",
            "Plateforme Logistique {n}",
        ],
        label: "un prestataire de logistique et d'entreposage",
        pitches: &[
            "Stockage, préparation de commandes et logistique e-commerce sur une plateforme de \
             plusieurs milliers de mètres carrés, à proximité immédiate de l'A22.",
            "Cross-docking, co-packing et logistique des retours pour les enseignes du Nord et du Benelux.",
        ],
        services: &[
            "Stockage en racks et au sol",
            "Préparation de commandes",
            "Logistique e-commerce",
            "Co-packing",
            "Cross-docking",
        ],
        staff: STAFF_LOGISTICS,
        headcount: HC_PLANT,
        park_pct: 100,
        parks: &[BLANC_FOUR],
        founded_from: 1975,
        ..BASE
    },
    Activity {
        naf: "52.10A",
        count: 1,
        names: &["{L} Froid Logistique", "Entrepôts Frigorifiques {n}"],
        label: "un entrepôt frigorifique",
        pitches: &[
            "Stockage sous température dirigée, frais et surgelé, pour l'industrie agroalimentaire régionale.",
            "Quais réfrigérés et traçabilité complète des lots.",
        ],
        staff: STAFF_LOGISTICS,
        headcount: HC_PLANT,
        park_pct: 100,
        parks: &[BLANC_FOUR],
        founded_from: 1980,
        ..BASE
    },
    Activity {
        naf: "52.29B",
        count: 3,
        names: &["{n} Affrètement", "{L} Freight", "Transit {n}"],
        label: "un commissionnaire de transport",
        pitches: &[
            "Organisation de transports routiers, maritimes et aériens, formalités douanières et \
             conseil à l'export.",
            "Le partenaire des PME du Nord pour leurs flux vers la Belgique, les Pays-Bas et le Royaume-Uni.",
        ],
        services: &[
            "Affrètement routier",
            "Dédouanement",
            "Fret maritime et aérien",
            "Conseil en Incoterms",
        ],
        staff: STAFF_LOGISTICS,
        headcount: HC_OFFICE,
        park_pct: 70,
        parks: &[BLANC_FOUR, LATTE],
        founded_from: 1970,
        ..BASE
    },
    Activity {
        naf: "52.29A",
        count: 2,
        names: &["{L} Express Messagerie", "{n} Messagerie", "Messagerie du {d}"],
        label: "une société de messagerie et de fret express",
        pitches: &[
            "Collecte et livraison de colis et de palettes en 24 heures dans toute la France.",
            "Un quai de tri ouvert dès l'aube pour des départs quotidiens vers toute la France.",
        ],
        staff: STAFF_LOGISTICS,
        headcount: HC_PLANT,
        park_pct: 100,
        parks: &[BLANC_FOUR],
        founded_from: 1975,
        ..BASE
    },
    Activity {
        naf: "49.42Z",
        count: 1,
        names: &["Déménagements {n}", "{L} Déménagement"],
        label: "une entreprise de déménagement",
        pitches: &[
            "Déménagements de particuliers et transferts d'entreprises, garde-meubles et monte-meubles.",
            "Devis gratuit après visite technique.",
        ],
        staff: STAFF_LOGISTICS,
        headcount: HC_CRAFT,
        park_pct: 70,
        parks: &[BLANC_FOUR],
        founded_from: 1970,
        female_owner_pct: 15,
        ..BASE
    },
    Activity {
        naf: "49.32Z",
        count: 2,
        names: &["Taxi {n}", "Taxi du {d}", "Taxis de Roncq"],
        label: "un taxi conventionné",
        pitches: &[
            "Toutes distances, gares et aéroports de Lille, Bruxelles et Charleroi.",
            "Taxi conventionné par l'Assurance maladie pour les transports médicaux assis.",
        ],
        staff: STAFF_LOGISTICS,
        boss: Boss::Craft(("Chauffeur de taxi", "Chauffeuse de taxi")),
        headcount: HC_SOLO,
        founded_from: 1990,
        female_owner_pct: 20,
        ..BASE
    },
    Activity {
        naf: "45.20B",
        count: 1,
        names: &["{n} Poids Lourds", "Garage Poids Lourds du {d}", "{L} Truck Services"],
        label: "un atelier de réparation de poids lourds",
        pitches: &[
            "Entretien et réparation de poids lourds, remorques et utilitaires, à deux minutes de l'A22.",
            "Atelier ouvert six jours sur sept pour réduire l'immobilisation des flottes.",
        ],
        staff: STAFF_GARAGE,
        headcount: HC_SME,
        park_pct: 90,
        parks: &[BLANC_FOUR],
        founded_from: 1975,
        female_owner_pct: 8,
        ..BASE
    },
    // Textile, the town's heritage.
    Activity {
        naf: "13.92Z",
        count: 3,
        names: &[
            "Atelier Textile du {d}",
            "{n} Textiles de Maison",
            "Confection Textile {n}",
            "{L} Linge",
        ],
        label: "un fabricant d'articles textiles",
        pitches: &[
            "Linge de maison, rideaux et textiles d'ameublement confectionnés dans la tradition \
             textile de Roncq et de Tourcoing.",
            "Du prototype à la série, pour les marques et les professionnels de l'hôtellerie.",
        ],
        services: &[
            "Linge de maison",
            "Rideaux et voilages",
            "Housses et coussins",
            "Marquage et personnalisation",
        ],
        staff: STAFF_TEXTILE,
        headcount: HC_SME,
        park_pct: 85,
        parks: &[PETIT_MENIN, PETIT_MENIN, HOUSSOYE],
        ..BASE
    },
    Activity {
        naf: "13.30Z",
        count: 2,
        names: &["Teinturerie {n}", "Ennoblissement du {d}", "{n} Apprêts"],
        label: "une entreprise d'ennoblissement textile",
        pitches: &[
            "Teinture, impression et apprêts techniques sur étoffes, pour les tisseurs et \
             confectionneurs de la région et de Belgique.",
            "Un savoir-faire industriel hérité des grandes heures du textile roubaisien et tourquennois.",
        ],
        services: &[
            "Teinture en pièce",
            "Impression numérique",
            "Apprêts déperlants et ignifuges",
            "Contrôle qualité en laboratoire",
        ],
        staff: STAFF_TEXTILE,
        headcount: HC_PLANT,
        park_pct: 85,
        parks: &[PETIT_MENIN],
        ..BASE
    },
    Activity {
        naf: "13.20Z",
        count: 1,
        names: &["Tissage {n}", "Tissage du {d}"],
        label: "un tissage",
        pitches: &[
            "Jacquards, velours et tissus techniques tissés sur des métiers modernes.",
            "Une entreprise familiale qui perpétue le savoir-faire des tisserands du Ferrain.",
        ],
        staff: STAFF_TEXTILE,
        headcount: HC_PLANT,
        park_pct: 90,
        parks: &[PETIT_MENIN],
        ..BASE
    },
    Activity {
        naf: "14.13Z",
        count: 2,
        names: &["Confection {n}", "Atelier {p}", "Ateliers de Confection du {d}"],
        label: "un atelier de confection",
        pitches: &[
            "Vêtements en petites séries pour des marques attachées à la fabrication française.",
            "Patronage, gradation, coupe et montage réalisés dans notre atelier.",
        ],
        services: &[
            "Patronage et gradation",
            "Prototypes",
            "Petites séries",
            "Retouches professionnelles",
        ],
        staff: STAFF_TEXTILE,
        headcount: HC_CRAFT,
        park_pct: 60,
        parks: &[PETIT_MENIN, HOUSSOYE],
        founded_from: 1970,
        female_owner_pct: 70,
        ..BASE
    },
    // Industry.
    Activity {
        naf: "25.62B",
        count: 3,
        names: &["Mécanique {n}", "{n} Usinage", "{L} Mécanique de Précision", "Ateliers {n}"],
        label: "une entreprise de mécanique industrielle et d'usinage",
        pitches: &[
            "Usinage de précision, tournage et fraisage à commande numérique, de la pièce unitaire à la série.",
            "Un parc de machines cinq axes au service du ferroviaire, de l'aéronautique et de la machine spéciale.",
        ],
        services: &[
            "Tournage et fraisage à commande numérique",
            "Usinage cinq axes",
            "Montage de sous-ensembles",
            "Contrôle tridimensionnel",
        ],
        staff: STAFF_INDUSTRY,
        headcount: HC_PLANT,
        park_pct: 90,
        parks: &[PETIT_MENIN, PETIT_MENIN, BLANC_FOUR],
        founded_from: 1955,
        female_owner_pct: 15,
        ..BASE
    },
    Activity {
        naf: "25.11Z",
        count: 2,
        names: &["{n} Métal", "Charpente Métallique {n}", "Constructions Métalliques du {d}"],
        label: "une entreprise de construction métallique",
        pitches: &[
            "Conception, fabrication et montage de charpentes métalliques, bâtiments industriels et mezzanines.",
            "Un bureau d'études intégré et un atelier de soudure certifié.",
        ],
        staff: STAFF_INDUSTRY,
        headcount: HC_PLANT,
        park_pct: 90,
        parks: &[PETIT_MENIN, BLANC_FOUR],
        founded_from: 1960,
        female_owner_pct: 12,
        ..BASE
    },
    Activity {
        naf: "18.12Z",
        count: 2,
        names: &["Imprimerie {n}", "Imprimerie du {d}", "{L} Impression"],
        label: "une imprimerie",
        pitches: &[
            "Impression offset et numérique, de la carte de visite au catalogue, avec façonnage sur place.",
            "Papiers certifiés et encres végétales pour des imprimés plus respectueux de l'environnement.",
        ],
        services: &[
            "Impression offset",
            "Impression numérique grand format",
            "Façonnage et reliure",
            "Signalétique",
        ],
        staff: STAFF_INDUSTRY,
        headcount: HC_SME,
        park_pct: 80,
        parks: &[HOUSSOYE, PETIT_MENIN],
        ..BASE
    },
    Activity {
        naf: "10.82Z",
        count: 1,
        names: &["Chocolaterie {n}", "Les Chocolats du {d}"],
        label: "une chocolaterie artisanale",
        pitches: &[
            "Chocolats, pralines et confiseries fabriqués dans notre atelier, dont des spécialités du Nord.",
            "Coffrets personnalisés pour les cadeaux d'entreprise et les fêtes de fin d'année.",
        ],
        staff: STAFF_BAKERY,
        boss: Boss::Craft(("Artisan chocolatier", "Artisane chocolatière")),
        headcount: HC_CRAFT,
        park_pct: 60,
        parks: &[HOUSSOYE],
        founded_from: 1980,
        ..BASE
    },
    Activity {
        naf: "10.85Z",
        count: 1,
        names: &["{L} Saveurs", "Cuisines du {d}", "{n} Gourmet"],
        label: "un fabricant de plats cuisinés",
        pitches: &[
            "Plats cuisinés, soupes et sauces pour la restauration collective et la distribution régionale.",
            "Des recettes du terroir nordiste, élaborées avec des légumes cultivés dans les Flandres.",
        ],
        staff: STAFF_FOOD_PLANT,
        headcount: HC_PLANT,
        park_pct: 90,
        parks: &[PETIT_MENIN, BLANC_FOUR],
        founded_from: 1985,
        ..BASE
    },
    Activity {
        naf: "11.05Z",
        count: 1,
        names: &["Brasserie {n}", "Brasserie du {d}", "Brasserie {L}"],
        label: "une microbrasserie artisanale",
        pitches: &[
            "Bières blondes, ambrées et de saison brassées à Roncq avec des malts et du houblon des Flandres.",
            "Visites de la brasserie et dégustations le samedi, sur réservation.",
        ],
        services: &[
            "Bières en bouteilles et en fûts",
            "Location de tireuses",
            "Visites et dégustations",
            "Cuvées personnalisées",
        ],
        staff: STAFF_FOOD_PLANT,
        boss: Boss::Craft(("Brasseur", "Brasseuse")),
        headcount: HC_CRAFT,
        park_pct: 50,
        parks: &[HOUSSOYE, PETIT_MENIN],
        founded_from: 2008,
        ..BASE
    },
    Activity {
        naf: "22.22Z",
        count: 1,
        names: &["{L} Plastiques", "{n} Emballages", "Plasturgie du {d}"],
        label: "un fabricant d'emballages plastiques",
        pitches: &[
            "Injection et thermoformage d'emballages pour l'alimentaire, la cosmétique et l'industrie.",
            "Une démarche d'écoconception, avec une part croissante de matières recyclées.",
        ],
        staff: STAFF_INDUSTRY,
        headcount: HC_PLANT,
        park_pct: 100,
        parks: &[PETIT_MENIN, BLANC_FOUR],
        founded_from: 1970,
        ..BASE
    },
    Activity {
        naf: "17.21A",
        count: 1,
        names: &["Cartonnages {n}", "{L} Emballages Carton", "Cartonnerie du {d}"],
        label: "une cartonnerie",
        pitches: &[
            "Caisses en carton ondulé, calages et emballages sur mesure pour la logistique et l'industrie.",
            "Du prototype à la série, avec impression flexographique intégrée.",
        ],
        staff: STAFF_INDUSTRY,
        headcount: HC_PLANT,
        park_pct: 100,
        parks: &[PETIT_MENIN, BLANC_FOUR],
        founded_from: 1960,
        ..BASE
    },
    Activity {
        naf: "33.12Z",
        count: 2,
        names: &["{n} Maintenance", "{L} Maintenance Industrielle", "{n} Hydraulique"],
        label: "une entreprise de maintenance industrielle",
        pitches: &[
            "Maintenance préventive et curative de machines de production, hydraulique, \
             pneumatique et automatismes.",
            "Des techniciens d'astreinte auprès des industriels de la métropole et du Courtraisis.",
        ],
        staff: STAFF_INDUSTRY,
        headcount: HC_SME,
        park_pct: 80,
        parks: &[PETIT_MENIN, HOUSSOYE, BLANC_FOUR],
        founded_from: 1975,
        female_owner_pct: 12,
        ..BASE
    },
    Activity {
        naf: "31.09B",
        count: 1,
        names: &["Ébénisterie {n}", "Atelier du Meuble {n}", "{L} Agencement"],
        label: "un atelier d'ébénisterie et d'agencement",
        pitches: &[
            "Meubles et agencements sur mesure pour les particuliers, les boutiques et les bureaux.",
            "Des bois issus de forêts gérées durablement et des finitions réalisées à la main.",
        ],
        staff: STAFF_TRADES,
        boss: Boss::Craft(("Ébéniste", "Ébéniste")),
        headcount: HC_CRAFT,
        park_pct: 60,
        parks: &[HOUSSOYE],
        founded_from: 1970,
        ..BASE
    },
    Activity {
        naf: "38.32Z",
        count: 1,
        names: &["{n} Recyclage", "{L} Recyclage", "Récupération du {d}"],
        label: "une entreprise de recyclage et de valorisation des déchets",
        pitches: &[
            "Collecte, tri et valorisation des métaux, cartons, bois et déchets industriels.",
            "Location de bennes et solutions de tri sur site pour les entreprises et les chantiers.",
        ],
        staff: STAFF_LOGISTICS,
        headcount: HC_SME,
        park_pct: 100,
        parks: &[BLANC_FOUR, PETIT_MENIN],
        founded_from: 1965,
        female_owner_pct: 15,
        ..BASE
    },
    // Services to businesses.
    Activity {
        naf: "62.02A",
        count: 6,
        names: &[
            "{L} Digital",
            "{L} Numérique",
            "{n} Informatique",
            "{L} Data Conseil",
            "Cabinet {n} Systèmes",
        ],
        label: "une société de conseil en systèmes d'information",
        pitches: &[
            "Conseil, intégration et infogérance pour les PME : cloud, cybersécurité et accompagnement des équipes.",
            "Des ingénieurs et des techniciens basés à Roncq, à moins de vingt minutes de Lille et de Courtrai.",
        ],
        services: &[
            "Audit de sécurité informatique",
            "Migration vers le cloud",
            "Infogérance et support",
            "Transformation numérique",
            "Sauvegarde et plan de reprise d'activité",
        ],
        staff: STAFF_IT,
        headcount: HC_OFFICE,
        park_pct: 55,
        parks: &[LATTE],
        founded_from: 1985,
        ..BASE
    },
    Activity {
        naf: "62.01Z",
        count: 4,
        names: &["{L} Software", "{n} Développement", "Studio {L}", "{L} Applications"],
        label: "un studio de développement logiciel",
        pitches: &[
            "Applications web et mobiles sur mesure, développées en Rust, TypeScript et Kotlin.",
            "Des projets menés en méthode agile, de l'atelier de conception à la maintenance.",
        ],
        services: &[
            "Applications web",
            "Applications mobiles",
            "Sites internet et e-commerce",
            "Maintenance applicative",
            "Accessibilité numérique",
        ],
        staff: STAFF_IT,
        headcount: HC_OFFICE,
        park_pct: 50,
        parks: &[LATTE],
        founded_from: 1995,
        ..BASE
    },
    Activity {
        naf: "95.11Z",
        count: 1,
        names: &["{n} Informatique Services", "Dépannage Informatique du {d}", "{L} PC Services"],
        label: "un atelier de réparation informatique",
        pitches: &[
            "Réparation d'ordinateurs, de tablettes et de smartphones, récupération de données et \
             assistance à domicile.",
            "Ordinateurs reconditionnés garantis un an.",
        ],
        staff: STAFF_IT,
        boss: Boss::Craft(("Technicien informatique", "Technicienne informatique")),
        headcount: HC_SOLO,
        park_pct: 20,
        parks: &[LATTE],
        founded_from: 1995,
        ..BASE
    },
    Activity {
        naf: "69.20Z",
        count: 5,
        names: &[
            "Cabinet Comptable {n}",
            "{n} Expertise Comptable",
            "{n} & {m} Associés",
            "Fiduciaire du {d}",
            "{L} Audit et Conseil",
        ],
        label: "un cabinet d'expertise comptable",
        pitches: &[
            "Comptabilité, bilans, fiscalité, paie et conseil juridique pour les artisans, \
             commerçants, professions libérales et PME.",
            "Un expert-comptable dédié et des outils en ligne pour suivre votre activité au quotidien.",
        ],
        services: &[
            "Comptabilité et bilans",
            "Gestion de la paie",
            "Création et reprise d'entreprise",
            "Conseil fiscal",
            "Prévisionnels et tableaux de bord",
        ],
        staff: STAFF_ACCOUNTING,
        boss: Boss::Profession(("Expert-comptable", "Experte-comptable")),
        headcount: HC_OFFICE,
        park_pct: 50,
        parks: &[LATTE],
        founded_from: 1960,
        female_owner_pct: 45,
        ..BASE
    },
    Activity {
        naf: "69.10Z",
        count: 2,
        names: &["Cabinet {n} Avocats", "{n} & {m} Avocats"],
        label: "un cabinet d'avocats",
        pitches: &[
            "Conseil et contentieux en droit des affaires, droit social et droit immobilier, pour \
             les entreprises et les particuliers.",
            "Inscrits au barreau de Lille, nous plaidons devant toutes les juridictions de la région.",
        ],
        services: &[
            "Droit des sociétés",
            "Droit du travail",
            "Baux commerciaux",
            "Recouvrement de créances",
        ],
        staff: STAFF_LAW,
        boss: Boss::Profession(("Avocat associé", "Avocate associée")),
        headcount: HC_OFFICE,
        park_pct: 30,
        parks: &[LATTE],
        founded_from: 1970,
        ..BASE
    },
    Activity {
        naf: "71.11Z",
        count: 4,
        names: &[
            "Atelier d'Architecture {n}",
            "{n} Architectes",
            "{n} & {m} Architectes",
            "Agence {L} Architecture",
        ],
        label: "une agence d'architecture",
        pitches: &[
            "Logements, bâtiments d'activité et équipements publics, du permis de construire au suivi de chantier.",
            "Une attention particulière à la brique, matériau emblématique du Nord, et à la sobriété énergétique.",
        ],
        services: &[
            "Maisons individuelles et extensions",
            "Bâtiments industriels et tertiaires",
            "Réhabilitation de maisons de ville",
            "Permis de construire",
            "Suivi de chantier",
        ],
        staff: STAFF_ARCHI,
        boss: Boss::Profession(("Architecte", "Architecte")),
        headcount: HC_OFFICE,
        park_pct: 40,
        parks: &[LATTE],
        founded_from: 1970,
        female_owner_pct: 40,
        ..BASE
    },
    Activity {
        naf: "71.12B",
        count: 3,
        names: &["{n} Ingénierie", "Bureau d'Études {n}", "{L} Ingénierie"],
        label: "un bureau d'études techniques",
        pitches: &[
            "Études de structure, de thermique et de fluides pour les bâtiments neufs et la rénovation.",
            "Diagnostics énergétiques, études réglementaires et accompagnement des maîtres d'ouvrage.",
        ],
        staff: STAFF_ARCHI,
        headcount: HC_OFFICE,
        park_pct: 60,
        parks: &[LATTE],
        founded_from: 1975,
        ..BASE
    },
    Activity {
        naf: "73.11Z",
        count: 2,
        names: &["Agence {L}", "{L} Communication", "{n} Communication"],
        label: "une agence de communication et de publicité",
        pitches: &[
            "Identité visuelle, sites internet, campagnes publicitaires et réseaux sociaux pour \
             les entreprises et les collectivités.",
            "Des créatifs et des stratèges réunis autour d'un objectif : rendre votre marque visible.",
        ],
        services: &[
            "Identité visuelle",
            "Sites internet",
            "Campagnes publicitaires",
            "Réseaux sociaux",
        ],
        headcount: HC_OFFICE,
        park_pct: 50,
        parks: &[LATTE],
        founded_from: 1985,
        female_owner_pct: 45,
        ..BASE
    },
    Activity {
        naf: "74.10Z",
        count: 1,
        names: &["Studio {n} Design", "{L} Design", "Atelier de Design {n}"],
        label: "un studio de design graphique et produit",
        pitches: &[
            "Chartes graphiques, packaging et design de produits pour les marques de la région.",
            "Un regard neuf sur vos produits, du croquis au prototype.",
        ],
        headcount: HC_SOLO,
        park_pct: 40,
        parks: &[LATTE],
        founded_from: 1990,
        female_owner_pct: 50,
        ..BASE
    },
    Activity {
        naf: "74.20Z",
        count: 1,
        names: &["Studio Photo {n}", "{p} Photographie", "{L} Images"],
        label: "un studio de photographie",
        pitches: &[
            "Portraits, mariages, photographie culinaire et reportages d'entreprise.",
            "Studio de prise de vue sur rendez-vous et retouches professionnelles.",
        ],
        boss: Boss::Craft(("Photographe", "Photographe")),
        headcount: HC_SOLO,
        park_pct: 20,
        parks: &[LATTE],
        founded_from: 1980,
        female_owner_pct: 45,
        ..BASE
    },
    Activity {
        naf: "70.22Z",
        count: 4,
        names: &["{n} Conseil", "{L} Conseil", "{n} & {m} Partenaires", "Cabinet {n}"],
        label: "un cabinet de conseil en gestion et en stratégie",
        pitches: &[
            "Accompagnement des dirigeants de PME : stratégie, organisation, financement et transmission.",
            "Des consultants issus de l'industrie et de la distribution, au plus près des réalités du terrain.",
        ],
        services: &[
            "Stratégie et développement",
            "Recherche de financements",
            "Transmission et reprise",
            "Organisation et amélioration continue",
        ],
        boss: Boss::Craft(("Consultant", "Consultante")),
        headcount: HC_OFFICE,
        park_pct: 50,
        parks: &[LATTE],
        founded_from: 1985,
        ..BASE
    },
    Activity {
        naf: "78.20Z",
        count: 2,
        names: &["{L} Intérim", "{n} Intérim", "Intérim du {d}"],
        label: "une agence d'emploi et de travail temporaire",
        pitches: &[
            "Intérim, CDD et CDI dans la logistique, le bâtiment, l'industrie et le tertiaire.",
            "Une agence de proximité qui connaît les entreprises du territoire et leurs besoins.",
        ],
        staff: STAFF_HR,
        park_pct: 50,
        parks: &[LATTE, DRONCKAERT],
        founded_from: 1980,
        ..BASE
    },
    Activity {
        naf: "66.22Z",
        count: 3,
        names: &["Assurances {n}", "Cabinet {n} Assurances", "{L} Courtage"],
        label: "un cabinet d'assurances",
        pitches: &[
            "Habitation, automobile, flotte, responsabilité civile et prévoyance, pour les \
             particuliers et les professionnels.",
            "Un interlocuteur unique pour comparer les offres et suivre vos sinistres.",
        ],
        boss: Boss::Craft(("Agent général d'assurances", "Agente générale d'assurances")),
        park_pct: 20,
        parks: &[LATTE],
        founded_from: 1960,
        ..BASE
    },
    Activity {
        naf: "80.10Z",
        count: 1,
        names: &["{L} Sécurité", "{n} Gardiennage", "Sécurité du {d}"],
        label: "une entreprise de sécurité privée",
        pitches: &[
            "Gardiennage de sites, rondes de surveillance, télésurveillance et sécurité d'événements.",
            "Des agents qualifiés, titulaires de la carte professionnelle.",
        ],
        staff: STAFF_SECURITY,
        headcount: HC_SME,
        park_pct: 60,
        parks: &[LATTE, BLANC_FOUR],
        founded_from: 1985,
        ..BASE
    },
    Activity {
        naf: "81.21Z",
        count: 5,
        names: &["{L} Propreté", "{n} Nettoyage", "{L} Services Nettoyage", "Propreté du {d}"],
        label: "une entreprise de propreté",
        pitches: &[
            "Entretien de bureaux, de commerces et de parties communes, nettoyage de vitres et \
             remise en état après travaux.",
            "Des équipes stables et formées, et des produits écolabellisés.",
        ],
        services: &[
            "Nettoyage de bureaux",
            "Entretien de copropriétés",
            "Nettoyage de vitres",
            "Remise en état après chantier",
        ],
        staff: STAFF_CLEANING,
        headcount: HC_SME,
        park_pct: 60,
        parks: &[HOUSSOYE, LATTE],
        founded_from: 1975,
        ..BASE
    },
    Activity {
        naf: "81.22Z",
        count: 1,
        names: &["{n} Nettoyage Industriel", "{L} Hygiène Industrielle"],
        label: "une entreprise de nettoyage industriel",
        pitches: &[
            "Nettoyage de sites industriels et logistiques, cryogénie, hydrocurage et désinfection.",
            "Interventions de nuit et le week-end pour ne pas interrompre la production.",
        ],
        staff: STAFF_CLEANING,
        headcount: HC_SME,
        park_pct: 80,
        parks: &[HOUSSOYE, PETIT_MENIN],
        founded_from: 1980,
        ..BASE
    },
    Activity {
        naf: "77.32Z",
        count: 1,
        names: &["{L} Location", "{n} Loc", "Location Matériel du {d}"],
        label: "un loueur de matériel pour le bâtiment",
        pitches: &[
            "Mini-pelles, nacelles, échafaudages et outillage, avec ou sans opérateur.",
            "Livraison sur chantier et agence ouverte dès 7 heures.",
        ],
        staff: STAFF_LOGISTICS,
        park_pct: 90,
        parks: &[HOUSSOYE, BLANC_FOUR],
        founded_from: 1980,
        ..BASE
    },
    Activity {
        naf: "82.11Z",
        count: 1,
        names: &["{L} Business Center", "Bureaux du {d}", "{n} Secrétariat"],
        label: "un centre d'affaires et de domiciliation",
        pitches: &[
            "Domiciliation d'entreprises, bureaux à la carte, salles de réunion et secrétariat externalisé.",
            "Un espace de travail partagé lumineux, à deux minutes de l'A22.",
        ],
        headcount: HC_SOLO,
        park_pct: 80,
        parks: &[LATTE],
        founded_from: 1995,
        ..BASE
    },
    Activity {
        naf: "68.31Z",
        count: 4,
        names: &[
            "{n} Immobilier",
            "Agence Immobilière du {d}",
            "{L} Immobilier",
            "Cabinet {n} Immobilier",
        ],
        label: "une agence immobilière",
        pitches: &[
            "Vente, location et gestion locative de maisons, d'appartements et de locaux \
             professionnels à Roncq et dans le Ferrain.",
            "Estimation gratuite de votre bien par un conseiller qui connaît chaque quartier.",
        ],
        services: &[
            "Vente de maisons et d'appartements",
            "Location et gestion locative",
            "Immobilier d'entreprise",
            "Estimations gratuites",
        ],
        staff: STAFF_REALTY,
        park_pct: 15,
        parks: &[LATTE],
        founded_from: 1970,
        female_owner_pct: 45,
        ..BASE
    },
    Activity {
        naf: "68.20B",
        count: 3,
        names: &["SCI du {d}", "SCI {n} Immobilier", "SCI Les Tisserands", "SCI {n} Patrimoine"],
        label: "une société civile immobilière",
        pitches: &[
            "Propriétaire de locaux d'activité loués à des entreprises du territoire.",
            "Cellules artisanales et bureaux disponibles à la location.",
        ],
        headcount: HC_NONE,
        forms: Some(FORMS_SCI),
        park_pct: 40,
        parks: &[BLANC_FOUR, LATTE, PETIT_MENIN],
        founded_from: 1985,
        ..BASE
    },
    Activity {
        naf: "68.32A",
        count: 1,
        names: &["Syndic {n}", "{L} Gestion Immobilière", "Cabinet {n} Gérance"],
        label: "un cabinet de syndic et d'administration de biens",
        pitches: &[
            "Syndic de copropriété et gestion locative pour les propriétaires de la métropole lilloise.",
            "Un gestionnaire attitré par immeuble et un extranet pour suivre vos comptes.",
        ],
        staff: STAFF_REALTY,
        park_pct: 30,
        parks: &[LATTE],
        founded_from: 1975,
        ..BASE
    },
    Activity {
        naf: "85.59A",
        count: 4,
        names: &[
            "{L} Formation",
            "{n} Formation",
            "Institut de Formation du {d}",
            "{L} Compétences",
        ],
        label: "un organisme de formation professionnelle",
        pitches: &[
            "Formations certifiantes en sécurité, management, bureautique et conduite d'engins, \
             finançables par le CPF et les opérateurs de compétences.",
            "Organisme certifié Qualiopi, avec des sessions inter et intra-entreprises.",
        ],
        services: &[
            "Conduite d'engins et sécurité au travail",
            "Management",
            "Bureautique et numérique",
            "Sauveteur secouriste du travail",
        ],
        staff: STAFF_TRAINING,
        headcount: HC_OFFICE,
        forms: Some(FORMS_TRAINING),
        park_pct: 60,
        parks: &[LATTE],
        founded_from: 1980,
        female_owner_pct: 50,
        ..BASE
    },
    Activity {
        naf: "85.53Z",
        count: 2,
        names: &["Auto-École {n}", "Auto-École du {d}", "{L} Conduite"],
        label: "une auto-école",
        pitches: &[
            "Permis B, conduite accompagnée, permis moto et code de la route, en boîte manuelle ou automatique.",
            "Des moniteurs diplômés et des leçons au départ de Roncq, de Tourcoing ou d'Halluin.",
        ],
        staff: STAFF_DRIVING,
        headcount: HC_CRAFT,
        founded_from: 1965,
        ..BASE
    },
    // Restaurants and hotels.
    Activity {
        naf: "56.10A",
        count: 8,
        names: &[
            "Restaurant {n}",
            "Le Bistrot du {d}",
            "L'Estaminet de {p}",
            "La Table de {p}",
            "Le Relais du {d}",
        ],
        brands: &["L'Estaminet du {d}", "Le Comptoir du {d}", "Chez {p}"],
        label: "un restaurant de cuisine traditionnelle",
        pitches: &[
            "Cuisine de saison et spécialités flamandes : carbonade, welsh, potjevleesch et waterzoï.",
            "Menu du jour le midi, salle pour les repas de groupe et terrasse aux beaux jours.",
        ],
        services: &[
            "Menu du jour",
            "Repas d'affaires",
            "Privatisation pour les groupes",
            "Plats à emporter",
        ],
        staff: STAFF_RESTAURANT,
        boss: Boss::Craft(("Restaurateur", "Restauratrice")),
        park_pct: 15,
        parks: &[DRONCKAERT, LATTE],
        founded_from: 1960,
        ..BASE
    },
    Activity {
        naf: "56.10C",
        count: 3,
        names: &["Friterie {n}", "Snack du {d}", "{L} Burger"],
        brands: &["La Frite du {d}", "Friterie de la Place"],
        label: "une friterie et restauration rapide",
        pitches: &[
            "Frites fraîches cuites à la graisse de bœuf, fricadelles, burgers maison et sauces à volonté.",
            "Sur place, à emporter ou en livraison, du mardi au dimanche.",
        ],
        staff: STAFF_RESTAURANT,
        headcount: HC_CRAFT,
        park_pct: 40,
        parks: &[DRONCKAERT],
        founded_from: 1970,
        ..BASE
    },
    Activity {
        naf: "56.30Z",
        count: 3,
        names: &["Café {n}", "Le Café du {d}", "Estaminet {n}", "Café de la Place"],
        label: "un café-estaminet",
        pitches: &[
            "Bières belges et du Nord à la pression, petite restauration, fléchettes et javelot, \
             tradition flamande oblige.",
            "Retransmissions sportives et concerts un vendredi par mois.",
        ],
        staff: STAFF_RESTAURANT,
        boss: Boss::Craft(("Cafetier", "Cafetière")),
        headcount: HC_CRAFT,
        ..BASE
    },
    Activity {
        naf: "56.21Z",
        count: 2,
        names: &["{n} Traiteur", "Traiteur du {d}", "{L} Réceptions"],
        label: "un traiteur pour les particuliers et les entreprises",
        pitches: &[
            "Cocktails, buffets, plateaux-repas et repas de mariage, livrés et servis dans toute la métropole.",
            "Une cuisine faite maison à partir de produits frais et locaux.",
        ],
        services: &[
            "Plateaux-repas livrés",
            "Cocktails d'entreprise",
            "Mariages et réceptions",
            "Buffets",
        ],
        staff: STAFF_RESTAURANT,
        park_pct: 40,
        parks: &[HOUSSOYE],
        founded_from: 1970,
        ..BASE
    },
    Activity {
        naf: "55.10Z",
        count: 1,
        names: &["Hôtel {n}", "Hôtel du {d}", "{L} Hôtel"],
        label: "un hôtel d'affaires",
        pitches: &[
            "Soixante chambres, salles de séminaire et restaurant, à la sortie de l'A22 entre Lille et la Belgique.",
            "Parking gratuit pour voitures et poids lourds, petit-déjeuner dès 6 heures.",
        ],
        staff: STAFF_HOTEL,
        headcount: HC_SME,
        park_pct: 100,
        parks: &[BLANC_FOUR],
        founded_from: 1985,
        ..BASE
    },
    // Personal services.
    Activity {
        naf: "96.02A",
        count: 8,
        names: &[
            "Salon {p}",
            "{p} Coiffure",
            "Coiffure {n}",
            "L'Atelier de {p}",
            "Coiffure du {d}",
        ],
        brands: &["Studio {p}", "L'Instant Coiffure"],
        label: "un salon de coiffure mixte",
        pitches: &[
            "Coupes, couleurs, balayages et soins pour femmes, hommes et enfants, avec ou sans rendez-vous.",
            "Produits professionnels et coloration végétale, dans un salon chaleureux.",
        ],
        services: &[
            "Coupes femmes, hommes et enfants",
            "Colorations végétales",
            "Barbier",
            "Coiffures de mariée",
        ],
        staff: STAFF_BEAUTY,
        boss: Boss::Craft(("Coiffeur", "Coiffeuse")),
        headcount: HC_CRAFT,
        park_pct: 10,
        parks: &[DRONCKAERT],
        founded_from: 1970,
        female_owner_pct: 70,
        ..BASE
    },
    Activity {
        naf: "96.02B",
        count: 3,
        names: &["Institut {p}", "Beauté du {d}", "L'Atelier Beauté de {p}"],
        label: "un institut de beauté",
        pitches: &[
            "Soins du visage et du corps, épilations, manucure et beauté des pieds.",
            "Un lieu chaleureux pour prendre soin de soi, avec des produits de fabrication française.",
        ],
        staff: STAFF_BEAUTY,
        boss: Boss::Craft(("Esthéticien", "Esthéticienne")),
        headcount: HC_SOLO,
        park_pct: 10,
        parks: &[DRONCKAERT],
        founded_from: 1985,
        female_owner_pct: 90,
        ..BASE
    },
    Activity {
        naf: "93.13Z",
        count: 1,
        names: &["{L} Fitness", "Salle de Sport du {d}", "{L} Forme"],
        label: "une salle de sport et de remise en forme",
        pitches: &[
            "Musculation, cardio, cours collectifs et coaching personnalisé, ouvert sept jours sur sept.",
            "Des formules pour les salariés des entreprises voisines.",
        ],
        staff: STAFF_SPORT,
        park_pct: 80,
        parks: &[DRONCKAERT],
        founded_from: 2005,
        ..BASE
    },
    Activity {
        naf: "88.91A",
        count: 1,
        names: &["Micro-Crèche {L}", "Les P'tits Loups du {d}", "Crèche Les Lutins du {d}"],
        label: "une micro-crèche",
        pitches: &[
            "Accueil des enfants de dix semaines à trois ans, en petits groupes et avec des \
             horaires adaptés aux parents qui travaillent.",
            "Des places réservées aux salariés des entreprises partenaires.",
        ],
        staff: STAFF_CARE,
        forms: Some(FORMS_CHILDCARE),
        park_pct: 50,
        parks: &[LATTE],
        founded_from: 2005,
        female_owner_pct: 90,
        ..BASE
    },
    Activity {
        naf: "94.99Z",
        count: 1,
        names: &[
            "Les Vitrines de Roncq",
            "Club des Entreprises du {d}",
            "Union des Commerçants du {d}",
        ],
        label: "une association de commerçants et d'entrepreneurs",
        pitches: &[
            "Animations commerciales, braderie annuelle et marché de Noël, au service des \
             commerçants et artisans de la commune.",
            "Adhésion ouverte à toute entreprise installée à Roncq.",
        ],
        staff: STAFF_ASSOC,
        headcount: HC_SOLO,
        forms: Some(FORMS_ASSOCIATION),
        founded_from: 1980,
        ..BASE
    },
    // Health.
    Activity {
        naf: "86.90E",
        count: 3,
        names: &["Cabinet de Kinésithérapie {n}", "Kiné du {d}", "Cabinet {n} Kinésithérapie"],
        label: "un cabinet de kinésithérapie",
        pitches: &[
            "Rééducation orthopédique, respiratoire et sportive, drainage lymphatique et soins à domicile.",
            "Cabinet accessible aux personnes à mobilité réduite, sur rendez-vous.",
        ],
        staff: STAFF_HEALTH,
        boss: Boss::Profession(("Masseur-kinésithérapeute", "Masseuse-kinésithérapeute")),
        headcount: HC_SOLO,
        forms: Some(FORMS_HEALTH),
        park_pct: 5,
        parks: &[LATTE],
        founded_from: 1975,
        female_owner_pct: 50,
        ..BASE
    },
    Activity {
        naf: "86.21Z",
        count: 3,
        names: &["Cabinet Médical {n}", "Cabinet Médical du {d}", "Maison Médicale {n}"],
        label: "un cabinet de médecine générale",
        pitches: &[
            "Consultations sur rendez-vous, suivi des enfants et des personnes âgées, visites à domicile.",
            "Cabinet de groupe avec secrétariat sur place.",
        ],
        staff: STAFF_HEALTH,
        boss: Boss::Profession(("Médecin généraliste", "Médecin généraliste")),
        headcount: HC_SOLO,
        forms: Some(FORMS_HEALTH),
        founded_from: 1970,
        female_owner_pct: 50,
        ..BASE
    },
    Activity {
        naf: "86.23Z",
        count: 2,
        names: &["Cabinet Dentaire {n}", "Cabinet Dentaire du {d}", "Centre Dentaire {n}"],
        label: "un cabinet dentaire",
        pitches: &[
            "Soins dentaires, prothèses, implantologie et orthodontie pour toute la famille.",
            "Radiologie numérique et accueil adapté aux enfants.",
        ],
        staff: STAFF_HEALTH,
        boss: Boss::Profession(("Chirurgien-dentiste", "Chirurgienne-dentiste")),
        headcount: HC_CRAFT,
        forms: Some(FORMS_HEALTH),
        founded_from: 1970,
        female_owner_pct: 45,
        ..BASE
    },
    Activity {
        naf: "86.90D",
        count: 2,
        names: &["Cabinet Infirmier {n}", "Cabinet Infirmier du {d}", "Soins Infirmiers {n}"],
        label: "un cabinet de soins infirmiers",
        pitches: &[
            "Soins à domicile et au cabinet sept jours sur sept : pansements, injections, prises de sang.",
            "Suivi des patients diabétiques et accompagnement des retours d'hospitalisation.",
        ],
        staff: STAFF_HEALTH,
        boss: Boss::Profession(("Infirmier libéral", "Infirmière libérale")),
        headcount: HC_SOLO,
        forms: Some(FORMS_HEALTH),
        founded_from: 1980,
        female_owner_pct: 80,
        ..BASE
    },
    Activity {
        naf: "75.00Z",
        count: 1,
        names: &[
            "Clinique Vétérinaire {n}",
            "Clinique Vétérinaire du {d}",
            "Cabinet Vétérinaire {n}",
        ],
        label: "une clinique vétérinaire",
        pitches: &[
            "Médecine, chirurgie et imagerie pour les chiens, les chats et les nouveaux animaux de compagnie.",
            "Urgences assurées en semaine et service de garde le week-end.",
        ],
        staff: STAFF_VET,
        boss: Boss::Profession(("Vétérinaire", "Vétérinaire")),
        headcount: HC_CRAFT,
        forms: Some(FORMS_HEALTH),
        founded_from: 1975,
        female_owner_pct: 55,
        ..BASE
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::naf::NafCode;

    fn luhn_ok(number: &str) -> bool {
        let mut sum = 0;
        for (i, c) in number.chars().rev().enumerate() {
            let Some(mut d) = c.to_digit(10) else {
                return false;
            };
            if i % 2 == 1 {
                d *= 2;
                if d > 9 {
                    d -= 9;
                }
            }
            sum += d;
        }
        !number.is_empty() && sum % 10 == 0
    }

    fn all_unique<'a>(values: impl IntoIterator<Item = &'a str>) -> Result<(), String> {
        let mut seen = HashSet::new();
        for v in values {
            if !seen.insert(v.to_lowercase()) {
                return Err(v.to_string());
            }
        }
        Ok(())
    }

    #[test]
    fn luhn_reference_values() {
        // The SIRET usually quoted to illustrate the format, and its SIREN.
        assert!(luhn_ok("73282932000074"));
        assert!(luhn_ok("732829320"));
        assert!(!luhn_ok("73282932000075"));
        assert_eq!(luhn_check_digit(&[7, 3, 2, 8, 2, 9, 3, 2]), 0);
    }

    #[test]
    fn counts() {
        let data = generate();
        assert_eq!(data.parks.len(), 6);
        let approved =
            data.companies.iter().filter(|c| c.status == DemoCompanyStatus::Approved).count();
        let pending =
            data.companies.iter().filter(|c| c.status == DemoCompanyStatus::Pending).count();
        assert_eq!((approved, pending), (250, 6));
        assert!((550..=650).contains(&data.people.len()), "{} people", data.people.len());
        let unattached = data.people.iter().filter(|p| p.company.is_none()).count();
        assert_eq!(unattached, UNATTACHED_PEOPLE);
    }

    #[test]
    fn unclaimed_pages_are_new_companies_of_their_own() {
        let data = generate();
        assert_eq!(data.unclaimed.len(), UNCLAIMED_PAGES);
        let all: Vec<&DemoCompany> = data.companies.iter().chain(&data.unclaimed).collect();
        all_unique(all.iter().map(|c| c.slug.as_str())).expect("duplicate slug");
        all_unique(all.iter().map(|c| &c.siret[..9])).expect("duplicate SIREN");
        all_unique(all.iter().map(|c| c.phone.as_str())).expect("duplicate phone");
        assert!(data.unclaimed.iter().all(|c| c.status == DemoCompanyStatus::Unclaimed));
        assert!(data.unclaimed.iter().all(|c| luhn_ok(&c.siret)));
    }

    #[test]
    fn generation_is_deterministic() {
        assert_eq!(generate(), generate());
    }

    #[test]
    fn identifiers_are_unique() {
        let data = generate();
        all_unique(data.companies.iter().map(|c| c.slug.as_str())).expect("duplicate slug");
        all_unique(data.companies.iter().map(|c| c.legal_name.as_str()))
            .expect("duplicate legal name");
        all_unique(data.companies.iter().map(|c| c.siret.as_str())).expect("duplicate SIRET");
        all_unique(data.companies.iter().map(|c| &c.siret[..9])).expect("duplicate SIREN");
        all_unique(data.companies.iter().map(|c| c.phone.as_str())).expect("duplicate phone");
        all_unique(data.people.iter().map(|p| p.email.as_str())).expect("duplicate email");
        all_unique(data.parks.iter().map(|p| p.slug.as_str())).expect("duplicate park slug");
    }

    #[test]
    fn sirets_pass_the_luhn_check() {
        for c in generate().companies {
            assert_eq!(c.siret.len(), 14, "{}", c.siret);
            assert!(c.siret.bytes().all(|b| b.is_ascii_digit()), "{}", c.siret);
            assert!(luhn_ok(&c.siret[..9]), "SIREN of {}", c.siret);
            assert!(luhn_ok(&c.siret), "SIRET {}", c.siret);
        }
    }

    #[test]
    fn naf_codes_are_well_formed_and_known() {
        for a in ACTIVITIES {
            let b = a.naf.as_bytes();
            let shape = b.len() == 6
                && b[..2].iter().all(u8::is_ascii_digit)
                && b[2] == b'.'
                && b[3..5].iter().all(u8::is_ascii_digit)
                && b[5].is_ascii_uppercase();
            assert!(shape, "{}", a.naf);
            let parsed = NafCode::parse(a.naf).unwrap_or_else(|e| panic!("{}: {e:?}", a.naf));
            assert_eq!(parsed.as_str(), a.naf);
        }
        for c in generate().companies {
            assert!(ACTIVITIES.iter().any(|a| a.naf == c.naf_code), "{}", c.naf_code);
        }
    }

    #[test]
    fn every_company_has_exactly_one_owner() {
        let data = generate();
        let mut owners = vec![0; data.companies.len()];
        let mut editors = vec![0; data.companies.len()];
        let mut people = vec![0; data.companies.len()];
        for p in &data.people {
            assert!(["owner", "editor", "member"].contains(&p.company_role), "{}", p.company_role);
            let Some(i) = p.company else { continue };
            people[i] += 1;
            match p.company_role {
                "owner" => owners[i] += 1,
                "editor" => editors[i] += 1,
                _ => {}
            }
        }
        for (i, c) in data.companies.iter().enumerate() {
            assert_eq!(owners[i], 1, "{}", c.slug);
            assert!(editors[i] <= 1, "{}", c.slug);
            match c.status {
                DemoCompanyStatus::Approved => assert!((1..=5).contains(&people[i]), "{}", c.slug),
                DemoCompanyStatus::Pending => assert_eq!(people[i], 1, "{}", c.slug),
                DemoCompanyStatus::Unclaimed => unreachable!("unclaimed pages are kept apart"),
            }
        }
    }

    #[test]
    fn people_are_consistent() {
        let data = generate();
        for p in &data.people {
            let domain = match p.company {
                Some(i) => {
                    let c = &data.companies[i];
                    assert!(p.joined_days_ago <= c.registered_days_ago, "{}", p.email);
                    format!("@{}.fr", c.slug)
                }
                None => {
                    assert!(p.joined_days_ago <= 700, "{}", p.email);
                    "@exemple.fr".to_string()
                }
            };
            assert!(p.email.ends_with(&domain), "{} / {domain}", p.email);
            let local = p.email.strip_suffix(&domain).unwrap();
            let expected = format!("{}.{}", slugify(&p.first_name), slugify(&p.last_name));
            assert!(local.starts_with(&expected), "{}", p.email);
            assert!(local[expected.len()..].bytes().all(|b| b.is_ascii_digit()), "{}", p.email);
            assert!(p.email.is_ascii() && p.email == p.email.to_lowercase(), "{}", p.email);
            assert!(!p.job_title.is_empty() && !p.first_name.is_empty() && !p.last_name.is_empty());
        }
    }

    #[test]
    fn companies_look_real() {
        let data = generate();
        let forms = ["SAS", "SASU", "SARL", "EURL", "SA", "EI", "SCI", "Association"];
        let bands = ["00", "01", "02", "03", "11", "12", "21", "22", "31"];
        let mut in_parks = 0;
        for c in &data.companies {
            assert!(forms.contains(&c.legal_form), "{}", c.legal_form);
            assert!(bands.contains(&c.headcount_band), "{}", c.headcount_band);
            assert!((1950..=2025).contains(&c.year_founded), "{} {}", c.slug, c.year_founded);
            assert!(c.registered_days_ago <= 700, "{}", c.slug);
            assert!(c.address.ends_with(", 59223 Roncq"), "{}", c.address);
            assert_eq!(slugify(&c.slug), c.slug);
            assert!(!c.description.is_empty() && !c.legal_name.is_empty());
            if let Some(site) = &c.website {
                assert_eq!(site, &format!("https://www.{}.fr", c.slug));
            }
            if let Some(email) = &c.public_email {
                assert_eq!(email, &format!("contact@{}.fr", c.slug));
            }
            assert_eq!(c.phone.len(), 14, "{}", c.phone);
            assert!(c.phone.starts_with("03 20 "), "{}", c.phone);
            if let Some(p) = c.park {
                in_parks += 1;
                assert!(p < data.parks.len());
                assert_ne!(
                    data.parks[p].status,
                    ParkStatus::Marketing,
                    "{} is in a park still for sale",
                    c.slug
                );
                assert!(PARKS[p].streets.iter().any(|s| c.address.contains(s)), "{}", c.address);
            } else {
                assert!(
                    !matches!(c.headcount_band, "21" | "22" | "31"),
                    "large company {} outside parks",
                    c.slug
                );
            }
        }
        let share = in_parks * 100 / data.companies.len();
        assert!((35..=55).contains(&share), "{share}% of companies in parks");
        for c in data.companies.iter().filter(|c| c.status == DemoCompanyStatus::Pending) {
            assert!(c.registered_days_ago <= 13 && c.park.is_none(), "{}", c.slug);
        }
        let markdown_lists =
            data.companies.iter().filter(|c| c.description.contains("\n- ")).count();
        assert!(markdown_lists > 20, "{markdown_lists} descriptions with a list");
    }

    #[test]
    fn names_elide_de_before_vowels() {
        let data = generate();
        for c in &data.companies {
            for name in std::iter::once(&c.legal_name).chain(&c.trade_name) {
                if let Some((_, after)) = name.split_once(" de ") {
                    assert!(!elides(after), "{name}");
                }
            }
        }
        let mut rng = Rng(1);
        assert_eq!(expand(&mut rng, "Au Pain de {p}", "Six", "Hélène"), "Au Pain d'Hélène");
        assert_eq!(expand(&mut rng, "Au Pain de {p}", "Six", "Julie"), "Au Pain de Julie");
        assert_eq!(
            expand(&mut rng, "Menuiserie {n} & Fils", "Declercq", "Julie"),
            "Menuiserie Declercq & Fils"
        );
    }

    #[test]
    fn registrations_grow_over_time() {
        let data = generate();
        let recent = data.companies.iter().filter(|c| c.registered_days_ago < 350).count();
        let older = data.companies.len() - recent;
        assert!(recent > older, "{recent} recent, {older} older");
        let days: Vec<u32> = data.companies.iter().map(|c| c.registered_days_ago).collect();
        let approved = &days[..250];
        assert!(approved.windows(2).all(|w| w[0] >= w[1]), "approved companies come oldest first");
    }

    #[test]
    fn parks() {
        let data = generate();
        let statuses: Vec<ParkStatus> = data.parks.iter().map(|p| p.status).collect();
        assert_eq!(statuses.iter().filter(|&&s| s == ParkStatus::UnderConstruction).count(), 1);
        assert_eq!(statuses.iter().filter(|&&s| s == ParkStatus::Marketing).count(), 1);
        for p in &data.parks {
            assert!((5.0..=60.0).contains(&p.area_hectares), "{}", p.slug);
            assert_eq!(slugify(&p.slug), p.slug);
        }
        let newest = &data.parks[5];
        assert_eq!(newest.name, "Zone d'activité Pierre-Mauroy");
        assert_eq!(newest.status, ParkStatus::Marketing);
        assert!((newest.area_hectares - 15.0).abs() < 1e-9);
        assert_eq!(newest.main_activity, "Activités industrielles");
        assert!(
            newest.description.contains("écologique avec bâtiments passifs et abords paysagers")
        );
        assert!(newest.description.contains("Valloparc") && newest.description.contains("février"));
        assert!(newest.description.contains("au nord de la commune"));
    }

    #[test]
    fn activity_table_is_consistent() {
        let total: usize = ACTIVITIES.iter().map(|a| a.count).sum();
        assert_eq!(total, 256);
        for a in ACTIVITIES {
            assert!(
                !a.names.is_empty() && !a.pitches.is_empty() && !a.staff.is_empty(),
                "{}",
                a.naf
            );
            assert!(a.park_pct <= 100, "{}", a.naf);
            assert_eq!(a.park_pct == 0, a.parks.is_empty(), "{}", a.naf);
            for &p in a.parks {
                assert!(p < PARKS.len() && PARKS[p].status != ParkStatus::Marketing, "{}", a.naf);
            }
            assert!((1950..=2020).contains(&a.founded_from), "{}", a.naf);
        }
        for naf in PENDING_NAFS {
            assert!(ACTIVITIES.iter().any(|a| a.naf == naf), "{naf}");
        }
    }

    #[test]
    fn slugify_folds_french_text() {
        for (input, expected) in [
            ("Boulangerie Vandenbussche", "boulangerie-vandenbussche"),
            ("Menuiserie Declercq & Fils", "menuiserie-declercq-fils"),
            ("Nord Élec Services", "nord-elec-services"),
            ("  Œuvre d'Été  ", "oeuvre-d-ete"),
            ("Ghesquière", "ghesquiere"),
            ("Æther -- Ça va", "aether-ca-va"),
            ("Zone d'activité Pierre-Mauroy (59223)", "zone-d-activite-pierre-mauroy-59223"),
            ("L'Estaminet du Blanc-Four", "l-estaminet-du-blanc-four"),
            ("Noël à l'Hôtel Dû Ÿ", "noel-a-l-hotel-du-y"),
            ("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ", "aaaceeeeiioouuuyoeae"),
            ("---", ""),
            ("", ""),
        ] {
            assert_eq!(slugify(input), expected, "{input:?}");
        }
    }
}
