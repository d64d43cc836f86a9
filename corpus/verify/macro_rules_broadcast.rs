// Broadcast lemmas made by `macro_rules!` for several types, used through a broadcast group,
// and an expression macro; a false claim beside each true one.
use vstd::prelude::*;

macro_rules! low_bits_lemma {
    ($typ:ty, $name:ident) => {
        verus! {
        pub broadcast proof fn $name(a: $typ)
            ensures
                #[trigger] (a & 1) <= 1,
        {
            assert((a & 1) <= 1) by (bit_vector);
        }
        }
    };
}

macro_rules! LOW {
    ($x:expr) => {
        ($x & 1)
    };
}

low_bits_lemma! {u64, lemma_low_u64}
low_bits_lemma!(u32, lemma_low_u32);

verus! {

pub broadcast group low_bits {
    lemma_low_u64,
    lemma_low_u32,
}

mod with_group {
    use super::*;

    broadcast use low_bits;

    proof fn uses_group(x: u64, y: u32) {
        assert(LOW!(x) <= 1);
        assert(LOW!(y) <= 1);
        assert(LOW!(x) == 0); //~ ERROR assertion failed
    }
}

mod without_group {
    proof fn no_group(x: u64) {
        assert(LOW!(x) <= 1); //~ ERROR assertion failed
    }
}

fn main() {
}

} // verus!
