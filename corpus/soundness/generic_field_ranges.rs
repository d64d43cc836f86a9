use vstd::prelude::*;

verus! {

// Instances of a generic struct whose arguments share a solver sort (`u8` and `int` are both
// integers) share one datatype: what a field's type promises is its own instance's.

struct Wrap<S> { s: S }

proof fn int_field_false(w: Wrap<u8>, v: Wrap<int>) {
    assert(v.s < 256); //~ ERROR assertion failed
}
proof fn int_field_true(w: Wrap<u8>, v: Wrap<int>) {
    assert(w.s < 256);
}

enum Either<A, B> { Left(A), Right(B) }

proof fn enum_field_false(e: Either<u8, u16>, f: Either<int, int>) {
    assert(f is Left ==> f->Left_0 < 256); //~ ERROR assertion failed
}
proof fn enum_field_true(e: Either<u8, u16>, f: Either<int, int>) {
    assert(e is Left ==> e->Left_0 < 256);
    assert(e is Right ==> e->Right_0 < 65536);
}

} // verus!
