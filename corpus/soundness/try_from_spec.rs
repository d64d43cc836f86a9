// vstd's `TryFromSpecImpl` on a user type: an exec `T::try_from(x)` (and `x.try_into()` to
// `Result<T, _>`) means `try_from_spec(x)` (its `obeys_try_from_spec()` holds), whose
// `Self::Error` is the `TryFrom` impl's `type Error`; `Result::ok` in spec code is `spec_ok`.
use vstd::prelude::*;

verus! {

#[derive(PartialEq, Eq, Clone, Copy)]
pub enum Kind { A = 0, B = 1 }

pub enum KErr { Bad }

impl vstd::std_specs::convert::TryFromSpecImpl<u64> for Kind {
    open spec fn obeys_try_from_spec() -> bool { true }
    open spec fn try_from_spec(v: u64) -> Result<Self, Self::Error> {
        if v == 0 { Ok(Kind::A) } else if v == 1 { Ok(Kind::B) } else { Err(KErr::Bad) }
    }
}

impl TryFrom<u64> for Kind {
    type Error = KErr;
    fn try_from(v: u64) -> Result<Self, Self::Error> {
        if v == 0 { Ok(Kind::A) } else if v == 1 { Ok(Kind::B) } else { Err(KErr::Bad) }
    }
}

// (a spec impl that does not obey its spec says nothing of `try_from`)
pub struct Opaque(u8);

impl vstd::std_specs::convert::TryFromSpecImpl<u8> for Opaque {
    open spec fn obeys_try_from_spec() -> bool { false }
    open spec fn try_from_spec(v: u8) -> Result<Self, Self::Error> { Ok(Opaque(v)) }
}

impl TryFrom<u8> for Opaque {
    type Error = ();
    fn try_from(v: u8) -> Result<Self, Self::Error> { Err(()) }
}

spec fn decode(v: u64) -> Option<Kind> {
    Kind::try_from_spec(v).ok()
}

fn try_from_false(x: u64) {
    let r = Kind::try_from(x);
    assert(r.is_ok()); //~ ERROR assertion failed
}
fn try_from_true(x: u64) {
    let r = Kind::try_from(x);
    assert(r.is_ok() == (x < 2));
    assert(x == 1 ==> r == Ok::<Kind, KErr>(Kind::B));
}

fn try_into_false(x: u64) {
    let r: Result<Kind, KErr> = x.try_into();
    assert(r.is_err() ==> x == 2); //~ ERROR assertion failed
}
fn try_into_true(x: u64) {
    let r: Result<Kind, KErr> = x.try_into();
    assert(r.is_err() ==> x >= 2);
}

fn not_obeyed_false(x: u8) {
    let r = Opaque::try_from(x);
    assert(r.is_ok()); //~ ERROR assertion failed
}
fn not_obeyed_true(x: u8) {
    let r = Opaque::try_from(x);
    assert(Opaque::try_from_spec(x).is_ok());
}

proof fn spec_ok_false() {
    assert(decode(1) == Some(Kind::A)); //~ ERROR assertion failed
}
proof fn spec_ok_true() {
    assert(decode(1) == Some(Kind::B));
    assert(decode(7) is None);
    assert(Kind::try_from_spec(7).err() == Some(KErr::Bad));
}

fn main() {}

} // verus!
