// Addresses: the canonical virtual address type and the page alignment helpers.
use vstd::prelude::*;
use crate::hw::rmp::*;

verus! {

/// Property 9: bits 63..47 are all zero or all one.
pub open spec fn is_canonical(raw: u64) -> bool {
    raw < 0x0000_8000_0000_0000 || raw >= 0xffff_8000_0000_0000
}

pub open spec fn is_page_aligned(a: u64) -> bool {
    a % 4096 == 0
}

/// A canonical virtual address of the module's address space.
pub struct VirtAddr(u64);

impl VirtAddr {
    /// Property 9: every VirtAddr is canonical.
    #[verifier::type_invariant]
    pub closed spec fn inv(&self) -> bool {
        is_canonical(self.0)
    }

    pub closed spec fn raw(&self) -> u64 {
        self.0
    }

    /// Property 9: converting a raw pointer goes through sign extension of bit 47.
    pub fn from_ptr(ptr: u64) -> (v: VirtAddr)
        ensures
            is_canonical(v.raw()),
            is_canonical(ptr) ==> v.raw() == ptr,
    {
        if ptr & 0x0000_8000_0000_0000 != 0 {
            let r = ptr | 0xffff_8000_0000_0000;
            assert(r >= 0xffff_8000_0000_0000) by (bit_vector)
                requires
                    r == ptr | 0xffff_8000_0000_0000,
            ;
            assert((ptr < 0x0000_8000_0000_0000 || ptr >= 0xffff_8000_0000_0000) ==> r == ptr) by (bit_vector)
                requires
                    r == ptr | 0xffff_8000_0000_0000,
                    ptr & 0x0000_8000_0000_0000 != 0,
            ;
            VirtAddr(r)
        } else {
            let r = ptr & 0x0000_7fff_ffff_ffff;
            assert(r < 0x0000_8000_0000_0000) by (bit_vector)
                requires
                    r == ptr & 0x0000_7fff_ffff_ffff,
            ;
            assert((ptr < 0x0000_8000_0000_0000 || ptr >= 0xffff_8000_0000_0000) ==> r == ptr) by (bit_vector)
                requires
                    r == ptr & 0x0000_7fff_ffff_ffff,
                    ptr & 0x0000_8000_0000_0000 == 0,
            ;
            VirtAddr(r)
        }
    }

    /// A raw value that is already canonical, or nothing.
    pub fn checked_new(raw: u64) -> (v: Option<VirtAddr>)
        ensures
            v.is_some() <==> is_canonical(raw),
            v.is_some() ==> v.unwrap().raw() == raw,
    {
        if raw < 0x0000_8000_0000_0000 || raw >= 0xffff_8000_0000_0000 {
            Some(VirtAddr(raw))
        } else {
            None
        }
    }

    pub fn null() -> (v: VirtAddr)
        ensures
            v.raw() == 0,
    {
        VirtAddr(0)
    }

    pub fn bits(&self) -> (r: u64)
        ensures
            r == self.raw(),
            is_canonical(r),
    {
        proof {
            use_type_invariant(self);
        }
        self.0
    }

    pub fn is_lower_half(&self) -> (b: bool)
        ensures
            b <==> self.raw() < 0x0000_8000_0000_0000,
    {
        self.0 < 0x0000_8000_0000_0000
    }

    pub fn is_aligned(&self) -> (b: bool)
        ensures
            b <==> is_page_aligned(self.raw()),
    {
        self.0 % 4096 == 0
    }

    /// The address rounded down to its page.
    pub fn page_align_down(&self) -> (v: VirtAddr)
        ensures
            is_page_aligned(v.raw()),
            v.raw() <= self.raw(),
            self.raw() - v.raw() < 4096,
    {
        proof {
            use_type_invariant(self);
        }
        let r = self.0 - self.0 % 4096;
        // Rounding down keeps bits 63..47: the lower half stays below 2^47 and the
        // upper half starts at a page boundary.
        VirtAddr(r)
    }

    /// Offset within the page.
    pub fn page_offset(&self) -> (o: u64)
        ensures
            o < 4096,
            o == self.raw() % 4096,
    {
        self.0 % 4096
    }

    /// The address `n` bytes further on, if that is still canonical and in the same half.
    pub fn checked_add(&self, n: u64) -> (v: Option<VirtAddr>)
        ensures
            v.is_some() ==> v.unwrap().raw() == self.raw() + n,
            v.is_some() ==> is_canonical(v.unwrap().raw()),
    {
        if n > u64::MAX - self.0 {
            return None;
        }
        VirtAddr::checked_new(self.0 + n)
    }

    /// The address rounded up to the next page boundary, if that does not overflow.
    pub fn page_align_up(&self) -> (v: Option<VirtAddr>)
        ensures
            v.is_some() ==> is_page_aligned(v.unwrap().raw()),
            v.is_some() ==> v.unwrap().raw() >= self.raw(),
            v.is_some() ==> v.unwrap().raw() - self.raw() < 4096,
    {
        proof {
            use_type_invariant(self);
        }
        let off = self.0 % 4096;
        if off == 0 {
            return Some(VirtAddr(self.0));
        }
        let add = 4096 - off;
        match self.checked_add(add) {
            Some(v) => {
                Some(v)
            },
            None => None,
        }
    }
}

/// Round a guest physical address down to its page.
pub fn align_down(a: u64) -> (r: u64)
    ensures
        is_page_aligned(r),
        r <= a,
        a - r < 4096,
        r == a - a % 4096,
{
    a - a % 4096
}

/// Is `a` page aligned?
pub fn is_aligned(a: u64) -> (b: bool)
    ensures
        b == is_page_aligned(a),
{
    a % 4096 == 0
}

/// The guest page number of a guest physical address, if it is aligned and in range.
pub fn gpa_to_gfn(gpa: u64) -> (g: Option<usize>)
    ensures
        g.is_some() <==> (is_page_aligned(gpa) && gpa / 4096 < NUM_GFNS),
        g.is_some() ==> g.unwrap() == gpa / 4096,
        g.is_some() ==> g.unwrap() < NUM_GFNS,
{
    if gpa % 4096 != 0 {
        return None;
    }
    let pfn = gpa / 4096;
    if pfn >= NUM_GFNS as u64 {
        return None;
    }
    Some(pfn as usize)
}

/// The guest physical address of guest page `gfn`.
pub fn gfn_to_gpa(gfn: usize) -> (a: u64)
    requires
        gfn < NUM_GFNS,
    ensures
        a == gfn * 4096,
        is_page_aligned(a),
{
    gfn as u64 * 4096
}

/// The end of a region of `npages` pages from `gpa`, if it does not overflow.
pub fn region_end(gpa: u64, npages: u64) -> (e: Option<u64>)
    ensures
        e.is_some() <==> gpa + npages * 4096 <= u64::MAX,
        e.is_some() ==> e.unwrap() == gpa + npages * 4096,
{
    if npages > (u64::MAX - gpa) / 4096 {
        return None;
    }
    Some(gpa + npages * 4096)
}

/// Is `a` a canonical address? (exec)
pub fn canonical(a: u64) -> (b: bool)
    ensures
        b == is_canonical(a),
{
    a < 0x0000_8000_0000_0000 || a >= 0xffff_8000_0000_0000
}

/// Property 9: every exec VirtAddr is canonical (its invariant was checked where it was
/// built; a ghost value never was, so this takes an exec one).
pub fn lemma_from_ptr_canonical(v: &VirtAddr)
    ensures
        is_canonical(v.raw()),
{
    proof {
        use_type_invariant(v);
    }
}

} // verus!
