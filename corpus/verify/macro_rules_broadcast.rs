// Broadcast lemmas made by `macro_rules!` for several types, used through a broadcast group,
// and an expression macro; a false claim beside each true one.
use vstd::prelude::*;

macro_rules! low_bits_lemma {
    ($typ:ty, $name:ident) => {
        verus! {
        pub broadcast proof fn $name(a: $typ, m: $typ)
            ensures
                #[trigger] ((a ^ m) ^ m) == a,
        {
            assert(((a ^ m) ^ m) == a) by (bit_vector);
        }
        }
    };
}

macro_rules! LOW {
    ($x:expr, $m:expr) => {
        (($x ^ $m) ^ $m)
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

    proof fn uses_group(x: u64, y: u32, k: u64, j: u32) {
        assert(LOW!(x, k) == x);
        assert(LOW!(y, j) == y);
        assert(LOW!(x, k) == k); //~ ERROR assertion failed
    }
}

fn main() {
}

} // verus!
