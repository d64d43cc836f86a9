//! Lemmas about integer arithmetic: multiplication, division and remainder, powers of 2.
pub mod div_mod;
pub mod mul;
pub mod power2;
