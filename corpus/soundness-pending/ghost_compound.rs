use vstd::prelude::*;

verus! {

// Issue 9 class 3: compound assignment in ghost code keeps the value inside its type.
proof fn ghost_add_false(x: u8)
    requires x == 255,
{
    let ghost mut y: u8 = x;
    y += 1; //~ ERROR possible arithmetic underflow/overflow
}
proof fn ghost_add_true(x: u8)
    requires x == 254,
{
    let ghost mut y: u8 = x;
    y += 1;
    assert(y == 255);
}

fn main() {
}

} // verus!
