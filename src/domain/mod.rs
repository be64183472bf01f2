//! Pure logic over plain structs: no SQL, no printing, no clock.

pub mod campaign;
pub mod consent;
pub mod contact;
pub mod dates;
pub mod demo;
pub mod duplicates;
pub mod money;
pub mod pareto;
pub mod pipeline;
pub mod remind;
pub mod rfm;
pub mod segment_filter;
pub mod value_matrix;
pub mod vcard;
