//@ no-verify
// Modules: `mod m {}`, paths `m::f`, `crate::`, `self::`, `super::`.
use vstd::prelude::*;

verus! {

mod arith {
    pub fn add_one(x: u32) -> u32
        requires
            x < 100,
    {
        x + 1
    }

    pub mod inner {
        pub fn twice(x: u32) -> u32
            requires
                x < 100,
        {
            super::add_one(x) + self::helper(x)
        }

        fn helper(x: u32) -> u32
            requires
                x < 100,
        {
            crate::arith::add_one(x)
        }
    }
}

fn use_them() -> u32 {
    let a = arith::add_one(1);
    let b = crate::arith::inner::twice(2);
    a + b
}

fn main() {
}

} // verus!
