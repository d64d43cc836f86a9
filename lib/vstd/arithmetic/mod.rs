//! Lemmas about integer arithmetic: multiplication, division and remainder, powers, logarithms.
pub mod div_mod;
pub mod logarithm;
pub mod mul;
pub mod power;
pub mod power2;
