use vstd::prelude::*;

verus! {

// Verus's `e->field`: a field of one variant of an enum. On a value of another variant its
// value is unspecified, so no claim about it may be proved from the constructor.

enum Life { Mammal { legs: int, has_pocket: bool }, Arthropod { legs: int, wings: int }, Plant { leaves: int } }
enum Shape { Circle(int), Rect(int, int) }

spec fn is_insect(l: Life) -> bool { l is Arthropod && l->Arthropod_legs == 6 }

proof fn qualified_false() {
    let l = Life::Mammal { legs: 4, has_pocket: true };
    assert(l->Arthropod_legs == 4); //~ ERROR assertion failed
}
proof fn qualified_true() {
    let l = Life::Arthropod { legs: 6, wings: 4 };
    assert(is_insect(l));
    assert(l->Arthropod_legs == 6);
}

proof fn unique_name_false() {
    let l = Life::Arthropod { legs: 6, wings: 4 };
    assert(l->wings == 6); //~ ERROR assertion failed
}
proof fn unique_name_true() {
    let l = Life::Arthropod { legs: 6, wings: 4 };
    assert(l->wings == 4);
}

proof fn other_variant_false() {
    let s = Shape::Circle(1);
    assert(s->Rect_0 == 1); //~ ERROR assertion failed
}
proof fn other_variant_true() {
    let s = Shape::Rect(2, 5);
    assert(s->Rect_0 == 2 && s->Rect_1 == 5);
}

proof fn option_unknown_false(o: Option<u8>) {
    assert(o->0 < 255); //~ ERROR assertion failed
}
proof fn option_unknown_true(o: Option<u8>)
    requires o is Some, o->Some_0 < 9,
{
    assert(o->0 < 255);
    assert(o == Some(o->0));
}

} // verus!
