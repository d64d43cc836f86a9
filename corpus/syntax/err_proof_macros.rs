//@ no-verify
#![feature(proc_macro_hygiene)]
// `proof_with!` must precede a call; `proof_decl!` declares only ghost/tracked locals.
use vstd::prelude::*;

#[verus_verify(external_body)]
#[verus_spec(
    with Ghost(g): Ghost<int>
)]
fn takes_ghost(val: u64) {
}

pub struct Holder { pub v: u64 }

#[verus_verify]
fn plain() -> u64 {
    1
}

#[verus_verify]
fn misuses() {
    proof_with!(Ghost(1int));
    let x = 1 + 2; //~ ERROR with ghost inputs/outputs cannot be applied to a non-call expression
    proof_decl! {
        let y = 3; //~ ERROR Exec local is not allowed in proof_decl
    }
    proof_with!(|= Ghost(1int)); //~ ERROR not supported: `proof_with!(|= ..)`
    takes_ghost(4);
    proof_with!(Ghost(1int) => Ghost(q)); //~ ERROR not supported: `proof_with!` outputs
    takes_ghost(3);
    let mut z = 0u64;
    proof_with!(Ghost(1int));
    z = plain(); //~ ERROR with ghost inputs/outputs cannot be applied to a non-call expression
    proof_with!{ g: Ghost(1int) } //~ ERROR not supported: ghost fields of a struct constructor in `proof_with!`
    let s = Holder { v: 1 };
    proof_with!(Ghost(1int));
    proof_with!(Ghost(2int)); //~ ERROR Expected a function call or struct constructor after proof_with! macro
    takes_ghost(3);
}

#[verus_verify]
pub trait Reader {
    #[verus_spec(r =>
        with Ghost(g): Ghost<int> //~ ERROR `with` does not support trait
    )]
    fn read(&self) -> u64;
}

fn main() {}
