use vstd::prelude::*;

verus! {

proof fn choose_false(s: Seq<int>)
    requires exists|i: int| 0 <= i < s.len() && s[i] == 7,
{
    let i = choose|i: int| 0 <= i < s.len() && s[i] == 7;
    assert(i == 0); //~ ERROR assertion failed
}
proof fn choose_true(s: Seq<int>)
    requires exists|i: int| 0 <= i < s.len() && s[i] == 7,
{
    let i = choose|i: int| 0 <= i < s.len() && s[i] == 7;
    assert(s[i] == 7 && 0 <= i);
}

proof fn choose_empty_false() {
    let x = choose|x: int| x > 5 && x < 3;
    assert(x > 5); //~ ERROR assertion failed
}
spec fn in_range(x: int) -> bool { x > 5 && x < 10 }
proof fn choose_empty_true() {
    assert(in_range(6));
    let x = choose|x: int| in_range(x);
    assert(x > 5 && x < 10);
}

spec fn above(x: int, a: int) -> bool { x > a }
spec fn pick(a: int) -> int {
    choose|x: int| above(x, a)
}

proof fn choose_spec_false(a: int)
    ensures pick(a) == a + 1, //~ ERROR postcondition not satisfied
{
    assert(a + 1 > a);
}
proof fn choose_spec_true(a: int)
    ensures pick(a) > a,
{
    assert(above(a + 1, a));
}

proof fn choose_det_false(a: int, b: int)
    ensures pick(a) == pick(b), //~ ERROR postcondition not satisfied
{
}
proof fn choose_det_true(a: int, b: int)
    requires a == b,
    ensures pick(a) == pick(b),
{
}

fn main() {
}

} // verus!
