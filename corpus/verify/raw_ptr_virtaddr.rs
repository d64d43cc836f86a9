// A canonical virtual address type (bits 63..47 all equal, as a type invariant) built from
// raw pointers through generic impls of `From` and `FromSpecImpl`. Converting a pointer must
// go through sign extension: the impl that stores the raw address fails the invariant.
use vstd::prelude::*;
use core::ptr::NonNull;

verus! {

pub open spec fn sext(a: usize) -> usize {
    if a < 0x8000_0000_0000 {
        a
    } else if a < 0x1_0000_0000_0000 {
        (a + 0xffff_0000_0000_0000) as usize
    } else {
        0
    }
}

pub struct VirtAddr(usize);

impl VirtAddr {
    #[verifier::type_invariant]
    pub open spec fn canonical(&self) -> bool {
        self.0 < 0x8000_0000_0000 || self.0 >= 0xffff_8000_0000_0000
    }
}

fn sign_extend(a: usize) -> (r: usize)
    ensures
        r == sext(a),
        r < 0x8000_0000_0000 || r >= 0xffff_8000_0000_0000,
{
    if a < 0x8000_0000_0000 {
        a
    } else if a < 0x1_0000_0000_0000 {
        a + 0xffff_0000_0000_0000
    } else {
        0
    }
}

impl From<usize> for VirtAddr {
    fn from(a: usize) -> (r: Self)
        ensures
            r.0 == sext(a),
    {
        VirtAddr(sign_extend(a))
    }
}

impl vstd::std_specs::convert::FromSpecImpl<usize> for VirtAddr {
    open spec fn obeys_from_spec() -> bool {
        true
    }

    closed spec fn from_spec(v: usize) -> Self {
        VirtAddr(sext(v))
    }
}

impl<T> vstd::std_specs::convert::FromSpecImpl<*const T> for VirtAddr {
    open spec fn obeys_from_spec() -> bool {
        true
    }

    closed spec fn from_spec(v: *const T) -> Self {
        VirtAddr(sext(v as usize))
    }
}

// Through the sign-extending conversion: meets the invariant and the spec impl's `from_spec`.
impl<T> From<*const T> for VirtAddr {
    fn from(ptr: *const T) -> Self {
        Self::from(ptr as usize)
    }
}

// The raw address kept as it is: a pointer above the lower half is not canonical.
impl<T> From<*mut T> for VirtAddr {
    fn from(ptr: *mut T) -> Self {
        VirtAddr(ptr as usize) //~ ERROR constructed value may fail to meet its declared type invariant
    }
}

impl<T> From<NonNull<T>> for VirtAddr {
    #[verifier::external_body]
    fn from(value: NonNull<T>) -> Self {
        Self::from(value.as_ptr())
    }
}

fn from_const(p: *const u8) -> (v: VirtAddr)
    ensures
        v == VirtAddr::from_spec(p),
        v.0 == sext(p@.addr),
{
    VirtAddr::from(p)
}

fn from_const_unchanged(p: *const u8) -> (v: VirtAddr)
    ensures
        v.0 == p as usize, //~ ERROR postcondition not satisfied
{
    VirtAddr::from(p)
}

fn from_nonnull(p: NonNull<u64>) -> VirtAddr {
    VirtAddr::from(p)
}

fn into_virt(p: *const u8) -> (v: VirtAddr)
    ensures v == VirtAddr::from_spec(p),
{
    p.into()
}

fn main() {
}

} // verus!
