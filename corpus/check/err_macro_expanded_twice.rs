//@ no-verify
use vstd::prelude::*;

// A macro expanded twice puts the same error at the same place of its body: reported once
// (as rustc does), not once per expansion.
macro_rules! make_mod {
    ($m:ident, $t:ty) => {
        mod $m {
            use vstd::prelude::*;
            verus! {
            pub fn f(x: $t) -> $t {
                undefined_fn(x) //~ ERROR cannot find function `undefined_fn` in this scope
            }
            pub fn g(x: $t) -> bool {
                // (the same place, but two messages: one for the `u64` expansions, one for the `u32` one)
                x.no_such_method() //~ ERROR method `no_such_method` of `u64`
                //~^ ERROR method `no_such_method` of `u32`
            }
            }
        }
    };
}

make_mod!(a, u64);
make_mod!(b, u64);
make_mod!(c, u32);
