use vstd::prelude::*;

verus! {

spec fn p(x: int) -> bool;

proof fn forall_inst_false(y: int)
    requires forall|x: int| x > 0 ==> #[trigger] p(x),
    ensures p(y), //~ ERROR postcondition not satisfied
{
}
proof fn forall_inst_true(y: int)
    requires forall|x: int| x > 0 ==> #[trigger] p(x), y > 0,
    ensures p(y),
{
}

proof fn exists_false(s: Seq<int>)
    requires s.len() == 3,
    ensures exists|i: int| 0 <= i < 3 && s[i] == 0, //~ ERROR postcondition not satisfied
{
}
proof fn exists_true(s: Seq<int>)
    requires s.len() == 3, s[1] == 0,
    ensures exists|i: int| 0 <= i < 3 && s[i] == 0,
{
    assert(s[1] == 0);
}

proof fn assert_forall_false(s: Seq<int>)
    requires forall|i: int| 0 <= i < s.len() ==> s[i] > 0,
{
    assert forall|i: int| 0 <= i < s.len() implies s[i] > 1 by { //~ ERROR assertion failed
    }
}
proof fn assert_forall_true(s: Seq<int>)
    requires forall|i: int| 0 <= i < s.len() ==> s[i] > 1,
{
    assert forall|i: int| 0 <= i < s.len() implies s[i] > 0 by {
    }
}

proof fn forall_nat_false()
    ensures forall|n: nat| n > 0, //~ ERROR postcondition not satisfied
{
}
proof fn forall_nat_true()
    ensures forall|n: nat| n >= 0,
{
}

proof fn forall_u8_false()
    ensures forall|x: u8| x < 255, //~ ERROR postcondition not satisfied
{
}
proof fn forall_u8_true()
    ensures forall|x: u8| x <= 255,
{
}

proof fn exists_neg_false()
    ensures !exists|x: int| x * 2 == 4, //~ ERROR postcondition not satisfied
{
}
spec fn dbl(x: int) -> int { 2 * x }
proof fn exists_neg_true()
    ensures exists|x: int| dbl(x) == 4,
{
    assert(dbl(2) == 4);
}

fn main() {
}

} // verus!
