//! Powers of 2.
verus! {

use crate::arithmetic::div_mod::lemma_div_multiples_vanish;
use crate::arithmetic::power::{lemma_pow0, lemma_pow_unfold, pow};

/// `2` to the power `e`.
pub open spec fn pow2(e: nat) -> nat
    decreases e,
{
    if e == 0 { 1 } else { 2 * pow2((e - 1) as nat) }
}

/// `pow2(e)` is `pow(2, e)`.
pub broadcast proof fn lemma_pow2(e: nat)
    ensures
        #[trigger] pow2(e) == pow(2, e) as int,
    decreases e,
{
    if e == 0 {
        lemma_pow0(2);
    } else {
        lemma_pow2((e - 1) as nat);
        lemma_pow_unfold(2, e);
    }
}

/// One step of the definition: `pow2(e) == 2 * pow2(e - 1)` for a positive `e`.
pub broadcast proof fn lemma_pow2_unfold(e: nat)
    requires
        e > 0,
    ensures
        #[trigger] pow2(e) == 2 * pow2((e - 1) as nat),
{
}

/// Every power of 2 is positive.
pub broadcast proof fn lemma_pow2_pos(e: nat)
    ensures
        #[trigger] pow2(e) > 0,
    decreases e,
{
    if e > 0 {
        lemma_pow2_pos((e - 1) as nat);
    }
}

/// `pow2(e1 + e2) == pow2(e1) * pow2(e2)`.
pub broadcast proof fn lemma_pow2_adds(e1: nat, e2: nat)
    ensures
        #[trigger] pow2(e1 + e2) == pow2(e1) * pow2(e2),
    decreases e2,
{
    if e2 > 0 {
        lemma_pow2_adds(e1, (e2 - 1) as nat);
        assert(pow2(e1 + e2) == 2 * pow2((e1 + e2 - 1) as nat));
        assert(pow2(e2) == 2 * pow2((e2 - 1) as nat));
        assert(2 * (pow2(e1) * pow2((e2 - 1) as nat)) == pow2(e1) * (2 * pow2((e2 - 1) as nat))) by (nonlinear_arith);
    }
}

/// `pow2(e1 - e2) == pow2(e1) / pow2(e2)` for `e2 <= e1`.
pub broadcast proof fn lemma_pow2_subtracts(e1: nat, e2: nat)
    requires
        e1 <= e2,
    ensures
        #[trigger] pow2((e2 - e1) as nat) == pow2(e2) / pow2(e1),
{
    lemma_pow2_adds((e2 - e1) as nat, e1);
    lemma_pow2_pos(e1);
    assert(pow2(e2) == pow2(e1) * pow2((e2 - e1) as nat)) by (nonlinear_arith)
        requires
            pow2(e2) == pow2((e2 - e1) as nat) * pow2(e1),
    ;
    lemma_div_multiples_vanish(pow2((e2 - e1) as nat) as int, pow2(e1) as int);
}

/// Powers of 2 grow strictly with the exponent.
pub broadcast proof fn lemma_pow2_strictly_increases(e1: nat, e2: nat)
    requires
        e1 < e2,
    ensures
        #[trigger] pow2(e1) < #[trigger] pow2(e2),
    decreases e2,
{
    lemma_pow2_pos(e1);
    if e1 < e2 - 1 {
        lemma_pow2_strictly_increases(e1, (e2 - 1) as nat);
    }
}

/// The values of `pow2(0)` to `pow2(32)`, and `pow2(64)`.
pub proof fn lemma2_to64()
    ensures
        pow2(0) == 0x1,
        pow2(1) == 0x2,
        pow2(2) == 0x4,
        pow2(3) == 0x8,
        pow2(4) == 0x10,
        pow2(5) == 0x20,
        pow2(6) == 0x40,
        pow2(7) == 0x80,
        pow2(8) == 0x100,
        pow2(9) == 0x200,
        pow2(10) == 0x400,
        pow2(11) == 0x800,
        pow2(12) == 0x1000,
        pow2(13) == 0x2000,
        pow2(14) == 0x4000,
        pow2(15) == 0x8000,
        pow2(16) == 0x10000,
        pow2(17) == 0x20000,
        pow2(18) == 0x40000,
        pow2(19) == 0x80000,
        pow2(20) == 0x100000,
        pow2(21) == 0x200000,
        pow2(22) == 0x400000,
        pow2(23) == 0x800000,
        pow2(24) == 0x1000000,
        pow2(25) == 0x2000000,
        pow2(26) == 0x4000000,
        pow2(27) == 0x8000000,
        pow2(28) == 0x10000000,
        pow2(29) == 0x20000000,
        pow2(30) == 0x40000000,
        pow2(31) == 0x80000000,
        pow2(32) == 0x100000000,
        pow2(64) == 0x10000000000000000,
{
    lemma_pow2_unfold(1);
    lemma_pow2_unfold(2);
    lemma_pow2_unfold(3);
    lemma_pow2_unfold(4);
    lemma_pow2_unfold(5);
    lemma_pow2_unfold(6);
    lemma_pow2_unfold(7);
    lemma_pow2_unfold(8);
    lemma_pow2_unfold(9);
    lemma_pow2_unfold(10);
    lemma_pow2_unfold(11);
    lemma_pow2_unfold(12);
    lemma_pow2_unfold(13);
    lemma_pow2_unfold(14);
    lemma_pow2_unfold(15);
    lemma_pow2_unfold(16);
    lemma_pow2_unfold(17);
    lemma_pow2_unfold(18);
    lemma_pow2_unfold(19);
    lemma_pow2_unfold(20);
    lemma_pow2_unfold(21);
    lemma_pow2_unfold(22);
    lemma_pow2_unfold(23);
    lemma_pow2_unfold(24);
    lemma_pow2_unfold(25);
    lemma_pow2_unfold(26);
    lemma_pow2_unfold(27);
    lemma_pow2_unfold(28);
    lemma_pow2_unfold(29);
    lemma_pow2_unfold(30);
    lemma_pow2_unfold(31);
    lemma_pow2_unfold(32);
    lemma2_to64_rest();
}

/// The values of `pow2(33)` to `pow2(64)`.
pub proof fn lemma2_to64_rest()
    ensures
        pow2(33) == 0x200000000,
        pow2(34) == 0x400000000,
        pow2(35) == 0x800000000,
        pow2(36) == 0x1000000000,
        pow2(37) == 0x2000000000,
        pow2(38) == 0x4000000000,
        pow2(39) == 0x8000000000,
        pow2(40) == 0x10000000000,
        pow2(41) == 0x20000000000,
        pow2(42) == 0x40000000000,
        pow2(43) == 0x80000000000,
        pow2(44) == 0x100000000000,
        pow2(45) == 0x200000000000,
        pow2(46) == 0x400000000000,
        pow2(47) == 0x800000000000,
        pow2(48) == 0x1000000000000,
        pow2(49) == 0x2000000000000,
        pow2(50) == 0x4000000000000,
        pow2(51) == 0x8000000000000,
        pow2(52) == 0x10000000000000,
        pow2(53) == 0x20000000000000,
        pow2(54) == 0x40000000000000,
        pow2(55) == 0x80000000000000,
        pow2(56) == 0x100000000000000,
        pow2(57) == 0x200000000000000,
        pow2(58) == 0x400000000000000,
        pow2(59) == 0x800000000000000,
        pow2(60) == 0x1000000000000000,
        pow2(61) == 0x2000000000000000,
        pow2(62) == 0x4000000000000000,
        pow2(63) == 0x8000000000000000,
        pow2(64) == 0x10000000000000000,
{
    // each unfolding step is linear once the previous value is known
    lemma_pow2_unfold(1);
    lemma_pow2_unfold(2);
    lemma_pow2_unfold(3);
    lemma_pow2_unfold(4);
    lemma_pow2_unfold(5);
    lemma_pow2_unfold(6);
    lemma_pow2_unfold(7);
    lemma_pow2_unfold(8);
    lemma_pow2_unfold(9);
    lemma_pow2_unfold(10);
    lemma_pow2_unfold(11);
    lemma_pow2_unfold(12);
    lemma_pow2_unfold(13);
    lemma_pow2_unfold(14);
    lemma_pow2_unfold(15);
    lemma_pow2_unfold(16);
    lemma_pow2_unfold(17);
    lemma_pow2_unfold(18);
    lemma_pow2_unfold(19);
    lemma_pow2_unfold(20);
    lemma_pow2_unfold(21);
    lemma_pow2_unfold(22);
    lemma_pow2_unfold(23);
    lemma_pow2_unfold(24);
    lemma_pow2_unfold(25);
    lemma_pow2_unfold(26);
    lemma_pow2_unfold(27);
    lemma_pow2_unfold(28);
    lemma_pow2_unfold(29);
    lemma_pow2_unfold(30);
    lemma_pow2_unfold(31);
    lemma_pow2_unfold(32);
    lemma_pow2_unfold(33);
    lemma_pow2_unfold(34);
    lemma_pow2_unfold(35);
    lemma_pow2_unfold(36);
    lemma_pow2_unfold(37);
    lemma_pow2_unfold(38);
    lemma_pow2_unfold(39);
    lemma_pow2_unfold(40);
    lemma_pow2_unfold(41);
    lemma_pow2_unfold(42);
    lemma_pow2_unfold(43);
    lemma_pow2_unfold(44);
    lemma_pow2_unfold(45);
    lemma_pow2_unfold(46);
    lemma_pow2_unfold(47);
    lemma_pow2_unfold(48);
    lemma_pow2_unfold(49);
    lemma_pow2_unfold(50);
    lemma_pow2_unfold(51);
    lemma_pow2_unfold(52);
    lemma_pow2_unfold(53);
    lemma_pow2_unfold(54);
    lemma_pow2_unfold(55);
    lemma_pow2_unfold(56);
    lemma_pow2_unfold(57);
    lemma_pow2_unfold(58);
    lemma_pow2_unfold(59);
    lemma_pow2_unfold(60);
    lemma_pow2_unfold(61);
    lemma_pow2_unfold(62);
    lemma_pow2_unfold(63);
    lemma_pow2_unfold(64);
}

} // verus!
