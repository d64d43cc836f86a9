// The emulated SEV-SNP hardware the module runs on.
pub mod rmp;
pub mod machine;
pub mod pvalidate;
pub mod rmpadjust;
pub mod access;
pub mod adversary;
