use vstd::prelude::*;

verus! {

// Issue 9 class 3: compound assignment in ghost code keeps the value inside its type: it is
// typed as its plain form, so `y += 1` on a ghost u8 is an int assigned to a u8 (rejected as
// `y = y + 1` is), and the true twin says what it means with a cast.
proof fn ghost_add_false(x: u8)
    requires x == 255,
{
    let ghost mut y: u8 = x;
    y += 1; //~ ERROR mismatched types
}
proof fn ghost_add_true(x: u8)
    requires x == 254,
{
    let ghost mut y: u8 = x;
    y = (y + 1) as u8;
    assert(y == 255);
}

fn main() {
}

} // verus!
