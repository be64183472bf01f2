//! A saved segment: a name and its criteria.

use super::segment_filter::Criteria;

#[derive(Debug, Clone)]
pub struct SavedSegment {
    pub id: i64,
    pub name: String,
    pub description: Option<String>,
    pub criteria: Criteria,
    pub created_at: String,
    pub updated_at: String,
}
