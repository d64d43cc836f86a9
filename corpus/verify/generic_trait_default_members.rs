// A generic trait's default members, called on a type with one impl of the trait (svsm's
// `SpecDecoderProof<PageStorageType>` for `PageInfo`, whose `proof_encode_decode` is a
// default): the trait's parameters are that impl's arguments. True claims pass, false fail.
use vstd::prelude::*;

verus! {

trait Codec<T>: Sized {
    spec fn enc(&self) -> Option<T>;

    spec fn enc_or(&self, d: T) -> T {
        if self.enc() is Some {
            self.enc()->Some_0
        } else {
            d
        }
    }

    proof fn lemma_enc(&self)
        ensures
            self.enc() is Some,
    ;

    proof fn enc_some(&self, d: T)
        ensures
            self.enc() is Some,
    {
        self.lemma_enc();
    }
}

struct S {
    v: u64,
}

impl Codec<u64> for S {
    closed spec fn enc(&self) -> Option<u64> {
        Some(self.v)
    }

    proof fn lemma_enc(&self) {
    }
}

struct N {
    v: u8,
}

impl Codec<u8> for N {
    open spec fn enc(&self) -> Option<u8> {
        Some(self.v)
    }

    proof fn lemma_enc(&self) {
    }
}

fn uses_default(s: S) {
    proof {
        s.enc_some(3);
        assert(s.enc_or(3) == s.v);
    }
}

fn default_false(s: S) {
    proof {
        s.enc_some(3);
        assert(s.enc_or(3) == 3); //~ ERROR assertion failed
    }
}

fn spec_default_at_the_impl(n: N) {
    assert(n.enc_or(7) == n.v);
    assert(n.enc_or(7) == 7); //~ ERROR assertion failed
}

fn default_wrong_argument(s: S) {
    proof {
        s.enc_some(true); //~ ERROR mismatched types
    }
}

fn main() {
}

} // verus!
