//@ no-verify
// Members a user macro may make (an attribute macro or a derive of a user macro on the type)
// are `not supported` when missing, as is `<` on such a type or on one deriving PartialOrd.
// Items named through an alias with type arguments are `not supported`; a type without such
// macros still gets the real error.
use vstd::prelude::*;

verus! {

#[bitpacked(u64)]
pub struct Flags {
    pub low: u64,
}

#[derive(PartialEq, Eq, MakeIntEnum)]
pub enum Level {
    L0,
    L1,
}

#[derive(PartialEq, Eq, PartialOrd)]
pub enum Rank {
    R0,
    R1,
}

pub struct Plain {
    pub v: u64,
}

pub struct Wrapper<T> {
    pub inner: T,
}

impl<T> Wrapper<T> {
    pub open spec fn make(inner: T) -> Self {
        Wrapper { inner }
    }
}

pub type WrappedU64 = Wrapper<u64>;

spec fn flags_getter(f: Flags) -> u64 {
    f.spec_low() //~ ERROR not supported: method `spec_low` of `Flags` (possibly made by `#[bitpacked]`: attribute macros)
}

spec fn flags_empty() -> Flags {
    Flags::empty() //~ ERROR not supported: `Flags::empty` (possibly made by `#[bitpacked]`: attribute macros)
}

spec fn level_lt(a: Level, b: Level) -> bool {
    a < b //~ ERROR not supported: comparing `Level` with `<` (possibly made by `#[derive(MakeIntEnum)]`: derive macros)
}

spec fn rank_lt(a: Rank, b: Rank) -> bool {
    a < b //~ ERROR not supported: comparing `Rank` with `<` (a derived `PartialOrd`)
}

spec fn wrapped() -> WrappedU64 {
    WrappedU64::make(1) //~ ERROR not supported: `WrappedU64::make` (an associated item through a type alias with type arguments)
}

spec fn plain_missing(p: Plain) -> u64 {
    Plain::empty() //~ ERROR cannot find function `empty` in `Plain`
}

spec fn plain_lt(a: Plain, b: Plain) -> bool {
    a < b //~ ERROR binary operation `<` cannot be applied to type `Plain`
}

spec fn str_view(s: &str) -> nat {
    s@.len() //~ ERROR not supported: `@` on `&str` (vstd string API outside the built-in prelude)
}

spec fn str_method(s: &str) -> bool {
    s.is_ascii() //~ ERROR not supported: method `is_ascii` of `&str` (std/vstd string API outside the built-in prelude)
}

fn main() {
}

} // verus!

mod made {
    use super::*;

    make_fns! {}

    // `shadowed` is a module here and possibly also a fn the macro makes (another namespace)
    pub mod shadowed {
    }

    verus! {

    proof fn call_made() {
        made::shadowed(); //~ ERROR not supported: `made::shadowed` (possibly made by a macro invocation in `err_macro_made_members::made` (`make_fns!`): item macros)
    }

    } // verus!
}
