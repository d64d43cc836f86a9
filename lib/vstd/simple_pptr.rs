//! The contents of a cell of memory (vstd's `MemContents`, defined in `raw_ptr` as in vstd;
//! `simple_pptr` re-exports it).
pub use crate::raw_ptr::MemContents;
