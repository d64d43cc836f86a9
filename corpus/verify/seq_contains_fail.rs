use vstd::prelude::*;

verus! {

proof fn literal() {
    assert(seq![1int, 2, 3].contains(4)); //~ ERROR assertion failed
}

proof fn literal_neg() {
    assert(!seq![1int, 2, 3].contains(3)); //~ ERROR assertion failed
}

proof fn pushed(s: Seq<int>, x: int) {
    assert(s.push(x).contains(7)); //~ ERROR assertion failed
}

proof fn dropped(s: Seq<int>, x: int)
    requires s.contains(x),
{
    assert(s.drop_last().contains(x)); //~ ERROR assertion failed
}

proof fn empty_seq(x: int) {
    assert(Seq::<int>::empty().contains(x)); //~ ERROR assertion failed
}

proof fn concat(s: Seq<int>, t: Seq<int>)
    requires (s + t).contains(5),
{
    assert(t.contains(5)); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
