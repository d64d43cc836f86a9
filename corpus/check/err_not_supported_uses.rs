//@ no-verify
// Uses of items outside the subset say `not supported` (what to wait for), not "cannot
// find" (a false error): type aliases, operator trait methods called by name, `<` and
// indexing through trait impls, `@` without a modelled View, trait methods with no impl
// found, std items the prelude lacks, with-clause fns; a real typo stays an error.
use vstd::prelude::*;

verus! {

pub type Addr<T> = Option<T>; //~ ERROR not supported: type aliases

pub struct Page {
    pub base: u64,
}

impl core::ops::Add<u64> for Page {
    type Output = Page;

    fn add(self, rhs: u64) -> Page {
        Page { base: self.base }
    }
}

fn use_alias(a: Addr<u64>) -> u64 { //~ ERROR not supported: `Addr` (type aliases)
    0
}

fn use_trait_method(p: Page) -> Page {
    p.add(1) //~ ERROR not supported: method `add` of `Page` (trait implementations)
}

fn use_operator(p: Page, q: Page) -> bool {
    p < q //~ ERROR not supported: comparing `Page` with `<`
}

spec fn use_view(p: Page) -> u64 {
    p@ //~ ERROR not supported: `@` on `Page`
}

fn io_result(x: u8) -> std::io::Result<u8> { //~ ERROR not supported: type `std::io::Result`
    Ok(x)
}

fn fmt_result() -> core::fmt::Result { //~ ERROR not supported: type `core::fmt::Result`
    Ok(())
}

fn use_string(x: u64) -> u64 {
    let r: String = x.to_string(); //~ ERROR not supported: `String` (std items outside the built-in prelude)
    //~^ ERROR not supported: method `to_string` of `u64` (std trait methods)
    x
}

spec fn use_seq_api(s: Seq<int>) -> Seq<(int, int)> {
    s.zip_with(s) //~ ERROR not supported: method `zip_with` of `Seq`
}

#[verus_verify]
#[verus_spec(r =>
    with Tracked(token): Tracked<&mut Page> -> out: Ghost<u64> //~ ERROR not supported: ghost outputs of `with` in `verus_spec` (`-> ..`)
    ensures
        r == token.base,
)]
fn with_clause() -> u64 {
    token.base
}

pub trait Summable: core::ops::Add<Output = Self> + Copy {
    fn zero() -> Self;
}

spec fn after_trait(x: int) -> int {
    x
}

spec fn uses_after_trait() -> int {
    after_trait(1)
}

mod generated {
    make_lemmas! { lemma_a, lemma_b } //~ ERROR not supported: macro invocation `make_lemmas!` as an item

    pub struct Made {
        pub v: u64,
    }
}

spec fn uses_made(m: generated::Made) -> u64 {
    m.made_getter() //~ ERROR not supported: method `made_getter` of `Made` (possibly made by a macro invocation in `err_not_supported_uses::generated`: item macros)
}

broadcast use generated::lemma_b; //~ ERROR not supported: `generated::lemma_b` (possibly made by a macro invocation

spec fn prim_assoc(x: u8) -> u64 {
    u64::from(x) //~ ERROR not supported: `u64::from` (std API outside the built-in prelude)
}

spec fn uses_generated() -> bool {
    generated::lemma_a() //~ ERROR not supported: `generated::lemma_a` (possibly made by a macro invocation in `err_not_supported_uses::generated`
}

pub trait HasSize {
    spec fn size_of_it(&self) -> nat;
}

#[derive(Clone, Copy, MakeGetters)]
pub struct Frame {
    pub n: u64,
}

spec fn trait_and_derive(f: Frame, x: u64) -> bool {
    &&& x.size_of_it() > 0 //~ ERROR not supported: method `size_of_it` of `u64` (trait methods)
    &&& f.get_n() == 0 //~ ERROR not supported: method `get_n` of `Frame` (possibly made by `#[derive(MakeGetters)]`: derive macros)
    &&& f[0] == 0 //~ ERROR not supported: indexing `Frame`
}

// const generics are supported (corpus/verify/const_generic_*.rs)
pub struct Params<const N: usize> {
    pub count: usize,
}

pub const MAX: usize = 4;

spec fn const_argument(p: Params<MAX>) -> bool {
    true
}

fn std_trait_method(x: u32) -> u64 {
    x.into() //~ ERROR not supported: method `into` of `u32` (std trait methods)
}

spec fn path_macro(x: u64) -> bool {
    other_crate::seq! { N in 0..4 { x == N } } //~ ERROR not supported: macro `other_crate::seq!`
}

spec fn builtin_other(x: int) -> bool {
    is_smaller_than(x, x) //~ ERROR not supported: `is_smaller_than` (Verus built-ins outside the built-in prelude)
}

// Verus's wrapping `add`/`sub`/`mul` are built in.
spec fn builtin_arith(x: int) -> int {
    add(x, sub(x, 1))
}

pub struct Counter {
    pub n: u64,
}

impl Counter {
    #[verus_verify(dual_spec)]
    pub fn doubled(&self) -> u64 {
        if self.n < 1000 { self.n * 2 } else { 0 }
    }
}

spec fn uses_dual_spec(c: Counter) -> u64 {
    // (the twin is `__VERUS_SPEC_doubled` unless named; its body has machine arithmetic)
    c.__VERUS_SPEC_doubled() //~ ERROR not supported: method `__VERUS_SPEC_doubled` (made by `#[verus_verify(dual_spec)]`)
}

fn typo(x: u64) -> u64 {
    undefined_name(x) //~ ERROR cannot find function `undefined_name` in this scope
}

fn main() {
}

} // verus!
