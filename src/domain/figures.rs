use serde::{Deserialize, Serialize};

/// The live figures of the network shown on the home page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeFigures {
    pub registered_companies: u64,
    pub town_company_count: u32,
    pub members: u64,
    pub by_sector: Vec<SectorCount>,
    pub by_park: Vec<ParkCount>,
    /// Approved companies outside any business park.
    pub outside_parks: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectorCount {
    /// NAF section letter, A to U.
    pub section: char,
    pub companies: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParkCount {
    pub slug: String,
    pub name: String,
    pub status: String,
    pub area_hectares: f64,
    pub companies: u64,
}

impl HomeFigures {
    /// Share of the town's companies registered, in whole percent, never above 100.
    pub fn coverage_percent(&self) -> u32 {
        if self.town_company_count == 0 {
            return 0;
        }
        let pct =
            self.registered_companies.saturating_mul(100) / u64::from(self.town_company_count);
        pct.min(100) as u32
    }

    /// The largest count among sectors and parks, to scale the bars of the charts.
    pub fn largest_group(&self) -> u64 {
        self.by_sector
            .iter()
            .map(|s| s.companies)
            .chain(self.by_park.iter().map(|p| p.companies))
            .chain(std::iter::once(self.outside_parks))
            .max()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(registered: u64, town: u32) -> HomeFigures {
        HomeFigures {
            registered_companies: registered,
            town_company_count: town,
            members: 0,
            by_sector: vec![],
            by_park: vec![],
            outside_parks: 0,
        }
    }

    #[test]
    fn coverage_is_a_bounded_whole_percentage() {
        assert_eq!(figures(256, 700).coverage_percent(), 36);
        assert_eq!(figures(0, 700).coverage_percent(), 0);
        assert_eq!(figures(900, 700).coverage_percent(), 100);
        assert_eq!(figures(5, 0).coverage_percent(), 0);
    }
}
