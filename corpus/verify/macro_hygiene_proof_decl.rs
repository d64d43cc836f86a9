#![feature(proc_macro_hygiene)]
// Macros that declare tracked/ghost locals through `proof_decl!` (as coconut-svsm's allocator
// lemmas do): a `let` of a name from the arguments is the caller's local after the call; a
// name the body writes (passed to an inner macro that binds it, or bound by the body) is the
// macro's own, so it neither shadows the caller's local of that name nor is visible to it.
use vstd::prelude::*;

verus! {

pub struct Pair { pub lo: int, pub hi: int }

} // verus!

macro_rules! split_at {
    ($n: expr => $lo: ident, $hi: ident) => {
        proof_decl! {
            let ghost $lo: int = $n / 2;
            let ghost $hi: int = $n - $lo;
        }
    };
}

macro_rules! make_pair {
    ($n: expr => $p: ident) => {
        proof_decl! {
            // `lo`/`hi` are the body's names, passed to an inner macro that binds them
            split_at!($n => lo, hi);
            let ghost $p = Pair { lo, hi };
        }
    };
}

#[verus_verify]
fn pair_true() {
    proof_decl! {
        make_pair!(10 => p);
        assert(p.lo == 5 && p.hi == 5);
    }
}

#[verus_verify]
fn pair_false() {
    proof_decl! {
        make_pair!(11 => p);
        assert(p.lo == p.hi); //~ ERROR assertion failed
    }
}

#[verus_verify]
fn no_shadow_true() {
    proof_decl! {
        let ghost lo: int = 100;
        make_pair!(10 => p);
        assert(lo == 100);
    }
}

#[verus_verify]
fn no_shadow_false() {
    proof_decl! {
        let ghost lo: int = 100;
        make_pair!(10 => p);
        assert(lo == 5); //~ ERROR assertion failed
    }
}

#[verus_verify]
fn invisible() {
    proof_decl! {
        make_pair!(10 => p);
        assert(hi == 5); //~ ERROR cannot find value `hi` in this scope
    }
}

fn main() {}
