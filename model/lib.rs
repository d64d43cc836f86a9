// The emulated AMD SEV-SNP security module (crate `model`).
//
// hw/   the emulated hardware: the Reverse Map Table, PVALIDATE, RMPADJUST, memory
//       accesses and the hypervisor (the adversary).
// svsm/ the module under proof: address types, its memory table and the guest memory
//       map, the validation lock, the protocol handlers, and the property lemmas.
use vstd::prelude::*;

pub mod hw;
pub mod svsm;
pub mod tests;

verus! {

fn main() {
}

} // verus!
