//! Dates as the town reads them: in Europe/Paris time, in the reader's language.

use chrono::{DateTime, Datelike, Timelike, Utc};
use chrono_tz::Europe::Paris;

use crate::Locale;

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `4 décembre 2026` / `4 December 2026`.
pub fn date(at: DateTime<Utc>, locale: Locale) -> String {
    let local = at.with_timezone(&Paris);
    let month = local.month0() as usize;
    match locale {
        Locale::fr => {
            let day = if local.day() == 1 { "1er".to_string() } else { local.day().to_string() };
            format!("{day} {} {}", MONTHS_FR[month], local.year())
        }
        Locale::en => format!("{} {} {}", local.day(), MONTHS_EN[month], local.year()),
    }
}

/// `4 décembre 2026 à 14 h 05` / `4 December 2026 at 14:05`.
pub fn date_time(at: DateTime<Utc>, locale: Locale) -> String {
    let local = at.with_timezone(&Paris);
    match locale {
        Locale::fr => format!("{} à {} h {:02}", date(at, locale), local.hour(), local.minute()),
        Locale::en => format!("{} at {:02}:{:02}", date(at, locale), local.hour(), local.minute()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn dates_are_local_to_the_town() {
        // 23:30 UTC on 31 December is already New Year's Day in Roncq.
        let at = Utc.with_ymd_and_hms(2026, 12, 31, 23, 30, 0).unwrap();
        assert_eq!(date(at, Locale::fr), "1er janvier 2027");
        assert_eq!(date_time(at, Locale::fr), "1er janvier 2027 à 0 h 30");
        assert_eq!(date_time(at, Locale::en), "1 January 2027 at 00:30");
        // Summer time: UTC+2.
        let summer = Utc.with_ymd_and_hms(2026, 7, 14, 8, 0, 0).unwrap();
        assert_eq!(date_time(summer, Locale::fr), "14 juillet 2026 à 10 h 00");
    }
}
